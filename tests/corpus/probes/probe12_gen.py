#!/usr/bin/env python3
"""probe12: generalisation probe for phiwall -- request formats outside the usual tuning set.

Writes OUT_DIR/policy.json, OUT_DIR/cases.jsonl, OUT_DIR/roster.csv in the format documented in
/work/shared/eval/gen_example.py.  Deterministic (fixed seed, gzip mtime=0).
Usage: gen.py OUT_DIR"""
import base64, csv, datetime as dt, gzip, io, json, os, random, re, sys, unicodedata, urllib.parse, uuid

R = random.Random(20260514)

# ----------------------------------------------------------------------------- policy
POLICY = {"destinations": [
    {"name": "marketing-analytics", "hosts": ["api.hsforms.com", "a.klaviyo.com", "in.hotjar.com", "rs.fullstory.com",
                                             "*.rest.marketingcloudapis.com"], "allow": [], "on_violation": "redact"},
    {"name": "ad-pixels", "hosts": ["px.ads.linkedin.com", "alb.reddit.com", "analytics.tiktok.com", "ct.pinterest.com",
                                   "bat.bing.com"], "allow": [], "on_violation": "redact"},
    {"name": "observability", "hosts": ["otlp.nr-data.net", "api.honeycomb.io", "*.grafana.net", "in.logs.betterstack.com"],
     "allow": [], "on_violation": "redact"},
    {"name": "team-chat", "hosts": ["hooks.slack.com", "*.webhook.office.com"], "allow": [], "on_violation": "redact"},
    {"name": "dev-tools", "hosts": ["api.github.com", "api.linear.app", "api.monday.com"], "allow": [], "on_violation": "redact"},
    {"name": "support-chat", "hosts": ["api.drift.com", "*.ada.support"], "allow": [], "on_violation": "redact"},
    {"name": "translation", "hosts": ["api-free.deepl.com"], "allow": [], "on_violation": "redact"},
    {"name": "event-pipeline", "hosts": ["sqs.eu-west-1.amazonaws.com", "sns.us-west-2.amazonaws.com"], "allow": [],
     "on_violation": "redact"},
    {"name": "email-delivery", "hosts": ["api.sendgrid.com"], "allow": ["name", "email"], "on_violation": "redact"},
    {"name": "outcomes-registry", "hosts": ["submit.outcomes-registry.org"], "allow": ["condition", "icd10", "date"],
     "on_violation": "redact"},
    {"name": "error-tracking", "hosts": ["api.honeybadger.io", "api.raygun.com", "api.airbrake.io"], "allow": [],
     "on_violation": "block"},
    {"name": "ehr-integration", "hosts": ["api.redoxengine.com", "api.healthie.com", "*.my.salesforce.com",
                                         "sqs.us-east-1.amazonaws.com", "apigw.changehealthcare.com", "api.availity.com"],
     "allow": ["all"], "on_violation": "block"}],
    "default_destination": "deny",
    "roster_columns": {"first": "name", "last": "name", "dob": "dob", "mrn": "mrn", "ssn": "ssn",
                       "member_id": "member_id", "phone": "phone", "email": "email"}}


def dest_of(host):
    for d in POLICY["destinations"]:
        for h in d["hosts"]:
            if h == host or (h.startswith("*.") and host.endswith(h[1:])):
                return d
    return None

# ----------------------------------------------------------------------------- value helpers
def ascii_(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()

def luhn_digit(body):
    t = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        t += d
    return str((10 - t % 10) % 10)

def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))

def card(prefix, length=16):
    body = prefix + digits(length - 1 - len(prefix))
    return body + luhn_digit(body)

def card_fmt(num):
    if len(num) == 15: return f"{num[:4]} {num[4:10]} {num[10:]}"
    return " ".join(num[i:i + 4] for i in range(0, 16, 4))

def luhn_invalid16():
    v = card(R.choice(["4", "5", "6"]))
    return v[:-1] + str((int(v[-1]) + 3) % 10)

def npi():
    b = "1" + digits(8)
    return b + luhn_digit("80840" + b)

def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))

def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))

def ulid():
    return "01HZ" + "".join(R.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(22))

def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()

def jwt(claims):
    h = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps(claims, separators=(",", ":"), ensure_ascii=False).encode())
    return f"{h}.{p}.{b64u(bytes(R.getrandbits(8) for _ in range(32)))}"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]

def dfmt(d, style):
    return {"iso": f"{d:%Y-%m-%d}", "us": f"{d:%m/%d/%Y}", "us1": f"{d.month}/{d.day}/{d.year}",
            "x12": f"{d:%Y%m%d}", "long": f"{MONTHS[d.month - 1]} {d.day}, {d.year}", "dmy": f"{d:%d/%m/%Y}",
            "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}", "dot": f"{d:%d.%m.%Y}",
            "us2y": f"{d.month}/{d.day}/{d:%y}", "short": f"{MONTHS[d.month - 1][:3]} {d.day} {d.year}"}[style]

BASE_TS = dt.datetime(2026, 5, 14, 9, 31, 22, tzinfo=dt.timezone.utc)
_tick = [0]
def ts():
    """(iso timestamp, epoch seconds) of the next event; monotonically increasing."""
    _tick[0] += 1
    t = BASE_TS + dt.timedelta(minutes=37 * _tick[0], seconds=_tick[0] * 11 % 60)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ"), int(t.timestamp())

def svc_date():
    return dt.date(2025, 6, 1) + dt.timedelta(days=R.randint(0, 340))

# ----------------------------------------------------------------------------- patients
NAMES = [  # (first, last, sex)
    ("Xiomara", "Quispe Mamani", "F"), ("Tadeusz", "Wróblewski", "M"), ("Oluwaseun", "Adeyemi-Okafor", "M"),
    ("Thị Hoa", "Nguyễn", "F"), ("Siobhan", "O'Neil", "F"), ("Yerlan", "Abdrakhmanov", "M"),
    ("Chidinma", "Okonkwo", "F"), ("Zbigniew", "Dobrowolski", "M"), ("Thandeka", "Dlamini", "F"),
    ("Rustam", "Nazarov", "M"), ("Itzel", "Xocoyotzin", "F"), ("Haruto", "Tanaka", "M"),
    ("Priyamvada", "Raghunathan", "F"), ("Kwabena", "Asante", "M"), ("Amélie", "Delacroix-Moreau", "F"),
    ("João Pedro", "Ferreira-Lima", "M"), ("Ifeoma", "Nwachukwu", "F"), ("Lucía", "Cárdenas", "F"),
    ("Wanjiru", "Mwangi", "F"), ("Tsegaye", "Alemu", "M"), ("Mbali", "Zungu", "F"), ("Declan", "D'Souza", "M"),
    ("Bogdana", "Kovalenko", "F"), ("Dariusz", "Szczepański", "M"), ("Mei-Ling", "Hsu", "F"),
    ("Shreya", "Venkataraman", "F"), ("Kofi", "Boateng", "M"), ("Svetlana", "Ivanova-Brandt", "F"),
    ("Jaewon", "Choi", "M"), ("Guadalupe", "Villaseñor", "F"), ("Aroha", "Ngata", "F"), ("Hamid", "Rezaei", "M"),
    ("Consolata", "Achieng", "F"), ("Ravindra", "Kulkarni", "M"), ("Eilidh", "MacLeod", "F"),
    ("Fatima-Zahra", "Benali", "F"), ("Nnamdi", "Eze-Obi", "M"), ("Marguerite", "Abernathy-Okoro", "F")]
NOK_FIRST = ["Rosa", "Bogdan", "Emeka", "Lan", "Padraig", "Aigerim", "Obiageli", "Krystyna", "Sipho", "Dilnoza",
             "Tonatiuh", "Yui", "Lakshmi", "Yaw", "Hélène", "Ana Clara", "Chukwudi", "Mercedes", "Njeri", "Abebe"]
PLACES = [("SW 8th St", "Miami", "FL", "33135", 305), ("Foothill Blvd", "Oakland", "CA", "94601", 510),
          ("S Pulaski Rd", "Chicago", "IL", "60629", 773), ("Bellaire Blvd", "Houston", "TX", "77036", 713),
          ("Rainier Ave S", "Seattle", "WA", "98118", 206), ("E Lake St", "Minneapolis", "MN", "55407", 612),
          ("5th Ave", "Brooklyn", "NY", "11220", 718), ("Cascade Ave SW", "Atlanta", "GA", "30311", 404),
          ("W Indian School Rd", "Phoenix", "AZ", "85033", 602), ("S Federal Blvd", "Denver", "CO", "80219", 303),
          ("Dorchester Ave", "Boston", "MA", "02124", 617), ("Cleveland Ave", "Columbus", "OH", "43229", 614),
          ("W Vernor Hwy", "Detroit", "MI", "48209", 313), ("SE Foster Rd", "Portland", "OR", "97266", 503),
          ("Isleta Blvd SW", "Albuquerque", "NM", "87105", 505), ("Ferry St", "Newark", "NJ", "07105", 973)]
CONDS = [("type 2 diabetes", "E11.9", "metformin"), ("major depressive disorder", "F32.9", "sertraline"),
         ("HIV", "B20", "Biktarvy"), ("opioid use disorder", "F11.20", "buprenorphine"),
         ("hepatitis C", "B18.2", "sofosbuvir"), ("breast cancer", "C50.911", "tamoxifen"),
         ("schizophrenia", "F20.9", "risperidone"), ("gestational diabetes", "O24.419", "insulin"),
         ("chronic kidney disease", "N18.30", "furosemide"), ("atrial fibrillation", "I48.91", "apixaban"),
         ("postpartum depression", "F53.0", "zuranolone"), ("alcohol use disorder", "F10.20", "naltrexone"),
         ("asthma", "J45.909", "albuterol"), ("anorexia nervosa", "F50.01", "olanzapine"),
         ("multiple sclerosis", "G35", "ocrelizumab"), ("epilepsy", "G40.909", "levetiracetam"),
         ("generalized anxiety disorder", "F41.1", "buspirone"), ("Crohn's disease", "K50.90", "adalimumab"),
         ("prostate cancer", "C61", "leuprolide"), ("PTSD", "F43.10", "prazosin"),
         ("bipolar disorder", "F31.9", "lithium carbonate"), ("rheumatoid arthritis", "M06.9", "methotrexate"),
         ("sickle cell disease", "D57.1", "hydroxyurea"), ("morbid obesity", "E66.01", "semaglutide")]
SEX_ONLY = {"F": {"gestational diabetes", "postpartum depression", "breast cancer"}, "M": {"prostate cancer"}}
MAILS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me", "aol.com", "comcast.net"]
MBI_L = "ACDEFGHJKMNPQRTUVWXY"


class Patient:
    def __init__(self, i, first, last, sex):
        self.i, self.first, self.last, self.sex = i, first, last, sex
        self.full = f"{first} {last}"
        self.first_toks = [t for t in re.split(r"[ \-]", first) if t]
        self.last_toks = [t for t in re.split(r"[ \-]", last) if t]
        self.dob = dt.date(R.randint(1938, 2011), R.randint(1, 12), R.randint(1, 28))
        self.mrn = R.choice([lambda: digits(8), lambda: "E" + digits(7), lambda: "MRN" + digits(7),
                             lambda: "LFM-" + digits(6)])()
        area = R.choice([a for a in range(1, 900) if a != 666])
        self.ssn = f"{area:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
        street, self.city, self.state, self.zip, ac = PLACES[i % len(PLACES)]
        self.street = f"{R.randint(12, 9890)} {street}"
        self.unit = R.choice(["", "", f"Apt {R.randint(1, 40)}{R.choice('ABCD')}"])
        if i % 5 == 0:
            self.ph = (ac, 555, R.randint(100, 199))
        else:
            self.ph = (ac, R.choice([x for x in range(201, 990) if x != 555 and x % 100 != 11]), R.randint(1000, 9999))
        fa, la = ascii_(self.first_toks[0]).lower(), ascii_(self.last_toks[-1]).lower().replace("'", "")
        self.email = R.choice([f"{fa}.{la}@{R.choice(MAILS)}", f"{fa[0]}{la}{R.randint(1, 99)}@{R.choice(MAILS)}",
                               f"{fa}{self.dob.year % 100:02d}@{R.choice(MAILS)}"])
        self.member_id = R.choice([lambda: "W" + digits(9), lambda: "XJH" + digits(9), lambda: "ZGP" + digits(9),
                                   lambda: "MCD" + digits(8)])()
        self.mbi = (str(R.randint(1, 9)) + R.choice(MBI_L) + R.choice(MBI_L + "0123456789") + str(R.randint(0, 9)) +
                    R.choice(MBI_L) + R.choice(MBI_L + "0123456789") + str(R.randint(0, 9)) + R.choice(MBI_L) +
                    R.choice(MBI_L) + digits(2))
        self.ip = f"{R.choice([73, 98, 174, 24, 67, 71, 99, 108])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"
        self.card = R.choice([lambda: card("4"), lambda: card("5" + str(R.randint(1, 5))), lambda: card("37", 15)])()
        j = 0
        while CONDS[(i + j) % len(CONDS)][0] in (SEX_ONLY["M"] if sex == "F" else SEX_ONLY["F"]): j += 1
        self.cond, self.icd, self.med = CONDS[(i + j) % len(CONDS)]
        self.he, self.his = ("she", "her") if sex == "F" else ("he", "his")
        self.nok_first = NOK_FIRST[i % len(NOK_FIRST)]
        self.nok_toks = self.nok_first.split(" ")
        self.nok_phone = (ac, R.randint(201, 989), R.randint(1000, 9999))

    def phone(self, style="paren", p=None):
        a, e, l = p or self.ph
        return {"paren": f"({a}) {e}-{l:04d}", "dot": f"{a}.{e}.{l:04d}", "e164sp": f"+1 {a} {e} {l:04d}",
                "dash": f"{a}-{e}-{l:04d}", "e164": f"+1{a}{e}{l:04d}", "paren_ns": f"({a}){e}-{l:04d}",
                "e164dash": f"+1-{a}-{e}-{l:04d}"}[style]

    def names(self, upper=False):
        toks = self.first_toks + self.last_toks
        if upper: toks = [ascii_(t).upper() for t in toks]
        return [[t, "name"] for t in toks]

    def up(self, s):
        return ascii_(s).upper()

    def addr(self):
        return self.street + (f" {self.unit}" if self.unit else "")


PATIENTS = [Patient(i, f, l, s) for i, (f, l, s) in enumerate(NAMES)]
_pi = [0]
def nextp():
    p = PATIENTS[_pi[0] % len(PATIENTS)]; _pi[0] += 1
    return p

# ----------------------------------------------------------------------------- case plumbing
CASES, COUNT = [], {}
JS = dict(ensure_ascii=False)
JSC = dict(ensure_ascii=False, separators=(",", ":"))

