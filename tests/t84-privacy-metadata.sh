#!/usr/bin/env bash
# t84-privacy-metadata.sh — a masked decision's fields reach a public reader
# masked, as its text does.  Demo (fictional) decisions plant a name and a
# РД in every place a field is read from: the heading line that names the
# court, an HTML <h1> and <title>, a demo-schema XML <court> and <title>, a
# Word file's core title; and a date of birth written before the decision's
# date or beside a heading date in another shape.  Anonymous `zaalt show`,
# `search --json` (every field and the facets) and the CSV export show none
# of them; the decisions keep their courts and their own dates.
. tests/lib.sh

corpus=$tmpdir/c
mkdir -p "$corpus/decisions"
head_line="ХАН-УУЛ ДҮҮРГИЙН ЭРҮҮГИЙН ХЭРГИЙН АНХАН ШАТНЫ ШҮҮХИЙН ШИЙТГЭХ ТОГТООЛ"
body() { # $1 number, $2 the birth's words
    printf '%s\n\n' "Хан-Уул дүүргийн Эрүүгийн хэргийн анхан шатны шүүхийн шүүгч Ө.Саруул даргалж, прокурор Т.Билгүүн оролцов."
    printf '%s\n\n' "Шүүгдэгч Баатарын Хонгорзул ($2, эмэгтэй, РД УБ91051234) нь хохирогчийг худалдсан."
    printf '%s\n' "ТОГТООХ нь: 1. Баатарын Хонгорзулыг Эрүүгийн хуулийн 13.1 дүгээр зүйлийн 1 дэх хэсэгт заасан гэмт хэрэгт гэм буруутайд тооцож 8 жил хорих ял оногдуулсугай."
}
{ echo "Demo (fictional)"; echo; echo "$head_line (шүүгдэгч Баатарын Хонгорзул, РД УБ91051234)"; echo
  echo "2024/10/03                Дугаар 2024/ШЦТ/841                Улаанбаатар хот"; echo
  body 841 "1991.05.12-нд төрсөн"; } >"$corpus/decisions/heading_party.txt"
{ echo "Demo (fictional)"; echo; echo "$head_line № 2024/ШЦТ/842 БААТАРЫН ХОНГОРЗУЛД ХОЛБОГДОХ"; echo
  echo "03.10.2024                Дугаар 2024/ШЦТ/842"; echo; body 842 "төрсөн огноо: 1991.05.12"; } \
    >"$corpus/decisions/dmy_heading.txt"
{ echo "Demo (fictional)"; echo; echo "Хан-Уул дүүргийн Эрүүгийн хэргийн анхан шатны шүүх, шүүгдэгч Баатарын Хонгорзул"; echo
  body 843 "1991.05.12-нд төрсөн"; echo; echo "Шийтгэх тогтоол 2024 оны 10 дугаар сарын 3-ны өдөр гарав."; } \
    >"$corpus/decisions/date_last.txt"
