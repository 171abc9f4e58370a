//! Stage two: every problem in a configuration, each with its file, line, column and key path,
//! what is wrong and how to fix it. All problems are listed, not only the first.

use super::schema::{ConfigFile, DetectorSpec, Example, FailMode, ListenerMode, RulePack};
use super::yaml::{self, Pos, Spanned};
use super::{Cidr, Config, ConfigError, BUILTIN_FILES, DEFAULT_PACK};
use crate::detect::{check_pattern, Category, Validator};
use crate::inspect::{self, Message};
use crate::policy::HostGlob;
use std::cell::RefCell;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

/// A detector pack as loaded: where it came from and what it says.
pub struct LoadedPack {
    pub file: String,
    /// Directory its relative paths resolve against; `None` for the built-in pack.
    pub base: Option<PathBuf>,
    pub pack: RulePack,
    pub text: String,
}

impl LoadedPack {
    /// Reads a file a pack refers to (relative to the pack, or from the embedded set).
    pub fn read(&self, rel: &str) -> Result<String, String> {
        match &self.base {
            None => BUILTIN_FILES.iter().find(|(n, _)| *n == rel).map(|(_, t)| t.to_string()).ok_or_else(|| {
                format!(
                    "`{rel}` is not one of the built-in data files ({})",
                    BUILTIN_FILES.iter().map(|f| f.0).collect::<Vec<_>>().join(", ")
                )
            }),
            Some(b) => {
                let p = b.join(rel);
                std::fs::read_to_string(&p).map_err(|e| format!("cannot read `{}`: {e}", p.display()))
            }
        }
    }

    pub fn path_of(&self, rel: &str) -> Option<PathBuf> {
        self.base.as_ref().map(|b| b.join(rel))
    }
}

fn err(file: &str, pos: Option<Pos>, key: &str, msg: impl Into<String>) -> ConfigError {
    ConfigError { file: file.to_string(), pos, key: key.to_string(), msg: msg.into() }
}

fn at<T>(file: &str, s: &Spanned<T>, msg: impl Into<String>) -> ConfigError {
    err(file, Some(s.pos), &s.path, msg)
}

fn from_yaml(file: &str, e: yaml::Error) -> ConfigError {
    err(file, e.pos, &e.path, e.msg)
}

fn parse_yaml<T: serde::de::DeserializeOwned>(node: &yaml::Node, file: &str, errors: &mut Vec<ConfigError>) -> Option<T> {
    let unknown = RefCell::new(vec![]);
    let r = yaml::from_node::<T>(node, "", &unknown);
    errors.extend(unknown.into_inner().into_iter().map(|e| from_yaml(file, e)));
    match r {
        Ok(v) => Some(v),
        Err(e) => {
            errors.push(from_yaml(file, e));
            None
        }
    }
}

/// Parses the config and every pack it names. Returns what parsed and the errors so far.
pub fn parse_all(text: &str, file: &str, base: &Path) -> (Option<ConfigFile>, Vec<LoadedPack>, Vec<ConfigError>) {
    let mut errors = vec![];
    let node = match yaml::parse(text) {
        Ok(n) => n,
        Err(e) => return (None, vec![], vec![from_yaml(file, e)]),
    };
    let schema: Option<ConfigFile> =
        if node.kind == yaml::Kind::Null { Some(ConfigFile::default()) } else { parse_yaml(&node, file, &mut errors) };
    let mut packs = vec![];
    let rule_refs: Vec<Spanned<String>> = schema.as_ref().and_then(|s| s.rules.clone()).unwrap_or_default();
    let mut load_pack = |text: String, pfile: String, pbase: Option<PathBuf>, errors: &mut Vec<ConfigError>| match yaml::parse(&text) {
        Ok(n) => {
            if let Some(pack) = parse_yaml::<RulePack>(&n, &pfile, errors) {
                packs.push(LoadedPack { file: pfile, base: pbase, pack, text });
            }
        }
        Err(e) => errors.push(from_yaml(&pfile, e)),
    };
    if schema.as_ref().is_some_and(|s| s.rules.is_none()) {
        load_pack(DEFAULT_PACK.to_string(), "<builtin>/phi.yaml".into(), None, &mut errors);
    }
    for r in &rule_refs {
        if r.value == "builtin" {
            load_pack(DEFAULT_PACK.to_string(), "<builtin>/phi.yaml".into(), None, &mut errors);
            continue;
        }
        let p = base.join(&r.value);
        match std::fs::read_to_string(&p) {
            Ok(t) => load_pack(t, p.display().to_string(), Some(p.parent().map(Path::to_path_buf).unwrap_or_default()), &mut errors),
            Err(e) => errors.push(at(file, r, format!("cannot read the detector pack `{}`: {e}; fix the path (relative paths start from the working directory) or write `builtin` for the default pack", p.display()))),
        }
    }
    (schema, packs, errors)
}

