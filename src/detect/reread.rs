//! Text read a second time the way its reader will see it. A vendor's template engine renders
//! HTML character references (`Ra&uacute;l`, `&#x32;&#x30;`), a mail client undoes quoted-printable
//! (`225-35=\r\n6-9536`, `In=C3=A9s`) and RFC 2047 encoded words (`=?ISO-8859-1?Q?H=E9bert?=`),
//! and a Windows program writes its text in Latin-1 or Windows-1252. Each reading is text of its
//! own with where each byte came from (`html::Stripped`), scanned like the view and mapped back.
//!
//! Each function returns `None` when the reading would change nothing, which is what almost all
//! text costs: one `memchr` or ASCII check.

use super::html::Stripped;
use base64::Engine;

/// HTML's named character references for Latin-1 (U+00A0 to U+00FF), in code-point order.
const LATIN1_NAMES: [&str; 96] = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf", "laquo", "not", "shy", "reg", "macr",
    "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34",
    "iquest", "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml", "Igrave",
    "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute",
    "Ucirc", "Uuml", "Yacute", "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil", "egrave",
    "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml",
    "divide", "oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml",
];

/// Windows-1252's characters for 0x80 to 0x9F (Latin-1 has control codes there); `\0` where
/// the code page has none.
const CP1252_HIGH: [char; 32] = [
    '€', '\0', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\0', 'Ž', '\0', '\0', '‘', '’', '“', '”', '•', '–', '—', '˜', '™',
    'š', '›', 'œ', '\0', 'ž', 'Ÿ',
];

/// A character as the patterns want to see it: no-break spaces as spaces, typographic hyphens
/// as `-`, curly apostrophes as `'`, digits of other scripts as ASCII digits.
fn plain_char(c: char) -> Option<u8> {
    Some(match c {
        '\u{A0}' | '\u{2007}' | '\u{202F}' => b' ',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => b'-',
        '\u{2018}' | '\u{2019}' => b'\'',
        '\u{660}'..='\u{669}' => b'0' + (c as u32 - 0x660) as u8,
        '\u{6F0}'..='\u{6F9}' => b'0' + (c as u32 - 0x6F0) as u8,
        '\u{966}'..='\u{96F}' => b'0' + (c as u32 - 0x966) as u8,
        '\u{9E6}'..='\u{9EF}' => b'0' + (c as u32 - 0x9E6) as u8,
        '\u{FF10}'..='\u{FF19}' => b'0' + (c as u32 - 0xFF10) as u8,
        _ => return None,
    })
}

/// The character a reference (`&eacute;`, `&#233;`, `&#xE9;`, at the start of `t`) stands for,
/// and the reference's length.
fn char_ref(t: &[u8]) -> Option<(char, usize)> {
    let semi = t.iter().take(10).position(|&b| b == b';')?;
    let name = &t[1..semi];
    let c = match name {
        [b'#', b'x' | b'X', h @ ..] if !h.is_empty() => {
            std::str::from_utf8(h).ok().and_then(|h| u32::from_str_radix(h, 16).ok()).and_then(char::from_u32)?
        }
        [b'#', d @ ..] if !d.is_empty() => std::str::from_utf8(d).ok().and_then(|d| d.parse().ok()).and_then(char::from_u32)?,
        b"amp" => '&',
        b"lt" => '<',
        b"gt" => '>',
        b"quot" => '"',
        b"apos" | b"rsquo" | b"lsquo" => '\'',
        b"ndash" | b"mdash" | b"hyphen" | b"dash" => '-',
        _ => {
            let name = std::str::from_utf8(name).ok()?;
            char::from_u32(0xA0 + LATIN1_NAMES.iter().position(|&n| n == name)? as u32)?
        }
    };
    Some((c, semi + 1))
}

fn push_char(s: &mut Stripped, c: char, from: usize, to: usize) {
    if let Some(b) = plain_char(c) {
        s.push(&[b], from, to);
    } else {
        let mut buf = [0u8; 4];
        s.push(c.encode_utf8(&mut buf).as_bytes(), from, to);
    }
}

