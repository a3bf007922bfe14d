/* test_snippet.c — snippets mark inflected forms, escape HTML, and show the
 * passage with the most distinct query words. */
#include "search/config.h"
#include "search/query.h"
#include "search/snippet.h"

#include <string.h>

static char *
snippet(const char *query, const char *text, int chars)
{
    zq_highlight *hl = zq_highlight_new();
    zx_query *q = zq_parse(zs_shared_analyzer(), query, hl, NULL);
    g_assert_nonnull(q);
    zx_query_free(q);
    char *s = zs_snippet(zs_shared_analyzer(), hl, text, chars);
    zq_highlight_free(hl);
    return s;
}

static void
test_inflected_forms_marked(void)
{
    char *s = snippet("хүүхэд", "Насанд хүрээгүй хүүхдийн эрхийг хамгаална.", 200);
    g_assert_cmpstr(s, ==, "Насанд хүрээгүй <mark>хүүхдийн</mark> эрхийг хамгаална.");
    g_free(s);
}

static void
test_latin_and_synonym_matches_marked(void)
{
    /* A Latin-typed query marks the Cyrillic words it matched... */
    char *s = snippet("huuhed", "Насанд хүрээгүй хүүхдийн эрхийг хамгаална.", 200);
    g_assert_cmpstr(s, ==, "Насанд хүрээгүй <mark>хүүхдийн</mark> эрхийг хамгаална.");
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

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/snippet/latin-and-synonym-matches-marked", test_latin_and_synonym_matches_marked);
    g_test_add_func("/snippet/inflected-forms-marked", test_inflected_forms_marked);
    g_test_add_func("/snippet/html-escaped", test_escaped);
    g_test_add_func("/snippet/best-passage", test_best_passage);
    g_test_add_func("/snippet/negated-words-not-marked", test_negated_words_not_marked);
    return g_test_run();
}
