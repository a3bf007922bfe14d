/* pdfpage.c — the text of one PDF page: its text layer with what opaque
 * boxes cover left out, or, when the layer is not usable and OCR is on,
 * what recognition reads (pdfpage.h).
 *
 * Not for: the document (pdf.c), judging text layers (pagetext.c) or
 * recognition itself (ocr.c).
 */
#include "indexer/pdfpage.h"

#include "core/analysis.h"
#include "indexer/hidden.h"
#include "indexer/ocr.h"
#include "indexer/pagetext.h"

/* Whether `text` holds block or square glyphs (U+2580-U+25A1, U+25AC-
 * U+25AE): a box drawn as text over other text, which the file scan
 * (pdfshapes.c) does not see. */
static bool
has_block_glyphs(const char *text)
{
    for (const char *p = text; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if ((c >= 0x2580 && c <= 0x25A1) || (c >= 0x25AC && c <= 0x25AE))
            return true;
    }
    return false;
}

/* What page `number` draws, the file read for it on the first call: one
 * cheap read spares rendering the pages where nothing drawn can cover
 * text, and refuses those whose images no renderer could finish.  NULL
 * when the file's pages cannot be followed (state->no_shapes then says
 * whether the file as a whole can hide text, when that is asked). */
static const ix_pdf_page_shape *
page_shape(const ix_extractor *ex, ix_pdf_ocr_state *state, int number)
{
    if (!state->shapes_read) {
        state->shapes_read = true;
        state->shapes = ix_pdf_page_shapes(state->path, state->n_pages);
        state->no_shapes =
            state->shapes == NULL && !ix_extractor_keep_covered(ex) && !ix_pdf_may_hide_text(state->path);
    }
    return state->shapes != NULL && number >= 1 && number <= state->n_pages ? &state->shapes[number - 1] : NULL;
}

/* Notes a page refused for its images' size: its warning, and the first
 * reason for the file's failure should no page give text. */
static void
note_too_large(ix_pdf_ocr_state *state, zr_doc *doc, int number, const char *reason, const char *what_not)
{
    g_ptr_array_add(doc->warnings, g_strdup_printf("%s: %s", reason, what_not));
    if (state->too_large_page == number)
        return;
    state->too_large_page = number;
    if (state->n_too_large++ == 0)
        state->too_large = g_strdup(reason);
}

/* The text layer of `page`, normalised; covered text left out (with a
 * warning) unless the extractor keeps it.  The page is rendered to look
 * only when its file draws something that can hide text. */
static char *
layer_text(const ix_extractor *ex, ix_pdf_ocr_state *state, PopplerPage *page, int number, zr_doc *doc,
           unsigned *unmapped)
{
    char *raw = page != NULL ? poppler_page_get_text(page) : NULL;
    /* Before normalisation, which drops the control codes unmapped glyphs
     * come out as (and before covered characters become spaces). */
    *unmapped = ix_unmapped_glyphs(raw);
    guint n_covered = 0;
    const ix_pdf_page_shape *shape = NULL;
    bool look = false;
    if (raw != NULL && *raw != '\0' && !ix_extractor_keep_covered(ex)) {
        shape = page_shape(ex, state, number);
        bool may_hide = shape != NULL ? shape->may_hide : !state->no_shapes;
        look = may_hide || has_block_glyphs(raw);
    }
    GError *error = NULL;
    char *uncovered =
        look ? ix_hide_covered_text(page, shape != NULL ? &shape->images : NULL, raw, &n_covered, &error) : NULL;
    if (error != NULL && g_error_matches(error, IX_OCR_ERROR, IX_OCR_ERROR_TOO_LARGE))
        note_too_large(state, doc, number, error->message, "not looked at for text under boxes");
    g_clear_error(&error);
    if (uncovered != NULL) {
        g_ptr_array_add(doc->warnings,
                        g_strdup_printf("page %d: %u characters drawn under opaque boxes left out (a redaction "
                                        "that kept its text?)",
                                        number, n_covered));
        g_free(raw);
        raw = uncovered;
    }
    char *text = g_strstrip(az_normalise(raw != NULL ? raw : "", -1));
    g_free(raw);
    return text;
}

