/* test_ocr.c — scanned pages are found and read, in Mongolian and English.
 *
 * Proves: a text layer is judged by its words (prose and tables pass,
 * Latin look-alike mojibake and symbol soup do not, an empty page has none,
 * a lone header is thin); a page that is only a picture needs OCR and a
 * page with a text layer does not; a scanned Mongolian page is read with
 * its ө and ү and a scanned English page in English, each on its own page;
 * a second reading comes from the cache, a damaged cache entry is read
 * again; an extractor with OCR on turns a scanned PDF into units on the
 * right pages; a page whose font has no Unicode mapping (no /ToUnicode)
 * is recognised with OCR on, and named in a warning with OCR off.
 *
 * The scans are made here: text drawn with pango at 300 dpi onto a grey
 * picture, the picture painted into a PDF page (no text layer); the
 * unmapped pages are typed with pango, their /ToUnicode entries blanked
 * out of the file's bytes afterwards, as the probe F2 files were.  The OCR
 * tests skip when tesseract's Mongolian or English data is not installed.
 */
#include <cairo-pdf.h>
#include <cairo.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "tests/unit/test_context.h"
#include "tests/unit/test_files.h"
#include "indexer/extract.h"
#include "indexer/ocr.h"
#include "indexer/pagetext.h"
#include "core/record.h"

static char *tmpdir;
static char *scan_path;    /* made on first use by scan_pdf() */
static ix_ocr *recogniser; /* without a cache: every page is recognised */

static const char *const mn_lines[] = {
    "Шүүгдэгч хохирогчийн иргэний үнэмлэхийг хурааж,",
    "өвлийн хүйтэнд тэмээ хариулуулж, цалин хөлсгүйгээр",
    "хөдөлмөрлүүлсэн нь албадан хөдөлмөрлүүлэх гэмт хэрэг мөн.",
    NULL,
};
static const char *const en_lines[] = {
    "The employer withheld the identity documents",
    "and forced the workers to herd camels through",
    "the winter without pay: trafficking for labour.",
    NULL,
};

/* Draws `lines` at 300 dpi onto a grey A5 picture and paints it onto the
 * next page of `pdf`, as a scanner would: no text reaches the PDF. */
static void
scanned_page(cairo_t *pdf, const char *const *lines)
{
    const double page_w = 420, page_h = 595, scale = 300.0 / 72.0; /* A5 in points */
    cairo_surface_t *picture =
        cairo_image_surface_create(CAIRO_FORMAT_RGB24, (int)(page_w * scale), (int)(page_h * scale));
    cairo_t *cr = cairo_create(picture);
    cairo_set_source_rgb(cr, 0.94, 0.94, 0.94);
    cairo_paint(cr);
    cairo_scale(cr, scale, scale);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    PangoLayout *layout = pango_cairo_create_layout(cr);
    pango_cairo_context_set_resolution(pango_layout_get_context(layout), 72.0);
    pango_layout_context_changed(layout);
    PangoFontDescription *font = pango_font_description_from_string("DejaVu Serif 14");
    pango_layout_set_font_description(layout, font);
    double y = 60;
    for (int i = 0; lines[i] != NULL; i++) {
        pango_layout_set_text(layout, lines[i], -1);
        cairo_move_to(cr, 36, y);
        pango_cairo_show_layout(cr, layout);
        y += 28;
    }
    pango_font_description_free(font);
    g_object_unref(layout);
    cairo_destroy(cr);

    cairo_save(pdf);
    cairo_scale(pdf, 1 / scale, 1 / scale);
    cairo_set_source_surface(pdf, picture, 0, 0);
    cairo_paint(pdf);
    cairo_restore(pdf);
    cairo_show_page(pdf);
    cairo_surface_destroy(picture);
}

