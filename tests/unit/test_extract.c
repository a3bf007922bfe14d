/* test_extract.c — files in, documents and units out, hostile files fenced.
 *
 * Proves: a two-page PDF drawn with cairo gives one unit per page with the
 * right page numbers, title and date; a PDF without text, a garbage PDF, an
 * encrypted PDF and a 5-byte "PDF" fail with their reasons; the demo XML
 * vocabulary gives exact articles and decision fields; Akoma Ntoso
 * judgments are decisions; no XML trick (XXE, parameter entities, XInclude)
 * ever puts /etc/passwd into a unit; entity bombs return fast and small;
 * Windows-1251 text is decoded; Markdown titles come from front matter;
 * binary files are skipped and empty ones fail; poppler's global
 * parameters are made once for an extractor, not again for every PDF.
 *
 * Fixtures are written at test time into a temporary directory; the
 * reference corpus (../shared/corpus, relative to the repository root) is
 * used when present and its tests are skipped when not.
 */
#include <cairo-pdf.h>
#include <cairo.h>
#include <dlfcn.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tests/unit/test_context.h"
#include "tests/unit/test_files.h"
#include "indexer/document.h"
#include "indexer/extract.h"
#include "core/record.h"

#define CORPUS "../shared/corpus"

static char *tmpdir;
/* The extractor every test uses: OCR off, covered text left out, the
 * tables of corpus-config/. */
static ix_extractor *extractor;

/* "Fast" means two seconds; under valgrind everything runs ~30 times
 * slower, so the limit scales (valgrind announces itself in LD_PRELOAD). */
static gint64
fast_limit(void)
{
    const char *preload = g_getenv("LD_PRELOAD");
    gboolean valgrind = preload != NULL && strstr(preload, "valgrind") != NULL;
    return (valgrind ? 30 : 1) * 2 * G_USEC_PER_SEC;
}

static char *
fixture(const char *name, const char *content, gssize len)
{
    char *path = g_build_filename(tmpdir, name, NULL);
    g_assert_true(g_file_set_contents(path, content, len, NULL));
    return path;
}

/* Extracts `path`, asserting the status; returns the doc (NULL unless OK)
 * and, through `reason`, the error message. */
static zr_doc *
extract_with(const ix_extractor *ex, const char *path, const char *hint, ix_extract_status expect, char **reason)
{
    zr_doc *doc = ix_doc_new();
    doc->id = g_strdup("000000000000");
    doc->source = g_strdup("test");
    doc->path = g_path_get_basename(path);
    GError *error = NULL;
    ix_extract_status status = ix_extract_file(ex, path, hint, doc, &error);
    if (status != expect)
        g_test_message("%s: status %d, error %s", path, status, error ? error->message : "none");
    g_assert_cmpint(status, ==, expect);
    if (status == IX_EXTRACT_OK) {
        g_assert_no_error(error);
    } else {
        g_assert_nonnull(error);
        g_assert_true(error->domain == IX_EXTRACT_ERROR);
        if (reason != NULL)
            *reason = g_strdup(error->message);
        g_error_free(error);
        ix_doc_free(doc);
        return NULL;
    }
    return doc;
}

static zr_doc *
extract(const char *path, const char *hint, ix_extract_status expect, char **reason)
{
    return extract_with(extractor, path, hint, expect, reason);
}

static const zr_unit *
unit_at(const zr_doc *doc, guint i)
{
    g_assert_cmpuint(i, <, doc->units->len);
    return g_ptr_array_index(doc->units, i);
}

static gboolean
any_unit_contains(const zr_doc *doc, const char *needle)
{
    for (guint i = 0; doc != NULL && i < doc->units->len; i++)
        if (strstr(unit_at(doc, i)->text, needle) != NULL)
            return TRUE;
    return FALSE;
}

static gsize
total_text(const zr_doc *doc)
{
    gsize n = 0;
    for (guint i = 0; doc != NULL && i < doc->units->len; i++)
        n += strlen(unit_at(doc, i)->text);
    return n;
}

/* ---- PDF ---------------------------------------------------------------- */

/* Writes a PDF whose pages hold the given lines of text (NULL: blank page). */
static char *
make_pdf(const char *name, const char *const *pages, int n_pages, const char *title)
{
    char *path = g_build_filename(tmpdir, name, NULL);
    cairo_surface_t *surface = cairo_pdf_surface_create(path, 595, 842);
    if (title != NULL)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "2020-03-12T12:00:00");
    cairo_t *cr = cairo_create(surface);
    cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, 14);
    for (int i = 0; i < n_pages; i++) {
        if (pages[i] != NULL) {
            cairo_move_to(cr, 72, 100);
            cairo_show_text(cr, pages[i]);
        } else {
            cairo_rectangle(cr, 72, 72, 200, 100); /* a picture, not text */
            cairo_fill(cr);
        }
        cairo_show_page(cr);
    }
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    g_assert_cmpint(cairo_surface_status(surface), ==, CAIRO_STATUS_SUCCESS);
    cairo_surface_destroy(surface);
    return path;
}

static void
test_pdf_units_are_pages_with_numbers(void)
{
    const char *const pages[] = {"Alpha first page of the report", "Zanzibar ledger on page two"};
    char *path = make_pdf("two-pages.pdf", pages, 2, "Fixture Report");
    zr_doc *doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    g_assert_cmpstr(doc->format, ==, "pdf");
    g_assert_cmpint(doc->pages, ==, 2);
    g_assert_cmpstr(doc->title, ==, "Fixture Report");
    g_assert_cmpstr(doc->date, ==, "2020-03-12");
    g_assert_cmpstr(doc->type, ==, "other");
    g_assert_cmpstr(doc->lang, ==, "en");
    g_assert_cmpuint(doc->units->len, ==, 2);
    g_assert_cmpstr(unit_at(doc, 0)->kind, ==, "page");
    g_assert_cmpint(unit_at(doc, 0)->page, ==, 1);
    g_assert_cmpstr(unit_at(doc, 0)->text, ==, "Alpha first page of the report");
    g_assert_cmpint(unit_at(doc, 1)->page, ==, 2);
    g_assert_cmpint(unit_at(doc, 1)->ordinal, ==, 1);
    g_assert_nonnull(strstr(unit_at(doc, 1)->text, "Zanzibar"));
    g_assert_null(strstr(unit_at(doc, 0)->text, "Zanzibar"));
    ix_doc_free(doc);
    g_free(path);

    /* A blank middle page is skipped; numbering is kept; no title metadata
     * -> the first line of page 1. */
    const char *const gappy[] = {"Opening words", NULL, "Closing words"};
    path = make_pdf("gappy.pdf", gappy, 3, NULL);
    doc = extract(path, "research", IX_EXTRACT_OK, NULL);
    g_assert_cmpstr(doc->type, ==, "research");
    g_assert_cmpstr(doc->title, ==, "Opening words");
    g_assert_cmpuint(doc->units->len, ==, 2);
    g_assert_cmpint(unit_at(doc, 1)->page, ==, 3);
    ix_doc_free(doc);
    g_free(path);
}

/* poppler's global parameters (its encodings and font tables: remaking
 * them cost each PDF of an index run about a page's text) live while a
 * document is open.  The extractor holds one, so the parameters a first
 * PDF finds are still there, the same, after two more are read and freed. */
static void
test_pdf_poppler_parameters_outlive_each_file(void)
{
    /* libpoppler's `std::unique_ptr<GlobalParams> globalParams`: a global
     * C++ variable keeps its C name, and the unique_ptr is one pointer. */
    void *const *params = dlsym(RTLD_DEFAULT, "globalParams");
    if (params == NULL) {
        g_test_skip("this poppler does not export globalParams");
        return;
    }
    const char *const pages[] = {"Warm parameters page"};
    char *path = make_pdf("warm.pdf", pages, 1, "Warm");
    void *before = *params;
    g_assert_nonnull(before);
    for (int i = 0; i < 2; i++) {
        zr_doc *doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
        g_assert_cmpstr(unit_at(doc, 0)->text, ==, "Warm parameters page");
        ix_doc_free(doc);
        g_assert_true(*params == before);
    }
    g_free(path);
}

