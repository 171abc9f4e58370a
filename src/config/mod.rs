//! Configuration in three stages, each a type:
//!
//! 1. [`schema`]: the YAML as ops write it (`phiwall.yaml`, detector packs), parsed with positions;
//! 2. [`validate`]: every problem found, each located (file:line:column, key path), with a fix;
//! 3. [`compile`]: the runtime model ([`Config`]): automata built, names resolved to indices.
//!
//! A config that does not validate is never used: at start phiwall exits, on reload it keeps the
//! configuration it has.

pub mod compile;
pub mod schema;
pub mod validate;
pub mod yaml;

use crate::detect::Scanner;
use crate::inspect;
use crate::policy::{HostGlob, Policy};
use std::fmt;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
pub use yaml::Pos;

/// The shipped default configuration (`rules/phiwall.yaml`), embedded so an installed binary
/// works anywhere.
pub const DEFAULT_CONFIG: &str = include_str!("../../rules/phiwall.yaml");
/// The default detector pack and the data files it names.
pub const DEFAULT_PACK: &str = include_str!("../../rules/phi.yaml");
pub const BUILTIN_FILES: &[(&str, &str)] = &[
    ("data/conditions.txt", include_str!("../../rules/data/conditions.txt")),
    ("data/conditions-common.txt", include_str!("../../rules/data/conditions-common.txt")),
    ("data/conditions-es.txt", include_str!("../../rules/data/conditions-es.txt")),
    ("data/conditions-fr.txt", include_str!("../../rules/data/conditions-fr.txt")),
    ("data/conditions-pt.txt", include_str!("../../rules/data/conditions-pt.txt")),
    ("data/conditions-de.txt", include_str!("../../rules/data/conditions-de.txt")),
    ("data/conditions-it.txt", include_str!("../../rules/data/conditions-it.txt")),
    ("data/conditions-pl.txt", include_str!("../../rules/data/conditions-pl.txt")),
    ("data/conditions-vi.txt", include_str!("../../rules/data/conditions-vi.txt")),
    ("data/conditions-zh.txt", include_str!("../../rules/data/conditions-zh.txt")),
    ("data/conditions-tl.txt", include_str!("../../rules/data/conditions-tl.txt")),
    ("data/medications.txt", include_str!("../../rules/data/medications.txt")),
    ("data/icd10cm-codes.txt", include_str!("../../rules/data/icd10cm-codes.txt")),
];

/// One located configuration problem.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigError {
    pub file: String,
    pub pos: Option<Pos>,
    /// The key path, like `destinations[1].allow[0]`.
    pub key: String,
    pub msg: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(p) = self.pos {
            write!(f, ":{}:{}", p.line, p.col)?;
        }
        if !self.key.is_empty() {
            write!(f, ": `{}`", self.key)?;
        }
        write!(f, ": {}", self.msg)
    }
}

/// Every problem found in a configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigErrors(pub Vec<ConfigError>);

impl fmt::Display for ConfigErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ConfigErrors {}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListenerMode {
    Forward,
    Reverse,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientAuth {
    None,
    Optional,
    Required,
}

#[derive(Debug, Clone)]
pub struct TlsFiles {
    pub cert: PathBuf,
    pub key: PathBuf,
    pub client_ca: Option<PathBuf>,
    pub client_auth: ClientAuth,
}

#[derive(Debug, Clone)]
pub struct Listener {
    pub name: String,
    pub mode: ListenerMode,
    pub bind: SocketAddr,
    /// CA certificate and key (PEM files) for CONNECT interception.
    pub intercept: Option<(PathBuf, PathBuf)>,
    pub tls: Option<TlsFiles>,
    pub upstream: Option<String>,
}

/// A network in CIDR notation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr {
    pub addr: IpAddr,
    pub prefix: u8,
}