def add(scn, method, url, headers, body="", phi=(), controls=(), expect=None, gz=False):
    n = COUNT.get(scn, 0) + 1; COUNT[scn] = n
    host = urllib.parse.urlsplit(url).hostname
    d = dest_of(host)
    seen, ph = set(), []
    for v, k in phi:
        if (v, k) not in seen:
            seen.add((v, k)); ph.append([v, k])
    if d is None: auto = "deny"
    elif not ph: auto = "pass"
    elif "all" in d["allow"] or all(k in d["allow"] for _, k in ph): auto = "pass"
    else: auto = d["on_violation"]
    if expect is not None and expect != auto:
        raise SystemExit(f"{scn}-{n}: expect {expect} but policy says {auto}")
    c = {"id": f"{scn}-{n:02d}", "scenario": scn, "method": method, "url": url, "headers": dict(headers)}
    if gz:
        raw = body.encode() if isinstance(body, str) else body
        c["headers"]["Content-Encoding"] = "gzip"
        c["body_b64"] = base64.b64encode(gzip.compress(raw, 6, mtime=0)).decode()
    else:
        c["body"] = body
    c["phi"], c["controls"], c["expect"] = ph, list(controls), auto
    CASES.append(c)

UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"
HJ = {"Content-Type": "application/json"}

def qs(pairs, safe=""):
    return "&".join(f"{urllib.parse.quote(k, safe='[]' if '[]' in safe else '')}={urllib.parse.quote(str(v), safe='')}"
                    for k, v in pairs)

# ============================================================================= scenarios
def graphql():
    S = "graphql"
    gh_q = "mutation CreateIssue($input: CreateIssueInput!) { createIssue(input: $input) { issue { number url } } }"
    for k in range(2):
        p = nextp(); dob = dfmt(p.dob, "us"); repo = "R_kgDO" + hexs(6).upper()
        body = {"query": gh_q, "variables": {"input": {"repositoryId": repo,
                "title": f"Intake sync failed for {p.full}",
                "body": f"Patient {p.full} (DOB {dob}, MRN {p.mrn}) was not pushed to the scheduler.\n\n"
                        f"```\nSyncError: 409 duplicate chart\n  at syncPatient (sync.ts:{88 + k})\n```",
                "labelIds": ["LA_kwDO" + hexs(10)]}}}
        add(S, "POST", "http://api.github.com/graphql", {**HJ, "Authorization": "bearer ghp_" + hexs(36)},
            json.dumps(body, **JS), p.names() + [[dob, "dob"], [p.mrn, "mrn"]], [repo, "CreateIssueInput", "SyncError: 409 duplicate chart"])
    lq = "mutation IssueCreate($input: IssueCreateInput!) { issueCreate(input: $input) { success issue { id identifier } } }"
    for k in range(2):
        p = nextp(); team = uid(); ph = p.phone(["dot", "e164sp"][k])
        desc = (f"pt {p.full} called, ph {ph}, asking about {p.med} refill -- dx {p.cond}. "
                f"Pharmacy says prior auth PA-{digits(6)} expired.")
        body = {"query": lq, "variables": {"input": {"teamId": team, "title": "Refill request stuck in queue",
                                                     "description": desc, "priority": 2}}}
        add(S, "POST", "http://api.linear.app/graphql", {**HJ, "Authorization": "lin_api_" + hexs(32)},
            json.dumps(body, **JSC), p.names() + [[ph, "phone"], [p.med, "condition"], [p.cond, "condition"]],
            [team, "Refill request stuck in queue", "IssueCreateInput"])
    mq = ("mutation ($boardId: ID!, $itemName: String!, $columnValues: JSON!) { create_item (board_id: $boardId, "
          "item_name: $itemName, column_values: $columnValues) { id } }")
    for k in range(2):
        p = nextp(); board = str(R.randint(10**9, 2 * 10**9)); dob = dfmt(p.dob, "iso"); ph = p.phone("e164")
        cv = {"email": {"email": p.email, "text": p.email}, "phone": {"phone": ph, "countryShortName": "US"},
              "date4": {"date": dob}, "long_text": {"text": f"Referred for {p.cond} consult"},
              "status": {"label": "New referral"}}
        body = {"query": mq, "variables": {"boardId": board, "itemName": p.full, "columnValues": json.dumps(cv, **JSC)}}
        add(S, "POST", "http://api.monday.com/v2", {**HJ, "Authorization": "eyJhbGciOiJIUzI1NiJ9.mondaytoken", "API-Version": "2024-10"},
            json.dumps(body, **JSC), p.names() + [[p.email, "email"], [ph, "phone"], [dob, "dob"], [p.cond, "condition"]],
            [board, "New referral", "create_item"])
    hq = ("mutation createClient($first_name: String, $last_name: String, $email: String, $phone_number: String, "
          "$dob: String, $dietitian_id: String) { createClient(input: {first_name: $first_name, last_name: $last_name, "
          "email: $email, phone_number: $phone_number, dob: $dob, dietitian_id: $dietitian_id}) { user { id } messages { field message } } }")
    for k in range(2):
        p = nextp(); dob = dfmt(p.dob, "iso"); ph = p.phone("paren")
        body = {"operationName": "createClient", "query": hq, "variables": {"first_name": p.first, "last_name": p.last,
                "email": p.email, "phone_number": ph, "dob": dob, "dietitian_id": str(R.randint(100000, 999999))}}
        add(S, "POST", "http://api.healthie.com/graphql", {**HJ, "Authorization": "Basic " + hexs(40), "AuthorizationSource": "API"},
            json.dumps(body, **JS), p.names() + [[p.email, "email"], [ph, "phone"], [dob, "dob"]], ["createClient"])
    p = nextp(); dob = dfmt(p.dob, "iso"); pid = "pat_" + hexs(12)
    body = {"notifier": {"name": "honeybadger-js", "url": "https://github.com/honeybadger-io/honeybadger-js", "version": "6.10.1"},
            "error": {"class": "GraphQLError", "message": 'Variable "$input" got invalid value; field "ssn" failed format check',
                      "backtrace": [{"file": "/app/src/resolvers/patient.ts", "number": "88", "method": "updatePatient"}]},
            "request": {"url": "https://portal.lakesidefm.example/graphql",
                        "params": {"operationName": "UpdatePatient", "variables": {"input": {"id": pid, "firstName": p.first,
                                   "lastName": p.last, "birthDate": dob, "ssn": p.ssn.replace("-", "")}}}},
            "server": {"environment_name": "production", "hostname": "web-3"}}
    add(S, "POST", "http://api.honeybadger.io/v1/notices", {**HJ, "X-API-Key": "hbp_" + hexs(30)}, json.dumps(body, **JS),
        p.names() + [[dob, "dob"], [p.ssn.replace("-", ""), "ssn"]], [pid, "GraphQLError"])
    # clean look-alikes
    team, commit = uid(), hexs(40)
    body = {"query": lq, "variables": {"input": {"teamId": team, "title": "Appointment reminder cron drifts 60s after DST change",
            "description": f"Seen on build 4.18.2 (commit {commit}). Job id 4155550132 ran at 2026-03-08T07:00:59Z instead of 07:00:00Z.",
            "priority": 3}}}
    add(S, "POST", "http://api.linear.app/graphql", {**HJ, "Authorization": "lin_api_" + hexs(32)}, json.dumps(body, **JSC), [],
        [team, commit, "4155550132", "2026-03-08T07:00:59Z"])
    repo = "R_kgDO" + hexs(6).upper()
    body = {"query": gh_q, "variables": {"input": {"repositoryId": repo, "title": "Patient portal: dark mode toggle not persisted",
            "body": "Steps: open /settings, toggle dark mode, reload.\nBrowser: Firefox 126.0\nOrder ref ORD-2026-00418, SKU PP-DM-01"}}}
    add(S, "POST", "http://api.github.com/graphql", {**HJ, "Authorization": "bearer ghp_" + hexs(36)}, json.dumps(body, **JS), [],
        [repo, "ORD-2026-00418", "Firefox 126.0", "PP-DM-01"])
    board = str(R.randint(10**9, 2 * 10**9))
    cv = {"numbers": "1299.00", "date4": {"date": "2026-07-01"}, "text": "SKU-88213-BLK", "status": {"label": "Pricing review"}}
    body = {"query": mq, "variables": {"boardId": board, "itemName": "Q3 SKU audit", "columnValues": json.dumps(cv, **JSC)}}
    add(S, "POST", "http://api.monday.com/v2", {**HJ, "Authorization": "eyJhbGciOiJIUzI1NiJ9.mondaytoken", "API-Version": "2024-10"},
        json.dumps(body, **JSC), [], [board, "Q3 SKU audit", "SKU-88213-BLK", "2026-07-01"])


def jsonapi():
    S = "jsonapi"
    H = {"Content-Type": "application/vnd.api+json", "Accept": "application/vnd.api+json",
         "Authorization": "Klaviyo-API-Key pk_" + hexs(32), "revision": "2024-10-15"}
    for k in range(4):
        p = nextp(); dob = dfmt(p.dob, ["iso", "us", "iso", "long"][k]); ph = p.phone("e164")
        attrs = {"email": p.email, "phone_number": ph, "first_name": p.first, "last_name": p.last,
                 "location": {"address1": p.street, "city": p.city, "region": p.state, "zip": p.zip, "country": "United States"},
                 "properties": {"date_of_birth": dob, "primary_condition": p.cond, "lead_source": "spring_checkup_campaign",
                                "portal_plan": "family"}}
        phi = p.names() + [[p.email, "email"], [ph, "phone"], [p.street, "address"], [p.zip, "zip"], [dob, "dob"], [p.cond, "condition"]]
        if k == 2:
            attrs["properties"]["insurance_member_id"] = p.member_id; phi.append([p.member_id, "member_id"])
        add(S, "POST", "http://a.klaviyo.com/api/profiles/", H, json.dumps({"data": {"type": "profile", "attributes": attrs}}, **JS),
            phi, ["spring_checkup_campaign", "profile", "family", "2024-10-15"])
    for k in range(2):
        p = nextp(); t, _ = ts(); u = uid(); ph = p.phone("e164")
        body = {"data": {"type": "event", "attributes": {
            "properties": {"appointment_type": "New patient visit", "reason": f"{p.cond} follow-up", "provider_id": f"prv_{R.randint(1000, 9999)}"},
            "metric": {"data": {"type": "metric", "attributes": {"name": "Booked Appointment"}}},
            "profile": {"data": {"type": "profile", "attributes": {"email": p.email, "phone_number": ph}}},
            "time": t, "value": 0, "unique_id": u}}}
        add(S, "POST", "http://a.klaviyo.com/api/events/", H, json.dumps(body, **JS),
            [[p.cond, "condition"], [p.email, "email"], [ph, "phone"]], ["Booked Appointment", u, t, "2024-10-15"])
    for k in range(3):
        p = nextp(); dob = dfmt(p.dob, "iso"); dxd = dfmt(svc_date(), "iso"); prd = dfmt(svc_date(), "iso")
        site = f"site-{R.randint(100, 999):04d}"
        attrs = {"patient-given-name": p.first, "patient-family-name": p.last, "birth-date": dob,
                 "medical-record-number": p.mrn, "diagnosis": p.cond, "icd10-code": p.icd, "diagnosis-date": dxd,
                 "procedure-date": prd, "registry-version": "3.1"}
        phi = p.names() + [[dob, "dob"], [p.mrn, "mrn"], [p.cond, "condition"], [p.icd, "icd10"], [dxd, "date"], [prd, "date"]]
        if k == 2:
            attrs["postal-code"] = p.zip; phi.append([p.zip, "zip"])
        body = {"data": {"type": "registry-submissions", "attributes": attrs,
                         "relationships": {"site": {"data": {"type": "sites", "id": site}}}}, "jsonapi": {"version": "1.1"}}
        add(S, "POST", "http://submit.outcomes-registry.org/api/v2/registry-submissions",
            {"Content-Type": "application/vnd.api+json", "Authorization": "Bearer " + hexs(40)}, json.dumps(body, **JS),
            phi, ["registry-submissions", site, "3.1"])
    # clean
    pid, t = ulid(), ts()[0]
    body = {"data": {"type": "event", "attributes": {"properties": {"plan": "Growth", "billing": "annual", "page": "/pricing"},
            "metric": {"data": {"type": "metric", "attributes": {"name": "Viewed Pricing Page"}}},
            "profile": {"data": {"type": "profile", "id": pid}}, "time": t, "value": 249.00, "unique_id": uid()}}}
    add(S, "POST", "http://a.klaviyo.com/api/events/", H, json.dumps(body, **JS), [], ["Viewed Pricing Page", pid, "249.0", t])
    body = {"data": {"type": "catalog-item", "attributes": {"external_id": "SKU-PP-2210", "title": "Patient portal onboarding kit",
            "description": "Appointment reminder cards, 250 ct", "price": 39.95, "url": "https://shop.lakesidefm.example/p/SKU-PP-2210",
            "custom_metadata": {"upc": "036000291452", "batch": luhn_invalid16()}}}}
    add(S, "POST", "http://a.klaviyo.com/api/catalog-items/", H, json.dumps(body, **JS), [],
        ["SKU-PP-2210", "036000291452", body["data"]["attributes"]["custom_metadata"]["batch"], "39.95"])


