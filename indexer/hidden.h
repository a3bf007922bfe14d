/* hidden.h — finding text a PDF page hides under opaque boxes.
 * Not for: deciding whether to keep it (the extractor's keep-covered
 * switch, pdfpage.c). */
#ifndef ZAALT_INDEXER_HIDDEN_H
#define ZAALT_INDEXER_HIDDEN_H

#include <poppler.h>

#include "indexer/pageimages.h"

/* `text` (poppler_page_get_text of `page`) with every character drawn
 * under an opaque dark box made a space, and their number in *n_hidden;
 * NULL (and 0) when the page hides nothing, or, with `error` set
 * (ocr.h: ix_render_page's), when it cannot be rendered, as when the
 * images it draws (`images`, as its file declares them; NULL: not known)
 * are too large to render. */
char *ix_hide_covered_text(PopplerPage *page, const ix_page_images *images, const char *text, guint *n_hidden,
                           GError **error);

#endif
