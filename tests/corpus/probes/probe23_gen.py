#!/usr/bin/env python3
"""probe23: the data pipelines and BI tools of a multi-site primary-care group (Cascade Foothills
Medical Group, Bend and Redmond OR) sending TABULAR data, where column names travel apart from the
values, and change-data-capture streams. Carriers none of the earlier probes (12-22) used:
  * CDC: Debezium envelopes (schema block + before/after payload, schemas disabled, io.debezium.time
    Date as days since epoch, MongoDB after-as-JSON-string, Avro-JSON unions, ExtractNewRecordState
    with __op, CloudEvents wrapping), Maxwell, Canal, Oracle GoldenGate JSON, wal2json v1 (columnnames /
    columnvalues arrays) and v2, test_decoding text; Kafka Connect connector configs and status;
  * ELT: Airbyte protocol messages (RECORD/STATE/TRACE, raw _airbyte_data strings), Singer streams,
    Stitch Import API batches, Fivetran-like webhook and function payloads;
  * warehouses: BigQuery insertAll / jobs.query with named and positional parameters / tabledata rows
    {f:[{v}]}, Snowflake SQL API statements with positional bindings and resultSetMetaData + data
    arrays (DATE as days since epoch), Databricks SQL statements with parameters and data_array results;
  * BI: Metabase dataset/card queries with template-tag parameters and webhook alerts (cols + rows),
    Redash query_results, Superset chart-data filters (col / op / val) and SQL Lab;
  * spreadsheets: Sheets values.append (header row, majorDimension COLUMNS, =DATE() formulas, serial
    dates), batchUpdate updateCells; Smartsheet rows with numeric columnIds and CONTACT objectValues;
  * text tables pasted into issue trackers and notebooks: psql aligned and expanded output, MySQL
    boxes and \\G vertical output, SQL*Plus, sqlcmd, pandas and tibble prints inside .ipynb outputs;
  * SQL sent to query APIs: INSERT with column lists, parameterised statements (libSQL/hrana typed args,
    D1-like params, Neon-like arrayMode), COPY FROM STDIN text format with \\N and tabs;
  * dbt run logs (text and --log-format json) with failing-row samples, dbt show tables;
  * data-quality alerts: Great Expectations partial_unexpected_list / index lists, Soda failed-row
    samples, observability alerts, Elementary-like Slack text;
  * CSV / TSV uploads with unusual headers (Pt Nm, D.O.B., Ph#), Windows line endings, ="..." cells,
    headerless files whose columns ride in the URL;
  * Postgres/MySQL constraint errors (Failing row contains (...), Key (ssn)=(...)) to error trackers
    that block;
  * clean look-alikes (over a quarter): schemas and DDL naming PHI columns without values, connector
    configs, heartbeats, aggregates, inventory, fee schedules, the practice's own locations;
  * an allow-all DR replica (pass byte for byte) and unknown hosts (deny).

The roster (roster.csv) lists only every other patient, so exact matching covers about half.
Format of the output: see /work/shared/eval/gen_example.py (policy.json, cases.jsonl, roster.csv).
Usage: probe23_gen.py OUT_DIR   (deterministic: seed 230023)"""
import base64, gzip, hashlib, json, os, random, re, sys
from datetime import date, datetime, timedelta, timezone
from urllib.parse import quote, unquote_plus, urlsplit

R = random.Random(230023)

# ----------------------------------------------------------------------------- the practice
SITE = "cascadefoothills.org"
PRACTICE = "Cascade Foothills Medical Group"
PRACTICE_ADDR = "1350 NE Medical Center Dr Suite 200"
PRACTICE_CITY = "Bend, OR 97701"
PRACTICE_PHONE = "(541) 382-6400"
PRACTICE_PHONE_DASH = "541-382-6400"
PRACTICE_FAX = "(541) 382-6401"
RDM_ADDR = "2275 SW Canal Blvd"
RDM_PHONE = "(541) 548-7710"

NAMES = [
    ("Marisol", "Ibarra-Quintero", "F"), ("Teodoro", "Villaseñor", "M"), ("Kalani", "Kahananui", "F"), ("Sage", "Tewee", "F"),
    ("Hollis", "Brandvold", "M"), ("Renata", "Szabo", "F"), ("Ngozi", "Okonkwo", "F"), ("Tuan", "Truong", "M"),
    ("Linnea", "Haugland", "F"), ("Garrett", "Ostrander", "M"), ("Birgit", "Amundsen", "F"), ("Esperanza", "Ochoa", "F"),
    ("Rustin", "McKittrick", "M"), ("Yesenia", "Cuevas", "F"), ("Dmitri", "Sokolov", "M"), ("Haruko", "Nishimura", "F"),
    ("Kwame", "Asante", "M"), ("Shawna", "Pettibone", "F"), ("Loren", "Dahlquist", "M"), ("Ofelia", "Zamudio", "F"),
    ("Wendell", "Ashby", "M"), ("Paisley", "Krueger", "F"), ("Arjun", "Venkataraman", "M"), ("Mei-Ling", "Cho", "F"),
    ("Fatima", "Al-Sayed", "F"), ("Colby", "Rasmussen", "M"), ("Juniper", "Holloway", "F"), ("Santiago", "Orozco", "M"),
    ("Delphine", "Moreau", "F"), ("Hyun-woo", "Kang", "M"), ("Tamsin", "Featherstone", "F"), ("Abebe", "Girma", "M"),
    ("Rosalind", "Vickery", "F"), ("Thaddeus", "Ploof", "M"), ("Imelda", "Batungbakal", "F"), ("Everett", "Lindqvist", "M"),
    ("Noor", "Qureshi", "F"), ("Ansel", "Brightwater", "M"),
]
STREETS = ["NE Purcell Blvd", "SE Reed Market Rd", "NW Galveston Ave", "SW Canal Blvd", "NE 27th St", "SE 3rd St", "NW Shevlin Park Rd",
           "SW Highland Ave", "NE Butler Market Rd", "SE Wilson Ave", "NW Mt Washington Dr", "SW Obsidian Ave", "NE Greenwood Ave", "SW Pumice Ave"]
UNITS = ["Apt 4", "Unit B", "#12", "Apt 210", "Spc 31", "Unit 7C"]
CITIES = [("Bend", ["97701", "97702", "97703"]), ("Redmond", ["97756"]), ("Terrebonne", ["97760"]), ("Sisters", ["97759"]),
          ("Prineville", ["97754"]), ("La Pine", ["97739"]), ("Madras", ["97741"])]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "bendbroadband.com", "comcast.net", "proton.me"]
CONDS = [  # icd10, diagnosis text, med
    ("E11.65", "type 2 diabetes with hyperglycemia", "metformin"), ("B20", "HIV disease", "Biktarvy"), ("F33.1", "major depressive disorder, recurrent", "bupropion"),
    ("F11.20", "opioid use disorder", "buprenorphine"), ("O24.419", "gestational diabetes", "insulin lispro"), ("C34.90", "lung cancer", "osimertinib"),
    ("F31.9", "bipolar disorder", "lithium"), ("B18.2", "chronic hepatitis C", "sofosbuvir-velpatasvir"), ("I50.22", "chronic systolic heart failure", "sacubitril-valsartan"),
    ("F50.00", "anorexia nervosa", "olanzapine"), ("G35", "multiple sclerosis", "ocrelizumab"), ("N18.5", "chronic kidney disease stage 5", "sevelamer"),
    ("F43.10", "post-traumatic stress disorder", "prazosin"), ("E66.01", "morbid obesity", "semaglutide"), ("Z79.4", "long-term insulin use", "insulin glargine"),
    ("F20.0", "paranoid schizophrenia", "clozapine"),
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
EPOCH = date(1970, 1, 1)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def digits(n):
    return str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def uuid():
    h = "%032x" % R.getrandbits(128)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


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
RDM_NPI = npi_check("1" + digits(8))
TAX_ID = f"93-{digits(7)}"


def fd(d, style):
    m, dd, y = d.month, d.day, d.year
    return {"iso": f"{y}-{m:02d}-{dd:02d}", "us": f"{m:02d}/{dd:02d}/{y}", "usn": f"{m}/{dd}/{y}", "us2": f"{m}/{dd}/{y % 100:02d}",
            "dmon": f"{dd} {MONTHS[m - 1][:3]} {y}", "long": f"{MONTHS[m - 1]} {dd}, {y}", "d8": f"{y}{m:02d}{dd:02d}",
            "isot": f"{y}-{m:02d}-{dd:02d}T00:00:00", "isoz": f"{y}-{m:02d}-{dd:02d}T00:00:00Z", "dash": f"{m:02d}-{dd:02d}-{y}",
            "ora": f"{dd:02d}-{MONTHS[m - 1][:3].upper()}-{y % 100:02d}", "ora4": f"{dd:02d}-{MONTHS[m - 1][:3].upper()}-{y}",
            "days": str((d - EPOCH).days), "serial": str((d - date(1899, 12, 30)).days), "formula": f"DATE({y},{m},{dd})",
            "ymds": f"{y}/{m:02d}/{dd:02d}", "dmy": f"{dd:02d}/{m:02d}/{y}"}[style]


def ssn():
    a = R.choice([R.randint(100, 499), R.randint(500, 665), R.randint(667, 772)])
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"; A = L + "0123456789"
    return "".join([str(R.randint(1, 9)), R.choice(L), R.choice(A), str(R.randint(0, 9)), R.choice(L), R.choice(A),
                    str(R.randint(0, 9)), R.choice(L), R.choice(L), str(R.randint(0, 9)), str(R.randint(0, 9))])


def member_id():
    k = R.randint(0, 5)
    if k == 0: return "Regence BlueCross BlueShield of Oregon", "ZHR" + digits(9)
    if k == 1: return "Moda Health", "M" + digits(8) + "01"
    if k == 2: return "PacificSource Health Plans", "PS" + digits(9)
    if k == 3: return "Oregon Health Plan", R.choice("ABCDEFGHJKLMNPRSTW") + R.choice("ABCDEFGHJKLMNPRSTW") + digits(4) + R.choice("BCDFGHJKLMNPRSTVWXZ") + R.choice("BCDFGHJKLMNPRSTVWXZ")
    if k == 4: return "Providence Health Plan", "PHP" + digits(8)
    return "Kaiser Permanente Northwest", digits(8)


class P:
    def __init__(self, idx, first, last, sex):
        self.idx, self.first, self.last, self.sex = idx, first, last, sex
        self.full = f"{first} {last}"
        self.dob = date(1944, 1, 1) + timedelta(days=R.randint(0, 27500))
        self.mrn = "10" + digits(6)
        self.pk = R.randint(20000, 99999)              # surrogate key (not labelled either way)
        self.exch = R.choice([x for x in range(210, 990) if x % 100 != 11 and x not in (555, 382, 548, 958, 976)])
        self.area = R.choice([541, 541, 541, 458])
        self.line = R.randint(1000, 9999)
        fl = re.sub(r"[^a-z]", "", first.lower()); ll = re.sub(r"[^a-z]", "", last.lower())
        loc = R.choice([f"{fl}.{ll}", f"{fl[0]}{ll}", f"{fl}{ll[:3]}{R.randint(1, 99)}", f"{ll}.{fl[0]}{R.randint(60, 99)}", f"{fl}_{ll}",
                        R.choice(["deschutesgal", "smithrockclimber", "cascadehiker", "mtbachelorfan", "highdesertdad"]) + str(R.randint(1, 999))])
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
        d0 = date(2026, 4, 6) + timedelta(days=R.randint(0, 40))
        while d0.weekday() > 4: d0 += timedelta(days=1)
        self.appt = datetime(d0.year, d0.month, d0.day, R.randint(8, 16), R.choice([0, 20, 40]))
        self.ip = f"{R.choice([50, 67, 71, 97, 174, 184, 24])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"
        self.dl = digits(7)                            # Oregon DL: 7 digits
        pre = R.choice(["4", "51", "37"]); self.card = card(pre, 15 if pre == "37" else 16)   # Amex is 15 digits

    def phone(self, style="dash"):
        a, e, l = self.area, self.exch, self.line
        return {"paren": f"({a}) {e}-{l}", "dash": f"{a}-{e}-{l}", "dot": f"{a}.{e}.{l}", "e164": f"+1{a}{e}{l}", "bare": f"{a}{e}{l}",
                "spc": f"{a} {e} {l}", "tight": f"({a}){e}-{l}", "one": f"1{a}{e}{l}"}[style]

    def dobs(self, style="iso"):
        return fd(self.dob, style)

    def ad(self, style="iso"):
        return fd(self.appt.date(), style)

    def at(self, style="sp"):
        a = self.appt
        if style == "off": return f"{a:%Y-%m-%dT%H:%M}:00-07:00"
        if style == "z": return (a + timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:00Z")
        if style == "us": return f"{a:%m/%d/%Y} {a.hour % 12 or 12}:{a.minute:02d} {'AM' if a.hour < 12 else 'PM'}"
        if style == "micro": return str(int((a + timedelta(hours=7)).replace(tzinfo=timezone.utc).timestamp()) * 1000000)
        if style == "bqts": return "%.9E" % (a + timedelta(hours=7)).replace(tzinfo=timezone.utc).timestamp()
        return f"{a:%Y-%m-%d %H:%M:%S}"

    def age(self, on=date(2026, 4, 3)):
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))

    def dx(self): return self.cond[1]
    def icd(self): return self.cond[0]
    def med(self): return self.cond[2]


PATIENTS = [P(i, f, l, s) for i, (f, l, s) in enumerate(NAMES)]
PATIENTS[32].dob = date(1931, 8, 17)     # Rosalind Vickery, 94
PATIENTS[33].dob = date(1934, 11, 2)     # Thaddeus Ploof, 91
ELDERS = [PATIENTS[32], PATIENTS[33]]
_order = [i for i in range(len(PATIENTS)) if i not in (32, 33)]
_pos = [0]


def nextp():
    if _pos[0] % len(_order) == 0: R.shuffle(_order)
    p = PATIENTS[_order[_pos[0] % len(_order)]]; _pos[0] += 1
    return p


def tstamp(i=0):
    return datetime(2026, 4, 3, 6, 2, 11) + timedelta(minutes=13 * i + R.randint(0, 11), seconds=R.randint(0, 59))


def ts(i=0):
    return tstamp(i).strftime("%Y-%m-%dT%H:%M:%S.") + f"{R.randint(0, 999):03d}Z"


def ms(i=0):
    return int(tstamp(i).replace(tzinfo=timezone.utc).timestamp() * 1000) + R.randint(0, 999)


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


def J(o, compact=False, indent=None):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":") if compact else None, indent=indent)


def ND(objs):
    return "\n".join(J(o, compact=True) for o in objs) + "\n"


def b64(s):
    return base64.b64encode(s.encode() if isinstance(s, str) else s).decode()


def NM(p):
    return [[p.first, "name"], [p.last, "name"]]


def sq(s):  # SQL string literal
    return "'" + s.replace("'", "''") + "'"


JSONH = {"Content-Type": "application/json"}
TEXTH = {"Content-Type": "text/plain; charset=utf-8"}
CSVH = {"Content-Type": "text/csv; charset=utf-8"}
TSVH = {"Content-Type": "text/tab-separated-values"}
NDH = {"Content-Type": "application/x-ndjson"}


def bearer(n=40):
    return {"Authorization": "Bearer " + alnum(n)}


# ----------------------------------------------------------------------------- text-table renderers
def psql(cols, rows, title_rows=True):
    w = [max(len(str(c)), *(len(str(r[i])) for r in rows)) if rows else len(c) for i, c in enumerate(cols)]
    head = "|".join(f" {c:^{w[i]}} " for i, c in enumerate(cols)).rstrip()
    sep = "+".join("-" * (w[i] + 2) for i in range(len(cols)))
    body = ["|".join(f" {str(v):<{w[i]}} " for i, v in enumerate(r)).rstrip() for r in rows]
    n = len(rows)
    return "\n".join([head, sep] + body + [f"({n} row{'s' if n != 1 else ''})" if title_rows else ""]) + "\n"


def psql_x(cols, rows):
    w = max(len(c) for c in cols); out = []
    for i, r in enumerate(rows, 1):
        out.append(f"-[ RECORD {i} ]" + "-" * max(0, w - 10) + "+" + "-" * 12)
        out += [f"{c:<{w}} | {v}" for c, v in zip(cols, r)]
    return "\n".join(out) + "\n"


def mysql_box(cols, rows):
    w = [max(len(str(c)), *(len(str(r[i])) for r in rows)) for i, c in enumerate(cols)]
    line = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    fmt = lambda r: "|" + "|".join(f" {str(v):<{w[i]}} " for i, v in enumerate(r)) + "|"
    return "\n".join([line, fmt(cols), line] + [fmt(r) for r in rows] + [line, f"{len(rows)} rows in set (0.00 sec)"]) + "\n"


def mysql_g(cols, rows):
    w = max(len(c) for c in cols); out = []
    for i, r in enumerate(rows, 1):
        out.append("*" * 27 + f" {i}. row " + "*" * 27)
        out += [f"{c:>{w}}: {v}" for c, v in zip(cols, r)]
    out.append(f"{len(rows)} row{'s' if len(rows) != 1 else ''} in set (0.01 sec)")
    return "\n".join(out) + "\n"


def sqlplus(cols, rows):
    w = [max(len(str(c)), *(len(str(r[i])) for r in rows)) for i, c in enumerate(cols)]
    return "\n".join([" ".join(f"{c.upper():<{w[i]}}" for i, c in enumerate(cols)).rstrip(), " ".join("-" * x for x in w)]
                     + [" ".join(f"{str(v):<{w[i]}}" for i, v in enumerate(r)).rstrip() for r in rows] + ["", f"{len(rows)} rows selected.", ""])


def pandas(cols, rows):
    idx = [str(i) for i in range(len(rows))]
    iw = max(len(x) for x in idx)
    w = [max(len(str(c)), *(len(str(r[i])) for r in rows)) for i, c in enumerate(cols)]
    return "\n".join([" " * iw + "".join(f"  {c:>{w[i]}}" for i, c in enumerate(cols))]
                     + [f"{idx[j]:<{iw}}" + "".join(f"  {str(v):>{w[i]}}" for i, v in enumerate(r)) for j, r in enumerate(rows)])


def mdtable(cols, rows):
    w = [max(len(str(c)), *(len(str(r[i])) for r in rows)) for i, c in enumerate(cols)]
    fmt = lambda r: "| " + " | ".join(f"{str(v):<{w[i]}}" for i, v in enumerate(r)) + " |"
    return "\n".join([fmt(cols), "| " + " | ".join("-" * x for x in w) + " |"] + [fmt(r) for r in rows]) + "\n"