def soap_xml():
    S = "soap_xml"
    def env(p, dob, dos, trace, extra=""):
        return f"""<?xml version="1.0" encoding="UTF-8"?>
<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope" xmlns:elig="urn:lakeside:eligibility:v1">
  <soap:Header><elig:TraceId>{trace}</elig:TraceId><elig:Submitter>LFM-CLINIC-04</elig:Submitter></soap:Header>
  <soap:Body>
    <elig:EligibilityInquiry transactionType="270">
      <elig:Payer id="60054"/>
      <elig:Subscriber>
        <elig:MemberId>{p.member_id}</elig:MemberId>
        <elig:LastName>{p.last}</elig:LastName>
        <elig:FirstName>{p.first}</elig:FirstName>
        <elig:BirthDate>{dob}</elig:BirthDate>
        <elig:Gender>{p.sex}</elig:Gender>{extra}
      </elig:Subscriber>
      <elig:ServiceTypeCode>30</elig:ServiceTypeCode>
      <elig:DateOfService>{dos}</elig:DateOfService>
    </elig:EligibilityInquiry>
  </soap:Body>
</soap:Envelope>"""
    HX = {"Content-Type": 'application/soap+xml; charset=utf-8; action="urn:lakeside:eligibility:v1/Inquire"'}
    for k in range(6):
        p = nextp(); dob = dfmt(p.dob, "iso"); dos = dfmt(svc_date(), "iso"); trace = uid()
        phi = p.names() + [[p.member_id, "member_id"], [dob, "dob"], [dos, "date"]]
        extra = ""
        if k in (1, 4):
            extra = f"\n        <elig:SSN>{p.ssn}</elig:SSN>"; phi.append([p.ssn, "ssn"])
        if k in (2, 5):
            extra = (f"\n        <elig:Address><elig:Line1>{p.street}</elig:Line1><elig:City>{p.city}</elig:City>"
                     f"<elig:State>{p.state}</elig:State><elig:Zip>{p.zip}</elig:Zip></elig:Address>")
            phi += [[p.street, "address"], [p.zip, "zip"]]
        host = "http://api.availity.com/availity/v1/soap/eligibility" if k < 3 else "http://in.logs.betterstack.com/"
        h = HX if k < 3 else {"Content-Type": "application/soap+xml", "Authorization": "Bearer " + hexs(24)}
        add(S, "POST", host, h, env(p, dob, dos, trace, extra), phi, [trace, "LFM-CLINIC-04", "urn:lakeside:eligibility:v1"])
    for k in range(2):
        p = nextp(); dob = dfmt(p.dob, "iso")
        msg = f"Subscriber not found: LastName={p.last}, FirstName={p.first}, DOB={dob}, MemberId={p.member_id}"
        body = f"""<?xml version="1.0" encoding="UTF-8"?>
<notice version="2.3">
  <api-key>{hexs(32)}</api-key>
  <notifier><name>airbrake-java</name><version>2.2.8</version><url>https://github.com/airbrake/airbrake-java</url></notifier>
  <error>
    <class>javax.xml.ws.soap.SOAPFaultException</class>
    <message>{msg}</message>
    <backtrace><line method="inquire" file="EligibilityClient.java" number="212"/></backtrace>
  </error>
  <request><url>https://api.availity.com/availity/v1/soap/eligibility</url><component>eligibility</component><action>inquire</action></request>
  <server-environment><environment-name>production</environment-name><app-version>3.7.{k}</app-version></server-environment>
</notice>"""
        add(S, "POST", "http://api.airbrake.io/notifier_api/v2/notices", {"Content-Type": "text/xml"}, body,
            p.names() + [[dob, "dob"], [p.member_id, "member_id"]], ["SOAPFaultException", f"3.7.{k}"])
    for k in range(2):
        trace, t = uid(), ts()[0]
        body = f"""<?xml version="1.0" encoding="UTF-8"?>
<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope" xmlns:svc="urn:lakeside:status:v1">
  <soap:Header><svc:TraceId>{trace}</svc:TraceId></soap:Header>
  <soap:Body><svc:{['GetServiceStatus', 'GetPayerList'][k]}Response>
    <svc:Status>OK</svc:Status><svc:CheckedAt>{t}</svc:CheckedAt><svc:Build>7.2.{k + 1}-rc{k}</svc:Build>
    <svc:PayerCount>1284</svc:PayerCount><svc:Note>Patient portal eligibility checks resume after maintenance window.</svc:Note>
  </svc:{['GetServiceStatus', 'GetPayerList'][k]}Response></soap:Body>
</soap:Envelope>"""
        add(S, "POST", "http://in.logs.betterstack.com/", {"Content-Type": "application/soap+xml"}, body, [],
            [trace, t, f"7.2.{k + 1}-rc{k}"])


def x12_edi():
    S = "x12_edi"
    def isa(ctrl, d6, tm):
        return (f"ISA*00*          *00*          *ZZ*LAKESIDEFM     *ZZ*CHCPAYER       *{d6}*{tm}*^*00501*{ctrl:09d}*0*P*:~")
    def env_wrap(segs, ctrl, kind, impl):
        d6, tm = "260514", "0931"
        st = [f"ST*{kind}*0001*{impl}~"] + segs
        st.append(f"SE*{len(st) + 1}*0001~")
        return "\n".join([isa(ctrl, d6, tm), f"GS*{'HS' if kind == '270' else 'HC'}*LAKESIDEFM*CHCPAYER*20260514*{tm}*{ctrl}*X*{impl}~"]
                         + st + [f"GE*1*{ctrl}~", f"IEA*1*{ctrl:09d}~"]) + "\n"
    def e270(p, prov_npi=None):
        dob = dfmt(p.dob, "x12"); dos = dfmt(svc_date(), "x12"); ssn = p.ssn.replace("-", "")
        last, first = p.up(p.last), p.up(p.first); street = p.up(p.street)
        rcv = f"NM1*1P*2*LAKESIDE FAMILY MEDICINE*****XX*{prov_npi}~" if prov_npi else "NM1*1P*2*LAKESIDE FAMILY MEDICINE*****SV*PRV8841~"
        trn = f"93175-{digits(6)}"
        segs = ["BHT*0022*13*10001234*20260514*0931~", "HL*1**20*1~", "NM1*PR*2*AETNA*****PI*60054~", "HL*2*1*21*1~", rcv,
                "HL*3*2*22*0~", f"TRN*1*{trn}*9877281234~", f"NM1*IL*1*{last}*{first}****MI*{p.member_id}~",
                f"REF*SY*{ssn}~", f"N3*{street}~", f"N4*{p.up(p.city)}*{p.state}*{p.zip}~", f"DMG*D8*{dob}*{p.sex}~",
                f"DTP*291*D8*{dos}~", "EQ*30~"]
        phi = p.names(upper=True) + [[p.member_id, "member_id"], [ssn, "ssn"], [street, "address"], [p.zip, "zip"],
                                     [dob, "dob"], [dos, "date"]]
        if prov_npi: phi.append([prov_npi, "npi"])
        return segs, phi, trn
    def e837(p, prov_npi):
        dob = dfmt(p.dob, "x12"); dos = dfmt(svc_date(), "x12"); pcn = f"PCN-{digits(5)}"
        last, first = p.up(p.last), p.up(p.first); street = p.up(p.street); icd = p.icd.replace(".", "")
        segs = ["BHT*0019*00*0123*20260514*0931*CH~", "NM1*41*2*LAKESIDE FAMILY MEDICINE*****46*TGJ23~",
                "PER*IC*BILLING OFFICE*TE*5035550100~", "NM1*40*2*CHCPAYER*****46*66783JJT~", "HL*1**20*1~",
                f"NM1*85*2*LAKESIDE FAMILY MEDICINE*****XX*{prov_npi}~", "N3*1 MEDICAL PLAZA DR~", "N4*PORTLAND*OR*97201~",
                "REF*EI*931234567~", "HL*2*1*22*0~", "SBR*P*18*******CI~", f"NM1*IL*1*{last}*{first}****MI*{p.member_id}~",
                f"N3*{street}~", f"N4*{p.up(p.city)}*{p.state}*{p.zip}~", f"DMG*D8*{dob}*{p.sex}~",
                "NM1*PR*2*AETNA*****PI*60054~", f"CLM*{pcn}*185.00***11:B:1*Y*A*Y*Y~", f"HI*ABK:{icd}~",
                "LX*1~", "SV1*HC:99214*185.00*UN*1***1~", f"DTP*472*D8*{dos}~"]
        phi = p.names(upper=True) + [[p.member_id, "member_id"], [street, "address"], [p.zip, "zip"], [dob, "dob"],
                                     [dos, "date"], [icd, "icd10"], [prov_npi, "npi"]]
        return segs, phi, pcn
    HE = {"Content-Type": "application/EDI-X12"}
    for k in range(3):
        p = nextp(); ctrl = 4417 + k
        if k == 0: segs, phi, ref = e270(p, npi()); kind, impl = "270", "005010X279A1"
        else: segs, phi, ref = e837(p, npi()); kind, impl = "837", "005010X222A1"
        add(S, "POST", "http://apigw.changehealthcare.com/medicalnetwork/x12/v1/submit", {**HE, "Authorization": "Bearer " + hexs(32)},
            env_wrap(segs, ctrl, kind, impl), phi, [ref, impl, f"{ctrl:09d}"])
    for k in range(3):
        p = nextp(); ctrl = 5120 + k; segs, phi, ref = e270(p)
        add(S, "POST", "http://in.logs.betterstack.com/", {"Content-Type": "text/plain", "Authorization": "Bearer " + hexs(24)},
            env_wrap(segs, ctrl, "270", "005010X279A1"), phi, [ref, "005010X279A1", "PRV8841"])
    for k in range(2):
        p = nextp(); dob = dfmt(p.dob, "x12"); last, first = p.up(p.last), p.up(p.first)
        frag = f"NM1*IL*1*{last}*{first}****MI*{p.member_id}~DMG*D8*{dob}*{p.sex}~"
        body = {"occurredOn": ts()[0], "details": {"machineName": "edi-worker-2", "version": f"5.2.{k}",
                "error": {"className": "X12ParseException", "message": f"Unexpected segment at position 14: {frag}",
                          "stackTrace": [{"lineNumber": 118, "className": "X12Reader", "methodName": "ReadLoop2100C", "fileName": "X12Reader.cs"}]},
                "tags": ["edi", "270"]}}
        add(S, "POST", "http://api.raygun.com/entries", {**HJ, "X-ApiKey": hexs(22)}, json.dumps(body),
            p.names(upper=True) + [[p.member_id, "member_id"], [dob, "dob"]], ["X12ParseException", "edi-worker-2", f"5.2.{k}"])
    for k in range(2):
        ctrl = 6200 + k
        segs = [f"AK1*HC*{4417 + k}*005010X222A1~", "AK2*837*0001*005010X222A1~", "IK5*A~", "AK9*A*1*1*1~"]
        add(S, "POST", "http://in.logs.betterstack.com/", {"Content-Type": "text/plain"}, env_wrap(segs, ctrl, "999", "005010X231A1"),
            [], ["005010X231A1", f"AK1*HC*{4417 + k}*005010X222A1", f"{ctrl:09d}"])


def ccda(p, ssn=False, mail=False, onset=None, effective="20260514093122-0500"):
    dob = dfmt(p.dob, "x12"); ph = p.phone("paren_ns"); onset = onset or svc_date(); on = dfmt(onset, "x12")
    onset_txt = dfmt(onset, "iso"); docid = uid()
    ids = f'\n      <id root="2.16.840.1.113883.19.5.99999.2" extension="{p.mrn}"/>'
    phi = p.names() + [[p.mrn, "mrn"], [dob, "dob"], [p.street, "address"], [p.zip, "zip"], ["+1" + ph, "phone"],
                       [p.cond, "condition"], [p.icd, "icd10"], [on, "date"], [onset_txt, "date"]]
    if ssn:
        ids += f'\n      <id root="2.16.840.1.113883.4.1" extension="{p.ssn}"/>'; phi.append([p.ssn, "ssn"])
    tel = f'\n      <telecom value="tel:+1{ph}" use="HP"/>'
    if mail:
        tel += f'\n      <telecom value="mailto:{p.email}"/>'; phi.append([p.email, "email"])
    cond_title = p.cond[0].upper() + p.cond[1:]
    doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="{docid}"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="{effective}"/>
  <recordTarget>
    <patientRole>{ids}
      <addr use="HP"><streetAddressLine>{p.street}</streetAddressLine><city>{p.city}</city><state>{p.state}</state><postalCode>{p.zip}</postalCode><country>US</country></addr>{tel}
      <patient>
        <name use="L"><given>{' '.join(p.first_toks) if ' ' in p.first else p.first}</given><family>{p.last}</family></name>
        <administrativeGenderCode code="{p.sex}" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="{dob}"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody><component><section>
    <templateId root="2.16.840.1.113883.10.20.22.2.5.1" extension="2015-08-01"/>
    <code code="11450-4" codeSystem="2.16.840.1.113883.6.1"/>
    <title>Problems</title>
    <text><list><item>{cond_title}, onset {onset_txt}</item></list></text>
    <entry><act classCode="ACT" moodCode="EVN"><entryRelationship typeCode="SUBJ">
      <observation classCode="OBS" moodCode="EVN">
        <effectiveTime><low value="{on}"/></effectiveTime>
        <value xsi:type="CD" code="{p.icd}" codeSystem="2.16.840.1.113883.6.90" displayName="{cond_title}"/>
      </observation>
    </entryRelationship></act></entry>
  </section></component></structuredBody></component>
</ClinicalDocument>"""
    return doc, phi, docid


def ccda_xml():
    S = "ccda_xml"
    HX = {"Content-Type": "application/xml"}
    for k in range(3):
        p = nextp(); doc, phi, docid = ccda(p, ssn=(k == 1), mail=(k != 0))
        add(S, "POST", "http://api.redoxengine.com/endpoint", {**HX, "Authorization": "Bearer " + hexs(32)}, doc, phi,
            [docid, "34133-9", "2.16.840.1.113883.10.20.22.1.1"])
    for k in range(4):
        p = nextp(); doc, phi, docid = ccda(p, ssn=(k == 2), mail=(k == 3))
        add(S, "POST", "http://submit.outcomes-registry.org/api/v2/documents/ccda", {**HX, "Authorization": "Bearer " + hexs(40)},
            doc, phi, [docid, "34133-9", "2.16.840.1.113883.10.20.22.2.5.1"])
    p = nextp(); dob = dfmt(p.dob, "x12")
    frag = (f"<patient><name><given>{p.first}</given><family>{p.last}</family></name><birthTime value=\"{dob}\"/>"
            f"<administrativeGenderCode code=\"{p.sex}\"/></patient>")
    body = {"errors": [{"type": "SAXParseException", "message": f"cvc-complex-type.2.4.a: Invalid content starting at {frag}",
                        "backtrace": [{"file": "CcdaImporter.java", "line": 311, "function": "parseRecordTarget"}]}],
            "context": {"environment": "production", "version": "2.9.4", "component": "ccda-import"}}
    add(S, "POST", "http://api.airbrake.io/api/v3/projects/284117/notices", {**HJ, "Authorization": "Bearer " + hexs(40)},
        json.dumps(body, **JS), p.names() + [[dob, "dob"]], ["SAXParseException", "2.9.4", "ccda-import"])
    docid = uid()
    doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <realmCode code="US"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <id root="{docid}"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Continuity of Care Document (template, validation run 4.2.0)</title>
  <recordTarget><patientRole><id nullFlavor="NI"/><patient><name nullFlavor="NI"/><birthTime nullFlavor="UNK"/></patient></patientRole></recordTarget>
</ClinicalDocument>"""
    add(S, "POST", "http://submit.outcomes-registry.org/api/v2/documents/ccda/validate", HX, doc, [],
        [docid, "validation run 4.2.0", "2.16.840.1.113883.10.20.22.1.1"])


def lab_for(p):
    return LABS[{"type 2 diabetes": 0, "gestational diabetes": 0, "HIV": 1, "hepatitis C": 2}.get(p.cond, 3)]

LABS = [("4548-4", "Hemoglobin A1c", "%", "4.0-5.6"), ("20447-9", "HIV 1 RNA viral load", "copies/mL", "<20"),
        ("11259-9", "Hepatitis C virus RNA", "IU/mL", "<15"), ("2160-0", "Creatinine", "mg/dL", "0.6-1.2")]

