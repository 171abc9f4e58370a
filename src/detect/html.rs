//! HTML formatting tags inside text: e-mail templates, rich-text notes and rendered snippets put
//! markup between a label and its value (`MRN: <span>MR-7732018</span>`) or inside a name
//! (`Dear <b>Rosa</b> <b>Delgado</b>`), and Markdown does the same with its emphasis
//! (`**Patient:** Rosa Delgado`). The scanner reads such text a second time with each tag
//! replaced by one space, and maps what it finds back through an offset table.
//!
//! Only tags of HTML's text-level and block vocabulary are blanked; an XML document's own
//! elements (`<FirstName>`) are structure its view already walks, and blanking them would run
//! unrelated fields together.

/// Tag names blanked (lowercase).
const TAGS: &[&[u8]] = &[
    b"a",
    b"abbr",
    b"b",
    b"big",
    b"blockquote",
    b"br",
    b"center",
    b"cite",
    b"code",
    b"dd",
    b"div",
    b"dl",
    b"dt",
    b"em",
    b"font",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"hr",
    b"i",
    b"img",
    b"label",
    b"li",
    b"mark",
    b"ol",
    b"p",
    b"pre",
    b"q",
    b"s",
    b"small",
    b"span",
    b"strong",
    b"sub",
    b"sup",
    b"table",
    b"tbody",
    b"td",
    b"th",
    b"thead",
    b"time",
    b"tr",
    b"tt",
    b"u",
    b"ul",
];

/// Longest tag blanked (attributes included).
const MAX_TAG: usize = 512;

/// Text with its HTML formatting tags replaced by one space each, and where each of its bytes
/// came from.
pub struct Stripped {
    pub text: Vec<u8>,
    /// `from[i]`: the original offset of `text[i]`; one more entry for the end.
    from: Vec<u32>,
    /// Where each byte's original ends, when one byte stands for several (a folded digit);
    /// empty otherwise.
    to: Vec<u32>,
}

impl Stripped {
    /// An empty reading of an original of `len` bytes where one byte may stand for several
    /// (and several for one): each byte pushed says where its original starts and ends.
    pub(super) fn mapped(len: usize) -> Stripped {
        Stripped { text: Vec::with_capacity(len), from: Vec::with_capacity(len + 1), to: Vec::with_capacity(len) }
    }

    /// Appends `bytes`, all read from `from..to` of the original.
    pub(super) fn push(&mut self, bytes: &[u8], from: usize, to: usize) {
        for &b in bytes {
            self.text.push(b);
            self.from.push(from as u32);
            self.to.push(to as u32);
        }
    }

    /// Ends a reading of an original of `len` bytes.
    pub(super) fn finish(mut self, len: usize) -> Stripped {
        self.from.push(len as u32);
        self
    }

    /// The original offset of a position in `text` (`text.len()` included).
    pub fn original(&self, pos: usize) -> usize {
        self.from[pos] as usize
    }

    /// The position in `text` of an original offset: the first byte that came from at or after it.
    pub fn stripped(&self, orig: usize) -> usize {
        self.from.partition_point(|&f| (f as usize) < orig)
    }

    /// An original span for a span of `text`: from its first byte to just after its last.
    pub fn original_span(&self, span: &std::ops::Range<usize>) -> std::ops::Range<usize> {
        if span.is_empty() {
            let p = self.original(span.start);
            return p..p;
        }
        let end = match self.to.get(span.end - 1) {
            Some(&e) => e as usize,
            None => self.original(span.end - 1) + 1,
        };
        self.original(span.start)..end
    }
}

/// `hay` with every HTML formatting tag (and run of two or more `*`) replaced by a space, or `None` when it has none (or is
/// too large for 32-bit offsets).
pub fn strip_tags(hay: &[u8]) -> Option<Stripped> {
    if hay.len() >= u32::MAX as usize {
        return None;
    }
    if memchr::memmem::find(hay, b"{\\rtf").is_some() || memchr::memmem::find(hay, b"\\par").is_some() {
        return strip_rtf(hay);
    }
    let mut out: Option<Stripped> = None;
    let mut copied = 0;
    let mut at = 0;
    while let Some(k) = memchr::memchr2(b'<', b'*', &hay[at..]) {
        let i = at + k;
        at = i + 1;
        let len = if hay[i] == b'*' {
            // Markdown emphasis: `**Patient:** Rosa`, `***DOB***`.
            let n = hay[i..].iter().take_while(|&&b| b == b'*').count();
            if n < 2 {
                continue;
            }
            n
        } else {
            match tag_len(&hay[i..]) {
                Some(len) => len,
                None => continue,
            }
        };
        let s = out.get_or_insert_with(|| Stripped {
            text: Vec::with_capacity(hay.len()),
            from: Vec::with_capacity(hay.len() + 1),
            to: vec![],
        });
        s.text.extend_from_slice(&hay[copied..i]);
        s.from.extend(copied as u32..i as u32);
        s.text.push(b' ');
        s.from.push(i as u32);
        copied = i + len;
        at = copied;
    }
    let mut s = out?;
    s.text.extend_from_slice(&hay[copied..]);
    s.from.extend(copied as u32..hay.len() as u32);
    s.from.push(hay.len() as u32);
    Some(s)
}

