//! The forward listener's request path, stage by stage:
//!
//! 1. **target**: absolute-form `http://host/path`, or origin-form inside an intercepted tunnel;
//!    a Host header that disagrees with the target is a 400;
//! 2. **destination**: the host against the policy; unknown hosts are denied before the body is read;
//! 3. **body**: read up to `limits.max_body_bytes` before anything goes upstream;
//! 4. **inspect + decide**: `pipeline::process`, the same code as `phiwall scan`;
//! 5. **act**: forward (as is, or redacted) through the pooled upstream client, or answer 403/413;
//! 6. **audit + metrics**: one audit line and counters per decision, ids and counts only.
//!
//! CONNECT is handled here too: refused for unknown hosts and unlisted ports before any tunnel;
//! intercepted (TLS terminated with a minted leaf, each request inside taken through the same
//! path) when the destination is inspected; spliced only for `inspect_tls: false`, which `check`
//! allows for `allow: [all]` destinations alone.

use super::body::{self, ProxyBody};
use super::{ConnCtx, Shared};
use crate::audit::{now_rfc3339, Record};
use crate::config::Config;
use crate::inspect::message::host_of;
use crate::inspect::Message;
use crate::pipeline::{self, Outcome};
use crate::policy::{Action, Decision, Reason};
use bytes::Bytes;
use http::header::{HeaderName, HeaderValue, HOST};
use http::{HeaderMap, Method, Request, Response, StatusCode, Uri};
use hyper::body::Incoming;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Instant;

/// Headers that describe one hop, not the message: never forwarded either way.
const HOP_BY_HOP: &[&str] = &[
    "connection",
    "proxy-connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
];

pub fn strip_hop_by_hop(h: &mut HeaderMap) {
    // Most messages carry none of them: one walk over the names finds out, without hashing.
    let mut found = false;
    let mut listed: Vec<HeaderName> = vec![];
    for (n, v) in h.iter() {
        if HOP_BY_HOP.contains(&n.as_str()) {
            found = true;
            if n == http::header::CONNECTION {
                let names = v.to_str().unwrap_or("").split(',');
                listed.extend(names.filter_map(|n| HeaderName::from_bytes(n.trim().as_bytes()).ok()));
            }
        }
    }
    if !found {
        return;
    }
    for n in HOP_BY_HOP {
        h.remove(*n);
    }
    for n in listed {
        h.remove(n);
    }
}

/// Bodies up to this size are inspected on the worker thread; larger ones on the blocking pool.
const INLINE_INSPECT_BYTES: usize = 256 * 1024;

/// Everything the audit record and the metrics need about one request.
struct Done<'a> {
    listener: &'a str,
    method: &'a str,
    host: &'a str,
    path: String,
    destination: Option<String>,
    action: Action,
    would: Option<Action>,
    reason: &'a str,
    status: u16,
    outcome: Option<&'a Outcome>,
    bytes_in: u64,
    bytes_out: u64,
    fail_open: bool,
    rid: &'a str,
    started: Instant,
}

fn finish(shared: &Shared, d: Done<'_>) {
    let dest_label = d.destination.as_deref().unwrap_or("-");
    shared.metrics.requests.with_label_values(&[d.listener, dest_label, d.action.as_str()]).inc();
    shared.metrics.request_duration.observe(d.started.elapsed().as_secs_f64());
    if d.fail_open {
        shared.metrics.fail_open.with_label_values(&[dest_label]).inc();
    }
    let mut detectors = vec![];
    let mut categories = BTreeMap::new();
    let mut errors = vec![];
    let mut inspected = 0;
    if let Some(o) = d.outcome {
        let counted_action = d.would.unwrap_or(d.action);
        for s in &o.findings {
            if !detectors.contains(&s.detector) {
                detectors.push(s.detector.clone());
            }
            *categories.entry(s.category.id().to_string()).or_insert(0) += s.count;
        }
        for s in &o.findings {
            let disallowed = o.disallowed.iter().any(|x| x.category == s.category && x.location == s.location && x.detector == s.detector);
            let act = if disallowed { counted_action.as_str() } else { "allow" };
            shared.metrics.findings.with_label_values(&[dest_label, s.category.id(), act]).inc_by(s.count as u64);
        }
        errors = o.errors.clone();
        inspected = o.inspected_bytes as u64;
        shared.metrics.inspected_bytes.inc_by(inspected);
    }
    if let Some(log) = shared.audit.load().as_ref() {
        let rec = Record {
            time: now_rfc3339(),
            request_id: d.rid.to_string(),
            listener: d.listener.to_string(),
            caller: None,
            destination: d.destination.clone(),
            method: d.method.to_string(),
            host: d.host.to_string(),
            path: d.path,
            action: d.action.as_str().to_string(),
            would_action: d.would.map(|w| w.as_str().to_string()),
            reason: d.reason.to_string(),
            status: d.status,
            detectors,
            categories,
            bytes_in: d.bytes_in,
            bytes_out: d.bytes_out,
            inspected_bytes: inspected,
            duration_us: d.started.elapsed().as_micros() as u64,
            fail_open: d.fail_open,
            errors,
        };
        if let Err(e) = log.append(&rec) {
            tracing::error!(error = %e, "audit write failed");
        }
    }
}

