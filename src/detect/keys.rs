//! Keys as context: the field names a value sits under.
//!
//! A value's key path (JSON `patient.name.given`, form `metadata[patient_name]`, HL7 `PID-5.1`,
//! a header name, a CSV column) says more about what the value is than its shape does. Keys are
//! normalized once (lowercase, camelCase and separators to `_`, brackets and dots to path
//! segments) and classified against the detectors' key rules. Classifying is a regex set match;
//! it runs once per distinct key in a message thanks to [`KeyStates`], which interns
//! (parent, raw key) pairs so a JSON array of a thousand events costs a hash lookup per field,
//! and [`KeyCache`] remembers the classification across messages (per thread, per scanner), since
//! the same vendors receive the same keys request after request.

use super::Scanner;
use rustc_hash::FxHashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

/// A set of detector indices (at most [`MAX_DETECTORS`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DetSet([u64; 4]);

pub const MAX_DETECTORS: usize = 256;

impl DetSet {
    pub fn insert(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }
    pub fn contains(&self, i: usize) -> bool {
        self.0[i / 64] & (1 << (i % 64)) != 0
    }
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|w| *w == 0)
    }
    /// Whether the two sets share a detector.
    pub fn intersects(&self, other: &DetSet) -> bool {
        self.0.iter().zip(&other.0).any(|(a, b)| a & b != 0)
    }

    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        (0..MAX_DETECTORS).filter(move |i| self.contains(*i))
    }
}

/// What a key says about the values under it.
#[derive(Clone, Copy, Debug, Default)]
pub struct KeyClass {
    /// Detectors whose `context.keys` match: context for their patterns, and for key-only
    /// detectors, a reason to look at the whole value.
    pub pos: DetSet,
    /// Detectors whose `context.not_keys` match: their candidates here are dropped.
    pub neg: DetSet,
}

impl KeyClass {
    pub fn is_empty(&self) -> bool {
        self.pos.is_empty() && self.neg.is_empty()
    }
}

/// Appends the normalized segments of a raw key to `out` (joined by `.`): lowercase ASCII,
/// camelCase split by `_`, `-`/space to `_`, `.`/`[`/`]`/`/`/`:` separate segments.
pub fn normalize_key_into(raw: &[u8], out: &mut String) {
    let mut prev_lower = false;
    let mut seg_start = true;
    let s = String::from_utf8_lossy(raw);
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '.' | '[' | ']' | '/' | ':' | '>' => {
                if !seg_start {
                    out.push('.');
                    seg_start = true;
                }
                prev_lower = false;
            }
            '-' | '_' | ' ' | '$' | '@' | '#' => {
                if !seg_start && !out.ends_with('_') {
                    out.push('_');
                }
                prev_lower = false;
            }
            c if c.is_uppercase() => {
                // A plural acronym (`IPs`, `IDs`) is one word: its `s` is not the next word's start.
                let plural = chars.get(i + 1) == Some(&'s') && !chars.get(i + 2).is_some_and(|n| n.is_lowercase());
                let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase()) && !plural;
                let prev_upper = i > 0 && chars[i - 1].is_uppercase();
                if !seg_start && !out.ends_with('_') && (prev_lower || (prev_upper && next_lower)) {
                    out.push('_');
                }
                out.extend(c.to_lowercase());
                prev_lower = false;
                seg_start = false;
            }
            c if c.is_alphanumeric() => {
                out.push(c);
                prev_lower = c.is_lowercase() || c.is_ascii_digit();
                seg_start = false;
            }
            _ => {}
        }
    }
    while out.ends_with('.') || out.ends_with('_') {
        out.pop();
    }
}

/// Query operators as the last segment of a normalized key (`dob.eq` of `{"dob": {"$eq": …}}`).
const OPERATORS: &[&str] = &[
    "eq",
    "ne",
    "neq",
    "in",
    "nin",
    "gt",
    "gte",
    "lt",
    "lte",
    "regex",
    "like",
    "ilike",
    "nlike",
    "contains",
    "icontains",
    "containsi",
    "equals",
    "exact",
    "iexact",
    "startswith",
    "starts_with",
    "endswith",
    "ends_with",
    "match",
    "search",
    "between",
];

/// Drops a trailing query operator segment (`filters.zip.eq` → `filters.zip`).
fn strip_operator(path: &mut String) {
    if let Some(dot) = path.rfind('.') {
        if OPERATORS.contains(&&path[dot + 1..]) {
            path.truncate(dot);
        }
    }
}

