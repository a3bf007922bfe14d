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

/* Up to `max_n` passages of about `max_chars` visible characters, best
 * first (the first is the one zs_snippet would choose, give or take its
 * context), no two sharing a word; each HTML as zs_snippet's.  Empty when no
 * word matches.  A new array of new strings. */
GPtrArray *zs_passages(az_analyzer *az, const zq_highlight *hl, const char *text, int max_chars, guint max_n);

/* Marks every match in the whole text (the document viewer).  HTML. */
char *zs_highlight_all(az_analyzer *az, const zq_highlight *hl, const char *text);

#endif
