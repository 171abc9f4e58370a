#!/usr/bin/env python3
"""probe18: outbound traffic of a community health center (Riverbend Community Health, Sacramento CA)
in request formats none of the earlier probes (12-17) or the seed corpus were written against:
GraphQL persisted-query GETs (variables= JSON in the query string), Connect / protobuf-JSON with
camelCase, wrapper types and split google.type.Date, gRPC-web binary and base64 text frames, Kafka
REST v2 JSON / Avro (union-typed values, date-as-days), Confluent v3 records (JSON and BINARY),
schema-registry posts, PHI in request headers (X-Patient-Context, W3C baggage / tracestate, cookies
holding URL-encoded or base64 JSON, Referer, X-Forwarded-For, file-name headers), SureScripts-like
NewRx / RxRenewal JSON, pharmacy-benefit and discount-card JSON, LOINC lab orders, HL7 VXU inside
JSON, FHIR R4 Coverage / Claim / ExplanationOfBenefit / Appointment / ServiceRequest / Consent /
QuestionnaireResponse, Salesforce Marketing Cloud / Marketo / ActiveCampaign / Pardot form posts
and APIs, GA4 /g/collect (ep. / up. params, batched hits, Measurement Protocol), Meta Conversions
API (hashed + unhashed user_data), TikTok Events API, LinkedIn Insight / Conversions API, Microsoft
Clarity, Hotjar, Vector / Logstash ECS (log.original), Sumo Logic multi-line text, Instana spans
and EUM beacons, Dynatrace logs / metric lines / RUM beacons, Raygun / Honeybadger, Postmark
outbound and inbound, Front / Help Scout, SMS short-code replies (Telnyx, Bandwidth), RingCentral /
Dialpad voicemail transcripts, VSee / Doximity telehealth, PDF form-filler label/value dumps,
SpreadsheetML, arrays-of-arrays, pandas split / column JSON, Markdown tables in tickets, German /
Italian / Vietnamese / Tagalog / Polish / Chinese messages and intake forms, clean look-alikes, an
allow-all partner set, and unknown hosts.

The roster (roster.csv) lists only every other patient, so exact matching covers about half.
Format of the output: see /work/shared/eval/gen_example.py (policy.json, cases.jsonl, roster.csv).
Usage: probe18_gen.py OUT_DIR   (deterministic: seed 180018)"""
import base64, hashlib, json, os, random, re, struct, sys, unicodedata
from datetime import date, datetime, timedelta
from urllib.parse import quote, unquote, unquote_plus, urlsplit

R = random.Random(180018)
SITE = "riverbendch.org"
PORTAL = "https://portal.riverbendch.org"
PRACTICE = "Riverbend Community Health"
PRACTICE_ADDR = "3301 Alhambra Blvd Suite 400"
PRACTICE_ZIP = "95817"
PRACTICE_PHONE = "(916) 455-3180"
PRACTICE_PHONE_E164 = "+19164553180"
PRACTICE_FAX = "(916) 455-3181"
SHORTCODE = "47325"
BUILD = "4.18.2"
STAFF = [("Ifeoma", "Chukwu", "MD", "Family Medicine"), ("Paul", "Estrada", "DO", "Internal Medicine"), ("Linh", "Vo", "NP", "Family Medicine"),
         ("Raj", "Malhotra", "MD", "Infectious Disease"), ("Kristen", "Albright", "PA-C", "Urgent Care"), ("Teresa", "Galvan", "RN", "Care Coordination")]

NAMES = [  # (first, last, sex, language of their messages, name as they write it natively)
    ("Hồng Nhung", "Nguyễn", "F", "vi", "Nguyễn Hồng Nhung"), ("Quốc Bảo", "Lê", "M", "vi", "Lê Quốc Bảo"), ("Kiều Oanh", "Phạm", "F", "vi", "Phạm Kiều Oanh"),
    ("Maria Luisa", "dela Cruz-Santos", "F", "tl", None), ("Rodrigo", "Bayani-Macaraeg", "M", "tl", None), ("Mei-Ling", "Chen", "F", "zh", "陈美玲"),
    ("Jian", "Liu", "M", "zh", "刘建"), ("Wojciech", "Szczepański", "M", "pl", None), ("Agnieszka", "Kowalczyk-Dąbrowska", "F", "pl", None),
    ("Hans-Jürgen", "Müller", "M", "de", None), ("Friederike", "von Bülow", "F", "de", None), ("Giuseppina", "Lo Russo", "F", "it", None),
    ("Salvatore", "D'Alessandro", "M", "it", None), ("Gurpreet", "Sandhu", "M", "en", None), ("Harpreet Kaur", "Gill", "F", "en", None),
    ("Tou", "Yang", "M", "en", None), ("Nkauj Hli", "Thao", "F", "en", None), ("Oksana", "Shevchenko", "F", "en", None),
    ("Yevgeniy", "Kuznetsov", "M", "en", None), ("DeShawn", "Washington-Pryor", "M", "en", None), ("LaToya", "Fairweather", "F", "en", None),
    ("María José", "Hernández Olvera", "F", "en", None), ("Juan Carlos", "Castañeda", "M", "en", None), ("Esperanza", "Villaseñor-Ruiz", "F", "en", None),
    ("Ta'Nisha", "Brooks", "F", "en", None), ("Sione", "Taufa'ao", "M", "en", None), ("Leilani", "Kahananui", "F", "en", None),
    ("Farida", "Haidari", "F", "en", None), ("Mohammad Yasin", "Karimi", "M", "en", None), ("Abebe", "Tesfaye", "M", "en", None),
    ("Selamawit", "Gebremedhin", "F", "en", None), ("Dong-hyun", "Park", "M", "en", None), ("Ji-woo", "Yoon", "F", "en", None),
    ("Haruto", "Fujimoto", "M", "en", None), ("Siddharth", "Iyer", "M", "en", None), ("Ananya", "Krishnamurthy-Rao", "F", "en", None),
    ("Ciarán", "Ó Súilleabháin", "M", "en", None), ("Eleanor", "Winslow", "F", "en", None), ("Buck", "Summers", "M", "en", None),
    ("Grace", "Hope", "F", "en", None), ("Dakota", "Little Bear", "M", "en", None), ("Thandiwe", "Dlamini", "F", "en", None),
    ("Zeynep", "Yılmaz", "F", "en", None), ("Björn", "Åkesson", "M", "en", None), ("Nadia", "Boukhari", "F", "en", None),
    ("Esther", "Rosenblatt", "F", "en", None), ("Marguerite", "St. Pierre", "F", "en", None), ("Kwame", "Asante-Boateng", "M", "en", None),
]
AREAS = [916, 916, 916, 279, 530, 209]
STREETS = ["Franklin Blvd", "Stockton Blvd", "Florin Rd", "Mack Rd", "Del Paso Blvd", "Fruitridge Rd", "65th St", "Broadway", "Marconi Ave",
           "Watt Ave", "Folsom Blvd", "Elder Creek Rd", "Bruceville Rd", "Norwood Ave", "Rio Linda Blvd", "Lemon Hill Ave"]
CITIES = [("Sacramento", ["95820", "95822", "95823", "95824", "95828", "95838", "95815"]), ("Elk Grove", ["95757", "95758"]),
          ("West Sacramento", ["95691"]), ("Rancho Cordova", ["95670"]), ("Citrus Heights", ["95610"]), ("Florin", ["95828"])]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "att.net", "hotmail.com", "comcast.net", "sbcglobal.net"]
CONDS = [  # icd10, diagnosis text, medication
    ("B18.1", "chronic hepatitis B", "tenofovir"), ("E11.9", "type 2 diabetes", "metformin"), ("F33.1", "recurrent major depression", "escitalopram"),
    ("B20", "HIV", "Biktarvy"), ("F11.20", "opioid use disorder", "buprenorphine"), ("A15.0", "pulmonary tuberculosis", "rifampin"),
    ("C50.911", "breast cancer", "tamoxifen"), ("F41.1", "generalized anxiety disorder", "buspirone"), ("O24.419", "gestational diabetes", "insulin aspart"),
    ("K50.90", "Crohn's disease", "adalimumab"), ("N18.30", "chronic kidney disease stage 3", "losartan"), ("F43.10", "PTSD", "prazosin"),
    ("F10.20", "alcohol use disorder", "naltrexone"), ("G30.9", "Alzheimer's disease", "donepezil"), ("F31.9", "bipolar disorder", "lithium"),
    ("A54.00", "gonorrhea", "ceftriaxone"), ("F50.00", "anorexia nervosa", "olanzapine"), ("Z21", "asymptomatic HIV infection", "Descovy"),
]
LCONDS = {"de": ["Typ-2-Diabetes", "Depression", "Brustkrebs", "Hepatitis B"], "it": ["diabete di tipo 2", "depressione", "tumore al seno", "epatite B"],
          "vi": ["bệnh tiểu đường", "viêm gan B", "trầm cảm", "bệnh lao"], "tl": ["diabetes", "altapresyon", "tuberkulosis", "sakit sa bato"],
          "pl": ["cukrzyca typu 2", "depresja", "nadciśnienie", "rak piersi"], "zh": ["糖尿病", "乙型肝炎", "抑郁症", "肺结核"]}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DE_M = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
IT_M = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]
TL_M = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre", "Nobyembre", "Disyembre"]
PL_M = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]
UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"


def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
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


def fd(d, style):
    m, dd, y = d.month, d.day, d.year
    return {"iso": f"{y}-{m:02d}-{dd:02d}", "us": f"{m:02d}/{dd:02d}/{y}", "usn": f"{m}/{dd}/{y}", "long": f"{MONTHS[m - 1]} {dd}, {y}",
            "d8": f"{y}{m:02d}{dd:02d}", "mon": f"{MONTHS[m - 1][:3]} {dd}, {y}", "dmy": f"{dd:02d}/{m:02d}/{y}", "usdash": f"{m:02d}-{dd:02d}-{y}",
            "dmon": f"{dd} {MONTHS[m - 1][:3]} {y}", "md": f"{MONTHS[m - 1][:3]} {dd}"}[style]


def ldate(d, lang, style=0):
    m, dd, y = d.month, d.day, d.year
    if lang == "de": return [f"{dd:02d}.{m:02d}.{y}", f"{dd}. {DE_M[m - 1]} {y}"][style]
    if lang == "it": return [f"{dd:02d}/{m:02d}/{y}", f"{dd} {IT_M[m - 1]} {y}"][style]
    if lang == "vi": return [f"{dd:02d}/{m:02d}/{y}", f"ngày {dd} tháng {m} năm {y}"][style]
    if lang == "tl": return [f"{TL_M[m - 1]} {dd}, {y}", f"{m:02d}/{dd:02d}/{y}"][style]
    if lang == "pl": return [f"{dd:02d}.{m:02d}.{y}", f"{dd} {PL_M[m - 1]} {y}"][style]
    if lang == "zh": return [f"{y}年{m}月{dd}日", f"{y}-{m:02d}-{dd:02d}"][style]
    return fd(d, "us")


def npi_check(base9):
    s = "80840" + base9; tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return base9 + str((10 - tot % 10) % 10)


PRACTICE_NPI = npi_check("1" + digits(8))
STAFF_NPI = {s[1]: npi_check("1" + digits(8)) for s in STAFF}


def staff(i, style="dr"):
    f, l, c, _ = STAFF[i % len(STAFF)]
    if style == "dr": return f"Dr. {f} {l}" if c in ("MD", "DO") else f"{f} {l}, {c}"
    if style == "full": return f"{f} {l}, {c}"
    if style == "email": return f"{f[0].lower()}{l.lower()}@{SITE}"
    if style == "npi": return STAFF_NPI[l]
    return f"{f} {l}"


def member_id():
    k = R.randint(0, 5)
    if k == 0: return "Medi-Cal", f"9{digits(7)}{R.choice('ABCDEFGH')}"
    if k == 1: return "Blue Shield of California", "XEA" + digits(9)
    if k == 2: return "Anthem Blue Cross", R.choice(["XDJ", "XDU", "JQV"]) + digits(9)
    if k == 3: return "Health Net", "R" + digits(8)
    if k == 4: return "Molina Healthcare", "1000" + digits(7)
    return "Aetna", "W" + digits(9)


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"; A = L + "0123456789"
    return "".join([str(R.randint(1, 9)), R.choice(L), R.choice(A), str(R.randint(0, 9)), R.choice(L), R.choice(A),
                    str(R.randint(0, 9)), R.choice(L), R.choice(L), str(R.randint(0, 9)), str(R.randint(0, 9))])


def ssn():
    a = R.randint(1, 899)
    while a == 666: a = R.randint(1, 899)
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


