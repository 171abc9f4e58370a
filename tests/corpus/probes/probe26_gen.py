#!/usr/bin/env python3
"""probe26: clinical interoperability traffic of a family-medicine and urgent-care group (Red River Valley
Family Clinic, Fargo ND and Moorhead MN) in standards formats the earlier probes (12-25) did not use:
  * HL7 v2 beyond the basics: ADT^A08 with NK1 / GT1 / IN1 / IN2 segments, SIU^S12 with RGS / AIS / AIG /
    AIL / AIP, MDM^T02 with an OBX of type ED carrying a base64 document, ORM^O01 and OML^O21 orders with
    DG1 / NTE, escape sequences (\\T\\ \\F\\ \\S\\ \\R\\ \\E\\ \\.br\\) inside fields, repeated fields (~) in PID-3,
    PID-5, PID-13, XTN with split area code and local number, ACKs and MFN messages (clean);
  * NCPDP SCRIPT XML (2017071 / 2023011): NewRx with SSN and e-mail, RxRenewalResponse, RxChangeResponse,
    CancelRx, Status / Verify / Error (clean) to an e-prescribing hub under BAA;
  * X12 278 (services review), 276 / 277 claim status, 277CA, 999 and TA1 (clean) to a clearinghouse under BAA;
  * C-CDA documents with narrative <table> sections (problems, medications, results, encounters);
  * IHE XDS.b ebXML: ProvideAndRegisterDocumentSet-b / RegisterDocumentSet with the sourcePatientInfo slot
    (PID-3 / PID-5 / PID-7 / PID-11 values), AdhocQuery stored queries, registry responses (clean);
  * XCPD / Carequality patient discovery PRPA_IN201305UV02 (livingSubjectName, livingSubjectBirthTime,
    patientAddress, patientTelecom, livingSubjectId with the SSN OID) and PRPA_IN201306UV02 responses;
  * Direct secure messaging: HISP REST envelopes with RFC 5322 headers, XDM metadata, MDN notifications (clean);
  * PDMP queries (PMIX / NIEM XML: nc:PersonGivenName, nc:PersonBirthDate) and report requests;
  * immunization registry QBP^Q11 (Z34 / Z44) queries and RSP^K11 responses;
  * FHIR search URLs (GET /Patient?family=&given=&birthdate=, chained and identifier searches, POST
    _search forms), FHIR Bundles with us-core extensions and contained resources, Parameters for
    Patient/$match and its response, terminology operations (clean);
  * DICOM JSON: QIDO-RS results and STOW-RS metadata with PatientName Alphabetic / Ideographic / Phonetic;
  * an HIE partner allowed everything (pass, byte for byte), BAA partners allowed some categories,
    an analytics / BI vendor and an interface-monitoring log service allowed nothing (redact), error
    trackers (block), unknown hosts (deny);
  * clean look-alikes (over a quarter): message headers and control ids, OIDs, code systems, timestamps,
    practice NPIs and addresses, facility names, empty, null-flavored or masked fields, aggregate counts.

The roster (roster.csv) lists only every other patient, so exact matching covers about half.
Values inside base64 that a vendor would decode but the harness cannot are listed as the base64 blob
itself, under the most sensitive category inside it.
Format of the output: see /work/shared/eval/gen_example.py (policy.json, cases.jsonl, roster.csv).
Usage: probe26_gen.py OUT_DIR   (deterministic: seed 260026)"""
import base64, gzip, hashlib, json, os, random, re, sys
from datetime import date, datetime, timedelta, timezone
from urllib.parse import quote, unquote_plus, urlsplit

R = random.Random(260026)

# ----------------------------------------------------------------------------- the practice
SITE = "rrvfamilyclinic.org"
PRACTICE = "Red River Valley Family Clinic"
FAC = "RRVFC"
PRACTICE_ADDR = "3100 13th Ave S"
PRACTICE_CITY = "Fargo"
PRACTICE_ZIP = "58103"
PRACTICE_PHONE = "(701) 364-2200"
PRACTICE_PHONE_D = "701-364-2200"
PRACTICE_FAX = "701-364-2299"
MHD_ADDR = "715 Main Ave"          # Moorhead urgent care
MHD_PHONE = "218-287-4100"
ROOT_OID = "2.16.840.1.113883.3.9417"
MRN_OID = ROOT_OID + ".2.1"
HIE_OID = "2.16.840.1.113883.3.6125.1"
SSN_OID = "2.16.840.1.113883.4.1"
BUILD = "4.7.2"
STAFF = [("Solveig", "Brekke", "MD"), ("Abdirahman", "Farah", "MD"), ("Caroline", "Vangsness", "DO"), ("Tou", "Vang", "CNP"),
         ("Kristin", "Oyloe", "PA-C")]

# (first, middle, last, sex)
NAMES = [
    ("Ingrid", "Marie", "Solberg", "F"), ("Halvor", "", "Rasmussen", "M"), ("Hodan", "Abdi", "Warsame", "F"), ("Mustafe", "", "Egal", "M"),
    ("Pema", "", "Dorji", "F"), ("Chandra Maya", "", "Gurung", "F"), ("Leif", "", "Haugen", "M"), ("Brynn", "", "Ostlie", "F"),
    ("Waylon", "", "Two Bears", "M"), ("Tatiana", "", "Grey Cloud", "F"), ("Xee", "", "Lor", "F"), ("Nhia", "", "Thao", "M"),
    ("Tarou", "", "Yamada", "M"), ("Keiko", "", "Nakamura", "F"), ("Min-jun", "", "Kang", "M"), ("Jiayi", "", "Liu", "F"),
    ("Rebin", "", "Barzani", "M"), ("Nasrin", "", "Kurdi", "F"), ("Comfort", "", "Kollie", "F"), ("Emmanuel", "", "Flomo", "M"),
    ("Duane", "", "Pfeifer", "M"), ("Shelby", "", "Kjelstad", "F"), ("Arne", "", "Thorsgaard", "M"), ("Luz Maria", "", "Ochoa", "F"),
    ("Kayden", "", "Larsgaard", "M"), ("Marit", "", "Lunde", "F"), ("Jolene", "", "Schmitz", "F"), ("Terrance", "", "Morin", "M"),
    ("Gunnar", "", "Bakke", "M"), ("Evelyn", "", "Quamme", "F"), ("Ahmed", "", "Dirie", "M"), ("Fartun", "", "Osman", "F"),
    ("Dawa", "", "Sherpa", "M"), ("Sabitri", "", "Adhikari", "F"), ("Myrtle", "", "Engebretson", "F"), ("Orville", "", "Hovland", "M"),
    ("Hien", "", "Tran", "F"), ("Bao", "", "Nguyen", "M"), ("Anneliese", "", "Vetter", "F"), ("Wyatt", "", "Skaar", "M"),
]
NATIVE = {12: ("山田", "太郎", "やまだ", "たろう"), 13: ("中村", "恵子", "なかむら", "けいこ"), 14: ("강", "민준", None, None),
          15: ("刘", "佳怡", None, None)}
AREAS = [701, 701, 701, 218, 218]
STREETS = ["13th Ave S", "University Dr N", "25th St S", "Broadway N", "32nd Ave S", "Main Ave", "8th St S", "Sheyenne St",
           "12th Ave N", "45th St S", "Gateway Dr", "Belsly Blvd", "40th Ave S", "Elm St N", "7th Ave N", "Washington St"]
UNITS = ["Apt 204", "Apt 3C", "Unit 11", "#6", "Apt 1B", "Lot 42", "Apt 317", "Unit D"]
CITIES = [("Fargo", "ND", ["58102", "58103", "58104"]), ("West Fargo", "ND", ["58078"]), ("Moorhead", "MN", ["56560"]),
          ("Grand Forks", "ND", ["58201", "58203"]), ("Dilworth", "MN", ["56529"]), ("Horace", "ND", ["58047"])]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "midco.net", "ndsu.edu", "live.com"]