def oru(p, nok=True, note_cond=True, sep="\r"):
    dob = dfmt(p.dob, "x12"); ssn = p.ssn; ph = p.phone("paren_ns"); obs = svc_date()
    obr = f"{obs:%Y%m%d}0815"; ctl = f"MSG{digits(5)}"
    loinc, lname, unit, rng = lab_for(p)
    val = {"%": "8.9", "copies/mL": "1240", "IU/mL": "52000", "mg/dL": "1.9"}[unit]
    first_hl7 = "^".join([p.first_toks[0], " ".join(p.first_toks[1:])]) if len(p.first_toks) > 1 and " " in p.first else p.first
    segs = [f"MSH|^~\\&|LABSYS|LAKESIDE LAB|REDOX|LAKESIDE FM|20260514093122||ORU^R01^ORU_R01|{ctl}|P|2.5.1",
            f"PID|1||{p.mrn}^^^LAKESIDE^MR~{ssn.replace('-', '')}^^^SSA^SS||{p.last}^{first_hl7}||{dob}|{p.sex}|||"
            f"{p.street}^^{p.city}^{p.state}^{p.zip}^USA||{ph}^PRN^PH~^NET^Internet^{p.email}"]
    phi = p.names() + [[p.mrn, "mrn"], [ssn.replace("-", ""), "ssn"], [dob, "dob"], [p.street, "address"], [p.zip, "zip"],
                       [ph, "phone"], [p.email, "email"], [obr, "date"]]
    if nok:
        nph = p.phone("paren_ns", p.nok_phone)
        segs.append(f"NK1|1|{p.last}^{p.nok_first}|SPO^Spouse^HL70063||{nph}^PRN^PH")
        phi += [[t, "name"] for t in p.nok_toks] + [[nph, "phone"]]
    segs += [f"PV1|1|O|LFM^^^LAKESIDE||||{R.randint(10000, 99999)}^^^^^^^^LFMPROV",
             f"OBR|1|ORD{digits(6)}|LAB{digits(5)}|{loinc}^{lname}^LN|||{obr}",
             f"OBX|1|NM|{loinc}^{lname}^LN||{val}|{unit}|{rng}|H|||F|||{obr}"]
    labcond = {"4548-4": "Hemoglobin A1c", "20447-9": "HIV", "11259-9": "Hepatitis C", "2160-0": None}[loinc]
    if labcond: phi.append([labcond, "condition"])
    if note_cond:
        segs.append(f"OBX|2|TX|8251-1^Service comment^LN||Pt {p.first_toks[0]} reports missed {p.med} doses; counselled on "
                    f"{p.cond} management. Callback {p.phone('dash')}.||||||F")
        phi += [[p.med, "condition"], [p.cond, "condition"], [p.phone("dash"), "phone"]]
    return sep.join(segs) + sep, phi, ctl, loinc


def hl7_oru():
    S = "hl7_oru"
    HH = {"Content-Type": "x-application/hl7-v2+er7"}
    for k in range(3):
        p = nextp(); msg, phi, ctl, loinc = oru(p, nok=(k != 1))
        add(S, "POST", "http://api.redoxengine.com/endpoint/hl7v2", {**HH, "Authorization": "Bearer " + hexs(32)}, msg, phi,
            [ctl, "ORU^R01^ORU_R01", loinc])
    for k in range(3):
        p = nextp(); msg, phi, ctl, loinc = oru(p, nok=(k != 2))
        add(S, "POST", "http://submit.outcomes-registry.org/api/v2/messages/hl7", HH, msg, phi, [ctl, "ORU^R01^ORU_R01", loinc])
    for k in range(2):
        p = nextp(); msg, phi, ctl, loinc = oru(p, nok=True, note_cond=(k == 0), sep="\n")
        add(S, "POST", "http://in.logs.betterstack.com/", {"Content-Type": "text/plain", "Authorization": "Bearer " + hexs(24)},
            msg, phi, [ctl, "ORU^R01^ORU_R01", loinc])
    p = nextp(); msg, phi, ctl, loinc = oru(p, nok=True, note_cond=False)
    body = {"notifier": {"name": "honeybadger-ruby", "version": "5.4.0"},
            "error": {"class": "HL7::ParseError", "message": "OBX-5 value type mismatch", "backtrace": [{"file": "app/hl7/oru.rb", "number": "54", "method": "parse_obx"}]},
            "request": {"context": {"raw_message": msg}, "component": "lab_results"}, "server": {"environment_name": "production"}}
    add(S, "POST", "http://api.honeybadger.io/v1/notices", {**HJ, "X-API-Key": "hbp_" + hexs(30)}, json.dumps(body, **JS), phi,
        ["HL7::ParseError", "OBX-5 value type mismatch", ctl])
    ctl = f"ACK{digits(5)}"
    msg = f"MSH|^~\\&|REDOX|LAKESIDE FM|LABSYS|LAKESIDE LAB|20260514093125||ACK^R01^ACK|{ctl}|P|2.5.1\rMSA|AA|MSG{digits(5)}\r"
    add(S, "POST", "http://in.logs.betterstack.com/", {"Content-Type": "text/plain"}, msg, [], [ctl, "ACK^R01^ACK", "MSA|AA"])


def fhir_bundle(p, with_patient=False):
    pid = f"pat-{digits(5)}"; disp = p.full; onset = dfmt(svc_date(), "iso")
    eff = f"{dfmt(svc_date(), 'iso')}T08:15:00-04:00"; auth = dfmt(svc_date(), "iso")
    loinc, lname, unit, rng = lab_for(p)
    val = {"%": 8.9, "copies/mL": 1240, "IU/mL": 52000, "mg/dL": 1.9}[unit]
    subj = {"reference": f"Patient/{pid}", "display": disp}
    entries = []
    phi = p.names() + [[p.cond, "condition"], [p.icd, "icd10"], [onset, "date"], [eff, "date"], [auth, "date"], [p.med, "condition"]]
    if with_patient:
        dob = dfmt(p.dob, "iso")
        entries.append({"fullUrl": f"urn:uuid:{uid()}", "resource": {"resourceType": "Patient", "id": pid,
                        "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5", "type": {"text": "MRN"}, "value": p.mrn}],
                        "name": [{"family": p.last, "given": p.first_toks}], "birthDate": dob},
                        "request": {"method": "PUT", "url": f"Patient/{pid}"}})
        phi += [[p.mrn, "mrn"], [dob, "dob"]]
    cid, oid, mid = uid(), uid(), uid()
    entries += [
        {"fullUrl": f"urn:uuid:{cid}", "resource": {"resourceType": "Condition", "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
         "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": p.icd}], "text": p.cond},
         "subject": subj, "onsetDateTime": onset}, "request": {"method": "POST", "url": "Condition"}},
        {"fullUrl": f"urn:uuid:{oid}", "resource": {"resourceType": "Observation", "status": "final",
         "code": {"coding": [{"system": "http://loinc.org", "code": loinc}], "text": lname}, "subject": subj,
         "effectiveDateTime": eff, "valueQuantity": {"value": val, "unit": unit}, "note": [{"text": f"Reviewed with patient; continue {p.med}."}]},
         "request": {"method": "POST", "url": "Observation"}},
        {"fullUrl": f"urn:uuid:{mid}", "resource": {"resourceType": "MedicationRequest", "status": "active", "intent": "order",
         "medicationCodeableConcept": {"text": f"{p.med} as directed"}, "subject": subj, "authoredOn": auth,
         "dosageInstruction": [{"text": "take as directed"}]}, "request": {"method": "POST", "url": "MedicationRequest"}}]
    labcond = {"4548-4": "Hemoglobin A1c", "20447-9": "HIV", "11259-9": "Hepatitis C", "2160-0": None}[loinc]
    if labcond: phi.append([labcond, "condition"])
    bid = uid()
    return {"resourceType": "Bundle", "id": bid, "type": "transaction", "timestamp": "2026-05-14T09:31:22Z", "entry": entries}, phi, bid, loinc


def fhir():
    S = "fhir_bundle"
    HF = {"Content-Type": "application/fhir+json"}
    for k in range(3):
        p = nextp(); b, phi, bid, loinc = fhir_bundle(p, with_patient=(k != 1))
        add(S, "POST", "http://api.redoxengine.com/fhir/R4/lakeside/Development/", {**HF, "Authorization": "Bearer " + hexs(32)},
            json.dumps(b, **JS), phi, [bid, loinc, "MedicationRequest"], gz=(k == 2))
    for k in range(4):
        p = nextp(); b, phi, bid, loinc = fhir_bundle(p, with_patient=(k % 2 == 0))
        add(S, "POST", "http://submit.outcomes-registry.org/fhir/r4", HF, json.dumps(b, **JS), phi, [bid, loinc, "transaction"])
    for k in range(2):
        p = nextp(); b, phi, bid, loinc = fhir_bundle(p, with_patient=(k == 0))
        ev = {"service.name": "fhir-gateway", "http.route": "/fhir/r4", "duration_ms": 412.7, "status_code": 422,
              "fhir.request_body": json.dumps(b, **JSC), "trace.trace_id": hexs(32)}
        add(S, "POST", "http://api.honeycomb.io/1/events/fhir-gateway", {**HJ, "X-Honeycomb-Team": hexs(22)}, json.dumps(ev, **JS), phi,
            ["fhir-gateway", ev["trace.trace_id"], "412.7"])
    p = nextp(); b, phi, bid, loinc = fhir_bundle(p, with_patient=True)
    body = {"occurredOn": ts()[0], "details": {"machineName": "fhir-gw-1", "version": "3.3.1",
            "error": {"className": "FhirValidationException", "message": "Bundle.entry[1] failed profile check", "data": {"bundle": b}}}}
    add(S, "POST", "http://api.raygun.com/entries", {**HJ, "X-ApiKey": hexs(22)}, json.dumps(body, **JS), phi,
        ["FhirValidationException", "3.3.1", bid])
    bid = uid()
    b = {"resourceType": "Bundle", "id": bid, "type": "searchset", "total": 0, "meta": {"lastUpdated": "2026-05-14T09:31:22.418Z"},
         "link": [{"relation": "self", "url": "https://fhir.lakesidefm.example/r4/Appointment?date=ge2026-05-01&_count=50"}]}
    add(S, "POST", "http://submit.outcomes-registry.org/fhir/r4", HF, json.dumps(b), [], [bid, "searchset", "2026-05-14T09:31:22.418Z"])


def chat_webhook():
    S = "chat_webhook"
    def slack_url():
        return f"http://hooks.slack.com/services/T0{hexs(8).upper()}/B0{hexs(8).upper()}/{hexs(24)}"
    def teams_url():
        return f"http://lakesidefm.webhook.office.com/webhookb2/{uid()}@{uid()}/IncomingWebhook/{hexs(32)}/{uid()}"
    for k in range(4):
        p = nextp(); t = R.randint(10000, 99999)
        if k == 0:
            dob = dfmt(p.dob, "us"); ph = p.phone("paren")
            txt = f"*Patient:* {p.full}\n*DOB:* {dob}\n*Reason:* {p.cond} screening positive\n*Callback:* {ph}"
            phi = p.names() + [[dob, "dob"], [p.cond, "condition"], [ph, "phone"]]
        elif k == 1:
            txt = f"<mailto:{p.email}|{p.email}> replied to the portal invite -- {p.first} says the {p.med} refill never arrived"
            phi = [[p.email, "email"], [p.first_toks[0], "name"]] + ([[t_, "name"] for t_ in p.first_toks[1:]]) + [[p.med, "condition"]]
        elif k == 2:
            dob = dfmt(p.dob, "us1")
            txt = f"heads up: {p.last}, {p.first} (MRN {p.mrn}, {dob}) no-showed again, 3rd time. @frontdesk pls call"
            phi = p.names() + [[p.mrn, "mrn"], [dob, "dob"]]
        else:
            ph = p.phone("e164sp")
            txt = f"Voicemail from {ph}: \"this is {p.full}, I live at {p.addr()}, calling about my {p.cond} results\""
            phi = p.names() + [[ph, "phone"], [p.street, "address"], [p.cond, "condition"]]
        body = {"text": "Front desk alert", "blocks": [
            {"type": "header", "text": {"type": "plain_text", "text": ":warning: Intake needs review"}},
            {"type": "section", "text": {"type": "mrkdwn", "text": txt}},
            {"type": "context", "elements": [{"type": "mrkdwn", "text": f"ticket <https://ops.lakesidefm.example/t/{t}|#{t}> - build 2.31.0"}]}]}
        add(S, "POST", slack_url(), HJ, json.dumps(body, **JS), phi, ["Intake needs review", f"#{t}", "build 2.31.0"])
    for k in range(3):
        p = nextp(); dob = dfmt(p.dob, ["us", "iso", "long"][k])
        if k < 2:
            body = {"@type": "MessageCard", "@context": "http://schema.org/extensions", "themeColor": "D70000",
                    "summary": "Critical lab value", "sections": [{"activityTitle": "Critical potassium 6.4 mmol/L",
                    "facts": [{"name": "Patient", "value": p.full}, {"name": "MRN", "value": p.mrn}, {"name": "DOB", "value": dob},
                              {"name": "Problem list", "value": p.cond}], "markdown": True}]}
            phi = p.names() + [[p.mrn, "mrn"], [dob, "dob"], [p.cond, "condition"]]
            ctl = ["Critical lab value", "Critical potassium 6.4 mmol/L", "D70000"]
        else:
            body = {"type": "message", "attachments": [{"contentType": "application/vnd.microsoft.card.adaptive", "content": {
                "type": "AdaptiveCard", "version": "1.4", "body": [
                    {"type": "TextBlock", "size": "Medium", "weight": "Bolder", "text": "Prior authorization denied"},
                    {"type": "FactSet", "facts": [{"title": "Patient", "value": p.full}, {"title": "Born", "value": dob},
                                                  {"title": "Member", "value": p.member_id}, {"title": "Drug", "value": p.med}]}]}}]}
            phi = p.names() + [[dob, "dob"], [p.member_id, "member_id"], [p.med, "condition"]]
            ctl = ["Prior authorization denied", "AdaptiveCard", "1.4"]
        add(S, "POST", teams_url(), HJ, json.dumps(body, **JS), phi, ctl)
    commit = hexs(40)
    body = {"text": f"Deployed patient-portal v4.18.2 to production (commit {commit[:7]})", "blocks": [
        {"type": "section", "text": {"type": "mrkdwn", "text": f"*patient-portal* `v4.18.2` deployed by deploy-bot\nCommit `{commit}`\nAppointment booking p95: 412 ms"}}]}
    add(S, "POST", slack_url(), HJ, json.dumps(body), [], ["v4.18.2", commit, "412 ms"])
    t = ts()[0]
    body = {"text": "Nightly billing export", "blocks": [{"type": "section", "fields": [
        {"type": "mrkdwn", "text": "*Rows:* 18,204"}, {"type": "mrkdwn", "text": "*Total:* $412,880.15"},
        {"type": "mrkdwn", "text": f"*Finished:* {t}"}, {"type": "mrkdwn", "text": "*Batch:* 4155550132"}]}]}
    add(S, "POST", slack_url(), HJ, json.dumps(body), [], ["$412,880.15", t, "4155550132"])
    body = {"text": "Reminder: the patient portal maintenance window is Sunday 02:00-04:00 ET. Appointment scheduling will be read-only. Ticket CHG-20931."}
    add(S, "POST", slack_url(), HJ, json.dumps(body), [], ["CHG-20931", "02:00-04:00 ET"])
    body = {"@type": "MessageCard", "@context": "http://schema.org/extensions", "summary": "Weekly volume", "sections": [{
        "activityTitle": "Weekly appointment volume", "facts": [{"name": "Booked", "value": "1,284"}, {"name": "Change", "value": "+3.2%"},
                                                                {"name": "Week", "value": "2026-W19"}, {"name": "Report id", "value": uid()}]}]}
    add(S, "POST", teams_url(), HJ, json.dumps(body), [], ["1,284", "2026-W19", body["sections"][0]["facts"][3]["value"]])


