//! Nested encodings: how a child view's text is derived from its parent's bytes, and back.
//!
//! Two kinds. *Mapped* encodings (percent-encoding, JSON string escapes, XML entities) keep a map
//! from each decoded byte to its raw position, so a redaction rewrites exactly the raw span
//! of the value and leaves every other byte alone. *Opaque* encodings (base64, gzip, deflate,
//! brotli, zstd) are decoded whole and, when anything inside changes, re-encoded whole in the
//! same form (same alphabet and padding; same compression).

use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
use base64::Engine;
use std::io::{Read, Write};
use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// The same bytes (a root, or a structural part of the parent).
    Identity,
    /// `%XX` escapes; `+` as space when `plus`.
    Percent {
        plus: bool,
    },
    /// The inside of a JSON string literal.
    JsonString,
    /// XML character entities.
    XmlText,
    /// Base64 in one of its four forms.
    Base64 {
        url_safe: bool,
        padded: bool,
    },
    Gzip,
    /// zlib-wrapped deflate (HTTP `deflate`), or raw deflate.
    Deflate {
        zlib: bool,
    },
    Brotli,
    Zstd,
    /// One gRPC / gRPC-Web / Connect streaming message: a flag byte and a 4-byte big-endian
    /// length before the payload; re-encoded with the new length.
    GrpcFrame {
        flag: u8,
    },
    /// UTF-16 text (a Windows program's, or declared `charset=utf-16`), read as UTF-8 and
    /// written back as UTF-16 in the same byte order, with its byte-order mark if it had one.
    Utf16 {
        big_endian: bool,
        bom: bool,
    },
}

impl Encoding {
    /// Whether a decoded span maps back to a raw span (else re-encode the whole value).
    pub fn is_mapped(self) -> bool {
        matches!(self, Encoding::Identity | Encoding::Percent { .. } | Encoding::JsonString | Encoding::XmlText)
    }