CONDS = [  # icd10, condition text, med, rxnorm-ish code
    ("E11.65", "type 2 diabetes with hyperglycemia", "metformin 1000 mg tablet", "861004"),
    ("F33.1", "major depressive disorder, recurrent, moderate", "sertraline 100 mg tablet", "312941"),
    ("B20", "HIV disease", "Biktarvy 50-200-25 mg tablet", "1999563"),
    ("F11.20", "opioid use disorder", "buprenorphine-naloxone 8-2 mg film", "1010606"),
    ("O24.419", "gestational diabetes", "insulin aspart", "1653196"),
    ("J45.40", "moderate persistent asthma", "fluticasone-salmeterol 250-50 inhaler", "896188"),
    ("I50.22", "chronic systolic heart failure", "carvedilol 12.5 mg tablet", "200031"),
    ("F31.81", "bipolar II disorder", "lamotrigine 200 mg tablet", "198428"),
    ("N18.4", "chronic kidney disease stage 4", "furosemide 40 mg tablet", "313988"),
    ("B18.2", "chronic hepatitis C", "sofosbuvir-velpatasvir tablet", "1940261"),
    ("F10.20", "alcohol dependence", "naltrexone 50 mg tablet", "1483744"),
    ("C61", "prostate cancer", "bicalutamide 50 mg tablet", "199123"),
    ("G40.909", "epilepsy", "levetiracetam 500 mg tablet", "311289"),
    ("F43.10", "post-traumatic stress disorder", "prazosin 2 mg capsule", "314203"),
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def digits(n):
    return str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def uuid():
    h = "%032x" % R.getrandbits(128)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


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
STAFF_DEA = ["B" + s[1][0] + digits(7) for s in STAFF]
TAX_ID = digits(9)


def staff(i, style="hl7"):
    f, l, c = STAFF[i % len(STAFF)]
    if style == "hl7": return f"{STAFF_NPI[i % len(STAFF)]}^{l}^{f}^^^^^^NPI"
    if style == "npi": return STAFF_NPI[i % len(STAFF)]
    if style == "dea": return STAFF_DEA[i % len(STAFF)]
    if style == "first": return f
    if style == "last": return l
    return f"{f} {l}, {c}"


def fd(d, style):
    m, dd, y = d.month, d.day, d.year
    return {"iso": f"{y}-{m:02d}-{dd:02d}", "us": f"{m:02d}/{dd:02d}/{y}", "usn": f"{m}/{dd}/{y}", "d8": f"{y}{m:02d}{dd:02d}",
            "long": f"{MONTHS[m - 1]} {dd}, {y}", "dmon": f"{dd} {MONTHS[m - 1][:3]} {y}", "mdy8": f"{m:02d}{dd:02d}{y}",
            "mon": f"{MONTHS[m - 1][:3]} {dd}, {y}"}[style]


def ssn():
    a = R.choice([R.randint(501, 504), R.randint(468, 477), R.randint(100, 499), R.randint(600, 665)])
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"; A = L + "0123456789"
    return "".join([str(R.randint(1, 9)), R.choice(L), R.choice(A), str(R.randint(0, 9)), R.choice(L), R.choice(A),
                    str(R.randint(0, 9)), R.choice(L), R.choice(L), str(R.randint(0, 9)), str(R.randint(0, 9))])


def member_id():
    k = R.randint(0, 5)
    if k == 0: return "Blue Cross Blue Shield of North Dakota", "BCBSND", "XND" + digits(9)
    if k == 1: return "Sanford Health Plan", "SHP", "S" + digits(9)
    if k == 2: return "Medica", "MEDICA", digits(11)
    if k == 3: return "North Dakota Medicaid", "NDMA", "ND" + digits(9)
    if k == 4: return "Minnesota Medical Assistance", "MNMA", digits(8)
    return "HealthPartners", "HP", "HP" + digits(8)


class P:
    def __init__(self, idx, first, middle, last, sex):
        self.idx, self.first, self.middle, self.last, self.sex = idx, first, middle, last, sex
        self.full = f"{first} {last}"
        self.dob = date(1944, 1, 1) + timedelta(days=R.randint(0, 26500))
        self.mrn = str(R.randint(10**6, 10**7 - 1))
        self.area = R.choice(AREAS)
        self.exch = R.choice([x for x in range(201, 990) if x % 100 != 11 and x not in (555, 364, 287, 958, 976)])
        self.line = R.randint(1000, 9999)
        fl = re.sub(r"[^a-z]", "", first.lower()); ll = re.sub(r"[^a-z]", "", last.lower())
        loc = R.choice([f"{fl}.{ll}", f"{fl[0]}{ll}", f"{fl}{ll[:3]}{R.randint(1, 99)}", f"{ll}.{fl[0]}{R.randint(60, 99)}", f"{fl}_{ll}",
                        R.choice(["bisonfan", "redriver.mom", "prairiegirl", "lakesandpines", "fargo.dad"]) + str(R.randint(1, 999))])
        self.email = f"{loc}@{R.choice(EMAIL_DOMAINS)}"
        self.ssn = ssn()
        self.city, self.state, zips = R.choice(CITIES)
        self.zip = R.choice(zips)
        self.zip4 = f"{self.zip}-{R.randint(1000, 9899)}"
        self.street = f"{R.randint(100, 4999)} {R.choice(STREETS)}"
        self.unit = R.choice(UNITS)
        self.payer, self.payer_id, self.mbr = member_id()
        self.group = "G" + digits(6)
        self.mbi = mbi()
        self.cond = R.choice([c for c in CONDS if not (c[0] == "C61" and sex == "F") and not (c[0].startswith("O") and sex == "M")])
        d0 = date(2026, 4, 20) + timedelta(days=R.randint(0, 40))
        while d0.weekday() > 4: d0 += timedelta(days=1)
        self.appt = datetime(d0.year, d0.month, d0.day, R.randint(8, 16), R.choice([0, 15, 30, 45]))
        self.visit = date(2026, 3, 2) + timedelta(days=R.randint(0, 40))
        self.dl = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(6)
        self.native = NATIVE.get(idx)
        self.kin_first = R.choice(["Karen", "Dale", "Sharon", "Roger", "Linda", "Curtis", "Faduma", "Ibrahim", "Yer", "Pao", "Ruth", "Mark"])
        self.kin_phone = f"{R.choice(AREAS)}-{R.randint(220, 989)}-{R.randint(1000, 9999)}"
        self.maiden = R.choice(["Hagen", "Mikkelson", "Stenehjem", "Gilbertson", "Aune", "Jama", "Xiong", "Rai", "Sorlie", "Brandvold"])
        self.mom = R.choice(["Arlene", "Beverly", "Hawo", "Mai", "Tika", "Lorraine", "Joyce", "Ardis"])

    def phone(self, style="dash"):
        a, e, l = self.area, self.exch, self.line
        return {"paren": f"({a}) {e}-{l}", "dash": f"{a}-{e}-{l}", "dot": f"{a}.{e}.{l}", "e164": f"+1{a}{e}{l}", "bare": f"{a}{e}{l}",
                "hl7": f"({a}){e}-{l}", "tel": f"tel:+1-{a}-{e}-{l}", "local": f"{e}{l}", "plus": f"+1 {a}-{e}-{l}"}[style]

    def dobs(self, style="iso"):
        return fd(self.dob, style)

    def at(self, style="hl7"):
        a = self.appt
        if style == "hl7": return a.strftime("%Y%m%d%H%M")
        if style == "hl7s": return a.strftime("%Y%m%d%H%M%S")
        if style == "iso": return a.strftime("%Y-%m-%dT%H:%M:00-05:00")
        if style == "d8": return a.strftime("%Y%m%d")
        return a.strftime("%Y-%m-%d %H:%M")

    def vd(self, style="d8"):
        return fd(self.visit, style)

    def dx(self): return self.cond[1]
    def icd(self): return self.cond[0]
    def med(self): return self.cond[2]
    def rxn(self): return self.cond[3]

    def hl7name(self): return f"{self.last}^{self.first}^{self.middle}"
    def hl7addr(self): return f"{self.street}^{self.unit}^{self.city}^{self.state}^{self.zip}^USA^H"


PATIENTS = [P(i, f, m, l, s) for i, (f, m, l, s) in enumerate(NAMES)]
PATIENTS[34].dob = date(1931, 6, 14)    # Myrtle Engebretson, 94
PATIENTS[35].dob = date(1934, 11, 3)    # Orville Hovland, 91
_order = [i for i in range(len(PATIENTS)) if i not in (12, 13, 14, 15, 34, 35)]
_pos = [0]


def nextp():
    if _pos[0] % len(_order) == 0: R.shuffle(_order)
    p = PATIENTS[_order[_pos[0] % len(_order)]]; _pos[0] += 1
    return p


def pt(i): return PATIENTS[i]


def tstamp(i=0):
    return datetime(2026, 4, 14, 7, 40, 3) + timedelta(minutes=13 * i + R.randint(0, 11), seconds=R.randint(0, 59))


def ts(i=0):
    return tstamp(i).strftime("%Y-%m-%dT%H:%M:%S.") + f"{R.randint(0, 999):03d}Z"


def hts(i=0):
    return tstamp(i).strftime("%Y%m%d%H%M%S") + "-0500"


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


def form(pairs):
    return "&".join(f"{quote(k, safe='[]')}={quote(str(v), safe=' ').replace(' ', '+')}" for k, v in pairs)


def qs(pairs, safe=""):
    return "&".join(f"{quote(k, safe='.[]:_-')}={quote(str(v), safe=safe)}" for k, v in pairs)


def b64(s):
    return base64.b64encode(s.encode() if isinstance(s, str) else s).decode()


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def NM(p):
    return [[p.first, "name"], [p.last, "name"]]


def bearer():
    return {"Authorization": "Bearer " + alnum(48)}


JSONH = {"Content-Type": "application/json"}
FHIRH = {"Content-Type": "application/fhir+json", "Accept": "application/fhir+json"}
FORMH = {"Content-Type": "application/x-www-form-urlencoded"}
TEXTH = {"Content-Type": "text/plain; charset=utf-8"}
XMLH = {"Content-Type": "application/xml; charset=utf-8"}
SOAP12 = {"Content-Type": 'application/soap+xml; charset=utf-8; action="urn:hl7-org:v3:PRPA_IN201305UV02:CrossGatewayPatientDiscovery"'}
HL7H = {"Content-Type": "x-application/hl7-v2+er7; charset=utf-8"}
X12H = {"Content-Type": "application/EDI-X12"}
DCMH = {"Content-Type": "application/dicom+json"}

# destinations (hosts)
HIE = "http://hub.plainshie.example"
HIEX = "http://xds.plainshie.example"
CH = "http://edi.prairieclaims.example"
ERX = "http://script.rxlinkhub.example"
PDMP = "http://pmp-gateway.statehub.example"
IIS = "http://iis.ndhealth-registry.example"
MPI = "http://api.identimatch.example"
HISP = "http://api.hisp-directmail.example"
PACS = "http://dicomweb.northpacs.example"
BI = "http://ingest.insightlens.example"
MP = "http://collect.metricpulse.example"
MESH = "http://logs.meshwatch-interfaces.example"
BUG = "http://o4507.ingest.bugcatcher.example"
STF = "http://errors.stackfault.example"


# ----------------------------------------------------------------------------- HL7 v2 helpers
def msh(typ, ctl, ts_=None, app="RRVFC_EHR", rcv="PLAINSHIE", ver="2.5.1", rcvfac="PLAINSHIE"):
    return f"MSH|^~\\&|{app}|{FAC}^{ROOT_OID}^ISO|{rcv}|{rcvfac}|{ts_ or hts(R.randint(0, 30))}||{typ}|{ctl}|P|{ver}|||AL|NE"


def hl7(segs, sep="\r"):
    return sep.join(segs) + sep


def ctlid():
    return "RRV" + digits(9)


def pid_seg(p, phones="both", ssn_=False, alias=None):
    ids = f"{p.mrn}^^^{FAC}^MR^{FAC}"
    if ssn_: ids += f"~{p.ssn}^^^SSA^SS"
    xtn = f"{p.phone('hl7')}^PRN^PH^^1^{p.area}^{p.exch}{p.line}" if phones == "both" else f"^PRN^PH^^1^{p.area}^{p.exch}{p.line}"
    xtn += f"~^NET^Internet^{p.email}"
    nm = p.hl7name() + "^^^^L" + (f"~{alias}^{p.first}^^^^^M" if alias else "")
    return f"PID|1||{ids}||{nm}||{p.dobs('d8')}|{p.sex}||2106-3^White^CDCREC|{p.hl7addr()}||{xtn}|||M||{p.mrn}01"


# ============================================================================= 1. ADT^A08 with NK1 / GT1 / IN1 / IN2
def adt_a08():
    S = "hl7_adt_a08"
    # to the HIE (allowed everything): pass byte for byte
    for k in range(3):
        p = nextp(); ctl = ctlid()
        segs = [msh("ADT^A08^ADT_A01", ctl), f"EVN|A08|{hts(k)}|||{staff(k)}", pid_seg(p, ssn_=(k == 0)),
                f"NK1|1|{p.last}^{p.kin_first}|SPO^Spouse^HL70063|{p.hl7addr()}|({p.kin_phone[:3]}){p.kin_phone[4:]}||EC^Emergency Contact^HL70131",
                f"PV1|1|O|{FAC}^^^{FAC}||||{staff(k)}|||||||||||{digits(9)}|||||||||||||||||||||||||{p.vd('d8')}",
                f"GT1|1||{p.last}^{p.first}||{p.hl7addr()}|{p.phone('hl7')}||{p.dobs('d8')}|{p.sex}||SEL^Self^HL70063|{p.ssn}",
                f"IN1|1|{p.payer_id}^{p.payer}|{digits(5)}|{p.payer}|PO Box 6001^^Fargo^ND^58108||||{p.group}|||||||{p.last}^{p.first}|SEL|{p.dobs('d8')}|{p.hl7addr()}|||||||||||||||||{p.mbr}",
                f"IN2|1|{p.ssn}|||||||||||||||||||||||||||||||||||||||||||||||||||||||||||{p.phone('hl7')}"]
        add(S, "POST", f"{HIE}/mllp-bridge/v1/messages", HL7H, hl7(segs),
            NM(p) + [[p.dobs("d8"), "dob"], [p.mrn, "mrn"], [p.ssn, "ssn"], [p.street, "address"], [p.zip, "zip"], [p.phone("hl7"), "phone"],
                     [p.email, "email"], [p.mbr, "member_id"], [p.kin_first, "name"], [p.kin_phone[4:], "phone"]], [ctl, "ADT^A08^ADT_A01"], "pass")
    # to the BI vendor (nothing allowed): an interface-engine mirror of the same feed
    for k in range(3):
        p = nextp(); ctl = ctlid()
        alias = R.choice(["Olson", "Berg", "Nelson", "Hanson"]) if k == 1 else None
        segs = [msh("ADT^A08^ADT_A01", ctl, rcv="INSIGHTLENS", rcvfac="BI"), f"EVN|A08|{hts(k + 3)}",
                pid_seg(p, phones="local", alias=alias),
                f"NK1|1|{p.last}^{p.kin_first}|MTH^Mother^HL70063||^PRN^PH^^1^{p.kin_phone[:3]}^{p.kin_phone[4:].replace('-', '')}",
                f"PV1|1|E|{FAC}-UC^^^{FAC}||||{staff(k + 1)}||||||||||||{digits(9)}",
                f"DG1|1||{p.icd()}^{p.dx()}^I10|||W",
                f"IN1|1|{p.payer_id}^{p.payer}|||||||{p.group}||||||||{p.last}^{p.first}|SEL|{p.dobs('d8')}|||||||||||||||||||{p.mbr}"]
        phi = NM(p) + [[p.dobs("d8"), "dob"], [p.mrn, "mrn"], [p.street, "address"], [p.zip, "zip"], [f"{p.exch}{p.line}", "phone"], [p.email, "email"],
                       [p.kin_first, "name"], [p.kin_phone[4:].replace("-", ""), "phone"], [p.icd(), "icd10"], [p.dx(), "condition"], [p.mbr, "member_id"]]
        if alias: phi.append([alias, "name"])
        add(S, "POST", f"{BI}/v2/streams/adt/records", {**HL7H, **bearer()}, hl7(segs), phi, [ctl, "ADT^A08^ADT_A01", "INSIGHTLENS"], "redact")
    # to the clearinghouse (BAA: name, dob, member_id, mrn, date, icd10, npi): eligibility feed with address / phone / SSN
    for k in range(2):
        p = nextp(); ctl = ctlid()
        segs = [msh("ADT^A08^ADT_A01", ctl, rcv="PRAIRIECLAIMS", rcvfac="CH"), f"EVN|A08|{hts(k + 6)}",
                f"PID|1||{p.mrn}^^^{FAC}^MR~{p.mbr}^^^{p.payer_id}^MB||{p.hl7name()}||{p.dobs('d8')}|{p.sex}|||{p.hl7addr()}||{p.phone('hl7')}|||||{p.mrn}01|{p.ssn}",
                f"GT1|1||{p.last}^{p.kin_first}||{p.street}^^{p.city}^{p.state}^{p.zip}|{p.kin_phone}|||||SPO",
                f"IN1|1|{p.payer_id}^{p.payer}||{p.payer}|||||{p.group}||||||||{p.last}^{p.first}|SEL|{p.dobs('d8')}|||||||||||||||||||{p.mbr}"]
        add(S, "POST", f"{CH}/api/hl7/adt", {**HL7H, "X-Submitter-Id": "RRVFC01"}, hl7(segs),
            NM(p) + [[p.kin_first, "name"], [p.dobs("d8"), "dob"], [p.mrn, "mrn"], [p.mbr, "member_id"], [p.street, "address"], [p.zip, "zip"],
                     [p.phone("hl7"), "phone"], [p.kin_phone, "phone"], [p.ssn, "ssn"]], [ctl, p.group, "PRAIRIECLAIMS"], "redact")
    # interface-monitoring log line quoting a rejected segment (nothing allowed)
    p = nextp()
    line = (f"{ts(8)} WARN channel=ADT_OUT_HIE msgId={ctlid()} ACK=AE err=\"PID-7 invalid: PID|1||{p.mrn}^^^{FAC}^MR||{p.hl7name()}||{p.dobs('d8')[:6]}|"
            f"{p.sex}\" retry=3\n")
    add(S, "POST", f"{MESH}/v1/ingest?source=mirth-prod", TEXTH, line, NM(p) + [[p.mrn, "mrn"]], ["ADT_OUT_HIE", "mirth-prod"], "redact")


# ============================================================================= 2. SIU^S12 with AIS / AIP / AIL
def siu_s12():
    S = "hl7_siu_s12"
    for k in range(3):
        p = nextp(); ctl = ctlid(); appt_id = digits(8); room = R.randint(1, 9)
        svc = R.choice([("99214^Office visit est 30-39 min^CPT", 30), ("G0438^Annual wellness visit initial^HCPCS", 60), ("90837^Psychotherapy 60 min^CPT", 60)])
        segs = [msh("SIU^S12^SIU_S12", ctl, rcv="INSIGHTLENS", rcvfac="BI"),
                f"SCH|{appt_id}^{FAC}|{appt_id}^{FAC}|||||{R.choice(['ROUTINE', 'FOLLOWUP', 'NEW'])}^^HL70276|{p.dx()}|{svc[1]}|MIN|^^{svc[1]}^{p.at('hl7')}|||||{staff(k)}|||||Booked",
                f"NTE|1||Pt prefers AM\\T\\text reminders to {p.phone('dash')}\\.br\\Interpreter: {R.choice(['Somali', 'Nepali', 'Hmong', 'none'])}",
                pid_seg(p, phones="both"),
                "RGS|1|A",
                f"AIS|1|A|{svc[0]}|{p.at('hl7s')}|0|MIN|{svc[1]}|MIN",
                f"AIG|1|A|INT{room}^Interpreter {R.choice(['Somali', 'Nepali', 'Hmong'])}|INTERP^Interpreter^HL70182|||{p.at('hl7s')}",
                f"AIL|1|A|{FAC}^EXAM{room}^^{FAC}|||{p.at('hl7s')}",
                f"AIP|1|A|{staff(k)}|PCP^Primary Care^HL70443|{p.at('hl7s')}|0|MIN|{svc[1]}|MIN"]
        add(S, "POST", f"{BI}/v2/streams/scheduling/records", {**HL7H, **bearer()}, hl7(segs),
            NM(p) + [[p.dobs("d8"), "dob"], [p.mrn, "mrn"], [p.dx(), "condition"], [p.phone("dash"), "phone"], [p.phone("hl7"), "phone"],
                     [p.street, "address"], [p.zip, "zip"], [p.email, "email"], [p.at("hl7"), "date"], [p.at("hl7s"), "date"]],
            [ctl, "SIU^S12^SIU_S12", f"{FAC}^EXAM{room}"], "redact")
    # to the HIE: pass
    p = nextp(); ctl = ctlid()
    segs = [msh("SIU^S12^SIU_S12", ctl), f"SCH|{digits(8)}|||||||TELEHEALTH^^HL70276|{p.dx()}|45|MIN|^^45^{p.at('hl7')}",
            pid_seg(p), "RGS|1|A", f"AIS|1|A|99443^Telephone E/M 21-30 min^CPT|{p.at('hl7s')}", f"AIP|1|A|{staff(3)}|PCP"]
    add(S, "POST", f"{HIE}/mllp-bridge/v1/messages", HL7H, hl7(segs),
        NM(p) + [[p.dobs("d8"), "dob"], [p.mrn, "mrn"], [p.dx(), "condition"], [p.email, "email"], [p.at("hl7"), "date"]], [ctl], "pass")
    # repeated names and escapes in a LF-separated message to an interface log (nothing allowed)
    p = nextp(); ctl = ctlid()
    segs = [msh("SIU^S14^SIU_S12", ctl, rcv="MESHWATCH"), f"SCH|{digits(8)}||||||RESCHED^^HL70276|Pt request \\E\\ conflict||||^^30^{p.at('hl7')}",
            f"NTE|1||Called {p.first} {p.last} at {p.phone('dot')}; left VM\\.br\\Guardian: {p.kin_first} {p.last}",
            f"PID|1||{p.mrn}^^^{FAC}^MR||{p.hl7name()}~{p.last.upper()}^{p.first.upper()}^^^^^A||{p.dobs('d8')}|{p.sex}"]
    add(S, "POST", f"{MESH}/v1/messages/raw?channel=SIU_IN", {**TEXTH, "X-Channel": "SIU_IN"}, hl7(segs, "\n"),
        NM(p) + [[p.last.upper(), "name"], [p.first.upper(), "name"], [p.kin_first, "name"], [p.phone("dot"), "phone"], [p.mrn, "mrn"],
                 [p.dobs("d8"), "dob"], [p.at("hl7"), "date"]], [ctl, "SIU^S14^SIU_S12", "SIU_IN"], "redact")


# ============================================================================= 3. MDM^T02 with OBX ED base64
def mdm_t02():
    S = "hl7_mdm_t02"
    for k in range(4):
        p = nextp(); ctl = ctlid(); doc_id = f"DOC{digits(8)}"
        note = (f"{PRACTICE}\nCLINIC NOTE\nPatient: {p.last}, {p.first}   DOB: {p.dobs('us')}   MRN: {p.mrn}\n"
                f"Date of service: {p.vd('us')}\nAssessment: {p.dx()} ({p.icd()}). Continue {p.med()}.\n"
                f"Electronically signed by {staff(k, 'name')}\n")
        if k % 2 == 0:
            blob = b64(note); sub = "TEXT^Octet-stream"; ty = "^TEXT^PLAIN^Base64^"
        else:
            rtf = "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Calibri;}}\\f0\\fs22 " + note.replace("\n", "\\par ") + "}"
            blob = b64(rtf); ty = "^TEXT^RTF^Base64^"
        segs = [msh("MDM^T02^MDM_T02", ctl, rcv=("PLAINSHIE" if k == 0 else "INSIGHTLENS")), f"EVN|T02|{hts(k)}",
                f"PID|1||{p.mrn}^^^{FAC}^MR||{p.hl7name()}||{p.dobs('d8')}|{p.sex}|||{p.hl7addr()}",
                f"PV1|1|O|{FAC}||||{staff(k)}",
                f"TXA|1|CN^Clinic Note|TX|{p.vd('d8')}0930|{staff(k)}||{hts(k)}|||||{doc_id}^{FAC}||||||AU||AV",
                f"OBX|1|ED|18842-5^Discharge summary^LN||{ty}{blob}||||||F"]
        phi = NM(p) + [[p.dobs("d8"), "dob"], [p.mrn, "mrn"], [p.street, "address"], [p.zip, "zip"], [blob, "condition"]]
        if k == 0:
            add(S, "POST", f"{HIE}/mllp-bridge/v1/messages", HL7H, hl7(segs), phi + [[p.vd("d8") + "0930", "date"]], [ctl, doc_id], "pass")
        else:
            add(S, "POST", f"{BI}/v2/streams/documents/records", {**HL7H, **bearer()}, hl7(segs), phi, [ctl, doc_id, "MDM^T02^MDM_T02"], "redact")
    # PDF in OBX-5 (ED) mirrored to the monitor: the PDF text is not readable without a renderer, names are in PID
    p = nextp(); ctl = ctlid()
    pdf = b64("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 1/Kids[3 0 R]>>endobj\n%%EOF\n")
    segs = [msh("MDM^T02^MDM_T02", ctl, rcv="MESHWATCH"), f"EVN|T02|{hts(5)}", f"PID|1||{p.mrn}^^^{FAC}^MR||{p.hl7name()}||{p.dobs('d8')}|{p.sex}",
            f"TXA|1|RAD^Radiology report|AP|{p.vd('d8')}", f"OBX|1|ED|PDF^Report^L||{FAC}^AP^PDF^Base64^{pdf}||||||F"]
    add(S, "POST", f"{MESH}/v1/messages/raw?channel=MDM_OUT", TEXTH, hl7(segs), NM(p) + [[p.mrn, "mrn"], [p.dobs("d8"), "dob"]], [ctl, "MDM_OUT"], "redact")


# ============================================================================= 4. ORM / OML orders, escapes, repeats
def orders():
    S = "hl7_orders"
    for k in range(3):
        p = nextp(); ctl = ctlid(); plac = f"ORD{digits(7)}"
        tests = R.choice([("4548-4^Hemoglobin A1c^LN", "Z79.4"), ("57021-8^CBC W Auto Differential^LN", "D64.9"), ("75622-1^HIV 1+2 Ab+Ag^LN", "Z11.4")])
        typ = "ORM^O01^ORM_O01" if k < 2 else "OML^O21^OML_O21"
        segs = [msh(typ, ctl, rcv="INSIGHTLENS", ver="2.3" if k == 0 else "2.5.1"),
                f"PID|1||{p.mrn}^^^{FAC}^MR~{p.mbr}^^^{p.payer_id}^MB||{p.hl7name()}||{p.dobs('d8')}|{p.sex}|||{p.street}^^{p.city}^{p.state}^{p.zip}||{p.phone('hl7')}",
                f"ORC|NW|{plac}^{FAC}|||||^^^{p.vd('d8')}0800^^R||{hts(k)}|||{staff(k)}",
                f"OBR|1|{plac}^{FAC}||{tests[0]}|||{p.vd('d8')}0815||||||Fasting \\T\\ hydrated; hx {p.dx()}\\.br\\call {p.phone('dash')}",
                f"DG1|1||{p.icd()}^{p.dx()}^I10~{tests[1]}^^I10", f"NTE|1||Collected by MA; patient {p.first} verified name\\S\\DOB"]
        add(S, "POST", f"{BI}/v2/streams/orders/records", {**HL7H, **bearer()}, hl7(segs),
            NM(p) + [[p.mrn, "mrn"], [p.mbr, "member_id"], [p.dobs("d8"), "dob"], [p.street, "address"], [p.zip, "zip"], [p.phone("hl7"), "phone"],
                     [p.phone("dash"), "phone"], [p.dx(), "condition"], [p.icd(), "icd10"], [p.vd("d8") + "0815", "date"]],
            [ctl, plac, tests[0].split("^")[0], typ], "redact")
    # OML to the HIE: pass
    p = nextp(); ctl = ctlid()
    segs = [msh("OML^O21^OML_O21", ctl), f"PID|1||{p.mrn}^^^{FAC}^MR||{p.hl7name()}||{p.dobs('d8')}|{p.sex}", f"ORC|NW|ORD{digits(7)}",
            f"OBR|1|||2345-7^Glucose^LN|||{p.vd('d8')}", f"DG1|1||{p.icd()}^{p.dx()}^I10"]
    add(S, "POST", f"{HIE}/mllp-bridge/v1/messages", HL7H, hl7(segs), NM(p) + [[p.mrn, "mrn"], [p.dobs("d8"), "dob"], [p.dx(), "condition"]], [ctl], "pass")
    # escapes inside PID fields (escaped component separator in the street, \T\ in a double surname)
    p = nextp(); q = nextp(); ctl = ctlid()
    segs = [msh("ORM^O01^ORM_O01", ctl, rcv="MESHWATCH"),
            f"PID|1||{p.mrn}^^^{FAC}^MR||{p.last}\\T\\{q.last}^{p.first}||{p.dobs('d8')}|{p.sex}|||{p.street}\\S\\{p.unit}^^{p.city}^{p.state}^{p.zip}",
            f"NTE|1||BP 150/96 \\F\\ HR 88 \\F\\ pt reports {p.dx()}\\.br\\SSN on file {p.ssn}"]
    add(S, "POST", f"{MESH}/v1/messages/raw?channel=ORM_OUT", TEXTH, hl7(segs),
        NM(p) + [[q.last, "name"], [p.mrn, "mrn"], [p.dobs("d8"), "dob"], [p.street, "address"], [p.zip, "zip"], [p.dx(), "condition"], [p.ssn, "ssn"]],
        [ctl, "ORM_OUT", "BP 150/96"], "redact")
    # HL7 inside JSON (interface engine REST API) to the BI vendor
    p = nextp(); ctl = ctlid()
    raw = hl7([msh("ORM^O01", ctl, rcv="INSIGHTLENS"), f"PID|1||{p.mrn}^^^{FAC}^MR||{p.hl7name()}||{p.dobs('d8')}|{p.sex}||||||{p.phone('hl7')}~{p.kin_phone}",
               f"ORC|NW|ORD{digits(7)}", "OBR|1|||80053^Comprehensive metabolic panel^C4"])
    body = {"channelId": uuid(), "messageId": R.randint(10000, 99999), "connector": "HTTP Sender", "status": "SENT", "raw": raw}
    add(S, "POST", f"{BI}/v2/streams/engine/records", {**JSONH, **bearer()}, J(body),
        NM(p) + [[p.mrn, "mrn"], [p.dobs("d8"), "dob"], [p.phone("hl7"), "phone"], [p.kin_phone, "phone"]], [ctl, "HTTP Sender", "80053"], "redact")


# ============================================================================= 5. NCPDP SCRIPT XML
def ncpdp_hdr(msgid, to="PHARM" + digits(7)):
    return (f'<Header><To Qualifier="P">{to}</To><From Qualifier="C">{GROUP_NPI}</From><MessageID>{msgid}</MessageID>'
            f'<SentTime>{ts(R.randint(0, 30))}</SentTime><SenderSoftware><SenderSoftwareDeveloper>RRVFC</SenderSoftwareDeveloper>'
            f'<SenderSoftwareProduct>ClinicEHR</SenderSoftwareProduct><SenderSoftwareVersionRelease>{BUILD}</SenderSoftwareVersionRelease></SenderSoftware></Header>')


def ncpdp_patient(p, ssn_=False, email=False, ns=""):
    idn = f"<{ns}Identification><{ns}MedicalRecordIdentificationNumberEHR>{p.mrn}</{ns}MedicalRecordIdentificationNumberEHR>"
    if ssn_: idn += f"<{ns}SocialSecurity>{p.ssn.replace('-', '')}</{ns}SocialSecurity>"
    idn += f"</{ns}Identification>"
    comm = f"<{ns}CommunicationNumbers><{ns}PrimaryTelephone><{ns}Number>{p.phone('bare')}</{ns}Number></{ns}PrimaryTelephone>"
    if email: comm += f"<{ns}ElectronicMail>{p.email}</{ns}ElectronicMail>"
    comm += f"</{ns}CommunicationNumbers>"
    return (f"<{ns}Patient><{ns}HumanPatient>{idn}<{ns}Name><{ns}LastName>{p.last}</{ns}LastName><{ns}FirstName>{p.first}</{ns}FirstName></{ns}Name>"
            f"<{ns}Gender>{p.sex}</{ns}Gender><{ns}DateOfBirth><{ns}Date>{p.dobs('iso')}</{ns}Date></{ns}DateOfBirth>"
            f"<{ns}Address><{ns}AddressLine1>{p.street}</{ns}AddressLine1><{ns}City>{p.city}</{ns}City><{ns}StateProvince>{p.state}</{ns}StateProvince>"
            f"<{ns}PostalCode>{p.zip}</{ns}PostalCode><{ns}CountryCode>US</{ns}CountryCode></{ns}Address>{comm}</{ns}HumanPatient></{ns}Patient>")


def ncpdp_prescriber(i=0):
    f, l, _ = STAFF[i]
    return (f"<Prescriber><NonVeterinarian><Identification><NPI>{staff(i, 'npi')}</NPI><DEANumber>{staff(i, 'dea')}</DEANumber></Identification>"
            f"<Name><LastName>{l}</LastName><FirstName>{f}</FirstName></Name><Address><AddressLine1>{PRACTICE_ADDR}</AddressLine1><City>{PRACTICE_CITY}</City>"
            f"<StateProvince>ND</StateProvince><PostalCode>{PRACTICE_ZIP}</PostalCode></Address><CommunicationNumbers><PrimaryTelephone>"
            f"<Number>{PRACTICE_PHONE_D.replace('-', '')}</Number></PrimaryTelephone></CommunicationNumbers></NonVeterinarian></Prescriber>")


def ncpdp_med(p, dx_text=True, note=None):
    dx = (f"<Diagnosis><ClinicalInformationQualifier>1</ClinicalInformationQualifier><Primary><Code>{p.icd().replace('.', '')}</Code>"
          f"<Qualifier>ABF</Qualifier>" + (f"<Description>{p.dx()}</Description>" if dx_text else "") + "</Primary></Diagnosis>")
    return (f"<MedicationPrescribed><DrugDescription>{p.med()}</DrugDescription><DrugCoded><ProductCode><Code>{digits(11)}</Code><Qualifier>ND</Qualifier>"
            f"</ProductCode></DrugCoded><Quantity><Value>90</Value><CodeListQualifier>38</CodeListQualifier></Quantity><DaysSupply>90</DaysSupply>"
            f"<WrittenDate><Date>{p.vd('iso')}</Date></WrittenDate><Substitutions>0</Substitutions><NumberOfRefills>3</NumberOfRefills>{dx}"
            f"<Sig><SigText>Take 1 tablet by mouth daily</SigText></Sig>" + (f"<Note>{xesc(note)}</Note>" if note else "") + "</MedicationPrescribed>")


def ncpdp(body, ver="2017071"):
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<Message xmlns="http://www.ncpdp.org/schema/SCRIPT" DatatypesVersion="{ver}" '
            f'TransportVersion="{ver}" TransactionDomain="SCRIPT" TransactionVersion="{ver}" StructuresVersion="{ver}" ECLVersion="{ver}">{body}</Message>\n')


