#!/usr/bin/env python3
"""probe13: held-out phiwall cases in request formats a detector author may not have anticipated.

Format of the output is the one documented at the top of /work/shared/eval/gen_example.py:
  OUT_DIR/policy.json, OUT_DIR/cases.jsonl, OUT_DIR/roster.csv
Deterministic (fixed seed, gzip mtime=0).  Usage: gen.py OUT_DIR"""
import base64, datetime as dt, gzip, hashlib, json, os, random, sys, unicodedata, urllib.parse, uuid

SEED = 913057
R = random.Random(SEED)

# ----------------------------------------------------------------------------- vocab
FIRST = ["Xiomara", "Tadeusz", "Nkechi", "Haruki", "Siobhan", "Oluwaseun", "Thanh", "Bogdana", "Yusuf",
         "Marisol", "Dariusz", "Kalani", "Radhika", "Zeynep", "Eamon", "Itzel", "Chidi", "Svetlana", "Farid",
         "Mei-Ling", "Jean-Baptiste", "Kwabena", "Ludmila", "Soo-ah", "Imani", "Guadalupe", "Lakshmi", "Anselm",
         "Wanjiru", "Ibrahim", "Noor", "Bartholomew", "Hoang", "Catalina", "Rebecca", "Harold", "Carmen",
         "Dennis", "Gloria", "Vincent", "Teodora", "Ama", "Rustam", "Fatima-Zahra", "Józef", "Zoë", "Padraig",
         "Ngozi", "Keanu", "Renée"]
LAST = ["Villanueva", "Kowalczyk", "Oyelaran", "Nakamura", "O'Shaughnessy", "Adeyemi", "Nguyen-Tran", "Hadad",
        "Al-Masri", "Takahashi", "Chaudhry", "Vasquez-Ortiz", "Delacroix", "Szymańska", "Mbatha", "Ivanova",
        "Kapoor", "Thibodeaux", "Nwachukwu", "Lindqvist", "Ferreira", "Rahimi", "Baptiste", "Horvath", "Quispe",
        "Tsosie", "Ekwueme", "MacAlister", "van der Berg", "D'Angelo", "Yilmaz", "Bautista", "Núñez", "Wójcik",
        "Abernathy-Cole", "Ramírez", "Okonkwo-Bell", "Sithole", "Petrosyan", "Begay", "Kaczmarek", "Achterberg",
        "Iwu", "Castellanos", "Ouédraogo", "Mwangi", "Zielinski", "Fonoti", "Rasmussen", "Grünewald"]
STREETS = ["Alder Creek Rd", "W Division St", "Magnolia Ave", "N Kedzie Ave", "Calle Del Sol", "Harbor View Ln",
           "Old Mill Pike", "Tamarack Ct", "Jefferson Blvd", "Prairie Rose Dr", "E 4th St", "Quail Hollow Way",
           "Bayberry Cir", "S Halsted St", "Lakeshore Ter"]
UNITS = ["", "", "", " Apt 3B", " Unit 12", " #407", " Apt 2", " Fl 2"]
CITIES = [("Chicago", "IL", "60622"), ("Tucson", "AZ", "85719"), ("Columbus", "OH", "43215"),
          ("Albuquerque", "NM", "87106"), ("Duluth", "MN", "55805"), ("Lafayette", "LA", "70503"),
          ("Fresno", "CA", "93721"), ("Worcester", "MA", "01604"), ("Tacoma", "WA", "98405"), ("Macon", "GA", "31201")]
AREAS = [312, 773, 520, 614, 505, 218, 337, 559, 508, 253, 478, 646, 305, 917, 202, 713, 404, 617, 206, 971]
# (condition text, ICD-10-CM, medication)
CONDS = [("Type 2 diabetes mellitus", "E11.9", "metformin"), ("major depressive disorder, recurrent", "F33.1", "sertraline"),
         ("HIV disease", "B20", "Biktarvy"), ("opioid use disorder", "F11.20", "buprenorphine"),
         ("essential hypertension", "I10", "lisinopril"), ("moderate persistent asthma", "J45.40", "albuterol"),
         ("atrial fibrillation", "I48.91", "apixaban"), ("generalized anxiety disorder", "F41.1", "buspirone"),
         ("chronic hepatitis C", "B18.2", "sofosbuvir"), ("chronic kidney disease, stage 3a", "N18.31", "furosemide"),
         ("bipolar I disorder", "F31.9", "lithium"), ("hypothyroidism", "E03.9", "levothyroxine"),
         ("rheumatoid arthritis", "M06.9", "methotrexate"), ("alcohol use disorder", "F10.20", "naltrexone"),
         ("multiple sclerosis", "G35", "Ocrevus"), ("breast cancer", "C50.911", "tamoxifen"),
         ("migraine without aura", "G43.009", "sumatriptan"), ("obstructive sleep apnea", "G47.33", "modafinil")]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]
PLANS = ["Blue Choice PPO", "Silver Select HMO", "Medicare Advantage Plus", "Gold Flex EPO"]

# ----------------------------------------------------------------------------- helpers
def q(s): return urllib.parse.quote(str(s), safe="")
def form(pairs): return "&".join(f"{q(k)}={q(v)}" for k, v in pairs)
def J(o, **kw): return json.dumps(o, **kw)
def uid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def hexs(n): return "".join(R.choice("0123456789abcdef") for _ in range(n))
def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"): return "".join(R.choice(chars) for _ in range(n))
def digits(n, first="123456789"): return R.choice(first) + "".join(R.choice("0123456789") for _ in range(n - 1))
def ascii_fold(s): return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalnum()).lower()
def md5(s): return hashlib.md5(s.encode()).hexdigest()
def sha256(s): return hashlib.sha256(s.encode()).hexdigest()

def ev_ts():       # event timestamps live in May 2026 (never an appointment/service/birth date)
    return f"2026-05-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}.{R.randint(0, 999):03d}Z"
def ev_epoch(ms=False):
    s = int(dt.datetime(2026, 5, R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), tzinfo=dt.timezone.utc).timestamp())
    return s * 1000 + R.randint(0, 999) if ms else s
def appt_day(): return dt.date(2026, R.choice([6, 7]), R.randint(1, 28))      # upcoming visits
def svc_day(): return dt.date(2026, R.choice([3, 4]), R.randint(1, 28))       # past visits / collection

def fd(d, style):
    return {"iso": f"{d:%Y-%m-%d}", "us": f"{d:%m/%d/%Y}", "us_short": f"{d.month}/{d.day}/{d.year}",
            "dmon": f"{d.day:02d}-{MON[d.month-1]}-{d.year}", "long": f"{MONTH[d.month-1]} {d.day}, {d.year}",
            "compact": f"{d:%Y%m%d}", "dot": f"{d:%m.%d.%Y}", "mon": f"{MON[d.month-1]} {d.day}, {d.year}",
            "dash_us": f"{d:%m-%d-%Y}"}[style]

def luhn_digit(payload):
    t = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        t += d
    return str((10 - t % 10) % 10)
def luhn_ok(n):
    n = "".join(c for c in n if c.isdigit()); return luhn_digit(n[:-1]) == n[-1]
def card(spaced=True):
    p = R.choice(["4", "4", "51", "53", "55"]); body = p + "".join(R.choice("0123456789") for _ in range(15 - len(p)))
    n = body + luhn_digit(body)
    return " ".join(n[i:i+4] for i in range(0, 16, 4)) if spaced else n
def luhn_bad16(spaced=False):
    n = digits(16, "3456789")
    if luhn_ok(n): n = n[:-1] + str((int(n[-1]) + 1) % 10)
    assert not luhn_ok(n)
    return " ".join(n[i:i+4] for i in range(0, 16, 4)) if spaced else n
def npi():
    b = R.choice("12") + "".join(R.choice("0123456789") for _ in range(8)); return b + luhn_digit("80840" + b)
VT = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
      "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VW = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
def vin():
    ch = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["1FT", "2HG", "1G1", "5YJ", "JTD", "3VW"]) + "".join(R.choice(ch) for _ in range(5)) + "0"
             + R.choice("ABCDEFGHJKLMNPRSTVWXY") + R.choice(ch) + "".join(R.choice("0123456789") for _ in range(6)))
    c = sum(VT[x] * w for x, w in zip(v, VW)) % 11; v[8] = "X" if c == 10 else str(c)
    return "".join(v)
def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"; N = "0123456789"; AN = A + N
    s = R.choice("123456789") + R.choice(A) + R.choice(AN) + R.choice(N) + R.choice(A) + R.choice(AN) + R.choice(N) \
        + R.choice(A) + R.choice(A) + R.choice(N) + R.choice(N)
    return s
def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666: continue
        s = f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
        if s not in ("078-05-1120", "219-09-9999", "457-55-5462"): return s
def ip(): return f"{R.choice([73, 98, 174, 68, 24, 107, 71, 99])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"

class P:
    def phone(self, style=None):
        a, e, l = self.ph
        style = R.randint(0, 7) if style is None else style
        return [f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"{a}.{e}.{l}", f"+1{a}{e}{l}", f"+1 {a} {e} {l}",
                f"{a}{e}{l}", f"1-{a}-{e}-{l}", f"({a}){e}-{l}"][style]
    @property
    def full(self): return f"{self.first} {self.last}"
    @property
    def addr(self): return f"{self.num} {self.street}{self.unit}"

def person(first, last, elder=False):
    p = P(); p.first, p.last = first, last
    y = R.randint(1931, 1935) if elder else R.randint(1938, 2007)
    p.dob = dt.date(y, R.randint(1, 12), R.randint(1, 28))
    p.age = 2026 - y - ((5, 15) < (p.dob.month, p.dob.day))   # age on 2026-05-15 (the event month)
    p.ssn = ssn()
    p.ph = (R.choice(AREAS), f"{R.choice([x for x in range(201, 999) if x != 555 and x % 100 != 11])}", f"{R.randint(1000, 9999)}")
    f, l = ascii_fold(first), ascii_fold(last)
    p.email = R.choice([f"{f}.{l}@gmail.com", f"{f[0]}{l}{R.randint(60, 99)}@yahoo.com", f"{l}.{f}@icloud.com",
                        f"{f}{R.randint(10, 99)}@outlook.com",
                        f"{R.choice(['sunnyday', 'bluejay', 'maplewood', 'riverstone', 'tidepool'])}{R.randint(100, 9999)}@proton.me"])
    p.num, p.street, p.unit = R.randint(12, 9870), R.choice(STREETS), R.choice(UNITS)
    p.city, p.state, p.zip = R.choice(CITIES)
    p.mrn = R.choice([f"00{R.randint(100000, 999999)}", f"SFC-{R.randint(100000, 999999)}", str(R.randint(1000000, 9999999))])
    p.mid = R.choice([f"W{digits(9)}", "".join(R.choice("BCDFGHKMNPRTXZ") for _ in range(3)) + digits(9),
                      f"U{digits(10)}", f"ZGP{digits(11)}"])
    p.mbi = mbi()
    p.cond, p.icd, p.med = R.choice(CONDS)
    p.ip = ip()
    p.dl = f"{last[0].upper() if last[0].isascii() else 'N'}{digits(3)}-{digits(4, '0123456789')}-{digits(4, '0123456789')}"
    p.dev = f"{R.choice(['GM4', 'CGM', 'BPX'])}-{R.randint(10000, 99999)}-{alnum(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}"
    return p

