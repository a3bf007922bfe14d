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

# wait_up URL PID: sets up=yes once URL answers, up=no if PID dies first or
# ten seconds pass.
wait_up() {
    up=no
    for _ in $(seq 100); do
        if curl -s -o /dev/null --max-time 1 "$1"; then up=yes; break; fi
        kill -0 "$2" 2>/dev/null || break
        sleep 0.1
    done
}
wait_up "$U/" "$server_pid"
if [ $up != yes ]; then
    bad "server starts and answers" "$(tail -5 "$log")"
    exit 1
fi
ok "server starts and answers"
# `zaalt serve` becomes zaalt-serve, built beside it (make all) without the
# indexer's libraries: same process, none of poppler's or tesseract's pages.
check "zaalt serve runs as zaalt-serve, in the same process" \
    test "$(basename "$(readlink "/proc/$server_pid/exe")")" = zaalt-serve
check "the server maps neither poppler nor tesseract" \
    sh -c "! grep -qE 'libpoppler|libtesseract' /proc/$server_pid/maps"

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
    check "security headers on $path" eval 'head_has "Content-Security-Policy: default-src '"'"'none'"'"'; script-src '"'"'self'"'"'; style-src '"'"'self'"'"'; img-src '"'"'self'"'"'; connect-src '"'"'self'"'"'; form-action '"'"'self'"'"'; frame-ancestors '"'"'none'"'"'; base-uri '"'"'none'"'"'" && head_has "X-Content-Type-Options: nosniff" && head_has "Referrer-Policy: no-referrer"'
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
check "the message of a Mongolian page is in Mongolian, with its place" \
    body_has '<p class="detail">энд эхэлсэн хэллэгийн хашилт хаагдаагүй байна (1 дэх тэмдэгт)</p>'
get "$U/search?q=court%3A%20OR&ui=en"
check "the message of an English page is the library's own" \
    body_has '<p class="detail">&apos;court:&apos; has no value after the colon (at character 1)</p>'
# Every kind of syntax error reads in Mongolian on a Mongolian page.
for q in '%22abc' 'court%3A' '%28%29' '%28a' 'a%29' 'AND%20a' 'a%20AND' 'NOT' 'OR' 'year%3A'; do
    get "$U/search?q=$q"
    check "syntax error for '$q' worded in Mongolian" \
        eval 'status_is 400 && body_has "class=\"detail\"" &&
              ! grep -o "<p class=\"detail\">[^<]*" "$tmpdir/body" | sed "s/^<p class=.detail.>//; s/«[^»]*»//g" | grep -qE "[a-z]{3,}"'
done
get "$U/search?q=foo:bar"
check "an unknown field named in Mongolian" body_has 'гэсэн талбар байхгүй (талбарууд:'
get "$U/search?q=%28a%20OR"
check "an operator's error in Mongolian" body_has 'OR үйлдлийн дараа үг эсвэл хэллэг бичнэ үү'

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

# ---- pages: frame, accessibility, no inline script ----
get "$U/search?q=trafficking"
check "pages have a skip link to main" eval 'body_has "<a class=\"skip\" href=\"#main\">" && body_has "<main id=\"main\""'
check "pages load the one external script, never inline script" \
    eval 'body_has "<script src=\"/static/zaalt.js?v=" && [ "$(grep -c "<script" "$tmpdir/body")" = 1 ]'
check "query syntax help is one click away (details)" eval 'body_has "<details class=\"syntax\">" && body_has "year:2020..2024"'
check "result count and time" eval 'grep -qE "1 баримт олдлоо \([0-9]+ мс\)" "$tmpdir/body" || { T40_WHY="no count line"; false; }'

# ---- static: versioned URLs, ETag, 304 ----
css_url=$(grep -oE '/static/zaalt\.css\?v=[0-9a-f]+' "$tmpdir/body" | head -1)
get "$U$css_url"
check "the versioned stylesheet is immutable for a year" \
    eval 'status_is 200 && head_has "Content-Type: text/css" && head_has "Cache-Control: public, max-age=31536000, immutable"'
etag=$(grep -i '^ETag:' "$tmpdir/head" | tr -d '\r' | cut -d' ' -f2)
get "$U/static/zaalt.css"
check "the unversioned stylesheet is revalidated" eval 'status_is 200 && head_has "Cache-Control: public, max-age=300"'
get "$U/static/zaalt.css" -H "If-None-Match: $etag"
check "If-None-Match with the ETag is 304" eval 'status_is 304 && [ ! -s "$tmpdir/body" ] || { T40_WHY="status $status, etag $etag"; false; }'
get "$U/static/zaalt.js"
check "/static/zaalt.js is JavaScript" eval 'status_is 200 && head_has "Content-Type: text/javascript" && body_has "data-copy"'
get "$U/static/nothing.js"
check "an unknown static asset is 404" status_is 404

