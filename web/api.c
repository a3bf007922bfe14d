/* api.c — the JSON API for programs: GET /api/search (the same JSON the
 * command line prints, zs_results_to_json), /api/facets (the facets of a
 * query without its hits) and /api/suggest (completion of titles and
 * provision numbers).  Errors are JSON too:
 * {"error": {"code": "syntax", "message": "…"}} with 400 (syntax, filter,
 * bad_request), 404 (not_found) or 503 (db).  docs/API.md is the manual.
 *
 * Not for: /api/doc (routes_doc.c shares the viewer's lookup),
 * /api/provision (routes_provision.c), HTML.
 */
#include <string.h>

#include <json-glib/json-glib.h>

#include "search/suggest.h"
#include "web/export.h"
#include "web/results.h"
#include "web/web.h"

/* Programs page through results; a bound keeps one request cheap. */
#define ZW_API_MAX_LIMIT  100u
#define ZW_API_MAX_OFFSET 100000u
#define ZW_SUGGEST_MAX    20u

/* Parses an optional unsigned parameter; false (and an error reply) when it
 * is present but not a number in [min, max]. */
static bool
zw_api_unsigned(zw_request *req, zw_reply *reply, const char *key, guint64 min, guint64 max, unsigned *out)
{
    const char *s = zw_param_get(req, key);
    if (s == NULL || s[0] == '\0')
        return true;
    guint64 n;
    if (!g_ascii_string_to_unsigned(s, 10, min, max, &n, NULL)) {
        char *msg = g_strdup_printf("%s must be a whole number from %" G_GUINT64_FORMAT " to %" G_GUINT64_FORMAT, key,
                                    min, max);
        zw_reply_json_error(reply, 400, "bad_request", msg);
        g_free(msg);
        return false;
    }
    *out = (unsigned)n;
    return true;
}

static void
zw_api_search_error(zw_reply *reply, GError *error, const char *what)
{
    const char *code;
    unsigned status = zw_status_for_error(error, &code);
    if (status >= 500 && error != NULL)
        g_printerr("zaalt: api %s: %s\n", what, error->message);
    zw_reply_json_error(reply, status, code, error ? error->message : "search failed");
}

/* Runs the request's search (q, filters, sort, within) with `limit` and
 * `offset`; NULL after answering the error itself. */
static zs_results *
zw_api_run(zw_request *req, zw_reply *reply, unsigned offset, unsigned limit, bool snippets, const char *what,
           bool no_facets)
{
    zs_sort sort;
    if (!zw_parse_sort(zw_param_get(req, "sort"), &sort)) {
        zw_reply_json_error(reply, 400, "bad_request", "sort must be relevance, newest or oldest");
        return NULL;
    }
    const char *within = zw_param_get(req, "within");
    if (within != NULL && within[0] == '\0')
        within = NULL;
    if (within != NULL && !zw_id_is_plausible(within)) {
        zw_reply_json_error(reply, 400, "bad_request", "within must be a document id");
        return NULL;
    }
    char **filters = zw_request_filters(req);
    GError *error = NULL;
    zs_results *results = NULL;
    zs_engine *engine = zw_request_engine(req, &error);
    if (engine != NULL) {
        const char *q = zw_param_get(req, "q");
        zs_request request = {
            .query = q ? q : "",
            .filters = (const char *const *)filters,
            .offset = offset,
            .limit = limit,
            .sort = sort,
            .within_doc = within,
            .no_snippets = !snippets,
            .access = req->access,
            .no_facets = no_facets,
            .as_typed = zw_param_as_typed(req),
        };
        results = zs_search(engine, &request, &error);
    }
    if (results != NULL)
        zw_request_shown_hits(req, results);
    if (results == NULL)
        zw_api_search_error(reply, error, what);
    g_clear_error(&error);
    g_strfreev(filters);
    return results;
}