/* scan.pdf: page 1 a Mongolian scan, page 2 an English scan; made once. */
static const char *
scan_pdf(void)
{
    if (scan_path != NULL)
        return scan_path;
    scan_path = g_build_filename(tmpdir, "scan.pdf", NULL);
    cairo_surface_t *surface = cairo_pdf_surface_create(scan_path, 420, 595);
    cairo_t *cr = cairo_create(surface);
    scanned_page(cr, mn_lines);
    scanned_page(cr, en_lines);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    g_assert_cmpint(cairo_surface_status(surface), ==, CAIRO_STATUS_SUCCESS);
    cairo_surface_destroy(surface);
    return scan_path;
}

/* text.pdf: one page with a real text layer. */
static char *
text_pdf(void)
{
    char *path = g_build_filename(tmpdir, "text.pdf", NULL);
    cairo_surface_t *surface = cairo_pdf_surface_create(path, 420, 595);
    cairo_t *cr = cairo_create(surface);
    cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, 11);
    for (int i = 0; i < 30; i++) {
        cairo_move_to(cr, 36, 60 + 16 * i);
        cairo_show_text(cr, i % 2 ? "Хүн худалдаалах гэмт хэргийн хохирогчийг хамгаалах тухай хууль"
                                  : "The court found the defendant guilty of trafficking in persons");
    }
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    cairo_surface_destroy(surface);
    return path;
}

/* NAME in tmpdir: a page for each of `pages` (NULL-terminated), a line a
 * paragraph, typed with pango in DejaVu Serif (cairo keeps Latin-1 in a
 * simple font and the Cyrillic in a CID font, Identity-H); then every
 * "/ToUnicode N 0 R" in the file is overwritten with spaces, the offsets
 * unchanged, so the Cyrillic glyphs have no mapping to characters. */
static char *
unmapped_pdf(const char *name, const char *const *const *pages)
{
    char *path = g_build_filename(tmpdir, name, NULL);
    cairo_surface_t *surface = cairo_pdf_surface_create(path, 420, 595);
    cairo_t *cr = cairo_create(surface);
    PangoLayout *layout = pango_cairo_create_layout(cr);
    pango_cairo_context_set_resolution(pango_layout_get_context(layout), 72.0);
    pango_layout_context_changed(layout);
    PangoFontDescription *font = pango_font_description_from_string("DejaVu Serif 14");
    pango_layout_set_font_description(layout, font);
    for (int p = 0; pages[p] != NULL; p++) {
        for (int i = 0; pages[p][i] != NULL; i++) {
            pango_layout_set_text(layout, pages[p][i], -1);
            cairo_move_to(cr, 36, 60 + 28 * i);
            pango_cairo_show_layout(cr, layout);
        }
        cairo_show_page(cr);
    }
    pango_font_description_free(font);
    g_object_unref(layout);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    g_assert_cmpint(cairo_surface_status(surface), ==, CAIRO_STATUS_SUCCESS);
    cairo_surface_destroy(surface);

    char *bytes = NULL;
    gsize n = 0;
    g_assert_true(g_file_get_contents(path, &bytes, &n, NULL));
    int blanked = 0;
    /* memmem: the streams between hold NUL bytes. */
    for (char *p = bytes; (p = memmem(p, n - (p - bytes), "/ToUnicode", 10)) != NULL; blanked++) {
        char *r = memmem(p, MIN((gsize)40, n - (p - bytes)), " R", 2);
        g_assert_nonnull(r);
        memset(p, ' ', r + 2 - p);
    }
    g_assert_cmpint(blanked, >=, 1);
    g_assert_true(g_file_set_contents(path, bytes, n, NULL));
    g_free(bytes);
    return path;
}

static const char *const mn_marked_lines[] = {
    "zqunmapped",
    "Шүүгдэгч хохирогчийн иргэний үнэмлэхийг хурааж,",
    "өвлийн хүйтэнд тэмээ хариулуулж, цалин хөлсгүйгээр",
    "хөдөлмөрлүүлсэн нь албадан хөдөлмөрлүүлэх гэмт хэрэг мөн.",
    NULL,
};

static void remove_folder(const char *path);

static PopplerDocument *
open_pdf(const char *path)
{
    char *uri = g_filename_to_uri(path, NULL, NULL);
    PopplerDocument *doc = poppler_document_new_from_file(uri, NULL, NULL);
    g_free(uri);
    g_assert_nonnull(doc);
    return doc;
}

