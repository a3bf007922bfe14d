#!/usr/bin/env bash
# t71-note-shapes.sh — the shapes of ../shared's statutes probe L30 found
# misread, end to end on the real files: a point whose words begin with a
# number, a part typed "З." for 3, a lettered sub-point written with dots,
# a note naming its unit by a quoted number, an article heading on its
# chapter's line.  Each living provision stays in force and each repealed
# one is repealed, on its own day.  Then the law's own start when its
# sentence is not the plain one (probe L30 G: words between "эхлэн" and
# "дагаж мөрдөнө", a sentence that goes on to parts of a later day,
# chapters with their own day, a part's own start in a note, a start with
# no day of the calendar), changes set for a later day (H) and
# superscripts typed as a Latin I or flattened without their ¹ (F), one
# note for a range of articles (J).  Skips
# without ../shared.
. tests/lib.sh

have_shared || skip_all "../shared/corpus is absent: the real statutes are not tested"
laws=$tmpdir/laws
mkdir -p "$laws"
starts="khodlokh_ed_khorongo_bolon_ediin_bus_khorongiin_baritsaany_tukhai eruul_mendiin_daatgalyn_tukhai
    soyolyn_oviig_khamgaalakh_tukhai toriin_bolon_oron_nutgiin_omchiin_tukhai toriin_khyanalt_shalgaltyn_tukhai
    bolovsrolyn_tukhai mongol_ulsyn_zasag_zakhirgaa_nutag_devsgeriin_negj_tuunii_udirdlagyn_tukhai
    tosviin_togtvortoi_baidlyn_tukhai tosviin_tukhai ashigt_maltmalyn_tukhai soyolyn_tukhai tov_bank_mongolbank_ny_tukhai
    mongol_ulsyn_undsen_khuuliin_tsetsiin_tukhai"
for f in eruul_mendiin_tukhai songuuliin_tukhai_khuuli bankny_tukhai valyutyn_zokhitsuulaltyn_tukhai \
    shuudangiin_tukhai $starts; do
    cp "$SHARED/mn/law_other/$f.txt" "$laws/" || skip_all "$f.txt is not in ../shared"
done
db=$tmpdir/db
"$ZAALT" index -q --db "$db" "$laws" 2>"$tmpdir/index.err" || { fail "index the statutes" "$(tail -3 "$tmpdir/index.err")"; exit 0; }
show() {
    doc=$("$ZAALT" search --db "$db" --json -n 50 'status:any хууль' |
        json "[h['doc'] for h in j['hits'] if h['path'] == '$1.txt'][0]")
    [ -n "$doc" ] || { doc=$("$ZAALT" search --db "$db" --json -n 50 'status:any зүйл' |
        json "[h['doc'] for h in j['hits'] if h['path'] == '$1.txt'][0]"); }
    "$ZAALT" show --db "$db" --json "$doc" >"$tmpdir/$1.json"
}
part() { # FILE ARTICLE KEY: the part's status and repeal day
    json "[(p['status'], p['repealed_on']) for u in j['units'] if u['provision'] == '$2' for p in u['parts'] if p['key'] == '$3']" \
        <"$tmpdir/$1.json"
}
for f in eruul_mendiin_tukhai songuuliin_tukhai_khuuli bankny_tukhai valyutyn_zokhitsuulaltyn_tukhai shuudangiin_tukhai \
    $starts; do
    show $f
done
from() { # FILE ARTICLE: the article's valid_from
    json "[u['valid_from'] for u in j['units'] if u['provision'] == '$2']" <"$tmpdir/$1.json"
}
changes() { # FILE ARTICLE DAY: the article's changes of that day, [change, part]
    json "[[a['change'], a['part']] for u in j['units'] if u['provision'] == '$2' for a in u['amendments'] if a['date'] == '$3']" \
        <"$tmpdir/$1.json"
}
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

# G: the law's own start.
expect_eq "Pledge Law: 'өдрөөс эхлэн хүчин төгөлдөр дагаж мөрдөнө' starts it on 2017-03-01, not its adoption" \
    "$(from khodlokh_ed_khorongo_bolon_ediin_bus_khorongiin_baritsaany_tukhai 5)" '["2017-03-01"]'
