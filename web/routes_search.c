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

#include "core/schema.h"
#include "web/cite.h"
#include "web/html.h"
#include "web/web.h"

/* Facets in the order a reader scans them; any other facet the search
 * library returns follows, in its order. */
static const char *const zw_facet_order[] = {"type", "lang", "level", "court", "year", "article", "outcome", "source"};

/* Facet values shown per field; the rest are reachable by searching. */
#define ZW_FACET_SHOWN 15u

typedef struct zw_search_state {
    const char *q;    /* "" when absent */
    GPtrArray *pairs; /* char*: field, value, field, value … (owned) */
    unsigned page;    /* 1-based */
    zs_sort sort;
} zw_search_state;

/* A parameter name that filters: a field of the schema with a facet slot
 * (type, lang, year, court, article, outcome, source, and whatever the
 * schema adds), or the date range. */
static bool
zw_is_filter_field(const char *key)
{
    if (strcmp(key, "date") == 0 || strcmp(key, "inforce") == 0)
        return true;
    const zs_field *f = zs_field_lookup(key);
    return f != NULL && f->slot >= 0;
}

bool
zw_parse_sort(const char *value, zs_sort *out)
{
    if (value == NULL || value[0] == '\0' || strcmp(value, "relevance") == 0)
        *out = ZS_SORT_RELEVANCE;
    else if (strcmp(value, "newest") == 0)
        *out = ZS_SORT_DATE_DESC;
    else if (strcmp(value, "oldest") == 0)
        *out = ZS_SORT_DATE_ASC;
    else
        return false;
    return true;
}

static const char *
zw_sort_name(zs_sort sort)
{
    return sort == ZS_SORT_DATE_DESC ? "newest" : sort == ZS_SORT_DATE_ASC ? "oldest" : "relevance";
}

static bool
zw_state_has(const zw_search_state *st, const char *field, const char *value)
{
    for (guint i = 0; i + 1 < st->pairs->len; i += 2)
        if (strcmp(g_ptr_array_index(st->pairs, i), field) == 0 &&
            strcmp(g_ptr_array_index(st->pairs, i + 1), value) == 0)
            return true;
    return false;
}

static void
zw_state_add(zw_search_state *st, const char *field, const char *value)
{
    if (value[0] == '\0' || zw_state_has(st, field, value))
        return;
    g_ptr_array_add(st->pairs, g_strdup(field));
    g_ptr_array_add(st->pairs, g_strdup(value));
}

/* The range form's two boxes (year_from/year_to, date_from/date_to) become
 * one canonical filter, year=2020..2024, so links carry one parameter. */
static void
zw_state_range(zw_search_state *st, const zw_request *req, const char *field)
{
    char *from_key = g_strdup_printf("%s_from", field);
    char *to_key = g_strdup_printf("%s_to", field);
    const char *from = zw_param_get(req, from_key);
    const char *to = zw_param_get(req, to_key);
    char *lo = g_strstrip(g_strdup(from ? from : ""));
    char *hi = g_strstrip(g_strdup(to ? to : ""));
    if (lo[0] != '\0' || hi[0] != '\0') {
        char *range =
            strcmp(lo, hi) == 0 && strcmp(field, "year") == 0 ? g_strdup(lo) : g_strdup_printf("%s..%s", lo, hi);
        zw_state_add(st, field, range);
        g_free(range);
    }
    g_free(lo);
    g_free(hi);
    g_free(from_key);
    g_free(to_key);
}

static void
zw_state_read(const zw_request *req, zw_search_state *st)
{
    const char *q = zw_param_get(req, "q");
    st->q = q ? q : "";
    st->pairs = g_ptr_array_new_with_free_func(g_free);
    for (guint i = 0; i < req->params->len; i++) {
        const zw_param *p = g_ptr_array_index(req->params, i);
        if (zw_is_filter_field(p->key))
            zw_state_add(st, p->key, p->value);
    }
    zw_state_range(st, req, "year");
    zw_state_range(st, req, "date");
    guint64 page = 1;
    const char *pg = zw_param_get(req, "page");
    if (pg == NULL || !g_ascii_string_to_unsigned(pg, 10, 1, ZW_MAX_PAGE, &page, NULL))
        page = 1;
    st->page = (unsigned)page;
    if (!zw_parse_sort(zw_param_get(req, "sort"), &st->sort))
        st->sort = ZS_SORT_RELEVANCE;
}

