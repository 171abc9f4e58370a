#!/usr/bin/env python3
"""probe17: outbound traffic of a small practice (Lakeshore Integrated Care, Milwaukee WI) in request
formats none of the earlier probes (12-16) or the seed corpus were written against:
programming-language object dumps inside log lines (Python repr, Go %+v / %#v, Java toString,
Kotlin data classes, PHP serialize, Ruby inspect, Elixir maps / structs, C# records, Rust Debug),
SQL in APM spans and slow-query logs (MySQL slow log, Postgres duration / DETAIL lines), MongoDB
structured and legacy query logs, Redis MONITOR lines, LDIF (incl. base64 values), iCalendar via
CalDAV, Java .properties (\\u escapes) / INI / TOML in gists and snippets, X12 834 enrollment and
835 remittance, DICOMweb JSON (STOW-RS metadata, UPS-RS workitems, QIDO-RS queries), CDS Hooks
requests, SMART launch URLs in analytics hits, LLM traffic (Anthropic tool_use / tool_result,
Gemini functionCall / functionResponse, OpenAI-compatible tool_calls with JSON-string arguments,
LangSmith / Langfuse traces, Pinecone / Weaviate / Qdrant upserts, embeddings requests), Splunk HEC
batched events, Zipkin / Jaeger spans, Honeycomb batches, Datadog logs with ddtags, Bugsnag /
Rollbar / Airbrake payloads with breadcrumbs and telemetry, Mailgun form sends, PayPal IPN
post-backs, Twilio transcription callbacks relayed to Pipedream, Teams adaptive cards, Discord /
Telegram bot messages, Trello / Asana / Linear tasks with Markdown notes, look-alike clean
payloads, an allow-all partner, and unknown hosts.

Format of the output: see /work/shared/eval/gen_example.py (policy.json, cases.jsonl, roster.csv).
Usage: probe17_gen.py OUT_DIR   (deterministic: seed 170017)"""
import base64, json, os, random, re, sys, unicodedata
from datetime import date, datetime, timedelta
from urllib.parse import quote, unquote, unquote_plus, urlsplit

R = random.Random(170017)
SITE = "lakeshorecare.org"
PRACTICE = "Lakeshore Integrated Care"
PRACTICE_ADDR = "2900 N Oakland Ave Suite 210"
PRACTICE_ZIP = "53211"
PRACTICE_PHONE = "(414) 963-2270"
PRACTICE_PHONE_E164 = "+14149632270"
PRACTICE_FAX = "(414) 963-2271"
PRACTICE_NPI = "1487654321"
STAFF = [("Nadia", "Farouk", "MD"), ("Aaron", "Feldstein", "DO"), ("Marta", "Quiroga", "NP"), ("Julian", "Osei", "MD"), ("Brett", "Kinnear", "PA-C")]

NAMES = [  # (first, last, sex): many origins, hyphenated / multi-part surnames, a few that are also words
    ("Anh Thu", "Tran-Nguyen", "F"), ("Oluwaseun", "Adeyemi", "M"), ("Margarethe", "Van der Meulen", "F"), ("José Luis", "De la Cruz Ramírez", "M"),
    ("Keisha", "Battle", "F"), ("Hamid", "Rahimzadeh", "M"), ("Bao", "Vang", "M"), ("Mai Yer", "Xiong", "F"),
    ("Stanisław", "Wiśniewski", "M"), ("Bridget", "O'Donnell-Krause", "F"), ("Tyrone", "Ledbetter", "M"), ("Guadalupe", "Zamarripa", "F"),
    ("Priyanka", "Venkataraman", "F"), ("Dmitri", "Sokolov", "M"), ("Autumn", "Redbird", "F"), ("Ahmed Abdi", "Warsame", "M"),
    ("Colleen", "Schmitz", "F"), ("Hye-jin", "Kwon", "F"), ("Luis", "Ortiz-Velázquez", "M"), ("Birgit", "Haugen", "F"),
    ("Precious", "Mbeki-Johnson", "F"), ("Kai", "Nakamura", "M"), ("Rosalind", "Bell", "F"), ("Waylon", "Kowalski", "M"),
    ("Fatima Zahra", "El Idrissi", "F"), ("Deacon", "Wolfe", "M"), ("Imani", "Crenshaw", "F"), ("Tomasz", "Grabowski", "M"),
    ("Lucía", "Villanueva", "F"), ("Sven", "Lindgren", "M"), ("Ngozi", "Okonjo-Eze", "F"), ("Ruby", "Golden", "F"),
    ("Khadija", "Hussaini", "F"), ("Jebediah", "Amundsen", "M"), ("Marisela", "Treviño", "F"), ("Chidi", "Nwachukwu", "M"),
    ("Wren", "Hollander", "F"), ("Eun-ji", "Bae", "F"), ("Aleksander", "Nowak-Brandt", "M"), ("Dolores", "Sweet", "F"),
    ("Xochitl", "Tlapanco", "F"), ("Pa Nhia", "Lor", "F"), ("Rahul", "Chaudhary", "M"), ("Siobhan", "McGillicuddy", "F"),
]
AREAS = [414, 414, 414, 262, 262, 608]
STREETS = ["N Holton St", "W Burleigh St", "S 16th St", "W Lincoln Ave", "N Sherman Blvd", "W Greenfield Ave", "S Kinnickinnic Ave",
           "W North Ave", "N 76th St", "W Oklahoma Ave", "E Locust St", "W Capitol Dr", "S Layton Blvd", "W Forest Home Ave", "N Teutonia Ave"]
CITIES = [("Milwaukee", ["53204", "53206", "53208", "53212", "53215", "53218", "53221"]), ("Wauwatosa", ["53213", "53226"]),
          ("West Allis", ["53214", "53227"]), ("Cudahy", ["53110"]), ("Greenfield", ["53220"]), ("South Milwaukee", ["53172"])]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "att.net", "hotmail.com", "charter.net"]
CONDS = [  # icd10, diagnosis text, medication
    ("F11.20", "opioid use disorder", "buprenorphine-naloxone"), ("B20", "HIV", "Biktarvy"), ("F32.1", "major depressive disorder", "sertraline"),
    ("F10.20", "alcohol use disorder", "naltrexone"), ("F43.10", "PTSD", "prazosin"), ("B18.2", "chronic hepatitis C", "Epclusa"),
    ("F31.81", "bipolar II disorder", "lamotrigine"), ("A53.9", "syphilis", "Bicillin L-A"), ("O09.90", "high-risk pregnancy", "aspirin 81 mg"),
    ("C61", "prostate cancer", "enzalutamide"), ("F20.9", "schizophrenia", "Invega Sustenna"), ("F50.2", "bulimia nervosa", "fluoxetine"),
    ("E10.9", "type 1 diabetes", "insulin glargine"), ("G40.909", "epilepsy", "levetiracetam"), ("N18.4", "chronic kidney disease stage 4", "sevelamer"),
    ("F12.20", "cannabis use disorder", "gabapentin"), ("Z34.91", "pregnancy", "prenatal vitamins"), ("F60.3", "borderline personality disorder", "quetiapine"),
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s.replace("ł", "l").replace("Ł", "L")) if not unicodedata.combining(c))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def digits(n):
    return str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def uuid():
    h = "%032x" % R.getrandbits(128)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fd(d, style):
    m, dd, y = d.month, d.day, d.year
    return {"iso": f"{y}-{m:02d}-{dd:02d}", "us": f"{m:02d}/{dd:02d}/{y}", "usn": f"{m}/{dd}/{y}", "long": f"{MONTHS[m - 1]} {dd}, {y}",
            "ord": f"{MONTHS[m - 1]} {ordinal(dd)}, {y}", "d8": f"{y}{m:02d}{dd:02d}", "mon": f"{MONTHS[m - 1][:3]} {dd}, {y}",
            "dmy": f"{dd:02d}.{m:02d}.{y}", "usdash": f"{m:02d}-{dd:02d}-{y}", "isoz": f"{y}-{m:02d}-{dd:02d}T00:00:00Z",
            "dmon": f"{dd} {MONTHS[m - 1][:3]} {y}"}[style]


def luhn_ok_npi(base9):
    s = "80840" + base9; tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return base9 + str((10 - tot % 10) % 10)


STAFF_NPI = {s[1]: luhn_ok_npi("1" + digits(8)) for s in STAFF}


def staff(i, style="dr"):
    f, l, c = STAFF[i % len(STAFF)]
    if style == "dr": return f"Dr. {f} {l}" if c in ("MD", "DO") else f"{f} {l}, {c}"
    if style == "full": return f"{f} {l}, {c}"
    if style == "email": return f"{f[0].lower()}{l.lower()}@{SITE}"
    if style == "pn": return f"{l.upper()}^{f.upper()}"
    return f"{f} {l}"


def member_id():
    k = R.randint(0, 5)
    if k == 0: return "Quartz Health Solutions", "QTZ" + digits(9)
    if k == 1: return "Network Health", "NH" + digits(8) + "01"
    if k == 2: return "Anthem Blue Cross Blue Shield", R.choice(["XWB", "ZWT", "WIB"]) + digits(9)
    if k == 3: return "BadgerCare Plus", digits(10)
    if k == 4: return "Humana", "H" + digits(8)
    return "UnitedHealthcare", digits(9)


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"; A = L + "0123456789"
    return "".join([str(R.randint(1, 9)), R.choice(L), R.choice(A), str(R.randint(0, 9)), R.choice(L), R.choice(A),
                    str(R.randint(0, 9)), R.choice(L), R.choice(L), str(R.randint(0, 9)), str(R.randint(0, 9))])


def ssn():
    a = R.randint(1, 899)
    while a == 666: a = R.randint(1, 899)
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


class P:
    def __init__(self, first, last, sex):
        self.first, self.last, self.sex = first, last, sex
        self.full = f"{first} {last}"
        self.af, self.al = ascii_fold(first), ascii_fold(last)
        self.afull = f"{self.af} {self.al}"
        self.dob = date(1938, 1, 1) + timedelta(days=R.randint(0, 24000))
        n = R.randint(10**5, 10**6 - 1)
        self.mrn = R.choice([f"LIC{R.randint(10**6, 10**7 - 1)}", f"00{n}", f"L-{n}", f"LIC-{n}", f"{n}-LIC"])
        self.mrn_num = re.sub(r"\D", "", self.mrn)
        self.area = R.choice(AREAS)
        self.exch = R.choice([x for x in range(201, 990) if x % 100 != 11 and x not in (555, 963)])
        self.line = R.randint(1000, 9999)
        fl = re.sub(r"[^a-z]", "", self.af.lower()); ll = re.sub(r"[^a-z]", "", self.al.lower())
        loc = R.choice([f"{fl}.{ll}", f"{fl[0]}{ll}", f"{fl}{ll[:4]}{R.randint(1, 99)}", f"{ll}{fl[0]}{R.randint(60, 99)}",
                        R.choice(["brewcitymom", "mkebucks", "lakefrontrunner", "cheesehead", "bayviewbee"]) + str(R.randint(1, 999))])
        self.email = f"{loc}@{R.choice(EMAIL_DOMAINS)}"
        self.ssn = ssn()
        self.city, zips = R.choice(CITIES)
        self.zip = R.choice(zips)
        self.street = f"{R.randint(100, 9999)} {R.choice(STREETS)}"
        self.unit = R.choice(["", "", "", f"Apt {R.randint(1, 30)}", f"Unit {R.randint(1, 9)}{R.choice('ABC')}", f"Lower"])
        self.payer, self.mbr = member_id()
        self.mbi = mbi()
        self.cond = R.choice(CONDS)
        d0 = date(2026, 3, 11) + timedelta(days=R.randint(0, 60))
        while d0.weekday() > 4: d0 += timedelta(days=1)
        self.appt = datetime(d0.year, d0.month, d0.day, R.randint(8, 16), R.choice([0, 15, 30, 45]))
        self.ip = f"{R.choice([75, 96, 108, 174, 24, 67])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"

    def phone(self, style="dash"):
        a, e, l = self.area, self.exch, self.line
        return {"paren": f"({a}) {e}-{l}", "dash": f"{a}-{e}-{l}", "dot": f"{a}.{e}.{l}", "e164": f"+1{a}{e}{l}", "intl": f"+1 {a} {e} {l}",
                "bare": f"{a}{e}{l}", "one": f"1-{a}-{e}-{l}", "intldash": f"+1-{a}-{e}-{l}"}[style]

    def dobs(self, style="iso"):
        return fd(self.dob, style)

    def ad(self, style="iso"):
        return fd(self.appt.date(), style)

    def addr(self):
        return f"{self.street} {self.unit}".strip()

    def dx(self):
        return self.cond[1]

    def icd(self):
        return self.cond[0]

    def med(self):
        return self.cond[2]

    def age(self):
        return 2026 - self.dob.year - ((3, 10) < (self.dob.month, self.dob.day))


PATIENTS = [P(*n) for n in NAMES]
PATIENTS[7].dob = date(1932, 8, 14)   # one patient over 89
_order = list(range(len(PATIENTS)))
_pos = [0]


def nextp():
    if _pos[0] % len(_order) == 0: R.shuffle(_order)
    p = PATIENTS[_order[_pos[0] % len(_order)]]; _pos[0] += 1
    return p


def tstamp(i=0):
    return datetime(2026, 3, 10, 13, 5, 11) + timedelta(minutes=23 * i + R.randint(0, 20), seconds=R.randint(0, 59))


def ts(i=0):
    return tstamp(i).strftime("%Y-%m-%dT%H:%M:%S.") + f"{R.randint(0, 999):03d}Z"


def epoch(i=0):
    return 1773148000 + i * 1380 + R.randint(0, 900)


def order_no():
    return f"ORD-2026{R.randint(3, 4):02d}{R.randint(1, 28):02d}-{R.randint(100, 9999):04d}"


def build():
    return f"4.{R.randint(1, 19)}.{R.randint(0, 9)}"


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
    if plus: return "&".join(f"{quote(k, safe='')}={quote(str(v), safe=' ').replace(' ', '+')}" for k, v in pairs)
    return "&".join(f"{quote(k, safe='')}={quote(str(v), safe='')}" for k, v in pairs)


JSONH = {"Content-Type": "application/json"}
FORMH = {"Content-Type": "application/x-www-form-urlencoded"}
TEXTH = {"Content-Type": "text/plain; charset=utf-8"}
DDH = {"Content-Type": "application/json", "DD-API-KEY": "b7e1c04f9a2d36e58c1f0a7d4e9b2c61"}
DD_LOGS = "http://http-intake.logs.datadoghq.com/api/v2/logs"
HEC = "http://http-inputs-lakeshorecare.splunkcloud.com/services/collector"
HECH = {"Content-Type": "application/json", "Authorization": "Splunk 5f0c2d8e-4b1a-4c9e-9a37-2e6d1f8b0c44"}
LOGGLY = "http://logs-01.loggly.com/bulk/8c2e41f0-7d3b-4a9e-b1c6-0e5f2a9d7b13/tag/"
LOGZ = "http://listener.logz.io:8070/?token=qWeRtYuIoPaSdFgHjKlZxCvBnM123456&type="


def dd(service, source, msg, tags="env:prod", host="app-2", extra=None):
    o = {"ddsource": source, "ddtags": tags, "hostname": host, "service": service, "message": msg}
    if extra: o.update(extra)
    return o


# ----------------------------------------------------------------------------- 1. object dumps in log lines
def py_repr():
    S = "py_repr"
    for i in range(4):
        p = nextp(); t = tstamp(i); d = p.dob
        if i == 0:
            payload = {"patient_name": p.full, "dob": p.dob, "mrn": p.mrn, "phone": p.phone("paren"), "flags": {"sms_ok": True, "portal": None}}
            msg = f"{t:%Y-%m-%d %H:%M:%S},{R.randint(0, 999):03d} ERROR [intake.sync] sync_patient failed payload={payload!r}"
            phi = [[p.full, "name"], [f"{d.year}, {d.month}, {d.day}", "dob"], [p.mrn, "mrn"], [p.phone("paren"), "phone"]]
            ctl = ["intake.sync", "sync_patient failed"]
        elif i == 1:
            a = p.appt
            payload = {"first": p.first, "last": p.last, "appt": a, "reason": f"{p.dx()} follow-up", "email": p.email}
            msg = f"WARNING:reminders.worker:retrying send_reminder(kwargs={payload!r}) attempt=3"
            phi = [[p.first, "name"], [p.last, "name"], [f"{a.year}, {a.month}, {a.day}, {a.hour}, {a.minute}", "date"], [p.dx(), "condition"], [p.email, "email"]]
            ctl = ["reminders.worker", "attempt=3"]
        elif i == 2:
            msg = (f"Traceback (most recent call last):\n  File \"/srv/portal/billing/tasks.py\", line 212, in post_claim\n    resp.raise_for_status()\n"
                   f"requests.exceptions.HTTPError: 400 Client Error for url: https://api.claimbridge-edi.example/v2/claims\n"
                   f"claim={{'subscriber': {{'name': {p.full!r}, 'member_id': {p.mbr!r}, 'ssn': {p.ssn!r}}}, 'dx': [{p.icd()!r}], 'total': Decimal('212.44')}}")
            phi = [[p.full, "name"], [p.mbr, "member_id"], [p.ssn, "ssn"], [p.icd(), "icd10"]]
            ctl = ["post_claim", "212.44"]
        else:
            msg = (f"DEBUG forms.intake cleaned_data=OrderedDict([('legal_name', {p.full!r}), ('date_of_birth', datetime.date({d.year}, {d.month}, {d.day})), "
                   f"('street', {p.addr()!r}), ('postal_code', {p.zip!r}), ('insurance_id', {p.mbr!r})])")
            phi = [[p.full, "name"], [f"{d.year}, {d.month}, {d.day}", "dob"], [p.addr(), "address"], [p.zip, "zip"], [p.mbr, "member_id"]]
            ctl = ["forms.intake"]
        add(S, "POST", DD_LOGS, DDH, J([dd("portal-django", "python", msg)], ascii_=(i % 2 == 0)), phi, ctl, "redact")
    # clean
    o = order_no()
    msg = f"INFO shop.orders created order={{'order_id': {o!r}, 'sku': 'KIT-E119-30', 'total': Decimal('45.00'), 'created': datetime.datetime(2026, 3, 4, 10, 12, 44), 'build': '4.12.3'}}"
    add(S, "POST", DD_LOGS, DDH, J([dd("shop", "python", msg)]), [], [o, "KIT-E119-30", "45.00"], "pass")