pub fn normalize_key(raw: &[u8]) -> String {
    let mut s = String::new();
    normalize_key_into(raw, &mut s);
    s
}

/// Words keys are made of, for splitting keys written without separators
/// (`patientinsurancememberid`). A word listed here is never split itself.
const KEY_WORDS: &[&str] = &[
    "patient",
    "person",
    "member",
    "subscriber",
    "insured",
    "guarantor",
    "policy",
    "holder",
    "insurance",
    "medical",
    "record",
    "records",
    "number",
    "identifier",
    "id",
    "mrn",
    "chart",
    "account",
    "first",
    "last",
    "middle",
    "given",
    "family",
    "full",
    "sur",
    "name",
    "names",
    "surname",
    "firstname",
    "lastname",
    "fullname",
    "username",
    "nickname",
    "maiden",
    "birth",
    "birthday",
    "birthdate",
    "date",
    "dob",
    "day",
    "of",
    "zip",
    "zipcode",
    "postal",
    "postcode",
    "code",
    "phone",
    "mobile",
    "cell",
    "home",
    "work",
    "telephone",
    "fax",
    "email",
    "mail",
    "address",
    "street",
    "line",
    "city",
    "state",
    "county",
    "country",
    "social",
    "security",
    "ssn",
    "license",
    "driver",
    "drivers",
    "diagnosis",
    "condition",
    "problem",
    "reason",
    "visit",
    "appointment",
    "admit",
    "admission",
    "discharge",
    "service",
    "encounter",
    "primary",
    "secondary",
    "contact",
    "emergency",
    "next",
    "kin",
    "parent",
    "mother",
    "father",
    "spouse",
    "legal",
    "preferred",
    "mailing",
    "billing",
    "client",
    "customer",
    "user",
    "plan",
    "group",
    "card",
    "health",
    "care",
    "prescription",
    "medication",
    "external",
    "emr",
    "ehr",
    "sex",
    "gender",
    "age",
    "time",
    "number",
    "medicaid",
    "medicare",
    "beneficiary",
    "caregiver",
    "guardian",
    "pt",
    "pat",
    "dt",
    "nm",
    "brth",
    "zp",
    "cd",
    "tel",
    "ph",
    "addr",
    "nbr",
    "num",
    "no",
    "mbr",
    "ins",
    "dx",
    "fnm",
    "lnm",
    "mnm",
    "acct",
    "cust",
    "ref",
];

/// Abbreviations keys use, spelled out.
const KEY_ABBREVIATIONS: &[(&str, &str)] = &[
    ("nm", "name"),
    ("nme", "name"),
    ("fnm", "first_name"),
    ("lnm", "last_name"),
    ("mnm", "middle_name"),
    ("brth", "birth"),
    ("brthdt", "birth_date"),
    ("dt", "date"),
    ("zp", "zip"),
    ("cd", "code"),
    ("tel", "phone"),
    ("ph", "phone"),
    ("phn", "phone"),
    ("addr", "address"),
    ("nbr", "number"),
    ("num", "number"),
    ("no", "number"),
    ("mbr", "member"),
    ("ins", "insurance"),
    ("dx", "diagnosis"),
    ("pt", "patient"),
    ("pat", "patient"),
    ("acct", "account"),
    ("cust", "customer"),
];

/// A normalized key path with vendor affixes dropped (Salesforce `__c`, a `ns__` namespace),
/// glued words split and abbreviations spelled out; `None` when that changes nothing.
pub fn spelled_out(path: &str) -> Option<String> {
    let mut out = String::with_capacity(path.len() + 16);
    for (i, seg) in path.split('.').enumerate() {
        if i > 0 {
            out.push('.');
        }
        // Salesforce custom fields and objects (`HealthCloudGA__MedicalRecordNumber__c`,
        // normalized `health_cloud_ga_medical_record_number_c`): the raw `__` is gone by now, so
        // drop a trailing `_c`/`_r`/`_pc` word.
        let seg = ["_c", "_r", "_pc"].iter().find_map(|suf| seg.strip_suffix(suf).filter(|s| s.contains('_'))).unwrap_or(seg);
        // A bind or repeat number after a field's name (`first_name_1` of SQLAlchemy, `phone_2`).
        // Not a position in a segment (`n3_1_2`, `pid_5_1`): those keys carry digits before it.
        let seg = match seg.rsplit_once('_') {
            Some((head, n))
                if !n.is_empty()
                    && n.len() <= 2
                    && n.bytes().all(|b| b.is_ascii_digit())
                    && head.len() >= 3
                    && head.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') =>
            {
                head
            }
            _ => seg,
        };
        for (j, word) in seg.split('_').enumerate() {
            if j > 0 {
                out.push('_');
            }
            if let Some((_, full)) = KEY_ABBREVIATIONS.iter().find(|(a, _)| *a == word) {
                out.push_str(full);
            } else if let Some(parts) = split_glued(word) {
                for (k, p) in parts.iter().enumerate() {
                    if k > 0 {
                        out.push('_');
                    }
                    out.push_str(KEY_ABBREVIATIONS.iter().find(|(a, _)| a == p).map_or(p, |(_, f)| f));
                }
            } else {
                out.push_str(word);
            }
        }
    }
    (out != path).then_some(out)
}

