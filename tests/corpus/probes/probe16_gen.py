#!/usr/bin/env python3
"""probe16: outbound traffic of a small practice (Cedar Hollow Family Health, Tacoma WA) in request
formats none of the earlier probes (12-15) or the seed corpus were written against:
application log lines of web frameworks shipped to log vendors (Rails, Django, Spring Boot / Lombok
toString, Express / morgan / util.inspect, ASP.NET Core console and Serilog CLEF), nginx / Apache
access logs (query strings and referers), Windows event XML via Splunk HEC raw, journald JSON export,
GELF, fluentd in_http (json= form field), RFC 3164 syslog, Firebase Analytics (GA4 Measurement
Protocol for apps), Crashlytics-style custom keys and breadcrumbs, AppsFlyer / Adjust / Branch
attribution posts, OneSignal / Expo push registration, speaker-labelled transcripts, OCR'd fax
text (ALL CAPS, labels on one line and values on the next), prior-authorization multipart posts,
patient portal URLs (ids in paths and fragments) inside analytics hits, CSV / TSV exports with
unusual headers, pipe-delimited flat files, Spanish / Portuguese / French patient messages,
plain-text e-mail with quoted replies and signatures, CRM JSON with nested contact arrays,
look-alike and unknown hosts.

Format of the output: see /work/shared/eval/gen_example.py (policy.json, cases.jsonl, roster.csv).
Usage: probe16_gen.py OUT_DIR   (deterministic: seed 160016, gzip mtime=0)"""
import base64, gzip, hashlib, json, os, random, sys, unicodedata
from datetime import date, datetime, timedelta
from urllib.parse import quote

R = random.Random(160016)
SITE = "cedarhollowfh.org"
PORTAL = "my.cedarhollowfh.org"
PRACTICE = "Cedar Hollow Family Health"
PRACTICE_ADDR = "2210 S Union Ave Suite 300"
PRACTICE_CITYLINE = "Tacoma, WA 98405"
PRACTICE_PHONE = "(253) 472-0190"
PRACTICE_PHONE_DOT = "253.472.0190"
PRACTICE_FAX = "(253) 472-0191"
PROVIDERS = [("Alan", "Reyes", "MD"), ("Jane", "Park", "NP"), ("Helen", "Obi", "DO"), ("Marcus", "Lindqvist", "PA-C")]

# ----------------------------------------------------------------------------- people
NAMES = [  # (first, last); some outside the 1990 Census lists, some that are also English words
    ("Lorraine", "Abernathy"), ("Tevita", "Fifita"), ("Marisol", "Quintanilla"), ("Dwayne", "Tuttle"),
    ("Joana", "Figueiredo"), ("Benoît", "Lacroix"), ("Kimberly", "Sandoval"), ("Oksana", "Hrytsenko"),
    ("Reginald", "Pettiford"), ("Thi Hoa", "Nguyen"), ("Gustavo", "Arruda"), ("Sione", "Taufa"),
    ("Nadia", "Boucher"), ("Earl", "Winslow"), ("Rosa María", "Echeverría"), ("Jamal", "Whitfield"),
    ("Ingrid", "Haugland"), ("Luz", "Barrientos"), ("Colton", "Reddick"), ("Amélie", "Gagnon"),
    ("Deshawn", "Merriweather"), ("Faith", "Holloway"), ("Kalani", "Akana"), ("Wendell", "Spurlock"),
    ("Yuki", "Tanabe"), ("Brandy", "Kowalczyk"), ("Ahmad", "Noorzai"), ("Shirley", "Gatlin"),
    ("Thiago", "Mendonça"), ("June", "Castellanos"), ("Hollis", "Prater"), ("Leilani", "Fonoti"),
    ("Hope", "Summers"), ("Grant", "Mercer"), ("Iolanda", "Carvalho"), ("Mathieu", "Tremblay"),
    ("Precious", "Okonkwo"), ("Dolores", "Rincón"), ("Sunny", "Bishop"), ("Rusty", "Shields"),
]
ES = ["Marisol", "Luz", "Rosa María", "Dolores", "Kimberly"]
PT = ["Joana", "Gustavo", "Thiago", "Iolanda"]
FR = ["Benoît", "Nadia", "Amélie", "Mathieu"]
AREAS = [253, 253, 253, 206, 360, 425]
STREETS = ["S Alder St", "N Proctor St", "6th Ave", "Pacific Ave S", "Bridgeport Way W", "Steilacoom Blvd SW", "E Pioneer",
           "Meridian Ave E", "Canyon Rd E", "Olympic Dr NW", "Kimball Dr", "20th St E", "S 320th St", "112th St E", "Mountain Hwy E",
           "Military Rd S", "Chambers Creek Rd W", "Orchard St W"]
CITIES = [("Lakewood", ["98499", "98498"]), ("Puyallup", ["98371", "98374"]), ("Gig Harbor", ["98335", "98332"]), ("Fife", ["98424"]),
          ("University Place", ["98466", "98467"]), ("Federal Way", ["98003", "98023"]), ("Spanaway", ["98387"]), ("Sumner", ["98390"]),
          ("Steilacoom", ["98388"]), ("Graham", ["98338"])]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "hotmail.com", "msn.com", "proton.me"]