class P:
    def __init__(self, first, last, sex, lang, native):
        self.first, self.last, self.sex, self.lang = first, last, sex, lang
        self.full = f"{first} {last}"
        self.native = native or self.full
        self.af, self.al = ascii_fold(first), ascii_fold(last)
        self.afull = f"{self.af} {self.al}"
        self.dob = date(1936, 1, 1) + timedelta(days=R.randint(0, 26000))
        n = R.randint(10**5, 10**6 - 1)
        self.mrn = R.choice([f"RCH-{R.randint(10**6, 10**7 - 1)}", f"{R.randint(10**7, 10**8 - 1)}", f"RB{n}", f"RCH{R.randint(10**6, 10**7 - 1)}"])
        self.area = R.choice(AREAS)
        self.exch = R.choice([x for x in range(201, 990) if x % 100 != 11 and x not in (555, 455)])
        self.line = R.randint(1000, 9999)
        fl = re.sub(r"[^a-z]", "", self.af.lower()); ll = re.sub(r"[^a-z]", "", self.al.lower())
        loc = R.choice([f"{fl}.{ll}", f"{fl[0]}{ll}", f"{fl}{ll[:3]}{R.randint(1, 99)}", f"{ll}.{fl[0]}{R.randint(60, 99)}",
                        R.choice(["sacbee", "rivercity", "kingsfan", "delta.breeze", "elkgrovemom"]) + str(R.randint(1, 999))])
        self.email = f"{loc}@{R.choice(EMAIL_DOMAINS)}"
        self.ssn = ssn()
        self.city, zips = R.choice(CITIES)
        self.zip = R.choice(zips)
        self.street = f"{R.randint(100, 9999)} {R.choice(STREETS)}"
        self.payer, self.mbr = member_id()
        self.mbi = mbi()
        self.cond = R.choice(CONDS)
        d0 = date(2026, 4, 6) + timedelta(days=R.randint(0, 55))
        while d0.weekday() > 4: d0 += timedelta(days=1)
        self.appt = datetime(d0.year, d0.month, d0.day, R.randint(8, 16), R.choice([0, 15, 30, 45]))
        self.ip = f"{R.choice([73, 76, 98, 99, 107, 174, 24, 67])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"
        self.dl = R.choice("ABDEFGY") + digits(7)

    def phone(self, style="dash"):
        a, e, l = self.area, self.exch, self.line
        return {"paren": f"({a}) {e}-{l}", "dash": f"{a}-{e}-{l}", "dot": f"{a}.{e}.{l}", "e164": f"+1{a}{e}{l}", "bare": f"{a}{e}{l}",
                "one": f"1{a}{e}{l}", "intl": f"+1 {a} {e} {l}", "spc": f"{a} {e} {l}"}[style]

    def dobs(self, style="iso"):
        return fd(self.dob, style)

    def ad(self, style="iso"):
        return fd(self.appt.date(), style)

    def at(self, style="off"):   # appointment timestamp
        a = self.appt
        if style == "off": return f"{a:%Y-%m-%dT%H:%M}:00-07:00"
        if style == "z": return (a + timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:00Z")
        if style == "human": return f"{MONTHS[a.month - 1]} {a.day} at {a:%-I:%M %p}"
        return f"{a:%Y-%m-%d %H:%M}"

    def dx(self): return self.cond[1]
    def icd(self): return self.cond[0]
    def med(self): return self.cond[2]


PATIENTS = [P(*n) for n in NAMES]
PATIENTS[45].dob = date(1934, 10, 2)     # Esther Rosenblatt, 91
_order = list(range(len(PATIENTS)))
_pos = [0]


def nextp():
    if _pos[0] % len(_order) == 0: R.shuffle(_order)
    p = PATIENTS[_order[_pos[0] % len(_order)]]; _pos[0] += 1
    return p


_lpos = {}


def langp(lang):
    ps = [p for p in PATIENTS if p.lang == lang]
    i = _lpos.get(lang, 0); _lpos[lang] = i + 1
    return ps[i % len(ps)]


def tstamp(i=0):
    return datetime(2026, 4, 2, 8, 5, 11) + timedelta(minutes=17 * i + R.randint(0, 15), seconds=R.randint(0, 59))


def ts(i=0):
    return tstamp(i).strftime("%Y-%m-%dT%H:%M:%S.") + f"{R.randint(0, 999):03d}Z"


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


def NAMEP(p):
    return [[p.full, "name"]]


# ----------------------------------------------------------------------------- 1. GraphQL persisted-query GETs
GQL = "http://api.slotwise.example/graphql"   # scheduling SaaS: may receive name, email, phone, date


def gql_url(op, variables, h, host=GQL):
    ext = {"persistedQuery": {"version": 1, "sha256Hash": h}}
    return f"{host}?{qs([('operationName', op), ('variables', J(variables, compact=True)), ('extensions', J(ext, compact=True))])}"


def graphql_persisted():
    S = "graphql_persisted_get"
    GH = {"Accept": "application/graphql-response+json", "apollographql-client-name": "rch-portal-web", "apollographql-client-version": BUILD,
          "Authorization": "Bearer sw_live_" + alnum(32)}
    p = nextp(); h = hexs(64)
    add(S, "GET", gql_url("PatientLookup", {"lastName": p.last, "dateOfBirth": p.dobs("iso"), "memberId": p.mbr, "payer": p.payer}, h), GH, "",
        [[p.last, "name"], [p.dobs("iso"), "dob"], [p.mbr, "member_id"]], ["PatientLookup", h, p.payer], "redact")
    p = nextp(); h = hexs(64); slot = "slt_" + alnum(12)
    v = {"input": {"patient": {"firstName": p.first, "lastName": p.last, "phone": p.phone("e164"), "email": p.email},
                   "slotId": slot, "start": p.at("off"), "providerNpi": staff(2, "npi"), "reason": f"{p.dx()} follow-up", "newPatient": False}}
    add(S, "GET", gql_url("BookAppointment", v, h), GH, "",
        [[p.first, "name"], [p.last, "name"], [p.phone("e164"), "phone"], [p.email, "email"], [p.at("off"), "date"], [p.dx(), "condition"]],
        ["BookAppointment", slot, staff(2, "npi")], "redact")
    p = nextp(); h = hexs(64); apt = "apt_" + alnum(10)
    v = {"appointmentId": apt, "newStart": p.at("z"), "chartNumber": p.mrn, "notifyVia": "SMS"}
    add(S, "GET", gql_url("RescheduleVisit", v, h), GH, "", [[p.at("z"), "date"], [p.mrn, "mrn"]], ["RescheduleVisit", apt], "redact")
    p = nextp(); h = hexs(64)
    v = {"term": p.full, "dob": p.dobs("us"), "first": 20}
    add(S, "GET", gql_url("SearchPatients", v, h) + "&_cb=" + digits(13), GH, "", [[p.full, "name"], [p.dobs("us"), "dob"]], ["SearchPatients"], "redact")
    p = nextp(); h = hexs(64)
    v = {"patientId": p.mrn, "address": {"line1": p.street, "city": p.city, "state": "CA", "postalCode": p.zip}, "ssnLast4": p.ssn[-4:]}
    add(S, "GET", gql_url("UpdateMailingAddress", v, h), GH, "", [[p.mrn, "mrn"], [p.street, "address"], [p.zip, "zip"]], ["UpdateMailingAddress"], "redact")
    p = nextp(); h = hexs(64)   # variables double-encoded as a JSON string (some clients do this)
    inner = J({"filter": {"dob": p.dobs("iso"), "insuranceMemberId": p.mbr}, "includeCancelled": True}, compact=True)
    url = f"{GQL}?{qs([('operationName', 'VisitHistory'), ('variables', J(inner)), ('extensions', J({'persistedQuery': {'version': 1, 'sha256Hash': h}}, compact=True))])}"
    add(S, "GET", url, GH, "", [[p.dobs("iso"), "dob"], [p.mbr, "member_id"]], ["VisitHistory", h], "redact")
    # clean look-alikes: provider NPI, availability dates, practice zip, persisted hashes
    h = hexs(64)
    v = {"providerNpi": staff(0, "npi"), "locationId": "loc_3301", "from": "2026-04-06", "to": "2026-04-10", "visitType": "NEW_PATIENT"}
    add(S, "GET", gql_url("AvailableSlots", v, h), GH, "", [], ["AvailableSlots", staff(0, "npi"), "2026-04-06", h], "pass")
    h = hexs(64)
    add(S, "GET", gql_url("ClinicLocations", {"nearZip": PRACTICE_ZIP, "radiusMiles": 10, "orgNpi": PRACTICE_NPI}, h), GH, "", [], ["ClinicLocations", PRACTICE_NPI], "pass")


# ----------------------------------------------------------------------------- 2. Connect / protobuf-JSON, gRPC-web
RMD = "http://api.remindly.example"   # reminder vendor: may receive name, phone, date
CONNH = {"Content-Type": "application/json", "Connect-Protocol-Version": "1", "Connect-Timeout-Ms": "15000"}


def pb_varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F; n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n: return bytes(out)


def pb_s(field, s):
    b = s.encode() if isinstance(s, str) else s
    return pb_varint(field << 3 | 2) + pb_varint(len(b)) + b


def pb_i(field, n):
    return pb_varint(field << 3) + pb_varint(n)


def grpc_frame(msg):
    return b"\x00" + struct.pack(">I", len(msg)) + msg


def grpc_web():
    S = "connect_protojson"
    p = nextp(); d = p.dob
    dobj = J({"year": d.year, "month": d.month, "day": d.day}, compact=True)
    body = {"patient": {"givenName": p.first, "familyName": p.last, "birthDate": {"year": d.year, "month": d.month, "day": d.day},
                        "mrn": {"value": p.mrn}}, "phoneNumber": {"value": p.phone("e164")}, "appointmentTime": p.at("z"),
            "visitType": "VISIT_TYPE_TELEHEALTH", "reasonText": {"value": p.dx()}, "sendSms": {"value": True}}
    add(S, "POST", f"{RMD}/remindly.v1.ReminderService/CreateReminder", CONNH, J(body, compact=True),
        [[p.first, "name"], [p.last, "name"], [dobj, "dob"], [p.mrn, "mrn"], [p.phone("e164"), "phone"], [p.at("z"), "date"], [p.dx(), "condition"]],
        ["VISIT_TYPE_TELEHEALTH", "remindly.v1.ReminderService"], "redact")
    p = nextp()
    body = {"contact": {"name": f"patients/{p.mrn}/contact", "email": {"value": p.email},
                        "homeAddress": {"regionCode": "US", "postalCode": p.zip, "administrativeArea": "CA", "locality": p.city, "addressLines": [p.street]}},
            "updateMask": "email,homeAddress"}
    add(S, "POST", f"{RMD}/remindly.v1.ContactService/UpdateContact", CONNH, J(body, compact=True),
        [[p.mrn, "mrn"], [p.email, "email"], [p.zip, "zip"], [p.street, "address"]], ["email,homeAddress"], "redact")
    p = nextp(); q = nextp()
    body = {"reminders": [{"patientRef": {"value": x.mrn}, "displayName": x.afull, "birthDate": x.dobs("iso"), "phone": x.phone("e164"),
                           "startTime": x.at("z"), "memberId": {"value": x.mbr}} for x in (p, q)], "requestId": uuid()}
    raw = J(body, compact=True).encode()
    add(S, "POST", f"{RMD}/remindly.v1.ReminderService/BatchCreateReminders", {"Content-Type": "application/grpc-web+json", "X-Grpc-Web": "1"}, grpc_frame(raw),
        sum([[[x.mrn, "mrn"], [x.afull, "name"], [x.dobs("iso"), "dob"], [x.phone("e164"), "phone"], [x.at("z"), "date"], [x.mbr, "member_id"]] for x in (p, q)], []),
        ["BatchCreateReminders"], "redact")
    add(S, "POST", f"{RMD}/remindly.v1.ClinicService/GetClinicHours", CONNH, J({"locationId": "loc_3301", "date": "2026-04-06", "timeZone": "America/Los_Angeles"}, compact=True),
        [], ["loc_3301", "2026-04-06"], "pass")

    S = "grpc_web_binary"
    GWH = {"Content-Type": "application/grpc-web+proto", "X-Grpc-Web": "1", "X-User-Agent": "grpc-web-javascript/0.1"}
    p = nextp()
    note = f"needs {p.dx()} labs"
    msg = pb_s(1, p.afull) + pb_s(2, p.phone("e164")) + pb_s(3, p.dobs("us")) + pb_s(4, note) + pb_s(5, pb_s(1, p.mrn) + pb_i(2, 1))
    add(S, "POST", f"{RMD}/remindly.v1.ReminderService/CreateReminder", GWH, grpc_frame(msg),
        [[p.afull, "name"], [p.phone("e164"), "phone"], [p.dobs("us"), "dob"], [p.dx(), "condition"], [p.mrn, "mrn"]], [], "redact")
    p = nextp()
    msg = pb_s(1, pb_s(1, p.af) + pb_s(2, p.al) + pb_s(3, p.ssn)) + pb_s(2, p.mbr) + pb_s(3, p.payer) + pb_s(4, p.at("z")) + pb_i(5, 3)
    add(S, "POST", f"{RMD}/remindly.v1.EligibilityService/Check", GWH, grpc_frame(msg),
        [[p.af, "name"], [p.al, "name"], [p.ssn, "ssn"], [p.mbr, "member_id"], [p.at("z"), "date"]], [p.payer], "redact")
    p = nextp()   # grpc-web-text: the whole body is base64; the blob itself is what must not arrive unchanged
    msg = pb_s(1, p.afull) + pb_s(2, p.mrn) + pb_s(3, p.dobs("iso")) + pb_s(4, p.phone("e164"))
    blob = base64.b64encode(grpc_frame(msg)).decode()
    add(S, "POST", f"{RMD}/remindly.v1.ReminderService/CreateReminder", {"Content-Type": "application/grpc-web-text", "X-Grpc-Web": "1", "Accept": "application/grpc-web-text"},
        blob, [[blob, "mrn"]], [], "redact")
    msg = pb_s(1, "loc_3301") + pb_s(2, "2026-04-07") + pb_s(3, BUILD) + pb_s(4, uuid())
    add(S, "POST", f"{RMD}/remindly.v1.ClinicService/GetClinicHours", GWH, grpc_frame(msg), [], [], "pass")


# ----------------------------------------------------------------------------- 3. Kafka REST / schema registry
AIVEN = "http://kafka-riverbend-riverbend.a.aivencloud.com"
CONF = "http://pkc-4r087.us-west2.gcp.confluent.cloud"
KH = {"Authorization": "Basic " + base64.b64encode(b"avnadmin:AVNS_x9kQ2").decode()}


def kafka():
    S = "kafka_rest"
    p = nextp()
    recs = {"records": [{"key": p.mrn, "value": {"event": "intake.completed", "patient": {"name": p.full, "dob": p.dobs("iso"), "phone": p.phone("paren"),
                                                                                         "email": p.email}, "answers": {"chief_complaint": p.dx()}}}]}
    add(S, "POST", f"{AIVEN}/topics/portal.patient-events", dict(KH, **{"Content-Type": "application/vnd.kafka.json.v2+json"}), J(recs),
        [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("iso"), "dob"], [p.phone("paren"), "phone"], [p.email, "email"], [p.dx(), "condition"]],
        ["intake.completed"], "redact")
    p = nextp(); q = nextp()
    days = (p.dob - date(1970, 1, 1)).days
    ms = int((q.appt - datetime(1970, 1, 1)).total_seconds() * 1000) + 7 * 3600 * 1000
    recs = {"value_schema_id": 100214, "records": [
        {"value": {"mrn": {"string": p.mrn}, "full_name": {"string": p.full}, "birth_date": {"int": days}, "visit_reason": {"string": p.dx()}, "zip": {"string": p.zip}}},
        {"value": {"mrn": {"string": q.mrn}, "full_name": {"string": q.full}, "birth_date": None, "visit_ts": {"long": ms}, "visit_reason": {"string": q.dx()}, "zip": None}}]}
    add(S, "POST", f"{AIVEN}/topics/portal.visits-avro", dict(KH, **{"Content-Type": "application/vnd.kafka.avro.v2+json"}), J(recs),
        [[p.mrn, "mrn"], [p.full, "name"], [str(days), "dob"], [p.dx(), "condition"], [p.zip, "zip"], [q.mrn, "mrn"], [q.full, "name"], [str(ms), "date"],
         [q.dx(), "condition"]], ["100214"], "redact")
    p = nextp()
    v3 = {"key": {"type": "STRING", "data": p.mrn}, "value": {"type": "JSON", "data": {"form": "new-patient", "fields": {
        "legalName": p.full, "dateOfBirth": p.dobs("us"), "ssn": p.ssn, "driversLicense": p.dl, "address": f"{p.street}, {p.city}, CA {p.zip}"}}}}
    CH = {"Content-Type": "application/json", "Authorization": "Basic " + base64.b64encode(b"QK2X7RZ4:cflt9sd8f7").decode()}
    add(S, "POST", f"{CONF}/kafka/v3/clusters/lkc-9x2q7/topics/intake.submissions/records", CH, J(v3),
        [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("us"), "dob"], [p.ssn, "ssn"], [p.dl, "drivers_license"], [p.street, "address"], [p.zip, "zip"]],
        ["intake.submissions", "new-patient"], "redact")
    p = nextp()
    inner = J({"patient": p.full, "dob": p.dobs("iso"), "ssn": p.ssn, "dx": p.icd()}).encode()
    blob = base64.b64encode(inner).decode()
    v3 = {"key": {"type": "STRING", "data": p.mrn}, "value": {"type": "BINARY", "data": blob}, "headers": [{"name": "content-type", "value": base64.b64encode(b"application/json").decode()}]}
    add(S, "POST", f"{CONF}/kafka/v3/clusters/lkc-9x2q7/topics/billing.claims-raw/records", CH, J(v3), [[p.mrn, "mrn"], [blob, "ssn"]], ["billing.claims-raw"], "redact")
    # clean: schema registration (field names only) and an inventory event
    sch = {"type": "record", "name": "PatientEvent", "namespace": "org.riverbendch", "fields": [
        {"name": "mrn", "type": ["null", "string"], "default": None}, {"name": "full_name", "type": ["null", "string"], "default": None},
        {"name": "birth_date", "type": ["null", {"type": "int", "logicalType": "date"}], "default": None},
        {"name": "ssn", "type": ["null", "string"], "default": None, "doc": "format ###-##-####"}]}
    add(S, "POST", "http://psrc-8kz20.us-west2.gcp.confluent.cloud/subjects/portal.patient-events-value/versions", {"Content-Type": "application/vnd.schemaregistry.v1+json"},
        J({"schemaType": "AVRO", "schema": J(sch, compact=True)}), [], ["PatientEvent", "birth_date"], "pass")
    o = order_no()
    v3 = {"key": {"type": "STRING", "data": o}, "value": {"type": "JSON", "data": {"sku": "VAX-FLU-QIV-10", "lot": "UT7741AA", "exp": "2026-06-30", "qty": 10,
                                                                                 "unit_price": "18.75", "received_at": ts(3)}}}
    add(S, "POST", f"{CONF}/kafka/v3/clusters/lkc-9x2q7/topics/inventory.receipts/records", CH, J(v3), [], [o, "UT7741AA", "18.75"], "pass")


# ----------------------------------------------------------------------------- 4. PHI in headers
OTLP = "http://otlp-gateway-prod-us-west-0.grafana.net/otlp/v1/traces"


def span_body(name):
    return J({"resourceSpans": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "rch-portal"}}]},
                                 "scopeSpans": [{"spans": [{"traceId": hexs(32), "spanId": hexs(16), "name": name, "kind": 3,
                                                            "startTimeUnixNano": str(epoch(1) * 10**9), "endTimeUnixNano": str(epoch(1) * 10**9 + 41000000)}]}]}]}, compact=True)


def headers_ctx():
    S = "header_context"
    p = nextp()
    h = {"Accept": "application/json", "X-Patient-Context": f"mrn={p.mrn}; dob={p.dobs('iso')}; name=\"{p.afull}\"", "X-Request-Id": uuid()}
    add(S, "GET", "http://api.slotwise.example/v2/slots?location=loc_3301&date=2026-04-14", h, "",
        [[p.mrn, "mrn"], [p.dobs("iso"), "dob"], [p.afull, "name"]], ["loc_3301"], "redact")
    p = nextp()
    bag = f"patient.mrn={p.mrn},patient.name={quote(p.full)},patient.dob={p.dobs('iso')},tenant=riverbend"
    h = {"Content-Type": "application/json", "traceparent": f"00-{hexs(32)}-{hexs(16)}-01", "baggage": bag, "X-Scope-OrgID": "rch-prod"}
    add(S, "POST", OTLP, h, span_body("POST /api/intake"), [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("iso"), "dob"]], ["POST /api/intake"], "redact")
    p = nextp()
    h = {"Content-Type": "application/json", "traceparent": f"00-{hexs(32)}-{hexs(16)}-01",
         "tracestate": f"rch=mrn:{p.mrn};ph:{p.phone('bare')},dd=s:1;t.dm:-4"}
    add(S, "POST", OTLP, h, span_body("GET /api/refills"), [[p.mrn, "mrn"], [p.phone("bare"), "phone"]], ["GET /api/refills"], "redact")
    p = nextp()
    prof = quote(J({"n": p.full, "dob": p.dobs("us"), "mrn": p.mrn, "ins": p.mbr}, compact=True), safe="")
    h = {"Accept": "application/json", "Cookie": f"sw_session={hexs(32)}; rch_profile={prof}; _ga=GA1.1.{digits(10)}.{epoch(2)}"}
    add(S, "GET", "http://api.slotwise.example/v2/me/upcoming", h, "",
        [[p.full, "name"], [p.dobs("us"), "dob"], [p.mrn, "mrn"], [p.mbr, "member_id"]], [], "redact")
    p = nextp()
    ck = base64.b64encode(J({"uid": p.mrn, "email": p.email, "dob": p.dobs("iso")}, compact=True).encode()).decode().rstrip("=")
    h = {"Accept": "*/*", "Cookie": f"rch_ctx={ck}; sw_session={hexs(32)}"}
    add(S, "GET", "http://api.slotwise.example/v2/me/reminders", h, "", [[ck, "mrn"]], [], "redact")
    p = nextp()
    h = {"Content-Type": "application/json", "X-Forwarded-For": f"{p.ip}, 10.0.4.12", "X-Real-IP": p.ip,
         "Referer": f"{PORTAL}/patients/{p.mrn}/labs?panel=hepatitis-b"}
    add(S, "POST", "http://region1.google-analytics.com/g/collect?v=2&tid=G-8XK2P4L1QZ&cid=1733412345.1712345678&en=page_view", h, "",
        [[p.ip, "ip_address"], [p.mrn, "mrn"]], ["G-8XK2P4L1QZ"], "redact")
    p = nextp()
    fname = f"{p.al.replace(' ', '_')}_{p.af.replace(' ', '_')}_DOB_{p.dobs('iso')}_insurance_card.pdf"
    h = {"Content-Type": "application/pdf", "X-File-Name": fname, "Content-Disposition": f"attachment; filename=\"{fname}\""}
    add(S, "PUT", f"http://api.pdf.co/v1/file/upload/{uuid()}", h, "%PDF-1.7\n%\xe2\xe3\n1 0 obj << /Type /Catalog >> endobj\n",
        [[p.al.replace(" ", "_"), "name"], [p.dobs("iso"), "dob"]], [], "redact")
    p = nextp()
    h = {"Content-Type": "application/json", "X-Patient-Email": p.email, "X-Patient-Phone": p.phone("e164"), "X-Visit-Reason": p.dx()}
    add(S, "POST", f"{RMD}/remindly.v1.ReminderService/Ping", dict(CONNH, **h), "{}", [[p.email, "email"], [p.phone("e164"), "phone"], [p.dx(), "condition"]], [], "redact")
    # clean header-heavy look-alikes
    h = {"Content-Type": "application/json", "traceparent": f"00-{hexs(32)}-{hexs(16)}-01", "baggage": f"deployment.environment=prod,service.version={BUILD},tenant=riverbend",
         "tracestate": "dd=s:1;t.dm:-4", "X-Request-Id": uuid(), "X-Clinic-Phone": PRACTICE_PHONE}
    add(S, "POST", OTLP, h, span_body("GET /healthz"), [], ["GET /healthz"], "pass")
    h = {"Accept": "application/json", "Cookie": f"sw_session={hexs(32)}; sw_csrf={alnum(40)}; locale=en-US; tz=America%2FLos_Angeles", "If-None-Match": f"W/\"{hexs(16)}\""}
    add(S, "GET", "http://api.slotwise.example/v2/providers?specialty=family-medicine", h, "", [], [], "pass")


# ----------------------------------------------------------------------------- 5. e-prescribing / pharmacy
RXHUB = "http://api.rxhub-bridge.example"     # BAA partner (all)
RXSAVE = "http://api.rxsaver.example"         # discount card: name, dob, zip


