//! Redaction: rewrite exactly the offending spans inside their view, then re-encode outward.
//!
//! Edits start in the view where a finding was made, in that view's decoded text. Each view
//! hands its edits to its parent: through the byte map for mapped encodings (so only the raw
//! bytes of the value change: the rest of a query string or a JSON document stays byte for
//! byte), or by re-encoding the whole value for opaque ones (base64 stays base64 in the same
//! alphabet, gzip stays gzip). A replacement is escaped for where it lands: JSON-escaped in a
//! JSON string, quoted where it replaces a JSON number, percent-encoded in a query, entity-encoded
//! in XML. A JSON view is checked to still parse after its edits. In a binary body (protobuf,
//! msgpack) a value is overwritten with as many `*`, so the framing's lengths still hold.

use super::encoding::{json_escape, percent_encode, xml_escape};
use super::{Format, Inspection, Message, Part};
use crate::detect::validators::parse_date;
use crate::detect::Category;
use std::ops::Range;

/// How a redacted span is rewritten.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Transform {
    /// `[REDACTED:category]`.
    #[default]
    Replace,
    /// All letters and digits but the last four become `*`.
    Mask,
    /// `tok_` and 16 hex digits of HMAC-SHA256(key, category:value): a stable pseudonym.
    Hmac,
    /// Dates to their year; ZIP codes to their first three digits (000 in restricted areas);
    /// IPv4 addresses to their /24 network; ages over 89 to "90+".
    Generalize,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum RedactError {
    #[error("re-encoding a redacted {0} value failed")]
    Reencode(&'static str),
    #[error("the redacted JSON no longer parses")]
    BrokenJson,
    #[error("a binary body cannot take a decoded view's edits without breaking its framing")]
    Binary,
}

/// HIPAA Safe Harbor: three-digit ZIP areas with 20,000 people or fewer (2000 census) become 000.
const RESTRICTED_ZIP3: &[&str] =
    &["036", "059", "063", "102", "203", "556", "692", "790", "821", "823", "830", "831", "878", "879", "884", "890", "893"];

/// The replacement text for one value.
pub fn replacement(category: Category, value: &[u8], t: Transform, hmac_key: Option<&ring::hmac::Key>) -> Vec<u8> {
    let replace = || format!("[REDACTED:{}]", category.id()).into_bytes();
    match t {
        Transform::Replace => replace(),
        Transform::Mask => {
            let s = String::from_utf8_lossy(value);
            let mut keep = 4usize;
            let mut out: Vec<char> = s
                .chars()
                .rev()
                .map(|c| {
                    if c.is_alphanumeric() {
                        if keep > 0 {
                            keep -= 1;
                            c
                        } else {
                            '*'
                        }
                    } else {
                        c
                    }
                })
                .collect();
            out.reverse();
            let alnum = s.chars().filter(|c| c.is_alphanumeric()).count();
            if alnum <= 4 {
                return s.chars().map(|c| if c.is_alphanumeric() { '*' } else { c }).collect::<String>().into_bytes();
            }
            out.into_iter().collect::<String>().into_bytes()
        }
        Transform::Hmac => match hmac_key {
            Some(k) => {
                let mut msg = category.id().as_bytes().to_vec();
                msg.push(b':');
                msg.extend_from_slice(value);
                let tag = ring::hmac::sign(k, &msg);
                let hex: String = tag.as_ref()[..8].iter().map(|b| format!("{b:02x}")).collect();
                format!("tok_{hex}").into_bytes()
            }
            None => replace(),
        },
        Transform::Generalize => match category {
            Category::Dob | Category::Date => parse_date(value).map(|d| d.y.to_string().into_bytes()).unwrap_or_else(replace),
            Category::Zip => {
                let d: String = value.iter().filter(|b| b.is_ascii_digit()).map(|&b| b as char).take(3).collect();
                if d.len() < 3 || RESTRICTED_ZIP3.contains(&d.as_str()) {
                    b"000".to_vec()
                } else {
                    d.into_bytes()
                }
            }
            Category::IpAddress => match std::str::from_utf8(value).ok().and_then(|s| s.parse::<std::net::Ipv4Addr>().ok()) {
                Some(ip) => {
                    let o = ip.octets();
                    format!("{}.{}.{}.0", o[0], o[1], o[2]).into_bytes()
                }
                None => replace(),
            },
            Category::AgeOver89 => b"90+".to_vec(),
            _ => replace(),
        },
    }
}

#[derive(Clone, Debug)]
struct Edit {
    span: Range<usize>,
    bytes: Vec<u8>,
    /// Already encoded for this view's raw text (came up from a child).
    raw: bool,
}

fn merge(edits: &mut Vec<Edit>) {
    edits.sort_by(|a, b| a.span.start.cmp(&b.span.start).then(b.span.end.cmp(&a.span.end)));
    let mut out: Vec<Edit> = Vec::with_capacity(edits.len());
    for e in edits.drain(..) {
        match out.last_mut() {
            Some(last) if e.span.start < last.span.end || (e.span.start == last.span.start && e.span.end == last.span.end) => {
                last.span.end = last.span.end.max(e.span.end);
            }
            _ => out.push(e),
        }
    }
    *edits = out;
}

fn apply(text: &[u8], edits: &[Edit]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() + edits.len() * 16);
    let mut pos = 0;
    for e in edits {
        out.extend_from_slice(&text[pos..e.span.start]);
        out.extend_from_slice(&e.bytes);
        pos = e.span.end;
    }
    out.extend_from_slice(&text[pos..]);
    out
}