static gboolean
skip_without_ocr(void)
{
    GError *error = NULL;
    if (ix_ocr_available(&error))
        return FALSE;
    g_test_skip(error->message);
    g_error_free(error);
    return TRUE;
}

static gboolean
has_word(const char *text, const char *word)
{
    char *folded_text = g_utf8_casefold(text, -1), *folded_word = g_utf8_casefold(word, -1);
    gboolean found = strstr(folded_text, folded_word) != NULL;
    g_free(folded_text);
    g_free(folded_word);
    return found;
}

static void
test_text_layers_are_judged_by_their_words(void)
{
    g_assert_cmpint(ix_judge_page_text(NULL), ==, IX_PAGE_TEXT_NONE);
    g_assert_cmpint(ix_judge_page_text(""), ==, IX_PAGE_TEXT_NONE);
    g_assert_cmpint(ix_judge_page_text(" \n\t• — …"), ==, IX_PAGE_TEXT_NONE);
    g_assert_cmpint(ix_judge_page_text("Case: 21-1298 Document: 42 Page: 1 Date Filed: 08/31/2022"), ==,
                    IX_PAGE_TEXT_THIN);
    g_assert_cmpint(ix_judge_page_text("Шүүгдэгч хохирогчдын бичиг баримтыг хураан авч, зорчих эрхийг нь "
                                       "хязгаарлаж, өр төлбөрөөр айлган сүрдүүлж цалин хөлсгүйгээр "
                                       "хөдөлмөрлүүлсэн нь Эрүүгийн хуулийн 13.13 дугаар зүйлийн 1 дэх хэсэгт "
                                       "заасан албадан хөдөлмөрлүүлэх гэмт хэргийн шинжийг бүрэн хангаж байна."),
                    ==, IX_PAGE_TEXT_OK);
    g_assert_cmpint(ix_judge_page_text("In this interlocutory appeal, the employer challenges the trial "
                                       "court's denial of its motion for summary judgment, which was based "
                                       "on the election of remedies doctrine."),
                    ==, IX_PAGE_TEXT_OK);
    /* A statistics table run together by the text layer is not garbage. */
    const char *table = "HypothesisPredictorpHolm thresholdDecision H4 (Employment)Employed 0.012 0.025 reject "
                        "sentence_months victim_minor injury_serious Log-severityEducation weightsPrior "
                        "estimatorEducation 29,132 female adult sample registry Table A5 conversionPrior "
                        "subsampleEducation";
    char *two_tables = g_strjoin("\n", table, table, NULL);
    g_assert_cmpint(ix_judge_page_text(two_tables), ==, IX_PAGE_TEXT_OK);
    g_free(two_tables);
    /* Russian tax form through a broken font encoding: Latin look-alikes. */
    g_assert_cmpint(ix_judge_page_text("Cl>opMa no KHA 1152017 Hanorosas:tAeKnapai...IVIs:tno Hanory, "
                                       "ynnal.IVIBaeMoMy B CBS'I3VI C npVIM PaJ,Qen 1.2. CyMMa Hanora "
                                       "(aeaHcoeoro nnaTe>Ka no Hanory), ynna\"'liiBaeMoro B CB~3lil c "
                                       "npliiMeHeHlileM ynpo111eHHOali CliiCTeMbl Hanoroo6no>KeHlil~"),
                    ==, IX_PAGE_TEXT_GARBAGE);
    g_assert_cmpint(ix_judge_page_text("\x01\x02 ~|~ <^> {{}} \\\\ ab ~~ ||| <<>> ^^ `` q"), ==, IX_PAGE_TEXT_GARBAGE);
}

