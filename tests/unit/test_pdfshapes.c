/* test_pdfshapes.c — the covered-text fast path (indexer/pdfshapes.c):
 * which PDFs are rendered for the covered-text check and which are not,
 * from hand-written content streams and from PDFs cairo writes, for the
 * whole file and page by page; and that a box over text is still found
 * when the fast path is on.
 *
 * Not for: which characters are covered (test_extract's covered tests). */
#include <cairo-pdf.h>
#include <cairo.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "tests/unit/test_context.h"
#include "tests/unit/test_files.h"
#include "core/record.h"
#include "indexer/extract.h"
#include "indexer/pdfshapes.h"

static char *tmpdir;

/* A minimal PDF holding one uncompressed content stream `content`
 * (and `extra` objects before it); the scan needs no cross-reference. */
static bool
hides(const char *content, const char *extra)
{
    char *pdf = g_strdup_printf("%%PDF-1.4\n%s1 0 obj\n<< /Length %zu >>\nstream\n%s\nendstream\nendobj\n%%%%EOF\n",
                                extra ? extra : "", strlen(content), content);
    bool verdict = ix_pdf_bytes_may_hide_text(pdf, strlen(pdf));
    g_free(pdf);
    return verdict;
}

static void
test_covered_scan_content(void)
{
    /* Text alone, and light or thin paint, cannot hide text. */
    g_assert_false(hides("BT /F1 12 Tf 72 700 Td (Quillfeather) Tj ET", NULL));
    g_assert_false(hides("1 1 1 rg 0 0 595 842 re f BT (x) Tj ET", NULL));
    g_assert_false(hides("0.9 g 60 200 400 40 re f", NULL));
    g_assert_false(hides("0 g 72 98 200 0.5 re f", NULL));         /* an underline */
    g_assert_false(hides("0 G 0.5 w 72 100 m 400 100 l S", NULL)); /* a table rule */
    g_assert_false(hides("q 0 0 0 rg 72 100 m 72 100.4 l 300 100.4 l 300 100 l f Q", NULL));
    /* Dark boxes, thick strokes, images and shadings may. */
    g_assert_true(hides("0 0 0 rg 150 96 80 14 re f", NULL));
    g_assert_true(hides("72 96 80 14 re f", NULL)); /* the initial colour is black */
    g_assert_true(hides("0 0 0 1 k 150 96 80 14 re f", NULL));
    g_assert_true(hides("/CS0 cs /P1 scn 150 96 80 14 re f", NULL)); /* a pattern: unknown */
    g_assert_true(hides("0 G 12 w 72 100 m 400 100 l S", NULL));
    g_assert_true(hides("q 40 0 0 40 0 0 cm 0 g 2 2 5 0.5 re f Q", NULL)); /* thin only before scaling */
    g_assert_true(hides("/Sh1 sh", NULL));
    g_assert_true(hides("BI /W 1 /H 1 /BPC 8 /CS /G ID x EI", NULL));
    g_assert_true(hides("BT (x) Tj ET",
                        "2 0 obj\n<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /Length 1 >>\nstream\nx\n"
                        "endstream\nendobj\n"));
    g_assert_true(hides("BT (x) Tj ET", "2 0 obj\n<< /Type /Annot /Subtype /Square /Rect [0 0 9 9] >>\nendobj\n"));
    g_assert_false(hides("BT (x) Tj ET", "2 0 obj\n<< /Type /Annot /Subtype /Link /Rect [0 0 9 9] >>\nendobj\n"));
    /* Streams it cannot read are in doubt. */
    g_assert_true(
        hides("BT (x) Tj ET", "2 0 obj\n<< /Filter /LZWDecode /Length 3 >>\nstream\nabc\nendstream\nendobj\n"));
    g_assert_true(
        hides("BT (x) Tj ET", "2 0 obj\n<< /Filter /FlateDecode /Length 3 >>\nstream\nabc\nendstream\nendobj\n"));
    g_assert_true(ix_pdf_bytes_may_hide_text("%PDF-1.4\n", 9));
}

/* A PDF cairo writes (compressed streams, embedded fonts): text, a thin
 * rule under it, a light panel behind it; with `box`, a black box over a
 * word as well. */
