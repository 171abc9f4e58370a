//! Validators for values that have no check digit: person names, identifiers, addresses.
//!
//! A name has no shape a regex can prove, so these validators mostly say what a value is *not*:
//! a placeholder (`n/a`, `unknown`), an event name (`pricing_viewed`), ordinary words
//! ("Patient Portal", "Starter Plan"), a URL. Label patterns capture greedily, so a name
//! candidate is also trimmed of trailing label words ("MARIA GONZALEZ DOB" → "MARIA GONZALEZ").

use rustc_hash::FxHashSet as HashSet;
use std::ops::Range;
use std::sync::OnceLock;

/// Capitalized words that are not names when they make up the whole candidate.
const COMMON_WORDS: &str = include_str!("../../rules/data/common-words.txt");

fn common_words() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| word_set(COMMON_WORDS, usize::MAX))
}

/// Whether a lowercase word is an ordinary (non-name) word.
pub fn is_common_word(w: &str) -> bool {
    common_words().contains(w)
}

const FIRST_NAMES: &str = include_str!("../../rules/data/first-names.txt");
const FIRST_NAMES_INTL: &str = include_str!("../../rules/data/first-names-intl.txt");
const SURNAMES: &str = include_str!("../../rules/data/surnames.txt");
const SURNAMES_INTL: &str = include_str!("../../rules/data/surnames-intl.txt");

fn word_set(text: &'static str, limit: usize) -> HashSet<&'static str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).take(limit).collect()
}

fn first_names() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut s = word_set(FIRST_NAMES, usize::MAX);
        s.extend(word_set(FIRST_NAMES_INTL, usize::MAX));
        s
    })
}

/// The most frequent surnames (rank order in the file).
fn surnames() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut s = word_set(SURNAMES, 20_000);
        s.extend(word_set(SURNAMES_INTL, usize::MAX));
        s
    })
}

/// Words that start place names or titles, not people ("Los Angeles", "San Diego", "Fort Worth").
const NOT_NAME_STARTS: &[&str] = &[
    "los",
    "las",
    "san",
    "santa",
    "new",
    "fort",
    "port",
    "saint",
    "st",
    "mount",
    "mt",
    "lake",
    "north",
    "south",
    "east",
    "west",
    "upper",
    "lower",
    "great",
    "little",
    "big",
    "old",
    "united",
    "grand",
    "palm",
    "glen",
    "el",
    "la",
    "le",
    "des",
    "du",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "happy",
    "merry",
    "hello",
    "dear",
    "thank",
    "thanks",
    "best",
    "kind",
    "warm",
    "regards",
    "sincerely",
    "team",
    "the",
    "our",
    "your",
    "my",
    "dr",
    "doctor",
    "nurse",
    "prof",
    "mr",
    "mrs",
    "ms",
    "miss",
    "sir",
    "madam",
];

/// Credentials written after a clinician's name ("Leah Odom, FNP", "Miriam Castellano MD"); not
/// the ones that are also states ("PA", "MA") or words.
const CREDENTIALS: &[&str] = &[
    "md", "do", "np", "fnp", "fnpc", "fnpbc", "aprn", "apn", "pac", "rn", "bsn", "msn", "lpn", "lvn", "dds", "dmd", "phd", "psyd", "lcsw",
    "lmsw", "lpc", "lmft", "od", "dpm", "pharmd", "rph", "cnm", "crna", "dnp", "mbbs", "facs", "facp", "faap", "otr", "dpt", "slp", "ccc",
    "cma", "mph", "lac", "ibclc", "anp", "whnp", "pmhnp", "agpcnp",
];

/// Whether `t` is a clinician's credential (`MD`, `M.D.`, `PA-C`, `FNP-BC`).
fn is_credential(t: &str) -> bool {
    let w: String = t.chars().filter(|c| c.is_ascii_alphabetic()).map(|c| c.to_ascii_lowercase()).collect();
    // Written in capitals (or as M.D.), so "Do" or "Ma" in a sentence is not read as one.
    let caps = t.chars().filter(|c| c.is_ascii_alphabetic()).all(|c| c.is_ascii_uppercase()) || t.contains('.') && w == "md";
    caps && CREDENTIALS.contains(&w.as_str())
}