# ---- gzip ----
get "$U/search?q=trafficking" -H 'Accept-Encoding: gzip'
check "large pages are gzipped when asked" \
    eval 'head_has "Content-Encoding: gzip" && head_has "Vary: Accept-Encoding" && gzip -dc "$tmpdir/body" | grep -q "</html>" || { T40_WHY="not gzip"; false; }'
get "$U/search?q=trafficking" -H 'Accept-Encoding: gzip;q=0, identity'
check "gzip;q=0 is honoured" eval 'body_has "</html>" && ! head_has "Content-Encoding"'
get "$U/search?q=trafficking"
check "no gzip without Accept-Encoding" eval 'body_has "</html>" && ! head_has "Content-Encoding"'

# ---- results page: sort, filters, chips, no results, syntax errors ----
get "$U/search?q=&sort=newest"
check "sort is offered and kept" eval 'body_has "<option value=\"newest\" selected>" && body_has "<select id=\"sort\" name=\"sort\" data-autosubmit>"'
get "$U/search?q=&lang=en&year=2000..2100"
check "a year range filter shows a removable chip" \
    eval 'body_has "class=\"chip\" data-field=\"year\" href=\"/search?lang=en\"" && body_has "2000–2100"'
get "$U/search?q=&year_from=1990&year_to=1995"
check "the year range form becomes year=1990..1995 and finds nothing" \
    eval 'body_has "class=\"none\"" && body_has "data-field=\"year\""'
check "no results: a link without the filter" body_has 'class="suggest without"'
get "$U/search?q=trafficking&lang=mn"
check "no results: each filter can be removed by a link" eval 'body_has "<del><a href=\"/search?q=trafficking\">"'
get "$U/search?q=%D1%85%D0%BE%D1%85%D0%B8%D1%80%D0%BE%D0%B3%D1%87%20%D1%85%D1%83%D0%BB%D0%B3%D0%B0%D0%B9%D1%87%D0%BB%D0%BB"
check "a word no document has is named as left out" \
    eval 'body_has "<p class=\"dropped\" role=\"status\">" && body_has "<del>хулгайчлл</del>" && body_has "<ol class=\"hits\">"'
get "$U/search?q=shuukh"
check "no results in Latin: try Cyrillic" eval 'body_has "class=\"suggest script\"" && body_has "\">шуух</a>"'
get "$U/search?q=abc%20%22def"
check "a syntax error shows the query with the place marked" \
    eval 'status_is 400 && body_has "<pre class=\"query-echo\">abc <span class=\"at\">&quot;</span>def</pre>"'

# ---- document viewer: highlights, match walking, citation ----
get "$U/doc/$en_doc?q=victims%20shelters"
check "/doc/ID?q= marks every match with a numbered id" eval 'body_has "<mark id=\"m-1\">victims</mark>" && body_has "<mark id=\"m-2\">shelters</mark>"'
check "each match links to the next, the last back to the first" \
    eval 'body_has "</mark><a class=\"nm\" href=\"#m-2\"" && body_has "</mark><a class=\"nm\" href=\"#m-1\""'
check "the viewer says how many matches and links the first" eval 'body_has "Баримтад 2 илэрц тодруулсан" && body_has "href=\"#m-1\">"'
check "the viewer searches within the document" eval 'body_has "<form class=\"inline within\" action=\"/doc/$en_doc\""'
check "the viewer offers a citation in both languages" \
    eval 'body_has "id=\"cite-mn\" lang=\"mn\">«" && body_has "id=\"cite-en\" lang=\"en\">" && body_has "data-copy=\"cite-en\""'
get "$U/doc/$en_doc"
check "/doc/ID without q has no marks" body_lacks '<mark'

# ---- JSON API additions ----
get "$U/api/search?q=trafficking&sort=random"
check "/api/search with a bad sort is a 400 JSON error" eval 'status_is 400 && body_json "j[\"error\"][\"code\"] == \"bad_request\""'
get "$U/api/search?q=&within=$en_doc"
check "/api/search within= one document" body_json 'j["total"] == 1 and j["hits"][0]["doc"] == "'"$en_doc"'"'
get "$U/api/search?q=&limit=0"
check "/api/search limit=0 gives totals and facets only" body_json 'j["total"] == 2 and j["hits"] == [] and "type" in j["facets"]'
get "$U/api/facets?q=trafficking"
check "/api/facets gives facets without hits" \
    body_json 'j["total"] == 1 and "hits" not in j and {v["value"]: v["count"] for v in j["facets"]["lang"]} == {"en": 1}'
get "$U/api/suggest?q=Traffick"
check "/api/suggest completes a title from a word's start" \
    body_json '[s["value"] for s in j["suggestions"]] == ["'"$en_title"'"] and j["suggestions"][0]["kind"] == "title"'
