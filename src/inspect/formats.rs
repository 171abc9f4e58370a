//! Field splitters for the structured formats other than JSON: form and query strings, cookies,
//! URL paths, free-text `key=value` pairs, HL7 v2, XML, CSV and multipart bodies.
//!
//! Each splitter turns a view's text into [`Field`]s: a byte span, the key path state that
//! says what the value is, and how the value is encoded (when it must be decoded into a child
//! view before it is scanned).

use super::encoding::{needs_percent_decode, percent_decode, Encoding};
use crate::detect::keys::normalize_key;
use crate::detect::KeyStates;
use std::ops::Range;

#[derive(Clone, Debug)]
pub struct Field {
    pub span: Range<usize>,
    pub state: u32,
    /// `Some` when the value must be decoded into a child view to be read.
    pub decode: Option<Encoding>,
}

/// `k=v&k2=v2` (form bodies and query strings): values are children, `+` is a space.
pub fn pairs(t: &[u8], sep: u8, plus: bool, ks: &mut KeyStates, base: u32, out: &mut Vec<Field>) {
    let first = out.len();
    pairs_only(t, sep, plus, ks, base, out);
    pair_siblings(t, plus, ks, base, &mut out[first..]);
}

/// Last key segments that say what the next `value` field is (`fields[1][label]=DOB&
/// fields[1][value]=…`, `name=dob&value=…`, `step=dob&val=…`).
const PAIR_NAMES: &[&str] = &[
    "label",
    "name",
    "field",
    "field_name",
    "key",
    "step",
    "question",
    "title",
    "attr",
    "attribute",
    "param",
    "k",
    "f",
    "scope",
    "search_by",
    "search_field",
    "search_type",
];
const PAIR_VALUES: &[&str] = &["value", "val", "answer", "response", "v", "term", "q", "query", "search", "search_term", "keyword"];

/// A form's name/value pairs: each `value` field keyed by the name given just before it, under
/// the same parent (`fields[1]`).
fn pair_siblings(t: &[u8], plus: bool, ks: &mut KeyStates, base: u32, fields: &mut [Field]) {
    // (parent path, last segment), borrowed: most fields are not `value`s and cost no allocation.
    fn split(p: &str) -> (&str, &str) {
        p.rsplit_once('.').unwrap_or(("", p))
    }
    for i in 0..fields.len() {
        let (parent, last) = split(ks.path(fields[i].state));
        if !PAIR_VALUES.contains(&last) {
            continue;
        }
        // The name given just before the value (`name=dob&value=…`), or just after it
        // (`term=11%2F21%2F2015&scope=dob`).
        let names = |j: &usize| {
            let (p, l) = split(ks.path(fields[*j].state));
            p == parent && PAIR_NAMES.contains(&l)
        };
        let Some(j) = (i.saturating_sub(3)..i).rev().find(names).or_else(|| (i + 1..(i + 4).min(fields.len())).find(names)) else {
            continue;
        };
        let parent = parent.to_string();
        let raw = &t[fields[j].span.clone()];
        let name = if needs_percent_decode(raw, plus) { percent_decode(raw, plus).0 } else { raw.to_vec() };
        let name = name.trim_ascii();
        if name.is_empty() || name.len() > 60 || !name.iter().any(u8::is_ascii_alphabetic) {
            continue;
        }
        let mut key = parent.into_bytes();
        if !key.is_empty() {
            key.push(b'.');
        }
        key.extend_from_slice(name);
        fields[i].state = ks.child(base, &key);
    }
}

fn pairs_only(t: &[u8], sep: u8, plus: bool, ks: &mut KeyStates, base: u32, out: &mut Vec<Field>) {
    let mut start = 0;
    while start <= t.len() {
        // Batched hits (`v=1&…\nv=1&…`, as the Measurement Protocol sends them): a raw line
        // break ends a pair too (inside a value it would be percent-encoded).
        let end = if sep == b'&' { memchr::memchr3(sep, b'\n', b'\r', &t[start..]) } else { memchr::memchr(sep, &t[start..]) }
            .map_or(t.len(), |k| start + k);
        let mut part = start..end;
        // Cookies: "a=b; c=d".
        while part.start < part.end && t[part.start] == b' ' {
            part.start += 1;
        }
        if part.start < part.end {
            let seg = &t[part.clone()];
            let (kspan, vspan) = match memchr::memchr(b'=', seg) {
                Some(eq) => (part.start..part.start + eq, part.start + eq + 1..part.end),
                // A bare value (`?john@x.com`) has no key.
                None => (part.start..part.start, part.clone()),
            };
            let key_raw = &t[kspan];
            let state = if needs_percent_decode(key_raw, plus) {
                let (k, _) = percent_decode(key_raw, plus);
                ks.child(base, &k)
            } else {
                ks.child(base, key_raw)
            };
            let v = &t[vspan.clone()];
            let decode = needs_percent_decode(v, plus).then_some(Encoding::Percent { plus });
            out.push(Field { span: vspan, state, decode });
        }
        start = end + 1;
    }
}

/// Path segments: each keyed by the segment before it (`/patients/4471823` → `patients`).
pub fn path_segments(t: &[u8], ks: &mut KeyStates, base: u32, out: &mut Vec<Field>) {
    let mut prev: Range<usize> = 0..0;
    let mut start = 0;
    while start <= t.len() {
        let end = memchr::memchr(b'/', &t[start..]).map_or(t.len(), |k| start + k);
        if end > start {
            let key = &t[prev.clone()];
            let state = if key.iter().any(u8::is_ascii_alphabetic) && key.len() <= 40 { ks.child(base, key) } else { base };
            let v = &t[start..end];
            out.push(Field {
                span: start..end,
                state,
                decode: needs_percent_decode(v, false).then_some(Encoding::Percent { plus: false }),
            });
            prev = start..end;
        }
        start = end + 1;
    }
}

fn is_key_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-' | b'[' | b']' | b'\'' | b'"')
}

/// The end of a value that code printed as a call or a sigil (`datetime.date(1967, 5, 2)`,
/// `time.Date(1953, time.December, 26, 0, 0, 0, 0, time.UTC)`, `~D[1942-08-04]`) starting at `v`:
/// through its closing bracket, within 80 bytes.
fn printed_call(t: &[u8], v: usize) -> Option<usize> {
    let rest = &t[v..(v + 80).min(t.len())];
    let (open, close) = if rest.len() > 3 && rest[0] == b'~' && rest[1].is_ascii_uppercase() && rest[2] == b'[' {
        (2, b']')
    } else {
        let name = rest.iter().position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_')))?;
        if name == 0 || rest[name] != b'(' || !rest[0].is_ascii_alphabetic() {
            return None;
        }
        (name, b')')
    };
    let end = rest[open..].iter().position(|&b| b == close || b == b'\n')? + open;
    (rest[end] == close).then_some(v + end + 1)
}

/// `[section]` lines (INI, TOML): where each starts, and the key state it gives the pairs after it.
fn section_headers(t: &[u8], ks: &mut KeyStates, base: u32) -> Vec<(usize, u32)> {
    let mut out = vec![];
    if t.first() != Some(&b'[') && memchr::memmem::find(t, b"\n[").is_none() {
        return out;
    }
    let mut line_start = 0;
    for line in t.split(|&b| b == b'\n') {
        let l = line.trim_ascii();
        if l.len() > 2 && l[0] == b'[' && l[l.len() - 1] == b']' {
            let name = l[1..l.len() - 1].trim_ascii();
            let name = name.strip_prefix(b"[").and_then(|n| n.strip_suffix(b"]")).unwrap_or(name);
            if plain_key(name) {
                out.push((line_start, ks.child(base, name)));
            }
        }
        line_start += line.len() + 1;
    }
    out
}

/// Tables in text and markup: Markdown (`| Name | DOB |` over `|---|---|`), HTML (`<tr><th>…`)
/// and SpreadsheetML (`<Row><Cell><Data>…`). The first row names the columns; every cell under
/// it is keyed by its column's name.
pub fn table_rows(t: &[u8], ks: &mut KeyStates, base: u32, out: &mut Vec<Field>) {
    // A Markdown table needs its separator row (`|---|`, `| :-- |`): pipe-delimited records
    // (HL7, exports) are not split into lines for nothing.
    if memchr::memmem::find(t, b"|-").is_some() || memchr::memmem::find(t, b"| -").is_some() || memchr::memmem::find(t, b"|:-").is_some() {
        markdown_tables(t, ks, base, out);
    }
    if memchr::memchr(b'<', t).is_some() {
        markup_tables(t, ks, base, out);
    }
    if memchr::memmem::find(t, b"   ").is_some() {
        layout_columns(t, ks, base, out);
    }
    if memchr::memmem::find(t, b"-+-").is_some() || memchr::memmem::find(t, b"+--").is_some() {
        ascii_tables(t, ks, base, out);
    }
}