/// `hay` with HTML character references read, no-break spaces, typographic hyphens and
/// apostrophes made ASCII, and digits of other scripts read as ASCII digits.
pub fn plain(hay: &[u8]) -> Option<Stripped> {
    if hay.len() >= u32::MAX as usize {
        return None;
    }
    let refs = memchr::memchr_iter(b'&', hay).any(|i| char_ref(&hay[i..]).is_some());
    let ascii = hay.is_ascii();
    if !refs && (ascii || !std::str::from_utf8(hay).is_ok_and(|t| t.chars().any(|c| plain_char(c).is_some()))) {
        return None;
    }
    let mut s = Stripped::mapped(hay.len());
    let mut i = 0;
    while i < hay.len() {
        let b = hay[i];
        if b == b'&' {
            if let Some((c, len)) = char_ref(&hay[i..]) {
                push_char(&mut s, c, i, i + len);
                i += len;
                continue;
            }
        }
        if let Some((c, len)) = utf8_char(&hay[i..]) {
            push_char(&mut s, c, i, i + len);
            i += len;
            continue;
        }
        s.push(&[b], i, i + 1);
        i += 1;
    }
    Some(s.finish(hay.len()))
}

/// The non-ASCII character a valid UTF-8 sequence at the start of `t` encodes, and its length.
fn utf8_char(t: &[u8]) -> Option<(char, usize)> {
    let n = match *t.first()? {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return None,
    };
    let c = std::str::from_utf8(t.get(..n)?).ok()?.chars().next()?;
    Some((c, n))
}

fn upper_hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Decoded bytes, each with the original span it came from, turned into text: valid UTF-8 is
/// kept, any other byte read as Windows-1252 (a Latin-1 `=E9`).
fn push_decoded(s: &mut Stripped, bytes: &[(u8, usize, usize)]) {
    let mut k = 0;
    while k < bytes.len() {
        let b = bytes[k].0;
        if b < 0x80 {
            s.push(&[b], bytes[k].1, bytes[k].2);
            k += 1;
            continue;
        }
        let mut seq = [0u8; 4];
        let n = (bytes.len() - k).min(4);
        for (d, x) in seq.iter_mut().zip(&bytes[k..k + n]) {
            *d = x.0;
        }
        if let Some((c, len)) = utf8_char(&seq[..n]) {
            push_char(s, c, bytes[k].1, bytes[k + len - 1].2);
            k += len;
            continue;
        }
        push_char(s, windows_1252(b), bytes[k].1, bytes[k].2);
        k += 1;
    }
}

/// The character a Windows-1252 byte stands for.
pub fn windows_1252(b: u8) -> char {
    match b {
        0x80..=0x9F => match CP1252_HIGH[(b - 0x80) as usize] {
            '\0' => '\u{FFFD}',
            c => c,
        },
        _ => b as char,
    }
}