fn check_file(file: &str, base: &Path, s: &Spanned<String>, what: &str, errors: &mut Vec<ConfigError>) {
    let p = base.join(&s.value);
    if !p.is_file() {
        errors.push(at(
            file,
            s,
            format!(
                "{what} `{}` does not exist; fix the path (relative paths start from the working directory){}",
                p.display(),
                if what.contains("certificate") || what.contains("key") { " or create it with `phiwall certs init`" } else { "" }
            ),
        ));
    }
}

fn check_bind(file: &str, s: &Spanned<String>, errors: &mut Vec<ConfigError>) {
    if s.value.parse::<SocketAddr>().is_err() {
        errors.push(at(file, s, format!("`{}` is not an address to bind; write ip:port, like `127.0.0.1:3128` or `[::1]:3128`", s.value)));
    }
}

fn category(file: &str, s: &Spanned<String>, errors: &mut Vec<ConfigError>) -> Option<Category> {
    let c = Category::from_id(&s.value);
    if c.is_none() {
        let ids: Vec<&str> = Category::ALL.iter().map(|c| c.id()).collect();
        errors.push(at(
            file,
            s,
            format!("`{}` is not a category; {}the categories are {}", s.value, yaml::suggest(&s.value, &ids), ids.join(", ")),
        ));
    }
    c
}

