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
#include "indexer/pdfshapes.h"

/* OCR, and the covered-text check, across the pages of one document.
 * The caller sets `path` and `n_pages` and frees it with
 * ix_pdf_ocr_state_clear(). */
typedef struct ix_pdf_ocr_state {
    const char *path; /* the file, read for what its pages draw (pdfshapes.h) */
    int n_pages;
    int pages;        /* pages sent to recognition so far */
    bool unavailable; /* the engine is missing: no later page tries */
    bool stopped;     /* the file's OCR time is spent (ocr.h: IX_OCR_STOP) */
    /* What the pages draw, read from the file when a page is first to be
     * rendered (for OCR or to look for covered text): `shapes` by page
     * (0-based), NULL when the file could not be followed; then
     * `no_shapes` when nothing the file draws can hide text. */
    bool shapes_read;
    ix_pdf_page_shape *shapes;
    bool no_shapes;
    /* Pages refused unrendered for their images' size (pageimages.h):
     * how many, the first one's reason, and the last one noted (a page is
     * refused for OCR and for the covered-text check alike). */
    int n_too_large;
    char *too_large;
    int too_large_page;
    /* Pages whose glyphs largely have no Unicode mapping (pagetext.h:
     * ix_unmapped_glyphs) and were not recognised: their numbers in
     * order (NULL until the first), their glyphs, and whether OCR was
     * off, found no text on one, or did not read one (its own warning
     * says why). */
    GArray *unmapped_pages;
    unsigned long unmapped_glyphs;
    bool unmapped_ocr_empty, unmapped_ocr_skipped;
    /* Pages sent to recognition although their text layer had text with
     * every glyph mapped to Unicode (judged not to read as words,
     * pagetext.h): their numbers in order, NULL until the first. */
    GArray *mapped_ocr_pages;
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
 * ix_pdf_unmapped_warning().  A page whose images are too large to
 * render (pageimages.h) is neither recognised nor looked at for covered
 * text: a warning names it and the size.  *confidence is the OCR
 * confidence of the text returned, or -1 when it is the text layer's. */
char *ix_pdf_page_text(const ix_extractor *ex, ix_pdf_ocr_state *ocr, PopplerPage *page, int number, zr_doc *doc,
                       int *confidence);

/* Frees what `ocr` holds (not the path). */
void ix_pdf_ocr_state_clear(ix_pdf_ocr_state *ocr);

/* The warning for the pages ix_pdf_page_text() noted as having glyphs
 * without a Unicode mapping that OCR did not read ("pages 1-3, 7: 412
 * glyphs without a Unicode mapping (a font without /ToUnicode?): their
 * text is not indexed (OCR is off)"), or NULL when there are none; frees
 * what `ocr` holds of them. */
char *ix_pdf_unmapped_warning(const ix_extractor *ex, ix_pdf_ocr_state *ocr);

/* The warning for the pages ix_pdf_page_text() sent to OCR although their
 * text layer had text whose glyphs all map to Unicode ("pages 1-29 have a
 * text layer mapped to Unicode …: sent to OCR"), which costs up to the OCR
 * time of a page each where the text is merely unlike words (probe F29,
 * finding 5); NULL when there are none. */
char *ix_pdf_mapped_ocr_warning(ix_pdf_ocr_state *ocr);

#endif
