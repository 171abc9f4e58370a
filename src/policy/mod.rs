//! The sharing policy: which destination a host is, what it may receive, and what to do about
//! the rest. Everything that answers "why was this request blocked?" is in this module, and
//! [`Policy::decide`] is a pure function of its inputs: no I/O, no clock, no randomness.

use crate::detect::{Category, CategorySet};
use crate::inspect::redact::Transform;
use serde::Deserialize;
use std::collections::HashMap;
use std::fmt;

/// `enforce` acts on decisions; `monitor` forwards everything unchanged and records what it
/// would have done.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    #[default]
    Enforce,
    Monitor,
}

/// What a destination's violations get.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum OnViolation {
    #[default]
    Redact,
    Block,
}

/// A host pattern: `api.segment.io`, or `*.ingest.sentry.io` (any subdomain, not the apex).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostGlob {
    Exact(String),
    Suffix(String),
    Any,
}

impl HostGlob {
    /// Parses a glob; `None` if it has a wildcard anywhere but a leading `*.` (or is `*`).
    pub fn parse(s: &str) -> Option<HostGlob> {
        let s = s.trim();
        if s == "*." {
            return None;
        }
        let s = s.trim_end_matches('.').to_ascii_lowercase();
        if s == "*" {
            return Some(HostGlob::Any);
        }
        if let Some(rest) = s.strip_prefix("*.") {
            if rest.is_empty() || rest.contains('*') {
                return None;
            }
            return Some(HostGlob::Suffix(format!(".{rest}")));
        }
        if s.is_empty() || s.contains('*') || s.contains('/') || s.contains(' ') {
            return None;
        }
        Some(HostGlob::Exact(s))
    }

    pub fn matches(&self, host: &str) -> bool {
        match self {
            HostGlob::Exact(h) => h == host,
            HostGlob::Suffix(s) => host.len() > s.len() && host.ends_with(s.as_str()),
            HostGlob::Any => true,
        }
    }

    /// More specific globs win: exact, then longer suffixes.
    fn specificity(&self) -> usize {
        match self {
            HostGlob::Exact(h) => 10_000 + h.len(),
            HostGlob::Suffix(s) => s.len(),
            HostGlob::Any => 0,
        }
    }
}

impl fmt::Display for HostGlob {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HostGlob::Exact(h) => f.write_str(h),
            HostGlob::Suffix(s) => write!(f, "*{s}"),
            HostGlob::Any => f.write_str("*"),
        }
    }
}

/// A destination: hosts, what they may receive, and what happens otherwise.
#[derive(Debug, Clone)]
pub struct Destination {
    pub name: String,
    pub hosts: Vec<HostGlob>,
    pub allow: CategorySet,
    pub allow_all: bool,
    pub on_violation: OnViolation,
    pub mode: Option<Mode>,
    pub inspect_tls: bool,
    pub fail_open: bool,
    pub ports: Vec<u16>,
    pub callers: Option<Vec<String>>,
    pub transforms: HashMap<Category, Transform>,
    pub default_transform: Transform,
}

impl Destination {
    pub fn allows(&self, c: Category) -> bool {
        self.allow_all || self.allow.contains(c)
    }

    pub fn transform(&self, c: Category) -> Transform {
        self.transforms.get(&c).copied().unwrap_or(self.default_transform)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DefaultDestination {
    Deny,
    Destination(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Pass,
    Redact,
    Block,
    Deny,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Pass => "pass",
            Action::Redact => "redact",
            Action::Block => "block",
            Action::Deny => "deny",
        }
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a decision came out the way it did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// Nothing found.
    Clean,
    /// Findings, all of categories the destination may receive.
    Allowed,
    /// Disallowed findings, removed.
    Redacted,
    /// Disallowed findings and `on_violation: block`.
    Violation,
    /// Disallowed findings that cannot be rewritten in place.
    Unredactable,
    /// The host matches no destination and the default is deny.
    UnknownHost,
    /// The body could not be fully inspected (undecodable, over a decode cap) and the
    /// destination fails closed.
    InspectionFailed,
    /// The body is over `limits.max_body_bytes` and the destination fails closed.
    BodyTooLarge,
    /// Inspection failed or the body was too large, and the destination says `fail: open`.
    FailOpen,
    /// The caller's role may not use this destination.
    CallerNotAllowed,
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Clean => "no findings",
            Reason::Allowed => "all findings allowed for this destination",
            Reason::Redacted => "disallowed findings redacted",
            Reason::Violation => "disallowed findings and on_violation: block",
            Reason::Unredactable => "disallowed findings that cannot be redacted in place",
            Reason::UnknownHost => "host matches no destination (default_destination: deny)",
            Reason::InspectionFailed => "body could not be inspected (fail closed)",
            Reason::BodyTooLarge => "body over limits.max_body_bytes (fail closed)",
            Reason::FailOpen => "inspection incomplete; forwarded because the destination says fail: open",
            Reason::CallerNotAllowed => "caller may not use this destination",
        }
    }
}

