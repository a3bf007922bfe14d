/* test_query.c — the query language: what each construct becomes, and
 * the exact message for each kind of malformed query. */
#include "search/config.h"
#include "search/query.h"
#include "search/search.h"

#include <string.h>

static char *
describe(const char *text)
{
    GError *err = NULL;
    zx_query *q = zq_parse(zs_shared_analyzer(), text, NULL, &err);
    if (!q)
        g_error("'%s' did not parse: %s", text, err->message);
    char *d = zx_query_describe(q);
    zx_query_free(q);
    return d;
}

static void
assert_describes(const char *text, const char *needle)
{
    char *d = describe(text);
    if (!strstr(d, needle))
        g_error("'%s' -> %s, which lacks %s", text, d, needle);
    g_free(d);
}

static void
assert_error(const char *text, const char *message)
{
    GError *err = NULL;
    zx_query *q = zq_parse(zs_shared_analyzer(), text, NULL, &err);
    g_assert_null(q);
    g_assert_error(err, ZS_ERROR, ZS_ERROR_SYNTAX);
    g_assert_cmpstr(err->message, ==, message);
    g_error_free(err);
}

static void
test_words(void)
{
    /* A word is its exact form OR its stem. */
    assert_describes("хүүхдийн", "(хүүхдийн OR Zхүүхэд)");
    /* Adjacent words must all match. */
    assert_describes("хүүхэд шүүх", "AND");
    /* Stopwords drop out of AND lists. */
    char *d = describe("the trafficking");
    g_assert_null(strstr(d, "the"));
    g_free(d);
    /* ...but a query of stopwords alone still searches. */
    assert_describes("the", "the");
}

static void
test_operators(void)
{
    assert_describes("хүүхэд OR охин", " OR ");
    assert_describes("хүүхэд NOT охин", "AND_NOT");
    assert_describes("хүүхэд -охин", "AND_NOT");
    assert_describes("(хүүхэд OR охин) AND шүүх", "AND");
    assert_describes("\"хүн худалдаалах\"", "PHRASE 2");
    /* A hyphenated chunk stands together as a phrase. */
    assert_describes("хүн-худалдаалах", "PHRASE 2");
    assert_describes("NOT хүүхэд", "<alldocuments> AND_NOT");
}

static void
test_fields(void)
{
    assert_describes("type:decision", "XTdecision");
    assert_describes("type:Decision", "XTdecision");
    assert_describes("article:13.1", "XA13.1");
    assert_describes("article:Art.13.1.", "XA13.1");
    assert_describes("title:хуулийн", "Sхууль");
    /* A colon with a space after it is punctuation, not a field. */
    assert_describes("ТОГТООХ нь: хорих", "(хорих OR Z");
}

static void
test_errors(void)
{
    assert_error("\"хүн худалдаалах", "the phrase that starts here has no closing quote (at character 1)");
    assert_error("(хүүхэд OR охин", "this '(' is never closed (at character 1)");
    assert_error("хүүхэд)", "')' without a matching '(' (at character 7)");
    assert_error("хүүхэд OR", "OR needs a word or phrase after it (at character 8)");
    assert_error("AND хүүхэд", "AND needs a word or phrase before it (at character 1)");
    assert_error("хүүхэд NOT", "NOT has nothing after it to exclude (at character 8)");
    assert_error("()", "empty parentheses (at character 1)");
    assert_error("type:", "'type:' has no value after the colon (at character 1)");
    assert_error("colour:red",
                 "unknown field 'colour' (fields: title, type, lang, year, court, article, outcome, source, doc, "
                 "id, kind, provision, access, cites) (at character 1)");
}

static void
test_empty(void)
{
    assert_describes("", "<alldocuments>");
    assert_describes("   ", "<alldocuments>");
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/query/words", test_words);
    g_test_add_func("/query/operators", test_operators);
    g_test_add_func("/query/fields", test_fields);
    g_test_add_func("/query/errors-say-what-and-where", test_errors);
    g_test_add_func("/query/empty-matches-all", test_empty);
    return g_test_run();
}
