/*
 * mkscan: render a small marked-up UTF-8 text file to an image-only PDF, the
 * way a scanner would deliver it: each A4 page one grey picture, with no
 * text layer at all.
 *
 * It exists so that the demo corpus and the OCR benchmark have scanned
 * documents whose every word is known, in Mongolian and English, without
 * shipping binary files.  Input is the format tools/mkpdf.c reads (%title,
 * %author, %subject, %date headers; %page; %% comments; "# " and "## "
 * headings; blank lines between paragraphs), so a source can be rendered
 * either way.  It is not a scanner simulator: the page is not skewed,
 * blurred or curled; the paper is grey and carries a little dust.
 *
 * Usage: mkscan [--dpi N] [--dust N] [--text-out FILE] INPUT.txt OUTPUT.pdf
 *   --dpi N        resolution of the page pictures (default 300)
 *   --dust N       specks of dust per million pixels (default 200; 0: none)
 *   --text-out F   also write the words drawn, page by page, pages
 *                  separated by a form feed line: the ground truth for
 *                  measuring OCR (bench/ocr.c)
 * The output is the same for the same input and options (the dust is
 * seeded by the page number).  Errors: "mkscan: PATH: reason", exit 1.
 */
#include "tools/textdoc.h"

#include <cairo-pdf.h>
#include <glib.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <string.h>

#define MS_PAGE_W   595.0 /* A4, points */
#define MS_PAGE_H   842.0
#define MS_MARGIN   60.0
#define TD_PARA_GAP 7.0
#define MS_PAPER    0.93 /* grey of the paper, 0 black .. 1 white */
#define MS_INK      0.12

typedef struct {
    int dpi;
    int dust; /* per million pixels */
    const char *text_out;
} ms_options;

/* ---- pages ---- */

typedef struct {
    const ms_options *opts;
    cairo_t *pdf;             /* the PDF being written */
    cairo_surface_t *picture; /* the page being drawn, grey, at opts->dpi */
    cairo_t *cr;              /* drawing on `picture`, in points */
    PangoContext *pango;
    double y;               /* next free line, points from the top */
    gboolean empty;         /* nothing drawn on this page yet */
    gboolean break_pending; /* a %page waits for the next text */
    int number;             /* 1-based */
    GString *truth;         /* the words drawn, pages separated by "\f\n" */
} ms_pager;

static void
ms_start_page(ms_pager *pg)
{
    double scale = pg->opts->dpi / 72.0;
    int w = (int)(MS_PAGE_W * scale + 0.5), h = (int)(MS_PAGE_H * scale + 0.5);
    pg->picture = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
    pg->cr = cairo_create(pg->picture);
    cairo_set_source_rgb(pg->cr, MS_PAPER, MS_PAPER, MS_PAPER);
    cairo_paint(pg->cr);
    cairo_scale(pg->cr, scale, scale);
    cairo_set_source_rgb(pg->cr, MS_INK, MS_INK, MS_INK);
    pg->y = MS_MARGIN;
    pg->empty = TRUE;
}

/* Specks of dust: single dark or light pixels, a few two pixels wide. */
static void
ms_dust(ms_pager *pg)
{
    if (pg->opts->dust <= 0)
        return;
    cairo_surface_flush(pg->picture);
    int w = cairo_image_surface_get_width(pg->picture), h = cairo_image_surface_get_height(pg->picture);
    int stride = cairo_image_surface_get_stride(pg->picture);
    unsigned char *data = cairo_image_surface_get_data(pg->picture);
    GRand *rand = g_rand_new_with_seed((guint32)pg->number);
    long specks = (long)w * h / 1000000 * pg->opts->dust;
    for (long i = 0; i < specks; i++) {
        int x = g_rand_int_range(rand, 0, w - 1), y = g_rand_int_range(rand, 0, h);
        guint32 level = (guint32)g_rand_int_range(rand, 0, 2) ? 0x40 : 0xFF;
        guint32 pixel = level << 16 | level << 8 | level;
        guint32 *row = (guint32 *)(data + (gsize)y * stride);
        row[x] = pixel;
        if (g_rand_int_range(rand, 0, 4) == 0)
            row[x + 1] = pixel;
    }
    g_rand_free(rand);
    cairo_surface_mark_dirty(pg->picture);
}

