#!/usr/bin/env python3
"""probe22: outbound traffic of a family-medicine, dental and vision practice (Scioto Valley Family
Health & Vision, Columbus and Springfield OH) in vendor payloads none of the earlier probes (12-21) used:
  * CRM / work management: Zoho CRM upsert and Zoho Desk tickets (BAA, name/email/phone), Monday.com
    GraphQL column_values (JSON in a string), ClickUp custom fields, Basecamp HTML to-dos, Pipedrive
    notes (nothing allowed);
  * e-mail templates: Mailjet v3.1 Variables, Brevo transactional params, Postmark TemplateModel;
  * telehealth video session metadata: Vonage Video (OpenTok) sessions / connection data / archives,
    Daily.co rooms, meeting tokens and webhooks;
  * analytics: Google Analytics Data Import CSV uploads (hashed e-mails), Adobe Experience Platform
    Web SDK interact (XDM, identityMap), Tealium iQ datacloud GET beacons; Salesforce Marketing
    Cloud journey entry events and async data-extension rows (e-mail only);
  * EHR partner (BAA, partial allow list): Cerner/Oracle Health-like proprietary JSON (/Date(ms)/
    dates, float ids, alias pools), NextGen-like persons, Kareo SOAP CreatePatient, Tebra-like JSON;
  * lab interface JSON (Quest-/Labcorp-like orders and results) to an allow-all partner (pass);
  * eFax Developer-like XML (cover comments, base64 file), dental (Open Dental-, Dentrix Ascend-
    like, ADA claim JSON) and vision systems (RevolutionEHR-, Eyefinity-like), pharmacy refill
    webhooks signed with HMAC headers;
  * patient-intake PDFs as pdftotext -layout text (labels above values, checkboxes) to a doc-AI API;
  * OIDC userinfo with standard and namespaced claims, SAML ArtifactResponse SOAP with a raw
    assertion, Svix-/Hookdeck-signed webhooks to automation platforms;
  * CloudEvents: structured, batch and binary mode (ce- headers) to Azure Event Grid;
    MQTT-over-HTTP bridges (EMQX publish API, HiveMQ REST) with AsyncAPI-style payloads;
  * observability: Elasticsearch _bulk and _search, OpenSearch _doc, ClickHouse INSERT over HTTP
    (query in URL, JSONEachRow, VALUES), InfluxDB line protocol with escaped tag values, DogStatsD
    lines over HTTP, Graphite plaintext over HTTP;
  * XML SOAP eligibility with WS-Security UsernameToken, EDIFACT to an international travel-
    assistance partner (passport numbers);
  * free text in Hindi (Latin script), Somali, Haitian Creole, Amharic, Farsi (Persian digits) and
    Ukrainian mixed with English, to a translation API and a secure-messaging vendor;
  * error trackers that block (Backtrace, Flare, Highlight);
  * clean look-alikes (over a quarter): ids, order numbers, UUIDs, timestamps, versions, prices,
    CDT codes and lens prescriptions, the practice's own phone / address / NPI, staff signatures,
    health-education text in those languages, aggregate statistics;
  * unknown hosts (deny).

The roster (roster.csv) lists only every other patient, so exact matching covers about half.
Values inside base64 that a vendor would decode but the harness cannot are listed as the base64 blob
itself, under the most sensitive category inside it.
Format of the output: see /work/shared/eval/gen_example.py (policy.json, cases.jsonl, roster.csv).
Usage: probe22_gen.py OUT_DIR   (deterministic: seed 220022)"""
import base64, hashlib, hmac, json, os, random, re, sys
from datetime import date, datetime, timedelta, timezone
from urllib.parse import quote, unquote_plus, urlsplit

R = random.Random(220022)

# ----------------------------------------------------------------------------- the practice
SITE = "sciotovalleyhealth.org"
PORTAL = "https://my.sciotovalleyhealth.org"
PRACTICE = "Scioto Valley Family Health & Vision"
PRACTICE_ADDR = "2450 Cleveland Ave Suite 120"
PRACTICE_CITY = "Columbus, OH 43211"
PRACTICE_ZIP = "43211"
PRACTICE_PHONE = "(614) 273-4800"
PRACTICE_PHONE_DASH = "614-273-4800"
PRACTICE_FAX = "(614) 273-4801"
SPR_ADDR = "1130 E High St"
SPR_PHONE = "(937) 390-2210"
BUILD = "5.12.3"
STAFF = [("Adaeze", "Nwosu", "MD"), ("Bradley", "Stumbo", "DO"), ("Mahlet", "Worku", "CNP"), ("Kavita", "Raghunathan", "OD"),
         ("Yusuf", "Hersi", "DDS"), ("Sheila", "Bickford", "Practice Manager"), ("Nadiya", "Kovalenko", "RN")]