/// A word of lowercase letters split into key words (fewest pieces), if it is made of them and
/// is not one itself.
fn split_glued(word: &str) -> Option<Vec<&str>> {
    let n = word.len();
    if !(5..=48).contains(&n) || !word.bytes().all(|b| b.is_ascii_lowercase()) || KEY_WORDS.contains(&word) {
        return None;
    }
    // best[i]: fewest pieces covering word[..i], and where the last piece starts.
    let mut best: Vec<Option<(u8, usize)>> = vec![None; n + 1];
    best[0] = Some((0, 0));
    for i in 1..=n {
        for j in i.saturating_sub(12)..i {
            if let Some((c, _)) = best[j] {
                if KEY_WORDS.contains(&&word[j..i]) && best[i].is_none_or(|(b, _)| c + 1 < b) {
                    best[i] = Some((c + 1, j));
                }
            }
        }
    }
    let (count, _) = best[n]?;
    if count < 2 {
        return None;
    }
    let mut parts = vec![];
    let mut i = n;
    while i > 0 {
        let (_, j) = best[i]?;
        parts.push(&word[j..i]);
        i = j;
    }
    parts.reverse();
    Some(parts)
}

/// Keeps the last `n` segments of a dotted path.
pub fn last_segments(path: &str, n: usize) -> &str {
    let mut count = 0;
    for (i, b) in path.bytes().enumerate().rev() {
        if b == b'.' {
            count += 1;
            if count == n {
                return &path[i + 1..];
            }
        }
    }
    path
}

/// Key paths already classified, per thread: (scanner, parent path, raw key) → (path, class).
/// Bounded (cleared when full), and emptied when another scanner (a reload) asks.
pub struct KeyCache {
    scanner: u64,
    map: FxHashMap<u64, Vec<Cached>>,
    len: usize,
}

/// One cached key: (parent path, raw key) and what it classified as.
struct Cached(Box<str>, Arc<[u8]>, Arc<str>, KeyClass);

impl KeyCache {
    const MAX: usize = 16 * 1024;

    fn get(
        scanner: &Scanner,
        parent_path: &str,
        raw: &[u8],
        compute: impl FnOnce(&str) -> (String, KeyClass),
    ) -> (Arc<[u8]>, Arc<str>, KeyClass) {
        thread_local! {
            static CACHE: std::cell::RefCell<KeyCache> =
                std::cell::RefCell::new(KeyCache { scanner: 0, map: FxHashMap::default(), len: 0 });
        }
        let mut h = rustc_hash::FxHasher::default();
        parent_path.hash(&mut h);
        raw.hash(&mut h);
        let h = h.finish();
        let hit = CACHE.with_borrow(|c| {
            (c.scanner == scanner.id())
                .then(|| c.map.get(&h)?.iter().find(|e| &*e.0 == parent_path && &*e.1 == raw).map(|e| (e.1.clone(), e.2.clone(), e.3)))
                .flatten()
        });
        if let Some(x) = hit {
            return x;
        }
        let (path, class) = compute(parent_path);
        let path: Arc<str> = path.into();
        let raw: Arc<[u8]> = raw.into();
        CACHE.with_borrow_mut(|c| {
            if c.scanner != scanner.id() || c.len >= Self::MAX {
                c.map.clear();
                c.len = 0;
                c.scanner = scanner.id();
            }
            c.map.entry(h).or_default().push(Cached(parent_path.into(), raw.clone(), path.clone(), class));
            c.len += 1;
        });
        (raw, path, class)
    }
}

