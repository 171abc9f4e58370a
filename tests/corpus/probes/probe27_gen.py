#!/usr/bin/env python3
"""probe27: PHI inside query and filter expressions and in developer-tooling traffic of an internal-medicine
and pediatrics group (Cascade Ridge Medical Group, Tacoma / Lakewood / Olympia WA) and of its engineering team,
in carriers none of the earlier probes (12-25) used as such:
  * OData $filter / $search / key predicates / lambda any() / $batch / POST $query (EHR OData API, BAA);
  * SCIM 2.0 filters (userName eq, phoneNumbers[...], extension attributes), /.search bodies, PATCH paths
    with value filters (patient-portal identity provider, BAA: name and email);
  * JSON:API filter[...] parameters, nested filter[or][0][...] (scheduling vendor, BAA: name, phone, date);
  * Elasticsearch / OpenSearch query DSL (match, term, bool/should, range, query_string, _msearch, search
    templates, _plugins/_sql, _delete_by_query, ?q= URI search), KQL and log-search queries;
  * Solr select / edismax / fq / JSON request API / delete-by-query XML / local params / suggesters;
  * MongoDB Data-API find / aggregate / updateOne with $match, $regex, $in, $or, $text, mongod slow-query lines;
  * SQL over HTTP with parameter arrays (Neon-, libSQL-, D1-like), inline literals, Datasette-like ?sql=;
  * GraphQL with inline arguments (not variables), aliases, GET ?query=, batches, block strings;
  * Redis over HTTP (Upstash-like arrays, path commands, pipelines, Webdis-like text);
  * search-box autocomplete GETs, keystroke typeahead logs, search-insights click events;
  * APM spans with db.statement / url.full / http.url attributes (Datadog-like and OTLP JSON);
  * error-tracker stack frames with local variables (block);
  * ORM debug logs: Prisma, TypeORM, ActiveRecord, Django, Hibernate, SQLAlchemy, Sequelize, Ecto, GORM,
    EF Core, Knex;
  * curl / httpie / PowerShell commands pasted into tickets, Postman and Insomnia exports, HAR files,
    OpenAPI documents (examples), feature-flag targeting rules and evaluation contexts;
  * URL-encoded JSON in query strings (LoopBack, Directus, Parse, Strapi, RSQL, django-filter);
  * clean look-alikes (over a quarter): filters over status / created / sku / order ids, aggregate
    queries, schema introspection, health checks, OpenAPI placeholders, the practice's own NPI/phone;
  * unknown hosts (deny).
A partial value typed into a search box ("okaf") is not listed; the full values typed are.
Values inside base64 that a vendor would decode but the harness cannot are listed as the base64 blob
itself, under the most sensitive category inside it.
The roster (roster.csv) lists only every other patient, so exact matching covers about half.
Format of the output: see /work/shared/eval/gen_example.py (policy.json, cases.jsonl, roster.csv).
Usage: probe27_gen.py OUT_DIR   (deterministic: seed 270027)"""
import base64, gzip, hashlib, json, os, random, re, sys
from datetime import date, datetime, timedelta, timezone
from urllib.parse import quote, unquote_plus, urlsplit

R = random.Random(270027)

# ----------------------------------------------------------------------------- the practice
SITE = "cascaderidgemed.org"
API = "https://api.cascaderidgemed.org"
PRACTICE = "Cascade Ridge Medical Group"
PRACTICE_ADDR = "1802 S Union Ave Suite 300"
PRACTICE_ZIP = "98405"
PRACTICE_PHONE = "(253) 617-4400"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

NAMES = [("Adaeze", "Okafor", "F"), ("Maria Elena", "Gonzaga", "F"), ("Tuan", "Nguyen", "M"), ("Leilani", "Kahananui", "F"),
         ("Dmitri", "Volkov", "M"), ("Harpreet", "Sandhu", "F"), ("Marcus", "Delacroix", "M"), ("Yesenia", "Barragan", "F"),
         ("Tavita", "Faleolo", "M"), ("Soo-ah", "Yoon", "F"), ("Brandon", "Kowalski", "M"), ("Fatuma", "Abdi", "F"),
         ("Rosalind", "Achterberg", "F"), ("Kenji", "Nakamura", "M"), ("Olena", "Bondarenko", "F"), ("Terrence", "Washington", "M"),
         ("Mai", "Vang", "F"), ("Garrett", "Lindqvist", "M"), ("Ifeoma", "Chukwu", "F"), ("Jose Luis", "Carmona", "M"),
         ("Shawna", "Redcloud", "F"), ("Anh Thu", "Tran", "F"), ("Bjorn", "Halvorsen", "M"), ("Priyanka", "Venkataraman", "F"),
         ("DeShawn", "Ellison", "M"), ("Noor", "Al-Khatib", "F"), ("Wyatt", "Pemberton", "M"), ("Camila", "Restrepo", "F"),
         ("Ioane", "Tuilagi", "M"), ("Hollis", "McAllister", "M"), ("Esperanza", "Villalobos", "F"), ("Griffin", "Oyelaran", "M")]
AREAS = [253, 253, 253, 360, 206]
STREETS = ["S Yakima Ave", "Pacific Ave S", "S 56th St", "Portland Ave E", "N Pearl St", "Steilacoom Blvd SW", "Bridgeport Way W",
           "Martin Luther King Jr Way", "S Tacoma Way", "E 72nd St", "Mildred St W", "Lakewood Dr W", "Capitol Way S", "Cooper Point Rd NW"]
UNITS = ["Apt 3B", "Unit 204", "#12", "Apt C", "Apt 1107", "Lot 18"]
CITIES = [("Tacoma", ["98402", "98404", "98406", "98408", "98409", "98418", "98444"]), ("Lakewood", ["98498", "98499"]),
          ("Olympia", ["98501", "98502"]), ("Puyallup", ["98371", "98373"]), ("Spanaway", ["98387"])]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "comcast.net", "msn.com"]
CONDS = [("E11.9", "type 2 diabetes"), ("B20", "HIV disease"), ("F32.1", "major depressive disorder"), ("F11.20", "opioid use disorder"),
         ("C50.911", "breast cancer"), ("I50.9", "heart failure"), ("B18.2", "chronic hepatitis C"), ("F31.9", "bipolar disorder"),
         ("N18.4", "chronic kidney disease"), ("G35", "multiple sclerosis"), ("O24.419", "gestational diabetes"), ("F50.00", "anorexia nervosa")]


def hexs(n): return "".join(R.choice("0123456789abcdef") for _ in range(n))
def alnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"): return "".join(R.choice(chars) for _ in range(n))
def digits(n): return str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


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


def fd(d, style):
    m, dd, y = d.month, d.day, d.year
    return {"iso": f"{y}-{m:02d}-{dd:02d}", "us": f"{m:02d}/{dd:02d}/{y}", "usn": f"{m}/{dd}/{y}", "d8": f"{y}{m:02d}{dd:02d}",
            "isoz": f"{y}-{m:02d}-{dd:02d}T00:00:00Z", "isoms": f"{y}-{m:02d}-{dd:02d}T00:00:00.000Z", "long": f"{MONTHS[m - 1]} {dd}, {y}",
            "pyd": f"datetime.date({y}, {m}, {dd})", "rb": f"{d:%a}, {dd:02d} {MONTHS[m - 1][:3]} {y}", "dash": f"{m:02d}-{dd:02d}-{y}",
            "ms": str(int(datetime(y, m, dd, tzinfo=timezone.utc).timestamp()) * 1000), "java": f"{y}-{m:02d}-{dd:02d}T00:00"}[style]


def ssn():
    a = R.choice([R.randint(100, 499), R.randint(500, 665), R.randint(667, 772)])
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def member_id():
    k = R.randint(0, 4)
    if k == 0: return "Apple Health (Molina)", digits(9) + "WA"
    if k == 1: return "Premera Blue Cross", "PRM" + digits(9)
    if k == 2: return "Regence BlueShield", "ZHR" + digits(8)
    if k == 3: return "Kaiser Permanente WA", "GH" + digits(8)
    return "Coordinated Care", "U" + digits(10)


