#!/usr/bin/env bash
# t70-legal.sh — legal structure end to end, with the real `zaalt`: the demo
# code's articles and parts, an article in two versions, decisions found by
# the provisions they cite (cites:) and by number (number:), facets counting
# documents; a decision of the 2002 Code's time counted under its own
# article; the real 2015 Criminal Code as text and rendered to PDF (every
# article its own unit with its heading, parts addressable), and real Akoma
# Ntoso files.  Real-document checks skip when ../shared is absent.
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
ask "$db" -- 'title:хувилбаруудтай' 'cites:16.6.1' 'cites:13.1.2.1 type:decision' 'cites:ЭХХШТХ:36.1' \
    'cites:2024/ШЦТ/67' 'number:2024/ШЦТ/67' 'number:2023/ШЦТ/215'
paths() { json 'sorted(h["path"] for h in j["hits"])'; }

# ---- Codes: articles and their parts --------------------------------------
r=$(s --filter lang:mn 'provision:13.1')
expect_eq "provision:13.1 finds the Mongolian demo article" "$(echo "$r" | paths)" '["code/eruugiin_khuuli_demo_mn.xml"]'
expect_eq "its label keeps the Mongolian form" "$(echo "$r" | json 'j["hits"][0]["label"]')" "13.1 дүгээр зүйл. Хүн худалдаалах"
r=$(s --filter lang:mn 'provision:13.1.2')
expect_eq "a part key finds its article unit" "$(echo "$r" | json '[h["provision"] for h in j["hits"]]')" '["13.1"]'
r=$(s --filter lang:mn 'provision:13.1.2.3')
expect_eq "a clause key finds its article unit" "$(echo "$r" | json '[h["provision"] for h in j["hits"]]')" '["13.1"]'
expect_eq "a part the article lacks finds nothing" "$(s --limit 0 'provision:13.1.9' | json 'j["total"]')" 0
r=$(s --filter lang:en --filter 'provision:Article 12.3(2)' '')
expect_eq "English spelling of a part key" "$(echo "$r" | json '[h["label"] for h in j["hits"]]')" '["Article 12.3. Sexual exploitation"]'

# ---- An article in two versions ------------------------------------------
vdoc=$(s 'title:хувилбаруудтай' | json 'j["hits"][0]["doc"]')
v=$("$ZAALT" show --db "$db" --json "$vdoc")
expect_eq "versions: two units of 13.13" "$(echo "$v" | json '[u["provision"] for u in j["units"] if u["provision"]]')" '["13.13", "13.13"]'
expect_contains "first version: fine possible" "$(echo "$v" | json '[u["text"] for u in j["units"] if u["provision"]][0]')" "торгох"
expect_contains "second version: debt bondage named" "$(echo "$v" | json '[u["text"] for u in j["units"] if u["provision"]][1]')" "өр тулгаж"
expect_eq "only the second version has part 2" \
    "$(s --limit 0 'provision:13.13.2' | json 'j["total"]')" 1

# ---- Citations ------------------------------------------------------------
# Every demo decision names 13.1, if only to say why it does not apply
# (the forced-labour and sexual-exploitation decisions reason so): cites:
# counts citing documents, article: the ones applying it.
r=$(s --limit 50 'cites:13.1 type:decision')
expect_eq "cites:13.1 counts documents, not references" "$(echo "$r" | json 'j["total"]')" 12
expect_eq "year facet counts documents, not references" \
    "$(echo "$r" | json '{v["value"]: v["count"] for v in j["facets"]["year"]}')" '{"2024": 6, "2022": 2, "2023": 2, "2021": 1, "2025": 1}'
r=$(s --limit 50 'article:13.1 type:decision')
expect_eq "article:13.1: the decisions applying it" "$(echo "$r" | json 'j["total"]')" 8
r=$(s 'cites:16.6.1')
expect_eq "cites:16.6.1 (a part): the decision and the review citing it" "$(echo "$r" | paths)" \
    '["decisions/2023_shtst_215_bayangol_mn.pdf", "decisions/2024_dsht_015_deed_shuukh_mn.xml"]'
