#!/usr/bin/env bash
# t23-saved-searches.sh — saved searches (issue 21): a reader signed in
# with a session saves a results page's search (a POST with the form token
# of their session: none, a wrong one, another site's page or another
# reader's are refused), sees it at /saved with what is new since their last
# visit, visits it, gets a private Atom feed whose token stands for them
# (what they may see, and only that; the level users.ini gives them now),
# revokes the token and deletes the search.  Another reader never sees or
# changes it; the store is a file in the index folder, the server user's
# alone.
. tests/lib.sh

corpus=$tmpdir/c
mkdir -p "$corpus/pub" "$corpus/res"
printf 'Public zorbuliquant note about хохирогч.\n' >"$corpus/pub/public.txt"
cp tests/data/restricted-decision.xml "$corpus/res/secret.xml"
db=$tmpdir/db
"$ZAALT" index -q --db "$db" --access public "$corpus/pub" &&
    "$ZAALT" index -q --db "$db" --access restricted "$corpus/res" || { fail "index"; exit 1; }
# A unit of a visit's own second counts as new: the searches saved below
# must fall in a later second than this indexing, or "nothing new" is luck.
sleep 1.1

cfg=$tmpdir/cfg
mkdir -p "$cfg"
cp corpus-config/*.txt corpus-config/*.tsv corpus-config/*.ini "$cfg"/ 2>/dev/null
users() { # users LEVEL-OF-INVESTIGATOR
    {
        printf '[user investigator]\nlevel = %s\npassword = %s\n' "$1" "$(echo investigator-pass | "$ZAALT" passwd)"
        printf '[user clerk]\nlevel = restricted\npassword = %s\n' "$(echo clerk-pass | "$ZAALT" passwd)"
    } >"$cfg/users.ini"
}
users restricted
export ZAALT_CONFIG_DIR=$cfg

port=$(free_port)
U=http://127.0.0.1:$port
serve() {
    "$ZAALT" serve --db "$db" --port "$port" --audit-log "$tmpdir/audit.log" 2>>"$tmpdir/server.log" &
    server_pid=$!
    _server_pids+=("$server_pid")
    for _ in $(seq 200); do curl -s -o /dev/null "$U/" && break; sleep 0.1; done
}
serve

# sign_in USER PASSWORD: the session cookie's value.
sign_in() {
    curl -s -D - -o /dev/null -X POST --data-urlencode "user=$1" --data-urlencode "password=$2" "$U/login" |
        tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: zaalt_session=\([^;]*\);.*/\1/p'
}
inv=$(sign_in investigator investigator-pass)
clerk=$(sign_in clerk clerk-pass)
[ -n "$inv" ] && [ -n "$clerk" ] && pass "two readers sign in" || { fail "two readers sign in"; exit 1; }
I=(-H "Cookie: zaalt_session=$inv")
C=(-H "Cookie: zaalt_session=$clerk")
# The value of the hidden field NAME in the HTML on stdin (the first).
field() { python3 -c '
import html, re, sys
m = re.search(r"name=\"%s\" value=\"([^\"]*)\"" % sys.argv[1], sys.stdin.read())
print(html.unescape(m.group(1)) if m else "")' "$1"; }

# ---- the form on the results page ----
page=$(curl -s "${I[@]}" "$U/search?q=zorbuliquant&type=decision")
expect_contains "the results page offers a signed-in reader to save the search" "$page" 'action="/saved"'
csrf=$(printf '%s' "$page" | field csrf)
search=$(printf '%s' "$page" | field search)
expect_eq "...the search it saves is the page's" "$search" "q=zorbuliquant&type=decision"
[ ${#csrf} -eq 64 ] && pass "...with a form token" || fail "...with a form token" "'$csrf'"
expect_not_contains "an anonymous reader is not offered it" "$(curl -s "$U/search?q=zorbuliquant")" 'action="/saved"'
expect_not_contains "...nor one with basic credentials (no session, no form token)" \
    "$(curl -s -u investigator:investigator-pass "$U/search?q=zorbuliquant")" 'action="/saved"'
clerk_csrf=$(curl -s "${C[@]}" "$U/search?q=zorbuliquant" | field csrf)
[ -n "$clerk_csrf" ] && [ "$clerk_csrf" != "$csrf" ] && pass "each session has its own form token" ||
    fail "each session has its own form token"

save() { curl -s -o /dev/null -w '%{http_code}' -X POST "$@" "$U/saved"; }
expect_eq "a save without the form token is refused" "$(save "${I[@]}" --data-urlencode "search=$search")" 403
wrong=${csrf%?}$([ "${csrf: -1}" = 0 ] && echo 1 || echo 0) # its last digit changed
expect_eq "...with a wrong one" "$(save "${I[@]}" --data-urlencode "search=$search" --data-urlencode "csrf=$wrong")" 403
expect_eq "...with another reader's" "$(save "${I[@]}" --data-urlencode "search=$search" --data-urlencode "csrf=$clerk_csrf")" 403
expect_eq "...from another site's page" \
    "$(save "${I[@]}" -H 'Origin: http://evil.example' --data-urlencode "search=$search" --data-urlencode "csrf=$csrf")" 403
expect_eq "...from an anonymous reader (to the sign-in page)" \
    "$(save --data-urlencode "search=$search" --data-urlencode "csrf=$csrf")" 303
expect_eq "...with nothing to search" "$(save "${I[@]}" --data-urlencode "search=page=2" --data-urlencode "csrf=$csrf")" 400
expect_eq "nothing was saved by them" "$([ -e "$db/saved-searches.json" ] && grep -c '"id"' "$db/saved-searches.json" || echo 0)" 0
expect_eq "a save with the form token: 303 to /saved" \
    "$(save "${I[@]}" --data-urlencode "search=$search" --data-urlencode "csrf=$csrf" --data-urlencode 'name=Trafficking <script>alert(1)</script>')" 303

# ---- the list ----
list=$(curl -s "${I[@]}" "$U/saved")
expect_contains "/saved lists it, its name escaped" "$list" "Trafficking &lt;script&gt;alert(1)&lt;/script&gt;"
expect_not_contains "...never as markup" "$list" "<script>alert(1)"
expect_contains "...its words and filters as a reader reads them, not percent-encoded" "$list" \
    '<p class="search"><q class="words">zorbuliquant</q> <span class="chip">Төрөл: Шүүхийн шийдвэр</span></p>'
id=$(printf '%s' "$list" | sed -n 's/.*data-saved="\([0-9a-f]*\)".*/\1/p' | head -1)
token=$(printf '%s' "$list" | sed -n 's|.*href="/feed/saved/\([0-9a-f]*\)".*|\1|p' | head -1)
[ ${#id} -eq 16 ] && [ ${#token} -eq 64 ] && pass "...with its id and a private feed link" ||
    fail "...with its id and a private feed link" "id '$id' token '$token'"
expect_contains "...nothing new since it was saved, one in all" "$(printf '%s' "$list" | tr -d '\n')" \
    'сүүлд үзсэнээс хойш 0 шинэ</strong> · <span class="total">нийт 1'
expect_eq "the store is a file in the index folder, the server user's alone" "$(stat -c %a "$db/saved-searches.json")" 600

# ---- the same list for a program ----
api=$(curl -s "${I[@]}" "$U/api/saved")
expect_eq "/api/saved: the search, its name as written, its counts" \
    "$(echo "$api" | json '[len(j["saved"]), j["saved"][0]["id"], j["saved"][0]["name"], j["saved"][0]["total"], j["saved"][0]["new"], j["saved"][0]["url"]]')" \
    "[1, \"$id\", \"Trafficking <script>alert(1)</script>\", 1, 0, \"/saved/$id\"]"
expect_contains "...its query" "$(echo "$api" | json 'j["saved"][0]["search"]')" "q=zorbuliquant"
expect_not_contains "...never the private feed's token" "$api" "$token"
expect_eq "anonymous /api/saved: 401" "$(curl -s -o /dev/null -w '%{http_code}' "$U/api/saved")" 401

# ---- the private feed ----
feed=$(curl -s "$U/feed/saved/$token")
expect_contains "the private feed, fetched with no session, holds the restricted decision" "$feed" "Хаалттай хэргийн шийтгэх тогтоол"
python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parseString(sys.stdin.buffer.read())' <<<"$feed" &&
    pass "...well-formed XML" || fail "...well-formed XML"
expect_contains "...its self link is its own address" "$feed" "href=\"/feed/saved/$token\""
feed=$(curl -s "$U/feed?q=zorbuliquant&type=decision")
expect_contains "the public feed of the same search answers" "$feed" "<feed"
expect_not_contains "...without it" "$feed" "Хаалттай"
expect_eq "a made-up token: 404" "$(curl -s -o /dev/null -w '%{http_code}' "$U/feed/saved/${token%?????}00000")" 404
expect_contains "the feed's reading is audited under its owner" "$(grep '"action":"feed"' "$tmpdir/audit.log")" '"user":"investigator"'

# ---- another reader ----
clist=$(curl -s "${C[@]}" "$U/saved")
expect_not_contains "another reader's /saved shows neither the search" "$clist" "$id"
expect_not_contains "...nor its token" "$clist" "$token"
expect_eq "...cannot visit it" "$(curl -s -o /dev/null -w '%{http_code}' "${C[@]}" "$U/saved/$id")" 404
expect_eq "...nor delete it with their own form token" \
    "$(curl -s -o /dev/null -w '%{http_code}' "${C[@]}" -X POST --data-urlencode "csrf=$clerk_csrf" "$U/saved/$id/delete")" 404
expect_eq "anonymous /saved goes to the sign-in page" "$(curl -s -o /dev/null -w '%{http_code}' "$U/saved")" 303
expect_eq "another reader's /api/saved is empty" "$(curl -s "${C[@]}" "$U/api/saved" | json 'j["saved"]')" "[]"

# ---- new since the last visit ----
sleep 1.1
cat >"$corpus/res/later.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<!-- Fictional restricted decision written for Zaalt's tests. -->
<decision xmlns="urn:zaalt:demo:1" xml:lang="mn">
  <title>Дараагийн шийтгэх тогтоол</title>
  <court level="first-instance">Сүхбаатар дүүргийн Эрүүгийн хэргийн анхан шатны шүүх</court>
  <decision-type>Шийтгэх тогтоол</decision-type>
  <number>2023/ШЦТ/111</number>
  <date>2023-03-03</date>
  <outcome>conviction</outcome>
  <body><section kind="facts"><p>Хохирогч zorbuliquant дахин.</p></section></body>
</decision>
XML
"$ZAALT" index -q --db "$db" --access restricted "$corpus/res" || fail "index again"
list=$(curl -s "${I[@]}" "$U/saved" | tr -d '\n')
expect_contains "a decision indexed after the visit is new" "$list" 'сүүлд үзсэнээс хойш 1 шинэ</strong> · <span class="total">нийт 2'
expect_contains "in English too" "$(curl -s "${I[@]}" "$U/saved?ui=en" | tr -d '\n')" '1 new since your last visit'
expect_eq "...and in /api/saved (new, total)" "$(curl -s "${I[@]}" "$U/api/saved" | json '[j["saved"][0]["new"], j["saved"][0]["total"]]')" "[1, 2]"
sleep 1.1
h=$(curl -s -D - -o /dev/null "${I[@]}" "$U/saved/$id" | tr -d '\r')
expect_contains "visiting it opens its search" "$h" "Location: /search?q=zorbuliquant&type=decision"
expect_contains "...after which nothing is new" "$(curl -s "${I[@]}" "$U/saved" | tr -d '\n')" 'хойш 0 шинэ'

# ---- revoking, the owner's level now, deleting ----
csrf=$(curl -s "${I[@]}" "$U/saved" | field csrf)
expect_eq "revoking the feed link: 303" \
    "$(curl -s -o /dev/null -w '%{http_code}' "${I[@]}" -X POST --data-urlencode "csrf=$csrf" "$U/saved/$id/revoke")" 303
token2=$(curl -s "${I[@]}" "$U/saved" | sed -n 's|.*href="/feed/saved/\([0-9a-f]*\)".*|\1|p' | head -1)
[ ${#token2} -eq 64 ] && [ "$token2" != "$token" ] && pass "...gives a new token" || fail "...gives a new token"
expect_eq "...the old one finds nothing" "$(curl -s -o /dev/null -w '%{http_code}' "$U/feed/saved/$token")" 404
expect_contains "...the new one works" "$(curl -s "$U/feed/saved/$token2")" "Дараагийн шийтгэх тогтоол"
old_csrf=$csrf
stop_server && pass "the server stops cleanly (no leak under SANITIZE=1)" ||
    fail "the server stops cleanly (no leak under SANITIZE=1)" "$(tail -5 "$tmpdir/server.log")"
users public
serve
feed=$(curl -s "$U/feed/saved/$token2")
expect_contains "the owner lowered to public: the feed still answers" "$feed" "<feed"
expect_not_contains "...but no longer shows restricted decisions" "$feed" "шийтгэх тогтоол"
users restricted
stop_server && pass "the server stops cleanly (no leak under SANITIZE=1)" ||
    fail "the server stops cleanly (no leak under SANITIZE=1)" "$(tail -5 "$tmpdir/server.log")"
serve
inv=$(sign_in investigator investigator-pass)
I=(-H "Cookie: zaalt_session=$inv")
expect_contains "saved searches outlive the server" "$(curl -s "${I[@]}" "$U/saved")" "data-saved=\"$id\""
csrf=$(curl -s "${I[@]}" "$U/saved" | field csrf)
expect_eq "the old session's form token is no longer good" \
    "$(curl -s -o /dev/null -w '%{http_code}' "${I[@]}" -X POST --data-urlencode "csrf=$old_csrf" "$U/saved/$id/delete")" 403
expect_eq "deleting: 303" \
    "$(curl -s -o /dev/null -w '%{http_code}' "${I[@]}" -X POST --data-urlencode "csrf=$csrf" "$U/saved/$id/delete")" 303
expect_not_contains "...it is gone" "$(curl -s "${I[@]}" "$U/saved")" "data-saved="
expect_eq "...and so is its feed" "$(curl -s -o /dev/null -w '%{http_code}' "$U/feed/saved/$token2")" 404
expect_eq "GET on a POST-only action changes nothing (404)" \
    "$(curl -s -o /dev/null -w '%{http_code}' "${I[@]}" "$U/saved/$id/delete")" 404

# ---- a long Cyrillic search (six bytes a letter once URL-encoded) is saved ----
# As the results page's form holds it: the query string URL-encoded (300
# letters, under the 2,048 bytes a query string may have), encoded again in
# the form's body, with a name of 190 Cyrillic letters: more than 4 KB.
long_search=$(python3 -c 'import urllib.parse; print("q=" + urllib.parse.quote("хүн худалдаалах " * 20))')
long_name=$(printf 'Хүн худалдаалах хэрэг %.0s' $(seq 9))
expect_eq "a long Cyrillic search and name (over 4 KB of form) is saved" \
    "$(save "${I[@]}" --data-urlencode "search=$long_search" --data-urlencode "csrf=$csrf" --data-urlencode "name=${long_name:0:190}")" 303
expect_contains "...and listed in its letters" "$(curl -s "${I[@]}" "$U/saved")" '<q class="words">хүн худалдаалах хүн худалдаалах'

# ---- a store that cannot be read is never overwritten ----
printf 'not json {' >"$db/saved-searches.json"
csrf=$(curl -s "${I[@]}" "$U/search?q=zorbuliquant" | field csrf)
expect_eq "an unreadable store: /saved says so (500)" "$(curl -s -o /dev/null -w '%{http_code}' "${I[@]}" "$U/saved")" 500
expect_eq "...a save fails" "$(save "${I[@]}" --data-urlencode "search=q=zorbuliquant" --data-urlencode "csrf=$csrf")" 500
expect_eq "...and leaves the file as it was" "$(cat "$db/saved-searches.json")" "not json {"
expect_contains "...the server's log names the file" "$(cat "$tmpdir/server.log")" "saved-searches.json"

# ---- off loopback without TLS a feed token would cross the network in clear ----
addr=$(hostname -I 2>/dev/null | tr ' ' '\n' | grep -E '^[0-9]+\.' | grep -v '^127\.' | head -1)
if [ -z "$addr" ]; then
    skip "off loopback without TLS the private feed is refused" "no address off loopback"
else
    p2=$(free_port)
    "$ZAALT" serve --db "$db" --bind "$addr" --port "$p2" 2>>"$tmpdir/server.log" &
    _server_pids+=("$!")
    for _ in $(seq 100); do curl -s -o /dev/null "http://$addr:$p2/" && break; sleep 0.1; done
    expect_eq "off loopback without TLS the private feed is refused" \
        "$(curl -s -o /dev/null -w '%{http_code}' "http://$addr:$p2/feed/saved/$token2")" 403
fi
