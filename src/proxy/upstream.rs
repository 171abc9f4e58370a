//! The upstream side: resolution, the SSRF guard, connecting, TLS origination, pooling.
//!
//! Order of a connection: the host's `upstream.resolve` override if one matches (trusted: it is
//! the operator's own wiring), else DNS through a [`Resolve`]r; then the SSRF guard drops every
//! private, loopback, link-local, CGNAT, metadata, multicast or unspecified address that is not in
//! `upstream.allow_private`; then a [`Dial`]er connects to what is left, under the connect
//! timeout; then rustls (webpki roots plus `upstream.ca`) for `https`. The resolver and the dialer
//! are traits so tests can prove a refusal happens before any packet would leave.

use crate::config::{Cidr, UpstreamConfig};
use hyper::rt::{Read, ReadBufCursor, Write};
use hyper_util::client::legacy::connect::{Connected, Connection};
use hyper_util::rt::TokioIo;
use std::future::Future;
use std::io;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;

pub type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

/// Name resolution.
pub trait Resolve: Send + Sync + 'static {
    fn resolve(&self, host: String, port: u16) -> BoxFuture<io::Result<Vec<SocketAddr>>>;
}

/// The system resolver.
pub struct SystemResolver;

impl Resolve for SystemResolver {
    fn resolve(&self, host: String, port: u16) -> BoxFuture<io::Result<Vec<SocketAddr>>> {
        Box::pin(async move { Ok(tokio::net::lookup_host((host.as_str(), port)).await?.collect()) })
    }
}

/// Opening a TCP connection.
pub trait Dial: Send + Sync + 'static {
    fn dial(&self, addr: SocketAddr) -> BoxFuture<io::Result<TcpStream>>;
}

pub struct TcpDialer;

impl Dial for TcpDialer {
    fn dial(&self, addr: SocketAddr) -> BoxFuture<io::Result<TcpStream>> {
        Box::pin(async move {
            let s = TcpStream::connect(addr).await?;
            let _ = s.set_nodelay(true);
            Ok(s)
        })
    }
}

/// Why an upstream connection was not made: kinds, never values.
#[derive(Debug, thiserror::Error)]
pub enum UpstreamError {
    #[error("upstream host could not be resolved")]
    Resolve(#[source] io::Error),
    #[error("upstream address refused by the SSRF guard ({0}); add it to upstream.allow_private or upstream.resolve if it is intended")]
    Refused(&'static str),
    #[error("upstream connect timed out")]
    ConnectTimeout,
    #[error("upstream connect failed")]
    Connect(#[source] io::Error),
    #[error("upstream TLS handshake failed")]
    Tls(#[source] io::Error),
    #[error("upstream host is not a valid TLS server name")]
    ServerName,
}

impl UpstreamError {
    pub fn kind(&self) -> &'static str {
        match self {
            UpstreamError::Resolve(_) => "resolve",
            UpstreamError::Refused(_) => "ssrf_refused",
            UpstreamError::ConnectTimeout => "connect_timeout",
            UpstreamError::Connect(_) => "connect",
            UpstreamError::Tls(_) => "tls",
            UpstreamError::ServerName => "server_name",
        }
    }
}

/// The class of an address the SSRF guard refuses, or `None` if it is public.
pub fn forbidden_class(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => {
            let o = v4.octets();
            if v4.is_loopback() {
                Some("loopback")
            } else if v4.is_private() {
                Some("private")
            } else if o[0] == 169 && o[1] == 254 {
                Some(if o[2] == 169 && o[3] == 254 { "metadata" } else { "link-local" })
            } else if o[0] == 100 && (64..128).contains(&o[1]) {
                Some("cgnat")
            } else if v4.is_unspecified() || o[0] == 0 {
                Some("unspecified")
            } else if v4.is_multicast() || v4.is_broadcast() || o[0] >= 240 {
                Some("multicast/reserved")
            } else if o[0] == 192 && o[1] == 0 && o[2] == 0 {
                Some("ietf-protocol")
            } else if o[0] == 198 && (o[1] == 18 || o[1] == 19) {
                Some("benchmarking")
            } else {
                None
            }
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return forbidden_class(IpAddr::V4(v4));
            }
            let s = v6.segments();
            if s == [0xfd00, 0xec2, 0, 0, 0, 0, 0, 0x254] {
                Some("metadata")
            } else if v6.is_loopback() {
                Some("loopback")
            } else if v6.is_unspecified() {
                Some("unspecified")
            } else if s[0] & 0xfe00 == 0xfc00 {
                Some("private")
            } else if s[0] & 0xffc0 == 0xfe80 {
                Some("link-local")
            } else if s[0] & 0xff00 == 0xff00 {
                Some("multicast/reserved")
            } else if s[0] == 0x64 && s[1] == 0xff9b {
                // NAT64: the embedded IPv4 decides.
                let v4 = std::net::Ipv4Addr::new((s[6] >> 8) as u8, s[6] as u8, (s[7] >> 8) as u8, s[7] as u8);
                forbidden_class(IpAddr::V4(v4))
            } else {
                None
            }
        }
    }
}

/// The addresses the guard lets through (all of them when they came from an override).
pub fn guard(addrs: Vec<SocketAddr>, trusted: bool, allow: &[Cidr]) -> Result<Vec<SocketAddr>, UpstreamError> {
    if trusted {
        return Ok(addrs);
    }
    let mut refused = None;
    let ok: Vec<SocketAddr> = addrs
        .into_iter()
        .filter(|a| match forbidden_class(a.ip()) {
            None => true,
            Some(_) if allow.iter().any(|c| c.contains(a.ip())) => true,
            Some(class) => {
                refused.get_or_insert(class);
                false
            }
        })
        .collect();
    if ok.is_empty() {
        return Err(UpstreamError::Refused(refused.unwrap_or("no address")));
    }
    Ok(ok)
}

/// Everything needed to reach an upstream host.
pub struct Dialer {
    pub config: UpstreamConfig,
    pub resolver: Arc<dyn Resolve>,
    pub dialer: Arc<dyn Dial>,
    pub tls: Arc<rustls::ClientConfig>,
}

impl Dialer {
    /// Resolves (override or DNS), guards and connects a TCP stream to `host:port`.
    pub async fn tcp(&self, host: &str, port: u16) -> Result<TcpStream, UpstreamError> {
        let (addrs, trusted) = match self.config.resolve_for(host) {
            Some(over) => {
                let addrs = match over.parse::<SocketAddr>() {
                    Ok(a) => vec![a],
                    Err(_) => {
                        let (h, p) = over.rsplit_once(':').ok_or(UpstreamError::Refused("bad override"))?;
                        let p: u16 = p.parse().map_err(|_| UpstreamError::Refused("bad override"))?;
                        self.resolver.resolve(h.to_string(), p).await.map_err(UpstreamError::Resolve)?
                    }
                };
                (addrs, true)
            }
            None => {
                let h = host.trim_start_matches('[').trim_end_matches(']');
                let addrs = match h.parse::<IpAddr>() {
                    Ok(ip) => vec![SocketAddr::new(ip, port)],
                    Err(_) => self.resolver.resolve(h.to_string(), port).await.map_err(UpstreamError::Resolve)?,
                };
                (addrs, false)
            }
        };
        let addrs = guard(addrs, trusted, &self.config.allow_private)?;
        let mut last = None;
        for a in addrs {
            match tokio::time::timeout(self.config.connect_timeout, self.dialer.dial(a)).await {
                Ok(Ok(s)) => return Ok(s),
                Ok(Err(e)) => last = Some(UpstreamError::Connect(e)),
                Err(_) => last = Some(UpstreamError::ConnectTimeout),
            }
        }
        Err(last.unwrap_or(UpstreamError::Refused("no address")))
    }

