//! YAML with positions: a spanned document tree (parsed by `saphyr-parser`) and a serde
//! deserializer over it.
//!
//! Every error, from the parser, from serde, or from our own validation, names the
//! line and column and the key path of the offending node. Unknown keys are all collected (not
//! only the first): the deserializer knows each struct's field list, so it reports every key that
//! is not in it and keeps going. [`Spanned<T>`] lets schema types keep the position of a value so
//! that the validation stage can point at it.

use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use std::cell::RefCell;
use std::fmt;

/// A position in a YAML file: 1-based line and column.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    Null,
    /// A scalar and whether it was quoted (quoted scalars are always strings).
    Scalar(String, bool),
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

/// One node of a YAML document with the position where it starts.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub pos: Pos,
    pub kind: Kind,
}

impl Node {
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.kind {
            Kind::Map(entries) => entries.iter().find(|(k, _)| k.as_str() == Some(key)).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match &self.kind {
            Kind::Scalar(s, _) => Some(s),
            _ => None,
        }
    }

    fn type_name(&self) -> &'static str {
        match &self.kind {
            Kind::Null => "nothing (null)",
            Kind::Scalar(..) => "a scalar",
            Kind::Seq(_) => "a list",
            Kind::Map(_) => "a mapping",
        }
    }
}

/// An error located in a YAML file.
#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    pub pos: Option<Pos>,
    /// The key path of the offending node, like `destinations[1].allow[0]`.
    pub path: String,
    pub msg: String,
}

impl Error {
    pub fn new(pos: Pos, path: &str, msg: impl Into<String>) -> Error {
        Error { pos: Some(pos), path: path.to_string(), msg: msg.into() }
    }

    fn at(mut self, node: &Node, path: &str) -> Error {
        if self.pos.is_none() {
            self.pos = Some(node.pos);
            self.path = path.to_string();
        }
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.pos, self.path.is_empty()) {
            (Some(p), false) => write!(f, "{p}: {}: {}", self.path, self.msg),
            (Some(p), true) => write!(f, "{p}: {}", self.msg),
            (None, false) => write!(f, "{}: {}", self.path, self.msg),
            (None, true) => write!(f, "{}", self.msg),
        }
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error { pos: None, path: String::new(), msg: msg.to_string() }
    }
}