/// Whether a clinician's credential follows a name ending at `end` (", MD", " FNP-C").
pub fn credential_follows(hay: &[u8], end: usize) -> bool {
    let rest = &hay[end..(end + 24).min(hay.len())];
    let mut i = 0;
    while i < rest.len() && matches!(rest[i], b',' | b' ') && i < 3 {
        i += 1;
    }
    if i == 0 {
        return false;
    }
    let tok: Vec<u8> = rest[i..].iter().copied().take_while(|b| b.is_ascii_alphabetic() || matches!(b, b'.' | b'-')).collect();
    let tok = String::from_utf8_lossy(&tok);
    is_credential(tok.trim_end_matches(['.', '-']))
}

/// A person's name in free text, decided by name lists: "First Last" where the first word is a
/// known given name or the last a frequent surname, and no word is an ordinary word. Names after
/// "Dr." are a provider's, not a patient's, and are left alone.
/// One word that is a listed given name and not an ordinary word ("Jordan", not "Today").
pub fn first_name(s: &[u8]) -> bool {
    let Ok(s) = std::str::from_utf8(s) else { return false };
    let w = word_chars(s);
    first_names().contains(w.as_str()) && !is_common_word(&w) && !NOT_NAME_STARTS.contains(&w.as_str())
}

pub fn person_name_dict(hay: &[u8], span: Range<usize>) -> Option<Range<usize>> {
    // Words on either side of a tab are two cells of a row, not one name.
    if hay[span.clone()].contains(&b'\t') {
        return None;
    }
    let before = &hay[span.start.saturating_sub(16)..span.start];
    let before_l = String::from_utf8_lossy(before).to_ascii_lowercase();
    let bt = before_l.trim_end();
    if bt.ends_with("dr.") || bt.ends_with("dr") || bt.ends_with("doctor") || bt.ends_with("md") || bt.ends_with("nurse") {
        return None;
    }
    let s = std::str::from_utf8(&hay[span.clone()]).ok()?;
    // "Leah Odom, FNP": a clinician, not a patient.
    if credential_follows(hay, span.end) {
        return None;
    }
    // "Sunrise Heart Center": a name followed by what the place is is not a person's.
    let after = &hay[span.end..(span.end + 24).min(hay.len())];
    let next: String = String::from_utf8_lossy(after)
        .strip_prefix(' ')
        .unwrap_or("")
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    let last_word = s.rsplit(|c: char| !c.is_alphabetic()).find(|w| !w.is_empty()).unwrap_or("").to_lowercase();
    if ORG_WORDS.contains(&next.as_str()) || ORG_WORDS.contains(&last_word.as_str()) {
        return None;
    }
    // "Last, First [M.]" and HL7's `LAST^FIRST`: both lists must agree (places read "Austin, Texas").
    if let Some((last, rest)) = s.split_once(',').or_else(|| s.split_once('^')) {
        let last = word_chars(last.trim());
        let first = word_chars(rest.split_whitespace().next()?);
        let ordinary = |w: &str| is_common_word(w) || NOT_NAME_STARTS.contains(&w);
        let known = first_names().contains(first.as_str()) && last.split('-').all(|p| surnames().contains(p));
        return (known && !ordinary(&first) && !ordinary(&last) && !PLACES.contains(&first.as_str())).then_some(span);
    }
    let tokens: Vec<&str> = s.split_whitespace().collect();
    if tokens.len() < 2 || tokens.len() > 5 {
        return None;
    }
    let words: Vec<String> = tokens.iter().map(|t| word_chars(t)).collect();
    let first = words.first()?;
    let last = words.last()?;
    if NOT_NAME_STARTS.contains(&first.as_str()) || words.iter().any(|w| DEMONYMS.contains(&w.as_str())) {
        return None;
    }
    // Particles (van, de, der…) and initials are fine; every real word must not be ordinary.
    for w in &words {
        if w.len() > 1 && is_common_word(w) {
            return None;
        }
        if NOT_NAME_STARTS[..NOT_NAME_STARTS.len() - 10].contains(&w.as_str()) && w != first {
            return None;
        }
    }
    // In capitals (a fax, a caller id): a given name and a surname, in either order, both listed.
    let capitals = s.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    if capitals {
        let words: Vec<&String> = words.iter().filter(|w| w.chars().count() > 1).collect();
        let (a, b) = (words.first()?, words.last()?);
        let known = |f: &str, l: &str| first_names().contains(f) && l.split('-').all(|p| surnames().contains(p));
        let ok =
            words.len() >= 2 && words.iter().all(|w| !is_common_word(w) && !PLACES.contains(&w.as_str())) && (known(a, b) || known(b, a));
        return ok.then_some(span);
    }
    let lowercase = tokens[0].chars().next().is_some_and(char::is_lowercase);
    let known_first = first_names().contains(first.as_str());
    let known_last = last.split('-').any(|p| surnames().contains(p));
    // Lowercase names need both lists, unless a word that introduces a person precedes them.
    let prev_word = bt.rsplit(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).unwrap_or("");
    let strong = matches!(prev_word, "patient" | "pt" | "subscriber" | "member" | "client" | "guarantor" | "insured" | "resident");
    // "Cedar Park", "Palm Springs", "Forest Hills": a place unless the first word is a given name.
    if !known_first && PLACE_ENDINGS.contains(&last.as_str()) {
        return None;
    }
    let ok = if lowercase && !strong { known_first && known_last } else { known_first || known_last && first.len() >= 3 };
    ok.then_some(span)
}