# destinations (hosts)
REPLICA = "http://replica.ridgeline-dr.example"
CDCX = "http://ingest.clickstream-cdc.example"
KCONN = "http://cfmg.streamhub-connect.example"
AIRB = "http://api.pipewright-elt.example"
FIVE = "http://webhooks.fivestream-etl.example"
STITCH = "http://import.stitchline.example"
BQ = "http://bq.tallgrass-warehouse.example"
SNOW = "http://sql.snowpeak-data.example"
DBX = "http://dbx.lakeforge-sql.example"
MB = "http://cascade.metabase-hosted.example"
REDASH = "http://app.redashly.example"
SUPER = "http://superset.vizcloud.example"
SHEETS = "http://sheets.gridapi.example"
SMART = "http://api.tabletask.example"
ISSUES = "http://api.trackly-issues.example"
DESK = "http://deskwise.example"
HEX = "http://api.hexnote.example"
TURSO = "http://cfmg-prod.tursoid-edge.example"
D1 = "http://api.d1-sql.example"
NEON = "http://ep-quiet-sun-4821.neonish-sql.example"
DBT = "http://cloud.dbt-runs.example"
CHAT = "http://hooks.chatrelay.example"
SODA = "http://api.soda-checks.example"
OBS = "http://alerts.lineage-monitor.example"
POSTC = "http://upload.postcardly.example"
PAYB = "http://files.payerbridge.example"
FAULT = "http://o48213.ingest.faultline.example"
CRASH = "http://api.crashdesk.example"
AIRFLOW = "http://cfmg.astrohosted-airflow.example"


# ============================================================================= 1. CDC
def dbz_schema(table, fields):
    """Debezium envelope schema: fields = [(name, type, logical-name or None, optional)]."""
    row = [{"type": t, "optional": o, "field": f, **({"name": n, "version": 1} if n else {})} for f, t, n, o in fields]
    src = [{"type": "string", "optional": False, "field": x} for x in ("version", "connector", "name", "db", "schema", "table")] + \
          [{"type": "int64", "optional": False, "field": "ts_ms"}, {"type": "int64", "optional": True, "field": "lsn"}]
    return {"type": "struct", "optional": False, "name": f"cfmg.public.{table}.Envelope", "version": 1, "fields": [
        {"type": "struct", "fields": row, "optional": True, "name": f"cfmg.public.{table}.Value", "field": "before"},
        {"type": "struct", "fields": row, "optional": True, "name": f"cfmg.public.{table}.Value", "field": "after"},
        {"type": "struct", "fields": src, "optional": False, "name": "io.debezium.connector.postgresql.Source", "field": "source"},
        {"type": "string", "optional": False, "field": "op"}, {"type": "int64", "optional": True, "field": "ts_ms"}]}


def dbz_source(table, i, conn="postgresql", db="emr"):
    return {"version": "2.6.1.Final", "connector": conn, "name": "cfmg", "ts_ms": ms(i), "snapshot": "false", "db": db,
            "schema": "public", "table": table, "txId": R.randint(10**6, 10**7), "lsn": R.randint(10**10, 10**11)}


PT_FIELDS = [("id", "int32", None, False), ("mrn", "string", None, False), ("first_name", "string", None, True), ("last_name", "string", None, True),
             ("birth_date", "int32", "io.debezium.time.Date", True), ("phone", "string", None, True), ("email", "string", None, True),
             ("postal_code", "string", None, True), ("updated_at", "int64", "io.debezium.time.MicroTimestamp", True)]


def cdc():
    S = "debezium"
    p = nextp()
    after = {"id": p.pk, "mrn": p.mrn, "first_name": p.first, "last_name": p.last, "birth_date": int(p.dobs("days")), "phone": p.phone("dash"),
             "email": p.email, "postal_code": p.zip, "updated_at": ms(1) * 1000}
    ev = {"schema": dbz_schema("patients", PT_FIELDS), "payload": {"before": None, "after": after, "source": dbz_source("patients", 1), "op": "c", "ts_ms": ms(1)}}
    add(S, "POST", f"{CDCX}/v1/streams/emr_patients/events", {**JSONH, "X-Debezium-Server": "http-sink"}, J(ev, compact=True),
        [[p.mrn, "mrn"], [p.first, "name"], [p.last, "name"], [p.dobs("days"), "dob"], [p.phone("dash"), "phone"], [p.email, "email"], [p.zip, "zip"]],
        ["io.debezium.time.Date", "cfmg.public.patients.Envelope"], "redact")
    # update: phone and street changed; both images carry PHI
    p = nextp(); old_phone = f"{p.area}-{R.randint(210, 989)}-{R.randint(1000, 9999)}"
    fields = [("id", "int32", None, False), ("mrn", "string", None, False), ("addr_line1", "string", None, True), ("addr_line2", "string", None, True),
              ("city", "string", None, True), ("zip", "string", None, True), ("home_phone", "string", None, True)]
    before = {"id": p.pk, "mrn": p.mrn, "addr_line1": f"{R.randint(100, 9999)} {R.choice(STREETS)}", "addr_line2": None, "city": "Bend", "zip": "97702", "home_phone": old_phone}
    after = {**before, "addr_line1": p.street, "addr_line2": p.unit, "city": p.city, "zip": p.zip, "home_phone": p.phone("paren")}
    ev = {"schema": dbz_schema("patient_addresses", fields), "payload": {"before": before, "after": after, "source": dbz_source("patient_addresses", 2), "op": "u", "ts_ms": ms(2)}}
    add(S, "POST", f"{CDCX}/v1/streams/emr_patient_addresses/events", JSONH, J(ev),
        [[p.mrn, "mrn"], [before["addr_line1"], "address"], [old_phone, "phone"], [p.street, "address"], [p.zip, "zip"], [p.phone("paren"), "phone"]],
        ["patient_addresses", "addr_line1"], "redact")
    # delete
    p = nextp()
    before = {"id": p.pk, "mrn": p.mrn, "first_name": p.first, "last_name": p.last, "birth_date": None, "phone": p.phone("e164"), "email": p.email,
              "postal_code": p.zip, "updated_at": ms(3) * 1000}
    ev = {"schema": dbz_schema("patients", PT_FIELDS), "payload": {"before": before, "after": None, "source": dbz_source("patients", 3), "op": "d", "ts_ms": ms(3)}}
    add(S, "POST", f"{CDCX}/v1/streams/emr_patients/events", JSONH, J(ev, compact=True),
        [[p.mrn, "mrn"], [p.first, "name"], [p.last, "name"], [p.phone("e164"), "phone"], [p.email, "email"], [p.zip, "zip"]], ["emr_patients"], "redact")
    # schemas.enable=false, appointments with visit reason
    p = nextp()
    ev = {"before": None, "after": {"appt_id": R.randint(10**6, 10**7), "patient_mrn": p.mrn, "provider_id": 17, "starts_at": int(p.at("micro")),
          "visit_reason": f"f/u {p.dx()}, med check {p.med()}", "dx_code": p.icd(), "status": "BOOKED"},
          "source": dbz_source("appointments", 4), "op": "c", "ts_ms": ms(4), "transaction": None}
    add(S, "POST", f"{CDCX}/v1/streams/emr_appointments/events", JSONH, J(ev, compact=True),
        [[p.mrn, "mrn"], [p.at("micro"), "date"], [p.dx(), "condition"], [p.med(), "condition"], [p.icd(), "icd10"]], ["BOOKED"], "redact")
    # MongoDB connector: after is a JSON string
    p = nextp()
    doc = {"_id": {"$oid": hexs(24)}, "mrn": p.mrn, "name": {"given": p.first, "family": p.last}, "dob": {"$date": p.dobs("isoz")},
           "contact": [{"system": "phone", "value": p.phone("dot")}, {"system": "email", "value": p.email}], "intake": {"reason": p.dx()}}
    ev = {"schema": {"type": "struct", "fields": [{"type": "string", "optional": True, "name": "io.debezium.data.Json", "field": "after"}], "optional": False},
          "payload": {"after": json.dumps(doc), "source": {**dbz_source("intake_forms", 5, "mongodb", "portal"), "collection": "intake_forms"}, "op": "c", "ts_ms": ms(5)}}
    add(S, "POST", f"{CDCX}/v1/streams/portal_intake/events", JSONH, J(ev),
        [[p.mrn, "mrn"], [p.first, "name"], [p.last, "name"], [p.dobs("isoz"), "dob"], [p.phone("dot"), "phone"], [p.email, "email"], [p.dx(), "condition"]],
        ["io.debezium.data.Json", "intake_forms"], "redact")
    # ExtractNewRecordState flattened, coverage table
    p = nextp()
    rec = {"coverage_id": R.randint(10**5, 10**6), "patient_mrn": p.mrn, "payer_name": p.payer, "member_number": p.mbr, "subscriber_name": f"{p.last}, {p.first}",
           "subscriber_dob": p.dobs("iso"), "group_no": "G" + digits(6), "__op": "u", "__table": "coverage", "__source_ts_ms": ms(6), "__deleted": "false"}
    add(S, "POST", f"{CDCX}/v1/streams/emr_coverage/events", JSONH, J(rec, compact=True),
        [[p.mrn, "mrn"], [p.mbr, "member_id"], [p.last, "name"], [p.first, "name"], [p.dobs("iso"), "dob"]], ["__source_ts_ms", p.payer], "redact")
    # Avro-JSON union encoding
    p = nextp()
    val = {"mrn": {"string": p.mrn}, "first_name": {"string": p.first}, "last_name": {"string": p.last}, "ssn": {"string": p.ssn.replace("-", "")},
           "sex": {"string": p.sex}, "deceased": {"boolean": False}}
    ev = {"before": None, "after": {"cfmg.public.patients.Value": val}, "source": dbz_source("patients", 7), "op": "r", "ts_ms": {"long": ms(7)}}
    add(S, "POST", f"{CDCX}/v1/streams/emr_patients/events?format=avro-json", JSONH, J(ev, compact=True),
        [[p.mrn, "mrn"], [p.first, "name"], [p.last, "name"], [p.ssn.replace("-", ""), "ssn"]], ["cfmg.public.patients.Value"], "redact")
    # CloudEvents-wrapped Debezium Server output (batch of two)
    p1, p2 = nextp(), nextp()
    evs = []
    for i, p in enumerate((p1, p2)):
        evs.append({"specversion": "1.0", "id": uuid(), "source": "/debezium/postgresql/cfmg", "type": "io.debezium.postgresql.datachangeevent",
                    "time": ts(8 + i), "datacontenttype": "application/json", "iodebeziumop": "u", "iodebeziumtable": "problem_list",
                    "data": {"payload": {"before": {"id": R.randint(10**6, 10**7), "mrn": p.mrn, "code": p.icd(), "description": p.dx(), "status": "active"},
                                         "after": {"id": R.randint(10**6, 10**7), "mrn": p.mrn, "code": p.icd(), "description": p.dx(), "status": "resolved"}}}})
    add(S, "POST", f"{CDCX}/v1/batch", {"Content-Type": "application/cloudevents-batch+json"}, J(evs),
        [[p1.mrn, "mrn"], [p1.icd(), "icd10"], [p1.dx(), "condition"], [p2.mrn, "mrn"], [p2.icd(), "icd10"], [p2.dx(), "condition"]],
        ["io.debezium.postgresql.datachangeevent", "problem_list"], "redact")

    S = "cdc_formats"
    # Maxwell
    p = nextp(); old = f"{p.area}{R.randint(210, 989)}{R.randint(1000, 9999)}"
    ev = {"database": "emr", "table": "patients", "type": "update", "ts": ms(9) // 1000, "xid": R.randint(10**5, 10**6), "commit": True,
          "data": {"id": p.pk, "mrn": p.mrn, "fname": p.first, "lname": p.last, "dob": p.dobs("iso"), "cell": p.phone("bare")},
          "old": {"cell": old}}
    add(S, "POST", f"{CDCX}/v1/streams/maxwell/events", JSONH, J(ev, compact=True),
        [[p.mrn, "mrn"], [p.first, "name"], [p.last, "name"], [p.dobs("iso"), "dob"], [p.phone("bare"), "phone"], [old, "phone"]], ["maxwell"], "redact")
    # Canal
    p1, p2 = nextp(), nextp()
    ev = {"data": [{"id": str(p1.pk), "mrn": p1.mrn, "pat_name": p1.full, "birthday": p1.dobs("iso") + " 00:00:00", "id_card": p1.dl, "diag": p1.dx()},
                   {"id": str(p2.pk), "mrn": p2.mrn, "pat_name": p2.full, "birthday": p2.dobs("iso") + " 00:00:00", "id_card": p2.dl, "diag": p2.dx()}],
          "database": "emr", "es": ms(10), "id": 41, "isDdl": False,
          "mysqlType": {"id": "bigint(20)", "mrn": "varchar(16)", "pat_name": "varchar(64)", "birthday": "datetime", "id_card": "varchar(20)", "diag": "varchar(255)"},
          "old": None, "pkNames": ["id"], "sql": "", "sqlType": {"id": -5, "mrn": 12, "pat_name": 12, "birthday": 93, "id_card": 12, "diag": 12},
          "table": "patient_master", "ts": ms(10), "type": "INSERT"}
    add(S, "POST", f"{CDCX}/v1/streams/canal/events", JSONH, J(ev),
        [[p1.mrn, "mrn"], [p1.full, "name"], [p1.dobs("iso"), "dob"], [p1.dl, "drivers_license"], [p1.dx(), "condition"],
         [p2.mrn, "mrn"], [p2.full, "name"], [p2.dobs("iso"), "dob"], [p2.dl, "drivers_license"], [p2.dx(), "condition"]], ["patient_master", "varchar(255)"], "redact")
    # Oracle GoldenGate JSON
    p = nextp()
    ev = {"table": "CFMG.PAT_DEMOG", "op_type": "U", "op_ts": "2026-04-03 13:02:44.000212", "current_ts": "2026-04-03T13:02:49.118000", "pos": "00000000020001184533",
          "primary_keys": ["PAT_ID"], "before": {"PAT_ID": p.pk, "PAT_MRN_ID": p.mrn, "PAT_LAST_NAME": p.last.upper(), "PAT_FIRST_NAME": p.first.upper(),
                                                 "BIRTH_DATE": p.dobs("ora"), "SSN": p.ssn, "EMAIL_ADDRESS": None},
          "after": {"PAT_ID": p.pk, "PAT_MRN_ID": p.mrn, "PAT_LAST_NAME": p.last.upper(), "PAT_FIRST_NAME": p.first.upper(), "BIRTH_DATE": p.dobs("ora"),
                    "SSN": p.ssn, "EMAIL_ADDRESS": p.email.upper()}}
    add(S, "POST", f"{CDCX}/v1/streams/goldengate/events", JSONH, J(ev),
        [[p.mrn, "mrn"], [p.last.upper(), "name"], [p.first.upper(), "name"], [p.dobs("ora"), "dob"], [p.ssn, "ssn"], [p.email.upper(), "email"]], ["CFMG.PAT_DEMOG"], "redact")
    # wal2json v1: column names and values in parallel arrays
    p1, p2 = nextp(), nextp()
    ch = lambda p: {"kind": "insert", "schema": "public", "table": "patients", "columnnames": ["id", "mrn", "first_name", "last_name", "birth_date", "mobile", "zip"],
                    "columntypes": ["integer", "text", "text", "text", "date", "text", "character varying(10)"],
                    "columnvalues": [p.pk, p.mrn, p.first, p.last, p.dobs("iso"), p.phone("dot"), p.zip]}
    body = {"xid": R.randint(10**6, 10**7), "timestamp": "2026-04-03 13:10:02.441921-07", "change": [ch(p1), ch(p2)]}
    add(S, "POST", f"{CDCX}/v1/streams/wal2json/events", JSONH, J(body),
        [[p1.mrn, "mrn"], [p1.first, "name"], [p1.last, "name"], [p1.dobs("iso"), "dob"], [p1.phone("dot"), "phone"], [p1.zip, "zip"],
         [p2.mrn, "mrn"], [p2.first, "name"], [p2.last, "name"], [p2.dobs("iso"), "dob"], [p2.phone("dot"), "phone"], [p2.zip, "zip"]], ["columnvalues"], "redact")
    # wal2json format-version 2, update with identity
    p = nextp()
    body = {"action": "U", "schema": "public", "table": "insurance", "columns": [
        {"name": "id", "type": "integer", "value": R.randint(10**4, 10**5)}, {"name": "mrn", "type": "text", "value": p.mrn},
        {"name": "plan", "type": "text", "value": p.payer}, {"name": "member_id", "type": "text", "value": p.mbr},
        {"name": "medicare_id", "type": "text", "value": p.mbi}, {"name": "holder", "type": "text", "value": p.full}],
        "identity": [{"name": "id", "type": "integer", "value": R.randint(10**4, 10**5)}]}
    add(S, "POST", f"{CDCX}/v1/streams/wal2json/events?v=2", JSONH, J(body, compact=True),
        [[p.mrn, "mrn"], [p.mbr, "member_id"], [p.mbi, "mbi"], [p.full, "name"]], [p.payer], "redact")
    # test_decoding text
    p1, p2 = nextp(), nextp()
    xid = R.randint(10**6, 10**7)
    txt = (f"BEGIN {xid}\n"
           f"table public.patients: INSERT: id[integer]:{p1.pk} mrn[text]:'{p1.mrn}' first_name[text]:'{p1.first}' last_name[text]:'{p1.last}' "
           f"birth_date[date]:'{p1.dobs('iso')}' email[text]:'{p1.email}' ssn[text]:null\n"
           f"table public.patients: UPDATE: id[integer]:{p2.pk} mrn[text]:'{p2.mrn}' first_name[text]:'{p2.first}' last_name[text]:'{p2.last}' "
           f"birth_date[date]:'{p2.dobs('iso')}' email[text]:'{p2.email}' ssn[text]:'{p2.ssn}'\n"
           f"COMMIT {xid}\n")
    add(S, "POST", f"{CDCX}/v1/streams/test_decoding/raw", TEXTH, txt,
        [[p1.mrn, "mrn"], [p1.first, "name"], [p1.last, "name"], [p1.dobs("iso"), "dob"], [p1.email, "email"],
         [p2.mrn, "mrn"], [p2.first, "name"], [p2.last, "name"], [p2.dobs("iso"), "dob"], [p2.email, "email"], [p2.ssn, "ssn"]], [f"BEGIN {xid}", f"COMMIT {xid}"], "redact")

    S = "cdc_replica"   # allow-all DR replica: byte for byte
    for i in range(3):
        p = nextp()
        after = {"id": p.pk, "mrn": p.mrn, "first_name": p.first, "last_name": p.last, "birth_date": int(p.dobs("days")), "phone": p.phone("paren"),
                 "email": p.email, "postal_code": p.zip4, "updated_at": ms(11 + i) * 1000}
        ev = {"schema": dbz_schema("patients", PT_FIELDS), "payload": {"before": None, "after": after, "source": dbz_source("patients", 11 + i), "op": "c", "ts_ms": ms(11 + i)}}
        add(S, "POST", f"{REPLICA}/debezium/cfmg", JSONH, J(ev, compact=True) if i != 1 else J(ev, indent=2),
            [[p.mrn, "mrn"], [p.first, "name"], [p.last, "name"], [p.phone("paren"), "phone"], [p.email, "email"], [p.zip4, "zip"]], [], "pass")
    p = nextp()
    txt = f"table public.notes: INSERT: id[bigint]:{R.randint(10**7, 10**8)} mrn[text]:'{p.mrn}' body[text]:'Pt {p.full} seen for {p.dx()}; SSN on file {p.ssn}'\n"
    add(S, "POST", f"{REPLICA}/decoding/cfmg", TEXTH, txt, [[p.mrn, "mrn"], [p.full, "name"], [p.dx(), "condition"], [p.ssn, "ssn"]], [], "pass")

    S = "cdc_clean"
    hb = {"schema": {"type": "struct", "fields": [{"type": "int64", "optional": False, "field": "ts_ms"}], "optional": False, "name": "io.debezium.connector.common.Heartbeat"},
          "payload": {"ts_ms": ms(14)}}
    add(S, "POST", f"{CDCX}/v1/streams/__debezium-heartbeat.cfmg/events", JSONH, J(hb, compact=True), [], ["io.debezium.connector.common.Heartbeat"], "pass")
    ddl = {"source": dbz_source("patients", 15), "ts_ms": ms(15), "databaseName": "emr", "schemaName": "public",
           "ddl": "ALTER TABLE public.patients ADD COLUMN preferred_pronouns text, ADD COLUMN ssn_last4 char(4), ALTER COLUMN birth_date SET NOT NULL;",
           "tableChanges": [{"type": "ALTER", "id": "\"emr\".\"public\".\"patients\"", "table": {"primaryKeyColumnNames": ["id"], "columns": [
               {"name": "mrn", "typeName": "text", "position": 2, "optional": False}, {"name": "birth_date", "typeName": "date", "position": 5, "optional": False},
               {"name": "ssn_last4", "typeName": "bpchar", "length": 4, "position": 10, "optional": True}]}}]}
    add(S, "POST", f"{CDCX}/v1/streams/schema-changes.cfmg/events", JSONH, J(ddl), [], ["preferred_pronouns", "ssn_last4", "ALTER TABLE public.patients"], "pass")
    tx = {"status": "END", "id": f"{R.randint(10**6, 10**7)}:{R.randint(10**10, 10**11)}", "ts_ms": ms(16), "event_count": 3,
          "data_collections": [{"data_collection": "public.patients", "event_count": 1}, {"data_collection": "public.appointments", "event_count": 2}]}
    add(S, "POST", f"{CDCX}/v1/streams/cfmg.transaction/events", JSONH, J(tx), [], ["public.appointments", "event_count"], "pass")
    sku = "SKU-" + digits(6)
    inv = {"before": {"id": 311, "sku": sku, "description": "Nitrile exam gloves, M, 100/bx", "on_hand": 42, "reorder_at": 20, "unit_cost": "7.85"},
           "after": {"id": 311, "sku": sku, "description": "Nitrile exam gloves, M, 100/bx", "on_hand": 18, "reorder_at": 20, "unit_cost": "7.85"},
           "source": dbz_source("supply_items", 17), "op": "u", "ts_ms": ms(17)}
    add(S, "POST", f"{CDCX}/v1/streams/emr_supply_items/events", JSONH, J(inv, compact=True), [], [sku, "Nitrile exam gloves, M, 100/bx", "7.85"], "pass")
    cfg = {"connector.class": "io.debezium.connector.postgresql.PostgresConnector", "database.hostname": "emr-replica.internal", "database.port": "5432",
           "database.dbname": "emr", "topic.prefix": "cfmg", "plugin.name": "pgoutput", "slot.name": "debezium_cfmg",
           "table.include.list": "public.patients,public.appointments,public.coverage,public.problem_list",
           "column.exclude.list": "public.patients.ssn,public.patients.drivers_license_no",
           "column.mask.with.12.chars": "public.coverage.member_number,public.patients.email",
           "column.mask.hash.SHA-256.with.salt.cfmg2026": "public.patients.phone", "heartbeat.interval.ms": "10000",
           "transforms": "unwrap", "transforms.unwrap.type": "io.debezium.transforms.ExtractNewRecordState", "transforms.unwrap.add.fields": "op,table,source.ts_ms"}
    add(S, "PUT", f"{KCONN}/connectors/cfmg-emr-cdc/config", JSONH, J(cfg, indent=2), [], ["public.patients.ssn", "column.mask.with.12.chars", "debezium_cfmg"], "pass")
    st = {"name": "cfmg-emr-cdc", "connector": {"state": "RUNNING", "worker_id": "10.42.3.17:8083"}, "tasks": [{"id": 0, "state": "FAILED", "worker_id": "10.42.3.17:8083",
          "trace": "org.apache.kafka.connect.errors.ConnectException: An exception occurred in the change event producer. This connector will be stopped.\n"
                   "Caused by: org.postgresql.util.PSQLException: ERROR: replication slot \"debezium_cfmg\" is active for PID 28811"}], "type": "source"}
    add(S, "POST", f"{KCONN}/connectors/cfmg-emr-cdc/status-report", JSONH, J(st), [], ["replication slot", "PID 28811"], "pass")
    lsn_body = {"offsets": [{"partition": {"server": "cfmg"}, "offset": {"lsn": R.randint(10**10, 10**11), "txId": R.randint(10**6, 10**7), "ts_usec": ms(18) * 1000}}]}
    add(S, "PATCH", f"{KCONN}/connectors/cfmg-emr-cdc/offsets", JSONH, J(lsn_body), [], ["ts_usec"], "pass")
    w2j = {"xid": R.randint(10**6, 10**7), "change": [{"kind": "update", "schema": "public", "table": "exam_rooms", "columnnames": ["id", "room", "site", "status", "updated_by"],
           "columntypes": ["integer", "text", "text", "text", "text"], "columnvalues": [7, "Exam 7", "Redmond", "out of service", "facilities-bot"],
           "oldkeys": {"keynames": ["id"], "keytypes": ["integer"], "keyvalues": [7]}}]}
    add(S, "POST", f"{CDCX}/v1/streams/wal2json/events", JSONH, J(w2j), [], ["out of service", "facilities-bot", "exam_rooms"], "pass")