static char *
make_pdf(const char *name, bool box)
{
    char *path = g_build_filename(tmpdir, name, NULL);
    cairo_surface_t *surface = cairo_pdf_surface_create(path, 595, 842);
    cairo_t *cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 0.92, 0.92, 0.95);
    cairo_rectangle(cr, 60, 80, 460, 60);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, 12);
    cairo_move_to(cr, 72, 100);
    cairo_show_text(cr, "The witness named Quillfeather lives at Marrowgate Lane.");
    cairo_rectangle(cr, 72, 104, 300, 0.6);
    cairo_fill(cr);
    if (box) {
        cairo_text_extents_t before, hidden;
        cairo_text_extents(cr, "The witness named ", &before);
        cairo_text_extents(cr, "Quillfeather", &hidden);
        cairo_rectangle(cr, 72 + before.x_advance - 1, 100 + hidden.y_bearing - 2, hidden.x_advance + 2,
                        hidden.height + 5);
        cairo_fill(cr);
    }
    cairo_show_page(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    g_assert_cmpint(cairo_surface_status(surface), ==, CAIRO_STATUS_SUCCESS);
    cairo_surface_destroy(surface);
    return path;
}

static bool
extracted_contains(const char *path, const char *needle, guint *n_warnings)
{
    ix_extractor *ex = ix_extractor_new(test_context(), &(ix_extractor_options){0});
    zr_doc *doc = ix_doc_new();
    doc->id = g_strdup("000000000000");
    doc->source = g_strdup("test");
    doc->path = g_path_get_basename(path);
    GError *error = NULL;
    ix_extract_status status = ix_extract_file(ex, path, "research", doc, &error);
    g_assert_no_error(error);
    g_assert_cmpint(status, ==, IX_EXTRACT_OK);
    bool found = false;
    for (guint i = 0; i < doc->units->len; i++) {
        const zr_unit *u = g_ptr_array_index(doc->units, i);
        if (u->text != NULL && strstr(u->text, needle) != NULL)
            found = true;
    }
    *n_warnings = doc->warnings->len;
    ix_doc_free(doc);
    ix_extractor_free(ex);
    return found;
}

static void
test_covered_fast_path_pdfs(void)
{
    /* No shape that can hide text: the pages are not rendered, and the
     * text is whole. */
    char *plain = make_pdf("plain.pdf", false);
    g_assert_false(ix_pdf_may_hide_text(plain));
    guint warnings = 0;
    g_assert_true(extracted_contains(plain, "named Quillfeather lives", &warnings));
    g_assert_cmpuint(warnings, ==, 0);
    /* A box over a word: rendered, and the word left out as before. */
    char *boxed = make_pdf("boxed.pdf", true);
    g_assert_true(ix_pdf_may_hide_text(boxed));
    g_assert_false(extracted_contains(boxed, "Quillfeather", &warnings));
    g_assert_true(extracted_contains(boxed, "lives at Marrowgate Lane.", &warnings));
    g_assert_cmpuint(warnings, ==, 1);
    g_assert_true(ix_pdf_may_hide_text("/nonexistent/zaalt.pdf"));
    g_unlink(plain);
    g_unlink(boxed);
    g_free(plain);
    g_free(boxed);
}

/* Page by page: a three-page file with a box over a word on page 2 only
 * renders page 2 alone. */
static void
test_covered_by_page(void)
{
    char *path = g_build_filename(tmpdir, "three.pdf", NULL);
    cairo_surface_t *surface = cairo_pdf_surface_create(path, 595, 842);
    cairo_t *cr = cairo_create(surface);
    cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, 12);
    for (int page = 1; page <= 3; page++) {
        cairo_set_source_rgb(cr, 0, 0, 0);
        cairo_move_to(cr, 72, 100);
        cairo_show_text(cr, "The witness named Quillfeather lives at Marrowgate Lane.");
        cairo_rectangle(cr, 72, 104, 300, 0.6); /* a rule: no page needs rendering for it */
        cairo_fill(cr);
        if (page == 2) {
            cairo_rectangle(cr, 180, 88, 80, 16);
            cairo_fill(cr);
        }
        cairo_show_page(cr);
    }
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    cairo_surface_destroy(surface);
    ix_pdf_page_shape *shapes = ix_pdf_page_shapes(path, 3);
    g_assert_nonnull(shapes);
    g_assert_false(shapes[0].may_hide);
    g_assert_true(shapes[1].may_hide);
    g_assert_false(shapes[2].may_hide);
    g_free(shapes);
    /* A page count that is not the file's: the caller falls back. */
    g_assert_null(ix_pdf_page_shapes(path, 4));
    g_assert_true(ix_pdf_may_hide_text(path));
    guint warnings = 0;
    g_assert_true(extracted_contains(path, "named Quillfeather lives", &warnings)); /* pages 1 and 3 */
    g_assert_cmpuint(warnings, ==, 1);                                              /* page 2's box */
    /* A page tree that refers to itself ends, in doubt. */
    const char cyclic[] = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                          "2 0 obj << /Type /Pages /Kids [2 0 R 2 0 R] /Count 1 >> endobj\n"
                          "trailer << /Root 1 0 R >>\n";
    g_assert_true(g_file_set_contents(path, cyclic, -1, NULL));
    g_assert_null(ix_pdf_page_shapes(path, 1));
    g_unlink(path);
    g_free(path);
}