/// Parses one YAML document into a tree. An empty document is `Null`.
pub fn parse(text: &str) -> Result<Node, Error> {
    use saphyr_parser::{Event, Parser, ScalarStyle};
    let mut anchors: Vec<(usize, Node)> = Vec::new();
    // Stack of containers being built: (node, pending key for maps, anchor id).
    enum Open {
        Seq(Node, usize),
        Map(Node, Option<Node>, usize),
    }
    let mut stack: Vec<Open> = Vec::new();
    let mut root: Option<Node> = None;
    let mut docs = 0;
    let pos_of = |m: &saphyr_parser::Marker| Pos { line: m.line(), col: m.col() + 1 };

    fn attach(stack: &mut [Open], root: &mut Option<Node>, node: Node) -> Result<(), Error> {
        match stack.last_mut() {
            None => *root = Some(node),
            Some(Open::Seq(n, _)) => {
                if let Kind::Seq(items) = &mut n.kind {
                    items.push(node);
                }
            }
            Some(Open::Map(n, pending, _)) => match pending.take() {
                None => {
                    if !matches!(node.kind, Kind::Scalar(..) | Kind::Null) {
                        return Err(Error::new(node.pos, "", "a mapping key must be a plain value, not a list or mapping"));
                    }
                    *pending = Some(node);
                }
                Some(k) => {
                    if let Kind::Map(entries) = &mut n.kind {
                        if let Some(name) = k.as_str() {
                            if entries.iter().any(|(e, _)| e.as_str() == Some(name)) {
                                return Err(Error::new(k.pos, name, format!("the key `{name}` appears twice in this mapping; keep one")));
                            }
                        }
                        entries.push((k, node));
                    }
                }
            },
        }
        Ok(())
    }

    for ev in Parser::new_from_str(text) {
        let (ev, span) = ev.map_err(|e| Error {
            pos: Some(Pos { line: e.marker().line(), col: e.marker().col() + 1 }),
            path: String::new(),
            msg: format!("YAML syntax error: {}", e.info()),
        })?;
        let pos = pos_of(&span.start);
        match ev {
            Event::DocumentStart(_) => {
                docs += 1;
                if docs > 1 {
                    return Err(Error::new(pos, "", "more than one YAML document (`---`) in one file; keep one"));
                }
            }
            Event::Scalar(value, style, anchor, _tag) => {
                let quoted = !matches!(style, ScalarStyle::Plain);
                let kind = if !quoted && matches!(value.as_ref(), "" | "~" | "null" | "Null" | "NULL") {
                    Kind::Null
                } else {
                    Kind::Scalar(value.into_owned(), quoted)
                };
                let node = Node { pos, kind };
                if anchor > 0 {
                    anchors.push((anchor, node.clone()));
                }
                attach(&mut stack, &mut root, node)?;
            }
            Event::Alias(id) => {
                let node = anchors
                    .iter()
                    .rev()
                    .find(|(a, _)| *a == id)
                    .map(|(_, n)| n.clone())
                    .ok_or_else(|| Error::new(pos, "", "alias to an unknown anchor"))?;
                attach(&mut stack, &mut root, node)?;
            }
            Event::SequenceStart(anchor, _) => stack.push(Open::Seq(Node { pos, kind: Kind::Seq(vec![]) }, anchor)),
            Event::MappingStart(anchor, _) => stack.push(Open::Map(Node { pos, kind: Kind::Map(vec![]) }, None, anchor)),
            Event::SequenceEnd | Event::MappingEnd => {
                let (node, anchor) = match stack.pop() {
                    Some(Open::Seq(n, a)) => (n, a),
                    Some(Open::Map(n, _, a)) => (n, a),
                    None => return Err(Error::new(pos, "", "unbalanced YAML structure")),
                };
                if anchor > 0 {
                    anchors.push((anchor, node.clone()));
                }
                attach(&mut stack, &mut root, node)?;
            }
            _ => {}
        }
    }
    Ok(root.unwrap_or(Node { pos: Pos { line: 1, col: 1 }, kind: Kind::Null }))
}

/// Deserializes `T` from a node. Unknown keys are appended to `unknown` (all of them) instead of
/// stopping at the first; any other error stops and is returned.
pub fn from_node<T: serde::de::DeserializeOwned>(node: &Node, path: &str, unknown: &RefCell<Vec<Error>>) -> Result<T, Error> {
    T::deserialize(NodeDe { node, path: path.to_string(), unknown })
}

/// A value and where it was written.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Spanned<T> {
    pub value: T,
    pub pos: Pos,
    pub path: String,
}

impl<T> std::ops::Deref for Spanned<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

const SPANNED: &str = "$phiwall::Spanned";
const SPANNED_FIELDS: &[&str] = &["$line", "$col", "$path", "$value"];

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Spanned<T> {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = Spanned<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a value")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Spanned<T>, A::Error> {
                let mut line = 0usize;
                let mut col = 0usize;
                let mut path = String::new();
                let mut value = None;
                while let Some(k) = map.next_key::<String>()? {
                    match k.as_str() {
                        "$line" => line = map.next_value()?,
                        "$col" => col = map.next_value()?,
                        "$path" => path = map.next_value()?,
                        _ => value = Some(map.next_value()?),
                    }
                }
                let value = value.ok_or_else(|| de::Error::custom("missing value"))?;
                Ok(Spanned { value, pos: Pos { line, col }, path })
            }
        }
        d.deserialize_struct(SPANNED, SPANNED_FIELDS, V(std::marker::PhantomData))
    }
}

struct NodeDe<'a> {
    node: &'a Node,
    path: String,
    unknown: &'a RefCell<Vec<Error>>,
}

impl<'a> NodeDe<'a> {
    fn child(&self, node: &'a Node, seg: &str) -> NodeDe<'a> {
        let path =
            if seg.starts_with('[') || self.path.is_empty() { format!("{}{}", self.path, seg) } else { format!("{}.{}", self.path, seg) };
        NodeDe { node, path, unknown: self.unknown }
    }

    fn err(&self, msg: impl Into<String>) -> Error {
        Error::new(self.node.pos, &self.path, msg)
    }

    fn scalar(&self) -> Result<&'a str, Error> {
        match &self.node.kind {
            Kind::Scalar(s, _) => Ok(s),
            _ => Err(self.err(format!("expected a single value here, found {}", self.node.type_name()))),
        }
    }

