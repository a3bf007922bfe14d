/* test_proximity.c — the research operators against Xapian's own
 * positions: where sentences and parts end (core/boundary.c), the gaps the
 * indexer leaves there (indexer/unitdoc.c), and NEAR, /s, /p, =word and
 * word* run on units built the way the indexer builds them. */
#include "tests/unit/test_context.h"
#include "core/boundary.h"
#include "core/schema.h"
#include "indexer/document.h"
#include "indexer/unitdoc.h"
#include "search/proximity.h"
#include "search/query.h"
#include "search/search.h"

#include <string.h>

/* The breaks before each token of `text`, as a string: '.' none, 's'
 * sentence, 'p' part. */
static char *
breaks(const char *text)
{
    GString *out = g_string_new(NULL);
    az_break_scan scan = {0};
    const char *p = text;
    while (*p) {
        while (*p && !g_unichar_isalnum(g_utf8_get_char(p)))
            p = g_utf8_next_char(p);
        if (!*p)
            break;
        const char *start = p;
        while (*p && (g_unichar_isalnum(g_utf8_get_char(p)) ||
                      (*p == '.' && g_ascii_isdigit(p[1]) && p > start && g_ascii_isdigit(p[-1]))))
            p = g_utf8_next_char(p);
        az_break b = az_break_before(&scan, start, (int)(p - start));
        g_string_append_c(out, b == AZ_BREAK_PART ? 'p' : b == AZ_BREAK_SENTENCE ? 's' : '.');
    }
    return g_string_free(out, FALSE);
}

static void
test_boundaries(void)
{
    char *b = breaks("One two. Three four! Five");
    g_assert_cmpstr(b, ==, "..s.s");
    g_free(b);
    /* An initial, a lower-case word after a stop, a decimal: no sentence. */
    b = breaks("Б. Болд ирэв. т.м. гэх мэт 13.1 зүйл. Дараа");
    g_assert_cmpstr(b, ==, ".........s");
    g_free(b);
    /* A blank line; a line opening with a part's number, not a clause's. */
    b = breaks("Intro words.\n\nNext para\n1. Part one:\n1.1. clause\n2) Part two");
    g_assert_cmpstr(b, ==, "..p.p....p..");
    g_free(b);
}

static void
test_connectors(void)
{
    zq_connector c;
    char *problem = NULL;
    g_assert_true(zq_connector_read("NEAR", &c, &problem));
    g_assert_true(c.kind == ZQ_NEAR && c.distance == ZQ_NEAR_DEFAULT);
    g_assert_true(zq_connector_read("NEAR/7", &c, &problem) && c.distance == 7);
    g_assert_true(zq_connector_read("/3", &c, &problem) && c.kind == ZQ_NEAR && c.distance == 3);
    g_assert_true(zq_connector_read("/s", &c, &problem) && c.kind == ZQ_SENTENCE);
    g_assert_true(zq_connector_read("/P", &c, &problem) && c.kind == ZQ_PART);
    g_assert_null(problem);
    g_assert_false(zq_connector_read("near", &c, &problem));
    g_assert_false(zq_connector_read("2024/ШЦТ/67", &c, &problem));
    const char *bad[] = {"NEAR/", "NEAR/0", "NEAR/1001", "NEAR/x", "/", "/sp", "/-1"};
    for (gsize i = 0; i < G_N_ELEMENTS(bad); i++) {
        g_assert_true(zq_connector_read(bad[i], &c, &problem));
        g_assert_nonnull(problem);
        g_free(problem);
        problem = NULL;
    }
}

static zx_db *db_;

static void
add_unit(zx_db *db, const char *id, const char *title, const char *text)
{
    zr_doc *doc = ix_doc_new();
    doc->id = g_strdup(id);
    doc->source = g_strdup("t");
    doc->path = g_strdup(id);
    doc->title = g_strdup(title);
    doc->lang = g_strdup("en");
    doc->access = g_strdup("public");
    zr_unit *u = ix_doc_add_unit(doc, "section", g_strdup(text));
    char *unique = NULL;
    zx_doc *xd = zs_unit_document(test_analyzer(), doc, u, &unique);
    g_assert_cmpint(zx_db_replace(db, unique, xd, NULL), ==, ZX_OK);
    zx_doc_free(xd);
    g_free(unique);
    ix_doc_free(doc);
}

