//! Prometheus metrics. Labels are ids only: listener and destination names (from the config,
//! `-` for hosts that match no destination: a host name is never a label), categories and
//! actions. Never a value, never a host, never a path.

use prometheus::{Encoder, Histogram, HistogramOpts, IntCounter, IntCounterVec, IntGaugeVec, Opts, Registry, TextEncoder};

pub struct Metrics {
    registry: Registry,
    pub requests: IntCounterVec,
    pub findings: IntCounterVec,
    pub request_duration: Histogram,
    pub inspect_duration: Histogram,
    pub inspected_bytes: IntCounter,
    pub fail_open: IntCounterVec,
    pub config_reloads: IntCounterVec,
    pub config_info: IntGaugeVec,
    pub upstream_errors: IntCounterVec,
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

fn counter_vec(r: &Registry, name: &str, help: &str, labels: &[&str]) -> IntCounterVec {
    let c = IntCounterVec::new(Opts::new(name, help), labels).expect("metric");
    r.register(Box::new(c.clone())).expect("register");
    c
}

impl Metrics {
    pub fn new() -> Metrics {
        let registry = Registry::new();
        let buckets = vec![0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];
        let request_duration = Histogram::with_opts(
            HistogramOpts::new("phiwall_request_duration_seconds", "Time from request head to response head").buckets(buckets.clone()),
        )
        .expect("metric");
        registry.register(Box::new(request_duration.clone())).expect("register");
        let inspect_duration = Histogram::with_opts(
            HistogramOpts::new("phiwall_inspect_duration_seconds", "Time spent decoding and scanning one request").buckets(buckets),
        )
        .expect("metric");
        registry.register(Box::new(inspect_duration.clone())).expect("register");
        let inspected_bytes = IntCounter::new("phiwall_inspected_bytes_total", "Bytes scanned across all views").expect("metric");
        registry.register(Box::new(inspected_bytes.clone())).expect("register");
        let config_info =
            IntGaugeVec::new(Opts::new("phiwall_config_info", "The configuration in use (checksum)"), &["checksum"]).expect("metric");
        registry.register(Box::new(config_info.clone())).expect("register");
        Metrics {
            requests: counter_vec(&registry, "phiwall_requests_total", "Requests decided", &["listener", "destination", "action"]),
            findings: counter_vec(
                &registry,
                "phiwall_findings_total",
                "Findings by category and what was done",
                &["destination", "category", "action"],
            ),
            fail_open: counter_vec(
                &registry,
                "phiwall_fail_open_total",
                "Requests forwarded uninspected because the destination says fail: open",
                &["destination"],
            ),
            config_reloads: counter_vec(&registry, "phiwall_config_reloads_total", "Configuration reloads", &["result"]),
            upstream_errors: counter_vec(&registry, "phiwall_upstream_errors_total", "Upstream failures by kind", &["destination", "kind"]),
            registry,
            request_duration,
            inspect_duration,
            inspected_bytes,
            config_info,
        }
    }

    /// Sets `phiwall_config_info{checksum}` to 1 for the config in use (and drops the old one).
    pub fn set_config(&self, checksum: &str) {
        self.config_info.reset();
        self.config_info.with_label_values(&[&checksum[..16.min(checksum.len())]]).set(1);
    }

    /// The text exposition format.
    pub fn render(&self) -> String {
        let mut buf = vec![];
        TextEncoder::new().encode(&self.registry.gather(), &mut buf).expect("encode metrics");
        String::from_utf8(buf).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_counters() {
        let m = Metrics::new();
        m.requests.with_label_values(&["egress", "analytics", "redact"]).inc();
        m.findings.with_label_values(&["analytics", "name", "redact"]).inc_by(2);
        m.set_config("0123456789abcdef0123");
        let t = m.render();
        assert!(t.contains(r#"phiwall_requests_total{action="redact",destination="analytics",listener="egress"} 1"#), "{t}");
        assert!(t.contains(r#"phiwall_findings_total{action="redact",category="name",destination="analytics"} 2"#));
        assert!(t.contains(r#"phiwall_config_info{checksum="0123456789abcdef"} 1"#));
    }
}
