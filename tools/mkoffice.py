#!/usr/bin/env python3
"""mkoffice.py — writes a Word (.docx) or OpenDocument (.odt) file from the
small marked-up text the demo corpus and the tests are written in, with
python3's zipfile writing each XML part by hand, so that every byte of the
result can be read here (no binary is committed).

Usage: tools/mkoffice.py SOURCE.txt OUT.docx|OUT.odt

Source format (a superset of tools/textdoc.h's):
  %title T / %author T / %date YYYY-MM-DD / %lang mn|en   document properties
  %header T / %footer T                                     page header, footer
  %list LEVEL FORMAT TEXT   numbering of list level LEVEL (0-8): FORMAT is
                            Word's (decimal, lowerLetter, russianLower, ...),
                            TEXT its level text ("%1.%2 дүгээр зүйл.")
  %start LEVEL N            the level's first number
  %box T                    a text box anchored in an empty paragraph (Word:
                            the modern shape and its VML fallback, both)
  %% ...                    a comment, not written
  # T, ## T, ### T          headings 1-3 (Word styles Heading 1-3, ODF text:h)
  + T, ++ T, +++ T          paragraphs numbered at list level 0, 1, 2
  | a | b | c |             a table row; consecutive rows make one table
  other lines               paragraphs (a blank line is nothing)
Inline: [^note] a footnote, [-text-] a tracked deletion, [+text+] a tracked
insertion, [!text!] a comment on the text before it.

Not for: anything but generating test and demo documents.
"""
import re
import sys
import zipfile
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
ODF_VERSION = "1.3"
INLINE = re.compile(r"\[\^(.+?)\]|\[-(.+?)-\]|\[\+(.+?)\+\]|\[!(.+?)!\]")


def parse(text):
    doc = {"props": {}, "header": None, "footer": None, "lists": {}, "starts": {}, "blocks": []}
    for line in text.splitlines():
        if line.startswith("%%"):
            continue
        if line.startswith("%"):
            word, _, rest = line[1:].partition(" ")
            if word in ("title", "author", "date", "lang"):
                doc["props"][word] = rest.strip()
            elif word in ("header", "footer"):
                doc[word] = rest.strip()
            elif word == "list":
                level, fmt, lvl_text = rest.split(" ", 2)
                doc["lists"][int(level)] = (fmt, lvl_text)
            elif word == "start":
                level, n = rest.split()
                doc["starts"][int(level)] = int(n)
            elif word == "box":
                doc["blocks"].append(("box", rest.strip()))
            else:
                sys.exit(f"mkoffice: unknown directive %{word}")
            continue
        if not line.strip():
            continue
        m = re.match(r"^(#{1,3}) (.*)", line)
        if m:
            doc["blocks"].append(("heading", len(m.group(1)), m.group(2)))
            continue
        m = re.match(r"^(\+{1,3}) (.*)", line)
        if m:
            doc["blocks"].append(("item", len(m.group(1)) - 1, m.group(2)))
            continue
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if doc["blocks"] and doc["blocks"][-1][0] == "table":
                doc["blocks"][-1][1].append(cells)
            else:
                doc["blocks"].append(("table", [cells]))
            continue
        doc["blocks"].append(("para", line.strip()))
    return doc


def pieces(text):
    """(kind, text) pieces of a line: plain, note, del, ins, comment."""
    out, at = [], 0
    for m in INLINE.finditer(text):
        if m.start() > at:
            out.append(("plain", text[at:m.start()]))
        kind = ("note", "del", "ins", "comment")[[g is not None for g in m.groups()].index(True)]
        out.append((kind, next(g for g in m.groups() if g is not None)))
        at = m.end()
    if at < len(text):
        out.append(("plain", text[at:]))
    return out


def put(z, name, data, stored=False):
    """An entry with a fixed time, so that the same source makes the same bytes."""
    info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    z.writestr(info, data)


# ---- DOCX ------------------------------------------------------------------

