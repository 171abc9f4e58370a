#!/usr/bin/env python3
"""probe19: outbound traffic of a women's and family health practice (Bayou City Family & Women's
Health, Houston TX) in request formats none of the earlier probes (12-18) or the seed corpus were
written against: Segment batch / pixel (base64 data=), mParticle v2 events, Customer.io Track and
Pipelines APIs, raw MessagePack bodies and MessagePack-as-base64, Stripe form metadata, Adyen and
Checkout.com payments, Datadog logs / RUM NDJSON / events / metrics, Sentry envelopes (newline
separated headers + items, attachments, sessions, client reports), GlitchTip store, Logz.io bulk
NDJSON, Papertrail text, Better Stack, Grafana Faro, OpenAI Responses / Assistants / embeddings,
Anthropic messages with tool_use / tool_result / document blocks, Cohere v1 and v2 chat, Mistral
chat and embeddings, Voyage embeddings, Algolia batch, Meilisearch documents and search, Typesense
JSONL import, Twilio Conversations and Flex (form params holding JSON), SendBird and Stream chat,
Freshdesk notes and tickets, Zendesk tickets and users, Salesforce Composite / sObject collections,
Dynamics 365 OData (JSON, $filter in URL, $batch multipart/mixed), NetSuite SuiteTalk SOAP and REST,
Workday-like XML with attribute values, Epic-like proprietary JSON, athenaNet-like flat form and
JSON, HL7 v2 ADT A04/A08 and SIU S12 with v2.7 truncation character, LF separators, MLLP framing,
an unusual field separator, FHS/BHS batches and escape sequences, NCPDP-like pipe text, CSV with
quoted fields / doubled quotes / embedded newlines, semicolon CSV, Markdown with YAML front matter
(GitLab files API, GitHub contents API in base64), XML with namespaces and values in attributes,
CDATA, SAMLResponse in a form, protobuf text format, URL-encoded JSON in pixel query params
(Pinterest, Snap, Reddit), nested base64 JSON inside form fields, multipart/related Drive uploads,
multipart/form-data e-fax with JSON parts, GraphQL mutations (Shopify Admin, AppSync), Cal.com /
Tally / Fillout / SignNow-like webhooks relayed through Pipedream, SOAP notes, discharge summaries,
referral e-mails, chat transcripts, Dialogflow CX / Lex / Wit.ai voice intents, e-mail threads with
quoted replies and signatures (SparkPost, SES v2, Resend), abbreviations (pt, DOB, D.O.B., Ph#, Tel.,
MRN#, Acct#), dates such as "March 3rd 1961", "3-Mar-61", "1961.03.03", "03031961", phones such as
"+1.713.824.3391", "713 824 3391 x12", "(713)8243391", addresses with units, PO boxes, rural routes
and highway contract routes; clean look-alikes (orders, tracking numbers, SKUs, catalog products
named after conditions, the practice's own phone and address, provider directories, aggregate
statistics), BAA vendors with allow lists, allow-all partners, block-on-violation error trackers
and unknown hosts.

The roster (roster.csv) lists only every other patient, so exact matching covers about half.
Values inside base64 that a vendor would decode but the harness cannot (anything but a `data=`
parameter) are listed as the base64 blob itself, under the most sensitive category inside it.
Format of the output: see /work/shared/eval/gen_example.py (policy.json, cases.jsonl, roster.csv).
Usage: probe19_gen.py OUT_DIR   (deterministic: seed 190019)"""
import base64, json, os, random, re, struct, sys
from datetime import date, datetime, timedelta
from urllib.parse import quote, unquote, unquote_plus, urlsplit

R = random.Random(190019)
SITE = "bayoucityfwh.org"
PORTAL = "https://portal.bayoucityfwh.org"
PRACTICE = "Bayou City Family & Women's Health"
PRACTICE_ADDR = "2400 Fannin St Suite 1100"
PRACTICE_CITY = "Houston, TX 77002"
PRACTICE_ZIP = "77002"
PRACTICE_PHONE = "(713) 426-8800"
PRACTICE_PHONE_DOT = "713.426.8800"
PRACTICE_FAX = "(713) 426-8801"
BUILD = "3.9.1"
STAFF = [("Amara", "Nwachukwu", "MD", "Obstetrics & Gynecology"), ("Steven", "Cho", "MD", "Family Medicine"),
         ("Rosa", "Delgado", "NP", "Women's Health"), ("Hollis", "Greer", "DO", "Addiction Medicine"),
         ("Priyanka", "Bose", "PA-C", "Family Medicine"), ("Marcus", "Bell", "RN", "Care Coordination")]

NAMES = [("Adaeze", "Okonkwo-Baptiste", "F"), ("Thuy Tien", "Tran", "F"), ("Rafael", "Quintanilla", "M"), ("Marisol", "Ybarra", "F"),
         ("Oluwaseun", "Adeyemi", "M"), ("Khadija", "Osman", "F"), ("Dmitri", "Volkov", "M"), ("Anjali", "Deshpande", "F"),
         ("Hyun-woo", "Kang", "M"), ("Beatriz", "Oliveira Souza", "F"), ("Tariq", "Al-Masri", "M"), ("Yolanda", "Peña", "F"),
         ("Cornelius", "Abernathy", "M"), ("Shanice", "Holloway", "F"), ("Bao", "Vang", "M"), ("Imani", "Okafor-Reed", "F"),
         ("Lorenzo", "Benavides", "M"), ("Fatemeh", "Rahimi", "F"), ("Kenji", "Watanabe", "M"), ("Guadalupe", "Zamora", "F"),
         ("Jolene", "McAllister", "F"), ("Ravi", "Subramanian", "M"), ("Naomi", "Feldstein", "F"), ("Chidi", "Nwosu", "M"),
         ("Svetlana", "Morozova", "F"), ("Emeka", "Obi", "M"), ("Xochitl", "Huerta", "F"), ("Ngozi", "Eze", "F"),
         ("Minh Duc", "Pham", "M"), ("Aaliyah", "Jefferson", "F"), ("Bartholomew", "Kowalski", "M"), ("Hamid", "Sultani", "M"),
         ("Lucía", "Robledo", "F"), ("Tevita", "Fifita", "M"), ("Wren", "Castellanos", "F"), ("Yusuf", "Demir", "M"),
         ("Brigid", "O'Rourke", "F"), ("Kalani", "Akana", "F"), ("Aurelio", "Santangelo", "M"), ("Precious", "Mbeki", "F"),
         ("Jae-hyun", "Seo", "M"), ("Darnell", "Whitfield", "M"), ("Zainab", "Haruna", "F"), ("Theodora", "Lindqvist", "F")]
AREAS = [713, 713, 832, 281, 346]
STREETS = ["Telephone Rd", "Bellaire Blvd", "Westheimer Rd", "Airline Dr", "Fondren Rd", "Gessner Rd", "Hillcroft Ave", "Wayside Dr",
           "Long Point Rd", "Antoine Dr", "Cullen Blvd", "Aldine Bender Rd", "Richmond Ave", "Kirby Dr", "Scott St", "Harrisburg Blvd"]
CITIES = [("Houston", ["77023", "77036", "77057", "77081", "77092", "77099", "77028", "77019", "77056"]), ("Pasadena", ["77502", "77506"]),
          ("Sugar Land", ["77478"]), ("Katy", ["77494"]), ("Pearland", ["77581"]), ("Baytown", ["77520"])]
RURAL = [("Dayton", "77535"), ("Cleveland", "77327"), ("Hockley", "77447"), ("Needville", "77461"), ("Crosby", "77532")]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "att.net", "hotmail.com", "protonmail.com"]
CONDS = [  # icd10, diagnosis text, medication
    ("B20", "HIV", "Biktarvy"), ("F32.9", "major depressive disorder", "sertraline"), ("F11.20", "opioid use disorder", "buprenorphine"),
    ("Z34.01", "first pregnancy", "prenatal vitamins"), ("E11.65", "type 2 diabetes", "metformin"), ("B18.2", "chronic hepatitis C", "Epclusa"),
    ("F20.9", "schizophrenia", "risperidone"), ("F10.20", "alcohol use disorder", "naltrexone"), ("A53.9", "syphilis", "penicillin G benzathine"),
    ("F43.10", "PTSD", "prazosin"), ("F53.0", "postpartum depression", "zuranolone"), ("A56.00", "chlamydia", "doxycycline"),
    ("F31.9", "bipolar disorder", "lithium"), ("C50.912", "breast cancer", "letrozole"), ("D57.1", "sickle cell disease", "hydroxyurea"),
    ("G40.909", "epilepsy", "levetiracetam"), ("F50.01", "anorexia nervosa", "olanzapine"), ("O03.9", "miscarriage", "misoprostol"),
    ("N18.30", "chronic kidney disease stage 3", "losartan"), ("F90.2", "ADHD", "methylphenidate"),
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"


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
    mon = MONTHS[m - 1]
    return {"iso": f"{y}-{m:02d}-{dd:02d}", "us": f"{m:02d}/{dd:02d}/{y}", "usn": f"{m}/{dd}/{y}", "us2": f"{m}/{dd}/{str(y)[2:]}",
            "ord": f"{mon} {ordinal(dd)} {y}", "ordc": f"{mon} {ordinal(dd)}, {y}", "dmony": f"{dd}-{mon[:3]}-{str(y)[2:]}",
            "dmonY": f"{dd:02d}-{mon[:3].upper()}-{y}", "dot": f"{y}.{m:02d}.{dd:02d}", "mdy8": f"{m:02d}{dd:02d}{y}", "d8": f"{y}{m:02d}{dd:02d}",
            "long": f"{mon} {dd}, {y}", "abbr": f"{mon[:3]}. {dd}, {y}", "dlong": f"{dd} {mon} {y}", "the": f"the {ordinal(dd)} of {mon}, {y}",
            "usdash": f"{m:02d}-{dd:02d}-{y}", "md": f"{mon[:3]} {dd}", "lower": f"{mon.lower()} {ordinal(dd)} {y}"}[style]


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
    if style == "last": return l
    return f"{f} {l}"


def member_id():
    k = R.randint(0, 5)
    if k == 0: return "Texas Medicaid (Superior HealthPlan)", digits(9)
    if k == 1: return "Blue Cross Blue Shield of Texas", "XOH" + digits(9)
    if k == 2: return "UnitedHealthcare", digits(9) + "-01"
    if k == 3: return "Cigna", "U" + digits(8) + " 01"
    if k == 4: return "Humana", "H" + digits(8)
    return "Aetna", "W" + digits(9)


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"; A = L + "0123456789"
    return "".join([str(R.randint(1, 9)), R.choice(L), R.choice(A), str(R.randint(0, 9)), R.choice(L), R.choice(A),
                    str(R.randint(0, 9)), R.choice(L), R.choice(L), str(R.randint(0, 9)), str(R.randint(0, 9))])


def ssn():
    a = R.choice([R.randint(400, 665), R.randint(500, 599), R.randint(100, 399), R.randint(667, 772)])
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


class P:
    def __init__(self, first, last, sex):
        self.first, self.last, self.sex = first, last, sex
        self.full = f"{first} {last}"
        self.dob = date(1940, 1, 1) + timedelta(days=R.randint(0, 23000))
        self.mrn = R.choice([f"BC-{R.randint(10**7, 10**8 - 1)}", f"E{R.randint(10**6, 10**7 - 1)}", f"{R.randint(10**7, 10**8 - 1)}", f"BCF{R.randint(10**5, 10**6 - 1)}"])
        self.acct = f"{R.randint(10**8, 10**9 - 1)}"
        self.area = R.choice(AREAS)
        self.exch = R.choice([x for x in range(201, 990) if x % 100 != 11 and x not in (555, 426)])
        self.line = R.randint(1000, 9999)
        fl = re.sub(r"[^a-z]", "", first.lower().replace("í", "i").replace("ñ", "n")); ll = re.sub(r"[^a-z]", "", last.lower().replace("ñ", "n"))
        loc = R.choice([f"{fl}.{ll}", f"{fl[0]}{ll}", f"{fl}{ll[:3]}{R.randint(1, 99)}", f"{ll}.{fl[0]}{R.randint(60, 99)}",
                        R.choice(["htownmama", "astrosfan", "bayoulife", "gulfbreeze", "texasrose"]) + str(R.randint(1, 999))])
        self.email = f"{loc}@{R.choice(EMAIL_DOMAINS)}"
        self.ssn = ssn()
        k = R.randint(0, 9)
        if k <= 1:
            self.city, self.zip = R.choice(RURAL)
            self.street = R.choice([f"RR {R.randint(1, 4)} Box {R.randint(10, 399)}", f"HC {R.randint(60, 69)} Box {R.randint(1000, 2999)}",
                                    f"PO Box {R.randint(100, 9999)}", f"P.O. Box {R.randint(100, 999)}"])
            self.unit = ""
        else:
            self.city, zips = R.choice(CITIES); self.zip = R.choice(zips)
            self.street = f"{R.randint(100, 12999)} {R.choice(STREETS)}"
            self.unit = R.choice(["", "", f"Apt {R.randint(1, 40)}{R.choice(['', 'B', 'C'])}", f"Unit {R.randint(1, 9)}{R.choice('ABCD')}", f"#{R.randint(100, 2400)}"])
        self.payer, self.mbr = member_id()
        self.mbi = mbi()
        self.cond = R.choice(CONDS)
        d0 = date(2026, 4, 6) + timedelta(days=R.randint(0, 50))
        while d0.weekday() > 4: d0 += timedelta(days=1)
        self.appt = datetime(d0.year, d0.month, d0.day, R.randint(8, 16), R.choice([0, 15, 30, 45]))
        self.ip = f"{R.choice([73, 76, 98, 99, 107, 174, 24, 67, 162])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"
        self.dl = digits(8)

    def phone(self, style="dash"):
        a, e, l = self.area, self.exch, self.line
        return {"paren": f"({a}) {e}-{l}", "dash": f"{a}-{e}-{l}", "dot": f"{a}.{e}.{l}", "e164": f"+1{a}{e}{l}", "bare": f"{a}{e}{l}",
                "dot1": f"+1.{a}.{e}.{l}", "tight": f"({a}){e}{l}", "slash": f"{a}/{e}-{l}", "one": f"1-{a}-{e}-{l}", "intl": f"+1 ({a}) {e}-{l}",
                "spc": f"{a} {e} {l}"}[style]

    def dobs(self, style="iso"):
        return fd(self.dob, style)

    def ad(self, style="iso"):
        return fd(self.appt.date(), style)

    def at(self, style="off"):
        a = self.appt
        if style == "off": return f"{a:%Y-%m-%dT%H:%M}:00-05:00"
        if style == "z": return (a + timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M:00Z")
        if style == "human": return f"{MONTHS[a.month - 1]} {a.day} at {a:%-I:%M %p}"
        if style == "hl7": return f"{a:%Y%m%d%H%M}"
        return f"{a:%Y-%m-%d %H:%M}"

    def addr_line(self):
        return f"{self.street} {self.unit}".strip()

    def age(self, on=date(2026, 4, 2)):
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))

    def dx(self): return self.cond[1]
    def icd(self): return self.cond[0]
    def med(self): return self.cond[2]


PATIENTS = [P(*n) for n in NAMES]
PATIENTS[43].dob = date(1933, 8, 19)     # Theodora Lindqvist, 92
ELDER = PATIENTS[43]
_order = list(range(len(PATIENTS) - 1))
_pos = [0]


def nextp():
    if _pos[0] % len(_order) == 0: R.shuffle(_order)
    p = PATIENTS[_order[_pos[0] % len(_order)]]; _pos[0] += 1
    return p


def nextf():
    while True:
        p = nextp()
        if p.sex == "F": return p


def tstamp(i=0):
    return datetime(2026, 4, 2, 8, 5, 11) + timedelta(minutes=17 * i + R.randint(0, 15), seconds=R.randint(0, 59))


def ts(i=0):
    return tstamp(i).strftime("%Y-%m-%dT%H:%M:%S.") + f"{R.randint(0, 999):03d}Z"


def epoch(i=0):
    return 1775117000 + i * 1020 + R.randint(0, 900)


def order_no():
    return f"BC-{R.randint(100000, 999999)}"


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
    return "&".join(f"{quote(k, safe='.[]$')}={quote(str(v), safe='')}" for k, v in pairs)


def b64(s):
    return base64.b64encode(s.encode() if isinstance(s, str) else s).decode()


JSONH = {"Content-Type": "application/json"}
FORMH = {"Content-Type": "application/x-www-form-urlencoded"}
TEXTH = {"Content-Type": "text/plain; charset=utf-8"}


def NM(p):
    return [[p.first, "name"], [p.last, "name"]]


# ----------------------------------------------------------------------------- 1. CDP batches: Segment, mParticle, Customer.io
SEG = "http://api.segment.io"
MPT = "http://s2s.us2.mparticle.com"
CIO = "http://track.customer.io"
CIOP = "http://cdp.customer.io"
SEGH = {"Content-Type": "application/json", "Authorization": "Basic " + b64("wk_" + "q8Z2kLx0Pp3Nc7vR" + ":")}


