//! The detector engine.
//!
//! Detector packs compile into one [`Scanner`] with a small face: [`Scanner::scan_text`] runs
//! every pattern and dictionary over one view in one pass each, [`Scanner::scan_value`] runs the
//! key-driven detectors over the value of a field whose key says what it holds. The proxy, the
//! CLI, `phiwall check` and the benches all drive it the same way, through `inspect`.
//!
//! How one pass works: all detectors' regexes form a single multi-pattern `regex-automata` meta
//! regex (leftmost-first); all keywords form one aho-corasick automaton. Each candidate is then
//! checked, cheapest first: the key it sits under (`not_keys`), the allow-list, the validator (check
//! digits, calendar, structure), and the context (`keys`, nearby `words`). When a candidate is
//! rejected, the other patterns that can start at the same byte get a chance there (anchored), so
//! that two detectors with the same shape (a bare 10-digit phone and an NPI) do not hide each other.
//! Nothing here allocates per byte; nothing does I/O.

pub mod category;
mod html;
pub mod keys;
pub mod names;
pub mod reread;
pub mod roster;
pub mod validators;

pub use category::{Category, CategorySet};
pub use keys::{DetSet, KeyClass, KeyStates};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind as AcMatchKind};
use regex_automata::meta::Regex;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, MatchKind, PatternID};
use std::collections::HashSet;
use std::ops::Range;
use std::sync::Arc;

/// A validator named by `validate:` in a detector pack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Validator {
    Luhn,
    Card,
    Npi,
    Dea,
    Aba,
    Mbi,
    Ssn,
    SsnLoose,
    Vin,
    Imei,
    Date,
    Ipv4,
    Ipv6,
    Phone,
    PhoneNanp,
    PhoneE164,
    Zip,
    Email,
    HexDigest,
    AgeOver89,
    PersonName,
    PersonNameDict,
    /// One word that is a listed given name and no ordinary word ("Jordan" of "Jordan's iPhone").
    FirstName,
    Identifier,
    Icd10,
    Address,
    Any,
    MonthDay,
    NameSlug,
    /// A full date whose year a living person's birth can have (1900 to two years ago).
    BirthDate,
}

impl Validator {
    pub const NAMES: &'static [&'static str] = &[
        "luhn",
        "card",
        "npi",
        "dea",
        "aba",
        "mbi",
        "ssn",
        "ssn_loose",
        "vin",
        "imei",
        "date",
        "ipv4",
        "ipv6",
        "phone",
        "phone_nanp",
        "phone_e164",
        "zip",
        "email",
        "hex_digest",
        "age_over_89",
        "person_name",
        "person_name_dict",
        "identifier",
        "icd10",
        "address",
        "any",
        "month_day",
        "name_slug",
        "birth_date",
        "first_name",
    ];

    pub fn from_name(s: &str) -> Option<Validator> {
        use Validator::*;
        Some(match s {
            "luhn" => Luhn,
            "card" => Card,
            "npi" => Npi,
            "dea" => Dea,
            "aba" => Aba,
            "mbi" => Mbi,
            "ssn" => Ssn,
            "ssn_loose" => SsnLoose,
            "vin" => Vin,
            "imei" => Imei,
            "date" => Date,
            "ipv4" => Ipv4,
            "ipv6" => Ipv6,
            "phone" => Phone,
            "phone_nanp" => PhoneNanp,
            "phone_e164" => PhoneE164,
            "zip" => Zip,
            "email" => Email,
            "hex_digest" => HexDigest,
            "age_over_89" => AgeOver89,
            "person_name" => PersonName,
            "person_name_dict" => PersonNameDict,
            "first_name" => FirstName,
            "identifier" => Identifier,
            "icd10" => Icd10,
            "address" => Address,
            "any" => Any,
            "month_day" => MonthDay,
            "name_slug" => NameSlug,
            "birth_date" => BirthDate,
            _ => return None,
        })
    }
}

/// A detector as the config layer hands it over: names resolved, files read.
#[derive(Clone, Debug, Default)]
pub struct DetectorDef {
    pub id: String,
    pub category: Option<Category>,
    pub description: String,
    pub patterns: Vec<String>,
    pub keywords: Vec<String>,
    pub validator: Option<Validator>,
    /// Valid codes for `Validator::Icd10` (uppercase, without dots).
    pub codes: Option<Arc<CodeSet>>,
    pub keys: Vec<String>,
    pub not_keys: Vec<String>,
    pub words: Vec<String>,
    pub required: bool,
    pub window: usize,
    pub allow: Vec<String>,
    pub confidence: u8,
}

/// A set of short codes (up to 8 letters and digits; dots ignored, case folded), packed into
/// integers: 98,000 ICD-10-CM codes load in a few milliseconds.
#[derive(Debug, Default)]
pub struct CodeSet(rustc_hash::FxHashSet<u64>);

impl CodeSet {
    fn pack(code: &[u8]) -> Option<u64> {
        let mut v = 0u64;
        let mut n = 0;
        for &b in code {
            if b == b'.' {
                continue;
            }
            if !b.is_ascii_alphanumeric() || n == 8 {
                return None;
            }
            v = v << 8 | b.to_ascii_uppercase() as u64;
            n += 1;
        }
        (n > 0).then_some(v)
    }

    pub fn insert(&mut self, code: &str) {
        if let Some(v) = Self::pack(code.as_bytes()) {
            self.0.insert(v);
        }
    }

    pub fn contains(&self, code: &[u8]) -> bool {
        Self::pack(code).is_some_and(|v| self.0.contains(&v))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A compiled detector.
#[derive(Debug)]
pub struct Detector {
    pub id: String,
    pub category: Category,
    pub description: String,
    validator: Option<Validator>,
    codes: Option<Arc<CodeSet>>,
    words: Option<AhoCorasick>,
    has_keys: bool,
    required: bool,
    window: usize,
    allow: HashSet<Vec<u8>>,
    confidence: u8,
    /// No patterns and no keywords: reports whole field values by key.
    pub key_only: bool,
}

/// One thing found: which detector, what category, where (byte span in the scanned text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub detector: u16,
    pub category: Category,
    pub span: Range<usize>,
    /// 0-100.
    pub confidence: u8,
}

/// Structure around the text being scanned: which field a position belongs to, and which spans
/// are scanned elsewhere (decoded children) and must be skipped here.
pub trait Fields {
    /// The field containing `pos`: its span in the text and its key class.
    fn field_at(&self, pos: usize) -> Option<(Range<usize>, &KeyClass)>;
    /// Whether `span` overlaps text that is scanned in decoded form elsewhere.
    fn skipped(&self, span: &Range<usize>) -> bool;
}

/// Free text: no fields, nothing skipped.
pub struct NoFields;

impl Fields for NoFields {
    fn field_at(&self, _: usize) -> Option<(Range<usize>, &KeyClass)> {
        None
    }
    fn skipped(&self, _: &Range<usize>) -> bool {
        false
    }
}

/// One text scanned with one key class throughout (a form value, a header value).
pub struct OneField<'a>(pub usize, pub &'a KeyClass);

impl Fields for OneField<'_> {
    fn field_at(&self, _: usize) -> Option<(Range<usize>, &KeyClass)> {
        Some((0..self.0, self.1))
    }
    fn skipped(&self, _: &Range<usize>) -> bool {
        false
    }
}

struct PatInfo {
    det: u16,
    /// The pattern alone, with the slot indices of its `value` capture group, when it has one.
    /// Captures are resolved with this small regex, anchored on the match: the backtracker's
    /// work (and the visited set it clears) is sized by one pattern's NFA, not the whole set's.
    value: Option<(Regex, usize, usize)>,
}

