#!/usr/bin/env bash
# t73-law-status.sh — a whole law's status, end to end on small statutes of
# our own (fictional, written for this test): a law of one or two articles
# is a statute and its own repeal note repeals it; the 2002 Criminal Code
# however its copy is dated; a statute's date is its header's; a status
# line repeals; a law not yet in force says from when; a law repealed by
# another law of the index, whichever is indexed first, in one run or two,
# and in force again when the repealing law leaves the index.
. tests/lib.sh

laws=$tmpdir/laws
mkdir -p "$laws"
db=$tmpdir/db
s() { "$ZAALT" search --db "$db" --json "$@"; }
# Every unit of $db with its path ($tmpdir/units.json, `s -n 100
# status:any`): asked once, after the index run, as $db does not change
# after it; unit_status and doc_field find their document in it.
# status of every unit of the document whose path ends in $1
unit_status() {
    local id
    id=$(json "[h['doc'] for h in j['hits'] if h['path'].endswith('$1')][0]" <"$tmpdir/units.json")
    "$ZAALT" show --db "$db" --json "$id" | json "sorted(set((u['status'], u['repealed_on']) for u in j['units']))"
}
doc_field() {
    local id
    id=$(json "[h['doc'] for h in j['hits'] if h['path'].endswith('$1')][0]" <"$tmpdir/units.json")
    "$ZAALT" show --db "$db" --json "$id" | json "j['$2']"
}

# ---- A statute of two articles, repealed by its own note ------------------
cat >"$laws/two_articles_repealed.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2006 оны 4 дүгээр сарын 13-ны өдөр
Улаанбаатар хот

ЗЭРЛЭГ ЗӨГИЙН АЖ АХУЙН ТУХАЙ

1 дүгээр зүйл.Хуулийн зорилт

1.1.Энэ хуулийн зорилт нь ойн хулсангуур зөгийн үүрийг хамгаалахад оршино.

2 дугаар зүйл.Хууль хүчин төгөлдөр болох

2.1.Энэ хуулийг 2006 оны 6 дугаар сарын 1-ний өдрөөс эхлэн дагаж мөрдөнө.

/Энэ хуулийг 2019 оны 10 дугаар сарын 3-ны өдрийн хуулиар хүчингүй болсонд тооцсон/
LAW
# ...and one of a single article whose note stands above its name.
cat >"$laws/one_article_repealed.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2001 оны 12 дугаар сарын 6-ны өдөр
Улаанбаатар хот

/Энэ хуулийг 2013 оны 5 дугаар сарын 16-ны өдрийн хуулиар хүчингүй болсонд тооцсон/

ТАРВАГА АГНАХЫГ ТҮР ХОРИГЛОХ ТУХАЙ

1 дүгээр зүйл.Тарвага агнахыг 2002-2005 онд хориглож, бужигнуурт тэмдгийг хураана.
LAW

# ---- Excerpts of the 2002 Criminal Code (written for this test, not the
# official text), dated as copies of it are: the day of adoption with zero
# padding, a later day of a consolidated copy, no date with the Code's whole
# article numbers; and one of the 2015 Code, undated, numbered N.M.
code2002() { # FILE DATE-LINE WORD
    {
        echo "МОНГОЛ УЛСЫН ХУУЛЬ"
        echo
        [ -n "$2" ] && printf '%s\nУлаанбаатар хот\n\n' "$2"
        cat <<LAW
МОНГОЛ УЛСЫН ЭРҮҮГИЙН ХУУЛЬ

ТУСГАЙ АНГИ

113 дугаар зүйл.Хүн худалдаалах

113.1.Хүнийг $3 зорилгоор худалдсан бол хорих ялаар шийтгэнэ.

114 дүгээр зүйл.Хүүхэд солих

114.1.Хүүхдийг санаатай сольсон бол хорих ялаар шийтгэнэ.
LAW
    } >"$laws/$1"
}
code2002 code2002_padded.txt "2002 оны 01 дүгээр сарын 03-ны өдөр" хөөргөлдүүр
code2002 code2002_consolidated.txt "2008.05.29" цацарлаг
{
    printf 'ЭРҮҮГИЙН ХУУЛЬ\n\n'
    printf '113 дугаар зүйл.Хүн худалдаалах\n\n113.1.Хүнийг нугарлаг зорилгоор худалдсан бол хорих ялаар шийтгэнэ.\n\n'
    printf '114 дүгээр зүйл.Хүүхэд солих\n\n114.1.Хүүхдийг сольсон бол хорих ялаар шийтгэнэ.\n'
} >"$laws/code2002_undated.txt"
{
    printf 'ЭРҮҮГИЙН ХУУЛЬ\n\n'
    printf '13.1 дүгээр зүйл.Хүн худалдаалах\n\n1.Хүнийг бургаслаг зорилгоор худалдсан бол хорих ялаар шийтгэнэ.\n\n'
    printf '13.2 дугаар зүйл.Хүүхэд солих\n\n1.Хүүхдийг сольсон бол хорих ялаар шийтгэнэ.\n'
} >"$laws/code2015_undated.txt"