expect_eq "Health Insurance Law starts on the first day of its split sentence" \
    "$(from eruul_mendiin_daatgalyn_tukhai 1)" '["2015-07-01"]'
expect_eq "...and its 8.1 and 8.2.4, named with their words, apply from 2016-01-01" \
    "$(changes eruul_mendiin_daatgalyn_tukhai 8 2016-01-01)" '[["added", "8.1"], ["added", "8.2.4"]]'
expect_eq "Cultural Heritage Law's 'мөн хуулийн 20.3, 20.4, 20.5' apply from 2015-01-01, the law from 2014-07-01" \
    "$(from soyolyn_oviig_khamgaalakh_tukhai 1) $(changes soyolyn_oviig_khamgaalakh_tukhai 20 2015-01-01)" \
    '["2014-07-01"] [["added", "20.3"], ["added", "20.4"], ["added", "20.5"]]'
expect_eq "State Property Law: chapter six from 1996-06-15, the other chapters from 8-01 of that year" \
    "$(from toriin_bolon_oron_nutgiin_omchiin_tukhai 2) $(from toriin_bolon_oron_nutgiin_omchiin_tukhai 32) $(from toriin_bolon_oron_nutgiin_omchiin_tukhai 66)" \
    '["1996-08-01"] ["1996-06-15"] ["1996-08-01"]'
expect_eq "State Inspection Law: a note '/55.6 дахь хэсгийг … өдрөөс эхлэн дагаж мөрдөнө/' starts 5⁵.6 on 2011-01-01" \
    "$(changes toriin_khyanalt_shalgaltyn_tukhai 5^5 2011-01-01)" '[["added", "5^5.6"]]'
expect_eq "Education Law: '/Энэ заалтыг … эхлэн дагаж мөрдөнө/' after 43.1.7.а is its start, not the point's" \
    "$(changes bolovsrolyn_tukhai 43 2014-01-01)" '[["added", "43.1.7.а"]]'
expect_eq "Administrative Units Law starts ten days after publication: no day is said, not its adoption" \
    "$(from mongol_ulsyn_zasag_zakhirgaa_nutag_devsgeriin_negj_tuunii_udirdlagyn_tukhai 1)" '[null]'
inforce() { # DAY FILE QUERY: whether a search of the law of DAY finds the file
    "$ZAALT" search --db "$db" --json -n 100 "inforce:$1 $3" | json "'$2.txt' in [h['path'] for h in j['hits']]"
}
expect_eq "...yet the law of a day before its adoption leaves it out, and of a later day finds it" \
    "$(inforce 2000-01-01 mongol_ulsyn_zasag_zakhirgaa_nutag_devsgeriin_negj_tuunii_udirdlagyn_tukhai 'сум')$(inforce 2010-01-01 mongol_ulsyn_zasag_zakhirgaa_nutag_devsgeriin_negj_tuunii_udirdlagyn_tukhai 'сум')" \
    'FalseTrue'
expect_eq "The Pledge Law is not the law of 2016-06-01, and is of 2017-06-01" \
    "$(inforce 2016-06-01 khodlokh_ed_khorongo_bolon_ediin_bus_khorongiin_baritsaany_tukhai 'барьцаа')$(inforce 2017-06-01 khodlokh_ed_khorongo_bolon_ediin_bus_khorongiin_baritsaany_tukhai 'барьцаа')" \
    'FalseTrue'
# H: changes set for a later day.
expect_eq "Fiscal Stability Law 16, 'өөрчлөн найруулахаар заасан …', is restated on 2024-01-01, with no change of the 2016 law that set it" \
    "$(changes tosviin_togtvortoi_baidlyn_tukhai 16 2024-01-01) $(changes tosviin_togtvortoi_baidlyn_tukhai 16 2016-02-05)" \
    '[["restated", null]] []'