# (first, middle, last, sex)
NAMES = [
    ("Wideline", "", "Pierre-Louis", "F"), ("Jean-Baptiste", "", "Dorvilus", "M"), ("Faadumo", "Cali", "Guuleed", "F"), ("Axmed", "Maxamuud", "Nuur", "M"),
    ("Anjali", "", "Deshpande", "F"), ("Vikram", "", "Chaudhary", "M"), ("Meseret", "", "Tadesse", "F"), ("Yonas", "", "Gebremedhin", "M"),
    ("Parisa", "", "Farahani", "F"), ("Dariush", "", "Moghaddam", "M"), ("Oksana", "", "Hrytsenko", "F"), ("Taras", "", "Melnyk", "M"),
    ("Bhim Bahadur", "", "Ghalley", "M"), ("Dil Maya", "", "Rai", "F"), ("Dwayne", "", "Hensley", "M"), ("Tammy Sue", "", "Caudill", "F"),
    ("Jamal", "", "Whitfield", "M"), ("Keisha", "", "Thornton", "F"), ("Eli", "", "Yoder", "M"), ("Guadalupe", "", "Carrillo", "F"),
    ("Ji-hoon", "", "Baek", "M"), ("Rodelio", "", "Manalastas", "M"), ("Rania", "", "Haddad", "F"), ("Mohamed Lamine", "", "Diallo", "M"),
    ("Halyna", "", "Savchuk", "F"), ("Cody", "", "Bowling", "M"), ("Precious", "", "Adeyemi", "F"), ("Lan", "", "Pham", "F"),
    ("Summer", "", "Banks", "F"), ("Faith", "", "Wood", "F"), ("Agnes", "", "Kowalczyk", "F"), ("Harold", "", "Stumpf", "M"),
    ("Marie-Ange", "", "Joseph", "F"), ("Fritznel", "", "Augustin", "M"), ("Hamdi", "", "Jaamac", "F"), ("Selamawit", "", "Bekele", "F"),
    ("Shirin", "", "Rahimi", "F"), ("Iryna", "", "Shevchuk", "F"), ("Sunil Kumar", "", "Yadav", "M"), ("Brittany", "", "McCoy", "F"),
]
NATIVE = {10: "Оксана Гриценко", 11: "Тарас Мельник", 37: "Ірина Шевчук", 24: "Галина Савчук", 6: "መሰረት ታደሰ", 35: "ሰላማዊት በቀለ",
          7: "ዮናስ ገብረመድህን", 8: "پریسا فراهانی", 36: "شیرین رحیمی", 9: "داریوش مقدم"}
AREAS = [614, 614, 614, 380, 937, 740]
STREETS = ["Karl Rd", "Morse Rd", "E Dublin-Granville Rd", "Sullivant Ave", "Parsons Ave", "Refugee Rd", "Cleveland Ave", "N High St",
           "E Main St", "Hamilton Rd", "Westerville Rd", "S Limestone St", "Lagonda Ave", "W Broad St", "Brice Rd", "Agler Rd"]
UNITS = ["Apt 3B", "Apt 12", "Unit 204", "#7", "Apt C", "Lot 31", "Apt 1108", "Unit F"]
CITIES = [("Columbus", ["43207", "43211", "43219", "43224", "43229", "43231", "43232", "43204", "43223"]), ("Springfield", ["45503", "45504", "45505", "45506"]),
          ("Whitehall", ["43213"]), ("Reynoldsburg", ["43068"]), ("Gahanna", ["43230"]), ("Westerville", ["43081"])]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "osu.edu", "wowway.com", "proton.me"]