    pub fn name(self) -> &'static str {
        match self {
            Encoding::Identity => "identity",
            Encoding::Percent { .. } => "percent",
            Encoding::JsonString => "json-string",
            Encoding::XmlText => "xml",
            Encoding::Base64 { .. } => "base64",
            Encoding::Gzip => "gzip",
            Encoding::Deflate { .. } => "deflate",
            Encoding::Brotli => "br",
            Encoding::Zstd => "zstd",
            Encoding::GrpcFrame { .. } => "grpc-frame",
            Encoding::Utf16 { .. } => "utf-16",
        }
    }

    /// Encodes replacement text for insertion into raw text of this encoding (mapped kinds).
    pub fn encode_fragment(self, s: &[u8], out: &mut Vec<u8>) {
        match self {
            Encoding::Percent { plus } => percent_encode(s, plus, out),
            Encoding::JsonString => json_escape(s, out),
            Encoding::XmlText => xml_escape(s, out),
            _ => out.extend_from_slice(s),
        }
    }

    /// Re-encodes a whole decoded value (opaque kinds).
    pub fn encode_whole(self, s: &[u8]) -> Result<Vec<u8>, DecodeError> {
        Ok(match self {
            Encoding::Base64 { url_safe, padded } => {
                let e = match (url_safe, padded) {
                    (false, true) => STANDARD.encode(s),
                    (false, false) => STANDARD_NO_PAD.encode(s),
                    (true, true) => URL_SAFE.encode(s),
                    (true, false) => URL_SAFE_NO_PAD.encode(s),
                };
                e.into_bytes()
            }
            Encoding::Gzip => {
                let mut w = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
                w.write_all(s).map_err(|_| DecodeError::Reencode("gzip"))?;
                w.finish().map_err(|_| DecodeError::Reencode("gzip"))?
            }
            Encoding::Deflate { zlib: true } => {
                let mut w = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
                w.write_all(s).map_err(|_| DecodeError::Reencode("deflate"))?;
                w.finish().map_err(|_| DecodeError::Reencode("deflate"))?
            }
            Encoding::Deflate { zlib: false } => {
                let mut w = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
                w.write_all(s).map_err(|_| DecodeError::Reencode("deflate"))?;
                w.finish().map_err(|_| DecodeError::Reencode("deflate"))?
            }
            Encoding::Brotli => {
                let mut out = Vec::new();
                {
                    let mut w = brotli::CompressorWriter::new(&mut out, 4096, 5, 22);
                    w.write_all(s).map_err(|_| DecodeError::Reencode("br"))?;
                }
                out
            }
            Encoding::Zstd => zstd::stream::encode_all(s, 3).map_err(|_| DecodeError::Reencode("zstd"))?,
            Encoding::Utf16 { big_endian, bom } => {
                let text = std::str::from_utf8(s).map_err(|_| DecodeError::Reencode("utf-16"))?;
                let mut out = Vec::with_capacity(s.len() * 2 + 2);
                let units = bom.then_some(0xFEFF).into_iter().chain(text.encode_utf16());
                for u in units {
                    out.extend_from_slice(&if big_endian { u.to_be_bytes() } else { u.to_le_bytes() });
                }
                out
            }
            Encoding::GrpcFrame { flag } => {
                let len = u32::try_from(s.len()).map_err(|_| DecodeError::Reencode("grpc-frame"))?;
                let mut out = Vec::with_capacity(s.len() + 5);
                out.push(flag);
                out.extend_from_slice(&len.to_be_bytes());
                out.extend_from_slice(s);
                out
            }
            _ => {
                let mut out = Vec::with_capacity(s.len());
                self.encode_fragment(s, &mut out);
                out
            }
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("the body's content-encoding `{0}` is not supported")]
    Unsupported(String),
    #[error("the body is not valid {0}")]
    Corrupt(&'static str),
    #[error("decoding {0} would exceed the decoded-size limit")]
    TooLarge(&'static str),
    #[error("could not re-encode {0}")]
    Reencode(&'static str),
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Whether `s` has anything percent-decoding would change.
pub fn needs_percent_decode(s: &[u8], plus: bool) -> bool {
    s.windows(3).any(|w| w[0] == b'%' && hex(w[1]).is_some() && hex(w[2]).is_some()) || (plus && s.contains(&b'+'))
}

/// Percent-decodes `s`; `map[i]` is the raw offset of decoded byte `i` (`map[len]` = `s.len()`).
pub fn percent_decode(s: &[u8], plus: bool) -> (Vec<u8>, Vec<u32>) {
    let mut out = Vec::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len() + 1);
    let mut i = 0;
    while i < s.len() {
        let b = s[i];
        if b == b'%' && i + 2 < s.len() {
            if let (Some(h), Some(l)) = (hex(s[i + 1]), hex(s[i + 2])) {
                map.push(i as u32);
                out.push(h * 16 + l);
                i += 3;
                continue;
            }
        }
        map.push(i as u32);
        out.push(if plus && b == b'+' { b' ' } else { b });
        i += 1;
    }
    map.push(s.len() as u32);
    (out, map)
}

const UNRESERVED: &[u8] = b"-_.~";

pub fn percent_encode(s: &[u8], plus: bool, out: &mut Vec<u8>) {
    for &b in s {
        if b.is_ascii_alphanumeric() || UNRESERVED.contains(&b) {
            out.push(b);
        } else if plus && b == b' ' {
            out.push(b'+');
        } else {
            out.extend_from_slice(format!("%{b:02X}").as_bytes());
        }
    }
}

/// Decodes the inside of a JSON string literal (`raw` excludes the quotes), with the map.
/// Returns `None` for invalid escapes.
pub fn json_unescape(raw: &[u8]) -> Option<(Vec<u8>, Vec<u32>)> {
    let mut out = Vec::with_capacity(raw.len());
    let mut map = Vec::with_capacity(raw.len() + 1);
    let mut i = 0;
    while i < raw.len() {
        let b = raw[i];
        if b != b'\\' {
            map.push(i as u32);
            out.push(b);
            i += 1;
            continue;
        }
        let e = *raw.get(i + 1)?;
        let start = i as u32;
        let simple = match e {
            b'"' => Some(b'"'),
            b'\\' => Some(b'\\'),
            b'/' => Some(b'/'),
            b'b' => Some(8),
            b'f' => Some(12),
            b'n' => Some(b'\n'),
            b'r' => Some(b'\r'),
            b't' => Some(b'\t'),
            b'u' => None,
            _ => return None,
        };
        if let Some(c) = simple {
            map.push(start);
            out.push(c);
            i += 2;
            continue;
        }
        let cp = |at: usize| -> Option<u32> {
            let h = raw.get(at..at + 4)?;
            let mut v = 0u32;
            for &x in h {
                v = v * 16 + hex(x)? as u32;
            }
            Some(v)
        };
        let mut c = cp(i + 2)?;
        let mut len = 6;
        if (0xD800..0xDC00).contains(&c) && raw.get(i + 6) == Some(&b'\\') && raw.get(i + 7) == Some(&b'u') {
            let lo = cp(i + 8)?;
            if (0xDC00..0xE000).contains(&lo) {
                c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
                len = 12;
            }
        }
        let ch = char::from_u32(c).unwrap_or('\u{FFFD}');
        let mut buf = [0u8; 4];
        for &x in ch.encode_utf8(&mut buf).as_bytes() {
            map.push(start);
            out.push(x);
        }
        i += len;
    }
    map.push(raw.len() as u32);
    Some((out, map))
}

pub fn json_escape(s: &[u8], out: &mut Vec<u8>) {
    for &b in s {
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0..=0x1f => out.extend_from_slice(format!("\\u{b:04x}").as_bytes()),
            _ => out.push(b),
        }
    }
}

/// Decodes XML character references and the five named entities, with the map.
pub fn xml_unescape(raw: &[u8]) -> (Vec<u8>, Vec<u32>) {
    let mut out = Vec::with_capacity(raw.len());
    let mut map = Vec::with_capacity(raw.len() + 1);
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == b'&' {
            if let Some(semi) = raw[i..].iter().take(12).position(|&b| b == b';') {
                let ent = &raw[i + 1..i + semi];
                let decoded: Option<char> = match ent {
                    b"amp" => Some('&'),
                    b"lt" => Some('<'),
                    b"gt" => Some('>'),
                    b"quot" => Some('"'),
                    b"apos" => Some('\''),
                    [b'#', b'x', h @ ..] | [b'#', b'X', h @ ..] => {
                        std::str::from_utf8(h).ok().and_then(|h| u32::from_str_radix(h, 16).ok()).and_then(char::from_u32)
                    }
                    [b'#', d @ ..] => std::str::from_utf8(d).ok().and_then(|d| d.parse().ok()).and_then(char::from_u32),
                    _ => None,
                };
                if let Some(c) = decoded {
                    let mut buf = [0u8; 4];
                    for &x in c.encode_utf8(&mut buf).as_bytes() {
                        map.push(i as u32);
                        out.push(x);
                    }
                    i += semi + 1;
                    continue;
                }
            }
        }
        map.push(i as u32);
        out.push(raw[i]);
        i += 1;
    }
    map.push(raw.len() as u32);
    (out, map)
}

pub fn xml_escape(s: &[u8], out: &mut Vec<u8>) {
    for &b in s {
        match b {
            b'&' => out.extend_from_slice(b"&amp;"),
            b'<' => out.extend_from_slice(b"&lt;"),
            b'>' => out.extend_from_slice(b"&gt;"),
            b'"' => out.extend_from_slice(b"&quot;"),
            _ => out.push(b),
        }
    }
}

/// If `s` looks like base64 of text (or JSON), its decoding and the form it was written in.
///
/// Cheap tests first: length, alphabet, not hex-only (ids and digests are hex), then a decode,
/// then the result must be UTF-8 and mostly printable.
pub fn sniff_base64(s: &[u8]) -> Option<(Vec<u8>, Encoding)> {
    if s.len() < 16 {
        return None;
    }
    let mut url = false;
    let mut std_chars = false;
    let mut hexonly = true;
    let mut pad = 0;
    for (i, &b) in s.iter().enumerate() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' => {
                if !b.is_ascii_hexdigit() {
                    hexonly = false;
                }
            }
            b'-' | b'_' => url = true,
            b'+' | b'/' => std_chars = true,
            b'=' if i >= s.len() - 2 => pad += 1,
            _ => return None,
        }
    }
    if hexonly || (url && std_chars) {
        return None;
    }
    if pad > 0 && s.len() % 4 != 0 {
        return None;
    }
    let body = &s[..s.len() - pad];
    let engine = if url { &URL_SAFE_NO_PAD } else { &STANDARD_NO_PAD };
    let decoded = engine.decode(body).ok()?;
    let text = std::str::from_utf8(&decoded).ok()?;
    let printable = text.chars().filter(|c| !c.is_control() || c.is_whitespace()).count();
    if decoded.is_empty() || printable * 10 < text.chars().count() * 9 {
        return None;
    }
    Some((decoded, Encoding::Base64 { url_safe: url, padded: pad > 0 || (!url && s.len() % 4 == 0 && body.len() % 4 == 0) }))
}