def pharmacy():
    S = "erx_json"
    for i in range(2):
        p = nextp(); mid = uuid()
        ndc = R.choice(["00093-7214-01", "61958-2501-01", "00378-0228-93", "50090-4861-0"])
        body = {"Message": {"Header": {"To": {"NCPDPID": "0512345", "Qualifier": "P"}, "From": {"NPI": staff(i, "npi"), "Qualifier": "C"},
                                       "MessageID": mid, "SentTime": ts(i)},
                            "Body": {("NewRx" if i == 0 else "RxRenewalResponse"): {
                                "Patient": {"HumanPatient": {"Name": {"LastName": p.last, "FirstName": p.first}, "Gender": p.sex,
                                                             "DateOfBirth": {"Date": p.dobs("iso")}, "Address": {"AddressLine1": p.street, "City": p.city,
                                                                                                                  "StateProvince": "CA", "PostalCode": p.zip},
                                                             "CommunicationNumbers": {"PrimaryTelephone": {"Number": p.phone("bare")}}}},
                                "Prescriber": {"NonVeterinarian": {"Identification": {"NPI": staff(i, "npi")}, "Name": {"LastName": STAFF[i][1], "FirstName": STAFF[i][0]}}},
                                "MedicationPrescribed": {"DrugDescription": p.med(), "DrugCoded": {"ProductCode": {"Code": ndc, "Qualifier": "ND"}},
                                                         "Quantity": {"Value": 30}, "Diagnosis": {"Primary": {"Code": p.icd(), "Qualifier": "ABF"}}}}}}}
        add(S, "POST", f"{RXHUB}/script/v2017071/messages", JSONH, J(body),
            [[p.last, "name"], [p.first, "name"], [p.dobs("iso"), "dob"], [p.street, "address"], [p.zip, "zip"], [p.phone("bare"), "phone"], [p.icd(), "icd10"]],
            [mid, ndc], "pass")
    p = nextp()
    body = {"bin": "610014", "pcn": "MEDDPRIME", "group": "RX8801", "cardholderId": p.mbr, "personCode": "01",
            "patient": {"firstName": p.af, "lastName": p.al, "dob": p.dobs("d8"), "gender": 2 if p.sex == "F" else 1, "zip": p.zip},
            "claim": {"ndc": "00093721401", "qty": 30, "daysSupply": 30, "prescriberNpi": staff(1, "npi"), "dateOfService": p.ad("d8")}}
    add(S, "POST", "http://api.pbm-bridge.example/v1/eligibility/test-claim", JSONH, J(body),
        [[p.mbr, "member_id"], [p.af, "name"], [p.al, "name"], [p.dobs("d8"), "dob"], [p.zip, "zip"], [p.ad("d8"), "date"]], ["610014", "MEDDPRIME"], "pass")

    S = "rx_discount"
    p = nextp()
    body = {"drug": {"name": p.med(), "quantity": 30}, "member": {"firstName": p.first, "lastName": p.last, "dob": p.dobs("iso"), "zip": p.zip,
                                                                   "phone": p.phone("dash"), "email": p.email}, "diagnosisCode": p.icd(), "prescriber": staff(0)}
    add(S, "POST", f"{RXSAVE}/v2/coupons", JSONH, J(body),
        [[p.first, "name"], [p.last, "name"], [p.dobs("iso"), "dob"], [p.zip, "zip"], [p.phone("dash"), "phone"], [p.email, "email"], [p.icd(), "icd10"]],
        [staff(0)], "redact")
    p = nextp()
    url = f"{RXSAVE}/v2/prices?{qs([('ndc', '61958250101'), ('qty', '30'), ('zip', p.zip), ('member_name', p.full), ('member_dob', p.dobs('us')), ('cardholder_id', p.mbr), ('reason', p.dx())])}"
    add(S, "GET", url, {"Accept": "application/json"}, "",
        [[p.zip, "zip"], [p.full, "name"], [p.dobs("us"), "dob"], [p.mbr, "member_id"], [p.dx(), "condition"]], ["61958250101"], "redact")
    p = nextp()
    body = {"channel": "sms", "to": p.phone("e164"), "template": "coupon_ready",
            "vars": {"first": p.first, "drug": p.med(), "pharmacy": "CVS #09812, 2901 K St", "note": f"Card for {p.full} (DOB {p.dobs('usn')}), MRN {p.mrn}"}}
    add(S, "POST", f"{RXSAVE}/v2/notify", JSONH, J(body),
        [[p.phone("e164"), "phone"], [p.first, "name"], [p.full, "name"], [p.dobs("usn"), "dob"], [p.mrn, "mrn"]], ["CVS #09812, 2901 K St", "coupon_ready"], "redact")
    body = {"ndc": "61958250101", "bin": "610014", "pcn": "MEDDPRIME", "group": "RX8801", "quantity": 30, "daysSupply": 30, "pharmacyNcpdp": "0512345"}
    add(S, "POST", f"{RXSAVE}/v2/formulary/lookup", JSONH, J(body), [], ["61958250101", "RX8801"], "pass")
    add(S, "GET", f"{RXSAVE}/v2/pharmacies?zip={PRACTICE_ZIP}&radius_mi=5&open_now=true&ref=practice-{PRACTICE_NPI}", {}, "", [], [PRACTICE_NPI], "pass")


# ----------------------------------------------------------------------------- 6. lab orders (LOINC), HL7 VXU in JSON
LAB = "http://orders.valleylab-partner.example"
LABFIND = "http://api.labfinder.example"        # lab-price marketplace: zip only
LOINCS = [("4548-4", "Hemoglobin A1c"), ("2093-3", "Cholesterol total"), ("29463-7", "Body weight"), ("5195-3", "Hepatitis B surface Ag"),
          ("25836-8", "HIV 1 RNA viral load"), ("57021-8", "CBC W Auto Differential"), ("24323-8", "Comprehensive metabolic panel")]


def labs():
    S = "lab_order_json"
    for i in range(2):
        p = nextp(); oid = f"LO-{digits(8)}"; tests = R.sample(LOINCS, 3)
        body = {"order": {"id": oid, "priority": "routine", "collectOn": p.ad("iso"), "orderingProvider": {"npi": staff(i, "npi"), "name": staff(i)},
                          "patient": {"mrn": p.mrn, "name": {"given": p.first, "family": p.last}, "birthDate": p.dobs("iso"), "phone": p.phone("dash"),
                                      "insurance": {"payer": p.payer, "memberId": p.mbr}},
                          "tests": [{"loinc": c, "display": n} for c, n in tests], "diagnoses": [{"icd10": p.icd(), "text": p.dx()}]}}
        add(S, "POST", f"{LAB}/api/v3/orders", JSONH, J(body),
            [[p.mrn, "mrn"], [p.first, "name"], [p.last, "name"], [p.dobs("iso"), "dob"], [p.phone("dash"), "phone"], [p.mbr, "member_id"], [p.icd(), "icd10"],
             [p.dx(), "condition"], [p.ad("iso"), "date"]], [oid, tests[0][0]], "pass")
    p = nextp(); tests = R.sample(LOINCS, 2)
    body = {"zip": p.zip, "tests": [c for c, _ in tests], "customer": {"name": p.full, "dob": p.dobs("us"), "email": p.email}, "reason": p.dx()}
    add(S, "POST", f"{LABFIND}/v1/estimates", JSONH, J(body),
        [[p.zip, "zip"], [p.full, "name"], [p.dobs("us"), "dob"], [p.email, "email"], [p.dx(), "condition"]], [tests[0][0], tests[1][0]], "redact")
    p = nextp()
    url = f"{LABFIND}/v1/estimates?{qs([('loinc', '25836-8'), ('zip', p.zip), ('patient', p.afull), ('dob', p.dobs('iso')), ('icd', p.icd())])}"
    add(S, "GET", url, {}, "", [[p.zip, "zip"], [p.afull, "name"], [p.dobs("iso"), "dob"], [p.icd(), "icd10"]], ["25836-8"], "redact")
    body = {"zip": PRACTICE_ZIP, "tests": ["4548-4", "2093-3", "24323-8"], "cpt": ["83036", "82465", "80053"], "payer": "self-pay", "ref": "practice-portal"}
    add(S, "POST", f"{LABFIND}/v1/estimates", JSONH, J(body), [], ["4548-4", "83036"], "pass")

    S = "hl7_vxu_json"
    REG = "http://cair2-ws.immunization-registry.example/api/v1/submit"
    VEC = "http://in.logs.betterstack.com/"
    VECH = {"Content-Type": "application/json", "Authorization": "Bearer " + alnum(24)}
    for i in range(4):
        p = nextp(); stamp = f"20260402{R.randint(8, 17):02d}{R.randint(0, 59):02d}{R.randint(0, 59):02d}"; ctl = f"RCH{stamp}{i:03d}"
        adm = p.ad("d8")
        hl7 = "\r".join([
            f"MSH|^~\\&|RCH_EHR|RIVERBEND^{PRACTICE_NPI}^NPI|CAIR2|CAIR2|{stamp}||VXU^V04^VXU_V04|{ctl}|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS",
            f"PID|1||{p.mrn}^^^RCH^MR||{p.al.upper()}^{p.af.upper()}^^^^^L||{p.dobs('d8')}|{p.sex}||2028-9^Asian^CDCREC|{p.street.upper()}^^{p.city.upper()}^CA^{p.zip}^USA^L||^PRN^PH^^^{p.area}^{p.exch}{p.line}",
            f"PD1|||||||||||02^Reminder/recall - any method^HL70215|N|{adm}",
            f"ORC|RE||{digits(6)}^RCH|||||||^{STAFF[4][1].upper()}^{STAFF[4][0].upper()}",
            f"RXA|0|1|{adm}|{adm}|{R.choice(['213^COVID-19 vaccine', '150^Influenza, injectable, quadrivalent', '187^Zoster recombinant'])}^CVX|0.5|mL^^UCUM||00^New immunization record^NIP001||||||UT7741AA||PFR^Pfizer^MVX|||CP|A"])
        phi = [[p.mrn, "mrn"], [p.al.upper(), "name"], [p.af.upper(), "name"], [p.dobs("d8"), "dob"], [p.street.upper(), "address"], [p.zip, "zip"],
               [f"{p.area}^{p.exch}{p.line}", "phone"], [adm, "date"]]
        if i < 2:
            add(S, "POST", REG, JSONH, J({"facilityId": "RCH01", "username": "rch_ws", "message": hl7}), phi, [ctl], "pass")
        else:
            ev = [{"@timestamp": ts(i), "log": {"level": "error", "original": f"VXU rejected by registry (AE): {hl7}", "logger": "rch.immunizations"},
                   "event": {"dataset": "rch.cair2"}, "host": {"name": "int-engine-1"}}]
            add(S, "POST", VEC, VECH, J(ev), phi, ["rch.immunizations", "int-engine-1"], "redact")
    ack = f"MSH|^~\\&|CAIR2|CAIR2|RCH_EHR|RIVERBEND|20260402101500||ACK^V04^ACK|ACK{digits(9)}|P|2.5.1\rMSA|AA|RCH20260402091422001\rERR||||I|0^Message accepted^HL70357"
    add(S, "POST", VEC, VECH, J([{"@timestamp": ts(9), "log": {"level": "info", "original": f"registry ACK {ack}"}, "event": {"dataset": "rch.cair2"}}]),
        [], ["RCH20260402091422001"], "pass")


# ----------------------------------------------------------------------------- 7. FHIR R4 resources not covered before
ENG = "http://api.carecadence.example/fhir/r4"   # patient-engagement vendor: name, email, phone, date
PAYER = "http://fhir.goldenstate-payer.example/r4"
FHIRH = {"Content-Type": "application/fhir+json", "Accept": "application/fhir+json"}


def fhir():
    S = "fhir_r4_more"
    p = nextp()
    ap = {"resourceType": "Appointment", "id": "apt-" + alnum(8).lower(), "status": "booked", "serviceType": [{"text": "Follow-up visit"}],
          "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": p.icd()}], "text": p.dx()}],
          "start": p.at("off"), "minutesDuration": 30,
          "participant": [{"actor": {"reference": f"Patient/{p.mrn}", "display": p.full}, "status": "accepted"},
                          {"actor": {"reference": f"Practitioner/{staff(0, 'npi')}", "display": staff(0)}, "status": "accepted"}]}
    add(S, "PUT", f"{ENG}/Appointment/{ap['id']}", FHIRH, J(ap, indent=1),
        [[p.icd(), "icd10"], [p.dx(), "condition"], [p.at("off"), "date"], [p.mrn, "mrn"], [p.full, "name"]], [staff(0), "Follow-up visit"], "redact")
    p = nextp()
    qr = {"resourceType": "QuestionnaireResponse", "status": "completed", "questionnaire": "Questionnaire/new-patient-intake-v3", "authored": ts(2),
          "item": [{"linkId": "1", "text": "Legal name", "answer": [{"valueString": p.full}]},
                   {"linkId": "2", "text": "Date of birth", "answer": [{"valueDate": p.dobs("iso")}]},
                   {"linkId": "3", "text": "Mobile phone", "answer": [{"valueString": p.phone("paren")}]},
                   {"linkId": "4", "text": "Home address", "answer": [{"valueString": f"{p.street}, {p.city}, CA {p.zip}"}]},
                   {"linkId": "5", "text": "Have you ever been diagnosed with any of the following?",
                    "answer": [{"valueCoding": {"system": "http://snomed.info/sct", "code": "38341003", "display": p.dx()}}]},
                   {"linkId": "6", "text": "Social Security number (optional)", "answer": [{"valueString": p.ssn}]}]}
    add(S, "POST", f"{ENG}/QuestionnaireResponse", FHIRH, J(qr),
        [[p.full, "name"], [p.dobs("iso"), "dob"], [p.phone("paren"), "phone"], [p.street, "address"], [p.zip, "zip"], [p.dx(), "condition"], [p.ssn, "ssn"]],
        ["new-patient-intake-v3", "Legal name"], "redact")
    p = nextp()
    cs = {"resourceType": "Consent", "status": "active", "scope": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/consentscope", "code": "patient-privacy"}]},
          "patient": {"reference": f"Patient/{p.mrn}", "display": p.full}, "dateTime": p.at("off"),
          "sourceAttachment": {"title": f"42 CFR Part 2 disclosure consent - opioid use disorder treatment records - {p.full}"},
          "provision": {"type": "permit", "period": {"start": p.ad("iso"), "end": "2027-04-30"}, "actor": [{"reference": {"display": "Sacramento County Probation"}}]}}
    add(S, "POST", f"{ENG}/Consent", FHIRH, J(cs),
        [[p.mrn, "mrn"], [p.full, "name"], [p.at("off"), "date"], ["opioid use disorder", "condition"], [p.ad("iso"), "date"]], ["patient-privacy"], "redact")
    p = nextp(); lo = R.choice(LOINCS)
    sr = {"resourceType": "ServiceRequest", "status": "active", "intent": "order", "code": {"coding": [{"system": "http://loinc.org", "code": lo[0]}], "text": lo[1]},
          "subject": {"reference": f"Patient/{p.mrn}", "display": p.full}, "occurrenceDateTime": p.at("off"),
          "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": p.icd()}], "text": p.dx()}],
          "requester": {"display": staff(3)}, "note": [{"text": f"Pt prefers text at {p.phone('dash')}; DOB {p.dobs('us')} verified"}]}
    add(S, "POST", f"{ENG}/ServiceRequest", FHIRH, J(sr),
        [[p.mrn, "mrn"], [p.full, "name"], [p.at("off"), "date"], [p.icd(), "icd10"], [p.dx(), "condition"], [p.phone("dash"), "phone"], [p.dobs("us"), "dob"]],
        [lo[0], staff(3)], "redact")
    p = nextp()
    cov = {"resourceType": "Coverage", "status": "active", "subscriberId": p.mbr, "beneficiary": {"reference": f"Patient/{p.mrn}", "display": p.full},
           "relationship": {"coding": [{"code": "self"}]}, "period": {"start": "2026-01-01"}, "payor": [{"display": p.payer}],
           "class": [{"type": {"coding": [{"code": "group"}]}, "value": "GRP-44120", "name": "Sacramento Unified Employees"}]}
    add(S, "POST", f"{ENG}/Coverage", FHIRH, J(cov), [[p.mbr, "member_id"], [p.mrn, "mrn"], [p.full, "name"]], ["GRP-44120", p.payer], "redact")
    p = nextp()
    eob = {"resourceType": "ExplanationOfBenefit", "status": "active", "type": {"coding": [{"code": "professional"}]}, "use": "claim",
           "patient": {"reference": f"Patient/{p.mrn}", "display": p.full}, "billablePeriod": {"start": p.ad("iso"), "end": p.ad("iso")},
           "insurance": [{"focal": True, "coverage": {"display": f"{p.payer} {p.mbr}"}}],
           "diagnosis": [{"sequence": 1, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": p.icd()}]}}],
           "item": [{"sequence": 1, "productOrService": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "99214"}]}, "servicedDate": p.ad("iso"),
                     "adjudication": [{"category": {"coding": [{"code": "benefit"}]}, "amount": {"value": 112.48, "currency": "USD"}}]}],
           "total": [{"category": {"coding": [{"code": "submitted"}]}, "amount": {"value": 185.0, "currency": "USD"}}]}
    add(S, "POST", "http://api.motherduck.com/v1/ingest/eob_raw", JSONH, J(eob),
        [[p.mrn, "mrn"], [p.full, "name"], [p.ad("iso"), "date"], [p.mbr, "member_id"], [p.icd(), "icd10"]], ["99214", "112.48"], "redact")
    # partner (allow all): Claim and Coverage pass untouched
    p = nextp()
    cl = {"resourceType": "Claim", "status": "active", "type": {"coding": [{"code": "professional"}]}, "use": "claim", "patient": {"reference": f"Patient/{p.mrn}", "display": p.full},
          "created": ts(4), "provider": {"identifier": {"system": "http://hl7.org/fhir/sid/us-npi", "value": PRACTICE_NPI}}, "priority": {"coding": [{"code": "normal"}]},
          "insurance": [{"sequence": 1, "focal": True, "identifier": {"value": p.mbr}, "coverage": {"display": p.payer}}],
          "diagnosis": [{"sequence": 1, "diagnosisCodeableConcept": {"coding": [{"code": p.icd()}], "text": p.dx()}}],
          "item": [{"sequence": 1, "productOrService": {"coding": [{"code": "99213"}]}, "servicedDate": p.ad("iso"), "unitPrice": {"value": 145.0}}]}
    add(S, "POST", f"{PAYER}/Claim", FHIRH, J(cl), [[p.mrn, "mrn"], [p.full, "name"], [p.mbr, "member_id"], [p.icd(), "icd10"], [p.dx(), "condition"], [p.ad("iso"), "date"]],
        [PRACTICE_NPI], "pass")
    p = nextp()
    cov = {"resourceType": "Coverage", "status": "active", "subscriberId": p.mbr, "beneficiary": {"display": p.full}, "payor": [{"display": p.payer}],
           "extension": [{"url": "http://example.org/dob", "valueDate": p.dobs("iso")}]}
    add(S, "POST", f"{PAYER}/Coverage/$validate", FHIRH, J(cov), [[p.mbr, "member_id"], [p.full, "name"], [p.dobs("iso"), "dob"]], [], "pass")
    # clean look-alikes
    qd = {"resourceType": "Questionnaire", "id": "new-patient-intake-v3", "status": "active", "date": "2026-03-30", "publisher": PRACTICE,
          "item": [{"linkId": "1", "text": "Legal name", "type": "string", "required": True}, {"linkId": "2", "text": "Date of birth", "type": "date"},
                   {"linkId": "6", "text": "Social Security number (optional)", "type": "string", "maxLength": 11}]}
    add(S, "PUT", f"{ENG}/Questionnaire/new-patient-intake-v3", FHIRH, J(qd), [], ["new-patient-intake-v3", "2026-03-30"], "pass")
    slots = {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {"resourceType": "Slot", "id": f"slot-{i}", "status": "free",
                                                                                     "schedule": {"reference": f"Schedule/{staff(1, 'npi')}", "display": staff(1)},
                                                                                     "start": f"2026-04-1{i}T09:00:00-07:00", "end": f"2026-04-1{i}T09:30:00-07:00"}}
                                                                       for i in range(3)]}
    add(S, "POST", f"{ENG}/Bundle", FHIRH, J(slots), [], [staff(1), "2026-04-10T09:00:00-07:00"], "pass")


