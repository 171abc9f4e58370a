#!/usr/bin/env python3
"""probe20: outbound traffic of a family practice (Bayside Family Health, Oakland CA) in ORDINARY
carriers -- JSON, form-urlencoded, query strings, plain text, e-mail, chat, CSV, XML, headers -- with
the variation inside them that real integrations show, rather than new formats:
  * key names nobody would list: camelCase / snake / kebab / abbreviated / prefixed / suffixed /
    misspelled (ptFName, pat_lnm, subscriberDOB, dobStr, bday, birth_dt, date_of_brth, cust_tel,
    emailAddr, addr1/cty/st/postcode, hicn, mbi, medicaid_no, policy_num, chart_no, Patient_DOB__c,
    frist_nm, socail, phne ...), keys in Spanish / French / Portuguese / Russian / Korean / Japanese /
    Arabic, key/value arrays ({"k","v"}, {"field","value"}, {"name","values"}), parallel arrays,
    labels kept apart from the values (form definitions vs answers);
  * free text without labels: clinical sentences, narrative e-mails, chat, SMS shorthand, voice
    transcripts with numbers spelled out, names in lowercase / ALL CAPS, with particles, hyphens,
    apostrophes and diacritics, initials;
  * value formats: dates (ISO, US, 2-digit year, dotted, 4 Mar 1972, March 4th, 1972, 19720304,
    ISO datetime, epoch millis, 04-MAR-1972), phones (E.164, dots, ext., spaces, 0044 ...), SSNs with
    spaces / no separator, dashed MBIs, plus-tagged e-mails, apartments / PO boxes / rural routes,
    ZIP+4, prefixed MRNs, member IDs with letters;
  * values split or wrapped: names over first/middle/last/suffix, addresses over lines, HTML,
    Markdown, JSON-in-a-string, double percent-encoding, base64 in a data= query parameter;
  * hard negatives (clean, expect pass): order / invoice / tracking numbers, UUIDs, hashes,
    timestamps, builds, versions, prices, coordinates, SKUs and phone/SSN-shaped part numbers,
    public appointment slots, release dates, the practice's own address and phone, staff names in
    signatures, city names in marketing, drug names in a catalog, diseases in a health article,
    aggregate statistics, form schemas whose keys are PHI words but whose values are not;
  * destinations with different allow lists: analytics (nothing, redact), error tracker (block),
    BAA EHR vendor (name/dob/mrn, not ssn/condition), CRM (name/email/phone), mail relay
    (name/email), chat / transcription / website CMS (nothing, redact), an allow-all lab partner,
    and unknown hosts (deny).

The roster (roster.csv) lists only every other patient, so exact matching covers about half.
Format of the output: see /work/shared/eval/gen_example.py (policy.json, cases.jsonl, roster.csv).
Usage: probe20_gen.py OUT_DIR   (deterministic: seed 200020)"""
import base64, hashlib, json, os, random, re, sys, unicodedata
from datetime import date, datetime, timedelta, timezone
from urllib.parse import quote, urlsplit

R = random.Random(200020)

# ----------------------------------------------------------------------------- the practice
SITE = "baysidefamilyhealth.org"
PRACTICE = "Bayside Family Health"
PRACTICE_ADDR = "1450 Harrison St Suite 210"
PRACTICE_CITY = "Oakland"
PRACTICE_ZIP = "94612"
PRACTICE_PHONE = "(510) 839-2240"
PRACTICE_PHONE_DOT = "510.839.2240"
PRACTICE_FAX = "(510) 839-2241"
BUILD = "5.12.0"
STAFF = [("Miriam", "Okonkwo-Baptiste", "MD"), ("Alan", "Whitcombe", "DO"), ("Priya", "Natarajan", "NP"), ("Hector", "Villalobos", "PA-C"),
         ("Janelle", "Ortiz", "Practice Manager"), ("Samir", "Haddad-Lowe", "RN")]

# (first, middle, last, suffix, sex, lang, native-script full name or None)
NAMES = [
    ("Adaeze", "", "Nwosu", "", "F", "en", None), ("Siobhan", "", "O'Neil", "", "F", "en", None), ("Pieter", "", "van der Berg", "", "M", "en", None),
    ("María Fernanda", "", "García-López", "", "F", "es", None), ("Lan", "Thị", "Nguyễn", "", "F", "vi", "Nguyễn Thị Lan"),
    ("Jean-Luc", "", "Beauchamp", "", "M", "fr", None), ("Thiago", "Albuquerque", "Moreira", "", "M", "pt", None), ("Dmitri", "", "Volkov", "", "M", "ru", "Дмитрий Волков"),
    ("Min-jun", "", "Kim", "", "M", "ko", "김민준"), ("Yui", "", "Sato", "", "F", "ja", "佐藤 結衣"), ("Fatima", "", "Al-Sayed", "", "F", "ar", "فاطمة السيد"),
    ("DeAndre", "Marcus", "Jackson", "Jr.", "M", "en", None), ("Mary-Kate", "", "McAllister", "", "F", "en", None), ("Rosalind", "", "D'Souza", "", "F", "en", None),
    ("Olumide", "", "Oyelaran", "", "M", "en", None), ("Leticia", "", "Quiñones", "", "F", "es", None), ("Ravi", "Shankar", "Subramanian", "", "M", "en", None),
    ("Eleanor", "Rose", "Fitzgerald-Hayes", "", "F", "en", None), ("Tomás", "", "Ó Briain", "", "M", "en", None), ("Hyun-woo", "", "Cho", "", "M", "ko", "조현우"),
    ("Zainab", "", "Bello", "", "F", "en", None), ("Gustavo", "", "de la Cruz", "", "M", "es", None), ("Marisol", "", "Etxeberria", "", "F", "es", None),
    ("Winston", "Harold", "Abernathy", "III", "M", "en", None), ("Camille", "", "Laurent-Dubois", "", "F", "fr", None), ("Anaïs", "", "Lefèvre", "", "F", "fr", None),
    ("João Batista", "", "Ferreira", "", "M", "pt", None), ("Olena", "", "Hrytsenko", "", "F", "en", None), ("Ahmad", "", "Rahimi", "", "M", "en", None),
    ("Beatriz", "", "Cavalcanti", "", "F", "pt", None), ("Keanu", "", "Kahale", "", "M", "en", None), ("Ingrid", "", "Sørensen", "", "F", "en", None),
    ("Precious", "", "Mthembu", "", "F", "en", None), ("Yusuf", "", "Demir", "", "M", "en", None), ("Svetlana", "", "Morozova", "", "F", "ru", "Светлана Морозова"),
    ("Hamza", "", "Haddad", "", "M", "ar", "حمزة حداد"), ("Ji-yeon", "", "Park", "", "F", "ko", "박지연"), ("Hiroshi", "", "Tanaka", "", "M", "ja", "田中 宏"),
    ("Colm", "", "MacNamara", "", "M", "en", None), ("Lucinda", "", "Beaulieu-Archambault", "", "F", "en", None),
]
AREAS = [510, 510, 510, 341, 415, 925, 628]
STREETS = ["Larkspur Ln", "W Alder St", "Fruitvale Ave", "International Blvd", "MacArthur Blvd", "Telegraph Ave", "Foothill Blvd", "E 14th St",
           "Park Blvd", "Lakeshore Ave", "San Pablo Ave", "Seminary Ave", "High St", "Shattuck Ave", "Bancroft Ave", "Redwood Rd"]
UNITS = ["Apt 3B", "Unit 12", "#5", "Apt 204", "Ste B", "Apt C", "Unit 7", "Apt 1110"]
CITIES = [("Oakland", ["94601", "94602", "94603", "94605", "94606", "94607", "94609", "94610", "94611", "94619", "94621"]), ("Berkeley", ["94702", "94703", "94705"]),
          ("Alameda", ["94501"]), ("San Leandro", ["94577", "94578"]), ("Hayward", ["94541", "94544"]), ("Emeryville", ["94608"]), ("Richmond", ["94801", "94804"])]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "att.net", "comcast.net", "sbcglobal.net", "protonmail.com", "mail.berkeley.edu",
                 "alumni.stanford.edu", "me.com", "hotmail.co.uk"]
CONDS = [  # icd10, diagnosis text
    ("E11.9", "type 2 diabetes"), ("F33.1", "major depressive disorder"), ("B20", "HIV"), ("F11.20", "opioid use disorder"), ("C50.912", "breast cancer"),
    ("B18.2", "chronic hepatitis C"), ("F31.81", "bipolar II disorder"), ("J44.9", "COPD"), ("A56.09", "chlamydia"), ("F20.9", "schizophrenia"),
    ("O09.523", "high-risk pregnancy"), ("F10.20", "alcohol use disorder"), ("G40.909", "epilepsy"), ("N18.4", "chronic kidney disease stage 4"),
    ("F43.10", "PTSD"), ("K51.90", "ulcerative colitis"),
]
LCOND = {"es": "diabetes tipo 2", "fr": "diabète de type 2", "pt": "hipertensão", "ru": "сахарный диабет", "ko": "당뇨병", "ja": "糖尿病", "ar": "السكري", "vi": "tiểu đường"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
FR_M = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
PT_M = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
        "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh",
       12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
       20: "twentieth", 30: "thirtieth"}
UA = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15"


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def digits(n):
    return str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def uuid():
    h = "%032x" % R.getrandbits(128)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def sha(s):
    return hashlib.sha256(s.encode()).hexdigest()


