/* similar.h — "similar documents": what shares a document's distinctive
 * words (Xapian's relevance feedback over its units) and, for a decision,
 * the provisions it applies; never the document itself; under the reader's
 * access levels like any search.
 *
 * Not for: the citation graph (citations.h), ranking in general (search.c).
 */
#ifndef ZAALT_SIMILAR_H
#define ZAALT_SIMILAR_H

#include "search/search.h"

/* Distinctive words asked for. */
#define ZS_SIMILAR_TERMS 24

/* The documents most like document `id` (a document or unit id), as a
 * search's results (one hit per document, snippets, no facets), at most
 * `limit`.  ZS_ERROR_NOT_FOUND when `id` is not a document the access
 * levels let the reader see (NULL: all).  `query` in the results is the
 * query that was run. */
zs_results *zs_similar(zs_engine *engine, const char *id, const char *const *access, unsigned limit, GError **error);

#endif