# ---- A statute as a PDF whose metadata is dated years after its adoption,
# and as a saved page whose status banner's day comes first.
[ -x build/mkpdf ] || make -s build/mkpdf >/dev/null 2>&1
{
    echo "%date 2026-11-30"
    for line in "МОНГОЛ УЛСЫН ХУУЛЬ" "2013 оны 4 дүгээр сарын 18-ны өдөр" "Улаанбаатар хот" \
        "ЦАСНЫ ИРВЭСИЙН ТУХАЙ" "1 дүгээр зүйл.Хуулийн зорилт" "1.1.Ирвэсийн гуншаалт нутгийг хамгаална." \
        "2 дугаар зүйл.Хамгаалалт" "2.1.Нутгийг сайд баталгаажуулна." "3 дугаар зүйл.Хүчин төгөлдөр болох" \
        "3.1.Энэ хуулийг батлагдсан өдрөөс эхлэн дагаж мөрдөнө."; do
        printf '%s\n\n' "$line"
    done
} >"$tmpdir/irves.src"
build/mkpdf "$tmpdir/irves.src" "$laws/irves.pdf" 2>"$tmpdir/mkpdf.err" || fail "render the statute's PDF" "$(cat "$tmpdir/mkpdf.err")"
cat >"$laws/banner_dated.html" <<'LAW'
<!DOCTYPE html>
<html lang="mn"><head><meta charset="utf-8"><title>ТАРВАГАНЫ ТУХАЙ</title></head>
<body><main><div class="state">Төлөв: <b>Хүчингүй болсон</b> (2020 оны 9 дүгээр сарын 15)</div>
<p>МОНГОЛ УЛСЫН ХУУЛЬ</p>
<p>2009 оны 11 дүгээр сарын 12-ны өдөр</p>
<p>Улаанбаатар хот</p>
<p>ТАРВАГАНЫ ТУХАЙ</p>
<p>1 дүгээр зүйл.Хуулийн зорилт</p>
<p>1.1.Тарваганы хонгорлог нүхийг хамгаална.</p>
<p>2 дугаар зүйл.Хууль хүчин төгөлдөр болох</p>
<p>2.1.Энэ хуулийг 2010 оны 1 дүгээр сарын 1-ний өдрөөс эхлэн дагаж мөрдөнө.</p>
</main></body></html>
LAW

# ---- A status line above the name, with no day; a whole-law note on the
# name's own line.
cat >"$laws/status_line.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2003 оны 5 дугаар сарын 22-ны өдөр
Улаанбаатар хот

Хүчингүй болсон

ХОНИН ТООЛЛОГЫН ТУХАЙ

1 дүгээр зүйл.Хуулийн зорилт

1.1.Хонин тооллогын шувтралаг журмыг тогтооно.

2 дугаар зүйл.Тооллого

2.1.Тооллогыг жил бүр явуулна.

3 дугаар зүйл.Хууль хүчин төгөлдөр болох

3.1.Энэ хуулийг 2003 оны 7 дугаар сарын 1-ний өдрөөс эхлэн дагаж мөрдөнө.
LAW
cat >"$laws/name_note.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2007 оны 2 дугаар сарын 8-ны өдөр
Улаанбаатар хот

ГОВИЙН ХУЛАНГИЙН ТУХАЙ /Энэ хуулийг 2018 оны 6 дугаар сарын 7-ны өдрийн хуулиар хүчингүй болсонд тооцсон/

1 дүгээр зүйл.Хуулийн зорилт

1.1.Хуланг тэрэлгэрүүр аргаар хамгаална.

2 дугаар зүйл.Хамгаалалт

2.1.Хамгаалалтыг сум хариуцна.

3 дугаар зүйл.Хууль хүчин төгөлдөр болох

3.1.Энэ хуулийг батлагдсан өдрөөс эхлэн дагаж мөрдөнө.
LAW

# ---- A law adopted but not yet in force (its day far enough ahead for any
# clock this test meets).
cat >"$laws/not_yet.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2026 оны 5 дугаар сарын 14-ний өдөр
Улаанбаатар хот

САРЛАГИЙН ТУХАЙ

1 дүгээр зүйл.Хуулийн зорилт

1.1.Сарлагийн гөлбөрлөг сүргийг бүртгэнэ.

2 дугаар зүйл.Бүртгэл

2.1.Бүртгэлийг сум хөтөлнө.

3 дугаар зүйл.Хууль хүчин төгөлдөр болох

3.1.Энэ хуулийг 2040 оны 1 дүгээр сарын 1-ний өдрөөс эхлэн дагаж мөрдөнө.
LAW

"$ZAALT" index --db "$db" "$laws" >"$tmpdir/index.log" 2>&1 || {
    fail "index the laws" "$(tail -3 "$tmpdir/index.log")"
    exit 0
}
s -n 100 'status:any' >"$tmpdir/units.json"
# The searches of $db below with no option but --json, asked by one process
# (lib.sh's ask); `answer Q` is `s Q`.
ask "$db" -- 'хулсангуур' 'бужигнуурт' 'хөөргөлдүүр OR цацарлаг OR нугарлаг OR бургаслаг' 'нугарлаг status:any' \
    'provision:2002:113.1 status:any' 'шувтралаг' 'гөлбөрлөг' 'тэрэлгэрүүр status:any' 'шувтралаг status:any'

# ---- S11: length does not decide what a statute is ------------------------
expect_eq "a two-article statute is a code" "$(doc_field two_articles_repealed.txt type)" "code"
expect_eq "...repealed by its own note, in every unit" "$(unit_status two_articles_repealed.txt)" '[["repealed", "2019-10-03"]]'
expect_eq "...left out of the default search" "$(answer 'хулсангуур' | json '[j["total"], j["repealed_matching"]]')" '[0, 1]'
expect_eq "a one-article statute's note above its name repeals it" "$(unit_status one_article_repealed.txt)" '[["repealed", "2013-05-16"]]'
expect_eq "...left out of the default search" "$(answer 'бужигнуурт' | json 'j["total"]')" 0

# ---- S10: the 2002 Criminal Code, however its copy is dated --------------
expect_eq "a 2002 Code dated with zero padding is repealed on 2017-07-01" "$(unit_status code2002_padded.txt)" '[["repealed", "2017-07-01"]]'
expect_eq "...and one dated by a later consolidation (before the 2015 Code)" "$(unit_status code2002_consolidated.txt)" '[["repealed", "2017-07-01"]]'
expect_eq "...and an undated one numbered as the 2002 Code" "$(unit_status code2002_undated.txt)" '[["repealed", "2017-07-01"]]'
expect_eq "an undated 2015 Code numbered N.M stays in force" "$(unit_status code2015_undated.txt)" '[["in_force", null]]'
expect_eq "a default search for its words finds none of the 2002 Code" \
    "$(answer 'хөөргөлдүүр OR цацарлаг OR нугарлаг OR бургаслаг' | json '[h["path"] for h in j["hits"]]')" '["code2015_undated.txt"]'
expect_eq "the undated 2002 Code's articles are keyed as the 2002 Code's" \
    "$(answer 'нугарлаг status:any' | json '[h["provision"] for h in j["hits"]]')" '["113"]'
expect_contains "...its provision terms name 2002" "$(answer 'provision:2002:113.1 status:any' | json '[h["path"] for h in j["hits"]]')" 'code2002_undated.txt'

