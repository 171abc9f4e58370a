#!/usr/bin/env python3
"""probe14: outbound traffic of a small medical practice (Kestrel Family Medicine, Cedar Park TX)
in formats a PHI-detector author is unlikely to have tuned for: JSON-RPC / XML-RPC (Odoo,
WordPress), Microsoft Graph, Google Calendar, Gmail raw MIME, Freshdesk / Help Scout, WhatsApp
Cloud API / Messenger, Auth0 / Okta, Firebase RTDB multi-path PATCH, Supabase PostgREST,
Algolia / Meilisearch, Snowplow tp2 (ue_px), Matomo, Plausible / Umami, Brevo / Customer.io
HTML email, FDF and pdftk field dumps, APNs / FCM push, PHI in webhook headers, multi-encoded
JSON cookies, Honeybadger / Raygun / Opsgenie, RudderStack.

Format of the output: see /work/shared/eval/gen_example.py.
Usage: gen.py OUT_DIR   (deterministic: seed 77001)"""
import base64, gzip, json, os, random, sys, unicodedata
from datetime import date, datetime, timedelta
from urllib.parse import quote

R = random.Random(77001)
SITE = "kestrelfamilymed.com"
PRACTICE = "Kestrel Family Medicine"
PROVIDERS = ["Dr. Halvorsen", "Dr. Okereke", "Dr. Valcourt", "Dr. Imamura"]

# ----------------------------------------------------------------------------- people
NAMES = [  # (first, last); about half outside the 1990 US Census name lists
    ("Brenda", "Haskins"), ("Oluwaseun", "Adeyemi-Cole"), ("Travis", "Whitlock"), ("Thandiwe", "Oyelaran"),
    ("Courtney", "Bledsoe"), ("Siosaia", "Tupou"), ("Dwayne", "Pettigrew"), ("Ngọc Anh", "Trương"),
    ("Heather", "Lindgren"), ("Bolat", "Sarsenbayev"), ("Kyle", "Burkhardt"), ("Eitan", "Achterberg"),
    ("Tamara", "Greer"), ("Radhika", "Bhattacharya"), ("Russell", "Ambrose"), ("Ximena", "de la Fuente"),
    ("Gloria", "Villarreal"), ("Tavita", "Faleolo"), ("Marcus", "Thibodeaux"), ("Kaito", "Nishimura-Reyes"),
    ("Wendy", "Castellanos"), ("Ioana", "Drăgulescu"), ("Curtis", "Rainwater"), ("Aroha", "Te Rangi"),
    ("Shannon", "McAllister"), ("Zeynep", "Öztürk"), ("Leroy", "Fairbanks"), ("Chidubem", "Nwachukwu"),
    ("Monica", "Estrada"), ("Mirela", "Vukovich"), ("Jerome", "Blackwell"), ("Lusine", "Hakobyan"),
    ("Kimberly", "Tran"), ("Sigrún", "Hallgrímsdóttir"), ("Dustin", "Harlow"), ("Hyun-woo", "Baek"),
    ("Patricia", "Nakamura"), ("Makana", "Kealoha"), ("Gregory", "Szabo"), ("Anahí", "Quispe Mamani"),
    ("Angela", "Riordan"), ("Kofi", "Boateng-Asare"), ("Bradley", "Quintero"), ("Bashir", "Al-Rawi"),
    ("Tiffany", "Abernathy"), ("Saoirse", "Ní Bhriain"), ("Precious", "Mahlangu"), ("Teodor", "Wiśniewski"),
    ("Yerlan", "Dzhaksybekov"), ("Naeem", "D'Souza"), ("Pania", "Whaanga"), ("Tomasz", "Grzybowski"),
    ("Ilse", "van Rensburg"), ("Wirihana", "Tamatea"), ("Oyuunchimeg", "Batbayar"), ("Tsegaye", "Woldemariam"),
]
INTL_PHONE = {"Aroha": "+64 21 482 7719", "Zeynep": "+90 532 418 27 63", "Chidubem": "+234 803 512 7741",
              "Ximena": "+52 55 4189 2207", "Sigrún": "+354 862 4417", "Oyuunchimeg": "+976 9911 4825"}
AREAS = [512, 737, 210, 214, 469, 832, 346, 915, 254, 361, 281, 409, 830, 940, 972, 806, 325, 432, 903, 936, 979]
STREETS = ["Kessler Ridge Dr", "Old Settlers Blvd", "Pecan Hollow Ln", "Brushy Creek Rd", "Avery Ranch Pkwy",
           "Spicewood Springs Rd", "Quinlan Park Rd", "Bagdad Rd", "Anderson Mill Rd", "Sam Bass Rd",
           "Red Bud Trl", "Cypress Creek Rd", "Vista Ridge Blvd", "Palmer Ln", "Wyoming Springs Dr"]
CITIES = [("Leander", ["78641", "78645"]), ("Round Rock", ["78664", "78665", "78681"]), ("Austin", ["78726", "78717", "78750"]),
          ("Georgetown", ["78626", "78628", "78633"]), ("Liberty Hill", ["78642"]), ("Pflugerville", ["78660"]), ("Hutto", ["78634"])]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me", "att.net"]
