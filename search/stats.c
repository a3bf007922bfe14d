/* stats.c — what `zaalt stats` and the server's stats report: documents
 * and units, the facets over everything, the files that failed, the last
 * index run, whether queries may ask for glossary phrases as terms, and
 * which corpus-config folder was read.
 *
 * Not for: rendering them (json.c).
 */
#include "search/search.h"

#include "core/context.h"
#include "core/schema.h"
#include "search/engine.h"
#include "shim/zx.h"

#include <string.h>

/* Failure records are "reason<TAB>size<TAB>mtime". */
static void
collect_failure(const char *key, const char *value, void *user)
{
    const char *tab = strchr(value, '\t');
    int n = tab ? (int)(tab - value) : (int)strlen(value);
    g_ptr_array_add(user, g_strdup_printf("%s\t%.*s", key + strlen(ZS_META_FAIL_PREFIX), n, value));
}

zs_stats *
zs_get_stats(zs_engine *e, GError **error)
{
    /* Everything the index holds, repealed law too: a law repealed as a
     * whole is still a document of the index. */
    static const char *const every_status[] = {"status:any", NULL};
    zs_request req = {.query = "", .limit = 1, .no_snippets = true, .filters = every_status};
    zs_results *all = zs_search(e, &req, error);
    if (!all)
        return NULL;
    zs_stats *s = g_new0(zs_stats, 1);
    s->documents = all->total;
    s->units = zs_units_in(e->db);
    s->facets = g_ptr_array_new_with_free_func((GDestroyNotify)zs_facet_free);
    for (guint i = 0; i < all->facets->len; i++) {
        zs_facet *f = all->facets->pdata[i];
        all->facets->pdata[i] = NULL;
        g_ptr_array_add(s->facets, f);
    }
    g_ptr_array_set_free_func(all->facets, NULL);
    zs_results_free(all);
    s->failures = g_ptr_array_new_with_free_func(g_free);
    zx_db_metadata_each(e->db, ZS_META_FAIL_PREFIX, collect_failure, s->failures, NULL);
    s->last_run = zx_db_get_metadata(e->db, ZS_META_STATS);
    s->phrase_terms = zs_engine_phrase_terms(e);
    s->config_dir = g_strdup(zc_context_dir(zs_engine_context(e)));
    return s;
}

void
zs_stats_free(zs_stats *s)
{
    if (!s)
        return;
    g_ptr_array_free(s->facets, TRUE);
    g_ptr_array_free(s->failures, TRUE);
    g_free(s->last_run);
    g_free(s->config_dir);
    g_free(s);
}
