/* facets.c — the results page's "Refine" panel and its chips (results.h):
 * each field of the table's panel (core/schema.h) in its order, its facet's
 * values as links that add a filter, its range form for a range field; and
 * the active filters as chips that remove them.
 *
 * Not for: the state and its URLs (search_state.c), the hits
 * (routes_search.c).
 */
#include <string.h>

#include "core/schema.h"
#include "web/results.h"

/* Facet values shown per field; the rest are reachable by searching.  Not
 * for the year histogram, which shows every year with hits: years are few,
 * and a histogram cut to the busiest years would misstate the spread. */
#define ZW_FACET_SHOWN 15u

/* A histogram bar's width is one of this many steps (classes w1…w20 in
 * static.c): the Content-Security-Policy (server.c) allows no inline
 * style, so the width is a class, not a style attribute. */
#define ZW_BAR_STEPS 20u

/* One end of a filter's value as shown: a day of a date field in the
 * page's language (html.h), a code by its label, else as typed. */
static char *
zw_filter_value_display(zw_ui ui, const char *field, const char *value)
{
    const zs_field *f = zs_field_lookup(field);
    bool dated = f != NULL && !(f->flags & ZS_FIELD_YEAR) &&
                 (f->range_slot >= 0 || (f->flags & (ZS_FIELD_IN_FORCE | ZS_FIELD_DATE_TERMS)));
    char *words = dated ? zw_date_words(ui, value) : NULL;
    return words ? words : g_strdup(zw_field_value(ui, field, value));
}

/* The display form of an active filter's value: a range reads 2020–2024. */
char *
zw_filter_display(zw_ui ui, const char *field, const char *value)
{
    const char *dots = strstr(value, "..");
    if (dots != NULL) {
        char *lo = g_strndup(value, dots - value);
        char *lo_shown = zw_filter_value_display(ui, field, lo);
        char *hi_shown = zw_filter_value_display(ui, field, dots + 2);
        char *out = g_strdup_printf("%s–%s", lo_shown, hi_shown);
        g_free(hi_shown);
        g_free(lo_shown);
        g_free(lo);
        return out;
    }
    return zw_filter_value_display(ui, field, value);
}

void
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

/* Newest year first: the years a reader most often wants are at the top
 * of a narrow panel, and the order is the results' "newest first". */
static gint
zw_year_cmp(gconstpointer a, gconstpointer b)
{
    const zs_facet_value *x = *(zs_facet_value *const *)a, *y = *(zs_facet_value *const *)b;
    return -g_strcmp0(x->value, y->value);
}

/* The year facet as a histogram: every year with hits, by year, each a
 * bar as long as its count beside the year and the count, a link that adds
 * year:YYYY (or, for the chosen year, removes it).  Its accessible name
 * says the year and the count ("2024: 12 documents"); the bar itself is
 * decoration. */
static void
zw_year_histogram(zw_html *html, const zw_search_state *st, const zs_facet *facet)
{
    const char *name = facet->name;
    GPtrArray *years = g_ptr_array_sized_new(facet->values->len);
    unsigned most = 0;
    for (guint i = 0; i < facet->values->len; i++) {
        zs_facet_value *v = g_ptr_array_index(facet->values, i);
        if (v->value == NULL || v->value[0] == '\0')
            continue;
        g_ptr_array_add(years, v);
        most = MAX(most, v->count);
    }
    g_ptr_array_sort(years, zw_year_cmp);
    zw_html_raw(html, "<section data-facet=\"");
    zw_html_text(html, name);
    zw_html_raw(html, "\">\n<h3>");
    zw_html_text(html, zw_field_name(html->ui, name));
    zw_html_raw(html, "</h3>\n<ol class=\"histogram\">\n");
    for (guint i = 0; i < years->len; i++) {
        const zs_facet_value *v = g_ptr_array_index(years, i);
        int active = zw_state_index(st, name, v->value);
        char *label = g_strdup_printf(zw_str(html->ui, v->count == 1 ? ZW_S_YEAR_BAR1_FMT : ZW_S_YEAR_BAR_FMT),
                                      v->value, v->count);
        zw_html_raw(html, "<li>");
        if (v->count == 0 && active < 0) {
            /* Nothing to find behind it: not a link, and no bar. */
            zw_html_raw(html, "<span class=\"zero\"><span class=\"y\">");
            zw_html_text(html, v->value);
            zw_html_raw(html, "</span><span class=\"track\"></span><span class=\"n\">0</span></span></li>\n");
            g_free(label);
            continue;
        }
        char *href = active >= 0 ? zw_search_url(st, NULL, NULL, active, 1) : zw_search_url(st, name, v->value, -1, 1);
        zw_html_raw(html, "<a href=\"");
        zw_html_text(html, href);
        zw_html_raw(html, "\" data-year=\"");
        zw_html_text(html, v->value);
        zw_html_raw(html, "\" aria-label=\"");
        zw_html_text(html, label);
        if (active >= 0) {
            zw_html_raw(html, " (");
            zw_html_text(html, zw_str(html->ui, ZW_S_REMOVE_FILTER));
            zw_html_raw(html, ")\" class=\"current\" aria-current=\"true\" title=\"");
            zw_html_text(html, zw_str(html->ui, ZW_S_REMOVE_FILTER));
        }
        unsigned step = most ? (v->count * ZW_BAR_STEPS + most - 1) / most : 0;
        zw_html_raw(html, "\"><span class=\"y\">");
        zw_html_text(html, v->value);
        zw_html_raw(html, "</span><span class=\"track\" aria-hidden=\"true\"><span class=\"bar w");
        zw_html_textf(html, "%u", MAX(step, 1u));
        zw_html_raw(html, "\"></span></span><span class=\"n\">");
        zw_html_textf(html, "%u", v->count);
        if (active >= 0)
            zw_html_raw(html, " <span aria-hidden=\"true\">×</span>");
        zw_html_raw(html, "</span></a></li>\n");
        g_free(href);
        g_free(label);
    }
    zw_html_raw(html, "</ol>\n</section>\n");
    g_ptr_array_free(years, TRUE);
}