expect_eq "Budget Law 23.5.1, '… гэж өөрчлөлт оруулахаар заасан бөгөөд …', is amended on 2017-01-01" \
    "$(changes tosviin_tukhai 23 2017-01-01)" '[["amended", "23.5.1"]]'
# F: superscripts.
expect_eq "Minerals Law: '11I дүгээр зүйл' is article 11¹, added 2014-07-01 with its parts; article 11 is the 2006 law's" \
    "$(changes ashigt_maltmalyn_tukhai 11^1 2014-07-01) $(from ashigt_maltmalyn_tukhai 11) $(part ashigt_maltmalyn_tukhai 11^1 11^1.1.3)" \
    '[["added", null]] ["2006-07-08"] [["in_force", null]]'
expect_eq "Culture Law: '131' twice, a repealed marker then the article added anew, is 13¹ twice" \
    "$(json "[u['status'] for u in j['units'] if u['provision'] == '13^1']" <"$tmpdir/soyolyn_tukhai.json")" \
    '["repealed", "in_force"]'
expect_eq "Central Bank Law: '272, 273, 274' after 27 (its 27¹ lost) are 27², 27³, 27⁴; 27³ added 2018-01-12" \
    "$(changes tov_bank_mongolbank_ny_tukhai 27^3 2018-01-12) $(json "[u['provision'] for u in j['units'] if u['provision'] and u['provision'].startswith('27')]" <"$tmpdir/tov_bank_mongolbank_ny_tukhai.json")" \
    '[["added", null]] ["27", "27^2", "27^3", "27^4"]'
# J: one note for a range of articles.
expect_eq "Constitutional Court Law: '13-21 дүгээр зүйл /… хүчингүй …/' repeals articles 13 to 21 on 1997-05-01, not the law" \
    "$(json "[(u['status'], u['repealed_on']) for u in j['units'] if u['provision'] == '15'] + [a['change'] for a in j['act_amendments'] if a['change'] == 'repealed']" \
        <"$tmpdir/mongol_ulsyn_undsen_khuuliin_tsetsiin_tukhai.json") $(json "j['status']" <"$tmpdir/mongol_ulsyn_undsen_khuuliin_tsetsiin_tukhai.json")" \
    '[["repealed", "1997-05-01"]] None'

# ---- The same statutes as PDFs (the printed lines bench/pdf-statutes renders) --
# A PDF keeps its printed lines and pages: a note or a sentence goes on over a
# line's or a page's end, past a running footer ("— 3 —"), and a long heading
# onto the next line.  What Zaalt says of each is what it says of the text.
pdfs=$tmpdir/pdfs
mkdir -p "$pdfs" "$tmpdir/pdfsrc"
for f in law_other/guitsetgekh_ajlyn_tukhai law_other/niiteer_temdeglekh_bayaryn_bolon_temdeglelt_odruudiin_tukhai \
    law_other/soyolyn_oviig_khamgaalakh_tukhai law/undsen_khuuli law/ger_buliin_khuchirkhiilteltei_temtsekh_tukhai \
    law_other/shuukhiin_shiidver_guitsetgekh_tukhai law_other/mongol_ulsyn_undsen_khuuliin_tsetsiin_tukhai; do
    name=$(basename "$f")
    [ -f "$SHARED/mn/$f.txt" ] || { skip "statutes as PDFs" "$f.txt is not in ../shared"; exit 0; }
    awk '{ sub(/\r$/, ""); if ($0 ~ /[^[:space:]]/) printf " %s\n\n", $0 }' "$SHARED/mn/$f.txt" >"$tmpdir/pdfsrc/$name.txt"
    build/mkpdf "$tmpdir/pdfsrc/$name.txt" "$pdfs/$name.pdf" 2>>"$tmpdir/mkpdf.err" || fail "render $name to PDF"
