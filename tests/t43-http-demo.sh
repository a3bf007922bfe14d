#!/usr/bin/env bash
# t43-http-demo.sh — `zaalt serve`'s pages over the demo corpus, where the
# legal structure is: the scanned decision found through OCR and marked as
# recognised text, provision pages (versions in force, the Mongolian
# ordinal, both languages, parts and clauses, pinpoint citations, decisions
# counted by outcome), a provision number as the query, and pagination.
# Not for: the fixture's pages (t40) or the JSON API (t42).
. tests/lib.sh

need_http
index_demo "$tmpdir/demo-db"
start_server --db "$tmpdir/demo-db" || { fail "the demo corpus is served" "$(tail -5 "$server_log")"; exit 1; }

# The scanned demo decision: found by an inflected query on the web page,
# marked as recognised text, in the results and in the viewer.
scan_id=$(curl -s "$U/api/search?q=%D1%82%D1%8D%D0%BC%D1%8D%D1%8D" | python3 -c 'import json,sys; h=json.load(sys.stdin)["hits"]; print(h[0]["doc"] if h and h[0]["path"].endswith("_scan_mn.pdf") else "none")')
http_get "$U/search?q=%D1%82%D1%8D%D0%BC%D1%8D%D1%8D"
check "/search finds the scanned decision by OCR" eval 'status_is 200 && body_has "/doc/$scan_id"'
check "/search marks recognised text" eval 'body_has "<p class=\"ocr\">Текстийг автоматаар таньсан; алдаа байж болно (итгэл "'
http_get "$U/doc/$scan_id?ui=en"
check "/doc marks recognised text" eval 'body_has "<p class=\"ocr\">Text recognised automatically; may contain errors (confidence "'

# A word mistyped (a letter doubled) is searched as the word meant, said
# so, with the way back to the words as typed.
http_get "$U/search?q=%D1%85%D2%AF%D2%AF%D1%85%D0%B4%D0%B8%D0%B9%D0%BD%20%D1%8D%D1%80%D1%85%D1%85&ui=en"
check "/search shows results for the word a slip mistyped, and links the query as typed" \
    eval 'body_has "<p class=\"notice searched-as\" role=\"status\">Showing results for <strong>хүүхдийн эрх</strong>." &&
          body_has "&amp;as_typed=1\">хүүхдийн эрхх</a>"'
http_get "$U/search?q=%D1%85%D2%AF%D2%AF%D1%85%D0%B4%D0%B8%D0%B9%D0%BD%20%D1%8D%D1%80%D1%85%D1%85&as_typed=1"
check "/search?as_typed=1 searches the words as typed" \
    eval '! body_has "searched-as" && body_has "<del>эрхх</del>"'
http_get "$U/api/search?q=%D1%85%D2%AF%D2%AF%D1%85%D0%B4%D0%B8%D0%B9%D0%BD%20%D1%8D%D1%80%D1%85%D1%85&as_typed=1&limit=0"
check "/api/search?as_typed=1 too" eval 'body_has "\"searched_as\":null" && body_has "\"dropped\":[\"эрхх\"]"'

http_get "$U/provision/13.13?ui=en"
check "/provision/13.13 lists the article's versions with their dates in force, in English" \
    eval 'body_has "in force since <time datetime=\"2023-01-01\">1 January 2023</time> (current text)</a></li>" &&
          body_has "in force <time datetime=\"2017-07-01\">1 July 2017</time> to <time datetime=\"2022-12-31\">31 December 2022</time></a></li>"'
http_get "$U/provision/13.13"
check "/provision/13.13 gives the dates in force in Mongolian" \
    eval 'body_has "<time datetime=\"2023-01-01\">2023 оны 1 сарын 1</time>-аас хойш хүчинтэй (одоогийн эх)</a></li>" &&
          body_lacks ">2023-01-01<"'