CONDS = [  # icd10 (dotted), diagnosis text, a medication that implies it
    ("F11.20", "opioid use disorder", "buprenorphine-naloxone"), ("B20", "HIV", "Biktarvy"), ("F32.A", "depression", "sertraline"),
    ("F10.20", "alcohol use disorder", "naltrexone"), ("F43.10", "PTSD", "prazosin"), ("B18.2", "hepatitis C", "Epclusa"),
    ("F31.9", "bipolar disorder", "lamotrigine"), ("A54.9", "gonorrhea", "ceftriaxone"), ("Z32.01", "positive pregnancy test", "prenatal vitamins"),
    ("C50.911", "breast cancer", "tamoxifen"), ("F20.9", "schizophrenia", "Abilify Maintena"), ("F50.00", "anorexia nervosa", "olanzapine"),
    ("Z79.899", "PrEP", "Truvada"), ("E66.01", "morbid obesity", "Wegovy"), ("G30.9", "Alzheimer's disease", "donepezil"),
    ("F41.1", "generalized anxiety disorder", "buspirone"), ("N97.9", "infertility", "letrozole"), ("K50.90", "Crohn's disease", "Humira"),
]
CONDS_L = {  # localized diagnosis terms for patient messages
    "es": {"F11.20": "trastorno por consumo de opioides", "B20": "VIH", "F32.A": "depresión", "F10.20": "alcoholismo", "F43.10": "estrés postraumático",
           "B18.2": "hepatitis C", "F31.9": "trastorno bipolar", "A54.9": "gonorrea", "Z32.01": "embarazo", "C50.911": "cáncer de mama",
           "F20.9": "esquizofrenia", "F50.00": "anorexia", "Z79.899": "PrEP", "E66.01": "obesidad mórbida", "G30.9": "alzhéimer",
           "F41.1": "ansiedad", "N97.9": "infertilidad", "K50.90": "enfermedad de Crohn"},
    "pt": {"F11.20": "dependência de opioides", "B20": "HIV", "F32.A": "depressão", "F10.20": "alcoolismo", "F43.10": "estresse pós-traumático",
           "B18.2": "hepatite C", "F31.9": "transtorno bipolar", "A54.9": "gonorreia", "Z32.01": "gravidez", "C50.911": "câncer de mama",
           "F20.9": "esquizofrenia", "F50.00": "anorexia", "Z79.899": "PrEP", "E66.01": "obesidade mórbida", "G30.9": "Alzheimer",
           "F41.1": "ansiedade", "N97.9": "infertilidade", "K50.90": "doença de Crohn"},
    "fr": {"F11.20": "dépendance aux opioïdes", "B20": "VIH", "F32.A": "dépression", "F10.20": "alcoolisme", "F43.10": "stress post-traumatique",
           "B18.2": "hépatite C", "F31.9": "trouble bipolaire", "A54.9": "gonorrhée", "Z32.01": "grossesse", "C50.911": "cancer du sein",
           "F20.9": "schizophrénie", "F50.00": "anorexie", "Z79.899": "PrEP", "E66.01": "obésité morbide", "G30.9": "maladie d'Alzheimer",
           "F41.1": "anxiété", "N97.9": "infertilité", "K50.90": "maladie de Crohn"},
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
MESES_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FOLD = {"ø": "o", "æ": "ae", "ł": "l"}


def ascii_fold(s):
    s = "".join(FOLD.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def luhn_check_digit(partial):
    tot = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def npi():
    base = str(R.randint(1, 2)) + "".join(str(R.randint(0, 9)) for _ in range(8))
    return base + luhn_check_digit("80840" + base)


PROV_NPI = {p[1]: npi() for p in PROVIDERS}


def prov(i=None, style="dr"):
    f, l, cred = PROVIDERS[R.randrange(4) if i is None else i % 4]
    dr = cred in ("MD", "DO")
    return {"dr": (f"Dr. {f} {l}" if dr else f"{f} {l}, {cred}"), "short": (f"Dr. {l}" if dr else f"{f} {l}, {cred}"),
            "full": f"{f} {l}, {cred}", "last": l}[style]


def ssn(style=None):
    a = R.randint(1, 899)
    while a == 666: a = R.randint(1, 899)
    g, s = R.randint(1, 99), R.randint(1, 9999)
    style = style or R.choice(["dash", "dash", "plain", "space"])
    return {"dash": f"{a:03d}-{g:02d}-{s:04d}", "plain": f"{a:03d}{g:02d}{s:04d}", "space": f"{a:03d} {g:02d} {s:04d}"}[style]


def mbi_raw():
    L = "ACDEFGHJKMNPQRTUVWXY"; A = L + "0123456789"
    return "".join([str(R.randint(1, 9)), R.choice(L), R.choice(A), str(R.randint(0, 9)), R.choice(L), R.choice(A),
                    str(R.randint(0, 9)), R.choice(L), R.choice(L), str(R.randint(0, 9)), str(R.randint(0, 9))])


def member_id():
    k = R.randint(0, 5)
    if k == 0: return ("Premera Blue Cross", "XHU" + str(R.randint(10**8, 10**9 - 1)))
    if k == 1: return ("Regence BlueShield", "ZHR" + str(R.randint(10**7, 10**8 - 1)) + "01")
    if k == 2: return ("Apple Health", str(R.randint(10**8, 10**9 - 1)) + "WA")
    if k == 3: return ("Molina Healthcare", "1000" + str(R.randint(10**6, 10**7 - 1)))
    if k == 4: return ("Kaiser Permanente WA", "KPWA" + str(R.randint(10**7, 10**8 - 1)))
    return ("Aetna", "W" + str(R.randint(10**8, 10**9 - 1)))


def mrn():
    n = R.randint(10**5, 10**6 - 1)
    return R.choice([f"CH-00{n}", f"MRN{R.randint(10**7, 10**8 - 1)}", f"CHFH{n}", f"E{R.randint(10**6, 10**7 - 1)}", f"00{n}", f"CH{n}-7"])


def uuid():
    h = "%032x" % R.getrandbits(128)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def digits(n):
    return str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(d, style):
    m, dd, y = d.month, d.day, d.year
    return {"iso": f"{y}-{m:02d}-{dd:02d}", "us": f"{m:02d}/{dd:02d}/{y}", "usn": f"{m}/{dd}/{y}", "us2": f"{m:02d}/{dd:02d}/{y % 100:02d}",
            "long": f"{MONTHS[m - 1]} {dd}, {y}", "ordinal": f"{MONTHS[m - 1]} {ordinal(dd)}, {y}", "dmy2": f"{dd}-{MONTHS[m - 1][:3]}-{y % 100:02d}",
            "isoz": f"{y}-{m:02d}-{dd:02d}T00:00:00Z", "compact": f"{y}{m:02d}{dd:02d}", "mdy8": f"{m:02d}{dd:02d}{y}",
            "usdash": f"{m:02d}-{dd:02d}-{y}", "eu": f"{dd:02d}.{m:02d}.{y}", "slash_eu": f"{dd:02d}/{m:02d}/{y}", "ymd_slash": f"{y}/{m:02d}/{dd:02d}",
            "mon": f"{MONTHS[m - 1][:3]} {dd}, {y}", "dmon": f"{dd:02d}-{MONTHS[m - 1][:3].upper()}-{y}", "caps": f"{MONTHS[m - 1][:3].upper()} {dd:02d} {y}",
            "es": f"{dd} de {MESES[m - 1]} de {y}", "pt": f"{dd:02d} de {MESES_PT[m - 1]} de {y}", "fr": f"{dd} {MOIS[m - 1]} {y}",
            "ruby": f"{y}-{m:02d}-{dd:02d}", "dotnet": f"{m}/{dd}/{y} 12:00:00 AM", "spaced": f"{m:02d} / {dd:02d} / {y}"}[style]


class P:
    """One synthetic patient."""
    def __init__(self, first, last):
        self.first, self.last = first, last
        self.full = f"{first} {last}"
        self.af, self.al = ascii_fold(first), ascii_fold(last)
        self.afull = f"{self.af} {self.al}"
        self.dob = date(1934, 1, 1) + timedelta(days=R.randint(0, 26000))
        self.mrn = mrn()
        self.area = R.choice(AREAS)
        self.exch = R.choice([x for x in range(201, 990) if x % 100 != 11 and x not in (555, 472)])
        self.line = R.randint(1000, 9999)
        loc = "".join(ch for ch in (self.af + "." + self.al).lower() if ch.isalnum() or ch == ".")
        loc = [loc, loc.replace(".", ""), self.af.lower()[0] + "".join(c for c in self.al.lower() if c.isalnum()),
               f"{''.join(c for c in self.af.lower() if c.isalnum())}{R.randint(10, 99)}",
               R.choice(["rainierview", "soundersfan", "pnwmom", "tacomadad", "orcapod", "fircrest"]) + str(R.randint(1, 999))][R.randint(0, 4)]
        self.email = f"{loc}@{R.choice(EMAIL_DOMAINS)}"
        self.ssn = ssn()
        city, zips = R.choice(CITIES)
        self.city, self.zip = city, R.choice(zips)
        self.plus4 = f"{R.randint(1000, 9999)}"
        self.zip4 = f"{self.zip}-{self.plus4}"
        self.street = f"{R.randint(2, 19999)} {R.choice(STREETS)}"
        self.unit = R.choice(["", "", f"Apt {R.randint(1, 24)}{R.choice('ABCD')}", f"Unit {R.randint(100, 420)}", f"#{R.randint(2, 60)}", f"Spc {R.randint(2, 80)}"])
        self.payer, self.mbr = member_id()
        self.mbi = mbi_raw()
        self.cond = R.choice(CONDS)
        d0 = date(2026, 3, 2) + timedelta(days=R.randint(0, 90))
        while d0.weekday() > 4: d0 += timedelta(days=1)
        self.appt = datetime(d0.year, d0.month, d0.day, R.randint(8, 16), R.choice([0, 15, 30, 45]))
        self.ip = f"{R.choice([73, 24, 67, 76, 98, 174])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"
        self.gaid = uuid()

    def addr1(self):
        return f"{self.street} {self.unit}".strip()

    def phone(self, style=None):
        a, e, l = self.area, self.exch, self.line
        style = style or R.choice(["paren", "dash", "dot", "e164", "intl", "one"])
        return {"paren": f"({a}) {e}-{l}", "dash": f"{a}-{e}-{l}", "dot": f"{a}.{e}.{l}", "e164": f"+1{a}{e}{l}", "intl": f"+1 {a} {e} {l}",
                "bare": f"{a}{e}{l}", "one": f"1-{a}-{e}-{l}", "pspace": f"+1 ({a}) {e}-{l}", "intldot": f"+1.{a}.{e}.{l}",
                "intldash": f"+1-{a}-{e}-{l}", "digits": f"1{a}{e}{l}"}[style]

    def dobs(self, style="iso"):
        return fmt_date(self.dob, style)

    def appt_date(self, style="iso"):
        return fmt_date(self.appt.date(), style)

    def appt_md(self):
        return f"{self.appt.month}/{self.appt.day}"

    def appt_time(self):
        h = self.appt.hour
        return f"{(h - 1) % 12 + 1}:{self.appt.minute:02d} {'AM' if h < 12 else 'PM'}"

    def appt_long(self):
        d = self.appt
        return f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"

    def age(self):
        return 2026 - self.dob.year - ((3, 10) < (self.dob.month, self.dob.day))

    def dx(self, lang=None):
        return self.cond[1] if not lang else CONDS_L[lang][self.cond[0]]


PATIENTS = [P(f, l) for f, l in NAMES]
for p in PATIENTS[5::13]:   # a few patients over 89
    p.dob = date(R.randint(1929, 1935), R.randint(1, 12), R.randint(1, 28))
BY_FIRST = {p.first: p for p in PATIENTS}
_order = [i for i, p in enumerate(PATIENTS) if p.first not in ES + PT + FR]
_pos = [0]


def nextp():
    if _pos[0] % len(_order) == 0: R.shuffle(_order)
    p = PATIENTS[_order[_pos[0] % len(_order)]]; _pos[0] += 1
    return p


def med_of(p):
    return p.cond[2]


# ----------------------------------------------------------------------------- case plumbing
CASES, COUNT = [], {}


def add(scn, method, url, headers, body, phi, controls, expect, gz=False, raw=None):
    COUNT[scn] = COUNT.get(scn, 0) + 1
    headers = dict(headers)
    c = {"id": f"{scn}-{COUNT[scn]:02d}", "scenario": scn, "method": method, "url": url, "headers": headers}
    if raw is not None:
        c["body_b64"] = base64.b64encode(raw).decode()
    elif gz:
        headers["Content-Encoding"] = "gzip"
        c["body_b64"] = base64.b64encode(gzip.compress(body.encode("utf-8"), 9, mtime=0)).decode()
    else:
        c["body"] = body
    seen, out = set(), []
    for v, k in phi:
        if (v, k) not in seen: seen.add((v, k)); out.append([v, k])
    c["phi"] = out; c["controls"] = list(dict.fromkeys(controls)); c["expect"] = expect
    CASES.append(c)


def J(o, ascii_=False, compact=False):
    return json.dumps(o, ensure_ascii=ascii_, separators=(",", ":") if compact else None)


def qs(pairs):
    return "&".join(f"{quote(k, safe='[]')}={quote(str(v), safe='')}" for k, v in pairs)


def qsp(pairs):  # form encoding with '+' for spaces
    return "&".join(f"{quote(k, safe='[]')}={quote(str(v), safe=' ').replace(' ', '+')}" for k, v in pairs)


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode()


def sha(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def tstamp(i=0):
    return datetime(2026, 3, 10, 13, 5, 11) + timedelta(minutes=37 * i + R.randint(0, 30), seconds=R.randint(0, 59))


def ts(i=0):
    return tstamp(i).strftime("%Y-%m-%dT%H:%M:%S.") + f"{R.randint(0, 999):03d}Z"


def epoch_ms(i=0):
    return 1773148000000 + i * 2220000 + R.randint(0, 999999)


def order_no():
    return f"CH-ORD-2026{R.randint(3, 5):02d}{R.randint(1, 28):02d}-{R.randint(100, 9999):04d}"


def sku():
    return f"SKU-{alnum(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}-{R.randint(1000, 9999)}"


def ten_digit_id():
    """A 10-digit number that is not a phone number (order / ticket / transaction ids)."""
    return str(R.randint(2, 9)) + "".join(str(R.randint(0, 9)) for _ in range(9))


JSONH = {"Content-Type": "application/json"}
FORMH = {"Content-Type": "application/x-www-form-urlencoded"}
UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"
UA_DESK = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"


def mp(bnd, parts):
    out = ""
    for name, fname, ctype, content in parts:
        out += f"--{bnd}\r\nContent-Disposition: form-data; name=\"{name}\"" + (f"; filename=\"{fname}\"" if fname else "") + "\r\n"
        if ctype: out += f"Content-Type: {ctype}\r\n"
        out += "\r\n" + content + "\r\n"
    return out + f"--{bnd}--\r\n"


# ----------------------------------------------------------------------------- 1. web-framework log lines to Datadog / Logz.io (redact)
DDH = {"Content-Type": "application/json", "DD-API-KEY": "4c1e9a07b2d35f6e8a0c7d1b9e2f4a63"}


def rails_lines(p, i):
    rid = uuid(); t = tstamp(i); pid = R.randint(1000, 9999)
    pre = f"I, [{t.strftime('%Y-%m-%dT%H:%M:%S')}.{R.randint(0, 999999):06d} #{pid}]  INFO -- : [{rid}]"
    local = t.strftime("%Y-%m-%d %H:%M:%S") + " -0800"
    if i % 2 == 0:
        ph = p.phone("dot")
        lines = [f'{pre} Started PATCH "/patients/{p.mrn}/demographics" for {p.ip} at {local}',
                 f"{pre} Processing by PatientsController#update as JSON",
                 f'{pre}   Parameters: {{"patient"=>{{"first_name"=>"{p.first}", "last_name"=>"{p.last}", "date_of_birth"=>"{p.dobs("ruby")}", '
                 f'"home_phone"=>"{ph} ext. {R.randint(10, 99)}", "address_line2"=>"{p.unit or "-"}"}}, "id"=>"{p.mrn}"}}',
                 f"{pre} Completed 422 Unprocessable Entity in {R.randint(20, 90)}ms (ActiveRecord: {R.uniform(1, 9):.1f}ms | Allocations: {R.randint(5000, 20000)})"]
        labs = [[p.mrn, "mrn"], [p.ip, "ip_address"], [p.first, "name"], [p.last, "name"], [p.dobs("ruby"), "dob"], [ph, "phone"]]
        if p.unit: labs.append([p.unit, "address"])
    else:
        lines = [f'{pre} Started GET "/portal/messages?folder=inbox&q={quote(p.dx())}" for {p.ip} at {local}',
                 f"{pre} Processing by Portal::MessagesController#index as HTML",
                 f'{pre}   Patient Load (0.6ms)  SELECT "patients".* FROM "patients" WHERE "patients"."email" = $1 LIMIT $2  [["email", "{p.email}"], ["LIMIT", 1]]',
                 f'{pre}   Rendered portal/messages/index.html.erb within layouts/portal (Duration: {R.randint(5, 40)}.{R.randint(0, 9)}ms | Allocations: {R.randint(900, 9000)})',
                 f"{pre} Completed 200 OK in {R.randint(20, 90)}ms (Views: 11.2ms | ActiveRecord: 2.3ms | Allocations: {R.randint(5000, 20000)})"]
        labs = [[p.dx(), "condition"], [p.email, "email"], [p.ip, "ip_address"]]
    return lines, labs, [rid, "PatientsController#update" if i % 2 == 0 else "Portal::MessagesController#index"]


def django_lines(p, i):
    t = tstamp(i); stamp = t.strftime("%d/%b/%Y %H:%M:%S"); iso = t.strftime("%Y-%m-%d %H:%M:%S") + f",{R.randint(0, 999):03d}"
    if i % 2 == 0:
        d = p.dob
        lines = [f'[{stamp}] "GET /portal/patients/lookup/?last={quote(p.last)}&dob={p.dobs("us").replace("/", "%2F")} HTTP/1.1" 200 {R.randint(900, 9000)}',
                 f'{iso} DEBUG django.db.backends (0.002) SELECT "chart_patient"."id", "chart_patient"."mrn" FROM "chart_patient" WHERE ("chart_patient"."last_name" = '
                 f"'{p.last}' AND \"chart_patient\".\"dob\" = '{p.dobs('iso')}'::date); args=('{p.last}', datetime.date({d.year}, {d.month}, {d.day})); alias=default",
                 f"{iso} INFO chart.views lookup hit mrn={p.mrn} user=frontdesk2"]
        labs = [[p.last, "name"], [p.dobs("us"), "dob"], [p.dobs("iso"), "dob"], [f"{d.year}, {d.month}, {d.day}", "dob"], [p.mrn, "mrn"]]
        ctl = ["frontdesk2", "chart.views"]
    else:
        lines = [f"{iso} ERROR django.request Internal Server Error: /portal/intake/step-3/",
                 "Traceback (most recent call last):",
                 '  File "/srv/portal/intake/forms.py", line 88, in clean_member_id',
                 "    raise ValidationError(msg)",
                 f"django.core.exceptions.ValidationError: ['Member ID {p.mbr} not found for {p.payer} subscriber {p.al.upper()}, {p.af.upper()}']",
                 f'[{stamp}] "POST /portal/intake/step-3/ HTTP/1.1" 500 {R.randint(100, 300)}']
        labs = [[p.mbr, "member_id"], [f"{p.al.upper()}, {p.af.upper()}", "name"]]
        ctl = ["/portal/intake/step-3/", "clean_member_id"]
    return lines, labs, ctl


def spring_lines(p, i):
    t = tstamp(i); pid = R.randint(1000, 9999); th = f"nio-8080-exec-{R.randint(1, 9)}"
    pre = f"{t.strftime('%Y-%m-%d %H:%M:%S')}.{R.randint(0, 999):03d}  INFO {pid} --- [{th}]"
    if i % 2 == 0:
        s = p.ssn
        lines = [f"{pre} o.c.portal.web.PatientController       : Updated Patient(id={R.randint(10000, 99999)}, mrn={p.mrn}, firstName={p.first}, lastName={p.last}, "
                 f"dateOfBirth={p.dobs('iso')}, ssn={s}, address=Address(line1={p.street}, line2={p.unit or 'null'}, city={p.city}, state=WA, zip={p.zip4}), "
                 f"primaryCareProvider={prov(0, 'full')})",
                 f"{pre} o.c.portal.audit.AuditListener         : entity=Patient op=UPDATE version=7 by=svc-intake"]
        labs = [[p.mrn, "mrn"], [p.first, "name"], [p.last, "name"], [p.dobs("iso"), "dob"], [s, "ssn"], [p.street, "address"], [p.city, "address"], [p.zip4, "zip"]]
        if p.unit: labs.append([p.unit, "address"])
        ctl = [prov(0, "full"), "svc-intake"]
    else:
        pe = pre.replace(" INFO ", "ERROR")
        lines = [f"{pe} o.h.engine.jdbc.spi.SqlExceptionHelper   : ERROR: duplicate key value violates unique constraint \"uk_patient_email\"",
                 f"  Detail: Key (email)=({p.email}) already exists.",
                 f"{pe} o.c.portal.web.GlobalExceptionHandler   : Registration failed for PatientDto[name={p.full}, dob={p.dobs('dotnet').split(' ')[0]}, "
                 f"phone={p.phone('pspace')}, diagnosisCodes=[{p.cond[0]}, Z00.00]]"]
        labs = [[p.email, "email"], [p.full, "name"], [p.dobs("dotnet").split(" ")[0], "dob"], [p.phone("pspace"), "phone"], [p.cond[0], "icd10"]]
        ctl = ["uk_patient_email", "GlobalExceptionHandler"]
    return lines, labs, ctl


def express_lines(p, i):
    t = tstamp(i); clf = t.strftime("%d/%b/%Y:%H:%M:%S +0000")
    if i % 2 == 0:
        bd = p.dobs("dmy2")
        lines = [f'::ffff:{p.ip} - - [{clf}] "GET /api/patients?lastName={quote(p.last)}&dob={quote(p.dobs("us"), safe="")} HTTP/1.1" 200 {R.randint(200, 900)} '
                 f'"https://{PORTAL}/frontdesk/search" "{UA_DESK}"',
                 f"intake received {{ firstName: '{p.first}', lastName: '{p.last}', dob: '{bd}', insurance: {{ memberId: '{p.mbr}', payer: '{p.payer}' }}, "
                 f"reason: 'follow-up for {p.dx()}', source: 'kiosk-2' }}"]
        labs = [[p.ip, "ip_address"], [p.last, "name"], [p.dobs("us"), "dob"], [p.first, "name"], [bd, "dob"], [p.mbr, "member_id"], [p.dx(), "condition"]]
        ctl = ["kiosk-2", "frontdesk/search"]
    else:
        lines = [f"[{t.strftime('%H:%M:%S')}] WARN  (mailer/{R.randint(100, 999)}): bounce for {p.email} template=lab-ready",
                 f"    err: {{ \"type\": \"Error\", \"message\": \"550 5.1.1 mailbox unavailable\", \"patient\": {{ \"mrn\": \"{p.mrn}\", \"phone\": \"{p.phone('paren')}\" }} }}"]
        labs = [[p.email, "email"], [p.mrn, "mrn"], [p.phone("paren"), "phone"]]
        ctl = ["550 5.1.1 mailbox unavailable", "template=lab-ready"]
    return lines, labs, ctl


def aspnet_lines(p, i):
    if i % 2 == 0:
        bd = p.dobs("dotnet")
        lines = ["info: Microsoft.AspNetCore.Hosting.Diagnostics[1]",
                 f"      Request starting HTTP/1.1 GET http://{PORTAL}/Patients/Details/{p.mrn}?tab=insurance - - -",
                 "warn: CedarHollow.Portal.Services.EligibilityService[0]",
                 f"      Eligibility check failed for member {p.mbr} ({p.full}, DOB {bd}); payer={p.payer}",
                 "info: Microsoft.AspNetCore.Hosting.Diagnostics[2]",
                 f"      Request finished HTTP/1.1 GET http://{PORTAL}/Patients/Details/{p.mrn}?tab=insurance - 200 - text/html;+charset=utf-8 {R.uniform(20, 200):.4f}ms"]
        labs = [[p.mrn, "mrn"], [p.mbr, "member_id"], [p.full, "name"], [bd, "dob"]]
        ctl = ["EligibilityService", "tab=insurance"]
    else:
        clef = {"@t": ts(i), "@mt": "Created appointment for {PatientName} on {ApptDate} ({Reason}) with {Provider}", "@l": "Information",
                "PatientName": p.full, "ApptDate": p.appt.strftime("%Y-%m-%dT%H:%M:%S"), "Reason": f"{p.dx()} follow-up", "Provider": prov(1, "dr"),
                "PatientPhone": p.phone("intldot"), "SourceContext": "CedarHollow.Scheduling.AppointmentService", "RequestId": "0HN" + alnum(9, "ABCDEFGHIJKLMNOPQRSTUV0123456789") + ":00000002"}
        lines = [J(clef, compact=True)]
        labs = [[p.full, "name"], [clef["ApptDate"], "date"], [p.dx(), "condition"], [p.phone("intldot"), "phone"]]
        ctl = [prov(1, "dr"), clef["RequestId"], "CedarHollow.Scheduling.AppointmentService"]
    return lines, labs, ctl


def app_logs():
    S = "framework_logs"
    fw = [("rails", rails_lines, "ruby"), ("django", django_lines, "python"), ("spring", spring_lines, "java"), ("express", express_lines, "nodejs"),
          ("aspnet", aspnet_lines, "csharp")]
    k = 0
    for name, fn, src in fw:
        for i in range(2):
            p = nextp(); lines, labs, ctl = fn(p, i); k += 1
            if i == 0:   # Datadog: one log record per line, JSON array
                body = [{"ddsource": src, "ddtags": f"env:prod,service:portal-{name},version:4.12.{k}", "hostname": f"portal-{name}-{R.randint(1, 3)}",
                         "service": f"portal-{name}", "message": ln} for ln in lines]
                add(S, "POST", "http://http-intake.logs.datadoghq.com/api/v2/logs", DDH, J(body), labs, ctl + [f"version:4.12.{k}"], "redact", gz=(name == "spring"))
            else:        # Logz.io bulk: raw lines
                add(S, "POST", f"http://listener.logz.io/?token={alnum(32, 'abcdefghijklmnopqrstuvwxyz')}&type={name}", {"Content-Type": "text/plain"},
                    "\n".join(lines) + "\n", labs, ctl, "redact")
    # clean look-alikes: order ids, SKUs, build times, 10-digit ids, prices
    t = tstamp(9); rid = uuid(); o = order_no(); s = sku(); tid = ten_digit_id()
    lines = [f'I, [{t.strftime("%Y-%m-%dT%H:%M:%S")}.000412 #5120]  INFO -- : [{rid}] Started GET "/api/v2/orders/{o}?page=2&per=50" for 10.40.2.17 at {t.strftime("%Y-%m-%d %H:%M:%S")} -0800',
             f'I, [{t.strftime("%Y-%m-%dT%H:%M:%S")}.004981 #5120]  INFO -- : [{rid}]   Parameters: {{"sku"=>"{s}", "qty"=>"2", "unit_price"=>"129.00", "txn_id"=>"{tid}"}}',
             f'I, [{t.strftime("%Y-%m-%dT%H:%M:%S")}.019022 #5120]  INFO -- : [{rid}] Completed 200 OK in 14ms (Views: 3.1ms | ActiveRecord: 2.2ms | Allocations: 4410)']
    add(S, "POST", f"http://listener.logz.io/?token={alnum(32, 'abcdefghijklmnopqrstuvwxyz')}&type=rails", {"Content-Type": "text/plain"}, "\n".join(lines) + "\n",
        [], [o, s, tid, rid, "129.00"], "pass")
    sha1 = hexs(7); b = f"2026.03.{R.randint(1, 9)}+g{sha1}"; tid = ten_digit_id()
    lines = [f"2026-03-10 06:00:01.004  INFO 2231 --- [           main] o.c.portal.PortalApplication             : Started PortalApplication in 9.812 seconds (process running for 10.4)",
             f"2026-03-10 06:00:01.010  INFO 2231 --- [           main] o.c.portal.BuildInfo                     : build={b} builtAt=2026-03-03T00:00:00Z jdk=21.0.2",
             f"2026-03-10 06:05:44.551  INFO 2231 --- [nio-8080-exec-1] o.c.billing.OrderService                 : Order(id={tid}, sku={sku()}, total=USD 349.50, status=PAID)",
             f"2026-03-10 06:05:44.601  INFO 2231 --- [nio-8080-exec-1] o.c.directory.ProviderService            : cache warm: providers=[{prov(0, 'full')}, {prov(1, 'full')}, {prov(2, 'full')}] npi={PROV_NPI['Reyes']}"]
    body = [{"ddsource": "java", "service": "portal-spring", "hostname": "portal-spring-1", "message": ln} for ln in lines]
    add(S, "POST", "http://http-intake.logs.datadoghq.com/api/v2/logs", DDH, J(body), [],
        [b, "2026-03-03T00:00:00Z", tid, "USD 349.50", prov(0, "full"), prov(1, "full"), prov(2, "full"), PROV_NPI["Reyes"]], "pass")
    clef = {"@t": ts(3), "@mt": "Published {Package} {Version} to feed in {Elapsed} ms", "Package": "CedarHollow.Scheduling", "Version": "3.1.2034",
            "Elapsed": 812, "BuildNumber": "20260310.4", "RequestId": "0HN" + alnum(9, "ABCDEFGHIJKLMNOPQRSTUV0123456789") + ":00000001"}
    add(S, "POST", "http://http-intake.logs.datadoghq.com/api/v2/logs", DDH, J([{"ddsource": "csharp", "message": J(clef, compact=True)}]), [],
        ["3.1.2034", "20260310.4"], "pass")


# ----------------------------------------------------------------------------- 2. nginx / Apache access logs to a Sumo Logic HTTP source (redact)
def access_logs():
    S = "access_logs"
    url = f"http://endpoint4.collection.us2.sumologic.com/receiver/v1/http/ZaVnC4dhaV{alnum(60)}"
    for i in range(4):
        p = nextp(); t = tstamp(i); clf = t.strftime("%d/%b/%Y:%H:%M:%S -0800"); ms = R.randint(2, 900) / 1000
        noise = [f'10.40.2.{R.randint(2, 250)} - - [{clf}] "GET /assets/portal-4.12.{i}.min.js HTTP/2.0" 200 {R.randint(10000, 90000)} "https://{PORTAL}/" "{UA}"',
                 f'10.40.1.5 - - [{clf}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"']
        if i == 0:   # nginx combined: PHI in the query string and in the referer's fragment
            bd = p.dobs("iso")
            hit = (f'{p.ip} - - [{clf}] "GET /portal/appointments/confirm?patient_id={p.mrn}&name={quote(p.full).replace("%20", "+")}&dob={bd} HTTP/2.0" 302 0 '
                   f'"https://{PORTAL}/portal/results/{p.mrn}#/lab/{quote(p.dx().lower().replace(" ", "-"))}" "{UA}"')
            labs = [[p.ip, "ip_address"], [p.mrn, "mrn"], [p.full, "name"], [bd, "dob"], [p.dx().lower().replace(" ", "-"), "condition"]]
        elif i == 1:  # nginx custom log_format with $request_body and $request_time
            ph = p.phone("dash"); em = p.email
            body = qsp([("first", p.first), ("last", p.last), ("cell", ph), ("email", em), ("reason", f"{med_of(p)} refill")])
            hit = f'{p.ip} [{clf}] "POST /api/refill-request HTTP/1.1" 201 48 rt={ms:.3f} uct="0.001" rb="{body}" ua="{UA}"'
            labs = [[p.ip, "ip_address"], [p.first, "name"], [p.last, "name"], [ph, "phone"], [em, "email"], [med_of(p), "condition"]]
        elif i == 2:  # Apache combined: a released-records download, patient named in the query, chart id in the referer path
            bd = p.dobs("compact")
            hit = (f'{p.ip} - {p.email} [{clf}] "GET /records/release.pdf?patient={quote(p.al + ", " + p.af)}&dob={bd}&mrn={p.mrn} HTTP/1.1" 200 {R.randint(40000, 300000)} '
                   f'"https://{PORTAL}/portal/#/chart/{p.mrn}/meds?drug={quote(med_of(p))}" "{UA_DESK}"')
            labs = [[p.ip, "ip_address"], [p.email, "email"], [f"{p.al}, {p.af}", "name"], [bd, "dob"], [p.mrn, "mrn"], [med_of(p), "condition"]]
        else:         # Apache with %{X-Forwarded-For} and an address lookup
            street = p.street
            hit = (f'{p.ip}, 10.40.1.5 - - [{clf}] "GET /api/geo/validate?line1={quote(street)}&city={quote(p.city)}&zip={p.zip4} HTTP/1.1" 200 311 '
                   f'"https://{PORTAL}/portal/profile/address?uid={quote(p.email)}" "{UA}" {R.randint(1000, 90000)}')
            labs = [[p.ip, "ip_address"], [street, "address"], [p.city, "address"], [p.zip4, "zip"], [p.email, "email"]]
        lines = noise[:1] + [hit] + noise[1:]
        add(S, "POST", url, {"Content-Type": "text/plain", "X-Sumo-Category": "prod/portal/nginx", "X-Sumo-Name": "access.log"}, "\n".join(lines) + "\n",
            labs, [f"portal-4.12.{i}.min.js", "kube-probe/1.29"], "redact", gz=(i == 2))
    # clean: order pages, provider directory, versions, request ids, 10-digit ids
    t = tstamp(5); clf = t.strftime("%d/%b/%Y:%H:%M:%S -0800"); o = order_no(); rid = hexs(32); tid = ten_digit_id()
    lines = [f'10.40.2.31 - - [{clf}] "GET /api/v2/orders/{o}?include=items&sku={sku()} HTTP/2.0" 200 1422 "https://shop.{SITE}/cart" "{UA}" rid={rid}',
             f'10.40.2.31 - - [{clf}] "GET /providers/dr-alan-reyes?utm_source=google&utm_campaign=spring-2026 HTTP/2.0" 200 8812 "https://www.google.com/" "{UA}"',
             f'10.40.2.44 - - [{clf}] "POST /api/payments/confirm?txn={tid}&amount=129.00 HTTP/1.1" 204 0 "https://shop.{SITE}/checkout" "{UA_DESK}"',
             f'10.40.1.5 - - [{clf}] "GET /calendar/#/week?date=2026-03-10&clinic=union-ave HTTP/1.1" 200 512 "-" "{UA_DESK}"']
    add(S, "POST", url, {"Content-Type": "text/plain", "X-Sumo-Category": "prod/portal/nginx"}, "\n".join(lines) + "\n", [],
        [o, rid, tid, "dr-alan-reyes", "amount=129.00", "date=2026-03-10"], "pass")
    lines = [f'10.40.3.{R.randint(2, 99)} - - [{tstamp(6).strftime("%d/%b/%Y:%H:%M:%S -0800")}] "GET /downloads/CedarHollowPatientApp-{v}.apk HTTP/1.1" 200 {R.randint(10**6, 10**7)} "-" "okhttp/4.12.0"'
             for v in ("5.3.1", "5.3.2", "5.4.0-beta.2")]
    add(S, "POST", url, {"Content-Type": "text/plain", "X-Sumo-Category": "prod/portal/apache"}, "\n".join(lines) + "\n", [],
        ["CedarHollowPatientApp-5.4.0-beta.2.apk", "okhttp/4.12.0"], "pass")


# ----------------------------------------------------------------------------- 3. Windows event XML through Splunk HEC raw (redact)
def win_event(eid, provider, channel, computer, t, data, level=4):
    d = "".join(f"<Data Name='{k}'>{v}</Data>" if k else f"<Data>{v}</Data>" for k, v in data)
    return (f"<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='{provider}'/><EventID>{eid}</EventID>"
            f"<Level>{level}</Level><TimeCreated SystemTime='{t}'/><EventRecordID>{R.randint(10**6, 10**8)}</EventRecordID><Channel>{channel}</Channel>"
            f"<Computer>{computer}</Computer><Security UserID='S-1-5-21-{digits(10)}-{digits(10)}-{digits(9)}-{R.randint(1000, 1999)}'/></System>"
            f"<EventData>{d}</EventData></Event>")


def windows_events():
    S = "windows_event_xml"
    H = {"Content-Type": "text/xml", "Authorization": f"Splunk {uuid()}"}
    url = "http://http-inputs-cedarhollow.splunkcloud.com/services/collector/raw?sourcetype=XmlWinEventLog&index=wineventlog&channel=" + uuid()
    for i in range(4):
        p = nextp(); t = ts(i)
        if i == 0:   # file-server audit: the scanned referral's file name carries name, DOB and diagnosis
            fn = f"{p.al.upper().replace(' ', '_')}_{p.af.upper().replace(' ', '_')}_DOB_{p.dobs('compact')}_{p.cond[0].replace('.', '')}.pdf"
            ev = win_event(4663, "Microsoft-Windows-Security-Auditing", "Security", "FS01.cedarhollow.local", t,
                           [("SubjectUserName", "mhernandez"), ("SubjectDomainName", "CEDARHOLLOW"), ("ObjectType", "File"),
                            ("ObjectName", f"D:\\Shares\\Scans\\Referrals\\2026-03\\{fn}"), ("AccessMask", "0x1"), ("ProcessName", "C:\\Windows\\explorer.exe")])
            labs = [[p.al.upper().replace(" ", "_"), "name"], [p.af.upper().replace(" ", "_"), "name"], [p.dobs("compact"), "dob"], [p.cond[0].replace(".", ""), "icd10"]]
            ctl = ["mhernandez", "FS01.cedarhollow.local"]
        elif i == 1:  # the EHR's own Application-log event
            bd = p.dobs("us")
            ev = win_event(1000, "CedarEHR.ChartService", "Application", "EHR-APP02.cedarhollow.local", t,
                           [(None, f"Chart lock timeout. Patient: {p.al}, {p.af} MRN: {p.mrn} DOB: {bd} Problem list: {p.dx()}. Session 0x{hexs(8)}")], level=3)
            labs = [[f"{p.al}, {p.af}", "name"], [p.mrn, "mrn"], [bd, "dob"], [p.dx(), "condition"]]
            ctl = ["CedarEHR.ChartService", "Chart lock timeout"]
        elif i == 2:  # print spooler: the document name
            ev = win_event(307, "Microsoft-Windows-PrintService", "Microsoft-Windows-PrintService/Operational", "WS-FD02.cedarhollow.local", t,
                           [("Param1", str(R.randint(2, 90))), ("Param2", f"Lab Results - {p.full} - {p.appt_date('usdash')}.pdf"), ("Param3", "frontdesk2"),
                            ("Param4", "\\\\WS-FD02"), ("Param5", "HP-LJ-FrontDesk"), ("Param6", "10.40.2.80"), ("Param7", str(R.randint(20000, 900000))), ("Param8", "2")])
            labs = [[p.full, "name"], [p.appt_date("usdash"), "date"]]
            ctl = ["HP-LJ-FrontDesk", "10.40.2.80", "frontdesk2"]
        else:         # PowerShell script block logging of an ad-hoc export
            ev = win_event(4104, "Microsoft-Windows-PowerShell", "Microsoft-Windows-PowerShell/Operational", "EHR-DB01.cedarhollow.local", t,
                           [("MessageNumber", "1"), ("MessageTotal", "1"),
                            ("ScriptBlockText", f"Invoke-Sqlcmd -Query \"SELECT * FROM Patients WHERE SSN = '{p.ssn}' OR Phone = '{p.phone('dash')}'\" | Export-Csv C:\\temp\\lookup.csv"),
                            ("ScriptBlockId", "{" + uuid() + "}")], level=5)
            labs = [[p.ssn, "ssn"], [p.phone("dash"), "phone"]]
            ctl = ["Invoke-Sqlcmd", "EHR-DB01.cedarhollow.local"]
        add(S, "POST", url, H, ev + "\n", labs, ctl, "redact")
    # clean: logon and update events
    evs = [win_event(4624, "Microsoft-Windows-Security-Auditing", "Security", "WS-NURSE1.cedarhollow.local", ts(8),
                     [("TargetUserName", "jpark"), ("TargetDomainName", "CEDARHOLLOW"), ("LogonType", "2"), ("IpAddress", "10.40.2.61"),
                      ("LogonGuid", "{" + uuid() + "}"), ("WorkstationName", "WS-NURSE1")]),
           win_event(19, "Microsoft-Windows-WindowsUpdateClient", "System", "WS-NURSE1.cedarhollow.local", ts(8),
                     [("updateTitle", "2026-03 Cumulative Update for Windows 11 Version 23H2 for x64-based Systems (KB5035853)"),
                      ("updateGuid", "{" + uuid() + "}"), ("updateRevisionNumber", "1")])]
    add(S, "POST", url, H, "\n".join(evs) + "\n", [], ["KB5035853", "WS-NURSE1", "10.40.2.61"], "pass")


# ----------------------------------------------------------------------------- 4. journald JSON export (journalctl -o json) to Better Stack (redact)
def journal(unit, ident, msg, prio=6, i=0):
    us = 1773148000000000 + i * 7919000000 + R.randint(0, 10**9)
    return {"__CURSOR": f"s={hexs(32)};i={R.randint(10**5, 10**6):x};b={hexs(32)};m={R.randint(10**8, 10**9):x};t={us:x};x={hexs(16)}",
            "__REALTIME_TIMESTAMP": str(us), "__MONOTONIC_TIMESTAMP": str(R.randint(10**9, 10**12)), "_BOOT_ID": hexs(32), "PRIORITY": str(prio),
            "_HOSTNAME": "ehr-int01", "SYSLOG_IDENTIFIER": ident, "_PID": str(R.randint(400, 40000)), "_SYSTEMD_UNIT": unit, "MESSAGE": msg}


def journald():
    S = "journald_export"
    H = {"Content-Type": "application/x-ndjson", "Authorization": "Bearer " + alnum(24)}
    for i in range(4):
        p = nextp()
        if i == 0:   # HL7 interface engine echoes a PID segment
            pid = (f"PID|1||{p.mrn}^^^CHFH^MR||{p.al.upper()}^{p.af.upper()}^Q||{p.dobs('compact')}|U|||{p.street.upper()}^^{p.city.upper()}^WA^{p.zip}"
                   f"||{p.phone('bare')}|||||{p.ssn.replace('-', '').replace(' ', '')}")
            msg = f"ADT^A08 accepted from CEDAREHR; {pid}"
            labs = [[p.mrn, "mrn"], [p.al.upper(), "name"], [p.af.upper(), "name"], [p.dobs("compact"), "dob"], [p.street.upper(), "address"],
                    [p.city.upper(), "address"], [p.zip, "zip"], [p.phone("bare"), "phone"], [p.ssn.replace("-", "").replace(" ", ""), "ssn"]]
            rec = [journal("mirth.service", "mirth", msg, 6, i)]
        elif i == 1:  # fax OCR worker
            msg = f"ocr: matched inbound fax {hexs(12)} to chart {p.mrn} ({p.al.upper()} {p.af.upper()}, dob {p.dobs('usn')}), routed to queue {p.dx()}"
            labs = [[p.mrn, "mrn"], [p.al.upper(), "name"], [p.af.upper(), "name"], [p.dobs("usn"), "dob"], [p.dx(), "condition"]]
            rec = [journal("faxocr.service", "faxocr", msg, 6, i)]
        elif i == 2:  # a cron job with the patient's address in its argv
            msg = f"(root) CMD (/opt/cedar/bin/mailer --to \"{p.email}\" --letter collections --addr \"{p.addr1()}, {p.city} WA {p.zip4}\")"
            labs = [[p.email, "email"], [p.addr1(), "address"], [p.city, "address"], [p.zip4, "zip"]]
            rec = [journal("cron.service", "CRON", msg, 6, i)]
        else:         # a Python worker's traceback with repr() of a dict
            msg = (f"Traceback (most recent call last):\n  File \"/opt/cedar/reminders.py\", line 212, in send\nKeyError: 'mobile'\n"
                   f"  record={{'name': '{p.full}', 'mbi': '{p.mbi}', 'next_visit': '{p.appt_date('iso')}', 'provider': '{prov(2, 'full')}'}}")
            labs = [[p.full, "name"], [p.mbi, "mbi"], [p.appt_date("iso"), "date"]]
            rec = [journal("reminders.service", "python3", msg, 3, i)]
        rec.append(journal("sshd.service", "sshd", f"Accepted publickey for deploy from 10.40.1.{R.randint(2, 99)} port {R.randint(30000, 60000)} ssh2: ED25519 SHA256:{alnum(43)}", 6, i))
        add(S, "POST", "http://in.logs.betterstack.com/", H, "\n".join(J(r, compact=True) for r in rec) + "\n", labs,
            [rec[0]["__REALTIME_TIMESTAMP"], rec[0]["_BOOT_ID"]] + ([prov(2, "full")] if i == 3 else []), "redact", gz=(i == 1))
    rec = [journal("postgresql.service", "postgres", "checkpoint complete: wrote 3312 buffers (20.2%); 0 WAL file(s) added, 1 removed, 2 recycled; write=269.9 s", 6, 5),
           journal("certbot.timer", "certbot", f"Certificate not yet due for renewal; cert expires 2026-05-03 (serial 0x{hexs(16)})", 6, 5),
           journal("backup.service", "restic", f"snapshot {hexs(8)} saved; added 1.204 GiB, files new 412 changed 90; order {order_no()}", 6, 5)]
    add(S, "POST", "http://in.logs.betterstack.com/", H, "\n".join(J(r, compact=True) for r in rec) + "\n", [],
        [rec[0]["__REALTIME_TIMESTAMP"], "2026-05-03", "3312 buffers"], "pass")


# ----------------------------------------------------------------------------- 5. GELF 1.1 to Graylog Cloud (redact)
def gelf():
    S = "gelf"
    url = "http://cedarhollow.graylog.cloud/gelf"
    for i in range(4):
        p = nextp(); t = round(epoch_ms(i) / 1000, 3)
        g = {"version": "1.1", "host": f"portal-api-{R.randint(1, 4)}", "timestamp": t, "level": 3 if i % 2 else 6, "_app": "portal-api", "_build": f"4.12.{40 + i}"}
        if i == 0:
            g.update(short_message=f"Identity verification failed for {p.full}", full_message=f"KBA mismatch: supplied DOB {p.dobs('ordinal')} and SSN last4 {p.ssn[-4:]}",
                     _patient_mrn=p.mrn, _client_ip=p.ip)
            labs = [[p.full, "name"], [p.dobs("ordinal"), "dob"], [p.mrn, "mrn"], [p.ip, "ip_address"]]
        elif i == 1:
            g.update(short_message="claim rejected by payer", _subscriber_id=p.mbr, _subscriber_name=f"{p.al.upper()}*{p.af.upper()}", _dx_codes=f"{p.cond[0]},Z00.00",
                     _dob=p.dobs("compact"))
            labs = [[p.mbr, "member_id"], [p.al.upper(), "name"], [p.af.upper(), "name"], [p.cond[0], "icd10"], [p.dobs("compact"), "dob"]]
        elif i == 2:
            g.update(short_message=f"SMS delivery failed to {p.phone('intl')}", full_message=f"Twilio 30003 unreachable; body='Hi {p.first}, time to refill your {med_of(p)}. Reply STOP to opt out.'",
                     _user_email=p.email)
            labs = [[p.phone("intl"), "phone"], [p.first, "name"], [med_of(p), "condition"], [p.email, "email"]]
        else:
            g.update(short_message="address normalized", _input=f"{p.addr1()} {p.city} wa {p.zip}", _output=f"{p.addr1().upper()}, {p.city.upper()}, WA {p.zip4}")
            labs = [[f"{p.addr1()}", "address"], [p.addr1().upper(), "address"], [p.city, "address"], [p.zip, "zip"], [p.zip4, "zip"]]
        add(S, "POST", url, JSONH, J(g), labs, [f"4.12.{40 + i}", "portal-api"], "redact", gz=(i == 1))
    g = {"version": "1.1", "host": "deploy-runner", "short_message": "release 4.12.44 promoted to prod", "timestamp": 1773149012.337, "level": 6,
         "_commit": hexs(40), "_pipeline_id": ten_digit_id(), "_approved_by": prov(3, "full"), "_duration_ms": 81234}
    add(S, "POST", url, JSONH, J(g), [], [g["_commit"], g["_pipeline_id"], prov(3, "full"), "release 4.12.44 promoted to prod"], "pass")


# ----------------------------------------------------------------------------- 6. fluentd in_http (json= form field, and JSON arrays) to Sematext (redact)
def fluentd():
    S = "fluentd_http"
    base = "http://logsene-receiver.sematext.com/fluentd/" + hexs(8) + "-" + hexs(4)
    for i in range(4):
        p = nextp()
        if i in (0, 2):   # one record in the json= field of a form post
            if i == 0:
                rec = {"log": f"[pharmacy-bridge] NewRx queued for {p.full} ({p.dobs('us2')}): {med_of(p)} #30, prescriber {prov(0, 'dr')}",
                       "stream": "stdout", "kubernetes": {"namespace_name": "ehr", "pod_name": f"pharmacy-bridge-{hexs(10)}-{alnum(5, 'abcdefghijklmnopqrstuvwxyz0123456789')}"}}
                labs = [[p.full, "name"], [p.dobs("us2"), "dob"], [med_of(p), "condition"]]
                ctl = [prov(0, "dr"), "pharmacy-bridge"]
            else:
                rec = {"log": "intake payload", "stream": "stderr",
                       "payload": {"contact": {"email": p.email, "mobile": p.phone("e164")}, "insurance": {"mbi": p.mbi}, "answers": {"q7": f"yes - {p.dx()}"}}}
                labs = [[p.email, "email"], [p.phone("e164"), "phone"], [p.mbi, "mbi"], [p.dx(), "condition"]]
                ctl = ["intake payload"]
            add(S, "POST", f"{base}/app.portal.{i}?time={epoch_ms(i) // 1000}", FORMH, "json=" + quote(J(rec), safe=""), labs, ctl, "redact")
        else:             # a batch: JSON array of records
            recs = [{"log": f"GET /healthz 200 {R.randint(1, 9)}ms", "stream": "stdout"}]
            if i == 1:
                recs.append({"log": f"lab interface: result posted for {p.al}, {p.af} MRN {p.mrn} test=HIV-1/2 Ag/Ab status=REACTIVE", "stream": "stdout"})
                labs = [[f"{p.al}, {p.af}", "name"], [p.mrn, "mrn"], ["HIV-1/2 Ag/Ab", "condition"]]
            else:
                recs.append({"log": f"eligibility: {p.payer} member {p.mbr} dob {p.dobs('isoz')} coverage=INACTIVE", "stream": "stdout"})
                labs = [[p.mbr, "member_id"], [p.dobs("isoz"), "dob"]]
            add(S, "POST", f"{base}/app.portal.{i}", JSONH, J(recs), labs, ["GET /healthz 200"], "redact")
    recs = [{"log": f"GET /api/v2/catalog?sku={sku()} 200 12ms", "stream": "stdout"},
            {"log": f"worker: processed batch {uuid()} in 8812ms (build 2026.03.10-rc2, order {order_no()})", "stream": "stdout"}]
    add(S, "POST", f"{base}/app.shop", JSONH, J(recs), [], ["build 2026.03.10-rc2"], "pass")


# ----------------------------------------------------------------------------- 7. RFC 3164 syslog, bulk-posted to Loggly (redact)
def syslog3164():
    S = "syslog_3164"
    url = f"http://logs-01.loggly.com/bulk/{uuid()}/tag/syslog,cedarhollow/"
    def hdr(pri, i, host, tag):
        t = tstamp(i); return f"<{pri}>{t.strftime('%b')} {t.day:>2} {t.strftime('%H:%M:%S')} {host} {tag}:"
    for i in range(4):
        p = nextp()
        if i == 0:   # sudo log with the command line
            line = f"{hdr(86, i, 'ehr-int01', 'sudo')} frontdesk2 : TTY=pts/0 ; PWD=/home/frontdesk2 ; USER=root ; COMMAND=/usr/bin/grep -i {p.al} /var/exports/patients_2026-03.csv"
            line2 = f"{hdr(86, i, 'ehr-int01', 'sudo')} pam_unix(sudo:session): session opened for user root(uid=0) by frontdesk2(uid=1004)"
            labs = [[p.al, "name"]]
        elif i == 1:  # PBX caller id and voicemail
            cid = p.phone("bare")
            line = f"{hdr(134, i, 'pbx01', f'asterisk[{R.randint(1000, 9999)}]')} VOICEMAIL: msg from \"{p.al.upper()} {p.af.upper()}\" <{cid}> to ext 204 (nurse line), 48s, transcript: \"calling about my {p.dx()} results\""
            line2 = f"{hdr(134, i, 'pbx01', f'asterisk[{R.randint(1000, 9999)}]')} SIP/trunk-0000{R.randint(10, 99)} hangup cause 16"
            labs = [[p.al.upper(), "name"], [p.af.upper(), "name"], [cid, "phone"], [p.dx(), "condition"]]
        elif i == 2:  # interface engine error
            s = p.ssn.replace("-", "").replace(" ", "")
            line = f"{hdr(131, i, 'ehr-int01', f'mirth[{R.randint(1000, 9999)}]')} ERROR channel ADT-in: PID-19 SSN {s} fails validation for {p.al.upper()}, {p.af.upper()} (MRN {p.mrn})"
            line2 = f"{hdr(134, i, 'ehr-int01', f'mirth[{R.randint(1000, 9999)}]')} channel ADT-in: 1 errored, 212 sent"
            labs = [[s, "ssn"], [f"{p.al.upper()}, {p.af.upper()}", "name"], [p.mrn, "mrn"]]
        else:         # rsync of a referral file
            fn = f"{p.al}_{p.af}_{p.dobs('iso')}_referral.pdf".replace(" ", "_")
            line = f"{hdr(30, i, 'backup01', f'rsync[{R.randint(1000, 9999)}]')} sent /srv/exports/referrals/{fn} to nas02::offsite (412 kB)"
            line2 = f"{hdr(30, i, 'backup01', f'rsync[{R.randint(1000, 9999)}]')} total size is 1.82G  speedup is 41.20"
            labs = [[p.al.replace(" ", "_"), "name"], [p.af.replace(" ", "_"), "name"], [p.dobs("iso"), "dob"]]
        add(S, "POST", url, {"Content-Type": "text/plain"}, line + "\n" + line2 + "\n", labs, [line2.split(": ", 1)[1]], "redact")
    qid = alnum(10, "0123456789ABCDEF")
    lines = [f"{hdr(22, 6, 'mail01', 'postfix/qmgr[1188]')} {qid}: from=<noreply@{SITE}>, size=4412, nrcpt=1 (queue active)",
             f"{hdr(30, 6, 'fw01', 'dhcpd[912]')} DHCPACK on 10.40.2.55 to 3c:22:fb:{hexs(2)}:{hexs(2)}:{hexs(2)} (WS-LAB1) via eth1",
             f"{hdr(13, 6, 'ehr-int01', 'CRON[22101]')} (root) CMD (/opt/cedar/bin/rotate --keep 14 --build 20260310.2)"]
    add(S, "POST", url, {"Content-Type": "text/plain"}, "\n".join(lines) + "\n", [], [qid, "10.40.2.55", "WS-LAB1", "20260310.2"], "pass")


# ----------------------------------------------------------------------------- 8. Firebase Analytics: GA4 Measurement Protocol for app streams (redact)
FB_APP = f"1:{R.randint(10**11, 10**12 - 1)}:android:{'%016x' % R.getrandbits(64)}"


def firebase_analytics():
    S = "firebase_analytics"
    url = f"http://www.google-analytics.com/mp/collect?firebase_app_id={quote(FB_APP, safe='')}&api_secret={alnum(22)}"
    for i in range(4):
        p = nextp(); inst = hexs(32); tm = epoch_ms(i) * 1000
        if i == 0:
            bd = p.dobs("isoz")
            body = {"app_instance_id": inst, "user_id": p.mrn, "timestamp_micros": tm,
                    "user_properties": {"date_of_birth": {"value": bd}, "home_zip": {"value": p.zip}, "app_build": {"value": "5.3.1 (5341)"}},
                    "events": [{"name": "view_item", "params": {"item_name": med_of(p), "item_category": "my_medications", "engagement_time_msec": 1840}}]}
            labs = [[p.mrn, "mrn"], [bd, "dob"], [p.zip, "zip"], [med_of(p), "condition"]]
            ctl = [inst, "5.3.1 (5341)", "my_medications"]
        elif i == 1:
            body = {"app_instance_id": inst, "user_id": p.email, "timestamp_micros": tm,
                    "events": [{"name": "appointment_booked", "params": {"visit_reason": f"{p.dx()} follow-up", "provider": prov(1, "full"),
                                                                          "appointment_date": p.appt_date("iso"), "location": PRACTICE_ADDR, "session_id": str(epoch_ms(i) // 1000)}}]}
            labs = [[p.email, "email"], [p.dx(), "condition"], [p.appt_date("iso"), "date"]]
            ctl = [prov(1, "full"), PRACTICE_ADDR, inst]
        elif i == 2:   # the SDK's automatic form capture picks up the registration fields
            body = {"app_instance_id": inst, "timestamp_micros": tm,
                    "events": [{"name": "form_submit", "params": {"form_id": "intake_v3", "field_first_name": p.first, "field_last_name": p.last,
                                                                   "field_phone": p.phone("intldash"), "field_address": p.addr1(), "firebase_screen": "IntakeStep2"}}]}
            labs = [[p.first, "name"], [p.last, "name"], [p.phone("intldash"), "phone"], [p.addr1(), "address"]]
            ctl = ["intake_v3", "IntakeStep2", inst]
        else:          # batched, gzip: search terms of a logged-in user
            q = nextp()
            body = {"app_instance_id": inst, "user_id": p.mrn, "timestamp_micros": tm,
                    "events": [{"name": "screen_view", "params": {"firebase_screen": "FindCare", "firebase_screen_class": "FindCareActivity"}},
                               {"name": "search", "params": {"search_term": f"{med_of(p)} side effects"}},
                               {"name": "share", "params": {"method": "sms", "content_type": "referral", "recipient": q.phone("e164"), "recipient_name": q.full}}]}
            labs = [[p.mrn, "mrn"], [med_of(p), "condition"], [q.phone("e164"), "phone"], [q.full, "name"]]
            ctl = ["FindCareActivity", inst]
        add(S, "POST", url, JSONH, J(body), labs, ctl, "redact", gz=(i == 3))
    inst = hexs(32); o = order_no()
    body = {"app_instance_id": inst, "user_id": uuid(), "timestamp_micros": epoch_ms(7) * 1000,
            "user_properties": {"plan": {"value": "self-pay"}, "last_build": {"value": "20260303"}, "theme": {"value": "dark"}},
            "events": [{"name": "app_open", "params": {"app_version": "5.3.1", "build": "5341"}},
                       {"name": "purchase", "params": {"transaction_id": o, "value": 129.00, "currency": "USD",
                                                       "items": [{"item_id": sku(), "item_name": "Annual wellness kit", "price": 129.00}]}}]}
    add(S, "POST", url, JSONH, J(body), [], [o, "20260303", "Annual wellness kit", inst], "pass")
    body = {"app_instance_id": hexs(32), "timestamp_micros": epoch_ms(8) * 1000,
            "events": [{"name": "screen_view", "params": {"firebase_screen": "ProviderProfile", "provider_name": prov(0, "dr"), "clinic_phone": PRACTICE_PHONE}}]}
    add(S, "POST", url, JSONH, J(body), [], [prov(0, "dr"), PRACTICE_PHONE], "pass")


# ----------------------------------------------------------------------------- 9. Crashlytics-style reports: custom keys, breadcrumbs, exception text (block)
def crash_report(user, attrs, log, exc_type, reason, fatal=True):
    return {"sdkVersion": "18.6.2", "gmpAppId": FB_APP, "platform": 4, "installationUuid": hexs(32), "buildVersion": "5341", "displayVersion": "5.3.1",
            "session": {"generator": f"{R.randint(10**6, 10**7):X}-{hexs(8)}", "identifier": hexs(32), "startedAt": epoch_ms(2) // 1000,
                        "app": {"identifier": "com.cedarhollow.patient", "version": "5341", "displayVersion": "5.3.1"},
                        "user": {"identifier": user}, "os": {"platform": 3, "version": "14", "buildVersion": "UP1A.231005.007", "jailbroken": False},
                        "events": [{"timestamp": epoch_ms(2) // 1000, "type": "crash" if fatal else "error",
                                    "app": {"execution": {"exception": {"type": exc_type, "reason": reason, "frames": [
                                        {"pc": R.randint(10**5, 10**7), "symbol": "com.cedarhollow.patient.ui.ChartFragment.onBind", "file": "ChartFragment.kt", "offset": 212}]}},
                                            "customAttributes": [{"key": k, "value": v} for k, v in attrs]},
                                    "log": {"content": log}}]}}


def crashlytics():
    S = "crashlytics_keys"
    url = f"http://crashlyticsreports-pa.googleapis.com/v1/cores/{quote(FB_APP, safe='')}/ops/createReport"
    H = {"Content-Type": "application/json", "X-CRASHLYTICS-API-KEY": "AIza" + alnum(35)}
    p = nextp()
    b = crash_report(uuid(), [("selected_patient", p.full), ("patient_mrn", p.mrn), ("screen", "ChartFragment"), ("build_number", "5341")],
                     "", "java.lang.IllegalStateException", "Fragment ChartFragment not attached to a context.")
    add(S, "POST", url, H, J(b), [[p.full, "name"], [p.mrn, "mrn"]], [], "block")
    p = nextp()
    t0 = tstamp(3)
    log = "\n".join([f"{(t0 + timedelta(seconds=k)).strftime('%H:%M:%S')} {m}" for k, m in enumerate(
        ["nav -> Messages", f"tap 'Message {prov(1, 'full')}'", f"compose.draft len=64 text='my {med_of(p)} is making me sick, can I stop it?'", "send -> 503"])])
    b = crash_report(p.email, [("screen", "ComposeMessage"), ("ab_bucket", "B")], log, "retrofit2.HttpException", "HTTP 503 ")
    add(S, "POST", url, H, J(b), [[p.email, "email"], [med_of(p), "condition"]], [], "block")
    p = nextp(); bd = p.dobs("dmy2")
    b = crash_report(uuid(), [("screen", "IntakeStep1"), ("locale", "en_US")], "", "java.time.format.DateTimeParseException",
                     f"Text '{bd}' could not be parsed at index 0 (field dateOfBirth, patient {p.mrn})", fatal=False)
    add(S, "POST", url, H, J(b), [[bd, "dob"], [p.mrn, "mrn"]], [], "block_if_disallowed")
    b = crash_report(uuid(), [("screen", "HomeFragment"), ("build_number", "5341"), ("ab_bucket", "A"), ("order_id", order_no())], "08:01:14 nav -> Home\n08:01:15 image cache miss",
                     "java.lang.NullPointerException", "Attempt to invoke virtual method 'int android.graphics.Bitmap.getWidth()' on a null object reference")
    add(S, "POST", url, H, J(b), [], [], "block_if_disallowed")
    b = crash_report(uuid(), [("screen", "Schedule"), ("clinic", "union-ave")], "", "java.net.SocketTimeoutException",
                     f"timeout after 15000ms: GET https://api.{SITE}/v2/slots?clinic=union-ave&date=2026-03-12&provider=jane-park-np", fatal=False)
    add(S, "POST", url, H, J(b), [], [], "block_if_disallowed")


# ----------------------------------------------------------------------------- 10. attribution: AppsFlyer, Adjust, Branch (allow device_id, ip_address)
def attribution():
    S = "attribution_s2s"
    AFH = {"Content-Type": "application/json", "authentication": alnum(22)}
    afurl = "http://api2.appsflyer.com/inappevent/com.cedarhollow.patient"
    p = nextp(); afid = f"{epoch_ms(1)}-{digits(19)}"
    ev = {"visit_reason": p.dx(), "af_content_id": "appt", "provider": prov(2, "short")}
    body = {"appsflyer_id": afid, "customer_user_id": p.mrn, "eventName": "appointment_booked", "eventValue": J(ev, compact=True), "eventTime": tstamp(1).strftime("%Y-%m-%d %H:%M:%S.000"),
            "advertising_id": p.gaid, "ip": p.ip, "af_events_api": "true"}
    add(S, "POST", afurl, AFH, J(body), [[p.mrn, "mrn"], [p.dx(), "condition"], [p.gaid, "device_id"], [p.ip, "ip_address"]], [afid, prov(2, "short")], "redact")
    p = nextp(); bd = p.dobs("us")
    ev = {"af_registration_method": "email", "email": p.email, "dob": bd, "insurance_member_id": p.mbr}
    body = {"appsflyer_id": afid, "customer_user_id": sha(p.email), "eventName": "af_complete_registration", "eventValue": J(ev, compact=True),
            "advertising_id": p.gaid, "ip": p.ip}
    add(S, "POST", afurl, AFH, J(body), [[p.email, "email"], [bd, "dob"], [p.mbr, "member_id"], [sha(p.email), "hashed_identifier"], [p.gaid, "device_id"], [p.ip, "ip_address"]],
        [afid], "redact")
    p = nextp(); o = order_no()
    ev = {"af_revenue": "129.00", "af_currency": "USD", "af_order_id": o, "af_content_id": sku()}
    body = {"appsflyer_id": afid, "eventName": "af_purchase", "eventValue": J(ev, compact=True), "advertising_id": p.gaid, "ip": p.ip}
    add(S, "POST", afurl, AFH, J(body), [[p.gaid, "device_id"], [p.ip, "ip_address"]], [o, "129.00"], "pass")
    # Adjust S2S: JSON callback_params inside a query string
    p = nextp()
    cb = J({"patient_id": p.mrn, "program": p.dx()}, compact=True); pp = J({"zip": p.zip4, "first_name": p.first}, compact=True)
    q = qs([("s2s", "1"), ("app_token", alnum(12, "abcdefghijklmnopqrstuvwxyz0123456789")), ("event_token", alnum(6, "abcdefghijklmnopqrstuvwxyz0123456789")),
            ("gps_adid", p.gaid), ("ip_address", p.ip), ("created_at_unix", str(epoch_ms(3) // 1000)), ("callback_params", cb), ("partner_params", pp)])
    add(S, "GET", f"http://s2s.adjust.com/event?{q}", {"Authorization": "Bearer " + alnum(32)}, "",
        [[p.mrn, "mrn"], [p.dx(), "condition"], [p.zip4, "zip"], [p.first, "name"], [p.gaid, "device_id"], [p.ip, "ip_address"]], [], "redact")
    p = nextp()
    body = qsp([("s2s", "1"), ("app_token", alnum(12, "abcdefghijklmnopqrstuvwxyz0123456789")), ("event_token", "k3n9x2"), ("idfa", p.gaid.upper()),
                ("callback_params", J({"email": p.email, "mobile": p.phone("paren"), "plan": p.payer}, compact=True)), ("revenue", "45.00"), ("currency", "USD")])
    add(S, "POST", "http://s2s.adjust.com/event", FORMH, body, [[p.gaid.upper(), "device_id"], [p.email, "email"], [p.phone("paren"), "phone"]], ["45.00"], "redact")
    # Branch
    bk = "key_live_" + alnum(32)
    p = nextp()
    body = {"name": "PURCHASE", "branch_key": bk, "user_data": {"os": "iOS", "idfa": p.gaid.upper(), "developer_identity": p.email, "ip": p.ip, "app_version": "5.3.1"},
            "custom_data": {"pickup_name": p.full, "pickup_date": p.appt_date("us")},
            "content_items": [{"$product_name": f"{med_of(p)} 30-day supply", "$sku": sku(), "$price": 45.0, "$quantity": 1}]}
    add(S, "POST", "http://api2.branch.io/v2/event/standard", JSONH, J(body),
        [[p.gaid.upper(), "device_id"], [p.email, "email"], [p.ip, "ip_address"], [p.full, "name"], [p.appt_date("us"), "date"], [med_of(p), "condition"]], ["5.3.1"], "redact")
    p = nextp(); bd = p.dobs("compact")
    body = {"branch_key": bk, "channel": "sms", "feature": "results", "campaign": "lab-ready",
            "data": {"$deeplink_path": f"results/{p.mrn}", "$og_title": f"{p.first}, your results are ready",
                     "$desktop_url": f"https://{PORTAL}/portal/#/results/{p.mrn}?dob={bd}"}}
    add(S, "POST", "http://api2.branch.io/v1/url", JSONH, J(body), [[p.mrn, "mrn"], [p.first, "name"], [bd, "dob"]], ["lab-ready"], "redact")
    p = nextp()
    body = {"name": "COMPLETE_REGISTRATION", "branch_key": bk, "user_data": {"os": "Android", "aaid": p.gaid, "app_version": "5.3.1", "limit_ad_tracking": False},
            "custom_data": {"signup_variant": "B", "build": "5341"}}
    add(S, "POST", "http://api2.branch.io/v2/event/standard", JSONH, J(body), [[p.gaid, "device_id"]], ["signup_variant"], "pass")


# ----------------------------------------------------------------------------- 11. push registration and sends: OneSignal, Expo (allow name, date)
def push():
    S = "push_registration"
    app = uuid(); OH = {"Content-Type": "application/json; charset=utf-8", "Authorization": "Key " + alnum(48)}
    p = nextp(); tok = alnum(11) + ":APA91b" + alnum(120)
    body = {"app_id": app, "device_type": 1, "identifier": tok, "language": "en", "timezone": -28800, "game_version": "5.3.1", "device_model": "Pixel 8",
            "external_user_id": p.mrn, "tags": {"first_name": p.first, "next_appt": p.appt_date("iso"), "care_program": p.dx(), "dob": p.dobs("usdash")}}
    add(S, "POST", "http://api.onesignal.com/players", OH, J(body),
        [[p.mrn, "mrn"], [p.first, "name"], [p.appt_date("iso"), "date"], [p.dx(), "condition"], [p.dobs("usdash"), "dob"]], [tok, "Pixel 8"], "redact")
    p = nextp()
    body = {"app_id": app, "target_channel": "push", "include_aliases": {"external_id": [p.mrn]},
            "headings": {"en": "Appointment reminder"}, "contents": {"en": f"Hi {p.first}, see {prov(1, 'dr')} on {p.appt_long()} at {p.appt_time()}. Call {PRACTICE_PHONE} to reschedule."}}
    add(S, "POST", "http://api.onesignal.com/notifications", OH, J(body), [[p.mrn, "mrn"], [p.first, "name"], [p.appt_long(), "date"]], [prov(1, "dr"), PRACTICE_PHONE], "redact")
    p = nextp()
    body = {"app_id": app, "target_channel": "push", "include_subscription_ids": [uuid()],
            "headings": {"en": "Reminder"}, "contents": {"en": f"{p.first}, your visit with {prov(0, 'dr')} is {p.appt_long()} at {p.appt_time()}."}}
    add(S, "POST", "http://api.onesignal.com/notifications", OH, J(body), [[p.first, "name"], [p.appt_long(), "date"]], [], "pass")
    p = nextp()
    body = {"properties": {"tags": {"segment": f"{p.dx()} outreach", "last_visit": p.appt_date("us"), "lang": "en"}}}
    add(S, "PATCH", f"http://api.onesignal.com/apps/{app}/users/by/external_id/{p.mrn}", OH, J(body),
        [[p.mrn, "mrn"], [p.dx(), "condition"], [p.appt_date("us"), "date"]], [], "redact")
    EH = {"Content-Type": "application/json", "Accept": "application/json", "Accept-Encoding": "gzip, deflate", "Authorization": "Bearer " + alnum(40)}
    p = nextp(); tok = f"ExponentPushToken[{alnum(22)}]"
    body = [{"to": tok, "title": "Appointment reminder", "body": f"{p.first}, see {prov(3, 'dr')} on {p.appt_long()} at {p.appt_time()}.",
             "data": {"apptId": uuid(), "screen": "Appointments"}, "sound": "default"}]
    add(S, "POST", "http://exp.host/--/api/v2/push/send", EH, J(body), [[p.first, "name"], [p.appt_long(), "date"]], [], "pass")
    p, q = nextp(), nextp(); t1, t2 = f"ExponentPushToken[{alnum(22)}]", f"ExponentPushToken[{alnum(22)}]"
    body = [{"to": t1, "title": "Prescription ready", "body": f"{p.first}, your {med_of(p)} is ready at the front desk.", "data": {"patientId": p.mrn}},
            {"to": t2, "title": "New message", "body": f"{q.first}, {prov(1, 'dr')} replied about your {q.dx()} results.",
             "data": {"url": f"cedarhollow://results/{q.mrn}?dob={q.dobs('iso')}"}, "channelId": "clinical"}]
    add(S, "POST", "http://exp.host/--/api/v2/push/send", EH, J(body),
        [[p.first, "name"], [med_of(p), "condition"], [p.mrn, "mrn"], [q.first, "name"], [q.dx(), "condition"], [q.mrn, "mrn"], [q.dobs("iso"), "dob"]],
        [t1, t2, prov(1, "dr")], "redact", gz=True)
    body = {"ids": [uuid() for _ in range(3)]}
    add(S, "POST", "http://exp.host/--/api/v2/push/getReceipts", EH, J(body), [], body["ids"], "pass")


# ----------------------------------------------------------------------------- 12. transcripts with speaker labels: Otter (redact), Rev.ai under BAA (pass)
def transcripts():
    S = "transcripts"
    OTH = {"Authorization": "Bearer " + alnum(40)}
    ourl = "http://api.otter.ai/v1/speech/upload_transcript"
    # plain text, "Speaker: utterance"
    p = nextp(); ph = p.phone("dash"); sp = nextp()
    txt = (f"Visit transcript - recorded {p.appt_date('iso')} {p.appt.strftime('%H:%M')} (device MIC-07)\n\n"
           f"{prov(0, 'dr')}: Good afternoon. Can you state your full name and date of birth for me?\n"
           f"Patient: Sure, it's {p.first} {p.last}, {'-'.join(p.al.upper().replace(' ', ''))}. Birthday is {p.dobs('ordinal')}.\n"
           f"{prov(0, 'dr')}: Thanks. And how have things been since we started the {med_of(p)}?\n"
           f"Patient: Better. Most days are okay. I still go to the group on Tuesdays.\n"
           f"{prov(0, 'dr')}: Good. Is {ph} still the best number?\n"
           f"Patient: Yes, or my sister {sp.first}'s cell.\n")
    add(S, "POST", ourl + "?format=txt&speakers=2", dict(OTH, **{"Content-Type": "text/plain; charset=utf-8"}), txt,
        [[p.first, "name"], [p.last, "name"], ["-".join(p.al.upper().replace(" ", "")), "name"], [p.dobs("ordinal"), "dob"], [med_of(p), "condition"], [ph, "phone"],
         [p.appt_date("iso"), "date"], [sp.first, "name"]], [prov(0, "dr"), "MIC-07"], "redact")
    # WebVTT, the patient is a voice tag
    p = nextp(); bd = p.dobs("dmy2")
    cues = [(f"<v {prov(1, 'full')}>", f"Okay, I have you as {p.full}, date of birth {bd}?"),
            (f"<v {p.full}>", f"Yes. And my new address is {p.street}, {p.unit or 'the blue house'}, in {p.city}."),
            (f"<v {prov(1, 'full')}>", f"Got it. The {p.dx()} screening came back and we should talk about next steps."),
            (f"<v {p.full}>", "Okay. Can you send it to the portal too?")]
    vtt = "WEBVTT\n\n" + "".join(f"00:00:{4 * k:02d}.200 --> 00:00:{4 * k + 3:02d}.900\n{v}{u}\n\n" for k, (v, u) in enumerate(cues))
    labs = [[p.full, "name"], [bd, "dob"], [p.street, "address"], [p.city, "address"], [p.dx(), "condition"]]
    if p.unit: labs.append([p.unit, "address"])
    add(S, "POST", ourl + "?format=vtt", dict(OTH, **{"Content-Type": "text/vtt"}), vtt, labs, [prov(1, "full"), "00:00:04.200 --> 00:00:07.900"], "redact")
    # SRT with diarized SPEAKER_nn labels: a benefits call, the MBI read out with dashes
    p = nextp(); m = p.mbi; mdash = f"{m[:4]}-{m[4:7]}-{m[7:]}"
    lines = [("SPEAKER_00", f"{PRACTICE} billing, this is Tasha."),
             ("SPEAKER_01", f"Hi, I'm calling for my mother, {p.full}. She got a bill for the {p.appt_date('long')} visit."),
             ("SPEAKER_00", "I can help. Can I get her Medicare number?"),
             ("SPEAKER_01", f"It's {mdash}. Her date of birth is {p.dobs('us')}."),
             ("SPEAKER_00", f"Thank you. I see the claim for {p.cond[0]}; it went to the wrong plan. I'll resubmit today, reference number {ten_digit_id()}.")]
    srt = "".join(f"{k + 1}\n00:00:{3 * k:02d},000 --> 00:00:{3 * k + 2:02d},500\n{s}: {u}\n\n" for k, (s, u) in enumerate(lines))
    add(S, "POST", ourl + "?format=srt", dict(OTH, **{"Content-Type": "application/x-subrip"}), srt,
        [[p.full, "name"], [p.appt_date("long"), "date"], [mdash, "mbi"], [p.dobs("us"), "dob"], [p.cond[0], "icd10"]], [PRACTICE, "SPEAKER_01"], "redact", gz=True)
    # telehealth with an interpreter, speaker labels in caps
    p = BY_FIRST["Dolores"]; ph = p.phone("paren")
    txt = (f"[00:01:12] INTERPRETER: She says her name is {p.full} and she was born on {p.dobs('es')}.\n"
           f"[00:01:20] {prov(2, 'last').upper()}: Ask her if she is still taking the {med_of(p)}.\n"
           f"[00:01:31] PATIENT: Sí, todos los días. Mi número es {ph}.\n"
           f"[00:01:40] INTERPRETER: Yes, every day. Her number is {ph}.\n")
    add(S, "POST", ourl + "?format=txt&speakers=3", dict(OTH, **{"Content-Type": "text/plain; charset=utf-8"}), txt,
        [[p.full, "name"], [p.dobs("es"), "dob"], [med_of(p), "condition"], [ph, "phone"]], ["INTERPRETER"], "redact")
    # BAA: everything goes
    p = nextp()
    txt = (f"Speaker 1 ({prov(2, 'dr')}): Hi {p.first}, I'm looking at your chart, {p.mrn}.\nSpeaker 2 ({p.full}): Hi. I wanted to talk about the {p.dx()} results.\n"
           f"Speaker 1: Sure. Your date of birth is {p.dobs('us')}, correct?\nSpeaker 2: Yes.\n")
    add(S, "POST", "http://api.rev.ai/speechtotext/v1/transcripts/import", {"Content-Type": "text/plain", "Authorization": "Bearer " + alnum(50)}, txt,
        [[p.first, "name"], [p.mrn, "mrn"], [p.full, "name"], [p.dx(), "condition"], [p.dobs("us"), "dob"]], [], "pass")
    # clean: staff huddle
    tid = ten_digit_id()
    txt = (f"Staff huddle {date(2026, 3, 10).isoformat()} 07:45\n{prov(0, 'dr')}: Morning everyone. {prov(1, 'full')} is covering the Union Ave walk-ins today.\n"
           f"{prov(3, 'full')}: The main line {PRACTICE_PHONE} will forward to the nurse line after 5.\n"
           f"Office manager: Glove order {tid} ships Thursday, and the EHR goes to version 4.12.3 tonight at 6 PM.\n"
           f"{prov(2, 'dr')}: Flu clinic is Saturday, 9 to 1, at {PRACTICE_ADDR}.\n")
    add(S, "POST", ourl + "?format=txt&speakers=4", dict(OTH, **{"Content-Type": "text/plain; charset=utf-8"}), txt, [],
        [prov(0, "dr"), prov(1, "full"), prov(3, "full"), PRACTICE_PHONE, tid, "4.12.3", PRACTICE_ADDR], "pass")


# ----------------------------------------------------------------------------- 13. OCR'd fax text to document AI (redact), Documo under BAA (pass)
def fax_hdr(page, pages):
    return f"MAR-10-2026 13:{R.randint(10, 59)}  FROM: LAKEWOOD ORTHO & SPINE  2535881234        TO: 2534720191        P.00{page}/00{pages}"


def fax_ocr():
    S = "fax_ocr"
    NH = {"Content-Type": "application/json", "Authorization": "Basic " + b64(alnum(32) + ":")}
    nurl = f"http://api.nanonets.com/api/v2/OCR/Model/{uuid()}/LabelFile/"
    # referral form: labels on one line, values on the next
    p = nextp(); bd = p.dobs("spaced"); ph = f"{p.area} {p.exch} {p.line}"
    ocr = (f"{fax_hdr(1, 3)}\n\n        R E F E R R A L    F O R M\n\nPATIENT NAME\n{p.al.upper()}, {p.af.upper()} Q\nDATE OF BIRTH          SEX\n{bd}         U\n"
           f"ADDRESS\n{p.addr1().upper()}\n{p.city.upper()}  WA  {p.zip4}\nPHONE (HOME)           PHONE (CELL)\n{ph}\n"
           f"INSURANCE              MEMBER ID\n{p.payer.upper()}     {p.mbr}\nDIAGNOSIS / ICD-10\n{p.cond[0]}  {p.dx().upper()}\n"
           f"REFERRING PROVIDER: DR. SAMUEL OKAFOR   NPI {npi()}\n")
    add(S, "POST", nurl, NH, J({"file_name": "fax_20260310_1358.tif", "ocr_text": ocr, "pages": 3}),
        [[p.al.upper(), "name"], [p.af.upper(), "name"], [bd, "dob"], [p.addr1().upper(), "address"], [p.city.upper(), "address"], [p.zip4, "zip"], [ph, "phone"],
         [p.mbr, "member_id"], [p.cond[0], "icd10"], [p.dx().upper(), "condition"]], ["DR. SAMUEL OKAFOR", "2535881234", "fax_20260310_1358.tif"], "redact")
    # lab result, OCR collapses spaces and misreads the label
    p = nextp(); bd = p.dobs("compact")
    ocr = (f"PACIFIC NW REFERENCE LAB     CLIA 50D{digits(7)}\nPATIENT:{p.al.upper()},{p.af.upper()}    D0B:{bd}   MRN:{p.mrn}\n"
           f"COLLECTED: {p.appt_date('us')} 08:12   REPORTED: {p.appt_date('us')} 16:40\n"
           f"TEST                         RESULT      FLAG   REF\nHCV RNA QUANT                {R.randint(10**5, 10**6)} IU/mL   H    NOT DETECTED\n"
           f"COMMENT: CONSISTENT WITH ACTIVE HEPATITIS C INFECTION. ORDERING: {prov(0, 'dr').upper()}\n")
    add(S, "POST", "http://api.docparser.com/v1/document/upload/" + alnum(12, "abcdefghijklmnopqrstuvwxyz"), {"Content-Type": "text/plain", "api_key": hexs(40)}, ocr,
        [[p.al.upper(), "name"], [p.af.upper(), "name"], [bd, "dob"], [p.mrn, "mrn"], [p.appt_date("us"), "date"], ["HEPATITIS C", "condition"]],
        [prov(0, "dr").upper(), "PACIFIC NW REFERENCE LAB"], "redact")
    # payer prior-authorization denial
    p = nextp(); bd = p.dobs("dmon")
    ocr = (f"{p.payer.upper()}  -  UTILIZATION MANAGEMENT\nNOTICE OF ADVERSE BENEFIT DETERMINATION\n\nMEMBER NAME:   {p.af.upper()} {p.al.upper()}\n"
           f"MEMBER ID#:    {p.mbr}          GROUP: 1000{digits(4)}\nDATE OF BIRTH: {bd}\nMEDICARE ID:   {p.mbi}\n"
           f"RE: REQUEST FOR {med_of(p).upper()}\nREASON: STEP THERAPY NOT MET FOR DX {p.cond[0]}\nCASE #: PA-{digits(8)}\n")
    add(S, "POST", nurl, NH, J({"file_name": "fax_20260310_1422.tif", "ocr_text": ocr, "pages": 1}),
        [[f"{p.af.upper()} {p.al.upper()}", "name"], [p.mbr, "member_id"], [bd, "dob"], [p.mbi, "mbi"], [med_of(p).upper(), "condition"], [p.cond[0], "icd10"]],
        ["NOTICE OF ADVERSE BENEFIT DETERMINATION"], "redact")
    # handwritten intake sheet, OCR noise (an O for a 0 in the phone)
    p = nextp(); bd = p.dobs("usn"); ph = f"{p.area}-{p.exch}-{str(p.line).replace('0', 'O')}" if "0" in str(p.line) else f"{p.area}-{p.exch}-{p.line}"
    ocr = (f"NEW PATIENT lNTAKE   (pg 1 of 2)\nName:   {p.first} {p.last}~    DOB  {bd} ,,\nPhone   {ph}    Email {p.email}\n"
           f"SSN  {p.ssn}\nReason for visit:  {p.dx()} , want to restart meds\nPharmacy:  Safeway #1602  Lakewood\n")
    add(S, "POST", "http://api.docparser.com/v1/document/upload/" + alnum(12, "abcdefghijklmnopqrstuvwxyz"), {"Content-Type": "text/plain", "api_key": hexs(40)}, ocr,
        [[p.first, "name"], [p.last, "name"], [bd, "dob"], [ph, "phone"], [p.email, "email"], [p.ssn, "ssn"], [p.dx(), "condition"]], ["Safeway #1602"], "redact", gz=True)
    # Documo (BAA)
    p = nextp()
    ocr = f"{fax_hdr(1, 1)}\nPATIENT NAME\n{p.al.upper()}, {p.af.upper()}\nDOB\n{p.dobs('us')}\nDX\n{p.cond[0]} {p.dx().upper()}\n"
    add(S, "POST", "http://api.documo.com/v1/fax/send", {"Content-Type": "application/json", "Authorization": "Basic " + b64(alnum(40))},
        J({"faxNumber": "12535881234", "coverPage": False, "ocrText": ocr, "tags": ["referral"]}),
        [[p.al.upper(), "name"], [p.af.upper(), "name"], [p.dobs("us"), "dob"], [p.cond[0], "icd10"], [p.dx().upper(), "condition"]], [], "pass")
    # clean: a supply invoice on the practice's letterhead, and a cover sheet between providers
    po = f"PO# 2026-{R.randint(1000, 9999)}"; s = sku()
    ocr = (f"MAR-03-2026 09:14  FROM: CASCADE MEDICAL SUPPLY  2539224100   TO: 2534720191   P.001/001\n\nINVOICE\nBILL TO\n{PRACTICE.upper()}\n{PRACTICE_ADDR.upper()}\n"
           f"TACOMA WA 98405\nPH {PRACTICE_PHONE}   FAX {PRACTICE_FAX}\nINVOICE DATE\n03/03/2026\n{po}\nQTY 12 CS NITRILE GLOVES M   {s}   $412.50\nTOTAL DUE  $412.50\n")
    add(S, "POST", nurl, NH, J({"file_name": "fax_20260303_0914.tif", "ocr_text": ocr, "pages": 1}), [],
        [PRACTICE.upper(), PRACTICE_ADDR.upper(), PRACTICE_PHONE, "03/03/2026", po, s, "$412.50"], "pass")
    ocr = (f"FAX COVER SHEET\nTO\n{prov(0, 'dr').upper()}\nFROM\n{prov(1, 'full').upper()}\nPAGES\n3\nRE\nON-CALL SCHEDULE APRIL 2026\n"
           f"CALLBACK\n{PRACTICE_PHONE}\n")
    add(S, "POST", nurl, NH, J({"file_name": "cover.tif", "ocr_text": ocr, "pages": 1}), [], [prov(0, "dr").upper(), prov(1, "full").upper(), "ON-CALL SCHEDULE APRIL 2026"], "pass")


# ----------------------------------------------------------------------------- 14. prior-authorization multipart posts: form backends (redact), CoverMyMeds under BAA (pass)
def prior_auth():
    S = "prior_auth_multipart"
    for i in range(4):
        p = nextp(); bnd = "----WebKitFormBoundary" + alnum(16); bd = p.dobs(["us", "ordinal", "iso", "dmy2"][i]); npi_ = PROV_NPI["Reyes"]
        if i == 0:
            notes = (f"{p.first} has been on {med_of(p)} since {p.appt.year - 3}. Tried and failed two formulary alternatives. "
                     f"Dx {p.dx()} ({p.cond[0]}). Please call {prov(0, 'dr')} at {PRACTICE_PHONE} with questions.")
            parts = [("patient_first", None, None, p.first), ("patient_last", None, None, p.last), ("patient_dob", None, None, bd),
                     ("member_id", None, None, p.mbr), ("rx_bin", None, None, "610014"), ("rx_pcn", None, None, "9999"), ("drug_name", None, None, med_of(p)),
                     ("diagnosis_code", None, None, p.cond[0]), ("prescriber", None, None, prov(0, "full")), ("prescriber_npi", None, None, npi_),
                     ("clinical_notes", None, None, notes),
                     ("chart_notes", "chart_notes.txt", "text/plain", f"PATIENT: {p.full}\nMRN: {p.mrn}\nPROBLEMS: {p.dx()}\n")]
            labs = [[p.first, "name"], [p.last, "name"], [bd, "dob"], [p.mbr, "member_id"], [med_of(p), "condition"], [p.cond[0], "icd10"], [p.dx(), "condition"],
                    [p.full, "name"], [p.mrn, "mrn"]]
            ctl = ["610014", prov(0, "full"), npi_, PRACTICE_PHONE]
            url = f"http://formspree.io/f/{alnum(8, 'abcdefghijklmnopqrstuvwxyz')}"
        elif i == 1:   # different field names, a JSON part, gzip
            js = J({"patient": {"name": f"{p.al}, {p.af}", "dob": bd, "medicare_mbi": p.mbi, "phone": p.phone("dot")}, "request": {"drug": med_of(p), "qty": 30}})
            parts = [("Pt Name", None, None, f"{p.al}, {p.af}"), ("DOB", None, None, bd), ("Medicare MBI", None, None, p.mbi), ("Dx", None, None, p.dx()),
                     ("payload", "request.json", "application/json", js), ("_next", None, None, f"https://{SITE}/thanks")]
            labs = [[f"{p.al}, {p.af}", "name"], [bd, "dob"], [p.mbi, "mbi"], [p.dx(), "condition"], [p.phone("dot"), "phone"], [med_of(p), "condition"]]
            ctl = [f"https://{SITE}/thanks"]
            url = f"http://api.getform.io/v1/forms/{uuid()}"
        elif i == 2:   # generic field names
            parts = [("field_1", None, None, p.full), ("field_2", None, None, bd), ("field_3", None, None, p.ssn), ("field_4", None, None, p.addr1()),
                     ("field_5", None, None, p.zip), ("field_6", None, None, f"Requesting {med_of(p)} for {p.dx()}")]
            labs = [[p.full, "name"], [bd, "dob"], [p.ssn, "ssn"], [p.addr1(), "address"], [p.zip, "zip"], [med_of(p), "condition"], [p.dx(), "condition"]]
            ctl = ["field_6"]
            url = f"http://formspree.io/f/{alnum(8, 'abcdefghijklmnopqrstuvwxyz')}"
        else:          # CoverMyMeds (BAA): untouched
            parts = [("patient[first_name]", None, None, p.first), ("patient[last_name]", None, None, p.last), ("patient[date_of_birth]", None, None, bd),
                     ("patient[member_id]", None, None, p.mbr), ("drug[name]", None, None, med_of(p)), ("diagnosis[code]", None, None, p.cond[0]),
                     ("attachment", "notes.txt", "text/plain", f"{p.full} {p.mrn} {p.dx()}")]
            labs = [[p.first, "name"], [p.last, "name"], [bd, "dob"], [p.mbr, "member_id"], [med_of(p), "condition"], [p.cond[0], "icd10"], [p.full, "name"],
                    [p.mrn, "mrn"], [p.dx(), "condition"]]
            ctl = []
            url = "http://api.covermymeds.com/requests?v=1&api_id=" + alnum(20)
        add(S, "POST", url, {"Content-Type": f"multipart/form-data; boundary={bnd}"}, mp(bnd, parts), labs, ctl, "pass" if i == 3 else "redact", gz=(i == 1))
    # clean: a blank formulary-exception template request (drug and prescriber, no patient)
    bnd = "----WebKitFormBoundary" + alnum(16)
    parts = [("form", None, None, "formulary-exception-template"), ("drug_name", None, None, "buprenorphine-naloxone 8 mg-2 mg film"),
             ("ndc", None, None, "12496120803"), ("prescriber", None, None, prov(0, "full")), ("prescriber_npi", None, None, PROV_NPI["Reyes"]),
             ("fax_back", None, None, PRACTICE_FAX)]
    add(S, "POST", f"http://formspree.io/f/{alnum(8, 'abcdefghijklmnopqrstuvwxyz')}", {"Content-Type": f"multipart/form-data; boundary={bnd}"}, mp(bnd, parts), [],
        ["buprenorphine-naloxone 8 mg-2 mg film", "12496120803", prov(0, "full"), PROV_NPI["Reyes"], PRACTICE_FAX], "pass")


# ----------------------------------------------------------------------------- 15. patient-portal URLs (ids in paths and fragments) in analytics hits and Referer headers (redact)
def ga4(dl, dt, extra=(), dr=""):
    return qs([("v", "2"), ("tid", "G-7QK2M4XR9P"), ("gtm", "45je6340v9"), ("_p", str(R.randint(10**9, 10**10))), ("cid", f"{R.randint(10**8, 10**9)}.{R.randint(10**9, 10**10)}"),
               ("ul", "en-us"), ("sr", "390x844"), ("_s", str(R.randint(1, 9))), ("sid", str(R.randint(10**9, 10**10))), ("sct", "4"), ("seg", "1"),
               ("dl", dl), ("dr", dr), ("dt", dt), ("en", "page_view")] + list(extra))


def portal_urls():
    S = "portal_urls"
    gurl = "http://region1.google-analytics.com/g/collect?"
    p = nextp(); slug = p.dx().lower().replace(" ", "-").replace("'", "")
    dl = f"https://{PORTAL}/portal/patients/{p.mrn}/results#/lab/{slug}?flag=abnormal"
    add(S, "POST", gurl + ga4(dl, f"Results - {p.full} | {PRACTICE}", dr=f"https://{PORTAL}/portal/patients/{p.mrn}/home"), {"User-Agent": UA}, "",
        [[p.mrn, "mrn"], [slug, "condition"], [p.full, "name"]], [PRACTICE, "G-7QK2M4XR9P"], "redact")
    p = nextp(); loc = p.email
    dl = f"https://{PORTAL}/portal/u/{quote(loc, safe='')}/settings#notifications"
    add(S, "POST", gurl + ga4(dl, "Notification settings", extra=[("up.first_name", p.first), ("epn.age", str(p.age()))]), {"User-Agent": UA}, "",
        [[loc, "email"], [p.first, "name"]], ["Notification settings"], "redact")
    p = nextp(); d = p.appt_date("iso")
    props = {"event": "$mp_web_page_view", "properties": {"$current_url": f"https://{PORTAL}/portal/appointments/{d}/confirm?pid={p.mrn}",
             "$title": f"Confirm appointment - {p.full}", "$referrer": f"https://{PORTAL}/portal/", "token": hexs(32), "distinct_id": p.email, "mp_lib": "web",
             "$lib_version": "2.49.0", "time": epoch_ms(4) / 1000}}
    data = base64.b64encode(J(props, compact=True).encode()).decode()
    add(S, "GET", f"http://api-js.mixpanel.com/track/?data={quote(data, safe='')}&ip=1&_={epoch_ms(4)}", {"User-Agent": UA}, "",
        [[d, "date"], [p.mrn, "mrn"], [p.full, "name"], [p.email, "email"]], ["2.49.0"], "redact")
    p = nextp(); slug = p.dx().lower().replace(" ", "-").replace("'", "")
    evs = [{"event": "Message Thread Opened", "properties": {"$current_url": f"https://{PORTAL}/portal/#/messages/thread/{R.randint(1000, 9999)}/{slug}", "distinct_id": p.mrn,
            "token": hexs(32), "provider": prov(1, "full")}},
           {"event": "Document Downloaded", "properties": {"$current_url": f"https://{PORTAL}/portal/#/documents/{p.mrn}/visit-summary-{p.appt_date('iso')}.pdf",
            "distinct_id": p.mrn, "token": hexs(32)}}]
    body = "data=" + quote(base64.b64encode(J(evs, compact=True).encode()).decode(), safe="") + "&verbose=1"
    add(S, "POST", "http://api-js.mixpanel.com/track/?ip=1", FORMH, body, [[slug, "condition"], [p.mrn, "mrn"], [p.appt_date("iso"), "date"]], [prov(1, "full")], "redact")
    # the browser's Referer on third-party asset requests
    p = nextp()
    ref = f"https://{PORTAL}/portal/appointments/confirm?first={quote(p.first)}&last={quote(p.last)}&dob={quote(p.dobs('us'), safe='')}&mrn={p.mrn}"
    add(S, "GET", "http://fonts.googleapis.com/css2?family=Inter:wght@400;600&display=swap", {"User-Agent": UA, "Referer": ref, "Accept": "text/css,*/*;q=0.1"}, "",
        [[p.first, "name"], [p.last, "name"], [p.dobs("us"), "dob"], [p.mrn, "mrn"]], ["family=Inter:wght@400;600"], "redact")
    p = nextp(); slug = med_of(p).lower().replace(" ", "-")
    ref = f"https://{PORTAL}/portal/patients/{p.mrn}/medications/{slug}/refill"
    add(S, "GET", "http://cdn.jsdelivr.net/npm/chart.js@4.4.1/dist/chart.umd.min.js", {"User-Agent": UA, "Referer": ref}, "",
        [[p.mrn, "mrn"], [slug, "condition"]], ["chart.js@4.4.1"], "redact")
    # clean: invoices, provider pages, calendar views, UUIDs
    inv = f"INV-2026-{R.randint(10000, 99999)}"
    add(S, "POST", gurl + ga4(f"https://{PORTAL}/portal/billing/invoice/{inv}#pay", f"Invoice {inv} | {PRACTICE}", extra=[("ep.amount", "129.00")]),
        {"User-Agent": UA}, "", [], [inv, "129.00"], "pass")
    add(S, "GET", "http://fonts.googleapis.com/css2?family=Inter:wght@400;600&display=swap", {"User-Agent": UA, "Referer": f"https://www.{SITE}/providers/jane-park-np"}, "",
        [], ["jane-park-np"], "pass")
    u = uuid()
    props = {"event": "$mp_web_page_view", "properties": {"$current_url": f"https://{PORTAL}/portal/#/appointments?view=week&date=2026-03-10&slot={u}",
             "distinct_id": uuid(), "token": hexs(32), "$lib_version": "2.49.0"}}
    data = base64.b64encode(J(props, compact=True).encode()).decode()
    add(S, "GET", f"http://api-js.mixpanel.com/track/?data={quote(data, safe='')}&ip=1", {"User-Agent": UA}, "", [], [u, "2026-03-10"], "pass")


# ----------------------------------------------------------------------------- 16. CSV / TSV exports with unusual headers
def csvq(v):
    v = str(v)
    return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\n') else v


def csv_exports():
    S = "csv_tsv_exports"
    SH = {"Authorization": "Bearer " + alnum(26)}
    # AR aging to Smartsheet (no BAA): mixed date formats per row
    rows, labs = ["Pt Last,Pt First,Birth Dt,Ins Mbr #,Chart #,Svc Dt,Dx1,Bal Due"], []
    for j, st in enumerate(["dmy2", "compact", "us2"]):
        p = nextp(); bd = p.dobs(st)
        rows.append(",".join(csvq(v) for v in [p.last, p.first, bd, p.mbr, p.mrn, p.appt_date("usn"), p.cond[0], f"{R.randint(20, 900)}.{R.randint(0, 99):02d}"]))
        labs += [[p.last, "name"], [p.first, "name"], [bd, "dob"], [p.mbr, "member_id"], [p.mrn, "mrn"], [p.appt_date("usn"), "date"], [p.cond[0], "icd10"]]
    add(S, "POST", "http://api.smartsheet.com/2.0/sheets/import?sheetName=AR%20aging%20March&headerRowIndex=0&primaryColumnIndex=0",
        dict(SH, **{"Content-Type": "text/csv", "Content-Disposition": "attachment"}), "\r\n".join(rows) + "\r\n", labs, ["Ins Mbr #", "Bal Due"], "redact")
    # TSV with mainframe-style headers, gzip
    rows, labs = ["PATIENT_NM\tDOB_YYYYMMDD\tHOME_PH\tCELL_PH\tEMAIL_ADDR\tSTREET_1\tSTREET_2\tZIP_CD\tPROBLEM"], []
    for j in range(3):
        p = nextp(); nm = f"{p.al.upper()},{p.af.upper()}"
        rows.append("\t".join([nm, p.dobs("compact"), p.phone("bare"), p.phone("dot") if j != 1 else "", p.email.upper(), p.street.upper(), p.unit.upper(), p.zip + p.plus4, p.dx().upper()]))
        labs += [[p.al.upper(), "name"], [p.af.upper(), "name"], [p.dobs("compact"), "dob"], [p.phone("bare"), "phone"], [p.email.upper(), "email"],
                 [p.street.upper(), "address"], [p.zip + p.plus4, "zip"], [p.dx().upper(), "condition"]]
        if j != 1: labs.append([p.phone("dot"), "phone"])
        if p.unit: labs.append([p.unit.upper(), "address"])
    add(S, "POST", "http://api.smartsheet.com/2.0/sheets/import?sheetName=outreach&headerRowIndex=0",
        dict(SH, **{"Content-Type": "text/tab-separated-values"}), "\n".join(rows) + "\n", labs, ["DOB_YYYYMMDD", "PROBLEM"], "redact", gz=True)
    # Excel export: BOM, CRLF, "Last, First" in one quoted cell, an extension on the phone
    rows, labs = ["\ufeffPatient,Cell,Ins Mbr #,Birth Dt,Last Visit Dx"], []
    for j in range(2):
        p = nextp(); nm = f"{p.last}, {p.first} {R.choice('ABCDEJKLMRS')}."; ph = p.phone("paren"); bd = p.dobs("mon")
        rows.append(",".join(csvq(v) for v in [nm, f"{ph} x{R.randint(10, 99)}", p.mbr, bd, f"{p.dx()} ({p.cond[0]})"]))
        labs += [[f"{p.last}, {p.first}", "name"], [ph, "phone"], [p.mbr, "member_id"], [bd, "dob"], [p.dx(), "condition"], [p.cond[0], "icd10"]]
    add(S, "POST", "http://api.smartsheet.com/2.0/sheets/import?sheetName=callbacks&headerRowIndex=0",
        dict(SH, **{"Content-Type": "text/csv; charset=utf-8"}), "\r\n".join(rows) + "\r\n", labs, ["Last Visit Dx"], "redact")
    # newsletter list to Constant Contact (allow name, email): phone, birthday and the note must go
    bnd = "----" + alnum(24); rows, labs = ["email,first_name,last_name,phone,birthday,list_note"], []
    for j in range(3):
        p = nextp(); bd = p.dobs("usn")
        rows.append(",".join(csvq(v) for v in [p.email, p.first, p.last, p.phone("dash"), bd, f"{p.dx()} support group" if j != 2 else "general"]))
        labs += [[p.email, "email"], [p.first, "name"], [p.last, "name"], [p.phone("dash"), "phone"], [bd, "dob"]]
        if j != 2: labs.append([p.dx(), "condition"])
    body = mp(bnd, [("file", "newsletter_march.csv", "text/csv", "\n".join(rows) + "\n"), ("list_ids", None, None, uuid())])
    add(S, "POST", "http://api.cc.email/v3/activities/contacts_file_import", {"Content-Type": f"multipart/form-data; boundary={bnd}", "Authorization": "Bearer " + alnum(40)},
        body, labs, ["newsletter_march.csv", "list_note"], "redact")
    bnd = "----" + alnum(24); rows, labs = ["email,first_name,last_name"], []
    for j in range(3):
        p = nextp(); rows.append(f"{p.email},{p.first},{p.last}"); labs += [[p.email, "email"], [p.first, "name"], [p.last, "name"]]
    body = mp(bnd, [("file", "wellness_list.csv", "text/csv", "\n".join(rows) + "\n"), ("list_ids", None, None, uuid())])
    add(S, "POST", "http://api.cc.email/v3/activities/contacts_file_import", {"Content-Type": f"multipart/form-data; boundary={bnd}", "Authorization": "Bearer " + alnum(40)},
        body, labs, [], "pass")
    # the practice's own S3 bucket (BAA)
    rows, labs = ["Pt Last,Pt First,Birth Dt,SSN,Chart #,Dx1"], []
    for j in range(3):
        p = nextp(); rows.append(",".join(csvq(v) for v in [p.last, p.first, p.dobs("us"), p.ssn, p.mrn, p.cond[0]]))
        labs += [[p.last, "name"], [p.first, "name"], [p.dobs("us"), "dob"], [p.ssn, "ssn"], [p.mrn, "mrn"], [p.cond[0], "icd10"]]
    add(S, "PUT", "http://cedarhollow-exports.s3.us-west-2.amazonaws.com/exports/ar_2026-03.csv",
        {"Content-Type": "text/csv", "x-amz-content-sha256": "UNSIGNED-PAYLOAD", "x-amz-date": "20260310T220000Z"}, "\n".join(rows) + "\n", labs, [], "pass")
    # clean: supply inventory (expiry dates, lot numbers, NDCs, prices)
    rows = ["Item,SKU,Lot #,Exp Dt,NDC,Qty,Unit Cost"]
    ctl = []
    for item, ndc in [("Influenza vaccine 0.5 mL PFS", "49281042450"), ("Tdap vaccine 0.5 mL", "58160084252"), ("Lidocaine 1% 20 mL vial", "63323048527")]:
        s = sku(); lot = f"{alnum(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{R.randint(1000, 9999)}"; exp = f"0{R.randint(1, 9)}/0{R.randint(1, 9)}/2027"
        rows.append(",".join([item, s, lot, exp, ndc, str(R.randint(5, 60)), f"{R.randint(3, 40)}.{R.randint(0, 99):02d}"])); ctl += [s, lot, exp, ndc]
    add(S, "POST", "http://api.smartsheet.com/2.0/sheets/import?sheetName=inventory&headerRowIndex=0", dict(SH, **{"Content-Type": "text/csv"}),
        "\n".join(rows) + "\n", [], ctl, "pass")


# ----------------------------------------------------------------------------- 17. pipe-delimited flat files
def pipe_files():
    S = "pipe_delimited"
    WH = {"Content-Type": "text/plain", "Authorization": "Bearer " + alnum(36)}
    # appointment reminders to Weave (allow name, phone, date): chart number, DOB and reason must go
    for k in range(2):
        rows, labs, ctl = [f"H|CEDARHOLLOW|2026031{k}|2.1", "D|MRN|LAST|FIRST|DOB|PHONE|APPTDATE|APPTTIME|PROVIDER|REASON"], [], []
        for j in range(3):
            p = nextp(); bd = p.dobs(["compact", "us"][k])
            reason = p.dx().upper() if k == 0 else "FOLLOW UP"
            rows.append("|".join(["D", p.mrn, p.last.upper(), p.first.upper(), bd, p.phone("bare"), p.appt_date("compact"), p.appt.strftime("%H%M"), prov(j, "last").upper(), reason]))
            labs += [[p.mrn, "mrn"], [p.last.upper(), "name"], [p.first.upper(), "name"], [bd, "dob"], [p.phone("bare"), "phone"], [p.appt_date("compact"), "date"]]
            if k == 0: labs.append([reason, "condition"])
        rows.append(f"T|{len(rows) - 1}")
        add(S, "POST", "http://api.getweave.com/v1/reminders/import", WH, "\n".join(rows) + "\n", labs, [f"H|CEDARHOLLOW|2026031{k}|2.1"], "redact")
    rows, labs = ["H|CEDARHOLLOW|20260312|2.1", "D|LAST|FIRST|PHONE|APPTDATE|APPTTIME|PROVIDER"], []
    for j in range(3):
        p = nextp(); rows.append("|".join(["D", p.last.upper(), p.first.upper(), p.phone("dash"), p.appt_date("us"), p.appt_time(), prov(j, "last").upper()]))
        labs += [[p.last.upper(), "name"], [p.first.upper(), "name"], [p.phone("dash"), "phone"], [p.appt_date("us"), "date"]]
    add(S, "POST", "http://api.getweave.com/v1/reminders/import", WH, "\n".join(rows) + "\nT|3\n", labs, [], "pass")
    # visit extract to a CDP without BAA
    rows, labs = ["VISIT_ID|MBI|SSN|DOB|ZIP9|DX1|DX2|CPT|PAID"], []
    for j in range(3):
        p = nextp(); vid = ten_digit_id(); icd = p.cond[0].replace(".", ""); s = p.ssn.replace("-", "").replace(" ", "")
        rows.append("|".join([vid, p.mbi, s, p.dobs("mdy8"), p.zip + p.plus4, icd, "Z0000", "99214", f"{R.randint(60, 250)}.00"]))
        labs += [[p.mbi, "mbi"], [s, "ssn"], [p.dobs("mdy8"), "dob"], [p.zip + p.plus4, "zip"], [icd, "icd10"]]
    add(S, "POST", "http://in.treasuredata.com/postback/v3/event/cedar_dw/visits_flat", {"Content-Type": "text/plain", "X-TD-Write-Key": alnum(40)},
        "\n".join(rows) + "\n", labs, ["VISIT_ID|MBI|SSN|DOB|ZIP9|DX1|DX2|CPT|PAID"], "redact")
    # eligibility batch to Office Ally (BAA)
    rows, labs = ["ISA|CEDARHOLLOW|OFFICEALLY|20260310"], []
    for j in range(3):
        p = nextp(); rows.append("|".join(["ELG", p.mbr, p.last.upper(), p.first.upper(), p.dobs("compact"), p.payer.upper(), PROV_NPI["Reyes"]]))
        labs += [[p.mbr, "member_id"], [p.last.upper(), "name"], [p.first.upper(), "name"], [p.dobs("compact"), "dob"]]
    add(S, "POST", "http://api.officeally.com/eligibility/batch", {"Content-Type": "text/plain"}, "\n".join(rows) + "\n", labs, [], "pass")
    # clean: product feed
    rows = ["SKU|DESC|PRICE|UPC|UPDATED"]; ctl = []
    for item in ("Blood pressure cuff, adult", "Pill organizer, 7-day", "Digital thermometer"):
        s = sku(); upc = digits(12); rows.append("|".join([s, item, f"{R.randint(5, 60)}.99", upc, "2026-03-03T00:00:00Z"])); ctl += [s, upc]
    add(S, "POST", "http://in.treasuredata.com/postback/v3/event/cedar_dw/catalog", {"Content-Type": "text/plain", "X-TD-Write-Key": alnum(40)},
        "\n".join(rows) + "\n", [], ctl + ["2026-03-03T00:00:00Z"], "pass")


# ----------------------------------------------------------------------------- 18. Spanish / Portuguese / French patient messages in chat widgets (redact)
def ramq(p, female=True):
    """A Quebec health-insurance number (RAMQ): 3 letters of the surname, 1 of the given name, YYMMDD (+50 on the month for women), 2 digits."""
    l = ascii_fold(p.last).upper().replace(" ", ""); f = ascii_fold(p.first).upper()
    d = p.dob
    return f"{l[:3]}{f[0]} {d.year % 100:02d}{d.month + (50 if female else 0):02d} {d.day:02d}{R.randint(10, 99)}"


def intl_messages():
    S = "intl_messages"
    site = uuid()
    def crisp(text):
        return (f"http://api.crisp.chat/v1/website/{site}/conversation/session_{uuid()}/message",
                {"Content-Type": "application/json", "Authorization": "Basic " + b64(uuid() + ":" + hexs(64)), "X-Crisp-Tier": "plugin"},
                J({"type": "text", "from": "user", "origin": "chat", "content": text, "fingerprint": R.randint(10**12, 10**13)}))
    def livechat(text):
        return (f"http://api.livechatinc.com/v3.5/customer/action/send_event?organization_id={uuid()}",
                {"Content-Type": "application/json", "Authorization": "Bearer " + "dal:" + alnum(27)},
                J({"chat_id": "R" + alnum(9, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "event": {"type": "message", "text": text, "visibility": "all"}}))
    msgs = []
    # Spanish
    p = BY_FIRST["Marisol"]; ph = p.phone("dash")
    msgs.append((crisp, f"Hola, soy {p.full}, nací el {p.dobs('es')}. Necesito renovar mi receta de {med_of(p)} para la {p.dx('es')}. Mi celular es {ph}. ¡Gracias!",
                 [[p.full, "name"], [p.dobs("es"), "dob"], [med_of(p), "condition"], [p.dx("es"), "condition"], [ph, "phone"]], []))
    p = BY_FIRST["Luz"]; d = p.appt.date()
    fecha = f"{d.day} de {MESES[d.month - 1]}"
    msgs.append((livechat, f"Buenas tardes. Mi hija Camila {p.last} tiene cita el {fecha} con {prov(1, 'full')}. Su número de {p.payer} es {p.mbr}. "
                           f"Vivimos en {p.addr1()}, {p.city} {p.zip}.",
                 [["Camila", "name"], [p.last, "name"], [fecha, "date"], [p.mbr, "member_id"], [p.addr1(), "address"], [p.city, "address"], [p.zip, "zip"]], [prov(1, "full")]))
    p = BY_FIRST["Rosa María"]
    msgs.append((crisp, f"¿Me pueden mandar los resultados de {p.dx('es')} a mi correo {p.email}? Mi expediente es {p.mrn}. Soy {p.first} {p.last}, {p.dobs('slash_eu')}.",
                 [[p.dx("es"), "condition"], [p.email, "email"], [p.mrn, "mrn"], [p.first, "name"], [p.last, "name"], [p.dobs("slash_eu"), "dob"]], []))
    p = BY_FIRST["Kimberly"]; ph = p.phone("intl")
    msgs.append((livechat, f"hola buenas, necesito una cita para mi mamá, {p.first} {p.last} (fecha de nac. {p.dobs('usdash')}), tiene {p.dx('es')} y se siente peor. llamen al {ph} por favor",
                 [[p.first, "name"], [p.last, "name"], [p.dobs("usdash"), "dob"], [p.dx("es"), "condition"], [ph, "phone"]], []))
    # Portuguese
    p = BY_FIRST["Joana"]; ph = p.phone("paren")
    msgs.append((crisp, f"Olá, meu nome é {p.full}, data de nascimento {p.dobs('slash_eu')}. Estou com {p.dx('pt')} e preciso de uma consulta urgente. Meu telefone: {ph}.",
                 [[p.full, "name"], [p.dobs("slash_eu"), "dob"], [p.dx("pt"), "condition"], [ph, "phone"]], []))
    p = BY_FIRST["Gustavo"]
    msgs.append((livechat, f"Bom dia! Sou o {p.first}. O número do meu plano ({p.payer}) é {p.mbr} e meu endereço mudou para {p.addr1()}, {p.city}, WA {p.zip4}.",
                 [[p.first, "name"], [p.mbr, "member_id"], [p.addr1(), "address"], [p.city, "address"], [p.zip4, "zip"]], []))
    p = BY_FIRST["Thiago"]; q = BY_FIRST["Iolanda"]
    msgs.append((crisp, f"Oi, aqui é a {q.first}, esposa do {p.full}. Ele nasceu em {p.dobs('pt')}; o prontuário dele é {p.mrn}. Ele voltou a beber, acho que é {p.dx('pt')} de novo. "
                        f"Meu e-mail é {q.email}.",
                 [[q.first, "name"], [p.full, "name"], [p.dobs("pt"), "dob"], [p.mrn, "mrn"], [p.dx("pt"), "condition"], [q.email, "email"]], []))
    # French
    p = BY_FIRST["Amélie"]; ph = p.phone("dot")
    msgs.append((livechat, f"Bonjour, je m'appelle {p.full}, née le {p.dobs('fr')}. Je voudrais un rendez-vous pour ma {p.dx('fr')}. Mon numéro : {ph}.",
                 [[p.full, "name"], [p.dobs("fr"), "dob"], [p.dx("fr"), "condition"], [ph, "phone"]], []))
    p = BY_FIRST["Nadia"]; r = ramq(p)
    msgs.append((crisp, f"Bonsoir, mon numéro d'assurance maladie (RAMQ) est {r}. Je suis en visite chez ma fille à {p.city}. Courriel : {p.email}. Je prends du {med_of(p)}.",
                 [[r, "member_id"], [p.city, "address"], [p.email, "email"], [med_of(p), "condition"]], []))
    p = BY_FIRST["Mathieu"]; q = BY_FIRST["Benoît"]
    msgs.append((livechat, f"Salut, c'est {p.first} {p.last}. Mon dossier : {p.mrn}. Nouvelle adresse : {p.addr1()}, {p.city} {p.zip}. "
                           f"Mon conjoint {q.full} ({q.dobs('eu')}) a aussi besoin d'un suivi pour son {q.dx('fr')}.",
                 [[p.first, "name"], [p.last, "name"], [p.mrn, "mrn"], [p.addr1(), "address"], [p.city, "address"], [p.zip, "zip"], [q.full, "name"],
                  [q.dobs("eu"), "dob"], [q.dx("fr"), "condition"]], []))
    for fn, text, labs, ctl in msgs:
        url, h, body = fn(text)
        add(S, "POST", url, h, body, labs, ctl, "redact")
    # clean: hours, insurance and order questions; the practice's own address and phone; provider names
    for fn, text, ctl in [
            (crisp, f"Hola, ¿a qué hora abren el sábado? ¿Atiende {prov(0, 'dr')} en {PRACTICE_ADDR}? Llamé al {PRACTICE_PHONE} pero nadie contestó.", [prov(0, "dr"), PRACTICE_ADDR, PRACTICE_PHONE]),
            (livechat, f"Bonjour, est-ce que vous acceptez l'assurance Premera ? Ma commande {order_no()} n'est pas arrivée. Merci, et bravo à {prov(1, 'full')} !", [prov(1, "full"), "Premera"]),
            (crisp, f"Olá! Vocês atendem em português? Vi o número {PRACTICE_PHONE_DOT} no site. O pedido {ten_digit_id()} foi pago (R$ 129,00).", [PRACTICE_PHONE_DOT, "129,00"])]:
        url, h, body = fn(text)
        add(S, "POST", url, h, body, [], ctl, "pass")


# ----------------------------------------------------------------------------- 19. plain-text e-mail with quoted replies and signatures (allow name, email)
SIG = (f"--\n{PRACTICE} | Front Desk\n{PRACTICE_ADDR}, {PRACTICE_CITYLINE}\nPhone {PRACTICE_PHONE} ext. 12 | Fax {PRACTICE_FAX}\n"
       "This message may contain confidential information.")


def emails():
    S = "plaintext_email"
    PMH = {"Content-Type": "application/json", "Accept": "application/json", "X-Postmark-Server-Token": uuid()}
    # reply with the patient's message quoted with "> "
    p = nextp(); bd = p.dobs("us")
    txt = (f"Hi {p.first},\n\nThanks for reaching out. {prov(2, 'dr')} reviewed your message and would like to see you next week; "
           f"please call us to book.\n\n{SIG}\n\nOn Tue, Mar 10, 2026 at 9:41 AM {p.full} <{p.email}> wrote:\n"
           f"> Hello, my DOB is {bd} and my insurance ID is {p.mbr}.\n> I've been feeling worse since I stopped the {med_of(p)}.\n"
           f"> Can someone call me?\n>\n> {p.first}\n")
    body = {"From": f"frontdesk@{SITE}", "To": f"{p.full} <{p.email}>", "Subject": "Re: question about my medication", "TextBody": txt, "MessageStream": "outbound",
            "Tag": "patient-reply"}
    add(S, "POST", "http://api.postmarkapp.com/email", PMH, J(body), [[p.first, "name"], [p.full, "name"], [p.email, "email"], [bd, "dob"], [p.mbr, "member_id"],
        [med_of(p), "condition"]], [prov(2, "dr"), PRACTICE_PHONE, PRACTICE_ADDR, "patient-reply"], "redact")
    # Outlook-style quoted header, the patient's own signature block
    p = nextp(); ph = p.phone("dot")
    txt = (f"Dear {p.first},\n\nYour lab slip is attached. Fasting is not required.\n\n{prov(3, 'full')}\n{PRACTICE}\n\n"
           f"________________________________\nFrom: {p.full} <{p.email}>\nSent: Tuesday, March 10, 2026 1:05 PM\nTo: care@{SITE}\nSubject: lab order for {p.dx()} monitoring\n\n"
           f"Hi, do I need to fast for the blood test?\n\n{p.full}\n{p.addr1()}\n{p.city}, WA {p.zip4}\nc: {ph}\n")
    body = {"From": f"care@{SITE}", "To": p.email, "Subject": f"RE: lab order for {p.dx()} monitoring", "TextBody": txt, "MessageStream": "outbound"}
    add(S, "POST", "http://api.postmarkapp.com/email", PMH, J(body), [[p.first, "name"], [p.full, "name"], [p.email, "email"], [p.dx(), "condition"],
        [p.addr1(), "address"], [p.city, "address"], [p.zip4, "zip"], [ph, "phone"]], [prov(3, "full"), f"care@{SITE}"], "redact")
    # Mailgun form post: a forwarded referral
    p = nextp()
    txt = (f"FYI - see below, please schedule.\n\nJane\n\n---------- Forwarded message ---------\nFrom: Lakewood Ortho & Spine <referrals@lakewoodortho.com>\n"
           f"Date: Mon, Mar 9, 2026 at 4:12 PM\nSubject: Referral\n\nPatient: {p.full}\nDOB: {p.dobs('long')}\nSSN: {p.ssn}\nMRN (ours): LOS-{digits(6)}  (yours): {p.mrn}\n"
           f"Reason: {p.dx()}, please evaluate.\n\nThank you,\nDr. Samuel Okafor\nLakewood Ortho & Spine | 253-588-1234\n")
    body = qsp([("from", f"Jane Park <jpark@{SITE}>"), ("to", f"scheduling@{SITE}"), ("subject", f"Fwd: Referral - {p.full}"), ("text", txt), ("o:tag", "referral")])
    add(S, "POST", f"http://api.mailgun.net/v3/mg.{SITE}/messages", dict(FORMH, Authorization="Basic " + b64("api:key-" + hexs(32))), body,
        [[p.full, "name"], [p.dobs("long"), "dob"], [p.ssn, "ssn"], [p.mrn, "mrn"], [p.dx(), "condition"]], ["Dr. Samuel Okafor", "253-588-1234", "referrals@lakewoodortho.com"],
        "redact")
    # appointment confirmation: the date is not allowed here
    p = nextp()
    txt = f"Hi {p.first},\n\nThis confirms your visit on {p.appt_long()} at {p.appt_time()} with {prov(1, 'full')}.\nPlease arrive 15 minutes early.\n\n{SIG}\n"
    body = qsp([("from", f"{PRACTICE} <noreply@{SITE}>"), ("to", p.email), ("subject", "Appointment confirmation"), ("text", txt)])
    add(S, "POST", f"http://api.mailgun.net/v3/mg.{SITE}/messages", dict(FORMH, Authorization="Basic " + b64("api:key-" + hexs(32))), body,
        [[p.first, "name"], [p.email, "email"], [p.appt_long(), "date"]], [prov(1, "full"), PRACTICE_PHONE], "redact")
    # newsletter greeting: only name and e-mail, which may go
    p = nextp()
    txt = f"Hi {p.first},\n\nOur flu clinic is open Saturdays 9-1 at {PRACTICE_ADDR}. No appointment needed.\n\n{SIG}\n"
    body = {"From": f"news@{SITE}", "To": f"{p.full} <{p.email}>", "Subject": "Flu clinic Saturdays", "TextBody": txt, "MessageStream": "broadcast"}
    add(S, "POST", "http://api.postmarkapp.com/email", PMH, J(body), [[p.first, "name"], [p.full, "name"], [p.email, "email"]], [], "pass")
    # Paubox (BAA)
    p = nextp()
    txt = f"{p.full} (DOB {p.dobs('us')}, MRN {p.mrn}): {p.dx()} results attached.\n\n{SIG}\n"
    body = {"data": {"message": {"recipients": [p.email], "headers": {"subject": "Your results", "from": f"care@{SITE}"}, "content": {"text/plain": txt}}}}
    add(S, "POST", "http://api.paubox.net/v1/cedarhollow/messages", {"Content-Type": "application/json", "Authorization": "Token token=" + alnum(32)}, J(body),
        [[p.full, "name"], [p.dobs("us"), "dob"], [p.mrn, "mrn"], [p.dx(), "condition"], [p.email, "email"]], [], "pass")
    # clean: the practice to a supplier, with its signature
    po = f"PO 2026-{R.randint(1000, 9999)}"
    txt = (f"Hi Marco,\n\nPlease confirm {po} (12 cases of nitrile gloves, {sku()}) ships by Thursday. Invoice {ten_digit_id()} was paid on 03/03/2026.\n\n"
           f"Thanks,\n{prov(1, 'full')}\n{SIG}\n\n> On Mar 9, 2026, Marco Bellini <marco@cascademedsupply.com> wrote:\n> Backordered until 3/12, sorry!\n")
    body = {"From": f"jpark@{SITE}", "To": "marco@cascademedsupply.com", "Subject": f"Re: {po}", "TextBody": txt, "MessageStream": "outbound"}
    add(S, "POST", "http://api.postmarkapp.com/email", PMH, J(body), [], [po, prov(1, "full"), PRACTICE_ADDR, PRACTICE_PHONE, "03/03/2026", "Marco Bellini",
                                                                           "marco@cascademedsupply.com"], "pass")


# ----------------------------------------------------------------------------- 20. CRM JSON with nested contact arrays: Pipedrive, Close (allow name, email, phone)
def crm():
    S = "crm_nested"
    pd = f"http://api.pipedrive.com/v1/%s?api_token={hexs(40)}"
    k_dob, k_dx, k_mrn, k_mbi = hexs(40), hexs(40), hexs(40), hexs(40)
    p = nextp(); p2 = p.phone("paren")
    body = {"name": p.full, "owner_id": R.randint(10**6, 10**7), "visible_to": "3",
            "email": [{"value": p.email, "primary": True, "label": "home"}],
            "phone": [{"value": p.phone("e164"), "primary": True, "label": "mobile"}, {"value": f"{p2} ext. {R.randint(10, 99)}", "primary": False, "label": "work"}],
            k_dob: p.dobs("iso"), k_dx: p.dx(), k_mrn: p.mrn}
    add(S, "POST", pd % "persons", JSONH, J(body), [[p.full, "name"], [p.email, "email"], [p.phone("e164"), "phone"], [p2, "phone"], [p.dobs("iso"), "dob"],
        [p.dx(), "condition"], [p.mrn, "mrn"]], [k_dob, k_dx], "redact")
    p = nextp()
    body = {"title": f"{p.full} - {med_of(p)} program enrollment", "value": 1200, "currency": "USD", "person_id": R.randint(1000, 9999), "stage_id": 3, k_mbi: p.mbi}
    add(S, "POST", pd % "deals", JSONH, J(body), [[p.full, "name"], [med_of(p), "condition"], [p.mbi, "mbi"]], ["program enrollment", "USD"], "redact")
    p = nextp()
    body = {"content": f"<p>Spoke with patient, DOB {p.dobs('us')}, wants to enroll in the {p.dx()} program.</p><p>Call back at {p.phone('dash')}</p>",
            "person_id": R.randint(1000, 9999), "pinned_to_person_flag": 1}
    add(S, "POST", pd % "notes", JSONH, J(body), [[p.dobs("us"), "dob"], [p.dx(), "condition"], [p.phone("dash"), "phone"]], ["pinned_to_person_flag"], "redact")
    CH = {"Content-Type": "application/json", "Authorization": "Basic " + b64("api_" + alnum(40) + ":")}
    p = nextp(); sp = nextp(); cf1, cf2 = "custom.cf_" + alnum(43), "custom.cf_" + alnum(43)
    body = {"name": f"{p.last} household", "status_id": "stat_" + alnum(43),
            "contacts": [{"name": p.full, "title": "Patient", "emails": [{"type": "home", "email": p.email}], "phones": [{"type": "mobile", "phone": p.phone("intl")}]},
                         {"name": f"{sp.first} {p.last}", "title": "Emergency contact", "phones": [{"type": "mobile", "phone": sp.phone("dash")}]}],
            "addresses": [{"label": "home", "address_1": p.street, "address_2": p.unit, "city": p.city, "state": "WA", "zipcode": p.zip4, "country": "US"}],
            cf1: p.dobs("isoz"), cf2: f"{p.cond[0]} {p.dx()}"}
    labs = [[p.last, "name"], [p.full, "name"], [p.email, "email"], [p.phone("intl"), "phone"], [f"{sp.first} {p.last}", "name"], [sp.phone("dash"), "phone"],
            [p.street, "address"], [p.city, "address"], [p.zip4, "zip"], [p.dobs("isoz"), "dob"], [p.cond[0], "icd10"], [p.dx(), "condition"]]
    if p.unit: labs.append([p.unit, "address"])
    add(S, "POST", "http://api.close.com/api/v1/lead/", CH, J(body), labs, [cf1, cf2, "Emergency contact"], "redact", gz=True)
    p = nextp()
    body = {"lead_id": "lead_" + alnum(43), "name": p.full, "title": "Patient", "emails": [{"type": "home", "email": p.email}],
            "phones": [{"type": "mobile", "phone": p.phone("pspace")}, {"type": "home", "phone": p.phone("dash")}]}
    add(S, "POST", "http://api.close.com/api/v1/contact/", CH, J(body), [[p.full, "name"], [p.email, "email"], [p.phone("pspace"), "phone"], [p.phone("dash"), "phone"]],
        [], "pass")
    # clean: a referring practice as a B2B lead (business address, office manager)
    body = {"name": "Lakewood Ortho & Spine", "url": "https://lakewoodortho.com", "status_id": "stat_" + alnum(43),
            "contacts": [{"name": "Dana Whitcomb", "title": "Office Manager", "emails": [{"type": "office", "email": "dana@lakewoodortho.com"}],
                          "phones": [{"type": "office", "phone": "+12535881234"}]}],
            "addresses": [{"label": "business", "address_1": "5919 Lakewood Towne Blvd SW", "address_2": "Suite 200", "city": "Lakewood", "state": "WA", "zipcode": "98499"}],
            "custom.cf_" + alnum(43): "referral partner since 2019", "custom.cf_" + alnum(43): "annual volume 140"}
    add(S, "POST", "http://api.close.com/api/v1/lead/", CH, J(body), [],
        ["Dana Whitcomb", "dana@lakewoodortho.com", "+12535881234", "5919 Lakewood Towne Blvd SW", "98499", "Lakewood Ortho & Spine"], "pass")
    body = {"name": "Cascade Medical Supply", "owner_id": R.randint(10**6, 10**7), "address": "1201 Pacific Ave Suite 600, Tacoma, WA 98402",
            "phone": [{"value": "253-922-4100", "label": "work"}], k_dob: "2019-03-03"}
    add(S, "POST", pd % "organizations", JSONH, J(body), [], ["Cascade Medical Supply", "1201 Pacific Ave Suite 600", "98402", "253-922-4100", "2019-03-03"], "pass")


# ----------------------------------------------------------------------------- 21. unknown and look-alike hosts (deny)
def lookalikes():
    S = "lookalike_host"
    hosts = ["http-intake.logs.datadoghq.com.eu-relay.net", "api.pipedrive.co", "api2-appsflyer.com", "exp.host.push-relay.io", "formspree.io.forms-cdn.net",
             "webhook.site", "paste.rs"]
    for h in hosts:
        p = nextp()
        body = J({"message": f"patient {p.full} dob {p.dobs('us')} mrn {p.mrn}", "level": "info"})
        add(S, "POST", f"http://{h}/api/v1/ingest", JSONH, body, [[p.full, "name"], [p.dobs("us"), "dob"], [p.mrn, "mrn"]], [], "deny")


# ----------------------------------------------------------------------------- extra cases (IIS W3C, pino, Sysmon, more crash reports, a Firebase purchase)
def extras():
    # IIS W3C extended log (space-separated, '+' for spaces in the user agent, query in cs-uri-query)
    p = nextp(); t = tstamp(11)
    lines = ["#Software: Microsoft Internet Information Services 10.0", "#Version: 1.0", f"#Date: {t.strftime('%Y-%m-%d %H:%M:%S')}",
             "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken",
             f"{t.strftime('%Y-%m-%d %H:%M:%S')} 10.40.1.20 GET /PatientPortal/Statement.aspx acct={p.mrn}&ssn4={p.ssn[-4:]}&name={quote(p.full).replace('%20', '+')}&dob={p.dobs('us')} "
             f"443 - {p.ip} Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) https://{PORTAL}/PatientPortal/Billing.aspx 200 0 0 {R.randint(20, 900)}",
             f"{t.strftime('%Y-%m-%d %H:%M:%S')} 10.40.1.20 GET /PatientPortal/Content/site.css v=4.12.3 443 - 10.40.2.31 Mozilla/5.0+(Windows+NT+10.0) - 304 0 0 2"]
    add("access_logs", "POST", f"http://endpoint4.collection.us2.sumologic.com/receiver/v1/http/ZaVnC4dhaV{alnum(60)}",
        {"Content-Type": "text/plain", "X-Sumo-Category": "prod/portal/iis"}, "\n".join(lines) + "\n",
        [[p.mrn, "mrn"], [p.full, "name"], [p.dobs("us"), "dob"], [p.ip, "ip_address"]], ["/PatientPortal/Content/site.css", "v=4.12.3"], "redact")
    # pino (Node) JSON lines with req / err objects
    p = nextp()
    recs = [{"level": 30, "time": epoch_ms(12), "pid": R.randint(1000, 9999), "hostname": "portal-express-2", "reqId": f"req-{R.randint(1, 9999)}",
             "req": {"method": "GET", "url": f"/api/patients/{p.mrn}/coverage?mbi={p.mbi}", "remoteAddress": f"::ffff:{p.ip}"}, "msg": "request completed",
             "res": {"statusCode": 200}, "responseTime": R.randint(3, 300)},
            {"level": 50, "time": epoch_ms(12), "pid": R.randint(1000, 9999), "hostname": "portal-express-2",
             "err": {"type": "ValidationError", "message": f"\"phone\" must be a valid phone number", "stack": "ValidationError: ...\n    at validate (/srv/app/intake.js:41:11)"},
             "body": {"firstName": p.first, "lastName": p.last, "phone": p.phone("one"), "allergies": "penicillin"}, "msg": "intake validation failed"}]
    add("framework_logs", "POST", "http://http-intake.logs.datadoghq.com/api/v2/logs", DDH,
        J([{"ddsource": "nodejs", "service": "portal-express", "message": J(r, compact=True)} for r in recs]),
        [[p.mrn, "mrn"], [p.mbi, "mbi"], [p.ip, "ip_address"], [p.first, "name"], [p.last, "name"], [p.phone("one"), "phone"]], ["intake validation failed", "portal-express-2"],
        "redact")
    # Sysmon process creation: the command line opens a named scan
    p = nextp()
    ev = win_event(1, "Microsoft-Windows-Sysmon", "Microsoft-Windows-Sysmon/Operational", "WS-FD02.cedarhollow.local", ts(12),
                   [("RuleName", "-"), ("UtcTime", tstamp(12).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]), ("ProcessGuid", "{" + uuid() + "}"), ("ProcessId", str(R.randint(1000, 9999))),
                    ("Image", "C:\\Program Files\\Adobe\\Acrobat DC\\Acrobat\\Acrobat.exe"),
                    ("CommandLine", f"\"C:\\Program Files\\Adobe\\Acrobat DC\\Acrobat\\Acrobat.exe\" \"S:\\Intake\\{p.last} {p.first} - insurance card {p.mbr}.pdf\""),
                    ("User", "CEDARHOLLOW\\frontdesk2"), ("Hashes", f"SHA256={hexs(64).upper()}")])
    add("windows_event_xml", "POST", "http://http-inputs-cedarhollow.splunkcloud.com/services/collector/raw?sourcetype=XmlWinEventLog&index=sysmon&channel=" + uuid(),
        {"Content-Type": "text/xml", "Authorization": f"Splunk {uuid()}"}, ev + "\n", [[p.last, "name"], [p.first, "name"], [p.mbr, "member_id"]],
        ["CEDARHOLLOW\\frontdesk2", "Acrobat.exe"], "redact")
    # two more crash reports carrying PHI
    url = f"http://crashlyticsreports-pa.googleapis.com/v1/cores/{quote(FB_APP, safe='')}/ops/createReport"
    H = {"Content-Type": "application/json", "X-CRASHLYTICS-API-KEY": "AIza" + alnum(35)}
    p = nextp()
    b = crash_report(uuid(), [("screen", "ApptDetail"), ("last_intent", f"cedarhollow://appt?email={p.email}&phone={p.phone('e164')}")], "",
                     "android.app.RemoteServiceException", "Bad notification posted from package com.cedarhollow.patient")
    add("crashlytics_keys", "POST", url, H, J(b), [[p.email, "email"], [p.phone("e164"), "phone"]], [], "block")
    p = nextp(); bd = p.dobs("us")
    b = crash_report(uuid(), [("screen", "flutter"), ("widget", "PatientHeader")], "",
                     "FlutterError", f"A RenderFlex overflowed by 38 pixels on the right. Text(\"{p.full}  DOB {bd}  {p.dx()}\")", fatal=False)
    add("crashlytics_keys", "POST", url, H, J(b), [[p.full, "name"], [bd, "dob"], [p.dx(), "condition"]], [], "block_if_disallowed")
    # Firebase purchase event: the item is the patient's medication
    p = nextp(); o = order_no()
    body = {"app_instance_id": hexs(32), "user_id": p.email, "timestamp_micros": epoch_ms(13) * 1000,
            "events": [{"name": "purchase", "params": {"transaction_id": o, "value": 45.0, "currency": "USD",
                                                       "items": [{"item_id": sku(), "item_name": f"{med_of(p)} 30-day supply", "price": 45.0}],
                                                       "shipping_address": f"{p.addr1()}, {p.city} WA {p.zip}"}}]}
    add("firebase_analytics", "POST", f"http://www.google-analytics.com/mp/collect?firebase_app_id={quote(FB_APP, safe='')}&api_secret={alnum(22)}", JSONH, J(body),
        [[p.email, "email"], [med_of(p), "condition"], [p.addr1(), "address"], [p.city, "address"], [p.zip, "zip"]], [o], "redact")


SCENARIOS = [app_logs, access_logs, windows_events, journald, gelf, fluentd, syslog3164, firebase_analytics, crashlytics, attribution, push, transcripts, fax_ocr, prior_auth, portal_urls, csv_exports, pipe_files,
             intl_messages, emails, crm, extras, lookalikes]


def policy():
    return {"destinations": [
        {"name": "log-vendors", "hosts": ["http-intake.logs.datadoghq.com", "listener.logz.io", "*.collection.us2.sumologic.com", "in.logs.betterstack.com",
                                          "logs-01.loggly.com", "*.graylog.cloud", "logsene-receiver.sematext.com"], "allow": [], "on_violation": "redact"},
        {"name": "siem", "hosts": ["*.splunkcloud.com"], "allow": [], "on_violation": "redact"},
        {"name": "analytics", "hosts": ["www.google-analytics.com", "region1.google-analytics.com", "api-js.mixpanel.com"], "allow": [], "on_violation": "redact"},
        {"name": "crash-reporting", "hosts": ["crashlyticsreports-pa.googleapis.com"], "allow": [], "on_violation": "block"},
        {"name": "attribution", "hosts": ["api2.appsflyer.com", "s2s.adjust.com", "api2.branch.io"], "allow": ["device_id", "ip_address"], "on_violation": "redact"},
        {"name": "push", "hosts": ["api.onesignal.com", "exp.host"], "allow": ["name", "date"], "on_violation": "redact"},
        {"name": "transcript-ai", "hosts": ["api.otter.ai"], "allow": [], "on_violation": "redact"},
        {"name": "doc-ai", "hosts": ["api.nanonets.com", "api.docparser.com"], "allow": [], "on_violation": "redact"},
        {"name": "web-forms", "hosts": ["formspree.io", "api.getform.io"], "allow": [], "on_violation": "redact"},
        {"name": "cdn-assets", "hosts": ["fonts.googleapis.com", "cdn.jsdelivr.net"], "allow": [], "on_violation": "redact"},
        {"name": "spreadsheets", "hosts": ["api.smartsheet.com"], "allow": [], "on_violation": "redact"},
        {"name": "marketing-email", "hosts": ["api.cc.email"], "allow": ["name", "email"], "on_violation": "redact"},
        {"name": "reminders", "hosts": ["api.getweave.com"], "allow": ["name", "phone", "date"], "on_violation": "redact"},
        {"name": "cdp-no-baa", "hosts": ["in.treasuredata.com"], "allow": [], "on_violation": "redact"},
        {"name": "patient-chat", "hosts": ["api.crisp.chat", "api.livechatinc.com"], "allow": [], "on_violation": "redact"},
        {"name": "transactional-email", "hosts": ["api.postmarkapp.com", "api.mailgun.net"], "allow": ["name", "email"], "on_violation": "redact"},
        {"name": "crm", "hosts": ["api.pipedrive.com", "api.close.com"], "allow": ["name", "email", "phone"], "on_violation": "redact"},
        {"name": "baa-vendors", "hosts": ["api.rev.ai", "api.documo.com", "api.covermymeds.com", "cedarhollow-exports.s3.us-west-2.amazonaws.com",
                                          "api.officeally.com", "api.paubox.net"], "allow": ["all"], "on_violation": "block"}],
        "default_destination": "deny",
        "roster_columns": {"first": "name", "last": "name", "dob": "dob", "mrn": "mrn", "phone": "phone", "email": "email"}}


def main():
    out = sys.argv[1]; os.makedirs(out, exist_ok=True)
    for f in SCENARIOS:
        f()
    json.dump(policy(), open(os.path.join(out, "policy.json"), "w"), indent=1)
    with open(os.path.join(out, "cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in CASES: fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    # roster: most patients (a walk-in few are missing), canonical formats
    with open(os.path.join(out, "roster.csv"), "w", encoding="utf-8") as fh:
        fh.write("first,last,dob,mrn,phone,email\n")
        for i, p in enumerate(PATIENTS):
            if i % 7 == 3: continue
            fh.write(f"{p.first},{p.last},{p.dob.isoformat()},{p.mrn},{p.phone('dash')},{p.email}\n")
    print(f"{len(CASES)} cases -> {out}")


if __name__ == "__main__":
    main()