done
pdb=$tmpdir/pdf.db
printf '[index]\ndb = %s\n[source s]\nroot = %s\ntype.code = *\n' "$pdb" "$pdfs" >"$tmpdir/pdf.ini"
"$ZAALT" index -q --no-ocr --config "$tmpdir/pdf.ini" 2>"$tmpdir/pdf-index.err" || fail "index the PDFs" "$(tail -3 "$tmpdir/pdf-index.err")"
pshow() { # NAME: its `show --json` into $tmpdir/NAME.pdf.json
    d=$("$ZAALT" search --db "$pdb" --json -n 20 'status:any зүйл' | json "[h['doc'] for h in j['hits'] if h['path'] == '$1.pdf'][0]")
    "$ZAALT" show --db "$pdb" --json "$d" >"$tmpdir/$1.pdf.json"
}
for n in guitsetgekh_ajlyn_tukhai niiteer_temdeglekh_bayaryn_bolon_temdeglelt_odruudiin_tukhai soyolyn_oviig_khamgaalakh_tukhai \
    undsen_khuuli ger_buliin_khuchirkhiilteltei_temtsekh_tukhai shuukhiin_shiidver_guitsetgekh_tukhai \
    mongol_ulsyn_undsen_khuuliin_tsetsiin_tukhai; do
    pshow $n
done
ppart() { json "[(p['status'], p['repealed_on']) for u in j['units'] if u['provision'] == '$2' for p in u['parts'] if p['key'] == '$3']" <"$tmpdir/$1.pdf.json"; }
expect_eq "PDF: Operational Investigation Law 9.1.7, its repeal note broken by the page's end and footer, is repealed" \
    "$(ppart guitsetgekh_ajlyn_tukhai 9 9.1.7)" '[["repealed", "2016-07-21"]]'
expect_eq "PDF: Public Holidays Law 5.1.16, its note wrapped and closed before a comma ('тооцсон/,'), is repealed" \
    "$(ppart niiteer_temdeglekh_bayaryn_bolon_temdeglelt_odruudiin_tukhai 5 5.1.16)" '[["repealed", "2016-11-18"]]'
expect_eq "PDF: Cultural Heritage Law takes effect 2014-07-01, its start sentence over two printed lines" \
    "$(json "[u['valid_from'] for u in j['units'] if u['provision'] == '1']" <"$tmpdir/soyolyn_oviig_khamgaalakh_tukhai.pdf.json")" \
    '["2014-07-01"]'
expect_eq "PDF: the Constitution has no date of the file's making, its articles in force from 1992-02-12" \
    "$(json "[j['date'], [u['valid_from'] for u in j['units'] if u['provision'] == '1']]" <"$tmpdir/undsen_khuuli.pdf.json")" \
    '[null, ["1992-02-12"]]'
expect_eq "PDF: Domestic Violence Law 9, its heading wrapped onto a second line, labelled whole, with its English heading" \
    "$(json "[(u['label'], bool(u['label_en'])) for u in j['units'] if u['provision'] == '9']" <"$tmpdir/ger_buliin_khuchirkhiilteltei_temtsekh_tukhai.pdf.json")" \
    '[["9 дүгээр зүйл. Гэр бүлийн хүчирхийлэлтэй тэмцэх талаархи Монгол Улсын Их Хурлын бүрэн эрх", true]]'
expect_eq "PDF: Court Decisions Enforcement Law 31.4, the Court's note naming the law, then the Court a line below, is suspended" \
    "$(json "[(p['status'], p['suspended_until']) for u in j['units'] if u['provision'] == '31' for p in u['parts'] if p['key'] == '31.4']" \
        <"$tmpdir/shuukhiin_shiidver_guitsetgekh_tukhai.pdf.json")" '[["suspended", null]]'
expect_eq "PDF: Constitutional Court Law, a line going on with the Constitution's 'зургадугаар зүйлийн' heads no article: one 6, its 6.4 in force, 8.4 repealed" \
    "$(json "[[u['provision'] for u in j['units']].count('6'), [(u['provision'], p['key'], p['status']) for u in j['units'] for p in u['parts'] if p['key'] in ('6.4', '8.4')]]" \
        <"$tmpdir/mongol_ulsyn_undsen_khuuliin_tsetsiin_tukhai.pdf.json")" \
    '[1, [["6", "6.4", "in_force"], ["8", "8.4", "repealed"]]]'