/// Every semantic check on a parsed configuration and its packs.
pub fn validate(c: &ConfigFile, packs: &[LoadedPack], file: &str, base: &Path) -> Vec<ConfigError> {
    let mut errors = vec![];
    // Listeners.
    let mut names: HashMap<&str, &Spanned<String>> = HashMap::new();
    let mut binds: HashMap<&str, &Spanned<String>> = HashMap::new();
    for l in &c.listeners {
        if let Some(prev) = names.insert(&l.name.value, &l.name) {
            errors.push(at(
                file,
                &l.name,
                format!(
                    "a listener named `{}` is already defined at line {}; give each listener its own name",
                    l.name.value, prev.pos.line
                ),
            ));
        }
        check_bind(file, &l.bind, &mut errors);
        if let Some(prev) = binds.insert(&l.bind.value, &l.bind) {
            errors.push(at(file, &l.bind, format!("`{}` is already bound by the listener at line {}", l.bind.value, prev.pos.line)));
        }
        match l.mode.value {
            ListenerMode::Forward => {
                if l.tls.is_some() {
                    errors.push(at(file, &l.mode, "a forward listener takes `intercept`, not `tls`; move the certificates to a reverse listener or use intercept: {ca_cert, ca_key}"));
                }
                if let Some(u) = &l.upstream {
                    errors.push(at(
                        file,
                        u,
                        "`upstream` is for reverse listeners; a forward listener sends each request where the client asked",
                    ));
                }
                if let Some(i) = &l.intercept {
                    // A development CA (`ca.pem` and `ca-key.pem` side by side, both missing) is
                    // created by `phiwall run` on first start; offline commands do not need it.
                    if !dev_ca_missing(base, &i.ca_cert.value, &i.ca_key.value) {
                        check_file(file, base, &i.ca_cert, "the intercept CA certificate", &mut errors);
                        check_file(file, base, &i.ca_key, "the intercept CA key", &mut errors);
                    }
                }
            }
            ListenerMode::Reverse => {
                if l.intercept.is_some() {
                    errors.push(at(file, &l.mode, "`intercept` is for forward listeners; remove it or set mode: forward"));
                }
                match &l.upstream {
                    None => errors.push(at(
                        file,
                        &l.name,
                        "a reverse listener needs `upstream: http://127.0.0.1:PORT` (the service behind phiwall)",
                    )),
                    Some(u) => {
                        if !(u.value.starts_with("http://") || u.value.starts_with("https://")) {
                            errors.push(at(file, u, format!("`{}` is not an http:// or https:// URL", u.value)));
                        }
                    }
                }
                if let Some(t) = &l.tls {
                    check_file(file, base, &t.cert, "the TLS certificate", &mut errors);
                    check_file(file, base, &t.key, "the TLS key", &mut errors);
                    if let Some(ca) = &t.client_ca {
                        check_file(file, base, ca, "the client CA certificate", &mut errors);
                    }
                }
            }
        }
    }
    if let Some(a) = &c.admin {
        check_bind(file, &a.bind, &mut errors);
    }
    // Destinations.
    let mut dest_names: HashMap<&str, &Spanned<String>> = HashMap::new();
    let mut claimed: HashMap<String, (&str, usize)> = HashMap::new();
    let mut uses_hmac = false;
    for d in &c.destinations {
        if d.name.value.is_empty() || d.name.value == "deny" {
            errors.push(at(file, &d.name, "a destination needs a name other than `deny`"));
        }
        if let Some(prev) = dest_names.insert(&d.name.value, &d.name) {
            errors.push(at(
                file,
                &d.name,
                format!("a destination named `{}` is already defined at line {}; names must be unique", d.name.value, prev.pos.line),
            ));
        }
        if d.hosts.is_empty() {
            errors.push(at(
                file,
                &d.name,
                format!(
                    "destination `{}` has no `hosts`; list the host names it covers, like [\"api.example.com\", \"*.example.com\"]",
                    d.name.value
                ),
            ));
        }
        for h in &d.hosts {
            match HostGlob::parse(&h.value) {
                None => errors.push(at(
                    file,
                    h,
                    format!(
                        "`{}` is not a host or host glob; write `api.example.com` or `*.example.com` (a wildcard only as the first label)",
                        h.value
                    ),
                )),
                Some(g) => {
                    let k = g.to_string();
                    if let Some((other, line)) = claimed.get(&k) {
                        errors.push(at(file, h, format!("the host `{}` is already claimed by destination `{other}` (line {line}); a host may belong to one destination only; remove it from one of them", h.value)));
                    } else {
                        claimed.insert(k, (&d.name.value, h.pos.line));
                    }
                }
            }
        }
        let mut all = false;
        for a in &d.allow {
            if a.value == "all" {
                all = true;
                if d.allow.len() > 1 {
                    errors.push(at(file, a, "`all` already allows every category; remove the others or remove `all`"));
                }
            } else {
                category(file, a, &mut errors);
            }
        }
        if let Some(t) = &d.inspect_tls {
            if !t.value && !all {
                errors.push(at(
                    file,
                    t,
                    format!(
                        "inspect_tls: false sends traffic to `{}` uninspected; that is allowed only for destinations with allow: [all]",
                        d.name.value
                    ),
                ));
            }
        }
        if let Some(ports) = &d.ports {
            for p in ports {
                if p.value == 0 {
                    errors.push(at(file, p, "port 0 is not a port"));
                }
            }
        }
        for (k, t) in &d.transforms {
            if k != "default" && Category::from_id(k).is_none() {
                errors.push(at(file, t, format!("`{k}` is not a category (or `default`) to set a transform for")));
            }
            if t.value == super::schema::Transform::Hmac {
                uses_hmac = true;
            }
        }
        if let (Some(f), Some(ov)) = (&d.fail, &d.on_violation) {
            let _ = (f.value == FailMode::Open, ov);
        }
    }
    if let Some(dd) = &c.default_destination {
        if dd.value != "deny" && !dest_names.contains_key(dd.value.as_str()) {
            errors.push(at(file, dd, format!("`{}` is neither `deny` nor the name of a destination", dd.value)));
        }
    }
    if uses_hmac {
        let has_key = c.redaction.as_ref().is_some_and(|r| r.hmac_key_file.is_some() || r.hmac_key_env.is_some());
        if !has_key {
            errors.push(err(file, None, "redaction", "a destination uses the `hmac` transform but no key is set; add redaction: { hmac_key_file: PATH } (or hmac_key_env: VAR) so tokens are stable"));
        }
    }
    if let Some(r) = &c.redaction {
        if let Some(f) = &r.hmac_key_file {
            check_file(file, base, f, "the HMAC key file", &mut errors);
        }
        if let Some(v) = &r.hmac_key_env {
            if std::env::var_os(&v.value).is_none() {
                errors.push(at(file, v, format!("the environment variable `{}` is not set", v.value)));
            }
        }
    }
    if let Some(m) = &c.min_confidence {
        if m.value > 100 {
            errors.push(at(file, m, "min_confidence is a percentage: 0 to 100"));
        }
    }
    if let Some(u) = &c.upstream {
        for (k, v) in &u.resolve {
            if HostGlob::parse(k).is_none() {
                errors.push(at(file, v, format!("`{k}` is not a host glob")));
            }
            let ok = v.value.parse::<SocketAddr>().is_ok()
                || v.value.rsplit_once(':').is_some_and(|(h, p)| !h.is_empty() && p.parse::<u16>().is_ok());
            if !ok {
                errors.push(at(file, v, format!("`{}` is not host:port", v.value)));
            }
        }
        if let Some(ca) = &u.ca {
            check_file(file, base, ca, "the upstream CA bundle", &mut errors);
        }
        for n in &u.allow_private {
            if Cidr::parse(&n.value).is_none() {
                errors.push(at(file, n, format!("`{}` is not a network; write CIDR like `10.0.0.0/8`", n.value)));
            }
        }
    }
    if let Some(l) = &c.limits {
        if let Some(m) = &l.max_body_bytes {
            if m.value.0 == 0 {
                errors.push(at(file, m, "max_body_bytes must be more than 0"));
            }
        }
    }
    if let Some(a) = &c.audit {
        if a.path.value.trim().is_empty() {
            errors.push(at(file, &a.path, "the audit path is empty"));
        }
    }
    for (i, e) in c.exact_match.iter().enumerate() {
        check_file(file, base, &e.path, "the roster", &mut errors);
        for col in e.columns.value.values() {
            category(file, col, &mut errors);
        }
        if let Some(k) = &e.key_file {
            check_file(file, base, k, "the roster key file", &mut errors);
        }
        if let Some(v) = &e.key_env {
            if e.key_file.is_some() {
                errors.push(at(file, v, format!("exact_match[{i}] sets both key_file and key_env; keep one")));
            } else if std::env::var_os(&v.value).is_none() {
                errors.push(at(
                    file,
                    v,
                    format!(
                        "the environment variable `{}` is not set; set it to the roster's HMAC key (the same on every replica)",
                        v.value
                    ),
                ));
            }
        }
    }
    // Packs.
    let mut ids: HashMap<String, (String, usize)> = HashMap::new();
    let mut count = 0;
    for p in packs {
        for d in &p.pack.detectors {
            count += 1;
            if let Some((f, line)) = ids.get(&d.id.value) {
                errors.push(at(
                    &p.file,
                    &d.id,
                    format!("the detector id `{}` is already used ({f}:{line}); ids must be unique across packs", d.id.value),
                ));
            } else {
                ids.insert(d.id.value.clone(), (p.file.clone(), d.id.pos.line));
            }
            validate_detector(p, d, &mut errors);
        }
    }
    // Each roster column is a detector too (`roster:<column>`).
    count += c.exact_match.iter().map(|e| e.columns.value.len()).sum::<usize>();
    if count > crate::detect::keys::MAX_DETECTORS {
        errors.push(err(
            file,
            None,
            "rules",
            format!("{count} detectors are loaded; at most {} are supported", crate::detect::keys::MAX_DETECTORS),
        ));
    }
    errors
}

