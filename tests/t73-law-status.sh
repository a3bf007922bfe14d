#!/usr/bin/env bash
# t73-law-status.sh — a whole law's status, end to end on small statutes of
# our own (fictional, written for this test): a law of one or two articles
# is a statute and its own repeal note repeals it.
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