def cdp():
    S = "segment_batch"
    p = nextp(); mid1, mid2 = uuid(), uuid()
    body = {"batch": [
        {"type": "identify", "messageId": mid1, "userId": f"usr_{alnum(10)}", "timestamp": ts(1),
         "traits": {"givenName": p.first, "surname": p.last, "birthday": p.dobs("dmony"), "mobileNumber": p.phone("dot1"), "zip5": p.zip,
                    "insuranceMemberNo": p.mbr}},
        {"type": "track", "messageId": mid2, "event": "Appointment Requested", "timestamp": ts(1),
         "properties": {"visitReason": f"{p.dx()} - new patient intake", "clinic": "Fannin", "preferredDay": "Tue"}}],
        "context": {"library": {"name": "analytics-node", "version": "2.1.1"}}}
    add(S, "POST", f"{SEG}/v1/batch", SEGH, J(body),
        NM(p) + [[p.dobs("dmony"), "dob"], [p.phone("dot1"), "phone"], [p.zip, "zip"], [p.mbr, "member_id"], [p.dx(), "condition"]],
        ["Appointment Requested", mid1, "analytics-node"], "redact")
    p = nextp()
    url = f"{PORTAL}/intake/step-2?{qs([('patient_email', p.email), ('dob', p.dobs('us')), ('ref', 'sms')])}"
    body = {"type": "page", "name": "Intake Step 2", "anonymousId": uuid(), "properties": {"url": url, "path": "/intake/step-2", "referrer": "https://www.google.com/"},
            "context": {"page": {"url": url, "search": "?" + url.split("?")[1]}, "userAgent": UA}, "sentAt": ts(2)}
    add(S, "POST", f"{SEG}/v1/page", SEGH, J(body), [[p.email, "email"], [p.dobs("us"), "dob"]], ["Intake Step 2", "/intake/step-2"], "redact")
    # Segment pixel API: base64 JSON in data=
    p = nextp()
    px = {"writeKey": "q8Z2kLx0Pp3Nc7vR", "event": "Refill Requested", "userId": p.mrn,
          "properties": {"patientName": p.full, "rx": p.med(), "callback": p.phone("tight")}}
    add(S, "GET", f"{SEG}/v1/pixel/track?data={quote(b64(J(px, compact=True)), safe='')}", {"Accept": "image/gif"}, "",
        [[p.mrn, "mrn"], [p.full, "name"], [p.phone("tight"), "phone"]], [], "redact")
    o = order_no()
    body = {"userId": f"anon-{hexs(12)}", "event": "Order Completed", "properties": {"order_id": o, "revenue": 69.98, "currency": "USD",
            "products": [{"sku": "DCK-200", "name": "Diabetes Care Kit", "price": 34.99, "quantity": 2}], "coupon": "SPRING10"}, "timestamp": ts(3)}
    add(S, "POST", f"{SEG}/v1/track", SEGH, J(body), [], [o, "DCK-200", "Diabetes Care Kit", "SPRING10"], "pass")
    body = {"type": "track", "event": "Prenatal Class Viewed", "anonymousId": uuid(),
            "properties": {"class_id": "CLS-PRENATAL-101", "title": "Healthy Pregnancy: First Trimester", "price": "0.00", "instructor": staff(2, "name")},
            "timestamp": ts(4)}
    add(S, "POST", f"{SEG}/v1/track", SEGH, J(body), [], ["CLS-PRENATAL-101", "Healthy Pregnancy: First Trimester"], "pass")

    S = "mparticle_events"
    MPH = {"Content-Type": "application/json", "Authorization": "Basic " + b64("us2-" + hexs(32) + ":" + alnum(40))}
    p = nextp()
    body = {"schema_version": 2, "environment": "production",
            "user_attributes": {"$FirstName": p.first, "$LastName": p.last, "$Mobile": p.phone("intl"), "$Zip": p.zip, "$Address": p.addr_line(),
                                "date_of_birth": p.dobs("d8")},
            "user_identities": {"email": p.email, "customer_id": p.mrn},
            "events": [{"data": {"event_name": "result_viewed", "custom_event_type": "other", "timestamp_unixtime_ms": epoch(5) * 1000,
                                 "custom_attributes": {"reason": f"confirmed {p.dx()}", "panel": "HCG quant"}}, "event_type": "custom_event"}],
            "device_info": {"platform": "iOS", "ios_idfv": uuid().upper()}}
    add(S, "POST", f"{MPT}/v2/events", MPH, J(body),
        NM(p) + [[p.phone("intl"), "phone"], [p.zip, "zip"], [p.street, "address"], [p.dobs("d8"), "dob"], [p.email, "email"], [p.mrn, "mrn"], [p.dx(), "condition"]],
        ["result_viewed", "HCG quant"], "redact")
    p = nextp(); q = nextp()
    body = [{"events": [{"data": {"event_name": "eligibility_checked", "custom_attributes": {"payer": x.payer, "plan_member": x.mbr}}, "event_type": "custom_event"}],
             "user_identities": {"customer_id": x.mrn, "other_id_2": x.mbr}, "ip": x.ip, "environment": "production"} for x in (p, q)]
    add(S, "POST", f"{MPT}/v2/bulkevents", MPH, J(body),
        sum([[[x.mbr, "member_id"], [x.mrn, "mrn"], [x.ip, "ip_address"]] for x in (p, q)], []), ["eligibility_checked"], "redact")
    body = {"schema_version": 2, "environment": "production", "events": [{"data": {"event_name": "app_open", "session_uuid": uuid(), "timestamp_unixtime_ms": epoch(6) * 1000},
            "event_type": "session_start"}], "application_info": {"application_version": "5.12.0", "application_build_number": "51200"},
            "device_info": {"platform": "Android", "device_manufacturer": "Google", "os_version": "14"}}
    add(S, "POST", f"{MPT}/v2/events", MPH, J(body), [], ["5.12.0", "app_open"], "pass")

    S = "customerio_track"
    p = nextp()
    CIOH = {"Content-Type": "application/json", "Authorization": "Basic " + b64("a1b2c3d4e5f6:" + hexs(20))}
    body = {"created_at": epoch(7), "first_name": p.first, "last_name": p.last, "birthdate": p.dobs("dot"), "phone": p.phone("tight"),
            "diagnosis_group": f"{p.dx()} care", "preferred_language": "en"}
    add(S, "PUT", f"{CIO}/api/v1/customers/{quote(p.email, safe='')}", CIOH, J(body),
        [[p.email, "email"]] + NM(p) + [[p.dobs("dot"), "dob"], [p.phone("tight"), "phone"], [p.dx(), "condition"]], ["preferred_language"], "redact")
    p = nextp()
    body = {"userId": p.mrn, "traits": {"addr_line1": p.street, "addr_unit": p.unit or "-", "addr_city": p.city, "addr_zip": p.zip, "home_tel": p.phone("slash")},
            "type": "identify", "messageId": uuid()}
    add(S, "POST", f"{CIOP}/v1/identify", CIOH, J(body), [[p.mrn, "mrn"], [p.street, "address"], [p.zip, "zip"], [p.phone("slash"), "phone"]], ["addr_city"], "redact")
    p = nextp()
    body = {"name": "refill_reminder_sent", "data": {"rx": f"{p.med()} refill", "dx": p.dx(), "recipient": p.full, "acct": f"Acct# {p.acct}"}}
    add(S, "POST", f"{CIO}/api/v1/customers/{p.mrn}/events", CIOH, J(body), [[p.mrn, "mrn"], [p.dx(), "condition"], [p.full, "name"], [p.acct, "mrn"]],
        ["refill_reminder_sent"], "redact")
    body = {"name": "flu_clinic_announcement", "data": {"clinic_phone": PRACTICE_PHONE, "clinic_address": f"{PRACTICE_ADDR}, {PRACTICE_CITY}", "event_date": "2026-10-03",
                                                        "hours": "9am-1pm"}}
    add(S, "POST", f"{CIO}/api/v1/campaigns/114/triggers", CIOH, J(body), [], [PRACTICE_PHONE, PRACTICE_ADDR, "2026-10-03"], "pass")


# ----------------------------------------------------------------------------- 2. MessagePack bodies
def mp(o):
    if o is None: return b"\xc0"
    if o is True: return b"\xc3"
    if o is False: return b"\xc2"
    if isinstance(o, int):
        if 0 <= o < 128: return bytes([o])
        if 0 <= o < 2**32: return b"\xce" + struct.pack(">I", o)
        return b"\xcf" + struct.pack(">Q", o)
    if isinstance(o, float): return b"\xcb" + struct.pack(">d", o)
    if isinstance(o, str):
        b = o.encode()
        if len(b) < 32: return bytes([0xa0 | len(b)]) + b
        if len(b) < 256: return b"\xd9" + bytes([len(b)]) + b
        return b"\xda" + struct.pack(">H", len(b)) + b
    if isinstance(o, (list, tuple)):
        return (bytes([0x90 | len(o)]) if len(o) < 16 else b"\xdc" + struct.pack(">H", len(o))) + b"".join(mp(x) for x in o)
    if isinstance(o, dict):
        return (bytes([0x80 | len(o)]) if len(o) < 16 else b"\xde" + struct.pack(">H", len(o))) + b"".join(mp(k) + mp(v) for k, v in o.items())
    raise TypeError(o)


def msgpack_cases():
    S = "msgpack"
    p = nextp()
    o = {"e": "identify", "uid": p.mrn, "t": {"fn": p.first, "ln": p.last, "dob": p.dobs("us"), "ph": p.phone("e164")}, "ts": epoch(8)}
    add(S, "POST", "http://api.june.so/sdk/batch", {"Content-Type": "application/x-msgpack"}, mp(o),
        [[p.mrn, "mrn"]] + NM(p) + [[p.dobs("us"), "dob"], [p.phone("e164"), "phone"]], [], "redact")
    p = nextp()
    blob = b64(mp({"event": "symptom_checker_done", "props": {"name": p.full, "answer": p.dx(), "zip": p.zip, "ssn4": p.ssn[-4:]}, "ip": p.ip}))
    add(S, "POST", "http://api.june.so/sdk/track", JSONH, J({"writeKey": "jn_" + alnum(24), "encoding": "msgpack+base64", "payload": blob}),
        [[blob, "condition"]], ["msgpack+base64"], "redact")
    o = {"e": "track", "n": "Checkout Completed", "p": {"order": order_no(), "sku": "PNV-90", "price": 24.5, "ver": BUILD}, "ts": epoch(9)}
    add(S, "POST", "http://api.june.so/sdk/batch", {"Content-Type": "application/x-msgpack"}, mp(o), [], ["PNV-90"], "pass")


# ----------------------------------------------------------------------------- 3. payments: Stripe, Adyen, Checkout.com
STRIPE = "http://api.stripe.com"
STH = {"Content-Type": "application/x-www-form-urlencoded", "Authorization": "Bearer sk_live_" + alnum(24), "Stripe-Version": "2024-06-20"}
ADY = "http://checkout-live.adyen.com"
ADH = {"Content-Type": "application/json", "X-API-Key": "AQE" + alnum(60)}
CKO = "http://api.checkout.com"
CKH = {"Content-Type": "application/json", "Authorization": "Bearer sk_" + alnum(30)}


