#!/usr/bin/env bash
# t72-amendments.sh — the law as it stands, end to end on the real statutes
# (../shared/corpus/mn/law): a repealed article (6.11 of the 2015 Criminal
# Code, repealed on 2017-05-11) is left out of a default search and
# announced, found by status:repealed / status:any and by an in-force day
# before its repeal, and still opened by its reference; an article in force
# (5.4) carries its dated history and its repealed part; the notes are not
# in the text, nor is a repealed part in its article's snippet; the command
# line's text marks what is repealed (a repealed part's points with it);
# amended: ranges; a repealed Тайлбар;
# notes dated by the day they apply from, wrapped over lines, and a plain
# amendment after a repeal; the same through the JSON API and pages.
# Skips when ../shared is absent.
. tests/lib.sh

have_shared || skip_all "the shared corpus is absent"
need_http
db=$tmpdir/db
# (Indexed once per tests/run, t32-law-english.sh's index too: lib.sh.)
index_statutes "$db"
# s QUERY... : `zaalt search --json` of $db; a lone query the ask below
# kept is answered from it (the same search, asked by one process).
s() {
    if [ $# -eq 1 ] && answered "$1"; then answer "$1"; return; fi
    "$ZAALT" search --db "$db" --json "$@"
}
provisions() { json '[h["provision"] for h in j["hits"]]'; }
# The heading of 6.11 as written.  (Its last five words alone now rank 5.5
# Зорчих эрхийг хязгаарлах, a whole heading within them, first in the Code.)
Q='хорих ялыг зорчих эрхийг хязгаарлах ялаар солих'
P='нийт нэг зуун хориос дөрвөн зуун наян цагаар'
T='"эргүүлэн өгсөн" залилах'
G='"өршөөсөн, уучилсан шийдвэрийн талаар"'
# The lone queries of $db asked below until a decision joins the statutes,
# by one process.
ask "$db" -- "$Q" "$Q status:any" 'Ерөнхийлөгч status:any' '6.11 дүгээр зүйл' 'article:6.11' \
    'what does article 6.11 say?' '6.11 дүгээр зүйлд юу гэж заасан бэ' 'хорих 6.11' 'provision:5.4' "$P" \
    "$P status:any" 'article:5.4' 'өдөрт дөрвөөс дээшгүй цагаар тогтооно' "$T" "$T status:any" 'article:17.3' \
    '"зохион байгуулалттай гэмт бүлэг үйлдсэн" залилах' "$G" "$G status:any" \
    '"насанд хүрээгүй гэрч, хохирогчийг хамгаалах чиглэлээр"' 'provision:5.4 amended:2017-01-01..2017-12-31' \
    'amended:2017-01-01..2017-12-31' 'provision:5.4 amended:2010..2012'

# ---- Search: today's law by default --------------------------------------
r=$(s "$Q")
expect_not_contains "a default search leaves repealed 6.11 out" "$(echo "$r" | provisions)" '"6.11"'
expect_eq "and says one repealed provision also matches" "$(echo "$r" | json 'j["repealed_matching"]')" 1
expect_eq "hits carry their status" "$(echo "$r" | json 'sorted(set(h["status"] for h in j["hits"]))')" '["in_force"]'
r=$(s "$Q status:any")
expect_contains "status:any brings it back" "$(echo "$r" | json '[(h["provision"], h["status"], h["repealed_on"]) for h in j["hits"]]')" \
    '["6.11", "repealed", "2017-05-11"]'
expect_eq "facets.status counts documents by status" "$(echo "$r" | json '{v["value"]: v["count"] for v in j["facets"]["status"]}')" \
    '{"in_force": 2, "repealed": 1}'
expect_eq "nothing more to announce" "$(echo "$r" | json 'j["repealed_matching"]')" 0
expect_eq "status:repealed, as a filter" "$(s --filter status:repealed "$Q" | provisions)" '["6.11"]'
# 6.11 was repealed (2017-05-11) before the 2015 Code took effect
# (2017-07-01, its last article): on no day was it law in force.
expect_not_contains "not in force on 2016-01-01: the Code took effect on 2017-07-01" \
    "$(s --filter inforce:2016-01-01 "$Q" | provisions)" '"6.11"'
expect_eq "...the day status:any says its articles are in force from" \
    "$(s "$Q status:any" | json 'sorted(set(h["valid_from"] for h in j["hits"] if h["path"].endswith("eruugiin_khuuli_2015.txt")))')" \
    '["2017-07-01"]'
expect_not_contains "not in force on 2018-01-01" "$(s --filter inforce:2018-01-01 "$Q" | provisions)" '"6.11"'
expect_contains "a bad status is refused" "$(s --filter status:dead "$Q" 2>&1)" "in_force, repealed or any"

# ---- The Constitution takes effect from an hour of a day, its month in
# words ("1992 оны хоёрдугаар сарын 12-ны өдрийн 12 цаг … цагаас эхлэн улс
# даяар дагаж мөрдөнө"): not law before it (it had no start, so was law on
# any day).
expect_eq "the Constitution is in force from 1992-02-12" \
    "$(s 'Ерөнхийлөгч status:any' | json 'sorted(set(h["valid_from"] for h in j["hits"] if h["path"].endswith("undsen_khuuli.txt")))')" \
    '["1992-02-12"]'
expect_eq "...and is no law on 1985-01-01" \
    "$(s -n 50 'Ерөнхийлөгч inforce:1985-01-01' | json 'len([h for h in j["hits"] if h["path"].endswith("undsen_khuuli.txt")])')" 0

# ---- A reference still opens a repealed provision -------------------------
r=$(s '6.11 дүгээр зүйл')
expect_eq "6.11 дүгээр зүйл opens it first" "$(echo "$r" | json '[j["hits"][0]["provision"], j["hits"][0]["status"], j["hits"][0]["repealed_on"]]')" \
    '["6.11", "repealed", "2017-05-11"]'
expect_eq "article:6.11 too" "$(s 'article:6.11' | json '[j["hits"][0]["provision"], j["hits"][0]["status"]]')" '["6.11", "repealed"]'
# ...and so does a question about it, in English or Mongolian (the
# Infringements Law's 6.11, in force, was put first).
expect_eq "a question, what does article 6.11 say, opens it first" \
    "$(s 'what does article 6.11 say?' | json '[j["hits"][0]["provision"], j["hits"][0]["status"], j["hits"][0]["path"]]')" \
    '["6.11", "repealed", "eruugiin_khuuli_2015.txt"]'
expect_eq "6.11 дүгээр зүйлд юу гэж заасан бэ opens it first" \
    "$(s '6.11 дүгээр зүйлд юу гэж заасан бэ' | json '[j["hits"][0]["provision"], j["hits"][0]["status"]]')" '["6.11", "repealed"]'
expect_eq "a content word beside the number is no question about it: today's law" \
    "$(s 'хорих 6.11' | json '[sorted(set(h["status"] for h in j["hits"])), j["repealed_matching"]]')" '[["in_force"], 1]'

# ---- History of an article in force ---------------------------------------
code=$(s 'provision:5.4' | json 'j["hits"][0]["id"]')
v=$("$ZAALT" show --db "$db" --json "$code")
expect_eq "5.4 is in force" "$(echo "$v" | json '[j["status"], j["repealed_on"]]')" '["in_force", null]'
expect_eq "its dated history, oldest first" "$(echo "$v" | json '[(a["date"], a["change"], a["part"]) for a in j["amendments"]]')" \
    '[["2017-05-11", "restated", "5.4.2"], ["2017-05-11", "repealed", "5.4.3"], ["2017-05-11", "amended", "5.4.5"]]'
expect_eq "its part 3 is repealed, in the JSON" \
    "$(echo "$v" | json '[(p["key"], p["status"], p["repealed_on"]) for u in j["units"] if u["id"] == j["focus"] for p in u["parts"] if p["status"] != "in_force"]')" \
    '[["5.4.3", "repealed", "2017-05-11"]]'
expect_not_contains "the notes left the text" "$(echo "$v" | json '[u["text"] for u in j["units"] if u["id"] == j["focus"]][0]')" "хуулиар"
expect_eq "the act's currency" "$(echo "$v" | json '[j["amended_to"] >= "2017-05-11", j["changes"] > 300]')" '[true, true]'
expect_not_contains "a repealed part's words do not make its article match" \
    "$(s 'нийт нэг зуун хориос дөрвөн зуун наян цагаар' | provisions)" '"5.4"'
# ...but they are found as what they are: the repealed part of a living
# article, by status:any, status:repealed and a day before the repeal.
P='нийт нэг зуун хориос дөрвөн зуун наян цагаар'
# (M4) such a hit opens the article, in force: its status is the article's,
# and its own fields say the match is in a part repealed on a day.
parts() { json '[(h["provision"], h["status"], h["repealed_on"], h["match_in_repealed_part"], h["repealed_parts_on"], h["repealed_parts"]) for h in j["hits"] if h["repealed_parts"]]'; }
expect_eq "...announced by a default search" "$(s "$P" | json 'j["repealed_matching"]')" 1
expect_eq "...found by status:any as part 5.4.3, repealed, of article 5.4 in force" "$(s "$P status:any" | parts)" \
    '[["5.4", "in_force", null, true, "2017-05-11", ["5.4.3"]]]'
expect_eq "...and by status:repealed" "$(s --filter status:repealed "$P" | parts)" '[["5.4", "in_force", null, true, "2017-05-11", ["5.4.3"]]]'
# (repealed before the Code took effect: in force on no day)
expect_eq "...never in force on a day: not on 2016-01-01, before the Code took effect" \
    "$(s --filter inforce:2016-01-01 "$P" | parts)" '[]'
expect_eq "...and its CSV row says the article is in force" \
    "$("$ZAALT" search --db "$db" --format csv "$P status:any" | python3 -c 'import csv, sys; print(list(csv.DictReader(sys.stdin))[0]["status"])')" in_force
expect_eq "any other hit says its match is in no repealed part" \
    "$(s 'article:5.4' | json '[h["match_in_repealed_part"] for h in j["hits"]][:1]')" '[false]'
expect_eq "...but not on 2018-01-01" "$(s --filter inforce:2018-01-01 "$P" | parts)" '[]'
expect_eq "...its snippet is the repealed part's" "$(s "$P status:any" | json '["наян" in h["snippet"] for h in j["hits"] if h["repealed_parts"]]')" '[true]'
expect_eq "...and it opens the article" "$(s "$P status:any" | json '[h["id"] for h in j["hits"] if h["repealed_parts"]]')" \
    "$(s 'provision:5.4' | json '[j["hits"][0]["id"]]')"
expect_contains "...whose text line says the article lives" "$("$ZAALT" search --db "$db" "$P status:any")" \
    "· PART 5.4.3 REPEALED on 2017-05-11 (the article is in force)"
expect_eq "the article 5.4 itself is no repealed provision" "$(s --filter status:repealed 'provision:5.4' | json 'j["total"]')" 0
expect_eq "...nor does article:5.4 open its repealed part" "$(s 'article:5.4' | json '[j["hits"][0]["provision"], j["hits"][0]["status"], j["hits"][0]["repealed_parts"]]')" \
    '["5.4", "in_force", null]'

r=$(s 'өдөрт дөрвөөс дээшгүй цагаар тогтооно')
expect_eq "a living article's snippet and passages leave its repealed part out" \
    "$(echo "$r" | json '[("наян" in h["snippet"]) or any("наян" in p for p in h["passages"]) for h in j["hits"] if h["provision"] == "5.4"]')" '[false]'

# ---- A repealed Тайлбар (explanatory note) of a living article ------------
# 17.3's Тайлбар ("returning the property: no fraud") was repealed on
# 2017-05-11; the article lives.  Its words match only as what they are.
T='"эргүүлэн өгсөн" залилах'
expect_eq "a repealed Тайлбар's words do not make its article match" "$(s "$T" | json '[j["total"], j["repealed_matching"]]')" '[0, 1]'
expect_eq "...status:any finds it as the Тайлбар of 17.3, repealed" \
    "$(s "$T status:any" | json '[(h["provision"], h["repealed_parts_on"], h["repealed_parts"]) for h in j["hits"]]')" \
    '[["17.3", "2017-05-11", ["17.3 Тайлбар"]]]'
expect_contains "...and zaalt show marks it where it ends" \
    "$("$ZAALT" show --db "$db" "$(s 'article:17.3' | json 'j["hits"][0]["id"]')")" "тооцохгүй.  [17.3 Тайлбар REPEALED on 2017-05-11]"
expect_eq "...the article's part 3 is in force" "$(s '"зохион байгуулалттай гэмт бүлэг үйлдсэн" залилах' | json '[h["provision"] for h in j["hits"]][:1]')" '["17.3"]'

# ---- The command line's text says what is not law ---------------------------
t=$("$ZAALT" show --db "$db" "$code")
expect_contains "zaalt show marks a repealed part where it ends" "$t" "тогтооно.  [5.4.3 REPEALED on 2017-05-11]"
expect_contains "...and prints the article's history" "$t" "2017-05-11 repealed 5.4.3: Энэ хэсгийг"
# A part repealed takes its points: 25.3 of the witness-protection law went on
# 2016-07-21, its note after its points 25.3.1-25.3.4.
G='"өршөөсөн, уучилсан шийдвэрийн талаар"'
expect_eq "a point of a repealed part does not match as law in force" "$(s "$G" | json '[h["provision"] for h in j["hits"]]')" '[]'
expect_eq "...and is among its article's repealed parts" \
    "$(s "$G status:any" | json '[(h["provision"], h["repealed_parts"]) for h in j["hits"]]')" \
    '[["25", ["25.3", "25.3.1", "25.3.2", "25.3.3", "25.3.4"]]]'
t=$("$ZAALT" show --db "$db" "$(s '"насанд хүрээгүй гэрч, хохирогчийг хамгаалах чиглэлээр"' | json '[h["id"] for h in j["hits"] if h["provision"] == "25"][0]')")
expect_contains "...and zaalt show marks the point repealed" "$t" "шийдвэрийн талаар;  [25.3.2 REPEALED on 2016-07-21]"
t=$("$ZAALT" show --db "$db" "$(s 'article:6.11' | json 'j["hits"][0]["id"]')")
expect_contains "zaalt show says a repealed article is not law in force" "$t" "[REPEALED on 2017-05-11: not law in force]"
expect_contains "a repealed hit says so in zaalt search's text" "$("$ZAALT" search --db "$db" "$Q status:repealed")" \
    "· REPEALED on 2017-05-11"

# ---- Amendment dates --------------------------------------------------------
expect_contains "amended:2017-05-11 (a day)" "$(s --limit 50 --filter amended:2017-05-11 'provision:5.4' | provisions)" '"5.4"'
expect_contains "amended:2017-01-01..2017-12-31 (a range)" \
    "$(s --filter amended:2017-01-01..2017-12-31 'provision:5.4' | provisions)" '"5.4"'
expect_eq "amended:2010..2012 misses it" "$(s --filter amended:2010..2012 'provision:5.4' | json 'j["total"]')" 0
expect_contains "a bad range is refused" "$(s --filter amended:someday '' 2>&1)" "range like amended:"
# The same typed in the query: a range there is the range, not a term
# no document has (it found nothing, silently).
expect_contains "amended: range typed in the query" \
    "$(s 'provision:5.4 amended:2017-01-01..2017-12-31' | provisions)" '"5.4"'
expect_eq "the query's range finds what the filter's does" \
    "$(s 'amended:2017-01-01..2017-12-31' | json 'j["total"]')" "$(s --filter amended:2017-01-01..2017-12-31 '' | json 'j["total"]')"
expect_eq "amended:2010..2012 in the query misses it" "$(s 'provision:5.4 amended:2010..2012' | json 'j["total"]')" 0
expect_contains "a bad value in the query is refused" "$(s 'provision:5.4 amended:someday' 2>&1)" "range like amended:"

# ---- A decision citing what is law no more ---------------------------------
# Its articles keep what it applied, and say that they are repealed since.
mkdir -p "$tmpdir/dec"
cat >"$tmpdir/dec/shiidver_2016.txt" <<'TXT'
Демо, зохиомол / Demonstration, fictional.
СҮХБААТАР ДҮҮРГИЙН ЭРҮҮГИЙН ХЭРГИЙН АНХАН ШАТНЫ ШҮҮХ
ШИЙТГЭХ ТОГТООЛ
2016 оны 03 дугаар сарын 02 өдөр   Дугаар 2016/ШЦТ/556   Улаанбаатар хот
ТОГТООХ нь:
1. Шүүгдэгч Б-г Эрүүгийн хуулийн 12.4 дүгээр зүйлийн 1 дэх хэсэгт заасан гэмт хэрэг үйлдсэн гэм буруутайд тооцсугай.
2. Эрүүгийн хуулийн 5.4 дүгээр зүйлийн 3 дахь хэсэг, 13.1 дүгээр зүйлийг баримтлав.
TXT
forget_answers
"$ZAALT" index -q --db "$db" "$tmpdir/dec" || fail "index a decision beside the statutes"
dec=$(s 'number:2016/ШЦТ/556' | json 'j["hits"][0]["doc"]')
expect_eq "a decision's cites carry their status: repealed article, repealed part, article in force" \
    "$("$ZAALT" show --db "$db" --json "$dec" | json '[(c["key"], c["status"], c["repealed_on"]) for c in j["cites"]]')" \
    '[["12.4.1", "repealed", "2017-05-11"], ["5.4.3", "repealed", "2017-05-11"], ["13.1", "in_force", null]]'
t=$("$ZAALT" show --db "$db" "$dec")
expect_contains "zaalt show marks a cited article repealed" "$t" "Бэлгийн дарамт учруулах  [REPEALED on 2017-05-11]"
expect_contains "...and a cited part" "$t" "[part 5.4.3 REPEALED on 2017-05-11]"
# A provision of the 2002 Code is repealed itself, whatever its successor.
cat >"$tmpdir/dec/shiidver_2015.txt" <<'TXT'
Демо, зохиомол / Demonstration, fictional.
БАЯНГОЛ ДҮҮРГИЙН ЭРҮҮГИЙН ХЭРГИЙН АНХАН ШАТНЫ ШҮҮХ
ШИЙТГЭХ ТОГТООЛ
2015 оны 06 дугаар сарын 10 өдөр   Дугаар 2015/ШЦТ/412   Улаанбаатар хот
ТОГТООХ нь:
1. Шүүгдэгч Д-г 2002 оны Эрүүгийн хуулийн 113 дугаар зүйлийн 113.2 дахь хэсэгт заасан гэмт хэрэг үйлдсэн гэм буруутайд тооцсугай.
2. Хөдөлмөрийн тухай хуулийн 109 дүгээр зүйлд заасныг харгалзав.
TXT
"$ZAALT" index -q --db "$db" "$tmpdir/dec" || fail "index a decision of the 2002 Code"
old=$(s 'number:2015/ШЦТ/412' | json 'j["hits"][0]["doc"]')
expect_eq "a cited 2002 Code provision is repealed on 2017-07-01, its successor named" \
    "$("$ZAALT" show --db "$db" --json "$old" | json '[(c["key"], c["status"], c["repealed_on"], c.get("via")) for c in j["cites"]]')" \
    '[["2002:113.2", "repealed", "2017-07-01", "13.1"], ["ХТХ:109", "repealed", "2022-01-01", null]]'
expect_contains "...and zaalt show says it before the successor" "$("$ZAALT" show --db "$db" "$old")" \
    "2002:113.2  [REPEALED on 2017-07-01], now 13.1"

# ---- A law repealed as a whole ----------------------------------------------
# The 1999 Labour Law ceased on 2022-01-01, replaced by the 2021 one
# (corpus-config/laws-repealed.tsv); its own text does not say so.
r=$(s --limit 50 'status:any хөдөлмөрийн гэрээ')
expect_eq "every article of the 1999 Labour Law is repealed on 2022-01-01" \
    "$(echo "$r" | json 'sorted(set((h["status"], h["repealed_on"]) for h in j["hits"] if h["path"].endswith("khodolmoriin_tukhai.txt")))')" \
    '[["repealed", "2022-01-01"]]'
expect_not_contains "a default search shows none of it" "$(s --limit 50 'хөдөлмөрийн гэрээ' | json '[h["path"] for h in j["hits"]]')" \
    khodolmoriin_tukhai.txt
labour=$(echo "$r" | json '[h["id"] for h in j["hits"] if h["path"].endswith("khodolmoriin_tukhai.txt")][0]')
expect_contains "zaalt show says it and why" "$("$ZAALT" show --db "$db" "$labour")" "REPEALED on 2022-01-01"
expect_eq "the act's history records the repeal" \
    "$("$ZAALT" show --db "$db" --json "$labour" | json '[[a["date"], a["change"]] for a in j["act_amendments"]][-1]')" \
    '["2022-01-01", "repealed"]'
expect_eq "the 2015 Code's articles stay in force" "$(s 'article:13.1' | json 'j["hits"][0]["status"]')" in_force

expect_eq "zaalt stats counts the repealed law among the documents" \
    "$("$ZAALT" stats --db "$db" --json | json '[j["documents"], any(v["value"] == "repealed" for v in j["facets"]["status"])]')" \
    "[$(( $(ls "$SHARED/mn/law" | wc -l) + $(ls "$tmpdir/dec" | wc -l) )), true]"

# Laws not in the shared corpus: the Criminal Code dated 2002 (a short
# demonstration excerpt written for this test, not the official text) is the
# 2002 Code, repealed on 2017-07-01; a law whose own note repeals it.
mkdir -p "$tmpdir/old"
cat >"$tmpdir/old/eruugiin_khuuli_2002.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2002 оны 01 дүгээр сарын 24-ний өдөр
Улаанбаатар хот

ЭРҮҮГИЙН ХУУЛЬ
(жишээ ишлэл, албан ёсны эх биш / demonstration excerpt, not the official text)

113 дугаар зүйл.Хүн худалдаалах

113.1.Хүнийг худалдсан, худалдаж авсан бол хорих ял шийтгэнэ.

113.2.Мөн гэмт хэргийг насанд хүрээгүй хүний эсрэг үйлдсэн бол хорих ял шийтгэнэ.

114 дүгээр зүйл.Хүүхэд солих

114.1.Хүүхдийг санаатайгаар сольсон бол хорих ял шийтгэнэ.

115 дугаар зүйл.Хүний эрхтэн худалдах

115.1.Хүний эрхтэн, эд эсийг худалдсан бол хорих ял шийтгэнэ.
LAW
cat >"$tmpdir/old/zhishee_khuuli.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2005 оны 3 дугаар сарын 10-ны өдөр
Улаанбаатар хот

ЖИШЭЭ БҮРТГЭЛИЙН ТУХАЙ
(жишээ хууль, зохиомол / a demonstration law, fictional)

/Энэ хуулийг 2014 оны 6 дугаар сарын 19-ний өдрийн хуулиар хүчингүй болсонд тооцсон/

1 дүгээр зүйл.Хуулийн зорилт

1.1.Энэ хуулийн зорилт нь жишээ бүртгэл хөтлөхтэй холбогдсон харилцааг зохицуулахад оршино.

2 дугаар зүйл.Бүртгэл хөтлөх

2.1.Жишээ бүртгэлийг улсын байгууллага хөтөлнө.

3 дугаар зүйл.Хууль хүчин төгөлдөр болох

3.1.Энэ хуулийг 2005 оны 4 дүгээр сарын 1-ний өдрөөс эхлэн дагаж мөрдөнө.
LAW
cat >"$tmpdir/old/zhishee_songon.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2006 оны 5 дугаар сарын 4-ний өдөр
Улаанбаатар хот

ЖИШЭЭ СОНГОН ШАЛГАРУУЛАЛТЫН ТУХАЙ
(жишээ хууль, зохиомол / a demonstration law, fictional)

НЭГДҮГЭЭР БҮЛЭГ
НИЙТЛЭГ ҮНДЭСЛЭЛ

1 дүгээр зүйл.Хуулийн зорилт

1.1.Энэ хуулийн зорилт нь жишээ сонгон шалгаруулалтыг зохицуулахад оршино.

2 дугаар зүйл.Шалгаруулалт

2.1.Сонгон шалгаруулалтыг комисс зохион байгуулна.

ХОЁРДУГААР БҮЛЭГ

/Энэ бүлгийг 2010 оны 2 дугаар сарын 11-ний өдрийн хуулиар хүчингүй болсонд тооцсон/

ГУРАВДУГААР БҮЛЭГ
БУСАД ЗҮЙЛ

3 дугаар зүйл.Хууль зөрчигчид хүлээлгэх хариуцлага

3.1.Энэ хуулийг зөрчсөн этгээдэд хуульд заасан хариуцлага хүлээлгэнэ.
LAW
cat >"$tmpdir/old/zhishee_khugatsaa.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2008 оны 4 дүгээр сарын 3-ны өдөр
Улаанбаатар хот

ЖИШЭЭ ХУГАЦААНЫ ТУХАЙ
(жишээ хууль, зохиомол / a demonstration law, fictional)

1 дүгээр зүйл.Хуулийн зорилт

1.1.Энэ хуулийн зорилт нь жишээ хугацааг тогтооход оршино.

2 дугаар зүйл.Хуучин журам

2.1.Зохиомол журмын хуудсыг хөтөлнө.

/Энэ зүйлийг 2016 оны 6 дугаар сарын 9-ний өдрийн хуулиар 2018 оны 1 дүгээр сарын 1-ний өдрөөс эхлэн хүчингүй болсонд тооцсон/

3 дугаар зүйл.Ирээдүйн журам

3.1.Зохиомол дэвтрийг хадгална.

/Энэ зүйлийг 2020 оны 5 дугаар сарын 7-ны өдрийн хуулиар 2099 оны 1 дүгээр сарын 1-ний өдрөөс эхлэн хүчингүй болсонд тооцсон/
LAW
# A part repealed and added again, and a part in force "until" a day.
cat >"$tmpdir/old/zhishee_khoroo.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2012 оны 2 дугаар сарын 9-ний өдөр
Улаанбаатар хот

ЖИШЭЭ ХОРООНЫ ТУХАЙ
(жишээ хууль, зохиомол / a demonstration law, fictional)

1 дүгээр зүйл.Хуулийн зорилт

1.1.Энэ хуулийн зорилт нь жишээ хороог байгуулахад оршино.

2 дугаар зүйл.Хонгорзулын хороо

2.1.Хороо таван гишүүнтэй байна.

2.2.Хонгорзулын хорооны дарга нь эмч байна.

/Энэ хэсгийг 2015 оны 3 дугаар сарын 4-ний өдрийн хуулиар хүчингүй болсонд тооцсон/

/Энэ хэсгийг 2020 оны 9 дүгээр сарын 10-ны өдрийн хуулиар нэмсэн/

3 дугаар зүйл.Түр хураамж

3.1.Цэлцэгнүүрийн хураамжийг түр авна.

/Энэ хэсгийг 2016 оны 12 дугаар сарын 31-ний өдрийг хүртэл дагаж мөрдөнө/

3.2.Хураамжийг сар бүр төлнө.
LAW
cat >"$tmpdir/old/zhishee_deer.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2004 оны 2 дугаар сарын 5-ны өдөр
Улаанбаатар хот

2016 оны 4 дүгээр сарын 21-ний өдөр баталсан Жишээ тооллогын тухай хууль хүчин төгөлдөр болсон өдрөөс эхлэн хүчингүй болсонд тооцно
ЖИШЭЭ ХЭМЖИЛТИЙН ТУХАЙ
(жишээ хууль, зохиомол / a demonstration law, fictional)

1 дүгээр зүйл.Хуулийн зорилт

1.1.Энэ хуулийн зорилт нь жишээ хэмжилтийг зохицуулахад оршино.

2 дугаар зүйл.Хэмжилт хийх

2.1.Зохиомол хэмжүүрээр хэмжинэ.

3 дугаар зүйл.Бүртгэх

3.1.Хэмжүүрийн дүнг бүртгэнэ.
LAW
cat >"$tmpdir/old/zhishee_temdeglel.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2010 оны 3 дугаар сарын 4-ний өдөр
Улаанбаатар хот

ЖИШЭЭ ТЭМДЭГЛЭЛИЙН ТУХАЙ
(жишээ хууль, зохиомол / a demonstration law, fictional)

1 дүгээр зүйл.Хуулийн зорилт

1.1.Энэ хуулийн зорилт нь жишээ тэмдэглэлийг зохицуулахад оршино.

2 дугаар зүйл.Ирээдүйд хүчингүй болох хэсэг

2.1.Жимсгэнэ тэмдэгтийг хөтөлнө.

/Энэ хэсгийг 2020 оны 5 дугаар сарын 7-ны өдрийн хуулиар хүчингүй болсонд тооцохоор заасан бөгөөд үүнийг 2099 оны 1 дүгээр сарын 1-ний өдрөөс эхлэн дагаж мөрдөнө/

2.2.Тэмдэгтийг хадгална.

3 дугаар зүйл.Хүчингүй болсон зүйл

3.1.Мөлхөөр тэмдэгтийг хөтөлнө.

/Энэ зүйлийг 2018 оны 1 дүгээр сарын 5-ны
өдрийн хуулиар хүчингүй болсонд тооцсон/

4 дүгээр зүйл.Хураамж

4.1.Сүүмэлзүүр хураамжийг төлнө.

/Энэ хэсгийг 2015 оны 1 дүгээр сарын 20-ны өдрийн хуулиар хүчингүй болсонд тооцсон/

/Энэ хэсэгт 2019 оны 6 дугаар сарын 20-ны өдрийн хуулиар өөрчлөлт оруулсан/

4.2.Хураамжийг жил бүр төлнө.
LAW
"$ZAALT" index -q --db "$tmpdir/olddb" "$tmpdir/old" || fail "index the demonstration laws"
o() { "$ZAALT" search --db "$tmpdir/olddb" --json "$@"; }
expect_eq "the 2002 Code's trafficking article is not law in force" "$(o 'хүн худалдаалах' | json '[j["total"], j["repealed_matching"] > 0]')" '[0, true]'
expect_eq "status:any finds it, repealed on 2017-07-01" \
    "$(o 'status:any хүн худалдаалах' | json '[(h["provision"], h["status"], h["repealed_on"]) for h in j["hits"]]')" \
    '[["113", "repealed", "2017-07-01"]]'
expect_eq "in force on 2010-01-01" "$(o --filter inforce:2010-01-01 'хүн худалдаалах' | json '[h["provision"] for h in j["hits"]]')" '["113"]'
expect_eq "a law repealed by its own note: every article" \
    "$(o --limit 20 'status:any бүртгэл' | json 'sorted(set((h["status"], h["repealed_on"]) for h in j["hits"]))')" \
    '[["repealed", "2014-06-19"]]'
expect_eq "...and none in force" "$(o 'бүртгэл' | json 'j["total"]')" 0
expect_eq "a repeal from a day is dated by that day, not by the law that made it" \
    "$(o 'status:any хуудсыг' | json '[(h["provision"], h["status"], h["repealed_on"]) for h in j["hits"]]')" '[["2", "repealed", "2018-01-01"]]'
expect_eq "...and the article was in force the day before" \
    "$(o --filter inforce:2017-12-31 'хуудсыг' | json '[h["provision"] for h in j["hits"]]')" '["2"]'
expect_eq "a repeal from a day to come leaves the article in force" \
    "$(o 'дэвтрийг' | json '[(h["provision"], h["status"]) for h in j["hits"]]')" '[["3", "in_force"]]'
expect_eq "...until the day before it" "$(o --filter inforce:2099-01-02 'дэвтрийг' | json 'j["total"]')" 0
expect_eq "a repeal written above the law's name, no slashes, is a repeal of the law" \
    "$(o --limit 20 'status:any хэмжүүрээр OR хэмжүүрийн' | json 'sorted(set((h["status"], h["repealed_on"]) for h in j["hits"]))')" \
    '[["repealed", "2016-04-21"]]'
expect_eq "a chapter repealed, no article of it left, is no repeal of the law" \
    "$(o 'сонгон шалгаруулалт' | json '[j["total"], sorted(set(h["status"] for h in j["hits"]))]')" '[1, ["in_force"]]'
expect_eq "a repeal from the day a note says it applies from (дагаж мөрдөнө), to come, leaves the part in force" \
    "$(o 'жимсгэнэ' | json '[(h["provision"], h["status"], h["repealed_parts"]) for h in j["hits"]]')" '[["2", "in_force", null]]'
expect_eq "...and its history is dated by that day" \
    "$("$ZAALT" show --db "$tmpdir/olddb" --json "$(o 'жимсгэнэ' | json 'j["hits"][0]["id"]')" | json '[(a["date"], a["change"], a["part"]) for a in j["amendments"]]')" \
    '[["2099-01-01", "repealed", "2.1"]]'
expect_eq "a note wrapped over two lines repeals its article" \
    "$(o 'мөлхөөр' | json '[j["total"], j["repealed_matching"]]') $(o 'status:any мөлхөөр' | json '[(h["provision"], h["status"], h["repealed_on"]) for h in j["hits"]]')" \
    '[0, 1] [["3", "repealed", "2018-01-05"]]'
expect_not_contains "...and none of it is left in the article's text" \
    "$(o 'status:any мөлхөөр' | json '[h["snippet"] for h in j["hits"]]')" "хуулиар"
expect_eq "a plain amendment after a repeal does not bring the part back" \
    "$(o 'сүүмэлзүүр' | json 'j["total"]') $(o 'status:any сүүмэлзүүр' | json '[(h["provision"], h["repealed_parts"]) for h in j["hits"]]')" \
    '0 [["4", ["4.1"]]]'
expect_contains "the command line says so" "$("$ZAALT" search --db "$tmpdir/olddb" 'хүн худалдаалах')" \
    "1 repealed provision also matches: add status:any to see it"
# The law of a day: a hit matched through its heading names its parts
# that were not law that day (2.2, repealed in 2015, added again in 2020).
gone() { json '[(h["provision"], h["parts_not_in_force_on_day"]) for h in j["hits"]]'; }
expect_eq "inforce: a hit says which of its parts were not law that day" "$(o 'хонгорзулын inforce:2017-01-01' | gone)" \
    '[["2", [{"part": "2.2", "on": "2015-03-04", "how": "repealed"}]]]'
expect_eq "...none on a day it was law again" "$(o 'хонгорзулын inforce:2021-01-01' | gone)" '[["2", null]]'
expect_eq "...nor in a search of today's law" "$(o 'хонгорзулын' | gone)" '[["2", null]]'
expect_contains "...the command line says it" "$("$ZAALT" search --db "$tmpdir/olddb" 'хонгорзулын inforce:2017-01-01')" \
    "PART 2.2 NOT IN FORCE on 2017-01-01 (repealed on 2015-03-04)"
expect_contains "...and the CSV's law_note" "$("$ZAALT" search --db "$tmpdir/olddb" --format csv 'хонгорзулын inforce:2017-01-01')" \
    "part 2.2 not in force on 2017-01-01: repealed on 2015-03-04"
# A part in force "until" (хүртэл) a day ends the day before it: said so.
expect_contains "an end read from хүртэл says how its day is read" \
    "$("$ZAALT" search --db "$tmpdir/olddb" 'цэлцэгнүүрийн status:any')" \
    'PART 3.1 EXPIRED on 2016-12-31 (the article is in force) ("хүртэл" read as exclusive: its last day in force is the day before)'
expect_contains "...on the day of a search too" "$("$ZAALT" search --db "$tmpdir/olddb" 'хураамжийг сар бүр inforce:2016-06-01')" \
    'PART 3.1 WILL EXPIRE on 2016-12-31 ("хүртэл" read as exclusive'
expect_not_contains "...and a repeal by a law does not" "$("$ZAALT" search --db "$tmpdir/olddb" 'хонгорзулын inforce:2017-01-01')" 'хүртэл'

# ---- The same over HTTP --------------------------------------------------
start_server --db "$db" || {
    fail "start the server" "$(tail -3 "$server_log")"
    exit 0
}
http_get "$U/api/provision/6.11"
check "api/provision/6.11: repealed on 2017-05-11" body_json 'j["status"] == "repealed" and j["repealed_on"] == "2017-05-11" and j["amendments"][-1]["change"] == "repealed"'
http_get "$U/api/provision/5.4.3"
check "api/provision/5.4.3: the part is repealed, its article is not" \
    body_json 'j["status"] == "repealed" and j["texts"][0]["status"] == "in_force" and len(j["amendments"]) == 3'
http_get "$U/provision/6.11"
check "provision page: the repealed banner" body_has 'class="notice repealed-banner"'
check "provision page: the banner dates the repeal in Mongolian" \
    body_has '<time datetime="2017-05-11">2017 оны 5 сарын 11</time>-ны өдрийн хуулиар хүчингүй болсон'
check "...and what repealed it, the article's note" \
    body_has '<span class="label">Хүчингүй болгосон:</span> <q lang="mn">Энэ зүйлийг 2017 оны 5 дугаар сарын 11-ний өдрийн хуулиар хүчингүй болсонд тооцсон</q>'
http_get "$U/provision/6.11?ui=en"
check "provision page: in English" body_has 'Repealed on <time datetime="2017-05-11">11 May 2017</time>: this is not law in force.'
http_get "$U/provision/5.4"
check "provision page: the repealed part struck in its place" body_has 'data-part="5.4.3"><span class="repealed-tag">'
http_get "$U/search" --get --data-urlencode "q=provision:5.4 inforce:2018-01-01" --data-urlencode "ui=en"
check "results of the law of a day: the hit's part not law that day, as a badge" \
    body_has '<span class="badge repealed">part 5.4.3: repealed on <time datetime="2017-05-11">11 May 2017</time></span>'
http_get "$U/provision/5.4.3?ui=en"
check "provision page of a repealed part: its Cite box carries the repeal" \
    body_has 'Criminal Code of Mongolia, Article 5.4, part 3 (repealed 2017-05-11)</span>'
http_get "$U/provision/5.4?ui=en"
check "...that of its article in force, none" body_has 'Criminal Code of Mongolia, Article 5.4</span>'
check "provision page: its history" body_has '<ol class="history"'
check "provision page: only today's wording" body_has 'class="wording"'
http_get "$U/search" --get --data-urlencode "q=$Q"
check "results: the repealed matches announced" body_has 'class="notice repealed-matching"'
check "results: with a link that shows them" body_has 'status=any'
http_get "$U/api/search" --get --data-urlencode "q=$Q status:any"
check "api/search: hits carry status and repealed_on" body_json 'any(h["status"] == "repealed" and h["repealed_on"] == "2017-05-11" for h in j["hits"])'
http_get "$U/search" --get --data-urlencode "q=$P status:any"
http_get "$U/search" --get --data-urlencode "q=$P status:any" --data-urlencode "ui=en"
check "results (English): the repealed part's badge" body_has 'part 5.4.3 repealed on <time datetime="2017-05-11">11 May 2017</time>; the article is in force'
http_get "$U/search" --get --data-urlencode "q=$P status:any"
check "results: ...and in Mongolian" body_has '5.4.3 хэсэг <time datetime="2017-05-11">2017 оны 5 сарын 11</time>-нд хүчингүй болсон; зүйл нь хүчин төгөлдөр'
http_get "$U/doc/$dec?ui=en"
check "the viewer marks the article applied as repealed since" \
    body_has '<a href="/provision/12.4.1">12.4.1</a> <span class="badge repealed">repealed <time datetime="2017-05-11">11 May 2017</time></span>'
http_get "$U/doc/$old?ui=en"
check "the viewer names the other repealed provisions a decision cites" \
    body_has '<th scope="row">Also cited, repealed since</th><td class="cites repealed-cites">'
check "...the Labour Law's article among them, marked" \
    body_has 'ХТХ:109 <span class="badge repealed">repealed <time datetime="2022-01-01">'
stop_server
