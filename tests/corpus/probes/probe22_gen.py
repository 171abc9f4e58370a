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
        [[p.last, "name"], [p.mrn, "mrn"], [p.mbr, "member_id"], [p.dobs("mon"), "dob"], [p.mbi, "mbi"], [p.icd(), "icd10"]], ["CT abdomen w/ contrast", "to do"], "redact")
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
    em = f"{p.first[0].lower()}{p.last[0].lower()}{p.mrn[-4:]}@{p.email.split('@')[1]}"   # allowed e-mail must not spell the (disallowed) name
    body = {"ContactKey": p.mrn, "EventDefinitionKey": "APIEvent-7c1f2a90-aa41-4ef2-9a0c-diabetes-recall", "Data": {"EmailAddress": em,
            "FirstName": p.first, "LastName": p.last, "BirthDate": p.dobs("us"), "Diagnosis": p.dx(), "LastA1CDate": p.ad("iso"), "Language": "so"}}
    add(S, "POST", f"{SFMC}/interaction/v1/events", {**JSONH, "Authorization": "Bearer " + alnum(60)}, J(body),
        NM(p) + [[p.mrn, "mrn"], [em, "email"], [p.dobs("us"), "dob"], [p.dx(), "condition"], [p.ad("iso"), "date"]],
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


# ============================================================================= 5. EHR partner (BAA, partial allow list)
def ehr_partner():
    S = "cerner_like"
    p = nextp()
    body = {"PERSON": {"PERSON_ID": float(p.pid), "NAME_FULL_FORMATTED": f"{p.last.upper()}, {p.first.upper()}", "NAME_FIRST": p.first, "NAME_LAST": p.last,
            "BIRTH_DT_TM": f"/Date({p.dobs('ms')})/", "SEX_CD": 362.0 if p.sex == "F" else 363.0, "ALIASES": [
                {"ALIAS_POOL_DISP": "SVFH MRN", "ALIAS": p.mrn}, {"ALIAS_POOL_DISP": "SSN", "ALIAS": p.ssn.replace("-", "")},
                {"ALIAS_POOL_DISP": "Medicaid", "ALIAS": p.mbr}],
            "PHONES": [{"PHONE_TYPE_DISP": "Mobile", "PHONE_NUM": p.phone("paren")}], "ADDRESSES": [{"STREET_ADDR": p.street, "STREET_ADDR2": p.unit,
            "CITY": p.city, "STATE": "OH", "ZIPCODE": p.zip}], "EMAIL": p.email}}
    add(S, "POST", f"{CERN}/millennium/v1/person/sync", JSONH, J(body),
        NM(p) + [[p.pid, "mrn"], [p.dobs("ms"), "dob"], [p.mrn, "mrn"], [p.ssn.replace("-", ""), "ssn"], [p.mbr, "member_id"],
                 [p.phone("paren"), "phone"], [p.street, "address"], [p.zip, "zip"], [p.email, "email"]], ["SVFH MRN", "ALIAS_POOL_DISP"], "redact")
    p = nextp()
    body = {"ENCNTR": {"ENCNTR_ID": float(digits(9)), "FIN_NBR": digits(10), "PERSON_ID": float(p.pid), "REG_DT_TM": f"/Date({int(datetime(p.appt.year, p.appt.month, p.appt.day, tzinfo=timezone.utc).timestamp()) * 1000})/",
            "REASON_FOR_VISIT": p.dx(), "DIAGNOSES": [{"SOURCE_IDENTIFIER": p.icd(), "SOURCE_STRING": p.dx()}],
            "PATIENT_COMMENT": f"Pt states SSN is {p.ssn}; DL {p.dl} on file. Guarantor phone {p.phone('dash')}."}}
    add(S, "POST", f"{CERN}/millennium/v1/encounter/sync", JSONH, J(body),
        [[p.pid, "mrn"], [p.dx(), "condition"], [p.icd(), "icd10"], [p.ssn, "ssn"], [p.dl, "drivers_license"], [p.phone("dash"), "phone"]],
        ["REASON_FOR_VISIT", "SOURCE_IDENTIFIER"], "redact")

    S = "nextgen_kareo_tebra"
    p = nextp()
    body = {"personId": uuid(), "personNumber": p.pid, "firstName": p.first, "lastName": p.last, "dateOfBirth": p.dobs("isot"), "sex": p.sex,
            "socialSecurityNumber": p.ssn.replace("-", ""), "homePhone": p.phone("bare"), "emailAddress": p.email, "addressLine1": p.street,
            "city": p.city, "state": "OH", "zip": p.zip.ljust(9, "0") if False else p.zip, "race": "Black or African American", "language": "Haitian Creole",
            "primaryInsurance": {"payerName": p.payer, "memberId": p.mbr}}
    add(S, "POST", f"{NGEN}/nge/prod/nge-api/api/persons", {**JSONH, "Authorization": "Bearer " + alnum(48)}, J(body),
        NM(p) + [[p.pid, "mrn"], [p.dobs("isot"), "dob"], [p.ssn.replace("-", ""), "ssn"], [p.phone("bare"), "phone"], [p.email, "email"],
                 [p.street, "address"], [p.zip, "zip"], [p.mbr, "member_id"]], ["Haitian Creole"], "redact")
    p = nextp()
    x = (f'<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:sch="http://www.kareo.com/api/schemas/">'
         f'<soapenv:Header/><soapenv:Body><sch:CreatePatient><sch:request><sch:RequestHeader><sch:CustomerKey>{alnum(12).lower()}</sch:CustomerKey>'
         f'<sch:Password>{alnum(14)}</sch:Password><sch:User>svc_integration@{SITE}</sch:User></sch:RequestHeader><sch:Patient>'
         f'<sch:FirstName>{xesc(p.first)}</sch:FirstName><sch:LastName>{xesc(p.last)}</sch:LastName><sch:DateofBirth>{p.dobs("isot")}</sch:DateofBirth>'
         f'<sch:SocialSecurityNumber>{p.ssn}</sch:SocialSecurityNumber><sch:MobilePhone>{p.phone("dash")}</sch:MobilePhone>'
         f'<sch:EmailAddress>{p.email}</sch:EmailAddress><sch:AddressLine1>{p.street}</sch:AddressLine1><sch:ZipCode>{p.zip}</sch:ZipCode>'
         f'<sch:Practice><sch:PracticeName>{xesc(PRACTICE)}</sch:PracticeName></sch:Practice></sch:Patient></sch:request></sch:CreatePatient></soapenv:Body></soapenv:Envelope>')
    add(S, "POST", f"{KAREO}/services/soap/2.1/KareoServices.svc", {**SOAPH, "SOAPAction": "http://www.kareo.com/api/schemas/KareoServices/CreatePatient"}, x,
        NM(p) + [[p.dobs("isot"), "dob"], [p.ssn, "ssn"], [p.phone("dash"), "phone"], [p.email, "email"], [p.street, "address"], [p.zip, "zip"]],
        ["CreatePatient", "svc_integration@" + SITE], "redact")
    p = nextp()
    body = {"Patient": {"PatientExternalID": p.mrn, "PatientFullName": p.full, "DOB": p.dobs("usn"), "Cases": [{"CaseName": "Default Case",
            "PolicyNumber": p.mbr, "InsuredSSN": p.ssn, "EmploymentStatus": "Retired"}], "Alert": {"Message": f"Collect copay; {p.dx()}; prefers {p.phone('plusdash')}"}}}
    add(S, "POST", f"{TEBRA}/v1/practices/12045/patients", {**JSONH, "Authorization": "Bearer " + alnum(48)}, J(body),
        [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("usn"), "dob"], [p.mbr, "member_id"], [p.ssn, "ssn"], [p.dx(), "condition"], [p.phone("plusdash"), "phone"]],
        ["Default Case", "Collect copay"], "redact")

    S = "ehr_partner_clean"
    body = {"PRSNL": [{"PERSON_ID": 1123401.0, "NAME_FULL_FORMATTED": f"{STAFF[i][1].upper()}, {STAFF[i][0].upper()}", "POSITION_DISP": STAFF[i][2],
            "NPI": STAFF_NPI[i]} for i in range(3)], "ORGANIZATION": {"ORG_NAME": PRACTICE, "PHONE": PRACTICE_PHONE, "TAX_ID": TAX_ID}}
    add(S, "POST", f"{CERN}/millennium/v1/prsnl/sync", JSONH, J(body), [], [STAFF_NPI[0], PRACTICE_PHONE, TAX_ID], "pass")
    body = {"appointmentTypes": [{"id": 31, "name": "Comprehensive eye exam", "minutes": 40}, {"id": 32, "name": "Dental cleaning (D1110)", "minutes": 60},
            {"id": 33, "name": "Well-child 12 mo", "minutes": 30}], "location": {"name": "Springfield", "address": SPR_ADDR, "phone": SPR_PHONE}}
    add(S, "PUT", f"{NGEN}/nge/prod/nge-api/api/master/appointment-types", {**JSONH, "Authorization": "Bearer " + alnum(48)}, J(body), [],
        ["Comprehensive eye exam", SPR_PHONE, SPR_ADDR], "pass")


# ============================================================================= 6. lab interface (allow-all partner)
def lab_interface():
    S = "lab_interface"
    for k in range(3):
        p = nextp()
        if k == 0:
            body = {"orderControl": "NW", "placerOrderNumber": "SV-ORD-" + digits(7), "accountNumber": "97512044", "orderingProvider": {"npi": staff(0, "npi"), "name": staff(0, "name")},
                    "patient": {"lastName": p.last, "firstName": p.first, "dob": p.dobs("d8"), "sex": p.sex, "ssn": p.ssn, "phone": p.phone("dash"),
                                "address": {"line1": p.street, "city": p.city, "state": "OH", "zip": p.zip}},
                    "insurance": {"billType": "T", "memberId": p.mbr, "payer": p.payer}, "diagnosisCodes": [p.icd()],
                    "tests": [{"code": "496", "name": "Hemoglobin A1c"}, {"code": "10231", "name": "Comprehensive Metabolic Panel"}]}
            phi = NM(p) + [[p.dobs("d8"), "dob"], [p.ssn, "ssn"], [p.phone("dash"), "phone"], [p.street, "address"], [p.zip, "zip"], [p.mbr, "member_id"], [p.icd(), "icd10"]]
            add(S, "POST", f"{QUEST}/hub/v2/orders", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body), phi, ["Hemoglobin A1c", "97512044"], "pass")
        elif k == 1:
            body = {"accession": "CN" + digits(9), "patient": {"name": {"family": p.last, "given": [p.first]}, "birthDate": p.dobs("iso"), "mrn": p.mrn},
                    "results": [{"loinc": "4548-4", "name": "Hemoglobin A1c", "value": "8.4", "units": "%", "flag": "H", "refRange": "<5.7"}],
                    "comment": f"Critical value called to {staff(6, 'name')} at 14:22. Dx {p.dx()}."}
            add(S, "POST", f"{LABC}/api/results/ack", JSONH, J(body), NM(p) + [[p.dobs("iso"), "dob"], [p.mrn, "mrn"], [p.dx(), "condition"]],
                ["4548-4", "8.4"], "pass")
        else:
            body = {"requisition": {"id": "REQ" + digits(8), "specimenCollected": ts(12)}, "pt": {"nm": f"{p.last}^{p.first}", "dob": p.dobs("us"), "mbi": p.mbi,
                    "email": p.email}, "abn_signed": True}
            add(S, "POST", f"{LABC}/api/requisitions", JSONH, J(body), NM(p) + [[p.dobs("us"), "dob"], [p.mbi, "mbi"], [p.email, "email"]], ["abn_signed"], "pass")
    body = {"compendium": [{"code": "496", "name": "Hemoglobin A1c", "cpt": "83036", "price": "12.50"}, {"code": "7600", "name": "Lipid Panel", "cpt": "80061"}]}
    add("lab_clean", "POST", f"{QUEST}/hub/v2/compendium/sync", JSONH, J(body), [], ["83036", "Lipid Panel"], "pass")


