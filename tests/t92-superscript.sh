#!/usr/bin/env bash
# t92-superscript.sh — provisions an amendment inserted, numbered with a
# superscript (article 48¹ between 48 and 49, point 6.1.1¹ between 6.1.1
# and 6.1.2), end to end on statutes of our own (Demo (fictional), in
# tests/data/superscript and a Word file written here): each is a unit or
# part of its own under a key no other number has (48^1, never 481), in
# order after its base, labelled as written (48¹ дүгээр зүйл), its notes on
# it, found by its citations (48¹ дүгээр зүйл, 6.1.1¹-д) and by a query typed
# 48¹ or 48^1, from plain text, HTML <sup> and Word superscript runs; the
# Code's provision page and JSON open such an article by its key.
. tests/lib.sh

laws=$tmpdir/laws
mkdir -p "$laws"
cp tests/data/superscript/* "$laws"/
# A Word statute whose inserted numbers are superscript runs (w:vertAlign),
# and a superscript after a word that is no number's (a footnote's mark).
python3 - "$laws/nooluur.docx" <<'PY'
import sys, zipfile
def run(t, sup=False):
    rpr = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>' if sup else ''
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, t)
def para(*runs):
    return '<w:p>%s</w:p>' % ''.join(runs)
body = ''.join([
    para(run('МОНГОЛ УЛСЫН ХУУЛЬ')),
    para(run('2011 оны 3 дугаар сарын 10-ны өдөр')),
    para(run('ТЭМЭЭНИЙ НООЛУУРЫН ТУХАЙ')),
    para(run("(Demo (fictional): written for Zaalt's tests, not a real law)")),
    para(run('7 дугаар зүйл.Бэлтгэл')),
    para(run('7.1.Ноолуурыг хаврын улиралд самнана.')),
    para(run('7.1'), run('1', True), run('.Самнасан ноолуурыг бүртгэнэ.')),
    para(run('7.11.Бусад.')),
    para(run('8 дугаар зүйл.Тээвэр')),
    para(run('8.1.Ноолуурыг битүү саванд тээвэрлэнэ.')),
    para(run('8'), run('1', True), run(' дүгээр зүйл.Хадгалалт')),
    para(run('8'), run('1', True), run('.1.Ноолуурыг хуурай агуулахад хадгална. Энэ хуулийн 7.1'), run('1', True),
         run('-д заасан бүртгэлийг хөтөлнө.')),
    para(run('9 дүгээр зүйл.Хариуцлага'), run('2', True)),
    para(run('9.1.Хариуцлага хүлээлгэнэ.')),
])
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
doc = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="%s"><w:body>%s</w:body></w:document>' % (W, body)
ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>')
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', ct)
    z.writestr('_rels/.rels', rels)
    z.writestr('word/document.xml', doc)
PY

db=$tmpdir/db
"$ZAALT" index --db "$db" "$laws" >"$tmpdir/index.log" 2>&1 || fail "index the statutes" "$(tail -2 "$tmpdir/index.log")"
s() { "$ZAALT" search --db "$db" --json "$@"; }
doc_of() { s -n 50 'status:any' | json "[h['doc'] for h in j['hits'] if h['path'].endswith('$1')][0]"; }
show() { "$ZAALT" show --db "$db" --json "$(doc_of "$1")"; }
hits() { json '[(h["path"], h["provision"]) for h in j["hits"]]'; }

# ---- Plain text: an article and a point inserted --------------------------
t=$(show zogii.txt)
expect_eq "text: the inserted article is a unit of its own, after 48, before 49" \
    "$(echo "$t" | json '[u["provision"] for u in j["units"] if u["provision"]]')" '["6", "48", "48^1", "49"]'
expect_eq "text: its label as the statute writes it, the ending by its superscript" \
    "$(echo "$t" | json '[u["label"] for u in j["units"] if u["provision"] == "48^1"][0]')" "48¹ дүгээр зүйл. Хулсангуур зөгийн нөөц"
expect_eq "text: the inserted point is a part of its own beside the real 6.1.11, each once" \
    "$(echo "$t" | json '[p["key"] for u in j["units"] if u["provision"] == "6" for p in u["parts"]]')" \
    '["6.1", "6.1.1", "6.1.1^1", "6.1.2", "6.1.11", "6.2"]'
expect_eq "text: the note 'added' is the inserted point's, not 6.1.11's" \
    "$(echo "$t" | json '[(a["change"], a["part"]) for u in j["units"] if u["provision"] == "6" for a in u["amendments"]]')" \
    '[["added", "6.1.1^1"]]'
# The law's acronym qualifies its keys: Зэрлэг зөгийн аж ахуйн тухай хууль.
law=ЗЗААТХ

r=$(s "provision:$law:48^1")
expect_eq "provision:LAW:48^1 is the inserted article" "$(echo "$r" | hits)" '[["zogii.txt", "48^1"]]'
expect_eq "provision:LAW:481 is no article" "$(s --limit 0 "provision:$law:481" | json 'j["total"]')" 0
expect_eq "a citation 48¹ дүгээр зүйл (another document, and the law's own 49.1)" \
    "$(s "cites:$law:48^1" | hits)" '[["tailan.txt", null], ["zogii.txt", "49"]]'
expect_eq "the key typed with the superscript, as it is pasted" "$(s "cites:$law:48¹" | hits)" \
    '[["tailan.txt", null], ["zogii.txt", "49"]]'
expect_eq "a citation 6.1.1¹-д is the inserted point's" "$(s "cites:$law:6.1.1^1" | hits)" \
    '[["tailan.txt", null], ["zogii.txt", "6"]]'
expect_eq "...and never the real 6.1.11's" "$(s --limit 0 "cites:$law:6.1.11" | json 'j["total"]')" 0
for q in "Зэрлэг зөгийн аж ахуйн тухай хуулийн 48¹ дүгээр зүйл" "Зэрлэг зөгийн аж ахуйн тухай хуулийн 48^1 дүгээр зүйл"; do
    expect_eq "query '$q' opens with the article" "$(s "$q" | json 'j["hits"][0]["provision"]')" "48^1"
done

# ---- HTML: the Code's article and part set with <sup> ----------------------
r=$(s 'provision:13.1^1')
expect_eq "HTML <sup>: article 13.1¹ of the Code, labelled as written" \
    "$(echo "$r" | json '[(h["path"], h["provision"], h["label"]) for h in j["hits"]]')" \
    '[["code.html", "13.1^1", "13.1¹ дүгээр зүйл. Хүн худалдаалах гэмт хэргийн хохирогчийг ашиглах"]]'
expect_eq "HTML <sup>: its part 1¹" "$(s 'provision:13.1^1.1^1' | hits)" '[["code.html", "13.1^1"]]'
expect_eq "HTML: 13.11 is another article" "$(s 'provision:13.11' | hits)" '[["code.html", "13.11"]]'
expect_eq "HTML: 13.1¹ cited by 13.2 (a unit of the same law)" "$(s 'cites:13.1^1' | hits)" '[["code.html", "13.2"]]'
for q in '13.1¹' '13.1^1' '13.1¹ дүгээр зүйл'; do
    expect_eq "query '$q' opens with the Code's article" "$(s "$q" | json 'j["hits"][0]["provision"]')" "13.1^1"
done

# ---- Word: superscript runs -----------------------------------------------
w=$(show nooluur.docx)
expect_eq "Word superscript run: the inserted article after 8" \
    "$(echo "$w" | json '[u["provision"] for u in j["units"] if u["provision"]]')" '["7", "8", "8^1", "9"]'
expect_eq "Word superscript run: the inserted point beside 7.11" \
    "$(echo "$w" | json '[p["key"] for u in j["units"] if u["provision"] == "7" for p in u["parts"]]')" '["7.1", "7.1^1", "7.11"]'
expect_eq "Word: a superscript after a word is no number's" \
    "$(echo "$w" | json '[u["label"] for u in j["units"] if u["provision"] == "9"][0]')" "9 дүгээр зүйл. Хариуцлага2"
wlaw=ТНТХ # Тэмээний ноолуурын тухай хууль
expect_eq "Word: 7.1¹-д cited" "$(s "cites:$wlaw:7.1^1" | hits)" '[["nooluur.docx", "8^1"]]'

# ---- The web: the Code's provision page and JSON ---------------------------
if start_server --db "$db"; then
    http_get "$U/api/provision/13.1%5E1.1%5E1"
    expect_eq "/api/provision/13.1^1.1^1: the inserted article and its part, cited as written" \
        "$(json '[j["article"], j["citation"]["mn"], j["citation"]["en"], [t["label"] for t in j["texts"]]]' <"$tmpdir/body")" \
        '["13.1^1", "Эрүүгийн хуулийн 13.1¹ дүгээр зүйлийн 1¹ дэх хэсэг", "Criminal Code of Mongolia, Article 13.1¹, part 1¹", ["13.1¹ дүгээр зүйл. Хүн худалдаалах гэмт хэргийн хохирогчийг ашиглах"]]'
    http_get "$U/provision/13.1%5E1.1%5E1"
    check "/provision/13.1^1.1^1 opens" status_is 200
    check "its heading as the statute writes it" body_has "<h1>Эрүүгийн хуулийн 13.1¹ дүгээр зүйл"
    check "the part asked for is marked, with its own anchor" body_has '<p class="part focus" id="p-mn-1^1">'
    http_get "$U/provision/13.11"
    check "13.11 is another article's page" body_has "<h1>Эрүүгийн хуулийн 13.11 дүгээр зүйл"
    unit=$(s 'provision:13.2' | json 'j["hits"][0]["id"]')
    http_get "$U/doc/$unit"
    check "the viewer links the citation 13.1¹ to its page" body_has 'href="/provision/13.1^1">Эрүүгийн хуулийн 13.1¹ дүгээр зүйл'
else
    fail "start the server" "$(tail -3 "$server_log")"
fi