/* Puts the finished picture on a PDF page, full size. */
static void
ms_end_page(ms_pager *pg)
{
    ms_dust(pg);
    cairo_destroy(pg->cr);
    pg->cr = NULL;
    double scale = 72.0 / pg->opts->dpi;
    cairo_save(pg->pdf);
    cairo_scale(pg->pdf, scale, scale);
    cairo_set_source_surface(pg->pdf, pg->picture, 0, 0);
    cairo_paint(pg->pdf);
    cairo_restore(pg->pdf);
    cairo_show_page(pg->pdf);
    cairo_surface_destroy(pg->picture);
    pg->picture = NULL;
}

static void
ms_next_page(ms_pager *pg)
{
    ms_end_page(pg);
    pg->number++;
    g_string_append(pg->truth, "\f\n");
    ms_start_page(pg);
}

/* Draws a laid-out block line by line, turning the page when a line would
 * cross the bottom margin, and records each line's words. */
static void
ms_flow(ms_pager *pg, PangoLayout *layout)
{
    const char *text = pango_layout_get_text(layout);
    PangoLayoutIter *it = pango_layout_get_iter(layout);
    do {
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(it, NULL, &logical);
        double height = (double)logical.height / PANGO_SCALE;
        double ascent = (double)(pango_layout_iter_get_baseline(it) - logical.y) / PANGO_SCALE;
        if (pg->y + height > MS_PAGE_H - MS_MARGIN && !pg->empty)
            ms_next_page(pg);
        PangoLayoutLine *line = pango_layout_iter_get_line_readonly(it);
        cairo_move_to(pg->cr, MS_MARGIN + (double)logical.x / PANGO_SCALE, pg->y + ascent);
        pango_cairo_show_layout_line(pg->cr, line);
        g_string_append_len(pg->truth, text + line->start_index, line->length);
        g_string_append_c(pg->truth, '\n');
        pg->y += height;
        pg->empty = FALSE;
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
}

static void
ms_render(cairo_t *pdf, const td_doc *doc, const ms_options *opts, GString *truth)
{
    PangoFontMap *fonts = pango_cairo_font_map_new();
    ms_pager pg = {.opts = opts, .pdf = pdf, .number = 1, .truth = truth};
    pg.pango = pango_font_map_create_context(fonts);
    /* Layout in points, whatever the picture's resolution; with no hinting
     * the line breaks do not depend on --dpi. */
    pango_cairo_context_set_resolution(pg.pango, 72.0);
    cairo_font_options_t *fo = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(pg.pango, fo);
    cairo_font_options_destroy(fo);
    PangoFontDescription *body = pango_font_description_from_string("DejaVu Serif 11.5");
    PangoFontDescription *head1 = pango_font_description_from_string("DejaVu Serif Bold 15");
    PangoFontDescription *head2 = pango_font_description_from_string("DejaVu Serif Bold 12.5");
    PangoLayout *layout = pango_layout_new(pg.pango);
    pango_layout_set_width(layout, (int)((MS_PAGE_W - 2 * MS_MARGIN) * PANGO_SCALE));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);

    ms_start_page(&pg);
    for (guint i = 0; i < doc->blocks->len; i++) {
        const td_block *b = doc->blocks->pdata[i];
        if (b->kind == TD_PAGE) {
            pg.break_pending = TRUE;
            continue;
        }
        if (pg.break_pending && !pg.empty)
            ms_next_page(&pg);
        pg.break_pending = FALSE;
        gboolean heading = b->kind != TD_PARA;
        if (heading && !pg.empty) {
            pg.y += b->kind == TD_HEAD1 ? 10.0 : 6.0;
            if (pg.y + 70.0 > MS_PAGE_H - MS_MARGIN) /* no heading alone at the foot */
                ms_next_page(&pg);
        }
        pango_layout_set_font_description(layout, b->kind == TD_HEAD1 ? head1 : b->kind == TD_HEAD2 ? head2 : body);
        pango_layout_set_text(layout, b->text, -1);
        ms_flow(&pg, layout);
        pg.y += heading ? 4.0 : TD_PARA_GAP;
    }
    ms_end_page(&pg);

    g_object_unref(layout);
    pango_font_description_free(body);
    pango_font_description_free(head1);
    pango_font_description_free(head2);
    g_object_unref(pg.pango);
    g_object_unref(fonts);
}