static void
test_pdf_articles_keep_their_pages(void)
{
    const char *const pages[] = {"Article 1. Scope", "Article 2. Definitions", "Article 3. Offences"};
    char *path = make_pdf("code.pdf", pages, 3, "A Code");
    zr_doc *doc = extract(path, "code", IX_EXTRACT_OK, NULL);
    g_assert_cmpuint(doc->units->len, ==, 3);
    g_assert_cmpstr(unit_at(doc, 2)->kind, ==, "article");
    g_assert_cmpstr(unit_at(doc, 2)->provision, ==, "3");
    g_assert_cmpstr(unit_at(doc, 2)->label, ==, "Article 3. Offences");
    g_assert_cmpint(unit_at(doc, 2)->page, ==, 3);
    ix_doc_free(doc);
    g_free(path);
}

static void
test_pdf_failures_say_why(void)
{
    char *reason = NULL;
    const char *const blank[] = {NULL};
    char *path = make_pdf("scan.pdf", blank, 1, "Scan");
    g_assert_null(extract(path, NULL, IX_EXTRACT_FAIL, &reason));
    g_assert_cmpstr(reason, ==, "no text layer (scanned?; OCR is off)");
    g_free(reason), g_free(path);

    path = fixture("garbage.pdf", "%PDF-1.4\nthis is not a real PDF body\n%%EOF\n", -1);
    g_assert_null(extract(path, NULL, IX_EXTRACT_FAIL, &reason));
    g_assert_true(g_str_has_prefix(reason, "damaged PDF: "));
    g_free(reason), g_free(path);

    path = fixture("x.pdf", "hello", 5);
    g_assert_null(extract(path, NULL, IX_EXTRACT_FAIL, &reason));
    g_assert_cmpstr(reason, ==, "damaged PDF: no %PDF- header in the first 1024 bytes");
    g_free(reason), g_free(path);

    const char *encrypted = CORPUS "/hostile/pdf/encrypted_user_password_rc4.pdf";
    if (!g_file_test(encrypted, G_FILE_TEST_EXISTS)) {
        g_test_skip("reference corpus not found at " CORPUS);
        return;
    }
    g_assert_null(extract(encrypted, NULL, IX_EXTRACT_FAIL, &reason));
    g_assert_cmpstr(reason, ==, "encrypted (password required)");
    g_free(reason);
}

/* Files attached to a PDF (its EmbeddedFiles, here a portfolio's) are not
 * indexed, an attachment being anything at all, and the document says how
 * many were left, once: nothing had said so. */
static void
test_pdf_attachments_counted_not_read(void)
{
    char *path = g_build_filename(tmpdir, "attached.pdf", NULL);
    const char *const objects[] = {
        "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 5 0 R >> /Collection << /View /D >> >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 10 0 R >> >> >>",
        "<< /Length 49 >>\nstream\nBT /F1 12 Tf 72 700 Td (Quillfeather cover) Tj ET\nendstream",
        "<< /Names [(a.txt) 6 0 R (b.txt) 8 0 R] >>",
        "<< /Type /Filespec /F (a.txt) /UF (a.txt) /EF << /F 7 0 R >> >>",
        "<< /Type /EmbeddedFile /Length 20 >>\nstream\nMarrowgate attached\n\nendstream",
        "<< /Type /Filespec /F (b.txt) /UF (b.txt) /EF << /F 9 0 R >> >>",
        "<< /Type /EmbeddedFile /Length 20 >>\nstream\nKestrelwood attached\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        NULL,
    };
    write_pdf(path, objects);
    zr_doc *doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    g_assert_true(any_unit_contains(doc, "Quillfeather cover"));
    g_assert_false(any_unit_contains(doc, "Marrowgate"));
    g_assert_false(any_unit_contains(doc, "Kestrelwood"));
    g_assert_cmpuint(doc->warnings->len, ==, 1);
    g_assert_cmpstr(doc->warnings->pdata[0], ==, "2 attached files not read");
    ix_doc_free(doc);
    g_unlink(path);
    g_free(path);
}

/* A page of text that also draws an image declaring 200,000 × 200,000
 * pixels is not rendered to look for text under boxes (poppler would
 * decode the image whole first): its text is kept, and a warning names
 * the page and the size. */
static void
test_pdf_huge_image_not_rendered_for_boxes(void)
{
    char *path = g_build_filename(tmpdir, "huge-boxes.pdf", NULL);
    const char *const objects[] = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /XObject << /Im1 5 0 R >> /Font << /F1 6 0 R >> >> >>",
        "<< /Length 85 >>\nstream\nq 595 0 0 842 0 0 cm /Im1 Do Q BT /F1 12 Tf 72 700 Td (Quillfeather lives here) "
        "Tj ET\nendstream",
        "<< /Type /XObject /Subtype /Image /Width 200000 /Height 200000 /ColorSpace /DeviceGray "
        "/BitsPerComponent 8 /Filter /JPXDecode /Length 4 >>\nstream\nabcd\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        NULL,
    };
    write_pdf(path, objects);
    gint64 start = g_get_monotonic_time();
    zr_doc *doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    g_assert_cmpint(g_get_monotonic_time() - start, <, fast_limit());
    g_assert_true(any_unit_contains(doc, "Quillfeather lives here"));
    g_assert_cmpuint(doc->warnings->len, ==, 1);
    g_assert_cmpstr(doc->warnings->pdata[0], ==,
                    "page 1: an image of 200000×200000 pixels, too large to render: not looked at for text under "
                    "boxes");
    ix_doc_free(doc);
    g_unlink(path);
    g_free(path);
}

/* A court filing "redacted" by drawing boxes over text that stays in the
 * text layer; beside it, white words on a black panel (visible) and a
 * lone bold letter (thin glyphs can fill their own box). */
static char *
make_covered_pdf(void)
{
    char *path = g_build_filename(tmpdir, "covered.pdf", NULL);
    cairo_surface_t *surface = cairo_pdf_surface_create(path, 595, 842);
    cairo_t *cr = cairo_create(surface);
    cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, 12);
    cairo_move_to(cr, 72, 100);
    cairo_show_text(cr, "The witness named Quillfeather lives at Marrowgate Lane.");
    cairo_text_extents_t before, hidden;
    cairo_text_extents(cr, "The witness named ", &before);
    cairo_text_extents(cr, "Quillfeather", &hidden);
    cairo_rectangle(cr, 72 + before.x_advance - 1, 100 + hidden.y_bearing - 2, hidden.x_advance + 2, hidden.height + 5);
    cairo_fill(cr);
    cairo_rectangle(cr, 60, 200, 400, 40);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_move_to(cr, 72, 225);
    cairo_show_text(cr, "Panel title Kestrelwood");
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
    cairo_move_to(cr, 72, 300);
    cairo_show_text(cr, "Section I of the Act");
    cairo_show_page(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    g_assert_cmpint(cairo_surface_status(surface), ==, CAIRO_STATUS_SUCCESS);
    cairo_surface_destroy(surface);
    return path;
}

static void
test_pdf_text_under_boxes_left_out(void)
{
    char *path = make_covered_pdf();
    zr_doc *doc = extract(path, "research", IX_EXTRACT_OK, NULL);
    g_assert_false(any_unit_contains(doc, "Quillfeather"));
    g_assert_true(any_unit_contains(doc, "The witness named"));
    g_assert_true(any_unit_contains(doc, "lives at Marrowgate Lane."));
    g_assert_true(any_unit_contains(doc, "Panel title Kestrelwood"));
    g_assert_true(any_unit_contains(doc, "Section I of the Act"));
    g_assert_cmpuint(doc->warnings->len, ==, 1);
    g_assert_cmpstr(g_ptr_array_index(doc->warnings, 0), ==,
                    "page 1: 12 characters drawn under opaque boxes left out (a redaction that kept its text?)");
    ix_doc_free(doc);

    /* [index] covered-text = keep: everything the text layer holds. */
    ix_extractor_options keep = {.keep_covered = true};
    ix_extractor *keeping = ix_extractor_new(test_context(), &keep);
    doc = extract_with(keeping, path, "research", IX_EXTRACT_OK, NULL);
    ix_extractor_free(keeping);
    g_assert_true(any_unit_contains(doc, "The witness named Quillfeather lives"));
    g_assert_cmpuint(doc->warnings->len, ==, 0);
    ix_doc_free(doc);
    g_free(path);
}

/* ---- XML ---------------------------------------------------------------- */