def payments():
    S = "stripe_form"
    p = nextp(); cus = "cus_" + alnum(14)
    pairs = [("amount", "4500"), ("currency", "usd"), ("customer", cus), ("description", f"Copay - MAT visit ({p.dx()})"),
             ("metadata[patient_mrn]", p.mrn), ("metadata[dob]", p.dobs("mdy8")), ("receipt_email", p.email), ("statement_descriptor_suffix", "COPAY")]
    add(S, "POST", f"{STRIPE}/v1/payment_intents", STH, form(pairs),
        [[p.dx(), "condition"], [p.mrn, "mrn"], [p.dobs("mdy8"), "dob"], [p.email, "email"]], [cus, "COPAY"], "redact")
    p = nextp()
    pairs = [("name", p.full), ("email", p.email), ("phone", p.phone("dot")), ("address[line1]", p.street), ("address[line2]", p.unit or ""),
             ("address[city]", p.city), ("address[state]", "TX"), ("address[postal_code]", p.zip), ("metadata[member_id]", p.mbr), ("metadata[plan]", p.payer)]
    add(S, "POST", f"{STRIPE}/v1/customers", STH, form(pairs),
        [[p.full, "name"], [p.email, "email"], [p.street, "address"], [p.zip, "zip"], [p.phone("dot"), "phone"], [p.mbr, "member_id"]], [p.payer], "redact")
    p = nextp(); cus = "cus_" + alnum(14)
    pairs = [("customer", cus), ("amount", "3800"), ("currency", "usd"),
             ("description", f"Lab panel for {p.full}: HIV-1/2 Ag/Ab, RPR (syphilis screen), DOB {p.dobs('us2')}")]
    add(S, "POST", f"{STRIPE}/v1/invoiceitems", STH, form(pairs), [[p.full, "name"], ["HIV", "condition"], ["syphilis", "condition"], [p.dobs("us2"), "dob"]],
        [cus, "RPR"], "redact")
    p = nextp(); pi = "pi_" + alnum(24)
    pairs = [("metadata[ssn]", p.ssn), ("metadata[guarantor]", p.full), ("metadata[visit_date]", p.ad("us"))]
    add(S, "POST", f"{STRIPE}/v1/payment_intents/{pi}", STH, form(pairs), [[p.ssn, "ssn"], [p.full, "name"], [p.ad("us"), "date"]], [pi], "redact")
    pairs = [("product", "prod_" + alnum(14)), ("unit_amount", "3499"), ("currency", "usd"), ("nickname", "Diabetes Care Kit - single"), ("lookup_key", "dck_200_single")]
    add(S, "POST", f"{STRIPE}/v1/prices", STH, form(pairs), [], ["Diabetes Care Kit - single", "dck_200_single", "3499"], "pass")
    pairs = [("amount", "14500"), ("currency", "usd"), ("description", "Invoice INV-2026-004417 (Medline order 7712 3456 7890)"),
             ("metadata[po]", "PO-88213"), ("metadata[vendor_phone]", "1-800-633-5463")]
    add(S, "POST", f"{STRIPE}/v1/payment_intents", STH, form(pairs), [], ["INV-2026-004417", "PO-88213", "7712 3456 7890"], "pass")

    S = "adyen_payments"
    p = nextp(); ref = order_no()
    body = {"amount": {"currency": "USD", "value": 7500}, "reference": ref, "merchantAccount": "BayouCityFWH_ECOM", "shopperReference": p.mrn,
            "shopperName": {"firstName": p.first, "lastName": p.last}, "dateOfBirth": p.dobs("iso"), "telephoneNumber": p.phone("dot1"),
            "shopperEmail": p.email, "billingAddress": {"street": p.street, "houseNumberOrName": p.unit or "N/A", "city": p.city, "postalCode": p.zip,
                                                          "stateOrProvince": "TX", "country": "US"},
            "metadata": {"visitType": "prenatal", "icd": "Z34.01"}, "paymentMethod": {"type": "scheme", "encryptedCardNumber": "adyenjs_0_1_25$" + alnum(40)}}
    add(S, "POST", f"{ADY}/v71/payments", ADH, J(body),
        [[p.mrn, "mrn"], [p.dobs("iso"), "dob"], [p.phone("dot1"), "phone"], ["Z34.01", "icd10"]] + NM(p) + [[p.email, "email"], [p.street, "address"], [p.zip, "zip"]],
        [ref, "BayouCityFWH_ECOM"], "redact")
    p = nextf()
    body = {"amount": {"currency": "USD", "value": 4000}, "reference": order_no(), "merchantAccount": "BayouCityFWH_ECOM",
            "shopperStatement": "BCFWH COPAY", "lineItems": [{"id": "1", "description": f"Prenatal visit - high-risk pregnancy copay ({p.first} {p.last})", "amountIncludingTax": 4000}],
            "shopperEmail": p.email, "expiresAt": "2026-04-30T23:59:59Z"}
    add(S, "POST", f"{ADY}/v71/paymentLinks", ADH, J(body), [["high-risk pregnancy", "condition"]] + NM(p) + [[p.email, "email"]], ["BCFWH COPAY"], "redact")
    psp = alnum(16, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    add(S, "POST", f"{ADY}/v71/payments/{psp}/captures", ADH, J({"merchantAccount": "BayouCityFWH_ECOM", "amount": {"currency": "USD", "value": 2599}, "reference": "CAP-20260402-0193"}),
        [], [psp, "CAP-20260402-0193"], "pass")

    S = "checkout_com"
    p = nextp()
    body = {"source": {"type": "token", "token": "tok_" + alnum(26)}, "amount": 12000, "currency": "USD", "reference": order_no(),
            "customer": {"name": p.full, "email": p.email},
            "metadata": {"patient_dob": p.dobs("abbr"), "chart": f"MRN# {p.mrn}", "reason": f"{p.dx()} follow-up"}, "description": "Self-pay visit"}
    add(S, "POST", f"{CKO}/payments", CKH, J(body), [[p.full, "name"], [p.email, "email"], [p.dobs("abbr"), "dob"], [p.mrn, "mrn"], [p.dx(), "condition"]],
        ["Self-pay visit"], "redact")
    p = nextp()
    body = {"amount": 2500, "currency": "USD", "reference": order_no(), "billing": {"address": {"address_line1": p.street, "city": p.city, "zip": p.zip, "country": "US"},
            "phone": {"country_code": "+1", "number": f"{p.area}{p.exch}{p.line}"}}, "customer": {"name": p.full, "tax_number": p.ssn}}
    add(S, "POST", f"{CKO}/payment-links", CKH, J(body), [[p.street, "address"], [p.zip, "zip"], [f"{p.area}{p.exch}{p.line}", "phone"], [p.full, "name"], [p.ssn, "ssn"]],
        [], "redact")
    body = {"amount": 19900, "currency": "USD", "reference": "INV-2026-004502", "billing_descriptor": {"name": "BAYOU CITY FWH", "city": "Houston"},
            "metadata": {"clinic_phone": PRACTICE_PHONE_DOT, "sku": "GIFTCARD-50", "batch": "2026-Q2"}}
    add(S, "POST", f"{CKO}/payments", CKH, J(body), [], ["INV-2026-004502", PRACTICE_PHONE_DOT, "GIFTCARD-50"], "pass")


# ----------------------------------------------------------------------------- 4. Datadog logs, RUM, events, metrics
DDL = "http://http-intake.logs.datadoghq.com"
DDB = "http://browser-intake-datadoghq.com"
DDA = "http://api.datadoghq.com"
DDH = {"Content-Type": "application/json", "DD-API-KEY": hexs(32)}


def datadog():
    S = "datadog_logs"
    p = nextp()
    body = [{"ddsource": "nodejs", "service": "portal-api", "hostname": "ip-10-0-3-17", "ddtags": f"env:prod,version:{BUILD}",
             "message": f"pt Ph# {p.phone('spc')} x12 requested callback re: {p.med()} refill"}]
    add(S, "POST", f"{DDL}/api/v2/logs", DDH, J(body), [[p.phone("spc"), "phone"]], ["portal-api", "ip-10-0-3-17"], "redact")
    p = nextp(); path = f"/api/patients/{p.mrn}/chart?dob={p.dobs('iso')}"
    body = [{"ddsource": "python", "service": "chart-svc", "status": "info", "message": f"GET {path} 200 38ms",
             "usr": {"name": p.full, "email": p.email}, "http": {"url": path, "status_code": 200, "method": "GET"}}]
    add(S, "POST", f"{DDL}/api/v2/logs", DDH, J(body), [[p.mrn, "mrn"], [p.dobs("iso"), "dob"], [p.full, "name"], [p.email, "email"]], ["chart-svc"], "redact")
    p = nextp()
    txt = (f"{ts(10)} INFO sched booked appt for {p.last.upper()}, {p.first.upper()} dob={p.dobs('d8')} tel={p.phone('dot1')} slot=sl_{alnum(8)}\n"
           f"{ts(10)} INFO sched reminder queued channel=sms\n")
    add(S, "POST", f"{DDL}/api/v2/logs?ddsource=ruby&service=scheduler", dict(DDH, **{"Content-Type": "text/plain"}), txt,
        [[p.last.upper(), "name"], [p.first.upper(), "name"], [p.dobs("d8"), "dob"], [p.phone("dot1"), "phone"]], ["channel=sms"], "redact")
    p = nextp()
    pb = (f'patient {{\n  mrn: "{p.mrn}"\n  name {{ given: "{p.first}" family: "{p.last}" }}\n  birth_date {{ year: {p.dob.year} month: {p.dob.month} day: {p.dob.day} }}\n'
          f'  telecom {{ system: PHONE value: "{p.phone("paren")}" }}\n  problem {{ code: "{p.icd()}" display: "{p.dx()}" }}\n}}\nrequest_id: "{uuid()}"\n')
    body = [{"ddsource": "go", "service": "eligibility-grpc", "message": "rpc error: code = InvalidArgument desc = bad request:\n" + pb}]
    add(S, "POST", f"{DDL}/api/v2/logs", DDH, J(body),
        [[p.mrn, "mrn"]] + NM(p) + [[f"year: {p.dob.year} month: {p.dob.month} day: {p.dob.day}", "dob"], [p.phone("paren"), "phone"], [p.icd(), "icd10"], [p.dx(), "condition"]],
        ["InvalidArgument", "eligibility-grpc"], "redact")
    body = [{"ddsource": "nodejs", "service": "portal-api", "message": f"deploy {BUILD} complete build=2026.04.02-7 sha=9f3c2e1a in 41.2s; 1,204 appointments migrated",
             "ddtags": "env:prod"}]
    add(S, "POST", f"{DDL}/api/v2/logs", DDH, J(body), [], ["2026.04.02-7", "9f3c2e1a", "1,204 appointments migrated"], "pass")

    S = "datadog_rum"
    p = nextp(); q = nextp()
    lines = []
    for x, test in ((p, "HIV viral load"), (q, "hepatitis C RNA")):
        u = f"{PORTAL}/results?{qs([('patient', x.full), ('test', test)])}"
        lines.append(J({"type": "view", "date": epoch(11) * 1000, "application": {"id": uuid()}, "session": {"id": uuid(), "type": "user"},
                        "view": {"id": uuid(), "url": u, "referrer": f"{PORTAL}/home", "loading_time": 812000000},
                        "usr": {"id": x.mrn, "name": x.full, "email": x.email}, "_dd": {"format_version": 2}}, compact=True))
    add(S, "POST", f"{DDB}/api/v2/rum?ddsource=browser&ddtags=sdk_version%3A5.11.0%2Cenv%3Aprod&dd-api-key=pub{hexs(32)}&dd-evp-origin=browser",
        {"Content-Type": "text/plain;charset=UTF-8"}, "\n".join(lines),
        sum([[[x.full, "name"], [x.mrn, "mrn"], [x.email, "email"]] for x in (p, q)], []) + [["HIV viral load", "condition"], ["hepatitis C RNA", "condition"]],
        ["sdk_version"], "redact")
    p = nextp()
    ev = {"type": "action", "date": epoch(12) * 1000, "action": {"type": "click", "target": {"name": f"Message {staff(0)} about {p.dx()}"}},
          "view": {"url": f"{PORTAL}/messages/new"}, "usr": {"id": p.mrn}, "context": {"form_phone": p.phone("one"), "form_zip": p.zip}}
    add(S, "POST", f"{DDB}/api/v2/rum?ddsource=browser", {"Content-Type": "text/plain;charset=UTF-8"}, J(ev, compact=True),
        [[p.dx(), "condition"], [p.mrn, "mrn"], [p.phone("one"), "phone"], [p.zip, "zip"]], ["messages/new"], "redact")
    ev = {"type": "long_task", "date": epoch(13) * 1000, "long_task": {"duration": 187000000}, "view": {"url": f"{PORTAL}/catalog/diabetes-care-kit?sku=DCK-200"},
          "session": {"id": uuid()}, "application": {"id": uuid()}}
    add(S, "POST", f"{DDB}/api/v2/rum?ddsource=browser", {"Content-Type": "text/plain;charset=UTF-8"}, J(ev, compact=True), [], [], "pass")

    S = "datadog_events"
    p = nextp()
    body = {"title": "Prior auth denied", "text": f"%%% \n**Patient:** {p.full} (D.O.B. {p.dobs('usn')})\n**Plan ID:** {p.mbr}\n**Drug:** {p.med()}\n %%%",
            "tags": ["team:rcm", "env:prod"], "alert_type": "warning"}
    add(S, "POST", f"{DDA}/api/v1/events", DDH, J(body), [[p.full, "name"], [p.dobs("usn"), "dob"], [p.mbr, "member_id"]], ["Prior auth denied", "team:rcm"], "redact")
    body = {"series": [{"metric": "portal.appointments.booked", "type": 1, "points": [{"timestamp": epoch(14), "value": 42}],
                        "tags": ["clinic:fannin", "visit_type:prenatal"]}, {"metric": "portal.rx.refill_requests", "type": 1,
                        "points": [{"timestamp": epoch(14), "value": 17}], "tags": ["drug_class:glp1"]}]}
    add(S, "POST", f"{DDA}/api/v2/series", DDH, J(body), [], ["portal.appointments.booked", "visit_type:prenatal"], "pass")


# ----------------------------------------------------------------------------- 5. Sentry envelopes, GlitchTip (block on violation)
SENTRY = "http://o450123.ingest.us.sentry.io"


def envelope(items, with_len=True):
    hdr = {"event_id": hexs(32), "sent_at": ts(15), "sdk": {"name": "sentry.javascript.react", "version": "8.7.0"},
           "dsn": f"https://{hexs(32)}@o450123.ingest.us.sentry.io/4507123"}
    out = [J(hdr, compact=True)]
    for typ, payload, extra in items:
        b = payload if isinstance(payload, str) else J(payload, compact=True)
        h = {"type": typ, **extra}
        if with_len: h["length"] = len(b.encode())
        out += [J(h, compact=True), b]
    return "\n".join(out) + "\n"


def sentry():
    S = "sentry_envelope"
    SH = {"Content-Type": "application/x-sentry-envelope"}
    url = f"{SENTRY}/api/4507123/envelope/?sentry_key={hexs(32)}&sentry_version=7&sentry_client=sentry.javascript.react%2F8.7.0"
    p = nextp()
    ev = {"exception": {"values": [{"type": "ValueError", "value": f"invalid member id {p.mbr} for {p.full}"}]}, "user": {"email": p.email, "ip_address": p.ip},
          "request": {"url": f"{PORTAL}/billing"}, "platform": "javascript", "release": BUILD}
    add(S, "POST", url, SH, envelope([("event", ev, {})]), [[p.mbr, "member_id"], [p.full, "name"], [p.email, "email"], [p.ip, "ip_address"]], [], "block")
    p = nextp()
    ev = {"message": "Problem list failed to render", "breadcrumbs": {"values": [
        {"category": "navigation", "data": {"from": "/home", "to": f"/chart/{p.mrn}/problems?dx={p.icd()}"}},
        {"category": "ui.input", "message": f"input[name=\"dob\"] value {p.dobs('us')}"}]}, "level": "error"}
    add(S, "POST", url, SH, envelope([("event", ev, {})], with_len=False), [[p.mrn, "mrn"], [p.icd(), "icd10"], [p.dobs("us"), "dob"]], [], "block")
    p = nextp()
    att = f"2026-04-02 09:11:07 ERROR claim 837 build failed: subscriber SSN {p.ssn} not on file; name={p.full}\n"
    add(S, "POST", url, SH, envelope([("event", {"message": "claim build failed", "level": "error"}, {}),
                                      ("attachment", att, {"filename": "claim-debug.log", "content_type": "text/plain"})]),
        [[p.ssn, "ssn"], [p.full, "name"]], [], "block")
    p = nextp()
    tx = {"type": "transaction", "transaction": "GET /api/search", "spans": [{"op": "db.sql.query",
          "description": f"SELECT * FROM patients WHERE dob = '{p.dobs('iso')}' AND last_name = '{p.last}'", "span_id": hexs(16), "trace_id": hexs(32)}],
          "start_timestamp": epoch(16), "timestamp": epoch(16) + 1}
    add(S, "POST", url, SH, envelope([("transaction", tx, {})]), [[p.dobs("iso"), "dob"], [p.last, "name"]], [], "block")
    sess = {"sid": uuid(), "did": uuid(), "init": True, "started": ts(17), "timestamp": ts(17), "status": "ok", "errors": 0,
            "attrs": {"release": f"portal@{BUILD}", "environment": "production"}}
    add(S, "POST", url, SH, envelope([("session", sess, {})]), [], [f"portal@{BUILD}"], "pass")
    rep = {"timestamp": epoch(17), "discarded_events": [{"reason": "sample_rate", "category": "transaction", "quantity": 14},
                                                         {"reason": "ratelimit_backoff", "category": "error", "quantity": 2}]}
    add(S, "POST", url, SH, envelope([("client_report", rep, {})]), [], ["sample_rate"], "pass")

    S = "glitchtip_store"
    p = nextp()
    ev = {"event_id": hexs(32), "platform": "python", "level": "error", "message": f"Twilio 21211: invalid 'To' number {p.phone('tight')} (pt {p.first} {p.last})",
          "extra": {"appointment": p.at("off"), "clinic": "Fannin"}}
    add(S, "POST", f"http://app.glitchtip.com/api/12/store/?sentry_key={hexs(32)}&sentry_version=7", JSONH, J(ev),
        [[p.phone("tight"), "phone"]] + NM(p) + [[p.at("off"), "date"]], [], "block")
    ev = {"event_id": hexs(32), "platform": "python", "level": "warning", "message": f"Slow query on inventory: 2.4s (sku=DCK-200, lot=LT-2304-117)", "release": BUILD}
    add(S, "POST", f"http://app.glitchtip.com/api/12/store/?sentry_key={hexs(32)}&sentry_version=7", JSONH, J(ev), [], ["LT-2304-117"], "block_if_disallowed")


# ----------------------------------------------------------------------------- 6. Logz.io, Papertrail, Better Stack, Grafana Faro
LOGZ = "http://listener.logz.io/?token=" + alnum(32) + "&type=http-bulk"
PTRL = "http://logs.collector.solarwinds.com/v1/logs"
BSTK = "http://s1234567.us-east-9.betterstackdata.com/"
FARO = "http://faro-collector-prod-us-central-0.grafana.net/collect/" + hexs(32)


def logs():
    S = "logzio_bulk"
    p = nextp(); q = nextp()
    lines = [J({"@timestamp": ts(18), "level": "warn", "msg": "eligibility mismatch", "subscriber": {"fname": p.first, "lname": p.last, "dob": p.dobs("dot")},
                "payer_member": p.mbr}, compact=True),
             J({"@timestamp": ts(18), "level": "info", "msg": "intake saved", "payload": J({"event": "intake", "addr": f"{q.street}, {q.city} TX {q.zip}", "cell": q.phone("one")})},
               compact=True)]
    add(S, "POST", LOGZ, {"Content-Type": "application/x-ndjson"}, "\n".join(lines) + "\n",
        NM(p) + [[p.dobs("dot"), "dob"], [p.mbr, "member_id"], [q.street, "address"], [q.zip, "zip"], [q.phone("one"), "phone"]], ["eligibility mismatch"], "redact")
    p = nextp()
    line = J({"@timestamp": ts(19), "level": "error", "logger": "FaxWorker", "msg": f"Fax to {p.phone('slash')} failed; cover: Re: {p.full} DOB {p.dobs('dmony')} Acct# {p.acct}"}, compact=True)
    add(S, "POST", LOGZ, {"Content-Type": "application/x-ndjson"}, line + "\n",
        [[p.phone("slash"), "phone"], [p.full, "name"], [p.dobs("dmony"), "dob"], [p.acct, "mrn"]], ["FaxWorker"], "redact")
    lines = [J({"@timestamp": ts(20), "level": "info", "msg": f"GET /api/v2/slots?provider={staff(1, 'npi')} 200 41ms", "trace_id": hexs(32)}, compact=True),
             J({"@timestamp": ts(20), "level": "info", "msg": "cron nightly-eligibility finished: 318 checked, 12 inactive", "job_id": uuid()}, compact=True)]
    add(S, "POST", LOGZ, {"Content-Type": "application/x-ndjson"}, "\n".join(lines) + "\n", [], [staff(1, "npi"), "318 checked, 12 inactive"], "pass")

    S = "papertrail_text"
    PTH = {"Content-Type": "application/octet-stream", "Authorization": "Basic " + b64(":" + alnum(30))}
    p = nextp()
    txt = (f"<13>1 {ts(21)} web-2 portal 4411 - - Sending SMS to {p.phone('tight')} for pt {p.full} re: {p.dx()} results\n"
           f"<13>1 {ts(21)} web-2 portal 4411 - - SMS queued sid=SM{hexs(32)}\n")
    add(S, "POST", PTRL, PTH, txt, [[p.phone("tight"), "phone"], [p.full, "name"], [p.dx(), "condition"]], ["SMS queued"], "redact")
    p = nextp()
    pb = (f'InsuranceCheck {{ subscriber_name: "{p.full}" member_id: "{p.mbr}" ssn: "{p.ssn}" '
          f'address {{ line1: "{p.street}" postal_code: "{p.zip}" }} }}')
    txt = f"<11>1 {ts(22)} worker-1 elig 991 - - retrying request (attempt 3): {pb}\n"
    add(S, "POST", PTRL, PTH, txt, [[p.full, "name"], [p.mbr, "member_id"], [p.ssn, "ssn"], [p.street, "address"], [p.zip, "zip"]], ["retrying request"], "redact")
    txt = (f"<14>1 {ts(23)} web-1 portal 17 - - GET /healthz 200 1ms\n<14>1 {ts(23)} web-1 portal 17 - - config reloaded checksum=sha256:{hexs(16)}\n"
           f"<14>1 {ts(23)} web-1 portal 17 - - proto: LocationConfig {{ name: \"Fannin\" phone: \"{PRACTICE_PHONE}\" zip: \"{PRACTICE_ZIP}\" }}\n")
    add(S, "POST", PTRL, PTH, txt, [], ["GET /healthz 200 1ms", PRACTICE_PHONE], "pass")

    S = "betterstack_logs"
    BSH = {"Content-Type": "application/json", "Authorization": "Bearer " + alnum(24)}
    p = nextp()
    body = [{"dt": ts(24), "level": "warn", "message": f"Fax failed to {p.phone('slash')}; cover: Re: {p.full} DOB {p.dobs('dmony')}"}]
    add(S, "POST", BSTK, BSH, J(body), [[p.phone("slash"), "phone"], [p.full, "name"], [p.dobs("dmony"), "dob"]], [], "redact")
    p = nextp()
    body = [{"dt": ts(25), "level": "info", "message": "address normalized", "context": {"input": f"{p.street}, {p.city}, TX {p.zip}", "usps_dpv": "Y", "patient": p.mrn}}]
    add(S, "POST", BSTK, BSH, J(body), [[p.street, "address"], [p.zip, "zip"], [p.mrn, "mrn"]], ["address normalized"], "redact")
    body = [{"dt": ts(26), "level": "info", "message": "heartbeat", "context": {"version": BUILD, "uptime_s": 86412, "queue_depth": 3, "order": order_no()}}]
    add(S, "POST", BSTK, BSH, J(body), [], ["heartbeat", BUILD], "pass")

    S = "grafana_faro"
    FH = {"Content-Type": "application/json", "x-faro-session-id": alnum(10)}
    p = nextp()
    page = f"{PORTAL}/intake?{qs([('step', '3'), ('phone', p.phone('dot1'))])}"
    body = {"meta": {"app": {"name": "bcfwh-portal", "version": BUILD, "environment": "production"}, "user": {"id": p.mrn, "email": p.email,
                                                                                                           "attributes": {"fullName": p.full}},
                     "session": {"id": alnum(10)}, "page": {"url": page}},
            "logs": [{"message": f"form autosave: dob={p.dobs('mdy8')} zip={p.zip}", "level": "info", "timestamp": ts(27)}], "exceptions": [], "events": []}
    add(S, "POST", FARO, FH, J(body),
        [[p.mrn, "mrn"], [p.email, "email"], [p.full, "name"], [p.phone("dot1"), "phone"], [p.dobs("mdy8"), "dob"], [p.zip, "zip"]], ["bcfwh-portal"], "redact")
    p = nextp()
    body = {"meta": {"app": {"name": "bcfwh-portal", "version": BUILD}},
            "exceptions": [{"type": "TypeError", "value": f"cannot read 'insuranceId' of undefined (member {p.mbr})", "timestamp": ts(28),
                            "stacktrace": {"frames": [{"filename": "https://portal.bayoucityfwh.org/assets/index-8f2a.js", "function": "renderCoverage", "lineno": 1, "colno": 48812}]}}],
            "events": [{"name": "problem_tag_selected", "attributes": {"condition_tag": p.dx(), "dob_entered": p.dobs("us")}, "timestamp": ts(28)}]}
    add(S, "POST", FARO, FH, J(body), [[p.mbr, "member_id"], [p.dx(), "condition"], [p.dobs("us"), "dob"]], ["renderCoverage", "problem_tag_selected"], "redact")
    body = {"meta": {"app": {"name": "bcfwh-portal", "version": BUILD}, "page": {"url": f"{PORTAL}/locations/fannin"}},
            "measurements": [{"type": "web-vitals", "values": {"lcp": 1834.2, "cls": 0.04, "inp": 96}, "timestamp": ts(29)}]}
    add(S, "POST", FARO, FH, J(body), [], ["web-vitals", "locations/fannin"], "pass")


# ----------------------------------------------------------------------------- 7. LLM APIs (OpenAI / Anthropic under BAA with a minimum-necessary list; others none)
OAI = "http://api.openai.com"
OAH = {"Content-Type": "application/json", "Authorization": "Bearer sk-proj-" + alnum(48), "OpenAI-Beta": "assistants=v2"}
ANT = "http://api.anthropic.com/v1/messages"
ANH = {"Content-Type": "application/json", "x-api-key": "sk-ant-api03-" + alnum(40), "anthropic-version": "2023-06-01"}
COH = "http://api.cohere.com"
MIS = "http://api.mistral.ai"
BEARER = {"Content-Type": "application/json", "Authorization": "Bearer " + alnum(32)}


def llm():
    S = "openai_responses"
    p = nextp()
    txt = (f"Summarize for the referral: {p.age()} yo {p.sex} {p.full}, DOB {p.dobs('ordc')}, MRN# {p.mrn}, SSN {p.ssn}, Tel. {p.phone('dash')}. "
           f"Hx of {p.dx()} ({p.icd()}) on {p.med()}; last visit {p.ad('us')}.")
    body = {"model": "gpt-4.1", "input": [{"role": "system", "content": "You are a clinical summarizer for a women's health practice."},
                                          {"role": "user", "content": [{"type": "input_text", "text": txt}]}], "store": False}
    add(S, "POST", f"{OAI}/v1/responses", OAH, J(body),
        [[p.full, "name"], [p.dobs("ordc"), "dob"], [p.mrn, "mrn"], [p.ssn, "ssn"], [p.phone("dash"), "phone"], [p.dx(), "condition"], [p.icd(), "icd10"], [p.ad("us"), "date"]],
        ["gpt-4.1", "clinical summarizer"], "redact")
    p = nextp()
    body = {"model": "gpt-4.1-mini", "previous_response_id": "resp_" + hexs(40),
            "input": f"Also add her insurance: {p.payer} member {p.mbr}; email for the portal invite is {p.email}. She prefers to be called {p.first}."}
    add(S, "POST", f"{OAI}/v1/responses", OAH, J(body), [[p.mbr, "member_id"], [p.email, "email"], [p.first, "name"]], [p.payer], "redact")
    p = nextp()
    body = {"role": "user", "content": f"Draft a letter to pt re: A1c results. Pt addr {p.addr_line()}, {p.city} TX {p.zip}; Ph {p.phone('tight')}. Name: {p.full}.",
            "attachments": []}
    add(S, "POST", f"{OAI}/v1/threads/thread_{alnum(24)}/messages", OAH, J(body),
        [[p.street, "address"], [p.zip, "zip"], [p.phone("tight"), "phone"], [p.full, "name"]], ["A1c results"], "redact")
    p = nextp(); q = nextp()
    body = {"model": "text-embedding-3-small", "input": [f"pt {p.full} {p.dobs('iso')} {p.dx()} acct# {p.acct}", f"pt {q.full} member id {q.mbr} {q.dx()}"]}
    add(S, "POST", f"{OAI}/v1/embeddings", OAH, J(body),
        [[p.full, "name"], [p.dobs("iso"), "dob"], [p.dx(), "condition"], [p.acct, "mrn"], [q.full, "name"], [q.mbr, "member_id"], [q.dx(), "condition"]],
        ["text-embedding-3-small"], "redact")
    body = {"model": "gpt-4.1-mini", "input": f"Write a friendly reminder that our clinic at {PRACTICE_ADDR}, {PRACTICE_CITY} is closed on Memorial Day (May 25). "
                                              f"Patients can call {PRACTICE_PHONE} or use the portal."}
    add(S, "POST", f"{OAI}/v1/responses", OAH, J(body), [], [PRACTICE_ADDR, PRACTICE_PHONE, "Memorial Day"], "pass")
    p = nextp()
    body = {"model": "gpt-4.1", "input": [{"role": "user", "content": [{"type": "input_text", "text": f"Is this OK to send? 'Hi {p.first}, your results are back.'"}]}]}
    add(S, "POST", f"{OAI}/v1/responses", OAH, J(body), [[p.first, "name"]], ["Is this OK to send?"], "pass")

    S = "anthropic_tools"
    p = nextp(); tid = "toolu_" + alnum(24)
    rec = J({"name": p.full, "dob": p.dobs("iso"), "mrn": p.mrn, "phone": p.phone("paren"), "ssn": p.ssn, "address": f"{p.addr_line()}, {p.city}, TX {p.zip}",
             "problems": [p.dx()]})
    body = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "tools": [{"name": "get_patient", "input_schema": {"type": "object", "properties": {"mrn": {"type": "string"}}}}],
            "messages": [{"role": "user", "content": f"Prepare a pre-visit summary for MRN {p.mrn}."},
                         {"role": "assistant", "content": [{"type": "tool_use", "id": tid, "name": "get_patient", "input": {"mrn": p.mrn}}]},
                         {"role": "user", "content": [{"type": "tool_result", "tool_use_id": tid, "content": rec}]}]}
    add(S, "POST", ANT, ANH, J(body),
        [[p.full, "name"], [p.dobs("iso"), "dob"], [p.mrn, "mrn"], [p.phone("paren"), "phone"], [p.ssn, "ssn"], [p.street, "address"], [p.zip, "zip"], [p.dx(), "condition"]],
        ["get_patient", "claude-sonnet-4-5"], "redact")
    p = nextp(); tid = "toolu_" + alnum(24)
    body = {"model": "claude-haiku-4-5", "max_tokens": 512, "messages": [
        {"role": "user", "content": "Check coverage for the 2pm patient."},
        {"role": "assistant", "content": [{"type": "text", "text": "Looking that up."}, {"type": "tool_use", "id": tid, "name": "coverage_lookup", "input": {"slot": "14:00"}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": tid, "content": [
            {"type": "text", "text": f"Insurance: {p.payer} {p.mbr}, Subscriber: {p.full}, Sub DOB: {p.dobs('us')}"},
            {"type": "text", "text": f"Subscriber phone {p.phone('intl')}, email {p.email}"}]}]}]}
    add(S, "POST", ANT, ANH, J(body), [[p.mbr, "member_id"], [p.full, "name"], [p.dobs("us"), "dob"], [p.phone("intl"), "phone"], [p.email, "email"]],
        ["coverage_lookup", p.payer], "redact")
    p = nextp()
    doc = (f"REFERRAL\nPatient: {p.last}, {p.first}\nD.O.B.: {p.dobs('dmonY')}\nMRN#: {p.mrn}\nAddress: {p.addr_line()}, {p.city}, TX {p.zip}\n"
           f"Reason: {p.dx()}\nReferring: {staff(0)}\n")
    body = {"model": "claude-sonnet-4-5", "max_tokens": 800, "system": "Extract structured fields from referral documents.",
            "messages": [{"role": "user", "content": [{"type": "document", "source": {"type": "text", "media_type": "text/plain", "data": doc}, "title": "referral.txt"},
                                                      {"type": "text", "text": "Return JSON."}]}]}
    add(S, "POST", ANT, ANH, J(body), NM(p) + [[p.dobs("dmonY"), "dob"], [p.mrn, "mrn"], [p.street, "address"], [p.zip, "zip"], [p.dx(), "condition"]],
        ["referral.txt", staff(0)], "redact")
    p = ELDER
    body = {"model": "claude-sonnet-4-5", "max_tokens": 600, "messages": [{"role": "user", "content":
            f"Discharge follow-up call script for {p.full}, a {p.age()}-year-old with CKD stage 3 (N18.30). Daughter's cell {p.phone('spc')}. Medicare MBI {p.mbi}."}]}
    add(S, "POST", ANT, ANH, J(body), [[p.full, "name"], [str(p.age()), "age_over_89"], ["CKD stage 3", "condition"], ["N18.30", "icd10"], [p.phone("spc"), "phone"],
                                      [p.mbi, "mbi"]], ["Discharge follow-up call script"], "redact")
    body = {"model": "claude-sonnet-4-5", "max_tokens": 400, "messages": [{"role": "user", "content":
            "Turn into a board slide: In Q1 2026, 212 patients with hypertension were screened; 64% reached BP < 140/90. "
            "38 patients with type 2 diabetes enrolled in the Diabetes Care Kit program. Postpartum depression screening rate rose to 91%."}]}
    add(S, "POST", ANT, ANH, J(body), [], ["212 patients with hypertension", "Diabetes Care Kit", "91%"], "pass")

    S = "cohere_mistral"
    p = nextp()
    body = {"model": "command-r-plus", "messages": [{"role": "system", "content": "Classify the patient message."},
                                                    {"role": "user", "content": f"hi its {p.first.lower()} {p.last.lower()}, born {p.dobs('lower')}. i think my {p.dx()} meds stopped working, pls call {p.phone('dot')}"}]}
    add(S, "POST", f"{COH}/v2/chat", BEARER, J(body), [[p.first.lower(), "name"], [p.last.lower(), "name"], [p.dobs("lower"), "dob"], [p.dx(), "condition"], [p.phone("dot"), "phone"]],
        ["Classify the patient message."], "redact")
    p = nextp()
    body = {"message": "Which documents mention a missed dose?", "model": "command-r",
            "chat_history": [{"role": "USER", "message": f"Load the chart for {p.full}"}, {"role": "CHATBOT", "message": f"Loaded chart {p.mrn} (DOB {p.dobs('us')})."}],
            "documents": [{"title": "nursing note", "snippet": f"{p.first} reports missing 2 doses of {p.med()} for {p.dx()}; lives at {p.addr_line()}."}]}
    add(S, "POST", f"{COH}/v1/chat", BEARER, J(body), [[p.full, "name"], [p.mrn, "mrn"], [p.dobs("us"), "dob"], [p.dx(), "condition"], [p.street, "address"]],
        ["missed dose"], "redact")
    p = nextp()
    tr = (f"Visitor: hello\nBot: Hi! How can I help?\nVisitor: my name is {p.first.lower()} {p.last.lower()}\nBot: Thanks. What's your date of birth?\n"
          f"Visitor: {p.dobs('usn')}\nVisitor: its about my {p.dx()} treatment\nBot: A nurse will call you. Best number?\nVisitor: {p.phone('spc')}\n")
    body = {"model": "mistral-small-latest", "messages": [{"role": "system", "content": "Summarize this chat for the nurse queue."}, {"role": "user", "content": tr}]}
    add(S, "POST", f"{MIS}/v1/chat/completions", BEARER, J(body),
        [[p.first.lower(), "name"], [p.last.lower(), "name"], [p.dobs("usn"), "dob"], [p.dx(), "condition"], [p.phone("spc"), "phone"]], ["nurse queue"], "redact")
    p = nextp(); q = nextp()
    body = {"model": "mistral-embed", "input": [f"{p.full} c/o pelvic pain, {p.dx()}", f"{q.first} ({q.dobs('us2')}) asked about {q.dx()} labs"]}
    add(S, "POST", f"{MIS}/v1/embeddings", BEARER, J(body), [[p.full, "name"], [p.dx(), "condition"], [q.first, "name"], [q.dobs("us2"), "dob"], [q.dx(), "condition"]],
        ["mistral-embed"], "redact")
    p = nextp()
    body = {"model": "voyage-3", "input_type": "document", "input": [
        f"Discharge: {p.full} admitted {p.ad('us')} for {p.dx()}; d/c home with {p.med()}. F/u {staff(1)}.", "Clinic policy: no-show fee is $25."]}
    add(S, "POST", "http://api.voyageai.com/v1/embeddings", BEARER, J(body), [[p.full, "name"], [p.ad("us"), "date"], [p.dx(), "condition"]],
        ["Clinic policy: no-show fee is $25."], "redact")
    body = {"model": "embed-english-v3.0", "input_type": "search_document", "texts": [
        "Diabetes Care Kit - glucose meter, 50 test strips, lancets", "Prenatal Vitamin 90ct (PNV-90)", "OraQuick HIV Self-Test, single kit", "Pregnancy test 2-pack"]}
    add(S, "POST", f"{COH}/v1/embed", BEARER, J(body), [], ["Diabetes Care Kit - glucose meter, 50 test strips, lancets", "OraQuick HIV Self-Test, single kit"], "pass")
    body = {"model": "codestral-latest", "messages": [{"role": "user", "content":
            f"Why does this fail? `assert parse_version('{BUILD}') < parse_version('3.10.0')` request_id={uuid()} ts={ts(30)}"}]}
    add(S, "POST", f"{MIS}/v1/chat/completions", BEARER, J(body), [], ["parse_version", "3.10.0"], "pass")