/// Last words that make a name an organisation's ("Sunrise Family Clinic", "Acme Health LLC").
const ORG_ENDINGS: &[&str] = &[
    "family",
    "families",
    "household",
    "team",
    "clinic",
    "clinics",
    "hospital",
    "hospitals",
    "medical",
    "medicine",
    "health",
    "healthcare",
    "pharmacy",
    "center",
    "centre",
    "dental",
    "dentistry",
    "associates",
    "group",
    "inc",
    "llc",
    "ltd",
    "llp",
    "pc",
    "pllc",
    "corp",
    "corporation",
    "company",
    "foundation",
    "institute",
    "university",
    "laboratory",
    "laboratories",
    "labs",
    "services",
    "partners",
    "practice",
    "pediatrics",
    "orthopedics",
    "dermatology",
    "cardiology",
    "radiology",
    "oncology",
    "physicians",
    "surgery",
    "wellness",
    "care",
    "team",
    "office",
    "support",
    "billing",
    "noreply",
];

/// Words that, right after two capitalised words, make them a place's name ("Sunrise Heart
/// Center"). Narrower than `ORG_ENDINGS`: prose goes on after a name ("Maria Gonzalez, care plan").
const ORG_WORDS: &[&str] = &[
    "clinic",
    "clinics",
    "hospital",
    "medical",
    "center",
    "centre",
    "pharmacy",
    "health",
    "healthcare",
    "dental",
    "associates",
    "group",
    "inc",
    "llc",
    "foundation",
    "institute",
    "university",
    "laboratory",
    "labs",
    "pediatrics",
    "force",
    "forces",
    "lines",
    "agency",
    "finance",
    "financial",
    "investments",
    "investment",
    "bank",
    "capital",
    "partners",
    "holdings",
    "ratings",
    "movers",
    "orchestra",
    "airlines",
    "airways",
    "motors",
    "systems",
    "technologies",
    "technology",
    "solutions",
    "consulting",
    "media",
    "press",
    "publishing",
    "studios",
    "studio",
    "energy",
    "insurance",
    "realty",
    "properties",
    "construction",
    "logistics",
    "trust",
    "fund",
    "ventures",
    "industries",
    "international",
    "global",
    "corporation",
    "corp",
    "company",
    "ltd",
    "plc",
    "gmbh",
    "school",
    "academy",
    "college",
    "church",
    "library",
    "museum",
    "hotel",
    "restaurant",
    "cafe",
    "bakery",
    "deli",
    "market",
    "store",
    "shop",
    "mall",
    "plaza",
    "tower",
    "airport",
    "station",
    "club",
    "association",
    "society",
    "council",
    "committee",
    "department",
    "ministry",
    "network",
    "services",
    "pharmaceuticals",
    "therapeutics",
    "biosciences",
    "diagnostics",
    "imaging",
    "urgent",
    "hospice",
];