# ----------------------------------------------------------------------------- 8. marketing automation / CRM
def marketing():
    S = "sfmc"
    p = nextp(); q = nextp()
    rows = [{"keys": {"SubscriberKey": x.mrn}, "values": {"EmailAddress": x.email, "FirstName": x.first, "LastVisit": x.ad("usn"), "RecallReason": x.dx(),
                                                          "Birthday": x.dobs("usn")}} for x in (p, q)]
    add(S, "POST", "http://mc6vgk2x8q1tyz0b4n7w3h9cd1.rest.marketingcloudapis.com/hub/v1/dataevents/key:Patient_Recall_DE/rowset",
        {"Content-Type": "application/json", "Authorization": "Bearer " + alnum(40)}, J(rows),
        sum([[[x.mrn, "mrn"], [x.email, "email"], [x.first, "name"], [x.ad("usn"), "date"], [x.dx(), "condition"], [x.dobs("usn"), "dob"]] for x in (p, q)], []),
        ["Patient_Recall_DE"], "redact")
    p = nextp()
    pairs = [("__contextName", "FormPost"), ("__executionContext", "Post"), ("fld_1023", p.first), ("fld_1024", p.last), ("fld_1025", p.dobs("us")),
             ("fld_1026", p.phone("paren")), ("fld_1027", p.dx()), ("fld_1028", "yes"),
             ("__labels", "fld_1023=First Name|fld_1024=Last Name|fld_1025=Date of Birth|fld_1026=Mobile|fld_1027=What brings you in?|fld_1028=SMS consent"),
             ("__successUrl", "https://www.riverbendch.org/thank-you")]
    add(S, "POST", "http://pub.s10.exacttarget.com/x0yz1abc2de", FORMH, form(pairs),
        [[p.first, "name"], [p.last, "name"], [p.dobs("us"), "dob"], [p.phone("paren"), "phone"], [p.dx(), "condition"]], ["FormPost"], "redact")
    rows = [{"keys": {"CampaignId": "CMP-2026-041"}, "values": {"Sends": 12840, "Opens": 4211, "Clicks": 388, "Unsubscribes": 17, "SentDate": "2026-03-31"}}]
    add(S, "POST", "http://mc6vgk2x8q1tyz0b4n7w3h9cd1.rest.marketingcloudapis.com/hub/v1/dataevents/key:Campaign_Stats/rowset",
        {"Content-Type": "application/json", "Authorization": "Bearer " + alnum(40)}, J(rows), [], ["CMP-2026-041", "12840"], "pass")

    S = "marketo"
    p = nextp()
    pairs = [("FirstName", p.first), ("LastName", p.last), ("Email", p.email), ("Phone", p.phone("dash")), ("Preferred_Appointment_Date__c", p.ad("iso")),
             ("Health_Concern__c", p.dx()), ("formid", "1023"), ("formVid", "1023"), ("munchkinId", "482-TXQ-913"),
             ("_mkt_trk", f"id:482-TXQ-913&token:_mch-riverbendch.org-{digits(13)}-{digits(5)}"),
             ("lpurl", "https://info.riverbendch.org/diabetes-program.html?cr={creative}&kw={keyword}"), ("subId", "65")]
    add(S, "POST", "http://app-sj25.marketo.com/index.php/leadCapture/save2", FORMH, form(pairs),
        [[p.first, "name"], [p.last, "name"], [p.email, "email"], [p.phone("dash"), "phone"], [p.ad("iso"), "date"], [p.dx(), "condition"]], ["482-TXQ-913"], "redact")
    p = nextp()
    body = {"action": "createOrUpdate", "lookupField": "email", "input": [{"email": p.email, "firstName": p.first, "lastName": p.last, "dateofBirth__c": p.dobs("iso"),
                                                                             "medicalRecordNumber__c": p.mrn, "postalCode": p.zip, "leadSource": "Portal"}]}
    add(S, "POST", "http://482-txq-913.mktorest.com/rest/v1/leads.json", {"Content-Type": "application/json", "Authorization": "Bearer " + alnum(36)}, J(body),
        [[p.email, "email"], [p.first, "name"], [p.last, "name"], [p.dobs("iso"), "dob"], [p.mrn, "mrn"], [p.zip, "zip"]], ["createOrUpdate"], "redact")
    pairs = [("formid", "1031"), ("munchkinId", "482-TXQ-913"), ("Content_Asset__c", "Diabetes-Prevention-Guide.pdf"), ("utm_source", "newsletter"),
             ("utm_campaign", "dpp-spring-2026"), ("_mkt_trk", f"id:482-TXQ-913&token:_mch-riverbendch.org-{digits(13)}-{digits(5)}")]
    add(S, "POST", "http://app-sj25.marketo.com/index.php/leadCapture/save2", FORMH, form(pairs), [], ["Diabetes-Prevention-Guide.pdf", "dpp-spring-2026"], "pass")

    S = "activecampaign"   # may receive name and email
    p = nextp()
    pairs = [("u", "12"), ("f", "12"), ("s", ""), ("c", "0"), ("m", "0"), ("act", "sub"), ("v", "2"), ("or", hexs(32)), ("fullname", p.full), ("email", p.email),
             ("phone", p.phone("paren")), ("field[14]", p.dobs("us")), ("field[15]", p.dx()), ("field[16]", p.mbr)]
    add(S, "POST", "http://riverbendch.activehosted.com/proc.php", FORMH, form(pairs),
        [[p.full, "name"], [p.email, "email"], [p.phone("paren"), "phone"], [p.dobs("us"), "dob"], [p.dx(), "condition"], [p.mbr, "member_id"]], [], "redact")
    p = nextp()
    body = {"contact": {"email": p.email, "firstName": p.first, "lastName": p.last, "phone": p.phone("e164"),
                        "fieldValues": [{"field": "14", "value": p.dobs("iso")}, {"field": "15", "value": p.dx()}, {"field": "17", "value": p.street}]}}
    add(S, "POST", "http://riverbendch.api-us1.com/api/3/contacts", {"Content-Type": "application/json", "Api-Token": hexs(72)}, J(body),
        [[p.email, "email"], [p.first, "name"], [p.last, "name"], [p.phone("e164"), "phone"], [p.dobs("iso"), "dob"], [p.dx(), "condition"], [p.street, "address"]],
        [], "redact")

    S = "pardot"
    p = nextp()
    pairs = [("fld_1023", p.full), ("fld_1024", p.dobs("iso")), ("fld_1025", p.email), ("fld_1026", p.mbr), ("fld_1027", f"{p.dx()} - second opinion"),
             ("fld_labels", "fld_1023:Patient name|fld_1024:Birth date|fld_1025:Email|fld_1026:Insurance ID|fld_1027:Reason")]
    add(S, "POST", "http://go.pardot.com/l/912341/2026-03-18/4kz9vq", FORMH, form(pairs),
        [[p.full, "name"], [p.dobs("iso"), "dob"], [p.email, "email"], [p.mbr, "member_id"], [p.dx(), "condition"]], ["2026-03-18"], "redact")
    p = nextp()
    body = {"email": p.email, "firstName": p.first, "lastName": p.last, "phone": p.phone("dot"), "zip": p.zip, "comments": f"Born {p.dobs('long')}, need {p.dx()} clinic"}
    add(S, "POST", "http://pi.pardot.com/api/v5/objects/prospects?fields=id,email", {"Content-Type": "application/json", "Pardot-Business-Unit-Id": "0Uv5x000000XYZ1"}, J(body),
        [[p.email, "email"], [p.first, "name"], [p.last, "name"], [p.phone("dot"), "phone"], [p.zip, "zip"], [p.dobs("long"), "dob"], [p.dx(), "condition"]],
        ["0Uv5x000000XYZ1"], "redact")
    pairs = [("fld_2001", staff(1)), ("fld_2002", staff(1, "npi")), ("fld_2003", PRACTICE_PHONE), ("fld_2004", PRACTICE_ADDR),
             ("fld_labels", "fld_2001:Referring provider|fld_2002:Provider NPI|fld_2003:Practice phone|fld_2004:Practice address")]
    add(S, "POST", "http://go.pardot.com/l/912341/2026-02-02/4kz7aa", FORMH, form(pairs), [], [staff(1), staff(1, "npi"), PRACTICE_PHONE], "pass")


# ----------------------------------------------------------------------------- 9. ad / analytics pixels
GA = "http://region1.google-analytics.com/g/collect"


def pixels():
    S = "ga4_gcollect"
    p = nextp()
    dl = f"{PORTAL}/book/confirm?visit={quote(p.dx())}&dob={p.dobs('iso')}"
    url = GA + "?" + qs([("v", "2"), ("tid", "G-8XK2P4L1QZ"), ("gtm", "45je5430v9"), ("_p", digits(10)), ("cid", f"{digits(10)}.{epoch(1)}"), ("ul", "en-us"),
                         ("sr", "390x844"), ("en", "appointment_booked"), ("dl", dl), ("dt", "Booking confirmed"), ("ep.appointment_date", p.ad("iso")),
                         ("ep.visit_reason", p.dx()), ("up.patient_email", p.email), ("epn.age", str(2026 - p.dob.year)), ("_s", "3")])
    add(S, "GET", url, {"User-Agent": UA}, "", [[p.dx(), "condition"], [p.dobs("iso"), "dob"], [p.ad("iso"), "date"], [p.email, "email"]],
        ["appointment_booked", "G-8XK2P4L1QZ"], "redact")
    p = nextp()
    base = qs([("v", "2"), ("tid", "G-8XK2P4L1QZ"), ("cid", f"{digits(10)}.{epoch(2)}"), ("sid", str(epoch(2)))])
    hits = "\r\n".join([qs([("en", "form_submit"), ("ep.form_id", "intake"), ("ep.dob", p.dobs("us")), ("up.zip", p.zip), ("up.phone", p.phone("dash")), ("_et", "4412")]),
                        qs([("en", "page_view"), ("dl", f"{PORTAL}/patients/{p.mrn}/intake/done"), ("dt", f"Thanks, {p.first}!")])])
    add(S, "POST", f"{GA}?{base}", {"Content-Type": "text/plain;charset=UTF-8", "User-Agent": UA}, hits,
        [[p.dobs("us"), "dob"], [p.zip, "zip"], [p.phone("dash"), "phone"], [p.mrn, "mrn"], [p.first, "name"]], ["form_submit"], "redact")
    p = nextp()
    url = GA + "?" + qs([("v", "2"), ("tid", "G-8XK2P4L1QZ"), ("cid", f"{digits(10)}.{epoch(3)}"), ("uid", p.mrn), ("en", "login"), ("up.insurance_member_id", p.mbr),
                         ("up.plan", p.payer), ("up.full_name", p.afull)])
    add(S, "GET", url, {}, "", [[p.mrn, "mrn"], [p.mbr, "member_id"], [p.afull, "name"]], ["login"], "redact")
    p = nextp()
    body = {"client_id": f"{digits(10)}.{epoch(4)}", "user_id": p.email, "user_properties": {"dob": {"value": p.dobs("iso")}, "home_zip": {"value": p.zip}},
            "events": [{"name": "refill_request", "params": {"patient_name": p.full, "pharmacy": "Walgreens #11873", "engagement_time_msec": 100}}]}
    add(S, "POST", "http://www.google-analytics.com/mp/collect?measurement_id=G-8XK2P4L1QZ&api_secret=" + alnum(22), JSONH, J(body),
        [[p.email, "email"], [p.dobs("iso"), "dob"], [p.zip, "zip"], [p.full, "name"]], ["refill_request", "Walgreens #11873"], "redact")
    url = GA + "?" + qs([("v", "2"), ("tid", "G-8XK2P4L1QZ"), ("cid", f"{digits(10)}.{epoch(5)}"), ("en", "page_view"), ("dl", "https://www.riverbendch.org/locations/alhambra"),
                         ("dt", "Alhambra Clinic | Riverbend Community Health"), ("ep.build", BUILD), ("ep.clinic_phone", PRACTICE_PHONE)])
    add(S, "GET", url, {}, "", [], ["page_view", BUILD], "pass")

    S = "meta_capi"
    CAPI = f"http://graph.facebook.com/v19.0/{digits(15)}/events?access_token=EAAG{alnum(60)}"
    p = nextp()
    fn = p.af.lower().replace(" ", ""); ln = p.al.lower().replace(" ", "").replace("'", "")
    ud = {"em": [sha(p.email.lower())], "ph": [sha(p.phone("one"))], "fn": [sha(fn)], "ln": [sha(ln)], "db": [sha(p.dobs("d8"))], "zp": [sha(p.zip)],
          "client_ip_address": p.ip, "client_user_agent": UA, "external_id": p.mrn, "fbp": f"fb.1.{epoch(5)}123.{digits(10)}"}
    body = {"data": [{"event_name": "Schedule", "event_time": epoch(5), "action_source": "website", "event_source_url": "https://www.riverbendch.org/book",
                      "user_data": ud, "custom_data": {"content_name": f"{p.dx()} consultation", "content_category": "appointments"}}]}
    add(S, "POST", CAPI, JSONH, J(body),
        [[ud["em"][0], "hashed_identifier"], [ud["ph"][0], "hashed_identifier"], [ud["fn"][0], "hashed_identifier"], [ud["ln"][0], "hashed_identifier"],
         [ud["db"][0], "hashed_identifier"], [ud["zp"][0], "hashed_identifier"], [p.ip, "ip_address"], [p.mrn, "mrn"], [p.dx(), "condition"]],
        ["Schedule", "appointments"], "redact")
    p = nextp()
    ud = {"em": p.email, "ph": p.phone("one"), "fn": sha(p.af.lower()), "ct": sha(p.city.lower().replace(" ", "")), "client_ip_address": p.ip}
    body = {"data": [{"event_name": "Lead", "event_time": epoch(6), "action_source": "website",
                      "event_source_url": f"https://www.riverbendch.org/book?appt={p.ad('iso')}&reason={quote(p.dx())}", "user_data": ud}], "test_event_code": "TEST41230"}
    add(S, "POST", CAPI, JSONH, J(body),
        [[p.email, "email"], [p.phone("one"), "phone"], [ud["fn"], "hashed_identifier"], [p.ip, "ip_address"], [p.ad("iso"), "date"], [p.dx(), "condition"]],
        ["TEST41230"], "redact")
    p = nextp()
    data = J([{"event_name": "CompleteRegistration", "event_time": epoch(7), "action_source": "system_generated",
               "user_data": {"em": [sha(p.email.lower())], "external_id": [p.mrn], "lead_id": digits(15)}, "custom_data": {"status": f"new patient - {p.dx()}"}}])
    add(S, "POST", f"http://graph.facebook.com/v19.0/{digits(15)}/events", FORMH, form([("data", data), ("access_token", "EAAG" + alnum(60))]),
        [[sha(p.email.lower()), "hashed_identifier"], [p.mrn, "mrn"], [p.dx(), "condition"]], ["CompleteRegistration"], "redact")
    body = {"data": [{"event_name": "ViewContent", "event_time": epoch(8), "action_source": "website", "event_source_url": "https://www.riverbendch.org/shop/bp-cuff",
                      "user_data": {"client_user_agent": UA}, "custom_data": {"content_ids": ["SKU-BP-CUFF-01"], "value": 39.99, "currency": "USD"}}]}
    add(S, "POST", CAPI, JSONH, J(body), [], ["SKU-BP-CUFF-01", "39.99"], "pass")

    S = "tiktok_events"
    TT = "http://business-api.tiktok.com/open_api/v1.3/event/track/"
    TTH = {"Content-Type": "application/json", "Access-Token": hexs(40)}
    p = nextp()
    body = {"event_source": "web", "event_source_id": "C" + alnum(19).upper(), "data": [{"event": "SubmitForm", "event_time": epoch(9),
            "user": {"email": sha(p.email.lower()), "phone": sha(p.phone("e164")), "ip": p.ip, "user_agent": UA},
            "page": {"url": f"https://www.riverbendch.org/intake?name={quote(p.full)}&dob={p.dobs('iso')}"}, "properties": {"content_name": "new-patient-intake"}}]}
    add(S, "POST", TT, TTH, J(body),
        [[sha(p.email.lower()), "hashed_identifier"], [sha(p.phone("e164")), "hashed_identifier"], [p.ip, "ip_address"], [p.full, "name"], [p.dobs("iso"), "dob"]],
        ["new-patient-intake"], "redact")
    p = nextp()
    body = {"event_source": "web", "event_source_id": "C" + alnum(19).upper(), "data": [{"event": "Contact", "event_time": epoch(10),
            "user": {"external_id": p.mrn, "email": p.email}, "properties": {"description": f"Asked about {p.dx()} treatment", "value": 0}}]}
    add(S, "POST", TT, TTH, J(body), [[p.mrn, "mrn"], [p.email, "email"], [p.dx(), "condition"]], ["Contact"], "redact")

    S = "linkedin"
    p = nextp()
    page = f"{PORTAL}/appointments/confirm?first={quote(p.first)}&last={quote(p.last)}&dob={p.dobs('iso')}"
    url = "http://px.ads.linkedin.com/collect/?" + qs([("pid", "5123456"), ("fmt", "gif"), ("url", page), ("time", str(epoch(11) * 1000)), ("v", "2")])
    add(S, "GET", url, {"User-Agent": UA}, "", [[p.first, "name"], [p.last, "name"], [p.dobs("iso"), "dob"]], ["5123456"], "redact")
    p = nextp()
    body = {"conversion": "urn:lla:llaPartnerConversion:1234567", "conversionHappenedAt": epoch(12) * 1000, "eventId": uuid(),
            "user": {"userIds": [{"idType": "SHA256_EMAIL", "idValue": sha(p.email.lower())}], "userInfo": {"firstName": p.first, "lastName": p.last, "countryCode": "US"}}}
    add(S, "POST", "http://api.linkedin.com/rest/conversionEvents", {"Content-Type": "application/json", "LinkedIn-Version": "202404", "X-Restli-Protocol-Version": "2.0.0"},
        J(body), [[sha(p.email.lower()), "hashed_identifier"], [p.first, "name"], [p.last, "name"]], ["urn:lla:llaPartnerConversion:1234567"], "redact")
    url = "http://px.ads.linkedin.com/collect/?" + qs([("pid", "5123456"), ("fmt", "gif"), ("url", "https://www.riverbendch.org/careers/medical-assistant-elk-grove"),
                                                        ("time", str(epoch(13) * 1000)), ("v", "2")])
    add(S, "GET", url, {}, "", [], ["medical-assistant-elk-grove"], "pass")

    S = "clarity"
    p = nextp()
    body = {"e": ["0.7.34", 1, 0, 4821, "1x9k2m", "7hq3zp", "u4t", 1, 0, "https://www.riverbendch.org/portal/visit"],
            "a": [[1203, 34, "patient_name", [p.full]], [1204, 34, "dob", [p.dobs("us")]], [1205, 34, "visit_reason", [p.dx()]], [1410, 5, 0, 1, 0]]}
    add(S, "POST", "http://k.clarity.ms/collect", {"Content-Type": "application/json"}, J(body, compact=True),
        [[p.full, "name"], [p.dobs("us"), "dob"], [p.dx(), "condition"]], ["0.7.34"], "redact")
    p = nextp()
    body = {"e": ["0.7.34", 2, 0, 912, "1x9k2m", "8hqv1z", "u4t"], "a": [[88, 36, p.email, "sess-" + alnum(6), "page-1", p.full]]}
    add(S, "POST", "http://u.clarity.ms/collect", {"Content-Type": "application/json"}, J(body, compact=True), [[p.email, "email"], [p.full, "name"]], [], "redact")

    S = "hotjar"
    p = nextp()
    body = {"user_id": p.mrn, "attributes": {"email": p.email, "full_name": p.full, "next_appointment": p.at("off"), "plan": p.payer}}
    add(S, "POST", f"http://vc.hotjar.io/sessions/{uuid()}/user-attributes?site_id=3456789", JSONH, J(body),
        [[p.mrn, "mrn"], [p.email, "email"], [p.full, "name"], [p.at("off"), "date"]], [p.payer], "redact")
    p = nextp()
    ans = J({"answers": [{"question_uuid": uuid(), "answer": f"I'm {p.full}, born {p.dobs('usn')}. My {p.med()} for {p.dx()} was not refilled."},
                         {"question_uuid": uuid(), "answer": "2"}]})
    body = {"response_content": ans, "action": "create_response", "r": f"{PORTAL}/messages/new", "user_id": hexs(16)}
    add(S, "POST", "http://surveys.hotjar.com/api/v1/client/sites/3456789/poll/912345/response", JSONH, J(body),
        [[p.full, "name"], [p.dobs("usn"), "dob"], [p.dx(), "condition"]], ["create_response"], "redact")
    ans = J({"answers": [{"question_uuid": uuid(), "answer": "9"}, {"question_uuid": uuid(), "answer": "Front desk was friendly, parking on 34th St was easy."}]})
    add(S, "POST", "http://surveys.hotjar.com/api/v1/client/sites/3456789/poll/912346/response", JSONH, J({"response_content": ans, "action": "create_response"}),
        [], ["create_response"], "pass")