static void
test_glyphs_without_unicode_mapping_are_counted(void)
{
    /* A subset's glyph numbers, as poppler gives them for a CID font
     * without /ToUnicode: all of the page but its page number. */
    g_assert_cmpuint(ix_unmapped_glyphs("\x01\x02\x03\x04\x02\x05 \x06\x05\x07\x08\x03\n, ;\n— 1 —"), ==, 11);
    /* A Latin heading in a mapped font does not hide them. */
    g_assert_cmpuint(ix_unmapped_glyphs("zqnotounicode \x01\x02\x03\x04\x05\x06\x07\x03\x08\x04\x06\x03\x07 "
                                        "\x08\x0e\x0f\x10\x06 \x11\x04\x10\x11\x04\x12\x04\x03"),
                     ==, 26);
    /* U+FFFD, C1 controls and private use (not a symbol font's) count. */
    g_assert_cmpuint(ix_unmapped_glyphs("\xef\xbf\xbd\xef\xbf\xbd \xc2\x85 \xee\x80\x81 ab"), ==, 4);
    /* Ordinary pages have none; Wingdings bullets (U+F0B7) are meant. */
    g_assert_cmpuint(ix_unmapped_glyphs("Шүүгдэгч хохирогчийн иргэний үнэмлэхийг хурааж,\n\tThe court found"), ==, 0);
    g_assert_cmpuint(ix_unmapped_glyphs("\xef\x82\xb7 one\n\xef\x82\xb7 two\n\xef\x82\xb7 three\n\xef\x82\xb7 four"),
                     ==, 0);
    g_assert_cmpuint(ix_unmapped_glyphs(NULL), ==, 0);
    g_assert_cmpuint(ix_unmapped_glyphs(""), ==, 0);
    /* A stray few among many letters: not a broken font. */
    GString *page = g_string_new(NULL);
    for (int i = 0; i < 10; i++)
        g_string_append(page, "Хүн худалдаалах гэмт хэргийн хохирогчийг хамгаалах тухай хууль\n");
    g_string_append(page, "\x01\x02\x03\x04");
    g_assert_cmpuint(ix_unmapped_glyphs(page->str), ==, 0);
    g_string_free(page, TRUE);
}

/* Extracts `path` with OCR on or off into a new document. */
static zr_doc *
extract_pdf(const char *path, bool ocr, const char *cache)
{
    zr_doc *doc = ix_doc_new();
    doc->id = g_strdup("000000000000");
    doc->source = g_strdup("test");
    doc->path = g_strdup("unmapped.pdf");
    GError *error = NULL;
    ix_extractor_options opts = {.ocr = ocr, .ocr_cache = cache};
    ix_extractor *ex = ix_extractor_new(test_context(), &opts);
    ix_extract_status s = ix_extract_file(ex, path, "research", doc, &error);
    g_assert_no_error(error);
    g_assert_cmpint(s, ==, IX_EXTRACT_OK);
    ix_extractor_free(ex);
    return doc;
}

static const char *
warning_with(const zr_doc *doc, const char *part)
{
    for (guint i = 0; i < doc->warnings->len; i++)
        if (strstr(doc->warnings->pdata[i], part) != NULL)
            return doc->warnings->pdata[i];
    return NULL;
}

static void
test_unmapped_pages_are_named_when_ocr_is_off(void)
{
    const char *const *pages[] = {mn_marked_lines, en_lines, mn_lines, mn_lines, NULL};
    char *path = unmapped_pdf("unmapped-off.pdf", pages);
    zr_doc *doc = extract_pdf(path, false, NULL);
    const char *w = warning_with(doc, "without a Unicode mapping");
    g_assert_nonnull(w);
    g_test_message("%s", w);
    g_assert_true(g_str_has_prefix(w, "pages 1, 3-4: "));
    g_assert_true(g_str_has_suffix(w, "their text is not indexed (OCR is off)"));
    /* What is mapped is kept: the Latin marker and the English page. */
    GString *all = g_string_new(NULL);
    for (guint i = 0; i < doc->units->len; i++)
        g_string_append(all, ((zr_unit *)doc->units->pdata[i])->text);
    g_assert_true(has_word(all->str, "zqunmapped"));
    g_assert_true(has_word(all->str, "camels"));
    g_assert_false(has_word(all->str, "тэмээ"));
    g_string_free(all, TRUE);
    ix_doc_free(doc);
    g_unlink(path);
    g_free(path);
}