def sendgrid():
    S = "sendgrid_mail"
    HS = {"Content-Type": "application/json", "Authorization": "Bearer SG." + hexs(22) + "." + hexs(43)}
    def mail(p, dtd, tmpl, cat):
        return {"personalizations": [{"to": [{"email": p.email, "name": p.full}], "dynamic_template_data": dtd}],
                "from": {"email": "reminders@lakesidefm.example", "name": "Lakeside Family Medicine"},
                "template_id": tmpl, "asm": {"group_id": 21871}, "categories": [cat]}
    for k in range(5):
        p = nextp(); tmpl = "d-" + hexs(32); appt = svc_date()
        apd = [f"{MONTHS[appt.month - 1]} {appt.day}, {appt.year}", dfmt(appt, "us"), dfmt(appt, "iso"), dfmt(appt, "long"), dfmt(appt, "us")][k]
        dtd = {"first_name": p.first, "appointment_date": apd, "appointment_time": "9:40 AM", "location": "Suite 210"}
        phi = p.names() + [[p.email, "email"], [apd, "date"]]
        if k in (0, 3):
            dtd["visit_reason"] = f"{p.cond} follow-up"; phi.append([p.cond, "condition"])
        if k in (1, 4):
            dob = dfmt(p.dob, "us"); dtd["dob_for_checkin"] = dob; phi.append([dob, "dob"])
        if k == 2:
            dtd["mrn"] = p.mrn; dtd["pharmacy_note"] = f"Bring your {p.med} bottle"
            phi += [[p.mrn, "mrn"], [p.med, "condition"]]
        if k == 4:
            ph = p.phone("dot"); dtd["callback"] = ph; phi.append([ph, "phone"])
        add(S, "POST", "http://api.sendgrid.com/v3/mail/send", HS, json.dumps(mail(p, dtd, tmpl, "appointment-reminder"), **JS), phi,
            [tmpl, "appointment-reminder", "Suite 210"])
    for k in range(3):
        p = nextp(); tmpl = "d-" + hexs(32); code = f"{hexs(4).upper()}-{hexs(4).upper()}"
        dtd = {"first_name": p.first, "portal_url": f"https://portal.lakesidefm.example/activate?code={code}", "support_hours": "Mon-Fri 8-6"}
        add(S, "POST", "http://api.sendgrid.com/v3/mail/send", HS, json.dumps(mail(p, dtd, tmpl, "portal-invite"), **JS),
            p.names() + [[p.email, "email"]], [tmpl, code, "portal-invite"], gz=(k == 1))
    add(S, "GET", "http://api.sendgrid.com/v3/stats?start_date=2026-04-01&end_date=2026-04-30&aggregated_by=week",
        {"Authorization": HS["Authorization"]}, "", [], ["2026-04-01", "2026-04-30", "aggregated_by=week"])


def otlp():
    S = "otlp_logs"
    def kv(k, v):
        if isinstance(v, int): return {"key": k, "value": {"intValue": str(v)}}
        return {"key": k, "value": {"stringValue": v}}
    def wrap(svc, ver, records):
        return {"resourceLogs": [{"resource": {"attributes": [kv("service.name", svc), kv("service.version", ver),
                kv("deployment.environment", "production")]}, "scopeLogs": [{"scope": {"name": f"com.lakeside.{svc}", "version": "1.0.0"},
                "logRecords": records}]}]}
    def rec(body, attrs, sev="ERROR"):
        _, e = ts()
        return {"timeUnixNano": str(e * 10**9 + 418000000), "observedTimeUnixNano": str(e * 10**9 + 512000000),
                "severityNumber": 17 if sev == "ERROR" else 9, "severityText": sev, "body": body,
                "attributes": attrs, "traceId": hexs(32), "spanId": hexs(16)}
    hosts = ["http://otlp.nr-data.net/v1/logs", "http://api.honeycomb.io/v1/logs",
             "http://otlp-gateway-prod-us-east-0.grafana.net/otlp/v1/logs"]
    for k in range(8):
        p = nextp(); svc = ["scheduling-api", "intake-worker", "billing-sync", "portal-web"][k % 4]; ver = f"4.{10 + k}.2"
        if k % 4 == 0:
            dob = dfmt(p.dob, "iso")
            body = {"stringValue": f"failed to book slot for patient {p.full} dob={dob} mrn={p.mrn}: slot taken"}
            attrs = [kv("patient.email", p.email), kv("client.address", p.ip), kv("http.route", "/v2/appointments")]
            phi = p.names() + [[dob, "dob"], [p.mrn, "mrn"], [p.email, "email"], [p.ip, "ip_address"]]
        elif k % 4 == 1:
            ph = p.phone("e164")
            body = {"kvlistValue": {"values": [kv("event", "intake.validation_failed"), kv("patient_name", p.full),
                                               kv("phone", ph), kv("reason_for_visit", p.cond)]}}
            attrs = [kv("http.route", "/v1/intake"), kv("retry", 2)]
            phi = p.names() + [[ph, "phone"], [p.cond, "condition"]]
        elif k % 4 == 2:
            ssn = p.ssn
            body = {"stringValue": f"eligibility 270 rejected (AAA*N**72): subscriber {p.last}/{p.first} member {p.member_id} ssn {ssn}"}
            attrs = [kv("payer.id", "60054"), kv("enduser.id", p.email)]
            phi = p.names() + [[p.member_id, "member_id"], [ssn, "ssn"], [p.email, "email"]]
        else:
            dob = dfmt(p.dob, "us")
            body = {"stringValue": "address autocomplete miss"}
            attrs = [kv("form.street", p.addr()), kv("form.zip", p.zip), kv("form.dob", dob),
                     {"key": "form.phones", "value": {"arrayValue": {"values": [{"stringValue": p.phone("paren")}, {"stringValue": p.phone("dash", p.nok_phone)}]}}},
                     kv("client.address", p.ip)]
            phi = [[p.street, "address"], [p.zip, "zip"], [dob, "dob"], [p.phone("paren"), "phone"],
                   [p.phone("dash", p.nok_phone), "phone"], [p.ip, "ip_address"]]
        r = rec(body, attrs)
        add(S, "POST", hosts[k % 3], {"Content-Type": "application/json", "api-key": hexs(40)}, json.dumps(wrap(svc, ver, [r]), **JS),
            phi, [svc, ver, r["traceId"]], gz=(k in (1, 4, 6)))
    for k in range(4):
        svc, ver = ["scheduling-api", "portal-web", "billing-sync", "intake-worker"][k], f"5.{k}.0"
        recs = [rec({"stringValue": ["appointment reminder batch complete: sent=1284 failed=3 job=4155550132",
                                     "GET /v2/appointments?date=2026-05-14 200 in 41ms",
                                     f"invoice INV-2026-{R.randint(10000, 99999)} settled amount=249.00 USD",
                                     f"slot cache rebuilt, build {hexs(7)}"][k]},
                    [kv("http.route", "/v2/appointments"), kv("slot.count", 88), kv("session.id", uid())], sev="INFO")]
        b = recs[0]["body"]["stringValue"]
        ctl = [svc, recs[0]["traceId"], {0: "job=4155550132", 1: "date=2026-05-14", 2: "amount=249.00", 3: b.split()[-1]}[k]]
        add(S, "POST", hosts[k % 3], {"Content-Type": "application/json", "api-key": hexs(40)}, json.dumps(wrap(svc, ver, recs)),
            [], ctl, gz=(k == 2))


def prom():
    S = "prom_exposition"
    base = "http://prometheus-prod-13-prod-us-east-0.grafana.net"
    HP = {"Content-Type": "text/plain; version=0.0.4", "Authorization": "Basic " + hexs(48)}
    for k in range(4):
        p = nextp()
        if k == 0:
            ph = p.phone("e164")
            body = ("# HELP reminder_send_failures_total SMS reminders that failed to send.\n# TYPE reminder_send_failures_total counter\n"
                    f'reminder_send_failures_total{{patient_phone="{ph}",patient_name="{p.full}",carrier="tmobile"}} 3\n')
            phi = p.names() + [[ph, "phone"]]
        elif k == 1:
            body = ("# TYPE intake_last_submit_timestamp_seconds gauge\n"
                    f'intake_last_submit_timestamp_seconds{{email="{p.email}",form="new_patient"}} 1.778751082e+09\n'
                    f'intake_submissions_total{{email="{p.email}",form="new_patient"}} 2\n')
            phi = [[p.email, "email"]]
        elif k == 2:
            dob = dfmt(p.dob, "iso")
            body = ("# TYPE chart_lock_seconds histogram\n"
                    f'chart_lock_seconds_bucket{{mrn="{p.mrn}",dob="{dob}",le="0.5"}} 4\n'
                    f'chart_lock_seconds_bucket{{mrn="{p.mrn}",dob="{dob}",le="+Inf"}} 7\n'
                    f'chart_lock_seconds_sum{{mrn="{p.mrn}",dob="{dob}"}} 3.91\n')
            phi = [[p.mrn, "mrn"], [dob, "dob"]]
        else:
            body = ("# TYPE care_gap_open gauge\n"
                    f'care_gap_open{{patient="{p.last}, {p.first}",condition="{p.cond}",zip="{p.zip}"}} 1\n')
            phi = p.names() + [[p.cond, "condition"], [p.zip, "zip"]]
        job = ["reminder_worker", "intake_api", "chart_service", "care_gaps"][k]
        add(S, "POST", f"{base}/metrics/job/{job}/instance/worker-{k}", HP, body, phi, [job, re.search(r"TYPE (\w+)", body).group(1)], gz=(k == 3))
    commit = hexs(7)
    cleans = [("reminder_worker", "# TYPE reminder_batch_duration_seconds histogram\n"
               'reminder_batch_duration_seconds_bucket{le="0.5"} 118\nreminder_batch_duration_seconds_bucket{le="+Inf"} 120\n'
               "reminder_batch_duration_seconds_sum 31.7\nreminder_batch_duration_seconds_count 120\n", ["reminder_batch_duration_seconds_sum 31.7"]),
              ("portal_web", f'# TYPE build_info gauge\nbuild_info{{version="4.18.2",commit="{commit}",go="go1.22.3"}} 1\n', ["4.18.2", commit, "go1.22.3"]),
              ("appointments", "# TYPE appointments_booked_total counter\n"
               'appointments_booked_total{clinic="north",channel="patient_portal"} 1284\n'
               'appointments_booked_total{clinic="south",channel="phone"} 902\n', ["patient_portal", "1284"]),
              ("billing", "# TYPE invoice_amount_usd summary\n"
               'invoice_amount_usd{quantile="0.5"} 249.00\ninvoice_amount_usd{quantile="0.99"} 4155.50\n'
               f'last_invoice_id{{id="INV-2026-{R.randint(10000, 99999)}"}} 1\nlast_export_timestamp_seconds 1778751082\n', ["4155.50", "1778751082"])]
    for job, body, ctl in cleans:
        add(S, "POST", f"{base}/metrics/job/{job}", HP, body, [], [job] + ctl)


def yaml_body():
    S = "yaml_body"
    def doc(p, run, withcond=True, dos=None):
        dob = dfmt(p.dob, "iso"); ph = p.phone("dot")
        lines = ["job: intake_sync", f"run_id: {run}", "status: failed", "patient:",
                 f"  name: \"{p.full}\"", f"  dob: {dob}", f"  mrn: \"{p.mrn}\"", f"  phone: {ph}", "  address:",
                 f"    street: {p.street}", f"    zip: \"{p.zip}\""]
        phi = p.names() + [[dob, "dob"], [p.mrn, "mrn"], [ph, "phone"], [p.street, "address"], [p.zip, "zip"]]
        if withcond:
            lines += ["diagnoses:", f"  - code: {p.icd}", f"    text: {p.cond}"]
            phi += [[p.icd, "icd10"], [p.cond, "condition"]]
        if dos:
            lines.append(f"visit_date: {dos}"); phi.append([dos, "date"])
        lines.append('error: "upstream 409: duplicate chart"')
        return "\n".join(lines) + "\n", phi
    for k in range(3):
        p = nextp(); run = uid(); body, phi = doc(p, run, withcond=(k != 1))
        add(S, "POST", "http://in.logs.betterstack.com/", {"Content-Type": "application/yaml", "Authorization": "Bearer " + hexs(24)},
            body, phi, [run, "intake_sync", "upstream 409: duplicate chart"])
    for k in range(2):
        p = nextp(); run = uid(); body, phi = doc(p, run)
        add(S, "POST", "http://api.honeybadger.io/v1/notices", {"Content-Type": "application/x-yaml", "X-API-Key": "hbp_" + hexs(30)},
            body, phi, [run, "intake_sync"])
    p = nextp(); run = uid(); body, phi = doc(p, run, dos=dfmt(svc_date(), "iso"))
    add(S, "POST", "http://api.redoxengine.com/endpoint/yaml", {"Content-Type": "application/yaml", "Authorization": "Bearer " + hexs(32)},
        body, phi, [run, "intake_sync"])
    for k in range(2):
        p = nextp(); run = uid(); body, phi = doc(p, run, dos=dfmt(svc_date(), "iso"))
        add(S, "POST", "http://submit.outcomes-registry.org/api/v2/yaml", {"Content-Type": "application/yaml"}, body, phi,
            [run, "intake_sync", "status: failed"])
    flags = ("flags:\n  appointment_reminders:\n    enabled: true\n    rollout: 25\n    starts: 2026-06-01\n"
             "  patient_portal_dark_mode:\n    enabled: false\nversion: 4.18.2\nchecksum: " + hexs(40) + "\n")
    add(S, "POST", "http://in.logs.betterstack.com/", {"Content-Type": "application/yaml"}, flags, [],
        ["appointment_reminders", "2026-06-01", flags.split("checksum: ")[1].strip()])
    rel = ("release:\n  name: spring-clinic-promo\n  sku: SKU-88213-BLK\n  price: 129.00\n  order_prefix: ORD-2026\n"
           f"  tracking: 1Z999AA10123456784\n  build: 7.2.1+{hexs(8)}\n  copy: \"Book your annual checkup appointment in the patient portal\"\n")
    add(S, "POST", "http://in.logs.betterstack.com/", {"Content-Type": "text/yaml"}, rel, [],
        ["SKU-88213-BLK", "1Z999AA10123456784", "spring-clinic-promo"])


