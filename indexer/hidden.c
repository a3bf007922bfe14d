/* hidden.c — text a PDF page draws but nobody can see: words under opaque
 * boxes (a redaction done by drawing black rectangles over text that stays
 * in the text layer).
 *
 * The page is rendered at 72 dpi and each character's box is looked at:
 * a dark-coloured character whose box is (nearly) solid dark is covered.
 * Glyphs of ordinary text fill well under half of their box; light text on
 * a dark panel (a cover's white-on-black title) is seen by its colour.
 * Thin bold glyphs (l, t, I) can fill their box on their own, so only runs
 * of at least two covered characters count: a redaction box covers words,
 * not single letters.
 *
 * Not for: text drawn in white on white, text outside the page, clipped
 * text, or annotations of type Redact that were never applied: those are
 * other kinds of invisible text. */
#include <cairo.h>
#include <string.h>

#include "indexer/hidden.h"
#include "indexer/ocr.h"

/* 72 dpi: a 10-point glyph box is 10 pixels high, enough to tell a solid
 * box from ink.  Half of that lets thin glyphs pass for boxes. */
#define HIDDEN_SCALE          1.0
/* Share of the inner box that must be dark, in tenths. */
#define HIDDEN_DARK_TENTHS    8
/* Luminance (0-255) under which a pixel is dark. */
#define HIDDEN_DARK_LUMINANCE 60
#define HIDDEN_MIN_RUN        2

static int
luminance(unsigned r, unsigned g, unsigned b)
{
    return (int)((r * 3 + g * 6 + b) / 10);
}

/* The share of dark pixels in the middle 60 % of a character's box. */
static gboolean
box_is_dark(const unsigned char *data, int stride, int width, int height, double scale, const PopplerRectangle *r)
{
    double bw = r->x2 - r->x1, bh = r->y2 - r->y1;
    int x0 = (int)((r->x1 + bw * 0.2) * scale), x1 = (int)((r->x2 - bw * 0.2) * scale);
    int y0 = (int)((r->y1 + bh * 0.2) * scale), y1 = (int)((r->y2 - bh * 0.2) * scale);
    x0 = MAX(x0, 0), y0 = MAX(y0, 0);
    x1 = MIN(x1, width - 1), y1 = MIN(y1, height - 1);
    int dark = 0, all = 0;
    for (int y = y0; y <= y1; y++) {
        const guint32 *row = (const guint32 *)(data + (gsize)y * stride);
        for (int x = x0; x <= x1; x++) {
            guint32 px = row[x];
            all++;
            if (luminance((px >> 16) & 255, (px >> 8) & 255, px & 255) < HIDDEN_DARK_LUMINANCE)
                dark++;
        }
    }
    return all > 0 && dark * 10 >= all * HIDDEN_DARK_TENTHS;
}

/* Whether the text run holding character `index` is drawn in a light
 * colour; `at` walks forward through the runs as the index grows. */
static gboolean
light_text(GList **at, guint index)
{
    while (*at != NULL && ((PopplerTextAttributes *)(*at)->data)->end_index < (gint)index)
        *at = (*at)->next;
    if (*at == NULL)
        return FALSE;
    const PopplerColor *c = &((PopplerTextAttributes *)(*at)->data)->color;
    return luminance(c->red / 257u, c->green / 257u, c->blue / 257u) > 128;
}

char *
ix_hide_covered_text(PopplerPage *page, const ix_page_images *images, const char *text, guint *n_hidden, GError **error)
{
    *n_hidden = 0;
    if (text == NULL || *text == '\0')
        return NULL;
    PopplerRectangle *rects = NULL;
    guint n_rects = 0;
    if (!poppler_page_get_text_layout(page, &rects, &n_rects) || n_rects == 0) {
        g_free(rects);
        return NULL;
    }
    double scale = HIDDEN_SCALE;
    cairo_surface_t *surface = ix_render_page(page, images, HIDDEN_SCALE, false, &scale, error);
    if (surface == NULL) {
        g_free(rects);
        return NULL;
    }
    int width = cairo_image_surface_get_width(surface), height = cairo_image_surface_get_height(surface);
    const unsigned char *data = cairo_image_surface_get_data(surface);
    int stride = cairo_image_surface_get_stride(surface);

    /* Covered characters, by character index; then runs shorter than
     * HIDDEN_MIN_RUN (spaces between them do not break a run) let go. */
    GList *attrs = poppler_page_get_text_attributes(page);
    GList *at = attrs;
    glong n_chars = g_utf8_strlen(text, -1);
    guint n = MIN((guint)n_chars, n_rects);
    gboolean *covered = g_new0(gboolean, n + 1);
    const char *p = text;
    for (guint i = 0; i < n; i++, p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (!g_unichar_isspace(c) && !light_text(&at, i))
            covered[i] = box_is_dark(data, stride, width, height, scale, &rects[i]);
    }
    poppler_page_free_text_attributes(attrs);
    cairo_surface_destroy(surface);
    g_free(rects);

    guint run_start = 0, run = 0;
    p = text;
    for (guint i = 0; i <= n; i++) {
        gboolean space = i < n && g_unichar_isspace(g_utf8_get_char(p));
        if (i < n && (covered[i] || (space && run > 0))) {
            if (run == 0)
                run_start = i;
            if (covered[i])
                run++;
        } else {
            if (run > 0 && run < HIDDEN_MIN_RUN)
                for (guint k = run_start; k < i; k++)
                    covered[k] = FALSE;
            run = 0;
        }
        if (i < n)
            p = g_utf8_next_char(p);
    }

    /* The text again, each covered character a space, so that words on
     * either side stay apart. */
    GString *out = g_string_sized_new(strlen(text));
    p = text;
    for (guint i = 0; *p != '\0'; i++, p = g_utf8_next_char(p)) {
        if (i < n && covered[i]) {
            g_string_append_c(out, ' ');
            (*n_hidden)++;
        } else {
            g_string_append_len(out, p, g_utf8_next_char(p) - p);
        }
    }
    g_free(covered);
    if (*n_hidden == 0) {
        g_string_free(out, TRUE);
        return NULL;
    }
    return g_string_free(out, FALSE);
}