# ============================================================================= 7. e-fax XML
def efax():
    S = "efax_xml"
    p = nextp()
    cover = f"Referral: {p.full}, DOB {p.dobs('us')}, MRN {p.mrn}. Dx {p.icd()} {p.dx()}. Ins {p.payer} #{p.mbr}. Pt SSN {p.ssn}. Pt email {p.email}."
    x = (f'<?xml version="1.0" encoding="UTF-8"?><OutboundRequest><AccessControl><UserName>svfh-fax</UserName><Password>{alnum(12)}</Password></AccessControl>'
         f'<Transmission><TransmissionControl><TransmissionID>TX-{digits(8)}</TransmissionID><Resolution>FINE</Resolution><Priority>NORMAL</Priority>'
         f'<SelfBusy>ENABLE</SelfBusy><FaxHeader>{xesc(PRACTICE)} {PRACTICE_FAX}</FaxHeader></TransmissionControl>'
         f'<DispositionControl><DispositionLevel>BOTH</DispositionLevel><DispositionEmails><DispositionEmail><DispositionRecipient>{staff(6, "name")}</DispositionRecipient>'
         f'<DispositionAddress>{staff(6, "email")}</DispositionAddress></DispositionEmail></DispositionEmails></DispositionControl>'
         f'<Recipients><Recipient><RecipientName>OSU Wexner Endocrinology</RecipientName><RecipientFax>6142931300</RecipientFax></Recipient></Recipients>'
         f'<CoverPage><Comments>{xesc(cover)}</Comments></CoverPage></Transmission></OutboundRequest>')
    add(S, "POST", f"{EFAX}/EFax_WebFax.serv", XMLH, x, [[p.full, "name"], [p.dobs("us"), "dob"], [p.mrn, "mrn"], [p.icd(), "icd10"], [p.dx(), "condition"],
        [p.mbr, "member_id"], [p.ssn, "ssn"], [p.email, "email"]], [staff(6, "email"), "6142931300", "OSU Wexner Endocrinology"], "redact")
    p = nextp()
    doc = (f"CONSULT REQUEST\nPatient: {p.full}\nDOB: {p.dobs('us')}\nSSN: {p.ssn}\nPhone: {p.phone('paren')}\nReason: {p.dx()}\n")
    blob = b64(doc)
    x = (f'<?xml version="1.0" encoding="UTF-8"?><OutboundRequest><AccessControl><UserName>svfh-fax</UserName><Password>{alnum(12)}</Password></AccessControl>'
         f'<Transmission><TransmissionControl><TransmissionID>TX-{digits(8)}</TransmissionID></TransmissionControl>'
         f'<Recipients><Recipient><RecipientName>{xesc(p.full)} c/o Nationwide Children\'s</RecipientName><RecipientFax>6147224000</RecipientFax></Recipient></Recipients>'
         f'<Files><File><FileContents>{blob}</FileContents><FileType>txt</FileType></File></Files></Transmission></OutboundRequest>')
    add(S, "POST", f"{EFAX}/EFax_WebFax.serv", XMLH, x, [[p.full, "name"], [blob, "ssn"]], ["6147224000"], "redact")
    p = nextp()
    x = (f'<?xml version="1.0"?><OutboundRequest><Transmission><TransmissionControl><TransmissionID>TX-{digits(8)}</TransmissionID></TransmissionControl>'
         f'<Recipients><Recipient><RecipientName>CVS Pharmacy #4471</RecipientName><RecipientFax>6142370719</RecipientFax></Recipient></Recipients>'
         f'<CoverPage><Subject>Rx clarification</Subject><Comments>Pt {xesc(p.last)}, {xesc(p.first)} / birth {p.dobs("dash")} / DL# {p.dl} shown at pickup. '
         f'Home {p.street}, {p.city} OH {p.zip}. Card on file {card("4")}.</Comments></CoverPage></Transmission></OutboundRequest>')
    cc = re.search(r"Card on file (\d+)", x).group(1)
    add(S, "POST", f"{EFAX}/EFax_WebFax.serv", XMLH, x, NM(p) + [[p.dobs("dash"), "dob"], [p.dl, "drivers_license"], [p.street, "address"], [p.zip, "zip"], [cc, "card_number"]],
        ["CVS Pharmacy #4471", "Rx clarification"], "redact")
    x = (f'<?xml version="1.0"?><OutboundRequest><Transmission><TransmissionControl><TransmissionID>TX-20260402-0091</TransmissionID></TransmissionControl>'
         f'<Recipients><Recipient><RecipientName>Ohio Dept of Medicaid Provider Enrollment</RecipientName><RecipientFax>6147524610</RecipientFax></Recipient></Recipients>'
         f'<CoverPage><Comments>Revalidation for group NPI {GROUP_NPI}, TIN {TAX_ID}. Contact {staff(5, "full")} at {PRACTICE_PHONE}.</Comments></CoverPage></Transmission></OutboundRequest>')
    add("efax_clean", "POST", f"{EFAX}/EFax_WebFax.serv", XMLH, x, [], [GROUP_NPI, "TX-20260402-0091", PRACTICE_PHONE, staff(5, "full")], "pass")


# ============================================================================= 8. dental and vision systems
def dental_vision():
    S = "dental"
    p = nextp()
    body = {"LName": p.last, "FName": p.first, "Birthdate": p.dobs("iso"), "SSN": p.ssn.replace("-", ""), "WirelessPhone": p.phone("bare"), "Email": p.email,
            "Address": p.street, "Zip": p.zip, "PatStatus": "Patient", "Position": "Single", "ChartNumber": p.mrn, "MedUrgNote": f"{p.dx()}; premedicate"}
    add(S, "POST", f"{ODENT}/api/v1/patients", {**JSONH, "Authorization": "ODFHIR " + alnum(16) + "/" + alnum(16)}, J(body),
        NM(p) + [[p.dobs("iso"), "dob"], [p.ssn.replace("-", ""), "ssn"], [p.phone("bare"), "phone"], [p.email, "email"], [p.street, "address"], [p.zip, "zip"],
                 [p.mrn, "mrn"], [p.dx(), "condition"]], ["Patient", "premedicate"], "redact")
    p = nextp()
    body = {"appointment": {"start": p.at("off"), "operatory": "OP-3", "provider": staff(4, "name"), "procedures": [{"code": "D2740", "tooth": "30"},
            {"code": "D0220", "tooth": "30"}], "note": f"{p.full} anxious, {p.dx()} - check BP. Cell {p.phone('dot')}. Guardian email {p.email}."},
            "patientId": p.pid}
    add(S, "POST", f"{DTX}/v1/appointments", {**JSONH, "Authorization": "Bearer " + alnum(48)}, J(body),
        [[p.at("off"), "date"], [p.full, "name"], [p.dx(), "condition"], [p.phone("dot"), "phone"], [p.email, "email"], [p.pid, "mrn"]], ["D2740", "OP-3", staff(4, "name")], "redact")
    p = nextp()
    body = {"claimType": "ADA-2019", "billing": {"npi": staff(4, "npi"), "tin": TAX_ID}, "subscriber": {"name": p.full, "id": p.mbr, "dob": p.dobs("us"),
            "ssn": p.ssn, "address": {"street": p.street, "city": p.city, "zip": p.zip4}}, "lines": [{"cdt": "D4341", "quad": "UR", "fee": 265.0},
            {"cdt": "D4341", "quad": "LR", "fee": 265.0}], "remarks": f"Perio {p.icd()}"}
    add(S, "POST", f"{DTX}/v1/claims", {**JSONH, "Authorization": "Bearer " + alnum(48)}, J(body),
        [[p.full, "name"], [p.mbr, "member_id"], [p.dobs("us"), "dob"], [p.ssn, "ssn"], [p.street, "address"], [p.zip4, "zip"], [p.icd(), "icd10"]],
        ["D4341", staff(4, "npi")], "redact")

    S = "vision"
    p = nextp()
    body = {"patient": {"id": p.pid, "name": {"first": p.first, "last": p.last}, "dob": p.dobs("dash"), "email": p.email},
            "rx": {"type": "spectacle", "od": {"sph": "-2.25", "cyl": "-0.50", "axis": 180, "add": "+1.75"}, "os": {"sph": "-2.00", "cyl": "-0.75", "axis": 175}},
            "assessment": [{"code": p.icd(), "desc": p.dx()}], "expires": "2027-04-02"}
    add(S, "POST", f"{REHR}/api/v3/rx/spectacle", {**JSONH, "Authorization": "Bearer " + alnum(48)}, J(body),
        NM(p) + [[p.pid, "mrn"], [p.dobs("dash"), "dob"], [p.email, "email"], [p.icd(), "icd10"], [p.dx(), "condition"]], ["-2.25", "+1.75", "2027-04-02"], "redact")
    p = nextp()
    f = form([("MemberLastName", p.last), ("MemberFirstName", p.first), ("MemberDOB", p.dobs("mdy8")), ("MemberSSNLast4", ""), ("MemberID", p.mbr),
              ("PatientAddress", f"{p.street} {p.unit}"), ("ServiceDate", p.ad("us")), ("Frame", "RAY-BAN RB5154 51"), ("LensMaterial", "Polycarbonate")])
    add(S, "POST", f"{EYEF}/authorization/submit.do", FORMH, f,
        NM(p) + [[p.dobs("mdy8"), "dob"], [p.mbr, "member_id"], [p.street, "address"], [p.ad("us"), "date"]], ["RAY-BAN RB5154 51", "Polycarbonate"], "redact")

    S = "dental_vision_clean"
    body = {"feeSchedule": "SVFH-2026", "fees": [{"cdt": "D1110", "fee": 118.0}, {"cdt": "D0120", "fee": 62.0}, {"cdt": "D2740", "fee": 1285.0}], "effective": "2026-01-01"}
    add(S, "PUT", f"{ODENT}/api/v1/feeschedules/SVFH-2026", {**JSONH, "Authorization": "ODFHIR " + alnum(16) + "/" + alnum(16)}, J(body), [], ["D2740", "1285.0"], "pass")
    body = {"inventory": [{"sku": "ACUVUE-OASYS-8.4-14.0-M225", "power": "-2.25", "qty": 24, "cost": "21.10"}, {"sku": "DAILIES-TOTAL1-8.5-P100", "power": "+1.00", "qty": 12}],
            "location": "Columbus", "updatedBy": staff(3, "name")}
    add(S, "POST", f"{REHR}/api/v3/inventory/contacts", {**JSONH, "Authorization": "Bearer " + alnum(48)}, J(body), [],
        ["ACUVUE-OASYS-8.4-14.0-M225", staff(3, "name")], "pass")


