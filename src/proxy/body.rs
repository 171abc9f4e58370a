//! Bodies: reading a request body whole (up to the limit) before anything goes upstream, and the
//! small set of body types the proxy answers with.

use bytes::{Bytes, BytesMut};
use http::{HeaderValue, Response, StatusCode};
use http_body_util::{BodyExt, Empty, Full};
use hyper::body::{Body, Frame, Incoming};

pub type BoxError = Box<dyn std::error::Error + Send + Sync>;
pub type ProxyBody = http_body_util::combinators::BoxBody<Bytes, BoxError>;

pub fn full(b: Bytes) -> ProxyBody {
    Full::new(b).map_err(|e| match e {}).boxed()
}

pub fn empty() -> ProxyBody {
    Empty::new().map_err(|e| match e {}).boxed()
}

pub fn stream(b: Incoming) -> ProxyBody {
    b.map_err(|e| Box::new(e) as BoxError).boxed()
}

/// The buffered prefix of a body followed by the rest of it, still streaming (fail-open only).
pub fn chain(prefix: Bytes, rest: Incoming) -> ProxyBody {
    Chained { first: Some(prefix), rest }.boxed()
}

/// What reading a request body found.
pub enum Read {
    Complete(Bytes),
    /// Over the limit: what was read (the limit and at most one more frame), and the unread rest.
    TooLarge {
        prefix: Bytes,
        rest: Incoming,
    },
}

/// Reads a body up to `limit` bytes (the declared Content-Length is checked first).
pub async fn read_limited(mut body: Incoming, limit: u64) -> Result<Read, hyper::Error> {
    let limit = limit as usize;
    let mut buf = BytesMut::with_capacity(body.size_hint().exact().map_or(8192, |n| (n as usize).min(limit).min(1 << 20)));
    while let Some(frame) = body.frame().await {
        let frame = frame?;
        if let Ok(data) = frame.into_data() {
            buf.extend_from_slice(&data);
            if buf.len() > limit {
                return Ok(Read::TooLarge { prefix: buf.freeze(), rest: body });
            }
        }
    }
    Ok(Read::Complete(buf.freeze()))
}

pub fn json(status: StatusCode, v: &serde_json::Value, decision: &str) -> Response<ProxyBody> {
    let mut r = Response::new(full(Bytes::from(serde_json::to_vec(v).unwrap_or_default())));
    *r.status_mut() = status;
    r.headers_mut().insert(http::header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    if let Ok(v) = HeaderValue::from_str(decision) {
        r.headers_mut().insert("x-phiwall-decision", v);
    }
    r
}

pub fn error(status: StatusCode, msg: &str, rid: &str) -> Response<ProxyBody> {
    json(status, &serde_json::json!({"error": msg, "request_id": rid}), "error")
}

/// The kind of an upstream failure, from the error chain (never a value).
pub fn upstream_kind(e: &hyper_util::client::legacy::Error) -> &'static str {
    let mut src: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(e);
    while let Some(s) = src {
        if let Some(u) = s.downcast_ref::<super::upstream::UpstreamError>() {
            return u.kind();
        }
        src = s.source();
    }
    if e.is_connect() {
        "connect"
    } else {
        "protocol"
    }
}

/// A buffered prefix, then the rest of an incoming body.
struct Chained {
    first: Option<Bytes>,
    rest: Incoming,
}

impl Body for Chained {
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        if let Some(b) = self.first.take() {
            return std::task::Poll::Ready(Some(Ok(Frame::data(b))));
        }
        std::pin::Pin::new(&mut self.rest).poll_frame(cx).map_err(|e| Box::new(e) as BoxError)
    }
}
