#!/usr/bin/env python3
r"""Deterministic generator of phiwall's held-out test corpus (standard library only).

Usage:
    python3 tests/corpus/gen_corpus.py OUT_DIR [--seed N] [-q]
    # the committed sets:
    python3 tests/corpus/gen_corpus.py tests/corpus/cases               # seed 1
    python3 tests/corpus/gen_corpus.py tests/corpus/cases-seed2 --seed 2

Writes OUT_DIR/policy.json, OUT_DIR/cases.jsonl and OUT_DIR/roster.csv in exactly the format that
/work/shared/eval/gen_example.py documents (id, scenario, method, url, headers, body | body_b64, phi
[[value, category]], controls, expect in redact|pass|block|block_if_disallowed|deny).

Scoring (after `cargo build --release`):
    python3 /work/shared/eval/scan_eval.py /work/main tests/corpus/cases
    python3 /work/shared/eval/leak_eval.py /work/main tests/corpus/cases       # through the live proxy
    # sanity: a do-nothing scanner must score leak_rate 1.0, keep_rate 1.0, pass_exact_rate 1.0
    python3 /work/shared/eval/scan_eval.py /work/main tests/corpus/cases --bin /work/shared/eval/null_scan.sh

Policy (policy.json): web-analytics (Segment, GA4/UA, Mixpanel; allow [] -> redact), ad-pixel (Meta pixel/CAPI;
allow [] -> redact), error-tracker (Sentry, Bugsnag, Rollbar; allow [] -> block), log-vendor (Datadog, Splunk HEC,
Loggly, Better Stack, hosted Elasticsearch; allow [] -> redact), email-api (SendGrid, Mailgun, Postmark; allow
[name, email]), sms-api (Twilio; allow [phone, name]), payment-processor (Stripe; allow [card_number, name, address,
zip, email, phone]), ai-api (OpenAI, Anthropic; allow all), lab-partner (allow all); default_destination deny.
roster.csv (first,last,dob,mrn,phone,email) lists ~75% of the generated patients.

Scenarios (each mixes PHI cases, clean look-alike variants and ~20% harder cases with ids ending "-hard"):
  segment_batch    Segment /v1/batch: identify traits (name, email, phone, birthday, address, age>89), context.ip,
                   page urls with PHI in the query (hard: re-encoded inside ?next=, JSON-string properties,
                   \u-escaped JSON, lowercase names, advertisingId device ids, autocaptured card numbers)
  ga4_collect      GA4 /g/collect GET (and batched POST): dl= percent-encoded page URL with ?patient_email=...,
                   ep.* / up.* params, page titles naming the patient
  fb_pixel         Meta /tr GET with ud[em]/ud[ph]/ud[fn]/ud[db]... = sha256 (hashed_identifier), CAPI JSON
                   user_data arrays, client_ip_address, unhashed e-mail slipped in (hard)
  mixpanel         data=<base64 JSON> form bodies and ?data= queries (/track, /engage), url-encoded JSON bodies
  sentry_envelope  newline-delimited envelopes: exception text with MRN/email/SSN, user.email/ip, request.url
                   -> block; clean envelopes -> block_if_disallowed
  log_json         Datadog log arrays with free-text messages ("failed to book appointment for patient ... (MRN
                   ...) dob ..."), structured usr.email, escaped JSON payload strings
  logfmt           text/plain logfmt lines (patient_name="..." dob=... member_id=...)
  splunk_hec       concatenated HEC JSON objects, events as objects or as JSON strings
  stripe_form      form-encoded payment intents / customers / payment methods / bank tokens: metadata[dob],
                   metadata[mrn], description; card/name/address/email allowed, routing numbers are controls
  twilio_sms       To=+1...&Body=reminders with first name, dates (US, long, Spanish), conditions, MRN
  email_api        SendGrid personalizations / Postmark JSON: name+email allowed, clinical text is not
  ai_chat          clinical-note prompts to OpenAI/Anthropic (pass) and the same request logged to the log vendor
  hl7v2            ADT^A04/A08, ORU^R01 (\r-joined; PID-3/5/7/11/13/19, PV1 NPI + admit date, IN1 member id,
                   DG1 ICD-10 + text), ACKs as clean; partner (pass), log vendor (redact), unknown relay (deny),
                   HL7 inside a JSON log record (hard)
  fhir             Patient (MR identifier, us-ssn, us-mbi, passport/DL identifiers, telecom, address) and
                   transaction Bundles with Condition (ICD-10 code + display + text, onset) and Practitioner NPI;
                   OperationOutcome / CapabilityStatement as clean
  multipart        Mailgun messages with a JSON attachment, intake forms (DL, VIN, passport, age), OpenAI file
                   uploads, lab requisitions
  ndjson           Elasticsearch _bulk logs, analytics event streams, FHIR bulk Patient export (application/x-ndjson)
  gzip_json        JSON requests from other scenarios sent with Content-Encoding: gzip (body_b64)
  headers          Referer with PHI query, Cookie patient_email=... / ajs_user_traits, X-Patient-Id, X-User-Email
  url_path         /api/patients/<mrn>/chart and /users/<email>/profile in paths, dp=/dl=, double-percent-encoded
                   query values, Loggly tags, Datadog ddtags, Stripe search queries, Twilio Lookup, SendGrid paths
  csv_upload       text/csv with header rows (contact imports, offline conversions, lookup tables, lab batches)
  xml              lab order XML, CDA header fragment, SOAP CORE envelope carrying an X12 270 (hard)
  clean_lookalike  no PHI at all: UUIDs, ISO-8601 timestamps, epoch s/ms, ORD-2026-118734, UPS/USPS/FedEx tracking,
                   SKUs, semver, build numbers, prices, Luhn-invalid 16-digit refs, hex ids, "Will", "Hope" -> pass
  policy_deny      unknown and look-alike hosts (api.segment.io.attacker.example, evilsentry.io, ...) -> deny
  policy_error_tracker  Sentry store, Bugsnag, Rollbar: PHI -> block, clean -> block_if_disallowed
  policy_allowed_all    PHI to the lab partner / AI API in JSON, form and query -> pass (byte for byte)
  policy_partial   email/SMS/payment requests carrying only allowed PHI (pass) or allowed + disallowed (redact)

Categories: name ssn mrn member_id mbi dob date email phone address zip ip_address card_number bank_account
drivers_license npi dea icd10 condition hashed_identifier passport vin device_id age_over_89. Values are
valid: SSNs obey the area/group/serial rules, card numbers and NPIs (Luhn over "80840"+NPI) pass their check
digits, MBIs follow the CMS format, VINs carry a correct check digit, DEA numbers their checksum; phones and
dates come in many formats; names include hyphens, apostrophes, accents and particles. Every labelled value has
a label, key name, field position or distinctive format next to it (never a bare first name).

Self-check (run on every generated case; failing cases are regenerated with fresh values, then dropped): a fake
received request {"method","path","headers","body"} is built from the case and common.views()/common.present()
from /work/shared/eval (or $PHIWALL_EVAL_DIR) must show every phi value and every control; expect must agree with
the policy; a perfect redactor (every disallowed value removed from the decoded views) must leave every control
and every allowed PHI value intact. Finally a value labelled PHI anywhere must not appear unlabelled in another
case (e.g. a clean one)."""
import argparse, base64, csv, datetime, gzip, hashlib, io, json, os, random, re, sys, unicodedata, urllib.parse, uuid

EVAL_DIR = os.environ.get("PHIWALL_EVAL_DIR", "/work/shared/eval")
sys.path.insert(0, EVAL_DIR)
import common  # noqa: E402  (views/present/dest_of used by the self-check)

# ----------------------------------------------------------------------------------------------
# policy
# ----------------------------------------------------------------------------------------------
POLICY = {
    "destinations": [
        {"name": "web-analytics", "hosts": ["api.segment.io", "region1.google-analytics.com", "www.google-analytics.com",
                                            "api-js.mixpanel.com", "api.mixpanel.com", "stats.example-analytics.com"],
         "allow": [], "on_violation": "redact"},
        {"name": "ad-pixel", "hosts": ["www.facebook.com", "graph.facebook.com"], "allow": [], "on_violation": "redact"},
        {"name": "error-tracker", "hosts": ["*.ingest.sentry.io", "sentry.io", "notify.bugsnag.com", "api.rollbar.com"],
         "allow": [], "on_violation": "block"},
        {"name": "log-vendor", "hosts": ["http-intake.logs.datadoghq.com", "*.splunkcloud.com", "logs-01.loggly.com",
                                         "in.logs.betterstack.com", "*.es.example-logs.io"],
         "allow": [], "on_violation": "redact"},
        {"name": "email-api", "hosts": ["api.sendgrid.com", "api.mailgun.net", "api.postmarkapp.com"],
         "allow": ["name", "email"], "on_violation": "redact"},
        {"name": "sms-api", "hosts": ["api.twilio.com", "lookups.twilio.com"], "allow": ["phone", "name"], "on_violation": "redact"},
        {"name": "payment-processor", "hosts": ["api.stripe.com"],
         "allow": ["card_number", "name", "address", "zip", "email", "phone"], "on_violation": "redact"},
        {"name": "ai-api", "hosts": ["api.openai.com", "api.anthropic.com"], "allow": ["all"], "on_violation": "block"},
        {"name": "lab-partner", "hosts": ["api.partner-lab.example", "hl7.partner-lab.example", "fhir.partner-lab.example"],
         "allow": ["all"], "on_violation": "block"},
    ],
    "default_destination": "deny",
    "roster_columns": {"first": "name", "last": "name", "dob": "dob", "mrn": "mrn", "phone": "phone", "email": "email"},
}

# ----------------------------------------------------------------------------------------------
# value pools
# ----------------------------------------------------------------------------------------------
FIRST = ["Maria", "James", "Aisha", "Wei", "Olga", "Diego", "Priya", "Samuel", "José", "Zoë", "Renée", "Mary-Kate",
         "Jean-Luc", "Siobhan", "Oluwaseun", "Thanh", "Bartholomew", "Giulia", "Hamza", "Ingrid", "Kwame", "Leilani",
         "Nadia", "Rafael", "Sergei", "Yuki", "Fatima", "Connor", "Dmitri", "Esperanza", "Beatriz", "Chiara", "Darnell",
         "Elif", "Feng", "Gustavo", "Hiroshi", "Imani", "Jamal", "Katarzyna", "Lakshmi", "Mateo", "Nnamdi", "Oksana",
         "Pilar", "Quentin", "Rashida", "Søren", "Tomás", "Ulrike", "Valentina", "Xiomara", "Yolanda", "Zainab",
         "Ana-Sofia", "D'Andre", "Marisol", "Shoshana", "Bjørn", "Agnieszka", "Chukwuemeka", "Mohammed", "Francesca",
         "Ngozi", "Raúl", "Cédric", "Émilie", "Ayşe", "Łukasz", "Dolores", "Kenji", "Parisa", "Tariq", "Marguerite",
         "Ignacio", "Svetlana", "Adebayo", "Lucía", "Gwendolyn", "Thaddeus", "Mei-Ling", "Ebony", "Cormac", "Anneliese"]
LAST = ["Gonzalez", "Whitaker", "Okafor", "Zhang", "Petrov", "Alvarez", "Raman", "Fitzgerald", "O'Brien", "D'Angelo",
        "Smith-Jones", "García", "Nguyễn", "Müller", "Kowalski", "Adeyemi", "Johansson", "Papadopoulos", "MacLeod",
        "Van der Berg", "de la Cruz", "Al-Masri", "Yamamoto", "Haddad", "Ivanova", "Chakraborty", "Abernathy",
        "Lindqvist", "Nakamura", "Ferreira", "Okonkwo", "Schröder", "Bianchi", "Kaczmarek", "Mendoza-Ruiz", "Osei",
        "Delacroix", "Hernández", "Rosenberg", "Tran", "Gupta", "Castellanos", "Achterberg", "Quintero", "Thorsen",
        "Wójcik", "Villanueva", "Pham", "Oyelaran", "Lefebvre", "Dubois", "Novak", "Sandoval", "Brennan", "Kapoor",
        "Yilmaz", "Andersson", "O'Malley", "Rodríguez", "Blackwood", "Featherstone", "Ashworth", "Szymańska",
        "Baptiste", "Kealoha", "Mwangi", "Horowitz", "Ó Briain", "Lindgren-Moss", "Takahashi"]
MIDDLE = ["Luisa", "Ann", "Marie", "Elizabeth", "Jose", "Lee", "Kwabena", "Aleksandr", "Noor", "Theresa", "Jun"]
PROVIDERS = ["Okoye", "Lindstrom", "Castillo", "Harrow", "Menon", "Sato", "Abiodun", "Whitfield", "Baranski", "Ferro"]
CITIES = [("Springfield", "IL"), ("Oakland", "CA"), ("Fresno", "CA"), ("Tucson", "AZ"), ("Dayton", "OH"), ("Spokane", "WA"),
          ("Savannah", "GA"), ("Albuquerque", "NM"), ("Worcester", "MA"), ("Boise", "ID"), ("Hialeah", "FL"),
          ("Green Bay", "WI"), ("Lubbock", "TX"), ("Yonkers", "NY"), ("Paterson", "NJ"), ("Provo", "UT"),
          ("Chattanooga", "TN"), ("Cedar Rapids", "IA"), ("Santa Fe", "NM"), ("Baton Rouge", "LA")]
STREETS = ["Oak Ridge", "Maple", "Cedar Hollow", "Sunnyside", "Martin Luther King Jr", "Willow Creek", "Lakeview",
           "Juniper", "Old Mill", "Pine Valley", "Magnolia", "Harbor View", "Rio Grande", "Chestnut", "Elm", "3rd",
           "W 47th", "Cottonwood", "Peachtree", "Alder"]
SUFFIX = ["St", "Ave", "Dr", "Rd", "Blvd", "Ln", "Ct", "Way", "Pl", "Terrace", "Street", "Avenue", "Drive"]
UNITS = ["Apt 4B", "Unit 12", "#305", "Apt 2", "Suite 110", "Apt 17C"]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "comcast.net",
                 "protonmail.com", "att.net", "mail.com"]
# (plain-language condition, ICD-10-CM code, ICD-10 description)
CONDITIONS = [
    ("type 2 diabetes", "E11.9", "Type 2 diabetes mellitus without complications"),
    ("hypertension", "I10", "Essential (primary) hypertension"),
    ("major depressive disorder", "F32.9", "Major depressive disorder, single episode, unspecified"),
    ("HIV", "B20", "Human immunodeficiency virus [HIV] disease"),
    ("asthma", "J45.909", "Unspecified asthma, uncomplicated"),
    ("COPD", "J44.9", "Chronic obstructive pulmonary disease, unspecified"),
    ("breast cancer", "C50.911", "Malignant neoplasm of unspecified site of right female breast"),
    ("chronic kidney disease stage 3", "N18.30", "Chronic kidney disease, stage 3 unspecified"),
    ("opioid use disorder", "F11.20", "Opioid dependence, uncomplicated"),
    ("generalized anxiety disorder", "F41.1", "Generalized anxiety disorder"),
    ("atrial fibrillation", "I48.91", "Unspecified atrial fibrillation"),
    ("hypothyroidism", "E03.9", "Hypothyroidism, unspecified"),
    ("rheumatoid arthritis", "M06.9", "Rheumatoid arthritis, unspecified"),
    ("bipolar disorder", "F31.9", "Bipolar disorder, unspecified"),
    ("schizophrenia", "F20.9", "Schizophrenia, unspecified"),
    ("chronic hepatitis C", "B18.2", "Chronic viral hepatitis C"),
    ("multiple sclerosis", "G35", "Multiple sclerosis"),
    ("Crohn's disease", "K50.90", "Crohn's disease, unspecified, without complications"),
    ("alcohol use disorder", "F10.20", "Alcohol dependence, uncomplicated"),
    ("obstructive sleep apnea", "G47.33", "Obstructive sleep apnea (adult) (pediatric)"),
    ("prostate cancer", "C61", "Malignant neoplasm of prostate"),
    ("PTSD", "F43.10", "Post-traumatic stress disorder, unspecified"),
    ("gestational diabetes", "O24.419", "Gestational diabetes mellitus in pregnancy, unspecified control"),
    ("migraine", "G43.909", "Migraine, unspecified, not intractable, without status migrainosus"),
    ("heart failure", "I50.9", "Heart failure, unspecified"),
    ("epilepsy", "G40.909", "Epilepsy, unspecified, not intractable, without status epilepticus"),
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
TODAY = datetime.date(2026, 5, 1)
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
       "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"]
PORTALS = ["portal.sunrisefamilymed.com", "my.lakeshore-ortho.com", "patients.brightpath-peds.org", "app.cedarclinic.health"]
CLINICS = ["Sunrise Family Medicine", "Lakeshore Orthopedics", "BrightPath Pediatrics", "Cedar Clinic"]
CLEAN_PAGES = [("/", "Home | {clinic}"), ("/appointments/new", "Book an Appointment | {clinic}"),
               ("/billing/pay", "Pay Your Bill | {clinic}"), ("/providers", "Our Providers | {clinic}"),
               ("/insurance", "Insurance We Accept | {clinic}"), ("/locations/downtown", "Downtown Office Hours | {clinic}"),
               ("/forms", "New Patient Forms | {clinic}"), ("/careers", "Careers | {clinic}"),
               ("/blog/flu-shot-season", "Flu Shot Season Is Here | {clinic}"), ("/portal/login", "Sign In | {clinic}")]
CLEAN_EVENTS = ["Pricing Viewed", "Appointment Slot Viewed", "Signup Started", "Bill Pay Clicked", "Login Succeeded",
                "Provider Profile Viewed", "Newsletter Subscribed", "Form Step Completed", "Video Played", "Search Performed"]
LOINC = [("4548-4", "Hemoglobin A1c"), ("2345-7", "Glucose"), ("2160-0", "Creatinine"), ("718-7", "Hemoglobin"),
         ("2093-3", "Cholesterol"), ("6690-2", "WBC"), ("3016-3", "TSH"), ("1742-6", "ALT")]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ø", "o") \
        .replace("Ø", "O").replace("ł", "l").replace("Ł", "L")


def luhn_check_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(num):
    return luhn_check_digit(num[:-1]) == num[-1]


def sha256(s):
    return hashlib.sha256(s.encode()).hexdigest()


def fmt_date(d, style):
    y, m, dd = d.year, d.month, d.day
    return {"iso": f"{y:04d}-{m:02d}-{dd:02d}", "us": f"{m:02d}/{dd:02d}/{y}", "us_short": f"{m}/{dd}/{y}",
            "long": f"{MONTHS[m - 1]} {dd}, {y}", "abbr": f"{MONTHS[m - 1][:3]} {dd}, {y}",
            "dmy": f"{dd} {MONTHS[m - 1][:3]} {y}", "compact": f"{y}{m:02d}{dd:02d}", "dash_us": f"{m:02d}-{dd:02d}-{y}",
            "slash_iso": f"{y}/{m:02d}/{dd:02d}", "dmy_long": f"{dd} {MONTHS[m - 1]} {y}"}[style]