# Dates read in the page's language, the day itself in <time datetime>:
# the Sükhbaatar district decision of 2024-03-15 in the results and its
# details.
dated=$(curl -s "$U/api/search?q=&date_from=2024-03-15&date_to=2024-03-15" | json 'j["hits"][0]["doc"] if j["total"] == 1 else "none"')
http_get "$U/search?q=&date_from=2024-03-15&date_to=2024-03-15"
check "/search shows a hit's date in Mongolian" \
    eval 'body_has "<span><time datetime=\"2024-03-15\">2024 оны 3 сарын 15</time></span>" && body_lacks ">2024-03-15<"'
check "/search shows a date range's chip in Mongolian" body_has 'Огноо: 2024 оны 3 сарын 15–2024 оны 3 сарын 15'
http_get "$U/search?q=&date_from=2024-03-15&date_to=2024-03-15&ui=en"
check "/search?ui=en shows it in English" body_has '<span><time datetime="2024-03-15">15 March 2024</time></span>'
http_get "$U/doc/$dated"
check "/doc's details give the date in Mongolian" \
    body_has '<td><time datetime="2024-03-15">2024 оны 3 сарын 15</time></td>'
http_get "$U/doc/$dated?ui=en"
check "/doc?ui=en gives it in English" body_has '<td><time datetime="2024-03-15">15 March 2024</time></td>'

# An appeal names the first-instance decision it reviews, linked, and a
# cassation ruling the decisions it cites, as text when the library has
# none of them; a decision's articles are those applied, the others its
# text cites are named apart.
first=$(curl -s "$U/api/search?q=&date_from=2024-03-15&date_to=2024-03-15&lang=mn" | json 'j["hits"][0]["doc"]')
reviews=$(curl -s "$U/api/search?q=&type=decision&lang=mn&limit=50" | json '" ".join(h["doc"] for h in j["hits"] if "_dsh" in h["path"])')
found=none
for d in $reviews; do
    http_get "$U/doc/$d?ui=en"
    if body_has "Decisions it cites or reviews</th><td class=\"cites decision-cites\"><a href=\"/doc/$first\">2024/ШЦТ/67</a>"; then found=$d; fi
done
check "an appeal's page links the decision it reviews" test "$found" != none
http_get "$U/doc/$found?ui=en"
check "...its articles are said as applied" body_has '<th scope="row">Articles applied</th>'
check "...the other provisions it cites apart" body_has '<th scope="row">Other provisions cited</th>'
found=none
for d in $reviews; do
    http_get "$U/doc/$d"
    if body_has '2023/ДШМ/1127 <span class="muted">(санд байхгүй)</span>'; then found=$d; fi
done
check "a cassation ruling names a decision the library lacks, unlinked" test "$found" != none

# A PDF: a hit links the original at its page, which the browser shows
# inline; a masked decision's download is said to be its masked text.
pdf=$(curl -s "$U/api/search?q=seven+winters&type=research&lang=en" | json '[[h["doc"], h["page"]] for h in j["hits"] if h["path"].endswith(".pdf")][0]')
pdf_doc=$(echo "$pdf" | json 'j[0]')
pdf_page=$(echo "$pdf" | json 'j[1]')
http_get "$U/search?q=seven+winters&type=research&lang=en&ui=en"
check "a PDF hit links the original at its page" \
    body_has "<span class=\"pdf-page\"><a href=\"/file/$pdf_doc#page=$pdf_page\">Open the PDF at page $pdf_page</a></span>"
http_get "$U/file/$pdf_doc"
check "...which is sent inline, with a policy its viewer can draw under" \
    eval 'head_has "Content-Disposition: inline; filename=" && head_has "Content-Security-Policy: default-src '"'"'none'"'"'; object-src '"'"'self'"'"'"'
http_get "$U/doc/$first?ui=en"
check "a masked decision's download is labelled as its masked text" \
    body_has '" download>Download text (personal data masked)</a>'
check "...its English citation, with the court's Mongolian name, says it keeps that name" \
    body_has '<span class="cite-lang">In English (names in Mongolian, as the source writes them)</span>'