/// `hay` with quoted-printable read (soft line breaks joined, `=XX` decoded) and RFC 2047 encoded
/// words (`=?UTF-8?B?…?=`, `=?ISO-8859-1?Q?…?=`) decoded, or `None` when it has neither (nor a
/// UTF-8 character escaped as `=C3=A9`). A byte that does not start valid UTF-8 is read as
/// Windows-1252.
pub fn quoted_printable(hay: &[u8]) -> Option<Stripped> {
    if hay.len() >= u32::MAX as usize {
        return None;
    }
    // What says this is quoted-printable: a soft line break, an encoded word, or a UTF-8
    // character escaped as QP writes it (`=C3=A9`).
    let (mut words, mut soft) = (false, false);
    for i in memchr::memchr_iter(b'=', hay) {
        match hay.get(i + 1) {
            Some(b'?') => words = true,
            Some(b'\n' | b'\r') => soft = true,
            Some(b'C'..=b'F') => {
                soft |= hay.len() > i + 5
                    && hay[i + 3] == b'='
                    && upper_hex(hay[i + 2]).is_some()
                    && matches!(hay[i + 4], b'8'..=b'9' | b'A'..=b'B')
                    && upper_hex(hay[i + 5]).is_some()
            }
            _ => {}
        }
        if words && soft {
            break;
        }
    }
    if !words && !soft {
        return None;
    }
    let mut s = Stripped::mapped(hay.len());
    let mut pending: Vec<(u8, usize, usize)> = vec![];
    let mut changed = false;
    let mut i = 0;
    while i < hay.len() {
        if hay[i] == b'=' {
            if let Some((bytes, len)) = words.then(|| encoded_word(&hay[i..])).flatten() {
                pending.extend(bytes.into_iter().map(|b| (b, i, i + len)));
                i += len;
                changed = true;
                continue;
            }
            if soft {
                match (hay.get(i + 1), hay.get(i + 2)) {
                    (Some(b'\n'), _) => {
                        i += 2;
                        changed = true;
                        continue;
                    }
                    (Some(b'\r'), Some(b'\n')) => {
                        i += 3;
                        changed = true;
                        continue;
                    }
                    (Some(&h), Some(&l)) => {
                        if let (Some(h), Some(l)) = (upper_hex(h), upper_hex(l)) {
                            pending.push((h * 16 + l, i, i + 3));
                            i += 3;
                            changed = true;
                            continue;
                        }
                    }
                    _ => {}
                }
            }
        }
        pending.push((hay[i], i, i + 1));
        i += 1;
    }
    if !changed {
        return None;
    }
    push_decoded(&mut s, &pending);
    Some(s.finish(hay.len()))
}

/// An RFC 2047 encoded word at the start of `t` (`=?charset?B|Q?text?=`): its bytes and length.
fn encoded_word(t: &[u8]) -> Option<(Vec<u8>, usize)> {
    let t = &t[..t.len().min(256)];
    let q1 = 2 + memchr::memchr(b'?', &t[2..])?;
    let charset = &t[2..q1];
    if charset.is_empty() || !charset.iter().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'*')) {
        return None;
    }
    let kind = *t.get(q1 + 1)?;
    if t.get(q1 + 2) != Some(&b'?') {
        return None;
    }
    let body_start = q1 + 3;
    let end = body_start + memchr::memmem::find(&t[body_start..], b"?=")?;
    let body = &t[body_start..end];
    let mut bytes = match kind {
        b'B' | b'b' => base64::engine::general_purpose::STANDARD.decode(body).ok()?,
        b'Q' | b'q' => {
            let mut v = Vec::with_capacity(body.len());
            let mut k = 0;
            while k < body.len() {
                match body[k] {
                    b'_' => v.push(b' '),
                    b'=' => match (body.get(k + 1).copied().and_then(upper_hex), body.get(k + 2).copied().and_then(upper_hex)) {
                        (Some(h), Some(l)) => {
                            v.push(h * 16 + l);
                            k += 3;
                            continue;
                        }
                        _ => v.push(b'='),
                    },
                    b => v.push(b),
                }
                k += 1;
            }
            v
        }
        _ => return None,
    };
    // A Latin-1 word's bytes as text (UTF-8 ones stay as they are).
    if !charset.eq_ignore_ascii_case(b"utf-8") && !charset.eq_ignore_ascii_case(b"utf8") && !bytes.is_ascii() {
        bytes = bytes.iter().map(|&b| windows_1252(b)).collect::<String>().into_bytes();
    }
    Some((bytes, end + 2))
}

