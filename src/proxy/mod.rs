//! The only module with sockets: listeners, TLS, forward/CONNECT/intercept, the upstream client,
//! the admin port, reload and shutdown. It is glue: every decision is made by `pipeline`,
//! `inspect` and `policy`.
//!
//! The live configuration is an `ArcSwap`: every request loads it, so a reload reaches
//! keep-alive and HTTP/2 connections at their next request.

pub mod body;
pub mod forward;
pub mod tls;
pub mod upstream;

use crate::audit::AuditLog;
use crate::config::{self, Config, ListenerMode};
use crate::metrics::Metrics;
use anyhow::{anyhow, Context, Result};
use arc_swap::{ArcSwap, ArcSwapOption};
use body::ProxyBody;
use http::{Request, Response, StatusCode};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::client::legacy::Client;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::watch;
use upstream::{Connector, Dial, Dialer, Resolve};

/// State every request of every listener shares.
pub struct Shared {
    pub config: ArcSwap<Config>,
    pub metrics: Metrics,
    pub audit: ArcSwapOption<AuditLog>,
    pub dialer: Arc<ArcSwap<Dialer>>,
    pub ready: AtomicBool,
    seq: AtomicU64,
    boot: u64,
    graceful: std::sync::Mutex<Option<hyper_util::server::graceful::GracefulShutdown>>,
}

impl Shared {
    /// A request id: unique per process run, carries nothing about the request.
    pub fn request_id(&self) -> String {
        format!("{:08x}{:08x}", self.boot as u32, self.seq.fetch_add(1, Ordering::Relaxed) as u32)
    }
}

/// What a connection knows about itself.
pub struct ConnCtx {
    pub listener: String,
    pub peer: SocketAddr,
    /// Inside an intercepted CONNECT: the host and port the client asked for.
    pub tunnel: Option<(String, u16)>,
    /// The listener's intercept CA.
    pub minter: Option<Arc<tls::Minter>>,
    /// The upstream pool of the worker thread serving this connection.
    pub client: Client<Connector, ProxyBody>,
}

/// Knobs for embedding and tests.
pub struct Options {
    pub resolver: Arc<dyn Resolve>,
    pub dialer: Arc<dyn Dial>,
    /// The file the configuration came from (watched for reload); `None` for the built-in one.
    pub config_path: Option<PathBuf>,
    /// How long in-flight requests may take to finish at shutdown.
    pub drain: Duration,
    /// How often watched files are checked for changes.
    pub reload_poll: Duration,
    /// Data-plane worker threads (each a single-threaded runtime with its own upstream pool).
    pub workers: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            resolver: Arc::new(upstream::SystemResolver),
            dialer: Arc::new(upstream::TcpDialer),
            config_path: None,
            drain: Duration::from_secs(10),
            reload_poll: Duration::from_secs(2),
            workers: std::thread::available_parallelism().map_or(1, |n| n.get()),
        }
    }
}

/// A running phiwall.
pub struct Running {
    pub listeners: Vec<(String, SocketAddr)>,
    pub admin: Option<SocketAddr>,
    pub shared: Arc<Shared>,
    stop: watch::Sender<bool>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
    /// Held until the drain is over: the worker threads stop when the last handle goes.
    _workers: Arc<Workers>,
}

impl Running {
    pub fn addr(&self, listener: &str) -> Option<SocketAddr> {
        self.listeners.iter().find(|(n, _)| n == listener).map(|(_, a)| *a)
    }

    /// Stops accepting, lets in-flight requests finish (up to the drain time), then returns.
    pub async fn shutdown(self) {
        let _ = self.stop.send(true);
        for t in self.tasks {
            let _ = t.await;
        }
    }
}

fn dialer_for(config: &Config, opts: &Options) -> Result<Dialer> {
    let tls = upstream::client_tls(config.upstream.ca.as_deref())?;
    Ok(Dialer { config: config.upstream.clone(), resolver: opts.resolver.clone(), dialer: opts.dialer.clone(), tls: Arc::new(tls) })
}

