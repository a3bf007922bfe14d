#!/usr/bin/env bash
# t29-statute-copies.sh — a real statute held as a web page, a Word file or
# a PDF is the same law as its text: its name is the one its own header
# prints, not the page's <title> ("ДААТГАЛЫН ТУХАЙ | <the site's name>") nor
# a file's metadata, so its English name, its start taken from another law
# and the links to it hold in every format.  The statutes of ../shared
# (the Insurance Law, the Law on Insurance Professional Participants, whose
# article 47 starts it with the Insurance Law, and the Constitution) are
# written here as a site would serve them and as Word and PDF files; skips
# without ../shared.
. tests/lib.sh

have_shared || skip_all "../shared/corpus is absent: the real statutes are not tested"
src=$tmpdir/src
mkdir -p "$src" "$tmpdir/web" "$tmpdir/word" "$tmpdir/pdf"
for f in law_other/daatgalyn_tukhai law_other/daatgalyn_mergejliin_oroltsogchiin_tukhai law/undsen_khuuli; do
    cp "$SHARED/mn/$f.txt" "$src/" || skip_all "$f.txt is not in ../shared"
done
[ -x build/mkpdf ] || make -s build/mkpdf >/dev/null 2>&1
[ -x build/mkpdf ] || skip_all "build/mkpdf cannot be built"

# The web pages: the site's name after the law's in <title>, a banner before
# the law's header; the Word files and PDFs: a site's name as their title,
# or the header's "МОНГОЛ УЛСЫН ХУУЛЬ" (the Constitution's, as Word sets it).
python3 - "$src" "$tmpdir" <<'PY' || { fail "write the copies"; exit 0; }
import html, os, sys
src, out = sys.argv[1:]
site = "Эрх зүйн мэдээллийн нэгдсэн систем"
for f in sorted(os.listdir(src)):
    stem = f[:-4]
    lines = [l.strip() for l in open(os.path.join(src, f), encoding="utf-8")]
    name = next((l for l in lines[1:12] if l.isupper() and l != "МОНГОЛ УЛСЫН ХУУЛЬ"), stem)
    with open(f"{out}/web/{stem}.html", "w", encoding="utf-8") as w:
        w.write(f"<!DOCTYPE html><html lang=\"mn\"><head><meta charset=\"utf-8\"><title>{html.escape(name)} | {site}</title></head>"
                f"<body><div class=\"top\">{site}</div><div class=\"law\">\n")
        w.write("\n".join(f"<p>{html.escape(l)}</p>" for l in lines if l))
        w.write("\n</div></body></html>\n")
    # mkoffice.py and mkpdf read "#", "+", "|" and "%" at a line's start as
    # markup; mkpdf joins lines up to a blank one: each line a paragraph
    body = "\n\n".join(("\u200b" + l if l[0] in "#+|%" else l) for l in lines if l)
    # Word titles a file by its first line: "МОНГОЛ УЛСЫН ХУУЛЬ" for most
    # laws, though the Constitution opens with its own name
    title = "%title МОНГОЛ УЛСЫН ХУУЛЬ\n" if stem == "undsen_khuuli" else f"%title {site}\n"
    open(f"{out}/{stem}.office.txt", "w", encoding="utf-8").write(title + body + "\n")
PY
for t in "$tmpdir"/*.office.txt; do
    stem=$(basename "$t" .office.txt)
    python3 tools/mkoffice.py "$t" "$tmpdir/word/$stem.docx" || fail "mkoffice.py writes $stem.docx"
    build/mkpdf "$t" "$tmpdir/pdf/$stem.pdf" || fail "mkpdf writes $stem.pdf"
done

for kind in web word pdf; do
    "$ZAALT" index -q -j 2 --no-ocr --db "$tmpdir/$kind.db" "$tmpdir/$kind" 2>"$tmpdir/$kind.err" ||
        fail "index the statutes as $kind files" "$(tail -3 "$tmpdir/$kind.err")"
    "$ZAALT" search --db "$tmpdir/$kind.db" --json -n 50 'status:any хууль' >"$tmpdir/$kind.hits"
    doc_of() { json "[h['doc'] for h in j['hits'] if h['path'].startswith('$1.')][0]" <"$tmpdir/$kind.hits"; }
    ins=$(doc_of daatgalyn_tukhai)
    pro=$(doc_of daatgalyn_mergejliin_oroltsogchiin_tukhai)
    "$ZAALT" show --db "$tmpdir/$kind.db" --json "$ins" >"$tmpdir/ins.json"
    "$ZAALT" show --db "$tmpdir/$kind.db" --json "$pro" >"$tmpdir/pro.json"
    expect_eq "$kind: the Insurance Law is named as its header names it, in English too" \
        "$(json '[j["title"], j["title_en"], j["type"]]' <"$tmpdir/ins.json")" \
        '["ДААТГАЛЫН ТУХАЙ", "Law on Insurance", "code"]'
    expect_eq "$kind: so is the Law on Insurance Professional Participants" \
        "$(json '[j["title"], j["title_en"]]' <"$tmpdir/pro.json")" \
        '["ДААТГАЛЫН МЭРГЭЖЛИЙН ОРОЛЦОГЧИЙН ТУХАЙ", "Law on Insurance Professional Participants"]'
    expect_eq "$kind: which starts on the day the Insurance Law does (its article 47), not the day it was adopted" \
        "$(json '[u["valid_from"] for u in j["units"] if u.get("provision") in ("1", "47")]' <"$tmpdir/pro.json")" \
        '["2005-06-01", "2005-06-01"]'
    expect_eq "$kind: its citations of the Insurance Law link to it" \
        "$(json "sorted({c['target_doc'] for c in j['cites'] if c['key'].startswith('ДТХ:') and not c.get('within')})" \
            <"$tmpdir/pro.json")" "[\"$ins\"]"
done
for kind in word pdf; do
    con=$("$ZAALT" search --db "$tmpdir/$kind.db" --json -n 50 'status:any хууль' |
        json "[h['doc'] for h in j['hits'] if h['path'].startswith('undsen_khuuli.')][0]")
    expect_eq "$kind: a Constitution titled 'МОНГОЛ УЛСЫН ХУУЛЬ', the header every law opens with, is the Constitution" \
        "$("$ZAALT" show --db "$tmpdir/$kind.db" --json "$con" | json '[j["title"], j["title_en"]]')" \
        '["МОНГОЛ УЛСЫН ҮНДСЭН ХУУЛЬ", "Constitution of Mongolia"]'
done