# ---- M2: the adoption day printed in the text is a statute's date ---------
expect_eq "a PDF statute is dated by its text, not its metadata" "$(doc_field irves.pdf date)" 2013-04-18
expect_eq "a saved page is dated by the adoption day, not its banner's" "$(doc_field banner_dated.html date)" 2009-11-12

# ---- A status banner or line repeals the law --------------------------------
expect_eq "a saved page's banner 'Хүчингүй болсон (day)' repeals the law that day" "$(unit_status banner_dated.html)" '[["repealed", "2020-09-15"]]'
expect_eq "a status line with no day repeals it, the day unknown" "$(unit_status status_line.txt)" '[["repealed", null]]'
expect_eq "...left out of the default search" "$(answer 'шувтралаг' | json '[j["total"], j["repealed_matching"]]')" '[0, 1]'
expect_contains "...and zaalt search says it is repealed" "$("$ZAALT" search --db "$db" 'шувтралаг status:any')" "REPEALED"

# ---- A whole-law note on the name's line ---------------------------------
expect_eq "a note on the name's line is not the name" "$(doc_field name_note.txt title)" "ГОВИЙН ХУЛАНГИЙН ТУХАЙ"
expect_eq "...and still repeals the law" "$(unit_status name_note.txt)" '[["repealed", "2018-06-07"]]'

# ---- M3: a law not yet in force says from when ---------------------------
r=$(answer 'гөлбөрлөг')
expect_eq "a law not yet in force: the hit says the day it takes effect" \
    "$(echo "$r" | json '[(h["status"], h["valid_from"]) for h in j["hits"]]')" '[["in_force", "2040-01-01"]]'
expect_contains "...and so does zaalt search's line" "$("$ZAALT" search --db "$db" 'гөлбөрлөг')" "NOT YET IN FORCE: from 2040-01-01"
expect_contains "...and zaalt show" "$("$ZAALT" show --db "$db" "$(echo "$r" | json 'j["hits"][0]["id"]')")" \
    "[NOT YET IN FORCE: in force from 2040-01-01]"
expect_eq "...not in force today by inforce:" "$(s --filter "inforce:$(date -u +%F)" 'гөлбөрлөг' | json 'j["total"]')" 0
expect_eq "...in force on its day" "$(s --filter inforce:2040-01-01 'гөлбөрлөг' | json 'j["total"]')" 1
# ---- S1: a law is in force from the day it states, past or not, else from
# the day it was adopted; an in-force view of a day before leaves it out.
expect_eq "a law in force since a day past says since when (the day it was adopted: 'батлагдсан өдрөөс')" \
    "$(answer 'тэрэлгэрүүр status:any' | json '[h["valid_from"] for h in j["hits"]]')" '["2007-02-08"]'
expect_eq "...left out of an in-force view of the day before it was adopted" \
    "$(s --filter inforce:2007-02-07 'тэрэлгэрүүр' | json 'j["total"]')" 0
expect_eq "...and in force on that day" "$(s --filter inforce:2007-02-08 'тэрэлгэрүүр' | json 'j["total"]')" 1
expect_eq "a law whose last article names a day past is in force from that day, not its adoption" \
    "$(answer 'шувтралаг status:any' | json '[h["valid_from"] for h in j["hits"]]')" '["2003-07-01"]'
expect_eq "...so the day before it, it is not" "$(s --filter inforce:2003-06-30 'шувтралаг' | json 'j["total"]')" 0
expect_eq "...and on that day it is" "$(s --filter inforce:2003-07-01 'шувтралаг' | json 'j["total"]')" 1
expect_not_contains "...and zaalt search does not call it not yet in force" \
    "$("$ZAALT" search --db "$db" 'шувтралаг status:any')" "NOT YET"

# ---- S9: a law repealed by another law of the index ------------------------
old_law() { # TITLE DATE-LINE WORD: a two-article law on standard output
    printf 'МОНГОЛ УЛСЫН ХУУЛЬ\n\n%s\nУлаанбаатар хот\n\n%s\n\n' "$2" "$1"
    printf '1 дүгээр зүйл.Хуулийн зорилт\n\n1.1.Энэ хуулийн зорилт нь %s харилцааг зохицуулахад оршино.\n\n' "$3"
    printf '2 дугаар зүйл.Хууль хүчин төгөлдөр болох\n\n2.1.Энэ хуулийг батлагдсан өдрөөс эхлэн дагаж мөрдөнө.\n'
}
r1=$tmpdir/r1
mkdir -p "$r1"
# (a) a new law of the same name whose last article repeals the old one;
# its file sorts first, so the old law is written after it in the run.
old_law "НУТГИЙН ЗАХИРГААНЫ ТУХАЙ" "2009 оны 3 дугаар сарын 19-ний өдөр" ширэнгүүр >"$r1/b_old_nutag.txt"
cat >"$r1/a_new_nutag.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2023 оны 12 дугаар сарын 7-ны өдөр
Улаанбаатар хот

НУТГИЙН ЗАХИРГААНЫ ТУХАЙ

1 дүгээр зүйл.Хуулийн зорилт

1.1.Энэ хуулийн зорилт нь нутгийн захиргааг шинээр зохицуулахад оршино.

2 дугаар зүйл.Хууль хүчин төгөлдөр болох

2.1.Энэ хуулийг 2024 оны 3 дугаар сарын 1-ний өдрөөс эхлэн дагаж мөрдөнө.

2.2.Энэ хууль хүчин төгөлдөр болсонтой холбогдуулан 2009 оны 3 дугаар сарын 19-ний өдөр баталсан Нутгийн захиргааны тухай хуулийг хүчингүй болсонд тооцсугай.
LAW
# (b) an act made to repeal a law, whose file sorts after the law's.
old_law "ЗАГАС АГНАХ ТУХАЙ" "2011 оны 6 дугаар сарын 2-ны өдөр" цулбуургүүр >"$r1/c_zagas.txt"
cat >"$r1/d_zagas_repeal.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2018 оны 11 дүгээр сарын 29-ний өдөр
Улаанбаатар хот

ЗАГАС АГНАХ ТУХАЙ ХУУЛЬ ХҮЧИНГҮЙ БОЛСОНД ТООЦОХ ТУХАЙ