DOB_STYLES = ["iso", "iso", "us", "us", "us_short", "long", "abbr", "dmy", "dash_us", "slash_iso", "dmy_long"]


def fmt_phone(ph, style):
    a, e, l = ph
    return {"paren": f"({a}) {e}-{l}", "dash": f"{a}-{e}-{l}", "dot": f"{a}.{e}.{l}", "plain": f"{a}{e}{l}",
            "e164": f"+1{a}{e}{l}", "intl": f"+1 {a} {e} {l}", "intl_paren": f"+1 ({a}) {e}-{l}",
            "one_dash": f"1-{a}-{e}-{l}", "space": f"{a} {e} {l}", "intl_dash": f"+1-{a}-{e}-{l}"}[style]


PHONE_STYLES = ["paren", "paren", "dash", "dash", "dot", "plain", "e164", "intl", "intl_paren", "one_dash", "space", "intl_dash"]


class Patient:
    pass


# ----------------------------------------------------------------------------------------------
# generator state: random values, patients, case assembly, self-check
# ----------------------------------------------------------------------------------------------
class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.cases, self.used, self.pending, self.roster = [], [], [], []
        self.counter, self.dropped, self.problems = {}, 0, []
        self.first_pool, self.last_pool = list(FIRST), list(LAST)

    # ---- primitive values ----
    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def hex(self, n):
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def digits(self, n, first_nonzero=True):
        s = str(self.r.randint(1, 9)) if first_nonzero else str(self.r.randint(0, 9))
        return s + "".join(str(self.r.randint(0, 9)) for _ in range(n - 1))

    def alnum(self, n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def when(self, days_back=20):
        """A recent instant (for event timestamps, which are not PHI)."""
        base = datetime.datetime(2026, 5, 1, 0, 0, 0) - datetime.timedelta(seconds=self.r.randint(0, days_back * 86400))
        return base.replace(microsecond=self.r.randint(0, 999) * 1000)

    def ts_iso(self, dt=None):
        dt = dt or self.when()
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"

    def epoch(self, dt=None, ms=False):
        dt = dt or self.when()
        s = int((dt - datetime.datetime(1970, 1, 1)).total_seconds())
        return s * 1000 + dt.microsecond // 1000 if ms else s

    def future_date(self):
        return TODAY + datetime.timedelta(days=self.r.randint(1, 200))

    def past_date(self, years=6):
        return TODAY - datetime.timedelta(days=self.r.randint(1, 365 * years))

    def phone(self):
        r = self.r
        while True:
            a = f"{r.randint(2, 9)}{r.randint(0, 8)}{r.randint(0, 9)}"
            e = f"{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(0, 9)}"
            if a[1:] != "11" and e[1:] != "11" and a not in ("800", "888", "877", "866", "855", "844", "833", "900"):
                return (a, e, f"{r.randint(0, 9999):04d}")

    def ssn(self, style=None):
        r = self.r
        while True:
            area = r.randint(1, 899)
            if area != 666: break
        s = (f"{area:03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}")
        style = style or r.choice(["dash", "dash", "dash", "space", "plain"])
        return {"dash": "-".join(s), "space": " ".join(s), "plain": "".join(s)}[style]

    def card(self, fmt=None):
        r = self.r
        kind = r.choice(["visa", "visa", "mc", "amex", "disc"])
        if kind == "visa": p = "4" + self.digits(14, False)
        elif kind == "mc": p = f"5{r.randint(1, 5)}" + self.digits(13, False)
        elif kind == "amex": p = r.choice(["34", "37"]) + self.digits(12, False)
        else: p = "6011" + self.digits(11, False)
        n = p + luhn_check_digit(p)
        fmt = fmt or r.choice(["plain", "plain", "space", "dash"])
        if fmt == "plain": return n
        sep = " " if fmt == "space" else "-"
        if len(n) == 15: return sep.join([n[:4], n[4:10], n[10:]])
        return sep.join(n[i:i + 4] for i in range(0, 16, 4))

    def luhn_invalid16(self):
        p = self.r.choice(["4", "5"]) + self.digits(14, False)
        good = luhn_check_digit(p)
        return p + str((int(good) + self.r.randint(1, 9)) % 10)

    def npi(self):
        base = self.r.choice("12") + self.digits(8, False)
        return base + luhn_check_digit("80840" + base)

    def dea(self, last_initial=None):
        r = self.r
        d = [r.randint(0, 9) for _ in range(6)]
        chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return r.choice("ABFGM") + (last_initial or r.choice("ABCDEFGHKLMNPRSTW")) + "".join(map(str, d)) + str(chk)

    def mbi(self, dashed=False):
        r = self.r
        L = "ACDEFGHJKMNPQRTUVWXY"; N = "0123456789"; AN = L + N
        pat = [N[1:], L, AN, N, L, AN, N, L, L, N, N]
        s = "".join(r.choice(x) for x in pat)
        return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s

    def vin(self):
        r = self.r
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        trans = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
                 "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
                 "X": 7, "Y": 8, "Z": 9}
        w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        v = [r.choice(["1", "2", "3", "4", "5", "J", "K", "W"])] + [r.choice(chars) for _ in range(16)]
        v[9] = r.choice("ABCDEFGHJKLMNPRSTVWXY123456789")
        for i in range(11, 17): v[i] = str(r.randint(0, 9))
        c = sum(trans[ch] * w[i] for i, ch in enumerate(v)) % 11
        v[8] = "X" if c == 10 else str(c)
        return "".join(v)

    def ip(self):
        r = self.r
        if r.random() < 0.12:
            return f"2601:{r.randint(0x100, 0xfff):x}:{r.randint(0x1000, 0xffff):x}:{r.randint(0x100, 0xffff):x}::{r.randint(0x10, 0xfff):x}"
        while True:
            a = r.randint(12, 223)
            if a not in (127, 169, 172, 192, 100): break
        return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def member_id(self):
        r = self.r
        k = r.randint(0, 3)
        if k == 0: return self.alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + self.digits(9)
        if k == 1: return "W" + self.digits(9)
        if k == 2: return self.alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + self.digits(8, False) + "01"
        return self.digits(11)

    def mrn(self):
        r = self.r
        k = r.random()
        if k < 0.6: return self.digits(r.choice([6, 7, 7, 8]))
        if k < 0.8: return "00" + self.digits(6)
        return r.choice("EAMH") + self.digits(7)

    def drivers_license(self):
        r = self.r
        st = r.choice(["CA", "NY", "TX", "FL", "IL", "WA"])
        if st == "CA": v = r.choice("ABCDEFGNSY") + self.digits(7, False)
        elif st == "NY": v = self.digits(9)
        elif st == "TX": v = self.digits(8)
        elif st == "FL": v = r.choice("BGHMS") + f"{self.digits(3, False)}-{self.digits(3, False)}-{self.digits(2, False)}-{self.digits(3, False)}-0"
        elif st == "IL": v = r.choice("BGHMS") + self.digits(3, False) + "-" + self.digits(4, False) + "-" + self.digits(4, False)
        else: v = "WDL" + self.alnum(9)
        return st, v

    def passport(self):
        return self.r.choice(["C", "A", "E"]) + self.digits(8, False) if self.r.random() < 0.6 else self.digits(9)

    def device_serial(self):
        r = self.r
        k = r.randint(0, 2)
        if k == 0: return "PJN" + self.digits(6) + "S"        # pacemaker style
        if k == 1: return self.alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + "-" + self.alnum(4) + "-" + self.alnum(4)
        return "(01)00" + self.digits(12, False) + "(21)" + self.alnum(8)  # GS1 UDI

    def address(self):
        r = self.r
        num = str(r.randint(1, 9899))
        street = f"{num} {r.choice(STREETS)} {r.choice(SUFFIX)}"
        city, st = r.choice(CITIES)
        zip5 = f"{r.randint(1, 99):02d}{r.randint(0, 999):03d}"
        return street, (r.choice(UNITS) if r.random() < 0.3 else ""), city, st, zip5

    def name_pair(self):
        return self.r.choice(self.first_pool), self.r.choice(self.last_pool)

    # ---- patients ----
    def patient(self, reuse=0.1):
        r = self.r
        if self.used and r.random() < reuse:
            return r.choice(self.used)
        p = Patient()
        p.first, p.last = self.name_pair()
        p.middle = r.choice(MIDDLE) if r.random() < 0.25 else ""
        p.sex = r.choice(["female", "male"])
        if r.random() < 0.14:
            p.dob = datetime.date(r.randint(1924, 1935), r.randint(1, 12), r.randint(1, 28))
        else:
            p.dob = datetime.date(r.randint(1937, 2022), r.randint(1, 12), r.randint(1, 28))
        p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
        p.mrn = self.mrn()
        p.ssn = self.ssn()
        p.ph = self.phone()
        p.phone = fmt_phone(p.ph, r.choice(PHONE_STYLES))
        p.phone_digits = "".join(p.ph)
        f, l = strip_accents(p.first).lower().replace("'", ""), strip_accents(p.last).lower().replace("'", "").replace(" ", "")
        local = r.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{r.randint(1, 99)}", f"{f}.{l}{p.dob.year % 100:02d}",
                          f"{l}.{f}", f"{f}{r.randint(100, 999)}"])
        p.email = local + "@" + r.choice(EMAIL_DOMAINS)
        p.street, p.unit, p.city, p.state, p.zip = self.address()
        p.member_id = self.member_id()
        p.mbi = self.mbi()
        p.dl_state, p.dl = self.drivers_license()
        p.ip = self.ip()
        p.card = self.card()
        p.bank = self.digits(r.randint(8, 12))
        p.passport = self.passport()
        p.vin = self.vin()
        p.device = self.device_serial()
        p.cond = r.choice(CONDITIONS)
        p.cond2 = r.choice([c for c in CONDITIONS if c != p.cond])
        p.in_roster = None
        self.pending.append(p)
        return p

    def full(self, p):
        return f"{p.first} {p.last}"

    # ---- case assembly ----
    def case(self, scenario, method, url, headers, body, phi, controls, expect, hard=False):
        seen, ph = set(), []
        for v, k in phi:
            v = str(v)
            if (v.lower(), k) not in seen:
                seen.add((v.lower(), k)); ph.append([v, k])
        ctl = []
        for v in controls:
            v = str(v)
            if v not in ctl: ctl.append(v)
        c = {"id": None, "scenario": scenario, "method": method, "url": url, "headers": dict(headers)}
        if isinstance(body, bytes):
            try:
                body.decode("utf-8")
                c["body"] = body.decode("utf-8")
            except UnicodeDecodeError:
                c["body_b64"] = base64.b64encode(body).decode()
        else:
            c["body"] = body
        c.update({"phi": ph, "controls": ctl, "expect": expect})
        c["_hard"] = hard
        return c

    def add(self, fn, *args, tries=6, **kw):
        """Build a case with fn(g, ...), self-check it, retry with fresh random values, or drop it."""
        for _ in range(tries):
            self.pending = []
            c = fn(self, *args, **kw)
            probs = check_case(c)
            if not probs:
                n = self.counter.get(c["scenario"], 0); self.counter[c["scenario"]] = n + 1
                c["id"] = f"{c['scenario']}-{n:03d}" + ("-hard" if c.pop("_hard") else "")
                self.cases.append(c)
                for p in self.pending:
                    p.in_roster = self.r.random() < 0.75
                    self.used.append(p)
                return c
            self.problems.append((c["scenario"], probs[:3]))
        self.dropped += 1
        return None


# ----------------------------------------------------------------------------------------------
# self-check
# ----------------------------------------------------------------------------------------------
def fake_request(c):
    u = urllib.parse.urlsplit(c["url"])
    body = base64.b64decode(c["body_b64"]) if "body_b64" in c else c["body"].encode()
    return {"method": c["method"], "path": u.path + ("?" + u.query if u.query else ""), "headers": dict(c["headers"]),
            "body": body}


def check_case(c):
    probs = []
    text = common.views(fake_request(c))
    for v, k in c["phi"]:
        if not common.present(v, text): probs.append(f"phi not visible: {v!r} ({k})")
    for v in c["controls"]:
        if not common.present(v, text): probs.append(f"control not visible: {v!r}")
    host = urllib.parse.urlsplit(c["url"]).hostname
    d = common.dest_of(POLICY, host)
    allow = set(d["allow"]) if d else set()
    dis = [(v, k) for v, k in c["phi"] if "all" not in allow and k not in allow]
    kept = [v for v, k in c["phi"] if (v, k) not in dis]
    e = c["expect"]
    if e == "deny" and d is not None: probs.append("deny but host is a known destination")
    if e != "deny" and d is None: probs.append("unknown host but not deny")
    if e == "block" and (not d or d["on_violation"] != "block" or not dis): probs.append("block needs PHI at a block destination")
    if e == "block_if_disallowed" and (not d or d["on_violation"] != "block"): probs.append("block_if_disallowed at non-block dest")
    if e == "pass" and dis: probs.append(f"pass but disallowed PHI {dis[:2]}")
    if e == "redact":
        if not d or d["on_violation"] != "redact": probs.append("redact at non-redact destination")
        if not dis: probs.append("redact case without disallowed PHI (should be pass)")
        # simulate a perfect redactor on the decoded views: what must survive must still be there
        red = text
        for v, _ in sorted(dis, key=lambda x: -len(x[0])):
            red = re.sub(r"(?<![A-Za-z0-9])" + re.escape(v) + r"(?![A-Za-z0-9])", "[X]", red, flags=re.I)
        for v in kept + c["controls"]:
            if not common.present(v, red): probs.append(f"kept value {v!r} destroyed by redacting disallowed PHI")
    for v in c["controls"]:
        for pv, k in c["phi"]:
            if v.lower() == pv.lower(): probs.append(f"control {v!r} is also PHI")
    return probs


def global_check(g):
    """A PHI value labelled in one case must not turn up unlabelled in another (e.g. in a clean case)."""
    pool = {}
    for c in g.cases:
        for v, k in c["phi"]:
            if k in ("name", "mrn", "ssn", "email", "phone", "dob", "member_id", "mbi", "card_number", "bank_account",
                     "drivers_license", "passport", "vin", "device_id", "address") and len(v) >= 3:
                pool.setdefault(v.lower(), k)
    tok = {}
    for v in pool:
        m = re.search(r"[a-z0-9]+", strip_accents(v).lower())
        tok.setdefault(m.group(0) if m else "", []).append(v)
    bad = []
    for c in g.cases:
        text = common.views(fake_request(c))
        words = set(re.findall(r"[a-z0-9]+", strip_accents(text).lower()))
        own = [v for v, _ in c["phi"]]
        for t, vals in tok.items():
            if t not in words: continue
            for v in vals:
                if common.present(v, text) and not any(common.present(v, o) for o in own):
                    bad.append((c["id"], v, pool[v]))
    return bad


# ----------------------------------------------------------------------------------------------
# helpers shared by scenarios
# ----------------------------------------------------------------------------------------------
def jdump(obj, ascii_=False, compact=True):
    return json.dumps(obj, ensure_ascii=ascii_, separators=(",", ":") if compact else (", ", ": "))


def q(s):
    return urllib.parse.quote(s, safe="")


def qp(s):
    return urllib.parse.quote_plus(s, safe="")


def portal_url(g, path, params=None):
    u = f"https://{g.r.choice(PORTALS)}{path}"
    if params:
        u += "?" + urllib.parse.urlencode(params, quote_via=urllib.parse.quote)
    return u


def clinic(g):
    return g.r.choice(CLINICS)


JSONH = {"Content-Type": "application/json"}
FORMH = {"Content-Type": "application/x-www-form-urlencoded"}


