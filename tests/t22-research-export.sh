#!/usr/bin/env bash
# t22-research-export.sh — result lists taken away and followed (issue 21): `zaalt search
# --format csv|ris|json` and GET /api/search?format=csv|ris: a header row,
# every hit a row with its citation in both languages and its link, CSV
# escaping (quotes, newlines, formulas), RIS records; the access level holds
# (a restricted decision never reaches an anonymous export); the results page
# links to both; GET /feed, the Atom feed of a search's newest documents,
# well-formed, escaped, in order and under the same access.
. tests/lib.sh

corpus=$tmpdir/c
mkdir -p "$corpus/pub" "$corpus/res"
cp corpus-config/demo/code/eruugiin_khuuli_demo_mn.xml "$corpus/pub/code.xml"
cp corpus-config/demo/decisions/2022_shtst_341_chingeltei_mn.xml "$corpus/pub/decision-2022.xml"
# A title a spreadsheet would run as a formula, with quotes and a comma.
printf '%s\n\n%s\n' '=HYPERLINK("http://evil.example","click"), quotezorb' 'Body of the quotezorb file about хохирогч <b>bold</b> & more.' \
    >"$corpus/pub/formula.txt"
cp tests/data/restricted-decision.xml "$corpus/res/secret.xml"
db=$tmpdir/db
"$ZAALT" index -q --db "$db" --access public "$corpus/pub" &&
    "$ZAALT" index -q --db "$db" --access restricted "$corpus/res" || { fail "index"; exit 1; }
# An older decision arrives a second later: the feed's newest.
sleep 1.1
cp corpus-config/demo/decisions/2021_shtst_098_dornod_mn.xml "$corpus/pub/decision.xml"
"$ZAALT" index -q --db "$db" --access public "$corpus/pub" || { fail "index a later file"; exit 1; }

# csv_rows: the CSV on stdin as a JSON list of dicts (Python's csv reader).
csv_rows() { python3 -c 'import csv, io, json, sys; print(json.dumps(list(csv.DictReader(io.StringIO(sys.stdin.read(), newline=""))), ensure_ascii=False))'; }

# ---- the command line ----
csv=$("$ZAALT" search --db "$db" --format csv 'хохирогч')
expect_eq "CSV: the header row" "$(printf '%s' "$csv" | head -1 | tr -d '\r')" \
    "title,type,court,number,date,provision,status,citation_mn,citation_en,link,id,valid_from,law_note"
total=$("$ZAALT" search --db "$db" --json --limit 0 'хохирогч' | json 'j["total"]')
expect_eq "CSV: one row per document found" "$(printf '%s' "$csv" | csv_rows | json 'len(j)')" "$total"
expect_contains "CSV: the operator's export holds the restricted decision" "$csv" "2022/ШЦТ/999"
rows=$(printf '%s' "$csv" | csv_rows)
expect_eq "CSV: a decision's number, court and date" \
    "$(echo "$rows" | json '[[r["number"], r["date"], r["court"][:6]] for r in j if r["number"] == "2021/ШЦТ/98"][0]')" \
    '["2021/ШЦТ/98", "2021-10-12", "Дорнод"]'
expect_contains "CSV: the decision's citation in Mongolian" \
    "$(echo "$rows" | json '[r["citation_mn"] for r in j if r["number"] == "2021/ШЦТ/98"][0]')" "2021/ШЦТ/98 дугаар шийдвэр"
expect_contains "CSV: and in English" \
    "$(echo "$rows" | json '[r["citation_en"] for r in j if r["number"] == "2021/ШЦТ/98"][0]')" "decision No. 2021/ШЦТ/98"
expect_eq "CSV: the link is the viewer's" \
    "$(echo "$rows" | json 'all(r["link"] == "/doc/" + r["id"] for r in j)')" True
code=$("$ZAALT" search --db "$db" --format csv 'provision:13.1' | csv_rows)
expect_eq "CSV: a provision and its status" "$(echo "$code" | json '[j[0]["provision"], j[0]["status"], j[0]["type"]]')" \
    '["13.1", "in_force", "code"]'
expect_contains "CSV: a provision's citation" "$(echo "$code" | json 'j[0]["citation_en"]')" "Criminal Code of Mongolia, Article 13.1"
f=$("$ZAALT" search --db "$db" --format csv quotezorb)
expect_contains "CSV: a formula is neutralised and quotes doubled" "$f" "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\"), quotezorb\""
expect_eq "CSV: the title reads back whole" "$(printf '%s' "$f" | csv_rows | json 'j[0]["title"]')" \
    "'=HYPERLINK(\"http://evil.example\",\"click\"), quotezorb"
expect_eq "CSV: no cell opens with a formula character" \
    "$(printf '%s' "$csv$f" | csv_rows | json 'any(v and v[0] in "=+-@" for r in j for v in r.values())')" False
