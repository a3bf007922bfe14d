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

/* The text layer of `page`, normalised; covered text left out (with a
 * warning) unless the extractor keeps it.  The page is rendered to look
 * only when its file draws something that can hide text. */
static char *
layer_text(const ix_extractor *ex, const ix_pdf_ocr_state *state, PopplerPage *page, int number, zr_doc *doc)
{
    char *raw = page != NULL ? poppler_page_get_text(page) : NULL;
    guint n_covered = 0;
    bool shapes = !state->no_shapes && (state->shapes == NULL || state->shapes[number - 1]);
    bool look = raw != NULL && !ix_extractor_keep_covered(ex) && (shapes || has_block_glyphs(raw));
    char *uncovered = look ? ix_hide_covered_text(page, raw, &n_covered) : NULL;
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
    char *text = layer_text(ex, ocr, page, number, doc);
    int conf = -1;
    ix_ocr *recogniser = ix_extractor_ocr(ex);
    if (recogniser != NULL && !ocr->unavailable && !ocr->stopped && page != NULL && ix_page_needs_ocr(page, text)) {
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
            char *read = ix_ocr_page(recogniser, page, &conf, &oerr);
            ix_ocr_pace_end(recogniser);
            if (read != NULL) {
                char *norm = g_strstrip(az_normalise(read, -1));
                bool thin = ix_judge_page_text(text) == IX_PAGE_TEXT_THIN;
                if (*norm && (!thin || ix_ocr_is_better(text, norm, conf))) {
                    g_free(text);
                    text = norm;
                } else {
                    g_free(norm);
                    conf = -1;
                }
                g_free(read);
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
    *confidence = conf;
    return text;
}
