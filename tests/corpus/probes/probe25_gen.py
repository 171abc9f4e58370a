#!/usr/bin/env python3
"""probe25: outbound traffic of a behavioral-health, pediatrics, physical-therapy and OB group
(Mesa Verde Family Partners, Albuquerque and Rio Rancho NM) and of its patient app ("MVFP Connect",
iOS/Android, React Native with a Flutter growth-chart module, and a Windows teletherapy client), in
carriers none of the earlier probes (12-22) used:
  * mobile crash / bug reporters that block: Crashlytics-like firelog batches (JSON in a string),
    React Native Sentry envelopes with navigation / redux breadcrumbs and a redux state snapshot,
    Flutter errors with Dart toString() diagnostics, Instabug multipart bug reports (device names
    like "Rosa's iPhone"), App Center diagnostics with base64 attachments, Embrace sessions, Bugsee
    network captures, a Windows desktop crash (C:\\Users\\First.Last paths);
  * attribution / deep links: AppsFlyer in-app events (eventValue as JSON in a string) and OneLink
    GETs, Adjust S2S forms with percent-encoded callback_params, Branch link creation / opens with
    custom-scheme URIs (mvfp://...), Android intent:// URIs, Kochava, Singular GETs with a base64
    data= parameter;
  * app analytics: Firebase measurement protocol for apps, Countly /i GETs with JSON in query
    parameters, mParticle batches and identity calls, a Heap-like track API, redux-persist dumps;
  * push: OneSignal notifications and user tags, Airship pushes and attributes, APNs JSON with
    loc-args, Pushwoosh createMessage;
  * RPM / wearables (BAA: mrn, device_id, date, condition): BLE blood-pressure cuffs (MACs,
    "Maria's iPhone" gateways), glucose meters, CGM transmitters, a LibreView-like CSV report,
    Withings-like forms, cellular scales (IMEI text), BLE scan lists with "FIRST-LAST-PC" names,
    Apple Health export XML, Health Connect data source ids;
  * an immunization registry (allow-all, pass): JSON and HL7 QBP^Q11 queries, forecasts;
  * pediatrics: growth-chart rendering (JSON, SVG), school sports-physical and concussion
    return-to-play forms (JSON, multipart), guardian / proxy access and teen-confidentiality events;
  * OB / fertility: ultrasound reports (EDD, LMP and GA), IVF dates, postpartum screening, pregnancy
    app events (dates related to the patient are `date`, diagnoses `condition`);
  * behavioral health: teletherapy room webhooks and waiting-room chat, DAP / group notes to an
    AI scribe, crisis-line referrals (988 partner), PHQ-9 / GAD-7 events, SUD medications;
  * physical therapy home-exercise-program apps (one patient over 89);
  * prescription-discount card APIs (BIN / PCN / group are program ids, the member id is PHI);
  * MDM (Jamf-, Intune-like) inventories: clinic iPads and PCs (clean) and loaners assigned to
    patients; mobile log shippers (bitdrift-, Mezmo-like) with OkHttp / redux-logger dumps;
  * clean look-alikes (over a quarter): device telemetry, app versions, device models, serials of
    the practice's own equipment, clinic coordinates, BIN/PCN/group, NDCs without a patient,
    aggregate cohort ages, health-education text, the practice's own phone / address / NPI;
  * unknown hosts (deny).
No geolocation category exists in DESIGN.md, so no patient coordinates are used; clinic
coordinates appear as controls.  Ages under 90 ("3 yo") are not PHI and are never listed.
The roster (roster.csv) lists only every other patient, so exact matching covers about half.
Values inside base64 that a vendor would decode but the harness cannot are listed as the base64 blob
itself, under the most sensitive category inside it.
Format of the output: see /work/shared/eval/gen_example.py (policy.json, cases.jsonl, roster.csv).
Usage: probe25_gen.py OUT_DIR   (deterministic: seed 250025)"""
import base64, gzip, hashlib, json, os, random, re, sys
from datetime import date, datetime, timedelta, timezone
from urllib.parse import quote, unquote_plus, urlsplit

R = random.Random(250025)

# ----------------------------------------------------------------------------- the practice
SITE = "mvfp.org"
PRACTICE = "Mesa Verde Family Partners"
PRACTICE_ADDR = "4701 Montgomery Blvd NE Suite 300"
PRACTICE_CITY = "Albuquerque, NM 87109"
PRACTICE_ZIP = "87109"
PRACTICE_PHONE = "(505) 884-2200"
PRACTICE_PHONE_DASH = "505-884-2200"
RR_ADDR = "2250 Unser Blvd SE"
RR_PHONE = "(505) 892-7410"
CLINIC_LAT, CLINIC_LON = "35.1318", "-106.5860"
RR_LAT, RR_LON = "35.2489", "-106.7214"
APP_VER = "4.18.2"
BUILD_NO = "41802"
BUNDLE = "org.mvfp.connect"
TODAY = date(2026, 5, 12)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

# (first, last, sex, kind, guardian first)   kind: child teen adult bh ob pt elder
PEOPLE = [
    ("Mateo", "Begay", "M", "child", "Maria"), ("Renata", "Gallegos", "F", "bh", None), ("Xochitl", "Lucero", "F", "child", "Rosa"),
    ("Esperanza", "Montoya", "F", "ob", None), ("Jordan", "Tsosie", "M", "bh", None), ("Kiona", "Benally", "F", "teen", "Lorraine"),
    ("Delbert", "Yazzie", "M", "elder", None), ("Shandiin", "Etsitty", "F", "ob", None), ("Brayden", "Archuleta", "M", "teen", "Crystal"),
    ("Tomás", "Sandoval", "M", "pt", None), ("Linh", "Tran", "F", "ob", None), ("Joaquín", "Trujillo", "M", "child", "Adriana"),
    ("Marcus", "Whitehorse", "M", "bh", None), ("Kaylee", "Padilla", "F", "pt", None), ("Bao", "Pham", "M", "child", "Thuy"),
    ("Renée", "O'Brien", "F", "bh", None), ("Aiyana", "Chavez", "F", "ob", None), ("Ximena", "Delgado-Ruiz", "F", "child", "Paola"),
    ("Hunter", "McAllister", "M", "pt", None), ("Dezbah", "Lovato", "F", "teen", "Charlene"), ("Gabriel", "Abeyta", "M", "bh", None),
    ("Carmen", "Herrera", "F", "ob", None), ("Isabella", "Romero", "F", "child", "Veronica"), ("Wyatt", "Schreiber", "M", "pt", None),
    ("Thanh", "Nguyen", "M", "bh", None), ("Santiago", "Baca", "M", "child", "Yesenia"), ("Ahiga", "Tsinajinnie", "M", "pt", None),
    ("Brittany", "Kowalski", "F", "ob", None), ("Marisol", "Quintana", "F", "bh", None), ("Noah", "Castillo", "M", "child", "Dolores"),
    ("Lucia", "Ortiz", "F", "child", "Graciela"), ("Harriet", "Eckstrom", "F", "elder", None),
]
AREAS = [505, 505, 505, 575]
STREETS = ["Central Ave SW", "Isleta Blvd SW", "Coors Blvd NW", "Montano Rd NW", "Juan Tabo Blvd NE", "Tramway Blvd NE", "Bridge Blvd SW",
           "Cerrillos Rd", "Airport Rd", "Unser Blvd SE", "Southern Blvd SE", "Golf Course Rd NW", "Zuni Rd SE", "Eubank Blvd NE"]
UNITS = ["Apt 4", "Apt 212", "Unit B", "#15", "Spc 31", "Apt 1C"]
CITIES = [("Albuquerque", ["87102", "87105", "87108", "87110", "87112", "87114", "87120", "87121", "87123"]), ("Rio Rancho", ["87124", "87144"]),
          ("Santa Fe", ["87505", "87507"]), ("Los Lunas", ["87031"]), ("Gallup", ["87301"])]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "unm.edu", "comcast.net", "proton.me"]
COND = {  # kind -> [(icd10, condition text, medication)]
    "child": [("J45.20", "asthma", "albuterol"), ("F90.2", "ADHD", "methylphenidate"), ("F84.0", "autism spectrum disorder", "risperidone"),
              ("E10.9", "type 1 diabetes", "insulin lispro"), ("Z91.010", "peanut allergy", "epinephrine auto-injector"), ("D50.9", "iron deficiency anemia", "ferrous sulfate")],
    "teen": [("E10.9", "type 1 diabetes", "insulin glargine"), ("F50.01", "anorexia nervosa", "olanzapine"), ("F32.1", "major depressive disorder", "fluoxetine"),
             ("S06.0X0A", "concussion", "acetaminophen")],
    "bh": [("F41.1", "generalized anxiety disorder", "buspirone"), ("F43.10", "PTSD", "prazosin"), ("F31.81", "bipolar II disorder", "lamotrigine"),
           ("F11.20", "opioid use disorder", "buprenorphine"), ("F41.0", "panic disorder", "sertraline"), ("F42.2", "obsessive-compulsive disorder", "fluvoxamine"),
           ("F33.1", "major depressive disorder", "bupropion")],
    "ob": [("O24.410", "gestational diabetes", "insulin NPH"), ("O14.03", "preeclampsia", "labetalol"), ("O21.1", "hyperemesis gravidarum", "ondansetron"),
           ("O44.03", "placenta previa", "progesterone"), ("F53.0", "postpartum depression", "zuranolone")],
    "pt": [("M75.121", "rotator cuff tear", "meloxicam"), ("M54.16", "lumbar radiculopathy", "gabapentin"), ("Z96.651", "total knee arthroplasty", "celecoxib"),
           ("M72.2", "plantar fasciitis", "naproxen"), ("S83.511A", "ACL tear", "ibuprofen")],
    "elder": [("Z96.651", "total knee arthroplasty", "apixaban"), ("G20", "Parkinson's disease", "carbidopa-levodopa")],
}
COND["adult"] = COND["bh"]
UA_IOS = "MVFPConnect/4.18.2 (org.mvfp.connect; build:41802; iOS 17.4.1) Alamofire/5.9.1"
UA_AND = "okhttp/4.12.0 MVFPConnect/4.18.2 (Android 14; SM-S918U)"


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def digits(n):
    return str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def uuid(upper=False):
    h = "%032x" % R.getrandbits(128)
    u = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"
    return u.upper() if upper else u


def mac():
    return ":".join(f"{R.randint(0, 255):02X}" for _ in range(6))


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def imei():
    b = "35" + "".join(str(R.randint(0, 9)) for _ in range(12))
    return b + luhn_digit(b)


def npi_check(base9):
    return base9 + luhn_digit("80840" + base9)


GROUP_NPI = npi_check("1" + digits(8))


def fd(d, style):
    m, dd, y = d.month, d.day, d.year
    return {"iso": f"{y}-{m:02d}-{dd:02d}", "us": f"{m:02d}/{dd:02d}/{y}", "usn": f"{m}/{dd}/{y}", "us2": f"{m}/{dd}/{y % 100:02d}",
            "dot": f"{dd}.{m}.{y}", "d8": f"{y}{m:02d}{dd:02d}", "dash": f"{m:02d}-{dd:02d}-{y}", "long": f"{MONTHS[m - 1]} {dd}, {y}",
            "dmon": f"{dd} {MONTHS[m - 1][:3]} {y}", "ymds": f"{y}/{m:02d}/{dd:02d}"}[style]


def ssn():
    a = R.choice([R.randint(520, 529), R.randint(585, 585), R.randint(100, 499), R.randint(600, 665)])
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def member_id():
    k = R.randint(0, 4)
    if k == 0: return "Presbyterian Centennial Care", "P" + digits(9)
    if k == 1: return "BCBS of New Mexico", "ZIA" + digits(9)
    if k == 2: return "Western Sky Community Care", "W" + digits(10)
    if k == 3: return "Molina Healthcare of New Mexico", digits(11)
    return "True Health New Mexico", "THN" + digits(8)


class P:
    def __init__(self, idx, first, last, sex, kind, gfirst):
        self.idx, self.first, self.last, self.sex, self.kind = idx, first, last, sex, kind
        self.full = f"{first} {last}"
        span = {"child": (date(2015, 6, 1), 3200), "teen": (date(2008, 6, 1), 1500), "bh": (date(1962, 1, 1), 15000), "adult": (date(1962, 1, 1), 15000),
                "ob": (date(1988, 1, 1), 5100), "pt": (date(1958, 1, 1), 16000), "elder": (date(1933, 1, 1), 700)}[kind]
        self.dob = span[0] + timedelta(days=R.randint(0, span[1]))
        self.mrn = f"MV{R.randint(10**6, 10**7 - 1)}"
        self.area = R.choice(AREAS)
        self.exch = R.choice([x for x in range(201, 990) if x % 100 != 11 and x not in (555, 884, 892, 958, 976)])
        self.line = R.randint(1000, 9999)
        self.gfirst = gfirst
        self.gfull = f"{gfirst} {last}" if gfirst else None
        cf = gfirst or first
        fl = re.sub(r"[^a-z]", "", cf.lower().replace("é", "e").replace("á", "a").replace("í", "i"))
        ll = re.sub(r"[^a-z]", "", last.lower())
        loc = R.choice([f"{fl}.{ll}", f"{fl[0]}{ll}", f"{fl}{ll[:3]}{R.randint(1, 99)}", f"{fl}_{ll}{R.randint(70, 99)}"])
        self.email = f"{loc}@{R.choice(EMAIL_DOMAINS)}"      # the guardian's for children and teens
        self.ssn = ssn()
        self.city, zips = R.choice(CITIES)
        self.zip = R.choice(zips)
        self.zip4 = f"{self.zip}-{R.randint(1000, 9899)}"
        self.street = f"{R.randint(100, 9999)} {R.choice(STREETS)}"
        self.unit = R.choice(UNITS)
        self.payer, self.mbr = member_id()
        self.rxmbr = "MVRX" + digits(8)
        self.cond = R.choice(COND[kind])
        d0 = TODAY + timedelta(days=R.randint(1, 30))
        while d0.weekday() > 4: d0 += timedelta(days=1)
        self.appt = datetime(d0.year, d0.month, d0.day, R.randint(8, 16), R.choice([0, 15, 30, 45]))
        self.ip = f"{R.choice([73, 97, 174, 24, 66, 164, 107])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"
        self.mac = mac()
        self.lmp = TODAY - timedelta(days=R.randint(60, 240))
        self.edd = self.lmp + timedelta(days=280)

    def phone(self, style="dash"):
        a, e, l = self.area, self.exch, self.line
        return {"paren": f"({a}) {e}-{l}", "dash": f"{a}-{e}-{l}", "dot": f"{a}.{e}.{l}", "e164": f"+1{a}{e}{l}", "bare": f"{a}{e}{l}",
                "spc": f"+1 {a} {e} {l}", "plusdash": f"+1-{a}-{e}-{l}"}[style]

    def dobs(self, style="iso"): return fd(self.dob, style)
    def ad(self, style="iso"): return fd(self.appt.date(), style)
    def at(self): return f"{self.appt:%Y-%m-%dT%H:%M}:00-06:00"
    def age(self, on=TODAY): return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))
    def dx(self): return self.cond[1]
    def icd(self): return self.cond[0]
    def med(self): return self.cond[2]
    def ga(self):
        d = (TODAY - self.lmp).days
        return f"{d // 7}w{d % 7}d"


PATIENTS = [P(i, *t) for i, t in enumerate(PEOPLE)]
PATIENTS[0].dob = date(2021, 4, 5)                   # Mateo Begay: "DOB 4/5/21"
PATIENTS[6].dob = date(1934, 7, 19)                  # Delbert Yazzie, 91
PATIENTS[31].dob = date(1935, 2, 3)                  # Harriet Eckstrom, 91
BYKIND = {}
for _p in PATIENTS:
    BYKIND.setdefault({"teen": "child", "elder": "pt", "adult": "bh"}.get(_p.kind, _p.kind), []).append(_p)