# ============================================================================= 2. ELT
def elt():
    S = "airbyte"
    p1, p2 = nextp(), nextp()
    msgs = [{"type": "RECORD", "record": {"namespace": "emr", "stream": "patients", "emitted_at": ms(20),
             "data": {"id": p.pk, "mrn": p.mrn, "given_name": p.first, "family_name": p.last, "birth_date": p.dobs("iso"), "phone_mobile": p.phone("paren"),
                      "email": p.email, "created_at": ts(20)}}} for p in (p1, p2)]
    msgs.append({"type": "STATE", "state": {"type": "STREAM", "stream": {"stream_descriptor": {"name": "patients", "namespace": "emr"},
                 "stream_state": {"cursor": "2026-04-03T06:00:00Z"}}}})
    add(S, "POST", f"{AIRB}/v1/destinations/dst_7Qk2/write", NDH, ND(msgs),
        NM(p1) + [[p1.dobs("iso"), "dob"], [p1.phone("paren"), "phone"], [p1.email, "email"], [p1.mrn, "mrn"]] +
        NM(p2) + [[p2.dobs("iso"), "dob"], [p2.phone("paren"), "phone"], [p2.email, "email"], [p2.mrn, "mrn"]], ["stream_descriptor", "2026-04-03T06:00:00Z"], "redact")
    # raw table format: _airbyte_data is a JSON string
    p = nextp()
    raw = {"_airbyte_raw_id": uuid(), "_airbyte_extracted_at": ts(21), "_airbyte_meta": {"changes": [], "sync_id": 9911},
           "_airbyte_data": json.dumps({"PatientID": p.mrn, "Name": f"{p.last}, {p.first}", "DOB": p.dobs("us"), "SSN": p.ssn, "Insurance": {"carrier": p.payer, "member": p.mbr}})}
    add(S, "POST", f"{AIRB}/v1/destinations/dst_7Qk2/raw?stream=emr_raw__stream_patients", JSONH, J(raw),
        [[p.mrn, "mrn"], [p.last, "name"], [p.first, "name"], [p.dobs("us"), "dob"], [p.ssn, "ssn"], [p.mbr, "member_id"]], ["_airbyte_raw_id"], "redact")
    # record with nested lab results; mrn + dates allowed, values of others not
    p = nextp()
    msg = {"type": "RECORD", "record": {"stream": "lab_results", "emitted_at": ms(22), "data": {"accession": "A" + digits(9), "patient": {"mrn": p.mrn, "name": p.full},
           "collected": p.ad("iso"), "tests": [{"loinc": "4548-4", "name": "Hemoglobin A1c", "value": 9.4, "unit": "%"}], "dx": [p.icd()], "ordering_npi": GROUP_NPI}}}
    add(S, "POST", f"{AIRB}/v1/destinations/dst_7Qk2/write", NDH, ND([msg]), [[p.mrn, "mrn"], [p.full, "name"], [p.ad("iso"), "date"], [p.icd(), "icd10"]],
        ["Hemoglobin A1c", "4548-4"], "redact")
    # TRACE + LOG messages, clean
    msgs = [{"type": "TRACE", "trace": {"type": "STREAM_STATUS", "emitted_at": ms(23), "stream_status": {"stream_descriptor": {"name": "appointments"}, "status": "COMPLETE"}}},
            {"type": "LOG", "log": {"level": "INFO", "message": "Read 1842 records from appointments stream"}},
            {"type": "TRACE", "trace": {"type": "ESTIMATE", "emitted_at": ms(23), "estimate": {"name": "patients", "type": "STREAM", "row_estimate": 48211}}}]
    add(S, "POST", f"{AIRB}/v1/destinations/dst_7Qk2/write", NDH, ND(msgs), [], ["Read 1842 records from appointments stream", "STREAM_STATUS"], "pass")
    cat = {"streams": [{"name": "patients", "json_schema": {"type": "object", "properties": {
        "mrn": {"type": "string"}, "given_name": {"type": ["null", "string"]}, "birth_date": {"type": "string", "format": "date"},
        "ssn": {"type": ["null", "string"], "airbyte_hidden": True}, "phone_mobile": {"type": ["null", "string"]}}},
        "supported_sync_modes": ["full_refresh", "incremental"], "source_defined_primary_key": [["mrn"]]}]}
    add(S, "POST", f"{AIRB}/v1/sources/src_emr/discover_schema", JSONH, J(cat), [], ["airbyte_hidden", "source_defined_primary_key"], "pass")

    S = "singer_stitch"
    p1, p2 = nextp(), nextp()
    lines = [{"type": "SCHEMA", "stream": "recalls", "key_properties": ["recall_id"], "schema": {"properties": {"recall_id": {"type": "integer"},
              "patient_name": {"type": "string"}, "home_addr": {"type": "string"}, "due": {"type": "string", "format": "date"}}}}]
    for p in (p1, p2):
        lines.append({"type": "RECORD", "stream": "recalls", "record": {"recall_id": R.randint(10**5, 10**6), "patient_name": p.full,
                      "home_addr": f"{p.street} {p.unit}", "zip": p.zip, "due": p.ad("iso"), "reason": f"{p.dx()} follow-up"}, "time_extracted": ts(24)})
    lines.append({"type": "STATE", "value": {"bookmarks": {"recalls": {"replication_key_value": "2026-04-03T06:00:00Z"}}}})
    add(S, "POST", f"{STITCH}/v2/singer/relay", {"Content-Type": "application/jsonl"}, ND(lines),
        [[p1.full, "name"], [p1.street, "address"], [p1.zip, "zip"], [p1.ad("iso"), "date"], [p1.dx(), "condition"],
         [p2.full, "name"], [p2.street, "address"], [p2.zip, "zip"], [p2.ad("iso"), "date"], [p2.dx(), "condition"]], ["replication_key_value"], "redact")
    p = nextp()
    batch = {"table_name": "billing_accounts", "schema": {"properties": {"acct": {"type": "string"}, "guarantor": {"type": "string"}, "card_on_file": {"type": "string"}}},
             "messages": [{"action": "upsert", "sequence": ms(25), "data": {"acct": "G" + digits(7), "guarantor": p.full, "guarantor_dob": p.dobs("us"),
                                                                         "card_on_file": p.card, "balance": 312.4, "patient_mrn": p.mrn}}], "key_names": ["acct"]}
    add(S, "POST", f"{STITCH}/v2/import/batch", {**JSONH, **bearer()}, J(batch),
        [[p.full, "name"], [p.dobs("us"), "dob"], [p.card, "card_number"], [p.mrn, "mrn"]], ["billing_accounts", "312.4"], "redact")
    p = nextp()
    batch = {"table_name": "portal_logins", "schema": {"properties": {"user": {"type": "string"}}},
             "messages": [{"action": "upsert", "sequence": ms(26), "data": {"user": p.email, "ip": p.ip, "at": ts(26), "mrn": p.mrn, "mfa": "sms"}}], "key_names": ["user", "at"]}
    add(S, "POST", f"{STITCH}/v2/import/batch", {**JSONH, **bearer()}, J(batch, compact=True), [[p.email, "email"], [p.ip, "ip_address"], [p.mrn, "mrn"]],
        ["portal_logins"], "redact")
    sched = {"table_name": "fee_schedule", "schema": {"properties": {"cpt": {"type": "string"}, "fee": {"type": "number"}}},
             "messages": [{"action": "upsert", "sequence": ms(27) + i, "data": {"cpt": c, "fee": f, "effective": "2026-01-01"}} for i, (c, f) in
                          enumerate([("99213", 142.0), ("99214", 208.5), ("G0438", 174.25)])], "key_names": ["cpt"]}
    add(S, "POST", f"{STITCH}/v2/import/batch", {**JSONH, **bearer()}, J(sched), [], ["99214", "208.5", "G0438"], "pass")

    S = "fivetran"
    p = nextp()
    ev = {"event": "appointment.booked", "source": "online-scheduler", "booked_at": ts(28), "slot": {"start": p.at("off"), "provider": "Redmond FM"},
          "patient": {"first": p.first, "last": p.last, "dob": p.dobs("usn"), "cell": p.phone("dash"), "new_patient": True}, "reason_free_text": f"{p.dx()} refill"}
    add(S, "POST", f"{FIVE}/webhooks/{uuid()}", JSONH, J(ev),
        NM(p) + [[p.dobs("usn"), "dob"], [p.phone("dash"), "phone"], [p.dx(), "condition"]], ["appointment.booked", "Redmond FM"], "redact")
    p1, p2 = nextp(), nextp()
    resp = {"state": {"cursor": "2026-04-03T07:00:00Z"}, "insert": {"referrals": [
        {"referral_id": "RF" + digits(6), "mrn": p.mrn, "patient": p.full, "to_specialty": "Endocrinology", "dx": p.icd(), "sent": p.ad("iso")} for p in (p1, p2)]},
        "delete": {}, "schema": {"referrals": {"primary_key": ["referral_id"]}}, "hasMore": False}
    add(S, "POST", f"{FIVE}/function/referrals/sync", JSONH, J(resp),
        [[p1.mrn, "mrn"], [p1.full, "name"], [p1.icd(), "icd10"], [p1.ad("iso"), "date"], [p2.mrn, "mrn"], [p2.full, "name"], [p2.icd(), "icd10"], [p2.ad("iso"), "date"]],
        ["Endocrinology", "hasMore"], "redact")
    p = nextp()
    ev = {"event": "visit.closed", "mrn": p.mrn, "visit_date": p.ad("iso"), "charges": 2, "total": "188.00"}
    add(S, "POST", f"{FIVE}/webhooks/{uuid()}", JSONH, J(ev), [[p.mrn, "mrn"], [p.ad("iso"), "date"]], ["visit.closed", "188.00"], "pass")