/// Tables as database shells print them: psql's (`mrn | name` over `-----+------`, rows
/// without outer bars) and MySQL's boxes (`+----+------+` around `| mrn | name |`). The line
/// above the first rule names the columns; every cell under it is keyed by its column's name.
fn ascii_tables(t: &[u8], ks: &mut KeyStates, base: u32, out: &mut Vec<Field>) {
    let lines = line_spans(t);
    let is_rule = |r: &Range<usize>| {
        let l = t[r.clone()].trim_ascii();
        l.len() >= 3
            && l.contains(&b'+')
            && l.iter().filter(|&&b| b == b'-').count() >= 3
            && l.iter().all(|b| matches!(b, b'-' | b'+' | b'|' | b'=' | b' '))
    };
    // A line's cells between bars, the outer bars of a box ignored.
    let cells = |r: &Range<usize>| -> Vec<Range<usize>> {
        let mut v = vec![];
        let mut start = r.start;
        for i in r.clone() {
            if t[i] == b'|' {
                v.push(trim_span(t, start..i));
                start = i + 1;
            }
        }
        v.push(trim_span(t, start..r.end));
        let line = t[r.clone()].trim_ascii();
        if line.first() == Some(&b'|') {
            v.remove(0);
        }
        if line.last() == Some(&b'|') {
            v.pop();
        }
        v
    };
    let mut i = 0;
    while i < lines.len() {
        if !is_rule(&lines[i]) {
            i += 1;
            continue;
        }
        // The header: the line above this rule (skipping a box's top rule above it).
        let Some(h) = (0..i).rev().find(|&j| !is_rule(&lines[j])) else {
            i += 1;
            continue;
        };
        if h + 2 < i || !t[lines[h].clone()].contains(&b'|') {
            i += 1;
            continue;
        }
        let header = cells(&lines[h]);
        let states = column_states(t, &header, ks, base);
        i += 1;
        while i < lines.len() && (is_rule(&lines[i]) || t[lines[i].clone()].contains(&b'|')) {
            if !is_rule(&lines[i]) {
                let row = cells(&lines[i]);
                if row.len() == header.len() {
                    keyed_cells(row, &states, out);
                }
            }
            i += 1;
        }
    }
}

/// The cells of a line laid out in columns: runs of text separated by two or more spaces or a
/// tab, each with the character column it starts at.
fn layout_cells(t: &[u8], line: Range<usize>) -> Vec<(usize, Range<usize>)> {
    let mut cells = vec![];
    let (mut col, mut i) = (0, line.start);
    let mut cur: Option<(usize, usize)> = None;
    while i < line.end {
        let b = t[i];
        let gap = b == b'\t' || (b == b' ' && t.get(i + 1).is_some_and(|&n| n == b' ' || n == b'\t'));
        if gap || b == b'\r' {
            if let Some((c, a)) = cur.take() {
                cells.push((c, trim_span(t, a..i)));
            }
        } else if cur.is_none() && b != b' ' {
            cur = Some((col, i));
        }
        // Columns count characters, not bytes (accented names).
        if b & 0xC0 != 0x80 {
            col += if b == b'\t' { 8 - col % 8 } else { 1 };
        }
        i += 1;
    }
    if let Some((c, a)) = cur {
        cells.push((c, trim_span(t, a..line.end)));
    }
    cells.retain(|c| !c.1.is_empty());
    cells
}

/// Forms laid out in columns, as `pdftotext -layout` and OCR render them: a row of labels
/// (`Last Name      First Name      Date of Birth`) over a row of values at the same columns.
/// Each value is keyed by the label whose column it starts under; rows of values continue up to
/// a blank line or the next row of labels.
fn layout_columns(t: &[u8], ks: &mut KeyStates, base: u32, out: &mut Vec<Field>) {
    let lines = line_spans(t);
    let blank = |r: &Range<usize>| t[r.clone()].iter().all(u8::is_ascii_whitespace);
    // A row of labels: two or more cells, each a column name of at most five words, one of
    // them naming something a detector keys on.
    let labels_of = |r: &Range<usize>, ks: &mut KeyStates| -> Option<Vec<(usize, Option<u32>)>> {
        let cells = layout_cells(t, r.clone());
        if cells.len() < 2 {
            return None;
        }
        let mut any = false;
        let mut v = Vec::with_capacity(cells.len());
        for (col, c) in &cells {
            let name = &t[c.clone()];
            if !column_name(name) || name.split(|&b| b == b' ').count() > 5 {
                return None;
            }
            let st = ks.child(base, name);
            let keyed = !ks.class(st).pos.is_empty();
            any |= keyed;
            v.push((*col, keyed.then_some(st)));
        }
        any.then_some(v)
    };
    let mut i = 0;
    while i < lines.len() {
        let Some(labels) = labels_of(&lines[i], ks) else {
            i += 1;
            continue;
        };
        i += 1;
        // One blank line may separate the labels from their values.
        if i < lines.len() && blank(&lines[i]) && i + 1 < lines.len() && !blank(&lines[i + 1]) {
            i += 1;
        }
        while i < lines.len() && !blank(&lines[i]) {
            if labels_of(&lines[i], ks).is_some() {
                break;
            }
            for (col, span) in layout_cells(t, lines[i].clone()) {
                // The label starting at or just before this column (a value may sit a column
                // or two right of its label's start).
                let k = labels.partition_point(|&(c, _)| c <= col + 2);
                if let Some(&(_, Some(state))) = k.checked_sub(1).and_then(|k| labels.get(k)) {
                    out.push(Field { span, state, decode: None });
                }
            }
            i += 1;
        }
    }
}

/// The lines of `t` as spans, without their line breaks (`\r\n` or `\n`).
fn line_spans(t: &[u8]) -> Vec<Range<usize>> {
    let mut lines = vec![];
    let mut a = 0;
    for l in t.split(|&b| b == b'\n') {
        let end = if l.last() == Some(&b'\r') { a + l.len() - 1 } else { a + l.len() };
        lines.push(a..end);
        a += l.len() + 1;
    }
    lines
}

/// The key state each header cell gives its column (`None` for a cell that is no column name
/// or names nothing a detector keys on).
fn column_states(t: &[u8], header: &[Range<usize>], ks: &mut KeyStates, base: u32) -> Vec<Option<u32>> {
    header
        .iter()
        .map(|h| {
            let name = &t[h.clone()];
            column_name(name).then(|| ks.child(base, name)).filter(|&s| !ks.class(s).is_empty())
        })
        .collect()
}

/// A row's non-empty cells as fields keyed by their columns.
fn keyed_cells(row: Vec<Range<usize>>, states: &[Option<u32>], out: &mut Vec<Field>) {
    for (c, span) in row.into_iter().enumerate() {
        if let (Some(Some(state)), false) = (states.get(c), span.is_empty()) {
            out.push(Field { span, state: *state, decode: None });
        }
    }
}

/// A header cell's text: a column name, not data (short, no digits).
fn column_name(c: &[u8]) -> bool {
    !c.is_empty()
        && c.len() <= 48
        && !c.iter().any(|b| b.is_ascii_digit() || matches!(b, b'[' | b']' | b'@' | b'/'))
        && c.iter().any(|b| b.is_ascii_alphabetic() || *b >= 0x80)
}

fn markdown_tables(t: &[u8], ks: &mut KeyStates, base: u32, out: &mut Vec<Field>) {
    // Lines as (start, end) spans.
    let lines = line_spans(t);
    let cells = |r: &Range<usize>| -> Vec<Range<usize>> {
        let l = &t[r.clone()];
        let first = l.iter().position(|&b| b == b'|').unwrap_or(0);
        let mut v = vec![];
        let mut start = r.start + first + 1;
        for (i, &b) in l.iter().enumerate().skip(first + 1) {
            if b == b'|' && (i == 0 || l[i - 1] != b'\\') {
                v.push(trim_span(t, start..r.start + i));
                start = r.start + i + 1;
            }
        }
        let tail = trim_span(t, start..r.end);
        if !tail.is_empty() {
            v.push(tail);
        }
        v
    };
    let is_row = |r: &Range<usize>| t[r.clone()].trim_ascii_start().first() == Some(&b'|');
    let is_sep = |r: &Range<usize>| {
        let l = t[r.clone()].trim_ascii();
        l.first() == Some(&b'|') && l.contains(&b'-') && l.iter().all(|b| matches!(b, b'|' | b'-' | b':' | b' ' | b'\t'))
    };
    let mut i = 0;
    while i + 1 < lines.len() {
        if !(is_row(&lines[i]) && is_sep(&lines[i + 1])) {
            i += 1;
            continue;
        }
        let header: Vec<Range<usize>> = cells(&lines[i]);
        let states = column_states(t, &header, ks, base);
        i += 2;
        while i < lines.len() && is_row(&lines[i]) {
            keyed_cells(cells(&lines[i]), &states, out);
            i += 1;
        }
    }
}

fn trim_span(t: &[u8], mut r: Range<usize>) -> Range<usize> {
    while r.start < r.end && t[r.start].is_ascii_whitespace() {
        r.start += 1;
    }
    while r.end > r.start && t[r.end - 1].is_ascii_whitespace() {
        r.end -= 1;
    }
    r
}

