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
    /// The path for the audit log: segments a finding touched, or that hold digits, capitals,
    /// escapes or anything but a plain word, become `:x`.
    pub path_template: String,
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
        let path_template = path_template(&msg.path, &[]);
        return Outcome {
            decision,
            findings: vec![],
            disallowed: vec![],
            forward: None,
            inspected_bytes: 0,
            errors: vec![],
            path_template,
        };
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
                Ok(mut out) => {
                    // Belt and braces: what leaves must not carry anything disallowed. A
                    // redaction can bring a label next to a value it did not touch before (a
                    // marker between `DOB` and the next field): such leftovers get one more
                    // round; whatever is still left after it blocks the request.
                    let disallowed_hits = |insp: &inspect::Inspection| -> Vec<usize> {
                        (0..insp.hits.len())
                            .filter(|&i| {
                                let h = &insp.hits[i];
                                h.finding.confidence >= policy.min_confidence && !d.allows(h.finding.category)
                            })
                            .collect()
                    };
                    let mut again = inspect::inspect(scanner, &out, &config.inspect_limits);
                    let left = disallowed_hits(&again);
                    if !left.is_empty() && again.errors.is_empty() {
                        if let Ok(more) = redact::redact(&again, &out, &left, &|c| d.transform(c), config.hmac_key.as_ref()) {
                            out = more;
                            again = inspect::inspect(scanner, &out, &config.inspect_limits);
                        }
                    }
                    let left = !disallowed_hits(&again).is_empty();
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
    let path_hits: Vec<std::ops::Range<usize>> =
        insp.hits.iter().filter(|h| insp.nodes[h.node as usize].part == inspect::Part::Path).map(|h| insp.root_span(h)).collect();
    let path_template = path_template(&msg.path, &path_hits);
    Outcome { decision, findings, disallowed, forward, inspected_bytes: insp.scanned_bytes, errors, path_template }
}

/// The audit form of a path: a segment is kept only when it is a plain lowercase word (letters,
/// `-`, `_`, at most 24) that no finding touched; everything else becomes `:x`.
pub fn path_template(path: &[u8], hits: &[std::ops::Range<usize>]) -> String {
    let mut out = String::new();
    let mut start = 0;
    for seg in path.split(|b| *b == b'/') {
        let span = start..start + seg.len();
        start += seg.len() + 1;
        if span.start == 0 && seg.is_empty() {
            continue;
        }
        out.push('/');
        if seg.is_empty() {
            continue;
        }
        let plain =
            seg.len() <= 24 && seg[0].is_ascii_lowercase() && seg.iter().all(|b| b.is_ascii_lowercase() || *b == b'-' || *b == b'_');
        let touched = hits.iter().any(|h| h.start < span.end && span.start < h.end);
        out.push_str(if plain && !touched { std::str::from_utf8(seg).unwrap_or(":x") } else { ":x" });
    }
    if out.is_empty() {
        out.push('/');
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_templates() {
        assert_eq!(path_template(b"/api/patients/4471823/chart", &[]), "/api/patients/:x/chart");
        assert_eq!(path_template(b"/users/maria%40x.com/profile", &[]), "/users/:x/profile");
        let hit = std::ops::Range { start: 12, end: 25 };
        assert_eq!(path_template(b"/conditions/breast-cancer", std::slice::from_ref(&hit)), "/conditions/:x");
        assert_eq!(path_template(b"/patient/Maria-Gonzalez", &[]), "/patient/:x");
        assert_eq!(path_template(b"/", &[]), "/");
        assert_eq!(path_template(b"/v1/batch", &[]), "/:x/batch");
    }
}
