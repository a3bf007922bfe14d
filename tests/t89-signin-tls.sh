#!/usr/bin/env bash
# t89-signin-tls.sh — sign-in across a network (issue 19): zaalt serve
# --tls-cert/--tls-key serves HTTPS with a self-signed certificate made here;
# the sign-in form gives a session cookie (HttpOnly, SameSite=Strict,
# Secure) that ends after idle time and on sign-out; basic auth stays for
# API clients; password guessing is throttled (429, Retry-After) for a user
# name and for an address, with the same answer for unknown users; a
# listener off loopback without TLS never asks for a password; the audit
# log records sign-ins and what the signed-in reader was shown, and
# `zaalt audit` filters it.
. tests/lib.sh
command -v openssl >/dev/null || skip_all "openssl is missing (make deps)"

corpus=$tmpdir/c
mkdir -p "$corpus/decisions" "$corpus/secret"
cp tests/data/privacy/2024_shtst_901_bayanzurkh_mn.xml "$corpus/decisions/"
printf 'Fictional restricted note: тусгай мэдээлэл Zorigtbaatar.\n' >"$corpus/secret/note.txt"
cat >"$tmpdir/c.ini" <<INI
[source tls]
root = $corpus
type.decision = decisions/*
access.restricted = secret/*
INI
db=$tmpdir/db
"$ZAALT" index -q --db "$db" --config "$tmpdir/c.ini" || { fail "index"; exit 1; }
mn=$("$ZAALT" search --db "$db" --json --limit 1 'type:decision' | json 'j["hits"][0]["doc"]')

cfg=$tmpdir/cfg
mkdir -p "$cfg"
cp corpus-config/*.txt corpus-config/*.tsv corpus-config/*.ini "$cfg"/ 2>/dev/null
rm -f "$cfg/users.ini"
printf '[user investigator]\nlevel = restricted\npassword = %s\n' "$(echo investigator-pass | "$ZAALT" passwd)" >"$cfg/users.ini"
export ZAALT_CONFIG_DIR=$cfg

# A self-signed certificate for 127.0.0.1, as an office would make one.
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -keyout "$tmpdir/key.pem" -out "$tmpdir/cert.pem" 2>"$tmpdir/openssl.log" || { fail "openssl makes a certificate" "$(tail -2 "$tmpdir/openssl.log")"; exit 1; }

port=$(free_port)
U=https://127.0.0.1:$port
server_log=$tmpdir/server.log
"$ZAALT" serve --db "$db" --port "$port" --tls-cert "$tmpdir/cert.pem" --tls-key "$tmpdir/key.pem" \
    --session-idle 8 --login-max-failures 4 --login-window 600 2>>"$server_log" &
server_pid=$!
_server_pids+=("$server_pid")
c() { curl -s --cacert "$tmpdir/cert.pem" "$@"; }
for _ in $(seq 200); do c -o /dev/null "$U/" && break; sleep 0.1; done
expect_eq "zaalt serve answers over HTTPS with the certificate" "$(c -o /dev/null -w '%{http_code}' "$U/")" 200
expect_eq "...and plain HTTP on that port is no answer" "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/")" 000

login_page=$(c -D - "$U/login")
expect_contains "the sign-in page is a form" "$login_page" 'action="/login"'
expect_not_contains "...that never asks the browser for basic auth" "$login_page" "WWW-Authenticate"

post() { c -D - -o "$tmpdir/post-body" -X POST --data-urlencode "user=$1" --data-urlencode "password=$2" "$U/login"; }
head=$(post investigator investigator-pass)
expect_contains "a good sign-in: 303" "$head" "HTTP/1.1 303"
cookie=$(printf '%s' "$head" | tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: zaalt_session=\([^;]*\);.*/\1/p')
[ -n "$cookie" ] && pass "...with a session cookie" || fail "...with a session cookie" "$head"
for flag in HttpOnly SameSite=Strict Secure; do
    expect_contains "the session cookie is $flag" "$(printf '%s' "$head" | grep -i '^set-cookie: zaalt_session')" "$flag"
