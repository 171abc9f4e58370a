//! `phiwall check`: passes on the shipped configuration; fails with a located, fixable message
//! for each kind of mistake ops make, and lists all of them, not just the first.

use std::path::Path;
use std::process::Command;

fn phiwall() -> Command {
    Command::new(env!("CARGO_BIN_EXE_phiwall"))
}

fn check(dir: &Path, config: &str, extra: &[(&str, &str)]) -> (bool, String) {
    let cfg = dir.join("phiwall.yaml");
    std::fs::write(&cfg, config).unwrap();
    for (name, text) in extra {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let out = phiwall().arg("check").arg("--config").arg(&cfg).current_dir(dir).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}

#[test]
fn shipped_config_passes() {
    let out = phiwall().arg("check").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // The shipped file names the development CA under certs/, which `run` creates: on a fresh
    // checkout check passes and says so.
    let dir = tempfile::tempdir().unwrap();
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/phiwall.yaml");
    let out = phiwall().arg("check").arg("--config").arg(&shipped).current_dir(dir.path()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("`phiwall run` creates it"));
    // A CA that is not the development pair must exist.
    let yaml = std::fs::read_to_string(&shipped).unwrap().replace("certs/ca-key.pem", "certs/intercept-key.pem");
    std::fs::write(dir.path().join("custom.yaml"), yaml).unwrap();
    let out = phiwall().args(["check", "--config", "custom.yaml"]).current_dir(dir.path()).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("create it with `phiwall certs init`"));
    let out = phiwall().args(["certs", "init"]).current_dir(dir.path()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = phiwall().arg("check").arg("--config").arg(&shipped).current_dir(dir.path()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("ok:"));
    // The README's tour config stays valid.
    let tour = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/tour.yaml");
    let out = phiwall().arg("check").arg("--config").arg(&tour).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

const BASE: &str = "destinations:\n  - name: analytics\n    hosts: [\"api.segment.io\"]\n    allow: []\n";

#[test]
fn unknown_key_is_located_with_a_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    let (ok, out) = check(dir.path(), &format!("{BASE}    on_violaton: block\n"), &[]);
    assert!(!ok);
    assert!(
        out.contains("phiwall.yaml:5:5: `destinations[0].on_violaton`: unknown key `on_violaton`; did you mean `on_violation`?"),
        "{out}"
    );
}

#[test]
fn all_problems_are_listed() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = format!("{BASE}    alow: [name]\nlimts: {{}}\ndefault_destination: nowhere\n");
    let (ok, out) = check(dir.path(), &cfg, &[]);
    assert!(!ok);
    assert!(out.contains(":5:5: `destinations[0].alow`"), "{out}");
    assert!(out.contains(":6:1: `limts`"), "{out}");
    assert!(out.contains(":7:22: `default_destination`: `nowhere` is neither `deny` nor the name of a destination"), "{out}");
    assert!(out.contains("the configuration has 3 errors"), "{out}");
}

#[test]
fn unknown_category_is_located() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = "destinations:\n  - name: email\n    hosts: [\"api.sendgrid.com\"]\n    allow: [name, emial]\n";
    let (ok, out) = check(dir.path(), cfg, &[]);
    assert!(!ok);
    assert!(out.contains(":4:19: `destinations[0].allow[1]`: `emial` is not a category; did you mean `email`?"), "{out}");
}

#[test]
fn two_destinations_claiming_one_host() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = format!("{BASE}  - name: other\n    hosts: [\"API.segment.io\"]\n");
    let (ok, out) = check(dir.path(), &cfg, &[]);
    assert!(!ok);
    assert!(
        out.contains(":6:13: `destinations[1].hosts[0]`: the host `API.segment.io` is already claimed by destination `analytics` (line 3)"),
        "{out}"
    );
}

const PACK: &str = "detectors:\n  - id: acct\n    category: mrn\n    description: account numbers\n    patterns: ['ACCT-\\d{6}']\n    examples:\n      match: [\"ACCT-123456\"]\n      no_match: [\"ACCT-12\"]\n";

#[test]
fn custom_pack_passes_then_each_mistake_is_located() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = format!("rules: [builtin, pack.yaml]\n{BASE}");
    let (ok, out) = check(dir.path(), &cfg, &[("pack.yaml", PACK)]);
    assert!(ok, "{out}");

    let bad_regex = PACK.replace("'ACCT-\\d{6}'", "'ACCT-(\\d{6}'");
    let (ok, out) = check(dir.path(), &cfg, &[("pack.yaml", &bad_regex)]);
    assert!(!ok);
    assert!(out.contains("pack.yaml:5:16: `detectors[0].patterns[0]`: this pattern is not a valid regular expression"), "{out}");

    let stale_example = PACK.replace("\"ACCT-123456\"", "\"ACCT-12345\"");
    let (ok, out) = check(dir.path(), &cfg, &[("pack.yaml", &stale_example)]);
    assert!(!ok);
    assert!(out.contains("pack.yaml:7:15: `detectors[0].examples.match[0]`: detector `acct` no longer matches this example"), "{out}");

    let bad_category = PACK.replace("category: mrn", "category: mrns");
    let (ok, out) = check(dir.path(), &cfg, &[("pack.yaml", &bad_category)]);
    assert!(!ok);
    assert!(out.contains("pack.yaml:3:15: `detectors[0].category`: `mrns` is not a category; did you mean `mrn`?"), "{out}");

    let (ok, out) = check(dir.path(), &format!("rules: [missing.yaml]\n{BASE}"), &[]);
    assert!(!ok);
    assert!(out.contains("cannot read the detector pack"), "{out}");
}

#[test]
fn yaml_syntax_and_type_errors_are_located() {
    let dir = tempfile::tempdir().unwrap();
    let (ok, out) = check(dir.path(), "destinations: [\n", &[]);
    assert!(!ok);
    assert!(out.contains("phiwall.yaml:2:1: YAML syntax error"), "{out}");
    let (ok, out) = check(dir.path(), "limits: { max_body_bytes: lots }\n", &[]);
    assert!(!ok);
    assert!(out.contains("phiwall.yaml:1:27: `limits.max_body_bytes`: `lots` is not a size"), "{out}");
    let (ok, out) = check(dir.path(), "mode: enforcing\n", &[]);
    assert!(!ok);
    assert!(out.contains("phiwall.yaml:1:7: `mode`: `enforcing` is not one of `enforce`, `monitor`; did you mean `enforce`?"), "{out}");
}

#[test]
fn inspect_tls_false_needs_allow_all() {
    let dir = tempfile::tempdir().unwrap();
    let (ok, out) = check(dir.path(), &format!("{BASE}    inspect_tls: false\n"), &[]);
    assert!(!ok);
    assert!(out.contains("inspect_tls: false sends traffic to `analytics` uninspected"), "{out}");
}

#[test]
fn too_many_roster_columns_is_an_error_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let cols: Vec<String> = (0..240).map(|i| format!("c{i}")).collect();
    let roster = format!("{}\n{}\n", cols.join(","), cols.iter().map(|_| "x").collect::<Vec<_>>().join(","));
    let mapping: Vec<String> = cols.iter().map(|c| format!("{c}: mrn")).collect();
    let yaml = format!("{BASE}exact_match:\n  - path: {}\n    columns: {{ {} }}\n", dir.path().join("r.csv").display(), mapping.join(", "));
    let (ok, out) = check(dir.path(), &yaml, &[("r.csv", &roster)]);
    assert!(!ok);
    assert!(out.contains("detectors are loaded; at most 256 are supported"), "{out}");
    assert!(!out.contains("panicked"), "{out}");
}