fn validate_detector(p: &LoadedPack, d: &DetectorSpec, errors: &mut Vec<ConfigError>) {
    let f = &p.file;
    if d.id.value.is_empty() || !d.id.value.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.')) {
        errors.push(at(f, &d.id, "a detector id is letters, digits and - _ : . only"));
    }
    category(f, &d.category, errors);
    for pat in &d.patterns {
        if let Err(e) = check_pattern(&pat.value) {
            errors.push(at(f, pat, format!("this pattern is not a valid regular expression: {e}")));
        }
    }
    if let Some(v) = &d.validate {
        if Validator::from_name(&v.value).is_none() {
            errors.push(at(
                f,
                v,
                format!(
                    "`{}` is not a validator; {}the validators are {}",
                    v.value,
                    yaml::suggest(&v.value, Validator::NAMES),
                    Validator::NAMES.join(", ")
                ),
            ));
        }
    }
    for kf in [&d.keywords_file, &d.codes_file].into_iter().flatten() {
        if let Err(e) = p.read(&kf.value) {
            errors.push(at(f, kf, e));
        }
    }
    let has_keys = d.context.as_ref().is_some_and(|c| !c.keys.is_empty());
    if d.patterns.is_empty() && d.keywords.is_empty() && d.keywords_file.is_none() && !has_keys {
        errors.push(at(f, &d.id, "this detector has nothing to match with; give it `patterns`, `keywords` or `context.keys`"));
    }
    if let Some(c) = &d.context {
        for k in c.keys.iter().chain(&c.not_keys) {
            if let Err(e) = regex_automata::util::syntax::parse(&k.value) {
                errors.push(at(
                    f,
                    k,
                    format!("this key pattern is not a valid regular expression: {}", e.to_string().lines().last().unwrap_or("")),
                ));
            }
        }
        if c.required && c.keys.is_empty() && c.words.is_empty() {
            errors.push(at(f, &d.id, "context.required is set but there are no context.keys or context.words to satisfy it"));
        }
    }
    if let Some(cf) = &d.confidence {
        if cf.value > 100 {
            errors.push(at(f, cf, "confidence is 0 to 100"));
        }
    }
}