/// A regex error in one detector's pattern.
#[derive(Debug, Clone)]
pub struct PatternError {
    pub detector: usize,
    pub pattern: usize,
    pub message: String,
}

/// A view's fields seen from its tag-stripped text ([`html::strip_tags`]).
struct StrippedFields<'a> {
    inner: &'a dyn Fields,
    st: &'a html::Stripped,
}

impl Fields for StrippedFields<'_> {
    fn field_at(&self, pos: usize) -> Option<(Range<usize>, &KeyClass)> {
        let (r, class) = self.inner.field_at(self.st.original(pos))?;
        Some((self.st.stripped(r.start)..self.st.stripped(r.end), class))
    }

    fn skipped(&self, span: &Range<usize>) -> bool {
        self.inner.skipped(&self.st.original_span(span))
    }
}

/// A view's fields seen from a slice of it that starts at `by`.
struct Shifted<'a> {
    inner: &'a dyn Fields,
    by: usize,
}

impl Fields for Shifted<'_> {
    fn field_at(&self, pos: usize) -> Option<(Range<usize>, &KeyClass)> {
        let (r, class) = self.inner.field_at(pos + self.by)?;
        Some((r.start.saturating_sub(self.by)..r.end.saturating_sub(self.by), class))
    }

    fn skipped(&self, span: &Range<usize>) -> bool {
        self.inner.skipped(&(span.start + self.by..span.end + self.by))
    }
}

/// File names in text whose words are joined by `_` (`Holloway_Faith_1987-05-07_referral.pdf`):
/// a run without white space, quotes or path separators, ending in a document or image extension.
fn file_names(hay: &[u8]) -> Vec<Range<usize>> {
    const EXT: &[&[u8]] = &[
        b"pdf", b"doc", b"docx", b"txt", b"rtf", b"csv", b"xls", b"xlsx", b"jpg", b"jpeg", b"png", b"tif", b"tiff", b"heic", b"dcm",
        b"hl7", b"xml", b"zip", b"msg", b"eml",
    ];
    let mut out: Vec<Range<usize>> = vec![];
    if memchr::memchr(b'_', hay).is_none() {
        return out;
    }
    for dot in memchr::memchr_iter(b'.', hay) {
        let ext_end = hay[dot + 1..].iter().position(|b| !b.is_ascii_alphanumeric()).map_or(hay.len(), |p| dot + 1 + p);
        let ext = &hay[dot + 1..ext_end];
        if ext.is_empty() || ext.len() > 4 || !EXT.iter().any(|e| e.eq_ignore_ascii_case(ext)) {
            continue;
        }
        let stop = |b: u8| {
            b.is_ascii_whitespace()
                || matches!(b, b'/' | b'\\' | b'"' | b'\'' | b'<' | b'>' | b'=' | b'(' | b')' | b'|' | b',' | b';' | b':' | b'&' | b'?')
        };
        let start = hay[..dot].iter().rposition(|&b| stop(b)).map_or(0, |p| p + 1);
        if dot - start > 200 || !hay[start..dot].contains(&b'_') || out.last().is_some_and(|r| r.end > start) {
            continue;
        }
        out.push(start..ext_end);
    }
    out
}

/// The compiled detector set.
pub struct Scanner {
    detectors: Vec<Detector>,
    re: Option<Regex>,
    /// The same patterns with all-matches semantics: which patterns match at a position.
    re_all: Option<Regex>,
    pats: Vec<PatInfo>,
    /// Capture slots the largest value-capturing pattern needs.
    slot_len: usize,
    kw: Option<AhoCorasick>,
    kw_owner: Vec<u16>,
    /// Keywords with non-ASCII letters (accents, Chinese, Vietnamese): a compact automaton of
    /// their own, run only on text that is not all ASCII. In the DFA their bytes split its
    /// alphabet into many more classes and grow every state (with nine languages: 230 MB and
    /// 1.1 s to build).
    kw_wide: Option<AhoCorasick>,
    kw_wide_owner: Vec<u16>,
    key_re: Option<regex::RegexSet>,
    key_owner: Vec<(u16, bool)>,
    /// Detectors with `context.keys`: they also look at the whole value of a keyed field.
    keyed: Vec<u16>,
    /// The practice's rosters (exact data match).
    rosters: Vec<roster::Roster>,
    /// Keyed detectors of names: a key that triggers one of them marks a name field.
    name_keyed: DetSet,
    /// Unique per scanner built in this process (caches keyed by it never see a reloaded set's
    /// results, even at a reused address).
    id: u64,
}

impl std::fmt::Debug for Scanner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Scanner").field("detectors", &self.detectors.len()).finish()
    }
}

/// Rewrites Unicode-aware `\b`, `\B` and `\d` to their ASCII forms, so the lazy DFA never has to
/// give up on non-ASCII text (Unicode word boundaries make it quit).
pub fn asciify(p: &str) -> String {
    let mut out = String::with_capacity(p.len() + 16);
    let mut chars = p.chars().peekable();
    let mut in_class = 0usize;
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('b') if in_class == 0 => out.push_str("(?-u:\\b)"),
                Some('B') if in_class == 0 => out.push_str("(?-u:\\B)"),
                Some('d') if in_class == 0 => out.push_str("[0-9]"),
                Some('d') => out.push_str("0-9"),
                Some(n) => {
                    out.push('\\');
                    out.push(n);
                }
                None => out.push('\\'),
            },
            '[' => {
                in_class += 1;
                out.push('[');
                // A `]` right after `[` or `[^` is literal.
                if chars.peek() == Some(&'^') {
                    out.push(chars.next().unwrap());
                }
                if chars.peek() == Some(&']') {
                    out.push(chars.next().unwrap());
                }
            }
            ']' if in_class > 0 => {
                in_class -= 1;
                out.push(']');
            }
            _ => out.push(c),
        }
    }
    out
}

fn syntax_config() -> syntax::Config {
    syntax::Config::new().utf8(false).crlf(true)
}

