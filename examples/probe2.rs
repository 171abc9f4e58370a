use std::time::Instant;
use regex_automata::meta::Regex;
fn main() {
    let body = std::fs::read(std::env::args().nth(1).unwrap()).unwrap();
    for p in [r"[0-9]{3}-[0-9]{2}-[0-9]{4}", r"(?-u:\b)[0-9]{3}-[0-9]{2}-[0-9]{4}(?-u:\b)", r"zzzq", r"[a-q][0-9][0-9][0-9]x"] {
        let re = Regex::new(p).unwrap();
        let t = Instant::now();
        let mut c = 0;
        for _ in 0..200 { c += re.find_iter(&body).count(); }
        let dt = t.elapsed().as_secs_f64() / 200.0;
        println!("{:>8.1} MB/s {c} {p}", body.len() as f64 / dt / 1e6);
    }
    let ac = aho_corasick::AhoCorasick::builder().ascii_case_insensitive(true).kind(Some(aho_corasick::AhoCorasickKind::DFA)).build(["diabetes","cancer","hiv","migraine","asthma","depression"]).unwrap();
    let t = Instant::now(); let mut c=0;
    for _ in 0..200 { c += ac.find_iter(&body).count(); }
    let dt = t.elapsed().as_secs_f64() / 200.0;
    println!("{:>8.1} MB/s {c} ac6", body.len() as f64 / dt / 1e6);
    let words: Vec<String> = std::fs::read_to_string("rules/data/conditions.txt").unwrap().lines().filter(|l| !l.starts_with('#') && !l.is_empty()).map(String::from).collect();
    for pf in [true, false] {
    let ac = aho_corasick::AhoCorasick::builder().ascii_case_insensitive(true).prefilter(pf).match_kind(aho_corasick::MatchKind::LeftmostLongest).kind(Some(aho_corasick::AhoCorasickKind::DFA)).build(&words).unwrap();
    let t = Instant::now(); let mut c=0;
    for _ in 0..200 { c += ac.find_iter(&body).count(); }
    let dt = t.elapsed().as_secs_f64() / 200.0;
    println!("{:>8.1} MB/s {c} ac{} pf={pf}", body.len() as f64 / dt / 1e6, words.len());
    }
}