/// HTML and SpreadsheetML rows: `<tr>`/`<Row>` holding `<th>`/`<td>`/`<Cell>`; a cell's value is
/// its innermost text (`<Cell><Data ss:Type="String">…</Data></Cell>`).
fn markup_tables(t: &[u8], ks: &mut KeyStates, base: u32, out: &mut Vec<Field>) {
    let tag_at = |i: usize, names: &[&[u8]]| -> bool {
        names.iter().any(|n| {
            t.len() > i + 1 + n.len()
                && t[i + 1..i + 1 + n.len()].eq_ignore_ascii_case(n)
                && matches!(t[i + 1 + n.len()], b'>' | b' ' | b'\t' | b'\n' | b'\r')
        })
    };
    const ROW: &[&[u8]] = &[b"tr", b"row", b"ss:row"];
    const CELL: &[&[u8]] = &[b"td", b"th", b"cell", b"ss:cell"];
    // Every row: the cells' innermost text spans.
    let mut rows: Vec<Vec<Range<usize>>> = vec![];
    let mut at = 0;
    while let Some(k) = memchr::memchr(b'<', &t[at..]) {
        let i = at + k;
        at = i + 1;
        if tag_at(i, ROW) {
            rows.push(vec![]);
        } else if tag_at(i, CELL) {
            let Some(row) = rows.last_mut() else { continue };
            let Some(gt) = memchr::memchr(b'>', &t[i..]).map(|g| i + g + 1) else { return };
            // The cell's text ends at the first closing tag; it starts after the last tag before.
            let Some(close) = memchr::memmem::find(&t[gt..(gt + 400).min(t.len())], b"</").map(|c| gt + c) else { continue };
            let start = memchr::memrchr(b'>', &t[gt..close]).map_or(gt, |g| gt + g + 1);
            row.push(trim_span(t, start..close));
            at = close;
        }
    }
    let mut r = 0;
    while r < rows.len() {
        let header = &rows[r];
        let names_ok = header.len() >= 2 && header.iter().all(|c| column_name(&t[c.clone()]));
        if !names_ok {
            r += 1;
            continue;
        }
        let states: Vec<Option<u32>> =
            header.iter().map(|h| Some(ks.child(base, &t[h.clone()])).filter(|&s| !ks.class(s).is_empty())).collect();
        r += 1;
        while r < rows.len() && rows[r].len() >= 2 {
            // A second header row starts another table.
            if rows[r].iter().all(|c| column_name(&t[c.clone()])) && rows[r].len() == header.len() && states.iter().all(Option::is_none) {
                break;
            }
            for (c, span) in rows[r].iter().enumerate() {
                if let (Some(Some(state)), false) = (states.get(c), span.is_empty()) {
                    out.push(Field { span: span.clone(), state: *state, decode: None });
                }
            }
            r += 1;
        }
    }
}

/// A key as code quotes it: 1 to 48 bytes of letters, digits, `_`, `.` and `-`, starting with a
/// letter or `_`.
fn plain_key(k: &[u8]) -> bool {
    (1..=48).contains(&k.len())
        && (k[0].is_ascii_alphabetic() || k[0] == b'_')
        && k.iter().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
}

/// Pairs printed as tuples (Python's `[('postal_code', '53226'), ('dob', datetime.date(1943, 7,
/// 31))]`, Django's `values_list`): `('key', value)`, the value quoted, printed as a call, or bare.
fn tuple_pairs(t: &[u8], ks: &mut KeyStates, base: u32, out: &mut Vec<Field>) {
    let mut at = 0;
    while let Some(k) = memchr::memchr(b'(', &t[at..]) {
        let i = at + k;
        at = i + 1;
        let Some(&q) = t.get(i + 1).filter(|&&b| b == b'\'' || b == b'"') else { continue };
        let ks_ = i + 2;
        let Some(ke) = t[ks_..(ks_ + 49).min(t.len())].iter().position(|&b| b == q).map(|p| ks_ + p) else { continue };
        if !plain_key(&t[ks_..ke]) || t.get(ke + 1) != Some(&b',') {
            continue;
        }
        let mut v = ke + 2;
        while v < t.len() && t[v] == b' ' {
            v += 1;
        }
        if v >= t.len() {
            return;
        }
        let span = if matches!(t[v], b'\'' | b'"') {
            let Some(e) = t[v + 1..(v + 201).min(t.len())].iter().position(|&b| b == t[v] || b == b'\n') else { continue };
            if t[v + 1 + e] != t[v] || t.get(v + 2 + e) != Some(&b')') {
                continue;
            }
            v + 1..v + 1 + e
        } else if let Some(e) = printed_call(t, v) {
            v..e
        } else {
            let Some(e) = t[v..(v + 80).min(t.len())].iter().position(|&b| b == b')' || b == b'\n') else { continue };
            v..v + e
        };
        if span.is_empty() {
            continue;
        }
        let state = ks.child(base, &t[ks_..ke]);
        if !ks.class(state).is_empty() {
            out.push(Field { span: span.clone(), state, decode: None });
        }
        at = span.end;
    }
}

/// PHP's `serialize()` (sessions, WordPress options, queue payloads): `a:2:{s:3:"zip";s:5:"53172";
/// s:3:"dob";s:10:"1961-03-04";}`. Each array's keys key its values; nested arrays nest keys.
fn php_pairs(t: &[u8], ks: &mut KeyStates, base: u32, out: &mut Vec<Field>) {
    let mut at = 0;
    while let Some(k) = memchr::memmem::find(&t[at..], b":{s:") {
        let open = at + k + 1;
        // `a:N:{` before it.
        let head = &t[open.saturating_sub(12)..open];
        let array_head = head.iter().rposition(|&b| b == b'a').is_some_and(|p| head[p + 1..].first() == Some(&b':'));
        if !array_head {
            at = open + 1;
            continue;
        }
        at = php_array(t, open + 1, ks, base, out, 0).unwrap_or(open + 1);
    }
}

/// One serialized element at `p`: its span (a string's text, a number's digits), and the
/// position after it. Arrays are walked by [`php_array`].
fn php_scalar(t: &[u8], p: usize) -> Option<(Range<usize>, usize)> {
    let kind = *t.get(p)?;
    if t.get(p + 1) != Some(&b':') {
        return None;
    }
    match kind {
        b's' => {
            let n_end = p + 2 + t[p + 2..(p + 12).min(t.len())].iter().position(|&b| b == b':')?;
            let n: usize = std::str::from_utf8(&t[p + 2..n_end]).ok()?.parse().ok()?;
            let a = n_end + 2;
            if t.get(n_end + 1) != Some(&b'"') || a + n + 2 > t.len() || t[a + n] != b'"' || t[a + n + 1] != b';' {
                return None;
            }
            Some((a..a + n, a + n + 2))
        }
        b'i' | b'd' | b'b' => {
            let e = p + 2 + t[p + 2..(p + 40).min(t.len())].iter().position(|&b| b == b';')?;
            Some((p + 2..e, e + 1))
        }
        _ => None,
    }
}

/// The elements of a serialized array whose first key is at `p` (just after `{`), pairs pushed;
/// the position after its `}`.
fn php_array(t: &[u8], mut p: usize, ks: &mut KeyStates, base: u32, out: &mut Vec<Field>, depth: u8) -> Option<usize> {
    loop {
        if t.get(p) == Some(&b'}') {
            return Some(p + 1);
        }
        let (key, after) = php_scalar(t, p)?;
        let state = ks.child(base, &t[key.clone()]);
        p = after;
        if t.get(p) == Some(&b'a') && t.get(p + 1) == Some(&b':') {
            let brace = p + t[p..(p + 16).min(t.len())].iter().position(|&b| b == b'{')?;
            if depth >= 8 {
                return None;
            }
            p = php_array(t, brace + 1, ks, state, out, depth + 1)?;
            continue;
        }
        if t.get(p) == Some(&b'N') && t.get(p + 1) == Some(&b';') {
            p += 2;
            continue;
        }
        let (value, after) = php_scalar(t, p)?;
        if !value.is_empty() && !ks.class(state).is_empty() {
            out.push(Field { span: value, state, decode: None });
        }
        p = after;
    }
}

/// SQL `LIKE` predicates in logged queries (`WHERE LastName LIKE 'Grabowski%'`): the column keys
/// the pattern, its wildcards left out.
fn sql_like_pairs(t: &[u8], ks: &mut KeyStates, base: u32, out: &mut Vec<Field>) {
    for op in [&b" LIKE '"[..], b" like '", b" ILIKE '", b" ilike '"] {
        let mut at = 0;
        while let Some(k) = memchr::memmem::find(&t[at..], op) {
            let i = at + k;
            at = i + op.len();
            let mut ke = i;
            while ke > 0 && matches!(t[ke - 1], b']' | b'"' | b'`') {
                ke -= 1;
            }
            let mut ks_ = ke;
            while ks_ > 0 && ke - ks_ < 48 && (t[ks_ - 1].is_ascii_alphanumeric() || t[ks_ - 1] == b'_') {
                ks_ -= 1;
            }
            let v = at;
            let Some(e) = t[v..(v + 200).min(t.len())].iter().position(|&b| b == b'\'' || b == b'\n') else { continue };
            if ks_ == ke || t[v + e] != b'\'' {
                continue;
            }
            let mut span = v..v + e;
            while span.start < span.end && matches!(t[span.start], b'%' | b'_') {
                span.start += 1;
            }
            while span.end > span.start && matches!(t[span.end - 1], b'%' | b'_') {
                span.end -= 1;
            }
            let state = ks.child(base, &t[ks_..ke]);
            if !span.is_empty() && !ks.class(state).is_empty() {
                out.push(Field { span, state, decode: None });
            }
        }
    }
}