get "$U/api/suggest?q=field%20st"
check "/api/suggest matches a later word of a title" body_json 'len(j["suggestions"]) == 1'
get "$U/api/suggest?q=zzz"
check "/api/suggest with nothing to complete is an empty list" body_json 'j["suggestions"] == []'
get "$U/api/suggest"
check "/api/suggest without q is a 400 JSON error" eval 'status_is 400 && body_json "\"error\" in j"'
get "$U/api/provision/13.1"
check "/api/provision of a provision the index lacks is 404 JSON" eval 'status_is 404 && body_json "j[\"error\"][\"code\"] == \"not_found\""'
get "$U/provision/13.1"
check "/provision of a provision the index lacks is a 404 page" eval 'status_is 404 && body_has "Ийм заалт сан дотор алга"'
get "$U/provision/..%2Fetc"
check "/provision/ with a non-key is 404" status_is 404
get "$U/favicon.ico"
check "/favicon.ico is 204 (no 404 noise)" status_is 204

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

# ---- the answer cache ----
get "$U/api/search?q=trafficking&limit=3"
first_total=$(json_get 'j["total"]')
cp "$tmpdir/body" "$tmpdir/first"
check "a first search is computed" eval '! head_has "X-Zaalt-Cache"'
get "$U/api/search?q=trafficking&limit=3"
check "the same search again comes from the cache, unchanged" \
    eval 'head_has "X-Zaalt-Cache: hit" && cmp -s "$tmpdir/body" "$tmpdir/first" || { T40_WHY="${T40_WHY:-bodies differ}"; false; }'
get "$U/search?q=trafficking&ui=en"
cp "$tmpdir/body" "$tmpdir/first-page"
get "$U/search?q=trafficking&ui=en" --compressed
check "a cached page is the same page, gzipped for a client that takes gzip" \
    eval 'head_has "X-Zaalt-Cache: hit" && head_has "Content-Encoding: gzip" && head_has "Set-Cookie: ui=en" && cmp -s "$tmpdir/body" "$tmpdir/first-page" || { T40_WHY="${T40_WHY:-bodies differ}"; false; }'
get "$U/api/search?q=trafficking&limit=4"
check "other parameters are another answer" eval '! head_has "X-Zaalt-Cache"'
cat >"$corpus/en/second.txt" <<'EOF'
Trafficking cases reviewed in the second round of the study.
EOF
"$ZAALT" index -q --db "$db" "$corpus" >>"$tmpdir/t40-index.log" 2>&1
get "$U/api/search?q=trafficking&limit=3"
check "after a re-index the search is computed again, over the new revision" \
    eval '! head_has "X-Zaalt-Cache" && body_json "j[\"total\"] == $first_total + 1"'
rm "$corpus/en/second.txt"
"$ZAALT" index -q --db "$db" "$corpus" >>"$tmpdir/t40-index.log" 2>&1

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

# ---- the demo corpus: provisions, citations, and docs/API.md run as written ----
if [ ! -d build/demo/decisions ]; then
    echo "ok - demo corpus checks # SKIP build/demo is missing: run make demo"
    [ "$t40_failed" -eq 0 ]
    exit
fi
demo_ini
if ! "$ZAALT" index -q --db "$tmpdir/demo-db" --config "$tmpdir/demo.ini" >"$tmpdir/t40-demo-index.log" 2>&1; then
    bad "the demo corpus indexes" "$(tail -5 "$tmpdir/t40-demo-index.log")"
    exit 1
fi
port=$(free_port)
U=http://127.0.0.1:$port
"$ZAALT" serve --db "$tmpdir/demo-db" --port "$port" 2>"$tmpdir/t40-demo.log" &
server_pid=$!
wait_up "$U/" "$server_pid"

# The scanned demo decision: found by an inflected query on the web page,
# marked as recognised text, in the results and in the viewer.
scan_id=$(curl -s "$U/api/search?q=%D1%82%D1%8D%D0%BC%D1%8D%D1%8D" | python3 -c 'import json,sys; h=json.load(sys.stdin)["hits"]; print(h[0]["doc"] if h and h[0]["path"].endswith("_scan_mn.pdf") else "none")')
get "$U/search?q=%D1%82%D1%8D%D0%BC%D1%8D%D1%8D"
check "/search finds the scanned decision by OCR" eval 'status_is 200 && body_has "/doc/$scan_id"'
check "/search marks recognised text" eval 'body_has "<p class=\"ocr\">Текстийг автоматаар таньсан; алдаа байж болно (итгэл "'
get "$U/doc/$scan_id?ui=en"
check "/doc marks recognised text" eval 'body_has "<p class=\"ocr\">Text recognised automatically; may contain errors (confidence "'

