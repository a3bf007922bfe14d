#!/usr/bin/env bash
# t76-law-now.sh — what a statute's part is today, beyond in force or
# repealed, end to end on small statutes of our own (fictional, written for
# this test): a part suspended now (from a day past, or with no start, until
# a day to come) says until when; a part added from a day to come is not
# yet in force and says from when; a part or a whole temporary law whose
# time ran out says it expired, not that it was repealed; a change dated
# ahead is not the day a provision was last amended; the web names a
# suspension's end in both languages.
. tests/lib.sh

command -v python3 >/dev/null || skip_all "python3 is not installed"
laws=$tmpdir/laws
mkdir -p "$laws"
db=$tmpdir/db
s() { "$ZAALT" search --db "$db" --json "$@"; }
first_id() { s "$1 status:any" | json 'j["hits"][0]["id"]'; }

# Demo (fictional): a law whose parts are suspended, one not law yet, one expired.
cat >"$laws/parts_now.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2010 оны 3 дугаар сарын 4-ний өдөр
Улаанбаатар хот

ХЯРУУН ТАЛЫН ТУХАЙ

1 дүгээр зүйл.Хяруу

1.1.Хярууг тэнгэлзүүр аргаар хэмжинэ.

/Энэ хэсгийн үйлчлэлийг 2020 оны 1 дүгээр сарын 1-ний өдрөөс 2090 оны 1 дүгээр сарын 1-ний өдөр хүртэл түдгэлзүүлсүгэй/

1.2.Хярууг сормолзуур аргаар хэмжинэ.

/Энэ хэсгийн үйлчлэлийг 2091 оны 3 дугаар сарын 1-ний өдөр хүртэл түдгэлзүүлсэн/

1.3.Хярууг гялбалзуур аргаар бүртгэнэ.

/Энэ хэсгийг 2024 оны 5 дугаар сарын 2-ны өдрийн хуулиар нэмсэн бөгөөд 2092 оны 7 дугаар сарын 1-ний өдрөөс эхлэн дагаж мөрдөнө/

1.4.Хярууг цэлгэрүүр аргаар бүртгэнэ.

/Энэ хэсгийг 2016 оны 02 дугаар сарын 05-ны өдрийн хуулиар нэмсэн бөгөөд 2019 оны 01 дүгээр сарын 01-ний өдөр хүртэл хугацаанд дагаж мөрдөхөөр заасан/

2 дугаар зүйл.Хяруун бүртгэл

/Энэ зүйлийн үйлчлэлийг 2021 оны 1 дүгээр сарын 1-ний өдрөөс 2093 оны 1 дүгээр сарын 1-ний өдөр хүртэл түдгэлзүүлсүгэй/

2.1.Бүртгэлийг хөвсгөлдүүр аргаар хөтөлнө.

3 дугаар зүйл.Хууль хүчин төгөлдөр болох

3.1.Энэ хуулийг батлагдсан өдрөөс эхлэн дагаж мөрдөнө.
LAW

# Demo (fictional): a temporary law whose time ran out.
cat >"$laws/temporary.txt" <<'LAW'
МОНГОЛ УЛСЫН ХУУЛЬ

2015 оны 6 дугаар сарын 4-ний өдөр
Улаанбаатар хот

ТҮР ХУГАЦААНЫ ЗУДЫН ТУХАЙ

/Энэ хуулийн хүчинтэй байх хугацаа 2018 оны 01 дүгээр сарын 01-нд дууссан/

1 дүгээр зүйл.Хуулийн зорилт

1.1.Энэ хуулийн зорилт нь бужигнаарт зудын хохирлыг барагдуулахад оршино.

2 дугаар зүйл.Хууль хүчин төгөлдөр болох

2.1.Энэ хуулийг батлагдсан өдрөөс эхлэн дагаж мөрдөнө.
LAW

"$ZAALT" index --db "$db" "$laws" >"$tmpdir/index.log" 2>&1 || {
    fail "index the laws" "$(tail -3 "$tmpdir/index.log")"
    exit 0
}

art=$(first_id тэнгэлзүүр)
parts=$("$ZAALT" show --db "$db" --json "$art" | json "{p['key']: [p['status'], p['repealed_on'], p['repealed_how'], p['in_force_from'], p['suspended_until']] for u in j['units'] if u['id'] == '$art' for p in u['parts']}")
expect_eq "a part suspended from a day past until one to come is suspended until then" \
    "$(echo "$parts" | json 'j["1.1"]')" '["suspended", null, null, null, "2090-01-01"]'