# ----------------------------------------------------------------------------- 10. log shippers / observability / error trackers
VEC = "http://in.logs.betterstack.com/"
VECH = {"Content-Type": "application/json", "Authorization": "Bearer " + "vK3" + "q" * 4 + "Zr8mXt2Lp9Wd"}
SUMO = "http://endpoint4.collection.us2.sumologic.com/receiver/v1/http/ZaVnC4dhaV2mQx7bKqYkLr0oTn5u3wXyZ1-aB_cD8eF9gH0iJ2kL=="


def logs():
    S = "vector_ecs"
    p = nextp()
    line = f'{p.ip} - - [02/Apr/2026:09:14:22 -0700] "GET /patients/{p.mrn}/chart?dob={p.dobs("iso")}&tab=meds HTTP/1.1" 200 18231 "-" "{UA}"'
    ev = [{"@timestamp": ts(1), "log": {"original": line, "file": {"path": "/var/log/nginx/portal.access.log"}}, "event": {"dataset": "nginx.access"},
           "host": {"name": "web-2"}, "source": {"ip": p.ip}}]
    add(S, "POST", VEC, VECH, J(ev), [[p.ip, "ip_address"], [p.mrn, "mrn"], [p.dobs("iso"), "dob"]], ["nginx.access", "web-2"], "redact")
    p = nextp()
    inner = J({"level": "warn", "msg": "sms opt-in mismatch", "patient": {"name": p.full, "email": p.email, "phone": p.phone("e164")}, "carrier": "T-Mobile"})
    ev = [{"@timestamp": ts(2), "message": "sms opt-in mismatch", "log": {"original": inner, "level": "warn"}, "service": {"name": "notify"}, "labels": {"env": "prod"}}]
    add(S, "POST", VEC, VECH, J(ev), [[p.full, "name"], [p.email, "email"], [p.phone("e164"), "phone"]], ["sms opt-in mismatch", "T-Mobile"], "redact")
    p = nextp()
    path = f"/var/log/portal/intake/{p.al.replace(' ', '')}_{p.af.replace(' ', '')}_{p.dobs('iso')}.log"
    doc = {"@timestamp": ts(3), "@version": "1", "message": f"intake pdf generated for {p.full}", "log": {"original": f"INFO intake pdf ok ssn={p.ssn} mrn={p.mrn}",
                                                                                                       "file": {"path": path}}, "tags": ["intake", "beats_input_codec_plain_applied"]}
    add(S, "POST", "http://a1b2c3d4-ls.logit.io/", {"Content-Type": "application/json"}, J(doc),
        [[p.full, "name"], [p.ssn, "ssn"], [p.mrn, "mrn"], [p.dobs("iso"), "dob"]], ["beats_input_codec_plain_applied"], "redact")
    p = nextp()
    ev = [{"@timestamp": ts(4), "log": {"original": f"2026-04-02 09:31:07 WARN fax.outbound retry 2/5 to={PRACTICE_FAX} re=\"{p.afull} DOB {p.dobs('us')} {p.dx()} referral\""},
           "event": {"dataset": "fax.outbound", "original": f"retry to {PRACTICE_FAX}"}}]
    add(S, "POST", VEC, VECH, J(ev), [[p.afull, "name"], [p.dobs("us"), "dob"], [p.dx(), "condition"]], [PRACTICE_FAX, "fax.outbound"], "redact")
    ev = [{"@timestamp": ts(5), "log": {"original": f"GET /healthz 200 2ms build={BUILD} pod=portal-7c9f8d-x2k4q"}, "event": {"dataset": "nginx.access"}, "trace": {"id": hexs(32)}}]
    add(S, "POST", VEC, VECH, J(ev), [], ["portal-7c9f8d-x2k4q"], "pass")

    S = "sumo_text"
    SH = {"Content-Type": "text/plain", "X-Sumo-Category": "prod/portal/app", "X-Sumo-Host": "app-3"}
    p = nextp()
    txt = (f"2026-04-02 09:14:22,118 ERROR [scheduler-3] o.r.portal.BookingController - Booking failed\n"
           f"  patient: {p.full} (MRN {p.mrn})\n  dob: {p.dobs('us')}  phone: {p.phone('paren')}\n  reason: {p.dx()}\n"
           f"java.lang.IllegalStateException: slot slt_{alnum(8)} already taken\n\tat org.riverbend.portal.BookingService.book(BookingService.java:212)\n"
           f"\tat org.riverbend.portal.BookingController.post(BookingController.java:88)\n")
    add(S, "POST", SUMO, SH, txt, [[p.full, "name"], [p.mrn, "mrn"], [p.dobs("us"), "dob"], [p.phone("paren"), "phone"], [p.dx(), "condition"]],
        ["BookingService.java:212"], "redact")
    p = nextp()
    txt = (f"[2026-04-02 10:02:51 -0700] WARN  statements: address verification failed\n"
           f"    guarantor ........ {p.full}\n    street ........... {p.street}\n    city/zip ......... {p.city}, CA {p.zip}\n"
           f"    account .......... {p.mrn}\n    balance .......... $212.40\n")
    add(S, "POST", SUMO, SH, txt, [[p.full, "name"], [p.street, "address"], [p.zip, "zip"], [p.mrn, "mrn"]], ["address verification failed", "$212.40"], "redact")
    p = nextp()
    sh = dict(SH, **{"X-Sumo-Name": f"intake/2026-04-02/{p.al.replace(' ', '')}_{p.af.replace(' ', '')}_intake.txt"})
    txt = f"Intake summary\nMember ID: {p.mbr}\nEmergency contact: spouse, {p.phone('dash')}\nNotes: {p.dx()}, stable on {p.med()}\n"
    add(S, "POST", SUMO, sh, txt, [[p.al.replace(" ", ""), "name"], [p.mbr, "member_id"], [p.phone("dash"), "phone"], [p.dx(), "condition"]], ["Intake summary"], "redact")
    txt = (f"2026-04-02 06:00:01 INFO deploy: portal {BUILD} rolled out to 3/3 pods\n2026-04-02 06:00:04 INFO migrations: 0 pending\n"
           f"2026-04-02 06:01:12 INFO cron: nightly-recall processed=412 skipped=9 duration=18.2s\n")
    add(S, "POST", SUMO, SH, txt, [], ["processed=412"], "pass")

    S = "instana"
    p = nextp()
    sp = [{"t": hexs(16), "s": hexs(16), "n": "node.http.client", "k": 2, "ts": epoch(6) * 1000, "d": 212, "f": {"e": "4821", "h": "app-3"},
           "data": {"http": {"method": "GET", "url": f"https://api.slotwise.example/v2/patients?name={quote(p.full)}&dob={p.dobs('iso')}", "status": 200},
                    "sdk": {"custom": {"tags": {"patient.email": p.email, "patient.mrn": p.mrn}}}}}]
    add(S, "POST", "http://serverless-us-west-2.instana.io/bundle", {"Content-Type": "application/json", "X-Instana-Key": alnum(22)}, J({"spans": sp}),
        [[p.full, "name"], [p.dobs("iso"), "dob"], [p.email, "email"], [p.mrn, "mrn"]], ["node.http.client"], "redact")
    p = nextp()
    pairs = [("ty", "cr"), ("k", alnum(22)), ("r", str(epoch(7) * 1000)), ("p", "Booking"), ("u", f"{PORTAL}/book?reason={quote(p.dx())}"),
             ("m_patientName", p.full), ("m_mrn", p.mrn), ("m_phone", p.phone("dash")), ("ul", "en-US")]
    add(S, "POST", "http://eum-us-west-2.instana.io/", FORMH, form(pairs), [[p.dx(), "condition"], [p.full, "name"], [p.mrn, "mrn"], [p.phone("dash"), "phone"]],
        ["Booking"], "redact")

    S = "dynatrace"
    DT = "http://abc12345.live.dynatrace.com"
    DTH = {"Content-Type": "application/json; charset=utf-8", "Authorization": "Api-Token dt0c01." + alnum(24) + "." + alnum(64)}
    p = nextp()
    body = [{"content": f"Eligibility 271 mismatch for {p.full}: payer says DOB {p.dobs('mon')}", "log.source": "/var/log/rch/elig.log", "severity": "warn",
             "patient.member_id": p.mbr, "dt.entity.host": "HOST-" + hexs(16).upper()}]
    add(S, "POST", f"{DT}/api/v2/logs/ingest", DTH, J(body), [[p.full, "name"], [p.dobs("mon"), "dob"], [p.mbr, "member_id"]], ["/var/log/rch/elig.log"], "redact")
    p = nextp()
    txt = (f"portal.appt.booked,patient_mrn={p.mrn},patient_dob={p.dobs('iso')},clinic=alhambra gauge,1 {epoch(8) * 1000}\n"
           f"portal.appt.lead_time_days,clinic=alhambra gauge,min=1,max=41,sum=412,count=37\n")
    add(S, "POST", f"{DT}/api/v2/metrics/ingest", {"Content-Type": "text/plain; charset=utf-8", "Authorization": DTH["Authorization"]}, txt,
        [[p.mrn, "mrn"], [p.dobs("iso"), "dob"]], ["portal.appt.lead_time_days"], "redact")
    p = nextp()
    beacon = (f"$svrid=3$url={quote(PORTAL + '/visit/confirm?dob=' + p.dobs('iso'), safe='')}$title=Confirm%20visit$a=1%7C1%7CClick%20on%20%22Confirm%20visit%20for%20"
              f"{quote(p.full)}%22%7CC%7C-%7C{epoch(9) * 1000}%7C{epoch(9) * 1000 + 412}%7C-1$rId=RID_{digits(10)}$rpId=-{digits(9)}$vi={alnum(32)}")
    add(S, "POST", f"{DT}/bf?type=js3&sn=v_4_srv_3_sn_{alnum(32)}&svrid=3&flavor=post&modifiedSince={epoch(9) * 1000}&app=ea7c4b59f27d43eb",
        {"Content-Type": "text/plain;charset=UTF-8"}, beacon, [[p.dobs("iso"), "dob"], [p.full, "name"]], ["ea7c4b59f27d43eb"], "redact")
    txt = f"portal.http.requests,route=/api/slots,status=200 count,delta=412 {epoch(10) * 1000}\nportal.build.info,version={BUILD} gauge,1\n"
    add(S, "POST", f"{DT}/api/v2/metrics/ingest", {"Content-Type": "text/plain; charset=utf-8", "Authorization": DTH["Authorization"]}, txt, [], ["route=/api/slots"], "pass")

    S = "raygun"
    RG = "http://api.raygun.com/entries"
    RGH = {"Content-Type": "application/json", "X-ApiKey": alnum(22)}
    p = nextp()
    body = {"occurredOn": ts(11), "details": {"machineName": "web-2", "version": BUILD, "error": {"className": "TypeError", "message": "Cannot read properties of undefined (reading 'slot')",
            "stackTrace": [{"lineNumber": 88, "methodName": "confirmBooking", "fileName": "https://www.riverbendch.org/static/js/book.3f9a.js"}]},
            "request": {"url": f"{PORTAL}/book", "httpMethod": "POST", "form": {"name": p.full, "dob": p.dobs("us"), "phone": p.phone("paren"), "reason": p.dx()}},
            "user": {"identifier": p.mrn, "email": p.email, "fullName": p.full, "isAnonymous": False}, "tags": ["booking"]}}
    add(S, "POST", RG, RGH, J(body), [[p.full, "name"], [p.dobs("us"), "dob"], [p.phone("paren"), "phone"], [p.dx(), "condition"], [p.mrn, "mrn"], [p.email, "email"]],
        [], "block")
    p = nextp()
    body = {"occurredOn": ts(12), "details": {"error": {"className": "System.Data.SqlClient.SqlException", "message": f"Timeout expired searching LastName='{p.al}' DOB='{p.dobs('iso')}'"},
            "request": {"url": f"{PORTAL}/staff/search", "queryString": {"q": p.al, "dob": p.dobs("iso"), "ssn4": p.ssn[-4:]}}, "userCustomData": {"memberId": p.mbr}}}
    add(S, "POST", RG, RGH, J(body), [[p.al, "name"], [p.dobs("iso"), "dob"], [p.mbr, "member_id"]], [], "block")
    body = {"occurredOn": ts(13), "details": {"machineName": "web-1", "version": BUILD, "error": {"className": "ChunkLoadError", "message": "Loading chunk 412 failed. (timeout: https://www.riverbendch.org/static/js/412.9c1e.js)"},
            "request": {"url": "https://www.riverbendch.org/locations", "httpMethod": "GET"}, "user": {"identifier": uuid(), "isAnonymous": True}}}
    add(S, "POST", RG, RGH, J(body), [], ["ChunkLoadError"], "pass")

    S = "honeybadger"
    HB = "http://api.honeybadger.io/v1/notices"
    HBH = {"Content-Type": "application/json", "X-API-Key": alnum(20), "Accept": "application/json"}
    p = nextp()
    body = {"notifier": {"name": "honeybadger-ruby", "version": "5.5.1"}, "error": {"class": "ActiveRecord::RecordInvalid", "message": "Validation failed: Email has already been taken",
            "backtrace": [{"file": "[PROJECT_ROOT]/app/models/patient.rb", "number": "41", "method": "register!"}]},
            "request": {"url": f"{PORTAL}/register", "component": "registrations", "action": "create",
                        "params": {"patient": {"first_name": p.first, "last_name": p.last, "dob": p.dobs("iso"), "email": p.email, "ssn": p.ssn}},
                        "cgi_data": {"REMOTE_ADDR": p.ip, "HTTP_USER_AGENT": UA}}, "server": {"environment_name": "production", "hostname": "web-1"}}
    add(S, "POST", HB, HBH, J(body), [[p.first, "name"], [p.last, "name"], [p.dobs("iso"), "dob"], [p.email, "email"], [p.ssn, "ssn"], [p.ip, "ip_address"]], [], "block")
    p = nextp()
    body = {"notifier": {"name": "honeybadger-js", "version": "6.8.3"}, "error": {"class": "Error", "message": "refill POST 500"},
            "breadcrumbs": {"enabled": True, "trail": [{"category": "log", "message": f"loading chart {p.mrn} for {p.full}", "timestamp": ts(14)},
                                                        {"category": "request", "message": f"POST /api/refills ({p.med()} for {p.dx()})", "timestamp": ts(14)}]},
            "request": {"context": {"user_email": p.email, "user_id": p.mrn}}}
    add(S, "POST", HB, HBH, J(body), [[p.mrn, "mrn"], [p.full, "name"], [p.dx(), "condition"], [p.email, "email"]], [], "block")
    body = {"notifier": {"name": "honeybadger-ruby", "version": "5.5.1"}, "error": {"class": "Redis::TimeoutError", "message": "Connection timed out after 5.0s",
            "backtrace": [{"file": "[GEM_ROOT]/gems/redis-5.1.0/lib/redis/client.rb", "number": "114", "method": "call"}]},
            "server": {"environment_name": "production", "hostname": "worker-2", "revision": BUILD}}
    add(S, "POST", HB, HBH, J(body), [], ["Redis::TimeoutError"], "pass")


# ----------------------------------------------------------------------------- 11. documents / messaging / telehealth
HOOKDECK = "http://events.hookdeck.com/e/src_" + alnum(16)
N8N = "http://riverbend.app.n8n.cloud/webhook/" + uuid()


