#!/usr/bin/env bash
# t85-access-http.sh — access levels never leak over HTTP.  A restricted
# decision with a unique word, applying article 13.1 of a public code, is
# planted; for every endpoint an anonymous visitor can neither see, count nor
# guess it: results, totals, facets, snippets, "did you mean", completion,
# the document and provision viewers, "cited by" lists, the API and the file
# download.  A signed-in investigator sees it; a wrong password gets 401;
# sign-in is refused on a non-loopback listener.
. tests/lib.sh

corpus=$tmpdir/c
mkdir -p "$corpus/pub" "$corpus/res"
cp corpus-config/demo/code/eruugiin_khuuli_demo_mn.xml "$corpus/pub/code.xml"
cat >"$corpus/res/secret.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<!-- Fictional restricted decision written for Zaalt's tests. -->
<decision xmlns="urn:zaalt:demo:1" xml:lang="mn">
  <title>Хаалттай хэргийн шийтгэх тогтоол</title>
  <court level="first-instance">Хан-Уул дүүргийн Эрүүгийн хэргийн анхан шатны шүүх</court>
  <decision-type>Шийтгэх тогтоол</decision-type>
  <number>2022/ШЦТ/999</number>
  <date>2022-02-02</date>
  <articles-applied><article>13.1.2.1</article></articles-applied>
  <outcome>conviction</outcome>
  <body><section kind="facts"><p>Насанд хүрээгүй хохирогч zorbuliquant нэртэй тосгоноос хилийн чанад руу гаргагдсан.</p></section></body>
</decision>
XML
db=$tmpdir/db
"$ZAALT" index -q --db "$db" --access public "$corpus/pub" &&
"$ZAALT" index -q --db "$db" --access restricted "$corpus/res" || { fail "index"; exit 1; }
rid=$("$ZAALT" search --db "$db" --json zorbuliquant | json 'j["hits"][0]["doc"]')
[ -n "$rid" ] || { fail "the operator finds the planted document"; exit 1; }

