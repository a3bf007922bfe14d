#!/usr/bin/env bash
# t25-formats.sh — Word, OpenDocument and HTML files through `zaalt index`,
# the search and the web viewer, and hostile zip containers failing
# cleanly.
#
# Proves: a folder of a Word statute, an ODT guide and a saved HTML page,
# indexed from a corpus config, gets the config's types (type.sop), the
# statute's articles by their Word numbering, sections labelled by
# headings; the viewer shows a Word document's sections; the download is
# the original with its content type; the real Word files of
# ../shared/corpus/docx index through the shared config's rule as
# research.  Hostile containers, made here with python3's zipfile (a zip
# bomb, "../" and absolute entry names, an encrypted entry, a truncated
# archive, an archive inside an archive, duplicate names, too many
# entries, an external entity and an entity loop inside the XML, not a zip
# at all), each fail with their path and reason, quickly, and nothing from
# /etc/passwd reaches the index.
. tests/lib.sh
command -v python3 >/dev/null || skip_all "python3 is not installed"

corpus=$tmpdir/corpus
mkdir -p "$corpus/code" "$corpus/sop" "$corpus/web"
cat >"$tmpdir/law.txt" <<'TXT'
%title Эрүүгийн хууль (туршилтын)
%lang mn
%list 0 decimal %1 дүгээр бүлэг.
%list 1 decimal %1.%2 дүгээр зүйл.
%list 2 decimal %3.
%start 0 13
# ЭРҮҮГИЙН ХУУЛЬ
+ ХҮНИЙ ЭРХ, ЭРХ ЧӨЛӨӨНИЙ ЭСРЭГ ГЭМТ ХЭРЭГ
++ Хүн худалдаалах
+++ Хүнийг худалдсан, худалдан авсан бол зургаагаас арван хоёр жил хүртэл хугацаагаар хорих ял шийтгэнэ.[^Зохиомол зүүлт: квокка.]
++ Хүнийг хууль бусаар хорих
+++ Хүнийг хууль бусаар хорьсон бол торгох ял шийтгэнэ.
++ Хүчиндэх
+++ Хүчиндсэн бол хорих ял шийтгэнэ.
TXT
cat >"$tmpdir/guide.odt.txt" <<'TXT'
%title Shelter referral guide
%lang en
%footer Demonstration document — fictional
# Shelter referral guide
## Scope
The guide applies to every shelter of the district.
## Transport
Police escort the victim to the shelter in an unmarked car.[^Never a taxi, never alone.]
| Step | Who |
| Escort | Police wombat unit |
TXT
python3 tools/mkoffice.py "$tmpdir/law.txt" "$corpus/code/law.docx" || { fail "mkoffice.py writes a .docx"; exit 0; }
python3 tools/mkoffice.py "$tmpdir/guide.odt.txt" "$corpus/sop/guide.odt" || { fail "mkoffice.py writes an .odt"; exit 0; }
cat >"$corpus/web/page.html" <<'HTML'
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Indicators page</title>
<script>var tracker = "scriptonlyword";</script></head>
<body><nav><a href="/">navonlyword</a></nav>
<main><h1>Indicators</h1><p>Wages deferred to the end of the season.</p>
<h2>Debt</h2><p>A debt for boots and flour grows faster than the wage.</p></main>
<footer>footeronlyword</footer></body></html>
HTML
# Word's "Save as web page": the page, and beside it the folder of its
# parts, whose filelist.xml names the page (demonstration, fictional).
mkdir -p "$corpus/web/saved_files"
printf '<html><head><meta charset="utf-8"><title>Saved page</title></head><body><p>savedpageword here.</p></body></html>\n' \
    >"$corpus/web/saved.htm"
printf '<xml xmlns:o="urn:schemas-microsoft-com:office:office">\n <o:MainFile HRef="../saved.htm"/>\n <o:File HRef="themedata.thmx"/>\n <o:File HRef="filelist.xml"/>\n</xml>\n' \
    >"$corpus/web/saved_files/filelist.xml"
