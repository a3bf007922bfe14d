/* engine.h — the engine's insides that the files of search/ share: the
 * open index and its analyzer, and small pieces the search, documents and
 * stats have in common.
 *
 * Not for: users of the engine, who see search.h only (zs_engine is opaque
 * there); web/ and cli/ never include this.
 */
#ifndef ZAALT_SEARCH_ENGINE_H
#define ZAALT_SEARCH_ENGINE_H

#include "core/analysis.h"
#include "search/search.h"
#include "shim/zx.h"

struct zs_engine {
    char *dbpath;
    zx_db *db;                 /* the multi-database of the levels it may read */
    zc_context *ctx;           /* borrowed: configuration and analyzer */
    az_analyzer *az;           /* the context's, borrowed; NULL until first used */
    int max_level;             /* the highest level it may read: which reader analyzer */
    const char *const *access; /* levels it may read; NULL: all (static) */
    /* Its parts are the level databases of one local index folder, which
     * never hold one document twice where a query can match both copies
     * (zx_search_opts.parts_disjoint). */
    bool one_folder;
};

/* Whether every database searched holds the glossary's phrases as terms
 * made with this engine's glossary (glossary.h). */
bool zs_engine_phrase_terms(zs_engine *e);

/* A copy of a record's string, NULL for a missing or empty one. */
char *zs_dup_nonempty(const char *s);

/* Frees a facet and its values (zs_results.facets, zs_stats.facets). */
void zs_facet_free(zs_facet *f);

#endif