class Docx:
    def __init__(self, doc):
        self.doc, self.notes, self.comments, self.ids = doc, [], [], 0

    def run(self, text):
        return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'

    def runs(self, text):
        xml = []
        for kind, t in pieces(text):
            self.ids += 1
            if kind == "plain":
                xml.append(self.run(t))
            elif kind == "note":
                self.notes.append(t)
                xml.append(f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                           f'<w:footnoteReference w:id="{len(self.notes)}"/></w:r>')
            elif kind == "del":
                xml.append(f'<w:del w:id="{self.ids}" w:author="Zaalt" w:date="2024-01-01T00:00:00Z">'
                           f'<w:r><w:delText xml:space="preserve">{escape(t)}</w:delText></w:r></w:del>')
            elif kind == "ins":
                xml.append(f'<w:ins w:id="{self.ids}" w:author="Zaalt" w:date="2024-01-01T00:00:00Z">'
                           f'{self.run(t)}</w:ins>')
            else:
                cid = len(self.comments)
                self.comments.append(t)
                xml.append(f'<w:commentRangeStart w:id="{cid}"/><w:commentRangeEnd w:id="{cid}"/>'
                           f'<w:r><w:commentReference w:id="{cid}"/></w:r>')
        return "".join(xml)

    def para(self, text, style=None, level=None):
        ppr = ""
        if style or level is not None:
            ppr = "<w:pPr>"
            if style:
                ppr += f'<w:pStyle w:val="{style}"/>'
            if level is not None:
                ppr += f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr>'
            ppr += "</w:pPr>"
        return f"<w:p>{ppr}{self.runs(text)}</w:p>"

    def box(self, text):
        inner = f'<w:txbxContent><w:p>{self.run(text)}</w:p></w:txbxContent>'
        return ('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
                '<a:graphic><a:graphicData><wps:wsp><wps:txbx>' + inner +
                '</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
                '<mc:Fallback><w:pict><v:shape><v:textbox>' + inner +
                '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')

    def table(self, rows):
        xml = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>']
        for row in rows:
            xml.append("<w:tr>" + "".join(f"<w:tc>{self.para(c)}</w:tc>" for c in row) + "</w:tr>")
        return "".join(xml) + "</w:tbl>"

    def body(self):
        xml = []
        for b in self.doc["blocks"]:
            if b[0] == "heading":
                xml.append(self.para(b[2], style=f"Heading{b[1]}"))
            elif b[0] == "item":
                xml.append(self.para(b[2], style="ListParagraph", level=b[1]))
            elif b[0] == "table":
                xml.append(self.table(b[1]))
            elif b[0] == "box":
                xml.append(self.box(b[1]))
            else:
                xml.append(self.para(b[1]))
        return "".join(xml)

    def write(self, path):
        ns = (f'xmlns:w="{W}" xmlns:r="{R}" '
              'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
              'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
              'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
              'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
              'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"')
        body = self.body()
        document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {ns}><w:body>{body}'
                    '<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/>'
                    '<w:footerReference w:type="default" r:id="rIdF"/></w:sectPr></w:body></w:document>')
        p = self.doc["props"]
        lang = {"mn": "mn-MN", "en": "en-US"}.get(p.get("lang", ""), "")
        styles = [f'<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
                  '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>'
                  '<w:basedOn w:val="Normal"/></w:style>']
        for n in (1, 2, 3):
            styles.append(f'<w:style w:type="paragraph" w:styleId="Heading{n}"><w:name w:val="heading {n}"/>'
                          f'<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="{n - 1}"/></w:pPr></w:style>')
        levels = []
        for lvl in range(9):
            fmt, text = self.doc["lists"].get(lvl, ("decimal", "%" + str(lvl + 1) + "."))
            start = self.doc["starts"].get(lvl, 1)
            levels.append(f'<w:lvl w:ilvl="{lvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
                          f'<w:lvlText w:val="{escape(text, {chr(34): "&quot;"})}"/><w:suff w:val="space"/></w:lvl>')
        numbering = (f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0">{"".join(levels)}'
                     '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
        notes = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                 '</w:r></w:p></w:footnote>']
        for i, t in enumerate(self.notes, 1):
            notes.append(f'<w:footnote w:id="{i}"><w:p><w:r><w:footnoteRef/></w:r>{self.run(" " + t)}</w:p>'
                         '</w:footnote>')
        comments = "".join(f'<w:comment w:id="{i}" w:author="Reviewer"><w:p>{self.run(t)}</w:p></w:comment>'
                           for i, t in enumerate(self.comments))
        hdr = self.doc["header"] or ""
        ftr = self.doc["footer"] or ""
        rels = [("rIdS", "styles", "styles.xml"), ("rIdN", "numbering", "numbering.xml"),
                ("rIdFn", "footnotes", "footnotes.xml"), ("rIdC", "comments", "comments.xml"),
                ("rIdH", "header", "header1.xml"), ("rIdF", "footer", "footer1.xml")]
        ct = ("application/vnd.openxmlformats-officedocument.wordprocessingml.", "+xml")
        overrides = [("/word/document.xml", "document.main"), ("/word/styles.xml", "styles"),
                     ("/word/numbering.xml", "numbering"), ("/word/footnotes.xml", "footnotes"),
                     ("/word/comments.xml", "comments"), ("/word/header1.xml", "header"),
                     ("/word/footer1.xml", "footer")]
        types = ('<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/'
                 '2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                 'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
                 "".join(f'<Override PartName="{n}" ContentType="{ct[0]}{t}{ct[1]}"/>' for n, t in overrides) +
                 '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
                 'core-properties+xml"/></Types>')
        core = ('<?xml version="1.0" encoding="UTF-8"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.'
                'org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                f'<dc:title>{escape(p.get("title", ""))}</dc:title><dc:creator>{escape(p.get("author", ""))}'
                f'</dc:creator><dc:language>{lang}</dc:language>' +
                (f'<dcterms:created xsi:type="dcterms:W3CDTF">{p["date"]}T09:00:00Z</dcterms:created>'
                 if "date" in p else "") + '</cp:coreProperties>')
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            put(z, "[Content_Types].xml", types)
            put(z, "_rels/.rels", f'<Relationships xmlns="{REL}"><Relationship Id="rId1" Type="{R}/'
                       'officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.'
                       'openxmlformats.org/package/2006/relationships/metadata/core-properties" '
                       'Target="docProps/core.xml"/></Relationships>')
            put(z, "word/document.xml", document)
            put(z, "word/_rels/document.xml.rels", f'<Relationships xmlns="{REL}">' + "".join(
                f'<Relationship Id="{i}" Type="{R}/{t}" Target="{n}"/>' for i, t, n in rels) + "</Relationships>")
            put(z, "word/styles.xml", f'<w:styles xmlns:w="{W}">{"".join(styles)}</w:styles>')
            put(z, "word/numbering.xml", numbering)
            put(z, "word/footnotes.xml", f'<w:footnotes xmlns:w="{W}">{"".join(notes)}</w:footnotes>')
            put(z, "word/comments.xml", f'<w:comments xmlns:w="{W}">{comments}</w:comments>')
            put(z, "word/header1.xml", f'<w:hdr xmlns:w="{W}"><w:p>{self.run(hdr)}</w:p></w:hdr>')
            put(z, "word/footer1.xml", f'<w:ftr xmlns:w="{W}"><w:p><w:r><w:fldChar w:fldCharType="begin"/>'
                       '<w:instrText xml:space="preserve"> PAGE </w:instrText><w:fldChar w:fldCharType="end"/>'
                       f'</w:r>{self.run(ftr)}</w:p></w:ftr>')
            put(z, "docProps/core.xml", core)


