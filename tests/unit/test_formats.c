/* test_formats.c — Word, OpenDocument and HTML files in, documents and
 * sections out (indexer/docx.c, odt.c, html.c, flow.c, zip.c).
 *
 * Proves: on the two real Word files of ../shared/corpus/docx (skipped when
 * absent), a heading is a section of its own with its text, a table cell is
 * found in its row in the "Tables" section, and a table's note in that
 * section; a statute written in Word and in ODT with automatic numbering
 * ("%1.%2 дүгээр зүйл.") is cut into the same articles as text would be,
 * with a footnote in its article, tracked deletions and comments left out,
 * a text box and the page header read once; headings make labelled
 * sections, and a heading straight above another joins it; HTML keeps its
 * article and leaves out scripts, navigation, forms and page furniture,
 * numbers ordered lists, decodes entities and Windows-1251; names and
 * signatures choose the handler (a .docx that is not a zip is damaged, an
 * encrypted Word file says so, a spreadsheet is skipped); hidden text
 * (Word's w:vanish, ODT's hidden styles and fields) is left out with a
 * warning unless covered-text = keep; numbers format as
 * Word and ODF show them; zip names that could escape are recognised.
 *
 * Fixtures are generated at test time with tools/mkoffice.py (python3)
 * into a temporary folder.
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "tests/unit/test_context.h"
#include "core/record.h"
#include "indexer/extract.h"
#include "indexer/flow.h"
#include "indexer/mask.h"
#include "indexer/zip.h"
#include "legal/amendment.h"

#define CORPUS "../shared/corpus"

static char *tmpdir;
static ix_extractor *extractor;

static char *
fixture(const char *name, const char *content, gssize len)
{
    char *path = g_build_filename(tmpdir, name, NULL);
    g_assert_true(g_file_set_contents(path, content, len, NULL));
    return path;
}

/* Runs python3 with `args` (NULL-terminated), which must succeed. */
static void
python(const char *const *args)
{
    GPtrArray *argv = g_ptr_array_new();
    g_ptr_array_add(argv, "python3");
    for (const char *const *a = args; *a != NULL; a++)
        g_ptr_array_add(argv, (gpointer)*a);
    g_ptr_array_add(argv, NULL);
    int status = 0;
    GError *error = NULL;
    g_assert_true(
        g_spawn_sync(NULL, (char **)argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error));
    g_assert_no_error(error);
    g_assert_true(g_spawn_check_wait_status(status, NULL));
    g_ptr_array_free(argv, TRUE);
}

/* `source` (mkoffice.py's format) rendered to tmpdir/NAME (.docx or .odt). */
static char *
office(const char *name, const char *source)
{
    char *src = g_strconcat(name, ".src", NULL);
    char *src_path = fixture(src, source, -1);
    char *out = g_build_filename(tmpdir, name, NULL);
    python((const char *const[]){"tools/mkoffice.py", src_path, out, NULL});
    g_free(src);
    g_free(src_path);
    return out;
}

static zr_doc *
extract(const char *path, const char *hint, ix_extract_status expect, char **reason)
{
    zr_doc *doc = ix_doc_new();
    doc->id = g_strdup("000000000000");
    doc->source = g_strdup("test");
    doc->path = g_path_get_basename(path);
    GError *error = NULL;
    ix_extract_status status = ix_extract_file(extractor, path, hint, doc, &error);
    if (status != expect)
        g_test_message("%s: status %d, error %s", path, status, error ? error->message : "none");
    g_assert_cmpint(status, ==, expect);
    if (status != IX_EXTRACT_OK) {
        g_assert_nonnull(error);
        if (reason != NULL)
            *reason = g_strdup(error->message);
        g_error_free(error);
        ix_doc_free(doc);
        return NULL;
    }
    g_assert_no_error(error);
    return doc;
}

/* The first unit labelled `label` (NULL: none), and how many units hold
 * `text`. */
static const zr_unit *
labelled(const zr_doc *doc, const char *label)
{
    for (guint i = 0; i < doc->units->len; i++) {
        const zr_unit *u = g_ptr_array_index(doc->units, i);
        if (g_strcmp0(u->label, label) == 0)
            return u;
    }
    return NULL;
}

/* The unit holding `text`, checking there is exactly one. */
static const zr_unit *
holding(const zr_doc *doc, const char *text)
{
    const zr_unit *found = NULL;
    int n = 0;
    for (guint i = 0; i < doc->units->len; i++) {
        const zr_unit *u = g_ptr_array_index(doc->units, i);
        for (const char *p = strstr(u->text, text); p != NULL; p = strstr(p + 1, text)) {
            found = u;
            n++;
        }
    }
    if (n != 1)
        g_test_message("'%s' found %d times", text, n);
    g_assert_cmpint(n, ==, 1);
    return found;
}

static bool
anywhere(const zr_doc *doc, const char *text)
{
    for (guint i = 0; i < doc->units->len; i++)
        if (strstr(((const zr_unit *)g_ptr_array_index(doc->units, i))->text, text) != NULL)
            return true;
    return false;
}

/* ---- The real Word files ----------------------------------------------- */

static void
test_real_manuscript(void)
{
    const char *path = CORPUS "/docx/mongolia_sentencing_manuscript_anonymized.docx";
    if (!g_file_test(path, G_FILE_TEST_EXISTS)) {
        g_test_skip("../shared/corpus/docx is absent");
        return;
    }
    zr_doc *doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    g_assert_cmpstr(doc->format, ==, "docx");
    /* docProps/core.xml has an empty title: the first heading is. */
    g_assert_cmpstr(doc->title, ==, "Demographic Disparities in Criminal Sentencing: Evidence from Mongolian Courts");
    g_assert_cmpstr(doc->lang, ==, "en");
    g_assert_cmpstr(doc->date, ==, "2026-08-13");
    /* A heading: "2.1 Data Source" is a section holding its paragraph. */
    const zr_unit *u = labelled(doc, "2.1 Data Source");
    g_assert_nonnull(u);
    g_assert_cmpstr(u->kind, ==, "section");
    g_assert_true(g_str_has_prefix(u->text, "2. Data and Methods\n\n2.1 Data Source\n\n"));
    g_assert_true(holding(doc, "publishes criminal court decisions through a public database at shuukh.mn") == u);
    /* A table cell, in its row, in the "Tables" section. */
    u = holding(doc, "Female | 7,995 (13.0%) | 3,911 (13.4%) | 4,866 (13.5%)");
    g_assert_cmpstr(u->label, ==, "Tables");
    /* A table's note, there too. */
    u = holding(doc, "Note. OLS coefficients with court-clustered standard errors in parentheses.");
    g_assert_cmpstr(u->label, ==, "Tables");
    /* Figures' captions under their heading; the footer's PAGE field is
     * an instruction, not text. */
    g_assert_cmpstr(holding(doc, "Fig. 1 Defendant demographic characteristics")->label, ==, "Figure Captions");
    g_assert_false(anywhere(doc, "PAGE"));
    /* The abstract, under its heading. */
    g_assert_cmpstr(holding(doc, "Employment is not enumerated as a mitigating circumstance in Article 6.5.1")->label,
                    ==, "Abstract");
    ix_doc_free(doc);

    path = CORPUS "/docx/mongolia_sentencing_supplementary_material.docx";
    doc = extract(path, "research", IX_EXTRACT_OK, NULL);
    g_assert_cmpstr(doc->type, ==, "research");
    g_assert_cmpstr(doc->title, ==, "Supplementary Material");
    u = holding(doc, "H2 (Education) | Education level | .083 | 0.0500 | Do not reject");
    g_assert_cmpstr(u->label, ==, "Table A1. Holm-Bonferroni correction for Model 1");
    ix_doc_free(doc);
}

/* ---- A statute in Word and ODT ----------------------------------------- */

static const char law_source[] = "%title Туршилтын хууль\n"
                                 "%date 2024-05-02\n"
                                 "%lang mn\n"
                                 "%header Туршилтын толгой\n"
                                 "%list 0 decimal %1 дүгээр бүлэг.\n"
                                 "%list 1 decimal %1.%2 дүгээр зүйл.\n"
                                 "%list 2 decimal %3.\n"
                                 "%start 0 13\n"
                                 "# ЭРҮҮГИЙН ХУУЛЬ\n"
                                 "+ ХҮНИЙ ЭРХ, ЭРХ ЧӨЛӨӨНИЙ ЭСРЭГ ГЭМТ ХЭРЭГ\n"
                                 "++ Хүн худалдаалах\n"
                                 "+++ Хүнийг худалдсан[^Тайлбар: зохиомол зүүлт.] бол хорих ял шийтгэнэ.\n"
                                 "+++ Насанд хүрээгүй хүний эсрэг[-устгасанүг-] үйлдсэн бол хорих ял шийтгэнэ.\n"
                                 "++ Хүнийг хууль бусаар хорих\n"
                                 "+++ Хууль бусаар хорьсон[!шүүмжийнсэтгэгдэл!] бол торгох ял шийтгэнэ.\n"
                                 "++ Хүчиндэх\n"
                                 "+++ Хүчиндсэн бол[+ нэмсэн үг+] хорих ял шийтгэнэ.\n"
                                 "| Зүйл | Ял |\n"
                                 "| 13.1 | 5-12 жил |\n"
                                 "%box Хайрцагт бичсэн тайлбар\n";

