//! The roster at practice scale: a 100,000-row roster (first, last, dob, mrn, phone, email).
//!
//! - `roster-load`: reading, normalizing and digesting the CSV (target: under 2 s); the resident
//!   memory the loaded roster adds is printed once (target: under 100 MB);
//! - `roster-scan`: the same traffic as the `scan` bench (64 KiB analytics JSON and clinical text),
//!   with and without the roster attached (target: with ≥ 60% of without). The traffic's
//!   patients are on the roster, so matching really happens.
//!
//! Run: `cargo bench --bench roster`.

mod traffic;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use phiwall::config;
use phiwall::detect::roster::{Roster, RosterSpec};
use phiwall::detect::Category;
use phiwall::inspect;
use std::io::Write;
use std::path::Path;
use traffic::{analytics_json, clinical_text, message, Rng};

const ROWS: usize = 100_000;

/// `cargo test --all-targets` runs this once as a smoke test (no `--bench`): a smaller roster.
fn rows() -> usize {
    if std::env::args().any(|a| a == "--bench") {
        ROWS
    } else {
        10_000
    }
}
const SYLLABLES: &[&str] = &[
    "an", "bel", "cor", "da", "el", "fin", "gar", "ha", "is", "jo", "ka", "lor", "mi", "na", "ol", "pe", "qui", "ra", "sol", "ta", "ul",
    "va", "wen", "xa", "yo", "ze", "bri", "cha", "dre", "fla", "gro", "kri", "lyn", "mor", "nix", "pra", "ste", "tor", "vin", "wil",
];

fn word(r: &mut Rng, parts: u64) -> String {
    let mut w = String::new();
    for _ in 0..parts {
        w.push_str(r.pick(SYLLABLES));
    }
    let mut c = w.chars();
    c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
}

/// Writes a roster CSV: the benchmark traffic's own names first, then generated patients.
fn write_roster(path: &Path) {
    let mut r = Rng(0xa11ce);
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    writeln!(f, "first,last,dob,mrn,phone,email").unwrap();
    for i in 0..rows() {
        let (first, last) = if i < traffic::FIRST.len() * traffic::LAST.len() {
            (traffic::FIRST[i % traffic::FIRST.len()].to_string(), traffic::LAST[i / traffic::FIRST.len()].to_string())
        } else {
            let n = r.num(2, 3);
            let m = r.num(2, 4);
            (word(&mut r, n), word(&mut r, m))
        };
        writeln!(
            f,
            "{first},{last},{:02}/{:02}/{},{},({}) 555-{:04},{}.{}{}@example.org",
            r.num(1, 12),
            r.num(1, 28),
            r.num(1930, 2020),
            r.num(1_000_000, 9_999_999),
            r.num(201, 989),
            r.num(0, 9999),
            first.to_lowercase(),
            last.to_lowercase(),
            i
        )
        .unwrap();
    }
}

fn spec(path: &Path) -> RosterSpec {
    RosterSpec {
        path: path.to_path_buf(),
        columns: vec![
            ("first".into(), Category::Name),
            ("last".into(), Category::Name),
            ("dob".into(), Category::Dob),
            ("mrn".into(), Category::Mrn),
            ("phone".into(), Category::Phone),
            ("email".into(), Category::Email),
        ],
        key: Some(phiwall::sensitive::Sensitive::new(b"bench roster key 0123456789abcdef".to_vec())),
    }
}

fn rss_kib() -> u64 {
    let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    s.lines().find_map(|l| l.strip_prefix("VmRSS:")).and_then(|v| v.split_whitespace().next()?.parse().ok()).unwrap_or(0)
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("roster.csv");
    write_roster(&csv);

    // Memory: what one loaded roster adds to the process.
    let before = rss_kib();
    let t = std::time::Instant::now();
    let roster = Roster::load(&spec(&csv), 0).unwrap();
    let took = t.elapsed();
    let after = rss_kib();
    assert_eq!(roster.report.rows, rows());
    eprintln!(
        "roster: {} rows loaded in {:.0} ms, +{:.1} MB resident",
        roster.report.rows,
        took.as_secs_f64() * 1e3,
        (after.saturating_sub(before)) as f64 / 1024.0
    );
    drop(roster);

    let mut g = c.benchmark_group("roster-load");
    g.sample_size(10);
    g.bench_function(BenchmarkId::from_parameter(rows()), |b| b.iter(|| Roster::load(&spec(&csv), 0).unwrap().report.rows));
    g.finish();

    // Scanning with and without: the default pack, plus the roster as the config would attach it.
    let without = config::load_str(
        "destinations:\n  - { name: analytics, hosts: [api.segment.io], allow: [] }\n",
        "bench.yaml",
        Path::new(""),
        config::Examples::Skip,
    )
    .expect("config");
    let yaml = format!(
        "destinations:\n  - {{ name: analytics, hosts: [api.segment.io], allow: [] }}\nexact_match:\n  - path: {}\n    columns: {{ first: name, last: name, dob: dob, mrn: mrn, phone: phone, email: email }}\n    key_file: {}\n",
        csv.display(),
        dir.path().join("key").display()
    );
    std::fs::write(dir.path().join("key"), "bench roster key 0123456789abcdef").unwrap();
    let with = config::load_str(&yaml, "bench.yaml", Path::new(""), config::Examples::Skip).expect("roster config");
    for (name, gen, ct) in [
        ("analytics-json", analytics_json as fn(usize) -> Vec<u8>, "application/json"),
        ("clinical-text", clinical_text as fn(usize) -> Vec<u8>, "text/plain"),
    ] {
        let mut g = c.benchmark_group(format!("roster-scan/{name}"));
        let msg = message(gen(64 << 10), ct);
        // The roster must really match here, or the comparison measures nothing.
        let hits = inspect::inspect(&with.scanner, &msg, &with.inspect_limits).hits;
        let roster_hits = hits.iter().filter(|h| with.scanner.detector(h.finding.detector).id.starts_with("roster:")).count();
        assert!(roster_hits > 0, "{name}: the roster found nothing");
        g.throughput(Throughput::Bytes(msg.body.len() as u64));
        for (label, cfg) in [("without", &without), ("with", &with)] {
            g.bench_with_input(BenchmarkId::from_parameter(label), &msg, |b, m| {
                b.iter(|| inspect::inspect(&cfg.scanner, m, &cfg.inspect_limits).hits.len())
            });
        }
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
