/* query.h — the query language: words, "phrases", AND / OR / NOT, -word,
 * ( ), field:value and field:"phrase", parsed by Zaalt itself into a Xapian
 * query whose terms come from the very analysis used at index time.
 *
 * Why not Xapian's QueryParser: on a syntax error it silently re-parses the
 * query as plain words, and its tokenizer does not know provision numbers or
 * case numbers.  Here a malformed query is an error that says what is wrong
 * and where.
 *
 * Not for: filters from the request's parameters (search.c), snippets.
 */
#ifndef ZAALT_QUERY_H
#define ZAALT_QUERY_H

#include "search/analysis.h"
#include "search/zx.h"

#include <glib.h>

/* What the snippet highlighter should look for: folded exact words and
 * stems of every positive query word. */
typedef struct zq_highlight {
    GHashTable *exact;  /* folded word -> NULL */
    GHashTable *stems;  /* stem -> NULL */
} zq_highlight;

zq_highlight *zq_highlight_new(void);
void zq_highlight_free(zq_highlight *h);

/* Parses `text`.  Returns the query (match-all for an empty or all-stopword
 * query), or NULL with ZS_ERROR_SYNTAX set.  `hl` (may be NULL) collects
 * the highlight terms. */
zx_query *zq_parse(az_analyzer *az, const char *text, zq_highlight *hl, GError **error);

/* Terms of one word, exactly as the indexer makes them: the folded word
 * (exact term) and "Z" + its stem.  Both returned g_malloc'd. */
void zq_word_terms(az_analyzer *az, const char *word, int len, char **exact, char **stem);

#endif