void
zw_route_api_search(zw_request *req, zw_reply *reply)
{
    /* format=csv|ris: the hits to take away (web/export.c), up to 1,000,
     * all of them by default; the same search, under the same access. */
    zw_export_format format = ZW_EXPORT_JSON;
    const char *format_name = zw_param_get(req, "format");
    if (format_name && *format_name && !zw_export_format_read(format_name, &format)) {
        zw_reply_json_error(reply, 400, "bad_request", "format must be json, csv or ris");
        return;
    }
    bool export = format != ZW_EXPORT_JSON;
    unsigned limit = export ? ZW_EXPORT_MAX : ZW_PAGE_SIZE, offset = 0;
    if (!zw_api_unsigned(req, reply, "limit", 0, export ? ZW_EXPORT_MAX : ZW_API_MAX_LIMIT, &limit) ||
        !zw_api_unsigned(req, reply, "offset", 0, ZW_API_MAX_OFFSET, &offset))
        return;
    if (export) {
        zs_results *results = zw_api_run(req, reply, offset, limit ? limit : 1, false, "export", true);
        if (results == NULL)
            return;
        if (limit == 0)
            g_ptr_array_set_size(results->hits, 0);
        char *body = zw_export(results, format, "");
        zw_reply_bytes(reply, 200, zw_export_media_type(format), g_bytes_new_take(body, strlen(body)));
        zs_results_free(results);
        return;
    }
    /* limit=0: the total and facets only, like `zaalt search --limit 0`. */
    zs_results *results = zw_api_run(req, reply, offset, limit ? limit : 1, limit > 0, "search", false);
    if (results == NULL)
        return;
    if (limit == 0)
        g_ptr_array_set_size(results->hits, 0);
    zw_reply_json(reply, 200, zs_results_to_json(results, false));
    zs_results_free(results);
}

void
zw_route_api_facets(zw_request *req, zw_reply *reply)
{
    zs_results *results = zw_api_run(req, reply, 0, 1, false, "facets", false);
    if (results == NULL)
        return;
    zw_reply_json(reply, 200, zs_facets_to_json(results, false));
    zs_results_free(results);
}

void
zw_route_api_suggest(zw_request *req, zw_reply *reply)
{
    unsigned limit = 8;
    if (!zw_api_unsigned(req, reply, "limit", 1, ZW_SUGGEST_MAX, &limit))
        return;
    const char *q = zw_param_get(req, "q");
    if (q == NULL || g_utf8_strlen(q, -1) > 100) {
        zw_reply_json_error(reply, 400, "bad_request", "q (at most 100 characters) is required");
        return;
    }
    GError *error = NULL;
    zs_engine *engine = zw_request_engine(req, &error);
    if (engine == NULL) {
        zw_api_search_error(reply, error, "suggest");
        g_clear_error(&error);
        return;
    }
    GPtrArray *found = zs_suggest(engine, q, req->access, limit);
    JsonBuilder *b = json_builder_new();
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "query");
    json_builder_add_string_value(b, q);
    json_builder_set_member_name(b, "suggestions");
    json_builder_begin_array(b);
    for (guint i = 0; found && i < found->len; i++) {
        const zs_suggestion *s = g_ptr_array_index(found, i);
        json_builder_begin_object(b);
        json_builder_set_member_name(b, "value");
        json_builder_add_string_value(b, s->value);
        json_builder_set_member_name(b, "kind");
        json_builder_add_string_value(b, s->kind);
        json_builder_set_member_name(b, "label");
        if (s->label != NULL)
            json_builder_add_string_value(b, s->label);
        else
            json_builder_add_null_value(b);
        json_builder_set_member_name(b, "doc");
        if (s->doc != NULL)
            json_builder_add_string_value(b, s->doc);
        else
            json_builder_add_null_value(b);
        json_builder_end_object(b);
    }
    json_builder_end_array(b);
    json_builder_end_object(b);
    zw_reply_json_builder(reply, 200, b);
    if (found != NULL)
        g_ptr_array_unref(found);
}