/* The images each page draws are added up by their declared size, from
 * the file's bytes: an XObject's /Width and /Height (indirect too) and its
 * soft mask's, a form's images as often as it is drawn, an inline image's
 * /W and /H, read on past a paint that already hides text; and a page
 * past the budget is refused by its largest image, or by the sum. */
static void
test_declared_image_sizes(void)
{
    char *path = g_build_filename(tmpdir, "images.pdf", NULL);
    const char *const objects[] = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R "
        "/Resources << /XObject << /Im1 9 0 R >> >> >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 7 0 R "
        "/Resources << /XObject << /Fm1 10 0 R >> >> >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 8 0 R >>",
        "<< /Length 30 >>\nstream\nq 595 0 0 842 0 0 cm /Im1 Do Q\nendstream",
        /* A dark box first (the verdict is known), then what it draws. */
        "<< /Length 86 >>\nstream\n0 g 10 10 50 50 re f /Fm1 Do /Fm1 Do BI /W 10 /H 20 /BPC 8 /CS /G ID xxEIxx"
        " EI /Fm1 Do\nendstream",
        "<< /Length 43 >>\nstream\nBT /F1 12 Tf 72 700 Td (Quillfeather) Tj ET\nendstream",
        "<< /Type /XObject /Subtype /Image /Width 11 0 R /Height 200000 /ColorSpace /DeviceGray "
        "/BitsPerComponent 8 /Filter /JPXDecode /Length 4 >>\nstream\nabcd\nendstream",
        "<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /Im2 12 0 R >> >> "
        "/Length 7 >>\nstream\n/Im2 Do\nendstream",
        "200000",
        "<< /Type /XObject /Subtype /Image /Width 7016 /Height 9921 /ColorSpace /DeviceRGB /BitsPerComponent 8 "
        "/SMask 13 0 R /Filter /DCTDecode /Length 4 >>\nstream\nabcd\nendstream",
        "<< /Type /XObject /Subtype /Image /Width 7016 /Height 9921 /ColorSpace /DeviceGray /BitsPerComponent 8 "
        "/Filter /FlateDecode /Length 4 >>\nstream\nabcd\nendstream",
        NULL,
    };
    write_pdf(path, objects);
    ix_pdf_page_shape *shapes = ix_pdf_page_shapes(path, 3);
    g_assert_nonnull(shapes);
    g_assert_true(shapes[0].may_hide);
    g_assert_cmpuint(shapes[0].images.pixels, ==, 40000000000ULL);
    g_assert_cmpuint(shapes[0].images.width, ==, 200000);
    g_assert_cmpuint(shapes[0].images.height, ==, 200000);
    char *why = ix_page_images_refusal(&shapes[0].images, 1);
    g_assert_cmpstr(why, ==, "page 1: an image of 200000×200000 pixels, too large to render");
    g_free(why);
    /* A form drawn three times, its A3 scan at 600 dpi with its soft mask
     * each time, and an inline image: several real scans' worth, which is
     * rendered. */
    g_assert_true(shapes[1].may_hide);
    g_assert_cmpuint(shapes[1].images.pixels, ==, 3 * 2 * 7016ULL * 9921 + 10 * 20);
    g_assert_cmpuint(shapes[1].images.width, ==, 7016);
    g_assert_null(ix_page_images_refusal(&shapes[1].images, 2));
    g_assert_false(shapes[2].may_hide);
    g_assert_cmpuint(shapes[2].images.pixels, ==, 0);
    g_assert_null(ix_page_images_refusal(&shapes[2].images, 3));
    g_free(shapes);
    /* Eight such scans on a page are past the budget by their sum. */
    ix_page_images eight = {0};
    ix_page_images_add(&eight, 7016, 9921, 8);
    why = ix_page_images_refusal(&eight, 4);
    g_assert_cmpstr(why, ==, "page 4: images of 556 million pixels in all, too large to render");
    g_free(why);
    g_assert_null(ix_page_images_refusal(NULL, 1)); /* not known: left to the render limit */
    g_unlink(path);
    g_free(path);
}