/// Last words of place names that are also surnames (Park, Hill, Lake, Brooks...).
const PLACE_ENDINGS: &[&str] = &[
    "park", "parks", "springs", "spring", "heights", "hill", "hills", "valley", "lake", "lakes", "beach", "city", "falls", "grove",
    "ridge", "creek", "village", "point", "harbor", "harbour", "bay", "island", "woods", "wood", "meadows", "crossing", "square",
    "station", "gardens", "garden", "brook", "brooks", "field", "fields", "ford", "port", "mill", "mills", "glen", "dale", "vale", "cove",
    "bend", "landing", "terrace", "plains", "rapids", "shores", "haven", "town", "ville", "street", "road", "avenue", "way",
];

/// Nationalities and languages: "The Japanese Border Force", "Czech Airlines" are not people.
const DEMONYMS: &[&str] = &[
    "american",
    "british",
    "german",
    "spanish",
    "italian",
    "portuguese",
    "dutch",
    "belgian",
    "swiss",
    "austrian",
    "swedish",
    "norwegian",
    "danish",
    "finnish",
    "icelandic",
    "irish",
    "scottish",
    "polish",
    "czech",
    "slovak",
    "hungarian",
    "romanian",
    "bulgarian",
    "greek",
    "turkish",
    "russian",
    "ukrainian",
    "serbian",
    "croatian",
    "bosnian",
    "albanian",
    "japanese",
    "chinese",
    "korean",
    "vietnamese",
    "thai",
    "filipino",
    "indonesian",
    "malaysian",
    "indian",
    "pakistani",
    "bangladeshi",
    "nepali",
    "afghan",
    "iranian",
    "iraqi",
    "syrian",
    "lebanese",
    "israeli",
    "egyptian",
    "moroccan",
    "nigerian",
    "ghanaian",
    "kenyan",
    "ethiopian",
    "somali",
    "african",
    "mexican",
    "canadian",
    "brazilian",
    "argentine",
    "argentinian",
    "chilean",
    "colombian",
    "peruvian",
    "venezuelan",
    "cuban",
    "haitian",
    "dominican",
    "puerto",
    "guatemalan",
    "salvadoran",
    "honduran",
    "australian",
    "asian",
    "european",
    "latino",
    "latina",
    "hispanic",
    "arab",
    "arabic",
    "persian",
    "hindi",
    "mandarin",
    "cantonese",
    "tagalog",
    "creole",
];

/// States, provinces and countries that are also given names: "Orlando, Florida" is a place.
const PLACES: &[&str] = &[
    "alabama",
    "alaska",
    "arizona",
    "arkansas",
    "california",
    "carolina",
    "colorado",
    "connecticut",
    "dakota",
    "delaware",
    "florida",
    "georgia",
    "hawaii",
    "idaho",
    "illinois",
    "indiana",
    "iowa",
    "kansas",
    "kentucky",
    "louisiana",
    "maine",
    "maryland",
    "massachusetts",
    "michigan",
    "minnesota",
    "mississippi",
    "missouri",
    "montana",
    "nebraska",
    "nevada",
    "hampshire",
    "jersey",
    "mexico",
    "york",
    "ohio",
    "oklahoma",
    "oregon",
    "pennsylvania",
    "rhode",
    "tennessee",
    "texas",
    "utah",
    "vermont",
    "virginia",
    "washington",
    "wisconsin",
    "wyoming",
    "ontario",
    "quebec",
    "alberta",
    "victoria",
    "france",
    "italy",
    "spain",
    "germany",
    "england",
    "ireland",
    "scotland",
    "wales",
    "india",
    "china",
    "japan",
    "brazil",
    "argentina",
    "chile",
    "peru",
    "israel",
    "egypt",
    "kenya",
    "nigeria",
    "ghana",
    "jamaica",
    "cuba",
    "haiti",
    "canada",
    "australia",
    "austria",
    "belgium",
    "holland",
    "greece",
    "turkey",
    "russia",
    "poland",
    "sweden",
    "norway",
    "denmark",
    "finland",
    "portugal",
    "philippines",
    "vietnam",
    "korea",
    "usa",
    "uk",
];