/// For requests denied before inspection: no segment is kept.
fn opaque_path(path: &[u8]) -> String {
    let n = path.split(|b| *b == b'/').filter(|s| !s.is_empty()).count();
    if n == 0 {
        "/".into()
    } else {
        "/:x".repeat(n)
    }
}

fn decision_response(config: &Config, o: &Outcome, rid: &str) -> Response<ProxyBody> {
    let d = &o.decision;
    let status = match (d.action, d.reason) {
        (Action::Block, Reason::BodyTooLarge) => StatusCode::PAYLOAD_TOO_LARGE,
        _ => StatusCode::FORBIDDEN,
    };
    let list = if o.disallowed.is_empty() { &o.findings } else { &o.disallowed };
    let mut detectors: Vec<&str> = list.iter().map(|s| s.detector.as_str()).collect();
    detectors.dedup();
    let mut categories: Vec<&str> = list.iter().map(|s| s.category.id()).collect();
    categories.sort();
    categories.dedup();
    let what = if d.action == Action::Deny { "denied by phiwall" } else { "blocked by phiwall" };
    let v = serde_json::json!({
        "error": what,
        "destination": o.destination_name(config),
        "reason": d.reason.as_str(),
        "detectors": detectors,
        "categories": categories,
        "request_id": rid,
    });
    body::json(status, &v, d.action.as_str())
}

/// `host[:port]` (or `[v6]:port`, userinfo dropped) split without allocating; `None` when the
/// port is not a number or the host is empty.
fn split_authority(a: &str, default_port: u16) -> Option<(&str, u16)> {
    let a = a.rsplit('@').next().unwrap_or(a);
    let (host, port) = match a.strip_prefix('[') {
        Some(rest) => {
            let close = rest.find(']')?;
            let after = &rest[close + 1..];
            (&a[..close + 2], if after.is_empty() { None } else { Some(after.strip_prefix(':')?) })
        }
        None => match a.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (a, None),
        },
    };
    let port = match port {
        None | Some("") => default_port,
        Some(p) if p.bytes().all(|b| b.is_ascii_digit()) => p.parse().ok()?,
        Some(_) => return None,
    };
    (!host.is_empty()).then_some((host, port))
}

/// The same host, ignoring case and a trailing dot.
fn same_host(a: &str, b: &str) -> bool {
    a.trim_end_matches('.').eq_ignore_ascii_case(b.trim_end_matches('.'))
}