cfg=$tmpdir/cfg
mkdir -p "$cfg"
cp corpus-config/*.txt corpus-config/*.tsv corpus-config/*.ini "$cfg"/ 2>/dev/null
hash=$(echo "investigator-pass" | "$ZAALT" passwd)
printf '[user investigator]\nlevel = restricted\npassword = %s\n' "$hash" >"$cfg/users.ini"
export ZAALT_CONFIG_DIR=$cfg

start_server --db "$db" || { fail "zaalt serve starts" "$(tail -3 "$server_log")"; exit 1; }
base=$U
get() { curl -s "$@"; }

# Every anonymous view: the unique word, the document id, the case number
# and the title must appear nowhere.
views=(
  "/search?q=zorbuliquant" "/api/search?q=zorbuliquant" "/search?q=%D1%85%D0%BE%D1%85%D0%B8%D1%80%D0%BE%D0%B3%D1%87"
  "/api/search?q=type:decision" "/api/facets?q=" "/api/search?q=zorbuliquan" "/api/suggest?q=zorb"
  "/api/suggest?q=%D0%A5%D0%B0%D0%B0%D0%BB" "/api/search?q=cites:13.1" "/provision/13.1" "/api/provision/13.1"
  "/doc/$rid" "/api/doc/$rid" "/file/$rid" "/api/search?q=2022/%D0%A8%D0%A6%D0%A2/999"
)
# What the visitor typed comes back to them (the query box, "no document
# with id …"): strike their own words before looking for the secrets.
unecho() {
    python3 -c '
import sys, urllib.parse, re
url, body = sys.argv[1], sys.stdin.read()
u = urllib.parse.urlsplit(url)
typed = [urllib.parse.unquote(p) for p in u.path.split("/") if p]
typed += [v for _, v in urllib.parse.parse_qsl(u.query)]
for t in sorted(typed, key=len, reverse=True):
    for form in {t, urllib.parse.quote(t), urllib.parse.quote(t, safe="")}:
        if len(form) > 3:
            body = body.replace(form, "")
print(body)' "$1"
}
for v in "${views[@]}"; do
    body=$(get "$base$v" | unecho "$v")
    for secret in zorbuliquant "$rid" "ШЦТ/999" "Хаалттай"; do
        expect_not_contains "anonymous $v: no '$secret'" "$body" "$secret"
    done
done
# The planted word's own query echoes it back, so count instead of looking.
expect_eq "anonymous: the planted word counts nothing" "$(get "$base/api/search?q=zorbuliquant" | json 'j["total"]')" 0
expect_eq "anonymous: its case number counts nothing" \
    "$(get "$base/api/search?q=2022/%D0%A8%D0%A6%D0%A2/999" | json 'j["total"]')" 0
expect_eq "anonymous: decision facet counts nothing restricted" \
    "$(get "$base/api/search?q=&limit=0" | json '{v["value"]: v["count"] for v in j["facets"]["type"]}.get("decision", 0)')" 0
expect_eq "anonymous: restricted document is 404" "$(http_status "$base/doc/$rid")" 404
expect_eq "anonymous: restricted file is 404" "$(http_status "$base/file/$rid")" 404

# Signed in.
auth=(-u investigator:investigator-pass)
expect_eq "investigator finds it" "$(get "${auth[@]}" "$base/api/search?q=zorbuliquant" | json 'j["total"]')" 1
expect_eq "investigator opens it" "$(http_status "${auth[@]}" "$base/doc/$rid")" 200
expect_contains "investigator sees it cited" "$(get "${auth[@]}" "$base/api/search?q=cites:13.1")" "$rid"
expect_eq "wrong password is 401" "$(http_status -u investigator:wrong "$base/api/search?q=x")" 401
expect_contains "401 asks for basic auth" "$(curl -s -D - -u investigator:wrong -o /dev/null "$base/login")" "WWW-Authenticate: Basic"
expect_eq "login redirects once signed in" "$(http_status "${auth[@]}" "$base/login")" 303
expect_not_contains "the access log holds no password" "$(cat "$server_log")" "investigator-pass"
# A signed-in reader's answers are never cached (each is audited, and no
# reader learns from a fast answer what another searched); what the
# investigator was shown is never handed to the next anonymous visitor.
for v in "/api/search?q=zorbuliquant&limit=7" "/search?q=zorbuliquant&limit=7" "/api/facets?q=&limit=7"; do
    get "${auth[@]}" "$base$v" >/dev/null
    before=$(wc -l <"$server_log")
    seen=$(get "${auth[@]}" -D - "$base$v")
    for _ in $(seq 100); do [ "$(wc -l <"$server_log")" -gt "$before" ] && break; sleep 0.02; done
    expect_not_contains "investigator's repeat of $v is computed again, not cached" "$(tail -n 1 "$server_log")" "cache="
    expect_not_contains "no header says whether $v was cached" "$seen" "X-Zaalt-Cache"
    body=$(get "$base$v" | unecho "$v")
    for secret in zorbuliquant "$rid" "ШЦТ/999"; do
        expect_not_contains "anonymous $v after the investigator: no '$secret'" "$body" "$secret"
    done
done
expect_eq "anonymous after the investigator: the planted word counts nothing" \
    "$(get "$base/api/search?q=zorbuliquant&limit=7" | json 'j["total"]')" 0
stop_server

# Not on loopback: passwords would travel in clear, so sign-in is refused.
start_server --db "$db" --bind 0.0.0.0 || { fail "zaalt serve --bind 0.0.0.0 starts" "$(tail -3 "$server_log")"; exit 1; }
expect_eq "sign-in refused on a non-loopback listener" \
    "$(http_status "${auth[@]}" "$U/api/search?q=zorbuliquant")" 403
