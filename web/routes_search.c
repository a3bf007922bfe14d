/* routes_search.c — the start page (GET /), the results page (GET /search)
 * and the HTML error page every route uses.
 *
 * A results page is a function of its URL alone: the words (q), the active
 * filters (type=, lang=, … possibly repeated) and the page number.  Every
 * link on it (facet values, chips, pagination) is that URL with one thing
 * changed, built by zw_search_url.
 *
 * Not for: the JSON API (api.c), documents (routes_doc.c).
 */
#include <string.h>

#include "web/html.h"
#include "web/web.h"

/* The filter fields the page accepts, in the order facets are shown. */
static const char *const zw_filter_fields[] = {"type", "lang", "year", "court",
                                               "article", "outcome", "source"};

/* Deep result pages cost the index more and help nobody. */
#define ZW_MAX_PAGE 1000u
/* Facet values shown per field; the rest are reachable by searching. */
#define ZW_FACET_SHOWN 15u

typedef struct zw_search_state {
    const char *q;     /* "" when absent */
    GPtrArray *pairs;  /* const char*: field, value, field, value … (borrowed) */
    unsigned page;     /* 1-based */
} zw_search_state;

static bool zw_is_filter_field(const char *key)
{
    for (gsize i = 0; i < G_N_ELEMENTS(zw_filter_fields); i++)
        if (strcmp(zw_filter_fields[i], key) == 0)
            return true;
    return false;
}

static bool zw_state_has(const zw_search_state *st, const char *field, const char *value)
{
    for (guint i = 0; i + 1 < st->pairs->len; i += 2)
        if (strcmp(g_ptr_array_index(st->pairs, i), field) == 0 &&
            strcmp(g_ptr_array_index(st->pairs, i + 1), value) == 0)
            return true;
    return false;
}

static void zw_state_read(const zw_request *req, zw_search_state *st)
{
    const char *q = zw_param_get(req, "q");
    st->q = q ? q : "";
    st->pairs = g_ptr_array_new();
    for (guint i = 0; i < req->params->len; i++) {
        const zw_param *p = g_ptr_array_index(req->params, i);
        if (zw_is_filter_field(p->key) && p->value[0] != '\0' && !zw_state_has(st, p->key, p->value)) {
            g_ptr_array_add(st->pairs, p->key);
            g_ptr_array_add(st->pairs, p->value);
        }
    }
    guint64 page = 1;
    const char *pg = zw_param_get(req, "page");
    if (pg == NULL || !g_ascii_string_to_unsigned(pg, 10, 1, ZW_MAX_PAGE, &page, NULL))
        page = 1;
    st->page = (unsigned)page;
}

/* "field:value" strings for zs_request.filters, NULL-terminated. */
static char **zw_state_filters(const zw_search_state *st)
{
    GPtrArray *out = g_ptr_array_new();
    for (guint i = 0; i + 1 < st->pairs->len; i += 2)
        g_ptr_array_add(out, g_strdup_printf("%s:%s", (const char *)g_ptr_array_index(st->pairs, i),
                                             (const char *)g_ptr_array_index(st->pairs, i + 1)));
    g_ptr_array_add(out, NULL);
    return (char **)g_ptr_array_free(out, FALSE);
}

/* The state's URL with one filter added (add_field != NULL), one removed
 * (drop = its index in pairs, or -1), on page `page`. */
static char *zw_search_url(const zw_search_state *st, const char *add_field, const char *add_value,
                           int drop, unsigned page)
{
    GString *url = g_string_new("/search");
    if (st->q[0] != '\0')
        zw_url_add(url, "q", st->q);
    for (guint i = 0; i + 1 < st->pairs->len; i += 2)
        if ((int)i != drop)
            zw_url_add(url, g_ptr_array_index(st->pairs, i), g_ptr_array_index(st->pairs, i + 1));
    if (add_field != NULL)
        zw_url_add(url, add_field, add_value);
    if (page > 1) {
        char n[16];
        g_snprintf(n, sizeof n, "%u", page);
        zw_url_add(url, "page", n);
    }
    return g_string_free(url, FALSE);
}

/* ---- pieces of the results page ---- */

static void zw_chips(zw_html *html, const zw_search_state *st)
{
    if (st->pairs->len == 0)
        return;
    zw_html_raw(html, "<ul class=\"chips\" aria-label=\"");
    zw_html_text(html, zw_str(html->ui, ZW_S_ACTIVE_FILTERS));
    zw_html_raw(html, "\">\n");
    for (guint i = 0; i + 1 < st->pairs->len; i += 2) {
        const char *field = g_ptr_array_index(st->pairs, i);
        const char *value = g_ptr_array_index(st->pairs, i + 1);
        char *href = zw_search_url(st, NULL, NULL, (int)i, 1);
        zw_html_raw(html, "<li><a class=\"chip\" href=\"");
        zw_html_text(html, href);
        zw_html_raw(html, "\" title=\"");
        zw_html_text(html, zw_str(html->ui, ZW_S_REMOVE_FILTER));
        zw_html_raw(html, "\">");
        zw_html_text(html, zw_field_name(html->ui, field));
        zw_html_raw(html, ": ");
        zw_html_text(html, zw_field_value(html->ui, field, value));
        zw_html_raw(html, " <span aria-hidden=\"true\">×</span></a></li>\n");
        g_free(href);
    }
    zw_html_raw(html, "</ul>\n");
}

