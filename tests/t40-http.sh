#!/bin/bash
# t40-http.sh — `zaalt serve` answers the HTTP contract: pages, JSON API,
# documents, originals, errors, escaping, security headers, access log.
#
# Indexes a two-file fixture (one Mongolian, one English), starts the server
# on a free loopback port and checks each behaviour with curl, one pass/fail
# line per behaviour.  Not for: ranking or analysis quality (the search
# integration tests own those); here only what the web layer promises.
#
# Run from the repository root with B=build (the binary is $B/zaalt).

B=${B:-build}
ZAALT=$B/zaalt

[ -f tests/lib.sh ] && . tests/lib.sh

# Minimal stand-ins until tests/lib.sh exists.
type pass >/dev/null 2>&1 || pass() { echo "ok - $1"; }
type fail >/dev/null 2>&1 || fail() { echo "not ok - $1: $2"; }
type skip_all >/dev/null 2>&1 || skip_all() { echo "ok - t40-http.sh # SKIP $1"; exit 0; }
type free_port >/dev/null 2>&1 || free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
t40_own_tmp=
if [ -z "${tmpdir:-}" ]; then
    tmpdir=$(mktemp -d "${TMPDIR:-/tmp}/zaalt-t40.XXXXXX")
    t40_own_tmp=$tmpdir
fi

command -v curl >/dev/null || skip_all "curl is not installed"
command -v python3 >/dev/null || skip_all "python3 is not installed"
[ -x "$ZAALT" ] || skip_all "$ZAALT is not built"

t40_failed=0
ok() { pass "$1"; }
bad() { t40_failed=$((t40_failed + 1)); fail "$1" "$2"; }
# check NAME COMMAND…: pass when the command succeeds.
check() {
    local name=$1; shift
    if "$@"; then ok "$name"; else bad "$name" "${T40_WHY:-check failed}"; fi
    T40_WHY=
}

# ---- server lifetime: stopped on any exit ----
server_pid=
t40_cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null
        wait "$server_pid" 2>/dev/null
    fi
    [ -n "$t40_own_tmp" ] && rm -rf "$t40_own_tmp"
    return 0
}
if type on_exit >/dev/null 2>&1; then
    on_exit t40_cleanup     # lib.sh runs it from its own EXIT trap
else
    trap t40_cleanup EXIT
fi

# ---- fixture ----
corpus=$tmpdir/t40-corpus
db=$tmpdir/t40-db
log=$tmpdir/t40-server.log
mkdir -p "$corpus/en" "$corpus/mn"
cat >"$corpus/en/persons.txt" <<'EOF'
Trafficking in persons: a field study

This study describes trafficking in persons across the northern border and the
support given to victims by shelters and prosecutors.
EOF
cat >"$corpus/mn/huuhed.txt" <<'EOF'
Хүүхдийн эрхийг хамгаалах тухай

Энэхүү журам нь хүүхдийн эрхийг хамгаалах, хохирогчид туслалцаа үзүүлэх
ажлын дарааллыг тогтооно.
EOF

if ! "$ZAALT" index --db "$db" "$corpus" >"$tmpdir/t40-index.log" 2>&1; then
    bad "fixture corpus indexes" "$(tail -5 "$tmpdir/t40-index.log")"
    exit 1
fi
ok "fixture corpus indexes"

port=$(free_port)
U=http://127.0.0.1:$port
"$ZAALT" serve --db "$db" --port "$port" 2>"$log" &
server_pid=$!

up=no
for _ in $(seq 100); do
    if curl -s -o /dev/null --max-time 1 "$U/"; then up=yes; break; fi
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
done
if [ $up != yes ]; then
    bad "server starts and answers" "$(tail -5 "$log")"
    exit 1
fi
ok "server starts and answers"

# get URL [curl options…]: body to $tmpdir/body, headers to $tmpdir/head,
# status to $status.
get() {
    local url=$1; shift
    : >"$tmpdir/head"
    : >"$tmpdir/body"
    status=$(curl -s --max-time 10 -D "$tmpdir/head" -o "$tmpdir/body" -w '%{http_code}' "$@" "$url") || true
}
body_has() { grep -qF -- "$1" "$tmpdir/body" || { T40_WHY="body lacks: $1"; return 1; }; }
body_lacks() { ! grep -qF -- "$1" "$tmpdir/body" || { T40_WHY="body has: $1"; return 1; }; }
head_has() { grep -qiF -- "$1" "$tmpdir/head" || { T40_WHY="headers lack: $1"; return 1; }; }
status_is() { [ "$status" = "$1" ] || { T40_WHY="status $status, want $1"; return 1; }; }
# body_json EXPR: evaluates a Python expression over the body parsed as `j`.
body_json() {
    python3 -c 'import json, sys; j = json.load(open(sys.argv[1])); sys.exit(0 if eval(sys.argv[2]) else 1)' \
        "$tmpdir/body" "$1" 2>/dev/null || { T40_WHY="JSON check failed: $1 on $(head -c 300 "$tmpdir/body")"; return 1; }
}
json_get() {
    python3 -c 'import json, sys; j = json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$tmpdir/body" "$1" 2>/dev/null
}

