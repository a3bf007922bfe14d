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
# status of every unit of the document whose path ends in $1
unit_status() {
    local id
    id=$(s -n 100 'status:any' | json "[h['doc'] for h in j['hits'] if h['path'].endswith('$1')][0]")
    "$ZAALT" show --db "$db" --json "$id" | json "sorted(set((u['status'], u['repealed_on']) for u in j['units']))"
}
doc_field() {
    local id
    id=$(s -n 100 'status:any' | json "[h['doc'] for h in j['hits'] if h['path'].endswith('$1')][0]")
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

# ---- S11: length does not decide what a statute is ------------------------
expect_eq "a two-article statute is a code" "$(doc_field two_articles_repealed.txt type)" "code"
expect_eq "...repealed by its own note, in every unit" "$(unit_status two_articles_repealed.txt)" '[["repealed", "2019-10-03"]]'
expect_eq "...left out of the default search" "$(s 'хулсангуур' | json '[j["total"], j["repealed_matching"]]')" '[0, 1]'
expect_eq "a one-article statute's note above its name repeals it" "$(unit_status one_article_repealed.txt)" '[["repealed", "2013-05-16"]]'
expect_eq "...left out of the default search" "$(s 'бужигнуурт' | json 'j["total"]')" 0

# ---- S10: the 2002 Criminal Code, however its copy is dated --------------
expect_eq "a 2002 Code dated with zero padding is repealed on 2017-07-01" "$(unit_status code2002_padded.txt)" '[["repealed", "2017-07-01"]]'
expect_eq "...and one dated by a later consolidation (before the 2015 Code)" "$(unit_status code2002_consolidated.txt)" '[["repealed", "2017-07-01"]]'
expect_eq "...and an undated one numbered as the 2002 Code" "$(unit_status code2002_undated.txt)" '[["repealed", "2017-07-01"]]'
expect_eq "an undated 2015 Code numbered N.M stays in force" "$(unit_status code2015_undated.txt)" '[["in_force", null]]'
expect_eq "a default search for its words finds none of the 2002 Code" \
    "$(s 'хөөргөлдүүр OR цацарлаг OR нугарлаг OR бургаслаг' | json '[h["path"] for h in j["hits"]]')" '["code2015_undated.txt"]'
expect_eq "the undated 2002 Code's articles are keyed as the 2002 Code's" \
    "$(s 'нугарлаг status:any' | json '[h["provision"] for h in j["hits"]]')" '["113"]'
expect_contains "...its provision terms name 2002" "$(s 'provision:2002:113.1 status:any' | json '[h["path"] for h in j["hits"]]')" 'code2002_undated.txt'

# ---- M2: the adoption day printed in the text is a statute's date ---------
expect_eq "a PDF statute is dated by its text, not its metadata" "$(doc_field irves.pdf date)" 2013-04-18
expect_eq "a saved page is dated by the adoption day, not its banner's" "$(doc_field banner_dated.html date)" 2009-11-12

# ---- A status banner or line repeals the law --------------------------------
expect_eq "a saved page's banner 'Хүчингүй болсон (day)' repeals the law that day" "$(unit_status banner_dated.html)" '[["repealed", "2020-09-15"]]'
expect_eq "a status line with no day repeals it, the day unknown" "$(unit_status status_line.txt)" '[["repealed", null]]'
expect_eq "...left out of the default search" "$(s 'шувтралаг' | json '[j["total"], j["repealed_matching"]]')" '[0, 1]'
expect_contains "...and zaalt search says it is repealed" "$("$ZAALT" search --db "$db" 'шувтралаг status:any')" "REPEALED"

# ---- A whole-law note on the name's line ---------------------------------
expect_eq "a note on the name's line is not the name" "$(doc_field name_note.txt title)" "ГОВИЙН ХУЛАНГИЙН ТУХАЙ"
expect_eq "...and still repeals the law" "$(unit_status name_note.txt)" '[["repealed", "2018-06-07"]]'

# ---- M3: a law not yet in force says from when ---------------------------
r=$(s 'гөлбөрлөг')
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
    "$(s 'тэрэлгэрүүр status:any' | json '[h["valid_from"] for h in j["hits"]]')" '["2007-02-08"]'
expect_eq "...left out of an in-force view of the day before it was adopted" \
    "$(s --filter inforce:2007-02-07 'тэрэлгэрүүр' | json 'j["total"]')" 0
expect_eq "...and in force on that day" "$(s --filter inforce:2007-02-08 'тэрэлгэрүүр' | json 'j["total"]')" 1
expect_eq "a law whose last article names a day past is in force from that day, not its adoption" \
    "$(s 'шувтралаг status:any' | json '[h["valid_from"] for h in j["hits"]]')" '["2003-07-01"]'
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