# ----------------------------------------------------------------------------- 8. search indexes: Algolia, Meilisearch, Typesense
ALG = "http://BCFWH7Q2X1.algolia.net"
ALH = {"Content-Type": "application/json", "X-Algolia-Application-Id": "BCFWH7Q2X1", "X-Algolia-API-Key": hexs(32)}
MEI = "http://ms-7f3a2b91c0de-4412.nyc.meilisearch.io"
TYP = "http://xyz123abc.a1.typesense.net"


def search():
    S = "algolia_batch"
    p = nextp(); q = nextp()
    body = {"requests": [{"action": "addObject", "indexName": "patients", "body": {"objectID": p.mrn, "fullName": p.full, "dob": p.dobs("us"), "phone": p.phone("paren"),
                                                                                    "lastVisitDx": p.dx()}},
                         {"action": "partialUpdateObject", "indexName": "patients", "body": {"objectID": q.mrn, "lastVisitDx": q.dx(), "email": q.email}}]}
    add(S, "POST", f"{ALG}/1/indexes/*/batch", ALH, J(body),
        [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("us"), "dob"], [p.phone("paren"), "phone"], [p.dx(), "condition"], [q.mrn, "mrn"], [q.dx(), "condition"], [q.email, "email"]],
        ["partialUpdateObject"], "redact")
    p = nextp(); oid = "msg_" + alnum(10)
    body = {"objectID": oid, "thread": "portal-inbox", "snippet": f"From {p.first}: my new address is {p.addr_line()}, {p.city} {p.zip}. Also my {p.med()} ran out.",
            "sentAt": ts(31)}
    add(S, "PUT", f"{ALG}/1/indexes/messages/{oid}", ALH, J(body), [[p.first, "name"], [p.street, "address"], [p.zip, "zip"]], [oid, "portal-inbox"], "redact")
    body = {"requests": [{"action": "updateObject", "body": {"objectID": sku, "name": name, "price": price, "category": cat}} for sku, name, price, cat in [
        ("DCK-200", "Diabetes Care Kit", 34.99, "Diabetes"), ("OQ-HIV-1", "OraQuick HIV Self-Test", 39.0, "Sexual health"),
        ("PNV-90", "Prenatal Vitamins 90ct", 24.5, "Pregnancy"), ("BPM-ARM", "Upper Arm Blood Pressure Monitor", 49.99, "Heart health")]]}
    add(S, "POST", f"{ALG}/1/indexes/store_products/batch", ALH, J(body), [], ["OraQuick HIV Self-Test", "Prenatal Vitamins 90ct", "DCK-200"], "pass")

    S = "meilisearch_docs"
    MH = {"Content-Type": "application/json", "Authorization": "Bearer " + hexs(40)}
    p = nextp(); q = nextp()
    docs = [{"id": f"apt-{digits(6)}", "patient": x.full, "start": x.at("off"), "provider": staff(i), "reason": x.dx(), "member": x.mbr} for i, x in enumerate((p, q))]
    add(S, "POST", f"{MEI}/indexes/appointments/documents?primaryKey=id", MH, J(docs),
        sum([[[x.full, "name"], [x.at("off"), "date"], [x.dx(), "condition"], [x.mbr, "member_id"]] for x in (p, q)], []), [staff(0), staff(1)], "redact")
    p = nextp()
    add(S, "POST", f"{MEI}/indexes/patients/search", MH, J({"q": f"{p.last} {p.dobs('iso')}", "limit": 5, "attributesToRetrieve": ["id", "name"]}),
        [[p.last, "name"], [p.dobs("iso"), "dob"]], ["attributesToRetrieve"], "redact")
    docs = [{"id": "art-101", "title": "Understanding Gestational Diabetes", "author": staff(0), "published": "2026-03-14", "tags": ["pregnancy", "diabetes"]},
            {"id": "art-102", "title": "Living with HIV: Myths and Facts", "author": staff(1), "published": "2026-03-28", "tags": ["HIV"]}]
    add(S, "POST", f"{MEI}/indexes/articles/documents", MH, J(docs), [], ["Understanding Gestational Diabetes", "Living with HIV: Myths and Facts", staff(0)], "pass")

    S = "typesense_import"
    TH = {"Content-Type": "text/plain", "X-TYPESENSE-API-KEY": alnum(32)}
    p = nextp(); q = nextp()
    lines = [J({"id": x.mrn, "name": x.full, "birth_date": x.dobs("us"), "phone": x.phone("e164"), "street": x.addr_line(), "zip": x.zip}, compact=True) for x in (p, q)]
    add(S, "POST", f"{TYP}/collections/patients/documents/import?action=upsert", TH, "\n".join(lines),
        sum([[[x.mrn, "mrn"], [x.full, "name"], [x.dobs("us"), "dob"], [x.phone("e164"), "phone"], [x.street, "address"], [x.zip, "zip"]] for x in (p, q)], []),
        [], "redact")
    lines = [J({"id": f"prov-{i}", "name": staff(i, "full"), "specialty": STAFF[i][3], "npi": staff(i, "npi"), "phone": PRACTICE_PHONE, "address": PRACTICE_ADDR,
                "accepting": True}, compact=True) for i in range(4)]
    add(S, "POST", f"{TYP}/collections/providers/documents/import?action=upsert", TH, "\n".join(lines), [], [staff(0, "full"), staff(3, "npi"), PRACTICE_PHONE], "pass")


# ----------------------------------------------------------------------------- 9. Twilio Conversations / Flex; SendBird, Stream
TWH = {"Content-Type": "application/x-www-form-urlencoded", "Authorization": "Basic " + b64("AC" + hexs(32) + ":" + hexs(32))}


def chat():
    S = "twilio_conversations"
    p = nextp(); ch = "CH" + hexs(32)
    pairs = [("Author", p.phone("e164")), ("Body", f"Hi {p.first}, your {p.dx()} labs from {p.ad('us')} are back. Please call us."),
             ("Attributes", J({"mrn": p.mrn, "template": "lab_ready"}))]
    add(S, "POST", f"http://conversations.twilio.com/v1/Conversations/{ch}/Messages", TWH, form(pairs),
        [[p.phone("e164"), "phone"], [p.first, "name"], [p.dx(), "condition"], [p.ad("us"), "date"], [p.mrn, "mrn"]], ["lab_ready", "Please call us."], "redact")
    p = nextp(); ch = "CH" + hexs(32)
    pairs = [("MessagingBinding.Address", p.phone("e164")), ("MessagingBinding.ProxyAddress", "+17134268800"),
             ("Attributes", J({"friendlyName": p.full, "email": p.email, "dob": p.dobs("iso")}))]
    add(S, "POST", f"http://conversations.twilio.com/v1/Conversations/{ch}/Participants", TWH, form(pairs),
        [[p.phone("e164"), "phone"], [p.full, "name"], [p.email, "email"], [p.dobs("iso"), "dob"]], ["+17134268800"], "redact")
    p = nextp()
    attrs = {"type": "inbound", "name": p.full, "from": p.phone("e164"), "customers": {"member_id": p.mbr, "address": f"{p.street}, {p.city} TX"},
             "conversations": {"conversation_label_1": "refill", "content": f"{p.med()} refill - {p.dx()}"}}
    pairs = [("WorkspaceSid", "WS" + hexs(32)), ("WorkflowSid", "WW" + hexs(32)), ("Attributes", J(attrs)), ("TaskChannel", "chat")]
    add(S, "POST", f"http://taskrouter.twilio.com/v1/Workspaces/WS{hexs(32)}/Tasks", TWH, form(pairs),
        [[p.full, "name"], [p.phone("e164"), "phone"], [p.mbr, "member_id"], [p.street, "address"], [p.dx(), "condition"]], ["conversation_label_1"], "redact")
    p = nextp()
    body = {"channel": {"type": "sms", "initiated_by": "customer", "properties": {"media_channel_sid": "CH" + hexs(32)}},
            "routing": {"properties": {"workspace_sid": "WS" + hexs(32), "task_channel_unique_name": "sms",
                                       "attributes": {"customerName": p.full, "customerAddress": p.phone("e164"), "dob": p.dobs("ord"), "reason": f"refill {p.med()} ({p.dx()})"}}}}
    add(S, "POST", "http://flex-api.twilio.com/v1/Interactions", dict(TWH, **{"Content-Type": "application/json"}), J(body),
        [[p.full, "name"], [p.phone("e164"), "phone"], [p.dobs("ord"), "dob"], [p.dx(), "condition"]], ["task_channel_unique_name"], "redact")
    pairs = [("FriendlyName", "Front desk broadcast - Fannin"), ("UniqueName", "bcast-" + uuid()), ("Attributes", J({"clinic_phone": PRACTICE_PHONE, "created_by": staff(5, "name")}))]
    add(S, "POST", "http://conversations.twilio.com/v1/Conversations", TWH, form(pairs), [], ["Front desk broadcast - Fannin", PRACTICE_PHONE], "pass")

    S = "sendbird_stream"
    SBH = {"Content-Type": "application/json; charset=utf8", "Api-Token": hexs(40)}
    p = nextp(); kid = R.choice(["son", "daughter"])
    kdob = date(2014, 1, 1) + timedelta(days=R.randint(0, 2500))
    body = {"message_type": "MESG", "user_id": f"pt_{hexs(8)}", "message": f"hi this is {p.full}, my {kid}'s DOB is {fd(kdob, 'us')}, can i get the ADHD meds refilled? call me {p.phone('dot')}",
            "data": J({"mrn": p.mrn}), "custom_type": "patient_msg"}
    add(S, "POST", f"http://api-{hexs(8).upper()}.sendbird.com/v3/group_channels/sendbird_group_channel_{digits(9)}/messages", SBH, J(body),
        [[p.full, "name"], [fd(kdob, "us"), "dob"], ["ADHD", "condition"], [p.phone("dot"), "phone"], [p.mrn, "mrn"]], ["patient_msg"], "redact")
    p = nextp()
    body = {"user_id": p.mrn, "nickname": p.full, "profile_url": "", "metadata": {"dob": p.dobs("dmony"), "phone": p.phone("one"), "plan": p.mbr}}
    add(S, "POST", f"http://api-{hexs(8).upper()}.sendbird.com/v3/users", SBH, J(body),
        [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("dmony"), "dob"], [p.phone("one"), "phone"], [p.mbr, "member_id"]], ["profile_url"], "redact")
    STH2 = {"Content-Type": "application/json", "Stream-Auth-Type": "jwt", "Authorization": "eyJhbGciOiJIUzI1NiJ9." + alnum(40) + "." + alnum(43)}
    p = nextp()
    fn = f"labs_{p.last.replace(' ', '_')}_{p.first[0]}_{p.dobs('iso')}.pdf"
    body = {"message": {"text": f"Uploaded {p.first}'s labs, see attached", "user_id": "staff_mbell",
                        "attachments": [{"type": "file", "title": fn, "asset_url": f"https://files.bayoucityfwh.org/{fn}"}]}}
    add(S, "POST", f"http://chat.stream-io-api.com/channels/messaging/care-team-{hexs(6)}/message?api_key={alnum(12)}", STH2, J(body),
        [[p.first, "name"], [p.last.replace(" ", "_"), "name"], [p.dobs("iso"), "dob"]], ["staff_mbell"], "redact")
    p = nextp()
    body = {"users": {p.mrn: {"id": p.mrn, "name": p.full, "email": p.email, "custom": {"condition": p.dx(), "preferred_pharmacy": "H-E-B Pharmacy #412"}}}}
    add(S, "POST", f"http://chat.stream-io-api.com/users?api_key={alnum(12)}", STH2, J(body),
        [[p.mrn, "mrn"], [p.full, "name"], [p.email, "email"], [p.dx(), "condition"]], ["H-E-B Pharmacy #412"], "redact")
    body = {"message_type": "ADMM", "message": "Clinic hours change: Fannin opens 7:30am Mon-Fri starting 2026-05-04.", "custom_type": "announcement"}
    add(S, "POST", f"http://api-{hexs(8).upper()}.sendbird.com/v3/group_channels/announcements/messages", SBH, J(body), [], ["2026-05-04", "announcement"], "pass")


# ----------------------------------------------------------------------------- 10. help desks: Freshdesk, Zendesk
FDK = "http://bayoucityfwh.freshdesk.com"
ZD = "http://bayoucityfwh.zendesk.com"
FDH = {"Content-Type": "application/json", "Authorization": "Basic " + b64(alnum(20) + ":X")}


def helpdesk():
    S = "freshdesk"
    p = nextf()
    body = {"body": f"<div>Pt called: D.O.B. {p.dobs('us2')}, MRN# {p.mrn}. Says she is 9 weeks pregnant, needs earlier OB visit. Cb {p.phone('paren')}.</div>", "private": True}
    add(S, "POST", f"{FDK}/api/v2/tickets/{digits(5)}/notes", FDH, J(body),
        [[p.dobs("us2"), "dob"], [p.mrn, "mrn"], ["pregnant", "condition"], [p.phone("paren"), "phone"]], ["earlier OB visit"], "redact")
    p = nextp()
    body = {"name": p.full, "email": p.email, "phone": p.phone("dash"), "subject": "Billing question", "priority": 2, "status": 2,
            "description": f"Statement shows SSN {p.ssn} - that is not mine? Acct# {p.acct}.", "custom_fields": {"cf_member_id": p.mbr, "cf_clinic": "Fannin"}}
    add(S, "POST", f"{FDK}/api/v2/tickets", FDH, J(body),
        [[p.full, "name"], [p.email, "email"], [p.phone("dash"), "phone"], [p.ssn, "ssn"], [p.acct, "mrn"], [p.mbr, "member_id"]], ["Billing question", "cf_clinic"], "redact")
    body = {"name": "Front Desk", "email": f"frontdesk@{SITE}", "subject": "Printer in exam room 4 jammed", "priority": 1, "status": 2,
            "description": "Toner SKU CF258X, order PO-88213, tracking 1Z999AA10123456784. Call ext 214 when fixed."}
    add(S, "POST", f"{FDK}/api/v2/tickets", FDH, J(body), [], ["CF258X", "PO-88213", "1Z999AA10123456784"], "pass")

    S = "zendesk"
    ZH = {"Content-Type": "application/json", "Authorization": "Basic " + b64(f"ops@{SITE}/token:" + alnum(40))}
    p = nextp()
    body = {"ticket": {"comment": {"body": f"Spoke w/ {p.first}. Confirms dx {p.dx()}; wants records sent to new PCP. Ph# {p.phone('tight')}", "public": False},
                       "custom_fields": [{"id": 360001, "value": p.icd()}, {"id": 360002, "value": p.mrn}]}}
    add(S, "PUT", f"{ZD}/api/v2/tickets/{digits(6)}.json", ZH, J(body),
        [[p.first, "name"], [p.dx(), "condition"], [p.phone("tight"), "phone"], [p.icd(), "icd10"], [p.mrn, "mrn"]], ["360001"], "redact")
    p = nextp()
    body = {"request": {"requester": {"name": p.full, "email": p.email}, "subject": "Address change",
                        "comment": {"html_body": f"<p>Please update my mailing address to <b>{p.addr_line()}</b>, {p.city}, TX {p.zip}.</p><p>DOB {p.dobs('abbr')}</p>"}}}
    add(S, "POST", f"{ZD}/api/v2/requests.json", ZH, J(body),
        [[p.full, "name"], [p.email, "email"], [p.street, "address"], [p.zip, "zip"], [p.dobs("abbr"), "dob"]], ["Address change"], "redact")
    p = nextp()
    body = {"user": {"name": p.full, "email": p.email, "phone": p.phone("dot1"), "user_fields": {"date_of_birth": p.dobs("iso"), "mrn": p.mrn, "insurance_id": p.mbr}}}
    add(S, "POST", f"{ZD}/api/v2/users/create_or_update.json", ZH, J(body),
        [[p.full, "name"], [p.email, "email"], [p.phone("dot1"), "phone"], [p.dobs("iso"), "dob"], [p.mrn, "mrn"], [p.mbr, "member_id"]], ["user_fields"], "redact")
    body = {"macro": {"title": "Refill - pharmacy callback", "actions": [{"field": "comment_value", "value": f"Thanks for contacting {PRACTICE}. Refills take 2 business days. Questions: {PRACTICE_PHONE}."}]}}
    add(S, "PUT", f"{ZD}/api/v2/macros/{digits(8)}.json", ZH, J(body), [], ["Refill - pharmacy callback", PRACTICE_PHONE], "pass")
    p = nextp()
    body = {"ticket": {"comment": {"body": f"Caller {p.full} asked for clinic fax; gave {PRACTICE_FAX}.", "public": False}}}
    add(S, "PUT", f"{ZD}/api/v2/tickets/{digits(6)}.json", ZH, J(body), [[p.full, "name"]], [PRACTICE_FAX], "pass")