/// Checks one pattern on its own (for located config errors).
pub fn check_pattern(p: &str) -> Result<(), String> {
    syntax::parse_with(&asciify(p), &syntax_config()).map(|_| ()).map_err(|e| {
        let s = e.to_string();
        // regex-syntax puts the useful part after a newline-framed excerpt.
        s.lines().filter(|l| !l.trim().is_empty()).collect::<Vec<_>>().join(" ")
    })
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// Whether `hay[span]` stands alone: no letter or digit touches it on either side.
fn word_bounded(hay: &[u8], span: &Range<usize>) -> bool {
    (span.start == 0 || !is_word(hay[span.start - 1])) && (span.end >= hay.len() || !is_word(hay[span.end]))
}

/// Spelling variants of a keyword: URL-slug forms of multi-word terms and curly apostrophes.
pub fn keyword_variants(term: &str) -> Vec<String> {
    let t = term.trim().to_ascii_lowercase();
    let mut v = vec![t.clone()];
    if t.contains(' ') || t.contains('-') {
        for sep in ["-", "_", "+", " ", "%20"] {
            v.push(t.replace([' ', '-'], sep));
        }
    }
    if t.contains('\'') {
        let base = v.clone();
        for x in base {
            v.push(x.replace('\'', "\u{2019}"));
            v.push(x.replace('\'', ""));
        }
    }
    // Matching ignores ASCII case only: accented terms also in capitals ("DEPRESIÓN") and
    // capitalised ("Úlcera").
    if !t.is_ascii() {
        let base = v.clone();
        for x in base {
            v.push(x.to_uppercase());
            let mut c = x.chars();
            if let Some(f) = c.next() {
                v.push(f.to_uppercase().chain(c).collect());
            }
        }
    }
    v.sort();
    v.dedup();
    v
}

impl Scanner {
    /// Compiles detector definitions. Regex errors are reported per detector and pattern.
    pub fn new(defs: Vec<DetectorDef>) -> Result<Scanner, Vec<PatternError>> {
        assert!(defs.len() <= keys::MAX_DETECTORS, "at most {} detectors", keys::MAX_DETECTORS);
        let mut errors = vec![];
        let mut detectors = vec![];
        let mut patterns: Vec<String> = vec![];
        let mut pat_det: Vec<u16> = vec![];
        let mut kw_terms: Vec<String> = vec![];
        let mut kw_owner: Vec<u16> = vec![];
        let mut kw_wide_terms: Vec<String> = vec![];
        let mut kw_wide_owner: Vec<u16> = vec![];
        let mut key_pats: Vec<String> = vec![];
        let mut key_owner = vec![];
        let mut keyed = vec![];
        for (i, d) in defs.into_iter().enumerate() {
            for p in &d.patterns {
                patterns.push(asciify(p));
                pat_det.push(i as u16);
            }
            let mut seen = HashSet::new();
            for k in &d.keywords {
                for v in keyword_variants(k) {
                    if seen.insert(v.clone()) {
                        if !v.is_ascii() {
                            kw_wide_terms.push(v);
                            kw_wide_owner.push(i as u16);
                        } else {
                            kw_terms.push(v);
                            kw_owner.push(i as u16);
                        }
                    }
                }
            }
            for (j, k) in d.keys.iter().enumerate() {
                match syntax::parse(k) {
                    Ok(_) => {
                        key_pats.push(k.clone());
                        key_owner.push((i as u16, false));
                    }
                    Err(e) => errors.push(PatternError { detector: i, pattern: 1000 + j, message: e.to_string() }),
                }
            }
            for (j, k) in d.not_keys.iter().enumerate() {
                match syntax::parse(k) {
                    Ok(_) => {
                        key_pats.push(k.clone());
                        key_owner.push((i as u16, true));
                    }
                    Err(e) => errors.push(PatternError { detector: i, pattern: 2000 + j, message: e.to_string() }),
                }
            }
            let is_key_only = d.patterns.is_empty() && d.keywords.is_empty();
            if !d.keys.is_empty() {
                keyed.push(i as u16);
            }
            let words = if d.words.is_empty() {
                None
            } else {
                Some(
                    AhoCorasickBuilder::new()
                        .ascii_case_insensitive(true)
                        .match_kind(AcMatchKind::LeftmostLongest)
                        .build(&d.words)
                        .expect("context words compile"),
                )
            };
            let mut allow = HashSet::new();
            for a in &d.allow {
                allow.insert(a.as_bytes().to_vec());
                let digits: Vec<u8> = a.bytes().filter(u8::is_ascii_digit).collect();
                if digits.len() >= 4 {
                    allow.insert(digits);
                }
            }
            detectors.push(Detector {
                id: d.id,
                category: d.category.unwrap_or(Category::Name),
                description: d.description,
                validator: d.validator,
                codes: d.codes,
                words,
                has_keys: !d.keys.is_empty(),
                required: d.required,
                window: if d.window == 0 { 40 } else { d.window },
                allow,
                confidence: if d.confidence == 0 { 80 } else { d.confidence },
                key_only: is_key_only,
            });
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let re = if patterns.is_empty() {
            None
        } else {
            let re = Regex::builder()
                .syntax(syntax_config())
                .configure(Regex::config().match_kind(MatchKind::LeftmostFirst).utf8_empty(false).hybrid_cache_capacity(8 << 20))
                .build_many(&patterns)
                .map_err(|e| {
                    // Say which pattern: check them one by one.
                    let mut errs = vec![];
                    let mut per_det = std::collections::HashMap::new();
                    for (k, p) in patterns.iter().enumerate() {
                        let j = per_det.entry(pat_det[k]).and_modify(|j| *j += 1).or_insert(0usize);
                        if let Err(message) = check_pattern(p) {
                            errs.push(PatternError { detector: pat_det[k] as usize, pattern: *j, message });
                        }
                    }
                    if errs.is_empty() {
                        errs.push(PatternError { detector: 0, pattern: 0, message: e.to_string() });
                    }
                    errs
                })?;
            Some(re)
        };
        let re_all = if patterns.is_empty() {
            None
        } else {
            Regex::builder()
                .syntax(syntax_config())
                .configure(Regex::config().match_kind(MatchKind::All).utf8_empty(false).hybrid_cache_capacity(8 << 20))
                .build_many(&patterns)
                .ok()
        };
        let mut pats = Vec::with_capacity(patterns.len());
        for (k, &det) in pat_det.iter().enumerate() {
            let has_value = re.as_ref().is_some_and(|re| re.group_info().to_index(PatternID::must(k), "value").is_some());
            let value = if has_value {
                let one = Regex::builder()
                    .syntax(syntax_config())
                    .configure(Regex::config().match_kind(MatchKind::LeftmostFirst).utf8_empty(false))
                    .build(&patterns[k])
                    .expect("compiled in the set already");
                let gi = one.group_info();
                gi.to_index(PatternID::ZERO, "value").and_then(|g| gi.slots(PatternID::ZERO, g)).map(|(a, b)| (one, a, b))
            } else {
                None
            };
            pats.push(PatInfo { det, value });
        }
        // A full DFA for the main dictionary: one table lookup per byte, several times faster
        // than an NFA for thousands of terms. The non-ASCII terms in a compact NFA (see `kw_wide`).
        let kw = keyword_automaton(&kw_terms, aho_corasick::AhoCorasickKind::DFA);
        let kw_wide = keyword_automaton(&kw_wide_terms, aho_corasick::AhoCorasickKind::ContiguousNFA);
        let key_re = if key_pats.is_empty() { None } else { Some(regex::RegexSet::new(&key_pats).expect("key patterns compile")) };
        let mut name_keyed = DetSet::default();
        for &d in &keyed {
            if detectors[d as usize].category == Category::Name {
                name_keyed.insert(d as usize);
            }
        }
        static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let id = NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let slot_len = pats.iter().filter_map(|p| p.value.as_ref()).map(|v| v.0.group_info().slot_len()).max().unwrap_or(0);
        Ok(Scanner {
            detectors,
            re,
            re_all,
            pats,
            slot_len,
            kw,
            kw_owner,
            kw_wide,
            kw_wide_owner,
            key_re,
            key_owner,
            keyed,
            rosters: vec![],
            name_keyed,
            id,
        })
    }

    /// Attaches loaded rosters (their detectors must already be among this scanner's).
    pub fn with_rosters(mut self, rosters: Vec<roster::Roster>) -> Scanner {
        self.rosters = rosters;
        self
    }

    /// This scanner's process-unique id.
    pub fn id(&self) -> u64 {
        self.id
    }

    pub fn rosters(&self) -> &[roster::Roster] {
        &self.rosters
    }

    pub fn detectors(&self) -> &[Detector] {
        &self.detectors
    }

    pub fn detector(&self, i: u16) -> &Detector {
        &self.detectors[i as usize]
    }

    /// Classifies a normalized key path against every detector's `keys` and `not_keys`.
    pub fn classify_key(&self, path: &str) -> KeyClass {
        let mut c = self.classify_key_as_written(path);
        // The same key read with its glued words split and its abbreviations spelled out
        // (`guarantorzip`, `pat_lnm`, `birth_dt`, `Insurance_Member_ID__c`): what either reading
        // says, except that a rule against a detector in the key as written stands.
        if let Some(v) = keys::spelled_out(path) {
            let alt = self.classify_key_as_written(&v);
            for d in alt.pos.iter() {
                if !c.neg.contains(d) {
                    c.pos.insert(d);
                }
            }
            for d in alt.neg.iter() {
                if !c.pos.contains(d) {
                    c.neg.insert(d);
                }
            }
        }
        c
    }

    fn classify_key_as_written(&self, path: &str) -> KeyClass {
        let mut c = KeyClass::default();
        if path.is_empty() {
            return c;
        }
        if let Some(set) = &self.key_re {
            for i in set.matches(path).iter() {
                let (det, neg) = self.key_owner[i];
                if neg {
                    c.neg.insert(det as usize);
                } else {
                    c.pos.insert(det as usize);
                }
            }
        }
        c
    }

    /// Runs the keyed detectors on the whole value of a field classified `class`.
    pub fn scan_value(&self, value: &[u8], class: &KeyClass, out: &mut Vec<Finding>) {
        if class.pos.is_empty() {
            return;
        }
        let (a, b) = trim(value);
        if a >= b {
            return;
        }
        // What phiwall itself wrote in place of a value is not one, nor are its halves where a
        // format splits at its `:` (an X12 component separator).
        let v = &value[a..b];
        if v.starts_with(b"[REDACTED")
            || (v.ends_with(b"]") && std::str::from_utf8(&v[..v.len() - 1]).ok().and_then(Category::from_id).is_some())
        {
            return;
        }
        for &d in &self.keyed {
            if !class.pos.contains(d as usize) || class.neg.contains(d as usize) {
                continue;
            }
            let det = &self.detectors[d as usize];
            let span = match det.validator {
                Some(v) => match self.validate(v, det, value, a..b) {
                    Some(s) => s,
                    None => continue,
                },
                None => a..b,
            };
            if self.allowed(det, &value[span.clone()]) {
                continue;
            }
            out.push(Finding { detector: d, category: det.category, span, confidence: det.confidence.saturating_add(15).min(100) });
        }
    }

    /// One pass of every pattern, then one of every keyword, over `hay`; then the same over each
    /// way its reader may read it (`reread`): character references, quoted-printable, Latin-1.
    pub fn scan_text(&self, hay: &[u8], fields: &dyn Fields, out: &mut Vec<Finding>) {
        self.scan_text_once(hay, fields, out);
        self.scan_rereadings(hay, fields, out, 0);
    }

    fn scan_rereadings(&self, hay: &[u8], fields: &dyn Fields, out: &mut Vec<Finding>, depth: u8) {
        for st in [reread::plain(hay), reread::quoted_printable(hay), reread::latin1(hay)].into_iter().flatten() {
            let inner = StrippedFields { inner: fields, st: &st };
            let mut more = vec![];
            self.scan_text_once(&st.text, &inner, &mut more);
            // A quoted-printable e-mail quoting HTML with references: one reading more.
            if depth == 0 {
                self.scan_rereadings(&st.text, &inner, &mut more, 1);
            }
            let before = out.len();
            for mut f in more {
                f.span = st.original_span(&f.span);
                if !out[..before].iter().any(|o| o.detector == f.detector && o.span == f.span) {
                    out.push(f);
                }
            }
        }
    }

    fn scan_text_once(&self, hay: &[u8], fields: &dyn Fields, out: &mut Vec<Finding>) {
        if let Some(re) = &self.re {
            self.scan_patterns(re, hay, fields, out);
            // Markup between a label and its value (`MRN: <span>MR-77</span>`, `Dear <b>Rosa
            // Delgado</b>`): once more with the HTML tags stripped, spans mapped back.
            if let Some(st) = html::strip_tags(hay) {
                self.scan_derived(re, &st.text, &StrippedFields { inner: fields, st: &st }, |r| st.original_span(r), out);
            }
            // Escaped text quoted in text (`DOB 11/28/1947\nMRN 00540611`, `262\-529\-4237`):
            // once more with the escapes read.
            if let Some(st) = html::unescape_backslashes(hay) {
                self.scan_derived(re, &st.text, &StrippedFields { inner: fields, st: &st }, |r| st.original_span(r), out);
            }
        }
        if let Some(re) = &self.re {
            // File names join their words with `_` (`HAUGLAND_INGRID_DOB_19550717.pdf`), which a
            // word boundary does not see through: each is scanned once more with spaces.
            let mut copy = vec![];
            for tok in file_names(hay) {
                copy.clear();
                copy.extend(hay[tok.clone()].iter().map(|&b| if b == b'_' { b' ' } else { b }));
                let by = tok.start;
                self.scan_derived(re, &copy, &Shifted { inner: fields, by }, |r| r.start + by..r.end + by, out);
            }
        }
        if let Some(kw) = &self.kw {
            self.scan_keywords(kw, &self.kw_owner, hay, fields, out);
        }
        if let Some(kw) = self.kw_wide.as_ref().filter(|_| !hay.is_ascii()) {
            self.scan_keywords(kw, &self.kw_wide_owner, hay, fields, out);
        }
        for r in &self.rosters {
            let name_keyed = &self.name_keyed;
            r.scan(hay, fields, &|class: &KeyClass| class.pos.intersects(name_keyed), out);
        }
    }

    /// One keyword automaton over `hay`: whole words, plurals included, each match accepted as
    /// its detector's finding.
    fn scan_keywords(&self, kw: &AhoCorasick, owner: &[u16], hay: &[u8], fields: &dyn Fields, out: &mut Vec<Finding>) {
        for m in kw.find_iter(hay) {
            let mut span = m.start()..m.end();
            // Plurals: "cancers", "tumors".
            if span.end < hay.len() && (hay[span.end] | 0x20) == b's' && (span.end + 1 >= hay.len() || !is_word(hay[span.end + 1])) {
                span.end += 1;
            }
            if !word_bounded(hay, &span) {
                continue;
            }
            // "42 patients with type 2 diabetes": a count, about no one in particular.
            if aggregate_before(hay, span.start) {
                continue;
            }
            if let Some(f) = self.accept(owner[m.pattern().as_usize()], hay, span, fields) {
                out.push(f);
            }
        }
    }

    /// The patterns over text derived from the view (tags stripped, `_` read as spaces), each
    /// finding mapped back to the view and kept unless the view's own pass already has it.
    fn scan_derived(
        &self,
        re: &Regex,
        text: &[u8],
        fields: &dyn Fields,
        back: impl Fn(&Range<usize>) -> Range<usize>,
        out: &mut Vec<Finding>,
    ) {
        let before = out.len();
        let mut more = vec![];
        self.scan_patterns(re, text, fields, &mut more);
        for mut f in more {
            f.span = back(&f.span);
            if !out[..before].iter().any(|o| o.detector == f.detector && o.span == f.span) {
                out.push(f);
            }
        }
    }

    fn scan_patterns(&self, re: &Regex, hay: &[u8], fields: &dyn Fields, out: &mut Vec<Finding>) {
        let mut pos = 0;
        // Scratch space, made when the first candidate shows up: most fields have none.
        let mut slots = Vec::new();
        let mut patset = regex_automata::PatternSet::new(0);
        let mut scratch = false;
        while pos < hay.len() {
            let Some(m) = re.search(&Input::new(hay).span(pos..hay.len())) else {
                break;
            };
            if !scratch {
                scratch = true;
                slots = vec![None; self.slot_len];
                patset = regex_automata::PatternSet::new(re.pattern_len());
            }
            let start = m.start();
            // A label inside phiwall's own marker (`[REDACTED:dob]`) labels nothing.
            if in_marker(hay, start) {
                pos = start + 1;
                continue;
            }
            let mut accepted_end: Option<usize> = None;
            let before = out.len();
            if let Some(f) = self.try_pattern(m.pattern(), m.range(), hay, fields, &mut slots) {
                accepted_end = Some(f.span.end.max(start + 1));
                out.push(f);
            }
            // Every other pattern that matches here gets its chance too: two detectors with the
            // same shape (a bare 10-digit phone and an NPI) or overlapping labels must not hide
            // each other.
            let anchored = Input::new(hay).span(start..hay.len()).anchored(Anchored::Yes);
            patset.clear();
            if let Some(all) = &self.re_all {
                all.which_overlapping_matches(&anchored, &mut patset);
            }
            for pid in patset.iter() {
                if pid == m.pattern() {
                    continue;
                }
                let input = Input::new(hay).span(start..hay.len()).anchored(Anchored::Pattern(pid));
                if let Some(m2) = re.search(&input) {
                    if let Some(f) = self.try_pattern(pid, m2.range(), hay, fields, &mut slots) {
                        if !out.iter().rev().take(4).any(|o| o.detector == f.detector && o.span == f.span) {
                            accepted_end = Some(accepted_end.unwrap_or(0).max(f.span.end).max(start + 1));
                            out.push(f);
                        }
                    }
                }
            }
            // A name followed by a parenthesised number ("Mon conjoint Benoît Lacroix
            // (01.03.1934)") is read again from the name itself: "Name (date)" is a pattern of
            // its own, and starts inside the match just accepted.
            let revisit = out[before..]
                .iter()
                .filter(|f| f.category == Category::Name && f.span.start > start && paren_digit_after(hay, f.span.end))
                .map(|f| f.span.start)
                .min();
            pos = match (accepted_end, revisit) {
                (Some(e), Some(r)) => e.min(r),
                (Some(e), None) => e,
                // Nothing here: no pattern starts inside this word (they start at a boundary or
                // with punctuation), so skip to its end.
                (None, _) => {
                    let mut p = start + 1;
                    while p < hay.len() && hay[p - 1].is_ascii_alphanumeric() && hay[p].is_ascii_alphanumeric() {
                        p += 1;
                    }
                    p
                }
            };
        }
    }

    fn try_pattern(
        &self,
        pid: PatternID,
        range: Range<usize>,
        hay: &[u8],
        fields: &dyn Fields,
        slots: &mut [Option<regex_automata::util::primitives::NonMaxUsize>],
    ) -> Option<Finding> {
        let info = &self.pats[pid.as_usize()];
        let mut span = range.clone();
        if let Some((one, s0, s1)) = &info.value {
            let (s0, s1) = (*s0, *s1);
            let input = Input::new(hay).span(range.clone()).anchored(Anchored::Yes);
            let slots = &mut slots[..one.group_info().slot_len()];
            one.search_slots(&input, slots);
            match (slots.get(s0).copied().flatten(), slots.get(s1).copied().flatten()) {
                (Some(a), Some(b)) if a.get() < b.get() => span = a.get()..b.get(),
                _ => return None,
            }
        }
        self.accept(info.det, hay, span, fields)
    }

    fn allowed(&self, det: &Detector, value: &[u8]) -> bool {
        if det.allow.is_empty() {
            return false;
        }
        if det.allow.contains(value) {
            return true;
        }
        let digits: Vec<u8> = value.iter().copied().filter(u8::is_ascii_digit).collect();
        digits.len() >= 4 && det.allow.contains(&digits)
    }

    /// The checks every candidate goes through, cheapest first.
    fn accept(&self, d: u16, hay: &[u8], span: Range<usize>, fields: &dyn Fields) -> Option<Finding> {
        let det = &self.detectors[d as usize];
        if fields.skipped(&span) {
            return None;
        }
        let field = fields.field_at(span.start);
        let mut span = span;
        if let Some((range, class)) = &field {
            if class.neg.contains(d as usize) {
                return None;
            }
            // A match never runs from one field into the next (`Kofi<TAB>Boateng` is two
            // cells of a row, not one name): it ends where its field ends.
            let into_next = span.end > range.end
                && (fields.field_at(span.end - 1).is_some_and(|(r, _)| r.start >= range.end)
                    // A quoted value ends at its quote (`Name='…' Guid='…'`).
                    || matches!(hay.get(range.end), Some(b'"' | b'\'')));
            if into_next {
                span.end = range.end;
                while span.end > span.start && hay[span.end - 1].is_ascii_whitespace() {
                    span.end -= 1;
                }
                if span.is_empty() {
                    return None;
                }
            }
        }
        let span = match det.validator {
            Some(v) => self.validate(v, det, hay, span)?,
            None => span,
        };
        if self.allowed(det, &hay[span.clone()]) {
            return None;
        }
        let key_ctx = det.has_keys && field.as_ref().is_some_and(|(_, c)| c.pos.contains(d as usize));
        let ctx = key_ctx || self.words_near(det, hay, &span, field.as_ref().map(|f| f.0.clone()));
        if det.required && !ctx {
            return None;
        }
        let confidence = if ctx { det.confidence.saturating_add(15).min(100) } else { det.confidence };
        Some(Finding { detector: d, category: det.category, span, confidence })
    }

    fn words_near(&self, det: &Detector, hay: &[u8], span: &Range<usize>, field: Option<Range<usize>>) -> bool {
        let Some(ac) = &det.words else { return false };
        let lo_bound = field.as_ref().map_or(0, |f| f.start);
        let hi_bound = field.as_ref().map_or(hay.len(), |f| f.end.min(hay.len()));
        let lo = span.start.saturating_sub(det.window).max(lo_bound);
        let hi = (span.end + det.window).min(hi_bound);
        let check = |a: usize, b: usize| {
            if a >= b {
                return false;
            }
            let w = &hay[a..b];
            ac.find_iter(w).any(|m| word_bounded(w, &(m.start()..m.end())) || word_bounded(hay, &(a + m.start()..a + m.end())))
        };
        check(lo, span.start) || check(span.end, hi)
    }

    fn validate(&self, v: Validator, det: &Detector, hay: &[u8], span: Range<usize>) -> Option<Range<usize>> {
        use validators as val;
        let s = &hay[span.clone()];
        let ok = match v {
            Validator::Luhn => {
                let mut d = vec![];
                val::digits_into(s, &mut d);
                val::luhn(&d)
            }
            Validator::Card => return card_run(hay, span),
            Validator::Npi => val::npi(s),
            Validator::Dea => val::dea(s),
            Validator::Aba => val::aba(s),
            Validator::Mbi => val::mbi(s),
            Validator::Ssn => val::ssn(s),
            Validator::SsnLoose => val::ssn_loose(s),
            Validator::Vin => val::vin(s),
            Validator::Imei => val::imei(s),
            Validator::Date => val::date(s),
            // Written as a date (not an epoch count that happens to land in a birth year).
            Validator::BirthDate => {
                (s.len() == 8 || !s.iter().all(u8::is_ascii_digit))
                    && val::parse_date(s).is_some_and(|d| (1900..=val::current_year().saturating_sub(2)).contains(&d.y))
            }
            Validator::Ipv4 => {
                // "Chrome/120.0.0.0" is a version, not an address; "http://10.0.0.1/" is one.
                let before = &hay[..span.start];
                let version = before.ends_with(b"/") && !before.ends_with(b"//") || before.ends_with(b"v") || before.ends_with(b"V");
                // Four numbers out of a longer dotted run are an OID or a version
                // (2.16.840.1.113883.10.20.22.2.5.1), not an address.
                // Not a mistyped address ("192.168.1.1.1"): the run has a part over 255 or is long.
                let mut a = span.start;
                while a > 0 && (hay[a - 1].is_ascii_digit() || hay[a - 1] == b'.') {
                    a -= 1;
                }
                let mut b = span.end;
                while b < hay.len() && (hay[b].is_ascii_digit() || hay[b] == b'.') {
                    b += 1;
                }
                let parts: Vec<&[u8]> = hay[a..b].split(|&c| c == b'.').filter(|p| !p.is_empty()).collect();
                let big = |p: &&[u8]| p.len() > 3 || p.iter().fold(0u32, |x, &d| x * 10 + (d - b'0') as u32) > 255;
                let longer = parts.len() >= 7 || (parts.len() > 4 && parts.iter().any(big));
                // An internal address named as a machine's (`src="10.20.3.14"`, "printer at
                // 10.0.4.20", a DHCP lease) is a server's or a printer's, not a patient's.
                // So is one with a port (`10.0.3.14:53422`, a socket) or after an `@`
                // (`app@[10.0.3.14]`, an Erlang node `portal@10.0.5.21`).
                let infra = val::ipv4_internal(s) && {
                    let lo = span.start.saturating_sub(40);
                    let before = hay[lo..span.start].to_ascii_lowercase();
                    let port = hay.get(span.end) == Some(&b':') && hay.get(span.end + 1).is_some_and(u8::is_ascii_digit);
                    let at = before.trim_ascii_end().strip_suffix(b"[").unwrap_or(&before).trim_ascii_end().ends_with(b"@");
                    port || at || before.split(|b| !b.is_ascii_alphanumeric()).any(|w| INFRA_WORDS.iter().any(|x| x.as_bytes() == w))
                };
                !version && !longer && !infra && val::ipv4(s)
            }
            Validator::Ipv6 => {
                // Not glued to a word or to more address-like text on either side.
                let prev_ok =
                    span.start == 0 || !(hay[span.start - 1].is_ascii_alphanumeric() || matches!(hay[span.start - 1], b':' | b'.' | b'_'));
                let next_ok = span.end >= hay.len() || !(hay[span.end].is_ascii_alphanumeric() || matches!(hay[span.end], b':' | b'_'));
                prev_ok && next_ok && val::ipv6(s)
            }
            Validator::Phone => val::phone_any(s) && !practice_phone(hay, &span) && !practice_place(hay, &span),
            Validator::PhoneNanp => val::phone_nanp(s) && !practice_phone(hay, &span) && !practice_place(hay, &span),
            // A `+` glued to a letter or digit joins fields (EDIFACT `…+1320+20318425'`, `a+b`); a
            // phone's `+` follows a space, a quote or a label.
            Validator::PhoneE164 => val::phone_e164(s) && !hay[..span.start].last().is_some_and(u8::is_ascii_alphanumeric),
            Validator::Zip => val::zip(s) && !practice_place(hay, &span),
            Validator::Email => {
                // "https://key@o1.ingest.sentry.io" is user info in a URL, not an address.
                !url_userinfo(hay, span.start) && !message_id(hay, span.start) && val::email(s)
            }
            Validator::HexDigest => val::hex_digest(s),
            Validator::AgeOver89 => val::age_over_89(s),
            Validator::PersonName => return names::person_name(hay, span),
            Validator::PersonNameDict => return names::person_name_dict(hay, span),
            Validator::FirstName => names::first_name(s),
            Validator::NameSlug => return names::name_slug(hay, span),
            Validator::Identifier => names::identifier(s),
            Validator::Address => names::address(s) && (residential_unit(s) || !practice_place(hay, &span)),
            Validator::Any => true,
            Validator::MonthDay => val::month_day(s),
            Validator::Icd10 => match &det.codes {
                Some(codes) => codes.contains(s),
                None => s.iter().filter(|b| b.is_ascii_alphanumeric()).count() >= 3,
            },
        };
        ok.then_some(span)
    }
}

/// Words before an internal IPv4 address that say it names a machine.
const INFRA_WORDS: &[&str] = &[
    "src",
    "dst",
    "server",
    "backend",
    "upstream",
    "gateway",
    "router",
    "printer",
    "peer",
    "lease",
    "dhcp",
    "dhcpack",
    "nameserver",
    "proxy",
    "listen",
    "bind",
    "vlan",
    "firewall",
    "pod",
    "container",
    "cluster",
    "redis",
    "postgres",
    "mysql",
    "worker",
    "eth0",
    "host",
    "hostname",
    "node",
    "db",
    "database",
    "replica",
    "broker",
    "cache",
    "instance",
    "nat",
];

/// Whether a phone number in text is the practice's or a clinician's, by what is written just
/// before it on its line: a fax or main-line label ("Fax (253) 472-0191", "the main line …",
/// "front desk"), or a clinician to call ("call Dr. Reyes at …").
fn practice_phone(hay: &[u8], span: &Range<usize>) -> bool {
    let lo = span.start.saturating_sub(40);
    let line = hay[lo..span.start].rsplit(|&b| b == b'\n' || b == b'|').next().unwrap_or(&[]);
    if line.is_empty() {
        return false;
    }
    let before = line.to_ascii_lowercase();
    // The nearest label wins: "Phone (…) | Fax (…)" is two numbers with their own labels.
    let tail = &before[before.len().saturating_sub(24)..];
    // Where something was sent ("Fax to 346/798-5783 failed", "fax failed to …") is a
    // recipient's number, not the practice's own.
    if tail.trim_ascii_end().ends_with(b" to") {
        return false;
    }
    const LABELS: &[&[u8]] = &[
        b"fax",
        b"main line",
        b"front desk",
        b"nurse line",
        b"our office",
        b"call us",
        b"office:",
        b"clinic:",
        b"office phone",
        b"clinic phone",
        b"office line",
        b"office number",
        b"clinic line",
        b"main number",
        b"scheduling line",
        b"appointment line",
        b"reception",
        b"questions",
    ];
    if LABELS.iter().any(|l| has(tail, l)) {
        return true;
    }
    // "(253) 472-0191 fax", "… (fax)": a fax line is an office's.
    let after = &hay[span.end.min(hay.len())..(span.end + 10).min(hay.len())];
    let word: Vec<u8> =
        after.iter().skip_while(|b| matches!(b, b' ' | b'(')).take_while(|b| b.is_ascii_alphabetic()).map(u8::to_ascii_lowercase).collect();
    if word == b"fax" {
        return true;
    }
    // "Call (520) 742-3100 with questions", "… to schedule": a number patients are asked to call
    // is the practice's, unless it is the writer's own ("call me at").
    let after = &hay[span.end.min(hay.len())..(span.end + 32).min(hay.len())];
    let after = after.trim_ascii_start().to_ascii_lowercase();
    const INVITES: &[&[u8]] = &[
        b"with questions",
        b"with any questions",
        b"if you have",
        b"to schedule",
        b"to reschedule",
        b"to book",
        b"to cancel",
        b"to confirm",
        b"for appointments",
        b"for questions",
        b"option ",
        b"ext",
    ];
    let own = ["call me", "reach me", "text me", "my ", "me at"].iter().any(|w| has(tail, w.as_bytes()));
    if !own && INVITES.iter().any(|w| after.starts_with(w)) && has(tail, b"call") {
        return true;
    }
    // "call Dr. Alan Reyes at (253) …", "Dr. Okafor: 253-…".
    memchr::memmem::rfind(&before, b"dr.").or_else(|| memchr::memmem::rfind(&before, b"dr ")).is_some_and(|k| {
        let between = &before[k + 3..];
        between.len() <= 28 && !between.iter().any(|b| b.is_ascii_digit()) && memchr::memmem::find(between, b"patient").is_none()
    })
}

/// Whether an address-shaped token at `start` is a message's identifier (`Message-ID:
/// <dRkI.309@mail.clinic.org>`, `In-Reply-To:`, `References:`, `Content-ID:`): a header that names
/// a message, not a mailbox.
fn message_id(hay: &[u8], start: usize) -> bool {
    let lo = start.saturating_sub(200);
    let line_start = hay[lo..start].iter().rposition(|&b| b == b'\n').map_or(lo, |p| lo + p + 1);
    let line = hay[line_start..start].trim_ascii_start();
    [&b"message-id:"[..], b"in-reply-to:", b"references:", b"content-id:", b"x-message-id:"]
        .iter()
        .any(|h| line.len() >= h.len() && line[..h.len()].eq_ignore_ascii_case(h))
}

/// An apartment, lot or trailer number in an address: someone's home, whatever place word
/// comes before it (`"location": "8355 E Main St Unit F"` of a home visit).
fn residential_unit(s: &[u8]) -> bool {
    s.split(|b| !b.is_ascii_alphanumeric()).any(|w| {
        w.eq_ignore_ascii_case(b"apt")
            || w.eq_ignore_ascii_case(b"apartment")
            || w.eq_ignore_ascii_case(b"unit")
            || w.eq_ignore_ascii_case(b"lot")
            || w.eq_ignore_ascii_case(b"trlr")
    })
}

/// Whether an address (or its city, ZIP or the phone number after it) in text is the practice's, by what comes just before
/// it on its line or the line above: a place word ("at our 410 Merrimon Ave office", "Parking at
/// …", `"location": "…"`) or an organisation's name ending in what it is ("Riverbend Primary
/// Care, 410 Merrimon Ave", "CEDAR HOLLOW FAMILY HEALTH\n2210 S UNION AVE").
fn practice_place(hay: &[u8], span: &Range<usize>) -> bool {
    // A city or ZIP is the practice's when its street is.
    place_before(hay, span.start) || street_start(hay, span.start).is_some_and(|p| place_before(hay, p))
}

/// The start of the street line (`410 Merrimon Ave, …`) a city or ZIP at `pos` belongs to,
/// within 80 bytes before it.
fn street_start(hay: &[u8], pos: usize) -> Option<usize> {
    let lo = pos.saturating_sub(80);
    (lo..pos.saturating_sub(2)).rev().find(|&i| {
        hay[i].is_ascii_digit() && (i == 0 || !hay[i - 1].is_ascii_alphanumeric()) && {
            let mut j = i;
            while j < pos && hay[j].is_ascii_digit() {
                j += 1;
            }
            j + 1 < pos && hay[j] == b' ' && hay[j + 1].is_ascii_uppercase()
        }
    })
}

fn place_before(hay: &[u8], start: usize) -> bool {
    let lo = start.saturating_sub(80);
    let mut window = &hay[lo..start];
    // This line and the one above.
    if let Some(nl) = memchr::memrchr(b'\n', window) {
        if let Some(nl2) = memchr::memrchr(b'\n', &window[..nl]) {
            window = &window[nl2 + 1..];
        }
    }
    if window.is_empty() {
        return false;
    }
    // A home visit's location, where a patient lives, where to ship: a person's place, wherever
    // in the window. A place word in its last 40 bytes: the practice's.
    const PERSONAL: &[&str] = &["home", "lives", "living", "resid", "patient", "mailing", "ship", "deliver", "moved", "apt"];
    const LABELS: &[&str] = &[
        "our ",
        "office",
        "clinic",
        "location",
        "located",
        "parking",
        "walk-in",
        "directions",
        "visit us",
        "find us",
        "campus",
        "bill to",
        "remit to",
        "practice",
        "headquarters",
    ];
    static WORDS: std::sync::OnceLock<AhoCorasick> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        AhoCorasickBuilder::new().ascii_case_insensitive(true).build(PERSONAL.iter().chain(LABELS)).expect("place words compile")
    });
    let mut label = false;
    for m in words.find_iter(window) {
        // Whole words only: "your" is no "our".
        if m.start() > 0 && window[m.start() - 1].is_ascii_alphabetic() {
            continue;
        }
        if m.pattern().as_usize() < PERSONAL.len() {
            return false;
        }
        label |= m.start() + 40 >= window.len();
    }
    if label {
        return true;
    }
    // An organisation's name, capitalised, at most 30 bytes before.
    const ORGS: &[&str] = &[
        "care",
        "health",
        "healthcare",
        "clinic",
        "medical",
        "medicine",
        "pediatrics",
        "center",
        "centre",
        "hospital",
        "associates",
        "dental",
        "pharmacy",
        "wellness",
        "recovery",
        "supply",
        "group",
        "partners",
        "practice",
        "physicians",
        "orthopedics",
        "dermatology",
        "imaging",
        "laboratory",
        "labs",
        "therapy",
    ];
    let mut end = window.len();
    for w in window.rsplit(|b| !b.is_ascii_alphabetic()) {
        let start = end - w.len();
        if window.len() - end > 30 {
            break;
        }
        if w.len() >= 4 && w[0].is_ascii_uppercase() && ORGS.iter().any(|o| o.as_bytes().eq_ignore_ascii_case(w)) {
            return true;
        }
        end = start.saturating_sub(1);
        if start == 0 {
            break;
        }
    }
    false
}