1 дүгээр зүйл.2011 оны 06 дугаар сарын 02-ны өдөр баталсан Загас агнах тухай хуулийг хүчингүй болсонд тооцсугай.

2 дугаар зүйл.Энэ хуулийг 2019 оны 2 дугаар сарын 1-ний өдрөөс эхлэн дагаж мөрдөнө.
LAW
# a law of the same name adopted on another day is another law.
old_law "ЗАГАС АГНАХ ТУХАЙ" "1995 оны 4 дүгээр сарын 20-ны өдөр" шивэргүүр >"$r1/e_zagas_other.txt"

rdb=$tmpdir/rdb
ri() { "$ZAALT" index --db "$rdb" "$r1" >"$tmpdir/r.log" 2>&1 || fail "index $1" "$(tail -2 "$tmpdir/r.log")"; }
rs() { "$ZAALT" search --db "$rdb" --json "$@"; }
rstatus() { # WORD: the status of the units matching it, with status:any
    rs -n 20 "$1 status:any" | json 'sorted(set((h["status"], h["repealed_on"]) for h in j["hits"]))'
}
ri "both laws in one run"
expect_eq "a law repealed by a new law's last article, the new law written first" "$(rstatus ширэнгүүр)" '[["repealed", "2024-03-01"]]'
expect_eq "a law repealed by an act made for it, on the day the act takes effect" "$(rstatus цулбуургүүр)" '[["repealed", "2019-02-01"]]'
expect_eq "...not a law of that name adopted on another day" "$(rstatus шивэргүүр)" '[["in_force", null]]'
expect_eq "...nor the repealing laws themselves" "$(rs 'зохицуулахад' | json '[h["path"] for h in j["hits"] if h["path"].startswith("a_")]')" '["a_new_nutag.txt"]'
expect_contains "the old law's history says what repealed it" \
    "$("$ZAALT" show --db "$rdb" "$(rs 'ширэнгүүр status:any' | json 'j["hits"][0]["id"]')")" "REPEALED on 2024-03-01"
expect_eq "a file written twice in the run counts once" "$(tail -1 "$tmpdir/r.log" | grep -o 'Indexed [0-9]* files')" "Indexed 5 files"

# The repealing act leaves the index: the law it repealed is in force again.
mv "$r1/d_zagas_repeal.txt" "$tmpdir/"
ri "without the repealing act"
expect_eq "a law whose repealing act left the index is in force again" "$(rstatus цулбуургүүр)" '[["in_force", null]]'
expect_eq "...the other repeal stands" "$(rstatus ширэнгүүр)" '[["repealed", "2024-03-01"]]'
# It comes back in a later run, the law itself unchanged: repealed again.
mv "$tmpdir/d_zagas_repeal.txt" "$r1/"
ri "with the repealing act again"
expect_eq "a repealing act indexed in a later run than the law repeals it" "$(rstatus цулбуургүүр)" '[["repealed", "2019-02-01"]]'
expect_eq "...and a run with nothing changed writes nothing" \
    "$("$ZAALT" index --db "$rdb" "$r1" 2>&1 | tail -1 | grep -o 'Indexed [0-9]* files')" "Indexed 0 files"

# What repealed a law, in the viewer's status: the note, and the law it
# names linked when the index holds it (not the law itself, though both
# have one title; the act made to repeal a law, not the law it names).
csv_cites() { "$ZAALT" search --db "$rdb" --format csv "$@" | python3 -c 'import csv, io, sys; print(sorted(set((r["citation_mn"], r["citation_en"]) for r in csv.DictReader(io.StringIO(sys.stdin.read(), newline="")))))'; }
expect_contains "CSV: the citation of a repealed law's article carries the repeal, in English" \
    "$(csv_cites 'ширэнгүүр status:any')" ', Article 1 (repealed 2024-03-01)'
expect_contains "...and in Mongolian" "$(csv_cites 'ширэнгүүр status:any')" ' 1 дүгээр зүйл (2024-03-01-нд хүчингүй болсон)'
expect_contains "...and RIS" "$("$ZAALT" search --db "$rdb" --format ris 'ширэнгүүр status:any')" 'Article 1 (repealed 2024-03-01)'
expect_eq "the citation of an article in force is as it was" "$(csv_cites 'шинээр зохицуулахад')" "[('«НУТГИЙН ЗАХИРГААНЫ ТУХАЙ» 1 дүгээр зүйл', 'НУТГИЙН ЗАХИРГААНЫ ТУХАЙ, Article 1')]"
if start_server --db "$rdb"; then
    new_nutag=$(rs 'шинээр зохицуулахад' | json 'j["hits"][0]["doc"]')
    zagas_act=$(rs -n 20 'status:any' | json '[h["doc"] for h in j["hits"] if h["path"] == "d_zagas_repeal.txt"][0]')
    http_get "$U/doc/$(rs 'ширэнгүүр status:any' | json 'j["hits"][0]["doc"]')?ui=en"
    check "the viewer of a law repealed by another says what repealed it" \
        body_has 'Repealed by:</span> <q lang="mn">НУТГИЙН ЗАХИРГААНЫ ТУХАЙ (2023-12-07)</q>'
    check "...linked to that law of the index, with its day, not to itself" \
        body_has "→ <a href=\"/doc/$new_nutag\">НУТГИЙН ЗАХИРГААНЫ ТУХАЙ</a> (adopted <time datetime=\"2023-12-07\">"
    check "...and its Cite box carries the repeal" body_has '(2009) (repealed 2024-03-01)</span>'
    http_get "$U/doc/$(rs 'цулбуургүүр status:any' | json 'j["hits"][0]["id"]')?ui=en"
    check "an article of a law repealed by an act made for it: the act, linked" \
        body_has "→ <a href=\"/doc/$zagas_act\">ЗАГАС АГНАХ ТУХАЙ ХУУЛЬ ХҮЧИНГҮЙ БОЛСОНД ТООЦОХ ТУХАЙ</a>"
    check "...its Cite box: the article and its repeal" body_has 'ЗАГАС АГНАХ ТУХАЙ, Article 1 (repealed 2019-02-01)</span>'
    check "...in Mongolian too" body_has '1 дүгээр зүйл (2019-02-01-нд хүчингүй болсон)</span>'
    http_get "$U/doc/$new_nutag?ui=en"
    check "a law in force names no repealer" body_lacks 'Repealed by:'
    check "...and its Cite box carries no status" body_has 'НУТГИЙН ЗАХИРГААНЫ ТУХАЙ (2023)</span>'
    stop_server