def num_words(n):   # 0..99
    if n < 20: return ONES[n]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def ordinal(n):
    if n in ORD: return ORD[n]
    return TENS[n // 10] + " " + ORD[n % 10]


def year_words(y):
    a, b = divmod(y, 100)
    if b == 0: return num_words(a) + " hundred"
    return num_words(a) + " " + ("oh " + ONES[b] if b < 10 else num_words(b))


def spell_digits(s):
    return " ".join(ONES[int(c)] for c in s)


def fd(d, style):
    m, dd, y = d.month, d.day, d.year
    sfx = "th" if 11 <= dd <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
    return {"iso": f"{y}-{m:02d}-{dd:02d}", "us": f"{m:02d}/{dd:02d}/{y}", "usn": f"{m}/{dd}/{y}", "us2": f"{m}/{dd}/{y % 100:02d}",
            "dot": f"{dd:02d}.{m:02d}.{y}", "dmon": f"{dd} {MONTHS[m - 1][:3]} {y}", "long": f"{MONTHS[m - 1]} {dd}, {y}",
            "longth": f"{MONTHS[m - 1]} {dd}{sfx}, {y}", "d8": f"{y}{m:02d}{dd:02d}", "isoz": f"{y}-{m:02d}-{dd:02d}T00:00:00Z",
            "epochms": str(int(datetime(y, m, dd, tzinfo=timezone.utc).timestamp() * 1000)), "dash": f"{m:02d}-{dd:02d}-{y}",
            "ymds": f"{y}/{m:02d}/{dd:02d}", "ora": f"{dd:02d}-{MONTHS[m - 1][:3].upper()}-{y}", "mon": f"{MONTHS[m - 1][:3]} {dd} {y}",
            "dmy": f"{dd:02d}/{m:02d}/{y}", "md": f"{MONTHS[m - 1][:3]} {dd}",
            "spoken": f"{MONTHS[m - 1].lower()} {ordinal(dd)} {year_words(y)}",
            "es": f"{dd} de {ES_M[m - 1]} de {y}", "fr": f"{dd} {FR_M[m - 1]} {y}", "pt": f"{dd} de {PT_M[m - 1]} de {y}",
            "ko": f"{y}년 {m}월 {dd}일", "ja": f"{y}年{m}月{dd}日"}[style]


def npi_check(base9):
    s = "80840" + base9; tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return base9 + str((10 - tot % 10) % 10)


STAFF_NPI = [npi_check("1" + digits(8)) for _ in STAFF]


def staff(i, style="dr"):
    f, l, c = STAFF[i % len(STAFF)]
    if style == "dr": return f"Dr. {f} {l}" if c in ("MD", "DO") else f"{f} {l}, {c}"
    if style == "full": return f"{f} {l}, {c}"
    if style == "email": return f"{f[0].lower()}{re.sub('[^a-z]', '', l.lower())}@{SITE}"
    return f"{f} {l}"


def ssn():
    a = R.choice([R.randint(500, 599), R.randint(500, 599), R.randint(100, 499), R.randint(600, 665), R.randint(667, 772)])
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"; A = L + "0123456789"
    return "".join([str(R.randint(1, 9)), R.choice(L), R.choice(A), str(R.randint(0, 9)), R.choice(L), R.choice(A),
                    str(R.randint(0, 9)), R.choice(L), R.choice(L), str(R.randint(0, 9)), str(R.randint(0, 9))])


def member_id():
    k = R.randint(0, 5)
    if k == 0: return "Medi-Cal", f"9{digits(7)}{R.choice('ABCDEFGH')}"
    if k == 1: return "Blue Shield of California", "XEA" + digits(9)
    if k == 2: return "Anthem Blue Cross", R.choice(["XDJ", "ZGP", "JQV"]) + digits(9)
    if k == 3: return "Kaiser Permanente", "KP" + digits(8)
    if k == 4: return "Alameda Alliance for Health", "AAH" + digits(7) + R.choice("AB")
    return "Aetna", "W" + digits(9)


class P:
    def __init__(self, idx, first, middle, last, sex, suffix, lang, native):
        self.idx, self.first, self.middle, self.last, self.sex, self.suffix, self.lang = idx, first, middle, last, sex, suffix, lang
        self.full = f"{first} {last}"
        self.native = native or self.full
        self.dob = date(1938, 1, 1) + timedelta(days=R.randint(0, 24500))
        k = R.randint(0, 3)
        self.mrn = [f"MRN-{R.randint(10**5, 10**7):08d}", f"E{R.randint(10**6, 10**7 - 1)}", f"BFH{R.randint(10**6, 10**7 - 1)}", f"00{R.randint(10**5, 10**6 - 1)}"][k]
        self.area = R.choice(AREAS)
        self.exch = R.choice([x for x in range(201, 990) if x % 100 != 11 and x not in (555, 839, 958, 976)])
        self.line = R.randint(1000, 9999)
        fl = re.sub(r"[^a-z]", "", fold(first).lower()); ll = re.sub(r"[^a-z]", "", fold(last).lower())
        loc = R.choice([f"{fl}.{ll}", f"{fl[0]}{ll}", f"{fl}{ll[:3]}{R.randint(1, 99)}", f"{ll}.{fl[0]}{R.randint(60, 99)}", f"{fl}.{ll}+portal",
                        f"{fl[0]}.{ll}+bfh"])
        self.email = f"{loc}@{R.choice(EMAIL_DOMAINS)}"
        self.ssn = ssn()
        self.city, zips = R.choice(CITIES)
        self.zip = R.choice(zips)
        self.zip4 = f"{self.zip}-{R.randint(1000, 9899)}"
        self.street = f"{R.randint(100, 9999)} {R.choice(STREETS)}"
        self.unit = R.choice(UNITS)
        self.payer, self.mbr = member_id()
        self.mbi = mbi()
        self.cond = R.choice(CONDS)
        d0 = date(2026, 4, 13) + timedelta(days=R.randint(0, 45))
        while d0.weekday() > 4: d0 += timedelta(days=1)
        self.appt = datetime(d0.year, d0.month, d0.day, R.randint(8, 16), R.choice([0, 15, 30, 45]))
        self.ip = f"{R.choice([73, 76, 98, 99, 107, 174, 24, 67])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"

    def phone(self, style="dash"):
        a, e, l = self.area, self.exch, self.line
        return {"paren": f"({a}) {e}-{l}", "dash": f"{a}-{e}-{l}", "dot": f"{a}.{e}.{l}", "e164": f"+1{a}{e}{l}", "bare": f"{a}{e}{l}",
                "one": f"1-{a}-{e}-{l}", "spc": f"{a} {e} {l}", "parensp": f"({a}) {e} {l}", "ext": f"{a}-{e}-{l} ext. {R.choice([12, 22, 104])}",
                "plusparen": f"+1 ({a}) {e}-{l}", "spoken": f"{spell_digits(str(a))}, {spell_digits(str(e))}, {spell_digits(str(l))}"}[style]

    def dobs(self, style="iso"):
        return fd(self.dob, style)

    def ad(self, style="iso"):
        return fd(self.appt.date(), style)

    def at(self, style="off"):
        a = self.appt
        if style == "off": return f"{a:%Y-%m-%dT%H:%M}:00-07:00"
        if style == "human": return f"{MONTHS[a.month - 1]} {a.day} at {a:%-I:%M %p}"
        return f"{a:%Y-%m-%d %H:%M}"

    def age(self):
        t = date(2026, 4, 2)
        return t.year - self.dob.year - ((t.month, t.day) < (self.dob.month, self.dob.day))

    def dx(self): return self.cond[1]
    def icd(self): return self.cond[0]


PATIENTS = [P(i, f, m, l, s, sx, lang, nat) for i, (f, m, l, sx, s, lang, nat) in enumerate(NAMES)]
_order = list(range(len(PATIENTS)))
_pos = [0]


def nextp():
    if _pos[0] % len(_order) == 0: R.shuffle(_order)
    p = PATIENTS[_order[_pos[0] % len(_order)]]; _pos[0] += 1
    return p


def langp(lang, k=0):
    return [p for p in PATIENTS if p.lang == lang][k]


def ts(i=0):
    t = datetime(2026, 4, 2, 8, 5, 11) + timedelta(minutes=17 * i + R.randint(0, 15), seconds=R.randint(0, 59))
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{R.randint(0, 999):03d}Z"


def epoch(i=0):
    return 1775117000 + i * 1020 + R.randint(0, 900)


def order_no():
    return f"ORD-2026{R.randint(3, 5):02d}{R.randint(1, 28):02d}-{R.randint(100, 9999):04d}"


# ----------------------------------------------------------------------------- case plumbing
CASES, COUNT = [], {}


def add(scn, method, url, headers, body, phi, controls, expect):
    COUNT[scn] = COUNT.get(scn, 0) + 1
    c = {"id": f"{scn}-{COUNT[scn]:02d}", "scenario": scn, "method": method, "url": url, "headers": dict(headers)}
    if isinstance(body, bytes):
        c["body_b64"] = base64.b64encode(body).decode()
    else:
        c["body"] = body
    seen, out = set(), []
    for v, k in phi:
        if (v, k) not in seen: seen.add((v, k)); out.append([v, k])
    c["phi"] = out; c["controls"] = list(dict.fromkeys(controls)); c["expect"] = expect
    CASES.append(c)


def J(o, ascii_=False, compact=False, indent=None):
    return json.dumps(o, ensure_ascii=ascii_, separators=(",", ":") if compact else None, indent=indent)


def form(pairs, plus=True):
    if plus: return "&".join(f"{quote(k, safe='[]')}={quote(str(v), safe=' ').replace(' ', '+')}" for k, v in pairs)
    return "&".join(f"{quote(k, safe='')}={quote(str(v), safe='')}" for k, v in pairs)


def qs(pairs):
    return "&".join(f"{quote(k, safe='.[]')}={quote(str(v), safe='')}" for k, v in pairs)


JSONH = {"Content-Type": "application/json"}
FORMH = {"Content-Type": "application/x-www-form-urlencoded"}
TEXTH = {"Content-Type": "text/plain; charset=utf-8"}
CSVH = {"Content-Type": "text/csv; charset=utf-8"}
XMLH = {"Content-Type": "application/xml; charset=utf-8"}
HTMLH = {"Content-Type": "text/html; charset=utf-8"}
MDH = {"Content-Type": "text/markdown; charset=utf-8"}

# destinations (hosts)
AN = "http://collect.pulsemetrics.example"        # analytics: nothing, redact
ADS = "http://px.adbeacon.example"                # ads pixel: nothing, redact
ERR = "http://o4471.ingest.bugtrail.example"      # error tracker: nothing, block
BAA = "http://api.chartbridge.example"            # BAA EHR vendor: name, dob, mrn
CRM = "http://api.tendcrm.example"                # CRM / patient engagement: name, email, phone
MAIL = "http://api.mailrelay.example"             # transactional mail: name, email
CHAT = "http://hooks.chatwave.example"            # team chat / support chat: nothing, redact
LLM = "http://api.voxscribe.example"              # transcription + summarisation: nothing, redact
CMS = "http://cms.sitecraft.example"              # public website CMS: nothing, redact
BI = "http://api.sheetgrid.example"               # spreadsheets / BI: nothing, redact
LAB = "http://hl7.sunridge-labs.example"          # allow-all partner, block

ERRH = {"Content-Type": "application/json", "X-Bugtrail-Auth": "Bugtrail bt_key=" + hexs(32) + ", bt_client=bugtrail-js/7.101.0"}
CRMH = {"Content-Type": "application/json", "Authorization": "Bearer crm_" + alnum(32)}
MAILH = {"Content-Type": "application/json", "Authorization": "Bearer mr_" + alnum(36)}
CHATH = {"Content-Type": "application/json"}


def NM(p, middle=False):
    out = [[p.first, "name"], [p.last, "name"]]
    if middle and p.middle: out.append([p.middle, "name"])
    return out


# ============================================================================= 1. JSON with odd key names
def json_keys():
    S = "json_odd_keys"
    p = nextp()
    body = {"event": "form_submit", "formId": "new_pt_intake_v3", "props": {"ptFName": p.first, "ptLName": p.last, "dobStr": p.dobs("us"),
            "cust_tel": p.phone("dot"), "emailAddr": p.email, "step": 4}}
    add(S, "POST", f"{AN}/v1/track", JSONH, J(body), NM(p) + [[p.dobs("us"), "dob"], [p.phone("dot"), "phone"], [p.email, "email"]],
        ["form_submit", "new_pt_intake_v3"], "redact")
    p = nextp()
    body = {"type": "identify", "userId": "usr_" + alnum(14), "traits": {"pat_fnm": p.first, "pat_lnm": p.last, "birth_dt": p.dobs("d8"), "addr1": p.street,
            "addr2": p.unit, "cty": p.city, "st": "CA", "postcode": p.zip4}}
    add(S, "POST", f"{AN}/v1/identify", JSONH, J(body), NM(p) + [[p.dobs("d8"), "dob"], [p.street, "address"], [p.zip4, "zip"]], ["identify"], "redact")
    p = nextp()
    body = {"contact": {"displayName": p.full, "mobileNumber": p.phone("e164"), "emailAddr": p.email, "subscriberDOB": p.dobs("us"), "memberNo": p.mbr,
            "planName": p.payer}, "source": "web-intake", "listId": 88213}
    add(S, "POST", f"{CRM}/v2/contacts", CRMH, J(body), [[p.full, "name"], [p.phone("e164"), "phone"], [p.email, "email"], [p.dobs("us"), "dob"],
        [p.mbr, "member_id"]], ["web-intake", p.payer], "redact")
    p = nextp()
    last4 = p.ssn[-4:]
    body = {"patient": {"chart_no": p.mrn, "nm_first": p.first, "nm_last": p.last, "date_of_brth": p.dobs("iso"), "guarantor_ssn": p.ssn,
            "guarantor_ssn_last4": last4, "dx_text": p.dx(), "dxCode": p.icd()}, "visit": {"enc_id": "ENC-" + digits(9), "loc": "BFH-OAK-2"}}
    add(S, "POST", f"{BAA}/api/v4/patients/upsert", JSONH, J(body), NM(p) + [[p.mrn, "mrn"], [p.dobs("iso"), "dob"], [p.ssn, "ssn"], [p.dx(), "condition"],
        [p.icd(), "icd10"]], ["BFH-OAK-2"], "redact")
    p = nextp()
    body = {"exception": {"values": [{"type": "ValidationError", "value": "bday failed age check"}]}, "release": f"portal@{BUILD}",
            "extra": {"bday": p.dobs("dot"), "hicn": p.ssn.replace("-", "") + "A", "pt_ln": p.last}}
    add(S, "POST", f"{ERR}/api/4471/store/", ERRH, J(body), [[p.dobs("dot"), "dob"], [p.ssn.replace("-", "") + "A", "member_id"], [p.last, "name"]], [], "block")
    p = nextp(); created = str(epoch(3) * 1000)
    body = {"user": {"id": "u_" + alnum(10), "createdAt": created, "traits": {"DOB": p.dobs("epochms"), "zipCd": p.zip, "gndr": p.sex}}, "event": "account_created"}
    add(S, "POST", f"{AN}/v1/track", JSONH, J(body), [[p.dobs("epochms"), "dob"], [p.zip, "zip"]], [created, "account_created"], "redact")
    p = nextp()
    body = {"anonymousId": uuid(), "context": {"page": {"path": "/register"}}, "properties": {"birthTimestamp": p.dobs("isoz"), "signupPlan": "family"}}
    add(S, "POST", f"{AN}/v1/page", JSONH, J(body), [[p.dobs("isoz"), "dob"]], ["/register", "family"], "redact")
    p = nextp(); enc = "ENC-" + digits(9)
    mcd = f"9{digits(7)}{R.choice('ABCDEFGH')}"
    body = {"coverage": {"mbi": p.mbi[:4] + "-" + p.mbi[4:7] + "-" + p.mbi[7:], "medicaid_no": mcd, "policy_num": p.mbr, "enc_id": enc},
            "pt": {"chart_no": p.mrn, "lname": p.last}}
    add(S, "POST", f"{BAA}/api/v4/coverage", JSONH, J(body), [[p.mbi[:4] + "-" + p.mbi[4:7] + "-" + p.mbi[7:], "mbi"], [mcd, "member_id"], [p.mbr, "member_id"],
        [p.mrn, "mrn"], [p.last, "name"]], [enc], "redact")
    p = nextp()
    body = {"frist_nm": p.first, "lastnmae": p.last, "dateOfBrith": p.dobs("usn"), "phne": p.phone("paren"), "emial": p.email, "socail": p.ssn.replace("-", " ")}
    add(S, "POST", f"{AN}/v1/track", JSONH, J({"event": "lead", "properties": body}), NM(p) + [[p.dobs("usn"), "dob"], [p.phone("paren"), "phone"],
        [p.email, "email"], [p.ssn.replace("-", " "), "ssn"]], ["lead"], "redact")
    p = nextp()
    body = {"Id": "0035e00000" + alnum(8), "FirstName": p.first, "LastName": p.last, "Patient_DOB__c": p.dobs("iso"), "MRN_Ext__c": p.mrn,
            "HomePhone": p.phone("paren"), "Primary_Dx__c": p.dx()}
    add(S, "PATCH", f"{CRM}/services/data/v60.0/sobjects/Contact/0035e", CRMH, J(body), NM(p) + [[p.dobs("iso"), "dob"], [p.mrn, "mrn"],
        [p.phone("paren"), "phone"], [p.dx(), "condition"]], [], "redact")
    p = nextp()
    body = {"x-pt-first": p.first, "x-pt-last": p.last, "x-pt-dob": p.dobs("dash"), "x-pt-cell": p.phone("dash"), "x-req": "rq_" + alnum(10)}
    add(S, "POST", f"{AN}/v1/batch", JSONH, J({"batch": [{"type": "track", "event": "callback_requested", "properties": body}]}),
        NM(p) + [[p.dobs("dash"), "dob"], [p.phone("dash"), "phone"]], ["callback_requested"], "redact")
    p = nextp()
    body = {"cf_1021": p.first + " " + p.last, "cf_1022": p.dobs("us"), "cf_1023": p.mrn, "cf_1024": p.phone("bare"), "custom_field_labels_url": "/api/fields"}
    add(S, "POST", f"{CRM}/v2/tickets", CRMH, J({"ticket": {"subject": "Refill request", "custom_fields": body}}),
        [[p.full, "name"], [p.dobs("us"), "dob"], [p.mrn, "mrn"], [p.phone("bare"), "phone"]], ["Refill request"], "redact")
    p = nextp()
    body = {"guarantor": {"gtr_name": f"{p.last}, {p.first}", "gtr_ssn9": p.ssn.replace("-", ""), "gtr_emp": "Port of Oakland", "rel_to_pt": "self"},
            "acct": {"acct_no": "A" + digits(8), "bal": "212.40"}}
    add(S, "POST", f"{ERR}/api/4471/envelope/", ERRH, J({"level": "warning", "message": "statement render slow", "extra": body}),
        [[p.last, "name"], [p.first, "name"], [p.ssn.replace("-", ""), "ssn"]], [], "block")
    p = nextp()
    body = {"data": {"attributes": {"givenName": p.first, "familyName": p.last, "dobIso": p.dobs("iso"), "homeAddr": {"line1": p.street, "line2": p.unit,
            "locality": p.city, "region": "CA", "postal": p.zip}, "emergencyContactTel": p.phone("spc")}}}
    add(S, "POST", f"{BAA}/api/v4/demographics", JSONH, J(body), NM(p) + [[p.dobs("iso"), "dob"], [p.street, "address"], [p.zip, "zip"], [p.phone("spc"), "phone"]],
        [], "redact")
    p = nextp()
    body = {"u": {"n": p.full, "b": p.dobs("us2"), "t": p.phone("bare"), "m": p.mrn}, "ev": "chk_in", "v": BUILD}
    add(S, "POST", f"{AN}/i", JSONH, J(body, compact=True), [[p.full, "name"], [p.dobs("us2"), "dob"], [p.phone("bare"), "phone"], [p.mrn, "mrn"]],
        ["chk_in"], "redact")
    p = nextp()
    body = {"PATIENT_NAME": f"{p.last.upper()}, {p.first.upper()}", "PAT_DOB": p.dobs("ora"), "PAT_SSN": p.ssn, "PAT_MRN": p.mrn}
    add(S, "POST", f"{BAA}/api/v4/legacy/import", JSONH, J({"rows": [body]}),
        [[p.last.upper(), "name"], [p.first.upper(), "name"], [p.dobs("ora"), "dob"], [p.ssn, "ssn"], [p.mrn, "mrn"]], [], "redact")


# ============================================================================= 2. form-urlencoded and query strings with odd keys
def form_keys():
    S = "form_odd_keys"
    p = nextp()
    pairs = [("form_id", "appt-req-2"), ("fname", p.first), ("lname", p.last), ("bday", p.dobs("us")), ("cust_tel", p.phone("paren")),
             ("reason_for_visit", p.dx()), ("utm_source", "google")]
    add(S, "POST", f"{AN}/f/submit", FORMH, form(pairs), NM(p) + [[p.dobs("us"), "dob"], [p.phone("paren"), "phone"], [p.dx(), "condition"]],
        ["appt-req-2", "google"], "redact")
    p = nextp()
    pairs = [("input_1.3", p.first), ("input_1.6", p.last), ("input_3", p.dobs("us")), ("input_4", p.email), ("input_5", p.phone("dash")),
             ("input_7.1", p.street), ("input_7.3", p.city), ("input_7.5", p.zip), ("gform_submit", "7"), ("is_submit_7", "1")]
    add(S, "POST", f"{CMS}/wp-admin/admin-ajax.php", FORMH, form(pairs), NM(p) + [[p.dobs("us"), "dob"], [p.email, "email"], [p.phone("dash"), "phone"],
        [p.street, "address"], [p.zip, "zip"]], ["gform_submit"], "redact")
    p = nextp()
    pairs = [("contact[first-name]", p.first), ("contact[last-name]", p.last), ("contact[date-of-birth]", p.dobs("iso")), ("contact[mobile-no]", p.phone("e164")),
             ("contact[e-mail]", p.email), ("list", "newsletter-2026")]
    add(S, "POST", f"{CRM}/forms/subscribe", FORMH, form(pairs), NM(p) + [[p.dobs("iso"), "dob"], [p.phone("e164"), "phone"], [p.email, "email"]],
        ["newsletter-2026"], "redact")
    p = nextp()
    pairs = [("PtNm", p.full), ("PtDOB", p.dobs("dmon")), ("Ins_ID", p.mbr), ("Grp", "GRP-00412"), ("SSN_No", p.ssn.replace("-", ""))]
    add(S, "POST", f"{BAA}/cgi-bin/elig.pl", FORMH, form(pairs), [[p.full, "name"], [p.dobs("dmon"), "dob"], [p.mbr, "member_id"], [p.ssn.replace("-", ""), "ssn"]],
        ["GRP-00412"], "redact")
    p = nextp()
    pairs = [("data[Patient][first_nm]", p.first), ("data[Patient][last_nm]", p.last), ("data[Patient][brthdt]", p.dobs("ymds")),
             ("data[Patient][hm_ph]", p.phone("one")), ("data[Patient][pcp]", staff(1)), ("_csrfToken", alnum(40))]
    add(S, "POST", f"{AN}/collect/form", FORMH, form(pairs), NM(p) + [[p.dobs("ymds"), "dob"], [p.phone("one"), "phone"]], [staff(1)], "redact")
    p = nextp()
    pairs = [("entry.1183472", p.first + " " + p.last), ("entry.2290012", p.dobs("us")), ("entry.884011", p.phone("dot")), ("entry.99321", p.dx()),
             ("fvv", "1"), ("pageHistory", "0,1")]
    add(S, "POST", f"{BI}/forms/d/e/1FAIpQLSd{alnum(20)}/formResponse", FORMH, form(pairs),
        [[p.full, "name"], [p.dobs("us"), "dob"], [p.phone("dot"), "phone"], [p.dx(), "condition"]], ["pageHistory"], "redact")

    S = "query_odd_keys"
    p = nextp()
    url = f"{AN}/p.gif?" + qs([("e", "pv"), ("url", f"https://portal.{SITE}/lookup"), ("uid", p.email), ("ptdob", p.dobs("us")), ("zip5", p.zip), ("cb", digits(10))])
    add(S, "GET", url, {"User-Agent": UA}, "", [[p.email, "email"], [p.dobs("us"), "dob"], [p.zip, "zip"]], ["pv"], "redact")
    p = nextp()
    url = f"{ADS}/tr?" + qs([("id", "918273645"), ("ev", "Lead"), ("cd[fn]", p.first.lower()), ("cd[ln]", p.last.lower()), ("cd[ph]", p.phone("bare")),
                             ("cd[db]", p.dobs("d8")), ("cd[zp]", p.zip)])
    add(S, "GET", url, {"User-Agent": UA}, "", [[p.first.lower(), "name"], [p.last.lower(), "name"], [p.phone("bare"), "phone"], [p.dobs("d8"), "dob"], [p.zip, "zip"]],
        ["918273645", "Lead"], "redact")
    p = nextp()
    url = f"{AN}/collect?" + qs([("v", "2"), ("tid", "PM-77120"), ("en", "search"), ("ep.search_term", f"{p.full.lower()} {p.dobs('us2')}"), ("ep.page", "/staff/patient-search")])
    add(S, "GET", url, {}, "", [[p.full.lower(), "name"], [p.dobs("us2"), "dob"]], ["PM-77120", "/staff/patient-search"], "redact")
    p = nextp()
    url = f"{ERR}/api/4471/minidump/?" + qs([("bt_key", hexs(32)), ("ctx.user", p.email), ("ctx.chart", p.mrn)])
    add(S, "POST", url, {"Content-Type": "application/octet-stream"}, b"MDMP\x93\xa7\x00\x00" + bytes(R.getrandbits(8) for _ in range(40)),
        [[p.email, "email"], [p.mrn, "mrn"]], [], "block")
    p = nextp()
    url = f"{BAA}/api/v4/patients?" + qs([("q.lnm", p.last), ("q.dob", p.dobs("us")), ("q.ssn4", p.ssn[-4:]), ("q.cell", p.phone("dash")), ("limit", "5")])
    add(S, "GET", url, {"Accept": "application/json"}, "", [[p.last, "name"], [p.dobs("us"), "dob"], [p.phone("dash"), "phone"]], [], "redact")
    p = nextp()
    url = f"{CRM}/v2/lookup?" + qs([("contactPhone", p.phone("plusparen")), ("contactEmail", p.email), ("dobMMDDYYYY", p.dobs("us").replace("/", ""))])
    add(S, "GET", url, {"Accept": "application/json"}, "", [[p.phone("plusparen"), "phone"], [p.email, "email"], [p.dobs("us").replace("/", ""), "dob"]], [], "redact")
    p = nextp()
    url = f"{AN}/collect?" + qs([("t", "event"), ("ec", "portal"), ("ea", "mychart_login"), ("el", f"MRN:{p.mrn}|{p.last}"), ("cd7", p.payer)])
    add(S, "GET", url, {}, "", [[p.mrn, "mrn"], [p.last, "name"]], ["mychart_login", p.payer], "redact")


# ============================================================================= 3. keys in other languages
def foreign_keys():
    S = "foreign_keys"
    p = langp("es", 0)
    body = {"nombre": p.first, "apellidos": p.last, "fecha_de_nacimiento": p.dobs("dmy"), "teléfono": p.phone("paren"), "correo": p.email,
            "número_de_seguro_social": p.ssn, "domicilio": f"{p.street} {p.unit}", "código_postal": p.zip, "diagnóstico": LCOND["es"]}
    add(S, "POST", f"{AN}/v1/track", JSONH, J({"event": "formulario_enviado", "properties": body}),
        NM(p) + [[p.dobs("dmy"), "dob"], [p.phone("paren"), "phone"], [p.email, "email"], [p.ssn, "ssn"], [p.street, "address"], [p.zip, "zip"],
                 [LCOND["es"], "condition"]], ["formulario_enviado"], "redact")
    p = langp("es", 1)
    pairs = [("nombre_completo", p.full), ("fecha_nac", p.dobs("es")), ("celular", p.phone("dash")), ("motivo", "cita de seguimiento")]
    add(S, "POST", f"{CMS}/formularios/cita", FORMH, form(pairs), [[p.full, "name"], [p.dobs("es"), "dob"], [p.phone("dash"), "phone"]],
        ["cita de seguimiento"], "redact")
    p = langp("fr", 0)
    body = {"prénom": p.first, "nom_de_famille": p.last, "date_de_naissance": p.dobs("dmy"), "portable": p.phone("spc"), "courriel": p.email,
            "adresse_postale": p.street, "code_postal": p.zip}
    add(S, "POST", f"{CRM}/v2/contacts", CRMH, J(body), NM(p) + [[p.dobs("dmy"), "dob"], [p.phone("spc"), "phone"], [p.email, "email"], [p.street, "address"],
        [p.zip, "zip"]], [], "redact")
    p = langp("fr", 1)
    body = {"patiente": {"nom": p.last, "prenom": p.first, "né_le": p.dobs("fr"), "numéro_de_dossier": p.mrn, "antécédents": LCOND["fr"]}}
    add(S, "POST", f"{BAA}/api/v4/notes", JSONH, J(body), NM(p) + [[p.dobs("fr"), "dob"], [p.mrn, "mrn"], [LCOND["fr"], "condition"]], [], "redact")
    p = langp("pt", 0)
    body = {"paciente": {"nome_completo": f"{p.first} {p.middle} {p.last}", "data_nascimento": p.dobs("dmy"), "celular": p.phone("e164"),
            "endereço": f"{p.street}, {p.unit}", "cep": p.zip, "número_do_prontuário": p.mrn}}
    add(S, "POST", f"{AN}/v1/track", JSONH, J({"event": "cadastro", "properties": body}),
        [[f"{p.first} {p.middle} {p.last}", "name"], [p.dobs("dmy"), "dob"], [p.phone("e164"), "phone"], [p.street, "address"], [p.zip, "zip"], [p.mrn, "mrn"]],
        ["cadastro"], "redact")
    p = langp("pt", 1)
    pairs = [("nome", p.full), ("nascimento", p.dobs("pt")), ("e-mail", p.email), ("convênio", p.mbr), ("queixa", LCOND["pt"])]
    add(S, "POST", f"{CRM}/forms/pt-br", FORMH, form(pairs), [[p.full, "name"], [p.dobs("pt"), "dob"], [p.email, "email"], [p.mbr, "member_id"],
        [LCOND["pt"], "condition"]], [], "redact")
    p = langp("ru", 0)
    body = {"фамилия": p.native.split()[1], "имя": p.native.split()[0], "дата_рождения": p.dobs("dot"), "телефон": p.phone("plusparen"),
            "адрес": p.street, "индекс": p.zip, "номер_карты": p.mrn}
    add(S, "POST", f"{AN}/v1/track", JSONH, J({"event": "zapis", "properties": body}),
        [[p.native.split()[1], "name"], [p.native.split()[0], "name"], [p.dobs("dot"), "dob"], [p.phone("plusparen"), "phone"], [p.street, "address"],
         [p.zip, "zip"], [p.mrn, "mrn"]], ["zapis"], "redact")
    p = langp("ru", 1)
    body = {"pacient": {"ФИО": p.native, "дата_рожд": p.dobs("dot"), "снилс": p.ssn, "диагноз": LCOND["ru"]}}
    add(S, "POST", f"{BAA}/api/v4/import", JSONH, J(body, ascii_=True), [[p.native, "name"], [p.dobs("dot"), "dob"], [p.ssn, "ssn"], [LCOND["ru"], "condition"]],
        [], "redact")
    p = langp("ko", 0)
    body = {"성명": p.native, "생년월일": p.dobs("ko"), "전화번호": p.phone("dash"), "주소": f"{p.street}, {p.city}", "이메일": p.email}
    add(S, "POST", f"{AN}/v1/track", JSONH, J({"event": "예약_요청", "properties": body}),
        [[p.native, "name"], [p.dobs("ko"), "dob"], [p.phone("dash"), "phone"], [p.street, "address"], [p.email, "email"]], ["예약_요청"], "redact")
    p = langp("ko", 1)
    pairs = [("환자명", p.native), ("생년월일", p.dobs("iso")), ("연락처", p.phone("bare")), ("진단", LCOND["ko"])]
    add(S, "POST", f"{CHAT}/forms/ko", FORMH, form(pairs), [[p.native, "name"], [p.dobs("iso"), "dob"], [p.phone("bare"), "phone"], [LCOND["ko"], "condition"]],
        [], "redact")
    p = langp("ja", 0)
    body = {"氏名": p.native, "フリガナ": "サトウ ユイ", "生年月日": p.dobs("ja"), "電話番号": p.phone("dash"), "住所": p.street, "郵便番号": p.zip4, "診察券番号": p.mrn}
    add(S, "POST", f"{CRM}/v2/contacts", CRMH, J(body), [[p.native, "name"], ["サトウ ユイ", "name"], [p.dobs("ja"), "dob"], [p.phone("dash"), "phone"],
        [p.street, "address"], [p.zip4, "zip"], [p.mrn, "mrn"]], [], "redact")
    p = langp("ja", 1)
    body = {"患者": {"名前": p.native, "誕生日": p.dobs("iso"), "保険証番号": p.mbr, "病名": LCOND["ja"]}}
    add(S, "POST", f"{BAA}/api/v4/import", JSONH, J(body), [[p.native, "name"], [p.dobs("iso"), "dob"], [p.mbr, "member_id"], [LCOND["ja"], "condition"]], [],
        "redact")
    p = langp("ar", 0)
    body = {"الاسم": p.native, "تاريخ_الميلاد": p.dobs("dmy"), "رقم_الهاتف": p.phone("e164"), "العنوان": p.street, "البريد_الإلكتروني": p.email}
    add(S, "POST", f"{AN}/v1/track", JSONH, J({"event": "تسجيل", "properties": body}),
        [[p.native, "name"], [p.dobs("dmy"), "dob"], [p.phone("e164"), "phone"], [p.street, "address"], [p.email, "email"]], [], "redact")
    p = langp("ar", 1)
    pairs = [("اسم_المريض", p.native), ("الميلاد", p.dobs("iso")), ("الجوال", p.phone("dot")), ("التشخيص", LCOND["ar"])]
    add(S, "POST", f"{CHAT}/forms/ar", FORMH, form(pairs), [[p.native, "name"], [p.dobs("iso"), "dob"], [p.phone("dot"), "phone"], [LCOND["ar"], "condition"]],
        [], "redact")


# ============================================================================= 4. key/value arrays, parallel arrays, labels apart from values
def kv_arrays():
    S = "kv_arrays"
    p = nextp()
    body = {"sid": "s_" + alnum(12), "fields": [{"k": "fn", "v": p.first}, {"k": "ln", "v": p.last}, {"k": "d", "v": p.dobs("us")}, {"k": "t", "v": p.phone("dash")},
            {"k": "src", "v": "landing-b"}]}
    add(S, "POST", f"{AN}/v1/kv", JSONH, J(body), NM(p) + [[p.dobs("us"), "dob"], [p.phone("dash"), "phone"]], ["landing-b"], "redact")
    p = nextp()
    body = {"submission_id": digits(10), "answers": [{"field": "What is your full name?", "value": p.full}, {"field": "When were you born?", "value": p.dobs("iso")},
            {"field": "Best number to reach you", "value": p.phone("paren")}, {"field": "Social Security Number (optional)", "value": p.ssn},
            {"field": "How did you hear about us?", "value": "Yelp"}]}
    add(S, "POST", f"{CRM}/v2/form-submissions", CRMH, J(body), [[p.full, "name"], [p.dobs("iso"), "dob"], [p.phone("paren"), "phone"], [p.ssn, "ssn"]],
        ["Yelp"], "redact")
    p = nextp()
    body = {"attributes": [{"name": "member_full_nm", "values": [p.full]}, {"name": "member_dob", "values": [p.dobs("d8")]},
            {"name": "member_ids", "values": [p.mbr, p.mbi]}, {"name": "segment", "values": ["medicare-adv"]}]}
    add(S, "POST", f"{AN}/v1/audiences/upload", JSONH, J(body), [[p.full, "name"], [p.dobs("d8"), "dob"], [p.mbr, "member_id"], [p.mbi, "mbi"]],
        ["medicare-adv"], "redact")
    p = nextp()
    body = {"keys": ["first", "last", "dob", "mrn", "visit_type"], "vals": [p.first, p.last, p.dobs("us"), p.mrn, "TELE"]}
    add(S, "POST", f"{AN}/v1/rows", JSONH, J(body), NM(p) + [[p.dobs("us"), "dob"], [p.mrn, "mrn"]], ["TELE"], "redact")
    p = nextp(); q = nextp()
    body = {"columns": ["c0", "c1", "c2", "c3"], "meta": {"c0": "patient name", "c1": "birth date", "c2": "phone", "c3": "dx"},
            "data": [[p.full, p.dobs("iso"), p.phone("e164"), p.dx()], [q.full, q.dobs("iso"), q.phone("e164"), q.dx()]]}
    add(S, "POST", f"{BI}/v1/datasets/rows", JSONH, J(body), [[p.full, "name"], [p.dobs("iso"), "dob"], [p.phone("e164"), "phone"], [p.dx(), "condition"],
        [q.full, "name"], [q.dobs("iso"), "dob"], [q.phone("e164"), "phone"], [q.dx(), "condition"]], [], "redact")
    p = nextp()
    body = {"form_response": {"definition": {"fields": [{"id": "Xk2a", "title": "Legal first name", "type": "short_text"},
            {"id": "Pq7m", "title": "Legal last name", "type": "short_text"}, {"id": "Zz91", "title": "Date of birth", "type": "date"},
            {"id": "Hh03", "title": "Mobile", "type": "phone_number"}]},
            "answers": [{"type": "text", "text": p.first, "field": {"id": "Xk2a"}}, {"type": "text", "text": p.last, "field": {"id": "Pq7m"}},
                        {"type": "date", "date": p.dobs("iso"), "field": {"id": "Zz91"}}, {"type": "phone_number", "phone_number": p.phone("e164"), "field": {"id": "Hh03"}}]}}
    add(S, "POST", f"{BI}/hooks/typeform", JSONH, J(body), NM(p) + [[p.dobs("iso"), "dob"], [p.phone("e164"), "phone"]], ["Legal first name"], "redact")
    p = nextp()
    pairs = [("fields[0][label]", "Patient"), ("fields[0][value]", p.full), ("fields[1][label]", "DOB"), ("fields[1][value]", p.dobs("usn")),
             ("fields[2][label]", "Chart #"), ("fields[2][value]", p.mrn), ("fields[3][label]", "Concern"), ("fields[3][value]", p.dx())]
    add(S, "POST", f"{CHAT}/forms/intake", FORMH, form(pairs), [[p.full, "name"], [p.dobs("usn"), "dob"], [p.mrn, "mrn"], [p.dx(), "condition"]], [], "redact")
    p = nextp()
    xml = (f'<?xml version="1.0"?>\n<record type="intake">\n  <attr name="given">{p.first}</attr>\n  <attr name="family">{p.last}</attr>\n'
           f'  <attr name="bdate">{p.dobs("us")}</attr>\n  <field><key>ssn</key><val>{p.ssn}</val></field>\n  <field><key>dx</key><val>{p.dx()}</val></field>\n</record>\n')
    add(S, "POST", f"{BAA}/api/v4/xml", XMLH, xml, NM(p) + [[p.dobs("us"), "dob"], [p.ssn, "ssn"], [p.dx(), "condition"]], [], "redact")
    p = nextp()
    body = {"properties": [{"property": "firstname", "value": p.first}, {"property": "lastname", "value": p.last}, {"property": "date_of_birth", "value": p.dobs("epochms")},
            {"property": "mobilephone", "value": p.phone("e164")}, {"property": "insurance_member_id", "value": p.mbr}]}
    add(S, "POST", f"{CRM}/crm/v3/objects/contacts", CRMH, J(body), NM(p) + [[p.dobs("epochms"), "dob"], [p.phone("e164"), "phone"], [p.mbr, "member_id"]],
        [], "redact")
    p = nextp()
    body = {"event": "profile_update", "changes": [["set", "pt.first", p.first], ["set", "pt.last", p.last], ["set", "pt.dob", p.dobs("dmon")],
            ["set", "pt.addr", f"{p.street} {p.unit}"], ["set", "pt.zip", p.zip4]]}
    add(S, "POST", f"{AN}/v1/track", JSONH, J(body), NM(p) + [[p.dobs("dmon"), "dob"], [p.street, "address"], [p.zip4, "zip"]], ["profile_update"], "redact")
    p = nextp()
    body = {"headers": ["Name", "Date of birth", "Member ID"], "row": {"0": p.full, "1": p.dobs("long"), "2": p.mbr}}
    add(S, "POST", f"{ERR}/api/4471/store/", ERRH, J({"message": "export row failed", "extra": body}),
        [[p.full, "name"], [p.dobs("long"), "dob"], [p.mbr, "member_id"]], [], "block")


# ============================================================================= 5. free text without labels
def free_text():
    S = "free_text_clinical"
    p = PATIENTS[0]
    txt = (f"Mrs. {p.full}, a {p.age()} y/o woman born {p.dobs('usn')}, presents with worsening exertional dyspnea over three weeks. "
           f"History of {p.dx()} on metformin. Lives at {p.street}, {p.city}. Summarize for the referral letter.")
    add(S, "POST", f"{LLM}/v1/summarize", JSONH, J({"model": "vs-med-2", "input": txt, "max_tokens": 400}),
        NM(p) + [[p.dobs("usn"), "dob"], [p.dx(), "condition"], [p.street, "address"]], ["vs-med-2"], "redact")
    p = nextp()
    txt = (f"{p.first} {p.last} is a {p.age()}-year-old {'man' if p.sex == 'M' else 'woman'} seen today ({p.ad('us')}) for follow-up of {p.dx()}. "
           f"Reports good adherence. Plan: recheck labs in 3 months.")
    add(S, "POST", f"{LLM}/v1/summarize", JSONH, J({"model": "vs-med-2", "input": txt}), NM(p) + [[p.ad("us"), "date"], [p.dx(), "condition"]], [], "redact")
    p = nextp()
    txt = f"{p.last.upper()}, {p.first.upper()} -- DOB {p.dobs('dash')} -- MRN {p.mrn}\nCC: {p.dx().upper()} F/U\nBP 142/88  HR 76  SpO2 97%"
    add(S, "POST", f"{LLM}/v1/transcripts", TEXTH, txt, [[p.last.upper(), "name"], [p.first.upper(), "name"], [p.dobs("dash"), "dob"], [p.mrn, "mrn"],
        [p.dx().upper(), "condition"]], ["142/88"], "redact")
    p = nextp()
    txt = f"pt {p.first[0]}.{p.last[0]}., {p.age()}{p.sex}, MRN {p.mrn}, dx {p.icd()} -- needs PA for Ozempic, ins {p.payer} {p.mbr}"
    add(S, "POST", f"{CHAT}/services/T0412/B77/x9", CHATH, J({"text": txt, "channel": "#prior-auth"}),
        [[p.mrn, "mrn"], [p.icd(), "icd10"], [p.mbr, "member_id"]], ["#prior-auth"], "redact")

    S = "free_text_email"
    p = PATIENTS[1]; kid = "Aoife"
    txt = (f"Hi {staff(0)},\n\nThis is {p.full} -- my daughter {kid} O'Neil (born 7/9/2014) has had a fever since Sunday and I wanted to ask whether "
           f"we should come in. Her asthma inhaler is almost out too. You can reach me on my cell at {p.phone('dot')} or just reply here.\n\n"
           f"Thanks so much,\n{p.first}\n{p.street}, {p.unit}\n{p.city}, CA {p.zip}")
    body = {"from": {"email": p.email, "name": p.full}, "to": [{"email": f"frontdesk@{SITE}"}], "subject": "Question about my daughter", "text": txt}
    add(S, "POST", f"{MAIL}/v3/inbound/relay", MAILH, J(body),
        NM(p) + [[p.email, "email"], [kid, "name"], ["7/9/2014", "dob"], ["asthma", "condition"], [p.phone("dot"), "phone"], [p.street, "address"], [p.zip, "zip"]],
        [staff(0), "Question about my daughter"], "redact")
    p = nextp()
    raw = (f"From: {p.full} <{p.email}>\r\nTo: billing@{SITE}\r\nSubject: statement question\r\nDate: Thu, 2 Apr 2026 09:14:22 -0700\r\n"
           f"Content-Type: text/plain; charset=utf-8\r\n\r\n"
           f"Hello, I got a bill for my visit on {p.ad('long')} but my insurance ({p.payer}, member {p.mbr}) should have covered it. "
           f"My date of birth is {p.dobs('long')} if you need it to look me up. Call me at {p.phone('paren')}.\r\n\r\n-- {p.first}\r\n")
    add(S, "POST", f"{MAIL}/v3/mail/send/raw", {"Content-Type": "message/rfc822", "Authorization": MAILH["Authorization"]}, raw,
        NM(p) + [[p.email, "email"], [p.ad("long"), "date"], [p.mbr, "member_id"], [p.dobs("long"), "dob"], [p.phone("paren"), "phone"]], ["statement question"],
        "redact")
    p = nextp()
    txt = (f"Dear {p.first},\n\nYour results from {p.ad('mon')} are ready. Your A1c was 8.4%, which confirms the {p.dx()} diagnosis we discussed. "
           f"Please schedule a follow-up.\n\n{staff(2, 'full')}\n{PRACTICE}\n{PRACTICE_ADDR}, {PRACTICE_CITY}, CA {PRACTICE_ZIP}\n{PRACTICE_PHONE}")
    body = {"personalizations": [{"to": [{"email": p.email, "name": p.full}]}], "from": {"email": f"no-reply@{SITE}"}, "subject": "Your lab results",
            "content": [{"type": "text/plain", "value": txt}]}
    add(S, "POST", f"{MAIL}/v3/mail/send", MAILH, J(body), [[p.first, "name"], [p.full, "name"], [p.email, "email"], [p.ad("mon"), "date"], [p.dx(), "condition"]],
        [staff(2, "full"), PRACTICE_ADDR, PRACTICE_PHONE], "redact")
    p = nextp()
    raw = (f"From: {staff(4, 'email')}\r\nTo: referrals@eastbay-cardiology.example\r\nSubject: Referral - {p.last}\r\nMIME-Version: 1.0\r\n"
           f"Content-Type: text/plain; charset=utf-8\r\n\r\nPlease see {p.full} ({p.dobs('us')}) -- new onset atrial fibrillation. SSN on file {p.ssn}. "
           f"Home: {p.street}, {p.city} {p.zip4}.\r\n\r\n{staff(4, 'full')}\r\n{PRACTICE} | {PRACTICE_PHONE}\r\n")
    add(S, "POST", f"{MAIL}/v3/mail/send/raw", {"Content-Type": "message/rfc822", "Authorization": MAILH["Authorization"]}, raw,
        [[p.last, "name"], [p.full, "name"], [p.dobs("us"), "dob"], ["atrial fibrillation", "condition"], [p.ssn, "ssn"], [p.street, "address"], [p.zip4, "zip"]],
        [staff(4, "full"), PRACTICE_PHONE], "redact")

    S = "free_text_chat"
    p = PATIENTS[2]
    txt = f"front desk: pt {p.first.lower()} {p.last.lower()} called re refill of lisinopril, dob {p.dobs('us2')}, cb {p.phone('dash')} -- can someone ok?"
    add(S, "POST", f"{CHAT}/services/T0412/B12/abc", CHATH, J({"text": txt}), [[p.first.lower(), "name"], [p.last.lower(), "name"], [p.dobs("us2"), "dob"],
        [p.phone("dash"), "phone"]], [], "redact")
    p = nextp()
    msgs = [{"user": "U02JANELLE", "text": f"who has {p.first}'s chart open? {p.last} -- the one w/ {p.dx()}"},
            {"user": "U07HECTOR", "text": f"me, she's in rm 4. dob {p.dobs('usn')} right?"}, {"user": "U02JANELLE", "text": "yep thx"}]
    add(S, "POST", f"{CHAT}/api/chat.postMessage", CHATH, J({"channel": "C0FRONT", "thread": msgs}),
        NM(p) + [[p.dx(), "condition"], [p.dobs("usn"), "dob"]], ["C0FRONT"], "redact")
    p = nextp()
    txt = f"dob {p.dobs('us2')} ph {p.phone('bare')} need appt asap for my {p.dx()} meds -{p.first[0]}"
    body = {"from": p.phone("e164"), "to": "+15108392240", "body": txt, "media": []}
    add(S, "POST", f"{CHAT}/sms/inbound", CHATH, J(body), [[p.phone("e164"), "phone"], [p.dobs("us2"), "dob"], [p.phone("bare"), "phone"], [p.dx(), "condition"]],
        [], "redact")
    p = nextp()
    txt = f"{p.first.lower()} here. pharmacy says no refills on file?? my mrn is {p.mrn.lower()} and bday {p.dobs('md').lower()}"
    add(S, "POST", f"{CHAT}/api/widget/messages", CHATH, J({"conversation_id": "cv_" + alnum(8), "author": "visitor", "body": txt}),
        [[p.first.lower(), "name"], [p.mrn.lower(), "mrn"], [p.dobs("md").lower(), "dob"]], [], "redact")
    p = PATIENTS[4]
    txt = f"Tin nhắn từ {p.native}: em sinh ngày {p.dob.day} tháng {p.dob.month} năm {p.dob.year}, số điện thoại {p.phone('dot')}, bị {LCOND['vi']}."
    add(S, "POST", f"{CHAT}/api/widget/messages", CHATH, J({"body": txt, "lang": "vi"}),
        [[p.native, "name"], [f"{p.dob.day} tháng {p.dob.month} năm {p.dob.year}", "dob"], [p.phone("dot"), "phone"], [LCOND["vi"], "condition"]], [], "redact")
    p = PATIENTS[21]
    txt = f"Message from GUSTAVO DE LA CRUZ ({p.email}): please cancel my {p.at('human')} appt, I am at {p.street.upper()} {p.unit.upper()} now"
    add(S, "POST", f"{CRM}/v2/notes", CRMH, J({"note": txt}), [["GUSTAVO", "name"], ["DE LA CRUZ", "name"], [p.email, "email"], [p.at("human"), "date"],
        [p.street.upper(), "address"]], [], "redact")

    S = "free_text_voice"
    p = nextp()
    txt = (f"hi yes um my name is {p.first.lower()} {p.last.lower()} my date of birth is {p.dobs('spoken')} and I'm calling about my {p.dx()} "
           f"prescription you can call me back at {p.phone('spoken')} thank you")
    add(S, "POST", f"{LLM}/v1/voicemail", JSONH, J({"recording_id": "rec_" + alnum(12), "transcript": txt, "duration_s": 41}),
        [[p.first.lower(), "name"], [p.last.lower(), "name"], [p.dobs("spoken"), "dob"], [p.dx(), "condition"], [p.phone("spoken"), "phone"]], [], "redact")
    p = nextp()
    txt = (f"Agent: Bayside Family Health, this is Janelle. Caller: Hi, it's {p.full}, I need to move my appointment. Agent: Sure, can I get your birthday? "
           f"Caller: {MONTHS[p.dob.month - 1]} {ordinal(p.dob.day)}, {p.dob.year}. Agent: And a good number? Caller: {p.phone('spc')}.")
    bday = f"{MONTHS[p.dob.month - 1]} {ordinal(p.dob.day)}, {p.dob.year}"
    add(S, "POST", f"{LLM}/v1/calls/summarize", JSONH, J({"call_id": digits(12), "text": txt}),
        [[p.full, "name"], [bday, "dob"], [p.phone("spc"), "phone"]], [], "redact")
    p = nextp()
    s = p.ssn.replace("-", "")
    spoken_ssn = f"{spell_digits(s[:3])}, {spell_digits(s[3:5])}, {spell_digits(s[5:])}"
    txt = f"... for verification my social is {spoken_ssn} and my last name is {p.last}, {' '.join(fold(p.last).upper().replace(' ', ''))} ..."
    add(S, "POST", f"{LLM}/v1/voicemail", JSONH, J({"transcript": txt}), [[spoken_ssn, "ssn"], [p.last, "name"]], [], "redact")
    p = nextp()
    txt = f"IVR capture: caller entered DOB {p.dobs('d8')[4:]}{p.dobs('d8')[:4]} member {p.mbr} callback {p.phone('one')}"
    add(S, "POST", f"{LLM}/v1/ivr/events", TEXTH, txt, [[p.dobs("d8")[4:] + p.dobs("d8")[:4], "dob"], [p.mbr, "member_id"], [p.phone("one"), "phone"]], [], "redact")


# ============================================================================= 6. value formats
def value_formats():
    S = "date_formats"
    for style in ["dot", "dmon", "longth", "mon", "ymds", "ora"]:
        p = nextp()
        body = {"event": "eligibility_check", "member": {"dob": p.dobs(style), "plan": "PPO"}, "request_id": "rq_" + alnum(10)}
        add(S, "POST", f"{AN}/v1/track", JSONH, J(body), [[p.dobs(style), "dob"]], ["eligibility_check"], "redact")
    p = nextp()
    url = f"{AN}/collect?" + qs([("en", "form_step"), ("step", "dob"), ("val", p.dobs("us2")), ("sid", digits(10))])
    add(S, "GET", url, {}, "", [[p.dobs("us2"), "dob"]], ["form_step"], "redact")

    S = "phone_formats"
    for style in ["e164", "dot", "ext", "parensp", "one"]:
        p = nextp(); ph = p.phone(style)
        body = {"contact": {"phone": ph, "pref": "sms"}, "campaign": "recall-2026q2"}
        add(S, "POST", f"{AN}/v1/track", JSONH, J(body), [[ph, "phone"]], ["recall-2026q2"], "redact")
    p = nextp()
    uk = f"0044 20 7946 {R.randint(1000, 1999):04d}"
    add(S, "POST", f"{AN}/v1/track", JSONH, J({"event": "travel_contact", "properties": {"intlPhone": uk, "name": p.full}}),
        [[uk, "phone"], [p.full, "name"]], ["travel_contact"], "redact")

    S = "id_formats"
    p = nextp(); v = p.ssn.replace("-", " ")
    add(S, "POST", f"{AN}/v1/track", JSONH, J({"event": "kyc", "properties": {"ssn": v}}), [[v, "ssn"]], ["kyc"], "redact")
    p = nextp(); v = p.ssn.replace("-", "")
    add(S, "POST", f"{ERR}/api/4471/store/", ERRH, J({"message": "SSN checksum", "extra": {"ssn_no": v}}), [[v, "ssn"]], [], "block")
    p = nextp(); v = p.mbi[:4] + "-" + p.mbi[4:7] + "-" + p.mbi[7:]
    add(S, "POST", f"{CRM}/v2/contacts", CRMH, J({"name": p.full, "medicare": v}), [[p.full, "name"], [v, "mbi"]], [], "redact")
    p = nextp(); v = p.mbi.lower()
    add(S, "POST", f"{AN}/v1/track", JSONH, J({"event": "medicare_lookup", "properties": {"beneficiary": v}}), [[v, "mbi"]], ["medicare_lookup"], "redact")
    p = nextp()
    for mrn in [f"MRN-{R.randint(10**5, 10**7):08d}", f"E{R.randint(10**6, 10**7 - 1)}"]:
        add(S, "POST", f"{AN}/v1/track", JSONH, J({"event": "chart_opened", "properties": {"chart": mrn}}), [[mrn, "mrn"]], ["chart_opened"], "redact")
    p = nextp()
    add(S, "POST", f"{AN}/v1/track", JSONH, J({"event": "coverage_added", "properties": {"subscriber_id": p.mbr, "payer": p.payer}}), [[p.mbr, "member_id"]],
        ["coverage_added", p.payer], "redact")

    S = "email_formats"
    p = nextp(); em = f"{re.sub('[^a-z]', '', fold(p.first).lower())}+labs@gmail.com"
    add(S, "POST", f"{AN}/v1/track", JSONH, J({"event": "results_notify", "properties": {"notify": em}}), [[em, "email"]], ["results_notify"], "redact")
    p = nextp(); em = f"{re.sub('[^a-z]', '', fold(p.last).lower())}.{p.dob.year % 100}@students.cs.berkeley.edu"
    add(S, "POST", f"{AN}/v1/track", JSONH, J({"event": "share", "properties": {"recipient": em}}), [[em, "email"]], ["share"], "redact")

    S = "address_formats"
    for addr in [f"PO Box {R.randint(100, 9999)}", f"RR {R.randint(1, 4)} Box {R.randint(10, 299)}", f"{R.randint(100, 9999)} {R.choice(STREETS)} {R.choice(UNITS)}",
                 f"{R.randint(100, 9999)} {R.choice(STREETS)}, Apt. {R.randint(1, 40)}{R.choice('ABCD')}"]:
        p = nextp()
        body = {"event": "address_updated", "properties": {"mailing": addr, "city": p.city, "state": "CA", "zip": p.zip4}}
        add(S, "POST", f"{AN}/v1/track", JSONH, J(body), [[addr, "address"], [p.zip4, "zip"]], ["address_updated"], "redact")


# ============================================================================= 7. values split or wrapped
def split_wrapped():
    S = "split_values"
    p = PATIENTS[23]
    body = {"patient": {"name": {"prefix": "Mr.", "given": [p.first, p.middle], "family": p.last, "suffix": p.suffix}, "dob": p.dobs("iso")}}
    add(S, "POST", f"{AN}/v1/track", JSONH, J(body), NM(p, True) + [[p.dobs("iso"), "dob"]], [], "redact")
    p = PATIENTS[11]
    body = {"fn": p.first, "mi": p.middle[0], "ln": p.last, "sfx": p.suffix, "dob_m": f"{p.dob.month:02d}", "dob_d": f"{p.dob.day:02d}", "dob_y": str(p.dob.year),
            "mrn": p.mrn}
    add(S, "POST", f"{CRM}/v2/contacts", CRMH, J(body), NM(p) + [[p.mrn, "mrn"]], [], "redact")
    p = PATIENTS[24]
    txt = f"Mail to:\n{p.full}\n{p.street}\n{p.unit}\n{p.city}, CA {p.zip4}\n\nRe: {p.dx()} records request"
    add(S, "POST", f"{CHAT}/api/chat.postMessage", CHATH, J({"channel": "C0MAILROOM", "text": txt}),
        [[p.full, "name"], [p.street, "address"], [p.zip4, "zip"], [p.dx(), "condition"]], ["C0MAILROOM"], "redact")
    p = nextp()
    body = {"ph_area": str(p.area), "ph_exch": str(p.exch), "ph_line": str(p.line), "full_phone": p.phone("dash"), "email_user": p.email.split("@")[0],
            "email_domain": p.email.split("@")[1], "email": p.email}
    add(S, "POST", f"{AN}/v1/track", JSONH, J({"event": "contact_form", "properties": body}), [[p.phone("dash"), "phone"], [p.email, "email"]],
        ["contact_form"], "redact")

    S = "wrapped_values"
    p = nextp()
    html = (f"<html><body><h2>New appointment request</h2><table><tr><td>Name</td><td><b>{p.full}</b></td></tr>"
            f"<tr><td>Date of Birth</td><td>{p.dobs('us')}</td></tr><tr><td>Phone</td><td><a href=\"tel:{p.phone('e164')}\">{p.phone('paren')}</a></td></tr>"
            f"<tr><td>Reason</td><td>{p.dx()}</td></tr></table></body></html>")
    body = {"personalizations": [{"to": [{"email": f"scheduling@{SITE}"}]}], "from": {"email": f"forms@{SITE}"}, "subject": "New appointment request",
            "content": [{"type": "text/html", "value": html}]}
    add(S, "POST", f"{MAIL}/v3/mail/send", MAILH, J(body), [[p.full, "name"], [p.dobs("us"), "dob"], [p.phone("e164"), "phone"], [p.phone("paren"), "phone"],
        [p.dx(), "condition"]], ["New appointment request"], "redact")
    p = nextp()
    md = (f"### Callback needed\n\n**Patient:** {p.full}  \n**DOB:** `{p.dobs('iso')}`  \n**Phone:** [{p.phone('dash')}](tel:{p.phone('bare')})  \n"
          f"**Notes:** _worried about {p.dx()}_\n\n| field | value |\n|---|---|\n| MRN | {p.mrn} |\n| Plan | {p.payer} |\n")
    add(S, "POST", f"{CHAT}/api/issues", MDH, md, [[p.full, "name"], [p.dobs("iso"), "dob"], [p.phone("dash"), "phone"], [p.phone("bare"), "phone"],
        [p.dx(), "condition"], [p.mrn, "mrn"]], ["Callback needed"], "redact")
    p = nextp()
    inner = J({"pt": {"fn": p.first, "ln": p.last, "dob": p.dobs("us"), "cell": p.phone("dot")}, "step": "verify"}, compact=True)
    add(S, "POST", f"{AN}/v1/track", JSONH, J({"event": "wizard_state", "properties": {"state_json": inner}}),
        NM(p) + [[p.dobs("us"), "dob"], [p.phone("dot"), "phone"]], ["wizard_state"], "redact")
    p = nextp()
    inner = J({"member": {"name": p.full, "ssn": p.ssn, "dob": p.dobs("iso")}}, compact=True)
    add(S, "POST", f"{AN}/v1/track", JSONH, J({"event": "cache_put", "properties": {"blob": J(inner)}}),
        [[p.full, "name"], [p.ssn, "ssn"], [p.dobs("iso"), "dob"]], ["cache_put"], "redact")
    p = nextp()
    inner = J({"name": p.full, "dob": p.dobs("us"), "email": p.email}, compact=True)
    url = f"{AN}/r?d=" + quote(quote(inner, safe=""), safe="") + "&v=" + BUILD
    add(S, "GET", url, {}, "", [[p.full, "name"], [p.dobs("us"), "dob"], [p.email, "email"]], [], "redact")
    p = nextp()
    inner = J({"first_name": p.first, "last_name": p.last, "birthdate": p.dobs("iso"), "zip": p.zip, "ph": p.phone("bare")}, compact=True)
    url = f"{ADS}/pixel?" + qs([("id", "PX-33019"), ("ev", "lead"), ("data", base64.b64encode(inner.encode()).decode())])
    add(S, "GET", url, {"User-Agent": UA}, "", NM(p) + [[p.dobs("iso"), "dob"], [p.zip, "zip"], [p.phone("bare"), "phone"]], ["PX-33019"], "redact")
    p = nextp()
    url = f"{AN}/collect?" + qs([("dl", f"https://portal.{SITE}/intake?first={quote(p.first)}&last={quote(p.last)}&dob={p.dobs('us')}&ins={p.mbr}"), ("en", "page_view")])
    add(S, "GET", url, {}, "", NM(p) + [[p.dobs("us"), "dob"], [p.mbr, "member_id"]], ["page_view"], "redact")

    S = "csv_rows"
    ps = [nextp() for _ in range(3)]
    rows = "PtFirst,PtLast,BDay,Cell,Zip+4,Dx\n" + "".join(f"{q.first},\"{q.last}\",{q.dobs('usn')},{q.phone('dot')},{q.zip4},{q.dx()}\n" for q in ps)
    phi = []
    for q in ps: phi += NM(q) + [[q.dobs("usn"), "dob"], [q.phone("dot"), "phone"], [q.zip4, "zip"], [q.dx(), "condition"]]
    add(S, "POST", f"{BI}/v1/import?sheet=recall", CSVH, rows, phi, ["PtFirst"], "redact")
    ps = [nextp() for _ in range(2)]
    rows = "chart;name;dob;ssn;email\n" + "".join(f"{q.mrn};{q.last.upper()} {q.first.upper()};{q.dobs('dot')};{q.ssn};{q.email}\n" for q in ps)
    phi = []
    for q in ps: phi += [[q.mrn, "mrn"], [q.last.upper(), "name"], [q.first.upper(), "name"], [q.dobs("dot"), "dob"], [q.ssn, "ssn"], [q.email, "email"]]
    add(S, "POST", f"{BAA}/api/v4/bulk", CSVH, rows, phi, [], "redact")

    S = "xml_odd"
    p = nextp()
    xml = (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<EligReq><Subscriber><NmFrst>{p.first}</NmFrst><NmLst>{p.last}</NmLst><DtBirth>{p.dobs('d8')}</DtBirth>"
           f"<SSN>{p.ssn.replace('-', '')}</SSN><MbrNo>{p.mbr}</MbrNo></Subscriber><Svc>30</Svc></EligReq>")
    add(S, "POST", f"{BAA}/soap/elig", XMLH, xml, NM(p) + [[p.dobs("d8"), "dob"], [p.ssn.replace("-", ""), "ssn"], [p.mbr, "member_id"]], [], "redact")
    p = nextp()
    xml = (f"<lead><contact first=\"{p.first}\" last=\"{p.last}\" born=\"{p.dobs('us')}\" tel=\"{p.phone('dash')}\"/><interest>{p.dx()} clinic</interest>"
           f"<campaign>spring-open-house</campaign></lead>")
    add(S, "POST", f"{AN}/xml/lead", XMLH, xml, NM(p) + [[p.dobs("us"), "dob"], [p.phone("dash"), "phone"], [p.dx(), "condition"]], ["spring-open-house"], "redact")

    S = "header_values"
    p = nextp()
    h = {"Content-Type": "application/json", "X-Pt-Ctx": f"fn={p.first}; ln={p.last}; dob={p.dobs('iso')}"}
    add(S, "POST", f"{AN}/v1/track", h, J({"event": "ping"}), NM(p) + [[p.dobs("iso"), "dob"]], ["ping"], "redact")
    p = nextp()
    h = {"Content-Type": "application/json", "X-Member-Ref": f"MBI {p.mbi[:4]}-{p.mbi[4:7]}-{p.mbi[7:]}", "X-Chart": p.mrn}
    add(S, "POST", f"{ERR}/api/4471/store/", dict(ERRH, **h), J({"message": "timeout"}), [[f"{p.mbi[:4]}-{p.mbi[4:7]}-{p.mbi[7:]}", "mbi"], [p.mrn, "mrn"]],
        [], "block")
    p = nextp()
    h = {"Content-Type": "application/json", "X-User-Email": p.email, "X-Caller-Phone": p.phone("e164")}
    add(S, "POST", f"{LLM}/v1/summarize", h, J({"input": "Summarize the attached call notes."}), [[p.email, "email"], [p.phone("e164"), "phone"]], [], "redact")


# ============================================================================= 8. BAA / CRM with only allowed categories (expect pass), allow-all partner, unknown
def allowed_only():
    S = "allowed_only"
    p = nextp()
    body = {"chartNo": p.mrn, "ptName": {"first": p.first, "last": p.last}, "birthDt": p.dobs("us")}
    add(S, "POST", f"{BAA}/api/v4/patients/match", JSONH, J(body), NM(p) + [[p.mrn, "mrn"], [p.dobs("us"), "dob"]], [], "pass")
    p = nextp()
    txt = f"Pt {p.full}, born {p.dobs('long')}, chart {p.mrn}: please attach the scanned consent to this chart."
    add(S, "POST", f"{BAA}/api/v4/tasks", JSONH, J({"task": txt, "queue": "HIM"}), [[p.full, "name"], [p.dobs("long"), "dob"], [p.mrn, "mrn"]], [], "pass")
    p = nextp()
    body = {"contact": {"fname": p.first, "lname": p.last, "cell": p.phone("e164"), "emailAddr": p.email, "optIn": True}}
    add(S, "POST", f"{CRM}/v2/contacts", CRMH, J(body), NM(p) + [[p.phone("e164"), "phone"], [p.email, "email"]], [], "pass")
    p = nextp()
    body = {"to": [{"email": p.email, "name": p.full}], "from": {"email": f"no-reply@{SITE}"}, "subject": "Your portal invitation",
            "content": [{"type": "text/plain", "value": f"Hi {p.first}, your {PRACTICE} portal account is ready. Questions? {PRACTICE_PHONE}"}]}
    add(S, "POST", f"{MAIL}/v3/mail/send", MAILH, J(body), [[p.email, "email"], [p.full, "name"], [p.first, "name"]], [], "pass")

    S = "partner_allow_all"
    p = nextp()
    body = {"order": {"pt_fnm": p.first, "pt_lnm": p.last, "pt_dob": p.dobs("d8"), "pt_ssn": p.ssn, "mrn": p.mrn, "dx": [p.icd()], "tests": ["HBA1C", "CMP"]}}
    add(S, "POST", f"{LAB}/orders", JSONH, J(body), NM(p) + [[p.dobs("d8"), "dob"], [p.ssn, "ssn"], [p.mrn, "mrn"], [p.icd(), "icd10"]], [], "pass")
    p = nextp()
    url = f"{LAB}/results?" + qs([("lnm", p.last), ("bdate", p.dobs("us")), ("chart", p.mrn)])
    add(S, "GET", url, {"Accept": "application/json"}, "", [[p.last, "name"], [p.dobs("us"), "dob"], [p.mrn, "mrn"]], [], "pass")
    p = nextp()
    csv = f"PID,NAME,DOB,PHONE,ADDR,DX\n{p.mrn},{p.last.upper()}^{p.first.upper()},{p.dobs('d8')},{p.phone('bare')},{p.street.upper()},{p.icd()}\n"
    add(S, "POST", f"{LAB}/batch", CSVH, csv, [[p.mrn, "mrn"], [p.last.upper(), "name"], [p.first.upper(), "name"], [p.dobs("d8"), "dob"], [p.phone("bare"), "phone"],
        [p.street.upper(), "address"], [p.icd(), "icd10"]], [], "pass")

    S = "unknown_host"
    for h in ["api.chartbridge.example.sync-cdn.net", "collect.pulsemetrics.co", "forms-backup.s3-proxy.example", "hooks.chatwave.example.ngrok.app"]:
        p = nextp()
        add(S, "POST", f"http://{h}/ingest", JSONH, J({"n": p.full, "bday": p.dobs("us"), "tel": p.phone("dash")}),
            [[p.full, "name"], [p.dobs("us"), "dob"], [p.phone("dash"), "phone"]], [], "deny")
    add(S, "GET", "http://status.unknown-vendor.example/health?v=" + BUILD, {}, "", [], [], "deny")


# ============================================================================= 9. clean hard negatives (expect pass)
def clean():
    S = "clean_commerce"
    o = order_no(); inv = f"INV-{R.randint(1000, 99999):06d}"
    add(S, "POST", f"{AN}/v1/track", JSONH, J({"event": "order_completed", "properties": {"order_id": o, "invoice_no": inv, "total": "149.99", "currency": "USD",
        "items": [{"sku": "SKU-4471-BLU-M", "name": "Compression socks", "qty": 2, "price": "24.50"}]}}), [], [o, inv, "SKU-4471-BLU-M", "149.99"], "pass")
    add(S, "POST", f"{AN}/v1/track", JSONH, J({"event": "order_shipped", "properties": {"carrier": "UPS", "tracking": "1Z999AA10123456784",
        "usps": "9400111899223847561234", "ship_date": "2026-04-02"}}), [], ["1Z999AA10123456784", "9400111899223847561234"], "pass")
    pairs = [("event", "checkout"), ("cart_id", uuid()), ("amount", "1,249.00"), ("coupon", "SPRING26"), ("ts", str(epoch(5) * 1000))]
    add(S, "POST", f"{AN}/f/submit", FORMH, form(pairs), [], ["SPRING26", "1,249.00"], "pass")
    body = {"items": [{"catalogNo": "310-4471-2209", "desc": "Exam table paper 21in", "uom": "CS", "price": "48.20"},
                      {"part": "916-44-2731", "desc": "Otoscope specula 4mm", "uom": "BX", "price": "12.75"},
                      {"mfr_code": "800-642-0312", "desc": "Sharps container 1qt", "uom": "EA", "price": "3.10"}], "po": "PO-2026-00871"}
    add(S, "POST", f"{BI}/v1/import?sheet=supplies", JSONH, J(body), [], ["310-4471-2209", "916-44-2731", "800-642-0312", "PO-2026-00871"], "pass")
    add(S, "GET", f"{AN}/p.gif?" + qs([("e", "view_item"), ("item", "GLUCO-METER-KIT-2"), ("price", "39.99"), ("gtin", "00812345678905")]), {}, "", [],
        ["GLUCO-METER-KIT-2", "00812345678905"], "pass")
    csv = ("sku,description,upc,price,stock\nBP-CUFF-ADULT-L,Blood pressure cuff adult L,0 81234 56789 0,29.99,114\n"
           "THERM-IR-02,Infrared thermometer,0 81234 56790 6,19.49,87\nMASK-N95-20,N95 respirator (20),0 81234 56791 3,34.00,402\n")
    add(S, "POST", f"{BI}/v1/import?sheet=inventory", CSVH, csv, [], ["BP-CUFF-ADULT-L", "THERM-IR-02"], "pass")

    S = "clean_tech"
    body = {"exception": {"values": [{"type": "TypeError", "value": "Cannot read properties of undefined (reading 'map')",
            "stacktrace": {"frames": [{"filename": "app/static/js/main.4f9c2e1a.js", "lineno": 2, "colno": 18812}]}}]}, "event_id": uuid().replace("-", ""),
            "release": f"portal@{BUILD}+build.8812", "environment": "production", "contexts": {"trace": {"trace_id": hexs(32), "span_id": hexs(16)}},
            "server_name": "web-3.internal", "tags": {"server_ip": "10.12.4.17"}}
    add(S, "POST", f"{ERR}/api/4471/store/", ERRH, J(body), [], ["main.4f9c2e1a.js", "10.12.4.17"], "pass")
    body = {"message": "deploy finished", "level": "info", "extra": {"commit": hexs(40), "image": f"registry.internal/portal:{BUILD}-rc.3",
            "started_at": "2026-04-02T14:05:09Z", "duration_ms": 84211, "build_number": "20260402.7"}}
    add(S, "POST", f"{ERR}/api/4471/store/", ERRH, J(body), [], ["20260402.7", "2026-04-02T14:05:09Z"], "pass")
    h = {"Content-Type": "application/json", "X-Request-Id": uuid(), "traceparent": f"00-{hexs(32)}-{hexs(16)}-01", "If-None-Match": f"W/\"{hexs(16)}\""}
    add(S, "POST", f"{AN}/v1/track", h, J({"event": "heartbeat", "properties": {"uptime_s": 864211, "version": "2.14.3", "node": "edge-oak-2"}}), [],
        ["heartbeat", "2.14.3"], "pass")
    body = {"event": "asset_loaded", "properties": {"sha256": sha("main.css-" + BUILD), "etag": hexs(32), "size": 48211, "cdn_pop": "SJC"}}
    add(S, "POST", f"{AN}/v1/track", JSONH, J(body), [], [body["properties"]["sha256"]], "pass")
    txt = (f"2026-04-02T09:00:00.114Z INFO build={BUILD} commit={hexs(7)} req={uuid()} GET /api/slots 200 42ms\n"
           f"2026-04-02T09:00:01.902Z WARN pool=pg-primary wait_ms=318 conns=48/50\n"
           f"2026-04-02T09:00:03.550Z INFO job=nightly-export rows=18422 took=91.2s\n")
    add(S, "POST", f"{LLM}/v1/logs/summarize", TEXTH, txt, [], ["pool=pg-primary", "rows=18422"], "pass")
    body = {"text": f"Deployed portal {BUILD} to prod at 14:05 PT (ticket OPS-4471). Rollback plan: {BUILD[:-1]}9 -> 5.11.9. p95 latency 212ms."}
    add(S, "POST", f"{CHAT}/services/T0412/B12/abc", CHATH, J(body), [], ["OPS-4471", "212ms"], "pass")
    body = {"device": {"serial": "SN-7Q4K-22918", "fw": "3.2.1-b4410", "model": "VS-900", "mac": "3C:71:BF:4A:22:9E"}, "metrics": {"temp_c": 21.5, "battery": 0.87}}
    add(S, "POST", f"{AN}/v1/telemetry", JSONH, J(body), [], ["SN-7Q4K-22918", "3.2.1-b4410"], "pass")
    body = {"message": "ValidationError: dob must be before today", "level": "warning", "tags": {"field": "dateOfBirth", "form": "intake_v3", "rule": "past_date"}}
    add(S, "POST", f"{ERR}/api/4471/store/", ERRH, J(body), [], ["dateOfBirth", "intake_v3"], "pass")
    body = {"event": "field_focused", "properties": {"field": "ssn", "form": "insurance_step", "ms_to_focus": 2210}}
    add(S, "POST", f"{AN}/v1/track", JSONH, J(body), [], ["field_focused", "insurance_step"], "pass")

    S = "clean_schema"
    body = {"form": "intake_v3", "fields": [{"key": "dob", "label": "Date of birth", "format": "MM/DD/YYYY", "required": True},
            {"key": "ssn", "label": "Social Security Number", "mask": "###-##-####", "required": False},
            {"key": "phone", "label": "Mobile phone", "mask": "(###) ###-####"}, {"key": "first_name", "label": "First name", "max_len": 64}]}
    add(S, "POST", f"{CMS}/api/forms/intake_v3", JSONH, J(body), [], ["###-##-####", "MM/DD/YYYY"], "pass")
    body = {"dob_format": "YYYY-MM-DD", "ssn_required": False, "phone_mask": "(###) ###-####", "name_max_len": 64, "min_age_years": 18, "mrn_prefix": "MRN-"}
    add(S, "POST", f"{AN}/v1/config", JSONH, J(body), [], ["YYYY-MM-DD", "MRN-"], "pass")
    xml = ("<?xml version=\"1.0\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
           f"<url><loc>https://www.{SITE}/services/diabetes-care</loc><lastmod>2026-03-18</lastmod></url>\n"
           f"<url><loc>https://www.{SITE}/services/hiv-prep</loc><lastmod>2026-02-02</lastmod></url>\n"
           f"<url><loc>https://www.{SITE}/providers/miriam-okonkwo-baptiste</loc><lastmod>2026-01-09</lastmod></url>\n</urlset>\n")
    add(S, "POST", f"{CMS}/api/sitemap", XMLH, xml, [], ["2026-03-18", "hiv-prep"], "pass")
    url = f"{AN}/p.gif?" + qs([("e", "pv"), ("url", f"https://www.{SITE}/services/behavioral-health?utm_source=newsletter&utm_campaign=may-2026"), ("ref", "https://www.google.com/")])
    add(S, "GET", url, {"User-Agent": UA}, "", [], ["pv"], "pass")

    S = "clean_practice"
    body = {"page": "contact", "blocks": [{"type": "address", "text": f"{PRACTICE}\n{PRACTICE_ADDR}\n{PRACTICE_CITY}, CA {PRACTICE_ZIP}"},
            {"type": "phone", "text": f"Phone {PRACTICE_PHONE} | Fax {PRACTICE_FAX}"}, {"type": "map", "lat": 37.8044, "lng": -122.2712},
            {"type": "hours", "text": "Mon-Fri 8:00-17:30, Sat 9:00-13:00"}]}
    add(S, "PUT", f"{CMS}/api/pages/contact", JSONH, J(body), [], [PRACTICE_ADDR, PRACTICE_PHONE, PRACTICE_FAX, "37.8044"], "pass")
    txt = (f"Hello,\n\nAttached is our signed renewal for the exam-room supplies contract (PO-2026-00871). Please invoice the practice, not individual staff.\n\n"
           f"Best,\n{staff(4, 'name')}\nPractice Manager, {PRACTICE}\n{PRACTICE_ADDR}, {PRACTICE_CITY}, CA {PRACTICE_ZIP}\nt {PRACTICE_PHONE_DOT} | f {PRACTICE_FAX}\n{staff(4, 'email')}")
    body = {"personalizations": [{"to": [{"email": "orders@medsupply-west.example"}]}], "from": {"email": staff(4, "email"), "name": staff(4, "name")},
            "subject": "Contract renewal PO-2026-00871", "content": [{"type": "text/plain", "value": txt}]}
    add(S, "POST", f"{MAIL}/v3/mail/send", MAILH, J(body), [], [staff(4, "name"), PRACTICE_PHONE_DOT, "PO-2026-00871"], "pass")
    body = {"text": f"Reminder: {staff(0)} and {staff(2, 'full')} are out Friday 4/17 for the CME conference; {staff(1)} covers urgent messages. Clinic line {PRACTICE_PHONE} unchanged."}
    add(S, "POST", f"{CHAT}/services/T0412/B12/abc", CHATH, J(body), [], [staff(0), staff(2, "full"), staff(1)], "pass")
    body = {"providers": [{"name": staff(i, "full"), "npi": STAFF_NPI[i], "languages": ["English", "Spanish"] if i % 2 else ["English"], "accepting": True}
                          for i in range(4)], "updated": "2026-03-30"}
    add(S, "PUT", f"{CMS}/api/directory", JSONH, J(body), [], [STAFF_NPI[0], staff(1, "full")], "pass")
    body = {"provider": staff(1), "location": "Harrison St", "slots": ["2026-04-14T09:00:00-07:00", "2026-04-14T09:30:00-07:00", "2026-04-15T13:15:00-07:00"],
            "visit_type": "NEW_PATIENT", "public": True}
    add(S, "POST", f"{AN}/v1/track", JSONH, J({"event": "slots_viewed", "properties": body}), [], ["2026-04-14T09:00:00-07:00", staff(1)], "pass")
    url = f"{AN}/collect?" + qs([("en", "slot_search"), ("ep.date_from", "2026-04-20"), ("ep.date_to", "2026-04-24"), ("ep.provider", "whitcombe"), ("ep.zip", PRACTICE_ZIP)])
    add(S, "GET", url, {}, "", [], ["2026-04-20", PRACTICE_ZIP], "pass")
    txt = (f"Thank you for calling {PRACTICE}. For appointments press one. For billing press two. Our fax number is five one zero, eight three nine, "
           f"two two four one. We are located at 1450 Harrison Street, Suite 210.")
    add(S, "POST", f"{LLM}/v1/tts", JSONH, J({"voice": "en-US-warm-2", "text": txt}), [], ["en-US-warm-2", "1450 Harrison Street"], "pass")
    pairs = [("lat", "37.8044"), ("lng", "-122.2712"), ("radius_km", "8"), ("q", "urgent care near Lake Merritt")]
    add(S, "GET", f"{AN}/p.gif?" + qs([("e", "map_search")] + pairs), {}, "", [], ["-122.2712", "map_search"], "pass")

    S = "clean_marketing"
    body = {"title": "Now serving the East Bay", "body": ("Bayside Family Health now has clinics in Oakland, Berkeley, Alameda and San Leandro, with evening hours "
            "in Fruitvale and Temescal. New patients welcome; most plans accepted including Medi-Cal and Alameda Alliance for Health."), "published": "2026-04-01"}
    add(S, "POST", f"{CMS}/api/posts", JSONH, J(body), [], ["Fruitvale", "2026-04-01"], "pass")
    body = {"subject": "Flu clinic Saturday", "html": ("<h1>Walk-in flu clinic</h1><p>Saturday, October 3, 2026, 9am&ndash;1pm at our Harrison St office. "
            f"No appointment needed. Questions? Call {PRACTICE_PHONE}.</p>"), "list": "all-subscribers", "send_at": "2026-09-25T16:00:00Z"}
    add(S, "POST", f"{CRM}/v2/campaigns", CRMH, J(body), [], ["October 3, 2026", "all-subscribers"], "pass")
    md = ("# Release notes\n\n## Portal 5.12 (released April 2, 2026)\n\n- New: Spanish and Vietnamese translations\n- Fixed: date picker on Safari 17.4\n"
          "- Build 20260402.7, commit 9f3c2e1\n\n## Portal 5.11.9 (March 19, 2026)\n- Security fixes\n")
    add(S, "POST", f"{CMS}/api/pages/release-notes", MDH, md, [], ["April 2, 2026", "9f3c2e1"], "pass")
    form_txt = form([("title", "Healthy Heart Month"), ("body", "Join Dr. Alan Whitcombe for a free talk on blood pressure, Tuesday May 12 at 6pm, Oakland Public Library, 125 14th St."),
                     ("category", "events")])
    add(S, "POST", f"{CMS}/wp-json/wp/v2/posts", FORMH, form_txt, [], ["Healthy Heart Month"], "pass")
    body = {"text": "Clínica abierta los sábados en Fruitvale. ¡Vacunas gratis para niños! Llámenos al (510) 839-2240.", "lang": "es"}
    add(S, "POST", f"{CMS}/api/banners", JSONH, J(body), [], ["Fruitvale"], "pass")

    S = "clean_health_content"
    art = ("Type 2 diabetes affects about 1 in 10 adults in the United States. Early signs include increased thirst and frequent urination. "
           "People living with HIV who take antiretroviral therapy as prescribed can live long, healthy lives. Depression, PTSD and bipolar disorder "
           "are treatable; talk to your primary care provider. Hepatitis C is curable with an 8-12 week course of oral medication.")
    add(S, "POST", f"{CMS}/api/posts", JSONH, J({"title": "Understanding chronic conditions", "body": art, "tags": ["diabetes", "hiv", "mental-health"]}), [],
        ["1 in 10 adults", "Hepatitis C is curable"], "pass")
    cat = {"products": [{"name": "Metformin ER 500 mg", "ndc": "0093-7267-56", "price": "8.00"}, {"name": "Biktarvy 50/200/25 mg", "ndc": "61958-2501-1", "price": "3,800.00"},
           {"name": "Sertraline 50 mg", "ndc": "16729-0212-01", "price": "6.50"}, {"name": "Buprenorphine/naloxone 8/2 mg film", "ndc": "0093-5720-01", "price": "112.00"}],
           "updated": "2026-04-01"}
    add(S, "POST", f"{BI}/v1/import?sheet=pharmacy-catalog", JSONH, J(cat), [], ["0093-7267-56", "Biktarvy 50/200/25 mg"], "pass")
    body = {"metric": "a1c_control_rate", "period": "2026-Q1", "numerator": 1143, "denominator": 1843, "value": 0.62,
            "by_age": {"18-44": 0.58, "45-64": 0.61, "65+": 0.67}, "note": "patients with type 2 diabetes, A1c < 8%"}
    add(S, "POST", f"{BI}/v1/metrics", JSONH, J(body), [], ["a1c_control_rate", "2026-Q1"], "pass")
    txt = "Weekly dashboard: 412 visits (+6%), 38 new patients, no-show rate 7.9%, median wait 11 min. HIV PrEP starts: 9. Depression screenings: 211."
    add(S, "POST", f"{CHAT}/services/T0412/B77/x9", CHATH, J({"text": txt}), [], ["412 visits", "no-show rate 7.9%"], "pass")
    body = {"doc": "coverage_rules", "rules": [{"codes": ["E11.9", "I10", "Z00.00"], "cpt": "99396", "covered": True}, {"codes": ["F33.1"], "cpt": "90834", "limit": 20}]}
    add(S, "POST", f"{BI}/v1/import?sheet=billing-rules", JSONH, J(body), [], ["99396", "90834"], "pass")
    txt = ("Q: Can I get tested for chlamydia without my parents knowing? A: In California, people 12 and older can consent to STI testing and treatment "
           "on their own. Call 510-839-2240 and ask for a confidential visit.")
    add(S, "POST", f"{CMS}/api/faq", JSONH, J({"faq": txt}), [], ["12 and older"], "pass")

    S = "clean_misc"
    body = {"event": "weather_banner", "properties": {"city": "Oakland", "temp_f": 64, "forecast_date": "2026-04-03", "aqi": 42}}
    add(S, "POST", f"{AN}/v1/track", JSONH, J(body), [], ["2026-04-03"], "pass")
    body = {"invoice": {"number": "INV-2026-0331-17", "bill_to": f"{PRACTICE}, {PRACTICE_ADDR}, {PRACTICE_CITY}, CA {PRACTICE_ZIP}", "account": "ACCT-BFH-00412",
            "period": "2026-03-01 to 2026-03-31", "amount_due": "$2,310.00", "due": "2026-04-30"}}
    add(S, "POST", f"{BI}/v1/import?sheet=ap", JSONH, J(body), [], ["INV-2026-0331-17", "$2,310.00", "2026-04-30"], "pass")
    pairs = [("v", "1"), ("t", "timing"), ("utc", "page_load"), ("utv", "dom_ready"), ("utt", "1843"), ("cid", f"{digits(10)}.{epoch(9)}")]
    add(S, "POST", f"{AN}/collect", FORMH, form(pairs), [], ["dom_ready", "1843"], "pass")
    body = {"text": "Parking lot gate code changes to 4471# on 4/15. Badge readers on floor 2 updated to firmware 3.2.1. -Facilities"}
    add(S, "POST", f"{CHAT}/services/T0412/B12/abc", CHATH, J(body), [], ["4471#", "3.2.1"], "pass")
    body = {"event": "experiment_exposure", "properties": {"experiment": "booking_cta_color", "variant": "B", "user_hash": sha("anon-" + alnum(10))[:16],
            "assigned_at": 1775119211000}}
    add(S, "POST", f"{AN}/v1/track", JSONH, J(body), [], ["booking_cta_color", "1775119211000"], "pass")
    txt = "id,region,visits_2025,visits_2026_ytd\n1,Oakland,48211,12011\n2,Berkeley,9120,2301\n3,Alameda,5510,1422\n4,San Leandro,7015,1807\n"
    add(S, "POST", f"{BI}/v1/import?sheet=volume", CSVH, txt, [], ["48211", "San Leandro"], "pass")
    body = {"text": "Ticket #88213: the check-in kiosk on floor 1 shows 'Error 0x80070057' after the 04/01/2026 update. Restarted at 10:42, fine now."}
    add(S, "POST", f"{CHAT}/services/T0412/B12/abc", CHATH, J(body), [], ["0x80070057", "04/01/2026"], "pass")
    body = {"event": "app_open", "properties": {"app_version": "3.18.0 (1027)", "os": "iOS 17.4.1", "device": "iPhone15,2", "tz": "America/Los_Angeles",
            "locale": "en_US", "session_start": "2026-04-02T16:44:12-07:00"}}
    add(S, "POST", f"{AN}/v1/track", JSONH, J(body), [], ["3.18.0 (1027)", "America/Los_Angeles"], "pass")
    xml = ("<feed><entry><title>Clinic closed Memorial Day</title><updated>2026-05-20T12:00:00Z</updated><summary>All Bayside Family Health sites closed Monday "
           "May 25, 2026. For urgent needs call (510) 839-2240; in an emergency call 911.</summary></entry></feed>")
    add(S, "POST", f"{CMS}/api/feeds", {"Content-Type": "application/atom+xml"}, xml, [], ["May 25, 2026"], "pass")
    body = {"event": "donation", "properties": {"campaign": "community-fund-2026", "amount": "50.00", "receipt": "RCPT-" + digits(8), "anonymous": True}}
    add(S, "POST", f"{AN}/v1/track", JSONH, J(body), [], ["community-fund-2026", "50.00"], "pass")
    body = {"message": "rate limit exceeded for client 7f3a9c2e", "level": "warning", "extra": {"limit": 600, "window_s": 60, "route": "/api/v2/slots/search"}}
    add(S, "POST", f"{ERR}/api/4471/store/", ERRH, J(body), [], ["7f3a9c2e"], "pass")
    body = {"job": "nightly_reminders", "status": "ok", "sent": 1142, "failed": 3, "started": "2026-04-02T02:00:00Z", "finished": "2026-04-02T02:06:41Z"}
    add(S, "POST", f"{BAA}/api/v4/jobs/report", JSONH, J(body), [], ["nightly_reminders"], "pass")
    pairs = [("ticket", "HD-44120"), ("summary", "Printer in room 3 jams on label stock"), ("assignee", staff(3, "name")), ("priority", "low")]
    add(S, "POST", f"{CRM}/v2/tickets", FORMH, form(pairs), [], ["HD-44120", staff(3, "name")], "pass")
    body = {"content": f"Welcome to {PRACTICE}! Our new patient line is {PRACTICE_PHONE}. Ask for {staff(4, 'name')} about billing questions.",
            "quick_replies": ["Book a visit", "Hours", "Insurance"]}
    add(S, "POST", f"{CHAT}/api/widget/config", CHATH, J(body), [], [PRACTICE_PHONE, staff(4, "name")], "pass")
    body = {"event": "calculator_used", "properties": {"tool": "bmi", "inputs": {"height_cm": 170, "weight_kg": 72}, "result": 24.9, "anonymous": True}}
    add(S, "POST", f"{AN}/v1/track", JSONH, J(body), [], ["calculator_used", "24.9"], "pass")
    body = {"text": "Vaccine lot update: Fluzone HD lot UT7924BA expires 2026-06-30; Shingrix lot 7J42C expires 2027-01-15. Pull old stock."}
    add(S, "POST", f"{CHAT}/services/T0412/B77/x9", CHATH, J(body), [], ["UT7924BA", "2026-06-30"], "pass")
    url = f"{ADS}/tr?" + qs([("id", "918273645"), ("ev", "PageView"), ("dl", f"https://www.{SITE}/careers/medical-assistant"), ("rl", ""), ("ts", str(epoch(11) * 1000))])
    add(S, "GET", url, {"User-Agent": UA}, "", [], ["918273645", "PageView"], "pass")


# ============================================================================= 9b. second helpings
def more():
    S = "free_text_names"
    p = PATIENTS[13]; curly = p.last.replace("'", "\u2019")
    body = {"ticket": {"subject": "Portal locked", "description": f"Patient Ms. {p.first} {curly} (b. {p.dobs('us')}) cannot log in; her email is {p.email}.",
            "requester": "frontdesk"}}
    add(S, "POST", f"{CHAT}/api/v2/tickets", CHATH, J(body), [[p.first, "name"], [curly, "name"], [p.dobs("us"), "dob"], [p.email, "email"]], ["Portal locked"], "redact")
    p = PATIENTS[18]
    txt = f"Mr. {p.last} ({p.first}), {p.age()}M, DOB {p.dob.day:02d}-{MONTHS[p.dob.month - 1][:3]}-{p.dob.year}, seen for {p.dx()}; wife asks for a callback at {p.phone('paren')}."
    add(S, "POST", f"{LLM}/v1/summarize", JSONH, J({"input": txt}), NM(p) + [[f"{p.dob.day:02d}-{MONTHS[p.dob.month - 1][:3]}-{p.dob.year}", "dob"],
        [p.dx(), "condition"], [p.phone("paren"), "phone"]], [], "redact")
    p = PATIENTS[4]
    txt = f"Ms. Nguyen Thi Lan (chart {p.mrn}) asked again about her {p.dx()} results; interpreter needed (Vietnamese). Cell {p.phone('e164')}."
    add(S, "POST", f"{CHAT}/api/chat.postMessage", CHATH, J({"channel": "C0FRONT", "text": txt}), [["Nguyen Thi Lan", "name"], [p.mrn, "mrn"], [p.dx(), "condition"],
        [p.phone("e164"), "phone"]], ["C0FRONT"], "redact")
    p = PATIENTS[14]
    txt = f'Olumide "Olu" {p.last} called twice today about his {p.dx()} meds. DOB {p.dobs("usn")}. He prefers texts: {p.phone("dash")}.'
    add(S, "POST", f"{CHAT}/api/chat.postMessage", CHATH, J({"channel": "C0NURSE", "text": txt}), [["Olumide", "name"], ["Olu", "name"], [p.last, "name"],
        [p.dx(), "condition"], [p.dobs("usn"), "dob"], [p.phone("dash"), "phone"]], ["C0NURSE"], "redact")
    p = PATIENTS[23]
    url = f"{AN}/collect?" + qs([("en", "search"), ("q", f"winston abernathy iii dob {p.dob.year}"), ("page", "staff-search")])
    add(S, "GET", url, {}, "", [["winston abernathy iii", "name"]], ["staff-search"], "redact")
    p = PATIENTS[2]
    txt = f"Pt: van der Berg, P. -- DOB {p.dobs('dot')} -- tel {p.phone('spc')} -- addr {p.street}, {p.city} {p.zip}"
    add(S, "POST", f"{LLM}/v1/transcripts", TEXTH, txt, [["van der Berg", "name"], [p.dobs("dot"), "dob"], [p.phone("spc"), "phone"], [p.street, "address"], [p.zip, "zip"]],
        [], "redact")

    S = "kv_arrays"
    p = nextp()
    body = "name=first&value=" + quote(p.first) + "&name=last&value=" + quote(p.last) + "&name=dob&value=" + quote(p.dobs("us"), safe="") + "&name=ssn&value=" + p.ssn
    add(S, "POST", f"{AN}/f/submit", FORMH, body, NM(p) + [[p.dobs("us"), "dob"], [p.ssn, "ssn"]], [], "redact")
    p = nextp()
    body = {"pairs": [["tax_id", p.ssn.replace("-", "")], ["bdate", p.dobs("iso")], ["full_nm", p.full], ["src", "kiosk-3"]]}
    add(S, "POST", f"{BAA}/api/v4/kiosk", JSONH, J(body), [[p.ssn.replace("-", ""), "ssn"], [p.dobs("iso"), "dob"], [p.full, "name"]], ["kiosk-3"], "redact")
    p = nextp()
    flt = J([{"f": "lname", "op": "eq", "v": p.last}, {"f": "dob", "op": "eq", "v": p.dobs("us")}, {"f": "phone", "op": "eq", "v": p.phone("dot")}], compact=True)
    url = f"{BI}/v1/query?" + qs([("table", "visits"), ("filters", flt)])
    add(S, "GET", url, {}, "", [[p.last, "name"], [p.dobs("us"), "dob"], [p.phone("dot"), "phone"]], ["visits"], "redact")

    S = "id_formats"
    p = nextp()
    body = {"event": "coverage_verify", "properties": {"birthDate": p.dobs("isoz"), "postcode": p.zip4, "medicaid_no": f"9{digits(7)}{R.choice('ABCDEFGH')}"}}
    add(S, "POST", f"{AN}/v1/track", JSONH, J(body), [[p.dobs("isoz"), "dob"], [p.zip4, "zip"], [body["properties"]["medicaid_no"], "member_id"]],
        ["coverage_verify"], "redact")
    p = nextp()
    body = {"patient": {"name": p.full, "birthDate": p.dobs("iso"), "identifiers": [{"type": "MR", "value": p.mrn}, {"type": "SS", "value": p.ssn.replace("-", " ")}]}}
    add(S, "POST", f"{BAA}/api/v4/patients", JSONH, J(body), [[p.full, "name"], [p.dobs("iso"), "dob"], [p.mrn, "mrn"], [p.ssn.replace("-", " "), "ssn"]], [], "redact")

    S = "clean_tech"
    h = {"Content-Type": "application/json", "X-Build": "20260402.7", "X-Client-Version": "3.18.0", "X-Request-Id": uuid()}
    add(S, "POST", f"{AN}/v1/batch", h, J({"batch": [{"event": "tab_switch", "properties": {"tab": "billing"}}, {"event": "tab_switch", "properties": {"tab": "messages"}}]}),
        [], ["tab_switch", "billing"], "pass")
    url = f"{BI}/v1/report?" + qs([("from", "2026-01-01"), ("to", "2026-03-31"), ("group", "week"), ("metric", "visits"), ("sig", hexs(40))])
    add(S, "GET", url, {}, "", [], ["2026-01-01", "2026-03-31"], "pass")
    ids = [uuid() for _ in range(4)]
    add(S, "POST", f"{AN}/v1/track", JSONH, J({"event": "bulk_ack", "properties": {"ids": ids, "acked_at": "2026-04-02T17:02:44Z"}}), [], ids[:2], "pass")
    body = {"event": "geo_lookup", "properties": {"server": "geo-1.internal", "city": "Oakland", "lat": 37.81, "lon": -122.27, "source": "maxmind"}}
    add(S, "POST", f"{ERR}/api/4471/store/", ERRH, J({"message": "geo lookup slow", "extra": body["properties"]}), [], ["maxmind"], "pass")

    S = "clean_misc"
    csv = "date,slot_count,booked,open\n2026-04-13,64,58,6\n2026-04-14,64,61,3\n2026-04-15,48,40,8\n2026-04-16,64,64,0\n"
    add(S, "POST", f"{BI}/v1/import?sheet=capacity", CSVH, csv, [], ["2026-04-13", "slot_count"], "pass")
    body = {"holidays": [{"name": "Memorial Day", "date": "2026-05-25"}, {"name": "Juneteenth", "date": "2026-06-19"}, {"name": "Independence Day", "date": "2026-07-03"}]}
    add(S, "PUT", f"{CMS}/api/holidays", JSONH, J(body), [], ["2026-05-25", "Juneteenth"], "pass")
    body = {"text": f"Reminder from {staff(5, 'full')}: the cold-chain fridge log (unit SN-7Q4K-22918) needs a sign-off by 5pm. Temps 3.8-4.4 C all week."}
    add(S, "POST", f"{CHAT}/services/T0412/B77/x9", CHATH, J(body), [], [staff(5, "full"), "SN-7Q4K-22918"], "pass")


SCENARIOS = [json_keys, form_keys, foreign_keys, kv_arrays, free_text, value_formats, split_wrapped, allowed_only, clean, more]


def policy():
    return {"destinations": [
        {"name": "analytics", "hosts": ["collect.pulsemetrics.example", "px.adbeacon.example"], "allow": [], "on_violation": "redact"},
        {"name": "error-tracker", "hosts": ["*.ingest.bugtrail.example"], "allow": [], "on_violation": "block"},
        {"name": "ehr-baa-vendor", "hosts": ["api.chartbridge.example"], "allow": ["name", "dob", "mrn"], "on_violation": "redact"},
        {"name": "crm", "hosts": ["api.tendcrm.example"], "allow": ["name", "email", "phone"], "on_violation": "redact"},
        {"name": "mail-relay", "hosts": ["api.mailrelay.example"], "allow": ["name", "email"], "on_violation": "redact"},
        {"name": "team-chat", "hosts": ["hooks.chatwave.example"], "allow": [], "on_violation": "redact"},
        {"name": "transcription-llm", "hosts": ["api.voxscribe.example"], "allow": [], "on_violation": "redact"},
        {"name": "website-cms", "hosts": ["cms.sitecraft.example"], "allow": [], "on_violation": "redact"},
        {"name": "spreadsheets-bi", "hosts": ["api.sheetgrid.example"], "allow": [], "on_violation": "redact"},
        {"name": "lab-partner", "hosts": ["hl7.sunridge-labs.example"], "allow": ["all"], "on_violation": "block"}],
        "default_destination": "deny",
        "roster_columns": {"first": "name", "last": "name", "dob": "dob", "mrn": "mrn", "phone": "phone", "email": "email"}}


# ----------------------------------------------------------------------------- self-check (uses the harness's own views)
sys.path.insert(0, "/work/shared/eval")
try:
    from common import views as _h_views, present as _present, dest_of as _dest_of
except Exception:   # harness not available: fall back to a literal search
    _h_views = None
    def _present(v, text): return re.search(r"(?<![A-Za-z0-9])" + re.escape(v) + r"(?![A-Za-z0-9])", text, re.I) is not None
    def _dest_of(pol, host):
        return next((d for d in pol["destinations"] for h in d["hosts"] if h == host or (h.startswith("*.") and host.endswith(h[1:]))), None)


def _views(c):
    u = urlsplit(c["url"]); path = u.path + ("?" + u.query if u.query else "")
    body = base64.b64decode(c["body_b64"]) if "body_b64" in c else c["body"].encode()
    if _h_views:
        return _h_views({"path": path, "headers": c["headers"], "body": body})
    return "\n".join([path, "\n".join(f"{k}: {v}" for k, v in c["headers"].items()), body.decode("utf-8", "replace")])


def selfcheck():
    bad = 0; ids = set(); pol = policy()
    for c in CASES:
        assert c["id"] not in ids, c["id"]; ids.add(c["id"])
        try: c["url"].encode("ascii")
        except UnicodeEncodeError: print(f"selfcheck: {c['id']} url not ascii", file=sys.stderr); bad += 1
        for k, v in c["headers"].items():
            try: v.encode("latin-1")
            except UnicodeEncodeError: print(f"selfcheck: {c['id']} header {k} not latin-1", file=sys.stderr); bad += 1
        t = _views(c)
        for v, k in c["phi"]:
            if not _present(v, t): print(f"selfcheck: {c['id']} phi {k} {v!r} not found", file=sys.stderr); bad += 1
        for v in c["controls"]:
            if not _present(v, t): print(f"selfcheck: {c['id']} control {v!r} not found", file=sys.stderr); bad += 1
            for pv, _ in c["phi"]:
                if _present(pv, v) or _present(v, pv): print(f"selfcheck: {c['id']} control {v!r} overlaps phi {pv!r}", file=sys.stderr); bad += 1
        d = _dest_of(pol, urlsplit(c["url"]).hostname)
        if d is None and c["expect"] != "deny": print(f"selfcheck: {c['id']} host has no destination", file=sys.stderr); bad += 1
        if d is not None and c["expect"] == "deny": print(f"selfcheck: {c['id']} deny case but host matches {d['name']}", file=sys.stderr); bad += 1
        dis = [k for _, k in c["phi"]] if d is None else [k for _, k in c["phi"] if "all" not in d["allow"] and k not in d["allow"]]
        if c["expect"] == "redact" and not dis: print(f"selfcheck: {c['id']} redact case without disallowed PHI", file=sys.stderr); bad += 1
        if c["expect"] == "pass" and dis: print(f"selfcheck: {c['id']} pass case with disallowed PHI {dis}", file=sys.stderr); bad += 1
        if c["expect"] == "block" and d is not None and d["on_violation"] != "block": print(f"selfcheck: {c['id']} block at redact dest", file=sys.stderr); bad += 1
    return bad


def main():
    out = sys.argv[1]; os.makedirs(out, exist_ok=True)
    for f in SCENARIOS:
        f()
    bad = selfcheck()
    json.dump(policy(), open(os.path.join(out, "policy.json"), "w"), indent=1)
    with open(os.path.join(out, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in CASES: fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "roster.csv"), "w", encoding="utf-8") as fh:   # only every other patient: exact matching covers about half
        fh.write("first,last,dob,mrn,phone,email\n")
        for i, p in enumerate(PATIENTS):
            if i % 2: continue
            fh.write(f"{p.first},{p.last},{p.dob.isoformat()},{p.mrn},{p.phone('dash')},{p.email}\n")
    ex = {}
    for c in CASES: ex[c["expect"]] = ex.get(c["expect"], 0) + 1
    clean_n = sum(1 for c in CASES if not c["phi"] and c["expect"] == "pass")
    print(f"{len(CASES)} cases -> {out}  {ex}  clean={clean_n}" + (f"  SELF-CHECK PROBLEMS: {bad}" if bad else ""))


if __name__ == "__main__":
    main()