def tsv():
    S = "tsv_upload"
    def rows(ps, cols):
        out, phi = ["\t".join(c for c, _ in cols)], []
        for p in ps:
            vals = []
            for _, f in cols:
                v, lab = f(p); vals.append(v)
                if lab: phi.extend(lab)
            out.append("\t".join(vals))
        return "\n".join(out) + "\n", phi
    nm = lambda p: (p.first, [[t, "name"] for t in p.first_toks])
    ln = lambda p: (p.last, [[t, "name"] for t in p.last_toks])
    for k in range(3):
        ps = [nextp(), nextp()]
        body, phi = rows(ps, [("FirstName", nm), ("LastName", ln), ("Birthdate", lambda p: (dfmt(p.dob, "iso"), [[dfmt(p.dob, "iso"), "dob"]])),
                              ("Medical_Record_Number__c", lambda p: (p.mrn, [[p.mrn, "mrn"]])),
                              ("MobilePhone", lambda p: (p.phone("paren"), [[p.phone("paren"), "phone"]])),
                              ("Email", lambda p: (p.email, [[p.email, "email"]]))])
        job = "7504x0000" + hexs(9).upper()
        add(S, "PUT", f"http://lakeside-health.my.salesforce.com/services/data/v60.0/jobs/ingest/{job}/batches",
            {"Content-Type": "text/csv", "Authorization": "Bearer 00D" + hexs(30)}, body, phi, [job, "Medical_Record_Number__c"], gz=(k == 2))
    for k in range(3):
        ps = [nextp(), nextp(), nextp()] if k != 1 else [nextp()]
        body, phi = rows(ps, [("SubscriberKey", lambda p: (p.mrn, [[p.mrn, "mrn"]])), ("FirstName", nm), ("LastName", ln),
                              ("EmailAddress", lambda p: (p.email, [[p.email, "email"]])),
                              ("LastVisitReason", lambda p: (p.cond, [[p.cond, "condition"]])),
                              ("Segment", lambda p: ("recall_q3", None))])
        add(S, "POST", "http://mc8xk2lq9v0g1h3jz4p5r6s7t8.rest.marketingcloudapis.com/data/v1/import/RecallList",
            {"Content-Type": "text/tab-separated-values", "Authorization": "Bearer " + hexs(40)}, body, phi,
            ["recall_q3", "LastVisitReason"], gz=(k == 0))
    for k in range(2):
        ps = [nextp(), nextp()]
        body, phi = rows(ps, [("patient_name", lambda p: (p.full, p.names())), ("dob", lambda p: (dfmt(p.dob, "us"), [[dfmt(p.dob, "us"), "dob"]])),
                              ("diagnosis", lambda p: (p.cond, [[p.cond, "condition"]])), ("icd10", lambda p: (p.icd, [[p.icd, "icd10"]])),
                              ("dx_date", lambda p: ((lambda d: (d, [[d, "date"]]))(dfmt(svc_date(), "iso")))),
                              ("site", lambda p: ("site-0417", None))])
        add(S, "POST", "http://submit.outcomes-registry.org/api/v2/uploads/tsv", {"Content-Type": "text/tab-separated-values"},
            body, phi, ["site-0417", "dx_date"])
    b1, b2 = luhn_invalid16(), luhn_invalid16()
    body = ("sku\tdescription\tprice\tupc\tgift_card_batch\n"
            f"PP-KIT-250\tAppointment reminder cards\t39.95\t036000291452\t{b1}\n"
            f"PP-KIT-500\tPatient portal welcome packet\t64.50\t012345678905\t{b2}\n")
    add(S, "POST", "http://mc8xk2lq9v0g1h3jz4p5r6s7t8.rest.marketingcloudapis.com/data/v1/import/Catalog",
        {"Content-Type": "text/tab-separated-values"}, body, [], ["PP-KIT-250", b1, b2, "64.50"])


def beacons():
    S = "bracket_beacon"
    def url(host, path, pairs, raw_brackets=False):
        parts = []
        for k, v in pairs:
            kk = k if raw_brackets else urllib.parse.quote(k, safe="")
            parts.append(f"{kk}={urllib.parse.quote(str(v), safe='')}")
        return f"http://{host}{path}?" + "&".join(parts)
    HB = {"User-Agent": UA, "Referer": "https://lakesidefm.example/"}
    for k in range(8):
        p = nextp(); _, e = ts(); conv = str(R.randint(10**6, 10**7))
        if k == 0:
            dob = dfmt(p.dob, "iso")
            pairs = [("v", "2"), ("fmt", "js"), ("pid", "4418273"), ("time", e * 1000), ("conversionId", conv),
                     ("url", "https://lakesidefm.example/book?step=confirm"), ("properties[patient][first_name]", p.first),
                     ("properties[patient][last_name]", p.last), ("properties[patient][dob]", dob)]
            host, path, phi = "px.ads.linkedin.com", "/collect", p.names() + [[dob, "dob"]]
        elif k == 1:
            ph = p.phone("e164sp")
            pairs = [("ts", e * 1000), ("id", "t2_8xk2l"), ("event", "Lead"), ("m[email]", p.email), ("m[phone]", ph),
                     ("m[conversionId]", conv), ("m[itemCount]", "1")]
            host, path, phi = "alb.reddit.com", "/rp.gif", [[p.email, "email"], [ph, "phone"]]
        elif k == 2:
            pairs = [("event", "SubmitForm"), ("sdkid", "C8F3K2"), ("context[page][url]", "https://lakesidefm.example/intake/complete"),
                     ("context[user][email]", p.email), ("context[user][ip]", p.ip),
                     ("properties[contents][0][content_name]", f"{p.cond} consult"), ("properties[value]", "0"), ("conversion_id", conv)]
            host, path, phi = "analytics.tiktok.com", "/api/v2/pixel", [[p.email, "email"], [p.ip, "ip_address"], [p.cond, "condition"]]
        elif k == 3:
            pairs = [("event", "lead"), ("tid", "2612345678901"), ("ed[patient][first_name]", p.first), ("ed[patient][last_name]", p.last),
                     ("ed[patient][zip]", p.zip), ("ed[reason]", p.cond), ("ed[order_id]", conv)]
            host, path, phi = "ct.pinterest.com", "/v3/", p.names() + [[p.zip, "zip"], [p.cond, "condition"]]
        elif k == 4:
            dob = dfmt(p.dob, "us")
            page = "https://lakesidefm.example/confirm?" + urllib.parse.urlencode({"name": p.full, "dob": dob, "mrn": p.mrn})
            pairs = [("ti", "187204"), ("Ver", "2"), ("evt", "custom"), ("ea", "book_appointment"), ("el", "confirm"), ("p", page), ("mid", uid())]
            host, path, phi = "bat.bing.com", "/action/0", p.names() + [[dob, "dob"], [p.mrn, "mrn"]]
        elif k == 5:
            dob = dfmt(p.dob, "iso"); ph = p.phone("paren")
            pairs = [("v", "2"), ("pid", "4418273"), ("conversionId", conv), ("properties[patient][phone]", ph),
                     ("properties[patient][member][id]", p.member_id), ("properties[patient][birth][date]", dob)]
            host, path, phi = "px.ads.linkedin.com", "/collect", [[ph, "phone"], [p.member_id, "member_id"], [dob, "dob"]]
        elif k == 6:
            slug = p.cond.lower().replace("'", "").replace(" ", "-")
            pairs = [("event", "ViewContent"), ("sdkid", "C8F3K2"), ("context[page][url]", f"https://lakesidefm.example/conditions/{slug}/book"),
                     ("context[user][external_id]", p.email), ("context[user][phone_number]", p.phone("e164"))]
            host, path, phi = "analytics.tiktok.com", "/api/v2/pixel", [[slug, "condition"], [p.email, "email"], [p.phone("e164"), "phone"]]
        else:
            pairs = [("ts", e * 1000), ("id", "t2_8xk2l"), ("event", "SignUp"), ("m[name]", p.full), ("m[address][street]", p.addr()),
                     ("m[address][postal]", p.zip), ("m[conversionId]", conv)]
            host, path, phi = "alb.reddit.com", "/rp.gif", p.names() + [[p.street, "address"], [p.zip, "zip"]]
        add(S, "GET", url(host, path, pairs, raw_brackets=(k % 2 == 1)), HB, "", phi, [conv if k not in (4, 6) else "C8F3K2" if k == 6 else "187204", ["pid=4418273", "Lead", "SubmitForm", "lead", "book_appointment", "pid=4418273", "ViewContent", "SignUp"][k]])
    for k in range(4):
        _, e = ts(); oid = ["4155550132", "ORD-2026-00418", str(R.randint(10**9, 10**10)), "1Z999AA10123456784"][k]
        pairs = [[("v", "2"), ("pid", "4418273"), ("time", e * 1000), ("conversionId", "9918273"), ("properties[order][id]", oid),
                  ("properties[order][value]", "249.00"), ("properties[order][currency]", "USD")],
                 [("ts", e * 1000), ("id", "t2_8xk2l"), ("event", "Purchase"), ("m[itemCount]", "2"), ("m[value]", "129.00"),
                  ("m[conversionId]", oid), ("m[products][0][id]", "SKU-88213-BLK")],
                 [("event", "ViewContent"), ("sdkid", "C8F3K2"), ("context[page][url]", "https://lakesidefm.example/patient-portal/features"),
                  ("properties[contents][0][content_id]", oid), ("properties[contents][0][content_name]", "Patient portal annual plan"),
                  ("properties[value]", "99.00"), ("utm_campaign", "spring_appointment_promo")],
                 [("event", "checkout"), ("tid", "2612345678901"), ("ed[order_id]", oid), ("ed[value]", "59.90"), ("ed[order_quantity]", "3"),
                  ("ed[line_items][0][product_id]", "PP-KIT-250")]][k]
        host, path = [("px.ads.linkedin.com", "/collect"), ("alb.reddit.com", "/rp.gif"), ("analytics.tiktok.com", "/api/v2/pixel"),
                      ("ct.pinterest.com", "/v3/")][k]
        add(S, "GET", url(host, path, pairs, raw_brackets=(k % 2 == 0)), HB, "", [], [oid, pairs[-1][1], pairs[-2][1]])


def jwt_cases():
    S = "jwt_b64"
    for k in range(4):
        p = nextp(); _, e = ts(); dob = dfmt(p.dob, "iso"); ph = p.phone("e164")
        if k < 3:
            payload = {"token": "PK_ab12cd", "event": ["Completed Intake", "Requested Refill", "Booked Appointment"][k],
                       "customer_properties": {"$email": p.email, "$first_name": p.first, "$last_name": p.last, "$phone_number": ph,
                                               "dob": dob}, "properties": {"intake_reason": p.cond, "form_version": f"3.{k}.1"}, "time": e}
            phi = p.names() + [[p.email, "email"], [ph, "phone"], [dob, "dob"], [p.cond, "condition"]]
            ctl = [payload["event"], f"3.{k}.1"]
        else:
            payload = {"token": "PK_ab12cd", "properties": {"$email": p.email, "$zip": p.zip, "member_id": p.member_id, "plan_tier": "gold"}}
            phi = [[p.email, "email"], [p.zip, "zip"], [p.member_id, "member_id"]]; ctl = ["gold", "PK_ab12cd"]
        data = base64.b64encode(json.dumps(payload, **JSC).encode()).decode()
        if k == 1:
            add(S, "POST", "http://a.klaviyo.com/api/track", {"Content-Type": "application/x-www-form-urlencoded"},
                "data=" + urllib.parse.quote(data, safe=""), phi, ctl)
        else:
            add(S, "GET", f"http://a.klaviyo.com/api/{'identify' if k == 3 else 'track'}?data=" + urllib.parse.quote(data, safe=""),
                {"User-Agent": UA}, "", phi, ctl)
    for k in range(2):
        p = nextp(); dob = dfmt(p.dob, "iso")
        claims = {"sub": uid(), "iss": "https://portal.lakesidefm.example", "patient": {"name": p.full, "dob": dob, "mrn": p.mrn}, "iat": 1778751082, "exp": 1778754682}
        tok = jwt(claims)
        body = {"occurredOn": ts()[0], "details": {"machineName": "portal-web-4", "version": "8.1.0",
                "error": {"className": "TokenExpiredError", "message": "jwt expired"}, "tags": ["auth"]}}
        url = "http://api.raygun.com/entries" + (f"?ctx={tok}" if k == 1 else "")
        h = {**HJ, "X-ApiKey": hexs(22)}
        if k == 0: h["X-Patient-Context"] = tok
        add(S, "POST", url, h, json.dumps(body), p.names() + [[dob, "dob"], [p.mrn, "mrn"]], ["TokenExpiredError", "8.1.0"])
    p = nextp(); dob = dfmt(p.dob, "iso")
    tok = jwt({"sub": uid(), "given_name": p.first, "family_name": p.last, "birthdate": dob, "email": p.email, "iat": 1778751082})
    add(S, "POST", "http://api.healthie.com/graphql", {**HJ, "Authorization": f"Bearer {tok}", "AuthorizationSource": "API"},
        json.dumps({"query": "query { currentUser { id } }"}), p.names() + [[dob, "dob"], [p.email, "email"]], ["currentUser"])
    payload = {"token": "PK_ab12cd", "event": "Viewed Pricing", "customer_properties": {"$id": uid()},
               "properties": {"plan": "Growth", "price": 249.00, "build": "4.18.2"}, "time": ts()[1]}
    data = base64.b64encode(json.dumps(payload, **JSC).encode()).decode()
    add(S, "GET", "http://a.klaviyo.com/api/track?data=" + urllib.parse.quote(data, safe=""), {"User-Agent": UA}, "", [],
        ["Viewed Pricing", "Growth", "4.18.2"])
    sub = uid(); tok = jwt({"sub": sub, "scope": "events:write", "iat": 1778751082, "exp": 1778754682, "tenant": "lfm-prod"})
    ev = {"service.name": "portal-web", "route": "/api/appointments/slots", "duration_ms": 41.2, "trace.trace_id": hexs(32)}
    add(S, "POST", "http://api.honeycomb.io/1/events/portal-web", {**HJ, "X-Honeycomb-Team": hexs(22), "Authorization": f"Bearer {tok}"},
        json.dumps(ev), [], ["portal-web", ev["trace.trace_id"], "/api/appointments/slots"])