    fn fix(&self, e: Error) -> Error {
        e.at(self.node, &self.path)
    }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            cur.push((prev[j] + (ca != *cb) as usize).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// "did you mean `x`?" for the closest of `options`, if it is close.
pub fn suggest(word: &str, options: &[&str]) -> String {
    let best = options.iter().map(|o| (edit_distance(word, o), *o)).min();
    match best {
        Some((d, o)) if d <= 2 || (d <= 3 && word.len() > 6) => format!("did you mean `{o}`? "),
        _ => String::new(),
    }
}

macro_rules! parse_num {
    ($name:ident, $visit:ident, $t:ty) => {
        fn $name<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
            let s = self.scalar()?;
            let n: $t = s.replace('_', "").parse().map_err(|_| self.err(format!("expected a number, found `{s}`")))?;
            v.$visit(n).map_err(|e| self.fix(e))
        }
    };
}

impl<'de, 'a: 'de> de::Deserializer<'de> for NodeDe<'a> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        let r = match &self.node.kind {
            Kind::Null => v.visit_unit(),
            Kind::Scalar(s, true) => v.visit_str(s),
            Kind::Scalar(s, false) => match s.as_str() {
                "true" | "True" | "TRUE" => v.visit_bool(true),
                "false" | "False" | "FALSE" => v.visit_bool(false),
                _ => {
                    if let Ok(n) = s.parse::<u64>() {
                        v.visit_u64(n)
                    } else if let Ok(n) = s.parse::<i64>() {
                        v.visit_i64(n)
                    } else if let (Ok(n), true) = (s.parse::<f64>(), s.contains('.')) {
                        v.visit_f64(n)
                    } else {
                        v.visit_str(s)
                    }
                }
            },
            Kind::Seq(_) => return self.deserialize_seq(v),
            Kind::Map(_) => return self.deserialize_map(v),
        };
        r.map_err(|e| self.fix(e))
    }

    fn deserialize_bool<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        let s = self.scalar()?;
        let b = match s {
            "true" | "True" | "TRUE" | "yes" | "on" => true,
            "false" | "False" | "FALSE" | "no" | "off" => false,
            _ => return Err(self.err(format!("expected true or false, found `{s}`"))),
        };
        v.visit_bool(b).map_err(|e| self.fix(e))
    }

    parse_num!(deserialize_i8, visit_i64, i64);
    parse_num!(deserialize_i16, visit_i64, i64);
    parse_num!(deserialize_i32, visit_i64, i64);
    parse_num!(deserialize_i64, visit_i64, i64);
    parse_num!(deserialize_u8, visit_u64, u64);
    parse_num!(deserialize_u16, visit_u64, u64);
    parse_num!(deserialize_u32, visit_u64, u64);
    parse_num!(deserialize_u64, visit_u64, u64);
    parse_num!(deserialize_f32, visit_f64, f64);
    parse_num!(deserialize_f64, visit_f64, f64);

    fn deserialize_char<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        self.deserialize_str(v)
    }

    fn deserialize_str<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        let s = self.scalar()?;
        v.visit_str(s).map_err(|e| self.fix(e))
    }

    fn deserialize_string<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        self.deserialize_str(v)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        self.deserialize_str(v)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        self.deserialize_str(v)
    }

    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match self.node.kind {
            Kind::Null => v.visit_none().map_err(|e| self.fix(e)),
            _ => v.visit_some(self),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        v.visit_unit().map_err(|e| self.fix(e))
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _: &'static str, v: V) -> Result<V::Value, Error> {
        self.deserialize_unit(v)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _: &'static str, v: V) -> Result<V::Value, Error> {
        v.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match &self.node.kind {
            Kind::Seq(items) => {
                let r = v.visit_seq(Seq { de: &self, items, i: 0 });
                r.map_err(|e| self.fix(e))
            }
            Kind::Null => v.visit_seq(Seq { de: &self, items: &[], i: 0 }).map_err(|e| self.fix(e)),
            _ => Err(self.err(format!("expected a list, found {}", self.node.type_name()))),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, v: V) -> Result<V::Value, Error> {
        self.deserialize_seq(v)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(self, _: &'static str, _: usize, v: V) -> Result<V::Value, Error> {
        self.deserialize_seq(v)
    }

    fn deserialize_map<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        match &self.node.kind {
            Kind::Map(entries) => v.visit_map(Map { de: &self, entries, i: 0, fields: None }).map_err(|e| self.fix(e)),
            Kind::Null => v.visit_map(Map { de: &self, entries: &[], i: 0, fields: None }).map_err(|e| self.fix(e)),
            _ => Err(self.err(format!("expected a mapping (key: value), found {}", self.node.type_name()))),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(self, name: &'static str, fields: &'static [&'static str], v: V) -> Result<V::Value, Error> {
        if name == SPANNED {
            return v.visit_map(SpannedAccess { de: self, step: 0 });
        }
        match &self.node.kind {
            Kind::Map(entries) => v.visit_map(Map { de: &self, entries, i: 0, fields: Some(fields) }).map_err(|e| self.fix(e)),
            Kind::Null => v.visit_map(Map { de: &self, entries: &[], i: 0, fields: Some(fields) }).map_err(|e| self.fix(e)),
            _ => Err(self.err(format!("expected a mapping with keys {}, found {}", list(fields), self.node.type_name()))),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(self, _: &'static str, variants: &'static [&'static str], v: V) -> Result<V::Value, Error> {
        match &self.node.kind {
            Kind::Scalar(s, _) => {
                if !variants.contains(&s.as_str()) {
                    return Err(self.err(format!("`{s}` is not one of {}; {}", list(variants), suggest(s, variants))));
                }
                v.visit_enum(s.as_str().into_deserializer()).map_err(|e: Error| self.fix(e))
            }
            Kind::Map(entries) if entries.len() == 1 => {
                let (k, val) = &entries[0];
                let k = k.as_str().unwrap_or_default();
                if !variants.contains(&k) {
                    return Err(self.err(format!("`{k}` is not one of {}; {}", list(variants), suggest(k, variants))));
                }
                v.visit_enum(Enum { de: self.child(val, k), variant: k })
            }
            _ => Err(self.err(format!("expected one of {}", list(variants)))),
        }
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        self.deserialize_str(v)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
        v.visit_unit()
    }
}

fn list(items: &[&str]) -> String {
    items.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(", ")
}

struct Seq<'s, 'a> {
    de: &'s NodeDe<'a>,
    items: &'a [Node],
    i: usize,
}

impl<'de, 's, 'a: 'de> SeqAccess<'de> for Seq<'s, 'a> {
    type Error = Error;
    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        let Some(item) = self.items.get(self.i) else {
            return Ok(None);
        };
        let child = self.de.child(item, &format!("[{}]", self.i));
        self.i += 1;
        let (pos_node, path) = (child.node, child.path.clone());
        seed.deserialize(child).map(Some).map_err(|e| e.at(pos_node, &path))
    }
}

struct Map<'s, 'a> {
    de: &'s NodeDe<'a>,
    entries: &'a [(Node, Node)],
    i: usize,
    fields: Option<&'static [&'static str]>,
}

impl<'de, 's, 'a: 'de> MapAccess<'de> for Map<'s, 'a> {
    type Error = Error;
    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        loop {
            let Some((k, _)) = self.entries.get(self.i) else {
                return Ok(None);
            };
            if let (Some(fields), Some(name)) = (self.fields, k.as_str()) {
                if !fields.contains(&name) {
                    let path = self.de.child(k, name).path;
                    self.de.unknown.borrow_mut().push(Error::new(
                        k.pos,
                        &path,
                        format!("unknown key `{name}`; {}the keys here are {}", suggest(name, fields), list(fields)),
                    ));
                    self.i += 1;
                    continue;
                }
            }
            let name = k.as_str().unwrap_or("?");
            return seed.deserialize(self.de.child(k, name)).map(Some);
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let (k, v) = &self.entries[self.i];
        self.i += 1;
        let child = self.de.child(v, k.as_str().unwrap_or("?"));
        let path = child.path.clone();
        seed.deserialize(child).map_err(|e| e.at(v, &path))
    }
}

struct SpannedAccess<'a> {
    de: NodeDe<'a>,
    step: usize,
}

impl<'de, 'a: 'de> MapAccess<'de> for SpannedAccess<'a> {
    type Error = Error;
    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        if self.step >= SPANNED_FIELDS.len() {
            return Ok(None);
        }
        seed.deserialize(SPANNED_FIELDS[self.step].into_deserializer()).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let step = self.step;
        self.step += 1;
        match step {
            0 => seed.deserialize(self.de.node.pos.line.into_deserializer()),
            1 => seed.deserialize(self.de.node.pos.col.into_deserializer()),
            2 => seed.deserialize(self.de.path.clone().into_deserializer()),
            _ => seed.deserialize(NodeDe { node: self.de.node, path: self.de.path.clone(), unknown: self.de.unknown }),
        }
    }
}

