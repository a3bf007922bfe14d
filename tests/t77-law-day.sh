#!/usr/bin/env bash
# t77-law-day.sh — what a search says of a statute's parts, end to end on
# a small statute of our own (fictional, written for this test): a part
# asked for by its reference that is repealed says so on the hit (line,
# JSON, web) and on its provision page; a part whose time ran out is said
# to have expired, not been repealed, and one in force until a day to come
# says when it ends; a search for the law of a day (inforce:D, also typed
# in the query) says each part as it stood that day: a repeal after D is
# one to come, a suspension from after D is none, a part repealed on D and
# added again since matched only through its words is no law of that day.
# Each of two parts the text numbers alike keeps its own status; an
# article repealed by its one part was law before; a point matched on a
# day before its repeal is law of that day though another was gone.  Also the Criminal Code's repealed points by their references, when the
# shared corpus is present.
. tests/lib.sh

command -v python3 >/dev/null || skip_all "python3 is not installed"
laws=$tmpdir/laws
mkdir -p "$laws"
db=$tmpdir/db
# s QUERY... : `zaalt search --json` of $db; a lone query the ask after
# its index run kept is answered from it (the same search, asked by one
# process; $db does not change after that run).
s() {
    if [ $# -eq 1 ] && answered "$1"; then answer "$1"; return; fi
    "$ZAALT" search --db "$db" --json "$@"
}

# Demo (fictional): a statute whose parts each carry one made-up word.
cat >"$laws/day_law.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2010 оны 3 дугаар сарын 4-ний өдөр
Улаанбаатар хот

ЗЭРЛЭГ ЦЭЦГИЙН ЖИШЭЭ ТУХАЙ
/Demo (fictional)/

1 дүгээр зүйл.Цэцэг

1.1.Цэцгийг бүртгэнэ. Хэлбэлзүүр.

1.2.Цэцгийг тоолно. Шаргалзуур.

/Энэ хэсгийг 2019 оны 5 дугаар сарын 17-ны өдрийн хуулиар хүчингүй болсонд тооцсон/

2 дугаар зүйл.Хугацаатай хэсэг

2.1.Түр бүртгэл хөтөлнө. Ногоолзуур.

/Энэ хэсгийг 2016 оны 02 дугаар сарын 05-ны өдрийн хуулиар нэмсэн бөгөөд 2019 оны 01 дүгээр сарын 01-ний өдөр хүртэл хугацаанд дагаж мөрдөхөөр заасан/

2.2.Түр хороо ажиллана. Цэнхэлзүүр.

/Энэ хэсгийг 2016 оны 02 дугаар сарын 05-ны өдрийн хуулиар нэмсэн бөгөөд 2090 оны 06 дугаар сарын 30-ны өдөр хүртэл дагаж мөрдөнө/

3 дугаар зүйл.Дахин нэмсэн хэсэг

3.1.Цэцгийн сан байгуулна. Бадамлазуур.

/Энэ хэсгийг 2019 оны 5 дугаар сарын 17-ны өдрийн хуулиар хүчингүй болсонд тооцсон/

/Энэ хэсгийг 2021 оны 1 дүгээр сарын 10-ны өдрийн хуулиар нэмсэн/

3.2.Сангийн хөрөнгийг хандиваас бүрдүүлнэ. Хулсалзуур.

4 дүгээр зүйл.Түдгэлзүүлсэн хэсэг

4.1.Тэтгэмж олгоно. Мөнгөлзүүлэг.

/Энэ хэсгийн үйлчлэлийг 2020 оны 1 дүгээр сарын 1-ний өдрөөс 2090 оны 1 дүгээр сарын 1-ний өдөр хүртэл түдгэлзүүлсэн/

5 дугаар зүйл.Ирээдүйд нэмэгдэх хэсэг

5.1.Цэцгийн мэдээллийг нууцална. Бороолзуур.

5.2.Цэцгийн санг яам хөтөлнө. Чулуулзуур.

/Энэ хэсгийг 2024 оны 6 дугаар сарын 1-ний өдрийн хуулиар нэмсэн бөгөөд 2090 оны 07 дугаар сарын 01-ний өдрөөс эхлэн дагаж мөрдөнө/

6 дугаар зүйл.Хууль хүчин төгөлдөр болох

6.1.Энэ хуулийг батлагдсан өдрөөс эхлэн дагаж мөрдөнө.
LAW

# Demo (fictional): a code numbered as the Criminal Code is, one point repealed.
cat >"$laws/day_code.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2015 оны 12 дугаар сарын 03-ны өдөр
Улаанбаатар хот

ЭРҮҮГИЙН ХУУЛЬ
/Demo (fictional)/

9.2 дугаар зүйл.Жишээ ял

1.Жишээ этгээдэд дараах ял оногдуулна:

1.1.торгох ял; Бэлчээрлэг.

1.2.татан буулгах ял. Хөвөлзүүр.

/Энэ заалтыг 2017 оны 5 дугаар сарын 11-ний өдрийн хуулиар хүчингүй болсонд тооцсон/

2.Ялыг шүүх оногдуулна.

9.3 дугаар зүйл.Хүчингүй болсон жишээ

1.Энэ зүйлийн жишээ хэсэг. Хуучирлазуур.

/Энэ зүйлийг 2017 оны 5 дугаар сарын 11-ний өдрийн хуулиар хүчингүй болсонд тооцсон/
LAW

# Demo (fictional): a law adopted, in force from a day to come.
cat >"$laws/day_later.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2024 оны 3 дугаар сарын 4-ний өдөр
Улаанбаатар хот

ИРЭЭДҮЙН ЖИШЭЭ ТУХАЙ
/Demo (fictional)/

1 дүгээр зүйл.Зорилт

1.1.Энэ хуулийн зорилт нь ирээдүйг тогтооход оршино. Ирээдүйлзүүр.

2 дугаар зүйл.Хууль хүчин төгөлдөр болох

2.1.Энэ хуулийг 2090 оны 1 дүгээр сарын 1-ний өдрөөс эхлэн дагаж мөрдөнө.
LAW

# Demo (fictional): numbers a consolidated text gives twice, an article
# whose one part was annulled, and points repealed on two days (probe L4).
cat >"$laws/day_repeats.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2009 оны 7 дугаар сарын 9-ний өдөр
Улаанбаатар хот

ДАВТАГДСАН ДУГААРЫН ЖИШЭЭ ТУХАЙ
/Demo (fictional): жишээ, хуулийн эх биш/

1 дүгээр зүйл.Хэсэг хүчингүй болж, дугаар нь дараагийнх болсон

1.1.Жишээ төв байгуулна.

1.2.Нэг төвд ногдох иргэний тоог тогтооно. Гүвээлзүүр.

/Энэ хэсгийг 2016 оны 4 дүгээр сарын 22-ны өдрийн хуулиар хүчингүй болсонд тооцсон/

1.2.Төвийн дүрмийг батална. Долгилзуур.

/Энэ хэсгийн дугаарт 2016 оны 4 дүгээр сарын 22-ны өдрийн хуулиар өөрчлөлт оруулсан/

2 дугаар зүйл.Хүчинтэй заалтын дугаар давтагдсан

2.1.Дараах тохиолдолд зөвшөөрөл авна:

2.1.1.үйл ажиллагаа шинээр эрхлэх; Уулзуурлаг.

2.1.2.салбар нээх.

2.2.Зөвшөөрлийг сайд олгоно.

2.1.1.өргөдлийг хүлээн авна. Сахлазуур.

/Энэ заалтыг 2016 оны 04 дүгээр сарын 22-ны өдрийн хуулиар хүчингүй болсонд тооцсон/

3 дугаар зүйл.Цорын ганц хэсэг нь хүчингүй

3.1.Барьцааны зүйлийг шилжүүлэхдээ зөвшөөрөл авна. Барьцлазуур.

/Энэ хэсгийг Үндсэн хуулийн цэцийн 2017 оны 12 дугаар сарын 06-ны өдрийн 01 дүгээр тогтоолоор хүчингүй болгосон/

4 дүгээр зүйл.Хоёр өдөр хүчингүй болсон заалт

4.1.Төсөвт дараах зүйл хамаарна:

4.1.1.сангийн төсөв; Хөшиглөзүүр.

/Энэ заалтыг 2015 оны 02 дугаар сарын 18-ны өдрийн хуулиар хүчингүй болсонд тооцсон/

4.1.2.хөгжлийн сангийн төсөв; Сүүдэрлэзүүр.

/Энэ заалтыг 2016 оны 02 дугаар сарын 05-ны өдрийн хуулиар хүчингүй болсонд тооцсон/

4.1.3.орон нутгийн төсөв. Навчлазуур.
LAW

"$ZAALT" index --db "$db" "$laws" >"$tmpdir/index.log" 2>&1 || {
    fail "the statute is indexed" "$(cat "$tmpdir/index.log")"
    exit 0
}
ask "$db" -- Бороолзуур Үгүйлэлзүүр Чулуулзуур Мөнгөлзүүлэг 'ЭХ-ийн 9.2.1.2' 'ЭХ-ийн 9.2.1.1' \
    'Шаргалзуур inforce:2018-05-01' 'Чулуулзуур status:any' 'Цэнхэлзүүр' 'Хэлбэлзүүр Үгүйлэлзүүр' \
    'Хэлбэлзүүр Шаргалзуур' 'Ногоолзуур status:any' 'article:9.3'
hit='[(h["provision"], h["status"], h["repealed_parts"], h["repealed_parts_on"], h["repealed_how"]) for h in j["hits"]]'

# ---- A repealed part asked for by its reference --------------------------
expect_eq "a repealed point asked for by its reference is said to be repealed (the article lives)" \
    "$(s 'ЭХ-ийн 9.2.1.2' | json "$hit[:1]")" '[["9.2", "in_force", ["9.2.1.2"], "2017-05-11", "repealed"]]'
expect_eq "...and one in force is not" "$(s 'ЭХ-ийн 9.2.1.1' | json "$hit[:1]")" '[["9.2", "in_force", null, null, null]]'
expect_contains "...the line says so" "$("$ZAALT" search --db "$db" 'ЭХ-ийн 9.2.1.2')" \
    "PART 9.2.1.2 REPEALED on 2017-05-11 (the article is in force)"

expect_eq "a repealed article asked for as article: counts in the status facet" \
    "$(s 'article:9.3' | json '[j["total"], j["facets"]["status"]]')" '[1, [{"value": "repealed", "count": 1}]]'

# ---- Expired, and to expire ----------------------------------------------
expect_eq "a part whose time ran out expired, not repealed" \
    "$(s 'Ногоолзуур status:any' | json "$hit")" '[["2", "in_force", ["2.1"], "2019-01-01", "expired"]]'
expect_contains "...the line says EXPIRED" "$("$ZAALT" search --db "$db" 'Ногоолзуур status:any')" \
    "PART 2.1 EXPIRED on 2019-01-01"
expect_eq "a part in force until a day to come says when it ends" \
    "$(s 'Цэнхэлзүүр' | json '[j["hits"][0]["parts_expiry_scheduled"], j["hits"][0]["parts_repeal_scheduled"]]')" \
    '[[{"part": "2.2", "on": "2090-06-30"}], []]'
expect_contains "...and the line" "$("$ZAALT" search --db "$db" 'Цэнхэлзүүр')" "PART 2.2 WILL EXPIRE on 2090-06-30"

# ---- The law of a day ----------------------------------------------------
day() { s "$1" -f "inforce:$2"; }
expect_eq "on a day before its repeal, a part repealed since was law in force" \
    "$(day Шаргалзуур 2018-05-01 | json "$hit + [j['facets']['status'], j['hits'][0]['parts_repeal_scheduled']]")" \
    '[["1", "in_force", null, null, null], [{"value": "in_force", "count": 1}], [{"part": "1.2", "on": "2019-05-17"}]]'
expect_contains "...its line says the repeal is to come" \
    "$("$ZAALT" search --db "$db" -f inforce:2018-05-01 Шаргалзуур)" "PART 1.2 WILL BE REPEALED on 2019-05-17"
expect_eq "inforce: typed in the query is the same filter" \
    "$(s 'Шаргалзуур inforce:2018-05-01' | json "[j['total'], j['in_force_on'], $hit]")" \
    '[1, "2018-05-01", [["1", "in_force", null, null, null]]]'
expect_eq "in the gap between its repeal and its addition again, a part matched alone is no law of that day" \
    "$(day Бадамлазуур 2020-01-01 | json "$hit")" '[["3", "in_force", ["3.1"], "2019-05-17", "repealed"]]'
expect_eq "...and after its addition again it is" "$(day Бадамлазуур 2022-01-01 | json "$hit")" \
    '[["3", "in_force", null, null, null]]'
expect_eq "...an article matched by another part is law of that day" "$(day Хулсалзуур 2020-01-01 | json "$hit")" \
    '[["3", "in_force", null, null, null]]'
expect_eq "a part suspended from a day after the one asked about was not suspended then" \
    "$(day Мөнгөлзүүлэг 2019-06-01 | json 'j["hits"][0]["suspended"] is None')" "True"
expect_eq "...and is today" "$(s Мөнгөлзүүлэг | json 'j["hits"][0]["suspended"]')" \
    '[{"part": "4.1", "until": "2090-01-01"}]'
expect_eq "a part whose time ran out by the day asked about is not law of that day" \
    "$(day Ногоолзуур 2019-06-01 | json "[j['total'], j['repealed_matching']]")" "[0, 0]"
expect_eq "...and before its end it was" "$(day Ногоолзуур 2018-06-01 | json "$hit")" \
    '[["2", "in_force", null, null, null]]'

# ---- Numbers the text gives twice (probe L4 F1, F2) ------------------------
rep='[(h["provision"], h["status"], h["repealed_parts"], h["repealed_parts_on"], h["match_in_repealed_part"]) for h in j["hits"]]'
expect_eq "a part repealed, its number taken by the next part, is no law in force" \
    "$(s Гүвээлзүүр | json '[j["total"], j["repealed_matching"]]')" "[0, 1]"
expect_eq "...found as the repealed part it is" "$(s Гүвээлзүүр -f status:any | json "$rep")" \
    '[["1", "in_force", ["1.2"], "2016-04-22", true]]'
expect_eq "...and law on a day before its repeal" "$(day Гүвээлзүүр 2016-01-01 | json "$rep")" \
    '[["1", "in_force", null, null, false]]'
expect_eq "the part that took its number is law in force" "$(s Долгилзуур | json "$rep")" \
    '[["1", "in_force", null, null, false]]'
expect_eq "a point in force is not repealed by a later point of its number" "$(s Уулзуурлаг | json "$rep")" \
    '[["2", "in_force", null, null, false]]'
expect_eq "...the later one is" "$(s Сахлазуур -f status:any | json "$rep")" \
    '[["2", "in_force", ["2.1.1"], "2016-04-22", true]]'
rdoc=$(s Долгилзуур | json 'j["hits"][0]["doc"]')
expect_eq "each occurrence has its own status in the document" \
    "$("$ZAALT" show --db "$db" --json "$rdoc" | json '[(p["key"], p["status"], p["repealed_on"]) for u in j["units"] for p in (u["parts"] or []) if p["key"] in ("1.2", "2.1.1")]')" \
    '[["1.2", "repealed", "2016-04-22"], ["1.2", "in_force", null], ["2.1.1", "in_force", null], ["2.1.1", "repealed", "2016-04-22"]]'
shown=$("$ZAALT" show --db "$db" "$rdoc-1")
expect_eq "...and zaalt show marks the repealed one only" \
    "$(printf '%s\n' "$shown" | grep -c 'REPEALED on 2016-04-22')" 1
expect_contains "...after its own words" "$shown" "Гүвээлзүүр.  [1.2 REPEALED on 2016-04-22]"

# ---- An article repealed by its one part; points repealed on two days (F3, F4)
sched='[(h["provision"], h["status"], h["repealed_on"], h["repeal_scheduled_on"], h["match_in_repealed_part"]) for h in j["hits"]]'
expect_eq "an article whose one part was annulled is repealed" "$(s Барьцлазуур -f status:any | json "$sched")" \
    '[["3", "repealed", "2017-12-06", null, false]]'
expect_eq "...and was in force on a day before the annulment, its repeal to come" \
    "$(day Барьцлазуур 2017-06-01 | json "$sched + [j['facets']['status']]")" \
    '[["3", "in_force", null, "2017-12-06", false], [{"value": "in_force", "count": 1}]]'
expect_eq "a point matched on a day before its repeal is law of that day, though another point was repealed by then" \
    "$(day Сүүдэрлэзүүр 2015-06-01 | json "$rep + [j['hits'][0]['parts_not_in_force_on_day'], j['hits'][0]['parts_repeal_scheduled'], j['facets']['status']]")" \
    '[["4", "in_force", null, null, false], [{"part": "4.1.1", "on": "2015-02-18", "how": "repealed"}], [{"part": "4.1.2", "on": "2016-02-05"}], [{"value": "in_force", "count": 1}]]'
expect_eq "...the point repealed by then matched is no law of that day, though a word of the query is in a point still law" \
    "$(s 'Хөшиглөзүүр сангийн' -f inforce:2015-06-01 -f status:any | json "$rep")" \
    '[["4", "in_force", ["4.1.1"], "2015-02-18", true]]'

# ---- A part added from a day to come --------------------------------------
pend='[(h["provision"], h["status"], h["valid_from"], h["parts_not_yet_in_force"], h["match_not_yet_in_force"]) for h in j["hits"]]'
expect_eq "a part added from a day to come is found, said not yet in force" \
    "$(s Чулуулзуур | json "$pend")" '[["5", "in_force", "2010-03-04", [{"part": "5.2", "from": "2090-07-01"}], true]]'
expect_eq "...by status:any too" "$(s 'Чулуулзуур status:any' | json "$pend")" \
    '[["5", "in_force", "2010-03-04", [{"part": "5.2", "from": "2090-07-01"}], true]]'
expect_contains "...the line says so" "$("$ZAALT" search --db "$db" Чулуулзуур)" \
    "PART 5.2 NOT YET IN FORCE: from 2090-07-01 (the words asked for are only in what is not yet in force)"
expect_eq "...as law on its day" "$(day Чулуулзуур 2090-07-01 | json "$pend")" '[["5", "in_force", "2010-03-04", null, false]]'
expect_eq "...and not on a day before" "$(day Чулуулзуур 2090-06-30 | json 'j["total"]')" 0
expect_eq "...the article's other part is law in force, the pending one named" "$(s Бороолзуур | json "$pend")" \
    '[["5", "in_force", "2010-03-04", [{"part": "5.2", "from": "2090-07-01"}], false]]'
expect_eq "...and the article is one unit of the document" \
    "$("$ZAALT" show --db "$db" --json "$(s Бороолзуур | json 'j["hits"][0]["doc"]')" | json '[u["provision"] for u in j["units"]].count("5")')" 1

# ---- The CSV export says what the status column does not ----------------
note() { "$ZAALT" search --db "$db" --format csv "$@" | python3 -c 'import csv, io, sys; print([(r["status"], r["valid_from"], r["law_note"]) for r in csv.DictReader(io.StringIO(sys.stdin.read(), newline=""))])'; }
expect_eq "CSV: a suspended part is said so" "$(note Мөнгөлзүүлэг)" \
    "[('in_force', '2010-03-04', 'part 4.1 suspended until 2090-01-01')]"
expect_eq "CSV: a part not yet in force, matched alone" "$(note Чулуулзуур)" \
    "[('in_force', '2010-03-04', 'part 5.2 not yet in force: from 2090-07-01; matched only in what is not yet in force')]"
expect_eq "CSV: on a day, as it stood then" "$(note -f inforce:2018-05-01 Шаргалзуур)" \
    "[('in_force', '2010-03-04', 'part 1.2 will be repealed on 2019-05-17')]"
expect_eq "CSV: a law not yet in force is said so" "$(note Ирээдүйлзүүр)" \
    "[('in_force', '2090-01-01', 'not yet in force: from 2090-01-01')]"
expect_eq "...and on a day it is in force, not" "$(note -f inforce:2091-01-01 Ирээдүйлзүүр)" \
    "[('in_force', '2090-01-01', '')]"
expect_not_contains "...nor on the line" "$("$ZAALT" search --db "$db" -f inforce:2091-01-01 Ирээдүйлзүүр)" "NOT YET IN FORCE"

# ---- Words only in repealed law ------------------------------------------
expect_eq "a word only repealed law holds is said so, not absent" \
    "$(s 'Хэлбэлзүүр Шаргалзуур' | json '[j["total"], j["dropped"], j["only_in_repealed"]]')" '[1, [], ["Шаргалзуур"]]'
expect_contains "...on the line" "$("$ZAALT" search --db "$db" 'Хэлбэлзүүр Шаргалзуур')" \
    '("Шаргалзуур" is only in repealed law: searched without it; add status:any to see it)'
expect_eq "...a word no document has is still absent" \
    "$(s 'Хэлбэлзүүр Үгүйлэлзүүр' | json '[j["total"], j["dropped"], j["only_in_repealed"]]')" '[1, ["Үгүйлэлзүүр"], []]'

# ---- The index behind ----------------------------------------------------
if have_faketime; then
    sanitized && export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"
    late() { at_time '2091-03-01 12:00:00' "$ZAALT" search --db "$db" --json "$@"; }
    expect_eq "after its day, a part added then is law, and the index said behind" \
        "$(late Чулуулзуур | json "[$pend, [n for n in j['notices'] if 'zaalt index' in n] != []]")" \
        '[[["5", "in_force", "2010-03-04", null, false]], true]'
    expect_contains "an answer of nothing says the index is behind, and since when" \
        "$(late Үгүйлэлзүүр | json 'j["notices"]')" "A change dated 2090-01-01 has taken effect since the index was built"
    expect_eq "...not when the index is not behind" "$(s Үгүйлэлзүүр | json 'j["notices"]')" "[]"
else
    skip "the index behind" "libfaketime is not installed"
fi

# ---- The web ------------------------------------------------------------
if command -v curl >/dev/null && start_server --db "$db"; then
    http_get "$U/provision/9.2.1.2?ui=en"
    check "the provision page of a repealed point carries the repealed banner" \
        body_has 'part 9.2.1.2: Repealed on <time datetime="2017-05-11">'
    http_get "$U/provision/9.2.1.1?ui=en"
    check "...the page of a part in force does not" body_lacks 'repealed-banner'
    # The provision page for the law of a day (?inforce=), as the search reads it.
    http_get "$U/provision/9.2.1.2?inforce=2016-06-01&ui=en"
    check "the page of a point on a day before its repeal: no repealed banner" body_lacks 'repealed-banner'
    check "...it says which day's law it shows" body_has 'The law as it stood on <time datetime="2016-06-01">'
    http_get "$U/provision/9.3?inforce=2016-06-01&ui=en"
    check "a whole article on a day before its repeal: in force then, its repeal to come" \
        body_has 'Will be repealed on <time datetime="2017-05-11">'
    check "...and not said repealed" body_lacks 'repealed-banner'
    http_get "$U/provision/9.3?inforce=2015-06-01&ui=en"
    check "an article on a day before its code took effect: not yet in force then" \
        body_has 'Not yet in force on <time datetime="2015-06-01">'
    check "...and its citation says so" body_has 'Article 9.3 (not yet in force: from 2015-12-03)'
    http_get "$U/provision/9.3?inforce=2017-02-30&ui=en"
    check "a day not of the calendar is refused" status_is 400
    http_get "$U/search?q=9.2.1.2&ui=en"
    check "results: the point asked for is marked repealed" body_has 'part 9.2.1.2 repealed on <time datetime="2017-05-11">'
    http_get "$U/search?q=%D0%9D%D0%BE%D0%B3%D0%BE%D0%BE%D0%BB%D0%B7%D1%83%D1%83%D1%80+status%3Aany&ui=en"
    check "results: a part whose time ran out expired" body_has 'part 2.1 expired on <time datetime="2019-01-01">'
    http_get "$U/search?q=%D0%A8%D0%B0%D1%80%D0%B3%D0%B0%D0%BB%D0%B7%D1%83%D1%83%D1%80&inforce=2018-05-01&ui=en"
    check "results on a day: a repeal after it is one to come" body_has 'will be repealed on <time datetime="2019-05-17">'
    http_get "$U/search?q=inforce%3A2018-05-01+%D0%A8%D0%B0%D1%80%D0%B3%D0%B0%D0%BB%D0%B7%D1%83%D1%83%D1%80&ui=en"
    check "...the day typed in the query says so too" body_has 'will be repealed on <time datetime="2019-05-17">'
    http_get "$U/search?q=%D0%A6%D1%8D%D0%BD%D1%85%D1%8D%D0%BB%D0%B7%D2%AF%D2%AF%D1%80&ui=en"
    check "results: a part's end to come" body_has 'will expire on <time datetime="2090-06-30">'
    stop_server
else
    skip "the web checks" "curl missing or the server did not start"
fi

# ---- The Criminal Code's repealed points (the shared corpus) -------------
code=$SHARED/mn/law/eruugiin_khuuli_2015.txt
if [ -f "$code" ]; then
    cdb=$tmpdir/code-db
    mkdir -p "$tmpdir/code"
    cp "$code" "$tmpdir/code/"
    "$ZAALT" index --db "$cdb" "$tmpdir/code" >"$tmpdir/code.log" 2>&1
    c() { "$ZAALT" search --db "$cdb" --json "$@"; }
    expect_eq "ЭХ-ийн 9.2.1.3 (repealed 2017-05-11) is said to be repealed" \
        "$(c 'ЭХ-ийн 9.2.1.3' | json "$hit[:1]")" '[["9.2", "in_force", ["9.2.1.3"], "2017-05-11", "repealed"]]'
    expect_eq "...and 12.1's point 2.9 by its words" \
        "$(c '12.1 дүгээр зүйлийн 2.9 дэх заалт' | json "$hit[:1]")" \
        '[["12.1", "in_force", ["12.1.2.9"], "2017-05-11", "repealed"]]'
    expect_eq "...while 9.2.1.1, in force, is not" "$(c 'ЭХ-ийн 9.2.1.1' | json "$hit[:1]")" \
        '[["9.2", "in_force", null, null, null]]'
else
    skip "the Criminal Code's repealed points" "the shared corpus is absent"
fi

# ---- The Law on Culture's repealed point, the mining law's expired one ----
culture=$SHARED/mn/law_other/soyolyn_tukhai.txt mining=$SHARED/mn/law_other/ashigt_maltmalyn_tukhai.txt
government=$SHARED/mn/law_other/mongol_ulsyn_zasgiin_gazryn_tukhai.txt
if [ -f "$culture" ] && [ -f "$mining" ] && [ -f "$government" ]; then
    odb=$tmpdir/other-db
    mkdir -p "$tmpdir/other"
    cp "$culture" "$mining" "$government" "$tmpdir/other/"
    "$ZAALT" index --db "$odb" "$tmpdir/other" >"$tmpdir/other.log" 2>&1
    expect_eq "a word only in the Law on Culture's repealed point 13.1.14 is said so, not absent" \
        "$("$ZAALT" search --db "$odb" --json 'шинээр хэвлэгдэн гарч байгаа ном' | json '[j["dropped"], j["only_in_repealed"], j["repealed_holding_all"]]')" \
        '[[], ["хэвлэгдэн"], 1]'
    expect_contains "...on the line" "$("$ZAALT" search --db "$odb" 'шинээр хэвлэгдэн гарч байгаа ном')" \
        '("хэвлэгдэн" is only in repealed law: searched without it; add status:any to see it)'
    expect_contains "the mining law's 47.3.3 (until 2019-01-01) expired" \
        "$("$ZAALT" search --db "$odb" -n 1 'Монголбанк алт 2,5 хувь status:any')" "PART 47.3.3 EXPIRED on 2019-01-01"
    expect_eq "...and on a day before, article 47 was law in force with it" \
        "$("$ZAALT" search --db "$odb" --json -n 1 -f inforce:2018-06-01 'Монголбанк алт 2,5 хувь' | json "$hit + [j['facets']['status']]")" \
        '[["47", "in_force", null, null, null], [{"value": "in_force", "count": 1}]]'
else
    skip "the Law on Culture and the mining law" "the shared corpus is absent"
fi

# ---- A chapter added and repealed as a whole, named by its quoted heading --
# Demo (fictional), in the shapes of the real statutes: chapter 2¹ typed
# with the export's superscript markup ("ХОЁРДУГААР БҮЛЭГ@A1@B") and its
# note quoting that heading; articles numbered with a flattened superscript
# (31 for 3¹ between 3 and 4); a final article that puts parts in force
# later, or only until a day.
claws=$tmpdir/chapter-laws
cdb2=$tmpdir/chapter-db
mkdir -p "$claws"
cat >"$claws/chapter_law.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2002 оны 1 дүгээр сарын 10-ны өдөр
Улаанбаатар хот

УУЛЫН ЦЭЦГИЙН ЖИШЭЭ ТУХАЙ
/Demo (fictional)/

НЭГДҮГЭЭР БҮЛЭГ
НИЙТЛЭГ ҮНДЭСЛЭЛ

1 дүгээр зүйл.Хуулийн зорилт

1.1.Энэ хуулийн зорилт нь уулын цэцгийг хамгаалахад оршино. Тэнгэрлэзүүр.

1.2.Засаг цэцгийн сан байгуулна. Цэцлэзүүр.

/Энэ хэсгийг 2003 оны 12 дугаар сарын 24-ний өдөр батлагдсан хуулиар өөрчлөн найруулсан бөгөөд Үндсэн хуулийн цэцийн 2004 оны 02 дугаар тогтоолоор хүчингүй болсон. Мөн 2004 оны 12 дугаар сарын 14-ний өдөр батлагдсан хуулиар өөрчлөн найруулсан/

2 дугаар зүйл.Цэцэг түүх

2.1.Цэцэг түүхийг хаврын улиралд хориглоно. Хөхөлзүүр.

2.2.Хориотой цэцгийн жагсаалтыг засаг батална. Ирээдүйлзүүлэг.

ХОЁРДУГААР БҮЛЭГ
ЦЭЦЭРЛЭГ

3 дугаар зүйл.Цэцэрлэг байгуулах

3.1.Цэцэрлэгийг сум бүрт байгуулна. Ногоолзуурлаг.

3.2.Цэцэрлэгт 40-өөс илүүгүй мод, 20-оос илүүгүй бут тарина. Тарилзуур.

/Энэ хэсгийн “...20-оос илүүгүй бут...” гэснийг Үндсэн хуулийн цэцийн 2016 оны 4 дүгээр сарын 22-ны өдрийн 05 дугаар дүгнэлтээр 2016 оны 4 дүгээр сарын 22-ны өдрөөс эхлэн түдгэлзүүлсэн/

/Энэ хэсгийг 2016 оны 5 дугаар сарын 5-ны өдрийн хуулиар хүчингүй болсонд тооцсон/

ХОЁРДУГААР БҮЛЭГ@A1@B
Үрийн сан

31 дүгээр зүйл.Үрийн сан байгуулах

31.1.Үрийн санг аймаг бүрт байгуулна. Үрлэзүүр.

32 дугаар зүйл.Үрийн сангийн хөрөнгө

32.1.Үрийн сангийн хөрөнгийг улсын төсвөөс санхүүжүүлнэ. Сангалзуур.

/Дээрх “ХОЁРДУГААР БҮЛЭГ@A1@B”-ийг 2005 оны 7 дугаар сарын 07-ны өдрийн хуулиар нэмсэн, 2007 оны 8 дугаар сарын 03-ны өдрийн хуулиар хүчингүй болсонд тооцсон/

ГУРАВДУГААР БҮЛЭГ
БУСАД

4 дүгээр зүйл.Хөнгөлөлт

4.1.Дараах этгээдэд хөнгөлөлт үзүүлнэ:

4.1.1.цэцэрлэгч Хөнгөлзүүр;

4.1.2.үрчин;

4.1.3.малчин.

41 дүгээр зүйл.Цэцгийн баяр

41.1.Цэцгийн баярыг жил бүр зохион байгуулна. Баярлазуур.

/Энэ зүйлийг 2009 оны 3 дугаар сарын 12-ны өдрийн хуулиар нэмсэн/

5 дугаар зүйл.Хууль хүчин төгөлдөр болох

5.1.Энэ хуулийг 2002 оны 3 дугаар сарын 1-ний өдрөөс эхлэн дагаж мөрдөнө.

5.2.Энэ хуулийн 2.2 дахь хэсгийг 2090 оны 01 дүгээр сарын 01-ний өдрөөс эхлэн дагаж мөрдөнө.

5.3.Энэ хуулийн 4.1-д заасан этгээдэд хөнгөлөлт үзүүлэх тухай энэхүү хуулийн 4.1.1, 4.1.2 дэх заалтыг 2003 оны 5 дугаар сарын 1-ний өдрөөс 2088 оны 5 дугаар сарын 01-ний өдөр хүртэл дагаж мөрдөнө.
LAW
"$ZAALT" index --db "$cdb2" "$claws" >"$tmpdir/chapter.log" 2>&1
cs() { "$ZAALT" search --db "$cdb2" --json "$@"; }
st='[(h["provision"], h["status"], h["repealed_on"], h["valid_from"]) for h in j["hits"]]'
cid=$(cs 'Тэнгэрлэзүүр' | json 'j["hits"][0]["doc"]')
units() { "$ZAALT" show --db "$cdb2" --json "$cid-0" | json "$1"; }
expect_eq "a chapter repealed by a note quoting its heading (markup for its superscript) repeals its every article" \
    "$(units '[(u["provision"], u["status"], u["repealed_on"], u["valid_from"]) for u in j["units"] if u["provision"] in ("3^1", "3^2")]')" \
    '[["3^1", "repealed", "2007-08-03", "2005-07-07"], ["3^2", "repealed", "2007-08-03", "2005-07-07"]]'
expect_eq "...which were law between the chapter's addition and its repeal" \
    "$(cs -f inforce:2006-01-01 'Үрлэзүүр' | json 'len(j["hits"])')$(cs -f inforce:2006-01-01 'Сангалзуур' | json 'len(j["hits"])')" 11
expect_eq "...and not before the chapter was added" \
    "$(cs -f inforce:2004-01-01 'Үрлэзүүр' | json 'len(j["hits"])')$(cs -f inforce:2004-01-01 'Сангалзуур' | json 'len(j["hits"])')" 00
expect_eq "...while the chapter before it stays in force" \
    "$(cs 'Ногоолзуурлаг' | json "$st")" '[["3", "in_force", null, "2002-03-01"]]'
expect_eq "an article numbered with its superscript flattened (41 between 4 and 5) is keyed 4^1 and labelled 4¹" \
    "$(cs 'Баярлазуур' | json '[(h["provision"], h["label"], h["valid_from"]) for h in j["hits"]]')" \
    '[["4^1", "4¹ дүгээр зүйл. Цэцгийн баяр", "2009-03-12"]]'
expect_eq "...and found by that number as a lawyer types it" \
    "$(cs 'Уулын цэцгийн жишээ тухай хуулийн 4¹ дүгээр зүйл' | json '[h["provision"] for h in j["hits"]][:1]')" '["4^1"]'
expect_eq "a part the final article puts in force from a later day is not yet law (today), and says from when" \
    "$(cs 'Ирээдүйлзүүлэг' | json '[(h["provision"], h["parts_not_yet_in_force"], h["match_not_yet_in_force"]) for h in j["hits"]]')" \
    '[["2", [{"part": "2.2", "from": "2090-01-01"}], true]]'
expect_eq "...nor on a day before it" "$(cs -f inforce:2024-01-01 'Ирээдүйлзүүлэг' | json 'len(j["hits"])')" 0
expect_eq "points the final article applies only until a day to come say so (parts_expiry_scheduled)" \
    "$(cs 'Хөнгөлзүүр' | json '[(h["provision"], h["parts_expiry_scheduled"]) for h in j["hits"]]')" \
    '[["4", [{"part": "4.1.1", "on": "2088-05-01"}, {"part": "4.1.2", "on": "2088-05-01"}]]]'
expect_eq "...and after that day they are no law matched in force" \
    "$(cs -f inforce:2089-01-01 'Хөнгөлзүүр' | json '[(h["provision"], h["match_in_repealed_part"]) for h in j["hits"]]')" \
    '[["4", true]]'
expect_eq "a part suspended by the Constitutional Court, then repealed, is said suspended on a day between" \
    "$(cs -f inforce:2016-04-25 'Тарилзуур' | json '[(h["provision"], h["status"], h["suspended"]) for h in j["hits"]]')" \
    '[["3", "in_force", [{"part": "3.2", "until": null}]]]'
expect_eq "...not before the suspension" \
    "$(cs -f inforce:2016-04-01 'Тарилзуур' | json '[(h["provision"], h["status"], h["suspended"]) for h in j["hits"]]')" \
    '[["3", "in_force", null]]'
expect_eq "the Court's annulment of a restatement leaves the part in force in its earlier wording, on a day between" \
    "$(cs -f inforce:2004-06-01 'Цэцлэзүүр' | json '[(h["provision"], h["status"], h["parts_not_in_force_on_day"]) for h in j["hits"]]')" \
    '[["1", "in_force", null]]'