/* "field:value" strings for zs_request.filters, NULL-terminated. */
static char **
zw_state_filters(const zw_search_state *st)
{
    GPtrArray *out = g_ptr_array_new();
    for (guint i = 0; i + 1 < st->pairs->len; i += 2)
        g_ptr_array_add(out, g_strdup_printf("%s:%s", (const char *)g_ptr_array_index(st->pairs, i),
                                             (const char *)g_ptr_array_index(st->pairs, i + 1)));
    g_ptr_array_add(out, NULL);
    return (char **)g_ptr_array_free(out, FALSE);
}

char **
zw_request_filters(const zw_request *req)
{
    zw_search_state st;
    zw_state_read(req, &st);
    char **filters = zw_state_filters(&st);
    g_ptr_array_unref(st.pairs);
    return filters;
}

/* The state's URL with one filter added (add_field != NULL), one removed
 * (drop = its index in pairs, -1: none, -2: all), on page `page`, with
 * the words `q`. */
static char *
zw_search_url_q(const zw_search_state *st, const char *q, const char *add_field, const char *add_value, int drop,
                unsigned page)
{
    GString *url = g_string_new("/search");
    if (q[0] != '\0')
        zw_url_add(url, "q", q);
    for (guint i = 0; drop != -2 && i + 1 < st->pairs->len; i += 2)
        if ((int)i != drop)
            zw_url_add(url, g_ptr_array_index(st->pairs, i), g_ptr_array_index(st->pairs, i + 1));
    if (add_field != NULL)
        zw_url_add(url, add_field, add_value);
    if (st->sort != ZS_SORT_RELEVANCE)
        zw_url_add(url, "sort", zw_sort_name(st->sort));
    if (page > 1) {
        char n[16];
        g_snprintf(n, sizeof n, "%u", page);
        zw_url_add(url, "page", n);
    }
    return g_string_free(url, FALSE);
}

static char *
zw_search_url(const zw_search_state *st, const char *add_field, const char *add_value, int drop, unsigned page)
{
    return zw_search_url_q(st, st->q, add_field, add_value, drop, page);
}

/* Hidden inputs carrying the words and filters (minus those named in
 * `except`, NULL-terminated) into a form that changes something else. */
static void
zw_hidden_state(zw_html *html, const zw_search_state *st, const char *const *except, bool with_sort)
{
    if (st->q[0] != '\0') {
        zw_html_raw(html, "<input type=\"hidden\" name=\"q\" value=\"");
        zw_html_text(html, st->q);
        zw_html_raw(html, "\">\n");
    }
    for (guint i = 0; i + 1 < st->pairs->len; i += 2) {
        const char *field = g_ptr_array_index(st->pairs, i);
        bool skip = false;
        for (const char *const *e = except; e && *e; e++)
            skip = skip || strcmp(*e, field) == 0;
        if (skip)
            continue;
        zw_html_raw(html, "<input type=\"hidden\" name=\"");
        zw_html_text(html, field);
        zw_html_raw(html, "\" value=\"");
        zw_html_text(html, g_ptr_array_index(st->pairs, i + 1));
        zw_html_raw(html, "\">\n");
    }
    if (with_sort && st->sort != ZS_SORT_RELEVANCE) {
        zw_html_raw(html, "<input type=\"hidden\" name=\"sort\" value=\"");
        zw_html_text(html, zw_sort_name(st->sort));
        zw_html_raw(html, "\">\n");
    }
}

/* ---- pieces of the results page ---- */

/* The display form of an active filter's value: a range reads 2020–2024. */
static char *
zw_filter_display(zw_ui ui, const char *field, const char *value)
{
    const char *dots = strstr(value, "..");
    if (dots != NULL) {
        char *lo = g_strndup(value, dots - value);
        char *out = g_strdup_printf("%s–%s", lo, dots + 2);
        g_free(lo);
        return out;
    }
    return g_strdup(zw_field_value(ui, field, value));
}