char *
ix_pdf_page_text(const ix_extractor *ex, ix_pdf_ocr_state *ocr, PopplerPage *page, int number, zr_doc *doc,
                 int *confidence)
{
    unsigned unmapped = 0;
    char *text = layer_text(ex, ocr, page, number, doc, &unmapped);
    int conf = -1;
    bool found_nothing = false;
    ix_ocr *recogniser = ix_extractor_ocr(ex);
    if (recogniser != NULL && !ocr->unavailable && !ocr->stopped && page != NULL &&
        (unmapped > 0 || ix_page_needs_ocr(page, text))) {
        char *why = NULL;
        ix_ocr_verdict verdict = IX_OCR_GO;
        if (ocr->pages++ >= IX_OCR_MAX_PAGES) {
            if (ocr->pages == IX_OCR_MAX_PAGES + 1)
                g_ptr_array_add(doc->warnings, g_strdup_printf("OCR stopped after %d pages", IX_OCR_MAX_PAGES));
        } else if ((verdict = ix_ocr_pace_begin(recogniser, number, &why)) != IX_OCR_GO) {
            ocr->stopped = verdict == IX_OCR_STOP;
            g_ptr_array_add(doc->warnings, why ? why : g_strdup_printf("page %d: not recognised", number));
        } else {
            GError *oerr = NULL;
            if (unmapped == 0 && *text) {
                if (ocr->mapped_ocr_pages == NULL)
                    ocr->mapped_ocr_pages = g_array_new(FALSE, FALSE, sizeof(int));
                g_array_append_val(ocr->mapped_ocr_pages, number);
            }
            const ix_pdf_page_shape *shape = page_shape(ex, ocr, number);
            char *read = ix_ocr_page(recogniser, page, shape != NULL ? &shape->images : NULL, &conf, &oerr);
            ix_ocr_pace_end(recogniser);
            if (read != NULL) {
                char *norm = g_strstrip(az_normalise(read, -1));
                /* A layer of unmapped glyphs is no layer, however thin
                 * what is left of it looks. */
                bool thin = unmapped == 0 && ix_judge_page_text(text) == IX_PAGE_TEXT_THIN;
                if (*norm && (!thin || ix_ocr_is_better(text, norm, conf))) {
                    g_free(text);
                    text = norm;
                } else {
                    found_nothing = *norm == '\0';
                    g_free(norm);
                    conf = -1;
                }
                g_free(read);
            } else if (g_error_matches(oerr, IX_OCR_ERROR, IX_OCR_ERROR_TOO_LARGE)) {
                conf = -1;
                note_too_large(ocr, doc, number, oerr->message, "not recognised");
            } else {
                conf = -1;
                g_ptr_array_add(doc->warnings,
                                g_strdup_printf("page %d: OCR failed: %s", number, oerr ? oerr->message : "?"));
                /* Without the engine no later page can be read either. */
                if (oerr != NULL && oerr->domain == IX_OCR_ERROR && oerr->code == IX_OCR_ERROR_NO_ENGINE)
                    ocr->unavailable = true;
            }
            g_clear_error(&oerr);
        }
    }
    if (unmapped > 0 && conf < 0) {
        if (ocr->unmapped_pages == NULL)
            ocr->unmapped_pages = g_array_new(FALSE, FALSE, sizeof(int));
        g_array_append_val(ocr->unmapped_pages, number);
        ocr->unmapped_glyphs += unmapped;
        if (found_nothing)
            ocr->unmapped_ocr_empty = true;
        else if (recogniser != NULL)
            ocr->unmapped_ocr_skipped = true;
    }
    *confidence = conf;
    return text;
}

void
ix_pdf_ocr_state_clear(ix_pdf_ocr_state *ocr)
{
    g_free(ocr->shapes);
    g_free(ocr->too_large);
    if (ocr->unmapped_pages != NULL)
        g_array_free(ocr->unmapped_pages, TRUE);
    if (ocr->mapped_ocr_pages != NULL)
        g_array_free(ocr->mapped_ocr_pages, TRUE);
    *ocr = (ix_pdf_ocr_state){0};
}

/* At most this many runs of pages are listed in the warning. */
#define UNMAPPED_MAX_RUNS 8

/* "page 4" or "pages 1-3, 7, …": `pages` in order, as runs. */
static GString *
page_runs(GArray *pages)
{
    GString *w = g_string_new(pages->len == 1 ? "page " : "pages ");
    guint runs = 0, i = 0;
    while (i < pages->len && runs < UNMAPPED_MAX_RUNS) {
        int first = g_array_index(pages, int, i), last = first;
        while (i + 1 < pages->len && g_array_index(pages, int, i + 1) == last + 1)
            last = g_array_index(pages, int, ++i);
        i++;
        g_string_append_printf(w, runs++ ? ", %d" : "%d", first);
        if (last > first)
            g_string_append_printf(w, "-%d", last);
    }
    if (i < pages->len)
        g_string_append(w, ", …");
    return w;
}

char *
ix_pdf_mapped_ocr_warning(ix_pdf_ocr_state *ocr)
{
    GArray *pages = ocr->mapped_ocr_pages;
    if (pages == NULL)
        return NULL;
    GString *w = page_runs(pages);
    g_string_append_printf(w,
                           " (%u in all) %s a text layer whose glyphs all map to Unicode but whose text does not read "
                           "as words (an old font encoding's mojibake, or letters with no word breaks): read by OCR "
                           "instead, up to --ocr-timeout of CPU a page (30 s by default)",
                           pages->len, pages->len == 1 ? "has" : "have");
    return g_string_free(w, FALSE);
}

char *
ix_pdf_unmapped_warning(const ix_extractor *ex, ix_pdf_ocr_state *ocr)
{
    GArray *pages = ocr->unmapped_pages;
    if (pages == NULL)
        return NULL;
    GString *w = page_runs(pages);
    g_string_append_printf(w,
                           ": %lu glyphs without a Unicode mapping (a font without /ToUnicode?): "
                           "their text is not indexed (%s)",
                           ocr->unmapped_glyphs,
                           ix_extractor_ocr(ex) == NULL ? "OCR is off"
                           : ocr->unmapped_ocr_skipped  ? "OCR did not read them"
                                                        : "OCR found no text");
    g_array_free(pages, TRUE);
    ocr->unmapped_pages = NULL;
    return g_string_free(w, FALSE);
}
