//! The decision path of one request, shared by the proxy and `phiwall scan`:
//! destination → inspect → decide → act (redact, re-check). No sockets, no clocks.

use crate::config::Config;
use crate::inspect::{self, redact, Inspection, Message, Summary};
use crate::policy::{Action, Decision, Facts, Reason};

/// What happened to a request, and what (if anything) to forward.
#[derive(Debug)]
pub struct Outcome {
    pub decision: Decision,
    /// Findings by detector, category and location (all findings, allowed or not).
    pub findings: Vec<Summary>,
    /// The disallowed findings only.
    pub disallowed: Vec<Summary>,
    /// The request to send upstream, for pass and redact.
    pub forward: Option<Message>,
    pub inspected_bytes: usize,
    /// Inspection problems (never values).
    pub errors: Vec<String>,
}

impl Outcome {
    pub fn destination_name<'a>(&self, config: &'a Config) -> Option<&'a str> {
        self.decision.destination.map(|d| config.policy.destinations[d].name.as_str())
    }
}

fn facts(insp: &Inspection, body_too_large: bool) -> Facts {
    Facts {
        findings: insp.hits.iter().map(|h| (h.finding.category, h.finding.confidence)).collect(),
        inspection_failed: !insp.errors.is_empty(),
        body_too_large,
        unredactable: false,
        caller_roles: None,
    }
}

/// Runs the whole decision path. `body_too_large` is set by the caller that read the body (the
/// body given is then whatever was read, and is still scanned for the audit record).
pub fn process(config: &Config, msg: &Message, body_too_large: bool, caller_roles: Option<Vec<String>>) -> Outcome {
    let policy = &config.policy;
    let dest = policy.destination_for(&msg.host());
    let scanner = &config.scanner;
    // Unknown hosts are denied without reading further (unless monitor mode forwards them).
    if dest.is_none() && policy.mode_of(None) == crate::policy::Mode::Enforce {
        let decision = policy.decide(None, &Facts::default());
        return Outcome { decision, findings: vec![], disallowed: vec![], forward: None, inspected_bytes: 0, errors: vec![] };
    }
    let insp = inspect::inspect(scanner, msg, &config.inspect_limits);
    let mut f = facts(&insp, body_too_large);
    f.caller_roles = caller_roles;
    let mut decision = policy.decide(dest, &f);
    let errors: Vec<String> = insp.errors.iter().map(|e| e.to_string()).collect();
    let findings = insp.summarize(scanner, msg, |_, _| true);
    let disallowed_set: std::collections::HashSet<usize> = decision.disallowed.iter().copied().collect();
    let disallowed = insp.summarize(scanner, msg, |i, _| disallowed_set.contains(&i));
    let forward = match decision.action {
        // Monitor mode: forwarded unchanged, whatever enforce would have done.
        _ if decision.would.is_some() => Some(msg.clone()),
        Action::Pass => Some(msg.clone()),
        Action::Redact => {
            let d = &policy.destinations[dest.expect("redact has a destination")];
            match redact::redact(&insp, msg, &decision.disallowed, &|c| d.transform(c), config.hmac_key.as_ref()) {
                Ok(out) => {
                    // Belt and braces: what leaves must not carry anything disallowed.
                    let again = inspect::inspect(scanner, &out, &config.inspect_limits);
                    let left = again.hits.iter().any(|h| h.finding.confidence >= policy.min_confidence && !d.allows(h.finding.category));
                    if left || !again.errors.is_empty() {
                        decision.action = Action::Block;
                        decision.reason = Reason::Unredactable;
                        None
                    } else {
                        Some(out)
                    }
                }
                Err(_) => {
                    decision.action = Action::Block;
                    decision.reason = Reason::Unredactable;
                    None
                }
            }
        }
        Action::Block | Action::Deny => None,
    };
    Outcome { decision, findings, disallowed, forward, inspected_bytes: insp.scanned_bytes, errors }
}

/// The decision as one JSON object (the `phiwall scan --request` output and the block body's
/// source): ids, categories, locations and counts, never a value.
pub fn decision_json(config: &Config, o: &Outcome) -> serde_json::Value {
    let findings: Vec<serde_json::Value> = o
        .findings
        .iter()
        .map(|s| serde_json::json!({"detector": s.detector, "category": s.category.id(), "location": s.location, "count": s.count}))
        .collect();
    let mut v = serde_json::json!({
        "action": o.decision.action.as_str(),
        "destination": o.destination_name(config),
        "reason": o.decision.reason.as_str(),
        "findings": findings,
    });
    if let Some(w) = o.decision.would {
        v["would_action"] = serde_json::json!(w.as_str());
    }
    if o.decision.fail_open {
        v["fail_open"] = serde_json::json!(true);
    }
    if !o.errors.is_empty() {
        v["inspection_errors"] = serde_json::json!(o.errors);
    }
    v
}