/// The decision for one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// What is done.
    pub action: Action,
    /// In monitor mode: what enforce mode would have done.
    pub would: Option<Action>,
    pub destination: Option<usize>,
    pub reason: Reason,
    /// Indices (into the findings given) of findings the destination may not receive.
    pub disallowed: Vec<usize>,
    /// Forwarded although inspection was incomplete.
    pub fail_open: bool,
}

/// What `decide` needs to know about a request besides its destination.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    /// Category and confidence of every finding.
    pub findings: Vec<(Category, u8)>,
    /// Some view could not be decoded or inspection hit a cap.
    pub inspection_failed: bool,
    /// The body is over the configured limit.
    pub body_too_large: bool,
    /// Some disallowed finding sits where it cannot be rewritten.
    pub unredactable: bool,
    /// The caller's roles, when known (forward listeners with identities).
    pub caller_roles: Option<Vec<String>>,
}

#[derive(Debug, Clone)]
pub struct Policy {
    pub mode: Mode,
    pub destinations: Vec<Destination>,
    pub default: DefaultDestination,
    /// Findings below this confidence do not count.
    pub min_confidence: u8,
}

impl Policy {
    /// The destination for a host (case-insensitive, trailing dot ignored); the most specific
    /// glob wins. `None` when only the default applies and it is deny.
    pub fn destination_for(&self, host: &str) -> Option<usize> {
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        let mut best: Option<(usize, usize)> = None;
        for (i, d) in self.destinations.iter().enumerate() {
            for g in &d.hosts {
                if g.matches(&host) && best.is_none_or(|(_, s)| g.specificity() > s) {
                    best = Some((i, g.specificity()));
                }
            }
        }
        match (best, self.default) {
            (Some((i, _)), _) => Some(i),
            (None, DefaultDestination::Destination(i)) => Some(i),
            (None, DefaultDestination::Deny) => None,
        }
    }

    pub fn mode_of(&self, dest: Option<usize>) -> Mode {
        dest.and_then(|d| self.destinations[d].mode).unwrap_or(self.mode)
    }

    /// The decision for a request to `dest` (from [`Policy::destination_for`]) given `facts`.
    pub fn decide(&self, dest: Option<usize>, facts: &Facts) -> Decision {
        let mode = self.mode_of(dest);
        let mut d = self.enforce(dest, facts);
        if mode == Mode::Monitor && d.action != Action::Pass {
            d.would = Some(d.action);
            d.action = Action::Pass;
        }
        d
    }