def go_dump():
    S = "go_struct"
    for i in range(4):
        p = nextp()
        if i == 0:
            s = (f"&{{ID:{R.randint(1000, 99999)} FirstName:{p.first} LastName:{p.last} DOB:{p.dobs('iso')} 00:00:00 +0000 UTC MRN:{p.mrn} "
                 f"Phone:{p.phone('e164')} Addr:{{Line1:{p.street} City:{p.city} State:WI Zip:{p.zip}}} Dx:[{p.icd()}]}}")
            line = J({"level": "error", "ts": epoch(i) + 0.4821, "caller": "chart/upsert.go:88", "msg": "upsert failed", "patient": s,
                      "error": "pq: duplicate key value violates unique constraint \"patients_mrn_key\""}, compact=True)
            phi = [[p.first, "name"], [p.last, "name"], [p.dobs("iso"), "dob"], [p.mrn, "mrn"], [p.phone("e164"), "phone"], [p.street, "address"], [p.zip, "zip"], [p.icd(), "icd10"]]
            ctl = ["chart/upsert.go:88", "patients_mrn_key"]
        elif i == 1:
            s = f"{{Name:{p.full} Email:{p.email} Phone:{p.phone('dash')} Reason:{p.dx()} Slot:{p.ad('iso')}T{p.appt:%H:%M}:00-05:00}}"
            line = f'time="{ts(i)}" level=warning msg="booking rejected" req={s!r} err="slot taken"'.replace("'", '"')
            phi = [[p.full, "name"], [p.email, "email"], [p.phone("dash"), "phone"], [p.dx(), "condition"], [f"{p.ad('iso')}T{p.appt:%H:%M}:00-05:00", "date"]]
            ctl = ["booking rejected", "slot taken"]
        elif i == 2:
            d = p.dob
            line = (f"{ts(i)} DEBUG eligibility: req=&eligibility.Request{{Member:eligibility.Member{{Name:\"{p.full}\", MemberID:\"{p.mbr}\", "
                    f"BirthDate:time.Date({d.year}, time.{MONTHS[d.month - 1]}, {d.day}, 0, 0, 0, 0, time.UTC)}}, Payer:\"{p.payer}\", ServiceType:\"30\"}}")
            phi = [[p.full, "name"], [p.mbr, "member_id"], [f"{d.year}, time.{MONTHS[d.month - 1]}, {d.day}", "dob"]]
            ctl = ["eligibility.Request", 'ServiceType:"30"']
        else:
            line = (f"{ts(i)} INFO fax: sent job={{JobID:fx-{hexs(10)} To:{PRACTICE_FAX} Cover:{{Patient:{p.full} DOB:{p.dobs('us')} SSNLast4:{p.ssn[-4:]} "
                    f"Note:{p.med()} refill for {p.dx()}}} Pages:3}}")
            phi = [[p.full, "name"], [p.dobs("us"), "dob"], [p.dx(), "condition"]]
            ctl = [PRACTICE_FAX, "Pages:3"]
        add(S, "POST", DD_LOGS, DDH, J([dd("chart-go", "go", line)]), phi, ctl, "redact")
    jid = uuid()
    line = f"{ts(5)} INFO queue: job=&{{JobID:{jid} Queue:fax-outbound Attempts:3 LastError:timeout NextRun:2026-03-10 14:00:00 +0000 UTC Build:4.12.3}}"
    add(S, "POST", DD_LOGS, DDH, J([dd("queue-go", "go", line)]), [], [jid, "fax-outbound"], "pass")


def java_kotlin():
    S = "java_tostring"
    for i in range(3):
        p = nextp()
        if i == 0:
            s = (f"Patient{{id={R.randint(1000, 99999)}, firstName='{p.first}', lastName='{p.last}', dateOfBirth={p.dobs('iso')}, ssn='{p.ssn}', "
                 f"address=Address{{street='{p.street}', city='{p.city}', zip='{p.zip}'}}}}")
            rec = {"@timestamp": ts(i), "@version": "1", "message": f"Duplicate registration rejected: {s}", "logger_name": "com.lakeshore.intake.RegistrationService",
                   "thread_name": "http-nio-8080-exec-4", "level": "WARN", "level_value": 30000}
            phi = [[p.first, "name"], [p.last, "name"], [p.dobs("iso"), "dob"], [p.ssn, "ssn"], [p.street, "address"], [p.zip, "zip"]]
            ctl = ["com.lakeshore.intake.RegistrationService", "http-nio-8080-exec-4"]
        elif i == 1:
            s = f"Referral{{patient=PatientRef{{mrn='{p.mrn}', name='{p.full}'}}, reason='{p.dx()}', toProvider='{staff(3)}', urgent=true}}"
            rec = {"@timestamp": ts(i), "message": "Referral could not be faxed", "logger_name": "com.lakeshore.referral.FaxSender", "level": "ERROR",
                   "stack_trace": f"com.lakeshore.referral.FaxException: {s}\n\tat com.lakeshore.referral.FaxSender.send(FaxSender.java:117)\n\tat java.base/java.lang.Thread.run(Thread.java:1583)"}
            phi = [[p.mrn, "mrn"], [p.full, "name"], [p.dx(), "condition"]]
            ctl = ["FaxSender.java:117", staff(3)]
        else:
            s = f"Coverage[subscriber={p.full}, memberId={p.mbr}, payer={p.payer}, birthDate={p.dobs('usdash')}, relationship=SELF]"
            rec = {"@timestamp": ts(i), "message": f"eligibility 271 parsed: {s}", "logger_name": "com.lakeshore.elig.X12Parser", "level": "INFO"}
            phi = [[p.full, "name"], [p.mbr, "member_id"], [p.dobs("usdash"), "dob"]]
            ctl = ["com.lakeshore.elig.X12Parser"]
        add(S, "POST", LOGZ + "java", JSONH, J(rec, compact=True), phi, ctl, "redact")
    s = f"Provider{{name='{staff(0)}', npi='{STAFF_NPI['Farouk']}', practicePhone='{PRACTICE_PHONE}', specialty='Family Medicine', acceptingNew=true}}"
    add(S, "POST", LOGZ + "java", JSONH, J({"@timestamp": ts(4), "message": f"directory sync ok: {s}", "logger_name": "com.lakeshore.dir.Sync", "level": "INFO"}, compact=True),
        [], [staff(0), PRACTICE_PHONE], "pass")
    S = "kotlin_dataclass"
    for i in range(3):
        p = nextp()
        if i == 0:
            s = (f"Appointment(id={R.randint(10000, 99999)}, patient=PatientRef(mrn={p.mrn}, displayName={p.full}, birthDate={p.dobs('iso')}), "
                 f"start={p.ad('iso')}T{p.appt:%H:%M}, reason={p.med()} induction, visitType=TELEHEALTH)")
            line = f"03-10 13:05:11.482  4821  4870 D ApptRepository: loaded {s}"
            phi = [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("iso"), "dob"], [f"{p.ad('iso')}T{p.appt:%H:%M}", "date"]]
            ctl = ["ApptRepository", "TELEHEALTH"]
        elif i == 1:
            s = f"IntakeForm(firstName={p.first}, lastName={p.last}, phone={p.phone('paren')}, email={p.email}, pharmacy=Walgreens #04512, conditions=[{p.dx()}])"
            line = f"2026-03-10 13:{R.randint(10, 59)}:02.118 [DefaultDispatcher-worker-3] ERROR c.l.intake.SubmitUseCase - submit failed for {s}"
            phi = [[p.first, "name"], [p.last, "name"], [p.phone("paren"), "phone"], [p.email, "email"], [p.dx(), "condition"]]
            ctl = ["Walgreens #04512", "c.l.intake.SubmitUseCase"]
        else:
            s = f"LabResult(patientName={p.afull}, mrn={p.mrn}, test=HIV-1/2 Ag/Ab, value=REACTIVE, collected={p.ad('iso')})"
            line = f"W/LabSync: unmatched {s}"
            phi = [[p.afull, "name"], [p.mrn, "mrn"], [p.ad("iso"), "date"]]
            ctl = ["LabSync"]
        add(S, "POST", DD_LOGS, DDH, J([dd("patient-android", "android", line, tags="env:prod,platform:android,version:4.12.3")]), phi, ctl, "redact")
    s = "SyncStats(batchId=2026-03-10T13:00, processed=412, failed=3, durationMs=18812, appVersion=4.12.3)"
    add(S, "POST", DD_LOGS, DDH, J([dd("patient-android", "android", f"I/SyncWorker: {s}")]), [], ["processed=412", "durationMs=18812"], "pass")


def php_serialized(d):
    out = []
    for k, v in d.items():
        kb = k.encode(); out.append(f's:{len(kb)}:"{k}";')
        if isinstance(v, int): out.append(f"i:{v};")
        elif isinstance(v, bool): out.append(f"b:{int(v)};")
        else:
            vb = str(v).encode(); out.append(f's:{len(vb)}:"{v}";')
    return f"a:{len(d)}:{{" + "".join(out) + "}"


def php_ruby_elixir():
    S = "php_serialize"
    for i in range(3):
        p = nextp()
        if i == 0:
            d = {"name": p.full, "dob": p.dobs("iso"), "mrn": p.mrn, "phone": p.phone("dash"), "visits": 4}
            line = f"[{ts(i)}] app.ERROR: Cache write failed {{\"key\":\"patient_{R.randint(1000, 9999)}\",\"value\":{json.dumps(php_serialized(d), ensure_ascii=False)}}} []"
            phi = [[p.full, "name"], [p.dobs("iso"), "dob"], [p.mrn, "mrn"], [p.phone("dash"), "phone"]]
        elif i == 1:
            d = {"first_name": p.first, "last_name": p.last, "email": p.email, "reason": p.dx(), "appt": f"{p.ad('us')} {p.appt:%H:%M}"}
            line = f"[{ts(i)}] booking.WARNING: slot conflict, session user|{php_serialized(d)} [] []"
            phi = [[p.first, "name"], [p.last, "name"], [p.email, "email"], [p.dx(), "condition"], [p.ad("us"), "date"]]
        else:
            inner = php_serialized({"street": p.street, "city": p.city, "zip": p.zip})
            d = {"patient": p.full, "ssn": p.ssn}
            s = php_serialized(d)[:-1] + f's:7:"address";{inner}' + "}"
            s = s.replace("a:2:", "a:3:", 1)
            line = f"[{ts(i)}] statements.DEBUG: queued O:16:\"StatementRequest\":1:{{s:4:\"data\";{s}}} []"
            phi = [[p.full, "name"], [p.ssn, "ssn"], [p.street, "address"], [p.zip, "zip"]]
        add(S, "POST", LOGGLY + "php-portal", TEXTH, line + "\n", phi, ["app.ERROR" if i == 0 else ("booking.WARNING" if i == 1 else "StatementRequest")], "redact")
    d = {"cart_id": "c_" + hexs(12), "sku": "SKU-Z23-FLU", "qty": 2, "price": "29.00", "build": "4.12.3"}
    add(S, "POST", LOGGLY + "php-portal", TEXTH, f"[{ts(4)}] shop.INFO: cart saved {php_serialized(d)} []\n", [], ["SKU-Z23-FLU", "29.00"], "pass")

    S = "ruby_inspect"
    for i in range(3):
        p = nextp()
        if i == 0:
            s = (f'#<Patient id: {R.randint(1000, 99999)}, first_name: "{p.first}", last_name: "{p.last}", date_of_birth: "{p.dobs("iso")}", '
                 f'phone: "{p.phone("dot")}", email: "{p.email}", created_at: "2025-11-02 18:22:10.000000000 +0000">')
            line = f"E, [{ts(i)} #4821] ERROR -- : [{uuid()}] Stripe customer sync failed for {s}"
            phi = [[p.first, "name"], [p.last, "name"], [p.dobs("iso"), "dob"], [p.phone("dot"), "phone"], [p.email, "email"]]
            ctl = ["Stripe customer sync failed"]
        elif i == 1:
            jd = p.dob.toordinal() + 1721425
            s = f'{{:name=>"{p.full}", :dob=>#<Date: {p.dobs("iso")} (({jd}j,0s,0n),+0s,2299161j)>, :mrn=>"{p.mrn}", :dx=>"{p.dx()}"}}'
            line = f"{ts(i)} pid=4821 tid=ovk WARN: Sidekiq job args: [{s}] class=ChartExportJob jid={hexs(24)}"
            phi = [[p.full, "name"], [p.dobs("iso"), "dob"], [p.mrn, "mrn"], [p.dx(), "condition"]]
            ctl = ["ChartExportJob"]
        else:
            s = f'{{name: "{p.full}", member_id: "{p.mbr}", address: {{line1: "{p.street}", zip: "{p.zip}"}}}}'
            line = f"I, [{ts(i)} #9921]  INFO -- : EligibilityCheck started with {s}"
            phi = [[p.full, "name"], [p.mbr, "member_id"], [p.street, "address"], [p.zip, "zip"]]
            ctl = ["EligibilityCheck started"]
        add(S, "POST", LOGGLY + "rails-portal", TEXTH, line + "\n", phi, ctl, "redact")
    s = f'#<Clinic id: 2, name: "{PRACTICE} - Bay View", phone: "{PRACTICE_PHONE}", address: "{PRACTICE_ADDR}", zip: "{PRACTICE_ZIP}">'
    add(S, "POST", LOGGLY + "rails-portal", TEXTH, f"I, [{ts(5)} #9921]  INFO -- : clinic cache warmed {s}\n", [], [PRACTICE_PHONE, PRACTICE_ZIP, PRACTICE_ADDR], "pass")

    S = "elixir_term"
    for i in range(3):
        p = nextp()
        if i == 0:
            s = (f'%Clinic.Patient{{__meta__: #Ecto.Schema.Metadata<:loaded, "patients">, id: {R.randint(1000, 99999)}, name: "{p.full}", '
                 f'dob: ~D[{p.dobs("iso")}], mrn: "{p.mrn}", phone: "{p.phone("e164")}", inserted_at: ~N[2025-11-02 18:22:10]}}')
            line = f"{ts(i)} [error] Ecto.StaleEntryError attempted to update a stale struct: {s}"
            phi = [[p.full, "name"], [p.dobs("iso"), "dob"], [p.mrn, "mrn"], [p.phone("e164"), "phone"]]
            ctl = ["Ecto.StaleEntryError"]
        elif i == 1:
            a = p.appt
            s = f'{{:send_reminder, %{{name: "{p.full}", phone: "{p.phone("e164")}", appt: ~U[{p.ad("iso")} {a:%H:%M}:00Z], visit: "{p.dx()} follow-up"}}}}'
            line = f"{ts(i)} [error] GenServer Clinic.ReminderWorker terminating\n** (FunctionClauseError) no function clause matching in Clinic.SMS.send/2\nLast message: {s}"
            phi = [[p.full, "name"], [p.phone("e164"), "phone"], [p.ad("iso"), "date"], [p.dx(), "condition"]]
            ctl = ["Clinic.ReminderWorker"]
        else:
            s = f'%{{"email" => "{p.email}", "first" => "{p.first}", "last" => "{p.last}", "ssn" => "{p.ssn}"}}'
            line = f"request_id=F{alnum(18)} [info] POST /api/signup\n[debug] Processing with ClinicWeb.SignupController.create/2\n  Parameters: {s}"
            phi = [[p.email, "email"], [p.first, "name"], [p.last, "name"], [p.ssn, "ssn"]]
            ctl = ["ClinicWeb.SignupController.create/2"]
        add(S, "POST", HEC + "/event", HECH, J({"time": epoch(i), "host": "portal-ex-1", "sourcetype": "elixir", "event": line}), phi, ctl, "redact")
    add(S, "POST", HEC + "/event", HECH, J({"time": epoch(7), "sourcetype": "elixir", "event": '%{build: "4.12.3", node: :"portal@10.0.4.12", uptime_ms: 8812331, queue_depth: 14}'}),
        [], ["uptime_ms: 8812331", "portal@10.0.4.12"], "pass")


def csharp_rust():
    S = "csharp_record"
    for i in range(2):
        p = nextp()
        if i == 0:
            s = f"PatientDto {{ Id = {R.randint(1000, 99999)}, Name = {p.full}, BirthDate = {p.dob.month}/{p.dob.day}/{p.dob.year} 12:00:00 AM, Ssn = {p.ssn}, Phone = {p.phone('paren')} }}"
            phi = [[p.full, "name"], [f"{p.dob.month}/{p.dob.day}/{p.dob.year}", "dob"], [p.ssn, "ssn"], [p.phone("paren"), "phone"]]
        else:
            s = f"ClaimLine {{ PatientAccount = {p.mrn}, Subscriber = {p.full}, MemberId = {p.mbr}, Dx = {p.icd()}, ServiceDate = {p.ad('usn')} }}"
            phi = [[p.mrn, "mrn"], [p.full, "name"], [p.mbr, "member_id"], [p.icd(), "icd10"], [p.ad("usn"), "date"]]
        add(S, "POST", DD_LOGS, DDH, J([dd("billing-dotnet", "csharp", f"fail: Lakeshore.Billing.Worker[0] Export failed for {s}")]), phi, ["Lakeshore.Billing.Worker[0]"], "redact")
    S = "rust_debug"
    p = nextp()
    s = f'Patient {{ name: "{p.full}", dob: {p.dobs("iso")}, mrn: Mrn("{p.mrn}"), phone: Some("{p.phone("e164")}"), email: None }}'
    add(S, "POST", DD_LOGS, DDH, J([dd("intake-rs", "rust", f"{ts(1)} ERROR intake::sync: upsert failed patient={s} err=Timeout")]),
        [[p.full, "name"], [p.dobs("iso"), "dob"], [p.mrn, "mrn"], [p.phone("e164"), "phone"]], ["intake::sync"], "redact")
    p = nextp()
    s = (f'Referral {{\n    patient: PatientRef {{\n        name: "{p.full}",\n        birth_date: {p.dobs("iso")},\n        address: "{p.street}, {p.city}, WI {p.zip}",\n    }},\n'
         f'    diagnosis: "{p.dx()}",\n    urgent: true,\n}}')
    add(S, "POST", HEC + "/event", HECH, J({"time": epoch(3), "sourcetype": "rust", "event": f"{ts(3)} DEBUG referral::outbound: built {s}"}),
        [[p.full, "name"], [p.dobs("iso"), "dob"], [p.street, "address"], [p.zip, "zip"], [p.dx(), "condition"]], ["referral::outbound"], "redact")
    add(S, "POST", HEC + "/event", HECH, J({"time": epoch(4), "sourcetype": "rust", "event": 'INFO phiwall-like::config: loaded Config { listen: 0.0.0.0:8443, upstream: "10.0.2.15:8080", version: "4.12.3", workers: 8 }'}),
        [], ["10.0.2.15:8080", "version: \"4.12.3\""], "pass")