# ----------------------------------------------------------------------------------------------
# scenarios
# ----------------------------------------------------------------------------------------------
def sc_segment_batch(g, clean=False, hard=False):
    r = g.r
    phi, ctl, events = [], [], []
    ua = r.choice(UAS)
    uid = g.uuid(); anon = g.uuid()
    lib = {"name": "analytics.js", "version": r.choice(["next-1.64.0", "next-1.70.0", "4.1.0"])}

    def base(kind, **kw):
        mid = "ajs-next-" + g.hex(32)
        e = {"type": kind, "messageId": mid, "anonymousId": anon, "userId": uid, "timestamp": g.ts_iso(),
             "context": {"library": lib, "userAgent": ua, "locale": "en-US"}}
        e.update(kw)
        return e
    for _ in range(r.randint(1, 3)):
        pth, title = r.choice(CLEAN_PAGES)
        url = portal_url(g, pth, {"utm_source": "newsletter", "utm_campaign": f"spring-{r.randint(10, 99)}"} if r.random() < .4 else None)
        e = base("page", name=title.split(" |")[0], properties={"path": pth, "url": url, "title": title.format(clinic=clinic(g))})
        e["context"]["page"] = {"path": pth, "url": url, "title": title.format(clinic=clinic(g))}
        events.append(e); ctl.append(e["messageId"])
    for _ in range(r.randint(1, 2)):
        ev = r.choice(CLEAN_EVENTS)
        e = base("track", event=ev, properties={"location_id": f"loc_{r.randint(1, 40)}", "slot_count": r.randint(0, 12),
                                                 "plan": r.choice(["standard", "sliding-scale"]), "build": f"{r.randint(1, 5)}.{r.randint(0, 30)}.{r.randint(0, 9)}"})
        events.append(e); ctl += [ev, e["properties"]["location_id"]]
    if not clean:
        p = g.patient()
        traits = {}
        nm = r.random()
        fn, ln = (p.first.lower(), p.last.lower()) if hard and r.random() < .5 else (p.first, p.last)
        if nm < .5:
            traits["firstName"], traits["lastName"] = fn, ln; phi += [(fn, "name"), (ln, "name")]
        else:
            traits["name"] = f"{fn} {ln}"; phi.append((f"{fn} {ln}", "name"))
        traits["email"] = p.email; phi.append((p.email, "email"))
        if r.random() < .7: traits["phone"] = p.phone; phi.append((p.phone, "phone"))
        if r.random() < .6:
            b = fmt_date(p.dob, "iso") + ("T00:00:00.000Z" if r.random() < .4 else "")
            traits["birthday"] = b; phi.append((b, "dob"))
        if r.random() < .5:
            traits["address"] = {"street": p.street, "city": p.city, "state": p.state, "postalCode": p.zip, "country": "US"}
            phi += [(p.street, "address"), (p.city, "address"), (p.zip, "zip")]
        if p.age >= 90 and r.random() < .7:
            traits["age"] = p.age; phi.append((str(p.age), "age_over_89"))
        traits["plan"] = "patient-portal"
        idn = base("identify", traits=traits)
        idn["context"]["ip"] = p.ip; phi.append((p.ip, "ip_address"))
        if hard and r.random() < .4:
            idn["context"]["device"] = {"advertisingId": g.uuid().upper(), "type": "ios", "model": "iPhone15,2"}
            phi.append((idn["context"]["device"]["advertisingId"], "device_id"))
        events.insert(r.randint(0, len(events)), idn)
        # page view with PHI in the query string
        params = [("patient_email", p.email)]
        if r.random() < .5: params.append(("dob", fmt_date(p.dob, "iso"))); phi.append((fmt_date(p.dob, "iso"), "dob"))
        if r.random() < .4: params.append(("mrn", p.mrn)); phi.append((p.mrn, "mrn"))
        pth = r.choice(["/appointments/confirm", "/intake/step-2", "/portal/results", "/checkin"])
        url = portal_url(g, pth, params)
        if hard and r.random() < .5:   # the url carried once more, encoded again, inside a redirect parameter
            url = portal_url(g, "/login", [("next", url)])
        e = base("page", name="Confirm", properties={"path": pth, "url": url})
        e["context"]["page"] = {"path": pth, "url": url, "title": "Confirm Appointment"}
        e["context"]["ip"] = p.ip
        events.append(e); ctl.append(e["messageId"])
        if r.random() < .15:   # autocaptured checkout form
            events.append(base("track", event="Checkout Step Completed", properties={"step": 2, "card_number": p.card, "cardholder": g.full(p)}))
            phi += [(p.card, "card_number"), (g.full(p), "name")]; ctl.append("Checkout Step Completed")
        if hard and r.random() < .5:   # intake answers stuffed into a property as a JSON string
            form = {"q_dob": fmt_date(p.dob, "us"), "q_reason": p.cond[0], "q_ssn_last4": None}
            events.append(base("track", event="Intake Step Completed", properties={"step": 3, "form": jdump(form)}))
            phi += [(fmt_date(p.dob, "us"), "dob"), (p.cond[0], "condition")]
            ctl.append("Intake Step Completed")
    ctl += [anon]
    body = {"batch": events, "sentAt": g.ts_iso(), "writeKey": g.alnum(32, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}
    hdr = {"Content-Type": "application/json", "User-Agent": ua}
    return g.case("segment_batch", "POST", "http://api.segment.io/v1/batch", hdr,
                  jdump(body, ascii_=hard and r.random() < .5), phi, ctl, "pass" if clean else "redact", hard)


def sc_ga4_collect(g, clean=False, hard=False):
    r = g.r
    phi, ctl = [], []
    tid = "G-" + g.alnum(10); cid = f"{r.randint(10 ** 8, 10 ** 10)}.{g.epoch()}"
    sid = str(g.epoch())
    pth, title = r.choice(CLEAN_PAGES)
    title = title.format(clinic=clinic(g))
    params = [("v", "2"), ("tid", tid), ("gtm", "45je45" + g.alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789")),
              ("_p", str(r.randint(10 ** 9, 10 ** 10))), ("cid", cid), ("ul", "en-us"), ("sr", "1920x1080"),
              ("_s", str(r.randint(1, 9)))]
    ctl += [tid, cid]
    en = "page_view"
    extra = []
    if clean:
        dl = portal_url(g, pth, [("utm_source", "google"), ("utm_medium", "cpc"), ("gclid", g.alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_"))] if r.random() < .5 else None)
        if r.random() < .5:
            en = r.choice(["form_start", "click", "scroll", "begin_checkout"])
            extra = [("ep.form_id", f"form_{r.randint(1, 30)}"), ("epn.percent_scrolled", "90"), ("ep.button_text", r.choice(["Will call", "Book now", "Hope Street office", "Pay"]))]
            ctl.append(extra[0][1])
    else:
        p = g.patient()
        qp_ = [("patient_email", p.email)]; phi.append((p.email, "email"))
        k = r.random()
        if k < .5: qp_ += [("first_name", p.first), ("last_name", p.last)]; phi += [(p.first, "name"), (p.last, "name")]
        if r.random() < .5: qp_.append(("dob", fmt_date(p.dob, r.choice(["iso", "us"])))); phi.append((qp_[-1][1], "dob"))
        if r.random() < .3: qp_.append(("phone", p.phone)); phi.append((p.phone, "phone"))
        if r.random() < .3: qp_.append(("member_id", p.member_id)); phi.append((p.member_id, "member_id"))
        dl = portal_url(g, r.choice(["/appointments/confirmation", "/intake/complete", "/results/view"]), qp_)
        if r.random() < .5:
            en = "appointment_booked"
            appt = g.future_date()
            extra = [("ep.appointment_type", "new_patient"), ("ep.appointment_date", fmt_date(appt, "iso"))]
            phi.append((fmt_date(appt, "iso"), "date")); ctl.append("new_patient")
            if r.random() < .5: extra.append(("ep.visit_reason", p.cond[0])); phi.append((p.cond[0], "condition"))
        if hard:
            k = r.random()
            if k < .4:
                extra.append(("up.user_email", p.email))
            elif k < .7:
                title = f"Chart: {p.last}, {p.first} | {clinic(g)}"; phi += [(p.first, "name"), (p.last, "name")]
            else:
                extra.append(("ep.patient_id", p.mrn)); phi.append((p.mrn, "mrn"))
    params += [("en", en), ("dl", dl), ("dt", title), ("sid", sid), ("sct", str(r.randint(1, 20))), ("seg", "1"),
               ("_et", str(r.randint(5, 9000)))] + extra
    ctl.append(en)
    qs = urllib.parse.urlencode(params, quote_via=urllib.parse.quote)
    hdr = {"User-Agent": r.choice(UAS), "Referer": dl if not clean else f"https://{r.choice(PORTALS)}/"}
    if not clean:
        del hdr["Referer"]
    if r.random() < .2:  # batched POST form of the same hit
        first_qs = urllib.parse.urlencode(params[:8], quote_via=urllib.parse.quote)
        rest = urllib.parse.urlencode(params[8:], quote_via=urllib.parse.quote)
        return g.case("ga4_collect", "POST", f"http://region1.google-analytics.com/g/collect?{first_qs}",
                      {**hdr, "Content-Type": "text/plain;charset=UTF-8"}, rest, phi, ctl, "pass" if clean else "redact", hard)
    return g.case("ga4_collect", "GET", f"http://region1.google-analytics.com/g/collect?{qs}", hdr, "", phi, ctl,
                  "pass" if clean else "redact", hard)


def sc_fb_pixel(g, clean=False, hard=False):
    r = g.r
    phi, ctl = [], []
    pixel = g.digits(15); ctl.append(pixel)
    fbp = f"fb.1.{g.epoch(ms=True)}.{r.randint(10 ** 8, 10 ** 10)}"; ctl.append(fbp)
    ev = r.choice(["Schedule", "Lead", "CompleteRegistration", "Contact", "SubmitApplication"]) if not clean else \
        r.choice(["PageView", "ViewContent", "Search"])
    ctl.append(ev)
    p = None if clean else g.patient()
    if r.random() < .5:   # browser pixel GET
        pth, title = r.choice(CLEAN_PAGES)
        dl = portal_url(g, pth)
        params = [("id", pixel), ("ev", ev), ("dl", dl), ("rl", f"https://{r.choice(PORTALS)}/"), ("if", "false"),
                  ("ts", str(g.epoch(ms=True))), ("cd[content_name]", title.split(" |")[0])]
        if p:
            ud = [("ud[em]", sha256(p.email.lower())), ("ud[ph]", sha256("1" + p.phone_digits))]
            if r.random() < .6: ud += [("ud[fn]", sha256(strip_accents(p.first).lower())), ("ud[ln]", sha256(strip_accents(p.last).lower()))]
            if r.random() < .5: ud.append(("ud[db]", sha256(fmt_date(p.dob, "compact"))))
            if r.random() < .5: ud.append(("ud[zp]", sha256(p.zip)))
            if r.random() < .3: ud.append(("ud[external_id]", sha256(p.mrn)))
            params += ud; phi += [(v, "hashed_identifier") for _, v in ud]
            if hard and r.random() < .6:   # the page URL itself carries PHI
                dl2 = portal_url(g, "/appointments/thank-you", [("email", p.email), ("name", g.full(p))])
                params[2] = ("dl", dl2); phi += [(p.email, "email"), (g.full(p), "name")]
        params += [("sw", "1920"), ("sh", "1080"), ("v", "2.9.156"), ("r", "stable"), ("ec", str(r.randint(0, 6))),
                   ("o", "4126"), ("fbp", fbp), ("it", str(g.epoch(ms=True))), ("coo", "false"), ("rqm", "GET")]
        safe = "[]" if r.random() < .5 else ""
        qs = urllib.parse.urlencode(params, quote_via=lambda s, *a: urllib.parse.quote(s, safe=safe))
        return g.case("fb_pixel", "GET", f"http://www.facebook.com/tr/?{qs}", {"User-Agent": r.choice(UAS)}, "", phi, ctl,
                      "pass" if clean else "redact", hard)
    # Conversions API
    ud = {"client_user_agent": r.choice(UAS), "fbp": fbp}
    if p:
        ud["em"] = [sha256(p.email.lower())]; ud["ph"] = [sha256("1" + p.phone_digits)]
        phi += [(ud["em"][0], "hashed_identifier"), (ud["ph"][0], "hashed_identifier")]
        if r.random() < .5:
            ud["fn"] = [sha256(strip_accents(p.first).lower())]; ud["ln"] = [sha256(strip_accents(p.last).lower())]
            phi += [(ud["fn"][0], "hashed_identifier"), (ud["ln"][0], "hashed_identifier")]
        if r.random() < .5: ud["db"] = [sha256(fmt_date(p.dob, "compact"))]; phi.append((ud["db"][0], "hashed_identifier"))
        if r.random() < .5: ud["external_id"] = [sha256(p.mrn)]; phi.append((ud["external_id"][0], "hashed_identifier"))
        ud["client_ip_address"] = p.ip; phi.append((p.ip, "ip_address"))
        if hard and r.random() < .5:   # integration forgot to hash
            ud["em"].append(p.email); phi.append((p.email, "email"))
    evt = {"event_name": ev, "event_time": g.epoch(), "event_id": g.uuid(), "action_source": "website",
           "event_source_url": portal_url(g, r.choice(CLEAN_PAGES)[0]), "user_data": ud,
           "custom_data": {"currency": "USD", "value": round(r.uniform(20, 400), 2),
                           "content_name": r.choice(["New Patient Visit", "Telehealth Consult", "Annual Physical"])}}
    if p and hard and r.random() < .5:
        evt["custom_data"]["content_category"] = p.cond[0]; phi.append((p.cond[0], "condition"))
    ctl.append(evt["event_id"])
    body = {"data": [evt]}
    if r.random() < .3: body["test_event_code"] = "TEST" + g.digits(5)
    url = f"http://graph.facebook.com/v19.0/{pixel}/events?access_token=EAAG{g.alnum(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}"
    return g.case("fb_pixel", "POST", url, JSONH, jdump(body), phi, ctl, "pass" if clean else "redact", hard)



# ---- free-text log messages -----------------------------------------------------------------
def phi_message(g, p, hard=False):
    """A realistic application log line that names a patient; returns (text, phi)."""
    r = g.r
    name = g.full(p)
    if hard and r.random() < .4: name = name.lower()
    dob = fmt_date(p.dob, r.choice(DOB_STYLES))
    k = r.randint(0, 19)
    if k == 16: return f"identity verification: passport {p.passport} accepted for patient {name}", [(p.passport, "passport"), (name, "name")]
    if k == 17:
        d = fmt_date(g.past_date(1), r.choice(["iso", "us"]))
        return f"PIP claim opened for {name}: vehicle VIN {p.vin}, accident date {d}", [(name, "name"), (p.vin, "vin"), (d, "date")]
    if k == 18:
        if p.age >= 90: return f"care-gap report: {p.age} y/o patient MRN {p.mrn} overdue for annual wellness visit", [(str(p.age), "age_over_89"), (p.mrn, "mrn")]
        return f"care-gap report: patient MRN {p.mrn} (DOB {dob}) overdue for annual wellness visit", [(p.mrn, "mrn"), (dob, "dob")]
    if k == 19:
        prov = r.choice(PROVIDERS); dea = g.dea(prov[0])
        return f"PDMP query by DEA {dea} returned 2 fills for {name} (DOB {dob})", [(dea, "dea"), (name, "name"), (dob, "dob")]
    if k == 0: return f"failed to book appointment for patient {name} (MRN {p.mrn}) dob {dob}", [(name, "name"), (p.mrn, "mrn"), (dob, "dob")]
    if k == 1: return f"eligibility check failed: member_id={p.member_id} subscriber {name} DOB {dob}", [(p.member_id, "member_id"), (name, "name"), (dob, "dob")]
    if k == 2:
        d = fmt_date(g.future_date(), r.choice(["iso", "us", "long"]))
        return f"sent reminder SMS to {p.phone} for appointment on {d}", [(p.phone, "phone"), (d, "date")]
    if k == 3: return f"password reset requested for {p.email} from {p.ip}", [(p.email, "email"), (p.ip, "ip_address")]
    if k == 4: return f"claim rejected for {name}, SSN {p.ssn}: invalid subscriber id", [(name, "name"), (p.ssn, "ssn")]
    if k == 5: return f"Rx renewal queued: patient {name} MRN#{p.mrn}, Dx {p.cond[1]} ({p.cond[0]})", [(name, "name"), (p.mrn, "mrn"), (p.cond[1], "icd10"), (p.cond[0], "condition")]
    if k == 6: return f"Medicare eligibility 271 received for MBI {p.mbi}: coverage active", [(p.mbi, "mbi")]
    if k == 7:
        if p.age >= 90: return f"fall-risk screen: patient {name}, age {p.age}, flagged for PT referral", [(name, "name"), (str(p.age), "age_over_89")]
        return f"fall-risk screen: patient {name}, DOB {dob}, flagged for PT referral", [(name, "name"), (dob, "dob")]
    if k == 8: return f"USPS address verification failed for {p.street}, {p.city} {p.state} {p.zip} (patient {p.mrn})", [(p.street, "address"), (p.city, "address"), (p.zip, "zip"), (p.mrn, "mrn")]
    if k == 9: return f"payment declined for card {p.card} (patient {name}, reason=do_not_honor)", [(p.card, "card_number"), (name, "name")]
    if k == 10: return f"insurance card OCR: patient_id={p.mrn} driver's license {p.dl_state} {p.dl}", [(p.mrn, "mrn"), (p.dl, "drivers_license")]
    if k == 11:
        npi = g.npi(); prov = r.choice(PROVIDERS)
        return f"referral created for {name} to Dr. {prov} (NPI {npi}) for {p.cond[0]}", [(name, "name"), (npi, "npi"), (p.cond[0], "condition")]
    if k == 12:
        prov = r.choice(PROVIDERS); dea = g.dea(prov[0])
        return f"EPCS signature ok: prescriber DEA {dea}, patient {name} MRN {p.mrn}", [(dea, "dea"), (name, "name"), (p.mrn, "mrn")]
    if k == 13: return f"ACH setup failed for patient {p.mrn}: account_number {p.bank} rejected", [(p.mrn, "mrn"), (p.bank, "bank_account")]
    if k == 14: return f"device sync: insulin pump serial {p.device} linked to chart {p.mrn}", [(p.device, "device_id"), (p.mrn, "mrn")]
    return f"discharge summary generated for {name} ({p.cond[1]} {p.cond[2]}), admitted {fmt_date(g.past_date(1), 'us')}", \
        [(name, "name"), (p.cond[1], "icd10"), (p.cond[2], "condition")] + [(None, None)]


def _fix(msg_phi):
    msg, phi = msg_phi
    out = []
    for v, k in phi:
        if v is None:  # the admitted date in the last template
            m = re.search(r"admitted (\S+)$", msg); out.append((m.group(1), "date"))
        else:
            out.append((v, k))
    return msg, out


def patient_line(g, p, hard=False):
    msg, phi = _fix(phi_message(g, p, hard))
    if p.age >= 90 and "age_over_89" not in [k for _, k in phi] and g.r.random() < .7:
        msg += f" [pt age {p.age}]"; phi.append((str(p.age), "age_over_89"))
    return msg, phi


def clean_message(g):
    """A log line with look-alike numbers and words but no PHI; returns (text, controls)."""
    r = g.r
    k = r.randint(0, 13)
    rid = g.hex(32)
    if k == 0:
        loc = r.choice(["downtown", "north", "eastside"])
        return f"GET /api/v2/slots?location={loc} 200 {r.randint(3, 900)}ms request_id={rid}", [rid]
    if k == 1: n = r.randint(1000, 99999); return f"cache warmed in {r.randint(20, 900)}ms (entries={n})", [f"entries={n}"]
    if k == 2: return f"job reminders.dispatch completed: sent={r.randint(0, 400)} failed=0 run_id={rid}", [rid]
    if k == 3:
        o = f"ORD-2026-{r.randint(100000, 999999)}"; t = "1Z" + g.alnum(6) + g.digits(10, False)
        return f"order {o} shipped via UPS tracking {t}", [o, t]
    if k == 4: e = "evt_" + g.alnum(24, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"); return f"retrying webhook delivery {e} attempt 3/5", [e]
    if k == 5:
        b = f"2026.{r.randint(1, 5)}.{r.randint(0, 30)}+{g.hex(7)}"
        return f"build {b} deployed to prod (semver {r.randint(1, 9)}.{r.randint(0, 40)}.{r.randint(0, 20)})", [b]
    if k == 6: return f"Will retry in {r.choice([5, 30, 60])}s: upstream timeout after {r.randint(1000, 30000)}ms", ["Will retry"]
    if k == 7: return f"Hope Street office: printer queue drained ({r.randint(2, 40)} jobs)", ["Hope Street"]
    if k == 8:
        u = g.uuid(); return f"session refreshed for user {u} at {g.ts_iso()}", [u]
    if k == 9:
        n = g.luhn_invalid16(); return f"gateway reference {n} reconciled, amount ${r.randint(5, 900)}.{r.randint(0, 99):02d}", [n]
    if k == 10:
        sku = f"SKU-{g.alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-{r.randint(1000, 9999)}"
        return f"inventory low for {sku} (nitrile gloves, size M): qty {r.randint(0, 20)}", [sku]
    if k == 11:
        e = g.epoch(); return f"token expires_at={e} refreshed (kid={g.hex(16)})", [str(e)]
    if k == 12:
        w = f"10.0.{r.randint(19041, 22631)}.{r.randint(1000, 4999)}"; return f"client os build {w} unsupported for kiosk mode", [w]
    n = g.hex(40); return f"migration {n[:12]} applied: add_index appointments(location_id, starts_at)", [n[:12]]


# ---- 4 mixpanel ----------------------------------------------------------------------------------
def sc_mixpanel(g, clean=False, hard=False):
    r = g.r
    phi, ctl = [], []
    token = g.hex(32); distinct = "$device:" + g.uuid()
    ctl.append(distinct)
    if not clean and r.random() < .4:   # people profile update
        p = g.patient()
        s = {"$email": p.email, "$first_name": p.first, "$last_name": p.last, "$phone": p.phone}
        phi += [(p.email, "email"), (p.first, "name"), (p.last, "name"), (p.phone, "phone")]
        if r.random() < .6: s["dob"] = fmt_date(p.dob, "iso"); phi.append((s["dob"], "dob"))
        if r.random() < .4: s["insurance_member_id"] = p.member_id; phi.append((p.member_id, "member_id"))
        if r.random() < .3: s["primary_diagnosis"] = p.cond[0]; phi.append((p.cond[0], "condition"))
        if r.random() < .3: s["$city"] = p.city; s["zip"] = p.zip; phi += [(p.city, "address"), (p.zip, "zip")]
        s["plan_tier"] = "portal-basic"; ctl.append("portal-basic")
        payload = [{"$token": token, "$distinct_id": distinct, "$ip": "0", "$set": s}]
        path = "/engage/"
    else:
        payload = []
        for _ in range(r.randint(1, 3)):
            ev = r.choice(CLEAN_EVENTS)
            pr = {"token": token, "distinct_id": distinct, "$insert_id": g.alnum(16, "abcdefghijklmnopqrstuvwxyz0123456789"),
                  "time": g.epoch(ms=True), "$browser": "Chrome", "$os": "Windows", "mp_lib": "web", "$lib_version": "2.50.0",
                  "$current_url": portal_url(g, r.choice(CLEAN_PAGES)[0]), "$screen_width": 1920}
            payload.append({"event": ev, "properties": pr}); ctl += [ev, pr["$insert_id"]]
        if not clean:
            p = g.patient()
            pr = payload[0]["properties"]
            appt = g.future_date()
            # (the JSON inside base64 is not url-decoded by a vendor: keep PHI in it unencoded)
            pr["$current_url"] = portal_url(g, f"/patients/{p.mrn}/booking/confirm")
            pr["patient_name"] = g.full(p); pr["dob"] = fmt_date(p.dob, "us")
            phi += [(p.mrn, "mrn"), (g.full(p), "name"), (fmt_date(p.dob, "us"), "dob")]
            pr["appointment_date"] = fmt_date(appt, "iso"); phi.append((pr["appointment_date"], "date"))
            if r.random() < .5: pr["patient_email"] = p.email; phi.append((p.email, "email"))
            if r.random() < .4: pr["reason_for_visit"] = p.cond[0]; phi.append((p.cond[0], "condition"))
            if hard and r.random() < .5: pr["$user_id"] = p.mrn; pr["id_type"] = "mrn"; phi.append((p.mrn, "mrn"))
        path = "/track/"
    raw = jdump(payload, ascii_=r.random() < .3).encode()
    data = base64.b64encode(raw).decode()
    mode = r.random()
    host = r.choice(["api-js.mixpanel.com", "api.mixpanel.com"])
    if mode < .55:
        body = "data=" + q(data)
        return g.case("mixpanel", "POST", f"http://{host}{path}?verbose=1&ip=1&_={g.epoch(ms=True)}", FORMH, body, phi, ctl,
                      "pass" if clean else "redact", hard)
    if mode < .8:
        return g.case("mixpanel", "GET", f"http://{host}{path}?data={q(data)}&ip=1&_={g.epoch(ms=True)}",
                      {"User-Agent": r.choice(UAS)}, "", phi, ctl, "pass" if clean else "redact", hard)
    body = "data=" + q(jdump(payload))   # newer SDKs: url-encoded JSON, no base64
    return g.case("mixpanel", "POST", f"http://{host}{path}?verbose=1&ip=1", FORMH, body, phi, ctl,
                  "pass" if clean else "redact", hard)


# ---- 5 sentry envelope ---------------------------------------------------------------------------
def sc_sentry_envelope(g, clean=False, hard=False):
    r = g.r
    phi, ctl = [], []
    org, proj = g.digits(7), g.digits(7)
    key = g.hex(32); eid = g.hex(32)
    host = f"o{org}.ingest.sentry.io"
    py = r.random() < .4
    if clean:
        msg = r.choice(["Cannot read properties of undefined (reading 'slots')", "Network request failed",
                        "ChunkLoadError: Loading chunk 412 failed.", "ResizeObserver loop limit exceeded",
                        f"Request failed with status code {r.choice([500, 502, 504])}"])
        if py: msg = r.choice(["KeyError: 'location_id'", "TimeoutError: upstream did not answer in 30s",
                               f"IntegrityError: duplicate key value violates unique constraint \"appointments_pkey\""])
        user = {"id": g.uuid(), "ip_address": "{{auto}}"} if not py else {"id": g.uuid()}
        req_url = portal_url(g, r.choice(CLEAN_PAGES)[0])
    else:
        p = g.patient()
        k = r.randint(0, 3)
        if k == 0: msg = f"Cannot save intake for patient {p.email}: MRN {p.mrn} locked"; phi += [(p.email, "email"), (p.mrn, "mrn")]
        elif k == 1:
            d = fmt_date(p.dob, "iso"); msg = f"ValueError: invalid date of birth '{d}' for patient id {p.mrn}"; phi += [(d, "dob"), (p.mrn, "mrn")]
        elif k == 2: msg = f"InsuranceVerificationError: member {p.member_id} ({g.full(p)}) not found"; phi += [(p.member_id, "member_id"), (g.full(p), "name")]
        else: msg = f"TypeError: SSN {p.ssn} failed validation"; phi.append((p.ssn, "ssn"))
        user = {"id": g.uuid(), "email": p.email, "ip_address": p.ip, "username": p.email.split("@")[0]}
        phi += [(p.email, "email"), (p.ip, "ip_address")]
        req_url = portal_url(g, f"/patients/{p.mrn}/chart", [("email", p.email)]); phi.append((p.mrn, "mrn"))
    rel = f"portal@{r.randint(1, 4)}.{r.randint(0, 30)}.{r.randint(0, 9)}"
    ctl.append(rel)
    ts = g.ts_iso()
    ev = {"event_id": eid, "timestamp": ts, "platform": "python" if py else "javascript", "level": "error",
          "release": rel, "environment": "production", "exception": {"values": [{"type": msg.split(":")[0] if ":" in msg else "Error",
          "value": msg, "stacktrace": {"frames": [{"filename": "app/intake.py" if py else "webpack:///./src/pages/Intake.tsx",
                                                   "function": "submit", "lineno": r.randint(10, 400), "in_app": True}]}}]},
          "user": user, "request": {"url": req_url, "method": "POST", "headers": {"User-Agent": r.choice(UAS)}},
          "tags": {"browser": "Chrome 124", "transaction": "/intake"},
          "sdk": {"name": "sentry.python" if py else "sentry.javascript.react", "version": "7.99.0"}}
    if not clean and hard:
        ev["breadcrumbs"] = {"values": [{"category": "fetch", "data": {"url": f"/api/patients/search?last_name={q(p.last)}&dob={fmt_date(p.dob, 'iso')}", "status_code": 200}}]}
        phi += [(p.last, "name"), (fmt_date(p.dob, "iso"), "dob")]
    payload = jdump(ev)
    env = "\n".join([jdump({"event_id": eid, "sent_at": g.ts_iso(), "sdk": ev["sdk"], "dsn": f"https://{key}@{host}/{proj}"}),
                     jdump({"type": "event", "length": len(payload.encode())}), payload]) + "\n"
    hdr = {"Content-Type": "application/x-sentry-envelope",
           "X-Sentry-Auth": f"Sentry sentry_key={key}, sentry_version=7, sentry_client={ev['sdk']['name']}/7.99.0"}
    return g.case("sentry_envelope", "POST", f"http://{host}/api/{proj}/envelope/", hdr, env, phi, ctl,
                  "block_if_disallowed" if clean else "block", hard)


# ---- 6 log_json ----------------------------------------------------------------------------------
SERVICES = ["scheduler", "intake-api", "billing-worker", "portal-web", "eligibility", "rx-gateway", "notifier"]


def sc_log_json(g, clean=False, hard=False):
    r = g.r
    phi, ctl, recs = [], [], []
    host = f"{r.choice(SERVICES)}-{g.hex(5)}"
    ctl.append(host)
    n = r.randint(2, 5)
    bad = set() if clean else set(r.sample(range(n), r.randint(1, min(2, n))))
    for i in range(n):
        svc = r.choice(SERVICES)
        rec = {"ddsource": r.choice(["nodejs", "python", "java"]), "ddtags": f"env:prod,service:{svc},version:{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
               "hostname": host, "service": svc, "timestamp": g.epoch(ms=True)}
        if i in bad:
            p = g.patient()
            msg, ph = patient_line(g, p, hard)
            rec["status"] = "error"; rec["message"] = msg; phi += ph
            if hard and r.random() < .4:   # structured attributes next to the message
                rec["usr"] = {"email": p.email, "id": g.uuid()}; phi.append((p.email, "email"))
            if hard and r.random() < .3:   # payload logged as an escaped JSON string
                rec["request_body"] = jdump({"patient": {"ssn": p.ssn, "dob": fmt_date(p.dob, "iso")}})
                phi += [(p.ssn, "ssn"), (fmt_date(p.dob, "iso"), "dob")]
        else:
            msg, c = clean_message(g)
            rec["status"] = r.choice(["info", "warn", "info"]); rec["message"] = msg; ctl += c
        recs.append(rec)
    hdr = {"Content-Type": "application/json", "DD-API-KEY": g.hex(32)}
    return g.case("log_json", "POST", "http://http-intake.logs.datadoghq.com/api/v2/logs", hdr,
                  jdump(recs, ascii_=r.random() < .3), phi, ctl, "pass" if clean else "redact", hard)


# ---- 7 logfmt -----------------------------------------------------------------------------------
def logfmt_val(v):
    v = str(v)
    return '"' + v.replace('"', '\\"') + '"' if (" " in v or '"' in v or "=" in v or v == "") else v


def sc_logfmt(g, clean=False, hard=False):
    r = g.r
    phi, ctl, lines = [], [], []
    n = r.randint(2, 6)
    bad = set() if clean else set(r.sample(range(n), r.randint(1, min(3, n))))
    for i in range(n):
        svc = r.choice(SERVICES); rid = g.hex(16)
        kv = [("ts", g.ts_iso()), ("level", "info"), ("svc", svc)]
        if i in bad:
            p = g.patient()
            kv[1] = ("level", r.choice(["error", "warn"]))
            k = r.randint(0, 3)
            if k == 0:
                dob = fmt_date(p.dob, r.choice(["iso", "us"]))
                kv += [("msg", "eligibility check failed"), ("patient_name", g.full(p)), ("dob", dob), ("member_id", p.member_id)]
                phi += [(g.full(p), "name"), (dob, "dob"), (p.member_id, "member_id")]
            elif k == 1:
                kv += [("msg", "appointment reminder queued"), ("to", p.phone), ("patient", p.mrn),
                       ("appt_date", fmt_date(g.future_date(), "iso"))]
                phi += [(p.phone, "phone"), (p.mrn, "mrn"), (kv[-1][1], "date")]
            elif k == 2:
                kv += [("msg", "login failed"), ("user_email", p.email), ("remote_ip", p.ip)]
                phi += [(p.email, "email"), (p.ip, "ip_address")]
            else:
                msg, ph = patient_line(g, p, hard)
                kv += [("msg", msg)]; phi += ph
            if hard and r.random() < .5:
                kv += [("first", p.first.lower()), ("last", p.last.lower())]
                phi += [(p.first.lower(), "name"), (p.last.lower(), "name")]
        else:
            msg, c = clean_message(g)
            kv += [("msg", msg)]; ctl += c
        kv += [("req_id", rid), ("dur_ms", str(r.randint(1, 3000)))]
        ctl.append(rid)
        lines.append(" ".join(f"{k}={logfmt_val(v)}" for k, v in kv))
    tok = g.uuid()
    return g.case("logfmt", "POST", f"http://logs-01.loggly.com/inputs/{tok}/tag/http,{r.choice(SERVICES)}/",
                  {"Content-Type": "text/plain"}, "\n".join(lines) + "\n", phi, ctl, "pass" if clean else "redact", hard)


# ---- 8 splunk HEC --------------------------------------------------------------------------------
def sc_splunk_hec(g, clean=False, hard=False):
    r = g.r
    phi, ctl, objs = [], [], []
    n = r.randint(2, 5)
    bad = set() if clean else set(r.sample(range(n), r.randint(1, min(2, n))))
    h = f"ehr-app-{r.randint(1, 12)}"; ctl.append(h)
    for i in range(n):
        o = {"time": round(g.epoch() + r.random(), 3), "host": h, "source": r.choice(SERVICES), "sourcetype": "_json",
             "index": r.choice(["main", "app_prod"])}
        if i in bad:
            p = g.patient()
            if r.random() < .5:
                msg, ph = patient_line(g, p, hard); phi += ph
                o["event"] = {"message": msg, "severity": "ERROR", "trace_id": g.hex(32)}
            else:
                ev = {"action": "chart_viewed", "patient": {"mrn": p.mrn, "name": g.full(p), "dob": fmt_date(p.dob, "iso")},
                      "user": f"staff_{r.randint(10, 99)}", "workstation": f"WS-{r.randint(100, 999)}"}
                phi += [(p.mrn, "mrn"), (g.full(p), "name"), (fmt_date(p.dob, "iso"), "dob")]
                if r.random() < .4: ev["patient"]["ssn"] = p.ssn; phi.append((p.ssn, "ssn"))
                if hard: ev = jdump(ev)   # event logged as a string
                o["event"] = ev
                ctl.append("chart_viewed")
        else:
            msg, c = clean_message(g); ctl += c
            o["event"] = {"message": msg, "severity": "INFO", "trace_id": g.hex(32)}
        objs.append(o)
    sep = r.choice(["", "\n", " "])
    body = sep.join(jdump(o) for o in objs)
    host = r.choice(["http-inputs-sunrise.splunkcloud.com", "http-inputs-cedarclinic.splunkcloud.com:8088"])
    hdr = {"Authorization": f"Splunk {g.uuid()}", "Content-Type": "application/json"}
    return g.case("splunk_hec", "POST", f"http://{host}/services/collector/event", hdr, body, phi, ctl,
                  "pass" if clean else "redact", hard)



def auto_expect(url, phi, clean_block="block_if_disallowed"):
    """What a correct gateway does with this request under POLICY."""
    d = common.dest_of(POLICY, urllib.parse.urlsplit(url).hostname)
    if d is None: return "deny"
    allow = set(d["allow"])
    if "all" in allow: return "pass"
    dis = [k for _, k in phi if "all" not in allow and k not in allow]
    if d["on_violation"] == "block": return "block" if dis else clean_block
    return "redact" if dis else "pass"


def form(pairs, brackets_safe=False):
    return urllib.parse.urlencode(pairs, quote_via=lambda s, *a: urllib.parse.quote_plus(s, safe="[]" if brackets_safe else ""))


# ---- 9 stripe ------------------------------------------------------------------------------------
def sc_stripe_form(g, clean=False, hard=False):
    r = g.r
    phi, ctl = [], []
    cus = "cus_" + g.alnum(14, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    inv = f"INV-2026-{r.randint(10000, 99999)}"
    hdr = {"Content-Type": "application/x-www-form-urlencoded", "Authorization": "Bearer sk_test_" + g.alnum(24, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
           "Stripe-Version": "2024-06-20", "Idempotency-Key": g.uuid()}
    if clean:
        amt = str(r.randint(500, 90000))
        pairs = [("amount", amt), ("currency", "usd"), ("customer", cus), ("description", f"Invoice {inv}"),
                 ("metadata[order_id]", f"ORD-2026-{r.randint(100000, 999999)}"), ("metadata[location]", r.choice(["downtown", "north"])),
                 ("automatic_payment_methods[enabled]", "true")]
        ctl += [cus, inv, pairs[4][1]]
        return g.case("stripe_form", "POST", "http://api.stripe.com/v1/payment_intents", hdr, form(pairs, r.random() < .5), phi, ctl, "pass", hard)
    p = g.patient()
    kind = r.randint(0, 3)
    if kind == 0:   # payment intent with patient metadata
        visit = g.past_date(1)
        desc = f"Copay for {g.full(p)} - visit {fmt_date(visit, 'iso')}"
        pairs = [("amount", str(r.randint(1000, 30000))), ("currency", "usd"), ("customer", cus), ("description", desc),
                 ("receipt_email", p.email), ("metadata[patient_name]", g.full(p)), ("metadata[dob]", fmt_date(p.dob, "iso")),
                 ("metadata[mrn]", p.mrn), ("metadata[invoice]", inv)]
        phi += [(g.full(p), "name"), (fmt_date(visit, "iso"), "date"), (p.email, "email"), (fmt_date(p.dob, "iso"), "dob"), (p.mrn, "mrn")]
        ctl += [cus, inv]
        if r.random() < .4: pairs.append(("metadata[diagnosis]", p.cond[0])); phi.append((p.cond[0], "condition"))
        if r.random() < .3: pairs.append(("metadata[icd10]", p.cond[1])); phi.append((p.cond[1], "icd10"))
        path = "/v1/payment_intents"
    elif kind == 1:   # customer record
        pairs = [("name", g.full(p)), ("email", p.email), ("phone", p.phone), ("address[line1]", p.street)]
        phi += [(g.full(p), "name"), (p.email, "email"), (p.phone, "phone"), (p.street, "address")]
        if p.unit: pairs.append(("address[line2]", p.unit)); phi.append((p.unit, "address"))
        pairs += [("address[city]", p.city), ("address[state]", p.state), ("address[postal_code]", p.zip), ("address[country]", "US")]
        phi += [(p.city, "address"), (p.zip, "zip")]
        if r.random() < .7: pairs.append(("metadata[dob]", fmt_date(p.dob, r.choice(["iso", "us"])))); phi.append((pairs[-1][1], "dob"))
        if r.random() < .5: pairs.append(("metadata[member_id]", p.member_id)); phi.append((p.member_id, "member_id"))
        if r.random() < .3: pairs.append(("metadata[ssn_last4]", p.ssn[-4:])); ctl  # last4 alone is not an identifier; unlabelled
        if r.random() < .4 or len([1 for _, k in phi if k in ("dob", "member_id")]) == 0:
            pairs.append(("metadata[patient_mrn]", p.mrn)); phi.append((p.mrn, "mrn"))
        path = "/v1/customers"
    elif kind == 2:   # card payment method: card number is allowed here
        pairs = [("type", "card"), ("card[number]", p.card), ("card[exp_month]", str(r.randint(1, 12))), ("card[exp_year]", str(r.randint(2027, 2031))),
                 ("card[cvc]", g.digits(3)), ("billing_details[name]", g.full(p)), ("billing_details[email]", p.email),
                 ("billing_details[address][postal_code]", p.zip)]
        phi += [(p.card, "card_number"), (g.full(p), "name"), (p.email, "email"), (p.zip, "zip")]
        if r.random() < .6: pairs.append(("metadata[dob]", fmt_date(p.dob, "us"))); phi.append((fmt_date(p.dob, "us"), "dob"))
        path = "/v1/payment_methods"
    else:   # ACH bank account token: account number not allowed, routing number is not PHI
        routing = r.choice(["110000000", "021000021", "026009593", "121000358", "011401533"])
        pairs = [("bank_account[country]", "US"), ("bank_account[currency]", "usd"), ("bank_account[account_holder_name]", g.full(p)),
                 ("bank_account[account_holder_type]", "individual"), ("bank_account[routing_number]", routing),
                 ("bank_account[account_number]", p.bank)]
        phi += [(g.full(p), "name"), (p.bank, "bank_account")]
        ctl.append(routing)
        path = "/v1/tokens"
    if hard and r.random() < .6:   # free-text description with labels
        d = f"Balance for {p.first.lower()} {p.last.lower()} (DOB {fmt_date(p.dob, 'us_short')}), dx {p.cond[1]}"
        pairs.append(("description", d)); phi += [(f"{p.first.lower()} {p.last.lower()}", "name"), (fmt_date(p.dob, "us_short"), "dob"), (p.cond[1], "icd10")]
    r.shuffle(pairs) if r.random() < .3 else None
    url = "http://api.stripe.com" + path
    return g.case("stripe_form", "POST", url, hdr, form(pairs, r.random() < .5), phi, ctl, auto_expect(url, phi), hard)


# ---- 10 twilio -----------------------------------------------------------------------------------
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


def sc_twilio_sms(g, clean=False, hard=False):
    r = g.r
    phi, ctl = [], []
    acct = "AC" + g.hex(32); ctl.append(acct)
    frm = "+1" + "".join(g.phone())
    prov = r.choice(PROVIDERS); cl = clinic(g)
    if clean:
        to = fmt_phone(g.phone(), "e164")   # a patient's number with nothing else: allowed here
        body = r.choice([f"Your {cl} verification code is {g.digits(6)}. It expires in 10 minutes.",
                         f"{cl}: your lab results are ready. Log in to the patient portal to view them.",
                         f"{cl}: our downtown office is closed Monday for the holiday. Reply STOP to opt out.",
                         f"Will you rate your visit? Reply 1-5. Hope to see you again! - {cl}"])
        phi.append((to, "phone"))
    else:
        p = g.patient()
        to = fmt_phone(p.ph, "e164"); phi.append((to, "phone"))
        appt = g.future_date(); tm = f"{r.randint(8, 11)}:{r.choice(['00', '15', '30', '45'])} AM"
        k = r.randint(0, 4)
        if k == 0:
            d = fmt_date(appt, r.choice(["us", "long", "abbr", "us_short"]))
            body = f"Hi {p.first}, this is {cl} reminding you of your appointment with Dr. {prov} on {d} at {tm}. Reply C to confirm or R to reschedule."
            phi += [(p.first, "name"), (d, "date")]
        elif k == 1:
            d = fmt_date(appt, "us")
            body = f"Hi {p.first}, your {p.cond[0]} follow-up is scheduled for {d}. Please arrive 15 minutes early."
            phi += [(p.first, "name"), (p.cond[0], "condition"), (d, "date")]
        elif k == 2:
            dob = fmt_date(p.dob, "us")
            body = f"Reminder for {g.full(p)}: we have DOB {dob} and member ID {p.member_id} on file. Bring your insurance card."
            phi += [(g.full(p), "name"), (dob, "dob"), (p.member_id, "member_id")]
        elif k == 3:
            body = f"{cl}: {p.first}, your prescription refill for MRN {p.mrn} is ready for pickup."
            phi += [(p.first, "name"), (p.mrn, "mrn")]
        else:
            body = f"Hola {p.first}, le recordamos su cita el {appt.day} de {MESES[appt.month - 1]} de {appt.year} a las {tm[:-3]}."
            phi += [(p.first, "name"), (f"{appt.day} de {MESES[appt.month - 1]} de {appt.year}", "date")]
        if hard and r.random() < .5:
            body += f" Questions about your {p.cond[0]} care? Call us."; phi.append((p.cond[0], "condition"))
    pairs = [("To", to), ("From", frm), ("Body", body)]
    if r.random() < .5: pairs.append(("StatusCallback", f"https://hooks.{r.choice(PORTALS).split('.', 1)[1]}/twilio/status/{g.uuid()}"))
    if r.random() < .4: pairs[1] = ("MessagingServiceSid", "MG" + g.hex(32))
    ctl.append(pairs[1][1])
    url = f"http://api.twilio.com/2010-04-01/Accounts/{acct}/Messages.json"
    hdr = {"Content-Type": "application/x-www-form-urlencoded", "Authorization": "Basic " + base64.b64encode(f"{acct}:{g.hex(32)}".encode()).decode()}
    return g.case("twilio_sms", "POST", url, hdr, form(pairs), phi, ctl, auto_expect(url, phi), hard)


# ---- 11 email API --------------------------------------------------------------------------------
def sc_email_api(g, clean=False, hard=False):
    r = g.r
    phi, ctl = [], []
    cl = clinic(g); frm = f"noreply@{r.choice(PORTALS).split('.', 1)[1]}"
    ctl.append(frm)
    p = g.patient()
    phi += [(p.email, "email"), (g.full(p), "name")]
    if clean:
        subj = r.choice(["Reset your portal password", "Your statement is ready", "Welcome to the patient portal"])
        text = f"Dear {p.first},\n\nClick the link below to continue. This link expires in 30 minutes.\n\nhttps://{r.choice(PORTALS)}/t/{g.hex(24)}\n\n{cl}"
        phi.append((p.first, "name"))
    else:
        subj = r.choice(["Your lab results are ready", "Appointment confirmation", "Visit summary", "Referral update"])
        visit = g.past_date(1); appt = g.future_date()
        lines = [f"Dear {p.first},", ""]
        k = r.randint(0, 2)
        if k == 0:
            lines.append(f"Your results from your {p.cond[0]} follow-up on {fmt_date(visit, 'long')} are now available in the portal.")
            phi += [(p.cond[0], "condition"), (fmt_date(visit, "long"), "date")]
        elif k == 1:
            lines.append(f"Your appointment with Dr. {r.choice(PROVIDERS)} is confirmed for {fmt_date(appt, 'us')}. Date of birth on file: {fmt_date(p.dob, 'us')}.")
            phi += [(fmt_date(appt, "us"), "date"), (fmt_date(p.dob, "us"), "dob")]
        else:
            lines.append(f"Visit summary for {g.full(p)} (MRN {p.mrn}). Assessment: {p.cond[2]} ({p.cond[1]}).")
            phi += [(p.mrn, "mrn"), (p.cond[2], "condition"), (p.cond[1], "icd10")]
        lines.append(""); lines.append(f"Thank you,\n{cl}")
        text = "\n".join(lines)
        phi.append((p.first, "name"))
    if r.random() < .6:   # SendGrid v3
        pers = {"to": [{"email": p.email, "name": g.full(p)}]}
        if not clean and r.random() < .5:
            pers["dynamic_template_data"] = {"first_name": p.first, "dob": fmt_date(p.dob, "iso"), "portal_url": f"https://{r.choice(PORTALS)}/"}
            phi.append((fmt_date(p.dob, "iso"), "dob"))
        content = [{"type": "text/plain", "value": text}]
        if r.random() < .5:
            content.append({"type": "text/html", "value": "<p>" + text.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"})
        body = {"personalizations": [pers], "from": {"email": frm, "name": cl}, "subject": subj, "content": content,
                "categories": ["transactional"], "custom_args": {"message_ref": g.hex(16)}}
        ctl += [subj, body["custom_args"]["message_ref"]]
        if hard and not clean:
            body["custom_args"]["patient_mrn"] = p.mrn; phi.append((p.mrn, "mrn"))
        url = "http://api.sendgrid.com/v3/mail/send"
        hdr = {"Content-Type": "application/json", "Authorization": "Bearer SG." + g.alnum(22) + "." + g.alnum(43)}
    else:   # Postmark
        body = {"From": f"{cl} <{frm}>", "To": f"{g.full(p)} <{p.email}>", "Subject": subj, "TextBody": text,
                "MessageStream": "outbound", "Tag": "patient-notice", "Metadata": {"ref": g.hex(12)}}
        ctl += [subj, body["Metadata"]["ref"]]
        if hard and not clean:
            body["Metadata"]["patient_dob"] = fmt_date(p.dob, "dmy"); phi.append((fmt_date(p.dob, "dmy"), "dob"))
        url = "http://api.postmarkapp.com/email"
        hdr = {"Content-Type": "application/json", "Accept": "application/json", "X-Postmark-Server-Token": g.uuid()}
    return g.case("email_api", "POST", url, hdr, jdump(body, ascii_=r.random() < .3), phi, ctl, auto_expect(url, phi), hard)


# ---- 12 AI chat ----------------------------------------------------------------------------------
def clinical_note(g, p, hard=False):
    """A visit note as a clinician would paste it into a prompt; returns (text, phi)."""
    r = g.r
    dos = g.past_date(1)
    dob = fmt_date(p.dob, r.choice(["us", "iso", "long"]))
    lines, phi = [], []
    lines.append(f"Patient: {g.full(p)}"); phi.append((g.full(p), "name"))
    lines.append(f"DOB: {dob}"); phi.append((dob, "dob"))
    lines.append(f"MRN: {p.mrn}"); phi.append((p.mrn, "mrn"))
    if r.random() < .5: lines.append(f"Phone: {p.phone}"); phi.append((p.phone, "phone"))
    if r.random() < .3: lines.append(f"Insurance: member ID {p.member_id}"); phi.append((p.member_id, "member_id"))
    if r.random() < .2: lines.append(f"Medicare MBI: {p.mbi}"); phi.append((p.mbi, "mbi"))
    lines.append(f"Date of service: {fmt_date(dos, 'us')}"); phi.append((fmt_date(dos, "us"), "date"))
    age = f"{p.age}-year-old" if p.age >= 1 else "infant"
    if p.age >= 90: phi.append((str(p.age), "age_over_89"))
    lines.append("")
    lines.append(f"HPI: {age} {p.sex} with {p.cond[0]} ({p.cond[1]}) presents for follow-up. Reports good adherence, "
                 f"no new complaints. Also followed for {p.cond2[0]}.")
    phi += [(p.cond[0], "condition"), (p.cond[1], "icd10"), (p.cond2[0], "condition")]
    code, lab = r.choice(LOINC)
    lines.append(f"Labs: {lab} ({code}) {round(r.uniform(1, 12), 1)}. Vitals stable.")
    lines.append(f"Plan: continue current regimen, recheck in {r.choice([3, 6, 12])} months.")
    if r.random() < .15:
        prov = r.choice(PROVIDERS); dea = g.dea(prov[0])
        lines.append(f"Rx: oxycodone 5 mg #20, prescriber Dr. {prov}, DEA {dea}."); phi.append((dea, "dea"))
    if r.random() < .1:
        lines.append(f"Device: CGM transmitter serial {p.device}."); phi.append((p.device, "device_id"))
    if hard and r.random() < .6:
        lines.append(f"Address on file: {p.street}, {p.city}, {p.state} {p.zip}. SSN {p.ssn}.")
        phi += [(p.street, "address"), (p.city, "address"), (p.zip, "zip"), (p.ssn, "ssn")]
    return "\n".join(lines), phi, [code]


CLEAN_PROMPTS = ["Rewrite our no-show policy in plain language at a 6th-grade reading level. Keep it under 120 words.",
                 "Draft a friendly reminder that the downtown office will close at 3 PM on Friday for staff training.",
                 "Summarize the attached changelog for release 4.12.0 into three bullet points for front-desk staff.",
                 "Translate 'Please bring your insurance card and a photo ID to every visit' into Spanish and Vietnamese.",
                 "Write a job posting for a part-time medical receptionist. Will work Tuesdays and Thursdays.",
                 "Give me a checklist for cleaning exam rooms between appointments, per CDC guidance."]


def sc_ai_chat(g, clean=False, hard=False):
    r = g.r
    phi, ctl = [], []
    if clean:
        prompt = r.choice(CLEAN_PROMPTS)
    else:
        p = g.patient()
        note, phi, c = clinical_note(g, p, hard)
        prompt = r.choice(["Summarize this visit note for a referral letter:\n\n", "Write patient-friendly after-visit instructions based on this note:\n\n",
                           "Suggest ICD-10 and CPT codes for this encounter:\n\n"]) + note
        ctl += c
    sysmsg = "You are a clinical documentation assistant for a primary care practice. Be concise."
    anth = r.random() < .4
    if anth:
        req = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "system": sysmsg, "messages": [{"role": "user", "content": prompt}]}
    else:
        req = {"model": r.choice(["gpt-4o", "gpt-4.1-mini"]), "messages": [{"role": "system", "content": sysmsg}, {"role": "user", "content": prompt}],
               "temperature": 0.2, "user": "clinician-" + g.hex(8)}
    ctl.append(req["model"])
    to_log = r.random() < .45
    if not to_log:
        if anth:
            url = "http://api.anthropic.com/v1/messages"
            hdr = {"Content-Type": "application/json", "x-api-key": "sk-ant-api03-" + g.alnum(40), "anthropic-version": "2023-06-01"}
        else:
            url = "http://api.openai.com/v1/chat/completions"
            hdr = {"Content-Type": "application/json", "Authorization": "Bearer sk-proj-" + g.alnum(40)}
        return g.case("ai_chat", "POST", url, hdr, jdump(req, ascii_=r.random() < .3), phi, ctl, "pass", hard)
    # the same prompt, captured by an LLM-observability logger and shipped to the log vendor
    rec = {"dt": g.ts_iso(), "level": "info", "message": "llm request", "service": "llm-gateway", "trace_id": g.hex(32),
           "llm": {"provider": "anthropic" if anth else "openai", "request": req, "latency_ms": r.randint(300, 9000)}}
    ctl += ["llm-gateway", rec["trace_id"]]
    if hard and r.random() < .5:
        rec["llm"]["request"] = jdump(req)   # logged as a string
    url = "http://in.logs.betterstack.com/"
    hdr = {"Content-Type": "application/json", "Authorization": "Bearer " + g.alnum(24)}
    return g.case("ai_chat", "POST", url, hdr, jdump(rec), phi, ctl, auto_expect(url, phi), hard)


# ---- 13 HL7 v2 -----------------------------------------------------------------------------------
def hl7_message(g, p, kind, hard=False):
    """ADT^A04/A08 or ORU^R01 for patient p; returns (text, phi, controls)."""
    r = g.r
    now = g.when()
    ts = now.strftime("%Y%m%d%H%M%S")
    cid = f"MSG{g.digits(8)}"
    phi, ctl = [], [cid]
    msh = f"MSH|^~\\&|{r.choice(['EPICADT', 'ATHENA', 'ECW'])}|SUNRISE|LABSYS|PARTNERLAB|{ts}||{kind}|{cid}|P|2.5.1"
    upper = r.random() < .6
    fn, ln = (strip_accents(p.first).upper(), strip_accents(p.last).upper()) if upper else (p.first, p.last)
    mid = (p.middle.upper() if upper else p.middle) if p.middle else r.choice("ABCDEFGHJKLMRST")
    phi += [(ln, "name"), (fn, "name")]
    if p.middle: phi.append((mid, "name"))
    addr_st = p.street.upper() if upper else p.street
    unit = (p.unit.upper() if upper else p.unit)
    city = p.city.upper() if upper else p.city
    phone = f"({p.ph[0]}){p.ph[1]}-{p.ph[2]}" if r.random() < .6 else p.phone
    ssn = p.ssn if r.random() < .5 else p.ssn.replace("-", "").replace(" ", "")
    dob = fmt_date(p.dob, "compact")
    pid = f"PID|1||{p.mrn}^^^SUNRISE^MR||{ln}^{fn}^{mid}||{dob}|{p.sex[0].upper()}|||{addr_st}^{unit}^{city}^{p.state}^{p.zip}^USA||{phone}|||||{'A' + g.digits(8)}|{ssn}"
    phi += [(p.mrn, "mrn"), (dob, "dob"), (addr_st, "address"), (city, "address"), (p.zip, "zip"), (phone, "phone"), (ssn, "ssn")]
    if unit: phi.append((unit, "address"))
    segs = [msh, f"EVN|{kind.split('^')[1]}|{ts}", pid]
    npi = g.npi(); prov = r.choice(PROVIDERS).upper()
    admit = g.past_date(1)
    pv1 = f"PV1|1|O|CLINIC^{r.randint(100, 140)}^1||||{npi}^{prov}^{r.choice(['ADA', 'RAJ', 'KEN'])}^^^DR^^^^^^^NPI"
    phi.append((npi, "npi"))
    if r.random() < .5:
        pv1 += "|" * 37 + admit.strftime("%Y%m%d") + "0930"
        phi.append((admit.strftime("%Y%m%d") + "0930", "date"))
    segs.append(pv1)
    if kind.startswith("ADT"):
        if r.random() < .5:
            segs.append(f"IN1|1|{r.choice(['BCBS001', 'AETNA02', 'UHC0003'])}|{g.digits(5)}|{r.choice(['BLUE CROSS', 'AETNA', 'UNITEDHEALTHCARE'])}|||||||||||{ln}^{fn}|SEL|{dob}||||||||||||||||||{p.member_id}")
            phi.append((p.member_id, "member_id"))
        dx_date = g.past_date(3).strftime("%Y%m%d")
        segs.append(f"DG1|1||{p.cond[1]}^{p.cond[2]}^I10||{dx_date}|F")
        phi += [(p.cond[1], "icd10"), (p.cond[2], "condition"), (dx_date, "date")]
    else:
        code, lab = r.choice(LOINC)
        onum = f"ORD{g.digits(6)}"
        segs.append(f"OBR|1|{onum}|LAB{g.digits(5)}|{code}^{lab}^LN|||{ts}")
        segs.append(f"OBX|1|NM|{code}^{lab}^LN||{round(r.uniform(0.5, 12), 1)}|%|4.0-5.6|H|||F|||{ts}")
        ctl += [code, onum]
        if r.random() < .6:
            segs.append(f"NTE|1||Patient reports {p.cond[0]} well controlled.")
            phi.append((p.cond[0], "condition"))
    return "\r".join(segs) + "\r", phi, ctl


def hl7_ack(g):
    r = g.r
    cid = f"MSG{g.digits(8)}"; ts = g.when().strftime("%Y%m%d%H%M%S")
    return "\r".join([f"MSH|^~\\&|LABSYS|PARTNERLAB|ECW|SUNRISE|{ts}||ACK^A04|ACK{g.digits(8)}|P|2.5.1",
                      f"MSA|AA|{cid}|Message accepted"]) + "\r", [cid]


def sc_hl7v2(g, clean=False, hard=False):
    r = g.r
    hh = {"Content-Type": "x-application/hl7-v2+er7"}
    if clean:
        msg, ctl = hl7_ack(g)
        url = r.choice(["http://in.logs.betterstack.com/hl7/mirror", "http://hl7.partner-lab.example/hl7/ack"])
        return g.case("hl7v2", "POST", url, hh, msg, [], ctl, "pass", hard)
    p = g.patient()
    kind = r.choice(["ADT^A04", "ADT^A08", "ORU^R01"])
    msg, phi, ctl = hl7_message(g, p, kind, hard)
    dest = r.random()
    if hard:   # HL7 wrapped in a JSON log record (segments separated by an escaped \r)
        rec = {"service": "interface-engine", "level": "warn", "message": "inbound message rejected: unknown facility", "raw": msg,
               "channel": f"ch_{r.randint(1, 20)}"}
        ctl.append("interface-engine")
        url = "http://http-intake.logs.datadoghq.com/api/v2/logs"
        return g.case("hl7v2", "POST", url, {"Content-Type": "application/json", "DD-API-KEY": g.hex(32)}, jdump([rec]), phi, ctl,
                      auto_expect(url, phi), hard)
    if dest < .5:
        url = "http://hl7.partner-lab.example/hl7/inbound"
    elif dest < .9:
        url = "http://in.logs.betterstack.com/hl7/mirror"
    else:
        url = f"http://hl7-relay.{r.choice(['interfaceware-cloud', 'meditech-bridge', 'quickrelay'])}.example/inbound"
    return g.case("hl7v2", "POST", url, hh, msg, phi, ctl, auto_expect(url, phi), hard)


# ---- 14 FHIR ------------------------------------------------------------------------------------
def fhir_patient(g, p, hard=False):
    r = g.r
    pid = g.uuid()
    phi = [(p.mrn, "mrn"), (p.last, "name"), (p.first, "name"), (fmt_date(p.dob, "iso"), "dob")]
    given = [p.first] + ([p.middle] if p.middle else [])
    if p.middle: phi.append((p.middle, "name"))
    res = {"resourceType": "Patient", "id": pid, "meta": {"lastUpdated": g.ts_iso()},
           "identifier": [{"use": "usual", "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                           "system": "urn:oid:2.16.840.1.113883.3.7418.1", "value": p.mrn}],
           "active": True, "name": [{"use": "official", "family": p.last, "given": given}],
           "telecom": [], "gender": p.sex, "birthDate": fmt_date(p.dob, "iso")}
    if r.random() < .5:
        res["identifier"].append({"system": "http://hl7.org/fhir/sid/us-ssn", "value": p.ssn}); phi.append((p.ssn, "ssn"))
    if r.random() < .25:
        res["identifier"].append({"system": "http://hl7.org/fhir/sid/us-mbi", "value": p.mbi}); phi.append((p.mbi, "mbi"))
    if r.random() < .7: res["telecom"].append({"system": "phone", "value": p.phone, "use": "mobile"}); phi.append((p.phone, "phone"))
    if r.random() < .6: res["telecom"].append({"system": "email", "value": p.email}); phi.append((p.email, "email"))
    if r.random() < .7:
        line = [p.street] + ([p.unit] if p.unit else [])
        res["address"] = [{"use": "home", "line": line, "city": p.city, "state": p.state, "postalCode": p.zip, "country": "US"}]
        phi += [(x, "address") for x in line] + [(p.city, "address"), (p.zip, "zip")]
    if hard and r.random() < .4:
        res["extension"] = [{"url": "http://example.org/fhir/StructureDefinition/drivers-license", "valueString": f"{p.dl_state} {p.dl}"}]
        phi.append((p.dl, "drivers_license"))
    elif r.random() < .08:
        res["identifier"].append({"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "PPN"}]},
                                  "system": "http://hl7.org/fhir/sid/passport-USA", "value": p.passport}); phi.append((p.passport, "passport"))
    elif r.random() < .08:
        res["identifier"].append({"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "DL"}]},
                                  "system": f"urn:us:state:{p.dl_state.lower()}:dl", "value": p.dl}); phi.append((p.dl, "drivers_license"))
    return res, phi


def fhir_condition(g, p, pid):
    onset = g.past_date(8)
    res = {"resourceType": "Condition", "id": g.uuid(), "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
           "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": p.cond[1], "display": p.cond[2]}], "text": p.cond[0]},
           "subject": {"reference": f"Patient/{pid}"}, "onsetDateTime": fmt_date(onset, "iso")}
    return res, [(p.cond[1], "icd10"), (p.cond[2], "condition"), (p.cond[0], "condition"), (fmt_date(onset, "iso"), "date")]


def sc_fhir(g, clean=False, hard=False):
    r = g.r
    hh = {"Content-Type": "application/fhir+json", "Accept": "application/fhir+json"}
    if clean:
        oo = {"resourceType": "OperationOutcome", "id": g.uuid(), "issue": [{"severity": "error", "code": "processing",
              "diagnostics": f"Unknown code 'http://loinc.org#{r.choice(LOINC)[0]}' in ValueSet lab-orders (request {g.hex(16)})"}]}
        cs = {"resourceType": "CapabilityStatement", "status": "active", "date": g.ts_iso(), "kind": "instance", "fhirVersion": "4.0.1",
              "format": ["json"], "software": {"name": "SunriseFHIR", "version": f"{r.randint(1, 5)}.{r.randint(0, 20)}.{r.randint(0, 9)}"}}
        res = r.choice([oo, cs])
        url = r.choice(["http://in.logs.betterstack.com/fhir/audit", "http://fhir.partner-lab.example/fhir/metadata"])
        return g.case("fhir", "POST", url, hh, jdump(res), [], [res["resourceType"]], "pass", hard)
    p = g.patient()
    pat, phi = fhir_patient(g, p, hard)
    ctl = ["http://hl7.org/fhir/sid/icd-10-cm"] if False else []
    if r.random() < .5:
        body = pat; path = "/fhir/Patient"
    else:
        cond, cphi = fhir_condition(g, p, pat["id"])
        phi += cphi
        entries = [{"fullUrl": f"urn:uuid:{pat['id']}", "resource": pat, "request": {"method": "PUT", "url": f"Patient/{pat['id']}"}},
                   {"fullUrl": f"urn:uuid:{cond['id']}", "resource": cond, "request": {"method": "POST", "url": "Condition"}}]
        if r.random() < .4:
            npi = g.npi()
            entries.append({"resource": {"resourceType": "Practitioner", "id": g.uuid(), "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi}],
                                         "name": [{"family": r.choice(PROVIDERS), "prefix": ["Dr."]}]}})
            phi.append((npi, "npi"))
        body = {"resourceType": "Bundle", "type": "transaction", "id": g.uuid(), "entry": entries}
        path = "/fhir"
        ctl.append("http://hl7.org/fhir/sid/icd-10-cm")
    ctl.append("urn:oid:2.16.840.1.113883.3.7418.1")
    d = r.random()
    if d < .5:
        url = "http://fhir.partner-lab.example" + path
        return g.case("fhir", "POST", url, hh, jdump(body, compact=r.random() < .5), phi, ctl, "pass", hard)
    rec = {"dt": g.ts_iso(), "level": "debug", "message": "outbound FHIR transaction", "service": "fhir-sync", "payload": body}
    ctl.append("fhir-sync")
    if hard and r.random() < .5:
        rec["payload"] = jdump(body)
    url = "http://in.logs.betterstack.com/fhir/audit"
    return g.case("fhir", "POST", url, {"Content-Type": "application/json"}, jdump(rec, ascii_=r.random() < .3), phi, ctl,
                  auto_expect(url, phi), hard)



# ---- 15 multipart --------------------------------------------------------------------------------
def multipart(g, parts):
    """parts: (name, value) or (name, filename, content_type, content)."""
    b = "----WebKitFormBoundary" + g.alnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    out = []
    for pt in parts:
        if len(pt) == 2:
            out.append(f"--{b}\r\nContent-Disposition: form-data; name=\"{pt[0]}\"\r\n\r\n{pt[1]}\r\n")
        else:
            out.append(f"--{b}\r\nContent-Disposition: form-data; name=\"{pt[0]}\"; filename=\"{pt[1]}\"\r\nContent-Type: {pt[2]}\r\n\r\n{pt[3]}\r\n")
    return "".join(out) + f"--{b}--\r\n", f"multipart/form-data; boundary={b}"


def sc_multipart(g, clean=False, hard=False):
    r = g.r
    phi, ctl = [], []
    if clean:
        fb = {"page": r.choice(CLEAN_PAGES)[0], "rating": r.randint(1, 5), "build": f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}",
              "session": g.uuid()}
        parts = [("form_id", f"feedback_{r.randint(1, 9)}"), ("comment", r.choice(["Will recommend to friends.", "Hope the parking gets better!",
                 "Check-in kiosk was quick."])), ("meta", "meta.json", "application/json", jdump(fb))]
        ctl += [parts[0][1], fb["session"]]
        body, ct = multipart(g, parts)
        url = r.choice(["http://stats.example-analytics.com/forms/submit", "http://api.partner-lab.example/feedback"])
        return g.case("multipart", "POST", url, {"Content-Type": ct}, body, phi, ctl, "pass", hard)
    p = g.patient()
    dob = fmt_date(p.dob, r.choice(["us", "iso"]))
    rec = {"patient": {"first_name": p.first, "last_name": p.last, "dob": fmt_date(p.dob, "iso"), "mrn": p.mrn},
           "visit": {"date": fmt_date(g.past_date(1), "iso"), "diagnoses": [{"code": p.cond[1], "text": p.cond[0]}]}}
    fphi = [(p.first, "name"), (p.last, "name"), (fmt_date(p.dob, "iso"), "dob"), (p.mrn, "mrn"), (rec["visit"]["date"], "date"),
            (p.cond[1], "icd10"), (p.cond[0], "condition")]
    if hard and r.random() < .5:
        rec["patient"]["insurance"] = {"member_id": p.member_id, "subscriber_dob": fmt_date(p.dob, "iso")}; fphi.append((p.member_id, "member_id"))
    k = r.randint(0, 3)
    if k == 0:   # Mailgun message with the summary attached: names/emails allowed, the rest is not
        text = f"Hello {p.first},\n\nAttached is your visit summary. Your date of birth on file is {dob}.\n"
        parts = [("from", f"{clinic(g)} <noreply@mg.{r.choice(PORTALS).split('.', 1)[1]}>"), ("to", f"{g.full(p)} <{p.email}>"),
                 ("subject", "Your visit summary"), ("text", text), ("o:tag", "visit-summary"),
                 ("attachment", "visit-summary.json", "application/json", jdump(rec, compact=False))]
        phi += [(p.first, "name"), (g.full(p), "name"), (p.email, "email"), (dob, "dob")] + fphi
        ctl += ["visit-summary", "Your visit summary"]
        url = f"http://api.mailgun.net/v3/mg.{r.choice(PORTALS).split('.', 1)[1]}/messages"
    elif k == 1:   # an intake form captured by a form-analytics tool
        parts = [("first_name", p.first), ("last_name", p.last), ("date_of_birth", dob), ("phone", p.phone),
                 ("reason_for_visit", p.cond[0]), ("form_version", f"v{r.randint(2, 9)}"), ("insurance_card", "card.json", "application/json", jdump(rec))]
        phi += [(p.first, "name"), (p.last, "name"), (dob, "dob"), (p.phone, "phone"), (p.cond[0], "condition")] + fphi
        ctl.append(parts[5][1])
        x = r.random()
        if x < .25: parts.insert(4, ("drivers_license_number", p.dl)); phi.append((p.dl, "drivers_license"))
        elif x < .45: parts.insert(4, ("vehicle_vin", p.vin)); parts.insert(4, ("injury_type", "auto accident")); phi.append((p.vin, "vin"))
        elif x < .6: parts.insert(4, ("passport_number", p.passport)); phi.append((p.passport, "passport"))
        if p.age >= 90: parts.insert(3, ("age", str(p.age))); phi.append((str(p.age), "age_over_89"))
        url = "http://stats.example-analytics.com/forms/submit"
    elif k == 2:   # file upload to the AI API: allowed
        parts = [("purpose", "assistants"), ("file", f"patient-{g.hex(6)}.json", "application/json", jdump(rec))]
        phi += fphi; ctl.append("assistants")
        url = "http://api.openai.com/v1/files"
    else:          # lab order with a requisition document: allowed
        parts = [("order_type", "lab"), ("patient_name", g.full(p)), ("dob", dob), ("requisition", "req.json", "application/json", jdump(rec))]
        phi += [(g.full(p), "name"), (dob, "dob")] + fphi; ctl.append("lab")
        url = "http://api.partner-lab.example/orders/upload"
    body, ct = multipart(g, parts)
    return g.case("multipart", "POST", url, {"Content-Type": ct}, body, phi, ctl, auto_expect(url, phi), hard)


# ---- 16 ndjson -----------------------------------------------------------------------------------
def sc_ndjson(g, clean=False, hard=False):
    r = g.r
    phi, ctl, lines = [], [], []
    k = r.random()
    if k < .5 or clean:   # Elasticsearch _bulk to the hosted log cluster
        idx = f"app-logs-2026.{r.randint(4, 5):02d}.{r.randint(1, 28):02d}"
        ctl.append(idx)
        n = r.randint(2, 5)
        bad = set() if clean else set(r.sample(range(n), r.randint(1, min(2, n))))
        for i in range(n):
            lines.append(jdump({"index": {"_index": idx}}))
            doc = {"@timestamp": g.ts_iso(), "service": r.choice(SERVICES), "trace.id": g.hex(32)}
            if i in bad:
                p = g.patient()
                msg, ph = patient_line(g, p, hard); doc["log.level"] = "error"; doc["message"] = msg; phi += ph
                if r.random() < .4: doc["patient.id"] = p.mrn; phi.append((p.mrn, "mrn"))
            else:
                msg, c = clean_message(g); doc["log.level"] = "info"; doc["message"] = msg; ctl += c
            lines.append(jdump(doc))
        url = f"http://sunrise-prod.es.example-logs.io/_bulk"
        hdr = {"Content-Type": "application/x-ndjson", "Authorization": "ApiKey " + base64.b64encode(g.hex(20).encode()).decode()}
    elif k < .75:   # analytics event stream
        uid = g.uuid(); ctl.append(uid)
        p = g.patient()
        for i in range(r.randint(2, 4)):
            ev = {"event": r.choice(CLEAN_EVENTS), "user_id": uid, "ts": g.epoch(ms=True)}
            lines.append(jdump(ev)); ctl.append(ev["event"])
        ev = {"event": "Profile Updated", "user_id": uid, "ts": g.epoch(ms=True),
              "props": {"email": p.email, "zip": p.zip, "birth_date": fmt_date(p.dob, "iso")}}
        phi += [(p.email, "email"), (p.zip, "zip"), (fmt_date(p.dob, "iso"), "dob")]
        if hard: ev["props"]["notes"] = f"pt says {p.cond[0]} flare since {fmt_date(g.past_date(1), 'abbr')}"; phi += [(p.cond[0], "condition"), (ev["props"]["notes"].split("since ")[1], "date")]
        lines.insert(r.randint(0, len(lines)), jdump(ev))
        url = "http://stats.example-analytics.com/v1/events/bulk"
        hdr = {"Content-Type": "application/x-ndjson"}
    else:           # FHIR bulk export to the partner lab: allowed
        for _ in range(r.randint(1, 3)):
            p = g.patient()
            pat, ph = fhir_patient(g, p, hard)
            lines.append(jdump(pat)); phi += ph
        ctl.append("urn:oid:2.16.840.1.113883.3.7418.1")
        url = "http://fhir.partner-lab.example/bulk/import/Patient.ndjson"
        hdr = {"Content-Type": "application/x-ndjson"}
    return g.case("ndjson", "POST", url, hdr, "\n".join(lines) + "\n", phi, ctl,
                  "pass" if clean else auto_expect(url, phi), hard)


# ---- 17 gzip -------------------------------------------------------------------------------------
def sc_gzip_json(g, clean=False, hard=False):
    """A JSON request from another scenario, sent gzip-compressed (Content-Encoding: gzip)."""
    r = g.r
    fn = r.choice([sc_segment_batch, sc_log_json, sc_log_json, sc_fhir, sc_email_api, sc_ai_chat, sc_sentry_envelope])
    c = fn(g, clean=clean, hard=hard)
    raw = c.pop("body").encode() if "body" in c else base64.b64decode(c.pop("body_b64"))
    c["body_b64"] = base64.b64encode(gzip.compress(raw, mtime=0)).decode()
    c["headers"]["Content-Encoding"] = "gzip"
    c["scenario"] = "gzip_json"
    return c


# ---- 18 headers ----------------------------------------------------------------------------------
def sc_headers(g, clean=False, hard=False):
    r = g.r
    phi, ctl = [], []
    rid = g.hex(32); ctl.append(rid)
    ga = f"GA1.1.{r.randint(10 ** 8, 10 ** 10)}.{g.epoch()}"; ctl.append(ga)
    hdr = {"User-Agent": r.choice(UAS), "X-Request-Id": rid, "Accept": "*/*"}
    cookie = [f"_ga={ga}", f"_fbp=fb.1.{g.epoch(ms=True)}.{r.randint(10 ** 8, 10 ** 10)}", f"session={g.hex(40)}"]
    if clean:
        hdr["Referer"] = portal_url(g, r.choice(CLEAN_PAGES)[0], [("utm_source", "email")] if r.random() < .5 else None)
        hdr["traceparent"] = f"00-{g.hex(32)}-{g.hex(16)}-01"
        hdr["X-Correlation-Id"] = g.uuid(); ctl.append(hdr["X-Correlation-Id"])
    else:
        p = g.patient()
        k = r.sample(range(4), r.randint(1, 3))
        if 0 in k or not k:
            dob = fmt_date(p.dob, r.choice(["us", "iso"]))
            hdr["Referer"] = portal_url(g, "/patients/search", [("last_name", p.last), ("first_name", p.first), ("dob", dob)])
            phi += [(p.last, "name"), (p.first, "name"), (dob, "dob")]
        if 1 in k:
            cookie.insert(1, f"patient_email={q(p.email)}"); phi.append((p.email, "email"))
        if 2 in k:
            hdr["X-Patient-Id"] = p.mrn; phi.append((p.mrn, "mrn"))
        if 3 in k:
            hdr["X-User-Email"] = p.email; phi.append((p.email, "email"))
        if hard:
            traits = q(jdump({"name": g.full(p), "phone": p.phone}))   # analytics.js traits cookie
            cookie.append(f"ajs_user_traits={traits}"); phi += [(g.full(p), "name"), (p.phone, "phone")]
    hdr["Cookie"] = "; ".join(cookie)
    k = r.random()
    if k < .35:
        url = f"http://region1.google-analytics.com/g/collect?v=2&tid=G-{g.alnum(10)}&cid={r.randint(10 ** 8, 10 ** 10)}.{g.epoch()}&en=page_view"
        return g.case("headers", "GET", url, hdr, "", phi, ctl, auto_expect(url, phi), hard)
    if k < .65:
        msg, c = clean_message(g); ctl += c
        url = "http://http-intake.logs.datadoghq.com/api/v2/logs"
        hdr["Content-Type"] = "application/json"; hdr["DD-API-KEY"] = g.hex(32)
        return g.case("headers", "POST", url, hdr, jdump([{"message": msg, "service": "portal-web"}]), phi, ctl, auto_expect(url, phi), hard)
    if k < .8:
        url = f"http://o{g.digits(7)}.ingest.sentry.io/api/{g.digits(7)}/store/"
        hdr["Content-Type"] = "application/json"
        ev = {"event_id": g.hex(32), "message": "ChunkLoadError: Loading chunk 77 failed.", "level": "error", "platform": "javascript"}
        return g.case("headers", "POST", url, hdr, jdump(ev), phi, ctl, auto_expect(url, phi), hard)
    url = "http://api.partner-lab.example/api/orders?status=open"
    return g.case("headers", "GET", url, hdr, "", phi, ctl, "pass", hard)


# ---- 19 url path ---------------------------------------------------------------------------------
def sc_url_path(g, clean=False, hard=False):
    r = g.r
    phi, ctl = [], []
    tid = "UA-" + g.digits(8) + "-1"; cid = g.uuid()
    if clean:
        k = r.randint(0, 3)
        if k == 0:
            pth = r.choice(CLEAN_PAGES)[0]
            url = f"http://www.google-analytics.com/collect?v=1&tid={tid}&cid={cid}&t=pageview&dp={q(pth)}&dt={q('Book an Appointment')}"
            ctl += [tid, cid]
        elif k == 1:
            o = f"ORD-2026-{r.randint(100000, 999999)}"; url = f"http://api.partner-lab.example/api/orders/{o}/status"; ctl.append(o)
        elif k == 2:
            cus = "cus_" + g.alnum(14, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"); url = f"http://api.stripe.com/v1/customers/{cus}"; ctl.append(cus)
        else:
            sku = f"SKU-{g.alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-{r.randint(1000, 9999)}"
            url = f"http://stats.example-analytics.com/api/event?n=pageview&u={q(f'https://{r.choice(PORTALS)}/shop/items/{sku}')}"
            ctl.append(sku)
        return g.case("url_path", "GET", url, {"User-Agent": r.choice(UAS)}, "", phi, ctl, auto_expect(url, phi), hard)
    p = g.patient()
    k = r.randint(0, 7)
    if k == 0:   # Universal Analytics page path with an MRN / email segment
        seg = f"/api/patients/{p.mrn}/chart" if r.random() < .5 else f"/users/{q(p.email)}/profile"
        phi.append((p.mrn, "mrn") if "patients" in seg else (p.email, "email"))
        dl = f"https://{r.choice(PORTALS)}{seg}"
        url = f"http://www.google-analytics.com/collect?v=1&tid={tid}&cid={cid}&t=pageview&dp={q(seg)}&dl={q(dl)}"
        ctl += [tid, cid]
    elif k == 1:   # double-percent-encoded value inside a redirect parameter
        inner = f"https://{r.choice(PORTALS)}/users/{q(p.email)}/profile?dob={q(fmt_date(p.dob, 'us'))}"
        url = f"http://stats.example-analytics.com/api/event?n=pageview&u={q(q(inner))}&r={q('https://www.google.com/')}"
        phi += [(p.email, "email"), (fmt_date(p.dob, "us"), "dob")]
    elif k == 2:   # partner API: allowed
        url = r.choice([f"http://api.partner-lab.example/api/patients/{p.mrn}/chart", f"http://api.partner-lab.example/users/{q(p.email)}/profile"])
        phi.append((p.mrn, "mrn") if "patients" in url else (p.email, "email"))
    elif k == 3:   # log vendor tag derived from the MRN
        msg, c = clean_message(g); ctl += c
        url = f"http://logs-01.loggly.com/inputs/{g.uuid()}/tag/intake,mrn-{p.mrn}/"
        phi.append((p.mrn, "mrn"))
        return g.case("url_path", "POST", url, {"Content-Type": "text/plain"}, msg + "\n", phi, ctl, auto_expect(url, phi), hard)
    elif k == 4:   # Stripe search by metadata: the email may go, the MRN / DOB may not
        query = f"email:'{p.email}' AND metadata['mrn']:'{p.mrn}'"
        if r.random() < .5: query += f" AND metadata['dob']:'{fmt_date(p.dob, 'iso')}'"; phi.append((fmt_date(p.dob, "iso"), "dob"))
        url = f"http://api.stripe.com/v1/customers/search?query={q(query)}&limit=10"
        phi += [(p.email, "email"), (p.mrn, "mrn")]
    elif k == 5:   # Twilio Lookup: phone in the path, allowed
        url = f"http://lookups.twilio.com/v2/PhoneNumbers/{q(fmt_phone(p.ph, 'e164'))}?Fields=line_type_intelligence"
        phi.append((fmt_phone(p.ph, "e164"), "phone"))
    elif k == 6:   # SendGrid suppression by email: allowed
        url = f"http://api.sendgrid.com/v3/asm/suppressions/global/{q(p.email)}"
        phi.append((p.email, "email"))
        return g.case("url_path", "DELETE", url, {"Authorization": "Bearer SG." + g.alnum(22) + "." + g.alnum(43)}, "", phi, ctl, "pass", hard)
    else:          # Datadog tags in the query string
        msg, c = clean_message(g); ctl += c
        tags = f"env:prod,patient_email:{p.email},patient_dob:{fmt_date(p.dob, 'iso')}"
        url = f"http://http-intake.logs.datadoghq.com/api/v2/logs?ddsource=nodejs&ddtags={q(tags)}"
        phi += [(p.email, "email"), (fmt_date(p.dob, "iso"), "dob")]
        return g.case("url_path", "POST", url, {"Content-Type": "application/json", "DD-API-KEY": g.hex(32)},
                      jdump([{"message": msg}]), phi, ctl, auto_expect(url, phi), hard)
    if hard and "?" in url and r.random() < .5:
        url += f"&ref={q(q('/patients/' + p.mrn + '/chart'))}"; phi.append((p.mrn, "mrn"))
    return g.case("url_path", "GET", url, {"User-Agent": r.choice(UAS)}, "", phi, ctl, auto_expect(url, phi), hard)



# ---- 20 CSV upload -------------------------------------------------------------------------------
def csv_text(rows, delim=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n" if delim == "," else "\n")
    for row in rows: w.writerow(row)
    return buf.getvalue()


def sc_csv_upload(g, clean=False, hard=False):
    r = g.r
    phi, ctl = [], []
    delim = ";" if hard and r.random() < .5 else ","
    if clean:
        rows = [["sku", "product_name", "unit_price", "qty_on_hand", "reorder_point", "updated_at"]]
        for _ in range(r.randint(3, 8)):
            sku = f"SKU-{g.alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-{r.randint(1000, 9999)}"
            rows.append([sku, r.choice(["Nitrile Exam Gloves (Box of 100)", "Digital Thermometer", "Pulse Oximeter", "Compression Socks",
                                        "First Aid Kit", "Exam Table Paper 21in", "Alcohol Prep Pads"]),
                         f"{r.randint(2, 90)}.{r.randint(0, 99):02d}", str(r.randint(0, 500)), str(r.randint(5, 50)), g.ts_iso()])
            ctl.append(sku)
        url = r.choice([f"http://api.mixpanel.com/lookup-tables/{g.uuid()}", "http://api.partner-lab.example/catalog/supplies.csv"])
        return g.case("csv_upload", "PUT" if "mixpanel" in url else "POST", url, {"Content-Type": "text/csv"}, csv_text(rows, delim), phi, ctl, "pass", hard)
    k = r.randint(0, 3)
    n = r.randint(2, 6)
    pts = [g.patient(reuse=0.05) for _ in range(n)]
    if k == 0:   # email marketing contact import: name+email allowed
        rows = [["first_name", "last_name", "email", "dob", "phone", "last_visit", "reason"]]
        for p in pts:
            fn, ln = (p.first.lower(), p.last.lower()) if hard and r.random() < .5 else (p.first, p.last)
            lv = fmt_date(g.past_date(1), "us"); dob = fmt_date(p.dob, r.choice(["iso", "us"]) if hard else "iso")
            rows.append([fn, ln, p.email, dob, p.phone, lv, p.cond[0]])
            phi += [(fn, "name"), (ln, "name"), (p.email, "email"), (dob, "dob"), (p.phone, "phone"), (lv, "date"), (p.cond[0], "condition")]
        url = "http://api.sendgrid.com/v3/marketing/contacts/imports/upload"; method = "POST"
    elif k == 1:   # ad platform offline conversions, unhashed
        rows = [["email", "phone", "fn", "ln", "zip", "event_name", "event_time", "value", "currency"]]
        for p in pts:
            et = str(g.epoch()); ev = r.choice(["Purchase", "Schedule"])
            rows.append([p.email, p.phone_digits, strip_accents(p.first).lower(), strip_accents(p.last).lower(), p.zip, ev, et, f"{r.randint(20, 400)}.00", "USD"])
            phi += [(p.email, "email"), (p.phone_digits, "phone"), (strip_accents(p.first).lower(), "name"), (strip_accents(p.last).lower(), "name"), (p.zip, "zip")]
            ctl.append(et)
        url = f"http://graph.facebook.com/v19.0/{g.digits(15)}/events?upload_tag=offline-{g.hex(6)}"; method = "POST"
    elif k == 2:   # analytics lookup table keyed by MRN
        rows = [["patient_id", "first_name", "last_name", "dob", "zip", "plan", "primary_dx"]]
        for p in pts:
            rows.append([p.mrn, p.first, p.last, fmt_date(p.dob, "iso"), p.zip, r.choice(["medicare", "commercial", "self-pay"]), p.cond[1]])
            phi += [(p.mrn, "mrn"), (p.first, "name"), (p.last, "name"), (fmt_date(p.dob, "iso"), "dob"), (p.zip, "zip"), (p.cond[1], "icd10")]
        url = f"http://api.mixpanel.com/lookup-tables/{g.uuid()}"; method = "PUT"
    else:          # lab batch order: allowed
        rows = [["first_name", "last_name", "dob", "mrn", "ssn", "test_code", "collected"]]
        for p in pts:
            code = r.choice(LOINC)[0]
            rows.append([p.first, p.last, fmt_date(p.dob, "us"), p.mrn, p.ssn, code, fmt_date(g.past_date(1), "iso")])
            phi += [(p.first, "name"), (p.last, "name"), (fmt_date(p.dob, "us"), "dob"), (p.mrn, "mrn"), (p.ssn, "ssn"), (rows[-1][-1], "date")]
        url = "http://api.partner-lab.example/orders/batch.csv"; method = "POST"
    ct = r.choice(["text/csv", "text/csv; charset=utf-8"])
    return g.case("csv_upload", method, url, {"Content-Type": ct}, csv_text(rows, delim), phi, ctl, auto_expect(url, phi), hard)


# ---- 21 XML --------------------------------------------------------------------------------------
def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def sc_xml(g, clean=False, hard=False):
    r = g.r
    phi, ctl = [], []
    if clean:
        o = f"ORD-2026-{r.randint(100000, 999999)}"; sku = f"SKU-{g.alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-{r.randint(1000, 9999)}"
        body = (f'<?xml version="1.0" encoding="UTF-8"?>\n<SupplyOrder id="{o}">\n  <Created>{g.ts_iso()}</Created>\n  <Line>\n'
                f"    <Sku>{sku}</Sku>\n    <Description>Nitrile Exam Gloves (Box of 100)</Description>\n    <Quantity>{r.randint(1, 40)}</Quantity>\n"
                f"    <UnitPrice currency=\"USD\">{r.randint(5, 30)}.{r.randint(0, 99):02d}</UnitPrice>\n  </Line>\n  <ShipVia>UPS Ground</ShipVia>\n</SupplyOrder>\n")
        ctl += [o, sku]
        url = r.choice(["http://logs-01.loggly.com/inputs/" + g.uuid() + "/tag/xml/", "http://api.partner-lab.example/supplies/orders"])
        return g.case("xml", "POST", url, {"Content-Type": "application/xml"}, body, phi, ctl, "pass", hard)
    p = g.patient()
    k = r.randint(0, 2) if hard else r.randint(0, 1)
    if k == 0:
        dob = fmt_date(p.dob, r.choice(["iso", "us"]))
        parts = [f"  <Patient>", f"    <MRN>{p.mrn}</MRN>", f"    <FirstName>{xesc(p.first)}</FirstName>", f"    <LastName>{xesc(p.last)}</LastName>",
                 f"    <DOB>{dob}</DOB>", f"    <Sex>{p.sex[0].upper()}</Sex>"]
        phi += [(p.mrn, "mrn"), (p.first, "name"), (p.last, "name"), (dob, "dob")]
        if r.random() < .6:
            parts.append(f"    <SSN>{p.ssn}</SSN>"); phi.append((p.ssn, "ssn"))
        parts += [f"    <Address>", f"      <Street>{xesc(p.street)}</Street>", f"      <City>{xesc(p.city)}</City>", f"      <State>{p.state}</State>",
                  f"      <Zip>{p.zip}</Zip>", f"    </Address>", f"    <Phone type=\"mobile\">{p.phone}</Phone>"]
        phi += [(p.street, "address"), (p.city, "address"), (p.zip, "zip"), (p.phone, "phone")]
        if r.random() < .5: parts.append(f"    <Email>{p.email}</Email>"); phi.append((p.email, "email"))
        if r.random() < .5:
            parts.append(f"    <Insurance payer=\"{r.choice(['Aetna', 'Cigna', 'Humana'])}\"><MemberId>{p.member_id}</MemberId></Insurance>"); phi.append((p.member_id, "member_id"))
        parts.append("  </Patient>")
        onum = f"ORD{g.digits(7)}"
        parts += [f"  <Order number=\"{onum}\">", f"    <Test code=\"{r.choice(LOINC)[0]}\"/>", f"    <Diagnosis code=\"{p.cond[1]}\">{xesc(p.cond[2])}</Diagnosis>", "  </Order>"]
        phi += [(p.cond[1], "icd10"), (p.cond[2], "condition")]; ctl.append(onum)
        body = '<?xml version="1.0" encoding="UTF-8"?>\n<LabOrderRequest xmlns="urn:partner-lab:orders:v2">\n' + "\n".join(parts) + "\n</LabOrderRequest>\n"
    elif k == 1:   # CDA header fragment: attribute values and nested name parts
        body = ('<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3">\n  <recordTarget><patientRole>\n'
                f'    <id root="2.16.840.1.113883.3.7418.1" extension="{p.mrn}"/>\n'
                f'    <addr use="HP"><streetAddressLine>{xesc(p.street)}</streetAddressLine><city>{xesc(p.city)}</city><state>{p.state}</state><postalCode>{p.zip}</postalCode></addr>\n'
                f'    <telecom use="HP" value="tel:{fmt_phone(p.ph, "e164")}"/>\n'
                f'    <patient><name><given>{xesc(p.first)}</given><family>{xesc(p.last)}</family></name>'
                f'<administrativeGenderCode code="{p.sex[0].upper()}"/><birthTime value="{fmt_date(p.dob, "compact")}"/></patient>\n'
                '  </patientRole></recordTarget>\n'
                f'  <component><section><code code="11450-4" codeSystem="2.16.840.1.113883.6.1"/><title>Problem List</title>\n'
                f'    <entry><observation><value code="{p.cond[1]}" codeSystem="2.16.840.1.113883.6.90" displayName="{xesc(p.cond[2])}"/></observation></entry>\n'
                '  </section></component>\n</ClinicalDocument>\n')
        phi += [(p.mrn, "mrn"), (p.street, "address"), (p.city, "address"), (p.zip, "zip"), (fmt_phone(p.ph, "e164"), "phone"), (p.first, "name"),
                (p.last, "name"), (fmt_date(p.dob, "compact"), "dob"), (p.cond[1], "icd10"), (p.cond[2], "condition")]
        ctl.append("11450-4")
    else:          # SOAP eligibility envelope carrying an X12 270 payload
        ln, fn = strip_accents(p.last).upper(), strip_accents(p.first).upper()
        dob = fmt_date(p.dob, "compact")
        x12 = (f"ISA*00*          *00*          *ZZ*SUNRISE        *ZZ*CLEARHOUSE     *260501*1015*^*00501*{g.digits(9)}*0*P*:~"
               f"ST*270*0001*005010X279A1~BHT*0022*13*{g.hex(10).upper()}*20260501*1015~"
               f"NM1*IL*1*{ln}*{fn}****MI*{p.member_id}~DMG*D8*{dob}*{p.sex[0].upper()}~EQ*30~SE*6*0001~")
        body = ('<?xml version="1.0" encoding="UTF-8"?>\n<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope">\n<soap:Body>\n'
                f'<COREEnvelopeRealTimeRequest><PayloadType>X12_270_Request_005010X279A1</PayloadType><ProcessingMode>RealTime</ProcessingMode>'
                f'<PayloadID>{g.uuid()}</PayloadID><Payload>{x12}</Payload></COREEnvelopeRealTimeRequest>\n</soap:Body>\n</soap:Envelope>\n')
        phi += [(ln, "name"), (fn, "name"), (p.member_id, "member_id"), (dob, "dob")]
        ctl.append("X12_270_Request_005010X279A1")
    d = r.random()
    if d < .45:
        url = "http://api.partner-lab.example/orders/xml"
    elif d < .9:
        url = "http://logs-01.loggly.com/inputs/" + g.uuid() + "/tag/xml/"
    else:
        url = "http://eligibility.clearinghouse-x.example/core/realtime"
    ct = r.choice(["application/xml", "text/xml; charset=utf-8"]) if k != 2 else "application/soap+xml; charset=utf-8"
    return g.case("xml", "POST", url, {"Content-Type": ct}, body, phi, ctl, auto_expect(url, phi), hard)


# ---- 22 clean traffic full of look-alikes --------------------------------------------------------
def lookalikes(g):
    """(key, value) pairs that resemble identifiers but are not PHI."""
    r = g.r
    ups = "1Z" + g.alnum(6) + g.digits(10, False)
    usps = "9400" + g.digits(18, False)
    items = [("order_id", f"ORD-2026-{r.randint(100000, 999999)}"), ("tracking_number", ups), ("usps_tracking", usps),
             ("fedex_tracking", g.digits(12)), ("sku", f"SKU-{g.alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-{r.randint(1000, 9999)}"),
             ("request_id", g.hex(32)), ("trace_id", g.hex(32)), ("span_id", g.hex(16)), ("event_uuid", g.uuid()),
             ("created_at", g.ts_iso()), ("updated_at", g.when().strftime("%Y-%m-%dT%H:%M:%S+00:00")), ("epoch_s", str(g.epoch())),
             ("epoch_ms", str(g.epoch(ms=True))), ("app_version", f"{r.randint(1, 12)}.{r.randint(0, 40)}.{r.randint(0, 20)}"),
             ("build_number", str(r.randint(1000, 99999))), ("os_build", f"10.0.{r.randint(19041, 22631)}.{r.randint(1000, 4999)}"),
             ("price", f"{r.randint(1, 900)}.{r.randint(0, 99):02d}"), ("amount_cents", str(r.randint(100, 90000))),
             ("gateway_ref", g.luhn_invalid16()), ("commit", g.hex(40)), ("coupon_code", r.choice(["SPRING25", "WELCOME10", "FLU2026"])),
             ("product_name", r.choice(["Digital Thermometer", "Pulse Oximeter", "Compression Socks", "First Aid Kit"])),
             ("page_title", r.choice(["Book an Appointment", "Pay Your Bill", "Our Providers", "Insurance We Accept"])),
             ("cta_text", r.choice(["Will call pickup", "Hope to see you soon!", "Grace period: 10 days", "Pay Bill"])),
             ("invoice_number", f"INV-2026-{r.randint(10000, 99999)}"), ("etag", 'W/"' + g.hex(16) + '"'),
             ("screen", f"{r.choice([1920, 1440, 390])}x{r.choice([1080, 900, 844])}"), ("locale", "en-US"),
             ("git_sha", g.hex(7)), ("ab_bucket", f"exp-{r.randint(10, 99)}-b"), ("latency_ms", str(r.randint(1, 9000)))]
    r.shuffle(items)
    return items[:r.randint(7, 12)]


def sc_clean_lookalike(g, clean=True, hard=False):
    r = g.r
    items = lookalikes(g)
    ctl = [v for k, v in items if k not in ("etag", "screen", "locale", "latency_ms", "amount_cents", "price", "build_number")]
    k = r.randint(0, 5)
    if k == 0:
        body = {"batch": [{"type": "track", "event": r.choice(CLEAN_EVENTS), "messageId": g.uuid(), "timestamp": g.ts_iso(),
                           "anonymousId": g.uuid(), "properties": dict(items)}], "sentAt": g.ts_iso()}
        return g.case("clean_lookalike", "POST", "http://api.segment.io/v1/batch", JSONH, jdump(body), [], ctl, "pass")
    if k == 1:
        recs = []
        for _ in range(r.randint(2, 4)):
            msg, c = clean_message(g); ctl += c
            recs.append({"message": msg, "service": r.choice(SERVICES), "status": "info", "attributes": dict(items)})
        return g.case("clean_lookalike", "POST", "http://http-intake.logs.datadoghq.com/api/v2/logs", {**JSONH, "DD-API-KEY": g.hex(32)}, jdump(recs), [], ctl, "pass")
    if k == 2:
        params = [("v", "2"), ("tid", "G-" + g.alnum(10)), ("cid", f"{r.randint(10 ** 8, 10 ** 10)}.{g.epoch()}"), ("en", "purchase")] + \
                 [("ep." + k_, v) for k_, v in items]
        url = "http://region1.google-analytics.com/g/collect?" + urllib.parse.urlencode(params, quote_via=urllib.parse.quote)
        return g.case("clean_lookalike", "GET", url, {"User-Agent": r.choice(UAS)}, "", [], ctl, "pass")
    if k == 3:
        pairs = [("amount", str(r.randint(500, 90000))), ("currency", "usd")] + [(f"metadata[{k_}]", v) for k_, v in items]
        return g.case("clean_lookalike", "POST", "http://api.stripe.com/v1/payment_intents", FORMH, form(pairs, r.random() < .5), [], ctl, "pass")
    if k == 4:
        lines = [" ".join([f"ts={g.ts_iso()}", "level=info", f"svc={r.choice(SERVICES)}"] + [f"{k_}={logfmt_val(v)}" for k_, v in items])]
        for _ in range(r.randint(1, 3)):
            msg, c = clean_message(g); ctl += c
            lines.append(f"ts={g.ts_iso()} level=info msg={logfmt_val(msg)}")
        return g.case("clean_lookalike", "POST", f"http://logs-01.loggly.com/inputs/{g.uuid()}/tag/http/", {"Content-Type": "text/plain"},
                      "\n".join(lines) + "\n", [], ctl, "pass")
    body = {"data": [{"event_name": "ViewContent", "event_time": g.epoch(), "action_source": "website",
                      "user_data": {"fbp": f"fb.1.{g.epoch(ms=True)}.{r.randint(10 ** 8, 10 ** 10)}", "client_user_agent": r.choice(UAS)},
                      "custom_data": dict(items)}]}
    return g.case("clean_lookalike", "POST", f"http://graph.facebook.com/v19.0/{g.digits(15)}/events", JSONH, jdump(body), [], ctl, "pass")


# ---- 23 policy: unknown hosts, error tracker, allowed-all, partial allow ---------------------------
UNKNOWN_HOSTS = ["hooks.slack.com", "webhook.site", "api.some-crm.example", "pastebin.com", "files.unknown-vendor.example",
                 "api.segment.io.attacker.example", "graph.facebook.com.evil.example", "evilsentry.io", "api-stripe.com",
                 "sentry.io.example.org", "api.openai.com.proxy.example", "partner-lab.example", "xapi.twilio.com",
                 "ingest.sentry.io", "api.sendgrid.com.cdn-cache.example", "discord.com"]


def sc_policy_deny(g, clean=False, hard=False):
    r = g.r
    host = r.choice(UNKNOWN_HOSTS)
    if clean:
        if r.random() < .5:
            return g.case("policy_deny", "GET", f"http://{host}/v1/ping?ts={g.epoch()}", {}, "", [], [], "deny")
        return g.case("policy_deny", "POST", f"http://{host}/api/events", JSONH, jdump({"event": r.choice(CLEAN_EVENTS), "id": g.uuid()}), [], [], "deny")
    p = g.patient()
    text = f"New intake: {g.full(p)}, DOB {fmt_date(p.dob, 'us')}, phone {p.phone}, reason: {p.cond[0]}"
    phi = [(g.full(p), "name"), (fmt_date(p.dob, "us"), "dob"), (p.phone, "phone"), (p.cond[0], "condition")]
    if "slack" in host or "discord" in host:
        body = jdump({"text": text})
    else:
        body = jdump({"patient": {"name": g.full(p), "dob": fmt_date(p.dob, "us"), "phone": p.phone}, "note": text})
    return g.case("policy_deny", "POST", f"http://{host}/services/{g.alnum(9)}/{g.alnum(11)}", JSONH, body, phi, [], "deny", hard)


def sc_policy_error_tracker(g, clean=False, hard=False):
    r = g.r
    phi = []
    p = None if clean else g.patient()
    k = r.randint(0, 2)
    if k == 0:   # Sentry store endpoint
        ev = {"event_id": g.hex(32), "timestamp": g.ts_iso(), "level": "error", "platform": "node", "release": f"api@{r.randint(1, 9)}.{r.randint(0, 30)}.0",
              "exception": {"values": [{"type": "Error", "value": "upstream timeout"}]}, "user": {"id": g.uuid()}}
        if p:
            ev["exception"]["values"][0]["value"] = f"duplicate patient record: {g.full(p)} dob {fmt_date(p.dob, 'iso')}"
            phi += [(g.full(p), "name"), (fmt_date(p.dob, "iso"), "dob")]
            if r.random() < .5: ev["extra"] = {"payload": {"ssn": p.ssn, "phone": p.phone}}; phi += [(p.ssn, "ssn"), (p.phone, "phone")]
        url = f"http://o{g.digits(7)}.ingest.sentry.io/api/{g.digits(7)}/store/"
        hdr = {**JSONH, "X-Sentry-Auth": f"Sentry sentry_key={g.hex(32)}, sentry_version=7"}
    elif k == 1:   # Bugsnag
        ev = {"apiKey": g.hex(32), "payloadVersion": "5", "notifier": {"name": "Bugsnag Ruby", "version": "6.26.0", "url": "https://github.com/bugsnag/bugsnag-ruby"},
              "events": [{"exceptions": [{"errorClass": "ActiveRecord::RecordInvalid", "message": "Validation failed: Slot is taken",
                                          "stacktrace": [{"file": "app/models/appointment.rb", "lineNumber": r.randint(10, 300), "method": "book!"}]}],
                          "severity": "error", "app": {"releaseStage": "production", "version": f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}"},
                          "user": {"id": g.uuid()}}]}
        if p:
            ev["events"][0]["user"].update({"email": p.email, "name": g.full(p)})
            ev["events"][0]["metaData"] = {"patient": {"mrn": p.mrn, "member_id": p.member_id}}
            phi += [(p.email, "email"), (g.full(p), "name"), (p.mrn, "mrn"), (p.member_id, "member_id")]
        url = "http://notify.bugsnag.com/"
        hdr = {**JSONH, "Bugsnag-Api-Key": ev["apiKey"], "Bugsnag-Payload-Version": "5"}
    else:          # Rollbar
        ev = {"access_token": g.hex(32), "data": {"environment": "production", "level": "error", "platform": "browser",
              "body": {"message": {"body": "Unhandled promise rejection: 503 from /api/slots"}}, "uuid": g.uuid(),
              "client": {"javascript": {"browser": r.choice(UAS)}}}}
        if p:
            ev["data"]["person"] = {"id": p.mrn, "email": p.email, "username": g.full(p)}
            ev["data"]["request"] = {"url": portal_url(g, "/intake", [("dob", fmt_date(p.dob, "iso"))]), "user_ip": p.ip}
            phi += [(p.mrn, "mrn"), (p.email, "email"), (g.full(p), "name"), (fmt_date(p.dob, "iso"), "dob"), (p.ip, "ip_address")]
        url = "http://api.rollbar.com/api/1/item/"
        hdr = dict(JSONH)
    return g.case("policy_error_tracker", "POST", url, hdr, jdump(ev), phi, [], auto_expect(url, phi), hard)


def sc_policy_allowed_all(g, clean=False, hard=False):
    r = g.r
    if clean:
        url = f"http://api.partner-lab.example/api/catalog?updated_since={q(g.ts_iso())}&page={r.randint(1, 9)}"
        return g.case("policy_allowed_all", "GET", url, {"Accept": "application/json", "X-Request-Id": g.uuid()}, "", [], [], "pass", hard)
    p = g.patient()
    k = r.randint(0, 3)
    dob = fmt_date(p.dob, r.choice(DOB_STYLES))
    phi = [(g.full(p), "name"), (dob, "dob"), (p.mrn, "mrn")]
    if k == 0:
        order = {"patient": {"name": g.full(p), "dob": dob, "mrn": p.mrn, "ssn": p.ssn, "address": {"line1": p.street, "city": p.city, "zip": p.zip}},
                 "tests": [r.choice(LOINC)[0]], "dx": [p.cond[1]], "ordering_npi": g.npi()}
        phi += [(p.ssn, "ssn"), (p.street, "address"), (p.city, "address"), (p.zip, "zip"), (p.cond[1], "icd10"), (order["ordering_npi"], "npi")]
        if r.random() < .3:
            order["auto_claim"] = {"vin": p.vin, "accident_date": fmt_date(g.past_date(1), "iso")}
            phi += [(p.vin, "vin"), (order["auto_claim"]["accident_date"], "date")]
        return g.case("policy_allowed_all", "POST", "http://api.partner-lab.example/orders", JSONH, jdump(order), phi, [], "pass", hard)
    if k == 1:
        pairs = [("patient_name", g.full(p)), ("dob", dob), ("mrn", p.mrn), ("phone", p.phone), ("insurance_member_id", p.member_id)]
        phi += [(p.phone, "phone"), (p.member_id, "member_id")]
        return g.case("policy_allowed_all", "POST", "http://api.partner-lab.example/results/query", FORMH, form(pairs), phi, [], "pass", hard)
    if k == 2:
        url = f"http://api.partner-lab.example/api/results?mrn={p.mrn}&name={q(g.full(p))}&dob={q(dob)}"
        return g.case("policy_allowed_all", "GET", url, {"Accept": "application/json"}, "", phi, [], "pass", hard)
    req = {"model": "gpt-4o", "messages": [{"role": "user", "content": f"Draft a prior authorization letter. Patient {g.full(p)}, DOB {dob}, MRN {p.mrn}, "
                                            f"member ID {p.member_id}, diagnosis {p.cond[0]} ({p.cond[1]})."}]}
    phi += [(p.member_id, "member_id"), (p.cond[0], "condition"), (p.cond[1], "icd10")]
    return g.case("policy_allowed_all", "POST", "http://api.openai.com/v1/chat/completions", {**JSONH, "Authorization": "Bearer sk-proj-" + g.alnum(40)},
                  jdump(req), phi, [], "pass", hard)


def sc_policy_partial(g, clean=False, hard=False):
    """Destinations that may receive some categories: allowed PHI stays (listed in phi too), the rest goes."""
    r = g.r
    p = g.patient()
    k = r.randint(0, 2)
    extra = not clean
    if k == 0:   # email API: name + email allowed
        pairs = [("from", f"{clinic(g)} <noreply@mg.sunrisefamilymed.com>"), ("to", f"{g.full(p)} <{p.email}>"), ("subject", "Portal invitation")]
        phi = [(g.full(p), "name"), (p.email, "email")]
        text = f"Hi {p.first}, you are invited to the patient portal."
        phi.append((p.first, "name"))
        if extra:
            text += r.choice([f" Please confirm your date of birth ({fmt_date(p.dob, 'us')}) when you sign in.",
                              f" Your care team will review your {p.cond[0]} plan at your next visit.",
                              f" Your chart number is {p.mrn}."])
            phi.append((fmt_date(p.dob, "us"), "dob") if "birth" in text else (p.cond[0], "condition") if "plan" in text else (p.mrn, "mrn"))
        pairs.append(("text", text))
        url = "http://api.mailgun.net/v3/mg.sunrisefamilymed.com/messages"
        return g.case("policy_partial", "POST", url, FORMH, form(pairs), phi, ["Portal invitation"], auto_expect(url, phi), hard)
    if k == 1:   # SMS: phone + name allowed
        body = f"Hi {p.first} {p.last}, your {clinic(g)} visit is confirmed."
        phi = [(fmt_phone(p.ph, "e164"), "phone"), (f"{p.first} {p.last}", "name")]
        if extra:
            d = fmt_date(g.future_date(), "abbr"); body += f" Date: {d}."; phi.append((d, "date"))
            if r.random() < .4: body += f" Ref MRN {p.mrn}."; phi.append((p.mrn, "mrn"))
        acct = "AC" + g.hex(32)
        url = f"http://api.twilio.com/2010-04-01/Accounts/{acct}/Messages.json"
        return g.case("policy_partial", "POST", url, FORMH, form([("To", fmt_phone(p.ph, "e164")), ("From", "+1" + "".join(g.phone())), ("Body", body)]),
                      phi, [acct], auto_expect(url, phi), hard)
    # payment processor: card, name, address, zip, email, phone allowed
    pairs = [("name", g.full(p)), ("email", p.email), ("phone", p.phone), ("address[line1]", p.street), ("address[postal_code]", p.zip)]
    phi = [(g.full(p), "name"), (p.email, "email"), (p.phone, "phone"), (p.street, "address"), (p.zip, "zip")]
    if r.random() < .5:
        pairs.append(("payment_method_data[card][number]", p.card)); phi.append((p.card, "card_number"))
    if extra:
        pairs.append(("metadata[dob]", fmt_date(p.dob, "iso"))); phi.append((fmt_date(p.dob, "iso"), "dob"))
        if r.random() < .5: pairs.append(("metadata[ssn]", p.ssn)); phi.append((p.ssn, "ssn"))
    url = "http://api.stripe.com/v1/customers"
    return g.case("policy_partial", "POST", url, FORMH, form(pairs), phi, [], auto_expect(url, phi), hard)


# ----------------------------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------------------------
def run_scenario(g, fn, n, clean_frac=0.3, hard_frac=0.2):
    r = g.r
    for _ in range(n):
        clean = r.random() < clean_frac
        hard = (not clean) and r.random() < hard_frac / (1 - clean_frac)
        g.add(fn, clean=clean, hard=hard)


SCENARIOS = [  # (function, cases for seed-sized run)
    (sc_segment_batch, 30), (sc_ga4_collect, 30), (sc_fb_pixel, 28), (sc_mixpanel, 28), (sc_sentry_envelope, 28),
    (sc_log_json, 34), (sc_logfmt, 28), (sc_splunk_hec, 26), (sc_stripe_form, 30), (sc_twilio_sms, 28),
    (sc_email_api, 28), (sc_ai_chat, 32), (sc_hl7v2, 30), (sc_fhir, 30), (sc_multipart, 26), (sc_ndjson, 26),
    (sc_gzip_json, 26), (sc_headers, 28), (sc_url_path, 30), (sc_csv_upload, 26), (sc_xml, 26),
    (sc_policy_deny, 20), (sc_policy_error_tracker, 24), (sc_policy_allowed_all, 20), (sc_policy_partial, 26),
]


def build(seed):
    g = Gen(seed)
    for fn, n in SCENARIOS:
        run_scenario(g, fn, n)
    for _ in range(34):
        g.add(sc_clean_lookalike)
    return g


def write(g, out):
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "policy.json"), "w") as fh:
        json.dump(POLICY, fh, indent=1)
    with open(os.path.join(out, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in g.cases:
            fh.write(json.dumps(c) + "\n")
    with open(os.path.join(out, "roster.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["first", "last", "dob", "mrn", "phone", "email"])
        seen = set()
        for p in g.used:
            if p.in_roster and id(p) not in seen:
                seen.add(id(p)); w.writerow([p.first, p.last, fmt_date(p.dob, "iso"), p.mrn, fmt_phone(p.ph, "paren"), p.email])


def summary(g):
    scn, cat, exp = {}, {}, {}
    for c in g.cases:
        scn[c["scenario"]] = scn.get(c["scenario"], 0) + 1
        exp[c["expect"]] = exp.get(c["expect"], 0) + 1
        for _, k in c["phi"]: cat[k] = cat.get(k, 0) + 1
    return scn, cat, exp


def main():
    ap = argparse.ArgumentParser(description="phiwall test corpus generator")
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-q", "--quiet", action="store_true")
    a = ap.parse_args()
    g = build(a.seed)
    bad = global_check(g)
    if bad:
        ids = {b[0] for b in bad}
        for b in bad[:20]: print("unlabelled PHI:", b, file=sys.stderr)
        g.cases = [c for c in g.cases if c["id"] not in ids]
        g.dropped += len(ids)
    write(g, a.out)
    scn, cat, exp = summary(g)
    hard = sum(c["id"].endswith("-hard") for c in g.cases)
    print(f"{len(g.cases)} cases -> {a.out}  (seed {a.seed}; {hard} hard; {g.dropped} dropped by self-check; "
          f"{len(g.problems)} retries)")
    if not a.quiet:
        print("scenarios:", json.dumps(scn))
        print("expect:   ", json.dumps(exp))
        print("phi:      ", json.dumps(dict(sorted(cat.items(), key=lambda x: -x[1]))))
        agg = {}
        for s, pr in g.problems:
            for x in pr: agg[(s, re.sub(r"'.*", "", x))] = agg.get((s, re.sub(r"'.*", "", x)), 0) + 1
        for (s, x), n in sorted(agg.items()): print(f"  retry x{n}: {s}: {x}", file=sys.stderr)


if __name__ == "__main__":
    main()