# ============================================================================= 3. warehouses
def warehouses():
    S = "bigquery"
    p1, p2 = nextp(), nextp()
    body = {"kind": "bigquery#tableDataInsertAllRequest", "skipInvalidRows": False, "ignoreUnknownValues": False, "rows": [
        {"insertId": uuid(), "json": {"mrn": p.mrn, "pt_name": p.full, "dob": p.dobs("iso"), "cell": p.phone("e164"), "zip5": p.zip, "a1c": 8.1, "dx": p.icd()}} for p in (p1, p2)]}
    add(S, "POST", f"{BQ}/bigquery/v2/projects/cfmg-analytics/datasets/clinical/tables/a1c_registry/insertAll", {**JSONH, **bearer()}, J(body),
        [[p1.mrn, "mrn"], [p1.full, "name"], [p1.dobs("iso"), "dob"], [p1.phone("e164"), "phone"], [p1.zip, "zip"], [p1.icd(), "icd10"],
         [p2.mrn, "mrn"], [p2.full, "name"], [p2.dobs("iso"), "dob"], [p2.phone("e164"), "phone"], [p2.zip, "zip"], [p2.icd(), "icd10"]], ["a1c_registry"], "redact")
    p = nextp()
    body = {"query": "SELECT mrn, visit_date, dx FROM clinical.encounters WHERE last_name = @last AND first_name = @first AND dob = @dob",
            "useLegacySql": False, "parameterMode": "NAMED", "queryParameters": [
                {"name": "last", "parameterType": {"type": "STRING"}, "parameterValue": {"value": p.last}},
                {"name": "first", "parameterType": {"type": "STRING"}, "parameterValue": {"value": p.first}},
                {"name": "dob", "parameterType": {"type": "DATE"}, "parameterValue": {"value": p.dobs("iso")}}]}
    add(S, "POST", f"{BQ}/bigquery/v2/projects/cfmg-analytics/queries", {**JSONH, **bearer()}, J(body), NM(p) + [[p.dobs("iso"), "dob"]],
        ["clinical.encounters", "parameterMode"], "redact")
    p = nextp()
    body = {"query": "UPDATE clinical.patients SET email = ?, phone = ? WHERE mrn = ?", "useLegacySql": False, "parameterMode": "POSITIONAL",
            "queryParameters": [{"parameterType": {"type": "STRING"}, "parameterValue": {"value": v}} for v in (p.email, p.phone("dot"), p.mrn)]}
    add(S, "POST", f"{BQ}/bigquery/v2/projects/cfmg-analytics/queries", {**JSONH, **bearer()}, J(body, compact=True),
        [[p.email, "email"], [p.phone("dot"), "phone"], [p.mrn, "mrn"]], ["POSITIONAL"], "redact")
    p = nextp()   # only allowed categories: pass
    body = {"rows": [{"insertId": uuid(), "json": {"mrn": p.mrn, "dob": p.dobs("iso"), "zip5": p.zip, "dx": p.icd(), "dx_text": p.dx(), "visit": p.ad("iso")}}]}
    add(S, "POST", f"{BQ}/bigquery/v2/projects/cfmg-analytics/datasets/lds/tables/visits/insertAll", {**JSONH, **bearer()}, J(body),
        [[p.mrn, "mrn"], [p.dobs("iso"), "dob"], [p.zip, "zip"], [p.icd(), "icd10"], [p.dx(), "condition"], [p.ad("iso"), "date"]], [], "pass")
    body = {"query": "SELECT FORMAT_DATE('%Y-%m', visit_date) AS month, site, COUNT(*) AS visits, COUNTIF(no_show) AS no_shows "
                     "FROM clinical.encounters WHERE visit_date BETWEEN @start AND @end GROUP BY 1, 2 ORDER BY 1", "useLegacySql": False,
            "queryParameters": [{"name": "start", "parameterType": {"type": "DATE"}, "parameterValue": {"value": "2026-01-01"}},
                                {"name": "end", "parameterType": {"type": "DATE"}, "parameterValue": {"value": "2026-03-31"}}]}
    add(S, "POST", f"{BQ}/bigquery/v2/projects/cfmg-analytics/queries", {**JSONH, **bearer()}, J(body), [], ["COUNTIF(no_show)", "2026-03-31"], "pass")
    tbl = {"tableReference": {"projectId": "cfmg-analytics", "datasetId": "clinical", "tableId": "patients_v2"}, "schema": {"fields": [
        {"name": "mrn", "type": "STRING", "mode": "REQUIRED"}, {"name": "ssn", "type": "STRING", "policyTags": {"names": ["projects/cfmg-analytics/locations/us/taxonomies/5512/policyTags/88"]}},
        {"name": "date_of_birth", "type": "DATE"}, {"name": "home_address", "type": "RECORD", "fields": [{"name": "line1", "type": "STRING"}, {"name": "zip", "type": "STRING"}]}]}}
    add(S, "POST", f"{BQ}/bigquery/v2/projects/cfmg-analytics/datasets/clinical/tables", {**JSONH, **bearer()}, J(tbl), [], ["patients_v2", "policyTags", "date_of_birth"], "pass")

    S = "snowflake"
    p = nextp()
    body = {"statement": "INSERT INTO RAW.PATIENT_STAGE (MRN, PAT_NAME, SSN, DOB, MOBILE, ADDR) VALUES (?, ?, ?, ?, ?, ?)", "timeout": 60, "database": "CFMG",
            "schema": "RAW", "warehouse": "LOAD_WH", "role": "LOADER", "bindings": {
                "1": {"type": "TEXT", "value": p.mrn}, "2": {"type": "TEXT", "value": p.full}, "3": {"type": "TEXT", "value": p.ssn},
                "4": {"type": "DATE", "value": p.dobs("iso")}, "5": {"type": "TEXT", "value": p.phone("paren")}, "6": {"type": "TEXT", "value": f"{p.street}, {p.city} OR {p.zip}"}}}
    add(S, "POST", f"{SNOW}/api/v2/statements?async=false", {**JSONH, **bearer(), "X-Snowflake-Authorization-Token-Type": "KEYPAIR_JWT"}, J(body),
        [[p.mrn, "mrn"], [p.full, "name"], [p.ssn, "ssn"], [p.dobs("iso"), "dob"], [p.phone("paren"), "phone"], [p.street, "address"], [p.zip, "zip"]],
        ["RAW.PATIENT_STAGE", "LOAD_WH"], "redact")
    p1, p2 = nextp(), nextp()
    stmt = (f"BEGIN;\nDELETE FROM CORE.OUTREACH WHERE MRN IN ({sq(p1.mrn)}, {sq(p2.mrn)});\n"
            f"INSERT INTO CORE.OUTREACH (MRN, FULL_NAME, EMAIL, REASON) VALUES ({sq(p1.mrn)}, {sq(p1.full)}, {sq(p1.email)}, {sq(p1.dx())}),\n"
            f"  ({sq(p2.mrn)}, {sq(p2.full)}, {sq(p2.email)}, {sq(p2.dx())});\nCOMMIT;")
    body = {"statement": stmt, "parameters": {"MULTI_STATEMENT_COUNT": "4"}, "warehouse": "LOAD_WH"}
    add(S, "POST", f"{SNOW}/api/v2/statements", {**JSONH, **bearer()}, J(body),
        [[p1.mrn, "mrn"], [p1.full, "name"], [p1.email, "email"], [p1.dx(), "condition"], [p2.mrn, "mrn"], [p2.full, "name"], [p2.email, "email"], [p2.dx(), "condition"]],
        ["MULTI_STATEMENT_COUNT", "CORE.OUTREACH"], "redact")
    # Snowflake result set relayed to a notebook: DATE as days since epoch, names apart from values
    p1, p2 = nextp(), nextp()
    res = {"resultSetMetaData": {"numRows": 2, "format": "jsonv2", "rowType": [
        {"name": "MRN", "type": "text", "nullable": False}, {"name": "PATIENT", "type": "text"}, {"name": "BIRTH_DT", "type": "date"},
        {"name": "PHONE", "type": "text"}, {"name": "LAST_A1C", "type": "fixed", "scale": 1}], "partitionInfo": [{"rowCount": 2, "uncompressedSize": 311}]},
        "data": [[p.mrn, p.full, p.dobs("days"), p.phone("dash"), "9.2"] for p in (p1, p2)], "code": "090001",
        "statementStatusUrl": f"/api/v2/statements/{uuid()}?requestId={uuid()}", "sqlState": "00000", "statementHandle": uuid(), "message": "Statement executed successfully."}
    add(S, "POST", f"{HEX}/v1/projects/diabetes-registry/datasets/upload", {**JSONH, **bearer()}, J(res),
        [[p1.mrn, "mrn"], [p1.full, "name"], [p1.dobs("days"), "dob"], [p1.phone("dash"), "phone"], [p2.mrn, "mrn"], [p2.full, "name"], [p2.dobs("days"), "dob"],
         [p2.phone("dash"), "phone"]], ["Statement executed successfully.", "090001"], "redact")
    body = {"statement": "SELECT PAYER_CLASS, COUNT(*) AS PATIENTS, ROUND(AVG(AGE),1) AS AVG_AGE FROM CORE.PANEL WHERE ACTIVE GROUP BY 1 ORDER BY 2 DESC", "warehouse": "BI_WH"}
    add(S, "POST", f"{SNOW}/api/v2/statements", {**JSONH, **bearer()}, J(body), [], ["PAYER_CLASS", "BI_WH"], "pass")
    res = {"resultSetMetaData": {"numRows": 4, "rowType": [{"name": "PAYER_CLASS", "type": "text"}, {"name": "PATIENTS", "type": "fixed"}, {"name": "AVG_AGE", "type": "fixed"}]},
           "data": [["Commercial", "18422", "41.7"], ["Medicaid (OHP)", "11907", "29.3"], ["Medicare", "9315", "72.8"], ["Self-pay", "1204", "35.1"]], "code": "090001"}
    add(S, "POST", f"{HEX}/v1/projects/panel-mix/datasets/upload", {**JSONH, **bearer()}, J(res), [], ["Medicaid (OHP)", "11907", "72.8"], "pass")

    S = "databricks"
    p = nextp()
    body = {"warehouse_id": hexs(16), "catalog": "cfmg", "schema": "silver", "wait_timeout": "30s",
            "statement": "MERGE INTO silver.patients t USING (SELECT :mrn AS mrn, :fname AS first_name, :lname AS last_name, :dob AS dob, :dl AS dl_no) s ON t.mrn = s.mrn "
                         "WHEN MATCHED THEN UPDATE SET * WHEN NOT MATCHED THEN INSERT *",
            "parameters": [{"name": "mrn", "value": p.mrn}, {"name": "fname", "value": p.first}, {"name": "lname", "value": p.last},
                           {"name": "dob", "value": p.dobs("iso"), "type": "DATE"}, {"name": "dl", "value": p.dl}]}
    add(S, "POST", f"{DBX}/api/2.0/sql/statements", {**JSONH, **bearer()}, J(body),
        [[p.mrn, "mrn"], [p.first, "name"], [p.last, "name"], [p.dobs("iso"), "dob"], [p.dl, "drivers_license"]], ["silver.patients", "wait_timeout"], "redact")
    p1, p2, p3 = nextp(), nextp(), nextp()
    res = {"statement_id": uuid(), "status": {"state": "SUCCEEDED"}, "manifest": {"format": "JSON_ARRAY", "schema": {"column_count": 5, "columns": [
        {"name": "mrn", "type_name": "STRING", "position": 0}, {"name": "name", "type_name": "STRING", "position": 1}, {"name": "email", "type_name": "STRING", "position": 2},
        {"name": "last_visit", "type_name": "DATE", "position": 3}, {"name": "risk", "type_name": "DOUBLE", "position": 4}]}, "total_row_count": 3},
        "result": {"chunk_index": 0, "row_offset": 0, "row_count": 3, "data_array": [[p.mrn, p.full, p.email, p.ad("iso"), "0.81"] for p in (p1, p2, p3)]}}
    add(S, "POST", f"{HEX}/v1/projects/readmission-risk/datasets/upload", {**JSONH, **bearer()}, J(res, compact=True),
        sum([[[p.mrn, "mrn"], [p.full, "name"], [p.email, "email"], [p.ad("iso"), "date"]] for p in (p1, p2, p3)], []), ["JSON_ARRAY", "SUCCEEDED"], "redact")
    body = {"warehouse_id": hexs(16), "statement": "SELECT site, date_trunc('week', visit_date) AS wk, count(*) AS visits FROM gold.encounters "
            "WHERE visit_date >= :since GROUP BY ALL", "parameters": [{"name": "since", "value": "2026-01-05", "type": "DATE"}]}
    add(S, "POST", f"{DBX}/api/2.0/sql/statements", {**JSONH, **bearer()}, J(body), [], ["gold.encounters", "GROUP BY ALL"], "pass")


# ============================================================================= 4. BI tools
def bi():
    S = "metabase"
    p = nextp()
    body = {"database": 2, "type": "native", "native": {"query": "SELECT * FROM encounters WHERE last_name = {{last}} AND dob = {{dob}}",
            "template-tags": {"last": {"id": uuid(), "name": "last", "display-name": "Last", "type": "text"},
                              "dob": {"id": uuid(), "name": "dob", "display-name": "Dob", "type": "date"}}},
            "parameters": [{"type": "category", "target": ["variable", ["template-tag", "last"]], "value": p.last},
                           {"type": "date/single", "target": ["variable", ["template-tag", "dob"]], "value": p.dobs("iso")}]}
    add(S, "POST", f"{MB}/api/dataset", {**JSONH, "X-Metabase-Session": uuid()}, J(body), [[p.last, "name"], [p.dobs("iso"), "dob"]], ["template-tag"], "redact")
    p = nextp()
    body = {"ignore_cache": False, "collection_preview": False, "parameters": [
        {"id": hexs(8), "type": "string/=", "value": [p.phone("dash")], "target": ["dimension", ["field", 311, None]]},
        {"id": hexs(8), "type": "string/=", "value": [p.email], "target": ["dimension", ["field", 318, None]]}]}
    add(S, "POST", f"{MB}/api/card/418/query", {**JSONH, "X-Metabase-Session": uuid()}, J(body), [[p.phone("dash"), "phone"], [p.email, "email"]],
        ["string/="], "redact")
    # Metabase alert webhook: cols + rows
    p1, p2 = nextp(), nextp()
    body = {"type": "alert", "alert_id": 77, "alert_creator_name": "Analytics Bot", "data": {"type": "question", "question_id": 418, "question_name": "No-shows >= 3 (last 90d)",
            "question_url": f"https://{urlsplit(MB).hostname}/question/418", "raw_data": {
                "cols": ["mrn", "patient", "cell", "no_shows", "last_no_show"],
                "rows": [[p.mrn, p.full, p.phone("dot"), 4, p.ad("iso")] for p in (p1, p2)]}}, "sent_at": ts(30)}
    add(S, "POST", f"{CHAT}/services/T01/B07/{alnum(24)}", JSONH, J(body),
        [[p1.mrn, "mrn"], [p1.full, "name"], [p1.phone("dot"), "phone"], [p1.ad("iso"), "date"], [p2.mrn, "mrn"], [p2.full, "name"], [p2.phone("dot"), "phone"],
         [p2.ad("iso"), "date"]], ["No-shows >= 3 (last 90d)", "Analytics Bot"], "redact")
    body = {"database": 2, "type": "query", "query": {"source-table": 41, "aggregation": [["count"]], "breakout": [["field", 377, {"temporal-unit": "month"}], ["field", 380, None]],
            "filter": ["between", ["field", 377, None], "2026-01-01", "2026-03-31"]}}
    add(S, "POST", f"{MB}/api/dataset", {**JSONH, "X-Metabase-Session": uuid()}, J(body), [], ["temporal-unit", "source-table"], "pass")
    p = nextp()   # only the allowed MRN
    body = {"parameters": [{"id": hexs(8), "type": "category", "value": [p.mrn], "target": ["variable", ["template-tag", "mrn"]]}]}
    add(S, "POST", f"{MB}/api/card/502/query", {**JSONH, "X-Metabase-Session": uuid()}, J(body), [[p.mrn, "mrn"]], [], "pass")

    S = "redash"
    p = nextp()
    q = (f"select e.visit_date, e.dx_code, e.provider\nfrom encounters e join patients p on p.id = e.patient_id\n"
         f"where p.last_name ilike {sq(p.last)} and p.first_name ilike {sq(p.first[:3] + '%')} and p.birth_date = {sq(p.dobs('us'))}::date\norder by 1 desc")
    body = {"data_source_id": 3, "query": q, "max_age": 0, "apply_auto_limit": True}
    add(S, "POST", f"{REDASH}/api/query_results", {**JSONH, "Authorization": "Key " + alnum(40)}, J(body), [[p.last, "name"], [p.dobs("us"), "dob"]],
        ["apply_auto_limit", "data_source_id"], "redact")
    p = nextp()
    body = {"parameters": {"patient_ssn": p.ssn, "mrn": p.mrn}, "max_age": 0, "id": 212}
    add(S, "POST", f"{REDASH}/api/queries/212/results", {**JSONH, "Authorization": "Key " + alnum(40)}, J(body), [[p.ssn, "ssn"], [p.mrn, "mrn"]], ["max_age"], "redact")
    body = {"data_source_id": 3, "query": "select site, count(*) filter (where birth_date < date '1950-01-01') as over_75, count(*) as total from patients group by site",
            "max_age": 300}
    add(S, "POST", f"{REDASH}/api/query_results", {**JSONH, "Authorization": "Key " + alnum(40)}, J(body), [], ["over_75", "1950-01-01"], "pass")

    S = "superset"
    p = nextp()
    body = {"datasource": {"id": 14, "type": "table"}, "force": False, "queries": [{"columns": ["visit_date", "dx_code", "provider"], "metrics": [],
            "filters": [{"col": "patient_last", "op": "==", "val": p.last}, {"col": "patient_first", "op": "==", "val": p.first},
                        {"col": "patient_zip", "op": "IN", "val": [p.zip]}], "extras": {"where": f"(home_phone = '{p.phone('bare')}')"}, "row_limit": 100}],
            "result_format": "json", "result_type": "full"}
    add(S, "POST", f"{SUPER}/api/v1/chart/data", {**JSONH, **bearer(), "X-CSRFToken": alnum(40)}, J(body),
        NM(p) + [[p.zip, "zip"], [p.phone("bare"), "phone"]], ["patient_last", "result_format"], "redact")
    p = nextp()
    body = {"database_id": 1, "schema": "public", "sql": f"SELECT * FROM patients WHERE email = '{p.email}' OR ssn = '{p.ssn}';", "runAsync": False,
            "client_id": alnum(10), "tab": "Untitled Query 3", "ctas_method": "TABLE", "queryLimit": 1000, "expand_data": True}
    add(S, "POST", f"{SUPER}/api/v1/sqllab/execute/", {**JSONH, **bearer(), "X-CSRFToken": alnum(40)}, J(body), [[p.email, "email"], [p.ssn, "ssn"]],
        ["Untitled Query 3"], "redact")
    body = {"datasource": {"id": 9, "type": "table"}, "queries": [{"columns": ["site"], "metrics": ["count"], "filters": [
        {"col": "site", "op": "IN", "val": ["Bend - Medical Center Dr", "Redmond - Canal Blvd"]}, {"col": "visit_date", "op": "TEMPORAL_RANGE", "val": "Last quarter"}]}],
        "result_format": "json", "result_type": "full"}
    add(S, "POST", f"{SUPER}/api/v1/chart/data", {**JSONH, **bearer()}, J(body), [], ["Redmond - Canal Blvd", "TEMPORAL_RANGE"], "pass")


