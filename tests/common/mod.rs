//! Shared pieces of the integration tests: certificates made at test time, recording vendor
//! stand-ins (plain HTTP and HTTPS), phiwall started in-process on ephemeral loopback ports,
//! and small clients. Everything stays on 127.0.0.1.
#![allow(dead_code)]

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::{TokioExecutor, TokioIo};
use phiwall::proxy::tls;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What a vendor stand-in received.
#[derive(Clone, Debug)]
pub struct Received {
    pub method: String,
    pub path: String,
    pub headers: http::HeaderMap,
    pub body: Bytes,
}

#[derive(Clone, Default)]
pub struct Sink(pub Arc<Mutex<Vec<Received>>>);

impl Sink {
    pub fn all(&self) -> Vec<Received> {
        self.0.lock().unwrap().clone()
    }
    pub fn last(&self) -> Option<Received> {
        self.0.lock().unwrap().last().cloned()
    }
    pub fn len(&self) -> usize {
        self.0.lock().unwrap().len()
    }
}

async fn record(sink: Sink, req: Request<Incoming>, delay_ms: u64) -> Result<Response<Full<Bytes>>, hyper::Error> {
    let (parts, body) = req.into_parts();
    let body = body.collect().await?.to_bytes();
    sink.0.lock().unwrap().push(Received {
        method: parts.method.to_string(),
        path: parts.uri.path_and_query().map(|p| p.to_string()).unwrap_or_default(),
        headers: parts.headers,
        body,
    });
    if delay_ms > 0 {
        tokio::time::sleep(std::time::Duration::from_millis(delay_ms)).await;
    }
    Ok(Response::new(Full::new(Bytes::from_static(b"vendor ok"))))
}

/// Serves one vendor connection (plain or TLS), recording each request.
async fn serve<IO>(io: IO, sink: Sink, delay_ms: u64)
where
    IO: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let svc = service_fn(move |req| record(sink.clone(), req, delay_ms));
    let _ = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new()).serve_connection(TokioIo::new(io), svc).await;
}

/// A vendor stand-in on an ephemeral loopback port, behind TLS when `tls` is given.
async fn vendor(tls: Option<tokio_rustls::TlsAcceptor>, delay_ms: u64) -> (SocketAddr, Sink) {
    let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = l.local_addr().unwrap();
    let sink = Sink::default();
    let s = sink.clone();
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = l.accept().await else { return };
            let (s, tls) = (s.clone(), tls.clone());
            tokio::spawn(async move {
                match tls {
                    Some(acceptor) => {
                        if let Ok(stream) = acceptor.accept(stream).await {
                            serve(stream, s, delay_ms).await;
                        }
                    }
                    None => serve(stream, s, delay_ms).await,
                }
            });
        }
    });
    (addr, sink)
}

/// A plain HTTP vendor stand-in; `delay_ms` holds each response back.
pub async fn http_vendor(delay_ms: u64) -> (SocketAddr, Sink) {
    vendor(None, delay_ms).await
}

/// An HTTPS vendor stand-in presenting `cert`/`key`.
pub async fn https_vendor(cert: &Path, key: &Path) -> (SocketAddr, Sink) {
    let certs = tls::load_certs(cert).unwrap();
    let key = tls::load_key(key).unwrap();
    let cfg = rustls::ServerConfig::builder_with_provider(tls::provider())
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .unwrap();
    vendor(Some(tokio_rustls::TlsAcceptor::from(Arc::new(cfg))), 0).await
}

/// Certificates for one test: the intercept CA, and a vendor CA with a leaf for the vendor hosts.
pub struct Certs {
    pub dir: PathBuf,
    pub intercept_ca: PathBuf,
    pub intercept_key: PathBuf,
    pub vendor_ca: PathBuf,
    pub vendor_cert: PathBuf,
    pub vendor_key: PathBuf,
}

