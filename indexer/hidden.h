/* hidden.h — finding text a PDF page hides under opaque boxes.
 * Not for: deciding whether to keep it (the extractor's keep-covered
 * switch, pdfpage.c). */
#ifndef ZAALT_INDEXER_HIDDEN_H
#define ZAALT_INDEXER_HIDDEN_H

#include <poppler.h>

/* `text` (poppler_page_get_text of `page`) with every character drawn
 * under an opaque dark box made a space, and their number in *n_hidden;
 * NULL (and 0) when the page hides nothing or cannot be rendered. */
char *ix_hide_covered_text(PopplerPage *page, const char *text, guint *n_hidden);

#endif