# ---- start page ----
get "$U/"
check "GET / is 200 with a search form" eval 'status_is 200 && body_has "<form" && body_has "action=\"/search\"" && body_has "name=\"q\"" && body_has "<button type=\"submit\""'
check "GET / is in Mongolian by default" eval 'body_has "<html lang=\"mn\">" && body_has "Хайх"'
check "GET / labels the search box" body_has '<label for="q">'
get "$U/?ui=en"
check "?ui=en switches to English and sets a cookie" eval 'body_has "<html lang=\"en\">" && head_has "Set-Cookie: ui=en"'
get "$U/" -H 'Cookie: ui=en'
check "the ui cookie is remembered" body_has '<html lang="en">'

# ---- security headers, on pages, API answers and errors alike ----
for path in / /api/search?q=trafficking /no-such-page; do
    get "$U$path"
    check "security headers on $path" eval 'head_has "Content-Security-Policy: default-src '"'"'none'"'"'; style-src '"'"'self'"'"'; img-src '"'"'self'"'"'; form-action '"'"'self'"'"'; frame-ancestors '"'"'none'"'"'; base-uri '"'"'none'"'"'" && head_has "X-Content-Type-Options: nosniff" && head_has "Referrer-Policy: no-referrer"'
done

# ---- JSON API ----
get "$U/api/search?q=trafficking"
check "/api/search is JSON" eval 'status_is 200 && head_has "Content-Type: application/json"'
check "/api/search?q=trafficking finds exactly the English document" \
    body_json 'j["total"] == 1 and len(j["hits"]) == 1 and j["hits"][0]["path"].endswith("persons.txt")'
en_title=$(json_get 'j["hits"][0]["title"]') || true
en_unit=$(json_get 'j["hits"][0]["id"]') || true
en_doc=$(json_get 'j["hits"][0]["doc"]') || true

get "$U/api/search?q=%D1%85%D0%B0%D0%BC%D0%B3%D0%B0%D0%B0%D0%BB%D0%B0%D1%85"
check "/api/search with a Cyrillic query finds the Mongolian document" \
    body_json 'j["total"] == 1 and j["hits"][0]["path"].endswith("huuhed.txt")'

get "$U/api/search?q=%22unbalanced"
check "/api/search with a malformed query is a 400 JSON syntax error" \
    eval 'status_is 400 && body_json "j[\"error\"][\"code\"] == \"syntax\" and len(j[\"error\"][\"message\"]) > 0"'

get "$U/api/search?q=trafficking&limit=zero"
check "/api/search with a bad limit is a 400 JSON error" eval 'status_is 400 && body_json "\"error\" in j"'

get "$U/api/search?q=trafficking&lang=mn"
check "/api/search filters (lang=mn excludes the English document)" body_json 'j["total"] == 0'

# ---- results page ----
get "$U/search?q=trafficking"
esc_title=$(python3 -c 'import html, sys; print(html.escape(sys.argv[1], quote=True))' "$en_title") || true
check "/search shows the hit's title" eval 'status_is 200 && [ -n "$en_title" ] && body_has "$esc_title"'
check "/search shows a highlighted snippet" body_has '<mark>'
check "/search links the hit to its unit" body_has "href=\"/doc/$en_unit"
check "/search counts documents" body_has '1 баримт'
check "/search facet values link to a refined search" \
    eval 'grep -qE "href=\"/search\?q=trafficking&amp;(type|lang|year)=" "$tmpdir/body" || { T40_WHY="no facet link"; false; }'

get "$U/search?q=zzqqxxnothing"
check "/search with no hits is a friendly 200 page" eval 'status_is 200 && body_has "class=\"none\""'

get "$U/search?q=%3Cscript%3Ealert(1)%3C/script%3E"
check "/search escapes an injected <script>" \
    eval 'body_lacks "<script>alert" && body_has "&lt;script&gt;alert(1)&lt;/script&gt;"'
