/*
 * mkpdf: render a small marked-up UTF-8 text file to an A4 PDF.
 *
 * It exists to turn the demo corpus sources (corpus-config/demo/pdf-src)
 * into PDFs with a real text layer, so the indexer's PDF path is exercised
 * on Mongolian Cyrillic and English without shipping binary files.  It is
 * not a typesetter: no markup inside paragraphs, no images, no tables.
 *
 * Input, one directive per line:
 *   %title T, %author T, %subject T, %date YYYY-MM-DD
 *                   PDF metadata; only before the first body line
 *   %page           page break
 *   %% ...          comment, not rendered
 *   # T / ## T      heading / subheading
 *   other lines     paragraph text; blank lines end a paragraph
 *
 * Usage: mkpdf INPUT.txt OUTPUT.pdf.  Errors: "mkpdf: PATH: reason", exit 1.
 */
#include <glib.h>
#include <pango/pangocairo.h>
#include "tools/textdoc.h"

#include <cairo-pdf.h>
#include <stdio.h>
#include <string.h>

#define TD_PAGE_W   595.0
#define TD_PAGE_H   842.0
#define MP_MARGIN   56.0
#define MP_FOOTER_Y (TD_PAGE_H - 34.0) /* top of the page-number line */
#define TD_PARA_GAP 6.0                /* points after each paragraph */

/* The page being filled.  A %page only takes effect when more text follows,
 * so a trailing %page or two in a row never leave an empty page behind. */
typedef struct {
    cairo_t *cr;
    PangoContext *pango; /* at 72 dpi, so that 1 pt of font size is 1 PDF unit */
    PangoFontDescription *footer_font;
    int number;             /* 1-based number of the current page */
    double y;               /* next free position from the page top, points */
    gboolean empty;         /* nothing drawn on the current page yet */
    gboolean break_pending; /* a %page waits for the next block */
} mp_pager;

static void
mp_draw_footer(mp_pager *pg)
{
    PangoLayout *layout = pango_layout_new(pg->pango);
    /* Two spaces: with one, poppler reads the 9 pt footer back as "—1—". */
    char *label = g_strdup_printf("—  %d  —", pg->number);
    pango_layout_set_font_description(layout, pg->footer_font);
    pango_layout_set_text(layout, label, -1);
    pango_layout_set_width(layout, (int)((TD_PAGE_W - 2 * MP_MARGIN) * PANGO_SCALE));
    pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER);
    cairo_move_to(pg->cr, MP_MARGIN, MP_FOOTER_Y);
    pango_cairo_show_layout(pg->cr, layout);
    g_free(label);
    g_object_unref(layout);
}

/* Closes the current page and starts the next one. */
static void
mp_new_page(mp_pager *pg)
{
    mp_draw_footer(pg);
    cairo_show_page(pg->cr);
    pg->number++;
    pg->y = MP_MARGIN;
    pg->empty = TRUE;
}

/* Draws a layout line by line, moving to a new page whenever the next line
 * would cross the bottom margin, so a long paragraph is split, never cut. */
