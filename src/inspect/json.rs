//! A JSON walker that never builds a tree.
//!
//! It reads a stream of JSON values (one document, NDJSON, or concatenated objects as Splunk HEC
//! sends them) and records every leaf: its byte span in the original text, its kind, whether
//! the string has escapes, its key path (as a [`KeyStates`] id) and the object it sits in.
//! Strings are crossed with `memchr`, keys are classified once per distinct (parent, key),
//! so a 64 KiB analytics batch costs one pass and a hash lookup per field.

use crate::detect::KeyStates;
use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeafKind {
    /// A string; `escaped` when it holds backslash escapes (scanned decoded, as a child view).
    Str { escaped: bool },
    /// A number, `true`, `false` or `null`.
    Scalar,
    /// An object member name (scanned as text, never key-classified).
    Key,
}

#[derive(Clone, Debug)]
pub struct Leaf {
    /// The content: inside the quotes for strings.
    pub span: Range<usize>,
    pub kind: LeafKind,
    /// Key path state of the value.
    pub state: u32,
    /// The object this is a direct member of (`u32::MAX` for array items and top-level values).
    pub obj: u32,
    /// Span of the member name (inside its quotes), empty for array items.
    pub key: Range<usize>,
    /// Position in the array it is an item of (`u32::MAX` when not an array item).
    pub idx: u32,
    /// Whether that array is itself an item of an array (a row of a table: `[[…], […]]`).
    pub row: bool,
}

/// An object: the range of leaf indices inside it (all depths).
#[derive(Clone, Debug)]
pub struct Obj {
    pub leaves: Range<usize>,
    pub state: u32,
    /// The object this one is a direct member of (`u32::MAX` for array items and top-level values).
    pub parent: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    pub at: usize,
}

enum Frame {
    Obj { id: u32, state: u32, member: u32, member_key: Range<usize>, want_key: bool, awaiting: bool },
    Arr { state: u32, next: u32, row: bool },
}

fn skip_ws(t: &[u8], mut i: usize) -> usize {
    while i < t.len() && matches!(t[i], b' ' | b'\n' | b'\r' | b'\t') {
        i += 1;
    }
    i
}

/// Scans a string starting after its opening quote; returns (end of content, escaped).
fn string_end(t: &[u8], mut i: usize) -> Result<(usize, bool), JsonError> {
    let mut escaped = false;
    loop {
        match memchr::memchr2(b'"', b'\\', &t[i..]) {
            None => return Err(JsonError { at: t.len() }),
            Some(k) => {
                i += k;
                if t[i] == b'"' {
                    return Ok((i, escaped));
                }
                escaped = true;
                i += 2;
                if i > t.len() {
                    return Err(JsonError { at: t.len() });
                }
            }
        }
    }
}

/// Quick check that `t` starts like JSON worth walking.
pub fn looks_like_json(t: &[u8]) -> bool {
    let i = skip_ws(t, 0);
    i < t.len() && matches!(t[i], b'{' | b'[')
}

/// Walks every value in `t`; leaves and objects are appended. `base` is the key state of the
/// whole text (the key of the field it came from, or the root).
pub fn walk(t: &[u8], ks: &mut KeyStates, base: u32, leaves: &mut Vec<Leaf>, objs: &mut Vec<Obj>) -> Result<(), JsonError> {
    walk_window(t, 0, usize::MAX, ks, base, leaves, objs).map(|_| ())
}