    /// TLS over a connected stream, verifying `host`.
    pub async fn tls(&self, host: &str, tcp: TcpStream) -> Result<TlsStream<TcpStream>, UpstreamError> {
        let name = rustls::pki_types::ServerName::try_from(host.trim_start_matches('[').trim_end_matches(']').to_string())
            .map_err(|_| UpstreamError::ServerName)?;
        tokio_rustls::TlsConnector::from(self.tls.clone()).connect(name, tcp).await.map_err(UpstreamError::Tls)
    }
}

/// rustls client configuration: webpki roots plus the extra CA bundle.
pub fn client_tls(extra_ca: Option<&std::path::Path>) -> anyhow::Result<rustls::ClientConfig> {
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    if let Some(p) = extra_ca {
        for c in super::tls::load_certs(p)? {
            roots.add(c).map_err(|e| anyhow::anyhow!("{}: not a usable CA certificate: {e}", p.display()))?;
        }
    }
    let mut cfg = rustls::ClientConfig::builder_with_provider(super::tls::provider())
        .with_safe_default_protocol_versions()
        .expect("protocol versions")
        .with_root_certificates(roots)
        .with_no_client_auth();
    cfg.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(cfg)
}

/// A plain or TLS stream to an upstream.
pub enum Stream {
    Plain(TcpStream),
    Tls(Box<TlsStream<TcpStream>>),
}

impl tokio::io::AsyncRead for Stream {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut tokio::io::ReadBuf<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_read(cx, buf),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_read(cx, buf),
        }
    }
}

impl tokio::io::AsyncWrite for Stream {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_write(cx, buf),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_write(cx, buf),
        }
    }
    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_flush(cx),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_flush(cx),
        }
    }
    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_shutdown(cx),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_shutdown(cx),
        }
    }
}

/// The connection type the pooled client works with.
pub struct Conn(TokioIo<Stream>);

impl Connection for Conn {
    fn connected(&self) -> Connected {
        Connected::new()
    }
}

impl Read for Conn {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: ReadBufCursor<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().0).poll_read(cx, buf)
    }
}

impl Write for Conn {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().0).poll_write(cx, buf)
    }
    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().0).poll_flush(cx)
    }
    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().0).poll_shutdown(cx)
    }
}

/// The connector the pooled hyper client calls for a new connection.
#[derive(Clone)]
pub struct Connector(pub Arc<arc_swap::ArcSwap<Dialer>>);