static void
test_unmapped_pages_are_recognised_when_ocr_is_on(void)
{
    if (skip_without_ocr())
        return;
    const char *const *pages[] = {mn_marked_lines, NULL};
    char *path = unmapped_pdf("unmapped-on.pdf", pages);
    char *cache = g_build_filename(tmpdir, "unmapped-cache", NULL);
    zr_doc *doc = extract_pdf(path, true, cache);
    g_assert_null(warning_with(doc, "without a Unicode mapping"));
    g_assert_cmpuint(doc->units->len, ==, 1);
    zr_unit *unit = doc->units->pdata[0];
    g_assert_cmpint(unit->page, ==, 1);
    g_assert_true(has_word(unit->text, "хөдөлмөрлүүлсэн"));
    g_assert_true(has_word(unit->text, "тэмээ"));
    g_assert_cmpuint(doc->ocr->len, ==, 1);
    g_assert_cmpint(g_array_index(doc->ocr, int, 0), >=, 40);
    ix_doc_free(doc);
    remove_folder(cache);
    g_free(cache);
    g_unlink(path);
    g_free(path);
}

static void
test_picture_pages_need_ocr_and_text_pages_do_not(void)
{
    PopplerDocument *scan = open_pdf(scan_pdf());
    PopplerPage *page = poppler_document_get_page(scan, 0);
    char *text = poppler_page_get_text(page);
    g_assert_true(ix_page_needs_ocr(page, text));
    g_free(text);
    g_object_unref(page);
    g_object_unref(scan);

    char *path = text_pdf();
    PopplerDocument *typed = open_pdf(path);
    page = poppler_document_get_page(typed, 0);
    text = poppler_page_get_text(page);
    g_assert_false(ix_page_needs_ocr(page, text));
    /* A few words and no picture: a short page, not a scan. */
    g_assert_false(ix_page_needs_ocr(page, "Case: 21-1298 Document: 42"));
    g_free(text);
    g_object_unref(page);
    g_object_unref(typed);
    g_unlink(path);
    g_free(path);
}

static void
test_each_scanned_page_is_read_in_its_language(void)
{
    if (skip_without_ocr())
        return;
    PopplerDocument *doc = open_pdf(scan_pdf());
    char *texts[2];
    for (int i = 0; i < 2; i++) {
        PopplerPage *page = poppler_document_get_page(doc, i);
        GError *error = NULL;
        int confidence = -1;
        gint64 t0 = g_get_monotonic_time();
        texts[i] = ix_ocr_page(recogniser, page, NULL, &confidence, &error);
        g_assert_no_error(error);
        g_assert_nonnull(texts[i]);
        g_test_message("page %d: confidence %d, %.2f s", i + 1, confidence, (g_get_monotonic_time() - t0) / 1e6);
        g_assert_cmpint(confidence, >=, 70);
        g_object_unref(page);
    }
    /* ө and ү survive: Russian data would read them as о and у. */
    g_assert_true(has_word(texts[0], "хөдөлмөрлүүлсэн"));
    g_assert_true(has_word(texts[0], "үнэмлэхийг"));
    g_assert_true(has_word(texts[0], "тэмээ"));
    g_assert_false(has_word(texts[0], "camels"));
    g_assert_true(has_word(texts[1], "camels"));
    g_assert_true(has_word(texts[1], "trafficking"));
    g_assert_false(has_word(texts[1], "тэмээ"));
    g_free(texts[0]);
    g_free(texts[1]);
    g_object_unref(doc);
}

