//! `phiwall scan`: the offline face of the decision path. Its output names detectors,
//! categories and locations, never a value.

use std::io::Write;
use std::process::{Command, Stdio};

fn phiwall() -> Command {
    Command::new(env!("CARGO_BIN_EXE_phiwall"))
}

const CONFIG: &str = "destinations:
  - name: analytics
    hosts: [\"api.segment.io\"]
    allow: []
    on_violation: redact
  - name: errors
    hosts: [\"*.ingest.sentry.io\"]
    allow: []
    on_violation: block
  - name: lab
    hosts: [\"api.partner-lab.example\"]
    allow: [all]
default_destination: deny
";

const PHI: &[&str] = &["Maria", "Gonzalez", "1962-03-14", "4471823", "maria@example.com", "(415) 555-0132"];

fn scan_request(raw: &[u8]) -> (serde_json::Value, Option<Vec<u8>>, String) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("phiwall.yaml"), CONFIG).unwrap();
    std::fs::write(dir.path().join("req.http"), raw).unwrap();
    let out = phiwall()
        .args(["scan", "--config", "phiwall.yaml", "--request", "req.http", "--output", "out.http"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    for v in PHI {
        assert!(!stdout.contains(v) && !stderr.contains(v), "a value reached the output: {v}");
    }
    let fwd = std::fs::read(dir.path().join("out.http")).ok();
    (serde_json::from_str(&stdout).unwrap(), fwd, stderr)
}

fn request(host: &str, body: &str) -> Vec<u8> {
    format!(
        "POST http://{host}/v1/batch HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

const BODY: &str = r#"{"traits":{"firstName":"Maria","lastName":"Gonzalez","birthday":"1962-03-14","email":"maria@example.com","phone":"(415) 555-0132"},"event":"Signed Up","context":{"mrn":"4471823"}}"#;

#[test]
fn redacts_for_analytics() {
    let (d, fwd, _) = scan_request(&request("api.segment.io", BODY));
    assert_eq!(d["action"], "redact");
    assert_eq!(d["destination"], "analytics");
    let cats: Vec<&str> = d["findings"].as_array().unwrap().iter().map(|f| f["category"].as_str().unwrap()).collect();
    for c in ["name", "dob", "email", "phone", "mrn"] {
        assert!(cats.contains(&c), "{c} missing from {cats:?}");
    }
    let f = &d["findings"][0];
    assert!(f["detector"].is_string() && f["location"].as_str().unwrap().starts_with("body:") && f["count"].as_u64().unwrap() >= 1);
    let fwd = String::from_utf8(fwd.unwrap()).unwrap();
    for v in PHI {
        assert!(!fwd.contains(v), "{v} was forwarded");
    }
    let body = fwd.split("\r\n\r\n").nth(1).unwrap();
    let json: serde_json::Value = serde_json::from_str(body).expect("still JSON");
    assert_eq!(json["event"], "Signed Up");
    assert!(fwd.contains(&format!("Content-Length: {}\r\n", body.len())));
}

#[test]
fn blocks_for_error_tracker_and_denies_unknown_hosts() {
    let (d, fwd, _) = scan_request(&request("o1.ingest.sentry.io", BODY));
    assert_eq!(d["action"], "block");
    assert!(fwd.is_none());
    let (d, fwd, _) = scan_request(&request("evil.example", BODY));
    assert_eq!(d["action"], "deny");
    assert!(d["destination"].is_null());
    assert!(fwd.is_none());
}

#[test]
fn allowed_destination_gets_the_request_byte_for_byte() {
    let raw = request("api.partner-lab.example", BODY);
    let (d, fwd, _) = scan_request(&raw);
    assert_eq!(d["action"], "pass");
    assert_eq!(d["reason"], "all findings allowed for this destination");
    assert_eq!(fwd.unwrap(), raw);
}

#[test]
fn undecodable_body_is_blocked() {
    let raw = "POST http://api.segment.io/v1/batch HTTP/1.1\r\nHost: api.segment.io\r\nContent-Encoding: gzip\r\nContent-Length: 8\r\n\r\nnot gzip".as_bytes();
    let (d, fwd, _) = scan_request(raw);
    assert_eq!(d["action"], "block");
    assert_eq!(d["reason"], "body could not be inspected (fail closed)");
    assert!(fwd.is_none());
}

#[test]
fn bare_payload_scan() {
    let mut child =
        phiwall().args(["scan", "--content-type", "text/plain", "-"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(b"Patient: Maria Gonzalez, DOB 03/14/1962, SSN 078-05-1123").unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let cats: Vec<&str> = v["findings"].as_array().unwrap().iter().map(|f| f["category"].as_str().unwrap()).collect();
    assert!(cats.contains(&"name") && cats.contains(&"dob") && cats.contains(&"ssn"), "{cats:?}");
    assert!(!text.contains("Maria") && !text.contains("078-05-1123"));
}

#[test]
fn malformed_request_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("req.http"), b"this is not http").unwrap();
    let out = phiwall().args(["scan", "--request", "req.http"]).current_dir(dir.path()).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("req.http: the request head is incomplete or malformed"));
}

#[test]
fn keys_that_are_values_are_not_printed() {
    // Maps keyed by a patient's name, a record number or a date: the keys are PHI too, and the
    // locations in the output must not spell them (in any case).
    let body = r#"{"patients":{"Maria Gonzalez":{"dob":"1962-03-14"},"4471823":{"ssn":"078-05-1120"},"2026-05-01":{"email":"maria@example.com"}}}"#;
    let (d, _, stderr) = scan_request(&request("api.segment.io", body));
    assert_eq!(d["action"], "redact");
    let out = d.to_string().to_lowercase() + &stderr.to_lowercase();
    for v in ["maria", "gonzalez", "4471823", "2026_05_01", "2026-05-01"] {
        assert!(!out.contains(v), "{v} in {out}");
    }
    let locations: Vec<&str> = d["findings"].as_array().unwrap().iter().map(|f| f["location"].as_str().unwrap()).collect();
    assert!(locations.contains(&"body:patients.*.dob"), "{locations:?}");
}