class P:
    def __init__(self, idx, first, last, sex):
        self.idx, self.first, self.last, self.sex = idx, first, last, sex
        self.full = f"{first} {last}"
        self.dob = date(1944, 1, 1) + timedelta(days=R.randint(0, 26500))
        self.mrn = str(R.randint(10**7, 10**8 - 1))
        self.area = R.choice(AREAS)
        self.exch = R.choice([x for x in range(201, 990) if x % 100 != 11 and x not in (555, 617, 958, 976)])
        self.line = R.randint(1000, 9999)
        fl = re.sub(r"[^a-z]", "", first.lower()); ll = re.sub(r"[^a-z]", "", last.lower())
        loc = R.choice([f"{fl}.{ll}", f"{fl[0]}{ll}", f"{fl}{ll[:3]}{R.randint(1, 99)}", f"{ll}.{fl[0]}{R.randint(60, 99)}", f"{fl}_{ll}"])
        self.email = f"{loc}@{R.choice(EMAIL_DOMAINS)}"
        self.ssn = ssn()
        self.city, zips = R.choice(CITIES)
        self.zip = R.choice(zips)
        self.street = f"{R.randint(100, 9999)} {R.choice(STREETS)}"
        self.unit = R.choice(UNITS)
        self.payer, self.mbr = member_id()
        self.cond = R.choice(CONDS)
        self.dl = "WDL" + alnum(9, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
        d0 = date(2026, 5, 4) + timedelta(days=R.randint(0, 40))
        while d0.weekday() > 4: d0 += timedelta(days=1)
        self.appt = datetime(d0.year, d0.month, d0.day, R.randint(8, 16), R.choice([0, 15, 30, 45]))
        self.ip = f"{R.choice([73, 24, 50, 67, 71, 97, 174])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"

    def phone(self, style="dash"):
        a, e, l = self.area, self.exch, self.line
        return {"paren": f"({a}) {e}-{l}", "dash": f"{a}-{e}-{l}", "dot": f"{a}.{e}.{l}", "e164": f"+1{a}{e}{l}", "bare": f"{a}{e}{l}",
                "spc": f"{a} {e} {l}"}[style]

    def dobs(self, style="iso"): return fd(self.dob, style)
    def ad(self, style="iso"): return fd(self.appt.date(), style)
    def at(self): return f"{self.appt:%Y-%m-%dT%H:%M}:00-07:00"
    def dx(self): return self.cond[1]
    def icd(self): return self.cond[0]
    def lo(self): return self.full.lower()


PATIENTS = [P(i, *t) for i, t in enumerate(NAMES)]
_order = list(range(len(PATIENTS)))
_pos = [0]


def nextp():
    if _pos[0] % len(_order) == 0: R.shuffle(_order)
    p = PATIENTS[_order[_pos[0] % len(_order)]]; _pos[0] += 1
    return p


def ts(i=0):
    t = datetime(2026, 5, 4, 9, 2, 7) + timedelta(minutes=13 * i + R.randint(0, 11), seconds=R.randint(0, 59))
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{R.randint(0, 999):03d}Z"


def epoch_ns(i=0): return (1777885000 + 700 * i + R.randint(0, 600)) * 10**9 + R.randint(0, 10**9 - 1)


# ----------------------------------------------------------------------------- case plumbing
CASES, COUNT = [], {}


def add(scn, method, url, headers, body, phi, controls, expect):
    COUNT[scn] = COUNT.get(scn, 0) + 1
    c = {"id": f"{scn}-{COUNT[scn]:02d}", "scenario": scn, "method": method, "url": url, "headers": dict(headers)}
    if isinstance(body, bytes): c["body_b64"] = base64.b64encode(body).decode()
    else: c["body"] = body
    seen, out = set(), []
    for v, k in phi:
        if (v, k) not in seen: seen.add((v, k)); out.append([v, k])
    c["phi"] = out; c["controls"] = list(dict.fromkeys(controls)); c["expect"] = expect
    CASES.append(c)


def J(o, compact=False, indent=None): return json.dumps(o, separators=(",", ":") if compact else None, indent=indent)
def ND(objs): return "\n".join(J(o, compact=True) for o in objs) + "\n"
def pct(s, safe=""): return quote(s, safe=safe)
def plus(s, safe=""): return quote(s, safe=safe + " ").replace(" ", "+")
def b64(s): return base64.b64encode(s.encode() if isinstance(s, str) else s).decode()
def b64u(s): return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")
def sha(s): return hashlib.sha256(s.encode()).hexdigest()
def NM(p): return [[p.first, "name"], [p.last, "name"]]
SQ = "'"
DQ = '"'
CLEAN_F1 = "Status eq 'Active' and CreatedOn gt 2026-01-01T00:00:00Z"
CLEAN_F2 = f"ProviderNpi eq '{GROUP_NPI}' and Start ge 2026-05-01T08:00:00-07:00 and Status eq 'free'"
CLEAN_F3 = "Sku eq 'GLV-NIT-M-200' and OrderId gt 884120"
CLEAN_S1 = 'meta.lastModified gt "2026-04-01T00:00:00Z" and active eq true'
CLEAN_S2 = 'displayName eq "Portal Beta Testers"'
CLEAN_CUR = '{"after":8841}'


def gq(s): return s.replace('"', '\\"')    # a GraphQL / query_string string literal inside a quoted string


JSONH = {"Content-Type": "application/json"}
FORMH = {"Content-Type": "application/x-www-form-urlencoded"}
TEXTH = {"Content-Type": "text/plain; charset=utf-8"}
NDH = {"Content-Type": "application/x-ndjson"}
XMLH = {"Content-Type": "application/xml; charset=utf-8"}
UA = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.60 Safari/537.36"
AUTH = {"Authorization": "Bearer " + alnum(40)}

# destinations (made-up vendor hosts; the harness resolves every host to a local sink)
ODATA = "http://odata.chartbridge-ehr.example"
SCIM = "http://crmg.scim.idvault.example"
SCHED = "http://api.bookwise-sched.example"
ES = "http://crmg-prod.es.findwell-baa.example"
SOLR = "http://solr.findwell-baa.example"
TSRCH = "http://api.typesearch-baa.example"
HIE = "http://api.pugetsound-hie.example"
MONGO = "http://data.docudb-cloud.example"
SQLH = "http://sql.pgedge-http.example"
LIBSQL = "http://crmg-prod.libsql-edge.example"
CACHE = "http://rest.cachefly-redis.example"
GRAPH = "http://graph.carecoord-baa.example"
FUNNEL = "http://api.funnelmetrics.example"
TYPEA = "http://ingest.typeahead-insights.example"
SPULSE = "http://insights.searchpulse.example"
TRACE = "http://trace-intake.tracehound.example"
TLOGS = "http://http-intake.logs.tracehound.example"
OTLP = "http://otlp.spanpilot.example"
LOGC = "http://intake.logcanal.example"
BUGC = "http://o88213.ingest.bugcatcher.example"
CRASH = "http://api.crashdeck.example"
TICKET = "http://api.tickethub.example"
COLL = "http://api.collectionsync.example"
HARUP = "http://uploads.supportbox.example"
DOCS = "http://api.docsportal.example"
DSET = "http://crmg.datasette-cloud.example"
FLAGS = "http://events.toggleworks.example"
FLAGSDK = "http://sdk.toggleworks.example"
FLAGAPI = "http://app.toggleworks.example"
BAAS = "http://parse.backfour-baa.example"


def policy():
    return {"destinations": [
        {"name": "product-analytics", "hosts": ["api.funnelmetrics.example", "ingest.typeahead-insights.example", "insights.searchpulse.example"],
         "allow": [], "on_violation": "redact"},
        {"name": "observability", "hosts": ["trace-intake.tracehound.example", "*.logs.tracehound.example", "otlp.spanpilot.example", "intake.logcanal.example"],
         "allow": [], "on_violation": "redact"},
        {"name": "error-trackers", "hosts": ["*.ingest.bugcatcher.example", "api.crashdeck.example"], "allow": [], "on_violation": "block"},
        {"name": "search-baa", "hosts": ["*.es.findwell-baa.example", "solr.findwell-baa.example", "api.typesearch-baa.example"],
         "allow": ["name", "mrn"], "on_violation": "redact"},
        {"name": "hie-partner", "hosts": ["api.pugetsound-hie.example"], "allow": ["all"], "on_violation": "block"},
        {"name": "ehr-odata", "hosts": ["odata.chartbridge-ehr.example"], "allow": ["name", "dob", "mrn", "date"], "on_violation": "redact"},
        {"name": "portal-identity", "hosts": ["*.scim.idvault.example"], "allow": ["name", "email"], "on_violation": "redact"},
        {"name": "scheduling", "hosts": ["api.bookwise-sched.example"], "allow": ["name", "phone", "date"], "on_violation": "redact"},
        {"name": "database-baa", "hosts": ["data.docudb-cloud.example", "sql.pgedge-http.example", "*.libsql-edge.example", "parse.backfour-baa.example"],
         "allow": ["name", "dob", "mrn", "date"], "on_violation": "redact"},
        {"name": "cache", "hosts": ["rest.cachefly-redis.example"], "allow": [], "on_violation": "redact"},
        {"name": "care-coordination", "hosts": ["graph.carecoord-baa.example"], "allow": ["name", "dob", "mrn"], "on_violation": "redact"},
        {"name": "feature-flags", "hosts": ["events.toggleworks.example", "sdk.toggleworks.example", "app.toggleworks.example"],
         "allow": [], "on_violation": "redact"},
        {"name": "dev-tools", "hosts": ["api.tickethub.example", "api.collectionsync.example", "uploads.supportbox.example", "api.docsportal.example",
                                        "crmg.datasette-cloud.example"], "allow": [], "on_violation": "redact"}],
        "default_destination": "deny",
        "roster_columns": {"first": "name", "last": "name", "dob": "dob", "mrn": "mrn", "phone": "phone", "email": "email"}}


# ============================================================================= 1. OData
def odata():
    S = "odata"
    p = nextp()
    f = f"LastName eq '{p.last}' and BirthDate eq {p.dobs('iso')}"
    add(S, "GET", f"{ODATA}/api/v4/Patients?$filter={pct(f, SQ)}&$select=Id,FirstName,LastName,HomePhone&$top=5", AUTH, "",
        [[p.last, "name"], [p.dobs("iso"), "dob"]], ["HomePhone"], "pass")
    p = nextp()
    f = f"HomePhone eq '{p.phone('paren')}' or MobilePhone eq '{p.phone('e164')}'"
    add(S, "GET", f"{ODATA}/api/v4/Patients?$filter={pct(f)}&$count=true", AUTH, "",
        [[p.phone("paren"), "phone"], [p.phone("e164"), "phone"]], ["MobilePhone"], "redact")
    p = nextp()
    f = f"contains(tolower(Email),'{p.email}') and Active eq true"
    add(S, "GET", f"{ODATA}/api/v4/Patients?$filter={plus(f, SQ + '(),')}&$orderby=LastName", AUTH, "", [[p.email, "email"]], ["Active eq true"], "redact")
    p = nextp()
    f = f"Ssn eq '{p.ssn}' and Address/PostalCode eq '{p.zip}'"
    add(S, "GET", f"{ODATA}/api/v4/Patients?%24filter={pct(f)}&%24expand=Coverage", AUTH, "", [[p.ssn, "ssn"], [p.zip, "zip"]], ["Coverage"], "redact")
    p = nextp()
    add(S, "GET", f"{ODATA}/api/v4/Patients(Mrn='{p.mrn}')/Encounters?$filter=DiagnosisCode%20eq%20'{p.icd()}'&$expand=Provider", AUTH, "",
        [[p.mrn, "mrn"], [p.icd(), "icd10"]], ["Encounters"], "redact")
    p = nextp()
    add(S, "GET", f"{ODATA}/api/v4/Patients?$search={pct(DQ + p.full + ' ' + p.phone('dash') + DQ)}&$top=3", AUTH, "",
        [[p.full, "name"], [p.phone("dash"), "phone"]], [], "redact")
    p, q = nextp(), nextp()
    bnd = "batch_" + uuid()
    body = (f"--{bnd}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n"
            f"GET Patients?$filter=Email%20eq%20'{pct(p.email)}' HTTP/1.1\r\nAccept: application/json\r\n\r\n"
            f"--{bnd}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n"
            f"GET Patients?$filter=LastName%20eq%20'{q.last}'%20and%20FirstName%20eq%20'{pct(q.first)}' HTTP/1.1\r\nAccept: application/json\r\n\r\n--{bnd}--\r\n")
    add(S, "POST", f"{ODATA}/api/v4/$batch", {**AUTH, "Content-Type": f"multipart/mixed; boundary={bnd}", "OData-Version": "4.0"}, body,
        [[p.email, "email"], [q.last, "name"], [q.first, "name"]], ["application/http"], "redact")
    p = nextp()
    body = f"$filter=Address/Line1 eq '{p.street}' and Address/PostalCode eq '{p.zip}'&$select=Id,Mrn"
    add(S, "POST", f"{ODATA}/api/v4/Patients/$query", {**AUTH, "Content-Type": "text/plain"}, body, [[p.street, "address"], [p.zip, "zip"]], ["$select=Id,Mrn"], "redact")
    p = nextp()
    f = f"Telecoms/any(t: t/Value eq '{p.phone('dot')}') and Names/any(n: n/Family eq '{p.last}')"
    add(S, "GET", f"{ODATA}/api/v4/Patients?$filter={pct(f, SQ + '/:()')}", AUTH, "", [[p.phone("dot"), "phone"], [p.last, "name"]], ["Telecoms/any"], "redact")
    p = nextp()
    f = f"date(Start) eq {p.ad('iso')} and Patient/Mrn eq '{p.mrn}'"
    add(S, "GET", f"{ODATA}/api/v4/Appointments?$filter={pct(f, SQ + '/()')}&$expand=Patient($select=FirstName,LastName)", AUTH, "",
        [[p.ad("iso"), "date"], [p.mrn, "mrn"]], ["Appointments"], "pass")
    p = nextp()
    page = f"https://chart.{SITE}/odata-explorer?url=" + pct(f"/api/v4/Patients?$filter=LastName eq '{p.last}' and BirthDate eq {p.dobs('iso')}")
    body = {"event": "$pageview", "properties": {"$current_url": page, "distinct_id": uuid(), "$browser": "Chrome", "token": "phc_" + alnum(24)}}
    add(S, "POST", f"{FUNNEL}/capture/", JSONH, J(body), [[p.last, "name"], [p.dobs("iso"), "dob"]], ["$pageview", "Chrome"], "redact")
    p = nextp()
    f = f"BirthDate ge {p.dobs('iso')} and BirthDate le {p.dobs('iso')} and startswith(FirstName,'{p.first}') and Member/Id eq '{p.mbr}'"
    add(S, "GET", f"{ODATA}/api/v4/Patients?$filter={pct(f, SQ + '(),/')}", AUTH, "",
        [[p.dobs("iso"), "dob"], [p.first, "name"], [p.mbr, "member_id"]], ["startswith"], "redact")
    # clean
    add(S, "GET", f"{ODATA}/api/v4/Patients?$filter={pct(CLEAN_F1)}&$orderby=CreatedOn%20desc&$count=true",
        AUTH, "", [], ["CreatedOn"], "pass")
    add(S, "GET", f"{ODATA}/api/v4/$metadata", {**AUTH, "Accept": "application/xml"}, "", [], [], "pass")
    add(S, "GET", f"{ODATA}/api/v4/Encounters?$apply={pct('filter(VisitDate ge 2026-04-01)/groupby((ClinicId),aggregate($count as Visits))')}", AUTH, "",
        [], ["groupby"], "pass")
    add(S, "GET", f"{ODATA}/api/v4/Slots?$filter={pct(CLEAN_F2)}", AUTH, "",
        [], [GROUP_NPI], "pass")
    add(S, "GET", f"{ODATA}/api/v4/SupplyOrders?$filter={pct(CLEAN_F3)}&$top=50", AUTH, "", [], ["GLV-NIT-M-200"], "pass")


# ============================================================================= 2. SCIM
SCIMH = {**AUTH, "Content-Type": "application/scim+json"}
EXT = "urn:ietf:params:scim:schemas:extension:cascaderidge:2.0:Patient"


def scim():
    S = "scim"
    p = nextp()
    add(S, "GET", f"{SCIM}/scim/v2/Users?filter={pct(f'userName eq {DQ}{p.email}{DQ}')}", AUTH, "", [[p.email, "email"]], [], "pass")
    p = nextp()
    f = 'phoneNumbers[type eq "mobile" and value eq "' + p.phone("e164") + '"]'
    add(S, "GET", f"{SCIM}/scim/v2/Users?filter={pct(f)}&attributes=id,userName",
        AUTH, "", [[p.phone("e164"), "phone"]], ["attributes=id,userName"], "redact")
    p = nextp()
    f = f'{EXT}:birthDate eq "{p.dobs("iso")}" and name.familyName eq "{p.last}"'
    add(S, "GET", f"{SCIM}/scim/v2/Users?filter={plus(f, safe=':')}", AUTH, "", [[p.dobs("iso"), "dob"], [p.last, "name"]], ["name.familyName"], "redact")
    p = nextp()
    body = {"schemas": ["urn:ietf:params:scim:api:messages:2.0:SearchRequest"], "attributes": ["id", "displayName"],
            "filter": f'addresses[type eq "home" and streetAddress eq "{p.street}" and postalCode eq "{p.zip}"]', "startIndex": 1, "count": 10}
    add(S, "POST", f"{SCIM}/scim/v2/Users/.search", SCIMH, J(body), [[p.street, "address"], [p.zip, "zip"]], ["SearchRequest"], "redact")
    p = nextp()
    body = {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [
        {"op": "replace", "path": 'phoneNumbers[type eq "home"].value', "value": p.phone("dash")},
        {"op": "add", "path": f"{EXT}:mrn", "value": p.mrn}, {"op": "replace", "path": "displayName", "value": p.full}]}
    add(S, "PATCH", f"{SCIM}/scim/v2/Users/{uuid()}", SCIMH, J(body), [[p.phone("dash"), "phone"], [p.mrn, "mrn"], [p.full, "name"]], ["PatchOp"], "redact")
    p = nextp()
    add(S, "GET", f"{SCIM}/scim/v2/Users?filter=externalId+eq+%22{p.mrn}%22&excludedAttributes=groups", AUTH, "", [[p.mrn, "mrn"]], ["excludedAttributes"], "redact")
    p = nextp()
    f = f'name.formatted co "{p.full}" or emails[value eq "{p.email}"]'
    add(S, "GET", f"{SCIM}/scim/v2/Users?filter={pct(f)}", AUTH, "", [[p.full, "name"], [p.email, "email"]], [], "pass")
    p = nextp()
    body = {"schemas": ["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
            "filter": f'{EXT}:ssnLast4 pr and {EXT}:ssn eq "{p.ssn}"', "sortBy": "meta.created"}
    add(S, "POST", f"{SCIM}/scim/v2/.search", SCIMH, J(body), [[p.ssn, "ssn"]], ["meta.created"], "redact")
    # clean
    add(S, "GET", f"{SCIM}/scim/v2/Users?filter={pct(CLEAN_S1)}&startIndex=1&count=100",
        AUTH, "", [], ["startIndex=1"], "pass")
    add(S, "GET", f"{SCIM}/scim/v2/Groups?filter={pct(CLEAN_S2)}", AUTH, "", [], ["Portal Beta Testers"], "pass")
    add(S, "GET", f"{SCIM}/scim/v2/ServiceProviderConfig", AUTH, "", [], [], "pass")


# ============================================================================= 3. JSON:API filters
def jsonapi():
    S = "jsonapi"
    H = {**AUTH, "Accept": "application/vnd.api+json"}
    p = nextp()
    add(S, "GET", f"{SCHED}/api/appointments?filter[patient.last-name]={pct(p.last)}&filter[patient.birth-date]={p.dobs('iso')}&include=patient,provider", H, "",
        [[p.last, "name"], [p.dobs("iso"), "dob"]], ["include=patient,provider"], "redact")
    p = nextp()
    add(S, "GET", f"{SCHED}/api/patients?filter%5Bemail%5D={pct(p.email)}&fields%5Bpatients%5D=first-name,last-name", H, "", [[p.email, "email"]],
        ["first-name,last-name"], "redact")
    p = nextp()
    add(S, "GET", f"{SCHED}/api/patients?filter[search]={plus(p.full)}&page[size]=10", H, "", [[p.full, "name"]], ["page[size]=10"], "pass")
    p = nextp()
    add(S, "GET", f"{SCHED}/api/patients?filter[mrn]={p.mrn}&filter[address.zip]={p.zip}&filter[phone]={p.phone('bare')}", H, "",
        [[p.mrn, "mrn"], [p.zip, "zip"], [p.phone("bare"), "phone"]], [], "redact")
    p = nextp()
    add(S, "GET", f"{SCHED}/api/patients?filter%5Bor%5D%5B0%5D%5Bemail%5D%5Beq%5D={pct(p.email)}&filter%5Bor%5D%5B1%5D%5Bssn%5D%5Beq%5D={p.ssn}", H, "",
        [[p.email, "email"], [p.ssn, "ssn"]], [], "redact")
    p = nextp()
    add(S, "GET", f"{SCHED}/api/appointments?filter[starts-at][eq]={pct(p.at())}&filter[patient][name]={pct(p.full)}&filter[patient][phone]={pct(p.phone('paren'))}",
        H, "", [[p.at(), "date"], [p.full, "name"], [p.phone("paren"), "phone"]], [], "pass")
    # clean
    add(S, "GET", f"{SCHED}/api/appointments?filter[status]=confirmed&filter[starts-at][gte]=2026-05-01T00:00:00Z&sort=-starts-at&page[number]=2", H, "",
        [], ["confirmed", "2026-05-01T00:00:00Z"], "pass")
    add(S, "GET", f"{SCHED}/api/providers?filter[npi]={GROUP_NPI}&fields[providers]=display-name,specialty&include=locations", H, "", [], [GROUP_NPI], "pass")
    add(S, "GET", f"{SCHED}/api/slots?filter%5Blocation-id%5D=loc_{alnum(10)}&filter%5Bvisit-type%5D=annual-physical&page%5Bcursor%5D={b64u(CLEAN_CUR)}", H, "",
        [], ["annual-physical"], "pass")


# ============================================================================= 4. Elasticsearch / OpenSearch query DSL
def es_dsl():
    S = "es_dsl"
    p = nextp()
    body = {"query": {"bool": {"must": [{"match": {"name": p.full}}, {"term": {"dob": p.dobs("iso")}}]}}, "_source": ["mrn", "name"], "size": 5}
    add(S, "POST", f"{ES}/patients-v3/_search", JSONH, J(body), [[p.full, "name"], [p.dobs("iso"), "dob"]], ["patients-v3"], "redact")
    p = nextp()
    qstr = f'name:"{p.full}" AND dob:{p.dobs("iso")} AND phone:{p.phone("bare")}'
    body = {"query": {"query_string": {"query": qstr, "default_operator": "AND"}}}
    add(S, "POST", f"{ES}/patients-v3/_search?typed_keys=true", JSONH, J(body), [[p.full, "name"], [p.dobs("iso"), "dob"], [p.phone("bare"), "phone"]],
        ["default_operator"], "redact")
    p = nextp()
    body = {"query": {"bool": {"should": [{"term": {"email.keyword": p.email}}, {"match_phrase": {"phones.number": p.phone("paren")}},
                                          {"term": {"mrn": p.mrn}}], "minimum_should_match": 1}}, "track_total_hits": False}
    add(S, "POST", f"{ES}/patients-v3/_search", JSONH, J(body), [[p.email, "email"], [p.phone("paren"), "phone"], [p.mrn, "mrn"]],
        ["minimum_should_match"], "redact")
    p = nextp()
    q = f'last_name:{p.last} AND ssn:"{p.ssn}"'
    add(S, "GET", f"{ES}/patients-v3/_search?q={pct(q)}&size=1&filter_path=hits.hits._id", {}, "", [[p.last, "name"], [p.ssn, "ssn"]], ["filter_path"], "redact")
    p, q2 = nextp(), nextp()
    lines = [{"index": "patients-v3"}, {"query": {"multi_match": {"query": f"{p.street} {p.zip}", "fields": ["address.line1", "address.zip"]}}, "size": 3},
             {"index": "patients-v3"}, {"query": {"term": {"mrn": q2.mrn}}}]
    add(S, "POST", f"{ES}/_msearch", NDH, ND(lines), [[p.street, "address"], [p.zip, "zip"], [q2.mrn, "mrn"]], ["multi_match"], "redact")
    p = nextp()
    body = {"id": "patient_lookup_v2", "params": {"last": p.last, "first": p.first, "dob": p.dobs("us"), "zip": p.zip, "size": 5}}
    add(S, "POST", f"{ES}/patients-v3/_search/template", JSONH, J(body), NM(p) + [[p.dobs("us"), "dob"], [p.zip, "zip"]], ["patient_lookup_v2"], "redact")
    p = nextp()
    body = {"query": f"SELECT mrn, name FROM patients WHERE email = '{p.email}' AND dob = '{p.dobs('iso')}' LIMIT 5", "fetch_size": 10}
    add(S, "POST", f"{ES}/_plugins/_sql?format=jdbc", JSONH, J(body), [[p.email, "email"], [p.dobs("iso"), "dob"]], ["fetch_size"], "redact")
    p = nextp()
    body = {"query": {"bool": {"filter": [{"range": {"birth_date": {"gte": p.dobs("iso"), "lte": p.dobs("iso"), "format": "yyyy-MM-dd"}}},
                                          {"prefix": {"last_name.keyword": p.last}}]}}}
    add(S, "POST", f"{ES}/patients-v3/_count", JSONH, J(body), [[p.dobs("iso"), "dob"], [p.last, "name"]], ["yyyy-MM-dd"], "redact")
    p, q2 = nextp(), nextp()
    body = {"query": {"terms": {"contact.email.keyword": [p.email, q2.email]}}}
    add(S, "POST", f"{ES}/portal-sessions/_delete_by_query?conflicts=proceed&refresh=true", JSONH, J(body), [[p.email, "email"], [q2.email, "email"]],
        ["conflicts=proceed"], "redact")
    p = nextp()
    body = {"query": {"bool": {"must": [{"match": {"diagnoses.text": p.dx()}}, {"term": {"patient.mrn": p.mrn}}]}}, "highlight": {"fields": {"notes": {}}}}
    add(S, "POST", f"{ES}/encounters-2026/_search", JSONH, J(body), [[p.dx(), "condition"], [p.mrn, "mrn"]], ["encounters-2026"], "redact")
    # the log-search side: observability vendors get nothing
    p = nextp()
    body = {"filter": {"query": f"service:portal-api @patient.mrn:{p.mrn} @usr.email:{p.email}", "from": "now-15m", "to": "now"}, "page": {"limit": 50}}
    add(S, "POST", f"{TLOGS}/api/v2/logs/events/search", JSONH, J(body), [[p.mrn, "mrn"], [p.email, "email"]], ["service:portal-api", "now-15m"], "redact")
    p = nextp()
    kql = f'patient.name : "{p.full}" and patient.birth_date >= "{p.dobs("iso")}" and not event.outcome : "success"'
    body = {"params": {"index": "logs-portal-*", "body": {"query": {"bool": {"filter": [{"kql": kql}]}}}}, "timerange": {"from": "2026-05-04T00:00:00Z"}}
    add(S, "POST", f"{LOGC}/internal/search/ese", JSONH, J(body), [[p.full, "name"], [p.dobs("iso"), "dob"]], ["logs-portal-*"], "redact")
    # clean
    body = {"size": 0, "query": {"range": {"visit_date": {"gte": "2026-04-01", "lt": "2026-05-01"}}},
            "aggs": {"by_clinic": {"terms": {"field": "clinic.keyword", "size": 10}}, "weekly": {"date_histogram": {"field": "visit_date", "calendar_interval": "week"}}}}
    add(S, "POST", f"{ES}/encounters-2026/_search", JSONH, J(body), [], ["by_clinic", "2026-04-01"], "pass")
    add(S, "GET", f"{ES}/_cluster/health?wait_for_status=yellow&timeout=50s", {}, "", [], [], "pass")
    add(S, "GET", f"{ES}/_cat/indices/patients-*?v&h=index,docs.count,store.size&s=index", {}, "", [], [], "pass")
    body = {"query": {"bool": {"must": [{"match": {"description": "nitrile exam gloves powder-free"}}], "filter": [{"term": {"sku": "GLV-NIT-M-200"}}]}}}
    add(S, "POST", f"{ES}/supply-catalog/_search", JSONH, J(body), [], ["GLV-NIT-M-200", "nitrile exam gloves powder-free"], "pass")
    body = {"properties": {"mrn": {"type": "keyword"}, "dob": {"type": "date", "format": "yyyy-MM-dd"}, "name": {"type": "text", "analyzer": "name_icu"}}}
    add(S, "PUT", f"{ES}/patients-v4/_mapping", JSONH, J(body), [], ["name_icu"], "pass")


# ============================================================================= 5. Solr
def solr():
    S = "solr"
    p = nextp()
    d = p.dobs("isoz"); q = f"last_name:{p.last} AND dob:[{d} TO {d[:10]}T23:59:59Z]"
    add(S, "GET", f"{SOLR}/solr/patients/select?q={pct(q)}&fl=id,mrn&wt=json", {}, "", [[p.last, "name"], [d, "dob"]], ["fl=id,mrn"], "redact")
    p = nextp()
    add(S, "GET", f"{SOLR}/solr/patients/select?defType=edismax&q={plus(p.lo() + ' ' + p.phone('bare'))}&qf=name_t%5E3+phone_s&mm=2", {}, "",
        [[p.lo(), "name"], [p.phone("bare"), "phone"]], ["defType=edismax"], "redact")
    p = nextp()
    add(S, "GET", f"{SOLR}/solr/patients/select?q=*:*&fq=email_s:%22{pct(p.email)}%22&fq=zip_s:{p.zip}&rows=1", {}, "", [[p.email, "email"], [p.zip, "zip"]],
        ["rows=1"], "redact")
    p = nextp()
    body = {"query": f'name_t:"{p.full}"', "filter": [f'ssn_s:"{p.ssn}"', f'dob_dt:"{p.dobs("isoz")}"'], "limit": 5, "fields": ["id", "mrn_s"]}
    add(S, "POST", f"{SOLR}/solr/patients/query", JSONH, J(body), [[p.full, "name"], [p.ssn, "ssn"], [p.dobs("isoz"), "dob"]], ["mrn_s"], "redact")
    p = nextp()
    body = f'<delete><query>mrn_s:{p.mrn} OR email_s:"{p.email}"</query></delete>'
    add(S, "POST", f"{SOLR}/solr/patients/update?commit=true", XMLH, body, [[p.mrn, "mrn"], [p.email, "email"]], ["commit=true"], "redact")
    p = nextp()
    add(S, "GET", f"{SOLR}/solr/patients/suggest?suggest=true&suggest.dictionary=nameSuggester&suggest.q={pct(p.lo())}", {}, "", [[p.lo(), "name"]],
        ["nameSuggester"], "pass")
    p = nextp()
    add(S, "GET", f"{SOLR}/solr/patients/select?q={pct('{!term f=phone_s}' + p.phone('e164'))}&fl=id", {}, "", [[p.phone("e164"), "phone"]], [], "redact")
    p = nextp()
    body = f"q={plus('address_t:' + DQ + p.street + DQ)}&fq={plus('city_s:' + p.city)}&spellcheck.q={plus(p.street)}&rows=5"
    add(S, "POST", f"{SOLR}/solr/patients/select", FORMH, body, [[p.street, "address"]], ["spellcheck.q"], "redact")
    # clean
    add(S, "GET", f"{SOLR}/solr/patients/select?q=*:*&fq=status_s:active&facet=true&facet.field=clinic_s&rows=0", {}, "", [], ["clinic_s"], "pass")
    add(S, "GET", f"{SOLR}/solr/patients/admin/ping?wt=json", {}, "", [], [], "pass")
    add(S, "GET", f"{TSRCH}/collections/supplies/documents/search?q=GLV-NIT&query_by=sku,description&filter_by=qty_on_hand:%3C20", {}, "", [], ["GLV-NIT"], "pass")


# ============================================================================= 6. MongoDB
DAPI = {"Content-Type": "application/ejson", "api-key": alnum(64)}


def mongo():
    S = "mongo"
    base = {"dataSource": "crmg-prod", "database": "clinic", "collection": "patients"}
    p = nextp()
    body = {**base, "filter": {"lastName": p.last, "dob": {"$date": p.dobs("isoz")}}, "projection": {"mrn": 1, "firstName": 1}}
    add(S, "POST", f"{MONGO}/app/data-xq1ab/endpoint/data/v1/action/find", DAPI, J(body), [[p.last, "name"], [p.dobs("isoz"), "dob"]], ["crmg-prod"], "pass")
    p = nextp()
    body = {**base, "filter": {"phones.number": {"$in": [p.phone("e164"), p.phone("dash")]}}, "limit": 2}
    add(S, "POST", f"{MONGO}/app/data-xq1ab/endpoint/data/v1/action/find", DAPI, J(body), [[p.phone("e164"), "phone"], [p.phone("dash"), "phone"]], ["phones.number"], "redact")
    p = nextp()
    rx = "^" + re.escape(p.email) + "$"
    body = {**base, "filter": {"email": {"$regex": rx, "$options": "i"}}}
    add(S, "POST", f"{MONGO}/app/data-xq1ab/endpoint/data/v1/action/findOne", DAPI, J(body), [[re.escape(p.email), "email"]], ["$options"], "redact")
    p = nextp()
    body = {**base, "pipeline": [{"$match": {"address.zip": p.zip, "ssn": p.ssn}}, {"$project": {"_id": 0, "mrn": 1}}, {"$limit": 1}]}
    add(S, "POST", f"{MONGO}/app/data-xq1ab/endpoint/data/v1/action/aggregate", DAPI, J(body), [[p.zip, "zip"], [p.ssn, "ssn"]], ["$project"], "redact")
    p = nextp()
    body = {**base, "filter": {"mrn": p.mrn}, "update": {"$set": {"email": p.email, "phones.0.number": p.phone("dot")}, "$currentDate": {"updatedAt": True}}}
    add(S, "POST", f"{MONGO}/app/data-xq1ab/endpoint/data/v1/action/updateOne", DAPI, J(body), [[p.mrn, "mrn"], [p.email, "email"], [p.phone("dot"), "phone"]],
        ["$currentDate"], "redact")
    p = nextp()
    body = {**base, "filter": {"$or": [{"ssn": p.ssn}, {"ids.driversLicense": p.dl}]}}
    add(S, "POST", f"{MONGO}/app/data-xq1ab/endpoint/data/v1/action/find", DAPI, J(body), [[p.ssn, "ssn"], [p.dl, "drivers_license"]], ["ids.driversLicense"], "redact")
    p = nextp()
    body = {**base, "filter": {"$text": {"$search": f'"{p.full}" {p.phone("bare")}'}}, "sort": {"score": {"$meta": "textScore"}}}
    add(S, "POST", f"{MONGO}/app/data-xq1ab/endpoint/data/v1/action/find", DAPI, J(body), [[p.full, "name"], [p.phone("bare"), "phone"]], ["textScore"], "redact")
    p = nextp()
    body = {**base, "collection": "encounters", "pipeline": [{"$match": {"patientMrn": p.mrn, "dx.code": {"$in": [p.icd()]}}}, {"$sort": {"start": -1}}]}
    add(S, "POST", f"{MONGO}/app/data-xq1ab/endpoint/data/v1/action/aggregate", DAPI, J(body), [[p.mrn, "mrn"], [p.icd(), "icd10"]], ["encounters"], "redact")
    p = nextp()
    line = (f'{{"t":{{"$date":"{ts(3)}"}},"s":"I","c":"COMMAND","id":51803,"ctx":"conn2231","msg":"Slow query","attr":{{"type":"command",'
            f'"ns":"clinic.patients","command":{{"find":"patients","filter":{{"email":"{p.email}","dob":{{"$date":"{p.dobs("isoms")}"}}}},'
            f'"limit":1}},"planSummary":"COLLSCAN","docsExamined":48213,"durationMillis":412}}}}')
    add(S, "POST", f"{TLOGS}/api/v2/logs", {**JSONH, "DD-API-KEY": hexs(32)}, J([{"message": line, "ddsource": "mongodb", "service": "clinic-db"}]),
        [[p.email, "email"], [p.dobs("isoms"), "dob"]], ["COLLSCAN", "clinic-db"], "redact")
    p = nextp()
    shell = f'db.patients.find({{ lastName: "{p.last}", "address.line1": "{p.street}" }}).explain("executionStats")'
    body = {"message": "profiler: slow op", "shell": shell, "host": "mongo-2.crmg.internal", "ms": 388}
    add(S, "POST", f"{LOGC}/v1/input/{uuid()}", JSONH, J(body), [[p.last, "name"], [p.street, "address"]], ["executionStats", "mongo-2.crmg.internal"], "redact")
    # clean
    body = {**base, "collection": "appointments", "filter": {"status": "no_show", "createdAt": {"$gte": {"$date": "2026-01-01T00:00:00Z"}}}, "limit": 50}
    add(S, "POST", f"{MONGO}/app/data-xq1ab/endpoint/data/v1/action/find", DAPI, J(body), [], ["no_show", "2026-01-01T00:00:00Z"], "pass")
    body = {**base, "collection": "appointments", "pipeline": [{"$match": {"start": {"$gte": {"$date": "2026-04-01T00:00:00Z"}}}},
                                                                {"$group": {"_id": "$clinicId", "visits": {"$sum": 1}}}, {"$sort": {"visits": -1}}]}
    add(S, "POST", f"{MONGO}/app/data-xq1ab/endpoint/data/v1/action/aggregate", DAPI, J(body), [], ["$clinicId"], "pass")
    body = {**base, "collection": "inventory", "filter": {"sku": {"$regex": "^GLV-"}, "qty": {"$lt": 20}}}
    add(S, "POST", f"{MONGO}/app/data-xq1ab/endpoint/data/v1/action/find", DAPI, J(body), [], ["^GLV-"], "pass")


# ============================================================================= 7. SQL over HTTP
def sql_http():
    S = "sql_http"
    H = {**JSONH, "Neon-Connection-String": "postgresql://app@ep-cool-" + alnum(6).lower() + ".pgedge-http.example/clinic"}
    p = nextp()
    body = {"query": "SELECT id, mrn FROM patients WHERE last_name = $1 AND dob = $2", "params": [p.last, p.dobs("iso")]}
    add(S, "POST", f"{SQLH}/sql", H, J(body), [[p.last, "name"], [p.dobs("iso"), "dob"]], ["last_name = $1"], "pass")
    p = nextp()
    body = {"query": "SELECT id FROM patients WHERE last_name = $1 AND (home_phone = $2 OR cell_phone = $2)", "params": [p.last, p.phone("paren")],
            "arrayMode": True}
    add(S, "POST", f"{SQLH}/sql", H, J(body), [[p.last, "name"], [p.phone("paren"), "phone"]], ["arrayMode"], "redact")
    p = nextp()
    body = {"requests": [{"type": "execute", "stmt": {"sql": "SELECT * FROM patients WHERE email = ?", "args": [{"type": "text", "value": p.email}]}},
                         {"type": "close"}]}
    add(S, "POST", f"{LIBSQL}/v2/pipeline", {**JSONH, **AUTH}, J(body), [[p.email, "email"]], ["execute"], "redact")
    p = nextp()
    body = {"requests": [{"type": "execute", "stmt": {"sql": "SELECT mrn FROM patients WHERE ssn = :ssn AND zip = :zip",
                                                      "named_args": [{"name": ":ssn", "value": {"type": "text", "value": p.ssn}},
                                                                     {"name": ":zip", "value": {"type": "text", "value": p.zip}}]}}]}
    add(S, "POST", f"{LIBSQL}/v2/pipeline", {**JSONH, **AUTH}, J(body), [[p.ssn, "ssn"], [p.zip, "zip"]], ["named_args"], "redact")
    p = nextp()
    body = {"sql": "UPDATE patients SET phone = ?1, address_line1 = ?2, updated_at = ?3 WHERE mrn = ?4", "params": [p.phone("dash"), p.street, ts(4), p.mrn]}
    add(S, "POST", f"{SQLH}/client/v4/accounts/{hexs(32)}/d1/database/{uuid()}/query", {**JSONH, **AUTH}, J(body),
        [[p.phone("dash"), "phone"], [p.street, "address"], [p.mrn, "mrn"]], ["address_line1"], "redact")
    p = nextp()
    body = {"query": f"SELECT * FROM patients WHERE last_name = '{p.last}' AND zip = '{p.zip}' AND dob = '{p.dobs('iso')}'"}
    add(S, "POST", f"{SQLH}/sql", H, J(body), [[p.last, "name"], [p.zip, "zip"], [p.dobs("iso"), "dob"]], [], "redact")
    p, q2 = nextp(), nextp()
    body = {"query": "SELECT mrn, first_name FROM patients WHERE mrn = ANY($1) AND email_verified", "params": [[p.mrn, q2.mrn]],
            "note": f"requested by billing for {q2.email}"}
    add(S, "POST", f"{SQLH}/sql", H, J(body), [[p.mrn, "mrn"], [q2.mrn, "mrn"], [q2.email, "email"]], ["email_verified"], "redact")
    p = nextp()
    sql = f"select mrn, last_name from patients where email = :p0 and cell_phone = :p1"
    add(S, "GET", f"{DSET}/clinic.json?sql={plus(sql)}&p0={pct(p.email)}&p1={pct(p.phone('bare'))}&_shape=array", {}, "",
        [[p.email, "email"], [p.phone("bare"), "phone"]], ["_shape=array"], "redact")
    p = nextp()
    sql = f"SELECT * FROM claims WHERE member_id = '{p.mbr}' AND service_date = '{p.ad('iso')}'"
    add(S, "GET", f"{DSET}/billing?sql={pct(sql)}", {"User-Agent": UA}, "", [[p.mbr, "member_id"], [p.ad("iso"), "date"]], ["billing"], "redact")
    # clean
    body = {"query": "SELECT clinic_id, count(*) FROM appointments WHERE status = 'no_show' AND starts_at >= '2026-04-01' GROUP BY 1 ORDER BY 2 DESC"}
    add(S, "POST", f"{SQLH}/sql", H, J(body), [], ["no_show", "2026-04-01"], "pass")
    body = {"query": "SELECT sku, qty FROM inventory WHERE qty < $1 AND sku LIKE $2", "params": [20, "GLV-%"]}
    add(S, "POST", f"{SQLH}/sql", H, J(body), [], ["GLV-%"], "pass")
    body = {"requests": [{"type": "execute", "stmt": {"sql": "SELECT 1"}}, {"type": "close"}]}
    add(S, "POST", f"{LIBSQL}/v2/pipeline", {**JSONH, **AUTH}, J(body), [], ["SELECT 1"], "pass")
    body = {"query": "EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM orders WHERE order_id = $1", "params": ["ORD-2026-048812"]}
    add(S, "POST", f"{SQLH}/sql", H, J(body), [], ["ORD-2026-048812"], "pass")


# ============================================================================= 8. GraphQL with inline arguments
def graphql():
    S = "graphql_inline"
    p = nextp()
    add(S, "POST", f"{GRAPH}/graphql", {**JSONH, **AUTH}, J({"query": f'{{ patient(mrn: "{p.mrn}") {{ id careTeam {{ name role }} }} }}'}),
        [[p.mrn, "mrn"]], ["careTeam"], "pass")
    p = nextp()
    q = f'query {{ searchPatients(lastName: "{p.last}", firstName: "{p.first}", dob: "{p.dobs("iso")}", phone: "{p.phone("dash")}") {{ id mrn }} }}'
    add(S, "POST", f"{GRAPH}/graphql", {**JSONH, **AUTH}, J({"query": q, "operationName": None}),
        NM(p) + [[p.dobs("iso"), "dob"], [p.phone("dash"), "phone"]], ["searchPatients"], "redact")
    p = nextp()
    q = (f'mutation {{ updateContact(patientId: "pt_{alnum(12)}", email: "{p.email}", address: {{line1: "{p.street}", city: "{p.city}", '
         f'state: WA, zip: "{p.zip}"}}) {{ ok errors {{ field message }} }} }}')
    add(S, "POST", f"{GRAPH}/graphql", {**JSONH, **AUTH}, J({"query": q}), [[p.email, "email"], [p.street, "address"], [p.zip, "zip"]], ["updateContact"], "redact")
    p = nextp()
    q = f'{{patient(ssn:"{p.ssn}"){{id mrn}}}}'
    add(S, "GET", f"{GRAPH}/graphql?query={pct(q)}", AUTH, "", [[p.ssn, "ssn"]], [], "redact")
    p = nextp()
    q = f'{{ a: patientByEmail(email: "{p.email}") {{ id }} b: patientByPhone(phone: "{p.phone("e164")}") {{ id }} }}'
    add(S, "POST", f"{GRAPH}/graphql", {**JSONH, **AUTH}, J({"query": q}), [[p.email, "email"], [p.phone("e164"), "phone"]], ["patientByPhone"], "redact")
    p, q2 = nextp(), nextp()
    batch = [{"query": f'{{ coverage(memberId: "{p.mbr}", payer: "{p.payer}") {{ active planName }} }}'},
             {"query": f'{{ patient(mrn: "{q2.mrn}") {{ name dob }} }}'}]
    add(S, "POST", f"{GRAPH}/graphql/batch", {**JSONH, **AUTH}, J(batch), [[p.mbr, "member_id"], [q2.mrn, "mrn"]], ["planName"], "redact")
    p = nextp()
    q = f'mutation {{ addCareNote(mrn: "{p.mrn}", text: """Discussed {p.dx()}; pt prefers calls at {p.phone("paren")}.""") {{ id }} }}'
    add(S, "POST", f"{GRAPH}/graphql", {**JSONH, **AUTH}, J({"query": q}), [[p.mrn, "mrn"], [p.dx(), "condition"], [p.phone("paren"), "phone"]],
        ["addCareNote"], "redact")
    p = nextp()
    q = f'query PatientHeader {{ patient(mrn: "{p.mrn}") {{ name }} appointments(patientName: "{p.full}", on: "{p.ad("iso")}") {{ id }} }}'
    trace = {"operationName": "PatientHeader", "query": q, "durationNs": 18230455, "client": {"name": "chart-web", "version": "7.3.1"}}
    add(S, "POST", f"{OTLP}/api/graphql/traces", JSONH, J(trace), [[p.mrn, "mrn"], [p.full, "name"], [p.ad("iso"), "date"]], ["chart-web", "7.3.1"], "redact")
    # clean
    intro = "query IntrospectionQuery { __schema { queryType { name } types { kind name fields(includeDeprecated: true) { name } } } }"
    add(S, "POST", f"{GRAPH}/graphql", {**JSONH, **AUTH}, J({"query": intro, "operationName": "IntrospectionQuery"}), [], ["IntrospectionQuery"], "pass")
    q = '{ appointments(status: CONFIRMED, startsAfter: "2026-05-01T00:00:00Z", first: 20) { edges { node { id startsAt visitType } } pageInfo { endCursor } } }'
    add(S, "POST", f"{GRAPH}/graphql", {**JSONH, **AUTH}, J({"query": q}), [], ["CONFIRMED", "2026-05-01T00:00:00Z"], "pass")
    q = f'{{ clinic(npi: "{GROUP_NPI}") {{ name phone address {{ line1 zip }} }} }}'
    add(S, "GET", f"{GRAPH}/graphql?query={pct(q)}", AUTH, "", [], [GROUP_NPI], "pass")
    q = '{ order(id: "ORD-2026-048812") { status total currency lineItems { sku qty } } }'
    add(S, "POST", f"{GRAPH}/graphql", {**JSONH, **AUTH}, J({"query": q}), [], ["ORD-2026-048812"], "pass")


# ============================================================================= 9. Redis over HTTP
def redis_http():
    S = "redis_http"
    H = {**JSONH, "Authorization": "Bearer " + alnum(44)}
    G = {"Authorization": H["Authorization"]}
    p = nextp()
    add(S, "POST", f"{CACHE}/", H, J(["HGETALL", f"patient:{p.mrn}"]), [[p.mrn, "mrn"]], ["HGETALL"], "redact")
    p = nextp()
    add(S, "GET", f"{CACHE}/hgetall/patient:{p.mrn}", G, "", [[p.mrn, "mrn"]], ["hgetall"], "redact")
    p = nextp()
    cmds = [["HSET", f"pt:{p.mrn}", "name", p.full, "dob", p.dobs("iso"), "phone", p.phone("bare")], ["EXPIRE", f"pt:{p.mrn}", "3600"]]
    add(S, "POST", f"{CACHE}/pipeline", H, J(cmds), [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("iso"), "dob"], [p.phone("bare"), "phone"]], ["EXPIRE"], "redact")
    p = nextp()
    add(S, "GET", f"{CACHE}/set/lookup:email:{p.email}/{p.mrn}?EX=900", G, "", [[p.email, "email"], [p.mrn, "mrn"]], ["EX=900"], "redact")
    p = nextp()
    add(S, "POST", f"{CACHE}/", {**TEXTH, "Authorization": "Bearer " + alnum(44)}, f"SET otp:{p.phone('e164')} {R.randint(100000, 999999)} EX 300\r\n",
        [[p.phone("e164"), "phone"]], ["EX 300"], "redact")
    p = nextp()
    add(S, "POST", f"{CACHE}/", H, J(["ZADD", "waitlist:derm", str(1777900000 + R.randint(0, 99999)), f"{p.last}, {p.first}|{p.phone('dash')}"]),
        NM(p) + [[p.phone("dash"), "phone"]], ["waitlist:derm"], "redact")
    p = nextp()
    add(S, "POST", f"{CACHE}/", H, J(["SCAN", "0", "MATCH", f"ssn:{p.ssn}*", "COUNT", "1000"]), [[p.ssn, "ssn"]], ["MATCH"], "redact")
    p = nextp()
    doc = J({"email": p.email, "zip": p.zip, "lastVisit": p.ad("iso")}, compact=True)
    add(S, "POST", f"{CACHE}/multi-exec", H, J([["JSON.SET", f"portal:{uuid()}", "$", doc], ["SADD", f"by-zip:{p.zip}", f"{p.mrn}"]]),
        [[p.email, "email"], [p.zip, "zip"], [p.ad("iso"), "date"], [p.mrn, "mrn"]], ["JSON.SET"], "redact")
    # clean
    add(S, "POST", f"{CACHE}/", H, J(["GET", "feature:rollout:portal-v2"]), [], ["feature:rollout:portal-v2"], "pass")
    add(S, "POST", f"{CACHE}/pipeline", H, J([["INCR", "ratelimit:api:2026-05-04T10"], ["EXPIRE", "ratelimit:api:2026-05-04T10", "3600"]]), [], ["INCR"], "pass")
    add(S, "GET", f"{CACHE}/ping", G, "", [], [], "pass")
    add(S, "GET", f"{CACHE}/ttl/session:{hexs(32)}", G, "", [], [], "pass")
    add(S, "POST", f"{CACHE}/", H, J(["HGET", "order:ORD-2026-048812", "status"]), [], ["order:ORD-2026-048812"], "pass")


# ============================================================================= 10. autocomplete / typeahead / search insights
def typeahead():
    S = "typeahead"
    p = nextp()
    add(S, "GET", f"{TSRCH}/v1/autocomplete?q={plus(p.lo())}&index=patients&limit=8", AUTH, "", [[p.lo(), "name"]], ["limit=8"], "pass")
    p = nextp()
    add(S, "GET", f"{TSRCH}/v1/autocomplete?q={p.phone('dash')}&field=phone&limit=8", AUTH, "", [[p.phone("dash"), "phone"]], ["field=phone"], "redact")
    p = nextp()
    add(S, "GET", f"{TSRCH}/v1/typeahead?term={pct(p.dobs('us'))}&scope=dob", AUTH, "", [[p.dobs("us"), "dob"]], ["scope=dob"], "redact")
    p = nextp()
    typed = f"{p.last} {p.first}"
    evs = [{"event": "search_typed", "field": "patient-search", "q": typed[:k], "ts": ts(5)} for k in (2, 4, 6, len(p.last), len(typed))]
    evs.append({"event": "search_submitted", "field": "patient-search", "q": typed, "results": 1})
    add(S, "POST", f"{TYPEA}/v2/batch", NDH, ND(evs), NM(p), ["search_submitted", "patient-search"], "redact")
    p = nextp()
    body = {"events": [{"eventType": "click", "eventName": "Patient Selected", "index": "patients", "queryID": hexs(32), "objectIDs": [f"pt_{p.mrn}"],
                        "positions": [1], "userToken": "staff-" + hexs(8), "timestamp": 1777886000000}], "query": f"{p.lo()} {p.dobs('usn')}"}
    add(S, "POST", f"{SPULSE}/1/events", JSONH, J(body), [[p.mrn, "mrn"], [p.lo(), "name"], [p.dobs("usn"), "dob"]], ["Patient Selected"], "redact")
    p = nextp()
    add(S, "GET", f"{FUNNEL}/collect?ev=search&src=front-desk&q={pct('ssn:' + p.ssn)}&n=0", {"User-Agent": UA}, "", [[p.ssn, "ssn"]], ["front-desk"], "redact")
    p = nextp()
    body = {"event": "Search No Results", "properties": {"query": p.lo(), "surface": "patient-picker", "ms": 212}, "anonymousId": uuid()}
    add(S, "POST", f"{FUNNEL}/v1/track", JSONH, J(body), [[p.lo(), "name"]], ["Search No Results", "patient-picker"], "redact")
    p = nextp()
    add(S, "GET", f"{TYPEA}/t.gif?e=ta&term={pct(p.email)}&sel=0&len={len(p.email)}", {"User-Agent": UA}, "", [[p.email, "email"]], ["e=ta"], "redact")
    p = nextp()
    body = {"queries": [{"indexName": "patients", "params": f"query={pct(p.full)}&hitsPerPage=5&filters={pct('zip:' + p.zip)}"}]}
    add(S, "POST", f"{TSRCH}/1/indexes/*/queries", JSONH, J(body), [[p.full, "name"], [p.zip, "zip"]], ["hitsPerPage=5"], "redact")
    # clean
    add(S, "GET", f"{TSRCH}/v1/autocomplete?q=flu+shot+hours&index=help-articles", AUTH, "", [], ["flu+shot+hours"], "pass")
    add(S, "GET", f"{TYPEA}/t.gif?e=ta&term=GLV-NIT&sel=2&len=7", {"User-Agent": UA}, "", [], ["GLV-NIT"], "pass")
    body = {"event": "Search Submitted", "properties": {"query": "urgent care hours tacoma", "surface": "public-site", "results": 4}, "anonymousId": uuid()}
    add(S, "POST", f"{FUNNEL}/v1/track", JSONH, J(body), [], ["urgent care hours tacoma"], "pass")
    add(S, "GET", f"{TSRCH}/v1/codes/autocomplete?system=icd10&q=type+2+diab&limit=10", AUTH, "", [], ["system=icd10"], "pass")


# ============================================================================= 11. APM spans
def apm():
    S = "apm_spans"
    p = nextp()
    tid, sid = R.getrandbits(63), R.getrandbits(63)
    spans = [[{"trace_id": tid, "span_id": sid, "parent_id": 0, "name": "postgresql.query", "service": "portal-api", "resource": "SELECT * FROM patients WHERE ssn = ?",
               "type": "sql", "start": epoch_ns(1), "duration": 4_812_331, "meta": {"db.statement": f"SELECT * FROM patients WHERE ssn = '{p.ssn}'",
                                                                                   "db.system": "postgresql", "env": "prod"}, "metrics": {"_sampling_priority_v1": 1}}]]
    add(S, "PUT", f"{TRACE}/v0.4/traces", {**JSONH, "Datadog-Meta-Lang": "python", "X-Datadog-Trace-Count": "1"}, J(spans), [[p.ssn, "ssn"]],
        ["postgresql.query", "portal-api"], "redact")
    p = nextp()
    url = f"https://api.{SITE}/v2/patients?last_name={pct(p.last)}&dob={p.dobs('iso')}"
    span = {"traceId": hexs(32), "spanId": hexs(16), "name": "GET /v2/patients", "kind": 3, "startTimeUnixNano": str(epoch_ns(2)),
            "endTimeUnixNano": str(epoch_ns(2) + 9_000_000), "attributes": [{"key": "url.full", "value": {"stringValue": url}},
                                                                           {"key": "http.response.status_code", "value": {"intValue": "200"}}]}
    body = {"resourceSpans": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "front-desk-bff"}}]},
                               "scopeSpans": [{"scope": {"name": "@opentelemetry/instrumentation-http"}, "spans": [span]}]}]}
    add(S, "POST", f"{OTLP}/v1/traces", JSONH, J(body), [[p.last, "name"], [p.dobs("iso"), "dob"]], ["front-desk-bff"], "redact")
    p = nextp()
    f = f"Email eq '{p.email}'"
    meta = {"http.url": f"https://odata.chartbridge-ehr.example/api/v4/Patients?$filter={pct(f)}", "http.method": "GET", "component": "requests"}
    spans = [[{"trace_id": R.getrandbits(63), "span_id": R.getrandbits(63), "name": "requests.request", "service": "ehr-sync", "resource": "GET /api/v4/Patients",
               "start": epoch_ns(3), "duration": 120_000_000, "meta": meta}]]
    add(S, "PUT", f"{TRACE}/v0.4/traces", JSONH, J(spans), [[p.email, "email"]], ["ehr-sync"], "redact")
    p = nextp()
    span = {"traceId": hexs(32), "spanId": hexs(16), "name": "HGETALL", "kind": 3, "attributes": [
        {"key": "db.system", "value": {"stringValue": "redis"}}, {"key": "db.statement", "value": {"stringValue": f"HGETALL patient:{p.mrn}"}}]}
    body = {"resourceSpans": [{"resource": {"attributes": []}, "scopeSpans": [{"spans": [span]}]}]}
    add(S, "POST", f"{OTLP}/v1/traces", JSONH, J(body), [[p.mrn, "mrn"]], ["HGETALL"], "redact")
    p = nextp()
    spans = [[{"trace_id": R.getrandbits(63), "span_id": R.getrandbits(63), "name": "express.request", "service": "portal-api",
               "resource": f"GET /patients/by-phone/{p.phone('bare')}", "start": epoch_ns(4), "duration": 3_000_000,
               "meta": {"http.route": "/patients/by-phone/:phone", "http.status_code": "404"}}]]
    add(S, "PUT", f"{TRACE}/v0.4/traces", JSONH, J(spans), [[p.phone("bare"), "phone"]], ["/patients/by-phone/:phone"], "redact")
    p, q2 = nextp(), nextp()
    stmt = f"SELECT id FROM patients WHERE mrn IN ('{p.mrn}', '{q2.mrn}') AND last_name ILIKE '{q2.last}'"
    span = {"traceId": hexs(32), "spanId": hexs(16), "name": "pg.query:SELECT clinic", "kind": 3, "attributes": [
        {"key": "db.statement", "value": {"stringValue": stmt}}, {"key": "db.name", "value": {"stringValue": "clinic"}}],
            "events": [{"name": "exception", "attributes": [{"key": "exception.message", "value": {"stringValue": f"duplicate key value violates unique constraint \"patients_email_key\" Key (email)=({p.email}) already exists."}}]}]}
    body = {"resourceSpans": [{"resource": {"attributes": []}, "scopeSpans": [{"spans": [span]}]}]}
    add(S, "POST", f"{OTLP}/v1/traces", JSONH, J(body), [[p.mrn, "mrn"], [q2.mrn, "mrn"], [q2.last, "name"], [p.email, "email"]], ["patients_email_key"], "redact")
    p = nextp()
    span = {"traceId": hexs(32), "spanId": hexs(16), "name": "POST", "kind": 3, "attributes": [
        {"key": "url.query", "value": {"stringValue": f"member_id={p.mbr}&dos={p.ad('iso')}"}},
        {"key": "server.address", "value": {"stringValue": "eligibility.clearinghouse.example"}}]}
    body = {"resourceSpans": [{"resource": {"attributes": []}, "scopeSpans": [{"spans": [span]}]}]}
    add(S, "POST", f"{OTLP}/v1/traces", JSONH, J(body), [[p.mbr, "member_id"], [p.ad("iso"), "date"]], ["eligibility.clearinghouse.example"], "redact")
    # clean
    spans = [[{"trace_id": R.getrandbits(63), "span_id": R.getrandbits(63), "name": "postgresql.query", "service": "portal-api",
               "resource": "SELECT * FROM appointments WHERE id = ?", "start": epoch_ns(5), "duration": 1_203_114,
               "meta": {"db.statement": "SELECT * FROM appointments WHERE id = ? AND status = ?", "http.url": f"https://api.{SITE}/v2/orders/ORD-2026-048812?include=items"}}]]
    add(S, "PUT", f"{TRACE}/v0.4/traces", JSONH, J(spans), [], ["ORD-2026-048812", "include=items"], "pass")
    span = {"traceId": hexs(32), "spanId": hexs(16), "name": "GET /healthz", "kind": 2, "attributes": [
        {"key": "http.route", "value": {"stringValue": "/healthz"}}, {"key": "http.response.status_code", "value": {"intValue": "200"}},
        {"key": "service.version", "value": {"stringValue": "7.3.1"}}]}
    add(S, "POST", f"{OTLP}/v1/traces", JSONH, J({"resourceSpans": [{"resource": {"attributes": []}, "scopeSpans": [{"spans": [span]}]}]}), [], ["/healthz"], "pass")


