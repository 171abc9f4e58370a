//! Validators: checks that run only on candidates a pattern already found.
//!
//! Each takes the candidate's bytes (and, for a few, the bytes around it) and answers whether it
//! really is what its shape suggests: a check digit, a structure rule, a calendar date. They are
//! pure functions of their input; detector packs name them with `validate:`.

/// The ASCII digits of `s`, as values 0-9, into `out` (cleared first). Returns how many.
pub fn digits_into(s: &[u8], out: &mut Vec<u8>) -> usize {
    out.clear();
    out.extend(s.iter().filter(|b| b.is_ascii_digit()).map(|b| b - b'0'));
    out.len()
}

fn digits(s: &[u8]) -> Vec<u8> {
    let mut v = Vec::with_capacity(s.len());
    digits_into(s, &mut v);
    v
}

/// Luhn (mod 10) over digit values.
pub fn luhn(d: &[u8]) -> bool {
    if d.len() < 2 {
        return false;
    }
    let mut sum = 0u32;
    for (i, &x) in d.iter().rev().enumerate() {
        let mut v = x as u32;
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum % 10 == 0
}

/// Digit separators allowed inside one number: the same one everywhere, or none.
fn one_separator_kind(s: &[u8]) -> bool {
    let mut sep = None;
    for &b in s {
        if !b.is_ascii_digit() {
            match sep {
                None => sep = Some(b),
                Some(x) if x == b => {}
                Some(_) => return false,
            }
        }
    }
    true
}

/// A payment card number: a known issuer prefix with its length, and Luhn.
pub fn card(s: &[u8]) -> bool {
    if !one_separator_kind(s) {
        return false;
    }
    let d = digits(s);
    let n = d.len();
    if !(13..=19).contains(&n) || !luhn(&d) {
        return false;
    }
    // Reject runs of one digit ("0000 0000 0000 0000"): Luhn-valid, never a card.
    if d.iter().all(|&x| x == d[0]) {
        return false;
    }
    let p2 = d[0] as u32 * 10 + d[1] as u32;
    let p4 = p2 * 100 + d[2] as u32 * 10 + d[3] as u32;
    let p6 = p4 * 100 + d[4] as u32 * 10 + d[5] as u32;
    match d[0] {
        4 => matches!(n, 13 | 16 | 19),                                 // Visa
        5 => (51..=55).contains(&p2) && n == 16 || p2 == 50 && n >= 16, // Mastercard, Maestro
        2 => (2221..=2720).contains(&p4) && n == 16,                    // Mastercard 2-series
        3 => {
            (p2 == 34 || p2 == 37) && n == 15                           // Amex
                || (p2 == 36 || p2 == 38 || p2 == 39 || (300..=305).contains(&(p4 / 10))) && (14..=19).contains(&n) // Diners
                || (3528..=3589).contains(&p4) && (16..=19).contains(&n) // JCB
        }
        6 => {
            (p4 == 6011 || p2 == 65 || (644..=649).contains(&(p4 / 10)) || (622126..=622925).contains(&p6))
                && (16..=19).contains(&n)                              // Discover
                || p2 == 62 && (16..=19).contains(&n)                  // UnionPay
                || (p4 == 6759 || p4 == 6761 || p4 == 6762 || p4 == 6763 || p2 == 67) && (12..=19).contains(&n)
            // Maestro
        }
        1 => n == 15, // UATP
        _ => false,
    }
}

/// National Provider Identifier: 10 digits starting 1 or 2; Luhn over "80840" + the digits.
pub fn npi(s: &[u8]) -> bool {
    if !one_separator_kind(s) {
        return false;
    }
    let d = digits(s);
    if d.len() != 10 || !(d[0] == 1 || d[0] == 2) || d[1..9].iter().all(|&x| x == d[1]) {
        return false;
    }
    let mut full = vec![8, 0, 8, 4, 0];
    full.extend_from_slice(&d);
    luhn(&full)
}

/// DEA registration number: two letters, seven digits; the last is
/// (d1 + d3 + d5 + 2 × (d2 + d4 + d6)) mod 10.
pub fn dea(s: &[u8]) -> bool {
    if s.len() != 9 || !s[0].is_ascii_alphabetic() || !(s[1].is_ascii_alphabetic() || s[1] == b'9') {
        return false;
    }
    let d = &s[2..];
    if !d.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let v: Vec<u32> = d.iter().map(|b| (b - b'0') as u32).collect();
    (v[0] + v[2] + v[4] + 2 * (v[1] + v[3] + v[5])) % 10 == v[6]
}

/// ABA routing number: 3-7-1 weighted checksum and a Federal Reserve prefix.
pub fn aba(s: &[u8]) -> bool {
    if !one_separator_kind(s) {
        return false;
    }
    let d = digits(s);
    if d.len() != 9 {
        return false;
    }
    let p = d[0] * 10 + d[1];
    if !(p <= 12 || (21..=32).contains(&p) || (61..=72).contains(&p) || p == 80) {
        return false;
    }
    let w = [3u32, 7, 1];
    let sum: u32 = d.iter().enumerate().map(|(i, &x)| x as u32 * w[i % 3]).sum();
    sum % 10 == 0 && d.iter().any(|&x| x != 0)
}

fn mbi_letter(b: u8) -> bool {
    let b = b.to_ascii_uppercase();
    b.is_ascii_uppercase() && !matches!(b, b'S' | b'L' | b'O' | b'I' | b'B' | b'Z')
}

/// Medicare Beneficiary Identifier: 11 characters (dashes after the 4th and 7th allowed):
/// C A AN N A AN N A A N N, where C is 1-9 and letters are never S, L, O, I, B or Z.
pub fn mbi(s: &[u8]) -> bool {
    let c: Vec<u8> = s.iter().copied().filter(|&b| b != b'-').collect();
    if c.len() != 11 {
        return false;
    }
    if s.len() != 11 && (s.len() != 13 || s[4] != b'-' || s[8] != b'-') {
        return false;
    }
    let num = |b: u8| b.is_ascii_digit();
    let alnum = |b: u8| num(b) || mbi_letter(b);
    (b'1'..=b'9').contains(&c[0])
        && mbi_letter(c[1])
        && alnum(c[2])
        && num(c[3])
        && mbi_letter(c[4])
        && alnum(c[5])
        && num(c[6])
        && mbi_letter(c[7])
        && mbi_letter(c[8])
        && num(c[9])
        && num(c[10])
}

/// US Social Security number: area not 000, 666 or 9xx; group not 00; serial not 0000;
/// the same separator between all three parts (or none).
pub fn ssn(s: &[u8]) -> bool {
    let d = digits(s);
    if d.len() != 9 {
        return false;
    }
    let seps: Vec<u8> = s.iter().copied().filter(|b| !b.is_ascii_digit()).collect();
    match seps.len() {
        0 => {}
        2 => {
            if seps[0] != seps[1] || !matches!(seps[0], b'-' | b' ' | b'.') {
                return false;
            }
            // The separators must split 3-2-4.
            let parts: Vec<&[u8]> = s.split(|b| *b == seps[0]).collect();
            if parts.len() != 3 || parts[0].len() != 3 || parts[1].len() != 2 || parts[2].len() != 4 {
                return false;
            }
        }
        _ => return false,
    }
    let area = d[0] as u32 * 100 + d[1] as u32 * 10 + d[2] as u32;
    let group = d[3] * 10 + d[4];
    let serial = d[5..].iter().fold(0u32, |a, &x| a * 10 + x as u32);
    area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
}

/// Like [`ssn`], but also accepts the 9xx areas: synthetic and test data (Synthea, for
/// one) use them, and a field that says "ssn" is an SSN whatever its area.
pub fn ssn_loose(s: &[u8]) -> bool {
    let d = digits(s);
    if d.len() != 9 || !s.iter().all(|b| b.is_ascii_digit() || matches!(b, b'-' | b' ' | b'.')) {
        return false;
    }
    // `12-3456789` is an employer id (EIN), which a tax-id field holds as often as an SSN.
    let t = s.trim_ascii();
    if t.len() == 10 && t[2] == b'-' {
        return false;
    }
    d[..3] != [0, 0, 0] && d[3..5] != [0, 0] && d[5..] != [0, 0, 0, 0]
}

/// Vehicle identification number: 17 characters without I, O, Q; check digit at position 9.
pub fn vin(s: &[u8]) -> bool {
    if s.len() != 17 {
        return false;
    }
    const W: [u32; 17] = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
    let mut sum = 0;
    let (mut letters, mut nums) = (0, 0);
    for (i, &b) in s.iter().enumerate() {
        let b = b.to_ascii_uppercase();
        let v = match b {
            b'0'..=b'9' => {
                nums += 1;
                (b - b'0') as u32
            }
            b'A'..=b'H' => {
                letters += 1;
                (b - b'A' + 1) as u32
            }
            b'J'..=b'N' => {
                letters += 1;
                (b - b'J' + 1) as u32
            }
            b'P' => 7,
            b'R' => 9,
            b'S'..=b'Z' => {
                letters += 1;
                (b - b'S' + 2) as u32
            }
            _ => return false,
        };
        if matches!(b, b'P' | b'R') {
            letters += 1;
        }
        sum += v * W[i];
    }
    let check = match sum % 11 {
        10 => b'X',
        r => b'0' + r as u8,
    };
    letters >= 2 && nums >= 3 && s[8].to_ascii_uppercase() == check
}

/// IMEI: 15 digits, Luhn.
pub fn imei(s: &[u8]) -> bool {
    let d = digits(s);
    d.len() == 15 && luhn(&d) && one_separator_kind(s)
}

/// A hex digest as hashed identifiers are sent: MD5, SHA-1 or SHA-256 (32, 40 or 64 hex digits).
pub fn hex_digest(s: &[u8]) -> bool {
    matches!(s.len(), 32 | 40 | 64)
        && s.iter().all(u8::is_ascii_hexdigit)
        && s.iter().any(|b| b.is_ascii_alphabetic())
        && s.iter().any(u8::is_ascii_digit)
}

/// IPv4 dotted quad, octets 0-255 without leading zeros beyond one digit.
pub fn ipv4(s: &[u8]) -> bool {
    let Ok(t) = std::str::from_utf8(s) else {
        return false;
    };
    t.parse::<std::net::Ipv4Addr>().is_ok()
}

/// Whether an address is inside a network (private, loopback, link-local, unspecified).
pub fn ipv4_internal(s: &[u8]) -> bool {
    std::str::from_utf8(s)
        .ok()
        .and_then(|t| t.parse::<std::net::Ipv4Addr>().ok())
        .is_some_and(|a| a.is_private() || a.is_loopback() || a.is_link_local() || a.is_unspecified())
}

/// IPv6 address, with an optional zone (`%eth0`), as the standard library parses it.
/// The bare unspecified address `::` is not accepted: it identifies nothing and is common
/// punctuation.
pub fn ipv6(s: &[u8]) -> bool {
    let Ok(t) = std::str::from_utf8(s) else {
        return false;
    };
    let t = t.split('%').next().unwrap_or(t);
    t != "::" && t.contains(':') && t.parse::<std::net::Ipv6Addr>().is_ok()
}

/// A North American phone number: 10 digits (or 11 with a leading 1), area and exchange
/// codes starting 2-9, area code not N11.
pub fn phone_nanp(s: &[u8]) -> bool {
    let mut d = digits(s);
    if d.len() == 11 && d[0] == 1 {
        d.remove(0);
    }
    if d.len() != 10 {
        return false;
    }
    d[0] >= 2 && d[3] >= 2 && !(d[1] == 1 && d[2] == 1) && !(d[4] == 1 && d[5] == 1)
}

/// An international number as written with `+`: 8 to 15 digits; a `+1` number must be NANP.
pub fn phone_e164(s: &[u8]) -> bool {
    let d = digits(s);
    if !(8..=15).contains(&d.len()) || d[0] == 0 {
        return false;
    }
    if d[0] == 1 {
        return phone_nanp(s);
    }
    true
}

/// Any phone number: NANP, or 7 to 15 digits in a phone-like shape.
pub fn phone_any(s: &[u8]) -> bool {
    let d = digits(s);
    if !s.iter().all(|b| b.is_ascii_digit() || matches!(b, b' ' | b'-' | b'.' | b'(' | b')' | b'+' | b'/')) {
        return false;
    }
    !numeric_date(s) && (phone_nanp(s) || (7..=15).contains(&d.len()) && d.iter().any(|&x| x != d[0]))
}

/// A calendar date written in numbers with one separator twice (`2026-01-01`, `03/31/2026`):
/// under a `from` or `to` key it is a report's range, never a phone.
fn numeric_date(s: &[u8]) -> bool {
    let Some(&sep) = s.iter().find(|b| !b.is_ascii_digit()) else { return false };
    if !matches!(sep, b'-' | b'/' | b'.') {
        return false;
    }
    let groups: Vec<usize> = s.split(|&b| b == sep).map(<[u8]>::len).collect();
    let shaped = matches!(groups.as_slice(), [4, 1..=2, 1..=2] | [1..=2, 1..=2, 4]);
    shaped && s.iter().all(|&b| b.is_ascii_digit() || b == sep) && parse_date(s).is_some()
}

/// A US ZIP code: five digits, optionally -four; not 00000.
pub fn zip(s: &[u8]) -> bool {
    let ok = match s.len() {
        5 => s.iter().all(u8::is_ascii_digit),
        9 => s.iter().all(u8::is_ascii_digit),
        10 => s[..5].iter().all(u8::is_ascii_digit) && matches!(s[5], b'-' | b' ') && s[6..].iter().all(u8::is_ascii_digit),
        _ => false,
    };
    ok && &s[..5] != b"00000"
}

/// An email address whose top-level domain is not a file extension (`logo@2x.png`).
pub fn email(s: &[u8]) -> bool {
    let Some(at) = memchr::memchr(b'@', s) else {
        return false;
    };
    let (local, domain) = (&s[..at], &s[at + 1..]);
    if local.is_empty() || domain.len() < 3 || local.len() > 64 {
        return false;
    }
    // Addresses no person reads: a sender of notifications, never a patient's.
    const NOBODY: &[&[u8]] =
        &[b"noreply", b"no-reply", b"no_reply", b"donotreply", b"do-not-reply", b"do_not_reply", b"mailer-daemon", b"postmaster"];
    if NOBODY.iter().any(|n| local.eq_ignore_ascii_case(n)) {
        return false;
    }
    let Some(dot) = memchr::memrchr(b'.', domain) else {
        return false;
    };
    let tld = domain[dot + 1..].to_ascii_lowercase();
    const FILE_EXT: &[&[u8]] = &[
        b"png", b"jpg", b"jpeg", b"gif", b"svg", b"webp", b"ico", b"js", b"css", b"map", b"json", b"html", b"woff", b"woff2", b"ttf",
        b"avif", b"bmp", b"tiff", b"mp4", b"webm", b"pdf",
    ];
    tld.len() >= 2 && !FILE_EXT.contains(&tld.as_slice()) && !local.starts_with(b".") && !local.ends_with(b".")
}

/// An age over 89 (90 to 129).
pub fn age_over_89(s: &[u8]) -> bool {
    let Ok(t) = std::str::from_utf8(s) else {
        return false;
    };
    // "94", or as records write it under an age key: "94 Years", "94 yrs", "94y".
    let t = t.trim();
    let n = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let unit = t[n..].trim().trim_end_matches('.').to_ascii_lowercase();
    matches!(unit.as_str(), "" | "y" | "yr" | "yrs" | "year" | "years" | "yo" | "y/o" | "years old")
        && matches!(t[..n].parse::<u32>(), Ok(90..=129))
}

/// A date as year, month, day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ymd {
    pub y: u16,
    pub m: u8,
    pub d: u8,
}