# ============================================================================= 5. spreadsheets
def spreadsheets():
    S = "sheets"
    p1, p2, p3 = nextp(), nextp(), nextp()
    body = {"range": "Recall!A1:F1", "majorDimension": "ROWS", "values": [["Pt Nm", "D.O.B.", "Ph#", "MRN", "Last Seen", "Notes"]] +
            [[f"{p.last}, {p.first}", p.dobs("us"), p.phone("paren"), p.mrn, p.ad("usn"), f"needs {p.dx()} f/u"] for p in (p1, p2, p3)]}
    add(S, "POST", f"{SHEETS}/v4/spreadsheets/{alnum(44)}/values/Recall!A1:F1:append?valueInputOption=USER_ENTERED&insertDataOption=INSERT_ROWS", {**JSONH, **bearer()}, J(body),
        sum([NM(p) + [[p.dobs("us"), "dob"], [p.phone("paren"), "phone"], [p.mrn, "mrn"], [p.ad("usn"), "date"], [p.dx(), "condition"]] for p in (p1, p2, p3)], []),
        ["INSERT_ROWS", "Pt Nm"], "redact")
    p1, p2 = nextp(), nextp()
    body = {"range": "Outreach!A2", "majorDimension": "COLUMNS", "values": [[p1.full, p2.full], [p1.email, p2.email], [p1.dobs("dash"), p2.dobs("dash")]]}
    add(S, "POST", f"{SHEETS}/v4/spreadsheets/{alnum(44)}/values/Outreach!A2:append?valueInputOption=RAW", {**JSONH, **bearer()}, J(body, compact=True),
        [[p1.full, "name"], [p2.full, "name"], [p1.email, "email"], [p2.email, "email"], [p1.dobs("dash"), "dob"], [p2.dobs("dash"), "dob"]], ["COLUMNS"], "redact")
    p = nextp()
    body = {"valueInputOption": "USER_ENTERED", "data": [{"range": "Intake!B7:G7", "values": [[p.first, p.last, "=" + p.dobs("formula"), f"=\"{p.ssn}\"",
            f"=HYPERLINK(\"mailto:{p.email}\",\"{p.email}\")", p.zip4]]}], "includeValuesInResponse": False}
    add(S, "POST", f"{SHEETS}/v4/spreadsheets/{alnum(44)}/values:batchUpdate", {**JSONH, **bearer()}, J(body),
        NM(p) + [[p.dobs("formula"), "dob"], [p.ssn, "ssn"], [p.email, "email"], [p.zip4, "zip"]], ["Intake!B7:G7"], "redact")
    p = nextp()
    body = {"requests": [{"updateCells": {"start": {"sheetId": 0, "rowIndex": 14, "columnIndex": 0}, "fields": "userEnteredValue,userEnteredFormat.numberFormat",
            "rows": [{"values": [{"userEnteredValue": {"stringValue": p.mrn}}, {"userEnteredValue": {"stringValue": p.full}},
                                 {"userEnteredValue": {"numberValue": int(p.dobs("serial"))}, "userEnteredFormat": {"numberFormat": {"type": "DATE", "pattern": "mm/dd/yyyy"}}},
                                 {"userEnteredValue": {"stringValue": p.dx()}}, {"userEnteredValue": {"stringValue": f"{p.street}, {p.city}"}}]}]}}]}
    add(S, "POST", f"{SHEETS}/v4/spreadsheets/{alnum(44)}:batchUpdate", {**JSONH, **bearer()}, J(body),
        [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("serial"), "dob"], [p.dx(), "condition"], [p.street, "address"]], ["userEnteredFormat.numberFormat"], "redact")
    body = {"range": "Supplies!A1", "majorDimension": "ROWS", "values": [["Date", "Item", "SKU", "Qty", "Unit $", "Site"],
            ["2026-04-02", "Flu vaccine 2025-26, 10-pk", "FLU-" + digits(5), "6", "182.40", "Bend"], ["2026-04-02", "A1c cartridges, 10 ct", "A1C-" + digits(5), "12", "96.00", "Redmond"]]}
    add(S, "POST", f"{SHEETS}/v4/spreadsheets/{alnum(44)}/values/Supplies!A1:append?valueInputOption=USER_ENTERED", {**JSONH, **bearer()}, J(body), [],
        ["Flu vaccine 2025-26, 10-pk", "182.40", "A1c cartridges, 10 ct"], "pass")
    body = {"range": "KPI!A1", "values": [["Month", "Visits", "No-show %", "New pts", "Avg wait (min)"], ["2026-01", "6241", "7.9", "388", "14"],
                                          ["2026-02", "5873", "8.4", "351", "16"], ["2026-03", "6510", "6.8", "402", "12"]]}
    add(S, "PUT", f"{SHEETS}/v4/spreadsheets/{alnum(44)}/values/KPI!A1?valueInputOption=RAW", {**JSONH, **bearer()}, J(body), [], ["No-show %", "6510", "Avg wait (min)"], "pass")
    body = {"requests": [{"repeatCell": {"range": {"sheetId": 0, "startRowIndex": 0, "endRowIndex": 1}, "cell": {"userEnteredFormat": {"textFormat": {"bold": True}}},
                          "fields": "userEnteredFormat.textFormat.bold"}}, {"addProtectedRange": {"protectedRange": {"range": {"sheetId": 0, "startColumnIndex": 2, "endColumnIndex": 3},
                          "description": "DOB and SSN columns - restricted", "warningOnly": False}}}]}
    add(S, "POST", f"{SHEETS}/v4/spreadsheets/{alnum(44)}:batchUpdate", {**JSONH, **bearer()}, J(body), [], ["DOB and SSN columns - restricted"], "pass")

    S = "smartsheet"
    col = {k: int(digits(16)) for k in ("pt", "mrn", "phone", "dob", "dx", "due", "coord")}
    p1, p2 = nextp(), nextp()
    rows = [{"toBottom": True, "cells": [{"columnId": col["pt"], "value": p.full}, {"columnId": col["mrn"], "value": p.mrn}, {"columnId": col["phone"], "value": p.phone("paren")},
             {"columnId": col["dob"], "value": p.dobs("iso")}, {"columnId": col["dx"], "value": p.dx()}, {"columnId": col["due"], "value": p.ad("iso")}]} for p in (p1, p2)]
    add(S, "POST", f"{SMART}/2.0/sheets/{digits(16)}/rows", {**JSONH, **bearer()}, J(rows),
        sum([[[p.full, "name"], [p.mrn, "mrn"], [p.phone("paren"), "phone"], [p.dobs("iso"), "dob"], [p.dx(), "condition"], [p.ad("iso"), "date"]] for p in (p1, p2)], []),
        ["toBottom"], "redact")
    p = nextp()
    rows = [{"id": int(digits(16)), "cells": [{"columnId": col["coord"], "objectValue": {"objectType": "CONTACT", "email": p.email, "name": p.full}},
             {"columnId": col["dob"], "value": p.dobs("us"), "strict": False}, {"columnId": col["mrn"], "value": p.mrn}]}]
    add(S, "PUT", f"{SMART}/2.0/sheets/{digits(16)}/rows", {**JSONH, **bearer()}, J(rows),
        [[p.email, "email"], [p.full, "name"], [p.dobs("us"), "dob"], [p.mrn, "mrn"]], ["CONTACT"], "redact")
    p1, p2 = nextp(), nextp()
    sheet = {"name": "Care coordination - April", "columns": [{"title": "Pt Nm", "type": "TEXT_NUMBER", "primary": True}, {"title": "Ph#", "type": "TEXT_NUMBER"},
             {"title": "SSN (last 4 ok)", "type": "TEXT_NUMBER"}, {"title": "Follow-up", "type": "DATE"}],
             "rows": [{"cells": [{"value": p.full}, {"value": p.phone("dot")}, {"value": p.ssn}, {"value": p.ad("iso")}]} for p in (p1, p2)]}
    add(S, "POST", f"{SMART}/2.0/workspaces/{digits(16)}/sheets", {**JSONH, **bearer()}, J(sheet),
        sum([[[p.full, "name"], [p.phone("dot"), "phone"], [p.ssn, "ssn"], [p.ad("iso"), "date"]] for p in (p1, p2)], []), ["Care coordination - April"], "redact")
    p = nextp()   # allowed only: name, phone, date
    rows = [{"toTop": True, "cells": [{"columnId": col["pt"], "value": p.full}, {"columnId": col["phone"], "value": p.phone("dash")}, {"columnId": col["due"], "value": p.ad("iso")}]}]
    add(S, "POST", f"{SMART}/2.0/sheets/{digits(16)}/rows", {**JSONH, **bearer()}, J(rows), [[p.full, "name"], [p.phone("dash"), "phone"], [p.ad("iso"), "date"]], [], "pass")
    cols = [{"title": "Pt Nm", "type": "TEXT_NUMBER", "index": 0}, {"title": "D.O.B.", "type": "DATE", "index": 1}, {"title": "Ins ID", "type": "TEXT_NUMBER", "index": 2},
            {"title": "Dx", "type": "PICKLIST", "options": ["Diabetes", "CHF", "COPD", "Depression"], "index": 3}]
    add(S, "POST", f"{SMART}/2.0/sheets/{digits(16)}/columns", {**JSONH, **bearer()}, J(cols), [], ["PICKLIST", "Ins ID", "D.O.B."], "pass")
    rows = [{"toBottom": True, "cells": [{"columnId": col["pt"], "value": "Exam 4 exhaust fan"}, {"columnId": col["due"], "value": "2026-04-20"},
             {"columnId": col["dx"], "value": "Facilities"}]}]
    add(S, "POST", f"{SMART}/2.0/sheets/{digits(16)}/rows", {**JSONH, **bearer()}, J(rows), [], ["Exam 4 exhaust fan", "Facilities"], "pass")


# ============================================================================= 6. text tables in tickets and notebooks
def text_tables():
    S = "tickets"
    p1, p2 = nextp(), nextp()
    tbl = psql(["id", "mrn", "last_name", "first_name", "birth_date", "mobile"], [[p.pk, p.mrn, p.last, p.first, p.dobs("iso"), p.phone("dash")] for p in (p1, p2)])
    body = {"title": "Duplicate patient rows after portal merge", "labels": ["bug", "data"], "body":
            f"Merge job left two rows that look like the same person:\n\n```\nemr=> select id, mrn, last_name, first_name, birth_date, mobile from patients where id in ({p1.pk},{p2.pk});\n{tbl}```\n\nExpected the merge to collapse them."}
    add(S, "POST", f"{ISSUES}/repos/cfmg/portal/issues", {**JSONH, **bearer()}, J(body),
        sum([[[p.mrn, "mrn"], [p.last, "name"], [p.first, "name"], [p.dobs("iso"), "dob"], [p.phone("dash"), "phone"]] for p in (p1, p2)], []),
        ["Duplicate patient rows after portal merge"], "redact")
    p = nextp()
    tbl = psql_x(["mrn", "legal_name", "ssn", "dob", "email", "addr"], [[p.mrn, p.full, p.ssn, p.dobs("iso"), p.email, f"{p.street} {p.unit}"]])
    body = {"body": f"Here is the row from prod (\\x on):\n\n```\n{tbl}```\nThe SSN column should be encrypted at rest, it is plaintext."}
    add(S, "POST", f"{ISSUES}/repos/cfmg/emr-sync/issues/311/comments", {**JSONH, **bearer()}, J(body),
        [[p.mrn, "mrn"], [p.full, "name"], [p.ssn, "ssn"], [p.dobs("iso"), "dob"], [p.email, "email"], [p.street, "address"]], ["should be encrypted at rest"], "redact")
    p = nextp()
    tbl = mysql_g(["pat_id", "fname", "lname", "dob", "home_ph", "ins_member", "diag_desc"], [[p.pk, p.first, p.last, p.dobs("iso"), p.phone("paren"), p.mbr, p.dx()]])
    body = {"ticket": {"subject": "Claims export missing member id?", "priority": "normal", "comment": {"body":
            f"mysql> SELECT * FROM billing_patients WHERE pat_id = {p.pk}\\G\n{tbl}\nthe ins_member value is there but the 837 had it blank."}}}
    add(S, "POST", f"{DESK}/api/v2/tickets", {**JSONH, **bearer()}, J(body),
        NM(p) + [[p.dobs("iso"), "dob"], [p.phone("paren"), "phone"], [p.mbr, "member_id"], [p.dx(), "condition"]], ["Claims export missing member id?"], "redact")
    p1, p2, p3 = nextp(), nextp(), nextp()
    tbl = mysql_box(["acct", "guarantor", "dob", "email", "balance"], [["G" + digits(6), p.full, p.dobs("us"), p.email, f"{R.randint(20, 900)}.00"] for p in (p1, p2, p3)])
    body = {"ticket": {"subject": "Statements bounced", "comment": {"body": f"These three statements bounced from the mail vendor:\n\n{tbl}"}}}
    add(S, "POST", f"{DESK}/api/v2/tickets", {**JSONH, **bearer()}, J(body),
        sum([[[p.full, "name"], [p.dobs("us"), "dob"], [p.email, "email"]] for p in (p1, p2, p3)], []), ["Statements bounced"], "redact")
    p1, p2 = nextp(), nextp()
    tbl = sqlplus(["pat_mrn_id", "pat_name", "birth_date", "ssn"], [[p.mrn, f"{p.last.upper()},{p.first.upper()}", p.dobs("ora"), p.ssn] for p in (p1, p2)])
    body = {"title": "Clarity extract: SSN column populated for test patients?", "body": f"SQL> select pat_mrn_id, pat_name, birth_date, ssn from patient where rownum < 3;\n\n{tbl}"}
    add(S, "POST", f"{ISSUES}/repos/cfmg/clarity-etl/issues", {**JSONH, **bearer()}, J(body),
        sum([[[p.mrn, "mrn"], [p.last.upper(), "name"], [p.first.upper(), "name"], [p.dobs("ora"), "dob"], [p.ssn, "ssn"]] for p in (p1, p2)], []), ["rows selected"], "redact")
    p = nextp()
    txt = ("PatientID  LastName             FirstName       DOB        Phone\n---------- -------------------- --------------- ---------- ------------\n"
           f"{p.mrn:<10} {p.last:<20} {p.first:<15} {p.dobs('iso'):<10} {p.phone('bare')}\n\n(1 rows affected)\n")
    body = {"ticket": {"subject": "sqlcmd output for interface error", "comment": {"body": f"1> SELECT PatientID, LastName, FirstName, DOB, Phone FROM dbo.Patients WHERE PatientID = '{p.mrn}'\n2> GO\n{txt}"}}}
    add(S, "POST", f"{DESK}/api/v2/tickets", {**JSONH, **bearer()}, J(body),
        [[p.mrn, "mrn"], [p.last, "name"], [p.first, "name"], [p.dobs("iso"), "dob"], [p.phone("bare"), "phone"]], ["rows affected"], "redact")
    tbl = psql(["relname", "n_live_tup", "n_dead_tup", "last_autovacuum"], [["patients", 48211, 1920, "2026-04-02 03:11:09-07"], ["appointments", 611402, 88120, "2026-04-01 22:40:51-07"]])
    body = {"title": "Autovacuum falling behind on appointments", "body": f"```\n{tbl}```"}
    add(S, "POST", f"{ISSUES}/repos/cfmg/infra/issues", {**JSONH, **bearer()}, J(body), [], ["n_dead_tup", "611402", "Autovacuum falling behind on appointments"], "pass")
    tbl = mysql_box(["Field", "Type", "Null", "Key", "Default"], [["pat_id", "int", "NO", "PRI", "NULL"], ["fname", "varchar(40)", "YES", "", "NULL"],
                    ["dob", "date", "YES", "MUL", "NULL"], ["ssn", "char(11)", "YES", "UNI", "NULL"], ["home_ph", "varchar(20)", "YES", "", "NULL"]])
    body = {"ticket": {"subject": "Schema for billing_patients", "comment": {"body": f"mysql> DESCRIBE billing_patients;\n{tbl}"}}}
    add(S, "POST", f"{DESK}/api/v2/tickets", {**JSONH, **bearer()}, J(body), [], ["char(11)", "Schema for billing_patients"], "pass")
    txt = mysql_g(["Slave_IO_State", "Master_Host", "Seconds_Behind_Master", "Last_SQL_Error"],
                  [["Waiting for source to send event", "billing-db-1.internal", "0", ""]])
    body = {"ticket": {"subject": "Replica healthy again", "comment": {"body": txt}}}
    add(S, "POST", f"{DESK}/api/v2/tickets", {**JSONH, **bearer()}, J(body), [], ["Seconds_Behind_Master", "billing-db-1.internal"], "pass")

    S = "notebooks"
    p1, p2, p3 = nextp(), nextp(), nextp()
    df = pandas(["mrn", "first_name", "last_name", "dob", "zip", "dx"], [[p.mrn, p.first, p.last, p.dobs("iso"), p.zip, p.icd()] for p in (p1, p2, p3)])
    nb = {"nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {"name": "python3"}}, "cells": [
        {"cell_type": "code", "execution_count": 7, "source": ["df = pd.read_sql(\"select * from registry where a1c > 9\", con)\n", "df.head(3)"], "metadata": {},
         "outputs": [{"output_type": "execute_result", "execution_count": 7, "metadata": {}, "data": {"text/plain": df.split("\n")}}]}]}
    nb["cells"][0]["outputs"][0]["data"]["text/plain"] = [l + "\n" for l in df.split("\n")]
    add(S, "POST", f"{HEX}/v1/notebooks/import", {**JSONH, **bearer()}, J(nb),
        sum([[[p.mrn, "mrn"], [p.first, "name"], [p.last, "name"], [p.dobs("iso"), "dob"], [p.zip, "zip"], [p.icd(), "icd10"]] for p in (p1, p2, p3)], []),
        ["read_sql"], "redact")
    p1, p2 = nextp(), nextp()
    tib = ("# A tibble: 2 x 4\n  mrn      name                 phone        ssn        \n  <chr>    <chr>                <chr>        <chr>      \n" +
           "".join(f"{i}  {p.mrn} {p.full:<20} {p.phone('dash')} {p.ssn}\n" for i, p in enumerate((p1, p2), 1)))
    body = {"cell_id": uuid(), "output": {"mime": "text/plain", "text": tib}, "kernel": "ir"}
    add(S, "POST", f"{HEX}/v1/cells/outputs", {**JSONH, **bearer()}, J(body),
        sum([[[p.mrn, "mrn"], [p.full, "name"], [p.phone("dash"), "phone"], [p.ssn, "ssn"]] for p in (p1, p2)], []), ["A tibble: 2 x 4"], "redact")
    df = pandas(["site", "month", "visits", "no_show_rate"], [["Bend", "2026-03", 4188, 0.071], ["Redmond", "2026-03", 2322, 0.064]])
    nb = {"cell_id": uuid(), "output": {"mime": "text/plain", "text": df}}
    add(S, "POST", f"{HEX}/v1/cells/outputs", {**JSONH, **bearer()}, J(nb), [], ["no_show_rate", "4188"], "pass")


