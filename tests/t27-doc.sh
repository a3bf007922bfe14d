#!/usr/bin/env bash
# t27-doc.sh — Word 97-2003 files (.doc): what the handler reads, what it
# leaves out, and what it refuses.
#
# Proves: a .doc made by LibreOffice from tests/data/doc/src (demo,
# fictional) is read as its author laid it out: Heading 1/2 paragraphs
# become labelled sections, a table row by row with a two-paragraph cell
# kept in its cell, a footnote and an endnote after the paragraph that
# refers to them, the header and footer once, a page-number field's result
# without its code, hidden text left out with a warning, the title and the
# day it was created from its properties; a statute in .doc gets its name,
# its articles and its repealed part; a decision in .doc is masked for the
# public reader in its title property, header, body and footnote; a file
# written by hand in three pieces (8-bit and UTF-16, stored out of order,
# without paragraph properties) reads in order with Windows-1252's quotes;
# a piece table whose pieces share their bytes is read no further than
# its stream's length, with a warning; an encrypted .doc is reported as encrypted, a cut-short one as damaged,
# and so are one whose WordDocument stream's sector chain loops and one
# whose directory's chain loops (failures, not "Excel or PowerPoint?"),
# an Excel-like OLE file skipped with the reason, a text file named .doc
# read as text, a .doc named .docx read as a .doc — and the run goes on
# past each.
. tests/lib.sh
command -v python3 >/dev/null || skip_all "python3 is not installed"

