#!/usr/bin/env bash
# t78-formats2.sh — what the format handlers read of awkward files: mixed
# encodings, UTF-16 without its mark, Word's tracked deletions in
# numbered statutes, tables of contents, embedded chunks and symbols, and
# HTML's images and comments.
#
# Proves: a UTF-8 text with one line or one byte from Windows-1251 is read
# as UTF-8 (its Mongolian words found) with a warning naming the file and
# the bytes mended, and so is a saved page without a charset; a file
# wholly in Windows-1251 is still read as such, without that warning; a
# long statute with a stray byte is indexed, not refused; UTF-16LE text
# without a byte-order mark is read.  In Word: an article deleted as a
# tracked change, its paragraph mark with it, takes no number (the next
# article is numbered as Word shows it, no empty article); a TOC field's
# result and a "Table of Contents" content control are left out; a
# symbol parts the words either side; a nested field shows only the outer
# field's result; a field never ended hides nothing; an HTML altChunk is
# read, an MHT one reported; a password-protected Word file is reported
# as encrypted.  In HTML: an image is its alt text between spaces,
# <noscript> is left out and CDATA is a comment.  Every file here is a demo
# (fictional).
. tests/lib.sh
command -v python3 >/dev/null || skip_all "python3 is not installed"

corpus=$tmpdir/corpus
mkdir -p "$corpus/enc"
python3 - "$corpus/enc" <<'PY'
import sys, os
d = sys.argv[1]
P = lambda n: os.path.join(d, n)
line = 'Demo (fictional). Шүүх хуралдаанаар хүн худалдаалах гэмт хэргийн хэргийг хэлэлцэв. Хохирогч хүүхдийн эрхийг хамгаалах.\n'
body = (line * 3).encode()
open(P('mixed_line.txt'), 'wb').write(body + 'Тогтоол дугаар 12, шийдвэр БАГАНУУР\n'.encode('cp1251') + body)
open(P('stray_byte.txt'), 'wb').write(body + b'\xb9 7\n' + body)
# A whole file in Windows-1251 (no Mongolian letters outside it).
open(P('cp1251.txt'), 'wb').write(('Demo (fictional). Приказ о защите детей КИРИЛЛСЛОВО.\n' * 4).encode('cp1251'))
# A long statute (many articles) with one stray byte, 0x98 among them:
# undefined in Windows-1251.
arts = ''.join(f'{i} дүгээр зүйл. Зохиомол зүйл {i}\n{i}.1. Хүүхдийг хамгаалах журам {i} баталсан.\n' for i in range(1, 60))
law = ('ХҮҮХДИЙН ЭРХИЙГ ХАМГААЛАХ ТУХАЙ ДЕМО ХУУЛЬ (зохиомол)\n\n' + arts).encode()
cut = law.index('30 дүгээр'.encode())
open(P('long_law.txt'), 'wb').write(law[:cut] + b'\x98 ' + law[cut:])
# A page with an image, a noscript and a CDATA block.
open(P('features.html'), 'w').write('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Demo (fictional)</title></head><body>'
    '<p>ЗУРАГӨМНӨ<img src="seal.png" alt="Шүүхийн ТАМГАЗУРАГ">ЗУРАГДАРАА ХООСОНӨМНӨ<img src="x.png">ХООСОНДАРАА</p>'
    '<noscript><p>Скриптгүй уншигч НОСКРИПТҮГ харна.</p></noscript>'
    '<p>Өмнө <![CDATA[ ЦДАТАҮГ ]]> ЦДАТАДАРАА</p></body></html>')
# An HTML page without a charset, UTF-8 with one paragraph in Windows-1251.
open(P('nocharset.html'), 'wb').write(('<html><body><p>' + line + ' ХУДАЛДААХУУДАС</p>').encode()
                                    + '<p>Тогтоол дугаар 5 ТОГТООЛХУУДАС</p>'.encode('cp1251') + b'</body></html>')
# UTF-16LE without its byte-order mark, as some exports save "Unicode".
open(P('utf16le.txt'), 'wb').write(('Demo (fictional). Хохирогч ЮНИКОДҮГ хамгаалах.\r\n' * 3).encode('utf-16-le'))
PY