# ----------------------------------------------------------------------------- 2. SQL / DB logs
def sql_logs():
    S = "sql_apm"
    # Datadog APM JSON traces (agentless)
    p = nextp()
    q = f"INSERT INTO patients (first_name, last_name, dob, ssn, phone) VALUES ('{p.first}', '{p.last}', '{p.dobs('iso')}', '{p.ssn}', '{p.phone('bare')}') RETURNING id"
    tid, sid = R.getrandbits(63), R.getrandbits(63)
    spans = [[{"trace_id": tid, "span_id": sid, "parent_id": 0, "name": "postgresql.query", "service": "portal-db", "resource": q, "type": "sql",
               "start": epoch(0) * 10**9, "duration": 18233111, "meta": {"db.system": "postgresql", "db.statement": q, "out.host": "10.0.5.21"}, "metrics": {"_sampling_priority_v1": 1}}]]
    add(S, "POST", "http://trace.agent.datadoghq.com/api/v0.2/traces", {"Content-Type": "application/json", "DD-API-KEY": "b7e1c04f9a2d36e58c1f0a7d4e9b2c61"}, J(spans),
        [[p.first, "name"], [p.last, "name"], [p.dobs("iso"), "dob"], [p.ssn, "ssn"], [p.phone("bare"), "phone"]], ["postgresql.query", "10.0.5.21"], "redact")
    # Zipkin span with UPDATE
    p = nextp()
    q = f"UPDATE patients SET email = '{p.email}', mobile = '{p.phone('dash')}' WHERE mrn = '{p.mrn}'"
    z = [{"traceId": hexs(32), "id": hexs(16), "name": "UPDATE clinic.patients", "kind": "CLIENT", "timestamp": epoch(1) * 10**6, "duration": 4211,
          "localEndpoint": {"serviceName": "portal-api"}, "remoteEndpoint": {"serviceName": "postgres", "ipv4": "10.0.5.21", "port": 5432},
          "tags": {"db.system": "postgresql", "db.statement": q, "db.name": "clinic"}}]
    add(S, "POST", "http://trace-api.newrelic.com/trace/v1", {"Content-Type": "application/json", "Api-Key": "NRAK-" + alnum(27), "Data-Format": "zipkin", "Data-Format-Version": "2"},
        J(z), [[p.email, "email"], [p.phone("dash"), "phone"], [p.mrn, "mrn"]], ["UPDATE clinic.patients", "portal-api"], "redact")
    # Zipkin: SQL Server search with LIKE, param list
    p = nextp()
    q = f"SELECT TOP 20 * FROM dbo.Patients WHERE LastName LIKE '{p.al}%' AND BirthDate = '{p.dobs('iso')}'"
    z = [{"traceId": hexs(16), "id": hexs(16), "name": "sqlserver.query", "timestamp": epoch(2) * 10**6, "duration": 9921, "localEndpoint": {"serviceName": "scheduling"},
          "tags": {"sql.query": q, "sql.rows": "1", "peer.service": "mssql-prod"}}]
    add(S, "POST", "http://trace-api.newrelic.com/trace/v1", {"Content-Type": "application/json", "Api-Key": "NRAK-" + alnum(27), "Data-Format": "zipkin", "Data-Format-Version": "2"},
        J(z), [[p.al, "name"], [p.dobs("iso"), "dob"]], ["sqlserver.query", "mssql-prod"], "redact")
    # clean span
    q = "SELECT count(*) FROM appointments WHERE clinic_id = 14 AND slot_date = '2026-03-12' AND status = 'open'"
    z = [{"traceId": hexs(32), "id": hexs(16), "name": "SELECT clinic.appointments", "timestamp": epoch(3) * 10**6, "duration": 812, "localEndpoint": {"serviceName": "scheduling"},
          "tags": {"db.statement": q, "app.version": "4.12.3"}}]
    add(S, "POST", "http://trace-api.newrelic.com/trace/v1", {"Content-Type": "application/json", "Api-Key": "NRAK-" + alnum(27), "Data-Format": "zipkin", "Data-Format-Version": "2"},
        J(z), [], ["clinic_id = 14", "2026-03-12"], "pass")

    S = "slow_query_log"
    p = nextp(); t = tstamp(4)
    txt = (f"# Time: {t:%Y-%m-%dT%H:%M:%S}.482913Z\n# User@Host: portal[portal] @ app-2 [10.0.3.14]  Id: 88213\n"
           f"# Query_time: 4.112331  Lock_time: 0.000113 Rows_sent: 1  Rows_examined: 481223\nSET timestamp={epoch(4)};\n"
           f"SELECT p.id, p.mrn FROM patients p WHERE p.last_name = '{p.al}' AND p.first_name = '{p.af}' AND p.dob = '{p.dobs('iso')}';\n")
    add(S, "POST", HEC + "/raw?sourcetype=mysql:slowquery&index=db", {"Content-Type": "text/plain", "Authorization": HECH["Authorization"]}, txt,
        [[p.al, "name"], [p.af, "name"], [p.dobs("iso"), "dob"]], ["Rows_examined: 481223", "10.0.3.14"], "redact")
    p = nextp()
    pre = f"{tstamp(5):%Y-%m-%d %H:%M:%S}.482 UTC [48213] portal@clinic"
    txt = (f"{pre} LOG:  duration: 1532.112 ms  execute <unnamed>: SELECT id FROM patients WHERE email = $1 AND dob = $2\n"
           f"{pre} DETAIL:  parameters: $1 = '{p.email}', $2 = '{p.dobs('iso')}'\n")
    add(S, "POST", LOGGLY + "postgres", TEXTH, txt, [[p.email, "email"], [p.dobs("iso"), "dob"]], ["duration: 1532.112 ms"], "redact")
    p = nextp()
    txt = (f"{tstamp(6):%Y-%m-%d %H:%M:%S}.118 UTC [48877] portal@clinic ERROR:  duplicate key value violates unique constraint \"patients_ssn_key\"\n"
           f"{tstamp(6):%Y-%m-%d %H:%M:%S}.118 UTC [48877] portal@clinic DETAIL:  Key (ssn)=({p.ssn}) already exists.\n"
           f"{tstamp(6):%Y-%m-%d %H:%M:%S}.118 UTC [48877] portal@clinic STATEMENT:  INSERT INTO patients (mrn, last_name, first_name, ssn) VALUES ('{p.mrn}', "
           f"'{p.last.replace(chr(39), chr(39) * 2)}', '{p.first}', '{p.ssn}')\n")
    add(S, "POST", LOGGLY + "postgres", TEXTH, txt, [[p.ssn, "ssn"], [p.mrn, "mrn"], [p.last.replace("'", "''"), "name"], [p.first, "name"]], ["patients_ssn_key"], "redact")
    txt = (f"# Time: {tstamp(7):%Y-%m-%dT%H:%M:%S}.118221Z\n# User@Host: reports[reports] @ bi-1 [10.0.3.40]  Id: 90211\n# Query_time: 12.881200  Lock_time: 0.000090 Rows_sent: 31  Rows_examined: 2210331\n"
           "SELECT DATE(created_at) d, SUM(total) FROM orders WHERE created_at >= '2026-02-01' AND sku LIKE 'F32-%' GROUP BY d;\n")
    add(S, "POST", HEC + "/raw?sourcetype=mysql:slowquery&index=db", {"Content-Type": "text/plain", "Authorization": HECH["Authorization"]}, txt, [], ["Rows_examined: 2210331", "F32-%"], "pass")

    S = "mongo_log"
    p = nextp()
    rec = {"t": {"$date": ts(8)}, "s": "I", "c": "COMMAND", "id": 51803, "ctx": "conn12", "msg": "Slow query",
           "attr": {"type": "command", "ns": "clinic.patients", "command": {"find": "patients", "filter": {"lastName": p.last, "dob": {"$date": p.dobs("isoz")}},
                                                                            "limit": 1, "$db": "clinic"}, "planSummary": "COLLSCAN", "docsExamined": 88213, "durationMillis": 1532}}
    add(S, "POST", DD_LOGS, DDH, J([dd("mongod", "mongodb", J(rec, compact=True))]), [[p.last, "name"], [p.dobs("isoz"), "dob"]], ["COLLSCAN", "docsExamined"], "redact")
    p = nextp()
    rec = {"t": {"$date": ts(9)}, "s": "I", "c": "WRITE", "id": 51803, "ctx": "conn31", "msg": "Slow query",
           "attr": {"type": "update", "ns": "clinic.intake", "command": {"q": {"mrn": p.mrn}, "u": {"$set": {"phone": p.phone("e164"), "address.line1": p.addr(), "address.zip": p.zip,
                                                                                                              "notes": f"reports {p.dx()}"}}}, "durationMillis": 301}}
    add(S, "POST", DD_LOGS, DDH, J([dd("mongod", "mongodb", J(rec, compact=True))]),
        [[p.mrn, "mrn"], [p.phone("e164"), "phone"], [p.addr(), "address"], [p.zip, "zip"], [p.dx(), "condition"]], ["clinic.intake"], "redact")
    p = nextp()
    line = (f"{tstamp(10):%Y-%m-%dT%H:%M:%S}.482+0000 I COMMAND  [conn12] command clinic.patients command: find {{ find: \"patients\", filter: {{ lastName: \"{p.last}\", "
            f"firstName: \"{p.first}\", email: \"{p.email}\" }}, limit: 1 }} planSummary: COLLSCAN keysExamined:0 docsExamined:88213 nreturned:1 1532ms")
    add(S, "POST", LOGGLY + "mongo", TEXTH, line + "\n", [[p.last, "name"], [p.first, "name"], [p.email, "email"]], ["docsExamined:88213"], "redact")
    rec = {"t": {"$date": ts(11)}, "s": "I", "c": "COMMAND", "id": 51803, "ctx": "conn7", "msg": "Slow query",
           "attr": {"ns": "shop.orders", "command": {"find": "orders", "filter": {"status": "pending", "createdAt": {"$gte": {"$date": "2026-03-01T00:00:00Z"}}}}, "durationMillis": 612}}
    add(S, "POST", DD_LOGS, DDH, J([dd("mongod", "mongodb", J(rec, compact=True))]), [], ["shop.orders", "2026-03-01T00:00:00Z"], "pass")

    S = "redis_monitor"
    p = nextp()
    sess = json.dumps({"name": p.full, "dob": p.dobs("iso"), "mrn": p.mrn}).replace('"', '\\"')
    lines = [f'{epoch(12)}.118221 [0 10.0.3.14:51234] "SET" "sess:{hexs(24)}" "{sess}" "EX" "1800"',
             f'{epoch(12)}.119002 [0 10.0.3.14:51234] "EXPIRE" "rl:portal:10.0.3.14" "60"']
    add(S, "POST", LOGGLY + "redis", TEXTH, "\n".join(lines) + "\n", [[p.full, "name"], [p.dobs("iso"), "dob"], [p.mrn, "mrn"]], ["rl:portal:10.0.3.14"], "redact")
    p = nextp()
    lines = [f'{epoch(13)}.551812 [2 10.0.3.15:40112] "HSET" "patient:{p.mrn}" "first" "{p.af}" "last" "{p.al}" "phone" "{p.phone("bare")}" "email" "{p.email}"',
             f'{epoch(13)}.552001 [2 10.0.3.15:40112] "SADD" "dx:{p.icd()}" "{p.mrn}"']
    add(S, "POST", DD_LOGS, DDH, J([dd("redis-monitor", "redis", l) for l in lines]),
        [[p.mrn, "mrn"], [p.af, "name"], [p.al, "name"], [p.phone("bare"), "phone"], [p.email, "email"], [p.icd(), "icd10"]], ["HSET", "SADD"], "redact")
    lines = [f'{epoch(14)}.000112 [0 10.0.3.14:51234] "INCR" "stats:orders:2026-03-10"', f'{epoch(14)}.000514 [0 10.0.3.14:51234] "GET" "feature:flags:v4.12.3"',
             f'{epoch(14)}.000801 [0 10.0.3.14:51234] "HGET" "order:{order_no()}" "total"']
    add(S, "POST", LOGGLY + "redis", TEXTH, "\n".join(lines) + "\n", [], ["feature:flags:v4.12.3", "stats:orders:2026-03-10"], "pass")