data=tests/data/doc
corpus=$tmpdir/c
mkdir -p "$corpus/research" "$corpus/laws" "$corpus/decisions" "$corpus/bad"
cp "$data/report.doc" "$data/pieces.doc" "$corpus/research/"
cp "$data/report.doc" "$corpus/research/renamed.docx"
cp "$data/statute.doc" "$corpus/laws/"
cp "$data/decision.doc" "$corpus/decisions/"
cp "$data/sheet.xls" "$corpus/bad/"
cp tests/fuzz/regressions/doc/pieces-share-bytes.doc "$corpus/research/"
head -c 4096 "$data/report.doc" >"$corpus/bad/cut.doc"
printf 'Demo (fictional). Энгийн ТЕКСТДОК файл.\n' >"$corpus/research/notes.doc"
# Encrypted: the same file with the FIB's fEncrypted flag set (the FIB
# opens the WordDocument stream, at a sector's start).
python3 - "$data/report.doc" "$corpus/bad/locked.doc" <<'PY'
import sys
b = bytearray(open(sys.argv[1], 'rb').read())
at = next(i for i in range(512, len(b), 512) if b[i:i + 2] == b'\xec\xa5')
b[at + 0x0B] |= 0x01
open(sys.argv[2], 'wb').write(b)
PY
# Damaged OLE chains (probe F2, F3): the FAT entry of the WordDocument
# stream's second sector pointing back to its first; the directory
# sector's entry pointing to itself.
python3 - "$data/report.doc" "$corpus/bad" <<'PY'
import struct, sys
b = open(sys.argv[1], 'rb').read()
shift, = struct.unpack_from('<H', b, 30)
sector = 1 << shift
at = lambda n: 512 + n * sector                      # a sector's offset
fat = at(struct.unpack_from('<I', b, 76)[0])         # the first FAT sector
entry = lambda n: fat + 4 * n
dir_first, = struct.unpack_from('<I', b, 48)
name = 'WordDocument'.encode('utf-16le') + b'\0\0'
first, = struct.unpack_from('<I', b, b.index(name) + 116)
second, = struct.unpack_from('<I', b, entry(first))
assert second < 0xFFFFFFF0, 'the WordDocument stream fits one sector'
loop = bytearray(b)
struct.pack_into('<I', loop, entry(second), first)
open(sys.argv[2] + '/chain-loop.doc', 'wb').write(loop)
dirloop = bytearray(b)
struct.pack_into('<I', dirloop, entry(dir_first), dir_first)
open(sys.argv[2] + '/dir-loop.doc', 'wb').write(dirloop)
PY
cat >"$tmpdir/c.ini" <<INI
[source planted]
root = $corpus
type.decision = decisions/*
type.code = laws/*
INI
db=$tmpdir/db
"$ZAALT" index --db "$db" --config "$tmpdir/c.ini" >"$tmpdir/out" 2>&1
out=$(cat "$tmpdir/out")
s() { "$ZAALT" search --db "$db" --json "$@"; }
doc_of() { s --limit 1 "$1" | json 'j["hits"][0]["doc"]'; }

expect_contains "every readable file is indexed, the run going on past the bad ones" "$out" "Indexed 7 files"
expect_contains "an encrypted .doc is reported as encrypted" "$out" "bad/locked.doc: encrypted (password required)"
expect_contains "a cut-short .doc is reported as damaged" "$out" "bad/cut.doc: damaged"
expect_contains "a .doc whose WordDocument chain loops fails as damaged" "$out" \
    "failed  planted/bad/chain-loop.doc: damaged OLE compound file: its WordDocument stream cannot be read"
expect_contains "a .doc whose directory chain loops fails as damaged" "$out" \
    "failed  planted/bad/dir-loop.doc: damaged OLE compound file: its directory lists Word's table stream"
expect_contains "an OLE file that is not Word is skipped with the reason" "$out" \
    "bad/sheet.xls: an Office 97-2003 file that is not a Word document"
expect_contains "hidden text is reported left out" "$out" "research/report.doc: 9 characters of hidden text"
expect_contains "150 pieces naming the same 1,200 bytes are read no further than the stream's 2,224 bytes" "$out" \
    "research/pieces-share-bytes.doc: the piece table names more text than the WordDocument stream holds: text cut at 2224 characters"

report=$(doc_of УУРХАЙНПАСПОРТ)
shown=$("$ZAALT" show --db "$db" "$report")
expect_eq "the report's units: its sections by Heading 1 and 2, labelled" \
    "$("$ZAALT" show --db "$db" --json "$report" | json '" / ".join(u.get("label") or "-" for u in j["units"])')" \
    "- / Нэгдүгээр бүлэг. Уурхайн ажилчдын нөхцөл / Хүснэгт ба тоо баримт / Chapter two. Forced labour in English"
expect_eq "title and date from the SummaryInformation stream" \
    "$("$ZAALT" show --db "$db" --json "$report" | json 'j["title"] + " " + j["date"]')" \
    "Хөдөлмөрийн мөлжлөгийн судалгааны тайлан (демо) 2019-04-12"
expect_contains "a table row by row, a cell's two paragraphs in their cell" "$shown" \
    "Өмнөговь ХҮСНЭГТМӨР | 42 | Эхний мөр хоёр дахь мөр"
expect_contains "a footnote after its paragraph" "$shown" \
    "Цалинг сараар хойшлуулсан.

[1] Ярилцлагын тэмдэглэл, 2018 он ЗҮҮЛТТЕКСТ."
expect_contains "an endnote after its paragraph" "$shown" "[2] Endnote text ENDNOTEWORD."
expect_contains "the header is read" "$shown" "Судалгааны төв ТОЛГОЙБИЧВЭР"
expect_contains "a page field's result, not its code" "$shown" "Хуудас 1 ХӨЛБИЧВЭР"
expect_not_contains "no field code" "$shown" "PAGE"
expect_eq "the header once" "$(grep -o ТОЛГОЙБИЧВЭР <<<"$shown" | wc -l)" 1
expect_eq "hidden text is left out" "$(s --limit 0 НУУЦТЕКСТ | json 'j["total"]')" 0
expect_eq "the text after it is read, in the .doc and in its copy named .docx" \
    "$(s --limit 0 ХҮСНЭГТДАРАА | json 'j["total"]')" 2

law=$(doc_of ДОКЗОРИЛТ)
lawjson=$("$ZAALT" show --db "$db" --json "$law")
expect_eq "a statute in .doc is titled by its name" "$(json 'j["title"]' <<<"$lawjson")" \
    "ХҮҮХДИЙГ ХОТЫН ГУДАМЖНААС ХАМГААЛАХ ТУХАЙ ЖИШЭЭ ХУУЛЬ"
expect_eq "its articles are units" \
    "$(json '" ".join(u["provision"] for u in j["units"] if u["kind"] == "article")' <<<"$lawjson")" "1 2 3"
expect_contains "its repealed part is marked" "$("$ZAALT" show --db "$db" "$law")" "[2.2 REPEALED on 2023-05-11]"

pieces=$(doc_of PIECEONE)
expect_contains "three pieces in order, 8-bit and UTF-16, a field's result, a row" \
    "$("$ZAALT" show --db "$db" "$pieces")" "Demo (fictional). Café “quoted” PIECEONE, page 5.

cellone | celltwo |

Монгол ТЕКСТХОЁР үг.

PIECETHREE final words."
expect_eq "a text file named .doc is read as text" "$(s --limit 0 ТЕКСТДОК | json 'j["total"]')" 1

dec=$(doc_of ДОКШИЙДВЭР)
operator=$("$ZAALT" show --db "$db" --json "$dec")
public=$("$ZAALT" show --db "$db" --as anonymous --json "$dec")
public+=$("$ZAALT" show --db "$db" --as anonymous "$dec")
public+=$("$ZAALT" search --db "$db" --as anonymous --json --limit 10 'type:decision')
expect_contains "the operator reads the decision's names, its footnote's too" "$operator" "Дорждагвын Номин 2009"
for secret in Хонгорзул УБ91051234 Номин 99112233 1991.05.12; do
    expect_not_contains "the public copy of a .doc decision holds no '$secret' (title, header, body, footnote)" \
        "$public" "$secret"
done
expect_contains "the public copy keeps the judge" "$public" "Ө.Саруул"