/// Binds every listener and the admin port and starts serving.
pub async fn start(config: Config, opts: Options) -> Result<Running> {
    if let Some(l) = config.listeners.iter().find(|l| l.mode == ListenerMode::Reverse) {
        return Err(anyhow!(
            "listener `{}` is a reverse listener; reverse listeners come with the ingress sidecar work (routes, identities) and this build serves forward listeners only",
            l.name
        ));
    }
    let metrics = Metrics::new();
    metrics.set_config(&config.checksum);
    let audit = match &config.audit_path {
        Some(p) => Some(Arc::new(AuditLog::open(p)?)),
        None => None,
    };
    let dialer = Arc::new(ArcSwap::from_pointee(dialer_for(&config, &opts)?));
    let mut minters = vec![];
    for l in &config.listeners {
        let m = match &l.intercept {
            Some((cert, key)) => {
                Some(Arc::new(tls::Minter::load(cert, key).with_context(|| format!("listener `{}`: intercept CA", l.name))?))
            }
            None => None,
        };
        minters.push(m);
    }
    let boot = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0);
    let shared = Arc::new(Shared {
        config: ArcSwap::from_pointee(config),
        metrics,
        audit: ArcSwapOption::new(audit),
        dialer,
        ready: AtomicBool::new(false),
        seq: AtomicU64::new(0),
        boot: boot ^ (boot >> 32),
        graceful: std::sync::Mutex::new(Some(hyper_util::server::graceful::GracefulShutdown::new())),
    });
    let workers = Arc::new(Workers::start(&shared, opts.workers)?);
    let (stop, stop_rx) = watch::channel(false);
    let mut tasks = vec![];
    let mut bound = vec![];
    let config = shared.config.load_full();
    for (l, minter) in config.listeners.iter().zip(minters) {
        let listener = TcpListener::bind(l.bind).await.with_context(|| format!("listener `{}`: cannot bind {}", l.name, l.bind))?;
        let addr = listener.local_addr()?;
        tracing::info!(listener = %l.name, addr = %shown(addr), intercept = minter.is_some(), "listening (forward proxy)");
        bound.push((l.name.clone(), addr));
        tasks.push(tokio::spawn(accept_loop(workers.clone(), listener, l.name.clone(), minter, stop_rx.clone())));
    }
    let admin = match config.admin {
        Some(a) => {
            let listener = TcpListener::bind(a).await.with_context(|| format!("admin: cannot bind {a}"))?;
            let addr = listener.local_addr()?;
            tracing::info!(addr = %shown(addr), "admin listening (/metrics /healthz /readyz)");
            tasks.push(tokio::spawn(admin_loop(shared.clone(), listener, stop_rx.clone())));
            Some(addr)
        }
        None => None,
    };
    let drain_time = opts.drain;
    if opts.config_path.is_some() {
        tasks.push(tokio::spawn(reload_loop(shared.clone(), opts, stop_rx.clone())));
    }
    // Drain: when told to stop, wait for every watched connection (up to the drain time).
    let drain = {
        let mut rx = stop_rx.clone();
        let shared = shared.clone();
        tokio::spawn(async move {
            let _ = rx.changed().await;
            shared.ready.store(false, Ordering::SeqCst);
            let graceful = shared.graceful.lock().unwrap_or_else(|p| p.into_inner()).take();
            if let Some(g) = graceful {
                if tokio::time::timeout(drain_time, g.shutdown()).await.is_err() {
                    tracing::warn!("drain timeout: closing remaining connections");
                }
            }
        })
    };
    tasks.push(drain);
    shared.ready.store(true, Ordering::SeqCst);
    Ok(Running { listeners: bound, admin, shared, stop, tasks, _workers: workers })
}

/// Serves until SIGTERM or SIGINT, then drains and returns.
pub async fn run(config: Config, opts: Options) -> Result<()> {
    let running = start(config, opts).await?;
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    tokio::select! {
        _ = term.recv() => tracing::info!("SIGTERM: draining"),
        _ = tokio::signal::ctrl_c() => tracing::info!("SIGINT: draining"),
    }
    running.shutdown().await;
    tracing::info!("stopped");
    Ok(())
}

/// A connection handed to a worker.
struct Accepted {
    stream: std::net::TcpStream,
    listener: String,
    peer: SocketAddr,
    minter: Option<Arc<tls::Minter>>,
}

/// The data plane's threads. Each runs a single-threaded runtime that serves the connections
/// handed to it and owns its own upstream pool, so a request, its upstream connection and its
/// response stay on one thread: no cross-thread wake-ups and no shared pool lock per request
/// (on a 2-core host, a multi-threaded runtime spent a third of a proxied GET on those).
/// Connections are dealt round-robin; large bodies are inspected on the blocking pool so one
/// big scan does not stall the worker's other connections.
pub struct Workers {
    txs: Vec<tokio::sync::mpsc::UnboundedSender<Accepted>>,
    next: AtomicU64,
}

