#!/usr/bin/env python3
"""Per-case diagnosis for scan_eval corpora: which labelled values leaked (with a snippet of where
they sit), which pass cases were changed and which findings did it, which controls were lost.
Usage: diagnose.py CASES_DIR [--bin PATH] [--scenario NAME] [--limit N]"""
import json, os, subprocess, sys, tempfile
sys.path.insert(0, "/work/shared/eval")
from common import *
from scan_eval import raw_request, parse_request

def main():
    cases_dir = sys.argv[1]
    binary = sys.argv[sys.argv.index("--bin") + 1] if "--bin" in sys.argv else "target/release/phiwall"
    scen = sys.argv[sys.argv.index("--scenario") + 1] if "--scenario" in sys.argv else None
    limit = int(sys.argv[sys.argv.index("--limit") + 1]) if "--limit" in sys.argv else 10**9
    cases = [json.loads(l) for l in open(os.path.join(cases_dir, "cases.jsonl"))]
    policy = load_policy(cases_dir)
    work = tempfile.mkdtemp(prefix="diag-"); cfg = os.path.join(work, "phiwall.yaml")
    write_config(cfg, policy, 1, 2, 3, cases_dir, os.path.join(work, "audit.jsonl"), "--no-roster" not in sys.argv)
    shown = 0
    for c in cases:
        if scen and c["scenario"] != scen: continue
        req = os.path.join(work, "req.http"); out = os.path.join(work, "out.http")
        open(req, "wb").write(raw_request(c))
        if os.path.exists(out): os.remove(out)
        p = subprocess.run([binary, "scan", "--config", cfg, "--request", req, "--output", out], capture_output=True)
        d = json.loads(p.stdout)
        host = urllib.parse.urlsplit(c["url"]).hostname
        dd = dest_of(policy, host); allow = set(dd["allow"]) if dd else set()
        got = parse_request(open(out, "rb").read()) if os.path.exists(out) else None
        text = views(got) if got else ""
        problems = []
        exp = c["expect"]
        dis = [(v, k) for v, k in c["phi"] if "all" not in allow and k not in allow]
        if exp == "block_if_disallowed": exp = "block" if dis else "pass"
        if exp == "pass":
            body = base64.b64decode(c["body_b64"]) if "body_b64" in c else c.get("body", "").encode()
            if not got or got["body"] != body:
                problems.append(f"PASS CHANGED action={d['action']} findings={[(f['detector'], f['location']) for f in d['findings']]}")
        elif exp in ("block", "deny"):
            if d["action"] not in ("block", "deny"): problems.append(f"NOT STOPPED action={d['action']}")
        else:
            if not got: problems.append(f"NOT FORWARDED action={d['action']} reason={d.get('reason')} errors={d.get('inspection_errors')}")
            for v, k in c["phi"]:
                if (v, k) in dis and got and present(v, text):
                    orig = raw_request(c).decode("utf-8", "replace")
                    i = orig.find(v); snip = orig[max(0, i - 60): i + len(v) + 30].replace("\r", "\\r").replace("\n", "\\n") if i >= 0 else "(encoded)"
                    problems.append(f"LEAK {k}: {v!r} in …{snip}…")
                elif (v, k) not in dis and got and not present(v, text):
                    problems.append(f"LOST allowed {k}: {v!r}")
            for v in c["controls"]:
                if got and not present(v, text): problems.append(f"LOST control {v!r}")
        if problems:
            print(f"== {c['id']} [{c['scenario']}] action={d['action']}")
            for pr in problems: print("   ", pr)
            shown += 1
            if shown >= limit: break

if __name__ == "__main__":
    main()