/// Words that end a name inside a label pattern's capture.
const STOP_AFTER_NAME: &[&str] = &[
    "dob",
    "mrn",
    "ssn",
    "age",
    "sex",
    "phone",
    "tel",
    "dos",
    "id",
    "born",
    "was",
    "is",
    "and",
    "with",
    "has",
    "had",
    "who",
    "the",
    "on",
    "at",
    "for",
    "from",
    "to",
    "in",
    "of",
    "admitted",
    "seen",
    "presented",
    "presents",
    "reports",
    "mr",
    "ms",
    "mrs",
    "male",
    "female",
    "m",
    "f",
    "yo",
    "y",
    "email",
    "address",
    "member",
    "insurance",
    "npi",
    "date",
    "birth",
    "diagnosis",
    "dx",
    "zip",
    "room",
    "bed",
    "visit",
    "dr",
    "md",
];

const PLACEHOLDERS: &[&str] = &[
    "null",
    "none",
    "nil",
    "n/a",
    "na",
    "unknown",
    "test",
    "testing",
    "anonymous",
    "anon",
    "redacted",
    "guest",
    "user",
    "patient",
    "customer",
    "client",
    "member",
    "undefined",
    "true",
    "false",
    "yes",
    "no",
    "tbd",
    "-",
    "name",
    "first",
    "last",
    "first name",
    "last name",
    "full name",
    "your name",
    "string",
    "value",
    "default",
];

fn word_chars(w: &str) -> String {
    let mut out = String::new();
    word_chars_into(w, &mut out);
    out
}

/// `w` without surrounding punctuation, lowercase, into `out` (cleared first).
fn word_chars_into(w: &str, out: &mut String) {
    out.clear();
    let t = w.trim_matches(|c: char| !c.is_alphanumeric());
    if t.is_ascii() {
        out.push_str(t);
        out.make_ascii_lowercase();
    } else {
        out.extend(t.chars().flat_map(char::to_lowercase));
    }
}

