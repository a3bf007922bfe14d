#!/usr/bin/env python3
"""make_seeds.py — writes the seed inputs of fuzz_zip and fuzz_html into
tests/fuzz/corpus/{zip,html}/: small Word and OpenDocument containers (each
under libFuzzer's 4,096-byte -max_len in t97) and a small page, so that the
committed binary seeds can be reviewed as this source.  Run it from the
repository root when the seeds should change.
"""
import zipfile

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