static void
zw_chips(zw_html *html, const zw_search_state *st)
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
        char *shown = zw_filter_display(html->ui, field, value);
        zw_html_raw(html, "<li><a class=\"chip\" data-field=\"");
        zw_html_text(html, field);
        zw_html_raw(html, "\" href=\"");
        zw_html_text(html, href);
        zw_html_raw(html, "\" title=\"");
        zw_html_text(html, zw_str(html->ui, ZW_S_REMOVE_FILTER));
        zw_html_raw(html, "\">");
        zw_html_text(html, zw_field_name(html->ui, field));
        zw_html_raw(html, ": ");
        zw_html_text(html, shown);
        zw_html_raw(html, " <span aria-hidden=\"true\">×</span><span class=\"visually-hidden\"> (");
        zw_html_text(html, zw_str(html->ui, ZW_S_REMOVE_FILTER));
        zw_html_raw(html, ")</span></a></li>\n");
        g_free(shown);
        g_free(href);
    }
    if (st->pairs->len > 2) {
        char *href = zw_search_url(st, NULL, NULL, -2, 1);
        zw_html_raw(html, "<li class=\"clear\">");
        zw_html_link(html, href, zw_str(html->ui, ZW_S_CLEAR_FILTERS));
        zw_html_raw(html, "</li>\n");
        g_free(href);
    }
    zw_html_raw(html, "</ul>\n");
}

static int
zw_pair_index(const zw_search_state *st, const char *field, const char *value)
{
    for (guint i = 0; i + 1 < st->pairs->len; i += 2)
        if (strcmp(g_ptr_array_index(st->pairs, i), field) == 0 &&
            strcmp(g_ptr_array_index(st->pairs, i + 1), value) == 0)
            return (int)i;
    return -1;
}

static const char *
zw_pair_value(const zw_search_state *st, const char *field)
{
    for (guint i = 0; i + 1 < st->pairs->len; i += 2)
        if (strcmp(g_ptr_array_index(st->pairs, i), field) == 0)
            return g_ptr_array_index(st->pairs, i + 1);
    return NULL;
}

static void
zw_facet(zw_html *html, const zw_search_state *st, const zs_facet *facet)
{
    const char *name = facet->name;
    if (name == NULL || facet->values == NULL || facet->values->len == 0)
        return;
    /* One source is the common case and says nothing. */
    if (strcmp(name, "source") == 0 && facet->values->len < 2 && zw_pair_value(st, "source") == NULL)
        return;
    zw_html_raw(html, "<section data-facet=\"");
    zw_html_text(html, name);
    zw_html_raw(html, "\">\n<h3>");
    zw_html_text(html, zw_field_name(html->ui, name));
    zw_html_raw(html, "</h3>\n<ul>\n");
    for (guint i = 0; i < facet->values->len && i < ZW_FACET_SHOWN; i++) {
        const zs_facet_value *v = g_ptr_array_index(facet->values, i);
        if (v->value == NULL || v->value[0] == '\0')
            continue;
        int active = zw_pair_index(st, name, v->value);
        const char *shown = zw_field_value(html->ui, name, v->value);
        zw_html_raw(html, "<li>");
        if (active >= 0) {
            char *href = zw_search_url(st, NULL, NULL, active, 1);
            zw_html_raw(html, "<a class=\"chip\" aria-current=\"true\" href=\"");
            zw_html_text(html, href);
            zw_html_raw(html, "\" title=\"");
            zw_html_text(html, zw_str(html->ui, ZW_S_REMOVE_FILTER));
            zw_html_raw(html, "\">");
            zw_html_text(html, shown);
            zw_html_raw(html, " <span aria-hidden=\"true\">×</span></a>");
            g_free(href);
        } else if (v->count == 0) {
            /* Nothing to find behind it: not a link. */
            zw_html_raw(html, "<span class=\"zero\">");
            zw_html_text(html, shown);
            zw_html_raw(html, "</span>");
        } else {
            char *href = zw_search_url(st, name, v->value, -1, 1);
            zw_html_link(html, href, shown);
            g_free(href);
        }
        zw_html_raw(html, " <span class=\"n\">");
        zw_html_textf(html, "%u", v->count);
        zw_html_raw(html, "</span></li>\n");
    }
    zw_html_raw(html, "</ul>\n</section>\n");
}