/* The page walk over exactly `text`'s bytes (a copy the size of the text,
 * so that a sanitizer build sees any read past its end). */
static ix_pdf_page_shape *
shapes_of(const char *text, int n_pages)
{
    gsize len = strlen(text);
    char *copy = g_memdup2(text, len);
    ix_pdf_page_shape *shapes = ix_pdf_bytes_page_shapes(copy, len, n_pages);
    g_free(copy);
    return shapes;
}

/* Numbers and strings a file states are the file's to choose: what fuzzing
 * fuzz_pdf found (tests/fuzz/regressions/pdf/ keeps the inputs), as
 * behaviour a release build can check. */
static void
test_hostile_bytes(void)
{
    static const char head[] = "%PDF-1.5\n1 0 obj\n<< /Type /Catalog /Pages 5 0 R >>\nendobj\n";
    /* An object stream holding the page tree, read; with an offset near
     * LONG_MAX (which overflowed the sum), its objects are left out and
     * the tree cannot be followed. */
    static const char tree[] = "<< /Type /Pages /Kids [6 0 R] >> ", page[] = "<< /Type /Page /Contents 3 0 R >> ";
    char *good = g_strdup_printf("5 0 6 %zu ", strlen(tree));
    const char *objstm[] = {good, "5 0 6 9223372036854775807 "};
    char *objects = g_strconcat(tree, page, NULL);
    for (int bad = 0; bad < 2; bad++) {
        char *pdf =
            g_strdup_printf("%s2 0 obj\n<< /Type /ObjStm /N 2 /First %zu /Length %zu >>\nstream\n%s%s\n"
                            "endstream\nendobj\n3 0 obj\n<< /Length 11 >>\nstream\nBT (x) Tj ET\n"
                            "endstream\nendobj\ntrailer << /Root 1 0 R >>\n",
                            head, strlen(objstm[bad]), strlen(objstm[bad]) + strlen(objects), objstm[bad], objects);
        ix_pdf_page_shape *shapes = shapes_of(pdf, 1);
        if (bad) {
            g_assert_null(shapes);
        } else {
            g_assert_nonnull(shapes);
            g_assert_false(shapes[0].may_hide);
        }
        g_free(shapes);
        g_free(pdf);
    }
    g_free(objects);
    g_free(good);
    /* An inline image declared infinitely wide ("1e999"): counted at the
     * largest side, and the page refused before any rendering. */
    ix_pdf_page_shape *shapes = shapes_of("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                                          "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
                                          "3 0 obj\n<< /Type /Page /Contents 4 0 R >>\nendobj\n"
                                          "4 0 obj\n<< /Length 36 >>\nstream\nBI /W 1e999 /H 1e999 /BPC 8 ID x EI\n"
                                          "endstream\nendobj\ntrailer << /Root 1 0 R >>\n",
                                          1);
    g_assert_nonnull(shapes);
    g_assert_true(shapes[0].may_hide);
    g_assert_cmpuint(shapes[0].images.width, ==, 1u << 31);
    char *why = ix_page_images_refusal(&shapes[0].images, 1);
    g_assert_nonnull(why);
    g_free(why);
    g_free(shapes);
    /* A page's body that is a string cut off by the file's end after a
     * backslash: nothing read past the last byte, and no tree. */
    g_assert_null(shapes_of("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n"
                            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\ntrailer << /Root 1 0 R >>\n"
                            "3 0 obj\n(abc\\",
                            1));
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    tmpdir = g_dir_make_tmp("zaalt-pdfshapes-XXXXXX", NULL);
    g_test_add_func("/pdfshapes/covered-scan-content", test_covered_scan_content);
    g_test_add_func("/pdfshapes/covered-fast-path-pdfs", test_covered_fast_path_pdfs);
    g_test_add_func("/pdfshapes/covered-by-page", test_covered_by_page);
    g_test_add_func("/pdfshapes/declared-image-sizes", test_declared_image_sizes);
    g_test_add_func("/pdfshapes/hostile-bytes", test_hostile_bytes);
    int rc = g_test_run();
    g_rmdir(tmpdir);
    g_free(tmpdir);
    return rc;
}