else
    fail "start the server" "$(tail -3 "$server_log")"
fi

# One unit's sentences are read one by one: a law named in a sentence
# that repeals nothing stays in force though the next sentence repeals a
# part of the act itself; two sentences each repealing a law repeal both.
r2=$tmpdir/r2
mkdir -p "$r2"
old_law "ХАДЛАНГИЙН ТУХАЙ" "2001 оны 1 дүгээр сарын 5-ны өдөр" хадлангүүр >"$r2/a_hadlan.txt"
old_law "БЭЛЧЭЭРИЙН ТУХАЙ" "2002 оны 2 дугаар сарын 6-ны өдөр" бэлчээргүүр >"$r2/b_belcheer.txt"
old_law "УСНЫ ХУВААРИЙН ТУХАЙ" "2003 оны 3 дугаар сарын 7-ны өдөр" хувааргүүр >"$r2/c_usny.txt"
cat >"$r2/d_act.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2020 оны 4 дүгээр сарын 9-ний өдөр
Улаанбаатар хот

ХӨДӨӨ АЖ АХУЙН ТУХАЙ

1 дүгээр зүйл.Хуулийн зорилт

1.1.Энэ хуулийн зорилт нь хөдөө аж ахуйг зохицуулахад оршино.

2 дугаар зүйл.Хууль хүчин төгөлдөр болох

2.1.2001 оны 1 дүгээр сарын 5-ны өдөр баталсан Хадлангийн тухай хуулийг хүчингүй болсонд тооцсугай. 2002 оны 2 дугаар сарын 6-ны өдөр баталсан Бэлчээрийн тухай хуулийг энэ хуульд нийцүүлнэ. Энэ хуулийн 1.1 дэх хэсгийн хоёр дахь өгүүлбэрийг хүчингүй болсонд тооцсугай; 2003 оны 3 дугаар сарын 7-ны өдөр баталсан Усны хуваарийн тухай хуулийг хүчингүй болсонд тооцсугай.

2.2.Энэ хуулийг 2020 оны 5 дугаар сарын 1-ний өдрөөс эхлэн дагаж мөрдөнө.
LAW
r2db=$tmpdir/r2db
"$ZAALT" index --db "$r2db" "$r2" >"$tmpdir/r2.log" 2>&1 || fail "index the act of three sentences" "$(tail -2 "$tmpdir/r2.log")"
r2status() { "$ZAALT" search --db "$r2db" --json -n 20 "$1 status:any" | json 'sorted(set((h["status"], h["repealed_on"]) for h in j["hits"]))'; }
expect_eq "a unit's first sentence repeals the law it names" "$(r2status хадлангүүр)" '[["repealed", "2020-05-01"]]'
expect_eq "...a law named in a sentence that repeals nothing stays in force" "$(r2status бэлчээргүүр)" '[["in_force", null]]'
expect_eq "...and a later sentence of the unit repeals its own law" "$(r2status хувааргүүр)" '[["repealed", "2020-05-01"]]'

# A law repealed "from the day <a law> takes effect", said above its name:
# repealed on the day that law takes effect when the index holds it, else
# on its adoption (the latest day the statement names).  Demo (fictional).
r3=$tmpdir/r3
mkdir -p "$r3"
cat >"$r3/a_old_jishee.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2001 оны 2 дугаар сарын 3-ны өдөр
Улаанбаатар хот

2020 оны 5 дугаар сарын 6-ны өдөр баталсан Шинэ жишээний тухай хууль хүчин төгөлдөр болсон өдрөөс эхлэн хүчингүй болсонд тооцно
ХУУЧИН ЖИШЭЭНИЙ ТУХАЙ
/Demo (fictional)/

1 дүгээр зүйл.Хуулийн зорилт

1.1.Энэ хуулийн зорилт нь хуучин жишээг тэвэнгүүр зохицуулахад оршино.
LAW
cat >"$r3/b_new_jishee.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2020 оны 5 дугаар сарын 6-ны өдөр
Улаанбаатар хот

ШИНЭ ЖИШЭЭНИЙ ТУХАЙ
/Demo (fictional)/

1 дүгээр зүйл.Хуулийн зорилт

1.1.Энэ хуулийн зорилт нь шинэ жишээг зохицуулахад оршино.

2 дугаар зүйл.Хууль хүчин төгөлдөр болох

2.1.Энэ хуулийг 2021 оны 1 дүгээр сарын 1-ний өдрөөс эхлэн дагаж мөрдөнө.
LAW
# A law taking effect with another ("Энэ хуулийг … хууль хүчин төгөлдөр
# болсон өдрөөс эхлэн дагаж мөрдөнө"): in force from that law's day, its
# file sorting first.  Demo (fictional).
cat >"$r3/0_with_jishee.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2020 оны 5 дугаар сарын 6-ны өдөр
Улаанбаатар хот

ЖИШЭЭНИЙ ХЯНАЛТЫН ТУХАЙ
/Demo (fictional)/

1 дүгээр зүйл.Хуулийн зорилт

1.1.Энэ хуулийн зорилт нь жишээг шагайлзуур хянахад оршино.

2 дугаар зүйл.Хууль хүчин төгөлдөр болох

2.1.Энэ хуулийг Шинэ жишээний тухай хууль хүчин төгөлдөр болсон өдрөөс эхлэн дагаж мөрдөнө.
LAW
r3db=$tmpdir/r3db
r3i() { "$ZAALT" index --db "$r3db" "$r3" >"$tmpdir/r3.log" 2>&1 || fail "index $1" "$(tail -2 "$tmpdir/r3.log")"; }
r3status() { "$ZAALT" search --db "$r3db" --json -n 20 "$@" | json 'sorted(set((h["path"], h["repealed_on"]) for h in j["hits"]))'; }
r3i "a law repealed when another takes effect"
expect_eq "a law repealed from the day a law of the index takes effect: that day, not its adoption" \
    "$(r3status 'тэвэнгүүр status:any')" '[["a_old_jishee.txt", "2021-01-01"]]'