CONDS = [  # icd10, diagnosis text, med
    ("E11.9", "type 2 diabetes", "metformin"), ("B20", "HIV disease", "Biktarvy"), ("F32.1", "major depressive disorder", "sertraline"),
    ("O09.523", "high-risk pregnancy", "prenatal vitamins"), ("B18.1", "chronic hepatitis B", "tenofovir"), ("D57.1", "sickle cell disease", "hydroxyurea"),
    ("F10.20", "alcohol use disorder", "naltrexone"), ("A15.0", "pulmonary tuberculosis", "isoniazid"), ("I10", "hypertension", "amlodipine"),
    ("F43.10", "post-traumatic stress disorder", "prazosin"), ("H40.1131", "primary open-angle glaucoma", "latanoprost"), ("E10.9", "type 1 diabetes", "insulin glargine"),
    ("K05.30", "chronic periodontitis", "chlorhexidine"), ("N18.4", "chronic kidney disease stage 4", "furosemide"), ("F20.9", "schizophrenia", "risperidone"),
    ("Z21", "asymptomatic HIV infection", "Descovy"), ("C50.911", "breast cancer", "tamoxifen"), ("G40.909", "epilepsy", "levetiracetam"),
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
HT_M = ["janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb", "novanm", "desanm"]
UA = "Mozilla/5.0 (Linux; Android 14; SM-A146U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36"
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


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
TAX_ID = f"31-{digits(7)}"


def staff(i, style="dr"):
    f, l, c = STAFF[i % len(STAFF)]
    if style == "dr": return f"Dr. {f} {l}" if c in ("MD", "DO", "OD", "DDS") else f"{f} {l}, {c}"
    if style == "full": return f"{f} {l}, {c}"
    if style == "email": return f"{f[0].lower()}{re.sub('[^a-z]', '', l.lower())}@{SITE}"
    if style == "npi": return STAFF_NPI[i % len(STAFF)]
    return f"{f} {l}"


def fd(d, style):
    m, dd, y = d.month, d.day, d.year
    return {"iso": f"{y}-{m:02d}-{dd:02d}", "us": f"{m:02d}/{dd:02d}/{y}", "usn": f"{m}/{dd}/{y}", "us2": f"{m}/{dd}/{y % 100:02d}",
            "dot": f"{dd:02d}.{m:02d}.{y}", "dmon": f"{dd} {MONTHS[m - 1][:3]} {y}", "long": f"{MONTHS[m - 1]} {dd}, {y}",
            "d8": f"{y}{m:02d}{dd:02d}", "isot": f"{y}-{m:02d}-{dd:02d}T00:00:00", "isoz": f"{y}-{m:02d}-{dd:02d}T00:00:00.000Z",
            "ms": str(int(datetime(y, m, dd, tzinfo=timezone.utc).timestamp()) * 1000), "dash": f"{m:02d}-{dd:02d}-{y}",
            "ymds": f"{y}/{m:02d}/{dd:02d}", "ora": f"{dd:02d}-{MONTHS[m - 1][:3].upper()}-{y}", "mon": f"{MONTHS[m - 1][:3]} {dd} {y}",
            "dmy": f"{dd:02d}/{m:02d}/{y}", "mdy8": f"{m:02d}{dd:02d}{y}", "ht": f"{dd} {HT_M[m - 1]} {y}", "yymmdd": f"{y % 100:02d}{m:02d}{dd:02d}",
            "fa": f"{y}/{m:02d}/{dd:02d}".translate(PERSIAN)}[style]


def ssn():
    a = R.choice([R.randint(268, 302), R.randint(100, 499), R.randint(600, 665), R.randint(667, 772)])
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"; A = L + "0123456789"
    return "".join([str(R.randint(1, 9)), R.choice(L), R.choice(A), str(R.randint(0, 9)), R.choice(L), R.choice(A),
                    str(R.randint(0, 9)), R.choice(L), R.choice(L), str(R.randint(0, 9)), str(R.randint(0, 9))])


def member_id():
    k = R.randint(0, 6)
    if k == 0: return "CareSource Ohio Medicaid", "1" + digits(11)
    if k == 1: return "Anthem Blue Cross Blue Shield", "YRK" + digits(9)
    if k == 2: return "Medical Mutual of Ohio", "MMO" + digits(9)
    if k == 3: return "Buckeye Health Plan", "U" + digits(10)
    if k == 4: return "Molina Healthcare of Ohio", digits(9) + "00"
    if k == 5: return "UnitedHealthcare Community Plan", digits(9)
    return "Humana Gold Plus", "H" + digits(8)


class P:
    def __init__(self, idx, first, middle, last, sex):
        self.idx, self.first, self.middle, self.last, self.sex = idx, first, middle, last, sex
        self.full = f"{first} {last}"
        self.dob = date(1942, 1, 1) + timedelta(days=R.randint(0, 27000))
        self.mrn = f"SV{R.randint(10**6, 10**7 - 1)}"
        self.pid = str(R.randint(10**7, 10**8 - 1))          # Cerner-like person_id / numeric account
        self.area = R.choice(AREAS)
        self.exch = R.choice([x for x in range(201, 990) if x % 100 != 11 and x not in (555, 273, 390, 958, 976)])
        self.line = R.randint(1000, 9999)
        fl = re.sub(r"[^a-z]", "", first.lower()); ll = re.sub(r"[^a-z]", "", last.lower())
        loc = R.choice([f"{fl}.{ll}", f"{fl[0]}{ll}", f"{fl}{ll[:3]}{R.randint(1, 99)}", f"{ll}.{fl[0]}{R.randint(60, 99)}", f"{fl}_{ll}",
                        R.choice(["buckeyemom", "scioto.runner", "ohiostate4ever", "queencity", "hilltopfam"]) + str(R.randint(1, 999))])
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
        self.ip = f"{R.choice([74, 76, 98, 107, 184, 24, 65, 162])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"
        self.dl = R.choice("ABCDEFGHJ") + R.choice("ABCDEFGHJKLMNPRSTU") + digits(6)
        self.passport = R.choice(["FX", "EK", "GA", "P0"]) + digits(7)
        self.native = NATIVE.get(idx)

    def phone(self, style="dash"):
        a, e, l = self.area, self.exch, self.line
        return {"paren": f"({a}) {e}-{l}", "dash": f"{a}-{e}-{l}", "dot": f"{a}.{e}.{l}", "e164": f"+1{a}{e}{l}", "bare": f"{a}{e}{l}",
                "spc": f"{a} {e} {l}", "intl": f"+1 {a} {e} {l}", "tight": f"({a}){e}-{l}", "plusdash": f"+1-{a}-{e}-{l}",
                "fa": f"{a}-{e}-{l}".translate(PERSIAN), "one": f"1{a}{e}{l}"}[style]

    def dobs(self, style="iso"):
        return fd(self.dob, style)

    def ad(self, style="iso"):
        return fd(self.appt.date(), style)

    def at(self, style="off"):
        a = self.appt
        if style == "off": return f"{a:%Y-%m-%dT%H:%M}:00-04:00"
        if style == "z": return (a + timedelta(hours=4)).strftime("%Y-%m-%dT%H:%M:00Z")
        if style == "human": return f"{MONTHS[a.month - 1]} {a.day} at {a.hour % 12 or 12}:{a.minute:02d} {'AM' if a.hour < 12 else 'PM'}"
        if style == "epoch": return str(int((a + timedelta(hours=4)).replace(tzinfo=timezone.utc).timestamp()))
        return f"{a:%Y-%m-%d %H:%M}"

    def age(self, on=date(2026, 4, 2)):
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))

    def dx(self): return self.cond[1]
    def icd(self): return self.cond[0]
    def med(self): return self.cond[2]


PATIENTS = [P(i, f, m, l, s) for i, (f, m, l, s) in enumerate(NAMES)]
PATIENTS[30].dob = date(1932, 2, 9)      # Agnes Kowalczyk, 94
PATIENTS[31].dob = date(1935, 10, 27)    # Harold Stumpf, 90
ELDERS = [PATIENTS[30], PATIENTS[31]]
_order = [i for i in range(len(PATIENTS)) if i not in (28, 29, 30, 31)]
_pos = [0]


def nextp():
    if _pos[0] % len(_order) == 0: R.shuffle(_order)
    p = PATIENTS[_order[_pos[0] % len(_order)]]; _pos[0] += 1
    return p


def pt(i): return PATIENTS[i]


def tstamp(i=0):
    return datetime(2026, 4, 2, 8, 5, 11) + timedelta(minutes=17 * i + R.randint(0, 15), seconds=R.randint(0, 59))


def ts(i=0):
    return tstamp(i).strftime("%Y-%m-%dT%H:%M:%S.") + f"{R.randint(0, 999):03d}Z"


def epoch(i=0):
    return 1775117000 + i * 1020 + R.randint(0, 900)


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
    return "&".join(f"{quote(k, safe='.[]')}={quote(str(v), safe='')}" for k, v in pairs)


def b64(s):
    return base64.b64encode(s.encode() if isinstance(s, str) else s).decode()


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def sig(body):
    return hmac.new(b"whsec_svfh", body.encode(), hashlib.sha256).hexdigest()


