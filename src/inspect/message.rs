//! An HTTP request as inspection sees it, independent of hyper: method, target, headers, body.

use bytes::Bytes;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub method: String,
    /// `http` or `https`.
    pub scheme: String,
    /// `host[:port]` as the client asked for it.
    pub authority: String,
    /// The raw path, starting with `/`.
    pub path: Bytes,
    /// The raw query, without `?`.
    pub query: Option<Bytes>,
    pub headers: Vec<(String, Bytes)>,
    pub body: Bytes,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ParseError {
    #[error("the request head is incomplete or malformed: {0}")]
    Head(String),
    #[error("the request target must be absolute-form (http://host/path) or a Host header must be present")]
    NoHost,
    #[error("the body is shorter than its Content-Length ({have} of {want} bytes)")]
    ShortBody { have: usize, want: usize },
    #[error("the chunked body is malformed")]
    Chunked,
}

impl Message {
    /// The host, lowercase, without port or trailing dot.
    pub fn host(&self) -> String {
        host_of(&self.authority)
    }

    /// The port the client asked for (default by scheme).
    pub fn port(&self) -> u16 {
        let a = &self.authority;
        let after_bracket = a.rfind(']').map_or(0, |p| p + 1);
        a[after_bracket..].rfind(':').and_then(|p| a[after_bracket + p + 1..].parse().ok()).unwrap_or(if self.scheme == "https" {
            443
        } else {
            80
        })
    }

    pub fn header(&self, name: &str) -> Option<&Bytes> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v)
    }

    pub fn header_str(&self, name: &str) -> Option<String> {
        self.header(name).map(|v| String::from_utf8_lossy(v).into_owned())
    }

    /// The origin-form target: path and query.
    pub fn path_and_query(&self) -> Vec<u8> {
        let mut v = self.path.to_vec();
        if let Some(q) = &self.query {
            v.push(b'?');
            v.extend_from_slice(q);
        }
        v
    }

    /// Parses a raw HTTP/1.1 request (absolute-form or origin-form with Host). Chunked bodies are
    /// de-chunked; the Transfer-Encoding header is then dropped and Content-Length set.
    pub fn parse_raw(raw: &[u8]) -> Result<Message, ParseError> {
        let mut headers = [httparse::EMPTY_HEADER; 128];
        let mut req = httparse::Request::new(&mut headers);
        let head_len = match req.parse(raw) {
            Ok(httparse::Status::Complete(n)) => n,
            Ok(httparse::Status::Partial) => return Err(ParseError::Head("incomplete head (no blank line after the headers)".into())),
            Err(e) => return Err(ParseError::Head(e.to_string())),
        };
        let method = req.method.unwrap_or("GET").to_string();
        let target = req.path.unwrap_or("/");
        let mut hdrs: Vec<(String, Bytes)> = req.headers.iter().map(|h| (h.name.to_string(), Bytes::copy_from_slice(h.value))).collect();
        let (scheme, authority, pq) = split_target(target);
        let authority = match authority {
            Some(a) => a,
            None => hdrs
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case("host"))
                .map(|(_, v)| String::from_utf8_lossy(v).into_owned())
                .ok_or(ParseError::NoHost)?,
        };
        let (path, query) = split_path_query(pq.as_bytes());
        let rest = &raw[head_len..];
        let chunked = hdrs
            .iter()
            .any(|(n, v)| n.eq_ignore_ascii_case("transfer-encoding") && v.to_ascii_lowercase().windows(7).any(|w| w == b"chunked"));
        let body = if chunked {
            let b = dechunk(rest).ok_or(ParseError::Chunked)?;
            hdrs.retain(|(n, _)| !n.eq_ignore_ascii_case("transfer-encoding"));
            hdrs.push(("Content-Length".into(), Bytes::from(b.len().to_string())));
            b
        } else if let Some(cl) = hdrs.iter().find(|(n, _)| n.eq_ignore_ascii_case("content-length")) {
            let want: usize =
                String::from_utf8_lossy(&cl.1).trim().parse().map_err(|_| ParseError::Head("Content-Length is not a number".into()))?;
            if rest.len() < want {
                return Err(ParseError::ShortBody { have: rest.len(), want });
            }
            rest[..want].to_vec()
        } else {
            rest.to_vec()
        };
        Ok(Message { method, scheme, authority, path, query, headers: hdrs, body: Bytes::from(body) })
    }

    /// Serializes as a raw HTTP/1.1 request with an absolute-form target.
    pub fn to_raw(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.body.len() + 512);
        out.extend_from_slice(self.method.as_bytes());
        out.push(b' ');
        out.extend_from_slice(format!("{}://{}", self.scheme, self.authority).as_bytes());
        out.extend_from_slice(&self.path_and_query());
        out.extend_from_slice(b" HTTP/1.1\r\n");
        for (n, v) in &self.headers {
            out.extend_from_slice(n.as_bytes());
            out.extend_from_slice(b": ");
            out.extend_from_slice(v);
            out.extend_from_slice(b"\r\n");
        }
        out.extend_from_slice(b"\r\n");
        out.extend_from_slice(&self.body);
        out
    }

    /// Sets Content-Length to the body's length (when the message has one or a body).
    pub fn fix_content_length(&mut self) {
        let len = self.body.len();
        let mut found = false;
        for (n, v) in self.headers.iter_mut() {
            if n.eq_ignore_ascii_case("content-length") {
                *v = Bytes::from(len.to_string());
                found = true;
            }
        }
        if !found && len > 0 {
            self.headers.push(("Content-Length".into(), Bytes::from(len.to_string())));
        }
    }
}