/// Content spans of every string literal in a JSON text (for telling strings from numbers).
fn json_strings(t: &[u8]) -> Vec<Range<usize>> {
    let mut v = vec![];
    let mut i = 0;
    while let Some(k) = memchr::memchr(b'"', &t[i..]) {
        let s = i + k + 1;
        let mut j = s;
        loop {
            match memchr::memchr2(b'"', b'\\', &t[j..]) {
                None => return v,
                Some(k) if t[j + k] == b'\\' => j = j + k + 2,
                Some(k) => {
                    v.push(s..j + k);
                    i = j + k + 1;
                    break;
                }
            }
            if j >= t.len() {
                return v;
            }
        }
    }
    v
}

/// Escapes finding edits for the raw text of a view of `format`.
fn encode_for(format: &Format, text: &[u8], edits: &mut [Edit]) {
    let strings = if *format == Format::Json { json_strings(text) } else { vec![] };
    for e in edits.iter_mut().filter(|e| !e.raw) {
        let mut out = Vec::with_capacity(e.bytes.len() + 8);
        match format {
            Format::Json => {
                let i = strings.partition_point(|s| s.end < e.span.start);
                let in_string = strings.get(i).is_some_and(|s| s.start <= e.span.start && e.span.end <= s.end);
                if in_string {
                    json_escape(&e.bytes, &mut out);
                } else {
                    // A number or literal: replace the whole token with a string.
                    let tok = |b: u8| matches!(b, b'-' | b'+' | b'.' | b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z');
                    while e.span.start > 0 && tok(text[e.span.start - 1]) {
                        e.span.start -= 1;
                    }
                    while e.span.end < text.len() && tok(text[e.span.end]) {
                        e.span.end += 1;
                    }
                    out.push(b'"');
                    json_escape(&e.bytes, &mut out);
                    out.push(b'"');
                }
            }
            Format::Xml => xml_escape(&e.bytes, &mut out),
            Format::Form | Format::Query => percent_encode(&e.bytes, true, &mut out),
            Format::Cookie | Format::Path | Format::Url => percent_encode(&e.bytes, false, &mut out),
            _ => out.extend_from_slice(&e.bytes),
        }
        e.bytes = out;
        e.raw = true;
    }
}

fn json_valid(t: &[u8]) -> bool {
    let mut it = serde_json::Deserializer::from_slice(t).into_iter::<serde::de::IgnoredAny>();
    let mut any = false;
    for v in it.by_ref() {
        if v.is_err() {
            return false;
        }
        any = true;
    }
    any
}

/// Rewrites `msg` with every hit in `which` redacted. `transform` picks each category's
/// transform. Headers, path, query and body are rebuilt only where something changed;
/// Content-Length follows the body.
pub fn redact(
    insp: &Inspection,
    msg: &Message,
    which: &[usize],
    transform: &dyn Fn(Category) -> Transform,
    hmac_key: Option<&ring::hmac::Key>,
) -> Result<Message, RedactError> {
    let nodes = &insp.nodes;
    let mut edits: Vec<Vec<Edit>> = vec![Vec::new(); nodes.len()];
    for &i in which {
        let h = &insp.hits[i];
        let node = &nodes[h.node as usize];
        let value = &node.text[h.finding.span.clone()];
        let bytes = replacement(h.finding.category, value, transform(h.finding.category), hmac_key);
        edits[h.node as usize].push(Edit { span: h.finding.span.clone(), bytes, raw: false });
    }
    let mut out = msg.clone();
    let mut body_changed = false;
    for n in (0..nodes.len()).rev() {
        if edits[n].is_empty() {
            continue;
        }
        let node = &nodes[n];
        let mut es = std::mem::take(&mut edits[n]);
        merge(&mut es);
        if node.format == Format::Binary {
            // Length-prefixed framing (protobuf, msgpack, Thrift) survives only same-length
            // edits: each value becomes as many `*`, whatever the transform.
            for e in &mut es {
                if e.raw {
                    return Err(RedactError::Binary);
                }
                e.bytes = vec![b'*'; e.span.len()];
            }
        }
        encode_for(&node.format, &node.text, &mut es);
        merge(&mut es);
        let parent = match node.parent {
            None => {
                let new = apply(&node.text, &es);
                if node.format == Format::Json && !json_valid(&new) && json_valid(&node.text) {
                    return Err(RedactError::BrokenJson);
                }
                match node.part {
                    Part::Path => out.path = new.into(),
                    Part::Query => out.query = Some(new.into()),
                    Part::Header(i) => out.headers[i as usize].1 = new.into(),
                    Part::Body => {
                        out.body = new.into();
                        body_changed = true;
                    }
                }
                continue;
            }
            Some(p) => p as usize,
        };
        if node.enc.is_mapped() {
            for e in es {
                let (a, b) = match &node.map {
                    Some(m) => (m[e.span.start] as usize, m[e.span.end] as usize),
                    None => (e.span.start, e.span.end),
                };
                let mut bytes = Vec::with_capacity(e.bytes.len());
                node.enc.encode_fragment(&e.bytes, &mut bytes);
                edits[parent].push(Edit { span: node.span.start + a..node.span.start + b, bytes, raw: true });
            }
        } else {
            let new = apply(&node.text, &es);
            if node.format == Format::Json && !json_valid(&new) && json_valid(&node.text) {
                return Err(RedactError::BrokenJson);
            }
            let bytes = node.enc.encode_whole(&new).map_err(|_| RedactError::Reencode(node.enc.name()))?;
            edits[parent].push(Edit { span: node.span.clone(), bytes, raw: true });
        }
    }
    if body_changed {
        out.fix_content_length();
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transforms() {
        let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, b"k");
        assert_eq!(replacement(Category::Name, b"Maria", Transform::Replace, None), b"[REDACTED:name]");
        assert_eq!(replacement(Category::Phone, b"415-555-0132", Transform::Mask, None), b"***-***-0132");
        assert_eq!(replacement(Category::Mrn, b"123", Transform::Mask, None), b"***");
        let a = replacement(Category::Email, b"a@b.com", Transform::Hmac, Some(&key));
        assert_eq!(a, replacement(Category::Email, b"a@b.com", Transform::Hmac, Some(&key)));
        assert_eq!(a.len(), 20);
        assert_eq!(replacement(Category::Dob, b"03/14/1962", Transform::Generalize, None), b"1962");
        assert_eq!(replacement(Category::Zip, b"48104-1234", Transform::Generalize, None), b"481");
        assert_eq!(replacement(Category::Zip, b"03601", Transform::Generalize, None), b"000");
        assert_eq!(replacement(Category::IpAddress, b"203.0.113.77", Transform::Generalize, None), b"203.0.113.0");
        assert_eq!(replacement(Category::Name, b"Maria", Transform::Generalize, None), b"[REDACTED:name]");
    }

    #[test]
    fn json_string_spans() {
        let t = br#"{"a":"x\"y","b":12}"#;
        let s = json_strings(t);
        assert_eq!(s.iter().map(|r| &t[r.clone()]).collect::<Vec<_>>(), vec![&b"a"[..], b"x\\\"y", b"b"]);
    }
}
