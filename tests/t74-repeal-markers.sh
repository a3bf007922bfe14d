#!/usr/bin/env bash
# t74-repeal-markers.sh — a provision the consolidated text keeps only as a
# marker of its repeal ("6 дугаар зүйл./Хүчингүй/", "2//Хүчингүй/"), with
# no law or day named, is never shown as law in force: end to end on a
# small statute of our own (fictional, written for this test) and on the
# real statute of ../shared that is written so.
. tests/lib.sh

command -v python3 >/dev/null || skip_all "python3 is not installed"
laws=$tmpdir/laws
mkdir -p "$laws"
db=$tmpdir/db
s() { "$ZAALT" search --db "$db" --json "$@"; }

# Demo (fictional): an article and a point kept as markers, beside words in
# brackets that are no repeal.
cat >"$laws/markers.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2004 оны 2 дугаар сарын 5-ны өдөр
Улаанбаатар хот

ХӨХ ТОРГОН ДААВУУНЫ ТУХАЙ

1 дүгээр зүйл.Даавууны хэлбэр

1.Хөх торгон даавуу дор дурдсан хэлбэртэй:

1/гөлгөр нэхээстэй;

2//Хүчингүй/

/Энэ заалтыг 2011 оны 3 дугаар сарын 2-ны өдрийн хуулиар нэмсэн/

2.Хөх торгон даавууны гэрээ (хүчингүй)

2 дугаар зүйл./Хүчингүй/

3 дугаар зүйл.Даавууны тамга

Хөх торгон даавууг тамгалж бүртгэнэ.
LAW

"$ZAALT" index -q --db "$db" "$laws" 2>"$tmpdir/index.err" || fail "index the statute" "$(tail -3 "$tmpdir/index.err")"

# The document's units (a unit kept as a marker has no words to find it by).
doc=$(s 'хөх торгон даавуу' | json 'j["hits"][0]["doc"]')
"$ZAALT" show --db "$db" --json "$doc" >"$tmpdir/doc.json"
unit() { json "[u['id'] for u in j['units'] if u.get('provision') == '$1'][0]" <"$tmpdir/doc.json"; }
art2=$(unit 2)
art1=$(unit 1)
expect_eq "an article kept as '/Хүчингүй/' is repealed, its day unknown" \
    "$(json '[(u["status"], u["repealed_on"]) for u in j["units"] if u.get("provision") in ("1", "2", "3")]' <"$tmpdir/doc.json")" \
    '[["in_force", null], ["repealed", null], ["in_force", null]]'
expect_eq "...and the one repealed provision a status:repealed search lists" \
    "$(s 'status:repealed' -n 20 | json "[h['provision'] for h in j['hits']]")" '["2"]'
expect_contains "...zaalt show says it is no law in force" "$("$ZAALT" show --db "$db" "$art2")" \
    "[REPEALED: not law in force]"
expect_contains "a point kept as '2//Хүчингүй/' is repealed, after the note that added it" \
    "$("$ZAALT" show --db "$db" "$art1")" "[1.1.2 REPEALED]"
expect_eq "...its article stays in force, words in brackets no repeal" \
    "$("$ZAALT" show --db "$db" --json "$art1" | json '[u["status"] for u in j["units"] if u["id"] == "'"$art1"'"]')" \
    '["in_force"]'

if start_server --db "$db"; then
    http_get "$U/doc/$art2?ui=en"
    check "the viewer: the article's banner says repealed, with no day made up" \
        body_has 'Repealed (the text gives no date): this is not law in force.'
    check "...no date shown as '?'" body_lacks 'Repealed on ?'
    http_get "$U/search?q=status%3Arepealed&ui=en"
    check "results: the repealed article's badge says no date was given" body_has 'repealed (no date given)'
    check "...and no '?' for its day" body_lacks 'repealed ?'
    http_get "$U/doc/$art1?ui=en"
    check "the viewer: the point struck, its day unknown" body_has 'repealed (no date given)'
    stop_server
else
    fail "start the server" "$(tail -3 "$server_log")"
fi

# The real statute (../shared): НӨХӨРЛӨЛИЙН ТУХАЙ keeps its article 6 so.
real=$SHARED/mn/law_other/nokhorloliin_tukhai.txt
if [ -f "$real" ]; then
    rdb=$tmpdir/real
    "$ZAALT" index -q --db "$rdb" "$real" 2>"$tmpdir/real.err" || fail "index the real statute" "$(tail -3 "$tmpdir/real.err")"
    rdoc=$("$ZAALT" search --db "$rdb" --json 'нөхөрлөл' | json 'j["hits"][0]["doc"]')
    expect_eq "the real statute's article 6 ('6 дугаар зүйл./Хүчингүй/') is repealed, 5 and 7 in force" \
        "$("$ZAALT" show --db "$rdb" --json "$rdoc" | json '[u["status"] for u in j["units"] if u.get("provision") in ("5", "6", "7")]')" \
        '["in_force", "repealed", "in_force"]'
    expect_eq "...and not shown as law in force by a search of its heading's word" \
        "$("$ZAALT" search --db "$rdb" --json -n 40 'хүчингүй' | json "[h['provision'] for h in j['hits'] if h['provision'] == '6']")" '[]'
else
    skip "the real statute written with a repeal marker" "no $real (../shared is absent)"
fi