/// Walks the values of `t` from `start` (a top-level value boundary), and stops after the
/// top-level value that brings the window to `window` bytes: `Ok(Some(next))` when values
/// remain from `next` on, `Ok(None)` at the end. A stream (NDJSON) is walked a window at a
/// time, so its leaves never all sit in memory together; a single document is one window.
pub fn walk_window(
    t: &[u8],
    start: usize,
    window: usize,
    ks: &mut KeyStates,
    base: u32,
    leaves: &mut Vec<Leaf>,
    objs: &mut Vec<Obj>,
) -> Result<Option<usize>, JsonError> {
    let mut stack: Vec<Frame> = Vec::with_capacity(16);
    let mut obj_starts: Vec<(u32, usize)> = Vec::new();
    let mut i = skip_ws(t, start);
    if i >= t.len() {
        return Err(JsonError { at: start });
    }
    loop {
        i = skip_ws(t, i);
        if i >= t.len() {
            return if stack.is_empty() { Ok(None) } else { Err(JsonError { at: i }) };
        }
        if stack.is_empty() && i - start >= window {
            return Ok(Some(i));
        }
        // Where a value lands: its state and object.
        let (state, obj, key, idx, row) = match stack.last() {
            None => (base, u32::MAX, 0..0, u32::MAX, false),
            Some(Frame::Arr { state, next, row }) => (*state, u32::MAX, 0..0, *next, *row),
            Some(Frame::Obj { id, member, member_key, .. }) => (*member, *id, member_key.clone(), u32::MAX, false),
        };
        // Object member names.
        if let Some(Frame::Obj { want_key: true, .. }) = stack.last() {
            match t[i] {
                b'"' => {
                    let (end, _) = string_end(t, i + 1)?;
                    let kspan = i + 1..end;
                    let j = skip_ws(t, end + 1);
                    if j >= t.len() || t[j] != b':' {
                        return Err(JsonError { at: j });
                    }
                    let Some(Frame::Obj { id, state: ostate, member, member_key, want_key, awaiting }) = stack.last_mut() else {
                        unreachable!()
                    };
                    *member = ks.child(*ostate, &t[kspan.clone()]);
                    *member_key = kspan.clone();
                    *want_key = false;
                    *awaiting = true;
                    leaves.push(Leaf { span: kspan, kind: LeafKind::Key, state: *ostate, obj: *id, key: 0..0, idx: u32::MAX, row: false });
                    i = j + 1;
                    continue;
                }
                b'}' => {}
                _ => return Err(JsonError { at: i }),
            }
        }
        if let Some(Frame::Obj { awaiting, .. }) = stack.last_mut() {
            if *awaiting && matches!(t[i], b'}' | b']' | b',') {
                return Err(JsonError { at: i });
            }
            *awaiting = false;
        }
        match t[i] {
            b'{' => {
                let id = objs.len() as u32;
                objs.push(Obj { leaves: leaves.len()..leaves.len(), state, parent: obj });
                obj_starts.push((id, leaves.len()));
                stack.push(Frame::Obj { id, state, member: state, member_key: 0..0, want_key: true, awaiting: false });
                i += 1;
                continue;
            }
            b'[' => {
                let row = matches!(stack.last(), Some(Frame::Arr { .. }));
                stack.push(Frame::Arr { state, next: 0, row });
                i += 1;
                continue;
            }
            b']' => {
                match stack.pop() {
                    Some(Frame::Arr { .. }) => {}
                    _ => return Err(JsonError { at: i }),
                }
                i += 1;
                i = after_value(t, i, &mut stack)?;
                continue;
            }
            b'}' => {
                match stack.pop() {
                    Some(Frame::Obj { id, .. }) => {
                        if let Some((oid, _)) = obj_starts.pop() {
                            debug_assert_eq!(oid, id);
                            objs[id as usize].leaves.end = leaves.len();
                        }
                    }
                    _ => return Err(JsonError { at: i }),
                }
                i += 1;
                i = after_value(t, i, &mut stack)?;
                continue;
            }
            b'"' => {
                let (end, escaped) = string_end(t, i + 1)?;
                leaves.push(Leaf { span: i + 1..end, kind: LeafKind::Str { escaped }, state, obj, key, idx, row });
                i = end + 1;
            }
            b'-' | b'0'..=b'9' | b't' | b'f' | b'n' => {
                let s = i;
                while i < t.len() && matches!(t[i], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9' | b'a'..=b'z') {
                    i += 1;
                }
                let lit = &t[s..i];
                let ok = matches!(lit, b"true" | b"false" | b"null")
                    || lit.iter().all(|b| matches!(b, b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9'));
                if !ok {
                    return Err(JsonError { at: s });
                }
                leaves.push(Leaf { span: s..i, kind: LeafKind::Scalar, state, obj, key, idx, row });
            }
            _ => return Err(JsonError { at: i }),
        }
        i = after_value(t, i, &mut stack)?;
    }
}

/// After a value: a comma (next member or item), or the container's end, or (top level) the
/// next value of a stream.
fn after_value(t: &[u8], i: usize, stack: &mut [Frame]) -> Result<usize, JsonError> {
    let j = skip_ws(t, i);
    let Some(f) = stack.last_mut() else {
        return Ok(j);
    };
    if j >= t.len() {
        return Err(JsonError { at: j });
    }
    match (t[j], f) {
        (b',', Frame::Obj { want_key, .. }) => {
            *want_key = true;
            Ok(j + 1)
        }
        (b',', Frame::Arr { next, .. }) => {
            *next += 1;
            Ok(j + 1)
        }
        (b'}', Frame::Obj { .. }) | (b']', Frame::Arr { .. }) => Ok(j),
        _ => Err(JsonError { at: j }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::{DetectorDef, Scanner};

    type Leaves = Vec<(String, String, LeafKind)>;

    fn run(t: &str) -> Result<(Leaves, usize), JsonError> {
        let sc = Scanner::new(vec![DetectorDef { id: "x".into(), ..Default::default() }]).unwrap();
        let mut ks = KeyStates::new(&sc);
        let (mut leaves, mut objs) = (vec![], vec![]);
        walk(t.as_bytes(), &mut ks, KeyStates::ROOT, &mut leaves, &mut objs)?;
        let out = leaves
            .iter()
            .filter(|l| l.kind != LeafKind::Key)
            .map(|l| (ks.path(l.state).to_string(), t[l.span.clone()].to_string(), l.kind))
            .collect();
        Ok((out, objs.len()))
    }

    #[test]
    fn leaves_with_paths() {
        let (l, objs) =
            run(r#"{"patient":{"name":[{"given":["Maria"],"family":"Gonz\u00e1lez"}],"age":54,"ok":true},"e":[],"o":{}}"#).unwrap();
        assert_eq!(objs, 4);
        assert_eq!(l[0], ("patient.name.given".into(), "Maria".into(), LeafKind::Str { escaped: false }));
        assert_eq!(l[1], ("patient.name.family".into(), "Gonz\\u00e1lez".into(), LeafKind::Str { escaped: true }));
        assert_eq!(l[2], ("patient.age".into(), "54".into(), LeafKind::Scalar));
        assert_eq!(l[3].1, "true");
    }

    #[test]
    fn streams_and_errors() {
        let (l, _) = run("{\"a\":1}\n{\"b\":\"x\"}{\"c\":[1,2]}\n").unwrap();
        assert_eq!(l.len(), 4);
        assert_eq!(l[3].0, "c");
        assert!(run("{\"a\":}").is_err());
        assert!(run("{\"a\":1").is_err());
        assert!(run("[1,2").is_err());
        assert!(run("{\"a\" 1}").is_err());
        assert!(run("nope").is_err());
    }
}
