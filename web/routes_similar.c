/* routes_similar.c — similar documents (search/similar.h): GET
 * /api/similar/DOCID (the search JSON, one hit per document) and the
 * viewer's "Similar" panel, both under the reader's access levels.
 *
 * Not for: the viewer itself (routes_doc.c), citations ("cited by").
 */
#include "web/similar.h"

#include "search/similar.h"

#define ZW_SIMILAR_MAX   50u
#define ZW_SIMILAR_PANEL 5u

void
zw_route_api_similar(zw_request *req, zw_reply *reply, const char *id)
{
    if (!zw_id_is_plausible(id)) {
        zw_reply_json_error(reply, 404, "not_found", "no such document");
        return;
    }
    unsigned limit = ZW_PAGE_SIZE;
    const char *s = zw_param_get(req, "limit");
    guint64 n = 0;
    if (s != NULL && *s) {
        if (!g_ascii_string_to_unsigned(s, 10, 1, ZW_SIMILAR_MAX, &n, NULL)) {
            zw_reply_json_error(reply, 400, "bad_request", "limit must be a whole number from 1 to 50");
            return;
        }
        limit = (unsigned)n;
    }
    GError *error = NULL;
    zs_engine *engine = zw_request_engine(req, &error);
    zs_results *results = engine ? zs_similar(engine, id, req->access, limit, &error) : NULL;
    if (results == NULL) {
        const char *code;
        unsigned status = zw_status_for_error(error, &code);
        zw_reply_json_error(reply, status, code, error ? error->message : "failed");
        g_clear_error(&error);
        return;
    }
    zw_reply_json(reply, 200, zs_results_to_json(results, false));
    zs_results_free(results);
}

void
zw_similar_panel(zw_html *html, zw_request *req, const char *doc_id)
{
    GError *error = NULL;
    zs_engine *engine = zw_request_engine(req, &error);
    zs_results *results = engine ? zs_similar(engine, doc_id, req->access, ZW_SIMILAR_PANEL, &error) : NULL;
    g_clear_error(&error);
    if (results == NULL || results->hits->len == 0) {
        if (results)
            zs_results_free(results);
        return;
    }
    zw_html_raw(html, "<section class=\"panel similar\" aria-labelledby=\"similar-h\">\n<h2 id=\"similar-h\">");
    zw_html_text(html, zw_str(html->ui, ZW_S_SIMILAR));
    zw_html_raw(html, "</h2>\n<ul class=\"links\">\n");
    for (guint i = 0; i < results->hits->len; i++) {
        const zs_hit *h = results->hits->pdata[i];
        GString *href = g_string_new("/doc/");
        g_string_append_uri_escaped(href, h->id ? h->id : "", NULL, FALSE);
        zw_html_raw(html, "<li>");
        zw_html_link(html, href->str, h->title && *h->title ? h->title : h->id);
        if (h->date) {
            zw_html_raw(html, " <span class=\"meta\">");
            zw_html_time(html, h->date);
            zw_html_raw(html, "</span>");
        }
        zw_html_raw(html, "</li>\n");
        g_string_free(href, TRUE);
    }
    zw_html_raw(html, "</ul>\n</section>\n");
    zs_results_free(results);
}