/// The message an example stands for.
pub fn example_message(e: &Example) -> Message {
    let (ct, body): (&str, Vec<u8>) = match e {
        Example::Text(t) => ("text/plain", t.as_bytes().to_vec()),
        Example::Field { key, value } => ("application/json", serde_json::to_vec(&serde_json::json!({ key: value })).unwrap_or_default()),
        Example::Body { content_type, body } => (content_type.as_str(), body.as_bytes().to_vec()),
    };
    Message {
        method: "POST".into(),
        scheme: "https".into(),
        authority: "example.invalid".into(),
        path: bytes::Bytes::from_static(b"/"),
        query: None,
        headers: vec![("Content-Type".into(), bytes::Bytes::copy_from_slice(ct.as_bytes()))],
        body: body.into(),
    }
}

/// Runs every detector's examples through the compiled scanner: each `match` must be found by
/// its detector, each `no_match` must not be.
pub fn run_examples(config: &Config, packs: &[LoadedPack]) -> Vec<ConfigError> {
    let mut errors = vec![];
    let scanner = &config.scanner;
    for p in packs {
        for d in &p.pack.detectors {
            let Some(idx) = scanner.detectors().iter().position(|x| x.id == d.id.value) else {
                continue;
            };
            let Some(ex) = &d.examples else { continue };
            let run = |e: &Example| -> bool {
                let msg = example_message(e);
                let insp = inspect::inspect(scanner, &msg, &config.inspect_limits);
                insp.hits.iter().any(|h| h.finding.detector as usize == idx)
            };
            for m in &ex.matches {
                if !run(&m.value) {
                    errors.push(at(
                        &p.file,
                        m,
                        format!("detector `{}` no longer matches this example; fix the detector or the example", d.id.value),
                    ));
                }
            }
            for m in &ex.no_match {
                if run(&m.value) {
                    errors.push(at(
                        &p.file,
                        m,
                        format!("detector `{}` matches this `no_match` example; tighten the detector or move the example", d.id.value),
                    ));
                }
            }
        }
    }
    errors
}

/// Whether an intercept CA pair is the development one that `phiwall run` creates: both files
/// missing, named `ca.pem` and `ca-key.pem` in the same directory.
pub fn dev_ca_missing(base: &std::path::Path, cert: &str, key: &str) -> bool {
    let (c, k) = (base.join(cert), base.join(key));
    !c.exists()
        && !k.exists()
        && c.file_name().is_some_and(|n| n == "ca.pem")
        && k.file_name().is_some_and(|n| n == "ca-key.pem")
        && c.parent() == k.parent()
}