get "$U/provision/13.13?ui=en"
check "/provision/13.13 lists the article's versions with their dates in force" \
    eval 'body_has "in force since 2023-01-01 (current text)</a></li>" && body_has "in force 2017-07-01 to 2022-12-31</a></li>"'

get "$U/provision/13.1.2"
check "/provision/13.1.2 heads the article with its Mongolian ordinal" \
    eval 'status_is 200 && body_has "<h1>Эрүүгийн хуулийн 13.1 дүгээр зүйл<br><small>13.1 дүгээр зүйл. Хүн худалдаалах</small></h1>"'
check "/provision shows the Mongolian and the English text" \
    eval 'body_has "<section class=\"panel code-text\" lang=\"mn\">" && body_has "<section class=\"panel code-text\" lang=\"en\">" && body_has "Article 13.1. Trafficking in persons"'
check "/provision/13.1.2 marks part 2 and its clauses" \
    eval 'body_has "<p class=\"part focus\" id=\"p-en-2\">2. Where the offence is committed:</p>" && body_has "<p class=\"part sub focus\" id=\"p-en-2-1\">"'
check "/provision/13.1.2 is cited pinpointed to the part" \
    eval 'body_has ">Эрүүгийн хуулийн 13.1 дүгээр зүйлийн 2 дахь хэсэг</span>" && body_has ">Criminal Code of Mongolia, Article 13.1, part 2</span>"'
get "$U/provision/13.1"
check "/provision/13.1 counts the decisions applying it" body_has '<p class="count" id="cited-count">8 шийдвэр</p>'
check "/provision/13.1 counts them by outcome, linked" \
    eval 'body_has "href=\"/search?type=decision&amp;article=13.1&amp;outcome=conviction\">Гэм буруутайд тооцсон (2)</a>"'
get "$U/search?q=13.1"
check "a provision number as the query links to its page" body_has '<a href="/provision/13.1">Эрүүгийн хуулийн 13.1 дүгээр зүйл</a>'
get "$U/search?q=&type=decision&page=2"
check "pagination: page 2 of 2 with a link back" eval 'body_has "2-р хуудас / нийт 2" && body_has "rel=\"prev\" href=\"/search?type=decision\""'

# docs/API.md: every curl example, run as written against this server.
python3 - "$U" docs/API.md >"$tmpdir/api-md.out" 2>&1 <<'PY'
import json, re, subprocess, sys
base, path = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
blocks = re.findall(r"```(sh|json)\n(.*?)```", text, re.S)
ran = 0
for i, (kind, body) in enumerate(blocks):
    if kind != "sh":
        continue
    want = 200
    for line in body.splitlines():
        m = re.match(r"# status (\d+)", line)
        if m:
            want = int(m.group(1))
        if not line.startswith("curl "):
            continue
        cmd = line.replace("http://localhost:8080", base)
        name = "docs/API.md: " + line[:90]
        out = subprocess.run(["bash", "-c", cmd + " -w '\\n%{http_code}'"], capture_output=True, text=True)
        body_text, _, status = out.stdout.rpartition("\n")
        try:
            got = json.loads(body_text)
        except ValueError:
            print(f"not ok - {name}: not JSON: {body_text[:200]}")
            continue
        doc = None
        if i + 1 < len(blocks) and blocks[i + 1][0] == "json":
            doc = json.loads(blocks[i + 1][1])
        if out.returncode != 0 or int(status) != want:
            print(f"not ok - {name}: exit {out.returncode}, status {status}, want {want}")
        elif doc is not None and set(doc) != set(got):
            print(f"not ok - {name}: fields {sorted(got)} but the manual shows {sorted(doc)}")
        else:
            print(f"ok - {name}")
        ran += 1
print(f"{'ok' if ran >= 8 else 'not ok'} - docs/API.md has its examples ({ran} run)")
PY
while IFS= read -r line; do
    case "$line" in
        "ok - "*) ok "${line#ok - }" ;;
        "not ok - "*) rest=${line#not ok - }; bad "${rest%%: *}" "${rest#*: }" ;;
        *) bad "docs/API.md examples run" "$line" ;;
    esac
done <"$tmpdir/api-md.out"

# Without zaalt-serve beside it, `zaalt serve` serves from its own process.
mkdir -p "$tmpdir/alone"
cp "$ZAALT" "$tmpdir/alone/zaalt"
port2=$(free_port)
"$tmpdir/alone/zaalt" serve --db "$db" --port "$port2" 2>"$tmpdir/alone.log" &
alone_pid=$!
wait_up "http://127.0.0.1:$port2/" "$alone_pid"
check "zaalt serve without zaalt-serve beside it still serves" test $up = yes
check "...from its own program" test "$(readlink "/proc/$alone_pid/exe")" = "$tmpdir/alone/zaalt"
kill "$alone_pid" 2>/dev/null
wait "$alone_pid" 2>/dev/null

[ "$t40_failed" -eq 0 ]
