/* test_fields.c — the field table (core/schema.h) and what reads it: the
 * rows hold together, the facets keep the JSON contract's order, typed
 * values become the terms the index holds, filters become the queries they
 * always were, and a query offers itself in the other alphabet. */
#include "core/schema.h"
#include "search/fields.h"
#include "search/filter.h"
#include "search/search.h"

#include <string.h>

static void
test_table_holds_together(void)
{
    g_assert_cmpuint(zs_n_fields, <=, ZS_MAX_FIELDS);
    unsigned facets = 0;
    for (unsigned i = 0; i < zs_n_fields; i++) {
        const zs_field *f = &zs_fields[i];
        g_test_message("%s", f->name);
        g_assert_true(zs_field_lookup(f->name) == f); /* names are unique */
        /* A facet counts a slot and has its place; nothing else has one. */
        g_assert_cmpint(f->facet_order > 0, ==, (f->flags & ZS_FIELD_FACET) != 0);
        g_assert_cmpint(f->slot >= 0, ==, (f->flags & ZS_FIELD_FACET) != 0);
        facets += (f->flags & ZS_FIELD_FACET) != 0;
        /* Ranges have a slot to compare; a field without terms is a range
         * or a day, or users could not name it anywhere. */
        g_assert_cmpint(f->range_slot >= 0, ==, (f->flags & ZS_FIELD_RANGE) != 0);
        if (f->prefix == NULL)
            g_assert_true(f->flags & (ZS_FIELD_RANGE | ZS_FIELD_IN_FORCE));
        /* Only what the panel can draw is on it: a facet or a range form. */
        if (f->panel_order > 0)
            g_assert_true(f->flags & (ZS_FIELD_FACET | ZS_FIELD_RANGE));
        for (unsigned j = 0; j < i; j++) {
            if (f->facet_order > 0)
                g_assert_cmpint(zs_fields[j].facet_order, !=, f->facet_order);
            if (f->panel_order > 0)
                g_assert_cmpint(zs_fields[j].panel_order, !=, f->panel_order);
        }
    }
    const zs_field *out[ZS_MAX_FIELDS];
    g_assert_cmpuint(zs_facet_fields(out), ==, facets);
}

/* The facets' order is the JSON contract's (and the panel's the page's as
 * it always was); new facets may only follow. */
static void
test_orders(void)
{
    const char *const json[] = {"type", "lang", "year", "court", "level", "article", "outcome", "source"};
    const zs_field *out[ZS_MAX_FIELDS];
    unsigned n = zs_facet_fields(out);
    g_assert_cmpuint(n, >=, G_N_ELEMENTS(json));
    for (unsigned i = 0; i < G_N_ELEMENTS(json); i++)
        g_assert_cmpstr(out[i]->name, ==, json[i]);
    const char *const panel[] = {"type", "lang", "level", "court", "year", "date", "article", "outcome", "source"};
    n = zs_panel_fields(out);
    g_assert_cmpuint(n, >=, G_N_ELEMENTS(panel));
    for (unsigned i = 0; i < G_N_ELEMENTS(panel); i++)
        g_assert_cmpstr(out[i]->name, ==, panel[i]);
}

static void
assert_value(const char *field, const char *typed, const char *term_value)
{
    const zs_field *f = zs_field_lookup(field);
    g_assert_nonnull(f);
    char *v = zs_field_value(f, typed);
    if (strcmp(v, term_value) != 0)
        g_error("%s:%s gave %s, not %s", field, typed, v, term_value);
    g_free(v);
}

static void
test_values(void)
{
    assert_value("type", " Decision ", "decision");
    assert_value("level", "Appeal", "appeal");
    assert_value("court", " Улсын Дээд шүүх ", "Улсын Дээд шүүх"); /* as written */
    assert_value("article", "Art. 13.1.", "13.1");
    assert_value("provision", "13.1 дүгээр зүйлийн 2 дахь хэсэг", "13.1.2");
    assert_value("article", "2002:113", "2002:113");
    assert_value("number", "2024/ШЦТ/067", "2024/ШЦТ/67");
    /* cites holds provisions and decisions: a provision only when it
     * starts with a digit. */
    assert_value("cites", "13.1.", "13.1");
    assert_value("cites", "abc", "abc");
    assert_value("number", "abc", "abc");
}

static void
test_which_fields_where(void)
{
    g_assert_nonnull(zs_field_for(ZS_IN_QUERY, "title"));
    g_assert_null(zs_field_for(ZS_IN_FILTER, "title"));
    g_assert_nonnull(zs_field_for(ZS_IN_QUERY, "date")); /* by its range */
    g_assert_null(zs_field_for(ZS_IN_QUERY, "inforce"));
    g_assert_nonnull(zs_field_for(ZS_IN_FILTER, "date"));
    g_assert_nonnull(zs_field_for(ZS_IN_FILTER, "inforce"));
    g_assert_nonnull(zs_field_for(ZS_IN_FILTER, "type"));
    g_assert_null(zs_field_for(ZS_IN_FILTER, "colour"));
    char *m = zs_unknown_field_message(ZS_IN_FILTER, "colour:red");
    g_assert_cmpstr(m, ==,
                    "unknown filter field in 'colour:red' (fields: type, lang, year, court, article, outcome, source, "
                    "doc, id, kind, provision, access, cites, number, law, level, status, amended)");
    g_free(m);
}

/* The filter query of `filters`, described; NULL and *message set when it
 * is refused. */
static char *
filter_query(const char *const *filters, char **message)
{
    zs_request req = {.filters = filters};
    GError *error = NULL;
    zx_query *q = zs_filter_query(&req, &error);
    if (q == NULL) {
        g_assert_error(error, ZS_ERROR, ZS_ERROR_FILTER);
        *message = g_strdup(error->message);
        g_error_free(error);
        return NULL;
    }
    char *d = zx_query_describe(q);
    zx_query_free(q);
    return d;
}

