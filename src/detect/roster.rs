//! Exact data match against the practice's own roster.
//!
//! Patterns cannot tell that "Rosa Delgado" in a log line is a patient; the roster can. Each
//! roster value is normalized by its category (names case-folded, accents and punctuation dropped;
//! dates to ISO; phones and SSNs to digits; emails lowercase; identifiers uppercase) and kept only
//! as a keyed digest (SipHash-2-4 under a key derived from the configured HMAC key): no plaintext
//! stays in memory. SHA-256 digests of each email and phone, as tracking pixels and conversion
//! APIs send them, are indexed too.
//!
//! Matching, in every text view: identifiers (MRN, member id, SSN, phone, email) as tokens;
//! names as adjacent pairs of one row ("Rosa Delgado", "Delgado, Rosa", `DELGADO^ROSA`); a
//! single name word counts only under a key that says it is a name, or when another value of the
//! same row is nearby, and never when it is an ordinary word ("Will", "Hope").

use super::keys::KeyClass;
use super::{Category, Fields, Finding};
use crate::sensitive::Sensitive;
use rustc_hash::{FxHashMap, FxHashSet};
use std::hash::Hasher;
use std::ops::Range;
use std::path::PathBuf;

/// Rows a single name word may point at before it counts as common (then only pairs match it).
const MAX_ROWS_PER_WORD: usize = 48;
/// log2 of the filter's size in bits (1 MiB): a few percent full at 100,000 rows.
const FILTER_BITS: u32 = 23;
/// How far (bytes) a confirming value of the same row may be from a single name word.
const CONFIRM_WINDOW: usize = 240;

/// What the config says about one roster file.
#[derive(Debug, Clone)]
pub struct RosterSpec {
    pub path: PathBuf,
    /// CSV column → category.
    pub columns: Vec<(String, Category)>,
    /// Key material; `None` means a random key for this process.
    pub key: Option<Sensitive<Vec<u8>>>,
}

/// What loading found, for `phiwall check` and the logs: counts and line numbers, never values.
#[derive(Debug, Clone, Default)]
pub struct LoadReport {
    pub file: String,
    pub rows: usize,
    pub columns: Vec<(String, Category)>,
    pub skipped_lines: Vec<u64>,
    pub random_key: bool,
    /// Identifier formats learned from the MRN and member-id columns.
    pub id_formats: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum RosterError {
    #[error("cannot read the roster {0}: {1}")]
    Read(String, String),
    #[error("the roster {0} has no column `{1}`; its columns are: {2}")]
    MissingColumn(String, String, String),
}

#[derive(Debug, Clone)]
struct Word {
    /// Rows (and column) this word belongs to; `None` when it is too common to track.
    rows: Option<RowRefs>,
    /// The column it came from in its first row (for the detector id).
    col: u16,
    /// An everyday word too ("will", "hope"): decided once, at load.
    ordinary: bool,
}

/// Rows (and the column within each) a value belongs to. Most values belong to one row: that
/// one is kept inline, so a 100,000-row roster is not 400,000 small allocations.
#[derive(Debug, Clone)]
enum RowRefs {
    One([(u32, u16); 1]),
    Many(Vec<(u32, u16)>),
}

impl RowRefs {
    fn push(&mut self, r: (u32, u16)) {
        match self {
            RowRefs::One([first]) => *self = RowRefs::Many(vec![*first, r]),
            RowRefs::Many(v) => v.push(r),
        }
    }
}

impl std::ops::Deref for RowRefs {
    type Target = [(u32, u16)];
    fn deref(&self) -> &[(u32, u16)] {
        match self {
            RowRefs::One(one) => one,
            RowRefs::Many(v) => v,
        }
    }
}
/// A roster date found in a view, waiting for a same-row value to confirm it.
type DateHit = (Range<usize>, RowRefs);

/// What one scan collects before deciding on names and dates.
#[derive(Default)]
struct State {
    name_toks: Vec<Tok>,
    /// Values of the roster found here, for confirming single name words and dates: (pos, row).
    anchors: Vec<(usize, u32)>,
    dob_hits: Vec<DateHit>,
    /// Scratch for normalized tokens.
    buf: String,
}

/// A name word found in a view.
struct Tok {
    span: Range<usize>,
    rows: Option<RowRefs>,
    col: u16,
    word: String,
    ordinary: bool,
}

/// The way a practice writes its own identifiers, learned from the roster: an uppercase prefix
/// and a fixed count of digits (`RCH` and 7 for `RCH-0123456`). Shared by many rows, it is a
/// format, not a value: the identifiers of patients missing from the roster have it too.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct IdShape {
    prefix: String,
    digits: u8,
    /// The roster column (for the category and detector).
    col: u16,
}