def session_replay():
    S = "session_replay"
    for k in range(3):
        p = nextp(); dob = dfmt(p.dob, ["us", "iso", "us1"][k]); site = 3418277; vid = hexs(32)
        evs = [{"t": 1204, "type": "input", "selector": "#first_name", "value": p.first},
               {"t": 1530, "type": "input", "selector": "#last_name", "value": p.last},
               {"t": 1893, "type": "input", "selector": 'input[name="dob"]', "value": dob}]
        phi = p.names() + [[dob, "dob"], [p.ip, "ip_address"]]
        if k == 0:
            evs.append({"t": 2410, "type": "input", "selector": "textarea#reason", "value": f"I was diagnosed with {p.cond} last year"})
            phi.append([p.cond, "condition"])
        if k == 1:
            evs.append({"t": 2410, "type": "input", "selector": "#ssn", "value": p.ssn}); phi.append([p.ssn, "ssn"])
        if k == 2:
            c = card_fmt(p.card); evs.append({"t": 2410, "type": "input", "selector": "#cc-number", "value": c}); phi.append([c, "card_number"])
        evs.append({"t": 3112, "type": "click", "selector": "button.submit"})
        body = {"site_id": site, "visit_id": vid, "page_url": "https://lakesidefm.example/new-patient/intake", "events": evs, "ip": p.ip}
        add(S, "POST", f"http://in.hotjar.com/api/v2/client/sites/{site}/visit-data?sv=7", {**HJ, "User-Agent": UA}, json.dumps(body, **JS),
            phi, [vid, "button.submit", "#first_name"])
    for k in range(3):
        p = nextp(); sess = f"{R.randint(10**17, 10**18)}:{R.randint(10**17, 10**18)}"; ph = p.phone(["paren", "dot", "dash"][k])
        evs = [{"When": 1204, "Kind": 7, "Args": [[34, "change"], p.email]},
               {"When": 1530, "Kind": 7, "Args": [[35, "change"], ph]},
               {"When": 1893, "Kind": 7, "Args": [[36, "change"], p.addr()]},
               {"When": 2120, "Kind": 7, "Args": [[37, "change"], p.zip]},
               {"When": 2480, "Kind": 2, "Args": [[38, "click"], 640, 412]}]
        body = {"Seq": 3, "When": 2480, "Url": "https://lakesidefm.example/account/profile", "Evts": evs, "ClientIp": p.ip}
        add(S, "POST", f"http://rs.fullstory.com/rec/bundle?OrgId=o-1ABCDE-na1&UserId={hexs(16)}&SessionId={urllib.parse.quote(sess)}&PageId={R.randint(10**17, 10**18)}&Seq=3",
            {"Content-Type": "text/plain;charset=UTF-8", "User-Agent": UA}, json.dumps(body, **JSC),
            [[p.email, "email"], [ph, "phone"], [p.street, "address"], [p.zip, "zip"], [p.ip, "ip_address"]],
            ["https://lakesidefm.example/account/profile", "o-1ABCDE-na1"], gz=(k == 1))
    for k in range(3):
        vid = hexs(32)
        if k < 2:
            body = {"site_id": 3418277, "visit_id": vid, "page_url": ["https://lakesidefm.example/pricing", "https://lakesidefm.example/patient-portal"][k],
                    "events": [{"t": 410, "type": "scroll", "y": 1880}, {"t": 1204, "type": "click", "selector": "a.cta-book-appointment"},
                               {"t": 1530, "type": "input", "selector": "#promo", "value": "SPRING-2026"},
                               {"t": 1893, "type": "input", "selector": "#order", "value": "4155550132"}]}
            add(S, "POST", "http://in.hotjar.com/api/v2/client/sites/3418277/visit-data?sv=7", {**HJ, "User-Agent": UA}, json.dumps(body),
                [], [vid, "SPRING-2026", "4155550132"])
        else:
            body = {"Seq": 1, "When": 900, "Url": "https://lakesidefm.example/locations", "Evts": [
                {"When": 300, "Kind": 2, "Args": [[12, "click"], 220, 118]}, {"When": 640, "Kind": 7, "Args": [[13, "change"], "SKU-88213-BLK"]},
                {"When": 900, "Kind": 7, "Args": [[14, "change"], "Growth"]}]}
            add(S, "POST", f"http://rs.fullstory.com/rec/bundle?OrgId=o-1ABCDE-na1&UserId={hexs(16)}&Seq=1", {"Content-Type": "text/plain;charset=UTF-8"},
                json.dumps(body), [], ["SKU-88213-BLK", "https://lakesidefm.example/locations"])


def hubspot():
    S = "hubspot_forms"
    def f(n, v): return {"objectTypeId": "0-1", "name": n, "value": v}
    for k in range(7):
        p = nextp(); guid = uid(); hutk = hexs(32); dob = dfmt(p.dob, ["iso", "us", "iso", "us1", "long", "iso", "us"][k])
        ph = p.phone(["paren", "dot", "e164sp", "dash", "e164", "paren", "dot"][k])
        fields = [f("firstname", p.first), f("lastname", p.last), f("email", p.email)]
        phi = p.names() + [[p.email, "email"]]
        if k in (0, 2, 4, 6): fields.append(f("mobilephone", ph)); phi.append([ph, "phone"])
        if k in (0, 1, 3, 5): fields.append(f("date_of_birth", dob)); phi.append([dob, "dob"])
        if k in (1, 4): fields.append(f("insurance_member_id", p.member_id)); phi.append([p.member_id, "member_id"])
        if k in (0, 3, 6): fields.append(f("reason_for_visit", p.cond)); phi.append([p.cond, "condition"])
        if k in (2, 5): fields += [f("address", p.street), f("zip", p.zip)]; phi += [[p.street, "address"], [p.zip, "zip"]]
        ctx = {"hutk": hutk, "pageUri": "https://lakesidefm.example/new-patients", "pageName": "New Patient Registration"}
        if k in (1, 5): ctx["ipAddress"] = p.ip; phi.append([p.ip, "ip_address"])
        body = {"submittedAt": str(ts()[1] * 1000), "fields": fields, "context": ctx,
                "legalConsentOptions": {"consent": {"consentToProcess": True, "text": "I agree to allow Lakeside Family Medicine to store and process my personal data."}}}
        add(S, "POST", f"http://api.hsforms.com/submissions/v3/integration/submit/4418273/{guid}", HJ, json.dumps(body, **JS), phi,
            [guid, hutk, "New Patient Registration"])
    for k in range(3):
        guid = uid(); hutk = hexs(32)
        fields = [[f("company_size", "51-200"), f("product_interest", "Scheduling API"), f("hs_persona", "persona_3")],
                  [f("practice_type", "Family medicine"), f("num_providers", "12"), f("demo_date_preference", "2026-06-03")],
                  [f("plan", "Growth"), f("seats", "25"), f("order_number", "4155550132")]][k]
        body = {"submittedAt": str(ts()[1] * 1000), "fields": fields,
                "context": {"hutk": hutk, "pageUri": "https://lakesidefm.example/pricing", "pageName": "Pricing"}}
        add(S, "POST", f"http://api.hsforms.com/submissions/v3/integration/submit/4418273/{guid}", HJ, json.dumps(body), [],
            [guid, hutk, fields[1]["value"], fields[2]["value"]])


def salesforce():
    S = "salesforce_composite"
    base = "http://lakeside-health.my.salesforce.com/services/data/v60.0"
    HSF = {**HJ, "Authorization": "Bearer 00D" + hexs(30)}
    for k in range(4):
        p = nextp(); dob = dfmt(p.dob, "iso"); ph = p.phone("paren")
        if k % 2 == 0:
            body = {"allOrNone": True, "records": [
                {"attributes": {"type": "Account"}, "FirstName": p.first, "LastName": p.last, "PersonBirthdate": dob, "PersonMobilePhone": ph,
                 "PersonEmail": p.email, "HealthCloudGA__MedicalRecordNumber__pc": p.mrn, "PersonMailingStreet": p.street,
                 "PersonMailingPostalCode": p.zip},
                {"attributes": {"type": "HealthCloudGA__EhrCondition__c"}, "HealthCloudGA__Code__c": p.icd,
                 "HealthCloudGA__CodeLabel__c": p.cond}]}
            phi = p.names() + [[dob, "dob"], [ph, "phone"], [p.email, "email"], [p.mrn, "mrn"], [p.street, "address"],
                               [p.zip, "zip"], [p.icd, "icd10"], [p.cond, "condition"]]
            add(S, "POST", f"{base}/composite/sobjects", HSF, json.dumps(body, **JS), phi, ["HealthCloudGA__EhrCondition__c", "Account"])
        else:
            ref = f"ref{hexs(6)}"
            body = {"allOrNone": False, "compositeRequest": [
                {"method": "PATCH", "url": f"/services/data/v60.0/sobjects/Contact/Medical_Record_Number__c/{p.mrn}", "referenceId": ref,
                 "body": {"FirstName": p.first, "LastName": p.last, "Birthdate": dob, "MobilePhone": ph}},
                {"method": "POST", "url": "/services/data/v60.0/sobjects/Case", "referenceId": "refCase",
                 "body": {"ContactId": f"@{{{ref}.id}}", "Subject": f"Refill: {p.med}", "Origin": "Portal"}}]}
            phi = p.names() + [[p.mrn, "mrn"], [dob, "dob"], [ph, "phone"], [p.med, "condition"]]
            add(S, "POST", f"{base}/composite", HSF, json.dumps(body, **JS), phi, [ref, "refCase"])
    mc = "http://mc8xk2lq9v0g1h3jz4p5r6s7t8.rest.marketingcloudapis.com"
    for k in range(3):
        p = nextp(); dob = dfmt(p.dob, "us1")
        if k < 2:
            body = [{"keys": {"SubscriberKey": p.mrn}, "values": {"FirstName": p.first, "LastName": p.last, "EmailAddress": p.email,
                                                                 "Birthdate": dob, "LastVisitReason": p.cond, "Segment": "recall_q3"}}]
            phi = p.names() + [[p.mrn, "mrn"], [p.email, "email"], [dob, "dob"], [p.cond, "condition"]]
            add(S, "POST", f"{mc}/hub/v1/dataevents/key:RecallList/rowset", {**HJ, "Authorization": "Bearer " + hexs(40)},
                json.dumps(body, **JS), phi, ["recall_q3", "key:RecallList"])
        else:
            ph = p.phone("e164")
            body = {"ContactKey": p.email, "EventDefinitionKey": "APIEvent-" + uid(),
                    "Data": {"FirstName": p.first, "MobileNumber": ph, "Zip": p.zip, "Program": f"{p.cond} education"}}
            phi = [[p.email, "email"], [p.first_toks[0], "name"]] + [[t, "name"] for t in p.first_toks[1:]] + [[ph, "phone"], [p.zip, "zip"], [p.cond, "condition"]]
            add(S, "POST", f"{mc}/interaction/v1/events", {**HJ, "Authorization": "Bearer " + hexs(40)}, json.dumps(body, **JS), phi,
                [body["EventDefinitionKey"]])
    body = [{"keys": {"SKU": "PP-KIT-250"}, "values": {"Name": "Appointment reminder cards", "Price": "39.95", "UPC": "036000291452",
                                                        "Updated": "2026-05-14T09:31:22Z"}},
            {"keys": {"SKU": "PP-KIT-500"}, "values": {"Name": "Patient portal welcome packet", "Price": "64.50", "UPC": "012345678905",
                                                        "Updated": "2026-05-14T09:31:22Z"}}]
    add(S, "POST", f"{mc}/hub/v1/dataevents/key:Catalog/rowset", {**HJ, "Authorization": "Bearer " + hexs(40)}, json.dumps(body), [],
        ["PP-KIT-250", "036000291452", "64.50"])
    ck = uid()
    body = {"ContactKey": ck, "EventDefinitionKey": "APIEvent-" + uid(), "Data": {"Plan": "Growth", "OrderId": "4155550132", "Amount": "249.00"}}
    add(S, "POST", f"{mc}/interaction/v1/events", {**HJ, "Authorization": "Bearer " + hexs(40)}, json.dumps(body), [],
        [ck, "4155550132", "249.00"])


def sqs_sns():
    S = "sqs_sns"
    def aws_h(region, svc, ctype="application/x-www-form-urlencoded; charset=utf-8"):
        return {"Content-Type": ctype, "X-Amz-Date": "20260514T093122Z",
                "Authorization": f"AWS4-HMAC-SHA256 Credential=AKIA{hexs(16).upper()}/20260514/{region}/{svc}/aws4_request, "
                                 f"SignedHeaders=content-type;host;x-amz-date, Signature={hexs(64)}"}
    q = "https://sqs.eu-west-1.amazonaws.com/418827361044/analytics-events"
    for k in range(3):
        p = nextp(); dob = dfmt(p.dob, "iso"); ph = p.phone(["paren", "e164", "dot"][k])
        mb = {"event": "intake_submitted", "event_id": uid(), "patient": {"name": p.full, "dob": dob, "phone": ph}, "reason": p.cond}
        form = urllib.parse.urlencode([("Action", "SendMessage"), ("QueueUrl", q), ("MessageBody", json.dumps(mb, **JS)),
                                       ("MessageAttribute.1.Name", "event_type"), ("MessageAttribute.1.Value.DataType", "String"),
                                       ("MessageAttribute.1.Value.StringValue", "intake_submitted"), ("Version", "2012-11-05")])
        add(S, "POST", "http://sqs.eu-west-1.amazonaws.com/", aws_h("eu-west-1", "sqs"), form,
            p.names() + [[dob, "dob"], [ph, "phone"], [p.cond, "condition"]], [mb["event_id"], "intake_submitted", "20260514T093122Z", "2012-11-05"])
    p1, p2 = nextp(), nextp(); pairs = [("Action", "SendMessageBatch"), ("QueueUrl", q)]; phi = []
    for i, p in enumerate((p1, p2), 1):
        mb = {"event": "portal_login", "email": p.email, "ip": p.ip, "mrn": p.mrn}
        pairs += [(f"SendMessageBatchRequestEntry.{i}.Id", f"m{i}"), (f"SendMessageBatchRequestEntry.{i}.MessageBody", json.dumps(mb))]
        phi += [[p.email, "email"], [p.ip, "ip_address"], [p.mrn, "mrn"]]
    pairs.append(("Version", "2012-11-05"))
    add(S, "POST", "http://sqs.eu-west-1.amazonaws.com/", aws_h("eu-west-1", "sqs"), urllib.parse.urlencode(pairs), phi,
        ["SendMessageBatch", "portal_login", "2012-11-05"])
    p = nextp(); mb = {"type": "refill_requested", "patient": {"first": p.first, "last": p.last, "member_id": p.member_id}, "drug": p.med}
    body = {"QueueUrl": q, "MessageBody": json.dumps(mb, **JS), "MessageAttributes": {"schema": {"DataType": "String", "StringValue": "v3"}}}
    add(S, "POST", "http://sqs.eu-west-1.amazonaws.com/", {**aws_h("eu-west-1", "sqs", "application/x-amz-json-1.0"), "X-Amz-Target": "AmazonSQS.SendMessage"},
        json.dumps(body, **JS), p.names() + [[p.member_id, "member_id"], [p.med, "condition"]], ["refill_requested", "AmazonSQS.SendMessage"])
    for k in range(2):
        p = nextp(); ph = p.phone("e164"); dd = svc_date(); when = f"{MONTHS[dd.month - 1][:3]} {dd.day}"
        msg = [f"Hi {p.first_toks[0]}, your {p.cond} lab results from {when} are ready in the portal. Reply STOP to opt out.",
               f"{p.first_toks[0]} {p.last_toks[0]}: reminder to pick up {p.med} at Walgreens #4417. Ref RX-{digits(7)}"][k]
        phi = [[ph, "phone"], [p.first_toks[0], "name"]] + ([[p.cond, "condition"], [when, "date"]] if k == 0 else [[p.last_toks[0], "name"], [p.med, "condition"]])
        form = urllib.parse.urlencode([("Action", "Publish"), ("PhoneNumber", ph), ("Message", msg),
                                       ("MessageAttributes.entry.1.Name", "AWS.SNS.SMS.SMSType"),
                                       ("MessageAttributes.entry.1.Value.DataType", "String"),
                                       ("MessageAttributes.entry.1.Value.StringValue", "Transactional"), ("Version", "2010-03-31")])
        add(S, "POST", "http://sns.us-west-2.amazonaws.com/", aws_h("us-west-2", "sns"), form, phi, ["Transactional", "AWS.SNS.SMS.SMSType", "2010-03-31"])
    qb = "https://sqs.us-east-1.amazonaws.com/418827361044/ehr-outbound"
    for k in range(2):
        p = nextp(); dob = dfmt(p.dob, "iso")
        mb = {"event": "chart_updated", "patient": {"name": p.full, "dob": dob, "mrn": p.mrn, "ssn": p.ssn}, "dx": p.icd}
        form = urllib.parse.urlencode([("Action", "SendMessage"), ("QueueUrl", qb), ("MessageBody", json.dumps(mb, **JS)), ("Version", "2012-11-05")])
        add(S, "POST", "http://sqs.us-east-1.amazonaws.com/", aws_h("us-east-1", "sqs"), form,
            p.names() + [[dob, "dob"], [p.mrn, "mrn"], [p.ssn, "ssn"], [p.icd, "icd10"]], ["chart_updated", "ehr-outbound"])
    for k in range(2):
        eid = uid()
        mb = [{"event": "order_completed", "event_id": eid, "order_id": "4155550132", "total": 249.00, "sku": "SKU-88213-BLK", "ts": "2026-05-14T09:31:22Z"},
              {"event": "build_promoted", "event_id": eid, "version": "4.18.2", "commit": hexs(40), "tracking": "1Z999AA10123456784"}][k]
        form = urllib.parse.urlencode([("Action", "SendMessage"), ("QueueUrl", q), ("MessageBody", json.dumps(mb)), ("Version", "2012-11-05")])
        add(S, "POST", "http://sqs.eu-west-1.amazonaws.com/", aws_h("eu-west-1", "sqs"), form, [],
            [eid, mb["event"], "4155550132" if k == 0 else mb["commit"]])


