//! Exact match against the practice's roster: `phiwall check` reports what loaded (never a value),
//! roster names and identifiers are found in every form and view, ordinary words that happen to be
//! roster names are left alone, and a changed roster file is reloaded by the running proxy.
//!
//! The patients here have made-up names that no dictionary holds, so every name finding below is
//! the roster's doing.

mod common;

use common::*;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const ROSTER: &str = "first,last,dob,mrn,phone,email\n\
Qorvath,Zindelmeyer,03/14/1962,QZ-4471823,(415) 555-0132,qorvath.z@example.org\n\
Will,Hope,1980-01-02,A-99812,415.555.0199,will.h@example.org\n\
Élodie,Brâncuși-Vantrell,19700101,55501,,\n\
broken,\"row\n";

const VALUES: &[&str] = &["Qorvath", "Zindelmeyer", "QZ-4471823", "qorvath.z@example.org", "Vantrell", "Elodie", "Élodie"];

fn phiwall() -> Command {
    Command::new(env!("CARGO_BIN_EXE_phiwall"))
}

fn config(dir: &Path, extra: &str) -> std::path::PathBuf {
    let roster = dir.join("roster.csv");
    if !roster.exists() {
        std::fs::write(&roster, ROSTER).unwrap();
    }
    let cfg = dir.join("phiwall.yaml");
    std::fs::write(
        &cfg,
        format!(
            "destinations:\n  - {{ name: ai, hosts: [api.ai.example], allow: [] }}\nexact_match:\n  - path: {}\n    columns: {{ first: name, last: name, dob: dob, mrn: mrn, phone: phone, email: email }}\n{extra}",
            roster.display()
        ),
    )
    .unwrap();
    cfg
}

/// Runs `phiwall scan` on a payload; returns the roster detectors found (sorted, deduplicated).
fn roster_hits(cfg: &Path, content_type: &str, payload: &str) -> Vec<String> {
    use std::io::Write;
    let mut child = phiwall()
        .args(["scan", "--config"])
        .arg(cfg)
        .args(["--content-type", content_type, "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(payload.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    for v in VALUES {
        assert!(!text.contains(v), "scan output names a roster value ({} chars)", v.len());
    }
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut ids: Vec<String> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["detector"].as_str().unwrap().to_string())
        .filter(|d| d.starts_with("roster:"))
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

#[test]
fn check_reports_rows_columns_and_malformed_lines_never_values() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(dir.path(), "");
    let out = phiwall().arg("check").arg("--config").arg(&cfg).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("3 rows loaded"), "{text}");
    assert!(text.contains("first(name)") && text.contains("mrn(mrn)") && text.contains("email(email)"), "{text}");
    assert!(text.contains("1 malformed row skipped (line 5)"), "{text}");
    assert!(text.contains("random digest key"), "without a key, check says replicas will not agree: {text}");
    for v in VALUES {
        assert!(!text.contains(v), "check output names a roster value");
    }

    // A key from a file: no warning. Too short a key, an unset variable, a missing column: located errors.
    std::fs::write(dir.path().join("roster.key"), "8f1c0a3e5b7d9f2146a8c0e2b4d6f8a1\n").unwrap();
    let key = dir.path().join("roster.key");
    let cfg = config(dir.path(), &format!("    key_file: {}\n", key.display()));
    let out = phiwall().arg("check").arg("--config").arg(&cfg).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{text}");
    assert!(!text.contains("random"), "{text}");

    std::fs::write(&key, "short\n").unwrap();
    let out = phiwall().arg("check").arg("--config").arg(&cfg).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(!out.status.success());
    assert!(err.contains("phiwall.yaml:6:") && err.contains("at least 16 random bytes"), "{err}");

    let cfg = config(dir.path(), "    key_env: PHIWALL_TEST_ROSTER_KEY_THAT_IS_NOT_SET\n");
    let out = phiwall().arg("check").arg("--config").arg(&cfg).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(!out.status.success());
    assert!(err.contains("phiwall.yaml:6:") && err.contains("PHIWALL_TEST_ROSTER_KEY_THAT_IS_NOT_SET` is not set"), "{err}");
    let out = phiwall()
        .arg("check")
        .arg("--config")
        .arg(&cfg)
        .env("PHIWALL_TEST_ROSTER_KEY_THAT_IS_NOT_SET", "0123456789abcdef0123")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    std::fs::write(dir.path().join("roster.csv"), "given,family\nQorvath,Zindelmeyer\n").unwrap();
    let cfg = config(dir.path(), "");
    let out = phiwall().arg("check").arg("--config").arg(&cfg).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(!out.status.success());
    assert!(err.contains("has no column `dob`") && err.contains("given, family"), "{err}");
}