def erx():
    S = "ncpdp_script"
    ERXH = {"Content-Type": "application/xml", "X-Portal-Account": "RRVFC-01"}
    # NewRx with SSN in Identification (not allowed) and e-mail (not allowed); name / dob / address / phone allowed
    for k in range(2):
        p = nextp(); mid = hexs(32)
        x = ncpdp(ncpdp_hdr(mid) + "<Body><NewRx>" + ncpdp_patient(p, ssn_=(k == 0), email=True) + ncpdp_prescriber(k) + ncpdp_med(p, dx_text=False) + "</NewRx></Body>")
        phi = NM(p) + [[p.mrn, "mrn"], [p.dobs("iso"), "dob"], [p.street, "address"], [p.zip, "zip"], [p.phone("bare"), "phone"], [p.email, "email"],
                       [p.icd().replace(".", ""), "icd10"], [p.vd("iso"), "date"]]
        if k == 0: phi.append([p.ssn.replace("-", ""), "ssn"])
        add(S, "POST", f"{ERX}/script/{'2017071' if k == 0 else '2023011'}/NewRx", ERXH, x, phi, [mid, GROUP_NPI, staff(k, "dea")], "redact")
    # NewRx with diagnosis description and a note naming the condition (condition not allowed)
    p = nextp(); mid = hexs(32)
    x = ncpdp(ncpdp_hdr(mid) + "<Body><NewRx>" + ncpdp_patient(p) + ncpdp_prescriber(2)
              + ncpdp_med(p, note=f"Pt also being treated for {p.dx()}; please counsel & call prescriber") + "</NewRx></Body>")
    add(S, "POST", f"{ERX}/script/2017071/NewRx", ERXH, x,
        NM(p) + [[p.mrn, "mrn"], [p.dobs("iso"), "dob"], [p.street, "address"], [p.zip, "zip"], [p.phone("bare"), "phone"], [p.dx(), "condition"],
                 [p.icd().replace(".", ""), "icd10"], [p.vd("iso"), "date"]], [mid, "Take 1 tablet by mouth daily"], "redact")
    # allowed only: NewRx without SSN / e-mail / description -> pass byte for byte
    for k in range(2):
        p = nextp(); mid = hexs(32)
        x = ncpdp(ncpdp_hdr(mid) + "<Body><NewRx>" + ncpdp_patient(p) + ncpdp_prescriber(k + 1) + ncpdp_med(p, dx_text=False) + "</NewRx></Body>")
        add(S, "POST", f"{ERX}/script/2017071/NewRx", ERXH, x,
            NM(p) + [[p.mrn, "mrn"], [p.dobs("iso"), "dob"], [p.street, "address"], [p.zip, "zip"], [p.phone("bare"), "phone"], [p.vd("iso"), "date"]],
            [mid], "pass")
    # RxRenewalResponse with a prefixed namespace, and an e-mail in the patient block
    p = nextp(); mid = hexs(32); rel = hexs(32)
    x = (f'<?xml version="1.0"?>\n<ns2:Message xmlns:ns2="http://www.ncpdp.org/schema/SCRIPT" TransactionVersion="2017071"><ns2:Header>'
         f'<ns2:To Qualifier="P">{digits(7)}</ns2:To><ns2:From Qualifier="C">{GROUP_NPI}</ns2:From><ns2:MessageID>{mid}</ns2:MessageID>'
         f'<ns2:RelatesToMessageID>{rel}</ns2:RelatesToMessageID></ns2:Header><ns2:Body><ns2:RxRenewalResponse><ns2:Response><ns2:Approved>'
         f'<ns2:Note>Approved x1; needs visit re {xesc(p.dx())}</ns2:Note></ns2:Approved></ns2:Response>'
         + ncpdp_patient(p, email=True, ns="ns2:") + '</ns2:RxRenewalResponse></ns2:Body></ns2:Message>\n')
    add(S, "POST", f"{ERX}/script/2017071/RxRenewalResponse", ERXH, x,
        NM(p) + [[p.mrn, "mrn"], [p.dobs("iso"), "dob"], [p.street, "address"], [p.zip, "zip"], [p.phone("bare"), "phone"], [p.email, "email"],
                 [p.dx(), "condition"]], [mid, rel], "redact")
    # RxChangeResponse (prior-authorization change approved) with the reason in free text and a member id
    p = nextp(); mid = hexs(32); rel = hexs(32)
    x = ncpdp(ncpdp_hdr(mid).replace("</MessageID>", f"</MessageID><RelatesToMessageID>{rel}</RelatesToMessageID>") + "<Body><RxChangeResponse>"
              f"<MessageRequestCode>P</MessageRequestCode><Response><Approved><Note>{xesc('PA obtained for ' + p.dx() + ', ref ' + digits(8))}</Note></Approved></Response>"
              + ncpdp_patient(p) + f"<BenefitsCoordination><PayerIdentification><PayerID>{p.payer_id}</PayerID></PayerIdentification><CardholderID>{p.mbr}</CardholderID>"
              f"<GroupID>{p.group}</GroupID></BenefitsCoordination>" + ncpdp_prescriber(3) + ncpdp_med(p, dx_text=False) + "</RxChangeResponse></Body>")
    add(S, "POST", f"{ERX}/script/2017071/RxChangeResponse", ERXH, x,
        NM(p) + [[p.mrn, "mrn"], [p.dobs("iso"), "dob"], [p.street, "address"], [p.zip, "zip"], [p.phone("bare"), "phone"], [p.mbr, "member_id"],
                 [p.dx(), "condition"], [p.vd("iso"), "date"]], [mid, rel, p.group], "redact")
    # CancelRx with SSN-like identifier as a 9-digit string in <SocialSecurity>, patient allowed otherwise
    p = nextp(); mid = hexs(32)
    x = ncpdp(ncpdp_hdr(mid) + "<Body><CancelRx>" + ncpdp_patient(p, ssn_=True) + ncpdp_prescriber(0)
              + f"<MedicationPrescribed><DrugDescription>{p.med()}</DrugDescription><WrittenDate><Date>{p.vd('iso')}</Date></WrittenDate></MedicationPrescribed></CancelRx></Body>")
    add(S, "POST", f"{ERX}/script/2017071/CancelRx", ERXH, x,
        NM(p) + [[p.mrn, "mrn"], [p.dobs("iso"), "dob"], [p.street, "address"], [p.zip, "zip"], [p.phone("bare"), "phone"], [p.ssn.replace("-", ""), "ssn"],
                 [p.vd("iso"), "date"]], [mid], "redact")
    # clean: Status, Verify, Error, DirectoryMessage for the prescriber
    for kind, inner in [("Status", "<Status><Code>010</Code></Status>"), ("Verify", "<Verify><VerifyStatus><Code>010</Code></VerifyStatus></Verify>"),
                        ("Error", "<Error><Code>900</Code><DescriptionCode>1000</DescriptionCode><Description>Transaction rejected: unable to route</Description></Error>")]:
        mid = hexs(32); rel = hexs(32)
        hdr = ncpdp_hdr(mid).replace("</MessageID>", f"</MessageID><RelatesToMessageID>{rel}</RelatesToMessageID>")
        add(S, "POST", f"{ERX}/script/2017071/{kind}", ERXH, ncpdp(hdr + f"<Body>{inner}</Body>"), [], [mid, rel, GROUP_NPI], "pass")
    mid = hexs(32)
    x = ncpdp(ncpdp_hdr(mid, to="Directory") + f"<Body><AddPrescriberLocation><DirectoryInformation><ServiceLevel>New,Renewal,Cancel,Change</ServiceLevel>"
              f"<ActiveStartTime>2026-04-14T00:00:00Z</ActiveStartTime></DirectoryInformation>{ncpdp_prescriber(1)}</AddPrescriberLocation></Body>")
    add(S, "POST", f"{ERX}/directory/2017071/AddPrescriberLocation", ERXH, x, [], [mid, staff(1, "npi"), PRACTICE_ADDR, PRACTICE_ZIP], "pass")


# ============================================================================= 6. X12 278 / 276 / 277 / 999 / TA1
def isa(ctl, sender="RRVFC01", receiver="PRAIRIECH", es="*", rs="^", cs=":"):
    return (f"ISA{es}00{es}          {es}00{es}          {es}ZZ{es}{sender:<15}{es}ZZ{es}{receiver:<15}{es}260414{es}0815{es}{rs}{es}00501{es}"
            f"{ctl:09d}{es}0{es}P{es}{cs}")


def x12(segs, ctl, gs_code, ver, es="*", st="~", sender="RRVFC01", receiver="PRAIRIECH"):
    body = [isa(ctl, sender, receiver, es=es), es.join(["GS", gs_code, sender, receiver, "20260414", "0815", str(ctl), "X", ver])]
    body += segs
    body += [es.join(["GE", "1", str(ctl)]), es.join(["IEA", "1", f"{ctl:09d}"])]
    return st.join(body) + st


def x12_edi():
    S = "x12_edi"
    # 278 services review request: name / dob / member id / dates / ICD-10 allowed; address, zip, phone, SSN, free-text condition not
    for k in range(3):
        p = nextp(); ctl = R.randint(100000, 999999); trn = f"RRV{digits(9)}"
        es = "|" if k == 2 else "*"
        segs = [["ST", "278", "0001", "005010X217"], ["BHT", "0007", "13", trn, "20260414", "0815"],
                ["HL", "1", "", "20", "1"], ["NM1", "X3", "2", p.payer.upper(), "", "", "", "", "PI", p.payer_id],
                ["HL", "2", "1", "21", "1"], ["NM1", "1P", "2", PRACTICE.upper(), "", "", "", "", "XX", GROUP_NPI],
                ["HL", "3", "2", "22", "1"], ["NM1", "IL", "1", p.last.upper(), p.first.upper(), "", "", "", "MI", p.mbr],
                ["REF", "SY", p.ssn.replace("-", "")], ["N3", p.street.upper(), p.unit.upper()], ["N4", p.city.upper(), p.state, p.zip],
                ["PER", "IC", "", "HP", p.phone("bare")], ["DMG", "D8", p.dobs("d8"), p.sex],
                ["HL", "4", "3", "EV", "0"], ["TRN", "1", trn, "1" + TAX_ID], ["UM", "HS", "I", "3", "11:B"], ["DTP", "472", "D8", p.at("d8")],
                ["HI", f"ABK:{p.icd().replace('.', '')}"], ["MSG", f"PT WITH {p.dx().upper()} FAILED STEP THERAPY"],
                ["NM1", "SJ", "1", staff(k, "last").upper(), staff(k, "first").upper(), "", "", "", "XX", staff(k, "npi")],
                ["SE", "21", "0001"]]
        txt = x12([es.join(x) for x in segs], ctl, "HI", "005010X217", es=es, st="~\n" if k == 1 else "~")
        add(S, "POST", f"{CH}/x12/278", {**X12H, "X-Submitter-Id": "RRVFC01"}, txt,
            [[p.last.upper(), "name"], [p.first.upper(), "name"], [p.mbr, "member_id"], [p.ssn.replace("-", ""), "ssn"], [p.street.upper(), "address"],
             [p.zip, "zip"], [p.phone("bare"), "phone"], [p.dobs("d8"), "dob"], [p.at("d8"), "date"], [p.icd().replace(".", ""), "icd10"],
             [p.dx().upper(), "condition"]], [trn, GROUP_NPI, "005010X217"], "redact")
    # 276 claim status request: only allowed categories -> pass
    for k in range(2):
        p = nextp(); ctl = R.randint(100000, 999999); trn = f"CS{digits(10)}"
        segs = ["ST*276*0001*005010X212", f"BHT*0010*13*{trn}*20260414*0815", "HL*1**20*1", f"NM1*PR*2*{p.payer.upper()}*****PI*{p.payer_id}",
                "HL*2*1*21*1", f"NM1*41*2*{PRACTICE.upper()}*****46*RRVFC01", "HL*3*2*19*1", f"NM1*1P*2*{PRACTICE.upper()}*****XX*{GROUP_NPI}",
                "HL*4*3*22*0", f"DMG*D8*{p.dobs('d8')}*{p.sex}", f"NM1*IL*1*{p.last.upper()}*{p.first.upper()}****MI*{p.mbr}",
                f"TRN*1*{trn}", f"REF*EJ*{p.mrn}", f"AMT*T3*{R.randint(90, 900)}.00", f"DTP*472*RD8*{p.vd('d8')}-{p.vd('d8')}", "SE*15*0001"]
        add(S, "POST", f"{CH}/x12/276", X12H, x12(segs, ctl, "HR", "005010X212"),
            [[p.last.upper(), "name"], [p.first.upper(), "name"], [p.mbr, "member_id"], [p.dobs("d8"), "dob"], [p.mrn, "mrn"], [p.vd("d8"), "date"]],
            [trn, GROUP_NPI], "pass")
    # 277 responses / 277CA mirrored to the BI vendor: nothing allowed
    for k in range(2):
        p = nextp(); q = nextp(); ctl = R.randint(100000, 999999)
        segs = ["ST*277*0001*005010X214" if k else "ST*277*0001*005010X212", f"BHT*{'0085' if k else '0010'}*08*{digits(9)}*20260414*0930*TH",
                "HL*1**20*1", f"NM1*PR*2*{p.payer.upper()}*****PI*{p.payer_id}", "HL*2*1*21*1", f"NM1*41*2*{PRACTICE.upper()}*****46*RRVFC01",
                "HL*3*2*19*1", f"NM1*85*2*{PRACTICE.upper()}*****XX*{GROUP_NPI}",
                "HL*4*3*PT", f"NM1*QC*1*{p.last.upper()}*{p.first.upper()}****MI*{p.mbr}", f"TRN*2*{p.mrn}",
                f"STC*A2:20:PR*20260414*WQ*{R.randint(100, 700)}.00", f"REF*1K*{digits(13)}", f"DTP*472*D8*{p.vd('d8')}",
                "HL*5*3*PT", f"NM1*QC*1*{q.last.upper()}*{q.first.upper()}****MI*{q.mbr}", f"TRN*2*{q.mrn}",
                f"STC*A7:21:PR*20260414*U*{R.randint(100, 700)}.00", f"DTP*472*D8*{q.vd('d8')}", "SE*20*0001"]
        add(S, "POST", f"{BI}/v2/streams/claims/x12", {**X12H, **bearer()}, x12(segs, ctl, "HN", "005010X214", sender="PRAIRIECH", receiver="RRVFC01"),
            [[p.last.upper(), "name"], [p.first.upper(), "name"], [p.mbr, "member_id"], [p.mrn, "mrn"], [p.vd("d8"), "date"],
             [q.last.upper(), "name"], [q.first.upper(), "name"], [q.mbr, "member_id"], [q.mrn, "mrn"], [q.vd("d8"), "date"]],
            [GROUP_NPI, "005010X214"], "redact")
    # clean: 999 and TA1 acknowledgements, a 277 summary with no patient loops
    for k in range(2):
        ctl = R.randint(100000, 999999); gsn = R.randint(1000, 9999)
        segs = ["ST*999*0001*005010X231A1", f"AK1*HI*{gsn}*005010X217", "AK2*278*0001*005010X217", "IK5*A", "AK9*A*1*1*1", "SE*6*0001"]
        add(S, "POST", f"{CH if k == 0 else BI}/x12/999" if k == 0 else f"{BI}/v2/streams/claims/x12",
            {**X12H, **({} if k == 0 else bearer())}, x12(segs, ctl, "FA", "005010X231A1"), [], ["005010X231A1", f"AK1*HI*{gsn}"], "pass")
    ctl = R.randint(100000, 999999)
    add(S, "POST", f"{CH}/x12/ta1", X12H, isa(ctl) + "~" + f"TA1*{ctl - 1:09d}*260414*0815*A*000~IEA*0*{ctl:09d}~", [], [f"{ctl - 1:09d}"], "pass")


