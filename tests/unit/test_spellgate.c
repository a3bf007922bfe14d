/* test_spellgate.c — the gate before hunspell (core/spellgate.h).
 *
 * Proves: the table fits the installed hunspell-mn (or says why not); no
 * spelling hunspell accepts is ever dropped — every Cyrillic spelling of
 * every Latin word in tests/data/latin-typing.tsv, the intended words,
 * proper nouns, fleeting vowels and compounds; impossible spellings are
 * dropped, most of a long word's; the fingerprint tells files apart. */
#include "core/analysis.h"
#include "core/spellgate.h"
#include "core/translit.h"

#include <glib/gstdio.h>
#include <string.h>

#define AFF "/usr/share/hunspell/mn_MN.aff"
#define DIC "/usr/share/hunspell/mn_MN.dic"

static az_analyzer *az;

/* The gate's checks run only against the dictionary it was built from. */
static bool
gate_usable(void)
{
    if (!az_analyzer_has_dictionary(az)) {
        g_test_skip("hunspell-mn is not installed");
        return false;
    }
    if (!sg_table_matches(AFF, DIC)) {
        g_test_skip("core/spellgate_table.c was built from another hunspell-mn: run make spellgate");
        return false;
    }
    return true;
}

static void
assert_passes_if_known(const char *folded)
{
    if (az_is_known(az, folded) && !sg_may_be_word(folded))
        g_error("the gate drops %s, which hunspell-mn accepts", folded);
}

static void
test_known_words_pass(void)
{
    if (!gate_usable())
        return;
    /* Fleeting vowels, proper nouns (capitalised in the dictionary),
     * compounds of two dictionary words, a two-suffix form. */
    const char *words[] = {"хүүхдийн",    "хүүхдүүдийн", "улаанбаатар",    "дорнод",      "монголорос", "халхмонгол",
                           "хятадмонгол", "хохирогчийн", "худалдаалахтай", "хөдөлмөрийн", "говь",       "улсын"};
    for (size_t i = 0; i < G_N_ELEMENTS(words); i++) {
        g_assert_true(az_is_known(az, words[i]));
        g_assert_true(sg_may_be_word(words[i]));
    }
}

/* Every spelling the reader builds for a Latin word (both passes, as
 * latin_readings does) that hunspell accepts gets through the gate. */
static void
test_latin_spellings_pass(void)
{
    if (!gate_usable())
        return;
    char *text = NULL;
    g_assert_true(g_file_get_contents("tests/data/latin-typing.tsv", &text, NULL, NULL));
    char **lines = g_strsplit(text, "\n", -1);
    unsigned rows = 0, known = 0;
    for (char **l = lines; *l; l++) {
        if (!**l || **l == '#')
            continue;
        char **cols = g_strsplit(*l, "\t", 2);
        char *typed = az_fold(cols[0], -1), *intended = az_fold(cols[1], -1);
        assert_passes_if_known(intended);
        GPtrArray *cands = g_ptr_array_new_with_free_func(g_free);
        tl_cyrillic_candidates(typed, TRUE, 400, cands);
        tl_cyrillic_candidates(typed, FALSE, 400, cands);
        for (guint i = 0; i < cands->len; i++) {
            known += az_is_known(az, cands->pdata[i]);
            assert_passes_if_known(cands->pdata[i]);
        }
        rows++;
        g_ptr_array_free(cands, TRUE);
        g_free(typed);
        g_free(intended);
        g_strfreev(cols);
    }
    g_strfreev(lines);
    g_free(text);
    g_assert_cmpuint(rows, >=, 150);
    g_assert_cmpuint(known, >=, rows); /* the check had words to check */
}

static void
test_impossible_dropped(void)
{
    if (!gate_usable())
        return;
    const char *bad[] = {"хүөхэд", "хөүкхэд", "хүүхдйн", "хөөкхэд"};
    for (size_t i = 0; i < G_N_ELEMENTS(bad); i++) {
        g_assert_false(az_is_known(az, bad[i]));
        if (sg_may_be_word(bad[i]))
            g_error("the gate lets %s through", bad[i]);
    }
    /* Most spellings of a long word are impossible. */
    GPtrArray *cands = g_ptr_array_new_with_free_func(g_free);
    tl_cyrillic_candidates("khokhirogchiin", TRUE, 400, cands);
    guint dropped = 0;
    for (guint i = 0; i < cands->len; i++)
        dropped += !sg_may_be_word(cands->pdata[i]);
    g_assert_cmpuint(cands->len, ==, 400);
    g_assert_cmpuint(dropped, >, cands->len * 3 / 4);
    g_ptr_array_free(cands, TRUE);
    /* Letters outside the table's are not judged. */
    g_assert_true(sg_may_be_word("хүүхэд-"));
    g_assert_true(sg_may_be_word(""));
}

static void
test_fingerprint(void)
{
    char *dir = g_dir_make_tmp("zaalt-sg-XXXXXX", NULL);
    char *aff = g_build_filename(dir, "x.aff", NULL), *dic = g_build_filename(dir, "x.dic", NULL);
    g_assert_true(g_file_set_contents(aff, "SET UTF-8\n", -1, NULL));
    g_assert_true(g_file_set_contents(dic, "1\nхүн\n", -1, NULL));
    sg_source s;
    g_assert_true(sg_fingerprint(aff, dic, &s));
    g_assert_cmpint(s.aff_size, ==, 10);
    g_assert_cmpint(s.dic_size, ==, (gint64)strlen("1\nхүн\n"));
    g_assert_true(s.aff_hash == sg_hash("SET UTF-8\n", 10));
    g_assert_true(s.dic_hash == sg_hash("1\nхүн\n", strlen("1\nхүн\n")));
    g_assert_false(sg_table_matches(aff, dic));
    g_assert_false(sg_fingerprint(aff, "/nonexistent/x.dic", &s));
    g_assert_false(sg_table_matches("/nonexistent/x.aff", dic));
    g_unlink(aff);
    g_unlink(dic);
    g_rmdir(dir);
    g_free(aff);
    g_free(dic);
    g_free(dir);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    az = az_analyzer_new("corpus-config");
    g_test_add_func("/spellgate/fingerprint", test_fingerprint);
    g_test_add_func("/spellgate/known-words-pass", test_known_words_pass);
    g_test_add_func("/spellgate/latin-spellings-pass", test_latin_spellings_pass);
    g_test_add_func("/spellgate/impossible-dropped", test_impossible_dropped);
    int rc = g_test_run();
    az_analyzer_free(az);
    return rc;
}