# ----------------------------------------------------------------------------- 11. CRM / ERP / HR: Salesforce Composite, Dynamics 365 OData, NetSuite, Workday
SF = "http://bayoucityfwh.my.salesforce.com"
SFH = {"Content-Type": "application/json", "Authorization": "Bearer 00D" + alnum(12) + "!" + alnum(40)}
D365 = "http://bcfwh.crm.dynamics.com"
DH = {"Content-Type": "application/json; charset=utf-8", "OData-MaxVersion": "4.0", "OData-Version": "4.0", "Authorization": "Bearer eyJ0eXAiOiJKV1Qi." + alnum(40)}
NS = "http://7654321.suitetalk.api.netsuite.com"
WD = "http://wd5-services1.myworkday.com"


def crm():
    S = "salesforce_composite"
    p = nextp()
    body = {"allOrNone": True, "compositeRequest": [
        {"method": "POST", "url": "/services/data/v60.0/sobjects/Contact", "referenceId": "newContact",
         "body": {"FirstName": p.first, "LastName": p.last, "Birthdate": p.dobs("iso"), "Phone": p.phone("paren"), "MailingStreet": p.addr_line(),
                  "MailingPostalCode": p.zip, "HealthCloudGA__MedicalRecordNumber__c": p.mrn}},
        {"method": "POST", "url": "/services/data/v60.0/sobjects/Case", "referenceId": "newCase",
         "body": {"ContactId": "@{newContact.id}", "Subject": "Behavioral health referral", "Description": f"Dx: {p.dx()}, {p.icd()}. Needs intake within 7 days."}}]}
    add(S, "POST", f"{SF}/services/data/v60.0/composite", SFH, J(body),
        NM(p) + [[p.phone("paren"), "phone"], [p.street, "address"], [p.zip, "zip"], [p.dobs("iso"), "dob"], [p.mrn, "mrn"], [p.dx(), "condition"], [p.icd(), "icd10"]],
        ["@{newContact.id}", "Behavioral health referral"], "redact")
    p = nextp(); q = nextp()
    body = {"allOrNone": False, "records": [{"attributes": {"type": "Lead"}, "FirstName": x.first, "LastName": x.last, "Email": x.email, "SSN__c": x.ssn,
                                             "Insurance_Member_ID__c": x.mbr, "LeadSource": "Web - Prenatal Class"} for x in (p, q)]}
    add(S, "POST", f"{SF}/services/data/v60.0/composite/sobjects", SFH, J(body),
        sum([NM(x) + [[x.email, "email"], [x.ssn, "ssn"], [x.mbr, "member_id"]] for x in (p, q)], []), ["Web - Prenatal Class"], "redact")
    p = nextp()
    body = {"records": [{"attributes": {"type": "Account", "referenceId": "acc1"}, "Name": f"{p.full} Household", "Phone": p.phone("dash"),
                         "Contacts": {"records": [{"attributes": {"type": "Contact", "referenceId": "con1"}, "LastName": p.last, "FirstName": p.first,
                                                   "Description": f"DOB {p.dobs('long')}; {p.dx()}; prefers text"}]}}]}
    add(S, "POST", f"{SF}/services/data/v60.0/composite/tree/Account", SFH, J(body),
        NM(p) + [[p.phone("dash"), "phone"], [p.dobs("long"), "dob"], [p.dx(), "condition"]], ["acc1", "prefers text"], "redact")
    body = {"allOrNone": True, "compositeRequest": [
        {"method": "PATCH", "url": "/services/data/v60.0/sobjects/Account/001Hs00002xYzAbIAK", "referenceId": "vendor",
         "body": {"Name": "Medline Industries", "Phone": "1-800-633-5463", "BillingPostalCode": "60093"}},
        {"method": "POST", "url": "/services/data/v60.0/sobjects/Product2", "referenceId": "prod", "body": {"Name": "Diabetes Care Kit", "ProductCode": "DCK-200", "IsActive": True}}]}
    add(S, "POST", f"{SF}/services/data/v60.0/composite", SFH, J(body), [], ["Medline Industries", "Diabetes Care Kit", "DCK-200"], "pass")

    S = "dynamics_odata"
    p = nextp()
    body = {"firstname": p.first, "lastname": p.last, "birthdate": p.dobs("iso"), "telephone1": p.phone("paren"), "emailaddress1": p.email,
            "msemr_medicalrecordnumber": p.mrn, "description": f"Referred from ED for {p.dx()}", "address1_line1": p.street, "address1_postalcode": p.zip}
    add(S, "POST", f"{D365}/api/data/v9.2/contacts", DH, J(body),
        NM(p) + [[p.phone("paren"), "phone"], [p.email, "email"], [p.street, "address"], [p.zip, "zip"], [p.dobs("iso"), "dob"], [p.mrn, "mrn"], [p.dx(), "condition"]],
        ["msemr_medicalrecordnumber"], "redact")
    p = nextp()
    flt = f"lastname eq '{p.last}' and birthdate eq {p.dobs('iso')}"
    add(S, "GET", f"{D365}/api/data/v9.2/contacts?{qs([('$filter', flt), ('$select', 'contactid,fullname')])}", DH, "",
        [[p.last, "name"], [p.dobs("iso"), "dob"]], ["contactid,fullname"], "redact")
    p = nextp(); b, cs = "batch_" + uuid(), "changeset_" + uuid()
    part = J({"firstname": p.first, "lastname": p.last, "msemr_ssn": p.ssn, "msemr_insuranceid": p.mbr})
    body = (f"--{b}\r\nContent-Type: multipart/mixed; boundary={cs}\r\n\r\n--{cs}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\nContent-ID: 1\r\n\r\n"
            f"POST {D365}/api/data/v9.2/contacts HTTP/1.1\r\nContent-Type: application/json;type=entry\r\n\r\n{part}\r\n--{cs}--\r\n--{b}--\r\n")
    add(S, "POST", f"{D365}/api/data/v9.2/$batch", dict(DH, **{"Content-Type": f"multipart/mixed; boundary={b}"}), body,
        NM(p) + [[p.ssn, "ssn"], [p.mbr, "member_id"]], [], "redact")
    body = {"name": "Prenatal Vitamins 90ct", "productnumber": "PNV-90", "price": 24.5, "description": "Catalog item, lot LT-2304-117, expires 2027-01-31"}
    add(S, "POST", f"{D365}/api/data/v9.2/products", DH, J(body), [], ["PNV-90", "LT-2304-117", "2027-01-31"], "pass")

    S = "netsuite"
    p = nextp()
    soap = (f'<?xml version="1.0" encoding="UTF-8"?>\n<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" '
            f'xmlns:platformMsgs="urn:messages_2024_1.platform.webservices.netsuite.com" xmlns:platformCore="urn:core_2024_1.platform.webservices.netsuite.com" '
            f'xmlns:listRel="urn:relationships_2024_1.lists.webservices.netsuite.com" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
            f'<soapenv:Body><platformMsgs:add><platformMsgs:record xsi:type="listRel:Customer">'
            f'<listRel:firstName>{p.first}</listRel:firstName><listRel:lastName>{p.last}</listRel:lastName><listRel:phone>{p.phone("dot")}</listRel:phone>'
            f'<listRel:customFieldList><platformCore:customField xsi:type="platformCore:StringCustomFieldRef" scriptId="custentity_dob"><platformCore:value>{p.dobs("us")}</platformCore:value></platformCore:customField>'
            f'<platformCore:customField xsi:type="platformCore:StringCustomFieldRef" scriptId="custentity_ssn"><platformCore:value>{p.ssn}</platformCore:value></platformCore:customField>'
            f'</listRel:customFieldList></platformMsgs:record></platformMsgs:add></soapenv:Body></soapenv:Envelope>')
    add(S, "POST", f"{NS}/services/NetSuitePort_2024_1", {"Content-Type": "text/xml; charset=utf-8", "SOAPAction": "add"}, soap,
        NM(p) + [[p.phone("dot"), "phone"], [p.dobs("us"), "dob"], [p.ssn, "ssn"]], ["custentity_ssn"], "redact")
    p = nextp()
    body = {"companyName": f"{p.full} (self-pay)", "email": p.email, "custentity_diagnosis": p.dx(), "custentity_mrn": p.mrn, "terms": {"id": "2"}}
    add(S, "POST", f"{NS}/services/rest/record/v1/customer", {"Content-Type": "application/json", "Authorization": "OAuth realm=\"7654321\""}, J(body),
        [[p.full, "name"], [p.email, "email"], [p.dx(), "condition"], [p.mrn, "mrn"]], ["custentity_diagnosis"], "redact")

    S = "workday_xml"
    WH = {"Content-Type": "text/xml; charset=utf-8"}
    p = nextp(); emp = f"E{digits(6)}"
    x = (f'<?xml version="1.0" encoding="UTF-8"?>\n<env:Envelope xmlns:env="http://schemas.xmlsoap.org/soap/envelope/"><env:Body>'
         f'<wd:Submit_Employee_Health_Screening_Request xmlns:wd="urn:com.workday/bsvc" wd:version="v42.0">'
         f'<wd:Worker_Reference><wd:ID wd:type="Employee_ID">{emp}</wd:ID></wd:Worker_Reference>'
         f'<wd:Screening wd:Legal_Name="{p.full}" wd:Birth_Date="{p.dobs("iso")}" wd:Result="positive TB skin test" wd:Accommodation="{p.dx()}"/>'
         f'<wd:Contact wd:Phone="{p.phone("dash")}" wd:Email="{p.email}"/></wd:Submit_Employee_Health_Screening_Request></env:Body></env:Envelope>')
    add(S, "POST", f"{WD}/ccx/service/bcfwh/Human_Resources/v42.0", WH, x,
        [[p.full, "name"], [p.phone("dash"), "phone"], [p.email, "email"], [p.dobs("iso"), "dob"], ["positive TB skin test", "condition"], [p.dx(), "condition"]],
        [emp, "Submit_Employee_Health_Screening_Request"], "redact")
    p = nextp()
    x = (f'<wd:Leave_Request xmlns:wd="urn:com.workday/bsvc" wd:Employee="{p.full}" wd:Start="2026-05-11" wd:Reason="{p.dx()}" wd:Provider_Note="cleared by {staff(0)}; SSN {p.ssn}"/>')
    add(S, "POST", f"{WD}/ccx/service/bcfwh/Absence_Management/v42.0", WH, x, [[p.full, "name"], [p.dx(), "condition"], [p.ssn, "ssn"]], ["2026-05-11"], "redact")
    x = ('<wd:Job_Posting xmlns:wd="urn:com.workday/bsvc" wd:Requisition="R-2026-0412"><wd:Title>Registered Nurse - Diabetes Education</wd:Title>'
         '<wd:Location>2400 Fannin St Suite 1100, Houston, TX 77002</wd:Location><wd:Pay_Range wd:Min="78000" wd:Max="96000" wd:Currency="USD"/></wd:Job_Posting>')
    add(S, "POST", f"{WD}/ccx/service/bcfwh/Recruiting/v42.0", WH, x, [], ["R-2026-0412", "Registered Nurse - Diabetes Education", PRACTICE_ADDR], "pass")


# ----------------------------------------------------------------------------- 12. Epic-like / athena-like proprietary JSON
EPIC = "http://interop.epic-partner.example"
ATHENA = "http://api.preview.platform.athenahealth.com"
CMGT = "http://api.carebridge-cm.example"


def ehr():
    S = "epic_like_json"
    p = nextp()
    body = {"PatientID": [{"ID": p.mrn, "Type": "MRN"}, {"ID": f"Z{digits(6)}", "Type": "EPI"}], "Demographics": {"Name": {"First": p.first, "Last": p.last},
            "DateOfBirth": p.dobs("iso"), "HomePhone": p.phone("dash"), "Address": {"Street": [p.addr_line()], "City": p.city, "State": "TX", "Zip": p.zip}, "SSN": p.ssn},
            "ProblemList": [{"DisplayName": p.dx(), "ICD10": p.icd(), "NotedDate": "2024-02-11"}]}
    add(S, "POST", f"{EPIC}/api/epic/2014/Common/Patient/GetPatientDemographics/Patient/Demographics", JSONH, J(body),
        [[p.mrn, "mrn"]] + NM(p) + [[p.dobs("iso"), "dob"], [p.phone("dash"), "phone"], [p.street, "address"], [p.zip, "zip"], [p.ssn, "ssn"], [p.dx(), "condition"], [p.icd(), "icd10"]],
        [], "pass")
    p = nextp()
    body = {"PatientID": p.mrn, "PatientIDType": "MRN", "Encounter": {"ContactDate": p.ad("us"), "DepartmentName": "BCFWH OBGYN FANNIN"},
            "Patient": {"Name": f"{p.last.upper()},{p.first.upper()}", "DOB": p.dobs("us"), "SSN": p.ssn, "Phone": p.phone("dash"), "Addr": f"{p.addr_line()}, {p.city} TX {p.zip}"},
            "Diagnoses": [{"Name": p.dx(), "Code": p.icd()}]}
    add(S, "POST", f"{CMGT}/v2/epic-feed/encounters", JSONH, J(body),
        [[p.mrn, "mrn"], [p.ad("us"), "date"], [p.last.upper(), "name"], [p.first.upper(), "name"], [p.dobs("us"), "dob"], [p.ssn, "ssn"], [p.phone("dash"), "phone"],
         [p.street, "address"], [p.zip, "zip"], [p.dx(), "condition"], [p.icd(), "icd10"]], ["BCFWH OBGYN FANNIN"], "redact")
    p = nextp()
    body = {"PatientID": p.mrn, "Name": p.full, "DOB": p.dobs("us"), "CareGaps": [{"Measure": "Cervical cancer screening", "Due": "2026-06-01"}], "PCP": staff(1)}
    add(S, "POST", f"{CMGT}/v2/epic-feed/care-gaps", JSONH, J(body), [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("us"), "dob"]], [staff(1), "Cervical cancer screening"], "pass")

    S = "athena_like"
    p = nextp()
    pairs = [("firstname", p.first), ("lastname", p.last), ("dob", p.dobs("us")), ("sex", p.sex), ("ssn", p.ssn.replace("-", "")), ("mobilephone", p.phone("bare")),
             ("address1", p.street), ("zip", p.zip), ("email", p.email), ("departmentid", "12")]
    add(S, "POST", f"{ATHENA}/v1/195900/patients", {"Content-Type": "application/x-www-form-urlencoded", "Authorization": "Bearer " + alnum(28)}, form(pairs),
        NM(p) + [[p.dobs("us"), "dob"], [p.ssn.replace("-", ""), "ssn"], [p.phone("bare"), "phone"], [p.street, "address"], [p.zip, "zip"], [p.email, "email"]], [], "pass")
    p = nextp()
    body = {"patientid": p.mrn, "firstname": p.first, "lastname": p.last, "dob": p.dobs("us"), "ssn": p.ssn, "homephone": p.phone("bare"), "zip": p.zip,
            "email": p.email, "primaryproviderid": "71", "appointmentdate": p.ad("us"), "appointmenttype": "OB FOLLOW UP", "patientinsurancememberid": p.mbr,
            "lastdiagnosis": p.dx()}
    add(S, "POST", f"{CMGT}/v2/athena-feed/appointments", JSONH, J(body),
        [[p.mrn, "mrn"]] + NM(p) + [[p.dobs("us"), "dob"], [p.phone("bare"), "phone"], [p.ad("us"), "date"], [p.dx(), "condition"],
                                    [p.ssn, "ssn"], [p.zip, "zip"], [p.email, "email"], [p.mbr, "member_id"]],
        ["OB FOLLOW UP", "primaryproviderid"], "redact")
    p = nextp()
    body = {"patients": [{"patientid": p.mrn, "firstname": p.first, "lastname": p.last, "dob": p.dobs("us"), "guarantorssn": p.ssn, "guarantoraddress1": p.street,
                          "guarantorzip": p.zip, "contactmobilephone": p.phone("bare")}], "totalcount": 1}
    add(S, "POST", f"{CMGT}/v2/athena-feed/patients", JSONH, J(body),
        [[p.mrn, "mrn"]] + NM(p) + [[p.dobs("us"), "dob"], [p.phone("bare"), "phone"], [p.ssn, "ssn"], [p.street, "address"], [p.zip, "zip"]], ["totalcount"], "redact")
    body = {"departments": [{"departmentid": "12", "name": "BCFWH Fannin", "address": PRACTICE_ADDR, "zip": PRACTICE_ZIP, "phone": "7134268800", "timezone": "America/Chicago"}]}
    add(S, "POST", f"{CMGT}/v2/athena-feed/departments", JSONH, J(body), [], ["BCFWH Fannin", "7134268800", PRACTICE_ADDR], "pass")


# ----------------------------------------------------------------------------- 13. HL7 v2 (lab interface under BAA: name, dob, mrn, date), NCPDP-like text
LABIF = "http://hl7.gulflab-partner.example/hl7/inbound"
MON = "http://monitor.hl7-watch.example/api/messages"
HIE = "http://hie.gulfcoast-hie.example/hl7"
H7 = {"Content-Type": "x-application/hl7-v2+er7; charset=utf-8"}


def msh(typ, ctl, enc="^~\\&", fs="|"):
    return fs.join(["MSH", enc, "BCFWH_EHR", "BCFWH", "GULFLAB", "GULFLAB", "20260402091500", "", typ, ctl, "P", "2.7" if len(enc) == 5 else "2.5.1"])


