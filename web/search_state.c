/* search_state.c — the results page's state (results.h): a results page
 * is a function of its URL alone, the words (q), the active filters
 * (type=, lang=, … possibly repeated), the sort and the page number, and
 * every link on it (facet values, chips, pagination) is that URL with one
 * thing changed.  Which parameters filter is the field table's to say
 * (core/schema.h).
 *
 * Not for: drawing the page (routes_search.c, facets.c).
 */
#include <string.h>

#include "core/schema.h"
#include "web/results.h"

/* A parameter that filters: a field of the table that is a facet, takes
 * ranges or names a day (type, lang, year, court, level, article, outcome,
 * source, date, inforce, and whatever the table gains). */
static bool
zw_is_filter_field(const char *key)
{
    const zs_field *f = zs_field_lookup(key);
    return f != NULL && (f->flags & (ZS_FIELD_FACET | ZS_FIELD_RANGE | ZS_FIELD_IN_FORCE | ZS_FIELD_DATE_TERMS)) != 0;
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

const char *
zw_sort_name(zs_sort sort)
{
    return sort == ZS_SORT_DATE_DESC ? "newest" : sort == ZS_SORT_DATE_ASC ? "oldest" : "relevance";
}

int
zw_state_index(const zw_search_state *st, const char *field, const char *value)
{
    for (guint i = 0; i + 1 < st->pairs->len; i += 2)
        if (strcmp(g_ptr_array_index(st->pairs, i), field) == 0 &&
            strcmp(g_ptr_array_index(st->pairs, i + 1), value) == 0)
            return (int)i;
    return -1;
}

const char *
zw_state_value(const zw_search_state *st, const char *field)
{
    for (guint i = 0; i + 1 < st->pairs->len; i += 2)
        if (strcmp(g_ptr_array_index(st->pairs, i), field) == 0)
            return g_ptr_array_index(st->pairs, i + 1);
    return NULL;
}

static void
zw_state_add(zw_search_state *st, const char *field, const char *value)
{
    if (value[0] == '\0' || zw_state_index(st, field, value) >= 0)
        return;
    g_ptr_array_add(st->pairs, g_strdup(field));
    g_ptr_array_add(st->pairs, g_strdup(value));
}

/* The range form's two boxes (year_from/year_to, date_from/date_to) become
 * one canonical filter, year=2020..2024, so links carry one parameter; a
 * field that also takes single values (year) gets one when both ends are
 * the same. */
static void
zw_state_range(zw_search_state *st, const zw_request *req, const zs_field *f)
{
    const char *field = f->name;
    char *from_key = g_strdup_printf("%s_from", field);
    char *to_key = g_strdup_printf("%s_to", field);
    const char *from = zw_param_get(req, from_key);
    const char *to = zw_param_get(req, to_key);
    char *lo = g_strstrip(g_strdup(from ? from : ""));
    char *hi = g_strstrip(g_strdup(to ? to : ""));
    if (lo[0] != '\0' || hi[0] != '\0') {
        char *range = strcmp(lo, hi) == 0 && f->prefix != NULL ? g_strdup(lo) : g_strdup_printf("%s..%s", lo, hi);
        zw_state_add(st, field, range);
        g_free(range);
    }
    g_free(lo);
    g_free(hi);
    g_free(from_key);
    g_free(to_key);
}

void
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
    for (unsigned i = 0; i < zs_n_fields; i++)
        if (zs_fields[i].flags & ZS_FIELD_RANGE)
            zw_state_range(st, req, &zs_fields[i]);
    guint64 page = 1;
    const char *pg = zw_param_get(req, "page");
    if (pg == NULL || !g_ascii_string_to_unsigned(pg, 10, 1, ZW_MAX_PAGE, &page, NULL))
        page = 1;
    st->page = (unsigned)page;
    if (!zw_parse_sort(zw_param_get(req, "sort"), &st->sort))
        st->sort = ZS_SORT_RELEVANCE;
    st->as_typed = zw_param_as_typed(req);
}

bool
zw_param_as_typed(const zw_request *req)
{
    const char *v = zw_param_get(req, "as_typed");
    return v != NULL && strcmp(v, "1") == 0;
}

void
zw_state_clear(zw_search_state *st)
{
    g_ptr_array_unref(st->pairs);
    st->pairs = NULL;
}

char **
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
    zw_state_clear(&st);
    return filters;
}

char *
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
    /* The words as typed go with the words typed, not with another query
     * (a suggestion's). */
    if (st->as_typed && strcmp(q, st->q) == 0)
        zw_url_add(url, "as_typed", "1");
    if (page > 1) {
        char n[16];
        g_snprintf(n, sizeof n, "%u", page);
        zw_url_add(url, "page", n);
    }
    return g_string_free(url, FALSE);
}

char *
zw_search_url(const zw_search_state *st, const char *add_field, const char *add_value, int drop, unsigned page)
{
    return zw_search_url_q(st, st->q, add_field, add_value, drop, page);
}

void
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
    if (st->as_typed)
        zw_html_raw(html, "<input type=\"hidden\" name=\"as_typed\" value=\"1\">\n");
    if (with_sort && st->sort != ZS_SORT_RELEVANCE) {
        zw_html_raw(html, "<input type=\"hidden\" name=\"sort\" value=\"");
        zw_html_text(html, zw_sort_name(st->sort));
        zw_html_raw(html, "\">\n");
    }
}