CONDS = [  # icd10 (dotted), diagnosis text, medication
    ("F11.20", "opioid use disorder", "Suboxone"), ("B20", "HIV disease", "Biktarvy"), ("F31.81", "bipolar II disorder", "lamotrigine"),
    ("E11.9", "type 2 diabetes", "Ozempic"), ("F41.1", "generalized anxiety disorder", "buspirone"), ("F33.1", "major depressive disorder", "sertraline"),
    ("F10.20", "alcohol use disorder", "Vivitrol"), ("L73.2", "hidradenitis suppurativa", "Humira"), ("K50.90", "Crohn's disease", "Stelara"),
    ("G35", "multiple sclerosis", "Ocrevus"), ("F90.0", "ADHD", "Adderall"), ("F64.0", "gender dysphoria", "estradiol"),
    ("A74.9", "chlamydia", "doxycycline"), ("F50.010", "anorexia nervosa", "olanzapine"), ("C50.911", "breast cancer", "tamoxifen"),
    ("B18.2", "hepatitis C", "Epclusa"), ("F43.10", "PTSD", "prazosin"), ("N52.9", "erectile dysfunction", "sildenafil"),
    ("E66.01", "morbid obesity", "Wegovy"), ("F20.9", "schizophrenia", "Invega Sustenna"), ("Z21", "asymptomatic HIV infection", "Descovy"),
]
# visit types say nothing about the diagnosis: neither labelled nor used as controls
VISITS = ["follow-up visit", "new patient visit", "med check", "telehealth visit", "lab draw", "consult", "annual exam", "injection visit"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("đ", "d").replace("ł", "l")


def luhn_check_digit(partial):
    tot = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    return luhn_check_digit(num[:-1]) == num[-1]


def card_number(kind):
    if kind == "visa": p = "4" + "".join(str(R.randint(0, 9)) for _ in range(14))
    elif kind == "mc": p = "5" + str(R.randint(1, 5)) + "".join(str(R.randint(0, 9)) for _ in range(13))
    elif kind == "amex": p = "3" + R.choice("47") + "".join(str(R.randint(0, 9)) for _ in range(12))
    else: p = "6011" + "".join(str(R.randint(0, 9)) for _ in range(11))
    return p + luhn_check_digit(p)


def bad16(start="4"):
    p = start + "".join(str(R.randint(0, 9)) for _ in range(15 - len(start)))
    good = luhn_check_digit(p)
    return p + str((int(good) + R.randint(1, 9)) % 10)


def group4(n, sep=" "):
    return sep.join(n[i:i + 4] for i in range(0, len(n), 4))


def ssn(style=None):
    a = R.randint(1, 899)
    while a == 666: a = R.randint(1, 899)
    g, s = R.randint(1, 99), R.randint(1, 9999)
    style = style or R.choice(["dash", "dash", "plain", "space"])
    return {"dash": f"{a:03d}-{g:02d}-{s:04d}", "plain": f"{a:03d}{g:02d}{s:04d}", "space": f"{a:03d} {g:02d} {s:04d}"}[style]


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"; A = L + "0123456789"
    s = [str(R.randint(1, 9)), R.choice(L), R.choice(A), str(R.randint(0, 9)), R.choice(L), R.choice(A),
         str(R.randint(0, 9)), R.choice(L), R.choice(L), str(R.randint(0, 9)), str(R.randint(0, 9))]
    s = "".join(s)
    return s if R.random() < 0.5 else f"{s[:4]}-{s[4:7]}-{s[7:]}"


def member_id():
    k = R.randint(0, 4)
    if k == 0: return "XKF" + str(R.randint(10**8, 10**9 - 1))
    if k == 1: return "W" + str(R.randint(10**8, 10**9 - 1))
    if k == 2: return "U" + str(R.randint(10**9, 10**10 - 1)) + "01"
    if k == 3: return "ZGP" + str(R.randint(10**6, 10**7 - 1)) + "-02"
    return "HXT" + str(R.randint(10**7, 10**8 - 1))


def mrn():
    k = R.randint(0, 3)
    n = R.randint(10**5, 10**6 - 1)
    return [f"KFM-{n}", f"00{n}", f"K{R.randint(10**6, 10**7 - 1)}", f"{R.randint(10**6, 10**7 - 1)}"][k]


def uuid():
    h = "%032x" % R.getrandbits(128)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def fmt_date(d, style):
    m, dd, y = d.month, d.day, d.year
    return {"iso": f"{y}-{m:02d}-{dd:02d}", "us": f"{m:02d}/{dd:02d}/{y}", "usn": f"{m}/{dd}/{y}",
            "long": f"{MONTHS[m - 1]} {dd}, {y}", "dmy": f"{dd} {MONTHS[m - 1][:3]} {y}", "compact": f"{y}{m:02d}{dd:02d}",
            "usdash": f"{m:02d}-{dd:02d}-{y}", "eu": f"{dd:02d}.{m:02d}.{y}", "abbr": f"{MONTHS[m - 1][:3]} {dd}, {y}",
            "slashiso": f"{y}/{m:02d}/{dd:02d}"}[style]


DOB_STYLES = ["iso", "us", "usn", "long", "dmy", "compact", "usdash", "eu", "abbr", "slashiso"]


class P:
    """One synthetic patient."""
    def __init__(self, first, last):
        self.first, self.last = first, last
        self.full = f"{first} {last}"
        self.af, self.al = ascii_fold(first), ascii_fold(last)
        self.dob = date(1931, 3, 1) + timedelta(days=R.randint(0, 27000))
        self.dob_style = R.choice(DOB_STYLES)
        self.mrn = mrn()
        self.area, self.exch, self.line = R.choice(AREAS), R.choice([x for x in range(201, 990) if x % 100 != 11 and x != 555]), R.randint(1000, 9999)
        self.intl = INTL_PHONE.get(first)
        loc = "".join(ch for ch in (self.af + "." + self.al).lower() if ch.isalnum() or ch == ".")
        loc = [loc, loc.replace(".", ""), self.af.lower()[0] + self.al.lower().replace(" ", "").replace("'", "").replace("-", ""),
               f"{self.af.lower()}{R.randint(10, 99)}", R.choice(["sunnyhiker", "txmom", "bluebonnet", "gardenfan", "rrfan", "lonestar"]) + str(R.randint(1, 999))][R.randint(0, 4)]
        self.email = f"{loc}@{R.choice(EMAIL_DOMAINS)}"
        self.ssn = ssn()
        city, zips = R.choice(CITIES)
        self.city, self.zip = city, R.choice(zips)
        self.street = f"{R.randint(100, 19999)} {R.choice(STREETS)}"
        self.unit = R.choice(["", "", "", f" Apt {R.randint(1, 40)}{R.choice('ABCD')}", f" Unit {R.randint(100, 999)}"])
        self.mbr = member_id()
        self.mbi = mbi()
        self.cond = R.choice(CONDS) + (R.choice(VISITS),)
        d0 = date(2026, 1, 5) + timedelta(days=R.randint(0, 170))
        while d0.weekday() > 4: d0 += timedelta(days=1)
        self.appt = datetime(d0.year, d0.month, d0.day, R.randint(8, 16), R.choice([0, 20, 40]))
        self.card = card_number(R.choice(["visa", "mc", "amex", "disc"]))

    def phone(self, style=None):
        if self.intl:
            return self.intl if style != "digits" else self.intl.replace(" ", "").lstrip("+")
        a, e, l = self.area, self.exch, self.line
        style = style or R.choice(["paren", "dash", "dot", "e164", "intl", "one", "pspace", "space", "parennospace"])
        return {"paren": f"({a}) {e}-{l}", "dash": f"{a}-{e}-{l}", "dot": f"{a}.{e}.{l}", "e164": f"+1{a}{e}{l}",
                "intl": f"+1 {a} {e} {l}", "bare": f"{a}{e}{l}", "one": f"1-{a}-{e}-{l}", "pspace": f"+1 ({a}) {e}-{l}",
                "space": f"{a} {e} {l}", "parennospace": f"({a}){e}-{l}", "digits": f"1{a}{e}{l}"}[style]

    def dobs(self, style=None):
        return fmt_date(self.dob, style or self.dob_style)

    def appt_date(self, style="iso"):
        return fmt_date(self.appt.date(), style)

    def appt_time(self):
        h = self.appt.hour
        return f"{(h - 1) % 12 + 1}:{self.appt.minute:02d} {'AM' if h < 12 else 'PM'}"

    def appt_local(self):
        return self.appt.strftime("%Y-%m-%dT%H:%M:%S")

    def appt_long(self):
        d = self.appt
        return f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"

    def age(self):
        return 2026 - self.dob.year - ((3, 1) < (self.dob.month, self.dob.day))


PATIENTS = [P(f, l) for f, l in NAMES]
# a few very old patients (ages over 89 appear in some cases)
for p in PATIENTS[5::11]:
    p.dob = date(R.randint(1929, 1934), R.randint(1, 12), R.randint(1, 28))
_order = list(range(len(PATIENTS)))
_pos = [0]


def nextp():
    if _pos[0] % len(_order) == 0: R.shuffle(_order)
    p = PATIENTS[_order[_pos[0] % len(_order)]]; _pos[0] += 1
    return p


def oldp():
    return R.choice([p for p in PATIENTS if p.age() >= 90])


# ----------------------------------------------------------------------------- case plumbing
CASES, COUNT = [], {}


def add(scn, method, url, headers, body, phi, controls, expect, gz=False):
    COUNT[scn] = COUNT.get(scn, 0) + 1
    headers = dict(headers)
    c = {"id": f"{scn}-{COUNT[scn]:02d}", "scenario": scn, "method": method, "url": url, "headers": headers}
    if gz:
        headers["Content-Encoding"] = "gzip"
        c["body_b64"] = base64.b64encode(gzip.compress(body.encode("utf-8"), 9, mtime=0)).decode()
    else:
        c["body"] = body
    seen, out = set(), []
    for v, k in phi:
        if (v, k) not in seen: seen.add((v, k)); out.append([v, k])
    c["phi"] = out; c["controls"] = list(dict.fromkeys(controls)); c["expect"] = expect
    CASES.append(c)


def J(o, ascii_=True, compact=False):
    return json.dumps(o, ensure_ascii=ascii_, separators=(",", ":") if compact else None)


def qs(pairs):
    return "&".join(f"{quote(k, safe='[]')}={quote(str(v), safe='')}" for k, v in pairs)


def b64url(s):
    return base64.urlsafe_b64encode(s.encode("utf-8")).decode().rstrip("=")


def ts(i=0):
    return (datetime(2026, 2, 3, 14, 5, 11) + timedelta(minutes=37 * i + R.randint(0, 30))).strftime("%Y-%m-%dT%H:%M:%S.") + f"{R.randint(0, 999):03d}Z"


def order10():
    return str(R.randint(2 * 10**9, 9 * 10**9))


JSONH = {"Content-Type": "application/json"}
UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"


# ----------------------------------------------------------------------------- JSON-RPC (Odoo and a generic CRM bridge)
def jsonrpc():
    S = "jsonrpc"; host = "http://kestrelfm.odoo.com"
    for i in range(10):
        p = nextp(); icd, dx, med, visit = p.cond; k = i % 5
        rid = R.randint(100, 9999)
        if k == 0:
            ph = p.phone(); dob = p.dobs()
            body = {"jsonrpc": "2.0", "method": "call", "id": rid, "params": {"service": "object", "method": "execute_kw", "args": [
                "kestrel-prod", 7, alnum(32, "0123456789abcdef"), "crm.lead", "create",
                [{"name": f"Website inquiry - {visit}", "contact_name": p.full, "email_from": p.email, "phone": ph,
                  "description": f"DOB-{dob} / wants to discuss {med}", "team_id": 3, "source_id": 12}]]}}
            add(S, "POST", host + "/jsonrpc", JSONH, J(body, i % 2 == 0),
                [[p.full, "name"], [p.email, "email"], [ph, "phone"], [dob, "dob"], [med, "condition"]],
                ["crm.lead", "kestrel-prod", "execute_kw"], "redact")
        elif k == 1:
            ph = p.phone(); dob = p.dobs("iso"); cid = uuid()
            body = {"jsonrpc": "2.0", "method": "patients.upsertLead", "params": [p.first, p.last, dob, ph, icd, "web-intake", 2], "id": cid}
            add(S, "POST", "http://bridge.kestrelfm.odoo.com/rpc", JSONH, J(body, False, True),
                [[p.first, "name"], [p.last, "name"], [dob, "dob"], [ph, "phone"], [icd, "icd10"]],
                ["patients.upsertLead", "web-intake", cid], "redact")
        elif k == 2:
            dob = p.dobs("compact"); svc = p.appt_date("us")
            body = {"jsonrpc": "2.0", "method": "lead.create", "params": {"pt_fn": p.first, "pt_ln": p.last, "ptDOB": dob,
                    "mbrNo": p.mbr, "dxCd": icd.replace(".", ""), "svcDt": svc, "srcCampaign": "spring-wellness-2026"}, "id": rid}
            add(S, "POST", host + "/rpc/v2", JSONH, J(body),
                [[p.first, "name"], [p.last, "name"], [dob, "dob"], [p.mbr, "member_id"], [icd.replace(".", ""), "icd10"], [svc, "date"]],
                ["lead.create", "spring-wellness-2026"], "redact")
        elif k == 3:
            cell = p.phone("dot"); cid = R.randint(1000, 99999)
            note = f"Pt. Name: {p.last}, {p.first}\nMRN#: {p.mrn}\nCell: {cell}\nf/u after {dx} dx, pt asking about {med}"
            body = [{"jsonrpc": "2.0", "method": "contact.find", "params": {"q": p.email}, "id": 1},
                    {"jsonrpc": "2.0", "method": "note.add", "params": [cid, note, "frontdesk"], "id": 2},
                    {"jsonrpc": "2.0", "method": "tag.attach", "params": [cid, "nurture-q2"], "id": 3}]
            add(S, "POST", host + "/rpc/batch", JSONH, J(body, False),
                [[p.email, "email"], [f"{p.last}, {p.first}", "name"], [p.mrn, "mrn"], [cell, "phone"], [dx, "condition"], [med, "condition"]],
                ["contact.find", "note.add", "nurture-q2"], "redact")
        else:
            mob = p.phone("paren"); dob = p.dobs("us"); pid = R.randint(1000, 9999)
            body = {"jsonrpc": "2.0", "method": "call", "id": rid, "params": {"model": "res.partner", "method": "write",
                    "args": [[pid], {"name": p.full, "street": p.street, "zip": p.zip, "city": p.city, "mobile": mob,
                                     "comment": f"<p>Date Of Birth = {dob}</p><p>Ins mbr {p.mbr}</p>"}],
                    "kwargs": {"context": {"lang": "en_US", "tz": "America/Chicago", "uid": 7}}}}
            add(S, "POST", host + "/web/dataset/call_kw/res.partner/write", JSONH, J(body, False),
                [[p.full, "name"], [p.street, "address"], [p.zip, "zip"], [mob, "phone"], [dob, "dob"], [p.mbr, "member_id"]],
                ["res.partner", "America/Chicago"], "redact")
    # clean look-alikes
    body = {"jsonrpc": "2.0", "method": "call", "id": 4417, "params": {"service": "object", "method": "execute_kw", "args": [
        "kestrel-prod", 7, alnum(32, "0123456789abcdef"), "product.product", "search_read",
        [[["name", "ilike", "Annual Wellness Visit"]]], {"fields": ["name", "list_price", "default_code"], "limit": 5}]}}
    add(S, "POST", host + "/jsonrpc", JSONH, J(body), [], ["Annual Wellness Visit", "product.product", "search_read"], "pass")
    o = order10(); trk = "1Z" + alnum(6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + "0" + str(R.randint(10**8, 10**9 - 1))
    body = [{"jsonrpc": "2.0", "method": "common.version", "params": [], "id": 1},
            {"jsonrpc": "2.0", "method": "stock.picking.set_tracking", "params": {"order_id": o, "carrier": "UPS", "tracking_ref": trk,
             "shipped_at": "2026-02-11T16:20:00Z", "sku": "BP-CUFF-LG", "qty": 12, "unit_price": "41.95"}, "id": 2}]
    add(S, "POST", host + "/rpc/batch", JSONH, J(body), [], [o, trk, "BP-CUFF-LG", "2026-02-11T16:20:00Z"], "pass")


# ----------------------------------------------------------------------------- XML-RPC (Odoo external API, WordPress)
def xv(v):
    if isinstance(v, bool): return f"<value><boolean>{int(v)}</boolean></value>"
    if isinstance(v, int): return f"<value><int>{v}</int></value>"
    if isinstance(v, list): return "<value><array><data>" + "".join(xv(x) for x in v) + "</data></array></value>"
    if isinstance(v, dict):
        return "<value><struct>" + "".join(f"<member><name>{k}</name>{xv(x)}</member>" for k, x in v.items()) + "</struct></value>"
    return "<value><string>" + str(v).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</string></value>"


def xcall(method, params):
    return ("<?xml version=\"1.0\"?>\n<methodCall>\n<methodName>" + method + "</methodName>\n<params>\n" +
            "".join(f"<param>{xv(x)}</param>\n" for x in params) + "</params>\n</methodCall>\n")


def xmlrpc():
    S = "xmlrpc"; XH = {"Content-Type": "text/xml", "User-Agent": "Python-xmlrpc/3.11"}
    key = alnum(40, "0123456789abcdef")
    for i in range(6):
        p = nextp(); icd, dx, med, visit = p.cond; k = i % 3
        if k == 0:
            ph = p.phone(); dob = p.dobs(); s = p.ssn
            params = ["kestrel-prod", 7, key, "res.partner", "create", [{"name": p.full, "phone": ph, "email": p.email,
                      "x_studio_dob": dob, "x_mbr_no": p.mbr, "comment": f"SS# {s} on file; prefers text", "customer_rank": 1}]]
            add(S, "POST", "http://kestrelfm.odoo.com/xmlrpc/2/object", XH, xcall("execute_kw", params),
                [[p.full, "name"], [ph, "phone"], [p.email, "email"], [dob, "dob"], [p.mbr, "member_id"], [s, "ssn"]],
                ["res.partner", "customer_rank", "kestrel-prod"], "redact")
        elif k == 1:
            q = oldp()
            age = str(q.age()); dx2 = q.cond[1]
            content = (f"<p>When {q.first} {q.last} first came to us at {age} years old, {dx2} had kept them from gardening "
                       f"for two years.</p><p>Today {q.first} walks the Brushy Creek trail every morning.</p>")
            params = [1, "kfm-editor", alnum(24), {"post_type": "post", "post_status": "draft", "post_title": f"Patient story: {q.first}",
                      "post_content": content, "terms_names": {"category": ["Patient Stories"], "post_tag": ["community"]}}]
            add(S, "POST", "http://kestrelfamilymed.wpengine.com/xmlrpc.php", XH, xcall("wp.newPost", params),
                [[f"{q.first} {q.last}", "name"], [q.first, "name"], [age, "age_over_89"], [dx2, "condition"]],
                ["wp.newPost", "Patient Stories", "kfm-editor"], "redact")
        else:
            params = ["kestrel-prod", 7, key, "res.partner", "search_read", [[["x_mrn", "=", p.mrn], ["x_icd", "in", [icd, "Z00.00"]]]],
                      {"fields": ["name", "x_last_visit"], "limit": 1}]
            add(S, "POST", "http://kestrelfm.odoo.com/xmlrpc/2/object", XH, xcall("execute_kw", params),
                [[p.mrn, "mrn"], [icd, "icd10"], ["Z00.00", "icd10"]], ["search_read", "x_last_visit"], "redact")
    params = [1, "kfm-editor", alnum(24), {"post_type": "page", "number": 10, "orderby": "modified"}]
    add(S, "POST", "http://kestrelfamilymed.wpengine.com/xmlrpc.php", XH, xcall("wp.getPosts", params), [],
        ["wp.getPosts", "kfm-editor", "modified"], "pass")
    params = [1, "kfm-editor", alnum(24), {"post_type": "page", "post_title": "Cedar Park Pharmacy hours",
              "post_content": "<p>Open Monday to Friday, 8:00 AM to 6:30 PM. Flu shots $0 with most plans.</p>"}]
    add(S, "POST", "http://kestrelfamilymed.wpengine.com/xmlrpc.php", XH, xcall("wp.newPost", params), [],
        ["Cedar Park Pharmacy hours", "wp.newPost", "8:00 AM to 6:30 PM"], "pass")


# ----------------------------------------------------------------------------- Microsoft Graph (BAA: pass byte for byte)
def msgraph():
    S = "msgraph"; GH = {"Content-Type": "application/json", "Authorization": "Bearer eyJ0eXAiOiJKV1QiLCJub25jZSI6" + alnum(40)}
    for i in range(7):
        p = nextp(); icd, dx, med, visit = p.cond; prov = R.choice(PROVIDERS)
        if i < 4:
            ds = f"{p.appt_long()}, {p.appt.year}"; mbr = p.mbr
            html = (f"<html><body><p>Hi {p.first},</p><p>This confirms your {visit} on <b>{ds}</b> at {p.appt_time()} with {prov} "
                    f"at our Cedar Park office.</p><p>Please bring your insurance card (Member ID {mbr}) and a list of current "
                    f"medications, including {med}.</p><p>{PRACTICE}</p></body></html>")
            body = {"message": {"subject": f"Appointment confirmation - {p.first}", "body": {"contentType": "HTML", "content": html},
                                "toRecipients": [{"emailAddress": {"name": p.full, "address": p.email}}],
                                "ccRecipients": [{"emailAddress": {"name": "Front Desk", "address": "frontdesk@" + SITE}}]},
                    "saveToSentItems": True}
            add(S, "POST", f"http://graph.microsoft.com/v1.0/users/frontdesk@{SITE}/sendMail", GH, J(body, False),
                [[p.first, "name"], [p.full, "name"], [p.email, "email"], [f"{MONTHS[p.appt.month - 1]} {p.appt.day}, {p.appt.year}", "date"],
                 [mbr, "member_id"], [med, "condition"]], ["saveToSentItems", "Front Desk"], "pass", gz=(i == 3))
        else:
            st = p.appt_local(); en = (p.appt + timedelta(minutes=40)).strftime("%Y-%m-%dT%H:%M:%S"); dob = p.dobs("us")
            body = {"subject": f"{p.last}, {p.first} - New pt - {dx}", "body": {"contentType": "HTML",
                    "content": f"<div>DOB: {dob}<br>Tel. {p.phone('dash')}<br>Reason: {visit}<br>ICD {icd}</div>"},
                    "start": {"dateTime": st, "timeZone": "Central Standard Time"}, "end": {"dateTime": en, "timeZone": "Central Standard Time"},
                    "location": {"displayName": "Exam Room 3"}, "attendees": [{"emailAddress": {"address": p.email, "name": p.full}, "type": "required"}],
                    "isReminderOn": True, "reminderMinutesBeforeStart": 1440}
            add(S, "POST", f"http://graph.microsoft.com/v1.0/users/{R.choice(['halvorsen', 'okereke'])}@{SITE}/calendar/events", GH, J(body, False),
                [[f"{p.last}, {p.first}", "name"], [p.full, "name"], [dx, "condition"], [dob, "dob"], [p.phone("dash"), "phone"],
                 [icd, "icd10"], [st, "date"], [en, "date"], [p.email, "email"]], ["Exam Room 3", "Central Standard Time"], "pass")
    for i in range(2):
        p = nextp(); ph = p.phone(); bd = p.dob.isoformat() + "T00:00:00Z"
        body = {"givenName": p.first, "surname": p.last, "emailAddresses": [{"address": p.email, "name": p.full}], "mobilePhone": ph, "birthday": bd,
                "homeAddress": {"street": p.street + p.unit, "city": p.city, "state": "TX", "postalCode": p.zip},
                "personalNotes": f"MRN {p.mrn}; problem list {p.cond[0]}", "categories": ["Patients"]}
        add(S, "POST", f"http://graph.microsoft.com/v1.0/users/frontdesk@{SITE}/contacts", GH, J(body, False),
            [[p.first, "name"], [p.last, "name"], [p.email, "email"], [p.full, "name"], [ph, "phone"], [bd, "dob"], [p.street + p.unit, "address"],
             [p.zip, "zip"], [p.mrn, "mrn"], [p.cond[0], "icd10"]], ["Patients", "personalNotes"], "pass")


# ----------------------------------------------------------------------------- Google Calendar (BAA: pass)
def gcal():
    S = "gcal"; H = {"Content-Type": "application/json", "Authorization": "Bearer ya29.a0" + alnum(60)}
    for i in range(4):
        p = nextp(); icd, dx, med, visit = p.cond
        if i < 3:
            st = p.appt.strftime("%Y-%m-%dT%H:%M:%S") + "-06:00"; en = (p.appt + timedelta(minutes=20)).strftime("%Y-%m-%dT%H:%M:%S") + "-06:00"
            desc = f"Pt: {p.full}\nD.O.B.: {p.dobs()}\nCell: {p.phone()}\nVisit: {visit} ({med})\nIns: Member ID {p.mbr}"
            body = {"summary": f"{p.first} {p.last[0]}. - {visit}", "description": desc, "location": "Kestrel Family Medicine, Suite 210",
                    "start": {"dateTime": st, "timeZone": "America/Chicago"}, "end": {"dateTime": en, "timeZone": "America/Chicago"},
                    "attendees": [{"email": p.email, "displayName": p.full}, {"email": f"halvorsen@{SITE}"}],
                    "reminders": {"useDefault": False, "overrides": [{"method": "popup", "minutes": 30}]},
                    "conferenceData": {"createRequest": {"requestId": uuid()}} if i == 2 else None}
            if body["conferenceData"] is None: del body["conferenceData"]
            add(S, "POST", "http://www.googleapis.com/calendar/v3/calendars/primary/events?sendUpdates=all&conferenceDataVersion=1", H, J(body, False),
                [[p.full, "name"], [p.first, "name"], [p.dobs(), "dob"], [desc.split("Cell: ")[1].split("\n")[0], "phone"], [med, "condition"],
                 [p.mbr, "member_id"], [p.email, "email"], [st, "date"], [en, "date"]], ["America/Chicago", "popup"], "pass")
        else:
            add(S, "GET", f"http://www.googleapis.com/calendar/v3/calendars/primary/events?q={quote(p.last)}%20{quote(p.first)}&timeMin=2026-01-01T00:00:00Z&singleEvents=true",
                {"Authorization": H["Authorization"]}, "", [[p.last, "name"], [p.first, "name"]], ["singleEvents", "2026-01-01T00:00:00Z"], "pass")
    p = nextp(); eid = alnum(26, "abcdefghijklmnopqrstuv0123456789"); ph = p.phone("dash")
    add(S, "PATCH", f"http://www.googleapis.com/calendar/v3/calendars/primary/events/{eid}", H,
        J({"extendedProperties": {"private": {"mrn": p.mrn, "dx": p.cond[0], "ptPhone": ph}}, "colorId": "11"}),
        [[p.mrn, "mrn"], [p.cond[0], "icd10"], [ph, "phone"]], [eid, "colorId"], "pass")


# ----------------------------------------------------------------------------- Gmail API raw MIME (base64url; BAA pass / look-alike deny)
def mime(p, kind):
    icd, dx, med, visit = p.cond
    if kind == 0:
        subj = f"Lab results for {p.first}"
        text = (f"Dear {p.first},\r\n\r\nYour results from {p.appt_date('us')} are in the portal. Your provider reviewed them "
                f"and wants to continue {med}.\r\n\r\nMRN: {p.mrn}\r\n\r\n{PRACTICE}\r\n")
        labels = [[p.first, "name"], [p.appt_date("us"), "date"], [med, "condition"], [p.mrn, "mrn"]]
    elif kind == 1:
        subj = "Referral packet"
        text = (f"Referral for {p.full} (DOB {p.dobs('us')}), SSN {p.ssn}, Dx {icd} {dx}.\r\nHome: {p.street}{p.unit}, {p.city}, TX {p.zip}\r\n"
                f"Phone {p.phone('paren')}\r\n")
        labels = [[p.full, "name"], [p.dobs("us"), "dob"], [p.ssn, "ssn"], [icd, "icd10"], [dx, "condition"], [p.street + p.unit, "address"],
                  [p.zip, "zip"], [p.phone("paren"), "phone"]]
    else:
        subj = f"Re: {visit}"
        text = (f"Hi {p.first},\r\n\r\nWe moved your {visit} to {p.appt_long()} at {p.appt_time()}. Reply STOP to opt out.\r\n")
        labels = [[p.first, "name"], [f"{MONTHS[p.appt.month - 1]} {p.appt.day}", "date"]]
    raw = (f"From: {PRACTICE} <frontdesk@{SITE}>\r\nTo: \"{p.full}\" <{p.email}>\r\nSubject: {subj}\r\n"
           f"Date: Tue, 03 Feb 2026 09:14:00 -0600\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
           f"Content-Transfer-Encoding: 8bit\r\n\r\n{text}")
    return raw, labels + [[p.full, "name"], [p.email, "email"]]


def gmail():
    S = "gmail_raw"; H = {"Content-Type": "application/json", "Authorization": "Bearer ya29.a0" + alnum(60)}
    for i in range(5):
        p = nextp(); raw, labels = mime(p, i % 3); th = hexs(16)
        body = {"raw": b64url(raw), "threadId": th} if i != 3 else {"message": {"raw": b64url(raw), "threadId": th}}
        path = "/gmail/v1/users/me/messages/send" if i != 3 else "/gmail/v1/users/me/drafts"
        add(S, "POST", "http://gmail.googleapis.com" + path + "?prettyPrint=false", H, J(body), labels, [th, "prettyPrint=false"], "pass")
    p = nextp(); raw, labels = mime(p, 1); th = hexs(16)
    add("lookalike_host", "POST", "http://gmail-googleapis.com/gmail/v1/users/me/messages/send?prettyPrint=false", H, J({"raw": b64url(raw), "threadId": th}), labels,
        [th, "prettyPrint=false"], "deny")


# ----------------------------------------------------------------------------- Freshdesk / Help Scout (redact)
def helpdesk():
    S = "helpdesk"; FH = {"Content-Type": "application/json", "Authorization": "Basic " + base64.b64encode(b"k3Yx9:X").decode()}
    for i in range(8):
        p = nextp(); icd, dx, med, visit = p.cond; k = i % 4
        if k == 0:
            ph = p.phone(); dob = p.dobs(); tag = f"refill-{R.randint(10, 99)}"
            desc = (f"<div>Pt. Name: {p.last}, {p.first}<br>D.O.B.: {dob}<br>MRN#: {p.mrn}<br>Pharmacy: Cedar Park Pharmacy<br>"
                    f"Notes: out of {med} since Friday</div>")
            body = {"name": p.full, "email": p.email, "phone": ph, "subject": f"Refill request - {med}", "description": desc,
                    "status": 2, "priority": 2, "source": 2, "tags": [tag, "web-form"], "custom_fields": {"cf_mbr_no": p.mbr, "cf_dob": dob}}
            add(S, "POST", "http://kestrelfm.freshdesk.com/api/v2/tickets", FH, J(body, False),
                [[p.full, "name"], [p.email, "email"], [ph, "phone"], [med, "condition"], [f"{p.last}, {p.first}", "name"], [dob, "dob"],
                 [p.mrn, "mrn"], [p.mbr, "member_id"]], [tag, "web-form"], "redact")
        elif k == 1:
            card = group4(p.card) if len(p.card) == 16 else p.card; tid = R.randint(40000, 49999)
            html = (f"<p>Hi {p.first}, we refunded the duplicate charge on card {card} for your {p.appt_date('usn')} visit. "
                    f"Allow 5-7 business days.</p>")
            body = {"body": html, "cc_emails": [], "private": False}
            add(S, "POST", f"http://kestrelfm.freshdesk.com/api/v2/tickets/{tid}/reply", FH, J(body),
                [[p.first, "name"], [card, "card_number"], [p.appt_date("usn"), "date"]], [str(tid), "cc_emails"], "redact")
        elif k == 2:
            s = p.ssn; dos = p.appt_date("us"); mb = R.randint(100000, 999999)
            text = (f"Hello, I got a bill for DOS {dos} that should have gone to Medicare. SS# {s}, Medicare # {p.mbi}. "
                    f"DOB- {p.dobs('iso')}. My address is {p.street}{p.unit}, {p.city} TX {p.zip}.")
            body = {"subject": "Billing question", "mailboxId": mb, "type": "email", "status": "active",
                    "customer": {"email": p.email, "firstName": p.first, "lastName": p.last},
                    "threads": [{"type": "customer", "customer": {"email": p.email}, "text": text}], "tags": ["billing", "medicare"]}
            add(S, "POST", "http://api.helpscout.net/v2/conversations", {"Content-Type": "application/json; charset=UTF-8", "Authorization": "Bearer " + alnum(32)},
                J(body, False), [[p.email, "email"], [p.first, "name"], [p.last, "name"], [dos, "date"], [s, "ssn"], [p.mbi, "mbi"],
                                 [p.dobs("iso"), "dob"], [p.street + p.unit, "address"], [p.zip, "zip"]], [str(mb), "medicare", "Billing question"], "redact")
        else:
            ph = p.phone("space"); cid = R.randint(10**8, 10**9)
            body = {"firstName": p.first, "lastName": p.last, "jobTitle": None, "background": f"Pt since 2019. Chart number {p.mrn}. Hx {dx}.",
                    "phones": [{"type": "mobile", "value": ph}], "address": {"city": p.city, "state": "TX", "postalCode": p.zip,
                    "country": "US", "lines": [p.street + p.unit]}, "organization": "self-pay"}
            add(S, "PUT", f"http://api.helpscout.net/v2/customers/{cid}", {"Content-Type": "application/json", "Authorization": "Bearer " + alnum(32)},
                J(body, False), [[p.first, "name"], [p.last, "name"], [p.mrn, "mrn"], [dx, "condition"], [ph, "phone"], [p.zip, "zip"],
                                 [p.street + p.unit, "address"]], [str(cid), "self-pay"], "redact")
    for i in range(2):
        p = nextp(); hp = p.phone(R.choice(["paren", "dot"])); dob = p.dobs("long" if i == 0 else "usdash"); s_ = p.ssn
        desc = (f"Patient Name: {p.full}\nDate Of Birth = {dob}\nHome Phone: {hp}\nInsurance ID: {p.mbr}\n"
                + (f"SS#: {s_}\n" if i == 1 else "") + f"Message: Please send my {p.cond[2]} records to my new pharmacy.")
        body = {"email": p.email, "subject": "Records Request (web form)", "description": desc, "status": 2, "priority": 1, "group_id": 15000412
                , "custom_fields": {"cf_form_version": "rr-2.1"}}
        labs = [[p.email, "email"], [p.full, "name"], [dob, "dob"], [hp, "phone"], [p.mbr, "member_id"], [p.cond[2], "condition"]] + ([[s_, "ssn"]] if i == 1 else [])
        add(S, "POST", "http://kestrelfm.freshdesk.com/api/v2/tickets", FH, J(body, False), labs, ["Records Request (web form)", "rr-2.1", "15000412"], "redact")
    rid = uuid(); inv = bad16("4")
    body = {"subject": "Patient portal login page returns 502", "description": f"<p>Build 4.12.3 on web-2 since 2026-02-03T14:05:00Z. "
            f"Request id {rid}. Invoice reference {group4(inv)} (test data).</p>", "status": 2, "priority": 3, "source": 9,
            "tags": ["portal", "outage"], "type": "Incident"}
    add(S, "POST", "http://kestrelfm.freshdesk.com/api/v2/tickets", FH, J(body), [], [rid, "4.12.3", group4(inv), "Patient portal login page returns 502"], "pass")
    body = {"op": "replace", "path": "/status", "value": "closed"}
    add(S, "PATCH", "http://api.helpscout.net/v2/conversations/2719403318", {"Content-Type": "application/json-patch+json", "Authorization": "Bearer " + alnum(32)},
        J(body), [], ["2719403318", "closed", "/status"], "pass")


# ----------------------------------------------------------------------------- WhatsApp Cloud API / Messenger (allow name + phone; redact the rest)
def messaging():
    S = "messaging"; H = {"Content-Type": "application/json", "Authorization": "Bearer EAAG" + alnum(80)}
    pnid = str(R.randint(10**14, 10**15 - 1))
    for i in range(8):
        p = nextp(); icd, dx, med, visit = p.cond
        to = p.phone("digits")
        if i < 5:
            tmpl = R.choice(["appt_reminder_v3", "visit_confirm_es", "pre_visit_checklist"])
            params = [{"type": "text", "text": p.first}, {"type": "text", "text": p.appt_long()}, {"type": "text", "text": p.appt_time()},
                      {"type": "text", "text": R.choice(PROVIDERS)}]
            labels = [[to, "phone"], [p.first, "name"], [f"{MONTHS[p.appt.month - 1]} {p.appt.day}", "date"]]
            if i % 2 == 0:
                params.append({"type": "text", "text": visit if i != 2 else med}); labels.append([med, "condition"]) if i == 2 else None
            comps = [{"type": "header", "parameters": [{"type": "text", "text": p.full}]}, {"type": "body", "parameters": params}]
            labels.append([p.full, "name"])
            if i == 4:
                comps.append({"type": "button", "sub_type": "url", "index": "0", "parameters": [{"type": "text", "text": f"checkin?mrn={p.mrn}"}]})
                labels.append([p.mrn, "mrn"])
            body = {"messaging_product": "whatsapp", "recipient_type": "individual", "to": to, "type": "template",
                    "template": {"name": tmpl, "language": {"code": "en_US"}, "components": comps}}
            add(S, "POST", f"http://graph.facebook.com/v19.0/{pnid}/messages", H, J(body, i % 2 == 1), labels, [tmpl, pnid, "en_US"], "redact")
        elif i == 5:
            txt = f"Hola {p.first}, su resultado de la prueba de VIH del {p.appt.day}/{p.appt.month}/{p.appt.year} ya está disponible. Llame al 512-260-4400."
            body = {"messaging_product": "whatsapp", "recipient_type": "individual", "to": to, "type": "text", "text": {"preview_url": False, "body": txt}}
            add(S, "POST", f"http://graph.facebook.com/v19.0/{pnid}/messages", H, J(body, False),
                [[to, "phone"], [p.first, "name"], ["VIH", "condition"], [f"{p.appt.day}/{p.appt.month}/{p.appt.year}", "date"]], [pnid, "preview_url"], "redact")
        else:
            ph = p.phone("e164")
            txt = f"Hi {p.first}, your {med} refill is ready for pickup at Cedar Park Pharmacy. Ref {p.mrn}."
            body = {"recipient": {"phone_number": ph}, "messaging_type": "MESSAGE_TAG", "tag": "ACCOUNT_UPDATE", "message": {"text": txt}}
            add(S, "POST", f"http://graph.facebook.com/v19.0/me/messages?access_token=EAAG{alnum(60)}", JSONH, J(body),
                [[ph, "phone"], [p.first, "name"], [med, "condition"], [p.mrn, "mrn"]], ["ACCOUNT_UPDATE", "MESSAGE_TAG"], "redact")
    p = nextp(); cg = nextp(); to = cg.phone("digits"); bd = p.dobs("iso"); ph = p.phone("e164")
    body = {"messaging_product": "whatsapp", "to": to, "type": "contacts", "contacts": [{"name": {"formatted_name": p.full, "first_name": p.first, "last_name": p.last},
            "birthday": bd, "phones": [{"phone": ph, "type": "CELL"}], "addresses": [{"street": p.street + p.unit, "city": p.city, "state": "TX", "zip": p.zip, "type": "HOME"}],
            "emails": [{"email": p.email, "type": "HOME"}]}]}
    add(S, "POST", f"http://graph.facebook.com/v19.0/{pnid}/messages", H, J(body, False),
        [[to, "phone"], [p.full, "name"], [p.first, "name"], [p.last, "name"], [bd, "dob"], [ph, "phone"], [p.street + p.unit, "address"], [p.zip, "zip"], [p.email, "email"]],
        [pnid, "CELL", "HOME"], "redact")
    p = nextp(); to = p.phone("digits"); md = f"{MONTHS[p.appt.month - 1]} {p.appt.day}"
    body = {"messaging_product": "whatsapp", "to": to, "type": "interactive", "interactive": {"type": "list",
            "header": {"type": "text", "text": f"Hi {p.first}"}, "body": {"text": f"Your {p.cond[3]} on {md} needs to move. Pick a new time:"},
            "footer": {"text": PRACTICE}, "action": {"button": "See times", "sections": [{"title": "Next week", "rows": [
                {"id": "slot-a", "title": "Mon 9:00 AM"}, {"id": "slot-b", "title": "Tue 2:20 PM"}]}]}}}
    add(S, "POST", f"http://graph.facebook.com/v19.0/{pnid}/messages", H, J(body), [[to, "phone"], [p.first, "name"], [md, "date"]],
        [pnid, "See times", "slot-b"], "redact")
    # clean
    add(S, "GET", f"http://graph.facebook.com/v19.0/{R.randint(10**14, 10**15 - 1)}/message_templates?fields=name,status,category&limit=50",
        {"Authorization": H["Authorization"]}, "", [], ["message_templates", "name,status,category"], "pass")
    body = {"name": "clinic_hours_update", "language": "en_US", "category": "UTILITY", "components": [
        {"type": "BODY", "text": "Our Cedar Park office is open {{1}} to {{2}} this week. Wellness visits still available.",
         "example": {"body_text": [["8:00 AM", "5:30 PM"]]}}]}
    add(S, "POST", f"http://graph.facebook.com/v19.0/{R.randint(10**14, 10**15 - 1)}/message_templates", H, J(body), [],
        ["clinic_hours_update", "UTILITY", "Wellness visits still available"], "pass")


# ----------------------------------------------------------------------------- Auth0 (allow name/email/phone) and Okta (BAA pass)
def identity():
    S = "auth0"; host = "http://kestrel-fm.us.auth0.com"; H = {"Content-Type": "application/json", "Authorization": "Bearer eyJhbGciOiJSUzI1NiJ9." + alnum(50)}
    for i in range(7):
        p = nextp(); icd, dx, med, visit = p.cond; k = i % 4
        if k == 0:
            ph = p.phone("e164"); dob = p.dobs("iso")
            body = {"connection": "Username-Password-Authentication", "email": p.email, "email_verified": False, "given_name": p.first,
                    "family_name": p.last, "name": p.full, "phone_number": ph, "password": "Tmp!" + alnum(12),
                    "user_metadata": {"birthdate": dob, "preferred_location": "Cedar Park", "portal_lang": "en"},
                    "app_metadata": {"ehr": {"patientId": p.mrn}, "insurance": {"mbrNo": p.mbr, "grp": "KFM-GRP-7"}}}
            add(S, "POST", host + "/api/v2/users", H, J(body, False),
                [[p.email, "email"], [p.first, "name"], [p.last, "name"], [p.full, "name"], [ph, "phone"], [dob, "dob"], [p.mrn, "mrn"], [p.mbr, "member_id"]],
                ["Username-Password-Authentication", "KFM-GRP-7", "portal_lang"], "redact", gz=(i == 4))
        elif k == 1:
            uid = "auth0|" + hexs(24); dob = p.dobs()
            body = {"user_metadata": {"ptDOB": dob, "address": {"line1": p.street + p.unit, "city": p.city, "postal_code": p.zip},
                                      "emergency_contact": {"name": f"{R.choice(['Rosa', 'Tevita', 'Dalia', 'Grant'])} {p.last}", "relation": "spouse"}},
                    "app_metadata": {"flags": {"bh_program": True, "dx": icd}}}
            ec = body["user_metadata"]["emergency_contact"]["name"]
            add(S, "PATCH", host + "/api/v2/users/" + quote(uid, safe=""), H, J(body, False),
                [[dob, "dob"], [p.street + p.unit, "address"], [p.zip, "zip"], [ec, "name"], [icd, "icd10"]], [uid, "bh_program", "spouse"], "redact")
        elif k == 2:
            add(S, "GET", host + "/api/v2/users-by-email?email=" + quote(p.email, safe="") + "&fields=user_id,logins_count", {"Authorization": H["Authorization"]}, "",
                [[p.email, "email"]], ["users-by-email", "logins_count"], "redact")
        else:
            ph = p.phone("intl"); cid = alnum(32)
            body = {"client_id": cid, "email": p.email, "password": "Kfm#" + alnum(10), "connection": "patients-db", "given_name": p.first,
                    "family_name": p.last, "user_metadata": {"dob": p.dobs("us"), "reason": visit if i != 3 else dx, "sms": ph, "ssn_last4": "on file"}}
            lab = [[p.email, "email"], [p.first, "name"], [p.last, "name"], [p.dobs("us"), "dob"], [ph, "phone"]]
            if i == 3: lab.append([dx, "condition"])
            add(S, "POST", host + "/dbconnections/signup", JSONH, J(body, False), lab, [cid, "patients-db"], "redact")
    add(S, "POST", host + "/oauth/token", JSONH, J({"grant_type": "client_credentials", "client_id": alnum(32), "client_secret": alnum(48),
                                                  "audience": "https://kestrel-fm.us.auth0.com/api/v2/"}), [], ["client_credentials", "https://kestrel-fm.us.auth0.com/api/v2/"], "pass")
    add(S, "GET", host + "/api/v2/stats/daily?from=20260201&to=20260207", {"Authorization": H["Authorization"]}, "", [], ["from=20260201", "to=20260207"], "pass")
    p = nextp(); uid = "auth0|" + hexs(24); s_ = p.ssn
    body = {"name": p.full, "app_metadata": {"billing": {"guarantor_ssn": s_, "guarantor": p.full, "autopay": True}, "portal": {"tier": "family"}}}
    add(S, "PATCH", host + "/api/v2/users/" + quote(uid, safe=""), H, J(body, False), [[p.full, "name"], [s_, "ssn"]], [uid, "autopay", "family"], "redact")
    add(S, "GET", host + "/api/v2/logs?q=" + quote('type:"fp" AND date:[2026-02-01 TO 2026-02-07]', safe="") + "&per_page=50",
        {"Authorization": H["Authorization"]}, "", [], ['type:"fp"', "per_page"], "pass")
    # Okta: BAA, byte for byte
    S = "okta"; OH = {"Content-Type": "application/json", "Accept": "application/json", "Authorization": "SSWS 00" + alnum(40)}
    for i in range(4):
        p = nextp()
        if i < 2:
            ph = p.phone(); body = {"profile": {"firstName": p.first, "lastName": p.last, "email": p.email, "login": p.email, "mobilePhone": ph,
                                               "birthdate": p.dobs("iso"), "patientMrn": p.mrn, "zipCode": p.zip}, "credentials": {"password": {"value": "Kf!" + alnum(12)}}}
            add(S, "POST", "http://kestrelfm.okta.com/api/v1/users?activate=false", OH, J(body, False),
                [[p.first, "name"], [p.last, "name"], [p.email, "email"], [ph, "phone"], [p.dobs("iso"), "dob"], [p.mrn, "mrn"], [p.zip, "zip"]],
                ["activate=false", "patientMrn"], "pass", gz=(i == 1))
        elif i == 2:
            add(S, "GET", f"http://kestrelfm.okta.com/api/v1/users?search=profile.lastName%20eq%20%22{quote(p.last)}%22%20and%20profile.birthdate%20eq%20%22{p.dobs('iso')}%22&limit=25",
                {"Accept": "application/json", "Authorization": OH["Authorization"]}, "", [[p.last, "name"], [p.dobs("iso"), "dob"]], ["profile.lastName", "limit=25"], "pass")
        else:
            body = {"profile": {"displayName": p.full, "primaryPhone": p.phone("dot"), "streetAddress": p.street + p.unit, "city": p.city, "state": "TX", "zipCode": p.zip, "preferredLanguage": "es", "locale": "en_US"}}
            add(S, "POST", f"http://kestrelfm.okta.com/api/v1/users/00u{alnum(17)}", OH, J(body, False),
                [[p.full, "name"], [p.phone("dot"), "phone"], [p.street + p.unit, "address"], [p.zip, "zip"]], ["displayName", "en_US", "preferredLanguage"], "pass")


# ----------------------------------------------------------------------------- Firebase Realtime Database (redact)
def firebase():
    S = "firebase"; host = "http://kestrel-patient-app-default-rtdb.firebaseio.com"
    for i in range(6):
        p = nextp(); icd, dx, med, visit = p.cond; k = i % 4; auth = "auth=" + alnum(40)
        if k == 0:
            d = p.appt_date("iso"); cell = p.phone("dash")
            body = {f"patients/{p.mrn}/profile/firstName": p.first, f"patients/{p.mrn}/profile/dob": p.dobs(),
                    f"intake/{d}/{p.mrn}/reason": visit, f"intake/{d}/{p.mrn}/cell": cell, f"intake/{d}/{p.mrn}/meds/0": med, "meta/schemaVersion": 14}
            add(S, "PATCH", f"{host}/.json?{auth}", JSONH, J(body, False),
                [[p.mrn, "mrn"], [p.first, "name"], [p.dobs(), "dob"], [d, "date"], [cell, "phone"], [med, "condition"]], ["schemaVersion", "firstName"], "redact")
        elif k == 1:
            slug = f"{p.af.lower()}-{p.al.lower().replace(' ', '-')}"
            body = {"requested": p.appt_local(), "reason": dx, "cell": p.phone("paren"), "source": "ios-3.8.2"}
            labs = [[p.af.lower(), "name"], [p.al.lower().replace(" ", "-"), "name"], [p.appt_local(), "date"], [dx, "condition"], [p.phone("paren"), "phone"]]
            add(S, "PUT", f"{host}/waitlist/{quote(slug)}.json?{auth}", JSONH, J(body), labs, ["ios-3.8.2", "requested"], "redact")
        elif k == 2:
            push = "-N" + alnum(18); nd = (p.appt + timedelta(days=R.randint(14, 60))).date().isoformat()
            body = {push: {"name": f"{med} 300 mg", "next_dose_due": nd, "prescriber": R.choice(PROVIDERS), "icd": icd}}
            add(S, "PATCH", f"{host}/users/{hexs(28)}/medications.json?{auth}", JSONH, J(body),
                [[med, "condition"], [nd, "date"], [icd, "icd10"]], [push, "next_dose_due"], "redact")
        else:
            dob = p.dobs("usn"); ph = p.phone()
            txt = f"hi this is {p.full}, DOB {dob}, can I get my {med} refilled before my trip? cell {ph}"
            room = hexs(20)
            body = {"from": "patient", "text": txt, "ts": {".sv": "timestamp"}, "clientVersion": "android-3.8.1"}
            add(S, "POST", f"{host}/chat/{room}/messages.json?{auth}", JSONH, J(body, False),
                [[p.full, "name"], [dob, "dob"], [med, "condition"], [ph, "phone"]], [room, "android-3.8.1", ".sv"], "redact")
    body = {"minVersion": "3.2.1", "latestVersion": "3.8.2", "maintenance": False, "banner": "Patient portal upgrade Sunday 2:00 AM",
            "configHash": hexs(40)}
    add(S, "PATCH", f"{host}/config/app.json?auth={alnum(40)}", JSONH, J(body), [], ["3.2.1", "3.8.2", body["configHash"], "Patient portal upgrade Sunday 2:00 AM"], "pass")
    add(S, "GET", f"{host}/locations.json?shallow=true&orderBy=%22$key%22&limitToFirst=20", {}, "", [], ["shallow=true", "limitToFirst"], "pass")


# ----------------------------------------------------------------------------- Supabase PostgREST (BAA pass)
def postgrest():
    S = "postgrest"; host = "http://qzkestrelfm.supabase.co"
    H = {"Content-Type": "application/json", "apikey": "eyJhbGciOiJIUzI1NiIs" + alnum(40), "Authorization": "Bearer eyJhbGciOiJIUzI1NiIs" + alnum(40), "Prefer": "return=minimal"}
    for i in range(5):
        if i == 0 or i == 4:
            ps = [nextp() for _ in range(3)]; rows, labs = [], []
            for q in ps:
                rows.append({"patient_first": q.first, "patient_last": q.last, "appt_date": q.appt_date(), "appt_time": q.appt.strftime("%H:%M"),
                             "reason": q.cond[3], "icd10": q.cond[0], "phone": q.phone("bare"), "provider_id": R.randint(1, 6)})
                labs += [[q.first, "name"], [q.last, "name"], [q.appt_date(), "date"], [q.cond[0], "icd10"], [q.phone("bare"), "phone"]]
            add(S, "POST", host + "/rest/v1/appointments", H, J(rows, False), labs, ["return=minimal", "provider_id"], "pass", gz=(i == 4))
        elif i == 1:
            p = nextp()
            add(S, "PATCH", host + f"/rest/v1/patients?mrn=eq.{p.mrn}", H, J({"cell_phone": p.phone("dash"), "updated_by": "frontdesk"}),
                [[p.mrn, "mrn"], [p.phone("dash"), "phone"]], ["frontdesk", "cell_phone"], "pass")
        elif i == 2:
            p = nextp(); ln = p.al.lower().split()[-1]
            add(S, "GET", host + f"/rest/v1/patients?select=*&last_name=ilike.*{quote(ln)}*&dob=eq.{p.dobs('iso')}", {k: v for k, v in H.items() if k not in ("Prefer", "Content-Type")}, "",
                [[ln, "name"], [p.dobs("iso"), "dob"]], ["last_name", "select=*"], "pass")
        else:
            p = nextp()
            body = {"p_first": p.first, "p_last": p.last, "p_dob": p.dobs("iso"), "p_ssn": p.ssn, "p_insurance": {"payer": "BCBSTX", "member": p.mbr}}
            add(S, "POST", host + "/rest/v1/rpc/upsert_intake", H, J(body, False),
                [[p.first, "name"], [p.last, "name"], [p.dobs("iso"), "dob"], [p.ssn, "ssn"], [p.mbr, "member_id"]], ["upsert_intake", "BCBSTX"], "pass")


# ----------------------------------------------------------------------------- Algolia / Meilisearch (redact)
def search():
    S = "search_index"
    AH = {"Content-Type": "application/json", "X-Algolia-Application-Id": "KESTREL7Q2", "X-Algolia-API-Key": hexs(32)}
    ahost = "http://KESTREL7Q2-dsn.algolia.net".lower()
    mhost = "http://ms-7f2a91c3e0b4-4471.nyc.meilisearch.io"; MH = {"Content-Type": "application/json", "Authorization": "Bearer " + hexs(40)}
    for i in range(8):
        k = i % 4
        if k == 0:
            reqs, labs = [], []
            for q in (nextp(), nextp()):
                oid = uuid()
                reqs.append({"action": "updateObject", "body": {"objectID": oid, "fullName": q.full, "dob": q.dobs(), "mrn": q.mrn,
                                                                "phone": q.phone(), "_tags": [q.cond[1]], "lastVisit": q.appt_date()}})
                labs += [[q.full, "name"], [q.dobs(), "dob"], [q.mrn, "mrn"], [reqs[-1]["body"]["phone"], "phone"], [q.cond[1], "condition"], [q.appt_date(), "date"]]
            add(S, "POST", ahost + "/1/indexes/patients_prod/batch", AH, J({"requests": reqs}, False), labs, [reqs[0]["body"]["objectID"], "patients_prod", "updateObject"],
                "redact", gz=(i == 4))
        elif k == 1:
            p = nextp()
            prm = f"query={quote(p.full)}&hitsPerPage=20&filters=dob%3A{p.dobs('compact')}"
            add(S, "POST", ahost + "/1/indexes/*/queries?x-algolia-agent=Algolia%20for%20JavaScript%20(4.22.1)", AH,
                J({"requests": [{"indexName": "patients_prod", "params": prm}]}), [[p.full, "name"], [p.dobs("compact"), "dob"]],
                ["patients_prod", "hitsPerPage"], "redact")
        elif k == 2:
            docs, labs = [], []
            for q in (nextp(), nextp(), nextp()):
                d = {"id": R.randint(10**5, 10**6), "first_name": q.first, "last_name": q.last, "date_of_birth": q.dobs("iso"), "insurance_member_id": q.mbr,
                     "home_address": f"{q.street}{q.unit}", "city": q.city, "zip": q.zip, "active_problems": [q.cond[1], q.cond[0]]}
                docs.append(d); labs += [[q.first, "name"], [q.last, "name"], [q.dobs("iso"), "dob"], [q.mbr, "member_id"], [d["home_address"], "address"],
                                        [q.zip, "zip"], [q.cond[1], "condition"], [q.cond[0], "icd10"]]
            add(S, "POST", mhost + "/indexes/patients/documents?primaryKey=id", MH, J(docs, False), labs, ["active_problems", "primaryKey=id"], "redact")
        else:
            p = nextp(); ln = p.last
            body = {"q": f"{ln} {p.dob.year}", "filter": f"date_of_birth = '{p.dobs('iso')}'", "limit": 5, "attributesToHighlight": ["last_name"]}
            add(S, "POST", mhost + "/indexes/patients/search", MH, J(body, False), [[ln, "name"], [p.dobs("iso"), "dob"]], ["attributesToHighlight", "last_name"], "redact")
    # clean look-alikes
    add(S, "POST", ahost + "/1/indexes/site_pages/query", AH, J({"params": "query=Cedar%20Park%20Pharmacy%20hours&hitsPerPage=5"}), [],
        ["Cedar Park Pharmacy hours", "site_pages"], "pass")
    docs = [{"id": "svc-awv", "title": "Annual Wellness Visit", "price": "$0.00", "duration_min": 40, "updated": "2026-01-15T08:00:00Z"},
            {"id": "svc-flu", "title": "Flu Shot Clinic", "price": "$35.00", "sku": "KFM-FLU-2026", "location": "Cedar Park"},
            {"id": "svc-dot", "title": "DOT Physical", "price": "$95.00", "sku": "KFM-DOT-01", "location": "Leander"}]
    add(S, "POST", mhost + "/indexes/services/documents", MH, J(docs), [], ["Annual Wellness Visit", "Flu Shot Clinic", "KFM-FLU-2026", "$95.00"], "pass")
    add(S, "PATCH", mhost + "/indexes/services/settings", MH, J({"searchableAttributes": ["title", "location"], "synonyms": {"physical": ["checkup", "wellness exam"]},
                                                                 "typoTolerance": {"minWordSizeForTypos": {"oneTypo": 5}}}), [], ["searchableAttributes", "wellness exam"], "pass")
    add(S, "POST", ahost + "/1/indexes/help_articles/query", AH, J({"params": "query=patient%20portal%20login&hitsPerPage=5&filters=lang%3Aen"}), [],
        ["patient portal login", "help_articles"], "pass")


# ----------------------------------------------------------------------------- Snowplow tp2 GET (ue_px base64: block / pass only)
def snowplow():
    S = "snowplow"; host = "http://sp.kestrelfamilymed.com"
    for i in range(3):
        p = nextp(); icd, dx, med, visit = p.cond
        ue = {"schema": "iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0",
              "data": {"schema": "iglu:com.kestrelfm/intake_step/jsonschema/1-0-2",
                       "data": {"step": 3, "ptName": p.full, "ptDob": p.dobs(), "reason": dx, "mobile": p.phone()}}}
        labs = [[p.full, "name"], [p.dobs(), "dob"], [dx, "condition"], [ue["data"]["data"]["mobile"], "phone"]]
        pairs = [("e", "ue"), ("ue_px", b64url(J(ue, False))), ("tv", "js-3.17.0"), ("tna", "kfm"), ("aid", "kfm-web"), ("p", "web"),
                 ("eid", uuid()), ("dtm", str(1770127511000 + R.randint(0, 10**7))), ("duid", uuid()), ("vid", "3")]
        if i == 2:
            pairs.append(("url", f"https://{SITE}/intake/step-3?condition={dx.replace(' ', '-')}"))
            labs.append([dx.replace(" ", "-"), "condition"])
        add(S, "GET", host + "/i?" + qs(pairs), {"User-Agent": UA}, "", labs, ["kfm-web", "js-3.17.0"], "block")
    for i in range(3):
        ev = [{"schema": "iglu:com.snowplowanalytics.snowplow/link_click/jsonschema/1-0-1", "data": {"targetUrl": f"https://{SITE}/locations/cedar-park"}},
              {"schema": "iglu:com.kestrelfm/pricing_viewed/jsonschema/1-0-0", "data": {"plan": "self-pay", "price": "129.00", "currency": "USD"}},
              {"schema": "iglu:com.kestrelfm/app_loaded/jsonschema/1-0-0", "data": {"build": "4.12.3", "commit": hexs(40)}}][i]
        ue = {"schema": "iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0", "data": ev}
        eid = uuid()
        pairs = [("e", "ue"), ("ue_px", b64url(J(ue))), ("tv", "js-3.17.0"), ("aid", "kfm-web"), ("p", "web"), ("eid", eid),
                 ("dtm", str(1770127511000 + R.randint(0, 10**7))), ("res", "1440x900"), ("lang", "en-US")]
        add(S, "GET", host + "/i?" + qs(pairs), {"User-Agent": UA}, "", [], [eid, "kfm-web", "1440x900"], "pass")


# ----------------------------------------------------------------------------- Matomo (redact)
def matomo():
    S = "matomo"; host = "http://stats.kestrelfamilymed.com/matomo.php"
    for i in range(6):
        p = nextp(); icd, dx, med, visit = p.cond; k = i % 3
        vid = hexs(16); pvid = alnum(6)
        if k == 0:
            dob = p.dobs("iso"); ip = f"{R.choice([73, 99, 24, 107, 172])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"
            page = f"https://{SITE}/portal/messages?pt={quote(p.full)}&dob={dob}"
            pairs = [("idsite", "2"), ("rec", "1"), ("action_name", "Patient Portal / Messages"), ("url", page), ("_id", vid), ("uid", p.email),
                     ("_cvar", J({"1": ["ptDOB", dob], "2": ["dxCd", icd]}, compact=True)), ("cip", ip), ("res", "1536x864"), ("pv_id", pvid), ("h", "14"), ("m", "2"), ("s", "51")]
            add(S, "GET", host + "?" + qs(pairs), {"User-Agent": UA}, "", [[p.full, "name"], [dob, "dob"], [p.email, "email"], [icd, "icd10"], [ip, "ip_address"]],
                ["Patient Portal / Messages", pvid, "1536x864"], "redact")
        elif k == 1:
            slug = med.lower().replace(" ", "-")
            pairs = [("idsite", "2"), ("rec", "1"), ("search", f"{med} refill {p.last}"), ("search_cat", "pharmacy"), ("search_count", "0"),
                     ("url", f"https://{SITE}/search?q={quote(med)}%20refill"), ("_id", vid), ("pv_id", pvid), ("urlref", f"https://{SITE}/conditions/{slug}")]
            labs = [[med, "condition"], [p.last, "name"]] + ([[slug, "condition"]] if slug != med.lower() else [])
            add(S, "GET", host + "?" + qs(pairs), {"User-Agent": UA}, "", labs, ["search_cat", pvid], "redact")
        else:
            dims = {"dimension1": p.mrn, "dimension2": visit if i != 2 else dx, "dimension3": p.appt_date("us")}
            pairs = [("idsite", "2"), ("rec", "1"), ("e_c", "Booking"), ("e_a", "slot_confirmed"), ("e_n", f"{p.first} {p.last[0]}."), ("e_v", "1")] + list(dims.items()) + [("_id", vid), ("pv_id", pvid)]
            labs = [[p.mrn, "mrn"], [p.appt_date("us"), "date"], [p.first, "name"]]
            if i == 2: labs.append([dx, "condition"])
            body = qs(pairs)
            add(S, "POST", host, {"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8", "User-Agent": UA}, body, labs, ["slot_confirmed", "Booking", pvid], "redact")
    for i in range(2):  # bulk tracking API: a JSON array of query strings
        reqs, labs = [], []
        for q in (nextp(), nextp()):
            vid = hexs(16)
            reqs.append("?" + qs([("idsite", "2"), ("rec", "1"), ("action_name", "Intake / Step 2"), ("uid", q.email), ("_id", vid),
                                  ("url", f"https://{SITE}/intake/2?fn={quote(q.first)}&cell={q.phone('bare')}"), ("cdt", "2026-02-03 15:0%d:11" % R.randint(0, 9))]))
            labs += [[q.email, "email"], [q.first, "name"], [q.phone("bare"), "phone"]]
        tok = hexs(32)
        add(S, "POST", host, {"Content-Type": "application/json", "User-Agent": "MatomoTracker/3.3 (PHP)"}, J({"requests": reqs, "token_auth": tok}),
            labs, [tok, "Intake / Step 2"], "redact")
    vid = hexs(16); pv = alnum(6)
    add(S, "GET", host + "?" + qs([("idsite", "2"), ("rec", "1"), ("ping", "1"), ("_id", vid), ("pv_id", pv), ("pf_net", "38"), ("pf_srv", "112")]),
        {"User-Agent": UA}, "", [], [vid, pv, "pf_srv"], "pass")
    for i in range(3):
        vid = hexs(16); o = order10()
        pairs = [[("idsite", "2"), ("rec", "1"), ("action_name", "Locations / Cedar Park Pharmacy hours"), ("url", f"https://{SITE}/locations/cedar-park#hours"), ("_id", vid), ("res", "390x844")],
                 [("idsite", "2"), ("rec", "1"), ("idgoal", "0"), ("ec_id", o), ("revenue", "129.00"), ("ec_items", J([["KFM-AWV", "Annual Wellness Visit", "Preventive", 129.0, 1]], compact=True)), ("_id", vid)],
                 [("idsite", "2"), ("rec", "1"), ("search", "flu shot hours"), ("search_count", "4"), ("url", f"https://{SITE}/search?q=flu%20shot%20hours"), ("_id", vid), ("ua", "KestrelApp/3.8.2")]][i]
        ctl = [["Locations / Cedar Park Pharmacy hours", "390x844"], [o, "129.00", "Annual Wellness Visit"], ["flu shot hours", "KestrelApp/3.8.2"]][i]
        add(S, "GET", host + "?" + qs(pairs), {"User-Agent": UA}, "", [], ctl, "pass")


# ----------------------------------------------------------------------------- Plausible / Umami (redact)
def plausible():
    S = "plausible_umami"
    for i in range(6):
        p = nextp(); icd, dx, med, visit = p.cond
        if i < 3:
            if i == 0:
                q = oldp(); u = f"https://{SITE}/book?reason={quote(q.cond[2])}%20consult&first={quote(q.first)}"
                props = {"pt_age": str(q.age()), "visit_type": "telehealth", "patient_zip": q.zip}
                labs = [[q.cond[2], "condition"], [q.first, "name"], [str(q.age()), "age_over_89"], [q.zip, "zip"]]
            elif i == 1:
                u = f"https://{SITE}/thank-you?ref=intake"
                props = {"Email": p.email, "Cell": p.phone("dot"), "Reason For Visit": dx}
                labs = [[p.email, "email"], [p.phone("dot"), "phone"], [dx, "condition"]]
            else:
                u = f"https://{SITE}/portal/results/{p.mrn}?tab=latest&name={quote(p.first)}%20{quote(p.last)}"
                props = {"result_flag": "high"}
                labs = [[p.mrn, "mrn"], [p.full, "name"]]
            body = {"n": "pageview" if i != 1 else "Intake Submitted", "u": u, "d": SITE, "r": "https://www.google.com/", "p": props}
            add(S, "POST", "http://plausible.io/api/event", {"Content-Type": "text/plain", "User-Agent": UA}, J(body, False), labs, [SITE, "https://www.google.com/"], "redact")
        else:
            wid = uuid()
            data = [{"ptFirst": p.first, "ptDOB": p.dobs("us"), "cell": p.phone("paren"), "dxCd": icd},
                    {"svcDt": p.appt_date("iso"), "pt-last": p.last, "mbr-no": p.mbr},
                    {"Patient Name": p.full, "Date Of Birth": p.dobs("long"), "Home Address": f"{p.street}{p.unit}"}][i - 3]
            labs = [[[p.first, "name"], [p.dobs("us"), "dob"], [p.phone("paren"), "phone"], [icd, "icd10"]],
                    [[p.appt_date("iso"), "date"], [p.last, "name"], [p.mbr, "member_id"]],
                    [[p.full, "name"], [p.dobs("long"), "dob"], [f"{p.street}{p.unit}", "address"]]][i - 3]
            body = {"type": "event", "payload": {"hostname": SITE, "language": "en-US", "referrer": "", "screen": "1920x1080", "title": "New Patient Intake",
                                                  "url": f"/intake/step-{i - 1}", "website": wid, "name": f"intake-step-{i - 1}", "data": data}}
            add(S, "POST", "http://cloud.umami.is/api/send", {"Content-Type": "application/json", "User-Agent": UA}, J(body, False), labs, [wid, f"intake-step-{i - 1}", "New Patient Intake"], "redact")
    cln = [("http://plausible.io/api/event", {"n": "pageview", "u": f"https://{SITE}/services/wellness", "d": SITE, "r": None, "p": {"plan": "starter", "version": "4.12.0"}},
            ["https://kestrelfamilymed.com/services/wellness", "4.12.0"]),
           ("http://plausible.io/api/event", {"n": "Outbound Link: Click", "u": f"https://{SITE}/patient-portal", "d": SITE, "p": {"url": "https://mychart.example-health.org/login"}},
            ["Outbound Link: Click", "https://mychart.example-health.org/login"]),
           ("http://cloud.umami.is/api/send", {"type": "event", "payload": {"hostname": SITE, "url": "/book", "website": uuid(), "name": "slot-search",
             "data": {"order_id": order10(), "build": hexs(12), "price": 129.5, "ts": "2026-02-03T15:42:18Z"}}}, None)]
    for u, body, ctl in cln:
        if ctl is None:
            d = body["payload"]["data"]; ctl = [d["order_id"], d["build"], "2026-02-03T15:42:18Z", "slot-search"]
        add(S, "POST", u, {"Content-Type": "text/plain" if "plausible" in u else "application/json", "User-Agent": UA}, J(body), [], ctl, "pass")


# ----------------------------------------------------------------------------- Brevo / Customer.io HTML email and profiles (redact)
TD = 'style="padding:6px 10px;border-bottom:1px solid #e5e7eb;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#111827"'
TL = 'style="padding:6px 10px;border-bottom:1px solid #e5e7eb;font-family:Helvetica,Arial,sans-serif;font-size:12px;color:#6b7280;text-transform:uppercase"'


def html_email():
    S = "html_email"; BH = {"Content-Type": "application/json", "accept": "application/json", "api-key": "xkeysib-" + hexs(64)}
    for i in range(7):
        p = nextp(); icd, dx, med, visit = p.cond; k = i % 4
        if k == 0:
            rows = [("Patient", p.full), ("Date of birth", p.dobs()), ("Visit", p.appt_date("abbr")), ("Assessment", f"{dx} ({icd})"), ("Plan", f"Continue {med}")]
            html = ("<!doctype html><html><body style=\"margin:0;background:#f3f4f6\"><table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">"
                    + "".join(f"<tr><td {TL}>{a}</td><td {TD}>{b}</td></tr>" for a, b in rows) +
                    "</table><p style=\"font-size:12px;color:#9ca3af\">Kestrel Family Medicine &middot; Cedar Park, TX</p></body></html>")
            body = {"sender": {"name": PRACTICE, "email": "no-reply@" + SITE}, "to": [{"email": p.email, "name": p.full}], "subject": "Your visit summary",
                    "htmlContent": html, "tags": ["visit-summary"], "headers": {"X-Mailin-custom": "tpl:vs-3"}}
            add(S, "POST", "http://api.brevo.com/v3/smtp/email", BH, J(body, False),
                [[p.full, "name"], [p.dobs(), "dob"], [p.appt_date("abbr"), "date"], [dx, "condition"], [icd, "icd10"], [med, "condition"], [p.email, "email"]],
                ["visit-summary", "tpl:vs-3", "Your visit summary"], "redact")
        elif k == 1:
            sms = p.phone("e164"); lid = R.randint(3, 40)
            body = {"email": p.email, "attributes": {"FIRSTNAME": p.first, "LASTNAME": p.last, "SMS": sms, "DOB": p.dobs("iso"), "LAST_DX": dx, "PREF_CLINIC": "Cedar Park"},
                    "listIds": [lid], "updateEnabled": True}
            add(S, "POST", "http://api.brevo.com/v3/contacts", BH, J(body, False),
                [[p.email, "email"], [p.first, "name"], [p.last, "name"], [sms, "phone"], [p.dobs("iso"), "dob"], [dx, "condition"]], ["updateEnabled", "PREF_CLINIC"], "redact", gz=(i == 5))
        elif k == 2:
            ct = 1767225600 + R.randint(0, 3 * 10**6)
            body = {"email": p.email, "first_name": p.first, "created_at": ct, "last_appt": p.appt_date(), "conditions": f"{dx};hypertension", "plan_type": "self-pay"}
            add(S, "PUT", "http://track.customer.io/api/v1/customers/" + quote(p.email, safe=""), {"Content-Type": "application/json",
                "Authorization": "Basic " + base64.b64encode(f"{hexs(20)}:{hexs(20)}".encode()).decode()}, J(body, False),
                [[p.email, "email"], [p.first, "name"], [p.appt_date(), "date"], [dx, "condition"], ["hypertension", "condition"]], [str(ct), "self-pay"], "redact")
        else:
            q = oldp() if i == 3 else p
            body = {"name": "appointment_booked", "data": {"appt_date": q.appt_date("us"), "reason": q.cond[3], "pt_age": q.age(), "clinic": "Cedar Park"}}
            cid = f"cus_{hexs(14)}"
            add(S, "POST", f"http://track.customer.io/api/v1/customers/{cid}/events", {"Content-Type": "application/json",
                "Authorization": "Basic " + base64.b64encode(f"{hexs(20)}:{hexs(20)}".encode()).decode()}, J(body),
                [[q.appt_date("us"), "date"], [str(q.age()), "age_over_89"]], [cid, "appointment_booked"], "redact")
    html = ("<html><body><table width=\"600\"><tr><td style=\"font-size:22px\">Spring into wellness</td></tr><tr><td>Book your Annual Wellness Visit "
            "at our Cedar Park or Round Rock office. Flu Shot Clinic every Saturday, 9:00 AM to 1:00 PM.</td></tr>"
            "<tr><td>Order #" + order10() + " ships in 2-3 days.</td></tr></table></body></html>")
    body = {"name": "April wellness newsletter", "subject": "Spring into wellness", "sender": {"name": PRACTICE, "id": 2}, "htmlContent": html,
            "recipients": {"listIds": [3, 9]}, "scheduledAt": "2026-04-01T14:00:00+00:00"}
    add(S, "POST", "http://api.brevo.com/v3/emailCampaigns", BH, J(body), [], ["April wellness newsletter", "2026-04-01T14:00:00+00:00", "Spring into wellness"], "pass")
    body = {"templateName": "appointment-reminder-v4", "subject": "Reminder: your appointment at {{params.clinic}}", "sender": {"id": 2},
            "htmlContent": "<p>Hi {{contact.FIRSTNAME}}, see you on {{params.appt_date}}. Need to reschedule? Use the patient portal.</p>", "isActive": True}
    add(S, "POST", "http://api.brevo.com/v3/smtp/templates", BH, J(body), [], ["appointment-reminder-v4", "{{contact.FIRSTNAME}}", "{{params.appt_date}}"], "pass")
    add(S, "GET", "http://api.brevo.com/v3/smtp/templates?templateStatus=true&limit=50&offset=0&sort=desc", {k: v for k, v in BH.items() if k != "Content-Type"}, "", [],
        ["templateStatus=true", "sort=desc"], "pass")


# ----------------------------------------------------------------------------- FDF / pdftk field dumps (BAA fax vendor pass, webhook redact, error block)
def fdf(p, paren_phone=False):
    ph = p.phone("paren") if paren_phone else p.phone("dash")
    fields = [("PatientName", f"{p.al}, {p.af}"), ("DOB", p.dobs("us")), ("SSN", p.ssn), ("Phone", ph), ("Address1", f"{p.street}{p.unit}"),
              ("Zip", p.zip), ("PrimaryDx", f"{p.cond[0]} {p.cond[1]}"), ("MemberID", p.mbr), ("FormRev", "KFM-REF-2024b")]
    txt = "%FDF-1.2\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /FDF << /Fields [\n" + "".join(f"<< /T ({t}) /V ({v}) >>\n" for t, v in fields) + \
          "] /F (referral_form.pdf) >> >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    labs = [[f"{p.al}, {p.af}", "name"], [p.dobs("us"), "dob"], [p.ssn, "ssn"], [ph, "phone"], [f"{p.street}{p.unit}", "address"], [p.zip, "zip"],
            [p.cond[0], "icd10"], [p.cond[1], "condition"], [p.mbr, "member_id"]]
    return txt, labs


def pdftk(p):
    rows = [("Pt_Name", "Patient Name", p.full), ("Pt_DOB", "Date of Birth", p.dobs("usn")), ("Tel", "Telephone", p.phone("dot")),
            ("MRN", "Chart #", p.mrn), ("Reason", "Reason", p.cond[1]), ("Consent_Ver", "Version", "v7.2")]
    txt = "".join(f"---\nFieldType: Text\nFieldName: {a}\nFieldNameAlt: {b}\nFieldFlags: 0\nFieldValue: {c}\nFieldJustification: Left\n" for a, b, c in rows)
    labs = [[p.full, "name"], [p.dobs("usn"), "dob"], [p.phone("dot"), "phone"], [p.mrn, "mrn"], [p.cond[1], "condition"]]
    return txt, labs


def forms():
    S = "form_dump"
    for i in range(3):
        p = nextp(); txt, labs = fdf(p, paren_phone=(i == 1))
        add(S, "POST", "http://api.documo.com/v1/fax/fdf-merge?template=referral_form&faxNumber=15124440199", {"Content-Type": "application/vnd.fdf",
            "Authorization": "Basic " + base64.b64encode(b"kfm:" + hexs(24).encode()).decode()}, txt, labs, ["KFM-REF-2024b", "referral_form.pdf"], "pass")
    for i in range(2):
        p = nextp(); txt, labs = pdftk(p) if i == 0 else fdf(p)
        add(S, "POST", f"http://eo{alnum(12, 'abcdefghijklmnopqrstuvwxyz0123456789')}.m.pipedream.net/", {"Content-Type": "text/plain; charset=utf-8"}, txt, labs,
            ["v7.2", "FieldJustification"] if i == 0 else ["KFM-REF-2024b", "referral_form.pdf"], "redact")
    p = nextp(); txt, labs = pdftk(p)
    body = {"notifier": {"name": "honeybadger-python", "version": "0.20.2"}, "error": {"class": "PdfFillError", "message": "field overflow in Pt_DOB",
            "backtrace": [{"number": "88", "file": "/app/forms/fill.py", "method": "fill"}]}, "request": {"context": {"dump": txt}}, "server": {"environment_name": "production"}}
    add(S, "POST", "http://api.honeybadger.io/v1/notices", {"Content-Type": "application/json", "X-API-Key": "hbp_" + alnum(30)}, J(body, False), labs, ["PdfFillError", "honeybadger-python", "/app/forms/fill.py"], "block")


# ----------------------------------------------------------------------------- APNs / FCM push (allow name, date, device_id; block otherwise)
def push():
    S = "push"
    for i in range(7):
        p = nextp(); icd, dx, med, visit = p.cond; prov = R.choice(PROVIDERS)
        if i % 2 == 0:
            tok = hexs(64); apid = uuid()
            bad = i in (2, 6)
            if bad:
                alert = {"title": "Refill ready", "body": f"{p.first}, your {med} refill is ready. Pick up by {p.appt_long()}."}
                labs = [[p.first, "name"], [med, "condition"], [f"{MONTHS[p.appt.month - 1]} {p.appt.day}", "date"], [tok, "device_id"]]
            else:
                alert = {"title": "Visit reminder", "body": f"{p.first}, your visit with {prov} is on {p.appt_date('us')} at {p.appt_time()}."}
                labs = [[p.first, "name"], [p.appt_date("us"), "date"], [tok, "device_id"]]
            body = {"aps": {"alert": alert, "sound": "default", "badge": 1, "thread-id": "reminders"}, "apptRef": f"A-{R.randint(10000, 99999)}"}
            add(S, "POST", f"http://api.push.apple.com/3/device/{tok}", {"Content-Type": "application/json", "apns-topic": "com.kestrelfamilymed.patient",
                "apns-push-type": "alert", "apns-priority": "10", "apns-id": apid, "authorization": "bearer eyJhbGciOiJFUzI1NiIsImtpZCI6" + alnum(30)},
                J(body, False), labs, [apid, "com.kestrelfamilymed.patient", body["apptRef"]], "block_if_disallowed")
        else:
            tok = alnum(22) + ":APA91b" + alnum(134, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
            data = {"ptName": p.full, "svcDt": p.appt_date("iso"), "type": "appt_reminder"}
            labs = [[p.full, "name"], [p.appt_date("iso"), "date"], [tok, "device_id"]]
            if i == 3: data["cb"] = p.phone("dash"); labs.append([p.phone("dash"), "phone"])
            if i == 5: data["dxCd"] = icd; labs.append([icd, "icd10"])
            body = {"message": {"token": tok, "notification": {"title": "Appointment tomorrow", "body": f"See you at {p.appt_time()}, {p.first}!"},
                                "data": data, "android": {"priority": "high", "ttl": "3600s"}}}
            labs.append([p.first, "name"])
            add(S, "POST", "http://fcm.googleapis.com/v1/projects/kestrel-patient-app/messages:send", {"Content-Type": "application/json; UTF-8",
                "Authorization": "Bearer ya29.c." + alnum(60)}, J(body, False), labs, ["kestrel-patient-app", "appt_reminder", "3600s"], "block_if_disallowed")
    body = {"message": {"topic": "clinic-news", "notification": {"title": "Flu shots available", "body": "Walk-in flu shots at Cedar Park Pharmacy this Saturday, 9-1."},
                        "data": {"campaign": "flu-2026", "deeplink": "kfm://wellness/flu"}}}
    add(S, "POST", "http://fcm.googleapis.com/v1/projects/kestrel-patient-app/messages:send", {"Content-Type": "application/json", "Authorization": "Bearer ya29.c." + alnum(60)},
        J(body), [], ["clinic-news", "flu-2026", "kfm://wellness/flu"], "block_if_disallowed")


# ----------------------------------------------------------------------------- webhooks with PHI in HTTP headers (redact)
def header_hooks():
    S = "header_webhook"
    for i in range(7):
        p = nextp(); icd, dx, med, visit = p.cond; rid = uuid(); fid = f"new-patient-v{R.randint(2, 5)}"
        name = f"{p.af} {p.al}"; dob = p.dobs(R.choice(["iso", "us", "usdash"]))
        k = i % 3
        if k == 0:
            h = {"Content-Type": "application/json", "X-Patient-Name": name, "X-Custom-DOB": dob, "X-Pt-Phone": p.phone("paren"), "X-Request-Id": rid}
            labs = [[name, "name"], [dob, "dob"], [p.phone("paren"), "phone"]]
        elif k == 1:
            h = {"Content-Type": "application/json", "X-Kfm-Mrn": p.mrn, "X-Visit-Reason": dx, "X-Appt-Date": p.appt_date("usdash"), "X-Request-Id": rid}
            labs = [[p.mrn, "mrn"], [dx, "condition"], [p.appt_date("usdash"), "date"]]
        else:
            h = {"Content-Type": "application/json", "X-Forwarded-User": p.email, "X-Member-Name": f"{p.al}, {p.af}", "X-Mbr-No": p.mbr, "X-Request-Id": rid}
            labs = [[p.email, "email"], [f"{p.al}, {p.af}", "name"], [p.mbr, "member_id"]]
        body = {"event": "form.submitted", "form_id": fid, "submitted_at": ts(i), "fields_count": R.randint(12, 30)}
        if i == 6:
            body["answers"] = {"q_7": {"label": "Current medications", "value": f"{med}, vitamin D"}}; labs.append([med, "condition"])
        host = f"http://eo{alnum(12, 'abcdefghijklmnopqrstuvwxyz0123456789')}.m.pipedream.net/" if i % 2 == 0 else f"http://kestrelfm.app.n8n.cloud/webhook/{uuid()}"
        add(S, "POST", host, h, J(body), labs, [rid, fid, "form.submitted"], "redact", gz=(i == 3))
    for i in range(2):
        rid = uuid(); sig = "sha256=" + hexs(64)
        h = {"Content-Type": "application/json", "X-Request-Id": rid, "X-Hub-Signature-256": sig, "X-Build": "4.12.3"}
        body = {"event": "deploy.finished", "sha": hexs(40), "version": "4.12.3", "finished_at": "2026-02-03T16:00:00Z", "service": "patient-portal"}
        add(S, "POST", f"http://kestrelfm.app.n8n.cloud/webhook/{uuid()}", h, J(body), [], [rid, sig, body["sha"], "patient-portal"], "pass")


# ----------------------------------------------------------------------------- multi-level URL-encoded JSON in cookies / state (redact)
def cookies():
    S = "cookie_blob"; wid = uuid()
    for i in range(5):
        p = nextp(); icd, dx, med, visit = p.cond; sess = "session_" + uuid()
        ph = p.phone(R.choice(["dash", "paren", "dot", "bare"])) if not p.intl else p.phone("digits")
        obj = {"pt": {"fn": p.first, "ln": p.last, "dob": p.dobs(), "tel": ph}, "lastVisit": {"svcDt": p.appt_date(), "rsn": dx}, "v": 2}
        labs = [[p.first, "name"], [p.last, "name"], [p.dobs(), "dob"], [ph, "phone"], [p.appt_date(), "date"], [dx, "condition"]]
        if i < 3:
            ck = f"crisp-client%2Fsession%2F{wid}={sess}; kfm_prefill={quote(quote(J(obj, False, True), safe=''), safe='')}; _lang=en"
            add(S, "GET", f"http://client.crisp.chat/settings/website/{wid}/?nonce={hexs(12)}", {"Cookie": ck, "User-Agent": UA}, "", labs, [sess, wid], "redact")
        else:
            st = quote(quote(quote(J(obj, False, True), safe=""), safe=""), safe="")
            add(S, "GET", f"http://client.crisp.chat/chats/{wid}/boot?state={st}&sid={sess}", {"User-Agent": UA, "Cookie": f"crisp-client%2Fsession%2F{wid}={sess}"}, "", labs, [sess, wid], "redact")
    for i in range(2):
        consent = {"necessary": True, "analytics": False, "marketing": i == 1, "rev": 3, "ts": "2026-02-01T10:00:00Z", "id": uuid()}
        ck = f"kfm_consent={quote(quote(J(consent, compact=True), safe=''), safe='')}; _lang=en-US"
        add(S, "GET", f"http://client.crisp.chat/settings/website/{wid}/?nonce={hexs(12)}", {"Cookie": ck, "User-Agent": UA}, "", [],
            [consent["id"], "2026-02-01T10:00:00Z"], "pass")


# ----------------------------------------------------------------------------- error / alerting (block)
def errors():
    S = "error_alert"
    for i in range(7):
        p = nextp(); icd, dx, med, visit = p.cond; k = i % 3
        if k == 0:
            body = {"notifier": {"name": "honeybadger-ruby", "version": "5.4.1", "url": "https://github.com/honeybadger-io/honeybadger-ruby"},
                    "error": {"class": "ActiveRecord::RecordInvalid", "message": f"Validation failed: Birthdate {p.dobs('iso')} is after intake date for {p.last}, {p.first}",
                              "backtrace": [{"number": "42", "file": "[PROJECT_ROOT]/app/models/intake.rb", "method": "validate_dob"}]},
                    "request": {"url": f"https://{SITE}/intake", "params": {"intake": {"ssn": p.ssn, "phone": p.phone()}}, "context": {"user_email": p.email}},
                    "server": {"environment_name": "production", "hostname": "web-3"}}
            labs = [[p.dobs("iso"), "dob"], [f"{p.last}, {p.first}", "name"], [p.ssn, "ssn"], [body["request"]["params"]["intake"]["phone"], "phone"], [p.email, "email"]]
            add(S, "POST", "http://api.honeybadger.io/v1/notices", {"Content-Type": "application/json", "X-API-Key": "hbp_" + alnum(30)}, J(body, False), labs,
                ["ActiveRecord::RecordInvalid", "5.4.1"], "block", gz=(i == 3))
        elif k == 1:
            body = {"occurredOn": ts(i), "details": {"machineName": "kfm-sched-02", "version": "2.14.0", "error": {"className": "System.NullReferenceException",
                    "message": f"Object reference not set to an instance of an object while rescheduling MRN#: {p.mrn} ({dx})",
                    "stackTrace": [{"lineNumber": 211, "className": "Kfm.Scheduling.Rebook", "methodName": "Move"}]},
                    "userCustomData": {"svcDt": p.appt_local(), "ptDOB": p.dobs("us")}, "user": {"identifier": p.email, "isAnonymous": False}}}
            add(S, "POST", "http://api.raygun.com/entries", {"Content-Type": "application/json", "X-ApiKey": alnum(22)}, J(body),
                [[p.mrn, "mrn"], [dx, "condition"], [p.appt_local(), "date"], [p.dobs("us"), "dob"], [p.email, "email"]], ["kfm-sched-02", "System.NullReferenceException"], "block")
        else:
            desc = f"Pt. Name: {p.full}\nD.O.B.: {p.dobs()}\nTel. {p.phone('one')}\nFax to referral partner failed 3x. Dx {icd}."
            body = {"message": "Referral fax delivery failed", "alias": f"fax-{hexs(8)}", "description": desc, "details": {"mbrNo": p.mbr, "queue": "referrals"},
                    "priority": "P3", "tags": ["fax", "referrals"], "entity": "fax-gateway"}
            add(S, "POST", "http://api.opsgenie.com/v2/alerts", {"Content-Type": "application/json", "Authorization": "GenieKey " + uuid()}, J(body, False),
                [[p.full, "name"], [p.dobs(), "dob"], [p.phone("one"), "phone"], [icd, "icd10"], [p.mbr, "member_id"]], ["fax-gateway", "Referral fax delivery failed"], "block")
    # clean error reports: must pass untouched
    b1 = {"notifier": {"name": "honeybadger-ruby", "version": "5.4.1"}, "error": {"class": "Redis::TimeoutError", "message": "Connection timed out after 5.0s (appointment slot cache)",
          "backtrace": [{"number": "77", "file": "[PROJECT_ROOT]/app/services/slot_cache.rb", "method": "fetch"}]}, "request": {"url": f"https://{SITE}/book", "params": {"location": "cedar-park"}},
          "server": {"environment_name": "production", "hostname": "web-1", "revision": hexs(40)}}
    add(S, "POST", "http://api.honeybadger.io/v1/notices", {"Content-Type": "application/json", "X-API-Key": "hbp_" + alnum(30)}, J(b1), [],
        ["Redis::TimeoutError", b1["server"]["revision"], "appointment slot cache"], "pass")
    tr = uuid(); o = order10()
    b2 = {"occurredOn": "2026-02-03T15:12:44Z", "details": {"machineName": "kfm-web-04", "version": "4.12.3", "error": {"className": "System.TimeoutException",
          "message": f"Payment gateway timeout for order {o} (trace {tr})"}, "tags": ["payments", "patient-portal"], "userCustomData": {"amount": "129.00", "currency": "USD"}}}
    add(S, "POST", "http://api.raygun.com/entries", {"Content-Type": "application/json", "X-ApiKey": alnum(22)}, J(b2), [], [o, tr, "129.00", "2026-02-03T15:12:44Z"], "pass")
    b3 = {"message": "Disk usage 91% on db-2", "alias": "disk-db-2", "description": "Volume /var/lib/postgresql at 91%. Build 10.0.19045, checksum " + hexs(32),
          "priority": "P2", "tags": ["infra"], "details": {"host": "db-2", "region": "us-central"}}
    add(S, "POST", "http://api.opsgenie.com/v2/alerts", {"Content-Type": "application/json", "Authorization": "GenieKey " + uuid()}, J(b3), [], ["Disk usage 91% on db-2", "disk-db-2", "10.0.19045"], "pass")
    bc = bad16("5")
    b4 = {"notifier": {"name": "honeybadger-js", "version": "6.9.3"}, "error": {"class": "TypeError", "message": "Cannot read properties of undefined (reading 'slots')",
          "backtrace": [{"number": "1", "column": "48211", "file": "https://kestrelfamilymed.com/assets/app-" + hexs(8) + ".js", "method": "renderWellnessCalendar"}]},
          "request": {"url": f"https://{SITE}/wellness", "context": {"cart_ref": bc, "build": "4.12.3"}}}
    add(S, "POST", "http://api.honeybadger.io/v1/notices", {"Content-Type": "application/json", "X-API-Key": "hbp_" + alnum(30)}, J(b4), [], [bc, "renderWellnessCalendar", "4.12.3"], "pass")


# ----------------------------------------------------------------------------- RudderStack (redact)
def rudder():
    S = "rudderstack"; host = "http://kestrelfamxk2.dataplane.rudderstack.com"
    RH = {"Content-Type": "application/json", "Authorization": "Basic " + base64.b64encode((alnum(27) + ":").encode()).decode()}
    for i in range(4):
        p = nextp(); icd, dx, med, visit = p.cond; mid = uuid(); anon = uuid()
        slot = p.appt.strftime("%Y-%m-%dT%H:%M:%S") + "-06:00"
        body = {"userId": p.mrn, "anonymousId": anon, "type": "track", "event": "Appointment Booked",
                "properties": {"appointment_type": visit, "provider": R.choice(PROVIDERS), "slot": slot, "new_patient": i % 2 == 0},
                "context": {"traits": {"firstName": p.first, "lastName": p.last, "phone": p.phone("intl")},
                            "library": {"name": "rudder-sdk-js", "version": "3.7.1"}, "page": {"path": f"/book/{quote(med.lower())}"}},
                "messageId": mid, "sentAt": ts(i)}
        labs = [[p.mrn, "mrn"], [slot, "date"], [p.first, "name"], [p.last, "name"], [p.phone("intl"), "phone"], [med.lower(), "condition"]]
        if i == 1:
            body["context"]["traits"]["email_sha256"] = hexs(64); labs.append([body["context"]["traits"]["email_sha256"], "hashed_identifier"])
        add(S, "POST", host + "/v1/track", RH, J(body, False), labs, [mid, anon, "Appointment Booked", "rudder-sdk-js"], "redact", gz=(i == 0))
    for i in range(2):
        mid = uuid()
        props = [{"plan": "Family Wellness Membership", "price": 49.0, "currency": "USD", "sku": "KFM-MEM-FAM"},
                 {"order_id": order10(), "coupon": "SPRING26", "revenue": 129.0, "products": [{"name": "Annual Wellness Visit", "sku": "KFM-AWV"},
                                                                                               {"name": "Carter Lake Lavender Balm", "sku": "KFM-RET-114"}]}][i]
        body = {"anonymousId": uuid(), "type": "track", "event": ["Pricing Viewed", "Order Completed"][i], "properties": props,
                "context": {"library": {"name": "rudder-sdk-js", "version": "3.7.1"}}, "messageId": mid, "originalTimestamp": "2026-02-03T15:12:44.120Z"}
        ctl = [mid, "Family Wellness Membership", "KFM-MEM-FAM"] if i == 0 else [mid, props["order_id"], "SPRING26", "Carter Lake Lavender Balm"]
        add(S, "POST", host + "/v1/track", RH, J(body), [], ctl, "pass")


# ----------------------------------------------------------------------------- unknown and look-alike hosts (deny)
def lookalikes():
    S = "lookalike_host"
    hosts = ["graph.microsoft.com.mail-relay.io", "kestrelfm.okta.com.login-verify.net", "graph.facebook.co", "plausib1e.io",
             "api-honeybadger.io", "stats.kestrelfamilymed.co", "qzkestrelfm.supabase.com", "kestrel-fm.us.auth0.com.us", "files.kestrel-ehr-export.net"]
    for i, h in enumerate(hosts):
        p = nextp()
        if i % 3 == 2:
            add(S, "GET", f"http://{h}/v1/ping?build=4.12.3&sid={hexs(10)}", {}, "", [], ["4.12.3", "ping"], "deny")
        else:
            sid = uuid()
            body = {"sync_id": sid, "name": p.full, "dob": p.dobs("iso"), "note": f"{p.cond[1]} follow-up"}
            add(S, "POST", f"http://{h}/api/v1/sync", JSONH, J(body, False), [[p.full, "name"], [p.dobs("iso"), "dob"], [p.cond[1], "condition"]], [sid, "sync_id"], "deny")
    p = nextp()
    add(S, "POST", "http://api.documo.co/v1/fax/fdf-merge", {"Content-Type": "application/vnd.fdf"}, fdf(p)[0], fdf(p)[1], ["KFM-REF-2024b", "referral_form.pdf"], "deny")


def main():
    out = sys.argv[1]; os.makedirs(out, exist_ok=True)
    for f in (jsonrpc, xmlrpc, msgraph, gcal, gmail, helpdesk, messaging, identity, firebase, postgrest, search, snowplow, matomo, plausible,
              html_email, forms, push, header_hooks, cookies, errors, rudder, lookalikes):
        f()
    policy = {"destinations": [
        {"name": "web-analytics", "hosts": ["stats.kestrelfamilymed.com", "plausible.io", "cloud.umami.is", "*.dataplane.rudderstack.com", "client.crisp.chat"],
         "allow": [], "on_violation": "redact"},
        {"name": "product-analytics", "hosts": ["sp.kestrelfamilymed.com"], "allow": [], "on_violation": "block"},
        {"name": "site-search", "hosts": ["*.algolia.net", "*.meilisearch.io"], "allow": [], "on_violation": "redact"},
        {"name": "marketing-crm", "hosts": ["*.odoo.com", "kestrelfamilymed.wpengine.com", "api.brevo.com", "track.customer.io"], "allow": [], "on_violation": "redact"},
        {"name": "automation-hooks", "hosts": ["*.m.pipedream.net", "*.app.n8n.cloud"], "allow": [], "on_violation": "redact"},
        {"name": "helpdesk", "hosts": ["*.freshdesk.com", "api.helpscout.net"], "allow": [], "on_violation": "redact"},
        {"name": "mobile-backend", "hosts": ["*.firebaseio.com"], "allow": [], "on_violation": "redact"},
        {"name": "patient-messaging", "hosts": ["graph.facebook.com"], "allow": ["name", "phone"], "on_violation": "redact"},
        {"name": "identity", "hosts": ["*.auth0.com"], "allow": ["name", "email", "phone"], "on_violation": "redact"},
        {"name": "push-reminders", "hosts": ["api.push.apple.com", "fcm.googleapis.com"], "allow": ["name", "date", "device_id"], "on_violation": "block"},
        {"name": "error-alerting", "hosts": ["api.honeybadger.io", "api.raygun.com", "api.opsgenie.com"], "allow": [], "on_violation": "block"},
        {"name": "baa-vendors", "hosts": ["graph.microsoft.com", "gmail.googleapis.com", "www.googleapis.com", "*.okta.com", "*.supabase.co", "api.documo.com"],
         "allow": ["all"], "on_violation": "block"}],
        "default_destination": "deny",
        "roster_columns": {"first": "name", "last": "name", "dob": "dob", "mrn": "mrn", "phone": "phone", "email": "email"}}
    json.dump(policy, open(os.path.join(out, "policy.json"), "w"), indent=1)
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
