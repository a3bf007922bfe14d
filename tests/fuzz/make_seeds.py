#!/usr/bin/env python3
"""make_seeds.py — writes the seed inputs of fuzz_zip, fuzz_html and fuzz_pdf
into tests/fuzz/corpus/{zip,html,pdf}/: small Word and OpenDocument
containers, a small page and small PDFs (each under libFuzzer's 4,096-byte
-max_len in t97; corpus/pdfdoc is a link to corpus/pdf, as fuzz_pdf and
fuzz_pdfdoc start from the same PDFs), so that the committed binary seeds can be reviewed as this
source.  Run it from the repository root when the seeds should change.
"""
import os
import zipfile
import zlib

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
T = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
     'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
     'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')


def put(z, name, data, stored=False):
    info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    z.writestr(info, data)


with zipfile.ZipFile("tests/fuzz/corpus/zip/word.docx", "w") as z:
    put(z, "word/document.xml",
        f'<w:document {W}><w:body><w:p><w:pPr><w:pStyle w:val="H1"/></w:pPr><w:r><w:t>Гарчиг</w:t></w:r></w:p>'
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Хүн худалдаалах'
        '</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:del><w:r><w:delText>x</w:delText></w:r></w:del>'
        '</w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>b</w:t></w:r>'
        '</w:p></w:tc></w:tr></w:tbl></w:body></w:document>')
    put(z, "word/styles.xml", f'<w:styles {W}><w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/>'
        '</w:style></w:styles>')
    put(z, "word/numbering.xml", f'<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">'
        '<w:start w:val="13"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1">'
        '<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2 дүгээр зүйл."/></w:lvl>'
        '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    put(z, "word/footnotes.xml", f'<w:footnotes {W}><w:footnote w:id="1"><w:p><w:r><w:t>note</w:t></w:r></w:p>'
        '</w:footnote></w:footnotes>')
    put(z, "docProps/core.xml", '<cp:coreProperties xmlns:cp="x" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        '<dc:title>T</dc:title><dc:language>mn</dc:language></cp:coreProperties>')

with zipfile.ZipFile("tests/fuzz/corpus/zip/text.odt", "w") as z:
    put(z, "mimetype", "application/vnd.oasis.opendocument.text", stored=True)
    put(z, "content.xml",
        f'<office:document-content {T}><office:automatic-styles><text:list-style style:name="L1" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"><text:list-level-style-number '
        'text:level="1" style:num-format="1" style:num-suffix="."/></text:list-style></office:automatic-styles>'
        '<office:body><office:text><text:h text:outline-level="1">Гарчиг</text:h><text:list text:style-name="L1">'
        '<text:list-item><text:p>нэг<text:note><text:note-citation>1</text:note-citation><text:note-body>'
        '<text:p>зүүлт</text:p></text:note-body></text:note></text:p></text:list-item></text:list>'
        '<table:table><table:table-row><table:table-cell><text:p>a</text:p></table:table-cell></table:table-row>'
        '</table:table></office:text></office:body></office:document-content>')

with zipfile.ZipFile("tests/fuzz/corpus/zip/stored.zip", "w") as z:
    put(z, "word/document.xml", f'<w:document {W}><w:body><w:p><w:r><w:t>stored</w:t></w:r></w:p></w:body>'
        '</w:document>', stored=True)

with open("tests/fuzz/corpus/html/page.html", "w", encoding="utf-8") as f:
    f.write('<!DOCTYPE html><html lang="mn"><head><title>Журам</title><script>x()</script></head><body>'
            '<nav>menu</nav><main><h1>Журам</h1><p>Текст &amp; <b>үг</b>.</p><h2>1. Зорилго</h2>'
            '<ol start="3" type="a"><li>нэг</li><li value="7">хоёр</li></ol><table><tr><th>a</th><td>b'
            '<table><tr><td>c</td></tr></table></td></tr></table><pre> x\n y</pre></main>'
            '<footer>f</footer></body></html>')


def pdf(path, objects, root=1):
    """A PDF of `objects` (bodies, numbered from 1) with a cross-reference
    table and a trailer naming object `root` as the catalog."""
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    with open(f"tests/fuzz/corpus/pdf/{path}", "wb") as f:
        f.write(out)


def stream(data, extra=b"", flate=False):
    if flate:
        data = zlib.compress(data)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


os.makedirs("tests/fuzz/corpus/pdf", exist_ok=True)
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"

# Text only: nothing that can hide it.
pdf("text.pdf", [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
    b"/Contents 4 0 R >>",
    stream(b"BT /F1 12 Tf 72 760 Td (\\(13.1\\) \\\\ (nested) text) Tj <48656c6c6f> Tj ET\n"
           b"0.5 w 72 700 m 500 700 l S\n"),
    FONT,
])

# A statute's page in a standard font (no font embedded), an amendment
# note below, and a name under a black box: structure, notes and the
# covered-text render.
pdf("statute.pdf", [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
    b"/Contents 4 0 R >>",
    stream(b"BT /F1 14 Tf 72 780 Td (CRIMINAL CODE OF MONGOLIA) Tj 0 -24 Td /F1 11 Tf "
           b"(Article 13.1. Trafficking in persons) Tj 0 -16 Td (1. Recruiting a person for exploitation) Tj "
           b"0 -16 Td (shall be punished by imprisonment of 2 to 8 years.) Tj 0 -16 Td "
           b"(/This part was amended by the law of 2017-07-01/) Tj 0 -16 Td (Article 13.2. Repealed) Tj "
           b"0 -16 Td (Victim: Jane Doe, born 2008-03-05) Tj ET 0 g 118 648 60 13 re f\n", flate=True),
    FONT,
])

# Two pages: a dark box, a form drawing an image with a soft mask, an inline
# image, an annotation that draws; compressed content in an array.
pdf("boxes.pdf", [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 /Resources << /XObject << /Fm1 7 0 R /Im1 8 0 R >> "
    b"/Font << /F1 10 0 R >> >> >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [5 0 R 6 0 R] "
    b"/Annots [<< /Type /Annot /Subtype /Link /Rect [0 0 1 1] >> 11 0 R] >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 12 0 R >>",
    stream(b"q 2 0 0 2 0 0 cm BT /F1 10 Tf 100 100 Td (name) Tj ET Q\n", flate=True),
    stream(b"q 0 0 0 rg 90 95 120 20 re f Q /Fm1 Do\n"
           b"q BI /W 16 /H 8 /BPC 8 /CS /G ID \x00\x01EI\x02 EI Q\n", flate=True),
    stream(b"q 0.1 0.1 0.1 RG 6 w 0 0 m 50 50 l S /Im1 Do Q", b" /Type /XObject /Subtype /Form /BBox [0 0 100 100]"),
    b"<< /Type /XObject /Subtype /Image /Width 640 /Height 480 /BitsPerComponent 8 /ColorSpace /DeviceGray "
    b"/SMask 9 0 R /Length 0 >>\nstream\n\nendstream",
    b"<< /Type /XObject /Subtype /Image /Width 640 /Height 480 /BitsPerComponent 8 /ColorSpace /DeviceGray "
    b"/Length 0 >>\nstream\n\nendstream",
    FONT,
    b"<< /Type /Annot /Subtype /Square /Rect [10 10 200 40] /IC [0 0 0] >>",
    stream(b"1 g 0 0 595 842 re f 0 G 0.2 w 72 72 m 300 72 l S /GS1 gs 0 0 0 1 k 5 5 1 1 re f\n"),
])

# Objects in a compressed object stream, a nested page tree whose
# resources are inherited, a cross-reference stream, and a Type 3 glyph.
objstm_objs = [
    b"<< /Type /Pages /Kids [9 0 R] /Count 1 /Resources << /XObject << /X1 5 0 R >> >> >>",
    b"<< /Type /Pages /Parent 8 0 R /Kids [6 0 R] /Count 1 >>",
]
header = b""
body = b""
for n, o in zip((8, 9), objstm_objs):
    header += b"%d %d " % (n, len(body))
    body += o + b" "
pdf("objstm.pdf", [
    b"<< /Type /Catalog /Pages 8 0 R >>",
    stream(header + body, b" /Type /ObjStm /N 2 /First %d" % len(header), flate=True),
    b"<< /Type /XRef /Size 10 /W [1 2 1] /Filter /FlateDecode /Length 0 >>\nstream\n\nendstream",
    b"null",
    stream(b"0 0 d0 0 0 10 10 re f", b" /Type /XObject /Subtype /Form /BBox [0 0 10 10]"),
    b"<< /Type /Page /Parent 9 0 R /MediaBox [0 0 200 200] /Contents 7 0 R >>",
    stream(b"q 1 0 0 1 10 10 cm /X1 Do Q 0.9 g 0 0 10 10 re f 0 0 1 rg 20 20 1 100 re f", flate=True),
])