fn days_in_month(y: u16, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

fn ymd(y: u32, m: u32, d: u32) -> Option<Ymd> {
    if !(1850..=2100).contains(&y) || !(1..=12).contains(&m) || d == 0 {
        return None;
    }
    let (y, m, d) = (y as u16, m as u8, d as u8);
    (d <= days_in_month(y, m)).then_some(Ymd { y, m, d })
}

const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

fn month_name(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.').to_lowercase();
    if w.len() < 3 {
        return None;
    }
    const EN: [&str; 12] =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
    const ES: [&str; 12] =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
    const PT: [&str; 12] =
        ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"];
    const FR: [&str; 12] =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    match w.as_str() {
        "sept" | "setiembre" => return Some(9),
        "marco" => return Some(3),
        "fevrier" => return Some(2),
        "aout" => return Some(8),
        "decembre" => return Some(12),
        _ => {}
    }
    const IT: [&str; 12] =
        ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"];
    const DE: [&str; 12] =
        ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"];
    const TL: [&str; 12] =
        ["enero", "pebrero", "marso", "abril", "mayo", "hunyo", "hulyo", "agosto", "setyembre", "oktubre", "nobyembre", "disyembre"];
    // Polish writes a day's month in the genitive ("6 kwietnia 1941"); a month on its own in the
    // nominative. Neither is a prefix of the other: whole words only.
    const PL_GEN: [&str; 12] = [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ];
    const PL_NOM: [&str; 12] = [
        "styczeń",
        "luty",
        "marzec",
        "kwiecień",
        "maj",
        "czerwiec",
        "lipiec",
        "sierpień",
        "wrzesień",
        "październik",
        "listopad",
        "grudzień",
    ];
    for names in [PL_GEN, PL_NOM] {
        if let Some(i) = names.iter().position(|m| *m == w) {
            return Some(i as u32 + 1);
        }
    }
    if w == "jänner" || w == "maerz" {
        return Some(if w == "maerz" { 3 } else { 1 });
    }
    for names in [EN, ES, PT, FR, IT, DE, TL] {
        if let Some(i) = names.iter().position(|m| m.starts_with(&w) && (w.len() >= 3)) {
            return Some(i as u32 + 1);
        }
    }
    let _ = MONTHS;
    None
}

/// The calendar day `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> Option<Ymd> {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    if !(1900..=2100).contains(&y) {
        return None;
    }
    ymd(y as u32, m as u32, d as u32)
}