static const char demo_law_mn[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<law xmlns=\"urn:zaalt:demo:1\" xml:lang=\"mn\" kind=\"code\">\n"
    "  <title>Эрүүгийн хууль</title> <date>2015-12-03</date> <note>Шинэчилсэн найруулга</note>\n"
    "  <part num=\"2\"><heading>ТУСГАЙ АНГИ</heading>\n"
    "  <chapter num=\"13\"><heading>ХҮНИЙ ЭРХ, ЭРХ ЧӨЛӨӨНИЙ ЭСРЭГ ГЭМТ ХЭРЭГ</heading>\n"
    "    <article num=\"13.1\"><heading>Хүн худалдаалах</heading>\n"
    "      <paragraph num=\"1\">Хүнийг худалдсан бол хорих ял шийтгэнэ.</paragraph>\n"
    "      <paragraph num=\"2\">Энэ гэмт хэргийг:\n"
    "        <clause num=\"2.1\">хүүхдийн эсрэг;</clause>\n"
    "        <clause num=\"2.2\">хоёр, түүнээс олон хүнийг худалдаалж үйлдсэн бол ...</clause>\n"
    "      </paragraph>\n"
    "    </article>\n"
    "    <article num=\"13.2\"><heading>Хүн хулгайлах</heading>\n"
    "      <paragraph num=\"1\">Хүн хулгайлсан бол ...</paragraph>\n"
    "    </article>\n"
    "  </chapter></part>\n"
    "</law>\n";

static void
test_demo_law_gives_exact_articles(void)
{
    char *path = fixture("law.xml", demo_law_mn, -1);
    zr_doc *doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    g_assert_cmpstr(doc->format, ==, "xml");
    g_assert_cmpstr(doc->type, ==, "code");
    g_assert_cmpstr(doc->lang, ==, "mn");
    g_assert_cmpstr(doc->title, ==, "Эрүүгийн хууль");
    g_assert_cmpstr(doc->date, ==, "2015-12-03");
    g_assert_cmpuint(doc->articles->len, ==, 0); /* a code cites nothing here */
    g_assert_cmpuint(doc->units->len, ==, 3);

    g_assert_cmpstr(unit_at(doc, 0)->kind, ==, "section");
    g_assert_cmpstr(unit_at(doc, 0)->text, ==, "Шинэчилсэн найруулга");

    const zr_unit *a = unit_at(doc, 1);
    g_assert_cmpstr(a->kind, ==, "article");
    g_assert_cmpstr(a->provision, ==, "13.1");
    g_assert_cmpstr(a->label, ==, "13.1 дүгээр зүйл. Хүн худалдаалах");
    g_assert_cmpint(a->page, ==, 0);
    g_assert_cmpstr(a->text, ==,
                    "13.1 дүгээр зүйл. Хүн худалдаалах\n"
                    "1. Хүнийг худалдсан бол хорих ял шийтгэнэ.\n"
                    "2. Энэ гэмт хэргийг:\n"
                    "2.1. хүүхдийн эсрэг;\n"
                    "2.2. хоёр, түүнээс олон хүнийг худалдаалж үйлдсэн бол ...");
    g_assert_cmpstr(unit_at(doc, 2)->label, ==, "13.2 дугаар зүйл. Хүн хулгайлах");
    g_assert_null(strstr(a->text, "ХҮНИЙ ЭРХ")); /* the chapter heading is not repeated */
    ix_doc_free(doc);
    g_free(path);

    /* The English label form. */
    const char en[] = "<law xmlns=\"urn:zaalt:demo:1\" xml:lang=\"en\"><title>Criminal Code</title>"
                      "<chapter num=\"13\"><article num=\"13.1\"><heading>Trafficking in persons</heading>"
                      "<paragraph num=\"1\">Whoever sells a person ...</paragraph></article></chapter></law>";
    path = fixture("law-en.xml", en, -1);
    doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    g_assert_cmpuint(doc->units->len, ==, 1);
    g_assert_cmpstr(unit_at(doc, 0)->label, ==, "Article 13.1. Trafficking in persons");
    g_assert_cmpstr(unit_at(doc, 0)->text, ==, "Article 13.1. Trafficking in persons\n1. Whoever sells a person ...");
    ix_doc_free(doc);
    g_free(path);
}

static const char demo_decision[] =
    "<decision xmlns=\"urn:zaalt:demo:1\" xml:lang=\"mn\">\n"
    "  <title>Шийтгэх тогтоол 2024/ШЦТ/67</title>\n"
    "  <court level=\"first-instance\">Сонгинохайрхан дүүргийн Эрүүгийн хэргийн анхан шатны шүүх</court>\n"
    "  <decision-type>Шийтгэх тогтоол</decision-type> <number>2024/ШЦТ/67</number>\n"
    "  <case-index>1234567</case-index>\n"
    "  <date>2024-03-15</date> <judges><judge>Шүүгч Х</judge></judges> <prosecutor>Прокурор Ц</prosecutor>\n"
    "  <articles-applied><article>13.1.2.1</article><article>13.1</article></articles-applied>\n"
    "  <outcome>conviction</outcome> <sentence>8 жил хорих</sentence>\n"
    "  <cites><decision>2023/ШЦТ/215</decision></cites>\n"
    "  <body>\n"
    "    <section kind=\"header\" heading=\"Тодорхойлох хэсэг\"><p>Хэргийн  товч\n  агуулга.</p><p>Хоёр дахь догол "
    "мөр.</p></section>\n"
    "    <section kind=\"operative\" heading=\"ТОГТООХ нь\"><p>Гэм буруутайд тооцож ял шийтгэсүгэй.</p></section>\n"
    "  </body>\n"
    "</decision>\n";

static void
test_demo_decision_fields_and_one_unit(void)
{
    char *path = fixture("decision.xml", demo_decision, -1);
    zr_doc *doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    g_assert_cmpstr(doc->type, ==, "decision");
    g_assert_cmpstr(doc->lang, ==, "mn");
    g_assert_cmpstr(doc->title, ==, "Шийтгэх тогтоол 2024/ШЦТ/67");
    g_assert_cmpstr(doc->court, ==, "Сонгинохайрхан дүүргийн Эрүүгийн хэргийн анхан шатны шүүх");
    g_assert_cmpstr(doc->court_level, ==, "first-instance");
    g_assert_cmpstr(doc->decision_type, ==, "Шийтгэх тогтоол");
    g_assert_cmpstr(doc->case_number, ==, "2024/ШЦТ/67");
    g_assert_cmpstr(doc->date, ==, "2024-03-15");
    g_assert_cmpstr(doc->outcome, ==, "conviction");
    g_assert_cmpuint(doc->articles->len, ==, 2);
    g_assert_cmpstr(g_ptr_array_index(doc->articles, 0), ==, "13.1.2.1");
    g_assert_cmpstr(g_ptr_array_index(doc->articles, 1), ==, "13.1");
    g_assert_cmpuint(doc->units->len, ==, 1);
    g_assert_cmpstr(unit_at(doc, 0)->kind, ==, "decision");
    g_assert_cmpint(unit_at(doc, 0)->page, ==, 0);
    g_assert_cmpstr(unit_at(doc, 0)->text, ==,
                    "Тодорхойлох хэсэг\n\nХэргийн товч агуулга.\n\nХоёр дахь догол мөр.\n\n"
                    "ТОГТООХ нь\n\nГэм буруутайд тооцож ял шийтгэсүгэй.");
    /* Judges and prosecutor are not part of any record. */
    g_assert_false(any_unit_contains(doc, "Шүүгч Х"));
    ix_doc_free(doc);
    g_free(path);
}

/* A decision kept as plain text has no title of its own: its heading's
 * first line, the state's name, would title every such decision alike.
 * The title is the one its heading gives, as a court cites a decision
 * (court, number with its ordinal, kind); without a number, its date. */
static void
test_text_decision_titled_by_its_heading(void)
{
    const char numbered[] = "МОНГОЛ УЛС\n"
                            "ДОРНОД АЙМАГ ДАХЬ СУМ ДУНДЫН ЭРҮҮГИЙН ХЭРГИЙН АНХАН ШАТНЫ ШҮҮХ\n"
                            "ЦАГААТГАХ ТОГТООЛ\n"
                            "2023 оны 11 дүгээр сарын 9-ний өдөр     Дугаар 2023/ШЦТ/441     Чойбалсан сум\n\n"
                            "Шүүгч Л.Гэрэлмаа даргалж хэргийг хянан хэлэлцэв.\n\n"
                            "ТОГТООХ нь:\n1. Шүүгдэгчийг цагаатгасугай.\n";
    char *path = fixture("acquittal.txt", numbered, -1);
    zr_doc *doc = extract(path, "decision", IX_EXTRACT_OK, NULL);
    g_assert_cmpstr(doc->title, ==,
                    "Дорнод аймаг дахь Сум дундын эрүүгийн хэргийн анхан шатны шүүхийн 2023/ШЦТ/441 дүгээр цагаатгах "
                    "тогтоол");
    ix_doc_free(doc);
    g_free(path);

    const char unnumbered[] = "МОНГОЛ УЛС\n"
                              "ХЭНТИЙ АЙМАГ ДАХЬ СУМ ДУНДЫН ЭРҮҮГИЙН ХЭРГИЙН АНХАН ШАТНЫ ШҮҮХ\n"
                              "ШИЙТГЭХ ТОГТООЛ\n"
                              "2022 оны 6 дугаар сарын 20-ны өдөр     Өндөрхаан\n\n"
                              "Шүүгч Б.Даваа даргалж хэргийг хянан хэлэлцэв.\n\n"
                              "ТОГТООХ нь:\n1. Гэм буруутайд тооцсугай.\n";
    path = fixture("conviction.txt", unnumbered, -1);
    doc = extract(path, "decision", IX_EXTRACT_OK, NULL);
    g_assert_cmpstr(doc->title, ==,
                    "Хэнтий аймаг дахь Сум дундын эрүүгийн хэргийн анхан шатны шүүхийн 2022 оны 6 дугаар сарын 20-ны "
                    "өдрийн шийтгэх тогтоол");
    ix_doc_free(doc);
    g_free(path);

    /* Front matter's title is the decision's own, and stays. */
    char *titled = g_strconcat("---\ntitle: Хүүхэд худалдсан хэргийн тогтоол\n---\n", numbered, NULL);
    path = fixture("titled.md", titled, -1);
    doc = extract(path, "decision", IX_EXTRACT_OK, NULL);
    g_assert_cmpstr(doc->title, ==, "Хүүхэд худалдсан хэргийн тогтоол");
    ix_doc_free(doc);
    g_free(path);
    g_free(titled);
}

/* A decision citing an article only by its number is indexed with the
 * Code's headings of the articles it applies, Mongolian and English, each
 * once (13.1.2.1 and 13.1 give 13.1's), never in a unit's text. */
static void
test_decision_applied_headings(void)
{
    const char text[] = "МОНГОЛ УЛС\n"
                        "ДОРНОД АЙМАГ ДАХЬ СУМ ДУНДЫН ЭРҮҮГИЙН ХЭРГИЙН АНХАН ШАТНЫ ШҮҮХ\n"
                        "ШИЙТГЭХ ТОГТООЛ\n"
                        "2024 оны 5 дугаар сарын 2-ны өдөр     Дугаар 2024/ШЦТ/90     Чойбалсан сум\n\n"
                        "Шүүгдэгч охиныг хилээр гаргаж, хөдөлмөрт мөлжсөн.\n\n"
                        "ТОГТООХ нь:\n1. Шүүгдэгчийг Эрүүгийн хуулийн 13.1 дүгээр зүйлийн 2 дахь хэсгийн 2.1-д "
                        "зааснаар гэм буруутайд тооцож, 9 жил хорих ял оногдуулсугай.\n";
    char *path = fixture("applied.txt", text, -1);
    zr_doc *doc = extract(path, "decision", IX_EXTRACT_OK, NULL);
    g_assert_nonnull(doc->applied_headings);
    g_assert_nonnull(strstr(doc->applied_headings, "хүн худалдаалах"));
    g_assert_nonnull(strstr(doc->applied_headings, "Trafficking in persons"));
    g_assert_null(strstr(strstr(doc->applied_headings, "хүн худалдаалах") + 1, "хүн худалдаалах"));
    /* Never a unit's text: a snippet cannot show it. */
    g_assert_false(any_unit_contains(doc, "худалдаалах"));
    ix_doc_free(doc);
    g_free(path);
}

static void
test_xml_not_well_formed_says_where(void)
{
    char *reason = NULL;
    char *path = fixture("broken.xml", "<?xml version=\"1.0\"?>\n<a>\n<b>\n</a>\n", -1);
    g_assert_null(extract(path, NULL, IX_EXTRACT_FAIL, &reason));
    g_assert_true(g_str_has_prefix(reason, "XML not well-formed at line 4: "));
    g_free(reason), g_free(path);
}

/* Every way an XML file can ask for a local file: a general external
 * entity, a parameter entity, an external DTD, and XInclude. */
static void
test_xml_never_reads_local_files(void)
{
    static const char *const attacks[] = {
        "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
        "<d><p>before</p><p>&xxe;</p><p>after</p></d>\n",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY % pe SYSTEM \"file:///etc/passwd\"> %pe;]>\n"
        "<d><p>before</p></d>\n",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE d SYSTEM \"file:///etc/passwd\">\n<d><p>before</p></d>\n",
        "<?xml version=\"1.0\"?>\n<d xmlns:xi=\"http://www.w3.org/2001/XInclude\"><p>before</p>"
        "<xi:include href=\"file:///etc/passwd\" parse=\"text\"/></d>\n",
    };
    for (size_t i = 0; i < G_N_ELEMENTS(attacks); i++) {
        char *name = g_strdup_printf("xxe-%zu.xml", i);
        char *path = fixture(name, attacks[i], -1);
        zr_doc *doc = ix_doc_new();
        GError *error = NULL;
        ix_extract_status status = ix_extract_file(extractor, path, NULL, doc, &error);
        g_assert_true(status == IX_EXTRACT_OK || status == IX_EXTRACT_FAIL);
        g_assert_false(any_unit_contains(doc, "root:"));
        g_assert_false(doc->title != NULL && strstr(doc->title, "root:") != NULL);
        if (status == IX_EXTRACT_OK)
            g_assert_true(any_unit_contains(doc, "before"));
        g_clear_error(&error);
        ix_doc_free(doc);
        g_free(path), g_free(name);
    }
    const char *corpus_xxe = CORPUS "/hostile/xml/xxe_etc_passwd.xml";
    if (g_file_test(corpus_xxe, G_FILE_TEST_EXISTS)) {
        zr_doc *doc = ix_doc_new();
        GError *error = NULL;
        ix_extract_file(extractor, corpus_xxe, NULL, doc, &error);
        g_assert_false(any_unit_contains(doc, "root:"));
        g_clear_error(&error);
        ix_doc_free(doc);
    }
}

static void
test_billion_laughs_is_fast_and_small(void)
{
    const char *path = CORPUS "/hostile/xml/billion_laughs_classic.xml";
    if (!g_file_test(path, G_FILE_TEST_EXISTS)) {
        g_test_skip("reference corpus not found at " CORPUS);
        return;
    }
    zr_doc *doc = ix_doc_new();
    GError *error = NULL;
    gint64 start = g_get_monotonic_time();
    ix_extract_status status = ix_extract_file(extractor, path, NULL, doc, &error);
    gint64 elapsed = g_get_monotonic_time() - start;
    g_assert_cmpint(elapsed, <, fast_limit());
    g_assert_cmpint(status, ==, IX_EXTRACT_FAIL);
    g_assert_nonnull(strstr(error->message, "entity reference loop"));
    g_assert_cmpuint(total_text(doc), <, 4096);
    g_clear_error(&error);
    ix_doc_free(doc);
}

/* Every hostile XML file of the corpus either fails with a reason or
 * extracts a little harmless text, quickly. */
static void
test_hostile_xml_corpus_is_harmless(void)
{
    const char *dir_path = CORPUS "/hostile/xml";
    GDir *dir = g_dir_open(dir_path, 0, NULL);
    if (dir == NULL) {
        g_test_skip("reference corpus not found at " CORPUS);
        return;
    }
    const char *name;
    int files = 0;
    while ((name = g_dir_read_name(dir)) != NULL) {
        char *path = g_build_filename(dir_path, name, NULL);
        zr_doc *doc = ix_doc_new();
        GError *error = NULL;
        gint64 start = g_get_monotonic_time();
        ix_extract_status status = ix_extract_file(extractor, path, NULL, doc, &error);
        gint64 elapsed = g_get_monotonic_time() - start;
        g_test_message("%s: %s %s", name, status == IX_EXTRACT_OK ? "ok" : "fail", error ? error->message : "");
        g_assert_cmpint(elapsed, <, fast_limit());
        if (status == IX_EXTRACT_OK)
            g_assert_cmpuint(total_text(doc), <, 4096);
        else
            g_assert_true(error != NULL && *error->message != '\0');
        g_assert_false(any_unit_contains(doc, "root:"));
        g_clear_error(&error);
        ix_doc_free(doc);
        g_free(path);
        files++;
    }
    g_dir_close(dir);
    g_assert_cmpint(files, >=, 20);
}

static void
test_akn_judgment_is_a_decision(void)
{
    const char *path = CORPUS "/en/decisions/ewca_civ_2020_130_QSA_v_SSHD.akn.xml";
    if (!g_file_test(path, G_FILE_TEST_EXISTS)) {
        g_test_skip("reference corpus not found at " CORPUS);
        return;
    }
    zr_doc *doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    g_assert_cmpstr(doc->type, ==, "decision");
    g_assert_nonnull(strstr(doc->title, "QSA"));
    g_assert_cmpstr(doc->court, ==, "The Court of Appeal of England and Wales (Civil Division)");
    g_assert_cmpstr(doc->court_level, ==, "appeal");
    g_assert_cmpstr(doc->case_number, ==, "[2020] EWCA Civ 130");
    g_assert_cmpstr(doc->date, ==, "2020-02-10");
    g_assert_cmpstr(doc->lang, ==, "en");
    g_assert_cmpuint(doc->units->len, ==, 1);
    g_assert_cmpstr(unit_at(doc, 0)->kind, ==, "decision");
    g_assert_true(any_unit_contains(doc, "trafficking"));
    /* Metadata (FRBR, proprietary hashes) is not text. */
    g_assert_false(any_unit_contains(doc, "750581e97b9accdf"));
    ix_doc_free(doc);
}

/* An AKN code whose articles sit in chapters (as AKN acts usually do): one
 * unit per article with its key, Mongolian or English, the parts found;
 * the articles an amending article quotes are not the act's own. */
static void
test_akn_articles_inside_chapters(void)
{
    static const char xml[] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act name=\"code\">"
        "<preface><p><docTitle>Туршилтын хууль</docTitle></p></preface><body>"
        "<part eId=\"part_2\"><num>ТУСГАЙ АНГИ</num>"
        "<chapter eId=\"chp_13\"><num>АРВАН ГУРАВДУГААР БҮЛЭГ</num><heading>Хүний эрх чөлөө</heading>"
        "<article eId=\"art_13.1\"><num>13.1 дүгээр зүйл.</num><heading>Хүн хулгайлах</heading>"
        "<paragraph><num>1.</num><content><p>Хүнийг хулгайлсан бол ял шийтгэнэ.</p></content></paragraph>"
        "<paragraph><num>2.</num><content><p>Бүлэглэн үйлдсэн бол хорих ял шийтгэнэ.</p></content></paragraph>"
        "</article>"
        "<article eId=\"art_13.2\"><num>13.2 дугаар зүйл.</num><heading>Хууль бусаар хорих</heading>"
        "<paragraph><num>1.</num><content><p>Хорьсон бол ял шийтгэнэ.</p></content></paragraph></article>"
        "</chapter></part>"
        "<chapter eId=\"chp_14\"><num>Chapter 14</num><heading>Amendments</heading>"
        "<article eId=\"art_14.1\"><num>Article 14.1</num><heading>Trafficking</heading>"
        "<content><p>Article 3 of the old law is replaced by:</p>"
        "<quotedStructure><article><num>Article 3</num><content><p>Quoted text.</p></content></article>"
        "</quotedStructure></content></article>"
        "</chapter></body></act></akomaNtoso>\n";
    char *path = fixture("nested.xml", xml, sizeof xml - 1);
    zr_doc *doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    guint articles = 0;
    const zr_unit *first = NULL, *english = NULL;
    for (guint i = 0; i < doc->units->len; i++) {
        const zr_unit *u = unit_at(doc, i);
        if (g_strcmp0(u->kind, "article") != 0)
            continue;
        articles++;
        if (g_strcmp0(u->provision, "13.1") == 0)
            first = u;
        if (g_strcmp0(u->provision, "14.1") == 0)
            english = u;
        g_assert_cmpstr(u->provision, !=, "3");
    }
    g_assert_cmpuint(articles, ==, 3);
    g_assert_nonnull(first);
    g_assert_nonnull(english);
    g_assert_nonnull(strstr(first->label, "Хүн хулгайлах"));
    g_assert_null(strstr(first->text, "БҮЛЭГ"));
    g_assert_cmpuint(first->parts->len, ==, 2);
    g_assert_nonnull(strstr(english->text, "Quoted text."));
    ix_doc_free(doc);
    g_free(path);
}

static void
test_other_xml_gives_sections(void)
{
    const char *path = CORPUS "/en/law/ca_sc_2012_c15_criminal_code_trafficking.xml";
    if (!g_file_test(path, G_FILE_TEST_EXISTS)) {
        g_test_skip("reference corpus not found at " CORPUS);
        return;
    }
    zr_doc *doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    g_assert_cmpstr(doc->title, ==, "An Act to amend the Criminal Code (trafficking in persons)");
    g_assert_cmpstr(doc->date, ==, "2012-06-28");
    g_assert_cmpstr(doc->type, ==, "code");
    g_assert_cmpuint(doc->units->len, ==, 3);
    g_assert_cmpstr(unit_at(doc, 1)->kind, ==, "section");
    g_assert_cmpstr(unit_at(doc, 1)->provision, ==, "1");
    g_assert_cmpstr(unit_at(doc, 2)->provision, ==, "2");
    g_assert_nonnull(strstr(unit_at(doc, 2)->text, "279.04"));
    ix_doc_free(doc);
}

/* ---- Text --------------------------------------------------------------- */

static void
test_windows_1251_text_is_decoded(void)
{
    /* Windows-1251 has no Ү or Ө: old Mongolian files typed ї and є. */
    const char utf8[] = "Монгол Улсын хууль\n\nХїн худалдаалахтай тэмцэх тухай хууль.\n";
    gsize len = 0;
    char *cp1251 = g_convert(utf8, -1, "WINDOWS-1251", "UTF-8", NULL, &len, NULL);
    g_assert_nonnull(cp1251);
    g_assert_false(g_utf8_validate(cp1251, (gssize)len, NULL));
    char *path = fixture("legacy.txt", cp1251, (gssize)len);
    zr_doc *doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    g_assert_cmpstr(doc->format, ==, "text");
    g_assert_cmpstr(doc->title, ==, "Монгол Улсын хууль");
    g_assert_cmpstr(doc->lang, ==, "mn");
    g_assert_true(any_unit_contains(doc, "худалдаалахтай тэмцэх"));
    /* The font defect is repaired by normalisation. */
    g_assert_true(any_unit_contains(doc, "Хүн худалдаалахтай"));
    ix_doc_free(doc);
    g_free(path), g_free(cp1251);
}

static void
test_utf8_line_in_windows_1251_text_is_kept(void)
{
    /* A UTF-8 line typed into an old Windows-1251 file, or the other way
     * round, as many bytes of each: both lines read, and a warning. */
    gsize len = 0;
    char *old_line = g_convert("Второй строкой документа идёт текст.\n", -1, "WINDOWS-1251", "UTF-8", NULL, &len, NULL);
    GString *text = g_string_new("Хүний наймааны хэрэг шүүхэд ирсэн.\n");
    g_string_append_len(text, old_line, (gssize)len);
    g_string_append_len(text, old_line, (gssize)len);
    char *path = fixture("mixed-lines.txt", text->str, (gssize)text->len);
    zr_doc *doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    g_assert_true(any_unit_contains(doc, "Хүний наймааны хэрэг шүүхэд ирсэн."));
    g_assert_true(any_unit_contains(doc, "Второй строкой документа идёт текст."));
    g_assert_cmpuint(doc->warnings->len, ==, 1);
    g_assert_nonnull(strstr(g_ptr_array_index(doc->warnings, 0), "kept as UTF-8"));
    ix_doc_free(doc);
    g_free(path), g_free(old_line);
    g_string_free(text, TRUE);
}

static void
test_markdown_title_and_sections(void)
{
    const char md[] = "---\ntitle: \"Field Notes on Recruitment\"\ndate: 2019-05-02\n---\n\n"
                      "# Field Notes on Recruitment\n\n## Method\n\nWe interviewed people.\n\n"
                      "```\n# not a heading\n```\n\n## Findings\n\nBrokers recruit through relatives.\n";
    char *path = fixture("notes.md", md, -1);
    zr_doc *doc = extract(path, "research", IX_EXTRACT_OK, NULL);
    g_assert_cmpstr(doc->title, ==, "Field Notes on Recruitment");
    g_assert_cmpstr(doc->date, ==, "2019-05-02");
    g_assert_cmpuint(doc->units->len, ==, 2);
    g_assert_cmpstr(unit_at(doc, 0)->label, ==, "Method");
    g_assert_nonnull(strstr(unit_at(doc, 0)->text, "# not a heading"));
    g_assert_cmpstr(unit_at(doc, 1)->label, ==, "Findings");
    g_assert_cmpstr(unit_at(doc, 1)->text, ==, "Findings\n\nBrokers recruit through relatives.");
    ix_doc_free(doc);
    g_free(path);
}

/* A Markdown unit holds what the rendered page reads: the heading's words
 * on their own line without the #, emphasis and code marks out, a link's
 * words without its address, a quote without its >, no rule; a word with
 * an underscore inside (file_name) and a product's star (3 * 4) stay; a
 * reference's definition, on a line of its own, is shown nowhere and is
 * gone. */
static void
test_markdown_units_read_as_rendered(void)
{
    const char md[] = "# Herders' Wages\n\n## Summary\n\n"
                      "Wages were **withheld** for _seven_ months, see [the survey](https://e.org/s) and `table 2`.\n"
                      "> Brokers kept the **passports**.\n\n---\n\n"
                      "The file_name column; 3 * 4 herds. ![a yurt](yurt.png) [ref]: https://e.org/r\n"
                      "[ref]: https://e.org/r\n";
    char *path = fixture("wages.md", md, -1);
    zr_doc *doc = extract(path, "research", IX_EXTRACT_OK, NULL);
    g_assert_cmpuint(doc->units->len, ==, 1);
    g_assert_cmpstr(unit_at(doc, 0)->label, ==, "Summary");
    g_assert_cmpstr(unit_at(doc, 0)->text, ==,
                    "Herders' Wages\n\nSummary\n\n"
                    "Wages were withheld for seven months, see the survey and table 2.\n"
                    "Brokers kept the passports.\n\n\n"
                    "The file_name column; 3 * 4 herds. a yurt [ref]: https://e.org/r");
    ix_doc_free(doc);
    g_free(path);
}

/* What a rendered Markdown page shows nowhere is not its text (a
 * fictional test document, every name and number invented): HTML comments
 * (one over lines, one in a line, one opening the file, which would have
 * been its title), link reference definitions (the title on the next line
 * too) and TOML front matter, which is front matter as YAML's is: its
 * title and date read, its lines never the text nor the title.  A comment
 * in fenced code is code; a footnote's definition is the footnote. */
static void
test_markdown_comments_definitions_and_toml_are_not_text(void)
{
    const char md[] = "+++\ntitle = \"Зохиомол мэдээ\"\ndate = 2024-03-05\ninterviewee = \"Нууцнэр Далдаа\"\n+++\n"
                      "<!-- Редакторт: нууцүгА, утас 99000001 -->\n"
                      "# Сургалт\n\nСургалт болов <!-- нууцүгБ --> Дархан хотод.\n"
                      "<!-- олон\nмөрт нууцүгВ\n--> Дараа нь хэлэлцэв.\n\n"
                      "```\n<!-- кодын илүгГ -->\n```\n"
                      "Эх сурвалж [1] ба тайлбар[^1].\n\n"
                      "[1]: https://example.mn/nuutsugD \"нууцүгЕ\"\n"
                      "[2]: https://example.mn/x\n  \"нууцүгЖ\"\n"
                      "[^1]: Тайлбарын илүгЗ.\n";
    char *path = fixture("news.md", md, -1);
    zr_doc *doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    g_assert_cmpstr(doc->title, ==, "Зохиомол мэдээ");
    g_assert_cmpstr(doc->date, ==, "2024-03-05");
    g_assert_true(any_unit_contains(doc, "Сургалт болов  Дархан хотод."));
    g_assert_true(any_unit_contains(doc, "Дараа нь хэлэлцэв."));
    g_assert_true(any_unit_contains(doc, "<!-- кодын илүгГ -->"));
    g_assert_true(any_unit_contains(doc, "Тайлбарын илүгЗ."));
    static const char *const gone[] = {"+++",     "Нууцнэр", "нууцүгА", "99000001", "нууцүгБ", "нууцүгВ",
                                       "nuutsugD", "нууцүгЕ", "нууцүгЖ", "<!--",    "-->"};
    for (gsize i = 0; i < G_N_ELEMENTS(gone); i++)
        for (guint k = 0; k < doc->units->len; k++)
            if (strstr(unit_at(doc, k)->text, gone[i]) != NULL &&
                strstr(unit_at(doc, k)->text, "<!-- кодын") == NULL)
                g_error("'%s' is in unit %u: %s", gone[i], k, unit_at(doc, k)->text);
    ix_doc_free(doc);
    g_free(path);
    /* A comment never closed at a line's start hides the rest (CommonMark's
     * HTML block); no front matter, the first heading is the title. */
    const char open[] = "# Тайлан\n\nНээлттэй хэсэг.\n<!-- нууцүгИ\nнууцүгК\n";
    path = fixture("open.md", open, -1);
    doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    g_assert_cmpstr(doc->title, ==, "Тайлан");
    g_assert_true(any_unit_contains(doc, "Нээлттэй хэсэг."));
    g_assert_false(any_unit_contains(doc, "нууцүгИ"));
    g_assert_false(any_unit_contains(doc, "нууцүгК"));
    ix_doc_free(doc);
    g_free(path);
}

/* A Markdown section over 64 KB (here a file of footnote definitions, no
 * heading, then a section of them under a heading) is cut into chunks of
 * a few thousand characters, each with its heading: as one unit, a 32 MB
 * such file took 1.9 GB to analyse and failed under a 1 GB limit (probe
 * F2, F5).  Every definition is kept, once. */
static void
test_markdown_long_section_in_chunks(void)
{
    GString *md = g_string_new(NULL);
    for (int i = 0; i < 5000; i++)
        g_string_append_printf(md, "[^r%d]: http://e.org/%d\n", i, i);
    g_string_append(md, "\n## Links\n\n");
    for (int i = 5000; i < 10000; i++)
        g_string_append_printf(md, "[^r%d]: http://e.org/%d\n", i, i);
    g_string_append(md, "\nzqlastword\n");
    char *path = fixture("refs.md", md->str, (gssize)md->len);
    zr_doc *doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    g_assert_cmpuint(doc->units->len, >, 20);
    guint labelled = 0, found = 0;
    for (guint i = 0; i < doc->units->len; i++) {
        const zr_unit *u = unit_at(doc, i);
        g_assert_cmpuint(strlen(u->text), <=, 4 * 4000);
        labelled += g_strcmp0(u->label, "Links") == 0;
        found += strstr(u->text, "[^r4999]:") != NULL;
        found += strstr(u->text, "[^r9999]:") != NULL;
    }
    g_assert_cmpuint(found, ==, 2);
    g_assert_cmpuint(labelled, >, 10);
    g_assert_cmpstr(unit_at(doc, doc->units->len - 1)->label, ==, "Links");
    g_assert_nonnull(strstr(unit_at(doc, doc->units->len - 1)->text, "zqlastword"));
    ix_doc_free(doc);
    g_free(path);
    g_string_free(md, TRUE);
}

static void
test_plain_text_chunks_at_paragraphs(void)
{
    GString *text = g_string_new("Report on shelters\n\n");
    for (int i = 0; i < 30; i++)
        g_string_append_printf(text, "Paragraph %d. %s\n\n", i,
                               "Shelter staff described the intake of victims and the referral "
                               "mechanism in detail, including how cases reach prosecutors. ");
    char *path = fixture("report", text->str, (gssize)text->len); /* no extension */
    zr_doc *doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    g_assert_cmpstr(doc->type, ==, "other");
    g_assert_cmpstr(doc->title, ==, "Report on shelters");
    g_assert_cmpuint(doc->units->len, >=, 2);
    for (guint i = 0; i < doc->units->len; i++) {
        const zr_unit *u = unit_at(doc, i);
        g_assert_cmpstr(u->kind, ==, "section");
        g_assert_null(u->label);
        g_assert_cmpint(g_utf8_strlen(u->text, -1), <=, 4000);
        if (i + 1 < doc->units->len)
            g_assert_cmpint(g_utf8_strlen(u->text, -1), >=, 2000);
        /* Cut at paragraph boundaries: every unit but the first starts one. */
        if (i > 0)
            g_assert_true(g_str_has_prefix(u->text, "Paragraph "));
    }
    ix_doc_free(doc);
    g_free(path);
    g_string_free(text, TRUE);
}

static void
test_statute_text_title_and_articles(void)
{
    const char law[] = "МОНГОЛ УЛСЫН ХУУЛЬ\n\n2012 оны 01 сарын 19 өдөр\nУлаанбаатар хот\n\n"
                       "ХҮН ХУДАЛДААЛАХТАЙ ТЭМЦЭХ ТУХАЙ\n\n"
                       "1 дүгээр зүйл.Хуулийн зорилт\n1.1.Энэ хуулийн зорилт ...\n"
                       "2 дугаар зүйл.Хууль тогтоомж\n2.1.... 1 дүгээр зүйлд заасан ...\n"
                       "3 дугаар зүйл.Нэр томьёо\n3.1....\n";
    char *path = fixture("law.txt", law, -1);
    zr_doc *doc = extract(path, NULL, IX_EXTRACT_OK, NULL);
    g_assert_cmpstr(doc->title, ==, "ХҮН ХУДАЛДААЛАХТАЙ ТЭМЦЭХ ТУХАЙ");
    g_assert_cmpstr(doc->date, ==, "2012-01-19");
    g_assert_cmpstr(doc->type, ==, "code");
    g_assert_cmpuint(doc->units->len, ==, 4);
    g_assert_cmpstr(unit_at(doc, 2)->label, ==, "2 дугаар зүйл. Хууль тогтоомж");
    g_assert_nonnull(strstr(unit_at(doc, 2)->text, "1 дүгээр зүйлд заасан"));
    ix_doc_free(doc);
    g_free(path);
}

/* The handler table's rules (handler.h): content first, then the name. */
static void
test_format_is_sniffed_then_named(void)
{
    static const struct {
        const char *name, *content;
        ix_extract_status status;
        const char *format; /* or the reason of a failure */
    } cases[] = {
        /* A name promising PDF without the signature is a damaged PDF. */
        {"report.pdf", "Just some text, not a PDF at all.\n", IX_EXTRACT_FAIL,
         "damaged PDF: no %PDF- header in the first 1024 bytes"},
        /* A .xml file that could be any text is read as XML. */
        {"notes.xml", "plain words without markup\n", IX_EXTRACT_FAIL, NULL},
        /* A Markdown file opening with a tag stays text... */
        {"readme.md", "<div>Title</div>\n\nSome words of a section.\n", IX_EXTRACT_OK, "text"},
        /* ...unless it declares itself XML. */
        {"odd.md", "<?xml version=\"1.0\"?><doc><title>T</title><p>words</p></doc>", IX_EXTRACT_OK, "xml"},
        /* Without a name that says, a leading element is XML. */
        {"noext", "<doc><title>T</title><p>words here</p></doc>", IX_EXTRACT_OK, "xml"},
        {"plain", "Words and more words.\n", IX_EXTRACT_OK, "text"},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *path = fixture(cases[i].name, cases[i].content, -1);
        char *reason = NULL;
        zr_doc *doc = extract(path, NULL, cases[i].status, &reason);
        if (cases[i].status == IX_EXTRACT_OK)
            g_assert_cmpstr(doc->format, ==, cases[i].format);
        else if (cases[i].format != NULL)
            g_assert_cmpstr(reason, ==, cases[i].format);
        else /* read as XML, which it is not */
            g_assert_true(g_str_has_prefix(reason, "XML not well-formed"));
        ix_doc_free(doc);
        g_free(reason);
        g_free(path);
    }
}

static void
test_binary_is_skipped_and_empty_fails(void)
{
    char *reason = NULL;
    static const unsigned char png[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H',
                                        'D',  'R', 0,   0,   1,    0,    0,    0,    1, 0, 8, 6,  0,   0};
    char *path = fixture("image.png", (const char *)png, sizeof png);
    g_assert_null(extract(path, NULL, IX_EXTRACT_SKIP, &reason));
    g_assert_cmpstr(reason, ==, "not a PDF, Word (DOCX), OpenDocument text, Word 97-2003 (DOC), HTML, XML or UTF-8 text file");
    g_free(reason), g_free(path);

    path = fixture("empty.txt", "", 0);
    g_assert_null(extract(path, NULL, IX_EXTRACT_FAIL, &reason));
    g_assert_cmpstr(reason, ==, "empty file");
    g_free(reason), g_free(path);

    path = fixture("blank.txt", "  \n\n \t\n", -1);
    g_assert_null(extract(path, NULL, IX_EXTRACT_FAIL, &reason));
    g_assert_cmpstr(reason, ==, "no text");
    g_free(reason), g_free(path);
}

/* The demo decisions (XML metadata, and the three PDFs' text) give the
 * metadata tests/data/decisions-expected.tsv holds, field by field; and no
 * field holds a victim ("хохирогч"). */
static void
test_demo_decisions_match_expected_metadata(void)
{
    char *data = NULL;
    if (!g_file_test("build/demo/decisions", G_FILE_TEST_IS_DIR) ||
        !g_file_get_contents("tests/data/decisions-expected.tsv", &data, NULL, NULL)) {
        g_test_skip(
            "build/demo or tests/data/decisions-expected.tsv missing (run from the repository root after make demo)");
        return;
    }
    char **lines = g_strsplit(data, "\n", -1);
    int rows = 0;
    for (int i = 0; lines[i] != NULL; i++) {
        if (lines[i][0] == '#' || lines[i][0] == '\0')
            continue;
        char **f = g_strsplit(lines[i], "\t", -1);
        g_assert_cmpuint(g_strv_length(f), ==, 13);
        char *path = g_build_filename("build/demo", f[0], NULL);
        zr_doc *doc = ix_doc_new();
        doc->id = g_strdup("t"), doc->source = g_strdup("demo"), doc->path = g_strdup(f[0]);
        GError *err = NULL;
        g_assert_cmpint(ix_extract_file(extractor, path, "decision", doc, &err), ==, IX_EXTRACT_OK);
        GString *judges = g_string_new(NULL), *articles = g_string_new(NULL), *cites = g_string_new(NULL);
        for (guint k = 0; k < doc->judges->len; k++)
            g_string_append_printf(judges, "%s%s", k ? "; " : "", (char *)g_ptr_array_index(doc->judges, k));
        for (guint k = 0; k < doc->articles->len; k++)
            g_string_append_printf(articles, "%s%s", k ? " " : "", (char *)g_ptr_array_index(doc->articles, k));
        GPtrArray *decisions = g_ptr_array_new_with_free_func(g_free);
        for (guint u = 0; u < doc->units->len; u++) {
            const zr_unit *unit = g_ptr_array_index(doc->units, u);
            for (guint k = 0; k < unit->cites->len; k++)
                if (strchr(g_ptr_array_index(unit->cites, k), '/') != NULL)
                    zr_strv_add_unique(decisions, g_ptr_array_index(unit->cites, k));
        }
        for (guint k = 0; k < decisions->len; k++)
            g_string_append_printf(cites, "%s%s", k ? " " : "", (char *)g_ptr_array_index(decisions, k));
        g_ptr_array_unref(decisions);
        const char *got[12] = {doc->court,      doc->court_level, doc->decision_type, doc->case_number,
                               doc->case_index, doc->date,        judges->str,        doc->prosecutor,
                               articles->str,   doc->outcome,     doc->sentence,      cites->str};
        for (int k = 0; k < 12; k++) {
            const char *g = got[k] != NULL && *got[k] != '\0' ? got[k] : "-";
            if (strcmp(g, f[k + 1]) != 0)
                g_test_message("%s column %d: expected '%s', got '%s'", f[0], k + 2, f[k + 1], g);
            g_assert_cmpstr(g, ==, f[k + 1]);
            g_assert_null(strstr(g, "хохирогч"));
        }
        g_string_free(judges, TRUE), g_string_free(articles, TRUE), g_string_free(cites, TRUE);
        ix_doc_free(doc);
        g_free(path);
        g_strfreev(f);
        rows++;
    }
    g_assert_cmpint(rows, ==, 12);
    g_strfreev(lines);
    g_free(data);
}

/* What is opened is what was checked: a link to a file outside the
 * source, put where the walk saw a file, is skipped (the file opened is
 * judged, not its path); a pipe in a file's place is skipped at once
 * instead of waiting for a writer. */
static void
test_file_swapped_after_the_walk(void)
{
    char *root = g_build_filename(tmpdir, "src-swap", NULL);
    char *outside = fixture("outside-secret.txt", "Demo (fictional): a file outside the source.\n", -1);
    g_assert_cmpint(g_mkdir_with_parents(root, 0755), ==, 0);
    char *inside = g_build_filename(root, "a.txt", NULL);
    g_assert_true(g_file_set_contents(inside, "Demo (fictional): inside.\n", -1, NULL));
    char *link = g_build_filename(root, "b.txt", NULL);
    g_assert_cmpint(symlink(outside, link), ==, 0);
    char *fifo = g_build_filename(root, "c.txt", NULL);
    g_assert_cmpint(mkfifo(fifo, 0644), ==, 0);

    GError *error = NULL;
    zr_doc *doc = ix_doc_new();
    g_assert_cmpint(ix_extract_file_under(extractor, inside, root, NULL, doc, &error), ==, IX_EXTRACT_OK);
    ix_doc_free(doc);
    doc = ix_doc_new();
    g_assert_cmpint(ix_extract_file_under(extractor, link, root, NULL, doc, &error), ==, IX_EXTRACT_SKIP);
    g_assert_nonnull(strstr(error->message, "leads out of the source"));
    g_clear_error(&error);
    ix_doc_free(doc);
    gint64 t0 = g_get_monotonic_time();
    doc = ix_doc_new();
    g_assert_cmpint(ix_extract_file_under(extractor, fifo, root, NULL, doc, &error), ==, IX_EXTRACT_SKIP);
    g_assert_nonnull(strstr(error->message, "not a regular file"));
    g_assert_cmpint(g_get_monotonic_time() - t0, <, 5 * G_USEC_PER_SEC);
    g_clear_error(&error);
    ix_doc_free(doc);
    unlink(fifo);
    unlink(link);
    unlink(inside);
    rmdir(root);
    g_free(fifo), g_free(link), g_free(inside), g_free(outside), g_free(root);
}

/* A handler should give UTF-8, but what comes after extraction measures
 * byte offsets in the text (references, masks): a byte that is no UTF-8
 * is made U+FFFD before anything reads it (a fuzzed XML file once slipped
 * one past its handler, and the references' offsets missed the text). */
static void
test_finish_makes_text_valid(void)
{
    zr_doc *doc = ix_doc_new();
    doc->title = g_strdup("Demo (fictional) \xd0\xd0 title");
    zr_unit *u = ix_doc_add_unit(doc, "section",
                                 g_strdup("13 \xff\xfe дугаар зүйл. Demo (fictional) text, "
                                          "13 дугаар зүйлийн 13.1.\xd0"));
    u->label = g_strdup("13 \xd1 дугаар зүйл");
    GError *error = NULL;
    g_assert_cmpint(ix_finish_document(extractor, "/nowhere/demo.txt", "research", doc, &error), ==, IX_EXTRACT_OK);
    g_assert_no_error(error);
    g_assert_true(g_utf8_validate(doc->title, -1, NULL));
    g_assert_true(g_utf8_validate(u->text, -1, NULL));
    g_assert_true(g_utf8_validate(u->label, -1, NULL));
    g_assert_nonnull(strstr(u->text, "13 \xef\xbf\xbd\xef\xbf\xbd дугаар"));
    ix_doc_free(doc);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    extractor = ix_extractor_new(test_context(), NULL);
    tmpdir = g_dir_make_tmp("zaalt-extract-XXXXXX", NULL);
    g_assert_nonnull(tmpdir);

    g_test_add_func("/extract/pdf-units-are-pages-with-numbers", test_pdf_units_are_pages_with_numbers);
    g_test_add_func("/extract/file-swapped-after-the-walk", test_file_swapped_after_the_walk);
    g_test_add_func("/extract/pdf-articles-keep-their-pages", test_pdf_articles_keep_their_pages);
    g_test_add_func("/extract/pdf-poppler-parameters-outlive-each-file", test_pdf_poppler_parameters_outlive_each_file);
    g_test_add_func("/extract/pdf-failures-say-why", test_pdf_failures_say_why);
    g_test_add_func("/extract/pdf-text-under-boxes-left-out", test_pdf_text_under_boxes_left_out);
    g_test_add_func("/extract/pdf-attachments-counted-not-read", test_pdf_attachments_counted_not_read);
    g_test_add_func("/extract/pdf-huge-image-not-rendered-for-boxes", test_pdf_huge_image_not_rendered_for_boxes);
    g_test_add_func("/extract/demo-law-gives-exact-articles", test_demo_law_gives_exact_articles);
    g_test_add_func("/extract/demo-decision-fields-and-one-unit", test_demo_decision_fields_and_one_unit);
    g_test_add_func("/extract/xml-not-well-formed-says-where", test_xml_not_well_formed_says_where);
    g_test_add_func("/extract/xml-never-reads-local-files", test_xml_never_reads_local_files);
    g_test_add_func("/extract/billion-laughs-is-fast-and-small", test_billion_laughs_is_fast_and_small);
    g_test_add_func("/extract/hostile-xml-corpus-is-harmless", test_hostile_xml_corpus_is_harmless);
    g_test_add_func("/extract/akn-judgment-is-a-decision", test_akn_judgment_is_a_decision);
    g_test_add_func("/extract/akn-articles-inside-chapters", test_akn_articles_inside_chapters);
    g_test_add_func("/extract/other-xml-gives-sections", test_other_xml_gives_sections);
    g_test_add_func("/extract/windows-1251-text-is-decoded", test_windows_1251_text_is_decoded);
    g_test_add_func("/extract/utf8-line-in-windows-1251-text-is-kept", test_utf8_line_in_windows_1251_text_is_kept);
    g_test_add_func("/extract/markdown-title-and-sections", test_markdown_title_and_sections);
    g_test_add_func("/extract/markdown-long-section-in-chunks", test_markdown_long_section_in_chunks);
    g_test_add_func("/extract/markdown-units-read-as-rendered", test_markdown_units_read_as_rendered);
    g_test_add_func("/extract/markdown-comments-definitions-and-toml-are-not-text",
                    test_markdown_comments_definitions_and_toml_are_not_text);
    g_test_add_func("/extract/text-decision-titled-by-its-heading", test_text_decision_titled_by_its_heading);
    g_test_add_func("/extract/decision-applied-headings", test_decision_applied_headings);
    g_test_add_func("/extract/plain-text-chunks-at-paragraphs", test_plain_text_chunks_at_paragraphs);
    g_test_add_func("/extract/statute-text-title-and-articles", test_statute_text_title_and_articles);
    g_test_add_func("/extract/format-is-sniffed-then-named", test_format_is_sniffed_then_named);
    g_test_add_func("/extract/finish-makes-text-valid", test_finish_makes_text_valid);
    g_test_add_func("/extract/binary-is-skipped-and-empty-fails", test_binary_is_skipped_and_empty_fails);
    g_test_add_func("/extract/demo-decisions-match-expected-metadata", test_demo_decisions_match_expected_metadata);
    int status = g_test_run();
    ix_extractor_free(extractor);
    /* Let cairo drop its font caches so leak checkers see only our code. */
    cairo_debug_reset_static_data();

    /* Remove the fixtures. */
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