impl IdShape {
    /// The (prefix, digit count) of one identifier: 1-5 ASCII letters, an optional `-`, 5-12
    /// digits. Borrowed: the scan asks it of every token with a digit.
    fn parts(v: &str) -> Option<(&str, u8)> {
        let b = v.as_bytes();
        let p = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
        let rest = b[p..].strip_prefix(b"-").unwrap_or(&b[p..]);
        ((1..=5).contains(&p) && (5..=12).contains(&rest.len()) && rest.iter().all(u8::is_ascii_digit)).then(|| (&v[..p], rest.len() as u8))
    }

    fn of(v: &str, col: u16) -> Option<IdShape> {
        let (prefix, digits) = Self::parts(v.trim())?;
        Some(IdShape { prefix: prefix.to_ascii_uppercase(), digits, col })
    }
}

/// Rows that must share a shape, and the share of a column's values, before it counts as the
/// practice's format.
const SHAPE_MIN_ROWS: usize = 3;
const SHAPE_MIN_SHARE: usize = 10;

/// A loaded roster.
pub struct Roster {
    k0: u64,
    k1: u64,
    words: FxHashMap<u64, Word>,
    pairs: FxHashSet<u64>,
    values: FxHashMap<u64, RowRefs>,
    hashed: FxHashMap<u64, (u32, u16)>,
    /// A one-bit-per-slot filter over the word and value digests' inputs: most tokens of a view
    /// are not on the roster, and this turns them away for the cost of one multiply-hash instead
    /// of a SipHash and a table probe. Sparse (a few percent of bits set) and keyed, it cannot
    /// list the roster; it only says "maybe".
    filter: Vec<u64>,
    /// Column index → category, and the detector that reports it.
    pub columns: Vec<(String, Category)>,
    detectors: Vec<u16>,
    /// Whether any column holds phones / SSNs (the digit-group pass runs only then).
    has_phone: bool,
    has_ssn: bool,
    /// The practice's identifier formats (see [`IdShape`]).
    shapes: Vec<IdShape>,
    pub report: LoadReport,
}

impl std::fmt::Debug for Roster {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Roster").field("rows", &self.report.rows).field("columns", &self.columns).finish()
    }
}

/// Folds a character for name comparison: lowercase, accents dropped (canonical decomposition
/// without its combining marks), and the letters that do not decompose spelled in ASCII.
fn fold(c: char, out: &mut String) {
    use unicode_normalization::char::{decompose_canonical, is_combining_mark};
    if c.is_ascii() {
        if c.is_ascii_alphabetic() {
            out.push(c.to_ascii_lowercase());
        }
        return;
    }
    for l in c.to_lowercase() {
        match l {
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'ß' => out.push_str("ss"),
            'ø' => out.push('o'),
            'ł' => out.push('l'),
            'đ' | 'ð' => out.push('d'),
            'ı' => out.push('i'),
            'þ' => out.push_str("th"),
            _ => decompose_canonical(l, |d| {
                if d.is_alphabetic() && !is_combining_mark(d) {
                    out.push(d);
                }
            }),
        }
    }
}

/// Folds `s` into `out` (cleared first): its letters, folded; everything else dropped.
fn fold_into(s: &str, out: &mut String) {
    out.clear();
    if s.is_ascii() {
        out.extend(s.bytes().filter(u8::is_ascii_alphabetic).map(|b| b.to_ascii_lowercase() as char));
        return;
    }
    for c in s.chars() {
        fold(c, out);
    }
}

/// The normalized words of a name: folded letters only (digits and punctuation dropped, so
/// "O'Brien-Smith" gives "obrien", "smith"... and "Sumiko254" gives "sumiko").
pub fn name_words(s: &str) -> Vec<String> {
    let mut out = vec![];
    let mut n = String::new();
    for w in s.split(|c: char| c.is_whitespace() || matches!(c, ',' | '^' | '&' | '/' | '|' | ';' | '-')) {
        fold_into(w, &mut n);
        if n.len() >= 2 {
            out.push(n.clone());
        }
    }
    out
}

/// A phone number's national digits: a leading country code 1 dropped from 11 digits.
fn national(d: &str) -> &str {
    if d.len() == 11 && d.starts_with('1') {
        &d[1..]
    } else {
        d
    }
}

/// An identifier's normalized form into `out` (cleared first): its letters and digits, uppercase.
fn ident_into(s: &str, out: &mut String) {
    out.clear();
    out.extend(s.bytes().filter(u8::is_ascii_alphanumeric).map(|b| b.to_ascii_uppercase() as char));
}

/// The normalized form of a value of a non-name category, or `None` if it is not one.
pub fn normalize(cat: Category, s: &str) -> Option<String> {
    let s = s.trim();
    let digits = || s.chars().filter(char::is_ascii_digit).collect::<String>();
    match cat {
        Category::Dob | Category::Date => super::validators::parse_date(s.as_bytes()).map(|d| format!("{:04}-{:02}-{:02}", d.y, d.m, d.d)),
        Category::Phone => {
            let d = digits();
            let d = national(&d);
            (d.len() >= 7).then(|| d.to_string())
        }
        Category::Ssn | Category::CardNumber | Category::BankAccount | Category::Npi => {
            let d = digits();
            (d.len() >= 4).then_some(d)
        }
        Category::Email => (s.contains('@') && s.len() > 3).then(|| s.to_lowercase()),
        Category::Zip => {
            let d = digits();
            (d.len() >= 5).then(|| d[..5].to_string())
        }
        _ => {
            let mut n = String::new();
            ident_into(s, &mut n);
            (n.len() >= 3).then_some(n)
        }
    }
}