def messaging():
    S = "postmark"   # may receive name, email, date
    PMH = {"Content-Type": "application/json", "X-Postmark-Server-Token": uuid()}
    p = nextp()
    html = (f"<html><body><p>Hi {p.first},</p><p>This is a reminder of your visit with {staff(0)} on <b>{p.at('human')}</b>.</p>"
            f"<p>Please bring your insurance card. For check-in we will confirm your date of birth ({p.dobs('usn')}).</p>"
            f"<p>{PRACTICE} &middot; {PRACTICE_ADDR}, Sacramento, CA {PRACTICE_ZIP} &middot; {PRACTICE_PHONE}</p></body></html>")
    body = {"From": f"reminders@{SITE}", "To": f"{p.full} <{p.email}>", "Subject": "Your upcoming visit", "HtmlBody": html,
            "TextBody": f"Hi {p.first}, reminder: {p.at('human')} with {staff(0)}. DOB on file {p.dobs('usn')}.", "Tag": "appt-reminder",
            "Metadata": {"mrn": p.mrn, "visit_reason": p.dx()}, "MessageStream": "outbound"}
    add(S, "POST", "http://api.postmarkapp.com/email", PMH, J(body),
        [[p.first, "name"], [p.full, "name"], [p.email, "email"], [p.at("human"), "date"], [p.dobs("usn"), "dob"], [p.mrn, "mrn"], [p.dx(), "condition"]],
        [staff(0), PRACTICE_PHONE, "appt-reminder"], "redact")
    p = nextp()
    body = {"From": f"results@{SITE}", "To": p.email, "TemplateAlias": "lab-result-ready",
            "TemplateModel": {"first_name": p.first, "test": "HIV-1 RNA viral load", "result_summary": f"consistent with {p.dx()}", "collected": p.ad("mon"),
                              "chart_no": p.mrn, "callback": PRACTICE_PHONE}}
    add(S, "POST", "http://api.postmarkapp.com/email/withTemplate", PMH, J(body),
        [[p.email, "email"], [p.first, "name"], [p.dx(), "condition"], [p.ad("mon"), "date"], [p.mrn, "mrn"]], ["lab-result-ready", PRACTICE_PHONE], "redact")
    o = order_no()
    body = {"From": f"billing@{SITE}", "To": f"accounts@{SITE}", "Subject": f"Supply order {o} shipped",
            "TextBody": f"Order {o} (12 x BP cuff, $39.99 ea) shipped via UPS 1Z999AA10123456784 on 2026-04-01. Deliver to {PRACTICE_ADDR}, Sacramento, CA {PRACTICE_ZIP}."}
    add(S, "POST", "http://api.postmarkapp.com/email", PMH, J(body), [], [o, "1Z999AA10123456784", PRACTICE_ADDR], "pass")

    S = "postmark_inbound_relay"
    p = nextp()
    body = {"FromName": p.full, "From": p.email, "FromFull": {"Email": p.email, "Name": p.full, "MailboxHash": ""}, "To": f"frontdesk@{SITE}",
            "Subject": f"Re: Your appointment on {p.ad('md')}", "MessageID": uuid(), "Date": "Thu, 2 Apr 2026 09:12:44 -0700",
            "TextBody": f"I need to move it, my {p.dx()} flared up. My birthday is {p.dobs('long')} and cell {p.phone('dot')}.\n\n> On Apr 1, Riverbend wrote:\n> Reminder",
            "HtmlBody": f"<div>I need to move it, my {p.dx()} flared up.</div><div>My birthday is {p.dobs('long')} and cell {p.phone('dot')}.</div>",
            "StrippedTextReply": f"I need to move it, my {p.dx()} flared up.", "Headers": [{"Name": "X-Spam-Score", "Value": "0.1"}], "Attachments": []}
    add(S, "POST", HOOKDECK, JSONH, J(body),
        [[p.full, "name"], [p.email, "email"], [p.ad("md"), "date"], [p.dx(), "condition"], [p.dobs("long"), "dob"], [p.phone("dot"), "phone"]], ["X-Spam-Score"], "redact")
    p = nextp()
    body = {"FromName": p.full, "From": p.email, "To": f"billing@{SITE}", "Subject": "insurance update",
            "TextBody": f"New card attached. Member ID {p.mbr}, group 44120. Address changed to {p.street}, {p.city} {p.zip}.",
            "Attachments": [{"Name": f"Insurance card - {p.full}.jpg", "ContentType": "image/jpeg", "ContentLength": 48211, "ContentID": ""}]}
    add(S, "POST", HOOKDECK, JSONH, J(body), [[p.full, "name"], [p.email, "email"], [p.mbr, "member_id"], [p.street, "address"], [p.zip, "zip"]],
        ["insurance update"], "redact")

    S = "front_helpscout"   # may receive name, email, phone
    p = nextp()
    body = {"sender": {"handle": p.email, "name": p.full}, "subject": "refill question",
            "body": f"Hello, this is {p.full} (DOB {p.dobs('us')}). My {p.med()} for {p.dx()} ran out. Pharmacy is Rite Aid on Florin Rd. Call me at {p.phone('paren')}.",
            "metadata": {"thread_ref": "thr_" + alnum(10), "headers": {"x-mrn": p.mrn}}}
    add(S, "POST", "http://api2.frontapp.com/channels/cha_7x2k1/incoming_messages", {"Content-Type": "application/json", "Authorization": "Bearer " + alnum(40)}, J(body),
        [[p.email, "email"], [p.full, "name"], [p.dobs("us"), "dob"], [p.dx(), "condition"], [p.phone("paren"), "phone"], [p.mrn, "mrn"]], ["refill question"], "redact")
    p = nextp()
    body = {"author_id": "tea_" + alnum(6), "body": f"@{STAFF[5][0].lower()} pt {p.full} called again re: {p.dx()} results; SSN on intake {p.ssn} doesn't match payer, member {p.mbr}"}
    add(S, "POST", f"http://api2.frontapp.com/conversations/cnv_{alnum(8)}/comments", {"Content-Type": "application/json", "Authorization": "Bearer " + alnum(40)}, J(body),
        [[p.full, "name"], [p.dx(), "condition"], [p.ssn, "ssn"], [p.mbr, "member_id"]], [], "redact")
    p = nextp()
    body = {"subject": "Address change", "customer": {"email": p.email, "firstName": p.first, "lastName": p.last}, "mailboxId": 241887, "type": "email", "status": "active",
            "threads": [{"type": "customer", "customer": {"email": p.email},
                         "text": f"Moved to {p.street}, {p.city}, CA {p.zip}. DOB {p.dobs('iso')} if you need it. New phone {p.phone('dash')}."}]}
    add(S, "POST", "http://api.helpscout.net/v2/conversations", {"Content-Type": "application/json", "Authorization": "Bearer " + alnum(32)}, J(body),
        [[p.email, "email"], [p.first, "name"], [p.last, "name"], [p.street, "address"], [p.zip, "zip"], [p.dobs("iso"), "dob"], [p.phone("dash"), "phone"]],
        ["241887"], "redact")
    body = {"subject": "Quote request: exam table paper", "customer": {"email": "orders@medsupply-west.example", "firstName": "Sales", "lastName": "Desk"}, "mailboxId": 241887,
            "type": "email", "threads": [{"type": "customer", "text": f"Quote Q-20260402-118: 12 cases @ $41.50, ship to {PRACTICE_ADDR} ({PRACTICE_ZIP}). Contact {PRACTICE_PHONE}."}]}
    add(S, "POST", "http://api.helpscout.net/v2/conversations", {"Content-Type": "application/json", "Authorization": "Bearer " + alnum(32)}, J(body), [], ["Q-20260402-118"], "pass")

    S = "sms_shortcode"
    TXH = {"Content-Type": "application/json", "Authorization": "Bearer KEY" + alnum(40)}
    p = nextp()
    body = {"from": SHORTCODE, "to": p.phone("e164"), "text": f"Riverbend: Hi {p.first}, your visit on {p.ad('md')} at {p.appt:%-I:%M %p} is confirmed. Reply C to confirm, R to reschedule.",
            "messaging_profile_id": uuid()}
    add(S, "POST", "http://api.telnyx.com/v2/messages", TXH, J(body), [[p.phone("e164"), "phone"], [p.first, "name"], [p.ad("md"), "date"]], [SHORTCODE], "redact")
    p = nextp()
    body = {"data": {"event_type": "message.received", "id": uuid(), "occurred_at": ts(15), "payload": {"from": {"phone_number": p.phone("e164"), "carrier": "Verizon Wireless"},
            "to": [{"phone_number": SHORTCODE}], "text": f"C. this is {p.first} {p.last} dob {p.dobs('usn')}, will the {p.dx()} shot be ready", "type": "SMS"}}}
    add(S, "POST", N8N, JSONH, J(body), [[p.phone("e164"), "phone"], [f"{p.first} {p.last}", "name"], [p.dobs("usn"), "dob"], [p.dx(), "condition"]],
        ["message.received", SHORTCODE], "redact")
    p = nextp()
    body = {"to": [p.phone("e164")], "from": SHORTCODE, "text": f"{p.full}: your {p.dx()} lab results are ready in the portal. Ref {p.mrn}.", "applicationId": uuid()}
    add(S, "POST", "http://messaging.bandwidth.com/api/v2/users/5001234/messages", {"Content-Type": "application/json"}, J(body),
        [[p.phone("e164"), "phone"], [p.full, "name"], [p.dx(), "condition"], [p.mrn, "mrn"]], [SHORTCODE], "redact")
    body = {"short_code": SHORTCODE, "keywords": ["C", "R", "STOP", "HELP"], "help_text": f"{PRACTICE}: Reply STOP to opt out. Msg&data rates may apply. Call {PRACTICE_PHONE}.",
            "opt_in_keyword": "JOIN"}
    add(S, "PATCH", f"http://api.telnyx.com/v2/short_codes/{uuid()}", TXH, J(body), [], [SHORTCODE, PRACTICE_PHONE], "pass")

    S = "voicemail_transcript"
    p = nextp()
    body = {"uuid": digits(19), "event": "/restapi/v1.0/account/~/extension/~/message-store/instant?type=VoiceMail", "timestamp": ts(16),
            "body": {"type": "VoiceMail", "from": {"phoneNumber": p.phone("e164"), "name": p.full}, "to": [{"phoneNumber": PRACTICE_PHONE_E164, "name": "Front Desk"}],
                     "vmTranscriptionStatus": "Completed",
                     "transcript": f"hi it's {p.full} my date of birth is {p.dobs('long')} calling about my {p.dx()} medication please call back at {p.phone('spc')}"}}
    add(S, "POST", N8N, JSONH, J(body), [[p.phone("e164"), "phone"], [p.full, "name"], [p.dobs("long"), "dob"], [p.dx(), "condition"], [p.phone("spc"), "phone"]],
        [PRACTICE_PHONE_E164, "Front Desk"], "redact")
    p = nextp()
    body = {"from": {"phoneNumber": PRACTICE_PHONE_E164}, "to": [{"phoneNumber": p.phone("e164")}],
            "text": f"Hello {p.first}, we got your voicemail. {staff(2)} reviewed your {p.dx()} labs from {p.ad('md')}; please call {PRACTICE_PHONE}."}
    add(S, "POST", "http://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/sms", {"Content-Type": "application/json", "Authorization": "Bearer " + alnum(40)}, J(body),
        [[p.phone("e164"), "phone"], [p.first, "name"], [p.dx(), "condition"], [p.ad("md"), "date"]], [staff(2), PRACTICE_PHONE], "redact")
    p = nextp()
    body = {"call_id": digits(16), "state": "voicemail", "direction": "inbound", "external_number": p.phone("e164"), "internal_number": PRACTICE_PHONE_E164,
            "contact": {"name": p.full, "type": "local", "phone": p.phone("e164")}, "voicemail_link": f"https://dialpad.com/r/{alnum(12)}",
            "transcription_text": f"This is {p.full}, member number {p.mbr}, I need a letter for my {p.dx()} for work.", "date_started": epoch(17) * 1000}
    add(S, "POST", HOOKDECK, JSONH, J(body), [[p.phone("e164"), "phone"], [p.full, "name"], [p.mbr, "member_id"], [p.dx(), "condition"]], ["voicemail"], "redact")
    p = nextp()
    body = {"target_id": 5512347891, "target_type": "office", "to_numbers": [p.phone("e164")],
            "text": f"{p.af}, your prior auth for {p.med()} was approved through {p.ad('usn')}. DOB on file {p.dobs('usn')}."}
    add(S, "POST", "http://dialpad.com/api/v2/sms", {"Content-Type": "application/json", "Authorization": "Bearer " + alnum(40)}, J(body),
        [[p.phone("e164"), "phone"], [p.af, "name"], [p.ad("usn"), "date"], [p.dobs("usn"), "dob"]], ["5512347891"], "redact")

    S = "telehealth"   # may receive name, email, phone, date
    p = nextp()
    body = {"patient": {"first_name": p.first, "last_name": p.last, "dob": p.dobs("iso"), "email": p.email, "phone": p.phone("e164")},
            "provider_username": "dr.chukwu", "start_time": p.at("off"), "reason_for_visit": p.dx(), "intake": {"insurance_id": p.mbr, "mrn": p.mrn}}
    add(S, "POST", "http://api.vsee.com/visits/create?apikey=" + alnum(24), JSONH, J(body),
        [[p.first, "name"], [p.last, "name"], [p.dobs("iso"), "dob"], [p.email, "email"], [p.phone("e164"), "phone"], [p.at("off"), "date"], [p.dx(), "condition"],
         [p.mbr, "member_id"], [p.mrn, "mrn"]], ["dr.chukwu"], "redact")
    p = nextp()
    body = {"patient_phone": p.phone("paren"), "patient_name": p.full, "visit_reason": f"{p.dx()} med check", "scheduled_for": p.at("z"), "patient_address": f"{p.street}, {p.city} CA",
            "caller_id": PRACTICE_PHONE}
    add(S, "POST", "http://api.doximity.com/v1/dialer/video_visits", {"Content-Type": "application/json", "Authorization": "Bearer " + alnum(40)}, J(body),
        [[p.phone("paren"), "phone"], [p.full, "name"], [p.dx(), "condition"], [p.at("z"), "date"], [p.street, "address"]], [PRACTICE_PHONE], "redact")
    body = {"room": {"code": "rch-" + alnum(6).lower(), "owner": staff(1, "full"), "npi": staff(1, "npi"), "waiting_room_message": f"{PRACTICE} - please wait, your clinician will join shortly.",
                     "created": ts(18)}}
    add(S, "POST", "http://api.vsee.com/rooms?apikey=" + alnum(24), JSONH, J(body), [], [staff(1, "full"), staff(1, "npi")], "pass")

    S = "pdf_form_fill"
    p = nextp()
    body = {"url": "https://files.riverbendch.org/forms/new-patient.pdf", "name": "filled.pdf",
            "fields": [{"fieldName": "topmostSubform[0].Page1[0].PatientName[0]", "pages": "0", "text": p.full},
                       {"fieldName": "topmostSubform[0].Page1[0].DOB[0]", "pages": "0", "text": p.dobs("us")},
                       {"fieldName": "topmostSubform[0].Page1[0].SSN[0]", "pages": "0", "text": p.ssn},
                       {"fieldName": "topmostSubform[0].Page1[0].Addr[0]", "pages": "0", "text": f"{p.street}, {p.city}, CA {p.zip}"}]}
    add(S, "POST", "http://api.pdf.co/v1/pdf/edit/add", {"Content-Type": "application/json", "x-api-key": alnum(40)}, J(body),
        [[p.full, "name"], [p.dobs("us"), "dob"], [p.ssn, "ssn"], [p.street, "address"], [p.zip, "zip"]], ["new-patient.pdf"], "redact")
    p = nextp()
    body = {"document": {"document_template_id": uuid(), "status": "pending", "payload": J({"fields": [
        {"label": "Patient Name", "value": p.full}, {"label": "Date of Birth", "value": p.dobs("usdash")}, {"label": "Phone", "value": p.phone("dash")},
        {"label": "Primary Insurance ID", "value": p.mbr}, {"label": "Reason for visit", "value": p.dx()}, {"label": "Preferred pharmacy", "value": "Safeway #1427"}]})}}
    add(S, "POST", "http://api.pdfmonkey.io/api/v1/documents", {"Content-Type": "application/json", "Authorization": "Bearer " + alnum(24)}, J(body),
        [[p.full, "name"], [p.dobs("usdash"), "dob"], [p.phone("dash"), "phone"], [p.mbr, "member_id"], [p.dx(), "condition"]], ["Safeway #1427"], "redact")
    p = nextp()
    body = {"title": "Release of information", "data": {"patientName": {"firstName": p.first, "lastName": p.last}, "patientDob": p.dobs("iso"), "mrn": p.mrn,
                                                         "releaseTo": "Sacramento County Dept. of Human Assistance", "recordsIncluded": f"{p.dx()} treatment notes",
                                                         "signatureDate": p.ad("iso")}}
    add(S, "POST", f"http://app.useanvil.com/api/v1/fill/{alnum(20)}.pdf", {"Content-Type": "application/json", "Authorization": "Basic " + base64.b64encode(b"k3y:").decode()}, J(body),
        [[p.first, "name"], [p.last, "name"], [p.dobs("iso"), "dob"], [p.mrn, "mrn"], [p.dx(), "condition"], [p.ad("iso"), "date"]],
        ["Sacramento County Dept. of Human Assistance"], "redact")
    o = order_no()
    body = {"document": {"document_template_id": uuid(), "status": "pending", "payload": J({"fields": [
        {"label": "Invoice No.", "value": "INV-2026-00412"}, {"label": "Order", "value": o}, {"label": "Bill To", "value": f"{PRACTICE}, {PRACTICE_ADDR}, Sacramento, CA {PRACTICE_ZIP}"},
        {"label": "Practice NPI", "value": PRACTICE_NPI}, {"label": "Total", "value": "$1,284.00"}, {"label": "Due", "value": "2026-05-01"}]})}}
    add(S, "POST", "http://api.pdfmonkey.io/api/v1/documents", {"Content-Type": "application/json", "Authorization": "Bearer " + alnum(24)}, J(body), [],
        ["INV-2026-00412", o, PRACTICE_NPI], "pass")


# ----------------------------------------------------------------------------- 12. tables
def xml_cell(v, t="String"):
    return f'<Cell><Data ss:Type="{t}">{v}</Data></Cell>'


def spreadsheetml(sheet, header, rows):
    out = ['<?xml version="1.0"?>', '<?mso-application progid="Excel.Sheet"?>',
           '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">',
           f' <Worksheet ss:Name="{sheet}">', '  <Table>', "   <Row>" + "".join(xml_cell(h) for h in header) + "</Row>"]
    for r in rows:
        out.append("   <Row>" + "".join(xml_cell(v, t) for v, t in r) + "</Row>")
    out += ["  </Table>", " </Worksheet>", "</Workbook>"]
    return "\n".join(out) + "\n"