static int zw_pair_index(const zw_search_state *st, const char *field, const char *value)
{
    for (guint i = 0; i + 1 < st->pairs->len; i += 2)
        if (strcmp(g_ptr_array_index(st->pairs, i), field) == 0 &&
            strcmp(g_ptr_array_index(st->pairs, i + 1), value) == 0)
            return (int)i;
    return -1;
}

static const zs_facet *zw_find_facet(const zs_results *results, const char *name)
{
    for (guint i = 0; results->facets && i < results->facets->len; i++) {
        const zs_facet *f = g_ptr_array_index(results->facets, i);
        if (g_strcmp0(f->name, name) == 0)
            return f;
    }
    return NULL;
}

static void zw_facets(zw_html *html, const zw_search_state *st, const zs_results *results)
{
    zw_html_raw(html, "<aside class=\"facets\">\n<h2>");
    zw_html_text(html, zw_str(html->ui, ZW_S_REFINE));
    zw_html_raw(html, "</h2>\n");
    for (gsize k = 0; k < G_N_ELEMENTS(zw_filter_fields); k++) {
        const char *name = zw_filter_fields[k];
        const zs_facet *facet = zw_find_facet(results, name);
        if (facet == NULL || facet->values == NULL || facet->values->len == 0)
            continue;
        /* One source is the common case and says nothing. */
        if (strcmp(name, "source") == 0 && facet->values->len < 2)
            continue;
        zw_html_raw(html, "<section>\n<h3>");
        zw_html_text(html, zw_field_name(html->ui, name));
        zw_html_raw(html, "</h3>\n<ul>\n");
        for (guint i = 0; i < facet->values->len && i < ZW_FACET_SHOWN; i++) {
            const zs_facet_value *v = g_ptr_array_index(facet->values, i);
            if (v->value == NULL || v->value[0] == '\0')
                continue;
            int active = zw_pair_index(st, name, v->value);
            char *href = active >= 0 ? zw_search_url(st, NULL, NULL, active, 1)
                                     : zw_search_url(st, name, v->value, -1, 1);
            zw_html_raw(html, "<li>");
            if (active >= 0) {
                zw_html_raw(html, "<a class=\"chip\" href=\"");
                zw_html_text(html, href);
                zw_html_raw(html, "\" title=\"");
                zw_html_text(html, zw_str(html->ui, ZW_S_REMOVE_FILTER));
                zw_html_raw(html, "\">");
                zw_html_text(html, zw_field_value(html->ui, name, v->value));
                zw_html_raw(html, " <span aria-hidden=\"true\">×</span></a>");
            } else {
                zw_html_link(html, href, zw_field_value(html->ui, name, v->value));
            }
            zw_html_raw(html, " <span class=\"n\">");
            zw_html_textf(html, "%u", v->count);
            zw_html_raw(html, "</span></li>\n");
            g_free(href);
        }
        zw_html_raw(html, "</ul>\n</section>\n");
    }
    zw_html_raw(html, "</aside>\n");
}

