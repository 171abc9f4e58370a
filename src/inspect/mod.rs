//! The views of a message.
//!
//! A request is decoded into a tree of *views*: the URL path and its segments, the query and each
//! parameter (percent-decoded, repeatedly), each header (Referer as a URL, Cookie as pairs), and
//! the body by content type (JSON, NDJSON, form, multipart, HL7 v2, XML, CSV, text), opening
//! nested encodings on the way: `Content-Encoding`, JSON string escapes, base64 values that
//! decode to text, URLs and JSON inside strings. Every view keeps how it maps back into its
//! parent, so [`redact`] can rewrite exactly the offending bytes and re-encode outward.
//!
//! Malformed input is never skipped: a body that does not parse as its content type is scanned
//! as text, and one that cannot be decoded (a broken gzip stream, a bomb over the size cap) is
//! scanned raw *and* reported as an error, which the policy turns into a block.

pub mod encoding;
pub mod formats;
pub mod json;
pub mod message;
pub mod redact;

pub use message::Message;

use crate::detect::{Category, Fields, Finding, KeyClass, KeyStates, Scanner};
use bytes::Bytes;
use encoding::{DecodeError, Encoding};
use formats::Field;
use std::ops::Range;

/// Where in the message a view comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Path,
    Query,
    Header(u16),
    Body,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Format {
    /// Not scanned itself (a compressed body): only its decoded child is.
    Opaque,
    Json,
    Form,
    Query,
    Cookie,
    Path,
    Url,
    Multipart(Vec<u8>),
    Hl7,
    X12,
    Xml,
    Csv,
    Text,
    /// Bytes that are not text (protobuf, gRPC, msgpack, octet-stream; NULs and control bytes):
    /// scanned raw like text, never rewritten: a redaction would break its framing, so a
    /// disallowed finding in it blocks the request.
    Binary,
}

/// One view: its text (decoded), where it sits in its parent, and how to get back there.
#[derive(Clone, Debug)]
pub struct Node {
    pub part: Part,
    pub parent: Option<u32>,
    /// Span in the parent's text that this view decodes.
    pub span: Range<usize>,
    pub enc: Encoding,
    pub text: Bytes,
    /// For mapped encodings other than identity: raw offset (within `span`) of each decoded byte,
    /// plus one for the end.
    pub map: Option<Vec<u32>>,
    pub format: Format,
    /// Key path state of this view as a whole.
    pub state: u32,
    /// A single field's value (so the key-driven detectors look at the whole of it).
    pub is_value: bool,
}

/// A finding in a view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub node: u32,
    pub finding: Finding,
    /// Key path state where it was found.
    pub state: u32,
}

/// Why inspection could not vouch for a message: the policy blocks unless `fail: open`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum InspectError {
    #[error("{0}")]
    Decode(#[from] DecodeError),
    #[error("decoded views exceed the inspection budget")]
    Budget,
}

/// Caps on decoding work per message.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Total bytes all decoded views of one message may hold.
    pub max_decoded_bytes: usize,
    /// A compressed body may not expand by more than this factor.
    pub max_ratio: u32,
    /// Nesting depth of decoded views.
    pub max_depth: u8,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_decoded_bytes: 64 << 20, max_ratio: 200, max_depth: 8 }
    }
}

/// Everything inspection learned about a message.
#[derive(Debug)]
pub struct Inspection {
    pub nodes: Vec<Node>,
    pub hits: Vec<Hit>,
    pub errors: Vec<InspectError>,
    /// Bytes scanned across all views.
    pub scanned_bytes: usize,
    paths: Vec<String>,
}

/// A summary line: how many times a detector found a category at a location.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Summary {
    pub detector: String,
    pub category: Category,
    pub location: String,
    pub count: usize,
}

impl Inspection {
    /// Where a hit was found, for people: the part and the key path, never a value.
    pub fn location(&self, hit: &Hit, msg: &Message) -> String {
        let node = &self.nodes[hit.node as usize];
        let part = match node.part {
            Part::Path => "path".to_string(),
            Part::Query => "query".to_string(),
            Part::Header(i) => format!("header:{}", safe_segment(&msg.headers[i as usize].0.to_ascii_lowercase())),
            Part::Body => "body".to_string(),
        };
        let path = self.paths.get(hit.state as usize).map(String::as_str).unwrap_or("");
        if path.is_empty() {
            part
        } else {
            format!("{part}:{path}")
        }
    }

    /// The span in the root view of its part that a hit lies in (its outermost enclosing view's
    /// span, or the hit's own span when it was found in the root).
    pub fn root_span(&self, hit: &Hit) -> Range<usize> {
        let mut n = &self.nodes[hit.node as usize];
        let mut span = hit.finding.span.clone();
        while let Some(p) = n.parent {
            span = n.span.clone();
            n = &self.nodes[p as usize];
        }
        span
    }

    /// Findings grouped by detector, category and location.
    pub fn summarize(&self, scanner: &Scanner, msg: &Message, which: impl Fn(usize, &Hit) -> bool) -> Vec<Summary> {
        // Counted by (detector, category, part, key state) first: strings are built per group,
        // not per hit (a log export has hundreds of thousands of hits in a few groups).
        let mut groups: rustc_hash::FxHashMap<(u16, Category, Part, u32), (usize, usize)> = Default::default();
        for (i, h) in self.hits.iter().enumerate().filter(|(i, h)| which(*i, h)) {
            let part = self.nodes[h.node as usize].part;
            groups.entry((h.finding.detector, h.finding.category, part, h.state)).or_insert((i, 0)).1 += 1;
        }
        let mut map: std::collections::BTreeMap<(String, Category, String), usize> = Default::default();
        for ((det, category, _, _), (first, count)) in groups {
            let k = (scanner.detector(det).id.clone(), category, self.location(&self.hits[first], msg));
            *map.entry(k).or_default() += count;
        }
        map.into_iter().map(|((detector, category, location), count)| Summary { detector, category, location, count }).collect()
    }
}

/// A key path segment fit to print: identifiers only, nothing that could be a value.
fn safe_segment(s: &str) -> String {
    let digits = s.bytes().filter(u8::is_ascii_digit).count();
    if s.len() <= 40 && digits < 5 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') {
        s.to_string()
    } else {
        "*".to_string()
    }
}

fn safe_path(p: &str) -> String {
    p.split('.').map(safe_segment).collect::<Vec<_>>().join(".")
}

/// Headers that carry nothing a person wrote: not scanned.
const SKIP_HEADERS: &[&str] = &[
    "host",
    "content-length",
    "content-type",
    "content-encoding",
    "transfer-encoding",
    "connection",
    "keep-alive",
    "accept",
    "accept-encoding",
    "accept-language",
    "cache-control",
    "pragma",
    "te",
    "upgrade",
    "expect",
    "proxy-connection",
    "if-none-match",
    "if-modified-since",
    "sec-fetch-mode",
    "sec-fetch-site",
    "sec-fetch-dest",
    "sec-ch-ua",
    "sec-ch-ua-mobile",
    "sec-ch-ua-platform",
    "x-eval-case",
];

/// Inspects a message: builds its views and scans every one.
pub fn inspect(scanner: &Scanner, msg: &Message, limits: &Limits) -> Inspection {
    let mut w =
        Walker { scanner, ks: KeyStates::new(scanner), limits, nodes: vec![], hits: vec![], errors: vec![], decoded: 0, scanned: 0 };
    let root = KeyStates::ROOT;
    let id = w.push(Node::root(Part::Path, msg.path.clone(), Format::Path, root));
    w.visit(id, 0);
    if let Some(q) = &msg.query {
        let id = w.push(Node::root(Part::Query, q.clone(), Format::Query, root));
        w.visit(id, 0);
    }
    for (i, (name, value)) in msg.headers.iter().enumerate() {
        let lname = name.to_ascii_lowercase();
        if SKIP_HEADERS.contains(&lname.as_str()) || value.is_empty() {
            continue;
        }
        let state = w.ks.child(root, lname.as_bytes());
        let format = match lname.as_str() {
            "cookie" => Format::Cookie,
            "referer" | "origin" | "location" | "content-location" | "x-original-url" | "x-forwarded-url" => Format::Url,
            _ => Format::Text,
        };
        let text_view = format == Format::Text;
        let mut node = Node::root(Part::Header(i as u16), value.clone(), format, state);
        node.is_value = true;
        let id = w.push(node);
        w.visit(id, 0);
        // A bearer token's claims (`Authorization: Bearer eyJ…`).
        if text_view && encoding::jwt_payload(value).is_some() {
            if let Some(child) = w.child_for(id, value, 0..value.len(), None, state, &mut vec![]) {
                w.visit(child, 1);
            }
        }
    }
    if !msg.body.is_empty() {
        w.visit_body(msg);
    }
    w.propagate();
    let paths = w.ks_paths();
    Inspection { nodes: w.nodes, hits: w.hits, errors: w.errors, scanned_bytes: w.scanned, paths }
}

impl Node {
    fn root(part: Part, text: Bytes, format: Format, state: u32) -> Node {
        let len = text.len();
        Node { part, parent: None, span: 0..len, enc: Encoding::Identity, text, map: None, format, state, is_value: false }
    }
}

/// The format a content type names (parameters ignored); `None` to sniff.
pub fn format_of_content_type(ct: &str) -> Option<Format> {
    let lower = ct.to_ascii_lowercase();
    let main = lower.split(';').next().unwrap_or("").trim();
    Some(match main {
        "application/x-www-form-urlencoded" => Format::Form,
        m if m.starts_with("multipart/") => {
            let b = lower.split(';').find_map(|p| p.trim().strip_prefix("boundary=")).map(|b| b.trim_matches('"'))?;
            // Keep the boundary's original case.
            let start = lower.find(b).unwrap_or(0);
            Format::Multipart(ct.as_bytes()[start..start + b.len()].to_vec())
        }
        "application/json"
        | "application/x-ndjson"
        | "application/ndjson"
        | "application/jsonl"
        | "application/x-jsonlines"
        | "application/json-seq"
        | "application/x-json-stream"
        | "text/json" => Format::Json,
        m if m.ends_with("+json") => Format::Json,
        "x-application/hl7-v2+er7" | "application/hl7-v2" | "application/hl7-v2+er7" | "application/x-hl7" => Format::Hl7,
        "application/xml" | "text/xml" => Format::Xml,
        "application/edi-x12" | "application/x12" | "text/x12" => Format::X12,
        m if m.ends_with("+xml") => Format::Xml,
        "text/csv" | "application/csv" | "text/tab-separated-values" | "text/tsv" => Format::Csv,
        "application/x-protobuf"
        | "application/protobuf"
        | "application/vnd.google.protobuf"
        | "application/octet-stream"
        | "application/msgpack"
        | "application/x-msgpack"
        | "application/vnd.msgpack"
        | "application/cbor"
        | "application/avro"
        | "avro/binary"
        | "application/x-thrift"
        | "application/vnd.apache.thrift.binary" => Format::Binary,
        m if m.starts_with("application/grpc") => Format::Binary,
        _ => return None,
    })
}