done
jar=(-H "Cookie: zaalt_session=$cookie")
expect_eq "signed in: the restricted note is found" "$(c "${jar[@]}" "$U/api/search?q=Zorigtbaatar&limit=0" | json 'j["total"]')" 1
expect_eq "anonymous: it is not" "$(c "$U/api/search?q=Zorigtbaatar&limit=0" | json 'j["total"]')" 0
expect_contains "signed in: the full decision" "$(c "${jar[@]}" "$U/doc/$mn")" "Нямдоржийн Энхжин"
expect_not_contains "anonymous: the masked decision" "$(c "$U/doc/$mn")" "Нямдоржийн Энхжин"
expect_not_contains "a forged cookie is anonymous" \
    "$(c -H 'Cookie: zaalt_session=0123456789abcdef0123456789abcdef' "$U/doc/$mn")" "Нямдоржийн Энхжин"
expect_eq "basic auth still serves API clients over TLS" \
    "$(c -u investigator:investigator-pass "$U/api/search?q=Zorigtbaatar&limit=0" | json 'j["total"]')" 1

# A sign-in form posted from another site is refused, and the refusal does
# not say anyone signed in; a browser's own form names this host.
foreign() { c -D - -X POST -H "Origin: $1" --data-urlencode user=investigator --data-urlencode password=investigator-pass "$U/login"; }
page=$(foreign https://evil.example)
expect_contains "a sign-in posted from another site: 403" "$page" "HTTP/1.1 403"
expect_not_contains "...sets no session" "$page" "zaalt_session="
expect_not_contains "...and its page shows no one signed in" "$page" 'id="signed-in"'
expect_contains "a sign-in from an opaque origin (null): 403" "$(foreign null)" "HTTP/1.1 403"
expect_contains "a sign-in from this host's own page: 303" "$(foreign "$U")" "HTTP/1.1 303"

# Idle: the session ends after --session-idle seconds without a request.
sleep 9.5
expect_eq "an idle session has ended" "$(c "${jar[@]}" "$U/api/search?q=Zorigtbaatar&limit=0" | json 'j["total"]')" 0
# Sign-out ends a session at once.
head=$(post investigator investigator-pass)
cookie=$(printf '%s' "$head" | tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: zaalt_session=\([^;]*\);.*/\1/p')
jar=(-H "Cookie: zaalt_session=$cookie")
expect_eq "signed in again" "$(c "${jar[@]}" "$U/api/search?q=Zorigtbaatar&limit=0" | json 'j["total"]')" 1
expect_contains "sign-out: 303" "$(c "${jar[@]}" -D - -o /dev/null -X POST "$U/logout")" "HTTP/1.1 303"
expect_eq "...and the cookie reads nothing more" "$(c "${jar[@]}" "$U/api/search?q=Zorigtbaatar&limit=0" | json 'j["total"]')" 0

# Failures never say whether the user exists, and cost the same time.
post investigator wrong-guess-1 >/dev/null
known=$(cat "$tmpdir/post-body")
post nobody-such wrong-guess-1 >/dev/null
unknown=$(cat "$tmpdir/post-body")
t_known=$(c -o /dev/null -w '%{time_total}' -X POST --data 'user=investigator&password=wrong-guess-2' "$U/login")
t_unknown=$(c -o /dev/null -w '%{time_total}' -X POST --data 'user=nobody-such&password=wrong-guess-2' "$U/login")
expect_eq "a wrong password and an unknown user read the same" "$(printf '%s' "$known" | md5sum)" "$(printf '%s' "$unknown" | md5sum)"
python3 -c 'import sys; k, u = float(sys.argv[1]), float(sys.argv[2]); sys.exit(0 if u >= k / 3 else 1)' "$t_known" "$t_unknown" &&
    pass "an unknown user's check takes as long ($t_unknown s against $t_known s)" ||
    fail "an unknown user's check takes as long" "$t_unknown s against $t_known s"
# investigator has now failed twice, the address four times
# (--login-max-failures 4): throttled, even with the right password, with
# a Retry-After.
head=$(post investigator investigator-pass)
expect_contains "the next attempt gets 429" "$head" "HTTP/1.1 429"
expect_contains "...with Retry-After" "$(printf '%s' "$head" | tr 'A-Z' 'a-z')" "retry-after: "
expect_eq "...basic auth too" "$(c -o /dev/null -w '%{http_code}' -u investigator:wrong-guess-3 "$U/api/search?q=x")" 429
# The address is throttled as well: 3 failures from it for other names.
expect_eq "the address, after failures for several names, gets 429" \
    "$(c -o /dev/null -w '%{http_code}' -u third-name:wrong-guess "$U/api/search?q=x")" 429

# The audit log: sign-ins, failures, refusals, and what was shown.
kill -TERM "$server_pid"
wait "$server_pid" 2>/dev/null
log=$db/audit.log
expect_eq "the audit log is the owner's alone" "$(stat -c %a "$log")" 600
expect_contains "audit: a sign-in" "$(cat "$log")" '"action":"sign-in"'
expect_contains "audit: a failed sign-in" "$(cat "$log")" '"action":"sign-in-failed"'
expect_contains "audit: a refused (throttled) attempt" "$(cat "$log")" '"action":"sign-in-refused"'
expect_contains "audit: a sign-out" "$(cat "$log")" '"action":"sign-out"'
expect_contains "audit: the decision the investigator read" "$(grep '"action":"view"' "$log")" "$mn"
expect_not_contains "audit: never a password" "$(cat "$log")" "investigator-pass"
python3 -c '
import json, sys
for l in open(sys.argv[1]):
    j = json.loads(l)
    assert {"time", "action", "address"} <= j.keys(), l' "$log" && pass "audit: every line is JSON with time, action, address" ||
    fail "audit: every line is JSON with time, action, address"
expect_contains "zaalt audit --user" "$("$ZAALT" audit --db "$db" --user investigator --action view)" "$mn"
expect_eq "zaalt audit --doc" "$("$ZAALT" audit --db "$db" --doc "$mn" --json | grep -vc "$mn")" 0
expect_eq "zaalt audit --since tomorrow is empty" "$("$ZAALT" audit --db "$db" --since "$(date -u -d tomorrow +%F)" | wc -l)" 0
expect_eq "zaalt audit --until today has them all" "$("$ZAALT" audit --db "$db" --until "$(date -u +%F)" | wc -l)" "$(wc -l <"$log")"
expect_eq "zaalt audit --user nobody-such lists its two failed guesses" \
    "$("$ZAALT" audit --db "$db" --user nobody-such --action sign-in-failed | wc -l)" 2

# Off loopback without TLS: no password is ever asked for or checked.
addr=$(hostname -I 2>/dev/null | tr ' ' '\n' | grep -E '^[0-9]+\.' | grep -v '^127\.' | head -1)
if [ -z "$addr" ]; then
    skip "a listener off loopback without TLS never asks for a password" "no address off loopback"
else
    port=$(free_port)
    "$ZAALT" serve --db "$db" --bind "$addr" --port "$port" 2>>"$server_log" &
    plain=$!
    _server_pids+=("$plain")
    for _ in $(seq 100); do curl -s -o /dev/null "http://$addr:$port/" && break; sleep 0.1; done
    h=$(curl -s -D - -o /dev/null "http://$addr:$port/login")
    expect_not_contains "plain HTTP off loopback: /login asks for no basic auth" "$h" "WWW-Authenticate"
    h=$(curl -s -D - -o /dev/null -u investigator:investigator-pass "http://$addr:$port/api/search?q=Zorigtbaatar")
    expect_not_contains "...nor after credentials are sent" "$h" "WWW-Authenticate"
    expect_not_contains "...which read nothing restricted" \
        "$(curl -s -u investigator:investigator-pass "http://$addr:$port/api/search?q=Zorigtbaatar&limit=5")" "note.txt"
    expect_eq "...and are never checked (no sign-in in the audit log)" \
        "$(grep -c "\"address\":\"$addr\"" "$db/audit.log")" 0
    kill -TERM "$plain"
fi