# ============================================================================= 12. error trackers: stack frames with local variables (block)
def error_frames():
    S = "error_frames"
    p = nextp()
    ev = {"event_id": hexs(32), "platform": "python", "level": "error", "exception": {"values": [{"type": "IntegrityError", "value": "duplicate key",
          "stacktrace": {"frames": [{"filename": "clinic/patients/services.py", "function": "merge_duplicates", "lineno": 212,
                                     "vars": {"patient_name": f"'{p.full}'", "dob": p.dobs("pyd"), "candidate_ids": "[8812, 9120]"}}]}}]}}
    add(S, "POST", f"{BUGC}/api/4507/store/", {**JSONH, "X-Sentry-Auth": f"Sentry sentry_key={hexs(32)}, sentry_version=7"}, J(ev),
        [[p.full, "name"], [p.dobs("pyd"), "dob"]], [], "block")
    p = nextp()
    ev = {"event_id": hexs(32), "platform": "python", "exception": {"values": [{"type": "DoesNotExist", "stacktrace": {"frames": [
          {"function": "lookup", "vars": {"filters": f"{{'email__iexact': '{p.email}', 'is_active': True}}", "self": "<PatientQuerySet>"}}]}}]}}
    add(S, "POST", f"{BUGC}/api/4507/store/", JSONH, J(ev), [[p.email, "email"]], [], "block")
    p = nextp()
    ev = {"platform": "node", "exception": {"values": [{"type": "TypeError", "value": "Cannot read properties of undefined (reading 'id')",
          "stacktrace": {"frames": [{"function": "searchHandler", "filename": "/app/dist/routes/search.js", "vars": {
              "req.query": {"last_name": p.last, "ssn": p.ssn}, "limit": 10}}]}}]}}
    add(S, "POST", f"{BUGC}/api/4507/store/", JSONH, J(ev), [[p.last, "name"], [p.ssn, "ssn"]], [], "block")
    p = nextp()
    ev = {"exception": {"class": "java.lang.IllegalStateException", "frames": [{"method": "PatientMatcher.match", "line": 88, "locals": {
          "this.patient": f"Patient{{mrn={p.mrn}, phone={p.phone('paren')}, zip={p.zip}}}", "threshold": "0.92"}}]}, "release": "ehr-sync@4.1.0"}
    add(S, "POST", f"{CRASH}/v1/events", JSONH, J(ev), [[p.mrn, "mrn"], [p.phone("paren"), "phone"], [p.zip, "zip"]], [], "block")
    p = nextp()
    msg = f"PG::UniqueViolation on INSERT INTO patients (last_name, address_line1, zip) VALUES ('{p.last}', '{p.street}', '{p.zip}')"
    ev = {"message": msg, "level": "error", "logger": "activerecord", "environment": "production"}
    add(S, "POST", f"{CRASH}/v1/events", JSONH, J(ev), [[p.last, "name"], [p.street, "address"], [p.zip, "zip"]], [], "block")
    p = nextp()
    ev = {"exception": {"values": [{"type": "GraphQLError", "value": f'Variable-free query failed: {{ patient(mrn: "{p.mrn}") {{ dob }} }}'}]},
          "breadcrumbs": {"values": [{"category": "http", "data": {"url": f"/api/patients?email={pct(p.email)}", "status_code": 500}}]}}
    add(S, "POST", f"{BUGC}/api/4507/store/", JSONH, J(ev), [[p.mrn, "mrn"], [p.email, "email"]], [], "block")
    # clean
    ev = {"event_id": hexs(32), "platform": "python", "level": "warning", "exception": {"values": [{"type": "TimeoutError", "stacktrace": {"frames": [
          {"function": "sync_orders", "vars": {"order_id": "'ORD-2026-048812'", "retries": "3", "backoff_s": "1.5"}}]}}]}}
    add(S, "POST", f"{BUGC}/api/4507/store/", JSONH, J(ev), [], ["ORD-2026-048812"], "pass")
    ev = {"message": "upstream 502 from /api/v2/appointments?status=confirmed&from=2026-05-01", "level": "error", "release": "portal@7.3.1",
          "breadcrumbs": [{"category": "navigation", "data": {"from": "/dashboard", "to": "/schedule"}}]}
    add(S, "POST", f"{CRASH}/v1/events", JSONH, J(ev), [], ["portal@7.3.1"], "pass")