/// How a gRPC-family content type frames its messages.
#[derive(Clone, Copy)]
struct Grpc {
    /// `application/grpc-web-text`: the frames are base64 as a whole.
    base64: bool,
    /// `+json` messages (else protobuf).
    json: bool,
}

fn grpc_kind(ct: &str) -> Option<Grpc> {
    let m = ct.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    if !(m.starts_with("application/grpc") || m.starts_with("application/connect+")) {
        return None;
    }
    Some(Grpc { base64: m.starts_with("application/grpc-web-text"), json: m.ends_with("+json") })
}

/// The format of a body: as declared, else as it looks; text unless its bytes say binary.
fn body_format(declared: Option<Format>, t: &[u8]) -> Format {
    declared.or_else(|| sniff(t)).unwrap_or_else(|| if looks_binary(t) { Format::Binary } else { Format::Text })
}

/// NUL bytes, or more than one in twenty of the first KiB a control byte that text never holds.
fn looks_binary(t: &[u8]) -> bool {
    let head = &t[..t.len().min(1024)];
    let control = head.iter().filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || b == 0x7f).count();
    memchr::memchr(0, head).is_some() || control * 20 > head.len()
}

/// What a value looks like, from its first bytes: cheap enough to ask of every string.
fn sniff(t: &[u8]) -> Option<Format> {
    let s = t.iter().position(|b| !b.is_ascii_whitespace() && *b != 0x0b)?;
    let t = &t[s..];
    match t[0] {
        b'{' | b'[' if t.len() > 1 && json::looks_like_json(t) => Some(Format::Json),
        b'<' if t.len() > 3 && memchr::memchr(b'>', t).is_some() && t[1].is_ascii_alphabetic() || t.starts_with(b"<?xml") => {
            Some(Format::Xml)
        }
        b'M' | b'F' | b'B' if t.starts_with(b"MSH|") || t.starts_with(b"FHS|") || t.starts_with(b"BHS|") => Some(Format::Hl7),
        b'I' if t.starts_with(b"ISA*") || t.starts_with(b"ISA|") => Some(Format::X12),
        b'h' | b'H' if t.len() > 8 && (t[..8].eq_ignore_ascii_case(b"https://") || t[..7].eq_ignore_ascii_case(b"http://")) => {
            Some(Format::Url)
        }
        // A path ("/patients/3859650/chart"), with or without a query.
        b'/' if t.len() > 2 && t[1] != b'/' && memchr::memchr(b'/', &t[1..]).is_some()
            || memchr::memchr(b'?', t).is_some() && t[0] == b'/' =>
        {
            (!t.iter().any(|b| b.is_ascii_whitespace())).then_some(Format::Url)
        }
        // An e-mail with its headers: multipart, its headers read as text.
        b'A'..=b'Z' if t.len() > 12 && memchr::memchr(b':', &t[..t.len().min(40)]).is_some() => match formats::mime_boundary(t) {
            Some(b) => Some(Format::Multipart(b)),
            None => sniff_other(t),
        },
        _ => sniff_other(t),
    }
}

/// What a value that opens with no marker of its own looks like: a form, a filter expression, CSV.
fn sniff_other(t: &[u8]) -> Option<Format> {
    let body = t.trim_ascii_end();
    // One form, or a batch of them one per line.
    let form_line = |l: &[u8]| l.is_empty() || (memchr::memchr(b'=', l).is_some() && !l.iter().any(|b| b.is_ascii_whitespace()));
    if body.len() >= 3
        && memchr::memchr(b'=', body).is_some()
        && memchr::memchr(b'&', body).is_some()
        && body.split(|&b| b == b'\n').all(|l| form_line(l.strip_suffix(b"\r").unwrap_or(l)))
    {
        Some(Format::Form)
    } else if formats::has_filter(t) {
        Some(Format::Text)
    } else if looks_like_csv(t) {
        Some(Format::Csv)
    } else {
        None
    }
}

/// Delimited text with a header row, sent without a content type: a first line of two or more
/// short column names (letters, digits, `_ -.#/` and spaces, none a bare number) split by `,`,
/// tab, `|` or `;`, and the next lines (up to three) with as many delimiters.
fn looks_like_csv(t: &[u8]) -> bool {
    if memchr::memchr(b'\n', t).is_none() {
        return false;
    }
    let mut lines = t.split(|&b| b == b'\n').map(|l| l.strip_suffix(b"\r").unwrap_or(l));
    let Some(head) = lines.next() else { return false };
    if head.len() > 2048 {
        return false;
    }
    // The delimiter the CSV view will split by.
    let delim = formats::csv_delimiter(head);
    let count = |l: &[u8]| l.iter().filter(|&&b| b == delim).count();
    let n = count(head);
    if n == 0 {
        return false;
    }
    let name = |c: &[u8]| {
        let c = c.trim_ascii();
        let c = c.strip_prefix(b"\"").and_then(|c| c.strip_suffix(b"\"")).unwrap_or(c);
        (1..=40).contains(&c.len())
            && c.iter().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'#' | b'/' | b' '))
            && c.iter().any(u8::is_ascii_alphabetic)
    };
    if !head.split(|&b| b == delim).all(name) {
        return false;
    }
    let mut rows = 0;
    for l in lines.filter(|l| !l.trim_ascii().is_empty()).take(3) {
        if count(l) != n {
            return false;
        }
        rows += 1;
    }
    rows > 0
}

struct Walker<'s, 'l> {
    scanner: &'s Scanner,
    ks: KeyStates<'s>,
    limits: &'l Limits,
    nodes: Vec<Node>,
    hits: Vec<Hit>,
    errors: Vec<InspectError>,
    decoded: usize,
    scanned: usize,
}

/// The fields of a view, for the scanner: key context by position, and spans to skip.
struct FieldView<'a> {
    fields: &'a [Field],
    skip: &'a [Range<usize>],
    ks: &'a KeyStates<'a>,
}

impl Fields for FieldView<'_> {
    fn field_at(&self, pos: usize) -> Option<(Range<usize>, &KeyClass)> {
        let i = self.fields.partition_point(|f| f.span.start <= pos);
        if i == 0 {
            return None;
        }
        let f = &self.fields[i - 1];
        (pos < f.span.end).then(|| (f.span.clone(), self.ks.class(f.state)))
    }

    fn skipped(&self, span: &Range<usize>) -> bool {
        let i = self.skip.partition_point(|s| s.end <= span.start);
        self.skip.get(i).is_some_and(|s| s.start < span.end)
    }
}