/// UTF-16 text as UTF-8: when `charset` (a content type's parameter) says UTF-16, or the bytes
/// open with a UTF-16 byte-order mark, or look like UTF-16 (every other byte NUL in the first
/// 512, and what they decode to printable). `Err` when UTF-16 was declared or marked but the
/// bytes are not UTF-16; `Ok(None)` when it is not UTF-16 at all.
pub fn utf16_text(t: &[u8], charset: &str) -> Result<Option<(Vec<u8>, Encoding)>, DecodeError> {
    let cs = charset.to_ascii_lowercase();
    let declared = cs.starts_with("utf-16") || cs == "ucs-2" || cs == "unicode";
    let (big_endian, bom, sure) = match t {
        [0xFE, 0xFF, ..] => (true, true, true),
        [0xFF, 0xFE, ..] => (false, true, true),
        _ => {
            let head = &t[..t.len().min(512) & !1];
            let even = head.iter().step_by(2).filter(|&&b| b == 0).count();
            let odd = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
            let half = head.len() / 2;
            let looks = half >= 4 && (even * 10 >= half * 6 && odd * 10 < half || odd * 10 >= half * 6 && even * 10 < half);
            if cs.ends_with("be") {
                (true, false, declared)
            } else if cs.ends_with("le") {
                (false, false, declared)
            } else if declared || looks {
                (even > odd, false, declared)
            } else {
                return Ok(None);
            }
        }
    };
    let body = if bom { &t[2..] } else { t };
    let units = body.chunks_exact(2).map(|c| if big_endian { u16::from_be_bytes([c[0], c[1]]) } else { u16::from_le_bytes([c[0], c[1]]) });
    let text: Result<String, _> = char::decode_utf16(units).collect();
    match text {
        Ok(s) if body.len() % 2 == 0 => {
            let printable = s.chars().filter(|c| !c.is_control() || c.is_whitespace()).count();
            if !sure && printable * 10 < s.chars().count() * 9 {
                return Ok(None);
            }
            Ok(Some((s.into_bytes(), Encoding::Utf16 { big_endian, bom })))
        }
        _ if sure => Err(DecodeError::Corrupt("utf-16")),
        _ => Ok(None),
    }
}

