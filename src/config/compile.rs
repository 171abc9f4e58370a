//! Stage three: a validated configuration becomes the runtime model. Automata are built here,
//! once; names become indices; files named by the packs are read.

use super::schema::{self, ConfigFile, FailMode};
use super::validate::LoadedPack;
use super::{Cidr, ClientAuth, Config, ConfigError, ConfigErrors, Listener, ListenerMode, TlsFiles, UpstreamConfig};
use crate::detect::{Category, CodeSet, DetectorDef, Scanner, Validator};
use crate::inspect;
use crate::inspect::redact::Transform;
use crate::policy::{DefaultDestination, Destination, HostGlob, Mode, OnViolation, Policy};
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Builds the detector definitions of all packs (files read, names resolved).
pub fn detector_defs(packs: &[LoadedPack]) -> Result<Vec<DetectorDef>, ConfigErrors> {
    let mut defs = vec![];
    let mut code_sets: HashMap<String, Arc<CodeSet>> = HashMap::new();
    for p in packs {
        for d in &p.pack.detectors {
            let mut keywords: Vec<String> = d.keywords.iter().map(|k| k.value.clone()).collect();
            if let Some(kf) = &d.keywords_file {
                let text = p.read(&kf.value).map_err(|e| one(&p.file, e))?;
                keywords.extend(lines(&text).map(str::to_string));
            }
            let codes = match &d.codes_file {
                Some(cf) => {
                    let key = format!("{}::{}", p.file, cf.value);
                    if let Some(s) = code_sets.get(&key) {
                        Some(s.clone())
                    } else {
                        let text = p.read(&cf.value).map_err(|e| one(&p.file, e))?;
                        let mut set = CodeSet::default();
                        for l in lines(&text) {
                            set.insert(l);
                        }
                        let set = Arc::new(set);
                        code_sets.insert(key, set.clone());
                        Some(set)
                    }
                }
                None => None,
            };
            let ctx = d.context.as_ref();
            defs.push(DetectorDef {
                id: d.id.value.clone(),
                category: Category::from_id(&d.category.value),
                description: d.description.clone(),
                patterns: d.patterns.iter().map(|p| p.value.clone()).collect(),
                keywords,
                validator: d.validate.as_ref().and_then(|v| Validator::from_name(&v.value)),
                codes,
                keys: ctx.map(|c| c.keys.iter().map(|k| k.value.clone()).collect()).unwrap_or_default(),
                not_keys: ctx.map(|c| c.not_keys.iter().map(|k| k.value.clone()).collect()).unwrap_or_default(),
                words: ctx.map(|c| c.words.clone()).unwrap_or_default(),
                required: ctx.is_some_and(|c| c.required),
                window: ctx.and_then(|c| c.window).unwrap_or(40),
                allow: d.allow.clone(),
                confidence: d.confidence.as_ref().map_or(80, |c| c.value),
            });
        }
    }
    Ok(defs)
}

fn one(file: &str, msg: String) -> ConfigErrors {
    ConfigErrors(vec![ConfigError { file: file.to_string(), pos: None, key: String::new(), msg }])
}