_pos = {}


def nxt(kind):
    lst = BYKIND[kind]; i = _pos.get(kind, 0); _pos[kind] = i + 1
    return lst[i % len(lst)]


def byname(first):
    return next(p for p in PATIENTS if p.first == first)


def tstamp(i=0):
    return datetime(2026, 5, 12, 14, 3, 11) + timedelta(minutes=7 * i + R.randint(0, 5), seconds=R.randint(0, 59))


def ts(i=0):
    return tstamp(i).strftime("%Y-%m-%dT%H:%M:%S.") + f"{R.randint(0, 999):03d}Z"


def epoch_ms(i=0):
    return str(int(tstamp(i).replace(tzinfo=timezone.utc).timestamp() * 1000))


# ----------------------------------------------------------------------------- case plumbing
CASES, COUNT = [], {}


DEVIDS = []


def devid(v):
    """An SDK install id, advertising id, app-instance id or push token: a device identifier of the patient's
    phone (HHS OCR tracking bulletin), labelled device_id in every case that carries it (see add)."""
    DEVIDS.append(v)
    return v


def add(scn, method, url, headers, body, phi, controls, expect):
    raw = (url + "\n" + (body.decode("latin-1") if isinstance(body, bytes) else body))
    phi = list(phi) + [[v, "device_id"] for v in DEVIDS if v in raw]
    DEVIDS.clear()
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


def J(o, compact=False, ascii_=False):
    return json.dumps(o, ensure_ascii=ascii_, separators=(",", ":") if compact else None)


def ND(objs):
    return "\n".join(J(o, compact=True) for o in objs) + "\n"


def form(pairs):
    return "&".join(f"{quote(k, safe='[]')}={quote(str(v), safe='')}" for k, v in pairs)


def qs(pairs):
    return "&".join(f"{quote(k, safe='.[]_')}={quote(str(v), safe='')}" for k, v in pairs)


def b64(s):
    return base64.b64encode(s.encode() if isinstance(s, str) else s).decode()


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def multipart(fields, boundary):
    out = []
    for name, val, extra in fields:
        hdr = f'Content-Disposition: form-data; name="{name}"' + (f'; filename="{extra[0]}"\r\nContent-Type: {extra[1]}' if extra else "")
        out.append(f"--{boundary}\r\n{hdr}\r\n\r\n{val}\r\n")
    return "".join(out) + f"--{boundary}--\r\n"


def NM(p):
    return [[p.first, "name"], [p.last, "name"]]


JSONH = {"Content-Type": "application/json"}
FORMH = {"Content-Type": "application/x-www-form-urlencoded"}
TEXTH = {"Content-Type": "text/plain; charset=utf-8"}
CSVH = {"Content-Type": "text/csv; charset=utf-8"}
XMLH = {"Content-Type": "application/xml; charset=utf-8"}
NDH = {"Content-Type": "application/x-ndjson"}
IOSH = {"User-Agent": UA_IOS}
ANDH = {"User-Agent": UA_AND}

# destinations (hosts)
CRASHLY = "http://crashlyticsreports-pa.googleapis.com"
SENTRY = "http://o4507118.ingest.us.sentry.io"
INSTA = "http://api.instabug.com"
EMB = "http://data.emb-api.com"
APPC = "http://in.appcenter.ms"
BUGSEE = "http://api.bugsee.com"
AF = "http://inapps.appsflyer.com"
ONELINK = "http://mvfp.onelink.appsflyer.com"
ADJ = "http://app.adjust.com"
BRANCH = "http://api2.branch.io"
KOCH = "http://control.kochava.com"
SING = "http://s2s.singular.net"
FMP = "http://app-measurement.com"
CLY = "http://mvfp.count.ly"
MPB = "http://nativesdks.mparticle.com"
MPI = "http://identity.mparticle.com"
HEAP = "http://api.heap-mobile.example"
OSIG = "http://onesignal.com"
UA = "http://go.urbanairship.com"
APNS = "http://api.push.apple.com"
PWOO = "http://cp.pushwoosh.com"
RPM = "http://ingest.desertpulse-rpm.example"
GLC = "http://api.glucolink-cloud.example"
IIS = "http://nmsiis.health-gateway.example"
HEP = "http://api.hep-builder.example"
TELE = "http://api.telepsych-rooms.example"
SCRIBE = "http://api.notescribe-ai.example"
CRISIS = "http://referrals.crisis-bridge.example"
RXD = "http://api.rxsaver-card.example"
SCHOOL = "http://api.sportsforms-k12.example"
OBP = "http://api.bumptrack-ob.example"
CARE = "http://api.caregiverlink.example"
JAMF = "http://mvfp.jamfcloud.com"
INTUNE = "http://graph.intune-mdm.example"
CHART = "http://api.chartrender.example"
BITD = "http://api.bitdrift.io"
MEZMO = "http://logs.mezmo.com"


# ============================================================================= 1. crash / bug reporters (block)
def crash_reporters():
    S = "crash_mobile"
    p = byname("Mateo")
    inner = {"event_time_ms": epoch_ms(0), "app_version": APP_VER, "build": BUILD_NO, "custom_keys": {"last_patient": f"{p.last}, {p.first}", "child_dob": p.dobs("us"),
             "screen": "GrowthChartActivity"}, "logs": [f"D/ChartRepo: fetched 14 growth points for {p.mrn}", "W/Choreographer: Skipped 48 frames"],
             "exception": {"type": "java.lang.IndexOutOfBoundsException", "message": "Index: 14, Size: 14"}}
    body = {"requestTimeMs": epoch_ms(0), "logRequest": [{"logSource": "CRASHLYTICS_REPORT", "logEvent": [{"eventTimeMs": epoch_ms(0),
            "sourceExtensionJsonProto3": J(inner, compact=True)}]}]}
    add(S, "POST", f"{CRASHLY}/v1/firelog/legacy/batchlog", {**JSONH, **ANDH, "X-Goog-Api-Key": "AIza" + alnum(35)}, J(body),
        [[p.last, "name"], [p.first, "name"], [p.dobs("us"), "dob"], [p.mrn, "mrn"]], [], "block")

    p = nxt("bh")
    eid = hexs(32)
    event = {"event_id": eid, "platform": "javascript", "release": f"{BUNDLE}@{APP_VER}+{BUILD_NO}", "environment": "production",
             "exception": {"values": [{"type": "TypeError", "value": "undefined is not an object (evaluating 'session.room.token')"}]},
             "breadcrumbs": [{"category": "navigation", "data": {"from": "Home", "to": "TeletherapyLobby", "params": {"patientId": p.mrn}}, "timestamp": 1778594591.2},
                             {"category": "redux.action", "data": {"type": "profile/loaded", "payload": {"displayName": p.full, "dob": p.dobs("iso")}}, "timestamp": 1778594592.9}],
             "contexts": {"state": {"state": {"type": "redux", "value": {"auth": {"user": {"email": p.email, "mobile": p.phone("e164")}},
                                                                              "ui": {"theme": "dark", "locale": "en-US"}}}}}}
    env = "\n".join([J({"event_id": eid, "sent_at": ts(1), "sdk": {"name": "sentry.javascript.react-native", "version": "5.22.0"}}, compact=True),
                     J({"type": "event", "content_type": "application/json"}, compact=True), J(event, compact=True)]) + "\n"
    add(S, "POST", f"{SENTRY}/api/4507118/envelope/", {"Content-Type": "application/x-sentry-envelope", **IOSH,
        "X-Sentry-Auth": f"Sentry sentry_key={hexs(32)}, sentry_version=7"}, env,
        [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("iso"), "dob"], [p.email, "email"], [p.phone("e164"), "phone"]], [], "block")

    p = nxt("child")
    msg = (f"FlutterError: A RenderFlex overflowed by 12 pixels on the bottom.\nThe relevant error-causing widget was:\n  GrowthChartPage(patient: Patient(id: {p.mrn}, "
           f"name: {p.full}, dob: {p.dobs('iso')}, guardian: Guardian(name: {p.gfull}, phone: {p.phone('paren')})))\n")
    body = {"logs": [{"severity": "error", "timeUnixNano": epoch_ms(2) + "000000", "body": msg, "attributes": {"emb.type": "sys.flutter_exception",
            "emb.flutter.version": "3.22.1", "app.version": APP_VER}}]}
    add(S, "POST", f"{EMB}/v2/logs", {**JSONH, **ANDH, "X-EM-AID": alnum(5)}, J(body),
        [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("iso"), "dob"], [p.gfull, "name"], [p.phone("paren"), "phone"]], [], "block")

    p = byname("Xochitl")
    bnd = "----InstabugBoundary" + alnum(16)
    fields = [("bug[email]", p.email, None), ("bug[title]", f"App freezes on immunization card for my daughter {p.first}", None),
              ("bug[device]", f"{p.gfirst}'s iPhone", None), ("bug[os]", "iOS 17.4.1", None), ("bug[app_version]", f"{APP_VER} ({BUILD_NO})", None),
              ("bug[user_data]", J({"guardian_phone": p.phone("dash"), "child_dob": p.dobs("usn")}), None)]
    add(S, "POST", f"{INSTA}/api/sdk/v3/bugs", {"Content-Type": f"multipart/form-data; boundary={bnd}", **IOSH, "Authorization": "Token " + hexs(32)},
        multipart(fields, bnd), [[p.email, "email"], [p.first, "name"], [p.gfirst, "name"], [p.phone("dash"), "phone"], [p.dobs("usn"), "dob"]], [], "block")

    p = nxt("child")
    att = f"last_intake_payload: guardian={p.gfull}; phone={p.phone('dot')}; child={p.first}\n"
    blob = b64(att)
    body = {"logs": [{"type": "managedError", "id": uuid(), "timestamp": ts(3), "sid": uuid(), "fatal": False,
                      "exception": {"type": "java.text.ParseException", "message": f"Unparseable date: \"{p.dobs('dot')}\""},
                      "device": {"sdkName": "appcenter.android", "sdkVersion": "5.0.4", "model": "SM-S918U", "osVersion": "14", "appVersion": APP_VER}},
                     {"type": "errorAttachment", "id": uuid(), "timestamp": ts(3), "contentType": "text/plain", "fileName": "intake.txt", "data": blob}]}
    add(S, "POST", f"{APPC}/logs?api-version=1.0.0", {**JSONH, **ANDH, "App-Secret": uuid(), "Install-ID": uuid()}, J(body),
        [[p.dobs("dot"), "dob"], [blob, "phone"]], [], "block")

    p = nxt("child")
    body = {"issue": {"type": "bug", "summary": "Immunization history spinner never stops", "app_version": APP_VER},
            "network": [{"method": "GET", "url": f"https://api.{SITE}/v2/children/{p.mrn}/immunizations?dob={p.dobs('iso')}", "status": 504, "duration_ms": 30012},
                        {"method": "POST", "url": f"https://api.{SITE}/v2/proxy/verify", "request_body": J({"guardian_phone": p.phone("dash"), "last4": "0000"}), "status": 200}]}
    add(S, "POST", f"{BUGSEE}/v1/issues", {**JSONH, **IOSH, "X-Bugsee-Token": uuid()}, J(body),
        [[p.mrn, "mrn"], [p.dobs("iso"), "dob"], [p.phone("dash"), "phone"]], [], "block")

    p = byname("Jordan")
    event = {"event_id": hexs(32), "platform": "native", "release": "teleroom-desktop@3.2.1", "level": "fatal",
             "user": {"username": f"{p.first.lower()}.{p.last.lower()}", "ip_address": p.ip},
             "contexts": {"device": {"name": f"{p.first[0]}{p.last.upper()}-LAPTOP", "arch": "x86_64"}, "os": {"name": "Windows", "version": "10.0.22631"}},
             "exception": {"values": [{"type": "EXCEPTION_ACCESS_VIOLATION_READ", "stacktrace": {"frames": [
                 {"function": "d3d11_create_device", "package": "C:\\Windows\\System32\\d3d11.dll"},
                 {"function": "VideoRenderer::Present", "abs_path": f"C:\\Users\\{p.first}.{p.last}\\AppData\\Local\\TeleRoom\\app-3.2.1\\TeleRoom.exe"}]}}]}}
    add(S, "POST", f"{SENTRY}/api/4507119/store/", {**JSONH, "X-Sentry-Auth": f"Sentry sentry_key={hexs(32)}, sentry_version=7"}, J(event),
        [[p.first, "name"], [p.last, "name"], [p.ip, "ip_address"]], [], "block")

    p = nxt("bh")
    body = {"s": {"id": uuid(), "st": int(epoch_ms(4)), "et": int(epoch_ms(4)) + 412000, "sn": 37}, "u": {"id": p.mrn, "em": p.email, "un": p.full,
            "per": ["teletherapy", "medicaid"]}, "a": {"v": APP_VER, "bi": BUILD_NO}, "d": {"m": "iPhone15,3", "os": "17.4.1"},
            "br": {"v": [{"vn": "MoodJournalScreen", "st": int(epoch_ms(4))}]}}
    add(S, "POST", f"{EMB}/v2/spans", {**JSONH, **IOSH, "X-EM-AID": alnum(5)}, J(body), [[p.mrn, "mrn"], [p.email, "email"], [p.full, "name"]], [], "block")

    p = nxt("ob")
    inner = {"custom_keys": {"ob_lmp": p.lmp.isoformat(), "ob_edd": p.edd.isoformat(), "user": p.email},
             "exception": {"type": "kotlin.UninitializedPropertyAccessException", "frames": ["com.mvfp.connect.ob.DueDateCalculator.compute(DueDateCalculator.kt:42)"]}}
    body = {"logRequest": [{"logSource": "CRASHLYTICS_REPORT", "logEvent": [{"eventTimeMs": epoch_ms(5), "sourceExtensionJsonProto3": J(inner, compact=True)}]}]}
    add(S, "POST", f"{CRASHLY}/v1/firelog/legacy/batchlog", {**JSONH, **ANDH}, J(body),
        [[p.lmp.isoformat(), "date"], [p.edd.isoformat(), "date"], [p.email, "email"]], [], "block")

    p = nxt("child")
    prefs = {"flutter.selected_child": p.first, "flutter.child_dob": p.dobs("us"), "flutter.onboarding_done": True, "flutter.units": "metric"}
    body = {"bug": {"title": "Growth chart shows wrong percentile", "state": {"shared_preferences": prefs}, "app_version": APP_VER}}
    add(S, "POST", f"{INSTA}/api/sdk/v3/bugs", {**JSONH, **ANDH, "Authorization": "Token " + hexs(32)}, J(body),
        [[p.first, "name"], [p.dobs("us"), "dob"]], [], "block")

    # clean
    inner = {"event_time_ms": epoch_ms(6), "app_version": APP_VER, "build": BUILD_NO, "device": {"model": "Pixel 8", "os": "14", "ram_mb": 8192},
             "exception": {"type": "java.lang.IllegalStateException", "message": "Fragment GrowthChartFragment{4b2e1f9} not attached to a context."},
             "threads": [{"name": "main", "frames": ["androidx.fragment.app.Fragment.requireContext(Fragment.java:972)", "0x000000010a3b4c5d"]}]}
    body = {"logRequest": [{"logSource": "CRASHLYTICS_REPORT", "logEvent": [{"eventTimeMs": epoch_ms(6), "sourceExtensionJsonProto3": J(inner, compact=True)}]}]}
    add(S, "POST", f"{CRASHLY}/v1/firelog/legacy/batchlog", {**JSONH, **ANDH}, J(body), [],
        ["GrowthChartFragment{4b2e1f9}", "Pixel 8", "0x000000010a3b4c5d"], "pass")
    eid = hexs(32)
    event = {"event_id": eid, "platform": "javascript", "release": f"{BUNDLE}@{APP_VER}+{BUILD_NO}",
             "breadcrumbs": [{"category": "navigation", "data": {"from": "Home", "to": "ImmunizationCard"}},
                             {"category": "xhr", "data": {"method": "GET", "url": f"https://api.{SITE}/v2/config", "status_code": 200}},
                             {"category": "redux.action", "data": {"type": "ui/toggleDarkMode"}}],
             "exception": {"values": [{"type": "Error", "value": "Network request failed"}]}, "tags": {"device.model": "iPhone15,3", "os.version": "17.4.1"}}
    env = "\n".join([J({"event_id": eid, "sent_at": ts(7)}, compact=True), J({"type": "event"}, compact=True), J(event, compact=True)]) + "\n"
    add(S, "POST", f"{SENTRY}/api/4507118/envelope/", {"Content-Type": "application/x-sentry-envelope", **IOSH}, env, [],
        ["ImmunizationCard", "ui/toggleDarkMode", "Network request failed", eid], "pass")
    body = {"traces": [{"screen": "ScheduleScreen", "ttid_ms": 412, "ttfd_ms": 988, "frozen_frames": 0}, {"screen": "GrowthChartScreen", "ttid_ms": 655, "ttfd_ms": 1710, "frozen_frames": 2}],
            "app_version": APP_VER, "os": "Android 14"}
    add(S, "POST", f"{INSTA}/api/sdk/v3/apm/screen_loading", {**JSONH, **ANDH}, J(body), [], ["ScheduleScreen", "988", "1710"], "pass")
    body = {"spans": [{"name": "emb-network", "attrs": {"http.url": f"https://api.{SITE}/v2/schedule/slots?clinic=abq-montgomery", "http.status_code": 200, "duration_ms": 233}}],
            "d": {"m": "SM-A146U", "os": "14"}, "a": {"v": APP_VER}}
    add(S, "POST", f"{EMB}/v2/spans", {**JSONH, **ANDH}, J(body), [], ["clinic=abq-montgomery", "SM-A146U"], "pass")
    body = {"logs": [{"type": "startService", "services": ["Analytics", "Crashes"], "timestamp": ts(8), "sid": uuid(),
                      "device": {"model": "SM-S918U", "osVersion": "14", "locale": "es_US", "timeZoneOffset": -360, "appVersion": APP_VER, "appBuild": BUILD_NO}}]}
    add(S, "POST", f"{APPC}/logs?api-version=1.0.0", {**JSONH, **ANDH, "App-Secret": uuid()}, J(body), [], ["startService", "es_US", "-360"], "pass")
    msg = ("FlutterError: A RenderFlex overflowed by 42 pixels on the right.\nThe relevant error-causing widget was:\n  Row Row:file:///app/lib/growth/percentile_legend.dart:88:12\n")
    body = {"logs": [{"severity": "error", "body": msg, "attributes": {"emb.type": "sys.flutter_exception", "emb.flutter.version": "3.22.1"}}]}
    add(S, "POST", f"{EMB}/v2/logs", {**JSONH, **ANDH}, J(body), [], ["percentile_legend.dart:88:12", "3.22.1"], "pass")