fn two_digit_year(y: u32) -> u32 {
    if y < 100 {
        // Dates of birth and of care: 00-29 are this century, the rest the last.
        if y < 30 {
            2000 + y
        } else {
            1900 + y
        }
    } else {
        y
    }
}

/// Parses a date in the common US, ISO, HL7 and written forms: `1962-03-14`, `03/14/1962`,
/// `3-14-62`, `14.03.1962`, `19620314` (HL7, optionally with a time), `March 14, 1962`,
/// `14 Mar 1962`, `1962-03-14T00:00:00Z`. Ambiguous day/month orders are accepted when either
/// reading is a real date.
/// The current calendar year (UTC), from the system clock.
pub fn current_year() -> u16 {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    // Days to civil year (Howard Hinnant's algorithm, year part only).
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let y = yoe + era * 400 + i64::from(mp >= 10);
    y.clamp(1970, 9999) as u16
}

pub fn parse_date(s: &[u8]) -> Option<Ymd> {
    let t = std::str::from_utf8(s).ok()?.trim();
    let t = t.trim_end_matches(['.', ',']);
    if t.is_empty() {
        return None;
    }
    if let Some(d) = constructed_date(t) {
        return d;
    }
    if let Some(d) = cjk_or_vietnamese_date(t) {
        return d;
    }
    let b = t.as_bytes();
    // A keyed value may be a Unix time: seconds (9-10 digits) or milliseconds (12-13), signed
    // for days before 1970 (`"dob_epoch_ms": -1083024000000`).
    let unsigned = t.strip_prefix('-').unwrap_or(t);
    if matches!(unsigned.len(), 9 | 10 | 12 | 13) && unsigned.bytes().all(|c| c.is_ascii_digit()) {
        let v: i64 = t.parse().ok()?;
        let secs = if unsigned.len() >= 12 { v.div_euclid(1000) } else { v };
        return civil_from_days(secs.div_euclid(86_400));
    }
    // HL7 / compact: YYYYMMDD[HHMM[SS[.S+]]][+ZZZZ]; US compact MMDDYYYY.
    if b.len() >= 8 && b[..8].iter().all(u8::is_ascii_digit) {
        let rest = &t[8..];
        if rest.is_empty() || rest.bytes().all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'+' | b'-')) {
            let n = |a: usize, z: usize| t[a..z].parse::<u32>().ok();
            return ymd(n(0, 4)?, n(4, 6)?, n(6, 8)?).or_else(|| if rest.is_empty() { ymd(n(4, 8)?, n(0, 2)?, n(2, 4)?) } else { None });
        }
        return None;
    }
    // Strip an ISO time part.
    let t = match t.find('T') {
        Some(10) => &t[..10],
        _ => t,
    };
    let t = match t.find(' ') {
        Some(10) if t.as_bytes()[4] == b'-' => &t[..10],
        _ => t,
    };
    let t = strip_time(t);
    let parts: Vec<&str> = t
        .split(['-', '/', '.', ' ', ','])
        .filter(|p| !p.is_empty() && !matches!(p.to_ascii_lowercase().as_str(), "de" | "del" | "of" | "the"))
        .collect();
    if parts.len() != 3 {
        return None;
    }
    let num = |p: &str| -> Option<u32> {
        let p = p.trim_end_matches(|c: char| c.is_ascii_alphabetic() && !p.starts_with(|c: char| c.is_ascii_alphabetic()));
        if p.len() <= 4 && p.bytes().all(|c| c.is_ascii_digit()) {
            p.parse().ok()
        } else {
            None
        }
    };
    let strip_ord =
        |p: &str| -> String { p.trim_end_matches("st").trim_end_matches("nd").trim_end_matches("rd").trim_end_matches("th").to_string() };
    match (num(parts[0]), num(parts[1]), num(parts[2])) {
        (Some(a), Some(m), Some(d)) if parts[0].len() == 4 => ymd(a, m, d),
        (Some(a), Some(b2), Some(y)) if parts[2].len() == 4 || parts[2].len() == 2 => {
            let y = two_digit_year(y);
            ymd(y, a, b2).or_else(|| ymd(y, b2, a))
        }
        _ => {
            // Written months: "March 14, 1962", "14 Mar 1962", "Mar 14 1962".
            if let Some(m) = month_name(parts[0]) {
                let d = strip_ord(parts[1]).parse().ok()?;
                let y: u32 = parts[2].parse().ok()?;
                if parts[2].len() != 4 {
                    return None;
                }
                ymd(y, m, d)
            } else if let Some(m) = month_name(parts[1]) {
                // "22 juin 1999", "1er mars 1950", "10-Nov-61".
                let d = strip_ord(parts[0].trim_end_matches("er")).parse().ok()?;
                let y: u32 = parts[2].parse().ok()?;
                match parts[2].len() {
                    4 => ymd(y, m, d),
                    2 => ymd(two_digit_year(y), m, d),
                    _ => None,
                }
            } else {
                None
            }
        }
    }
}