/// `hay` with backslash escapes read (`\\n` as a line break, `\\-` as `-`), or `None` when it
/// holds no escaped line break or punctuation. Text that quotes escaped text hides labels and
/// values from word boundaries: an iCalendar `DESCRIPTION:DOB 11/28/1947\\nMRN 00540611`, a
/// log line holding a JSON-escaped message, Telegram's MarkdownV2 `262\\-529\\-4237`.
pub fn unescape_backslashes(hay: &[u8]) -> Option<Stripped> {
    if hay.len() >= u32::MAX as usize {
        return None;
    }
    let wanted = |b: u8| matches!(b, b'n' | b'r' | b't') || (b.is_ascii_punctuation() && !matches!(b, b'"' | b'\\' | b'/'));
    let mut at = 0;
    let mut any = false;
    while let Some(k) = memchr::memchr(b'\\', &hay[at..]) {
        let i = at + k;
        match hay.get(i + 1) {
            Some(&b) if wanted(b) => {
                any = true;
                break;
            }
            Some(_) => at = i + 2,
            None => break,
        }
    }
    if !any {
        return None;
    }
    let mut s = Stripped { text: Vec::with_capacity(hay.len()), from: Vec::with_capacity(hay.len() + 1), to: vec![] };
    let mut i = 0;
    while i < hay.len() {
        let b = hay[i];
        if b == b'\\' && i + 1 < hay.len() {
            let c = hay[i + 1];
            let out = match c {
                b'n' | b'r' => Some(b'\n'),
                b't' => Some(b' '),
                _ if c.is_ascii_punctuation() => Some(c),
                _ => None,
            };
            if let Some(o) = out {
                s.text.push(o);
                s.from.push(i as u32 + 1);
                i += 2;
                continue;
            }
        }
        s.text.push(b);
        s.from.push(i as u32);
        i += 1;
    }
    s.from.push(hay.len() as u32);
    Some(s)
}

/// RTF (`{\\b Member ID:} YPW6965`, `\\par`): every group brace and control word (with its
/// numeric parameter and the one space that ends it) replaced by a space.
fn strip_rtf(hay: &[u8]) -> Option<Stripped> {
    let mut s = Stripped { text: Vec::with_capacity(hay.len()), from: Vec::with_capacity(hay.len() + 1), to: vec![] };
    let mut i = 0;
    while i < hay.len() {
        let len = match hay[i] {
            b'{' | b'}' => 1,
            b'\\' if hay.get(i + 1).is_some_and(u8::is_ascii_alphabetic) => {
                let mut p = i + 1;
                while p < hay.len() && hay[p].is_ascii_alphabetic() {
                    p += 1;
                }
                if p < hay.len() && hay[p] == b'-' {
                    p += 1;
                }
                while p < hay.len() && hay[p].is_ascii_digit() {
                    p += 1;
                }
                if p < hay.len() && hay[p] == b' ' {
                    p += 1;
                }
                p - i
            }
            _ => 0,
        };
        if len == 0 {
            s.text.push(hay[i]);
            s.from.push(i as u32);
            i += 1;
        } else {
            s.text.push(b' ');
            s.from.push(i as u32);
            i += len;
        }
    }
    s.from.push(hay.len() as u32);
    Some(s)
}

/// The length of the formatting tag `t` starts with (`<b>`, `</span>`, `<br/>`, `<a href="…">`).
fn tag_len(t: &[u8]) -> Option<usize> {
    let mut p = 1;
    if t.get(p) == Some(&b'/') {
        p += 1;
    }
    let name_start = p;
    while p < t.len() && t[p].is_ascii_alphanumeric() {
        p += 1;
    }
    let name = &t[name_start..p];
    if name.is_empty() || name.len() > 10 || !TAGS.iter().any(|n| n.eq_ignore_ascii_case(name)) {
        return None;
    }
    // The name ends the tag, or white space or `/` opens its attributes.
    match t.get(p) {
        Some(b'>') => return Some(p + 1),
        Some(b' ' | b'\t' | b'/') => {}
        _ => return None,
    }
    let rest = &t[p..t.len().min(MAX_TAG)];
    let end = memchr::memchr2(b'>', b'\n', rest)?;
    (rest[end] == b'>').then_some(p + end + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip(s: &str) -> Option<String> {
        strip_tags(s.as_bytes()).map(|v| String::from_utf8(v.text).unwrap())
    }

    #[test]
    fn formatting_tags_become_one_space_and_map_back() {
        let s = r#"<p>Dear <b>Rosa</b>,</p> MRN: <span class="id">MR-77</span><br/>"#;
        let st = strip_tags(s.as_bytes()).unwrap();
        let t = String::from_utf8(st.text.clone()).unwrap();
        assert_eq!(t, " Dear  Rosa ,  MRN:  MR-77  ");
        let at = t.find("MR-77").unwrap();
        let span = st.original_span(&(at..at + 5));
        assert_eq!(&s[span], "MR-77");
        assert_eq!(st.stripped(s.find("MR-77").unwrap()), at);
        let at = t.find("Rosa").unwrap();
        assert_eq!(&s[st.original_span(&(at..at + 4))], "Rosa");
        assert_eq!(st.original(t.len()), s.len());
    }

    #[test]
    fn other_angle_brackets_are_left_alone() {
        assert_eq!(strip("a < b and c > d"), None);
        assert_eq!(strip("<FirstName>Rosa</FirstName>"), None);
        assert_eq!(strip("x <bogus> <b"), None);
        assert_eq!(strip("<span\nclass=x>"), None);
        assert_eq!(strip("<br>x").as_deref(), Some(" x"));
        assert_eq!(strip("**Patient:** Rosa *x*").as_deref(), Some(" Patient:  Rosa *x*"));
        assert_eq!(strip("2 * 3 = 6"), None);
    }
}