static void
zw_facet(zw_html *html, const zw_search_state *st, const zs_field *field, const zs_facet *facet)
{
    const char *name = facet->name;
    if (name == NULL || facet->values == NULL || facet->values->len == 0)
        return;
    /* One source is the common case and says nothing. */
    if ((field->flags & ZS_FIELD_HIDE_ONE) && facet->values->len < 2 && zw_state_value(st, name) == NULL)
        return;
    if (field->flags & ZS_FIELD_YEAR) {
        zw_year_histogram(html, st, facet);
        return;
    }
    zw_html_raw(html, "<section data-facet=\"");
    zw_html_text(html, name);
    zw_html_raw(html, "\">\n<h3>");
    zw_html_text(html, zw_field_name(html->ui, name));
    zw_html_raw(html, "</h3>\n<ul>\n");
    for (guint i = 0; i < facet->values->len && i < ZW_FACET_SHOWN; i++) {
        const zs_facet_value *v = g_ptr_array_index(facet->values, i);
        if (v->value == NULL || v->value[0] == '\0')
            continue;
        int active = zw_state_index(st, name, v->value);
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
zw_range_form(zw_html *html, const zw_search_state *st, const zs_field *f)
{
    zw_ui ui = html->ui;
    const char *field = f->name;
    bool year = (f->flags & ZS_FIELD_YEAR) != 0;
    const char *current = zw_state_value(st, field);
    char *lo = NULL, *hi = NULL;
    if (current != NULL) {
        const char *dots = strstr(current, "..");
        lo = dots ? g_strndup(current, dots - current) : g_strdup(current);
        hi = dots ? g_strdup(dots + 2) : g_strdup(current);
    }
    const char *except[] = {field, NULL};
    zw_html_raw(html, "<section>\n<h3>");
    zw_html_text(html, zw_field_range_text(ui, field, ZW_RANGE_HEADING));
    zw_html_raw(html, "</h3>\n<form class=\"range\" action=\"/search\" method=\"get\">\n");
    zw_hidden_state(html, st, except, true);
    const char *type = year ? "number\" min=\"1900\" max=\"2100\" step=\"1" : "date";
    for (int end = 0; end < 2; end++) {
        zw_html_raw(html, "<label for=\"");
        zw_html_textf(html, "%s_%s", field, end ? "to" : "from");
        zw_html_raw(html, "\">");
        zw_html_text(html, zw_field_range_text(ui, field, end ? ZW_RANGE_TO : ZW_RANGE_FROM));
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

void
zw_facets(zw_html *html, const zw_search_state *st, const zs_results *results)
{
    zw_html_raw(
        html,
        "<aside class=\"facets\" id=\"facets-panel\" aria-labelledby=\"refine\">\n<h2 id=\"refine\" tabindex=\"-1\">");
    zw_html_text(html, zw_str(html->ui, ZW_S_REFINE));
    zw_html_raw(html, "</h2>\n");
    const zs_field *panel[ZS_MAX_FIELDS];
    unsigned n = zs_panel_fields(panel);
    for (unsigned k = 0; k < n; k++) {
        for (guint i = 0; (panel[k]->flags & ZS_FIELD_FACET) && results->facets && i < results->facets->len; i++) {
            const zs_facet *f = g_ptr_array_index(results->facets, i);
            if (g_strcmp0(f->name, panel[k]->name) == 0)
                zw_facet(html, st, panel[k], f);
        }
        if (panel[k]->flags & ZS_FIELD_RANGE)
            zw_range_form(html, st, panel[k]);
    }
    zw_html_raw(html, "</aside>\n");
}