/* A small GET form for a range of years or dates. */
static void
zw_range_form(zw_html *html, const zw_search_state *st, const char *field)
{
    zw_ui ui = html->ui;
    bool year = strcmp(field, "year") == 0;
    const char *current = zw_pair_value(st, field);
    char *lo = NULL, *hi = NULL;
    if (current != NULL) {
        const char *dots = strstr(current, "..");
        lo = dots ? g_strndup(current, dots - current) : g_strdup(current);
        hi = dots ? g_strdup(dots + 2) : g_strdup(current);
    }
    const char *except[] = {field, NULL};
    zw_html_raw(html, "<section>\n<h3>");
    zw_html_text(html, zw_str(ui, year ? ZW_S_YEAR_RANGE : ZW_S_DATE_RANGE));
    zw_html_raw(html, "</h3>\n<form class=\"range\" action=\"/search\" method=\"get\">\n");
    zw_hidden_state(html, st, except, true);
    const char *type = year ? "number\" min=\"1900\" max=\"2100\" step=\"1" : "date";
    for (int end = 0; end < 2; end++) {
        zw_html_raw(html, "<label for=\"");
        zw_html_textf(html, "%s_%s", field, end ? "to" : "from");
        zw_html_raw(html, "\">");
        zw_html_text(html,
                     zw_str(ui, year ? (end ? ZW_S_YEAR_TO : ZW_S_YEAR_FROM) : (end ? ZW_S_DATE_TO : ZW_S_DATE_FROM)));
        zw_html_raw(html, "</label><input id=\"");
        zw_html_textf(html, "%s_%s", field, end ? "to" : "from");
        zw_html_raw(html, "\" name=\"");
        zw_html_textf(html, "%s_%s", field, end ? "to" : "from");
        zw_html_raw(html, "\" type=\"");
        zw_html_text(html, type);
        zw_html_raw(html, "\" value=\"");
        zw_html_text(html, end ? hi : lo);
        zw_html_raw(html, "\">\n");
    }
    zw_html_raw(html, "<button type=\"submit\" class=\"secondary\">");
    zw_html_text(html, zw_str(ui, ZW_S_APPLY));
    zw_html_raw(html, "</button>\n</form>\n</section>\n");
    g_free(lo);
    g_free(hi);
}

static void
zw_facets(zw_html *html, const zw_search_state *st, const zs_results *results)
{
    zw_html_raw(
        html,
        "<aside class=\"facets\" id=\"facets-panel\" aria-labelledby=\"refine\">\n<h2 id=\"refine\" tabindex=\"-1\">");
    zw_html_text(html, zw_str(html->ui, ZW_S_REFINE));
    zw_html_raw(html, "</h2>\n");
    GHashTable *done = g_hash_table_new(g_str_hash, g_str_equal);
    for (gsize k = 0; k < G_N_ELEMENTS(zw_facet_order); k++) {
        for (guint i = 0; results->facets && i < results->facets->len; i++) {
            const zs_facet *f = g_ptr_array_index(results->facets, i);
            if (g_strcmp0(f->name, zw_facet_order[k]) == 0) {
                zw_facet(html, st, f);
                g_hash_table_add(done, f->name);
            }
        }
        if (strcmp(zw_facet_order[k], "year") == 0) {
            zw_range_form(html, st, "year");
            zw_range_form(html, st, "date");
        }
    }
    for (guint i = 0; results->facets && i < results->facets->len; i++) {
        const zs_facet *f = g_ptr_array_index(results->facets, i);
        if (f->name != NULL && !g_hash_table_contains(done, f->name))
            zw_facet(html, st, f);
    }
    g_hash_table_unref(done);
    zw_html_raw(html, "</aside>\n");
}

static void
zw_sort_form(zw_html *html, const zw_search_state *st)
{
    static const struct {
        zs_sort sort;
        zw_string label;
    } options[] = {{ZS_SORT_RELEVANCE, ZW_S_SORT_RELEVANCE},
                   {ZS_SORT_DATE_DESC, ZW_S_SORT_NEWEST},
                   {ZS_SORT_DATE_ASC, ZW_S_SORT_OLDEST}};
    zw_ui ui = html->ui;
    zw_html_raw(html, "<form class=\"inline sort\" action=\"/search\" method=\"get\">\n");
    zw_hidden_state(html, st, NULL, false);
    zw_html_raw(html, "<label for=\"sort\">");
    zw_html_text(html, zw_str(ui, ZW_S_SORT_LABEL));
    zw_html_raw(html, "</label> <select id=\"sort\" name=\"sort\" data-autosubmit>\n");
    for (gsize i = 0; i < G_N_ELEMENTS(options); i++) {
        zw_html_raw(html, "<option value=\"");
        zw_html_text(html, zw_sort_name(options[i].sort));
        if (options[i].sort == st->sort)
            zw_html_raw(html, "\" selected>");
        else
            zw_html_raw(html, "\">");
        zw_html_text(html, zw_str(ui, options[i].label));
        zw_html_raw(html, "</option>\n");
    }
    zw_html_raw(html, "</select> <button type=\"submit\" class=\"secondary\">");
    zw_html_text(html, zw_str(ui, ZW_S_APPLY));
    zw_html_raw(html, "</button>\n</form>\n");
}

