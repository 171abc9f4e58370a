//! Policy behaviour on the wire: the SSRF guard (proved with an injected resolver and a dialer
//! that refuses anything but loopback, so no packet can leave even if the guard broke), fail-open
//! destinations, monitor mode, and live reload.

mod common;

use common::*;
use phiwall::proxy::upstream::{BoxFuture, Dial, Resolve};
use std::io;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpStream;

/// Resolves every name to one address.
struct To(SocketAddr);
impl Resolve for To {
    fn resolve(&self, _: String, _: u16) -> BoxFuture<io::Result<Vec<SocketAddr>>> {
        let a = self.0;
        Box::pin(async move { Ok(vec![a]) })
    }
}

/// Connects to loopback only; counts every other attempt and fails it without a socket.
struct LoopbackOnly(Arc<AtomicUsize>);
impl Dial for LoopbackOnly {
    fn dial(&self, addr: SocketAddr) -> BoxFuture<io::Result<TcpStream>> {
        if !addr.ip().is_loopback() {
            self.0.fetch_add(1, Ordering::SeqCst);
            return Box::pin(async { Err(io::Error::other("test dialer: non-loopback refused")) });
        }
        Box::pin(async move { TcpStream::connect(addr).await })
    }
}

fn send(host: &str, body: &str) -> Vec<u8> {
    format!("POST http://{host}/v1 HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len()).into_bytes()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ssrf_guard_refuses_before_connecting() {
    let dir = tempfile::tempdir().unwrap();
    let (vendor, sink) = http_vendor(0).await;
    let yaml = format!(
        "listeners:\n  - {{ name: egress, mode: forward, bind: \"127.0.0.1:0\" }}\ndestinations:\n  - {{ name: vendor, hosts: [\"*.vendor.example\", \"169.254.169.254\"], allow: [all] }}\nupstream:\n  resolve: {{ \"trusted.vendor.example\": \"{vendor}\" }}\n"
    );
    for (target, class) in
        [("169.254.169.254:80", "metadata"), ("10.20.30.40:80", "private"), ("127.0.0.1:9", "loopback"), ("100.100.1.1:80", "cgnat")]
    {
        let dials = Arc::new(AtomicUsize::new(0));
        let opts = phiwall::proxy::Options {
            resolver: Arc::new(To(target.parse().unwrap())),
            dialer: Arc::new(LoopbackOnly(dials.clone())),
            ..Default::default()
        };
        let r = start(dir.path(), &yaml, opts).await;
        let proxy = r.addr("egress").unwrap();
        let resp = raw(proxy, &send("internal.vendor.example", "{}")).await;
        assert!(resp.starts_with("HTTP/1.1 502"), "{target}: {resp}");
        assert!(resp.contains("\"kind\":\"ssrf_refused\""), "{target}: {resp}");
        assert_eq!(dials.load(Ordering::SeqCst), 0, "{target} ({class}): no connection attempt");
        // An IP literal in the URL is guarded the same way.
        let resp = raw(proxy, &send("169.254.169.254", "{}")).await;
        assert!(resp.contains("\"kind\":\"ssrf_refused\""), "{resp}");
        // The operator's own wiring (upstream.resolve) is trusted, even on loopback.
        let resp = raw(proxy, &send("trusted.vendor.example", "{}")).await;
        assert!(resp.starts_with("HTTP/1.1 200"), "{resp}");
        r.shutdown().await;
    }
    assert_eq!(sink.len(), 4);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fail_open_is_counted_and_monitor_forwards_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let (vendor, sink) = http_vendor(0).await;
    let yaml = format!(
        "listeners:\n  - {{ name: egress, mode: forward, bind: \"127.0.0.1:0\" }}\nadmin: {{ bind: \"127.0.0.1:0\" }}\ndestinations:\n  - {{ name: bulk, hosts: [bulk.vendor.example], allow: [], fail: open }}\n  - {{ name: watch, hosts: [watch.vendor.example], allow: [], mode: monitor, on_violation: block }}\nlimits: {{ max_body_bytes: 1KiB }}\nupstream:\n  resolve: {{ \"*.vendor.example\": \"{vendor}\" }}\naudit: {{ path: {} }}\n",
        dir.path().join("audit.jsonl").display()
    );
    let r = start(dir.path(), &yaml, phiwall::proxy::Options::default()).await;
    let proxy = r.addr("egress").unwrap();
    // Over the limit at a fail-open destination: forwarded whole, counted.
    let big = format!("{{\"pad\":\"{}\"}}", "x".repeat(5000));
    let resp = raw(proxy, &send("bulk.vendor.example", &big)).await;
    assert!(resp.starts_with("HTTP/1.1 200"), "{resp}");
    assert_eq!(sink.last().unwrap().body.len(), big.len(), "no byte lost");
    // The same when the body arrives in pieces: the part past the limit is streamed on, and the
    // vendor still gets every byte under the original length.
    {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let req = send("bulk.vendor.example", &big);
        let mut conn = TcpStream::connect(proxy).await.unwrap();
        let (first, second) = req.split_at(req.len() - 3000);
        conn.write_all(first).await.unwrap();
        conn.flush().await.unwrap();
        tokio::time::sleep(Duration::from_millis(100)).await;
        conn.write_all(second).await.unwrap();
        let mut resp = vec![];
        let _ = tokio::time::timeout(Duration::from_secs(10), conn.read_to_end(&mut resp)).await;
        assert!(resp.starts_with(b"HTTP/1.1 200"), "{}", String::from_utf8_lossy(&resp));
        let got = sink.last().unwrap().body;
        assert_eq!(got.len(), big.len(), "no byte lost, in pieces");
        assert!(got == big.as_bytes(), "unchanged, in pieces");
    }
    // Monitor mode: PHI forwarded unchanged, the would-be action recorded.
    let resp = raw(proxy, &send("watch.vendor.example", PHI_JSON)).await;
    assert!(resp.starts_with("HTTP/1.1 200"), "{resp}");
    assert!(resp.contains("x-phiwall-decision: monitor"));
    assert_eq!(&sink.last().unwrap().body[..], PHI_JSON.as_bytes());
    let metrics = raw(r.admin.unwrap(), b"GET /metrics HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n").await;
    assert!(metrics.contains(r#"phiwall_fail_open_total{destination="bulk"} 2"#), "{metrics}");
    let audit = std::fs::read_to_string(dir.path().join("audit.jsonl")).unwrap();
    let lines: Vec<serde_json::Value> = audit.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines[0]["fail_open"], true);
    assert_eq!(lines[1]["fail_open"], true);
    assert_eq!(lines[2]["action"], "pass");
    assert_eq!(lines[2]["would_action"], "block");
    r.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reload_applies_good_configs_and_keeps_the_old_one_on_errors() {
    let dir = tempfile::tempdir().unwrap();
    let (vendor, sink) = http_vendor(0).await;
    let cfg = |allow: &str| {
        format!("listeners:\n  - {{ name: egress, mode: forward, bind: \"127.0.0.1:0\" }}\nadmin: {{ bind: \"127.0.0.1:0\" }}\ndestinations:\n  - {{ name: crm, hosts: [crm.vendor.example], allow: [{allow}] }}\nupstream:\n  resolve: {{ \"*.vendor.example\": \"{vendor}\" }}\n")
    };
    let path = dir.path().join("phiwall.yaml");
    std::fs::write(&path, cfg("")).unwrap();
    let config = phiwall::config::load(&path).unwrap();
    let opts = phiwall::proxy::Options { config_path: Some(path.clone()), reload_poll: Duration::from_millis(50), ..Default::default() };
    let r = phiwall::proxy::start(config, opts).await.unwrap();
    let proxy = r.addr("egress").unwrap();
    // One keep-alive connection across the reload: the policy is read per request.
    let mut conn = TcpStream::connect(proxy).await.unwrap();
    let ask = async |conn: &mut TcpStream| {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let body = PHI_JSON;
        conn.write_all(format!("POST http://crm.vendor.example/c HTTP/1.1\r\nHost: crm.vendor.example\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}", body.len()).as_bytes()).await.unwrap();
        let mut buf = vec![0u8; 4096];
        let n = conn.read(&mut buf).await.unwrap();
        assert!(buf[..n].starts_with(b"HTTP/1.1 200"));
        sink.last().unwrap().body
    };
    assert_ne!(&ask(&mut conn).await[..], PHI_JSON.as_bytes(), "redacted under allow: []");
    tokio::time::sleep(Duration::from_millis(20)).await;
    std::fs::write(&path, cfg("all")).unwrap();
    let mut ok = false;
    for _ in 0..100 {
        tokio::time::sleep(Duration::from_millis(50)).await;
        if r.shared.config.load().policy.destinations[0].allow_all {
            ok = true;
            break;
        }
    }
    assert!(ok, "the new config was applied");
    assert_eq!(&ask(&mut conn).await[..], PHI_JSON.as_bytes(), "same connection, new policy");
    // A broken config is rejected; the running one stays.
    std::fs::write(&path, "destinations: [ {name: crm, hosts: [crm.vendor.example], alow: [all]} ]\n").unwrap();
    // Wait for the rejection to be counted (a loaded CI machine takes its time), not a fixed sleep.
    let mut metrics = String::new();
    for _ in 0..200 {
        tokio::time::sleep(Duration::from_millis(50)).await;
        metrics = raw(r.admin.unwrap(), b"GET /metrics HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n").await;
        if metrics.contains(r#"phiwall_config_reloads_total{result="rejected"} 1"#) {
            break;
        }
    }
    assert!(r.shared.config.load().policy.destinations[0].allow_all);
    assert!(metrics.contains(r#"phiwall_config_reloads_total{result="ok"} 1"#), "{metrics}");
    assert!(metrics.contains(r#"phiwall_config_reloads_total{result="rejected"} 1"#), "{metrics}");
    r.shutdown().await;
}