# Described as it stood that day (inforce:): in force, its repeal to come.
expect_eq "...so on a day between, the old law is the law, its repeal to come" \
    "$("$ZAALT" search --db "$r3db" --json -n 20 -f inforce:2020-09-01 'тэвэнгүүр' | json 'sorted(set((h["path"], h["status"], h["repealed_on"], h["repeal_scheduled_on"]) for h in j["hits"]))')" \
    '[["a_old_jishee.txt", "in_force", null, "2021-01-01"]]'
r3from() { "$ZAALT" search --db "$r3db" --json "$@" | json 'sorted(set(h["valid_from"] for h in j["hits"]))'; }
expect_eq "a law taking effect with a law of the index is in force from that law's day" \
    "$(r3from 'шагайлзуур status:any')" '["2021-01-01"]'
expect_eq "...not before it" "$("$ZAALT" search --db "$r3db" --json -f inforce:2020-09-01 'шагайлзуур' | json 'j["total"]')" 0
mv "$r3/b_new_jishee.txt" "$tmpdir/"
r3i "without the new law"
expect_eq "...without that law in the index, the day of its adoption the statement names" \
    "$(r3status 'тэвэнгүүр status:any')" '[["a_old_jishee.txt", "2020-05-06"]]'
expect_eq "...and the law taking effect with it, from its own adoption" "$(r3from 'шагайлзуур status:any')" '["2020-05-06"]'
# An older law of that title in the index (the one the new law replaces):
# its day is no start for a law adopted years after it.  Demo (fictional).
cat >"$r3/c_older_namesake.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2010 оны 2 дугаар сарын 1-ний өдөр
Улаанбаатар хот

ШИНЭ ЖИШЭЭНИЙ ТУХАЙ
/Demo (fictional)/

1 дүгээр зүйл.Хуулийн зорилт

1.1.Энэ хуулийн зорилт нь жишээг хуучнаар бүртгэхэд оршино.

2 дугаар зүйл.Хууль хүчин төгөлдөр болох

2.1.Энэ хуулийг 2010 оны 3 дугаар сарын 1-ний өдрөөс эхлэн дагаж мөрдөнө.
LAW
r3i "with an older namesake of the law it waits for"
expect_eq "...an older law of that title: still from its own adoption, never before it" \
    "$(r3from 'шагайлзуур status:any')" '["2020-05-06"]'
rm "$r3/c_older_namesake.txt"

# A provision that applies from a later day than its law: from a day the
# law gives ("Энэ хуулийн 1.1.3 дэх заалтыг 2030 … өдрөөс эхлэн дагаж
# мөрдөнө"), or from the day another law of the index takes effect, the
# law naming itself by its title ("<Its title> тухай хуулийн 1 дүгээр
# зүйлийн 1.1 дэх хэсгийн 1.1.2 дахь заалтыг <a law> хууль хүчин төгөлдөр
# болсон өдрөөс эхлэн дагаж мөрдөнө"), its file sorting before that law's.
# Demo (fictional).
mv "$tmpdir/b_new_jishee.txt" "$r3/"
cat >"$r3/0_part_waits.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2020 оны 5 дугаар сарын 6-ны өдөр
Улаанбаатар хот

ЖИШЭЭНИЙ БҮРТГЭЛИЙН ТУХАЙ
/Demo (fictional)/

1 дүгээр зүйл.Бүртгэл

1.1.Бүртгэлд дараах мэдээллийг оруулна:

1.1.1.жишээний нэрийг цагиргүүр;

1.1.2.жишээний дугаарыг сүлжигүүр;

1.1.3.жишээний өнгийг хээгүүр.

2 дугаар зүйл.Хууль хүчин төгөлдөр болох

2.1.Энэ хуулийг 2020 оны 7 дугаар сарын 1-ний өдрөөс эхлэн дагаж мөрдөнө.

2.2.Жишээний бүртгэлийн тухай хуулийн 1 дүгээр зүйлийн 1.1 дэх хэсгийн 1.1.2 дахь заалтыг Шинэ жишээний тухай хууль хүчин төгөлдөр болсон өдрөөс эхлэн дагаж мөрдөнө.

2.3.Энэ хуулийн 1.1.3 дэх заалтыг 2030 оны 1 дүгээр сарын 1-ний өдрөөс эхлэн дагаж мөрдөнө.
LAW
r3i "a provision waiting for another law"
r3pending() { "$ZAALT" search --db "$r3db" --json "$@" | json '[([(p["part"], p["from"]) for p in h["parts_not_yet_in_force"] or []], h["match_not_yet_in_force"]) for h in j["hits"]]'; }
expect_eq "a provision applying from another law's day is not yet law on a day before it" \
    "$(r3pending -f inforce:2020-09-01 'сүлжигүүр')" '[[[["1.1.2", "2021-01-01"], ["1.1.3", "2030-01-01"]], true]]'
expect_eq "...and is law from that day" "$(r3pending -f inforce:2021-02-01 'сүлжигүүр')" '[[[["1.1.3", "2030-01-01"]], false]]'
expect_eq "...its neighbour, in force with the law, is law on the day before" \
    "$(r3pending -f inforce:2020-09-01 'цагиргүүр')" '[[[["1.1.2", "2021-01-01"], ["1.1.3", "2030-01-01"]], false]]'
expect_eq "a provision applying from a day to come it gives is not yet law today" \
    "$(r3pending 'хээгүүр status:any')" '[[[["1.1.3", "2030-01-01"]], true]]'
rm "$r3/0_part_waits.txt"

# Articles the text no longer holds, repealed by one note on their range
# ("13-21 дүгээр зүйл /… хүчингүй болсонд тооцсон/"): zaalt show lists
# each as a repealed article of its own, and does not call the act
# repealed.
r4=$tmpdir/r4
mkdir -p "$r4"
cat >"$r4/range.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2001 оны 3 дугаар сарын 5-ны өдөр
Улаанбаатар хот

ТАЛБАРГҮҮРИЙН ТУХАЙ

1 дүгээр зүйл.Хуулийн зорилт