get "$U/search?q=x&type=%22%3E%3Cimg%20src=x%3E"
check "/search escapes injected filter values" body_lacks '<img src=x>'

get "$U/search?q=%22unbalanced"
check "/search with a malformed query is a 400 page showing the message" \
    eval 'status_is 400 && body_has "class=\"detail\""'

# ---- documents ----
get "$U/doc/$en_unit"
check "/doc/UNIT shows the document's text" \
    eval 'status_is 200 && body_has "$esc_title" && body_has "id=\"u-0\"" && body_has "northern border"'
get "$U/doc/$en_doc?q=victims"
check "/doc/ID?q= lists the matching parts" eval 'status_is 200 && body_has "class=\"matches\"" && body_has "<mark>"'
get "$U/api/doc/$en_doc"
check "/api/doc/ID is JSON" eval 'status_is 200 && head_has "Content-Type: application/json" && body_json "isinstance(j, dict)"'
get "$U/doc/UNKNOWN"
check "/doc/UNKNOWN is 404" status_is 404
get "$U/api/doc/UNKNOWN"
check "/api/doc/UNKNOWN is a 404 JSON error" eval 'status_is 404 && body_json "j[\"error\"][\"code\"] == \"not_found\""'

# ---- originals ----
get "$U/file/$en_doc"
check "/file/DOCID sends the original's bytes" \
    eval 'status_is 200 && cmp -s "$tmpdir/body" "$corpus/en/persons.txt" || { T40_WHY="status $status or bytes differ"; false; }'
check "/file/DOCID has a content type and a safe filename" \
    eval 'head_has "Content-Type: text/plain" && head_has "Content-Disposition: attachment; filename=\"persons.txt\""'
get "$U/file/../../etc/passwd" --path-as-is
check "/file/../../etc/passwd is 404" eval 'status_is 404 && body_lacks "root:"'
get "$U/file/..%2F..%2Fetc%2Fpasswd"
check "/file/ with an encoded path is 404" eval 'status_is 404 && body_lacks "root:"'

# ---- static ----
get "$U/static/zaalt.css"
check "/static/zaalt.css is cacheable CSS" \
    eval 'status_is 200 && head_has "Content-Type: text/css" && head_has "Cache-Control: public"'

# ---- methods, paths, limits ----
get "$U/" -X POST -d 'q=x'
check "POST / is 405 with Allow" eval 'status_is 405 && head_has "Allow: GET, HEAD"'
get "$U/no-such-page"
check "an unknown path is 404" status_is 404

# HEAD over a raw socket: curl -I would not notice a body sent after the headers.
head_reply=$(python3 - "$port" <<'EOF' || true
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5)
s.sendall(b"HEAD / HTTP/1.0\r\nHost: localhost\r\n\r\n")
data = b""
while True:
    chunk = s.recv(65536)
    if not chunk:
        break
    data += chunk
head, _, body = data.partition(b"\r\n\r\n")
print(head.split(b"\r\n")[0].decode(), len(body))
EOF
)
check "HEAD / is 200 with no body" eval '[ "$head_reply" = "HTTP/1.0 200 OK 0" ] || [ "$head_reply" = "HTTP/1.1 200 OK 0" ] || { T40_WHY="got: $head_reply"; false; }'

long=$(head -c 3072 /dev/zero | tr '\0' a)
get "$U/search?q=$long"
check "a 3 KB query string is 414" status_is 414
many=$(for i in $(seq 70); do printf 'p%d=1&' "$i"; done)
get "$U/search?${many}q=x"
check "more than 64 parameters is 400" status_is 400

# ---- access log, then a clean stop ----
kill -TERM "$server_pid"
stop_status=0
wait "$server_pid" || stop_status=$?
server_pid=
check "SIGTERM stops the server cleanly" eval '[ "$stop_status" = 0 ] || { T40_WHY="exit status $stop_status"; false; }'
check "the access log has one line per request" \
    eval 'grep -qE "^GET /search 200 [0-9.]+ms" "$log" && grep -qE "^POST / 405 " "$log" && grep -qE "^HEAD / 200 " "$log" || { T40_WHY="$(tail -3 "$log")"; false; }'
check "the access log leaves out query strings" \
    eval '! grep -qiE "trafficking|victims|script|unbalanced|zzqq" "$log" || { T40_WHY="$(grep -iE "trafficking|victims|script" "$log" | head -2)"; false; }'

[ "$t40_failed" -eq 0 ]