fn is_key_start_delim(b: u8) -> bool {
    b.is_ascii_whitespace() || matches!(b, b',' | b';' | b'&' | b'?' | b'{' | b'(' | b'[' | b'|' | b'=')
}

/// `key=value`, `key: value` and `"key": "value"` pairs in free text (log lines, logfmt,
/// YAML-ish dumps, JSON fragments inside messages, search syntax like
/// `metadata['mrn']:'00655932'`), so their keys give context. Pairs may nest
/// (`failed: member_id=123` yields both). A hand-written pass: `memchr` to each `=` or `:`,
/// then the key backwards and the value forwards; only keys that classify are kept.
pub fn text_pairs(t: &[u8], ks: &mut KeyStates, base: u32, out: &mut Vec<Field>) {
    tuple_pairs(t, ks, base, out);
    php_pairs(t, ks, base, out);
    sql_like_pairs(t, ks, base, out);
    let mut at = 0;
    // YAML nesting: keys that open a line and hold no value (`diagnoses:`) are parents of the
    // more indented keys under them (`  - code: G35` is `diagnoses.code`).
    let mut parents: Vec<(usize, u32)> = vec![];
    // INI and TOML sections: a `[visit]` line keys the pairs under it (`visit.date`).
    let sections = section_headers(t, ks, base);
    while let Some(k) = memchr::memchr2(b'=', b':', &t[at..]) {
        let i = at + k;
        at = i + 1;
        let colon = t[i] == b':';
        // `://` is a URL, `::` a path or an address.
        if colon && (t.get(i + 1) == Some(&b'/') || t.get(i + 1) == Some(&b':') || (i > 0 && t[i - 1] == b':')) {
            continue;
        }
        // `key = 'value'` (query and filter syntax): spaces around `=` before a quoted value.
        let mut q = i + 1;
        while q < t.len() && q < i + 4 && t[q] == b' ' {
            q += 1;
        }
        let spaced_eq = !colon && q > i + 1 && q < t.len() && matches!(t[q], b'"' | b'\'');
        // `Key = value` with spaces on both sides and a bare value (C# and Kotlin records, TOML,
        // INI): the value reads like one after a colon.
        let spaced_bare = !colon && !spaced_eq && q > i + 1 && q < t.len() && i > 0 && t[i - 1] == b' ' && t.get(i + 1) != Some(&b'=');
        // Ruby's and PHP's `"key" => "value"` (a Rails `Parameters: {…}` log line).
        let arrow = !colon && t.get(i + 1) == Some(&b'>');
        // The key, backwards: `"key" :` (JSON) or `key`.
        let mut e = i;
        while e > 0 && (t[e - 1] == b' ' || t[e - 1] == b'\t') && (colon || spaced_eq || spaced_bare || arrow) {
            e -= 1;
        }
        let quote_before = e > 0 && matches!(t[e - 1], b'"' | b'\'');
        let (ks_, ke) = if arrow && quote_before {
            let Some(q) = memchr::memrchr(t[e - 1], &t[..e - 1]) else {
                continue;
            };
            (q + 1, e - 1)
        } else if e > 0 && t[e - 1] == b'"' && colon {
            let Some(q) = memchr::memrchr(b'"', &t[..e - 1]) else {
                continue;
            };
            (q + 1, e - 1)
        } else {
            let mut b = e;
            while b > 0 && e - b < 48 && is_key_byte(t[b - 1]) {
                b -= 1;
            }
            // `[dob: …` (an Elixir keyword list, a Ruby array): the bracket opens the list.
            while b < e && t[b] == b'[' {
                b += 1;
            }
            (b, e)
        };
        if ks_ >= ke || ke - ks_ > 48 || !(t[ks_].is_ascii_alphabetic() || t[ks_] == b'_' || t[ks_] == b'\'' || t[ks_] == b'"') {
            continue;
        }
        let kstart = if ks_ > 0 && matches!(t[ks_ - 1], b'"' | b'\'') && (colon || arrow) { ks_ - 1 } else { ks_ };
        // A Ruby symbol key (`:first_name=>`) opens with `:`.
        if kstart > 0 && !is_key_start_delim(t[kstart - 1]) && !(arrow && t[kstart - 1] == b':') {
            continue;
        }
        let mut parent = match sections.partition_point(|&(p, _)| p <= kstart) {
            0 => base,
            n => sections[n - 1].1,
        };
        if colon {
            if let Some(indent) = line_indent(t, kstart) {
                while parents.last().is_some_and(|&(d, _)| d >= indent) {
                    parents.pop();
                }
                parent = parents.last().map_or(base, |&(_, s)| s);
                let rest = &t[i + 1..memchr::memchr(b'\n', &t[i + 1..]).map_or(t.len(), |p| i + 1 + p)];
                if rest.iter().all(u8::is_ascii_whitespace) && parents.len() < 16 {
                    let state = ks.child(parent, &t[ks_..ke]);
                    parents.push((indent, state));
                    continue;
                }
            }
        }
        // The value, forwards.
        let mut v = i + 1;
        if spaced_eq || spaced_bare {
            v = q;
        }
        if arrow {
            v = i + 2;
        }
        if colon || arrow {
            while v < t.len() && (t[v] == b' ' || t[v] == b'\t') {
                v += 1;
            }
        }
        if v >= t.len() {
            continue;
        }
        let span = match t[v] {
            q @ (b'"' | b'\'') => {
                let Some(end) = t[v + 1..].iter().position(|&b| b == q || b == b'\n') else {
                    continue;
                };
                if t[v + 1 + end] != q {
                    continue;
                }
                v + 1..v + 1 + end
            }
            _ if colon || spaced_bare => {
                let stop = |b: u8| matches!(b, b'\n' | b'\r' | b',' | b';' | b'|' | b'<' | b'>' | b'{' | b'}' | b'[' | b']' | b'"' | b'\'');
                if stop(t[v]) || t[v].is_ascii_whitespace() {
                    continue;
                }
                let mut end = t[v..].iter().position(|&b| stop(b)).map_or(t.len(), |p| v + p);
                if let Some(e) = printed_call(t, v) {
                    end = e;
                }
                if end - v > 80 {
                    end = t[v..v + 80].iter().rposition(|b| *b == b' ').map_or(v + 80, |p| v + p);
                }
                while end > v && t[end - 1].is_ascii_whitespace() {
                    end -= 1;
                }
                v..end
            }
            _ => {
                let end = t[v..]
                    .iter()
                    .position(|&b| b.is_ascii_whitespace() || matches!(b, b',' | b';' | b'&' | b'"' | b'<' | b'>'))
                    .map_or(t.len(), |p| v + p);
                v..printed_call(t, v).unwrap_or(end)
            }
        };
        if span.start >= span.end || span.end - span.start > 200 {
            continue;
        }
        let state = ks.child(parent, &t[ks_..ke]);
        // A percent-encoded value (`email=maria%40example.org` in a logged query or form
        // body) is read decoded, whatever its key: encoded, no pattern would see it.
        let encoded = !colon && needs_percent_decode(&t[span.clone()], false);
        if ks.class(state).is_empty() && !encoded {
            continue;
        }
        out.push(Field { span, state, decode: encoded.then_some(Encoding::Percent { plus: true }) });
    }
}

/// Comparison operators of query languages, with their spaces: OData and SCIM (`LastName eq
/// 'Okafor'`, `postalCode eq "98387"`), KQL and SQL-like filters (`patient.birth_date >= "2010-10-14"`).
const FILTER_OPS: &[&[u8]] = &[
    b" eq ", b" ne ", b" gt ", b" ge ", b" lt ", b" le ", b" co ", b" sw ", b" ew ", b" EQ ", b" NE ", b" GT ", b" GE ", b" LT ", b" LE ",
    b" CO ", b" SW ", b" EW ", b" == ", b" != ", b" >= ", b" <= ",
];