    fn enforce(&self, dest: Option<usize>, facts: &Facts) -> Decision {
        let decision =
            |action, reason, disallowed, fail_open| Decision { action, would: None, destination: dest, reason, disallowed, fail_open };
        let Some(di) = dest else {
            return decision(Action::Deny, Reason::UnknownHost, vec![], false);
        };
        let d = &self.destinations[di];
        if let (Some(allowed), Some(roles)) = (&d.callers, &facts.caller_roles) {
            if !roles.iter().any(|r| allowed.contains(r)) {
                return decision(Action::Deny, Reason::CallerNotAllowed, vec![], false);
            }
        }
        if facts.body_too_large || facts.inspection_failed {
            if d.fail_open {
                return decision(Action::Pass, Reason::FailOpen, vec![], true);
            }
            let reason = if facts.body_too_large { Reason::BodyTooLarge } else { Reason::InspectionFailed };
            return decision(Action::Block, reason, vec![], false);
        }
        let counted: Vec<(usize, Category)> =
            facts.findings.iter().enumerate().filter(|(_, (_, conf))| *conf >= self.min_confidence).map(|(i, (c, _))| (i, *c)).collect();
        if counted.is_empty() {
            return decision(Action::Pass, Reason::Clean, vec![], false);
        }
        let disallowed: Vec<usize> = counted.iter().filter(|(_, c)| !d.allows(*c)).map(|(i, _)| *i).collect();
        if disallowed.is_empty() {
            return decision(Action::Pass, Reason::Allowed, vec![], false);
        }
        match d.on_violation {
            OnViolation::Block => decision(Action::Block, Reason::Violation, disallowed, false),
            OnViolation::Redact if facts.unredactable => decision(Action::Block, Reason::Unredactable, disallowed, false),
            OnViolation::Redact => decision(Action::Redact, Reason::Redacted, disallowed, false),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dest(name: &str, hosts: &[&str], allow: &[Category], all: bool, ov: OnViolation) -> Destination {
        Destination {
            name: name.into(),
            hosts: hosts.iter().map(|h| HostGlob::parse(h).unwrap()).collect(),
            allow: allow.iter().copied().collect(),
            allow_all: all,
            on_violation: ov,
            mode: None,
            inspect_tls: true,
            fail_open: false,
            ports: vec![443],
            callers: None,
            transforms: HashMap::new(),
            default_transform: Transform::Replace,
        }
    }

    fn policy() -> Policy {
        Policy {
            mode: Mode::Enforce,
            destinations: vec![
                dest("analytics", &["www.google-analytics.com", "*.segment.io"], &[], false, OnViolation::Redact),
                dest("errors", &["*.ingest.sentry.io"], &[], false, OnViolation::Block),
                dest("email", &["api.sendgrid.com"], &[Category::Name, Category::Email], false, OnViolation::Redact),
                dest("lab", &["api.partner-lab.example"], &[], true, OnViolation::Block),
                dest("segment-eu", &["eu.segment.io"], &[], false, OnViolation::Block),
            ],
            default: DefaultDestination::Deny,
            min_confidence: 0,
        }
    }

    fn facts(cats: &[Category]) -> Facts {
        Facts { findings: cats.iter().map(|c| (*c, 90)).collect(), ..Default::default() }
    }

    #[test]
    fn host_matching() {
        let p = policy();
        assert_eq!(p.destination_for("WWW.Google-Analytics.com."), Some(0));
        assert_eq!(p.destination_for("api.segment.io"), Some(0));
        assert_eq!(p.destination_for("segment.io"), None);
        assert_eq!(p.destination_for("eu.segment.io"), Some(4), "exact beats glob");
        assert_eq!(p.destination_for("o1.ingest.sentry.io"), Some(1));
        assert_eq!(p.destination_for("evil.example"), None);
        assert!(HostGlob::parse("a.*.com").is_none());
        assert!(HostGlob::parse("*.").is_none());
    }

    #[test]
    fn decisions() {
        let p = policy();
        use Category::*;
        let d = p.decide(p.destination_for("evil.example"), &facts(&[]));
        assert_eq!((d.action, d.reason), (Action::Deny, Reason::UnknownHost));
        assert_eq!(p.decide(Some(0), &facts(&[])).action, Action::Pass);
        let d = p.decide(Some(0), &facts(&[Name, Dob]));
        assert_eq!((d.action, d.disallowed.clone()), (Action::Redact, vec![0, 1]));
        assert_eq!(p.decide(Some(1), &facts(&[Mrn])).action, Action::Block);
        let d = p.decide(Some(2), &facts(&[Name, Email, Dob]));
        assert_eq!((d.action, d.disallowed.clone()), (Action::Redact, vec![2]));
        assert_eq!(p.decide(Some(2), &facts(&[Name, Email])).reason, Reason::Allowed);
        assert_eq!(p.decide(Some(3), &facts(&[Ssn, Condition])).action, Action::Pass);
        let mut f = facts(&[Name]);
        f.unredactable = true;
        assert_eq!(p.decide(Some(0), &f).reason, Reason::Unredactable);
    }

    #[test]
    fn fail_closed_and_open() {
        let mut p = policy();
        let f = Facts { inspection_failed: true, ..Default::default() };
        assert_eq!(p.decide(Some(3), &f).action, Action::Block, "even allow: [all] fails closed");
        let f2 = Facts { body_too_large: true, ..Default::default() };
        assert_eq!(p.decide(Some(0), &f2).reason, Reason::BodyTooLarge);
        p.destinations[0].fail_open = true;
        let d = p.decide(Some(0), &f);
        assert_eq!((d.action, d.fail_open), (Action::Pass, true));
    }

    #[test]
    fn monitor_mode_records_would_action() {
        let mut p = policy();
        p.mode = Mode::Monitor;
        let d = p.decide(Some(1), &facts(&[Category::Ssn]));
        assert_eq!((d.action, d.would), (Action::Pass, Some(Action::Block)));
        p.mode = Mode::Enforce;
        p.destinations[1].mode = Some(Mode::Monitor);
        assert_eq!(p.decide(Some(1), &facts(&[Category::Ssn])).would, Some(Action::Block));
        assert_eq!(p.decide(Some(0), &facts(&[Category::Ssn])).would, None);
    }

    #[test]
    fn min_confidence_filters() {
        let mut p = policy();
        p.min_confidence = 50;
        let f = Facts { findings: vec![(Category::Name, 40)], ..Default::default() };
        assert_eq!(p.decide(Some(0), &f).action, Action::Pass);
    }
}