# ============================================================================= 13. ORM debug logs
def orm_logs():
    S = "orm_logs"
    def shipped(msgs, svc):
        return J([{"message": m, "service": svc, "ddsource": "nodejs", "status": "debug"} for m in msgs])
    DDH = {**JSONH, "DD-API-KEY": hexs(32)}
    p = nextp()
    msgs = ['prisma:query SELECT "public"."Patient"."id", "public"."Patient"."mrn" FROM "public"."Patient" WHERE "public"."Patient"."email" = $1 LIMIT $2 OFFSET $3',
            f'prisma:query params: ["{p.email}",1,0]', "prisma:query duration: 3ms"]
    add(S, "POST", f"{TLOGS}/api/v2/logs", DDH, shipped(msgs, "portal-api"), [[p.email, "email"]], ["prisma:query"], "redact")
    p = nextp()
    m = (f'query: SELECT "p"."id" AS "p_id" FROM "patient" "p" WHERE "p"."last_name" = $1 AND "p"."date_of_birth" = $2 '
         f'-- PARAMETERS: ["{p.last}","{p.dobs("iso")}"]')
    add(S, "POST", f"{TLOGS}/api/v2/logs", DDH, shipped([m], "scheduler"), [[p.last, "name"], [p.dobs("iso"), "dob"]], ["PARAMETERS"], "redact")
    p = nextp()
    m = (f'  Patient Load (0.6ms)  SELECT "patients".* FROM "patients" WHERE "patients"."ssn" = $1 LIMIT $2  [["ssn", "{p.ssn}"], ["LIMIT", 1]]\n'
         f'  \u21b3 app/controllers/admin/patients_controller.rb:41:in `show\'')
    add(S, "POST", f"{LOGC}/v1/input/{uuid()}", TEXTH, m, [[p.ssn, "ssn"]], ["Patient Load"], "redact")
    p = nextp()
    m = (f'(0.002) SELECT "core_patient"."id", "core_patient"."mrn" FROM "core_patient" WHERE "core_patient"."cell_phone" = \'{p.phone("bare")}\' '
         f"LIMIT 21; args=('{p.phone('bare')}',); alias=default")
    add(S, "POST", f"{LOGC}/v1/input/{uuid()}", TEXTH, m, [[p.phone("bare"), "phone"]], ["alias=default"], "redact")
    p = nextp()
    m = (f"2026-05-04 09:41:17.214 TRACE 1 --- [nio-8080-exec-3] org.hibernate.orm.jdbc.bind : binding parameter (1:VARCHAR) <- [{p.last}]\n"
         f"2026-05-04 09:41:17.214 TRACE 1 --- [nio-8080-exec-3] org.hibernate.orm.jdbc.bind : binding parameter (2:DATE) <- [{p.dobs('iso')}]\n"
         f"2026-05-04 09:41:17.215 TRACE 1 --- [nio-8080-exec-3] org.hibernate.orm.jdbc.bind : binding parameter (3:VARCHAR) <- [{p.email}]\n")
    add(S, "POST", f"{LOGC}/v1/input/{uuid()}", TEXTH, m, [[p.last, "name"], [p.dobs("iso"), "dob"], [p.email, "email"]], ["org.hibernate.orm.jdbc.bind"], "redact")
    p = nextp()
    m = (f"INFO sqlalchemy.engine.Engine SELECT patients.id FROM patients WHERE patients.first_name = %(first_name_1)s AND patients.last_name = "
         f"%(last_name_1)s AND patients.zip = %(zip_1)s\nINFO sqlalchemy.engine.Engine [cached since 12.31s ago] "
         f"{{'first_name_1': '{p.first}', 'last_name_1': '{p.last}', 'zip_1': '{p.zip}'}}")
    add(S, "POST", f"{LOGC}/v1/input/{uuid()}", TEXTH, m, NM(p) + [[p.zip, "zip"]], ["sqlalchemy.engine.Engine"], "redact")
    p = nextp()
    m = f"Executing (default): SELECT \"id\", \"mrn\" FROM \"Patients\" AS \"Patient\" WHERE \"Patient\".\"email\" = '{p.email}' AND \"Patient\".\"deletedAt\" IS NULL;"
    add(S, "POST", f"{TLOGS}/api/v2/logs", DDH, shipped([m], "billing-worker"), [[p.email, "email"]], ["billing-worker"], "redact")
    p = nextp()
    m = (f'[debug] QUERY OK source="patients" db=1.2ms idle=402.7ms\nSELECT p0."id", p0."mrn" FROM "patients" AS p0 WHERE (p0."mrn" = $1) '
         f'["{p.mrn}"]\n\u21b3 Clinic.Patients.get_by_mrn/1, at: lib/clinic/patients.ex:58')
    add(S, "POST", f"{LOGC}/v1/input/{uuid()}", TEXTH, m, [[p.mrn, "mrn"]], ["QUERY OK"], "redact")
    p = nextp()
    m = (f"2026/05/04 09:52:03 /app/internal/repo/patient.go:77\n[3.214ms] [rows:1] SELECT * FROM \"patients\" WHERE address_line1 = '{p.street}' "
         f"AND zip = '{p.zip}' AND \"patients\".\"deleted_at\" IS NULL")
    add(S, "POST", f"{LOGC}/v1/input/{uuid()}", TEXTH, m, [[p.street, "address"], [p.zip, "zip"]], ["[rows:1]"], "redact")
    p = nextp()
    m = (f"info: Microsoft.EntityFrameworkCore.Database.Command[20101]\n      Executed DbCommand (4ms) [Parameters=[@__email_0='{p.email}' (Size = 256), "
         f"@__dob_1='{p.dobs('java')}' (Nullable = true)], CommandType='Text', CommandTimeout='30']\n      SELECT TOP(1) [p].[Id] FROM [Patients] AS [p] "
         f"WHERE [p].[Email] = @__email_0 AND [p].[DateOfBirth] = @__dob_1")
    add(S, "POST", f"{TLOGS}/api/v2/logs", DDH, shipped([m], "intake-svc"), [[p.email, "email"], [p.dobs("java"), "dob"]], ["Executed DbCommand"], "redact")
    p = nextp()
    m = (f"{{ method: 'select', options: {{}}, timeout: false, cancelOnTimeout: false, bindings: [ '{p.last}', '{p.phone('dash')}', 1 ], "
         f"__knexQueryUid: '{alnum(21)}', sql: 'select \"id\" from \"patients\" where \"last_name\" = ? and \"phone\" = ? limit ?' }}")
    add(S, "POST", f"{TLOGS}/api/v2/logs", DDH, shipped([m], "sms-worker"), [[p.last, "name"], [p.phone("dash"), "phone"]], ["__knexQueryUid"], "redact")
    # clean
    m = ('  Appointment Load (0.4ms)  SELECT "appointments".* FROM "appointments" WHERE "appointments"."status" = $1 AND "appointments"."starts_at" >= $2 '
         'LIMIT $3  [["status", "confirmed"], ["starts_at", "2026-05-01 00:00:00"], ["LIMIT", 100]]')
    add(S, "POST", f"{LOGC}/v1/input/{uuid()}", TEXTH, m, [], ["Appointment Load", "2026-05-01 00:00:00"], "pass")
    m = ("== 20260412093015 AddIndexToOrdersSku: migrating ==========================\n-- add_index(:orders, :sku)\n   -> 0.0123s\n"
         "== 20260412093015 AddIndexToOrdersSku: migrated (0.0124s) =================\n")
    add(S, "POST", f"{LOGC}/v1/input/{uuid()}", TEXTH, m, [], ["AddIndexToOrdersSku"], "pass")
    msgs = ['prisma:query SELECT COUNT(*) FROM "public"."Order" WHERE "public"."Order"."status" = $1', 'prisma:query params: ["shipped"]']
    add(S, "POST", f"{TLOGS}/api/v2/logs", DDH, shipped(msgs, "orders-api"), [], ["shipped", "orders-api"], "pass")