impl Workers {
    fn start(shared: &Arc<Shared>, n: usize) -> Result<Workers> {
        let mut txs = vec![];
        for i in 0..n.max(1) {
            let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<Accepted>();
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().context("cannot start a worker runtime")?;
            let shared = shared.clone();
            std::thread::Builder::new()
                .name(format!("phiwall-worker-{i}"))
                .spawn(move || {
                    rt.block_on(async move {
                        let client = Client::builder(TokioExecutor::new())
                            .pool_idle_timeout(Duration::from_secs(60))
                            .pool_max_idle_per_host(64)
                            .pool_timer(TokioTimer::new())
                            .build(Connector(shared.dialer.clone()));
                        while let Some(a) = rx.recv().await {
                            let stream = match tokio::net::TcpStream::from_std(a.stream) {
                                Ok(s) => s,
                                Err(e) => {
                                    tracing::warn!(error = %e, "cannot adopt an accepted connection");
                                    continue;
                                }
                            };
                            let ctx = Arc::new(ConnCtx {
                                listener: a.listener,
                                peer: a.peer,
                                tunnel: None,
                                minter: a.minter,
                                client: client.clone(),
                            });
                            tokio::spawn(serve_connection(shared.clone(), ctx, stream, Proto::Http1));
                        }
                    })
                })
                .context("cannot start a worker thread")?;
            txs.push(tx);
        }
        Ok(Workers { txs, next: AtomicU64::new(0) })
    }

    fn hand(&self, a: Accepted) {
        let i = self.next.fetch_add(1, Ordering::Relaxed) as usize % self.txs.len();
        if self.txs[i].send(a).is_err() {
            tracing::error!(worker = i, "a worker thread has stopped; connection dropped");
        }
    }
}

async fn accept_loop(
    workers: Arc<Workers>,
    listener: TcpListener,
    name: String,
    minter: Option<Arc<tls::Minter>>,
    mut stop: watch::Receiver<bool>,
) {
    loop {
        tokio::select! {
            r = listener.accept() => {
                let (stream, peer) = match r {
                    Ok(x) => x,
                    Err(e) => {
                        tracing::warn!(error = %e, "accept failed");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                let _ = stream.set_nodelay(true);
                match stream.into_std() {
                    Ok(stream) => workers.hand(Accepted { stream, listener: name.clone(), peer, minter: minter.clone() }),
                    Err(e) => tracing::warn!(error = %e, "cannot hand an accepted connection to a worker"),
                }
            }
            _ = stop.changed() => break,
        }
    }
}

/// The protocol a connection speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Proto {
    /// HTTP/1.1 with upgrades (CONNECT): what clients speak to a forward proxy.
    Http1,
    /// HTTP/2, as negotiated by ALPN inside an intercepted tunnel.
    H2,
}

/// Serves one connection. (Boxed: an intercepted tunnel serves a connection from inside a
/// request.)
pub fn serve_connection<I>(shared: Arc<Shared>, ctx: Arc<ConnCtx>, io: I, proto: Proto) -> upstream::BoxFuture<()>
where
    I: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    Box::pin(serve_connection_inner(shared, ctx, io, proto))
}

async fn serve_connection_inner<I>(shared: Arc<Shared>, ctx: Arc<ConnCtx>, io: I, proto: Proto)
where
    I: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let svc_shared = shared.clone();
    let svc = service_fn(move |req: Request<Incoming>| {
        let (s, c) = (svc_shared.clone(), ctx.clone());
        async move { Ok::<Response<ProxyBody>, Infallible>(forward::handle(s, c, req).await) }
    });
    let watcher = shared.graceful.lock().unwrap_or_else(|p| p.into_inner()).as_ref().map(|g| g.watcher());
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder.http1().timer(TokioTimer::new()).header_read_timeout(Duration::from_secs(30));
    builder.http2().timer(TokioTimer::new());
    // Knowing the protocol skips sniffing the preface on every connection.
    let builder = match proto {
        Proto::Http1 => builder.http1_only(),
        Proto::H2 => builder.http2_only(),
    };
    let conn = builder.serve_connection_with_upgrades(TokioIo::new(io), svc);
    let result = match watcher {
        Some(w) => w.watch(conn.into_owned()).await,
        // Shutting down: finish this one without keep-alive.
        None => conn.await,
    };
    if let Err(e) = result {
        tracing::debug!(error = %e, "connection ended with an error");
    }
}

async fn admin_loop(shared: Arc<Shared>, listener: TcpListener, mut stop: watch::Receiver<bool>) {
    loop {
        tokio::select! {
            r = listener.accept() => {
                let Ok((stream, _)) = r else { continue };
                let shared = shared.clone();
                tokio::spawn(async move {
                    let svc = service_fn(move |req: Request<Incoming>| {
                        let shared = shared.clone();
                        async move { Ok::<_, Infallible>(admin(&shared, req)) }
                    });
                    let _ = hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), svc).await;
                });
            }
            _ = stop.changed() => break,
        }
    }
}