/// Whole-word, case-insensitive, longest-match keywords of one automaton kind (`None` for none).
fn keyword_automaton(terms: &[String], kind: aho_corasick::AhoCorasickKind) -> Option<AhoCorasick> {
    (!terms.is_empty()).then(|| {
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(AcMatchKind::LeftmostLongest)
            .kind(Some(kind))
            .build(terms)
            .expect("keywords compile")
    })
}

/// Whether a count of people stands just before `pos` ("42 patients with ", "118 members
/// diagnosed with "): a condition in an aggregate statistic, not a person's.
fn aggregate_before(hay: &[u8], pos: usize) -> bool {
    let w = &hay[pos.saturating_sub(40)..pos];
    let ends = |c: &[u8]| w.len() >= c.len() && w[w.len() - c.len()..].eq_ignore_ascii_case(c);
    let Some(c) = [&b" with "[..], b" who have ", b" diagnosed with ", b" living with ", b" treated for "].into_iter().find(|c| ends(c))
    else {
        return false;
    };
    let w = w[..w.len() - c.len()].trim_ascii_end();
    let Some(noun_start) = w.iter().rposition(|b| *b == b' ') else { return false };
    let noun = &w[noun_start + 1..];
    if ![
        &b"patients"[..],
        b"members",
        b"people",
        b"adults",
        b"children",
        b"women",
        b"men",
        b"veterans",
        b"residents",
        b"enrollees",
        b"visits",
    ]
    .iter()
    .any(|n| n.eq_ignore_ascii_case(noun))
    {
        return false;
    }
    // The count, with up to two words between it and the noun ("37 new patients", "12 active
    // adult members").
    let mut rest = w[..noun_start].trim_ascii_end();
    for _ in 0..3 {
        if rest.last().is_some_and(u8::is_ascii_digit) {
            return true;
        }
        match rest.iter().rposition(|b| *b == b' ') {
            Some(sp) if rest[sp + 1..].iter().all(u8::is_ascii_lowercase) => rest = rest[..sp].trim_ascii_end(),
            _ => return false,
        }
    }
    false
}