pub fn certs(dir: &Path) -> Certs {
    let (ca, ca_key) = tls::new_ca("test intercept CA").unwrap();
    let (vca, vca_key) = tls::new_ca("test vendor CA").unwrap();
    let (leaf, leaf_key) = tls::new_leaf(&vca, &vca_key, &["api.vendor.example", "lab.vendor.example"]).unwrap();
    let w = |name: &str, data: &str| {
        let p = dir.join(name);
        std::fs::write(&p, data).unwrap();
        p
    };
    Certs {
        dir: dir.to_path_buf(),
        intercept_ca: w("ca.pem", &ca),
        intercept_key: w("ca-key.pem", &ca_key),
        vendor_ca: w("vendor-ca.pem", &vca),
        vendor_cert: w("vendor.pem", &leaf),
        vendor_key: w("vendor-key.pem", &leaf_key),
    }
}

/// A client TLS config trusting one CA, offering the given ALPN protocols.
pub fn client_tls(ca: &Path, alpn: &[&[u8]]) -> Arc<rustls::ClientConfig> {
    let mut roots = rustls::RootCertStore::empty();
    for c in tls::load_certs(ca).unwrap() {
        roots.add(c).unwrap();
    }
    let mut cfg = rustls::ClientConfig::builder_with_provider(tls::provider())
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth();
    cfg.alpn_protocols = alpn.iter().map(|p| p.to_vec()).collect();
    Arc::new(cfg)
}

/// Sends raw bytes to `addr` and reads the whole response (the server closes, or `Connection:
/// close` is in the request).
pub async fn raw(addr: SocketAddr, req: &[u8]) -> String {
    let mut s = TcpStream::connect(addr).await.unwrap();
    s.write_all(req).await.unwrap();
    let mut out = vec![];
    let _ = tokio::time::timeout(std::time::Duration::from_secs(10), s.read_to_end(&mut out)).await;
    String::from_utf8_lossy(&out).to_string()
}

/// Like [`raw`], but `None` when nothing listens.
pub async fn try_raw(addr: SocketAddr, req: &[u8]) -> Option<String> {
    let mut s = TcpStream::connect(addr).await.ok()?;
    s.write_all(req).await.ok()?;
    let mut out = vec![];
    let _ = tokio::time::timeout(std::time::Duration::from_secs(10), s.read_to_end(&mut out)).await;
    Some(String::from_utf8_lossy(&out).to_string())
}

/// Opens a CONNECT tunnel; returns the stream after a 200, or the status line.
pub async fn connect(proxy: SocketAddr, target: &str) -> Result<TcpStream, String> {
    let mut s = TcpStream::connect(proxy).await.unwrap();
    s.write_all(format!("CONNECT {target} HTTP/1.1\r\nHost: {target}\r\n\r\n").as_bytes()).await.unwrap();
    let mut head = vec![];
    let mut b = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        if s.read(&mut b).await.unwrap() == 0 {
            break;
        }
        head.push(b[0]);
    }
    let head = String::from_utf8_lossy(&head).to_string();
    if head.starts_with("HTTP/1.1 200") {
        Ok(s)
    } else {
        Err(head)
    }
}

/// Writes a config file and starts phiwall in-process.
pub async fn start(dir: &Path, yaml: &str, opts: phiwall::proxy::Options) -> phiwall::proxy::Running {
    let p = dir.join("phiwall.yaml");
    std::fs::write(&p, yaml).unwrap();
    let cfg = match phiwall::config::load(&p) {
        Ok(c) => c,
        Err(e) => panic!("config: {e}"),
    };
    phiwall::proxy::start(cfg, opts).await.unwrap()
}

pub const PHI: &[&str] = &["Maria", "Gonzalez", "1962-03-14", "4471823", "maria.gonzalez@example.org", "(415) 555-0132"];

pub const PHI_JSON: &str = r#"{"event":"Signed Up","properties":{"plan":"starter","build":"3.14.2"},"traits":{"firstName":"Maria","lastName":"Gonzalez","birthday":"1962-03-14","email":"maria.gonzalez@example.org","phone":"(415) 555-0132","mrn":"4471823"}}"#;

pub fn assert_no_phi(what: &str, text: &str) {
    for v in PHI {
        assert!(!text.contains(v), "{what} contains a PHI value ({} chars)", v.len());
    }
}
