/* pdfpage.h — the text of one PDF page, for the PDF handler (pdf.c): its
 * text layer, or what OCR reads when the layer is not usable.
 *
 * Not for: documents (pdf.c) or recognition itself (ocr.h).
 */
#ifndef ZAALT_IX_PDFPAGE_H
#define ZAALT_IX_PDFPAGE_H

#include <poppler.h>
#include <stdbool.h>

#include "indexer/extractor.h"
#include "indexer/document.h"

/* OCR, and the covered-text check, across the pages of one document. */
typedef struct ix_pdf_ocr_state {
    int pages;        /* pages sent to recognition so far */
    bool unavailable; /* the engine is missing: no later page tries */
    bool stopped;     /* the file's OCR time is spent (ocr.h: IX_OCR_STOP) */
    bool no_shapes;   /* nothing the file draws can hide text (pdfshapes.h): no page is rendered to look */
    guint8 *shapes;   /* else, by page (0-based), 0 where nothing drawn can hide text; NULL: every page */
    /* Pages whose glyphs largely have no Unicode mapping (pagetext.h:
     * ix_unmapped_glyphs) and were not recognised: their numbers in
     * order (NULL until the first), their glyphs, and whether OCR was
     * off, found no text on one, or did not read one (its own warning
     * says why). */
    GArray *unmapped_pages;
    unsigned long unmapped_glyphs;
    bool unmapped_ocr_empty, unmapped_ocr_skipped;
} ix_pdf_ocr_state;

/* Page `number` (1-based; `page` may be NULL when poppler cannot load it)
 * as normalised, trimmed text, never NULL: the text layer, with the
 * characters drawn under opaque boxes left out (a warning in doc->warnings
 * says how many) unless the extractor keeps them; when the extractor has a
 * recogniser and the layer is not usable (pagetext.h), what OCR reads,
 * at most IX_OCR_MAX_PAGES pages a document, each only when the
 * recogniser's pace allows it (ocr.h: a page left out or the file's OCR
 * stopped is a warning).  A layer whose glyphs largely have no Unicode
 * mapping (a font without /ToUnicode) is recognised whatever its letters;
 * when it is not, the page is noted in `ocr` for
 * ix_pdf_unmapped_warning().  *confidence is the OCR
 * confidence of the text returned, or -1 when it is the text layer's. */
char *ix_pdf_page_text(const ix_extractor *ex, ix_pdf_ocr_state *ocr, PopplerPage *page, int number, zr_doc *doc,
                       int *confidence);

/* The warning for the pages ix_pdf_page_text() noted as having glyphs
 * without a Unicode mapping that OCR did not read ("pages 1-3, 7: 412
 * glyphs without a Unicode mapping (a font without /ToUnicode?): their
 * text is not indexed (OCR is off)"), or NULL when there are none; frees
 * what `ocr` holds of them. */
char *ix_pdf_unmapped_warning(const ix_extractor *ex, ix_pdf_ocr_state *ocr);

#endif