/// A person's name. Returns the (possibly trimmed) span, or `None`.
pub fn person_name(hay: &[u8], span: Range<usize>) -> Option<Range<usize>> {
    let s = std::str::from_utf8(&hay[span.clone()]).ok()?;
    // Trim white space, quotes and trailing punctuation.
    let lead = s.len() - s.trim_start_matches(|c: char| c.is_whitespace() || c == '"' || c == '\'').len();
    let mut body = s[lead..].trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | ',' | '.' | ';' | ':' | ')'));
    if let Some(tab) = body.find('\t') {
        body = body[..tab].trim_end();
    }
    if body.is_empty() || body.len() > 100 {
        return None;
    }
    // Tags and user names join a name's words with `_` ("alvaro_mendes"): read them as spaces
    // when that is all there is (letters, and `_` only between them). Same length, same span.
    let spaced;
    if body.contains('_') && snake_words(body) {
        spaced = body.replace('_', " ");
        body = &spaced;
    }
    if body.contains(['@', '/', '\\', '=', '{', '}', '<', '>', '|', '_', '[', ']', '#', '%', '?', '&']) {
        return None;
    }
    // Drop trailing label words a greedy capture took along ("GONZALEZ DOB").
    loop {
        let trimmed = body.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | '(' | ')'));
        let Some(cut) = trimmed.rfind(|c: char| c.is_whitespace() || c == ',') else {
            body = trimmed;
            break;
        };
        let last = word_chars(&trimmed[cut + 1..]);
        if STOP_AFTER_NAME.contains(&last.as_str()) {
            body = &trimmed[..cut];
        } else {
            body = trimmed;
            break;
        }
    }
    let tokens = || body.split(|c: char| c.is_whitespace() || c == ',').filter(|t| !t.is_empty());
    let count = tokens().count();
    if count == 0 || count > 6 {
        return None;
    }
    // "Dr. Nadia Farouk" (a provider record's name): a clinician's.
    if count > 1
        && tokens().next().is_some_and(|t| matches!(t.trim_end_matches('.').to_ascii_lowercase().as_str(), "dr" | "dra" | "doctor"))
    {
        return None;
    }
    // "Leah Odom, FNP" (a value, or a name with its credential after it): a clinician's.
    if count > 1 && tokens().next_back().is_some_and(is_credential) || credential_follows(hay, span.start + lead + body.len()) {
        return None;
    }
    // "The Smith Family", "Our Team": an article or a possessive opens a noun phrase, not a name.
    if count > 1
        && tokens().next().is_some_and(|t| {
            matches!(
                t.to_ascii_lowercase().as_str(),
                "the" | "a" | "an" | "this" | "that" | "our" | "your" | "my" | "his" | "her" | "their"
            )
        })
    {
        return None;
    }
    let mut w = String::with_capacity(body.len());
    w.push_str(body);
    if w.is_ascii() {
        w.make_ascii_lowercase();
    } else {
        w = body.to_lowercase();
    }
    if PLACEHOLDERS.contains(&w.as_str()) {
        return None;
    }
    // "Sunrise Family Clinic", "Acme Health, Inc.": an organisation ends with what it is.
    if let Some(t) = tokens().next_back() {
        word_chars_into(t, &mut w);
        if count >= 2 && ORG_ENDINGS.contains(&w.as_str()) {
            return None;
        }
    }
    let mut any_letter = false;
    let mut all_common = true;
    let mut longest = 0;
    for t in tokens() {
        if slug_or_dotted(t) {
            return None;
        }
        word_chars_into(t, &mut w);
        longest = longest.max(w.chars().count());
        if w.is_empty() {
            continue;
        }
        if w.chars().all(|c| c.is_ascii_digit()) || (w.len() >= 16 && w.chars().all(|c| c.is_ascii_hexdigit())) {
            return None;
        }
        if w.chars().any(char::is_alphabetic) {
            any_letter = true;
        }
        if !is_common_word(&w) && !STOP_AFTER_NAME.contains(&w.as_str()) {
            all_common = false;
        }
    }
    // A Chinese, Japanese or Korean name part is one or two characters ("刘", "建").
    let cjk = body.chars().any(|c| matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{3040}'..='\u{30FF}'));
    if !any_letter || all_common || (longest < 2 && !cjk) {
        return None;
    }
    let start = span.start + lead;
    // One word followed by a colon is the next key (`name:\n  given: …`), not a name.
    if count == 1 {
        let after = hay[start + body.len()..].iter().find(|b| !matches!(b, b' ' | b'\t' | b'"' | b'\''));
        if after == Some(&b':') {
            return None;
        }
    }
    Some(start..start + body.len())
}

/// A token that is a slug or a dotted identifier, not a name: lowercase words joined by hyphens
/// one of which is an ordinary word ("spring-clinic-promo"; "ferreira-lima" is a name), or
/// words joined by dots ("AWS.SNS.SMS.SMSType"; initials "J.R." are a name).
fn slug_or_dotted(t: &str) -> bool {
    let b = t.as_bytes();
    let dotted = b.windows(3).any(|w| w[0] == b'.' && w[1].is_ascii_alphanumeric() && w[2].is_ascii_alphanumeric());
    if dotted {
        return true;
    }
    if !t.contains('-') || t.chars().any(char::is_uppercase) {
        return false;
    }
    let parts: Vec<&str> = t.split('-').filter(|p| !p.is_empty()).collect();
    parts.len() >= 2
        && parts.iter().any(|p| {
            let p = p.trim_matches(|c: char| !c.is_alphanumeric());
            p.chars().any(|c| c.is_ascii_digit()) || (is_common_word(p) && !first_names().contains(p) && !surnames().contains(p))
        })
}