r=$(s 'cites:13.1.2.1 type:decision')
expect_contains "any spelling: cites a clause" "$(echo "$r" | paths)" "decisions/2024_shtst_067_sukhbaatar_mn.xml"
expect_eq "the procedure law's 36.1 is not the Code's" "$(s --limit 0 'cites:36.1' | json 'j["total"]')" 0
expect_contains "the procedure law's 36.1, qualified" "$(s 'cites:ЭХХШТХ:36.1' | paths)" "decisions/2024_shtst_067_sukhbaatar_mn.xml"
r=$(s 'cites:2024/ШЦТ/67')
expect_eq "decisions citing a decision by number" "$(echo "$r" | paths)" \
    '["decisions/2024_dshm_734_capital_appeal_en.xml", "decisions/2024_dshm_734_niislel_mn.xml"]'
r=$(s 'number:2024/ШЦТ/67')
expect_eq "number: finds the decision itself" "$(echo "$r" | paths)" '["decisions/2024_shtst_067_sukhbaatar_mn.xml"]'
expect_eq "a decision found by number does not cite itself" "$(s --limit 0 'cites:2024/ШЦТ/122' | json 'j["total"]')" 0
r=$(s --limit 0 'level:appeal')
expect_eq "level: field, from XML and courts.tsv" "$(echo "$r" | json 'j["total"]')" 2

# ---- Decision metadata from PDF text: court in its canonical form --------
r=$(s 'number:2023/ШЦТ/215')
expect_eq "PDF decision: court normalised from capitals" "$(echo "$r" | json 'j["hits"][0]["court"]')" \
    "Баянгол дүүргийн Эрүүгийн хэргийн анхан шатны шүүх"

# ---- A decision of the 2002 Code's time ----------------------------------
# Its article keeps its Code: counted as 2002:113, found by article:2002:113
# (and its part), never as the 2015 Code's 11.3 or 13.1.
mkdir -p "$tmpdir/old"
cat >"$tmpdir/old/shiidver_2014.txt" <<'TXT'
Демо, зохиомол / Demonstration, fictional.
БАЯНГОЛ ДҮҮРГИЙН ЭРҮҮГИЙН ХЭРГИЙН АНХАН ШАТНЫ ШҮҮХ
ШИЙТГЭХ ТОГТООЛ
2014 оны 06 дугаар сарын 12 өдөр   Дугаар 2014/ШЦТ/321   Улаанбаатар хот
ТОГТООХ нь:
1. Шүүгдэгч Б-г Эрүүгийн хуулийн 113 дугаар зүйлийн 113.2.1-д заасан гэмт хэрэг үйлдсэн гэм буруутайд тооцсугай.
TXT
odb=$tmpdir/old.db
"$ZAALT" index -q --db "$odb" "$tmpdir/old" || fail "index a 2002 Code decision"
o() { "$ZAALT" search --db "$odb" --json "$@"; }
expect_eq "the 2002 Code's article in the article facet" \
    "$(o 'type:decision' | json '[v["value"] for v in j["facets"]["article"]]')" '["2002:113"]'
expect_eq "article:2002:113 and its part find it" \
    "$(o --limit 0 'article:2002:113' | json 'j["total"]'),$(o --limit 0 'article:2002:113.2' | json 'j["total"]')" "1,1"
expect_eq "...and the 2015 Code's articles do not" \
    "$(o --limit 0 'article:11.3' | json 'j["total"]'),$(o --limit 0 'article:13.1' | json 'j["total"]')" "0,0"

# The 2015 article that replaced 113 leads to it: the case law before 2017
# applied the older Code (concordance-2002-2015.tsv), under its own heading.
mkdir -p "$tmpdir/old/code"
cp corpus-config/demo/code/eruugiin_khuuli_demo_mn.xml "$tmpdir/old/code/"
"$ZAALT" index -q --db "$odb" "$tmpdir/old" || fail "index the demo code beside it"
old_doc=$(o --limit 1 'article:2002:113' | json 'j["hits"][0]["doc"]')
unit=$(o --limit 1 'type:code provision:13.1' | json 'j["hits"][0]["id"]')
expect_eq "show 13.1: decisions under 2002:113, its predecessor, checked" \
    "$("$ZAALT" show --db "$odb" --json "$unit" |
        json '[(c["key"], c["predecessor_of"], c["correspondence"], c["citing"][0]["doc"]) for c in j["cited_by"] if c.get("predecessor_of")]')" \
    '[["2002:113", "13.1", "checked", "'"$old_doc"'"]]'