/// `hay` read as Windows-1252 where it is not UTF-8 (`Ra\xfal Pe\xf1a` from a Latin-1 body), or
/// `None` when it is valid UTF-8 or has no such bytes. Binary is left alone: most of its bytes
/// would be read as letters.
pub fn latin1(hay: &[u8]) -> Option<Stripped> {
    if hay.len() >= u32::MAX as usize || hay.is_ascii() || std::str::from_utf8(hay).is_ok() {
        return None;
    }
    let controls = hay.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t')).count();
    if controls * 20 > hay.len() {
        return None;
    }
    let mut s = Stripped::mapped(hay.len());
    let mut i = 0;
    while i < hay.len() {
        let b = hay[i];
        if let Some((c, len)) = utf8_char(&hay[i..]) {
            push_char(&mut s, c, i, i + len);
            i += len;
            continue;
        }
        if b >= 0x80 {
            push_char(&mut s, windows_1252(b), i, i + 1);
        } else {
            s.push(&[b], i, i + 1);
        }
        i += 1;
    }
    Some(s.finish(hay.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(st: &Stripped) -> String {
        String::from_utf8(st.text.clone()).unwrap()
    }

    /// The original bytes behind the reading's `what`.
    fn back<'a>(orig: &'a [u8], st: &Stripped, what: &str) -> &'a [u8] {
        let t = read(st);
        let at = t.find(what).unwrap_or_else(|| panic!("{what} not in {t}"));
        &orig[st.original_span(&(at..at + what.len()))]
    }

    #[test]
    fn character_references_and_typographic_characters() {
        let s = "From: Gis&egrave;le Doucet &lt;x&gt; SSN: 458&#8209;68&#8209;4573 bday &#x32;&#x30;&#x32;&#x30; Earl&nbsp;Champagne";
        let st = plain(s.as_bytes()).unwrap();
        assert_eq!(read(&st), "From: Gisèle Doucet <x> SSN: 458-68-4573 bday 2020 Earl Champagne");
        assert_eq!(back(s.as_bytes(), &st, "Gisèle"), b"Gis&egrave;le");
        assert_eq!(back(s.as_bytes(), &st, "458-68-4573"), b"458&#8209;68&#8209;4573");
        assert_eq!(back(s.as_bytes(), &st, "Earl Champagne"), b"Earl&nbsp;Champagne");
        let st = plain("تولد: ۱۹۹۲/۰۲/۱۱ tel ３８０-７０９".as_bytes()).unwrap();
        assert!(read(&st).ends_with("1992/02/11 tel 380-709"));
        assert!(plain(b"a & b; AT&T").is_none());
        assert!(plain("plain é text".as_bytes()).is_none());
    }

    #[test]
    fn quoted_printable_and_encoded_words() {
        let s = "mobile number as 225-35=\r\n6-9536; Hi In=C3=A9s Casta=C3=B1eda, enregistr=E9 : 70510 a=3Db";
        let st = quoted_printable(s.as_bytes()).unwrap();
        assert_eq!(read(&st), "mobile number as 225-356-9536; Hi Inés Castañeda, enregistré : 70510 a=b");
        assert_eq!(back(s.as_bytes(), &st, "225-356-9536"), b"225-35=\r\n6-9536");
        assert_eq!(back(s.as_bytes(), &st, "Inés"), b"In=C3=A9s");
        let s = "To: =?ISO-8859-1?Q?Alcide_H=E9bert?= <a@b.c>\r\nSubject: =?UTF-8?B?TWFyw61hIEdvbnrDoWxleg==?=";
        let st = quoted_printable(s.as_bytes()).unwrap();
        assert_eq!(read(&st), "To: Alcide Hébert <a@b.c>\r\nSubject: María González");
        assert_eq!(back(s.as_bytes(), &st, "María González"), b"=?UTF-8?B?TWFyw61hIEdvbnrDoWxleg==?=");
        assert!(quoted_printable(b"id=AB12&x=FF").is_none());
    }

    #[test]
    fn latin1_text() {
        let s = b"Patient(e) : Ra\xfal Pe\xf1a \x93quoted\x94";
        let st = latin1(s).unwrap();
        assert_eq!(read(&st), "Patient(e) : Raúl Peña “quoted”");
        assert_eq!(back(s, &st, "Raúl Peña"), b"Ra\xfal Pe\xf1a");
        assert!(latin1("Raúl".as_bytes()).is_none());
        assert!(latin1(b"\x00\x01\x02\x03\xff\x00\x01\x02").is_none());
    }
}