# ============================================================================= 9. pharmacy refill webhooks (HMAC signed)
def pharmacy():
    S = "pharmacy_refill"
    p = nextp()
    body = J({"type": "refill.requested", "id": "evt_" + alnum(20), "created": epoch(10), "data": {"patient": {"mrn": p.mrn, "name": p.full, "dob": p.dobs("iso"),
             "phone": p.phone("e164"), "email": p.email}, "rx": {"number": "RX" + digits(7), "drug": p.med(), "sig": "1 tab PO daily", "indication": p.dx()},
             "pickup": "curbside"}})
    add(S, "POST", f"{RFW}/v1/webhooks/svfh", {**JSONH, "X-Refillwise-Signature": "t=" + str(epoch(10)) + ",v1=" + sig(body)}, body,
        [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("iso"), "dob"], [p.phone("e164"), "phone"], [p.email, "email"], [p.dx(), "condition"]],
        ["refill.requested", "1 tab PO daily"], "redact")
    p = nextp()
    body = J({"type": "refill.denied", "data": {"patient_ref": p.mrn, "reason": f"Needs visit - last {p.icd()} check > 12 mo", "member": p.mbr,
             "notify": {"sms": p.phone("dash"), "lang": "am"}, "address_on_file": f"{p.street}, {p.city}, OH {p.zip}"}})
    add(S, "POST", f"{RFW}/v1/webhooks/svfh", {**JSONH, "X-Refillwise-Signature": "t=" + str(epoch(11)) + ",v1=" + sig(body)}, body,
        [[p.mrn, "mrn"], [p.icd(), "icd10"], [p.mbr, "member_id"], [p.phone("dash"), "phone"], [p.street, "address"], [p.zip, "zip"]], ["refill.denied"], "redact")
    p = pt(30)
    body = J({"type": "refill.requested", "data": {"patient": {"mrn": p.mrn, "name": p.full, "dob": p.dobs("us")},
             "rx": {"drug": "donepezil 10 mg", "qty": 90}, "caregiver_note": f"Daughter picks up. Mom is {p.age()} and forgetful."}})
    add(S, "POST", f"{RFW}/v1/webhooks/svfh", {**JSONH, "X-Refillwise-Signature": "t=" + str(epoch(12)) + ",v1=" + sig(body)}, body,
        [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("us"), "dob"], [str(p.age()), "age_over_89"]], ["donepezil 10 mg"], "redact")
    body = J({"type": "pharmacy.hours_changed", "data": {"store": "Refillwise Columbus #12", "phone": "(614) 555-0142", "hours": "Mon-Sat 9-7", "effective": "2026-04-06"}})
    add("pharmacy_clean", "POST", f"{RFW}/v1/webhooks/svfh", {**JSONH, "X-Refillwise-Signature": "t=1775140000,v1=" + sig(body)}, body, [],
        ["Refillwise Columbus #12", "2026-04-06"], "pass")


# ============================================================================= 10. intake PDFs as text
def intake_pdf():
    S = "intake_pdf_text"
    p = nextp()
    txt = (f"                         {PRACTICE.upper()}\n                    NEW PATIENT REGISTRATION FORM\n\n"
           f"Last Name                      First Name                 MI     Date of Birth\n"
           f"{p.last:<31}{p.first:<27}{(p.middle[:1] or ' '):<7}{p.dobs('us')}\n\n"
           f"Street Address                                  Apt/Unit      City               State   Zip\n"
           f"{p.street:<48}{p.unit:<14}{p.city:<19}OH      {p.zip}\n\n"
           f"Cell Phone               Home Phone              E-mail\n{p.phone('paren'):<25}{'':<24}{p.email}\n\n"
           f"Social Security #        Driver's License #\n{p.ssn:<25}{p.dl}\n\n"
           f"MEDICAL HISTORY (check all that apply)\n[ ] Asthma      [X] {p.dx()}      [ ] Cancer      [ ] Heart disease\n\f"
           f"Page 2 of 4\n")
    body = {"input": {"text": txt}, "options": {"extract": ["form_fields", "tables"], "ocr": False}, "source": "registration_2026-04-02_0913.pdf"}
    add(S, "POST", f"{DOCP}/v1/document/upload/svfh-intake", {**JSONH, "Authorization": "Basic " + b64(hexs(32) + ":")}, J(body),
        NM(p) + [[p.dobs("us"), "dob"], [p.street, "address"], [p.zip, "zip"], [p.phone("paren"), "phone"], [p.email, "email"], [p.ssn, "ssn"],
                 [p.dl, "drivers_license"], [p.dx(), "condition"]], ["NEW PATIENT REGISTRATION FORM", "registration_2026-04-02_0913.pdf"], "redact")
    p = nextp()
    txt = (f"INSURANCE INFORMATION\nPrimary insurance: {p.payer}          Member ID: {p.mbr}\nSubscriber: Self   Subscriber DOB: {p.dobs('us2')}\n"
           f"Medicare (MBI): {p.mbi}\nEmergency contact: spouse, {p.phone('spc')}\n\nI authorize {PRACTICE} to release information...\n"
           f"Signature: /s/ {p.full}                 Date: 04/02/2026\n")
    add(S, "POST", f"{PDFS}/operation/extractpdf", {**TEXTH, "x-api-key": hexs(32)}, txt,
        [[p.mbr, "member_id"], [p.dobs("us2"), "dob"], [p.mbi, "mbi"], [p.phone("spc"), "phone"], [p.full, "name"]], ["INSURANCE INFORMATION", "04/02/2026"], "redact")
    p = nextp()
    txt = (f"PATIENT HEALTH QUESTIONNAIRE (PHQ-9)\nName:  {p.last.upper()} {p.first.upper()}      Chart#: {p.mrn}      Visit: {p.ad('us')}\n"
           f"1. Little interest or pleasure in doing things      0  1  [2]  3\n9. Thoughts that you would be better off dead      0  [1]  2  3\n"
           f"TOTAL SCORE: 17  (moderately severe depression)\nPreferred pharmacy phone: 614-555-0188\n")
    add(S, "POST", f"{PDFS}/operation/extractpdf", {**TEXTH, "x-api-key": hexs(32)}, txt,
        NM(p) + [[p.mrn, "mrn"], [p.ad("us"), "date"], ["moderately severe depression", "condition"]], ["PATIENT HEALTH QUESTIONNAIRE (PHQ-9)", "TOTAL SCORE: 17"], "redact")
    txt = ("                     PATIENT RIGHTS AND RESPONSIBILITIES\nYou have the right to receive a copy of your medical record within 30 days.\n"
           f"Questions? Call {PRACTICE_PHONE} or write to Privacy Officer, {PRACTICE_ADDR}, {PRACTICE_CITY}.\nForm SV-112 rev. 03/2025      Page 1 of 1\n")
    add("intake_clean", "POST", f"{PDFS}/operation/extractpdf", {**TEXTH, "x-api-key": hexs(32)}, txt, [], ["Form SV-112 rev. 03/2025", PRACTICE_PHONE, PRACTICE_ADDR], "pass")


# ============================================================================= 11. identity assertions and signed webhooks
def identity_and_webhooks():
    S = "oidc_userinfo"
    p = nextp()
    body = {"sub": "auth0|" + hexs(24), "name": p.full, "given_name": p.first, "family_name": p.last, "email": p.email, "email_verified": True,
            "birthdate": p.dobs("iso"), "phone_number": p.phone("e164"), "address": {"formatted": f"{p.street}\n{p.city}, OH {p.zip}", "postal_code": p.zip},
            "https://sciotovalleyhealth.org/claims/mrn": p.mrn, "https://sciotovalleyhealth.org/claims/programs": [f"{p.dx()} coaching"], "updated_at": epoch(13)}
    add(S, "POST", f"{WELL}/v1/sso/userinfo-sync", JSONH, J(body),
        [[p.full, "name"], [p.email, "email"], [p.dobs("iso"), "dob"], [p.phone("e164"), "phone"], [p.street, "address"], [p.zip, "zip"], [p.mrn, "mrn"],
         [p.dx(), "condition"]], ["email_verified"], "redact")
    p = nextp()
    x = (f'<soap11:Envelope xmlns:soap11="http://schemas.xmlsoap.org/soap/envelope/"><soap11:Body><samlp:ArtifactResponse xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" '
         f'ID="_{hexs(32)}" Version="2.0" IssueInstant="2026-04-02T13:10:00Z"><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>'
         f'<samlp:Response><saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"><saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">{sha(p.email)[:40]}</saml:NameID></saml:Subject>'
         f'<saml:AttributeStatement><saml:Attribute Name="urn:oid:2.5.4.42"><saml:AttributeValue>{xesc(p.first)}</saml:AttributeValue></saml:Attribute>'
         f'<saml:Attribute Name="urn:oid:2.5.4.4"><saml:AttributeValue>{xesc(p.last)}</saml:AttributeValue></saml:Attribute>'
         f'<saml:Attribute Name="patientDateOfBirth"><saml:AttributeValue>{p.dobs("d8")}</saml:AttributeValue></saml:Attribute>'
         f'<saml:Attribute Name="memberNumber"><saml:AttributeValue>{p.mbr}</saml:AttributeValue></saml:Attribute>'
         f'</saml:AttributeStatement></saml:Assertion></samlp:Response></samlp:ArtifactResponse></soap11:Body></soap11:Envelope>')
    add(S, "POST", f"{WELL}/saml/artifact", SOAPH, x, [[p.dobs("d8"), "dob"], [p.mbr, "member_id"]] + NM(p),
        ["urn:oasis:names:tc:SAML:2.0:status:Success"], "redact")
    body = {"sub": "auth0|" + hexs(24), "locale": "so-SO", "zoneinfo": "America/New_York", "updated_at": 1775131200, "amr": ["pwd", "otp"]}
    add("identity_clean", "POST", f"{WELL}/v1/sso/userinfo-sync", JSONH, J(body), [], ["America/New_York", "so-SO"], "pass")

    S = "signed_webhook"
    p = nextp()
    body = J({"type": "form.submitted", "form": "covid-screening", "answers": {"full_name": p.full, "date_of_birth": p.dobs("dmon"), "phone": p.phone("tight"),
             "symptoms": ["fever", "cough"], "exposure": "household"}, "submitted_at": ts(14)})
    mid = "msg_" + alnum(27)
    add(S, "POST", f"{N8N}/webhook/3c0e7d4a-intake", {**JSONH, "webhook-id": mid, "webhook-timestamp": str(epoch(14)), "webhook-signature": "v1," + b64(bytes.fromhex(sig(body)))},
        body, [[p.full, "name"], [p.dobs("dmon"), "dob"], [p.phone("tight"), "phone"]], ["covid-screening", mid], "redact")
    p = nextp()
    body = J({"event": "payment.failed", "customer": {"name": p.full, "email": p.email, "billing_zip": p.zip}, "card": {"last4": "0341", "brand": "visa"},
              "memo": f"copay for {p.ad('us')} visit ({p.dx()})"})
    add(S, "POST", f"{HKD}/e/src_{alnum(20)}", {**JSONH, "X-Hub-Signature-256": "sha256=" + sig(body), "X-Source-Event": "payment.failed"}, body,
        [[p.full, "name"], [p.email, "email"], [p.zip, "zip"], [p.ad("us"), "date"], [p.dx(), "condition"]], ["payment.failed", "0341"], "redact")
    body = J({"type": "deploy.finished", "service": "patient-portal", "version": BUILD, "commit": hexs(40), "duration_s": 212})
    add("webhook_clean", "POST", f"{N8N}/webhook/ops-deploys", {**JSONH, "webhook-id": "msg_" + alnum(27), "webhook-timestamp": "1775140021",
        "webhook-signature": "v1," + b64(bytes.fromhex(sig(body)))}, body, [], ["deploy.finished", BUILD], "pass")