# ============================================================================= 2. attribution and deep links (redact, nothing allowed)
def attribution():
    S = "attribution"
    p = byname("Mateo")
    ev = {"af_content_type": "well_child_visit", "child_first_name": p.first, "visit_date": p.ad("iso"), "clinic": "abq-montgomery"}
    body = {"appsflyer_id": devid(f"{epoch_ms(0)}-{digits(19)}"), "customer_user_id": p.mrn, "eventName": "af_appointment_booked", "eventValue": J(ev, compact=True),
            "eventTime": tstamp(0).strftime("%Y-%m-%d %H:%M:%S.000"), "bundleIdentifier": BUNDLE}
    add(S, "POST", f"{AF}/inappevent/id1594820331", {**JSONH, "authentication": alnum(22)}, J(body),
        [[p.mrn, "mrn"], [p.first, "name"], [p.ad("iso"), "date"]], ["af_appointment_booked", "well_child_visit"], "redact")

    p = nxt("child")
    cb = J({"guardian_email": p.email, "child_dob": p.dobs("us")}, compact=True)
    pp = J({"screen": "growth_chart"}, compact=True)
    f = form([("s2s", "1"), ("app_token", alnum(12).lower()), ("event_token", alnum(6).lower()), ("adid", devid(hexs(32))), ("callback_params", cb),
              ("partner_params", pp), ("created_at_unix", "1778594591")])
    add(S, "POST", f"{ADJ}/event", {**FORMH, "Authorization": "Bearer " + alnum(32)}, f, [[p.email, "email"], [p.dobs("us"), "dob"]], ["growth_chart"], "redact")

    p = byname("Mateo")
    slug = f"{p.first.lower()}-{p.last.lower()}-{p.dobs('iso')}"
    body = {"branch_key": "key_live_" + alnum(32), "channel": "sms", "feature": "vaccine_reminder", "campaign": "4yr_shots_2026",
            "data": {"$deeplink_path": f"child/{slug}/immunizations", "$canonical_url": f"https://mvfp.app.link/c/{p.mrn}",
                     "$og_title": f"{p.first}'s 4-year shots are due", "guardian_phone": p.phone("e164")}}
    add(S, "POST", f"{BRANCH}/v1/url", JSONH, J(body),
        [[p.first.lower(), "name"], [p.last.lower(), "name"], [p.dobs("iso"), "dob"], [p.mrn, "mrn"], [p.phone("e164"), "phone"]], ["vaccine_reminder", "4yr_shots_2026"], "redact")

    p = byname("Xochitl")
    uri = f"mvfp://intake?child={quote(p.full)}&dob={p.dobs('iso')}&guardian={quote(p.gfull)}"
    body = {"branch_key": "key_live_" + alnum(32), "hardware_id": devid(uuid(True)), "is_hardware_id_real": True, "os": "iOS", "os_version": "17.4.1",
            "external_intent_uri": uri, "universal_link_url": f"https://mvfp.app.link/intake/{alnum(11)}", "app_version": APP_VER}
    add(S, "POST", f"{BRANCH}/v1/open", JSONH, J(body), [[p.full, "name"], [p.dobs("iso"), "dob"], [p.gfull, "name"]], ["17.4.1", APP_VER], "redact")

    p = nxt("bh")
    q = qs([("pid", "sms"), ("c", "rx_refill"), ("deep_link_value", f"rx/member/{p.rxmbr}"), ("deep_link_sub1", p.last), ("af_dp", f"mvfp://rx?dob={p.dobs('iso')}")])
    add(S, "GET", f"{ONELINK}/Hq7p?{q}", {"User-Agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X)"}, "",
        [[p.rxmbr, "member_id"], [p.last, "name"], [p.dobs("iso"), "dob"]], ["rx_refill"], "redact")

    p = nxt("bh")
    body = {"action": "event", "kochava_app_id": "komvfp-connect-" + alnum(10).lower(), "kochava_device_id": devid("KA" + alnum(30)),
            "data": {"event_name": "Therapy Intake Completed", "event_data": {"presenting_concern": p.dx(), "home_zip": p.zip, "phq9_total": 17}, "app_version": APP_VER}}
    add(S, "POST", f"{KOCH}/track/json", JSONH, J(body), [[p.dx(), "condition"], [p.zip, "zip"]], ["Therapy Intake Completed", "phq9_total"], "redact")

    p = nxt("ob")
    e = J({"edd": p.edd.isoformat(), "lmp": p.lmp.isoformat(), "source": "lmp_calculator"}, compact=True)
    q = qs([("a", alnum(32).lower()), ("p", "Android"), ("i", BUNDLE), ("n", "ob_due_date_set"), ("e", e), ("custom_user_id", p.email), ("ve", "14")])
    add(S, "GET", f"{SING}/api/v1/evt?{q}", ANDH, "", [[p.edd.isoformat(), "date"], [p.lmp.isoformat(), "date"], [p.email, "email"]], [], "redact")

    p = byname("Delbert")
    dl = f"mvfp://pt/program?patient={p.first}+{p.last}&dx={p.dx().replace(' ', '+')}"
    q = qs([("source", "deeplink"), ("deeplink", dl), ("app_token", alnum(12).lower()), ("gps_adid", devid(uuid())), ("created_at", "2026-05-12T14:03:11.000Z-0600")])
    add(S, "GET", f"{ADJ}/sdk_click?{q}", ANDH, "", [[p.full, "name"], [p.dx(), "condition"]], ["deeplink", "sdk_click"], "redact")

    p = nxt("bh")
    ev = {"af_revenue": "25.00", "af_currency": "USD", "therapy_modality": f"EMDR for {p.dx()}", "sessions_booked": 6}
    body = {"appsflyer_id": devid(f"{epoch_ms(1)}-{digits(19)}"), "customer_user_id": p.email, "eventName": "af_purchase", "eventValue": J(ev, compact=True)}
    add(S, "POST", f"{AF}/inappevent/id1594820331", {**JSONH, "authentication": alnum(22)}, J(body), [[p.email, "email"], [p.dx(), "condition"]], ["af_purchase", "25.00"], "redact")

    p = nxt("child")
    intent = f"intent://child/{p.mrn}/growth#Intent;scheme=mvfp;package={BUNDLE};S.dob={p.dobs('iso')};S.guardian={quote(p.gfull)};end"
    body = {"branch_key": "key_live_" + alnum(32), "android_app_link_url": intent, "os": "Android", "model": "SM-S918U", "app_version": APP_VER}
    add(S, "POST", f"{BRANCH}/v1/open", JSONH, J(body), [[p.mrn, "mrn"], [p.dobs("iso"), "dob"], [p.gfull, "name"]], ["SM-S918U"], "redact")

    p = nxt("ob")
    f = form([("s2s", "1"), ("app_token", alnum(12).lower()), ("event_token", "pc7x2d"), ("callback_params", J({"phone": p.phone("spc"), "dx": p.dx()}, compact=True))])
    add(S, "POST", f"{ADJ}/event", FORMH, f, [[p.phone("spc"), "phone"], [p.dx(), "condition"]], ["pc7x2d"], "redact")

    p = nxt("ob")
    data = b64(J({"deeplink": f"mvfp://ob/week?edd={p.edd.isoformat()}", "name": p.full, "zip": p.zip}, compact=True))
    q = qs([("a", alnum(32).lower()), ("p", "iOS"), ("i", BUNDLE), ("n", "__DEEPLINK__"), ("data", data)])
    add(S, "GET", f"{SING}/api/v1/evt?{q}", IOSH, "", [[p.edd.isoformat(), "date"], [p.full, "name"], [p.zip, "zip"]], ["__DEEPLINK__"], "redact")

    # clean
    body = {"appsflyer_id": devid(f"{epoch_ms(2)}-{digits(19)}"), "eventName": "af_install", "media_source": "googleadwords_int", "campaign": "Back-to-School Physicals 2026",
            "af_adset": "abq-parents-25-44", "app_version": APP_VER, "bundleIdentifier": BUNDLE}
    add(S, "POST", f"{AF}/inappevent/id1594820331", JSONH, J(body), [], ["Back-to-School Physicals 2026", "abq-parents-25-44"], "redact")   # only the install id
    body = {"branch_key": "key_live_" + alnum(32), "channel": "facebook", "feature": "marketing", "data": {"$deeplink_path": "clinics/abq-montgomery",
            "$og_title": "Summer sports physicals - walk-ins welcome", "$og_description": f"{PRACTICE_ADDR}, {PRACTICE_CITY}. Call {PRACTICE_PHONE}."}}
    add(S, "POST", f"{BRANCH}/v1/url", JSONH, J(body), [], ["clinics/abq-montgomery", PRACTICE_ADDR, PRACTICE_PHONE], "pass")
    f = form([("s2s", "1"), ("app_token", "mvfpconnect1"), ("event_token", "k3v9qz"), ("callback_params", J({"screen": "find_a_clinic", "clinic_id": "rr-unser"}, compact=True))])
    add(S, "POST", f"{ADJ}/event", FORMH, f, [], ["find_a_clinic", "rr-unser", "k3v9qz"], "pass")
    q = qs([("a", "mvfp_" + hexs(12)), ("p", "iOS"), ("i", BUNDLE), ("ve", "17.4.1"), ("mo", "iPhone15,3"), ("n", "session_start"), ("av", APP_VER)])
    add(S, "GET", f"{SING}/api/v1/launch?{q}", IOSH, "", [], ["session_start", "iPhone15,3"], "pass")