# ============================================================================= 7. C-CDA with narrative tables
def ccda(p, problems=True, meds=True, results=True, encounters=True):
    docid = uuid()
    hdr = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">\n'
           f'<realmCode code="US"/><typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>\n'
           f'<templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/><id root="{docid}"/>\n'
           f'<code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>\n'
           f'<title>Continuity of Care Document</title><effectiveTime value="{hts(3)}"/>\n'
           f'<recordTarget><patientRole><id extension="{p.mrn}" root="{MRN_OID}"/>\n'
           f'<addr use="HP"><streetAddressLine>{p.street}</streetAddressLine><city>{p.city}</city><state>{p.state}</state><postalCode>{p.zip}</postalCode></addr>\n'
           f'<telecom value="{p.phone("tel")}" use="HP"/><telecom value="mailto:{p.email}"/>\n'
           f'<patient><name use="L"><given>{p.first}</given><family>{p.last}</family></name>'
           f'<administrativeGenderCode code="{p.sex}" codeSystem="2.16.840.1.113883.5.1"/><birthTime value="{p.dobs("d8")}"/></patient>'
           f'</patientRole></recordTarget>\n'
           f'<custodian><assignedCustodian><representedCustodianOrganization><id extension="{GROUP_NPI}" root="2.16.840.1.113883.4.6"/>'
           f'<name>{PRACTICE}</name><addr><streetAddressLine>{PRACTICE_ADDR}</streetAddressLine><city>Fargo</city><state>ND</state>'
           f'<postalCode>{PRACTICE_ZIP}</postalCode></addr></representedCustodianOrganization></assignedCustodian></custodian>\n<component><structuredBody>\n')
    secs = []
    onset = date(2016, 1, 1) + timedelta(days=R.randint(0, 3000))
    if problems:
        secs.append(f'<component><section><templateId root="2.16.840.1.113883.10.20.22.2.5.1"/><code code="11450-4" codeSystem="2.16.840.1.113883.6.1"/>'
                    f'<title>Problems</title><text><table border="1" width="100%"><thead><tr><th>Problem</th><th>ICD-10</th><th>Status</th><th>Onset</th></tr></thead>'
                    f'<tbody><tr ID="prob1"><td>{p.dx()}</td><td>{p.icd()}</td><td>Active</td><td>{fd(onset, "us")}</td></tr>'
                    f'<tr ID="prob2"><td>Essential hypertension</td><td>I10</td><td>Active</td><td>{fd(onset + timedelta(days=400), "us")}</td></tr></tbody></table></text></section></component>')
    if meds:
        secs.append(f'<component><section><templateId root="2.16.840.1.113883.10.20.22.2.1.1"/><title>Medications</title><text><table><thead><tr><th>Medication</th>'
                    f'<th>Directions</th><th>Start Date</th></tr></thead><tbody><tr><td><content ID="med1">{p.med()}</content></td><td>1 tab PO daily</td>'
                    f'<td>{fd(onset + timedelta(days=30), "mon")}</td></tr></tbody></table></text></section></component>')
    if results:
        secs.append(f'<component><section><templateId root="2.16.840.1.113883.10.20.22.2.3.1"/><title>Results</title><text><table><thead><tr><th>Test</th><th>Result</th>'
                    f'<th>Ref range</th><th>Date</th></tr></thead><tbody><tr><td>Hemoglobin A1c</td><td>8.4 %</td><td>4.0-5.6</td><td>{p.vd("us")}</td></tr>'
                    f'<tr><td>eGFR</td><td>41 mL/min/1.73m2</td><td>&gt;60</td><td>{p.vd("us")}</td></tr></tbody></table></text></section></component>')
    if encounters:
        secs.append(f'<component><section><templateId root="2.16.840.1.113883.10.20.22.2.22.1"/><title>Encounters</title><text><table><thead><tr><th>Encounter</th>'
                    f'<th>Provider</th><th>Location</th><th>Date</th></tr></thead><tbody><tr><td>Office visit</td><td>{staff(0, "name")}</td>'
                    f'<td>{PRACTICE}, {PRACTICE_ADDR}</td><td>{p.vd("long")}</td></tr></tbody></table></text></section></component>')
    return hdr + "\n".join(secs) + "\n</structuredBody></component></ClinicalDocument>\n", docid, onset


def ccda_docs():
    S = "ccda"
    base_phi = lambda p: NM(p) + [[p.mrn, "mrn"], [p.street, "address"], [p.zip, "zip"], [p.phone("tel")[4:], "phone"], [p.email, "email"], [p.dobs("d8"), "dob"]]
    for k in range(2):
        p = nextp(); x, docid, onset = ccda(p)
        add(S, "POST", f"{HIE}/ccda/v1/documents?source={FAC}", {"Content-Type": "application/xml"}, x,
            base_phi(p) + [[p.dx(), "condition"], [p.icd(), "icd10"], [fd(onset, "us"), "date"], [p.vd("us"), "date"]], [docid, GROUP_NPI], "pass")
    for k in range(3):
        p = nextp(); x, docid, onset = ccda(p, meds=(k != 1), encounters=(k != 2))
        phi = base_phi(p) + [[p.dx(), "condition"], [p.icd(), "icd10"], [fd(onset, "us"), "date"], [p.vd("us"), "date"], ["Essential hypertension", "condition"],
                             [fd(onset + timedelta(days=400), "us"), "date"]]
        if k != 1: phi.append([fd(onset + timedelta(days=30), "mon"), "date"])
        if k != 2: phi.append([p.vd("long"), "date"])
        add(S, "POST", f"{BI}/v2/documents/ccda?tenant=rrvfc", {"Content-Type": "application/xml", **bearer()}, x, phi,
            [docid, "Continuity of Care Document", "34133-9"], "redact")
    # only the narrative tables (section text extracted as HTML) to the metrics vendor
    p = nextp(); x, _, onset = ccda(p, results=False)
    html = "\n".join(re.findall(r"<table.*?</table>", x, re.S))
    html = f"<h2>Summary for {p.first} {p.last} (MRN {p.mrn})</h2>\n" + html
    add(S, "POST", f"{MP}/api/v1/html-snapshots", {"Content-Type": "text/html; charset=utf-8", **bearer()}, html,
        NM(p) + [[p.mrn, "mrn"], [p.dx(), "condition"], [fd(onset, "us"), "date"], [p.vd("long"), "date"], ["Essential hypertension", "condition"],
                 [fd(onset + timedelta(days=400), "us"), "date"]], ["Problem", "Directions"], "redact")
    # schema validation error to an error tracker (block)
    p = nextp(); x, docid, onset = ccda(p, meds=False, results=False, encounters=False)
    ev = {"event_id": hexs(32), "level": "error", "platform": "java", "release": f"ccda-exporter@{BUILD}",
          "exception": {"values": [{"type": "org.xml.sax.SAXParseException", "value": "cvc-complex-type.2.4.a: Invalid content starting with element 'birthTime'"}]},
          "extra": {"document": x[:1800]}}
    add(S, "POST", f"{BUG}/api/12/store/", {**JSONH, "X-Sentry-Auth": f"Sentry sentry_key={hexs(32)}, sentry_version=7"}, J(ev),
        NM(p) + [[p.mrn, "mrn"], [p.street, "address"], [p.dobs("d8"), "dob"], [p.dx(), "condition"]], [], "block")
    # clean: a masked / null-flavored template document and a template-validation summary
    x = ('<?xml version="1.0"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3"><templateId root="2.16.840.1.113883.10.20.22.1.1"/>'
         f'<id root="{uuid()}"/><code code="34133-9" codeSystem="2.16.840.1.113883.6.1"/><recordTarget><patientRole><id nullFlavor="MSK"/>'
         '<addr nullFlavor="MSK"/><telecom nullFlavor="NI"/><patient><name nullFlavor="MSK"/><administrativeGenderCode nullFlavor="UNK"/>'
         '<birthTime nullFlavor="UNK"/></patient></patientRole></recordTarget><component><structuredBody><component><section>'
         '<templateId root="2.16.840.1.113883.10.20.22.2.5.1"/><title>Problems</title><text><table><thead><tr><th>Problem</th><th>Status</th></tr></thead>'
         '<tbody><tr><td>No known problems</td><td>-</td></tr></tbody></table></text></section></component></structuredBody></component></ClinicalDocument>\n')
    add(S, "POST", f"{BI}/v2/documents/ccda?tenant=rrvfc&mode=template-test", {"Content-Type": "application/xml", **bearer()}, x, [],
        ["No known problems", "34133-9", "2.16.840.1.113883.10.20.22.2.5.1"], "pass")
    body = {"validator": "ccda-r2.1", "run": uuid(), "documents": 412, "errors": 3, "warnings": 57,
            "topErrors": [{"xpath": "/ClinicalDocument/recordTarget/patientRole/patient/birthTime", "rule": "CONF:1198-5299", "count": 2},
                          {"xpath": "/ClinicalDocument/component/structuredBody/component[3]/section/entry", "rule": "CONF:1198-7234", "count": 1}]}
    add(S, "POST", f"{MP}/api/v1/events", {**JSONH, **bearer()}, J(body), [], ["CONF:1198-5299", "ccda-r2.1"], "pass")


# ============================================================================= 8. IHE XDS.b ebXML
def xds_submission(p, with_doc=True):
    de, ss = uuid(), uuid(); uniq = f"{ROOT_OID}.4.{digits(9)}"; hieid = "HIE" + digits(8)
    slots = [("creationTime", [hts(4)[:14]]), ("languageCode", ["en-US"]), ("serviceStartTime", [p.vd("d8") + "0900"]),
             ("sourcePatientId", [f"{p.mrn}^^^&amp;{MRN_OID}&amp;ISO"]),
             ("sourcePatientInfo", [f"PID-3|{p.mrn}^^^&amp;{MRN_OID}&amp;ISO", f"PID-5|{p.last}^{p.first}^^^", f"PID-7|{p.dobs('d8')}",
                                    f"PID-8|{p.sex}", f"PID-11|{p.street}^^{p.city}^{p.state}^{p.zip}^USA"])]
    sx = "".join(f'<rim:Slot name="{n}"><rim:ValueList>' + "".join(f"<rim:Value>{v}</rim:Value>" for v in vals) + "</rim:ValueList></rim:Slot>" for n, vals in slots)
    meta = (f'<lcm:SubmitObjectsRequest><rim:RegistryObjectList><rim:ExtrinsicObject id="urn:uuid:{de}" mimeType="text/xml" '
            f'objectType="urn:uuid:7edca82f-054d-47f2-a032-9b2a5b5186c1">{sx}<rim:Name><rim:LocalizedString value="Continuity of Care Document"/></rim:Name>'
            f'<rim:Classification classificationScheme="urn:uuid:41a5887f-8865-4c09-adf7-e362475b143a" classifiedObject="urn:uuid:{de}" nodeRepresentation="34133-9">'
            f'<rim:Slot name="codingScheme"><rim:ValueList><rim:Value>2.16.840.1.113883.6.1</rim:Value></rim:ValueList></rim:Slot></rim:Classification>'
            f'<rim:ExternalIdentifier identificationScheme="urn:uuid:58a6f841-87b3-4a3e-92fd-a8ffeff98427" value="{hieid}^^^&amp;{HIE_OID}&amp;ISO" '
            f'registryObject="urn:uuid:{de}"><rim:Name><rim:LocalizedString value="XDSDocumentEntry.patientId"/></rim:Name></rim:ExternalIdentifier>'
            f'<rim:ExternalIdentifier identificationScheme="urn:uuid:2e82c1f6-a085-4c72-9da3-8640a32e42ab" value="{uniq}" registryObject="urn:uuid:{de}">'
            f'<rim:Name><rim:LocalizedString value="XDSDocumentEntry.uniqueId"/></rim:Name></rim:ExternalIdentifier></rim:ExtrinsicObject>'
            f'<rim:RegistryPackage id="urn:uuid:{ss}"/></rim:RegistryObjectList></lcm:SubmitObjectsRequest>')
    doc, blob = "", None
    if with_doc:
        blob = b64(ccda(p, results=False, encounters=False)[0])
        doc = f'<xds:Document id="urn:uuid:{de}">{blob}</xds:Document>'
    env = ('<?xml version="1.0" encoding="UTF-8"?>\n<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:a="http://www.w3.org/2005/08/addressing" '
           'xmlns:xds="urn:ihe:iti:xds-b:2007" xmlns:lcm="urn:oasis:names:tc:ebxml-regrep:xsd:lcm:3.0" xmlns:rim="urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0">'
           f'<s:Header><a:Action>urn:ihe:iti:2007:{"ProvideAndRegisterDocumentSet-b" if with_doc else "RegisterDocumentSet-b"}</a:Action><a:MessageID>urn:uuid:{uuid()}</a:MessageID></s:Header><s:Body>'
           + ('<xds:ProvideAndRegisterDocumentSetRequest>' + meta + doc + '</xds:ProvideAndRegisterDocumentSetRequest>' if with_doc else meta)
           + '</s:Body></s:Envelope>\n')
    return env, de, uniq, hieid, blob


def xds():
    S = "ihe_xds"
    SOAPX = {"Content-Type": 'application/soap+xml; charset=UTF-8; action="urn:ihe:iti:2007:ProvideAndRegisterDocumentSet-b"'}
    for k in range(2):
        p = nextp(); env, de, uniq, hieid, blob = xds_submission(p, with_doc=(k == 0))
        phi = NM(p) + [[p.mrn, "mrn"], [p.dobs("d8"), "dob"], [p.street, "address"], [p.zip, "zip"], [hieid, "mrn"]]
        if blob: phi.append([blob, "name"])
        add(S, "POST", f"{HIEX}/xdsrepository/services/ITI-41", SOAPX, env, phi, [de, uniq], "pass")
    # the same metadata copied to the BI vendor and the interface monitor (nothing allowed)
    for k, url in enumerate([f"{BI}/v2/streams/xds/records", f"{MESH}/v1/messages/raw?channel=XDS_ITI41"]):
        p = nextp(); env, de, uniq, hieid, blob = xds_submission(p, with_doc=(k == 1))
        phi = NM(p) + [[p.mrn, "mrn"], [p.dobs("d8"), "dob"], [p.street, "address"], [p.zip, "zip"], [hieid, "mrn"], [p.vd("d8") + "0900", "date"]]
        if blob: phi.append([blob, "name"])
        add(S, "POST", url, {**SOAPX, **bearer()}, env, phi, [de, uniq, "XDSDocumentEntry.uniqueId"], "redact")
    # registry stored query by patient id (FindDocuments) to the HIE: pass; the same query logged to the monitor: redact
    for k in range(2):
        p = nextp(); hieid = "HIE" + digits(8); qid = uuid()
        q = ('<?xml version="1.0"?>\n<query:AdhocQueryRequest xmlns:query="urn:oasis:names:tc:ebxml-regrep:xsd:query:3.0" xmlns:rim="urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0">'
             '<query:ResponseOption returnComposedObjects="true" returnType="LeafClass"/>'
             '<rim:AdhocQuery id="urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d">'
             f"<rim:Slot name=\"$XDSDocumentEntryPatientId\"><rim:ValueList><rim:Value>'{hieid}^^^&amp;{HIE_OID}&amp;ISO'</rim:Value></rim:ValueList></rim:Slot>"
             "<rim:Slot name=\"$XDSDocumentEntryStatus\"><rim:ValueList><rim:Value>('urn:oasis:names:tc:ebxml-regrep:StatusType:Approved')</rim:Value></rim:ValueList></rim:Slot>"
             f"<rim:Slot name=\"$XDSDocumentEntryServiceStartTimeFrom\"><rim:ValueList><rim:Value>{p.vd('d8')}</rim:Value></rim:ValueList></rim:Slot>"
             f"</rim:AdhocQuery><!-- requested for {p.last}, {p.first} {p.dobs('us')} --></query:AdhocQueryRequest>\n")
        if k == 0:
            add(S, "POST", f"{HIEX}/xdsregistry/services/ITI-18", XMLH, q, NM(p) + [[hieid, "mrn"], [p.vd("d8"), "date"], [p.dobs("us"), "dob"]],
                ["urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d"], "pass")
        else:
            add(S, "POST", f"{MESH}/v1/messages/raw?channel=XDS_ITI18&qid={qid}", XMLH, q, NM(p) + [[hieid, "mrn"], [p.vd("d8"), "date"], [p.dobs("us"), "dob"]],
                ["urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d", qid], "redact")
    # SOAP fault from the registry, reported to an error tracker (block)
    p = nextp()
    ev = {"exception": {"type": "XdsRegistryException", "message": f"XDSPatientIdDoesNotMatch: sourcePatientInfo PID-5|{p.last}^{p.first}^^^ PID-7|{p.dobs('d8')} "
                        f"does not match {p.mrn}^^^&{MRN_OID}&ISO"}, "service": "xds-submitter", "version": BUILD}
    add(S, "POST", f"{STF}/api/v2/events", {**JSONH, "X-Api-Key": hexs(40)}, J(ev), NM(p) + [[p.dobs("d8"), "dob"], [p.mrn, "mrn"]], [], "block")
    # clean: RegistryResponse, GetDocuments by entryUUID, RetrieveDocumentSet by unique ids
    rr = ('<?xml version="1.0"?>\n<rs:RegistryResponse xmlns:rs="urn:oasis:names:tc:ebxml-regrep:xsd:rs:3.0" '
          'status="urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Success"/>\n')
    add(S, "POST", f"{BI}/v2/streams/xds/records", {**XMLH, **bearer()}, rr, [], ["urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Success"], "pass")
    e1, e2 = uuid(), uuid()
    q = ('<query:AdhocQueryRequest xmlns:query="urn:oasis:names:tc:ebxml-regrep:xsd:query:3.0" xmlns:rim="urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0">'
         '<query:ResponseOption returnComposedObjects="true" returnType="ObjectRef"/><rim:AdhocQuery id="urn:uuid:5c4f972b-d56b-40ac-a5fc-c8ca9b40b9d4">'
         f"<rim:Slot name=\"$XDSDocumentEntryEntryUUID\"><rim:ValueList><rim:Value>('urn:uuid:{e1}','urn:uuid:{e2}')</rim:Value></rim:ValueList></rim:Slot>"
         '</rim:AdhocQuery></query:AdhocQueryRequest>\n')
    add(S, "POST", f"{MESH}/v1/messages/raw?channel=XDS_ITI18", XMLH, q, [], [e1, e2], "pass")
    u1, u2 = f"{ROOT_OID}.4.{digits(9)}", f"{ROOT_OID}.4.{digits(9)}"
    q = ('<xds:RetrieveDocumentSetRequest xmlns:xds="urn:ihe:iti:xds-b:2007">'
         + "".join(f"<xds:DocumentRequest><xds:RepositoryUniqueId>{HIE_OID}.7</xds:RepositoryUniqueId><xds:DocumentUniqueId>{u}</xds:DocumentUniqueId></xds:DocumentRequest>" for u in (u1, u2))
         + "</xds:RetrieveDocumentSetRequest>\n")
    add(S, "POST", f"{BI}/v2/streams/xds/records", {**XMLH, **bearer()}, q, [], [u1, u2, HIE_OID + ".7"], "pass")