#[test]
fn names_in_their_forms_and_views() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(dir.path(), "");
    let both = ["roster:first", "roster:last"];
    // Free text: an error message, a log line, a chat prompt, in either order and any case.
    for text in [
        "ERROR chart lock failed for Qorvath Zindelmeyer (retry 3)",
        "2026-11-27T10:00:01Z level=warn msg=\"no insurance on file\" patient=\"ZINDELMEYER, QORVATH\"",
        "Write a friendly reminder to qorvath zindelmeyer about tomorrow's appointment.",
        "Zindelmeyer, Qorvath J. missed the 9:30 slot",
    ] {
        assert_eq!(roster_hits(&cfg, "text/plain", text), both, "{text}");
    }
    // A chat prompt inside a JSON body (an AI API).
    let chat = r#"{"model":"gpt-x","messages":[{"role":"user","content":"Draft a letter to Qorvath Zindelmeyer about lab results"}]}"#;
    assert_eq!(roster_hits(&cfg, "application/json", chat), both);
    // HL7 v2: LAST^FIRST^MIDDLE; the row's birth date in PID-7 is confirmed by the name next to it.
    let hl7 = "MSH|^~\\&|EHR|CLINIC|LAB|LAB|202611271000||ADT^A01|1|P|2.5\rPID|1||X1^^^CLINIC^MR||ZINDELMEYER^QORVATH^J||19620314|M\r";
    assert_eq!(roster_hits(&cfg, "x-application/hl7-v2+er7", hl7), ["roster:dob", "roster:first", "roster:last"]);
    // Split across the fields of one record: each field says it is a name.
    let split = r#"{"user":{"first_name":"Qorvath","last_name":"Zindelmeyer","plan":"gold"}}"#;
    assert_eq!(roster_hits(&cfg, "application/json", split), both);
    // Accents and hyphens folded: "Elodie Brancusi-Vantrell" matches "Élodie Brâncuși-Vantrell".
    assert_eq!(roster_hits(&cfg, "text/plain", "callback for Elodie Brancusi-Vantrell at noon"), both);
    // One roster word alone in prose is not enough; with the same row's MRN near, it is.
    assert!(roster_hits(&cfg, "text/plain", "Qorvath said the portal was slow").is_empty());
    assert_eq!(roster_hits(&cfg, "text/plain", "Qorvath (QZ4471823) said the portal was slow"), ["roster:first", "roster:mrn"]);
    // Roster first names that are ordinary words stay ordinary.
    assert!(roster_hits(&cfg, "text/plain", "Will this work? We hope so; will retry with hope.").is_empty());
    let ev = r#"{"event":"Survey","properties":{"answer":"I will hope for the best","will_return":true}}"#;
    assert!(roster_hits(&cfg, "application/json", ev).is_empty());
}