static void
check_law(const char *name)
{
    char *path = office(name, law_source);
    zr_doc *doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    g_assert_cmpstr(doc->format, ==, g_str_has_suffix(name, ".odt") ? "odt" : "docx");
    g_assert_cmpstr(doc->type, ==, "code");
    /* The law's name in its own header, not the file's title property
     * (structure.h ix_statute_name). */
    g_assert_cmpstr(doc->title, ==, "ЭРҮҮГИЙН ХУУЛЬ");
    g_assert_cmpstr(doc->date, ==, "2024-05-02");
    g_assert_cmpstr(doc->lang, ==, "mn");
    /* The numbers Word and ODF render make the articles. */
    const char *provisions[] = {"13.1", "13.2", "13.3"};
    const zr_unit *articles[3];
    for (int i = 0; i < 3; i++) {
        articles[i] = NULL;
        for (guint k = 0; k < doc->units->len; k++) {
            const zr_unit *u = g_ptr_array_index(doc->units, k);
            if (g_strcmp0(u->provision, provisions[i]) == 0)
                articles[i] = u;
        }
        g_assert_nonnull(articles[i]);
        g_assert_cmpstr(articles[i]->kind, ==, "article");
    }
    g_assert_cmpstr(articles[0]->label, ==, "13.1 дүгээр зүйл. Хүн худалдаалах");
    /* Its parts, numbered "1." and "2." by the third level. */
    g_assert_cmpuint(articles[0]->parts->len, ==, 2);
    g_assert_cmpstr(((zr_part *)g_ptr_array_index(articles[0]->parts, 1))->key, ==, "13.1.2");
    /* The footnote in its article, after its paragraph. */
    g_assert_true(holding(doc, "[1] Тайлбар: зохиомол зүүлт.") == articles[0]);
    g_assert_nonnull(strstr(articles[0]->text, "хорих ял шийтгэнэ.\n\n[1] Тайлбар"));
    /* Deleted text and comments are not the document's text; insertions
     * are. */
    g_assert_false(anywhere(doc, "устгасанүг"));
    g_assert_false(anywhere(doc, "шүүмжийнсэтгэгдэл"));
    g_assert_true(holding(doc, "нэмсэн үг") == articles[2]);
    /* The table's row, the text box and the header, once each. */
    g_assert_true(holding(doc, "13.1 | 5-12 жил") == articles[2]);
    holding(doc, "Хайрцагт бичсэн тайлбар");
    holding(doc, "Туршилтын толгой");
    ix_doc_free(doc);
    g_free(path);
}

static void
test_statute_in_word(void)
{
    check_law("law.docx");
}

static void
test_statute_in_odt(void)
{
    check_law("law.odt");
}

/* Word the way Word itself writes it, beyond what mkoffice.py makes:
 * article headings numbered through their style and a list style
 * (w:numStyleLink), a table of contents, content controls, moved text, a
 * field and an endnote. */
static const char word_script[] =
    "import sys, zipfile\n"
    "W = 'xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"'\n"
    "def p(text, style=None, extra=''):\n"
    "    st = f'<w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>' if style else ''\n"
    "    return f'<w:p>{st}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>{extra}</w:p>'\n"
    "body = (p('Агуулга', 'TOCHeading') + p('13.1 дүгээр зүйл. Хүн худалдаалах 5', 'TOC1') +\n"
    "    p('ХҮНИЙ ЭСРЭГ ГЭМТ ХЭРЭГ', 'Heading1') + p('Хүн худалдаалах', 'Heading2') +\n"
    "    '<w:sdt><w:sdtPr><w:alias w:val=\"x\"/></w:sdtPr><w:sdtContent>' +\n"
    "    p('Хүнийг худалдсан бол хорих ял шийтгэнэ.', None,\n"
    "      '<w:r><w:endnoteReference w:id=\"2\"/></w:r>') + '</w:sdtContent></w:sdt>' +\n"
    "    p('Хууль бусаар хорих', 'Heading2') +\n"
    "    '<w:p><w:r><w:t xml:space=\"preserve\">Хорьсон бол </w:t></w:r><w:moveFrom w:id=\"1\" "
    "w:author=\"a\"><w:r><w:t>зөөсөнүг</w:t>'\n"
    "    '</w:r></w:moveFrom><w:fldSimple w:instr=\" DATE \"><w:r><w:t>талбарын үр дүн</w:t></w:r></w:fldSimple>'\n"
    "    '<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGEREF x </w:instrText></w:r>'\n"
    "    '<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>' + p('Хүчиндэх', 'Heading2') + p('Хүчиндсэн бол.'))\n"
    "styles = ''.join(f'<w:style w:type=\"paragraph\" w:styleId=\"{i}\"><w:name w:val=\"{n}\"/>{x}</w:style>'\n"
    "    for i, n, x in [('Heading1', 'heading 1', '<w:pPr><w:numPr><w:numId w:val=\"7\"/></w:numPr></w:pPr>'),\n"
    "                    ('Heading2', 'heading 2', '<w:basedOn w:val=\"Heading1\"/><w:pPr><w:numPr>'\n"
    "                     '<w:ilvl w:val=\"1\"/></w:numPr></w:pPr>'),\n"
    "                    ('TOC1', 'toc 1', ''), ('TOCHeading', 'TOC Heading', '')])\n"
    "numbering = ('<w:abstractNum w:abstractNumId=\"3\"><w:styleLink w:val=\"Articles\"/>'\n"
    "    '<w:lvl w:ilvl=\"0\"><w:start w:val=\"13\"/><w:numFmt w:val=\"decimal\"/>'\n"
    "    '<w:lvlText w:val=\"%1 дүгээр бүлэг.\"/></w:lvl><w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/>'\n"
    "    '<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%2 дүгээр зүйл.\"/></w:lvl></w:abstractNum>'\n"
    "    '<w:abstractNum w:abstractNumId=\"4\"><w:numStyleLink w:val=\"Articles\"/></w:abstractNum>'\n"
    "    '<w:num w:numId=\"7\"><w:abstractNumId w:val=\"4\"/></w:num>')\n"
    "endnotes = ('<w:endnote w:type=\"separator\" w:id=\"0\"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'\n"
    "    '<w:endnote w:id=\"2\"><w:p><w:r><w:t>Төгсгөлийн тайлбар.</w:t></w:r></w:p></w:endnote>')\n"
    "with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:\n"
    "    z.writestr('word/document.xml', f'<w:document {W}><w:body>{body}</w:body></w:document>')\n"
    "    z.writestr('word/styles.xml', f'<w:styles {W}>{styles}</w:styles>')\n"
    "    z.writestr('word/numbering.xml', f'<w:numbering {W}>{numbering}</w:numbering>')\n"
    "    z.writestr('word/endnotes.xml', f'<w:endnotes {W}>{endnotes}</w:endnotes>')\n";

static void
test_word_as_word_writes_it(void)
{
    char *script = fixture("word.py", word_script, -1);
    char *path = g_build_filename(tmpdir, "word.docx", NULL);
    python((const char *const[]){script, path, NULL});
    zr_doc *doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    g_assert_cmpstr(doc->type, ==, "code");
    /* Headings numbered by their style's list, through the list style. */
    const zr_unit *u = holding(doc, "Хүнийг худалдсан бол хорих ял шийтгэнэ.");
    g_assert_cmpstr(u->provision, ==, "13.1");
    g_assert_cmpstr(u->label, ==, "13.1 дүгээр зүйл. Хүн худалдаалах");
    /* The endnote in its article, numbered as Word numbers endnotes. */
    g_assert_true(holding(doc, "[i] Төгсгөлийн тайлбар.") == u);
    u = holding(doc, "Хорьсон бол талбарын үр дүн");
    g_assert_cmpstr(u->provision, ==, "13.2");
    g_assert_false(anywhere(doc, "зөөсөнүг"));
    g_assert_false(anywhere(doc, "PAGEREF"));
    /* The table of contents is the headings again: left out. */
    g_assert_false(anywhere(doc, "Хүн худалдаалах 5"));
    holding(doc, "13 дүгээр бүлэг. ХҮНИЙ ЭСРЭГ ГЭМТ ХЭРЭГ");
    ix_doc_free(doc);
    g_free(path);
    g_free(script);
}