/// A calendar-valid date in one of the forms [`parse_date`] reads.
/// A date without a trailing time of day: "05/14/2026 10:30", "May 14, 2026 at 10:30 AM".
/// A date as code prints it: `datetime.date(1967, 5, 2)`, `time.Date(1953, time.December, 26,
/// …)`, `LocalDate.of(1967, 5, 2)`, `new Date(1967, 4, 2)` (months from 0), Elixir's
/// `~D[1942-08-04]` and `~U[2026-03-18 13:00:00Z]`. `None` when `t` is not such a form;
/// `Some(None)` when it is, but not a valid date.
fn constructed_date(t: &str) -> Option<Option<Ymd>> {
    if let Some(inner) = t.strip_prefix("~D[").or_else(|| t.strip_prefix("~U[")).or_else(|| t.strip_prefix("~N[")) {
        return Some(parse_date(inner.strip_suffix(']')?.as_bytes()));
    }
    let open = t.find('(')?;
    let name = t[..open].trim();
    if name.is_empty() || !name.bytes().all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b' ' | b':')) || !t.ends_with(')') {
        return None;
    }
    let mut args = t[open + 1..t.len() - 1].split(',').map(str::trim);
    let y: u32 = args.next()?.parse().ok()?;
    let m = args.next()?;
    let m_word = m.rsplit(['.', ':']).next().unwrap_or(m);
    let js = name == "new Date" || name == "Date.UTC";
    let m = match m_word.parse::<u32>() {
        Ok(n) if js => n + 1,
        Ok(n) => n,
        Err(_) => month_name(&m_word.to_ascii_lowercase())?,
    };
    let d: u32 = args.next()?.parse().ok()?;
    if !(1000..=9999).contains(&y) {
        return None;
    }
    Some(ymd(y, m, d))
}