impl Roster {
    /// The filter slot of a tagged value: a keyed multiply-rotate hash, 8 bytes at a time.
    fn slot(&self, tag: u8, s: &str) -> usize {
        const M: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut h = self.k0 ^ u64::from(tag);
        let b = s.as_bytes();
        let mut chunks = b.chunks_exact(8);
        for c in &mut chunks {
            h = (h ^ u64::from_le_bytes(c.try_into().expect("8"))).wrapping_mul(M).rotate_left(29);
        }
        let mut last = [0u8; 8];
        last[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
        h = (h ^ u64::from_le_bytes(last) ^ (b.len() as u64) << 56).wrapping_mul(M);
        h ^= self.k1;
        h = (h ^ (h >> 32)).wrapping_mul(M);
        (h >> (64 - FILTER_BITS)) as usize
    }

    fn mark(&mut self, tag: u8, s: &str) {
        let i = self.slot(tag, s);
        self.filter[i / 64] |= 1 << (i % 64);
    }

    /// False when `s` (under `tag`) is certainly not on the roster.
    fn maybe(&self, tag: u8, s: &str) -> bool {
        let i = self.slot(tag, s);
        self.filter[i / 64] & (1 << (i % 64)) != 0
    }

    fn digest(&self, tag: u8, s: &str) -> u64 {
        let mut h = siphasher::sip::SipHasher24::new_with_keys(self.k0, self.k1);
        h.write_u8(tag);
        h.write(s.as_bytes());
        h.finish()
    }

    fn pair_digest(&self, a: &str, b: &str) -> u64 {
        let (x, y) = if a <= b { (a, b) } else { (b, a) };
        let mut h = siphasher::sip::SipHasher24::new_with_keys(self.k0, self.k1);
        h.write_u8(b'P');
        h.write(x.as_bytes());
        h.write_u8(0);
        h.write(y.as_bytes());
        h.finish()
    }

    /// Loads a roster CSV. `first_detector` is the scanner index of the first column's detector
    /// (one detector per column, in order).
    pub fn load(spec: &RosterSpec, first_detector: u16) -> Result<Roster, RosterError> {
        let file = spec.path.display().to_string();
        let material = match &spec.key {
            Some(k) => k.expose().clone(),
            None => {
                let mut k = [0u8; 32];
                ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut k).expect("random");
                k.to_vec()
            }
        };
        let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, &material);
        let tag = ring::hmac::sign(&key, b"phiwall roster digest v1");
        let t = tag.as_ref();
        let k0 = u64::from_le_bytes(t[..8].try_into().expect("8"));
        let k1 = u64::from_le_bytes(t[8..16].try_into().expect("8"));
        let mut r = Roster {
            k0,
            k1,
            words: FxHashMap::default(),
            pairs: FxHashSet::default(),
            values: FxHashMap::default(),
            hashed: FxHashMap::default(),
            filter: vec![0; 1 << (FILTER_BITS - 6)],
            columns: spec.columns.clone(),
            detectors: (0..spec.columns.len() as u16).map(|i| first_detector + i).collect(),
            has_phone: spec.columns.iter().any(|(_, c)| *c == Category::Phone),
            has_ssn: spec.columns.iter().any(|(_, c)| *c == Category::Ssn),
            shapes: vec![],
            report: LoadReport { file: file.clone(), columns: spec.columns.clone(), random_key: spec.key.is_none(), ..Default::default() },
        };
        let mut rdr = csv::ReaderBuilder::new()
            .flexible(true)
            .trim(csv::Trim::All)
            .from_path(&spec.path)
            .map_err(|e| RosterError::Read(file.clone(), e.to_string()))?;
        let headers = rdr.headers().map_err(|e| RosterError::Read(file.clone(), e.to_string()))?.clone();
        let mut idx = vec![];
        for (name, _) in &spec.columns {
            let i = headers
                .iter()
                .position(|h| h.trim().eq_ignore_ascii_case(name))
                .ok_or_else(|| RosterError::MissingColumn(file.clone(), name.clone(), headers.iter().collect::<Vec<_>>().join(", ")))?;
            idx.push(i);
        }
        let width = headers.len();
        // Size the tables once: about one row per 48 bytes of CSV.
        let est = std::fs::metadata(&spec.path).map_or(0, |m| m.len() as usize / 48).min(10_000_000);
        let per_row = |cat: Category| spec.columns.iter().filter(|(_, c)| *c == cat).count();
        let names = per_row(Category::Name);
        r.values.reserve(est * (spec.columns.len() - names));
        r.words.reserve(est);
        r.pairs.reserve(est * names.saturating_sub(1));
        r.hashed.reserve(est * (per_row(Category::Email) + 3 * per_row(Category::Phone)));
        let mut row: u32 = 0;
        let mut rec = csv::StringRecord::new();
        let mut shapes: FxHashMap<IdShape, usize> = FxHashMap::default();
        let mut filled = vec![0usize; spec.columns.len()];
        loop {
            let line = rdr.position().line() + 1;
            match rdr.read_record(&mut rec) {
                Ok(false) => break,
                Ok(true) => {}
                Err(_) => {
                    r.report.skipped_lines.push(line);
                    continue;
                }
            }
            if rec.len() != width {
                r.report.skipped_lines.push(rec.position().map_or(line, |p| p.line()));
                continue;
            }
            let mut names: Vec<String> = vec![];
            for (c, (&i, (_, cat))) in idx.iter().zip(&spec.columns).enumerate() {
                let v = rec.get(i).unwrap_or("");
                if v.is_empty() {
                    continue;
                }
                let c = c as u16;
                if *cat == Category::Name {
                    for w in name_words(v) {
                        let d = r.digest(b'W', &w);
                        r.mark(b'W', &w);
                        match r.words.entry(d) {
                            std::collections::hash_map::Entry::Vacant(v) => {
                                let ordinary = super::names::is_common_word(&w) || ORDINARY_NAMES.contains(&w.as_str());
                                v.insert(Word { rows: Some(RowRefs::One([(row, c)])), col: c, ordinary });
                            }
                            std::collections::hash_map::Entry::Occupied(mut o) => {
                                let e = o.get_mut();
                                if let Some(rows) = &mut e.rows {
                                    rows.push((row, c));
                                    if rows.len() > MAX_ROWS_PER_WORD {
                                        e.rows = None;
                                    }
                                }
                            }
                        }
                        names.push(w);
                    }
                } else if let Some(n) = normalize(*cat, v) {
                    if matches!(cat, Category::Mrn | Category::MemberId) {
                        filled[c as usize] += 1;
                        if let Some(shape) = IdShape::of(v, c) {
                            *shapes.entry(shape).or_default() += 1;
                        }
                    }
                    let d = r.digest(*cat as u8, &n);
                    r.mark(*cat as u8, &n);
                    match r.values.entry(d) {
                        std::collections::hash_map::Entry::Vacant(v) => {
                            v.insert(RowRefs::One([(row, c)]));
                        }
                        std::collections::hash_map::Entry::Occupied(mut o) => o.get_mut().push((row, c)),
                    }
                    // The hashed forms pixels and conversion APIs send.
                    if *cat == Category::Email {
                        let h = r.digest(b'H', &crate::audit::sha256(n.as_bytes()));
                        r.hashed.insert(h, (row, c));
                    }
                    if *cat == Category::Phone {
                        for form in [n.clone(), format!("1{n}"), format!("+1{n}")] {
                            let h = r.digest(b'H', &crate::audit::sha256(form.as_bytes()));
                            r.hashed.insert(h, (row, c));
                        }
                    }
                }
            }
            for i in 0..names.len() {
                for j in i + 1..names.len() {
                    if names[i] != names[j] {
                        let p = r.pair_digest(&names[i], &names[j]);
                        r.pairs.insert(p);
                    }
                }
            }
            row += 1;
        }
        r.report.rows = row as usize;
        r.shapes = shapes
            .into_iter()
            .filter(|(shape, n)| *n >= SHAPE_MIN_ROWS && n * 100 >= filled[shape.col as usize] * SHAPE_MIN_SHARE)
            .map(|(shape, _)| shape)
            .collect();
        r.shapes.sort_by(|a, b| (&a.prefix, a.digits).cmp(&(&b.prefix, b.digits)));
        r.report.id_formats = r.shapes.len();
        Ok(r)
    }

    /// The scanner indices of this roster's detectors (one per column).
    pub fn detectors(&self) -> &[u16] {
        &self.detectors
    }

    /// Finds roster values in `hay`. `name_key` says whether a key class marks a field as a name.
    pub fn scan(&self, hay: &[u8], fields: &dyn Fields, name_key: &dyn Fn(&KeyClass) -> bool, out: &mut Vec<Finding>) {
        let Ok(text) = std::str::from_utf8(hay) else {
            // Invalid bytes become spaces, one for one, so every span still points into `hay`.
            let mut clean = hay.to_vec();
            let mut at = 0;
            while let Err(e) = std::str::from_utf8(&clean[at..]) {
                let bad = at + e.valid_up_to();
                let len = e.error_len().unwrap_or(clean.len() - bad);
                clean[bad..bad + len].fill(b' ');
                at = bad + len;
            }
            return self.scan(&clean, fields, name_key, out);
        };
        let mut st = State::default();
        let bytes = text.as_bytes();
        // One pass over tokens: runs of letters, digits and the punctuation identifiers use.
        let mut i = 0;
        while i < bytes.len() {
            let c = bytes[i];
            if !(c.is_ascii_alphanumeric() || c >= 0x80) {
                i += 1;
                continue;
            }
            let start = i;
            // A token: alphanumerics, with inner . - _ ' + @ kept (emails, ids, O'Brien).
            while i < bytes.len() {
                let b = bytes[i];
                let next = bytes.get(i + 1).copied().unwrap_or(0);
                let inner = matches!(b, b'.' | b'-' | b'_' | b'\'' | b'+' | b'@') && (next.is_ascii_alphanumeric() || next >= 0x80)
                    // Dates written with slashes ("3/14/1962").
                    || b == b'/' && next.is_ascii_digit() && bytes[i - 1].is_ascii_digit();
                if b.is_ascii_alphanumeric() || b >= 0x80 || inner {
                    i += 1;
                } else {
                    break;
                }
            }
            let tok = &text[start..i];
            self.token(tok, start, &mut st, out);
        }
        let State { name_toks, mut anchors, dob_hits, .. } = st;
        // Digit groups separated by one separator make phones and SSNs ("(415) 555-0132").
        self.digit_runs(bytes, &mut anchors, out);
        // Names: adjacent words of one row; else one word with a name key or a same-row value near.
        let mut used = vec![false; name_toks.len()];
        for k in 0..name_toks.len() {
            // Up to two words further (a middle name or initial in between).
            for step in 1..=2 {
                let Some(b) = name_toks.get(k + step) else { break };
                let a = &name_toks[k];
                let gap = &bytes[a.span.end..b.span.start];
                if gap.len() > 24 || !gap.iter().all(|c| matches!(c, b' ' | b',' | b'^' | b'\t' | b'.' | b'&')) && step == 1 {
                    break;
                }
                if step == 2 && !bytes[name_toks[k + 1].span.clone()].iter().all(|c| c.is_ascii_alphabetic()) {
                    break;
                }
                // Two everyday words ("will hope") are a name only when written like one.
                let capitalized = |t: &Tok| bytes[t.span.start].is_ascii_uppercase() || bytes[t.span.start] >= 0x80;
                if a.ordinary && b.ordinary && !(capitalized(a) && capitalized(b)) {
                    continue;
                }
                if self.pairs.contains(&self.pair_digest(&a.word, &b.word)) {
                    // The pair anchors its rows: a third word of the same name is confirmed.
                    if let (Some(ra), Some(rb)) = (&a.rows, &b.rows) {
                        for (r, _) in ra.iter().filter(|(r, _)| rb.iter().any(|(x, _)| x == r)) {
                            anchors.push((a.span.start, *r));
                        }
                    }
                    let col = a.col;
                    out.push(Finding {
                        detector: self.detectors[col as usize],
                        category: Category::Name,
                        span: a.span.clone(),
                        confidence: 95,
                    });
                    out.push(Finding {
                        detector: self.detectors[b.col as usize],
                        category: Category::Name,
                        span: b.span.clone(),
                        confidence: 95,
                    });
                    used[k] = true;
                    used[k + step] = true;
                    break;
                }
            }
        }
        // Anchors by position, so "a value of the same row near" is a window, not a scan of all.
        anchors.sort_unstable();
        let near = |at: usize, rows: &[(u32, u16)]| {
            let from = anchors.partition_point(|(pos, _)| *pos + CONFIRM_WINDOW < at);
            anchors[from..].iter().take_while(|(pos, _)| *pos <= at + CONFIRM_WINDOW).any(|(_, row)| rows.iter().any(|(r, _)| r == row))
        };
        for (k, t) in name_toks.iter().enumerate() {
            if used[k] || t.ordinary {
                continue;
            }
            let keyed = fields.field_at(t.span.start).is_some_and(|(_, class)| name_key(class));
            let confirmed = t.rows.as_ref().is_some_and(|rows| near(t.span.start, rows));
            if keyed || confirmed {
                out.push(Finding {
                    detector: self.detectors[t.col as usize],
                    category: Category::Name,
                    span: t.span.clone(),
                    confidence: if keyed { 95 } else { 85 },
                });
            }
        }
        // Dates of birth alone are shared by many: only with a value of the same row near.
        for (span, rows) in dob_hits {
            if near(span.start, &rows) {
                let col = rows[0].1;
                out.push(Finding { detector: self.detectors[col as usize], category: self.columns[col as usize].1, span, confidence: 90 });
            }
        }
    }

    fn token(&self, tok: &str, start: usize, st: &mut State, out: &mut Vec<Finding>) {
        let State { name_toks, anchors, dob_hits, buf } = st;
        let span = start..start + tok.len();
        let has_digit = tok.bytes().any(|b| b.is_ascii_digit());
        if tok.contains('@') {
            let n = tok.to_lowercase();
            if !self.maybe(Category::Email as u8, &n) {
                return;
            }
            let d = self.digest(Category::Email as u8, &n);
            if let Some(rows) = self.values.get(&d) {
                self.hit(rows, span.clone(), anchors, out);
            }
            return;
        }
        if !has_digit {
            // A name word (possibly with an apostrophe or hyphen: each part is a word).
            let mut off = 0;
            for part in tok.split(['-', '.', '_', '+']) {
                let p_start = start + off;
                off += part.len() + 1;
                fold_into(part, buf);
                if buf.len() < 2 {
                    continue;
                }
                if !self.maybe(b'W', buf) {
                    continue;
                }
                let d = self.digest(b'W', buf);
                if let Some(word) = self.words.get(&d) {
                    let w = buf.clone();
                    name_toks.push(Tok {
                        span: p_start..p_start + part.len(),
                        rows: word.rows.clone(),
                        col: word.col,
                        word: w,
                        ordinary: word.ordinary,
                    });
                }
            }
            return;
        }
        // Hex digests (hashed emails and phones).
        if matches!(tok.len(), 64) && tok.bytes().all(|b| b.is_ascii_hexdigit()) {
            let d = self.digest(b'H', &tok.to_ascii_lowercase());
            if let Some(&(row, col)) = self.hashed.get(&d) {
                anchors.push((start, row));
                out.push(Finding { detector: self.detectors[col as usize], category: Category::HashedIdentifier, span, confidence: 95 });
            }
            return;
        }
        // Identifiers as written, and dates (only tokens shaped like one go to the date parser).
        let date_shaped = numeric_date_shape(tok.as_bytes());
        for (_, cat) in &self.columns {
            let owned;
            let n: &str = match cat {
                Category::Name | Category::Email | Category::Phone | Category::Ssn => continue,
                Category::Dob | Category::Date if !date_shaped => continue,
                Category::Dob | Category::Date | Category::CardNumber | Category::BankAccount | Category::Npi | Category::Zip => {
                    match normalize(*cat, tok) {
                        Some(n) => {
                            owned = n;
                            &owned
                        }
                        None => continue,
                    }
                }
                _ => {
                    ident_into(tok, buf);
                    if buf.len() < 3 {
                        continue;
                    }
                    buf
                }
            };
            if !self.maybe(*cat as u8, n) {
                continue;
            }
            let d = self.digest(*cat as u8, n);
            if let Some(rows) = self.values.get(&d) {
                if matches!(cat, Category::Dob | Category::Date) {
                    dob_hits.push((span.clone(), rows.clone()));
                } else {
                    self.hit(rows, span.clone(), anchors, out);
                }
                return;
            }
        }
        // Not on the roster, but written the way the practice writes its identifiers: the token,
        // or a part of it between dots or underscores (`3388000000022217917.SFM3110007`).
        if !self.shapes.is_empty() {
            let mut off = 0;
            for part in std::iter::once(tok).chain(tok.contains(['.', '_']).then(|| tok.split(['.', '_'])).into_iter().flatten()) {
                let at = if part.len() == tok.len() {
                    start
                } else {
                    let a = start + off;
                    off += part.len() + 1;
                    a
                };
                let Some((prefix, digits)) = IdShape::parts(part) else { continue };
                // The prefix must be written in capitals, as the practice writes it.
                if prefix.as_bytes()[0].is_ascii_uppercase() {
                    if let Some(s) = self.shapes.iter().find(|s| s.digits == digits && s.prefix.eq_ignore_ascii_case(prefix)) {
                        out.push(Finding {
                            detector: self.detectors[s.col as usize],
                            category: self.columns[s.col as usize].1,
                            span: at..at + part.len(),
                            confidence: 80,
                        });
                        return;
                    }
                }
            }
        }
    }

    fn hit(&self, rows: &[(u32, u16)], span: Range<usize>, anchors: &mut Vec<(usize, u32)>, out: &mut Vec<Finding>) {
        for (row, _) in rows.iter().take(8) {
            anchors.push((span.start, *row));
        }
        let col = rows[0].1;
        out.push(Finding { detector: self.detectors[col as usize], category: self.columns[col as usize].1, span, confidence: 95 });
    }

    /// Phones and SSNs: digit groups joined by single separators.
    fn digit_runs(&self, b: &[u8], anchors: &mut Vec<(usize, u32)>, out: &mut Vec<Finding>) {
        if !self.has_phone && !self.has_ssn {
            return;
        }
        let mut digits = String::new();
        let mut i = 0;
        while i < b.len() {
            if !(b[i].is_ascii_digit() || (b[i] == b'(' || b[i] == b'+') && b.get(i + 1).is_some_and(u8::is_ascii_digit)) {
                i += 1;
                continue;
            }
            if i > 0 && b[i - 1].is_ascii_alphanumeric() {
                i += 1;
                while i < b.len() && b[i].is_ascii_alphanumeric() {
                    i += 1;
                }
                continue;
            }
            let start = i;
            digits.clear();
            let mut end = i;
            while i < b.len() {
                if b[i].is_ascii_digit() {
                    digits.push(b[i] as char);
                    i += 1;
                    end = i;
                } else if matches!(b[i], b'-' | b'.' | b' ' | b'(' | b')' | b'+')
                    && i + 1 < b.len()
                    && (b[i + 1].is_ascii_digit() || b[i + 1] == b' ' || b[i + 1] == b'(')
                    && digits.len() < 15
                {
                    i += 1;
                } else {
                    break;
                }
            }
            if end < b.len() && b[end].is_ascii_alphanumeric() {
                continue;
            }
            if digits.len() < 7 {
                continue;
            }
            let phone = national(&digits);
            let phone = self.has_phone.then_some(phone);
            let ssn = (self.has_ssn && digits.len() == 9).then_some(&digits[..]);
            for (cat, n) in [(Category::Phone, phone), (Category::Ssn, ssn)] {
                let Some(n) = n else { continue };
                if !self.maybe(cat as u8, n) {
                    continue;
                }
                let d = self.digest(cat as u8, n);
                if let Some(rows) = self.values.get(&d) {
                    self.hit(rows, start..end, anchors, out);
                    break;
                }
            }
        }
    }
}