expect_contains "...and its text says so" "$("$ZAALT" show --db "$odb" "$unit")" \
    "2002:113, the 2002 Code's article before 13.1: 1 document"
unit2=$(o --limit 1 'type:code provision:13.2' | json 'j["hits"][0]["id"]')
expect_eq "13.2 has no decision under its predecessor" \
    "$("$ZAALT" show --db "$odb" --json "$unit2" | json '[c["key"] for c in j["cited_by"] if c.get("predecessor_of")]')" "[]"
if command -v curl >/dev/null && start_server --db "$odb"; then
    http_get "$U/api/provision/13.1.2"
    check "/api/provision/13.1.2: the predecessor's decisions" \
        body_json "[(p['article'], p['correspondence'], p['total'], p['decisions'][0]['doc']) for p in j['predecessors']] == [('2002:113', 'checked', 1, '$old_doc')]"
    http_get "$U/api/provision/13.2"
    check "/api/provision/13.2: its predecessor is unverified, and no decision applies it" \
        body_json "[(p['article'], p['correspondence'], p['total']) for p in j['predecessors']] == [('2002:111', 'uncertain', 0)]"
    http_get "$U/provision/13.1"
    check "/provision/13.1: a panel of the decisions under article 113 of 2002" \
        body_has "2002 оны Эрүүгийн хуулийн 113 дугаар зүйлийг хэрэглэсэн шийдвэрүүд"
    check "...linking the decision" body_has "/doc/$old_doc"
    http_get "$U/doc/$unit"
    check "the article in the viewer has the panel too" body_has "113 дугаар зүйлийг хэрэглэсэн"
    stop_server
else
    fail "serve the 2002 decision beside the code"
fi

# ---- The real 2015 Criminal Code, as text and as a rendered PDF -----------
if have_shared; then
    code=$SHARED/mn/law/eruugiin_khuuli_2015.txt
    mkdir -p "$tmpdir/cc/txt" "$tmpdir/cc/pdf"
    ln -s "$(cd "$(dirname "$code")" && pwd)/$(basename "$code")" "$tmpdir/cc/txt/eruugiin_khuuli_2015.txt"
    # mkpdf joins consecutive lines into one paragraph: give every line its
    # own paragraph so headings stay at line starts ('%' and '#' lines are
    # mkpdf directives; the Code has none, and any would be escaped by a
    # leading space).
    sed -e 's/^\([%#]\)/ \1/' -e 's/$/\n/' "$code" >"$tmpdir/cc.src"
    if build/mkpdf "$tmpdir/cc.src" "$tmpdir/cc/pdf/eruugiin_khuuli_2015.pdf" 2>"$tmpdir/mkpdf.err"; then
        pass "Criminal Code rendered to PDF"
    else
        fail "Criminal Code rendered to PDF" "$(head -c 300 "$tmpdir/mkpdf.err")"
    fi
    for form in txt pdf; do
        cdb=$tmpdir/cc-$form.db
        "$ZAALT" index -q --follow-links --db "$cdb" "$tmpdir/cc/$form" || fail "index the Criminal Code ($form)"
        doc=$("$ZAALT" search --db "$cdb" --json --filter provision:13.1 '' | json 'j["hits"][0]["doc"]')
        d=$("$ZAALT" show --db "$cdb" --json "$doc")
        expect_eq "Criminal Code ($form): 287 articles" \
            "$(echo "$d" | json 'len([u for u in j["units"] if u["kind"] == "article"])')" 287
        expect_eq "Criminal Code ($form): trafficking-related articles with their headings" \
            "$(echo "$d" | json '[u["label"] for u in j["units"] if u["provision"] in ("12.3", "13.1", "13.13", "16.6")]')" \
            '["12.3 дугаар зүйл. Бэлгийн мөлжлөг", "13.1 дүгээр зүйл. Хүн худалдаалах", "13.13 дугаар зүйл. Албадан хөдөлмөрлүүлэх", "16.6 дугаар зүйл. Хүүхэд худалдах"]'
        expect_eq "Criminal Code ($form): provision:13.1.2 opens article 13.1" \
            "$("$ZAALT" search --db "$cdb" --json 'provision:13.1.2' | json '[h["label"] for h in j["hits"]]')" \
            '["13.1 дүгээр зүйл. Хүн худалдаалах"]'
        expect_eq "Criminal Code ($form): 16.6 cites 13.1 (\"13.1 дүгээр зүйлд заасан\")" \
            "$("$ZAALT" search --db "$cdb" --json --limit 300 'cites:13.1' | json '"16.6" in [h["provision"] for h in j["hits"]]')" True
    done
    pdfpage=$("$ZAALT" search --db "$tmpdir/cc-pdf.db" --json --filter provision:13.1 '' | json 'j["hits"][0]["page"] > 1')
    expect_eq "Criminal Code (pdf): 13.1 on a later page" "$pdfpage" True

    # Real Akoma Ntoso 1.0: the Kenyan act's articles by their <num>, with headings.
    mkdir -p "$tmpdir/akn"
    ln -s "$(cd "$SHARED" && pwd)/xml/akn1_ke_act_2003-12-10_main.xml" "$tmpdir/akn/"
    adb=$tmpdir/akn.db
    "$ZAALT" index -q --follow-links --db "$adb" "$tmpdir/akn" || fail "index Akoma Ntoso"
    kdoc=$("$ZAALT" search --db "$adb" --json '' | json 'j["hits"][0]["doc"]')
    k=$("$ZAALT" show --db "$adb" --json "$kdoc")
    expect_eq "AKN 1.0 act: articles by number" \
        "$(echo "$k" | json '[u["provision"] for u in j["units"] if u["kind"] == "article"][:6]')" '["1", "2", "3", "4", "5", "6"]'
    expect_contains "AKN 1.0 act: article 1 labelled with its heading" \
        "$(echo "$k" | json '[u["label"] for u in j["units"] if u["provision"] == "1"]')" "Short title"