# ----------------------------------------------------------------------------- policy
POLICY = {"destinations": [
    {"name": "product-analytics", "hosts": ["heapanalytics.com", "app.pendo.io", "r.lr-ingest.io", "www.google-analytics.com",
                                            "*.sc.omtrdc.net", "insights-collector.newrelic.com"],
     "allow": [], "on_violation": "redact"},
    {"name": "email-marketing", "hosts": ["us14.api.mailchimp.com", "a.klaviyo.com"], "allow": [], "on_violation": "redact"},
    {"name": "no-baa-tools", "hosts": ["api.airtable.com", "api.notion.com", "hooks.zapier.com", "hook.us1.make.com",
                                       "api.languagetoolplus.com", "ui-avatars.com", "www.gravatar.com", "api.qrserver.com"],
     "allow": [], "on_violation": "redact"},
    {"name": "log-archive", "hosts": ["logs.us-east-1.amazonaws.com", "logs-prod-006.grafana.net"], "allow": [], "on_violation": "redact"},
    {"name": "alerting", "hosts": ["events.pagerduty.com", "api.opsgenie.com", "dc.services.visualstudio.com",
                                   "*.in.applicationinsights.azure.com"], "allow": [], "on_violation": "block"},
    {"name": "baa-partners", "hosts": ["sheets.googleapis.com", "na3.docusign.net", "api.hellosign.com",
                                       "grpc.labbridge.example", "api.efax-secure.example"], "allow": ["all"], "on_violation": "block"},
    {"name": "patient-messaging", "hosts": ["api.remindwell.io", "fcm.googleapis.com"],
     "allow": ["name", "phone", "email", "date"], "on_violation": "redact"}],
    "default_destination": "deny",
    "roster_columns": {"first_name": "name", "last_name": "name", "dob": "dob", "mrn": "mrn", "member_id": "member_id"}}

# ----------------------------------------------------------------------------- case assembly
CASES, COUNT = [], {}
JSONH = {"Content-Type": "application/json"}
FORMH = {"Content-Type": "application/x-www-form-urlencoded"}

def add(scn, method, url, headers, body, phi, controls, expect, gz=False, tag=""):
    n = COUNT[scn] = COUNT.get(scn, 0) + 1
    c = {"id": f"{scn}-{n:02d}{tag}", "scenario": scn, "method": method, "url": url, "headers": dict(headers)}
    if gz:
        c["headers"]["Content-Encoding"] = "gzip"
        c["body_b64"] = base64.b64encode(gzip.compress(body.encode("utf-8"), mtime=0)).decode()
    else:
        c["body"] = body
    seen, out = set(), []
    for v, k in phi:
        v = str(v)
        if (v, k) not in seen: seen.add((v, k)); out.append([v, k])
    c["phi"] = out; c["controls"] = [str(x) for x in dict.fromkeys(controls)]; c["expect"] = expect
    CASES.append(c)

def names(p, *extra): return [(p.first, "name"), (p.last, "name")] + [(x, "name") for x in extra]

# ----------------------------------------------------------------------------- scenarios
def s_vcard(pp):
    for i in range(7):
        group = [pp() for _ in range(1 if i % 3 else 2)]
        cards, phi = [], []
        camp = R.choice(["recall-2026q3", "annual-wellness-recall", "flu-clinic-2026"])
        u_list, rev = [], ev_ts()
        for p in group:
            ph, u = p.phone(), uid(); u_list.append(u)
            v4 = i % 2 == 1
            bday = fd(p.dob, "compact" if v4 else R.choice(["iso", "us"]))
            lines = ["BEGIN:VCARD", "VERSION:4.0" if v4 else "VERSION:3.0", "PRODID:-//Sunrise EHR//Contacts Export 7.3.2//EN",
                     f"N:{p.last};{p.first};;;", f"FN:{p.full}",
                     (f"TEL;TYPE=cell;VALUE=uri:tel:{ph}" if v4 else f"TEL;TYPE=CELL:{ph}"),
                     f"EMAIL;TYPE=INTERNET:{p.email}",
                     f"ADR;TYPE=HOME:;;{p.addr};{p.city};{p.state};{p.zip};USA", f"BDAY:{bday}"]
            phi += names(p, p.full) + [(ph, "phone"), (p.email, "email"), (p.addr, "address"), (p.zip, "zip"), (bday, "dob")]
            if i % 2 == 0:
                lines.append(f"NOTE:Recall due. Dx {p.cond} ({p.icd})")
                phi += [(p.cond, "condition"), (p.icd, "icd10")]
            else:
                lines.append(f"X-SFC-MRN:{p.mrn}"); phi.append((p.mrn, "mrn"))
            lines += [f"CATEGORIES:{camp}", f"UID:urn:uuid:{u}", f"REV:{rev}", "END:VCARD"]
            cards.append("\r\n".join(lines))
        add("vcard_import", "POST", f"http://api.remindwell.io/v2/contacts/import?list={camp}&format=vcf",
            {"Content-Type": "text/vcard; charset=utf-8"}, "\r\n".join(cards) + "\r\n", phi, [camp, u_list[0], rev, "7.3.2"], "redact")

def s_grpc(pp):
    for i in range(5):
        p = pp(); rid, ct, n_ = uid(), ev_ts(), npi()
        ph = p.phone(3)
        patient = {"patientName": {"givenName": p.first, "familyName": p.last}, "birthDate": fd(p.dob, "iso"),
                   "identifiers": [{"system": "SFC_MRN", "value": p.mrn}, {"system": "US_SSN", "value": p.ssn}],
                   "telecom": [{"system": "PHONE", "use": "MOBILE", "value": ph}],
                   "homeAddress": {"line1": p.addr, "locality": p.city, "adminArea": p.state, "postalCode": p.zip}}
        body = {"requestId": rid, "order": {"orderingPractice": {"practiceId": "prac_7781", "orderingNpi": n_},
                "patient": patient, "tests": [{"loincCode": "4548-4", "display": "Hemoglobin A1c"}, {"loincCode": "2345-7", "display": "Glucose"}],
                "diagnosisCodes": [{"code": p.icd}], "clinicalNote": f"Hx {p.cond}, on {p.med}", "createTime": ct,
                "priority": "ROUTINE"}}
        phi = names(p) + [(fd(p.dob, "iso"), "dob"), (p.mrn, "mrn"), (p.ssn, "ssn"), (ph, "phone"), (p.addr, "address"),
                          (p.zip, "zip"), (n_, "npi"), (p.icd, "icd10"), (p.cond, "condition"), (p.med, "condition")]
        add("grpc_gateway_json", "POST", "http://grpc.labbridge.example/labbridge.v1.OrderService/CreateOrder",
            {"Content-Type": "application/json", "X-Grpc-Web": "1", "X-User-Agent": "grpc-web-javascript/0.1"},
            J(body, separators=(",", ":")), phi, [rid, ct, "4548-4", "ROUTINE"], "pass", gz=(i == 3))

