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
} ix_pdf_ocr_state;

/* Page `number` (1-based; `page` may be NULL when poppler cannot load it)
 * as normalised, trimmed text, never NULL: the text layer, with the
 * characters drawn under opaque boxes left out (a warning in doc->warnings
 * says how many) unless the extractor keeps them; when the extractor has a
 * recogniser and the layer is not usable (pagetext.h), what OCR reads,
 * at most IX_OCR_MAX_PAGES pages a document, each only when the
 * recogniser's pace allows it (ocr.h: a page left out or the file's OCR
 * stopped is a warning).  *confidence is the OCR
 * confidence of the text returned, or -1 when it is the text layer's. */
char *ix_pdf_page_text(const ix_extractor *ex, ix_pdf_ocr_state *ocr, PopplerPage *page, int number, zr_doc *doc,
                       int *confidence);

#endif