/// A person's name written as a slug or a file name (`precious-mahlangu.json`,
/// `ximena_de_la_fuente`, `maria.gonzalez`): two to five words of letters joined by `-`, `_`,
/// `.` or spaces, the first a known given name and no word an ordinary one or a company's. A
/// trailing file extension is not part of the name.
pub fn name_slug(hay: &[u8], span: Range<usize>) -> Option<Range<usize>> {
    let t = std::str::from_utf8(&hay[span.clone()]).ok()?;
    let body = match t.rsplit_once('.') {
        Some((b, ext))
            if (2..=5).contains(&ext.len())
                && ext.bytes().all(|c| c.is_ascii_lowercase())
                && matches!(ext, "json" | "xml" | "html" | "htm" | "pdf" | "txt" | "csv" | "php" | "aspx" | "jpg" | "png") =>
        {
            b
        }
        _ => t,
    };
    let words: Vec<String> = body.split(['-', '_', '.', ' ', '+']).map(str::to_lowercase).collect();
    if !(2..=5).contains(&words.len()) || words.iter().any(|w| w.is_empty() || !w.chars().all(char::is_alphabetic)) {
        return None;
    }
    const PARTICLES: &[&str] = &["de", "del", "la", "van", "von", "der", "den", "da", "di", "dos", "das", "le", "bin", "al", "el", "y"];
    let first = &words[0];
    let rest = &words[1..];
    let plain = |w: &String| w.chars().count() >= 2 && !is_common_word(w);
    let known_first = first_names().contains(first.as_str());
    let rest_ok = rest.iter().all(|w| PARTICLES.contains(&w.as_str()) || plain(w)) && rest.iter().any(|w| !PARTICLES.contains(&w.as_str()));
    let org = words.iter().any(|w| ORG_WORDS.contains(&w.as_str()));
    (plain(first) && rest_ok && known_first && !org).then_some(span.start..span.start + body.len())
}

/// Two to four words of letters joined by single underscores, one of them a known given name or
/// surname ("alvaro_mendes", not "new_patient" or "self_pay").
fn snake_words(s: &str) -> bool {
    let n = s.split('_').count();
    (2..=4).contains(&n)
        && s.split('_').all(|w| w.chars().count() >= 2 && w.chars().all(char::is_alphabetic))
        && s.split('_').any(|w| {
            let w = w.to_lowercase();
            !is_common_word(&w) && (first_names().contains(w.as_str()) || surnames().contains(w.as_str()))
        })
}

/// An identifier such as an MRN or member id: 3 to 40 characters of letters, digits and
/// `-_./`, with at least one digit.
pub fn identifier(s: &[u8]) -> bool {
    let t = trim_ascii(s);
    (3..=40).contains(&t.len())
        && t.iter().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'/' | b' ' | b'^' | b'&' | b'(' | b')'))
        && t.iter().any(u8::is_ascii_digit)
        && !t.iter().all(|b| *b == t[0])
        // A 32-, 40- or 64-hex digest is a session, visit or hash id, not a record number.
        && !(matches!(t.len(), 32 | 40 | 64) && t.iter().all(u8::is_ascii_hexdigit))
}

/// A street address, city, unit or similar: some letters or digits, not a placeholder or a URL.
pub fn address(s: &[u8]) -> bool {
    let t = trim_ascii(s);
    let Ok(t) = std::str::from_utf8(t) else {
        return false;
    };
    !t.is_empty()
        && t.len() <= 200
        && t.chars().any(char::is_alphanumeric)
        && !t.contains("://")
        && !PLACEHOLDERS.contains(&t.to_lowercase().as_str())
        && !contact_point(t)
}

/// A phone number or e-mail address, possibly with a scheme (`whatsapp:+14155550132`,
/// `sip:…`): what messaging APIs keep under `Address` keys. Not a street address; its own
/// detectors judge it.
fn contact_point(t: &str) -> bool {
    let t = t
        .split_once(':')
        .filter(|(scheme, _)| scheme.len() <= 10 && scheme.bytes().all(|b| b.is_ascii_alphabetic()))
        .map_or(t, |(_, rest)| rest);
    let phone = t.bytes().filter(u8::is_ascii_digit).count() >= 7 && t.bytes().all(|b| b.is_ascii_digit() || b" +-.()".contains(&b));
    let email = !t.contains(' ') && t.find('@').is_some_and(|at| at > 0 && t[at + 1..].contains('.'));
    phone || email
}