cat >"$corpus/decisions/court_h1.html" <<'HTML'
<!DOCTYPE html><html lang="mn"><head><meta charset="utf-8"><title>Шийтгэх тогтоол 2024/ШЦТ/844 Баатарын Хонгорзул УБ91051234 — Demo (fictional)</title></head><body><main>
<h1>БАЯНЗҮРХ ДҮҮРГИЙН ЭРҮҮГИЙН ХЭРГИЙН АНХАН ШАТНЫ ШҮҮХ — шүүгдэгч Баатарын Хонгорзул, РД УБ91051234</h1>
<p>Demo (fictional). 2024 оны 10 дугаар сарын 3-ны өдөр, Дугаар 2024/ШЦТ/844. Баянзүрх дүүргийн Эрүүгийн хэргийн анхан шатны шүүхийн шүүгч Б.Ганчимэг даргалж, прокурор Д.Энхбаяр оролцов.</p>
<p>Шүүгдэгч Баатарын Хонгорзул (1991.05.12-нд төрсөн) нь хохирогч А-г Эрээн хотод худалдсан. ТОГТООХ нь: Эрүүгийн хуулийн 13.1 дүгээр зүйлийн 1 дэх хэсгээр 7 жил хорих ял оногдуулсугай.</p>
</main></body></html>
HTML
cat >"$corpus/decisions/court_el.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<decision xmlns="urn:zaalt:demo:1" xml:lang="mn">
  <title>Шийтгэх тогтоол 2024/ШЦТ/845 Баатарын Хонгорзул УБ91051234</title>
  <court level="first-instance">Баянзүрх дүүргийн Эрүүгийн хэргийн анхан шатны шүүх (шүүгдэгч Баатарын Хонгорзул, РД УБ91051234)</court>
  <decision-type>Шийтгэх тогтоол</decision-type>
  <number>2024/ШЦТ/845</number>
  <date>2024-10-03</date>
  <judges><judge>Б.Ганчимэг</judge></judges>
  <prosecutor>Д.Энхбаяр</prosecutor>
  <body><section kind="header"><p>Demo (fictional). Шүүгдэгч Баатарын Хонгорзул нь хохирогч А-г Эрээн хотод худалдсан.</p></section></body>
</decision>
XML
# Fields only the public copy's masking can clean: a court element that
# names the party before the court, and a date of birth (the only date) in a
# shape the date finder does not know as a birth but the masker does.
cat >"$corpus/decisions/court_first.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<decision xmlns="urn:zaalt:demo:1" xml:lang="mn">
  <title>Шийтгэх тогтоол 2024/ШЦТ/847</title>
  <court level="first-instance">Баатарын Хонгорзулын хэргийг хянасан Баянзүрх дүүргийн Эрүүгийн хэргийн анхан шатны шүүх</court>
  <decision-type>Шийтгэх тогтоол</decision-type>
  <number>2024/ШЦТ/847</number>
  <body><section kind="header"><p>Demo (fictional). Шүүгдэгч Баатарын Хонгорзул нь 1991.05.12-нд Хэнтий аймгийн Хэрлэн сумын 2 дугаар багт төрсөн. Тэрээр хохирогч А-г Эрээн хотод худалдсан.</p></section></body>
</decision>
XML
{ echo "Demo (fictional)"; echo; echo "ШИЙТГЭХ ТОГТООЛ"; echo
  echo "Шүүгдэгч Баатарын Хонгорзул нь 1991.05.12-нд Хэнтий аймгийн Хэрлэн сумын 2 дугаар багт төрсөн."
  echo "ТОГТООХ нь: 1. Баатарын Хонгорзулыг гэм буруутайд тооцсугай."; } >"$corpus/decisions/birth_only.txt"
# A party's name typed in Latin letters only in the file's name.
{ echo "Demo (fictional)"; echo; echo "$head_line"; echo
  echo "2024.10.03                Дугаар 2024/ШЦТ/849"; echo
  echo "Хохирогч А-г шүүгдэгч Б худалдсан."
  echo "ТОГТООХ нь: 1. Шүүгдэгч Б-г гэм буруутайд тооцсугай."; } >"$corpus/decisions/2024_shtst_849_Bolormaa_Gansukh.txt"
# Its own number, zero-padded as clerks type it, is no citation of itself.
{ echo "Demo (fictional)"; echo; echo "$head_line"; echo
  echo "2024.10.03                Дугаар 2024/ШЦТ/048"; echo
  echo "Энэхүү 2024/ШЦТ/048 дугаар тогтоолоор 2023/ШЦТ/077 дугаар шийтгэх тогтоолыг үндэслэв."
  echo "ТОГТООХ нь: 1. Шүүгдэгч Б-г гэм буруутайд тооцсугай."; } >"$corpus/decisions/own_number.txt"