# ----------------------------------------------------------------------------- 3. LDIF, iCalendar, properties / INI / TOML
def ldif_ics_conf():
    S = "ldif"
    p = nextp()
    uid = "pt" + digits(6)
    txt = (f"version: 1\n\ndn: uid={uid},ou=patients,dc=portal,dc=lakeshorecare,dc=org\nobjectClass: inetOrgPerson\nuid: {uid}\ncn: {p.afull}\ngivenName: {p.af}\nsn: {p.al}\n"
           f"mail: {p.email}\ntelephoneNumber: {p.phone('intl')}\npostalAddress: {p.street}${p.city}, WI {p.zip}\nemployeeNumber: {p.mrn}\ndescription: DOB {p.dobs('iso')}\n")
    add(S, "POST", HEC + "/raw?sourcetype=ldap:ldif&index=iam", {"Content-Type": "text/plain", "Authorization": HECH["Authorization"]}, txt,
        [[p.afull, "name"], [p.af, "name"], [p.al, "name"], [p.email, "email"], [p.phone("intl"), "phone"], [p.street, "address"], [p.zip, "zip"], [p.mrn, "mrn"], [p.dobs("iso"), "dob"]],
        [uid, "ou=patients"], "redact")
    p = [x for x in PATIENTS if x.first == "Stanisław"][0]
    uid = "pt" + digits(6); b = base64.b64encode(p.full.encode()).decode()
    txt = (f"dn: uid={uid},ou=patients,dc=portal,dc=lakeshorecare,dc=org\nchangetype: modify\nreplace: cn\ncn:: {b}\n-\nreplace: mail\nmail: {p.email}\n-\n"
           f"replace: homePhone\nhomePhone: {p.phone('paren')}\n-\n")
    desc = f"LDAP sync keeps reverting this record. Failing change:\n\n```ldif\n{txt}```\n\nPatient called twice ({p.full}), please fix before Friday."
    add(S, "POST", "http://api.linear.app/graphql", {"Content-Type": "application/json", "Authorization": "lin_api_" + alnum(40)},
        J({"query": "mutation IssueCreate($input: IssueCreateInput!) { issueCreate(input: $input) { success issue { id identifier } } }",
           "variables": {"input": {"teamId": uuid(), "title": "Portal LDAP sync reverts cn", "description": desc, "priority": 2}}}),
        [[b, "name"], [p.email, "email"], [p.phone("paren"), "phone"], [p.full, "name"]], [uid, "Portal LDAP sync reverts cn"], "redact")
    txt = ("version: 1\n\n" + "".join(f"dn: uid={s[0][0].lower()}{s[1].lower()},ou=staff,dc=lakeshorecare,dc=org\nobjectClass: inetOrgPerson\ncn: {s[0]} {s[1]}\n"
                                      f"title: {s[2]}\ntelephoneNumber: {PRACTICE_PHONE}\nmail: {staff(k, 'email')}\n\n" for k, s in enumerate(STAFF[:3])))
    add(S, "POST", HEC + "/raw?sourcetype=ldap:ldif&index=iam", {"Content-Type": "text/plain", "Authorization": HECH["Authorization"]}, txt, [],
        ["ou=staff", PRACTICE_PHONE, f"{STAFF[0][0]} {STAFF[0][1]}"], "pass")

    S = "icalendar"
    hosts = ["http://p52-caldav.icloud.com/1192837465/calendars/home/", "http://caldav.fastmail.com/dav/calendars/user/drosei@fastmail.com/Default/",
             "http://p31-caldav.icloud.com/2203948812/calendars/work/"]
    for i in range(3):
        p = nextp(); a = p.appt; uidv = f"appt-{R.randint(10000, 99999)}@{SITE}"
        dt = f"{a:%Y%m%dT%H%M%S}"
        if i == 0:
            body = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Lakeshore Integrated Care//Scheduler 4.12//EN", "BEGIN:VEVENT", f"UID:{uidv}",
                    "DTSTAMP:20260310T130511Z", f"DTSTART;TZID=America/Chicago:{dt}", f"SUMMARY:{p.full} - {p.med()} f/u (telehealth)",
                    f"DESCRIPTION:DOB {p.dobs('us')}\\nMRN {p.mrn}\\nCell {p.phone('paren')}",
                    f"ATTENDEE;CN={p.full};ROLE=REQ-PARTICIPANT:mailto:{p.email}", f"ORGANIZER;CN={staff(0)}:mailto:{staff(0, 'email')}", "LOCATION:Telehealth",
                    "END:VEVENT", "END:VCALENDAR"]
            phi = [[p.full, "name"], [p.dobs("us"), "dob"], [p.mrn, "mrn"], [p.phone("paren"), "phone"], [p.email, "email"], [dt, "date"]]
        elif i == 1:
            body = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Apple Inc.//iOS 17.4//EN", "BEGIN:VEVENT", f"UID:{uuid().upper()}",
                    f"DTSTART;TZID=America/Chicago:{dt}", f"SUMMARY:Home visit {p.al}", f"LOCATION:{p.addr()}\\, {p.city}\\, WI {p.zip}",
                    f"DESCRIPTION:{p.dx()} - bring glucometer. Daughter's # {p.phone('dash')}", "END:VEVENT", "END:VCALENDAR"]
            phi = [[p.al, "name"], [p.addr(), "address"], [p.zip, "zip"], [p.dx(), "condition"], [p.phone("dash"), "phone"], [dt, "date"]]
        else:
            body = ["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", f"UID:{uidv}", f"DTSTART:{a:%Y%m%dT%H%M00}Z", f"SUMMARY:{p.af[0]}. {p.al} ({p.age()}y) - intake",
                    f"DESCRIPTION:Member ID {p.mbr} ({p.payer})\\nDOB: {p.dobs('usn')}", "CATEGORIES:NEW PATIENT", "END:VEVENT", "END:VCALENDAR"]
            phi = [[p.al, "name"], [p.mbr, "member_id"], [p.dobs("usn"), "dob"], [f"{a:%Y%m%dT%H%M00}Z", "date"]]
        add(S, "PUT", hosts[i] + uidv.split("@")[0] + ".ics", {"Content-Type": "text/calendar; charset=utf-8", "If-None-Match": "*"}, "\r\n".join(body) + "\r\n", phi,
            ["VEVENT"], "redact")
    body = ["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", f"UID:huddle-20260312@{SITE}", "DTSTART;TZID=America/Chicago:20260312T073000",
            "SUMMARY:Provider huddle - Q1 quality measures", f"LOCATION:{PRACTICE_ADDR}\\, Milwaukee\\, WI {PRACTICE_ZIP}",
            f"ORGANIZER;CN={staff(2, 'full')}:mailto:{staff(2, 'email')}", f"ATTENDEE;CN={staff(0)}:mailto:{staff(0, 'email')}",
            f"DESCRIPTION:Dial-in {PRACTICE_PHONE} ext 4. Agenda v3.2", "END:VEVENT", "END:VCALENDAR"]
    add(S, "PUT", hosts[0] + "huddle-20260312.ics", {"Content-Type": "text/calendar; charset=utf-8"}, "\r\n".join(body) + "\r\n", [],
        ["Provider huddle - Q1 quality measures", PRACTICE_PHONE, staff(2, "full")], "pass")

    S = "config_dump"
    GH = {"Content-Type": "application/json", "Authorization": "Bearer ghp_" + alnum(36), "Accept": "application/vnd.github+json"}
    p = [x for x in PATIENTS if x.first == "José Luis"][0]
    esc = lambda s: "".join(c if ord(c) < 128 else f"\\u{ord(c):04x}" for c in s)
    props = (f"# Mirth channel ADT_A04 test fixture (copied from prod msg 88213)\nhl7.sending.facility=LAKESHORE\ntest.patient.given={esc(p.first)}\n"
             f"test.patient.family={esc(p.last)}\ntest.patient.dob={p.dobs('d8')}\ntest.patient.mrn={p.mrn}\ntest.patient.phone={p.phone('dash')}\n"
             f"test.patient.address={p.street}, {p.city}, WI {p.zip}\nchannel.version=3.12.0\n")
    add(S, "POST", "http://api.github.com/gists", GH, J({"description": "ADT fixture for Mirth", "public": False, "files": {"adt_a04.properties": {"content": props}}}),
        [[esc(p.first), "name"], [esc(p.last), "name"], [p.dobs("d8"), "dob"], [p.mrn, "mrn"], [p.phone("dash"), "phone"], [p.street, "address"], [p.zip, "zip"]],
        ["hl7.sending.facility=LAKESHORE", "channel.version=3.12.0"], "redact")
    p = nextp()
    ini = (f"[fax_job]\nid = {R.randint(100000, 999999)}\nrecipient = {p.payer} prior auth\npages = 4\n\n[patient]\nname = {p.full}\ndob = {p.dobs('us')}\n"
           f"member_id = {p.mbr}\ndiagnosis = {p.icd()} {p.dx()}\n\n[sender]\nclinic = {PRACTICE}\nfax = {PRACTICE_FAX}\n")
    add(S, "POST", "http://gitlab.com/api/v4/snippets", {"Content-Type": "application/json", "PRIVATE-TOKEN": "glpat-" + alnum(20)},
        J({"title": "faxjob that hangs the queue", "visibility": "internal", "files": [{"file_path": "stuck_job.ini", "content": ini}]}),
        [[p.full, "name"], [p.dobs("us"), "dob"], [p.mbr, "member_id"], [p.icd(), "icd10"], [p.dx(), "condition"]], [PRACTICE_FAX, "stuck_job.ini"], "redact")
    p = nextp()
    toml = (f"[patient]\nfirst_name = \"{p.first}\"\nlast_name = \"{p.last}\"\ndob = {p.dobs('iso')}\nmrn = \"{p.mrn}\"\nssn = \"{p.ssn}\"\n\n"
            f"[[patient.phones]]\ntype = \"mobile\"\nnumber = \"{p.phone('intldash')}\"\n\n[visit]\nreason = \"{p.dx()}\"\ndate = {p.ad('iso')}\n")
    add(S, "POST", "http://api.github.com/repos/lakeshorecare/intake-tools/issues", GH,
        J({"title": "import_patient.py crashes on TOML with local dates", "body": f"Repro with this file:\n\n```toml\n{toml}```\n\nTraceback attached.", "labels": ["bug"]}),
        [[p.first, "name"], [p.last, "name"], [p.dobs("iso"), "dob"], [p.mrn, "mrn"], [p.ssn, "ssn"], [p.phone("intldash"), "phone"], [p.dx(), "condition"], [p.ad("iso"), "date"]],
        ["import_patient.py crashes on TOML with local dates"], "redact")
    p = nextp()
    props = f"patient.name={p.full}\npatient.dob={p.dobs('usn')}\npatient.email={p.email}\nlast.error=SMTP 550 mailbox unavailable\n"
    add(S, "POST", "http://api.rollbar.com/api/1/item/", {"Content-Type": "application/json", "X-Rollbar-Access-Token": hexs(32)},
        J({"data": {"environment": "production", "level": "error", "body": {"message": {"body": "Reminder state dump", "state": props}}}}),
        [[p.full, "name"], [p.dobs("usn"), "dob"], [p.email, "email"]], [], "block")
    conf = (f"[server]\nlisten = \"0.0.0.0:8443\"\nworkers = 8\n\n[clinic]\nname = \"{PRACTICE}\"\nphone = \"{PRACTICE_PHONE}\"\nnpi = \"{PRACTICE_NPI}\"\n"
            f"release = \"4.12.3\"\nbuild_date = 2026-03-02\n")
    add(S, "POST", "http://api.github.com/gists", GH, J({"description": "portal.toml example", "public": False, "files": {"portal.toml": {"content": conf}}}), [],
        [PRACTICE_PHONE, "4.12.3", "2026-03-02"], "pass")


# ----------------------------------------------------------------------------- 4. X12 834 / 835, DICOMweb, CDS Hooks, SMART
def x12_834(p, n=1):
    a = ascii_fold
    segs = [f"ISA*00*          *00*          *ZZ*QUARTZHS       *ZZ*LAKESHORECARE  *260310*1305*^*00501*{n:09d}*0*P*:",
            f"GS*BE*QUARTZHS*LAKESHORE*20260310*1305*{n}*X*005010X220A1", "ST*834*0001*005010X220A1", f"BGN*00*CAP20260310{n:03d}*20260310*1305****4",
            "N1*P5*QUARTZ HEALTH SOLUTIONS*FI*391876543", "N1*IN*QUARTZ HEALTH SOLUTIONS*FI*391876543", "INS*Y*18*021*28*A***FT",
            f"REF*0F*{p.mbr}", "REF*1L*LIC-CAP-01", "DTP*356*D8*20260401", f"NM1*IL*1*{a(p.last).upper()}*{a(p.first).upper()}****34*{p.ssn.replace('-', '')}",
            f"PER*IP**HP*{p.phone('bare')}*EM*{p.email}", f"N3*{p.street.upper()}", f"N4*{p.city.upper()}*WI*{p.zip}", f"DMG*D8*{p.dobs('d8')}*{p.sex}",
            "HD*021**HLT*HMO CAPITATED PCP*IND", "DTP*348*D8*20260401", f"LX*1", f"NM1*P3*1*{STAFF[0][1].upper()}*{STAFF[0][0].upper()}****XX*{STAFF_NPI['Farouk']}",
            "SE*19*0001", f"GE*1*{n}", f"IEA*1*{n:09d}"]
    phi = [[a(p.last).upper(), "name"], [a(p.first).upper(), "name"], [p.mbr, "member_id"], [p.ssn.replace("-", ""), "ssn"], [p.phone("bare"), "phone"],
           [p.email, "email"], [p.street.upper(), "address"], [p.zip, "zip"], [p.dobs("d8"), "dob"]]
    return "~\n".join(segs) + "~\n", phi


def x12_835(p, n=1):
    a = ascii_fold; dos = p.appt.date() - timedelta(days=40)
    segs = [f"ISA*00*          *00*          *ZZ*QUARTZHS       *ZZ*LAKESHORECARE  *260310*1305*^*00501*{n:09d}*0*P*:",
            f"GS*HP*QUARTZHS*LAKESHORE*20260310*1305*{n}*X*005010X221A1", "ST*835*0001", "BPR*I*187.44*C*ACH*CCP*01*075000022*DA*112233445*1391876543**01*075911188*DA*998877665*20260312",
            f"TRN*1*EFT{digits(8)}*1391876543", "N1*PR*QUARTZ HEALTH SOLUTIONS", f"N1*PE*LAKESHORE INTEGRATED CARE*XX*{PRACTICE_NPI}", "LX*1",
            f"CLP*{p.mrn}*1*250*187.44*25*12*{digits(13)}*11*1", f"NM1*QC*1*{a(p.last).upper()}*{a(p.first).upper()}****MI*{p.mbr}",
            f"DTM*232*{fd(dos, 'd8')}", "SVC*HC:99214*250*187.44**1", f"DTM*472*{fd(dos, 'd8')}", "CAS*PR*2*25", "CAS*CO*45*37.56", "AMT*B6*212.44",
            "SE*16*0001", f"GE*1*{n}", f"IEA*1*{n:09d}"]
    phi = [[p.mrn, "mrn"], [a(p.last).upper(), "name"], [a(p.first).upper(), "name"], [p.mbr, "member_id"], [fd(dos, "d8"), "date"]]
    return "~".join(segs) + "~", phi


def x12():
    S = "x12_834"
    for i in range(2):
        p = nextp(); txt, phi = x12_834(p, 400 + i)
        add(S, "POST", "http://api.claimbridge-edi.example/v1/inbound/834", {"Content-Type": "application/EDI-X12"}, txt, phi, ["HMO CAPITATED PCP"], "pass")
    p = nextp(); txt, phi = x12_834(p, 402)
    add(S, "POST", DD_LOGS, DDH, J([dd("edi-ingest", "python", f"X12Error: segment DMG element 02 invalid in transaction set\n{txt}")]), phi, ["edi-ingest"], "redact")
    p = nextp(); txt, phi = x12_834(p, 403)
    add(S, "POST", "http://notify.bugsnag.com/", {"Content-Type": "application/json", "Bugsnag-Api-Key": hexs(32), "Bugsnag-Payload-Version": "5"},
        J({"apiKey": hexs(32), "notifier": {"name": "Bugsnag Python", "version": "4.7.1", "url": "https://github.com/bugsnag/bugsnag-python"},
           "events": [{"exceptions": [{"errorClass": "X12ParseError", "message": "Loop 2000 missing INS", "stacktrace": [{"file": "edi/parse.py", "lineNumber": 91, "method": "parse_834"}]}],
                       "metaData": {"edi": {"raw": txt}}, "severity": "error", "unhandled": False}]}), phi, [], "block")
    p = nextp(); txt, phi = x12_834(p, 404)
    add(S, "POST", "http://app.asana.com/api/1.0/tasks", {"Content-Type": "application/json", "Authorization": "Bearer 1/" + digits(16) + ":" + hexs(32)},
        J({"data": {"name": "834 from Quartz rejected - member not on our panel?", "notes": f"Raw file below, please check with Quartz rep.\n\n{txt}", "projects": [digits(16)], "due_on": "2026-03-13"}}),
        phi, ["834 from Quartz rejected - member not on our panel?", "2026-03-13"], "redact")
    S = "x12_835"
    p = nextp(); txt, phi = x12_835(p, 500)
    add(S, "POST", "http://api.claimbridge-edi.example/v1/inbound/835", {"Content-Type": "application/EDI-X12"}, txt, phi, ["CAS*CO*45*37.56"], "pass")
    for i in range(3):
        p = nextp(); txt, phi = x12_835(p, 501 + i)
        if i == 0:
            add(S, "POST", HEC + "/event", HECH, J({"time": epoch(i), "sourcetype": "edi:835", "event": {"status": "unbalanced", "diff": "25.00", "raw": txt}}), phi, ["unbalanced"], "redact")
        elif i == 1:
            add(S, "POST", f"http://api.trello.com/1/cards?idList={hexs(24)}&key={hexs(32)}&token={hexs(64)}", JSONH,
                J({"name": "ERA posting - denial CO-45 needs review", "desc": f"Posted short. From the ERA:\n\n```\n{txt.replace('~', '~' + chr(10))}\n```", "pos": "top"}),
                phi, ["ERA posting - denial CO-45 needs review"], "redact")
        else:
            add(S, "POST", "http://api.airbrake.io/api/v3/projects/281733/notices?key=" + hexs(32), JSONH,
                J({"errors": [{"type": "EraPostingError", "message": f"CLP not matched: {txt.split('~')[8]}~{txt.split('~')[9]}", "backtrace": [{"file": "/app/era/post.rb", "line": 44, "function": "match_claim"}]}],
                   "context": {"environment": "production", "version": "4.12.3"}}), [v for v in phi if v[1] != "date"], [], "block")


def dcm(tag, vr, *vals):
    if vr == "PN": return {tag: {"vr": "PN", "Value": [{"Alphabetic": v} for v in vals]}}
    return {tag: {"vr": vr, "Value": list(vals)}}


def dicom_obj(p, study_date, desc, acc, extra=()):
    o = {}
    for d in [dcm("00080020", "DA", study_date), dcm("00080050", "SH", acc), dcm("00080060", "CS", "MR"), dcm("00080090", "PN", staff(3, "pn")),
              dcm("00081030", "LO", desc), dcm("00100010", "PN", f"{ascii_fold(p.last).upper()}^{ascii_fold(p.first).upper()}"), dcm("00100020", "LO", p.mrn),
              dcm("00100030", "DA", p.dobs("d8")), dcm("00100040", "CS", p.sex), dcm("0020000D", "UI", f"1.2.840.113619.2.55.3.{digits(9)}.{R.randint(100, 999)}.{epoch(0)}.{R.randint(1, 999)}")]:
        o.update(d)
    for d in extra: o.update(d)
    return o


def dicomweb():
    S = "dicomweb"
    bnd = "DICOMwebBoundary" + hexs(8)
    for i in range(2):
        p = nextp(); sd = p.ad("d8"); acc = f"A{digits(8)}"
        meta = [dicom_obj(p, sd, "MRI BRAIN W/WO CONTRAST", acc, [dcm("00102000", "LO", p.dx())] if i == 0 else [])]
        body = (f"--{bnd}\r\nContent-Type: application/dicom+json\r\n\r\n{J(meta)}\r\n--{bnd}\r\nContent-Type: application/octet-stream\r\n"
                f"Content-Location: /bulk/{acc}/1\r\n\r\n{'x' * 64}\r\n--{bnd}--\r\n")
        phi = [[ascii_fold(p.last).upper(), "name"], [ascii_fold(p.first).upper(), "name"], [p.mrn, "mrn"], [p.dobs("d8"), "dob"], [sd, "date"]]
        if i == 0: phi.append([p.dx(), "condition"])
        add(S, "POST", "http://dicomweb.northshore-telerad.example/dicom-web/studies", {"Content-Type": f'multipart/related; type="application/dicom+json"; boundary={bnd}'},
            body, phi, ["MRI BRAIN W/WO CONTRAST"], "pass")
    for i in range(2):
        p = nextp(); sd = p.ad("d8"); acc = f"A{digits(8)}"
        ex = [dcm("00101010", "AS", f"{p.age():03d}Y"), dcm("00104000", "LT", f"Hx {p.dx()}; phone {p.phone('dash')}")] if i == 0 else [dcm("00101040", "LO", f"{p.street}, {p.city} WI {p.zip}")]
        obj = dicom_obj(p, sd, "CT CHEST W/O CONTRAST", acc, ex)
        phi = [[ascii_fold(p.last).upper(), "name"], [ascii_fold(p.first).upper(), "name"], [p.mrn, "mrn"], [p.dobs("d8"), "dob"], [sd, "date"], [acc, "mrn"]]
        phi += [[p.dx(), "condition"], [p.phone("dash"), "phone"]] if i == 0 else [[p.street, "address"], [p.zip, "zip"]]
        add(S, "POST", "http://dicomweb.research-archive.example/dicom-web/studies", {"Content-Type": f'multipart/related; type="application/dicom+json"; boundary={bnd}'},
            f"--{bnd}\r\nContent-Type: application/dicom+json\r\n\r\n{J([obj], compact=True)}\r\n--{bnd}--\r\n", phi, ["CT CHEST W/O CONTRAST", staff(3, "pn")], "redact")
    p = nextp()
    wi = {**dcm("00741000", "CS", "SCHEDULED"), **dcm("00100010", "PN", f"{ascii_fold(p.last).upper()}^{ascii_fold(p.first).upper()}"), **dcm("00100020", "LO", p.mrn),
          **dcm("00100030", "DA", p.dobs("d8")), **dcm("00404005", "DT", f"{p.appt:%Y%m%d%H%M%S}"), **dcm("00741204", "LO", "AI lung nodule triage")}
    add(S, "POST", f"http://dicomweb.research-archive.example/dicom-web/workitems?{'1.2.826.0.1.3680043.8.498.' + digits(12)}", {"Content-Type": "application/dicom+json"},
        J([wi]), [[ascii_fold(p.last).upper(), "name"], [ascii_fold(p.first).upper(), "name"], [p.mrn, "mrn"], [p.dobs("d8"), "dob"], [f"{p.appt:%Y%m%d%H%M%S}", "date"]],
        ["AI lung nodule triage"], "redact")
    p = nextp(); pn = f"{ascii_fold(p.last).upper()}^{ascii_fold(p.first).upper()}"
    add(S, "GET", f"http://dicomweb.research-archive.example/dicom-web/studies?PatientName={quote(pn, safe='')}&PatientBirthDate={p.dobs('d8')}&includefield=00081030&limit=10",
        {"Accept": "application/dicom+json"}, "", [[ascii_fold(p.last).upper(), "name"], [ascii_fold(p.first).upper(), "name"], [p.dobs("d8"), "dob"]], ["includefield=00081030"], "redact")
    qa = {**dcm("00080020", "DA", "20260310"), **dcm("00080060", "CS", "CT"), **dcm("00081030", "LO", "CT DAILY QC"), **dcm("00100010", "PN", "QA^PHANTOM"),
          **dcm("00100020", "LO", "PHANTOM-CT-01"), **dcm("00181000", "LO", "SN-88213"), **dcm("00181020", "LO", "VA50A")}
    add(S, "POST", "http://dicomweb.research-archive.example/dicom-web/studies", {"Content-Type": f'multipart/related; type="application/dicom+json"; boundary={bnd}'},
        f"--{bnd}\r\nContent-Type: application/dicom+json\r\n\r\n{J([qa], compact=True)}\r\n--{bnd}--\r\n", [], ["CT DAILY QC", "PHANTOM-CT-01", "SN-88213"], "pass")


