/* textdoc.h — the small marked-up text format the demo corpus is written
 * in, read by tools/mkpdf.c (text PDFs) and tools/mkscan.c (image-only
 * "scanned" PDFs): %title / %author / %subject / %date header lines, %page,
 * %% comments, "# " and "## " headings, paragraphs between blank lines.
 * Not for: drawing (each tool lays pages out its own way). */
#ifndef ZAALT_TEXTDOC_H
#define ZAALT_TEXTDOC_H

#include <glib.h>

typedef enum { TD_PARA, TD_HEAD1, TD_HEAD2, TD_PAGE } td_kind;

typedef struct {
    td_kind kind;
    char *text; /* NULL for TD_PAGE */
} td_block;

typedef struct {
    char *title, *author, *subject, *date; /* date already ISO 8601 */
    GPtrArray *blocks;                     /* of td_block*, owned */
} td_doc;

/* Parses `text` into `doc` (zeroed by the caller).  FALSE with `error` on
 * an unknown or misplaced directive or a bad %date. */
gboolean td_parse(const char *text, td_doc *doc, GError **error);
void td_doc_clear(td_doc *doc);

#endif