/// Filter expressions: the attribute before an operator keys the literal after it
/// (`Address/PostalCode eq '98499'` is a ZIP, `urn:…:Patient:birthDate eq "1966-08-21"` a birth
/// date).
pub fn filter_pairs(t: &[u8], ks: &mut KeyStates, base: u32, out: &mut Vec<Field>) {
    if t.len() < 6 || !t.contains(&b' ') {
        return;
    }
    for op in FILTER_OPS {
        for i in memchr::memmem::find_iter(t, op) {
            // The attribute: a path of letters, digits, `_ . / : $ -` right before.
            let mut b = i;
            while b > 0 && (t[b - 1].is_ascii_alphanumeric() || matches!(t[b - 1], b'_' | b'.' | b'/' | b':' | b'$' | b'-')) && i - b < 96 {
                b -= 1;
            }
            // Of a URN attribute (`urn:…:Patient:birthDate`), the last part.
            let key_start = t[b..i].iter().rposition(|&c| c == b':').map_or(b, |p| b + p + 1);
            if key_start >= i || !t[key_start].is_ascii_alphabetic() {
                continue;
            }
            let v = i + op.len();
            let span = match t.get(v) {
                Some(&q @ (b'\'' | b'"')) => match t[v + 1..].iter().position(|&c| c == q || c == b'\n') {
                    Some(e) if t[v + 1 + e] == q => v + 1..v + 1 + e,
                    _ => continue,
                },
                Some(_) => {
                    v..t[v..]
                        .iter()
                        .position(|c| c.is_ascii_whitespace() || matches!(c, b')' | b'&' | b',' | b';'))
                        .map_or(t.len(), |e| v + e)
                }
                None => continue,
            };
            if span.is_empty() || span.len() > 120 {
                continue;
            }
            let state = ks.child(base, &t[key_start..i]);
            if !ks.class(state).is_empty() {
                out.push(Field { span, state, decode: None });
            }
        }
    }
}

/// Whether a value holds an OData or SCIM filter expression (`LastName eq '…'`): read as text,
/// with its pairs.
pub fn has_filter(t: &[u8]) -> bool {
    static EQ: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    t.len() >= 6 && EQ.get_or_init(|| memchr::memmem::Finder::new(b" eq ")).find(t).is_some()
}

/// HL7 v2 segments quoted in text (an interface engine's log: `parse error at PID|1||…`): each
/// PID, NK1, GT1, IN1, DG1 or PV1 segment is read field by field as in a message, with the
/// default encoding characters, up to the end of its line.
pub fn hl7_segments(t: &[u8], ks: &mut KeyStates, base: u32, out: &mut Vec<Field>) {
    if memchr::memchr(b'|', t).is_none() {
        return;
    }
    for name in [&b"PID|"[..], b"NK1|", b"GT1|", b"IN1|", b"DG1|", b"PV1|"] {
        let seg = String::from_utf8_lossy(&name[..3]).to_ascii_lowercase();
        for k in memchr::memmem::find_iter(t, name) {
            if k > 0 && t[k - 1].is_ascii_alphanumeric() {
                continue;
            }
            let seg_end = t[k..].iter().position(|&b| matches!(b, b'\r' | b'\n' | b'"')).map_or(t.len(), |p| k + p);
            let mut field_no = 0usize;
            let mut fstart = k + 3;
            while fstart < seg_end {
                let fend = t[fstart + 1..seg_end].iter().position(|&b| b == b'|').map_or(seg_end, |p| fstart + 1 + p);
                field_no += 1;
                if fstart + 1 < fend {
                    // Only the fields a detector knows: the others stay free text, where
                    // patterns read across their components (`|GONZALEZ^MARIA|`).
                    let before = out.len();
                    hl7_field(t, fstart + 1..fend, &seg, field_no, b'^', b'~', b'&', ks, base, out);
                    let mut i = before;
                    while i < out.len() {
                        if ks.class(out[i].state).is_empty() {
                            out.swap_remove(i);
                        } else {
                            i += 1;
                        }
                    }
                }
                fstart = fend;
            }
        }
    }
}

/// URLs and request targets inside text (an access log's `"GET /book?uid=maria%40example.org
/// HTTP/1.1"`, a referer): each becomes a field of its own, so it is opened as a URL (query
/// parameters, percent-decoding) like a URL value in JSON. Only tokens with a query or a
/// percent escape, and not inside a field already found.
pub fn url_tokens(t: &[u8], base: u32, out: &mut Vec<Field>) {
    let mut existing = out.len();
    let stop = |b: u8| b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b'<' | b'>' | b'`' | b'|');
    let mut at = 0;
    while let Some(k) = memchr::memchr(b'/', &t[at..]) {
        let i = at + k;
        at = i + 1;
        // A token's start: `http(s)://` or a request target after a method or a quote.
        let start = if i >= 5 && t[..i].ends_with(b"http:") {
            i - 5
        } else if i >= 6 && t[..i].ends_with(b"https:") {
            i - 6
        } else if i == 0 || stop(t[i - 1]) {
            i
        } else {
            continue;
        };
        if start > 0 && !stop(t[start - 1]) && t[start - 1] != b'=' && t[start - 1] != b'(' {
            continue;
        }
        let end = t[i..].iter().position(|&b| stop(b)).map_or(t.len(), |p| i + p);
        at = end.max(at);
        let tok = &t[start..end];
        if tok.len() < 4 || tok.len() > 4096 || !(memchr::memchr(b'?', tok).is_some() || memchr::memchr(b'%', tok).is_some()) {
            continue;
        }
        // Pairs found inside it are the URL's own parameters: its view reads them, decoded.
        let inside = |f: &Field| start <= f.span.start && f.span.end <= end;
        if out[..existing].iter().any(|f| f.span.start < end && start < f.span.end && !inside(f)) {
            continue;
        }
        let before = out.len();
        out.retain(|f| !inside(f));
        existing -= before - out.len();
        out.push(Field { span: start..end, state: base, decode: None });
    }
}

/// PDF form data dumps (FDF, `pdftk dump_data_fields`): `/T (PatientName) /V (Maria Gonzalez)`,
/// each value keyed by its field's title. Only bodies that hold `/T (` are looked at.
pub fn fdf_pairs(t: &[u8], ks: &mut KeyStates, base: u32, out: &mut Vec<Field>) {
    let mut at = 0;
    while let Some(k) = memchr::memmem::find(&t[at..], b"/T (") {
        let ks_ = at + k + 4;
        let Some(ke) = memchr::memchr(b')', &t[ks_..]).map(|e| ks_ + e) else { return };
        at = ke + 1;
        // The value follows within the same dictionary: `/V (…)`.
        let window = &t[at..(at + 16).min(t.len())];
        let Some(v) = memchr::memmem::find(window, b"/V (") else { continue };
        let vs = at + v + 4;
        let Some(ve) = memchr::memchr(b')', &t[vs..]).map(|e| vs + e) else { return };
        if ke > ks_ && ke - ks_ <= 64 && ve > vs && ve - vs <= 200 {
            let state = ks.child(base, &t[ks_..ke]);
            if !ks.class(state).is_empty() {
                out.push(Field { span: vs..ve, state, decode: None });
            }
        }
        at = ve + 1;
    }
}

/// The indentation of a key that opens its line (spaces, tabs and YAML's `- ` count), or None
/// when something else comes before it on the line.
fn line_indent(t: &[u8], kstart: usize) -> Option<usize> {
    let mut b = kstart;
    while b > 0 && matches!(t[b - 1], b' ' | b'\t' | b'-') {
        b -= 1;
    }
    (b == 0 || t[b - 1] == b'\n' || t[b - 1] == b'\r').then_some(kstart - b)
}

/// X12 EDI (837 claims, 270/271 eligibility, 834 enrollment): segments and elements, keyed
/// `nm1_3`, with the entity or reference qualifier of NM1, REF and DTP segments appended
/// (`nm1_3.il` is the subscriber's last name, `ref_2.sy` an SSN). Composite elements are split.
pub fn x12(t: &[u8], ks: &mut KeyStates, base: u32, out: &mut Vec<Field>) -> bool {
    let start = t.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(0);
    let t0 = &t[start..];
    let (es, cs, st) = if t0.starts_with(b"ISA") && t0.len() >= 106 {
        (t0[3], t0[104], t0[105])
    } else if t0.len() > 4
        && t0[..4].iter().position(|&b| b == b'*').is_some_and(|p| p >= 2 && t0[..p].iter().all(u8::is_ascii_alphanumeric))
        && memchr::memchr(b'~', t0).is_some()
    {
        (b'*', b':', b'~')
    } else {
        return false;
    };
    let mut seg_start = start;
    while seg_start < t.len() {
        let seg_end = memchr::memchr(st, &t[seg_start..]).map_or(t.len(), |k| seg_start + k);
        let mut s = seg_start;
        while s < seg_end && t[s].is_ascii_whitespace() {
            s += 1;
        }
        let seg = &t[s..seg_end];
        let elems: Vec<Range<usize>> = {
            let mut v = vec![];
            let mut a = s;
            for (i, &b) in t.iter().enumerate().take(seg_end).skip(s) {
                if b == es {
                    v.push(a..i);
                    a = i + 1;
                }
            }
            v.push(a..seg_end);
            v
        };
        if !seg.is_empty() && elems.len() > 1 {
            let id = String::from_utf8_lossy(&t[elems[0].clone()]).to_ascii_lowercase();
            let qual = match id.as_str() {
                "nm1" | "ref" | "dtp" | "dtm" | "n1" | "per" => Some(String::from_utf8_lossy(&t[elems[1].clone()]).to_ascii_lowercase()),
                _ => None,
            };
            for (i, e) in elems.iter().enumerate().skip(1) {
                if e.start >= e.end {
                    continue;
                }
                let mut key = format!("{id}_{i}");
                if let (Some(q), true) = (&qual, i > 1) {
                    if q.len() <= 4 && q.bytes().all(|b| b.is_ascii_alphanumeric()) {
                        key.push('.');
                        key.push_str(q);
                    }
                }
                let comps: Vec<Range<usize>> = {
                    let mut v = vec![];
                    let mut a = e.start;
                    for k in e.clone() {
                        if t[k] == cs {
                            v.push(a..k);
                            a = k + 1;
                        }
                    }
                    v.push(a..e.end);
                    v
                };
                if comps.len() == 1 {
                    let state = ks.child_str(base, &key);
                    out.push(Field { span: e.clone(), state, decode: None });
                } else {
                    for (ci, c) in comps.iter().enumerate() {
                        if c.start < c.end {
                            let state = ks.child_str(base, &format!("{id}_{i}_{}", ci + 1));
                            out.push(Field { span: c.clone(), state, decode: None });
                        }
                    }
                }
            }
        }
        seg_start = seg_end + 1;
    }
    true
}