static void
zw_hit(zw_html *html, const zw_search_state *st, const zs_hit *hit)
{
    zw_ui ui = html->ui;
    GString *href = g_string_new("/doc/");
    g_string_append_uri_escaped(href, hit->id ? hit->id : "", NULL, FALSE);
    if (st->q[0] != '\0')
        zw_url_add(href, "q", st->q);
    if (hit->page > 0)
        g_string_append_printf(href, "#page-%d", hit->page);
    else
        g_string_append_printf(href, "#u-%d", hit->ordinal);

    zw_html_raw(html, "<li class=\"hit\">\n<h2>");
    const char *title = hit->title && hit->title[0] ? hit->title : hit->path;
    zw_html_link(html, href->str, title);
    zw_html_raw(html, "</h2>\n<p class=\"meta\">");
    if (hit->type) {
        zw_html_raw(html, "<span class=\"type\">");
        zw_html_text(html, zw_field_value(ui, "type", hit->type));
        zw_html_raw(html, "</span>");
    }
    if (hit->lang) {
        zw_html_raw(html, "<span>");
        zw_html_text(html, zw_field_value(ui, "lang", hit->lang));
        zw_html_raw(html, "</span>");
    }
    if (hit->court) {
        zw_html_raw(html, "<span>");
        zw_html_text(html, hit->court);
        zw_html_raw(html, "</span>");
    }
    zw_html_date(html, hit->date);
    if (hit->label || hit->provision) {
        zw_html_raw(html, "<span class=\"provision\">");
        if (hit->provision != NULL && g_strcmp0(hit->type, "code") == 0 && zw_provision_is_plausible(hit->provision)) {
            char *phref = g_strdup_printf("/provision/%s", hit->provision);
            zw_html_link(html, phref, hit->label ? hit->label : hit->provision);
            g_free(phref);
        } else {
            zw_html_text(html, hit->label ? hit->label : hit->provision);
        }
        zw_html_raw(html, "</span>");
    }
    if (hit->page > 0) {
        zw_html_raw(html, "<span>");
        zw_html_textf(html, zw_str(ui, ZW_S_PAGE_FMT), hit->page);
        zw_html_raw(html, "</span>");
    }
    zw_html_raw(html, "</p>\n");
    if (hit->ocr_confidence >= 0) {
        zw_html_raw(html, "<p class=\"ocr\">");
        zw_html_textf(html, zw_str(ui, ZW_S_OCR_FMT), hit->ocr_confidence);
        zw_html_raw(html, "</p>\n");
    }
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
        g_string_append(doc, "#matches");
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

static void
zw_pagination(zw_html *html, const zw_search_state *st, unsigned total)
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
    zw_html_raw(html, "<span aria-current=\"page\">");
    zw_html_textf(html, zw_str(html->ui, ZW_S_PAGES_FMT), st->page, pages ? pages : 1);
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

/* ---- transliteration for the no-results page ---- */

/* Mongolian Cyrillic to Latin as people type it on a Latin keyboard (the
 * common, not the official, romanisation), and back.  Only for a
 * suggestion link: the index already folds both scripts (analysis.h). */
static const struct {
    const char *cyr;
    const char *lat;
} zw_translit[] = {
    {"а", "a"},  {"б", "b"},  {"в", "v"}, {"г", "g"}, {"д", "d"}, {"е", "ye"}, {"ё", "yo"}, {"ж", "j"},  {"з", "z"},
    {"и", "i"},  {"й", "i"},  {"к", "k"}, {"л", "l"}, {"м", "m"}, {"н", "n"},  {"о", "o"},  {"ө", "u"},  {"п", "p"},
    {"р", "r"},  {"с", "s"},  {"т", "t"}, {"у", "u"}, {"ү", "u"}, {"ф", "f"},  {"х", "kh"}, {"ц", "ts"}, {"ч", "ch"},
    {"ш", "sh"}, {"щ", "sh"}, {"ъ", ""},  {"ы", "y"}, {"ь", "i"}, {"э", "e"},  {"ю", "yu"}, {"я", "ya"},
};

/* Latin to Cyrillic, longest spelling first. */
static const struct {
    const char *lat;
    const char *cyr;
} zw_untranslit[] = {
    {"kh", "х"}, {"ts", "ц"}, {"ch", "ч"}, {"sh", "ш"}, {"ya", "я"}, {"yu", "ю"}, {"ye", "е"}, {"yo", "ё"}, {"a", "а"},
    {"b", "б"},  {"v", "в"},  {"g", "г"},  {"d", "д"},  {"e", "э"},  {"j", "ж"},  {"z", "з"},  {"i", "и"},  {"k", "к"},
    {"l", "л"},  {"m", "м"},  {"n", "н"},  {"o", "о"},  {"p", "п"},  {"r", "р"},  {"s", "с"},  {"t", "т"},  {"u", "у"},
    {"f", "ф"},  {"h", "х"},  {"y", "ы"},  {"w", "в"},  {"c", "ц"},  {"q", "к"},  {"x", "х"},
};

/* The query in the other script, or NULL when it has letters of both
 * scripts or of neither.  Operators (OR, NOT) and field names are left as
 * they are. */
static char *
zw_other_script(const char *q)
{
    bool cyr = false, lat = false;
    for (const char *p = q; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (c >= 0x0400 && c <= 0x04FF)
            cyr = true;
        else if (c < 0x80 && g_ascii_isalpha((char)c))
            lat = true;
    }
    if (cyr == lat)
        return NULL;
    GString *out = g_string_new(NULL);
    char **words = g_strsplit(q, " ", -1);
    for (char **w = words; *w; w++) {
        if (w != words)
            g_string_append_c(out, ' ');
        if (strcmp(*w, "OR") == 0 || strcmp(*w, "AND") == 0 || strcmp(*w, "NOT") == 0 || strchr(*w, ':') != NULL) {
            g_string_append(out, *w);
            continue;
        }
        char *low = g_utf8_strdown(*w, -1);
        for (const char *p = low; *p;) {
            bool done = false;
            if (cyr) {
                for (gsize i = 0; i < G_N_ELEMENTS(zw_translit) && !done; i++) {
                    gsize n = strlen(zw_translit[i].cyr);
                    if (strncmp(p, zw_translit[i].cyr, n) == 0) {
                        g_string_append(out, zw_translit[i].lat);
                        p += n;
                        done = true;
                    }
                }
            } else {
                for (gsize i = 0; i < G_N_ELEMENTS(zw_untranslit) && !done; i++) {
                    gsize n = strlen(zw_untranslit[i].lat);
                    if (strncmp(p, zw_untranslit[i].lat, n) == 0) {
                        g_string_append(out, zw_untranslit[i].cyr);
                        p += n;
                        done = true;
                    }
                }
            }
            if (!done) {
                const char *next = g_utf8_next_char(p);
                g_string_append_len(out, p, next - p);
                p = next;
            }
        }
        g_free(low);
    }
    g_strfreev(words);
    return g_string_free(out, FALSE);
}

static void
zw_no_results(zw_html *html, const zw_search_state *st, const zs_results *results)
{
    zw_ui ui = html->ui;
    zw_html_raw(html, "<div class=\"none\">\n<p><strong>");
    zw_html_text(html, zw_str(ui, ZW_S_NO_RESULTS));
    zw_html_raw(html, "</strong></p>\n<p>");
    zw_html_text(html, zw_str(ui, ZW_S_NO_RESULTS_HINT));
    zw_html_raw(html, "</p>\n");
    if (results->suggestion != NULL && results->suggestion[0] != '\0' && strcmp(results->suggestion, st->q) != 0) {
        char *href = zw_search_url_q(st, results->suggestion, NULL, NULL, -1, 1);
        zw_html_raw(html, "<p class=\"suggest did-you-mean\">");
        zw_html_text(html, zw_str(ui, ZW_S_DID_YOU_MEAN));
        zw_html_raw(html, " ");
        zw_html_link(html, href, results->suggestion);
        zw_html_raw(html, "</p>\n");
        g_free(href);
    }
    if (st->pairs->len > 0) {
        zw_html_raw(html, "<div class=\"suggest without\">");
        zw_html_text(html, zw_str(ui, ZW_S_TRY_WITHOUT));
        zw_html_raw(html, "<ul>\n");
        for (guint i = 0; i + 1 < st->pairs->len; i += 2) {
            const char *field = g_ptr_array_index(st->pairs, i);
            char *href = zw_search_url(st, NULL, NULL, (int)i, 1);
            char *shown = zw_filter_display(ui, field, g_ptr_array_index(st->pairs, i + 1));
            char *text = g_strdup_printf("%s: %s", zw_field_name(ui, field), shown);
            zw_html_raw(html, "<li><del>");
            zw_html_link(html, href, text);
            zw_html_raw(html, "</del></li>\n");
            g_free(text);
            g_free(shown);
            g_free(href);
        }
        zw_html_raw(html, "</ul></div>\n");
    }
    char *other = st->q[0] ? zw_other_script(st->q) : NULL;
    if (other != NULL && strcmp(other, st->q) != 0) {
        char *href = zw_search_url_q(st, other, NULL, NULL, -1, 1);
        zw_html_raw(html, "<p class=\"suggest script\">");
        zw_html_text(html, zw_str(ui, ZW_S_TRY_SCRIPT));
        zw_html_raw(html, " ");
        zw_html_link(html, href, other);
        zw_html_raw(html, "</p>\n");
        g_free(href);
    }
    g_free(other);
    zw_html_raw(html, "</div>\n");
}

/* ---- the syntax-error page ---- */

/* The query with the character the parser stopped at marked.  The
 * library's messages end "(at character N)", N counting characters from 1;
 * without one, nothing is shown. */
static void
zw_query_marked(zw_html *html, const char *q, const char *message)
{
    const char *at = message ? strstr(message, "(at character ") : NULL;
    guint64 n = 0;
    if (at == NULL || !g_ascii_isdigit(at[14]))
        return;
    n = g_ascii_strtoull(at + 14, NULL, 10);
    glong len = g_utf8_strlen(q, -1);
    if (n < 1 || n > (guint64)len + 1)
        return;
    const char *pos = g_utf8_offset_to_pointer(q, (glong)n - 1);
    char *before = g_strndup(q, pos - q);
    zw_html_raw(html, "<p class=\"where\">");
    zw_html_text(html, zw_str(html->ui, ZW_S_ERROR_HERE));
    zw_html_raw(html, "</p>\n<pre class=\"query-echo\">");
    zw_html_text(html, before);
    zw_html_raw(html, "<span class=\"at\">");
    if (*pos != '\0') {
        const char *next = g_utf8_next_char(pos);
        char *c = g_strndup(pos, next - pos);
        zw_html_text(html, c);
        zw_html_raw(html, "</span>");
        zw_html_text(html, next);
        g_free(c);
    } else {
        /* The problem is the end of the query: mark the place after it. */
        zw_html_raw(html, "&#160;</span>");
    }
    zw_html_raw(html, "</pre>\n");
    g_free(before);
}

/* A query that is just a provision number gets a link to that provision. */
static void
zw_provision_shortcut(zw_html *html, const char *q)
{
    char *key = g_strstrip(g_strdup(q));
    if (zw_provision_is_plausible(key) && strchr(key, '.') != NULL) {
        char *href = g_strdup_printf("/provision/%s", key);
        char *text = zw_provision_heading(html->ui, key);
        zw_html_raw(html, "<p class=\"shortcut\">→ ");
        zw_html_link(html, href, text);
        zw_html_raw(html, "</p>\n");
        g_free(text);
        g_free(href);
    }
    g_free(key);
}

/* ---- routes ---- */

void
zw_route_home(zw_request *req, zw_reply *reply)
{
    zw_html *html = zw_page_begin(req, NULL, NULL, NULL);
    zw_ui ui = html->ui;
    zw_html_raw(html, "<h1>");
    zw_html_text(html, zw_str(ui, ZW_S_TAGLINE));
    zw_html_raw(html, "</h1>\n<p class=\"intro\">");
    zw_html_text(html, zw_str(ui, ZW_S_SEARCH_HINT));
    zw_html_raw(html, "</p>\n<ul class=\"chips\">\n");
    static const char *const examples[] = {"хүн худалдаалах", "13.1", "trafficking in persons", "хөдөлмөрийн мөлжлөг"};
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

void
zw_route_search(zw_request *req, zw_reply *reply)
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
            .sort = st.sort,
            .access = req->access,
        };
        results = zs_search(engine, &request, &error);
    }
    if (results != NULL && st.page > 1 && (st.page - 1) * ZW_PAGE_SIZE >= results->total) {
        /* A page past the last is refused ("Page 7 of 2"), not shown empty. */
        unsigned pages = MAX(1u, MIN(ZW_MAX_PAGE, (results->total + ZW_PAGE_SIZE - 1) / ZW_PAGE_SIZE));
        char *detail = g_strdup_printf(zw_str(req->ui, ZW_S_PAGES_FMT), st.page, pages);
        zw_route_error_page(req, reply, 400, detail);
        g_free(detail);
        zs_results_free(results);
        g_strfreev(filters);
        g_ptr_array_unref(st.pairs);
        return;
    }

    const char *title = st.q[0] ? st.q : zw_str(req->ui, ZW_S_RESULTS_TITLE);
    zw_html *html = zw_page_begin(req, title, st.q, st.pairs);
    zw_ui ui = html->ui;
    unsigned status = 200;

    if (results == NULL) {
        status = zw_status_for_error(error, NULL);
        bool user_error = status == 400;
        zw_html_raw(html, "<div class=\"error\" role=\"alert\">\n<h1>");
        zw_html_text(html, zw_str(ui, user_error ? ZW_S_BAD_QUERY : status == 503 ? ZW_S_UNAVAILABLE : ZW_S_INTERNAL));
        zw_html_raw(html, "</h1>\n");
        if (user_error && error != NULL) {
            /* The library's message is written for users (search.h). */
            zw_html_raw(html, "<p class=\"detail\">");
            char *message = zw_error_message(ui, error->message);
            zw_html_text(html, message);
            g_free(message);
            zw_html_raw(html, "</p>\n");
            if (g_error_matches(error, ZS_ERROR, ZS_ERROR_SYNTAX))
                zw_query_marked(html, st.q, error->message);
        }
        zw_html_raw(html, "</div>\n");
        zw_chips(html, &st);
        if (!user_error && error != NULL)
            g_printerr("zaalt: search: %s\n", error->message);
    } else {
        zw_html_raw(html, "<h1>");
        zw_html_text(html, zw_str(ui, ZW_S_RESULTS_TITLE));
        zw_html_raw(html, "</h1>\n");
        if (results->missing_shards != NULL && results->missing_shards[0] != NULL) {
            /* Counts and facets below leave these databases out: say so. */
            zw_html_raw(html, "<p class=\"notice missing-shards\" role=\"alert\">");
            zw_html_text(html, zw_str(ui, ZW_S_MISSING_SHARDS));
            for (char **m = results->missing_shards; *m != NULL; m++) {
                if (m != results->missing_shards)
                    zw_html_raw(html, ",");
                zw_html_raw(html, " <code>");
                zw_html_text(html, *m);
                zw_html_raw(html, "</code>");
            }
            zw_html_raw(html, "</p>\n");
        }
        zw_html_raw(html, "<div class=\"toolbar\">\n<p class=\"count\" role=\"status\">");
        if (results->total == 0)
            zw_html_textf(html, zw_str(ui, ZW_S_RESULTS_NONE_COUNT_FMT), results->elapsed_ms);
        else
            zw_html_textf(html, zw_str(ui, results->total == 1 ? ZW_S_RESULTS_COUNT1_FMT : ZW_S_RESULTS_COUNT_FMT),
                          results->total, results->elapsed_ms);
        zw_html_raw(html, "</p>\n");
        if (results->total > 1)
            zw_sort_form(html, &st);
        /* On a phone the facets come after the results: a way down, which
         * zaalt.js turns into a button opening them above the results. */
        zw_html_raw(html, "<a class=\"to-facets\" href=\"#refine\" aria-controls=\"facets-panel\">");
        zw_html_text(html, zw_str(ui, ZW_S_REFINE));
        zw_html_raw(html, " ↓</a>\n");
        zw_html_raw(html, "</div>\n<div class=\"layout\">\n<section class=\"results\" aria-labelledby=\"results-h\">\n"
                          "<h2 id=\"results-h\" class=\"visually-hidden\">");
        zw_html_text(html, zw_str(ui, ZW_S_RESULTS_TITLE));
        zw_html_raw(html, "</h2>\n");
        zw_chips(html, &st);
        if (results->dropped != NULL && results->dropped->len > 0) {
            zw_html_raw(html, "<p class=\"dropped\" role=\"status\">");
            zw_html_text(html, zw_str(ui, ZW_S_DROPPED));
            for (guint i = 0; i < results->dropped->len; i++) {
                zw_html_raw(html, " <del>");
                zw_html_text(html, results->dropped->pdata[i]);
                zw_html_raw(html, "</del>");
            }
            zw_html_raw(html, "</p>\n");
        }
        zw_provision_shortcut(html, st.q);
        if (results->hits == NULL || results->hits->len == 0) {
            zw_no_results(html, &st, results);
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

void
zw_route_error_page(zw_request *req, zw_reply *reply, unsigned status, const char *detail)
{
    zw_string heading;
    switch (status) {
        case 404:
            heading = ZW_S_NOT_FOUND;
            break;
        case 414:
            heading = ZW_S_TOO_LONG;
            break;
        case 503:
            heading = ZW_S_UNAVAILABLE;
            break;
        case 500:
            heading = ZW_S_INTERNAL;
            break;
        default:
            heading = ZW_S_BAD_REQUEST;
            break;
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