impl<'s> Walker<'s, '_> {
    fn push(&mut self, n: Node) -> u32 {
        self.nodes.push(n);
        (self.nodes.len() - 1) as u32
    }

    /// The printable key path of every state a hit sits under (the others stay empty). Keys can
    /// be values (a map keyed by patient names): no segment is printed that is not an
    /// identifier, or that holds a word of anything found in this message.
    fn ks_paths(&self) -> Vec<String> {
        let mut paths = vec![String::new(); self.ks.len()];
        if self.hits.iter().all(|h| h.state == KeyStates::ROOT) {
            return paths;
        }
        // Words (3+ letters or digits, case folded) of everything found, as hashes.
        fn word_hash(w: &[u8]) -> u64 {
            use std::hash::Hasher;
            let mut h = rustc_hash::FxHasher::default();
            for b in w {
                h.write_u8(b.to_ascii_lowercase());
            }
            h.finish()
        }
        let mut found_words: rustc_hash::FxHashSet<u64> = Default::default();
        for h in &self.hits {
            let t = &self.nodes[h.node as usize].text;
            let v = &t[h.finding.span.start.min(t.len())..h.finding.span.end.min(t.len())];
            for w in v.split(|b| !b.is_ascii_alphanumeric()).filter(|w| w.len() >= 3) {
                found_words.insert(word_hash(w));
            }
        }
        // Found words never hold `_` (they are split on it), so a segment's words are enough.
        let hide = |seg: &str| seg.split('_').any(|w| found_words.contains(&word_hash(w.as_bytes())));
        for h in &self.hits {
            let p = &mut paths[h.state as usize];
            if p.is_empty() && h.state != KeyStates::ROOT {
                *p = safe_path(&self.ks.printable(h.state, &hide));
            }
        }
        paths
    }

    /// A value found in one place is the same PHI wherever else the message repeats it: the
    /// name an invitation's attendee field gives away, again in its summary line; the MRN a
    /// keyed field holds, again in a free-text note. Every other whole-word occurrence, in any
    /// view, becomes a hit of the same detector.
    ///
    /// Only what a field's key found is spread (what a pattern or a dictionary found, they find
    /// again wherever it recurs), up to 32 distinct values, matched as found and in lowercase.
    /// Values shorter than 4 characters, and numbers shorter than 6 digits, are not spread:
    /// alone they are too common to mean the same thing elsewhere.
    fn propagate(&mut self) {
        const MAX_VALUES: usize = 32;
        if self.hits.is_empty() {
            return;
        }
        let mut values: Vec<Vec<u8>> = vec![];
        let mut rep: Vec<usize> = vec![];
        let mut seen: rustc_hash::FxHashSet<Vec<u8>> = Default::default();
        for (i, h) in self.hits.iter().enumerate() {
            // Each value may add two patterns; the packed searcher takes at most 64.
            if values.len() + 2 > 2 * MAX_VALUES {
                break;
            }
            // Values found by their key, and identifiers found by a label (`DOB 09/20/1938` in a
            // rich-text run whose plain-text copy has no label before it).
            let det = self.scanner.detector(h.finding.detector);
            let labelled =
                matches!(h.finding.category, Category::Dob | Category::Mrn | Category::MemberId | Category::Ssn | Category::Name);
            if !det.key_only && !labelled {
                continue;
            }
            let t = &self.nodes[h.node as usize].text;
            let Some(v) = t.get(h.finding.span.clone()) else { continue };
            let v = trim_ws_slice(v);
            let digits = v.iter().filter(|b| b.is_ascii_digit()).count();
            let alnum = v.iter().filter(|b| b.is_ascii_alphanumeric()).count();
            let worth = v.len() >= 4
                && v.len() <= 128
                && (digits != alnum || digits >= 6)
                && v.first().is_some_and(u8::is_ascii_alphanumeric)
                && v.last().is_some_and(u8::is_ascii_alphanumeric);
            if worth && seen.insert(v.to_vec()) {
                // As found, and in lowercase (notes and tags lowercase names).
                let lower = v.to_ascii_lowercase();
                if lower != v && seen.insert(lower.clone()) {
                    values.push(lower);
                    rep.push(i);
                }
                values.push(v.to_vec());
                rep.push(i);
            }
        }
        if values.is_empty() {
            return;
        }
        // Built per message. A few dozen exact values suit the packed (SIMD) searcher, which
        // builds in a fraction of an automaton's time; the contiguous NFA takes what it declines.
        let searcher = match aho_corasick::packed::Config::new()
            .match_kind(aho_corasick::packed::MatchKind::LeftmostLongest)
            .builder()
            .extend(&values)
            .build()
        {
            Some(p) => Searcher::Packed(p),
            None => match aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
                .build(&values)
            {
                Ok(ac) => Searcher::Automaton(ac),
                Err(_) => return,
            },
        };
        // What each view already accounts for: its hits, and the spans its children decode.
        let n = self.nodes.len();
        let mut taken: Vec<Vec<Range<usize>>> = vec![vec![]; n];
        for h in &self.hits {
            taken[h.node as usize].push(h.finding.span.clone());
        }
        for node in &self.nodes {
            if let Some(p) = node.parent {
                taken[p as usize].push(node.span.clone());
            }
        }
        // Sorted by start, with the furthest end so far: a span overlaps one of them when some
        // span starting before its end reaches past its start.
        let taken: Vec<(Vec<usize>, Vec<usize>)> = taken
            .into_iter()
            .map(|mut t| {
                t.sort_unstable_by_key(|r| r.start);
                let mut reach = 0;
                let ends = t
                    .iter()
                    .map(|r| {
                        reach = reach.max(r.end);
                        reach
                    })
                    .collect();
                (t.into_iter().map(|r| r.start).collect(), ends)
            })
            .collect();
        let overlaps = |(starts, reach): &(Vec<usize>, Vec<usize>), span: &Range<usize>| {
            let i = starts.partition_point(|&s| s < span.end);
            i > 0 && reach[i - 1] > span.start
        };
        let mut more = vec![];
        for (id, node) in self.nodes.iter().enumerate() {
            if node.format == Format::Opaque {
                continue;
            }
            let t = &node.text;
            for (pattern, span) in searcher.find_iter(&t[..]) {
                let bounded = (span.start == 0 || !t[span.start - 1].is_ascii_alphanumeric())
                    && (span.end == t.len() || !t[span.end].is_ascii_alphanumeric());
                if !bounded || overlaps(&taken[id], &span) {
                    continue;
                }
                let of = &self.hits[rep[pattern]];
                let finding =
                    Finding { detector: of.finding.detector, category: of.finding.category, span, confidence: of.finding.confidence };
                more.push(Hit { node: id as u32, finding, state: node.state });
            }
        }
        self.hits.extend(more);
    }

    fn charge(&mut self, n: usize) -> bool {
        self.decoded += n;
        if self.decoded > self.limits.max_decoded_bytes {
            if !self.errors.contains(&InspectError::Budget) {
                self.errors.push(InspectError::Budget);
            }
            return false;
        }
        true
    }

    fn visit_body(&mut self, msg: &Message) {
        let ct = msg.header_str("content-type").unwrap_or_default();
        let declared = format_of_content_type(&ct);
        let ce = msg.header_str("content-encoding").unwrap_or_default();
        let tokens: Vec<&str> = ce.split(',').map(str::trim).filter(|t| !t.is_empty() && !t.eq_ignore_ascii_case("identity")).collect();
        let body = msg.body.clone();
        let grpc = grpc_kind(&ct);
        let grpc_encoding = msg.header_str("grpc-encoding").unwrap_or_default();
        if tokens.is_empty() {
            let format = body_format(declared.clone(), &body);
            let mut id = self.push(Node::root(Part::Body, body, format, KeyStates::ROOT));
            if grpc.is_none() {
                if let Some(c) = self.utf16_child(id, declared, &ct) {
                    id = c;
                }
            }
            if !grpc.is_some_and(|g| self.visit_grpc(id, g, &grpc_encoding, 0)) {
                self.visit(id, 0);
            }
            return;
        }
        // Content-Encoding: the last coding applied is the first undone.
        let mut last = self.push(Node::root(Part::Body, body.clone(), Format::Opaque, KeyStates::ROOT));
        let mut data = body;
        for (k, tok) in tokens.iter().rev().enumerate() {
            let innermost = k == tokens.len() - 1;
            let result = encoding::content_encoding(tok, &data).and_then(|enc| {
                let enc = enc.expect("identity filtered");
                self.undo(enc, &data).map(|d| (enc, d))
            });
            match result {
                Ok((enc, decoded)) => {
                    self.charge(decoded.len());
                    let text = Bytes::from(decoded);
                    let format = if innermost { body_format(declared.clone(), &text) } else { Format::Opaque };
                    let len = self.nodes[last as usize].text.len();
                    let node = Node {
                        part: Part::Body,
                        parent: Some(last),
                        span: 0..len,
                        enc,
                        text: text.clone(),
                        map: None,
                        format,
                        state: KeyStates::ROOT,
                        is_value: false,
                    };
                    last = self.push(node);
                    data = text;
                }
                Err(e) => {
                    // Undecodable: scan what we have as raw text, and say so.
                    self.errors.push(InspectError::Decode(e));
                    self.nodes[last as usize].format = Format::Text;
                    break;
                }
            }
        }
        if grpc.is_none() {
            if let Some(c) = self.utf16_child(last, declared, &ct) {
                last = c;
            }
        }
        if !grpc.is_some_and(|g| self.visit_grpc(last, g, &grpc_encoding, 1)) {
            self.visit(last, 1);
        }
    }

    /// A body in UTF-16 (declared by the content type's charset, marked, or plainly so): a
    /// child view of its text as UTF-8, which a redaction writes back as UTF-16. Declared or
    /// marked UTF-16 that does not decode is an error (the request fails closed).
    fn utf16_child(&mut self, parent: u32, declared: Option<Format>, ct: &str) -> Option<u32> {
        let charset = ct.split(';').find_map(|p| p.trim().strip_prefix("charset=")).map(|c| c.trim_matches('"')).unwrap_or_default();
        let raw = self.nodes[parent as usize].text.clone();
        match encoding::utf16_text(&raw, charset) {
            Ok(Some((text, enc))) => {
                if !self.charge(text.len()) {
                    return None;
                }
                let text = Bytes::from(text);
                let format = body_format(declared, &text);
                self.nodes[parent as usize].format = Format::Opaque;
                let node = Node {
                    part: self.nodes[parent as usize].part,
                    parent: Some(parent),
                    span: 0..raw.len(),
                    enc,
                    text,
                    map: None,
                    format,
                    state: KeyStates::ROOT,
                    is_value: false,
                };
                Some(self.push(node))
            }
            Ok(None) => None,
            Err(e) => {
                self.errors.push(InspectError::Decode(e));
                None
            }
        }
    }

    /// A gRPC, gRPC-Web or Connect streaming body (base64 as a whole for `grpc-web-text`): each
    /// length-prefixed message is a view of its own (JSON for `+json`, else protobuf bytes
    /// scanned raw), and a message compressed with `grpc-encoding` is decompressed first. False
    /// when the body is not a sequence of frames: it is then scanned as it is.
    fn visit_grpc(&mut self, id: u32, kind: Grpc, grpc_encoding: &str, depth: u8) -> bool {
        let mut id = id;
        let mut text = self.nodes[id as usize].text.clone();
        if kind.base64 {
            let t = trim_ws(&text);
            let Some((decoded, enc)) = encoding::decode_base64(&text[t.clone()]) else { return false };
            if !self.charge(decoded.len()) {
                return false;
            }
            let d = Bytes::from(decoded);
            let child = Node {
                part: Part::Body,
                parent: Some(id),
                span: t,
                enc,
                text: d.clone(),
                map: None,
                format: Format::Opaque,
                state: KeyStates::ROOT,
                is_value: false,
            };
            self.nodes[id as usize].format = Format::Opaque;
            id = self.push(child);
            text = d;
        }
        let Some(frames) = encoding::grpc_frames(&text) else { return false };
        self.nodes[id as usize].format = Format::Opaque;
        for (flag, frame, payload) in frames {
            let body = text.slice(payload);
            let format = |t: &[u8]| {
                if flag & 0x80 != 0 {
                    Format::Text
                } else if kind.json {
                    body_format(Some(Format::Json), t)
                } else {
                    body_format(None, t)
                }
            };
            let node = Node {
                part: Part::Body,
                parent: Some(id),
                span: frame,
                enc: Encoding::GrpcFrame { flag },
                format: if flag & 1 != 0 { Format::Opaque } else { format(&body) },
                text: body.clone(),
                map: None,
                state: KeyStates::ROOT,
                is_value: false,
            };
            let child = self.push(node);
            if flag & 1 == 0 {
                self.visit(child, depth + 1);
                continue;
            }
            // Compressed with the stream's `grpc-encoding`: undone like a Content-Encoding.
            let result = encoding::content_encoding(grpc_encoding, &body).and_then(|enc| {
                let enc = enc.ok_or(DecodeError::Unsupported("identity with the compressed flag".into()))?;
                self.undo(enc, &body).map(|d| (enc, d))
            });
            match result {
                Ok((enc, decoded)) => {
                    self.charge(decoded.len());
                    let d = Bytes::from(decoded);
                    let node = Node {
                        part: Part::Body,
                        parent: Some(child),
                        span: 0..body.len(),
                        enc,
                        format: format(&d),
                        text: d,
                        map: None,
                        state: KeyStates::ROOT,
                        is_value: false,
                    };
                    let inner = self.push(node);
                    self.visit(inner, depth + 2);
                }
                Err(e) => {
                    self.errors.push(InspectError::Decode(e));
                    self.nodes[child as usize].format = Format::Binary;
                    self.visit(child, depth + 1);
                }
            }
        }
        true
    }

    /// Undoes a compression under the message's decoded-size budget and the ratio cap.
    fn undo(&self, enc: Encoding, data: &[u8]) -> Result<Vec<u8>, DecodeError> {
        let budget = self.limits.max_decoded_bytes.saturating_sub(self.decoded);
        let cap = budget.min(data.len().saturating_mul(self.limits.max_ratio as usize).max(64 << 10));
        encoding::decode_content(enc, data, cap)
    }

    fn record(&mut self, node: u32, found: &mut Vec<Finding>, offset: usize, state_of: &dyn Fn(usize) -> u32) {
        for mut f in found.drain(..) {
            let state = state_of(f.span.start);
            f.span = f.span.start + offset..f.span.end + offset;
            self.hits.push(Hit { node, finding: f, state });
        }
    }

    fn visit(&mut self, id: u32, depth: u8) {
        let node = &self.nodes[id as usize];
        let text = node.text.clone();
        let state = node.state;
        let format = node.format.clone();
        let is_value = node.is_value;
        self.scanned += text.len();
        // A value that is base64 of text: its decoding is the view.
        if is_value && depth < self.limits.max_depth {
            let t = trim_ws(&text);
            if let Some((decoded, enc)) = encoding::sniff_base64(&text[t.clone()]) {
                if self.charge(decoded.len()) {
                    let d = Bytes::from(decoded);
                    let f = sniff(&d).unwrap_or(Format::Text);
                    let child = self.push(Node {
                        part: self.nodes[id as usize].part,
                        parent: Some(id),
                        span: t,
                        enc,
                        text: d,
                        map: None,
                        format: f,
                        state,
                        is_value: true,
                    });
                    self.visit(child, depth + 1);
                    return;
                }
            }
        }
        if is_value && !matches!(format, Format::Json | Format::Xml | Format::Hl7 | Format::X12 | Format::Multipart(_) | Format::Csv) {
            let mut found = vec![];
            self.scanner.scan_value(&text, self.ks.class(state), &mut found);
            self.record(id, &mut found, 0, &|_| state);
        }
        let mut fields = vec![];
        match format {
            Format::Opaque => {}
            Format::Json => {
                self.visit_json(id, &text, state, depth);
                return;
            }
            Format::Form | Format::Query => formats::pairs(&text, b'&', true, &mut self.ks, state, &mut fields),
            Format::Cookie => formats::pairs(&text, b';', false, &mut self.ks, state, &mut fields),
            Format::Path => formats::path_segments(&text, &mut self.ks, state, &mut fields),
            Format::Url => {
                self.visit_url(id, &text, state, depth);
                return;
            }
            Format::Hl7 => {
                if !formats::hl7(&text, &mut self.ks, state, &mut fields) {
                    fields.clear();
                    formats::text_pairs(&text, &mut self.ks, state, &mut fields);
                }
            }
            Format::X12 => {
                if !formats::x12(&text, &mut self.ks, state, &mut fields) {
                    fields.clear();
                    formats::text_pairs(&text, &mut self.ks, state, &mut fields);
                }
            }
            Format::Xml => {
                if !formats::xml(&text, &mut self.ks, state, &mut fields) {
                    fields.clear();
                    formats::text_pairs(&text, &mut self.ks, state, &mut fields);
                }
                formats::table_rows(&text, &mut self.ks, state, &mut fields);
            }
            Format::Csv => {
                if !formats::csv(&text, &mut self.ks, state, &mut fields) {
                    fields.clear();
                    formats::text_pairs(&text, &mut self.ks, state, &mut fields);
                }
            }
            Format::Multipart(boundary) => {
                self.visit_multipart(id, &text, &boundary, state, depth);
                return;
            }
            Format::Text | Format::Binary => {
                formats::text_pairs(&text, &mut self.ks, state, &mut fields);
                formats::filter_pairs(&text, &mut self.ks, state, &mut fields);
                formats::fdf_pairs(&text, &mut self.ks, state, &mut fields);
                formats::hl7_segments(&text, &mut self.ks, state, &mut fields);
                formats::url_tokens(&text, state, &mut fields);
                formats::table_rows(&text, &mut self.ks, state, &mut fields);
            }
        }
        fields.sort_by_key(|f| f.span.start);
        self.visit_fields(id, &text, &fields, depth);
    }

    /// Scans a view given its fields: decoded or structured values become child views, the rest
    /// is scanned in place with each field's key as context.
    fn visit_fields(&mut self, id: u32, text: &Bytes, fields: &[Field], depth: u8) {
        self.visit_fields_with(id, text, fields, depth, false)
    }

    /// `compact`: the view is structure (JSON) whose fields are the only text worth scanning
    /// (see [`Walker::visit_compact`]).
    fn visit_fields_with(&mut self, id: u32, text: &Bytes, fields: &[Field], depth: u8, compact: bool) {
        if compact {
            // In slices of ~256 KiB of text: the per-slice tables (distinct values, their
            // buffer, occurrences) stay small and in cache, so a 4 MiB document costs per byte
            // what a 64 KiB one does. A slice ends between top-level fields, never inside one.
            const SLICE: usize = 256 << 10;
            let mut a = 0;
            while a < fields.len() {
                let from = fields[a].span.start;
                let mut end = fields[a].span.end;
                let mut b = a + 1;
                while b < fields.len() && (fields[b].span.start < end || fields[b].span.start - from < SLICE) {
                    end = end.max(fields[b].span.end);
                    b += 1;
                }
                self.visit_compact(id, text, &fields[a..b], depth);
                a = b;
            }
            return;
        }
        let mut children: Vec<(Range<usize>, u32)> = vec![];
        let mut inline: Vec<Field> = vec![];
        if depth < self.limits.max_depth {
            for f in fields {
                if let Some(child) = self.child_for(id, text, f.span.clone(), f.decode, f.state, &mut inline) {
                    children.push((f.span.clone(), child));
                }
            }
        }
        let merged;
        let fields = if inline.is_empty() {
            fields
        } else {
            let mut v = fields.to_vec();
            v.extend(inline);
            v.sort_by_key(|f| f.span.start);
            merged = v;
            &merged[..]
        };
        let skip: Vec<Range<usize>> = children.iter().map(|c| c.0.clone()).collect();
        let mut found = vec![];
        {
            let view = FieldView { fields, skip: &skip, ks: &self.ks };
            self.scanner.scan_text(text, &view, &mut found);
        }
        let node_state = self.nodes[id as usize].state;
        let state_at = |pos: usize| -> u32 {
            let i = fields.partition_point(|f| f.span.start <= pos);
            if i > 0 && pos < fields[i - 1].span.end {
                fields[i - 1].state
            } else {
                node_state
            }
        };
        self.record(id, &mut found, 0, &state_at);
        for f in fields {
            if skip.binary_search_by(|s| s.start.cmp(&f.span.start)).is_ok() {
                continue;
            }
            let class = self.ks.class(f.state);
            if class.pos.is_empty() {
                continue;
            }
            self.scanner.scan_value(&text[f.span.clone()], class, &mut found);
            let st = f.state;
            self.record(id, &mut found, f.span.start, &|_| st);
        }
        for (_, child) in children {
            self.visit(child, depth + 1);
        }
    }

    /// A structured view (JSON) whose fields are the only text worth scanning, each distinct
    /// (key, value) worked on once. Analytics batches repeat most of their values (user agents,
    /// page titles, URLs, every member name) and half their bytes are keys and punctuation.
    ///
    /// - The first occurrence of a (key state, value) is opened (decoded children, URL and form
    ///   parts as fields), its keyed detectors run, and its text is copied into one buffer
    ///   (values separated by `"` as in JSON, member names by `"` and a line break).
    /// - Later occurrences only record where they are, unless the first one had a child view:
    ///   every occurrence of such a value is opened on its own, so each gets its own child.
    /// - The buffer is scanned in one pass and every finding (and every keyed finding) is mapped
    ///   back to each place its value occurs.
    ///
    /// Numbers under five digits and literals are not copied: no pattern can match them (keyed
    /// detectors still see them).
    fn visit_compact(&mut self, id: u32, text: &Bytes, fields: &[Field], depth: u8) {
        let mut buf: Vec<u8> = Vec::with_capacity(text.len() / 2);
        // Fields in buffer coordinates, and the buffer span of each copied segment.
        let mut bfields: Vec<Field> = Vec::with_capacity(fields.len() / 2);
        let mut bsegs: Vec<(Range<usize>, u32)> = vec![];
        // (segment, position in the text) of every occurrence; keyed findings per segment,
        // relative to the segment's start.
        let mut occs: Vec<(u32, usize)> = Vec::with_capacity(fields.len());
        let mut vfound: Vec<(u32, Finding, u32)> = vec![];
        let mut seen: rustc_hash::FxHashMap<(u32, &[u8]), u32> = Default::default();
        seen.reserve(fields.len() / 2);
        let mut children: Vec<u32> = vec![];
        let mut inline: Vec<Field> = vec![];
        let mut skips: Vec<Range<usize>> = vec![];
        let mut found = vec![];
        let mut nseg = 0u32;
        let mut ident_keys: Vec<Range<usize>> = vec![];
        let mut i = 0;
        while i < fields.len() {
            let f = &fields[i];
            // Nested fields (key=value pairs in prose) belong to the field before them.
            let mut j = i + 1;
            while j < fields.len() && fields[j].span.start < f.span.end {
                j += 1;
            }
            let v = &text[f.span.clone()];
            if let Some(&seg) = seen.get(&(f.state, v)) {
                occs.push((seg, f.span.start));
                i = j;
                continue;
            }
            let seg = nseg;
            nseg += 1;
            inline.clear();
            skips.clear();
            if depth < self.limits.max_depth {
                for g in &fields[i..j] {
                    if let Some(child) = self.child_for(id, text, g.span.clone(), g.decode, g.state, &mut inline) {
                        children.push(child);
                        skips.push(g.span.clone());
                    }
                }
            }
            let top_skipped = skips.first().is_some_and(|s| *s == f.span);
            let in_skip = |g: &Field| skips.iter().any(|s| s.start <= g.span.start && g.span.end <= s.end);
            // Keyed detectors on the value and its parts.
            for g in fields[i..j].iter().chain(inline.iter()) {
                if skips.iter().any(|s| s.start == g.span.start) {
                    continue;
                }
                let class = self.ks.class(g.state);
                if class.pos.is_empty() {
                    continue;
                }
                self.scanner.scan_value(&text[g.span.clone()], class, &mut found);
                let delta = g.span.start - f.span.start;
                for mut x in found.drain(..) {
                    x.span = x.span.start + delta..x.span.end + delta;
                    vfound.push((seg, x, g.state));
                }
            }
            let inert = v.len() < 5 && v.iter().all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'.'))
                || matches!(v, b"true" | b"false" | b"null")
                || v.is_empty();
            if !inert && !top_skipped {
                let start = buf.len();
                buf.extend_from_slice(v);
                // A quote, as in JSON; after a member name also a line break: a label's reach
                // (`DOB … date`) ends at its line, so a label never runs past a member name into
                // the next member's value (values next to each other, rich-text runs, still read
                // as one text).
                if f.state == KeyStates::MEMBER_NAME {
                    buf.extend_from_slice(b"\"\n");
                } else {
                    buf.push(b'"');
                }
                let mark = bfields.len();
                bfields.push(Field { span: start..start + v.len(), state: f.state, decode: None });
                for g in fields[i + 1..j].iter().chain(inline.iter()) {
                    if !in_skip(g) {
                        let a = start + (g.span.start - f.span.start);
                        bfields.push(Field { span: a..a + g.span.len(), state: g.state, decode: None });
                    }
                }
                bfields[mark..].sort_by_key(|b| b.span.start);
                bsegs.push((start..start + v.len(), seg));
                // A member name shaped like an identifier (`annotations`, `plainText`): a
                // label in the value before it ("Pt: ") must not read it as a name.
                if f.state == KeyStates::MEMBER_NAME
                    && v.first().is_some_and(u8::is_ascii_lowercase)
                    && v.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'_')
                {
                    ident_keys.push(start..start + v.len());
                }
            }
            occs.push((seg, f.span.start));
            if skips.is_empty() {
                seen.insert((f.state, v), seg);
            }
            i = j;
        }
        {
            let view = FieldView { fields: &bfields, skip: &[], ks: &self.ks };
            self.scanner.scan_text(&buf, &view, &mut found);
        }
        if found.is_empty() && vfound.is_empty() {
            for child in children {
                self.visit(child, depth + 1);
            }
            return;
        }
        // Occurrences of the segments that have findings, grouped by segment in one pass over
        // `occs` (sorting every occurrence cost more than the scan of a clean batch).
        let mut slot: Vec<u32> = vec![u32::MAX; nseg as usize];
        let mut hit_segs = 0u32;
        let mut seg_of = |seg: u32, slot: &mut Vec<u32>| {
            if slot[seg as usize] == u32::MAX {
                slot[seg as usize] = hit_segs;
                hit_segs += 1;
            }
        };
        let mut located: Vec<(Finding, u32, u32)> = Vec::with_capacity(found.len() + vfound.len());
        for f in found.drain(..) {
            let k = bsegs.partition_point(|s| s.0.start <= f.span.start) - 1;
            let (brange, seg) = &bsegs[k];
            if f.span.end > brange.end {
                continue;
            }
            if f.category == Category::Name && ident_keys.binary_search_by(|r| r.start.cmp(&brange.start)).is_ok() {
                continue;
            }
            let state = {
                let i = bfields.partition_point(|b| b.span.start <= f.span.start);
                if i > 0 && f.span.start < bfields[i - 1].span.end {
                    bfields[i - 1].state
                } else {
                    KeyStates::ROOT
                }
            };
            seg_of(*seg, &mut slot);
            let mut g = f;
            g.span = g.span.start - brange.start..g.span.end - brange.start;
            located.push((g, state, *seg));
        }
        for (seg, f, state) in vfound {
            seg_of(seg, &mut slot);
            located.push((f, state, seg));
        }
        // Positions of each hit segment, as a compact table: start[k]..start[k + 1] in `pos`.
        let mut start = vec![0usize; hit_segs as usize + 1];
        for &(seg, _) in &occs {
            let k = slot[seg as usize];
            if k != u32::MAX {
                start[k as usize + 1] += 1;
            }
        }
        for k in 1..start.len() {
            start[k] += start[k - 1];
        }
        let mut fill = start.clone();
        let mut pos = vec![0usize; start[hit_segs as usize]];
        for &(seg, p) in &occs {
            let k = slot[seg as usize];
            if k != u32::MAX {
                pos[fill[k as usize]] = p;
                fill[k as usize] += 1;
            }
        }
        for (f, state, seg) in located {
            let k = slot[seg as usize] as usize;
            for &p in &pos[start[k]..start[k + 1]] {
                let mut g = f.clone();
                g.span = f.span.start + p..f.span.end + p;
                self.hits.push(Hit { node: id, finding: g, state });
            }
        }
        for child in children {
            self.visit(child, depth + 1);
        }
    }

    /// A child view for a field value, when the value must be decoded or has structure of its own.
    ///
    /// A URL, path or form string that needs no decoding does not become a view of its own: its
    /// segments and parameters are added to `inline` as fields of the parent, so the parent's one
    /// pass scans them with their keys as context.
    fn child_for(
        &mut self,
        parent: u32,
        text: &Bytes,
        span: Range<usize>,
        decode: Option<Encoding>,
        state: u32,
        inline: &mut Vec<Field>,
    ) -> Option<u32> {
        let part = self.nodes[parent as usize].part;
        let raw = &text[span.clone()];
        let (t, enc, map) = match decode {
            Some(enc @ Encoding::Percent { plus }) => {
                let (d, m) = encoding::percent_decode(raw, plus);
                (Bytes::from(d), enc, Some(m))
            }
            Some(Encoding::JsonString) => {
                let (d, m) = encoding::json_unescape(raw)?;
                (Bytes::from(d), Encoding::JsonString, Some(m))
            }
            Some(Encoding::XmlText) => {
                let (d, m) = encoding::xml_unescape(raw);
                (Bytes::from(d), Encoding::XmlText, Some(m))
            }
            _ => {
                // Undecoded: a child only when the value has structure of its own.
                let f = sniff(raw);
                let b64 = if f.is_none() && raw.len() >= 16 { encoding::sniff_base64(trim_ws_slice(raw)) } else { None };
                if f.is_none() && b64.is_none() {
                    // A JSON Web Token (alone, or after `Bearer `): its claims are base64url JSON.
                    let (at, seg) = encoding::jwt_payload(raw)?;
                    let decoded = encoding::sniff_base64(seg).filter(|(d, _)| d.first() == Some(&b'{'))?;
                    if !self.charge(decoded.0.len()) {
                        return None;
                    }
                    let start = span.start + at;
                    let node = Node {
                        part,
                        parent: Some(parent),
                        span: start..start + seg.len(),
                        enc: Encoding::Base64 { url_safe: true, padded: false },
                        text: Bytes::from(decoded.0),
                        map: None,
                        format: Format::Json,
                        state,
                        is_value: true,
                    };
                    return Some(self.push(node));
                }
                if let Some(fmt @ (Format::Url | Format::Form | Format::Query | Format::Path)) = &f {
                    if !encoding::needs_percent_decode(raw, true) {
                        self.inline_fields(fmt, raw, span.start, state, inline);
                        return None;
                    }
                }
                if let Some((decoded, enc)) = b64 {
                    if !self.charge(decoded.len()) {
                        return None;
                    }
                    let r = trim_ws(raw);
                    let d = Bytes::from(decoded);
                    let format = sniff(&d).unwrap_or(Format::Text);
                    let node = Node {
                        part,
                        parent: Some(parent),
                        span: span.start + r.start..span.start + r.end,
                        enc,
                        text: d,
                        map: None,
                        format,
                        state,
                        is_value: true,
                    };
                    return Some(self.push(node));
                }
                let node = Node {
                    part,
                    parent: Some(parent),
                    span: span.clone(),
                    enc: Encoding::Identity,
                    text: text.slice(span),
                    map: None,
                    format: f.unwrap(),
                    state,
                    is_value: true,
                };
                return Some(self.push(node));
            }
        };
        if !self.charge(t.len()) {
            return None;
        }
        let format = sniff(&t).unwrap_or(Format::Text);
        let twice = matches!(enc, Encoding::Percent { .. }) && encoding::needs_percent_decode(&t, false) && t.len() < 8192;
        let node = Node { part, parent: Some(parent), span, enc, text: t.clone(), map, format, state, is_value: true };
        let id = self.push(node);
        if twice {
            // Percent-encoding applied twice ("%2540"): the second layer is a child covering all
            // of the first ('+' kept literal), and the first is only a way through.
            let mut ignored = vec![];
            if let Some(inner) = self.child_for(id, &t, 0..t.len(), Some(Encoding::Percent { plus: false }), state, &mut ignored) {
                self.nodes[id as usize].format = Format::Opaque;
                self.nodes[id as usize].is_value = false;
                return Some(inner);
            }
        }
        Some(id)
    }

    /// Fields of an undecoded URL, path or form string found at `offset` in its parent.
    fn inline_fields(&mut self, format: &Format, raw: &[u8], offset: usize, state: u32, out: &mut Vec<Field>) {
        let start = out.len();
        match format {
            Format::Form | Format::Query => formats::pairs(raw, b'&', true, &mut self.ks, state, out),
            Format::Path => formats::path_segments(raw, &mut self.ks, state, out),
            _ => {
                let after_scheme = memchr::memmem::find(raw, b"://").map_or(0, |p| p + 3);
                let path_start = memchr::memchr(b'/', &raw[after_scheme..]).map_or(raw.len(), |p| after_scheme + p);
                let q = memchr::memchr(b'?', raw);
                let h = memchr::memchr(b'#', raw);
                let path_end = q.or(h).unwrap_or(raw.len()).max(path_start);
                let mark = out.len();
                formats::path_segments(&raw[path_start..path_end], &mut self.ks, state, out);
                for f in &mut out[mark..] {
                    f.span = f.span.start + path_start..f.span.end + path_start;
                }
                if let Some(q) = q {
                    let qe = h.filter(|&h| h > q).unwrap_or(raw.len());
                    let mark = out.len();
                    formats::pairs(&raw[q + 1..qe], b'&', true, &mut self.ks, state, out);
                    for f in &mut out[mark..] {
                        f.span = f.span.start + q + 1..f.span.end + q + 1;
                    }
                }
            }
        }
        for f in &mut out[start..] {
            f.span = f.span.start + offset..f.span.end + offset;
            f.decode = None;
        }
        // Only fields whose key says something are worth keeping.
        let ks = &self.ks;
        let mut i = start;
        while i < out.len() {
            if ks.class(out[i].state).is_empty() {
                out.swap_remove(i);
            } else {
                i += 1;
            }
        }
    }

    fn visit_url(&mut self, id: u32, text: &Bytes, state: u32, depth: u8) {
        // scheme://authority/path?query#fragment
        let t = &text[..];
        let after_scheme = memchr::memmem::find(t, b"://").map_or(0, |p| p + 3);
        let path_start = memchr::memchr(b'/', &t[after_scheme..]).map_or(t.len(), |p| after_scheme + p);
        let q = memchr::memchr(b'?', t);
        let h = memchr::memchr(b'#', t);
        let path_end = q.or(h).unwrap_or(t.len()).max(path_start);
        let mut fields: Vec<Field> = vec![];
        // The authority (user info can hold an email) is scanned as text.
        let mut children = vec![];
        if path_start < path_end {
            children.push((path_start..path_end, Format::Path));
        }
        if let Some(q) = q {
            let qe = h.filter(|&h| h > q).unwrap_or(t.len());
            children.push((q + 1..qe, Format::Query));
        }
        if let Some(h) = h {
            let frag = h + 1..t.len();
            let f = if t[frag.clone()].contains(&b'=') { Format::Query } else { Format::Text };
            children.push((frag, f));
        }
        let part = self.nodes[id as usize].part;
        let mut ids = vec![];
        for (span, format) in children {
            if span.start >= span.end {
                continue;
            }
            fields.push(Field { span: span.clone(), state, decode: None });
            let n = Node {
                part,
                parent: Some(id),
                span: span.clone(),
                enc: Encoding::Identity,
                text: text.slice(span),
                map: None,
                format,
                state,
                is_value: false,
            };
            ids.push(self.push(n));
        }
        let skip: Vec<Range<usize>> = fields.iter().map(|f| f.span.clone()).collect();
        let mut found = vec![];
        {
            let view = FieldView { fields: &[], skip: &skip, ks: &self.ks };
            self.scanner.scan_text(text, &view, &mut found);
        }
        self.record(id, &mut found, 0, &|_| state);
        for c in ids {
            self.visit(c, depth + 1);
        }
    }

    fn visit_multipart(&mut self, id: u32, text: &Bytes, boundary: &[u8], state: u32, depth: u8) {
        let Some(parts) = formats::multipart(text, boundary) else {
            self.nodes[id as usize].format = Format::Text;
            let mut fields = vec![];
            formats::text_pairs(text, &mut self.ks, state, &mut fields);
            self.visit_fields(id, text, &fields, depth);
            return;
        };
        let part = self.nodes[id as usize].part;
        let mut ids = vec![];
        for p in &parts {
            if p.body.start >= p.body.end {
                continue;
            }
            let pstate = if p.name.is_empty() { state } else { self.ks.child(state, &p.name) };
            let raw = text.slice(p.body.clone());
            let declared = if p.content_type.is_empty() { None } else { format_of_content_type(&p.content_type) };
            let node = if p.base64 {
                let compact: Vec<u8> = raw.iter().copied().filter(|b| !b.is_ascii_whitespace()).collect();
                match base64::Engine::decode(&base64::engine::general_purpose::STANDARD, &compact) {
                    Ok(d) => {
                        let d = Bytes::from(d);
                        let format = body_format(declared.clone(), &d);
                        Node {
                            part,
                            parent: Some(id),
                            span: p.body.clone(),
                            enc: Encoding::Base64 { url_safe: false, padded: true },
                            text: d,
                            map: None,
                            format,
                            state: pstate,
                            is_value: true,
                        }
                    }
                    Err(_) => {
                        self.errors.push(InspectError::Decode(DecodeError::Corrupt("base64 (multipart part)")));
                        continue;
                    }
                }
            } else {
                let format = body_format(declared.clone(), &raw);
                Node {
                    part,
                    parent: Some(id),
                    span: p.body.clone(),
                    enc: Encoding::Identity,
                    text: raw,
                    map: None,
                    format,
                    state: pstate,
                    is_value: true,
                }
            };
            let charset =
                p.content_type.split(';').find_map(|x| x.trim().strip_prefix("charset=")).map(|c| c.trim_matches('"').to_string());
            let utf16 = !matches!(node.format, Format::Multipart(_) | Format::Json | Format::Xml);
            let nid = self.push(node);
            // A part in UTF-16 (declared, marked, or plainly so): its text as UTF-8.
            let nid = if utf16 {
                match self.utf16_child(
                    nid,
                    declared.clone(),
                    charset.as_deref().map(|c| format!("text/plain; charset={c}")).as_deref().unwrap_or(""),
                ) {
                    Some(c) => {
                        self.nodes[c as usize].state = pstate;
                        c
                    }
                    None => nid,
                }
            } else {
                nid
            };
            ids.push(nid);
        }
        // The headers are text too: an e-mail's own (`To: "Josué Ramírez" <…>`, `Subject:`,
        // before the first boundary) and each part's (file names, encoded words).
        let mut fields = vec![];
        let first = memchr::memmem::find(text, boundary).map_or(0, |k| k.saturating_sub(2));
        if first > 0 {
            fields.push(Field { span: 0..first, state, decode: None });
        }
        // Of a part's headers only the names of files are anyone's words
        // (`filename="gonzalez_maria_labs.pdf"`, `name="=?UTF-8?Q?Lab=5FResults=5F…?="`): a
        // form field's `name="first_name"` is a key, not a person.
        for p in &parts {
            let mut at = p.headers.start;
            for line in text[p.headers.clone()].split(|&b| b == b'\n') {
                let start = at;
                at += line.len() + 1;
                let lower = line.to_ascii_lowercase();
                let attachment_name = lower.starts_with(b"content-type:");
                for key in [&b"filename=\""[..], b"filename*=", b" name=\"", b";name=\""] {
                    if key.ends_with(b"name=\"") && key != b"filename=\"" && !attachment_name {
                        continue;
                    }
                    if let Some(k) = memchr::memmem::find(&lower, key) {
                        let s = start + k + key.len();
                        let e = text[s..start + line.len()]
                            .iter()
                            .position(|&b| matches!(b, b'"' | b';' | b'\r'))
                            .map_or(start + line.len(), |e| s + e);
                        if s < e {
                            fields.push(Field { span: s..e, state, decode: None });
                        }
                    }
                }
            }
        }
        let mut found = vec![];
        for f in &fields {
            self.scanner.scan_text(&text[f.span.clone()], &crate::detect::NoFields, &mut found);
            self.record(id, &mut found, f.span.start, &|_| state);
        }
        for c in ids {
            self.visit(c, depth + 1);
        }
    }

    fn visit_json(&mut self, id: u32, text: &Bytes, state: u32, depth: u8) {
        // A stream of documents (NDJSON) is walked and scanned a window at a time: memory
        // follows the window, not the body (a leaf and a field cost ~70 bytes, a 64 MiB log
        // export has millions of them).
        const WINDOW: usize = 1 << 20;
        // About one leaf per 12 bytes of JSON, one object per ten leaves.
        let expect = text.len().min(WINDOW + (WINDOW >> 2)) / 12;
        let mut leaves = Vec::with_capacity(expect);
        let mut objs = Vec::with_capacity(expect / 10);
        let mut pos = 0;
        let (hits_before, nodes_before) = (self.hits.len(), self.nodes.len());
        loop {
            leaves.clear();
            objs.clear();
            let next = match json::walk_window(text, pos, WINDOW, &mut self.ks, state, &mut leaves, &mut objs) {
                Ok(next) => next,
                Err(_) => {
                    // Not JSON after all (or a stream that goes bad after good windows: what
                    // the good windows found is dropped, children included): scan as text.
                    self.hits.truncate(hits_before);
                    self.nodes.truncate(nodes_before);
                    self.nodes[id as usize].format = Format::Text;
                    let mut fields = vec![];
                    formats::text_pairs(text, &mut self.ks, state, &mut fields);
                    self.visit_fields(id, text, &fields, depth);
                    return;
                }
            };
            self.visit_json_window(id, text, &mut leaves, &objs, depth);
            match next {
                Some(n) => pos = n,
                None => return,
            }
        }
    }

    fn visit_json_window(&mut self, id: u32, text: &Bytes, leaves: &mut [json::Leaf], objs: &[json::Obj], depth: u8) {
        apply_wrapper_rules(text, leaves, objs);
        self.apply_pair_rules(text, leaves);
        self.apply_sibling_rules(text, leaves, objs);
        self.apply_column_rules(text, leaves, objs);
        self.apply_index_rules(text, leaves, objs);
        self.apply_person_rules(text, leaves, objs);
        let mut fields: Vec<Field> = leaves
            .iter()
            .map(|l| match l.kind {
                // Member names are scanned, but are not values of their parent's key.
                json::LeafKind::Key => Field { span: l.span.clone(), state: KeyStates::MEMBER_NAME, decode: None },
                json::LeafKind::Str { escaped } => {
                    Field { span: l.span.clone(), state: l.state, decode: escaped.then_some(Encoding::JsonString) }
                }
                json::LeafKind::Scalar => Field { span: l.span.clone(), state: l.state, decode: None },
            })
            .collect();
        // Prose in a string ("OCR failed: patient_id=00913256 …") or a tag list
        // ("env:prod,patient_name:…"): its own key=value pairs.
        let mut pairs = vec![];
        for l in leaves.iter() {
            if let json::LeafKind::Str { escaped: false } = l.kind {
                let v = &text[l.span.clone()];
                let prose = memchr::memchr2(b' ', b',', v).is_some() && memchr::memchr2(b'=', b':', v).is_some();
                if v.len() >= 8 && (prose || memchr::memchr(b'|', v).is_some()) {
                    let before = pairs.len();
                    if prose {
                        formats::text_pairs(v, &mut self.ks, l.state, &mut pairs);
                    }
                    // An HL7 segment quoted in a log message (`"MESSAGE": "… PID|1||…"`).
                    formats::hl7_segments(v, &mut self.ks, l.state, &mut pairs);
                    for f in &mut pairs[before..] {
                        f.span = f.span.start + l.span.start..f.span.end + l.span.start;
                    }
                }
            }
        }
        if !pairs.is_empty() {
            fields.extend(pairs);
            fields.sort_by_key(|f| f.span.start);
        }
        self.visit_fields_with(id, text, &fields, depth, true);
    }

    /// Arrays of `[name, value]` pairs (`{"attrs": [["first_name", "Maria"], ["dob", …]]}`):
    /// each value keyed by its name. Every item of the run must be such a pair, with a
    /// key-like name, so a two-column table of data is not mistaken for one.
    fn apply_pair_rules(&mut self, text: &Bytes, leaves: &mut [json::Leaf]) {
        let key_like = |v: &[u8]| {
            (1..=48).contains(&v.len())
                && v[0].is_ascii_alphabetic()
                && v.iter().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'[' | b']'))
        };
        let in_row = |l: &json::Leaf| l.obj == u32::MAX && l.row && l.idx != u32::MAX && l.kind != json::LeafKind::Key;
        let mut i = 0;
        while i < leaves.len() {
            if !in_row(&leaves[i]) {
                i += 1;
                continue;
            }
            // A run of row items of one outer array (same state), split into pairs.
            let state = leaves[i].state;
            let mut end = i;
            while end < leaves.len() && in_row(&leaves[end]) && leaves[end].state == state {
                end += 1;
            }
            // Change lists: `[op, name, value]` (`["set", "pt.first", "Olumide"]`).
            const OPS: &[&[u8]] = &[b"set", b"add", b"put", b"replace", b"update", b"upsert", b"insert", b"assign", b"change", b"merge"];
            let ops = (end - i) % 3 == 0
                && (i..end).step_by(3).all(|k| {
                    let (o, n, v) = (&leaves[k], &leaves[k + 1], &leaves[k + 2]);
                    o.idx == 0
                        && n.idx == 1
                        && v.idx == 2
                        && OPS.iter().any(|op| op.eq_ignore_ascii_case(&text[o.span.clone()]))
                        && matches!(n.kind, json::LeafKind::Str { escaped: false })
                        && key_like(&text[n.span.clone()])
                        && leaves.get(k + 3).is_none_or(|x| x.idx != 3 || x.state != state)
                });
            if ops {
                for k in (i..end).step_by(3) {
                    let name = text[leaves[k + 1].span.clone()].to_vec();
                    leaves[k + 2].state = self.ks.child(state, &name);
                }
                i = end;
                continue;
            }
            let pairs = (end - i) % 2 == 0
                && (i..end).step_by(2).all(|k| {
                    let (n, v) = (&leaves[k], &leaves[k + 1]);
                    n.idx == 0
                        && v.idx == 1
                        && matches!(n.kind, json::LeafKind::Str { escaped: false })
                        && key_like(&text[n.span.clone()])
                        && leaves.get(k + 2).is_none_or(|x| x.idx != 2 || x.state != state)
                });
            if pairs {
                for k in (i..end).step_by(2) {
                    let name = text[leaves[k].span.clone()].to_vec();
                    leaves[k + 1].state = self.ks.child(state, &name);
                }
            } else {
                self.apply_header_row(text, &mut leaves[i..end], state);
            }
            i = end;
        }
    }

    /// Rows whose first row names the columns (`{"values": [["Name", "DOB"], ["Maria …", …]]}`,
    /// as spreadsheet APIs and CSV-to-JSON exports send them): each later cell is keyed by its
    /// column's name. The first row must be short labels only (letters first, no value-like text).
    fn apply_header_row(&mut self, text: &Bytes, run: &mut [json::Leaf], state: u32) {
        let label = |v: &[u8]| {
            (1..=40).contains(&v.len())
                && v[0].is_ascii_alphabetic()
                && v.iter().all(|b| b.is_ascii_alphanumeric() || matches!(b, b' ' | b'_' | b'-' | b'.' | b'/' | b'(' | b')' | b'#'))
                && v.iter().filter(|b| **b == b' ').count() <= 3
        };
        if run.first().is_none_or(|l| l.idx != 0) {
            return;
        }
        let n = run[1..].iter().position(|l| l.idx == 0).map_or(run.len(), |p| p + 1);
        if n < 2 || n == run.len() || n > 256 {
            return;
        }
        let header = &run[..n];
        if !header
            .iter()
            .enumerate()
            .all(|(j, l)| l.idx as usize == j && matches!(l.kind, json::LeafKind::Str { escaped: false }) && label(&text[l.span.clone()]))
        {
            return;
        }
        let names: Vec<Vec<u8>> = header.iter().map(|l| text[l.span.clone()].to_vec()).collect();
        let states: Vec<u32> = names.iter().map(|nm| self.ks.child(state, nm)).collect();
        for l in &mut run[n..] {
            if let Some(&st) = states.get(l.idx as usize) {
                l.state = st;
            }
        }
    }

    /// A bare `name` in an object that also holds a birth date, a sex, an SSN or a record
    /// number (`{"name": "Shannon McAllister", "birthdate": …}`, as CRMs and ERPs write partners)
    /// is a person's name.
    fn apply_person_rules(&mut self, text: &Bytes, leaves: &mut [json::Leaf], objs: &[json::Obj]) {
        const PERSONAL: &[&[u8]] = &[
            b"birthdate",
            b"birth_date",
            b"birthDate",
            b"dob",
            b"date_of_birth",
            b"dateOfBirth",
            b"gender",
            b"sex",
            b"ssn",
            b"mrn",
            b"x_studio_dob",
            b"patient_id",
            b"member_id",
        ];
        let mut names: Vec<usize> = vec![];
        let mut person = vec![false; objs.len()];
        for (i, l) in leaves.iter().enumerate() {
            if l.obj == u32::MAX || l.kind == json::LeafKind::Key {
                continue;
            }
            let k = &text[l.key.clone()];
            if (k == b"name" || k == b"display_name" || k == b"displayName") && matches!(l.kind, json::LeafKind::Str { .. }) {
                names.push(i);
            } else if PERSONAL.contains(&k) {
                person[l.obj as usize] = true;
            }
        }
        for i in names {
            let o = leaves[i].obj as usize;
            if person[o] {
                leaves[i].state = self.ks.child(objs[o].state, b"person_name");
            }
        }
    }

    /// Columns as objects keyed by row number (`{"last": {"0": "Sokolov", "1": "Nishimura"}}`, a
    /// data frame written column-wise; PHP arrays serialized as objects): under a key that names
    /// what it holds, a member named by a number is a position, and its value is keyed by the
    /// name above it. Under an opaque key (`fields.14`) the number stays part of the key.
    fn apply_index_rules(&mut self, text: &Bytes, leaves: &mut [json::Leaf], objs: &[json::Obj]) {
        for l in leaves.iter_mut() {
            if l.obj == u32::MAX || l.kind == json::LeafKind::Key || l.key.is_empty() || l.key.len() > 6 {
                continue;
            }
            if !text[l.key.clone()].iter().all(u8::is_ascii_digit) {
                continue;
            }
            let o = objs[l.obj as usize].state;
            if !self.ks.class(o).pos.is_empty() {
                l.state = o;
            }
        }
    }

    /// Tables sent as column names and rows (`{"columns": ["first_name", …], "rows": [["Maria",
    /// …], …]}`, or columns as objects with a `name`, as SQL-over-HTTP APIs and data exports
    /// write them): each cell is keyed by its column's name.
    fn apply_column_rules(&mut self, text: &Bytes, leaves: &mut [json::Leaf], objs: &[json::Obj]) {
        const COLUMNS: &[&[u8]] = &[
            b"columns",
            b"cols",
            b"fields",
            b"headers",
            b"header",
            b"column_names",
            b"columnNames",
            b"field_names",
            b"fieldNames",
            b"columnnames",
            b"rowType",
            b"row_type",
        ];
        const ROWS: &[&[u8]] = &[b"rows", b"data", b"values", b"records", b"data_array", b"dataArray", b"columnvalues", b"column_values"];
        const COLUMN_NAME: &[&[u8]] = &[b"name", b"label", b"field", b"title", b"key"];
        const MAX_COLUMNS: usize = 1024;
        let is_key_in = |l: &json::Leaf, set: &[&[u8]]| l.kind == json::LeafKind::Key && set.contains(&&text[l.span.clone()]);
        if !leaves.iter().any(|l| is_key_in(l, COLUMNS)) {
            return;
        }
        // The leaves of the member whose name is at `k`: up to the owner's next member name.
        let member = |k: usize, leaves: &[json::Leaf]| {
            let o = leaves[k].obj;
            let end = objs[o as usize].leaves.end;
            let stop = (k + 1..end).find(|&i| leaves[i].kind == json::LeafKind::Key && leaves[i].obj == o).unwrap_or(end);
            k + 1..stop
        };
        for k in 0..leaves.len() {
            if !is_key_in(&leaves[k], COLUMNS) || leaves[k].obj == u32::MAX {
                continue;
            }
            let o = leaves[k].obj as usize;
            let cols_state = self.ks.child(objs[o].state, &text[leaves[k].span.clone()]);
            let mut names: Vec<Option<Range<usize>>> = vec![];
            let mut item_objs = 0usize;
            let mut last_obj = u32::MAX;
            for i in member(k, leaves) {
                let l = &leaves[i];
                let name_span = if l.obj == u32::MAX && l.state == cols_state && !l.row && l.idx != u32::MAX {
                    // A column given by its name.
                    matches!(l.kind, json::LeafKind::Str { escaped: false }).then(|| (l.idx as usize, l.span.clone()))
                } else if l.obj != u32::MAX && objs[l.obj as usize].state == cols_state && objs[l.obj as usize].parent == u32::MAX {
                    // A column given as an object (columns are those objects, in order): its
                    // first name-like member.
                    if l.obj != last_obj {
                        last_obj = l.obj;
                        item_objs += 1;
                    }
                    let v = leaves.get(i + 1).filter(|v| v.obj == l.obj && matches!(v.kind, json::LeafKind::Str { escaped: false }));
                    let j = item_objs - 1;
                    v.filter(|_| is_key_in(l, COLUMN_NAME) && names.get(j).is_none_or(Option::is_none)).map(|v| (j, v.span.clone()))
                } else {
                    None
                };
                if let Some((j, span)) = name_span {
                    if j >= MAX_COLUMNS || span.len() > 64 {
                        continue;
                    }
                    if names.len() <= j {
                        names.resize(j + 1, None);
                    }
                    names[j] = Some(span);
                }
            }
            if names.iter().all(Option::is_none) {
                continue;
            }
            // Row members beside the columns (or, when there are none, anywhere else in the
            // document: Databricks' `manifest.schema.columns` and `result.data_array`,
            // Snowflake's `resultSetMetaData.rowType` and `data`): each cell of a row keyed by
            // its column. Rows are arrays of cells, or one flat array of them
            // (`columnnames`/`columnvalues` of a logical-decoding change).
            let siblings: Vec<usize> =
                objs[o].leaves.clone().filter(|&r| leaves[r].obj as usize == o && is_key_in(&leaves[r], ROWS)).collect();
            let cols_member = member(k, leaves);
            let row_members: Vec<usize> = if siblings.is_empty() {
                (0..leaves.len())
                    .filter(|&r| is_key_in(&leaves[r], ROWS) && leaves[r].obj != u32::MAX && !cols_member.contains(&r))
                    .collect()
            } else {
                siblings
            };
            for r in row_members {
                let rows_state = self.ks.child(objs[leaves[r].obj as usize].state, &text[leaves[r].span.clone()]);
                let cells = member(r, leaves);
                let flat = !leaves[cells.clone()].iter().any(|l| l.row);
                for i in cells {
                    let l = &leaves[i];
                    if l.obj != u32::MAX || l.state != rows_state || l.row == flat || l.idx == u32::MAX || l.kind == json::LeafKind::Key {
                        continue;
                    }
                    if let Some(Some(name)) = names.get(l.idx as usize) {
                        let state = self.ks.child(rows_state, &text[name.clone()]);
                        leaves[i].state = state;
                    }
                }
            }
        }
    }

    /// Objects that pair a name with a value (`{"name": "email", "value": …}`, FHIR identifiers
    /// and telecoms): the value is keyed by what its sibling says it is.
    fn apply_sibling_rules(&mut self, text: &Bytes, leaves: &mut [json::Leaf], objs: &[json::Obj]) {
        const DISCRIMINATORS: &[&[u8]] = &[
            b"name",
            b"key",
            b"field",
            b"fieldName",
            b"field_name",
            b"label",
            b"type",
            b"system",
            b"attribute",
            b"property",
            b"param",
            b"url",
            b"title",
            b"idType",
            b"id_type",
            b"identifierType",
            b"identifier_type",
            b"question",
            b"prompt",
            // JSON Patch (`{"op": "replace", "path": "/patient/birthDate", "value": …}`).
            b"path",
            // Query filters written short (`{"f": "lname", "op": "eq", "v": "…"}`).
            b"f",
            b"k",
        ];
        const SELECTORS: &[&[u8]] = &[b"selector", b"css_selector", b"cssSelector", b"target_selector"];
        // `value`, and `…Value` / `…_value` members that are not typed wrappers (`idValue`).
        let value_key = |k: &[u8]| {
            k.eq_ignore_ascii_case(b"value")
                || k.eq_ignore_ascii_case(b"val")
                || k == b"v"
                // An identity document or a phone: `{"type": "DRIVER_LICENSE", "number": "…"}`.
                || k == b"number"
                || k.eq_ignore_ascii_case(b"answer")
                || k == b"valueString"
                || ((k.ends_with(b"Value") || k.ends_with(b"_value")) && k.len() > 6 && !TYPED.contains(&k))
        };
        // Typed values one level down, as OpenTelemetry writes attributes:
        // `{"key": "patient.mrn", "value": {"stringValue": "…"}}`.
        const TYPED: &[&[u8]] = &[b"stringValue", b"intValue", b"doubleValue", b"bytesValue", b"string_value", b"int_value"];
        // Only objects with a `value`-like member can pair: find them in one pass.
        let mut paired = vec![false; objs.len()];
        let mut typed: Vec<Option<usize>> = vec![];
        for (i, l) in leaves.iter().enumerate() {
            if l.obj == u32::MAX || l.kind == json::LeafKind::Key {
                continue;
            }
            let k = &text[l.key.clone()];
            if value_key(k) {
                paired[l.obj as usize] = true;
            } else if k.starts_with(b"value") && self.ks.path(l.state).contains("answer.value") {
                // A questionnaire item holding its answers (see below): the nearest object
                // around the answer (an array item, so not its `parent`).
                if let Some(outer) = (0..l.obj as usize).rev().find(|&o| objs[o].leaves.contains(&i)) {
                    paired[outer] = true;
                }
            } else if k == b"ref" && self.ks.path(l.state).ends_with("field.ref") {
                // Form answers (Typeform): `{"type": "text", "text": "…", "field": {"ref": "first_name"}}`.
                let outer = objs[l.obj as usize].parent as usize;
                if outer < objs.len() {
                    paired[outer] = true;
                }
            } else if TYPED.contains(&k) && self.ks.path(objs[l.obj as usize].state).ends_with("value") {
                // The object holding the typed value is the `value` member of its parent.
                let outer = objs[l.obj as usize].parent as usize;
                if outer < objs.len() {
                    if typed.is_empty() {
                        typed = vec![None; objs.len()];
                    }
                    typed[outer] = Some(i);
                    paired[outer] = true;
                }
            }
        }
        for (oid, obj) in objs.iter().enumerate() {
            if !paired[oid] {
                continue;
            }
            let members = obj.leaves.clone();
            let mut value_leaf = None;
            let mut disc: Option<String> = None;
            let mut code: Option<String> = None;
            let mut sel: Option<String> = None;
            let mut type_val: Option<&[u8]> = None;
            let mut field_ref: Option<String> = None;
            // A FHIR QuestionnaireResponse item: `{"linkId": "2", "text": "Date of birth",
            // "answer": [{"valueDate": "…"}]}`; its question's text keys its answer.
            let mut question: Option<String> = None;
            let mut answer: Option<usize> = None;
            for i in members.clone() {
                let l = &leaves[i];
                if l.kind == json::LeafKind::Key || !matches!(l.kind, json::LeafKind::Str { .. } | json::LeafKind::Scalar) {
                    continue;
                }
                let direct = l.obj == oid as u32;
                let k = &text[l.key.clone()];
                if direct && k == b"text" && matches!(l.kind, json::LeafKind::Str { .. }) {
                    question = Some(String::from_utf8_lossy(&text[l.span.clone()]).to_string());
                } else if !direct && answer.is_none() && k.starts_with(b"value") && self.ks.path(l.state).contains("answer.value") {
                    answer = Some(i);
                }
                if direct && value_key(k) && value_leaf.is_none_or(|v: usize| !text[leaves[v].key.clone()].eq_ignore_ascii_case(b"value")) {
                    value_leaf = Some(i);
                } else if direct && DISCRIMINATORS.iter().any(|d| d.eq_ignore_ascii_case(k)) && matches!(l.kind, json::LeafKind::Str { .. })
                {
                    if k.eq_ignore_ascii_case(b"type") {
                        type_val = Some(&text[l.span.clone()]);
                    }
                    let v = String::from_utf8_lossy(&text[l.span.clone()]).to_string();
                    if disc.is_none() || k.eq_ignore_ascii_case(b"system") {
                        disc = Some(v);
                    }
                } else if !direct
                    && (k == b"ref" || k == b"title")
                    && l.obj != u32::MAX
                    && objs[l.obj as usize].parent == oid as u32
                    && self.ks.path(l.state).ends_with(if k == b"ref" { "field.ref" } else { "field.title" })
                {
                    // A ref the form's author named (`first_name`) wins over the question's
                    // title; a generated one (a UUID) does not.
                    let v = String::from_utf8_lossy(&text[l.span.clone()]).to_string();
                    let generated = |r: &str| r.bytes().filter(u8::is_ascii_digit).count() >= 4;
                    let better = match &field_ref {
                        None => true,
                        Some(r) => generated(r) && !generated(&v),
                    };
                    if better {
                        field_ref = Some(v);
                    }
                } else if direct && SELECTORS.contains(&k) && matches!(l.kind, json::LeafKind::Str { .. }) {
                    // Session replay and form capture: `{"selector": "input[name=\"dob\"]", "value": …}`.
                    if let Some(name) = selector_name(&text[l.span.clone()]) {
                        sel = Some(name);
                    }
                } else if !direct && k == b"code" && self.ks.path(l.state).ends_with("type.coding.code") {
                    code = Some(String::from_utf8_lossy(&text[l.span.clone()]).to_string());
                } else if !direct && k == b"text" && code.is_none() && self.ks.path(l.state).ends_with("type.text") {
                    // FHIR `type: {text: "MRN"}` without a coding.
                    code = Some(String::from_utf8_lossy(&text[l.span.clone()]).to_string());
                }
            }
            // A form answer keeps its value under the member its type names (`"text"`, `"date"`,
            // `"email"`, `"phone_number"`), and its field's `ref` names it.
            let by_type = || {
                let t = type_val?;
                members.clone().find(|&i| {
                    let l = &leaves[i];
                    l.obj == oid as u32 && l.kind != json::LeafKind::Key && text[l.key.clone()] == *t
                })
            };
            let value_leaf = if field_ref.is_some() { value_leaf.or_else(by_type) } else { value_leaf };
            let (value_leaf, mut disc) = match (value_leaf, answer, question) {
                (None, Some(a), Some(q)) => (Some(a), Some(q)),
                (v, _, _) => (v, disc),
            };
            let Some(v) = value_leaf.or_else(|| typed.get(oid).copied().flatten()) else { continue };
            if sel.is_some() {
                disc = sel;
            }
            if field_ref.is_some() {
                disc = field_ref;
            }
            let canonical = code.as_deref().and_then(identifier_type).or_else(|| disc.as_deref().and_then(identifier_type)).or_else(|| {
                // A question reads as a key once its punctuation is gone ("What's your first
                // name?" → `whats_your_first_name`).
                disc.map(|d| {
                    // A definition named by URL (a FHIR extension's
                    // `…/StructureDefinition/patient-mothersMaidenName`): its last part.
                    let d =
                        if d.contains("://") || d.starts_with("urn:") { d.rsplit(['/', ':']).next().unwrap_or(&d).to_string() } else { d };
                    d.trim_end_matches(['?', ':', '*', ' ']).chars().filter(|c| !matches!(c, '\'' | '’' | '?' | '*')).collect::<String>()
                })
                .filter(|d| d.len() <= 64 && d.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | ' ' | '.' | ',' | '/')))
            });
            if let Some(c) = canonical {
                leaves[v].state = self.ks.child(obj.state, c.as_bytes());
            }
        }
    }
}