static void
mp_flow_layout(mp_pager *pg, PangoLayout *layout)
{
    const double bottom = TD_PAGE_H - MP_MARGIN;
    PangoLayoutIter *it = pango_layout_get_iter(layout);
    do {
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(it, NULL, &logical);
        double height = (double)logical.height / PANGO_SCALE;
        double ascent = (double)(pango_layout_iter_get_baseline(it) - logical.y) / PANGO_SCALE;
        if (pg->y + height > bottom && !pg->empty)
            mp_new_page(pg);
        cairo_move_to(pg->cr, MP_MARGIN + (double)logical.x / PANGO_SCALE, pg->y + ascent);
        pango_cairo_show_layout_line(pg->cr, pango_layout_iter_get_line_readonly(it));
        pg->y += height;
        pg->empty = FALSE;
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
}

static void
mp_render(cairo_t *cr, const td_doc *doc)
{
    PangoFontDescription *body = pango_font_description_from_string("DejaVu Serif 11");
    PangoFontDescription *head1 = pango_font_description_from_string("DejaVu Serif Bold 15");
    PangoFontDescription *head2 = pango_font_description_from_string("DejaVu Serif Bold 12.5");
    mp_pager pg = {
        cr,   pango_cairo_create_context(cr), pango_font_description_from_string("DejaVu Serif 9"), 1, MP_MARGIN, TRUE,
        FALSE};
    /* pango-cairo assumes a 96 dpi screen; a PDF unit is 1/72 inch. */
    pango_cairo_context_set_resolution(pg.pango, 72.0);
    PangoLayout *layout = pango_layout_new(pg.pango);
    pango_layout_set_width(layout, (int)((TD_PAGE_W - 2 * MP_MARGIN) * PANGO_SCALE));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_justify(layout, FALSE);
    cairo_set_source_rgb(cr, 0, 0, 0);

    for (guint i = 0; i < doc->blocks->len; i++) {
        const td_block *b = g_ptr_array_index(doc->blocks, i);
        if (b->kind == TD_PAGE) {
            pg.break_pending = TRUE;
            continue;
        }
        if (pg.break_pending && !pg.empty)
            mp_new_page(&pg);
        pg.break_pending = FALSE;
        gboolean heading = b->kind != TD_PARA;
        if (heading) {
            /* Space above, and never leave a heading alone at a page foot:
			 * keep room for it and about three body lines. */
            if (!pg.empty)
                pg.y += b->kind == TD_HEAD1 ? 10.0 : 6.0;
            if (!pg.empty && pg.y + 70.0 > TD_PAGE_H - MP_MARGIN)
                mp_new_page(&pg);
        }
        pango_layout_set_font_description(layout, b->kind == TD_HEAD1 ? head1 : b->kind == TD_HEAD2 ? head2 : body);
        pango_layout_set_text(layout, b->text, -1);
        mp_flow_layout(&pg, layout);
        pg.y += heading ? 4.0 : TD_PARA_GAP;
    }
    mp_draw_footer(&pg);
    cairo_show_page(cr);

    g_object_unref(layout);
    pango_font_description_free(body);
    pango_font_description_free(head1);
    pango_font_description_free(head2);
    pango_font_description_free(pg.footer_font);
    g_object_unref(pg.pango);
}

static int
mp_fail(const char *path, const char *reason)
{
    fprintf(stderr, "mkpdf: %s: %s\n", path, reason);
    return 1;
}

int
main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: mkpdf INPUT.txt OUTPUT.pdf\n");
        return 1;
    }
    const char *in_path = argv[1], *out_path = argv[2];
    char *text = NULL;
    gsize len = 0;
    GError *error = NULL;
    td_doc doc = {0};
    int status = 0;

    if (!g_file_get_contents(in_path, &text, &len, &error)) {
        status = mp_fail(in_path, error->message);
        goto out;
    }
    if (!g_utf8_validate(text, (gssize)len, NULL) || memchr(text, '\0', len)) {
        status = mp_fail(in_path, "not valid UTF-8 text");
        goto out;
    }
    if (!td_parse(text, &doc, &error)) {
        status = mp_fail(in_path, error->message);
        goto out;
    }

    cairo_surface_t *surface = cairo_pdf_surface_create(out_path, TD_PAGE_W, TD_PAGE_H);
    if (doc.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, doc.title);
    if (doc.author)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, doc.author);
    if (doc.subject)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, doc.subject);
    if (doc.date) {
        /* Setting both dates also keeps the output independent of the clock. */
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, doc.date);
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, doc.date);
    }
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Zaalt mkpdf");
    cairo_t *cr = cairo_create(surface);
    if (cairo_status(cr) == CAIRO_STATUS_SUCCESS)
        mp_render(cr, &doc);
    cairo_status_t cs = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    if (cs == CAIRO_STATUS_SUCCESS)
        cs = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (cs != CAIRO_STATUS_SUCCESS) {
        status = mp_fail(out_path, cairo_status_to_string(cs));
        remove(out_path);
    }
out:
    if (error)
        g_error_free(error);
    td_doc_clear(&doc);
    g_free(text);
    return status;
}
