#!/usr/bin/env bash
# t28-pdf-mapped-ocr.sh — a PDF page whose text layer maps every glyph to
# Unicode but does not read as words (one unspaced 3,000-letter word) is
# still sent to OCR, and the run now says so, naming the file and the pages
# (probe F29, finding 5: 29 such pages took minutes of OCR without a word);
# a page of ordinary text is neither recognised nor named.
# Not for: when a layer is judged unusable (tests/unit/test_ocr.c), or OCR
# itself (t20).
. tests/lib.sh

[ -x build/mkpdf ] || make -s build/mkpdf >/dev/null 2>&1
[ -x build/mkpdf ] || skip_all "build/mkpdf cannot be built"
in=$tmpdir/in
mkdir -p "$in"
python3 -c '
import random, sys
random.seed(7)
letters = "абвгдеёжзийклмноөпрстуүфхцчшщъыьэюя"
word = "".join(random.choice(letters) for _ in range(3000))
open(sys.argv[1] + "/word.src", "w").write("1 дүгээр зүйл. Гарчиг\n\n" + word + "\n")
open(sys.argv[1] + "/plain.src", "w").write("1 дүгээр зүйл. Хүний эрх\n\nХүүхэд худалдаалах гэмт хэргийн тухай "
    "энгийн өгүүлбэр энд байна. Шүүх хуралдаан болсон.\n")
' "$tmpdir"
build/mkpdf "$tmpdir/word.src" "$in/word.pdf" 2>/dev/null
build/mkpdf "$tmpdir/plain.src" "$in/plain.pdf" 2>/dev/null
[ -s "$in/word.pdf" ] && [ -s "$in/plain.pdf" ] || fail "mkpdf makes the two PDFs"
out=$("$ZAALT" index --db "$tmpdir/db" "$in" 2>&1)
expect_contains "both PDFs are indexed" "$out" "Indexed 2 files"
expect_contains "the run names the file and the page sent to OCR although its layer is mapped" "$out" \
    "warning in/word.pdf: page 1 (1 in all) has a text layer whose glyphs all map to Unicode but whose text does not read as words (an old font encoding's mojibake, or letters with no word breaks): read by OCR instead"
expect_not_contains "...and not the PDF of ordinary text" "$out" "warning in/plain.pdf"