struct Enum<'a> {
    de: NodeDe<'a>,
    variant: &'a str,
}

impl<'de, 'a: 'de> de::EnumAccess<'de> for Enum<'a> {
    type Error = Error;
    type Variant = NodeDe<'a>;
    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, NodeDe<'a>), Error> {
        let v = seed.deserialize(self.variant.into_deserializer())?;
        Ok((v, self.de))
    }
}

impl<'de, 'a: 'de> de::VariantAccess<'de> for NodeDe<'a> {
    type Error = Error;
    fn unit_variant(self) -> Result<(), Error> {
        Ok(())
    }
    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Error> {
        seed.deserialize(self)
    }
    fn tuple_variant<V: Visitor<'de>>(self, _: usize, v: V) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_seq(self, v)
    }
    fn struct_variant<V: Visitor<'de>>(self, fields: &'static [&'static str], v: V) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_struct(self, "", fields, v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Dest {
        name: String,
        #[serde(default)]
        allow: Vec<Spanned<String>>,
        #[serde(default)]
        on_violation: Option<Mode>,
    }

    #[derive(Deserialize, Debug, PartialEq)]
    #[serde(rename_all = "snake_case")]
    enum Mode {
        Redact,
        Block,
    }

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    struct Top {
        destinations: Vec<Dest>,
        #[serde(default)]
        port: u16,
    }

    #[test]
    fn positions_and_all_unknown_keys() {
        let text = "destinations:\n  - name: a\n    alow: [x]\n    allow: [name, dob]\n  - name: b\n    on_violaton: block\nport: 3128\nextra: 1\n";
        let node = parse(text).unwrap();
        let unknown = RefCell::new(vec![]);
        let top: Top = from_node(&node, "", &unknown).unwrap();
        assert_eq!(top.port, 3128);
        assert_eq!(top.destinations[0].allow[1].value, "dob");
        assert_eq!(top.destinations[0].allow[1].pos, Pos { line: 4, col: 19 });
        assert_eq!(top.destinations[0].allow[1].path, "destinations[0].allow[1]");
        let errs = unknown.into_inner();
        assert_eq!(errs.len(), 3, "{errs:?}");
        assert_eq!(errs[0].pos, Some(Pos { line: 3, col: 5 }));
        assert_eq!(errs[0].path, "destinations[0].alow");
        assert!(errs[0].msg.contains("did you mean `allow`?"), "{}", errs[0].msg);
        assert!(errs[1].msg.contains("did you mean `on_violation`?"));
        assert_eq!(errs[2].path, "extra");
    }

    #[test]
    fn type_errors_are_located() {
        let node = parse("destinations:\n  - name: a\n    on_violation: redcat\n").unwrap();
        let unknown = RefCell::new(vec![]);
        let e = from_node::<Top>(&node, "", &unknown).unwrap_err();
        assert_eq!(e.pos, Some(Pos { line: 3, col: 19 }));
        assert_eq!(e.path, "destinations[0].on_violation");
        assert!(e.msg.contains("did you mean `redact`?"), "{}", e.msg);
        let node = parse("destinations: 3\n").unwrap();
        let e = from_node::<Top>(&node, "", &unknown).unwrap_err();
        assert!(e.msg.contains("expected a list"), "{}", e.msg);
        let e = parse("a: [1, 2\n").unwrap_err();
        assert!(e.msg.contains("syntax"), "{}", e.msg);
        let e = parse("a: 1\na: 2\n").unwrap_err();
        assert!(e.msg.contains("appears twice"), "{}", e.msg);
    }
}