/// Whether a short window holds `needle` (a plain scan: building a `memmem` searcher costs more
/// than it saves on a few dozen bytes).
fn has(window: &[u8], needle: &[u8]) -> bool {
    let first = needle[0];
    window.windows(needle.len()).any(|w| w[0] == first && w == needle)
}

/// ` (1` right after `end`: a parenthesised number follows.
fn paren_digit_after(hay: &[u8], end: usize) -> bool {
    let rest = &hay[end.min(hay.len())..];
    let rest = rest.strip_prefix(b" ").unwrap_or(rest);
    rest.len() >= 2 && rest[0] == b'(' && rest[1].is_ascii_digit()
}

/// Whether `pos` is inside a `[REDACTED:category]` marker phiwall wrote.
fn in_marker(hay: &[u8], pos: usize) -> bool {
    if pos == 0 || !hay[pos - 1].is_ascii_alphabetic() && hay[pos - 1] != b':' {
        return false;
    }
    let lo = pos.saturating_sub(32);
    memchr::memmem::rfind(&hay[lo..pos], b"[REDACTED:").is_some_and(|k| !hay[lo + k..pos].contains(&b']'))
}

/// Whether `pos` starts the user-info part of a URL (`https://key@host`, `ftp://user:pw@host`).
fn url_userinfo(hay: &[u8], pos: usize) -> bool {
    let lo = pos.saturating_sub(256);
    let before = &hay[lo..pos];
    match memchr::memmem::rfind(before, b"://") {
        Some(k) => !before[k + 3..].iter().any(|b| matches!(b, b'/' | b'@' | b'?' | b'#') || b.is_ascii_whitespace()),
        None => false,
    }
}

