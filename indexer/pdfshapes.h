/* pdfshapes.h — whether anything a PDF draws could hide its text, decided
 * from the file's bytes before any page is rendered, so that the
 * covered-text check (hidden.h) renders pages only of PDFs that can need
 * it; and, page by page, the images each page declares (pageimages.h), so
 * that no renderer starts on a page it could not finish.
 * Not for: finding the covered characters (hidden.c renders and looks). */
#ifndef ZAALT_INDEXER_PDFSHAPES_H
#define ZAALT_INDEXER_PDFSHAPES_H

#include <glib.h>
#include <stdbool.h>

#include "indexer/pageimages.h"

/* False only when the PDF's `len` bytes at `data` surely draw nothing that
 * can make a character's box dark: no image, shading, drawing annotation,
 * nor any dark filled or thick dark stroked shape wider than a rule, in
 * any content stream; true whenever in doubt (encryption, a filter it
 * cannot decode, an unreadable stream). */
bool ix_pdf_bytes_may_hide_text(const char *data, gsize len);

/* The same for the file at `path` (true when it cannot be read). */
bool ix_pdf_may_hide_text(const char *path);

/* What one page draws, read from the file's bytes. */
typedef struct ix_pdf_page_shape {
    bool may_hide;         /* something that may hide text (as above) */
    ix_page_images images; /* the images it draws, by their declared size
                            * (XObjects, those of the forms it draws, inline
                            * images and soft masks; not patterns' or
                            * annotations') */
} ix_pdf_page_shape;

/* Page by page: an array of `n_pages` shapes, page i (0-based) at i: it
 * may draw something that hides text unless its contents, the images and
 * forms they draw and its annotations (read as above) surely do not;
 * NULL (g_free the array otherwise) when the file's objects or page tree
 * cannot be followed, or its page count is not `n_pages`: then
 * ix_pdf_may_hide_text decides for the whole file, and no page's images
 * are known. */
ix_pdf_page_shape *ix_pdf_page_shapes(const char *path, int n_pages);

/* The same for the PDF's `len` bytes at `data`. */
ix_pdf_page_shape *ix_pdf_bytes_page_shapes(const char *data, gsize len, int n_pages);

#endif