else
    skip "real Criminal Code and Akoma Ntoso" "../shared/corpus is absent"
fi

# shared_laws NAME FILE...: links the real statutes FILE (.txt, of ../shared's
# mn/law or mn/law_other) into $tmpdir/NAME/law_other and writes
# $tmpdir/NAME.ini, whose index is $tmpdir/NAME.db; false when ../shared is
# absent or one of them is missing.
shared_laws() {
    local name=$1 f d found
    shift
    have_shared || return 1
    mkdir -p "$tmpdir/$name/law_other"
    for f in "$@"; do
        found=
        for d in law law_other; do
            [ -z "$found" ] && [ -f "$SHARED/mn/$d/$f.txt" ] &&
                ln -s "$(cd "$SHARED" && pwd)/mn/$d/$f.txt" "$tmpdir/$name/law_other/" && found=yes
        done
        [ -n "$found" ] || return 1
    done
    printf '[index]\ndb = %s\n[source s]\nroot = %s\ntype.code = law_other/*\n' \
        "$tmpdir/$name.db" "$tmpdir/$name" >"$tmpdir/$name.ini"
}

# ---- A law citing itself, its initials another law's --------------------
# The real Donor Law and Insurance Law are both ДТХ: the Donor Law's "энэ
# хуулийн 13.2" is its own article 13, never the Insurance Law's (which,
# the larger file, is indexed first and came first).
if shared_laws dtx donoryn_tukhai daatgalyn_tukhai; then
    "$ZAALT" index -q -j 1 --no-ocr --follow-links --config "$tmpdir/dtx.ini" || fail "index the two ДТХ laws"
    ddoc=$("$ZAALT" search --db "$tmpdir/dtx.db" --json 'title:донорын' | json 'j["hits"][0]["doc"]')
    d=$("$ZAALT" show --db "$tmpdir/dtx.db" --json "$ddoc")
    expect_eq "the Donor Law's own 13.2 (ДТХ, as the Insurance Law): within the law" \
        "$(echo "$d" | json '[(c["within"], c["target_doc"]) for c in j["cites"] if c["key"] == "ДТХ:13.2"]')" '[[true, null]]'
else
    skip "a law citing itself under shared initials" "../shared/corpus is absent"
fi