JSONH = {"Content-Type": "application/json"}
FORMH = {"Content-Type": "application/x-www-form-urlencoded"}
TEXTH = {"Content-Type": "text/plain; charset=utf-8"}
CSVH = {"Content-Type": "text/csv; charset=utf-8"}
XMLH = {"Content-Type": "application/xml; charset=utf-8"}
SOAPH = {"Content-Type": "text/xml; charset=utf-8"}
NDH = {"Content-Type": "application/x-ndjson"}


def NM(p):
    return [[p.first, "name"], [p.last, "name"]]


# destinations (hosts)
ZOHO = "http://www.zohoapis.com"
ZDESK = "http://desk.zoho.com"
PIPE = "http://svfh.pipedrive.com"
MON = "http://api.monday.com"
CLK = "http://api.clickup.com"
BCAMP = "http://3.basecampapi.com"
MJ = "http://api.mailjet.com"
BRV = "http://api.brevo.com"
PMK = "http://api.postmarkapp.com"
OTK = "http://api.opentok.com"
VVID = "http://video.api.vonage.com"
DAILY = "http://api.daily.co"
GAUP = "http://www.googleapis.com"
ADOBE = "http://edge.adobedc.net"
TIQ = "http://datacloud.tealiumiq.com"
SFMC = "http://mc7h2k9q4vbn1x.rest.marketingcloudapis.com"
CERN = "http://api.cernerworks-partner.example"
NGEN = "http://nativeapi.nextgen.com"
KAREO = "http://webservice.kareo.com"
TEBRA = "http://api.tebra.com"
QUEST = "http://api.questhub-orders.example"
LABC = "http://link.labcorp-connect.example"
EFAX = "http://secure.efaxdeveloper.com"
ODENT = "http://api.opendental.com"
DTX = "http://api.dentrixascend.com"
REHR = "http://api.revolutionehr.com"
EYEF = "http://eclaim.eyefinity.com"
RFW = "http://hooks.refillwise.example"
PDFS = "http://pdf-services.adobe.io"
DOCP = "http://api.docparser.com"
WELL = "http://api.wellcoach-partner.example"
N8N = "http://svfh.app.n8n.cloud"
HKD = "http://events.hookdeck.com"
EG = "http://svfh-clinical.eastus-1.eventgrid.azure.net"
EMQX = "http://k1f0e2a7.ala.us-east-1.emqxsl.com"
HIVE = "http://4c1e9f.s1.eu.hivemq.cloud"
ES = "http://svfh-logs.es.us-east-2.aws.elastic-cloud.com"
AOSS = "http://x8k2p1q9rr.us-east-2.aoss.amazonaws.com"
CH = "http://tq4m1z.us-east-2.aws.clickhouse.cloud"
INFLX = "http://us-east-1-1.aws.cloud2.influxdata.com"
STATSD = "http://statsd-relay.svfh-metrics.example"
HG = "http://www.hostedgraphite.com"
ELIG = "http://ws.caresource-edi.example"
GASSIST = "http://edi.globalassist-travel.example"
DEEPL = "http://api.deepl.com"
GTR = "http://translation.googleapis.com"
SPRUCE = "http://api.sprucehealth.com"
BTR = "http://svfh.sp.backtrace.io"
FLARE = "http://reporting.flareapp.io"
HIGH = "http://pub.highlight.io"