# ============================================================================= 3. app analytics (redact, nothing allowed)
def app_analytics():
    S = "app_analytics"
    p = byname("Mateo")
    body = {"app_instance_id": devid(hexs(32)), "user_id": p.mrn, "user_properties": {"child_name": {"value": p.first}, "guardian_zip": {"value": p.zip}},
            "events": [{"name": "growth_chart_viewed", "params": {"percentile_weight": "12", "child_dob": p.dobs("iso"), "screen_class": "GrowthChartActivity"}}]}
    add(S, "POST", f"{FMP}/mp/collect?firebase_app_id=1:{digits(12)}:android:{hexs(16)}&api_secret={alnum(22)}", JSONH, J(body),
        [[p.mrn, "mrn"], [p.first, "name"], [p.zip, "zip"], [p.dobs("iso"), "dob"]], ["growth_chart_viewed", "GrowthChartActivity"], "redact")

    p = byname("Jordan")
    ev = J([{"key": "teletherapy_joined", "count": 1, "segmentation": {"provider_id": "prv_3381", "client_name": p.full, "diagnosis": p.dx()}}], compact=True)
    q = qs([("app_key", hexs(40)), ("device_id", devid(uuid())), ("timestamp", epoch_ms(1)), ("events", ev)])
    add(S, "GET", f"{CLY}/i?{q}", IOSH, "", [[p.full, "name"], [p.dx(), "condition"]], ["teletherapy_joined", "prv_3381"], "redact")

    p = nxt("bh")
    ud = J({"name": p.full, "email": p.email, "phone": p.phone("paren"), "byear": p.dob.year, "custom": {"insurance": p.payer, "member_id": p.mbr}}, compact=True)
    q = qs([("app_key", hexs(40)), ("device_id", devid(uuid())), ("user_details", ud)])
    add(S, "GET", f"{CLY}/i?{q}", ANDH, "", [[p.full, "name"], [p.email, "email"], [p.phone("paren"), "phone"], [p.mbr, "member_id"]], [], "redact")

    p = nxt("ob")
    body = {"source_request_id": uuid(), "environment": "production", "user_identities": {"email": p.email, "customer_id": p.mrn},
            "user_attributes": {"$FirstName": p.first, "$LastName": p.last, "$Mobile": p.phone("dash"), "$Zip": p.zip, "due_date": p.edd.isoformat()},
            "events": [{"event_type": "custom_event", "data": {"event_name": "Prenatal Visit Booked", "custom_event_type": "other",
                                                                 "custom_attributes": {"risk_flag": p.dx(), "trimester": "2"}}}]}
    add(S, "POST", f"{MPB}/v2/us1-{hexs(8)}/events", {**JSONH, "x-mp-signature": b64(hexs(20))}, J(body),
        [[p.email, "email"], [p.mrn, "mrn"], [p.first, "name"], [p.last, "name"], [p.phone("dash"), "phone"], [p.zip, "zip"], [p.edd.isoformat(), "date"], [p.dx(), "condition"]],
        [], "redact")

    p = nxt("bh")
    body = {"app_id": "3148802211", "identity": p.email, "event": "PHQ9 Completed",
            "properties": {"Screen": "PHQ9Result", "score": "22", "item_9": "nearly every day", "flag": "suicidal ideation - crisis protocol shown"}}
    add(S, "POST", f"{HEAP}/api/track", JSONH, J(body), [[p.email, "email"], ["suicidal ideation", "condition"]], ["PHQ9 Completed", "PHQ9Result"], "redact")

    p = byname("Gabriel")
    body = {"app_instance_id": devid(hexs(32)), "events": [{"name": "rx_card_viewed", "params": {"member_id": p.rxmbr, "bin": "610014", "pcn": "MVFPRX", "group": "NMGRP22",
            "drug": p.med()}}]}
    add(S, "POST", f"{FMP}/mp/collect?firebase_app_id=1:{digits(12)}:ios:{hexs(16)}&api_secret={alnum(22)}", JSONH, J(body),
        [[p.rxmbr, "member_id"], [p.med(), "condition"]], ["rx_card_viewed", "610014", "MVFPRX", "NMGRP22"], "redact")

    p = nxt("ob")
    loc = f"mvfp://patient/{p.mrn}/ob/ultrasound?edd={p.edd.isoformat()}&name={quote(p.full)}"
    body = {"app_instance_id": devid(hexs(32)), "events": [{"name": "screen_view", "params": {"firebase_screen": "UltrasoundViewer", "page_location": loc}}]}
    add(S, "POST", f"{FMP}/mp/collect?firebase_app_id=1:{digits(12)}:ios:{hexs(16)}&api_secret={alnum(22)}", JSONH, J(body),
        [[p.mrn, "mrn"], [p.edd.isoformat(), "date"], [p.full, "name"]], ["UltrasoundViewer"], "redact")

    p = nxt("child")
    body = {"client_sdk": {"platform": "android", "sdk_version": "5.56.0"}, "environment": "production", "request_id": uuid(),
            "known_identities": {"email": p.email, "customerid": p.mrn, "mobile_number": p.phone("e164"), "android_uuid": devid(hexs(16))}}
    add(S, "POST", f"{MPI}/v1/identify", {**JSONH, "x-mp-key": "us1-" + hexs(32)}, J(body), [[p.email, "email"], [p.mrn, "mrn"], [p.phone("e164"), "phone"]], [], "redact")

    p = nxt("child")
    state = {"auth": J({"token": "<redacted>", "userId": p.mrn}), "children": J({"selected": {"name": p.full, "dob": p.dobs("us"), "ageLabel": f"{p.age()} yo"}})}
    body = {"app_id": "3148802211", "identity": devid(uuid()), "event": "State Restored", "properties": {"persist:root": J(state, compact=True)}}
    add(S, "POST", f"{HEAP}/api/track", JSONH, J(body), [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("us"), "dob"]], ["State Restored", f"{p.age()} yo"], "redact")

    # clean
    body = {"app_instance_id": devid(hexs(32)), "events": [{"name": "screen_view", "params": {"firebase_screen": "ClinicFinder", "engagement_time_msec": 18422}},
                                                     {"name": "app_update", "params": {"previous_app_version": "4.17.0", "app_version": APP_VER}}]}
    add(S, "POST", f"{FMP}/mp/collect?firebase_app_id=1:{digits(12)}:ios:{hexs(16)}&api_secret={alnum(22)}", JSONH, J(body), [], ["ClinicFinder", "4.17.0", "18422"], "redact")   # only the app-instance id
    m = J({"_os": "iOS", "_os_version": "17.4.1", "_device": "iPhone15,3", "_app_version": APP_VER, "_carrier": "Verizon", "_locale": "en_US", "_resolution": "1179x2556"}, compact=True)
    q = qs([("app_key", hexs(40)), ("device_id", devid(uuid())), ("begin_session", "1"), ("metrics", m)])
    add(S, "GET", f"{CLY}/i?{q}", IOSH, "", [], ["1179x2556", "Verizon", "iPhone15,3"], "redact")   # only the device id
    body = {"events": [{"event_type": "custom_event", "data": {"event_name": "Article Read", "custom_attributes": {
            "title": "What to expect at your child's 4-year checkup", "category": "pediatrics", "read_pct": "85"}}}], "environment": "production"}
    add(S, "POST", f"{MPB}/v2/us1-{hexs(8)}/events", JSONH, J(body), [], ["What to expect at your child's 4-year checkup", "Article Read"], "pass")
    body = {"app_id": "3148802211", "event": "Cohort Snapshot", "properties": {"cohort_age_band": "2-5", "cohort_size": "412", "median_age": "3", "pct_up_to_date_vaccines": "91.4"}}
    add(S, "POST", f"{HEAP}/api/track", JSONH, J(body), [], ["Cohort Snapshot", "91.4", "412"], "pass")
    body = {"app_instance_id": devid(hexs(32)), "events": [{"name": "clinic_map_opened", "params": {"clinic_id": "abq-montgomery", "lat": CLINIC_LAT, "lon": CLINIC_LON,
            "clinic_phone": PRACTICE_PHONE_DASH}}]}
    add(S, "POST", f"{FMP}/mp/collect?firebase_app_id=1:{digits(12)}:android:{hexs(16)}&api_secret={alnum(22)}", JSONH, J(body), [],
        [CLINIC_LAT, CLINIC_LON, PRACTICE_PHONE_DASH, "clinic_map_opened"], "redact")   # only the app-instance id