# ============================================================================= 7. SQL to query APIs
def sql_apis():
    S = "sql_insert"
    p1, p2 = nextp(), nextp()
    sql = ("INSERT INTO patients (mrn, first_name, last_name, dob, ssn, phone, email)\nVALUES\n" +
           ",\n".join(f"  ({sq(p.mrn)}, {sq(p.first)}, {sq(p.last)}, DATE {sq(p.dobs('iso'))}, {sq(p.ssn)}, {sq(p.phone('dash'))}, {sq(p.email)})" for p in (p1, p2)) +
           "\nON CONFLICT (mrn) DO UPDATE SET phone = EXCLUDED.phone;")
    add(S, "POST", f"{NEON}/sql", {**JSONH, "Neon-Connection-String": "postgresql://svc_sync@ep-quiet-sun-4821/emr", "Neon-Array-Mode": "true"}, J({"query": sql, "params": []}),
        sum([[[p.mrn, "mrn"], [p.first, "name"], [p.last, "name"], [p.dobs("iso"), "dob"], [p.ssn, "ssn"], [p.phone("dash"), "phone"], [p.email, "email"]] for p in (p1, p2)], []),
        ["ON CONFLICT (mrn) DO UPDATE"], "redact")
    p = nextp()
    body = {"query": "INSERT INTO problem_list (mrn, icd10, description, noted_on) VALUES ($1, $2, $3, $4)", "params": [p.mrn, p.icd(), p.dx(), p.ad("iso")]}
    add(S, "POST", f"{NEON}/sql", {**JSONH, "Neon-Connection-String": "postgresql://svc_sync@ep-quiet-sun-4821/emr"}, J(body),
        [[p.mrn, "mrn"], [p.icd(), "icd10"], [p.dx(), "condition"], [p.ad("iso"), "date"]], ["problem_list"], "redact")
    p = nextp()
    body = {"requests": [{"type": "execute", "stmt": {"sql": "INSERT INTO intake (mrn, name, dob, dl_number, reason) VALUES (?, ?, ?, ?, ?)", "args": [
        {"type": "text", "value": p.mrn}, {"type": "text", "value": p.full}, {"type": "text", "value": p.dobs("us")}, {"type": "text", "value": p.dl},
        {"type": "text", "value": f"new pt, hx {p.dx()}"}]}}, {"type": "close"}]}
    add(S, "POST", f"{TURSO}/v2/pipeline", {**JSONH, **bearer(60)}, J(body),
        [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("us"), "dob"], [p.dl, "drivers_license"], [p.dx(), "condition"]], ["v2/pipeline", "close"], "redact")
    p = nextp()
    body = {"requests": [{"type": "execute", "stmt": {"sql": "UPDATE payment_methods SET pan = :pan, holder = :holder WHERE mrn = :mrn",
            "named_args": [{"name": ":pan", "value": {"type": "text", "value": p.card}}, {"name": ":holder", "value": {"type": "text", "value": p.full}},
                           {"name": ":mrn", "value": {"type": "text", "value": p.mrn}}]}}]}
    add(S, "POST", f"{TURSO}/v2/pipeline", {**JSONH, **bearer(60)}, J(body, compact=True), [[p.card, "card_number"], [p.full, "name"], [p.mrn, "mrn"]], ["named_args"], "redact")
    p1, p2 = nextp(), nextp()
    body = [{"sql": "INSERT INTO portal_audit (email, ip, mrn, at) VALUES (?1, ?2, ?3, ?4)", "params": [p.email, p.ip, p.mrn, ts(40)]} for p in (p1, p2)]
    add(S, "POST", f"{D1}/client/v4/accounts/{hexs(32)}/d1/database/{uuid()}/query", {**JSONH, **bearer()}, J(body),
        sum([[[p.email, "email"], [p.ip, "ip_address"], [p.mrn, "mrn"]] for p in (p1, p2)], []), ["portal_audit"], "redact")
    p = nextp()   # allowed only
    body = {"sql": "INSERT INTO contacts (mrn, name, dob, phone, email, street, zip) VALUES (?, ?, ?, ?, ?, ?, ?)",
            "params": [p.mrn, p.full, p.dobs("iso"), p.phone("e164"), p.email, p.street, p.zip]}
    add(S, "POST", f"{D1}/client/v4/accounts/{hexs(32)}/d1/database/{uuid()}/query", {**JSONH, **bearer()}, J(body),
        [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("iso"), "dob"], [p.phone("e164"), "phone"], [p.email, "email"], [p.street, "address"], [p.zip, "zip"]], [], "pass")
    body = {"query": "INSERT INTO icd10_ref (code, short_desc, chapter) VALUES ('E11.65', 'Type 2 diabetes mellitus with hyperglycemia', 'E00-E89'), "
                     "('F33.1', 'Major depressive disorder, recurrent, moderate', 'F01-F99'), ('B20', 'Human immunodeficiency virus [HIV] disease', 'A00-B99')", "params": []}
    add(S, "POST", f"{NEON}/sql", {**JSONH, "Neon-Connection-String": "postgresql://svc_ref@ep-quiet-sun-4821/ref"}, J(body), [], ["icd10_ref", "E00-E89"], "pass")
    body = [{"sql": "CREATE TABLE IF NOT EXISTS patients (mrn TEXT PRIMARY KEY, first_name TEXT, last_name TEXT, dob TEXT, ssn TEXT, phone TEXT, email TEXT)", "params": []},
            {"sql": "CREATE INDEX IF NOT EXISTS ix_patients_dob ON patients(dob)", "params": []}]
    add(S, "POST", f"{D1}/client/v4/accounts/{hexs(32)}/d1/database/{uuid()}/query", {**JSONH, **bearer()}, J(body), [], ["ix_patients_dob"], "pass")

    S = "copy_text"
    p1, p2, p3 = nextp(), nextp(), nextp()
    lines = ["COPY public.patients (mrn, first_name, last_name, birth_date, ssn, phone, notes) FROM stdin;"]
    for p in (p1, p2, p3):
        lines.append("\t".join([p.mrn, p.first, p.last, p.dobs("iso"), p.ssn if p is not p2 else "\\N", p.phone("paren"), f"{p.dx()}\\tmed: {p.med()}"]))
    lines.append("\\.")
    txt = "\n".join(lines) + "\n"
    add(S, "POST", f"{NEON}/copy?table=public.patients", {"Content-Type": "text/plain; charset=utf-8", "Neon-Connection-String": "postgresql://svc_sync@ep-quiet-sun-4821/emr"}, txt,
        [[p1.ssn, "ssn"], [p3.ssn, "ssn"], [p1.dx(), "condition"], [p2.dx(), "condition"], [p3.dx(), "condition"]] +
        sum([[[p.mrn, "mrn"], [p.first, "name"], [p.last, "name"], [p.dobs("iso"), "dob"], [p.phone("paren"), "phone"]] for p in (p1, p2, p3)], []),
        ["COPY public.patients"], "redact")
    p1, p2 = nextp(), nextp()
    txt = "mrn,full_name,dob,mbi,dx_code\r\n" + "".join(f"{p.mrn},\"{p.last}, {p.first}\",{p.dobs('iso')},{p.mbi},{p.icd()}\r\n" for p in (p1, p2))
    add(S, "POST", f"{NEON}/copy?table=public.medicare_roster&format=csv&header=true", {**CSVH, "Neon-Connection-String": "postgresql://svc_sync@ep-quiet-sun-4821/emr"}, txt,
        sum([[[p.mrn, "mrn"], [p.last, "name"], [p.first, "name"], [p.dobs("iso"), "dob"], [p.mbi, "mbi"], [p.icd(), "icd10"]] for p in (p1, p2)], []),
        ["medicare_roster"], "redact")
    txt = "COPY public.appt_templates (site, room, weekday, start_time, slot_minutes) FROM stdin;\nBend\tExam 3\tMON\t08:00\t20\nBend\tExam 3\tMON\t08:20\t20\nRedmond\tExam 1\tTUE\t07:40\t40\n\\.\n"
    add(S, "POST", f"{NEON}/copy?table=public.appt_templates", {**TEXTH, "Neon-Connection-String": "postgresql://svc_sync@ep-quiet-sun-4821/emr"}, txt, [],
        ["appt_templates", "slot_minutes"], "pass")


# ============================================================================= 8. dbt and data-quality alerts
def dbt_and_dq():
    S = "dbt"
    p1, p2 = nextp(), nextp()
    log = ("06:14:02  Running with dbt=1.8.4\n06:14:03  Found 84 models, 212 data tests, 19 sources\n"
           "06:14:31  41 of 212 FAIL 2 unique_stg_emr__patients_mrn ................................ [FAIL 2 in 0.41s]\n"
           "06:14:40  Failure in test unique_stg_emr__patients_mrn (models/staging/emr/_emr__models.yml)\n"
           "06:14:40    Got 2 results, configured to fail if != 0\n"
           "06:14:40    compiled code at target/compiled/cfmg/models/staging/emr/_emr__models.yml/unique_stg_emr__patients_mrn.sql\n\n"
           "$ dbt show --select stg_emr__patients --inline \"select * from {{ ref('stg_emr__patients') }} where mrn in (...)\"\n" +
           mdtable(["mrn", "first_name", "last_name", "dob", "phone"], [[p1.mrn, p1.first, p1.last, p1.dobs("iso"), p1.phone("dash")],
                                                                      [p1.mrn, p2.first, p2.last, p2.dobs("iso"), p2.phone("dash")]]))
    add(S, "POST", f"{DBT}/api/v2/accounts/4411/runs/{digits(9)}/logs", {**TEXTH, **bearer()}, log,
        [[p1.mrn, "mrn"]] + sum([[[p.first, "name"], [p.last, "name"], [p.dobs("iso"), "dob"], [p.phone("dash"), "phone"]] for p in (p1, p2)], []),
        ["unique_stg_emr__patients_mrn", "configured to fail if != 0"], "redact")
    p = nextp()
    lines = [{"info": {"name": "LogTestResult", "level": "error", "ts": ts(41), "msg": "1 of 3 FAIL 1 accepted_values_stg_emr__patients_sex__F__M__X ... [FAIL 1 in 0.22s]"},
              "data": {"node_info": {"unique_id": "test.cfmg.accepted_values_stg_emr__patients_sex__F__M__X.9b1"}, "status": "fail", "num_failures": 1}},
             {"info": {"name": "ShowNode", "level": "info", "ts": ts(41), "msg": J([{"mrn": p.mrn, "sex": "U", "full_name": p.full, "dob": p.dobs("us"), "email": p.email}])},
              "data": {"node_name": "stg_emr__patients", "is_inline": True, "output_format": "json"}}]
    add(S, "POST", f"{DBT}/api/v2/accounts/4411/runs/{digits(9)}/logs", {**NDH, **bearer()}, ND(lines),
        [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("us"), "dob"], [p.email, "email"]], ["LogTestResult", "num_failures"], "redact")
    p1, p2 = nextp(), nextp()
    art = {"metadata": {"dbt_schema_version": "https://schemas.getdbt.com/dbt/run-results/v6.json", "generated_at": ts(42)}, "results": [
        {"unique_id": "test.cfmg.assert_dob_not_in_future", "status": "fail", "failures": 2, "message": "Got 2 results, configured to fail if != 0",
         "adapter_response": {"_message": "SELECT 2", "rows_affected": 2}, "execution_time": 0.31,
         "failing_rows_sample": {"columns": ["mrn", "patient_name", "dob_raw"], "rows": [[p1.mrn, p1.full, p1.dobs("us2")], [p2.mrn, p2.full, p2.dobs("us2")]]}}]}
    add(S, "POST", f"{DBT}/api/v2/accounts/4411/artifacts/run_results.json", {**JSONH, **bearer()}, J(art),
        sum([[[p.mrn, "mrn"], [p.full, "name"], [p.dobs("us2"), "dob"]] for p in (p1, p2)], []), ["assert_dob_not_in_future"], "redact")
    log = ("06:20:02  Running with dbt=1.8.4\n06:20:09  1 of 3 START sql table model marts.fct_visits_monthly ........ [RUN]\n"
           "06:20:15  1 of 3 OK created sql table model marts.fct_visits_monthly ... [SELECT 36 in 5.88s]\n"
           "06:20:21  3 of 3 PASS not_null_fct_visits_monthly_site ................ [PASS in 0.19s]\n06:20:21  Done. PASS=3 WARN=0 ERROR=0 SKIP=0 TOTAL=3\n")
    add(S, "POST", f"{DBT}/api/v2/accounts/4411/runs/{digits(9)}/logs", {**TEXTH, **bearer()}, log, [], ["fct_visits_monthly", "PASS=3 WARN=0 ERROR=0 SKIP=0 TOTAL=3"], "pass")
    log = ("06:22:40  Found 19 sources\n06:22:44  1 of 2 WARN freshness of emr.appointments ....... [WARN in 1.02s]\n"
           "06:22:44  max_loaded_at: 2026-04-03 01:02:11, snapshotted_at: 2026-04-03 13:22:44, age: 43233s (warn after 12 hours)\n")
    add(S, "POST", f"{DBT}/api/v2/accounts/4411/runs/{digits(9)}/logs", {**TEXTH, **bearer()}, log, [], ["freshness of emr.appointments", "warn after 12 hours"], "pass")

    S = "dq_alerts"
    ph = [nextp() for _ in range(3)]
    ge = {"success": False, "expectation_config": {"expectation_type": "expect_column_values_to_match_regex", "kwargs": {"column": "home_phone",
          "regex": "^\\(\\d{3}\\) \\d{3}-\\d{4}$", "result_format": "SUMMARY"}}, "result": {"element_count": 48211, "unexpected_count": 3, "unexpected_percent": 0.0062,
          "partial_unexpected_list": [ph[0].phone("bare"), ph[1].phone("dot"), ph[2].phone("spc")]}, "meta": {"suite": "emr_patients.warning"}}
    add(S, "POST", f"{CHAT}/services/T01/B09/{alnum(24)}", JSONH, J({"text": "GE validation failed: emr_patients.warning", "attachments": [{"text": J(ge, indent=1)}]}),
        [[ph[0].phone("bare"), "phone"], [ph[1].phone("dot"), "phone"], [ph[2].phone("spc"), "phone"]], ["expect_column_values_to_match_regex", "48211"], "redact")
    p1, p2 = nextp(), nextp()
    ge = {"expectation_config": {"expectation_type": "expect_column_values_to_not_be_null", "kwargs": {"column": "email"}}, "result": {
          "unexpected_index_column_names": ["mrn", "last_name", "dob"], "partial_unexpected_index_list": [
              {"mrn": p.mrn, "last_name": p.last, "dob": p.dobs("iso"), "email": None} for p in (p1, p2)],
          "unexpected_index_query": f"df.filter(F.expr(\"mrn IN ('{p1.mrn}', '{p2.mrn}')\"))"}}
    add(S, "POST", f"{SODA}/api/v1/ingest/great_expectations", {**JSONH, **bearer()}, J(ge),
        sum([[[p.mrn, "mrn"], [p.last, "name"], [p.dobs("iso"), "dob"]] for p in (p1, p2)], []), ["unexpected_index_column_names"], "redact")
    p1, p2 = nextp(), nextp()
    soda = {"definitionName": "emr_daily", "checks": [{"name": "invalid_count(ssn) = 0", "outcome": "fail", "table": "patients", "column": "ssn",
            "diagnostics": {"value": 2, "failedRowsSample": {"columns": [{"name": "mrn"}, {"name": "ssn"}, {"name": "birth_date"}],
                                                             "rows": [[p.mrn, p.ssn.replace("-", " "), p.dobs("ymds")] for p in (p1, p2)]}}}], "dataTimestamp": ts(43)}
    add(S, "POST", f"{SODA}/api/v1/scans/results", {**JSONH, **bearer()}, J(soda),
        sum([[[p.mrn, "mrn"], [p.ssn.replace("-", " "), "ssn"], [p.dobs("ymds"), "dob"]] for p in (p1, p2)], []), ["invalid_count(ssn) = 0"], "redact")
    p1, p2 = nextp(), nextp()
    txt = (":red_circle: *dbt test failed* `not_null_patients_zip`\n*Table:* `analytics.dim_patients`  *Owner:* @data-eng\n*Test results sample*\n```\n" +
           psql(["mrn", "patient_name", "address_line1", "zip"], [[p.mrn, p.full, p.street, ""] for p in (p1, p2)], False) + "```")
    add(S, "POST", f"{CHAT}/services/T01/B0A/{alnum(24)}", JSONH, J({"text": txt, "username": "elementary"}),
        sum([[[p.mrn, "mrn"], [p.full, "name"], [p.street, "address"]] for p in (p1, p2)], []), ["not_null_patients_zip", "analytics.dim_patients"], "redact")
    ge = {"expectation_config": {"expectation_type": "expect_column_values_to_be_in_set", "kwargs": {"column": "appt_status", "value_set": ["BOOKED", "ARRIVED", "DONE"]}},
          "result": {"unexpected_count": 14, "partial_unexpected_list": ["BOOKD", "arrived ", "CANCELLED-LATE"]}, "success": False}
    add(S, "POST", f"{CHAT}/services/T01/B09/{alnum(24)}", JSONH, J({"text": "GE: appt_status", "attachments": [{"text": J(ge)}]}), [], ["CANCELLED-LATE", "BOOKD"], "pass")
    soda = {"definitionName": "emr_daily", "checks": [{"name": "row_count > 0", "outcome": "pass", "table": "patients", "diagnostics": {"value": 48211}},
            {"name": "duplicate_count(mrn) = 0", "outcome": "pass", "table": "patients", "diagnostics": {"value": 0}},
            {"name": "avg(age) between 30 and 50", "outcome": "pass", "table": "patients", "diagnostics": {"value": 41.6}}], "dataTimestamp": ts(44)}
    add(S, "POST", f"{SODA}/api/v1/scans/results", {**JSONH, **bearer()}, J(soda), [], ["duplicate_count(mrn) = 0", "41.6"], "pass")

    S = "data_observability"   # blocks
    p = nextp()
    alert = {"type": "field_anomaly", "table": "cfmg:emr.patients", "field": "email", "summary": "Unusual values in email",
             "sample_values": [p.email, "none@none.com", "n/a"], "detected_at": ts(45)}
    add(S, "POST", f"{OBS}/v1/events", {**JSONH, "x-mcd-id": alnum(32), "x-mcd-token": alnum(48)}, J(alert), [[p.email, "email"]], [], "block")
    p = nextp()
    alert = {"type": "volume_change", "table": "cfmg:emr.appointments", "summary": "Row count dropped 41%", "query_sample":
             f"SELECT * FROM appointments WHERE patient_mrn = '{p.mrn}' AND starts_at = '{p.at()}'", "detected_at": ts(46)}
    add(S, "POST", f"{OBS}/v1/events", {**JSONH, "x-mcd-id": alnum(32)}, J(alert), [[p.mrn, "mrn"], [p.at(), "date"]], [], "block")
    alert = {"type": "freshness", "table": "cfmg:emr.lab_results", "summary": "No new rows in 26h", "expected_interval_h": 6, "detected_at": ts(47)}
    add(S, "POST", f"{OBS}/v1/events", {**JSONH, "x-mcd-id": alnum(32)}, J(alert), [], ["No new rows in 26h"], "pass")


