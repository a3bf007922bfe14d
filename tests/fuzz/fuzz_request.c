/* fuzz_request.c — libFuzzer target: what an HTTP request hands the search
 * library.  The input is split at NUL bytes into a query, filters
 * ("field:value", ranges) and a document id, with paging and sorting taken
 * from its first bytes, and run against a small real index (built once, in a
 * temporary folder, from tests/data/corpus): search, facets, snippets,
 * suggestions, document lookups and JSON must never crash, hang or leak,
 * whatever the request. */
#include "tests/unit/test_context.h"
#include "indexer/run.h"
#include "core/context.h"
#include "search/search.h"

#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static zs_engine *engine;

static zs_engine *
open_engine(void)
{
    char *dir = g_dir_make_tmp("zaalt-fuzz-XXXXXX", NULL);
    char *db = g_build_filename(dir, "db", NULL);
    ix_source *src = ix_source_for_path("tests/data/corpus", NULL, NULL);
    GPtrArray *sources = g_ptr_array_new();
    g_ptr_array_add(sources, src);
    ix_options opts = {.ctx = test_context(), .db = db, .sources = sources, .jobs = 1, .no_ocr = true};
    ix_summary sum;
    if (!ix_run(&opts, &sum, NULL))
        abort();
    ix_summary_clear(&sum);
    g_ptr_array_free(sources, TRUE);
    ix_source_free(src);
    zs_engine *e = zs_engine_open(test_context(), db, NULL);
    if (!e)
        abort();
    g_free(db);
    g_free(dir);
    return e;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3 || size > 4096)
        return 0;
    if (!engine)
        engine = open_engine();
    unsigned offset = data[0] % 40, limit = data[1] % 30;
    zs_sort sort = (zs_sort)(data[2] % 3);
    char *rest = g_strndup((const char *)data + 3, size - 3);
    gsize n = size - 3;
    /* NUL-separated parts: query, filters..., last one a document id. */
    GPtrArray *parts = g_ptr_array_new();
    for (gsize i = 0, start = 0; i <= n; i++)
        if (i == n || rest[i] == '\0') {
            g_ptr_array_add(parts, rest + start);
            start = i + 1;
        }
    const char *query = parts->pdata[0];
    GPtrArray *filters = g_ptr_array_new();
    for (guint i = 1; i + 1 < parts->len && filters->len < 8; i++)
        g_ptr_array_add(filters, parts->pdata[i]);
    g_ptr_array_add(filters, NULL);
    static const char *const anon[] = {"public", NULL};
    zs_request req = {.query = query,
                      .filters = (const char *const *)filters->pdata,
                      .offset = offset,
                      .limit = limit,
                      .sort = sort,
                      .access = (data[0] & 1) ? anon : NULL,
                      .no_synonyms = data[1] & 1};
    GError *err = NULL;
    zs_results *r = zs_search(engine, &req, &err);
    if (r) {
        char *json = zs_results_to_json(r, data[2] & 1);
        g_free(json);
        zs_results_free(r);
    }
    g_clear_error(&err);
    const char *id = parts->len > 1 ? parts->pdata[parts->len - 1] : query;
    zs_document *d = zs_get_document_as(engine, id, req.access, &err);
    if (d) {
        char *json = zs_document_to_json(d, false);
        g_free(json);
        zs_document_free(d);
    }
    g_clear_error(&err);
    g_ptr_array_free(filters, TRUE);
    g_ptr_array_free(parts, TRUE);
    g_free(rest);
    return 0;
}