def tables():
    S = "spreadsheetml"
    SSH = {"Content-Type": "application/vnd.ms-excel", "Authorization": "Bearer " + alnum(26)}
    ps = [nextp() for _ in range(3)]
    rows = [[(x.full, "String"), (f"{x.dobs('iso')}T00:00:00.000", "DateTime"), (x.phone("paren"), "String"), (x.dx(), "String"), (x.mrn, "String")] for x in ps]
    add(S, "POST", "http://api.smartsheet.com/2.0/sheets/import?sheetName=Recall%20April", SSH, spreadsheetml("Recall", ["Patient", "DOB", "Phone", "Dx", "MRN"], rows),
        sum([[[x.full, "name"], [f"{x.dobs('iso')}T00:00:00.000", "dob"], [x.phone("paren"), "phone"], [x.dx(), "condition"], [x.mrn, "mrn"]] for x in ps], []),
        ["Recall"], "redact")
    ps = [nextp() for _ in range(2)]
    rows = [[(x.afull, "String"), (x.mbr, "String"), (x.payer, "String"), (f"{x.ad('iso')}T00:00:00.000", "DateTime"), ("185.00", "Number")] for x in ps]
    add(S, "POST", "http://api.smartsheet.com/2.0/sheets/import?sheetName=Denials", SSH, spreadsheetml("Denials", ["Name", "Member ID", "Payer", "DOS", "Billed"], rows),
        sum([[[x.afull, "name"], [x.mbr, "member_id"], [f"{x.ad('iso')}T00:00:00.000", "date"]] for x in ps], []), ["Denials"], "redact")
    rows = [[("VAX-FLU-QIV-10", "String"), ("UT7741AA", "String"), ("2026-06-30T00:00:00.000", "DateTime"), ("40", "Number")],
            [("GLV-NIT-M-100", "String"), ("L2231-09", "String"), ("2028-01-31T00:00:00.000", "DateTime"), ("12", "Number")]]
    add(S, "POST", "http://api.smartsheet.com/2.0/sheets/import?sheetName=Inventory", SSH, spreadsheetml("Inventory", ["SKU", "Lot", "Expires", "On hand"], rows), [],
        ["VAX-FLU-QIV-10", "UT7741AA"], "pass")

    S = "table_json"
    ps = [nextp() for _ in range(3)]
    body = {"name": "no-shows-march", "rows": [["patient", "dob", "phone", "missed_visit", "reason"]] +
            [[x.full, x.dobs("us"), x.phone("dash"), x.ad("iso"), x.dx()] for x in ps]}
    add(S, "POST", "http://app.hex.tech/api/v1/datasets/upload", {"Content-Type": "application/json", "Authorization": "Bearer hxtw_" + alnum(30)}, J(body),
        sum([[[x.full, "name"], [x.dobs("us"), "dob"], [x.phone("dash"), "phone"], [x.ad("iso"), "date"], [x.dx(), "condition"]] for x in ps], []), ["no-shows-march"], "redact")
    ps = [nextp() for _ in range(3)]
    body = {"columns": ["mrn", "name", "birth_date", "zip", "icd10"], "index": [0, 1, 2], "data": [[x.mrn, x.afull, x.dobs("iso"), x.zip, x.icd()] for x in ps]}
    add(S, "POST", "http://api.motherduck.com/v1/ingest/panel_snapshot", {"Content-Type": "application/json", "Authorization": "Bearer " + alnum(40)}, J(body),
        sum([[[x.mrn, "mrn"], [x.afull, "name"], [x.dobs("iso"), "dob"], [x.zip, "zip"], [x.icd(), "icd10"]] for x in ps], []), ["panel_snapshot"], "redact")
    ps = [nextp() for _ in range(3)]
    body = {"table": "outreach_q2", "columns": {"name": [x.full for x in ps], "dob": [x.dobs("iso") for x in ps], "email": [x.email for x in ps],
                                                 "ssn": [x.ssn for x in ps], "program": ["diabetes-prevention"] * 3}}
    add(S, "POST", "http://api.sigmacomputing.com/v2/datasets/uploads", {"Content-Type": "application/json", "Authorization": "Bearer " + alnum(40)}, J(body),
        sum([[[x.full, "name"], [x.dobs("iso"), "dob"], [x.email, "email"], [x.ssn, "ssn"]] for x in ps], []), ["outreach_q2"], "redact")
    body = {"name": "visits-by-month", "rows": [["month", "clinic", "visits", "new_patients", "no_show_rate"], ["2026-01", "alhambra", 2841, 212, 0.081],
                                                ["2026-02", "alhambra", 2690, 188, 0.077], ["2026-03", "elk-grove", 1912, 141, 0.094]]}
    add(S, "POST", "http://app.hex.tech/api/v1/datasets/upload", {"Content-Type": "application/json", "Authorization": "Bearer hxtw_" + alnum(30)}, J(body), [],
        ["visits-by-month", "2841"], "pass")
    body = {"table": "deid_panel_stats", "columns": {"age_band": ["18-34", "35-49", "50-64", "65+"], "condition": ["type 2 diabetes"] * 4, "patients": [42, 118, 231, 187],
                                                      "a1c_controlled_pct": [61.9, 58.5, 63.2, 70.1], "as_of": ["2026-03-31"] * 4}}
    add(S, "POST", "http://api.sigmacomputing.com/v2/datasets/uploads", {"Content-Type": "application/json", "Authorization": "Bearer " + alnum(40)}, J(body), [],
        ["deid_panel_stats", "type 2 diabetes", "2026-03-31"], "pass")

    S = "markdown_ticket"
    ps = [nextp() for _ in range(3)]
    md = ("Reminder SMS went to the wrong numbers for these patients after the 4.18 deploy:\n\n| Patient | DOB | Phone on file | Visit |\n|---|---|---|---|\n" +
          "".join(f"| {x.full} | {x.dobs('us')} | {x.phone('paren')} | {x.ad('mon')} |\n" for x in ps) + "\nRepro: `POST /api/reminders/batch` with `clinic=alhambra`.\n")
    add(S, "POST", "http://api.github.com/repos/riverbend-ch/portal/issues", {"Content-Type": "application/json", "Authorization": "Bearer ghp_" + alnum(36), "Accept": "application/vnd.github+json"},
        J({"title": "Reminder SMS wrong recipient", "body": md, "labels": ["bug", "p1"]}),
        sum([[[x.full, "name"], [x.dobs("us"), "dob"], [x.phone("paren"), "phone"], [x.ad("mon"), "date"]] for x in ps], []), ["/api/reminders/batch"], "redact")
    ps = [nextp() for _ in range(2)]
    md = ("### Call back list\n\n| MRN | Name | Dx | Notes |\n|:--|:--|:--|:--|\n" + "".join(f"| {x.mrn} | {x.afull} | {x.icd()} | needs {x.med()} refill |\n" for x in ps))
    add(S, "POST", "http://api.clickup.com/api/v2/list/901204/task", {"Content-Type": "application/json", "Authorization": "pk_" + digits(8) + "_" + alnum(32)},
        J({"name": "Call back list 4/2", "markdown_description": md, "assignees": [48213], "priority": 2}),
        sum([[[x.mrn, "mrn"], [x.afull, "name"], [x.icd(), "icd10"]] for x in ps], []), ["Call back list 4/2"], "redact")
    ps = [nextp() for _ in range(2)]
    md = ("Eligibility import failed on these rows:\n\n|row|subscriber|member id|address|\n|-|-|-|-|\n" +
          "".join(f"|{i + 12}|{x.full}|{x.mbr}|{x.street}, {x.zip}|\n" for i, x in enumerate(ps)))
    add(S, "POST", "http://api.app.shortcut.com/api/v3/stories", {"Content-Type": "application/json", "Shortcut-Token": uuid()},
        J({"name": "Eligibility import errors", "description": md, "story_type": "bug", "workflow_state_id": 500000012}),
        sum([[[x.full, "name"], [x.mbr, "member_id"], [x.street, "address"], [x.zip, "zip"]] for x in ps], []), ["Eligibility import errors"], "redact")
    md = ("p95 latency regression after 4.18.2:\n\n| endpoint | p50 ms | p95 ms | build | first seen |\n|---|---|---|---|---|\n"
          f"| GET /api/slots | 41 | 412 | {BUILD} | 2026-04-01T17:02:11Z |\n| POST /api/intake | 88 | 951 | {BUILD} | 2026-04-01T17:05:40Z |\n\n"
          f"Trace: {uuid()}. Owner: {staff(5, 'full')} (care coordination) flagged it.\n")
    add(S, "POST", "http://api.github.com/repos/riverbend-ch/portal/issues", {"Content-Type": "application/json", "Authorization": "Bearer ghp_" + alnum(36)},
        J({"title": "p95 latency regression", "body": md, "labels": ["perf"]}), [], ["2026-04-01T17:02:11Z", staff(5, "full")], "pass")


# ----------------------------------------------------------------------------- 13. non-English messages and intake forms
GT = "http://translation.googleapis.com/language/translate/v2?key=AIza" + alnum(35)
DEEPL = "http://api-free.deepl.com/v2/translate"
MSG = {
    "de": "Guten Tag, hier ist {name}, geboren am {dob}. Ich brauche ein neues Rezept wegen meiner {cond}. Bitte rufen Sie mich unter {phone} an.",
    "it": "Buongiorno, sono {name}, data di nascita {dob}. Ho bisogno di rinnovare la ricetta per la mia {cond}. Il mio numero è {phone}.",
    "vi": "Xin chào, tôi là {name}, ngày sinh {dob}. Tôi bị {cond} và cần đổi lịch hẹn. Số điện thoại của tôi là {phone}.",
    "tl": "Magandang araw po, ako si {name}, ipinanganak noong {dob}. Kailangan ko po ng refill para sa aking {cond}. Tawagan po ako sa {phone}.",
    "pl": "Dzień dobry, nazywam się {name}, data urodzenia {dob}. Potrzebuję nowej recepty na {cond}. Proszę dzwonić pod numer {phone}.",
    "zh": "您好，我是{name}，出生日期{dob}。我有{cond}，需要续药。请打电话给我：{phone}。",
}
LABELS = {
    "de": ["Vorname", "Nachname", "Geburtsdatum", "Telefon", "Anschrift", "Postleitzahl", "Versichertennummer", "Vorerkrankungen"],
    "it": ["Nome", "Cognome", "Data di nascita", "Telefono", "Indirizzo", "CAP", "Numero tessera assicurativa", "Patologie"],
    "vi": ["Tên", "Họ", "Ngày sinh", "Số điện thoại", "Địa chỉ", "Mã bưu điện", "Số thẻ bảo hiểm", "Bệnh sử"],
    "tl": ["Pangalan", "Apelyido", "Petsa ng kapanganakan", "Telepono", "Tirahan", "ZIP code", "Numero ng insurance", "Mga karamdaman"],
    "pl": ["Imię", "Nazwisko", "Data urodzenia", "Telefon", "Adres", "Kod pocztowy", "Numer ubezpieczenia", "Choroby przewlekłe"],
    "zh": ["名", "姓", "出生日期", "电话", "地址", "邮编", "保险会员号", "既往病史"],
}


def non_english():
    for k, lang in enumerate(["de", "it", "vi", "tl", "pl", "zh"]):
        p = langp(lang); cond = R.choice(LCONDS[lang]); dob = ldate(p.dob, lang, k % 2); ph = p.phone("paren" if k % 2 else "dash")
        name = p.native
        text = MSG[lang].format(name=name, dob=dob, cond=cond, phone=ph)
        phi = [[name, "name"], [dob, "dob"], [cond, "condition"], [ph, "phone"]]
        if k % 2 == 0:
            add("i18n_message", "POST", GT, JSONH, J({"q": [text], "source": lang if lang != "zh" else "zh-CN", "target": "en", "format": "text"}), phi, [], "redact")
        else:
            add("i18n_message", "POST", DEEPL, dict(FORMH, **{"Authorization": "DeepL-Auth-Key " + uuid() + ":fx"}), form([("text", text), ("target_lang", "EN-US")]), phi,
                ["EN-US"], "redact")
    for k, lang in enumerate(["de", "it", "vi", "tl", "pl", "zh"]):
        p = langp(lang); L = LABELS[lang]; dob = ldate(p.dob, lang, (k + 1) % 2); cond = R.choice(LCONDS[lang])
        first, last = (p.first, p.last)
        if lang == "zh":
            last, first = p.native[0], p.native[1:]
        vals = [first, last, dob, p.phone("dot"), p.street, p.zip, p.mbr, cond]
        phi = [[first, "name"], [last, "name"], [dob, "dob"], [p.phone("dot"), "phone"], [p.street, "address"], [p.zip, "zip"], [p.mbr, "member_id"], [cond, "condition"]]
        if k % 2 == 0:
            pairs = [(f"field_{11820 + i}", v) for i, v in enumerate(vals)] + [("_labels", J({f"field_{11820 + i}": l for i, l in enumerate(L)})), ("form_lang", lang)]
            add("i18n_intake_form", "POST", f"http://www.formstack.com/api/v2/form/{digits(7)}/submission.json", dict(FORMH, **{"Authorization": "Bearer " + alnum(32)}),
                form(pairs), phi, ["form_lang"], "redact")
        else:
            body = {"Form": {"Id": "12", "Name": f"Intake ({lang})"}, "Entry": {"Number": R.randint(100, 999), "DateSubmitted": ts(20 + k)},
                    "Fields": [{"Label": l, "Value": v} for l, v in zip(L, vals)]}
            add("i18n_intake_form", "POST", "http://www.cognitoforms.com/api/forms/12/entries", {"Content-Type": "application/json", "Authorization": "Bearer " + alnum(40)},
                J(body, ascii_=(k == 3)), phi, [f"Intake ({lang})"], "redact")
    # clean: clinic announcements in other languages (practice phone, holiday date)
    txt = f"Unsere Praxis ist am 25.05.2026 (Memorial Day) geschlossen. Termine unter {PRACTICE_PHONE} oder im Portal. Grippeimpfung: 40 Dosen verfügbar."
    add("i18n_message", "POST", GT, JSONH, J({"q": [txt], "source": "de", "target": "en"}), [], ["25.05.2026", PRACTICE_PHONE], "pass")
    txt = f"本诊所地址：{PRACTICE_ADDR}, Sacramento, CA {PRACTICE_ZIP}。流感疫苗门诊：2026年4月18日上午9点至12点。电话：{PRACTICE_PHONE}。"
    add("i18n_message", "POST", DEEPL, dict(FORMH, **{"Authorization": "DeepL-Auth-Key " + uuid() + ":fx"}), form([("text", txt), ("target_lang", "EN-US")]), [],
        [PRACTICE_ADDR, "2026年4月18日"], "pass")


# ----------------------------------------------------------------------------- 14. more clean look-alikes, partners, unknown hosts
def clean_extra():
    S = "clean_lookalike"
    o = order_no()
    body = {"event": "order_shipped", "order_id": o, "tracking": "1Z999AA10123456784", "carrier": "UPS", "shipped_at": ts(30), "total": "128.40", "build": BUILD}
    add(S, "POST", GA.replace("/g/collect", "/mp/collect") + "?measurement_id=G-8XK2P4L1QZ&api_secret=" + alnum(22), JSONH,
        J({"client_id": f"{digits(10)}.{epoch(30)}", "events": [{"name": "order_shipped", "params": body}]}), [], [o, "1Z999AA10123456784", "128.40"], "pass")
    body = {"message": f"Monthly quality report: 42 patients with type 2 diabetes had an A1c drawn this month (61.9% controlled). Report id {uuid()}.", "level": "info",
            "@timestamp": ts(31)}
    add(S, "POST", VEC, VECH, J([body]), [], ["42 patients with type 2 diabetes"], "pass")
    body = {"provider": {"name": staff(3, "full"), "npi": staff(3, "npi"), "specialty": "Infectious Disease", "practice_phone": PRACTICE_PHONE, "practice_fax": PRACTICE_FAX,
                         "practice_address": f"{PRACTICE_ADDR}, Sacramento, CA {PRACTICE_ZIP}", "accepting_new_patients": True}}
    add(S, "PUT", f"{ENG}/Practitioner/{staff(3, 'npi')}", FHIRH, J(body), [], [staff(3, "full"), staff(3, "npi"), PRACTICE_FAX], "pass")
    cpt = {"codes": [{"cpt": "99213", "desc": "Office visit, est. patient, low MDM", "fee": "145.00"}, {"cpt": "87389", "desc": "HIV-1/2 Ag/Ab immunoassay", "fee": "38.00"},
                     {"loinc": "4548-4", "desc": "Hemoglobin A1c", "fee": "22.00"}], "effective": "2026-01-01", "schedule": "self-pay-2026"}
    add(S, "POST", f"{LABFIND}/v1/fee-schedules", JSONH, J(cpt), [], ["87389", "self-pay-2026"], "pass")
    txt = (f"2026-04-02T09:00:00Z INFO build={BUILD} commit=9f3c2e1 uuid={uuid()} req_id={uuid()}\n"
           f"2026-04-02T09:00:01Z INFO staff login: {staff(4, 'full')} (urgent care) from 10.0.4.12\n")
    add(S, "POST", SUMO, {"Content-Type": "text/plain", "X-Sumo-Category": "prod/portal/audit"}, txt, [], [staff(4, "full"), "9f3c2e1"], "pass")
    body = {"event_name": "Purchase", "event_time": epoch(32), "action_source": "website", "custom_data": {"order_id": order_no(), "value": 59.0, "currency": "USD",
                                                                                                            "contents": [{"id": "CLASS-YOGA-PRENATAL", "quantity": 1}]}}
    add(S, "POST", f"http://graph.facebook.com/v19.0/{digits(15)}/events?access_token=EAAG{alnum(60)}", JSONH, J({"data": [body]}), [], ["CLASS-YOGA-PRENATAL"], "pass")
    body = {"reminders": [{"templateId": "tmpl_flu_clinic", "sendAt": "2026-04-17T16:00:00Z", "audience": "opted-in-all", "text": f"Flu shots Sat 4/18 9-12 at {PRACTICE_ADDR}. Walk-ins welcome. {PRACTICE_PHONE}"}]}
    add(S, "POST", f"{RMD}/remindly.v1.BroadcastService/Schedule", CONNH, J(body, compact=True), [], ["tmpl_flu_clinic", PRACTICE_ADDR], "pass")
    pairs = [("ty", "pl"), ("k", alnum(22)), ("r", str(epoch(33) * 1000)), ("p", "Locations"), ("u", "https://www.riverbendch.org/locations?zip=" + PRACTICE_ZIP),
             ("m_build", BUILD), ("ul", "en-US")]
    add(S, "POST", "http://eum-us-west-2.instana.io/", FORMH, form(pairs), [], ["Locations"], "pass")
    body = {"records": [{"key": "dept-frontdesk", "value": {"event": "shift.swap", "from": staff(4, "full"), "to": staff(2, "full"), "date": "2026-04-11", "approved_by": staff(5, "full")}}]}
    add(S, "POST", f"{AIVEN}/topics/staff.schedule", dict(KH, **{"Content-Type": "application/vnd.kafka.json.v2+json"}), J(body), [], [staff(4, "full"), "2026-04-11"], "pass")


def partners_and_unknown():
    S = "partner_allow_all"
    p = nextp()
    body = {"Message": {"Header": {"MessageID": uuid()}, "Body": {"RxFill": {"FillStatus": {"Dispensed": {}}, "Patient": {"HumanPatient": {
        "Name": {"LastName": p.last, "FirstName": p.first}, "DateOfBirth": {"Date": p.dobs("iso")}}}, "MedicationDispensed": {"DrugDescription": p.med(), "LastFillDate": {"Date": p.ad("iso")}}}}}}
    add(S, "POST", f"{RXHUB}/script/v2017071/messages", JSONH, J(body), [[p.last, "name"], [p.first, "name"], [p.dobs("iso"), "dob"], [p.ad("iso"), "date"]], [], "pass")
    p = nextp()
    url = f"{LAB}/api/v3/results?{qs([('mrn', p.mrn), ('dob', p.dobs('iso')), ('since', p.ad('iso'))])}"
    add(S, "GET", url, {"Accept": "application/json"}, "", [[p.mrn, "mrn"], [p.dobs("iso"), "dob"], [p.ad("iso"), "date"]], [], "pass")
    p = nextp()
    body = {"subscriber": {"name": p.full, "ssn": p.ssn, "mbi": p.mbi, "dob": p.dobs("iso"), "address": f"{p.street}, {p.city}, CA {p.zip}"}, "serviceType": "30"}
    add(S, "POST", f"{PAYER}/eligibility", JSONH, J(body), [[p.full, "name"], [p.ssn, "ssn"], [p.mbi, "mbi"], [p.dobs("iso"), "dob"], [p.street, "address"], [p.zip, "zip"]], [], "pass")

    S = "unknown_host"
    for h in ["api.postmarkapp.com.mail-relay.io", "translate-googleapis.net", "raygun-proxy.herokuapp.com", "graph.facebook.com.cdn-edge.net", "paste.rs",
              "webhook.site", "7f3a-98-207-33-5.ngrok.app"]:
        p = nextp()
        add(S, "POST", f"http://{h}/v1/ingest", JSONH, J({"text": f"{p.full} dob {p.dobs('us')} mrn {p.mrn}"}), [[p.full, "name"], [p.dobs("us"), "dob"], [p.mrn, "mrn"]], [], "deny")