/// Typed-value wrappers (Firestore `{"patientName": {"stringValue": "…"}}`, DynamoDB
/// `{"dob": {"S": "…"}}`, protobuf `Value`, Firebase user properties `{"home_zip": {"value":
/// "…"}}`, Avro unions `{"zip": {"string": "…"}}`): a wrapper that is its object's only member is
/// transparent, so the value is keyed by the member holding the wrapper.
fn apply_wrapper_rules(text: &Bytes, leaves: &mut [json::Leaf], objs: &[json::Obj]) {
    const WRAPPERS: &[&[u8]] = &[
        b"stringValue",
        b"integerValue",
        b"doubleValue",
        b"timestampValue",
        b"referenceValue",
        b"numberValue",
        b"string_value",
        b"int_value",
        b"intValue",
        b"value",
        b"S",
        b"N",
        b"string",
        b"int",
        b"long",
        b"double",
    ];
    for i in 0..leaves.len() {
        let l = &leaves[i];
        // Lengths first: most member names are none of these.
        if l.obj == u32::MAX || !matches!(l.key.len(), 1 | 3 | 4 | 5 | 6 | 8 | 9 | 11..=14) || l.kind == json::LeafKind::Key {
            continue;
        }
        if !WRAPPERS.contains(&&text[l.key.clone()]) {
            continue;
        }
        let o = &objs[l.obj as usize];
        let members = leaves[o.leaves.clone()].iter().filter(|m| m.obj == l.obj && m.kind == json::LeafKind::Key).count();
        if members == 1 {
            leaves[i].state = o.state;
        }
    }
}

