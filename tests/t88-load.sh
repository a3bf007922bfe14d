#!/usr/bin/env bash
# t88-load.sh — a bounded burst against a loopback `zaalt serve`: slow
# clients that never finish their request, oversized requests, and many
# concurrent normal searches at once.  The server must answer the normal
# requests correctly and promptly, refuse the oversized ones, and stay up.
# Loopback only; every loop is bounded in count and time.  Its latency is
# measured with no other test running beside it:
# tests/run: alone
. tests/lib.sh
db=$tmpdir/db
"$ZAALT" index -q --db "$db" tests/data/corpus || { fail "index fixture"; exit 1; }
start_server --db "$db" || { fail "zaalt serve starts" "$(tail -3 "$server_log")"; exit 1; }

python3 - "$port" >"$tmpdir/load.out" <<'PY'
import socket, sys, threading, time, urllib.request, urllib.parse, json
port = int(sys.argv[1])
results = {"ok": 0, "bad": 0, "lat": [], "oversize": [], "slow_held": 0}
lock = threading.Lock()

def slow_client():
    # Sends half a request line, then dribbles nothing: must not tie up the server.
    try:
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        s.sendall(b"GET /search?q=")
        time.sleep(3)
        with lock:
            results["slow_held"] += 1
        s.close()
    except OSError:
        pass

def oversized(kind):
    try:
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        if kind == "url":
            req = b"GET /api/search?q=" + b"a" * 100000 + b" HTTP/1.1\r\nHost: x\r\n\r\n"
        else:
            req = b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * 200000 + b"\r\n\r\n"
        try:
            s.sendall(req)
        except OSError:
            pass
        data = s.recv(200)
        status = data.split(b" ")[1].decode() if data.startswith(b"HTTP/") else "closed"
    except OSError:
        status = "closed"
    with lock:
        results["oversize"].append(status)

queries = ["хүүхэд", "trafficking", "\"seasonal labour\"", "хохирогч", "type:decision", "labour OR хүүхэд"]
def normal(i):
    q = urllib.parse.quote(queries[i % len(queries)])
    t0 = time.time()
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/search?q={q}", timeout=10) as r:
            body = json.loads(r.read())
            good = r.status == 200 and "total" in body
    except Exception:
        good = False
    with lock:
        results["ok" if good else "bad"] += 1
        results["lat"].append(time.time() - t0)

threads = [threading.Thread(target=slow_client) for _ in range(40)]
threads += [threading.Thread(target=oversized, args=(k,)) for k in ("url", "header") for _ in range(5)]
for t in threads: t.start()
time.sleep(0.2)
workers = []
for w in range(16):
    def run(w=w):
        for i in range(25):
            normal(w * 25 + i)
    workers.append(threading.Thread(target=run))
for t in workers: t.start()
for t in workers + threads: t.join(timeout=30)
lat = sorted(results["lat"])
p95 = lat[int(len(lat) * 0.95) - 1] if lat else 99
print(f"ok {results['ok']}")
print(f"bad {results['bad']}")
print(f"p95_ms {int(p95 * 1000)}")
print(f"oversize {' '.join(sorted(results['oversize']))}")
print(f"slow_held {results['slow_held']}")
PY
cat "$tmpdir/load.out" | sed 's/^/# /'
expect_eq "all 400 concurrent searches answered" "$(sed -n 's/^ok //p' "$tmpdir/load.out")" 400
expect_eq "no search failed" "$(sed -n 's/^bad //p' "$tmpdir/load.out")" 0
p95=$(sed -n 's/^p95_ms //p' "$tmpdir/load.out")
if [ -n "$p95" ] && [ "$p95" -lt 2000 ]; then pass "p95 latency under load ${p95} ms (< 2000)"; else fail "p95 latency" "$p95 ms"; fi
expect_eq "slow clients held their connections without stalling the rest" "$(sed -n 's/^slow_held //p' "$tmpdir/load.out")" 40
over=$(sed -n 's/^oversize //p' "$tmpdir/load.out")
expect_not_contains "oversized requests never answered 200" "$over" "200"
expect_eq "server still up after the burst" "$(http_status "$U/api/search?q=labour")" 200
kill -0 "$server_pid" 2>/dev/null && pass "server process alive" || fail "server process alive"
