/* test_snippet.c — snippets mark inflected forms, escape HTML, and show the
 * passage with the most distinct query words. */
#include "tests/unit/test_context.h"
#include "core/context.h"
#include "search/query.h"
#include "search/snippet.h"

#include <string.h>

static char *
snippet(const char *query, const char *text, int chars)
{
    zq_highlight *hl = zq_highlight_new();
    zx_query *q = zq_parse(test_analyzer(), query, hl, NULL);
    g_assert_nonnull(q);
    zx_query_free(q);
    char *s = zs_snippet(test_analyzer(), hl, text, chars);
    zq_highlight_free(hl);
    return s;
}

static void
test_inflected_forms_marked(void)
{
    char *s = snippet("хүүхэд", "Насанд хүрээгүй хүүхдийн эрхийг хамгаална.", 200);
    /* The glossary joins a child and a minor (насанд хүрээгүй, the law's
     * other word for one under 18), which is marked too. */
    g_assert_cmpstr(s, ==, "<mark>Насанд</mark> <mark>хүрээгүй</mark> <mark>хүүхдийн</mark> эрхийг хамгаална.");
    g_free(s);
    s = snippet("хүүхэд", "Хүүхдийн эрхийг хамгаална.", 200);
    g_assert_cmpstr(s, ==, "<mark>Хүүхдийн</mark> эрхийг хамгаална.");
    g_free(s);
}

static void
test_latin_and_synonym_matches_marked(void)
{
    /* A Latin-typed query marks the Cyrillic words it matched... */
    char *s = snippet("huuhed", "Насанд хүрээгүй хүүхдийн эрхийг хамгаална.", 200);
    /* (The glossary joins a child and a minor, насанд хүрээгүй, which may
     * be marked too; the child must be.) */
    g_assert_nonnull(strstr(s, "<mark>хүүхдийн</mark> эрхийг хамгаална."));
    g_assert_null(strstr(s, "<mark>эрхийг"));
    g_free(s);
    /* ...and an English query the Mongolian synonym it matched. */
    s = snippet("victim", "Хохирогчийн эрхийг хамгаална.", 200);
    g_assert_cmpstr(s, ==, "<mark>Хохирогчийн</mark> эрхийг хамгаална.");
    g_free(s);
}

static void
test_escaped(void)
{
    char *s = snippet("trafficking", "<b>Trafficking</b> & \"exploitation\"", 200);
    g_assert_cmpstr(s, ==, "&lt;b&gt;<mark>Trafficking</mark>&lt;/b&gt; &amp; &quot;exploitation&quot;");
    g_free(s);
}

static void
test_best_passage(void)
{
    GString *t = g_string_new(NULL);
    for (int i = 0; i < 60; i++)
        g_string_append(t, "шүүх хуралдаан. ");
    g_string_append(t, "Хүн худалдаалах гэмт хэрэгт хохирогч болсон хүүхдийг хамгаална. ");
    for (int i = 0; i < 60; i++)
        g_string_append(t, "шүүх хуралдаан. ");
    char *s = snippet("хүүхэд хохирогч шүүх", t->str, 160);
    g_assert_nonnull(strstr(s, "<mark>хохирогч</mark>"));
    g_assert_nonnull(strstr(s, "<mark>хүүхдийг</mark>"));
    g_assert_true(g_str_has_prefix(s, "…"));
    g_assert_true(g_str_has_suffix(s, "…"));
    g_assert_cmpint(g_utf8_strlen(s, -1), <, 160 + 120); /* marks and ellipses aside */
    g_free(s);
    g_string_free(t, TRUE);
}

static void
test_negated_words_not_marked(void)
{
    char *s = snippet("хүүхэд -охин", "хүүхэд болон охин", 200);
    g_assert_cmpstr(s, ==, "<mark>хүүхэд</mark> болон охин");
    g_free(s);
}

/* One search builds all its snippets with one zq_highlight, whose memo of
 * analysed spellings carries over from unit to unit: a word seen in an
 * earlier unit is marked (or not) exactly as in a fresh one. */
static void
test_memo_shared_between_units(void)
{
    zq_highlight *hl = zq_highlight_new();
    zx_query *q = zq_parse(test_analyzer(), "хүүхэд \"хүний эрх\"", hl, NULL);
    g_assert_nonnull(q);
    zx_query_free(q);
    const char *units[] = {
        "Хүүхдийн эрхийг хүний эрх гэнэ.",
        "Хүүхэд хүүхдийн хүүхдийн ХҮҮХДИЙН эрх хэрэг.",
        "Хүний эрх, хүүхдийн эрх.",
    };
    const char *want[] = {
        "<mark>Хүүхдийн</mark> <mark>эрхийг</mark> <mark>хүний</mark> <mark>эрх</mark> гэнэ.",
        "<mark>Хүүхэд</mark> <mark>хүүхдийн</mark> <mark>хүүхдийн</mark> <mark>ХҮҮХДИЙН</mark> <mark>эрх</mark> "
        "хэрэг.",
        "<mark>Хүний</mark> <mark>эрх</mark>, <mark>хүүхдийн</mark> <mark>эрх</mark>.",
    };
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < G_N_ELEMENTS(units); i++) {
            char *s = zs_snippet(test_analyzer(), hl, units[i], 200);
            g_assert_cmpstr(s, ==, want[i]);
            g_free(s);
        }
    zq_highlight_free(hl);
}

/* Parsing more words into a highlight set that snippets have used must
 * not leave a word remembered as "no match": хохирогч, analysed for the
 * query хүүхэд, is marked once хохирогч is asked for too. */
static void
test_memo_emptied_by_parse(void)
{
    const char *text = "Хүүхдийн хохирогчийн эрх.";
    zq_highlight *hl = zq_highlight_new();
    zx_query *q = zq_parse(test_analyzer(), "хүүхэд", hl, NULL);
    zx_query_free(q);
    char *s = zs_snippet(test_analyzer(), hl, text, 200);
    g_assert_cmpstr(s, ==, "<mark>Хүүхдийн</mark> хохирогчийн эрх.");
    g_free(s);
    q = zq_parse(test_analyzer(), "хохирогч", hl, NULL);
    zx_query_free(q);
    s = zs_snippet(test_analyzer(), hl, text, 200);
    g_assert_cmpstr(s, ==, "<mark>Хүүхдийн</mark> <mark>хохирогчийн</mark> эрх.");
    g_free(s);
    zq_highlight_free(hl);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/snippet/latin-and-synonym-matches-marked", test_latin_and_synonym_matches_marked);
    g_test_add_func("/snippet/inflected-forms-marked", test_inflected_forms_marked);
    g_test_add_func("/snippet/html-escaped", test_escaped);
    g_test_add_func("/snippet/best-passage", test_best_passage);
    g_test_add_func("/snippet/negated-words-not-marked", test_negated_words_not_marked);
    g_test_add_func("/snippet/memo-shared-between-units", test_memo_shared_between_units);
    g_test_add_func("/snippet/memo-emptied-by-parse", test_memo_emptied_by_parse);
    return g_test_run();
}