/// `1988年8月17日` (Chinese, Japanese) and `ngày 17 tháng 8 năm 1963` (Vietnamese): `None` when
/// `t` is neither form; `Some(None)` when it is, but not a valid date.
fn cjk_or_vietnamese_date(t: &str) -> Option<Option<Ymd>> {
    let nums =
        |s: &str| -> Vec<u32> { s.split(|c: char| !c.is_ascii_digit()).filter(|p| !p.is_empty()).filter_map(|p| p.parse().ok()).collect() };
    // Chinese and Japanese 1991年1月3日; Korean 1979년 7월 17일.
    if t.contains('年') && t.contains('月') || t.contains('년') && t.contains('월') {
        let n = nums(t);
        return Some(match n[..] {
            [y, m, d, ..] => ymd(y, m, d),
            _ => None,
        });
    }
    // Checked before any allocation: every date candidate passes here.
    if (t.contains("tháng") || t.contains("Tháng")) && (t.contains("năm") || t.contains("Năm")) {
        let n = nums(t);
        return Some(match n[..] {
            [d, m, y, ..] => ymd(y, m, d),
            _ => None,
        });
    }
    None
}

fn strip_time(t: &str) -> &str {
    let Some(c) = t.find(':') else { return t };
    let Some(sp) = t[..c].rfind(' ') else { return t };
    let hh = &t[sp + 1..c];
    if hh.is_empty() || hh.len() > 2 || !hh.bytes().all(|b| b.is_ascii_digit()) {
        return t;
    }
    let head = t[..sp].trim_end();
    let head = head.strip_suffix(" at").or_else(|| head.strip_suffix(" @")).unwrap_or(head);
    head.trim_end().trim_end_matches(',')
}