# ============================================================================= 4. push (redact, nothing allowed)
def push():
    S = "push"
    p = byname("Mateo")
    body = {"app_id": uuid(), "include_aliases": {"external_id": [p.mrn]}, "target_channel": "push", "headings": {"en": "Vaccines due"},
            "contents": {"en": f"Hi {p.gfirst}, {p.first}'s 4-year vaccines are due by {p.ad('us')}.",
                         "es": f"Hola {p.gfirst}, las vacunas de {p.first} vencen el {p.ad('us')}."},
            "data": {"deeplink": f"mvfp://child/{p.mrn}/immunizations"}, "ios_badgeType": "Increase", "ios_badgeCount": 1}
    add(S, "POST", f"{OSIG}/api/v1/notifications", {**JSONH, "Authorization": "Key " + alnum(48)}, J(body),
        [[p.mrn, "mrn"], [p.gfirst, "name"], [p.first, "name"], [p.ad("us"), "date"]], ["Vaccines due", "ios_badgeType"], "redact")

    p = byname("Jordan")
    body = {"audience": {"named_user": p.email}, "device_types": ["ios", "android"],
            "notification": {"alert": f"{p.first}, your video session starts at {p.appt:%-I:%M} PM", "ios": {"extra": {"session_date": p.ad("iso"), "room": "tr-8842"}},
                             "android": {"extra": {"session_date": p.ad("iso")}}}}
    add(S, "POST", f"{UA}/api/push", {**JSONH, "Authorization": "Bearer " + alnum(40), "Accept": "application/vnd.urbanairship+json; version=3"}, J(body),
        [[p.email, "email"], [p.first, "name"], [p.ad("iso"), "date"]], ["tr-8842"], "redact")

    p = nxt("ob")
    body = {"aps": {"alert": {"title": "Lab result ready", "loc-key": "RESULT_READY_FMT", "loc-args": [p.first, "1-hour glucose tolerance test"]}, "badge": 1,
                    "sound": "default", "mutable-content": 1}, "patient_mrn": p.mrn, "result_flag": "abnormal GTT 168 mg/dL - gestational diabetes screen positive"}
    add(S, "POST", f"{APNS}/3/device/{devid(hexs(64))}", {**JSONH, "apns-topic": BUNDLE, "apns-push-type": "alert", "apns-priority": "10", "apns-id": uuid(True)}, J(body),
        [[p.first, "name"], [p.mrn, "mrn"], ["gestational diabetes", "condition"]], ["RESULT_READY_FMT", "Lab result ready"], "redact")

    p = byname("Delbert")
    body = {"request": {"application": "A1B2C-3D4E5", "auth": alnum(60), "notifications": [{"send_date": "now", "content": {"en": "Reminder: your PT home program"},
            "devices": [devid(hexs(32))], "data": {"patient": p.full, "dob": p.dobs("us"), "age": str(p.age())}}]}}
    add(S, "POST", f"{PWOO}/json/1.3/createMessage", JSONH, J(body), [[p.full, "name"], [p.dobs("us"), "dob"], [str(p.age()), "age_over_89"]],
        ["Reminder: your PT home program", "A1B2C-3D4E5"], "redact")

    p = nxt("ob")
    body = {"tags": {"first_name": p.first, "last_name": p.last, "lmp": p.lmp.isoformat(), "ga_weeks": str((TODAY - p.lmp).days // 7), "due": p.edd.isoformat()}}
    add(S, "PUT", f"{OSIG}/api/v1/apps/{uuid()}/users/{uuid()}", JSONH, J(body),
        NM(p) + [[p.lmp.isoformat(), "date"], [p.edd.isoformat(), "date"]], ["ga_weeks"], "redact")

    p = nxt("child")
    body = {"audience": {"android_channel": uuid()}, "attributes": [{"action": "set", "key": "guardian_phone", "value": p.phone("e164"), "timestamp": ts(3)},
                                                                   {"action": "set", "key": "child_birthdate", "value": p.dobs("iso")}]}
    add(S, "POST", f"{UA}/api/channels/attributes", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body),
        [[p.phone("e164"), "phone"], [p.dobs("iso"), "dob"]], ["child_birthdate"], "redact")

    p = nxt("ob")
    body = {"aps": {"content-available": 1}, "sync": "ob_summary", "summary": f"{p.full}, G2P1, EDD {fd(p.edd, 'us')}, {p.dx()} watch"}
    add(S, "POST", f"{APNS}/3/device/{devid(hexs(64))}", {**JSONH, "apns-topic": BUNDLE, "apns-push-type": "background", "apns-priority": "5"}, J(body),
        [[p.full, "name"], [fd(p.edd, "us"), "date"], [p.dx(), "condition"]], ["ob_summary"], "redact")

    p = nxt("bh")
    body = {"audience": {"named_user": p.mrn}, "device_types": ["ios"], "in_app": {"alert": "New message from your therapist",
            "display": {"body": f"{p.first}, I moved our {p.ad('long')} session to telehealth. Reply STOP to opt out."}}}
    add(S, "POST", f"{UA}/api/push", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body), [[p.mrn, "mrn"], [p.first, "name"], [p.ad("long"), "date"]],
        ["New message from your therapist"], "redact")

    # clean
    body = {"app_id": uuid(), "included_segments": ["All Pediatric Guardians"], "headings": {"en": "Flu shot Saturdays"},
            "contents": {"en": f"Flu shot clinics are open Saturdays 9-1 at {PRACTICE_ADDR}. Questions? Call {PRACTICE_PHONE}."}}
    add(S, "POST", f"{OSIG}/api/v1/notifications", JSONH, J(body), [], ["All Pediatric Guardians", PRACTICE_ADDR, PRACTICE_PHONE], "pass")
    body = {"audience": {"tag": "peds_guardians"}, "device_types": "all", "notification": {"alert": "Heat advisory: keep kids hydrated and limit outdoor play 12-4 PM."}}
    add(S, "POST", f"{UA}/api/push", JSONH, J(body), [], ["Heat advisory: keep kids hydrated and limit outdoor play 12-4 PM."], "pass")
    body = {"aps": {"content-available": 1}, "sync": "config", "min_version": "4.12.0", "v": APP_VER}
    add(S, "POST", f"{APNS}/3/device/{devid(hexs(64))}", {**JSONH, "apns-topic": BUNDLE, "apns-push-type": "background"}, J(body), [], ["4.12.0", APP_VER], "pass")
    body = {"request": {"application": "A1B2C-3D4E5", "auth": alnum(60), "message": "7A1B-C3D4E5F6-8899AABB"}}
    add(S, "POST", f"{PWOO}/json/1.3/getMsgStats", JSONH, J(body), [], ["7A1B-C3D4E5F6-8899AABB"], "pass")


# ============================================================================= 5. RPM / wearables (BAA: mrn, device_id, date, condition)
def rpm():
    S = "rpm"
    p = nxt("bh")
    cuff_mac = p.mac
    body = {"gateway": {"deviceName": f"{p.first}'s iPhone", "model": "iPhone14,5", "os": "iOS 17.4.1"},
            "peripheral": {"localName": "BLEsmart_0000011" + cuff_mac.replace(":", ""), "mac": cuff_mac, "model": "BP7350"},
            "patientId": p.mrn, "program": "hypertension", "readings": [{"sys": 142, "dia": 91, "pulse": 78, "t": f"{TODAY - timedelta(days=1)}T07:12:00-06:00"}]}
    add(S, "POST", f"{RPM}/v1/ble/uploads", {**JSONH, **IOSH}, J(body),
        [[p.first, "name"], [cuff_mac, "device_id"], [p.mrn, "mrn"], ["hypertension", "condition"]], ["BP7350", "iPhone14,5"], "redact")

    p = byname("Kiona")
    ser = "GMX2E" + digits(7)
    body = {"meter": {"serial": ser, "model": "Contour Next One", "fw": "1.6.2"}, "owner": {"name": p.full, "phone": p.phone("dash")},
            "records": [{"seq": 411, "mgdl": 243, "tag": "before_meal"}, {"seq": 412, "mgdl": 198, "tag": "after_meal"}], "dx": p.dx()}
    add(S, "POST", f"{GLC}/api/v3/meter/sync", JSONH, J(body),
        [[ser, "device_id"], [p.full, "name"], [p.phone("dash"), "phone"], [p.dx(), "condition"]], ["Contour Next One", "before_meal"], "redact")

    p = nxt("child")
    tx = "8J" + alnum(4, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    body = {"recordType": "egv", "transmitterId": tx, "patient": {"email": p.email, "mrn": p.mrn},
            "records": [{"systemTime": "2026-05-12T06:05:00", "value": 212, "trend": "singleUp"}, {"systemTime": "2026-05-12T06:10:00", "value": 219, "trend": "flat"}]}
    add(S, "POST", f"{GLC}/api/v3/cgm/egvs", JSONH, J(body), [[tx, "device_id"], [p.email, "email"], [p.mrn, "mrn"]], ["singleUp", "egv"], "redact")

    p = byname("Kiona")
    sn = "MX4A0" + alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    rows = [f"FreeStyle Libre 3,{sn},05-11-2026 {h:02d}:05,0,{R.randint(90, 260)}" for h in range(0, 24, 6)]
    csv = ("Patient report\nGenerated on,05-12-2026 08:14 MDT,Generated by,MVFP RPM\nPatient," + p.full + "\nDate of birth," + p.dobs("dash") + "\n\n"
           "Device,Serial Number,Device Timestamp,Record Type,Historic Glucose mg/dL\n" + "\n".join(rows) + "\n")
    add(S, "POST", f"{GLC}/api/v3/import/libreview", CSVH, csv, [[p.full, "name"], [p.dobs("dash"), "dob"], [sn, "device_id"]], ["Historic Glucose mg/dL", "FreeStyle Libre 3"], "redact")

    p = nxt("pt")
    wmac = p.mac.lower()
    f = form([("action", "store"), ("userid", digits(8)), ("mac", wmac), ("lastname", p.last), ("email", p.email),
              ("measures", J([{"value": 8150, "type": 1, "unit": -2}, {"value": 2210, "type": 8, "unit": -2}], compact=True))])
    add(S, "POST", f"{RPM}/measure/v2", FORMH, f, [[wmac, "device_id"], [p.last, "name"], [p.email, "email"]], ["store"], "redact")

    p = nxt("bh")
    serial = "PO-5521-" + digits(5)
    lines = [{"device": {"serial": serial, "type": "pulse_oximeter"}, "patient": {"mrn": p.mrn, "home_address": f"{p.street} {p.unit}, {p.city}, NM {p.zip}"},
              "spo2": 93, "pr": 88, "t": "2026-05-12T05:40:00-06:00"},
             {"device": {"serial": serial, "type": "pulse_oximeter"}, "patient": {"mrn": p.mrn}, "spo2": 95, "pr": 84, "t": "2026-05-12T06:40:00-06:00"}]
    add(S, "POST", f"{RPM}/v1/observations/ndjson", NDH, ND(lines), [[serial, "device_id"], [p.mrn, "mrn"], [p.street, "address"], [p.zip, "zip"]], ["pulse_oximeter"], "redact")

    p = nxt("pt")
    im = imei()
    txt = f"IMEI {im} WT 81.4kg BAT 72 PT {p.mrn} CALLBACK {p.phone('bare')}\n"
    add(S, "POST", f"{RPM}/v1/cellular/scale", TEXTH, txt, [[im, "device_id"], [p.mrn, "mrn"], [p.phone("bare"), "phone"]], ["WT 81.4kg"], "redact")

    p = byname("Delbert")
    cuff = mac()
    body = {"patientId": p.mrn, "scan": [{"name": f"{p.first.upper()}-{p.last.upper()}-PC", "rssi": -71, "connectable": False},
                                        {"name": "OMRON BP7350", "address": cuff, "rssi": -48, "connectable": True}], "paired": cuff}
    add(S, "POST", f"{RPM}/v1/ble/scan", {**JSONH, **ANDH}, J(body), [[p.first.upper(), "name"], [p.last.upper(), "name"], [cuff, "device_id"], [p.mrn, "mrn"]],
        ["OMRON BP7350"], "redact")

    p = nxt("bh")
    body = {"billing_period": "2026-04", "patient": {"mrn": p.mrn, "dob": p.dobs("us"), "member_id": p.mbr, "payer": p.payer},
            "days_transmitted": 22, "cpt": ["99454", "99457"], "minutes": 24}
    add(S, "POST", f"{RPM}/v1/billing/monthly", JSONH, J(body), [[p.mrn, "mrn"], [p.dobs("us"), "dob"], [p.mbr, "member_id"]], ["99454", "99457", "days_transmitted"], "redact")

    p = byname("Renata")
    x = (f'<?xml version="1.0" encoding="UTF-8"?>\n<HealthData locale="en_US">\n <ExportDate value="2026-05-12 07:00:00 -0600"/>\n'
         f' <Me HKCharacteristicTypeIdentifierDateOfBirth="{p.dobs("iso")}" HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale"/>\n'
         f' <Record type="HKQuantityTypeIdentifierHeartRate" sourceName="{p.first}\'s Apple Watch" unit="count/min" value="112"/>\n'
         f' <Record type="HKQuantityTypeIdentifierStepCount" sourceName="{p.first}\'s iPhone" unit="count" value="2140"/>\n</HealthData>\n')
    add(S, "POST", f"{RPM}/v1/healthkit/export", XMLH, x, [[p.dobs("iso"), "dob"], [p.first, "name"]], ["HKQuantityTypeIdentifierHeartRate"], "redact")

    p = byname("Kaylee")
    body = {"dataSourceId": f"raw:com.google.heart_rate.bpm:com.mvfp.connect:Google:Pixel Watch 2 - {p.first} {p.last}", "patientRef": p.mrn,
            "point": [{"startTimeNanos": epoch_ms(4) + "000000", "value": [{"fpVal": 74.0}]}]}
    add(S, "POST", f"{RPM}/v1/healthconnect/points", JSONH, J(body), NM(p) + [[p.mrn, "mrn"]], ["Pixel Watch 2"], "redact")

    # clean
    body = {"model": "BP7350", "fw": "2.1.4", "battery_pct": 68, "rssi": -61, "uptime_s": 86400, "errors": []}
    add(S, "POST", f"{RPM}/v1/telemetry/firmware", JSONH, J(body), [], ["BP7350", "2.1.4", "uptime_s"], "pass")
    body = {"active_devices": 341, "avg_transmission_rate": 0.93, "by_model": {"BP7350": 212, "Contour Next One": 129}, "period": "2026-04"}
    add(S, "POST", f"{GLC}/api/v3/fleet/stats", JSONH, J(body), [], ["0.93", "Contour Next One"], "pass")
    body = {"program": "hypertension-rpm", "thresholds": {"sys_high": 160, "dia_high": 100, "sys_low": 90}, "escalation": "nurse_queue"}
    add(S, "PUT", f"{RPM}/v1/programs/htn/config", JSONH, J(body), [], ["hypertension-rpm", "nurse_queue"], "pass")


# ============================================================================= 6. immunization registry (allow-all, pass)
def registry():
    S = "iis"
    p = byname("Mateo")
    mom = "Tsinajinnie"
    body = {"query": {"profile": "Z34", "patient": {"last": p.last, "first": p.first, "dob": p.dobs("d8"), "sex": p.sex, "mother_maiden": mom,
            "address": {"street": p.street, "city": p.city, "state": "NM", "zip": p.zip}, "phone": p.phone("dash")}, "facility": "MVFP-ABQ"}}
    add(S, "POST", f"{IIS}/iis/v1/query", JSONH, J(body), NM(p) + [[p.dobs("d8"), "dob"], [mom, "name"], [p.street, "address"], [p.zip, "zip"], [p.phone("dash"), "phone"]],
        ["Z34", "MVFP-ABQ"], "pass")
    p = nxt("child")
    hl7 = (f"MSH|^~\\&|MVFP|MVFP-ABQ|NMSIIS|NMDOH|20260512140311||QBP^Q11^QBP_Q11|{digits(10)}|P|2.5.1|||ER|AL|||||Z44^CDCPHINVS\r"
           f"QPD|Z44^Request Evaluated History and Forecast^CDCPHINVS|{alnum(10)}|{p.mrn}^^^MVFP^MR|{p.last.upper()}^{p.first.upper()}|{p.gfirst.upper()}|{p.dobs('d8')}|{p.sex}|"
           f"{p.street}^^{p.city}^NM^{p.zip}|^PRN^PH^^^{p.area}^{p.exch}{p.line}\rRCP|I|5^RD&records&HL70126\r")
    add(S, "POST", f"{IIS}/iis/v1/hl7", {"Content-Type": "x-application/hl7-v2+er7"}, hl7,
        [[p.mrn, "mrn"], [p.last.upper(), "name"], [p.first.upper(), "name"], [p.gfirst.upper(), "name"], [p.dobs("d8"), "dob"], [p.street, "address"], [p.zip, "zip"]],
        ["Z44", "QBP^Q11^QBP_Q11"], "pass")
    p = nxt("child")
    f = form([("child_last", p.last), ("child_first", p.first), ("dob", p.dobs("us")), ("guardian", p.gfull), ("forecast", "true")])
    add(S, "POST", f"{IIS}/iis/v1/forecast", FORMH, f, NM(p) + [[p.dobs("us"), "dob"], [p.gfull, "name"]], ["forecast"], "pass")
    p = nxt("child")
    q = qs([("last", p.last), ("first", p.first), ("dob", p.dobs("iso")), ("format", "school_certificate")])
    add(S, "GET", f"{IIS}/iis/v1/certificate?{q}", {}, "", NM(p) + [[p.dobs("iso"), "dob"]], ["school_certificate"], "pass")
    p = byname("Xochitl")
    body = {"ack": "AA", "patient": {"name": p.full, "mrn": p.mrn}, "administered": [{"cvx": "03", "date": "2020-09-20"}, {"cvx": "21", "date": "2020-09-20"}]}
    add(S, "POST", f"{IIS}/iis/v1/ack", JSONH, J(body), [[p.full, "name"], [p.mrn, "mrn"], ["2020-09-20", "date"]], ["cvx"], "pass")
    add(S, "GET", f"{IIS}/iis/v1/status", {}, "", [], [], "pass")


# ============================================================================= 7. pediatrics: growth charts, school forms
def pediatrics():
    S = "peds"
    p = byname("Mateo")
    body = {"template": "cdc_weight_for_age_boys_2_20", "title": f"Weight-for-age - {p.full} (DOB {p.dobs('us2')})",
            "subtitle": f"Guardian: {p.gfull} - MRN {p.mrn}", "series": [{"age_mo": 24, "kg": 11.9}, {"age_mo": 36, "kg": 13.1}, {"age_mo": 48, "kg": 14.6}], "format": "png"}
    add(S, "POST", f"{CHART}/v2/render", JSONH, J(body), [[p.full, "name"], [p.dobs("us2"), "dob"], [p.gfull, "name"], [p.mrn, "mrn"]],
        ["cdc_weight_for_age_boys_2_20"], "redact")

    p = byname("Xochitl")
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480"><title>Stature-for-age</title>'
           f'<text x="20" y="30">{xesc(p.full)} - {p.age()} yo - DOB {p.dobs("usn")}</text><polyline points="40,400 120,360 200,322"/></svg>')
    add(S, "POST", f"{CHART}/v2/render/svg", {"Content-Type": "image/svg+xml"}, svg, [[p.full, "name"], [p.dobs("usn"), "dob"]], ["Stature-for-age", f"{p.age()} yo"], "redact")

    p = byname("Brayden")
    body = {"form": "nm-sports-physical-2026", "student": {"name": p.full, "dob": p.dobs("us"), "grade": "9", "sport": "football"},
            "guardian": {"name": p.gfull, "phone": p.phone("paren"), "email": p.email},
            "history": {"conditions": "exercise-induced asthma; ADHD", "medications": "albuterol inhaler, methylphenidate ER"}, "cleared": "with recommendations"}
    add(S, "POST", f"{SCHOOL}/v1/forms/submissions", JSONH, J(body),
        [[p.full, "name"], [p.dobs("us"), "dob"], [p.gfull, "name"], [p.phone("paren"), "phone"], [p.email, "email"], ["exercise-induced asthma", "condition"],
         ["ADHD", "condition"], ["albuterol", "condition"], ["methylphenidate", "condition"]], ["nm-sports-physical-2026", "with recommendations"], "redact")

    p = byname("Dezbah")
    bnd = "----FormBoundary" + alnum(16)
    fields = [("student_first", p.first, None), ("student_last", p.last, None), ("dob", p.dobs("usn"), None), ("parent_guardian", p.gfull, None),
              ("home_address", f"{p.street}, {p.city}, NM {p.zip}", None), ("allergies", "peanut allergy (EpiPen on file)", None),
              ("signed_by_npi", GROUP_NPI, None), ("clinic_phone", PRACTICE_PHONE, None)]
    add(S, "POST", f"{SCHOOL}/v1/forms/upload", {"Content-Type": f"multipart/form-data; boundary={bnd}"}, multipart(fields, bnd),
        NM(p) + [[p.dobs("usn"), "dob"], [p.gfull, "name"], [p.street, "address"], [p.zip, "zip"], ["peanut allergy", "condition"]], [GROUP_NPI, PRACTICE_PHONE], "redact")

    p = byname("Brayden")
    inj = date(2026, 4, 28)
    txt = (f"RETURN-TO-PLAY CLEARANCE\nRE: {p.full}, DOB {p.dobs('us')}\nStudent sustained a concussion on {fd(inj, 'us')} during practice and has completed the "
           f"graduated return-to-play protocol. Cleared for full contact.\n{PRACTICE} - {PRACTICE_PHONE}\n")
    add(S, "POST", f"{SCHOOL}/v1/forms/notes", TEXTH, txt, [[p.full, "name"], [p.dobs("us"), "dob"], ["concussion", "condition"], [fd(inj, "us"), "date"]],
        ["RETURN-TO-PLAY CLEARANCE", PRACTICE_PHONE], "redact")

    p = nxt("child")
    body = {"app_instance_id": devid(hexs(32)), "events": [{"name": "growth_entry_added", "params": {"kid_label": f"{p.first} ({p.age()} yo)", "height_cm": "98.2",
            "parent_email": p.email}}]}
    add(S, "POST", f"{FMP}/mp/collect?firebase_app_id=1:{digits(12)}:ios:{hexs(16)}&api_secret={alnum(22)}", JSONH, J(body),
        [[p.first, "name"], [p.email, "email"]], ["growth_entry_added", "98.2"], "redact")

    p = byname("Xochitl")
    body = {"logs": [{"ts": ts(2), "level": "debug", "msg": f"GrowthChartVM: loaded 14 points for child_id={p.mrn} ({p.last}, {p.first}) dob={p.dobs('iso')}"}]}
    add(S, "POST", f"{BITD}/v1/logs", JSONH, J(body), [[p.mrn, "mrn"], [p.last, "name"], [p.first, "name"], [p.dobs("iso"), "dob"]], ["GrowthChartVM"], "redact")

    p = byname("Santiago")
    body = {"app_id": "3148802211", "identity": p.email, "event": "ASQ-3 Submitted",
            "properties": {"child": p.first, "age_months": str(12 * p.age()), "communication": "30", "fine_motor": "15", "referral": "speech delay - refer to early intervention"}}
    add(S, "POST", f"{HEAP}/api/track", JSONH, J(body), [[p.email, "email"], [p.first, "name"], ["speech delay", "condition"]], ["ASQ-3 Submitted"], "redact")

    # clean
    body = {"template": "cdc_stature_for_age_girls_2_20", "series": [{"pct": "P50", "points": [[24, 86.4], [60, 108.4], [120, 138.6]]},
            {"pct": "P95", "points": [[24, 92.9], [60, 117.0], [120, 150.0]]}], "format": "svg"}
    add(S, "POST", f"{CHART}/v2/render", JSONH, J(body), [], ["cdc_stature_for_age_girls_2_20", "138.6"], "pass")
    add(S, "GET", f"{SCHOOL}/v1/templates/nm-sports-physical-2026?lang=es", {}, "", [], [], "pass")
    body = {"app_instance_id": devid(hexs(32)), "events": [{"name": "tip_shown", "params": {"tip": "Children ages 4 to 6 should get the second dose of MMR and varicella."}}]}
    add(S, "POST", f"{FMP}/mp/collect?firebase_app_id=1:{digits(12)}:ios:{hexs(16)}&api_secret={alnum(22)}", JSONH, J(body), [],
        ["Children ages 4 to 6 should get the second dose of MMR and varicella."], "redact")   # only the app-instance id


# ============================================================================= 8. OB / fertility
def ob():
    S = "ob"
    p = byname("Esperanza")
    exam = TODAY - timedelta(days=4)
    body = {"patient": {"name": p.full, "dob": p.dobs("iso"), "mrn": p.mrn, "phone": p.phone("dash")},
            "exam": {"date": exam.isoformat(), "ga": p.ga(), "crl_mm": 61.2, "edd_by_us": (p.edd - timedelta(days=2)).isoformat(), "edd_by_lmp": p.edd.isoformat(),
                     "lmp": p.lmp.isoformat()}, "impression": f"single live IUP; history of {p.dx()}"}
    add(S, "POST", f"{OBP}/v1/ultrasound/reports", JSONH, J(body),
        [[p.full, "name"], [p.dobs("iso"), "dob"], [p.mrn, "mrn"], [p.phone("dash"), "phone"], [exam.isoformat(), "date"], [(p.edd - timedelta(days=2)).isoformat(), "date"],
         [p.edd.isoformat(), "date"], [p.lmp.isoformat(), "date"], [p.dx(), "condition"]], ["61.2", "crl_mm"], "redact")

    p = byname("Linh")
    body = {"user": {"email": p.email, "name": p.full}, "cycles": [{"start": "2026-01-14", "length": 29}, {"start": "2026-02-12", "length": 28}],
            "ivf": {"retrieval_date": "2025-12-02", "transfer_date": "2025-12-07"}, "diagnosis": "diminished ovarian reserve",
            "mailing": {"street": p.street, "city": p.city, "zip": p.zip}}
    add(S, "POST", f"{OBP}/v1/fertility/sync", JSONH, J(body),
        [[p.email, "email"], [p.full, "name"], ["2026-01-14", "date"], ["2026-02-12", "date"], ["2025-12-02", "date"], ["2025-12-07", "date"],
         ["diminished ovarian reserve", "condition"], [p.street, "address"], [p.zip, "zip"]], ["retrieval_date"], "redact")

    p = nxt("ob")
    f = form([("s2s", "1"), ("app_token", alnum(12).lower()), ("event_token", "preg01"), ("callback_params", J({"edd": fd(p.edd, "us"), "email": p.email}, compact=True))])
    add(S, "POST", f"{ADJ}/event", FORMH, f, [[fd(p.edd, "us"), "date"], [p.email, "email"]], ["preg01"], "redact")

    p = nxt("ob")
    body = {"app_instance_id": devid(hexs(32)), "user_id": p.email, "events": [{"name": "kick_count_logged", "params": {"weeks": str((TODAY - p.lmp).days // 7), "kicks": "10", "minutes": "34"}}]}
    add(S, "POST", f"{FMP}/mp/collect?firebase_app_id=1:{digits(12)}:ios:{hexs(16)}&api_secret={alnum(22)}", JSONH, J(body), [[p.email, "email"]], [], "redact")

    p = nxt("ob")
    txt = (f"{ts(3)} I/DueDateCalculator: LMP {fd(p.lmp, 'us')} -> EDD {fd(p.edd, 'us')} for user {p.email}\n"
           f"{ts(3)} I/DueDateCalculator: GA {p.ga()}\n")
    add(S, "POST", f"{MEZMO}/logs/ingest?hostname=mvfp-android&now={epoch_ms(3)}", TEXTH, txt, [[fd(p.lmp, "us"), "date"], [fd(p.edd, "us"), "date"], [p.email, "email"]],
        [], "redact")

    p = byname("Carmen")
    ev = J([{"key": "[CLY]_view", "count": 1, "segmentation": {"name": f"mvfp://ob/postpartum-check?pt={p.mrn}&dx={quote(p.dx())}", "visit": 1}}], compact=True)
    q = qs([("app_key", hexs(40)), ("device_id", devid(uuid())), ("events", ev)])
    add(S, "GET", f"{CLY}/i?{q}", IOSH, "", [[p.mrn, "mrn"], [p.dx(), "condition"]], ["[CLY]_view"], "redact")

    p = byname("Shandiin")
    deliv = date(2026, 3, 30)
    body = {"mother": {"name": p.full, "dob": p.dobs("us")}, "baby": {"name": f"Nizhoni {p.last}", "delivery_date": deliv.isoformat(), "weight_g": 3290},
            "coverage": {"payer": p.payer, "member_id": p.mbr}, "delivery_type": "vaginal"}
    add(S, "POST", f"{OBP}/v1/birth-plans/outcome", JSONH, J(body),
        [[p.full, "name"], [p.dobs("us"), "dob"], [f"Nizhoni {p.last}", "name"], [deliv.isoformat(), "date"], [p.mbr, "member_id"]], ["3290", "vaginal"], "redact")

    p = byname("Aiyana")
    body = {"screening": "EPDS", "score": 16, "patient": {"email": p.email, "name": p.full}, "postpartum_weeks": 6,
            "note": "item 10 positive - self-harm thoughts; referred to perinatal psychiatry", "callback": p.phone("dot")}
    add(S, "POST", f"{OBP}/v1/screenings", JSONH, J(body), [[p.email, "email"], [p.full, "name"], ["self-harm thoughts", "condition"], [p.phone("dot"), "phone"]],
        ["EPDS"], "redact")

    # clean
    body = {"week": 24, "title": "Week 24", "body": "At 24 weeks, your baby is about the size of an ear of corn. Ask your provider about the glucose screening test.",
            "locale": "en-US"}
    add(S, "POST", f"{OBP}/v1/content/weekly", JSONH, J(body), [], ["At 24 weeks, your baby is about the size of an ear of corn."], "pass")
    body = {"app_id": "3148802211", "event": "Prenatal Dashboard", "properties": {"visits_T1": "118", "visits_T2": "204", "visits_T3": "187", "period": "2026-Q1"}}
    add(S, "POST", f"{HEAP}/api/track", JSONH, J(body), [], ["Prenatal Dashboard", "2026-Q1", "204"], "pass")


# ============================================================================= 9. behavioral health / teletherapy / crisis
def behavioral():
    S = "bh"
    p = byname("Jordan")
    body = {"event": "session.started", "session": {"id": "ses_" + alnum(20), "scheduled_for": p.at(),
            "participants": [{"display_name": p.full, "role": "client", "ip": p.ip, "device": {"hostname": "DESKTOP-7Q2K1LM", "os": "Windows 11 23H2"}},
                             {"display_name": "Clinician", "role": "provider"}]}, "intake": {"presenting_problem": p.dx(), "dob": p.dobs("us")}}
    add(S, "POST", f"{TELE}/v1/webhooks/events", JSONH, J(body),
        [[p.full, "name"], [p.at(), "date"], [p.ip, "ip_address"], [p.dx(), "condition"], [p.dobs("us"), "dob"]], ["session.started", "DESKTOP-7Q2K1LM"], "redact")

    p = byname("Renata")
    body = {"room": "waiting-" + alnum(8).lower(), "messages": [{"from": "client", "text": f"Hi, it's {p.full}. My number changed to {p.phone('dash')}, "
            f"and today I'm at my mom's place, {p.street} {p.unit}."}, {"from": "system", "text": "Your clinician will admit you shortly."}]}
    add(S, "POST", f"{TELE}/v1/rooms/chat/export", JSONH, J(body), [[p.full, "name"], [p.phone("dash"), "phone"], [p.street, "address"]],
        ["Your clinician will admit you shortly."], "redact")

    p = nxt("bh")
    body = {"event": "session.ended", "client": {"name": p.full}, "billing": {"diagnosis_code": p.icd(), "member_id": p.mbr, "cpt": "90837"}, "duration_min": 55}
    add(S, "POST", f"{TELE}/v1/webhooks/events", JSONH, J(body), [[p.full, "name"], [p.icd(), "icd10"], [p.mbr, "member_id"]], ["session.ended", "90837"], "redact")

    p = byname("Renata")
    nxt_d = p.appt.date() + timedelta(days=7)
    note = (f"DAP note {TODAY:%m/%d/%Y}. Client: {p.full} (DOB {p.dobs('us')}, MRN {p.mrn}).\nData: reports increased panic attacks at work, 3 this week.\n"
            f"Assessment: {p.dx()} with agoraphobia; denies SI.\nPlan: continue {p.med()} 100 mg; next session {fd(nxt_d, 'us')}. Client reachable at {p.phone('paren')}.")
    body = {"model": "scribe-large", "task": "polish_note", "input": note}
    add(S, "POST", f"{SCRIBE}/v1/notes/polish", JSONH, J(body),
        [[p.full, "name"], [TODAY.strftime("%m/%d/%Y"), "date"], [p.dobs("us"), "dob"], [p.mrn, "mrn"], [p.dx(), "condition"], [fd(nxt_d, "us"), "date"],
         [p.phone("paren"), "phone"]], ["polish_note", "scribe-large"], "redact")

    p1, p2 = byname("Marcus"), byname("Thanh")
    note = (f"Group: DBT skills (Tue). Attendees: {p1.first} {p1.last[0]}., {p2.first} {p2.last[0]}. {p1.first} practiced TIPP; {p2.first} shared urges related to "
            f"{p2.dx()}. Follow-up e-mail to {p2.email}.")
    add(S, "POST", f"{SCRIBE}/v1/notes/summarize", JSONH, J({"input": note, "style": "group"}), [[p1.first, "name"], [p2.first, "name"], [p2.dx(), "condition"], [p2.email, "email"]],
        ["DBT skills"], "redact")

    p = byname("Marisol")
    body = {"referral": {"client": {"name": p.full, "dob": p.dobs("us"), "phone": p.phone("e164"), "address": f"{p.street}, {p.city}, NM {p.zip}", "ssn": p.ssn,
            "medicaid_id": p.mbr, "email": p.email, "mrn": p.mrn}, "risk": "suicidal ideation with plan", "referred_at": "2026-05-12T16:41:00-06:00", "source": "988 warm handoff"}}
    add(S, "POST", f"{CRISIS}/v2/referrals", JSONH, J(body),
        [[p.full, "name"], [p.dobs("us"), "dob"], [p.phone("e164"), "phone"], [p.street, "address"], [p.zip, "zip"], [p.ssn, "ssn"], [p.mbr, "member_id"],
         [p.email, "email"], [p.mrn, "mrn"], ["suicidal ideation", "condition"]], ["988 warm handoff"], "redact")

    p = byname("Gabriel")
    f = form([("caller_name", p.full), ("callback", p.phone("paren")), ("mrn", p.mrn), ("notes", f"relapse risk, {p.dx()} on {p.med()}")])
    add(S, "POST", f"{CRISIS}/v2/sms-handoff", FORMH, f, [[p.full, "name"], [p.phone("paren"), "phone"], [p.mrn, "mrn"], [p.dx(), "condition"], [p.med(), "condition"]],
        [], "redact")

    p = nxt("bh")
    body = {"logs": [{"ts": ts(5), "level": "info", "msg": f"AssessmentService: GAD-7=18 (severe) for {p.email}; flagged generalized anxiety disorder"}]}
    add(S, "POST", f"{BITD}/v1/logs", JSONH, J(body), [[p.email, "email"], ["generalized anxiety disorder", "condition"]], ["AssessmentService"], "redact")

    p = byname("Marisol")
    txt = (f"[2026-05-12 09:12:44] INFO  log dir C:\\Users\\{p.first}.{p.last}\\AppData\\Local\\TeleRoom\\logs\n"
           f"[2026-05-12 09:12:44] INFO  machine={p.first.upper()}-{p.last.upper()}-PC user={p.first.lower()}.{p.last.lower()}\n"
           f"[2026-05-12 09:12:45] WARN  camera 'Integrated Webcam' busy, retrying\n")
    add(S, "POST", f"{MEZMO}/logs/ingest?hostname=teleroom-desktop&now={epoch_ms(5)}", TEXTH, txt, NM(p), ["Integrated Webcam"], "redact")

    p = byname("Renata")
    ident = f"{p.first.lower()}-{p.last.lower()}-{p.dobs('iso')}"
    body = {"room": "tr-" + alnum(6).lower(), "participant_identity": ident, "display_name": p.full, "joined_at": p.at()}
    add(S, "POST", f"{TELE}/v1/rooms/participants", JSONH, J(body), [[p.full, "name"], [p.first.lower(), "name"], [p.last.lower(), "name"], [p.dobs("iso"), "dob"], [p.at(), "date"]],
        [], "redact")

    # clean
    body = {"provider_id": "prv_3381", "slots": ["2026-05-14T15:30:00-06:00", "2026-05-14T16:30:00-06:00", "2026-05-15T09:00:00-06:00"], "modality": "video"}
    add(S, "POST", f"{TELE}/v1/availability", JSONH, J(body), [], ["prv_3381", "2026-05-14T15:30:00-06:00"], "pass")
    body = {"resource": "crisis_card", "text": f"If you are in crisis, call or text 988, or call our after-hours line at {PRACTICE_PHONE}.", "lang": "en"}
    add(S, "POST", f"{CRISIS}/v2/resources", JSONH, J(body), [], [PRACTICE_PHONE, "call or text 988"], "pass")
    body = {"model": "scribe-large", "task": "template", "input": "Create a blank DAP note skeleton with Data, Assessment and Plan headings."}
    add(S, "POST", f"{SCRIBE}/v1/notes/template", JSONH, J(body), [], ["Create a blank DAP note skeleton with Data, Assessment and Plan headings."], "pass")


# ============================================================================= 10. PT home exercise programs (BAA: name, email, date, condition)
def pt_hep():
    S = "pt_hep"
    p = byname("Tomás")
    body = {"patient": {"first": p.first, "last": p.last, "email": p.email, "dob": p.dobs("us"), "mrn": p.mrn},
            "program": {"dx": p.dx(), "start": TODAY.isoformat(), "exercises": [{"id": "EX-1042", "name": "Pendulum", "sets": 3, "reps": 10},
                                                                                {"id": "EX-2210", "name": "Sleeper stretch", "sets": 2, "hold_s": 30}]}}
    add(S, "POST", f"{HEP}/v2/programs", JSONH, J(body),
        NM(p) + [[p.email, "email"], [p.dobs("us"), "dob"], [p.mrn, "mrn"], [p.dx(), "condition"], [TODAY.isoformat(), "date"]], ["EX-1042", "Sleeper stretch"], "redact")

    p = byname("Kaylee")
    body = {"type": "adherence.updated", "patient_email": p.email, "completed": (TODAY - timedelta(days=1)).isoformat(), "pain_score": 4, "sms": p.phone("e164")}
    add(S, "POST", f"{HEP}/v2/webhooks/adherence", JSONH, J(body), [[p.email, "email"], [(TODAY - timedelta(days=1)).isoformat(), "date"], [p.phone("e164"), "phone"]],
        ["adherence.updated"], "redact")

    p = nxt("pt")
    body = {"app_instance_id": devid(hexs(32)), "events": [{"name": "exercise_completed", "params": {"patient_name": p.full, "exercise": "EX-1042", "reps": "10"}}]}
    add(S, "POST", f"{FMP}/mp/collect?firebase_app_id=1:{digits(12)}:android:{hexs(16)}&api_secret={alnum(22)}", JSONH, J(body), [[p.full, "name"]], ["exercise_completed"], "redact")

    p = byname("Delbert")
    body = {"patient": {"name": p.full, "summary": f"{p.first} is {p.age()} and is s/p {p.dx()}; fall risk high."}, "program": {"start": TODAY.isoformat()}}
    add(S, "POST", f"{HEP}/v2/programs", JSONH, J(body), [[p.full, "name"], [p.first, "name"], [str(p.age()), "age_over_89"], [p.dx(), "condition"], [TODAY.isoformat(), "date"]],
        ["fall risk high"], "redact")

    p = byname("Kaylee")
    q = qs([("program", "prg_" + alnum(10)), ("patient", p.full), ("dob", p.dobs("iso"))])
    add(S, "GET", f"{HEP}/share?{q}", {}, "", [[p.full, "name"], [p.dobs("iso"), "dob"]], [], "redact")

    p = byname("Harriet")
    body = {"patient": {"name": p.full, "age": f"{p.age()} years", "home_phone": p.phone("paren")}, "dx": p.dx()}
    add(S, "POST", f"{HEP}/v2/patients", JSONH, J(body), [[p.full, "name"], [str(p.age()), "age_over_89"], [p.phone("paren"), "phone"], [p.dx(), "condition"]], [], "redact")

    # clean
    body = {"library": [{"id": "EX-1042", "name": "Pendulum", "video": "vid_88213", "body_region": "shoulder"}, {"id": "EX-3307", "name": "Heel raises", "video": "vid_90114"}]}
    add(S, "PUT", f"{HEP}/v2/library", JSONH, J(body), [], ["EX-3307", "Heel raises", "vid_90114"], "pass")
    body = {"clinic": "abq-montgomery", "period": "2026-04", "programs_assigned": 288, "avg_adherence": 0.71}
    add(S, "POST", f"{HEP}/v2/stats", JSONH, J(body), [], ["0.71", "programs_assigned"], "pass")


# ============================================================================= 11. prescription-discount card (allow member_id)
def rx_discount():
    S = "rx_discount"
    p = nxt("bh")
    body = {"bin": "610014", "pcn": "MVFPRX", "group": "NMGRP22", "member_id": p.rxmbr,
            "cardholder": {"first": p.first, "last": p.last, "dob": p.dobs("us"), "phone": p.phone("dash"), "email": p.email}}
    add(S, "POST", f"{RXD}/v2/cards/activate", JSONH, J(body),
        [[p.rxmbr, "member_id"]] + NM(p) + [[p.dobs("us"), "dob"], [p.phone("dash"), "phone"], [p.email, "email"]], ["610014", "MVFPRX", "NMGRP22"], "redact")
    p = byname("Gabriel")
    body = {"member_id": p.rxmbr, "drug": "buprenorphine-naloxone 8-2 mg film", "qty": 14, "cardholder": {"first": p.first, "last": p.last, "dob": p.dobs("iso")}}
    add(S, "POST", f"{RXD}/v2/prices", JSONH, J(body), [[p.rxmbr, "member_id"], ["buprenorphine", "condition"]] + NM(p) + [[p.dobs("iso"), "dob"]], ["8-2 mg film"], "redact")
    p = nxt("ob")
    q = qs([("memberId", p.rxmbr), ("zip", p.zip), ("dob", p.dobs("usn"))])
    add(S, "GET", f"{RXD}/v2/card?{q}", {}, "", [[p.rxmbr, "member_id"], [p.zip, "zip"], [p.dobs("usn"), "dob"]], [], "redact")
    # clean
    body = {"ndc": "00093-4155-73", "drug": "amoxicillin 400 mg/5 mL suspension", "qty": 100, "bin": "610014", "pcn": "MVFPRX", "group": "NMGRP22"}
    add(S, "POST", f"{RXD}/v2/prices", JSONH, J(body), [], ["00093-4155-73", "610014", "NMGRP22"], "pass")
    q = qs([("near_zip", PRACTICE_ZIP), ("radius_mi", "5"), ("chain", "any")])
    add(S, "GET", f"{RXD}/v2/pharmacies?{q}", {}, "", [], ["radius_mi", PRACTICE_ZIP], "pass")


# ============================================================================= 12. caregiver / proxy access (BAA: name, email, phone)
def caregiver():
    S = "caregiver"
    p = byname("Isabella")
    body = {"grantor": {"name": "Front desk", "role": "staff"}, "proxy": {"name": p.gfull, "email": p.email, "phone": p.phone("paren"), "relationship": "mother"},
            "dependent": {"name": p.full, "dob": p.dobs("us"), "mrn": p.mrn}, "scope": ["immunizations", "messages", "appointments"]}
    add(S, "POST", f"{CARE}/v1/proxy/invitations", JSONH, J(body),
        [[p.gfull, "name"], [p.email, "email"], [p.phone("paren"), "phone"], [p.full, "name"], [p.dobs("us"), "dob"], [p.mrn, "mrn"]], ["immunizations"], "redact")
    p = byname("Dezbah")
    body = {"actor": p.email, "action": "viewed", "resource": f"mvfp://patient/{p.mrn}/behavioral-health/notes", "ip": p.ip, "at": ts(4)}
    add(S, "POST", f"{CARE}/v1/audit", JSONH, J(body), [[p.email, "email"], [p.mrn, "mrn"], [p.ip, "ip_address"]], ["viewed"], "redact")
    p = nxt("child")
    ev = J([{"key": "proxy_access_granted", "count": 1, "segmentation": {"relationship": "grandmother", "dependent": p.full, "dependent_dob": p.dobs("iso")}}], compact=True)
    q = qs([("app_key", hexs(40)), ("device_id", devid(uuid())), ("events", ev)])
    add(S, "GET", f"{CLY}/i?{q}", IOSH, "", [[p.full, "name"], [p.dobs("iso"), "dob"]], ["proxy_access_granted", "grandmother"], "redact")
    p = byname("Kiona")
    body = {"event": "proxy.scope_reduced", "dependent": {"name": p.full, "dob": p.dobs("long")}, "proxy": {"name": p.gfull, "email": p.email},
            "reason": "minor consent - behavioral health services (age 14+)", "dx_hidden": p.dx()}
    add(S, "POST", f"{CARE}/v1/proxy/events", JSONH, J(body), [[p.full, "name"], [p.dobs("long"), "dob"], [p.gfull, "name"], [p.email, "email"], [p.dx(), "condition"]],
        ["proxy.scope_reduced"], "redact")
    # clean
    body = {"policy": "Proxy access for teens 12-17 is limited to scheduling and immunizations.", "version": "2026-03"}
    add(S, "PUT", f"{CARE}/v1/policies/teen", JSONH, J(body), [], ["Proxy access for teens 12-17 is limited to scheduling and immunizations."], "pass")


# ============================================================================= 13. deep links / URLs / paths (redact)
def deep_links():
    S = "deeplinks"
    p = nxt("child")
    link = f"https://mvfp.app.link/child/{p.first.lower()}-{p.last.lower()}-{p.dobs('iso')}"
    q = qs([("url", link), ("branch_key", "key_live_" + alnum(32))])
    add(S, "GET", f"{BRANCH}/v1/url?{q}", {}, "", [[p.first.lower(), "name"], [p.last.lower(), "name"], [p.dobs("iso"), "dob"]], [], "redact")
    p = nxt("bh")
    txt = f'{ts(6)} web-1 nginx: {p.ip} - - "GET /u/rx/member/{p.rxmbr}/dob/{p.dobs("iso")} HTTP/1.1" 302 0 "-" "{UA_IOS}"\n'
    add(S, "POST", f"{MEZMO}/logs/ingest?hostname=links-edge&now={epoch_ms(6)}", TEXTH, txt, [[p.ip, "ip_address"], [p.rxmbr, "member_id"], [p.dobs("iso"), "dob"]], [], "redact")
    p = byname("Renata")
    seg = quote(f"mvfp://therapy/session/{p.ad('iso')}/client/{p.email}", safe="")
    add(S, "GET", f"{KOCH}/track/v1/deeplink/{seg}?kochava_app_id=komvfp-connect", {}, "", [[p.ad("iso"), "date"], [p.email, "email"]], ["komvfp-connect"], "redact")
    p = nxt("pt")
    ev = J([{"key": "[CLY]_view", "count": 1, "segmentation": {"name": f"/patients/{p.mrn}/pt/{quote(p.dx())}", "start": 1}}], compact=True)
    q = qs([("app_key", hexs(40)), ("device_id", devid(uuid())), ("events", ev)])
    add(S, "GET", f"{CLY}/i?{q}", {}, "", [[p.mrn, "mrn"], [p.dx(), "condition"]], [], "redact")
    p = nxt("ob")
    body = {"branch_key": "key_live_" + alnum(32), "data": {"$ios_url": f"mvfp://ob/appointment/{p.ad('iso')}?patient={quote(p.full)}&phone={quote(p.phone('e164'))}"}}
    add(S, "POST", f"{BRANCH}/v1/url", JSONH, J(body), [[p.ad("iso"), "date"], [p.full, "name"], [p.phone("e164"), "phone"]], [], "redact")
    # clean
    q = qs([("url", "mvfp://clinics/abq-montgomery?utm_source=sms&utm_campaign=flu2026"), ("branch_key", "key_live_" + alnum(32))])
    add(S, "GET", f"{BRANCH}/v1/url?{q}", {}, "", [], ["flu2026", "abq-montgomery"], "pass")
    ev = J([{"key": "[CLY]_view", "count": 1, "segmentation": {"name": f"https://{SITE}/articles/asthma-action-plan", "visit": 1}}], compact=True)
    q = qs([("app_key", hexs(40)), ("device_id", devid(uuid())), ("events", ev)])
    add(S, "GET", f"{CLY}/i?{q}", {}, "", [], ["asthma-action-plan"], "redact")   # only the device id


# ============================================================================= 14. MDM (redact, nothing allowed)
def mdm():
    S = "mdm"
    ipad_sn = "DMPX" + alnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    body = {"computers": [{"name": "PEDS-EXAM-03", "serialNumber": ipad_sn, "model": "iPad (10th generation)", "osVersion": "17.4.1"},
                          {"name": "PT-GYM-KIOSK-01", "serialNumber": "F9FZ" + alnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "model": "iPad Air (5th generation)"}]}
    add(S, "POST", f"{JAMF}/api/v1/mobile-devices/inventory", JSONH, J(body), [], ["PEDS-EXAM-03", "PT-GYM-KIOSK-01", "iPad (10th generation)", ipad_sn], "pass")
    body = {"value": [{"deviceName": "MVFP-FD-02", "serialNumber": "5CG" + digits(7), "complianceState": "compliant", "osVersion": "10.0.22631.3447"},
                      {"deviceName": "MVFP-PT-GYM-01", "serialNumber": "PF3" + alnum(5, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "complianceState": "noncompliant"}]}
    add(S, "POST", f"{INTUNE}/beta/deviceManagement/managedDevices/sync", JSONH, J(body), [], ["MVFP-FD-02", "10.0.22631.3447", "noncompliant"], "pass")
    p = byname("Delbert")
    body = {"deviceName": "RPM Loaner 07", "serialNumber": "DMQ" + digits(9), "assignedUser": {"realname": p.full, "email": p.email, "phone": p.phone("dash"),
            "position": "Patient - RPM"}, "location": {"building": "Home", "room": f"{p.street}, {p.city} NM {p.zip}"}}
    add(S, "PUT", f"{JAMF}/JSSResource/mobiledevices/id/{R.randint(100, 999)}", JSONH, J(body),
        [[p.full, "name"], [p.email, "email"], [p.phone("dash"), "phone"], [p.street, "address"], [p.zip, "zip"]], ["RPM Loaner 07"], "redact")
    p = nxt("bh")
    body = {"deviceName": f"{p.first}'s iPad", "userPrincipalName": p.email, "enrollmentType": "userEnrollment", "model": "iPad mini (6th generation)"}
    add(S, "POST", f"{INTUNE}/beta/deviceManagement/managedDevices", JSONH, J(body), [[p.first, "name"], [p.email, "email"]], ["iPad mini (6th generation)"], "redact")
    us_sn = "VE10-" + digits(6)
    body = {"assets": [{"tag": "MVFP-EQ-0041", "desc": "GE Voluson E10 ultrasound", "serial": us_sn, "room": "OB-2"},
                       {"tag": "MVFP-EQ-0057", "desc": "seca 334 infant scale", "serial": "5" + digits(12), "room": "PEDS-1"}]}
    add(S, "POST", f"{JAMF}/api/v1/inventory/assets", JSONH, J(body), [], ["MVFP-EQ-0041", "GE Voluson E10 ultrasound", "seca 334 infant scale", us_sn], "pass")
    body = {"sites": [{"id": "abq-montgomery", "lat": CLINIC_LAT, "lon": CLINIC_LON, "address": f"{PRACTICE_ADDR}, {PRACTICE_CITY}"},
                      {"id": "rr-unser", "lat": RR_LAT, "lon": RR_LON, "address": f"{RR_ADDR}, Rio Rancho, NM 87124"}], "geofence_m": 150}
    add(S, "PUT", f"{INTUNE}/beta/deviceManagement/geofences", JSONH, J(body), [], [CLINIC_LAT, RR_LON, PRACTICE_ADDR, RR_ADDR], "pass")


# ============================================================================= 15. mobile log shippers (redact, nothing allowed)
def mobile_logs():
    S = "mobile_logs"
    p = nxt("bh")
    body = {"logs": [{"ts": ts(7), "level": "info", "msg": "login ok", "fields": {"user": p.email, "client_ip": p.ip, "app_version": APP_VER}}]}
    add(S, "POST", f"{BITD}/v1/logs", JSONH, J(body), [[p.email, "email"], [p.ip, "ip_address"]], ["login ok"], "redact")
    p = nxt("child")
    txt = f"{ts(7)} I/ApiClient: GET /v2/children/{p.mrn}/growth?dob={p.dobs('iso')} 200 (212ms)\n"
    add(S, "POST", f"{MEZMO}/logs/ingest?hostname=mvfp-android&now={epoch_ms(7)}", TEXTH, txt, [[p.mrn, "mrn"], [p.dobs("iso"), "dob"]], ["I/ApiClient"], "redact")
    p = nxt("bh")
    state = {"patients": {"active": {"name": p.full, "dob": p.dobs("us"), "phone": p.phone("dot")}}}
    txt = f" action patients/setActive @ 14:03:11.482\n next state {J(state, compact=True)}\n"
    add(S, "POST", f"{MEZMO}/logs/ingest?hostname=mvfp-ios&now={epoch_ms(7)}", TEXTH, txt, [[p.full, "name"], [p.dobs("us"), "dob"], [p.phone("dot"), "phone"]],
        ["patients/setActive"], "redact")
    p = nxt("child")
    dump = f"--> POST https://api.{SITE}/v2/intake\nContent-Type: application/json\n{J({'guardian': p.gfull, 'guardian_ssn': p.ssn, 'child_first': p.first}, compact=True)}\n--> END POST"
    body = {"logs": [{"ts": ts(8), "level": "debug", "tag": "OkHttp", "msg": dump}]}
    add(S, "POST", f"{BITD}/v1/logs", JSONH, J(body), [[p.gfull, "name"], [p.ssn, "ssn"], [p.first, "name"]], ["OkHttp"], "redact")
    # clean
    txt = (f"{ts(9)} I/ActivityManager: Start proc 8211:{BUNDLE}/u0a231 for activity\n{ts(9)} D/OpenGLRenderer: Davey! duration=812ms\n"
           f"{ts(9)} I/art: Background concurrent copying GC freed 12044(1011KB)\n")
    add(S, "POST", f"{MEZMO}/logs/ingest?hostname=mvfp-android&now={epoch_ms(9)}", TEXTH, txt, [], ["u0a231", "duration=812ms"], "pass")
    body = {"logs": [{"ts": ts(9), "level": "info", "msg": "flags fetched", "fields": {"growth_v2": True, "teletherapy_pip": False, "app_version": APP_VER, "fetch_ms": 143}}]}
    add(S, "POST", f"{BITD}/v1/logs", JSONH, J(body), [], ["flags fetched", "teletherapy_pip"], "pass")


# ============================================================================= 16. more clean look-alikes
def more_clean():
    S = "clean_misc"
    body = {"app_id": uuid(), "included_segments": ["OB Patients Opted In"], "contents": {"en": "New: prenatal yoga at our Rio Rancho clinic, Thursdays 6 PM."}}
    add(S, "POST", f"{OSIG}/api/v1/notifications", JSONH, J(body), [], ["OB Patients Opted In", "prenatal yoga"], "pass")
    body = {"order_id": "MVFP-ORD-2026-004417", "tracking": "1Z999AA10123456784", "items": [{"sku": "BP7350", "qty": 25, "unit_price": "39.95"}]}
    add(S, "POST", f"{RPM}/v1/inventory/orders", JSONH, J(body), [], ["MVFP-ORD-2026-004417", "1Z999AA10123456784", "39.95"], "pass")
    body = {"provider": {"npi": GROUP_NPI, "name": PRACTICE, "phone": PRACTICE_PHONE_DASH, "address": PRACTICE_ADDR, "zip": PRACTICE_ZIP}}
    add(S, "PUT", f"{CRISIS}/v2/partners/self", JSONH, J(body), [], [GROUP_NPI, PRACTICE_PHONE_DASH, PRACTICE_ADDR], "pass")
    body = {"event_id": hexs(32), "release": f"{BUNDLE}@{APP_VER}+{BUILD_NO}", "message": "Slow frame rendering on ScheduleScreen", "level": "warning",
            "tags": {"device.family": "iOS", "device.model": "iPhone12,1", "os": "iOS 16.7.8"}}
    add(S, "POST", f"{SENTRY}/api/4507118/store/", JSONH, J(body), [], ["Slow frame rendering on ScheduleScreen", "iPhone12,1"], "pass")
    body = {"aps": {"alert": {"title": "Clinic update", "body": "Our Rio Rancho clinic opens at 10 AM on May 26."}}, "category": "CLINIC_NEWS"}
    add(S, "POST", f"{APNS}/3/device/{devid(hexs(64))}", {**JSONH, "apns-topic": BUNDLE, "apns-push-type": "alert"}, J(body), [], ["Our Rio Rancho clinic opens at 10 AM on May 26."], "pass")
    body = {"events": [{"event_type": "screen_view", "data": {"screen_name": "TherapyFinder", "custom_attributes": {"filter": "spanish_speaking", "results": "7"}}}]}
    add(S, "POST", f"{MPB}/v2/us1-{hexs(8)}/events", JSONH, J(body), [], ["TherapyFinder", "spanish_speaking"], "pass")
    body = {"session": {"id": "ses_" + alnum(20), "bitrate_kbps": 1450, "packet_loss_pct": 0.4, "codec": "VP8", "resolution": "1280x720"}}
    add(S, "POST", f"{TELE}/v1/quality", JSONH, J(body), [], ["1280x720", "VP8"], "pass")
    body = {"program": "prg_template_knee", "exercises": ["EX-1042", "EX-3307"], "cohort_stats": {"median_age": 64, "n": 118, "completion_rate": 0.68}}
    add(S, "POST", f"{HEP}/v2/templates", JSONH, J(body), [], ["prg_template_knee", "0.68"], "pass")
    f = form([("s2s", "1"), ("app_token", "mvfpconnect1"), ("event_token", "rev01x"), ("revenue", "4.99"), ("currency", "USD"), ("environment", "production")])
    add(S, "POST", f"{ADJ}/event", FORMH, f, [], ["rev01x", "4.99"], "pass")
    body = {"ticket": "MVFP-IT-3391", "device": "MVFP-OB-US-01", "issue": "Voluson probe firmware update 1.3.7 failed", "serial": "VE10-" + digits(6)}
    add(S, "POST", f"{INTUNE}/beta/deviceManagement/tickets", JSONH, J(body), [], ["MVFP-IT-3391", "MVFP-OB-US-01", "1.3.7"], "pass")
    body = {"logs": [{"ts": ts(11), "level": "warn", "msg": "BLE scan found 0 peripherals in 10000 ms", "fields": {"adapter_state": "poweredOn"}}]}
    add(S, "POST", f"{BITD}/v1/logs", JSONH, J(body), [], ["BLE scan found 0 peripherals in 10000 ms"], "pass")
    body = {"screening_tool": "PHQ-9", "clinic_period": "2026-Q1", "screened": 1288, "positive_rate": 0.21, "by_age_band": {"18-29": 402, "30-44": 511, "45-64": 311, "65+": 64}}
    add(S, "POST", f"{SCRIBE}/v1/reports/aggregate", JSONH, J(body), [], ["2026-Q1", "0.21", "18-29"], "pass")


def more_clean2():
    S = "clean_misc"
    body = {"name": "growth_chart_v2", "rollout_pct": 25, "platforms": ["ios", "android"], "min_app_version": "4.18.0"}
    add(S, "PUT", f"{HEAP}/api/flags/growth_chart_v2", JSONH, J(body), [], ["growth_chart_v2", "4.18.0"], "pass")
    txt = ("Vaccine storage log - Rio Rancho\nFridge 2 (VFC) min 2.9C max 6.1C 2026-05-12 07:30\nFreezer 1 min -21.4C max -17.0C\nLot UK481AA exp 2026-11-30 count 22\n")
    add(S, "POST", f"{MEZMO}/logs/ingest?hostname=rr-vaccine-fridge&now={epoch_ms(12)}", TEXTH, txt, [], ["Fridge 2 (VFC)", "UK481AA"], "pass")
    body = {"type": "rpm.device.returned", "device": {"model": "BP7350", "condition": "good", "restock_bin": "ABQ-B2"}, "ticket": "RMA-26-0412"}
    add(S, "POST", f"{RPM}/v1/inventory/returns", JSONH, J(body), [], ["RMA-26-0412", "ABQ-B2"], "pass")
    add(S, "POST", f"{OSIG}/api/v1/notifications", JSONH, J({"app_id": "5e0c1a4e-6a7b-4c8d-9e0f-112233445566", "included_segments": ["Visited Last 7 Days"],
        "contents": {"en": "How was your visit? Tap to rate us (takes 1 minute)."}}), [], ["Visited Last 7 Days", "How was your visit? Tap to rate us (takes 1 minute)."], "pass")
    body = {"report": "teletherapy_no_show", "period": "2026-04", "sessions": 1412, "no_show_rate": 0.083, "by_weekday": {"Mon": 0.11, "Fri": 0.07}}
    add(S, "POST", f"{TELE}/v1/reports", JSONH, J(body), [], ["teletherapy_no_show", "0.083"], "pass")
    body = {"catalog": [{"cvx": "03", "name": "MMR", "manufacturer": "Merck", "ndc": "00006-4681-00"}, {"cvx": "21", "name": "varicella", "ndc": "00006-4827-00"}]}
    add(S, "GET", f"{IIS}/iis/v1/catalog?format=json", {}, "", [], [], "pass")
    add(S, "POST", f"{SCHOOL}/v1/forms/catalog", JSONH, J(body), [], ["00006-4681-00", "Merck"], "pass")


# ============================================================================= 17. unknown hosts (deny)
def unknown_hosts():
    S = "unknown_host"
    p = nxt("bh")
    add(S, "POST", "http://api.free-mood-tracker.example/v1/entries", JSONH, J({"user": p.email, "mood": 2, "dx": p.dx()}),
        [[p.email, "email"], [p.dx(), "condition"]], [], "deny")
    p = nxt("child")
    add(S, "GET", f"http://links.shortener-unknown.example/r?to={quote('mvfp://child/' + p.mrn)}", {}, "", [[p.mrn, "mrn"]], [], "deny")
    add(S, "POST", "http://inapps.appsflyer.com.evil-mirror.example/inappevent/x", JSONH, J({"eventName": "af_install"}), [], [], "deny")
    p = nxt("ob")
    add(S, "POST", "http://api.babyname-ideas.example/v1/save", JSONH, J({"mom": p.full, "due": p.edd.isoformat()}),
        [[p.full, "name"], [p.edd.isoformat(), "date"]], [], "deny")
    add(S, "GET", "http://cdn.unknown-sdk-telemetry.example/ping?v=4.18.2", {}, "", [], [], "deny")
    p = nxt("pt")
    add(S, "POST", "http://hooks.random-automation.example/catch/991", FORMH, form([("name", p.full), ("phone", p.phone("dash"))]),
        [[p.full, "name"], [p.phone("dash"), "phone"]], [], "deny")
    add(S, "PUT", "http://192-0-2-10.nip-like.example/upload", {"Content-Type": "application/octet-stream"}, b"\x00\x01\x02binary", [], [], "deny")
    p = nxt("bh")
    add(S, "POST", "http://api.onesignal.co/api/v1/notifications", JSONH, J({"contents": {"en": f"{p.first}, session moved"}}), [[p.first, "name"]], [], "deny")


# ============================================================================= 17b. the same families, other encodings
def extras():
    S = "extras"
    p = byname("Ximena")
    body = {"logs": [{"severity": "warn", "body": f"IntakeForm: guardian {p.gfull} ({p.phone('paren')}) skipped consent step", "attributes": {"emb.type": "sys.log"}}]}
    add(S, "POST", f"{EMB}/v2/logs", {**JSONH, **ANDH, "Content-Encoding": "gzip"}, gzip.compress(J(body).encode(), mtime=0),
        [[p.gfull, "name"], [p.phone("paren"), "phone"]], [], "block")
    p = nxt("bh")
    body = {"user_identities": {"email": p.email}, "events": [{"event_type": "custom_event", "data": {"event_name": "Mood Logged", "custom_attributes": {"mood": "2"}}}]}
    add(S, "POST", f"{MPB}/v2/us1-{hexs(8)}/events", {**JSONH, "Content-Encoding": "gzip"}, gzip.compress(J(body).encode(), mtime=0),
        [[p.email, "email"]], ["Mood Logged"], "redact")
    p = byname("Ximena")
    body = {"app_id": uuid(), "include_aliases": {"external_id": [p.mrn]}, "contents": {"es": f"Hola {p.gfirst}, la cita de {p.first} es el {p.ad('us')} a las 10:30."},
            "headings": {"es": "Recordatorio de cita"}}
    add(S, "POST", f"{OSIG}/api/v1/notifications", JSONH, J(body), [[p.mrn, "mrn"], [p.gfirst, "name"], [p.first, "name"], [p.ad("us"), "date"]],
        ["Recordatorio de cita"], "redact")
    p = nxt("pt")
    x = (f'<?xml version="1.0"?><BPReadings><Device Model="HEM-7342T" Serial="{(sn := "20" + digits(8))}"/><Patient><PatientName>{xesc(p.last)}, {xesc(p.first)}</PatientName>'
         f'<PatientID>{p.mrn}</PatientID><HomePhone>{p.phone("dash")}</HomePhone></Patient><Reading Sys="151" Dia="94" Pulse="71"/></BPReadings>')
    add(S, "POST", f"{RPM}/v1/omron/xml", XMLH, x, [[sn, "device_id"], [p.last, "name"], [p.first, "name"], [p.mrn, "mrn"], [p.phone("dash"), "phone"]], ["HEM-7342T"], "redact")
    p = byname("Ximena")
    body = {"query": {"profile": "Z34", "patient": {"last": p.last, "first": p.first, "dob": p.dobs("d8")}, "mother": {"first": p.gfirst, "last": p.last}}}
    add(S, "POST", f"{IIS}/iis/v1/query", JSONH, J(body), NM(p) + [[p.dobs("d8"), "dob"], [p.gfirst, "name"]], ["Z34"], "pass")
    p = nxt("child")
    body = {"aps": {"alert": {"title-loc-key": "IMMUNIZATION_DUE", "title-loc-args": [p.first], "loc-key": "IMMUNIZATION_DUE_BODY", "loc-args": [p.first, p.ad("long")]}},
            "child_ref": p.mrn}
    add(S, "POST", f"{APNS}/3/device/{devid(hexs(64))}", {**JSONH, "apns-topic": BUNDLE, "apns-push-type": "alert"}, J(body), [[p.first, "name"], [p.ad("long"), "date"], [p.mrn, "mrn"]],
        ["IMMUNIZATION_DUE_BODY"], "redact")


SCENARIOS = [crash_reporters, attribution, app_analytics, push, rpm, registry, pediatrics, ob, behavioral, pt_hep, rx_discount, caregiver, deep_links,
             mdm, mobile_logs, extras, more_clean, more_clean2, unknown_hosts]


def policy():
    return {"destinations": [
        {"name": "crash-reporters", "hosts": ["crashlyticsreports-pa.googleapis.com", "*.ingest.us.sentry.io", "api.instabug.com", "data.emb-api.com", "in.appcenter.ms",
                                              "api.bugsee.com"], "allow": [], "on_violation": "block"},
        {"name": "attribution", "hosts": ["*.appsflyer.com", "app.adjust.com", "api2.branch.io", "control.kochava.com", "s2s.singular.net"], "allow": [], "on_violation": "redact"},
        {"name": "app-analytics", "hosts": ["app-measurement.com", "mvfp.count.ly", "*.mparticle.com", "api.heap-mobile.example"], "allow": [], "on_violation": "redact"},
        {"name": "push", "hosts": ["onesignal.com", "go.urbanairship.com", "api.push.apple.com", "cp.pushwoosh.com"], "allow": ["device_id"], "on_violation": "redact"},
        {"name": "rpm", "hosts": ["ingest.desertpulse-rpm.example", "api.glucolink-cloud.example"], "allow": ["mrn", "device_id", "date", "condition"], "on_violation": "redact"},
        {"name": "immunization-registry", "hosts": ["nmsiis.health-gateway.example"], "allow": ["all"], "on_violation": "block"},
        {"name": "pt-hep", "hosts": ["api.hep-builder.example"], "allow": ["name", "email", "date", "condition"], "on_violation": "redact"},
        {"name": "teletherapy", "hosts": ["api.telepsych-rooms.example"], "allow": ["name", "date"], "on_violation": "redact"},
        {"name": "ai-scribe", "hosts": ["api.notescribe-ai.example"], "allow": ["name", "date", "condition"], "on_violation": "redact"},
        {"name": "crisis-partner", "hosts": ["referrals.crisis-bridge.example"], "allow": ["name", "phone", "dob", "condition", "date", "address", "zip"], "on_violation": "redact"},
        {"name": "rx-discount", "hosts": ["api.rxsaver-card.example"], "allow": ["member_id"], "on_violation": "redact"},
        {"name": "school-forms", "hosts": ["api.sportsforms-k12.example"], "allow": ["name", "dob"], "on_violation": "redact"},
        {"name": "ob-partner", "hosts": ["api.bumptrack-ob.example"], "allow": ["name", "email", "date", "dob"], "on_violation": "redact"},
        {"name": "caregiver-portal", "hosts": ["api.caregiverlink.example"], "allow": ["name", "email", "phone"], "on_violation": "redact"},
        {"name": "mdm", "hosts": ["*.jamfcloud.com", "graph.intune-mdm.example"], "allow": [], "on_violation": "redact"},
        {"name": "chart-render", "hosts": ["api.chartrender.example"], "allow": [], "on_violation": "redact"},
        {"name": "mobile-logs", "hosts": ["api.bitdrift.io", "logs.mezmo.com"], "allow": [], "on_violation": "redact"}],
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
    if c["headers"].get("Content-Encoding") == "gzip": body = gzip.decompress(body)
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
        ct = c["headers"].get("Content-Type", "")
        if "body" in c and ct.startswith("application/json") and c["body"]:
            try: json.loads(c["body"])
            except Exception: print(f"selfcheck: {c['id']} body is not JSON", file=sys.stderr); bad += 1
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
                if _present(pv, v) or _present(v, pv): print(f"selfcheck: {c['id']} control {v!r} overlaps phi {pv!r}", file=sys.stderr); bad += 1
        d = _dest_of(pol, urlsplit(c["url"]).hostname)
        if d is not None and "all" not in d["allow"]:
            keep = [v for v, k in c["phi"] if k in d["allow"]] + c["controls"]
            for v, k in c["phi"]:
                if k not in d["allow"] and any(_present(v, kv) for kv in keep):
                    print(f"selfcheck: {c['id']} disallowed {k} {v!r} is inside a value that must be kept", file=sys.stderr); bad += 1
        if d is None and c["expect"] != "deny": print(f"selfcheck: {c['id']} host has no destination", file=sys.stderr); bad += 1
        if d is not None and c["expect"] == "deny": print(f"selfcheck: {c['id']} deny case but host matches {d['name']}", file=sys.stderr); bad += 1
        dis = [k for _, k in c["phi"]] if d is None else [k for _, k in c["phi"] if "all" not in d["allow"] and k not in d["allow"]]
        if c["expect"] == "redact" and not dis: print(f"selfcheck: {c['id']} redact case without disallowed PHI", file=sys.stderr); bad += 1
        if c["expect"] == "pass" and dis: print(f"selfcheck: {c['id']} pass case with disallowed PHI {dis}", file=sys.stderr); bad += 1
        if c["expect"] == "block" and (d is None or d["on_violation"] != "block" or not dis):
            print(f"selfcheck: {c['id']} block case but destination does not block or nothing disallowed", file=sys.stderr); bad += 1
        if c["expect"] in ("redact", "pass") and d is not None and d["on_violation"] == "block" and dis:
            print(f"selfcheck: {c['id']} disallowed PHI at a blocking destination must expect block", file=sys.stderr); bad += 1
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
    print(f"{len(CASES)} cases -> {out}  {ex}  clean={clean_n} ({100 * clean_n / len(CASES):.0f}%)" + (f"  SELF-CHECK PROBLEMS: {bad}" if bad else ""))


if __name__ == "__main__":
    main()
