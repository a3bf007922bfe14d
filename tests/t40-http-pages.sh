#!/usr/bin/env bash
# t40-http-pages.sh — `zaalt serve`'s HTML pages over a two-file fixture (one
# Mongolian, one English document; lib.sh's http_fixture): the start page
# and its language, the results page (hits, snippets, facets, sort, filters
# and their chips, no results, syntax errors worded in the page's
# language), the document viewer and its match walking, originals, the
# page frame, and escaping of whatever the request holds.  Not for: headers
# and caching (t41), the JSON API (t42), the demo corpus's legal pages
# (t43), ranking or analysis quality (the search tests).
. tests/lib.sh

http_fixture

# ---- start page ----
http_get "$U/"
check "GET / is 200 with a search form" eval 'status_is 200 && body_has "<form" && body_has "action=\"/search\"" && body_has "name=\"q\"" && body_has "<button type=\"submit\""'
check "GET / is in Mongolian by default" eval 'body_has "<html lang=\"mn\">" && body_has "Хайх"'
check "GET / labels the search box" body_has '<label for="q">'
http_get "$U/?ui=en"
check "?ui=en switches to English and sets a cookie" eval 'body_has "<html lang=\"en\">" && head_has "Set-Cookie: ui=en"'
http_get "$U/" -H 'Cookie: ui=en'
check "the ui cookie is remembered" body_has '<html lang="en">'

# ---- results page ----
http_get "$U/search?q=trafficking"
esc_title=$(python3 -c 'import html, sys; print(html.escape(sys.argv[1], quote=True))' "$en_title") || true
check "/search shows the hit's title" eval 'status_is 200 && [ -n "$en_title" ] && body_has "$esc_title"'
check "/search shows a highlighted snippet" body_has '<mark>'
check "/search links the hit to its unit" body_has "href=\"/doc/$en_unit"
check "/search counts documents" body_has '1 баримт'
check "/search facet values link to a refined search" \
    eval 'grep -qE "href=\"/search\?q=trafficking&amp;(type|lang|year)=" "$tmpdir/body" || { why="no facet link"; false; }'

http_get "$U/search?q=zzqqxxnothing"
check "/search with no hits is a friendly 200 page" eval 'status_is 200 && body_has "class=\"none\""'

http_get "$U/search?q=%3Cscript%3Ealert(1)%3C/script%3E"
check "/search escapes an injected <script>" \
    eval 'body_lacks "<script>alert" && body_has "&lt;script&gt;alert(1)&lt;/script&gt;"'
http_get "$U/search?q=x&type=%22%3E%3Cimg%20src=x%3E"
check "/search escapes injected filter values" body_lacks '<img src=x>'

http_get "$U/search?q=%22unbalanced"
check "/search with a malformed query is a 400 page showing the message" \
    eval 'status_is 400 && body_has "class=\"detail\""'
check "the message of a Mongolian page is in Mongolian, with its place" \
    body_has '<p class="detail">энд эхэлсэн хэллэгийн хашилт хаагдаагүй байна (1 дэх тэмдэгт)</p>'
http_get "$U/search?q=court%3A%20OR&ui=en"
check "the message of an English page is the library's own" \
    body_has '<p class="detail">&apos;court:&apos; has no value after the colon (at character 1)</p>'
# Every kind of syntax error reads in Mongolian on a Mongolian page.
for q in '%22abc' 'court%3A' '%28%29' '%28a' 'a%29' 'AND%20a' 'a%20AND' 'NOT' 'OR' 'year%3A' \
    'a%20-' 'status%3Afoo' 'court%3A*' 'date%3A2020-02-30' '%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28a%29%29%29%29%29%29%29%29%29%29%29%29%29%29%29%29%29%29%29%29%29%29%29%29%29%29%29%29%29%29%29%29%29'; do
    http_get "$U/search?q=$q"
    check "syntax error for '$q' worded in Mongolian" \
        eval 'status_is 400 && body_has "class=\"detail\"" &&
              ! grep -o "<p class=\"detail\">[^<]*" "$tmpdir/body" | sed "s/^<p class=.detail.>//; s/«[^»]*»//g" | grep -qE "[a-z]{3,}"'
