//! The `phiwall run` binary: curl through it as HTTPS clients do, and a SIGTERM that lets the
//! request in flight finish before exiting 0.

mod common;

use common::*;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

struct Proc(Child);
impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

async fn spawn(dir: &std::path::Path, yaml: &str, admin: u16) -> Proc {
    let cfg = dir.join("phiwall.yaml");
    std::fs::write(&cfg, yaml).unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_phiwall"))
        .args(["run", "--config"])
        .arg(&cfg)
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(dir.join("phiwall.log")).unwrap())
        .spawn()
        .unwrap();
    let p = Proc(child);
    let t = Instant::now();
    loop {
        let r = try_raw(format!("127.0.0.1:{admin}").parse().unwrap(), b"GET /readyz HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
        if let Ok(Some(resp)) = tokio::time::timeout(Duration::from_millis(500), r).await {
            if resp.starts_with("HTTP/1.1 200") {
                return p;
            }
        }
        assert!(
            t.elapsed() < Duration::from_secs(20),
            "phiwall did not become ready: {}",
            std::fs::read_to_string(dir.join("phiwall.log")).unwrap_or_default()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn curl() -> Command {
    let c = Command::new("curl");
    assert!(
        Command::new("curl").arg("--version").stdout(Stdio::null()).status().is_ok_and(|s| s.success()),
        "curl is needed by this test (.ci/run installs it)"
    );
    c
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn curl_https_through_phiwall() {
    let dir = tempfile::tempdir().unwrap();
    let c = certs(dir.path());
    let (vendor, sink) = https_vendor(&c.vendor_cert, &c.vendor_key).await;
    let (port, admin) = (free_port(), free_port());
    let yaml = format!(
        "listeners:\n  - name: egress\n    mode: forward\n    bind: 127.0.0.1:{port}\n    intercept: {{ ca_cert: ca.pem, ca_key: ca-key.pem }}\nadmin: {{ bind: 127.0.0.1:{admin} }}\ndestinations:\n  - {{ name: analytics, hosts: [api.vendor.example], allow: [], on_violation: redact }}\nupstream:\n  resolve: {{ \"api.vendor.example\": \"{vendor}\" }}\n  ca: vendor-ca.pem\naudit: {{ path: audit.jsonl }}\n"
    );
    let _p = spawn(dir.path(), &yaml, admin).await;
    let out = tokio::task::spawn_blocking({
        let dir = dir.path().to_path_buf();
        move || {
            curl()
                .args(["-sS", "--max-time", "20", "-x", &format!("http://127.0.0.1:{port}"), "--cacert"])
                .arg(dir.join("ca.pem"))
                .args(["-H", "Content-Type: application/json", "--data-binary", PHI_JSON, "https://api.vendor.example/v1/track"])
                .output()
                .unwrap()
        }
    })
    .await
    .unwrap();
    assert!(out.status.success(), "curl: {}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "vendor ok");
    let got = sink.last().expect("the vendor got the request");
    assert_no_phi("the vendor's copy", &String::from_utf8_lossy(&got.body));
    let v: serde_json::Value = serde_json::from_slice(&got.body).unwrap();
    assert_eq!(v["properties"]["plan"], "starter", "everything else intact");
    // A CONNECT to a host no destination claims: 403 before any tunnel.
    let out = tokio::task::spawn_blocking(move || {
        curl()
            .args(["-sS", "--max-time", "20", "-x", &format!("http://127.0.0.1:{port}"), "https://unknown.elsewhere.example/"])
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("403"), "{}", String::from_utf8_lossy(&out.stderr));
    let logs = std::fs::read_to_string(dir.path().join("phiwall.log")).unwrap()
        + &std::fs::read_to_string(dir.path().join("audit.jsonl")).unwrap();
    assert_no_phi("phiwall's logs and audit", &logs);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_drains_in_flight_requests_and_exits_zero() {
    let dir = tempfile::tempdir().unwrap();
    let (vendor, sink) = http_vendor(1500).await;
    let (port, admin) = (free_port(), free_port());
    let yaml = format!(
        "listeners:\n  - {{ name: egress, mode: forward, bind: \"127.0.0.1:{port}\" }}\nadmin: {{ bind: \"127.0.0.1:{admin}\" }}\ndestinations:\n  - {{ name: slow, hosts: [slow.vendor.example], allow: [all] }}\nupstream:\n  resolve: {{ \"slow.vendor.example\": \"{vendor}\" }}\n"
    );
    let mut p = spawn(dir.path(), &yaml, admin).await;
    let proxy = format!("127.0.0.1:{port}").parse().unwrap();
    let inflight = tokio::spawn(raw(
        proxy,
        b"GET http://slow.vendor.example/report HTTP/1.1\r\nHost: slow.vendor.example\r\nConnection: close\r\n\r\n",
    ));
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(sink.len(), 1, "the request reached the vendor");
    let pid = p.0.id().to_string();
    assert!(Command::new("kill").args(["-TERM", &pid]).status().unwrap().success());
    let resp = inflight.await.unwrap();
    assert!(resp.starts_with("HTTP/1.1 200"), "the in-flight request finished: {resp}");
    let t = Instant::now();
    let status = loop {
        if let Some(s) = p.0.try_wait().unwrap() {
            break s;
        }
        assert!(t.elapsed() < Duration::from_secs(15), "phiwall did not exit after SIGTERM");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(status.success(), "exit status {status:?}");
    // No longer accepting.
    assert!(tokio::net::TcpStream::connect(proxy).await.is_err());
}