# ============================================================================= 9. CSV / TSV uploads
def uploads():
    S = "csv_upload"
    ps = [nextp() for _ in range(3)]
    txt = "\ufeffPt Nm,D.O.B.,Ph#,Addr1,Addr2,City,St,Zip\r\n" + "".join(
        f"\"{p.last}, {p.first}\",{p.dobs('usn')},{p.phone('paren')},{p.street},{p.unit},{p.city},OR,{p.zip}\r\n" for p in ps)
    add(S, "POST", f"{POSTC}/v1/campaigns/flu-2026/recipients.csv", {**CSVH, **bearer()}, txt,
        sum([NM(p) + [[p.dobs("usn"), "dob"], [p.phone("paren"), "phone"], [p.street, "address"], [p.zip, "zip"]] for p in ps], []), ["flu-2026"], "redact")
    ps = [nextp() for _ in range(2)]
    txt = "Name|Addr|ZIP|Reason\n" + "".join(f"{p.full}|{p.street}|{p.zip}|overdue: {p.dx()} check\n" for p in ps)
    add(S, "POST", f"{POSTC}/v1/campaigns/recall/recipients?delimiter=%7C", {**CSVH, **bearer()}, txt,
        sum([[[p.full, "name"], [p.street, "address"], [p.zip, "zip"], [p.dx(), "condition"]] for p in ps], []), ["delimiter"], "redact")
    ps = [nextp() for _ in range(2)]   # headerless; columns ride in the query string
    txt = "".join(f"{p.first},{p.last},{p.street},{p.city},{p.zip},{p.email}\n" for p in ps)
    add(S, "POST", f"{POSTC}/v1/lists/{digits(6)}/import?columns=first,last,address1,city,zip,email&header=false", {**CSVH, **bearer()}, txt,
        sum([NM(p) + [[p.street, "address"], [p.zip, "zip"], [p.email, "email"]] for p in ps], []), ["header=false"], "redact")
    ps = [nextp() for _ in range(2)]   # allowed only
    txt = "name,address,zip\n" + "".join(f"{p.full},{p.street} {p.unit},{p.zip}\n" for p in ps)
    add(S, "POST", f"{POSTC}/v1/campaigns/welcome/recipients.csv", {**CSVH, **bearer()}, txt, sum([[[p.full, "name"], [p.street, "address"], [p.zip, "zip"]] for p in ps], []), [], "pass")
    txt = "Lot,NDC,Product,Exp,Doses,Site\r\n" + f"UK{digits(4)}AA,49281-0424-50,Fluzone High-Dose 2025-2026,2026-06-30,40,Bend\r\n" + \
          f"{alnum(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')},58160-0826-52,Shingrix,2027-11-14,20,Redmond\r\n"
    add(S, "POST", f"{POSTC}/v1/assets/vaccine-inventory.csv", {**CSVH, **bearer()}, txt, [], ["49281-0424-50", "Fluzone High-Dose 2025-2026", "2027-11-14"], "pass")

    S = "tsv_upload"
    ps = [nextp() for _ in range(3)]
    txt = "MEMBER_ID\tLAST\tFIRST\tDOB\tSSN\tHOME_PH\tDX1\r\n" + "".join(
        f"{p.mbr}\t{p.last.upper()}\t{p.first.upper()}\t{p.dobs('d8')}\t{p.ssn.replace('-', '')}\t{p.phone('bare')}\t{p.icd().replace('.', '')}\r\n" for p in ps)
    add(S, "PUT", f"{PAYB}/inbound/cfmg/hedis_supplemental_20260403.tsv", {**TSVH, **bearer()}, txt,
        sum([[[p.mbr, "member_id"], [p.last.upper(), "name"], [p.first.upper(), "name"], [p.dobs("d8"), "dob"], [p.ssn.replace("-", ""), "ssn"],
              [p.phone("bare"), "phone"], [p.icd().replace(".", ""), "icd10"]] for p in ps], []), ["hedis_supplemental_20260403.tsv"], "redact")
    ps = [nextp() for _ in range(2)]
    txt = "Mbr ID,Pt Nm,D.O.B.,MRN,Ph#,Svc Dt\r\n" + "".join(f"=\"{p.mbr}\",\"{p.full}\",{p.dobs('us')},=\"{p.mrn}\",{p.phone('dash')},{p.ad('us')}\r\n" for p in ps)
    add(S, "PUT", f"{PAYB}/inbound/cfmg/gap_closure_20260403.csv", {**CSVH, **bearer()}, txt,
        sum([[[p.mbr, "member_id"], [p.full, "name"], [p.dobs("us"), "dob"], [p.mrn, "mrn"], [p.phone("dash"), "phone"], [p.ad("us"), "date"]] for p in ps], []),
        ["gap_closure_20260403.csv"], "redact")
    ps = [nextp() for _ in range(2)]   # allowed only
    txt = "MBI\tNAME\tDOB\tDOS\r\n" + "".join(f"{p.mbi}\t{p.last}, {p.first}\t{p.dobs('iso')}\t{p.ad('iso')}\r\n" for p in ps)
    add(S, "PUT", f"{PAYB}/inbound/cfmg/awv_attestation.tsv", {**TSVH, **bearer()}, txt,
        sum([[[p.mbi, "mbi"], [p.last, "name"], [p.first, "name"], [p.dobs("iso"), "dob"], [p.ad("iso"), "date"]] for p in ps], []), [], "pass")
    txt = "CPT\tDescription\tFee\tModifier\r\n99203\tNew pt office visit, low MDM\t168.00\t\r\n99395\tPreventive visit, 18-39\t231.00\t\r\n36415\tVenipuncture\t18.00\t\r\n"
    add(S, "PUT", f"{PAYB}/inbound/cfmg/fee_schedule_2026.tsv", {**TSVH, **bearer()}, txt, [], ["New pt office visit, low MDM", "231.00", "36415"], "pass")
    txt = f"Site,NPI,Address,Phone,Fax\r\nBend,{GROUP_NPI},\"{PRACTICE_ADDR}, {PRACTICE_CITY}\",{PRACTICE_PHONE},{PRACTICE_FAX}\r\nRedmond,{RDM_NPI},\"{RDM_ADDR}, Redmond, OR 97756\",{RDM_PHONE},\r\n"
    add(S, "PUT", f"{PAYB}/inbound/cfmg/practice_locations.csv", {**CSVH, **bearer()}, txt, [], [GROUP_NPI, RDM_NPI, PRACTICE_PHONE, RDM_ADDR], "pass")


# ============================================================================= 10. database errors to error trackers (block)
def db_errors():
    S = "db_errors"
    p = nextp()
    row = f"({p.pk}, {p.mrn}, {p.first}, {p.last}, null, {p.phone('dash')}, {p.email}, {p.zip}, 2026-04-03 13:40:11.2-07)"
    ev = {"event_id": hexs(32), "level": "error", "platform": "python", "exception": {"values": [{"type": "NotNullViolation",
          "value": f"null value in column \"birth_date\" of relation \"patients\" violates not-null constraint\nDETAIL:  Failing row contains {row}."}]}}
    add(S, "POST", f"{FAULT}/api/48213/store/", JSONH, J(ev), [[p.mrn, "mrn"], [p.first, "name"], [p.last, "name"], [p.phone("dash"), "phone"], [p.email, "email"], [p.zip, "zip"]],
        [], "block")
    p = nextp()
    ev = {"event_id": hexs(32), "level": "error", "message": "psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint \"patients_ssn_key\"\n"
          f"DETAIL:  Key (ssn)=({p.ssn}) already exists.", "tags": {"job": "nightly_merge"}}
    add(S, "POST", f"{FAULT}/api/48213/store/", JSONH, J(ev), [[p.ssn, "ssn"]], [], "block")
    p = nextp()
    ev = {"error": {"class": "ActiveRecord::RecordNotUnique", "message": f"Mysql2::Error: Duplicate entry '{p.email}' for key 'patients.index_patients_on_email'"},
          "context": {"sql": f"INSERT INTO `patients` (`first_name`,`last_name`,`dob`,`email`) VALUES ('{p.first}','{p.last}','{p.dobs('iso')}','{p.email}')"}}
    add(S, "POST", f"{CRASH}/v2/notices", {**JSONH, "X-Crashdesk-Key": alnum(32)}, J(ev),
        [[p.email, "email"], [p.first, "name"], [p.last, "name"], [p.dobs("iso"), "dob"]], [], "block")
    p = nextp()
    ev = {"error": {"class": "PG::CheckViolation", "message": "new row for relation \"coverage\" violates check constraint \"member_id_format\""},
          "context": {"detail": f"Failing row contains ({R.randint(10**4, 10**5)}, {p.mrn}, {p.payer}, {p.mbr}, {p.dobs('iso')}, t)."}}
    add(S, "POST", f"{CRASH}/v2/notices", {**JSONH, "X-Crashdesk-Key": alnum(32)}, J(ev), [[p.mrn, "mrn"], [p.mbr, "member_id"], [p.dobs("iso"), "dob"]], [], "block")
    ev = {"event_id": hexs(32), "level": "error", "message": "deadlock detected\nDETAIL:  Process 28811 waits for ShareLock on transaction 99182; blocked by process 28815.",
          "tags": {"job": "nightly_merge", "release": "emr-sync@3.4.1"}}
    add(S, "POST", f"{FAULT}/api/48213/store/", JSONH, J(ev), [], ["deadlock detected", "emr-sync@3.4.1"], "block_if_disallowed")
    p = nextp()
    ev = {"event_id": hexs(32), "level": "warning", "message": "COPY failed: extra data after last expected column",
          "extra": {"context": f"COPY patients, line 88: \"{p.mrn}\t{p.first}\t{p.last}\t{p.dobs('iso')}\t{p.ssn}\textra\"", "line": 88}}
    add(S, "POST", f"{FAULT}/api/48213/store/", JSONH, J(ev), [[p.mrn, "mrn"], [p.first, "name"], [p.last, "name"], [p.dobs("iso"), "dob"], [p.ssn, "ssn"]],
        [], "block_if_disallowed")
    p = nextp()   # same Failing-row detail to a redacting log sink (dbt Cloud run log)
    log = (f"06:31:10  Database Error in model stg_emr__coverage (models/staging/emr/stg_emr__coverage.sql)\n"
           f"06:31:10    null value in column \"payer_id\" violates not-null constraint\n"
           f"06:31:10    DETAIL:  Failing row contains ({p.mrn}, {p.full}, {p.dobs('iso')}, {p.mbr}, null, {p.street}).\n")
    add(S, "POST", f"{DBT}/api/v2/accounts/4411/runs/{digits(9)}/logs", {**TEXTH, **bearer()}, log,
        [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("iso"), "dob"], [p.mbr, "member_id"], [p.street, "address"]], ["stg_emr__coverage"], "redact")


# ============================================================================= 11. elders (age over 89 in a table column)
def elders():
    S = "age_column"
    p = ELDERS[0]
    res = {"resultSetMetaData": {"rowType": [{"name": "MRN"}, {"name": "AGE"}, {"name": "SEX"}, {"name": "ZIP3"}]}, "data": [[p.mrn, str(p.age()), p.sex, p.zip[:3]]]}
    add(S, "POST", f"{HEX}/v1/projects/falls-risk/datasets/upload", {**JSONH, **bearer()}, J(res), [[p.mrn, "mrn"], [str(p.age()), "age_over_89"]], ["rowType"], "redact")
    p = ELDERS[1]
    body = {"range": "Home visits!A1", "values": [["Name", "Age", "Phone", "Street"], [p.full, str(p.age()), p.phone("paren"), p.street]]}
    add(S, "POST", f"{SHEETS}/v4/spreadsheets/{alnum(44)}/values/Home%20visits!A1:append?valueInputOption=RAW", {**JSONH, **bearer()}, J(body),
        [[p.full, "name"], [str(p.age()), "age_over_89"], [p.phone("paren"), "phone"], [p.street, "address"]], ["Home visits"], "redact")


# ============================================================================= 12. unknown hosts
def unknown_hosts():
    S = "unknown"
    p = nextp()
    add(S, "POST", "http://ingest.quickcdc-trial.example/v1/events", JSONH, J({"after": {"mrn": p.mrn, "name": p.full, "dob": p.dobs("iso")}, "op": "c"}),
        [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("iso"), "dob"]], [], "deny")
    p = nextp()
    add(S, "POST", "http://api.sheetbridge-free.example/append", CSVH, f"Pt Nm,Ph#\n{p.full},{p.phone('dash')}\n", [[p.full, "name"], [p.phone("dash"), "phone"]], [], "deny")
    add(S, "GET", "http://cdn.bi-embed-widgets.example/v2/loader.js?theme=dark", {}, "", [], [], "deny")
    add(S, "POST", "http://metrics.query-telemetry.example/v1/q", JSONH, J({"statement": "SELECT count(*) FROM visits", "ms": 412}), [], [], "deny")
    p = nextp()
    add(S, "PUT", f"http://bucket.cheap-object-store.example/exports/patients_{p.mrn}.tsv", TSVH, f"mrn\tssn\n{p.mrn}\t{p.ssn}\n", [[p.mrn, "mrn"], [p.ssn, "ssn"]], [], "deny")
    add(S, "POST", "http://api.airbyte-cloud-lookalike.example/v1/jobs", JSONH, J({"connectionId": uuid(), "jobType": "sync"}), [], [], "deny")