def cds_req(p, hook, with_cov=True, with_order=True):
    ctx = {"userId": f"Practitioner/pr-{R.randint(1000, 9999)}", "patientId": p.mrn, "encounterId": f"enc-{R.randint(100000, 999999)}"}
    if with_order:
        ctx["draftOrders"] = {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {
            "resourceType": "MedicationRequest", "id": "draft-1", "status": "draft", "intent": "order", "medicationCodeableConcept": {"text": p.med()},
            "subject": {"reference": f"Patient/{p.mrn}", "display": p.full},
            "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": p.icd()}], "text": p.dx()}], "authoredOn": "2026-03-10"}}]}
    pre = {"patient": {"resourceType": "Patient", "id": p.mrn, "name": [{"family": p.last, "given": p.first.split()}], "birthDate": p.dobs("iso"),
                       "telecom": [{"system": "phone", "value": p.phone("paren"), "use": "mobile"}],
                       "address": [{"line": [p.street], "city": p.city, "state": "WI", "postalCode": p.zip}]}}
    if with_cov:
        pre["coverage"] = {"resourceType": "Bundle", "entry": [{"resource": {"resourceType": "Coverage", "status": "active", "subscriberId": p.mbr, "payor": [{"display": p.payer}]}}]}
    body = {"hookInstance": uuid(), "fhirServer": f"https://fhir.{SITE}/r4", "hook": hook,
            "fhirAuthorization": {"access_token": alnum(40), "token_type": "Bearer", "expires_in": 300, "scope": "user/Patient.read user/Coverage.read", "subject": "cds-service"},
            "context": ctx, "prefetch": pre}
    phi = [[p.mrn, "mrn"], [p.last, "name"], [p.dobs("iso"), "dob"], [p.phone("paren"), "phone"], [p.street, "address"], [p.zip, "zip"]]
    phi += [[g, "name"] for g in p.first.split()]
    if with_order: phi += [[p.full, "name"], [p.icd(), "icd10"], [p.dx(), "condition"]]
    if with_cov: phi.append([p.mbr, "member_id"])
    return body, phi


def cds_smart():
    S = "cds_hooks"
    for i in range(2):
        p = nextp(); b, phi = cds_req(p, "order-sign" if i == 0 else "patient-view", with_order=(i == 0))
        add(S, "POST", "http://cds.wihie-decision.example/cds-services/care-gaps", JSONH, J(b), phi, ["user/Patient.read user/Coverage.read"], "pass")
    for i in range(3):
        p = nextp(); b, phi = cds_req(p, "order-select", with_cov=(i != 1))
        add(S, "POST", "http://cds.rxcompare.example/cds-services/price-check", JSONH, J(b, ascii_=(i == 2)), phi, [p.med(), "2026-03-10", "order-select"], "redact")
    b = {"hookInstance": uuid(), "hook": "order-select", "fhirServer": f"https://fhir.{SITE}/r4",
         "context": {"userId": "Practitioner/pr-2231", "patientId": "example-test-patient", "selections": ["MedicationRequest/draft-1"],
                     "draftOrders": {"resourceType": "Bundle", "entry": [{"resource": {"resourceType": "MedicationRequest", "status": "draft",
                                                                                        "medicationCodeableConcept": {"text": "atorvastatin 40 mg tablet"}}}]}}}
    add(S, "POST", "http://cds.rxcompare.example/cds-services/price-check", JSONH, J(b), [], ["atorvastatin 40 mg tablet", "example-test-patient"], "pass")

    S = "smart_launch"
    ga = "http://region1.google-analytics.com/g/collect?v=2&tid=G-7QK2L1ZP9X&gtm=45je6340v9&_p=" + digits(10)
    iss = quote(f"https://fhir.{SITE}/r4", safe="")
    for i in range(2):
        launch = alnum(22)
        dl = f"https://apps.{SITE}/growth-chart/launch.html?iss={iss}&launch={launch}"
        add(S, "POST", ga + f"&cid={digits(9)}.{epoch(i)}&en=page_view&dl={quote(dl, safe='')}&dt={quote('Growth Chart | Launch')}", {"User-Agent": "Mozilla/5.0"}, "", [],
            [launch], "pass")
    p = nextp()
    dl = f"https://apps.{SITE}/bp-centiles/index.html?patient={p.mrn}&login_hint={quote(p.email, safe='')}&need_patient_banner=false"
    dt = f"BP Centiles - {p.full} ({p.dobs('us')})"
    add(S, "POST", ga + f"&cid={digits(9)}.{epoch(3)}&en=page_view&dl={quote(dl, safe='')}&dt={quote(dt, safe='')}", {"User-Agent": "Mozilla/5.0"}, "",
        [[p.mrn, "mrn"], [p.email, "email"], [p.full, "name"], [p.dobs("us"), "dob"]], ["need_patient_banner=false"], "redact")
    p = nextp()
    au = (f"https://fhir.{SITE}/oauth2/authorize?response_type=code&client_id=growth-chart&redirect_uri={quote(f'https://apps.{SITE}/growth-chart/', safe='')}"
          f"&scope=launch%2Fpatient+patient%2F*.read&state={alnum(16)}&aud={iss}&launch={alnum(22)}")
    add(S, "POST", DD_LOGS, DDH, J([dd("smart-apps", "nodejs", f"redirecting to {au}")]), [], ["growth-chart"], "pass")
    msg = f"SMART context resolved patient={p.mrn} name=\"{p.full}\" encounter=enc-{R.randint(100000, 999999)} fhirUser=Practitioner/pr-2231"
    add(S, "POST", DD_LOGS, DDH, J([dd("smart-apps", "nodejs", msg)]), [[p.mrn, "mrn"], [p.full, "name"]], ["Practitioner/pr-2231"], "redact")


# ----------------------------------------------------------------------------- 5. LLM traffic
ANTH = {"Content-Type": "application/json", "x-api-key": "sk-ant-api03-" + "Q" * 12, "anthropic-version": "2023-06-01"}


def llm():
    S = "anthropic_tool_use"
    tools = [{"name": "lookup_patient", "description": "Find a patient by name and date of birth", "input_schema": {"type": "object", "properties": {
        "first_name": {"type": "string"}, "last_name": {"type": "string"}, "dob": {"type": "string"}}, "required": ["last_name", "dob"]}},
             {"name": "reschedule", "description": "Move an appointment", "input_schema": {"type": "object", "properties": {"mrn": {"type": "string"}, "new_start": {"type": "string"}}}}]
    for i in range(4):
        p = nextp(); tid = "toolu_01" + alnum(22); a = p.appt
        if i in (0, 2):
            res = json.dumps({"mrn": p.mrn, "phone": p.phone("dash"), "next_appointment": f"{p.ad('iso')}T{a:%H:%M}:00-05:00", "visit_reason": f"{p.dx()} follow-up"})
            msgs = [{"role": "user", "content": f"Hi, this is {p.full}, born {p.dobs('usn')}. Can I move my appointment to later that week?"},
                    {"role": "assistant", "content": [{"type": "text", "text": "Let me find your chart."},
                                                      {"type": "tool_use", "id": tid, "name": "lookup_patient", "input": {"first_name": p.first, "last_name": p.last, "dob": p.dobs("iso")}}]},
                    {"role": "user", "content": [{"type": "tool_result", "tool_use_id": tid, "content": res}]}]
            phi = [[p.full, "name"], [p.dobs("usn"), "dob"], [p.first, "name"], [p.last, "name"], [p.dobs("iso"), "dob"], [p.mrn, "mrn"], [p.phone("dash"), "phone"],
                   [f"{p.ad('iso')}T{a:%H:%M}:00-05:00", "date"], [p.dx(), "condition"]]
        else:
            new = f"{p.ad('iso')}T15:30:00-05:00"
            msgs = [{"role": "user", "content": "Reschedule per the voicemail transcript below."},
                    {"role": "assistant", "content": [{"type": "tool_use", "id": tid, "name": "reschedule", "input": {"mrn": p.mrn, "new_start": new}}]},
                    {"role": "user", "content": [{"type": "tool_result", "tool_use_id": tid, "is_error": True,
                                                  "content": [{"type": "text", "text": f"Conflict: {p.full} ({p.mrn}) already has {p.med()} injection at that time; call {p.phone('paren')}"}]}]}]
            phi = [[p.mrn, "mrn"], [new, "date"], [p.full, "name"], [p.phone("paren"), "phone"]]
        add(S, "POST", "http://api.anthropic.com/v1/messages", ANTH,
            J({"model": "claude-sonnet-4-5", "max_tokens": 1024, "system": f"You are the scheduling assistant for {PRACTICE}. Office line {PRACTICE_PHONE}.",
               "tools": tools, "messages": msgs}, ascii_=(i == 3)), phi, [PRACTICE_PHONE, "lookup_patient" if i in (0, 2) else "reschedule"], "redact")
    tid = "toolu_01" + alnum(22); o = order_no()
    msgs = [{"role": "user", "content": f"Where is order {o}? It was the {build()} firmware kit."},
            {"role": "assistant", "content": [{"type": "tool_use", "id": tid, "name": "order_status", "input": {"order_id": o}}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": tid, "content": json.dumps({"order_id": o, "status": "shipped", "carrier": "UPS", "eta": "2026-03-12", "total": "45.00"})}]}]
    add(S, "POST", "http://api.anthropic.com/v1/messages", ANTH, J({"model": "claude-haiku-4-5", "max_tokens": 512, "messages": msgs}), [], [o, "2026-03-12", "45.00"], "pass")

    S = "gemini_function_call"
    GM = "http://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent?key=AIza" + alnum(35)
    decl = [{"functionDeclarations": [{"name": "find_patient", "description": "Look up a patient", "parameters": {"type": "OBJECT", "properties": {"name": {"type": "STRING"}, "birthDate": {"type": "STRING"}}}}]}]
    for i in range(3):
        p = nextp()
        if i < 2:
            args = {"name": p.full, "birthDate": p.dobs("iso")}
            resp = {"result": {"mrn": p.mrn, "email": p.email, "address": f"{p.street}, {p.city}, WI {p.zip}", "problems": [p.dx()]}}
            contents = [{"role": "user", "parts": [{"text": f"Draft a refill letter for {p.full} (DOB {p.dobs('long')})."}]},
                        {"role": "model", "parts": [{"functionCall": {"name": "find_patient", "args": args}}]},
                        {"role": "user", "parts": [{"functionResponse": {"name": "find_patient", "response": resp}}]}]
            phi = [[p.full, "name"], [p.dobs("long"), "dob"], [p.dobs("iso"), "dob"], [p.mrn, "mrn"], [p.email, "email"], [p.street, "address"], [p.zip, "zip"], [p.dx(), "condition"]]
        else:
            contents = [{"role": "user", "parts": [{"text": f"Summarize: pt {p.af} {p.al}, SSN {p.ssn}, member {p.mbr}, presenting with {p.dx()}."}]}]
            phi = [[f"{p.af} {p.al}", "name"], [p.ssn, "ssn"], [p.mbr, "member_id"], [p.dx(), "condition"]]
        add(S, "POST", GM, JSONH, J({"contents": contents, "tools": decl, "generationConfig": {"temperature": 0.2}}), phi, ["find_patient"] if i < 2 else [], "redact")
    contents = [{"role": "user", "parts": [{"text": "What are the Bay View clinic hours?"}]}, {"role": "model", "parts": [{"functionCall": {"name": "clinic_hours", "args": {"location": "Bay View", "date": "2026-03-12"}}}]},
                {"role": "user", "parts": [{"functionResponse": {"name": "clinic_hours", "response": {"open": "07:30", "close": "18:00", "phone": PRACTICE_PHONE}}}]}]
    add(S, "POST", GM, JSONH, J({"contents": contents}), [], [PRACTICE_PHONE, "clinic_hours"], "pass")

    S = "openai_tool_calls"
    for i, host in enumerate(["http://api.mistral.ai/v1/chat/completions", "http://api.groq.com/openai/v1/chat/completions", "http://api.mistral.ai/v1/chat/completions"]):
        p = nextp(); cid = "call_" + alnum(24)
        args = json.dumps({"patient_name": p.full, "dob": p.dobs("us"), "referral_reason": p.dx(), "callback": p.phone("e164")}, ensure_ascii=(i != 1))
        msgs = [{"role": "system", "content": "You create referrals."}, {"role": "user", "content": "Send the referral we discussed."},
                {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "create_referral", "arguments": args}}]},
                {"role": "tool", "tool_call_id": cid, "content": json.dumps({"ok": False, "error": f"Insurance {p.mbr} requires prior auth"})}]
        add(S, "POST", host, {"Content-Type": "application/json", "Authorization": "Bearer sk-" + alnum(32)}, J({"model": "mistral-large-latest" if i != 1 else "llama-3.3-70b-versatile", "messages": msgs}),
            [[p.full, "name"], [p.dobs("us"), "dob"], [p.dx(), "condition"], [p.phone("e164"), "phone"], [p.mbr, "member_id"]], ["create_referral"], "redact")

    S = "llm_trace"
    for i in range(2):
        p = nextp(); rid = uuid()
        run = {"id": rid, "trace_id": rid, "dotted_order": f"20260310T130511482000Z{rid}", "name": "ChatAnthropic", "run_type": "llm", "start_time": ts(i),
               "inputs": {"messages": [[{"lc": 1, "type": "constructor", "id": ["langchain", "schema", "messages", "HumanMessage"],
                                         "kwargs": {"content": f"Summarize visit: {p.full}, {p.age()}yo, DOB {p.dobs('us')}, MRN {p.mrn}. Dx {p.dx()}. Plan: start {p.med()}."}}]]},
               "extra": {"metadata": {"patient_email": p.email, "ls_model_name": "claude-sonnet-4-5"}}, "session_name": "visit-summaries"}
        add(S, "POST", "http://api.smith.langchain.com/runs/batch", {"Content-Type": "application/json", "x-api-key": "lsv2_pt_" + hexs(32)}, J({"post": [run], "patch": []}),
            [[p.full, "name"], [p.dobs("us"), "dob"], [p.mrn, "mrn"], [p.dx(), "condition"], [p.email, "email"]], ["visit-summaries", "ChatAnthropic"], "redact")
    for i in range(2):
        p = nextp(); tid = uuid()
        batch = [{"id": uuid(), "type": "trace-create", "timestamp": ts(i), "body": {"id": tid, "name": "triage-bot", "userId": p.email, "sessionId": uuid(),
                                                                                  "input": {"question": f"I'm {p.first}, my {p.med()} ran out and my {p.dx()} is flaring. Call me at {p.phone('dot')}."},
                                                                                  "metadata": {"mrn": p.mrn, "release": "4.12.3"}, "tags": ["triage"]}},
                 {"id": uuid(), "type": "generation-create", "timestamp": ts(i), "body": {"traceId": tid, "name": "claude", "model": "claude-haiku-4-5",
                                                                                       "output": f"Routing {p.first} {p.last} to nurse line.", "usage": {"input": 412, "output": 38}}}]
        add(S, "POST", "http://cloud.langfuse.com/api/public/ingestion", {"Content-Type": "application/json", "Authorization": "Basic " + base64.b64encode(b"pk-lf-1:sk-lf-2").decode()},
            J({"batch": batch}), [[p.email, "email"], [p.first, "name"], [p.dx(), "condition"], [p.phone("dot"), "phone"], [p.mrn, "mrn"], [p.last, "name"]], ["triage-bot", "4.12.3"], "redact")
    batch = [{"id": uuid(), "type": "trace-create", "timestamp": ts(5), "body": {"id": uuid(), "name": "billing-faq", "userId": "anon-" + hexs(8),
                                                                             "input": {"question": "Do you take Quartz? What's the self-pay price for a 99213 visit?"},
                                                                             "output": f"Yes. Self-pay is $145.00. Questions: {PRACTICE_PHONE}. Provider on duty: {staff(1)}.",
                                                                             "metadata": {"release": "4.12.3"}}}]
    add(S, "POST", "http://cloud.langfuse.com/api/public/ingestion", {"Content-Type": "application/json", "Authorization": "Basic " + base64.b64encode(b"pk-lf-1:sk-lf-2").decode()},
        J({"batch": batch}), [], ["$145.00", PRACTICE_PHONE, staff(1)], "pass")

    S = "vector_upsert"
    vec = lambda: [round(R.uniform(-0.2, 0.2), 5) for _ in range(12)]
    PC = {"Content-Type": "application/json", "Api-Key": "pcsk_" + alnum(40), "X-Pinecone-API-Version": "2025-01"}
    for i in range(3):
        p = nextp()
        chunk = f"{p.ad('us')} visit. {p.full} reports worsening {p.dx()}. Lives at {p.addr()}. Continue {p.med()}."
        v = {"id": f"note-{p.mrn}-{i:03d}", "values": vec(), "metadata": {"patient_name": p.full, "mrn": p.mrn, "dob": p.dobs("iso"), "chunk": chunk, "source": "progress-note"}}
        add(S, "POST", "http://clinical-notes-3f9a2c1.svc.aped-4627-b74a.pinecone.io/vectors/upsert", PC, J({"vectors": [v], "namespace": "prod"}),
            [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("iso"), "dob"], [p.ad("us"), "date"], [p.dx(), "condition"], [p.addr(), "address"]], ["progress-note"], "redact")
    for i in range(2):
        p = nextp()
        obj = {"class": "ClinicalNote", "properties": {"patientName": p.full, "birthDate": p.dobs("isoz"), "memberId": p.mbr, "text": f"Pt called re {p.dx()}; cb {p.phone('paren')}"}, "vector": vec()}
        add(S, "POST", "http://lakeshore-rag-x1y2.weaviate.network/v1/batch/objects", {"Content-Type": "application/json", "Authorization": "Bearer " + alnum(32)},
            J({"objects": [obj]}), [[p.full, "name"], [p.dobs("isoz"), "dob"], [p.mbr, "member_id"], [p.dx(), "condition"], [p.phone("paren"), "phone"]], ["ClinicalNote"], "redact")
    p = nextp()
    pt = {"points": [{"id": uuid(), "vector": vec(), "payload": {"email": p.email, "ssn": p.ssn, "name": p.full, "topic": "billing dispute"}}]}
    add(S, "PUT", "http://a1b2c3d4-e5f6.us-east4-0.gcp.cloud.qdrant.io/collections/portal_msgs/points?wait=true", {"Content-Type": "application/json", "api-key": alnum(40)},
        J(pt), [[p.email, "email"], [p.ssn, "ssn"], [p.full, "name"]], ["billing dispute"], "redact")
    v = {"id": "handbook-v4.2-ch03-017", "values": vec(), "metadata": {"doc": "Employee handbook v4.2", "section": "3.17 PTO accrual", "updated": "2026-01-12", "owner": staff(2, "full")}}
    add(S, "POST", "http://clinical-notes-3f9a2c1.svc.aped-4627-b74a.pinecone.io/vectors/upsert", PC, J({"vectors": [v], "namespace": "hr"}), [],
        ["handbook-v4.2-ch03-017", "2026-01-12", staff(2, "full")], "pass")

    S = "embeddings"
    p = nextp(); q = nextp()
    inp = [f"Patient: {p.full}\nDOB: {p.dobs('us')}\nAssessment: {p.dx()}", f"{q.full} ({q.mrn}) - phone {q.phone('dash')}, declined {q.med()}"]
    add(S, "POST", "http://api.openai.com/v1/embeddings", {"Content-Type": "application/json", "Authorization": "Bearer sk-proj-" + alnum(40)},
        J({"model": "text-embedding-3-small", "input": inp}), [[p.full, "name"], [p.dobs("us"), "dob"], [p.dx(), "condition"], [q.full, "name"], [q.mrn, "mrn"], [q.phone("dash"), "phone"]],
        ["text-embedding-3-small"], "redact")
    p = nextp()
    add(S, "POST", "http://api.voyageai.com/v1/embeddings", {"Content-Type": "application/json", "Authorization": "Bearer pa-" + alnum(40)},
        J({"input": [f"Discharge summary for {p.full}, admitted {p.ad('mon')} for {p.dx()}. SSN on file {p.ssn}."], "model": "voyage-3", "input_type": "document"}),
        [[p.full, "name"], [p.ad("mon"), "date"], [p.dx(), "condition"], [p.ssn, "ssn"]], ["voyage-3"], "redact")
    p = nextp()
    add(S, "POST", "http://api.cohere.com/v2/embed", {"Content-Type": "application/json", "Authorization": "Bearer " + alnum(40)},
        J({"model": "embed-english-v3.0", "texts": [f"Portal message from {p.email}: my address changed to {p.addr()}, {p.city} {p.zip}"], "input_type": "search_document", "embedding_types": ["float"]}),
        [[p.email, "email"], [p.addr(), "address"], [p.zip, "zip"]], ["embed-english-v3.0"], "redact")
    add(S, "POST", "http://api.openai.com/v1/embeddings", {"Content-Type": "application/json", "Authorization": "Bearer sk-proj-" + alnum(40)},
        J({"model": "text-embedding-3-small", "input": [f"Office hours: Mon-Fri 7:30-18:00. Call {PRACTICE_PHONE}. Parking at {PRACTICE_ADDR}.", "Self-pay visit (CPT 99213): $145.00; SKU F32-A-KIT ships in 2 days."]}),
        [], [PRACTICE_PHONE, "$145.00", "F32-A-KIT"], "pass")

    S = "azure_openai_baa"
    for i in range(2):
        p = nextp(); cid = "call_" + alnum(24)
        msgs = [{"role": "user", "content": f"Prior auth letter for {p.full}, DOB {p.dobs('us')}, member {p.mbr}, dx {p.icd()} {p.dx()}."},
                {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "get_chart", "arguments": json.dumps({"mrn": p.mrn})}}]},
                {"role": "tool", "tool_call_id": cid, "content": json.dumps({"phone": p.phone("dash"), "address": p.addr(), "zip": p.zip})}]
        add(S, "POST", "http://lakeshore-aoai.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21", {"Content-Type": "application/json", "api-key": hexs(32)},
            J({"messages": msgs, "temperature": 0}), [[p.full, "name"], [p.dobs("us"), "dob"], [p.mbr, "member_id"], [p.icd(), "icd10"], [p.dx(), "condition"], [p.mrn, "mrn"],
                                                     [p.phone("dash"), "phone"], [p.addr(), "address"], [p.zip, "zip"]], [], "pass")


