/* api.c — GET /api/search: the same JSON the command line prints
 * (zs_results_to_json), for programs.  Errors are JSON too:
 * {"error": {"code": "syntax", "message": "…"}} with 400 (syntax, filter,
 * bad_request), 404 (not_found) or 503 (db).
 *
 * Not for: /api/doc (routes_doc.c shares the viewer's lookup), HTML.
 */
#include <string.h>

#include "web/web.h"

/* Programs page through results; a bound keeps one request cheap. */
#define ZW_API_MAX_LIMIT 100u
#define ZW_API_MAX_OFFSET 100000u

static const char *const zw_api_filter_fields[] = {"type", "lang", "year", "court",
                                                   "article", "outcome", "source"};

/* Parses an optional unsigned parameter; false (and an error reply) when it
 * is present but not a number in [min, max]. */
static bool zw_api_unsigned(zw_request *req, zw_reply *reply, const char *key, guint64 min,
                            guint64 max, unsigned *out)
{
    const char *s = zw_param_get(req, key);
    if (s == NULL || s[0] == '\0')
        return true;
    guint64 n;
    if (!g_ascii_string_to_unsigned(s, 10, min, max, &n, NULL)) {
        char *msg = g_strdup_printf("%s must be a whole number from %" G_GUINT64_FORMAT
                                    " to %" G_GUINT64_FORMAT, key, min, max);
        zw_reply_json_error(reply, 400, "bad_request", msg);
        g_free(msg);
        return false;
    }
    *out = (unsigned)n;
    return true;
}

void zw_route_api_search(zw_request *req, zw_reply *reply)
{
    unsigned limit = ZW_PAGE_SIZE, offset = 0;
    if (!zw_api_unsigned(req, reply, "limit", 1, ZW_API_MAX_LIMIT, &limit) ||
        !zw_api_unsigned(req, reply, "offset", 0, ZW_API_MAX_OFFSET, &offset))
        return;

    GPtrArray *filters = g_ptr_array_new_with_free_func(g_free);
    for (guint i = 0; i < req->params->len; i++) {
        const zw_param *p = g_ptr_array_index(req->params, i);
        if (p->value[0] == '\0')
            continue;
        for (gsize k = 0; k < G_N_ELEMENTS(zw_api_filter_fields); k++)
            if (strcmp(p->key, zw_api_filter_fields[k]) == 0)
                g_ptr_array_add(filters, g_strdup_printf("%s:%s", p->key, p->value));
    }
    g_ptr_array_add(filters, NULL);

    GError *error = NULL;
    zs_results *results = NULL;
    zs_engine *engine = zw_request_engine(req, &error);
    if (engine != NULL) {
        const char *q = zw_param_get(req, "q");
        zs_request request = {
            .query = q ? q : "",
            .filters = (const char *const *)filters->pdata,
            .offset = offset,
            .limit = limit,
            .sort = ZS_SORT_RELEVANCE,
        };
        results = zs_search(engine, &request, &error);
    }
    if (results != NULL) {
        zw_reply_json(reply, 200, zs_results_to_json(results, false));
        zs_results_free(results);
    } else {
        const char *code;
        unsigned status = zw_status_for_error(error, &code);
        if (status >= 500 && error != NULL)
            g_printerr("zaalt: api search: %s\n", error->message);
        zw_reply_json_error(reply, status, code, error ? error->message : "search failed");
        g_clear_error(&error);
    }
    g_ptr_array_unref(filters);
}
