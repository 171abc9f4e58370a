#!/usr/bin/env python3
"""probe15: outbound traffic of a small practice (Riverbend Primary Care & Recovery, Asheville NC)
in request formats none of the earlier probes (12-14) or the seed corpus were written against:
Vonage / Plivo SMS, Square payments, Braintree XML, Intercom Messenger pings (JSON inside form
fields), RFC 5424 syslog over HTTP (Papertrail / Mezmo), Elastic APM intake NDJSON, Amplitude /
PostHog, Braze / Iterable, Google Ads and TikTok conversion APIs, Floodlight ;-parameter paths,
Vertex AI / Bedrock / Azure OpenAI prompts, OpenAI Batch JSONL uploads, Kafka REST / Pub/Sub /
Kinesis, fixed-width statement and placement files, NCPDP SCRIPT and attribute-only XML,
multipart text / RTF / CSV file uploads, Dropbox and Box uploads (PHI in Dropbox-API-Arg),
Zoom meetings, Google Maps / Mapbox geocoding, Lob print mail (bracket keys), Jira ADF,
QuickBooks Online invoices, Birdeye / Podium review requests, LaunchDarkly / Statsig contexts,
Cloudinary uploads (pipe-separated context), look-alike and unknown hosts.

Format of the output: see /work/shared/eval/gen_example.py (policy.json, cases.jsonl, roster.csv).
Usage: probe15_gen.py OUT_DIR   (deterministic: seed 150015, gzip mtime=0)"""
import base64, gzip, hashlib, json, os, random, sys, unicodedata
from datetime import date, datetime, timedelta
from urllib.parse import quote

R = random.Random(150015)
SITE = "riverbendpc.com"
PORTAL = "portal.riverbendpc.com"
PRACTICE = "Riverbend Primary Care & Recovery"
PRACTICE_SHORT = "Riverbend Primary Care"
PRACTICE_ADDR = "410 Merrimon Ave"
PRACTICE_CITYLINE = "Asheville, NC 28801"
PRACTICE_PHONE = "(828) 253-0177"
PRACTICE_FAX = "828-253-0178"
PHARMACY = "Blue Ridge Compounding Pharmacy"
PHARMACY_ADDR = "1 Town Square Blvd"

# ----------------------------------------------------------------------------- people
NAMES = [  # (first, last); about half outside the 1990 US Census lists, several that are also words
    ("Loretta", "Pruitt"), ("Obinna", "Eze-Williams"), ("Crystal", "Ledford"), ("Quang", "Vũ"),
    ("Dale", "Honeycutt"), ("Ngaire", "Parata"), ("Wanda", "McCurry"), ("Saanvi", "Kulkarni"),
    ("Roger", "Shook"), ("Dagny", "Solberg"), ("Tammy", "Ammons"), ("Florin", "Ionescu"),
    ("Bobby", "Cagle"), ("Yesenia", "Ocampo Ruiz"), ("Harold", "Brookshire"), ("Amaru", "Condori"),
    ("Peggy", "Swicegood"), ("Tekle", "Gebremariam"), ("Darlene", "Rathbone"), ("Keoni", "Kahananui"),
    ("Misty", "Fender"), ("Anneke", "Verhoeven"), ("Earl", "Queen"), ("Zainab", "Al-Khatib"),
    ("Sherry", "Buckner"), ("Hamid", "Rezaei"), ("Rhiannon", "Ó Dálaigh"), ("Clyde", "Wyatt"),
    ("Nomvula", "Dlamini"), ("Kendra", "Ballew"), ("Tuyết", "Lâm"), ("Lonnie", "Rector"),
    ("Bjarni", "Þórsson"), ("Ruby", "Sluder"), ("Chayton", "Locklear"), ("Gail", "Messer"),
    ("Yaw", "Owusu-Ansah"), ("Vickie", "Reeves"), ("Dilnoza", "Yusupova"), ("Randall", "Teague"),
    ("Mahina", "Kaleikini"), ("Connie", "Worley"), ("Ignacy", "Brzęczyszczykiewicz"), ("Lavonne", "Jernigan"),
    ("Tavish", "MacAskill"), ("Glenda", "Hyatt"), ("Ekaterina", "Zaitseva"), ("Hope", "Buckner-Rice"),
]
INTL_PHONE = {"Ngaire": "+64 27 318 4402", "Florin": "+40 722 418 093", "Tekle": "+251 91 144 7820", "Bjarni": "+354 771 2093"}
AREAS = [828, 704, 980, 336, 919, 984, 252, 910, 743, 865, 423, 864]
STREETS = ["Reynolds Mountain Blvd", "Old Haywood Rd", "Sand Hill Rd", "Beaverdam Rd", "Lakeshore Dr", "Elk Mountain Scenic Hwy",
           "New Stock Rd", "Dogwood Rd", "Charlotte Hwy", "Bee Tree Rd", "Reems Creek Rd", "Bull Creek Rd", "Sardis Rd",
           "Pisgah Hwy", "Long Shoals Rd", "Sweeten Creek Rd", "Monticello Rd", "Ox Creek Rd", "Jeter Mountain Rd"]
CITIES = [("Weaverville", ["28787"]), ("Black Mountain", ["28711"]), ("Candler", ["28715"]), ("Arden", ["28704"]),
          ("Fairview", ["28730"]), ("Swannanoa", ["28778"]), ("Leicester", ["28748"]), ("Asheville", ["28804", "28806", "28803", "28805"]),
          ("Marshall", ["28753"]), ("Mars Hill", ["28754"])]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "charter.net", "bellsouth.net", "aol.com", "proton.me"]
