//! Stage one: the ops-facing schema, exactly as people write it in YAML.
//!
//! These types mirror the files (`phiwall.yaml` and detector packs under `rules/`) and nothing
//! more: no defaults resolved, no names checked. Every struct denies unknown keys, and values that
//! validation may complain about keep their position ([`Spanned`]). The keys of the v1 contract
//! in DESIGN.md are fixed: add keys, never rename them.

use super::yaml::Spanned;
pub use crate::inspect::redact::Transform;
pub use crate::policy::{Mode, OnViolation};
use serde::Deserialize;
use std::collections::BTreeMap;

/// `phiwall.yaml`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    /// `enforce` (default) or `monitor`.
    #[serde(default)]
    pub mode: Option<Spanned<Mode>>,
    #[serde(default)]
    pub listeners: Vec<Listener>,
    #[serde(default)]
    pub admin: Option<Admin>,
    /// Detector packs; the built-in default pack when absent. `builtin` names the default pack.
    #[serde(default)]
    pub rules: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    pub exact_match: Vec<ExactMatch>,
    #[serde(default)]
    pub destinations: Vec<Destination>,
    /// `deny` (default), or the name of a destination that receives unknown hosts.
    #[serde(default)]
    pub default_destination: Option<Spanned<String>>,
    #[serde(default)]
    pub limits: Option<Limits>,
    #[serde(default)]
    pub upstream: Option<Upstream>,
    #[serde(default)]
    pub audit: Option<Audit>,
    /// Keys for the `hmac` redaction transform.
    #[serde(default)]
    pub redaction: Option<Redaction>,
    /// Findings below this confidence (0-100) are reported by `scan` but do not change decisions.
    #[serde(default)]
    pub min_confidence: Option<Spanned<u8>>,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ListenerMode {
    Forward,
    Reverse,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Listener {
    pub name: Spanned<String>,
    pub mode: Spanned<ListenerMode>,
    pub bind: Spanned<String>,
    /// Forward listeners: the CA that mints leaf certificates for intercepted CONNECT tunnels.
    #[serde(default)]
    pub intercept: Option<Intercept>,
    /// Reverse listeners: TLS termination.
    #[serde(default)]
    pub tls: Option<ListenerTls>,
    /// Reverse listeners: the service behind phiwall.
    #[serde(default)]
    pub upstream: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Intercept {
    pub ca_cert: Spanned<String>,
    pub ca_key: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListenerTls {
    pub cert: Spanned<String>,
    pub key: Spanned<String>,
    #[serde(default)]
    pub client_ca: Option<Spanned<String>>,
    #[serde(default)]
    pub client_auth: Option<Spanned<ClientAuth>>,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ClientAuth {
    None,
    Optional,
    Required,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Admin {
    pub bind: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExactMatch {
    pub path: Spanned<String>,
    /// CSV column → category.
    pub columns: Spanned<BTreeMap<String, Spanned<String>>>,
    /// File holding the HMAC key for roster digests; without it, `key_env`, else a random key
    /// per start (warned).
    #[serde(default)]
    pub key_file: Option<Spanned<String>>,
    #[serde(default)]
    pub key_env: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Destination {
    pub name: Spanned<String>,
    pub hosts: Vec<Spanned<String>>,
    /// Categories this destination may receive; `all` = everything.
    #[serde(default)]
    pub allow: Vec<Spanned<String>>,
    #[serde(default)]
    pub on_violation: Option<Spanned<OnViolation>>,
    #[serde(default)]
    pub mode: Option<Spanned<Mode>>,
    #[serde(default)]
    pub inspect_tls: Option<Spanned<bool>>,
    #[serde(default)]
    pub fail: Option<Spanned<FailMode>>,
    #[serde(default)]
    pub ports: Option<Vec<Spanned<u16>>>,
    #[serde(default)]
    pub callers: Option<Vec<Spanned<String>>>,
    /// Category → redaction transform (`default` sets the rest).
    #[serde(default)]
    pub transforms: BTreeMap<String, Spanned<Transform>>,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum FailMode {
    Closed,
    Open,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limits {
    #[serde(default)]
    pub max_body_bytes: Option<Spanned<ByteSize>>,
    /// Cap on bytes produced by decoding one body (gzip, base64…), and on the expansion ratio.
    #[serde(default)]
    pub max_decoded_bytes: Option<Spanned<ByteSize>>,
    #[serde(default)]
    pub max_decode_ratio: Option<Spanned<u32>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Upstream {
    /// Host glob → address to connect to instead of DNS.
    #[serde(default)]
    pub resolve: BTreeMap<String, Spanned<String>>,
    /// Extra trust roots (PEM) for upstream TLS.
    #[serde(default)]
    pub ca: Option<Spanned<String>>,
    #[serde(default)]
    pub connect_timeout_ms: Option<Spanned<u64>>,
    #[serde(default)]
    pub response_timeout_ms: Option<Spanned<u64>>,
    /// Private/loopback networks (CIDR) upstream connections may reach anyway (SSRF guard).
    #[serde(default)]
    pub allow_private: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Audit {
    pub path: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Redaction {
    #[serde(default)]
    pub hmac_key_file: Option<Spanned<String>>,
    #[serde(default)]
    pub hmac_key_env: Option<Spanned<String>>,
}

/// A byte count written as a number or with a unit: `10MiB`, `512KiB`, `1GB`, `4096`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ByteSize(pub u64);

impl<'de> Deserialize<'de> for ByteSize {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        parse_byte_size(&s).map(ByteSize).ok_or_else(|| {
            serde::de::Error::custom(format!("`{s}` is not a size; write a number of bytes or one with a unit, like `10MiB` or `512KiB`"))
        })
    }
}

pub fn parse_byte_size(s: &str) -> Option<u64> {
    let s = s.trim();
    let split = s.find(|c: char| !c.is_ascii_digit() && c != '_').unwrap_or(s.len());
    let n: u64 = s[..split].replace('_', "").parse().ok()?;
    let mult: u64 = match s[split..].trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" => 1000,
        "kib" => 1 << 10,
        "m" | "mb" => 1_000_000,
        "mib" => 1 << 20,
        "g" | "gb" => 1_000_000_000,
        "gib" => 1 << 30,
        _ => return None,
    };
    n.checked_mul(mult)
}

/// A detector pack (`rules/*.yaml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulePack {
    #[serde(default)]
    pub description: Option<String>,
    pub detectors: Vec<DetectorSpec>,
}

/// One detector, as written in a pack.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DetectorSpec {
    pub id: Spanned<String>,
    pub category: Spanned<String>,
    pub description: String,
    /// Regular expressions (Rust `regex` syntax). A named group `value` marks the span that is
    /// the finding (for label patterns such as `DOB: (?P<value>...)`); otherwise the whole match.
    #[serde(default)]
    pub patterns: Vec<Spanned<String>>,
    /// Literal terms, matched case-insensitively as whole words, multi-word terms also in their
    /// URL-slug forms (`breast-cancer`, `breast_cancer`, `breast+cancer`).
    #[serde(default)]
    pub keywords: Vec<Spanned<String>>,
    /// A file of further keywords, one per line (`#` comments), relative to the pack.
    #[serde(default)]
    pub keywords_file: Option<Spanned<String>>,
    /// A validator run on each candidate: luhn, card, npi, dea, aba, mbi, ssn, ssn_loose, vin,
    /// imei, date, ipv4, ipv6, phone, phone_nanp, phone_e164, zip, email, hex_digest,
    /// age_over_89, person_name, identifier, icd10, address.
    #[serde(default)]
    pub validate: Option<Spanned<String>>,
    /// For `validate: icd10` (or any code list): a file of valid codes, one per line.
    #[serde(default)]
    pub codes_file: Option<Spanned<String>>,
    #[serde(default)]
    pub context: Option<ContextSpec>,
    /// Values that are never findings (published fake values, the practice's own numbers).
    /// Compared as written and by their digits.
    #[serde(default)]
    pub allow: Vec<String>,
    /// Base confidence 0-100 (default 80; context adds 15).
    #[serde(default)]
    pub confidence: Option<Spanned<u8>>,
    #[serde(default)]
    pub examples: Option<Examples>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextSpec {
    /// Regular expressions over the normalized key path of the field a value sits in
    /// (`patient.name.given`, `ud.em`, `pid.5.1`, `metadata.patient_name`). With no `patterns`
    /// and no `keywords`, the detector reports the whole value of every field whose key matches
    /// (and that passes `validate`).
    #[serde(default)]
    pub keys: Vec<Spanned<String>>,
    /// Words that, near a candidate, show it is what it looks like.
    #[serde(default)]
    pub words: Vec<String>,
    /// Keys under which a candidate is never reported (order numbers, timestamps…).
    #[serde(default)]
    pub not_keys: Vec<Spanned<String>>,
    /// Without context (a matching key or a nearby word), no finding.
    #[serde(default)]
    pub required: bool,
    /// How far (bytes) around a candidate to look for `words`; default 40.
    #[serde(default)]
    pub window: Option<usize>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    #[serde(default, rename = "match")]
    pub matches: Vec<Spanned<Example>>,
    #[serde(default)]
    pub no_match: Vec<Spanned<Example>>,
}

/// An example: free text, or a value under a key, or a whole body of a content type.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(untagged)]
pub enum Example {
    Text(String),
    Field { key: String, value: String },
    Body { content_type: String, body: String },
}