struct State {
    parent: u32,
    raw: Arc<[u8]>,
    path: Arc<str>,
    class: KeyClass,
}

/// Interned key paths of one message (or one scan), each classified once.
///
/// State 0 is the root (no key). `child(parent, raw)` returns the state of `raw` under `parent`.
pub struct KeyStates<'s> {
    scanner: &'s Scanner,
    states: Vec<State>,
    index: FxHashMap<u64, u32>,
}

impl<'s> KeyStates<'s> {
    pub const ROOT: u32 = 0;
    /// Text that is a key, written where values usually are (`<Field name="Surname" value="…"/>`):
    /// nothing is found in it.
    pub const KEY_TEXT: u32 = 1;
    /// A JSON member name: scanned as text like a value without a key, but known to be a name.
    pub const MEMBER_NAME: u32 = 2;

    pub fn new(scanner: &'s Scanner) -> Self {
        let key_text = KeyClass { pos: DetSet::default(), neg: DetSet([u64::MAX; 4]) };
        KeyStates {
            scanner,
            states: vec![
                State { parent: u32::MAX, raw: Arc::new([]), path: "".into(), class: KeyClass::default() },
                State { parent: u32::MAX, raw: Arc::new([]), path: "".into(), class: key_text },
                State { parent: u32::MAX, raw: Arc::new([]), path: "".into(), class: KeyClass::default() },
            ],
            index: FxHashMap::default(),
        }
    }

    fn hash(parent: u32, raw: &[u8], salt: u64) -> u64 {
        let mut h = rustc_hash::FxHasher::default();
        parent.hash(&mut h);
        raw.hash(&mut h);
        salt.hash(&mut h);
        h.finish()
    }

    /// The state for key `raw` under `parent`.
    pub fn child(&mut self, parent: u32, raw: &[u8]) -> u32 {
        let mut salt = 0;
        loop {
            let h = Self::hash(parent, raw, salt);
            match self.index.get(&h) {
                Some(&id) => {
                    let s = &self.states[id as usize];
                    if s.parent == parent && &*s.raw == raw {
                        return id;
                    }
                    salt += 1;
                }
                None => {
                    let scanner = self.scanner;
                    let (raw_shared, path, class) = KeyCache::get(scanner, &self.states[parent as usize].path, raw, |parent_path| {
                        let mut path = parent_path.to_string();
                        if !path.is_empty() {
                            path.push('.');
                        }
                        normalize_key_into(raw, &mut path);
                        while path.ends_with('.') {
                            path.pop();
                        }
                        // A query operator (`{"dob": {"$eq": …}}`, `{"dob": {"_eq": …}}`,
                        // `filters[zip][$eq]=`) compares the field above it: not a key of its own.
                        if raw.first().is_some_and(|&b| b == b'$' || b == b'_') || raw.windows(2).any(|w| w == b"[$") {
                            strip_operator(&mut path);
                        }
                        let path = last_segments(&path, 4).to_string();
                        let class = scanner.classify_key(last_segments(&path, 3));
                        (path, class)
                    });
                    let id = self.states.len() as u32;
                    self.states.push(State { parent, raw: raw_shared, path, class });
                    self.index.insert(h, id);
                    return id;
                }
            }
        }
    }

    /// A state for a key that is already normalized (`pid.5.1`, `header.referer`).
    pub fn child_str(&mut self, parent: u32, key: &str) -> u32 {
        self.child(parent, key.as_bytes())
    }

    pub fn class(&self, state: u32) -> &KeyClass {
        &self.states[state as usize].class
    }

    pub fn len(&self) -> usize {
        self.states.len()
    }

    pub fn is_empty(&self) -> bool {
        false
    }

    /// The normalized path of a state (last four segments).
    pub fn path(&self, state: u32) -> &str {
        &self.states[state as usize].path
    }