# ============================================================================= 9. XCPD / Carequality patient discovery
def prpa305(p, ssn_=False, addr=True, tel=True, qid=None):
    qid = qid or uuid()
    params = (f'<livingSubjectAdministrativeGender><value code="{p.sex}"/><semanticsText>LivingSubject.administrativeGender</semanticsText></livingSubjectAdministrativeGender>'
              f'<livingSubjectBirthTime><value value="{p.dobs("d8")}"/><semanticsText>LivingSubject.birthTime</semanticsText></livingSubjectBirthTime>')
    if ssn_:
        params += (f'<livingSubjectId><value root="{SSN_OID}" extension="{p.ssn}"/><semanticsText>LivingSubject.id</semanticsText></livingSubjectId>')
    params += (f'<livingSubjectName><value><given>{p.first}</given>' + (f'<given>{p.middle}</given>' if p.middle else '')
               + f'<family>{p.last}</family></value><semanticsText>LivingSubject.name</semanticsText></livingSubjectName>')
    if addr:
        params += (f'<patientAddress><value><streetAddressLine>{p.street}</streetAddressLine><city>{p.city}</city><state>{p.state}</state>'
                   f'<postalCode>{p.zip}</postalCode></value><semanticsText>Patient.addr</semanticsText></patientAddress>')
    if tel:
        params += f'<patientTelecom><value value="{p.phone("tel")}" use="HP"/><semanticsText>Patient.telecom</semanticsText></patientTelecom>'
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope" xmlns:wsa="http://www.w3.org/2005/08/addressing">'
            f'<soap:Header><wsa:Action>urn:hl7-org:v3:PRPA_IN201305UV02:CrossGatewayPatientDiscovery</wsa:Action><wsa:MessageID>urn:uuid:{uuid()}</wsa:MessageID></soap:Header>'
            f'<soap:Body><PRPA_IN201305UV02 xmlns="urn:hl7-org:v3" ITSVersion="XML_1.0"><id root="{qid}"/><creationTime value="{hts(2)[:14]}"/>'
            '<interactionId root="2.16.840.1.113883.1.6" extension="PRPA_IN201305UV02"/><processingCode code="P"/><processingModeCode code="T"/>'
            f'<acceptAckCode code="AL"/><sender typeCode="SND"><device classCode="DEV" determinerCode="INSTANCE"><id root="{ROOT_OID}"/></device></sender>'
            f'<controlActProcess classCode="CACT" moodCode="EVN"><code code="PRPA_TE201305UV02" codeSystem="2.16.840.1.113883.1.6"/>'
            f'<queryByParameter><queryId root="{ROOT_OID}" extension="{qid}"/><statusCode code="new"/><responseModalityCode code="R"/>'
            f'<responsePriorityCode code="I"/><parameterList>{params}</parameterList></queryByParameter></controlActProcess></PRPA_IN201305UV02></soap:Body></soap:Envelope>\n'), qid


def xcpd():
    S = "xcpd"
    for k in range(2):
        p = nextp(); x, qid = prpa305(p, ssn_=(k == 1))
        phi = NM(p) + [[p.dobs("d8"), "dob"], [p.street, "address"], [p.zip, "zip"], [p.phone("tel")[4:], "phone"]]
        if p.middle: phi.append([p.middle, "name"])
        if k == 1: phi.append([p.ssn, "ssn"])
        add(S, "POST", f"{HIE}/xcpd/RespondingGateway", SOAP12, x, phi, [qid], "pass")
    # to the MPI vendor (no SSN, member id allowed there): SSN in livingSubjectId must go
    for k in range(2):
        p = nextp(); x, qid = prpa305(p, ssn_=True, tel=(k == 0))
        phi = NM(p) + [[p.dobs("d8"), "dob"], [p.street, "address"], [p.zip, "zip"], [p.ssn, "ssn"]]
        if k == 0: phi.append([p.phone("tel")[4:], "phone"])
        if p.middle: phi.append([p.middle, "name"])
        add(S, "POST", f"{MPI}/v1/xcpd/discover", SOAP12, x, phi, [qid, "PRPA_IN201305UV02"], "redact")
    # allowed only -> pass
    p = nextp(); x, qid = prpa305(p)
    add(S, "POST", f"{MPI}/v1/xcpd/discover", SOAP12, x, NM(p) + [[p.dobs("d8"), "dob"], [p.street, "address"], [p.zip, "zip"], [p.phone("tel")[4:], "phone"]]
        + ([[p.middle, "name"]] if p.middle else []), [qid], "pass")
    # PRPA_IN201306UV02 response (a match with a remote patient id) mirrored to the BI vendor
    for k in range(2):
        p = nextp(); rid = "CQ" + digits(10); qid = uuid()
        x = ('<?xml version="1.0"?>\n<PRPA_IN201306UV02 xmlns="urn:hl7-org:v3" ITSVersion="XML_1.0">'
             f'<acknowledgement><typeCode code="AA"/><targetMessage><id root="{qid}"/></targetMessage></acknowledgement><controlActProcess classCode="CACT" moodCode="EVN">'
             f'<subject typeCode="SUBJ"><registrationEvent classCode="REG" moodCode="EVN"><subject1 typeCode="SBJ"><patient classCode="PAT">'
             f'<id root="2.16.840.1.113883.3.7204.1" extension="{rid}"/><statusCode code="active"/><patientPerson>'
             f'<name><given>{p.first}</given><family>{p.last}</family></name><administrativeGenderCode code="{p.sex}"/><birthTime value="{p.dobs("d8")}"/>'
             f'<addr><streetAddressLine>{p.street}</streetAddressLine><city>{p.city}</city><state>{p.state}</state><postalCode>{p.zip}</postalCode></addr>'
             f'</patientPerson></patient></subject1></registrationEvent></subject><queryAck><queryResponseCode code="OK"/><resultTotalQuantity value="1"/>'
             f'</queryAck></controlActProcess></PRPA_IN201306UV02>\n')
        add(S, "POST", f"{BI}/v2/streams/xcpd/records" if k == 0 else f"{MESH}/v1/messages/raw?channel=XCPD_IN", {**XMLH, **bearer()}, x,
            NM(p) + [[rid, "mrn"], [p.dobs("d8"), "dob"], [p.street, "address"], [p.zip, "zip"]], [qid, "2.16.840.1.113883.3.7204.1"], "redact")
    # clean: an MCCI acknowledgement and an XCPD gateway directory lookup by OID
    aid = uuid()
    x = (f'<MCCI_IN000002UV01 xmlns="urn:hl7-org:v3" ITSVersion="XML_1.0"><id root="{aid}"/><creationTime value="{hts(9)[:14]}"/>'
         '<interactionId root="2.16.840.1.113883.1.6" extension="MCCI_IN000002UV01"/><processingCode code="P"/><acknowledgement><typeCode code="CA"/>'
         f'</acknowledgement></MCCI_IN000002UV01>\n')
    add(S, "POST", f"{BI}/v2/streams/xcpd/records", {**XMLH, **bearer()}, x, [], [aid, "MCCI_IN000002UV01"], "pass")
    add(S, "GET", f"{MPI}/v1/directory/Organization?identifier=urn:oid:{HIE_OID}&_format=json", {"Accept": "application/json"}, "", [],
        [HIE_OID], "pass")


# ============================================================================= 10. Direct secure messaging (HISP)
DIRECT_FROM = f"sbrekke@direct.{SITE}"
DIRECT_TO = ["referrals@direct.sanfordheart-partner.example", "intake@direct.lakesbehavioral.example", "records@direct.essentia-partner.example"]


def direct():
    S = "direct_hisp"
    # JSON envelope with a referral letter in the body: SSN not allowed, everything else is
    for k in range(2):
        p = nextp(); mid = f"<{uuid()}@direct.{SITE}>"
        letter = (f"Referral for {p.first} {p.last}, DOB {p.dobs('us')}, MRN {p.mrn}.\n{p.first} has {p.dx()} ({p.icd()}), please evaluate.\n"
                  f"Insurance: {p.payer} ID {p.mbr}. Home phone {p.phone('paren')}.\n" + (f"SSN for registration: {p.ssn}\n" if k == 0 else ""))
        att = f"Patient: {p.last}, {p.first}\nSSN: {p.ssn}\nAddress: {p.street}, {p.city} {p.state} {p.zip}\n"
        body = {"messageId": mid, "from": DIRECT_FROM, "to": [DIRECT_TO[k]], "subject": f"Referral: {p.last}, {p.first} (DOB {p.dobs('us')})",
                "textBody": letter, "attachments": [{"fileName": "demographics.txt", "contentType": "text/plain", "content": b64(att)}],
                "requestMdn": True}
        phi = NM(p) + [[p.dobs("us"), "dob"], [p.mrn, "mrn"], [p.dx(), "condition"], [p.icd(), "icd10"], [p.mbr, "member_id"], [p.phone("paren"), "phone"],
                       [b64(att), "ssn"]]
        if k == 0: phi.append([p.ssn, "ssn"])
        add(S, "POST", f"{HISP}/v2/messages", {**JSONH, **bearer()}, J(body), phi, [DIRECT_TO[k], DIRECT_FROM], "redact")
    # raw RFC 5322 message with an XDM-style metadata part, no SSN -> pass
    p = nextp(); mid = f"<{uuid()}@direct.{SITE}>"; bnd = "----=_Part_" + digits(8)
    mime = (f"From: {DIRECT_FROM}\r\nTo: {DIRECT_TO[2]}\r\nSubject: Transition of care: {p.first} {p.last}\r\nMessage-ID: {mid}\r\n"
            f"Disposition-Notification-Options: X-DIRECT-FINAL-DESTINATION-DELIVERY=optional,true\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: multipart/mixed; boundary=\"{bnd}\"\r\n\r\n--{bnd}\r\nContent-Type: text/plain\r\n\r\n"
            f"Discharge to SNF. {p.first} {p.last} (DOB {p.dobs('iso')}) was seen {p.vd('long')} for {p.dx()}.\r\n"
            f"--{bnd}\r\nContent-Type: application/xml; name=\"METADATA.XML\"\r\n\r\n"
            f"<Slot name=\"sourcePatientInfo\"><ValueList><Value>PID-3|{p.mrn}^^^&amp;{MRN_OID}&amp;ISO</Value><Value>PID-5|{p.last}^{p.first}</Value>"
            f"<Value>PID-7|{p.dobs('d8')}</Value></ValueList></Slot>\r\n--{bnd}--\r\n")
    add(S, "POST", f"{HISP}/v2/messages/raw", {"Content-Type": "message/rfc822", **bearer()}, mime,
        NM(p) + [[p.dobs("iso"), "dob"], [p.dobs("d8"), "dob"], [p.vd("long"), "date"], [p.dx(), "condition"], [p.mrn, "mrn"]], [mid.strip("<>")], "pass")
    # raw message with the SSN in the XDM slot (PID-3 repeat) -> redact
    p = nextp(); mid = f"<{uuid()}@direct.{SITE}>"
    mime = (f"From: {DIRECT_FROM}\r\nTo: {DIRECT_TO[1]}\r\nSubject: Records request response\r\nMessage-ID: {mid}\r\nContent-Type: application/xml\r\n\r\n"
            f"<Slot name=\"sourcePatientInfo\"><ValueList><Value>PID-3|{p.mrn}^^^&amp;{MRN_OID}&amp;ISO~{p.ssn.replace('-', '')}^^^&amp;{SSN_OID}&amp;ISO</Value>"
            f"<Value>PID-5|{p.last}^{p.first}</Value><Value>PID-7|{p.dobs('d8')}</Value><Value>PID-11|{p.street}^^{p.city}^{p.state}^{p.zip}</Value></ValueList></Slot>\r\n")
    add(S, "POST", f"{HISP}/v2/messages/raw", {"Content-Type": "message/rfc822", **bearer()}, mime,
        NM(p) + [[p.mrn, "mrn"], [p.ssn.replace("-", ""), "ssn"], [p.dobs("d8"), "dob"], [p.street, "address"], [p.zip, "zip"]], [mid.strip("<>")], "redact")
    # Direct message copy in the BI vendor's message-analytics stream (nothing allowed)
    p = nextp()
    ev = {"event": "direct_message_sent", "ts": ts(12), "props": {"to": DIRECT_TO[0], "subject": f"Referral: {p.last}, {p.first} (DOB {p.dobs('us')})",
          "attachments": 2, "dx": p.icd()}}
    add(S, "POST", f"{MP}/api/v1/events", {**JSONH, **bearer()}, J(ev), NM(p) + [[p.dobs("us"), "dob"], [p.icd(), "icd10"]], ["direct_message_sent", DIRECT_TO[0]], "redact")
    # clean: MDN (processed / dispatched) and a delivery-status poll
    for disp in ("automatic-action/MDN-sent-automatically; processed", "automatic-action/MDN-sent-automatically; dispatched"):
        omid = f"<{uuid()}@direct.{SITE}>"; bnd = "mdn_" + hexs(12)
        mdn = (f"From: {DIRECT_TO[0]}\r\nTo: {DIRECT_FROM}\r\nSubject: Processed: Referral\r\nContent-Type: multipart/report; report-type=disposition-notification; "
               f"boundary=\"{bnd}\"\r\n\r\n--{bnd}\r\nContent-Type: message/disposition-notification\r\n\r\nReporting-UA: hisp.sanfordheart-partner.example; DirectHISP 3.2\r\n"
               f"Original-Recipient: rfc822; {DIRECT_TO[0]}\r\nFinal-Recipient: rfc822; {DIRECT_TO[0]}\r\nOriginal-Message-ID: {omid}\r\nDisposition: {disp}\r\n--{bnd}--\r\n")
        add(S, "POST", f"{HISP}/v2/notifications/mdn", {"Content-Type": "message/rfc822", **bearer()}, mdn, [], [omid.strip("<>"), disp], "pass")
    rid = uuid()
    add(S, "GET", f"{HISP}/v2/messages/{rid}/status?include=mdn", {**bearer()}, "", [], [rid], "pass")


# ============================================================================= 11. PDMP (PMIX / NIEM)
def pmix(p, ssn_=False, phone=False, dl=False):
    extra = ""
    if ssn_: extra += f"<nc:PersonSSNIdentification><nc:IdentificationID>{p.ssn}</nc:IdentificationID></nc:PersonSSNIdentification>"
    if dl: extra += f"<nc:PersonDriverLicense><nc:DriverLicenseIdentification><nc:IdentificationID>{p.dl}</nc:IdentificationID></nc:DriverLicenseIdentification></nc:PersonDriverLicense>"
    tel = f"<nc:ContactInformation><nc:ContactTelephoneNumber><nc:FullTelephoneNumber><nc:TelephoneNumberFullID>{p.phone('dash')}</nc:TelephoneNumberFullID></nc:FullTelephoneNumber></nc:ContactTelephoneNumber></nc:ContactInformation>" if phone else ""
    rq = uuid()
    x = ('<?xml version="1.0" encoding="UTF-8"?>\n<pmp:PrescriptionMonitoringProgramRequest xmlns:pmp="http://www.pmix.gov/pmp/2.0" '
         'xmlns:nc="http://niem.gov/niem/niem-core/2.0" xmlns:s="http://niem.gov/niem/structures/2.0">'
         f'<pmp:RequestID>{rq}</pmp:RequestID><pmp:Requestor><nc:PersonName><nc:PersonGivenName>{STAFF[0][0]}</nc:PersonGivenName><nc:PersonSurName>{STAFF[0][1]}</nc:PersonSurName></nc:PersonName>'
         f'<pmp:DEARegistrationID>{staff(0, "dea")}</pmp:DEARegistrationID><pmp:NPI>{staff(0, "npi")}</pmp:NPI></pmp:Requestor>'
         f'<pmp:PatientRequest><pmp:Patient><nc:PersonName><nc:PersonGivenName>{p.first}</nc:PersonGivenName><nc:PersonSurName>{p.last}</nc:PersonSurName></nc:PersonName>'
         f'<nc:PersonBirthDate><nc:Date>{p.dobs("iso")}</nc:Date></nc:PersonBirthDate><nc:PersonSexCode>{p.sex}</nc:PersonSexCode>{extra}'
         f'<nc:Address><nc:LocationStreet><nc:StreetFullText>{p.street}</nc:StreetFullText></nc:LocationStreet><nc:LocationCityName>{p.city}</nc:LocationCityName>'
         f'<nc:LocationStateUSPostalServiceCode>{p.state}</nc:LocationStateUSPostalServiceCode><nc:LocationPostalCode>{p.zip}</nc:LocationPostalCode></nc:Address>{tel}'
         '</pmp:Patient><pmp:DateRange><nc:StartDate><nc:Date>2025-04-14</nc:Date></nc:StartDate><nc:EndDate><nc:Date>2026-04-14</nc:Date></nc:EndDate></pmp:DateRange>'
         '</pmp:PatientRequest><pmp:RequestedStates><nc:LocationStateUSPostalServiceCode>ND</nc:LocationStateUSPostalServiceCode>'
         '<nc:LocationStateUSPostalServiceCode>MN</nc:LocationStateUSPostalServiceCode></pmp:RequestedStates></pmp:PrescriptionMonitoringProgramRequest>\n')
    return x, rq


