#!/usr/bin/env bash
# t15-invisible-joiners.sh — characters that show nothing, pasted from web
# pages into a word (zero-width joiner U+200D, non-joiner U+200C, word
# joiner U+2060, as the zero-width space U+200B always was), are no break in
# the word: a document holding one is found by the plain word, and a query
# holding one finds the documents of the plain word (probe F29, finding 9:
# such a query found nothing and said nothing).
# Not for: the normalisation's cases one by one (tests/unit/test_analysis.c,
# /analysis/normalise/invisible-in-words).
. tests/lib.sh

c=$tmpdir/c
mkdir -p "$c"
printf 'Хүү\u200dхэд худалдаалах гэмт хэрэг. Forced la\u200cbour and traf\u2060ficking.\n' >"$c/joined.txt"
printf 'Бусад баримт: хүүхэд хамгаалах тухай.\n' >"$c/plain.txt"
printf 'Ажлын байрны тухай тэмдэглэл.\n' >"$c/other.txt"
"$ZAALT" index -q --db "$tmpdir/db" "$c" >/dev/null 2>&1 || fail "index the three files"
total() { "$ZAALT" search --db "$tmpdir/db" --json "$1" | json 'j["total"]'; }
ids() { "$ZAALT" search --db "$tmpdir/db" --json "$1" | json '" ".join(sorted(h["path"].rsplit("/",1)[-1] for h in j["hits"]))'; }
expect_eq "the plain word finds the document that holds it with a joiner, and the plain one" "$(ids хүүхэд)" \
    "joined.txt plain.txt"
expect_eq "a word with a non-joiner inside is found as the plain word" "$(ids labour)" "joined.txt"
expect_eq "a word with a word joiner inside is found as the plain word" "$(ids trafficking)" "joined.txt"
for j in '\u200d' '\u200c' '\u2060' '\u200b'; do
    q=$(printf "хүү${j}хэд")
    expect_eq "a query with U+${j#\\u} inside хүүхэд finds what хүүхэд finds" "$(total "$q")" 2
done
q=$(printf 'traf\u200dficking')
expect_eq "...and inside a Latin word" "$(ids "$q")" "joined.txt"
