#!/usr/bin/env bash
# Load comparison on loopback: phiwall (forward proxy, inspecting every request) against nginx
# (a plain reverse proxy) in front of the same upstream (an nginx answering 200), run
# interleaved in one go with wrk at fixed concurrency:
#   (a) small GET through the proxy
#   (b) 16 KiB JSON POST without PHI to an inspected destination
#   (c) the same JSON with PHI, redacted by phiwall
# then latency at half of phiwall's peak rate with hey (constant rate), to report the p99 phiwall adds.
# Bounded (DUR seconds a run, ROUNDS rounds) and loopback only. Needs wrk, nginx, hey (installed
# with apt-get if missing). Usage: benches/load.sh   (DUR=10 ROUNDS=3 CONC=32 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
DUR=${DUR:-10}; ROUNDS=${ROUNDS:-3}; CONC=${CONC:-32}
UP=18081; NGX=18082; PW=18083; ADMIN=18084
need=()
for t in wrk nginx hey; do command -v "$t" >/dev/null 2>&1 || need+=("$t"); done
if [ ${#need[@]} -gt 0 ]; then apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null; fi
cargo build --release -q
tmp=$(mktemp -d)
cleanup() { [ -f "$tmp/nginx.pid" ] && kill "$(cat "$tmp/nginx.pid")" 2>/dev/null; [ -n "${PWPID:-}" ] && kill "$PWPID" 2>/dev/null; wait 2>/dev/null; }
trap cleanup EXIT

cat > "$tmp/nginx.conf" <<EOF
worker_processes auto;
daemon on;
pid $tmp/nginx.pid;
error_log $tmp/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $tmp/body; proxy_temp_path $tmp/proxy; fastcgi_temp_path $tmp/fcgi; uwsgi_temp_path $tmp/uwsgi; scgi_temp_path $tmp/scgi;
  client_max_body_size 10m; client_body_buffer_size 64k;
  upstream backend { server 127.0.0.1:$UP; keepalive 128; }
  server { listen 127.0.0.1:$UP; location / { return 200 "ok\n"; } }
  server { listen 127.0.0.1:$NGX; location / { proxy_pass http://backend; proxy_http_version 1.1; proxy_set_header Connection ""; } }
}
EOF
nginx -c "$tmp/nginx.conf" -p "$tmp"

cat > "$tmp/phiwall.yaml" <<EOF
listeners:
  - { name: egress, mode: forward, bind: "127.0.0.1:$PW" }
admin: { bind: "127.0.0.1:$ADMIN" }
destinations:
  - { name: analytics, hosts: [bench.example], allow: [], on_violation: redact }
upstream:
  resolve: { "bench.example": "127.0.0.1:$UP" }
EOF
RUST_LOG=warn ./target/release/phiwall run --config "$tmp/phiwall.yaml" 2>"$tmp/phiwall.log" &
PWPID=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$ADMIN/readyz" >/dev/null && break; sleep 0.1; done

# 16 KiB JSON bodies: analytics events without PHI, and the same with identify traits.
python3 - "$tmp" <<'EOF'
import json, random, sys
r = random.Random(3)
def event(i, phi):
    e = {"type": "track", "event": "Page Viewed", "messageId": "%032x" % r.getrandbits(128), "anonymousId": "%016x" % r.getrandbits(64),
         "properties": {"path": "/locations/downtown", "title": "Sunrise Family Medicine", "plan": "starter", "price": 12.5, "build": "3.14.2"},
         "context": {"userAgent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15", "locale": "en-US"},
         "timestamp": "2026-05-01T10:%02d:00.000Z" % (i % 60)}
    if phi and i % 4 == 0:
        e["traits"] = {"firstName": "Maria", "lastName": "Gonzalez", "email": "maria%d@example.org" % i, "phone": "(415) 555-%04d" % i, "birthday": "1962-03-14"}
    return e
for name, phi in (("clean", False), ("phi", True)):
    batch, i = [], 0
    while len(json.dumps({"batch": batch})) < 16 * 1024 - 600:
        batch.append(event(i, phi)); i += 1
    open(f"{sys.argv[1]}/{name}.json", "w").write(json.dumps({"batch": batch}))
EOF

# wrk scripts: path (absolute-form through phiwall), method, body file.
script() { # name target(nginx|phiwall) method bodyfile
  local path="/v1/batch"; [ "$2" = phiwall ] && path="http://bench.example/v1/batch"
  local body=""; [ -n "$4" ] && body="wrk.body = io.open('$4'):read('*a')"
  cat > "$tmp/$1-$2.lua" <<EOF
wrk.method = "$3"
wrk.path = "$path"
wrk.headers["Host"] = "bench.example"
wrk.headers["Content-Type"] = "application/json"
$body
EOF
  echo "$tmp/$1-$2.lua"
}
declare -A RPS P50 P99
run() { # scenario target method bodyfile
  local s; s=$(script "$1" "$2" "$3" "$4")
  local url="http://127.0.0.1:$NGX/"; [ "$2" = phiwall ] && url="http://127.0.0.1:$PW/"
  local out; out=$(wrk -t2 -c"$CONC" -d"${DUR}s" --latency -s "$s" "$url")
  if echo "$out" | grep -q "Non-2xx"; then echo "non-2xx responses in $1/$2:"; echo "$out"; exit 1; fi
  local rps p50 p99
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  RPS[$1,$2]="${RPS[$1,$2]:-} $rps"; P50[$1,$2]="${P50[$1,$2]:-} $p50"; P99[$1,$2]="${P99[$1,$2]:-} $p99"
  echo "  round: $1 $2 rps=$rps p50=$p50 p99=$p99"
}
for round in $(seq "$ROUNDS"); do
  echo "round $round"
  for sc in a b c; do
    case $sc in a) m=GET; f="";; b) m=POST; f="$tmp/clean.json";; c) m=POST; f="$tmp/phi.json";; esac
    run $sc nginx $m "$f"; run $sc phiwall $m "$f"
  done