# ============================================================================= 12. CloudEvents and MQTT bridges
def events_iot():
    S = "cloudevents"
    p = nextp()
    ev = {"specversion": "1.0", "type": "org.sciotovalley.patient.registered", "source": "/ehr/registration", "id": uuid(), "time": ts(15),
          "subject": f"patients/{p.mrn}", "datacontenttype": "application/json",
          "data": {"mrn": p.mrn, "name": p.full, "dob": p.dobs("iso"), "phone": p.phone("dash"), "registeredAt": p.ad("iso"), "ssn": p.ssn}}
    add(S, "POST", f"{EG}/api/events?api-version=2018-01-01", {"Content-Type": "application/cloudevents+json; charset=utf-8", "aeg-sas-key": b64(alnum(32))}, J(ev),
        [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("iso"), "dob"], [p.phone("dash"), "phone"], [p.ad("iso"), "date"], [p.ssn, "ssn"]],
        ["org.sciotovalley.patient.registered"], "redact")
    evs, phi = [], []
    for _ in range(2):
        p = nextp()
        evs.append({"specversion": "1.0", "type": "org.sciotovalley.appointment.noshow", "source": "/scheduling", "id": uuid(), "time": ts(16),
                    "data_base64": None, "data": {"patient": p.mrn, "appt": p.at("z"), "contact": p.email, "visitReason": p.dx()}})
        phi += [[p.mrn, "mrn"], [p.at("z"), "date"], [p.email, "email"], [p.dx(), "condition"]]
    add(S, "POST", f"{EG}/api/events?api-version=2018-01-01", {"Content-Type": "application/cloudevents-batch+json; charset=utf-8", "aeg-sas-key": b64(alnum(32))},
        J(evs), phi, ["org.sciotovalley.appointment.noshow"], "redact")
    p = nextp()
    data = J({"firstName": p.first, "lastName": p.last, "homeAddress": f"{p.street} {p.unit}", "zip": p.zip, "labFlag": "critical"})
    add(S, "POST", f"{EG}/api/events?api-version=2018-01-01", {"Content-Type": "application/json", "ce-specversion": "1.0", "ce-type": "org.sciotovalley.lab.critical",
        "ce-source": "/lab/interface", "ce-id": uuid(), "ce-subject": f"patients/{p.mrn}", "ce-time": ts(17), "ce-patientemail": p.email,
        "ce-partitionkey": p.phone("e164"), "aeg-sas-key": b64(alnum(32))}, data,
        NM(p) + [[p.street, "address"], [p.zip, "zip"], [p.mrn, "mrn"], [p.email, "email"], [p.phone("e164"), "phone"]], ["org.sciotovalley.lab.critical", "critical"], "redact")
    add("cloudevents_clean", "POST", f"{EG}/api/events?api-version=2018-01-01", {"Content-Type": "application/json", "ce-specversion": "1.0",
        "ce-type": "org.sciotovalley.schedule.published", "ce-source": "/scheduling", "ce-id": "b8e3b1c0-7d1f-4f8e-9a5e-2f0c1d9e7a11", "ce-time": "2026-04-02T12:00:00Z",
        "aeg-sas-key": b64(alnum(32))}, J({"week": "2026-W15", "openSlots": 186, "providers": [staff(0, "name"), staff(3, "name")]}),
        [], ["b8e3b1c0-7d1f-4f8e-9a5e-2f0c1d9e7a11", "2026-W15", staff(3, "name")], "pass")

    S = "mqtt_bridge"
    p = nextp(); dev = "OMRON-BP7450-" + alnum(8, "0123456789ABCDEF")
    payload = J({"device": dev, "patient": {"mrn": p.mrn, "name": p.full, "dob": p.dobs("iso")}, "sys": 162, "dia": 98, "pulse": 77, "ts": epoch(18)})
    body = {"topic": f"svfh/rpm/{dev}/bp", "payload": payload, "qos": 1, "retain": False, "payload_encoding": "plain",
            "properties": {"user_properties": {"patient_phone": p.phone("bare")}}}
    add(S, "POST", f"{EMQX}/api/v5/publish", {**JSONH, "Authorization": "Basic " + b64("svfh-bridge:" + alnum(16))}, J(body),
        [[dev, "device_id"], [p.mrn, "mrn"], [p.full, "name"], [p.dobs("iso"), "dob"], [p.phone("bare"), "phone"]], ["payload_encoding"], "redact")
    p = nextp(); dev = "DEXG7-" + alnum(6, "0123456789ABCDEF")
    payload = J({"device": dev, "glucose": 287, "trend": "rising", "alert": f"Call {p.first} {p.last} at {p.phone('paren')}"})
    blob = b64(payload)
    body = [{"topic": f"svfh/rpm/{dev}/cgm", "payload": blob, "payload_encoding": "base64", "qos": 0}]
    add(S, "POST", f"{EMQX}/api/v5/publish/bulk", {**JSONH, "Authorization": "Basic " + b64("svfh-bridge:" + alnum(16))}, J(body),
        [[dev, "device_id"], [blob, "phone"]], [], "redact")
    p = nextp()
    body = {"asyncapi": "2.6.0", "channel": "clinic/checkin/kiosk-2", "message": {"name": "CheckInCompleted", "payload": {"patientName": p.full,
            "dob": p.dobs("us"), "insuranceId": p.mbr, "copayCollected": "25.00"}}}
    add(S, "POST", f"{HIVE}/api/v1/mqtt/publish", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body),
        [[p.full, "name"], [p.dobs("us"), "dob"], [p.mbr, "member_id"]], ["CheckInCompleted", "25.00"], "redact")
    body = {"topic": "svfh/rpm/fleet/firmware", "payload": J({"model": "OMRON-BP7450", "firmware": "2.14.0", "rollout": 0.25, "released": "2026-03-30"}), "qos": 1}
    add("mqtt_clean", "POST", f"{EMQX}/api/v5/publish", {**JSONH, "Authorization": "Basic " + b64("svfh-bridge:" + alnum(16))}, J(body), [],
        ["2.14.0", "2026-03-30"], "pass")