/* Hidden text in Word (w:vanish, directly, by a character style or by a
 * paragraph's style) and in
 * ODT (a style with text:display="none", a hidden-text field): left out
 * with a warning, as text under a PDF's boxes; kept with covered-text =
 * keep.  A run whose vanish is switched off, and a field that shows its
 * text, are read. */
static const char hidden_script[] =
    "import sys, zipfile\n"
    "W = 'xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"'\n"
    "r = lambda t, pr='': f'<w:r><w:rPr>{pr}</w:rPr><w:t xml:space=\"preserve\">{t}</w:t></w:r>'\n"
    "body = ('<w:p>' + r('Хохирогчийг хамгаална. ') + r('нууцүгА ', '<w:vanish/>') +\n"
    "    r('нууцүгБ ', '<w:rStyle w:val=\"Secret\"/>') + r('илүгВ', '<w:vanish w:val=\"0\"/>') + '</w:p>' +\n"
    "    '<w:p><w:pPr><w:pStyle w:val=\"Hidden\"/></w:pPr>' + r('нууцүгГ') + r(' илүгД', '<w:vanish "
    "w:val=\"false\"/>') +\n"
    "    '</w:p>')\n"
    "styles = ('<w:style w:type=\"character\" w:styleId=\"Secret\"><w:name w:val=\"Secret\"/>'\n"
    "    '<w:rPr><w:vanish/></w:rPr></w:style><w:style w:type=\"paragraph\" w:styleId=\"Hidden\">'\n"
    "    '<w:name w:val=\"Hidden note\"/><w:rPr><w:vanish/></w:rPr></w:style>')\n"
    "with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:\n"
    "    z.writestr('word/document.xml', f'<w:document {W}><w:body>{body}</w:body></w:document>')\n"
    "    z.writestr('word/styles.xml', f'<w:styles {W}>{styles}</w:styles>')\n"
    "NS = ('xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" '\n"
    "    'xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" '\n"
    "    'xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"')\n"
    "content = (f'<office:document-content {NS}><office:automatic-styles><style:style style:name=\"T1\" '\n"
    "    'style:family=\"text\"><style:text-properties text:display=\"none\"/></style:style>'\n"
    "    '<style:style style:name=\"P9\" style:family=\"paragraph\"><style:text-properties '\n"
    "    'text:display=\"none\"/></style:style></office:automatic-styles><office:body><office:text>'\n"
    "    '<text:p text:style-name=\"P9\">нууцүгГ</text:p><text:p><text:hidden-paragraph text:condition=\"z\" '\n"
    "    'text:is-hidden=\"true\"/>нууцүгЕ</text:p><text:p>Хохирогчийг хамгаална. '\n"
    "    '<text:span text:style-name=\"T1\">нууцүгА</text:span> <text:hidden-text text:condition=\"x\" '\n"
    "    'text:string-value=\"нууцүгБ\" text:is-hidden=\"true\"/> <text:hidden-text text:condition=\"y\" '\n"
    "    'text:string-value=\"илүгВ\" text:is-hidden=\"false\"/></text:p></office:text></office:body>'\n"
    "    '</office:document-content>')\n"
    "with zipfile.ZipFile(sys.argv[2], 'w') as z:\n"
    "    z.writestr('mimetype', 'application/vnd.oasis.opendocument.text')\n"
    "    z.writestr('content.xml', content)\n";

/* Fictional test documents: text hidden by inheritance and by ODF's
 * sections and fields (probe 30).  Word: a character style basedOn a
 * hidden one, and one more step down, hides; one that sets w:vanish off
 * shows.  ODT: a paragraph and a span whose style's parent (styles.xml's
 * common style, or content.xml's own) hides; a section of text:display
 * "none" and one hidden by a condition; a variable set without showing;
 * a child style that sets text:display "true" shows. */
static const char inherited_script[] =
    "import sys, zipfile\n"
    "W = 'xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"'\n"
    "r = lambda t, st: f'<w:r><w:rPr><w:rStyle w:val=\"{st}\"/></w:rPr><w:t xml:space=\"preserve\">{t}</w:t></w:r>'\n"
    "body = ('<w:p><w:r><w:t xml:space=\"preserve\">Зохиомол тайлан. </w:t></w:r>' + r('далдүгА ', 'Child') +\n"
    "    r('далдүгБ ', 'GrandChild') + r('илүгВ', 'ShownChild') + '</w:p>')\n"
    "cs = lambda i, pr, b='': (f'<w:style w:type=\"character\" w:styleId=\"{i}\"><w:name w:val=\"{i}\"/>' +\n"
    "    (f'<w:basedOn w:val=\"{b}\"/>' if b else '') + f'<w:rPr>{pr}</w:rPr></w:style>')\n"
    "styles = (cs('GrandChild', '', 'Child') + cs('Child', '<w:b/>', 'Secret') + cs('Secret', '<w:vanish/>') +\n"
    "    cs('ShownChild', '<w:vanish w:val=\"0\"/>', 'Secret'))\n"
    "with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:\n"
    "    z.writestr('word/document.xml', f'<w:document {W}><w:body>{body}</w:body></w:document>')\n"
    "    z.writestr('word/styles.xml', f'<w:styles {W}>{styles}</w:styles>')\n"
    "NS = ('xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" '\n"
    "    'xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" '\n"
    "    'xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" '\n"
    "    'xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"')\n"
    "common = (f'<office:document-styles {NS}><office:styles><style:style style:name=\"Nuuts\" '\n"
    "    'style:family=\"paragraph\"><style:text-properties text:display=\"none\"/></style:style>'\n"
    "    '<style:style style:name=\"NuutsT\" style:family=\"text\"><style:text-properties fo:display=\"none\"/>'\n"
    "    '</style:style></office:styles></office:document-styles>')\n"
    "auto = ('<style:style style:name=\"P9\" style:family=\"paragraph\" style:parent-style-name=\"Nuuts\"/>'\n"
    "    '<style:style style:name=\"P10\" style:family=\"paragraph\" style:parent-style-name=\"P9\"/>'\n"
    "    '<style:style style:name=\"P11\" style:family=\"paragraph\" style:parent-style-name=\"Nuuts\">'\n"
    "    '<style:text-properties text:display=\"true\"/></style:style>'\n"
    "    '<style:style style:name=\"T5\" style:family=\"text\" style:parent-style-name=\"NuutsT\"/>')\n"
    "content = (f'<office:document-content {NS}><office:automatic-styles>{auto}</office:automatic-styles>'\n"
    "    '<office:body><office:text><text:p>Зохиомол тайлан.</text:p>'\n"
    "    '<text:p text:style-name=\"P10\">далдүгА</text:p><text:p text:style-name=\"P11\">илүгВ</text:p>'\n"
    "    '<text:p>Эхлэл <text:span text:style-name=\"T5\">далдүгБ</text:span> төгсгөл.</text:p>'\n"
    "    '<text:section text:name=\"S1\" text:display=\"none\"><text:p>далдүгГ</text:p></text:section>'\n"
    "    '<text:section text:name=\"S2\" text:condition=\"ooow:1==1\" text:display=\"condition\">'\n"
    "    '<text:p>далдүгД</text:p></text:section><text:section text:name=\"S3\"><text:p>илүгЕ</text:p>'\n"
    "    '</text:section><text:p>Код <text:variable-set text:name=\"v\" office:value-type=\"string\" '\n"
    "    'office:string-value=\"далдүгЖ\" text:display=\"none\">далдүгЖ</text:variable-set> дуусав.</text:p>'\n"
    "    '</office:text></office:body></office:document-content>')\n"
    "with zipfile.ZipFile(sys.argv[2], 'w') as z:\n"
    "    z.writestr('mimetype', 'application/vnd.oasis.opendocument.text')\n"
    "    z.writestr('content.xml', content)\n"
    "    z.writestr('styles.xml', common)\n";

static void
test_hidden_by_inheritance_sections_and_fields(void)
{
    char *script = fixture("inherited.py", inherited_script, -1);
    char *docx = g_build_filename(tmpdir, "inherited.docx", NULL);
    char *odt = g_build_filename(tmpdir, "inherited.odt", NULL);
    python((const char *const[]){script, docx, odt, NULL});
    static const char *const hidden_words[] = {"далдүгА", "далдүгБ", "далдүгГ", "далдүгД", "далдүгЖ"};
    const char *const files[] = {docx, odt};
    for (size_t i = 0; i < G_N_ELEMENTS(files); i++) {
        zr_doc *doc = extract(files[i], NULL, IX_EXTRACT_OK, NULL);
        holding(doc, "Зохиомол тайлан.");
        holding(doc, "илүгВ");
        if (i == 1) {
            holding(doc, "Эхлэл");
            holding(doc, "илүгЕ");
            holding(doc, "дуусав.");
        }
        for (size_t k = 0; k < G_N_ELEMENTS(hidden_words); k++)
            if (anywhere(doc, hidden_words[k]))
                g_error("%s: hidden %s was read", files[i], hidden_words[k]);
        g_assert_cmpuint(doc->warnings->len, ==, 1);
        g_assert_nonnull(strstr(doc->warnings->pdata[0], "characters of hidden text"));
        ix_doc_free(doc);
    }
    g_free(docx);
    g_free(odt);
    g_free(script);
}

