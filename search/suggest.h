/* suggest.h — completion for the search box: provision numbers ("13.1" for
 * "13.") and document titles (by the start of any of their words), drawn
 * only from documents the searcher may see.
 *
 * Not for: "did you mean" spelling corrections (zs_results.suggestion), or
 * ranking: completions are few and listed in a fixed, predictable order.
 */
#ifndef ZAALT_SUGGEST_H
#define ZAALT_SUGGEST_H

#include <glib.h>

#include "search/search.h"

typedef struct zs_suggestion {
    char *value; /* what the search box should hold: "13.1", or a title */
    char *kind;  /* "provision" or "title" */
    char *label; /* a provision's label ("13.1 дүгээр зүйл. Хүн худалдаалах"), NULL for titles */
    char *doc;   /* the document the value came from (a code, for a provision) */
} zs_suggestion;

void zs_suggestion_free(zs_suggestion *s);

/* At most `limit` completions of `prefix` (surrounding blanks ignored; case
 * and Unicode form do not matter).  A prefix starting with a digit
 * completes provision keys, in numeric order (13.1, 13.2, 13.10); any
 * prefix also completes titles in which some word starts with it, titles
 * that start with it first, then alphabetically.
 *
 * `access` (NULL-terminated levels, NULL: all) bounds what is consulted:
 * every value comes from a search restricted to those levels, so a
 * restricted document's title or provision never reaches a public user.
 *
 * Returns a GPtrArray of zs_suggestion* that frees its elements; empty, not
 * NULL, when nothing matches or the index cannot be read. */
GPtrArray *zs_suggest(zs_engine *engine, const char *prefix, const char *const *access, unsigned limit);

#endif