static void
test_second_reading_comes_from_the_cache(void)
{
    if (skip_without_ocr())
        return;
    char *cache = g_build_filename(tmpdir, "ocr-cache", NULL);
    ix_ocr *cached = ix_ocr_new(cache);
    PopplerDocument *doc = open_pdf(scan_pdf());
    PopplerPage *page = poppler_document_get_page(doc, 1);
    ix_ocr_result first, second, third;
    GError *error = NULL;
    g_assert_true(ix_ocr_page_full(cached, page, NULL, &first, &error));
    g_assert_no_error(error);
    g_assert_false(first.from_cache);
    g_assert_cmpstr(first.languages, ==, "mon+eng");

    GDir *dir = g_dir_open(cache, 0, NULL);
    g_assert_nonnull(dir);
    const char *name = g_dir_read_name(dir);
    g_assert_nonnull(name);
    g_assert_cmpuint(strlen(name), ==, 64 + 4); /* sha256 hex + ".txt" */
    g_assert_true(g_str_has_suffix(name, ".txt"));
    char *entry = g_build_filename(cache, name, NULL);
    g_assert_null(g_dir_read_name(dir)); /* one entry, no temporary files left */
    g_dir_close(dir);

    gint64 t0 = g_get_monotonic_time();
    g_assert_true(ix_ocr_page_full(cached, page, NULL, &second, &error));
    g_assert_true(second.from_cache);
    g_assert_cmpstr(second.text, ==, first.text);
    g_assert_cmpint(second.confidence, ==, first.confidence);
    g_test_message("cached page: %.3f s", (g_get_monotonic_time() - t0) / 1e6);

    /* A damaged entry is a miss, and is replaced. */
    g_assert_true(g_file_set_contents(entry, "zaalt-ocr 1\nconfidence banana\n", -1, NULL));
    g_assert_true(ix_ocr_page_full(cached, page, NULL, &third, &error));
    g_assert_false(third.from_cache);
    g_assert_cmpstr(third.text, ==, first.text);
    char *stored = NULL;
    g_assert_true(g_file_get_contents(entry, &stored, NULL, NULL));
    g_assert_true(g_str_has_prefix(stored, "zaalt-ocr 1\nconfidence "));
    g_assert_true(g_str_has_suffix(stored, first.text));

    g_free(stored);
    ix_ocr_result_clear(&first);
    ix_ocr_result_clear(&second);
    ix_ocr_result_clear(&third);
    ix_ocr_free(cached);
    g_unlink(entry);
    g_free(entry);
    g_rmdir(cache);
    g_free(cache);
    g_object_unref(page);
    g_object_unref(doc);
}

/* Removes a folder of files (the OCR cache). */
static void
remove_folder(const char *path)
{
    GDir *dir = g_dir_open(path, 0, NULL);
    const char *name;
    while (dir != NULL && (name = g_dir_read_name(dir)) != NULL) {
        char *file = g_build_filename(path, name, NULL);
        g_unlink(file);
        g_free(file);
    }
    if (dir != NULL)
        g_dir_close(dir);
    g_rmdir(path);
}

static void
test_extractor_gives_scanned_pages_their_units(void)
{
    if (skip_without_ocr())
        return;
    zr_doc *doc = ix_doc_new();
    doc->id = g_strdup("000000000000");
    doc->source = g_strdup("test");
    doc->path = g_strdup("scan.pdf");
    GError *error = NULL;
    /* As the indexer makes it: OCR on, recognised pages cached. */
    char *cache = g_build_filename(tmpdir, "extract-cache", NULL);
    ix_extractor_options opts = {.ocr = true, .ocr_cache = cache};
    ix_extractor *ex = ix_extractor_new(test_context(), &opts);
    ix_extract_status s = ix_extract_file(ex, scan_pdf(), "research", doc, &error);
    g_assert_no_error(error);
    g_assert_cmpint(s, ==, IX_EXTRACT_OK);
    g_assert_cmpuint(doc->units->len, ==, 2);
    zr_unit *first = doc->units->pdata[0], *second = doc->units->pdata[1];
    g_assert_cmpint(first->page, ==, 1);
    g_assert_true(has_word(first->text, "хөдөлмөрлүүлсэн"));
    g_assert_cmpint(second->page, ==, 2);
    g_assert_true(has_word(second->text, "camels"));
    ix_doc_free(doc);
    ix_extractor_free(ex);
    remove_folder(cache);
    g_free(cache);
}

