/* test_translit.c — the script-folded key, Latin -> Cyrillic candidates,
 * and the keys a Latin-typed word reaches through the dictionary. */
#include "tests/unit/test_context.h"
#include "core/analysis.h"
#include "core/context.h"
#include "core/translit.h"

#include <string.h>

static void
check_key(const char *word, const char *want)
{
    char *k = tl_key(word);
    g_assert_cmpstr(k, ==, want);
    g_free(k);
}

static void
test_key(void)
{
    check_key("хүүхэд", "huuhed");
    check_key("шүүх", "wuuh"); /* ш is w: шүүх and сүүх stay apart */
    check_key("сүүх", "suuh");
    check_key("цагдаа", "cagdaa"); /* ц is c, ч is q */
    check_key("чингэлтэй", "qingeltei");
    check_key("хөдөлмөр", "hodolmor"); /* ө and о meet */
    check_key("хуулийн", "huulin");    /* ий is one i */
    check_key("хууль", "huuli");
    check_key("ёс", "ios");
    check_key("яаралтай", "iaaraltai");
    check_key("2024/шцт/67", "2024/wct/67");
}

static bool
has(GPtrArray *a, const char *s)
{
    for (guint i = 0; i < a->len; i++)
        if (strcmp(a->pdata[i], s) == 0)
            return true;
    return false;
}

static void
test_candidates(void)
{
    GPtrArray *c = g_ptr_array_new_with_free_func(g_free);
    tl_cyrillic_candidates("hvvhed", TRUE, 100, c);
    g_assert_true(has(c, "хүүхэд"));
    /* Harmony: no back у beside front э. */
    g_assert_false(has(c, "хуухэд"));
    g_ptr_array_set_size(c, 0);
    tl_cyrillic_candidates("tsagdaa", TRUE, 100, c);
    g_assert_true(has(c, "цагдаа"));
    g_assert_true(has(c, "тсагдаа")); /* ts may be т + с */
    g_ptr_array_set_size(c, 0);
    /* Not plain Latin: nothing. */
    g_assert_cmpuint(tl_cyrillic_candidates("хүн", TRUE, 100, c), ==, 0);
    g_assert_cmpuint(tl_cyrillic_candidates("13.1", TRUE, 100, c), ==, 0);
    /* The bound holds. */
    g_assert_cmpuint(tl_cyrillic_candidates("iiiiiiiiiiii", FALSE, 7, c), ==, 7);
    g_ptr_array_free(c, TRUE);
}

static void
assert_latin_reaches(const char *typed, const char *cyrillic)
{
    az_analyzer *az = test_analyzer();
    char *key = NULL;
    az_word(az, cyrillic, NULL, &key);
    GPtrArray *keys = az_latin_keys(az, typed);
    if (!has(keys, key))
        g_error("%s does not reach %s (key %s)", typed, cyrillic, key);
    g_ptr_array_free(keys, TRUE);
    g_free(key);
}

static void
test_latin_keys(void)
{
    if (!az_analyzer_has_dictionary(test_analyzer())) {
        g_test_skip("hunspell-mn is not installed");
        return;
    }
    /* The examples, and inflected forms reaching the lemma. */
    assert_latin_reaches("hun", "хүн");
    assert_latin_reaches("khun", "хүн");
    assert_latin_reaches("hudaldaa", "худалдаа");
    assert_latin_reaches("khudaldaa", "худалдаа");
    assert_latin_reaches("huuhed", "хүүхэд");
    assert_latin_reaches("hvvhed", "хүүхэд");
    assert_latin_reaches("huuhdiin", "хүүхэд");
    assert_latin_reaches("shuukh", "шүүх");
    assert_latin_reaches("ulaanbaatar", "улаанбаатар");
    assert_latin_reaches("tsagdaa", "цагдаагийн");
    assert_latin_reaches("chingeltei", "чингэлтэй");
    assert_latin_reaches("hudulmur", "хөдөлмөр");
    assert_latin_reaches("hudaldaalsan", "худалдаалах");
    /* Habits of typing by sound: ь left out after л р в н м г or typed i,
     * ы typed ii, a word-initial э typed ye. */
    assert_latin_reaches("huuld", "хуульд");
    assert_latin_reaches("surguulid", "сургууль");
    assert_latin_reaches("govi", "говь");
    assert_latin_reaches("ulsiin", "улсын");
    assert_latin_reaches("togtooliig", "тогтоол");
    assert_latin_reaches("yeruugiin", "эрүү");
    /* ...while the plain spelling still reads as before. */
    assert_latin_reaches("eruugiin", "эрүүгийн");
    /* The stem of a Cyrillic word and its key are cached together. */
    char *s = NULL, *k = NULL;
    az_word(test_analyzer(), "хүүхдийн", &s, &k);
    g_assert_cmpstr(s, ==, "хүүхэд");
    g_assert_cmpstr(k, ==, "huuhed");
    g_free(s);
    g_free(k);
    az_word(test_analyzer(), "court", &s, &k);
    g_assert_null(k);
    g_free(s);
}