impl Cidr {
    pub fn parse(s: &str) -> Option<Cidr> {
        let (a, p) = match s.split_once('/') {
            Some((a, p)) => (a, Some(p)),
            None => (s, None),
        };
        let addr: IpAddr = a.trim().parse().ok()?;
        let max = if addr.is_ipv4() { 32 } else { 128 };
        let prefix = match p {
            Some(p) => p.trim().parse().ok().filter(|p| *p <= max)?,
            None => max,
        };
        Some(Cidr { addr, prefix })
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        match (self.addr, ip) {
            (IpAddr::V4(n), IpAddr::V4(a)) => {
                let mask = if self.prefix == 0 { 0 } else { u32::MAX << (32 - self.prefix) };
                u32::from(n) & mask == u32::from(a) & mask
            }
            (IpAddr::V6(n), IpAddr::V6(a)) => {
                let mask = if self.prefix == 0 { 0 } else { u128::MAX << (128 - self.prefix) };
                u128::from(n) & mask == u128::from(a) & mask
            }
            _ => false,
        }
    }
}

#[derive(Debug, Clone)]
pub struct UpstreamConfig {
    /// Host glob → `host:port` to connect to instead of DNS (trusted: exempt from the SSRF guard).
    pub resolve: Vec<(HostGlob, String)>,
    pub ca: Option<PathBuf>,
    pub connect_timeout: Duration,
    pub response_timeout: Duration,
    pub allow_private: Vec<Cidr>,
}

impl UpstreamConfig {
    /// The override address for a host, if one is configured (most specific glob).
    pub fn resolve_for(&self, host: &str) -> Option<&str> {
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        self.resolve
            .iter()
            .filter(|(g, _)| g.matches(&host))
            .max_by_key(|(g, _)| match g {
                HostGlob::Exact(_) => 2,
                HostGlob::Suffix(s) => 1 + s.len().min(1),
                HostGlob::Any => 0,
            })
            .map(|(_, a)| a.as_str())
    }
}

/// The compiled, runtime configuration.
pub struct Config {
    /// Where it came from (a path, or `<builtin>`).
    pub source: String,
    /// SHA-256 (hex) of the config and every pack and data file it loaded.
    pub checksum: String,
    pub listeners: Vec<Listener>,
    pub admin: Option<SocketAddr>,
    pub scanner: Arc<Scanner>,
    pub policy: Policy,
    pub max_body_bytes: u64,
    pub inspect_limits: inspect::Limits,
    pub upstream: UpstreamConfig,
    pub audit_path: Option<PathBuf>,
    pub hmac_key: Option<ring::hmac::Key>,
    /// Files whose change should trigger a reload.
    pub watch: Vec<PathBuf>,
    /// Non-fatal notes for the operator.
    pub warnings: Vec<String>,
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config").field("source", &self.source).field("checksum", &self.checksum).finish_non_exhaustive()
    }
}

/// How much checking a load does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Examples {
    /// Run every detector's examples (check, run, reload).
    #[default]
    Run,
    /// Skip them (one-shot `scan`, where start-up time matters).
    Skip,
}

/// Loads, validates and compiles a configuration file, running the detectors' examples.
pub fn load(path: &Path) -> Result<Config, ConfigErrors> {
    load_with(path, Examples::Run)
}

pub fn load_with(path: &Path, examples: Examples) -> Result<Config, ConfigErrors> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        ConfigErrors(vec![ConfigError {
            file: path.display().to_string(),
            pos: None,
            key: String::new(),
            msg: format!("cannot read the file: {e}"),
        }])
    })?;
    // Relative paths in a config resolve against the working directory, as on the command line.
    load_str(&text, &path.display().to_string(), Path::new(""), examples)
}

/// Loads the shipped default configuration (paths in it are relative to the working directory).
pub fn load_default(examples: Examples) -> Result<Config, ConfigErrors> {
    load_str(DEFAULT_CONFIG, "<builtin>/phiwall.yaml", Path::new(""), examples)
}

/// Loads a configuration from text; relative paths in it are relative to `base`.
pub fn load_str(text: &str, file: &str, base: &Path, examples: Examples) -> Result<Config, ConfigErrors> {
    let (schema, packs, mut errors) = validate::parse_all(text, file, base);
    let Some(schema) = schema else {
        return Err(ConfigErrors(errors));
    };
    errors.extend(validate::validate(&schema, &packs, file, base));
    if !errors.is_empty() {
        return Err(ConfigErrors(errors));
    }
    let config = compile::compile(&schema, &packs, file, base, text)?;
    if examples == Examples::Skip {
        return Ok(config);
    }
    let example_errors = validate::run_examples(&config, &packs);
    if !example_errors.is_empty() {
        return Err(ConfigErrors(example_errors));
    }
    Ok(config)
}