# ============================================================================= 14. commands pasted into tickets
def tickets():
    S = "ticket_commands"
    TH = {**JSONH, **AUTH}
    p = nextp()
    desc = (f"Front desk says search returns nothing. Repro:\n```\ncurl -sS -X GET '{API}/v2/patients?last_name={p.last}&dob={p.dobs('iso')}' "
            f"-H 'Authorization: Bearer $TOKEN' | jq .\n```\nExpected 1 hit.")
    add(S, "POST", f"{TICKET}/rest/api/3/issue", TH, J({"fields": {"project": {"key": "PORTAL"}, "summary": "Patient search returns empty", "description": desc,
                                                                  "issuetype": {"name": "Bug"}}}), [[p.last, "name"], [p.dobs("iso"), "dob"]], ["PORTAL"], "redact")
    p = nextp()
    inner = J({"ssn": p.ssn, "phone": p.phone("dash"), "firstName": p.first}, compact=True)
    desc = f"Intake POST 500s:\n\ncurl -X POST {API}/v2/intake -H 'Content-Type: application/json' -d '{inner}'\n\nstack in the logs."
    add(S, "POST", f"{TICKET}/rest/api/3/issue/PORTAL-2214/comment", TH, J({"body": desc}), [[p.ssn, "ssn"], [p.phone("dash"), "phone"], [p.first, "name"]],
        ["PORTAL-2214"], "redact")
    p = nextp()
    desc = (f"SCIM lookup is case-sensitive?\n    curl -G https://crmg.scim.idvault.example/scim/v2/Users \\\n      --data-urlencode "
            f"'filter=emails[value eq \"{p.email}\"]' \\\n      -H \"Authorization: Bearer $IDV_TOKEN\"")
    add(S, "POST", f"{TICKET}/api/issues", TH, J({"title": "SCIM email filter", "body": desc, "labels": ["identity"]}), [[p.email, "email"]], ["identity"], "redact")
    p = nextp()
    desc = f"httpie repro:\n\n    http GET :8080/v2/patients mrn=={p.mrn} dob=={p.dobs('us')} Authorization:\"Bearer $T\"\n"
    add(S, "POST", f"{TICKET}/api/issues", TH, J({"title": "mrn+dob lookup 404", "body": desc}), [[p.mrn, "mrn"], [p.dobs("us"), "dob"]], ["httpie repro"], "redact")
    p = nextp()
    desc = (f"PowerShell from the kiosk box:\n\nInvoke-RestMethod -Method Post -Uri {API}/v2/checkin -Body @{{ lastName='{p.last}'; zip='{p.zip}'; "
            f"address='{p.street}' }} -ContentType 'application/x-www-form-urlencoded'")
    add(S, "POST", f"{TICKET}/api/issues", TH, J({"title": "kiosk check-in", "body": desc}), [[p.last, "name"], [p.zip, "zip"], [p.street, "address"]],
        ["Invoke-RestMethod"], "redact")
    p = nextp()
    body = "comment=" + plus(f"wget -qO- \"{API}/v2/lookup?phone={p.phone('e164')}&email={p.email}\"") + "&issue=OPS-771&notify=false"
    add(S, "POST", f"{TICKET}/issues/OPS-771/comments", {**FORMH, **AUTH}, body, [[p.phone("e164"), "phone"], [p.email, "email"]], ["OPS-771"], "redact")
    # clean
    desc = f"Health check flaps:\n```\ncurl -sS -o /dev/null -w '%{{http_code}}' {API}/healthz -H 'X-Request-Id: {uuid()}'\n```"
    add(S, "POST", f"{TICKET}/api/issues", TH, J({"title": "healthz flaps", "body": desc}), [], ["healthz flaps"], "pass")
    desc = f"Orders export slow:\n```\ncurl '{API}/v2/orders?status=shipped&since=2026-04-01&sku=GLV-NIT-M-200' -H 'Accept: text/csv'\n```"
    add(S, "POST", f"{TICKET}/api/issues", TH, J({"title": "orders export", "body": desc}), [], ["GLV-NIT-M-200", "status=shipped"], "pass")