static bool
lists(GPtrArray *words, const char *w)
{
    for (guint i = 0; i < words->len; i++)
        if (strcmp(words->pdata[i], w) == 0)
            return true;
    return false;
}

/* The romanisation's ö ü (upper case, precomposed or combining, folded and
 * composed by the query's own normalising), and chat typing's inner 8 and q
 * for ө/ү; an 8 at a word's edge or in a number stays a digit. */
static void
test_romanised_vowels(void)
{
    g_assert_true(tl_latin_typed("h8l8g"));
    g_assert_false(tl_latin_typed("8ger"));
    g_assert_false(tl_latin_typed("ger8"));
    g_assert_false(tl_latin_typed("1988"));
    GPtrArray *c = g_ptr_array_new_with_free_func(g_free);
    g_assert_cmpuint(tl_cyrillic_candidates("8", TRUE, 50, c), ==, 0);
    g_ptr_array_free(c, TRUE);
    if (!az_analyzer_has_dictionary(test_analyzer())) {
        g_test_skip("hunspell-mn is not installed");
        return;
    }
    assert_latin_reaches("\u00f6r\u00f6\u00f6", "өрөө");
    assert_latin_reaches("t\u00fcr\u00fcu", "түрүү");
    char *n = az_normalise("T\u00dcR\u00dcU \u00f6ro\u0308o\u0308", -1);
    char *f = az_fold(n, -1);
    g_assert_cmpstr(f, ==, "t\u00fcr\u00fcu \u00f6r\u00f6\u00f6");
    g_free(f);
    g_free(n);
    assert_latin_reaches("m88r", "мөөр");
    assert_latin_reaches("tqqh", "түүх");
    assert_latin_reaches("h8d8lm8rl88lsen", "хөдөлмөрлүүлсэн");
}

/* A long inflected word of many ambiguous letters is read in every common
 * spelling: its right spelling lies thousands deep among the harmonious
 * ones, past what the reader tries unless dead beginnings are pruned. */
static void
test_long_words(void)
{
    if (!az_analyzer_has_dictionary(test_analyzer())) {
        g_test_skip("hunspell-mn is not installed");
        return;
    }
    assert_latin_reaches("hvchirhiilliig", "хүчирхийлэл");
    assert_latin_reaches("khuchirkhiillees", "хүчирхийлэл");
    assert_latin_reaches("huchirhiilliin", "хүчирхийлэл");
    assert_latin_reaches("hudulmurluulsen", "хөдөлмөрлүүлсэн");
}

/* A Cyrillic word typed without the letters a phone or a Russian keyboard
 * lacks stands for the dictionary words its typing skeleton matches. */
static void
test_cyrillic_alternatives(void)
{
    az_analyzer *az = test_analyzer();
    if (!az_analyzer_has_dictionary(az)) {
        g_test_skip("hunspell-mn is not installed");
        return;
    }
    struct {
        const char *typed, *meant;
    } pairs[] = {
        {"хуухдийг", "хүүхдийг"}, /* у for ү */
        {"ороо", "өрөө"},         /* о for ө */
        {"еруугийн", "эрүүгийн"}, /* е for э, у for ү */
        {"хуулд", "хуульд"},      /* ь left out */
        {"сайн", "сайн"},         /* (a word of its own: none) */
    };
    for (guint i = 0; i < G_N_ELEMENTS(pairs); i++) {
        GPtrArray *w = az_cyrillic_alternatives(az, pairs[i].typed);
        if (strcmp(pairs[i].typed, pairs[i].meant) == 0)
            g_assert_false(lists(w, pairs[i].typed));
        else if (!lists(w, pairs[i].meant))
            g_error("%s is not read as %s", pairs[i].typed, pairs[i].meant);
        g_ptr_array_free(w, TRUE);
    }
    /* What Latin typing keeps apart stays apart: гэрч is not гэр, хүү not
     * хүүхэд. */
    GPtrArray *w = az_cyrillic_alternatives(az, "гэрч");
    g_assert_false(lists(w, "гэр"));
    g_ptr_array_free(w, TRUE);
    w = az_cyrillic_alternatives(az, "хүү");
    g_assert_false(lists(w, "хүүхэд"));
    g_ptr_array_free(w, TRUE);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/translit/key-merges-only-what-latin-cannot-tell", test_key);
    g_test_add_func("/translit/candidates-keep-vowel-harmony", test_candidates);
    g_test_add_func("/translit/latin-typed-words-reach-cyrillic-stems", test_latin_keys);
    g_test_add_func("/translit/romanised-and-chat-vowels", test_romanised_vowels);
    g_test_add_func("/translit/long-words-every-spelling", test_long_words);
    g_test_add_func("/translit/cyrillic-typed-without-letters", test_cyrillic_alternatives);
    return g_test_run();
}