pub fn date(s: &[u8]) -> bool {
    parse_date(s).is_some()
}

/// A birthday or an appointment day without its year: `MM/DD`, `MM-DD`, "February 9", "Apr 10th".
pub fn month_day(s: &[u8]) -> bool {
    let Ok(t) = std::str::from_utf8(s.trim_ascii()) else { return false };
    let num = |x: &str| (!x.is_empty() && x.len() <= 2 && x.bytes().all(|b| b.is_ascii_digit())).then(|| x.parse::<u32>().ok()).flatten();
    // Day first, as Spanish, Portuguese and French write it: "19 de marzo", "1er mars", "6 de junho".
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && t[digits..].trim_start().starts_with(|c: char| c.is_alphabetic()) {
        let rest = t[digits..].trim_start().trim_start_matches("er").trim_start();
        let rest = rest.strip_prefix("de ").unwrap_or(rest).trim_start();
        let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
        let (m, d) = (month_name(&word), num(&t[..digits]));
        return matches!((m, d), (Some(m), Some(d)) if d >= 1 && d <= days_in_month(2000, m as u8) as u32);
    }
    let (m, d) = if t.starts_with(|c: char| c.is_ascii_alphabetic()) {
        let end = t.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(t.len());
        let rest = t[end..].trim_start().trim_start_matches('.').trim_start();
        let n = rest.bytes().take_while(u8::is_ascii_digit).count();
        (month_name(&t[..end]), num(&rest[..n]))
    } else {
        match t.split_once(['/', '-']) {
            Some((m, d)) => (num(m), num(d)),
            None => return false,
        }
    };
    // Without a year, February 29 is a real day.
    matches!((m, d), (Some(m), Some(d)) if (1..=12).contains(&m) && d >= 1 && d <= days_in_month(2000, m as u8) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(f: fn(&[u8]) -> bool, good: &[&str], bad: &[&str]) {
        for g in good {
            assert!(f(g.as_bytes()), "should accept {g:?}");
        }
        for b in bad {
            assert!(!f(b.as_bytes()), "should reject {b:?}");
        }
    }

    #[test]
    fn compact_and_epoch_dates() {
        let p = |s: &str| parse_date(s.as_bytes()).map(|d| (d.y, d.m, d.d));
        assert_eq!(p("19910122"), Some((1991, 1, 22)));
        assert_eq!(p("01221991"), Some((1991, 1, 22)));
        assert_eq!(p("13221991"), None);
        assert_eq!(p("-1083024000000"), Some((1935, 9, 7)));
        assert_eq!(p("323395200000"), Some((1980, 4, 1)));
        assert_eq!(p("1717171717"), Some((2024, 5, 31)));
        assert_eq!(p("0"), None);
        assert_eq!(p("12345678901"), None);
    }

    #[test]
    fn month_day_birthdays() {
        for ok in ["09/26", "12/25", "2/29", "01-17", "February 9", "Apr 10th", "sept 3", "19 de marzo", "1er mars", "6 de junho"] {
            assert!(month_day(ok.as_bytes()), "{ok}");
        }
        for bad in ["13/01", "02/30", "00/10", "9/", "0926", "09/26/", "February 30", "Monday 9", "31 de junio", "3 days"] {
            assert!(!month_day(bad.as_bytes()), "{bad}");
        }
    }

    #[test]
    fn luhn_and_cards() {
        check(
            card,
            &[
                "4111111111111111",
                "4012-8888-8888-1881",
                "4012 8888 8888 1881",
                "371449635398431",
                "5555555555554444",
                "30569309025904",
                "6011000400000000",
                "3528000700000000",
                "122000000000003",
                "2223003122003222",
            ],
            &[
                "4012-8888-8888-1882",
                "1748503543012", // epoch milliseconds, Luhn-valid by chance or not: no issuer starts with 1 at 13 digits
                "0000000000000000",
                "4012-8888 8888-1881", // mixed separators
                "9999999999999995",
                "1234567812345678",
            ],
        );
    }

    #[test]
    fn npi_check_digit() {
        check(
            npi,
            &["1234567893", "1245319599", "1003000126", "1234-567-893"],
            &["1234567890", "0234567893", "3234567893", "1111111112", "123456789"],
        );
    }

    #[test]
    fn dea_check_digit() {
        // AB1234563: 1+3+5 + 2*(2+4+6) = 33 -> 3.
        check(dea, &["AB1234563", "BJ6125341", "F91234563"], &["AB1234567", "AB123456", "1B1234563"]);
    }

    #[test]
    fn aba_checksum() {
        check(aba, &["121000358", "121042882", "011000015", "3222-7162-7"], &["421042111", "123456789", "000000000"]);
    }

    #[test]
    fn mbi_format() {
        check(
            mbi,
            &["1EG4-TE5-MK73", "1EG4TE5MK73", "9XX9-XX9-XX99", "1eg4-te5-mk73", "3CD5-FG7-HJ89"],
            &[
                "1SG4-TE5-MK73",
                "1EG4-LE5-MK73",
                "1EG4-TE5-OK73",
                "1EG4-TE5-MI73",
                "1BG4-TE5-MK73",
                "AEG4-TE5-MK73",
                "12G4-TE5-MK73",
                "1EG4TE5MK7",
                "1EG4TE5MK734",
                "1EG4T-E5MK73",
            ],
        );
    }

    #[test]
    fn ssn_structure() {
        check(
            ssn,
            &["078-05-1123", "078.05.1123", "078 05 1123", "078051121", "123-45-6789", "665-12-3456"],
            &[
                "000-12-3456",
                "666-12-3456",
                "900-12-3456",
                "999-94-5397",
                "078-00-1123",
                "078-05-0000",
                "078-05.1123",
                "078-051121",
                "0780511201",
            ],
        );
        check(ssn_loose, &["999-94-5397", "078051121"], &["000-00-0000", "12345678", "078-05-0000"]);
    }

    #[test]
    fn vin_check_digit() {
        check(
            vin,
            &["1HGCM82633A004352", "1M8GDM9AXKP042788"],
            &["1HGCM82633A004353", "1HGCM82633A00435", "IHGCM82633A004352", "11111111111111111"],
        );
    }

    #[test]
    fn phones() {
        check(
            phone_nanp,
            &["(415) 555-0132", "415-555-0132", "415.555.0132", "+1 415 555 0132", "14155550132"],
            &["(115) 555-0132", "415-155-0132", "911-555-0132", "415-555-013"],
        );
        check(
            phone_e164,
            &["+44 20 7123 4567", "+49 30 1234567", "+55 11 98456 5666", "+14155550132"],
            &["+1 115 555 0132", "+123", "+0 20 7123 4567"],
        );
    }

    #[test]
    fn ips() {
        check(ipv4, &["192.168.0.1", "255.255.255.255", "0.0.0.0"], &["256.1.1.1", "192.168.1", "1.2.3.4.5"]);
        check(
            ipv6,
            &["2001:db8::1", "fe80::1%eth0", "::1", "::ffff:192.0.2.1", "684D:1111:222:3333:4444:5555:6:77"],
            &["::", "12:34:56", "684D:1111:222:3333:4444:5555:77", "2001::db8::1", "gggg::1"],
        );
    }

    #[test]
    fn digests_zips_emails_ages() {
        check(
            hex_digest,
            &["5d41402abc4b2a76b9719d911017c592", "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3"],
            &["5d41402abc4b2a76b9719d911017c59", "11111111111111111111111111111111", "zz41402abc4b2a76b9719d911017c592"],
        );
        check(zip, &["48104", "48104-1234"], &["00000", "4810", "481041"]);
        check(
            email,
            &["info@presidio.site", "user@xn--80ak6aa92e.com", "a.b+c@clinic.health"],
            &["logo@2x.png", "info@presidio.", "@x.com", "noreply@clinic.example", "Do-Not-Reply@clinic.example"],
        );
        check(age_over_89, &["90", "104"], &["89", "9", "130", "abc"]);
        check(imei, &["490154203237518"], &["490154203237519"]);
    }

    #[test]
    fn dates() {
        let d = |s: &str| parse_date(s.as_bytes());
        assert_eq!(d("1962-03-14"), Some(Ymd { y: 1962, m: 3, d: 14 }));
        assert_eq!(d("03/14/1962"), Some(Ymd { y: 1962, m: 3, d: 14 }));
        assert_eq!(d("14.03.1962"), Some(Ymd { y: 1962, m: 3, d: 14 }));
        // As code prints them.
        let mar14 = Some(Ymd { y: 1962, m: 3, d: 14 });
        for c in [
            "datetime.date(1962, 3, 14)",
            "datetime.datetime(1962, 3, 14, 13, 45)",
            "time.Date(1962, time.March, 14, 0, 0, 0, 0, time.UTC)",
        ] {
            assert_eq!(d(c), mar14, "{c}");
        }
        for c in ["LocalDate.of(1962, 3, 14)", "new Date(1962, 2, 14)", "~D[1962-03-14]", "~U[1962-03-14 13:00:00Z]"] {
            assert_eq!(d(c), mar14, "{c}");
        }
        assert_eq!(d("datetime.date(1962, 2, 30)"), None);
        // Written months and forms in more languages.
        for c in ["14 marzo 1962", "14. März 1962", "14 marca 1962", "Marso 14, 1962", "1962年3月14日", "ngày 14 tháng 3 năm 1962"] {
            assert_eq!(d(c), mar14, "{c}");
        }
        assert_eq!(d("1962年2月30日"), None);
        assert_eq!(d("round(1962, 3, 14"), None);
        assert_eq!(d("Version(3, 14, 2)"), None);
        assert_eq!(d("3-14-62"), Some(Ymd { y: 1962, m: 3, d: 14 }));
        assert_eq!(d("19620314"), Some(Ymd { y: 1962, m: 3, d: 14 }));
        assert_eq!(d("198808181126+0215"), Some(Ymd { y: 1988, m: 8, d: 18 }));
        assert_eq!(d("March 14, 1962"), Some(Ymd { y: 1962, m: 3, d: 14 }));
        assert_eq!(d("14 Mar 1962"), Some(Ymd { y: 1962, m: 3, d: 14 }));
        assert_eq!(d("Sept 3rd, 2001"), Some(Ymd { y: 2001, m: 9, d: 3 }));
        assert_eq!(d("1962-03-14T00:00:00Z"), Some(Ymd { y: 1962, m: 3, d: 14 }));
        assert_eq!(d("11 de septiembre de 2026"), Some(Ymd { y: 2026, m: 9, d: 11 }));
        assert_eq!(d("14th of March 1962"), Some(Ymd { y: 1962, m: 3, d: 14 }));
        // With a time of day after the date.
        assert_eq!(d("May 14, 2026 at 10:30 AM"), Some(Ymd { y: 2026, m: 5, d: 14 }));
        assert_eq!(d("05/14/2026 10:30"), Some(Ymd { y: 2026, m: 5, d: 14 }));
        assert_eq!(d("14 May 2026, 9:05 pm"), Some(Ymd { y: 2026, m: 5, d: 14 }));
        assert_eq!(d("10:30"), None);
        check(date, &["2/29/2024", "12/31/1999"], &["2/30/2024", "13/13/2020", "2023-02-29", "1.2.3", "99999999", "hello"]);
    }
}