/* What a public page or Markdown file hides (fictional test documents,
 * every name and number invented) is not its text, but its original,
 * served whole by /file when it is not masked, holds it: it is read for
 * the judgement whether the document is a case file.  A hidden block's
 * РД masks the page (and so withholds its original), as one shown would;
 * the same page without it is not masked. */
static void
test_hidden_content_is_read_for_the_case_judgement(void)
{
    const char page[] = "<!DOCTYPE html><html><head><title>Guide</title></head><body><main>"
                        "<h1>Outreach guide</h1><p>Staff visit the steppe provinces each spring.</p>"
                        "<div style=\"display:none\">Survivor Nomintsetseg Dalai, RD УБ99887766</div>"
                        "<!-- editor: ask Bayarkhuu about the felt order -->"
                        "</main></body></html>";
    char *path = fixture("guide.html", page, -1);
    zr_doc *doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    g_assert_false(anywhere(doc, "УБ99887766"));
    g_assert_false(anywhere(doc, "Bayarkhuu"));
    g_assert_nonnull(doc->unshown);
    g_assert_nonnull(strstr(doc->unshown, "УБ99887766"));
    g_assert_nonnull(strstr(doc->unshown, "Bayarkhuu"));
    g_assert_true(ix_mask_wanted(false, doc));
    ix_doc_free(doc);
    g_free(path);
    const char plain[] = "<!DOCTYPE html><html><head><title>Guide</title></head><body><main>"
                         "<h1>Outreach guide</h1><p>Staff visit the steppe provinces each spring.</p>"
                         "<div style=\"display:none\">Draft: add the map.</div></main></body></html>";
    path = fixture("plain.html", plain, -1);
    doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    g_assert_false(ix_mask_wanted(false, doc));
    ix_doc_free(doc);
    g_free(path);
    const char md[] = "# Алхам\n\nАжилтан гэр бүлд очно.\n\n<!-- Засвар: хэргээс авсан жишээ, РД УБ99887767 -->\n";
    path = fixture("sop.md", md, -1);
    doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    g_assert_false(anywhere(doc, "УБ99887767"));
    g_assert_nonnull(doc->unshown);
    g_assert_true(ix_mask_wanted(false, doc));
    ix_doc_free(doc);
    g_free(path);
}

/* A page hiding by its own stylesheet (a fictional test document, every
 * name and number invented): a class or id whose top-level rule says
 * display: none or visibility: hidden or collapse is left out, as an
 * inline style is, and goes to what the judgement reads; a rule inside
 * @media (print only) or of a compound selector (.menu:hover .sub, .tip .x)
 * hides nothing here; aria-hidden in capitals hides as in small letters. */
static void
test_hidden_by_the_pages_stylesheet(void)
{
    const char page[] = "<!DOCTYPE html><html><head><title>Schedule</title><style>\n"
                        "/* comment { display: none } */\n"
                        ".secret-note { color: red; display : none !important }\n"
                        "@media print { .print-only { display:none } }\n"
                        "#draft, p.old { visibility: hidden; }\n"
                        ".menu:hover .sub { display:none } .tip .x { display: none }\n"
                        "</style></head><body><h1>Outreach schedule</h1>"
                        "<p>The outreach team visits the bus station every Monday.</p>"
                        "<div class=\"box secret-note\">Respondent Daldlagdsan phone 99117050</div>"
                        "<div id=\"draft\">Draft: victim Nuugdsan lives at block 5-12</div>"
                        "<p class=\"old\">Old address of Khuuchin</p>"
                        "<p class=\"print-only\">Printed footer words</p>"
                        "<p class=\"sub x\">Submenu words</p>"
                        "<div aria-hidden=\"TRUE\">Ariahidden words</div>"
                        "<div style=\"visibility: collapse\">Collapsed words</div></body></html>";
    char *path = fixture("styled.html", page, -1);
    zr_doc *doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    holding(doc, "every Monday");
    holding(doc, "Printed footer words");
    holding(doc, "Submenu words");
    static const char *const hidden[] = {"Daldlagdsan", "Nuugdsan", "Khuuchin", "Ariahidden", "Collapsed"};
    for (size_t i = 0; i < G_N_ELEMENTS(hidden); i++) {
        if (anywhere(doc, hidden[i]))
            g_error("hidden %s was read", hidden[i]);
        g_assert_nonnull(doc->unshown);
        g_assert_nonnull(strstr(doc->unshown, hidden[i]));
    }
    ix_doc_free(doc);
    g_free(path);
}

static void
test_hidden_text(void)
{
    char *script = fixture("hidden.py", hidden_script, -1);
    char *docx = g_build_filename(tmpdir, "hidden.docx", NULL);
    char *odt = g_build_filename(tmpdir, "hidden.odt", NULL);
    python((const char *const[]){script, docx, odt, NULL});
    ix_extractor_options keep_opts = {.keep_covered = true};
    ix_extractor *keeper = ix_extractor_new(test_context(), &keep_opts);
    const char *const files[] = {docx, odt};
    const char *const counted[] = {"23 characters of hidden text", "28 characters of hidden text"};
    for (size_t i = 0; i < G_N_ELEMENTS(files); i++) {
        zr_doc *doc = extract(files[i], NULL, IX_EXTRACT_OK, NULL);
        holding(doc, "Хохирогчийг хамгаална.");
        holding(doc, "илүгВ");
        g_assert_false(anywhere(doc, "нууцүгА"));
        g_assert_false(anywhere(doc, "нууцүгБ"));
        g_assert_false(anywhere(doc, "нууцүгГ"));
        g_assert_false(anywhere(doc, "нууцүгЕ"));
        if (i == 0)
            holding(doc, "илүгД"); /* shown against its paragraph's hidden style */
        g_assert_cmpuint(doc->warnings->len, ==, 1);
        g_assert_nonnull(strstr(doc->warnings->pdata[0], counted[i]));
        ix_doc_free(doc);
        /* covered-text = keep reads it as any other text. */
        doc = ix_doc_new();
        doc->id = g_strdup("000000000000");
        doc->path = g_path_get_basename(files[i]);
        g_assert_cmpint(ix_extract_file(keeper, files[i], NULL, doc, NULL), ==, IX_EXTRACT_OK);
        holding(doc, "нууцүгА");
        holding(doc, "илүгВ");
        g_assert_cmpuint(doc->warnings->len, ==, 0);
        ix_doc_free(doc);
    }
    ix_extractor_free(keeper);
    g_free(docx);
    g_free(odt);
    g_free(script);
}

/* ---- Sections ----------------------------------------------------------- */

static const char guide_source[] = "%title Referral guide\n"
                                   "%lang en\n"
                                   "%list 0 lowerLetter (%1)\n"
                                   "Demonstration document — fictional\n"
                                   "# Referral guide\n"
                                   "## Scope\n"
                                   "The guide applies to shelters.\n"
                                   "| A boxed note. |\n"
                                   "## Steps\n"
                                   "+ assess the risk within a day\n"
                                   "+ call the shelter's duty officer\n"
                                   "### Transport\n"
                                   "Police escort the victim.[^Never a taxi.]\n";

static void
check_sections(const char *name)
{
    char *path = office(name, guide_source);
    zr_doc *doc = extract(path, "sop", IX_EXTRACT_OK, NULL);
    g_assert_cmpstr(doc->type, ==, "sop");
    g_assert_cmpuint(doc->units->len, ==, 4);
    /* Text before the first heading, unlabelled. */
    const zr_unit *u = g_ptr_array_index(doc->units, 0);
    g_assert_null(u->label);
    g_assert_cmpstr(u->text, ==, "Demonstration document — fictional");
    /* "# Referral guide" straight above "## Scope" joins it. */
    u = g_ptr_array_index(doc->units, 1);
    g_assert_cmpstr(u->label, ==, "Scope");
    /* A one-cell table is a box around a paragraph, not a row of data. */
    g_assert_cmpstr(u->text, ==, "Referral guide\n\nScope\n\nThe guide applies to shelters.\n\nA boxed note.");
    u = labelled(doc, "Steps");
    g_assert_nonnull(u);
    g_assert_nonnull(strstr(u->text, "(a) assess the risk within a day\n\n(b) call the shelter's duty officer"));
    u = labelled(doc, "Transport");
    g_assert_cmpstr(u->text, ==, "Transport\n\nPolice escort the victim.\n\n[1] Never a taxi.");
    ix_doc_free(doc);
    g_free(path);
}