expect_eq "...and one suspended with no start said" "$(echo "$parts" | json 'j["1.2"]')" \
    '["suspended", null, null, null, "2091-03-01"]'
expect_eq "a part added from a day to come is not yet in force, from that day" "$(echo "$parts" | json 'j["1.3"]')" \
    '["not_yet_in_force", null, null, "2092-07-01", null]'
expect_eq "a part whose time ran out is repealed (as before), how: expired" "$(echo "$parts" | json 'j["1.4"]')" \
    '["repealed", "2019-01-01", "expired", null, null]'
hit=$(s тэнгэлзүүр)
expect_eq "the hit says which parts are suspended, until when" "$(echo "$hit" | json 'j["hits"][0]["suspended"]')" \
    '[{"part": "1.1", "until": "2090-01-01"}, {"part": "1.2", "until": "2091-03-01"}]'
expect_eq "...and which are not law yet" "$(echo "$hit" | json 'j["hits"][0]["parts_not_yet_in_force"]')" \
    '[{"part": "1.3", "from": "2092-07-01"}]'
la=$(echo "$hit" | json 'j["hits"][0]["last_amended"]')
expect_eq "a change dated ahead is not its last amendment" "$(python3 -c "print('$la' < '$(date -u +%F)')")" True
show=$("$ZAALT" show --db "$db" "$art")
expect_contains "zaalt show: a suspended part says until when" "$show" "[1.1 SUSPENDED until 2090-01-01"
expect_contains "zaalt show: a part not law yet says from when" "$show" "[1.3 NOT YET IN FORCE: from 2092-07-01]"
expect_contains "zaalt show: a part whose time ran out expired" "$show" "[1.4 EXPIRED on 2019-01-01]"
expect_not_contains "...not that a law repealed it" "$show" "1.4 REPEALED"
case "$show" in *"amended to   209"*) fail "zaalt show: amended to a day still to come" "$show" ;;
*) pass "zaalt show: not 'amended to' a day still to come" ;; esac
expect_contains "zaalt search's line says the suspension" "$("$ZAALT" search --db "$db" тэнгэлзүүр)" \
    "PART 1.1 SUSPENDED until 2090-01-01"

whole=$(first_id хөвсгөлдүүр)
expect_eq "an article suspended as a whole: the hit says so (part null)" \
    "$(s хөвсгөлдүүр | json 'j["hits"][0]["suspended"]')" '[{"part": null, "until": "2093-01-01"}]'
expect_contains "...and zaalt show" "$("$ZAALT" show --db "$db" "$whole")" "[SUSPENDED until 2093-01-01"

tmp=$(s 'бужигнаарт status:any')
expect_eq "a temporary law whose time ran out is no law in force, how: expired" \
    "$(echo "$tmp" | json '[(h["status"], h["repealed_on"], h["repealed_how"]) for h in j["hits"]]')" \
    '[["repealed", "2018-01-01", "expired"]]'
expect_eq "...left out of the default search" "$(s бужигнаарт | json 'j["total"]')" 0
expect_contains "...and zaalt search says it expired" "$("$ZAALT" search --db "$db" 'бужигнаарт status:any')" \
    "EXPIRED on 2018-01-01"
expect_contains "...and zaalt show" "$("$ZAALT" show --db "$db" "$(echo "$tmp" | json 'j["hits"][0]["id"]')")" \
    "[EXPIRED on 2018-01-01"

if start_server --db "$db"; then
    http_get "$U/doc/$art?ui=en"
    check "the viewer: a suspended part says until when" \
        body_has 'suspended until <time datetime="2090-01-01">'
    check "...a part not law yet says from when" body_has 'not yet in force: from <time datetime="2092-07-01">'
    check "...a part whose time ran out expired" body_has 'expired on <time datetime="2019-01-01">'
    check "...a suspension's end in the history" body_has 'in force again'
    http_get "$U/doc/$whole?ui=en"
    check "the viewer: an article suspended as a whole says until when" \
        body_has 'suspended until <time datetime="2093-01-01">'
    http_get "$U/doc/$art?ui=mn"
    check "...and in Mongolian" body_has 'үйлчлэл сэргэсэн'
    http_get "$U/search?q=%D1%82%D1%8D%D0%BD%D0%B3%D1%8D%D0%BB%D0%B7%D2%AF%D2%AF%D1%80&ui=en"
    check "results: a suspended part's badge" body_has 'suspended until <time datetime="2090-01-01">'
    stop_server
else
    fail "start the server" "$(tail -3 "$server_log")"
fi
