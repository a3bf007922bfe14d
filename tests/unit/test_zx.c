/* test_zx.c — facet counts and totals from the shim, whichever way they are
 * counted.
 *
 * Proves: over one local database (counted from the facet table, by runs of
 * a document's units) and over two (each unit's values read), the same
 * matches give the same document totals, the same per-value document counts
 * for a value every unit of a document shares, for a per-unit value and for
 * a multi-valued one; a document whose units are not one run of docids is
 * still counted once per value; a new revision is counted afresh; a facet
 * with hundreds of values is counted as one with a few.
 *
 * Not for: what the schema puts in the slots (search.c, unitdoc.c).
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "shim/zx.h"

enum { SLOT_PARENT = 0, SLOT_TYPE = 2, SLOT_LANG = 3, SLOT_ARTICLES = 8 };

typedef struct {
    const char *parent, *type, *lang, *articles;
} unit;

static void
add_units(zx_db *db, const unit *units, size_t n, unsigned first)
{
    for (size_t i = 0; i < n; i++) {
        zx_doc *d = zx_doc_new();
        char *id = g_strdup_printf("Q%u", first + (unsigned)i);
        zx_doc_add_boolean(d, id);
        zx_doc_add_term(d, "word", 1);
        zx_doc_set_value(d, SLOT_PARENT, units[i].parent, strlen(units[i].parent));
        zx_doc_set_value(d, SLOT_TYPE, units[i].type, strlen(units[i].type));
        zx_doc_set_value(d, SLOT_LANG, units[i].lang, strlen(units[i].lang));
        if (units[i].articles)
            zx_doc_set_value(d, SLOT_ARTICLES, units[i].articles, strlen(units[i].articles));
        g_assert_cmpint(zx_db_replace(db, id, d, NULL), ==, ZX_OK);
        zx_doc_free(d);
        g_free(id);
    }
    g_assert_cmpint(zx_db_commit(db, NULL), ==, ZX_OK);
}

static char *
make_db(const char *dir, const char *name, const unit *units, size_t n, unsigned first)
{
    char *path = g_build_filename(dir, name, NULL);
    zx_db *db = NULL;
    g_assert_cmpint(zx_db_open_write(path, &db, NULL), ==, ZX_OK);
    add_units(db, units, n, first);
    zx_db_close(db);
    return path;
}

/* "type=decision:2 type=code:1 | lang=…" : every facet's counts in order. */
static char *
facets_of(zx_db *db, unsigned *total)
{
    const zx_facet_spec specs[] = {
        {.slot = SLOT_TYPE, .same_in_document = true},
        {.slot = SLOT_LANG},
        {.slot = SLOT_ARTICLES, .multi = true},
    };
    zx_search_opts opts = {
        .limit = 10,
        .collapse_slot = SLOT_PARENT,
        .sort_slot = -1,
        .facets = specs,
        .n_facets = G_N_ELEMENTS(specs),
        .exact_counts = true,
    };
    zx_query *q = zx_query_term("word", 1, 0);
    zx_result *r = NULL;
    g_assert_cmpint(zx_search(db, q, &opts, &r, NULL), ==, ZX_OK);
    zx_query_free(q);
    *total = zx_result_total(r);
    /* "N more in this document", summed over the hits: every matching unit
     * but one per document. */
    unsigned more = 0;
    for (size_t i = 0; i < zx_result_size(r); i++)
        more += zx_result_collapse_count(r, i);
    GString *out = g_string_new(NULL);
    for (size_t k = 0; k < G_N_ELEMENTS(specs); k++) {
        g_string_append(out, k ? " |" : "");
        for (size_t j = 0; j < zx_result_facet_size(r, k); j++) {
            unsigned c = 0;
            const char *v = zx_result_facet_value(r, k, j, &c);
            g_string_append_printf(out, " %s:%u", v, c);
        }
    }
    g_string_append_printf(out, " | more:%u", more);
    zx_result_free(r);
    return g_string_free(out, FALSE);
}

static void
remove_tree(const char *path)
{
    GDir *d = g_dir_open(path, 0, NULL);
    if (d != NULL) {
        const char *name;
        while ((name = g_dir_read_name(d)) != NULL) {
            char *child = g_build_filename(path, name, NULL);
            remove_tree(child);
            g_free(child);
        }
        g_dir_close(d);
    }
    g_remove(path);
}

/* Opens `paths` as one reader and checks its facets and total. */
static void
expect_facets(char **paths, size_t n, const char *want_facets, unsigned want_total)
{
    zx_db *db = NULL;
    g_assert_cmpint(zx_db_open_parts((const char *const *)paths, n, NULL, &db, NULL), ==, ZX_OK);
    /* Counted on a second thread while ranking, and on this one. */
    for (int threaded = 1; threaded >= 0; threaded--) {
        zx_set_count_thread(threaded);
        unsigned total = 0;
        char *got = facets_of(db, &total);
        g_assert_cmpstr(got, ==, want_facets);
        g_assert_cmpuint(total, ==, want_total);
        g_free(got);
    }
    zx_set_count_thread(true);
    zx_db_close(db);
}