def pdmp():
    S = "pdmp"
    PH = {"Content-Type": "application/xml", "X-PMP-Account": "RRVFC-ND-0042"}
    base = lambda p: NM(p) + [[p.dobs("iso"), "dob"], [p.street, "address"], [p.zip, "zip"]]
    for k in range(2):
        p = nextp(); x, rq = pmix(p, dl=(k == 1))
        add(S, "POST", f"{PDMP}/pmix/v2/patient-request", PH, x, base(p) + ([[p.dl, "drivers_license"]] if k == 1 else []), [rq, staff(0, "dea")], "pass")
    p = nextp(); x, rq = pmix(p, ssn_=True)
    add(S, "POST", f"{PDMP}/pmix/v2/patient-request", PH, x, base(p) + [[p.ssn, "ssn"]], [rq, "2025-04-14"], "redact")
    p = nextp(); x, rq = pmix(p, phone=True)
    add(S, "POST", f"{PDMP}/pmix/v2/patient-request", PH, x, base(p) + [[p.phone("dash"), "phone"]], [rq], "redact")
    # PMP gateway JSON with the MRN as a correlation id (mrn not allowed) and an e-mail
    p = nextp()
    body = {"Requester": {"Provider": {"Role": "Physician", "DEANumber": staff(1, "dea"), "NPINumber": staff(1, "npi")},
                          "Location": {"Name": PRACTICE, "Address": {"Street": PRACTICE_ADDR, "City": "Fargo", "StateCode": "ND", "ZipCode": PRACTICE_ZIP}}},
            "PrescriptionRequest": {"Patient": {"Name": {"First": p.first, "Last": p.last}, "Birthdate": p.dobs("iso"), "SexCode": p.sex,
                                                "Address": {"Street": p.street, "City": p.city, "StateCode": p.state, "ZipCode": p.zip}, "Email": p.email},
                                    "CorrelationId": f"MRN-{p.mrn}"}}
    add(S, "POST", f"{PDMP}/v5_1/patient", {**JSONH, "X-Auth-Username": "rrvfc-gateway"}, J(body),
        base(p) + [[p.email, "email"], [p.mrn, "mrn"]], [staff(1, "dea"), PRACTICE_ADDR], "redact")
    # clean: a report link request by report id, and an error tracker event for a PDMP timeout (block, with the name)
    rid = digits(9)
    add(S, "GET", f"{PDMP}/v5_1/report/{rid}?format=pdf", {"X-Auth-Username": "rrvfc-gateway"}, "", [], [rid], "pass")
    p = nextp()
    ev = {"level": "warning", "message": f"PDMP gateway timeout after 30s for {p.last}, {p.first} dob {p.dobs('iso')}", "logger": "pdmp.client",
          "tags": {"state": "ND", "service": "rx-check"}}
    add(S, "POST", f"{BUG}/api/12/store/", {**JSONH, "X-Sentry-Auth": f"Sentry sentry_key={hexs(32)}, sentry_version=7"}, J(ev),
        NM(p) + [[p.dobs("iso"), "dob"]], [], "block")


# ============================================================================= 12. Immunization registry QBP^Q11 / RSP^K11
def qbp(p, ssn_=False, z="Z34"):
    ctl = ctlid(); qid = "Q" + digits(9)
    ids = f"{p.mrn}^^^{FAC}^MR" + (f"~{p.ssn}^^^SSA^SS" if ssn_ else "")
    name = "Request Immunization History" if z == "Z34" else "Request Evaluated History and Forecast"
    segs = [msh(f"QBP^Q11^QBP_Q11", ctl, app="RRVFC_EHR", rcv="NDIIS", rcvfac="NDDOH") + f"|||||{z}^CDCPHINVS|{FAC}|NDIIS",
            f"QPD|{z}^{name}^CDCPHINVS|{qid}|{ids}|{p.hl7name()}^^^^L|{p.maiden}^{p.mom}^^^^^M|{p.dobs('d8')}|{p.sex}|"
            f"{p.street}^^{p.city}^{p.state}^{p.zip}^USA^P|^PRN^PH^^^{p.area}^{p.exch}{p.line}",
            f"RCP|I|10^RD&Records&HL70126|R"]
    return hl7(segs), ctl, qid


def iis():
    S = "iis_qbp"
    base = lambda p: NM(p) + [[p.mrn, "mrn"], [p.dobs("d8"), "dob"], [p.street, "address"], [p.zip, "zip"], [f"{p.exch}{p.line}", "phone"], [p.maiden, "name"], [p.mom, "name"]]
    for k in range(2):
        p = nextp(); msg, ctl, qid = qbp(p, z=("Z34" if k == 0 else "Z44"))
        add(S, "POST", f"{IIS}/iisws/v2/hl7", HL7H, msg, base(p), [ctl, qid], "pass")
    p = nextp(); msg, ctl, qid = qbp(p, ssn_=True)
    add(S, "POST", f"{IIS}/iisws/v2/hl7", HL7H, msg, base(p) + [[p.ssn, "ssn"]], [ctl, qid], "redact")
    # SOAP wrapper (CDC WSDL submitSingleMessage) with the QBP inside, e-mail in a PID-13 repeat of a VXU-style demographic update
    p = nextp(); ctl = ctlid()
    hl = hl7([msh("VXU^V04^VXU_V04", ctl, rcv="NDIIS", rcvfac="NDDOH"), pid_seg(p), f"PD1|||||||||||02^Reminder/recall - any method^HL70215|N|{p.vd('d8')}",
              f"ORC|RE||{digits(8)}^{FAC}", f"RXA|0|1|{p.vd('d8')}|{p.vd('d8')}|208^COVID-19, mRNA, LNP-S, PF, 30 mcg/0.3 mL dose^CVX|0.3|mL^^UCUM||00^New record^NIP001"])
    soap = ('<?xml version="1.0"?>\n<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope" xmlns:urn="urn:cdc:iisb:2011"><soap:Body>'
            f'<urn:submitSingleMessage><urn:username>rrvfc</urn:username><urn:password>{alnum(16)}</urn:password><urn:facilityID>{FAC}</urn:facilityID>'
            f'<urn:hl7Message>{xesc(hl)}</urn:hl7Message></urn:submitSingleMessage></soap:Body></soap:Envelope>\n')
    add(S, "POST", f"{IIS}/iisws/cdc", {"Content-Type": "application/soap+xml; charset=utf-8"}, soap,
        NM(p) + [[p.mrn, "mrn"], [p.dobs("d8"), "dob"], [p.street, "address"], [p.zip, "zip"], [p.phone("hl7"), "phone"], [p.email, "email"], [p.vd("d8"), "date"]],
        [ctl, "208^COVID-19"], "redact")
    # RSP^K11 responses mirrored to the BI vendor (nothing allowed)
    for k in range(2):
        p = nextp(); ctl = ctlid(); qid = "Q" + digits(9); iisid = "ND" + digits(8)
        d1 = date(2019, 1, 1) + timedelta(days=R.randint(0, 1500)); d2 = date(2024, 9, 1) + timedelta(days=R.randint(0, 90))
        segs = [msh("RSP^K11^RSP_K11", ctl, app="NDIIS", rcv="RRVFC_EHR", rcvfac=FAC) + "|||||Z32^CDCPHINVS", f"MSA|AA|{ctlid()}", f"QAK|{qid}|OK|Z34^Request Immunization History^CDCPHINVS",
                f"QPD|Z34^Request Immunization History^CDCPHINVS|{qid}|{p.mrn}^^^{FAC}^MR|{p.hl7name()}^^^^L||{p.dobs('d8')}",
                f"PID|1||{iisid}^^^NDIIS^SR~{p.mrn}^^^{FAC}^MR||{p.hl7name()}^^^^L||{p.dobs('d8')}|{p.sex}|||{p.street}^^{p.city}^{p.state}^{p.zip}^USA^P",
                f"ORC|RE||{digits(8)}^NDIIS", f"RXA|0|1|{fd(d1, 'd8')}|{fd(d1, 'd8')}|03^MMR^CVX|999|||01^Historical information - source unspecified^NIP001",
                f"ORC|RE||{digits(8)}^NDIIS", f"RXA|0|1|{fd(d2, 'd8')}|{fd(d2, 'd8')}|150^Influenza, injectable, quadrivalent, preservative free^CVX|0.5|mL^^UCUM",
                f"OBX|1|CE|30956-7^vaccine type^LN|1|88^Influenza, unspecified formulation^CVX||||||F"]
        add(S, "POST", f"{BI}/v2/streams/immunizations/records", {**HL7H, **bearer()}, hl7(segs),
            NM(p) + [[p.mrn, "mrn"], [iisid, "mrn"], [p.dobs("d8"), "dob"], [p.street, "address"], [p.zip, "zip"], [fd(d1, "d8"), "date"], [fd(d2, "d8"), "date"]],
            [ctl, qid, "RSP^K11^RSP_K11", "30956-7"], "redact")
    # clean: ACK from an IIS submission with an ERR segment, and a Z31 "no match" RSP without PID
    ctl = ctlid()
    ack = hl7([msh("ACK^V04^ACK", ctl, app="NDIIS", rcv="RRVFC_EHR", rcvfac=FAC), f"MSA|AE|{ctl[:-1]}7",
               "ERR||RXA^1^5^1^1|103^Table value not found^HL70357|W||||Vaccine code 88 is not valid for administered dose"])
    add(S, "POST", f"{BI}/v2/streams/immunizations/records", {**HL7H, **bearer()}, ack, [], [ctl, "103^Table value not found"], "pass")
    ctl = ctlid(); qid = "Q" + digits(9)
    rsp = hl7([msh("RSP^K11^RSP_K11", ctl, app="NDIIS", rcv="RRVFC_EHR", rcvfac=FAC) + "|||||Z33^CDCPHINVS", f"MSA|AA|{ctlid()}", f"QAK|{qid}|NF|Z34^Request Immunization History^CDCPHINVS"])
    add(S, "POST", f"{MESH}/v1/messages/raw?channel=IIS_IN", TEXTH, rsp, [], [qid, "Z33^CDCPHINVS"], "pass")


# ============================================================================= 13. FHIR search URLs
FHIR_BASE = "/fhir/r4"


def fhir_search():
    S = "fhir_search"
    # to the MPI vendor (name, dob, phone, address, zip, email, mrn, date allowed): pass
    p = nextp()
    add(S, "GET", f"{MPI}{FHIR_BASE}/Patient?" + qs([("family", p.last), ("given", p.first), ("birthdate", p.dobs("iso")), ("_count", "10")]),
        {"Accept": "application/fhir+json", **bearer()}, "", NM(p) + [[p.dobs("iso"), "dob"]], ["_count=10"], "pass")
    p = nextp()
    add(S, "GET", f"{MPI}{FHIR_BASE}/Patient?" + qs([("name:contains", p.last[:5] if len(p.last) > 6 else p.last), ("address-postalcode", p.zip),
                                                         ("phone", p.phone("bare")), ("gender", "female" if p.sex == "F" else "male")]),
        {"Accept": "application/fhir+json", **bearer()}, "", [[p.last[:5] if len(p.last) > 6 else p.last, "name"], [p.zip, "zip"], [p.phone("bare"), "phone"]], [], "pass")
    # identifier token searches with an SSN or a member id (not allowed at the MPI vendor)
    p = nextp()
    add(S, "GET", f"{MPI}{FHIR_BASE}/Patient?identifier=" + quote(f"http://hl7.org/fhir/sid/us-ssn|{p.ssn}", safe="") + f"&birthdate={p.dobs('iso')}",
        {"Accept": "application/fhir+json", **bearer()}, "", [[p.ssn, "ssn"], [p.dobs("iso"), "dob"]], ["us-ssn"], "redact")
    p = nextp()
    add(S, "GET", f"{MPI}{FHIR_BASE}/Coverage?subscriber-id={p.mbr}&beneficiary:Patient.family={quote(p.last)}&beneficiary:Patient.birthdate=eq{p.dobs('iso')}",
        {"Accept": "application/fhir+json", **bearer()}, "", [[p.mbr, "member_id"], [p.last, "name"], ["eq" + p.dobs("iso"), "dob"]], ["beneficiary:Patient.family"], "redact")
    # the same kind of URL inside analytics page views (nothing allowed), percent-encoded once or twice
    for k in range(3):
        p = nextp()
        inner = f"https://ehr.{SITE}{FHIR_BASE}/Patient?" + qs([("family", p.last), ("given", p.first), ("birthdate", p.dobs("iso"))])
        if k == 2: inner = f"https://ehr.{SITE}{FHIR_BASE}/Observation?" + qs([("subject:Patient.name", p.last), ("subject:Patient.birthdate", p.dobs("iso")),
                                                                                ("code", "http://loinc.org|4548-4")])
        pv = qs([("v", "2"), ("tid", "MP-RRVFC-1"), ("t", "pageview"), ("dl", inner if k != 1 else quote(inner, safe="")), ("dt", "Chart search"), ("cid", uuid())])
        phi = [[p.last, "name"], [p.dobs("iso"), "dob"]] + ([[p.first, "name"]] if k != 2 else [])
        add(S, "GET", f"{MP}/c?{pv}", {"User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0"}, "", phi, ["MP-RRVFC-1", "Chart search"], "redact")
    # POST _search with a form body to the BI vendor's API proxy
    p = nextp()
    add(S, "POST", f"{BI}/fhir-proxy{FHIR_BASE}/Patient/_search", {**FORMH, **bearer()},
        form([("family", p.last), ("given", p.first), ("birthdate", f"eq{p.dobs('iso')}"), ("email", p.email), ("_include", "Patient:general-practitioner")]),
        NM(p) + [["eq" + p.dobs("iso"), "dob"], [p.email, "email"]], ["Patient:general-practitioner"], "redact")
    # _has reverse chaining on a condition code + name, in a BI query log line
    p = nextp()
    line = J({"ts": ts(20), "route": "GET /fhir/r4/Patient", "query": f"_has:Condition:subject:code=http://hl7.org/fhir/sid/icd-10-cm|{p.icd()}&family={p.last}&given={p.first}",
              "status": 200, "ms": 184})
    add(S, "POST", f"{BI}/v2/streams/api-logs/records", {**JSONH, **bearer()}, line, NM(p) + [[p.icd(), "icd10"]], ["GET /fhir/r4/Patient"], "redact")
    # request URL in an error tracker (block)
    for k in range(2):
        p = nextp()
        ev = {"exception": {"values": [{"type": "OperationOutcomeException", "value": "HAPI-0389: Failed to parse request: invalid date"}]},
              "request": {"url": f"https://ehr.{SITE}{FHIR_BASE}/Patient", "method": "GET",
                          "query_string": qs([("family", p.last), ("given", p.first), ("birthdate", p.dobs("us") if k else p.dobs("iso")), ("telecom", p.phone("dash"))])}}
        add(S, "POST", f"{BUG}/api/12/store/" if k == 0 else f"{STF}/api/v2/events", {**JSONH, "X-Sentry-Auth": f"Sentry sentry_key={hexs(32)}"}, J(ev),
            NM(p) + [[p.dobs("us") if k else p.dobs("iso"), "dob"], [p.phone("dash"), "phone"]], [], "block")
    # clean searches: codes, dates of system activity, ids
    cl = [f"{FHIR_BASE}/Observation?code=" + quote("http://loinc.org|4548-4", safe="") + "&date=ge2026-01-01&_count=50&_sort=-date",
          f"{FHIR_BASE}/Patient?_lastUpdated=gt2026-04-13T00:00:00Z&_elements=id,meta&_count=200",
          f"{FHIR_BASE}/metadata?_format=json",
          f"{FHIR_BASE}/ValueSet/$expand?url=" + quote("http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113762.1.4.1222.159", safe="") + "&count=20",
          f"{FHIR_BASE}/Patient/{uuid()}/$everything?_since=2026-04-01T00:00:00Z&_type=Observation,Condition",
          f"{FHIR_BASE}/Practitioner?identifier=" + quote(f"http://hl7.org/fhir/sid/us-npi|{staff(2, 'npi')}", safe="")]
    for k, u in enumerate(cl):
        host = MPI if k % 2 == 0 else BI
        ctrl = [x for x in re.findall(r"[A-Za-z_$][A-Za-z_$.]+", u.split("?")[0]) if len(x) > 3][-1:]
        add(S, "GET", f"{host}{u}", {"Accept": "application/fhir+json", **bearer()}, "", [], ctrl, "pass")