/// Base64 (standard alphabet, padded or not) that may decode to bytes that are not text, as a
/// `grpc-web-text` body is.
pub fn decode_base64(s: &[u8]) -> Option<(Vec<u8>, Encoding)> {
    let padded = s.ends_with(b"=");
    let engine = if padded { &STANDARD } else { &STANDARD_NO_PAD };
    let decoded = engine.decode(s).ok()?;
    (!decoded.is_empty()).then_some((decoded, Encoding::Base64 { url_safe: false, padded }))
}

/// The claims segment of a JSON Web Token that is the whole of `raw` (optionally after `Bearer `
/// or `JWT `): its offset in `raw` and its bytes. Header and claims start `eyJ` (`{"`).
pub fn jwt_payload(raw: &[u8]) -> Option<(usize, &[u8])> {
    let lead = raw.len() - raw.trim_ascii_start().len();
    let mut at = lead;
    for prefix in [&b"Bearer "[..], b"bearer ", b"JWT "] {
        if raw[at..].starts_with(prefix) {
            at += prefix.len();
            break;
        }
    }
    let token = raw[at..].trim_ascii_end();
    if !token.starts_with(b"eyJ") || !token.iter().all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.')) {
        return None;
    }
    let mut parts = token.split(|&b| b == b'.');
    let header = parts.next()?;
    let claims = parts.next()?;
    let _signature = parts.next()?;
    if parts.next().is_some() || !claims.starts_with(b"eyJ") {
        return None;
    }
    Some((at + header.len() + 1, claims))
}

/// Decodes a body by `Content-Encoding` token, under a cap on output size.
pub fn decode_content(enc: Encoding, data: &[u8], cap: usize) -> Result<Vec<u8>, DecodeError> {
    fn read_capped<R: Read>(mut r: R, cap: usize, name: &'static str) -> Result<Vec<u8>, DecodeError> {
        let mut out = Vec::new();
        let mut buf = [0u8; 16 * 1024];
        loop {
            let n = r.read(&mut buf).map_err(|_| DecodeError::Corrupt(name))?;
            if n == 0 {
                return Ok(out);
            }
            if out.len() + n > cap {
                return Err(DecodeError::TooLarge(name));
            }
            out.extend_from_slice(&buf[..n]);
        }
    }
    match enc {
        Encoding::Gzip => read_capped(flate2::read::MultiGzDecoder::new(data), cap, "gzip"),
        Encoding::Deflate { zlib: true } => read_capped(flate2::read::ZlibDecoder::new(data), cap, "deflate"),
        Encoding::Deflate { zlib: false } => read_capped(flate2::read::DeflateDecoder::new(data), cap, "deflate"),
        Encoding::Brotli => read_capped(brotli::Decompressor::new(data, 4096), cap, "br"),
        Encoding::Zstd => {
            let d = zstd::stream::read::Decoder::new(data).map_err(|_| DecodeError::Corrupt("zstd"))?;
            read_capped(d, cap, "zstd")
        }
        _ => Ok(data.to_vec()),
    }
}

