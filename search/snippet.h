/* snippet.h — the passage of a unit's full text that best shows why it
 * matched, with every matching word (inflected forms included) marked.
 * Not for: choosing which units match (query.c). */
#ifndef ZAALT_SNIPPET_H
#define ZAALT_SNIPPET_H

#include "core/analysis.h"
#include "search/query.h"

/* HTML: the text escaped, matches wrapped in <mark>…</mark>, an ellipsis
 * where the passage is cut.  `max_chars` bounds the visible text.  With no
 * match, the opening of the text.  Returns a new string. */
char *zs_snippet(az_analyzer *az, const zq_highlight *hl, const char *text, int max_chars);

/* Marks every match in the whole text (the document viewer).  HTML. */
char *zs_highlight_all(az_analyzer *az, const zq_highlight *hl, const char *text);

#endif