/// One request that is not a CONNECT (a plain absolute-form request, or one inside a tunnel).
pub async fn handle(shared: Arc<Shared>, ctx: Arc<ConnCtx>, req: Request<Incoming>) -> Response<ProxyBody> {
    let started = Instant::now();
    let config = shared.config.load_full();
    let rid = shared.request_id();
    if req.method() == Method::CONNECT {
        if ctx.tunnel.is_some() {
            return body::error(StatusCode::BAD_REQUEST, "CONNECT inside a tunnel is not supported", &rid);
        }
        return connect(shared, ctx, req, config, rid, started).await;
    }
    let listener = ctx.listener.as_str();
    let method = req.method().as_str().to_string();
    // Stage 1: the target.
    let (scheme, authority) = match (&ctx.tunnel, req.uri().scheme_str(), req.uri().authority()) {
        (Some((host, port)), _, _) => {
            let h = if host.contains(':') { format!("[{host}]") } else { host.clone() };
            ("https".to_string(), if *port == 443 { h } else { format!("{h}:{port}") })
        }
        (None, Some(s @ ("http" | "https")), Some(a)) => (s.to_string(), a.as_str().to_string()),
        _ => {
            return body::error(
                StatusCode::BAD_REQUEST,
                "phiwall is a forward proxy: send absolute-form requests (http://host/path) or CONNECT for HTTPS",
                &rid,
            )
        }
    };
    let host = host_of(&authority);
    if let Some(h) = req.headers().get(HOST) {
        let hv = h.to_str().unwrap_or("");
        let target = split_authority(&authority, if scheme == "https" { 443 } else { 80 });
        let agrees = match (target, split_authority(hv, target.map_or(0, |t| t.1))) {
            (Some((th, tp)), Some((hh, hp))) => same_host(th, hh) && tp == hp,
            _ => false,
        };
        if !agrees {
            return body::error(StatusCode::BAD_REQUEST, "the Host header disagrees with the request target", &rid);
        }
    }
    let path_raw = req.uri().path().as_bytes().to_vec();
    // Stage 2: the destination. Unknown hosts are denied before the body is read.
    let dest = config.policy.destination_for(&host);
    if dest.is_none() && config.policy.mode_of(None) == crate::policy::Mode::Enforce {
        let o = Outcome {
            decision: Decision {
                action: Action::Deny,
                would: None,
                destination: None,
                reason: Reason::UnknownHost,
                disallowed: vec![],
                fail_open: false,
            },
            findings: vec![],
            disallowed: vec![],
            forward: None,
            inspected_bytes: 0,
            errors: vec![],
            path_template: opaque_path(&path_raw),
        };
        let resp = decision_response(&config, &o, &rid);
        finish(
            &shared,
            Done {
                listener,
                method: &method,
                host: &host,
                path: opaque_path(&path_raw),
                destination: None,
                action: Action::Deny,
                would: None,
                reason: Reason::UnknownHost.as_str(),
                status: resp.status().as_u16(),
                outcome: Some(&o),
                bytes_in: 0,
                bytes_out: 0,
                fail_open: false,
                rid: &rid,
                started,
            },
        );
        return resp;
    }
    // Stage 3: the body, whole, before anything goes upstream.
    let (parts, incoming) = req.into_parts();
    let read = match body::read_limited(incoming, config.max_body_bytes).await {
        Ok(r) => r,
        Err(_) => return body::error(StatusCode::BAD_REQUEST, "the request body could not be read", &rid),
    };
    let (prefix, rest) = match read {
        body::Read::Complete(b) => (b, None),
        body::Read::TooLarge { prefix, rest } => (prefix, Some(rest)),
    };
    let too_large = rest.is_some();
    let msg = message_of(&parts, scheme, authority.clone(), prefix);
    // Stage 4: inspect and decide.
    let t = Instant::now();
    let (outcome, msg) = if msg.body.len() > INLINE_INSPECT_BYTES {
        // A big body would stall every other connection of this worker for milliseconds.
        let cfg = config.clone();
        match tokio::task::spawn_blocking(move || (pipeline::process(&cfg, &msg, too_large, None), msg)).await {
            Ok(r) => r,
            Err(_) => {
                tracing::error!(request_id = %rid, "inspection task failed; request blocked");
                return body::error(StatusCode::INTERNAL_SERVER_ERROR, "inspection failed; the request was not forwarded", &rid);
            }
        }
    } else {
        (pipeline::process(&config, &msg, too_large, None), msg)
    };
    shared.metrics.inspect_duration.observe(t.elapsed().as_secs_f64());
    let dest_name = outcome.destination_name(&config).map(str::to_string);
    let d = &outcome.decision;
    let path = outcome.path_template.clone();
    let done = |status: u16, bytes_out: u64, reason: &'static str| Done {
        listener,
        method: &method,
        host: &host,
        path: path.clone(),
        destination: dest_name.clone(),
        action: d.action,
        would: d.would,
        reason: if reason.is_empty() { d.reason.as_str() } else { reason },
        status,
        outcome: Some(&outcome),
        bytes_in: msg.body.len() as u64,
        bytes_out,
        fail_open: d.fail_open,
        rid: &rid,
        started,
    };
    // Stage 5: act.
    let fwd = match (&outcome.forward, d.action) {
        (Some(m), Action::Pass | Action::Redact) => m,
        _ => {
            let resp = decision_response(&config, &outcome, &rid);
            finish(&shared, done(resp.status().as_u16(), 0, ""));
            return resp;
        }
    };
    // Over the limit at a fail-open destination, the unread rest streams on after what was read:
    // the length is the client's, not the prefix's.
    let streamed = rest.is_some() && d.fail_open;
    let declared = parts.headers.get(http::header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    let bytes_out = if streamed { declared.unwrap_or(fwd.body.len() as u64) } else { fwd.body.len() as u64 };
    let upstream_body = match rest {
        Some(rest) if d.fail_open => body::chain(fwd.body.clone(), rest),
        _ => body::full(fwd.body.clone()),
    };
    // Passed unchanged: the client's own head goes on (no re-parsing of its target and headers).
    let unchanged = !streamed && (d.action == Action::Pass || d.would.is_some());
    let up = match if unchanged {
        pass_request(&parts, fwd, upstream_body)
    } else {
        upstream_request(fwd, &parts.headers, upstream_body, streamed)
    } {
        Ok(r) => r,
        Err(e) => {
            let resp = body::error(StatusCode::BAD_REQUEST, e, &rid);
            finish(&shared, done(resp.status().as_u16(), 0, e));
            return resp;
        }
    };
    match tokio::time::timeout(config.upstream.response_timeout, ctx.client.request(up)).await {
        Ok(Ok(resp)) => {
            let (mut rparts, rbody) = resp.into_parts();
            strip_hop_by_hop(&mut rparts.headers);
            if d.would.is_some() {
                rparts.headers.insert("x-phiwall-decision", HeaderValue::from_static("monitor"));
            }
            finish(&shared, done(rparts.status.as_u16(), bytes_out, ""));
            Response::from_parts(rparts, body::stream(rbody))
        }
        Ok(Err(e)) => {
            let kind = body::upstream_kind(&e);
            shared.metrics.upstream_errors.with_label_values(&[dest_name.as_deref().unwrap_or("-"), kind]).inc();
            tracing::warn!(request_id = %rid, kind, "upstream request failed");
            let resp = body::json(
                StatusCode::BAD_GATEWAY,
                &serde_json::json!({"error": "upstream error", "kind": kind, "request_id": rid}),
                "error",
            );
            finish(&shared, done(502, 0, kind));
            resp
        }
        Err(_) => {
            shared.metrics.upstream_errors.with_label_values(&[dest_name.as_deref().unwrap_or("-"), "response_timeout"]).inc();
            let resp = body::json(
                StatusCode::GATEWAY_TIMEOUT,
                &serde_json::json!({"error": "upstream timed out", "kind": "response_timeout", "request_id": rid}),
                "error",
            );
            finish(&shared, done(504, 0, "response_timeout"));
            resp
        }
    }
}