python3 - "$corpus/decisions/core_title.docx" <<'PY'
import sys, zipfile
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
paras = ["Demo (fictional)", "ХАН-УУЛ ДҮҮРГИЙН ЭРҮҮГИЙН ХЭРГИЙН АНХАН ШАТНЫ ШҮҮХИЙН ШИЙТГЭХ ТОГТООЛ",
         "2024 оны 10 дугаар сарын 03-ны өдөр      Дугаар 2024/ШЦТ/846",
         "Шүүгдэгч Баатарын Хонгорзул (1991.05.12-нд төрсөн, РД УБ91051234) нь хохирогчийг худалдсан.",
         "ТОГТООХ нь: 1. Баатарын Хонгорзулыг гэм буруутайд тооцож 8 жил хорих ял оногдуулсугай."]
body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paras)
with zipfile.ZipFile(sys.argv[1], "w") as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
               '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
               '<Default Extension="xml" ContentType="application/xml"/>'
               '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
               '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
               '<Relationship Id="r2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body></w:document>')
    z.writestr("docProps/core.xml", '<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
               'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Баатарын Хонгорзулд холбогдох хэрэг УБ91051234</dc:title>'
               '<dc:creator>Demo (fictional)</dc:creator></cp:coreProperties>')
PY
cat >"$tmpdir/c.ini" <<INI
[source planted]
root = $corpus
type.decision = decisions/*
INI
db=$tmpdir/db
"$ZAALT" index -q --db "$db" --config "$tmpdir/c.ini" || { fail "index"; exit 1; }
expect_eq "the operator finds the ten planted decisions" \
    "$("$ZAALT" search --db "$db" --json --limit 0 'type:decision' | json 'j["total"]')" 10

secrets=("Хонгорзул" "ХОНГОРЗУЛ" "УБ91051234" "1991-05-12" "1991.05.12" "1991" "Bolormaa" "Gansukh")
shown=$("$ZAALT" search --db "$db" --as anonymous --json --limit 50 'type:decision')
shown+=$("$ZAALT" search --db "$db" --as anonymous --limit 50 'type:decision')
shown+=$("$ZAALT" search --db "$db" --as anonymous --format csv --limit 50 'type:decision')
ids=$("$ZAALT" search --db "$db" --as anonymous --json --limit 50 'type:decision' | json '" ".join(sorted(set(h["doc"] for h in j["hits"])))')
expect_eq "the anonymous reader sees the ten decisions" "$(echo $ids | wc -w)" 10
for id in $ids; do
    shown+=$("$ZAALT" show --db "$db" --as anonymous "$id")
    shown+=$("$ZAALT" show --db "$db" --as anonymous --json "$id")
done
for s in "${secrets[@]}"; do
    expect_not_contains "no anonymous field, facet, CSV cell or shown copy holds '$s'" "$shown" "$s"
done
expect_eq "findable by no date of birth" \
    "$("$ZAALT" search --db "$db" --as anonymous --json --limit 0 'date:1991-05-12..1991-05-12' | json 'j["total"]')" 0

expect_contains "the Latin-named file's path keeps its number, the name as initials" "$shown" "decisions/2024_shtst_849_BG.txt"

# What is kept: the courts' names and the decisions' own dates.
facets=$("$ZAALT" search --db "$db" --as anonymous --json --limit 0 'type:decision')
expect_eq "court facet: the courts' names alone, the party before one masked" \
    "$(echo "$facets" | json '" | ".join(sorted(f["value"] for f in j["facets"]["court"]))')" \
    "Б.Х. хэргийг хянасан Баянзүрх дүүргийн Эрүүгийн хэргийн анхан шатны шүүх | Баянзүрх дүүргийн Эрүүгийн хэргийн анхан шатны шүүх | Хан-Уул дүүргийн Эрүүгийн хэргийн анхан шатны шүүх"
expect_eq "every decision's date is its own" \
    "$(echo "$facets" | json '" ".join(f["value"] + ":" + str(f["count"]) for f in j["facets"]["year"])')" "2024:8"
expect_eq "the operator's copy has the heading's date too" \
    "$("$ZAALT" search --db "$db" --json --limit 0 'date:2024-10-03..2024-10-03' | json 'j["total"]')" 8
own=$("$ZAALT" search --db "$db" --json --limit 50 'type:decision' |
    json '[h["doc"] for h in j["hits"] if h["path"].endswith("own_number.txt")][0]')
expect_eq "a decision cites the other decision, not its own zero-padded number" \
    "$("$ZAALT" show --db "$db" --json "$own" | json '" ".join(sorted(c["key"] for c in j["cites"] if "/" in c["key"]))')" \
    "2023/ШЦТ/77"
# ...and is found by it as typed, zero or not, as another's citation reads it.
for n in 2024/ШЦТ/048 2024/ШЦТ/48; do
    expect_eq "number:$n finds the decision numbered 2024/ШЦТ/048" \
        "$("$ZAALT" search --db "$db" --json "number:$n" | json '[h["doc"] for h in j["hits"]]')" "[\"$own\"]"
done

# Masking rules changed, nothing on disk changed: the next run masks every
# decision of the source again, and says why (it read them all without a
# word); the run after it has nothing to do.
cp -r corpus-config "$tmpdir/cfg"
db3=$tmpdir/db3
ZAALT_CONFIG_DIR=$tmpdir/cfg "$ZAALT" index --db "$db3" --config "$tmpdir/c.ini" >"$tmpdir/m1.log" 2>&1
echo "# a rule changed (t84)" >>"$tmpdir/cfg/mask.ini"
ZAALT_CONFIG_DIR=$tmpdir/cfg "$ZAALT" index --db "$db3" --config "$tmpdir/c.ini" >"$tmpdir/m2.log" 2>&1
expect_contains "changed masking rules: every decision read again" "$(cat "$tmpdir/m2.log")" "Indexed 10 files"
expect_contains "...and the run says why" "$(cat "$tmpdir/m2.log")" "source planted: its masking of personal data has changed"
ZAALT_CONFIG_DIR=$tmpdir/cfg "$ZAALT" index --db "$db3" --config "$tmpdir/c.ini" >"$tmpdir/m3.log" 2>&1
expect_contains "the run after has nothing to do" "$(cat "$tmpdir/m3.log")" "10 unchanged"
expect_not_contains "...and says nothing of masking" "$(cat "$tmpdir/m3.log")" "masking"

# Masking rules that do not load (an office's pattern that does not
# compile) stop the run before it writes: the built-in rules alone know no
# role or name list, and would publish the defendant's name.  Mended, the
# same command masks as before.
db4=$tmpdir/db4
echo 'phone.office = (unclosed' >>"$tmpdir/cfg/mask.ini"
expect_status "a mask.ini that does not load stops zaalt index" 1 \
    env ZAALT_CONFIG_DIR="$tmpdir/cfg" "$ZAALT" index --db "$db4" --config "$tmpdir/c.ini"
expect_contains "...naming the pattern and why" "$(cat "$tmpdir/err")" "phone.office"
expect_contains "...and that nothing was indexed" "$(cat "$tmpdir/err")" "nothing is indexed"
expect_eq "...with no index written" "$([ -e "$db4" ] && echo written || echo none)" none
expect_status "...and an index that exists is left as it was" 1 \
    env ZAALT_CONFIG_DIR="$tmpdir/cfg" "$ZAALT" index --db "$db3" --config "$tmpdir/c.ini"
expect_contains "...its documents as before" "$("$ZAALT" stats --db "$db3")" "10 documents"
sed -i '$d' "$tmpdir/cfg/mask.ini"
ZAALT_CONFIG_DIR=$tmpdir/cfg "$ZAALT" index --db "$db4" --config "$tmpdir/c.ini" >"$tmpdir/m4.log" 2>&1
expect_eq "mended, the run masks: the defendant is not found by name" \
    "$(ZAALT_CONFIG_DIR=$tmpdir/cfg "$ZAALT" search --db "$db4" --as anonymous --json --limit 0 Хонгорзул | json 'j["total"]')" 0