# ============================================================================= 15. Postman / Insomnia exports, HAR files, OpenAPI documents
def api_tools():
    S = "postman"
    p = nextp()
    req = {"method": "GET", "header": [{"key": "Authorization", "value": "Bearer {{token}}"}],
           "url": {"raw": f"{{{{baseUrl}}}}/v2/patients?last_name={p.last}&dob={p.dobs('iso')}", "host": ["{{baseUrl}}"], "path": ["v2", "patients"],
                   "query": [{"key": "last_name", "value": p.last}, {"key": "dob", "value": p.dobs("iso")}]}}
    req2 = {"method": "POST", "url": {"raw": "{{baseUrl}}/v2/intake"}, "body": {"mode": "raw", "raw": J({"ssn": p.ssn, "firstName": p.first}, indent=2),
                                                                             "options": {"raw": {"language": "json"}}}}
    col = {"info": {"_postman_id": uuid(), "name": "Portal API (staging)", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "item": [{"name": "Find patient", "request": req}, {"name": "Intake", "request": req2}]}
    add(S, "PUT", f"{COLL}/collections/{uuid()}", {**JSONH, "X-Api-Key": "PMAK-" + hexs(24)}, J({"collection": col}),
        NM(p) + [[p.dobs("iso"), "dob"], [p.ssn, "ssn"]], ["Portal API (staging)"], "redact")
    p = nextp()
    env = {"environment": {"name": "staging-frontdesk", "values": [{"key": "baseUrl", "value": API, "enabled": True},
                                                                   {"key": "patientMrn", "value": p.mrn, "enabled": True},
                                                                   {"key": "patientEmail", "value": p.email, "enabled": True},
                                                                   {"key": "testPhone", "value": p.phone("paren"), "enabled": True}]}}
    add(S, "POST", f"{COLL}/environments", {**JSONH, "X-Api-Key": "PMAK-" + hexs(24)}, J(env), [[p.mrn, "mrn"], [p.email, "email"], [p.phone("paren"), "phone"]],
        ["staging-frontdesk"], "redact")
    p = nextp()
    req = {"method": "POST", "url": {"raw": "{{baseUrl}}/v2/address-change"}, "body": {"mode": "urlencoded", "urlencoded": [
        {"key": "mrn", "value": p.mrn}, {"key": "line1", "value": p.street}, {"key": "zip", "value": p.zip}]},
           "response": [{"name": "200 OK", "body": J({"patient": {"name": p.full, "dob": p.dobs("iso")}}), "code": 200}]}
    add(S, "PUT", f"{COLL}/collections/{uuid()}", {**JSONH, "X-Api-Key": "PMAK-" + hexs(24)}, J({"collection": {"info": {"name": "Address change"},
                                                                                                              "item": [{"name": "change", "request": req}]}}),
        [[p.mrn, "mrn"], [p.street, "address"], [p.zip, "zip"], [p.full, "name"], [p.dobs("iso"), "dob"]], ["Address change"], "redact")
    p = nextp()
    ins = {"_type": "export", "__export_format": 4, "resources": [
        {"_type": "request", "_id": "req_" + hexs(32), "name": "phone lookup", "method": "GET", "url": "{{ _.base }}/v2/lookup",
         "parameters": [{"name": "phone", "value": p.phone("dot")}, {"name": "zip", "value": p.zip}]}]}
    add(S, "POST", f"{COLL}/import/insomnia", JSONH, J(ins), [[p.phone("dot"), "phone"], [p.zip, "zip"]], ["phone lookup"], "redact")
    col = {"info": {"name": "Ops smoke tests"}, "item": [{"name": "health", "request": {"method": "GET", "url": {"raw": "{{baseUrl}}/healthz"}}},
                                                         {"name": "order", "request": {"method": "GET", "url": {"raw": "{{baseUrl}}/v2/orders/{{orderId}}?include=items"}}}],
           "variable": [{"key": "orderId", "value": "ORD-2026-048812"}]}
    add(S, "PUT", f"{COLL}/collections/{uuid()}", {**JSONH, "X-Api-Key": "PMAK-" + hexs(24)}, J({"collection": col}), [], ["Ops smoke tests", "ORD-2026-048812"], "pass")

    S = "har"
    p = nextp()
    entry = {"startedDateTime": ts(6), "request": {"method": "GET", "url": f"{API}/v2/patients?email={pct(p.email)}&dob={p.dobs('iso')}",
                                                    "queryString": [{"name": "email", "value": p.email}, {"name": "dob", "value": p.dobs("iso")}], "headers": []},
             "response": {"status": 200, "content": {"mimeType": "application/json", "text": J({"mrn": p.mrn, "name": p.full})}}}
    har = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "entries": [entry]}}
    add(S, "POST", f"{HARUP}/api/v1/attachments?ticket=SUP-40912", JSONH, J(har),
        [[p.email, "email"], [p.dobs("iso"), "dob"], [p.mrn, "mrn"], [p.full, "name"]], ["SUP-40912", "WebInspector"], "redact")
    p = nextp()
    entry = {"request": {"method": "POST", "url": f"{API}/v2/checkin", "postData": {"mimeType": "application/x-www-form-urlencoded",
             "params": [{"name": "last_name", "value": p.last}, {"name": "phone", "value": p.phone("bare")}, {"name": "ssn4", "value": p.ssn[-4:]}],
             "text": f"last_name={pct(p.last)}&phone={p.phone('bare')}&ssn4={p.ssn[-4:]}"}}, "response": {"status": 422}}
    add(S, "POST", f"{HARUP}/api/v1/attachments?ticket=SUP-40913", JSONH, J({"log": {"version": "1.2", "entries": [entry]}}),
        [[p.last, "name"], [p.phone("bare"), "phone"]], ["SUP-40913"], "redact")
    p = nextp()
    entry = {"request": {"method": "POST", "url": f"{ODATA}/api/v4/$batch", "postData": {"mimeType": "application/json",
             "text": J({"requests": [{"method": "GET", "url": f"Patients?$filter=Ssn eq '{p.ssn}'"}]})}}, "response": {"status": 200}}
    har = J({"log": {"version": "1.2", "entries": [entry]}})
    add(S, "POST", f"{HARUP}/api/v1/attachments?ticket=SUP-40914", {**JSONH, "Content-Encoding": "gzip"}, gzip.compress(har.encode(), mtime=0),
        [[p.ssn, "ssn"]], ["SUP-40914"], "redact")
    p = nextp()
    bnd = "----WebKitFormBoundary" + alnum(16)
    har = J({"log": {"entries": [{"request": {"method": "GET", "url": f"{API}/v2/appointments?patient={pct(p.full)}&phone={pct(p.phone('paren'))}"}}]}}, indent=2)
    body = (f"--{bnd}\r\nContent-Disposition: form-data; name=\"ticket\"\r\n\r\nSUP-40915\r\n--{bnd}\r\nContent-Disposition: form-data; name=\"file\"; "
            f"filename=\"portal.har\"\r\nContent-Type: application/json\r\n\r\n{har}\r\n--{bnd}--\r\n")
    add(S, "POST", f"{HARUP}/api/v1/upload", {"Content-Type": f"multipart/form-data; boundary={bnd}"}, body,
        [[p.full, "name"], [p.phone("paren"), "phone"]], ["portal.har"], "redact")
    entry = {"request": {"method": "GET", "url": f"https://cdn.{SITE}/assets/app.7f3c9e.js", "queryString": []}, "response": {"status": 200, "bodySize": 48211},
             "timings": {"wait": 41.2, "receive": 3.9}}
    entry2 = {"request": {"method": "GET", "url": f"{API}/healthz", "queryString": []}, "response": {"status": 503}}
    add(S, "POST", f"{HARUP}/api/v1/attachments?ticket=SUP-40916", JSONH, J({"log": {"version": "1.2", "entries": [entry, entry2]}}), [], ["app.7f3c9e.js"], "pass")

    S = "openapi"
    spec = {"openapi": "3.1.0", "info": {"title": "Portal API", "version": "2.4.0"}, "paths": {"/v2/patients": {"get": {
        "parameters": [{"name": "filter", "in": "query", "example": "status eq 'active' and created gt 2026-01-01"}],
        "responses": {"200": {"content": {"application/json": {"example": {"id": "pt_00000000", "name": "Jane Doe", "birthDate": "1970-01-01",
                                                                           "phone": "555-0100", "email": "jane.doe@example.com"}}}}}}}}}
    add(S, "PUT", f"{DOCS}/v1/apis/portal/versions/2.4.0", JSONH, J(spec), [], ["Portal API", "2.4.0"], "pass")
    yml = ("openapi: 3.0.3\ninfo:\n  title: Scheduling webhooks\n  version: 1.1.0\ncomponents:\n  schemas:\n    Ssn:\n      type: string\n"
           "      pattern: '^\\d{3}-\\d{2}-\\d{4}$'\n      example: 000-00-0000\n    Slot:\n      type: object\n      example:\n        start: '2026-05-01T08:00:00-07:00'\n"
           f"        providerNpi: '{GROUP_NPI}'\n")
    add(S, "PUT", f"{DOCS}/v1/apis/scheduling/versions/1.1.0", {"Content-Type": "application/yaml"}, yml, [], ["Scheduling webhooks", GROUP_NPI], "pass")
    p = nextp()
    spec = {"openapi": "3.1.0", "info": {"title": "Referral API", "version": "0.9.0"}, "components": {"examples": {"realReferral": {
        "summary": "copied from prod ticket", "value": {"patient": {"name": p.full, "dob": p.dobs("iso"), "phone": p.phone("dash")}, "reason": p.dx()}}}}}
    add(S, "PUT", f"{DOCS}/v1/apis/referral/versions/0.9.0", JSONH, J(spec),
        [[p.full, "name"], [p.dobs("iso"), "dob"], [p.phone("dash"), "phone"], [p.dx(), "condition"]], ["Referral API"], "redact")