/// Lowercase host of an authority, without port, brackets' port, or trailing dot.
pub fn host_of(authority: &str) -> String {
    let a = authority.rsplit('@').next().unwrap_or(authority);
    let host = if a.starts_with('[') {
        a.split(']').next().map(|h| format!("{h}]")).unwrap_or_default()
    } else {
        a.split(':').next().unwrap_or(a).to_string()
    };
    host.trim_end_matches('.').to_ascii_lowercase()
}

/// Splits a request target into scheme, authority (absolute-form only) and path+query.
pub fn split_target(target: &str) -> (String, Option<String>, String) {
    for scheme in ["http", "https"] {
        if let Some(rest) = target.strip_prefix(scheme).and_then(|r| r.strip_prefix("://")) {
            let end = rest.find(['/', '?']).unwrap_or(rest.len());
            let pq = &rest[end..];
            let pq = if pq.starts_with('?') {
                format!("/{pq}")
            } else if pq.is_empty() {
                "/".into()
            } else {
                pq.to_string()
            };
            return (scheme.to_string(), Some(rest[..end].to_string()), pq);
        }
    }
    ("http".to_string(), None, target.to_string())
}

pub fn split_path_query(pq: &[u8]) -> (Bytes, Option<Bytes>) {
    match memchr::memchr(b'?', pq) {
        Some(q) => (Bytes::copy_from_slice(&pq[..q]), Some(Bytes::copy_from_slice(&pq[q + 1..]))),
        None => (Bytes::copy_from_slice(pq), None),
    }
}

fn dechunk(mut b: &[u8]) -> Option<Vec<u8>> {
    let mut out = vec![];
    loop {
        let nl = memchr::memmem::find(b, b"\r\n")?;
        let size_s = std::str::from_utf8(&b[..nl]).ok()?.split(';').next()?.trim();
        let size = usize::from_str_radix(size_s, 16).ok()?;
        b = &b[nl + 2..];
        if size == 0 {
            return Some(out);
        }
        if b.len() < size + 2 {
            return None;
        }
        out.extend_from_slice(&b[..size]);
        b = &b[size + 2..];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_absolute_and_origin_forms() {
        let m = Message::parse_raw(
            b"POST http://API.Example.com./v1/x?a=1 HTTP/1.1\r\nHost: api.example.com\r\nContent-Length: 3\r\n\r\nabcdef",
        )
        .unwrap();
        assert_eq!(m.host(), "api.example.com");
        assert_eq!(&m.path[..], b"/v1/x");
        assert_eq!(m.query.as_deref(), Some(&b"a=1"[..]));
        assert_eq!(&m.body[..], b"abc");
        assert_eq!(m.port(), 80);
        let m = Message::parse_raw(b"GET /p HTTP/1.1\r\nHost: h.example:8443\r\n\r\n").unwrap();
        assert_eq!(m.host(), "h.example");
        assert_eq!(m.port(), 8443);
        let m =
            Message::parse_raw(b"POST http://h/ HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n").unwrap();
        assert_eq!(&m.body[..], b"abcde");
        assert_eq!(m.header_str("content-length").as_deref(), Some("5"));
        assert!(matches!(Message::parse_raw(b"GET /p HTTP/1.1\r\n\r\n"), Err(ParseError::NoHost)));
        assert!(matches!(Message::parse_raw(b"POST http://h/ HTTP/1.1\r\nContent-Length: 9\r\n\r\nab"), Err(ParseError::ShortBody { .. })));
        let raw = m.to_raw();
        assert!(raw.starts_with(b"POST http://h/ HTTP/1.1\r\n"));
    }
}