static void zw_hit(zw_html *html, const zw_search_state *st, const zs_hit *hit)
{
    zw_ui ui = html->ui;
    GString *href = g_string_new("/doc/");
    g_string_append_uri_escaped(href, hit->id ? hit->id : "", NULL, FALSE);
    if (hit->page > 0)
        g_string_append_printf(href, "#page-%d", hit->page);

    zw_html_raw(html, "<li class=\"hit\">\n<h2>");
    const char *title = hit->title && hit->title[0] ? hit->title : hit->path;
    zw_html_link(html, href->str, title);
    zw_html_raw(html, "</h2>\n<p class=\"meta\">");
    if (hit->type) {
        zw_html_raw(html, "<span>");
        zw_html_text(html, zw_field_value(ui, "type", hit->type));
        zw_html_raw(html, "</span>");
    }
    if (hit->lang) {
        zw_html_raw(html, "<span>");
        zw_html_text(html, zw_field_value(ui, "lang", hit->lang));
        zw_html_raw(html, "</span>");
    }
    if (hit->date) {
        zw_html_raw(html, "<span><time datetime=\"");
        zw_html_text(html, hit->date);
        zw_html_raw(html, "\">");
        zw_html_text(html, hit->date);
        zw_html_raw(html, "</time></span>");
    }
    if (hit->court) {
        zw_html_raw(html, "<span>");
        zw_html_text(html, hit->court);
        zw_html_raw(html, "</span>");
    }
    if (hit->label || hit->provision) {
        zw_html_raw(html, "<span class=\"provision\">");
        zw_html_text(html, hit->label ? hit->label : hit->provision);
        zw_html_raw(html, "</span>");
    }
    if (hit->page > 0) {
        zw_html_raw(html, "<span>");
        zw_html_textf(html, zw_str(ui, ZW_S_PAGE_FMT), hit->page);
        zw_html_raw(html, "</span>");
    }
    zw_html_raw(html, "</p>\n");
    if (hit->snippet && hit->snippet[0]) {
        zw_html_raw(html, "<p class=\"snippet\">");
        zw_html_snippet(html, hit);
        zw_html_raw(html, "</p>\n");
    }
    if (hit->more > 0) {
        /* Opens the document with the words so the viewer lists every
         * matching part. */
        GString *doc = g_string_new("/doc/");
        g_string_append_uri_escaped(doc, hit->doc ? hit->doc : (hit->id ? hit->id : ""), NULL, FALSE);
        if (st->q[0] != '\0')
            zw_url_add(doc, "q", st->q);
        char *more = g_strdup_printf(zw_str(ui, ZW_S_MORE_FMT), hit->more);
        zw_html_raw(html, "<p class=\"more\">");
        zw_html_link(html, doc->str, more);
        zw_html_raw(html, "</p>\n");
        g_free(more);
        g_string_free(doc, TRUE);
    }
    zw_html_raw(html, "</li>\n");
    g_string_free(href, TRUE);
}

static void zw_pagination(zw_html *html, const zw_search_state *st, unsigned total)
{
    unsigned pages = (total + ZW_PAGE_SIZE - 1) / ZW_PAGE_SIZE;
    if (pages > ZW_MAX_PAGE)
        pages = ZW_MAX_PAGE;
    if (pages <= 1 && st->page <= 1)
        return;
    zw_html_raw(html, "<nav class=\"pages\" aria-label=\"");
    zw_html_text(html, zw_str(html->ui, ZW_S_RESULTS_NAV));
    zw_html_raw(html, "\">\n");
    if (st->page > 1) {
        unsigned prev = st->page - 1 < pages ? st->page - 1 : (pages ? pages : 1);
        char *href = zw_search_url(st, NULL, NULL, -1, prev);
        zw_html_raw(html, "<a rel=\"prev\" href=\"");
        zw_html_text(html, href);
        zw_html_raw(html, "\">");
        zw_html_text(html, zw_str(html->ui, ZW_S_PREV));
        zw_html_raw(html, "</a>\n");
        g_free(href);
    }
    zw_html_raw(html, "<span>");
    zw_html_textf(html, zw_str(html->ui, ZW_S_PAGES_FMT), st->page, pages);
    zw_html_raw(html, "</span>\n");
    if (st->page < pages) {
        char *href = zw_search_url(st, NULL, NULL, -1, st->page + 1);
        zw_html_raw(html, "<a rel=\"next\" href=\"");
        zw_html_text(html, href);
        zw_html_raw(html, "\">");
        zw_html_text(html, zw_str(html->ui, ZW_S_NEXT));
        zw_html_raw(html, "</a>\n");
        g_free(href);
    }
    zw_html_raw(html, "</nav>\n");
}

/* ---- routes ---- */

void zw_route_home(zw_request *req, zw_reply *reply)
{
    zw_html *html = zw_page_begin(req, NULL, NULL, NULL);
    zw_ui ui = html->ui;
    zw_html_raw(html, "<h1>");
    zw_html_text(html, zw_str(ui, ZW_S_TAGLINE));
    zw_html_raw(html, "</h1>\n<p class=\"intro\">");
    zw_html_text(html, zw_str(ui, ZW_S_SEARCH_HINT));
    zw_html_raw(html, "</p>\n<ul class=\"chips\">\n");
    static const char *const examples[] = {"хүн худалдаалах", "13.1", "trafficking in persons",
                                           "хөдөлмөрийн мөлжлөг"};
    for (gsize i = 0; i < G_N_ELEMENTS(examples); i++) {
        GString *href = g_string_new("/search");
        zw_url_add(href, "q", examples[i]);
        zw_html_raw(html, "<li><a class=\"chip\" href=\"");
        zw_html_text(html, href->str);
        zw_html_raw(html, "\">");
        zw_html_text(html, examples[i]);
        zw_html_raw(html, "</a></li>\n");
        g_string_free(href, TRUE);
    }
    zw_html_raw(html, "</ul>\n");
    zw_html_end(html);
    zw_reply_bytes(reply, 200, "text/html; charset=utf-8", zw_html_finish(html));
}