# ============================================================================= 12. more tabular carriers
def more_tabular():
    S = "result_relays"
    p1, p2 = nextp(), nextp()
    res = {"kind": "bigquery#tableDataList", "totalRows": "2", "schema": {"fields": [{"name": "mrn", "type": "STRING"}, {"name": "patient", "type": "STRING"},
           {"name": "dob", "type": "DATE"}, {"name": "mobile", "type": "STRING"}, {"name": "next_appt", "type": "TIMESTAMP"}]},
           "rows": [{"f": [{"v": p.mrn}, {"v": p.full}, {"v": p.dobs("iso")}, {"v": p.phone("e164")}, {"v": p.at("bqts")}]} for p in (p1, p2)]}
    add(S, "POST", f"{HEX}/v1/projects/outreach/datasets/upload", {**JSONH, **bearer()}, J(res),
        sum([[[p.mrn, "mrn"], [p.full, "name"], [p.dobs("iso"), "dob"], [p.phone("e164"), "phone"], [p.at("bqts"), "date"]] for p in (p1, p2)], []),
        ["bigquery#tableDataList"], "redact")
    res = {"kind": "bigquery#tableDataList", "totalRows": "3", "schema": {"fields": [{"name": "site", "type": "STRING"}, {"name": "flu_shots", "type": "INTEGER"},
           {"name": "pct_of_panel", "type": "FLOAT"}]}, "rows": [{"f": [{"v": "Bend"}, {"v": "3914"}, {"v": "0.311"}]}, {"f": [{"v": "Redmond"}, {"v": "1870"}, {"v": "0.284"}]}]}
    add(S, "POST", f"{HEX}/v1/projects/flu-campaign/datasets/upload", {**JSONH, **bearer()}, J(res), [], ["flu_shots", "3914", "0.284"], "pass")
    p1, p2 = nextp(), nextp()
    res = {"Tables": [{"TableName": "PrimaryResult", "Columns": [{"ColumnName": "PatientMrn", "DataType": "String"}, {"ColumnName": "ClientIP", "DataType": "String"},
           {"ColumnName": "UserEmail", "DataType": "String"}, {"ColumnName": "Action", "DataType": "String"}],
           "Rows": [[p.mrn, p.ip, p.email, "DownloadVisitSummary"] for p in (p1, p2)]}]}
    add(S, "POST", f"{HEX}/v1/projects/portal-audit/datasets/upload", {**JSONH, **bearer()}, J(res),
        sum([[[p.mrn, "mrn"], [p.ip, "ip_address"], [p.email, "email"]] for p in (p1, p2)], []), ["DownloadVisitSummary", "PrimaryResult"], "redact")
    res = {"tables": [{"name": "PrimaryResult", "columns": [{"name": "bin_TimeGenerated", "type": "datetime"}, {"name": "ResultCode", "type": "string"},
           {"name": "count_", "type": "long"}], "rows": [["2026-04-03T12:00:00Z", "200", 18211], ["2026-04-03T12:00:00Z", "502", 14]]}]}
    add(S, "POST", f"{HEX}/v1/projects/api-health/datasets/upload", {**JSONH, **bearer()}, J(res), [], ["bin_TimeGenerated", "18211"], "pass")
    p1, p2, p3 = nextp(), nextp(), nextp()
    split = {"columns": ["mrn", "name", "dob", "ssn", "zip"], "index": [0, 1, 2], "data": [[p.mrn, p.full, p.dobs("iso"), p.ssn, p.zip] for p in (p1, p2, p3)]}
    add(S, "POST", f"{HEX}/v1/dataframes?orient=split", {**JSONH, **bearer()}, J(split, compact=True),
        sum([[[p.mrn, "mrn"], [p.full, "name"], [p.dobs("iso"), "dob"], [p.ssn, "ssn"], [p.zip, "zip"]] for p in (p1, p2, p3)], []), ["orient=split"], "redact")
    p1, p2 = nextp(), nextp()
    cols = {"mrn": {"0": p1.mrn, "1": p2.mrn}, "first": {"0": p1.first, "1": p2.first}, "last": {"0": p1.last, "1": p2.last},
            "phone": {"0": p1.phone("dot"), "1": p2.phone("dot")}, "dx": {"0": p1.dx(), "1": p2.dx()}}
    add(S, "POST", f"{HEX}/v1/dataframes?orient=columns", {**JSONH, **bearer()}, J(cols),
        sum([NM(p) + [[p.mrn, "mrn"], [p.phone("dot"), "phone"], [p.dx(), "condition"]] for p in (p1, p2)], []), ["orient=columns"], "redact")
    tbl = {"schema": {"fields": [{"name": "index", "type": "integer"}, {"name": "age_band", "type": "string"}, {"name": "patients", "type": "integer"}],
           "primaryKey": ["index"], "pandas_version": "1.4.0"}, "data": [{"index": 0, "age_band": "0-17", "patients": 9120}, {"index": 1, "age_band": "18-64", "patients": 27410},
                                                                       {"index": 2, "age_band": "65+", "patients": 11681}]}
    add(S, "POST", f"{HEX}/v1/dataframes?orient=table", {**JSONH, **bearer()}, J(tbl), [], ["age_band", "27410", "pandas_version"], "pass")
    p1, p2 = nextp(), nextp()
    while abs(int(p1.dobs("days"))) < 1000 or abs(int(p2.dobs("days"))) < 1000 or p1 is p2:   # R Date numbers: keep them distinctive
        p1, p2 = p2, nextp()
    dput = (f"structure(list(mrn = c(\"{p1.mrn}\", \"{p2.mrn}\"), pt_name = c(\"{p1.full}\", \"{p2.full}\"), dob = structure(c({p1.dobs('days')}, {p2.dobs('days')}), class = \"Date\"), "
            f"email = c(\"{p1.email}\", \"{p2.email}\")), row.names = c(NA, -2L), class = \"data.frame\")")
    body = {"title": "reprex: merge drops rows", "body": f"```r\ndf <- {dput}\n```"}
    add(S, "POST", f"{ISSUES}/repos/cfmg/r-analytics/issues", {**JSONH, **bearer()}, J(body),
        sum([[[p.mrn, "mrn"], [p.full, "name"], [p.dobs("days"), "dob"], [p.email, "email"]] for p in (p1, p2)], []), ["reprex: merge drops rows"], "redact")
    dput = "structure(list(site = c(\"Bend\", \"Redmond\"), visits = c(4188L, 2322L), no_show = c(0.071, 0.064)), row.names = c(NA, -2L), class = \"data.frame\")"
    add(S, "POST", f"{ISSUES}/repos/cfmg/r-analytics/issues", {**JSONH, **bearer()}, J({"title": "reprex: no_show rounding", "body": f"```r\ndf <- {dput}\n```"}), [],
        ["reprex: no_show rounding", "4188L"], "pass")
    p1, p2 = nextp(), nextp()
    druid = [["mrn", "patient", "cell", "__time"]] + [[p.mrn, p.full, p.phone("tight"), p.at("z")] for p in (p1, p2)]
    add(S, "POST", f"{HEX}/v1/projects/reminders/datasets/upload?format=arrayLines&header=true", {**NDH, **bearer()}, ND(druid),
        sum([[[p.mrn, "mrn"], [p.full, "name"], [p.phone("tight"), "phone"], [p.at("z"), "date"]] for p in (p1, p2)], []), ["arrayLines"], "redact")
    p1, p2 = nextp(), nextp()
    rd = {"event": "alert_triggered", "alert": {"name": "Uncontacted abnormal labs", "state": "triggered"}, "query_result": {"data": {
          "columns": [{"name": "mrn", "type": "string"}, {"name": "patient", "type": "string"}, {"name": "result", "type": "string"}, {"name": "home_phone", "type": "string"}],
          "rows": [{"mrn": p.mrn, "patient": p.full, "result": "HCV RNA detected", "home_phone": p.phone("paren")} for p in (p1, p2)]}}}
    add(S, "POST", f"{CHAT}/services/T01/B0C/{alnum(24)}", JSONH, J(rd),
        sum([[[p.mrn, "mrn"], [p.full, "name"], [p.phone("paren"), "phone"]] for p in (p1, p2)], []) + [["HCV RNA detected", "condition"]],
        ["Uncontacted abnormal labs"], "redact")

    S = "cli_outputs"
    p1, p2 = nextp(), nextp()
    body = {"text": "psql -A output from the on-call:\n```\nmrn|first_name|last_name|dob|email\n" +
            "".join(f"{p.mrn}|{p.first}|{p.last}|{p.dobs('iso')}|{p.email}\n" for p in (p1, p2)) + "(2 rows)\n```"}
    add(S, "POST", f"{CHAT}/services/T01/B0D/{alnum(24)}", JSONH, J(body),
        sum([NM(p) + [[p.mrn, "mrn"], [p.dobs("iso"), "dob"], [p.email, "email"]] for p in (p1, p2)], []), ["psql -A output from the on-call"], "redact")
    p = nextp()
    html = (f"<table border=\"1\">\n  <tr>\n    <th align=\"center\">mrn</th>\n    <th align=\"center\">name</th>\n    <th align=\"center\">dob</th>\n    <th align=\"center\">ssn</th>\n  </tr>\n"
            f"  <tr valign=\"top\">\n    <td align=\"left\">{p.mrn}</td>\n    <td align=\"left\">{p.full}</td>\n    <td align=\"left\">{p.dobs('iso')}</td>\n    <td align=\"left\">{p.ssn}</td>\n  </tr>\n</table>\n<p>(1 row)<br />\n</p>")
    add(S, "POST", f"{DESK}/api/v2/tickets", {**JSONH, **bearer()}, J({"ticket": {"subject": "psql -H export", "comment": {"html_body": html}}}),
        [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("iso"), "dob"], [p.ssn, "ssn"]], ["psql -H export"], "redact")
    p = nextp()
    xml = ("<?xml version=\"1.0\"?>\n<resultset statement=\"SELECT * FROM billing_patients WHERE pat_id=" + str(p.pk) + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n  <row>\n"
           f"\t<field name=\"pat_id\">{p.pk}</field>\n\t<field name=\"fname\">{p.first}</field>\n\t<field name=\"lname\">{p.last}</field>\n"
           f"\t<field name=\"dob\">{p.dobs('iso')}</field>\n\t<field name=\"home_ph\">{p.phone('dash')}</field>\n\t<field name=\"card_last\" xsi:nil=\"true\" />\n"
           f"\t<field name=\"pan\">{p.card}</field>\n  </row>\n</resultset>\n")
    add(S, "POST", f"{DESK}/api/v2/uploads?filename=row.xml", {"Content-Type": "application/xml", **bearer()}, xml,
        NM(p) + [[p.dobs("iso"), "dob"], [p.phone("dash"), "phone"], [p.card, "card_number"]], ["billing_patients"], "redact")
    p = nextp()
    txt = f"sqlite> .mode line\nsqlite> select * from offline_queue where id = 3;\n        id = 3\n       mrn = {p.mrn}\n   pt_name = {p.full}\n       dob = {p.dobs('us')}\n     phone = {p.phone('spc')}\n    reason = {p.dx()}\n"
    add(S, "POST", f"{ISSUES}/repos/cfmg/kiosk-app/issues/88/comments", {**JSONH, **bearer()}, J({"body": txt}),
        [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("us"), "dob"], [p.phone("spc"), "phone"], [p.dx(), "condition"]], ["offline_queue"], "redact")
    p1, p2 = nextp(), nextp()
    w = [10, max(len(p1.full), len(p2.full), 7), 10, 14]
    bar = lambda l, m, r: l + m.join("─" * (x + 2) for x in w) + r
    row = lambda vals: "│" + "│".join(f" {str(v):<{w[i]}} " for i, v in enumerate(vals)) + "│"
    box = "\n".join([bar("┌", "┬", "┐"), row(["mrn", "patient", "dob", "phone"]), row(["varchar", "varchar", "date", "varchar"]), bar("├", "┼", "┤")] +
                    [row([p.mrn, p.full, p.dobs("iso"), p.phone("paren")]) for p in (p1, p2)] + [bar("└", "┴", "┘")])
    add(S, "POST", f"{ISSUES}/repos/cfmg/duckdb-scratch/issues", {**JSONH, **bearer()}, J({"title": "parquet export check", "body": f"```\nD select * from 'export.parquet' limit 2;\n{box}\n```"}),
        sum([[[p.mrn, "mrn"], [p.full, "name"], [p.dobs("iso"), "dob"], [p.phone("paren"), "phone"]] for p in (p1, p2)], []), ["parquet export check"], "redact")
    w = [8, 6, 8]
    box = "\n".join([bar("┌", "┬", "┐"), row(["site", "visits", "no_show"]), bar("├", "┼", "┤"), row(["Bend", 4188, 0.071]), row(["Redmond", 2322, 0.064]), bar("└", "┴", "┘")])
    add(S, "POST", f"{ISSUES}/repos/cfmg/duckdb-scratch/issues", {**JSONH, **bearer()}, J({"title": "weekly rollup", "body": f"```\n{box}\n```"}), [], ["weekly rollup", "2322"], "pass")
    p1, p2 = nextp(), nextp()
    sas = ("                                  The SAS System          09:14 Friday, April 3, 2026   1\n\n"
           " Obs    MRN         PT_NAME                 DOB           MBI           DX\n\n" +
           "".join(f"  {i}     {p.mrn}    {p.full:<22}  {p.dobs('dmon').upper().replace(' ', '')}    {p.mbi}   {p.icd()}\n" for i, p in enumerate((p1, p2), 1)))
    add(S, "POST", f"{ISSUES}/repos/cfmg/sas-migration/issues", {**JSONH, **bearer()}, J({"title": "PROC PRINT vs warehouse mismatch", "body": sas}),
        sum([[[p.mrn, "mrn"], [p.full, "name"], [p.dobs("dmon").upper().replace(" ", ""), "dob"], [p.mbi, "mbi"], [p.icd(), "icd10"]] for p in (p1, p2)], []),
        ["PROC PRINT vs warehouse mismatch"], "redact")
    p = nextp()
    plan = ("Index Scan using ix_patients_name_dob on patients  (cost=0.42..8.45 rows=1 width=212) (actual time=0.031..0.032 rows=1 loops=1)\n"
            f"  Index Cond: ((last_name = '{p.last}'::text) AND (birth_date = '{p.dobs('iso')}'::date))\n"
            f"  Filter: (lower(email) = '{p.email}'::text)\nPlanning Time: 0.188 ms\nExecution Time: 0.061 ms\n")
    add(S, "POST", f"{ISSUES}/repos/cfmg/emr-sync/issues/402/comments", {**JSONH, **bearer()}, J({"body": f"EXPLAIN ANALYZE:\n```\n{plan}```"}),
        [[p.last, "name"], [p.dobs("iso"), "dob"], [p.email, "email"]], ["ix_patients_name_dob", "Execution Time: 0.061 ms"], "redact")
    tbl = psql(["calls", "mean_ms", "query"], [[48211, "1.92", "SELECT * FROM patients WHERE last_name = $1 AND birth_date = $2"],
                                               [9120, "14.10", "UPDATE patients SET phone = $1 WHERE mrn = $2"]])
    add(S, "POST", f"{ISSUES}/repos/cfmg/emr-sync/issues/402/comments", {**JSONH, **bearer()}, J({"body": f"pg_stat_statements top 2:\n```\n{tbl}```"}), [],
        ["pg_stat_statements top 2", "UPDATE patients SET phone = $1 WHERE mrn = $2"], "pass")
    p = nextp()
    slow = (f"# Time: 2026-04-03T13:55:02.118274Z\n# User@Host: billing_app[billing_app] @  [10.42.7.19]  Id: 88121\n"
            f"# Query_time: 2.418822  Lock_time: 0.000112 Rows_sent: 1  Rows_examined: 48211\nSET timestamp=1775224502;\n"
            f"SELECT * FROM billing_patients WHERE ssn = '{p.ssn}' OR (lname = '{p.last}' AND dob = '{p.dobs('iso')}');\n")
    add(S, "POST", f"{ISSUES}/repos/cfmg/billing/issues", {**JSONH, **bearer()}, J({"title": "slow lookup by ssn", "body": f"```\n{slow}```"}),
        [[p.ssn, "ssn"], [p.last, "name"], [p.dobs("iso"), "dob"]], ["Rows_examined: 48211", "slow lookup by ssn"], "redact")
    tbl = ('                    Table "public.patients"\n   Column    |  Type   | Collation | Nullable | Default\n-------------+---------+-----------+----------+---------\n'
           " mrn         | text    |           | not null |\n first_name  | text    |           |          |\n birth_date  | date    |           | not null |\n"
           ' ssn         | text    |           |          |\nIndexes:\n    "patients_pkey" PRIMARY KEY, btree (mrn)\n    "patients_ssn_key" UNIQUE CONSTRAINT, btree (ssn)\n')
    add(S, "POST", f"{ISSUES}/repos/cfmg/emr-sync/issues/402/comments", {**JSONH, **bearer()}, J({"body": f"```\nemr=> \\d patients\n{tbl}```"}), [],
        ["patients_ssn_key", "UNIQUE CONSTRAINT"], "pass")

    S = "orchestration"
    p1, p2 = nextp(), nextp()
    tup = "[" + ", ".join(f"('{p.mrn}', '{p.full}', datetime.date({p.dob.year}, {p.dob.month}, {p.dob.day}), '{p.phone('dash')}', '{p.ssn}')" for p in (p1, p2)) + "]"
    body = {"key": "return_value", "value": tup, "map_index": -1}
    add(S, "POST", f"{AIRFLOW}/api/v1/dags/emr_outreach/dagRuns/manual__2026-04-03T06:00:00+00:00/taskInstances/extract_patients/xcomEntries", {**JSONH, **bearer()}, J(body),
        sum([[[p.mrn, "mrn"], [p.full, "name"], [f"datetime.date({p.dob.year}, {p.dob.month}, {p.dob.day})", "dob"], [p.phone("dash"), "phone"], [p.ssn, "ssn"]] for p in (p1, p2)], []),
        ["return_value"], "redact")
    body = {"dag_run_id": "manual__2026-04-03T07:00:00+00:00", "conf": {"start": "2026-03-01", "end": "2026-03-31", "sites": ["Bend", "Redmond"], "full_refresh": False}}
    add(S, "POST", f"{AIRFLOW}/api/v1/dags/monthly_kpis/dagRuns", {**JSONH, **bearer()}, J(body), [], ["monthly_kpis", "full_refresh"], "pass")
    conn = {"syncCatalog": {"streams": [{"stream": {"name": "patients"}, "config": {"syncMode": "incremental", "selected": True, "fieldSelectionEnabled": True,
            "selectedFields": [{"fieldPath": ["mrn"]}, {"fieldPath": ["birth_date"]}, {"fieldPath": ["postal_code"]}]}}]}, "status": "active", "schedule": {"scheduleType": "cron",
            "cronExpression": "0 0 6 * * ?"}}
    add(S, "PATCH", f"{AIRB}/v1/connections/{uuid()}", {**JSONH, **bearer()}, J(conn), [], ["fieldSelectionEnabled", "0 0 6 * * ?"], "pass")
    sink = {"connector.class": "io.confluent.connect.jdbc.JdbcSinkConnector", "topics": "cfmg.public.patients", "connection.url": "jdbc:postgresql://warehouse-proxy:5432/lds",
            "insert.mode": "upsert", "pk.mode": "record_key", "pk.fields": "mrn", "fields.whitelist": "mrn,birth_date,postal_code,updated_at",
            "transforms": "dropPii", "transforms.dropPii.type": "org.apache.kafka.connect.transforms.ReplaceField$Value",
            "transforms.dropPii.exclude": "first_name,last_name,phone,email,ssn"}
    add(S, "PUT", f"{KCONN}/connectors/lds-jdbc-sink/config", JSONH, J(sink, indent=2), [], ["transforms.dropPii.exclude", "JdbcSinkConnector"], "pass")

    S = "warehouse_errors"   # error trackers echo the offending value
    p = nextp()
    ev = {"event_id": hexs(32), "level": "error", "logger": "snowflake.connector", "exception": {"values": [{"type": "ProgrammingError",
          "value": f"100038 (22018): Numeric value '{p.phone('dash')}' is not recognized"}]}, "extra": {"statement": "INSERT INTO RAW.PATIENT_STAGE (MRN, PHONE_NUM) VALUES (?, ?)"}}
    add(S, "POST", f"{FAULT}/api/48213/store/", JSONH, J(ev), [[p.phone("dash"), "phone"]], [], "block")
    p = nextp()
    ev = {"error": {"class": "google.api_core.exceptions.BadRequest", "message": f"400 Error while reading data, error message: Could not parse '{p.dobs('us')}' as DATE for field "
          f"dob (position 2) starting at location 1182 with message 'Unable to parse'; row: [\"{p.mrn}\", \"{p.full}\", \"{p.dobs('us')}\"]"}}
    add(S, "POST", f"{CRASH}/v2/notices", {**JSONH, "X-Crashdesk-Key": alnum(32)}, J(ev), [[p.dobs("us"), "dob"], [p.mrn, "mrn"], [p.full, "name"]], [], "block")
    ev = {"error": {"class": "databricks.sql.exc.ServerOperationError", "message": "[UNRESOLVED_COLUMN.WITH_SUGGESTION] A column with name `birth_dt` cannot be resolved. "
          "Did you mean one of the following? [`birth_date`, `mrn`, `ssn_hash`]"}}
    add(S, "POST", f"{CRASH}/v2/notices", {**JSONH, "X-Crashdesk-Key": alnum(32)}, J(ev), [], ["UNRESOLVED_COLUMN.WITH_SUGGESTION", "ssn_hash"], "block_if_disallowed")
    p = nextp()
    body = {"requests": [{"pasteData": {"coordinate": {"sheetId": 0, "rowIndex": 1, "columnIndex": 0}, "type": "PASTE_NORMAL", "delimiter": ",",
            "data": f"Pt Nm,D.O.B.,Ph#,Ins\n{p.full},{p.dobs('usn')},{p.phone('dash')},{p.mbr}\n"}}]}
    add("sheets", "POST", f"{SHEETS}/v4/spreadsheets/{alnum(44)}:batchUpdate", {**JSONH, **bearer()}, J(body),
        [[p.full, "name"], [p.dobs("usn"), "dob"], [p.phone("dash"), "phone"], [p.mbr, "member_id"]], ["PASTE_NORMAL"], "redact")
    p = nextp()
    add("unknown", "POST", "http://hooks.free-bi-alerts.example/t/" + alnum(12), JSONH, J({"cols": ["mrn", "name"], "rows": [[p.mrn, p.full]]}),
        [[p.mrn, "mrn"], [p.full, "name"]], [], "deny")
    add("unknown", "GET", "http://tiles.map-heat-demo.example/v1/zip3?q=977&metric=visits", {}, "", [], [], "deny")


SCENARIOS = [cdc, elt, warehouses, bi, spreadsheets, text_tables, sql_apis, dbt_and_dq, uploads, db_errors, elders, more_tabular, unknown_hosts]


def policy():
    return {"destinations": [
        {"name": "dr-replica", "hosts": ["replica.ridgeline-dr.example"], "allow": ["all"], "on_violation": "block"},
        {"name": "cdc-analytics", "hosts": ["ingest.clickstream-cdc.example", "*.streamhub-connect.example"], "allow": [], "on_violation": "redact"},
        {"name": "elt", "hosts": ["api.pipewright-elt.example", "webhooks.fivestream-etl.example", "import.stitchline.example"], "allow": ["mrn", "date"],
         "on_violation": "redact"},
        {"name": "warehouse-lds", "hosts": ["bq.tallgrass-warehouse.example", "sql.snowpeak-data.example", "dbx.lakeforge-sql.example"],
         "allow": ["mrn", "dob", "date", "zip", "icd10", "condition"], "on_violation": "redact"},
        {"name": "bi", "hosts": ["cascade.metabase-hosted.example", "app.redashly.example", "superset.vizcloud.example"], "allow": ["mrn"], "on_violation": "redact"},
        {"name": "sheets", "hosts": ["sheets.gridapi.example"], "allow": [], "on_violation": "redact"},
        {"name": "smartsheet", "hosts": ["api.tabletask.example"], "allow": ["name", "phone", "date"], "on_violation": "redact"},
        {"name": "issue-trackers", "hosts": ["api.trackly-issues.example", "deskwise.example"], "allow": [], "on_violation": "redact"},
        {"name": "notebooks", "hosts": ["api.hexnote.example"], "allow": [], "on_violation": "redact"},
        {"name": "sql-api", "hosts": ["*.tursoid-edge.example", "api.d1-sql.example", "*.neonish-sql.example"],
         "allow": ["name", "dob", "mrn", "date", "phone", "email", "address", "zip", "member_id"], "on_violation": "redact"},
        {"name": "orchestration", "hosts": ["cloud.dbt-runs.example", "*.astrohosted-airflow.example"], "allow": [], "on_violation": "redact"},
        {"name": "dq-alerts", "hosts": ["hooks.chatrelay.example", "api.soda-checks.example"], "allow": [], "on_violation": "redact"},
        {"name": "data-observability", "hosts": ["alerts.lineage-monitor.example"], "allow": [], "on_violation": "block"},
        {"name": "postcards", "hosts": ["upload.postcardly.example"], "allow": ["name", "address", "zip"], "on_violation": "redact"},
        {"name": "payer-files", "hosts": ["files.payerbridge.example"], "allow": ["name", "dob", "member_id", "mbi", "date", "zip", "address"], "on_violation": "redact"},
        {"name": "error-trackers", "hosts": ["*.ingest.faultline.example", "api.crashdesk.example"], "allow": [], "on_violation": "block"}],
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
            if k == "age_over_89" and len(re.findall(r"(?<![A-Za-z0-9.])" + re.escape(v) + r"(?![A-Za-z0-9])", c.get("body", ""))) != 1:
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