# ---- Laws of one acronym told apart by the name cited -------------------
# Initials are shared: Insurance and Bankruptcy are ДТХ, Construction and
# Education БТХ, Child Protection and Waste ХХТХ.  A citation that names
# the law ("Дампуурлын тухай хуулийн 11.2") links to that law, never to
# another of its initials (nor, in the Insurance Law, to its own 11.2), and
# a law's "cited by" counts only the citations that named it.
laws="daatgalyn_tukhai dampuurlyn_tukhai barilgyn_tukhai bolovsrolyn_tukhai baga_dund_bolovsrolyn_tukhai
ger_buliin_tukhai khuukhed_khamgaallyn_tukhai khog_khayagdlyn_tukhai"
# shellcheck disable=SC2086 # one name a word
if shared_laws acr $laws; then
    mkdir -p "$tmpdir/acr/decisions"
    echo 'type.decision = decisions/*' >>"$tmpdir/acr.ini"
    # Demonstration text written for this test, not a real decision.
    cat >"$tmpdir/acr/decisions/demo.txt" <<'DEMO'
ЖИШЭЭ / DEMONSTRATION ONLY
Сүхбаатар дүүргийн Эрүүгийн хэргийн анхан шатны шүүхийн шийтгэх тогтоол
Шүүх Хүүхэд хамгааллын тухай хуулийн 4.1.1-д заасныг харгалзан, Хог хаягдлын тухай хуулийн 9.1-д
заасан зөрчлийг тусад нь шийдвэрлэхээр шилжүүлэв.
DEMO
    "$ZAALT" index -q -j 2 --no-ocr --follow-links --config "$tmpdir/acr.ini" || fail "index the laws of shared initials"
    doc_of() { "$ZAALT" search --db "$tmpdir/acr.db" --json --limit 20 "$1" |
        json "[h['doc'] for h in j['hits'] if h['path'].endswith('$2')][0]"; }
    target_of() { # the titles a document's citation of KEY links to
        "$ZAALT" show --db "$tmpdir/acr.db" --json "$1" |
            json "sorted(set(c['label'] and c['target_doc'] or ('within' if c.get('within') else None) for c in j['cites'] if c['key'] == '$2'))"
    }
    title_of() { "$ZAALT" show --db "$tmpdir/acr.db" --json "$1" | json 'j["title"]'; }
    ins=$(doc_of 'type:code даатгал' daatgalyn_tukhai.txt)
    bank=$(doc_of 'type:code дампуурал' dampuurlyn_tukhai.txt)
    edu=$(doc_of 'type:code боловсрол' /bolovsrolyn_tukhai.txt)
    school=$(doc_of 'type:code боловсрол' baga_dund_bolovsrolyn_tukhai.txt)
    fam=$(doc_of 'type:code гэр бүл' ger_buliin_tukhai.txt)
    child=$(doc_of 'type:code хүүхэд хамгаалал' khuukhed_khamgaallyn_tukhai.txt)
    waste=$(doc_of 'type:code хог хаягдал' khog_khayagdlyn_tukhai.txt)
    dec=$(doc_of 'type:decision' demo.txt)
    expect_eq "the Insurance Law's 'Дампуурлын тухай хуулийн 11.2' (ДТХ:11.2): the Bankruptcy Law" \
        "$(target_of "$ins" ДТХ:11.2)" "[\"$bank\"]"
    expect_eq "the school law's 'Боловсролын тухай хуулийн 44.2' (БТХ:44.2): the Education Law, not Construction" \
        "$(target_of "$school" БТХ:44.2)" "[\"$edu\"]"
    expect_eq "the Family Law's 'Хүүхэд хамгааллын тухай хуулийн 4.1.1': Child Protection, not Waste" \
        "$(target_of "$fam" ХХТХ:4.1.1)" "[\"$child\"]"
    expect_eq "a decision's Child Protection 4.1.1 and Waste 9.1: each its own law" \
        "$(target_of "$dec" ХХТХ:4.1.1) $(target_of "$dec" ХХТХ:9.1)" "[\"$child\"] [\"$waste\"]"
    cited() { # the documents the law DOC's "cited by" lists for KEY
        "$ZAALT" show --db "$tmpdir/acr.db" --json "$1" |
            json "sorted(x['doc'] for c in j['cited_by'] if c['key'] == '$2' for x in c['citing'])"
    }
    expect_eq "Child Protection's 4 is cited by the Family Law and the decision" \
        "$(cited "$child" ХХТХ:4)" "$(python3 -c 'import json,sys; print(json.dumps(sorted(sys.argv[1:])))' "$fam" "$dec")"
    expect_eq "the Waste Law's 4 is cited by neither (they named Child Protection)" \
        "$(cited "$waste" ХХТХ:4 | grep -c -e "$fam" -e "$dec")" "0"
    build=$(doc_of 'type:code барилга' barilgyn_tukhai.txt)
    first_hit() { "$ZAALT" search --db "$tmpdir/acr.db" --json --limit 1 "$1" | json 'j["hits"][0]["doc"]'; }
    expect_eq "a search for 'Барилгын тухай хуулийн 8 дугаар зүйл' opens with the Construction Law's 8" \
        "$(first_hit 'Барилгын тухай хуулийн 8 дугаар зүйл')" "$build"
    expect_eq "a search for 'Боловсролын тухай хуулийн 8.1' opens with the Education Law's 8" \
        "$(first_hit 'Боловсролын тухай хуулийн 8.1')" "$edu"
    expect_eq "a search typed in lower case, the law in the nominative, opens with Child Protection's article 4" \
        "$("$ZAALT" search --db "$tmpdir/acr.db" --json --limit 1 'хүүхэд хамгааллын тухай хууль 4 дүгээр зүйл' |
            json '[j["hits"][0]["doc"], j["hits"][0]["provision"]]')" "[\"$child\", \"4\"]"
    first_of() { "$ZAALT" search --db "$tmpdir/acr.db" --json --limit 1 "$1" | json '[j["hits"][0]["doc"], j["hits"][0]["provision"]]'; }
    expect_eq "a search naming the Education Law (БТХ, as Construction) opens with its article 1" \
        "$(first_of 'Боловсролын тухай хууль')" "[\"$edu\", \"1\"]"
    expect_eq "...the Construction Law's name, typed in lower case, with the Construction Law's" \
        "$(first_of 'барилгын тухай хууль')" "[\"$build\", \"1\"]"
    expect_eq "...Child Protection's (ХХТХ, as Waste), in the genitive, with Child Protection's" \
        "$(first_of 'Хүүхэд хамгааллын тухай хуулийн')" "[\"$child\", \"1\"]"
    expect_eq "the Waste Law's 9 is cited by the decision" \
        "$(cited "$waste" ХХТХ:9 | grep -c -e "$dec")" "1"
    # The viewer's "Decisions citing it" of an article of such a law.
    art_unit() { "$ZAALT" show --db "$tmpdir/acr.db" --json "$1" | json "[u['id'] for u in j['units'] if u.get('provision') == '$2'][0]"; }
    if command -v curl >/dev/null && start_server --db "$tmpdir/acr.db"; then
        cited_panel() { # the links of the page's "Decisions citing it"
            sed -n '/<section class="panel cited-by"/,/<\/section>/p' "$tmpdir/body" | grep -o 'href="/doc/[^"]*"' | tr '\n' ' '
        }
        http_get "$U/doc/$(art_unit "$child" 4)"
        expect_eq "Child Protection's article 4 in the viewer: the decision that named it cites it" \
            "$(cited_panel)" "href=\"/doc/$dec\" "
        http_get "$U/doc/$(art_unit "$waste" 4)"
        expect_eq "the Waste Law's article 4: no decision" "$(cited_panel)" ""
        check "...and the panel says so" body_has "Үүнийг иш татсан шийдвэр сан дотор алга."
        http_get "$U/doc/$(art_unit "$waste" 9)"
        expect_eq "the Waste Law's article 9: the decision" "$(cited_panel)" "href=\"/doc/$dec\" "
        stop_server
    else
        fail "serve the laws of shared initials"
    fi
else
    skip "laws of one acronym told apart" "../shared/corpus is absent"
fi

# ---- A list of one law's provisions, and inserted articles printed flat ----
# The Infringement Procedure Law lists the Infringement Law's provisions
# mixing parts and clauses ("5.11 дүгээр зүйлийн 1.5 дахь заалт, 4, 6 дахь
# хэсэг, 5.12 дугаар зүйлийн 1 дэх хэсэг …"): all of them are that law's,
# not its own.  A plain text prints an inserted article's superscript flat
# ("Их Хурлын чуулганы хуралдааны дэгийн тухай хуулийн 161.1" for 16¹.1;
# the Cooperatives Law's "энэ хуулийн … 261.3" for its own 26¹.3): the
# citation reaches that article, and the article's "cited by" counts it.
laws2="zorchil_shalgan_shiidverlekh_tukhai zorchliin_tukhai khuuli_togtoomjiin_tukhai khorshoony_tukhai
mongol_ulsyn_ikh_khurlyn_chuulgany_khuraldaany_degiin_tukhai"
# shellcheck disable=SC2086 # one name a word
if shared_laws flat $laws2; then
    "$ZAALT" index -q -j 2 --no-ocr --follow-links --config "$tmpdir/flat.ini" || fail "index the laws of lists and inserted articles"
    fdoc() { "$ZAALT" search --db "$tmpdir/flat.db" --json --limit 20 'type:code' |
        json "[h['doc'] for h in j['hits'] if h['path'].endswith('/$1.txt') or h['path'] == '$1.txt'][0]"; }
    fshow() { "$ZAALT" show --db "$tmpdir/flat.db" --json "$1"; }
    proc=$(fdoc zorchil_shalgan_shiidverlekh_tukhai)
    infr=$(fdoc zorchliin_tukhai)
    leg=$(fdoc khuuli_togtoomjiin_tukhai)
    coop=$(fdoc khorshoony_tukhai)
    sess=$(fdoc mongol_ulsyn_ikh_khurlyn_chuulgany_khuraldaany_degiin_tukhai)
    fshow "$proc" >"$tmpdir/proc.json"
    expect_eq "the Infringement Procedure Law's list: the Infringement Law's 5.11.6, 5.12.1, 5.12.3 and 6.18.4, linked there" \
        "$(json "sorted(set((c['key'], c['target_doc'] == '$infr') for c in j['cites'] if c['key'] in ('ЗТХ:5.11.6', 'ЗТХ:5.12.1', 'ЗТХ:5.12.3', 'ЗТХ:6.18.4')))" <"$tmpdir/proc.json")" \
        '[["ЗТХ:5.11.6", true], ["ЗТХ:5.12.1", true], ["ЗТХ:5.12.3", true], ["ЗТХ:6.18.4", true]]'
    expect_eq "...and none of them taken for its own" \
        "$(json "[c['key'] for c in j['cites'] if c['key'] in ('ЗШШТХ:5.12.1', 'ЗШШТХ:5.16', 'ЗШШТХ:6.18.4')]" <"$tmpdir/proc.json")" '[]'
    expect_eq "the Law on Legislation's 'дэгийн тухай хуулийн 161.1' links to the session law's article 16¹" \
        "$(fshow "$leg" | json "[(c['target_doc'] == '$sess', c['label'][:22]) for c in j['cites'] if c['key'] == 'ИХЧХДТХ:161.1']")" \
        '[[true, "16¹ дүгээр зүйл. Улсын"]]'
    expect_eq "the Cooperatives Law's own '261.3' is its article 26¹ (within the law)" \
        "$(fshow "$coop" | json "[(c['key'], c.get('within')) for c in j['cites'] if c['key'].startswith('ХТХ:26^1') or c['key'].startswith('ХТХ:261')]")" \
        '[["ХТХ:26^1.3", true]]'
    expect_eq "the session law's article 16¹ is cited by the Law on Legislation" \
        "$(fshow "$sess" | json "['$leg' in [x['doc'] for c in j['cited_by'] if c['key'] == 'ИХЧХДТХ:16^1' for x in c['citing']]]")" '[true]'
else
    skip "lists of another law's provisions, inserted articles printed flat" "../shared/corpus is absent"
fi

# ---- Another country's law and court cite their own articles ---------------
# A UK Court of Appeal judgment (Akoma Ntoso, FRBRcountry GB-UKM) writes
# "article 12.1 and 12.2" of the trafficking convention, a Canadian bill
# (Justice Canada XML) "articles 279.01 à 279.03" of its Criminal Code: no
# law named, yet neither is the Mongolian Criminal Code (13.1, 2002:279.01),
# while the research paper on Mongolia's sentencing keeps its "Article 6.5.1".
uk="$SHARED/en/decisions/ewca_civ_2020_1746_MN_v_SSHD.akn.xml"
ca="$SHARED/en/law/ca_sc_2015_c16_exploitation_and_trafficking.xml"
mnres="$SHARED/en/research/mongolia_sentencing_disparities_manuscript.md"
if have_shared && [ -f "$uk" ] && [ -f "$ca" ] && [ -f "$mnres" ]; then
    mkdir -p "$tmpdir/foreign"
    for f in "$uk" "$ca" "$mnres"; do ln -s "$(cd "$(dirname "$f")" && pwd)/$(basename "$f")" "$tmpdir/foreign/"; done
    "$ZAALT" index -q -j 1 --no-ocr --follow-links --db "$tmpdir/foreign.db" "$tmpdir/foreign" || fail "index the foreign documents"
    codes_cited() { # the unqualified (Mongolian Code) keys the document at PATH cites
        d=$("$ZAALT" search --db "$tmpdir/foreign.db" --json --limit 10 "$1" | json "[h['doc'] for h in j['hits'] if h['path'].endswith('$2')][0]")
        "$ZAALT" show --db "$tmpdir/foreign.db" --json "$d" | json "sorted(c['key'] for c in j['cites'] if ':' not in c['key'] or c['key'].startswith('2002:'))"
    }
    expect_eq "the UK judgment cites no article of the Mongolian Code" "$(codes_cited 'type:decision' MN_v_SSHD.akn.xml)" '[]'
    expect_eq "...and its convention's articles stay its own (ECAT:12.1)" \
        "$("$ZAALT" search --db "$tmpdir/foreign.db" --json 'cites:ECAT:12.1' | json 'j["total"]')" '1'
    expect_eq "the Canadian bill cites no article of the Mongolian 2002 Code" "$(codes_cited 'type:code' exploitation_and_trafficking.xml)" '[]'
    expect_eq "the trafficking article 13.1 is cited by neither" \
        "$("$ZAALT" search --db "$tmpdir/foreign.db" --json 'cites:13.1' | json 'j["total"]')" '0'
    expect_eq "the paper on Mongolia's sentencing still cites the Code's 6.5.1 and 6.1.2" \
        "$(codes_cited 'sentencing' disparities_manuscript.md | json '[k for k in j if k in ("6.5.1", "6.1.2")]')" '["6.1.2", "6.5.1"]'
else
    skip "another country's law and court cite their own articles" "../shared/corpus is absent"
fi

# ---- A citation of a repealed part says so, of any law ---------------------
# The Customs Law's 97.3 cites its own 97.2, repealed in 2010; the Education
# Law cites the Licensing Law's 16.3.3, repealed in 2006.  Both articles
# are in force, their parts are not: the link is of a repealed part (a
# unit's parts are keyed by their numbers, another law's key by its law).
if shared_laws parts gaaliin_tukhai bolovsrolyn_tukhai aj_akhuin_uil_ajillagaany_tusgai_zovshoorliin_tukhai; then
    "$ZAALT" index -q -j 2 --no-ocr --follow-links --config "$tmpdir/parts.ini" || fail "index the laws of repealed parts"
    link_status() { # a document's links of KEY: status, day, whether within
        d=$("$ZAALT" search --db "$tmpdir/parts.db" --json --limit 10 'type:code' | json "[h['doc'] for h in j['hits'] if h['path'].endswith('/$1.txt')][0]")
        "$ZAALT" show --db "$tmpdir/parts.db" --json "$d" |
            json "[(c['status'], c['repealed_on'], bool(c.get('within') or c.get('target_doc'))) for c in j['cites'] if c['key'] == '$2']"
    }
    expect_eq "the Customs Law's own 97.2: a repealed part, since 2010-05-20" \
        "$(link_status gaaliin_tukhai ГТХ:97.2)" '[["repealed", "2010-05-20", true]]'
    expect_eq "the Education Law's Licensing Law 16.3.3: a repealed part, since 2006-12-08" \
        "$(link_status bolovsrolyn_tukhai ААҮАТЗТХ:16.3.3)" '[["repealed", "2006-12-08", true]]'
else
    skip "a citation of a repealed part says so, of any law" "../shared/corpus is absent"
fi