fn message_of(parts: &http::request::Parts, scheme: String, authority: String, body: Bytes) -> Message {
    let uri = &parts.uri;
    let headers = parts
        .headers
        .iter()
        .filter(|(n, _)| !HOP_BY_HOP.contains(&n.as_str()))
        .map(|(n, v)| (n.as_str().to_string(), Bytes::copy_from_slice(v.as_bytes())))
        .collect();
    Message {
        method: parts.method.as_str().to_string(),
        scheme,
        authority,
        path: Bytes::copy_from_slice(uri.path().as_bytes()),
        query: uri.query().map(|q| Bytes::copy_from_slice(q.as_bytes())),
        headers,
        body,
    }
}

/// The request to send upstream for a message passed unchanged: the client's method, target and
/// headers (hop-by-hop ones dropped), and the length of the body read.
fn pass_request(parts: &http::request::Parts, m: &Message, body: ProxyBody) -> Result<Request<ProxyBody>, &'static str> {
    let uri = if parts.uri.scheme().is_some() && parts.uri.authority().is_some() {
        parts.uri.clone()
    } else {
        Uri::builder()
            .scheme(m.scheme.as_str())
            .authority(m.authority.as_str())
            .path_and_query(parts.uri.path_and_query().cloned().unwrap_or_else(|| http::uri::PathAndQuery::from_static("/")))
            .build()
            .map_err(|_| "the request target is not a valid URI")?
    };
    let mut headers = parts.headers.clone();
    strip_hop_by_hop(&mut headers);
    if parts.headers.contains_key(http::header::CONTENT_LENGTH) || !m.body.is_empty() {
        headers.insert(http::header::CONTENT_LENGTH, HeaderValue::from(m.body.len()));
    }
    let mut r = Request::new(body);
    *r.method_mut() = parts.method.clone();
    *r.uri_mut() = uri;
    *r.headers_mut() = headers;
    Ok(r)
}