static int
ms_fail(const char *path, const char *reason)
{
    fprintf(stderr, "mkscan: %s: %s\n", path, reason);
    return 1;
}

int
main(int argc, char **argv)
{
    ms_options opts = {.dpi = 300, .dust = 200};
    int dpi = 300, dust = 200;
    char *text_out = NULL;
    GOptionEntry entries[] = {
        {"dpi", 0, 0, G_OPTION_ARG_INT, &dpi, "resolution of the page pictures (300)", "N"},
        {"dust", 0, 0, G_OPTION_ARG_INT, &dust, "specks of dust per million pixels (200)", "N"},
        {"text-out", 0, 0, G_OPTION_ARG_FILENAME, &text_out, "write the words drawn, page by page", "FILE"},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GError *error = NULL;
    GOptionContext *ctx = g_option_context_new("INPUT.txt OUTPUT.pdf");
    g_option_context_set_summary(ctx, "Renders a text file to an image-only (scanned-looking) PDF.");
    g_option_context_add_main_entries(ctx, entries, NULL);
    gboolean parsed = g_option_context_parse(ctx, &argc, &argv, &error);
    g_option_context_free(ctx);
    if (!parsed || argc != 3 || dpi < 50 || dpi > 600 || dust < 0 || dust > 100000) {
        fprintf(stderr, "mkscan: %s\nusage: mkscan [--dpi 50..600] [--dust N] [--text-out FILE] INPUT.txt OUTPUT.pdf\n",
                error != NULL ? error->message : "bad arguments");
        g_clear_error(&error);
        g_free(text_out);
        return 1;
    }
    opts.dpi = dpi;
    opts.dust = dust;
    opts.text_out = text_out;
    const char *in_path = argv[1], *out_path = argv[2];
    char *text = NULL;
    gsize len = 0;
    td_doc doc = {0};
    int status = 0;
    GString *truth = g_string_new(NULL);

    if (!g_file_get_contents(in_path, &text, &len, &error)) {
        status = ms_fail(in_path, error->message);
        goto out;
    }
    if (!g_utf8_validate(text, (gssize)len, NULL) || memchr(text, '\0', len) != NULL) {
        status = ms_fail(in_path, "not valid UTF-8 text");
        goto out;
    }
    if (!td_parse(text, &doc, &error)) {
        status = ms_fail(in_path, error->message);
        goto out;
    }

    cairo_surface_t *surface = cairo_pdf_surface_create(out_path, MS_PAGE_W, MS_PAGE_H);
    if (doc.title != NULL)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, doc.title);
    if (doc.author != NULL)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, doc.author);
    if (doc.subject != NULL)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, doc.subject);
    if (doc.date != NULL) {
        /* Both dates, so the output does not depend on the clock. */
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, doc.date);
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, doc.date);
    }
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Zaalt mkscan");
    cairo_t *cr = cairo_create(surface);
    if (cairo_status(cr) == CAIRO_STATUS_SUCCESS)
        ms_render(cr, &doc, &opts, truth);
    cairo_status_t cs = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    if (cs == CAIRO_STATUS_SUCCESS)
        cs = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (cs != CAIRO_STATUS_SUCCESS) {
        status = ms_fail(out_path, cairo_status_to_string(cs));
        remove(out_path);
        goto out;
    }
    if (text_out != NULL && !g_file_set_contents(text_out, truth->str, (gssize)truth->len, &error))
        status = ms_fail(text_out, error->message);
out:
    g_clear_error(&error);
    g_string_free(truth, TRUE);
    td_doc_clear(&doc);
    g_free(text);
    g_free(text_out);
    return status;
}