http_get "$U/provision/13.1.2"
check "/provision/13.1.2 heads the article with its Mongolian ordinal" \
    eval 'status_is 200 && body_has "<h1>Эрүүгийн хуулийн 13.1 дүгээр зүйл<br><small>13.1 дүгээр зүйл. Хүн худалдаалах</small></h1>"'
check "/provision shows the Mongolian and the English text" \
    eval 'body_has "<section class=\"panel code-text\" lang=\"mn\">" && body_has "<section class=\"panel code-text\" lang=\"en\">" && body_has "Article 13.1. Trafficking in persons"'
check "/provision/13.1.2 marks part 2 and its clauses" \
    eval 'body_has "<p class=\"part focus\" id=\"p-en-2\">2. Where the offence is committed:</p>" && body_has "<p class=\"part sub focus\" id=\"p-en-2-1\">"'
check "/provision/13.1.2 is cited pinpointed to the part" \
    eval 'body_has ">Эрүүгийн хуулийн 13.1 дүгээр зүйлийн 2 дахь хэсэг</span>" && body_has ">Criminal Code of Mongolia, Article 13.1, part 2</span>"'
http_get "$U/provision/13.1"
check "/provision/13.1 counts the decisions applying it" body_has '<p class="count" id="cited-count">8 шийдвэр</p>'
check "/provision/13.1 counts them by outcome, linked" \
    eval 'body_has "href=\"/search?type=decision&amp;article=13.1&amp;outcome=conviction\">Гэм буруутайд тооцсон (2)</a>"'
http_get "$U/search?q=13.1"
check "a provision number as the query links to its page" body_has '<a href="/provision/13.1">Эрүүгийн хуулийн 13.1 дүгээр зүйл</a>'
http_get "$U/search?q=&type=decision&page=2"
check "pagination: page 2 of 2 with a link back" eval 'body_has "2-р хуудас / нийт 2" && body_has "rel=\"prev\" href=\"/search?type=decision\""'


# A document longer than a viewer page holds is shown a stretch at a time
# (serve --doc-page-kb), each stretch linking the next, a unit's own page
# showing that unit; by default the demo's documents are shown whole.
code_doc=$(curl -s "$U/api/search?q=trafficking&type=code&lang=en&limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["hits"][0]["doc"])')
units=$(curl -s "$U/api/doc/$code_doc" | python3 -c 'import json,sys; print(" ".join(str(u["ordinal"]) for u in json.load(sys.stdin)["units"]))')
http_get "$U/doc/$code_doc?ui=en"
check "a demo document is shown whole by default" body_lacks 'class="doc-window"'
start_server --db "$tmpdir/demo-db" --doc-page-kb 1 || fail "a server with --doc-page-kb 1 starts" "$(tail -5 "$server_log")"
http_get "$U/doc/$code_doc?ui=en"
shown() { grep -o '<section class="unit[^"]*" id="u-[0-9]*"' "$tmpdir/body" | grep -o '[0-9]*"$' | tr -d '"' | tr '\n' ' '; }
first=$(shown)
check "a long document's first page says which parts it shows" eval "body_has 'A long document: parts 1 to ' && body_has 'Later parts'"
check "...and shows fewer units than the document has" \
    eval '[ "$(echo $first | wc -w)" -ge 1 ] && [ "$(echo $first | wc -w)" -lt "$(echo $units | wc -w)" ]'
later=$(grep -o 'href="/doc/[0-9a-f]*?from=[0-9]*">Later parts' "$tmpdir/body" | head -1 | sed 's/^href="//; s/">.*//')
http_get "$U$later&ui=en"
next=$(shown)
expect_eq "the next stretch starts where the first ended" "$(echo $units | tr ' ' '\n' | grep -n -x "$(echo $next | cut -d' ' -f1)" | cut -d: -f1)" \
    "$(( $(echo $first | wc -w) + 1 ))"
check "...and links back" body_has 'Earlier parts'
last=$(echo $units | tr ' ' '\n' | tail -1)
http_get "$U/doc/$code_doc-$last?ui=en"
check "a unit's own page shows that unit, focused" body_has "<section class=\"unit focus\" id=\"u-$last\""