/* How many units `query` matches. */
static unsigned
count(const char *query)
{
    GError *err = NULL;
    zq_options opts = {.db = db_, .no_synonyms = true};
    zx_query *q = zq_parse_with(test_analyzer(), query, &opts, NULL, &err);
    if (!q)
        g_error("'%s': %s", query, err->message);
    zx_search_opts so = {.limit = 10, .collapse_slot = -1, .sort_slot = -1, .exact_counts = true};
    zx_result *r = NULL;
    g_assert_cmpint(zx_search(db_, q, &so, &r, NULL), ==, ZX_OK);
    unsigned n = zx_result_total(r);
    zx_result_free(r);
    zx_query_free(q);
    return n;
}

static void
test_operators(void)
{
    char *dir = g_dir_make_tmp("zaalt-prox-XXXXXX", NULL);
    char *path = g_build_filename(dir, "public", NULL);
    g_assert_cmpint(zx_db_open_write(path, &db_, NULL), ==, ZX_OK);
    add_unit(db_, "u1", "Omega report", "Alpha beta gamma. Delta epsilon.\n\nZeta eta theta.");
    add_unit(db_, "u2", "Sigma article",
             "1. Alpha zeta here.\n2. Beta gamma:\n2.1. delta one;\n2.2. epsilon two.\n3. Eta theta.");
    add_unit(db_, "u3", "Хүүхдийн эрх", "Хүүхдийн эрхийг хамгаалах. Хүүхэд сурна.");
    g_assert_cmpint(zx_db_commit(db_, NULL), ==, ZX_OK);

    g_assert_cmpuint(count("alpha /s gamma"), ==, 1);   /* u1's first sentence */
    g_assert_cmpuint(count("alpha /s delta"), ==, 0);   /* u1: next sentence; u2: next part */
    g_assert_cmpuint(count("alpha /p delta"), ==, 1);   /* u1: one paragraph */
    g_assert_cmpuint(count("beta /p epsilon"), ==, 2);  /* u1; u2's part 2 with its clauses */
    g_assert_cmpuint(count("beta /s epsilon"), ==, 1);  /* u2: part 2 is one sentence */
    g_assert_cmpuint(count("zeta /p eta"), ==, 1);      /* u1 only: u2 has them in parts 1 and 3 */
    g_assert_cmpuint(count("here NEAR/5 beta"), ==, 0); /* adjacent words, but parts apart */
    g_assert_cmpuint(count("theta NEAR/1 eta"), ==, 2);
    g_assert_cmpuint(count("alpha NEAR/1 gamma"), ==, 0);
    g_assert_cmpuint(count("alpha NEAR/2 gamma"), ==, 1);
    g_assert_cmpuint(count("gamma NEAR/2 alpha"), ==, 1);
    g_assert_cmpuint(count("omega /p alpha"), ==, 0); /* the title is a part of its own */
    g_assert_cmpuint(count("omega /p report"), ==, 1);
    /* A phrase: in order, and near. */
    g_assert_cmpuint(count("\"beta gamma\" /s alpha"), ==, 1);
    g_assert_cmpuint(count("\"gamma beta\" /s alpha"), ==, 0);
    /* Inflection, the exact form, prefixes. */
    g_assert_cmpuint(count("хүүхэд /s хамгаалах"), ==, 1);
    /* The documented limit: written forms carry no positions, so in a
     * chain =хүүхэд stands where any form of its stem does (хүүхдийн, by
     * хамгаалах) as long as the unit holds хүүхэд somewhere. */
    g_assert_cmpuint(count("=хүүхэд /s хамгаалах"), ==, 1);
    g_assert_cmpuint(count("=хүүхдүүд /s хамгаалах"), ==, 0);
    g_assert_cmpuint(count("=хүүхдийн /s хамгаалах"), ==, 1);
    g_assert_cmpuint(count("=хүүхэд /s сурна"), ==, 1);
    g_assert_cmpuint(count("=хүүхэд"), ==, 1);
    g_assert_cmpuint(count("=хүүхдийн"), ==, 1);
    g_assert_cmpuint(count("=хүүхдүүд"), ==, 0);
    g_assert_cmpuint(count("хүүх*"), ==, 1);
    g_assert_cmpuint(count("eps*"), ==, 2);
    g_assert_cmpuint(count("eps* /s bet*"), ==, 1);
    g_assert_cmpuint(count("title:sig*"), ==, 1);
    g_assert_cmpuint(count("xyzq*"), ==, 0);
    zx_db_close(db_);
    db_ = NULL;
    char *cmd = g_strdup_printf("rm -rf '%s'", dir);
    g_assert_cmpint(system(cmd), ==, 0);
    g_free(cmd);
    g_free(path);
    g_free(dir);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/proximity/boundaries", test_boundaries);
    g_test_add_func("/proximity/connectors", test_connectors);
    g_test_add_func("/proximity/operators", test_operators);
    return g_test_run();
}