CONDS = [  # icd10 (dotted), diagnosis text, a medication that implies it
    ("F11.20", "opioid use disorder", "Suboxone"), ("B20", "HIV", "Biktarvy"), ("Z21", "asymptomatic HIV infection", "Descovy"),
    ("F33.1", "major depressive disorder", "Trintellix"), ("F10.20", "alcohol use disorder", "Vivitrol"),
    ("F53.0", "postpartum depression", "Zurzuvae"), ("B18.2", "chronic hepatitis C", "Mavyret"), ("F31.9", "bipolar disorder", "lithium"),
    ("A53.9", "syphilis", "Bicillin L-A"), ("Z33.1", "pregnancy", "Diclegis"), ("C61", "prostate cancer", "Xtandi"),
    ("F20.9", "schizophrenia", "Invega Sustenna"), ("G40.909", "epilepsy", "Keppra"), ("F64.0", "gender dysphoria", "testosterone cypionate"),
    ("F42.2", "obsessive-compulsive disorder", "Luvox"), ("F90.0", "ADHD", "Vyvanse"), ("B18.1", "chronic hepatitis B", "Vemlidy"),
    ("E11.621", "diabetic foot ulcer", "Regranex"),
]
VISITS = ["follow-up", "new patient visit", "med check", "telehealth visit", "lab draw", "annual physical", "nurse visit", "consult"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PROVIDERS = [("Miriam", "Castellano", "MD"), ("Tobias", "Enright", "DO"), ("Leah", "Odom", "FNP"), ("Rajiv", "Menon", "MD")]
FOLD = {"Þ": "Th", "þ": "th", "ð": "d", "Ð": "D", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "æ": "ae"}


def ascii_fold(s):
    s = "".join(FOLD.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def luhn_check_digit(partial):
    tot = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def card_number(kind):
    if kind == "visa": p = "4" + "".join(str(R.randint(0, 9)) for _ in range(14))
    elif kind == "mc": p = "5" + str(R.randint(1, 5)) + "".join(str(R.randint(0, 9)) for _ in range(13))
    else: p = "6011" + "".join(str(R.randint(0, 9)) for _ in range(11))
    return p + luhn_check_digit(p)


def npi():
    base = str(R.randint(1, 2)) + "".join(str(R.randint(0, 9)) for _ in range(8))
    return base + luhn_check_digit("80840" + base)


PROV_NPI = {p[1]: npi() for p in PROVIDERS}


def prov(i=None, style="dr"):
    f, l, cred = PROVIDERS[R.randrange(4) if i is None else i % 4]
    return {"dr": (f"Dr. {f} {l}" if cred != "FNP" else f"{f} {l}, FNP"), "short": (f"Dr. {l}" if cred != "FNP" else f"{f} {l}, FNP"),
            "full": f"{f} {l}, {cred}"}[style]


def ssn(style=None):
    a = R.randint(1, 899)
    while a == 666: a = R.randint(1, 899)
    g, s = R.randint(1, 99), R.randint(1, 9999)
    style = style or R.choice(["dash", "dash", "plain", "space"])
    return {"dash": f"{a:03d}-{g:02d}-{s:04d}", "plain": f"{a:03d}{g:02d}{s:04d}", "space": f"{a:03d} {g:02d} {s:04d}"}[style]


def mbi_raw():
    L = "ACDEFGHJKMNPQRTUVWXY"; A = L + "0123456789"
    return "".join([str(R.randint(1, 9)), R.choice(L), R.choice(A), str(R.randint(0, 9)), R.choice(L), R.choice(A),
                    str(R.randint(0, 9)), R.choice(L), R.choice(L), str(R.randint(0, 9)), str(R.randint(0, 9))])


def member_id():
    k = R.randint(0, 4)
    if k == 0: return ("BCBSNC", "YPW" + str(R.randint(10**8, 10**9 - 1)))
    if k == 1: return ("Aetna", "W" + str(R.randint(10**8, 10**9 - 1)))
    if k == 2: return ("Cigna", "U" + str(R.randint(10**7, 10**8 - 1)) + "01")
    if k == 3: return ("NC Medicaid", str(R.randint(9 * 10**8, 10**9 - 1)) + R.choice("KLMNPRST"))
    return ("UnitedHealthcare", str(R.randint(9 * 10**8, 10**9 - 1)) + "-00")


def mrn():
    n = R.randint(10**5, 10**6 - 1)
    return R.choice([f"RB-00{n}", f"E{R.randint(10**6, 10**7 - 1)}", f"RBPC{n}", f"00{n}", f"RB{R.randint(10**6, 10**7 - 1)}"])


def uuid():
    h = "%032x" % R.getrandbits(128)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def digits(n):
    return str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(d, style):
    m, dd, y = d.month, d.day, d.year
    return {"iso": f"{y}-{m:02d}-{dd:02d}", "us": f"{m:02d}/{dd:02d}/{y}", "usn": f"{m}/{dd}/{y}", "us2": f"{m}/{dd}/{y % 100:02d}",
            "long": f"{MONTHS[m - 1]} {dd}, {y}", "ordinal": f"{MONTHS[m - 1]} {ordinal(dd)}, {y}", "dots2": f"{m}.{dd}.{y % 100:02d}",
            "isoz": f"{y}-{m:02d}-{dd:02d}T00:00:00Z", "isoms": f"{y}-{m:02d}-{dd:02d}T00:00:00.000Z", "dmon": f"{dd:02d}-{MONTHS[m - 1][:3]}-{y}",
            "monsp": f"{MONTHS[m - 1][:3]} {dd} {y}", "compact": f"{y}{m:02d}{dd:02d}", "mdy8": f"{m:02d}{dd:02d}{y}",
            "usdash": f"{m:02d}-{dd:02d}-{y}", "eu": f"{dd:02d}.{m:02d}.{y}", "iterable": f"{y}-{m:02d}-{dd:02d} 00:00:00 +00:00"}[style]


FREE_DOB = ["ordinal", "dots2", "us2", "long", "dmon", "monsp", "us", "usn", "iso"]


class P:
    """One synthetic patient."""
    def __init__(self, first, last):
        self.first, self.last = first, last
        self.full = f"{first} {last}"
        self.af, self.al = ascii_fold(first), ascii_fold(last)
        self.afull = f"{self.af} {self.al}"
        self.dob = date(1932, 1, 1) + timedelta(days=R.randint(0, 27500))
        self.mrn = mrn()
        self.area = R.choice(AREAS[:4] + [828, 828, 828])
        self.exch = R.choice([x for x in range(201, 990) if x % 100 != 11 and x != 555 and x != 253])
        self.line = R.randint(1000, 9999)
        self.intl = INTL_PHONE.get(first)
        loc = "".join(ch for ch in (self.af + "." + self.al).lower() if ch.isalnum() or ch == ".")
        loc = [loc, loc.replace(".", ""), self.af.lower()[0] + "".join(c for c in self.al.lower() if c.isalnum()),
               f"{self.af.lower()}{R.randint(10, 99)}", R.choice(["mtnmama", "wncfan", "blueridge", "riverrat", "hikerdad", "smokymtn"]) + str(R.randint(1, 999))][R.randint(0, 4)]
        self.email = f"{loc}@{R.choice(EMAIL_DOMAINS)}"
        self.ssn = ssn()
        city, zips = R.choice(CITIES)
        self.city, self.zip = city, R.choice(zips)
        self.plus4 = f"{R.randint(1000, 9999)}"
        self.zip4 = f"{self.zip}-{self.plus4}"
        self.street = f"{R.randint(2, 4999)} {R.choice(STREETS)}"
        self.unit = R.choice(["", "", "", f"Apt {R.randint(1, 24)}{R.choice('ABCD')}", f"Unit {R.randint(100, 420)}", f"Lot {R.randint(2, 60)}"])
        self.payer, self.mbr = member_id()
        self.mbi = mbi_raw()
        self.cond = R.choice(CONDS)
        self.visit = R.choice(VISITS)
        d0 = date(2026, 3, 2) + timedelta(days=R.randint(0, 90))
        while d0.weekday() > 4: d0 += timedelta(days=1)
        self.appt = datetime(d0.year, d0.month, d0.day, R.randint(8, 16), R.choice([0, 20, 40]))
        self.card = card_number(R.choice(["visa", "mc", "disc"]))
        self.ip = f"{R.choice([174, 24, 66, 75, 98, 107])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"

    def addr1(self):
        return f"{self.street} {self.unit}".strip()

    def phone(self, style=None):
        if self.intl:
            return self.intl if style not in ("digits", "bare", "e164") else "+" * (style == "e164") + self.intl.replace(" ", "").lstrip("+")
        a, e, l = self.area, self.exch, self.line
        style = style or R.choice(["paren", "dash", "dot", "e164", "intl", "one", "pspace", "intldash"])
        return {"paren": f"({a}) {e}-{l}", "dash": f"{a}-{e}-{l}", "dot": f"{a}.{e}.{l}", "e164": f"+1{a}{e}{l}",
                "intl": f"+1 {a} {e} {l}", "bare": f"{a}{e}{l}", "one": f"1-{a}-{e}-{l}", "pspace": f"+1 ({a}) {e}-{l}",
                "intldash": f"+1-{a}-{e}-{l}", "digits": f"1{a}{e}{l}"}[style]

    def dobs(self, style="iso"):
        return fmt_date(self.dob, style)

    def appt_date(self, style="iso"):
        return fmt_date(self.appt.date(), style)

    def appt_md(self):
        return f"{self.appt.month}/{self.appt.day}"

    def appt_time(self):
        h = self.appt.hour
        return f"{(h - 1) % 12 + 1}:{self.appt.minute:02d} {'AM' if h < 12 else 'PM'}"

    def appt_local(self):
        return self.appt.strftime("%Y-%m-%dT%H:%M:%S")

    def appt_offset(self):
        off = "-04:00" if self.appt.month >= 3 and (self.appt.month > 3 or self.appt.day >= 8) else "-05:00"
        return self.appt.strftime("%Y-%m-%dT%H:%M:%S") + off

    def appt_long(self):
        d = self.appt
        return f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"

    def age(self):
        return 2026 - self.dob.year - ((3, 1) < (self.dob.month, self.dob.day))


PATIENTS = [P(f, l) for f, l in NAMES]
for p in PATIENTS[4::12]:   # a few patients over 89
    p.dob = date(R.randint(1928, 1935), R.randint(1, 12), R.randint(1, 28))
_order = list(range(len(PATIENTS)))
_pos = [0]


def nextp():
    if _pos[0] % len(_order) == 0: R.shuffle(_order)
    p = PATIENTS[_order[_pos[0] % len(_order)]]; _pos[0] += 1
    return p


def med_of(p):
    """The medication of p's condition (each one names a drug that implies its diagnosis)."""
    return p.cond[2]


# ----------------------------------------------------------------------------- case plumbing
CASES, COUNT = [], {}


def add(scn, method, url, headers, body, phi, controls, expect, gz=False, raw=None):
    COUNT[scn] = COUNT.get(scn, 0) + 1
    headers = dict(headers)
    c = {"id": f"{scn}-{COUNT[scn]:02d}", "scenario": scn, "method": method, "url": url, "headers": headers}
    if raw is not None:
        c["body_b64"] = base64.b64encode(raw).decode()
    elif gz:
        headers["Content-Encoding"] = "gzip"
        c["body_b64"] = base64.b64encode(gzip.compress(body.encode("utf-8"), 9, mtime=0)).decode()
    else:
        c["body"] = body
    seen, out = set(), []
    for v, k in phi:
        if (v, k) not in seen: seen.add((v, k)); out.append([v, k])
    c["phi"] = out; c["controls"] = list(dict.fromkeys(controls)); c["expect"] = expect
    CASES.append(c)


def J(o, ascii_=False, compact=False):
    return json.dumps(o, ensure_ascii=ascii_, separators=(",", ":") if compact else None)


def qs(pairs):
    return "&".join(f"{quote(k, safe='[]')}={quote(str(v), safe='')}" for k, v in pairs)


def qsp(pairs):  # form encoding with '+' for spaces, as browsers and most SDKs send it
    return "&".join(f"{quote(k, safe='[]')}={quote(str(v), safe=' ').replace(' ', '+')}" for k, v in pairs)


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode()


def b64url(s):
    return base64.urlsafe_b64encode(s.encode("utf-8")).decode().rstrip("=")


def sha(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def ts(i=0):
    return (datetime(2026, 3, 10, 13, 5, 11) + timedelta(minutes=41 * i + R.randint(0, 30))).strftime("%Y-%m-%dT%H:%M:%S.") + f"{R.randint(0, 999):03d}Z"


def epoch_ms(i=0):
    return 1773148000000 + i * 2460000 + R.randint(0, 999999)


def order_no():
    return f"RBPC-2026{R.randint(3, 5):02d}{R.randint(1, 28):02d}-{R.randint(100, 9999):04d}"


def ups():
    return "1Z" + alnum(6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + "03" + digits(8)


JSONH = {"Content-Type": "application/json"}
FORMH = {"Content-Type": "application/x-www-form-urlencoded"}
UA = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"


# ----------------------------------------------------------------------------- 1. Vonage / Plivo SMS (partial: name, phone, date)
def sms():
    S = "sms_vonage_plivo"
    key, secret = hexs(8), alnum(16)
    vh = "http://rest.nexmo.com/sms/json"
    # reminders: only name, phone and date: must arrive untouched
    for i in range(2):
        p = nextp(); to = p.phone("digits")
        text = f"Hi {p.first}, this is {PRACTICE_SHORT} reminding you of your appointment on {p.appt_long()} at {p.appt_time()} at {PRACTICE_ADDR}. Reply C to confirm or call {PRACTICE_PHONE}."
        body = qsp([("api_key", key), ("api_secret", secret), ("from", "RiverbendPC"), ("to", to), ("text", text), ("client-ref", f"rem-{hexs(10)}")])
        add(S, "POST", vh, FORMH, body, [[to, "phone"], [p.first, "name"], [p.appt_long(), "date"]], [], "pass")
    # the text names the condition or the chart number
    for i in range(3):
        p = nextp(); to = p.phone("digits"); icd, dx, med = p.cond
        cref = f"{p.mrn}/{p.appt_date('iso')}"
        if i == 0:
            text = f"{p.first}, your {med_of(p)} refill is ready for pickup at {PHARMACY}, {PHARMACY_ADDR}. Questions? {PRACTICE_PHONE}"
            labs = [[med_of(p), "condition"]]
        elif i == 1:
            text = f"Riverbend: {p.first} {p.last}, lab results from your {dx} follow-up on {p.appt_md()} are in the portal. Ref {p.mrn}."
            labs = [[dx, "condition"], [p.mrn, "mrn"], [p.appt_md(), "date"], [p.last, "name"]]
        else:
            text = f"{p.first}: reminder {p.appt_md()} {p.appt_time()}: bring your {p.payer} card (ID {p.mbr}) and photo ID. -Riverbend"
            labs = [[p.mbr, "member_id"], [p.appt_md(), "date"]]
        body = qsp([("api_key", key), ("api_secret", secret), ("from", "18282530177"), ("to", to), ("text", text), ("client-ref", cref), ("type", "unicode")])
        add(S, "POST", vh, FORMH, body, labs + [[to, "phone"], [p.first, "name"], [p.mrn, "mrn"], [p.appt_date("iso"), "date"]],
            ["18282530177"] + ([PRACTICE_PHONE, PHARMACY] if i == 0 else []), "redact")
    # Plivo: several recipients joined with '<', one text for all
    acct = "MA" + alnum(18, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    ph = {"Content-Type": "application/json", "Authorization": "Basic " + b64(acct + ":" + alnum(40))}
    ps = [nextp() for _ in range(3)]
    dst = "<".join(q.phone("e164") for q in ps)
    body = {"src": "+18282530177", "dst": dst, "text": f"{PRACTICE_SHORT}: the Merrimon Ave office opens at 10 AM Thursday for staff training. Call {PRACTICE_PHONE} with questions.",
            "url": f"https://hooks.{SITE}/plivo/status/{uuid()}", "method": "POST"}
    add(S, "POST", f"http://api.plivo.com/v1/Account/{acct}/Message/", ph, J(body), [[q.phone("e164"), "phone"] for q in ps], [], "pass")
    p = nextp(); q = nextp(); icd, dx, med = p.cond
    body = {"src": "RIVERBEND", "dst": f"{p.phone('e164')}<{q.phone('e164')}", "powerpack_uuid": uuid(),
            "text": f"Group reminder: {dx} support group moves to Room 2B Tue 6 PM. Members: {p.first} {p.last[0]}., {q.first} {q.last[0]}.",
            "log": True, "trackable": True}
    add(S, "POST", f"http://api.plivo.com/v1/Account/{acct}/Message/", ph, J(body),
        [[p.phone("e164"), "phone"], [q.phone("e164"), "phone"], [dx, "condition"], [p.first, "name"], [q.first, "name"]], ["Room 2B", "RIVERBEND"], "redact")
    # Vonage Messages API v1 (JSON), client_ref carries the chart number
    p = nextp(); to = p.phone("digits")
    body = {"message_type": "text", "channel": "sms", "to": to, "from": "18282530177",
            "text": f"Hello {p.first}! Your telehealth link for {p.appt_md()} is https://{PORTAL}/v/{alnum(8)}", "client_ref": f"{p.mrn}-tele"}
    add(S, "POST", "http://api.nexmo.com/v1/messages", {"Content-Type": "application/json", "Authorization": "Bearer " + alnum(60)}, J(body),
        [[to, "phone"], [p.first, "name"], [p.appt_md(), "date"], [p.mrn, "mrn"]], ["18282530177"], "redact")
    body = {"message_type": "text", "channel": "sms", "to": PATIENTS[7].phone("digits"), "from": "18282530177",
            "text": f"Your {PRACTICE_SHORT} portal code is {R.randint(100000, 999999)}. It expires in 10 minutes.", "client_ref": f"otp-{uuid()}"}
    add(S, "POST", "http://api.nexmo.com/v1/messages", {"Content-Type": "application/json", "Authorization": "Bearer " + alnum(60)}, J(body),
        [[PATIENTS[7].phone("digits"), "phone"]], [], "pass")


# ----------------------------------------------------------------------------- 2. Square (partial: name, email, phone, address, zip, card_number)
SQH = {"Content-Type": "application/json", "Square-Version": "2024-06-04"}


def square():
    S = "square_payments"; host = "http://connect.squareup.com"
    H = dict(SQH, Authorization="Bearer EAAA" + alnum(60))
    for i in range(6):
        p = nextp(); icd, dx, med = p.cond; idem = uuid()
        if i in (0, 3):
            bd = p.dobs(["us", "usn"][i % 2])
            body = {"idempotency_key": idem, "source_id": "cnon:" + alnum(24), "amount_money": {"amount": R.choice([2500, 4000, 4500, 7500]), "currency": "USD"},
                    "autocomplete": True, "location_id": "L" + alnum(12, "ABCDEFGHJKMNPQRSTVWXYZ0123456789"), "reference_id": p.mrn,
                    "buyer_email_address": p.email,
                    "note": f"Copay - {dx} follow-up ({icd}) - {p.full} DOB {bd}",
                    "billing_address": {"address_line_1": p.street, "address_line_2": p.unit or None, "locality": p.city,
                                        "administrative_district_level_1": "NC", "postal_code": p.zip4, "country": "US"}}
            labs = [[p.mrn, "mrn"], [p.email, "email"], [dx, "condition"], [icd, "icd10"], [p.full, "name"], [bd, "dob"],
                    [p.street, "address"], [p.zip4, "zip"], [p.city, "address"]]
            add(S, "POST", host + "/v2/payments", H, J(body), labs, [idem, body["source_id"], body["location_id"]], "redact", gz=(i == 3))
        elif i == 1:
            body = {"idempotency_key": idem, "given_name": p.first, "family_name": p.last, "email_address": p.email, "phone_number": p.phone("pspace"),
                    "birthday": p.dobs("iso"), "reference_id": p.mrn,
                    "note": f"Medicare MBI {p.mbi}; {dx} program. Do not send statements to work.",
                    "address": {"address_line_1": p.addr1(), "locality": p.city, "administrative_district_level_1": "NC", "postal_code": p.zip}}
            labs = [[p.first, "name"], [p.last, "name"], [p.email, "email"], [p.phone("pspace"), "phone"], [p.dobs("iso"), "dob"], [p.mrn, "mrn"],
                    [p.mbi, "mbi"], [dx, "condition"], [p.addr1(), "address"], [p.zip, "zip"], [p.city, "address"]]
            add(S, "POST", host + "/v2/customers", H, J(body), labs, [idem], "redact")
        elif i == 2:
            cust = alnum(26, "ABCDEFGHJKMNPQRSTVWXYZ0123456789")
            body = {"idempotency_key": idem, "order": {"location_id": "L" + alnum(12, "ABCDEFGHJKMNPQRSTVWXYZ0123456789"), "customer_id": cust, "reference_id": order_no(),
                    "line_items": [{"name": f"{med_of(p)} - 30 day supply (self-pay)", "quantity": "1", "base_price_money": {"amount": 18900, "currency": "USD"}},
                                   {"name": "Pill organizer, weekly", "quantity": "1", "catalog_object_id": "SKU-" + alnum(8, "ABCDEFGHJKMNPQRSTVWXYZ0123456789"),
                                    "base_price_money": {"amount": 499, "currency": "USD"}}],
                    "fulfillments": [{"type": "PICKUP", "state": "PROPOSED", "pickup_details": {"recipient": {"display_name": p.full, "phone_number": p.phone("dot")},
                                      "pickup_at": p.appt_offset(), "note": f"Pt DOB {p.dobs('dots2')} - verify ID"}}]}}
            labs = [[med_of(p), "condition"], [p.full, "name"], [p.phone("dot"), "phone"], [p.dobs("dots2"), "dob"], [p.appt_offset(), "date"]]
            add(S, "POST", host + "/v2/orders", H, J(body), labs, [cust, body["order"]["reference_id"], "Pill organizer, weekly"], "redact")
        elif i == 4:
            body = {"idempotency_key": idem, "invoice": {"location_id": "L" + alnum(12, "ABCDEFGHJKMNPQRSTVWXYZ0123456789"), "order_id": alnum(24),
                    "primary_recipient": {"customer_id": alnum(26, "ABCDEFGHJKMNPQRSTVWXYZ0123456789")},
                    "payment_requests": [{"request_type": "BALANCE", "due_date": "2026-04-30"}], "delivery_method": "EMAIL",
                    "title": f"Statement for {p.full}", "description": f"Services on {p.appt_date('long')}: {dx} visit, {p.visit}. Insurance {p.payer} #{p.mbr} denied.",
                    "invoice_number": f"RB-{R.randint(10000, 99999)}", "accepted_payment_methods": {"card": True, "bank_account": True}}}
            labs = [[p.full, "name"], [p.appt_date("long"), "date"], [dx, "condition"], [p.mbr, "member_id"]]
            add(S, "POST", host + "/v2/invoices", H, J(body), labs, [body["invoice"]["invoice_number"]], "redact")
        else:
            body = {"idempotency_key": idem, "card": {"cardholder_name": p.full, "billing_address": {"address_line_1": p.street, "postal_code": p.zip},
                    "customer_id": alnum(26, "ABCDEFGHJKMNPQRSTVWXYZ0123456789"), "reference_id": f"card-{hexs(8)}"}, "source_id": "cnon:" + alnum(24)}
            add(S, "POST", host + "/v2/cards", H, J(body), [[p.full, "name"], [p.street, "address"], [p.zip, "zip"]], [], "pass")
    # clean: catalog upsert, gift card payment, location with the practice address
    body = {"idempotency_key": uuid(), "object": {"type": "ITEM", "id": "#awv", "item_data": {"name": "Annual Wellness Visit (self-pay)", "variations": [
        {"type": "ITEM_VARIATION", "id": "#awv-std", "item_variation_data": {"sku": "RB-AWV-01", "pricing_type": "FIXED_PRICING", "price_money": {"amount": 17500, "currency": "USD"}}}]}}}
    add(S, "POST", host + "/v2/catalog/object", H, J(body), [], ["Annual Wellness Visit (self-pay)", "RB-AWV-01", "17500"], "pass")
    o = order_no()
    body = {"idempotency_key": uuid(), "source_id": "cnon:" + alnum(24), "amount_money": {"amount": 5000, "currency": "USD"},
            "reference_id": o, "note": f"Gift card purchase {o} - holiday promo", "statement_description_identifier": "RIVERBEND GC"}
    add(S, "POST", host + "/v2/payments", H, J(body), [], [o, "RIVERBEND GC"], "pass")
    body = {"location": {"name": f"{PRACTICE_SHORT} - Merrimon", "address": {"address_line_1": PRACTICE_ADDR, "locality": "Asheville",
            "administrative_district_level_1": "NC", "postal_code": "28801"}, "phone_number": PRACTICE_PHONE, "business_email": f"billing@{SITE}",
            "website_url": f"https://{SITE}", "description": "Primary care, recovery medicine and behavioral health. Walk-ins welcome 8-10 AM."}}
    add(S, "PUT", host + "/v2/locations/L" + alnum(12, "ABCDEFGHJKMNPQRSTVWXYZ0123456789"), H, J(body), [], [PRACTICE_ADDR, "28801", PRACTICE_PHONE], "pass")


# ----------------------------------------------------------------------------- 3. Braintree server XML (same payments policy)
def bt_xml(root, inner):
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<{root}>\n{inner}</{root}>\n'


def braintree():
    S = "braintree_xml"; mid = alnum(16, "abcdefghijklmnopqrstuvwxyz0123456789")
    H = {"Content-Type": "application/xml", "Accept": "application/xml", "X-ApiVersion": "6", "User-Agent": "Braintree PHP Library 6.17.0",
         "Authorization": "Basic " + b64(alnum(16) + ":" + alnum(32))}
    url = f"http://api.braintreegateway.com/merchants/{mid}"
    for i in range(4):
        p = nextp(); icd, dx, med = p.cond; oid = order_no()
        bd = p.dobs(["iso", "us", "mdy8", "dmon"][i])
        inner = (f'  <type>sale</type>\n  <amount>{R.choice(["45.00", "25.00", "120.00", "60.00"])}</amount>\n  <order-id>{oid}</order-id>\n'
                 f'  <payment-method-nonce>tokencc_{alnum(6).lower()}_{alnum(6).lower()}</payment-method-nonce>\n'
                 f'  <customer>\n    <first-name>{p.first}</first-name>\n    <last-name>{p.last}</last-name>\n    <email>{p.email}</email>\n    <phone>{p.phone("dot")}</phone>\n  </customer>\n'
                 f'  <billing>\n    <street-address>{p.street}</street-address>\n    <extended-address>{p.unit}</extended-address>\n    <locality>{p.city}</locality>\n'
                 f'    <region>NC</region>\n    <postal-code>{p.zip4}</postal-code>\n  </billing>\n'
                 f'  <custom-fields>\n    <patient-account>{p.mrn}</patient-account>\n    <visit-reason>{[dx, med_of(p), icd, dx][i]}</visit-reason>\n'
                 f'    <date-of-birth>{bd}</date-of-birth>\n  </custom-fields>\n'
                 f'  <descriptor>\n    <name>RIVERBEND*COPAY</name>\n    <phone>8282530177</phone>\n  </descriptor>\n  <options>\n    <submit-for-settlement>true</submit-for-settlement>\n  </options>\n')
        labs = [[p.first, "name"], [p.last, "name"], [p.email, "email"], [p.phone("dot"), "phone"], [p.street, "address"], [p.city, "address"], [p.zip4, "zip"],
                [p.mrn, "mrn"], [[dx, med_of(p), icd, dx][i], "icd10" if i == 2 else "condition"], [bd, "dob"]]
        add(S, "POST", url + "/transactions", H, bt_xml("transaction", inner), labs, [oid, "RIVERBEND*COPAY", "8282530177"], "redact", gz=(i == 1))
    # vaulting a card: only allowed categories
    p = nextp()
    inner = (f'  <first-name>{p.first}</first-name>\n  <last-name>{p.last}</last-name>\n  <email>{p.email}</email>\n  <credit-card>\n'
             f'    <number>{p.card}</number>\n    <expiration-date>0{R.randint(1, 9)}/{R.randint(27, 31)}</expiration-date>\n    <cardholder-name>{p.full}</cardholder-name>\n'
             f'    <billing-address>\n      <postal-code>{p.zip}</postal-code>\n    </billing-address>\n  </credit-card>\n')
    add(S, "POST", url + "/customers", H, bt_xml("customer", inner),
        [[p.first, "name"], [p.last, "name"], [p.email, "email"], [p.card, "card_number"], [p.full, "name"], [p.zip, "zip"]], [], "pass")
    # a customer update whose custom field is a Medicare number and an SSN
    p = nextp()
    inner = (f'  <custom-fields>\n    <guarantor-ssn>{p.ssn}</guarantor-ssn>\n    <medicare-mbi>{p.mbi}</medicare-mbi>\n  </custom-fields>\n'
             f'  <company>{PRACTICE_SHORT}</company>\n')
    add(S, "PUT", url + f"/customers/{digits(9)}", H, bt_xml("customer", inner), [[p.ssn, "ssn"], [p.mbi, "mbi"]], [PRACTICE_SHORT], "redact")
    # clean: a refund and a settlement search
    add(S, "POST", url + f"/transactions/{alnum(8).lower()}/refund", H, bt_xml("transaction", "  <amount>12.50</amount>\n  <order-id>RBPC-20260311-0219</order-id>\n"), [],
        ["12.50", "RBPC-20260311-0219"], "pass")
    inner = '  <settled-at>\n    <min type="datetime">2026-03-01T00:00:00Z</min>\n    <max type="datetime">2026-03-31T23:59:59Z</max>\n  </settled-at>\n  <status type="array">\n    <item>settled</item>\n  </status>\n'
    add(S, "POST", url + "/transactions/advanced_search_ids", H, bt_xml("search", inner), [], ["2026-03-01T00:00:00Z", "settled"], "pass")


# ----------------------------------------------------------------------------- 4. Intercom Messenger (JSON inside form fields)
def intercom():
    S = "intercom_messenger"; app = alnum(8, "abcdefghijklmnopqrstuvwxyz0123456789")
    url = "http://api-iam.intercom.io/messenger/web/ping"
    for i in range(4):
        p = nextp(); icd, dx, med = p.cond
        ud = {"email": p.email, "user_id": p.mrn, "name": p.full, "phone": p.phone("intl"),
              "custom_attributes": {"date_of_birth": p.dobs("isoz"), "insurance_plan": p.payer, "insurance_member_id": p.mbr, "care_program": dx}}
        labs = [[p.email, "email"], [p.mrn, "mrn"], [p.full, "name"], [p.phone("intl"), "phone"], [p.dobs("isoz"), "dob"], [p.mbr, "member_id"], [dx, "condition"]]
        if i % 2:
            del ud["custom_attributes"]["care_program"]; labs.pop()
        sess = uuid()
        pairs = [("app_id", app), ("v", "3"), ("g", hexs(40)), ("s", sess), ("r", f"https://{PORTAL}/messages"), ("platform", "web"),
                 ("installation_type", "js-snippet"), ("Idempotency-Key", hexs(16)), ("internal", "{}"), ("is_intersection_booted", "false"),
                 ("page_title", "Messages | Riverbend Patient Portal"), ("user_active_company_id", "undefined"), ("user_data", J(ud, compact=True)),
                 ("source", "apiUpdate"), ("sampling", "false"), ("referer", f"https://{PORTAL}/visits/{hexs(12)}")]
        add(S, "POST", url, FORMH, qs(pairs), labs, [sess, "Messages | Riverbend Patient Portal", app], "redact")
    # a conversation started in the messenger: blocks as JSON in a form field
    for i in range(2):
        p = nextp(); icd, dx, med = p.cond; bd = p.dobs(R.choice(["us2", "dots2", "ordinal"]))
        msg = [f"Hi, I'm {p.full}, DOB {bd}. I need to move my {dx} appointment on {p.appt_md()} - can someone call me at {p.phone('paren')}?",
               f"this is {p.first} {p.last} (chart {p.mrn}). my {med_of(p)} prior auth was denied by {p.payer}, member id {p.mbr}. what do i do"][i]
        blocks = [{"type": "paragraph", "text": msg}]
        ud = {"anonymous_id": uuid(), "email": p.email}
        pairs = [("app_id", app), ("v", "3"), ("g", hexs(40)), ("s", uuid()), ("r", f"https://{SITE}/contact"), ("platform", "web"),
                 ("user_data", J(ud, compact=True)), ("blocks", J(blocks, compact=True)), ("composer_suggestion_id", ""), ("Idempotency-Key", hexs(16))]
        labs = [[p.email, "email"]] + ([[p.full, "name"], [bd, "dob"], [dx, "condition"], [p.appt_md(), "date"], [p.phone("paren"), "phone"]] if i == 0 else
                                       [[p.first, "name"], [p.last, "name"], [p.mrn, "mrn"], [med_of(p), "condition"], [p.mbr, "member_id"]])
        add(S, "POST", "http://api-iam.intercom.io/messenger/web/conversations", FORMH, qs(pairs), labs, ["paragraph", "https://riverbendpc.com/contact"], "redact")
    # Intercom REST: a contact with custom attributes
    p = nextp()
    body = {"role": "user", "external_id": p.mrn, "email": p.email, "phone": p.phone("e164"), "name": p.full,
            "custom_attributes": {"dob": p.dobs("us"), "preferred_pharmacy": PHARMACY, "last_visit": p.appt_date("us")}, "unsubscribed_from_emails": False}
    add(S, "POST", "http://api.intercom.io/contacts", {"Content-Type": "application/json", "Authorization": "Bearer " + b64(alnum(40)), "Intercom-Version": "2.11"},
        J(body), [[p.mrn, "mrn"], [p.email, "email"], [p.phone("e164"), "phone"], [p.full, "name"], [p.dobs("us"), "dob"], [p.appt_date("us"), "date"]],
        [PHARMACY], "redact")
    # clean: anonymous visitor pings
    for pg, path in (("Insurance we accept | Riverbend", "/insurance"), ("Walk-in hours | Riverbend", "/locations/merrimon")):
        sess = uuid(); anon = uuid()
        pairs = [("app_id", app), ("v", "3"), ("g", hexs(40)), ("s", sess), ("r", f"https://{SITE}{path}"), ("platform", "web"),
                 ("Idempotency-Key", hexs(16)), ("page_title", pg), ("user_data", J({"anonymous_id": anon}, compact=True)), ("referer", f"https://www.google.com/")]
        add(S, "POST", url, FORMH, qs(pairs), [], [sess, anon, pg], "pass")


# ----------------------------------------------------------------------------- 5. RFC 5424 syslog over HTTP (Papertrail / Mezmo)
def syslog():
    S = "syslog_5424"
    PH = {"Content-Type": "text/plain", "Authorization": "Basic " + b64(":" + alnum(32))}
    def line(pri, t, host, app, pid, msgid, sd, msg):
        return f"<{pri}>1 {t} {host} {app} {pid} {msgid} {sd} {msg}"
    for i in range(4):
        p = nextp(); q = nextp(); icd, dx, med = p.cond
        rid = hexs(16)
        lines = [line(134, ts(i), "ehr-web-2", "riverbend-portal", R.randint(1000, 9999), "HTTP", f'[req@32473 id="{rid}" ms="{R.randint(5, 900)}"]',
                      f"GET /healthz 200 build=5.2.{i}")]
        if i == 0:
            sd = f'[patient@32473 mrn="{p.mrn}" dob="{p.dobs("iso")}" pt="{p.al}, {p.af}"]'
            lines.append(line(131, ts(i), "ehr-web-2", "scheduler", R.randint(1000, 9999), "APPT", sd, "reschedule failed: slot taken"))
            labs = [[p.mrn, "mrn"], [p.dobs("iso"), "dob"], [f"{p.al}, {p.af}", "name"]]
        elif i == 1:
            lines.append(line(132, ts(i), "sms-worker-1", "notifier", R.randint(1000, 9999), "-", "-",
                              f"SMS reminder bounced for {p.full} ({p.phone('intl')}) re: {dx} follow-up"))
            labs = [[p.full, "name"], [p.phone("intl"), "phone"], [dx, "condition"]]
        elif i == 2:
            sd = f'[claim@32473 member="{p.mbr}" icd="{icd}"][pt@32473 email="{p.email}"]'
            lines.append(line(131, ts(i), "billing-1", "claims", R.randint(1000, 9999), "X12", sd, f"837P rejected: subscriber DOB {p.dobs('mdy8')} mismatch"))
            labs = [[p.mbr, "member_id"], [icd, "icd10"], [p.email, "email"], [p.dobs("mdy8"), "dob"]]
        else:
            lines.append(line(133, ts(i), "fax-gw", "faxd", R.randint(1000, 9999), "FAX", f'[fax@32473 to="{PRACTICE_FAX}" pages="4"]',
                              f"referral for {q.first} {q.last} (SSN {q.ssn}, {q.street}, {q.city} NC {q.zip4}) delivered"))
            labs = [[q.first, "name"], [q.last, "name"], [q.ssn, "ssn"], [q.street, "address"], [q.zip4, "zip"], [q.city, "address"]]
        lines.append(line(134, ts(i), "ehr-web-2", "riverbend-portal", R.randint(1000, 9999), "JOB", "-", f"job reminders.dispatch done sent={R.randint(50, 300)} run={rid}"))
        add(S, "POST", "http://logs.collector.solarwinds.com/v1/log", PH, "\n".join(lines) + "\n", labs, [rid, "reminders.dispatch", f"build=5.2.{i}"], "redact")
    # Mezmo JSON ingest: lines with meta objects
    for i in range(3):
        p = nextp(); icd, dx, med = p.cond
        rid = uuid()
        lines = [{"timestamp": epoch_ms(i), "line": f"worker heartbeat ok version=3.8.{i} queue_depth={R.randint(0, 40)}", "app": "queue", "level": "INFO"}]
        if i == 0:
            lines.append({"timestamp": epoch_ms(i), "line": f"eligibility 271 returned inactive coverage for member {p.mbr}", "app": "eligibility", "level": "WARN",
                          "meta": {"patient": {"name": p.full, "dob": p.dobs("us")}, "payer": p.payer, "request_id": rid}})
            labs = [[p.mbr, "member_id"], [p.full, "name"], [p.dobs("us"), "dob"]]
        elif i == 1:
            lines.append({"timestamp": epoch_ms(i), "line": f"PDMP check flagged {p.last}, {p.first}: early refill of {med_of(p)} (Rx by {prov(0, 'short')})", "app": "rx",
                          "level": "ERROR", "meta": {"mrn": p.mrn, "request_id": rid}})
            labs = [[f"{p.last}, {p.first}", "name"], [med_of(p), "condition"], [p.mrn, "mrn"]]
        else:
            lines.append({"timestamp": epoch_ms(i), "line": f"address change: {p.addr1()}, {p.city}, NC {p.zip4}; new cell {p.phone('dash')}", "app": "portal",
                          "level": "INFO", "meta": {"user": p.email, "ip": p.ip, "request_id": rid}})
            labs = [[p.addr1(), "address"], [p.zip4, "zip"], [p.city, "address"], [p.phone("dash"), "phone"], [p.email, "email"], [p.ip, "ip_address"]]
        body = {"lines": lines}
        add(S, "POST", f"http://logs.mezmo.com/logs/ingest?hostname=ehr-app-{i}&tags=prod&now={epoch_ms(i)}",
            {"Content-Type": "application/json; charset=UTF-8", "apikey": hexs(32)}, J(body), labs, [rid, f"version=3.8.{i}"] + ([prov(0, "short")] if i == 1 else []),
            "redact", gz=(i == 2))
    # clean: build and infrastructure lines (hashes, IPs of the practice's servers, versions)
    lines = [f"<134>1 {ts(7)} db-2 postgres 2211 CKPT - checkpoint complete: wrote {R.randint(100, 9000)} buffers; lsn=4/{hexs(8).upper()}",
             f"<132>1 {ts(7)} lb-1 haproxy 88 - [conn@32473 src=\"10.20.3.14\" dst=\"10.20.1.5\"] backend portal/web-2 is DOWN, 1 active left",
             f"<134>1 {ts(7)} ci-runner deploy 4410 REL - deployed riverbend-portal 5.2.7 sha={hexs(40)} to prod in 41s"]
    add(S, "POST", "http://logs.collector.solarwinds.com/v1/log", PH, "\n".join(lines) + "\n", [], ["10.20.3.14", "riverbend-portal 5.2.7", "backend portal/web-2"], "pass")


# ----------------------------------------------------------------------------- 6. Elastic APM intake v2 (NDJSON; block)
def apm():
    S = "elastic_apm"; url = "http://riverbend-prod.apm.us-east-1.aws.cloud.es.io/intake/v2/events"
    H = {"Content-Type": "application/x-ndjson", "Authorization": "Bearer " + alnum(24)}
    meta = {"metadata": {"service": {"name": "portal-api", "version": "5.2.7", "environment": "production", "agent": {"name": "nodejs", "version": "4.5.0"},
                                     "runtime": {"name": "node", "version": "20.12.2"}}, "system": {"hostname": "ehr-web-2", "architecture": "x64"}}}
    for i in range(4):
        p = nextp(); icd, dx, med = p.cond; tid, txid = hexs(32), hexs(16)
        evs = [meta]
        if i == 0:
            evs.append({"transaction": {"id": txid, "trace_id": tid, "name": "GET /api/patients/:id", "type": "request", "duration": 182.4, "result": "HTTP 2xx",
                        "context": {"request": {"method": "GET", "url": {"full": f"https://{PORTAL}/api/patients/{p.mrn}?include=meds", "pathname": f"/api/patients/{p.mrn}"}},
                                    "user": {"id": p.mrn, "email": p.email, "username": p.full}, "tags": {"dx": icd}}, "span_count": {"started": 3}}})
            labs = [[p.mrn, "mrn"], [p.email, "email"], [p.full, "name"], [icd, "icd10"]]
        elif i == 1:
            evs.append({"span": {"id": hexs(16), "transaction_id": txid, "trace_id": tid, "parent_id": txid, "name": "SELECT patients", "type": "db", "subtype": "postgresql",
                        "duration": 12.1, "context": {"db": {"statement": f"SELECT * FROM patients WHERE last_name = '{p.last}' AND dob = '{p.dobs('iso')}' LIMIT 5", "type": "sql"}}}})
            labs = [[p.last, "name"], [p.dobs("iso"), "dob"]]
        elif i == 2:
            evs.append({"error": {"id": hexs(32), "trace_id": tid, "transaction_id": txid, "parent_id": txid, "culprit": "services/intake.js",
                        "exception": {"message": f"ValidationError: ssn {p.ssn} already linked to chart {p.mrn}", "type": "ValidationError", "handled": True},
                        "context": {"request": {"method": "POST", "url": {"full": f"https://{PORTAL}/api/intake"}, "body": {"firstName": p.first, "lastName": p.last, "phone": p.phone("dash")}}}}})
            labs = [[p.ssn, "ssn"], [p.mrn, "mrn"], [p.first, "name"], [p.last, "name"], [p.phone("dash"), "phone"]]
        else:
            evs.append({"transaction": {"id": txid, "trace_id": tid, "name": "POST /api/messages", "type": "request", "duration": 91.0, "result": "HTTP 2xx",
                        "context": {"custom": {"thread_subject": f"{dx} - question about {med_of(p)}", "patient_dob": p.dobs("dmon")}}}})
            labs = [[dx, "condition"], [med_of(p), "condition"], [p.dobs("dmon"), "dob"]]
        add(S, "POST", url, H, "\n".join(J(e, compact=True) for e in evs) + "\n", labs, [tid], "block", gz=(i == 3))
    for i in range(3):
        tid, txid = hexs(32), hexs(16)
        evs = [meta, {"transaction": {"id": txid, "trace_id": tid, "name": ["GET /api/slots", "POST /api/payments/webhook", "GET /api/locations"][i], "type": "request",
                      "duration": round(R.uniform(5, 400), 1), "result": "HTTP 2xx", "context": {"request": {"method": "GET", "url": {"full": f"https://{PORTAL}/api/slots?clinic=merrimon&week=2026-W11"}},
                      "tags": {"order_id": order_no(), "release": "5.2.7"}}}},
               {"metricset": {"timestamp": epoch_ms(i) * 1000, "samples": {"system.cpu.total.norm.pct": {"value": round(R.random(), 3)}, "nodejs.eventloop.delay.avg.ms": {"value": 3.2}}}}]
        add(S, "POST", url, H, "\n".join(J(e, compact=True) for e in evs) + "\n", [], [tid], "block_if_disallowed")


# ----------------------------------------------------------------------------- 7. Amplitude / PostHog (redact)
def product_analytics():
    S = "amplitude_posthog"; akey = hexs(32)
    for i in range(2):
        p = nextp(); icd, dx, med = p.cond
        ident = [{"user_id": p.mrn, "device_id": uuid(), "user_properties": {"$set": {"first_name": p.first, "birthdate": p.dobs("isoz"), "zip": p.zip4,
                  "insurance": p.payer, "member_id": p.mbr, **({"program": dx} if i == 0 else {"age": p.age()})}, "$setOnce": {"signup_source": "portal"}}}]
        labs = [[p.mrn, "mrn"], [p.first, "name"], [p.dobs("isoz"), "dob"], [p.zip4, "zip"], [p.mbr, "member_id"]] + ([[dx, "condition"]] if i == 0 else [])
        add(S, "POST", "http://api2.amplitude.com/identify", FORMH, qs([("api_key", akey), ("identification", J(ident, compact=True))]), labs, [akey, "portal"], "redact")
    for i in range(2):
        p = nextp(); icd, dx, med = p.cond; dev = uuid(); ins = uuid()
        ev = {"user_id": p.email, "device_id": dev, "event_type": "Appointment Booked", "time": epoch_ms(i), "insert_id": ins,
              "event_properties": {"visit_reason": f"{dx} follow-up", "provider": prov(i), "slot": p.appt_offset(), "clinic": "Merrimon Ave"},
              "user_properties": {"phone": p.phone("one"), "dob_epoch_ms": int((datetime(p.dob.year, p.dob.month, p.dob.day) - datetime(1970, 1, 1)).total_seconds() * 1000)},
              "app_version": "5.2.7", "platform": "Web", "ip": p.ip}
        dobms = str(ev["user_properties"]["dob_epoch_ms"])
        body = {"api_key": akey, "events": [ev], "options": {"min_id_length": 1}}
        add(S, "POST", "http://api2.amplitude.com/2/httpapi", JSONH, J(body), [[p.email, "email"], [dx, "condition"], [p.appt_offset(), "date"], [p.phone("one"), "phone"],
            [dobms, "dob"], [p.ip, "ip_address"]], [dev, ins, "Appointment Booked", prov(i), "5.2.7"], "redact", gz=(i == 1))
    pk = "phc_" + alnum(43)
    for i in range(2):
        p = nextp(); icd, dx, med = p.cond; us = p.dobs("us")
        cur = f"https://{PORTAL}/intake?step=3&dob={quote(us, safe='')}&first={quote(p.first)}&reason={quote(dx)}"
        batch = [{"event": "$pageview", "distinct_id": p.email, "properties": {"$current_url": cur, "$host": PORTAL, "$pathname": "/intake", "$lib": "web", "$lib_version": "1.136.2",
                  "$session_id": uuid(), "$set": {"email": p.email, "name": p.full}}, "timestamp": ts(i)},
                 {"event": "$autocapture", "distinct_id": p.email, "properties": {"$event_type": "submit", "$elements_chain": f'form.intake-form:attr__id="intake";text="Next"',
                  "$el_text": f"{p.phone('dash')}"}, "timestamp": ts(i)}]
        add(S, "POST", "http://us.i.posthog.com/batch/", JSONH, J({"api_key": pk, "batch": batch}),
            [[p.email, "email"], [us, "dob"], [p.first, "name"], [dx, "condition"], [p.full, "name"], [p.phone("dash"), "phone"]], [pk, "$autocapture", "1.136.2"], "redact")
    # posthog-js /e/ beacon: base64 JSON in a data= form field
    p = nextp(); icd, dx, med = p.cond
    ev = {"event": "form_submitted", "properties": {"token": pk, "distinct_id": uuid(), "$current_url": f"https://{SITE}/new-patient", "form": "new-patient",
          "reason_for_visit": f"{dx} consult", "phone": p.phone("paren"), "preferred_name": p.first, "$lib": "web"}}
    add(S, "POST", f"http://us.i.posthog.com/e/?compression=base64&ver=1.136.2&_={epoch_ms()}", FORMH, "data=" + quote(b64(J(ev, compact=True)), safe=""),
        [[dx, "condition"], [p.phone("paren"), "phone"], [p.first, "name"]], ["form_submitted", "new-patient"], "redact")
    # clean
    ev = {"api_key": akey, "events": [{"device_id": uuid(), "event_type": "Pricing Viewed", "time": epoch_ms(5), "event_properties": {"plan": "Membership - Individual",
          "price": "89.00", "sku": "RB-MEM-IND"}, "app_version": "5.2.7", "insert_id": uuid()}]}
    add(S, "POST", "http://api2.amplitude.com/2/httpapi", JSONH, J(ev), [], ["Pricing Viewed", "RB-MEM-IND", "89.00"], "pass")
    batch = [{"event": "$feature_flag_called", "distinct_id": uuid(), "properties": {"$feature_flag": "new-booking-flow", "$feature_flag_response": "variant-b",
              "$current_url": f"https://{SITE}/locations/merrimon", "$lib_version": "1.136.2"}, "timestamp": ts(8)}]
    add(S, "POST", "http://us.i.posthog.com/batch/", JSONH, J({"api_key": pk, "batch": batch}), [], ["new-booking-flow", "variant-b"], "pass")


# ----------------------------------------------------------------------------- 8. Braze / Iterable (redact)
def braze_iterable():
    S = "braze_iterable"
    BH = {"Content-Type": "application/json", "Authorization": "Bearer " + uuid()}
    for i in range(3):
        p = nextp(); icd, dx, med = p.cond
        attrs = {"external_id": p.mrn, "first_name": p.first, "last_name": p.last, "email": p.email, "phone": p.phone("e164"), "dob": p.dobs("iso"),
                 "home_city": p.city, "country": "US", "insurance_member_id": p.mbr, "last_dx": icd}
        ev = {"external_id": p.mrn, "name": "appointment_completed", "time": p.appt_offset(), "properties": {"visit_type": f"{dx} {p.visit}", "provider": prov(i + 1)}}
        body = {"attributes": [attrs], "events": [ev]}
        labs = [[p.mrn, "mrn"], [p.first, "name"], [p.last, "name"], [p.email, "email"], [p.phone("e164"), "phone"], [p.dobs("iso"), "dob"], [p.city, "address"],
                [p.mbr, "member_id"], [icd, "icd10"], [p.appt_offset(), "date"], [dx, "condition"]]
        if i == 2:
            body["purchases"] = [{"external_id": p.mrn, "product_id": med_of(p), "currency": "USD", "price": 189.0, "time": ts(i)}]
            labs.append([med_of(p), "condition"])
        add(S, "POST", "http://rest.iad-01.braze.com/users/track", BH, J(body), labs, ["appointment_completed", prov(i + 1)], "redact", gz=(i == 1))
    p = nextp(); icd, dx, med = p.cond
    body = {"campaign_id": uuid(), "recipients": [{"external_user_id": p.mrn, "trigger_properties": {"first_name": p.first, "appt_date": p.appt_long(),
            "appt_time": p.appt_time(), "prep": f"Stop eating 8 hours before your {dx} procedure", "location": f"{PRACTICE_ADDR}, {PRACTICE_CITYLINE}"}}]}
    add(S, "POST", "http://rest.iad-01.braze.com/campaigns/trigger/send", BH, J(body), [[p.mrn, "mrn"], [p.first, "name"], [p.appt_long(), "date"], [dx, "condition"]],
        [PRACTICE_ADDR, PRACTICE_CITYLINE], "redact")
    IH = {"Content-Type": "application/json", "Api-Key": hexs(32)}
    for i in range(2):
        p = nextp(); icd, dx, med = p.cond
        body = {"email": p.email, "userId": p.mrn, "dataFields": {"firstName": p.first, "lastName": p.last, "phoneNumber": p.phone("intldash"), "birthday": p.dobs("iterable"),
                "zip": p.zip, "conditions": [dx, "hypertension"] if i == 0 else [dx], "pcp": prov(i, "full")}, "preferUserId": True, "mergeNestedObjects": True}
        add(S, "POST", "http://api.iterable.com/api/users/update", IH, J(body),
            [[p.email, "email"], [p.mrn, "mrn"], [p.first, "name"], [p.last, "name"], [p.phone("intldash"), "phone"], [p.dobs("iterable"), "dob"], [p.zip, "zip"],
             [dx, "condition"]] + ([["hypertension", "condition"]] if i == 0 else []), [prov(i, "full")], "redact")
    p = nextp(); q = nextp()
    body = {"events": [{"email": x.email, "eventName": "lab_result_ready", "createdAt": int(epoch_ms(j) / 1000), "dataFields": {"panel": "HIV-1/2 Ag/Ab" if j == 0 else "Hepatitis C Ab",
            "result_status": "final", "ordering": prov(j)}} for j, x in enumerate((p, q))]}
    add(S, "POST", "http://api.iterable.com/api/events/trackBulk", IH, J(body), [[p.email, "email"], [q.email, "email"]], ["lab_result_ready", prov(0), prov(1)], "redact")
    # clean
    body = {"campaign_id": uuid(), "broadcast": True, "trigger_properties": {"headline": "Flu shots now available", "location": f"{PRACTICE_ADDR}, {PRACTICE_CITYLINE}",
            "hours": "Mon-Fri 8-5", "promo_code": "FLU26"}}
    add(S, "POST", "http://rest.iad-01.braze.com/campaigns/trigger/send", BH, J(body), [], ["Flu shots now available", PRACTICE_ADDR, "FLU26"], "pass")
    body = {"documents": {"RB-MEM-IND": {"name": "Individual membership", "price": 89.0, "sku": "RB-MEM-IND"}, "RB-AWV-01": {"name": "Annual Wellness Visit", "price": 175.0}},
            "replaceUploadedFieldsOnly": True}
    add(S, "POST", "http://api.iterable.com/api/catalogs/services/items", IH, J(body), [], ["RB-MEM-IND", "Annual Wellness Visit"], "pass")


# ----------------------------------------------------------------------------- 9. Google Ads / TikTok conversion APIs (redact)
def ads_capi():
    S = "ads_conversions"; cid = digits(10)
    GH = {"Content-Type": "application/json", "Authorization": "Bearer ya29." + alnum(60), "developer-token": alnum(22), "login-customer-id": digits(10)}
    for i in range(3):
        p = nextp(); icd, dx, med = p.cond; gclid = "Cj0KCQjw" + alnum(60) + "_BwE"; oid = order_no()
        he, hp, hf, hl = sha(p.email.lower()), sha(p.phone("e164")), sha(p.af.lower()), sha(p.al.lower())
        conv = {"gclid": gclid, "conversionAction": f"customers/{cid}/conversionActions/{digits(10)}", "conversionDateTime": f"2026-03-0{2 + i} {R.randint(8, 21):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}-05:00",
                "conversionValue": 45.0, "currencyCode": "USD", "orderId": oid,
                "userIdentifiers": [{"hashedEmail": he}, {"hashedPhoneNumber": hp}, {"addressInfo": {"hashedFirstName": hf, "hashedLastName": hl, "city": p.city,
                                                                                                     "state": "NC", "countryCode": "US", "postalCode": p.zip}}]}
        labs = [[he, "hashed_identifier"], [hp, "hashed_identifier"], [hf, "hashed_identifier"], [hl, "hashed_identifier"], [p.city, "address"], [p.zip, "zip"]]
        if i == 1:
            conv["customVariables"] = [{"conversionCustomVariable": f"customers/{cid}/conversionCustomVariables/{digits(9)}", "value": f"{med_of(p)} induction"}]
            labs.append([med_of(p), "condition"])
        if i == 2:  # the developer forgot to hash the email
            conv["userIdentifiers"][0] = {"hashedEmail": p.email}
            labs[0] = [p.email, "email"]
        add(S, "POST", f"http://googleads.googleapis.com/v17/customers/{cid}:uploadClickConversions", GH, J({"conversions": [conv], "partialFailure": True}),
            labs, [gclid, oid], "redact")
    TH = {"Content-Type": "application/json", "Access-Token": hexs(40)}
    for i in range(3):
        p = nextp(); icd, dx, med = p.cond; ttclid = "E.C.P." + alnum(40)
        data = {"event": ["CompleteRegistration", "Schedule", "SubmitForm"][i], "event_time": 1773150000 + i * 911, "event_id": uuid(),
                "user": {"email": sha(p.email), "phone": sha(p.phone("e164")), "external_id": sha(p.mrn), "ip": p.ip, "user_agent": UA, "ttclid": ttclid},
                "page": {"url": f"https://{SITE}/book/thank-you?visit={quote(dx.lower().replace(' ', '-'))}&name={quote(p.full)}", "referrer": f"https://{SITE}/book"},
                "properties": {"content_name": f"{dx} consult", "currency": "USD", "value": 0}}
        labs = [[sha(p.email), "hashed_identifier"], [sha(p.phone("e164")), "hashed_identifier"], [sha(p.mrn), "hashed_identifier"], [p.ip, "ip_address"],
                [dx.lower().replace(" ", "-"), "condition"], [p.full, "name"], [dx, "condition"]]
        add(S, "POST", "http://business-api.tiktok.com/open_api/v1.3/event/track/", TH, J({"event_source": "web", "event_source_id": "C" + alnum(19, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
            "data": [data]}), labs, [ttclid, data["event_id"]], "redact")
    # clean: gclid + order only; TikTok page view without user data
    gclid = "Cj0KCQjw" + alnum(60) + "_BwE"; oid = order_no()
    conv = {"gclid": gclid, "conversionAction": f"customers/{cid}/conversionActions/{digits(10)}", "conversionDateTime": "2026-03-11 09:12:44-04:00",
            "conversionValue": 89.0, "currencyCode": "USD", "orderId": oid}
    add(S, "POST", f"http://googleads.googleapis.com/v17/customers/{cid}:uploadClickConversions", GH, J({"conversions": [conv], "partialFailure": True}), [],
        [gclid, oid, "2026-03-11 09:12:44-04:00"], "pass")
    data = {"event": "ViewContent", "event_time": 1773159000, "event_id": uuid(), "user": {"ttclid": "E.C.P." + alnum(40), "user_agent": UA},
            "page": {"url": f"https://{SITE}/services/annual-physical"}, "properties": {"content_name": "Annual physical", "content_id": "RB-AWV-01", "value": 175.0, "currency": "USD"}}
    add(S, "POST", "http://business-api.tiktok.com/open_api/v1.3/event/track/", TH, J({"event_source": "web", "event_source_id": "C" + alnum(19, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
        "data": [data]}), [], ["RB-AWV-01", "Annual physical"], "pass")


# ----------------------------------------------------------------------------- 10. Floodlight: ;-separated parameters in the path (redact)
def floodlight():
    S = "floodlight_path"; src = digits(7)
    for i in range(4):
        p = nextp(); icd, dx, med = p.cond; ordv = digits(10)
        if i == 0:
            params = [("src", src), ("type", "appts0"), ("cat", "bookd0"), ("u1", p.mrn), ("u2", quote(dx.lower().replace(" ", "-"))), ("u3", p.zip), ("ord", ordv)]
            labs = [[p.mrn, "mrn"], [dx.lower().replace(" ", "-"), "condition"], [p.zip, "zip"]]
        elif i == 1:
            params = [("src", src), ("type", "forms0"), ("cat", "intak0"), ("u4", quote(p.email, safe="")), ("u5", quote(p.dobs("us"), safe="")), ("ord", ordv), ("num", "1")]
            labs = [[p.email, "email"], [p.dobs("us"), "dob"]]
        elif i == 2:
            oref = f"https://{SITE}/book/confirm?email={quote(p.email, safe='')}&phone={quote(p.phone('dash'))}&first={quote(p.first)}"
            params = [("src", src), ("type", "appts0"), ("cat", "confi0"), ("ord", ordv), ("~oref", quote(oref, safe=""))]
            labs = [[p.email, "email"], [p.phone("dash"), "phone"], [p.first, "name"]]
        else:
            params = [("src", src), ("type", "rx0"), ("cat", "refil0"), ("u6", quote(med_of(p))), ("u7", quote(p.full)), ("ord", ordv), ("gdpr", ""), ("npa", "")]
            labs = [[med_of(p), "condition"], [p.full, "name"]]
        path = "/activityi;" + ";".join(f"{k}={v}" for k, v in params)   # the tag's trailing '?' dropped: the harness cannot match an empty query
        host = "http://ad.doubleclick.net" if i % 2 == 0 else f"http://{src}.fls.doubleclick.net"
        add(S, "GET", host + path, {"User-Agent": UA, "Referer": f"https://{SITE}/"}, "", labs, [ordv, src], "redact")
    for i in range(2):
        ordv = digits(10)
        path = f"/activity;src={src};type=pagev0;cat=home0;u8=spring-wellness;dc_lat=;dc_rdid=;tag_for_child_directed_treatment=;tfua=;ord={ordv}"
        add(S, "GET", "http://ad.doubleclick.net" + path, {"User-Agent": UA}, "", [], [ordv, "spring-wellness"], "pass")


# ----------------------------------------------------------------------------- 11. cloud LLM prompts: Vertex AI (redact), Bedrock (block), Azure OpenAI under BAA (pass)
def note(p, style):
    icd, dx, med = p.cond
    bd = p.dobs(style)
    txt = (f"{p.full} is a {p.age()}-year-old seen {p.appt_date('long')} for {dx} ({icd}). Born {bd}. MRN {p.mrn}. "
           f"Lives at {p.addr1()}, {p.city}, NC {p.zip4}; cell {p.phone('dot')}. {p.payer} member {p.mbr}. "
           f"Plan: continue {med_of(p)}, return in 4 weeks with {prov(2, 'dr')}.")
    labs = [[p.full, "name"], [p.appt_date("long"), "date"], [dx, "condition"], [icd, "icd10"], [bd, "dob"], [p.mrn, "mrn"], [p.addr1(), "address"], [p.city, "address"],
            [p.zip4, "zip"], [p.phone("dot"), "phone"], [p.mbr, "member_id"], [med_of(p), "condition"]]
    if p.age() >= 90: labs.append([f"{p.age()}-year-old", "age_over_89"])
    return txt, labs


def llm():
    S = "llm_cloud"
    vurl = "http://us-central1-aiplatform.googleapis.com/v1/projects/riverbend-ml/locations/us-central1/publishers/google/models/gemini-1.5-pro-002:generateContent"
    VH = {"Content-Type": "application/json", "Authorization": "Bearer ya29." + alnum(80)}
    for i in range(3):
        p = nextp(); txt, labs = note(p, ["ordinal", "dots2", "isoz"][i])
        body = {"contents": [{"role": "user", "parts": [{"text": "Draft a referral letter from this note:\n\n" + txt}]}],
                "systemInstruction": {"parts": [{"text": f"You are a clinical documentation assistant for {PRACTICE}. Sign letters as {prov(2, 'full')}."}]},
                "generationConfig": {"temperature": 0.2, "maxOutputTokens": 1024, "topP": 0.95}, "safetySettings": [{"category": "HARM_CATEGORY_DANGEROUS_CONTENT", "threshold": "BLOCK_ONLY_HIGH"}]}
        add(S, "POST", vurl, VH, J(body), labs, [prov(2, "full"), "HARM_CATEGORY_DANGEROUS_CONTENT"], "redact", gz=(i == 2))
    # embeddings of chart chunks
    p = nextp(); icd, dx, med = p.cond
    chunks = [f"Patient: {p.al.upper()}, {p.af.upper()}  DOB: {p.dobs('us')}  Acct: {p.mrn}", f"Assessment: {dx}. Started {med_of(p)} {p.appt_date('usn')}.",
              "Vitals: BP 128/82, HR 74, BMI 27.4"]
    body = {"instances": [{"content": c, "task_type": "RETRIEVAL_DOCUMENT"} for c in chunks]}
    add(S, "POST", vurl.replace("gemini-1.5-pro-002:generateContent", "text-embedding-004:predict"), VH, J(body),
        [[p.al.upper(), "name"], [p.af.upper(), "name"], [p.dobs("us"), "dob"], [p.mrn, "mrn"], [dx, "condition"], [med_of(p), "condition"], [p.appt_date("usn"), "date"]],
        ["BP 128/82", "RETRIEVAL_DOCUMENT"], "redact")
    # Gemini API key flavour: a patient message to be triaged
    p = nextp(); icd, dx, med = p.cond
    msg = f"From portal: 'hi its {p.first} {p.last}, dob {p.dobs('us2')}. ran out of my {med_of(p)} and feel awful. pls call {p.phone('paren')}'"
    body = {"contents": [{"parts": [{"text": "Classify urgency (routine/urgent/emergent) of this message. " + msg}]}], "generationConfig": {"responseMimeType": "application/json"}}
    add(S, "POST", f"http://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent?key=AIza{alnum(35)}", JSONH, J(body),
        [[p.first, "name"], [p.last, "name"], [p.dobs("us2"), "dob"], [med_of(p), "condition"], [p.phone("paren"), "phone"]], ["routine/urgent/emergent"], "redact")
    # Bedrock (dev account, no BAA): block
    BH = {"Content-Type": "application/json", "X-Amz-Date": "20260310T140511Z", "Authorization": f"AWS4-HMAC-SHA256 Credential=AKIA{alnum(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}/20260310/us-west-2/bedrock/aws4_request, SignedHeaders=host;x-amz-date, Signature={hexs(64)}"}
    for i in range(2):
        p = nextp(); txt, labs = note(p, ["monsp", "us"][i])
        if i == 0:
            body = {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 800, "system": "Summarize for the chart.", "messages": [{"role": "user", "content": [{"type": "text", "text": txt}]}]}
            u = "http://bedrock-runtime.us-west-2.amazonaws.com/model/anthropic.claude-3-5-sonnet-20240620-v1%3A0/invoke"
        else:
            body = {"messages": [{"role": "user", "content": [{"text": "Write ICD-10 codes for: " + txt}]}], "inferenceConfig": {"maxTokens": 400, "temperature": 0}}
            u = "http://bedrock-runtime.us-west-2.amazonaws.com/model/meta.llama3-1-70b-instruct-v1%3A0/converse"
        add(S, "POST", u, BH, J(body), labs, [], "block")
    body = {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 400, "messages": [{"role": "user", "content": [{"type": "text",
            "text": f"Rewrite for a 6th-grade reading level: Flu shots are available at our {PRACTICE_ADDR} office Monday through Friday, 8 AM to 5 PM. No appointment needed."}]}]}
    add(S, "POST", "http://bedrock-runtime.us-west-2.amazonaws.com/model/anthropic.claude-3-5-sonnet-20240620-v1%3A0/invoke", BH, J(body), [], [PRACTICE_ADDR], "pass")
    # Azure OpenAI under the practice's BAA: everything may go
    AH = {"Content-Type": "application/json", "api-key": hexs(32)}
    for i in range(2):
        p = nextp(); txt, labs = note(p, ["us", "long"][i])
        body = {"messages": [{"role": "system", "content": "You are a scribe. Produce a SOAP note."}, {"role": "user", "content": txt}], "temperature": 0.1, "max_tokens": 900}
        add(S, "POST", "http://riverbend-openai.openai.azure.com/openai/deployments/gpt-4o-notes/chat/completions?api-version=2024-06-01", AH, J(body), labs, [], "pass")
    body = {"contents": [{"role": "user", "parts": [{"text": f"Write a short welcome message for new patients of {PRACTICE} at {PRACTICE_ADDR}, {PRACTICE_CITYLINE}. Mention {prov(0)} and {prov(2)} are accepting new patients."}]}],
            "generationConfig": {"temperature": 0.7}}
    add(S, "POST", vurl, VH, J(body), [], [PRACTICE_ADDR, prov(0), prov(2)], "pass")


# ----------------------------------------------------------------------------- 12. OpenAI Batch API: a JSONL file inside multipart (redact)
def openai_batch():
    S = "openai_batch_jsonl"; OH = {"Authorization": "Bearer sk-proj-" + alnum(48)}
    for i in range(3):
        rows, labs = [], []
        for j in range(2 + i % 2):
            p = nextp(); txt, l = note(p, R.choice(FREE_DOB))
            rows.append({"custom_id": f"visit-{hexs(10)}", "method": "POST", "url": "/v1/chat/completions",
                         "body": {"model": "gpt-4o-mini", "messages": [{"role": "system", "content": "Write a patient-friendly after-visit summary."}, {"role": "user", "content": txt}],
                                  "max_tokens": 600}})
            labs += l
        if i == 2:  # embeddings endpoint, the input is the raw note
            for r_ in rows:
                r_["url"] = "/v1/embeddings"; r_["body"] = {"model": "text-embedding-3-small", "input": r_["body"]["messages"][1]["content"]}
        bnd = "----" + alnum(24)
        fname = f"avs_batch_2026-03-{10 + i}.jsonl"
        body = (f"--{bnd}\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n"
                f"--{bnd}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{fname}\"\r\nContent-Type: application/jsonl\r\n\r\n"
                + "\n".join(J(r_, compact=True) for r_ in rows) + f"\n\r\n--{bnd}--\r\n")
        add(S, "POST", "http://api.openai.com/v1/files", dict(OH, **{"Content-Type": f"multipart/form-data; boundary={bnd}"}), body, labs,
            [fname, rows[0]["custom_id"]], "redact")
    # a single-file upload of a transcript for fine-tuning
    p = nextp(); q = nextp(); icd, dx, med = p.cond
    rows = [{"messages": [{"role": "user", "content": f"Can you refill my {med_of(p)}? This is {p.full}, birthday {p.dobs('ordinal')}."},
                          {"role": "assistant", "content": f"Thanks {p.first}. I've sent the request to {prov(1)}."}]},
            {"messages": [{"role": "user", "content": f"I moved to {q.addr1()}, {q.city} {q.zip}. - {q.full}"}, {"role": "assistant", "content": "Updated, thank you!"}]}]
    bnd = "----" + alnum(24)
    body = (f"--{bnd}\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nfine-tune\r\n--{bnd}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"portal_chat.jsonl\"\r\n"
            f"Content-Type: application/octet-stream\r\n\r\n" + "\n".join(J(r_, compact=True) for r_ in rows) + f"\n\r\n--{bnd}--\r\n")
    add(S, "POST", "http://api.openai.com/v1/files", dict(OH, **{"Content-Type": f"multipart/form-data; boundary={bnd}"}), body,
        [[med_of(p), "condition"], [p.full, "name"], [p.dobs("ordinal"), "dob"], [p.first, "name"], [q.addr1(), "address"], [q.city, "address"], [q.zip, "zip"], [q.full, "name"]],
        [prov(1), "portal_chat.jsonl"], "redact")
    # clean: FAQ rewrite batch, and the batch creation call
    rows = [{"custom_id": f"faq-{k}", "method": "POST", "url": "/v1/chat/completions", "body": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": t}]}}
            for k, t in enumerate(["Rewrite: Our Merrimon Ave office has free parking behind the building.", "Rewrite: We accept BCBSNC, Aetna, Cigna and NC Medicaid.",
                                    f"Rewrite: Call {PRACTICE_PHONE} for after-hours help."])]
    bnd = "----" + alnum(24)
    body = (f"--{bnd}\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n--{bnd}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"faq.jsonl\"\r\n"
            f"Content-Type: application/jsonl\r\n\r\n" + "\n".join(J(r_, compact=True) for r_ in rows) + f"\n\r\n--{bnd}--\r\n")
    add(S, "POST", "http://api.openai.com/v1/files", dict(OH, **{"Content-Type": f"multipart/form-data; boundary={bnd}"}), body, [], ["faq.jsonl", "faq-1"], "pass")
    body = {"input_file_id": "file-" + alnum(22), "endpoint": "/v1/chat/completions", "completion_window": "24h", "metadata": {"description": "nightly AVS run 2026-03-10"}}
    add(S, "POST", "http://api.openai.com/v1/batches", dict(OH, **JSONH), J(body), [], ["nightly AVS run 2026-03-10"], "pass")


# ----------------------------------------------------------------------------- 13. event streams: Confluent Kafka REST (redact), Pub/Sub and Kinesis with base64 data (block)
def streams():
    S = "event_streams"; ch = "http://pkc-41wq6.us-east-2.aws.confluent.cloud"
    KH = {"Content-Type": "application/json", "Authorization": "Basic " + b64(alnum(16) + ":" + alnum(64))}
    for i in range(2):
        p = nextp(); icd, dx, med = p.cond
        body = {"key": {"type": "STRING", "data": p.mrn}, "value": {"type": "JSON", "data": {"event": "visit.closed", "patient": {"name": p.full, "dob": p.dobs("compact"),
                "phone": p.phone("bare")}, "dx": [icd], "visit_date": p.appt_date("iso"), "clinic": "merrimon"}}, "headers": [{"name": "source", "value": b64("ehr")}]}
        add(S, "POST", ch + "/kafka/v3/clusters/lkc-8xq2m/topics/visits/records", KH, J(body),
            [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("compact"), "dob"], [p.phone("bare"), "phone"], [icd, "icd10"], [p.appt_date("iso"), "date"]], ["visit.closed", "merrimon"], "redact")
    recs, labs = [], []
    for j in range(3):
        p = nextp(); icd, dx, med = p.cond
        recs.append({"key": p.mrn, "value": {"type": "appointment.created", "slot": p.appt_local(), "patient_email": p.email, "reason": dx, "provider_npi": PROV_NPI["Odom"]}})
        labs += [[p.mrn, "mrn"], [p.appt_local(), "date"], [p.email, "email"], [dx, "condition"]]
    add(S, "POST", ch + "/topics/appointments", {"Content-Type": "application/vnd.kafka.json.v2+json", "Accept": "application/vnd.kafka.v2+json"}, J({"records": recs}),
        labs, ["appointment.created", PROV_NPI["Odom"]], "redact", gz=True)
    recs = [{"key": f"slot-{k}", "value": {"type": "slot.opened", "clinic": "merrimon", "start": f"2026-03-1{k}T09:00:00-04:00", "provider_npi": PROV_NPI["Menon"]}} for k in range(3)]
    add(S, "POST", ch + "/topics/slots", {"Content-Type": "application/vnd.kafka.json.v2+json"}, J({"records": recs}), [], ["slot.opened", "slot-1", PROV_NPI["Menon"]], "pass")
    # Pub/Sub and Kinesis: the payload is base64; the data lake has no BAA: block
    GH = {"Content-Type": "application/json", "Authorization": "Bearer ya29." + alnum(80)}
    for i in range(2):
        p = nextp(); icd, dx, med = p.cond
        data = {"event": "rx.sent", "mrn": p.mrn, "patient": p.full, "dob": p.dobs("iso"), "drug": med_of(p), "pharmacy": PHARMACY}
        msg = {"data": b64(J(data, compact=True)), "attributes": {"mrn": p.mrn, "event": "rx.sent"} if i == 0 else {"event": "rx.sent"}}
        add(S, "POST", "http://pubsub.googleapis.com/v1/projects/riverbend-data/topics/rx-events:publish", GH, J({"messages": [msg]}),
            [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("iso"), "dob"], [med_of(p), "condition"]], [], "block")
    msg = {"data": b64(J({"event": "slot.opened", "clinic": "merrimon", "start": "2026-03-12T09:00:00-04:00"}, compact=True)), "attributes": {"event": "slot.opened"}}
    add(S, "POST", "http://pubsub.googleapis.com/v1/projects/riverbend-data/topics/slot-events:publish", GH, J({"messages": [msg]}), [], ["slot.opened"], "pass")
    AH = {"Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": "Kinesis_20131202.PutRecords", "X-Amz-Date": "20260310T140511Z",
          "Authorization": f"AWS4-HMAC-SHA256 Credential=AKIA{alnum(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}/20260310/us-east-1/kinesis/aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, Signature={hexs(64)}"}
    recs, labs = [], []
    for j in range(2):
        p = nextp()
        recs.append({"Data": b64(f"{p.mrn}|{p.al.upper()}^{p.af.upper()}|{p.dobs('compact')}|{p.ssn}\n"), "PartitionKey": p.mrn})
        labs += [[p.mrn, "mrn"], [p.al.upper(), "name"], [p.af.upper(), "name"], [p.dobs("compact"), "dob"], [p.ssn, "ssn"]]
    add(S, "POST", "http://kinesis.us-east-1.amazonaws.com/", AH, J({"StreamName": "adt-feed", "Records": recs}), labs, [], "block")
    add(S, "POST", "http://kinesis.us-east-1.amazonaws.com/", AH, J({"StreamName": "web-metrics", "Records": [{"Data": b64("cpu=0.41 mem=0.63 host=web-2\n"), "PartitionKey": "web-2"}]}),
        [], ["web-metrics"], "pass")


# ----------------------------------------------------------------------------- 14. fixed-width files (S3 under BAA: pass; collections: partial; mailing house: redact)
def fw(fields):
    """One fixed-width record; every field is followed by a one-column FILLER, as in most statement layouts."""
    return "".join((str(v)[:w].ljust(w) if not isinstance(v, int) else str(v).rjust(w, "0")) + " " for v, w in fields).rstrip()


def cut(v, w):
    return str(v)[:w].rstrip()


def fixed_width():
    S = "fixed_width_export"
    # statement file to the practice's own S3 bucket (BAA): untouched
    rows, labs = [fw([("H", 1), ("RIVERBEND PRIMARY CARE", 30), ("20260310", 8), ("STMT", 4)])], []
    for j in range(4):
        p = nextp(); icd, dx, med = p.cond
        f = [("D", 1), (p.mrn, 12), (p.al.upper(), 20), (p.af.upper(), 15), (p.dobs("mdy8"), 8), (p.ssn.replace("-", "").replace(" ", ""), 9),
             (ascii_fold(p.addr1()).upper(), 36), (p.city.upper(), 18), ("NC", 2), (p.zip + p.plus4, 9), (p.phone("bare"), 10),
             (R.randint(1000, 99999), 9), (p.appt_date("mdy8"), 8), (icd.replace(".", ""), 7)]
        rows.append(fw(f))
        labs += [[cut(v, w), k] for (v, w), k in zip(f, [None, "mrn", "name", "name", "dob", "ssn", "address", "address", None, "zip", "phone", None, "date", "icd10"]) if k]
    rows.append(fw([("T", 1), (4, 6)]))
    s3h = {"Content-Type": "text/plain", "x-amz-content-sha256": "UNSIGNED-PAYLOAD", "x-amz-date": "20260310T220000Z",
           "Authorization": f"AWS4-HMAC-SHA256 Credential=AKIA{alnum(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}/20260310/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature={hexs(64)}"}
    add(S, "PUT", "http://riverbend-ehr-exports.s3.us-east-1.amazonaws.com/statements/2026-03/stmt_20260310.txt", s3h, "\r\n".join(rows) + "\r\n", labs, [], "pass")
    # placement file to the collection agency: identity, contact and balance may go; diagnoses may not
    for k in range(3):
        rows, labs, ctl = [fw([("HDR", 3), ("RIVERBEND", 12), ("BRCOLL", 8), (f"2026031{k}", 8), (f"PLC{R.randint(1000, 9999)}", 10)])], [], []
        for j in range(2 + k % 2):
            p = nextp(); icd, dx, med = p.cond; bal = f"{R.randint(80, 2400)}.{R.randint(0, 99):02d}"
            svc = ascii_fold(f"{dx} {p.visit}").upper()
            f = [("DTL", 3), (p.mrn, 12), (ascii_fold(p.last).upper(), 22), (ascii_fold(p.first).upper(), 14), (p.dobs("mdy8"), 8), (p.ssn.replace("-", "").replace(" ", ""), 9),
                 (ascii_fold(p.street).upper(), 30), (p.city.upper(), 16), ("NC", 2), (p.zip, 5), (p.phone("bare"), 10), (bal.rjust(10), 10),
                 (p.appt_date("mdy8"), 8), (svc, 48), (icd.replace(".", "") if k != 1 else "", 7)]
            rows.append(fw(f))
            labs += [[cut(v, w), c] for (v, w), c in zip(f, [None, "mrn", "name", "name", "dob", "ssn", "address", "address", None, "zip", "phone", None, "date", None,
                                                               "icd10" if k != 1 else None]) if c]
            labs.append([dx.upper(), "condition"])
            ctl.append(bal)
        rows.append(fw([("TRL", 3), (len(rows) - 1, 6)]))
        add(S, "POST", f"http://sftp-gw.blueridgecollections.com/upload/riverbend/placements_2026031{k}.dat", {"Content-Type": "application/octet-stream", "X-Api-Key": hexs(32)},
            "\n".join(rows) + "\n", labs, ctl, "redact", gz=(k == 2))
    # clean: remittance summary to the agency
    rows = [fw([("HDR", 3), ("RIVERBEND", 12), ("BRCOLL", 8), ("20260314", 8), ("REM0412", 10)])]
    ctl = []
    for j in range(3):
        b = f"BATCH{digits(6)}"; amt = f"{R.randint(100, 9000)}.{R.randint(0, 99):02d}"; chk = digits(10)
        rows.append(fw([("SUM", 3), (b, 12), (amt.rjust(12), 12), (chk, 10), ("ACH", 4)])); ctl += [b, chk]
    add(S, "POST", "http://sftp-gw.blueridgecollections.com/upload/riverbend/remit_20260314.dat", {"Content-Type": "application/octet-stream", "X-Api-Key": hexs(32)},
        "\n".join(rows) + "\n", [], ctl, "pass")


# ----------------------------------------------------------------------------- 15. NCPDP SCRIPT (e-Rx under BAA) and attribute-only XML (price check, redact)
def script_xml():
    S = "ncpdp_xml"
    for i in range(2):
        p = nextp(); icd, dx, med = p.cond; mid = hexs(32)
        x = (f'<?xml version="1.0" encoding="UTF-8"?>\n<Message xmlns="http://www.ncpdp.org/schema/SCRIPT" DatatypesVersion="20170715" TransportVersion="20170715">\n'
             f'<Header><To Qualifier="P">{digits(10)}</To><From Qualifier="C">{digits(10)}</From><MessageID>{mid}</MessageID><SentTime>{ts(i)}</SentTime></Header>\n'
             f'<Body><NewRx><Patient><HumanPatient><Name><LastName>{p.last}</LastName><FirstName>{p.first}</FirstName></Name><Gender>U</Gender>'
             f'<DateOfBirth><Date>{p.dobs("iso")}</Date></DateOfBirth><Address><AddressLine1>{p.street}</AddressLine1><City>{p.city}</City><StateProvince>NC</StateProvince>'
             f'<PostalCode>{p.zip}{p.plus4}</PostalCode><CountryCode>US</CountryCode></Address><CommunicationNumbers><PrimaryTelephone><Number>{p.phone("bare")}</Number></PrimaryTelephone>'
             f'</CommunicationNumbers></HumanPatient></Patient>\n<Prescriber><NonVeterinarian><Identification><NPI>{PROV_NPI["Castellano"]}</NPI></Identification>'
             f'<Name><LastName>Castellano</LastName><FirstName>Miriam</FirstName></Name></NonVeterinarian></Prescriber>\n'
             f'<MedicationPrescribed><DrugDescription>{med_of(p)}</DrugDescription><Quantity><Value>30</Value></Quantity><WrittenDate><Date>{p.appt_date("iso")}</Date></WrittenDate>'
             f'<Diagnosis><ClinicalInformationQualifier>1</ClinicalInformationQualifier><Primary><Code>{icd.replace(".", "")}</Code><Qualifier>ABF</Qualifier></Primary></Diagnosis>'
             f'</MedicationPrescribed></NewRx></Body>\n</Message>\n')
        add(S, "POST", "http://eprescribe.surescripts.net/script/v2017071/NewRx", {"Content-Type": "application/xml"}, x,
            [[p.last, "name"], [p.first, "name"], [p.dobs("iso"), "dob"], [p.street, "address"], [p.city, "address"], [p.zip + p.plus4, "zip"], [p.phone("bare"), "phone"],
             [med_of(p), "condition"], [p.appt_date("iso"), "date"], [icd.replace(".", ""), "icd10"]], [], "pass")
    GH = {"Content-Type": "application/xml", "X-Api-Key": hexs(32)}
    for i in range(4):
        p = nextp(); icd, dx, med = p.cond; ndc = digits(11); rid = uuid()
        bd = p.dobs(["iso", "us", "compact", "iso"][i])
        if i < 2:
            x = (f'<?xml version="1.0"?>\n<RxPriceRequest requestId="{rid}" version="2.1">\n  <Member id="{p.mbr}" dob="{bd}" first="{p.first}" last="{p.last}" zip="{p.zip}" plan="{p.payer}"/>\n'
                 f'  <Drug ndc="{ndc}" qty="30" days="30" name="{med_of(p)}"/>\n  <Prescriber npi="{PROV_NPI["Enright"]}" name="Tobias Enright, DO"/>\n'
                 f'  <Pharmacy ncpdp="{digits(7)}" zip="28801" name="{PHARMACY}"/>\n</RxPriceRequest>\n')
            labs = [[p.mbr, "member_id"], [bd, "dob"], [p.first, "name"], [p.last, "name"], [p.zip, "zip"], [med_of(p), "condition"]]
            ctl = [rid, ndc, PROV_NPI["Enright"], "Tobias Enright, DO", PHARMACY]
        elif i == 2:
            x = (f'<?xml version="1.0"?>\n<PatientExport generated="{ts(i)}">\n  <Patient mrn="{p.mrn}" name="{p.al}, {p.af}" birth="{bd}" ssn="{p.ssn}" phone="{p.phone("dash")}">\n'
                 f'    <Problem code="{icd}" desc="{dx}" onset="{p.appt_date("iso")}"/>\n  </Patient>\n</PatientExport>\n')
            labs = [[p.mrn, "mrn"], [f"{p.al}, {p.af}", "name"], [bd, "dob"], [p.ssn, "ssn"], [p.phone("dash"), "phone"], [icd, "icd10"], [dx, "condition"], [p.appt_date("iso"), "date"]]
            ctl = []
        else:
            x = (f'<?xml version="1.0"?>\n<CoverageCheck xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ts="{ts(i)}">\n'
                 f'  <Subscriber><Field name="MemberID" value="{p.mbr}"/><Field name="MBI" value="{p.mbi}"/><Field name="BirthDate" value="{bd}"/>'
                 f'<Field name="Surname" value="{p.last}"/></Subscriber>\n  <Product ndc="{ndc}" qty="1"/>\n</CoverageCheck>\n')
            labs = [[p.mbr, "member_id"], [p.mbi, "mbi"], [bd, "dob"], [p.last, "name"]]
            ctl = [ndc]
        add(S, "POST", "http://api.goodrx.com/v2/price-check", GH, x, labs, ctl, "redact")
    x = (f'<?xml version="1.0"?>\n<RxPriceRequest requestId="{uuid()}" version="2.1">\n  <Drug ndc="{digits(11)}" qty="90" days="90" name="atorvastatin 20 mg tablet"/>\n'
         f'  <Pharmacy ncpdp="{digits(7)}" zip="28801" name="{PHARMACY}"/>\n</RxPriceRequest>\n')
    add(S, "POST", "http://api.goodrx.com/v2/price-check", GH, x, [], ["atorvastatin 20 mg tablet", "28801", PHARMACY], "pass")


# ----------------------------------------------------------------------------- 16. multipart file uploads: text, RTF, CSV (doc conversion: redact; CloudConvert: block; Sfax under BAA: pass)
def mp(bnd, parts):
    out = ""
    for name, fname, ctype, content in parts:
        out += f"--{bnd}\r\nContent-Disposition: form-data; name=\"{name}\"" + (f"; filename=\"{fname}\"" if fname else "") + "\r\n"
        if ctype: out += f"Content-Type: {ctype}\r\n"
        out += "\r\n" + content + "\r\n"
    return out + f"--{bnd}--\r\n"


def multipart_files():
    S = "multipart_textfile"
    # plain-text progress note to a PDF conversion API (no BAA, redact)
    for i in range(2):
        p = nextp(); icd, dx, med = p.cond; bnd = "----WebKitFormBoundary" + alnum(16)
        bd = p.dobs(["us", "dmon"][i])
        txt = (f"RIVERBEND PRIMARY CARE & RECOVERY\nPROGRESS NOTE\n\nPatient: {p.full}\nDOB: {bd}      MRN: {p.mrn}\nDate of service: {p.appt_date('us')}\n"
               f"Provider: {prov(i, 'full')}\n\nS: Pt reports good adherence to {med_of(p)}. Denies SI/HI.\nA: {dx} ({icd}), stable.\nP: RTC 4 wks. Pharmacy: {PHARMACY}.\n")
        body = mp(bnd, [("file", f"note_{hexs(6)}.txt", "text/plain", txt), ("name", None, None, "note.pdf"), ("async", None, None, "false")])
        add(S, "POST", "http://api.pdf.co/v1/file/upload", {"Content-Type": f"multipart/form-data; boundary={bnd}", "x-api-key": alnum(40)}, body,
            [[p.full, "name"], [bd, "dob"], [p.mrn, "mrn"], [p.appt_date("us"), "date"], [med_of(p), "condition"], [dx, "condition"], [icd, "icd10"]],
            [prov(i, "full"), PHARMACY, "PROGRESS NOTE"], "redact")
    # RTF letter
    p = nextp(); icd, dx, med = p.cond; bnd = "----WebKitFormBoundary" + alnum(16)
    rtf = (r"{\rtf1\ansi\deff0{\fonttbl{\f0 Calibri;}}\f0\fs22 " + PRACTICE_SHORT + r"\par " + PRACTICE_ADDR + r", " + PRACTICE_CITYLINE + r"\par\par "
           + r"{\b RE:} " + p.afull + r"\par {\b DOB:} " + p.dobs("long") + r"\par {\b Member ID:} " + p.mbr + r"\par\par To whom it may concern,\par "
           + p.af + r" has been under my care for " + dx + r" since " + str(p.appt.year - 2) + r" and requires a reasonable accommodation.\par\par "
           + prov(0, "full") + r"\par }")
    body = mp(bnd, [("file", "accommodation_letter.rtf", "application/rtf", rtf), ("name", None, None, "letter.pdf")])
    add(S, "POST", "http://api.pdf.co/v1/file/upload", {"Content-Type": f"multipart/form-data; boundary={bnd}", "x-api-key": alnum(40)}, body,
        [[p.afull, "name"], [p.dobs("long"), "dob"], [p.mbr, "member_id"], [dx, "condition"]], [PRACTICE_ADDR, prov(0, "full"), "accommodation_letter.rtf"], "redact")
    # semicolon CSV of a recall list
    ps = [nextp() for _ in range(3)]; bnd = "----WebKitFormBoundary" + alnum(16)
    csvt = "last;first;birth;cell;recall_reason\n"
    csvt += "".join(f"{x.last};{x.first};{x.dobs('eu')};{x.phone('dash')};{x.cond[1]}\n" for x in ps)
    body = mp(bnd, [("file", "recall_list_march.csv", "text/csv", csvt), ("name", None, None, "recall.xlsx")])
    labs = []
    for x in ps: labs += [[x.last, "name"], [x.first, "name"], [x.dobs("eu"), "dob"], [x.phone("dash"), "phone"], [x.cond[1], "condition"]]
    add(S, "POST", "http://api.pdf.co/v1/file/upload", {"Content-Type": f"multipart/form-data; boundary={bnd}", "x-api-key": alnum(40)}, body, labs,
        ["recall_list_march.csv", "recall_reason"], "redact")
    # CloudConvert (block)
    for i in range(2):
        p = nextp(); icd, dx, med = p.cond; bnd = "----" + alnum(20)
        txt = f"Discharge instructions for {p.full} ({p.dobs('us2')})\nDiagnosis: {dx}\nFollow up with {prov(3)} on {p.appt_date('usn')}.\nQuestions: {PRACTICE_PHONE}\n"
        body = mp(bnd, [("key", None, None, f"import/{uuid()}"), ("file", f"dc_{p.mrn}.txt", "text/plain", txt)])
        add(S, "POST", f"http://storage.cloudconvert.com/tasks/{uuid()}", {"Content-Type": f"multipart/form-data; boundary={bnd}"}, body,
            [[p.full, "name"], [p.dobs("us2"), "dob"], [dx, "condition"], [p.appt_date("usn"), "date"], [p.mrn, "mrn"]], [], "block")
    # Sfax (BAA): everything goes
    p = nextp(); icd, dx, med = p.cond; bnd = "----" + alnum(20)
    txt = f"REFERRAL\nPatient: {p.full}\nDOB: {p.dobs('us')}\nPhone: {p.phone('paren')}\nReason: {dx} ({icd})\nInsurance: {p.payer} {p.mbr}\n"
    body = mp(bnd, [("file", "referral.txt", "text/plain", txt)])
    add(S, "POST", f"http://api.sfaxme.com/api/SendFax?token={alnum(40)}&ApiKey={alnum(32)}&RecipientName=Mission+Neurology&RecipientFax=18282130442",
        {"Content-Type": f"multipart/form-data; boundary={bnd}"}, body,
        [[p.full, "name"], [p.dobs("us"), "dob"], [p.phone("paren"), "phone"], [dx, "condition"], [icd, "icd10"], [p.mbr, "member_id"]], [], "pass")
    # clean: staff schedule and fee schedule
    bnd = "----WebKitFormBoundary" + alnum(16)
    txt = "STAFF SCHEDULE - WEEK 11\nMon: Castellano, Odom (walk-ins 8-10)\nTue: Enright, Menon\nWed: Castellano, Enright\nOn-call: Menon (828) 253-0177 x4\n"
    body = mp(bnd, [("file", "schedule_w11.txt", "text/plain", txt), ("name", None, None, "schedule.pdf")])
    add(S, "POST", "http://api.pdf.co/v1/file/upload", {"Content-Type": f"multipart/form-data; boundary={bnd}", "x-api-key": alnum(40)}, body, [],
        ["STAFF SCHEDULE - WEEK 11", "walk-ins 8-10", "schedule_w11.txt"], "pass")
    bnd = "----WebKitFormBoundary" + alnum(16)
    csvt = "cpt;description;fee\n99213;Office visit, est. patient, low;135.00\n99214;Office visit, est. patient, moderate;195.00\n90686;Influenza vaccine, quadrivalent;38.00\n"
    body = mp(bnd, [("file", "fees_2026.csv", "text/csv", csvt)])
    add(S, "POST", "http://api.pdf.co/v1/file/upload", {"Content-Type": f"multipart/form-data; boundary={bnd}", "x-api-key": alnum(40)}, body, [],
        ["fees_2026.csv", "Influenza vaccine, quadrivalent", "195.00"], "pass")


# ----------------------------------------------------------------------------- 17. Dropbox (no BAA: block) and Box (BAA: pass) uploads
def fake_pdf(lines):
    stream = "BT /F1 11 Tf 72 720 Td " + " ".join(f"({l}) Tj 0 -14 Td" for l in lines) + " ET"
    return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            "3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj\n"
            f"4 0 obj << /Length {len(stream)} >> stream\n{stream}\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")


def file_share():
    S = "file_upload"
    DH = {"Authorization": "Bearer sl." + alnum(60)}
    for i in range(3):
        p = nextp(); icd, dx, med = p.cond
        path = [f"/Riverbend/Referrals/{p.al}, {p.af} - {p.dobs('iso')} - {dx} referral.pdf", f"/Riverbend/Intake/{p.afull} intake {p.dobs('dots2')}.pdf",
                f"/Riverbend/Labs/{p.mrn}_{p.al}_{p.appt_date('compact')}.pdf"][i]
        arg = {"path": path, "mode": "add", "autorename": True, "mute": False, "strict_conflict": False}
        pdf = fake_pdf([f"Patient: {p.afull}", f"DOB: {p.dobs('us')}", f"Dx: {dx}"])
        labs = [[f"{p.al}, {p.af}", "name"], [p.dobs("iso"), "dob"], [dx, "condition"]] if i == 0 else \
               [[p.afull, "name"], [p.dobs("dots2"), "dob"]] if i == 1 else [[p.mrn, "mrn"], [p.al, "name"], [p.appt_date("compact"), "date"]]
        labs += [[p.afull, "name"], [p.dobs("us"), "dob"], [dx, "condition"]]
        add(S, "POST", "http://content.dropboxapi.com/2/files/upload", dict(DH, **{"Content-Type": "application/octet-stream", "Dropbox-API-Arg": J(arg, ascii_=True, compact=True)}),
            pdf, labs, [], "block")
    p = nextp()
    add(S, "POST", "http://api.dropboxapi.com/2/sharing/create_shared_link_with_settings", dict(DH, **JSONH),
        J({"path": f"/Riverbend/Intake/{p.afull} intake packet.pdf", "settings": {"requested_visibility": "public"}}), [[p.afull, "name"]], [], "block")
    arg = {"path": "/Riverbend/Marketing/flu-clinic-flyer-2026.pdf", "mode": "overwrite", "autorename": False, "mute": True}
    add(S, "POST", "http://content.dropboxapi.com/2/files/upload", dict(DH, **{"Content-Type": "application/octet-stream", "Dropbox-API-Arg": J(arg, compact=True)}),
        fake_pdf(["Flu shots now available", f"{PRACTICE_ADDR}, {PRACTICE_CITYLINE}", "Mon-Fri 8-5, no appointment needed"]), [], ["flu-clinic-flyer-2026.pdf"], "pass")
    # Box under BAA
    for i in range(2):
        p = nextp(); icd, dx, med = p.cond; bnd = "----" + alnum(20)
        attrs = {"name": f"{p.al}_{p.af}_{p.mrn}_labs.pdf", "parent": {"id": digits(12)}}
        pdf = fake_pdf([f"Patient: {p.afull}", f"DOB: {p.dobs('us')}", f"Result: {dx}"])
        body = mp(bnd, [("attributes", None, None, J(attrs, ascii_=True)), ("file", attrs["name"], "application/pdf", pdf)])
        add(S, "POST", "http://upload.box.com/api/2.0/files/content", {"Content-Type": f"multipart/form-data; boundary={bnd}", "Authorization": "Bearer " + alnum(32)}, body,
            [[p.al, "name"], [p.af, "name"], [p.mrn, "mrn"], [p.afull, "name"], [p.dobs("us"), "dob"], [dx, "condition"]], [], "pass")


# ----------------------------------------------------------------------------- 18. Zoom meetings (partial: name, email, date)
def zoom():
    S = "zoom_meetings"; ZH = {"Content-Type": "application/json", "Authorization": "Bearer " + alnum(120)}
    for i in range(3):
        p = nextp(); icd, dx, med = p.cond
        body = {"topic": f"Telehealth - {p.full}", "type": 2, "start_time": p.appt_local(), "duration": 20, "timezone": "America/New_York",
                "agenda": [f"{med_of(p)} follow-up; review PDMP. Pt cell {p.phone('dot')}", f"{dx} check-in. DOB {p.dobs('us')} for ID verification.",
                           f"Chart {p.mrn}: discuss {dx} labs with {p.first}."][i],
                "settings": {"waiting_room": True, "join_before_host": False, "alternative_hosts": f"m.castellano@{SITE}", "registrants_email_notification": True}}
        labs = [[p.full, "name"], [p.appt_local(), "date"]] + [[[med_of(p), "condition"], [p.phone("dot"), "phone"]], [[dx, "condition"], [p.dobs("us"), "dob"]],
                                                               [[p.mrn, "mrn"], [dx, "condition"], [p.first, "name"]]][i]
        add(S, "POST", "http://api.zoom.us/v2/users/me/meetings", ZH, J(body), labs, [f"m.castellano@{SITE}", "America/New_York"], "redact")
    for i in range(2):
        p = nextp(); icd, dx, med = p.cond; bd = p.dobs(["us2", "ordinal"][i])
        body = {"email": p.email, "first_name": p.first, "last_name": p.last, "phone": p.phone("pspace"), "address": p.addr1(), "city": p.city, "state": "NC", "zip": p.zip,
                "custom_questions": [{"title": "Date of birth", "value": bd}, {"title": "Reason for visit", "value": dx}], "language": "en-US"}
        add(S, "POST", f"http://api.zoom.us/v2/meetings/{digits(11)}/registrants", ZH, J(body),
            [[p.email, "email"], [p.first, "name"], [p.last, "name"], [p.phone("pspace"), "phone"], [p.addr1(), "address"], [p.city, "address"], [p.zip, "zip"], [bd, "dob"],
             [dx, "condition"]], ["Reason for visit", "en-US"], "redact")
    p = nextp()
    body = {"topic": f"Telehealth - {p.full}", "type": 2, "start_time": p.appt_local(), "duration": 30, "timezone": "America/New_York",
            "settings": {"waiting_room": True, "meeting_invitees": [{"email": p.email}]}}
    add(S, "POST", "http://api.zoom.us/v2/users/me/meetings", ZH, J(body), [[p.full, "name"], [p.appt_local(), "date"], [p.email, "email"]], [], "pass")
    body = {"topic": "Monthly provider huddle", "type": 8, "start_time": "2026-03-12T12:15:00", "duration": 45, "timezone": "America/New_York",
            "agenda": f"Walk-in flow at {PRACTICE_ADDR}; {prov(0)} on quality measures; new fee schedule v2026.1",
            "recurrence": {"type": 3, "monthly_day": 12, "end_times": 12}}
    add(S, "POST", "http://api.zoom.us/v2/users/me/meetings", ZH, J(body), [], ["Monthly provider huddle", PRACTICE_ADDR, prov(0), "v2026.1"], "pass")
    body = {"topic": "Diabetes prevention class - open to the community", "type": 5, "start_time": "2026-03-19T18:00:00", "duration": 60,
            "agenda": f"Free 6-week class led by {prov(2)}. Register at https://{SITE}/classes", "settings": {"approval_type": 0}}
    add(S, "POST", "http://api.zoom.us/v2/users/me/webinars", ZH, J(body), [], ["Diabetes prevention class - open to the community", prov(2)], "pass")


# ----------------------------------------------------------------------------- 19. geocoding (redact)
def maps():
    S = "maps_geocode"; key = "AIza" + alnum(35)
    for i in range(3):
        p = nextp()
        a = f"{p.addr1()}, {p.city}, NC {p.zip4}"
        add(S, "GET", f"http://maps.googleapis.com/maps/api/geocode/json?address={quote(a).replace('%20', '+')}&key={key}", {}, "",
            [[p.addr1(), "address"], [p.city, "address"], [p.zip4, "zip"]], [key], "redact")
    p = nextp(); q = nextp()
    o = f"{PRACTICE_ADDR}, {PRACTICE_CITYLINE}"
    url = (f"http://maps.googleapis.com/maps/api/distancematrix/json?origins={quote(o)}&destinations={quote(p.street + ', ' + p.city + ' NC ' + p.zip)}%7C"
           f"{quote(q.street + ', ' + q.city + ' NC ' + q.zip)}&mode=driving&key={key}")
    add(S, "GET", url, {}, "", [[p.street, "address"], [p.zip, "zip"], [q.street, "address"], [q.zip, "zip"], [p.city, "address"], [q.city, "address"]],
        [PRACTICE_ADDR, "driving"], "redact")
    p = nextp()
    add(S, "GET", f"http://api.mapbox.com/geocoding/v5/mapbox.places/{quote(p.street + ' ' + p.city + ' ' + p.zip)}.json?access_token=pk.{alnum(60)}&country=us&types=address",
        {}, "", [[p.street, "address"], [p.city, "address"], [p.zip, "zip"]], ["mapbox.places"], "redact")
    p = nextp()
    body = {"address": {"regionCode": "US", "addressLines": [p.addr1(), f"{p.city}, NC {p.zip4}"]}, "enableUspsCass": True, "previousResponseId": uuid()}
    add(S, "POST", f"http://addressvalidation.googleapis.com/v1:validateAddress?key={key}", JSONH, J(body), [[p.addr1(), "address"], [p.city, "address"], [p.zip4, "zip"]],
        [body["previousResponseId"]], "redact")
    # the patient's address typed into Places autocomplete, with the practice's session token
    p = nextp(); tok = uuid()
    add(S, "GET", f"http://maps.googleapis.com/maps/api/place/autocomplete/json?input={quote(p.street)}&sessiontoken={tok}&components=country:us&key={key}", {}, "",
        [[p.street, "address"]], [tok], "redact")
    # clean: the practice, the pharmacy, the hospital
    add(S, "GET", f"http://maps.googleapis.com/maps/api/geocode/json?address={quote(PRACTICE_ADDR + ', ' + PRACTICE_CITYLINE)}&key={key}", {}, "", [],
        [PRACTICE_ADDR, "28801"], "pass")
    add(S, "GET", f"http://maps.googleapis.com/maps/api/directions/json?origin={quote(PRACTICE_ADDR + ', Asheville NC')}&destination={quote('509 Biltmore Ave, Asheville, NC 28801')}&key={key}",
        {}, "", [], [PRACTICE_ADDR, "509 Biltmore Ave"], "pass")


# ----------------------------------------------------------------------------- 20. Lob print mail (partial: name, address, zip)
def lob():
    S = "lob_print_mail"; LH = dict(FORMH, Authorization="Basic " + b64("live_" + hexs(32) + ":"))
    for i in range(3):
        p = nextp(); icd, dx, med = p.cond; bal = f"{R.randint(20, 900)}.{R.randint(0, 99):02d}"
        pairs = [("description", f"Statement {order_no()}"), ("to[name]", p.full), ("to[address_line1]", p.street), ("to[address_line2]", p.unit), ("to[address_city]", p.city),
                 ("to[address_state]", "NC"), ("to[address_zip]", p.zip4), ("from", "adr_" + hexs(16)), ("file", "tmpl_" + hexs(16)), ("color", "false"),
                 ("merge_variables[first_name]", p.first), ("merge_variables[balance]", bal)]
        labs = [[p.full, "name"], [p.street, "address"], [p.city, "address"], [p.zip4, "zip"], [p.first, "name"]]
        if i == 0:
            pairs += [("merge_variables[service]", f"{dx} visit {p.appt_date('us')}"), ("metadata[mrn]", p.mrn)]
            labs += [[dx, "condition"], [p.appt_date("us"), "date"], [p.mrn, "mrn"]]
        elif i == 1:
            pairs += [("merge_variables[dob]", p.dobs("us")), ("merge_variables[member_id]", p.mbr)]
            labs += [[p.dobs("us"), "dob"], [p.mbr, "member_id"]]
        else:
            pairs += [("merge_variables[codes]", f"{icd}, Z79.891"), ("metadata[phone]", p.phone("dash"))]
            labs += [[icd, "icd10"], ["Z79.891", "icd10"], [p.phone("dash"), "phone"]]
        add(S, "POST", "http://api.lob.com/v1/letters", LH, qsp(pairs), labs, [bal], "redact")
    p = nextp(); icd, dx, med = p.cond
    html = f"<html><body><p>Dear {p.first},</p><p>Your A1C check for type 2 diabetes is due. Call {PRACTICE_PHONE} to book.</p></body></html>"
    pairs = [("to[name]", p.full), ("to[address_line1]", p.addr1()), ("to[address_city]", p.city), ("to[address_state]", "NC"), ("to[address_zip]", p.zip),
             ("front", "tmpl_" + hexs(16)), ("back", html), ("size", "4x6")]
    add(S, "POST", "http://api.lob.com/v1/postcards", LH, qsp(pairs), [[p.full, "name"], [p.addr1(), "address"], [p.city, "address"], [p.zip, "zip"], [p.first, "name"],
        ["type 2 diabetes", "condition"]], [PRACTICE_PHONE, "4x6"], "redact")
    p = nextp()
    add(S, "POST", "http://api.lob.com/v1/us_verifications", LH, qsp([("primary_line", p.street), ("secondary_line", p.unit), ("city", p.city), ("state", "NC"), ("zip_code", p.zip)]),
        [[p.street, "address"], [p.city, "address"], [p.zip, "zip"]], [], "pass")
    pairs = [("description", "Supply reorder"), ("to[name]", "Blue Ridge Medical Supply"), ("to[address_line1]", "85 Tunnel Rd"), ("to[address_city]", "Asheville"),
             ("to[address_state]", "NC"), ("to[address_zip]", "28805"), ("from", "adr_" + hexs(16)), ("file", "tmpl_" + hexs(16)), ("merge_variables[po]", "PO-2026-0311")]
    add(S, "POST", "http://api.lob.com/v1/letters", LH, qsp(pairs), [], ["Blue Ridge Medical Supply", "85 Tunnel Rd", "PO-2026-0311"], "pass")


# ----------------------------------------------------------------------------- 21. Jira issues in Atlassian Document Format (redact)
def t(s, marks=None):
    n = {"type": "text", "text": s}
    if marks: n["marks"] = [{"type": m} for m in marks]
    return n


def jira():
    S = "jira_adf"; JH = {"Content-Type": "application/json", "Authorization": "Basic " + b64(f"it@{SITE}:" + alnum(24))}
    url = "http://riverbendpc.atlassian.net/rest/api/3/issue"
    for i in range(3):
        p = nextp(); icd, dx, med = p.cond
        if i == 0:
            content = [{"type": "paragraph", "content": [t("Patient "), t(p.first + " "), t(p.last, ["strong"]), t(f" called: portal shows no DOB. Correct DOB is {p.dobs('us')}.")]},
                       {"type": "codeBlock", "attrs": {"language": "json"}, "content": [t(J({"mrn": p.mrn, "phone": p.phone("intldash")}))]}]
            summary = f"Portal DOB blank for chart {p.mrn}"
            labs = [[p.first, "name"], [p.last, "name"], [p.dobs("us"), "dob"], [p.mrn, "mrn"], [p.phone("intldash"), "phone"]]
        elif i == 1:
            content = [{"type": "paragraph", "content": [t("Eligibility check fails for "), {"type": "mention", "attrs": {"id": "5b10" + hexs(20), "text": "@Leah Odom"}},
                        t("'s patient.")]},
                       {"type": "table", "content": [{"type": "tableRow", "content": [{"type": "tableHeader", "content": [{"type": "paragraph", "content": [t(h)]}]} for h in ("Name", "Member ID", "Payer")]},
                                                     {"type": "tableRow", "content": [{"type": "tableCell", "content": [{"type": "paragraph", "content": [t(v)]}]} for v in (p.full, p.mbr, p.payer)]}]}]
            summary = "271 returns AAA*Y**72 for BCBSNC members"
            labs = [[p.full, "name"], [p.mbr, "member_id"]]
        else:
            content = [{"type": "bulletList", "content": [{"type": "listItem", "content": [{"type": "paragraph", "content": [t(x)]}]} for x in
                        (f"Repro: open {p.al}, {p.af}", f"Problem list shows {icd} {dx} twice", f"Email on file {p.email}")]}]
            summary = "Duplicate problem list entries after CCD import"
            labs = [[f"{p.al}, {p.af}", "name"], [icd, "icd10"], [dx, "condition"], [p.email, "email"]]
        body = {"fields": {"project": {"key": "PORT"}, "issuetype": {"name": "Bug"}, "summary": summary, "description": {"type": "doc", "version": 1, "content": content},
                           "labels": ["portal", "support"], "priority": {"name": "High"}}}
        add(S, "POST", url, JH, J(body), labs, ["@Leah Odom"] if i == 1 else ["PORT"], "redact", gz=(i == 2))
    p = nextp(); icd, dx, med = p.cond
    body = {"body": {"type": "doc", "version": 1, "content": [{"type": "paragraph", "content": [t("Spoke with "), t(p.full, ["em"]), t(f" at {p.phone('paren')}; she lives at {p.addr1()}, so the pharmacy default is wrong. ")]}]}}
    add(S, "POST", url + "/PORT-412/comment", JH, J(body), [[p.full, "name"], [p.phone("paren"), "phone"], [p.addr1(), "address"]], ["paragraph"], "redact")
    body = {"fields": {"project": {"key": "PORT"}, "issuetype": {"name": "Task"}, "summary": "Upgrade react-datepicker to 7.1.0", "description": {"type": "doc", "version": 1, "content": [
        {"type": "paragraph", "content": [t("Release 5.2.8 needs the fix for issue #4411. Build "), t(hexs(12), ["code"]), t(". Assigned to "),
                                          {"type": "mention", "attrs": {"id": "5b10" + hexs(20), "text": "@Rajiv Menon"}}]}]}, "labels": ["deps"]}}
    add(S, "POST", url, JH, J(body), [], ["react-datepicker", "7.1.0", "5.2.8", "@Rajiv Menon"], "pass")


# ----------------------------------------------------------------------------- 22. QuickBooks Online (partial: name, address, zip, email, phone)
def quickbooks():
    S = "quickbooks_invoice"; realm = digits(16)
    QH = {"Content-Type": "application/json", "Accept": "application/json", "Authorization": "Bearer eyJ" + alnum(120)}
    base = f"http://quickbooks.api.intuit.com/v3/company/{realm}"
    for i in range(3):
        p = nextp(); icd, dx, med = p.cond; doc = f"RB-{R.randint(10000, 99999)}"
        body = {"CustomerRef": {"value": str(R.randint(20, 900)), "name": f"{p.last}, {p.first}"}, "BillEmail": {"Address": p.email},
                "BillAddr": {"Line1": p.street, "Line2": p.unit, "City": p.city, "CountrySubDivisionCode": "NC", "PostalCode": p.zip4},
                "Line": [{"DetailType": "SalesItemLineDetail", "Amount": 150.0, "Description": f"Office visit {p.appt_date('us')} - Dx {icd} {dx}",
                          "SalesItemLineDetail": {"ItemRef": {"value": "12", "name": "Office Visit - Level 4"}, "ServiceDate": p.appt_date("iso")}}],
                "CustomerMemo": {"value": f"Thank you, {p.first}! {p.payer} member {p.mbr} was billed; the balance is your responsibility."},
                "TxnDate": "2026-03-14", "DocNumber": doc}
        labs = [[f"{p.last}, {p.first}", "name"], [p.email, "email"], [p.street, "address"], [p.city, "address"], [p.zip4, "zip"], [p.appt_date("us"), "date"], [icd, "icd10"],
                [dx, "condition"], [p.appt_date("iso"), "date"], [p.first, "name"], [p.mbr, "member_id"]]
        add(S, "POST", base + "/invoice?minorversion=73", QH, J(body), labs, [doc, "Office Visit - Level 4"], "redact")
    p = nextp()
    body = {"DisplayName": f"{p.full} ({p.mrn})", "GivenName": p.first, "FamilyName": p.last, "PrimaryPhone": {"FreeFormNumber": p.phone("pspace")},
            "PrimaryEmailAddr": {"Address": p.email}, "Notes": f"DOB {p.dobs('usn')}; SSN {p.ssn} on file for collections"}
    add(S, "POST", base + "/customer?minorversion=73", QH, J(body), [[p.full, "name"], [p.mrn, "mrn"], [p.first, "name"], [p.last, "name"], [p.phone("pspace"), "phone"],
        [p.email, "email"], [p.dobs("usn"), "dob"], [p.ssn, "ssn"]], [], "redact")
    p = nextp()
    body = {"CustomerRef": {"value": str(R.randint(20, 900))}, "TotalAmt": 45.0, "PaymentRefNum": f"SQ-{alnum(10)}", "PrivateNote": f"Copay from {p.full} via Square"}
    add(S, "POST", base + "/payment?minorversion=73", QH, J(body), [[p.full, "name"]], [body["PaymentRefNum"]], "pass")
    body = {"CustomerRef": {"value": "7", "name": "Blue Ridge Paving LLC"}, "Line": [{"DetailType": "SalesItemLineDetail", "Amount": 1140.0,
            "Description": "DOT physicals (12) and drug screens (12), March 2026", "SalesItemLineDetail": {"ItemRef": {"value": "31", "name": "Occupational Health"}, "Qty": 12}}],
            "BillAddr": {"Line1": "210 Old Airport Rd", "City": "Fletcher", "CountrySubDivisionCode": "NC", "PostalCode": "28732"}, "DocNumber": "OH-2026-03"}
    add(S, "POST", base + "/invoice?minorversion=73", QH, J(body), [], ["Blue Ridge Paving LLC", "210 Old Airport Rd", "OH-2026-03"], "pass")
    body = {"VendorRef": {"value": "44", "name": "McKesson Medical-Surgical"}, "Line": [{"DetailType": "AccountBasedExpenseLineDetail", "Amount": 612.4,
            "Description": f"Invoice 7311948820 - nitrile gloves, syringes; tracking {ups()}", "AccountBasedExpenseLineDetail": {"AccountRef": {"value": "61"}}}], "DueDate": "2026-04-10"}
    add(S, "POST", base + "/bill?minorversion=73", QH, J(body), [], ["McKesson Medical-Surgical", "7311948820", "2026-04-10"], "pass")


# ----------------------------------------------------------------------------- 23. review requests (partial: name, phone, email)
def reviews():
    S = "review_request"
    BH = {"Content-Type": "application/json", "api_key": alnum(32)}
    for i in range(3):
        p = nextp(); icd, dx, med = p.cond
        body = {"name": p.full, "emailId": p.email, "phone": p.phone("bare"), "smsEnabled": 1, "employees": [{"employeeId": digits(8)}],
                "additionalParams": {"Location": "Merrimon Ave", "Visit": [f"{dx} follow-up", f"{med_of(p)} refill visit", f"visit on {p.appt_date('usn')}"][i]}}
        labs = [[p.full, "name"], [p.email, "email"], [p.phone("bare"), "phone"]] + [[[dx, "condition"]], [[med_of(p), "condition"]], [[p.appt_date("usn"), "date"]]][i]
        add(S, "POST", f"http://api.birdeye.com/resources/v1/customer/checkin?bid={digits(13)}", BH, J(body), labs, ["Merrimon Ave"], "redact")
    PH = {"Content-Type": "application/json", "Authorization": "Bearer " + alnum(40)}
    for i in range(2):
        p = nextp(); icd, dx, med = p.cond
        msg = [f"Hi {p.first}, thanks for visiting Riverbend for your pregnancy check-up on {p.appt_md()}! Would you leave us a review?",
               f"Hi {p.first}! How was your visit with {prov(1)}? Tap to review. (Ref {p.mrn})"][i]
        body = {"locationUid": uuid(), "customerName": p.full, "customerPhone": p.phone("e164"), "channel": "sms", "message": msg}
        labs = [[p.full, "name"], [p.phone("e164"), "phone"], [p.first, "name"]] + ([["pregnancy", "condition"], [p.appt_md(), "date"]] if i == 0 else [[p.mrn, "mrn"]])
        add(S, "POST", "http://api.podium.com/v4/reviews/invites", PH, J(body), labs, [prov(1)] if i else ["Would you leave us a review?"], "redact")
    p = nextp()
    body = {"locationUid": uuid(), "customerName": p.full, "customerPhone": p.phone("e164"), "channel": "sms", "message": f"Hi {p.first}, thanks for choosing Riverbend! Tap to leave a review."}
    add(S, "POST", "http://api.podium.com/v4/reviews/invites", PH, J(body), [[p.full, "name"], [p.phone("e164"), "phone"], [p.first, "name"]], [], "pass")
    body = {"name": f"{PRACTICE_SHORT} - Merrimon", "address": PRACTICE_ADDR, "city": "Asheville", "zip": "28801", "phone": PRACTICE_PHONE, "hours": "Mon-Fri 8:00-17:00"}
    add(S, "PUT", f"http://api.birdeye.com/resources/v1/business/{digits(13)}", BH, J(body), [], [PRACTICE_ADDR, PRACTICE_PHONE, "Mon-Fri 8:00-17:00"], "pass")


# ----------------------------------------------------------------------------- 24. feature flags: LaunchDarkly (context in a base64url path), Statsig (block)
def flags():
    S = "feature_flags"; env = hexs(24)
    for i in range(3):
        p = nextp(); icd, dx, med = p.cond
        ctx = {"kind": "user", "key": p.mrn, "name": p.full, "email": p.email, "custom": {"dob": p.dobs("iso"), "program": dx} if i != 1 else {"zip": p.zip4}}
        labs = [[p.mrn, "mrn"], [p.full, "name"], [p.email, "email"]] + ([[p.dobs("iso"), "dob"], [dx, "condition"]] if i != 1 else [[p.zip4, "zip"]])
        if i < 2:
            add(S, "GET", f"http://clientsdk.launchdarkly.com/sdk/evalx/{env}/contexts/{b64url(J(ctx, compact=True))}?withReasons=true", {"User-Agent": "JSClient/3.4.0"}, "",
                labs, [], "block")
        else:
            add(S, "POST", f"http://events.launchdarkly.com/events/bulk/{env}", {"Content-Type": "application/json", "X-LaunchDarkly-Event-Schema": "4"},
                J([{"kind": "identify", "creationDate": epoch_ms(), "context": ctx}, {"kind": "summary", "startDate": epoch_ms(), "endDate": epoch_ms(1),
                   "features": {"new-booking-flow": {"default": False, "counters": [{"value": True, "variation": 0, "version": 14, "count": 3}]}}}]), labs, [], "block")
    for i in range(2):
        p = nextp(); icd, dx, med = p.cond
        body = {"user": {"userID": p.mrn, "email": p.email, "custom": {"dob": p.dobs("us"), "diagnosis": icd} if i == 0 else {"phone": p.phone("e164")},
                         "statsigEnvironment": {"tier": "production"}}, "statsigMetadata": {"sdkType": "js-client", "sdkVersion": "4.45.1", "stableID": uuid()}}
        labs = [[p.mrn, "mrn"], [p.email, "email"]] + ([[p.dobs("us"), "dob"], [icd, "icd10"]] if i == 0 else [[p.phone("e164"), "phone"]])
        add(S, "POST", "http://featureassets.org/v1/initialize", {"Content-Type": "application/json", "STATSIG-API-KEY": "client-" + alnum(43)}, J(body), labs, [], "block")
    # clean: anonymous contexts
    ctx = {"kind": "user", "key": uuid(), "anonymous": True, "custom": {"appVersion": "5.2.7", "clinic": "merrimon"}}
    add(S, "GET", f"http://clientsdk.launchdarkly.com/sdk/evalx/{env}/contexts/{b64url(J(ctx, compact=True))}", {"User-Agent": "JSClient/3.4.0"}, "", [], [], "block_if_disallowed")
    body = {"user": {"userID": uuid(), "appVersion": "5.2.7", "statsigEnvironment": {"tier": "production"}}, "statsigMetadata": {"sdkType": "js-client", "sdkVersion": "4.45.1", "stableID": uuid()}}
    add(S, "POST", "http://featureassets.org/v1/initialize", {"Content-Type": "application/json", "STATSIG-API-KEY": "client-" + alnum(43)}, J(body), [], ["4.45.1"], "block_if_disallowed")


# ----------------------------------------------------------------------------- 25. Cloudinary uploads: context is key=value pairs joined by '|' (redact)
def cloudinary():
    S = "cloudinary_upload"; url = "http://api.cloudinary.com/v1_1/riverbendpc/image/upload"
    for i in range(3):
        p = nextp(); icd, dx, med = p.cond; tsv = str(1773150000 + i * 77)
        slug = "-".join(x for x in (p.af + " " + p.al).lower().replace("'", "").split())
        ctx = [f"patient={p.full}|dob={p.dobs('us')}|mrn={p.mrn}|dx={icd} {dx}", f"caption=Left foot, {p.full}, {p.appt_date('us')}|alt=wound photo",
               f"alt=ID card|member={p.mbr}|name={p.full}"][i]
        pairs = [("file", f"https://{PORTAL}/uploads/tmp/{hexs(16)}.jpg"), ("public_id", [f"wound-photos/{slug}-{p.dobs('iso')}/img-01", f"visits/{p.mrn}/foot-{i}", f"insurance-cards/{slug}"][i]),
                 ("context", ctx), ("tags", "clinical,portal-upload"), ("api_key", digits(15)), ("timestamp", tsv), ("signature", hexs(40))]
        labs = [[[p.full, "name"], [p.dobs("us"), "dob"], [p.mrn, "mrn"], [icd, "icd10"], [dx, "condition"], [p.dobs("iso"), "dob"]] + [[w, "name"] for w in slug.split("-") if len(w) > 1],
                [[p.full, "name"], [p.appt_date("us"), "date"], [p.mrn, "mrn"]],
                [[p.mbr, "member_id"], [p.full, "name"]] + [[w, "name"] for w in slug.split("-") if len(w) > 1]][i]
        add(S, "POST", url, FORMH, qs(pairs), labs, [tsv, "clinical,portal-upload"], "redact")
    p = nextp()
    pairs = [("public_id", f"visits/{p.mrn}/foot-1"), ("context", f"caption={p.full} ({p.dobs('dots2')})"), ("type", "upload"), ("api_key", digits(15)),
             ("timestamp", "1773151003"), ("signature", hexs(40))]
    add(S, "POST", "http://api.cloudinary.com/v1_1/riverbendpc/image/context", FORMH, qs(pairs), [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("dots2"), "dob"]],
        ["1773151003"], "redact")
    pairs = [("file", f"https://{SITE}/static/team/castellano.jpg"), ("public_id", "team/dr-castellano"), ("context", f"alt={PRACTICE_SHORT} staff photo|caption={prov(0)} at the {PRACTICE_ADDR} office"),
             ("tags", "marketing,team"), ("api_key", digits(15)), ("timestamp", "1773152222"), ("signature", hexs(40))]
    add(S, "POST", url, FORMH, qs(pairs), [], ["team/dr-castellano", prov(0), PRACTICE_ADDR], "pass")


# ----------------------------------------------------------------------------- unknown and look-alike hosts (deny)
def lookalikes():
    S = "lookalike_host"
    hosts = ["connect.squareup.com.checkout-secure.io", "api.iterable.co", "rest.iad-01.braze.com.evil.example", "api-iam.intercom.io.cdn-relay.net",
             "us.i.posthog.co", "api.lob-mail.com", "riverbend-ehr-exports.s3.amazonaws.com.backup-sync.io", "logs.mezmo.com.ingest-proxy.net", "paste.rs"]
    for i, h in enumerate(hosts):
        p = nextp()
        if i % 3 == 2:
            add(S, "GET", f"http://{h}/v1/ping?build=5.2.7&sid={hexs(10)}", {}, "", [], ["5.2.7", "ping"], "deny")
        else:
            sid = uuid()
            body = {"sync_id": sid, "patient": p.full, "dob": p.dobs("us"), "cell": p.phone("dot"), "note": f"{p.cond[1]} follow-up"}
            add(S, "POST", f"http://{h}/api/v1/sync", JSONH, J(body), [[p.full, "name"], [p.dobs("us"), "dob"], [p.phone("dot"), "phone"], [p.cond[1], "condition"]],
                [sid], "deny")
    p = nextp(); rows = fw([("D", 1), (p.mrn, 12), (p.al.upper(), 20), (p.af.upper(), 15), (p.dobs("mdy8"), 8)])
    add(S, "PUT", "http://files.riverbend-archive.net/exports/stmt.txt", {"Content-Type": "text/plain"}, rows + "\n",
        [[p.mrn, "mrn"], [p.al.upper(), "name"], [p.af.upper(), "name"], [p.dobs("mdy8"), "dob"]], [], "deny")


def main():
    out = sys.argv[1]; os.makedirs(out, exist_ok=True)
    for f in (sms, square, braintree, intercom, syslog, apm, product_analytics, braze_iterable, ads_capi, floodlight, llm, openai_batch, streams,
              fixed_width, script_xml, multipart_files, file_share, zoom, maps, lob, jira, quickbooks, reviews, flags, cloudinary, lookalikes):
        f()
    policy = {"destinations": [
        {"name": "sms-gateway", "hosts": ["rest.nexmo.com", "api.nexmo.com", "api.plivo.com"], "allow": ["name", "phone", "date"], "on_violation": "redact"},
        {"name": "payments", "hosts": ["connect.squareup.com", "api.braintreegateway.com"], "allow": ["name", "email", "phone", "address", "zip", "card_number"],
         "on_violation": "redact"},
        {"name": "support-chat", "hosts": ["api-iam.intercom.io", "api.intercom.io"], "allow": [], "on_violation": "redact"},
        {"name": "log-vendor", "hosts": ["logs.collector.solarwinds.com", "logs.mezmo.com"], "allow": [], "on_violation": "redact"},
        {"name": "apm", "hosts": ["*.apm.us-east-1.aws.cloud.es.io"], "allow": [], "on_violation": "block"},
        {"name": "product-analytics", "hosts": ["api2.amplitude.com", "us.i.posthog.com"], "allow": [], "on_violation": "redact"},
        {"name": "marketing-automation", "hosts": ["rest.iad-01.braze.com", "api.iterable.com"], "allow": [], "on_violation": "redact"},
        {"name": "ad-platforms", "hosts": ["googleads.googleapis.com", "business-api.tiktok.com", "ad.doubleclick.net", "*.fls.doubleclick.net"], "allow": [],
         "on_violation": "redact"},
        {"name": "ai-no-baa", "hosts": ["us-central1-aiplatform.googleapis.com", "generativelanguage.googleapis.com", "api.openai.com"], "allow": [], "on_violation": "redact"},
        {"name": "ai-dev-sandbox", "hosts": ["bedrock-runtime.us-west-2.amazonaws.com"], "allow": [], "on_violation": "block"},
        {"name": "event-stream", "hosts": ["*.confluent.cloud"], "allow": [], "on_violation": "redact"},
        {"name": "data-lake", "hosts": ["pubsub.googleapis.com", "kinesis.us-east-1.amazonaws.com"], "allow": [], "on_violation": "block"},
        {"name": "collections", "hosts": ["sftp-gw.blueridgecollections.com"], "allow": ["name", "address", "zip", "phone", "dob", "ssn", "mrn", "date"],
         "on_violation": "redact"},
        {"name": "rx-pricing", "hosts": ["api.goodrx.com"], "allow": [], "on_violation": "redact"},
        {"name": "doc-conversion", "hosts": ["api.pdf.co"], "allow": [], "on_violation": "redact"},
        {"name": "file-sharing-no-baa", "hosts": ["content.dropboxapi.com", "api.dropboxapi.com", "storage.cloudconvert.com"], "allow": [], "on_violation": "block"},
        {"name": "video-visits", "hosts": ["api.zoom.us"], "allow": ["name", "email", "date"], "on_violation": "redact"},
        {"name": "maps", "hosts": ["maps.googleapis.com", "api.mapbox.com", "addressvalidation.googleapis.com"], "allow": [], "on_violation": "redact"},
        {"name": "print-mail", "hosts": ["api.lob.com"], "allow": ["name", "address", "zip"], "on_violation": "redact"},
        {"name": "dev-tools", "hosts": ["*.atlassian.net"], "allow": [], "on_violation": "redact"},
        {"name": "accounting", "hosts": ["quickbooks.api.intuit.com"], "allow": ["name", "address", "zip", "email", "phone"], "on_violation": "redact"},
        {"name": "reputation", "hosts": ["api.birdeye.com", "api.podium.com"], "allow": ["name", "phone", "email"], "on_violation": "redact"},
        {"name": "feature-flags", "hosts": ["clientsdk.launchdarkly.com", "events.launchdarkly.com", "featureassets.org"], "allow": [], "on_violation": "block"},
        {"name": "media", "hosts": ["api.cloudinary.com"], "allow": [], "on_violation": "redact"},
        {"name": "baa-vendors", "hosts": ["riverbend-openai.openai.azure.com", "riverbend-ehr-exports.s3.us-east-1.amazonaws.com", "eprescribe.surescripts.net",
                                         "api.sfaxme.com", "upload.box.com"], "allow": ["all"], "on_violation": "block"}],
        "default_destination": "deny",
        "roster_columns": {"first": "name", "last": "name", "dob": "dob", "mrn": "mrn", "phone": "phone", "email": "email"}}
    json.dump(policy, open(os.path.join(out, "policy.json"), "w"), indent=1)
    with open(os.path.join(out, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in CASES: fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    # roster: most patients (a walk-in few are missing), canonical formats
    with open(os.path.join(out, "roster.csv"), "w", encoding="utf-8") as fh:
        fh.write("first,last,dob,mrn,phone,email\n")
        for i, p in enumerate(PATIENTS):
            if i % 7 == 3: continue
            fh.write(f"{p.first},{p.last},{p.dob.isoformat()},{p.mrn},{p.phone('dash')},{p.email}\n")
    print(f"{len(CASES)} cases -> {out}")


if __name__ == "__main__":
    main()