done
http_get "$U/search?q=foo:bar"
check "an unknown field named in Mongolian" body_has 'гэсэн талбар байхгүй (талбарууд:'
http_get "$U/search?q=%28a%20OR"
check "an operator's error in Mongolian" body_has 'OR үйлдлийн дараа үг эсвэл хэллэг бичнэ үү'

# ---- documents ----
http_get "$U/doc/$en_unit"
check "/doc/UNIT shows the document's text" \
    eval 'status_is 200 && body_has "$esc_title" && body_has "id=\"u-0\"" && body_has "northern border"'
http_get "$U/doc/$en_doc?q=victims"
check "/doc/ID?q= lists the matching parts" eval 'status_is 200 && body_has "class=\"matches\"" && body_has "<mark>"'
http_get "$U/doc/UNKNOWN"
check "/doc/UNKNOWN is 404" status_is 404

# ---- originals ----
http_get "$U/file/$en_doc"
check "/file/DOCID sends the original's bytes" \
    eval 'status_is 200 && cmp -s "$tmpdir/body" "$corpus/en/persons.txt" || { why="status $status or bytes differ"; false; }'
check "/file/DOCID has a content type and a safe filename" \
    eval 'head_has "Content-Type: text/plain" && head_has "Content-Disposition: attachment; filename=\"persons.txt\""'
http_get "$U/file/../../etc/passwd" --path-as-is
check "/file/../../etc/passwd is 404" eval 'status_is 404 && body_lacks "root:"'
http_get "$U/file/..%2F..%2Fetc%2Fpasswd"
check "/file/ with an encoded path is 404" eval 'status_is 404 && body_lacks "root:"'

# ---- pages: frame, accessibility, no inline script ----
http_get "$U/search?q=trafficking"
check "pages have a skip link to main" eval 'body_has "<a class=\"skip\" href=\"#main\">" && body_has "<main id=\"main\""'
check "pages load the one external script, never inline script" \
    eval 'body_has "<script src=\"/static/zaalt.js?v=" && [ "$(grep -c "<script" "$tmpdir/body")" = 1 ]'
check "query syntax help is one click away (details)" eval 'body_has "<details class=\"syntax\">" && body_has "year:2020..2024"'
check "result count and time" eval 'grep -qE "1 баримт олдлоо \([0-9]+ мс\)" "$tmpdir/body" || { why="no count line"; false; }'

# ---- results page: sort, filters, chips, no results, syntax errors ----
http_get "$U/search?q=&sort=newest"
check "sort is offered and kept" eval 'body_has "<option value=\"newest\" selected>" && body_has "<select id=\"sort\" name=\"sort\" data-autosubmit>"'
http_get "$U/search?q=&lang=en&year=2000..2100"
check "a year range filter shows a removable chip" \
    eval 'body_has "class=\"chip\" data-field=\"year\" href=\"/search?lang=en\"" && body_has "2000–2100"'
http_get "$U/search?q=&year_from=1990&year_to=1995"
check "the year range form becomes year=1990..1995 and finds nothing" \
    eval 'body_has "class=\"none\"" && body_has "data-field=\"year\""'
check "no results: a link without the filter" body_has 'class="suggest without"'
http_get "$U/search?q=trafficking&lang=mn"
check "no results: each filter can be removed by a link" eval 'body_has "<del><a href=\"/search?q=trafficking\">"'
http_get "$U/search?q=%D1%85%D0%BE%D1%85%D0%B8%D1%80%D0%BE%D0%B3%D1%87%20%D1%85%D1%83%D0%BB%D0%B3%D0%B0%D0%B9%D1%87%D0%BB%D0%BB"
check "a word no document has is named as left out" \
    eval 'body_has "<p class=\"dropped\" role=\"status\">" && body_has "<del>хулгайчлл</del>" && body_has "<ol class=\"hits\">"'