    /// The path of a state fit to print (last four segments): a key whose raw form is not an
    /// identifier (spaces, over 40 bytes, five digits or more: a map keyed by names, dates or
    /// record numbers) is `*`, and so is a segment `hide` rejects.
    pub fn printable(&self, state: u32, hide: &dyn Fn(&str) -> bool) -> String {
        let mut segs: Vec<String> = vec![];
        let mut s = state;
        while s != Self::ROOT && s != u32::MAX && segs.len() < 4 {
            let st = &self.states[s as usize];
            let raw = &st.raw;
            let digits = raw.iter().filter(|b| b.is_ascii_digit()).count();
            let ident = raw.len() <= 40
                && digits < 5
                && raw
                    .iter()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'[' | b']' | b'/' | b':' | b'$' | b'@'));
            let norm = normalize_key(raw);
            for seg in norm.split('.').rev() {
                if seg.is_empty() {
                    continue;
                }
                segs.push(if ident && !hide(seg) { seg.to_string() } else { "*".to_string() });
            }
            s = st.parent;
        }
        segs.truncate(4);
        segs.reverse();
        segs.join(".")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalization() {
        let n = |s: &str| normalize_key(s.as_bytes());
        assert_eq!(n("patientFirstName"), "patient_first_name");
        assert_eq!(n("PatientDOB"), "patient_dob");
        assert_eq!(n("DOBDate"), "dob_date");
        assert_eq!(n("birthDate"), "birth_date");
        assert_eq!(n("metadata[patient_name]"), "metadata.patient_name");
        assert_eq!(n("ud[em]"), "ud.em");
        assert_eq!(n("user_data[em][]"), "user_data.em");
        assert_eq!(n("ep.patient_email"), "ep.patient_email");
        assert_eq!(n("X-Patient-Id"), "x_patient_id");
        assert_eq!(n("address_line1"), "address_line1");
        assert_eq!(n("postalCode"), "postal_code");
        assert_eq!(n("MRN"), "mrn");
        assert_eq!(n("first name"), "first_name");
        assert_eq!(n("sourceIPs"), "source_ips");
        assert_eq!(n("patientIDs"), "patient_ids");
        assert_eq!(last_segments("a.b.c.d", 3), "b.c.d");
        assert_eq!(last_segments("c.d", 3), "c.d");
    }

    #[test]
    fn keys_spelled_out() {
        let v = |s: &str| spelled_out(&normalize_key(s.as_bytes()));
        assert_eq!(v("patientinsurancememberid").as_deref(), Some("patient_insurance_member_id"));
        assert_eq!(v("guarantorzip").as_deref(), Some("guarantor_zip"));
        assert_eq!(v("pat_lnm").as_deref(), Some("patient_last_name"));
        assert_eq!(v("birth_dt").as_deref(), Some("birth_date"));
        assert_eq!(v("ptdob").as_deref(), Some("patient_dob"));
        assert_eq!(v("zipCd").as_deref(), Some("zip_code"));
        assert_eq!(v("HealthCloudGA__MedicalRecordNumber__c").as_deref(), Some("health_cloud_ga_medical_record_number"));
        assert_eq!(v("msemr_medicalrecordnumber").as_deref(), Some("msemr_medical_record_number"));
        // Words that are key words themselves, and words that are not made of them, stay.
        assert_eq!(v("username"), None);
        assert_eq!(v("birthdate"), None);
        assert_eq!(v("hostname"), None);
        assert_eq!(v("notes"), None);
    }

    #[test]
    fn bind_numbers_are_dropped_but_segment_positions_kept() {
        assert_eq!(spelled_out("query.first_name_1").as_deref(), Some("query.first_name"));
        assert_eq!(spelled_out("n3_1_2"), None);
        assert_eq!(spelled_out("pid_5_1"), None);
    }

    #[test]
    fn cached_classes_belong_to_their_scanner() {
        use crate::detect::{Category, DetectorDef, Scanner};
        let with_key = |k: &str| {
            let d = DetectorDef { id: "n".into(), category: Some(Category::Name), keys: vec![k.into()], ..Default::default() };
            Scanner::new(vec![d]).unwrap()
        };
        let (a, b) = (with_key("(^|\\.)first_name$"), with_key("(^|\\.)last_name$"));
        // Same thread, same key, interleaved: each scanner sees its own rules (a reload must not
        // inherit the old set's classes from the cache).
        for _ in 0..2 {
            let (mut ka, mut kb) = (KeyStates::new(&a), KeyStates::new(&b));
            let (sa, sb) = (ka.child(KeyStates::ROOT, b"firstName"), kb.child(KeyStates::ROOT, b"firstName"));
            assert!(!ka.class(sa).is_empty());
            assert!(kb.class(sb).is_empty());
            assert_eq!(ka.path(sa), "first_name");
        }
    }
}