/* A page of no text drawing an image that declares 200,000 × 200,000
 * pixels (3 KB of file; the probe's took 45 s each before the render
 * limit gave up) is refused before anything is rendered, at once, and the
 * file's failure names the page and the size. */
static void
test_page_of_huge_image_is_refused_unrendered(void)
{
    if (skip_without_ocr())
        return;
    char *path = g_build_filename(tmpdir, "huge.pdf", NULL);
    const char *const objects[] = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /XObject << /Im1 5 0 R >> >> >>",
        "<< /Length 30 >>\nstream\nq 595 0 0 842 0 0 cm /Im1 Do Q\nendstream",
        "<< /Type /XObject /Subtype /Image /Width 200000 /Height 200000 /ColorSpace /DeviceGray "
        "/BitsPerComponent 8 /Filter /JBIG2Decode /Length 4 >>\nstream\nabcd\nendstream",
        NULL,
    };
    write_pdf(path, objects);
    char *cache = g_build_filename(tmpdir, "huge-cache", NULL);
    ix_extractor_options opts = {.ocr = true, .ocr_cache = cache};
    ix_extractor *ex = ix_extractor_new(test_context(), &opts);
    zr_doc *doc = ix_doc_new();
    doc->id = g_strdup("000000000000");
    doc->source = g_strdup("test");
    doc->path = g_strdup("huge.pdf");
    GError *error = NULL;
    gint64 start = g_get_monotonic_time();
    ix_extract_status s = ix_extract_file(ex, path, "research", doc, &error);
    gint64 took = g_get_monotonic_time() - start;
    g_assert_cmpint(s, ==, IX_EXTRACT_FAIL);
    g_assert_nonnull(error);
    g_assert_cmpstr(error->message, ==,
                    "no text layer, and not recognised: page 1: an image of 200000×200000 pixels, too large to "
                    "render");
    g_assert_cmpint(took, <, 2 * G_USEC_PER_SEC);
    g_error_free(error);
    ix_doc_free(doc);
    ix_extractor_free(ex);
    remove_folder(cache);
    g_free(cache);
    g_unlink(path);
    g_free(path);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    recogniser = ix_ocr_new(NULL);
    tmpdir = g_dir_make_tmp("zaalt-ocr-XXXXXX", NULL);
    g_assert_nonnull(tmpdir);

    g_test_add_func("/ocr/text-layers-are-judged-by-their-words", test_text_layers_are_judged_by_their_words);
    g_test_add_func("/ocr/glyphs-without-unicode-mapping-are-counted", test_glyphs_without_unicode_mapping_are_counted);
    g_test_add_func("/ocr/unmapped-pages-are-named-when-ocr-is-off", test_unmapped_pages_are_named_when_ocr_is_off);
    g_test_add_func("/ocr/unmapped-pages-are-recognised-when-ocr-is-on",
                    test_unmapped_pages_are_recognised_when_ocr_is_on);
    g_test_add_func("/ocr/picture-pages-need-ocr-and-text-pages-do-not",
                    test_picture_pages_need_ocr_and_text_pages_do_not);
    g_test_add_func("/ocr/each-scanned-page-is-read-in-its-language", test_each_scanned_page_is_read_in_its_language);
    g_test_add_func("/ocr/second-reading-comes-from-the-cache", test_second_reading_comes_from_the_cache);
    g_test_add_func("/ocr/extractor-gives-scanned-pages-their-units", test_extractor_gives_scanned_pages_their_units);
    g_test_add_func("/ocr/page-of-huge-image-is-refused-unrendered", test_page_of_huge_image_is_refused_unrendered);
    int status = g_test_run();

    ix_ocr_free(recogniser);
    if (scan_path != NULL)
        g_unlink(scan_path);
    g_free(scan_path);
    g_rmdir(tmpdir);
    g_free(tmpdir);
    /* Let pango, cairo and fontconfig drop their caches so leak checkers
     * see only ours (pango's font map holds cairo fonts). */
    pango_cairo_font_map_set_default(NULL);
    cairo_debug_reset_static_data();
    return status;
}