def hl7():
    S = "hl7_adt_siu"
    p = nextp(); ctl = "MSG" + digits(8)
    segs = [msh("ADT^A04^ADT_A01", ctl, "^~\\&#"), f"EVN|A04|20260402091500",
            f"PID|1||{p.mrn}^^^BCFWH^MR~{p.ssn}^^^SSA^SS||{p.last.upper()}^{p.first.upper()}^^^^^L||{p.dobs('d8')}|{p.sex}|||{p.street}^{p.unit}^{p.city}^TX^{p.zip}^USA^H||^PRN^PH^^1^{p.area}^{p.exch}{p.line}",
            "PV1|1|O|FANNIN^^^BCFWH||||1730192837^Nwachukwu^Amara^^^Dr"]
    add(S, "POST", LABIF, H7, "\r".join(segs) + "\r",
        [[p.mrn, "mrn"], [p.last.upper(), "name"], [p.first.upper(), "name"], [p.dobs("d8"), "dob"], [p.ssn, "ssn"], [p.street, "address"], [p.zip, "zip"],
         [f"{p.exch}{p.line}", "phone"]], [ctl], "redact")
    p = nextp(); ctl = "MSG" + digits(8); alias = R.choice(["Jones", "Garcia", "Lee"])
    segs = [msh("ADT^A08^ADT_A01", ctl), "EVN|A08|20260402101200",
            f"PID|1||{p.mrn}^^^BCFWH^MR||{p.last}^{p.first}^^^^^L~{alias}^{p.first}^^^^^M||{p.dobs('d8')}|{p.sex}|||{p.street}^{p.unit}^{p.city}^TX^{p.zip}^USA^H",
            f"NTE|1||Pt states \\T\\ partner is HIV+ \\F\\ requests {p.dx()} counseling\\.br\\Call {p.phone('dash')} \\E\\ok to leave VM\\E\\",
            f"DG1|1||{p.icd()}^{p.dx()}^I10"]
    add(S, "POST", LABIF, H7, "\n".join(segs) + "\n",
        [[p.mrn, "mrn"], [p.last, "name"], [p.first, "name"], [p.dobs("d8"), "dob"], [p.street, "address"], [p.zip, "zip"], ["HIV", "condition"], [p.dx(), "condition"],
         [p.phone("dash"), "phone"], [p.icd(), "icd10"], [alias, "name"]], [ctl], "redact")
    p = nextp(); ctl = "MSG" + digits(8)
    segs = [msh("SIU^S12^SIU_S12", ctl), f"SCH|{digits(7)}|{digits(7)}|||||FOLLOWUP^Follow-up|OUD^F/U OUD - bup taper|30|min|^^30^{p.at('hl7')}",
            f"PID|1||{p.mrn}^^^BCFWH^MR||{p.last}^{p.first}||{p.dobs('d8')}|{p.sex}||||||{p.phone('paren')}^PRN^PH",
            f"AIP|1||1730192837^Greer^Hollis^^^Dr|ATTENDING", f"NTE|1||Member ID {p.mbr}; dx {p.icd()}"]
    add(S, "POST", LABIF, H7, "\r".join(segs) + "\r",
        [[p.mrn, "mrn"], [p.last, "name"], [p.first, "name"], [p.dobs("d8"), "dob"], [p.at("hl7"), "date"], ["OUD", "condition"], [p.phone("paren"), "phone"],
         [p.mbr, "member_id"], [p.icd(), "icd10"]], [ctl, "FOLLOWUP"], "redact")
    p = nextp(); ctl = "MSG" + digits(8)   # field separator '!' (legal, rare)
    segs = [msh("ADT^A04", ctl, fs="!"), "EVN!A04!20260402111100",
            f"PID!1!!{p.mrn}^^^BCFWH^MR!!{p.last}^{p.first}!!{p.dobs('d8')}!{p.sex}!!!{p.street}^^{p.city}^TX^{p.zip}!!{p.phone('paren')}!!!!!{p.ssn}"]
    add(S, "POST", MON, H7, "\r".join(segs) + "\r",
        [[p.mrn, "mrn"], [p.last, "name"], [p.first, "name"], [p.dobs("d8"), "dob"], [p.street, "address"], [p.zip, "zip"], [p.phone("paren"), "phone"], [p.ssn, "ssn"]],
        [ctl], "redact")
    p = nextp(); q = nextp()
    msgs = []
    for x in (p, q):
        msgs += [msh("ADT^A04", "MSG" + digits(8)), "EVN|A04|20260402120000",
                 f"PID|1||{x.mrn}^^^BCFWH^MR||{x.last}^{x.first}||{x.dobs('d8')}|{x.sex}|||{x.street}^^{x.city}^TX^{x.zip}||{x.phone('dash')}", f"DG1|1||{x.icd()}^{x.dx()}^I10"]
    body = "\r".join(["FHS|^~\\&|BCFWH_EHR|BCFWH|||20260402120000", "BHS|^~\\&|BCFWH_EHR|BCFWH|||20260402120000"] + msgs + ["BTS|2", "FTS|1"]) + "\r"
    add(S, "POST", MON, H7, body,
        sum([[[x.mrn, "mrn"], [x.last, "name"], [x.first, "name"], [x.dobs("d8"), "dob"], [x.street, "address"], [x.zip, "zip"], [x.phone("dash"), "phone"],
              [x.icd(), "icd10"], [x.dx(), "condition"]] for x in (p, q)], []), ["BTS|2"], "redact")
    p = nextp(); ctl = "MSG" + digits(8)   # MLLP framing bytes kept in the HTTP body
    segs = [msh("ADT^A04", ctl), f"PID|1||{p.mrn}^^^BCFWH^MR||{p.last}^{p.first}||{p.dobs('d8')}|{p.sex}|||{p.street}^{p.unit}^{p.city}^TX^{p.zip}",
            f"IN1|1|BCBSTX|{digits(5)}|{p.payer}|||||||||||{p.last}^{p.first}|SEL|{p.dobs('d8')}|||||||||||||||||{p.mbr}"]
    body = ("\x0b" + "\r".join(segs) + "\r\x1c\r").encode()
    add(S, "POST", MON, {"Content-Type": "application/hl7-v2"}, body,
        [[p.mrn, "mrn"], [p.last, "name"], [p.first, "name"], [p.dobs("d8"), "dob"], [p.street, "address"], [p.zip, "zip"], [p.mbr, "member_id"]], [ctl], "redact")
    p = nextp(); ctl = "MSG" + digits(8)
    segs = [msh("ADT^A08", ctl), f"PID|1||{p.mrn}^^^BCFWH^MR||{p.last}^{p.first}||{p.dobs('d8')}|{p.sex}|||{p.street}^^{p.city}^TX^{p.zip}||{p.phone('dash')}|||||{p.ssn}",
            f"DG1|1||{p.icd()}^{p.dx()}^I10"]
    add(S, "POST", HIE, H7, "\r".join(segs) + "\r",
        [[p.mrn, "mrn"], [p.last, "name"], [p.first, "name"], [p.dobs("d8"), "dob"], [p.street, "address"], [p.zip, "zip"], [p.phone("dash"), "phone"], [p.ssn, "ssn"],
         [p.icd(), "icd10"], [p.dx(), "condition"]], [], "pass")
    ctl = "ACK" + digits(8)
    add(S, "POST", LABIF, H7, "\r".join([msh("ACK^A04^ACK", ctl), f"MSA|AA|MSG{digits(8)}|Message accepted"]) + "\r", [], [], "pass")
    ctl = "MFN" + digits(8)
    segs = [msh("MFN^M02^MFN_M02", ctl), "MFI|PRA^Practitioner Master File^HL70175||UPD|||AL",
            f"MFE|MAD|||{staff(1, 'npi')}^Cho^Steven^^^Dr|CWE", f"STF|{staff(1, 'npi')}|{staff(1, 'npi')}^NPI|Cho^Steven^^^Dr||M|||||^WPN^PH^^1^713^4268800"]
    add(S, "POST", LABIF, H7, "\r".join(segs) + "\r", [], [], "pass")

    S = "ncpdp_text"
    NCH = {"Content-Type": "text/plain; charset=us-ascii", "X-Switch-Version": "D.0"}
    p = nextp()
    txt = (f"AM01|C2:{p.mbr}|C4:{p.dobs('d8')}|C5:{'2' if p.sex == 'F' else '1'}|CA:{p.first.upper()}|CB:{p.last.upper()}|CM:{p.street.upper()}|CO:{p.zip}|CQ:{p.phone('bare')}|"
           f"CY:{p.ssn.replace('-', '')}\nAM07|EM:1|D2:{digits(7)}|E1:03|D7:00093720101|E7:30000|D3:00|D5:30\nAM03|EZ:01|DB:{staff(3, 'npi')}\n"
           f"AM15|DO:{p.icd().replace('.', '')}|DS:{p.dx()}\n")
    add(S, "POST", "http://claims.rxswitch.example/ncpdp/b1", NCH, txt,
        [[p.mbr, "member_id"], [p.dobs("d8"), "dob"], [p.first.upper(), "name"], [p.last.upper(), "name"], [p.street.upper(), "address"], [p.zip, "zip"],
         [p.phone("bare"), "phone"], [p.ssn.replace("-", ""), "ssn"], [p.icd().replace(".", ""), "icd10"], [p.dx(), "condition"]], [staff(3, "npi"), "00093720101"], "redact")
    p = nextp()
    txt = f"AM01|C2:{p.mbr}|C4:{p.dobs('d8')}|CA:{p.first.upper()}|CB:{p.last.upper()}\nAM07|EM:1|D2:{digits(7)}|E1:03|D7:00378395077|E7:90|D5:30\n"
    add(S, "POST", "http://claims.rxswitch.example/ncpdp/b1", NCH, txt,
        [[p.mbr, "member_id"], [p.dobs("d8"), "dob"], [p.first.upper(), "name"], [p.last.upper(), "name"]], ["00378395077"], "pass")
    txt = "AM20|A1:610014|A2:BCFWHRX|A3:GRP40021|AN:A|F3:" + digits(12) + "|FB:00\n"
    add(S, "POST", "http://claims.rxswitch.example/ncpdp/status", NCH, txt, [], ["610014", "GRP40021"], "pass")


# ----------------------------------------------------------------------------- 14. CSV, YAML front matter, XML with namespaces / attributes, SAML
MODE = "http://app.mode.com/api/bcfwh/uploads"
SNOW = "http://bcfwh-xy12345.snowflakecomputing.com"


def csvq(v):
    v = str(v)
    return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\n;') else v


def files():
    S = "csv_quoted"
    p, q, r = nextp(), nextp(), nextp()
    rows = [["patient", "dob", "phone", "note"],
            [f"{p.last}, {p.first}", p.dobs("us"), p.phone("paren"), f'Pt called re: refill\nsays "feeling hopeless" - {p.dx()} f/u'],
            [f"{q.last}, {q.first}", q.dobs("dmony"), q.phone("dot"), f"MRN# {q.mrn}; addr {q.addr_line()}, {q.city} {q.zip}"],
            [f"{r.last}, {r.first}", r.dobs("dot"), r.phone("one"), f'"{r.dx()}" per referral; SSN {r.ssn}']]
    body = "\r\n".join(",".join(csvq(c) for c in row) for row in rows) + "\r\n"
    add(S, "POST", f"{MODE}?name=callbacks_week14.csv", {"Content-Type": "text/csv"}, body,
        [[p.last, "name"], [p.first, "name"], [p.dobs("us"), "dob"], [p.phone("paren"), "phone"], [p.dx(), "condition"],
         [q.last, "name"], [q.first, "name"], [q.dobs("dmony"), "dob"], [q.phone("dot"), "phone"], [q.mrn, "mrn"], [q.street, "address"], [q.zip, "zip"],
         [r.last, "name"], [r.first, "name"], [r.dobs("dot"), "dob"], [r.phone("one"), "phone"], [r.dx(), "condition"], [r.ssn, "ssn"]], ["callbacks_week14.csv"], "redact")
    p, q = nextp(), nextp()
    rows = [["Nom", "Naissance", "Assurance", "Diagnostic"]] + [[x.full, x.dobs("dlong"), x.mbr, x.dx()] for x in (p, q)]
    body = "\n".join(";".join(csvq(c) for c in row) for row in rows) + "\n"
    add(S, "PUT", f"{SNOW}/api/v2/stages/INTAKE_STAGE/files/export_fr.csv", {"Content-Type": "text/csv; charset=utf-8", "Authorization": "Bearer " + alnum(40)}, body,
        sum([[[x.full, "name"], [x.dobs("dlong"), "dob"], [x.mbr, "member_id"], [x.dx(), "condition"]] for x in (p, q)], []), ["Naissance"], "redact")
    body = ('sku,description,lot,expires,qty,unit_price\r\nDCK-200,"Diabetes Care Kit, deluxe",LT-2304-117,2027-01-31,40,34.99\r\n'
            'OQ-HIV-1,"OraQuick HIV Self-Test ""single""",OQ-88412,2026-11-30,25,39.00\r\nPNV-90,Prenatal Vitamins 90ct,PV-5521,2027-06-30,60,24.50\r\n')
    add(S, "POST", f"{MODE}?name=inventory_apr.csv", {"Content-Type": "text/csv"}, body, [], ["LT-2304-117", "OQ-88412", "Prenatal Vitamins 90ct"], "pass")

    S = "yaml_front_matter"
    GLH = {"Content-Type": "application/json", "PRIVATE-TOKEN": "glpat-" + alnum(20)}
    p = nextp()
    md = (f"---\ntitle: \"{p.first}'s story: beating {p.dx()}\"\npatient_name: {p.full}\npatient_dob: {p.dobs('iso')}\nconsent_form: CF-{digits(5)}\nphone: \"{p.phone('paren')}\"\n"
          f"tags: [stories, {p.dx()}]\ndraft: true\n---\n\n{p.first} first came to see {staff(0)} in 2023...\n")
    path = quote("content/stories/patient-story-draft.md", safe="")
    add(S, "POST", f"http://gitlab.com/api/v4/projects/4412871/repository/files/{path}", GLH,
        J({"branch": "main", "commit_message": "Add story draft", "content": md}),
        [[p.first, "name"], [p.full, "name"], [p.dx(), "condition"], [p.dobs("iso"), "dob"], [p.phone("paren"), "phone"]], ["Add story draft"], "redact")
    p = nextp()
    md = f"---\nlayout: referral\npt: {p.full}\nDOB: {p.dobs('us')}\nMRN: {p.mrn}\nto: UTHealth Psychiatry\n---\nReason: {p.dx()}\n"
    blob = b64(md)
    add(S, "PUT", "http://api.github.com/repos/bcfwh/ops-notes/contents/referrals/2026-04-02.md", {"Content-Type": "application/json", "Authorization": "Bearer ghp_" + alnum(36)},
        J({"message": "referral note", "content": blob, "branch": "main"}), [[blob, "mrn"]], ["referral note"], "redact")
    md = (f"---\ntitle: Understanding Gestational Diabetes\nauthor: {staff(0)}\ndate: 2026-03-14\ntags: [pregnancy, diabetes]\nclinic_phone: \"{PRACTICE_PHONE}\"\n---\n\n"
          "About 6% of pregnancies in Texas are affected by gestational diabetes...\n")
    add(S, "POST", "http://gitlab.com/api/v4/projects/4412871/repository/files/" + quote("content/blog/gdm.md", safe=""), GLH,
        J({"branch": "main", "commit_message": "blog: GDM explainer", "content": md}), [], ["Understanding Gestational Diabetes", staff(0), PRACTICE_PHONE], "pass")

    S = "xml_ns_attrs"
    XH = {"Content-Type": "application/xml; charset=utf-8"}
    p = nextp()
    x = (f'<?xml version="1.0"?>\n<ref:Referral xmlns:ref="urn:referralhub:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ref:id="RF-{digits(6)}">'
         f'<ref:Patient ref:mrn="{p.mrn}" dob="{p.dobs("iso")}" sex="{p.sex}"><ref:Name given="{p.first}" family="{p.last}"/>'
         f'<ref:Telecom use="mobile" value="{p.phone("e164")}"/><ref:Address line1="{p.street}" unit="{p.unit}" city="{p.city}" zip="{p.zip}"/></ref:Patient>'
         f'<ref:Dx code="{p.icd()}">{p.dx()}</ref:Dx><ref:Appointment start="{p.at("off")}"/></ref:Referral>')
    add(S, "POST", "http://api.referralhub.example/v3/referrals", XH, x,
        NM(p) + [[p.dobs("iso"), "dob"], [p.phone("e164"), "phone"], [p.at("off"), "date"], [p.mrn, "mrn"], [p.street, "address"], [p.zip, "zip"], [p.icd(), "icd10"], [p.dx(), "condition"]],
        ["urn:referralhub:v3"], "redact")
    p = nextp()
    x = (f'<ns2:ReferralUpdate xmlns:ns2="urn:referralhub:v3"><ns2:Note><![CDATA[Called {p.full} at {p.phone("tight")}; confirmed DOB {p.dobs("usdash")}. '
         f'Has {p.dx()}; SSN on file {p.ssn}.]]></ns2:Note><ns2:Status>scheduled</ns2:Status></ns2:ReferralUpdate>')
    add(S, "POST", "http://api.referralhub.example/v3/referrals/updates", XH, x,
        [[p.full, "name"], [p.phone("tight"), "phone"], [p.dobs("usdash"), "dob"], [p.dx(), "condition"], [p.ssn, "ssn"]], ["scheduled"], "redact")
    x = (f'<rss xmlns:g="http://base.google.com/ns/1.0" version="2.0"><channel><item><g:id>DCK-200</g:id><g:title>Diabetes Care Kit</g:title>'
         f'<g:price>34.99 USD</g:price><g:gtin>00812345012345</g:gtin></item><item><g:id>PNV-90</g:id><g:title>Prenatal Vitamins 90ct</g:title>'
         f'<g:price>24.50 USD</g:price></item></channel></rss>')
    add(S, "POST", "http://api.referralhub.example/v3/catalog/feed", XH, x, [], ["00812345012345", "Diabetes Care Kit"], "pass")

    S = "saml_sso"
    p = nextp()
    a = (f'<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_{hexs(32)}" Version="2.0">'
         f'<saml:Assertion><saml:Subject><saml:NameID>{p.email}</saml:NameID></saml:Subject><saml:AttributeStatement>'
         f'<saml:Attribute Name="displayName"><saml:AttributeValue>{p.full}</saml:AttributeValue></saml:Attribute>'
         f'<saml:Attribute Name="birthdate"><saml:AttributeValue>{p.dobs("iso")}</saml:AttributeValue></saml:Attribute>'
         f'<saml:Attribute Name="mrn"><saml:AttributeValue>{p.mrn}</saml:AttributeValue></saml:Attribute>'
         f'<saml:Attribute Name="program"><saml:AttributeValue>{p.dx()} education</saml:AttributeValue></saml:Attribute>'
         f'</saml:AttributeStatement></saml:Assertion></samlp:Response>')
    blob = b64(a)
    add(S, "POST", "http://sso.healthvideos.example/saml/acs", FORMH, form([("SAMLResponse", blob), ("RelayState", "/library/start")], plus=False),
        [[blob, "mrn"]], ["/library/start"], "redact")
    p = nextp()
    add(S, "POST", "http://sso.healthvideos.example/saml/acs-debug", XH,
        (f'<saml:AttributeStatement xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"><saml:Attribute Name="email"><saml:AttributeValue>{p.email}</saml:AttributeValue></saml:Attribute>'
         f'<saml:Attribute Name="phone"><saml:AttributeValue>{p.phone("dot")}</saml:AttributeValue></saml:Attribute>'
         f'<saml:Attribute Name="dob"><saml:AttributeValue>{p.dobs("us")}</saml:AttributeValue></saml:Attribute></saml:AttributeStatement>'),
        [[p.email, "email"], [p.phone("dot"), "phone"], [p.dobs("us"), "dob"]], [], "redact")


