#!/usr/bin/env bash
# t30-real-corpus.sh — real documents from ../shared/corpus, read in place:
# exact, checkable facts (a known phrase on its known page, known titles,
# the Criminal Code's article 13.1 as its own unit).  Skips when ../shared
# is absent.
. tests/lib.sh
have_shared || skip_all "../shared/corpus is absent: real-document tests not run"

db=$tmpdir/db
sel=$tmpdir/sel
mkdir -p "$sel"
# Index a selection through symlinks so that paths stay short and stable.
for f in mn/law/eruugiin_khuuli_2015.txt mn/law/khun_khudaldaalakhtai_temtsekh_tukhai.txt \
         en/decisions/ewca_civ_2020_1746_MN_v_SSHD.akn.xml en/law/ca_sc_2005_c43_criminal_code_trafficking.xml \
         pdf/us_scotus_tarrant_v_herrmann_slip_opinion.pdf xml/akn3_uksc_2022_14_press_summary.xml \
         pdf/scanned_no_text_layer_1p.pdf; do
    ln -s "$(cd "$SHARED" && pwd)/$f" "$sel/$(basename "$f")"
done
out=$("$ZAALT" index --follow-links --db "$db" "$sel" 2>&1)
expect_contains "all seven real files indexed, the scan by OCR" "$out" "Indexed 7 files"
expect_eq "the scanned opinion is read by OCR" \
    "$("$ZAALT" search --db "$db" --json 'remedies doctrine' | json '[h["path"] for h in j["hits"] if h["ocr_confidence"] is not None]')" \
    '["scanned_no_text_layer_1p.pdf"]'
out=$("$ZAALT" index --follow-links --db "$tmpdir/db-noocr" --no-ocr "$sel" 2>&1)
expect_contains "with --no-ocr the scan is reported, not read" "$out" "scanned_no_text_layer_1p.pdf: no text layer (scanned?; OCR is off)"

# A known phrase on its known page of a real PDF (page 7 of the slip opinion).
r=$("$ZAALT" search --db "$db" --json '"Denison Dam"')
expect_eq "PDF phrase found once" "$(echo "$r" | json 'j["total"]')" 1
expect_eq "PDF phrase on page 7" "$(echo "$r" | json 'j["hits"][0]["page"]')" 7
expect_eq "PDF title from metadata" "$(echo "$r" | json 'j["hits"][0]["title"]')" \
    "11-889 Tarrant Regional Water Dist. v. Herrmann (06/13/2013)"
expect_eq "PDF year from metadata" "$(echo "$r" | json 'j["hits"][0]["date"][:4]')" 2013
expect_contains "PDF snippet marks the phrase" "$(echo "$r" | json 'j["hits"][0]["snippet"]')" "<mark>Denison</mark> <mark>Dam</mark>"

# The 2015 Criminal Code: article 13.1 is its own unit with its heading.
r=$("$ZAALT" search --db "$db" --json --filter provision:13.1 'хүн худалдаалах')
expect_eq "Criminal Code 13.1 found" "$(echo "$r" | json 'j["total"]')" 1
expect_eq "13.1 is labelled" "$(echo "$r" | json 'j["hits"][0]["label"]')" "13.1 дүгээр зүйл. Хүн худалдаалах"
expect_eq "13.1 belongs to the Criminal Code" "$(echo "$r" | json 'j["hits"][0]["title"]')" "ЭРҮҮГИЙН ХУУЛЬ"
expect_eq "the code's date" "$(echo "$r" | json 'j["hits"][0]["date"]')" 2015-12-03

# Inflected Mongolian finds the trafficking law.
r=$("$ZAALT" search --db "$db" --json 'хохирогчийн эрх' --filter lang:mn)
expect_contains "inflected query finds the 2012 trafficking law" "$(echo "$r" | json '[h["path"] for h in j["hits"]]')" \
    "khun_khudaldaalakhtai_temtsekh_tukhai.txt"

# English: the Court of Appeal judgment and the Canadian act.
r=$("$ZAALT" search --db "$db" --json 'trafficking victim' --filter lang:en)
paths=$(echo "$r" | json '[h["path"] for h in j["hits"]]')
expect_contains "AKN judgment found" "$paths" "ewca_civ_2020_1746_MN_v_SSHD.akn.xml"
expect_contains "Canadian act found" "$paths" "ca_sc_2005_c43_criminal_code_trafficking.xml"
expect_eq "AKN judgment is a decision" "$(echo "$r" | json '[h["type"] for h in j["hits"] if h["path"].startswith("ewca")][0]')" decision

# Known AKN title.
r=$("$ZAALT" search --db "$db" --json 'Flynn Pharma')
expect_contains "AKN press summary title" "$(echo "$r" | json 'j["hits"][0]["title"]')" "Flynn Pharma"

# Facets count documents, not units: the Criminal Code has hundreds of
# article units but counts once.
r=$("$ZAALT" search --db "$db" --json --limit 0 'хууль')
expect_eq "facet counts documents" "$(echo "$r" | json '{v["value"]: v["count"] for v in j["facets"]["lang"]}["mn"]')" 2

# Cyrillic that is not Mongolian, too short for its letters to tell: a
# Kazakh word in capitals, a Russian label, a Russian drawing's title block
# (no ө or ү among them) are of no language the facet counts as "mn"; a
# one-line Mongolian heading without ө or ү stays Mongolian.
cy=$tmpdir/cyrillic
mkdir -p "$cy"
for f in cyrillic_kk_respublikasy.pdf cyrillic_ru_nomer_polisa.pdf cyrillic_ru_engineering_title_block.pdf; do
    ln -s "$(cd "$SHARED" && pwd)/pdf/$f" "$cy/$f"
done
printf 'Шийтгэх тогтоол\n' >"$cy/heading_mn.txt"
"$ZAALT" index -q --follow-links --no-ocr --db "$tmpdir/db-cy" "$cy" >/dev/null 2>&1
expect_eq "short Russian and Kazakh PDFs are not Mongolian, a Mongolian heading is" \
    "$("$ZAALT" search --db "$tmpdir/db-cy" --json --limit 10 '' | json 'sorted((h["path"], h["lang"]) for h in j["hits"])')" \
    '[["cyrillic_kk_respublikasy.pdf", null], ["cyrillic_ru_engineering_title_block.pdf", null], ["cyrillic_ru_nomer_polisa.pdf", null], ["heading_mn.txt", "mn"]]'