/// Compiles a validated configuration.
pub fn compile(c: &ConfigFile, packs: &[LoadedPack], file: &str, base: &Path, text: &str) -> Result<Config, ConfigErrors> {
    let mut defs = detector_defs(packs)?;
    let mut warnings = vec![];
    // Rosters: one detector per column, `roster:<column>`.
    let mut specs = vec![];
    for (i, e) in c.exact_match.iter().enumerate() {
        let columns: Vec<(String, Category)> =
            e.columns.value.iter().filter_map(|(col, cat)| Category::from_id(&cat.value).map(|c| (col.clone(), c))).collect();
        let key = if let Some(f) = &e.key_file {
            let k = std::fs::read(base.join(&f.value)).map_err(|err| {
                ConfigErrors(vec![ConfigError {
                    file: file.to_string(),
                    pos: Some(f.pos),
                    key: f.path.clone(),
                    msg: format!("cannot read the key file {}: {err}", f.value),
                }])
            })?;
            if k.trim_ascii().len() < 16 {
                return Err(ConfigErrors(vec![ConfigError {
                    file: file.to_string(),
                    pos: Some(f.pos),
                    key: f.path.clone(),
                    msg: format!(
                        "the key file holds {} bytes; use at least 16 random bytes (e.g. `openssl rand -hex 32 > {}`)",
                        k.trim_ascii().len(),
                        f.value
                    ),
                }]));
            }
            Some(crate::sensitive::Sensitive::new(k.trim_ascii().to_vec()))
        } else if let Some(v) = &e.key_env {
            let k = std::env::var(&v.value).map_err(|_| {
                ConfigErrors(vec![ConfigError {
                    file: file.to_string(),
                    pos: Some(v.pos),
                    key: v.path.clone(),
                    msg: format!("the environment variable `{}` is not set (or not UTF-8); set it to the roster's HMAC key, the same on every replica", v.value),
                }])
            })?;
            Some(crate::sensitive::Sensitive::new(k.trim().as_bytes().to_vec()))
        } else {
            None
        };
        if key.is_none() {
            warnings.push(format!(
                "exact_match[{i}] ({}): no key_file or key_env, so a random key is used for this process; replicas will not share roster digests",
                e.path.value
            ));
        }
        let first = defs.len() as u16;
        for (col, cat) in &columns {
            defs.push(DetectorDef {
                id: format!("roster:{col}"),
                category: Some(*cat),
                description: format!("a value of the roster column `{col}`"),
                ..Default::default()
            });
        }
        specs.push((crate::detect::roster::RosterSpec { path: base.join(&e.path.value), columns, key }, first));
    }
    let scanner = Scanner::new(defs).map_err(|errs| {
        ConfigErrors(
            errs.into_iter()
                .map(|e| ConfigError { file: file.to_string(), pos: None, key: format!("detector #{}", e.detector), msg: e.message })
                .collect(),
        )
    })?;
    let mut rosters = vec![];
    for (i, (spec, first)) in specs.into_iter().enumerate() {
        let r = crate::detect::roster::Roster::load(&spec, first).map_err(|err| {
            let e = &c.exact_match[i];
            ConfigErrors(vec![ConfigError {
                file: file.to_string(),
                pos: Some(e.path.pos),
                key: e.path.path.clone(),
                msg: err.to_string(),
            }])
        })?;
        rosters.push(r);
    }
    let scanner = scanner.with_rosters(rosters);
    for l in &c.listeners {
        if let Some(i) = &l.intercept {
            if super::validate::dev_ca_missing(base, &i.ca_cert.value, &i.ca_key.value) {
                warnings.push(format!(
                    "listener `{}`: the development intercept CA {} does not exist yet; `phiwall run` creates it (or run `phiwall certs init`)",
                    l.name.value, i.ca_cert.value
                ));
            }
        }
    }
    let listeners = c
        .listeners
        .iter()
        .map(|l| Listener {
            name: l.name.value.clone(),
            mode: match l.mode.value {
                schema::ListenerMode::Forward => ListenerMode::Forward,
                schema::ListenerMode::Reverse => ListenerMode::Reverse,
            },
            bind: l.bind.value.parse().expect("validated"),
            intercept: l.intercept.as_ref().map(|i| (base.join(&i.ca_cert.value), base.join(&i.ca_key.value))),
            tls: l.tls.as_ref().map(|t| TlsFiles {
                cert: base.join(&t.cert.value),
                key: base.join(&t.key.value),
                client_ca: t.client_ca.as_ref().map(|ca| base.join(&ca.value)),
                client_auth: match t.client_auth.as_ref().map(|a| a.value) {
                    Some(schema::ClientAuth::Required) => ClientAuth::Required,
                    Some(schema::ClientAuth::Optional) => ClientAuth::Optional,
                    Some(schema::ClientAuth::None) => ClientAuth::None,
                    None if t.client_ca.is_some() => ClientAuth::Optional,
                    None => ClientAuth::None,
                },
            }),
            upstream: l.upstream.as_ref().map(|u| u.value.clone()),
        })
        .collect();
    let destinations: Vec<Destination> = c
        .destinations
        .iter()
        .map(|d| {
            let all = d.allow.iter().any(|a| a.value == "all");
            let mut transforms = HashMap::new();
            let mut default_transform = Transform::Replace;
            for (k, t) in &d.transforms {
                if k == "default" {
                    default_transform = t.value;
                } else if let Some(cat) = Category::from_id(k) {
                    transforms.insert(cat, t.value);
                }
            }
            Destination {
                name: d.name.value.clone(),
                hosts: d.hosts.iter().filter_map(|h| HostGlob::parse(&h.value)).collect(),
                allow: d.allow.iter().filter_map(|a| Category::from_id(&a.value)).collect(),
                allow_all: all,
                on_violation: d.on_violation.as_ref().map_or(OnViolation::Redact, |o| o.value),
                mode: d.mode.as_ref().map(|m| m.value),
                inspect_tls: d.inspect_tls.as_ref().is_none_or(|t| t.value),
                fail_open: d.fail.as_ref().is_some_and(|f| f.value == FailMode::Open),
                ports: d.ports.as_ref().map_or(vec![443], |p| p.iter().map(|x| x.value).collect()),
                callers: d.callers.as_ref().map(|c| c.iter().map(|x| x.value.clone()).collect()),
                transforms,
                default_transform,
            }
        })
        .collect();
    let default = match c.default_destination.as_ref().map(|d| d.value.as_str()) {
        None | Some("deny") => DefaultDestination::Deny,
        Some(name) => DefaultDestination::Destination(destinations.iter().position(|d| d.name == name).expect("validated")),
    };
    let policy = Policy {
        mode: c.mode.as_ref().map_or(Mode::Enforce, |m| m.value),
        destinations,
        default,
        min_confidence: c.min_confidence.as_ref().map_or(0, |m| m.value),
    };
    let limits = c.limits.as_ref();
    let max_body_bytes = limits.and_then(|l| l.max_body_bytes.as_ref()).map_or(10 << 20, |m| m.value.0);
    let inspect_limits = inspect::Limits {
        max_decoded_bytes: limits
            .and_then(|l| l.max_decoded_bytes.as_ref())
            .map_or((max_body_bytes as usize).saturating_mul(8).max(64 << 20), |m| m.value.0 as usize),
        max_ratio: limits.and_then(|l| l.max_decode_ratio.as_ref()).map_or(200, |m| m.value),
        max_depth: 8,
    };
    let up = c.upstream.as_ref();
    let upstream = UpstreamConfig {
        resolve: up
            .map(|u| u.resolve.iter().filter_map(|(k, v)| HostGlob::parse(k).map(|g| (g, v.value.clone()))).collect())
            .unwrap_or_default(),
        ca: up.and_then(|u| u.ca.as_ref()).map(|ca| base.join(&ca.value)),
        connect_timeout: Duration::from_millis(up.and_then(|u| u.connect_timeout_ms.as_ref()).map_or(5_000, |v| v.value)),
        response_timeout: Duration::from_millis(up.and_then(|u| u.response_timeout_ms.as_ref()).map_or(60_000, |v| v.value)),
        allow_private: up.map(|u| u.allow_private.iter().filter_map(|n| Cidr::parse(&n.value)).collect()).unwrap_or_default(),
    };
    let hmac_key = match c.redaction.as_ref() {
        Some(r) => {
            let material = if let Some(f) = &r.hmac_key_file {
                Some(std::fs::read(base.join(&f.value)).map_err(|e| one(file, format!("cannot read the HMAC key file: {e}")))?)
            } else {
                r.hmac_key_env.as_ref().and_then(|v| std::env::var(&v.value).ok()).map(String::into_bytes)
            };
            material.map(|m| {
                let trimmed: Vec<u8> = m.trim_ascii().to_vec();
                if trimmed.len() < 16 {
                    warnings.push("the HMAC key is shorter than 16 bytes; use at least 32 random bytes".to_string());
                }
                ring::hmac::Key::new(ring::hmac::HMAC_SHA256, &trimmed)
            })
        }
        None => None,
    };
    let mut watch = vec![];
    if !file.starts_with("<builtin>") {
        watch.push(Path::new(file).to_path_buf());
    }
    for e in &c.exact_match {
        watch.push(base.join(&e.path.value));
    }
    let mut digest = ring::digest::Context::new(&ring::digest::SHA256);
    digest.update(text.as_bytes());
    for p in packs {
        digest.update(p.file.as_bytes());
        digest.update(p.text.as_bytes());
        if p.base.is_some() {
            watch.push(Path::new(&p.file).to_path_buf());
            for d in &p.pack.detectors {
                for f in [&d.keywords_file, &d.codes_file].into_iter().flatten() {
                    if let Some(path) = p.path_of(&f.value) {
                        watch.push(path);
                    }
                }
            }
        }
    }
    let checksum: String = digest.finish().as_ref().iter().map(|b| format!("{b:02x}")).collect();
    Ok(Config {
        source: file.to_string(),
        checksum,
        listeners,
        admin: c.admin.as_ref().map(|a| a.bind.value.parse().expect("validated")),
        scanner: Arc::new(scanner),
        policy,
        max_body_bytes,
        inspect_limits,
        upstream,
        audit_path: c.audit.as_ref().map(|a| base.join(&a.path.value)),
        hmac_key,
        watch,
        warnings,
    })
}
