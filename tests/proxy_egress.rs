//! The egress gateway on the wire: phiwall started on loopback sockets with real TLS
//! (certificates made at test time), real HTTP/1.1 and HTTP/2 clients, recording vendor
//! stand-ins over HTTP and HTTPS.

mod common;

use bytes::Bytes;
use common::*;
use http::{Request, StatusCode};
use http_body_util::{BodyExt, Full};
use hyper_util::rt::{TokioExecutor, TokioIo};
use std::io::{Read as _, Write as _};
use std::net::SocketAddr;
use std::path::Path;

struct Env {
    _dir: tempfile::TempDir,
    certs: Certs,
    proxy: SocketAddr,
    admin: SocketAddr,
    plain: Sink,
    tls: Sink,
    audit: std::path::PathBuf,
    running: Option<phiwall::proxy::Running>,
}

async fn env() -> Env {
    let dir = tempfile::tempdir().unwrap();
    let certs = certs(dir.path());
    let (http_addr, plain) = http_vendor(0).await;
    let (https_addr, tls) = https_vendor(&certs.vendor_cert, &certs.vendor_key).await;
    let audit = dir.path().join("audit/phiwall.jsonl");
    let yaml = format!(
        r#"mode: enforce
listeners:
  - name: egress
    mode: forward
    bind: 127.0.0.1:0
    intercept: {{ ca_cert: {ca}, ca_key: {key} }}
admin: {{ bind: 127.0.0.1:0 }}
destinations:
  - name: analytics
    hosts: ["api.vendor.example", "plain.vendor.example"]
    allow: []
    on_violation: redact
  - name: errors
    hosts: ["errors.vendor.example"]
    allow: []
    on_violation: block
  - name: lab
    hosts: ["lab.vendor.example", "labplain.vendor.example"]
    allow: [all]
limits: {{ max_body_bytes: 64KiB }}
upstream:
  resolve: {{ "api.vendor.example": "{https_addr}", "lab.vendor.example": "{https_addr}", "*.vendor.example": "{http_addr}" }}
  ca: {vca}
audit: {{ path: {audit} }}
"#,
        ca = certs.intercept_ca.display(),
        key = certs.intercept_key.display(),
        vca = certs.vendor_ca.display(),
        audit = audit.display(),
    );
    let running = start(dir.path(), &yaml, phiwall::proxy::Options::default()).await;
    Env {
        proxy: running.addr("egress").unwrap(),
        admin: running.admin.unwrap(),
        certs,
        plain,
        tls,
        audit,
        running: Some(running),
        _dir: dir,
    }
}

async fn h1(
    io: impl tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
    req: Request<Full<Bytes>>,
) -> (StatusCode, http::HeaderMap, Bytes) {
    let (mut tx, conn) = hyper::client::conn::http1::handshake(TokioIo::new(io)).await.unwrap();
    tokio::spawn(conn);
    let resp = tx.send_request(req).await.unwrap();
    let (p, b) = resp.into_parts();
    (p.status, p.headers, b.collect().await.unwrap().to_bytes())
}

async fn h2(
    io: impl tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
    req: Request<Full<Bytes>>,
) -> (StatusCode, Bytes) {
    let (mut tx, conn) = hyper::client::conn::http2::handshake(TokioExecutor::new(), TokioIo::new(io)).await.unwrap();
    tokio::spawn(conn);
    let resp = tx.send_request(req).await.unwrap();
    let (p, b) = resp.into_parts();
    (p.status, b.collect().await.unwrap().to_bytes())
}

fn post(uri: &str, host: &str, body: &str) -> Request<Full<Bytes>> {
    Request::post(uri)
        .header("host", host)
        .header("content-type", "application/json")
        .body(Full::new(Bytes::copy_from_slice(body.as_bytes())))
        .unwrap()
}

async fn tunnel(e: &Env, host: &str, alpn: &[&[u8]]) -> tokio_rustls::client::TlsStream<tokio::net::TcpStream> {
    let tcp = connect(e.proxy, &format!("{host}:443")).await.expect("tunnel");
    let name = rustls::pki_types::ServerName::try_from(host.to_string()).unwrap();
    tokio_rustls::TlsConnector::from(client_tls(&e.certs.intercept_ca, alpn))
        .connect(name, tcp)
        .await
        .expect("TLS through the tunnel, trusting the intercept CA")
}