# ============================================================================= 13. observability: Elasticsearch / OpenSearch / ClickHouse / InfluxDB / StatsD / Graphite
def observability():
    S = "es_bulk"
    p1, p2 = nextp(), nextp()
    lines = [{"index": {"_index": "portal-audit-2026.04.02", "_id": uuid()}},
             {"@timestamp": ts(19), "event": {"action": "chart.view"}, "user": {"name": staff(2, "email")}, "patient": {"mrn": p1.mrn, "display": p1.full},
              "url": {"original": f"/charts/{p1.mrn}?tab=problems"}, "message": f"viewed problem list ({p1.dx()})"},
             {"create": {"_index": "portal-audit-2026.04.02"}},
             {"@timestamp": ts(20), "event": {"action": "demographics.update"}, "changes": {"phone": [None, p2.phone("dash")], "email": [None, p2.email]},
              "client": {"ip": p2.ip}, "labels": {"patient_dob": p2.dobs("iso")}}]
    add(S, "POST", f"{ES}/_bulk?refresh=false", {**NDH, "Authorization": "ApiKey " + b64(alnum(20) + ":" + alnum(22))}, ND(lines),
        [[p1.mrn, "mrn"], [p1.full, "name"], [p1.dx(), "condition"], [p2.phone("dash"), "phone"], [p2.email, "email"], [p2.ip, "ip_address"], [p2.dobs("iso"), "dob"]],
        ["chart.view", "portal-audit-2026.04.02", staff(2, "email")], "redact")
    p = nextp()
    body = {"query": {"bool": {"must": [{"match": {"patient.last_name": p.last}}, {"term": {"patient.dob": p.dobs("iso")}}],
            "filter": [{"term": {"patient.zip": p.zip}}]}}, "size": 20, "_source": ["mrn", "visits"]}
    add(S, "POST", f"{ES}/patients-v3/_search", {**JSONH, "Authorization": "ApiKey " + b64(alnum(20) + ":" + alnum(22))}, J(body),
        [[p.last, "name"], [p.dobs("iso"), "dob"], [p.zip, "zip"]], ["patients-v3", "_source"], "redact")
    p = nextp()
    body = {"timestamp": ts(21), "level": "WARN", "logger": "eligibility.client", "msg": f"271 AAA*N**72 for member {p.mbr} ({p.last}/{p.first[0]}) dob {p.dobs('d8')}",
            "mbi": p.mbi, "trace.id": hexs(32)}
    add(S, "POST", f"{AOSS}/app-logs-2026.04/_doc", {**JSONH, "x-amz-content-sha256": hexs(64), "Authorization": "AWS4-HMAC-SHA256 Credential=AKIA" + alnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") + "/20260402/us-east-2/aoss/aws4_request"},
        J(body), [[p.mbr, "member_id"], [p.last, "name"], [p.dobs("d8"), "dob"], [p.mbi, "mbi"]], ["eligibility.client", "AAA*N**72"], "redact")

    S = "clickhouse_http"
    rows = []; phi = []
    for _ in range(2):
        p = nextp()
        rows.append({"ts": f"2026-04-02 {R.randint(8, 17):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}", "event": "portal_login", "user_email": p.email,
                     "user_phone": p.phone("e164"), "geo_zip": p.zip, "ok": 1})
        phi += [[p.email, "email"], [p.phone("e164"), "phone"], [p.zip, "zip"]]
    q = quote("INSERT INTO portal.events FORMAT JSONEachRow")
    add(S, "POST", f"{CH}/?query={q}&async_insert=1", {**NDH, "X-ClickHouse-User": "ingest", "X-ClickHouse-Key": alnum(24)}, ND(rows), phi, ["portal_login"], "redact")
    p = nextp()
    sql = (f"INSERT INTO billing.statements (stmt_id, guarantor, address, dob, amount) VALUES "
           f"('ST-{digits(7)}', '{p.full.replace(chr(39), chr(39) * 2)}', '{p.street}, {p.city} OH {p.zip}', '{p.dobs('iso')}', 212.17)")
    add(S, "POST", f"{CH}/", {"Content-Type": "text/plain; charset=utf-8", "X-ClickHouse-User": "ingest", "X-ClickHouse-Key": alnum(24)}, sql,
        [[p.full, "name"], [p.street, "address"], [p.zip, "zip"], [p.dobs("iso"), "dob"]], ["billing.statements", "212.17"], "redact")
    p = nextp()
    q = quote(f"SELECT visit_id, reason FROM emr.visits WHERE patient_mrn = '{p.mrn}' AND dob = '{p.dobs('iso')}' FORMAT JSON")
    add(S, "GET", f"{CH}/?query={q}", {"X-ClickHouse-User": "analyst", "X-ClickHouse-Key": alnum(24)}, "",
        [[p.mrn, "mrn"], [p.dobs("iso"), "dob"]], ["emr.visits"], "redact")

    S = "influx_line"
    p = nextp()
    nm = p.full.replace(" ", "\\ ")
    lines = (f"appt_reminder,clinic=columbus,channel=sms,patient={nm},phone={p.phone('bare')} delivered=1i,latency_ms=412i {epoch(22)}000000000\n"
             f"appt_reminder,clinic=columbus,channel=sms delivered=1i,latency_ms=388i {epoch(22)}000000000\n")
    add(S, "POST", f"{INFLX}/api/v2/write?org=svfh&bucket=ops&precision=ns", {**TEXTH, "Authorization": "Token " + alnum(86)}, lines,
        NM(p) + [[p.phone("bare"), "phone"]], ["appt_reminder", "latency_ms=388i"], "redact")
    p = nextp()
    lines = f"rpm_bp,device=OMRON,mrn={p.mrn},dx={p.icd()} sys=171i,dia=104i,email=\"{p.email}\" {epoch(23)}\n"
    add(S, "POST", f"{INFLX}/api/v2/write?org=svfh&bucket=rpm&precision=s", {**TEXTH, "Authorization": "Token " + alnum(86)}, lines,
        [[p.mrn, "mrn"], [p.icd(), "icd10"], [p.email, "email"]], ["rpm_bp", "sys=171i"], "redact")

    S = "statsd_graphite"
    p = nextp()
    lines = (f"portal.refill_request:1|c|#env:prod,patient_mrn:{p.mrn},dob:{p.dobs('iso')}\n"
             f"portal.page_load_ms:842|ms|@0.5|#env:prod,page:refills\n")
    add(S, "POST", f"{STATSD}/v1/statsd", TEXTH, lines, [[p.mrn, "mrn"], [p.dobs("iso"), "dob"]], ["portal.page_load_ms:842|ms|@0.5"], "redact")
    p = nextp()
    slug = f"{p.first}_{p.last}".lower().replace(" ", "_").replace("-", "_")
    lines = (f"svfh.reminders.sent.{slug}.{p.phone('bare')} 1 {epoch(24)}\nsvfh.reminders.sent.total 311 {epoch(24)}\n")
    add(S, "POST", f"{HG}/api/v1/sink", {**TEXTH, "Authorization": "Basic " + b64(uuid() + ":")}, lines,
        [[p.first.lower().split()[0].replace("-", "_"), "name"], [p.last.lower().replace(" ", "_").replace("-", "_"), "name"], [p.phone("bare"), "phone"]],
        ["svfh.reminders.sent.total"], "redact")

    S = "observability_clean"
    lines = [{"index": {"_index": "portal-perf-2026.04.02"}}, {"@timestamp": "2026-04-02T14:11:09.221Z", "service": {"name": "patient-portal", "version": BUILD},
             "http": {"route": "/api/v2/appointments/:id", "status": 200}, "duration_ms": 138, "trace.id": "4bf92f3577b34da6a3ce929d0e0e4736"}]
    add(S, "POST", f"{ES}/_bulk", {**NDH, "Authorization": "ApiKey " + b64(alnum(20) + ":" + alnum(22))}, ND(lines), [],
        ["4bf92f3577b34da6a3ce929d0e0e4736", "/api/v2/appointments/:id"], "pass")
    add(S, "POST", f"{INFLX}/api/v2/write?org=svfh&bucket=ops&precision=s", {**TEXTH, "Authorization": "Token " + alnum(86)},
        "clinic_wait,site=springfield,room=lobby median_min=11.5,p95_min=27,patients=64i 1775142000\nclinic_wait,site=columbus,room=lobby median_min=9,p95_min=22,patients=118i 1775142000\n",
        [], ["median_min=11.5", "patients=118i"], "pass")
    add(S, "POST", f"{STATSD}/v1/statsd", TEXTH, "fax.outbound.sent:27|c|#env:prod\nfax.outbound.failed:2|c|#env:prod\nportal.build_info:1|g|#version:5.12.3,commit:9f1c2ab\n",
        [], ["fax.outbound.sent:27|c", "9f1c2ab"], "pass")
    add(S, "POST", f"{HG}/api/v1/sink", {**TEXTH, "Authorization": "Basic " + b64(uuid() + ":")},
        "svfh.phones.main_line.calls 412 1775142000\nsvfh.phones.main_line.abandoned 19 1775142000\nsvfh.billing.collected_usd 18342.55 1775142000\n",
        [], ["svfh.billing.collected_usd 18342.55"], "pass")
    q = quote("INSERT INTO ops.deploys FORMAT JSONEachRow")
    add(S, "POST", f"{CH}/?query={q}", {**NDH, "X-ClickHouse-User": "ingest", "X-ClickHouse-Key": alnum(24)},
        ND([{"ts": "2026-04-02 13:55:02", "service": "fax-gateway", "version": "1.8.4", "sha": "e1d2c3b4a5f60718293a4b5c6d7e8f9012345678"}]), [],
        ["fax-gateway", "e1d2c3b4a5f60718293a4b5c6d7e8f9012345678"], "pass")


# ============================================================================= 14. SOAP with WS-Security, EDIFACT
def soap_edifact():
    S = "soap_wssecurity"
    p = nextp()
    x = (f'<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:elig="urn:caresource:eligibility:v2" '
         f'xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd" '
         f'xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd"><soapenv:Header><wsse:Security soapenv:mustUnderstand="1">'
         f'<wsu:Timestamp wsu:Id="TS-{hexs(8)}"><wsu:Created>2026-04-02T13:20:11Z</wsu:Created><wsu:Expires>2026-04-02T13:25:11Z</wsu:Expires></wsu:Timestamp>'
         f'<wsse:UsernameToken wsu:Id="UT-{hexs(8)}"><wsse:Username>SVFH_EDI_01</wsse:Username><wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">{b64(hexs(20))}</wsse:Password>'
         f'<wsse:Nonce>{b64(hexs(16))}</wsse:Nonce></wsse:UsernameToken></wsse:Security></soapenv:Header><soapenv:Body><elig:EligibilityRequest>'
         f'<elig:Provider><elig:NPI>{GROUP_NPI}</elig:NPI></elig:Provider><elig:Subscriber><elig:MemberId>{p.mbr}</elig:MemberId>'
         f'<elig:FirstName>{xesc(p.first)}</elig:FirstName><elig:LastName>{xesc(p.last)}</elig:LastName><elig:BirthDate>{p.dobs("iso")}</elig:BirthDate>'
         f'<elig:SSN>{p.ssn.replace("-", "")}</elig:SSN><elig:HomePhone>{p.phone("paren")}</elig:HomePhone></elig:Subscriber>'
         f'<elig:ServiceDate>{p.ad("iso")}</elig:ServiceDate><elig:ServiceType>30</elig:ServiceType></elig:EligibilityRequest></soapenv:Body></soapenv:Envelope>')
    add(S, "POST", f"{ELIG}/EligibilityService/v2", {**SOAPH, "SOAPAction": "urn:caresource:eligibility:v2/Check"}, x,
        NM(p) + [[p.mbr, "member_id"], [p.dobs("iso"), "dob"], [p.ssn.replace("-", ""), "ssn"], [p.phone("paren"), "phone"], [p.ad("iso"), "date"]],
        ["SVFH_EDI_01", GROUP_NPI], "redact")
    p = nextp()
    x = (f'<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">'
         f'<soapenv:Header><wsse:Security><wsse:UsernameToken><wsse:Username>SVFH_EDI_01</wsse:Username><wsse:Password>{alnum(16)}</wsse:Password></wsse:UsernameToken></wsse:Security></soapenv:Header>'
         f'<soapenv:Body><PriorAuthNote xmlns="urn:caresource:pa:v1"><CaseNumber>PA-{digits(8)}</CaseNumber><Member>{p.mbr}</Member>'
         f'<Narrative>{xesc(p.full)} ({p.dobs("us")}) with {p.dx()}; requesting {p.med()}. Pt reachable at {p.email} or {p.phone("dash")}. Home: {p.street}, {p.city} {p.zip}.</Narrative>'
         f'</PriorAuthNote></soapenv:Body></soapenv:Envelope>')
    add(S, "POST", f"{ELIG}/PriorAuthService/v1", {**SOAPH, "SOAPAction": "urn:caresource:pa:v1/AddNote"}, x,
        [[p.mbr, "member_id"], [p.full, "name"], [p.dobs("us"), "dob"], [p.dx(), "condition"], [p.email, "email"], [p.phone("dash"), "phone"],
         [p.street, "address"], [p.zip, "zip"]], ["PriorAuthNote"], "redact")
    x = (f'<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">'
         f'<soapenv:Header><wsse:Security><wsse:UsernameToken><wsse:Username>SVFH_EDI_01</wsse:Username><wsse:Password>{alnum(16)}</wsse:Password></wsse:UsernameToken></wsse:Security></soapenv:Header>'
         f'<soapenv:Body><Ping xmlns="urn:caresource:eligibility:v2"><Echo>svfh-healthcheck-20260402</Echo><ClientVersion>{BUILD}</ClientVersion></Ping></soapenv:Body></soapenv:Envelope>')
    add("soap_clean", "POST", f"{ELIG}/EligibilityService/v2", {**SOAPH, "SOAPAction": "urn:caresource:eligibility:v2/Ping"}, x, [], ["svfh-healthcheck-20260402", BUILD], "pass")

    S = "edifact"
    p = nextp()
    ln, fn = p.last.upper().replace("-", " "), p.first.upper()
    e = (f"UNA:+.? 'UNB+UNOC:3+SVFH01:ZZZ+GLOBALASSIST:ZZZ+260402:1320+{digits(8)}'UNH+1+INVOIC:D:96A:UN'BGM+380+INV{digits(6)}+9'"
         f"DTM+137:20260402:102'NAD+PAT+++{ln}:{fn}+{p.street.upper()}+{p.city.upper()}+OH+{p.zip}+US'DTM+329:{p.dobs('d8')}:102'"
         f"RFF+ACD:{p.mbr}'RFF+AHR:{p.passport}'COM+{p.phone('e164')}:TE'DTM+194:{p.ad('d8')}:102'"
         f"LIN+1++99204:CPT'MOA+203:245.00'FTX+AAI+++{p.dx().upper()}'UNT+14+1'UNZ+1+{digits(8)}'")
    add(S, "POST", f"{GASSIST}/edi/inbound/invoic", {"Content-Type": "application/EDIFACT"}, e,
        [[ln.split()[0], "name"], [fn.split()[0], "name"], [p.street.upper(), "address"], [p.zip, "zip"], [p.dobs("d8"), "dob"], [p.mbr, "member_id"],
         [p.passport, "passport"], [p.phone("e164"), "phone"], [p.ad("d8"), "date"], [p.dx().upper(), "condition"]], ["INVOIC:D:96A:UN", "203:245.00"], "redact")
    p = nextp()
    e = (f"UNB+UNOC:3+SVFH01:ZZZ+GLOBALASSIST:ZZZ+260402:1405+{digits(8)}'UNH+1+MEDRPT:D:93A:UN'BGM+A17+REP{digits(5)}'"
         f"PNA+PAT++{p.last.upper()}:{p.first.upper()}'DTM+329:{p.dobs('yymmdd')}:101'RFF+AHR:{p.passport}'"
         f"FTX+ACD+++Traveler seen for {p.dx()}. Fit to fly?: NO'UNT+6+1'UNZ+1+{digits(8)}'")
    add(S, "POST", f"{GASSIST}/edi/inbound/medrpt", {"Content-Type": "application/EDIFACT"}, e,
        [[p.last.upper(), "name"], [p.first.upper(), "name"], [p.dobs("yymmdd"), "dob"], [p.passport, "passport"], [p.dx(), "condition"]], ["MEDRPT:D:93A:UN"], "redact")
    e = "UNB+UNOC:3+SVFH01:ZZZ+GLOBALASSIST:ZZZ+260402:1500+00004471'UNH+1+PRICAT:D:96A:UN'BGM+9+PL2026Q2'LIN+1++99204:CPT'PRI+AAA:245.00'LIN+2++99213:CPT'PRI+AAA:145.00'UNT+8+1'UNZ+1+00004471'"
    add("edifact_clean", "POST", f"{GASSIST}/edi/inbound/pricat", {"Content-Type": "application/EDIFACT"}, e, [], ["PL2026Q2", "AAA:245.00"], "pass")


# ============================================================================= 15. free text in other languages mixed with English
def multilingual():
    S = "multilingual"
    p = pt(4)
    msg = (f"Namaste doctor sahab, mera naam {p.full} hai, DOB {p.dobs('dmy')}. Meri sugar bahut high aa rahi hai, {p.dx()} ki dawai {p.med()} khatam ho gayi hai. "
           f"Mera mobile {p.phone('spc')} hai aur email {p.email}. Kya {p.ad('us')} ko subah appointment mil sakta hai?")
    add(S, "POST", f"{SPRUCE}/v1/conversations/{uuid()}/messages", {**JSONH, "Authorization": "Bearer " + alnum(40)},
        J({"message": {"text": msg, "internal": False}, "channel": "sms"}),
        [[p.full, "name"], [p.dobs("dmy"), "dob"], [p.dx(), "condition"], [p.phone("spc"), "phone"], [p.email, "email"], [p.ad("us"), "date"]], ["sms"], "redact")
    p = pt(2)
    txt = (f"Magacaygu waa {p.first} {p.middle} {p.last}. Taariikhda dhalashadaydu waa {p.dobs('dmy')}. Waxaan qabaa {p.dx()}. "
           f"Lambarka caymiska Medicaid: {p.mbr}. Cinwaankaygu waa {p.street} {p.unit}, {p.city} {p.zip}. Fadlan i soo wac {p.phone('dash')}.")
    add(S, "POST", f"{GTR}/language/translate/v2?key=AIza{alnum(35)}", JSONH, J({"q": [txt], "source": "so", "target": "en", "format": "text"}),
        NM(p) + [[p.middle, "name"], [p.dobs("dmy"), "dob"], [p.dx(), "condition"], [p.mbr, "member_id"], [p.street, "address"], [p.zip, "zip"], [p.phone("dash"), "phone"]],
        ["format"], "redact")
    p = pt(0)
    msg = (f"Bonjou, mwen rele {p.full}, dat nesans mwen se {p.dobs('ht')}. Mwen gen {p.dx()} epi mwen bezwen renouvle {p.med()}. "
           f"Nimewo telefòn mwen se {p.phone('dash')}. Mwen rete {p.street}, {p.city}. Randevou mwen se {p.ad('us')}. Mèsi anpil!")
    add(S, "POST", f"{SPRUCE}/v1/conversations/{uuid()}/messages", {**JSONH, "Authorization": "Bearer " + alnum(40)},
        J({"message": {"text": msg, "internal": False}, "channel": "secure"}, ascii_=True),
        [[p.full, "name"], [p.dobs("ht"), "dob"], [p.dx(), "condition"], [p.phone("dash"), "phone"], [p.street, "address"], [p.ad("us"), "date"]], ["secure"], "redact")
    p = pt(6)
    txt = (f"ስሜ {p.native} ({p.full}) ነው። የትውልድ ቀን {p.dobs('iso')}። ስልክ ቁጥር {p.phone('paren')}። "
           f"የ{p.dx()} መድሃኒት ({p.med()}) አልቆብኛል። MRN {p.mrn}።")
    add(S, "POST", f"{GTR}/language/translate/v2?key=AIza{alnum(35)}", JSONH, J({"q": txt, "source": "am", "target": "en"}),
        [[p.native.split()[0], "name"], [p.native.split()[1], "name"], [p.full, "name"], [p.dobs("iso"), "dob"], [p.phone("paren"), "phone"], [p.dx(), "condition"], [p.mrn, "mrn"]],
        ["target"], "redact")
    p = pt(8)
    txt = (f"سلام، من {p.native} هستم ({p.full}). تاریخ تولد: {p.dobs('fa')}. شماره تلفن: {p.phone('fa')}. "
           f"دکتر گفت من {p.dx()} دارم. ایمیل من {p.email} است.")
    add(S, "POST", f"{GTR}/language/translate/v2?key=AIza{alnum(35)}", JSONH, J({"q": txt, "source": "fa", "target": "en"}),
        [[p.native.split()[0], "name"], [p.native.split()[1], "name"], [p.full, "name"], [p.dobs("fa"), "dob"], [p.phone("fa"), "phone"], [p.dx(), "condition"], [p.email, "email"]],
        ["source"], "redact")
    p = pt(10)
    txt = (f"Доброго дня! Мене звати {p.native} ({p.full}), дата народження {p.dobs('dot')}. Мій номер телефону {p.phone('paren')}, "
           f"адреса {p.street}, {p.city}, OH {p.zip}. У мене {p.dx()}, потрібен рецепт на {p.med()}.")
    add(S, "POST", f"{DEEPL}/v2/translate", {**FORMH, "Authorization": "DeepL-Auth-Key " + uuid()}, form([("text", txt), ("source_lang", "UK"), ("target_lang", "EN-US")]),
        [[p.native.split()[0], "name"], [p.native.split()[1], "name"], [p.full, "name"], [p.dobs("dot"), "dob"], [p.phone("paren"), "phone"], [p.street, "address"],
         [p.zip, "zip"], [p.dx(), "condition"]], ["EN-US"], "redact")
    p = pt(37)
    msg = f"Привіт, це {p.native}. Для страховки потрібен мій SSN: {p.ssn}. Дата народження {p.dobs('dot')}, тел. {p.phone('dot')}. Дякую!"
    add(S, "POST", f"{SPRUCE}/v1/conversations/{uuid()}/messages", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J({"message": {"text": msg}}),
        [[p.native, "name"], [p.ssn, "ssn"], [p.dobs("dot"), "dob"], [p.phone("dot"), "phone"]], [], "redact")
    p = pt(34)
    msg = (f"Haa, waxaan ahay {p.full}, ballanta {p.ad('us')} waan imaan doonaa. Hooyaday {p.dobs('us')} ayay dhalatay? maya, taasi waa taariikhdayda. "
           f"Emailkayga waa {p.email}, SSN {p.ssn.replace('-', ' ')}.")
    add(S, "POST", f"{SPRUCE}/v1/conversations/{uuid()}/messages", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J({"message": {"text": msg}, "channel": "sms"}),
        [[p.full, "name"], [p.ad("us"), "date"], [p.dobs("us"), "dob"], [p.email, "email"], [p.ssn.replace("-", " "), "ssn"]], [], "redact")
    p = pt(5)
    msg = f"Bhai {p.first} ji ka report aa gaya: HIV test positive hai. Unka DOB {p.dobs('dmy')} aur patient ID {p.mrn}. Kal unko call karna, number {p.phone('e164')}."
    add(S, "POST", f"{DEEPL}/v2/translate", {**FORMH, "Authorization": "DeepL-Auth-Key " + uuid()}, form([("text", msg), ("target_lang", "EN-US")]),
        [[p.first, "name"], ["HIV test positive", "condition"], [p.dobs("dmy"), "dob"], [p.mrn, "mrn"], [p.phone("e164"), "phone"]], ["target_lang"], "redact")

    S = "multilingual_clean"
    txt = "Tallaalka hargabka (flu shot) waa bilaash xarunteena. Wac (614) 273-4800 ama kaalay Isniin ilaa Jimce, 8:00 - 4:00."
    add(S, "POST", f"{GTR}/language/translate/v2?key=AIza{alnum(35)}", JSONH, J({"q": txt, "source": "so", "target": "en"}), [], ["Tallaalka hargabka", PRACTICE_PHONE], "pass")
    txt = (f"Години роботи: пн–пт 8:00–17:00. Адреса: {PRACTICE_ADDR}, {PRACTICE_CITY}. Телефон: {PRACTICE_PHONE}.\n— {staff(6, 'full')}")
    add(S, "POST", f"{DEEPL}/v2/translate", {**FORMH, "Authorization": "DeepL-Auth-Key " + uuid()}, form([("text", txt), ("target_lang", "EN-US")]), [],
        [PRACTICE_ADDR, PRACTICE_PHONE, staff(6, "full")], "pass")
    txt = "በዚህ ወር 1,204 ታካሚዎች ታይተዋል። የስኳር በሽታ (diabetes) ትምህርት ክፍል ሐሙስ 2:00 PM ይካሄዳል። Free blood pressure checks every Friday."
    add(S, "POST", f"{GTR}/language/translate/v2?key=AIza{alnum(35)}", JSONH, J({"q": txt, "source": "am", "target": "en"}), [], ["1,204", "Free blood pressure checks"], "pass")
    txt = "Dawakhana ka naya samay: Saturday 9 baje se 1 baje tak. Blood sugar aur BP check free hai. Appointment ke liye (614) 273-4800 par call karein."
    add(S, "POST", f"{SPRUCE}/v1/broadcasts", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J({"text": txt, "audience": "opted-in-hi", "send_at": "2026-04-04T13:00:00Z"}), [],
        [PRACTICE_PHONE, "2026-04-04T13:00:00Z"], "pass")
    txt = "برنامه واکسیناسیون کودکان: دوشنبه تا جمعه. شماره تماس: (614) 273-4800. Dr. Adaeze Nwosu"
    add(S, "POST", f"{GTR}/language/translate/v2?key=AIza{alnum(35)}", JSONH, J({"q": txt, "source": "fa", "target": "en"}), [], [PRACTICE_PHONE, "Dr. Adaeze Nwosu"], "pass")


# ============================================================================= 16. error trackers (block)
def error_trackers():
    S = "error_tracker"
    p = nextp()
    body = {"uuid": uuid(), "timestamp": epoch(25), "lang": "python", "langVersion": "3.12.2", "agent": "backtrace-python", "agentVersion": "0.4.1",
            "mainThread": "MainThread", "classifiers": ["IntegrityError"], "attributes": {"application": "svfh-scheduler", "patient.email": p.email,
            "error.message": f"duplicate key value violates unique constraint \"patients_ssn_key\" DETAIL: Key (ssn)=({p.ssn}) already exists."}}
    add(S, "POST", f"{BTR}/post?format=json&token={hexs(64)}", JSONH, J(body), [[p.email, "email"], [p.ssn, "ssn"]], [], "block")
    p = nextp()
    body = {"notifier": "Laravel Client", "language": "PHP", "framework_version": "11.4.0", "exception_class": "Illuminate\\Database\\QueryException",
            "message": "SQLSTATE[22007]: Invalid datetime format", "context": {"request": {"url": f"{PORTAL}/appointments", "method": "POST"},
            "request_data": {"body": {"patient_name": p.full, "dob": p.dobs("usn"), "phone": p.phone("dot"), "reason": p.dx()}}}, "stage": "production"}
    add(S, "POST", f"{FLARE}/api/reports?key={alnum(32)}", JSONH, J(body),
        [[p.full, "name"], [p.dobs("usn"), "dob"], [p.phone("dot"), "phone"], [p.dx(), "condition"]], [], "block")
    p = nextp()
    body = {"operationName": "PushPayload", "variables": {"session_secure_id": alnum(28), "payload_id": "42", "events": {"events": []},
            "messages": J({"messages": [{"type": "console.log", "value": [f"loaded chart {p.mrn} for {p.full}"], "time": epoch(26) * 1000}]}),
            "resources": "[]", "errors": []}, "query": "mutation PushPayload($session_secure_id: String!, $payload_id: ID!, $events: ReplayEventsInput!, $messages: String!, $resources: String!, $errors: [ErrorObjectInput]!) { pushPayload(session_secure_id: $session_secure_id, payload_id: $payload_id, events: $events, messages: $messages, resources: $resources, errors: $errors) }"}
    add(S, "POST", f"{HIGH}/", JSONH, J(body), [[p.mrn, "mrn"], [p.full, "name"]], [], "block")
    body = {"notifier": "Laravel Client", "language": "PHP", "exception_class": "RuntimeException", "message": "Redis connection refused (tcp://10.0.4.17:6379)",
            "context": {"request": {"url": f"{PORTAL}/health", "method": "GET"}}, "stage": "production", "application_version": BUILD}
    add("error_clean", "POST", f"{FLARE}/api/reports?key={alnum(32)}", JSONH, J(body), [], ["Redis connection refused", BUILD], "pass")
    body = {"uuid": "0f8a2c11-5b7e-4c3d-9e21-7a6b5c4d3e2f", "timestamp": 1775141234, "lang": "python", "agent": "backtrace-python", "classifiers": ["TimeoutError"],
            "attributes": {"application": "svfh-fax-gateway", "error.message": "fax provider timeout after 30s (job fx_8Hq2LmZ1)", "version": "1.8.4"}}
    add("error_clean", "POST", f"{BTR}/post?format=json&token={hexs(64)}", JSONH, J(body), [], ["0f8a2c11-5b7e-4c3d-9e21-7a6b5c4d3e2f", "fx_8Hq2LmZ1"], "pass")


# ============================================================================= 17. more clean look-alikes
def more_clean():
    S = "clean_misc"
    body = {"data": [{"Product_Name": "Sleep apnea screening package", "Unit_Price": 149.0, "Product_Code": "SVC-SLEEP-01", "Description": "Includes home sleep test and follow-up."}]}
    add(S, "POST", f"{ZOHO}/crm/v6/Products", {**JSONH, "Authorization": "Zoho-oauthtoken 1000." + hexs(32)}, J(body), [], ["SVC-SLEEP-01", "Sleep apnea screening package"], "pass")
    body = {"Messages": [{"From": {"Email": f"billing@{SITE}"}, "To": [{"Email": f"ap@{SITE}"}], "TemplateID": 5930301,
            "Variables": {"invoice": "INV-2026-000417", "vendor": "McKesson Medical-Surgical", "total": "$3,114.82", "due": "2026-05-01", "approved_by": staff(5, "name")}}]}
    add(S, "POST", f"{MJ}/v3.1/send", {**JSONH, "Authorization": "Basic " + b64(hexs(32) + ":" + hexs(32))}, J(body), [], ["INV-2026-000417", "$3,114.82", staff(5, "name")], "pass")
    body = {"properties": {"room_name": "svfh-staff-training", "user_name": staff(2, "name"), "is_owner": True, "exp": 1775214000}}
    add(S, "POST", f"{DAILY}/v1/meeting-tokens", {**JSONH, "Authorization": "Bearer " + hexs(64)}, J(body), [], [staff(2, "name"), "svfh-staff-training"], "pass")
    ev = {"specversion": "1.0", "type": "org.sciotovalley.inventory.low", "source": "/supply", "id": "8c1d4e0a-2b3f-4a5b-9c6d-7e8f9a0b1c2d", "time": "2026-04-02T15:20:00Z",
          "data": {"sku": "FLU-QIV-2025-PFS", "onHand": 18, "reorderPoint": 40, "lot": "UJ4471AB", "expires": "2026-06-30"}}
    add(S, "POST", f"{EG}/api/events?api-version=2018-01-01", {"Content-Type": "application/cloudevents+json; charset=utf-8", "aeg-sas-key": b64(alnum(32))}, J(ev), [],
        ["FLU-QIV-2025-PFS", "UJ4471AB", "2026-06-30"], "pass")
    body = {"orderControl": "CA", "placerOrderNumber": "SV-ORD-7712004", "reason": "duplicate order", "accountNumber": "97512044"}
    add(S, "POST", f"{QUEST}/hub/v2/orders/SV-ORD-7712004/cancel", JSONH, J(body), [], ["SV-ORD-7712004", "duplicate order"], "pass")
    body = {"type": "refill.stats", "data": {"period": "2026-03", "requested": 1412, "approved": 1288, "median_hours": 5.5}}
    bj = J(body)
    add(S, "POST", f"{RFW}/v1/webhooks/svfh", {**JSONH, "X-Refillwise-Signature": "t=1775142222,v1=" + sig(bj)}, bj, [], ["1412", "median_hours"], "pass")
    txt = ("SVFH Vision Center - Contact lens care\n1. Wash hands before handling lenses.\n2. Replace your case every 3 months.\nGlaucoma is often silent: "
           "adults over 40 should have an eye exam every 1-2 years.\nReviewed by Kavita Raghunathan, OD - 03/2026\n")
    add(S, "POST", f"{PDFS}/operation/extractpdf", {**TEXTH, "x-api-key": hexs(32)}, txt, [], ["Kavita Raghunathan, OD", "Replace your case every 3 months"], "pass")
    body = {"content": "Q1 dental recall results", "description": "<p>Recall letters sent: 2,140. Booked: 688 (32%). Hygiene chair utilization 84%.</p>"}
    add(S, "POST", f"{BCAMP}/5512093/buckets/30114/todolists/7781002/todos.json", JSONH, J(body), [], ["2,140", "84%"], "pass")
    body = {"templateId": 60, "to": [{"email": f"providers@{SITE}"}], "params": {"MEETING": "Provider meeting 2026-04-09 12:15", "ROOM": "Conf B, 2450 Cleveland Ave",
            "AGENDA": "HEDIS A1c gap closure (62% -> 71% target), new phone tree"}}
    add(S, "POST", f"{BRV}/v3/smtp/email", {**JSONH, "api-key": "xkeysib-" + hexs(64)}, J(body), [], ["Provider meeting 2026-04-09 12:15", "62% -> 71%"], "pass")
    x = (f'<?xml version="1.0"?><ServiceLocations><Location id="COL"><Name>{xesc(PRACTICE)}</Name><Addr>{PRACTICE_ADDR}</Addr><Zip>{PRACTICE_ZIP}</Zip>'
         f'<Phone>{PRACTICE_PHONE_DASH}</Phone></Location><Location id="SPR"><Addr>{SPR_ADDR}</Addr><Phone>{SPR_PHONE}</Phone></Location></ServiceLocations>')
    add(S, "POST", f"{ELIG}/ProviderDirectory/v1/locations", {**XMLH}, x, [], [PRACTICE_PHONE_DASH, SPR_PHONE, PRACTICE_ADDR], "pass")


# ============================================================================= 18. unknown hosts (deny)
def unknown_hosts():
    S = "unknown_host"
    p = nextp()
    add(S, "POST", "http://api.free-translate-now.example/v1/translate", JSONH, J({"text": f"Mwen rele {p.full}, dat nesans {p.dobs('us')}", "to": "en"}),
        [[p.full, "name"], [p.dobs("us"), "dob"]], [], "deny")
    p = nextp()
    add(S, "POST", "http://svfh-clinical.eastus-1.eventgrid.azure.net.attacker.example/api/events", {"Content-Type": "application/cloudevents+json"},
        J({"specversion": "1.0", "type": "x", "source": "/x", "id": "1", "data": {"mrn": p.mrn, "ssn": p.ssn}}), [[p.mrn, "mrn"], [p.ssn, "ssn"]], [], "deny")
    add(S, "GET", "http://influx-mirror.unknown-metrics.example/ping", {}, "", [], [], "deny")
    p = nextp()
    add(S, "POST", "http://webhook.site/4f1e2d3c-aaaa-bbbb-cccc-1234567890ab", JSONH, J({"patient": p.full, "phone": p.phone("dash")}),
        [[p.full, "name"], [p.phone("dash"), "phone"]], [], "deny")


# ============================================================================= 19. more of the same families, other shapes
def extras():
    import gzip
    S = "extras"
    p = pt(31)
    body = {"From": f"care@{SITE}", "To": p.email, "TemplateAlias": "birthday-wellness", "TemplateModel": {"name": p.full, "age_text": f"Congratulations on {p.age()} years!",
            "tip": "Ask about your shingles booster."}}
    add(S, "POST", f"{PMK}/email/withTemplate", {**JSONH, "X-Postmark-Server-Token": uuid()}, J(body),
        [[p.email, "email"], [p.full, "name"], [str(p.age()), "age_over_89"]], ["birthday-wellness", "shingles booster"], "redact")
    p = nextp()
    body = {"version": "1.0.0", "type": "recording.ready-to-download", "event_ts": epoch(27), "payload": {"recording_id": uuid(), "room_name": "svfh-tele-" + alnum(8).lower(),
            "s3_key": f"svfh/recordings/{p.last}_{p.first}_{p.dobs('iso')}/{p.ad('d8')}.mp4", "duration": 1312,
            "participants": [{"user_name": p.full, "user_id": p.mrn}, {"user_name": staff(2), "user_id": "staff-03"}]}}
    add(S, "POST", f"{DAILY}/v1/webhooks/relay", {**JSONH, "X-Webhook-Signature": b64(bytes.fromhex(sig(J(body))))}, J(body),
        NM(p) + [[p.full, "name"], [p.dobs("iso"), "dob"], [p.ad("d8"), "date"], [p.mrn, "mrn"]], ["recording.ready-to-download", staff(2)], "redact")
    p = pt(30)
    body = {"PERSON": {"PERSON_ID": float(p.pid), "NAME_FULL_FORMATTED": f"{p.last.upper()}, {p.first.upper()}", "AGE": f"{p.age()} Years", "MBI": p.mbi,
            "BIRTH_DT_TM": f"/Date({p.dobs('ms')})/", "LIVING_WILL_IND": 1}}
    add(S, "POST", f"{CERN}/millennium/v1/person/sync", JSONH, J(body),
        [[p.pid, "mrn"], [p.last, "name"], [p.first, "name"], [str(p.age()), "age_over_89"], [p.mbi, "mbi"], [p.dobs("ms"), "dob"]], ["LIVING_WILL_IND"], "redact")
    p = nextp(); cc = card("5")
    body = {"Encounter": {"PatientID": p.pid, "ServiceStartDate": p.ad("usn"), "Payment": {"Method": "CreditCard", "CardNumber": cc, "Amount": "40.00"},
            "Diagnosis1": p.icd(), "Notes": f"Copay taken; pt email {p.email}"}}
    add(S, "POST", f"{TEBRA}/v1/practices/12045/encounters", {**JSONH, "Authorization": "Bearer " + alnum(48)}, J(body),
        [[p.pid, "mrn"], [p.ad("usn"), "date"], [cc, "card_number"], [p.icd(), "icd10"], [p.email, "email"]], ["CreditCard", "40.00"], "redact")
    p = nextp()
    body = {"results": [{"loinc": "75622-1", "name": "HIV 1+2 Ab+HIV1 p24 Ag", "value": "Reactive"}], "patient": {"name": p.full, "ssn": p.ssn, "dob": p.dobs("iso"),
            "address": f"{p.street}, {p.city}, OH {p.zip}"}, "reportable": True}
    add(S, "POST", f"{LABC}/api/results/ack", JSONH, J(body), [[p.full, "name"], [p.ssn, "ssn"], [p.dobs("iso"), "dob"], [p.street, "address"], [p.zip, "zip"]],
        ["75622-1", "Reactive"], "pass")
    p1, p2 = nextp(), nextp()
    lines = [{"index": {"_index": "fax-gateway-2026.04.02"}}, {"@timestamp": ts(28), "msg": f"fax to {p1.phone('bare')} re {p1.full}", "pages": 3},
             {"index": {"_index": "fax-gateway-2026.04.02"}}, {"@timestamp": ts(28), "msg": f"inbound fax OCR: PATIENT {p2.last.upper()}, {p2.first.upper()} DOB {p2.dobs('us')} SSN {p2.ssn}"}]
    add(S, "POST", f"{ES}/_bulk", {**NDH, "Content-Encoding": "gzip", "Authorization": "ApiKey " + b64(alnum(20) + ":" + alnum(22))}, gzip.compress(ND(lines).encode(), mtime=0),
        [[p1.phone("bare"), "phone"], [p1.full, "name"], [p2.last.upper(), "name"], [p2.first.upper(), "name"], [p2.dobs("us"), "dob"], [p2.ssn, "ssn"]],
        ["fax-gateway-2026.04.02"], "redact")
    p = nextp()
    lines = f"home_visit,nurse=nkovalenko,zip={p.zip} addr=\"{p.street} {p.unit}\",miles=7.4,minutes=38i {epoch(29)}\n"
    add(S, "POST", f"{INFLX}/api/v2/write?org=svfh&bucket=ops&precision=s", {**TEXTH, "Authorization": "Token " + alnum(86)}, lines,
        [[p.street, "address"], [p.zip, "zip"]], ["miles=7.4", "nkovalenko"], "redact")
    p = nextp()
    body = {"uuid": uuid(), "timestamp": epoch(30), "lang": "nodejs", "agent": "backtrace-node", "attributes": {"application": "svfh-portal", "client.ip": p.ip,
            "user.dob": p.dobs("us"), "error.message": "TypeError: Cannot read properties of null (reading 'insurance')"}}
    add(S, "POST", f"{BTR}/post?format=json&token={hexs(64)}", JSONH, J(body), [[p.ip, "ip_address"], [p.dobs("us"), "dob"]], [], "block")
    p = nextp()
    body = {"operationName": "identifySession", "variables": {"session_secure_id": alnum(28), "user_identifier": p.email,
            "user_object": {"name": p.full, "plan": "medicaid", "phone": p.phone("e164")}}, "query": "mutation identifySession($session_secure_id: String!, $user_identifier: String!, $user_object: Any) { identifySession(session_secure_id: $session_secure_id, user_identifier: $user_identifier, user_object: $user_object) }"}
    add(S, "POST", f"{HIGH}/", JSONH, J(body), [[p.email, "email"], [p.full, "name"], [p.phone("e164"), "phone"]], [], "block")
    p = nextp()
    txt = (f"AUTHORIZATION FOR TREATMENT OF A MINOR\nChild's name: {p.first} {p.last} Jr.        Child's DOB: {p.dobs('us')}\n"
           f"Parent/Guardian: {p.last}, Rosa        Relationship: Mother       Phone: {p.phone('tight')}\n"
           f"Guardian DL/State ID: {p.dl} (OH)\n")
    add(S, "POST", f"{DOCP}/v1/document/upload/svfh-consents", {**TEXTH, "Authorization": "Basic " + b64(hexs(32) + ":")}, txt,
        NM(p) + [["Rosa", "name"], [p.dobs("us"), "dob"], [p.phone("tight"), "phone"], [p.dl, "drivers_license"]], ["AUTHORIZATION FOR TREATMENT OF A MINOR"], "redact")
    p = nextp()
    body = {"ContactKey": p.mrn, "EventDefinitionKey": "APIEvent-sms-flu-reminder", "Data": {"EmailAddress": p.email, "MobileNumber": p.phone("one"),
            "Locale": "ht-HT", "PreferredName": p.first}}
    add(S, "POST", f"{SFMC}/interaction/v1/events", {**JSONH, "Authorization": "Bearer " + alnum(60)}, J(body),
        [[p.mrn, "mrn"], [p.email, "email"], [p.phone("one"), "phone"], [p.first, "name"]], ["APIEvent-sms-flu-reminder", "ht-HT"], "redact")
    p = nextp()
    body = {"asyncapi": "2.6.0", "channel": "homecare/visit/started", "message": {"name": "VisitStarted", "headers": {"deviceSerial": "TAB-" + digits(8)},
            "payload": {"nurse": staff(6, "name"), "location": f"{p.street} {p.unit}, {p.city} OH {p.zip4}", "patientRef": p.mrn}}}
    add(S, "POST", f"{HIVE}/api/v1/mqtt/publish", {**JSONH, "Authorization": "Bearer " + alnum(40)}, J(body),
        [[p.street, "address"], [p.zip4, "zip"], [p.mrn, "mrn"]], ["VisitStarted", staff(6, "name")], "redact")
    p = nextp()
    q = qs([("tealium_account", "svfh"), ("tealium_event", "bill_pay"), ("cp.utag_main_ses_id", digits(13)), ("billing_zip", p.zip), ("payer_name", p.full),
            ("client_ip", p.ip), ("amount", "75.00")])
    add(S, "GET", f"{TIQ}/svfh/portal/2/i.gif?{q}", {"User-Agent": UA}, "", [[p.zip, "zip"], [p.full, "name"], [p.ip, "ip_address"]], ["bill_pay", "75.00"], "redact")


SCENARIOS = [crm_tools, email_templates, video_sessions, analytics, ehr_partner, lab_interface, efax, dental_vision, pharmacy, intake_pdf,
             identity_and_webhooks, events_iot, observability, soap_edifact, multilingual, error_trackers, extras, more_clean, unknown_hosts]


def policy():
    return {"destinations": [
        {"name": "analytics", "hosts": ["edge.adobedc.net", "datacloud.tealiumiq.com", "www.googleapis.com"], "allow": [], "on_violation": "redact"},
        {"name": "marketing-cloud", "hosts": ["*.rest.marketingcloudapis.com"], "allow": ["email"], "on_violation": "redact"},
        {"name": "crm-baa", "hosts": ["www.zohoapis.com", "desk.zoho.com"], "allow": ["name", "email", "phone"], "on_violation": "redact"},
        {"name": "work-management", "hosts": ["*.pipedrive.com", "api.monday.com", "api.clickup.com", "3.basecampapi.com"], "allow": [], "on_violation": "redact"},
        {"name": "email-templates", "hosts": ["api.mailjet.com", "api.brevo.com", "api.postmarkapp.com"], "allow": ["name", "email"], "on_violation": "redact"},
        {"name": "video", "hosts": ["api.opentok.com", "video.api.vonage.com", "api.daily.co"], "allow": ["name"], "on_violation": "redact"},
        {"name": "ehr-partner", "hosts": ["api.cernerworks-partner.example", "nativeapi.nextgen.com", "webservice.kareo.com", "api.tebra.com"],
         "allow": ["name", "dob", "mrn", "date", "member_id", "icd10"], "on_violation": "redact"},
        {"name": "lab-partner", "hosts": ["api.questhub-orders.example", "link.labcorp-connect.example"], "allow": ["all"], "on_violation": "block"},
        {"name": "efax", "hosts": ["secure.efaxdeveloper.com"], "allow": ["name", "dob", "phone", "date", "mrn", "condition", "icd10", "address", "zip", "member_id"],
         "on_violation": "redact"},
        {"name": "dental-vision", "hosts": ["api.opendental.com", "api.dentrixascend.com", "api.revolutionehr.com", "eclaim.eyefinity.com"],
         "allow": ["name", "dob", "mrn", "date", "member_id", "phone"], "on_violation": "redact"},
        {"name": "pharmacy", "hosts": ["hooks.refillwise.example"], "allow": ["name", "dob", "phone", "date", "mrn"], "on_violation": "redact"},
        {"name": "doc-ai", "hosts": ["pdf-services.adobe.io", "api.docparser.com"], "allow": [], "on_violation": "redact"},
        {"name": "wellness-sso", "hosts": ["api.wellcoach-partner.example"], "allow": ["email"], "on_violation": "redact"},
        {"name": "automation", "hosts": ["*.app.n8n.cloud", "events.hookdeck.com"], "allow": [], "on_violation": "redact"},
        {"name": "event-bus", "hosts": ["*.eventgrid.azure.net"], "allow": ["mrn", "date"], "on_violation": "redact"},
        {"name": "iot-bridge", "hosts": ["*.emqxsl.com", "*.hivemq.cloud"], "allow": ["device_id", "mrn"], "on_violation": "redact"},
        {"name": "observability", "hosts": ["*.elastic-cloud.com", "*.aoss.amazonaws.com", "*.clickhouse.cloud", "*.influxdata.com", "statsd-relay.svfh-metrics.example",
                                            "www.hostedgraphite.com"], "allow": [], "on_violation": "redact"},
        {"name": "payer-edi", "hosts": ["ws.caresource-edi.example"], "allow": ["name", "dob", "member_id", "date"], "on_violation": "redact"},
        {"name": "travel-assistance", "hosts": ["edi.globalassist-travel.example"], "allow": ["name", "dob", "member_id", "date"], "on_violation": "redact"},
        {"name": "translation", "hosts": ["api.deepl.com", "translation.googleapis.com"], "allow": [], "on_violation": "redact"},
        {"name": "secure-messaging", "hosts": ["api.sprucehealth.com"], "allow": ["name", "phone", "date"], "on_violation": "redact"},
        {"name": "error-trackers", "hosts": ["*.sp.backtrace.io", "reporting.flareapp.io", "pub.highlight.io"], "allow": [], "on_violation": "block"}],
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
        if d is not None and "all" not in d["allow"]:   # a disallowed value readable inside a value that must stay is a contradiction
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