/// A maximal run of digit groups is one card, or several cards written one after another
/// (and then the first is returned; scanning resumes after it). Anything else (a 22-digit
/// tracking number in groups of four) is no card at all.
fn card_run(hay: &[u8], span: Range<usize>) -> Option<Range<usize>> {
    let run = &hay[span.clone()];
    let digits = run.iter().filter(|b| b.is_ascii_digit()).count();
    if digits <= 19 {
        return validators::card(run).then_some(span);
    }
    // Group boundaries: positions after which a separator follows.
    let mut cuts = vec![];
    for (i, b) in run.iter().enumerate() {
        if !b.is_ascii_digit() {
            cuts.push(i);
        }
    }
    cuts.push(run.len());
    // Greedy split into valid cards, all or nothing.
    let mut start = 0;
    let mut first = None;
    while start < run.len() {
        let mut found = None;
        for &c in &cuts {
            if c <= start {
                continue;
            }
            let chunk = &run[start..c];
            let n = chunk.iter().filter(|b| b.is_ascii_digit()).count();
            if n > 19 {
                break;
            }
            if n >= 13 && validators::card(chunk) {
                found = Some(c);
                break;
            }
        }
        let c = found?;
        first.get_or_insert(span.start + start..span.start + c);
        start = c + 1;
    }
    first
}