static void
test_headings_make_sections(void)
{
    check_sections("guide.docx");
    check_sections("guide.odt");
}

/* A statute's note an author split over two paragraphs (Enter where a
 * line break was meant) is one note, as with a line break: the part above
 * it repealed, its words out of the text; a paragraph ending in a slash
 * after a closed note is text.  Demo (fictional) statute; HTML and Word
 * paragraphs take the same way (flow.c). */
static void
test_note_over_two_paragraphs(void)
{
    char *path = fixture("split-note.html",
                         "<!DOCTYPE html><html lang=\"mn\"><head><meta charset=\"utf-8\"><title>ТУРШИЛТЫН ТУХАЙ"
                         "</title></head><body><p>МОНГОЛ УЛСЫН ХУУЛЬ</p><p>2011 оны 6 дугаар сарын 16-ны өдөр</p>"
                         "<p>Улаанбаатар хот</p><p>ТУРШИЛТЫН ТУХАЙ</p><p>1 дүгээр зүйл.Хадат</p>"
                         "<p>1.1.Хадатыг нэгдүгээрмөр хэмжинэ.</p><p>1.2.Хадатыг хоёрдугаармөр хэмжинэ.</p>"
                         "<p>/Энэ хэсгийг 2018 оны 6 дугаар сарын 21-ний өдрийн</p>"
                         "<p>хуулиар хүчингүй болсонд тооцсон/</p>"
                         "<p>1.3.Хадатыг гуравдугаармөр хэмжинэ.</p><p>2 дугаар зүйл.Шил</p>"
                         "<p>2.1.Шилийг хэмжинэ.</p><p>3 дугаар зүйл.Ус</p><p>3.1.Усыг хэмжинэ.</p></body></html>",
                         -1);
    zr_doc *doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    g_assert_cmpstr(doc->type, ==, "code");
    const zr_unit *one = holding(doc, "хоёрдугаармөр");
    g_assert_cmpstr(one->provision, ==, "1");
    const char *on = NULL;
    g_assert_true(zl_part_repealed(one, "1.2", &on, NULL));
    g_assert_cmpstr(on, ==, "2018-06-21");
    g_assert_false(zl_part_repealed(one, "1.3", NULL, NULL));
    g_assert_false(anywhere(doc, "тооцсон"));
    ix_doc_free(doc);
    g_free(path);
}

/* ---- HTML --------------------------------------------------------------- */

static void
test_html_page(void)
{
    char *path = fixture("page.html",
                         "<!DOCTYPE html>\n<html lang=\"mn\"><head><meta charset=\"utf-8\">"
                         "<title>Журам | Сайт</title><meta name=\"date\" content=\"2023-09-01\">"
                         "<script>var s = 'scriptword';</script><style>.x{} styleword</style></head><body>"
                         "<header class=\"site-header\">headerword</header><nav>navword</nav>"
                         "<div class=\"breadcrumb\">crumbword</div><div role=\"navigation\">roleword</div>"
                         "<h1>Журмын нэр</h1><p>Оршил &laquo;текст&raquo; &amp; <b>тод</b> үг.</p>"
                         "<h2>1. Зорилго</h2><p>Зорилгын<br>мөр.</p>"
                         "<ol start=\"3\" type=\"a\"><li>гурав</li><li value=\"7\">долоо</li></ol>"
                         "<h2>2. Хүснэгт</h2><table><tr><th>Байгууллага</th><th>Үүрэг</th></tr>"
                         "<tr><td>Цагдаа</td><td>Илрүүлэх <i>шалгах</i></td></tr></table>"
                         "<form><input value=\"formword\"><button>buttonword</button></form>"
                         "<p hidden>hiddenword</p><noscript>noscriptword</noscript>"
                         "<p>Үлдэх <span style=\"Display: None !important\">styleboxword</span>үг.</p>"
                         "<div style=\"color:red; visibility : hidden\">invisibleword</div>"
                         "<footer>footerword</footer></body></html>",
                         -1);
    zr_doc *doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    g_assert_cmpstr(doc->format, ==, "html");
    g_assert_cmpstr(doc->title, ==, "Журам | Сайт");
    g_assert_cmpstr(doc->lang, ==, "mn");
    g_assert_cmpstr(doc->date, ==, "2023-09-01");
    const char *out[] = {"scriptword", "styleword",    "headerword",   "navword",    "crumbword",
                         "roleword",   "formword",     "buttonword",   "hiddenword", "noscriptword",
                         "footerword", "styleboxword", "invisibleword"};
    for (size_t i = 0; i < G_N_ELEMENTS(out); i++)
        g_assert_false(anywhere(doc, out[i]));
    g_assert_cmpstr(holding(doc, "Оршил «текст» & тод үг.")->label, ==, "Журмын нэр");
    const zr_unit *u = labelled(doc, "1. Зорилго");
    g_assert_cmpstr(u->text, ==, "1. Зорилго\n\nЗорилгын\nмөр.\n\nc. гурав\n\ng. долоо");
    u = labelled(doc, "2. Хүснэгт");
    /* The hidden span and box gone, the words around them kept. */
    g_assert_cmpstr(u->text, ==, "2. Хүснэгт\n\nБайгууллага | Үүрэг\n\nЦагдаа | Илрүүлэх шалгах\n\nҮлдэх үг.");
    ix_doc_free(doc);
    g_free(path);

    /* A page laid out in a table (as older court and law sites are): its
     * cells are the page, with their headings, not one line of data. */
    path = fixture("layout.html",
                   "<html><body><table><tr><td class=\"menu\">menuword</td></tr>"
                   "<tr><td><h2>Нэгдүгээр бүлэг</h2><p>Эхний догол мөр.</p><p>Хоёр дахь догол мөр.</p>"
                   "<table><tr><td>а</td><td>б</td></tr></table></td><td>Хажуу</td></tr></table></body></html>",
                   -1);
    doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    g_assert_false(anywhere(doc, "menuword"));
    g_assert_cmpstr(labelled(doc, "Нэгдүгээр бүлэг")->text, ==,
                    "Нэгдүгээр бүлэг\n\nЭхний догол мөр.\n\nХоёр дахь догол мөр.\n\nа | б\n\nХажуу");
    ix_doc_free(doc);
    g_free(path);

    /* No <title>: the first <h1>; a Mongolian page saved in Windows-1251
     * without a charset; a page of scripts alone has no text. */
    char *cp1251 = g_convert("<html><body><h1>Хууль</h1><p>Хорих ял оногдуулах</p></body></html>", -1, "WINDOWS-1251",
                             "UTF-8", NULL, NULL, NULL);
    path = fixture("old.htm", cp1251, -1);
    doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    g_assert_cmpstr(doc->title, ==, "Хууль");
    g_assert_true(anywhere(doc, "Хорих ял оногдуулах"));
    ix_doc_free(doc);
    g_free(path);
    g_free(cp1251);

    path = fixture("empty.html", "<html><head><script>x()</script></head><body><nav>menu</nav></body></html>", -1);
    char *reason = NULL;
    g_assert_null(extract(path, NULL, IX_EXTRACT_FAIL, &reason));
    g_assert_cmpstr(reason, ==, "no text");
    g_free(reason);
    g_free(path);

    /* Nesting past the parser's limit loses the text below it, and the
     * warning (or the failure, when nothing is left) says so. */
    GString *deep = g_string_new("<html><body><p>Эхний догол мөр.</p>");
    for (int i = 0; i < 300; i++)
        g_string_append(deep, "<div>");
    g_string_append(deep, "гүн текст");
    for (int i = 0; i < 300; i++)
        g_string_append(deep, "</div>");
    g_string_append(deep, "</body></html>");
    path = fixture("deep.html", deep->str, -1);
    doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    holding(doc, "Эхний догол мөр.");
    g_assert_cmpuint(doc->warnings->len, ==, 1);
    g_assert_nonnull(strstr(doc->warnings->pdata[0], "nested deeper than the HTML parser's limit"));
    ix_doc_free(doc);
    g_free(path);
    g_string_free(deep, TRUE);
    /* In XML too, and when every word lay below the limit, the failure
     * says why. */
    deep = g_string_new("<?xml version=\"1.0\"?><document>");
    for (int i = 0; i < 300; i++)
        g_string_append(deep, "<s>");
    g_string_append(deep, "гүн текст");
    for (int i = 0; i < 300; i++)
        g_string_append(deep, "</s>");
    g_string_append(deep, "</document>");
    path = fixture("deep.xml", deep->str, -1);
    g_assert_null(extract(path, NULL, IX_EXTRACT_FAIL, &reason));
    g_assert_nonnull(strstr(reason, "no text: elements nested deeper than the XML parser's limit (256)"));
    g_free(reason);
    g_free(path);
    g_string_free(deep, TRUE);

    /* XHTML with an XML declaration is a page, not generic XML. */
    path = fixture("page.xhtml",
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                   "<head><title>X</title></head><body><h2>Нэг</h2><p>текст</p></body></html>",
                   -1);
    doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    g_assert_cmpstr(doc->format, ==, "html");
    g_assert_cmpstr(labelled(doc, "Нэг")->text, ==, "Нэг\n\nтекст");
    ix_doc_free(doc);
    g_free(path);
}