/// HL7 v2: segments, fields, repetitions, components and subcomponents. Keys are
/// `pid_5_1` (segment, field, component); identifier fields (CX) also carry their type code:
/// `pid_3_1.mr`, `pid_3_1.ss`.
pub fn hl7(t: &[u8], ks: &mut KeyStates, base: u32, out: &mut Vec<Field>) -> bool {
    // MLLP framing (a VT before each message, FS CR after) and batch headers (FHS, BHS) carry
    // the same separators as MSH.
    let start = t.iter().position(|b| !b.is_ascii_whitespace() && !matches!(b, 0x0b | 0x1c)).unwrap_or(0);
    if t.len() < start + 8 || !matches!(&t[start..start + 3], b"MSH" | b"FHS" | b"BHS") {
        return false;
    }
    let fs = t[start + 3];
    let enc = &t[start + 4..(start + 8).min(t.len())];
    let (cs, rs, sc) = (enc[0], enc.get(1).copied().unwrap_or(b'~'), enc.get(3).copied().unwrap_or(b'&'));
    let mut seg_start = start;
    while seg_start < t.len() {
        while seg_start < t.len() && matches!(t[seg_start], 0x0b | 0x1c) {
            seg_start += 1;
        }
        let seg_end = t[seg_start..].iter().position(|&b| b == b'\r' || b == b'\n').map_or(t.len(), |k| seg_start + k);
        let seg = &t[seg_start..seg_end];
        if seg.len() > 3 {
            let name = String::from_utf8_lossy(&seg[..3]).to_ascii_lowercase();
            let is_msh = matches!(name.as_str(), "msh" | "fhs" | "bhs");
            let mut field_no = 0usize;
            let mut fstart = seg_start + 3;
            while fstart < seg_end {
                // t[fstart] is the field separator.
                let fend = t[fstart + 1..seg_end].iter().position(|&b| b == fs).map_or(seg_end, |k| fstart + 1 + k);
                field_no += 1;
                let fno = if is_msh { field_no + 1 } else { field_no };
                let field = fstart + 1..fend;
                if !(is_msh && fno == 2) && field.start < field.end {
                    hl7_field(t, field, &name, fno, cs, rs, sc, ks, base, out);
                }
                fstart = fend;
            }
        }
        seg_start = seg_end + 1;
    }
    true
}

#[allow(clippy::too_many_arguments)]
fn hl7_field(
    t: &[u8],
    field: Range<usize>,
    seg: &str,
    fno: usize,
    cs: u8,
    rs: u8,
    sc: u8,
    ks: &mut KeyStates,
    base: u32,
    out: &mut Vec<Field>,
) {
    let split = |r: Range<usize>, sep: u8| -> Vec<Range<usize>> {
        let mut v = vec![];
        let mut s = r.start;
        for i in r.clone() {
            if t[i] == sep {
                v.push(s..i);
                s = i + 1;
            }
        }
        v.push(s..r.end);
        v
    };
    for rep in split(field, rs) {
        let comps = split(rep, cs);
        // CX identifiers: component 5 is the identifier type code (MR, SS, MB, DL…).
        let type_code =
            comps.get(4).map(|r| String::from_utf8_lossy(&t[r.clone()]).to_ascii_lowercase()).filter(|s| !s.is_empty() && s.len() <= 4);
        for (ci, comp) in comps.iter().enumerate() {
            if comp.start >= comp.end {
                continue;
            }
            let mut key = format!("{seg}_{fno}_{}", ci + 1);
            if let (Some(code), 0) = (&type_code, ci) {
                key.push('.');
                key.push_str(code);
            }
            let state = ks.child_str(base, &key);
            for sub in split(comp.clone(), sc) {
                if sub.start < sub.end {
                    out.push(Field { span: sub, state, decode: None });
                }
            }
        }
    }
}

/// XML: element text keyed by the element path, attributes by `element.attr`. Returns false
/// when the text is not well-formed enough to walk.
/// Elements that say no more than that they hold a named value (`<Data Name='…'>`).
const GENERIC_ELEMENTS: &[&[u8]] = &[
    b"data",
    b"field",
    b"item",
    b"property",
    b"attribute",
    b"param",
    b"parameter",
    b"entry",
    b"element",
    b"column",
    b"var",
    b"variable",
    b"setting",
    b"option",
    b"input",
    b"key",
    b"pair",
    b"string",
    b"value",
];