# ============================================================================= 14. FHIR Bundles with us-core extensions and contained resources
def us_patient(p, ssn_=False, full=True):
    pat = {"resourceType": "Patient", "id": f"rrv-{p.mrn}", "meta": {"profile": ["http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient|6.1.0"]},
           "extension": [{"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race", "extension": [
               {"url": "ombCategory", "valueCoding": {"system": "urn:oid:2.16.840.1.113883.6.238", "code": "2106-3", "display": "White"}}, {"url": "text", "valueString": "White"}]},
               {"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex", "valueCode": p.sex},
               {"url": "http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName", "valueString": p.maiden}],
           "identifier": [{"use": "usual", "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                           "system": f"urn:oid:{MRN_OID}", "value": p.mrn}],
           "name": [{"use": "official", "family": p.last, "given": [p.first] + ([p.middle] if p.middle else [])}],
           "birthDate": p.dobs("iso"), "gender": "female" if p.sex == "F" else "male"}
    if ssn_: pat["identifier"].append({"system": "http://hl7.org/fhir/sid/us-ssn", "value": p.ssn})
    if full:
        pat["telecom"] = [{"system": "phone", "value": p.phone("paren"), "use": "mobile"}, {"system": "email", "value": p.email}]
        pat["address"] = [{"use": "home", "line": [p.street, p.unit], "city": p.city, "state": p.state, "postalCode": p.zip4}]
    return pat


def pat_phi(p, ssn_=False, full=True):
    r = NM(p) + [[p.mrn, "mrn"], [p.dobs("iso"), "dob"], [p.maiden, "name"]] + ([[p.middle, "name"]] if p.middle else [])
    if ssn_: r.append([p.ssn, "ssn"])
    if full: r += [[p.phone("paren"), "phone"], [p.email, "email"], [p.street, "address"], [p.zip4, "zip"]]
    return r


def fhir_bundles():
    S = "fhir_bundle"
    for k in range(2):
        p = nextp()
        cond = {"resourceType": "Condition", "id": uuid(), "meta": {"profile": ["http://hl7.org/fhir/us/core/StructureDefinition/us-core-condition-problems-health-concerns"]},
                "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
                "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": p.icd(), "display": p.dx()}], "text": p.dx()},
                "subject": {"reference": f"Patient/rrv-{p.mrn}"}, "onsetDateTime": p.vd("iso")}
        b = {"resourceType": "Bundle", "type": "transaction", "entry": [
            {"fullUrl": f"urn:uuid:{uuid()}", "resource": us_patient(p, ssn_=(k == 0)), "request": {"method": "PUT", "url": f"Patient/rrv-{p.mrn}"}},
            {"fullUrl": f"urn:uuid:{uuid()}", "resource": cond, "request": {"method": "POST", "url": "Condition"}}]}
        add(S, "POST", f"{HIE}/fhir/R4", {**FHIRH, **bearer()}, J(b, indent=2),
            pat_phi(p, ssn_=(k == 0)) + [[p.dx(), "condition"], [p.icd(), "icd10"], [p.vd("iso"), "date"]], ["us-core-condition-problems-health-concerns"], "pass")
    # Observation with a contained Patient (subject #p1) to the BI vendor
    for k in range(2):
        p = nextp(); oid = uuid()
        obs = {"resourceType": "Observation", "id": oid, "contained": [{"resourceType": "Patient", "id": "p1", "name": [{"family": p.last, "given": [p.first]}],
               "birthDate": p.dobs("iso"), "identifier": [{"system": f"urn:oid:{MRN_OID}", "value": p.mrn}]}],
               "status": "final", "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory"}]}],
               "code": {"coding": [{"system": "http://loinc.org", "code": "4548-4", "display": "Hemoglobin A1c/Hemoglobin.total in Blood"}]},
               "subject": {"reference": "#p1"}, "effectiveDateTime": f"{p.vd('iso')}T09:12:00-05:00", "valueQuantity": {"value": 8.4, "unit": "%"}}
        b = {"resourceType": "Bundle", "type": "collection", "timestamp": ts(21), "entry": [{"resource": obs}]}
        add(S, "POST", f"{BI}/v2/fhir/bundles", {**FHIRH, **bearer()}, J(b, compact=(k == 1)),
            NM(p) + [[p.dobs("iso"), "dob"], [p.mrn, "mrn"], [f"{p.vd('iso')}T09:12:00-05:00", "date"]], [oid, "4548-4"], "redact")
    # us-core Patient with narrative text.div and extensions, search-set to the interface monitor
    p = nextp()
    pat = us_patient(p, ssn_=True)
    pat["text"] = {"status": "generated", "div": f"<div xmlns=\"http://www.w3.org/1999/xhtml\"><p><b>{p.first} {p.last}</b> ({p.sex}), born {p.dobs('long')}, "
                   f"MRN {p.mrn}</p><p>{p.street}, {p.city} {p.state} {p.zip4}</p></div>"}
    b = {"resourceType": "Bundle", "type": "searchset", "total": 1, "entry": [{"fullUrl": f"https://ehr.{SITE}{FHIR_BASE}/Patient/rrv-{p.mrn}", "resource": pat,
                                                                            "search": {"mode": "match"}}]}
    add(S, "POST", f"{MESH}/v1/fhir/capture?channel=FHIR_OUT", {**FHIRH}, J(b), pat_phi(p, ssn_=True) + [[p.dobs("long"), "dob"]], ["searchset"], "redact")
    # Encounter with a contained Condition and a reasonReference, Claim-like extension with the member id
    p = nextp(); eid = uuid()
    enc = {"resourceType": "Encounter", "id": eid, "status": "finished", "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
           "contained": [{"resourceType": "Condition", "id": "c1", "code": {"text": p.dx()}}, {"resourceType": "Coverage", "id": "cov1", "status": "active",
                          "subscriberId": p.mbr, "payor": [{"display": p.payer}], "beneficiary": {"display": f"{p.first} {p.last}"}}],
           "reasonReference": [{"reference": "#c1"}], "period": {"start": f"{p.vd('iso')}T10:00:00-05:00", "end": f"{p.vd('iso')}T10:40:00-05:00"},
           "subject": {"reference": f"Patient/rrv-{p.mrn}", "display": f"{p.last}, {p.first}"},
           "serviceProvider": {"display": PRACTICE}}
    add(S, "POST", f"{BI}/v2/fhir/resources", {**FHIRH, **bearer()}, J(enc),
        NM(p) + [[p.dx(), "condition"], [p.mbr, "member_id"], [p.mrn, "mrn"], [f"{p.vd('iso')}T10:00:00-05:00", "date"]], [eid, "AMB"], "redact")
    # gzip-compressed NDJSON bulk export part to the BI vendor
    recs = []
    ps = [nextp() for _ in range(3)]
    for q in ps:
        recs.append(J(us_patient(q, full=False), compact=True))
    add(S, "PUT", f"{BI}/v2/bulk/Patient.ndjson?part=1", {"Content-Type": "application/fhir+ndjson", "Content-Encoding": "gzip", **bearer()},
        gzip.compress(("\n".join(recs) + "\n").encode(), mtime=0), [x for q in ps for x in pat_phi(q, full=False)], ["us-core-patient"], "redact")
    # batch Bundle whose entries are FHIR searches (request.url) to the BI vendor and the interface monitor
    for k, url in enumerate([f"{BI}/v2/fhir/bundles", f"{MESH}/v1/fhir/capture?channel=FHIR_BATCH"]):
        p = nextp()
        b = {"resourceType": "Bundle", "type": "batch", "entry": [
            {"request": {"method": "GET", "url": "Patient?" + qs([("family", p.last), ("given", p.first), ("birthdate", p.dobs("iso"))], safe=" ")}},
            {"request": {"method": "GET", "url": f"Patient?identifier=urn:oid:{MRN_OID}|{p.mrn}&_elements=id"}},
            {"request": {"method": "GET", "url": "Patient?" + ("telecom=" + quote(p.phone("dash")) if k == 0 else "email=" + quote(p.email, safe=""))}},
            {"request": {"method": "GET", "url": "Observation?code=http://loinc.org|2345-7&_count=5"}}]}
        add(S, "POST", url, {**FHIRH, **bearer()}, J(b), NM(p) + [[p.dobs("iso"), "dob"], [p.mrn, "mrn"], [p.phone("dash"), "phone"] if k == 0 else [p.email, "email"]],
            ["_elements=id", "2345-7"], "redact")
    # clean: Organization / Location bundle of the practice, empty searchset, CapabilityStatement excerpt
    b = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Organization", "id": "rrvfc", "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": GROUP_NPI}],
                      "name": PRACTICE, "telecom": [{"system": "phone", "value": PRACTICE_PHONE}], "address": [{"line": [PRACTICE_ADDR], "city": "Fargo", "state": "ND", "postalCode": PRACTICE_ZIP}]}},
        {"resource": {"resourceType": "Location", "id": "mhd-uc", "name": f"{PRACTICE} - Moorhead Urgent Care", "telecom": [{"system": "phone", "value": MHD_PHONE}],
                      "address": {"line": [MHD_ADDR], "city": "Moorhead", "state": "MN", "postalCode": "56560"}}}]}
    add(S, "POST", f"{BI}/v2/fhir/bundles", {**FHIRH, **bearer()}, J(b), [], [GROUP_NPI, PRACTICE_PHONE, PRACTICE_ADDR, MHD_PHONE, MHD_ADDR], "pass")
    b = {"resourceType": "Bundle", "id": uuid(), "type": "searchset", "total": 0, "link": [{"relation": "self", "url": f"https://ehr.{SITE}{FHIR_BASE}/Patient?_lastUpdated=gt2026-04-14"}]}
    add(S, "POST", f"{MESH}/v1/fhir/capture?channel=FHIR_OUT", FHIRH, J(b), [], ["_lastUpdated=gt2026-04-14"], "pass")
    cs = {"resourceType": "CapabilityStatement", "status": "active", "date": "2026-03-30", "fhirVersion": "4.0.1", "format": ["json"],
          "implementation": {"description": f"{PRACTICE} FHIR API", "url": f"https://ehr.{SITE}{FHIR_BASE}"},
          "rest": [{"mode": "server", "resource": [{"type": "Patient", "searchParam": [{"name": "family", "type": "string"}, {"name": "birthdate", "type": "date"},
                                                                                        {"name": "identifier", "type": "token"}]}]}]}
    add(S, "POST", f"{MP}/api/v1/config-snapshots", {**FHIRH, **bearer()}, J(cs), [], ["4.0.1", "birthdate"], "pass")


# ============================================================================= 15. FHIR Parameters: Patient/$match
def fhir_match():
    S = "fhir_match"
    for k in range(3):
        p = nextp()
        pat = us_patient(p, ssn_=(k < 2), full=(k != 1))
        if k == 1: pat["identifier"].append({"system": f"urn:oid:2.16.840.1.113883.3.{R.randint(1000, 9999)}", "type": {"text": "Member ID"}, "value": p.mbr})
        params = {"resourceType": "Parameters", "parameter": [{"name": "resource", "resource": pat}, {"name": "onlyCertainMatches", "valueBoolean": k == 2},
                                                              {"name": "count", "valueInteger": 3}]}
        phi = pat_phi(p, ssn_=(k < 2), full=(k != 1)) + ([[p.mbr, "member_id"]] if k == 1 else [])
        add(S, "POST", f"{MPI}{FHIR_BASE}/Patient/$match", {**FHIRH, **bearer()}, J(params), phi, ["onlyCertainMatches"], "redact" if k < 2 else "pass")
    # $match response (searchset with match-grade) mirrored to the BI vendor
    p = nextp()
    resp = {"resourceType": "Bundle", "type": "searchset", "total": 1, "entry": [{"resource": us_patient(p), "search": {"mode": "match", "score": 0.94,
            "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/match-grade", "valueCode": "probable"}]}}]}
    add(S, "POST", f"{BI}/v2/fhir/bundles", {**FHIRH, **bearer()}, J(resp), pat_phi(p), ["match-grade", "probable"], "redact")
    # $match with plain parameters (IDI-style Parameters-in with valueString parts) to the error tracker
    p = nextp()
    ev = {"message": "MatchOperationFailed: 422 Unprocessable Entity", "extra": {"parameters": {"resourceType": "Parameters", "parameter": [
        {"name": "resource", "resource": {"resourceType": "Patient", "name": [{"family": p.last, "given": [p.first]}], "birthDate": p.dobs("iso"),
                                          "address": [{"postalCode": p.zip}]}}]}}}
    add(S, "POST", f"{STF}/api/v2/events", {**JSONH, "X-Api-Key": hexs(40)}, J(ev), NM(p) + [[p.dobs("iso"), "dob"], [p.zip, "zip"]], [], "block")
    # clean: terminology operations ($lookup, $validate-code, $translate) and an OperationOutcome
    tx = [{"resourceType": "Parameters", "parameter": [{"name": "system", "valueUri": "http://hl7.org/fhir/sid/icd-10-cm"}, {"name": "code", "valueCode": "Z00.00"}]},
          {"resourceType": "Parameters", "parameter": [{"name": "url", "valueUri": "http://hl7.org/fhir/ValueSet/observation-vitalsignresult"},
                                                       {"name": "coding", "valueCoding": {"system": "http://loinc.org", "code": "8480-6"}}]},
          {"resourceType": "Parameters", "parameter": [{"name": "url", "valueUri": "http://hl7.org/fhir/ConceptMap/cm-address-use-v2"},
                                                       {"name": "code", "valueCode": "H"}, {"name": "system", "valueUri": "http://terminology.hl7.org/CodeSystem/v2-0190"}]}]
    for k, (op, prm) in enumerate(zip(["CodeSystem/$lookup", "ValueSet/$validate-code", "ConceptMap/$translate"], tx)):
        ctrl = [prm["parameter"][1].get("valueCode") or prm["parameter"][1]["valueCoding"]["code"]]
        add(S, "POST", f"{MPI}{FHIR_BASE}/{op}", {**FHIRH, **bearer()}, J(prm), [], ctrl, "pass")
    oo = {"resourceType": "OperationOutcome", "issue": [{"severity": "information", "code": "informational",
          "diagnostics": "$match: 0 candidates above threshold 0.80 (algorithm v3.2, blocking keys: name-soundex, birthdate-year)"}]}
    add(S, "POST", f"{BI}/v2/fhir/resources", {**FHIRH, **bearer()}, J(oo), [], ["name-soundex", "threshold 0.80"], "pass")


# ============================================================================= 16. DICOM JSON (QIDO-RS results, STOW-RS metadata)
def pn(p):
    v = {"Alphabetic": f"{p.last}^{p.first}"}
    if p.native:
        fam, giv, pf, pg = p.native
        v["Ideographic"] = f"{fam}^{giv}"
        if pf: v["Phonetic"] = f"{pf}^{pg}"
    return v


def pn_phi(p):
    r = NM(p)
    if p.native:
        fam, giv, pf, pg = p.native
        r += [[fam, "name"], [giv, "name"]] if len(fam) > 1 else [[f"{fam}^{giv}", "name"], [giv, "name"]]
        if pf: r += [[pf, "name"], [pg, "name"]]
    return r


def study(p, sdate, desc, extra=None):
    d = {"00080005": {"vr": "CS", "Value": ["ISO_IR 192"]}, "00080020": {"vr": "DA", "Value": [sdate]}, "00080050": {"vr": "SH", "Value": ["A" + digits(7)]},
         "00080061": {"vr": "CS", "Value": ["CT"]}, "00081030": {"vr": "LO", "Value": [desc]}, "00100010": {"vr": "PN", "Value": [pn(p)]},
         "00100020": {"vr": "LO", "Value": [p.mrn]}, "00100030": {"vr": "DA", "Value": [p.dobs("d8")]}, "00100040": {"vr": "CS", "Value": [p.sex]},
         "0020000D": {"vr": "UI", "Value": [f"{ROOT_OID}.5.{digits(10)}.{digits(6)}"]}, "00201208": {"vr": "IS", "Value": [R.randint(80, 600)]}}
    if extra: d.update(extra)
    return d


def dicom():
    S = "dicom_json"
    QH = {"Accept": "application/dicom+json", **bearer()}
    # QIDO-RS searches to the cloud PACS (name, dob, mrn, date allowed): pass
    for i in (12, 13):
        p = pt(i)
        add(S, "GET", f"{PACS}/dicomweb/studies?" + qs([("PatientName", f"{p.last}^{p.first}"), ("PatientBirthDate", p.dobs("d8")), ("includefield", "00081030"),
                                                        ("fuzzymatching", "true")]), QH, "", NM(p) + [[p.dobs("d8"), "dob"]], ["00081030"], "pass")
    p = nextp()
    add(S, "GET", f"{PACS}/dicomweb/studies?PatientID={p.mrn}&StudyDate=20250101-20260414&limit=25", QH, "", [[p.mrn, "mrn"]], ["20250101-20260414"], "pass")
    # QIDO-RS results posted to the BI vendor (nothing allowed): Alphabetic / Ideographic / Phonetic
    for k, i in enumerate((12, 13, 14, 15)):
        p = pt(i); sd = fd(p.visit, "d8")
        body = [study(p, sd, R.choice(["CT CHEST W/O CONTRAST", "MR BRAIN W/WO CONTRAST", "XR KNEE 3 VIEWS LEFT", "US ABDOMEN COMPLETE"]))]
        add(S, "POST", f"{BI}/v2/imaging/qido-results", {**DCMH, **bearer()}, J(body, ascii_=(k == 1)),
            pn_phi(p) + [[p.mrn, "mrn"], [p.dobs("d8"), "dob"], [sd, "date"]], ["ISO_IR 192", "00081030"], "redact")
    # STOW-RS metadata with PatientAddress / PatientTelephoneNumbers / OtherPatientIDs (not allowed at the PACS)
    p = nextp(); sd = fd(p.visit, "d8")
    md = [study(p, sd, "XR CHEST 2 VIEWS", {"00101040": {"vr": "LO", "Value": [f"{p.street}^{p.city}^{p.state}^{p.zip}"]},
                                            "00102154": {"vr": "SH", "Value": [p.phone("dash")]}, "00101000": {"vr": "LO", "Value": [p.ssn]}})]
    add(S, "POST", f"{PACS}/dicomweb/studies", {**DCMH, **bearer()}, J(md),
        NM(p) + [[p.mrn, "mrn"], [p.dobs("d8"), "dob"], [sd, "date"], [p.street, "address"], [p.zip, "zip"], [p.phone("dash"), "phone"], [p.ssn, "ssn"]],
        ["XR CHEST 2 VIEWS"], "redact")
    p = nextp(); sd = fd(p.visit, "d8")
    add(S, "POST", f"{PACS}/dicomweb/studies", {**DCMH, **bearer()}, J([study(p, sd, "DXA BONE DENSITY AXIAL")]),
        NM(p) + [[p.mrn, "mrn"], [p.dobs("d8"), "dob"], [sd, "date"]], ["DXA BONE DENSITY AXIAL"], "pass")
    # study description carrying the reason for exam (condition) to the PACS (condition not allowed)
    p = nextp(); sd = fd(p.visit, "d8")
    md = [study(p, sd, "CT ABD/PELVIS", {"00401002": {"vr": "LO", "Value": [f"Reason: {p.dx()}"]}, "00104000": {"vr": "LT", "Value": [f"Pt with {p.dx()}, call {p.kin_first} {p.kin_phone}"]}})]
    add(S, "POST", f"{PACS}/dicomweb/studies", {**DCMH, **bearer()}, J(md),
        NM(p) + [[p.mrn, "mrn"], [p.dobs("d8"), "dob"], [sd, "date"], [p.dx(), "condition"], [p.kin_first, "name"], [p.kin_phone, "phone"]], ["CT ABD/PELVIS"], "redact")
    # QIDO result in an error tracker (block)
    p = pt(14)
    ev = {"message": "DicomJsonParseError: 00100010 Ideographic component has invalid charset", "extra": {"item": study(p, p.vd("d8"), "MR LUMBAR SPINE")}}
    add(S, "POST", f"{BUG}/api/12/store/", {**JSONH, "X-Sentry-Auth": f"Sentry sentry_key={hexs(32)}"}, J(ev), pn_phi(p) + [[p.mrn, "mrn"], [p.dobs("d8"), "dob"]], [], "block")
    # clean: series-level results without the patient module, a QC phantom with an empty PatientName, worklist AE config
    ser = [{"00080060": {"vr": "CS", "Value": ["CT"]}, "0008103E": {"vr": "LO", "Value": ["AXIAL 1.25MM"]}, "0020000E": {"vr": "UI", "Value": [f"{ROOT_OID}.6.{digits(10)}"]},
            "00200011": {"vr": "IS", "Value": [2]}, "00201209": {"vr": "IS", "Value": [312]}}]
    add(S, "POST", f"{BI}/v2/imaging/qido-results", {**DCMH, **bearer()}, J(ser), [], ["AXIAL 1.25MM", ser[0]["0020000E"]["Value"][0]], "pass")
    qc = [{"00080020": {"vr": "DA", "Value": ["20260414"]}, "00081030": {"vr": "LO", "Value": ["DAILY QC WATER PHANTOM"]}, "00100010": {"vr": "PN"},
           "00100020": {"vr": "LO", "Value": ["QC-PHANTOM-CT1"]}, "00100030": {"vr": "DA"}, "00181000": {"vr": "LO", "Value": ["SN" + digits(6)]}}]
    add(S, "POST", f"{BI}/v2/imaging/qido-results", {**DCMH, **bearer()}, J(qc), [], ["DAILY QC WATER PHANTOM", "QC-PHANTOM-CT1"], "pass")
    cfg = {"aeTitle": "RRVFC_CT1", "host": "10.20.4.31", "port": 104, "worklist": {"aeTitle": "RRVFC_MWL", "scheduledStationAETitle": "RRVFC_CT1",
           "query": {"00400100": [{"00400002": "20260414", "00080060": "CT"}]}}}
    add(S, "POST", f"{MP}/api/v1/config-snapshots", {**JSONH, **bearer()}, J(cfg), [], ["RRVFC_MWL", "RRVFC_CT1"], "pass")