fn admin(shared: &Shared, req: Request<Incoming>) -> Response<ProxyBody> {
    let text = |status: StatusCode, ct: &'static str, b: String| {
        let mut r = Response::new(body::full(b.into()));
        *r.status_mut() = status;
        r.headers_mut().insert(http::header::CONTENT_TYPE, http::HeaderValue::from_static(ct));
        r
    };
    match req.uri().path() {
        "/metrics" => text(StatusCode::OK, "text/plain; version=0.0.4", shared.metrics.render()),
        "/healthz" => text(StatusCode::OK, "text/plain", "ok\n".into()),
        "/readyz" if shared.ready.load(Ordering::SeqCst) => text(StatusCode::OK, "text/plain", "ready\n".into()),
        "/readyz" => text(StatusCode::SERVICE_UNAVAILABLE, "text/plain", "not ready\n".into()),
        _ => text(StatusCode::NOT_FOUND, "text/plain", "not found: /metrics /healthz /readyz\n".into()),
    }
}

/// What says a watched file changed: its modification time and length.
fn mtimes(paths: &[PathBuf]) -> Vec<Option<(std::time::SystemTime, u64)>> {
    paths.iter().map(|p| std::fs::metadata(p).and_then(|m| Ok((m.modified()?, m.len()))).ok()).collect()
}

/// Reloads when a watched file changes (polled) or on SIGHUP. A config that does not validate
/// is rejected and the running one kept.
async fn reload_loop(shared: Arc<Shared>, opts: Options, mut stop: watch::Receiver<bool>) {
    let Some(path) = opts.config_path.clone() else { return };
    let mut hup = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup()).ok();
    let mut watched = shared.config.load().watch.clone();
    let mut seen = mtimes(&watched);
    loop {
        let hup_fired = async {
            match hup.as_mut() {
                Some(h) => {
                    h.recv().await;
                }
                None => std::future::pending::<()>().await,
            }
        };
        let forced = tokio::select! {
            _ = tokio::time::sleep(opts.reload_poll) => false,
            _ = hup_fired => true,
            _ = stop.changed() => return,
        };
        let now = mtimes(&watched);
        if !forced && now == seen {
            continue;
        }
        // A file being written in place (truncated, then filled) must not be read half-way:
        // load only once it has stayed unchanged for a moment.
        if !forced {
            tokio::time::sleep(opts.reload_poll.min(Duration::from_millis(100))).await;
            if mtimes(&watched) != now {
                continue;
            }
        }
        seen = now.clone();
        let loaded = tokio::task::spawn_blocking({
            let path = path.clone();
            move || config::load(&path)
        })
        .await;
        match loaded {
            Ok(Ok(c)) => {
                if let Err(e) = apply(&shared, c, &opts) {
                    shared.metrics.config_reloads.with_label_values(&["rejected"]).inc();
                    tracing::error!(error = %e, "reload rejected; keeping the running configuration");
                    continue;
                }
                // What the files were before this load, not after: an edit that lands while the
                // load runs is seen at the next poll (files the new config adds are read now).
                let before: Vec<(PathBuf, Option<(std::time::SystemTime, u64)>)> = watched.iter().cloned().zip(now).collect();
                watched = shared.config.load().watch.clone();
                seen = watched
                    .iter()
                    .map(|p| before.iter().find(|(q, _)| q == p).map_or_else(|| mtimes(std::slice::from_ref(p)).remove(0), |(_, m)| *m))
                    .collect();
                shared.metrics.config_reloads.with_label_values(&["ok"]).inc();
                tracing::info!(checksum = %&shared.config.load().checksum[..16], "configuration reloaded");
            }
            Ok(Err(errs)) => {
                shared.metrics.config_reloads.with_label_values(&["rejected"]).inc();
                for e in &errs.0 {
                    tracing::error!(error = %e, "reload rejected");
                }
            }
            Err(_) => shared.metrics.config_reloads.with_label_values(&["rejected"]).inc(),
        }
    }
}

fn apply(shared: &Shared, c: Config, opts: &Options) -> Result<()> {
    let old = shared.config.load();
    let same_listeners = old.listeners.len() == c.listeners.len()
        && old.listeners.iter().zip(&c.listeners).all(|(a, b)| a.bind == b.bind && a.name == b.name);
    if !same_listeners || old.admin != c.admin {
        tracing::warn!("listener or admin changes take effect at the next restart");
    }
    let dialer = dialer_for(&c, opts)?;
    if c.audit_path != old.audit_path {
        let log = match &c.audit_path {
            Some(p) => Some(Arc::new(AuditLog::open(p)?)),
            None => None,
        };
        shared.audit.store(log);
    }
    shared.dialer.store(Arc::new(dialer));
    shared.metrics.set_config(&c.checksum);
    shared.config.store(Arc::new(c));
    Ok(())
}

/// A bound address as the log shows it: the port glued to a word (`127.0.0.1 port43081`). A bare
/// five-digit number in a log line reads as a ZIP code to anyone auditing the log for values.
fn shown(addr: std::net::SocketAddr) -> String {
    format!("{} port{}", addr.ip(), addr.port())
}