# ----------------------------------------------------------------------------- 15. pixels with URL-encoded JSON, nested base64 in forms, multipart with JSON parts
def pixels():
    S = "pixel_urljson"
    p = nextp()
    ed = {"em": p.email, "ph": p.phone("bare"), "fn": p.first.lower(), "ln": p.last.lower(), "zp": p.zip}
    add(S, "GET", f"http://ct.pinterest.com/v3/?{qs([('event', 'lead'), ('tid', '2612345678901'), ('ed', J(ed, compact=True)), ('pd', J({'np': 'pinterest'}, compact=True))])}",
        {"Referer": f"{PORTAL}/book/thank-you"}, "",
        [[p.email, "email"], [p.phone("bare"), "phone"], [p.first.lower(), "name"], [p.last.lower(), "name"], [p.zip, "zip"]], ["2612345678901"], "redact")
    p = nextp()
    ctx = {"page": f"{PORTAL}/services/{p.dx().replace(' ', '-')}", "u_em": p.email, "u_dob": p.dobs("d8")}
    add(S, "GET", f"http://tr.snapchat.com/p?{qs([('pid', uuid()), ('ev', 'PAGE_VIEW'), ('v', '1.5'), ('ctx', J(ctx, compact=True))])}", {}, "",
        [[p.email, "email"], [p.dobs("d8"), "dob"]], ["PAGE_VIEW"], "redact")
    p = nextp()
    body = {"test_mode": False, "events": [{"event_at": ts(32), "event_type": {"tracking_type": "SignUp"}, "user": {"email": p.email, "phone_number": p.phone("e164"),
            "ip_address": p.ip}, "event_metadata": {"item_count": 1, "products": [{"id": "svc-prep", "name": "HIV PrEP consult", "category": "sexual health"}]}}]}
    add(S, "POST", f"http://ads-api.reddit.com/api/v2.0/conversions/events/t2_{alnum(8).lower()}", {"Content-Type": "application/json", "Authorization": "Bearer " + alnum(40)},
        J(body), [[p.email, "email"], [p.phone("e164"), "phone"], [p.ip, "ip_address"], ["HIV PrEP consult", "condition"]], ["SignUp"], "redact")
    pd = J({"value": "24.50", "currency": "USD", "line_items": [{"product_name": "Prenatal Vitamins 90ct", "product_id": "PNV-90", "product_price": "24.50"}]}, compact=True)
    add(S, "GET", f"http://ct.pinterest.com/v3/?{qs([('event', 'checkout'), ('tid', '2612345678901'), ('pd', pd)])}", {}, "", [], ["PNV-90", "Prenatal Vitamins 90ct"], "pass")

    S = "nested_b64_form"
    p = nextp()
    inner = b64(J({"patient": {"name": p.full, "dob": p.dobs("us"), "ssn": p.ssn}, "form": "new-patient"}, compact=True))
    outer = J({"type": "intake", "v": 2, "blob": inner, "ts": ts(33)})
    add(S, "POST", "http://eo1x2y3z4.m.pipedream.net", FORMH, form([("payload", outer), ("source", "portal")]), [[inner, "ssn"]], ["portal"], "redact")
    p = nextp()
    d = b64(J({"event": "Symptom Checker Completed", "properties": {"distinct_id": p.mrn, "name": p.full, "answer": p.dx(), "phone": p.phone("dash")}}, compact=True))
    add(S, "POST", "http://api.june.so/sdk/legacy-track", FORMH, form([("data", d), ("ip", "1")], plus=False),
        [[p.mrn, "mrn"], [p.full, "name"], [p.dx(), "condition"], [p.phone("dash"), "phone"]], [], "redact")
    p = nextp()
    ctx = base64.urlsafe_b64encode(J({"kind": "user", "key": p.mrn, "email": p.email, "dob": p.dobs("iso")}, compact=True).encode()).decode().rstrip("=")
    add(S, "POST", "http://eo1x2y3z4.m.pipedream.net/flags", FORMH, form([("context", ctx), ("flags", J(["new-intake", "telehealth-v2"]))]), [[ctx, "mrn"]], ["telehealth-v2"], "redact")
    d = b64(J({"event": "Catalog Viewed", "properties": {"sku": "DCK-200", "build": BUILD, "session": uuid()}}, compact=True))
    add(S, "POST", "http://api.june.so/sdk/legacy-track", FORMH, form([("data", d)], plus=False), [], [], "pass")

    S = "multipart_json"
    p = nextp(); bnd = "foo_bar_" + alnum(12)
    meta = J({"name": f"Referral_{p.last}_{p.first}_{p.dobs('iso')}.txt", "description": f"{p.dx()} referral", "parents": ["1AbCdEf" + alnum(20)]})
    content = f"Patient: {p.full}\nDOB: {p.dobs('us')}\nPhone: {p.phone('paren')}\nMRN: {p.mrn}\nReason: {p.dx()}\n"
    body = f"--{bnd}\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n{meta}\r\n--{bnd}\r\nContent-Type: text/plain\r\n\r\n{content}\r\n--{bnd}--\r\n"
    add(S, "POST", "http://www.googleapis.com/upload/drive/v3/files?uploadType=multipart", {"Content-Type": f"multipart/related; boundary={bnd}", "Authorization": "Bearer ya29." + alnum(40)},
        body, NM(p) + [[p.full, "name"], [p.dobs("iso"), "dob"], [p.dobs("us"), "dob"], [p.dx(), "condition"], [p.phone("paren"), "phone"], [p.mrn, "mrn"]], [], "redact")
    p = nextp(); bnd = "----WebKitFormBoundary" + alnum(16)
    fax = J({"to": "+17137904400", "recipientName": "UTHealth Oncology Intake", "coverPage": {"subject": f"Referral: {p.full} DOB {p.dobs('us')}",
            "notes": f"Pt SSN {p.ssn} for auth. Ins {p.mbr}."}})
    letter = f"Dear colleague,\nPlease see {p.full} (DOB {p.dobs('us')}, MRN {p.mrn}) for {p.dx()}. Address: {p.addr_line()}, {p.city}, TX {p.zip}.\n{staff(0)}\n"
    body = (f"--{bnd}\r\nContent-Disposition: form-data; name=\"fax\"\r\nContent-Type: application/json\r\n\r\n{fax}\r\n"
            f"--{bnd}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"referral.txt\"\r\nContent-Type: text/plain\r\n\r\n{letter}\r\n--{bnd}--\r\n")
    add(S, "POST", "http://api.documo.com/v1/faxes", {"Content-Type": f"multipart/form-data; boundary={bnd}", "Authorization": "Basic " + b64(alnum(30))}, body,
        [[p.full, "name"], [p.dobs("us"), "dob"], [p.mrn, "mrn"], [p.dx(), "condition"], [p.street, "address"], [p.zip, "zip"], [p.mbr, "member_id"], [p.ssn, "ssn"]],
        ["UTHealth Oncology Intake", "+17137904400"], "redact")
    p = nextp(); bnd = "----WebKitFormBoundary" + alnum(16)
    opts = J({"document_type": "insurance_card", "return_fields": ["member_id", "group"], "patient_hint": {"last_name": p.last, "dob": p.dobs("us")}})
    card = f"BCBS of Texas\nMember: {p.full}\nID: {p.mbr}\nGroup: 140021\nRx BIN 610014\n"
    body = (f"--{bnd}\r\nContent-Disposition: form-data; name=\"options\"\r\nContent-Type: application/json\r\n\r\n{opts}\r\n"
            f"--{bnd}\r\nContent-Disposition: form-data; name=\"document\"; filename=\"card_ocr.txt\"\r\nContent-Type: text/plain\r\n\r\n{card}\r\n--{bnd}--\r\n")
    add(S, "POST", "http://www.googleapis.com/upload/storage/v1/b/bcfwh-ocr/o?uploadType=multipart", {"Content-Type": f"multipart/form-data; boundary={bnd}"}, body,
        [[p.last, "name"], [p.dobs("us"), "dob"], [p.full, "name"], [p.mbr, "member_id"]], ["insurance_card", "140021"], "redact")
    bnd = "foo_bar_" + alnum(12)
    body = (f"--{bnd}\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n" + J({"name": "Spring_Newsletter_2026.txt", "mimeType": "text/plain"}) +
            f"\r\n--{bnd}\r\nContent-Type: text/plain\r\n\r\nSpring newsletter: new Saturday hours, {PRACTICE_PHONE}. Welcome {staff(4, 'full')}!\r\n--{bnd}--\r\n")
    add(S, "POST", "http://www.googleapis.com/upload/drive/v3/files?uploadType=multipart", {"Content-Type": f"multipart/related; boundary={bnd}"}, body, [],
        ["Spring_Newsletter_2026.txt", staff(4, "full")], "pass")


# ----------------------------------------------------------------------------- 16. GraphQL mutations, webhook relays
SHOP = "http://bcfwh-store.myshopify.com/admin/api/2024-04/graphql.json"
APPSYNC = "http://x7k2m4n6p8q0r1s3t5v7w9y1z3.appsync-api.us-east-1.amazonaws.com/graphql"
PD = "http://eo1x2y3z4.m.pipedream.net"


def graphql_webhooks():
    S = "graphql_mutation"
    SHH = {"Content-Type": "application/json", "X-Shopify-Access-Token": "shpat_" + hexs(32)}
    p = nextp()
    body = {"query": "mutation customerCreate($input: CustomerInput!) { customerCreate(input: $input) { customer { id } userErrors { field message } } }",
            "variables": {"input": {"firstName": p.first, "lastName": p.last, "email": p.email, "phone": p.phone("e164"),
                                    "note": f"DOB {p.dobs('us2')}; Rx: Ozempic for T2DM", "addresses": [{"address1": p.street, "address2": p.unit, "zip": p.zip, "city": p.city}]}}}
    add(S, "POST", SHOP, SHH, J(body), NM(p) + [[p.email, "email"], [p.street, "address"], [p.zip, "zip"], [p.phone("e164"), "phone"], [p.dobs("us2"), "dob"], ["T2DM", "condition"]],
        ["customerCreate"], "redact")
    p = nextp()
    body = {"query": "mutation orderNote($id: ID!, $note: String!) { orderUpdate(input: {id: $id, note: $note}) { order { id } } }",
            "variables": {"id": f"gid://shopify/Order/{digits(13)}", "note": f"Discreet packaging please - for {p.dx()}. Member {p.mbr}"}}
    add(S, "POST", SHOP, SHH, J(body), [[p.dx(), "condition"], [p.mbr, "member_id"]], ["Discreet packaging please"], "redact")
    body = {"query": "mutation productCreate($input: ProductInput!) { productCreate(input: $input) { product { id } } }",
            "variables": {"input": {"title": "Diabetes Care Kit", "productType": "Medical supplies", "vendor": PRACTICE, "tags": ["diabetes", "DCK-200"]}}}
    add(S, "POST", SHOP, SHH, J(body), [], ["Diabetes Care Kit", "DCK-200"], "pass")
    p = nextp()
    body = {"query": "mutation InsertIntake($o: IntakeInput!) { insertIntake(input: $o) { id } }",
            "variables": {"o": {"legalName": p.full, "dateOfBirth": p.dobs("mdy8"), "cell": p.phone("dot1"), "chiefComplaint": p.dx(), "homeAddress": p.addr_line(), "zip": p.zip}}}
    add(S, "POST", APPSYNC, {"Content-Type": "application/json", "x-api-key": "da2-" + alnum(26)}, J(body),
        [[p.full, "name"], [p.dobs("mdy8"), "dob"], [p.phone("dot1"), "phone"], [p.dx(), "condition"], [p.street, "address"], [p.zip, "zip"]], ["InsertIntake"], "redact")

    S = "webhook_relay"
    p = nextp()
    body = {"triggerEvent": "BOOKING_CREATED", "createdAt": ts(34), "payload": {"type": "new-patient-visit", "title": f"New patient visit between {staff(2, 'name')} and {p.full}",
            "startTime": p.at("z"), "attendees": [{"name": p.full, "email": p.email, "timeZone": "America/Chicago"}],
            "responses": {"phoneNumber": {"label": "Ph#", "value": p.phone("paren")}, "dob": {"label": "Date of birth", "value": p.dobs("dot")},
                          "reason": {"label": "Reason for visit", "value": f"{p.dx()} consult"}}, "uid": alnum(22)}}
    add(S, "POST", PD, JSONH, J(body), [[p.full, "name"], [p.at("z"), "date"], [p.email, "email"], [p.phone("paren"), "phone"], [p.dobs("dot"), "dob"], [p.dx(), "condition"]],
        ["BOOKING_CREATED", "new-patient-visit"], "redact")
    p = nextp()
    body = {"event": "document.complete", "meta": {"timestamp": epoch(35)}, "content": {"document_id": hexs(40), "document_name": "Financial Responsibility Agreement",
            "signers": [{"full_name": p.full, "email": p.email, "signed_at": ts(35)}],
            "field_values": [{"field_name": "guarantor_ssn", "value": p.ssn}, {"field_name": "insured_id", "value": p.mbr}, {"field_name": "dob", "value": p.dobs("usn")}]}}
    add(S, "POST", PD + "/signnow", JSONH, J(body), [[p.full, "name"], [p.email, "email"], [p.ssn, "ssn"], [p.mbr, "member_id"], [p.dobs("usn"), "dob"]],
        ["Financial Responsibility Agreement"], "redact")
    p = nextp()
    body = {"eventId": uuid(), "eventType": "FORM_RESPONSE", "createdAt": ts(36), "data": {"formName": "Pre-visit questionnaire", "fields": [
        {"key": "question_3Ex", "label": "Full name", "type": "INPUT_TEXT", "value": p.full},
        {"key": "question_w4a", "label": "D.O.B.", "type": "INPUT_DATE", "value": p.dobs("iso")},
        {"key": "question_mRq", "label": "Tel.", "type": "INPUT_PHONE_NUMBER", "value": p.phone("e164")},
        {"key": "question_nP2", "label": "Any of these apply?", "type": "CHECKBOXES", "value": ["opt_3"], "options": [{"id": "opt_3", "text": p.dx()}]}]}}
    add(S, "POST", PD + "/tally", JSONH, J(body), [[p.full, "name"], [p.dobs("iso"), "dob"], [p.phone("e164"), "phone"], [p.dx(), "condition"]], ["Pre-visit questionnaire"], "redact")
    p = nextp()
    body = {"formId": "x9" + alnum(8), "submission": {"submissionId": uuid(), "submissionTime": ts(37), "questions": [
        {"id": "a1", "name": "Legal name", "type": "ShortAnswer", "value": p.full}, {"id": "b2", "name": "Mailing address", "type": "Address",
         "value": {"address": p.street, "city": p.city, "state": "TX", "zipCode": p.zip}}, {"id": "c3", "name": "MRN# (if known)", "type": "ShortAnswer", "value": p.mrn}]}}
    add(S, "POST", PD + "/fillout", JSONH, J(body), [[p.full, "name"], [p.street, "address"], [p.zip, "zip"], [p.mrn, "mrn"]], ["Mailing address"], "redact")
    body = {"triggerEvent": "BOOKING_CREATED", "payload": {"type": "vendor-lunch-and-learn", "title": "Lunch & learn: Dexcom G7 in-service", "startTime": "2026-04-21T17:00:00Z",
            "location": f"{PRACTICE_ADDR}, {PRACTICE_CITY}", "responses": {"company": {"value": "Dexcom"}, "headcount": {"value": "12"}}}}
    add(S, "POST", PD, JSONH, J(body), [], ["Lunch & learn: Dexcom G7 in-service", PRACTICE_ADDR], "pass")


# ----------------------------------------------------------------------------- 17. clinical free text, chats, voice intents, e-mail threads
SPK = "http://api.sparkpost.com/api/v1/transmissions"
SES = "http://email.us-east-1.amazonaws.com/v2/email/outbound-emails"
RESEND = "http://api.resend.com/emails"



