/* pdfcontent.h — what the covered-text fast path's two halves share:
 * reading a content stream's operators (pdfshapes.c) for the page walk
 * (pdfpages.c).  Internal to the indexer's PDF handling.
 * Not for: anything outside indexer/pdf*.c. */
#ifndef ZAALT_INDEXER_PDFCONTENT_H
#define ZAALT_INDEXER_PDFCONTENT_H

#include <glib.h>
#include <stdbool.h>
#include <stddef.h>

#include "indexer/pageimages.h"

/* Whether the content stream [p, p+len) paints something that may hide
 * text (pdfshapes.c says what); `form`: a form XObject (its placement's
 * scale unknown); *scale: the transformation's stretch it starts with,
 * and the one it leaves; the names it draws with Do go to `used` (g_free'd
 * strings) unless NULL.  With `images`, the declared sizes of its inline
 * images (BI /W /H … ID … EI) are added to it, and it reads to the end
 * (every name drawn, every inline image) rather than stopping at the first
 * paint that may hide text: the verdict is the same. */
bool ix_shapes_scan_content(const char *p, size_t len, bool form, double *scale, GPtrArray *used,
                            ix_page_images *images);

/* Inflates FlateDecode data; NULL when it is not whole or too big. */
GByteArray *ix_shapes_inflate(const char *data, size_t len);

/* memmem over [p, end) (binary data holds NUL bytes); NULL when absent. */
const char *ix_shapes_find(const char *p, const char *end, const char *needle);

/* Whether an annotation (or XObject) subtype, without its slash, draws. */
bool ix_shapes_drawing_subtype(const char *name);

#endif