def chatbot():
    S = "chatbot_transcript"
    for k in range(8):
        p = nextp(); conv = str(R.randint(10**8, 10**9))
        if k == 0:
            dob = dfmt(p.dob, "us1"); ph = p.phone("dot")
            lines = ["[09:31:02] Bot: Hi! How can I help today?",
                     f"[09:31:20] Visitor: need to resched my {'moms' if p.sex == 'F' else 'dads'} appt. pt is {p.full} d.o.b. {dob}",
                     f"[09:31:41] Visitor: Ph: {ph}. {p.he} has {p.cond} so mornings are better",
                     "[09:31:50] Bot: Thanks! A scheduler will reach out."]
            phi = p.names() + [[dob, "dob"], [ph, "phone"], [p.cond, "condition"]]
        elif k == 1:
            lines = ["Bot: What can I help you with?", f"Visitor: billing q. SSN# {p.ssn}, DOB {dfmt(p.dob, 'us')}",
                     f"Visitor: name on acct {p.last}, {p.first}", "Bot: I can't take SSNs here, please call billing."]
            phi = p.names() + [[p.ssn, "ssn"], [dfmt(p.dob, "us"), "dob"]]
        elif k == 2:
            c = card_fmt(p.card)
            lines = ["Bot: How would you like to pay your balance of $85.00?", f"Visitor: card {c} exp 04/28, name {p.full}",
                     f"Visitor: zip {p.zip}"]
            phi = p.names() + [[c, "card_number"], [p.zip, "zip"]]
        elif k == 3:
            ph = p.phone("e164sp")
            lines = ["Bot: Hi there!", f"Visitor: hi im {p.first_toks[0]}, MRN# {p.mrn}. can u refill my {p.med}?? out since monday",
                     f"Visitor: cell {ph}", "Bot: I've sent your request to the care team."]
            phi = [[p.first_toks[0], "name"], [p.mrn, "mrn"], [p.med, "condition"], [ph, "phone"]]
        elif k == 4:
            lines = ["Bot: Please describe your symptoms.", f"Visitor: pt {p.full}, dx {p.icd} ({p.cond}), ins id {p.member_id}",
                     f"Visitor: addr {p.addr()} {p.city} {p.state} {p.zip}"]
            phi = p.names() + [[p.icd, "icd10"], [p.cond, "condition"], [p.member_id, "member_id"], [p.street, "address"], [p.zip, "zip"]]
        elif k == 5:
            dob = dfmt(p.dob, "us2y")
            lines = [f"Visitor: this is {p.first} {p.last_toks[0]}'s daughter, {p.he} was born {dob}",
                     f"Visitor: email me at {p.email} with {p.his} {p.cond} care plan", "Bot: For privacy, please use the portal."]
            phi = p.names()[:len(p.first_toks) + 1] + [[dob, "dob"], [p.email, "email"], [p.cond, "condition"]]
        elif k == 6:
            dob = dfmt(p.dob, "long")
            lines = ["Agent (Drift): Thanks for waiting!", f"Visitor: Patient: {p.full}; Date of birth: {dob}; Medicare # {p.mbi}",
                     "Agent (Drift): Got it, checking coverage."]
            phi = p.names() + [[dob, "dob"], [p.mbi, "mbi"]]
        else:
            ph = p.phone("paren")
            lines = [f"Visitor: {p.first_toks[0].upper()} {p.last.upper()} here, ph {ph}, fell last night, on {p.med} for {p.cond}",
                     "Bot: If this is an emergency, call 911."]
            phi = [[p.first_toks[0].upper(), "name"]] + [[t.upper(), "name"] for t in p.last_toks] + [[ph, "phone"], [p.med, "condition"], [p.cond, "condition"]]
        text = "\n".join(lines)
        if k % 2 == 0:
            body = json.dumps({"conversationId": conv, "type": "transcript", "orgId": 2281, "transcript": text}, **JS)
            add(S, "POST", f"http://api.drift.com/conversations/{conv}/notes", HJ, body, phi, [conv, "transcript"])
        else:
            add(S, "POST", f"http://lakesidefm.ada.support/api/v2/conversations/{conv}/transcript", {"Content-Type": "text/plain; charset=utf-8"},
                text, phi, [conv])
    cl = [("Bot: Our patient portal lets you request appointments online.\nVisitor: what are your hours?\nBot: Mon-Fri 8am-6pm, Sat 9am-1pm. Ref 4155550132",
           ["4155550132", "Mon-Fri 8am-6pm"]),
          ("Visitor: where is my order ORD-2026-00418?\nBot: It shipped 2026-05-12 via UPS, tracking 1Z999AA10123456784.",
           ["ORD-2026-00418", "1Z999AA10123456784", "2026-05-12"]),
          ("Visitor: does the Growth plan include appointment reminders?\nBot: Yes - Growth is $249.00/mo and includes SMS reminders and the patient portal. Promo code SPRING-2026.",
           ["$249.00", "SPRING-2026"])]
    for k, (text, ctl) in enumerate(cl):
        conv = str(R.randint(10**8, 10**9))
        if k == 1:
            add(S, "POST", f"http://lakesidefm.ada.support/api/v2/conversations/{conv}/transcript", {"Content-Type": "text/plain; charset=utf-8"},
                text, [], [conv] + ctl)
        else:
            add(S, "POST", f"http://api.drift.com/conversations/{conv}/notes", HJ,
                json.dumps({"conversationId": conv, "type": "transcript", "orgId": 2281, "transcript": text}), [], [conv] + ctl)


ES_COND = [("diabetes tipo 2", "E11.9"), ("depresión mayor", "F32.9"), ("VIH", "B20"), ("trastorno bipolar", "F31.9"),
           ("hipertensión", "I10"), ("cáncer de mama", "C50.911"), ("asma", "J45.909"), ("hepatitis C", "B18.2")]

def spanish():
    S = "spanish_notes"
    def note(p, i, full=True):
        cond, icd = ES_COND[i % len(ES_COND)]
        dob = dfmt(p.dob, ["dmy", "es"][i % 2]); ph = p.phone(["paren", "dash"][i % 2])
        lines = [f"Paciente: {p.full}", f"Fecha de nacimiento: {dob}", f"Número de expediente: {p.mrn}", f"Teléfono: {ph}",
                 f"Diagnóstico: {cond} ({icd})"]
        phi = p.names() + [[dob, "dob"], [p.mrn, "mrn"], [ph, "phone"], [cond, "condition"], [icd, "icd10"]]
        if full:
            lines += [f"Dirección: {p.street}, {p.city}, {p.state} {p.zip}", f"NSS: {p.ssn}",
                      f"Notas: {'la paciente' if p.sex == 'F' else 'el paciente'} refiere mal control; se ajusta tratamiento con {p.med}."]
            phi += [[p.street, "address"], [p.zip, "zip"], [p.ssn, "ssn"], [p.med, "condition"]]
        return "\n".join(lines), phi
    for k in range(4):
        p = nextp(); txt, phi = note(p, k, full=(k != 3))
        if k % 2 == 0:
            body = urllib.parse.urlencode([("text", txt), ("source_lang", "ES"), ("target_lang", "EN-US"), ("formality", "prefer_more")])
            add(S, "POST", "http://api-free.deepl.com/v2/translate", {"Content-Type": "application/x-www-form-urlencoded",
                "Authorization": "DeepL-Auth-Key " + uid() + ":fx"}, body, phi, ["EN-US", "prefer_more"])
        else:
            add(S, "POST", "http://api-free.deepl.com/v2/translate", {"Content-Type": "application/json", "Authorization": "DeepL-Auth-Key " + uid() + ":fx"},
                json.dumps({"text": [txt], "source_lang": "ES", "target_lang": "EN-US", "glossary_id": uid()}, **JS), phi, ["EN-US"])
    p = nextp(); txt, phi = note(p, 4, full=False)
    add(S, "POST", f"http://lakesidefm.webhook.office.com/webhookb2/{uid()}@{uid()}/IncomingWebhook/{hexs(32)}/{uid()}", HJ,
        json.dumps({"text": "Nota de admisión (turno noche)\n\n" + txt}, **JS), phi, ["Nota de admisión (turno noche)"])
    p = nextp(); txt, phi = note(p, 5, full=True)
    add(S, "POST", f"http://hooks.slack.com/services/T0{hexs(8).upper()}/B0{hexs(8).upper()}/{hexs(24)}", HJ,
        json.dumps({"text": "Traducción pendiente:\n```" + txt + "```"}, **JS), phi, ["Traducción pendiente"])
    p = nextp(); txt, phi = note(p, 6, full=True)
    body = {"notifier": {"name": "honeybadger-js", "version": "6.10.1"}, "error": {"class": "TranslationError",
            "message": "DeepL quota exceeded", "backtrace": [{"file": "translate.ts", "number": "40", "method": "translateNote"}]},
            "request": {"params": {"text": txt}}, "server": {"environment_name": "production"}}
    add(S, "POST", "http://api.honeybadger.io/v1/notices", {**HJ, "X-API-Key": "hbp_" + hexs(30)}, json.dumps(body, **JS), phi,
        ["TranslationError", "DeepL quota exceeded"])
    p = nextp(); txt, phi = note(p, 7, full=True)
    add(S, "POST", "http://api.redoxengine.com/endpoint/notes", {"Content-Type": "text/plain; charset=utf-8", "Authorization": "Bearer " + hexs(32)},
        txt, phi, ["Paciente:"])
    t1 = ("Programe su cita en línea a través del portal del paciente. Promoción válida hasta el 30/06/2026. "
          "Código PROMO-2026. Horario: lunes a viernes, 8:00-18:00.")
    body = urllib.parse.urlencode([("text", t1), ("source_lang", "ES"), ("target_lang", "EN-US")])
    add(S, "POST", "http://api-free.deepl.com/v2/translate", {"Content-Type": "application/x-www-form-urlencoded"}, body, [],
        ["PROMO-2026", "30/06/2026", "8:00-18:00"])
    t2 = "Su pedido ORD-2026-00418 fue enviado el 12/05/2026. Número de seguimiento: 1Z999AA10123456784. Total: $129.00"
    add(S, "POST", "http://api-free.deepl.com/v2/translate", HJ, json.dumps({"text": [t2], "target_lang": "EN-US"}, **JS), [],
        ["ORD-2026-00418", "1Z999AA10123456784", "$129.00", "12/05/2026"])


def unknown():
    S = "unknown_host"
    rows = [("POST", "http://webhook.site/" + uid(), True), ("POST", "http://pastebin.com/api/api_post.php", True),
            ("GET", "http://api.telegram.org/bot" + str(R.randint(10**9, 2 * 10**9)) + ":AA" + hexs(33) + "/sendMessage", True),
            ("POST", "http://hooks.zapier.com/hooks/catch/" + str(R.randint(10**6, 10**7)) + "/" + hexs(6) + "/", True),
            ("POST", "http://hooks.slack.com.attacker-relay.io/services/T0/B0/x", True),
            ("POST", "http://api.sendgrid.com.mail-relay.net/v3/mail/send", True),
            ("POST", "http://lakeside-health.my.salesforce.com.evil.example/services/data/v60.0/composite", True),
            ("POST", "http://notgrafana.net/otlp/v1/logs", False), ("GET", "http://transfer.sh/x7Kp2/export.tsv", False),
            ("POST", "http://3f2a-73-162-44-201.ngrok-free.app/hl7", True)]
    for method, url, has in rows:
        if has:
            p = nextp(); dob = dfmt(p.dob, "iso")
            if method == "GET":
                url += "?" + urllib.parse.urlencode({"chat_id": "-100" + digits(10), "text": f"pt {p.full} dob {dob} mrn {p.mrn}"})
                body, phi = "", p.names() + [[dob, "dob"], [p.mrn, "mrn"]]
                h = {}
            else:
                body = json.dumps({"patient": p.full, "dob": dob, "ssn": p.ssn, "note": p.cond}, **JS)
                phi = p.names() + [[dob, "dob"], [p.ssn, "ssn"], [p.cond, "condition"]]
                h = HJ
            add(S, method, url, h, body, phi, [], "deny")
        else:
            add(S, method, url, HJ if method == "POST" else {}, json.dumps({"build": "4.18.2"}) if method == "POST" else "", [], [], "deny")


def main():
    out = sys.argv[1]; os.makedirs(out, exist_ok=True)
    for fn in (graphql, jsonapi, soap_xml, x12_edi, ccda_xml, hl7_oru, fhir, chat_webhook, sendgrid, otlp, prom, yaml_body, tsv,
               beacons, jwt_cases, session_replay, hubspot, salesforce, sqs_sns, chatbot, spanish, unknown):
        fn()
    json.dump(POLICY, open(os.path.join(out, "policy.json"), "w"), indent=1)
    with open(os.path.join(out, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in CASES: fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "roster.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["first", "last", "dob", "mrn", "ssn", "member_id", "phone", "email"])
        for p in PATIENTS:
            if p.i % 3 != 2:   # about a third of the patients are NOT on the roster
                w.writerow([p.first, p.last, dfmt(p.dob, "iso"), p.mrn, p.ssn, p.member_id, p.phone("dash"), p.email])
    print(f"{len(CASES)} cases -> {out}")

if __name__ == "__main__":
    main()
