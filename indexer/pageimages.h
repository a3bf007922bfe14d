/* pageimages.h — the images a PDF page draws, as its file declares them
 * (their /Width and /Height, read by pdfpages.c from the bytes, the image
 * data never decoded), and the budget past which the page is not rendered
 * at all, neither for OCR nor for the covered-text check: a page drawing
 * an image that declares 200,000 × 200,000 pixels (3 KB of file) otherwise
 * held a worker for its whole render limit before giving up.
 *
 * Not for: reading the file (pdfpages.c) or rendering (ocr.h:
 * ix_render_page, which refuses by this budget).
 */
#ifndef ZAALT_IX_PAGEIMAGES_H
#define ZAALT_IX_PAGEIMAGES_H

#include <glib.h>
#include <stdbool.h>

/* poppler decodes each image a page draws whole, at 4 bytes a pixel,
 * before scaling it onto the page.  Measured (pdftocairo at 300 dpi, this
 * project's 2-core host): an A3 page scanned at 600 dpi, 70 million
 * pixels, renders in 4 s of CPU and 350 MB; an A1 page at 600 dpi, 278
 * million, in 9 s and 1.17 GB.  Past 500 million pixels in all, the
 * images take about the render's 15 s of CPU (worker.h:
 * IX_OCR_RENDER_CPU_SECONDS) to decode, and one such image alone needs
 * the worker's whole 2 GiB of address space, so the page could not be
 * rendered anyway; a page of several real scans (seven A3 pages at
 * 600 dpi) stays under it and is left to the render limit as before. */
#define IX_RENDER_MAX_IMAGE_PIXELS (500ULL * 1000 * 1000)

typedef struct ix_page_images {
    guint64 pixels;        /* declared pixels of the images drawn, summed (saturating) */
    guint32 width, height; /* the largest of them, as declared */
} ix_page_images;

/* Adds an image declaring `width` × `height` pixels (each clamped to
 * 2^31: a declaration, not an allocation), drawn `times` times. */
void ix_page_images_add(ix_page_images *images, guint64 width, guint64 height, guint64 times);

/* Adds what another set of images holds (a form drawn on the page). */
void ix_page_images_merge(ix_page_images *images, const ix_page_images *more);

/* Why page `number` (1-based) is not rendered ("page 1: an image of
 * 200000×200000 pixels, too large to render"), g_malloc'd; NULL when its
 * images are within IX_RENDER_MAX_IMAGE_PIXELS or unknown (NULL). */
char *ix_page_images_refusal(const ix_page_images *images, int number);

#endif