# ============================================================================= 17. more clean look-alikes (message plumbing, codes, aggregates)
def clean_plumbing():
    S = "clean_interop"
    # HL7 ACKs and a heartbeat
    for url in (f"{BI}/v2/streams/adt/records", f"{MESH}/v1/messages/raw?channel=ADT_OUT_HIE"):
        ctl = ctlid()
        add(S, "POST", url, {**HL7H, **bearer()}, hl7([msh("ACK^A08^ACK", ctl, app="PLAINSHIE", rcv="RRVFC_EHR", rcvfac=FAC), f"MSA|AA|{ctl}|Message accepted"]), [],
            [ctl, "Message accepted"], "pass")
    ctl = ctlid()
    add(S, "POST", f"{MESH}/v1/messages/raw?channel=HEARTBEAT", HL7H, hl7([msh("NMD^N02^NMD_N02", ctl, rcv="MESHWATCH"), f"NCK|{hts(30)}"]), [], [ctl, "NMD^N02^NMD_N02"], "pass")
    # MFN location master (rooms and departments only)
    ctl = ctlid()
    segs = [msh("MFN^M05^MFN_M05", ctl, rcv="INSIGHTLENS"), f"MFI|LOC^Location Master^HL70175||UPD|||AL"]
    for r in range(1, 4):
        segs += [f"MFE|MAD|{digits(6)}||{FAC}^EXAM{r}^^{FAC}|PL", f"LOC|{FAC}^EXAM{r}^^{FAC}|Exam room {r}|C^Clinic|{PRACTICE}|{PRACTICE_ADDR}^^Fargo^ND^{PRACTICE_ZIP}|{PRACTICE_PHONE}"]
    add(S, "POST", f"{BI}/v2/streams/masterfiles/records", {**HL7H, **bearer()}, hl7(segs), [], [ctl, "Exam room 2", PRACTICE_ADDR, PRACTICE_PHONE], "pass")
    # masked and empty test messages
    ctl = ctlid()
    masked = hl7([msh("ADT^A08^ADT_A01", ctl, rcv="INSIGHTLENS"), "EVN|A08|", "PID|1||*******^^^RRVFC^MR||*****^*****||********|U|||*****^^*****^ND^*****",
                  "IN1|1|BCBSND^Blue Cross Blue Shield of North Dakota|||||||||||||||||||||||||||||||XXXXXXXXXXXX"])
    add(S, "POST", f"{BI}/v2/streams/adt/records", {**HL7H, **bearer()}, masked, [], [ctl, "Blue Cross Blue Shield of North Dakota"], "pass")
    ctl = R.randint(100000, 999999)
    x = x12(["ST*278*0001*005010X217", "BHT*0007*13*TEST0001*20260414*0815", "HL*1**20*1", "NM1*X3*2*SANFORD HEALTH PLAN*****PI*SHP01", "HL*2*1*21*1",
             f"NM1*1P*2*{PRACTICE.upper()}*****XX*{GROUP_NPI}", "HL*3*2*22*1", "NM1*IL*1*XXXXX*XXXXX****MI*XXXXXXXXX", "SE*9*0001"], ctl, "HI", "005010X217")
    add(S, "POST", f"{CH}/x12/278?usageIndicator=T", X12H, x, [], ["TEST0001", GROUP_NPI, "SANFORD HEALTH PLAN"], "pass")
    # interface-engine channel statistics and an OID registry
    stats = {"generatedAt": ts(31), "channels": [{"name": n, "received": R.randint(800, 9000), "sent": R.randint(800, 9000), "errored": R.randint(0, 12),
              "queued": R.randint(0, 40), "avgLatencyMs": R.randint(20, 900)} for n in ("ADT_OUT_HIE", "SIU_IN", "ORM_OUT", "MDM_OUT", "IIS_VXU", "XDS_ITI41", "XCPD_OUT")]}
    add(S, "POST", f"{BI}/v2/streams/engine-stats/records", {**JSONH, **bearer()}, J(stats), [], ["ADT_OUT_HIE", "XCPD_OUT"], "pass")
    oids = {"practiceRoot": ROOT_OID, "mrnAssigningAuthority": MRN_OID, "hieAffinityDomain": HIE_OID, "ssnOid": SSN_OID, "npiSystem": "2.16.840.1.113883.4.6",
            "loinc": "2.16.840.1.113883.6.1", "snomed": "2.16.840.1.113883.6.96", "icd10cm": "2.16.840.1.113883.6.90", "cvx": "2.16.840.1.113883.12.292"}
    add(S, "POST", f"{MP}/api/v1/config-snapshots", {**JSONH, **bearer()}, J(oids), [], [MRN_OID, HIE_OID, "2.16.840.1.113883.12.292"], "pass")
    # aggregates by code (no patient)
    agg = "icd10_chapter,code_prefix,encounters_q1_2026,unique_patients\nEndocrine,E11,1843,902\nMental/behavioral,F33,611,288\nCirculatory,I10,2207,1310\nRespiratory,J45,498,301\n"
    add(S, "POST", f"{MP}/api/v1/datasets/quality-dashboard/rows", {"Content-Type": "text/csv", **bearer()}, agg, [], ["encounters_q1_2026", "Mental/behavioral"], "pass")
    body = {"report": "hie_exchange_volume", "period": "2026-03", "ccdaSent": 4120, "ccdaReceived": 3876, "xcpdQueries": 918, "xcpdMatches": 702,
            "iisQueries": 1333, "pdmpQueries": 2480, "directMessages": 611, "medianRoundTripMs": 742}
    add(S, "POST", f"{MP}/api/v1/events", {**JSONH, **bearer()}, J(body), [], ["hie_exchange_volume", "2026-03"], "pass")
    # health education text and a Direct certificate discovery
    txt = ("Living well with type 2 diabetes\nCheck your feet every day. Aim for an A1c under 7% unless your care team sets another goal. "
           f"Questions? Call the Diabetes Education line at {PRACTICE_PHONE} (Mon-Fri 8-5) or visit {PRACTICE_ADDR}, Fargo.\n")
    add(S, "POST", f"{MP}/api/v1/content/handouts", {**TEXTH, **bearer()}, txt, [], ["Living well with type 2 diabetes", PRACTICE_PHONE], "pass")
    add(S, "GET", f"{HISP}/v2/certificates?address={quote(DIRECT_TO[0])}&use=encryption", {**bearer()}, "", [], [DIRECT_TO[0]], "pass")
    # IHE ATNA (DICOM audit) message about a system event, no patient participant
    aud = ('<?xml version="1.0"?>\n<AuditMessage><EventIdentification EventActionCode="E" EventDateTime="2026-04-14T08:15:02-05:00" EventOutcomeIndicator="0">'
           '<EventID csd-code="110120" codeSystemName="DCM" originalText="Application Start"/></EventIdentification>'
           f'<ActiveParticipant UserID="rrvfc-xds-gw" UserIsRequestor="false" NetworkAccessPointID="xds-gw.{SITE}" NetworkAccessPointTypeCode="1"/>'
           f'<AuditSourceIdentification AuditEnterpriseSiteID="{FAC}" AuditSourceID="xds-gw-01"/></AuditMessage>\n')
    add(S, "POST", f"{MESH}/v1/audit/atna", XMLH, aud, [], ["Application Start", "xds-gw-01"], "pass")
    # error trackers with no PHI: expected to pass
    ev = {"level": "error", "message": "MLLP connection reset by peer (PLAINSHIE:6661), retry 2/5", "tags": {"channel": "ADT_OUT_HIE", "release": BUILD}}
    add(S, "POST", f"{BUG}/api/12/store/", {**JSONH, "X-Sentry-Auth": f"Sentry sentry_key={hexs(32)}"}, J(ev), [], ["MLLP connection reset by peer", "ADT_OUT_HIE"], "pass")
    ev = {"error": {"class": "X12ParseError", "message": "ISA16 component separator ':' conflicts with element data in GS08 005010X217"}, "context": {"file": "batch_0414.x12"}}
    add(S, "POST", f"{STF}/api/v2/events", {**JSONH, "X-Api-Key": hexs(40)}, J(ev), [], ["X12ParseError", "batch_0414.x12"], "pass")


# ============================================================================= 18. PHI that looks like plumbing, error trackers with segments, ATNA with a patient
def tricky():
    S = "interop_mixed"
    # ATNA audit with the patient participant object (nothing allowed at the monitor)
    p = nextp()
    aud = ('<?xml version="1.0"?>\n<AuditMessage><EventIdentification EventActionCode="R" EventDateTime="2026-04-14T09:02:11-05:00" EventOutcomeIndicator="0">'
           '<EventID csd-code="110112" codeSystemName="DCM" originalText="Query"/></EventIdentification>'
           f'<ParticipantObjectIdentification ParticipantObjectID="{p.mrn}^^^&amp;{MRN_OID}&amp;ISO" ParticipantObjectTypeCode="1" ParticipantObjectTypeCodeRole="1">'
           f'<ParticipantObjectIDTypeCode csd-code="2" originalText="Patient Number"/><ParticipantObjectName>{p.last}^{p.first}</ParticipantObjectName>'
           f'<ParticipantObjectQuery>{b64("PID-5|" + p.last + "^" + p.first + "|PID-7|" + p.dobs("d8"))}</ParticipantObjectQuery></ParticipantObjectIdentification></AuditMessage>\n')
    add(S, "POST", f"{MESH}/v1/audit/atna", XMLH, aud, NM(p) + [[p.mrn, "mrn"], [b64("PID-5|" + p.last + "^" + p.first + "|PID-7|" + p.dobs("d8")), "dob"]],
        ["110112", "Patient Number"], "redact")
    # HL7 parse error with the raw PID to the error trackers (block)
    p = nextp()
    ev = {"exception": {"values": [{"type": "ca.uhn.hl7v2.HL7Exception", "value": f"Can't parse PID-7 from 'PID|1||{p.mrn}^^^{FAC}^MR||{p.hl7name()}||{p.dobs('us')}|{p.sex}'"}]},
          "tags": {"channel": "ADT_OUT_HIE"}}
    add(S, "POST", f"{BUG}/api/12/store/", {**JSONH, "X-Sentry-Auth": f"Sentry sentry_key={hexs(32)}"}, J(ev), NM(p) + [[p.mrn, "mrn"], [p.dobs("us"), "dob"]], [], "block")
    p = nextp()
    ev = {"error": {"class": "X12ParseError", "message": f"NM1 loop 2010C rejected: NM1*IL*1*{p.last.upper()}*{p.first.upper()}****MI*{p.mbr}~DMG*D8*{p.dobs('d8')}"}}
    add(S, "POST", f"{STF}/api/v2/events", {**JSONH, "X-Api-Key": hexs(40)}, J(ev),
        [[p.last.upper(), "name"], [p.first.upper(), "name"], [p.mbr, "member_id"], [p.dobs("d8"), "dob"]], [], "block")
    # elder patients: ages over 89 in an IIS forecast and an XCPD query to the BI stream
    for p in (pt(34), pt(35)):
        ctl = ctlid()
        segs = [msh("RSP^K11^RSP_K11", ctl, app="NDIIS", rcv="RRVFC_EHR", rcvfac=FAC) + "|||||Z42^CDCPHINVS", f"MSA|AA|{ctlid()}",
                f"PID|1||{p.mrn}^^^{FAC}^MR||{p.hl7name()}||{p.dobs('d8')}|{p.sex}",
                "OBX|1|CE|30979-9^Vaccines due next^LN|1|33^Pneumococcal polysaccharide PPV23^CVX||||||F"]
        add(S, "POST", f"{BI}/v2/streams/immunizations/records", {**HL7H, **bearer()}, hl7(segs), NM(p) + [[p.mrn, "mrn"], [p.dobs("d8"), "dob"]],
            [ctl, "30979-9"], "redact")
    # IN1 / IN2 with the Medicare MBI (allowed) and the insured's SSN in IN2-2 (not allowed) to the clearinghouse
    p = nextp(); ctl = ctlid()
    segs = [msh("ADT^A08^ADT_A01", ctl, rcv="PRAIRIECLAIMS", rcvfac="CH"), f"PID|1||{p.mrn}^^^{FAC}^MR||{p.hl7name()}||{p.dobs('d8')}|{p.sex}",
            f"IN1|1|MCR^Medicare Part B|00831|Noridian Healthcare Solutions||||||||||||{p.last}^{p.first}|SEL|{p.dobs('d8')}|||||||||||||||||||{p.mbi}",
            f"IN2|1|{p.ssn}|Johnson \\T\\ Sons Plumbing^Employer|||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||{p.mbi}^^^CMS^MC"]
    add(S, "POST", f"{CH}/api/hl7/adt", {**HL7H, "X-Submitter-Id": "RRVFC01"}, hl7(segs),
        NM(p) + [[p.mrn, "mrn"], [p.dobs("d8"), "dob"], [p.mbi, "mbi"], [p.ssn, "ssn"]], [ctl, "Johnson \\T\\ Sons Plumbing", "Noridian Healthcare Solutions"], "redact")
    # highlight escapes (\\H\\ ... \\N\\) around a name in an NTE, to the monitor
    p = nextp(); ctl = ctlid(); kin = f"{p.kin_first} {p.last}"
    segs = [msh("ORU^R01^ORU_R01", ctl, rcv="MESHWATCH"), f"PID|1||{p.mrn}^^^{FAC}^MR||{p.hl7name()}||{p.dobs('d8')}|{p.sex}",
            f"OBR|1|||24323-8^CMP^LN", f"NTE|1||Caller identified as \\H\\{kin}\\N\\ (spouse) per callback \\H\\{p.kin_phone}\\N\\", f"OBX|1|NM|2345-7^Glucose^LN||212|mg/dL|70-99|H|||F"]
    add(S, "POST", f"{MESH}/v1/messages/raw?channel=ORU_IN", TEXTH, hl7(segs), NM(p) + [[p.mrn, "mrn"], [p.dobs("d8"), "dob"], [p.kin_first, "name"], [p.kin_phone, "phone"]],
        [ctl, "24323-8^CMP^LN"], "redact")


def unknown_hosts():
    S = "unknown_host"
    p = nextp()
    add(S, "POST", "http://hl7-relay.unlisted-partner.example/mllp", HL7H, hl7([msh("ADT^A08", ctlid()), pid_seg(p)]),
        NM(p) + [[p.mrn, "mrn"], [p.dobs("d8"), "dob"]], [], "deny")
    p = nextp()
    add(S, "GET", f"http://fhir.shadow-app.example/r4/Patient?family={quote(p.last)}&birthdate={p.dobs('iso')}", {"Accept": "application/fhir+json"}, "",
        [[p.last, "name"], [p.dobs("iso"), "dob"]], [], "deny")
    p = nextp()
    add(S, "POST", "http://edi.unknown-clearinghouse.example/x12", X12H, x12(["ST*276*0001*005010X212", f"NM1*IL*1*{p.last.upper()}*{p.first.upper()}****MI*{p.mbr}", "SE*3*0001"],
        R.randint(100000, 999999), "HR", "005010X212"), [[p.last.upper(), "name"], [p.mbr, "member_id"]], [], "deny")
    p = pt(12)
    add(S, "POST", "http://api.radiology-ai-startup.example/v1/studies", DCMH, J([study(p, p.vd("d8"), "CT HEAD W/O CONTRAST")]), pn_phi(p) + [[p.mrn, "mrn"]], [], "deny")
    add(S, "GET", "http://status.unknown-vendor.example/api/v2/status.json", {}, "", [], [], "deny")


SCENARIOS = [adt_a08, siu_s12, mdm_t02, orders, erx, x12_edi, ccda_docs, xds, xcpd, direct, pdmp, iis, fhir_search, fhir_bundles, fhir_match,
             dicom, clean_plumbing, tricky, unknown_hosts]


def policy():
    return {"destinations": [
        {"name": "hie-partner", "hosts": ["hub.plainshie.example", "xds.plainshie.example"], "allow": ["all"], "on_violation": "block"},
        {"name": "clearinghouse", "hosts": ["edi.prairieclaims.example"], "allow": ["name", "dob", "member_id", "mbi", "mrn", "date", "icd10", "npi"],
         "on_violation": "redact"},
        {"name": "erx-hub", "hosts": ["script.rxlinkhub.example"],
         "allow": ["name", "dob", "address", "zip", "phone", "date", "member_id", "mrn", "icd10", "ndc", "npi", "dea"], "on_violation": "redact"},
        {"name": "pdmp", "hosts": ["pmp-gateway.statehub.example"], "allow": ["name", "dob", "address", "zip", "date", "npi", "dea", "drivers_license"],
         "on_violation": "redact"},
        {"name": "immunization-registry", "hosts": ["iis.ndhealth-registry.example"], "allow": ["name", "dob", "address", "zip", "phone", "mrn", "date"],
         "on_violation": "redact"},
        {"name": "mpi-vendor", "hosts": ["api.identimatch.example"], "allow": ["name", "dob", "phone", "address", "zip", "email", "mrn", "date"],
         "on_violation": "redact"},
        {"name": "direct-hisp", "hosts": ["api.hisp-directmail.example"],
         "allow": ["name", "dob", "date", "mrn", "condition", "icd10", "address", "zip", "phone", "email", "member_id", "npi"], "on_violation": "redact"},
        {"name": "cloud-pacs", "hosts": ["dicomweb.northpacs.example"], "allow": ["name", "dob", "mrn", "date"], "on_violation": "redact"},
        {"name": "bi-analytics", "hosts": ["ingest.insightlens.example", "collect.metricpulse.example"], "allow": [], "on_violation": "redact"},
        {"name": "interface-monitor", "hosts": ["logs.meshwatch-interfaces.example"], "allow": [], "on_violation": "redact"},
        {"name": "error-trackers", "hosts": ["*.ingest.bugcatcher.example", "errors.stackfault.example"], "allow": [], "on_violation": "block"}],
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