mkdir -p "$corpus/word"
python3 - "$corpus/word" <<'PY'
import sys, os, zipfile
d = sys.argv[1]
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
def docx(name, paras, numbering=None, extra=None, rels=()):
    rels = list(rels) + ([('rNum', 'numbering', 'numbering.xml')] if numbering else [])
    with zipfile.ZipFile(os.path.join(d, name), 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rDoc" Type="{REL}officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr('word/_rels/document.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   + ''.join(f'<Relationship Id="{i}" Type="{REL}{k}" Target="{t}"/>' for i, k, t in rels) + '</Relationships>')
        z.writestr('word/document.xml', f'<?xml version="1.0"?><w:document {NS}><w:body>{"".join(paras)}</w:body></w:document>')
        if numbering:
            z.writestr('word/numbering.xml', f'<?xml version="1.0"?><w:numbering {NS}>{numbering}</w:numbering>')
        for part, data in (extra or {}).items():
            z.writestr(part, data)
run = lambda t: f'<w:r><w:t xml:space="preserve">{t}</w:t></w:r>'
para = lambda t, ppr='': f'<w:p><w:pPr>{ppr}</w:pPr>{run(t) if t else ""}</w:p>'
DEL = 'w:id="{}" w:author="Demo" w:date="2026-01-01T00:00:00Z"'
art = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr>'
numbering = ('<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
             '<w:lvlText w:val="%1 дүгээр зүйл."/></w:lvl></w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>')
deleted = ('<w:p><w:pPr>' + art + '<w:rPr><w:del ' + DEL.format(1) + '/></w:rPr></w:pPr><w:del ' + DEL.format(2)
           + '><w:r><w:delText>Хассан зүйл УСТГАСАНЗҮЙЛ</w:delText></w:r></w:del></w:p>')
docx('deleted_article.docx', [
    para('ХҮҮХДИЙН ЭРХИЙГ ХАМГААЛАХ ТУХАЙ ДЕМО ХУУЛЬ (зохиомол)'),
    para('Хүүхдийг хамгаалах ЭХНИЙЗҮЙЛ', art), para('Хүүхдийг хамгаалах журмыг энэ хуулиар тогтооно.'),
    deleted,
    para('Хүүхдийн зөвлөл ХОЁРДАХЬЗҮЙЛ', art), para('Зөвлөл хүүхдийн эрхийг хянана.'),
    para('Хуулийн хүчин төгөлдөр болох ГУРАВДАХЬЗҮЙЛ', art), para('Энэ хууль батлагдсан өдрөөс хүчинтэй.'),
], numbering)
fld = lambda kind: f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'
instr = lambda t: f'<w:r><w:instrText xml:space="preserve"> {t} </w:instrText></w:r>'
docx('contents.docx', [
    '<w:p>' + fld('begin') + instr('TOC \\o "1-3" \\h') + fld('separate') + run('ГАРЧИГМӨР') + '<w:r><w:tab/></w:r>' + run('2') + '</w:p>',
    '<w:p><w:pPr><w:pStyle w:val="TOC2"/></w:pPr>' + run('ГАРЧИГХОЁР') + '</w:p>',
    '<w:p>' + fld('end') + '</w:p>',
    '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>'
    '<w:sdtContent>' + para('АГУУЛГАХЯНАЛТ') + '</w:sdtContent></w:sdt>',
    '<w:p>' + run('Demo (fictional). ТЭМДЭГӨМНӨ') + '<w:r><w:sym w:font="Wingdings" w:char="F0E0"/></w:r>' + run('ТЭМДЭГДАРАА') + '</w:p>',
    '<w:p>' + run('Нэр: ') + fld('begin') + instr('IF') + fld('begin') + instr('MERGEFIELD Нэр') + fld('separate') + run('ДОТОРХҮР')
    + fld('end') + instr('= "" "" "ГАДНАХҮР"') + fld('separate') + run('ГАДНАХҮР') + fld('end') + '</w:p>',
    para('Гарчгийн дараах текст ГАРЧГИЙНДАРАА'),
])
docx('chunks.docx', [
    para('Demo (fictional). Вэб системээс гаргасан ЧАНКЭЗЭН'),
    '<w:altChunk r:id="rChunk"/>', '<w:altChunk r:id="rMht"/>',
], extra={'word/chunk1.html': '<html><body><script>var СКРИПТҮГ;</script><p>Вэб хуудасны ЧАНКБИЕ текст.</p></body></html>',
          'word/chunk2.mht': 'MIME-Version: 1.0\r\n\r\nМХТҮГ'},
   rels=[('rChunk', 'aFChunk', 'chunk1.html'), ('rMht', 'aFChunk', 'chunk2.mht')])
# A field begun and never ended (its end deleted with a tracked change):
# the text after it is still read.
docx('broken_field.docx', [
    '<w:p>' + run('Demo (fictional). ') + fld('begin') + instr('PAGE') + '<w:del ' + DEL.format(3) + '>' + fld('end') + '</w:del></w:p>',
    para('Нээлттэй талбарын дараах ТАЛБАРДАРАА'),
])
# A password-protected Word file: an OLE compound file whose directory
# names its EncryptedPackage stream (UTF-16LE), padded as sectors are.
ole = bytes.fromhex('D0CF11E0A1B11AE1') + bytes(504) + 'EncryptedPackage'.encode('utf-16-le') + bytes(1024)
open(os.path.join(d, 'locked.docx'), 'wb').write(ole)
PY

"$ZAALT" index --db "$tmpdir/db" "$corpus" >"$tmpdir/index.out" 2>&1
out=$(cat "$tmpdir/index.out")
s() { "$ZAALT" search --db "$tmpdir/db" --json "$@"; }
total() { s --limit 0 "$1" | json 'j["total"]'; }
paths() { s --limit 50 "$1" | json 'sorted({h["path"] for h in j["hits"]})'; }

expect_eq "UTF-8 lines around a Windows-1251 line or byte, and a page without a charset, are read as UTF-8" \
    "$(paths 'хүн худалдаалах')" '["enc/mixed_line.txt", "enc/nocharset.html", "enc/stray_byte.txt"]'
expect_eq "the Windows-1251 line of a UTF-8 text is read as Windows-1251" "$(paths БАГАНУУР)" '["enc/mixed_line.txt"]'
expect_eq "the Windows-1251 paragraph of a page without a charset is read as Windows-1251" "$(total ТОГТООЛХУУДАС)" 1
expect_eq "a UTF-8 word on the same line as Windows-1251 words stays UTF-8" "$(total ХУДАЛДААХУУДАС)" 1
expect_contains "a mixed text is reported with the bytes mended" "$out" "enc/mixed_line.txt: mixed encoding: 28 bytes"  # the pasted line's 28 letters
expect_contains "a stray byte is reported" "$out" "enc/stray_byte.txt: mixed encoding: 1 byte of"
expect_contains "a mixed page is reported" "$out" "enc/nocharset.html: mixed encoding:"
expect_eq "a file wholly in Windows-1251 is still read as such" "$(total КИРИЛЛСЛОВО)" 1
expect_not_contains "a file wholly in Windows-1251 is not called mixed" "$out" "cp1251.txt: mixed"
expect_eq "a long statute with a stray byte is indexed, not refused" "$(s --limit 50 'журам' | json 'len({h["path"] for h in j["hits"] if h["path"] == "enc/long_law.txt"})')" 1
expect_contains "a stray byte undefined in Windows-1251 is reported replaced" "$out" "enc/long_law.txt: mixed encoding: 1 byte of this UTF-8 text read as Windows-1251; 1 byte that no encoding tried reads replaced"
expect_eq "UTF-16LE text without a byte-order mark is read" "$(total ЮНИКОДҮГ)" 1
expect_eq "an image parts the words either side" "$(total ЗУРАГДАРАА)" 1
expect_eq "an image without alt text parts them too" "$(total ХООСОНДАРАА)" 1
expect_eq "an image's alt text is read" "$(total ТАМГАЗУРАГ)" 1
expect_eq "<noscript> is left out (a site's notices, as before)" "$(total НОСКРИПТҮГ)" 0
expect_eq "a CDATA block in HTML is a comment, as in a browser" "$(total ЦДАТАҮГ)" 0
expect_eq "the text after it is read" "$(total ЦДАТАДАРАА)" 1
expect_contains "only the encrypted Word file failed" "$out" "1 failed"
expect_contains "a password-protected Word file is reported as encrypted" "$out" "word/locked.docx: encrypted"

expect_eq "a deleted article's text is left out" "$(total УСТГАСАНЗҮЙЛ)" 0
statute=$(s --limit 1 ХОЁРДАХЬЗҮЙЛ | json 'j["hits"][0]["doc"]')
articles=$("$ZAALT" show --db "$tmpdir/db" "$statute" | sed -n 's/^── [^ ]* · \([0-9]*\) [^ ]* зүйл\. \(.*\)/\1 \2/p' | tr '\n' '|')
expect_eq "a deleted article takes no number: the articles after it are numbered as Word shows them, none empty" \
    "$articles" "1 Хүүхдийг хамгаалах ЭХНИЙЗҮЙЛ|2 Хүүхдийн зөвлөл ХОЁРДАХЬЗҮЙЛ|3 Хуулийн хүчин төгөлдөр болох ГУРАВДАХЬЗҮЙЛ|"
for w in ГАРЧИГМӨР ГАРЧИГХОЁР АГУУЛГАХЯНАЛТ; do
    expect_eq "a Word table of contents is left out ($w)" "$(total $w)" 0
done
expect_eq "text after a table of contents is read" "$(total ГАРЧГИЙНДАРАА)" 1
expect_eq "a Word symbol parts the words either side" "$(total ТЭМДЭГДАРАА)" 1
expect_eq "a nested field shows its outer result" "$(total ГАДНАХҮР)" 1
expect_eq "not the inner field's result" "$(total ДОТОРХҮР)" 0
expect_eq "a field never ended hides nothing after it" "$(total ТАЛБАРДАРАА)" 1
expect_eq "an HTML altChunk is read" "$(total ЧАНКБИЕ)" 1
expect_eq "an HTML altChunk's script is not" "$(total СКРИПТҮГ)" 0
expect_contains "an altChunk that is not read is reported" "$out" "word/chunks.docx: embedded chunk word/chunk2.mht (w:altChunk): not read"