/* A document's declared language is kept unless its text says otherwise
 * (LibreOffice declares its default, en-US, on Mongolian text). */
static void
test_declared_language_checked(void)
{
    char *path = office("mn.odt", "%lang en\n# Журам\nХүүхдийн эрхийг хамгаалах, хүн худалдаалах гэмт хэргээс "
                                  "урьдчилан сэргийлэх ажлыг зохион байгуулна.\n");
    zr_doc *doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    g_assert_cmpstr(doc->lang, ==, "mn");
    ix_doc_free(doc);
    g_free(path);
    path = office("en.docx", "%lang en\n# Guide\nThe shelter receives the victim and records the case number.\n");
    doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    g_assert_cmpstr(doc->lang, ==, "en");
    ix_doc_free(doc);
    g_free(path);
}

/* ---- Choosing the handler ----------------------------------------------- */

static void
test_names_and_signatures(void)
{
    char *reason = NULL;
    char *path = fixture("notes.docx", "plain words, not a Word file\n", -1);
    g_assert_null(extract(path, NULL, IX_EXTRACT_FAIL, &reason));
    g_assert_cmpstr(reason, ==, "damaged Word document: not a zip archive");
    g_free(reason), g_free(path);

    /* A password-protected Word file is an OLE compound file with an
     * EncryptionInfo stream. */
    GString *ole = g_string_new_len("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    g_string_append_len(ole, "\0\0\0\0", 4);
    g_string_append_len(ole, "E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28);
    path = fixture("locked.docx", ole->str, (gssize)ole->len);
    g_assert_null(extract(path, NULL, IX_EXTRACT_FAIL, &reason));
    g_assert_cmpstr(reason, ==, "encrypted (password required)");
    g_free(reason), g_free(path);
    /* Without it, an old .doc renamed, read as one (t27 reads a real one):
     * these twelve bytes are no compound file. */
    g_string_truncate(ole, 12);
    path = fixture("old.docx", ole->str, (gssize)ole->len);
    g_assert_null(extract(path, NULL, IX_EXTRACT_FAIL, &reason));
    g_assert_nonnull(strstr(reason, "damaged OLE compound file"));
    g_free(reason), g_free(path);
    g_string_free(ole, TRUE);

    /* An OpenDocument spreadsheet is not ours, whatever its name. */
    char *src = fixture("sheet.py",
                        "import sys, zipfile\n"
                        "z = zipfile.ZipFile(sys.argv[1], 'w')\n"
                        "z.writestr('mimetype', 'application/vnd.oasis.opendocument.spreadsheet')\n"
                        "z.writestr('content.xml', '<x/>')\n"
                        "z.close()\n",
                        -1);
    path = g_build_filename(tmpdir, "sheet.odt", NULL);
    python((const char *const[]){src, path, NULL});
    g_assert_null(extract(path, NULL, IX_EXTRACT_SKIP, &reason));
    g_assert_cmpstr(reason, ==, "not an OpenDocument text: application/vnd.oasis.opendocument.spreadsheet");
    g_free(reason), g_free(path), g_free(src);
}

/* A package whose relationship names something else as its main part
 * (here its own relationships) is damaged, and says so, though a
 * word/document.xml lies beside it: "no text" hid what was wrong. */
static void
test_main_part_not_a_document(void)
{
    char *src = fixture("self.py",
                        "import sys, zipfile\n"
                        "R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument'\n"
                        "W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'\n"
                        "z = zipfile.ZipFile(sys.argv[1], 'w')\n"
                        "z.writestr('_rels/.rels', '<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                        "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\" Type=\"' + R + "
                        "'\" Target=\"' + sys.argv[2] + '\"/></Relationships>')\n"
                        "z.writestr('word/document.xml', '<w:document xmlns:w=\"' + W + '\"><w:body><w:p><w:r>"
                        "<w:t>Quillfeather</w:t></w:r></w:p></w:body></w:document>')\n"
                        "z.close()\n",
                        -1);
    char *reason = NULL;
    char *path = g_build_filename(tmpdir, "self.docx", NULL);
    python((const char *const[]){src, path, "_rels/.rels", NULL});
    g_assert_null(extract(path, NULL, IX_EXTRACT_FAIL, &reason));
    g_assert_cmpstr(reason, ==,
                    "damaged Word document: no main document part: the package's relationship points to "
                    "_rels/.rels, whose root is <Relationships>, not <document>");
    g_free(reason);
    /* The same package pointing at its body reads. */
    python((const char *const[]){src, path, "word/document.xml", NULL});
    zr_doc *doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    g_assert_true(anywhere(doc, "Quillfeather"));
    ix_doc_free(doc);
    g_free(path), g_free(src);
}

/* An ODT's mimetype entry is compared whole, as LibreOffice writes it
 * (the type alone, no newline): the text type followed by anything is
 * damage, not an OpenDocument text read by its prefix; the text family's
 * other types (a template, Writer/Web's) are read. */
static void
test_odt_mimetype_compared_whole(void)
{
    char *src = fixture("mimetype.py",
                        "import sys, zipfile\n"
                        "NS = ('xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" '\n"
                        "     'xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"')\n"
                        "with zipfile.ZipFile(sys.argv[1], 'w') as z:\n"
                        "    z.writestr('mimetype', sys.argv[2].encode('latin-1'))\n"
                        "    z.writestr('content.xml', f'<office:document-content {NS}><office:body><office:text>'\n"
                        "               '<text:p>Quillfeather</text:p></office:text></office:body>'\n"
                        "               '</office:document-content>', zipfile.ZIP_DEFLATED)\n",
                        -1);
    char *path = g_build_filename(tmpdir, "mimetype.odt", NULL);
    static const char *const read[] = {"application/vnd.oasis.opendocument.text",
                                       "application/vnd.oasis.opendocument.text-template",
                                       "application/vnd.oasis.opendocument.text-web", NULL};
    for (int i = 0; read[i] != NULL; i++) {
        python((const char *const[]){src, path, read[i], NULL});
        zr_doc *doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
        g_assert_true(anywhere(doc, "Quillfeather"));
        ix_doc_free(doc);
    }
    char *reason = NULL;
    python((const char *const[]){src, path, "application/vnd.oasis.opendocument.text\x01\x01xxxx", NULL});
    g_assert_null(extract(path, NULL, IX_EXTRACT_FAIL, &reason));
    g_assert_cmpstr(reason, ==,
                    "damaged OpenDocument text: its mimetype entry is application/vnd.oasis.opendocument.text "
                    "followed by 6 other bytes");
    g_free(reason);
    python((const char *const[]){src, path, "application/vnd.oasis.opendocument.text\n", NULL});
    g_assert_null(extract(path, NULL, IX_EXTRACT_FAIL, &reason));
    g_assert_cmpstr(reason, ==,
                    "damaged OpenDocument text: its mimetype entry is application/vnd.oasis.opendocument.text "
                    "followed by 1 other byte");
    g_free(reason);
    python((const char *const[]){src, path, "\x01\x02", NULL});
    g_assert_null(extract(path, NULL, IX_EXTRACT_FAIL, &reason));
    g_assert_cmpstr(reason, ==, "damaged OpenDocument text: its mimetype entry (2 bytes) is no media type");
    g_free(reason);
    g_free(path), g_free(src);
}


/* ---- Encodings, line ends, formats not read ----------------------------- */

/* Every unit's text, joined. */
static char *
all_text(const zr_doc *doc)
{
    GString *s = g_string_new(NULL);
    for (guint i = 0; i < doc->units->len; i++) {
        g_string_append(s, ((const zr_unit *)g_ptr_array_index(doc->units, i))->text);
        g_string_append_c(s, '\n');
    }
    return g_string_free(s, FALSE);
}

/* A page in UTF-16 (`from`: "UTF-16LE" or "UTF-16BE"), with its mark
 * or without. */
static char *
utf16_page(const char *name, const char *utf8, const char *from, bool mark)
{
    gsize len = 0;
    char *body = g_convert(utf8, -1, from, "UTF-8", NULL, &len, NULL);
    g_assert_nonnull(body);
    GString *bytes = g_string_new_len(strcmp(from, "UTF-16LE") == 0 ? "\xFF\xFE" : "\xFE\xFF", mark ? 2 : 0);
    g_string_append_len(bytes, body, (gssize)len);
    char *path = fixture(name, bytes->str, (gssize)bytes->len);
    g_string_free(bytes, TRUE);
    g_free(body);
    return path;
}

/* A byte-order mark decides a page's encoding over its <meta>, as in
 * browsers; UTF-16 pages are pages, not XML. */
static void
test_byte_order_mark_wins(void)
{
    const char *page = "<!DOCTYPE html><html><head><meta charset=\"windows-1251\">"
                       "<title>Хөдөлмөрийн мөлжлөг</title></head><body><p>Хүүхдийн эрхийг хамгаална "
                       "(Demo, fictional).</p></body></html>";
    char *with_bom = g_strconcat("\xEF\xBB\xBF", page, NULL);
    char *path = fixture("bom.html", with_bom, -1);
    zr_doc *doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    g_assert_cmpstr(doc->title, ==, "Хөдөлмөрийн мөлжлөг");
    char *text = all_text(doc);
    g_assert_nonnull(strstr(text, "Хүүхдийн эрхийг"));
    g_free(text), ix_doc_free(doc), g_free(path), g_free(with_bom);

    /* Without the mark too, as some tools save "Unicode" pages: the NUL
     * beside each ASCII letter tells (read as Windows-1251 before, every
     * letter of the page was mojibake). */
    static const char *const froms[] = {"UTF-16LE", "UTF-16BE"};
    for (int i = 0; i < 4; i++) {
        path = utf16_page(i % 2 == 0 ? "le.html" : "be.html", page, froms[i % 2], i < 2);
        doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
        g_assert_cmpstr(doc->format, ==, "html");
        g_assert_cmpstr(doc->title, ==, "Хөдөлмөрийн мөлжлөг");
        text = all_text(doc);
        g_assert_nonnull(strstr(text, "Хүүхдийн эрхийг"));
        g_free(text), ix_doc_free(doc), g_free(path);
    }
}

/* An XHTML page whose charset only its XML declaration names is decoded
 * as that charset, every word (probe F2, F2: libxml2's HTML parser reads
 * only <meta>, and guessed short words and the bytes before a character
 * reference as Latin-1: "нь" became "íü"); a character reference beside
 * the 8-bit letters is read too. */
static void
test_xml_declaration_names_the_charset(void)
{
    const char *page = "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n"
                       "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"\">\n"
                       "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Журам</title></head>"
                       "<body><p>Журам зорилго нь эрх зүйн орчныг бүрдүүлэхэд оршино (Demo, fictional).</p>"
                       "<p>тухайн эрүүгийн хэрэгт шүүхэд хандсан</p></body></html>";
    /* ү and ө are not in Windows-1251: written as references, as Word does. */
    GString *refs = g_string_new(NULL);
    for (const char *p = page; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (c == 0x04AF || c == 0x04E9)
            g_string_append_printf(refs, "&#%u;", c);
        else
            g_string_append_len(refs, p, g_utf8_next_char(p) - p);
    }
    gsize len = 0;
    char *cp1251 = g_convert(refs->str, -1, "WINDOWS-1251", "UTF-8", NULL, &len, NULL);
    g_assert_nonnull(cp1251);
    static const char *const names[] = {"declared.xhtml", "declared.html"};
    for (int i = 0; i < 2; i++) {
        char *path = fixture(names[i], cp1251, (gssize)len);
        zr_doc *doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
        char *text = all_text(doc);
        g_assert_nonnull(strstr(text, "Журам зорилго нь эрх зүйн орчныг бүрдүүлэхэд оршино"));
        g_assert_nonnull(strstr(text, "тухайн эрүүгийн хэрэгт шүүхэд хандсан"));
        g_assert_cmpuint(doc->warnings->len, ==, 0);
        g_free(text), ix_doc_free(doc), g_free(path);
    }
    g_free(cp1251);
    g_string_free(refs, TRUE);
}

/* XML in UTF-32 with its byte-order mark and a declaration that says so is
 * read (libxml2 took the mark for UTF-16's and found "Document is empty":
 * probe F2, F4), little- and big-endian. */
static void
test_utf32_xml(void)
{
    const char *xml = "<?xml version=\"1.0\" encoding=\"UTF-32\"?>\n<report><title>Тайлан</title>"
                      "<section><p>Шүүх хуралдааныг хойшлуулахад талуудын санал харгалзана (Demo, fictional).</p>"
                      "</section></report>";
    static const char *const froms[] = {"UTF-32LE", "UTF-32BE"};
    for (int i = 0; i < 2; i++) {
        gsize len = 0;
        char *body = g_convert(xml, -1, froms[i], "UTF-8", NULL, &len, NULL);
        g_assert_nonnull(body);
        GString *bytes = g_string_new_len(i == 0 ? "\xFF\xFE\0\0" : "\0\0\xFE\xFF", 4);
        g_string_append_len(bytes, body, (gssize)len);
        char *path = fixture(i == 0 ? "le32.xml" : "be32.xml", bytes->str, (gssize)bytes->len);
        zr_doc *doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
        g_assert_cmpstr(doc->format, ==, "xml");
        char *text = all_text(doc);
        g_assert_nonnull(strstr(text, "Шүүх хуралдааныг хойшлуулахад талуудын санал харгалзана"));
        g_free(text), ix_doc_free(doc), g_free(path), g_free(body);
        g_string_free(bytes, TRUE);
    }
}

/* CRLF and a lone CR end lines as LF does: a word hyphenated at a line's
 * end is one word again. */
static void
test_line_ends(void)
{
    static const char *const ends[] = {"\n", "\r\n", "\r"};
    for (int i = 0; i < 3; i++) {
        char *body = g_strdup_printf("Зохиомол тайлан (Demo, fictional)%s%sХүүхдийн хөдөл-%sмөрийн мөлжлөг%sдуусав.%s",
                                     ends[i], ends[i], ends[i], ends[i], ends[i]);
        char *path = fixture("ends.txt", body, -1);
        zr_doc *doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
        char *text = all_text(doc);
        g_assert_nonnull(strstr(text, "хөдөлмөрийн"));
        g_assert_null(strchr(text, '\r'));
        g_free(text), ix_doc_free(doc), g_free(path), g_free(body);
    }
}

/* RTF and MHTML are told by their content and skipped with what to do
 * instead, not read as text (Word 97-2003 files are read: doc.c, t27). */
static void
test_formats_not_read(void)
{
    static const struct {
        const char *name, *content, *reason;
    } cases[] = {
        {"memo.txt", "{\\rtf1\\ansi\\ansicpg1251 {\\fonttbl{\\f0 Times;}} \\f0 demo \\par}", "RTF is not read"},
        {"page.mht",
         "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
         "Content-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
         "<p>=D0=A5=D2=AF=D2=AF</p>\r\n--b--\r\n",
         "MHTML web archive"},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *reason = NULL;
        char *path = fixture(cases[i].name, cases[i].content, -1);
        g_assert_null(extract(path, NULL, IX_EXTRACT_SKIP, &reason));
        g_assert_nonnull(strstr(reason, cases[i].reason));
        g_free(reason), g_free(path);
    }
    /* A text file named .doc or .rtf is still text: the content decides. */
    for (int i = 0; i < 2; i++) {
        char *path = fixture(i ? "notes.doc" : "notes.rtf", "Зохиомол тэмдэглэл (Demo, fictional).\n", -1);
        zr_doc *doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
        g_assert_cmpstr(doc->format, ==, "text");
        ix_doc_free(doc), g_free(path);
    }
}

/* A statute that opens with its own name, with no title in its
 * properties, is named by it in Word as in text. */
static void
test_statute_named_by_its_first_line(void)
{
    const char *law = "ЗОХИОМОЛ ХАМГААЛЛЫН ТУХАЙ ХУУЛЬ\n\n2031 оны 3 дугаар сарын 4-ний өдөр\n\n"
                      "НЭГДҮГЭЭР БҮЛЭГ\n\n1 дүгээр зүйл. Зорилт\n\n1.1. Demo (fictional) зорилт.\n\n"
                      "2 дугаар зүйл. Нэр томьёо\n\n2.1. Хүүхэд гэж хүнийг.\n\n"
                      "3 дугаар зүйл. Хэрэгжилт\n\n3.1. Хэрэгжүүлнэ.\n";
    char *src = g_strdup(law);
    GString *office_src = g_string_new(NULL);
    char **lines = g_strsplit(src, "\n", -1);
    for (int i = 0; lines[i] != NULL; i++)
        if (*lines[i] != '\0')
            g_string_append_printf(office_src, "%s\n", lines[i]);
    g_strfreev(lines);
    char *paths[] = {fixture("law-first.txt", law, -1), office("law-first.docx", office_src->str),
                     office("law-first.odt", office_src->str)};
    for (int i = 0; i < 3; i++) {
        zr_doc *doc = extract(paths[i], NULL, IX_EXTRACT_OK, NULL);
        g_assert_cmpstr(doc->title, ==, "ЗОХИОМОЛ ХАМГААЛЛЫН ТУХАЙ ХУУЛЬ");
        g_assert_cmpstr(doc->type, ==, "code");
        ix_doc_free(doc), g_free(paths[i]);
    }
    g_string_free(office_src, TRUE), g_free(src);
    /* A report's heading in capitals with no date or article below is no
     * statute's name. */
    char *path = fixture("report.docx.txt", "ХҮН ХУДАЛДААЛАХТАЙ ТЭМЦЭХ ТУХАЙ\n\nЭнэ тайлан (Demo, fictional) дүгнэнэ.\n", -1);
    char *docx = office("report.docx", "ХҮН ХУДАЛДААЛАХТАЙ ТЭМЦЭХ ТУХАЙ\nЭнэ тайлан (Demo, fictional) дүгнэнэ.\n");
    zr_doc *doc = extract(docx, NULL, IX_EXTRACT_OK, NULL);
    g_assert_cmpstr(doc->title, ==, "report");
    ix_doc_free(doc), g_free(docx), g_free(path);
}

/* A page declaring a third language is neither mn nor en, unless its text
 * is plainly one of them; between mn and en the text decides. */
static void
test_declared_third_language(void)
{
    static const struct {
        const char *name, *lang, *text, *expect;
    } cases[] = {
        {"ru.html", "ru", "Торговля людьми наказывается по закону (демо).", NULL},
        {"kk.html", "kk-KZ", "Адам саудасы заң бойынша жазаланады (демо).", NULL},
        {"ru-mn.html", "ru", "Хүүхдийн эрхийг хамгаалах тухай хууль, хөдөлмөрийн мөлжлөгөөс урьдчилан сэргийлнэ.", "mn"},
        {"ru-en.html", "ru", "The shelter receives the victim and records the case (demo).", "en"},
        {"mn-en.html", "mn", "The shelter receives the victim and records the case (demo).", "en"},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *page = g_strdup_printf("<!DOCTYPE html><html lang=\"%s\"><head><title>Demo</title></head>"
                                     "<body><p>%s</p></body></html>",
                                     cases[i].lang, cases[i].text);
        char *path = fixture(cases[i].name, page, -1);
        zr_doc *doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
        g_assert_cmpstr(doc->lang, ==, cases[i].expect);
        ix_doc_free(doc), g_free(path), g_free(page);
    }
}


/* Whether any unit of `doc` cites `key`. */
static bool
cites(const zr_doc *doc, const char *key)
{
    for (guint i = 0; i < doc->units->len; i++) {
        const zr_unit *u = g_ptr_array_index(doc->units, i);
        for (guint k = 0; u->cites != NULL && k < u->cites->len; k++)
            if (strcmp(g_ptr_array_index(u->cites, k), key) == 0)
                return true;
    }
    return false;
}

/* A guide's own items headed "13 дүгээр зүйл." (Word numbering, or typed)
 * are not citations of the Code, nor of the 2002 Code; what its prose
 * cites still is. */
static void
test_own_numbering_is_no_citation(void)
{
    char *paths[] = {
        fixture("guide.txt",
                "Зохиомол заавар (Demo, fictional)\n\n13 дүгээр зүйл. Хүн худалдаалах\n\n"
                "Эрүүгийн хуулийн 13.1 дүгээр зүйлд заасан хэргийг шалгана.\n\n14 дүгээр зүйл. Мөлжлөг\n\nТайлбар.\n",
                -1),
        office("guide.docx", "%title Зохиомол заавар (Demo, fictional)\n%list 0 decimal %1 дүгээр зүйл.\n%start 0 13\n"
                             "+ Хүн худалдаалах\nЭрүүгийн хуулийн 13.1 дүгээр зүйлд заасан хэргийг шалгана.\n"
                             "+ Мөлжлөг\nТайлбар.\n"),
    };
    for (int i = 0; i < 2; i++) {
        zr_doc *doc = extract(paths[i], NULL, IX_EXTRACT_OK, NULL);
        g_assert_cmpstr(doc->type, ==, "other");
        g_assert_true(cites(doc, "13.1"));
        g_assert_false(cites(doc, "2002:13"));
        g_assert_false(cites(doc, "2002:14"));
        ix_doc_free(doc), g_free(paths[i]);
    }
}

/* ---- Helpers ------------------------------------------------------------ */

static void
test_numbers_and_names(void)
{
    static const struct {
        const char *format;
        int n;
        const char *shown;
    } cases[] = {
        {"decimal", 13, "13"},     {"1", 7, "7"},
        {"lowerLetter", 27, "aa"}, {"A", 2, "B"},
        {"lowerRoman", 14, "xiv"}, {"I", 1999, "MCMXCIX"},
        {"russianLower", 1, "а"},  {"russianLower", 9, "и"},
        {"russianLower", 10, "к"}, {"russianUpper", 28, "Я"},
        {"decimalZero", 5, "05"},  {"bullet", 3, ""},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *s = ix_flow_format_number(cases[i].format, cases[i].n);
        g_assert_cmpstr(s, ==, cases[i].shown);
        g_free(s);
    }
    const char *unsafe[] = {"../x.xml", "a/../../b", "/etc/passwd", "C:/x", "a\\..\\b", "..", NULL};
    for (int i = 0; unsafe[i] != NULL; i++)
        g_assert_true(ix_zip_name_is_unsafe(unsafe[i]));
    const char *safe[] = {"word/document.xml", "[Content_Types].xml", "a..b/c", "_rels/.rels", NULL};
    for (int i = 0; safe[i] != NULL; i++)
        g_assert_false(ix_zip_name_is_unsafe(safe[i]));
    char *r = ix_zip_resolve("word/document.xml", "../customXml/item1.xml");
    g_assert_cmpstr(r, ==, "customXml/item1.xml");
    g_free(r);
    r = ix_zip_resolve("word/document.xml", "/word/styles.xml");
    g_assert_cmpstr(r, ==, "word/styles.xml");
    g_free(r);
    g_assert_null(ix_zip_resolve("word/document.xml", "../../etc/passwd"));
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    extractor = ix_extractor_new(test_context(), NULL);
    tmpdir = g_dir_make_tmp("zaalt-formats-XXXXXX", NULL);
    g_assert_nonnull(tmpdir);

    g_test_add_func("/formats/real-manuscript", test_real_manuscript);
    g_test_add_func("/formats/statute-in-word", test_statute_in_word);
    g_test_add_func("/formats/statute-in-odt", test_statute_in_odt);
    g_test_add_func("/formats/hidden-content-is-read-for-the-case-judgement",
                    test_hidden_content_is_read_for_the_case_judgement);
    g_test_add_func("/formats/text-hidden-by-inheritance-sections-and-fields-is-left-out",
                    test_hidden_by_inheritance_sections_and_fields);
    g_test_add_func("/formats/word-as-word-writes-it", test_word_as_word_writes_it);
    g_test_add_func("/formats/hidden-text", test_hidden_text);
    g_test_add_func("/formats/headings-make-sections", test_headings_make_sections);
    g_test_add_func("/formats/html-page", test_html_page);
    g_test_add_func("/formats/note-over-two-paragraphs", test_note_over_two_paragraphs);
    g_test_add_func("/formats/declared-language-checked", test_declared_language_checked);
    g_test_add_func("/formats/names-and-signatures", test_names_and_signatures);
    g_test_add_func("/formats/main-part-not-a-document", test_main_part_not_a_document);
    g_test_add_func("/formats/odt-mimetype-compared-whole", test_odt_mimetype_compared_whole);
    g_test_add_func("/formats/byte-order-mark-wins", test_byte_order_mark_wins);
    g_test_add_func("/formats/xml-declaration-names-the-charset", test_xml_declaration_names_the_charset);
    g_test_add_func("/formats/utf32-xml", test_utf32_xml);
    g_test_add_func("/formats/line-ends", test_line_ends);
    g_test_add_func("/formats/formats-not-read", test_formats_not_read);
    g_test_add_func("/formats/statute-named-by-its-first-line", test_statute_named_by_its_first_line);
    g_test_add_func("/formats/declared-third-language", test_declared_third_language);
    g_test_add_func("/formats/own-numbering-is-no-citation", test_own_numbering_is_no_citation);
    g_test_add_func("/formats/numbers-and-names", test_numbers_and_names);
    g_test_add_func("/formats/hidden-by-the-pages-stylesheet", test_hidden_by_the_pages_stylesheet);
    int status = g_test_run();
    ix_extractor_free(extractor);

    GDir *dir = g_dir_open(tmpdir, 0, NULL);
    const char *name;
    while (dir != NULL && (name = g_dir_read_name(dir)) != NULL) {
        char *path = g_build_filename(tmpdir, name, NULL);
        g_unlink(path);
        g_free(path);
    }
    if (dir != NULL)
        g_dir_close(dir);
    g_rmdir(tmpdir);
    g_free(tmpdir);
    return status;
}