/// The field a CSS selector names: the last `[name=…]` or `[id=…]` attribute, else the last
/// `#id` (`form#intake input[name="dob"]` → `dob`, `#first_name` → `first_name`).
fn selector_name(sel: &[u8]) -> Option<String> {
    let s = std::str::from_utf8(sel).ok()?.replace("\\\"", "\"");
    if s.len() > 200 {
        return None;
    }
    let ident = |t: &str| -> Option<String> {
        let t = t.trim_matches(|c: char| c == '"' || c == '\'' || c.is_whitespace());
        let end = t.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-')).unwrap_or(t.len());
        let t = &t[..end];
        (!t.is_empty() && t.as_bytes()[0].is_ascii_alphabetic()).then(|| t.to_string())
    };
    for attr in ["[name=", "[id=", "[data-field=", "[autocomplete="] {
        if let Some(k) = s.rfind(attr) {
            if let Some(n) = ident(&s[k + attr.len()..]) {
                return Some(n);
            }
        }
    }
    let k = s.rfind('#')?;
    ident(&s[k + 1..])
}

/// Identifier type codes and systems (HL7 v2 table 0203, FHIR) → the key they amount to.
fn identifier_type(s: &str) -> Option<String> {
    let l = s.to_ascii_lowercase();
    let k = match l.as_str() {
        "mr" | "mrn" | "pi" | "pt" | "pn" => "mrn",
        "ss" | "ssn" | "sb" => "ssn",
        "dl" => "drivers_license",
        "ppn" => "passport",
        "mb" | "ma" | "mc" | "sn" | "mcn" | "mid" => "member_id",
        "npi" => "npi",
        "phone" | "fax" | "sms" | "pager" | "mobile" => "phone",
        "email" => "email",
        _ if l.contains("us-ssn") || l.contains("2.16.840.1.113883.4.1") => "ssn",
        _ if l.contains("us-mbi") => "mbi",
        _ if l.contains("us-npi") || l.contains("2.16.840.1.113883.4.6") => "npi",
        _ if l.contains("driver") => "drivers_license",
        _ if l.contains("passport") => "passport",
        _ if l.contains("medicaid") || l.contains("member") => "member_id",
        _ if l.contains("social security") => "ssn",
        _ if l.contains("mrn") || l.contains("medical-record") || l.contains("medical_record") || l.contains("medical record") => "mrn",
        _ => return None,
    };
    Some(k.to_string())
}

fn trim_ws(t: &[u8]) -> Range<usize> {
    let a = t.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(t.len());
    let b = t.iter().rposition(|b| !b.is_ascii_whitespace()).map_or(a, |p| p + 1);
    a..b
}

fn trim_ws_slice(t: &[u8]) -> &[u8] {
    &t[trim_ws(t)]
}

/// The per-message searcher for values found by their keys.
enum Searcher {
    Packed(aho_corasick::packed::Searcher),
    Automaton(aho_corasick::AhoCorasick),
}

impl Searcher {
    /// Leftmost-longest, non-overlapping matches as (pattern index, span).
    fn find_iter<'a>(&'a self, t: &'a [u8]) -> Box<dyn Iterator<Item = (usize, Range<usize>)> + 'a> {
        match self {
            Searcher::Packed(p) => Box::new(p.find_iter(t).map(|m| (m.pattern().as_usize(), m.start()..m.end()))),
            Searcher::Automaton(a) => Box::new(a.find_iter(t).map(|m| (m.pattern().as_usize(), m.start()..m.end()))),
        }
    }
}