# ============================================================================= 1. CRM and work management
def crm_tools():
    S = "zoho_crm"
    p = nextp()
    body = {"data": [{"Last_Name": p.last, "First_Name": p.first, "Email": p.email, "Mobile": p.phone("e164"), "Date_of_Birth": p.dobs("iso"),
                      "Lead_Source": "Website - New Patient", "Description": f"Interested in {p.dx()} management program. Prefers evenings.",
                      "Mailing_Zip": p.zip, "Layout": {"id": digits(19)}}], "duplicate_check_fields": ["Email"], "trigger": ["workflow"]}
    add(S, "POST", f"{ZOHO}/crm/v6/Leads/upsert", {**JSONH, "Authorization": "Zoho-oauthtoken 1000." + hexs(32) + "." + hexs(32)}, J(body),
        NM(p) + [[p.email, "email"], [p.phone("e164"), "phone"], [p.dobs("iso"), "dob"], [p.dx(), "condition"], [p.zip, "zip"]],
        ["Website - New Patient", "duplicate_check_fields"], "redact")
    p = nextp()
    body = {"data": [{"id": digits(19), "Contact_Name": p.full, "Phone": p.phone("paren"), "Patient_MRN__c": p.mrn, "Insurance_ID": p.mbr,
                      "Stage": "Payment plan offered", "Amount": 1284.5}]}
    add(S, "PUT", f"{ZOHO}/crm/v6/Deals", {**JSONH, "Authorization": "Zoho-oauthtoken 1000." + hexs(32)}, J(body),
        [[p.full, "name"], [p.phone("paren"), "phone"], [p.mrn, "mrn"], [p.mbr, "member_id"]], ["Payment plan offered", "1284.5"], "redact")
    p = nextp()
    body = {"subject": f"Billing question - {p.full}", "departmentId": digits(18), "contactId": digits(18), "channel": "Phone",
            "description": f"Caller {p.full} (DOB {p.dobs('us')}) disputes the EOB for SSN ending {p.ssn[-4:]}... full SSN given on call: {p.ssn}. "
                           f"Call back at {p.phone('dot')}.", "email": p.email, "cf": {"cf_account_number": p.pid}}
    add(S, "POST", f"{ZDESK}/api/v1/tickets", {**JSONH, "orgId": digits(9)}, J(body),
        [[p.full, "name"], [p.dobs("us"), "dob"], [p.ssn, "ssn"], [p.phone("dot"), "phone"], [p.email, "email"], [p.pid, "mrn"]], ["Billing question", "Phone"], "redact")

    S = "work_mgmt"
    p = nextp()
    cv = J({"text": p.full, "date4": {"date": p.ad("iso")}, "phone": {"phone": p.phone("bare"), "countryShortName": "US"},
            "long_text": {"text": f"{p.dx()} - needs interpreter"}, "status": {"label": "Scheduled"}})
    q = 'mutation ($board: ID!, $item: String!, $vals: JSON!) { create_item (board_id: $board, item_name: $item, column_values: $vals) { id } }'
    body = {"query": q, "variables": {"board": 1688023311, "item": f"Referral - {p.last}", "vals": cv}}
    add(S, "POST", f"{MON}/v2", {**JSONH, "Authorization": "eyJ" + alnum(40), "API-Version": "2024-10"}, J(body),
        NM(p) + [[p.ad("iso"), "date"], [p.phone("bare"), "phone"], [p.dx(), "condition"]], ["create_item", "1688023311"], "redact")
    p = nextp()
    body = {"name": f"Prior auth - {p.last}, {p.first[0]}.", "description": f"MRN {p.mrn}; member {p.mbr}; DOB {p.dobs('mon')}",
            "status": "to do", "priority": 2, "due_date": epoch(3) * 1000,
            "custom_fields": [{"id": uuid(), "value": p.mbi}, {"id": uuid(), "value": p.icd()}, {"id": uuid(), "value": "CT abdomen w/ contrast"}]}
    add(S, "POST", f"{CLK}/api/v2/list/901104772/task", {**JSONH, "Authorization": "pk_" + digits(8) + "_" + alnum(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}, J(body),
        NM(p) + [[p.mrn, "mrn"], [p.mbr, "member_id"], [p.dobs("mon"), "dob"], [p.mbi, "mbi"], [p.icd(), "icd10"]], ["CT abdomen w/ contrast", "to do"], "redact")
    p = nextp()
    html = (f"<div>Front desk: <strong>{p.full}</strong> called, new cell <a href=\"tel:{p.phone('e164')}\">{p.phone('paren')}</a>. "
            f"Moving to {p.street}, {p.city} OH {p.zip}.<br>Please update before the {p.ad('us')} visit.</div>")
    body = {"content": f"Update demographics for {p.last}", "description": html, "assignee_ids": [int(digits(8))], "due_on": "2026-04-06"}
    add(S, "POST", f"{BCAMP}/5512093/buckets/30114/todolists/7781002/todos.json", {**JSONH, "User-Agent": "SVFH Ops (ops@sciotovalleyhealth.org)"}, J(body),
        NM(p) + [[p.phone("e164"), "phone"], [p.phone("paren"), "phone"], [p.street, "address"], [p.zip, "zip"], [p.ad("us"), "date"]],
        ["Update demographics", "2026-04-06"], "redact")
    p = nextp()
    body = {"content": f"<p>Spoke w/ {p.first} {p.last}. Self-pay estimate accepted. Verified email {p.email}. Pt has {p.dx()} so wants early AM slots.</p>",
            "deal_id": int(digits(5)), "pinned_to_deal_flag": 1}
    add(S, "POST", f"{PIPE}/api/v1/notes?api_token={hexs(40)}", JSONH, J(body), NM(p) + [[p.email, "email"], [p.dx(), "condition"]],
        ["Self-pay estimate accepted", "pinned_to_deal_flag"], "redact")

    S = "crm_clean"
    body = {"data": [{"Account_Name": PRACTICE, "Phone": PRACTICE_PHONE, "Billing_Street": PRACTICE_ADDR, "Billing_Code": PRACTICE_ZIP,
                      "Website": f"https://{SITE}", "NPI__c": GROUP_NPI, "Owner": {"name": staff(5, "name")}}]}
    add(S, "PUT", f"{ZOHO}/crm/v6/Accounts", {**JSONH, "Authorization": "Zoho-oauthtoken 1000." + hexs(32)}, J(body), [],
        [PRACTICE_PHONE, PRACTICE_ADDR, GROUP_NPI, staff(5, "name")], "pass")
    body = {"query": "mutation { change_multiple_column_values (board_id: 1688023311, item_id: 6120334871, column_values: \"{\\\"status\\\":{\\\"label\\\":\\\"Done\\\"},\\\"numbers\\\":\\\"42\\\"}\") { id } }"}
    add(S, "POST", f"{MON}/v2", {**JSONH, "Authorization": "eyJ" + alnum(40), "API-Version": "2024-10"}, J(body), [], ["6120334871", "change_multiple_column_values"], "pass")
    body = {"name": "Restock exam room 4 otoscope tips", "description": f"PO-2026-0418, vendor Henry Schein, $86.40. -- {staff(6, 'full')}", "status": "to do",
            "tags": ["supplies"], "due_date": 1775203200000}
    add(S, "POST", f"{CLK}/api/v2/list/901104775/task", {**JSONH, "Authorization": "pk_" + digits(8) + "_" + alnum(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}, J(body), [],
        ["PO-2026-0418", "$86.40", staff(6, "full")], "pass")
    body = {"subject": "Lobby TV playlist for May", "content": "<div>May topics: sun safety, Mental Health Awareness Month, hepatitis B screening "
                                                              "(free Saturdays at the Springfield clinic, 1130 E High St). Questions: ext. 4410.</div>", "status": "active"}
    add(S, "POST", f"{BCAMP}/5512093/buckets/30114/message_boards/7781110/messages.json", JSONH, J(body), [], ["hepatitis B screening", SPR_ADDR], "pass")


# ============================================================================= 2. e-mail templates
def email_templates():
    S = "mailjet_brevo_postmark"
    p = nextp()
    body = {"Messages": [{"From": {"Email": f"noreply@{SITE}", "Name": PRACTICE}, "To": [{"Email": p.email, "Name": p.full}], "TemplateID": 5930114,
            "TemplateLanguage": True, "Subject": "Your visit is confirmed",
            "Variables": {"first_name": p.first, "visit_date": p.ad("long"), "visit_time": f"{p.appt:%I:%M %p}", "provider": staff(0), "visit_type": f"{p.dx()} follow-up",
                          "chart_number": p.mrn, "clinic_phone": PRACTICE_PHONE}}]}
    add(S, "POST", f"{MJ}/v3.1/send", {**JSONH, "Authorization": "Basic " + b64(hexs(32) + ":" + hexs(32))}, J(body),
        [[p.email, "email"], [p.full, "name"], [p.first, "name"], [p.ad("long"), "date"], [p.dx(), "condition"], [p.mrn, "mrn"]],
        ["5930114", PRACTICE_PHONE, staff(0)], "redact")
    p = nextp()
    body = {"templateId": 41, "to": [{"email": p.email, "name": p.full}], "params": {"PRENOM": p.first, "NOM": p.last, "DATE_NAISSANCE": p.dobs("dmy"),
            "TELEPHONE": p.phone("intl"), "SOLDE": "45,00 $", "RESULTAT": f"Votre test {p.dx()} est disponible"}, "tags": ["lab-result", "fr"]}
    add(S, "POST", f"{BRV}/v3/smtp/email", {**JSONH, "api-key": "xkeysib-" + hexs(64)}, J(body),
        NM(p) + [[p.email, "email"], [p.full, "name"], [p.dobs("dmy"), "dob"], [p.phone("intl"), "phone"], [p.dx(), "condition"]], ["lab-result", "45,00 $"], "redact")
    p = nextp()
    body = {"From": f"billing@{SITE}", "To": f"\"{p.full}\" <{p.email}>", "TemplateAlias": "statement-ready", "MessageStream": "outbound",
            "TemplateModel": {"name": p.first, "statement": {"account": p.pid, "amount_due": "$212.17", "due": "April 30, 2026",
                              "lines": [{"dos": p.ad("us"), "desc": "Office visit, est. patient"}, {"dos": p.ad("us"), "desc": "HbA1c"}],
                              "guarantor_address": f"{p.street} {p.unit}, {p.city}, OH {p.zip4}", "card_on_file": "Visa ending 4417"}}}
    add(S, "POST", f"{PMK}/email/withTemplate", {**JSONH, "X-Postmark-Server-Token": uuid()}, J(body),
        [[p.full, "name"], [p.email, "email"], [p.first, "name"], [p.pid, "mrn"], [p.ad("us"), "date"], [p.street, "address"], [p.zip4, "zip"]],
        ["statement-ready", "$212.17", "Visa ending 4417"], "redact")
    p = nextp()
    body = {"Messages": [{"From": {"Email": f"care@{SITE}"}, "To": [{"Email": p.email}], "TemplateID": 5930122, "TemplateLanguage": True,
            "Variables": {"greeting": f"Salaan {p.first}", "msg": f"Ballanta {p.ad('us')} waa la xaqiijiyey. SSN-kaaga {p.ssn} ayaa ku qoran foomka, fadlan na wac."}}]}
    add(S, "POST", f"{MJ}/v3.1/send", {**JSONH, "Authorization": "Basic " + b64(hexs(32) + ":" + hexs(32))}, J(body),
        [[p.email, "email"], [p.first, "name"], [p.ad("us"), "date"], [p.ssn, "ssn"]], ["5930122"], "redact")

    S = "email_clean"
    body = {"Messages": [{"From": {"Email": f"news@{SITE}", "Name": PRACTICE}, "To": [{"Email": "list-2291@lists.mailjet.com"}], "TemplateID": 5930200,
            "Variables": {"headline": "Flu shots now available", "body": "Walk in Mon-Fri 8-4 at 2450 Cleveland Ave or call (614) 273-4800. $0 with most plans.",
                          "signature": f"{staff(0)} and the team"}}]}
    add(S, "POST", f"{MJ}/v3.1/send", {**JSONH, "Authorization": "Basic " + b64(hexs(32) + ":" + hexs(32))}, J(body), [],
        ["Flu shots now available", PRACTICE_PHONE, staff(0)], "pass")
    body = {"templateId": 55, "to": [{"email": f"frontdesk@{SITE}", "name": "Front Desk"}], "params": {"REPORT_DATE": "2026-04-01", "NO_SHOWS": 14, "CONFIRMED": 211,
            "RATE": "6.2%"}}
    add(S, "POST", f"{BRV}/v3/smtp/email", {**JSONH, "api-key": "xkeysib-" + hexs(64)}, J(body), [], ["2026-04-01", "6.2%"], "pass")


# ============================================================================= 3. telehealth video session metadata
def video_sessions():
    S = "vonage_video"
    p = nextp()
    data = f"role=patient&name={p.full}&dob={p.dobs('iso')}&mrn={p.mrn}"
    add(S, "POST", f"{VVID}/v2/project/{digits(8)}/session/1_MX4{alnum(40)}/connection", {**JSONH, "X-OPENTOK-AUTH": "eyJ" + alnum(60)},
        J({"data": data, "expireTime": epoch(5) + 7200, "role": "publisher", "initialLayoutClassList": ["focus"]}),
        [[p.full, "name"], [p.dobs("iso"), "dob"], [p.mrn, "mrn"]], ["publisher", "initialLayoutClassList"], "redact")
    p = nextp()
    body = {"sessionId": "2_MX4" + alnum(50), "name": f"Visit {p.full} {p.ad('iso')} {p.dx()}", "outputMode": "composed", "resolution": "1280x720",
            "hasAudio": True, "hasVideo": True}
    add(S, "POST", f"{OTK}/v2/project/{digits(8)}/archive", {**JSONH, "X-OPENTOK-AUTH": "eyJ" + alnum(60)}, J(body),
        [[p.full, "name"], [p.ad("iso"), "date"], [p.dx(), "condition"]], ["composed", "1280x720"], "redact")
    p = nextp()
    body = {"sessionId": "1_MX4" + alnum(50), "type": "interpreter", "data": J({"patientName": p.full, "language": "Somali", "callback": p.phone("e164"),
            "ssn4": p.ssn[-4:], "reason": p.dx()})}
    add(S, "POST", f"{VVID}/v2/project/{digits(8)}/session/1_MX4{alnum(40)}/signal", {**JSONH, "X-OPENTOK-AUTH": "eyJ" + alnum(60)}, J(body),
        [[p.full, "name"], [p.phone("e164"), "phone"], [p.dx(), "condition"]], ["interpreter"], "redact")

    S = "daily_co"
    p = nextp()
    body = {"name": f"{p.last.lower()}-{p.dobs('mdy8')}", "privacy": "private", "properties": {"exp": epoch(6) + 3600, "enable_knocking": True,
            "enable_recording": "cloud", "start_video_off": False, "lang": "en"}}
    add(S, "POST", f"{DAILY}/v1/rooms", {**JSONH, "Authorization": "Bearer " + hexs(64)}, J(body), [[p.dobs("mdy8"), "dob"]],
        ["enable_knocking", "private"], "redact")
    p = nextp()
    body = {"properties": {"room_name": "svfh-tele-" + alnum(8).lower(), "user_name": f"{p.full} (pt)", "user_id": p.mrn, "is_owner": False,
            "exp": epoch(7) + 3600, "redirect_on_meeting_exit": f"{PORTAL}/visit/survey?email={quote(p.email)}&visit={digits(7)}"}}
    add(S, "POST", f"{DAILY}/v1/meeting-tokens", {**JSONH, "Authorization": "Bearer " + hexs(64)}, J(body),
        [[p.full, "name"], [p.mrn, "mrn"], [p.email, "email"]], ["redirect_on_meeting_exit"], "redact")

    S = "video_clean"
    body = {"name": "svfh-group-diabetes-class-apr", "privacy": "public", "properties": {"max_participants": 40, "exp": 1775721600,
            "enable_chat": True, "owner_only_broadcast": True}}
    add(S, "POST", f"{DAILY}/v1/rooms", {**JSONH, "Authorization": "Bearer " + hexs(64)}, J(body), [], ["svfh-group-diabetes-class-apr", "1775721600"], "pass")
    body = {"sessionId": "2_MX4" + alnum(50), "name": f"Staff huddle {staff(1, 'name')}", "outputMode": "individual", "hasVideo": False}
    add(S, "POST", f"{OTK}/v2/project/{digits(8)}/archive", {**JSONH, "X-OPENTOK-AUTH": "eyJ" + alnum(60)}, J(body), [], [staff(1, "name"), "individual"], "pass")


# ============================================================================= 4. analytics and marketing
def analytics():
    S = "ga_data_import"
    rows = ["ga:userId,ga:dimension4,ga:dimension7,ga:dimension9"]
    phi = []
    for _ in range(3):
        p = nextp()
        h = sha(p.email.lower())
        rows.append(f"u_{alnum(10)},{h},{p.dx()},{p.zip}")
        phi += [[h, "hashed_identifier"], [p.dx(), "condition"], [p.zip, "zip"]]
    add(S, "POST", f"{GAUP}/upload/analytics/v3/management/accounts/48112033/webproperties/UA-48112033-2/customDataSources/aBc{alnum(19)}/uploads?uploadType=media",
        {"Content-Type": "application/octet-stream", "Authorization": "Bearer ya29." + alnum(60)}, "\n".join(rows) + "\n", phi, ["ga:dimension4"], "redact")
    rows = ["ga:dimension2,ga:dimension3,ga:dimension5"]
    phi = []
    for _ in range(3):
        p = nextp()
        rows.append(f"{p.mrn},\"{p.last}, {p.first}\",{p.dobs('us')}")
        phi += [[p.mrn, "mrn"], [p.dobs("us"), "dob"]] + NM(p)
    add(S, "POST", f"{GAUP}/upload/analytics/v3/management/accounts/48112033/webproperties/UA-48112033-2/customDataSources/aBc{alnum(19)}/uploads?uploadType=media",
        {"Content-Type": "application/octet-stream", "Authorization": "Bearer ya29." + alnum(60)}, "\n".join(rows) + "\n", phi, ["ga:dimension5"], "redact")

    S = "adobe_websdk"
    p = nextp()
    body = {"events": [{"xdm": {"eventType": "web.formFilledOut", "timestamp": ts(8), "identityMap": {"ECID": [{"id": digits(38), "primary": True}],
            "Email": [{"id": p.email, "authenticatedState": "authenticated"}], "Phone": [{"id": p.phone("e164")}]},
            "web": {"webPageDetails": {"name": "intake:step2", "URL": f"{PORTAL}/intake?step=2&dob={p.dobs('iso')}"}},
            "_sciotovalley": {"intake": {"reasonForVisit": p.dx(), "patientName": p.full, "insurance": p.mbr}}}}],
            "meta": {"state": {"domain": SITE, "cookiesEnabled": True}}}
    add(S, "POST", f"{ADOBE}/ee/v2/interact?configId={uuid()}&requestId={uuid()}", {"Content-Type": "text/plain; charset=UTF-8", "User-Agent": UA}, J(body, compact=True),
        [[p.email, "email"], [p.phone("e164"), "phone"], [p.dobs("iso"), "dob"], [p.dx(), "condition"], [p.full, "name"], [p.mbr, "member_id"]],
        ["web.formFilledOut", "intake:step2"], "redact")
    p = nextp()
    body = {"events": [{"xdm": {"eventType": "commerce.purchases", "timestamp": ts(9), "identityMap": {"hashedEmail": [{"id": sha(p.email.lower())}]},
            "commerce": {"order": {"purchaseID": "RX-" + digits(8), "priceTotal": 18.99}}, "productListItems": [{"name": f"{p.med()} 30-day", "SKU": "RX-GEN"}]}}]}
    add(S, "POST", f"{ADOBE}/ee/v2/collect?configId={uuid()}", {"Content-Type": "text/plain; charset=UTF-8"}, J(body, compact=True),
        [[sha(p.email.lower()), "hashed_identifier"]], ["commerce.purchases", "18.99"], "redact")

    S = "tealium_iq"
    p = nextp()
    q = qs([("tealium_account", "svfh"), ("tealium_profile", "portal"), ("tealium_event", "appointment_request"), ("tealium_visitor_id", hexs(32)),
            ("customer_email", p.email), ("customer_first_name", p.first), ("customer_last_name", p.last), ("appt_reason", p.dx()),
            ("appt_date", p.ad("us")), ("page_url", f"{PORTAL}/schedule/confirm")])
    add(S, "GET", f"{TIQ}/svfh/portal/2/i.gif?{q}", {"User-Agent": UA, "Referer": f"{PORTAL}/schedule"}, "",
        NM(p) + [[p.email, "email"], [p.dx(), "condition"], [p.ad("us"), "date"]], ["appointment_request"], "redact")
    p = nextp()
    udo = J({"page_type": "lab_results", "patient_id": p.mrn, "patient_dob": p.dobs("d8"), "patient_phone": p.phone("bare"), "result_flag": "H"}, compact=True)
    add(S, "GET", f"{TIQ}/svfh/portal/2/i.gif?tealium_account=svfh&tealium_event=view&udo={quote(udo)}&_cb={digits(13)}", {"User-Agent": UA}, "",
        [[p.mrn, "mrn"], [p.dobs("d8"), "dob"], [p.phone("bare"), "phone"]], ["lab_results"], "redact")

    S = "sfmc_journey"
    p = nextp()
    body = {"ContactKey": p.mrn, "EventDefinitionKey": "APIEvent-7c1f2a90-aa41-4ef2-9a0c-diabetes-recall", "Data": {"EmailAddress": p.email,
            "FirstName": p.first, "LastName": p.last, "BirthDate": p.dobs("us"), "Diagnosis": p.dx(), "LastA1CDate": p.ad("iso"), "Language": "so"}}
    add(S, "POST", f"{SFMC}/interaction/v1/events", {**JSONH, "Authorization": "Bearer " + alnum(60)}, J(body),
        NM(p) + [[p.mrn, "mrn"], [p.email, "email"], [p.dobs("us"), "dob"], [p.dx(), "condition"], [p.ad("iso"), "date"]],
        ["APIEvent-7c1f2a90-aa41-4ef2-9a0c-diabetes-recall"], "redact")
    items = []; phi = []
    for _ in range(2):
        p = nextp()
        items.append({"SubscriberKey": "sk_" + alnum(12), "Email": p.email, "Mobile": p.phone("one"), "ZIP": p.zip, "Segment": "prenatal" if p.sex == "F" else "mens-health"})
        phi += [[p.email, "email"], [p.phone("one"), "phone"], [p.zip, "zip"]]
    add(S, "POST", f"{SFMC}/data/v1/async/dataextensions/key:DE_Recall_2026Q2/rows", {**JSONH, "Authorization": "Bearer " + alnum(60)}, J({"items": items}),
        phi, ["DE_Recall_2026Q2"], "redact")

    S = "analytics_clean"
    body = {"events": [{"xdm": {"eventType": "web.webpagedetails.pageViews", "timestamp": "2026-04-02T14:03:11.412Z",
            "web": {"webPageDetails": {"name": "services:vision:contact-lens-exams", "URL": f"https://{SITE}/services/vision/contact-lenses"}},
            "identityMap": {"ECID": [{"id": "40381720662131090472134895116208830419", "primary": True}]}}}]}
    add(S, "POST", f"{ADOBE}/ee/v2/interact?configId={uuid()}", {"Content-Type": "text/plain; charset=UTF-8"}, J(body, compact=True), [],
        ["services:vision:contact-lens-exams", "40381720662131090472134895116208830419"], "pass")
    q = qs([("tealium_account", "svfh"), ("tealium_event", "view"), ("page_name", "Blog: Managing diabetes during Ramadan"), ("page_section", "health-library"),
            ("build", BUILD), ("ts", "1775138591")])
    add(S, "GET", f"{TIQ}/svfh/portal/2/i.gif?{q}", {"User-Agent": UA}, "", [], ["Blog: Managing diabetes during Ramadan", BUILD], "pass")
    csvt = "ga:productSku,ga:productBrand,ga:productCategoryHierarchy,ga:productPrice\nLENS-ACUVUE-OASYS-6,J&J,Vision/Contact lenses,54.99\nSPF-50-TINT,EltaMD,Skin,38.00\n"
    add(S, "POST", f"{GAUP}/upload/analytics/v3/management/accounts/48112033/webproperties/UA-48112033-2/customDataSources/cat{alnum(18)}/uploads?uploadType=media",
        {"Content-Type": "application/octet-stream", "Authorization": "Bearer ya29." + alnum(60)}, csvt, [], ["LENS-ACUVUE-OASYS-6", "54.99"], "pass")
    body = {"ContactKey": "sk_" + alnum(12), "EventDefinitionKey": "APIEvent-newsletter-optin", "Data": {"Topic": "Heart health", "OptInSource": "footer",
            "CampaignCode": "SVFH-2026-HH-04"}}
    add(S, "POST", f"{SFMC}/interaction/v1/events", {**JSONH, "Authorization": "Bearer " + alnum(60)}, J(body), [], ["SVFH-2026-HH-04", "Heart health"], "pass")