# ----------------------------------------------------------------------------- 6. observability / error trackers
def observability():
    S = "splunk_hec_batch"
    for i in range(2):
        p = nextp(); q = nextp()
        evs = [{"time": epoch(i), "host": "fd-ws-02", "source": "scheduler", "sourcetype": "_json",
                "event": {"action": "checkin", "patient": p.full, "dob": p.dobs("us"), "copay": "25.00"}, "fields": {"clinic": "bayview", "mrn": p.mrn}},
               {"time": epoch(i) + 1, "host": "fd-ws-02", "source": "scheduler", "event": f"kiosk: signature captured for {q.full}, ins {q.mbr}, reason: {q.dx()}"}]
        add(S, "POST", HEC + "/event", HECH, "".join(J(e, compact=True) for e in evs),
            [[p.full, "name"], [p.dobs("us"), "dob"], [p.mrn, "mrn"], [q.full, "name"], [q.mbr, "member_id"], [q.dx(), "condition"]], ["checkin", "bayview", "25.00"], "redact")
    p = nextp()
    evs = [{"time": epoch(3), "event": "heartbeat ok", "fields": {"build": "4.12.3"}},
           {"time": epoch(3), "event": {"msg": "pharmacy callback", "callback_number": p.phone("paren"), "rx": p.med(), "for": p.full, "ip": p.ip}}]
    add(S, "POST", HEC + "/event", HECH, "\n".join(J(e) for e in evs), [[p.phone("paren"), "phone"], [p.full, "name"], [p.ip, "ip_address"]], ["heartbeat ok", "pharmacy callback"], "redact")
    evs = [{"time": epoch(4), "event": {"action": "report_run", "report": "AR aging", "rows": 412, "duration_ms": 18812}}, {"time": epoch(4), "event": {"action": "backup", "size_gb": 41.2, "id": uuid()}}]
    add(S, "POST", HEC + "/event", HECH, "".join(J(e, compact=True) for e in evs), [], ["AR aging", "report_run"], "pass")

    S = "datadog_ddtags"
    for i in range(2):
        p = nextp()
        tags = f"env:prod,service:portal,patient_mrn:{p.mrn},patient_email:{p.email}" if i == 0 else f"env:prod,dx:{p.icd()},patient:{p.al.lower()}"
        msg = "appointment confirmed" if i == 0 else f"care-gap flag raised for {p.full}"
        phi = [[p.mrn, "mrn"], [p.email, "email"]] if i == 0 else [[p.icd(), "icd10"], [p.al.lower(), "name"], [p.full, "name"]]
        add(S, "POST", DD_LOGS, DDH, J([dd("portal", "nodejs", msg, tags=tags)]), phi, ["appointment confirmed" if i == 0 else "care-gap flag raised for"], "redact")
    p = nextp()
    rec = dd("portal", "nodejs", "login ok", extra={"usr": {"id": p.mrn, "name": p.full, "email": p.email}, "network": {"client": {"ip": p.ip}}, "http": {"url": f"/portal/labs/{p.mrn}/results?panel=HIV-1"}})
    add(S, "POST", DD_LOGS, DDH, J([rec]), [[p.mrn, "mrn"], [p.full, "name"], [p.email, "email"], [p.ip, "ip_address"]], ["login ok"], "redact")
    add(S, "POST", DD_LOGS, DDH, J([dd("portal", "nodejs", "deploy finished", tags=f"env:prod,version:4.12.3,git.commit.sha:{hexs(40)},order:{order_no()}")]), [], ["deploy finished", "version:4.12.3"], "pass")

    S = "zipkin_jaeger"
    p = nextp()
    z = [{"traceId": hexs(32), "id": hexs(16), "name": "get /api/patients/search", "kind": "SERVER", "timestamp": epoch(5) * 10**6, "duration": 88213,
          "localEndpoint": {"serviceName": "portal-api"}, "remoteEndpoint": {"ipv4": p.ip},
          "tags": {"http.method": "GET", "http.url": f"https://portal.{SITE}/api/patients/search?last={quote(p.last)}&dob={p.dobs('iso')}", "http.status_code": "200",
                   "enduser.id": p.email},
          "annotations": [{"timestamp": epoch(5) * 10**6 + 512, "value": f"cache miss for {p.full}"}]}]
    add(S, "POST", "http://trace-api.newrelic.com/trace/v1", {"Content-Type": "application/json", "Api-Key": "NRAK-" + alnum(27), "Data-Format": "zipkin", "Data-Format-Version": "2"},
        J(z), [[p.ip, "ip_address"], [p.dobs("iso"), "dob"], [p.email, "email"], [p.full, "name"]] + ([[quote(p.last), "name"]] if quote(p.last) != p.last else [[p.last, "name"]]),
        ["get /api/patients/search", "portal-api"], "redact")
    for i in range(2):
        p = nextp()
        tags = [{"key": "span.kind", "type": "string", "value": "client"}, {"key": "patient.name", "type": "string", "value": p.full},
                {"key": "patient.dob", "type": "string", "value": p.dobs("us")}, {"key": "rpc.method", "type": "string", "value": "EligibilityInquiry"}]
        logs = [{"timestamp": epoch(6) * 10**6, "fields": [{"key": "event", "type": "string", "value": "payer response"}, {"key": "subscriber_id", "type": "string", "value": p.mbr}]}]
        tr = {"data": [{"traceID": hexs(32), "spans": [{"traceID": hexs(32), "spanID": hexs(16), "operationName": "eligibility.check", "startTime": epoch(6) * 10**6, "duration": 912,
                                                        "tags": tags, "logs": logs, "processID": "p1"}], "processes": {"p1": {"serviceName": "elig-svc", "tags": [{"key": "hostname", "type": "string", "value": "elig-1"}]}}}]}
        add(S, "POST", "http://tempo-prod-10-prod-eu-west-2.grafana.net/jaeger/api/traces", {"Content-Type": "application/json", "Authorization": "Basic " + base64.b64encode(b"812233:glc_x").decode()},
            J(tr), [[p.full, "name"], [p.dobs("us"), "dob"], [p.mbr, "member_id"]], ["eligibility.check", "EligibilityInquiry"], "redact")
    tr = {"data": [{"traceID": hexs(32), "spans": [{"traceID": hexs(32), "spanID": hexs(16), "operationName": "checkout.charge", "startTime": epoch(7) * 10**6, "duration": 4120,
                                                    "tags": [{"key": "order.id", "type": "string", "value": "ORD-20260310-4412"}, {"key": "amount", "type": "float64", "value": 45.0},
                                                             {"key": "app.version", "type": "string", "value": "4.12.3"}]}]}]}
    add(S, "POST", "http://tempo-prod-10-prod-eu-west-2.grafana.net/jaeger/api/traces", JSONH, J(tr), [], ["ORD-20260310-4412", "checkout.charge"], "pass")
    S = "honeycomb_batch"
    p = nextp()
    ev = [{"time": ts(8), "samplerate": 1, "data": {"trace.trace_id": hexs(32), "name": "POST /intake", "app.patient_name": p.full, "app.zip": p.zip, "app.reason": p.dx(), "duration_ms": 212.4}}]
    add(S, "POST", "http://api.honeycomb.io/1/batch/portal", {"Content-Type": "application/json", "X-Honeycomb-Team": alnum(22)}, J(ev),
        [[p.full, "name"], [p.zip, "zip"], [p.dx(), "condition"]], ["POST /intake"], "redact")
    ev = [{"time": ts(9), "data": {"name": "GET /healthz", "duration_ms": 1.2, "build": "4.12.3", "host.ip": "10.0.3.14", "zip_bytes": 53211}}]
    add(S, "POST", "http://api.honeycomb.io/1/batch/portal", {"Content-Type": "application/json", "X-Honeycomb-Team": alnum(22)}, J(ev), [], ["GET /healthz", "10.0.3.14"], "pass")

    S = "error_tracker"
    BH = {"Content-Type": "application/json", "Bugsnag-Api-Key": hexs(32), "Bugsnag-Payload-Version": "5"}
    for i in range(2):
        p = nextp()
        ev = {"exceptions": [{"errorClass": "TypeError", "message": "Cannot read properties of undefined (reading 'coverage')", "stacktrace": [{"file": "app.js", "lineNumber": 412, "columnNumber": 18, "method": "renderCard"}]}],
              "breadcrumbs": [{"timestamp": ts(i), "name": "Navigated to /patients/" + p.mrn + "/chart", "type": "navigation", "metaData": {"from": "/schedule", "to": f"/patients/{p.mrn}/chart"}},
                              {"timestamp": ts(i), "name": "Click", "type": "user", "metaData": {"targetText": f"{p.full} - {p.dobs('us')}"}}],
              "user": {"id": hexs(12), "name": staff(2, "full")}, "app": {"version": "4.12.3", "releaseStage": "production"}}
        if i == 1: ev["metaData"] = {"form": {"diagnosis": p.dx(), "phone": p.phone("paren")}}
        phi = [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("us"), "dob"]] + ([[p.dx(), "condition"], [p.phone("paren"), "phone"]] if i == 1 else [])
        add(S, "POST", "http://notify.bugsnag.com/", BH, J({"apiKey": hexs(32), "notifier": {"name": "Bugsnag JavaScript", "version": "7.22.4", "url": "https://github.com/bugsnag/bugsnag-js"}, "events": [ev]}),
            phi, [], "block")
    for i in range(2):
        p = nextp()
        data = {"environment": "production", "platform": "browser", "body": {"trace": {"frames": [{"filename": "https://portal.lakeshorecare.org/static/js/main.4f1c.js", "lineno": 1, "colno": 88213}],
                                                                                    "exception": {"class": "Error", "message": f"Coverage lookup failed for member {p.mbr}" if i == 0 else "Request failed with status code 422"}},
                                                                          "telemetry": [{"level": "info", "type": "network", "source": "client", "timestamp_ms": epoch(i) * 1000,
                                                                                         "body": {"method": "GET", "url": f"/api/patients?q={quote(p.full)}&dob={p.dobs('iso')}", "status_code": 200}}]},
                "person": {"id": p.mrn, "email": p.email}}
        phi = [[p.full if quote(p.full) == p.full else quote(p.full), "name"], [p.dobs("iso"), "dob"], [p.mrn, "mrn"], [p.email, "email"]] + ([[p.mbr, "member_id"]] if i == 0 else [])
        phi.append([p.full, "name"])
        add(S, "POST", "http://api.rollbar.com/api/1/item/", {"Content-Type": "application/json", "X-Rollbar-Access-Token": hexs(32)}, J({"data": data}), phi, [], "block")
    p = nextp()
    add(S, "POST", "http://api.honeybadger.io/v1/notices", {"Content-Type": "application/json", "X-API-Key": alnum(20)},
        J({"error": {"class": "ActiveRecord::RecordInvalid", "message": f"Validation failed: Ssn {p.ssn} has already been taken", "backtrace": [{"file": "[PROJECT_ROOT]/app/models/patient.rb", "number": "41", "method": "save!"}]},
           "request": {"params": {"patient": {"name": p.full, "dob": p.dobs("iso")}}}, "server": {"environment_name": "production"}}),
        [[p.ssn, "ssn"], [p.full, "name"], [p.dobs("iso"), "dob"]], [], "block")
    # clean error reports must pass
    ev = {"exceptions": [{"errorClass": "ChunkLoadError", "message": "Loading chunk 412 failed. (timeout: https://portal.lakeshorecare.org/static/js/412.8c1e.js)", "stacktrace": []}],
          "breadcrumbs": [{"timestamp": ts(5), "name": "Navigated to /settings/notifications", "type": "navigation"}], "user": {"id": uuid()}, "app": {"version": "4.12.3"}}
    add(S, "POST", "http://notify.bugsnag.com/", BH, J({"apiKey": hexs(32), "events": [ev]}), [], ["ChunkLoadError", "/settings/notifications"], "pass")
    data = {"environment": "production", "body": {"message": {"body": f"Payment webhook retry exhausted for order {order_no()} (amount 45.00 USD, build 4.12.3)"}}, "person": {"id": uuid()}}
    add(S, "POST", "http://api.rollbar.com/api/1/item/", {"Content-Type": "application/json", "X-Rollbar-Access-Token": hexs(32)}, J({"data": data}), [], ["Payment webhook retry exhausted"], "pass")
    add(S, "POST", "http://api.airbrake.io/api/v3/projects/281733/notices?key=" + hexs(32), JSONH,
        J({"errors": [{"type": "Net::ReadTimeout", "message": f"Net::ReadTimeout with #<TCPSocket:(closed)> calling {PRACTICE_FAX} fax gateway", "backtrace": []}], "context": {"version": "4.12.3"}}),
        [], ["Net::ReadTimeout"], "pass")