http_get "$U/search?q=%D0%B6%D1%8B%D1%89%D1%86%D1%8D%D1%85%20%D0%BA%D1%8A%D0%B6%D1%8B%D1%89%D1%8C&ui=en"
check "every word in no document: said so, not that it searched without them" \
    eval 'body_has ">No document has any of these words: <del>жыщцэх</del> <del>къжыщь</del></p>" && body_lacks "so they were left out"'
http_get "$U/search?q=ukulele%20harpsichord&ui=en"
check "...nor of English words it cannot translate" \
    eval 'body_has ">No document found; Zaalt cannot translate these English words" && body_lacks "searched without these English"'
http_get "$U/search?q=3.2&type=research"
check "a provision number filtered to research offers no Code article" body_lacks 'class="shortcut"'
http_get "$U/search?q=3.2"
check "...unfiltered it does" body_has '<p class="shortcut">→ <a href="/provision/3.2">'
# Over the query bound: the words come back in the box, cut at a word.
over=$(python3 -c "print('+'.join(['sentencing'] * 30))")
http_get "$U/search?q=$over&type=decision&ui=en"
cut=$(python3 -c "print(' '.join(['sentencing'] * 23))")
check "a search over 256 characters is 400 in the results page's layout, its words cut at a word" \
    eval 'status_is 400 && body_has "maxlength=\"256\" autocomplete=\"off\" list=\"q-suggest\" value=\"$cut\">" &&
          body_has "<input type=\"hidden\" name=\"type\" value=\"decision\">" && body_has "edit it and search again"'
long=$(python3 -c "import urllib.parse; print(urllib.parse.quote(' '.join(['хохирогч'] * 50)))")
http_get "$U/search?q=$long&ui=en"
cut=$(python3 -c "print(' '.join(['хохирогч'] * 28))")
check "a search whose address passes 2,048 bytes is 414 with its words given back" \
    eval 'status_is 414 && body_has "list=\"q-suggest\" value=\"$cut\">" && body_has "over 2,048 bytes"'
http_get "$U/search?q=$long"
check "...in Mongolian too" body_has 'үгийн заагаар 256 тэмдэгт хүртэл'
# The other alphabet's spelling of a full-length query is longer: the link
# is cut to what a search may be.
full=$(python3 -c "import urllib.parse; print(urllib.parse.quote(' '.join(['жыщцэхү'] * 32)))")
http_get "$U/search?q=$full"
check "the other-alphabet link of a full-length query is within the bound" \
    python3 -c 'import re, sys, urllib.parse, html
m = re.search(r"class=\"suggest script\">[^<]*<a href=\"([^\"]*)\"", open(sys.argv[1]).read())
q = urllib.parse.parse_qs(urllib.parse.urlparse(html.unescape(m.group(1))).query)["q"][0] if m else ""
sys.exit(0 if 200 < len(q) <= 256 and not q.endswith(" ") else 1)' "$tmpdir/body"
http_get "$U/search?q=shuukh"
check "no results in Latin: try Cyrillic" eval 'body_has "class=\"suggest script\"" && body_has "\">шуух</a>"'
http_get "$U/search?q=abc%20%22def"
check "a syntax error shows the query with the place marked" \
    eval 'status_is 400 && body_has "<pre class=\"query-echo\">abc <span class=\"at\">&quot;</span>def</pre>"'

# ---- document viewer: highlights, match walking, citation ----
http_get "$U/doc/$en_doc?q=victims%20shelters"
check "/doc/ID?q= marks every match with a numbered id" eval 'body_has "<mark id=\"m-1\" tabindex=\"-1\">victims</mark>" && body_has "<mark id=\"m-2\" tabindex=\"-1\">shelters</mark>"'
check "each match links to the next, the last back to the first" \
    eval 'body_has "</mark><a class=\"nm\" href=\"#m-2\"" && body_has "</mark><a class=\"nm\" href=\"#m-1\""'