static void
assert_filter(const char *filter, const char *needle)
{
    const char *filters[] = {filter, NULL};
    char *message = NULL;
    char *d = filter_query(filters, &message);
    if (d == NULL || strstr(d, needle) == NULL)
        g_error("%s -> %s, which lacks %s", filter, d ? d : message, needle);
    g_free(d);
}

static void
assert_refused(const char *filter, const char *want)
{
    const char *filters[] = {filter, NULL};
    char *message = NULL;
    char *d = filter_query(filters, &message);
    if (d != NULL)
        g_error("%s was not refused: %s", filter, d);
    g_assert_cmpstr(message, ==, want);
    g_free(message);
}

static void
test_filters(void)
{
    assert_filter("type:Decision", "XTdecision");
    assert_filter("year:2024", "XY2024");
    assert_filter("year:2020..2024", "20200101");
    assert_filter("year:2020..2024", "20241231");
    assert_filter("date:2021-06-30..", "20210630");
    assert_filter("inforce:2021-06-30", "20210630");
    assert_filter("article:Art. 13.1", "XA13.1");
    /* Values of one field are alternatives. */
    const char *two[] = {"type:code", "type:sop", NULL};
    char *message = NULL;
    char *d = filter_query(two, &message);
    g_assert_nonnull(strstr(d, "(XTcode#0 OR XTsop#0)"));
    g_free(d);

    assert_refused("year:24", "year must be four digits or a range like 2020..2024, not '24'");
    assert_refused("year:2024..20",
                   "'year:2024..20' is not a range like year:2020..2024 or date:2021-01-01..2023-12-31");
    assert_refused("court:a..b", "'court:a..b' is not a range like year:2020..2024 or date:2021-01-01..2023-12-31");
    assert_refused("date:2021", "date filters are ranges: date:2021-01-01..2023-12-31");
    assert_refused("date:", "date filters are ranges: date:2021-01-01..2023-12-31");
    assert_refused("inforce:2021", "in-force filters name a day: inforce:2021-06-30");
    /* Eight digits are not yet a day: the month and day must exist. */
    assert_refused("inforce:2019-13-45", "'2019-13-45' is no day of the calendar: inforce:2021-06-30");
    assert_refused("inforce:2019-02-29", "'2019-02-29' is no day of the calendar: inforce:2021-06-30");
    assert_refused("type:", "filter 'type:' is not of the form FIELD:VALUE");
    assert_refused(":x", "filter ':x' is not of the form FIELD:VALUE");
    assert_refused("title:x", "unknown filter field in 'title:x' (fields: type, lang, year, court, article, outcome, "
                              "source, doc, id, kind, provision, access, cites, number, law, level, status, "
                              "amended)");

    /* A provision's status: in_force keeps today's law; the others lift it. */
    assert_filter("status:repealed", "XIrepealed");
    const char *in_force[] = {"status:in_force", NULL};
    const char *lifted[] = {"status:any", NULL};
    const char *day[] = {"inforce:2016-01-01", NULL};
    g_assert_false(zs_filters_lift_default(in_force));
    g_assert_true(zs_filters_lift_default(lifted));
    g_assert_true(zs_filters_lift_default(day));
    g_assert_false(zs_filters_lift_default(NULL));
    assert_refused("status:dead", "status is in_force, repealed or any, not 'dead'");
    /* Amendment dates: a day, a month, a year, and a range as the fewest
     * whole years, months and days. */
    assert_filter("amended:2017-05-11", "XE20170511");
    assert_filter("amended:2017-05", "XE201705");
    assert_filter("amended:2017", "XE2017");
    const char *range[] = {"amended:2016-12-30..2018-02-02", NULL};
    d = filter_query(range, &message);
    g_assert_nonnull(d);
    for (const char *t = "XE20161230 XE20161231 XE2017 XE201801 XE20180201 XE20180202"; *t;) {
        size_t n = strcspn(t, " ");
        char *term = g_strndup(t, n);
        if (strstr(d, term) == NULL)
            g_error("%s lacks %s", d, term);
        g_free(term);
        t += n + (t[n] == ' ');
    }
    g_assert_null(strstr(d, "XE201612#"));
    g_assert_null(strstr(d, "XE201802#"));
    g_free(d);
    assert_refused("amended:2017-13-01", "'amended:2017-13-01' is not a day, month, year or range like "
                                         "amended:2017-01-01..2017-12-31");
}

static void
assert_other(const char *query, const char *want)
{
    char *other = zs_other_alphabet(query);
    g_assert_cmpstr(other, ==, want);
    g_free(other);
}

static void
test_other_alphabet(void)
{
    assert_other("shuukh", "шуух");
    assert_other("Khuukhed", "хуухэд");
    assert_other("хүүхэд", "khuukhed");
    assert_other("чанар шүүх", "chanar shuukh");
    /* Operators and fields stay as they are (and, being Latin, leave a
     * Cyrillic query with letters of both alphabets). */
    assert_other("huuhed OR shuukh type:decision", "хуухэд OR шуух type:decision");
    assert_other("хүүхэд OR шүүх", NULL);
    assert_other("13.1", NULL);
    assert_other("хүүхэд child", NULL);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/fields/table-holds-together", test_table_holds_together);
    g_test_add_func("/fields/facet-and-panel-orders", test_orders);
    g_test_add_func("/fields/typed-values-become-terms", test_values);
    g_test_add_func("/fields/which-fields-where", test_which_fields_where);
    g_test_add_func("/fields/filters", test_filters);
    g_test_add_func("/fields/other-alphabet", test_other_alphabet);
    return g_test_run();
}