impl tower_service::Service<http::Uri> for Connector {
    type Response = Conn;
    type Error = UpstreamError;
    type Future = BoxFuture<Result<Conn, UpstreamError>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, uri: http::Uri) -> Self::Future {
        let d = self.0.load_full();
        Box::pin(async move {
            let host = uri.host().unwrap_or_default().to_string();
            let https = uri.scheme_str() == Some("https");
            let port = uri.port_u16().unwrap_or(if https { 443 } else { 80 });
            let tcp = d.tcp(&host, port).await?;
            let stream = if https { Stream::Tls(Box::new(d.tls(&host, tcp).await?)) } else { Stream::Plain(tcp) };
            Ok(Conn(TokioIo::new(stream)))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn address_classes() {
        let c = |s: &str| forbidden_class(s.parse().unwrap());
        assert_eq!(c("169.254.169.254"), Some("metadata"));
        assert_eq!(c("10.1.2.3"), Some("private"));
        assert_eq!(c("127.0.0.1"), Some("loopback"));
        assert_eq!(c("100.64.0.1"), Some("cgnat"));
        assert_eq!(c("169.254.1.1"), Some("link-local"));
        assert_eq!(c("::1"), Some("loopback"));
        assert_eq!(c("::ffff:10.0.0.1"), Some("private"));
        assert_eq!(c("fd00:ec2::254"), Some("metadata"));
        assert_eq!(c("fe80::1"), Some("link-local"));
        assert_eq!(c("64:ff9b::a00:1"), Some("private"));
        assert_eq!(c("0.0.0.0"), Some("unspecified"));
        assert_eq!(c("93.184.216.34"), None);
        assert_eq!(c("2606:4700::1111"), None);
    }

    struct FixedResolver(Vec<SocketAddr>);
    impl Resolve for FixedResolver {
        fn resolve(&self, _: String, _: u16) -> BoxFuture<io::Result<Vec<SocketAddr>>> {
            let v = self.0.clone();
            Box::pin(async move { Ok(v) })
        }
    }

    /// Counts dial attempts and never opens a socket.
    struct NoDial(Arc<AtomicUsize>);
    impl Dial for NoDial {
        fn dial(&self, _: SocketAddr) -> BoxFuture<io::Result<TcpStream>> {
            self.0.fetch_add(1, Ordering::SeqCst);
            Box::pin(async { Err(io::Error::other("test dialer never connects")) })
        }
    }

    fn dialer(resolved: &[&str], allow: Vec<Cidr>, dials: Arc<AtomicUsize>) -> Dialer {
        Dialer {
            config: UpstreamConfig {
                resolve: vec![],
                ca: None,
                connect_timeout: std::time::Duration::from_secs(1),
                response_timeout: std::time::Duration::from_secs(1),
                allow_private: allow,
            },
            resolver: Arc::new(FixedResolver(resolved.iter().map(|s| s.parse().unwrap()).collect())),
            dialer: Arc::new(NoDial(dials)),
            tls: Arc::new(client_tls(None).unwrap()),
        }
    }

    #[tokio::test]
    async fn refused_before_any_connect() {
        for (addr, class) in
            [("169.254.169.254:80", "metadata"), ("10.0.0.5:443", "private"), ("127.0.0.1:80", "loopback"), ("[::1]:80", "loopback")]
        {
            let dials = Arc::new(AtomicUsize::new(0));
            let d = dialer(&[addr], vec![], dials.clone());
            let e = d.tcp("vendor.example", 80).await.unwrap_err();
            assert!(matches!(e, UpstreamError::Refused(c) if c == class), "{addr}: {e}");
            assert_eq!(dials.load(Ordering::SeqCst), 0, "no connection may be attempted");
        }
        // An IP literal in the URL is guarded too.
        let dials = Arc::new(AtomicUsize::new(0));
        let d = dialer(&[], vec![], dials.clone());
        assert!(matches!(d.tcp("169.254.169.254", 80).await, Err(UpstreamError::Refused("metadata"))));
        assert_eq!(dials.load(Ordering::SeqCst), 0);
    }

    #[tokio::test]
    async fn mixed_answers_keep_only_public_and_allow_list_opens() {
        let dials = Arc::new(AtomicUsize::new(0));
        // DNS rebinding style answer: the private address is dropped, the public one is dialed
        // (by the test dialer, which never connects).
        let d = dialer(&["10.0.0.5:80", "93.184.216.34:80"], vec![], dials.clone());
        assert!(matches!(d.tcp("vendor.example", 80).await, Err(UpstreamError::Connect(_))));
        assert_eq!(dials.load(Ordering::SeqCst), 1);
        let dials = Arc::new(AtomicUsize::new(0));
        let d = dialer(&["10.0.0.5:80"], vec![Cidr::parse("10.0.0.0/8").unwrap()], dials.clone());
        assert!(matches!(d.tcp("vendor.example", 80).await, Err(UpstreamError::Connect(_))));
        assert_eq!(dials.load(Ordering::SeqCst), 1);
    }
}