SHEET = "1" + alnum(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
def s_sheets(pp):
    for i in range(6):
        rng = R.choice(["Intake Log!A1:H1", "Recalls!A:H", "Sheet1!A1"])
        rows, phi = [], []
        if i % 2 == 0: rows.append(["Submitted", "Patient Name", "DOB", "Phone", "Member ID", "Reason for Visit", "Appt", "Plan"])
        for _ in range(R.randint(1, 3)):
            p = pp(); d, ap, ph = fd(p.dob, R.choice(["us", "us_short", "iso"])), fd(appt_day(), "us"), p.phone()
            plan = R.choice(PLANS)
            rows.append([ev_ts(), f"{p.last}, {p.first}", d, ph, p.mid, p.cond, ap, plan])
            phi += names(p) + [(d, "dob"), (ph, "phone"), (p.mid, "member_id"), (p.cond, "condition"), (ap, "date")]
        url = (f"http://sheets.googleapis.com/v4/spreadsheets/{SHEET}/values/{q(rng)}:append"
               f"?valueInputOption=USER_ENTERED&insertDataOption=INSERT_ROWS")
        add("sheets_values_append", "POST", url, JSONH, J({"range": rng, "majorDimension": "ROWS", "values": rows}),
            phi, [rows[-1][0], rows[-1][7], SHEET], "pass", gz=(i in (1, 4)))

AIRBASE = "app" + alnum(14, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
def s_airtable(pp):
    for i in range(8):
        p = pp(); rec = "rec" + alnum(14, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        if i in (6, 7):   # list with filterByFormula
            d = fd(p.dob, "iso" if i == 6 else "us")
            formula = (f"AND({{Last Name}}='{p.last}',{{DOB}}='{d}')" if i == 6
                       else f"OR({{Email Address}}='{p.email}',{{SSN}}='{p.ssn}')")
            url = f"http://api.airtable.com/v0/{AIRBASE}/Patients?filterByFormula={q(formula)}&maxRecords=1&view={q('Grid view')}"
            phi = [(p.last, "name"), (d, "dob")] if i == 6 else [(p.email, "email"), (p.ssn, "ssn")]
            add("airtable_records", "GET", url, {"Authorization": "Bearer pat" + alnum(14)}, "", phi, ["Grid view", AIRBASE], "redact")
            continue
        ph = p.phone(); ap = fd(appt_day(), "iso"); d = fd(p.dob, R.choice(["us", "long", "iso"]))
        if i % 3 == 0:
            f = {"Patient Name": p.full, "Date of Birth": d, "Cell #": ph, "Email Address": p.email,
                 "Insurance Member ID": p.mid, "Visit Reason": p.cond, "Preferred Location": "Cedar Park", "Appointment": ap,
                 "Status": "Needs callback"}
            phi = names(p, p.full) + [(d, "dob"), (ph, "phone"), (p.email, "email"), (p.mid, "member_id"), (p.cond, "condition"), (ap, "date")]
            ctl = ["Cedar Park", "Needs callback"]
        elif i % 3 == 1:
            f = {"Home Address": f"{p.addr}, {p.city}, {p.state} {p.zip}", "SSN": p.ssn, "Emergency Contact Phone": ph,
                 "Pt Name (Last, First)": f"{p.last}, {p.first}", "Intake Stage": "Demographics verified"}
            phi = names(p) + [(p.addr, "address"), (p.zip, "zip"), (p.ssn, "ssn"), (ph, "phone")]
            ctl = ["Demographics verified"]
        else:   # motor-vehicle-accident intake
            v, dl, inj = vin(), p.dl, fd(svc_day(), "us")
            f = {"Claimant": p.full, "Vehicle VIN": v, "Driver License #": dl, "Date of Injury": inj, "DOB": d,
                 "Injury Notes": "whiplash, cervical strain", "Claim Type": "PIP / MedPay"}
            phi = names(p, p.full) + [(v, "vin"), (dl, "drivers_license"), (inj, "date"), (d, "dob"),
                                      ("whiplash", "condition"), ("cervical strain", "condition")]
            ctl = ["PIP / MedPay"]
        method = "PATCH" if i % 3 == 1 else "POST"
        rec_obj = {"id": rec, "fields": f} if method == "PATCH" else {"fields": f}
        add("airtable_records", method, f"http://api.airtable.com/v0/{AIRBASE}/{q('Patient Intake')}",
            {**JSONH, "Authorization": "Bearer pat" + alnum(14)}, J({"records": [rec_obj], "typecast": True}, ensure_ascii=(i % 2 == 0)),
            phi, ctl + ([rec] if method == "PATCH" else ["Patient Intake"]), "redact")

def rt(s, **ann):
    o = {"type": "text", "text": {"content": s}, "plain_text": s}
    if ann: o["annotations"] = ann
    return o
def s_notion(pp):
    for i in range(7):
        p = pp(); db, hdr = uid(), {**JSONH, "Notion-Version": "2022-06-28", "Authorization": "Bearer secret_" + alnum(30)}
        if i % 2 == 0:
            d, ph = fd(p.dob, "iso"), p.phone()
            props = {"Patient": {"title": [rt(p.full)]}, "DOB": {"date": {"start": d}}, "Phone": {"phone_number": ph},
                     "Email": {"email": p.email}, "Reason": {"rich_text": [rt(f"{p.cond} follow-up, refill {p.med}")]},
                     "Status": {"select": {"name": "Follow-up"}}, "Clinic": {"select": {"name": "Sunrise Family Clinic"}}}
            body = {"parent": {"database_id": db}, "properties": props, "icon": {"emoji": "📋"}}
            phi = names(p, p.full) + [(d, "dob"), (ph, "phone"), (p.email, "email"), (p.cond, "condition"), (p.med, "condition")]
            add("notion_pages", "POST", "http://api.notion.com/v1/pages", hdr, J(body), phi,
                [db, "Follow-up", "Sunrise Family Clinic", "2022-06-28"], "redact")
        else:
            d, seen = fd(p.dob, "us"), fd(svc_day(), "mon")
            segs = [rt("Pt: "), rt(p.full, bold=True), rt(" · DOB "), rt(d), rt(f" · seen {seen}. "),
                    rt(f"Plan: continue {p.med}; recheck {p.icd} in 3 months. "), rt("MRN "), rt(p.mrn, code=True)]
            body = {"children": [{"object": "block", "type": "callout", "callout": {"rich_text": [rt("Chart note synced")]}},
                                 {"object": "block", "type": "paragraph", "paragraph": {"rich_text": segs}}]}
            phi = names(p, p.full) + [(d, "dob"), (seen, "date"), (p.med, "condition"), (p.icd, "icd10"), (p.mrn, "mrn")]
            add("notion_pages", "PATCH", f"http://api.notion.com/v1/blocks/{db}/children", hdr, J(body, ensure_ascii=False), phi,
                [db, "Chart note synced", "2022-06-28"], "redact")

def s_zapier(pp):
    for i in range(8):
        p = pp(); ts, ph = ev_ts(), p.phone()
        st = i % 5
        if st == 0:
            ap = fd(appt_day(), "iso") + "T15:30:00-05:00"
            b = {"zap_meta__event": "appointment.booked", "zap_meta__ts": ts, "patient__first_name": p.first,
                 "patient__last_name": p.last, "patient__dob": fd(p.dob, "iso"), "patient__phone": ph,
                 "insurance__member_id": p.mid, "visit__reason": p.cond, "visit__start": ap, "visit__type": "New Patient"}
            phi = names(p) + [(fd(p.dob, "iso"), "dob"), (ph, "phone"), (p.mid, "member_id"), (p.cond, "condition"), (ap, "date")]
            ctl = ["appointment.booked", ts, "New Patient"]
        elif st == 1:
            d = fd(p.dob, "us")
            b = {"Patient First Name": p.first, "Patient Last Name": p.last, "Date Of Birth": d, "Mobile Number": ph,
                 "Primary Insurance ID": p.mid, "Chief Complaint": f"{p.cond} - needs refill of {p.med}",
                 "Form Name": "Online Intake v4", "Submission Time": ts}
            phi = names(p) + [(d, "dob"), (ph, "phone"), (p.mid, "member_id"), (p.cond, "condition"), (p.med, "condition")]
            ctl = ["Online Intake v4", ts]
        elif st == 2:
            d = fd(p.dob, "compact")
            b = {"EVENT_NAME": "PT_REGISTERED", "PT_FN": p.first.upper(), "PT_LN": p.last.upper(), "PT_DOB": d,
                 "PT_SSN": p.ssn.replace("-", ""), "PT_HOME_PH": ph, "PT_ADDR1": p.addr.upper(), "PT_ZIP": p.zip,
                 "DX_CODE": p.icd, "SRC_SYS": "EHR-7.3.2"}
            phi = [(p.first.upper(), "name"), (p.last.upper(), "name"), (d, "dob"), (p.ssn.replace("-", ""), "ssn"),
                   (ph, "phone"), (p.addr.upper(), "address"), (p.zip, "zip"), (p.icd, "icd10")]
            ctl = ["PT_REGISTERED", "EHR-7.3.2"]
        elif st == 3:
            d, lv = fd(p.dob, "dash_us"), fd(svc_day(), "iso")
            b = {"evt": "rpm.reading", "ptFn": p.first, "ptLn": p.last, "ptDOB": d, "mbrId": p.mid, "cbPhone": ph,
                 "emailAddr": p.email, "rpmDeviceSerial": p.dev, "lastVisit": lv, "reading": {"systolic": 162, "diastolic": 101},
                 "readingId": uid()}
            phi = names(p) + [(d, "dob"), (p.mid, "member_id"), (ph, "phone"), (p.email, "email"), (p.dev, "device_id"), (lv, "date")]
            ctl = ["rpm.reading", b["readingId"]]
        else:
            cn, acct, inv = card(spaced=(i % 2 == 0)), digits(R.randint(10, 12), "123456789"), f"INV-{R.randint(100000, 999999)}"
            b = {"event": "payment_plan.created", "invoice": inv, "amount": "$145.00", "payer_name": p.full,
                 "card_number": cn, "card_exp": "08/29", "bank_account_number": acct, "routing_number": "021000021",
                 "billing_zip": p.zip, "guarantor_email": p.email}
            phi = names(p, p.full) + [(cn, "card_number"), (acct, "bank_account"), (p.zip, "zip"), (p.email, "email")]
            ctl = ["payment_plan.created", inv, "$145.00", "021000021"]
        url = (f"http://hooks.zapier.com/hooks/catch/{R.randint(1000000, 9999999)}/{alnum(6, 'abcdefghijklmnopqrstuvwxyz0123456789')}/"
               if i % 2 == 0 else f"http://hook.us1.make.com/{alnum(32, 'abcdefghijklmnopqrstuvwxyz0123456789')}")
        add("zapier_make_flat", "POST", url, JSONH, J(b, ensure_ascii=(i % 3 != 0)), phi, ctl, "redact")

def s_typeform(pp):
    for i in range(7):
        p = pp(); ts, evid, fid = ev_ts(), "01J" + alnum(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"), alnum(8)
        if i < 5:
            readable = i % 2 == 0
            def fld(ref, typ, title): return {"id": alnum(12), "ref": ref if readable else uid(), "type": typ, "title": title}
            f_first, f_last = fld("first_name", "short_text", "What's your first name?"), fld("last_name", "short_text", "And your last name?")
            f_dob, f_mail = fld("dob", "date", "What is your date of birth?"), fld("email", "email", "Best email for appointment updates?")
            f_ph, f_why = fld("mobile", "phone_number", "Mobile number"), fld("reason", "long_text", "Tell us what brings you in")
            ph = p.phone(3); d = fd(p.dob, "iso")
            why = R.choice([f"I take {p.med} daily and my {p.cond} has gotten worse", f"follow-up for my afib and a refill of Eliquis",
                            f"panic attacks since March, currently on {p.med}"])
            fields = [f_first, f_last, f_dob, f_mail, f_ph, f_why]
            answers = [{"type": "text", "text": p.first, "field": f_first}, {"type": "text", "text": p.last, "field": f_last},
                       {"type": "date", "date": d, "field": f_dob}, {"type": "email", "email": p.email, "field": f_mail},
                       {"type": "phone_number", "phone_number": ph, "field": f_ph}, {"type": "text", "text": why, "field": f_why}]
            phi = names(p) + [(d, "dob"), (p.email, "email"), (ph, "phone")]
            phi += ([(p.med, "condition"), (p.cond, "condition")] if p.med in why and p.cond in why else
                    [("afib", "condition"), ("Eliquis", "condition")] if "afib" in why else [("panic attacks", "condition"), (p.med, "condition")])
            if i == 4:
                f_pp = fld("passport", "short_text", "Passport number (for your travel vaccine certificate)")
                pn = R.choice("ACEFGHKLMN") + digits(8, "0123456789"); fields.append(f_pp)
                answers.append({"type": "text", "text": pn, "field": f_pp}); phi.append((pn, "passport"))
            body = {"event_id": evid, "event_type": "form_response",
                    "form_response": {"form_id": fid, "token": alnum(32, "abcdefghijklmnopqrstuvwxyz0123456789"), "landed_at": ts,
                                      "submitted_at": ts, "hidden": {"utm_campaign": "spring-wellness-2026"},
                                      "definition": {"id": fid, "title": "New Patient Questionnaire", "fields": fields},
                                      "answers": answers}}
            add("typeform_jotform", "POST", f"http://hook.us1.make.com/{alnum(32, 'abcdefghijklmnopqrstuvwxyz0123456789')}",
                {**JSONH, "Typeform-Signature": "sha256=" + base64.b64encode(R.randbytes(32)).decode()}, J(body), phi,
                [evid, ts, "spring-wellness-2026", "New Patient Questionnaire"], "redact")
        else:
            sub, ph, d = digits(19), p.phone(0), fd(p.dob, "dash_us")
            raw = {"slug": "submit/241590118273052", "q3_patientName": {"first": p.first, "last": p.last},
                   "q4_birthDate": {"date": d}, "q5_phoneNumber": {"full": ph}, "q6_email": p.email,
                   "q8_address": {"addr_line1": p.addr, "city": p.city, "state": p.state, "postal": p.zip},
                   "q9_insuranceId": p.mid, "q11_typeA": "Telehealth"}
            pretty = (f"Patient Name:{p.first} {p.last}, Date of Birth:{d}, Phone Number:{ph}, E-mail:{p.email}, "
                      f"Address:{p.addr} {p.city}, {p.state} {p.zip}, Insurance ID:{p.mid}, Visit Type:Telehealth")
            body = form([("formID", "241590118273052"), ("submissionID", sub), ("pretty", pretty),
                         ("rawRequest", J(raw, ensure_ascii=False)), ("formTitle", "Telehealth Intake")])
            phi = names(p, f"{p.first} {p.last}") + [(d, "dob"), (ph, "phone"), (p.email, "email"), (p.addr, "address"),
                                                      (p.zip, "zip"), (p.mid, "member_id")]
            add("typeform_jotform", "POST", f"http://hook.us1.make.com/{alnum(32, 'abcdefghijklmnopqrstuvwxyz0123456789')}",
                FORMH, body, phi, [sub, "Telehealth Intake", "241590118273052"], "redact")

def s_esign(pp):
    for i in range(5):
        p = pp(); acct, tpl = uid(), uid(); d = fd(p.dob, "us")
        if i < 3:
            body = {"emailSubject": "Please sign: Consent to Treat & HIPAA Acknowledgment", "templateId": tpl, "status": "sent",
                    "templateRoles": [{"roleName": "Patient", "name": p.full, "email": p.email, "clientUserId": p.mrn,
                                       "tabs": {"textTabs": [{"tabLabel": "pt_dob", "value": d}, {"tabLabel": "pt_ssn", "value": p.ssn},
                                                             {"tabLabel": "ins_mbr", "value": p.mid}, {"tabLabel": "pt_addr", "value": f"{p.addr}, {p.zip}"}],
                                                "checkboxTabs": [{"tabLabel": "consent_sms", "selected": "true"}]}}],
                    "customFields": {"textCustomFields": [{"name": "PracticeLocation", "value": "Cedar Park"}]}}
            phi = names(p, p.full) + [(p.email, "email"), (p.mrn, "mrn"), (d, "dob"), (p.ssn, "ssn"), (p.mid, "member_id"),
                                      (p.addr, "address"), (p.zip, "zip")]
            add("esign_envelopes", "POST", f"http://na3.docusign.net/restapi/v2.1/accounts/{acct}/envelopes", JSONH, J(body), phi,
                [tpl, "Cedar Park", "consent_sms"], "pass")
        else:
            body = {"template_ids": [hexs(40)], "subject": "Financial responsibility agreement", "test_mode": False,
                    "signers": [{"role": "Patient", "name": p.full, "email_address": p.email}],
                    "custom_fields": [{"name": "Patient DOB", "value": d}, {"name": "Diagnosis", "value": f"{p.icd} {p.cond}"},
                                      {"name": "Member ID", "value": p.mid}, {"name": "Estimate", "value": "$1,240.00"}]}
            phi = names(p, p.full) + [(p.email, "email"), (d, "dob"), (p.icd, "icd10"), (p.cond, "condition"), (p.mid, "member_id")]
            add("esign_envelopes", "POST", "http://api.hellosign.com/v3/signature_request/send_with_template", JSONH, J(body), phi,
                [body["template_ids"][0], "$1,240.00", "Financial responsibility agreement"], "pass")

def s_calendly(pp):
    for i in range(6):
        p = pp(); ts, ev = ev_ts(), uid()
        st = f"{fd(appt_day(), 'iso')}T{R.randint(13, 21)}:{R.choice(['00', '20', '40'])}:00.000000Z"
        ph, d = p.phone(4), fd(p.dob, R.choice(["us", "us_short"]))
        why = R.choice([f"follow-up for my afib and refill of Eliquis", f"{p.cond}, want to discuss {p.med}", "positive home pregnancy test"])
        qa = [{"question": "Date of birth", "answer": d, "position": 0},
              {"question": "Insurance member ID", "answer": p.mid, "position": 1},
              {"question": "What brings you in?", "answer": why, "position": 2}]
        body = {"event": "invitee.created", "created_at": ts,
                "payload": {"email": p.email, "name": p.full, "first_name": p.first, "last_name": p.last,
                            "text_reminder_number": ph, "timezone": "America/Chicago", "status": "active",
                            "uri": f"https://api.calendly.com/scheduled_events/{ev}/invitees/{uid()}",
                            "questions_and_answers": qa,
                            "scheduled_event": {"name": "New Patient Visit - 40 min", "start_time": st, "location": {"type": "physical", "location": "Cedar Park office"}},
                            "tracking": {"utm_campaign": "gbp-listing", "utm_source": "google"}}}
        phi = names(p, p.full) + [(p.email, "email"), (ph, "phone"), (d, "dob"), (p.mid, "member_id"), (st, "date")]
        phi += ([("afib", "condition"), ("Eliquis", "condition")] if "afib" in why else
                [(p.cond, "condition"), (p.med, "condition")] if p.cond in why else [("positive home pregnancy test", "condition")])
        add("calendly_relay", "POST", f"http://hooks.zapier.com/hooks/catch/{R.randint(1000000, 9999999)}/{alnum(6, 'abcdefghijklmnopqrstuvwxyz0123456789')}/",
            {**JSONH, "Calendly-Webhook-Signature": f"t={ev_epoch()},v1={hexs(64)}"}, J(body), phi,
            ["invitee.created", ts, "New Patient Visit - 40 min", "gbp-listing"], "redact")

LISTID = hexs(10)
def mc_member(p, phi):
    bd, ph = f"{p.dob:%m/%d}", p.phone(R.choice([0, 1, 2]))
    m = {"email_address": p.email, "status_if_new": "subscribed",
         "merge_fields": {"FNAME": p.first, "LNAME": p.last, "BIRTHDAY": bd, "PHONE": ph,
                          "ADDRESS": {"addr1": p.addr, "addr2": "", "city": p.city, "state": p.state, "zip": p.zip, "country": "US"},
                          "MMERGE7": "Cedar Park"}, "tags": ["new-patient-2026"]}
    phi += names(p) + [(p.email, "email"), (bd, "dob"), (ph, "phone"), (p.addr, "address"), (p.zip, "zip"),
                       (md5(p.email.lower()), "hashed_identifier")]
    return m
def s_mailchimp(pp):
    auth = {"Authorization": "Basic " + base64.b64encode(b"anystring:" + hexs(32).encode() + b"-us14").decode()}
    for i in range(8):
        if i < 5:
            p = pp(); phi = []; m = mc_member(p, phi)
            add("mailchimp_merge_fields", "PUT", f"http://us14.api.mailchimp.com/3.0/lists/{LISTID}/members/{md5(p.email.lower())}",
                {**JSONH, **auth}, J(m, ensure_ascii=(i % 2 == 0)), phi, ["new-patient-2026", "Cedar Park", LISTID], "redact")
        elif i < 7:
            p = pp(); h = md5(p.email.lower())
            body = {"name": "appointment_booked", "occurred_at": ev_ts(),
                    "properties": {"visit_type": "annual_physical", "reason": p.cond, "first_name": p.first}}
            phi = [(h, "hashed_identifier"), (p.cond, "condition"), (p.first, "name")]
            add("mailchimp_merge_fields", "POST", f"http://us14.api.mailchimp.com/3.0/lists/{LISTID}/members/{h}/events",
                {**JSONH, **auth}, J(body), phi, ["appointment_booked", "annual_physical", body["occurred_at"]], "redact")
        else:
            ops, phi = [], []
            for _ in range(3):
                p = pp(); m = mc_member(p, phi)
                ops.append({"method": "PUT", "path": f"/lists/{LISTID}/members/{md5(p.email.lower())}",
                            "operation_id": uid(), "body": J(m, ensure_ascii=False)})
            add("mailchimp_merge_fields", "POST", "http://us14.api.mailchimp.com/3.0/batches", {**JSONH, **auth},
                J({"operations": ops}), phi, [ops[0]["operation_id"], "new-patient-2026"], "redact", gz=True)

def s_klaviyo(pp):
    for i in range(9):
        p = pp(); t = ev_epoch(); tok = alnum(6)
        d = fd(p.dob, R.choice(["iso", "us"])); ph = p.phone(3)
        if i < 5:
            ev = R.choice(["Appointment Requested", "Refill Requested", "Started Intake"])
            pairs = [("token", tok), ("event", ev), ("customer_properties[$email]", p.email),
                     ("customer_properties[$first_name]", p.first), ("customer_properties[$last_name]", p.last),
                     ("customer_properties[$phone_number]", ph), ("customer_properties[$zip]", p.zip),
                     ("properties[Patient DOB]", d), ("properties[Reason]", p.cond), ("properties[Medication]", p.med),
                     ("properties[$value]", "129.00"), ("properties[Campaign]", "spring-wellness-2026"), ("time", str(t))]
            phi = names(p) + [(p.email, "email"), (ph, "phone"), (p.zip, "zip"), (d, "dob"), (p.cond, "condition"), (p.med, "condition")]
            add("klaviyo_track", "POST", "http://a.klaviyo.com/api/track", FORMH, form(pairs), phi,
                [ev, "spring-wellness-2026", str(t), "129.00"], "redact")
        else:
            ev = R.choice(["Booked Appointment", "Viewed Lab Result"])
            data = {"token": tok, "event": ev, "customer_properties": {"$email": p.email, "$first_name": p.first,
                    "$last_name": p.last, "$phone_number": ph, "Member ID": p.mid},
                    "properties": {"Visit Reason": p.cond, "ICD": p.icd, "Location": "Cedar Park", "$event_id": uid()}, "time": t}
            b64 = base64.b64encode(J(data).encode()).decode()
            phi = names(p) + [(p.email, "email"), (ph, "phone"), (p.mid, "member_id"), (p.cond, "condition"), (p.icd, "icd10")]
            add("klaviyo_track", "GET", f"http://a.klaviyo.com/api/track?data={q(b64)}&ip=0", {}, "", phi,
                [ev, data["properties"]["$event_id"], "Cedar Park"], "redact", tag="-b64")

def s_heap_pendo(pp):
    for i in range(8):
        p = pp(); ts = ev_ts()
        if i % 2 == 0:
            d = fd(p.dob, "us"); plan = R.choice(PLANS)
            b = {"app_id": "3928471650", "identity": p.email, "event": "Intake Form Completed", "timestamp": ts,
                 "properties": {"patient_name": p.full, "ptDOB": d, "visit_reason": p.cond, "insurance_plan": plan,
                                "ip": p.ip, "hashed_email": sha256(p.email.lower()), "form_version": "v4.2.0"}}
            phi = names(p, p.full) + [(p.email, "email"), (d, "dob"), (p.cond, "condition"), (p.ip, "ip_address"),
                                      (sha256(p.email.lower()), "hashed_identifier")]
            add("heap_pendo_track", "POST", "http://heapanalytics.com/api/track", JSONH, J(b), phi,
                ["Intake Form Completed", ts, plan, "v4.2.0"], "redact")
        elif i % 4 == 1:
            ph = p.phone(1)
            b = {"app_id": "3928471650", "identity": p.mrn, "properties": {"First Name": p.first, "Last Name": p.last,
                 "Phone": ph, "Zip": p.zip, "Member Since": "2019", "Portal Tier": "Family"}}
            phi = names(p) + [(p.mrn, "mrn"), (ph, "phone"), (p.zip, "zip")]
            add("heap_pendo_track", "POST", "http://heapanalytics.com/api/add_user_properties", JSONH, J(b), phi, ["Portal Tier", "Family"], "redact")
        else:
            page = f"https://portal.sunrisefamilyclinic.com/refills?patient={q(p.last + ', ' + p.first)}&rx={q(p.med)}"
            b = {"type": "track", "event": "Refill Requested", "visitorId": f"pt-{p.mrn}", "accountId": "sunrise-family-clinic",
                 "timestamp": ev_epoch(ms=True), "properties": {"medication": p.med, "days_supply": 90, "pharmacy": "Main Street Pharmacy"},
                 "context": {"ip": p.ip, "userAgent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)",
                             "url": page, "title": "Refill Request | Patient Portal"}}
            phi = names(p) + [(p.mrn, "mrn"), (p.med, "condition"), (p.ip, "ip_address")]
            add("heap_pendo_track", "POST", f"http://app.pendo.io/data/track", {**JSONH, "x-pendo-integration-key": uid()}, J(b), phi,
                ["Refill Requested", "sunrise-family-clinic", "Refill Request | Patient Portal", "Main Street Pharmacy"], "redact")

def s_alerts(pp):
    for i in range(8):
        p = pp(); rid = uid()
        if i % 2 == 0:
            d = fd(p.dob, "iso")
            summ = R.choice([f"Eligibility check failed for {p.full} (DOB {d}) member {p.mid}: 502 from payer gateway",
                             f"Claim scrubber rejected encounter for {p.full}, DOB {d}, Dx {p.icd}; member {p.mid}"])
            b = {"routing_key": hexs(32), "event_action": "trigger", "dedup_key": rid,
                 "payload": {"summary": summ, "source": "rcm-worker-03", "severity": "error", "component": "eligibility",
                             "custom_details": {"patient_mrn": p.mrn, "payer": R.choice(PLANS), "attempt": 3}}}
            phi = names(p, p.full) + [(d, "dob"), (p.mid, "member_id"), (p.mrn, "mrn")] + ([(p.icd, "icd10")] if p.icd in summ else [])
            add("pagerduty_opsgenie", "POST", "http://events.pagerduty.com/v2/enqueue", JSONH, J(b), phi, [rid, "rcm-worker-03"], "block")
        else:
            d = fd(p.dob, "us")
            if i == 5:
                cn = card()
                desc = f"Payment capture failed: card {cn} exp 08/29 declined for pt_id {p.mrn} ({p.last}, {p.first})"
                phi = names(p) + [(cn, "card_number"), (p.mrn, "mrn")]
            else:
                desc = (f"Outbound fax to referring office failed for referral packet.\nPt: {p.last}, {p.first} | DOB {d} | "
                        f"Dx {p.icd} {p.cond} | SSN on cover sheet {p.ssn}")
                phi = names(p) + [(d, "dob"), (p.icd, "icd10"), (p.cond, "condition"), (p.ssn, "ssn")]
            b = {"message": "Fax delivery failed" if i != 5 else "Payment capture failed", "alias": f"job-{rid}",
                 "description": desc, "details": {"jobId": rid, "pages": "7", "host": "fax-relay-01"}, "tags": ["fax", "p2"], "priority": "P2"}
            add("pagerduty_opsgenie", "POST", "http://api.opsgenie.com/v2/alerts", {**JSONH, "Authorization": f"GenieKey {uid()}"},
                J(b), phi, [rid, "fax-relay-01"], "block")

IKEY = uid()
def s_appinsights(pp):
    for i in range(5):
        p = pp(); t = ev_ts(); op = hexs(32)
        d = fd(p.dob, "iso")
        env = {"name": f"Microsoft.ApplicationInsights.{IKEY.replace('-', '')}.Exception", "time": t, "iKey": IKEY,
               "tags": {"ai.user.id": p.email if i % 2 == 0 else p.mrn, "ai.location.ip": p.ip, "ai.operation.id": op,
                        "ai.cloud.role": "scheduling-api"},
               "data": {"baseType": "ExceptionData", "baseData": {"ver": 2, "exceptions": [{"typeName": "System.InvalidOperationException",
                        "message": f"Slot conflict booking {p.last}, {p.first} (DOB {d})", "hasFullStack": False}],
                        "properties": {"PatientMrn": p.mrn, "VisitReason": p.cond, "Build": "2026.5.14.3"}}}}
        phi = names(p) + [(p.email if i % 2 == 0 else p.mrn, "email" if i % 2 == 0 else "mrn"), (p.mrn, "mrn"),
                          (p.ip, "ip_address"), (d, "dob"), (p.cond, "condition")]
        host = "dc.services.visualstudio.com" if i % 2 == 0 else "westus2-1.in.applicationinsights.azure.com"
        add("appinsights_envelope", "POST", f"http://{host}/v2/track", {"Content-Type": "application/x-json-stream"},
            J([env]), phi, [op, "scheduling-api", "2026.5.14.3"], "block")

def s_newrelic(pp):
    for i in range(6):
        evs, phi = [], []
        for _ in range(R.randint(1, 3)):
            p = pp() if i not in (1, 4) else pp_elder()
            d = fd(p.dob, "compact")
            e = {"eventType": "KioskCheckIn", "kioskId": f"CP-0{R.randint(1, 9)}", "patientFullName": p.full, "dobYYYYMMDD": d,
                 "waitMinutes": R.randint(3, 40), "appVersion": "2.7.0", "timestamp": ev_epoch()}
            phi += names(p, p.full) + [(d, "dob")]
            if p.age >= 90: e["patientAge"] = p.age; phi.append((str(p.age), "age_over_89"))
            if i % 2 == 0: e["copayCard"] = card(spaced=False); phi.append((e["copayCard"], "card_number"))
            evs.append(e)
        add("newrelic_insights", "POST", f"http://insights-collector.newrelic.com/v1/accounts/3391827/events",
            {**JSONH, "X-Insert-Key": "NRII-" + alnum(32)}, J(evs), phi, ["KioskCheckIn", "2.7.0", evs[0]["kioskId"]], "redact", gz=(i == 2))

def s_loki(pp):
    for i in range(6):
        vals, phi = [], []
        for k in range(2):
            p = pp(); ns = str(ev_epoch() * 10**9 + R.randint(0, 10**9 - 1))
            if k == 0:
                line = (f"level=info ts={ev_ts()} caller=eligibility.go:212 msg=\"eligibility ok\" pt_fn={p.first.replace(' ', '_')} "
                        f"pt_ln=\"{p.last}\" mbrId={p.mid} client_ip={p.ip} device_sn={p.dev} dur_ms={R.randint(80, 900)}")
                phi += [(p.first.replace(" ", "_"), "name"), (p.last, "name"), (p.mid, "member_id"), (p.ip, "ip_address"), (p.dev, "device_id")]
            else:
                d = fd(p.dob, "iso")
                line = J({"level": "warn", "msg": "duplicate chart candidate", "candidate": {"name": p.full, "birthDate": d,
                          "ssn": p.ssn, "mrn": p.mrn}, "trace_id": hexs(32)}, ensure_ascii=False)
                phi += names(p, p.full) + [(d, "dob"), (p.ssn, "ssn"), (p.mrn, "mrn")]
            vals.append([ns, line])
        body = {"streams": [{"stream": {"app": "ehr-sync", "env": "prod", "cluster": "us-central-1"}, "values": vals}]}
        add("loki_push", "POST", "http://logs-prod-006.grafana.net/loki/api/v1/push", {**JSONH, "X-Scope-OrgID": "482913"},
            J(body), phi, ["ehr-sync", vals[0][0], "eligibility.go:212"], "redact", gz=(i == 4))

def s_cloudwatch(pp):
    for i in range(6):
        evs, phi = [], []
        for k in range(R.randint(1, 2)):
            p = pp(); rid = uid(); d = fd(p.dob, "us")
            if (i + k) % 2 == 0:
                msg = (f"{ev_ts()}\tINFO\t{rid}\tEligibility response for member {p.mid} ({p.last}, {p.first} dob {d}): "
                       f"active, copay $35")
                phi += names(p) + [(p.mid, "member_id"), (d, "dob")]
            else:
                ph = p.phone(); msg = J({"level": "warn", "requestId": rid, "route": "POST /v1/patients",
                                          "body": {"firstName": p.first, "lastName": p.last, "ssn": p.ssn, "homePhone": ph,
                                                   "street": p.addr, "postalCode": p.zip}}, ensure_ascii=False)
                phi += names(p) + [(p.ssn, "ssn"), (ph, "phone"), (p.addr, "address"), (p.zip, "zip")]
            evs.append({"timestamp": ev_epoch(ms=True), "message": msg})
        ctl = [rid, "/ecs/ehr-api"]
        body = {"logGroupName": "/ecs/ehr-api", "logStreamName": f"ecs/api/{hexs(32)}", "logEvents": evs}
        add("cloudwatch_putlogevents", "POST", "http://logs.us-east-1.amazonaws.com/",
            {"Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": "Logs_20140328.PutLogEvents"}, J(body), phi, ctl, "redact",
            gz=(i == 1))

def s_fcm(pp):
    for i in range(6):
        p = pp(); tok = alnum(22) + ":APA91b" + alnum(134, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        appt = uid()
        if i % 2 == 0:
            day = appt_day(); dstr = f"{MON[day.month-1]} {day.day}"
            title, text = "Appointment reminder", f"{p.first}, your visit is on {dstr} at 9:40 AM. Tap to confirm."
            phi = [(p.first, "name"), (dstr, "date")]
            data = {"patientId": p.mrn, "dob": fd(p.dob, "iso"), "reason": p.cond, "deeplink": f"sunriseportal://appointments/{appt}"}
            phi += [(p.mrn, "mrn"), (fd(p.dob, "iso"), "dob"), (p.cond, "condition")]
        else:
            what = R.choice(["HIV viral load", "hepatitis C antibody", "pregnancy test"])
            title, text = "New result available", f"Hi {p.first} {p.last}, your {what} result is ready in the portal."
            phi = [(p.first, "name"), (p.last, "name"), (what, "condition")]
            data = {"deeplink": f"sunriseportal://results/{appt}", "ptEmail": p.email}
            phi.append((p.email, "email"))
        body = {"message": {"token": tok, "notification": {"title": title, "body": text}, "data": data,
                            "android": {"priority": "high", "notification": {"channel_id": "clinical"}},
                            "apns": {"payload": {"aps": {"badge": 1, "sound": "default"}}}}}
        add("fcm_push", "POST", "http://fcm.googleapis.com/v1/projects/sunrise-portal-prod/messages:send",
            {**JSONH, "Authorization": "Bearer ya29." + alnum(40)}, J(body), phi, [title, data["deeplink"], "clinical"], "redact")

def s_sms(pp):
    for i in range(7):
        p = pp(); camp = R.choice(["appt-reminder-48h", "appt-reminder-2h", "rx-ready"])
        day = appt_day(); ph = p.phone(3 if i % 2 == 0 else R.choice([0, 1, 6]))
        if i % 3 == 0:
            ds = fd(day, "us")
            msg = (f"Hi {p.first}, this is Sunrise Family Clinic reminding you of your appointment on {ds} at 3:15 PM. "
                   f"Reply C to confirm or R to reschedule.")
            b = {"to": ph, "from": "SUNRISE", "message": msg, "campaign": camp, "send_at": ev_ts(),
                 "metadata": {"patient_dob": fd(p.dob, "us"), "mrn": p.mrn, "visit_reason": p.cond}}
            phi = [(p.first, "name"), (ds, "date"), (ph, "phone"), (fd(p.dob, "us"), "dob"), (p.mrn, "mrn"), (p.cond, "condition")]
        elif i % 3 == 1:
            ds = fd(day, "mon")
            b = {"template_id": "tmpl_reminder_v3", "recipient": {"firstName": p.first, "lastName": p.last, "mobile": ph, "email": p.email},
                 "variables": {"PATIENT_FIRST": p.first, "APPT_DATE": ds, "APPT_TIME": "9:40 AM", "PREP": f"Fasting labs for {p.cond}",
                               "BIRTHDATE_CHECK": fd(p.dob, "long")}, "campaign": camp}
            phi = names(p) + [(ph, "phone"), (p.email, "email"), (ds, "date"), (p.cond, "condition"), (fd(p.dob, "long"), "dob")]
        else:
            med = R.choice(["Ozempic", "Suboxone", p.med])
            msg = f"{p.first} {p.last}: your {med} refill is ready for pickup. Questions? Reply to this text."
            b = {"to": ph, "from": "SUNRISE", "message": msg, "campaign": camp, "ref": f"RX-{R.randint(100000, 999999)}",
                 "insurance": {"memberId": p.mid}}
            phi = names(p) + [(ph, "phone"), (med, "condition"), (p.mid, "member_id")]
        add("sms_reminder", "POST", "http://api.remindwell.io/v1/messages", {**JSONH, "Authorization": "Bearer rw_live_" + alnum(24)},
            J(b, ensure_ascii=False), phi, [camp, "SUNRISE" if "from" in b else "tmpl_reminder_v3"] + ([b["ref"]] if "ref" in b else []), "redact")

def s_ga(pp):
    for i in range(7):
        p = pp(); cid = f"{R.randint(10**9, 2 * 10**9)}.{ev_epoch()}"; tid = f"UA-{R.randint(1000000, 9999999)}-1"
        if i < 5:
            d = fd(p.dob, "iso")
            pairs = [("v", "1"), ("tid", tid), ("cid", cid), ("t", "pageview"),
                     ("dl", f"https://portal.sunrisefamilyclinic.com/patients/{p.mrn}/chart?dob={d}"),
                     ("dp", f"/patients/{p.mrn}/chart"), ("dt", f"Chart – {p.full}"), ("uid", p.email), ("cd1", d),
                     ("cd2", p.cond), ("cd3", "provider-view"), ("z", str(R.randint(10**8, 10**9)))]
            phi = names(p, p.full) + [(p.mrn, "mrn"), (d, "dob"), (p.email, "email"), (p.cond, "condition")]
            add("ga_measurement_v1", "GET", "http://www.google-analytics.com/collect?" + form(pairs), {}, "", phi,
                [tid, cid, "provider-view"], "redact")
        else:
            lines, phi = [], []
            for _ in range(2):
                p = pp(); ss = p.ssn
                lines.append(form([("v", "1"), ("tid", tid), ("cid", cid), ("t", "event"), ("ec", "Search"), ("ea", "patient_lookup"),
                                   ("el", f"{p.last}, {p.first} / {ss}"), ("dp", f"/api/patients/by-ssn/{ss}")]))
                phi += names(p) + [(ss, "ssn")]
            add("ga_measurement_v1", "POST", "http://www.google-analytics.com/batch", {"Content-Type": "text/plain"},
                "\n".join(lines), phi, [tid, "patient_lookup"], "redact")

def s_adobe(pp):
    for i in range(6):
        p = pp(); d = fd(p.dob, "iso"); sid = R.randint(10**7, 10**8 - 1)
        page = f"https://portal.sunrisefamilyclinic.com/intake/confirm?name={q(p.full)}&dob={d}"
        pairs = [("AQB", "1"), ("ndh", "1"), ("pageName", "portal:intake:confirm"), ("g", page),
                 ("r", "https://www.sunrisefamilyclinic.com/locations/cedar-park"), ("v1", p.email), ("c5", d),
                 ("v12", p.mid), ("v20", p.cond), ("events", "event7"), ("products", ";NPV-40;1;129.00"), ("AQE", "1")]
        phi = names(p, p.full) + [(p.email, "email"), (d, "dob"), (p.mid, "member_id"), (p.cond, "condition")]
        add("adobe_beacon", "GET", f"http://sunrisefamily.sc.omtrdc.net/b/ss/sunrisefcprod/1/JS-2.22.4/s{sid}?" + form(pairs), {}, "",
            phi, ["portal:intake:confirm", "event7", ";NPV-40;1;129.00"], "redact")

def pp_elder():
    return ELDERS[R.randrange(len(ELDERS))]

def letter(p, style):
    d = fd(p.dob, ["dot", "us", "dmon", "long"][style]); ph = p.phone(2); ref = f"RF-{R.randint(10000, 99999)}"
    lab = [("Pt name - ", "D.O.B ", "Ins. ID ", "Dx: ", "MRN# "), ("Patient: ", "DOB: ", "Member #: ", "Diagnosis: ", "Chart No. "),
           ("PATIENT NAME ... ", "BIRTHDATE ... ", "POLICY ... ", "DX ... ", "ACCT/MRN ... "),
           ("Re: ", "born ", "Ins ID# ", "Assessment - ", "MR# ")][style]
    name = f"{p.last}, {p.first}" if style != 3 else p.full
    age_line = f"Hx: {p.age}-year-old, lives alone.\n" if p.age >= 90 else ""
    t = (f"Referral {ref}\n{lab[0]}{name}\n{lab[1]}{d}    {lab[4]}{p.mrn}\n{lab[2]}{p.mid}\n"
         f"{lab[3]}{p.cond} ({p.icd})\n{age_line}Meds: {p.med}\nPt cell: {ph}\nAddress on file: {p.addr}, {p.city} {p.state} {p.zip}\n"
         f"Please schedule at your earliest convenience. Thank you.\n")
    phi = names(p) + ([(p.full, "name")] if style == 3 else []) + [(d, "dob"), (p.mrn, "mrn"), (p.mid, "member_id"),
          (p.cond, "condition"), (p.icd, "icd10"), (p.med, "condition"), (ph, "phone"), (p.addr, "address"), (p.zip, "zip")]
    if age_line: phi.append((str(p.age), "age_over_89"))
    return t, phi, ref
def s_referral(pp):
    for i in range(7):
        p = pp_elder() if i in (1, 5) else pp()
        if i < 4:
            t, phi, ref = letter(p, i)
            add("referral_letter_text", "POST", "http://api.languagetoolplus.com/v2/check", FORMH,
                form([("text", t), ("language", "en-US"), ("enabledOnly", "false"), ("level", "picky")]), phi, [ref, "en-US", "picky"], "redact")
        elif i < 6:
            t, phi, ref = letter(p, i - 2)
            add("referral_letter_text", "POST", f"http://api.efax-secure.example/v1/faxes?to=18005550199&ref={ref}",
                {"Content-Type": "text/plain; charset=utf-8"}, t, phi, [ref], "pass")
        else:   # fixed-width lab table, sent to the grammar checker by a "proofread before sending" button
            coll = fd(svc_day(), "us"); d = fd(p.dob, "us"); L, F = p.last.upper(), p.first.upper()
            t = (f"SUNRISE FAMILY CLINIC - LAB SUMMARY\n"
                 f"Patient:  {L}, {F:<20}DOB: {d}\nMRN:      {p.mrn:<22}Collected: {coll}\n" + "-" * 60 + "\n"
                 f"{'Test':<25}{'Result':<10}{'Flag':<7}Ref Range\n"
                 f"{'Hemoglobin A1c':<25}{'8.4':<10}{'H':<7}4.0-5.6 %\n{'Glucose, fasting':<25}{'162':<10}{'H':<7}70-99 mg/dL\n"
                 f"{'HIV-1/2 Ag/Ab':<25}{'Reactive':<10}{'A':<7}Nonreactive\n{'Creatinine':<25}{'1.02':<10}{'':<7}0.57-1.00 mg/dL\n")
            phi = [(L, "name"), (F, "name"), (d, "dob"), (p.mrn, "mrn"), (coll, "date"), ("HIV-1/2 Ag/Ab", "condition")]
            add("referral_letter_text", "POST", "http://api.languagetoolplus.com/v2/check", FORMH,
                form([("text", t), ("language", "en-US")]), phi, ["SUNRISE FAMILY CLINIC - LAB SUMMARY", "Ref Range"], "redact")

def s_urlpath(pp):
    ps = [pp() for _ in range(7)]
    p = ps[0]
    add("url_path_phi", "GET", f"http://ui-avatars.com/api/{q(p.full)}/128/0D8ABC/ffffff", {"Accept": "image/png"}, "",
        names(p, p.full), ["0D8ABC"], "redact")
    p = ps[1]; h = md5(p.email.lower())
    add("url_path_phi", "GET", f"http://www.gravatar.com/avatar/{h}?s=80&d=identicon", {"Accept": "image/*"}, "",
        [(h, "hashed_identifier")], ["identicon"], "redact")
    p = ps[2]; d = fd(p.dob, "us")
    add("url_path_phi", "GET", "http://api.qrserver.com/v1/create-qr-code/?size=150x150&data=" + q(f"MRN:{p.mrn}|{p.last},{p.first}|DOB:{d}"),
        {}, "", names(p) + [(p.mrn, "mrn"), (d, "dob")], ["150x150"], "redact")
    p = ps[3]
    add("url_path_phi", "GET", f"http://grpc.labbridge.example/api/patients/by-ssn/{p.ssn}/orders?since=2026-01-01", {}, "",
        [(p.ssn, "ssn")], ["2026-01-01"], "pass")
    p = ps[4]; d = fd(p.dob, "iso")
    add("url_path_phi", "GET", f"http://api.efax-secure.example/v1/search/{q(p.full)}/{d}", {}, "",
        names(p, p.full) + [(d, "dob")], [], "pass")
    p = ps[5]; d = fd(p.dob, "iso")
    page = f"https://portal.sunrisefamilyclinic.com/patients/search/{q(p.last + ', ' + p.first)}/{d}"
    add("url_path_phi", "GET", f"http://app.pendo.io/data/guide.js/{uid()}?v=2.243.0&ct={ev_epoch(ms=True)}&url={q(page)}", {}, "",
        names(p) + [(d, "dob")], ["2.243.0"], "redact")
    p = ps[6]
    add("url_path_phi", "GET", "http://heapanalytics.com/h?" + form([("a", "3928471650"), ("u", str(R.randint(10**15, 10**16))),
        ("v", "5.2.1"), ("b", "web"), ("t", "Patient lookup | Sunrise EHR"), ("h", f"/api/patients/by-ssn/{p.ssn}")]), {}, "",
        [(p.ssn, "ssn")], ["Patient lookup | Sunrise EHR", "5.2.1"], "redact")

def s_headers(pp):
    n = 0
    while n < 7:
        p = pp()
        if not (p.full.isascii() and p.email.isascii()): continue
        d = fd(p.dob, "iso"); rid = uid()
        body = J({"events": [{"type": "pageview", "ts": ev_epoch(ms=True), "sid": rid, "release": "portal@4.18.2"}]})
        st = n % 3
        if st == 0:
            hdr = {**JSONH, "Referer": f"https://portal.sunrisefamilyclinic.com/patients/{p.mrn}/chart?dob={d}&name={q(p.full)}",
                   "X-Patient-Id": p.mrn, "X-Request-Id": rid}
            phi = names(p, p.full) + [(p.mrn, "mrn"), (d, "dob")]
        elif st == 1:
            hdr = {**JSONH, "Cookie": f"_lr_uf=1; pt_email={q(p.email)}; last_patient={q(p.full)}; theme=dark",
                   "X-User-Email": p.email, "X-Forwarded-For": p.ip, "X-Request-Id": rid}
            phi = names(p, p.full) + [(p.email, "email"), (p.ip, "ip_address")]
        else:
            hdr = {**JSONH, "Referer": f"https://portal.sunrisefamilyclinic.com/search/{q(p.full)}/{d}?ssn={p.ssn}",
                   "X-Patient-Name": p.full, "X-Member-Id": p.mid, "X-Request-Id": rid}
            phi = names(p, p.full) + [(d, "dob"), (p.ssn, "ssn"), (p.mid, "member_id")]
        host = ["r.lr-ingest.io/i?a=sfc%2Fportal", "heapanalytics.com/api/track", "app.pendo.io/data/ptm.gif"][n % 3]
        add("header_phi", "POST", f"http://{host}", hdr, body, phi, [rid, "portal@4.18.2"], "redact")
        n += 1

def s_deny(pp):
    hosts = ["sheets.googleapis.com.sync-relay.net", "api-airtable.com", "hooks.zapier.co", "events.pagerduty.com.eu-relay.io",
             "fcm-googleapis.com", "heapanalytics.co", "app.pendo.io.cdn-edge.net", "api.remindwell.co", "metrics-sc.omtrdc.net",
             "na3.docusign.net.signing-portal.com"]
    for i, h in enumerate(hosts):
        p = pp(); d = fd(p.dob, "iso")
        if i % 3 == 2:
            add("lookalike_host_deny", "GET", f"http://{h}/v1/lookup/{q(p.full)}/{d}", {}, "", names(p, p.full) + [(d, "dob")], [], "deny")
        elif i % 3 == 1:
            add("lookalike_host_deny", "POST", f"http://{h}/collect", JSONH, J({"event": "sync", "ts": ev_ts()}), [], [], "deny")
        else:
            b = {"patient": {"name": p.full, "dob": d, "ssn": p.ssn, "phone": p.phone(1)}, "op": "upsert"}
            add("lookalike_host_deny", "POST", f"http://{h}/api/v2/records", JSONH, J(b),
                names(p, p.full) + [(d, "dob"), (p.ssn, "ssn"), (b["patient"]["phone"], "phone")], [], "deny")

# ----------------------------------------------------------------------------- clean look-alikes
def clean_cases():
    def c(fmt, method, url, headers, body, controls, gz=False):
        add("clean_lookalike", method, url, headers, body, [], controls, "pass", gz=gz, tag=f"-{fmt}")
    for i in range(45):
        k = i % 23
        sku, oid, price, build = f"{R.randint(10000, 99999)}", digits(10, "23456789"), f"${R.randint(19, 499)}.{R.choice(['00', '99', '49'])}", f"{R.randint(2, 9)}.{R.randint(0, 30)}.{R.randint(0, 9)}"
        u, ts, sha = uid(), ev_ts(), hexs(40)
        if k == 0:
            b = {"app_id": "3928471650", "identity": u, "event": "Pricing Viewed", "timestamp": ts,
                 "properties": {"plan": "Practice Pro", "price": price, "sku": sku, "order_id": oid, "page_title": "Sunrise Family Clinic | Plans"}}
            c("heap", "POST", "http://heapanalytics.com/api/track", JSONH, J(b), ["Practice Pro", sku, oid, price])
        elif k == 1:
            b = {"type": "track", "event": "Feature Clicked", "visitorId": u, "accountId": "sunrise-family-clinic", "timestamp": ev_epoch(ms=True),
                 "properties": {"feature": "patient portal onboarding", "build": build, "commit": sha}}
            c("pendo", "POST", "http://app.pendo.io/data/track", JSONH, J(b), [u, build, sha])
        elif k == 2:
            pairs = [("v", "1"), ("tid", "UA-5820193-1"), ("cid", f"{R.randint(10**9, 2 * 10**9)}.{ev_epoch()}"), ("t", "pageview"),
                     ("dp", "/blog/cedar-park-office-opening"), ("dt", "Now open: 123 Main Street Deli next to our Cedar Park office"),
                     ("cd3", "visitor")]
            c("ga", "GET", "http://www.google-analytics.com/collect?" + form(pairs), {}, "", ["/blog/cedar-park-office-opening", "123 Main Street Deli", "Cedar Park"])
        elif k == 3:
            pid = digits(10, "23456789")
            pairs = [("AQB", "1"), ("pageName", "portal:appointments:landing"), ("purchaseID", pid), ("events", "purchase"),
                     ("products", f";SKU-{sku};1;{price[1:]}"), ("v3", "spring-wellness-2026"), ("AQE", "1")]
            c("adobe", "GET", f"http://sunrisefamily.sc.omtrdc.net/b/ss/sunrisefcprod/1/JS-2.22.4/s{R.randint(10**7, 10**8 - 1)}?" + form(pairs),
              {}, "", ["portal:appointments:landing", pid, f"SKU-{sku}", "spring-wellness-2026"])
        elif k == 4:
            evs = [{"eventType": "PageLoad", "session": u, "durationMs": R.randint(200, 4000), "appVersion": build, "route": "/appointments/new",
                    "traceId": hexs(32), "timestamp": ev_epoch()}]
            c("newrelic", "POST", "http://insights-collector.newrelic.com/v1/accounts/3391827/events", {**JSONH, "X-Insert-Key": "NRII-" + alnum(32)},
              J(evs), [u, build, evs[0]["traceId"]], gz=(i == 27))
        elif k == 5:
            ns = str(ev_epoch() * 10**9 + R.randint(0, 10**9 - 1))
            line = f"level=info msg=\"cache warm\" build={build} commit={sha} dur_ms=184 items=16384 shard=60614"
            c("loki", "POST", "http://logs-prod-006.grafana.net/loki/api/v1/push", JSONH,
              J({"streams": [{"stream": {"app": "ehr-sync", "env": "prod"}, "values": [[ns, line]]}]}), [ns, sha, "shard=60614"])
        elif k == 6:
            rid = uid()
            msg = f"{ts}\tINFO\t{rid}\tGET /api/health 200 12ms version={build} order_batch={oid}"
            c("cloudwatch", "POST", "http://logs.us-east-1.amazonaws.com/", {"Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": "Logs_20140328.PutLogEvents"},
              J({"logGroupName": "/ecs/ehr-api", "logStreamName": "ecs/api/" + hexs(32), "logEvents": [{"timestamp": ev_epoch(ms=True), "message": msg}]}),
              [rid, oid, build], gz=(i == 29))
        elif k == 7:
            op = hexs(32)
            env = {"name": f"Microsoft.ApplicationInsights.{IKEY.replace('-', '')}.Request", "time": ts, "iKey": IKEY,
                   "tags": {"ai.operation.id": op, "ai.cloud.role": "scheduling-api"},
                   "data": {"baseType": "RequestData", "baseData": {"ver": 2, "id": u, "name": "GET /api/slots", "duration": "00:00:00.0930000",
                            "responseCode": "200", "success": True, "url": "https://portal.sunrisefamilyclinic.com/api/slots?location=cedar-park&week=2026-W24"}}}
            c("appinsights", "POST", "http://dc.services.visualstudio.com/v2/track", {"Content-Type": "application/x-json-stream"}, J([env]),
              [op, u, "2026-W24"])
        elif k == 8:
            b = {"routing_key": hexs(32), "event_action": "trigger", "dedup_key": u,
                 "payload": {"summary": "Disk usage 91% on ehr-db-02; p99 latency 93 ms", "source": "ehr-db-02", "severity": "warning",
                             "custom_details": {"volume": "/var/lib/postgresql", "free_gb": 14, "runbook": "RB-0611"}}}
            c("pagerduty", "POST", "http://events.pagerduty.com/v2/enqueue", JSONH, J(b), ["Disk usage 91% on ehr-db-02", "ehr-db-02", u])
        elif k == 9:
            b = {"message": "Backup job completed", "alias": f"backup-{u}", "description": f"Nightly backup 2026-05-12 completed with 3 warnings; archive sha1 {sha}",
                 "details": {"jobId": oid, "bytes": "48213377024"}, "tags": ["backup"], "priority": "P5"}
            c("opsgenie", "POST", "http://api.opsgenie.com/v2/alerts", {**JSONH, "Authorization": f"GenieKey {uid()}"}, J(b), [sha, oid, "2026-05-12"])
        elif k == 10:
            b = {"type": "regular", "recipients": {"list_id": LISTID},
                 "settings": {"subject_line": "Wellness tips for spring", "title": "Spring Wellness 2026", "from_name": "Sunrise Family Clinic",
                              "preview_text": "Our Cedar Park office now offers Saturday appointments"}}
            c("mailchimp", "POST", "http://us14.api.mailchimp.com/3.0/campaigns", JSONH, J(b), ["Spring Wellness 2026", "Sunrise Family Clinic", "Cedar Park"])
        elif k == 11:
            pairs = [("token", alnum(6)), ("event", "Viewed Product"), ("customer_properties[$id]", u), ("properties[SKU]", sku),
                     ("properties[ProductName]", "Wellness Starter Kit"), ("properties[$value]", price[1:]), ("time", str(ev_epoch()))]
            c("klaviyo", "POST", "http://a.klaviyo.com/api/track", FORMH, form(pairs), [sku, "Wellness Starter Kit", u])
        elif k == 12:
            f = {"Item": "Nitrile gloves (L)", "SKU": sku, "Qty": 40, "Unit Price": price, "PO Number": "PO-2026-0611", "Vendor": "Cedar Park Medical Supply"}
            c("airtable", "POST", f"http://api.airtable.com/v0/{AIRBASE}/Inventory", JSONH, J({"records": [{"fields": f}]}), [sku, "PO-2026-0611", "Cedar Park Medical Supply"])
        elif k == 13:
            b = {"parent": {"database_id": u}, "properties": {"Name": {"title": [rt("Cedar Park onboarding checklist")]},
                 "Notes": {"rich_text": [rt(f"Patient portal launch (version {build}) on Monday; front desk training at 8 AM")]}}}
            c("notion", "POST", "http://api.notion.com/v1/pages", {**JSONH, "Notion-Version": "2022-06-28"}, J(b), ["Cedar Park onboarding checklist", build, u])
        elif k == 14:
            bad = luhn_bad16(spaced=(i % 2 == 0))
            b = {"event": "order.shipped", "order_id": oid, "tracking_number": "1Z999AA1" + digits(10, "0123456789"), "carrier": "UPS",
                 "voucher": bad, "ship_to": "Sunrise Family Clinic - Cedar Park", "total": price}
            c("zapier", "POST", f"http://hooks.zapier.com/hooks/catch/{R.randint(1000000, 9999999)}/{alnum(6, 'abcdefghijklmnopqrstuvwxyz0123456789')}/",
              JSONH, J(b), [oid, b["tracking_number"], bad, price])
        elif k == 15:
            b = {"message": {"topic": "clinic-news", "notification": {"title": "Cedar Park office now open Saturdays",
                 "body": "Book your next appointment through the patient portal."}, "data": {"campaign": "saturday-hours-2026", "build": build}}}
            c("fcm", "POST", "http://fcm.googleapis.com/v1/projects/sunrise-portal-prod/messages:send", JSONH, J(b),
              ["Cedar Park office now open Saturdays", "saturday-hours-2026", build])
        elif k == 16:
            rows = [["SKU", "Item", "On hand", "Reorder at"], [sku, "Exam table paper", "12", "4"], [digits(5), "Otoscope specula", "300", "100"]]
            c("sheets", "POST", f"http://sheets.googleapis.com/v4/spreadsheets/{SHEET}/values/{q('Inventory!A1')}:append?valueInputOption=RAW",
              JSONH, J({"values": rows}), [sku, "Exam table paper"], gz=(i == 39))
        elif k == 17:
            c("avatar", "GET", "http://ui-avatars.com/api/Sunrise%20Family%20Clinic/128/0D8ABC/ffffff", {}, "", ["Sunrise Family Clinic", "0D8ABC"])
        elif k == 18:
            t = "Our Cedar Park location opens at 8 AM. Please bring your insurance card and arrive ten minutes before your appointment."
            c("languagetool", "POST", "http://api.languagetoolplus.com/v2/check", FORMH, form([("text", t), ("language", "en-US")]),
              ["Cedar Park", "insurance card", "en-US"])
        elif k == 19:
            ga = f"GA1.2.{digits(10)}.{ev_epoch()}"
            hdr = {**JSONH, "Referer": "https://www.sunrisefamilyclinic.com/locations/cedar-park?utm_campaign=spring-wellness-2026",
                   "Cookie": f"_ga={ga}; theme=dark", "X-Request-Id": u}
            c("headers", "POST", "http://r.lr-ingest.io/i?a=sfc%2Fportal", hdr, J({"events": [{"type": "pageview", "sid": u}]}), [ga, u, "spring-wellness-2026"])
        elif k == 20:
            b = {"requestId": u, "service": "labbridge.v1.Health", "status": "SERVING", "buildInfo": {"version": build, "gitSha": sha, "builtAt": ts}}
            c("grpc", "POST", "http://grpc.labbridge.example/grpc.health.v1.Health/Check", JSONH, J(b), [u, sha, build])
        elif k == 21:
            b = {"to": "/topics/flu-clinic", "from": "SUNRISE", "message": f"Flu shot walk-in hours at our Cedar Park office this Saturday, 9-1. Ref {oid}.",
                 "campaign": "flu-clinic-2026"}
            # topic broadcast, no individual recipient
            c("sms_broadcast", "POST", "http://api.remindwell.io/v1/broadcasts", JSONH, J(b), ["flu-clinic-2026", oid, "Cedar Park"])
        else:
            itg = "sha384-" + base64.b64encode(R.randbytes(48)).decode()
            b = {"app_id": "3928471650", "identity": u, "event": "Asset Loaded", "properties": {"asset": f"/static/app.{hexs(8)}.js",
                 "integrity": itg, "etag": hexs(64), "cdn_pop": "ORD52-P3", "bytes": 184233}}
            c("heap_hashes", "POST", "http://heapanalytics.com/api/track", JSONH, J(b), [b["properties"]["etag"], "ORD52-P3", u])

# ----------------------------------------------------------------------------- main
def main():
    out = sys.argv[1]; os.makedirs(out, exist_ok=True)
    global ELDERS
    fs, ls = FIRST[:], LAST[:]; R.shuffle(fs); R.shuffle(ls)
    people = [person(f, l) for f, l in zip(fs, ls)]
    ELDERS = [person(f, l, elder=True) for f, l in [("Florentyna", "Obuya"), ("Augustin", "Prejean"), ("Hyacinth", "Balogun-Reyes")]]
    order = list(range(len(people))); state = {"i": 0}
    def pp():
        p = people[order[state["i"] % len(order)]]; state["i"] += 1; return p
    R.shuffle(order)
    for fn in (s_vcard, s_grpc, s_sheets, s_airtable, s_notion, s_zapier, s_typeform, s_esign, s_calendly, s_mailchimp,
               s_klaviyo, s_heap_pendo, s_alerts, s_appinsights, s_newrelic, s_loki, s_cloudwatch, s_fcm, s_sms, s_ga, s_adobe,
               s_referral, s_urlpath, s_headers, s_deny):
        fn(pp)
    clean_cases()
    json.dump(POLICY, open(os.path.join(out, "policy.json"), "w"), indent=1)
    with open(os.path.join(out, "cases.jsonl"), "w") as fh:
        for c in CASES: fh.write(json.dumps(c) + "\n")
    with open(os.path.join(out, "roster.csv"), "w", encoding="utf-8") as fh:
        fh.write("first_name,last_name,dob,mrn,member_id\n")
        for i, p in enumerate(people + ELDERS):
            if i % 4 != 3:
                fh.write(",".join([p.first, p.last, fd(p.dob, "iso"), p.mrn, p.mid]) + "\n")
    print(f"{len(CASES)} cases -> {out}")

if __name__ == "__main__":
    main()