/// The request to send upstream for a message the pipeline decided to forward.
fn upstream_request(m: &Message, original: &HeaderMap, body: ProxyBody, streamed: bool) -> Result<Request<ProxyBody>, &'static str> {
    let mut target = format!("{}://{}", m.scheme, m.authority).into_bytes();
    target.extend_from_slice(&m.path_and_query());
    let uri = Uri::try_from(target).map_err(|_| "the rewritten request target is not a valid URI")?;
    let mut b = Request::builder().method(m.method.as_str()).uri(uri);
    let headers = b.headers_mut().expect("builder");
    for (n, v) in &m.headers {
        let (Ok(n), Ok(v)) = (HeaderName::from_bytes(n.as_bytes()), HeaderValue::from_bytes(v)) else { continue };
        headers.append(n, v);
    }
    // Content-Length is the body's (a de-chunked or redacted body has a new one); a body streamed
    // on past the limit keeps the client's length, or none (chunked).
    if streamed {
        headers.remove(http::header::CONTENT_LENGTH);
        if let Some(v) = original.get(http::header::CONTENT_LENGTH) {
            headers.insert(http::header::CONTENT_LENGTH, v.clone());
        }
    } else if original.contains_key(http::header::CONTENT_LENGTH) || !m.body.is_empty() {
        headers.insert(http::header::CONTENT_LENGTH, HeaderValue::from(m.body.len()));
    }
    strip_hop_by_hop(headers);
    b.body(body).map_err(|_| "the rewritten request is not valid HTTP")
}