done
# Check (c) really redacts: phiwall must report redact decisions.
curl -s "http://127.0.0.1:$ADMIN/metrics" | grep -q 'phiwall_requests_total{action="redact"' || { echo "scenario (c) did not redact"; exit 1; }

python3 - "$tmp" "$DUR" "$CONC" <<EOF
import statistics as st
def ms(v):
    v = v.strip()
    for u, f in (("us", 0.001), ("ms", 1.0), ("s", 1000.0)):
        if v.endswith(u): return float(v[:-len(u)]) * f
    return float(v)
rps = {$(for k in "${!RPS[@]}"; do printf '"%s": "%s", ' "$k" "${RPS[$k]}"; done)}
p50 = {$(for k in "${!P50[@]}"; do printf '"%s": "%s", ' "$k" "${P50[$k]}"; done)}
p99 = {$(for k in "${!P99[@]}"; do printf '"%s": "%s", ' "$k" "${P99[$k]}"; done)}
names = {"a": "(a) GET, small", "b": "(b) POST 16 KiB JSON, no PHI", "c": "(c) POST 16 KiB JSON, PHI redacted"}
targets = {"a": 0.9, "b": 0.7, "c": 0.6}
print(f"\nconcurrency $CONC, {len(rps['a,nginx'].split())} interleaved rounds of ${DUR}s, medians")
print(f"{'scenario':38s} {'nginx rps':>10s} {'phiwall rps':>12s} {'ratio':>6s} {'target':>7s} {'nginx p50/p99 ms':>18s} {'phiwall p50/p99 ms':>19s}")
for s in "abc":
    n = st.median(float(x) for x in rps[f"{s},nginx"].split()); p = st.median(float(x) for x in rps[f"{s},phiwall"].split())
    n50 = st.median(ms(x) for x in p50[f"{s},nginx"].split()); n99 = st.median(ms(x) for x in p99[f"{s},nginx"].split())
    q50 = st.median(ms(x) for x in p50[f"{s},phiwall"].split()); q99 = st.median(ms(x) for x in p99[f"{s},phiwall"].split())
    print(f"{names[s]:38s} {n:10.0f} {p:12.0f} {p/n:6.2f} {targets[s]:>6.1f}x {n50:8.2f}/{n99:<8.2f} {q50:9.2f}/{q99:<8.2f}")
    open(f"$tmp/peak-{s}", "w").write(str(p))
EOF

echo
echo "latency at half of phiwall's peak rate (hey, constant rate, 16 workers, ${DUR}s)"
for sc in a b c; do
  peak=$(cat "$tmp/peak-$sc"); q=$(python3 -c "print(max(1, int($peak / 2 / 16)))")
  case $sc in a) args=();; b) args=(-m POST -T application/json -D "$tmp/clean.json");; c) args=(-m POST -T application/json -D "$tmp/phi.json");; esac
  n=$(hey -z "${DUR}s" -c 16 -q "$q" "${args[@]}" -host bench.example "http://127.0.0.1:$NGX/v1/batch" | awk '/ 50%/ {p50=$3} / 99%/ {p99=$3} END {print p50*1000, p99*1000}')
  p=$(hey -z "${DUR}s" -c 16 -q "$q" "${args[@]}" -x "http://127.0.0.1:$PW" "http://bench.example/v1/batch" | awk '/ 50%/ {p50=$3} / 99%/ {p99=$3} END {print p50*1000, p99*1000}')
  python3 -c "n=[float(x) for x in '$n'.split()]; p=[float(x) for x in '$p'.split()]; print(f'  ({\"$sc\"}) {16*$q} req/s: nginx p50 {n[0]:.2f} ms p99 {n[1]:.2f} ms; phiwall p50 {p[0]:.2f} ms p99 {p[1]:.2f} ms; p99 added {p[1]-n[1]:+.2f} ms (target <= 2 ms)')"
done