pub fn xml(t: &[u8], ks: &mut KeyStates, base: u32, out: &mut Vec<Field>) -> bool {
    let mut stack: Vec<u32> = vec![base];
    // What each open element is, for XML-RPC structs: 1 `struct`, 2 `member`, 3 `name`, 4 `value`.
    let mut kinds: Vec<u8> = vec![0];
    let mut i = 0;
    let mut text_start = 0;
    // The last text seen, when it reads like a label ("Date of Birth", "MRN:"), and the depth
    // it sat at: the next text, in the next cell (`<td>MRN</td><td>4471823</td>`, `<dt>`/`<dd>`)
    // or after it in the parent (`<b>MRN:</b> 4471823`), is keyed by it.
    let mut label: Option<(Range<usize>, usize)> = None;
    // XML-RPC structs (`<member><name>x_mbr_no</name><value><string>…`): the name is the key of
    // the value that follows, not a value itself.
    let mut rpc_key: Option<Range<usize>> = None;
    // An element's attributes: (name, value) spans.
    let mut attrs: Vec<(Range<usize>, Range<usize>)> = vec![];
    let mut push_text = |a: usize, b: usize, stack: &[u32], kinds: &[u8], ks: &mut KeyStates, out: &mut Vec<Field>| {
        let s = &t[a..b];
        if s.iter().any(|c| !c.is_ascii_whitespace()) {
            let lead = s.iter().take_while(|c| c.is_ascii_whitespace()).count();
            let trail = s.iter().rev().take_while(|c| c.is_ascii_whitespace()).count();
            let span = a + lead..b - trail;
            let decode = t[span.clone()].contains(&b'&').then_some(Encoding::XmlText);
            let depth = stack.len();
            let mut state = *stack.last().unwrap();
            if kinds.ends_with(&[1, 2, 3]) {
                rpc_key = Some(span);
                return;
            }
            if let Some(k) = rpc_key.take() {
                if kinds.windows(2).any(|w| w == [2, 4]) {
                    state = ks.child(base, &t[k]);
                    out.push(Field { span, state, decode });
                    return;
                }
            }
            // Only between elements that say nothing themselves (`td`, `dd`, `span`, `b`): an
            // element with a meaningful name (`<Zip>`) keeps its own key.
            let plain = ks.class(state).is_empty();
            if let Some((l, at)) = label.take().filter(|_| plain) {
                let colon = t[l.end - 1] == b':';
                if at == depth || (colon && at == depth + 1) {
                    let name = &t[l.start..if colon { l.end - 1 } else { l.end }];
                    // Only a label that names something (a key a detector knows) counts: text
                    // that merely looks like a label (a name in a cell) never becomes a key.
                    let keyed = ks.child(state, name);
                    if !ks.class(keyed).is_empty() {
                        state = keyed;
                    }
                }
            }
            if plain && is_label(&t[span.clone()]) {
                label = Some((span.clone(), depth));
            }
            out.push(Field { span, state, decode });
        }
    };
    while let Some(k) = memchr::memchr(b'<', &t[i..]) {
        let lt = i + k;
        push_text(text_start, lt, &stack, &kinds, ks, out);
        if t[lt..].starts_with(b"<![CDATA[") {
            let Some(e) = memchr::memmem::find(&t[lt..], b"]]>") else {
                return false;
            };
            let span = lt + 9..lt + e;
            if span.start < span.end {
                out.push(Field { span, state: *stack.last().unwrap(), decode: None });
            }
            i = lt + e + 3;
            text_start = i;
            continue;
        }
        if t[lt..].starts_with(b"<!--") {
            let Some(e) = memchr::memmem::find(&t[lt..], b"-->") else {
                return false;
            };
            i = lt + e + 3;
            text_start = i;
            continue;
        }
        let Some(gt) = memchr::memchr(b'>', &t[lt..]).map(|g| lt + g) else {
            return false;
        };
        let tag = &t[lt + 1..gt];
        if tag.starts_with(b"?") || tag.starts_with(b"!") {
        } else if tag.starts_with(b"/") {
            if stack.len() > 1 {
                stack.pop();
                kinds.pop();
            }
        } else {
            let name_end = tag.iter().position(|b| b.is_ascii_whitespace() || *b == b'/').unwrap_or(tag.len());
            let name = &tag[..name_end];
            // Drop a namespace prefix.
            let local = name.iter().rposition(|b| *b == b':').map_or(name, |p| &name[p + 1..]);
            // The value element of an element named by an attribute (SAML's `<Attribute
            // Name="…"><AttributeValue>…`) is keyed by that name alone.
            let value_of_named =
                kinds.last() == Some(&5) && (local.eq_ignore_ascii_case(b"AttributeValue") || local.eq_ignore_ascii_case(b"Value"));
            let state = if value_of_named { *stack.last().unwrap() } else { ks.child(*stack.last().unwrap(), local) };
            // Attributes. A field written as a name and a value (`<Field name="MemberID"
            // value="…"/>`, `<input name="dob" value="…">`, `<meta name="author" content="…">`):
            // the value is keyed by the name.
            attrs.clear();
            let mut j = name_end;
            while j < tag.len() {
                let Some(eq) = memchr::memchr(b'=', &tag[j..]).map(|e| j + e) else {
                    break;
                };
                let aname = tag[j..eq].trim_ascii();
                let q = eq + 1;
                if q >= tag.len() || !matches!(tag[q], b'"' | b'\'') {
                    break;
                }
                let Some(close) = memchr::memchr(tag[q], &tag[q + 1..]).map(|c| q + 1 + c) else {
                    return false;
                };
                let span = lt + 1 + q + 1..lt + 1 + close;
                if !aname.is_empty() && !aname.starts_with(b"xmlns") && span.start < span.end {
                    attrs.push((lt + 1 + j..lt + 1 + eq, span));
                }
                j = close + 1;
            }
            let named = |names: &[&[u8]]| {
                attrs.iter().find(|(n, _)| names.iter().any(|x| t[n.clone()].trim_ascii().eq_ignore_ascii_case(x))).map(|a| a.1.clone())
            };
            let pair_key = named(&[b"name", b"key", b"field", b"fieldname", b"field_name", b"attribute", b"property", b"param", b"label"])
                .filter(|k| k.len() <= 40 && t[k.clone()].iter().any(u8::is_ascii_alphabetic));
            let pair_value = pair_key.as_ref().and_then(|_| named(&[b"value", b"val", b"content"]));
            // A generic element named by an attribute holds its value as text (Windows event
            // XML's `<Data Name='TargetUserName'>…</Data>`): the text is keyed by the name.
            let text_key = pair_key.clone().filter(|k| {
                pair_value.is_none()
                    && !tag.ends_with(b"/")
                    && !t[k.clone()].iter().any(u8::is_ascii_whitespace)
                    && GENERIC_ELEMENTS.iter().any(|g| g.eq_ignore_ascii_case(local))
            });
            for (n, span) in &attrs {
                let aname = t[n.clone()].trim_ascii();
                // FHIR XML and similar put an element's value in a `value` attribute
                // (`<family value="…"/>`): it is keyed by the element itself.
                let astate = match (&pair_key, &pair_value) {
                    // Keyed under the parent: the element (`Field`, `input`) names no more than
                    // that it is a field.
                    (Some(k), Some(v)) if v == span => ks.child(*stack.last().unwrap(), directory_name(&t[k.clone()])),
                    (Some(k), Some(_)) if k == span => KeyStates::KEY_TEXT,
                    (Some(k), None) if text_key.is_some() && k == span => KeyStates::KEY_TEXT,
                    _ if aname == b"value" => state,
                    _ => ks.child(state, aname),
                };
                let decode = t[span.clone()].contains(&b'&').then_some(Encoding::XmlText);
                out.push(Field { span: span.clone(), state: astate, decode });
            }
            if !tag.ends_with(b"/") {
                let state = match &text_key {
                    Some(k) => ks.child(*stack.last().unwrap(), directory_name(&t[k.clone()])),
                    None => state,
                };
                stack.push(state);
                kinds.push(match local {
                    _ if text_key.is_some() => 5,
                    b"struct" => 1,
                    b"member" => 2,
                    b"name" => 3,
                    b"value" => 4,
                    _ => 0,
                });
            }
        }
        i = gt + 1;
        text_start = i;
    }
    push_text(text_start, t.len(), &stack, &kinds, ks, out);
    true
}

/// An attribute named by its X.500/LDAP object identifier, as SAML assertions name them
/// (`urn:oid:2.5.4.4` is the surname): its name; anything else as it is.
fn directory_name(k: &[u8]) -> &[u8] {
    let Some(oid) = k.strip_prefix(b"urn:oid:") else { return k };
    match oid {
        b"2.5.4.4" => b"surname",
        b"2.5.4.42" => b"given_name",
        b"2.5.4.3" => b"common_name",
        b"2.16.840.1.113730.3.1.241" => b"display_name",
        b"0.9.2342.19200300.100.1.3" => b"email",
        b"2.5.4.20" => b"telephone",
        b"0.9.2342.19200300.100.1.41" => b"mobile",
        b"2.5.4.9" => b"street",
        b"2.5.4.7" => b"city",
        b"2.5.4.17" => b"postal_code",
        b"1.3.6.1.4.1.5923.1.1.1.6" => b"principal_name",
        _ => k,
    }
}

/// Whether a text reads like a field label: a few words of letters, no digits.
fn is_label(s: &[u8]) -> bool {
    let words = s.split(|b| b.is_ascii_whitespace()).filter(|w| !w.is_empty()).count();
    (2..=40).contains(&s.len())
        && (1..=4).contains(&words)
        && s.iter().any(u8::is_ascii_alphabetic)
        && s.iter().all(|b| b.is_ascii_alphabetic() || matches!(b, b' ' | b'#' | b':' | b'.' | b'_' | b'-' | b'/' | b'\''))
}

/// CSV with a header row: each cell keyed by its column name.
/// The delimiter of delimited text: whichever of `,` `;` tab `|` its header line holds most.
pub fn csv_delimiter(header: &[u8]) -> u8 {
    [b',', b';', b'\t', b'|'].into_iter().max_by_key(|d| header.iter().filter(|b| *b == d).count()).unwrap_or(b',')
}

pub fn csv(t: &[u8], ks: &mut KeyStates, base: u32, out: &mut Vec<Field>) -> bool {
    let delim = csv_delimiter(t.split(|&b| b == b'\n').next().unwrap_or(b""));
    let mut columns: Vec<u32> = vec![];
    let mut row = 0;
    let mut i = 0;
    while i < t.len() {
        let mut col = 0;
        loop {
            // One cell.
            let (span, next) = if t.get(i) == Some(&b'"') {
                let mut j = i + 1;
                loop {
                    match memchr::memchr(b'"', &t[j..]) {
                        None => return false,
                        Some(k) if t.get(j + k + 1) == Some(&b'"') => j = j + k + 2,
                        Some(k) => break (i + 1..j + k, j + k + 1),
                    }
                }
            } else {
                let e = t[i..].iter().position(|&b| b == delim || b == b'\n' || b == b'\r').map_or(t.len(), |k| i + k);
                (i..e, e)
            };
            if row == 0 {
                columns.push(ks.child_str(base, &normalize_key(&t[span.clone()])));
            } else if span.start < span.end {
                let state = columns.get(col).copied().unwrap_or(base);
                out.push(Field { span, state, decode: None });
            }
            col += 1;
            i = next;
            if i < t.len() && t[i] == delim {
                i += 1;
                continue;
            }
            while i < t.len() && (t[i] == b'\r' || t[i] == b'\n') {
                i += 1;
            }
            break;
        }
        row += 1;
    }
    columns.len() > 1
}

/// One part of a multipart body.
#[derive(Debug, Clone)]
pub struct Part {
    pub headers: Range<usize>,
    pub body: Range<usize>,
    pub name: Vec<u8>,
    pub content_type: String,
    pub base64: bool,
}

/// The boundary of an Internet message (`message/rfc822`, a raw e-mail in a JSON field) whose
/// header block declares `Content-Type: multipart/…; boundary=…`: it is read as multipart, its
/// headers and each part's as text. `None` for anything that does not open with a header line.
pub fn mime_boundary(t: &[u8]) -> Option<Vec<u8>> {
    let name_len = t.iter().take(40).position(|&b| b == b':')?;
    if name_len == 0 || !t[..name_len].iter().all(|b| b.is_ascii_alphanumeric() || *b == b'-') || !t[0].is_ascii_alphabetic() {
        return None;
    }
    let head = &t[..t.len().min(64 << 10)];
    let end = memchr::memmem::find(head, b"\r\n\r\n").or_else(|| memchr::memmem::find(head, b"\n\n"))?;
    let head = &head[..end];
    // Header lines, each with its folded continuation lines.
    let mut lines: Vec<Range<usize>> = vec![];
    let mut at = 0;
    for l in head.split(|&b| b == b'\n') {
        let r = at..at + l.len();
        at += l.len() + 1;
        match (l.first(), lines.last_mut()) {
            (Some(b' ' | b'\t'), Some(prev)) => prev.end = r.end,
            _ => lines.push(r),
        }
    }
    for r in lines {
        let line = &head[r];
        if line.len() < 13 || !line[..13].eq_ignore_ascii_case(b"content-type:") {
            continue;
        }
        let value = &line[13..];
        let lower = value.to_ascii_lowercase();
        memchr::memmem::find(&lower, b"multipart/")?;
        let b = memchr::memmem::find(&lower, b"boundary=")? + 9;
        let rest = &value[b..];
        let boundary: Vec<u8> = if rest.first() == Some(&b'"') {
            rest[1..].iter().take_while(|&&c| c != b'"').copied().collect()
        } else {
            rest.iter().take_while(|&&c| !matches!(c, b';' | b' ' | b'\r' | b'\n' | b'\t')).copied().collect()
        };
        return (!boundary.is_empty()).then_some(boundary);
    }
    None
}