/* Document A: three units in one run; B: two; C: one, with no articles. */
static const unit runs[] = {
    {"A", "code", "mn", "13.1"},     {"A", "code", "mn", "13.2"},
    {"A", "code", "en", "13.1"},     {"B", "decision", "mn", "13.1\n13.1.2"},
    {"B", "decision", "mn", "13.1"}, {"C", "decision", "en", NULL},
};
static const char want[] = " code:1 decision:2 | en:2 mn:2 | 13.1:2 13.1.2:1 13.2:1 | more:3";

static void
test_one_part_runs(void)
{
    char *dir = g_dir_make_tmp("zx-XXXXXX", NULL);
    char *path = make_db(dir, "one", runs, G_N_ELEMENTS(runs), 1);
    expect_facets(&path, 1, want, 3);
    zx_db *early = NULL;
    g_assert_cmpint(zx_db_open_parts((const char *const *)&path, 1, NULL, &early, NULL), ==, ZX_OK);
    unsigned total = 0;
    g_free(facets_of(early, &total));

    /* A new revision: document D arrives; a reader opened after it sees it. */
    zx_db *w = NULL;
    g_assert_cmpint(zx_db_open_write(path, &w, NULL), ==, ZX_OK);
    const unit more[] = {{"D", "sop", "mn", "13.2"}};
    add_units(w, more, 1, 100);
    zx_db_close(w);
    const char *want_d = " code:1 decision:2 sop:1 | en:2 mn:3 | 13.1:2 13.1.2:1 13.2:2 | more:3";
    expect_facets(&path, 1, want_d, 4);
    /* A reader open before it counts its old revision until it reopens,
     * then the new one, on the counting thread's handle too. */
    char *got = facets_of(early, &total);
    g_assert_cmpstr(got, ==, want);
    g_free(got);
    bool changed = false;
    g_assert_cmpint(zx_db_reopen(early, &changed, NULL), ==, ZX_OK);
    g_assert_true(changed);
    got = facets_of(early, &total);
    g_assert_cmpstr(got, ==, want_d);
    g_assert_cmpuint(total, ==, 4);
    g_free(got);
    zx_db_close(early);
    g_free(path);
    remove_tree(dir);
    g_free(dir);
}

/* The same units with A's split by B's: A is not one run of docids. */
static void
test_one_part_interleaved(void)
{
    const unit mixed[] = {
        {"A", "code", "mn", "13.1"}, {"B", "decision", "mn", "13.1\n13.1.2"},
        {"A", "code", "mn", "13.2"}, {"B", "decision", "mn", "13.1"},
        {"A", "code", "en", "13.1"}, {"C", "decision", "en", NULL},
    };
    char *dir = g_dir_make_tmp("zx-XXXXXX", NULL);
    char *path = make_db(dir, "mixed", mixed, G_N_ELEMENTS(mixed), 1);
    expect_facets(&path, 1, want, 3);
    g_free(path);
    remove_tree(dir);
    g_free(dir);
}

/* Two non-empty parts: values are read unit by unit; same counts. */
static void
test_two_parts(void)
{
    char *dir = g_dir_make_tmp("zx-XXXXXX", NULL);
    char *paths[2] = {make_db(dir, "first", runs, 3, 1), make_db(dir, "second", runs + 3, 3, 4)};
    expect_facets(paths, 2, want, 3);
    g_free(paths[0]);
    g_free(paths[1]);
    remove_tree(dir);
    g_free(dir);
}

/* 300 documents of 300 types: a column too wide for one byte a unit. */
static void
test_many_values(void)
{
    enum { N = 300 };
    unit many[N];
    char names[N][2][8];
    for (int i = 0; i < N; i++) {
        g_snprintf(names[i][0], sizeof names[i][0], "d%03d", i);
        g_snprintf(names[i][1], sizeof names[i][1], "t%03d", i);
        many[i] = (unit){names[i][0], names[i][1], i % 2 ? "en" : "mn", NULL};
    }
    char *dir = g_dir_make_tmp("zx-XXXXXX", NULL);
    char *path = make_db(dir, "many", many, N, 1);
    GString *want_many = g_string_new(NULL);
    for (int i = 0; i < N; i++)
        g_string_append_printf(want_many, " t%03d:1", i);
    g_string_append(want_many, " | en:150 mn:150 | | more:0");
    expect_facets(&path, 1, want_many->str, N);
    g_string_free(want_many, TRUE);
    g_free(path);
    remove_tree(dir);
    g_free(dir);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/zx/facets/one-part-runs", test_one_part_runs);
    g_test_add_func("/zx/facets/one-part-interleaved", test_one_part_interleaved);
    g_test_add_func("/zx/facets/two-parts", test_two_parts);
    g_test_add_func("/zx/facets/many-values", test_many_values);
    return g_test_run();
}
