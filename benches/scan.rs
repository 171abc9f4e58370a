//! Scanner throughput on generated traffic, single thread, detector set compiled once.
//!
//! - `analytics-json`: Segment-style batches, about 90% of events without PHI (ids, timestamps,
//!   page views, versions, prices), 10% identify calls with traits;
//! - `clinical-text`: PHI-dense visit notes and log lines (names, dates, MRNs, phones, codes);
//! - each at 1 KiB, 64 KiB and 4 MiB, to show the cost is linear in size.
//!
//! What is measured is the whole inspection of a request body as the proxy does it: decoding the
//! views (JSON walk, key classification) and scanning every one. Run: `cargo bench --bench scan`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use phiwall::config;
use phiwall::inspect;

mod traffic;

use traffic::{analytics_json, clinical_text, message};

/// The allocator the shipped binary uses.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn bench(c: &mut Criterion) {
    let cfg = config::load_default(config::Examples::Skip).expect("default config");
    for (name, gen, ct) in [
        ("analytics-json", analytics_json as fn(usize) -> Vec<u8>, "application/json"),
        ("clinical-text", clinical_text as fn(usize) -> Vec<u8>, "text/plain"),
    ] {
        let mut g = c.benchmark_group(name);
        for size in [1 << 10, 64 << 10, 4 << 20] {
            let msg = message(gen(size), ct);
            // A benchmark that finds nothing measures nothing: check it finds what it should.
            let insp = inspect::inspect(&cfg.scanner, &msg, &cfg.inspect_limits);
            assert!(size < 4096 || !insp.hits.is_empty(), "{name} {size}: no findings");
            g.throughput(Throughput::Bytes(msg.body.len() as u64));
            if size >= 4 << 20 {
                g.sample_size(10);
            }
            g.bench_with_input(BenchmarkId::from_parameter(size), &msg, |b, m| {
                b.iter(|| inspect::inspect(&cfg.scanner, m, &cfg.inspect_limits).hits.len())
            });
        }
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