b=$("$ZAALT" search --db "$db" --format csv --base-url http://zaalt.example/ quotezorb | csv_rows)
expect_contains "CSV: --base-url makes links whole" "$(echo "$b" | json 'j[0]["link"]')" "http://zaalt.example/doc/"
ris=$("$ZAALT" search --db "$db" --format ris 'хохирогч')
expect_eq "RIS: one record per document" "$(printf '%s' "$ris" | grep -c '^ER  - ')" "$total"
expect_contains "RIS: a decision is a CASE" "$ris" "TY  - CASE"
expect_contains "RIS: its number" "$ris" "M1  - 2021/ШЦТ/98"
expect_contains "RIS: its date" "$ris" "DA  - 2021/10/12/"
expect_eq "--format json is --json" "$("$ZAALT" search --db "$db" --format json quotezorb | json 'j["total"]')" 1
expect_status "--format xml is refused" 1 "$ZAALT" search --db "$db" --format xml x
expect_status "--limit past 1000 is refused for an export" 1 "$ZAALT" search --db "$db" --format csv --limit 1001 x
expect_eq "--limit bounds an export" "$("$ZAALT" search --db "$db" --format csv --limit 1 'хохирогч' | csv_rows | json 'len(j)')" 1

# ---- over HTTP, as an anonymous visitor and as the investigator ----
need_http
cfg=$tmpdir/cfg
mkdir -p "$cfg"
cp corpus-config/*.txt corpus-config/*.tsv corpus-config/*.ini "$cfg"/ 2>/dev/null
hash=$(echo "investigator-pass" | "$ZAALT" passwd)
printf '[user investigator]\nlevel = restricted\npassword = %s\n' "$hash" >"$cfg/users.ini"
export ZAALT_CONFIG_DIR=$cfg
start_server --db "$db" || { fail "zaalt serve starts"; exit 1; }
http_get "$U/api/search?q=%D1%85%D0%BE%D1%85%D0%B8%D1%80%D0%BE%D0%B3%D1%87&format=csv"
check "HTTP: format=csv is text/csv" eval 'status_is 200 && head_has "Content-Type: text/csv"'
check "HTTP: with its header row" eval '[ "$(head -1 "$tmpdir/body" | tr -d "\r")" = "title,type,court,number,date,provision,status,citation_mn,citation_en,link,id,valid_from,law_note" ]'
check "HTTP: an anonymous export lacks the restricted decision" eval 'body_lacks "2022/ШЦТ/999" && body_lacks "Хаалттай"'
check "HTTP: but holds the public one" body_has "2021/ШЦТ/98"
for q in "" "zorbuliquant" "type:decision" "cites:13.1"; do
    for fmt in csv ris; do
        out=$(curl -s -G "$U/api/search" --data-urlencode "q=$q" --data-urlencode "format=$fmt")
        expect_not_contains "HTTP: anonymous $fmt export of '$q' never names the restricted decision" "$out" "2022/ШЦТ/999"
    done
done
auth=(-u investigator:investigator-pass)
http_get "$U/api/search?q=zorbuliquant&format=csv" "${auth[@]}"
check "HTTP: the investigator's export holds it" body_has "2022/ШЦТ/999"
http_get "$U/api/search?q=zorbuliquant&format=ris" "${auth[@]}"
check "HTTP: format=ris" eval 'status_is 200 && head_has "application/x-research-info-systems" && body_has "M1  - 2022/ШЦТ/999"'
http_get "$U/api/search?q=x&format=pdf"
check "HTTP: an unknown format is a 400" eval 'status_is 400 && body_json "j[\"error\"][\"code\"] == \"bad_request\""'
http_get "$U/api/search?q=x&format=csv&limit=1001"
check "HTTP: an export of more than 1,000 is a 400" eval 'status_is 400'
http_get "$U/api/search?q=&format=csv&type=code"
check "HTTP: filters hold in an export" eval 'status_is 200 && body_lacks "\"decision\"" && body_has "\"code\""'
http_get "$U/search?q=%D1%85%D0%BE%D1%85%D0%B8%D1%80%D0%BE%D0%B3%D1%87&type=decision"
check "HTTP: the results page offers CSV with the same search" \
    body_has "/api/search?q=%D1%85%D0%BE%D1%85%D0%B8%D1%80%D0%BE%D0%B3%D1%87&amp;type=decision&amp;format=csv"
check "HTTP: and RIS" body_has "&amp;format=ris"

# ---- the Atom feed ----
# atom EXPR: the Python expression over the feed in $tmpdir/body parsed
# (ElementTree) as `f`, with `A` the Atom namespace.
atom() {
    python3 -c 'import sys, xml.etree.ElementTree as ET
A = "{http://www.w3.org/2005/Atom}"
f = ET.parse(sys.argv[1]).getroot()
r = eval(sys.argv[2])
print(r if isinstance(r, str) else repr(r))' "$tmpdir/body" "$1" 2>&1
}
http_get "$U/feed?q=%D1%85%D0%BE%D1%85%D0%B8%D1%80%D0%BE%D0%B3%D1%87"
check "feed: Atom" eval 'status_is 200 && head_has "Content-Type: application/atom+xml"'
expect_eq "feed: well-formed, an Atom feed" "$(atom 'f.tag')" "{http://www.w3.org/2005/Atom}feed"
expect_eq "feed: one entry per public document found" "$(atom 'len(f.findall(A + "entry"))')" \
    "$(curl -s "$U/api/search?q=%D1%85%D0%BE%D1%85%D0%B8%D1%80%D0%BE%D0%B3%D1%87&limit=0" | json 'j["total"]')"
expect_eq "feed: every entry has id, title, updated and a link" \
    "$(atom 'all(e.find(A + k) is not None for e in f.findall(A + "entry") for k in ("id", "title", "updated", "link"))')" True
# Updated is when an entry last changed in the index (a second apart or
# more when indexing takes time), the feed's order; published, a document's
# own date.
expect_eq "feed: newest first, by when each entry was indexed" \
    "$(atom '(lambda u: len(u) > 1 and all(len(t) == 20 for t in u) and u == sorted(u, reverse=True))([e.find(A + "updated").text for e in f.findall(A + "entry")])')" True
expect_eq "feed: the decision indexed last comes first, though dated before the other" \
    "$(atom 'f.findall(A + "entry")[0].find(A + "published").text')" "2021-10-12T00:00:00Z"
expect_eq "feed: a dated document is published on its date" \
    "$(atom 'sorted(e.find(A + "published").text for e in f.findall(A + "entry") if e.find(A + "published") is not None)[0][10:]')" "T00:00:00Z"
check "feed: anonymous, the restricted decision is not in it" eval 'body_lacks "2022/ШЦТ/999" && body_lacks "Хаалттай"'
expect_eq "feed: a title with quotes reads back whole" \
    "$(atom '[e.find(A + "title").text for e in f.findall(A + "entry") if "quotezorb" in e.find(A + "title").text][0]')" \
    '=HYPERLINK("http://evil.example","click"), quotezorb'
http_get "$U/feed?q=quotezorb"
expect_contains "feed: the summary is the snippet, escaped once more" "$(atom 'f.find(A + "entry").find(A + "summary").text')" \
    "&lt;b&gt;bold&lt;/b&gt; &amp; more"
http_get "$U/feed?q=zorbuliquant"
expect_eq "feed: the anonymous feed of the restricted word is empty" "$(atom 'len(f.findall(A + "entry"))')" 0
http_get "$U/feed?q=zorbuliquant" "${auth[@]}"
expect_eq "feed: the investigator's holds it" "$(atom 'len(f.findall(A + "entry"))')" 1
http_get "$U/feed?q=&type=code"
expect_eq "feed: filters hold" "$(atom 'sorted(set(c.get("term") for c in f.iter(A + "category")))')" "['code']"
http_get "$U/feed?q=judge+NEAR"
check "feed: a malformed query is a 400" eval 'status_is 400'
http_get "$U/search?q=%D1%85%D0%BE%D1%85%D0%B8%D1%80%D0%BE%D0%B3%D1%87&type=decision&sort=newest"
check "HTTP: the results page links to the feed of the same search" \
    body_has "/feed?q=%D1%85%D0%BE%D1%85%D0%B8%D1%80%D0%BE%D0%B3%D1%87&amp;type=decision\""

# ---- similar documents ----
rid=$("$ZAALT" search --db "$db" --json zorbuliquant | json 'j["hits"][0]["doc"]')
pid=$("$ZAALT" search --db "$db" --json 'number:2021/ШЦТ/98' | json 'j["hits"][0]["doc"]')
http_get "$U/api/similar/$pid"
check "similar: JSON of other documents" \
    eval 'status_is 200 && body_json "len(j[\"hits\"]) > 0 and all(h[\"doc\"] != \"'"$pid"'\" for h in j[\"hits\"])"'
check "similar: a decision's like shares its provision (the code's 13.13)" body_json '"article:13.13.1" in j["query"]'
check "similar: anonymous, never the restricted decision" eval 'body_lacks "'"$rid"'" && body_lacks "Хаалттай"'
http_get "$U/api/similar/$pid" "${auth[@]}"
check "similar: the investigator's may hold it (both apply 13.x)" eval 'status_is 200'
http_get "$U/api/similar/$rid"
check "similar: of a restricted document, anonymous: 404" eval 'status_is 404 && body_json "j[\"error\"][\"code\"] == \"not_found\""'
http_get "$U/api/similar/$rid" "${auth[@]}"
check "similar: the investigator's: 200, without itself" \
    eval 'status_is 200 && body_json "all(h[\"doc\"] != \"'"$rid"'\" for h in j[\"hits\"])"'
http_get "$U/api/similar/$pid?limit=0"
check "similar: a bad limit is a 400" eval 'status_is 400'
http_get "$U/doc/$pid"
check "similar: the viewer's panel" eval 'status_is 200 && body_has "id=\"similar-h\"" && body_lacks "'"$rid"'"'