def clinical():
    S = "clinical_text"
    p = nextf()
    note = (f"S: {p.age()}yo G2P1 at 9w by LMP presents for first prenatal visit. {p.first} reports nausea, no bleeding. Hx {p.dx()}, stable.\n"
            f"O: BP 118/72, FHT present.\nA: Intrauterine pregnancy, 9w. {p.dx()}.\nP: Prenatal labs, NIPT offered. RTC 4 wks.\n"
            f"Social: lives at {p.addr_line()} with partner; best contact {p.phone('spc')}.")
    body = {"model": "command-r", "message": "Rewrite in patient-friendly language.", "documents": [{"title": "visit note", "text": note}]}
    add(S, "POST", f"{COH}/v1/chat", BEARER, J(body),
        [[p.first, "name"], [p.dx(), "condition"], ["Intrauterine pregnancy", "condition"], [p.street, "address"], [p.phone("spc"), "phone"]], ["patient-friendly"], "redact")
    p = nextp()
    adm = p.appt.date() - timedelta(days=7)
    ds = (f"DISCHARGE SUMMARY\n{p.full} was admitted on {fd(adm, 'us')} and discharged on {p.ad('us')}. Born {p.dobs('abbr')}.\n"
          f"Principal diagnosis: {p.dx()} ({p.icd()}). Discharged on {p.med()}.\nFollow-up with {staff(1)} at {PRACTICE_PHONE} within 7 days.\n")
    body = {"model": "mistral-large-latest", "messages": [{"role": "user", "content": "Make a checklist from this:\n" + ds}]}
    add(S, "POST", f"{MIS}/v1/chat/completions", BEARER, J(body),
        [[p.full, "name"], [fd(adm, "us"), "date"], [p.ad("us"), "date"], [p.dobs("abbr"), "dob"], [p.dx(), "condition"], [p.icd(), "icd10"]], [PRACTICE_PHONE, staff(1)], "redact")
    p = ELDER
    body = {"model": "mistral-small-latest", "messages": [{"role": "user", "content":
            f"Mrs. {p.last} is {p.age()} and lives alone at {p.addr_line()}. Her son {R.choice(['Erik', 'Lars'])} asked about hospice for her {p.dx()}."}]}
    add(S, "POST", f"{MIS}/v1/chat/completions", BEARER, J(body), [[p.last, "name"], [str(p.age()), "age_over_89"], [p.street, "address"], [p.dx(), "condition"]], [], "redact")
    body = {"model": "mistral-small-latest", "messages": [{"role": "user", "content":
            "Summarize our Q1 OB dashboard: 418 prenatal visits, 37 new patients with gestational diabetes, median first-visit gestational age 10.2 weeks, "
            f"no-show rate 8.1%. Prepared by {staff(5, 'full')}."}]}
    add(S, "POST", f"{MIS}/v1/chat/completions", BEARER, J(body), [], ["418 prenatal visits", "37 new patients with gestational diabetes", staff(5, "full")], "pass")

    S = "voice_intents"
    p = nextp()
    body = {"queryInput": {"text": {"text": f"schedule a refill for my {p.med()}, my birthday is {p.dobs('lower')}"}, "languageCode": "en"},
            "queryParams": {"parameters": {"caller_phone": p.phone("dot1"), "caller_name": p.full}, "timeZone": "America/Chicago"}}
    add(S, "POST", f"http://dialogflow.googleapis.com/v3/projects/bcfwh-ivr/locations/us-central1/agents/{uuid()}/sessions/{alnum(16)}:detectIntent",
        {"Content-Type": "application/json", "Authorization": "Bearer ya29." + alnum(40)}, J(body),
        [[p.dobs("lower"), "dob"], [p.phone("dot1"), "phone"], [p.full, "name"]], ["America/Chicago"], "redact")
    p = nextp()
    body = {"text": f"my member id is {p.mbr}", "sessionState": {"sessionAttributes": {"patientName": p.full, "verifiedDob": p.dobs("us"), "intentReason": p.dx()}}}
    add(S, "POST", f"http://runtime-v2-lex.us-east-1.amazonaws.com/bots/BCFWHIVR/botAliases/TSTALIASID/botLocales/en_US/sessions/{p.phone('bare')}/text",
        {"Content-Type": "application/json", "X-Amz-Date": "20260402T091500Z", "Authorization": "AWS4-HMAC-SHA256 Credential=AKIA" + alnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") + "/20260402/us-east-1/lex/aws4_request"},
        J(body), [[p.mbr, "member_id"], [p.full, "name"], [p.dobs("us"), "dob"], [p.dx(), "condition"], [p.phone("bare"), "phone"]], ["BCFWHIVR"], "redact")
    p = nextp()
    utter = f"my date of birth is {p.dobs('ord')} and my last name is {p.last}"
    add(S, "GET", f"http://api.wit.ai/message?{qs([('v', '20240601'), ('q', utter)])}",
        {"Authorization": "Bearer " + alnum(32)}, "", [[p.dobs("ord"), "dob"], [p.last, "name"]], ["20240601"], "redact")
    add(S, "GET", f"http://api.wit.ai/message?{qs([('v', '20240601'), ('q', 'what time does the Fannin clinic open on Saturday')])}", {"Authorization": "Bearer " + alnum(32)}, "", [],
        [], "pass")

    S = "email_thread"
    p = nextf()
    reply = (f"Thanks {p.first}, we moved you to Thursday.\n\n{staff(0)}\n{PRACTICE}\n{PRACTICE_ADDR}, {PRACTICE_CITY}\nP: {PRACTICE_PHONE} | F: {PRACTICE_FAX}\n\n"
             f"On Tue, Apr 7, 2026 at 9:14 AM {p.full} <{p.email}> wrote:\n> Hi Dr. {STAFF[0][1]}, I'm 14 weeks pregnant now and the nausea is back.\n"
             f"> My new number is {p.phone('tight')}\n> --\n> {p.full}\n> {p.addr_line()}, {p.city}, TX {p.zip}\n")
    body = {"recipients": [{"address": {"email": p.email, "name": p.full}}], "content": {"from": {"email": f"care@{SITE}", "name": PRACTICE},
            "subject": "Re: nausea again", "text": reply}}
    add(S, "POST", SPK, {"Content-Type": "application/json", "Authorization": hexs(40)}, J(body),
        [[p.first, "name"], [p.full, "name"], [p.email, "email"], ["pregnant", "condition"], [p.phone("tight"), "phone"], [p.street, "address"], [p.zip, "zip"]],
        [PRACTICE_ADDR, PRACTICE_FAX, staff(0)], "redact")
    p = nextp()
    txt = (f"Pt: {p.full}\nD.O.B. {p.dobs('us')}\nAcct# {p.acct}\nMRN# {p.mrn}\nTel. {p.phone('paren')}\n\nStatement balance $125.00 is past due. "
           f"Pay at {PORTAL}/pay or call {PRACTICE_PHONE}.\n\n-- \nBilling Office, {PRACTICE}\n")
    body = {"FromEmailAddress": f"billing@{SITE}", "Destination": {"ToAddresses": [p.email]},
            "Content": {"Simple": {"Subject": {"Data": f"Statement for {p.full}"}, "Body": {"Text": {"Data": txt}}}}}
    add(S, "POST", SES, {"Content-Type": "application/json", "Authorization": "AWS4-HMAC-SHA256 Credential=AKIA" + alnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") + "/20260402/us-east-1/ses/aws4_request"},
        J(body), [[p.full, "name"], [p.email, "email"], [p.dobs("us"), "dob"], [p.acct, "mrn"], [p.mrn, "mrn"], [p.phone("paren"), "phone"]], ["$125.00", PRACTICE_PHONE], "redact")
    p = nextf()
    txt = (f"Hi team,\n\nReferring {p.first} {p.last} (she was born {p.dobs('us')}) for a new breast mass found on exam today. "
           f"Her cell is {p.phone('dash')} and she lives at {p.addr_line()}, {p.zip}.\nInsurance {p.payer} {p.mbr}.\n\nThanks,\n{staff(2, 'full')}\n{PRACTICE}\nP: {PRACTICE_PHONE}\n")
    body = {"from": f"referrals@{SITE}", "to": ["intake@texasoncology.example"], "subject": f"Referral - {p.full}", "text": txt}
    add(S, "POST", RESEND, {"Content-Type": "application/json", "Authorization": "Bearer re_" + alnum(24)}, J(body),
        NM(p) + [[p.full, "name"], [p.dobs("us"), "dob"], ["breast mass", "condition"], [p.phone("dash"), "phone"], [p.street, "address"], [p.zip, "zip"], [p.mbr, "member_id"]],
        [staff(2, "full"), "intake@texasoncology.example"], "redact")
    p = nextp()
    txt = (f"Forwarding below.\n\n---------- Forwarded message ---------\nFrom: {p.full} <{p.email}>\nDate: Mon, Apr 6, 2026\nSubject: my results\n\n"
           f"Can someone explain my {p.dx()} results? My DOB is {p.dobs('dmony')} and chart # {p.mrn}.\nSent from my iPhone\n")
    body = {"from": f"frontdesk@{SITE}", "to": [staff(1, "email")], "subject": "Fwd: my results", "text": txt}
    add(S, "POST", RESEND, {"Content-Type": "application/json", "Authorization": "Bearer re_" + alnum(24)}, J(body),
        [[p.full, "name"], [p.email, "email"], [p.dx(), "condition"], [p.dobs("dmony"), "dob"], [p.mrn, "mrn"]], ["Fwd: my results"], "redact")
    body = {"from": f"frontdesk@{SITE}", "to": ["orders@medline.example"], "subject": "PO-88213 backorder",
            "text": f"Hi, PO-88213 (Diabetes Care Kit x40) shows backordered until 2026-04-20. Ship to {PRACTICE_ADDR}, {PRACTICE_CITY}. Thanks, {staff(5, 'full')}, {PRACTICE_PHONE}"}
    add(S, "POST", RESEND, {"Content-Type": "application/json", "Authorization": "Bearer re_" + alnum(24)}, J(body), [], ["PO-88213", PRACTICE_ADDR, staff(5, "full")], "pass")


# ----------------------------------------------------------------------------- 18. more clean look-alikes, allow-all partners, unknown hosts
def clean_more():
    S = "clean_lookalike"
    body = [{"ddsource": "nginx", "service": "edge", "message": f'10.0.3.17 - - [02/Apr/2026:09:15:02 -0500] "GET /static/app.{hexs(8)}.js HTTP/2.0" 200 48211 "-" "{UA}"'}]
    add(S, "POST", f"{DDL}/api/v2/logs", DDH, J(body), [], ["10.0.3.17"], "pass")
    body = {"batch": [{"type": "track", "event": "Shipment Delivered", "userId": f"anon-{hexs(12)}", "properties": {"tracking_number": "9400 1000 0000 0000 0000 00",
            "carrier": "USPS", "delivered_at": "2026-04-03T14:22:00-05:00", "order_id": order_no(), "total": "61.48"}}]}
    add(S, "POST", f"{SEG}/v1/batch", SEGH, J(body), [], ["9400 1000 0000 0000 0000 00", "61.48"], "pass")
    body = {"requests": [{"action": "addObject", "body": {"objectID": f"loc-{i}", "name": n, "phone": ph, "address": a, "zip": z}} for i, (n, ph, a, z) in enumerate([
        ("BCFWH Fannin", PRACTICE_PHONE, PRACTICE_ADDR, PRACTICE_ZIP), ("BCFWH Gulfton", "(713) 426-8850", "5800 Bellaire Blvd Suite 210", "77081")])]}
    add(S, "POST", f"{ALG}/1/indexes/locations/batch", ALH, J(body), [], ["5800 Bellaire Blvd Suite 210", "(713) 426-8850", PRACTICE_PHONE], "pass")
    body = {"allOrNone": True, "compositeRequest": [{"method": "POST", "url": "/services/data/v60.0/sobjects/Event", "referenceId": "ev",
            "body": {"Subject": f"Lunch & learn with {staff(3)} - MAT program update", "StartDateTime": "2026-04-22T17:00:00Z", "Location": PRACTICE_ADDR,
                     "Description": "Attendees: 14 staff. Topics: buprenorphine X-waiver removal, 2025 program stats (63 patients with opioid use disorder retained > 6 months)."}}]}
    add(S, "POST", f"{SF}/services/data/v60.0/composite", SFH, J(body), [], [staff(3), "63 patients with opioid use disorder retained > 6 months"], "pass")
    body = {"title": "Release 3.9.1", "text": f"Deployed {BUILD} (build 2026.04.02-7, commit 9f3c2e1a) to prod at 2026-04-02T14:05:00Z; 0 errors; p95 212ms.", "tags": ["deploy"]}
    add(S, "POST", f"{DDA}/api/v1/events", DDH, J(body), [], ["2026.04.02-7", "2026-04-02T14:05:00Z"], "pass")
    msg = f"Translate to Spanish: 'Flu shots available Saturday 10/03 at {PRACTICE_ADDR}. Walk-ins welcome. Call {PRACTICE_PHONE}. Order #{order_no()}.'"
    add(S, "POST", f"{COH}/v2/chat", BEARER, J({"model": "command-r", "messages": [{"role": "user", "content": msg}]}), [], [PRACTICE_ADDR, PRACTICE_PHONE], "pass")
    body = [{"dt": ts(38), "level": "info", "message": f"invoice paid: INV-2026-004417 amount=145.00 card=visa ending 4242 auth=A1B2C3 uuid={uuid()}"}]
    add(S, "POST", BSTK, {"Content-Type": "application/json", "Authorization": "Bearer " + alnum(24)}, J(body), [], ["INV-2026-004417", "145.00"], "pass")
    body = {"ticket": {"comment": {"body": f"Rep from Hologic ({'Dana Whitcomb'}) dropped off 2 cases of ThinPrep vials, lot 24C118, exp 2027-02-28. Signed by {staff(5, 'full')}.",
                                   "public": False}}}
    add(S, "PUT", f"{ZD}/api/v2/tickets/{digits(6)}.json", {"Content-Type": "application/json", "Authorization": "Basic " + b64("x:" + alnum(20))}, J(body), [], ["lot 24C118", "2027-02-28"], "pass")
    body = {"message_type": "MESG", "user_id": "staff_rdelgado", "message": f"Reminder: staff CPR recert on 2026-04-16 in room 1104. Sign-up sheet id {uuid()}.", "custom_type": "staff"}
    add(S, "POST", f"http://api-{hexs(8).upper()}.sendbird.com/v3/group_channels/staff-lounge/messages", {"Content-Type": "application/json", "Api-Token": hexs(40)}, J(body), [],
        ["2026-04-16", "staff_rdelgado"], "pass")
    txt = (f"<14>1 {ts(39)} web-1 portal 17 - - order {order_no()} shipped via FedEx 7712 3456 7890, total $61.48, sku DCK-200 x1, PNV-90 x1\n"
           f"<14>1 {ts(39)} web-1 portal 17 - - feature flag telehealth-v2 rollout=25% (build {BUILD})\n")
    add(S, "POST", PTRL, {"Content-Type": "application/octet-stream", "Authorization": "Basic " + b64(":" + alnum(30))}, txt, [], ["7712 3456 7890", "telehealth-v2"], "pass")
    body = {"records": [{"attributes": {"type": "Contact"}, "FirstName": STAFF[1][0], "LastName": STAFF[1][1], "Title": "Medical Director", "Phone": PRACTICE_PHONE,
                         "Email": staff(1, "email"), "NPI__c": staff(1, "npi")}]}
    add(S, "POST", f"{SF}/services/data/v60.0/composite/sobjects", SFH, J(body), [], [staff(1, "npi"), staff(1, "email"), "Medical Director"], "pass")


def partners_and_unknown():
    S = "partner_allow_all"
    p = nextp()
    body = {"note_type": "progress", "patient": {"mrn": p.mrn, "name": p.full, "dob": p.dobs("ordc")},
            "transcript": f"Doctor: Hi {p.first}, how's the {p.med()} going?\nPatient: Better. My new number is {p.phone('dot1')}.", "encounter_date": p.ad("iso")}
    add(S, "POST", "http://scribe.baa-scribe.example/v1/notes", JSONH, J(body),
        [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("ordc"), "dob"], [p.first, "name"], [p.phone("dot1"), "phone"], [p.ad("iso"), "date"]], [], "pass")
    p = nextp()
    url = f"{EPIC}/api/epic/2014/Common/Patient/GetPatientIdentifiers?{qs([('PatientID', p.mrn), ('PatientIDType', 'MRN'), ('DOB', p.dobs('us'))])}"
    add(S, "GET", url, {"Accept": "application/json"}, "", [[p.mrn, "mrn"], [p.dobs("us"), "dob"]], [], "pass")
    p = nextp()
    x = (f'<ClinicalDocument xmlns="urn:hl7-org:v3"><recordTarget><patientRole><id extension="{p.mrn}" root="2.16.840.1.113883.3.9999"/>'
         f'<addr><streetAddressLine>{p.street}</streetAddressLine><postalCode>{p.zip}</postalCode></addr><patient><name><given>{p.first}</given><family>{p.last}</family></name>'
         f'<birthTime value="{p.dobs("d8")}"/></patient></patientRole></recordTarget></ClinicalDocument>')
    add(S, "POST", "http://hie.gulfcoast-hie.example/xdr/submit", {"Content-Type": "application/xml"}, x,
        [[p.mrn, "mrn"], [p.street, "address"], [p.zip, "zip"]] + NM(p) + [[p.dobs("d8"), "dob"]], [], "pass")

    S = "unknown_host"
    p = nextp()
    add(S, "POST", "http://api.free-pdf-convert.example/v1/convert", JSONH, J({"text": f"{p.full} DOB {p.dobs('us')} SSN {p.ssn}"}),
        [[p.full, "name"], [p.dobs("us"), "dob"], [p.ssn, "ssn"]], [], "deny")
    p = nextp()
    add(S, "GET", f"http://ipinfo-lookup.example/{p.ip}?ref={quote(p.email)}", {}, "", [[p.ip, "ip_address"], [p.email, "email"]], [], "deny")
    add(S, "POST", "http://hooks.unknown-crm.example/ingest", JSONH, J({"event": "heartbeat", "version": BUILD}), [], [], "deny")
    p = nextp()
    add(S, "POST", "http://api.openai.com.evil.example/v1/responses", OAH, J({"model": "gpt-4.1", "input": f"{p.full} {p.dx()}"}), [[p.full, "name"], [p.dx(), "condition"]], [], "deny")
    add(S, "GET", "http://cdn.jsdelivr.example/npm/chart.js@4.4.1/dist/chart.umd.min.js", {}, "", [], [], "deny")


SCENARIOS = [cdp, msgpack_cases, payments, datadog, sentry, logs, llm, search, chat, helpdesk, crm, ehr, hl7, files, pixels, graphql_webhooks, clinical, clean_more,
             partners_and_unknown]


def policy():
    return {"destinations": [
        {"name": "cdp-analytics", "hosts": ["api.segment.io", "*.mparticle.com", "track.customer.io", "cdp.customer.io", "api.june.so", "ct.pinterest.com",
                                            "tr.snapchat.com", "ads-api.reddit.com"], "allow": [], "on_violation": "redact"},
        {"name": "payments", "hosts": ["api.stripe.com", "*.adyen.com", "api.checkout.com"], "allow": ["name", "email", "address", "zip"], "on_violation": "redact"},
        {"name": "observability", "hosts": ["http-intake.logs.datadoghq.com", "browser-intake-datadoghq.com", "api.datadoghq.com", "listener.logz.io",
                                            "logs.collector.solarwinds.com", "*.betterstackdata.com", "faro-collector-prod-us-central-0.grafana.net"],
         "allow": [], "on_violation": "redact"},
        {"name": "error-trackers", "hosts": ["*.ingest.us.sentry.io", "*.ingest.sentry.io", "app.glitchtip.com"], "allow": [], "on_violation": "block"},
        {"name": "llm-baa", "hosts": ["api.openai.com", "api.anthropic.com"], "allow": ["name", "dob", "date", "condition", "icd10", "age_over_89"], "on_violation": "redact"},
        {"name": "llm-no-baa", "hosts": ["api.cohere.com", "api.mistral.ai", "api.voyageai.com"], "allow": [], "on_violation": "redact"},
        {"name": "search", "hosts": ["*.algolia.net", "*.meilisearch.io", "*.a1.typesense.net"], "allow": [], "on_violation": "redact"},
        {"name": "sms-conversations", "hosts": ["conversations.twilio.com", "flex-api.twilio.com", "taskrouter.twilio.com"], "allow": ["name", "phone"], "on_violation": "redact"},
        {"name": "in-app-chat", "hosts": ["*.sendbird.com", "chat.stream-io-api.com"], "allow": [], "on_violation": "redact"},
        {"name": "helpdesk", "hosts": ["*.freshdesk.com", "*.zendesk.com"], "allow": ["name", "email", "phone"], "on_violation": "redact"},
        {"name": "crm", "hosts": ["*.my.salesforce.com", "*.crm.dynamics.com", "*.suitetalk.api.netsuite.com"], "allow": ["name", "email", "phone", "address", "zip"],
         "on_violation": "redact"},
        {"name": "hr", "hosts": ["*.myworkday.com"], "allow": ["name", "email", "phone", "address", "zip", "date"], "on_violation": "redact"},
        {"name": "care-management", "hosts": ["api.carebridge-cm.example"], "allow": ["name", "dob", "mrn", "phone", "date", "condition", "icd10"], "on_violation": "redact"},
        {"name": "lab-interface", "hosts": ["hl7.gulflab-partner.example"], "allow": ["name", "dob", "mrn", "date"], "on_violation": "redact"},
        {"name": "interface-monitor", "hosts": ["monitor.hl7-watch.example"], "allow": [], "on_violation": "redact"},
        {"name": "pharmacy-switch", "hosts": ["claims.rxswitch.example"], "allow": ["name", "dob", "member_id", "date", "phone"], "on_violation": "redact"},
        {"name": "warehouse", "hosts": ["app.mode.com", "*.snowflakecomputing.com"], "allow": [], "on_violation": "redact"},
        {"name": "cms", "hosts": ["gitlab.com", "api.github.com"], "allow": [], "on_violation": "redact"},
        {"name": "referral-network", "hosts": ["api.referralhub.example"], "allow": ["name", "dob", "phone", "date"], "on_violation": "redact"},
        {"name": "sso-apps", "hosts": ["sso.healthvideos.example"], "allow": ["name", "email"], "on_violation": "redact"},
        {"name": "file-storage", "hosts": ["www.googleapis.com"], "allow": [], "on_violation": "redact"},
        {"name": "efax", "hosts": ["api.documo.com"], "allow": ["name", "dob", "phone", "date", "mrn", "condition", "icd10", "address", "zip", "member_id"], "on_violation": "redact"},
        {"name": "storefront", "hosts": ["*.myshopify.com"], "allow": ["name", "email", "address", "zip"], "on_violation": "redact"},
        {"name": "staging", "hosts": ["*.appsync-api.us-east-1.amazonaws.com"], "allow": [], "on_violation": "redact"},
        {"name": "webhook-relays", "hosts": ["*.m.pipedream.net"], "allow": [], "on_violation": "redact"},
        {"name": "voice-nlu", "hosts": ["dialogflow.googleapis.com", "runtime-v2-lex.us-east-1.amazonaws.com", "api.wit.ai"], "allow": [], "on_violation": "redact"},
        {"name": "email", "hosts": ["api.sparkpost.com", "email.us-east-1.amazonaws.com", "api.resend.com"], "allow": ["name", "email"], "on_violation": "redact"},
        {"name": "ehr-partners", "hosts": ["interop.epic-partner.example", "api.preview.platform.athenahealth.com", "hie.gulfcoast-hie.example", "scribe.baa-scribe.example"],
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
        for m in re.finditer(r"(?:^|[?&\n])data=([A-Za-z0-9+/=%_-]+)", t):
            try:
                raw = base64.b64decode(unquote(m.group(1)) + "==")
                more.append(raw.decode("utf-8", "replace"))
                acc = []
                def walk2(o):
                    if isinstance(o, dict):
                        for k, x in o.items(): acc.append(str(k)); walk2(x)
                    elif isinstance(o, list):
                        for x in o: walk2(x)
                    elif o is not None: acc.append(str(o))
                walk2(json.loads(raw)); more.append("\n".join(acc))
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
            if not v.strip(): print(f"selfcheck: {c['id']} empty phi {k}", file=sys.stderr); bad += 1
            if not _present(v, t): print(f"selfcheck: {c['id']} phi {k} {v!r} not found", file=sys.stderr); bad += 1
            if k == "age_over_89":
                raw = c.get("body", "")
                if len(re.findall(r"(?<![A-Za-z0-9])" + re.escape(v) + r"(?![A-Za-z0-9])", raw)) != 1:
                    print(f"selfcheck: {c['id']} age {v} not unique in body", file=sys.stderr); bad += 1
        for v in c["controls"]:
            if not _present(v, t): print(f"selfcheck: {c['id']} control {v!r} not found", file=sys.stderr); bad += 1
            for pv, _ in c["phi"]:
                if _present(pv, v): print(f"selfcheck: {c['id']} control {v!r} contains phi {pv!r}", file=sys.stderr); bad += 1
        host = urlsplit(c["url"]).hostname
        d = next((d for d in pol["destinations"] for h in d["hosts"] if h == host or (h.startswith("*.") and host.endswith(h[1:]))), None)
        if d is None and c["expect"] != "deny": print(f"selfcheck: {c['id']} host {host} has no destination", file=sys.stderr); bad += 1
        if d is not None and c["expect"] == "deny": print(f"selfcheck: {c['id']} deny case but host {host} matches {d['name']}", file=sys.stderr); bad += 1
        dis = [k for _, k in c["phi"] if d is not None and "all" not in d["allow"] and k not in d["allow"]]
        if c["expect"] == "redact" and d is not None and not dis:
            print(f"selfcheck: {c['id']} redact case without disallowed PHI", file=sys.stderr); bad += 1
        if c["expect"] == "pass" and dis:
            print(f"selfcheck: {c['id']} pass case with disallowed PHI {dis}", file=sys.stderr); bad += 1
        if c["expect"] == "block" and (d is None or d["on_violation"] != "block" or not dis):
            print(f"selfcheck: {c['id']} block case but destination does not block or nothing disallowed", file=sys.stderr); bad += 1
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
    clean = sum(1 for c in CASES if not c["phi"] and c["expect"] in ("pass", "block_if_disallowed"))
    print(f"{len(CASES)} cases -> {out}  {ex}  clean={clean}" + (f"  SELF-CHECK PROBLEMS: {bad}" if bad else ""))


if __name__ == "__main__":
    main()
