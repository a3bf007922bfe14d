#!/usr/bin/env bash
# t71-note-shapes.sh — the shapes of ../shared's statutes probe L30 found
# misread, end to end on the real files: a point whose words begin with a
# number, a part typed "З." for 3, a lettered sub-point written with dots,
# a note naming its unit by a quoted number, an article heading on its
# chapter's line.  Each living provision stays in force and each repealed
# one is repealed, on its own day.  Skips without ../shared.
. tests/lib.sh

have_shared || skip_all "../shared/corpus is absent: the real statutes are not tested"
laws=$tmpdir/laws
mkdir -p "$laws"
for f in eruul_mendiin_tukhai songuuliin_tukhai_khuuli bankny_tukhai valyutyn_zokhitsuulaltyn_tukhai \
    shuudangiin_tukhai; do
    cp "$SHARED/mn/law_other/$f.txt" "$laws/" || skip_all "$f.txt is not in ../shared"
done
db=$tmpdir/db
"$ZAALT" index -q --db "$db" "$laws" 2>"$tmpdir/index.err" || { fail "index the statutes" "$(tail -3 "$tmpdir/index.err")"; exit 0; }
show() {
    doc=$("$ZAALT" search --db "$db" --json -n 50 'status:any хууль' |
        json "[h['doc'] for h in j['hits'] if h['path'] == '$1.txt'][0]")
    "$ZAALT" show --db "$db" --json "$doc" >"$tmpdir/$1.json"
}
part() { # FILE ARTICLE KEY: the part's status and repeal day
    json "[(p['status'], p['repealed_on']) for u in j['units'] if u['provision'] == '$2' for p in u['parts'] if p['key'] == '$3']" \
        <"$tmpdir/$1.json"
}
for f in eruul_mendiin_tukhai songuuliin_tukhai_khuuli bankny_tukhai valyutyn_zokhitsuulaltyn_tukhai shuudangiin_tukhai; do
    show $f
done
expect_eq "Health Law 24.6.8 (rehabilitation of victims of exploitation) is in force" \
    "$(part eruul_mendiin_tukhai 24 24.6.8)" '[["in_force", null]]'
expect_eq "...and 24.6.9, whose words begin '16 хүртэл', is the point repealed on 2016-04-22" \
    "$(part eruul_mendiin_tukhai 24 24.6.9)" '[["repealed", "2016-04-22"]]'
expect_eq "Election Law 122.1.3.б, a sub-point written with dots, is repealed" \
    "$(part songuuliin_tukhai_khuuli 122 122.1.3.б)" '[["repealed", "2016-05-05"]]'
expect_eq "Banking Law 6.2.6 stays in force: the note names the quoted \"6.2.7\"" \
    "$(part bankny_tukhai 6 6.2.6)" '[["in_force", null]]'
expect_eq "Currency Law 14.3, typed 'З.', is repealed by its own note" \
    "$(part valyutyn_zokhitsuulaltyn_tukhai 14 14.3)" '[["repealed", "2015-02-18"]]'
expect_eq "...and 12.3, typed so, has its own amendment, not 12.2's" \
    "$(json "[a['part'] for u in j['units'] if u['provision'] == '12' for a in u['amendments']]" \
        <"$tmpdir/valyutyn_zokhitsuulaltyn_tukhai.json")" '["12.3"]'
expect_eq "Postal Law article 6, headed on its chapter's line, has its repealed 6.1.2" \
    "$(part shuudangiin_tukhai 6 6.1.2)" '[["repealed", "2007-01-18"]]'
