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

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/translit/key-merges-only-what-latin-cannot-tell", test_key);
    g_test_add_func("/translit/candidates-keep-vowel-harmony", test_candidates);
    g_test_add_func("/translit/latin-typed-words-reach-cyrillic-stems", test_latin_keys);
    return g_test_run();
}