# ============================================================================= 16. feature flags: targeting rules and contexts
def flags():
    S = "feature_flags"
    p = nextp()
    evs = [{"kind": "index", "creationDate": 1777886000000, "context": {"kind": "user", "key": f"pt-{p.mrn}", "name": p.full, "email": p.email}},
           {"kind": "feature", "key": "new-intake-flow", "value": True, "variation": 0, "version": 12, "creationDate": 1777886000100}]
    add(S, "POST", f"{FLAGS}/bulk", {**JSONH, "X-LaunchDarkly-Event-Schema": "4"}, J(evs), [[p.mrn, "mrn"], [p.full, "name"], [p.email, "email"]],
        ["new-intake-flow"], "redact")
    p = nextp()
    ctx = J({"kind": "user", "key": uuid(), "email": p.email, "custom": {"dob": p.dobs("iso")}}, compact=True)
    blob = b64u(ctx)
    add(S, "GET", f"{FLAGSDK}/sdk/evalx/{alnum(24)}/contexts/{blob}", {"User-Agent": UA}, "", [[blob, "email"]], [], "redact")
    p, q2 = nextp(), nextp()
    body = {"environmentKey": "production", "instructions": [{"kind": "addClauses", "ruleId": uuid(), "clauses": [
        {"attribute": "email", "op": "in", "values": [p.email, q2.email], "negate": False}]}], "comment": "pilot for two patients"}
    add(S, "PATCH", f"{FLAGAPI}/api/v2/flags/portal/tele-visit-beta", {"Content-Type": "application/json; domain-model=launchdarkly.semanticpatch", **AUTH}, J(body),
        [[p.email, "email"], [q2.email, "email"]], ["tele-visit-beta", "addClauses"], "redact")
    p = nextp()
    body = {"kind": "multi", "user": {"key": sha(p.email.lower()), "dob": p.dobs("iso"), "zip": p.zip}, "device": {"key": uuid(), "os": "iOS 17.4"}}
    add(S, "POST", f"{FLAGSDK}/sdk/evalx/contexts", JSONH, J(body), [[sha(p.email.lower()), "hashed_identifier"], [p.dobs("iso"), "dob"], [p.zip, "zip"]],
        ["iOS 17.4"], "redact")
    p = nextp()
    body = {"events": [{"eventName": "statsig::gate_exposure", "user": {"userID": p.mrn, "email": p.email, "custom": {"dx": p.dx(), "clinic": "tacoma-union"}},
                        "metadata": {"gate": "portal_redesign_banner", "gateValue": "true"}}]}
    add(S, "POST", f"{FLAGS}/v1/rgstr", JSONH, J(body), [[p.mrn, "mrn"], [p.email, "email"], [p.dx(), "condition"]], ["portal_redesign_banner", "tacoma-union"], "redact")
    p = nextp()
    attrs = J({"id": uuid(), "phone": p.phone("e164"), "age_bucket": "40-49", "lastVisit": p.ad("iso")}, compact=True)
    add(S, "GET", f"{FLAGSDK}/api/features/sdk-{alnum(16)}?attributes={pct(attrs)}", {}, "", [[p.phone("e164"), "phone"], [p.ad("iso"), "date"]],
        ["age_bucket"], "redact")
    p = nextp()
    rule = {"name": "Target patient", "conditions": [{"attribute": "lastName", "operator": "equals", "values": [p.last]},
                                                    {"attribute": "birthDate", "operator": "equals", "values": [p.dobs("us")]}], "serve": "on"}
    add(S, "POST", f"{FLAGAPI}/api/v2/flags/portal/hipaa-consent-v3/rules", {**JSONH, **AUTH}, J(rule), [[p.last, "name"], [p.dobs("us"), "dob"]],
        ["hipaa-consent-v3"], "redact")
    # clean
    body = {"environmentKey": "production", "instructions": [{"kind": "addClauses", "ruleId": uuid(), "clauses": [
        {"attribute": "plan", "op": "in", "values": ["pro", "enterprise"]}, {"attribute": "appVersion", "op": "semVerGreaterThan", "values": ["5.2.0"]}]}]}
    add(S, "PATCH", f"{FLAGAPI}/api/v2/flags/portal/dark-mode", {"Content-Type": "application/json; domain-model=launchdarkly.semanticpatch", **AUTH}, J(body), [],
        ["semVerGreaterThan", "5.2.0"], "pass")
    evs = [{"kind": "summary", "startDate": 1777886000000, "endDate": 1777886300000, "features": {"dark-mode": {"default": False, "counters": [
        {"value": True, "version": 4, "count": 311, "variation": 0}]}}}]
    add(S, "POST", f"{FLAGS}/bulk", {**JSONH, "X-LaunchDarkly-Event-Schema": "4"}, J(evs), [], ["dark-mode"], "pass")
    ctx = b64u(J({"kind": "device", "key": uuid(), "os": "Android 14", "appVersion": "5.3.0"}, compact=True))
    add(S, "GET", f"{FLAGSDK}/sdk/evalx/{alnum(24)}/contexts/{ctx}", {"User-Agent": UA}, "", [], [], "pass")