#[test]
fn identifiers_and_hashed_contacts() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(dir.path(), "");
    let sha = |s: &str| -> String {
        ring::digest::digest(&ring::digest::SHA256, s.as_bytes()).as_ref().iter().map(|b| format!("{b:02x}")).collect()
    };
    // Tracking pixels and conversion APIs send SHA-256 of the normalized email and phone.
    let form = format!("id=1234&ev=Purchase&ud[em]={}&ud[ph]={}", sha("qorvath.z@example.org"), sha("14155550132"));
    assert_eq!(roster_hits(&cfg, "application/x-www-form-urlencoded", &form), ["roster:email", "roster:phone"]);
    // A hash of someone not on the roster is not a roster finding.
    let other = format!("ud[em]={}", sha("someone.else@example.org"));
    assert!(roster_hits(&cfg, "application/x-www-form-urlencoded", &other).is_empty());
    // Identifiers as tokens, in the formats they are written.
    let text = "sync failed: mrn QZ4471823, phone 415-555-0132, contact QORVATH.Z@example.org";
    assert_eq!(roster_hits(&cfg, "text/plain", text), ["roster:email", "roster:mrn", "roster:phone"]);
    // The row's date of birth counts only with a value of the same row near (many share a birthday).
    assert!(roster_hits(&cfg, "text/plain", "report generated 1962-03-14").is_empty());
    assert_eq!(roster_hits(&cfg, "text/plain", "DOB 3/14/1962 MRN QZ-4471823"), ["roster:dob", "roster:mrn"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn proxy_redacts_roster_names_and_reloads_a_changed_roster() {
    let dir = tempfile::tempdir().unwrap();
    let (vendor, sink) = http_vendor(0).await;
    let roster = dir.path().join("roster.csv");
    std::fs::write(&roster, "first,last,mrn\nAlready,Listed,1\n").unwrap();
    let audit = dir.path().join("audit.jsonl");
    let path = dir.path().join("phiwall.yaml");
    std::fs::write(
        &path,
        format!(
            "listeners:\n  - {{ name: egress, mode: forward, bind: \"127.0.0.1:0\" }}\naudit: {{ path: {} }}\ndestinations:\n  - {{ name: ai, hosts: [api.ai.example], allow: [], on_violation: redact }}\nupstream:\n  resolve: {{ \"api.ai.example\": \"{vendor}\" }}\nexact_match:\n  - path: {}\n    columns: {{ first: name, last: name, mrn: mrn }}\n",
            audit.display(),
            roster.display()
        ),
    )
    .unwrap();
    let config = phiwall::config::load(&path).unwrap();
    let opts = phiwall::proxy::Options { config_path: Some(path.clone()), reload_poll: Duration::from_millis(50), ..Default::default() };
    let r = phiwall::proxy::start(config, opts).await.unwrap();
    let proxy = r.addr("egress").unwrap();
    let body = r#"{"prompt":"Summarize the call with Qorvath Zindelmeyer about the bill"}"#;
    let req = format!(
        "POST http://api.ai.example/v1/chat HTTP/1.1\r\nHost: api.ai.example\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    // Not on the roster yet, and no dictionary knows the name: it goes through.
    let resp = raw(proxy, req.as_bytes()).await;
    assert!(resp.starts_with("HTTP/1.1 200"), "{resp}");
    assert_eq!(sink.last().unwrap().body, body.as_bytes());

    // The practice adds the patient; the running proxy picks the new roster up.
    tokio::time::sleep(Duration::from_millis(20)).await;
    std::fs::write(&roster, "first,last,mrn\nAlready,Listed,1\nQorvath,Zindelmeyer,QZ-4471823\n").unwrap();
    let mut reloaded = false;
    for _ in 0..100 {
        tokio::time::sleep(Duration::from_millis(50)).await;
        if r.shared.config.load().scanner.rosters()[0].report.rows == 2 {
            reloaded = true;
            break;
        }
    }
    assert!(reloaded, "the changed roster was reloaded");
    let resp = raw(proxy, req.as_bytes()).await;
    assert!(resp.starts_with("HTTP/1.1 200"), "{resp}");
    let got = String::from_utf8(sink.last().unwrap().body.to_vec()).unwrap();
    assert_eq!(got, r#"{"prompt":"Summarize the call with [REDACTED:name] [REDACTED:name] about the bill"}"#);

    // The audit line names the roster detectors, never the name.
    r.shutdown().await;
    let log = std::fs::read_to_string(&audit).unwrap();
    assert!(log.contains("roster:first") && log.contains("roster:last"), "{log}");
    assert!(!log.contains("Qorvath") && !log.contains("Zindelmeyer"));
}