check "the viewer says how many matches and links the first" eval 'body_has "Баримтад 2 илэрц тодруулсан" && body_has "href=\"#m-1\">"'
check "the viewer searches within the document" eval 'body_has "<form class=\"inline within\" action=\"/doc/$en_doc\""'
check "the viewer offers a citation in both languages" \
    eval 'body_has "id=\"cite-mn\" lang=\"mn\">«" && body_has "id=\"cite-en\" lang=\"en\">" && body_has "data-copy=\"cite-en\""'
http_get "$U/doc/$en_doc"
check "/doc/ID without q has no marks" body_lacks '<mark'

# ---- the year facet: a histogram of every year, in year order ----
# Eighteen years, more than the 15 values the other facets show: 2001–2018
# with (year mod 3) + 1 documents each, on a server of their own.
mkdir -p "$tmpdir/years"
for y in $(seq 2001 2018); do
    for k in $(seq $((y % 3 + 1))); do
        printf 'Шийдвэр %s-%s\n\n%s оны 3 дугаар сарын 15-ны өдөр\n\nХүн худалдаалах хэргийн жишээ %s.\n' \
            "$y" "$k" "$y" "$k" >"$tmpdir/years/d$y-$k.txt"
    done
done
main_url=$U main_pid=$server_pid main_log=$server_log
"$ZAALT" index -q --db "$tmpdir/ydb" "$tmpdir/years" || fail "index eighteen years"
if start_server --db "$tmpdir/ydb"; then
    want=$(for y in $(seq 2018 -1 2001); do printf '%s:%s ' "$y" $((y % 3 + 1)); done)
    bars() {  # year:count of each bar, in the page's order
        python3 -c 'import re, sys
print(" ".join("%s:%s" % m for m in re.findall(r"<li><a href=\"[^\"]*\" data-year=\"(\d{4})\"[^>]*>.*?<span class=\"n\">(\d+)", open(sys.argv[1]).read())), end=" ")' "$tmpdir/body"
    }
    http_get "$U/search?q="
    expect_eq "the year histogram shows every year, newest first, with its count" "$(bars)" "$want"
    check "each bar is named by its year and count" \
        eval 'body_has "data-year=\"2018\" aria-label=\"2018 он: 3 баримт\">" && body_has "data-year=\"2016\" aria-label=\"2016 он: 1 баримт\">"'
    check "a bar's length follows its count (3 of 3: w20; 2: w14; 1: w7)" \
        eval 'body_has ">2018</span><span class=\"track\" aria-hidden=\"true\"><span class=\"bar w20\">" &&
              body_has ">2017</span><span class=\"track\" aria-hidden=\"true\"><span class=\"bar w14\">" &&
              body_has ">2016</span><span class=\"track\" aria-hidden=\"true\"><span class=\"bar w7\">"'
    check "a bar adds its year as a filter" body_has '<a href="/search?year=2016" data-year="2016"'
    check "the other facets stay lists" \
        eval 'grep -A2 "^<section data-facet=\"type\">" "$tmpdir/body" | grep -qx "<ul>" || { why="type is no <ul>"; false; }'
    http_get "$U/api/search?q=&limit=0"
    check "the JSON keeps its facet by count, all eighteen years" \
        body_json '[v["count"] for v in j["facets"]["year"]][:6] == [3] * 6 and len(j["facets"]["year"]) == 18'
    http_get "$U/search?q=&year=2017&ui=en"
    check "the chosen year stays marked and removes itself" \
        body_has '<a href="/search" data-year="2017" aria-label="2017: 2 documents (remove filter)" class="current" aria-current="true" title="remove filter">'
    expect_eq "with a year chosen, its bar alone" "$(bars)" "2017:2 "
    stop_server
else
    fail "serve eighteen years" "$(tail -3 "$server_log")"
fi
U=$main_url server_pid=$main_pid server_log=$main_log

# ---- the access log leaves out what was asked ----
stop_server
check "the access log leaves out query strings" \
    eval '! grep -qiE "trafficking|victims|script|unbalanced|zzqq" "$server_log" || { why="$(grep -iE "trafficking|victims|script" "$server_log" | head -2)"; false; }'