# ============================================================================= 17. URL-encoded JSON and other filter dialects in query strings
def url_json():
    S = "url_json_filters"
    p = nextp()
    flt = J({"where": {"email": p.email}, "fields": {"id": True, "mrn": True}}, compact=True)
    add(S, "GET", f"{SCHED}/api/Patients?filter={pct(flt)}", AUTH, "", [[p.email, "email"]], [], "redact")
    p = nextp()
    flt = J({"_and": [{"last_name": {"_eq": p.last}}, {"dob": {"_eq": p.dobs("iso")}}]}, compact=True)
    add(S, "GET", f"{SCHED}/items/patients?filter={pct(flt)}&fields=id,first_name", AUTH, "", [[p.last, "name"], [p.dobs("iso"), "dob"]], ["fields=id,first_name"], "redact")
    p = nextp()
    add(S, "GET", f"{SCHED}/api/patients?filters[lastName][$eq]={pct(p.last)}&filters[phone][$eq]={pct(p.phone('e164'))}&filters[zip][$eq]={p.zip}", AUTH, "",
        [[p.last, "name"], [p.phone("e164"), "phone"], [p.zip, "zip"]], [], "redact")
    p = nextp()
    add(S, "GET", f"{BAAS}/parse/classes/Patient?where={pct(J({'ssn': p.ssn, 'lastName': p.last}, compact=True))}&limit=1",
        {"X-Parse-Application-Id": alnum(40)}, "", [[p.ssn, "ssn"], [p.last, "name"]], [], "redact")
    p = nextp()
    rsql = f"lastName=={p.last};dob=={p.dobs('iso')};phone=={p.phone('bare')}"
    add(S, "GET", f"{SCHED}/api/v1/patients?search={pct(rsql, safe='=;')}",
        AUTH, "", [[p.last, "name"], [p.dobs("iso"), "dob"], [p.phone("bare"), "phone"]], [], "redact")
    p = nextp()
    add(S, "GET", f"{SCHED}/api/patients/?last_name__iexact={pct(p.last.lower())}&email__icontains={pct(p.email)}&ordering=-created", AUTH, "",
        [[p.last.lower(), "name"], [p.email, "email"]], ["ordering=-created"], "redact")
    p = nextp()
    inner = f"https://portal.{SITE}/admin/patients?filter=" + pct(J({"where": {"dob": p.dobs("iso"), "zip": p.zip}}, compact=True))
    add(S, "GET", f"{FUNNEL}/g/collect?v=2&tid=G-{alnum(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}&en=page_view&dl={pct(inner)}", {"User-Agent": UA}, "",
        [[p.dobs("iso"), "dob"], [p.zip, "zip"]], ["page_view"], "redact")
    p = nextp()
    blob = b64(J({"database": 2, "query": {"source-table": 14, "filter": ["=", ["field", 88, None], p.email]}}, compact=True))
    add(S, "GET", f"{DSET}/question?dataset_query={pct(blob)}", {"User-Agent": UA}, "", [[blob, "email"]], [], "redact")
    p = nextp()
    add(S, "GET", f"{SCHED}/api/patients?search={pct(f'lastName:{p.last},email:{p.email}', safe=':,')}&page=0", AUTH, "", [[p.last, "name"], [p.email, "email"]],
        ["page=0"], "redact")
    # clean
    add(S, "GET", f"{SCHED}/api/Orders?filter={pct(J({'where': {'status': 'shipped'}, 'limit': 20, 'order': 'createdAt DESC'}, compact=True))}", AUTH, "", [], [], "pass")
    add(S, "GET", f"{SCHED}/api/orders?filters[createdAt][$gt]=2026-01-01&filters[sku][$startsWith]=GLV&sort=createdAt:desc", AUTH, "", [], ["GLV"], "pass")
    add(S, "GET", f"{BAAS}/parse/classes/Clinic?where={pct(J({'npi': GROUP_NPI}, compact=True))}", {"X-Parse-Application-Id": alnum(40)}, "", [], [GROUP_NPI], "pass")
    add(S, "GET", f"{SCHED}/api/v1/slots?search={pct('visitType==annual-physical;start=ge=2026-05-01T00:00:00Z', safe='=;')}", AUTH, "", [], ["annual-physical"], "pass")


# ============================================================================= 18. unknown hosts (deny)
def unknown_hosts():
    S = "unknown_host"
    p = nextp()
    add(S, "GET", f"http://search.quickfind-free.example/api/search?q={plus(p.full)}", {}, "", [[p.full, "name"]], [], "deny")
    p = nextp()
    add(S, "POST", "http://api.sqlpad-public.example/api/query", JSONH, J({"sql": f"select * from patients where ssn = '{p.ssn}'"}), [[p.ssn, "ssn"]], [], "deny")
    add(S, "POST", "http://graphql.unvetted-vendor.example/", JSONH, J({"query": "{ __typename }"}), [], [], "deny")
    p = nextp()
    add(S, "GET", f"http://upstash-clone.example/get/patient:{p.mrn}", {}, "", [[p.mrn, "mrn"]], [], "deny")
    add(S, "GET", "http://status.random-apm.example/healthz", {}, "", [], [], "deny")
    p = nextp()
    add(S, "POST", "http://paste.devbin.example/documents", TEXTH, f"curl '{API}/v2/patients?email={p.email}'", [[p.email, "email"]], [], "deny")
    add(S, "GET", "http://flags.newvendor.example/sdk/latest-all", {}, "", [], [], "deny")
    p = nextp()
    add(S, "GET", f"http://odata.chartbridge-ehr.example.evil.example/api/v4/Patients?$filter=Phone%20eq%20%27{p.phone('dash')}%27", {}, "",
        [[p.phone("dash"), "phone"]], [], "deny")


SCENARIOS = [odata, scim, jsonapi, es_dsl, solr, mongo, sql_http, graphql, redis_http, typeahead, apm, error_frames, orm_logs, tickets,
             api_tools, flags, url_json, unknown_hosts]


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
    def err(c, m):
        nonlocal bad; bad += 1; print(f"selfcheck: {c['id']} {m}", file=sys.stderr)
    for c in CASES:
        assert c["id"] not in ids, c["id"]; ids.add(c["id"])
        try: c["url"].encode("ascii")
        except UnicodeEncodeError: err(c, "url not ascii")
        if " " in c["url"]: err(c, "space in url")
        for k, v in c["headers"].items():
            try: v.encode("latin-1")
            except UnicodeEncodeError: err(c, f"header {k} not latin-1")
        if c["headers"].get("Content-Type", "").startswith("application/json") and c.get("body"):
            try: json.loads(c["body"])
            except Exception as e: err(c, f"body is not JSON: {e}")
        t = _views(c)
        for v, k in c["phi"]:
            if not v.strip(): err(c, f"empty phi {k}")
            if not _present(v, t): err(c, f"phi {k} {v!r} not found")
        for v in c["controls"]:
            if not _present(v, t): err(c, f"control {v!r} not found")
            for pv, _ in c["phi"]:
                if _present(pv, v) or _present(v, pv): err(c, f"control {v!r} overlaps phi {pv!r}")
        d = _dest_of(pol, urlsplit(c["url"]).hostname)
        if d is not None and "all" not in d["allow"]:   # a disallowed value readable inside a value that must stay is a contradiction
            keep = [v for v, k in c["phi"] if k in d["allow"]] + c["controls"]
            for v, k in c["phi"]:
                if k not in d["allow"] and any(_present(v, kv) for kv in keep): err(c, f"disallowed {k} {v!r} is inside a value that must be kept")
        if d is None and c["expect"] != "deny": err(c, "host has no destination")
        if d is not None and c["expect"] == "deny": err(c, f"deny case but host matches {d['name']}")
        dis = [k for _, k in c["phi"]] if d is None else [k for _, k in c["phi"] if "all" not in d["allow"] and k not in d["allow"]]
        if c["expect"] == "redact" and not dis: err(c, "redact case without disallowed PHI")
        if c["expect"] == "pass" and dis: err(c, f"pass case with disallowed PHI {dis}")
        if c["expect"] == "block" and (d is None or d["on_violation"] != "block" or not dis): err(c, "block case but destination does not block or nothing disallowed")
        if c["expect"] in ("redact", "pass") and d is not None and d["on_violation"] == "block" and dis: err(c, "disallowed PHI at a blocking destination must expect block")
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