printf 'PK\003\004 not a document' >"$corpus/web/saved_files/themedata.thmx"
cat >"$tmpdir/formats.ini" <<INI
[source t]
root = $corpus
type.code = code/*
type.sop = sop/*
INI
db=$tmpdir/db
out=$("$ZAALT" index --db "$db" --config "$tmpdir/formats.ini" 2>&1)
expect_contains "Word, ODT and HTML files indexed from the config" "$out" "Indexed 4 files"
expect_contains "... a web page's parts folder is the page's: no failure, no skip" "$out" "0 not indexable, 0 removed, 0 failed."
s() { "$ZAALT" search --db "$db" --json "$@"; }
expect_eq "the config's types apply" "$(s --limit 0 '' | json '{v["value"]: v["count"] for v in j["facets"]["type"]}')" \
    '{"other": 2, "code": 1, "sop": 1}'
r=$(s 'provision:13.1')
expect_eq "Word numbering makes article 13.1" "$(echo "$r" | json '[h["label"] for h in j["hits"]]')" \
    '["13.1 дүгээр зүйл. Хүн худалдаалах"]'
expect_eq "the footnote is found in its article" "$(s квокка | json '[h["provision"] for h in j["hits"]]')" '["13.1"]'
expect_eq "the ODT's table row is in its section" "$(s wombat | json '[h["label"] for h in j["hits"]]')" '["Transport"]'
expect_eq "the HTML heading is a section" "$(s boots | json '[[h["label"], h["path"]] for h in j["hits"]]')" \
    '[["Debt", "web/page.html"]]'
for w in scriptonlyword navonlyword footeronlyword; do
    expect_eq "page furniture not indexed ($w)" "$(s --limit 0 "$w" | json 'j["total"]')" 0
done
# A page that says it is UTF-32 but is plain ASCII (no BOM, no NUL): read as
# what its bytes are, not lost.
mkdir -p "$tmpdir/lying"
printf '<html><head><meta charset="utf-32"><title>Lying charset</title></head><body><p>charsetlieword here.</p></body></html>\n' \
    >"$tmpdir/lying/lying.html"
"$ZAALT" index -q --db "$tmpdir/lying-db" "$tmpdir/lying" || fail "index a page whose charset lies"
expect_eq "a page whose charset lies is read as its bytes are" \
    "$("$ZAALT" search --db "$tmpdir/lying-db" --json charsetlieword | json '[h["path"] for h in j["hits"]]')" '["lying.html"]'

# ---- the viewer and the download ----
if command -v curl >/dev/null; then
    start_server --db "$db" || { fail "the fixture is served" "$(tail -5 "$server_log")"; exit 0; }
    law=$(s 'provision:13.1' | json 'j["hits"][0]["doc"]')
    http_get "$U/doc/$law?ui=en"
    check "the viewer shows the Word statute's articles" \
        eval 'status_is 200 && body_has "<h2>13.1 дүгээр зүйл. Хүн худалдаалах</h2>" && body_has "<h2>13.3 дугаар зүйл. Хүчиндэх</h2>"'
    guide=$(s wombat | json 'j["hits"][0]["doc"]')
    http_get "$U/doc/$guide?ui=en"
    check "the viewer shows the ODT's sections" eval 'body_has "<h2>Scope</h2>" && body_has "<h2>Transport</h2>"'
    http_get "$U/file/$law"
    check "the download is the original .docx" \
        eval 'status_is 200 && cmp -s "$tmpdir/body" "$corpus/code/law.docx" || { why="status $status or bytes differ"; false; }'
    check "the .docx has its content type" \
        head_has "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    http_get "$U/file/$guide"
    check "the .odt has its content type" head_has "Content-Type: application/vnd.oasis.opendocument.text"
    http_get "$U/file/$(s boots | json 'j["hits"][0]["doc"]')"
    check "a saved page is downloaded, not shown" \
        eval 'head_has "Content-Type: text/html" && head_has "Content-Disposition: attachment"'
    stop_server
fi

# ---- the demo's Word SOP and saved page ----
if [ -f build/demo/sop/hamgaalah_bair_shiljuuleh_sop_mn.docx ]; then
    index_demo "$tmpdir/demo-db"
    r=$("$ZAALT" search --db "$tmpdir/demo-db" --json --filter type:sop 'Найдвар')
    expect_eq "the demo's Word SOP is an SOP, its table in its section" \
        "$(echo "$r" | json '[[h["path"], h["type"], h["label"]] for h in j["hits"]]')" \
        '[["sop/hamgaalah_bair_shiljuuleh_sop_mn.docx", "sop", "Гуравдугаар хэсэг. Харилцах этгээд"]]'
    r=$("$ZAALT" search --db "$tmpdir/demo-db" --json '"seven seasons"')
    expect_eq "the demo's saved page is research, the hit in its section" \
        "$(echo "$r" | json '[[h["path"], h["type"], h["label"]] for h in j["hits"]]')" \
        '[["research/herding_labour_indicators_guide_en.html", "research", "4. Case note: the seven-season worker"]]'
    expect_eq "the page's tracking script is not indexed" \
        "$("$ZAALT" search --db "$tmpdir/demo-db" --json --limit 0 trackingToken | json 'j["total"]')" 0
else
    skip "the demo's Word SOP" "build/demo is not made (make demo)"
fi

# ---- the real Word files, through the shared config's rule ----
if have_shared && [ -d "$SHARED/docx" ]; then
    cat >"$tmpdir/shared.ini" <<INI
[source shared]
root = $(cd "$SHARED" && pwd)
exclude = hostile/*;hostile;MANIFEST.tsv;README.md;mn/*;en/*;pdf/*;xml/*;data/*
$(grep '^type.research.*docx' corpus-config/zaalt.ini)
INI
    out=$("$ZAALT" index --db "$tmpdir/shared-db" --config "$tmpdir/shared.ini" 2>&1)
    expect_contains "the two real Word files are indexed" "$out" "Indexed 2 files"
    r=$("$ZAALT" search --db "$tmpdir/shared-db" --json '"Holm threshold"')
    expect_eq "the shared docx/ folder is research" "$(echo "$r" | json '[h["type"] for h in j["hits"]]')" '["research"]'
    expect_eq "a table heading is its section's label" "$(echo "$r" | json '[h["label"] for h in j["hits"]]')" \
        '["Table A1. Holm-Bonferroni correction for Model 1"]'
else
    skip "the real Word files" "../shared/corpus/docx is absent"
fi

# ---- hostile containers ----
hostile=$tmpdir/hostile
mkdir -p "$hostile"
python3 - "$hostile" "$corpus/code/law.docx" <<'PY' || fail "hostile samples written"
import io, os, sys, zipfile
out, good = sys.argv[1], open(sys.argv[2], "rb").read()
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
def docx(path, parts, extra=()):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            z.writestr(name, data)
        for name, data in extra:
            z.writestr(name, data)
def body(text, doctype=""):
    return f'<?xml version="1.0"?>{doctype}<w:document {W}><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>'
ok = [("word/document.xml", body("ordinary words"))]
# A zip bomb: 60 MB of spaces inflating from about 60 KB.
docx(f"{out}/bomb.docx", [("word/document.xml", body("x" + " " * (60 << 20)))])
docx(f"{out}/traversal.docx", ok, [("../../evil.xml", "<x/>")])
docx(f"{out}/absolute.odt", [("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<x/>"),
                             ("/etc/cron.d/evil", "* * * * * root true")])
# An encrypted entry: the general-purpose flag's bit 0, in the local and
# the central header.
docx(f"{out}/encrypted.docx", ok)
data = bytearray(open(f"{out}/encrypted.docx", "rb").read())
data[6] |= 1
central = data.rfind(b"PK\x01\x02")
data[central + 8] |= 1
open(f"{out}/encrypted.docx", "wb").write(data)
open(f"{out}/truncated.docx", "wb").write(good[: len(good) // 2])
# An archive inside the archive, and nothing else.
with zipfile.ZipFile(f"{out}/nested.docx", "w") as z:
    z.writestr("inner.docx", good)
with zipfile.ZipFile(f"{out}/duplicate.docx", "w") as z:
    z.writestr("word/document.xml", body("first"))
    import warnings
    warnings.simplefilter("ignore")
    z.writestr("word/document.xml", body("second"))
with zipfile.ZipFile(f"{out}/many.docx", "w") as z:
    z.writestr("word/document.xml", body("many"))
    for i in range(10001):
        z.writestr(f"word/media/e{i}", "")
docx(f"{out}/xxe.docx", [("word/document.xml", body("before &xxe; after",
     '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'))])
laughs = "".join(f'<!ENTITY l{i} "{"&l%d;" % (i - 1) * 10 if i else "lol"}">' for i in range(10))
docx(f"{out}/laughs.docx", [("word/document.xml", body("&l9;", f"<!DOCTYPE w:document [{laughs}]>"))])
open(f"{out}/notzip.docx", "w").write("plain words, not a Word file\n")
open(f"{out}/empty-archive.odt", "wb").write(b"PK\x05\x06" + bytes(18))
PY
start=$(date +%s)
"$ZAALT" index --db "$tmpdir/hostile-db" --timeout 20 "$hostile" >"$tmpdir/out" 2>"$tmpdir/err"
rc=$?
elapsed=$(( $(date +%s) - start ))
expect_eq "the indexer completes over the hostile containers" "$rc" 0
expect_eq "no crash or sanitizer report" "$(grep -c -E 'Sanitizer|Segmentation|core dumped' "$tmpdir/err")" 0
[ "$elapsed" -lt 60 ] && pass "hostile containers done in under a minute (${elapsed}s)" || fail "hostile containers took ${elapsed}s"
report=$(cat "$tmpdir/out")
expect_eq "every failure names its file and a reason" \
    "$(grep '^  failed  ' "$tmpdir/out" | grep -c -v -E '^  failed  hostile/[^:]+: .+')" 0
while IFS='|' read -r file reason; do
    expect_contains "$file: $reason" "$report" "hostile/$file: $reason"
done <<'EXPECT'
bomb.docx|Word document refused: zip entry word/document.xml expands more than 200 times (zip bomb?)
traversal.docx|damaged Word document: unsafe zip entry name "../../evil.xml"
absolute.odt|damaged OpenDocument text: unsafe zip entry name "/etc/cron.d/evil"
encrypted.docx|encrypted (password required): zip entry word/document.xml
truncated.docx|damaged Word document:
nested.docx|damaged Word document: no word/document.xml in the archive
duplicate.docx|damaged Word document: zip entry word/document.xml appears twice
many.docx|Word document refused: more than 10000 zip entries
laughs.docx|damaged Word document: word/document.xml not well-formed
notzip.docx|damaged Word document: not a zip archive
empty-archive.odt|damaged OpenDocument text:
EXPECT
# The external entity is never fetched: the document is read without it.
expect_eq "a docx with an external entity indexes without it" \
    "$("$ZAALT" search --db "$tmpdir/hostile-db" --json '"before after"' | json '[h["path"] for h in j["hits"]]')" \
    '["xxe.docx"]'
for w in root daemon nologin; do
    expect_eq "no /etc/passwd content ('$w') indexed" \
        "$("$ZAALT" search --db "$tmpdir/hostile-db" --json --limit 0 "\"$w\"" | json 'j["total"]')" 0
done

# ---- memory: the format tests under valgrind ----
if command -v valgrind >/dev/null && [ -x "$B/tests/test_formats" ]; then
    case "$B" in
        *san*) skip "test_formats under valgrind" "valgrind does not run ASan builds" ;;
        *)
            valgrind -q --leak-check=full --show-leak-kinds=definite,possible --errors-for-leak-kinds=definite,possible \
                --error-exitcode=99 "$B/tests/test_formats" >"$tmpdir/vg.out" 2>&1
            rc=$?
            if [ $rc -eq 0 ]; then pass "Word, ODT and HTML extraction: no leaks or memory errors (valgrind)"
            else fail "test_formats under valgrind" "$(grep -v '^ok' "$tmpdir/vg.out" | head -c 1500)"; fi ;;
    esac
fi