/// Splits a multipart body by its boundary.
pub fn multipart(t: &[u8], boundary: &[u8]) -> Option<Vec<Part>> {
    let mut delim = b"--".to_vec();
    delim.extend_from_slice(boundary);
    let finder = memchr::memmem::Finder::new(&delim);
    let mut positions: Vec<usize> = finder.find_iter(t).collect();
    if positions.len() < 2 {
        return None;
    }
    positions.retain(|&p| p == 0 || t[p - 1] == b'\n');
    let mut parts = vec![];
    for w in positions.windows(2) {
        let mut s = w[0] + delim.len();
        if t[s..].starts_with(b"--") {
            break;
        }
        while s < t.len() && (t[s] == b'\r' || t[s] == b'\n') {
            s += 1;
        }
        let mut e = w[1];
        if e > 0 && t[e - 1] == b'\n' {
            e -= 1;
        }
        if e > 0 && t[e - 1] == b'\r' {
            e -= 1;
        }
        let part = &t[s..e.max(s)];
        let (hlen, blen) = match memchr::memmem::find(part, b"\r\n\r\n") {
            Some(k) => (k, k + 4),
            None => match memchr::memmem::find(part, b"\n\n") {
                Some(k) => (k, k + 2),
                None => (0, 0),
            },
        };
        let headers = String::from_utf8_lossy(&part[..hlen]).to_string();
        let mut name = vec![];
        let mut content_type = String::new();
        let mut base64 = false;
        for line in headers.lines() {
            let lower = line.to_ascii_lowercase();
            if lower.starts_with("content-disposition:") {
                if let Some(p) = lower.find(" name=").or_else(|| lower.find(";name=")) {
                    let rest = &line[p + 6..];
                    name = rest.trim_start_matches('"').split(['"', ';']).next().unwrap_or("").as_bytes().to_vec();
                }
            } else if let Some(ct) = lower.strip_prefix("content-type:") {
                content_type = ct.trim().to_string();
            } else if lower.starts_with("content-transfer-encoding:") && lower.contains("base64") {
                base64 = true;
            }
        }
        parts.push(Part { headers: s..s + hlen, body: s + blen..e.max(s + blen), name, content_type, base64 });
    }
    Some(parts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::{DetectorDef, Scanner};

    fn scanner() -> Scanner {
        let d = DetectorDef { id: "k".into(), keys: vec![r"(dob|name|mrn|patient|email)".into()], ..Default::default() };
        Scanner::new(vec![d]).unwrap()
    }

    fn show(t: &[u8], ks: &KeyStates, f: &[Field]) -> Vec<(String, String)> {
        f.iter().map(|f| (ks.path(f.state).to_string(), String::from_utf8_lossy(&t[f.span.clone()]).to_string())).collect()
    }

    #[test]
    fn form_pairs() {
        let sc = scanner();
        let mut ks = KeyStates::new(&sc);
        let mut out = vec![];
        let t = b"metadata%5Bpatient_name%5D=Maria+G&x=1&&flag&ud[em]=ab%40c";
        pairs(t, b'&', true, &mut ks, KeyStates::ROOT, &mut out);
        let s = show(t, &ks, &out);
        assert_eq!(s[0], ("metadata.patient_name".into(), "Maria+G".into()));
        assert_eq!(out[0].decode, Some(Encoding::Percent { plus: true }));
        assert_eq!(s[2], ("".into(), "flag".into()));
        assert_eq!(s[3], ("ud.em".into(), "ab%40c".into()));
    }

    #[test]
    fn text_pairs_find_keys() {
        let sc = scanner();
        let mut ks = KeyStates::new(&sc);
        let mut out = vec![];
        let t = br#"level=error patient_name="Maria Gonzalez" dob=1962-03-14 msg: {"mrn": "4471823"} Name: Rosa Delgado, age 54 failed: email=a@b.c q=metadata['mrn']:'00655932'"#;
        text_pairs(t, &mut ks, KeyStates::ROOT, &mut out);
        let s = show(t, &ks, &out);
        assert!(s.contains(&("patient_name".into(), "Maria Gonzalez".into())), "{s:?}");
        assert!(s.contains(&("dob".into(), "1962-03-14".into())));
        assert!(s.contains(&("mrn".into(), "4471823".into())));
        assert!(s.contains(&("name".into(), "Rosa Delgado".into())), "{s:?}");
        assert!(s.contains(&("email".into(), "a@b.c".into())), "{s:?}");
        assert!(s.contains(&("metadata.mrn".into(), "00655932".into())), "{s:?}");
    }

    #[test]
    fn hl7_fields() {
        let sc = scanner();
        let mut ks = KeyStates::new(&sc);
        let mut out = vec![];
        let t =
            b"MSH|^~\\&|App|Fac|||20240101||ADT^A01|1|P|2.5\rPID|1||4471823^^^HOSP^MR~123456789^^^USSSA^SS||GONZALEZ^MARIA^L||19620314|F\r";
        assert!(hl7(t, &mut ks, KeyStates::ROOT, &mut out));
        let s = show(t, &ks, &out);
        assert!(s.contains(&("pid_3_1.mr".into(), "4471823".into())), "{s:?}");
        assert!(s.contains(&("pid_3_1.ss".into(), "123456789".into())));
        assert!(s.contains(&("pid_5_1".into(), "GONZALEZ".into())));
        assert!(s.contains(&("pid_5_2".into(), "MARIA".into())));
        assert!(s.contains(&("pid_7_1".into(), "19620314".into())));
        assert!(s.contains(&("msh_7_1".into(), "20240101".into())));
    }

    #[test]
    fn x12_segments() {
        let sc = scanner();
        let mut ks = KeyStates::new(&sc);
        let mut out = vec![];
        let t = b"ST*270*0001~NM1*IL*1*LINDGREN-MOSS*SIOBHAN****MI*66783129751~DMG*D8*19960927*F~HI*ABK:E119~";
        assert!(x12(t, &mut ks, KeyStates::ROOT, &mut out));
        let s = show(t, &ks, &out);
        assert!(s.contains(&("nm1_3.il".into(), "LINDGREN-MOSS".into())), "{s:?}");
        assert!(s.contains(&("nm1_9.il".into(), "66783129751".into())));
        assert!(s.contains(&("dmg_2".into(), "19960927".into())));
        assert!(s.contains(&("hi_1_2".into(), "E119".into())));
    }

    #[test]
    fn xml_and_csv() {
        let sc = scanner();
        let mut ks = KeyStates::new(&sc);
        let mut out = vec![];
        let t = br#"<?xml version="1.0"?><ns:Patient id="p1"><FirstName>Maria</FirstName><Note><![CDATA[dob 1962]]></Note><Email>a&amp;b@x.com</Email></ns:Patient>"#;
        assert!(xml(t, &mut ks, KeyStates::ROOT, &mut out));
        let s = show(t, &ks, &out);
        assert!(s.contains(&("patient.id".into(), "p1".into())), "{s:?}");
        assert!(s.contains(&("patient.first_name".into(), "Maria".into())));
        assert!(s.contains(&("patient.note".into(), "dob 1962".into())));
        assert_eq!(out.last().unwrap().decode, Some(Encoding::XmlText));
        out.clear();
        let t = b"first_name,last_name,dob\nMaria,\"Gonz\"\"alez\",1962-03-14\r\nRosa,Delgado,1970-01-02\n";
        assert!(csv(t, &mut ks, KeyStates::ROOT, &mut out));
        let s = show(t, &ks, &out);
        assert_eq!(s[1], ("last_name".into(), "Gonz\"\"alez".into()));
        assert_eq!(s[5], ("dob".into(), "1970-01-02".into()));
    }

    #[test]
    fn multipart_parts() {
        let t = b"--XyZ\r\nContent-Disposition: form-data; name=\"patient_name\"\r\n\r\nMaria Gonzalez\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.json\"\r\nContent-Type: application/json\r\n\r\n{\"dob\":\"1962-03-14\"}\r\n--XyZ--\r\n";
        let parts = multipart(t, b"XyZ").unwrap();
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0].name, b"patient_name");
        assert_eq!(&t[parts[0].body.clone()], b"Maria Gonzalez");
        assert_eq!(parts[1].content_type, "application/json");
        assert_eq!(&t[parts[1].body.clone()], b"{\"dob\":\"1962-03-14\"}");
    }
}