# ----------------------------------------------------------------------------- 7. messaging / productivity
def messaging():
    S = "mailgun"
    MG = "http://api.mailgun.net/v3/mg.lakeshorecare.org/messages"
    MGH = {"Content-Type": "application/x-www-form-urlencoded", "Authorization": "Basic " + base64.b64encode(b"api:key-3ax6xnjp29jd6fds4gc373sgvjxteol0").decode()}
    for i in range(3):
        p = nextp(); a = p.appt
        if i == 0:
            pairs = [("from", f"{PRACTICE} <noreply@{SITE}>"), ("to", f"{p.full} <{p.email}>"), ("subject", f"Reminder: {p.appt:%A}, {p.ad('mon')} at {p.appt:%I:%M %p}"),
                     ("text", f"Hi {p.first},\n\nThis is a reminder of your {p.dx()} follow-up on {p.ad('mon')}. Bring your {p.payer} card (ID {p.mbr}).\n\nQuestions? {PRACTICE_PHONE}"),
                     ("o:tag", "appt-reminder"), ("v:mrn", p.mrn), ("h:X-Mailgun-Variables", json.dumps({"mrn": p.mrn, "dob": p.dobs("iso")}))]
            phi = [[p.full, "name"], [p.email, "email"], [p.first, "name"], [p.ad("mon"), "date"], [p.dx(), "condition"], [p.mbr, "member_id"], [p.mrn, "mrn"], [p.dobs("iso"), "dob"]]
            ctl = ["appt-reminder", PRACTICE_PHONE]
        elif i == 1:
            pairs = [("from", f"{staff(0)} <{staff(0, 'email')}>"), ("to", p.email), ("subject", "Your lab results are ready"),
                     ("html", f"<p>Dear {p.first} {p.last},</p><p>Your results from {p.ad('us')}: <b>{p.dx()}</b> confirmed. Please call {PRACTICE_PHONE} to discuss {p.med()}.</p>"),
                     ("o:tracking", "yes")]
            phi = [[p.email, "email"], [f"{p.first} {p.last}", "name"], [p.ad("us"), "date"], [p.dx(), "condition"]]
            ctl = [staff(0), PRACTICE_PHONE]
        else:
            pairs = [("from", f"billing@{SITE}"), ("to", f"{p.email}"), ("subject", f"Statement for account {p.mrn}"),
                     ("text", f"{p.full}\n{p.addr()}\n{p.city}, WI {p.zip}\nDOB {p.dobs('usn')}  SSN ***-**-{p.ssn[-4:]}\nBalance due: $212.44 by 2026-04-01"), ("o:tag", "statement")]
            phi = [[p.email, "email"], [p.mrn, "mrn"], [p.full, "name"], [p.addr(), "address"], [p.zip, "zip"], [p.dobs("usn"), "dob"]]
            ctl = ["$212.44", "statement"]
        add(S, "POST", MG, MGH, form(pairs, plus=(i != 1)), phi, ctl, "redact")
    p = nextp(); a = p.appt; bnd = "----mgboundary" + hexs(10)
    ics = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:{a:%Y%m%dT%H%M00}\r\nSUMMARY:{p.dx()} consult - {staff(3)}\r\nDESCRIPTION:Patient DOB {p.dobs('us')}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    body = (f"--{bnd}\r\nContent-Disposition: form-data; name=\"from\"\r\n\r\nscheduling@{SITE}\r\n--{bnd}\r\nContent-Disposition: form-data; name=\"to\"\r\n\r\n{p.full} <{p.email}>\r\n"
            f"--{bnd}\r\nContent-Disposition: form-data; name=\"subject\"\r\n\r\nYour appointment\r\n--{bnd}\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nSee attached invite.\r\n"
            f"--{bnd}\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"invite.ics\"\r\nContent-Type: text/calendar\r\n\r\n{ics}--{bnd}--\r\n")
    add(S, "POST", MG, {"Content-Type": f"multipart/form-data; boundary={bnd}", "Authorization": MGH["Authorization"]}, body,
        [[p.full, "name"], [p.email, "email"], [p.dx(), "condition"], [p.dobs("us"), "dob"], [f"{a:%Y%m%dT%H%M00}", "date"]], ["invite.ics", staff(3)], "redact")
    pairs = [("from", f"IT <it@{SITE}>"), ("to", f"{staff(2, 'full')} <{staff(2, 'email')}>"), ("subject", "Password reset"),
             ("text", f"Your reset code is 418 227. It expires at 13:35. Ticket #{digits(10)}. Helpdesk {PRACTICE_PHONE}."), ("o:tag", "it-reset")]
    add(S, "POST", MG, MGH, form(pairs), [], ["418 227", "it-reset"], "pass")

    S = "paypal_ipn"
    for i in range(3):
        p = nextp(); txn = alnum(17, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
        item = [f"Telehealth copay - {p.dx()}", f"{p.med()} program monthly fee", "Copay"][i]
        pairs = [("cmd", "_notify-validate"), ("mc_gross", "25.00"), ("protection_eligibility", "Eligible"), ("address_status", "confirmed"), ("payer_id", alnum(13, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")),
                 ("address_street", p.street), ("payment_date", f"10:12:44 Mar 0{i + 4}, 2026 PST"), ("payment_status", "Completed"), ("charset", "UTF-8"), ("address_zip", p.zip),
                 ("first_name", p.first), ("mc_fee", "1.03"), ("address_country_code", "US"), ("address_name", p.full), ("notify_version", "3.9"), ("custom", f"mrn={p.mrn};dob={p.dobs('iso')}"),
                 ("payer_status", "verified"), ("business", f"billing@{SITE}"), ("address_country", "United States"), ("address_city", p.city), ("quantity", "1"),
                 ("payer_email", p.email), ("txn_id", txn), ("payment_type", "instant"), ("last_name", p.last), ("address_state", "WI"), ("item_name", item),
                 ("item_number", f"CP-{R.randint(100, 999)}"), ("mc_currency", "USD"), ("memo", f"for visit {p.ad('usn')}" if i != 2 else f"phone {p.phone('dash')}"), ("ipn_track_id", hexs(13))]
        phi = [[p.street, "address"], [p.zip, "zip"], [p.first, "name"], [p.full, "name"], [p.mrn, "mrn"], [p.dobs("iso"), "dob"], [p.email, "email"], [p.last, "name"]]
        phi.append([p.dx(), "condition"] if i == 0 else ([p.med(), "condition"] if False else [p.ad("usn"), "date"]) if i == 1 else [p.phone("dash"), "phone"])
        if i == 0: phi.append([p.ad("usn"), "date"])
        add(S, "POST", "http://ipnpb.paypal.com/cgi-bin/webscr", FORMH, form(pairs), phi, [txn, "25.00"], "redact")
    txn = alnum(17, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    pairs = [("cmd", "_notify-validate"), ("mc_gross", "149.00"), ("payment_status", "Completed"), ("business", f"billing@{SITE}"), ("item_name", "CME webinar: Q1 coding update (ICD-10-CM 2026)"),
             ("item_number", "CME-2026-Q1"), ("txn_id", txn), ("payer_business_name", "Riverwest Family Dental LLC"), ("mc_currency", "USD"), ("payment_date", "09:01:12 Mar 03, 2026 PST")]
    add(S, "POST", "http://ipnpb.paypal.com/cgi-bin/webscr", FORMH, form(pairs), [], [txn, "CME-2026-Q1", "149.00"], "pass")

    S = "twilio_transcription"
    PD = "http://eo8f2k3d1a9x0c.m.pipedream.net/"
    for i in range(3):
        p = nextp()
        text = [f"Hi this is {p.full}, date of birth {p.dobs('ord')}, I need a refill on my {p.med()}, my number is {p.phone('dash')}",
                f"Hello, calling for my mother {p.full}, she's been having more trouble with her {p.dx()}, she lives at {p.addr()}, call back please",
                f"This is {p.first}, my member number is {p.mbr}, I missed my appointment on {p.ad('long')}"][i]
        pairs = [("ApiVersion", "2010-04-01"), ("TranscriptionType", "fast"), ("TranscriptionUrl", f"https://api.twilio.com/2010-04-01/Accounts/AC{hexs(32)}/Recordings/RE{hexs(32)}/Transcriptions/TR{hexs(32)}"),
                 ("TranscriptionSid", "TR" + hexs(32)), ("Called", PRACTICE_PHONE_E164), ("RecordingSid", "RE" + hexs(32)), ("CallStatus", "completed"),
                 ("RecordingUrl", f"https://api.twilio.com/2010-04-01/Accounts/AC{hexs(32)}/Recordings/RE{hexs(32)}"), ("From", p.phone("e164")), ("Direction", "inbound"),
                 ("AccountSid", "AC" + hexs(32)), ("TranscriptionText", text), ("Caller", p.phone("e164")), ("TranscriptionStatus", "completed"), ("CallSid", "CA" + hexs(32)),
                 ("To", PRACTICE_PHONE_E164), ("FromZip", p.zip), ("FromCity", p.city.upper()), ("FromState", "WI")]
        phi = [[p.phone("e164"), "phone"], [p.zip, "zip"]]
        phi += [[[p.full, "name"], [p.dobs("ord"), "dob"], [p.phone("dash"), "phone"]], [[p.full, "name"], [p.dx(), "condition"], [p.addr(), "address"]],
                [[p.first, "name"], [p.mbr, "member_id"], [p.ad("long"), "date"]]][i]
        add(S, "POST", PD, {"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": base64.b64encode(bytes(R.getrandbits(8) for _ in range(20))).decode()},
            form(pairs, plus=(i != 2)), phi, [PRACTICE_PHONE_E164, "completed"], "redact")
    pairs = [("TranscriptionText", "Hi, this is Mike from Henry Schein about your order 4471-22, the exam gloves ship Thursday, call 800-472-4346"), ("From", "+18004724346"),
             ("To", PRACTICE_PHONE_E164), ("CallStatus", "completed"), ("TranscriptionStatus", "completed")]
    add(S, "POST", PD, FORMH, form(pairs), [], ["4471-22", "Henry Schein"], "pass")

    S = "teams_card"
    TH = "http://lakeshorecare.webhook.office.com/webhookb2/" + uuid() + "@" + uuid() + "/IncomingWebhook/" + hexs(32) + "/" + uuid()
    for i in range(3):
        p = nextp()
        facts = [{"title": "Patient", "value": p.full}, {"title": "DOB", "value": p.dobs("us")}, {"title": "MRN", "value": p.mrn}]
        if i == 1: facts += [{"title": "Reason", "value": p.dx()}, {"title": "Callback", "value": p.phone("paren")}]
        if i == 2: facts = [{"title": "Caller", "value": p.full}, {"title": "Insurance", "value": f"{p.payer} {p.mbr}"}, {"title": "Address", "value": f"{p.addr()}, {p.city} {p.zip}"}]
        card = {"type": "message", "attachments": [{"contentType": "application/vnd.microsoft.card.adaptive", "content": {
            "$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "type": "AdaptiveCard", "version": "1.5",
            "body": [{"type": "TextBlock", "size": "Medium", "weight": "Bolder", "text": ["Late arrival", "Urgent callback", "New patient intake"][i]}, {"type": "FactSet", "facts": facts}],
            "actions": [{"type": "Action.OpenUrl", "title": "Open chart", "url": f"https://ehr.{SITE}/chart/{p.mrn_num}" if i == 0 else f"https://ehr.{SITE}/queue"}]}}]}
        phi = [[p.full, "name"]] + ([[p.dobs("us"), "dob"], [p.mrn, "mrn"]] if i < 2 else [[p.mbr, "member_id"], [p.addr(), "address"], [p.zip, "zip"]])
        if i == 1: phi += [[p.dx(), "condition"], [p.phone("paren"), "phone"]]
        if i == 0: phi.append([p.mrn_num, "mrn"])
        add(S, "POST", TH, JSONH, J(card), phi, ["AdaptiveCard", "Open chart"], "redact")
    card = {"type": "message", "attachments": [{"contentType": "application/vnd.microsoft.card.adaptive", "content": {"type": "AdaptiveCard", "version": "1.5",
            "body": [{"type": "TextBlock", "text": "Deploy 4.12.3 finished"}, {"type": "FactSet", "facts": [{"title": "On call", "value": staff(4, "full")}, {"title": "Build", "value": "2026.03.10-412"},
                                                                                                              {"title": "Ticket", "value": "OPS-8821"}]}]}}]}
    add(S, "POST", TH, JSONH, J(card), [], ["Deploy 4.12.3 finished", staff(4, "full"), "OPS-8821"], "pass")

    S = "discord_telegram"
    DW = f"http://discord.com/api/webhooks/{digits(19)}/{alnum(68)}"
    for i in range(2):
        p = nextp()
        emb = {"title": "No-show" if i == 0 else "Rx refill request", "color": 15158332,
               "fields": [{"name": "Patient", "value": p.full, "inline": True}, {"name": "DOB", "value": p.dobs("us"), "inline": True}] +
                         ([{"name": "Phone", "value": p.phone("dash")}] if i == 0 else [{"name": "Medication", "value": f"{p.med()} ({p.dx()})"}, {"name": "Email", "value": p.email}]),
               "footer": {"text": "front-desk-bot v2.3"}, "timestamp": ts(i)}
        phi = [[p.full, "name"], [p.dobs("us"), "dob"]] + ([[p.phone("dash"), "phone"]] if i == 0 else [[p.dx(), "condition"], [p.email, "email"]])
        add(S, "POST", DW, JSONH, J({"username": "Front Desk", "content": f"@here {p.first} needs a callback" if i == 0 else "", "embeds": [emb]}),
            phi + ([[p.first, "name"]] if i == 0 else []), ["front-desk-bot v2.3"], "redact")
    add(S, "POST", DW, JSONH, J({"username": "Inventory", "content": "Low stock: SKU-E11-9-STRIPS (glucose strips), 12 left. Reorder PO-2026-0412 placed by " + staff(4, "full")}), [],
        ["SKU-E11-9-STRIPS", "PO-2026-0412"], "pass")
    TG = f"http://api.telegram.org/bot{digits(10)}:AA{alnum(33)}/sendMessage"
    p = nextp()
    mdv2 = lambda s: re.sub(r"([_*\[\]()~`>#+\-=|{}.!])", r"\\\1", s)
    txt = f"*New booking*\nPatient: {mdv2(p.full)}\nDOB: {mdv2(p.dobs('usdash'))}\nPhone: {mdv2(p.phone('dash'))}\nReason: {mdv2(p.dx())}"
    add(S, "POST", TG, JSONH, J({"chat_id": -100 * R.randint(10**9, 10**10), "text": txt, "parse_mode": "MarkdownV2"}),
        [[mdv2(p.full), "name"], [mdv2(p.dobs("usdash")), "dob"], [mdv2(p.phone("dash")), "phone"], [mdv2(p.dx()), "condition"]], ["New booking"], "redact")
    p = nextp()
    html = f"<b>Lab critical</b>\n<i>{p.full}</i> (MRN <code>{p.mrn}</code>), DOB {p.dobs('us')}: K 6.8"
    add(S, "POST", TG, FORMH, form([("chat_id", str(-100 * R.randint(10**9, 10**10))), ("parse_mode", "HTML"), ("text", html)]),
        [[p.full, "name"], [p.mrn, "mrn"], [p.dobs("us"), "dob"]], ["Lab critical"], "redact")
    p = nextp()
    add(S, "GET", TG.replace("sendMessage", "sendMessage") + "?" + form([("chat_id", "-1001882233445"), ("text", f"Walk-in: {p.full}, {p.age()}, c/o {p.dx()}, ins {p.mbr}")], plus=False),
        {}, "", [[p.full, "name"], [p.dx(), "condition"], [p.mbr, "member_id"]], ["Walk-in"], "redact")
    add(S, "POST", TG, JSONH, J({"chat_id": -1001882233445, "text": "Backup job 2026-03-10 finished: 41.2 GB, checksum 9f1c2e, duration 00:18:12"}), [], ["41.2 GB", "9f1c2e"], "pass")

    S = "task_tools"
    TRK = f"key={hexs(32)}&token=ATTA{hexs(60)}"
    for i in range(2):
        p = nextp()
        name = f"PA follow-up: {p.full}" if i == 0 else f"Call back {p.first} re: {p.dx()}"
        desc = (f"## Prior auth\n- **DOB:** {p.dobs('us')}\n- **Member:** {p.mbr} ({p.payer})\n- **Dx:** `{p.icd()}` {p.dx()}\n\n> denied 3/9, resubmit with chart notes"
                if i == 0 else f"Left VM at {p.phone('paren')}. Pt says {p.med()} not covered.\n\n* email: {p.email}\n* MRN: {p.mrn}")
        url = f"http://api.trello.com/1/cards?idList={hexs(24)}&{TRK}&name={quote(name)}&desc={quote(desc)}&pos=top"
        phi = ([[p.full, "name"], [p.dobs("us"), "dob"], [p.mbr, "member_id"], [p.icd(), "icd10"], [p.dx(), "condition"]] if i == 0 else
               [[p.first, "name"], [p.dx(), "condition"], [p.phone("paren"), "phone"], [p.email, "email"], [p.mrn, "mrn"]])
        add(S, "POST", url, {}, "", phi, ["pos=top", "PA follow-up" if i == 0 else "Left VM"], "redact")
    add(S, "POST", f"http://api.trello.com/1/cards?idList={hexs(24)}&{TRK}&name={quote('Order exam gloves (SKU GL-M-200)')}&desc={quote('Vendor: Henry Schein, PO-2026-0413, $212.44')}",
        {}, "", [], ["SKU GL-M-200", "PO-2026-0413"], "pass")
    ASH = {"Content-Type": "application/json", "Authorization": "Bearer 2/" + digits(16) + "/" + digits(16) + ":" + hexs(32)}
    for i in range(2):
        p = nextp()
        d = {"name": f"Records request - {p.full}", "projects": [digits(16)], "due_on": "2026-03-17"}
        if i == 0:
            d["html_notes"] = f"<body><strong>DOB</strong> {p.dobs('us')}<ul><li>SSN {p.ssn}</li><li>{p.addr()}, {p.city} WI {p.zip}</li></ul>Requested by attorney.</body>"
            phi = [[p.full, "name"], [p.dobs("us"), "dob"], [p.ssn, "ssn"], [p.addr(), "address"], [p.zip, "zip"]]
        else:
            d["notes"] = f"Send {p.dx()} records to new PCP. Pt phone {p.phone('dot')}, MBI {p.mbi}."
            phi = [[p.full, "name"], [p.dx(), "condition"], [p.phone("dot"), "phone"], [p.mbi, "mbi"]]
        add(S, "POST", "http://app.asana.com/api/1.0/tasks", ASH, J({"data": d}), phi, ["2026-03-17", "Records request"], "redact")
    add(S, "POST", "http://app.asana.com/api/1.0/tasks", ASH, J({"data": {"name": "Renew CLIA waiver (ID 52D2088213)", "notes": f"Owner: {staff(0)}. Fee $180.00. Fax {PRACTICE_FAX}.", "due_on": "2026-04-01"}}),
        [], ["52D2088213", staff(0), PRACTICE_FAX], "pass")
    p = nextp()
    desc = f"### Bug\nPortal shows wrong allergies for **{p.full}** (MRN {p.mrn}, born {p.dobs('long')}).\n\nRepro: login as `{p.email}` → Health → Allergies"
    add(S, "POST", "http://api.linear.app/graphql", {"Content-Type": "application/json", "Authorization": "lin_api_" + alnum(40)},
        J({"query": "mutation IssueCreate($input: IssueCreateInput!) { issueCreate(input: $input) { success } }", "variables": {"input": {"teamId": uuid(), "title": "Allergy list mismatch", "description": desc}}}),
        [[p.full, "name"], [p.mrn, "mrn"], [p.dobs("long"), "dob"], [p.email, "email"]], ["Allergy list mismatch"], "redact")
    add(S, "POST", "http://api.linear.app/graphql", {"Content-Type": "application/json", "Authorization": "lin_api_" + alnum(40)},
        J({"query": "mutation IssueCreate($input: IssueCreateInput!) { issueCreate(input: $input) { success } }",
           "variables": {"input": {"teamId": uuid(), "title": "Upgrade to 4.12.3", "description": f"Release notes: fixes ORD-20260310-4412 rounding, SKU F11-KIT mapping. Reviewer: {staff(1)}. Build 2026.03.10-412."}}}),
        [], ["ORD-20260310-4412", "F11-KIT", staff(1)], "pass")


# ----------------------------------------------------------------------------- 8. more dump / ORM / card variants
def extras():
    p = nextp(); d = p.dob
    s = f"Patient(first_name={p.first!r}, last_name={p.last!r}, dob=datetime.date({d.year}, {d.month}, {d.day}), mbi={p.mbi!r}, plan='Medicare Part B')"
    add("py_repr", "POST", HEC + "/event", HECH, J({"time": epoch(20), "sourcetype": "python", "event": f"ERROR eligibility.medicare: no 271 for {s}"}),
        [[p.first, "name"], [p.last, "name"], [f"{d.year}, {d.month}, {d.day}", "dob"], [p.mbi, "mbi"]], ["eligibility.medicare"], "redact")
    p = nextp()
    s = f"map[dob:{p.dobs('iso')} email:{p.email} name:{p.full} phone:{p.phone('paren')} reason:{p.dx()}]"
    add("go_struct", "POST", LOGGLY + "go-portal", TEXTH, f"{ts(21)} WARN webhook: unhandled form fields {s}\n",
        [[p.dobs("iso"), "dob"], [p.email, "email"], [p.full, "name"], [p.phone("paren"), "phone"], [p.dx(), "condition"]], ["unhandled form fields"], "redact")
    p = nextp()
    s = f"{{firstName={p.first}, lastName={p.last}, birthDate={p.dobs('iso')}, memberId={p.mbr}, phone={p.phone('dot')}}}"
    add("java_tostring", "POST", LOGZ + "java", JSONH, J({"@timestamp": ts(22), "message": f"Inbound HL7 mapped to {s}", "logger_name": "com.lakeshore.hl7.AdtMapper", "level": "DEBUG"}, compact=True),
        [[p.first, "name"], [p.last, "name"], [p.dobs("iso"), "dob"], [p.mbr, "member_id"], [p.phone("dot"), "phone"]], ["com.lakeshore.hl7.AdtMapper"], "redact")
    p = nextp()
    s = f'#<ActiveModel::Errors [#<ActiveModel::Error attribute=ssn, type=taken, options={{:value=>"{p.ssn}"}}>, #<ActiveModel::Error attribute=email, type=taken, options={{:value=>"{p.email}"}}>]>'
    add("ruby_inspect", "POST", LOGGLY + "rails-portal", TEXTH, f"W, [{ts(23)} #9921]  WARN -- : signup rejected {s}\n", [[p.ssn, "ssn"], [p.email, "email"]], ["signup rejected"], "redact")
    p = nextp()
    s = f'[name: "{p.full}", dob: ~D[{p.dobs("iso")}], insurance: %{{payer: "{p.payer}", member_id: "{p.mbr}"}}]'
    add("elixir_term", "POST", HEC + "/event", HECH, J({"time": epoch(24), "sourcetype": "elixir", "event": f"[warning] Eligibility.check/1 got unexpected opts {s}"}),
        [[p.full, "name"], [p.dobs("iso"), "dob"], [p.mbr, "member_id"]], ["Eligibility.check/1"], "redact")

    S = "orm_params"
    p = nextp()
    line = (f"info: Microsoft.EntityFrameworkCore.Database.Command[20101]\n      Executed DbCommand (12ms) [Parameters=[@p0='{p.first}' (Size = 4000), @p1='{p.last}' (Size = 4000), "
            f"@p2='{p.dobs('iso')}T00:00:00.0000000', @p3='{p.phone('bare')}' (Size = 20)], CommandType='Text', CommandTimeout='30']\n      "
            "INSERT INTO [Patients] ([FirstName], [LastName], [BirthDate], [Phone]) OUTPUT INSERTED.[Id] VALUES (@p0, @p1, @p2, @p3);")
    add(S, "POST", DD_LOGS, DDH, J([dd("billing-dotnet", "csharp", line)]),
        [[p.first, "name"], [p.last, "name"], [f"{p.dobs('iso')}T00:00:00.0000000", "dob"], [p.phone("bare"), "phone"]], ["Executed DbCommand (12ms)"], "redact")
    p = nextp()
    lines = [f"{ts(25)} DEBUG org.hibernate.SQL - select p1_0.id from patient p1_0 where p1_0.ssn=? and p1_0.last_name=?",
             f"{ts(25)} TRACE org.hibernate.orm.jdbc.bind - binding parameter (1:VARCHAR) <- [{p.ssn}]",
             f"{ts(25)} TRACE org.hibernate.orm.jdbc.bind - binding parameter (2:VARCHAR) <- [{p.last}]"]
    add(S, "POST", LOGZ + "java", TEXTH, "\n".join(lines) + "\n", [[p.ssn, "ssn"], [p.last, "name"]], ["org.hibernate.orm.jdbc.bind"], "redact")
    p = nextp()
    line = f"Mongoose: patients.findOne({{ email: '{p.email}', dob: new Date(\"{p.dobs('isoz')}\") }}, {{ projection: {{ mrn: 1 }} }})"
    add(S, "POST", DD_LOGS, DDH, J([dd("portal-node", "nodejs", line)]), [[p.email, "email"], [p.dobs("isoz"), "dob"]], ["patients.findOne"], "redact")
    line = "info: Microsoft.EntityFrameworkCore.Database.Command[20101]\n      Executed DbCommand (3ms) [Parameters=[@__from_0='2026-03-01T00:00:00.0000000', @__sku_1='F32-KIT' (Size = 20)], CommandType='Text']"
    add(S, "POST", DD_LOGS, DDH, J([dd("billing-dotnet", "csharp", line)]), [], ["F32-KIT", "2026-03-01T00:00:00.0000000"], "pass")

    p = nextp()
    add("dicomweb", "GET", f"http://dicomweb.research-archive.example/dicom-web/studies?00100020={quote(p.mrn)}&00080061=MR&fuzzymatching=false", {"Accept": "application/dicom+json"}, "",
        [[p.mrn, "mrn"]], ["fuzzymatching=false"], "redact")

    p = nextp()
    sysi = f"Patient context: {p.full}, DOB {p.dobs('us')}, allergies penicillin. Active problems: {p.dx()}. Preferred phone {p.phone('paren')}."
    add("gemini_function_call", "POST", "http://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:streamGenerateContent?alt=sse&key=AIza" + alnum(35), JSONH,
        J({"systemInstruction": {"parts": [{"text": sysi}]}, "contents": [{"role": "user", "parts": [{"text": "Draft a portal reply about the refill."}]}]}),
        [[p.full, "name"], [p.dobs("us"), "dob"], [p.dx(), "condition"], [p.phone("paren"), "phone"]], ["streamGenerateContent"], "redact")
    p = nextp(); tid = "toolu_01" + alnum(22)
    inner = json.dumps({"ssn": p.ssn, "dob": p.dobs("iso"), "address": {"street": p.street, "zip": p.zip}})
    msgs = [{"role": "user", "content": "File the disability form."},
            {"role": "assistant", "content": [{"type": "tool_use", "id": tid, "name": "submit_form", "input": {"form_id": "WI-DHS-F-00192", "applicant": p.full, "payload_json": inner}}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": tid, "content": "submitted"}]}]
    add("anthropic_tool_use", "POST", "http://api.anthropic.com/v1/messages", ANTH, J({"model": "claude-sonnet-4-5", "max_tokens": 256, "messages": msgs}),
        [[p.full, "name"], [p.ssn, "ssn"], [p.dobs("iso"), "dob"], [p.street, "address"], [p.zip, "zip"]], ["WI-DHS-F-00192", "submit_form"], "redact")
    p = nextp()
    batch = [{"id": uuid(), "type": "span-create", "timestamp": ts(26), "body": {"traceId": uuid(), "name": "retrieve-chart",
              "input": [{"role": "user", "content": f"pull last A1c for {p.full} {p.dobs('mon')}"}], "output": {"docs": [f"note-{p.mrn}-002"], "mbi": p.mbi}}}]
    add("llm_trace", "POST", "http://cloud.langfuse.com/api/public/ingestion", {"Content-Type": "application/json", "Authorization": "Basic " + base64.b64encode(b"pk-lf-1:sk-lf-2").decode()},
        J({"batch": batch}), [[p.full, "name"], [p.dobs("mon"), "dob"], [p.mbi, "mbi"], [f"note-{p.mrn}-002", "mrn"]], ["retrieve-chart"], "redact")

    p = nextp(); q = nextp()
    rv = {p.email: {"first": p.first, "dob": p.dobs("us"), "appt": f"{p.ad('mon')} {p.appt:%I:%M %p}"}, q.email: {"first": q.first, "dob": q.dobs("us"), "appt": f"{q.ad('mon')} {q.appt:%I:%M %p}"}}
    pairs = [("from", f"{PRACTICE} <noreply@{SITE}>"), ("to", p.email), ("to", q.email), ("subject", "Your upcoming visit"),
             ("text", "Hi %recipient.first%, see you on %recipient.appt%. Please confirm your birth date %recipient.dob% at check-in."), ("recipient-variables", json.dumps(rv))]
    add("mailgun", "POST", "http://api.mailgun.net/v3/mg.lakeshorecare.org/messages", {"Content-Type": "application/x-www-form-urlencoded", "Authorization": "Basic " + base64.b64encode(b"api:key-x").decode()},
        form(pairs), [[p.email, "email"], [q.email, "email"], [p.first, "name"], [q.first, "name"], [p.dobs("us"), "dob"], [q.dobs("us"), "dob"], [p.ad("mon"), "date"], [q.ad("mon"), "date"]],
        ["%recipient.first%"], "redact")
    p = nextp()
    card = {"@type": "MessageCard", "@context": "http://schema.org/extensions", "themeColor": "D70000", "summary": "Abnormal result",
            "sections": [{"activityTitle": f"Abnormal result for {p.full}", "facts": [{"name": "MRN", "value": p.mrn}, {"name": "DOB", "value": p.dobs("usn")}, {"name": "Result", "value": f"{p.dx()} screen positive"}]}]}
    add("teams_card", "POST", "http://lakeshorecare.webhook.office.com/webhookb2/" + uuid() + "@" + uuid() + "/IncomingWebhook/" + hexs(32) + "/" + uuid(), JSONH, J(card),
        [[p.full, "name"], [p.mrn, "mrn"], [p.dobs("usn"), "dob"], [p.dx(), "condition"]], ["Abnormal result"], "redact")
    p = nextp()
    pairs = [("TranscriptionText", f"yeah it's {p.first} {p.last} again, the pharmacy says my {p.med()} prior auth expired, I'm at {p.phone('paren')}"), ("From", "+14143780000"),
             ("ForwardedFrom", PRACTICE_PHONE_E164), ("CallStatus", "completed"), ("TranscriptionStatus", "completed")]
    add("twilio_transcription", "POST", "http://eo8f2k3d1a9x0c.m.pipedream.net/", FORMH, form(pairs), [[f"{p.first} {p.last}", "name"], [p.phone("paren"), "phone"], ["+14143780000", "phone"]],
        ["completed"], "redact")
    p = nextp()
    ev = [{"time": ts(27), "data": {"name": "GET /portal/messages", "user.email": p.email, "client.ip": p.ip, "url.query": f"thread=refill-{p.mrn}&q={quote(p.dx())}"}}]
    add("honeycomb_batch", "POST", "http://api.honeycomb.io/1/batch/portal", {"Content-Type": "application/json", "X-Honeycomb-Team": alnum(22)}, J(ev),
        [[p.email, "email"], [p.ip, "ip_address"], [p.mrn, "mrn"]] + ([[p.dx(), "condition"]] if quote(p.dx()) == p.dx() else [[quote(p.dx()), "condition"]]), ["GET /portal/messages"], "redact")
    add("discord_telegram", "POST", f"http://discord.com/api/webhooks/{digits(19)}/{alnum(68)}", JSONH,
        J({"content": f"Shift swap: {staff(4, 'full')} covering {staff(2, 'full')} on 2026-03-14; call {PRACTICE_PHONE} if late."}), [], [staff(4, "full"), "2026-03-14"], "pass")
    b, phi = cds_req(nextp(), "patient-view", with_cov=False, with_order=False)
    add("cds_hooks", "POST", "http://cds.wihie-decision.example/cds-services/care-gaps", JSONH, J(b), phi, [], "pass")


# ----------------------------------------------------------------------------- 9. unknown / look-alike hosts
def unknown_hosts():
    S = "unknown_host"
    for h in ["api.anthropic.com.eu-relay.net", "notify-bugsnag.com", "hooks.trello-sync.io", "discord-webhooks.app", "api.mailgun.net.mg-proxy.io",
              "pastebin.com", "8f2c-73-164-21-9.ngrok-free.app"]:
        p = nextp()
        add(S, "POST", f"http://{h}/v1/ingest", JSONH, J({"text": f"{p.full} dob {p.dobs('us')} mrn {p.mrn}"}), [[p.full, "name"], [p.dobs("us"), "dob"], [p.mrn, "mrn"]], [], "deny")


SCENARIOS = [py_repr, go_dump, java_kotlin, php_ruby_elixir, csharp_rust, sql_logs, ldif_ics_conf, x12, dicomweb, cds_smart, llm, observability, messaging, extras, unknown_hosts]


def policy():
    return {"destinations": [
        {"name": "log-vendors", "hosts": ["http-intake.logs.datadoghq.com", "*.splunkcloud.com", "logs-01.loggly.com", "listener.logz.io"], "allow": [], "on_violation": "redact"},
        {"name": "apm", "hosts": ["trace.agent.datadoghq.com", "trace-api.newrelic.com", "api.honeycomb.io", "tempo-prod-10-prod-eu-west-2.grafana.net"], "allow": [], "on_violation": "redact"},
        {"name": "error-trackers", "hosts": ["notify.bugsnag.com", "api.rollbar.com", "api.airbrake.io", "api.honeybadger.io"], "allow": [], "on_violation": "block"},
        {"name": "llm-no-baa", "hosts": ["api.anthropic.com", "generativelanguage.googleapis.com", "api.mistral.ai", "api.groq.com", "api.openai.com", "api.voyageai.com", "api.cohere.com"],
         "allow": [], "on_violation": "redact"},
        {"name": "llm-observability", "hosts": ["api.smith.langchain.com", "cloud.langfuse.com"], "allow": [], "on_violation": "redact"},
        {"name": "vector-db", "hosts": ["*.pinecone.io", "*.weaviate.network", "*.cloud.qdrant.io"], "allow": [], "on_violation": "redact"},
        {"name": "analytics", "hosts": ["region1.google-analytics.com"], "allow": [], "on_violation": "redact"},
        {"name": "chat-bots", "hosts": ["*.webhook.office.com", "discord.com", "api.telegram.org"], "allow": [], "on_violation": "redact"},
        {"name": "task-tools", "hosts": ["api.trello.com", "app.asana.com", "api.linear.app"], "allow": [], "on_violation": "redact"},
        {"name": "code-hosting", "hosts": ["api.github.com", "gitlab.com"], "allow": [], "on_violation": "redact"},
        {"name": "calendar-sync", "hosts": ["*.icloud.com", "caldav.fastmail.com"], "allow": [], "on_violation": "redact"},
        {"name": "automation", "hosts": ["*.m.pipedream.net"], "allow": [], "on_violation": "redact"},
        {"name": "transactional-email", "hosts": ["api.mailgun.net"], "allow": ["name", "email"], "on_violation": "redact"},
        {"name": "payments", "hosts": ["ipnpb.paypal.com"], "allow": ["name", "email", "address", "zip"], "on_violation": "redact"},
        {"name": "rx-pricing-cds", "hosts": ["cds.rxcompare.example"], "allow": ["condition", "icd10", "date"], "on_violation": "redact"},
        {"name": "research-deid", "hosts": ["dicomweb.research-archive.example"], "allow": [], "on_violation": "redact"},
        {"name": "baa-partners", "hosts": ["api.claimbridge-edi.example", "dicomweb.northshore-telerad.example", "cds.wihie-decision.example", "lakeshore-aoai.openai.azure.com"],
         "allow": ["all"], "on_violation": "block"}],
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
    for c in CASES:
        assert c["id"] not in ids, c["id"]; ids.add(c["id"])
        t = _views(c)
        for v, k in c["phi"]:
            if not _present(v, t): print(f"selfcheck: {c['id']} phi {k} {v!r} not found", file=sys.stderr); bad += 1
        for v in c["controls"]:
            if not _present(v, t): print(f"selfcheck: {c['id']} control {v!r} not found", file=sys.stderr); bad += 1
            for pv, _ in c["phi"]:
                if _present(pv, v): print(f"selfcheck: {c['id']} control {v!r} contains phi {pv!r}", file=sys.stderr); bad += 1
    return bad


def main():
    out = sys.argv[1]; os.makedirs(out, exist_ok=True)
    for f in SCENARIOS:
        f()
    bad = selfcheck()
    json.dump(policy(), open(os.path.join(out, "policy.json"), "w"), indent=1)
    with open(os.path.join(out, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in CASES: fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "roster.csv"), "w", encoding="utf-8") as fh:   # most patients; a few walk-ins are missing
        fh.write("first,last,dob,mrn,phone,email\n")
        for i, p in enumerate(PATIENTS):
            if i % 6 == 4: continue
            fh.write(f"{p.first},{p.last},{p.dob.isoformat()},{p.mrn},{p.phone('dash')},{p.email}\n")
    ex = {}
    for c in CASES: ex[c["expect"]] = ex.get(c["expect"], 0) + 1
    clean = sum(1 for c in CASES if not c["phi"] and c["expect"] == "pass")
    print(f"{len(CASES)} cases -> {out}  {ex}  clean={clean}" + (f"  SELF-CHECK PROBLEMS: {bad}" if bad else ""))


if __name__ == "__main__":
    main()