/// One gRPC message: its flag byte, the whole frame's span and its payload's.
pub type GrpcFrame = (u8, Range<usize>, Range<usize>);

/// The messages of a gRPC, gRPC-Web or Connect streaming body, or `None` when the bytes are not
/// exactly a sequence of frames.
pub fn grpc_frames(data: &[u8]) -> Option<Vec<GrpcFrame>> {
    let mut out = vec![];
    let mut pos = 0;
    while pos < data.len() {
        let head = data.get(pos..pos + 5)?;
        // Flags: 0x01 compressed, 0x02 Connect end-of-stream, 0x80 gRPC-Web trailers.
        if head[0] & !0x83 != 0 {
            return None;
        }
        let len = u32::from_be_bytes([head[1], head[2], head[3], head[4]]) as usize;
        let end = pos.checked_add(5)?.checked_add(len)?;
        if end > data.len() {
            return None;
        }
        out.push((head[0], pos..end, pos + 5..end));
        pos = end;
    }
    (!out.is_empty()).then_some(out)
}

/// The encoding named by one `Content-Encoding` token, sniffing deflate's zlib wrapper.
pub fn content_encoding(token: &str, data: &[u8]) -> Result<Option<Encoding>, DecodeError> {
    Ok(Some(match token.trim().to_ascii_lowercase().as_str() {
        "" | "identity" => return Ok(None),
        "gzip" | "x-gzip" => Encoding::Gzip,
        "deflate" => Encoding::Deflate {
            zlib: data.first().is_some_and(|b| b & 0x0f == 8)
                && data.len() >= 2
                && (u16::from(data[0]) << 8 | u16::from(data[1])) % 31 == 0,
        },
        "br" => Encoding::Brotli,
        "zstd" => Encoding::Zstd,
        other => return Err(DecodeError::Unsupported(other.to_string())),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_round_trip_with_map() {
        let raw = b"a%40b.com+x%2";
        let (d, m) = percent_decode(raw, true);
        assert_eq!(d, b"a@b.com x%2");
        assert_eq!(m[1], 1);
        assert_eq!(m[2], 4);
        assert_eq!(*m.last().unwrap() as usize, raw.len());
        let mut out = vec![];
        percent_encode(b"[REDACTED:email] x", true, &mut out);
        assert_eq!(out, b"%5BREDACTED%3Aemail%5D+x");
    }

    #[test]
    fn json_unescape_with_map() {
        let raw = br#"Jos\u00e9 \"G\" \ud83d\ude00\n"#;
        let (d, m) = json_unescape(raw).unwrap();
        assert_eq!(std::str::from_utf8(&d).unwrap(), "José \"G\" 😀\n");
        assert_eq!(m[3], 3); // é starts at the backslash
        assert_eq!(m[4], 3);
        assert!(json_unescape(br"\x").is_none());
    }

    #[test]
    fn base64_sniffing() {
        let e = STANDARD.encode(br#"{"email":"maria@example.com"}"#);
        let (d, enc) = sniff_base64(e.as_bytes()).unwrap();
        assert_eq!(d, br#"{"email":"maria@example.com"}"#);
        assert_eq!(enc.encode_whole(&d).unwrap(), e.as_bytes());
        assert!(sniff_base64(b"550e8400e29b41d4a716446655440000").is_none());
        assert!(sniff_base64(b"550e8400-e29b-41d4-a716-446655440000").is_none());
        assert!(sniff_base64(b"short").is_none());
    }

    #[test]
    fn compression_round_trips_and_caps() {
        let data = b"hello hello hello hello hello".repeat(100);
        for enc in [Encoding::Gzip, Encoding::Deflate { zlib: true }, Encoding::Deflate { zlib: false }, Encoding::Brotli, Encoding::Zstd] {
            let c = enc.encode_whole(&data).unwrap();
            assert_eq!(decode_content(enc, &c, 1 << 20).unwrap(), data, "{enc:?}");
            assert!(matches!(decode_content(enc, &c, 100), Err(DecodeError::TooLarge(_))), "{enc:?}");
        }
        assert!(matches!(decode_content(Encoding::Gzip, b"not gzip", 1 << 20), Err(DecodeError::Corrupt(_))));
        let z = Encoding::Deflate { zlib: true }.encode_whole(b"x").unwrap();
        assert_eq!(content_encoding("deflate", &z).unwrap(), Some(Encoding::Deflate { zlib: true }));
        assert!(content_encoding("compress", b"").is_err());
    }
}