void zw_route_search(zw_request *req, zw_reply *reply)
{
    zw_search_state st;
    zw_state_read(req, &st);
    char **filters = zw_state_filters(&st);
    GError *error = NULL;
    zs_results *results = NULL;

    zs_engine *engine = zw_request_engine(req, &error);
    if (engine != NULL) {
        zs_request request = {
            .query = st.q,
            .filters = (const char *const *)filters,
            .offset = (st.page - 1) * ZW_PAGE_SIZE,
            .limit = ZW_PAGE_SIZE,
            .sort = ZS_SORT_RELEVANCE,
        };
        results = zs_search(engine, &request, &error);
    }

    const char *title = st.q[0] ? st.q : zw_str(req->ui, ZW_S_RESULTS_TITLE);
    zw_html *html = zw_page_begin(req, title, st.q, st.pairs);
    zw_ui ui = html->ui;
    unsigned status = 200;

    if (results == NULL) {
        status = zw_status_for_error(error, NULL);
        bool user_error = status == 400;
        zw_html_raw(html, "<div class=\"error\">\n<h1>");
        zw_html_text(html, zw_str(ui, user_error ? ZW_S_BAD_QUERY
                                      : status == 503 ? ZW_S_UNAVAILABLE : ZW_S_INTERNAL));
        zw_html_raw(html, "</h1>\n");
        if (user_error && error != NULL) {
            /* The library's message is written for users (search.h). */
            zw_html_raw(html, "<p class=\"detail\">");
            zw_html_text(html, error->message);
            zw_html_raw(html, "</p>\n");
        }
        zw_html_raw(html, "</div>\n");
        zw_chips(html, &st);
        if (!user_error && error != NULL)
            g_printerr("zaalt: search: %s\n", error->message);
    } else {
        zw_html_raw(html, "<h1>");
        zw_html_text(html, zw_str(ui, ZW_S_RESULTS_TITLE));
        zw_html_raw(html, "</h1>\n<p class=\"count\" role=\"status\">");
        zw_html_textf(html, zw_str(ui, results->total == 1 ? ZW_S_RESULTS_COUNT1_FMT : ZW_S_RESULTS_COUNT_FMT),
                      results->total, results->elapsed_ms);
        zw_html_raw(html, "</p>\n<div class=\"layout\">\n<section class=\"results\">\n");
        zw_chips(html, &st);
        if (results->hits == NULL || results->hits->len == 0) {
            zw_html_raw(html, "<div class=\"none\">\n<p><strong>");
            zw_html_text(html, zw_str(ui, ZW_S_NO_RESULTS));
            zw_html_raw(html, "</strong></p>\n<p>");
            zw_html_text(html, zw_str(ui, ZW_S_NO_RESULTS_HINT));
            zw_html_raw(html, "</p>\n</div>\n");
        } else {
            zw_html_raw(html, "<ol class=\"hits\">\n");
            for (guint i = 0; i < results->hits->len; i++)
                zw_hit(html, &st, g_ptr_array_index(results->hits, i));
            zw_html_raw(html, "</ol>\n");
        }
        zw_pagination(html, &st, results->total);
        zw_html_raw(html, "</section>\n");
        zw_facets(html, &st, results);
        zw_html_raw(html, "</div>\n");
    }
    zw_html_end(html);
    zw_reply_bytes(reply, status, "text/html; charset=utf-8", zw_html_finish(html));

    if (results != NULL)
        zs_results_free(results);
    g_clear_error(&error);
    g_strfreev(filters);
    g_ptr_array_unref(st.pairs);
}

void zw_route_error_page(zw_request *req, zw_reply *reply, unsigned status, const char *detail)
{
    zw_string heading;
    switch (status) {
    case 404: heading = ZW_S_NOT_FOUND; break;
    case 414: heading = ZW_S_TOO_LONG; break;
    case 503: heading = ZW_S_UNAVAILABLE; break;
    case 500: heading = ZW_S_INTERNAL; break;
    default: heading = ZW_S_BAD_REQUEST; break;
    }
    zw_html *html = zw_page_begin(req, zw_str(req->ui, heading), NULL, NULL);
    zw_html_raw(html, "<div class=\"error\">\n<h1>");
    zw_html_text(html, zw_str(html->ui, heading));
    zw_html_raw(html, "</h1>\n");
    if (detail != NULL) {
        zw_html_raw(html, "<p class=\"detail\">");
        zw_html_text(html, detail);
        zw_html_raw(html, "</p>\n");
    }
    zw_html_raw(html, "<p>");
    zw_html_link(html, "/", zw_str(html->ui, ZW_S_BACK_HOME));
    zw_html_raw(html, "</p>\n</div>\n");
    zw_html_end(html);
    zw_reply_bytes(reply, status, "text/html; charset=utf-8", zw_html_finish(html));
}