fn assert_redacted_json(body: &[u8]) {
    let text = String::from_utf8_lossy(body);
    assert_no_phi("the vendor's copy", &text);
    let v: serde_json::Value = serde_json::from_slice(body).expect("still JSON");
    assert_eq!(v["event"], "Signed Up");
    assert_eq!(v["properties"]["plan"], "starter");
    assert_eq!(v["traits"]["firstName"], "[REDACTED:name]");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn plain_http_is_redacted_and_audited() {
    let e = env().await;
    let tcp = tokio::net::TcpStream::connect(e.proxy).await.unwrap();
    let (status, headers, _) = h1(tcp, post("http://plain.vendor.example/v1/track", "plain.vendor.example", PHI_JSON)).await;
    assert_eq!(status, 200);
    assert!(headers.get("x-phiwall-decision").is_none());
    let got = e.plain.last().expect("vendor got the request");
    assert_eq!(got.path, "/v1/track");
    assert_eq!(got.headers.get("content-length").unwrap().to_str().unwrap(), got.body.len().to_string());
    assert_redacted_json(&got.body);
    // Metrics moved, with destination/category/action labels.
    let metrics = raw(e.admin, b"GET /metrics HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n").await;
    assert!(metrics.contains(r#"phiwall_requests_total{action="redact",destination="analytics",listener="egress"} 1"#), "{metrics}");
    assert!(metrics.contains(r#"phiwall_findings_total{action="redact",category="name",destination="analytics"} 2"#), "{metrics}");
    assert_no_phi("the metrics", &metrics);
    assert!(raw(e.admin, b"GET /readyz HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n").await.starts_with("HTTP/1.1 200"));
    // The audit line: ids and counts, no values.
    let audit = std::fs::read_to_string(&e.audit).unwrap();
    assert_no_phi("the audit log", &audit);
    let line: serde_json::Value = serde_json::from_str(audit.lines().last().unwrap()).unwrap();
    assert_eq!(line["action"], "redact");
    assert_eq!(line["destination"], "analytics");
    assert_eq!(line["path"], "/:x/track");
    assert_eq!(line["categories"]["name"], 2);
    e.running.unwrap().shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn https_through_connect_http1_and_h2() {
    let e = env().await;
    // HTTP/1.1 inside the tunnel.
    let tls = tunnel(&e, "api.vendor.example", &[b"http/1.1"]).await;
    let (status, _, body) = h1(tls, post("/v1/track", "api.vendor.example", PHI_JSON)).await;
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    assert_eq!(&body[..], b"vendor ok");
    assert_redacted_json(&e.tls.last().unwrap().body);
    // HTTP/2 inside the tunnel (ALPN h2); phiwall speaks HTTP/1.1 to the vendor.
    let tls = tunnel(&e, "api.vendor.example", &[b"h2"]).await;
    assert_eq!(tls.get_ref().1.alpn_protocol(), Some(&b"h2"[..]));
    let (status, _) = h2(tls, post("https://api.vendor.example/v1/track", "api.vendor.example", PHI_JSON)).await;
    assert_eq!(status, 200);
    assert_eq!(e.tls.len(), 2);
    assert_redacted_json(&e.tls.last().unwrap().body);
    // Allowed everything: byte for byte through TLS.
    let tls = tunnel(&e, "lab.vendor.example", &[b"http/1.1"]).await;
    let (status, _, _) = h1(tls, post("/orders", "lab.vendor.example", PHI_JSON)).await;
    assert_eq!(status, 200);
    assert_eq!(&e.tls.last().unwrap().body[..], PHI_JSON.as_bytes());
    e.running.unwrap().shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connect_refusals_happen_before_any_tunnel() {
    let e = env().await;
    let err = connect(e.proxy, "unknown.elsewhere.example:443").await.unwrap_err();
    assert!(err.starts_with("HTTP/1.1 403"), "{err}");
    let err = connect(e.proxy, "api.vendor.example:8443").await.unwrap_err();
    assert!(err.starts_with("HTTP/1.1 403"), "{err}");
    assert!(err.contains("x-phiwall-decision: deny"), "{err}");
    // Unknown plain-HTTP host: denied, nothing sent.
    let resp = raw(e.proxy, b"GET http://unknown.elsewhere.example/x?email=a@b.example HTTP/1.1\r\nHost: unknown.elsewhere.example\r\nConnection: close\r\n\r\n").await;
    assert!(resp.starts_with("HTTP/1.1 403"), "{resp}");
    assert!(resp.contains("\"denied by phiwall\""));
    assert_eq!(e.plain.len() + e.tls.len(), 0);
    e.running.unwrap().shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn error_tracker_gets_a_block_without_values() {
    let e = env().await;
    let resp = raw(
        e.proxy,
        format!("POST http://errors.vendor.example/api/store HTTP/1.1\r\nHost: errors.vendor.example\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{PHI_JSON}", PHI_JSON.len()).as_bytes(),
    )
    .await;
    assert!(resp.starts_with("HTTP/1.1 403"), "{resp}");
    assert!(resp.contains("x-phiwall-decision: block"));
    assert_no_phi("the block response", &resp);
    let body: serde_json::Value = serde_json::from_str(resp.split("\r\n\r\n").nth(1).unwrap()).unwrap();
    assert_eq!(body["error"], "blocked by phiwall");
    assert_eq!(body["destination"], "errors");
    assert!(body["categories"].as_array().unwrap().iter().any(|c| c == "name"));
    assert!(body["detectors"].as_array().unwrap().iter().any(|c| c == "name-keyed"));
    assert_eq!(e.plain.len(), 0);
    e.running.unwrap().shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gzip_chunked_expect_and_limits() {
    let e = env().await;
    // gzip: inspected, redacted, still gzip for the vendor.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(PHI_JSON.as_bytes()).unwrap();
    let gz = gz.finish().unwrap();
    let mut req = format!("POST http://plain.vendor.example/v1/track HTTP/1.1\r\nHost: plain.vendor.example\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", gz.len()).into_bytes();
    req.extend_from_slice(&gz);
    let resp = raw(e.proxy, &req).await;
    assert!(resp.starts_with("HTTP/1.1 200"), "{resp}");
    let got = e.plain.last().unwrap();
    assert_eq!(got.headers.get("content-encoding").unwrap(), "gzip");
    let mut plain = vec![];
    flate2::read::GzDecoder::new(&got.body[..]).read_to_end(&mut plain).expect("still gzip");
    assert_redacted_json(&plain);

    // Chunked request body: read whole, redacted, forwarded with a Content-Length.
    let (a, b) = PHI_JSON.split_at(40);
    let req = format!("POST http://plain.vendor.example/v1/track HTTP/1.1\r\nHost: plain.vendor.example\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n{:x}\r\n{a}\r\n{:x}\r\n{b}\r\n0\r\n\r\n", a.len(), b.len());
    let resp = raw(e.proxy, req.as_bytes()).await;
    assert!(resp.starts_with("HTTP/1.1 200"), "{resp}");
    let got = e.plain.last().unwrap();
    assert!(got.headers.get("transfer-encoding").is_none());
    assert_redacted_json(&got.body);

    // Expect: 100-continue: the client waits for 100 before sending the body.
    let mut s = tokio::net::TcpStream::connect(e.proxy).await.unwrap();
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    s.write_all(format!("POST http://plain.vendor.example/v1/track HTTP/1.1\r\nHost: plain.vendor.example\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", PHI_JSON.len()).as_bytes()).await.unwrap();
    let mut buf = [0u8; 25];
    s.read_exact(&mut buf).await.unwrap();
    assert!(buf.starts_with(b"HTTP/1.1 100 Continue"), "{}", String::from_utf8_lossy(&buf));
    s.write_all(PHI_JSON.as_bytes()).await.unwrap();
    let mut rest = vec![];
    s.read_to_end(&mut rest).await.unwrap();
    assert!(String::from_utf8_lossy(&rest).contains("HTTP/1.1 200"), "{}", String::from_utf8_lossy(&rest));
    assert_redacted_json(&e.plain.last().unwrap().body);

    // Over the limit: 413, nothing forwarded.
    let before = e.plain.len();
    let big = format!("{{\"pad\":\"{}\"}}", "x".repeat(70 * 1024));
    let resp = raw(e.proxy, format!("POST http://plain.vendor.example/v1/track HTTP/1.1\r\nHost: plain.vendor.example\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{big}", big.len()).as_bytes()).await;
    assert!(resp.starts_with("HTTP/1.1 413"), "{}", &resp[..resp.len().min(200)]);
    assert_eq!(e.plain.len(), before);

    // A gzip bomb past the decode cap, and a corrupt stream: blocked, not passed unscanned.
    let resp = raw(e.proxy, b"POST http://plain.vendor.example/v1/track HTTP/1.1\r\nHost: plain.vendor.example\r\nContent-Encoding: gzip\r\nContent-Length: 8\r\nConnection: close\r\n\r\nnot gzip").await;
    assert!(resp.starts_with("HTTP/1.1 403"), "{resp}");
    assert!(resp.contains("body could not be inspected"));
    assert_eq!(e.plain.len(), before);
    e.running.unwrap().shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn host_header_must_agree_with_the_target() {
    let e = env().await;
    let resp = raw(e.proxy, b"GET http://plain.vendor.example/x HTTP/1.1\r\nHost: lab.vendor.example\r\nConnection: close\r\n\r\n").await;
    assert!(resp.starts_with("HTTP/1.1 400"), "{resp}");
    let resp = raw(e.proxy, b"GET /x HTTP/1.1\r\nHost: plain.vendor.example\r\nConnection: close\r\n\r\n").await;
    assert!(resp.starts_with("HTTP/1.1 400"), "{resp}");
    assert!(resp.contains("absolute-form"));
    // Case and a trailing dot do not matter.
    let resp =
        raw(e.proxy, b"GET http://PLAIN.vendor.example./x HTTP/1.1\r\nHost: plain.vendor.example\r\nConnection: close\r\n\r\n").await;
    assert!(resp.starts_with("HTTP/1.1 200"), "{resp}");
    e.running.unwrap().shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn audit_chain_verifies_and_breaks_when_edited() {
    let e = env().await;
    for host in ["plain.vendor.example", "errors.vendor.example", "labplain.vendor.example", "nowhere.example"] {
        let _ = raw(e.proxy, format!("POST http://{host}/v1 HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{PHI_JSON}", PHI_JSON.len()).as_bytes()).await;
    }
    let path = e.audit.clone();
    e.running.unwrap().shutdown().await;
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text.lines().count(), 4, "one line per decision");
    let actions: Vec<String> =
        text.lines().map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["action"].as_str().unwrap().to_string()).collect();
    assert_eq!(actions, ["redact", "block", "pass", "deny"]);
    assert_no_phi("the audit log", &text);
    let verify = |p: &Path| std::process::Command::new(env!("CARGO_BIN_EXE_phiwall")).args(["audit", "verify"]).arg(p).output().unwrap();
    let out = verify(&path);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("4 records"));
    std::fs::write(&path, text.replacen("\"action\":\"block\"", "\"action\":\"pass\"", 1)).unwrap();
    let out = verify(&path);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 3: the chain is broken"), "{}", String::from_utf8_lossy(&out.stderr));
}

/// Bodies over the inline size are inspected on the blocking pool: still redacted exactly,
/// and small requests on other connections keep being served meanwhile.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn large_bodies_are_inspected_off_the_worker() {
    let dir = tempfile::tempdir().unwrap();
    let (http_addr, plain) = http_vendor(0).await;
    let yaml = format!(
        r#"listeners: [{{ name: egress, mode: forward, bind: "127.0.0.1:0" }}]
destinations:
  - {{ name: analytics, hosts: ["plain.vendor.example"], allow: [], on_violation: redact }}
limits: {{ max_body_bytes: 8MiB }}
upstream: {{ resolve: {{ "plain.vendor.example": "{http_addr}" }} }}
"#
    );
    // One worker: the small requests share the thread the big one arrived on.
    let running = start(dir.path(), &yaml, phiwall::proxy::Options { workers: 1, ..Default::default() }).await;
    let proxy = running.addr("egress").unwrap();
    // About 3 MiB of clean events, then one with PHI at the very end.
    let clean = r#"{"event":"Page Viewed","properties":{"path":"/pricing","build":"3.14.2"}}"#;
    let mut events = vec![clean; 40_000];
    events.push(PHI_JSON);
    let big = format!("{{\"batch\":[{}]}}", events.join(","));
    assert!(big.len() > 2 << 20);
    let big_req = tokio::spawn({
        let big = big.clone();
        async move {
            let tcp = tokio::net::TcpStream::connect(proxy).await.unwrap();
            h1(tcp, post("http://plain.vendor.example/v1/batch", "plain.vendor.example", &big)).await.0
        }
    });
    let mut small_ok = 0;
    for _ in 0..20 {
        let tcp = tokio::net::TcpStream::connect(proxy).await.unwrap();
        let (status, _, _) = h1(tcp, post("http://plain.vendor.example/v1/t", "plain.vendor.example", clean)).await;
        small_ok += usize::from(status == 200);
    }
    assert_eq!(small_ok, 20);
    assert_eq!(big_req.await.unwrap(), 200);
    let got = plain.all().into_iter().find(|r| r.path == "/v1/batch").expect("the vendor got the big batch");
    assert_no_phi("the vendor's copy of the big batch", &String::from_utf8_lossy(&got.body));
    let v: serde_json::Value = serde_json::from_slice(&got.body).expect("still JSON");
    let batch = v["batch"].as_array().unwrap();
    assert_eq!(batch.len(), 40_001);
    assert_eq!(batch[0]["properties"]["path"], "/pricing");
    assert_eq!(batch[40_000]["traits"]["firstName"], "[REDACTED:name]");
    assert_eq!(got.headers.get("content-length").unwrap().to_str().unwrap(), got.body.len().to_string());
    running.shutdown().await;
}