fn trim_ascii(s: &[u8]) -> &[u8] {
    let mut a = 0;
    let mut b = s.len();
    while a < b && (s[a].is_ascii_whitespace() || s[a] == b'"') {
        a += 1;
    }
    while b > a && (s[b - 1].is_ascii_whitespace() || s[b - 1] == b'"') {
        b -= 1;
    }
    &s[a..b]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(s: &str) -> Option<&str> {
        person_name(s.as_bytes(), 0..s.len()).map(|r| &s[r])
    }

    #[test]
    fn names() {
        assert_eq!(name("Maria Gonzalez"), Some("Maria Gonzalez"));
        // Tag and user-name style: words joined by underscores.
        assert_eq!(name("alvaro_mendes"), Some("alvaro_mendes"));
        assert_eq!(name("new_patient"), None);
        assert_eq!(name("user_42"), None);
        assert_eq!(name("_private"), None);
        assert_eq!(name(" maria "), Some("maria"));
        assert_eq!(name("O'Brien-Smith, Siobhán"), Some("O'Brien-Smith, Siobhán"));
        assert_eq!(name("MARIA GONZALEZ DOB"), Some("MARIA GONZALEZ"));
        assert_eq!(name("Sumiko254 Larue605"), Some("Sumiko254 Larue605"));
        assert_eq!(name("Portal"), None);
        assert_eq!(name("Starter Plan"), None);
        assert_eq!(name("pricing_viewed"), None);
        assert_eq!(name("n/a"), None);
        assert_eq!(name("Unknown"), None);
        assert_eq!(name("12345"), None);
        assert_eq!(name("https://x.example/a"), None);
    }

    #[test]
    fn names_by_dictionary() {
        let n = |s: &str| person_name_dict(s.as_bytes(), 0..s.len()).is_some();
        assert!(n("Maria Gonzalez"));
        assert!(n("Samuel Bianchi"));
        assert!(n("Feng Baptiste") || n("Rashida Gupta"));
        assert!(n("mohammed whitaker") || n("samuel petrov"));
        assert!(!n("Page Viewed"));
        assert!(!n("Sunrise Family"));
        assert!(!n("Los Angeles"));
        assert!(!n("Patient Portal"));
        assert!(!n("grant access"));
        let t = "seen by Dr. Emily Harrow today";
        assert!(person_name_dict(t.as_bytes(), 12..24).is_none(), "providers are not patients");
        for t in ["Leah Odom, FNP will call", "Miriam Castellano, MD", "Tobias Enright DO", "Ana Ruiz, PA-C", "Rosa Delgado, M.D."] {
            let end = t.find([',']).unwrap_or(t.find(" D").unwrap_or(t.len()));
            assert!(person_name_dict(t.as_bytes(), 0..end).is_none(), "{t}: a clinician");
            let value = t.trim_end_matches(" will call");
            assert!(person_name(value.as_bytes(), 0..value.len()).is_none(), "{value}: a clinician");
        }
        // Capitals only: "Do" in a sentence, and states, are not credentials.
        let t = "Maria Gonzalez, Boston";
        assert!(person_name_dict(t.as_bytes(), 0..14).is_some());
        assert!(!credential_follows(b"Maria Gonzalez do you", 14));
        assert!(!credential_follows(b"Maria Gonzalez, PA 19104", 14));
    }

    #[test]
    fn name_slugs() {
        fn n(s: &str) -> Option<&str> {
            name_slug(s.as_bytes(), 0..s.len()).map(|r| &s[r])
        }
        assert_eq!(n("maria-gonzalez"), Some("maria-gonzalez"));
        assert_eq!(n("precious-mahlangu.json"), Some("precious-mahlangu"));
        assert_eq!(n("ximena_de_la_fuente"), Some("ximena_de_la_fuente"));
        assert_eq!(n("new-patient-forms"), None);
        assert_eq!(n("gold-tier"), None);
        assert_eq!(n("acme-corp"), None);
        assert_eq!(n("maria"), None);
        assert_eq!(n("maria-2024"), None);
    }

    #[test]
    fn identifiers_and_addresses() {
        assert!(identifier(b"4471823"));
        assert!(identifier(b"MRN-00123"));
        assert!(identifier(b"XYZ123456789"));
        assert!(!identifier(b"unknown"));
        assert!(!identifier(b"0000"));
        assert!(address(b"633 Abernathy Landing"));
        assert!(address(b"Ann Arbor"));
        assert!(!address(b"n/a"));
        assert!(address(b"#305"));
    }
}