1.1.Энэ хуулийн зорилт нь талбаргүүрийн харилцааг зохицуулахад оршино.

2-4 дүгээр зүйл /2009 оны 6 дугаар сарын 4-ний өдрийн хуулиар хүчингүй болсонд тооцсон/.

5 дугаар зүйл.Хууль хүчин төгөлдөр болох

5.1.Энэ хуулийг батлагдсан өдрөөс эхлэн дагаж мөрдөнө.
LAW
"$ZAALT" index --db "$tmpdir/r4db" "$r4" >"$tmpdir/r4.log" 2>&1 || fail "index the law of a repealed range" "$(tail -2 "$tmpdir/r4.log")"
r4doc=$("$ZAALT" search --db "$tmpdir/r4db" --json талбаргүүрийн | json 'j["hits"][0]["doc"]')
r4show=$("$ZAALT" show --db "$tmpdir/r4db" "$r4doc")
expect_contains "zaalt show lists an article of a repealed range" "$r4show" "· 3 дугаар зүйл
[REPEALED on 2009-06-04: not law in force]"
expect_not_contains "...and does not call the act repealed" "$r4show" "the act as a whole"

# ---- What is still to come is said as such: a law not yet in force, a
# repeal dated ahead (of a part, of a law); and the Criminal Code's
# provision pages are only its own (fictional statutes, dates far ahead).
s1=$tmpdir/soon
mkdir -p "$s1"
cat >"$s1/part_ahead.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2010 оны 3 дугаар сарын 4-ний өдөр
Улаанбаатар хот

ЯМААНЫ ТУРШИЛТ ТУХАЙ

1 дүгээр зүйл.Ямаа

1.1.Ямааг хавар самнахад хөвөнгөрүүр зөвшөөрнө.

/Энэ хэсгийг 2026 оны 11 дүгээр сарын 20-ны өдрийн хуулиар хүчингүй болсонд тооцсон бөгөөд 2041 оны 1 дүгээр сарын 1-ний өдрөөс эхлэн дагаж мөрдөнө/

1.2.Ямааны өвчнөөс сэргийлнэ.

2 дугаар зүйл.Самнах улирал

2.1.Самнах улирлыг туршилтаар ботгонуур тогтооно.

/Энэ хэсгийг 2040 оны 12 дугаар сарын 31-ний өдрийг хүртэл дагаж мөрдөнө/

2.2.Улирлыг сум зарлана.
LAW
cat >"$s1/law_ahead.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2010 оны 3 дугаар сарын 4-ний өдөр
Улаанбаатар хот

ТЭМЭЭН ХЯРУУНЫ ТУХАЙ

1 дүгээр зүйл.Хяруу

1.1.Хяруун дахь тэмээг шарвалзуур хамгаална.

2 дугаар зүйл.Хяналт

2.1.Хяналтыг сум хэрэгжүүлнэ.

/Энэ хуулийг 2026 оны 6 дугаар сарын 18-ны өдрийн хуулиар хүчингүй болсонд тооцсон бөгөөд 2041 оны 1 дүгээр сарын 1-ний өдрөөс эхлэн дагаж мөрдөнө/
LAW
cat >"$s1/code.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2015 оны 12 дугаар сарын 3-ны өдөр
Улаанбаатар хот

ЭРҮҮГИЙН ХУУЛЬ

1.1 дүгээр зүйл.Хуулийн зорилт

1.Энэ хуулийн зорилт нь хүний эрхийг цэлмэгүүр хамгаалах.

3.1 дүгээр зүйл.Хуучин заалт

1.Хуучин журмаар бүдүүвчлүүр шийдвэрлэнэ.

/Энэ зүйлийг 2017 оны 5 дугаар сарын 11-ний өдрийн хуулиар хүчингүй болсонд тооцсон/

3.2 дүгээр зүйл.Хууль хүчин төгөлдөр болох

1.Энэ хуулийг 2017 оны 7 дугаар сарын 1-ний өдрөөс эхлэн дагаж мөрдөнө.
LAW
sdb=$tmpdir/sdb
"$ZAALT" index --db "$sdb" "$s1" >"$tmpdir/s.log" 2>&1 || fail "index the laws of days ahead" "$(tail -2 "$tmpdir/s.log")"
ss() { "$ZAALT" search --db "$sdb" "$@"; }
expect_eq "a part repealed from a day to come: the hit is in force, the part's repeal said as ahead" \
    "$(ss --json хөвөнгөрүүр | json '[(h["status"], h["repeal_scheduled_on"], h["parts_repeal_scheduled"]) for h in j["hits"]]')" \
    '[["in_force", null, [{"part": "1.1", "on": "2041-01-01"}]]]'
expect_contains "...and zaalt search says it will be" "$(ss хөвөнгөрүүр)" "PART 1.1 WILL BE REPEALED on 2041-01-01"
expect_eq "a law repealed from a day to come: its hits say the day" \
    "$(ss --json шарвалзуур | json '[(h["status"], h["repeal_scheduled_on"]) for h in j["hits"]]')" '[["in_force", "2041-01-01"]]'
expect_contains "...and zaalt search" "$(ss шарвалзуур)" "WILL BE REPEALED on 2041-01-01"
ahead_doc=$(ss --json шарвалзуур | json 'j["hits"][0]["doc"]')
expect_contains "...zaalt show says the act's repeal is to come" "$("$ZAALT" show --db "$sdb" "$ahead_doc")" \
    "WILL BE REPEALED on 2041-01-01, the act as a whole: in force until then"
expect_not_contains "...not that it is not law in force" "$("$ZAALT" show --db "$sdb" "$ahead_doc")" "not law in force"
expect_eq "an in-force filter is not told of repealed provisions when none matches" \
    "$(ss --filter status:in_force хөвөнгөрүүр | grep -c 'repealed provision')" 0
expect_eq "article:3.1, a repealed article opened by its number, counts as the document it shows" \
    "$(ss --json article:3.1 | json '[j["total"], [h["provision"] for h in j["hits"]]]')" '[1, ["3.1"]]'
expect_contains "inforce: names a day of the calendar" "$(ss --filter inforce:2019-13-45 хөвөнгөрүүр 2>&1)" \
    "is no day of the calendar"
