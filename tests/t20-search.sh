#!/usr/bin/env bash
# t20-search.sh — `zaalt search` and `zaalt show` over the demo corpus, as a
# user would use them: Mongolian with inflection, English, phrases, boolean
# and field queries, filters, facets that count documents, paging, sorting,
# snippets, the JSON contract and clear syntax errors.
. tests/lib.sh

db=$tmpdir/db
index_demo "$db"
# s QUERY... : `zaalt search --json` of $db; a lone query the ask below
# kept is answered from it (the same search, asked by one process; $db
# does not change in this script).
s() {
    if [ $# -eq 1 ] && answered "$1"; then answer "$1"; return; fi
    "$ZAALT" search --db "$db" --json "$@"
}
ask "$db" -- 'date:2024-03-01..2024-03-31' '2024/ШЦТ/67' '"price of a sheep"' 'хохирогч' 'тэмээний хулгайчлл' \
    'тэмээ' 'тэмээ Batbayar' 'type:decision article:16.6' 'provision:13.13' 'number:2023/ШЦТ/77' '"тэмээ хулгайчлл"'

# All documents: facets count documents by type and language.
all=$(s --limit 0 '')
expect_eq "demo corpus: 22 documents" "$(echo "$all" | json 'j["total"]')" 22
expect_eq "type facet" "$(echo "$all" | json '{v["value"]: v["count"] for v in j["facets"]["type"]}')" \
    '{"decision": 13, "code": 3, "research": 3, "sop": 3}'
expect_eq "lang facet" "$(echo "$all" | json '{v["value"]: v["count"] for v in j["facets"]["lang"]}')" '{"mn": 16, "en": 6}'

# хүн худалдаалах: the article itself, labelled, among the hits.
r=$(s --limit 20 'хүн худалдаалах')
expect_contains "article 13.1 of the demo code found" \
    "$(echo "$r" | json '[h["label"] for h in j["hits"] if h["type"] == "code"]')" "13.1 дүгээр зүйл. Хүн худалдаалах"
expect_contains "decisions applying 13.1 found" "$(echo "$r" | json '[h["path"] for h in j["hits"]]')" \
    "decisions/2024_shtst_067_sukhbaatar_mn.xml"
# Every hit is one document (collapse).
expect_eq "one hit per document" "$(echo "$r" | json 'len(set(h["doc"] for h in j["hits"])) == len(j["hits"])')" True

# Inflection: хүүхэд finds and marks inflected forms.
r=$(s --limit 50 'хүүхэд')
snips=$(echo "$r" | json '" ".join(h["snippet"] for h in j["hits"])')
expect_contains "хүүхэд marks хүүхдийн" "$snips" "<mark>хүүхдийн</mark>"
expect_contains "хүүхэд finds the Mongolian SOP" "$(echo "$r" | json '[h["path"] for h in j["hits"]]')" "sop/mdtf_sop_mn.pdf"

# English.
r=$(s 'forced labour' --filter type:research)
expect_eq "English research report found" "$(echo "$r" | json 'j["hits"][0]["path"]')" "research/forced_labour_study_en.pdf"
# An English question about what the Mongolian SOP says reaches it through
# the glossary, each of its words translated (a past participle through its
# verb: identified -> identify).
r=$(s --limit 10 'a victim child is identified on the border')
expect_contains "English question finds the Mongolian SOP among its full answers" \
    "$(echo "$r" | json '[h["path"] for h in j["hits"][:3] if not h.get("partial")]')" "sop/mdtf_sop_mn.pdf"
# The page filled below its few full answers with documents holding fewer of
# the terms lists each document once, as every page does.
r=$(s --limit 10 'passport taken from a child victim')
expect_eq "a page filled with partial answers lists a document once" \
    "$(echo "$r" | json 'len(j["hits"]) > 3 and len(set(h["doc"] for h in j["hits"])) == len(j["hits"])')" True
# A phrase on its page of a PDF.
r=$(s '"price of a sheep"')
expect_eq "phrase found once" "$(echo "$r" | json 'j["total"]')" 1
expect_eq "phrase on page 5" "$(echo "$r" | json 'j["hits"][0]["page"]')" 5
# Stopwords are left out of the search and of the marks: "a" is not marked
# all over the snippet, "price" and "sheep" are.
expect_eq "the phrase's words marked, not its stopwords" \
    "$(echo "$r" | json 'sorted(set(__import__("re").findall(r"<mark>([^<]*)</mark>", j["hits"][0]["snippet"].lower())))')" \
    '["price", "sheep"]'
expect_eq "unit id of a page" "$(echo "$r" | json 'j["hits"][0]["id"].split("-")[0] == j["hits"][0]["doc"]')" True

# Filters and field queries.
expect_eq "decisions of 2024" "$(s --limit 0 --filter type:decision --filter year:2024 '' | json 'j["total"]')" 6
expect_eq "two values of one filter are alternatives" \
    "$(s --limit 0 --filter year:2021 --filter year:2025 '' | json 'j["total"]')" 2
expect_eq "outcome filter" "$(s --filter outcome:acquittal '' | json 'j["hits"][0]["path"]')" \
    "decisions/2023_shtst_512_bayanzurkh_mn.xml"
expect_eq "field query equals filter" "$(s --limit 0 'type:sop' | json 'j["total"]')" 3
expect_eq "NOT excludes" "$(s --limit 0 'type:decision NOT lang:mn' | json 'j["total"]')" 2
expect_eq "OR adds" "$(s --limit 0 'type:sop OR type:research' | json 'j["total"]')" 6
expect_contains "article applied, from a PDF decision's operative part" \
    "$(s 'type:decision article:16.6' | json '[h["path"] for h in j["hits"]]')" "decisions/2023_shtst_215_bayangol_mn.pdf"
r=$(s --limit 0 'type:decision')
expect_eq "decision facets count decisions" "$(echo "$r" | json '{v["value"]: v["count"] for v in j["facets"]["outcome"]}["conviction"]')" 7

# Paging and sorting.
p1=$(s --limit 2 'type:decision' | json '[h["doc"] for h in j["hits"]]')
p2=$(s --limit 2 --offset 2 'type:decision' | json '[h["doc"] for h in j["hits"]]')
expect_eq "offset gives the next page" "$(python3 -c "import sys; a=$p1; b=$p2; print(len(a)==2 and len(b)==2 and not set(a)&set(b))")" True
dates=$(s --limit 20 --sort newest 'type:decision' | json '[h["date"] for h in j["hits"]]')
expect_eq "newest first" "$(python3 -c "d=$dates; print(d == sorted(d, reverse=True) and d[0] == '2025-03-11')")" True

# The JSON contract: every hit has every field.
r=$(s 'хохирогч')
expect_eq "hit fields" "$(echo "$r" | json 'all(set(h) >= {"id","doc","path","title","type","lang","provision","page","snippet","score"} for h in j["hits"]) and len(j["hits"]) > 0')" True
expect_eq "facet fields" "$(echo "$r" | json 'sorted(j["facets"].keys())')" '["article", "court", "lang", "level", "outcome", "source", "status", "type", "year"]'

# show: a unit and a document.
uid=$(s '"price of a sheep"' | json 'j["hits"][0]["id"]')
doc=$("$ZAALT" show --db "$db" --json "$uid")
expect_eq "show unit: focus" "$(echo "$doc" | json 'j["focus"]')" "$uid"
expect_eq "show unit: all pages" "$(echo "$doc" | json 'len(j["units"])')" 8
expect_contains "show text" "$("$ZAALT" show --db "$db" "$uid")" "price of a sheep"
expect_status "show unknown id" 1 "$ZAALT" show --db "$db" nosuchdoc
expect_contains "show unknown id message" "$(cat "$tmpdir/err")" "no document or unit with id 'nosuchdoc'"

# Syntax errors: status 1 and a message saying what and where.
expect_status "unclosed quote is an error" 1 "$ZAALT" search --db "$db" '"хүн худалдаалах'
expect_contains "unclosed quote message" "$(cat "$tmpdir/err")" "zaalt: the phrase that starts here has no closing quote (at character 1)"
expect_status "unknown filter is an error" 1 "$ZAALT" search --db "$db" --filter colour:red x
expect_contains "unknown filter message" "$(cat "$tmpdir/err")" "unknown filter field in 'colour:red'"

# Text output for people.
out=$("$ZAALT" search --db "$db" --limit 1 'хүн худалдаалах' --filter type:code)
expect_contains "text output: count line" "$out" "match \"хүн худалдаалах\""
# (Which passage is shown is test_snippet's concern; here, how marks print.)
expect_contains "text output: marks in brackets when not a tty" "$out" "[Хүн] [худалдаалах]"
expect_not_contains "text output: no terminal colours when not a tty" "$out" $'\e['
expect_contains "text output: facets" "$out" "type: code (2)"

# Ranges of years and dates.
expect_eq "year range" "$(s --limit 0 --filter year:2022..2023 'type:decision' | json 'j["total"]')" 5
expect_eq "date range" "$(s --filter date:2024-03-01..2024-03-31 '' | json '[h["path"] for h in j["hits"]]')" \
    '["decisions/2024_shtst_067_sukhbaatar_mn.xml"]'
expect_eq "open-ended range" "$(s --limit 0 --filter year:2025.. '' | json 'j["total"]')" 1
expect_eq "a year range in the query's text, as in a filter" \
    "$(s --limit 0 'type:decision year:2022..2023' | json 'j["total"]')" 5
expect_eq "an open-ended one too" "$(s --limit 0 'year:2025..' | json 'j["total"]')" 1
expect_eq "a date range in the query's text, as the range error suggests" \
    "$(s 'date:2024-03-01..2024-03-31' | json '[h["path"] for h in j["hits"]]')" \
    '["decisions/2024_shtst_067_sukhbaatar_mn.xml"]'
d1=$(s 'date:2024-03-01..2024-03-31' | json 'j["hits"][0]["date"]')
expect_eq "...and one day as that day" "$(s --limit 0 "date:$d1" | json 'j["total"]')" 1
expect_status "a range that runs backwards is an error" 1 "$ZAALT" search --db "$db" --filter year:2024..2020 x
expect_contains "...that says so" "$(cat "$tmpdir/err")" "runs backwards"
expect_status "...in the query's text too" 1 "$ZAALT" search --db "$db" 'year:2024..2020 x'
expect_status "bad year is a filter error" 1 "$ZAALT" search --db "$db" --filter year:abc x
expect_contains "bad year message" "$(cat "$tmpdir/err")" "year must be four digits or a range like 2020..2024, not 'abc'"

# A plain query with a word no document has (a slip of the keyboard) is
# searched without that word, and says so; words that each exist but never
# together still find nothing, and nothing is left out.
r=$(s 'тэмээний хулгайчлл')
expect_eq "a word found nowhere is left out" "$(echo "$r" | json '[j["dropped"], [h["path"] for h in j["hits"]]]')" \
    '[["хулгайчлл"], ["decisions/2023_shtst_077_scan_mn.pdf"]]'
expect_eq "the answer keeps the query as asked" "$(echo "$r" | json 'j["query"]')" "тэмээний хулгайчлл"
expect_eq "nothing left out when every word is found" "$(s 'тэмээ' | json 'j["dropped"]')" "[]"
r=$(s 'тэмээ Batbayar')
expect_eq "words found apart but never together: still nothing" "$(echo "$r" | json '[j["total"], j["dropped"]]')" "[0, []]"
expect_eq "a quoted phrase is never relaxed" "$(s '"тэмээ хулгайчлл"' | json '[j["total"], j["dropped"]]')" "[0, []]"
expect_contains "the CLI names the word left out" "$("$ZAALT" search --db "$db" 'тэмээний хулгайчлл')" \
    '(no document has "хулгайчлл": searched without it)'

# A scanned decision (an image-only PDF) is read by OCR: found by an
# inflected query, on its page, marked as recognised.
r=$(s 'тэмээ')
expect_eq "scanned decision found by OCR" "$(echo "$r" | json 'j["hits"][0]["path"]')" "decisions/2023_shtst_077_scan_mn.pdf"
expect_eq "OCR'd hit on page 1" "$(echo "$r" | json 'j["hits"][0]["page"]')" 1
expect_eq "OCR'd hit carries its confidence" "$(echo "$r" | json 'j["hits"][0]["ocr_confidence"] >= 80')" True
# Its printed number finds it, however OCR read the series letters.
expect_eq "scanned decision found by its number" "$(s 'number:2023/ШЦТ/77' | json '[h["path"] for h in j["hits"]]')" \
    '["decisions/2023_shtst_077_scan_mn.pdf"]'
expect_eq "an ordinary hit has no OCR confidence" "$(s '"price of a sheep"' | json 'j["hits"][0]["ocr_confidence"]')" None

# A provision reference opens the provision first, then what cites it.
r=$(s --limit 5 '13.1 дүгээр зүйлийн 2 дахь хэсэг')
expect_eq "provision reference: the article first" "$(echo "$r" | json 'j["hits"][0]["provision"]')" "13.1"
expect_contains "provision reference: decisions applying it follow" "$(echo "$r" | json '[h["type"] for h in j["hits"]]')" "decision"
expect_eq "decision number opens that decision" "$(s '2024/ШЦТ/67' | json 'j["hits"][0]["path"]')" "decisions/2024_shtst_067_sukhbaatar_mn.xml"

# Versions: the default shows the text in force today; inforce: finds the
# text in force on a day.
v() { s --filter inforce:"$1" 'provision:13.13' | json '[h["id"] for h in j["hits"] if "versions" in h["path"]]'; }
now=$(s 'provision:13.13' | json '[h["id"] for h in j["hits"] if "versions" in h["path"]]')
old=$(v 2020-05-01)
expect_eq "one version of the versioned article by default" "$(echo "$now" | json 'len(j)')" 1
expect_eq "the 2020 text differs from today's" "$(python3 -c "print($old != $now and len($old) == 1)")" True
expect_eq "today's text is the one in force in 2024" "$(v 2024-05-01)" "$now"
expect_status "a malformed in-force day is a filter error" 1 "$ZAALT" search --db "$db" --filter inforce:yesterday x

# The citation graph in `zaalt show`: what a decision cites, resolved to
# the article; who cites an article, counted in documents.
dec=$(s '2024/ШЦТ/67' | json 'j["hits"][0]["doc"]')
shown=$("$ZAALT" show --db "$db" --json "$dec")
expect_eq "a decision cites 13.1.2.1, linked to its article" \
    "$(echo "$shown" | json '[l["target"] is not None for l in j["cites"] if l["key"] == "13.1.2.1"]')" "[true]"
art=$(s 'provision:13.1' --filter lang:mn --filter type:code | json 'j["hits"][0]["id"]')
cited=$("$ZAALT" show --db "$db" --json "$art")
expect_contains "an article lists the decisions citing it" \
    "$(echo "$cited" | json '[x["case_number"] for c in j["cited_by"] for x in c["citing"]]')" "2024/ШЦТ/67"
expect_contains "show, for people, says who cites it" "$("$ZAALT" show --db "$db" "$art")" "cited by     13.1:"

# --queries: a list of queries asked by one process, one JSON object a
# line, each as the same query asked alone; a bad line says its error on
# its own line and the rest are still asked; the exit status tells.
printf '%s\n' 'хүүхэд' '' '"forced labour"' 'title:(' 'type:sop' >"$tmpdir/qs"
"$ZAALT" search --db "$db" --json --limit 3 --queries "$tmpdir/qs" >"$tmpdir/batch"
expect_eq "--queries with a malformed line exits 1" "$?" 1
expect_eq "...one line an asked query (the blank one left out)" "$(wc -l <"$tmpdir/batch")" 4
alone=$(for q in 'хүүхэд' '"forced labour"' 'type:sop'; do
    s --limit 3 "$q" | json '[j["total"], [h["id"] for h in j["hits"]], j["facets"]["type"]]'; done)
batched=$(grep -v '"error"' "$tmpdir/batch" | while IFS= read -r l; do
    echo "$l" | json '[j["total"], [h["id"] for h in j["hits"]], j["facets"]["type"]]'; done)
expect_eq "...each answer that of the query asked alone" "$batched" "$alone"
expect_eq "...the malformed one the API's error object, naming it" \
    "$(sed -n 3p "$tmpdir/batch" | json '[j["query"], j["error"]["code"], "colon" in j["error"]["message"]]')" \
    '["title:(", "syntax", true]'
expect_contains "for people, each answer under its query" \
    "$(printf 'type:sop\n' | "$ZAALT" search --db "$db" --limit 1 --queries -)" "==> type:sop"
expect_status "--queries and a query argument together are refused" 1 \
    "$ZAALT" search --db "$db" --queries "$tmpdir/qs" хүүхэд
expect_status "--queries with a CSV export is refused" 1 "$ZAALT" search --db "$db" --format csv --queries "$tmpdir/qs"

# A person's query is bounded on the command line as on the server (probe
# F3: 2,000 ORs took 6.5 GB, 50,000 brackets crashed, --queries /dev/zero
# read for ever): 256 characters, brackets 32 deep, no control character.
long=$(python3 -c "print(' OR '.join(['хүүхэд'] * 40))")
expect_status "a query over 256 characters is refused, exit 1" 1 "$ZAALT" search --db "$db" "$long"
expect_eq "...saying the bound" "$(cat "$tmpdir/err")" "zaalt: the query is longer than 256 characters, the most a query may be"
python3 -c "print('(' * 100 + 'хүүхэд' + ')' * 100)" >"$tmpdir/deep.q"
python3 -c "print('х' * (1 << 19))" >>"$tmpdir/deep.q"
echo 'type:sop' >>"$tmpdir/deep.q"
expect_status "--queries: too deep a line and a 1 MB line are errors, exit 1" 1 \
    timeout 60 "$ZAALT" search --db "$db" --limit 0 --queries "$tmpdir/deep.q"
expect_eq "...the second named by its line" "$(sed -n 2p "$tmpdir/err")" \
    "zaalt: --queries $tmpdir/deep.q: line 2 is longer than 2048 bytes; a query is at most 256 characters"
expect_contains "...the first: brackets nest too deep" "$(head -1 "$tmpdir/err")" "nest deeper than 32 here (at character 33)"
expect_contains "...and the line after them is answered" "$(cat "$tmpdir/out")" "==> type:sop"
"$ZAALT" search --db "$db" --json --limit 0 --queries "$tmpdir/deep.q" >"$tmpdir/out" 2>/dev/null
expect_eq "...with --json, each an error line of its own, the long one too_long" \
    "$(json '[j.get("error", {}).get("code"), j["query"] is None]' <<<"$(sed -n 2p "$tmpdir/out")") $(wc -l <"$tmpdir/out")" \
    '["too_long", true] 3'
expect_status "--queries /dev/zero is refused at once, exit 1" 1 timeout 20 "$ZAALT" search --db "$db" --queries /dev/zero
expect_eq "...as no text" "$(cat "$tmpdir/err")" "zaalt: --queries /dev/zero: line 1 holds a NUL byte: this is no text file of queries"
expect_status "a control character in a query is refused, exit 1" 1 "$ZAALT" search --db "$db" $'\x1b[31mхүүхэд'
expect_eq "...saying which and where" "$(cat "$tmpdir/err")" \
    "zaalt: the query holds a control character (U+001B), which no query has (at character 1)"
printf '\033[31mхүүхэд\n' >"$tmpdir/esc.q"
"$ZAALT" search --db "$db" --queries "$tmpdir/esc.q" >/dev/null 2>"$tmpdir/err"
expect_eq "...and in --queries the query echoed escaped, never raw to the terminal" "$(cat "$tmpdir/err")" \
    'zaalt: \x1B[31mхүүхэд: the query holds a control character (U+001B), which no query has (at character 1)'
expect_status "--limit -1 is refused as --offset -5 is" 1 "$ZAALT" search --db "$db" --limit -1 хүүхэд
expect_eq "...naming --limit" "$(cat "$tmpdir/err")" "zaalt: --limit cannot be negative"
expect_status "--offset -5 names --offset" 1 "$ZAALT" search --db "$db" --offset -5 хүүхэд
expect_eq "...alone" "$(cat "$tmpdir/err")" "zaalt: --offset cannot be negative"
expect_status "a remote database that does not answer, and nothing else: exit 2" 2 \
    timeout 60 "$ZAALT" search --db tcp://127.0.0.1:1 хүүхэд
expect_eq "...named, in Zaalt's words, not Xapian's (probe F3, F9)" "$(cat "$tmpdir/err")" \
    "zaalt: no database answered: tcp://127.0.0.1:1 (tried again every few seconds)"
expect_status "a malformed tcp:// is refused, exit 2 as a database's fault (t66)" 2 "$ZAALT" search --db 'tcp://:::::' хүүхэд
expect_eq "...saying the form" "$(cat "$tmpdir/err")" "zaalt: 'tcp://:::::' is not of the form tcp://HOST:PORT"

# hunspell-mn's answers kept from one search to the next (ZAALT_CACHE_DIR,
# core/dictmemo.h): the same answer from an empty memo, a warm one and
# none; the memo is made the user's alone and spells out no word searched.
memo=$tmpdir/memo
mq='хүүхдийг худалдаалсан Оюунцэцэгийн huuhdiin'
strip='{k: v for k, v in j.items() if k != "elapsed_ms"}'
none=$(ZAALT_CACHE_DIR= "$ZAALT" search --db "$db" --json "$mq" | json "$strip")
cold=$(ZAALT_CACHE_DIR=$memo "$ZAALT" search --db "$db" --json "$mq" | json "$strip")
warm=$(ZAALT_CACHE_DIR=$memo "$ZAALT" search --db "$db" --json "$mq" | json "$strip")
expect_contains "the search answers (a JSON answer to compare)" "$none" '"total": '
expect_eq "a search with the dictionary's answers remembered answers as one without" "$cold" "$none"
expect_eq "...and so does the next, from the memo" "$warm" "$none"
expect_eq "the memo file is the user's alone" "$(stat -c %a "$memo" "$memo/mn-dictionary.memo" 2>&1 | tr '\n' ' ')" "700 600 "
expect_eq "the memo spells out no word searched" \
    "$(grep -c -a -e Оюунцэцэг -e худалдаалс -e huuhdiin "$memo/mn-dictionary.memo")" 0
# The glossary as loaded, kept in the same folder (core/glossary.h,
# gl_load_files_cached): an English question reaches the Mongolian law
# alike with it made, read, and without.
gq='forced labour of children'
gnone=$(ZAALT_CACHE_DIR= "$ZAALT" search --db "$db" --json "$gq" | json "$strip")
rm -f "$memo"/glossary-*.cache
gcold=$(ZAALT_CACHE_DIR=$memo "$ZAALT" search --db "$db" --json "$gq" | json "$strip")
kept=$(ls "$memo"/glossary-*.cache 2>/dev/null)
made=$(stat -c %y $kept 2>&1)
gwarm=$(ZAALT_CACHE_DIR=$memo "$ZAALT" search --db "$db" --json "$gq" | json "$strip")
expect_contains "an English question finds Mongolian text through the glossary" "$gnone" '"lang": "mn"'
expect_eq "...the same with the glossary kept by the search before" "$gcold $gwarm" "$gnone $gnone"
expect_eq "the glossary is kept in one file, the user's alone" "$(stat -c %a $kept 2>&1)" 600
expect_eq "...and read by the next search, not written again" "$(ls "$memo"/glossary-*.cache) $(stat -c %y $kept)" "$kept $made"