/// Whether a token can be a numeric date: YYYYMMDD, or three digit groups joined by one kind of
/// separator with a four-digit year first or last (1962-03-14, 3/14/1962). Versions ("3.12.4"),
/// prices and ids are turned away here, before the date parser.
fn numeric_date_shape(t: &[u8]) -> bool {
    if t.len() == 8 && t.iter().all(u8::is_ascii_digit) {
        return true;
    }
    if !(8..=10).contains(&t.len()) {
        return false;
    }
    let Some(sep) = t.iter().copied().find(|b| !b.is_ascii_digit()) else { return false };
    if !matches!(sep, b'-' | b'/' | b'.') {
        return false;
    }
    let mut lens = [0usize; 3];
    let mut k = 0;
    for &b in t {
        if b == sep {
            k += 1;
            if k > 2 {
                return false;
            }
        } else if b.is_ascii_digit() {
            lens[k] += 1;
        } else {
            return false;
        }
    }
    k == 2 && lens.iter().all(|&l| l >= 1) && (lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2 || lens[2] == 4 && lens[0] <= 2 && lens[1] <= 2)
}

/// Given names that are also everyday words: alone, they are never taken for a patient.
const ORDINARY_NAMES: &[&str] = &[
    "will", "hope", "grace", "faith", "joy", "june", "may", "april", "august", "summer", "autumn", "dawn", "rose", "lily", "iris", "ivy",
    "jade", "ruby", "pearl", "amber", "crystal", "holly", "heather", "violet", "mark", "bill", "pat", "sue", "art", "guy", "rich", "frank",
    "ray", "dean", "dale", "glen", "cliff", "rod", "gene", "chase", "hunter", "mason", "carter", "taylor", "parker", "cooper", "porter",
    "baker", "miller", "king", "young", "white", "brown", "green", "black", "gray", "grey", "hill", "wood", "stone", "rice", "price",
    "long", "bell", "love", "star", "sky", "major", "page", "case", "lane", "field", "ford", "bishop", "judge", "sage", "reed", "wolf",
    "fox", "hall", "walker", "cook", "sunny", "honey", "destiny", "harmony", "trinity", "charity", "patience", "prince", "duke", "earl",
    "sterling", "justice", "liberty", "story", "journey", "haven", "royal",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::NoFields;

    fn roster(csv: &str) -> Roster {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("r.csv");
        std::fs::write(&p, csv).unwrap();
        let spec = RosterSpec {
            path: p,
            columns: vec![
                ("first".into(), Category::Name),
                ("last".into(), Category::Name),
                ("dob".into(), Category::Dob),
                ("mrn".into(), Category::Mrn),
                ("phone".into(), Category::Phone),
                ("email".into(), Category::Email),
            ],
            key: Some(Sensitive::new(b"test key material 0123456789abcd".to_vec())),
        };
        Roster::load(&spec, 100).unwrap()
    }

    const CSV: &str = "first,last,dob,mrn,phone,email\nRosa,Delgado,03/14/1962,4471823,(415) 555-0132,rosa.d@example.org\nWill,Hope,1980-01-02,A-99812,415.555.0199,will@example.org\nJosé,Núñez-Pérez,19700101,55501,,\nbad,row\n";

    fn found(r: &Roster, text: &str) -> Vec<(Category, String)> {
        let mut out = vec![];
        r.scan(text.as_bytes(), &NoFields, &|_| false, &mut out);
        let mut v: Vec<(Category, String)> = out.into_iter().map(|f| (f.category, text[f.span].to_string())).collect();
        v.sort();
        v
    }

    #[test]
    fn load_reports_counts_not_values() {
        let r = roster(CSV);
        assert_eq!(r.report.rows, 3);
        assert_eq!(r.report.skipped_lines, vec![5]);
        assert!(!format!("{r:?}").contains("Rosa"));
    }

    #[test]
    fn names_in_their_forms() {
        let r = roster(CSV);
        let n = |t: &str| found(&r, t).into_iter().filter(|(c, _)| *c == Category::Name).map(|(_, s)| s).collect::<Vec<_>>();
        assert_eq!(n("chart lock failed for Rosa Delgado today"), ["Delgado", "Rosa"]);
        assert_eq!(n("DELGADO, ROSA"), ["DELGADO", "ROSA"]);
        assert_eq!(n("PID|1||4471823||DELGADO^ROSA^M||"), ["DELGADO", "ROSA"]);
        assert_eq!(n("Summarize: rosa delgado called"), ["delgado", "rosa"]);
        assert_eq!(n("jose nunez-perez"), ["jose", "nunez", "perez"]);
        // One word alone: not a finding, unless confirmed by a value of the same row.
        assert!(n("Rosa called").is_empty());
        assert_eq!(n("Rosa called about MRN 4471823"), ["Rosa"]);
        // Ordinary words that are also names in the roster.
        assert!(n("Will you hope for the best?").is_empty());
        assert!(n("We will call, hope A-99812 is fine").is_empty());
    }

    #[test]
    fn spans_stay_in_place_around_invalid_utf8() {
        let r = roster(CSV);
        let hay = b"\xff\xfe note: \xc3 Rosa Delgado \xe2\x82 MRN 4471823";
        let mut out = vec![];
        r.scan(hay, &NoFields, &|_| false, &mut out);
        let mut got: Vec<&[u8]> = out.iter().map(|f| &hay[f.span.clone()]).collect();
        got.sort();
        assert_eq!(got, [&b"4471823"[..], b"Delgado", b"Rosa"]);
    }

    #[test]
    fn date_shapes() {
        for t in ["19620314", "1962-03-14", "3/14/1962", "03.14.1962", "1962/3/4"] {
            assert!(numeric_date_shape(t.as_bytes()), "{t}");
        }
        for t in ["123.45", "3.12.4", "605.1.15", "1962-03/14", "12345678a", "1700000000000", "10.0.0.1"] {
            assert!(!numeric_date_shape(t.as_bytes()), "{t}");
        }
    }

    #[test]
    fn never_stuck_on_punctuation() {
        let r = roster(CSV);
        // Regression: a '(' or '+' right after a word used to stop the digit-run loop.
        for t in ["a(415) 555", "x+1 415", "((((", "++1", "abc(", "9(9(9"] {
            found(&r, t);
        }
    }

    #[test]
    fn identifier_formats_learned_from_the_roster() {
        let mut csv = String::from("first,last,dob,mrn,phone,email\n");
        for i in 0..8 {
            csv.push_str(&format!("P{i},Q{i},1960-01-0{},RCH-{:07},,\n", i + 1, 1_234_000 + i));
        }
        csv.push_str("Ann,Odd,1961-01-01,55501,,\n");
        let r = roster(&csv);
        assert_eq!(r.report.id_formats, 1);
        // A patient missing from the roster, with an MRN written the practice's way.
        let f = found(&r, "user_id=RCH-9171466 ext RCH9171466 order RCH-91714 rch-9171466 XRCH-9171466 obj/3388000000022217917.RCH3110007");
        let mrns: Vec<&str> = f.iter().filter(|(c, _)| *c == Category::Mrn).map(|(_, s)| s.as_str()).collect();
        assert_eq!(mrns, ["RCH-9171466", "RCH3110007", "RCH9171466"]);
        // A format only one or two rows have is not the practice's.
        let r = roster(CSV);
        assert_eq!(r.report.id_formats, 0);
        assert!(found(&r, "A-12345").is_empty());
    }

    #[test]
    fn identifiers_hashes_and_dates() {
        let r = roster(CSV);
        let f = found(&r, "mrn=4471823 phone 415-555-0132 email ROSA.D@example.org member A99812");
        assert!(f.contains(&(Category::Mrn, "4471823".into())), "{f:?}");
        assert!(f.contains(&(Category::Phone, "415-555-0132".into())), "{f:?}");
        assert!(f.contains(&(Category::Email, "ROSA.D@example.org".into())), "{f:?}");
        assert!(f.contains(&(Category::Mrn, "A99812".into())), "{f:?}");
        let em = crate::audit::sha256(b"rosa.d@example.org");
        let ph = crate::audit::sha256(b"14155550132");
        let f = found(&r, &format!("ud[em]={em}&ud[ph]={ph}"));
        assert_eq!(f.iter().filter(|(c, _)| *c == Category::HashedIdentifier).count(), 2, "{f:?}");
        // A DOB alone is not enough; with the same row's MRN near, it is.
        assert!(found(&r, "event on 1962-03-14").is_empty());
        assert!(found(&r, "dob 1962-03-14 mrn 4471823").contains(&(Category::Dob, "1962-03-14".into())));
    }
}