expect_status "...and is a user's error" 1 "$ZAALT" search --db "$sdb" --filter inforce:2019-02-30 хөвөнгөрүүр

if start_server --db "$sdb"; then
    code_id=$(ss --json цэлмэгүүр | json 'j["hits"][0]["id"]')
    http_get "$U/doc/$(ss --json хөвөнгөрүүр | json 'j["hits"][0]["id"]')?ui=en"
    check "the viewer: a part's repeal dated ahead is announced" \
        body_has 'part 1.1: will be repealed on <time datetime="2041-01-01">1 January 2041</time>'
    check "...and its history says it has not happened" body_has '(not yet in effect)'
    until_note='<small class="until-exclusive">(read from “until” (хүртэл) as not including that day: the last day is the day before)</small>'
    http_get "$U/doc/$(ss --json ботгонуур | json 'j["hits"][0]["id"]')?ui=en"
    check "the viewer: a part in force until (хүртэл) a day says how that day is read" \
        body_has "part 2.1: will expire on <time datetime=\"2040-12-31\">31 December 2040</time> $until_note"
    http_get "$U/search?q=%D0%B1%D0%BE%D1%82%D0%B3%D0%BE%D0%BD%D1%83%D1%83%D1%80&ui=en"
    check "results: ...and its hit's badge" body_has "$until_note"
    http_get "$U/doc/$(ss --json шарвалзуур | json 'j["hits"][0]["id"]')?ui=en"
    check "...a repeal by a law does not" body_lacks 'until-exclusive'
    check "an ordinary law's article links to no Criminal Code article" body_lacks 'href="/provision/'
    http_get "$U/doc/$(ss --json шарвалзуур | json 'j["hits"][0]["id"]')?ui=en"
    check "the viewer: a law's repeal dated ahead is announced" \
        body_has 'Will be repealed on <time datetime="2041-01-01">1 January 2041</time>: in force until then.'
    http_get "$U/search?q=%D1%88%D0%B0%D1%80%D0%B2%D0%B0%D0%BB%D0%B7%D1%83%D1%83%D1%80&ui=en"
    check "results: ...and its hit's badge" body_has 'will be repealed on <time datetime="2041-01-01">'
    http_get "$U/doc/$code_id?ui=en"
    check "the Criminal Code's article links to its provision page" body_has 'href="/provision/1.1"'
    http_get "$U/api/search?q=x&inforce=2019-13-45"
    check "HTTP: an in-force day off the calendar is a 400" status_is 400
    stop_server
else
    fail "start the server" "$(tail -3 "$server_log")"
fi
if start_server --db "$db"; then
    http_get "$U/doc/$(s 'гөлбөрлөг' | json 'j["hits"][0]["id"]')?ui=en"
    check "the viewer: a law not yet in force says from when" \
        body_has 'Not yet in force: in force from <time datetime="2040-01-01">1 January 2040</time>.'
    http_get "$U/search?q=%D0%B3%D3%A9%D0%BB%D0%B1%D3%A9%D1%80%D0%BB%D3%A9%D0%B3&ui=en"
    check "results: ...and its hit's badge" body_has 'not yet in force: from <time datetime="2040-01-01">'
    stop_server
else
    fail "start the server" "$(tail -3 "$server_log")"
fi

# ---- Probe L: a part's or point's repeal as the text places it, and found
# by title: as by doc: (a fictional statute, written for this test, in the
# statutes' shapes).  A part's note with more points of the part after it is
# the point's it follows; the repealed point's words are found with title:
# on status:any and on a day it was law, and announced by a default search.
pl=$tmpdir/probe_l
mkdir -p "$pl"
cat >"$pl/zerleg_yamaany_tukhai.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2010 оны 3 дугаар сарын 4-ний өдөр
Улаанбаатар хот

ЗЭРЛЭГ ЯМААНЫ ТУХАЙ

1 дүгээр зүйл.Ан агнах

1.1.Дараах газарт ан агнахыг хориглоно:

1.1.1.хадат хясаанд;

1.1.2.цэнхэр хөвчийн бэлчээрт;

/Энэ заалтыг 2016 оны 7 дугаар сарын 21-ний өдрийн хуулиар хүчингүй болсонд тооцсон/

1.1.3.нуурын хөвөөнд.

2 дугаар зүйл.Зөрчил

1.Хуульд заасныг зөрчиж:

1.1.янгирын эврийг худалдсан;

1.2.шар тэмдэггүй буу хэрэглэсэн;

/Энэ хэсгийг 2017 оны 12 дугаар сарын 21-ний өдрийн хуулиар хүчингүй болсонд тооцсон./

1.3.ногоон тууз зүүлгүй агнасан;

1.4.бол торгоно.
LAW
pldb=$tmpdir/pldb
"$ZAALT" index --db "$pldb" "$pl" >"$tmpdir/pl.log" 2>&1 || fail "index the law of probe L" "$(tail -2 "$tmpdir/pl.log")"
pls() { "$ZAALT" search --db "$pldb" --json "$@"; }
expect_eq "a part's note before more of its points leaves the points after it law, whose words a default search finds" "$(pls '"ногоон тууз зүүлгүй"' | json '[h["provision"] for h in j["hits"]]')" '["2"]'
expect_eq "...and the point's words are its repealed part's" \
    "$(pls '"шар тэмдэггүй" status:any' | json '[(h["provision"], h["repealed_parts"]) for h in j["hits"]]')" '[["2", ["2.1.2"]]]'
Q='"цэнхэр хөвчийн бэлчээрт"'
expect_eq "title: with status:any finds a repealed point, as doc: does" \
    "$(pls "$Q title:ямааны status:any" | json '[(h["provision"], h["repealed_parts"]) for h in j["hits"]]')" '[["1", ["1.1.2"]]]'
expect_eq "title: on a day the point was law finds it" \
    "$(pls "$Q title:ямааны inforce:2015-01-01" | json '[h["provision"] for h in j["hits"]]')" '["1"]'
expect_eq "title: by default leaves it out and announces it" \
    "$(pls "$Q title:ямааны" | json '[j["total"], j["repealed_matching"]]')" '[0, 1]'
expect_eq "title: with a word of no title finds nothing" "$(pls "$Q title:тарвага status:any" | json 'j["total"]')" 0