/// CONNECT: refuse, intercept or splice.
async fn connect(
    shared: Arc<Shared>,
    ctx: Arc<ConnCtx>,
    req: Request<Incoming>,
    config: Arc<Config>,
    rid: String,
    started: Instant,
) -> Response<ProxyBody> {
    let listener = ctx.listener.as_str();
    let Some((host, port)) =
        req.uri().authority().map(|a| (a.host().trim_start_matches('[').trim_end_matches(']').to_string(), a.port_u16().unwrap_or(443)))
    else {
        return body::error(StatusCode::BAD_REQUEST, "CONNECT needs host:port", &rid);
    };
    let host_l = host_of(&host);
    let dest = config.policy.destination_for(&host_l);
    // One audit line and count per CONNECT decision.
    let record = |action: Action, reason: &str, status: StatusCode, destination: Option<String>| {
        finish(
            &shared,
            Done {
                listener,
                method: "CONNECT",
                host: &host_l,
                path: String::new(),
                destination,
                action,
                would: None,
                reason,
                status: status.as_u16(),
                outcome: None,
                bytes_in: 0,
                bytes_out: 0,
                fail_open: false,
                rid: &rid,
                started,
            },
        )
    };
    let deny = |reason: &'static str, status: StatusCode, dest_name: Option<String>| {
        let v = serde_json::json!({"error": "denied by phiwall", "destination": dest_name, "reason": reason, "request_id": rid});
        let resp = body::json(status, &v, "deny");
        record(Action::Deny, reason, status, dest_name);
        resp
    };
    let Some(di) = dest else {
        return deny(Reason::UnknownHost.as_str(), StatusCode::FORBIDDEN, None);
    };
    let d = &config.policy.destinations[di];
    if !d.ports.contains(&port) {
        return deny("port not allowed for this destination (destination ports)", StatusCode::FORBIDDEN, Some(d.name.clone()));
    }
    if !d.inspect_tls {
        // Spliced, uninspected: only `allow: [all]` destinations may say so (`check` enforces it).
        let dialer = shared.dialer.load_full();
        let upstream = match dialer.tcp(&host, port).await {
            Ok(s) => s,
            Err(e) => {
                shared.metrics.upstream_errors.with_label_values(&[&d.name, e.kind()]).inc();
                record(Action::Pass, "upstream error", StatusCode::BAD_GATEWAY, Some(d.name.clone()));
                return body::json(
                    StatusCode::BAD_GATEWAY,
                    &serde_json::json!({"error": "upstream error", "kind": e.kind(), "request_id": rid}),
                    "error",
                );
            }
        };
        record(Action::Pass, "tunnel not inspected (inspect_tls: false)", StatusCode::OK, Some(d.name.clone()));
        tokio::spawn(async move {
            if let Ok(up) = hyper::upgrade::on(req).await {
                let mut client = hyper_util::rt::TokioIo::new(up);
                let mut upstream = upstream;
                let _ = tokio::io::copy_bidirectional(&mut client, &mut upstream).await;
            }
        });
        return Response::new(body::empty());
    }
    let Some(minter) = ctx.minter.clone() else {
        return deny(
            "cannot inspect TLS to this destination: the listener has no intercept CA",
            StatusCode::FORBIDDEN,
            Some(d.name.clone()),
        );
    };
    let tls = match minter.server_config(&host) {
        Ok(c) => c,
        Err(e) => {
            tracing::error!(error = %e, "minting a leaf certificate failed");
            record(Action::Deny, "could not prepare TLS interception", StatusCode::INTERNAL_SERVER_ERROR, Some(d.name.clone()));
            return body::error(StatusCode::INTERNAL_SERVER_ERROR, "could not prepare TLS interception", &rid);
        }
    };
    let inner = Arc::new(ConnCtx {
        listener: ctx.listener.clone(),
        peer: ctx.peer,
        tunnel: Some((host, port)),
        minter: None,
        client: ctx.client.clone(),
    });
    tokio::spawn(async move {
        let Ok(up) = hyper::upgrade::on(req).await else { return };
        let stream = match tokio_rustls::TlsAcceptor::from(tls).accept(hyper_util::rt::TokioIo::new(up)).await {
            Ok(s) => s,
            Err(_) => {
                tracing::debug!("client TLS handshake inside the tunnel failed");
                return;
            }
        };
        let proto = if stream.get_ref().1.alpn_protocol() == Some(b"h2") { super::Proto::H2 } else { super::Proto::Http1 };
        super::serve_connection(shared, inner, stream, proto).await;
    });
    Response::new(body::empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn denied_paths_keep_nothing() {
        assert_eq!(opaque_path(b"/api/patients/4471823"), "/:x/:x/:x");
        assert_eq!(opaque_path(b"/"), "/");
    }

    #[test]
    fn authorities_split_like_uris() {
        assert_eq!(split_authority("api.vendor.example", 443), Some(("api.vendor.example", 443)));
        assert_eq!(split_authority("api.vendor.example:8443", 443), Some(("api.vendor.example", 8443)));
        assert_eq!(split_authority("api.vendor.example:", 80), Some(("api.vendor.example", 80)));
        assert_eq!(split_authority("user:pw@api.vendor.example:81", 80), Some(("api.vendor.example", 81)));
        assert_eq!(split_authority("[::1]:8080", 80), Some(("[::1]", 8080)));
        assert_eq!(split_authority("[::1]", 80), Some(("[::1]", 80)));
        assert_eq!(split_authority("[::1]x", 80), None);
        assert_eq!(split_authority("host:99999", 80), None);
        assert_eq!(split_authority("host:+80", 80), None);
        assert_eq!(split_authority("", 80), None);
        assert!(same_host("API.Vendor.Example.", "api.vendor.example"));
        assert!(!same_host("api.vendor.example", "evil.example"));
    }

    #[test]
    fn messages_without_hop_by_hop_headers_are_left_alone() {
        let mut h = HeaderMap::new();
        h.insert("content-type", HeaderValue::from_static("text/plain"));
        h.insert("x-request-id", HeaderValue::from_static("1"));
        strip_hop_by_hop(&mut h);
        assert_eq!(h.len(), 2);
    }

    #[test]
    fn hop_by_hop_headers_are_removed() {
        let mut h = HeaderMap::new();
        h.insert("connection", HeaderValue::from_static("keep-alive, x-secret"));
        h.insert("x-secret", HeaderValue::from_static("1"));
        h.insert("proxy-authorization", HeaderValue::from_static("Basic x"));
        h.insert("content-type", HeaderValue::from_static("text/plain"));
        strip_hop_by_hop(&mut h);
        assert_eq!(h.len(), 1);
        assert!(h.contains_key("content-type"));
    }
}