# ---- ODT -------------------------------------------------------------------

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          f'office:version="{ODF_VERSION}"')
ODF_FORMATS = {"decimal": "1", "lowerLetter": "a", "upperLetter": "A", "lowerRoman": "i", "upperRoman": "I",
               "russianLower": "а, б, .., аа, аб, ... (ru)", "bullet": ""}


class Odt:
    def __init__(self, doc):
        self.doc, self.notes, self.changes = doc, 0, []

    def spans(self, text):
        xml = []
        for kind, t in pieces(text):
            if kind == "plain":
                xml.append(escape(t))
            elif kind == "note":
                self.notes += 1
                xml.append(f'<text:note text:id="ftn{self.notes}" text:note-class="footnote"><text:note-citation>'
                           f'{self.notes}</text:note-citation><text:note-body><text:p>{escape(t)}</text:p>'
                           '</text:note-body></text:note>')
            elif kind == "del":
                cid = f"ct{len(self.changes) + 1}"
                self.changes.append(f'<text:changed-region text:id="{cid}"><text:deletion><office:change-info>'
                                    '<dc:creator>Zaalt</dc:creator><dc:date>2024-01-01T00:00:00</dc:date>'
                                    f'</office:change-info><text:p>{escape(t)}</text:p></text:deletion>'
                                    '</text:changed-region>')
                xml.append(f'<text:change text:change-id="{cid}"/>')
            elif kind == "ins":
                xml.append(escape(t))
            else:
                xml.append(f'<office:annotation><dc:creator>Reviewer</dc:creator><text:p>{escape(t)}</text:p>'
                           '</office:annotation>')
        return "".join(xml)

    def body(self):
        xml, i, blocks = [], 0, self.doc["blocks"]
        while i < len(blocks):
            b = blocks[i]
            if b[0] == "heading":
                xml.append(f'<text:h text:outline-level="{b[1]}">{self.spans(b[2])}</text:h>')
            elif b[0] == "item":
                # Consecutive items make one list, nested by level.
                items = []
                while i < len(blocks) and blocks[i][0] == "item":
                    items.append(blocks[i])
                    i += 1
                xml.append(self.list(items, 0, True))
                continue
            elif b[0] == "table":
                cols = max(len(r) for r in b[1])
                rows = "".join("<table:table-row>" + "".join(
                    f'<table:table-cell office:value-type="string"><text:p>{self.spans(c)}</text:p>'
                    '</table:table-cell>' for c in r) + "</table:table-row>" for r in b[1])
                xml.append(f'<table:table table:name="T{i}"><table:table-column table:number-columns-repeated='
                           f'"{cols}"/>{rows}</table:table>')
            elif b[0] == "box":
                xml.append('<text:p><draw:frame draw:name="box" text:anchor-type="paragraph" svg:width="5cm">'
                           f'<draw:text-box><text:p>{escape(b[1])}</text:p></draw:text-box></draw:frame></text:p>')
            else:
                xml.append(f"<text:p>{self.spans(b[1])}</text:p>")
            i += 1
        return "".join(xml)

    def list(self, items, level, top):
        out = ['<text:list text:style-name="L1">' if top else "<text:list>"]
        i = 0
        while i < len(items):
            lvl, text = items[i][1], items[i][2]
            if lvl > level:
                sub = []
                while i < len(items) and items[i][1] > level:
                    sub.append(items[i])
                    i += 1
                out.append("<text:list-item>" + self.list(sub, level + 1, False) + "</text:list-item>")
                continue
            out.append(f"<text:list-item><text:p>{self.spans(text)}</text:p></text:list-item>")
            i += 1
        return "".join(out) + "</text:list>"

    def list_style(self):
        levels = []
        for lvl in range(9):
            fmt, text = self.doc["lists"].get(lvl, ("decimal", "%" + str(lvl + 1) + "."))
            marks = re.findall(r"%\d", text)
            prefix = text[:text.index(marks[0])] if marks else ""
            suffix = text[text.rindex(marks[-1]) + 2:] if marks else text
            start = self.doc["starts"].get(lvl, 1)
            levels.append(f'<text:list-level-style-number text:level="{lvl + 1}" style:num-format='
                          f'"{escape(ODF_FORMATS.get(fmt, "1"))}" style:num-prefix="{escape(prefix)}" '
                          f'style:num-suffix="{escape(suffix)}" text:display-levels="{max(1, len(marks))}" '
                          f'text:start-value="{start}"/>')
        return f'<text:list-style style:name="L1">{"".join(levels)}</text:list-style>'

    def write(self, path):
        p = self.doc["props"]
        body = self.body()
        tracked = f'<text:tracked-changes>{"".join(self.changes)}</text:tracked-changes>' if self.changes else ""
        content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS}>'
                   f'<office:automatic-styles>{self.list_style()}</office:automatic-styles>'
                   f'<office:body><office:text>{tracked}{body}</office:text></office:body></office:document-content>')
        header = f'<style:header><text:p>{escape(self.doc["header"])}</text:p></style:header>' \
            if self.doc["header"] else ""
        footer = f'<style:footer><text:p>{escape(self.doc["footer"])}</text:p></style:footer>' \
            if self.doc["footer"] else ""
        styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ODF_NS}><office:master-styles>'
                  f'<style:master-page style:name="Standard">{header}{footer}</style:master-page>'
                  '</office:master-styles></office:document-styles>')
        meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODF_NS}><office:meta>'
                f'<dc:title>{escape(p.get("title", ""))}</dc:title><meta:initial-creator>'
                f'{escape(p.get("author", ""))}</meta:initial-creator><dc:language>{escape(p.get("lang", ""))}'
                '</dc:language>' +
                (f'<meta:creation-date>{p["date"]}T09:00:00</meta:creation-date>' if "date" in p else "") +
                '</office:meta></office:document-meta>')
        manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                    f'opendocument:xmlns:manifest:1.0" manifest:version="{ODF_VERSION}">'
                    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.'
                    'opendocument.text"/>' + "".join(
                        f'<manifest:file-entry manifest:full-path="{n}" manifest:media-type="text/xml"/>'
                        for n in ("content.xml", "styles.xml", "meta.xml")) + '</manifest:manifest>')
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            put(z, "mimetype", "application/vnd.oasis.opendocument.text", stored=True)
            put(z, "META-INF/manifest.xml", manifest)
            put(z, "content.xml", content)
            put(z, "styles.xml", styles)
            put(z, "meta.xml", meta)


def main(argv):
    if len(argv) != 3 or not argv[2].endswith((".docx", ".odt")):
        sys.exit("usage: mkoffice.py SOURCE.txt OUT.docx|OUT.odt")
    with open(argv[1], encoding="utf-8") as f:
        doc = parse(f.read())
    (Docx if argv[2].endswith(".docx") else Odt)(doc).write(argv[2])


if __name__ == "__main__":
    main(sys.argv)