# ----------------------------------------------------------------------------- 15. second helpings across formats
def more():
    S = "raygun"
    p = nextp()
    body = {"occurredOn": ts(40), "details": {"error": {"className": "Error", "message": "POST /api/forms/intake 422"},
            "breadcrumbs": [{"timeStamp": epoch(40) * 1000, "level": "info", "type": "navigation", "message": f"{PORTAL}/intake?step=3&dob={p.dobs('iso')}"},
                            {"timeStamp": epoch(40) * 1000 + 912, "level": "info", "type": "click", "message": f"input#insuranceId value={p.mbr}"}],
            "user": {"identifier": p.email}}}
    add(S, "POST", "http://api.raygun.com/entries", {"Content-Type": "application/json", "X-ApiKey": alnum(22)}, J(body),
        [[p.dobs("iso"), "dob"], [p.mbr, "member_id"], [p.email, "email"]], [], "block")
    S = "honeybadger"
    p = nextp()
    body = {"notifier": {"name": "honeybadger-python", "version": "0.20.0"}, "error": {"class": "KeyError", "message": "'visit_type'"},
            "request": {"url": f"{PORTAL}/api/telehealth/join", "cgi_data": {"HTTP_REFERER": f"{PORTAL}/visits/{p.mrn}?reason={quote(p.dx())}", "REMOTE_ADDR": p.ip},
                        "session": {"patient_name": p.afull, "patient_phone": p.phone("dash")}}}
    add(S, "POST", "http://api.honeybadger.io/v1/notices", {"Content-Type": "application/json", "X-API-Key": alnum(20)}, J(body),
        [[p.mrn, "mrn"], [p.ip, "ip_address"], [p.afull, "name"], [p.phone("dash"), "phone"]], [], "block")

    S = "i18n_message"
    p = langp("vi"); cond = LCONDS["vi"][1]; dob = ldate(p.dob, "vi", 0)
    body = {"data": {"event_type": "message.received", "id": uuid(), "payload": {"from": {"phone_number": p.phone("e164")}, "to": [{"phone_number": SHORTCODE}],
            "text": f"R. Tôi là {p.native}, sinh {dob}, xin đổi lịch khám {cond} sang tuần sau", "type": "SMS"}}}
    add(S, "POST", N8N, JSONH, J(body), [[p.phone("e164"), "phone"], [p.native, "name"], [dob, "dob"], [cond, "condition"]], [SHORTCODE], "redact")
    p = langp("pl"); dob = ldate(p.dob, "pl", 1); cond = LCONDS["pl"][0]
    body = {"subject": "Recepta", "customer": {"email": p.email, "firstName": p.first, "lastName": p.last}, "mailboxId": 241887, "type": "email",
            "threads": [{"type": "customer", "text": f"Nazywam się {p.full}, data urodzenia {dob}. Mam {cond}, skończyła mi się metformina. Numer ubezpieczenia: {p.mbr}."}]}
    add(S, "POST", "http://api.helpscout.net/v2/conversations", {"Content-Type": "application/json", "Authorization": "Bearer " + alnum(32)}, J(body),
        [[p.email, "email"], [p.first, "name"], [p.last, "name"], [p.full, "name"], [dob, "dob"], [cond, "condition"], [p.mbr, "member_id"]], ["Recepta"], "redact")
    p = langp("de"); dob = ldate(p.dob, "de", 0)
    body = {"fields": [{"label": "Name, Vorname", "value": f"{p.last}, {p.first}"}, {"label": "Geburtsdatum", "value": dob}, {"label": "Krankenversicherung", "value": p.payer},
                       {"label": "Versichertennummer", "value": p.mbr}, {"label": "Hausarzt", "value": staff(1)}]}
    add(S, "POST", "http://api.pdfmonkey.io/api/v1/documents", {"Content-Type": "application/json", "Authorization": "Bearer " + alnum(24)},
        J({"document": {"document_template_id": uuid(), "payload": J(body)}}), [[f"{p.last}, {p.first}", "name"], [dob, "dob"], [p.mbr, "member_id"]], [staff(1)], "redact")
    p = langp("it"); dob = ldate(p.dob, "it", 1); cond = LCONDS["it"][0]
    body = {"call_id": digits(16), "state": "voicemail", "external_number": p.phone("e164"), "contact": {"name": p.full},
            "transcription_text": f"Pronto, sono {p.full}, nata il {dob}, chiamo per i risultati del {cond}. Richiamatemi al {p.phone('spc')}, grazie."}
    add(S, "POST", HOOKDECK, JSONH, J(body), [[p.phone("e164"), "phone"], [p.full, "name"], [dob, "dob"], [cond, "condition"], [p.phone("spc"), "phone"]], ["voicemail"], "redact")
    p = langp("tl"); dob = ldate(p.dob, "tl", 0)
    body = {"from": SHORTCODE, "to": p.phone("e164"), "text": f"Riverbend: {p.first}, paalala po: ang inyong appointment ay sa {p.ad('md')}. Petsa ng kapanganakan sa file: {dob}."}
    add(S, "POST", "http://api.telnyx.com/v2/messages", {"Content-Type": "application/json", "Authorization": "Bearer KEY" + alnum(40)}, J(body),
        [[p.phone("e164"), "phone"], [p.first, "name"], [p.ad("md"), "date"], [dob, "dob"]], [SHORTCODE], "redact")
    p = langp("zh"); dob = ldate(p.dob, "zh", 0); cond = LCONDS["zh"][1]
    md = f"患者反馈（翻译前）：\n\n| 姓名 | 出生日期 | 电话 | 问题 |\n|---|---|---|---|\n| {p.native} | {dob} | {p.phone('paren')} | {cond}复查预约失败 |\n"
    add(S, "POST", "http://api.clickup.com/api/v2/list/901204/task", {"Content-Type": "application/json", "Authorization": "pk_" + digits(8) + "_" + alnum(32)},
        J({"name": "Patient feedback (zh)", "markdown_description": md}), [[p.native, "name"], [dob, "dob"], [p.phone("paren"), "phone"], [cond, "condition"]],
        ["Patient feedback (zh)"], "redact")

    S = "front_helpscout"
    p = PATIENTS[45]
    body = {"author_id": "tea_" + alnum(6), "body": f"FYI {p.full} (91-year-old, DOB {p.dobs('us')}) fell at home; daughter asks for {staff(0)} to call {p.phone('paren')}."}
    add(S, "POST", f"http://api2.frontapp.com/conversations/cnv_{alnum(8)}/comments", {"Content-Type": "application/json", "Authorization": "Bearer " + alnum(40)}, J(body),
        [[p.full, "name"], ["91", "age_over_89"], [p.dobs("us"), "dob"], [p.phone("paren"), "phone"]], [staff(0)], "redact")

    S = "kafka_rest"
    p = nextp()
    recs = {"key_schema_id": 100201, "value_schema_id": 100215, "records": [{"key": {"string": p.mrn}, "value": {"org.riverbendch.Referral": {
        "patient": {"given": p.first, "family": p.last, "phone": {"string": p.phone("dash")}}, "referredTo": {"string": "UC Davis Hepatology"},
        "reason": {"string": p.dx()}, "insurance": {"org.riverbendch.Insurance": {"payer": p.payer, "memberId": p.mbr}}}}}]}
    add(S, "POST", f"{AIVEN}/topics/referrals.out", dict(KH, **{"Content-Type": "application/vnd.kafka.avro.v2+json"}), J(recs),
        [[p.mrn, "mrn"], [p.first, "name"], [p.last, "name"], [p.phone("dash"), "phone"], [p.dx(), "condition"], [p.mbr, "member_id"]], ["referrals.out"], "redact")

    S = "header_context"
    p = nextp()
    h = {"Content-Type": "application/json", "Forwarded": f"for={p.ip};proto=https", "X-Amzn-Trace-Id": f"Root=1-{hexs(8)}-{hexs(24)};Self=1-{hexs(8)}-{hexs(24)}",
         "X-Session-User": f"{p.email}|{p.mrn}"}
    add(S, "POST", "http://k.clarity.ms/collect", h, J({"e": ["0.7.34", 3, 0, 77, "1x9k2m", "9z2", "u4t"], "a": []}, compact=True),
        [[p.ip, "ip_address"], [p.email, "email"], [p.mrn, "mrn"]], [], "redact")

    S = "connect_protojson"
    p = nextp()
    body = {"appointment": {"name": f"appointments/{alnum(10)}", "patientDisplayName": p.full, "startTime": p.at("z"), "labels": {"dx": p.icd(), "insurance": p.mbr},
                            "patientDob": {"value": p.dobs("iso")}, "contactPhone": {"value": p.phone("e164")}}, "validateOnly": {"value": False}}
    add(S, "POST", f"{RMD}/remindly.v1.AppointmentService/UpsertAppointment", CONNH, J(body, compact=True),
        [[p.full, "name"], [p.at("z"), "date"], [p.icd(), "icd10"], [p.mbr, "member_id"], [p.dobs("iso"), "dob"], [p.phone("e164"), "phone"]], ["UpsertAppointment"], "redact")

    S = "fhir_r4_more"
    p = nextp()
    b = {"resourceType": "Bundle", "type": "transaction", "entry": [
        {"resource": {"resourceType": "Appointment", "status": "proposed", "start": p.at("off"), "participant": [{"actor": {"display": p.full}}],
                      "comment": f"pt requests Vietnamese interpreter; {p.dx()}"}, "request": {"method": "POST", "url": "Appointment"}},
        {"resource": {"resourceType": "Patient", "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": p.mrn}], "birthDate": p.dobs("iso"),
                      "telecom": [{"system": "email", "value": p.email}], "address": [{"line": [p.street], "postalCode": p.zip}]}, "request": {"method": "PUT", "url": f"Patient?identifier={p.mrn}"}}]}
    add(S, "POST", ENG, FHIRH, J(b),
        [[p.at("off"), "date"], [p.full, "name"], [p.dx(), "condition"], [p.mrn, "mrn"], [p.dobs("iso"), "dob"], [p.email, "email"], [p.street, "address"], [p.zip, "zip"]],
        ["urn:oid:2.16.840.1.113883.3.9999.1"], "redact")

    S = "clean_lookalike"
    add(S, "GET", gql_url("ProviderBio", {"npi": staff(2, "npi"), "includeLanguages": True}, hexs(64)), {"Accept": "application/json"}, "", [], [staff(2, "npi")], "pass")
    body = [{"content": f"cert renewal ok for portal.riverbendch.org serial {hexs(16)} not_after=2027-04-02T00:00:00Z", "log.source": "/var/log/certbot.log", "severity": "info"}]
    add(S, "POST", "http://abc12345.live.dynatrace.com/api/v2/logs/ingest", {"Content-Type": "application/json; charset=utf-8"}, J(body), [], ["2027-04-02T00:00:00Z"], "pass")
    body = {"data": {"event_type": "message.received", "id": uuid(), "payload": {"from": {"phone_number": PRACTICE_PHONE_E164}, "to": [{"phone_number": SHORTCODE}],
            "text": "HELP", "type": "SMS", "note": "internal test from front desk line"}}}
    add(S, "POST", N8N, JSONH, J(body), [], [SHORTCODE, "internal test from front desk line"], "pass")
    body = {"q": [f"Riverbend Community Health: Reply C to confirm or R to reschedule. Questions? {PRACTICE_PHONE}"], "target": "vi", "format": "text"}
    add(S, "POST", GT, JSONH, J(body), [], [PRACTICE_PHONE], "pass")
    body = {"FromName": "UPS Quantum View", "From": "pkginfo@ups.example", "To": f"receiving@{SITE}", "Subject": "UPS Update: Package Scheduled for Delivery Today",
            "TextBody": "Tracking Number: 1Z999AA10123456784\nScheduled Delivery: Thursday, 04/02/2026\nShip To: RIVERBEND COMMUNITY HEALTH, 3301 ALHAMBRA BLVD STE 400, SACRAMENTO, CA 95817"}
    add(S, "POST", HOOKDECK, JSONH, J(body), [], ["1Z999AA10123456784", "04/02/2026"], "pass")


SCENARIOS = [graphql_persisted, grpc_web, kafka, headers_ctx, pharmacy, labs, fhir, marketing, pixels, logs, messaging, tables, non_english, clean_extra, more, partners_and_unknown]


def policy():
    return {"destinations": [
        {"name": "ads-analytics", "hosts": ["region1.google-analytics.com", "www.google-analytics.com", "graph.facebook.com", "business-api.tiktok.com", "px.ads.linkedin.com",
                                            "api.linkedin.com", "*.clarity.ms", "*.hotjar.io", "*.hotjar.com"], "allow": [], "on_violation": "redact"},
        {"name": "marketing-automation", "hosts": ["*.rest.marketingcloudapis.com", "*.exacttarget.com", "*.marketo.com", "*.mktorest.com", "go.pardot.com", "pi.pardot.com"],
         "allow": [], "on_violation": "redact"},
        {"name": "email-crm", "hosts": ["*.activehosted.com", "*.api-us1.com"], "allow": ["name", "email"], "on_violation": "redact"},
        {"name": "transactional-email", "hosts": ["api.postmarkapp.com"], "allow": ["name", "email", "date"], "on_violation": "redact"},
        {"name": "log-pipeline", "hosts": ["in.logs.betterstack.com", "*.logit.io", "*.sumologic.com", "*.instana.io", "*.live.dynatrace.com",
                                           "otlp-gateway-prod-us-west-0.grafana.net"], "allow": [], "on_violation": "redact"},
        {"name": "error-trackers", "hosts": ["api.raygun.com", "api.honeybadger.io"], "allow": [], "on_violation": "block"},
        {"name": "data-streaming", "hosts": ["*.confluent.cloud", "*.aivencloud.com"], "allow": [], "on_violation": "redact"},
        {"name": "scheduling-saas", "hosts": ["api.slotwise.example"], "allow": ["name", "email", "phone", "date"], "on_violation": "redact"},
        {"name": "reminders", "hosts": ["api.remindly.example"], "allow": ["name", "phone", "date"], "on_violation": "redact"},
        {"name": "telehealth", "hosts": ["api.vsee.com", "api.doximity.com"], "allow": ["name", "email", "phone", "date"], "on_violation": "redact"},
        {"name": "rx-savings", "hosts": ["api.rxsaver.example"], "allow": ["name", "dob", "zip"], "on_violation": "redact"},
        {"name": "lab-marketplace", "hosts": ["api.labfinder.example"], "allow": ["zip"], "on_violation": "redact"},
        {"name": "patient-engagement", "hosts": ["api.carecadence.example"], "allow": ["name", "email", "phone", "date"], "on_violation": "redact"},
        {"name": "helpdesk", "hosts": ["api2.frontapp.com", "api.helpscout.net"], "allow": ["name", "email", "phone"], "on_violation": "redact"},
        {"name": "sms", "hosts": ["api.telnyx.com", "messaging.bandwidth.com", "platform.ringcentral.com", "dialpad.com"], "allow": ["phone"], "on_violation": "redact"},
        {"name": "automation-relays", "hosts": ["events.hookdeck.com", "*.app.n8n.cloud"], "allow": [], "on_violation": "redact"},
        {"name": "pdf-tools", "hosts": ["api.pdf.co", "api.pdfmonkey.io", "app.useanvil.com"], "allow": [], "on_violation": "redact"},
        {"name": "bi-tools", "hosts": ["app.hex.tech", "api.smartsheet.com", "api.sigmacomputing.com", "api.motherduck.com"], "allow": [], "on_violation": "redact"},
        {"name": "tickets", "hosts": ["api.github.com", "api.clickup.com", "api.app.shortcut.com"], "allow": [], "on_violation": "redact"},
        {"name": "translation", "hosts": ["translation.googleapis.com", "api-free.deepl.com"], "allow": [], "on_violation": "redact"},
        {"name": "form-builders", "hosts": ["www.formstack.com", "www.cognitoforms.com"], "allow": [], "on_violation": "redact"},
        {"name": "baa-partners", "hosts": ["api.rxhub-bridge.example", "api.pbm-bridge.example", "orders.valleylab-partner.example", "cair2-ws.immunization-registry.example",
                                           "fhir.goldenstate-payer.example"], "allow": ["all"], "on_violation": "block"}],
        "default_destination": "deny",
        "roster_columns": {"first": "name", "last": "name", "dob": "dob", "mrn": "mrn", "phone": "phone", "email": "email"}}


# ----------------------------------------------------------------------------- self-check (mirrors the harness's views)
def _views(c):
    u = urlsplit(c["url"]); path = u.path + ("?" + u.query if u.query else "")
    body = base64.b64decode(c["body_b64"]).decode("utf-8", "replace") if "body_b64" in c else c["body"]
    texts = [path, "\n".join(f"{k}: {v}" for k, v in c["headers"].items()), body]
    more = []
    for t in texts:
        v = t
        for _ in range(4):
            w = unquote_plus(v)
            if w == v: break
            v = w
        more += [v, unquote(unquote(t))]
        for cand in (t, v):
            try:
                acc = []
                def walk(o):
                    if isinstance(o, dict):
                        for k, x in o.items(): acc.append(str(k)); walk(x)
                    elif isinstance(o, list):
                        for x in o: walk(x)
                    elif o is not None: acc.append(str(o))
                walk(json.loads(cand)); more.append("\n".join(acc))
            except Exception: pass
    return "\n".join(texts + more)


def _present(v, text):
    return re.search(r"(?<![A-Za-z0-9])" + re.escape(v) + r"(?![A-Za-z0-9])", text, re.I) is not None


def selfcheck():
    bad = 0; ids = set()
    pol = policy()
    for c in CASES:
        assert c["id"] not in ids, c["id"]; ids.add(c["id"])
        for k, v in c["headers"].items():
            try: v.encode("latin-1")
            except UnicodeEncodeError: print(f"selfcheck: {c['id']} header {k} not latin-1", file=sys.stderr); bad += 1
        t = _views(c)
        for v, k in c["phi"]:
            if not _present(v, t): print(f"selfcheck: {c['id']} phi {k} {v!r} not found", file=sys.stderr); bad += 1
        for v in c["controls"]:
            if not _present(v, t): print(f"selfcheck: {c['id']} control {v!r} not found", file=sys.stderr); bad += 1
            for pv, _ in c["phi"]:
                if _present(pv, v): print(f"selfcheck: {c['id']} control {v!r} contains phi {pv!r}", file=sys.stderr); bad += 1
        host = urlsplit(c["url"]).hostname
        d = next((d for d in pol["destinations"] for h in d["hosts"] if h == host or (h.startswith("*.") and host.endswith(h[1:]))), None)
        if d is None and c["expect"] != "deny": print(f"selfcheck: {c['id']} host {host} has no destination", file=sys.stderr); bad += 1
        if d is not None and c["expect"] == "deny": print(f"selfcheck: {c['id']} deny case but host {host} matches {d['name']}", file=sys.stderr); bad += 1
        if c["expect"] == "redact" and d is not None and "all" not in d["allow"] and not any(k not in d["allow"] for _, k in c["phi"]):
            print(f"selfcheck: {c['id']} redact case without disallowed PHI", file=sys.stderr); bad += 1
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
    clean = sum(1 for c in CASES if not c["phi"] and c["expect"] == "pass")
    print(f"{len(CASES)} cases -> {out}  {ex}  clean={clean}" + (f"  SELF-CHECK PROBLEMS: {bad}" if bad else ""))


if __name__ == "__main__":
    main()