/// The span of `v` without surrounding white space and quotes.
fn trim(v: &[u8]) -> (usize, usize) {
    let mut a = 0;
    let mut b = v.len();
    while a < b && (v[a].is_ascii_whitespace() || v[a] == b'"') {
        a += 1;
    }
    while b > a && (v[b - 1].is_ascii_whitespace() || v[b - 1] == b'"') {
        b -= 1;
    }
    (a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn def(id: &str, cat: Category) -> DetectorDef {
        DetectorDef { id: id.into(), category: Some(cat), ..Default::default() }
    }

    fn scanner() -> Scanner {
        let mut ssn = def("ssn", Category::Ssn);
        ssn.patterns = vec![r"\b\d{3}[- .]\d{2}[- .]\d{4}\b".into()];
        ssn.validator = Some(Validator::Ssn);
        let mut npi = def("npi-bare", Category::Npi);
        npi.patterns = vec![r"\b\d{10}\b".into()];
        npi.validator = Some(Validator::Npi);
        npi.words = vec!["npi".into()];
        npi.required = true;
        let mut phone = def("phone-bare", Category::Phone);
        phone.patterns = vec![r"\b\d{10}\b".into()];
        phone.validator = Some(Validator::PhoneNanp);
        phone.words = vec!["phone".into(), "call".into()];
        phone.required = true;
        let mut dob = def("dob-label", Category::Dob);
        dob.patterns = vec![r"(?i:\bdob\b)\s*:?\s*(?P<value>\d{1,2}/\d{1,2}/\d{4})".into()];
        dob.validator = Some(Validator::Date);
        let mut cond = def("condition", Category::Condition);
        cond.keywords = vec!["breast cancer".into(), "hiv".into()];
        let mut first = def("name-keyed", Category::Name);
        first.keys = vec![r"(^|\.)first_name$".into()];
        first.validator = Some(Validator::PersonName);
        Scanner::new(vec![ssn, npi, phone, dob, cond, first]).unwrap()
    }

    fn found(s: &Scanner, text: &str) -> Vec<(String, String)> {
        let mut out = vec![];
        s.scan_text(text.as_bytes(), &NoFields, &mut out);
        out.iter().map(|f| (s.detector(f.detector).id.clone(), text[f.span.clone()].to_string())).collect()
    }

    #[test]
    fn patterns_validators_and_context() {
        let s = scanner();
        assert_eq!(found(&s, "ssn 078-05-1123 ok"), vec![("ssn".into(), "078-05-1123".into())]);
        assert!(found(&s, "id 000-05-1123").is_empty());
        // Same shape, two detectors: the second gets its chance when the first rejects.
        assert_eq!(found(&s, "call me on 4155550132"), vec![("phone-bare".into(), "4155550132".into())]);
        assert_eq!(found(&s, "NPI 1234567893"), vec![("npi-bare".into(), "1234567893".into())]);
        assert!(found(&s, "ts 1714557600 id").is_empty());
        assert_eq!(found(&s, "DOB: 03/14/1962."), vec![("dob-label".into(), "03/14/1962".into())]);
        assert!(found(&s, "DOB: 13/45/1962").is_empty());
    }

    #[test]
    fn markup_between_label_and_value() {
        let s = scanner();
        let text = r#"<p>DOB: <span class="v">03/14/1962</span></p>"#;
        assert_eq!(found(&s, text), vec![("dob-label".into(), "03/14/1962".into())]);
        // Found once, not once per reading.
        assert_eq!(found(&s, "<b>DOB: 03/14/1962</b>"), vec![("dob-label".into(), "03/14/1962".into())]);
    }

    #[test]
    fn keywords_whole_words_and_slugs() {
        let s = scanner();
        assert_eq!(found(&s, "/services/breast-cancer-screening"), vec![("condition".into(), "breast-cancer".into())]);
        assert_eq!(found(&s, "q=Breast+Cancer"), vec![("condition".into(), "Breast+Cancer".into())]);
        assert_eq!(found(&s, "HIV test"), vec![("condition".into(), "HIV".into())]);
        assert!(found(&s, "archive of posts").is_empty());
    }

    #[test]
    fn accented_keywords_in_any_case() {
        let v = keyword_variants("depresión");
        assert!(v.contains(&"DEPRESIÓN".to_string()), "{v:?}");
        let v = keyword_variants("úlcera péptica");
        assert!(v.contains(&"ÚLCERA PÉPTICA".to_string()) && v.contains(&"Úlcera péptica".to_string()), "{v:?}");
    }

    #[test]
    fn key_only_detectors() {
        let s = scanner();
        let class = s.classify_key("patient.first_name");
        let mut out = vec![];
        s.scan_value(b" Maria ", &class, &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].span, 1..6);
        out.clear();
        s.scan_value(b"Maria", &s.classify_key("product.name"), &mut out);
        assert!(out.is_empty());
    }

    #[test]
    fn asciify_rewrites_outside_classes() {
        assert_eq!(asciify(r"\b\d[\d-]\\b"), r"(?-u:\b)[0-9][0-9-]\\b");
        assert_eq!(asciify(r"[^\]\d]\B"), r"[^\]0-9](?-u:\B)");
    }
}
