use phiwall::config;
use std::time::Instant;
fn main() {
    let cfg = config::load_default(config::Examples::Skip).unwrap();
    let body = std::fs::read(std::env::args().nth(1).unwrap()).unwrap();
    let sc = &cfg.scanner;
    let n = 200;
    let t = Instant::now();
    let mut k = 0;
    for _ in 0..n { let mut out = vec![]; sc.scan_text(&body, &phiwall::detect::NoFields, &mut out); k += out.len(); }
    let dt = t.elapsed().as_secs_f64() / n as f64;
    println!("scan_text: {:.1} MB/s ({k})", body.len() as f64 / dt / 1e6);
    let t = Instant::now();
    for _ in 0..n { k += sc.bench_patterns_only(&body); }
    let dt = t.elapsed().as_secs_f64() / n as f64;
    println!("patterns only: {:.1} MB/s", body.len() as f64 / dt / 1e6);
    let t = Instant::now();
    for _ in 0..n { k += sc.bench_keywords_only(&body); }
    let dt = t.elapsed().as_secs_f64() / n as f64;
    println!("keywords only: {:.1} MB/s", body.len() as f64 / dt / 1e6);
    println!("pattern matches: {}", sc.bench_patterns_only(&body));
    // Each pattern alone.
    let defs = phiwall::config::compile::detector_defs_default();
    for d in defs {
        for p in &d.patterns {
            let re = regex_automata::meta::Regex::builder().syntax(regex_automata::util::syntax::Config::new().utf8(false)).build(&phiwall::detect::asciify(p)).unwrap();
            let t = Instant::now();
            let mut c = 0;
            for _ in 0..50 { c += re.find_iter(&body).count(); }
            let dt = t.elapsed().as_secs_f64() / 50.0;
            println!("{:>8.1} MB/s {:>5} {} {}", body.len() as f64 / dt / 1e6, c / 50, d.id, &p[..p.len().min(60)]);
        }
    }
}
#[allow(dead_code)]
fn unused() {}
