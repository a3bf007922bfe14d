/* test_dictmemo.c — hunspell-mn's answers remembered between commands
 * (core/dictmemo.h) and the remembering analyzer (analysis.h).
 *
 * Proves: answers put are answered back after a save and a new opening, an
 * empty stem list included, and words never asked are not; two commands
 * saving in turn keep both's answers; the file spells out no word asked and
 * no stem longer than its tail allows, and is the user's alone; a memo of
 * other dictionary files, a truncated or scribbled-over file answers nothing
 * wrong and never crashes; a remembering analyzer answers every question
 * (stems, keys, known words, Latin-typed readings, everyday words) exactly
 * as one that loads the dictionary, and once the memo holds those words it
 * answers them again without loading hunspell-mn at all. */
#include "core/analysis.h"
#include "core/dictmemo.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include "tests/unit/test_files.h"

#define AFF "/usr/share/hunspell/mn_MN.aff"
#define DIC "/usr/share/hunspell/mn_MN.dic"

static char *tmp;

static char *
memo_path(const char *name)
{
    return g_build_filename(tmp, name, NULL);
}

static bool
have_dictionary(void)
{
    if (g_file_test(AFF, G_FILE_TEST_EXISTS) && g_file_test(DIC, G_FILE_TEST_EXISTS))
        return true;
    g_test_skip("hunspell-mn is not installed");
    return false;
}

/* The file's bytes replaced, without g_file_set_contents's fsync. */
static void
write_file(const char *path, const char *data, gsize len)
{
    FILE *f = fopen(path, "wb");
    g_assert_nonnull(f);
    g_assert_cmpuint(fwrite(data, 1, len, f), ==, len);
    g_assert_cmpint(fclose(f), ==, 0);
}

static void
assert_stems(dm_memo *m, const char *word, const char *joined)
{
    char **stems = NULL;
    g_assert_true(dm_stems(m, word, &stems));
    char *got = g_strjoinv("|", stems);
    g_assert_cmpstr(got, ==, joined);
    g_free(got);
    g_strfreev(stems);
}

static void
test_put_save_reopen(void)
{
    if (!have_dictionary())
        return;
    char *path = memo_path("a.memo");
    dm_memo *m = dm_open(path, AFF, DIC);
    char *two[] = {"хүүхэд", "хүүх", NULL};
    dm_put_stems(m, "хүүхдийг", two, 2);
    dm_put_stems(m, "зүйлгүй", NULL, 0);
    dm_put_spell(m, "Батбаяр", true);
    dm_put_spell(m, "хххх", false);
    g_assert_cmpuint(dm_new_answers(m), ==, 4);
    assert_stems(m, "хүүхдийг", "хүүхэд|хүүх"); /* before saving, too */
    GError *err = NULL;
    g_assert_true(dm_save(m, &err));
    g_assert_no_error(err);
    g_assert_cmpuint(dm_new_answers(m), ==, 0);
    dm_free(m);

    m = dm_open(path, AFF, DIC);
    assert_stems(m, "хүүхдийг", "хүүхэд|хүүх");
    assert_stems(m, "зүйлгүй", "");
    bool ok = false;
    g_assert_true(dm_spell(m, "Батбаяр", &ok));
    g_assert_true(ok);
    g_assert_true(dm_spell(m, "хххх", &ok));
    g_assert_false(ok);
    char **stems = NULL;
    g_assert_false(dm_stems(m, "хүүхдүүд", &stems));
    g_assert_false(dm_spell(m, "хүүхдийг", &ok)); /* asked for its stems, never spelt */
    g_assert_false(dm_stems(m, "Батбаяр", &stems));
    dm_free(m);
    g_free(path);
}

static void
test_two_commands_keep_both(void)
{
    if (!have_dictionary())
        return;
    char *path = memo_path("b.memo");
    dm_memo *first = dm_open(path, AFF, DIC);
    dm_memo *second = dm_open(path, AFF, DIC); /* opened before the first saves */
    dm_put_spell(first, "нэг", true);
    dm_put_spell(second, "хоёр", true);
    g_assert_true(dm_save(first, NULL));
    g_assert_true(dm_save(second, NULL));
    dm_free(first);
    dm_free(second);
    dm_memo *m = dm_open(path, AFF, DIC);
    bool ok = false;
    g_assert_true(dm_spell(m, "нэг", &ok) && ok);
    g_assert_true(dm_spell(m, "хоёр", &ok) && ok);
    dm_free(m);
    g_free(path);
}

/* Whether `needle` occurs anywhere in the file's bytes. */
static bool
file_holds(const char *path, const char *needle)
{
    char *data = NULL;
    gsize len = 0;
    g_assert_true(g_file_get_contents(path, &data, &len, NULL));
    bool found = memmem(data, len, needle, strlen(needle)) != NULL;
    g_free(data);
    return found;
}

static void
test_file_spells_no_word(void)
{
    if (!have_dictionary())
        return;
    char *dir = memo_path("private");
    char *path = g_build_filename(dir, "m.memo", NULL);
    dm_memo *m = dm_open(path, AFF, DIC);
    char *name[] = {"Оюунцэцэг", NULL};
    dm_put_stems(m, "Оюунцэцэгийг", name, 1);
    dm_put_spell(m, "Оюунцэцэг", true);
    /* A stem that shares nothing with its word would be written whole: not
     * remembered. */
    char *other[] = {"Улаанбаатар", NULL};
    dm_put_stems(m, "улаанбаатарт", other, 1);
    g_assert_true(dm_save(m, NULL));
    dm_free(m);
    g_assert_false(file_holds(path, "Оюун"));
    g_assert_false(file_holds(path, "цэцэг"));
    g_assert_false(file_holds(path, "Улаанбаатар"));
    g_assert_false(file_holds(path, "баатар"));
    m = dm_open(path, AFF, DIC);
    assert_stems(m, "Оюунцэцэгийг", "Оюунцэцэг");
    char **stems = NULL;
    g_assert_false(dm_stems(m, "улаанбаатарт", &stems));
    dm_free(m);
    GStatBuf st;
    g_assert_cmpint(g_stat(path, &st), ==, 0);
    g_assert_cmpint(st.st_mode & 0777, ==, 0600);
    g_assert_cmpint(g_stat(dir, &st), ==, 0);
    g_assert_cmpint(st.st_mode & 0777, ==, 0700);
    g_free(path);
    g_free(dir);
}

static void
test_other_dictionary_or_damage(void)
{
    if (!have_dictionary())
        return;
    char *path = memo_path("c.memo");
    dm_memo *m = dm_open(path, AFF, DIC);
    for (int i = 0; i < 200; i++) {
        char *w = g_strdup_printf("үг%d", i);
        char *stem[] = {"үг", NULL};
        dm_put_stems(m, w, stem, 1);
        g_free(w);
    }
    g_assert_true(dm_save(m, NULL));
    dm_free(m);

    /* Another dictionary: the same .dic with another .aff. */
    char *aff2 = memo_path("other.aff");
    g_assert_true(g_file_set_contents(aff2, "SET UTF-8\n", -1, NULL));
    m = dm_open(path, aff2, DIC);
    char **stems = NULL;
    g_assert_false(dm_stems(m, "үг7", &stems));
    dm_free(m);
    /* No dictionary at all: nothing remembered, nothing written. */
    char *gone = memo_path("none.memo");
    m = dm_open(gone, "/nonexistent.aff", "/nonexistent.dic");
    dm_put_spell(m, "нэг", true);
    g_assert_cmpuint(dm_new_answers(m), ==, 0);
    g_assert_true(dm_save(m, NULL));
    dm_free(m);
    g_assert_false(g_file_test(gone, G_FILE_TEST_EXISTS));

    char *data = NULL;
    gsize len = 0;
    g_assert_true(g_file_get_contents(path, &data, &len, NULL));
    /* Cut short anywhere: an empty memo. */
    for (gsize cut = 0; cut < len; cut += 97) {
        write_file(path, data, cut);
        m = dm_open(path, AFF, DIC);
        g_assert_false(dm_stems(m, "үг7", &stems));
        dm_free(m);
    }
    /* Scribbled over after the header: some answers lost or wrong, but
     * never a crash or a stem that is no UTF-8. */
    GRand *r = g_rand_new_with_seed(7);
    for (int round = 0; round < 300; round++) {
        char *copy = g_memdup2(data, len);
        for (int k = 0; k < 8; k++)
            copy[104 + g_rand_int_range(r, 0, (gint32)(len - 104))] = (char)g_rand_int(r);
        write_file(path, copy, len);
        m = dm_open(path, AFF, DIC);
        for (int i = 0; i < 200; i += 13) {
            char *w = g_strdup_printf("үг%d", i);
            if (dm_stems(m, w, &stems)) {
                for (char **s = stems; *s; s++)
                    g_assert_true(g_utf8_validate(*s, -1, NULL));
                g_strfreev(stems);
            }
            g_free(w);
        }
        dm_free(m);
        g_free(copy);
    }
    g_rand_free(r);
    g_free(data);
    g_free(gone);
    g_free(aff2);
    g_free(path);
}

/* Every question an analyzer answers about `words`, one line each. */
static char *
answers(az_analyzer *az, const char *const *words)
{
    GString *out = g_string_new(NULL);
    for (const char *const *w = words; *w; w++) {
        char *folded = az_fold(*w, -1);
        char *stem = NULL, *key = NULL;
        az_word(az, folded, &stem, &key);
        g_string_append_printf(out, "%s\t%s\t%s\t%d%d%d", folded, stem, key ? key : "-", az_word_known(az, folded),
                               az_is_known(az, folded), az_is_everyday_word(az, folded));
        for (int mode = AZ_STEM_HUNSPELL; mode <= AZ_STEM_HUNSPELL_RULES; mode++) {
            char *s = az_stem_with(az, folded, (az_stem_mode)mode);
            g_string_append_printf(out, "\t%s", s);
            g_free(s);
        }
        GPtrArray *keys = az_latin_keys(az, folded);
        GPtrArray *spelt = az_latin_words(az, folded);
        for (guint i = 0; i < keys->len; i++)
            g_string_append_printf(out, "\tk:%s", (char *)keys->pdata[i]);
        for (guint i = 0; i < spelt->len; i++)
            g_string_append_printf(out, "\tw:%s", (char *)spelt->pdata[i]);
        g_string_append_c(out, '\n');
        g_ptr_array_free(keys, TRUE);
        g_ptr_array_free(spelt, TRUE);
        g_free(stem);
        g_free(key);
        g_free(folded);
    }
    return g_string_free(out, FALSE);
}

static void
test_analyzer_answers_alike(void)
{
    if (!have_dictionary())
        return;
    static const char *const words[] = {
        "хүүхдийг", "хүүхдүүдийн", "худалдаалах", "худалдаалсан", "шүүхэд", "шүүгдэгчийн", "хохирогчид",
        "Улаанбаатар", "улаанбаатарт", "Батбаяр", "Батбаярын", "Дорнод", "аймгийн", "эрүүгийн", "хуулийн",
        "зүйлийн", "хэсэгт", "хөдөлмөр", "мөлжлөг", "тээвэрлэсэн", "бэлгийн", "насанд", "хүрээгүй",
        "гэр", "хххх", "Оюунцэцэгийг", "huuhdiin", "hun", "khudaldaa", "shuukh", "ulaanbaatar", "zaalt",
        "trafficking", "children", "2015", "13.1", NULL};
    char *dir = g_build_filename(tmp, "analyzer", NULL);
    char *path = g_build_filename(dir, "mn.memo", NULL);
    az_analyzer *eager = az_analyzer_new("corpus-config");
    g_assert_true(az_analyzer_dictionary_loaded(eager));
    char *want = answers(eager, words);

    az_analyzer *first = az_analyzer_new_remembering("corpus-config", path);
    char *got = answers(first, words);
    g_assert_cmpstr(got, ==, want);
    g_free(got);
    g_assert_true(az_analyzer_dictionary_loaded(first)); /* a new memo: it had to */
    GError *err = NULL;
    g_assert_true(az_analyzer_save_memo(first, &err));
    g_assert_no_error(err);
    az_analyzer_free(first);

    az_analyzer *second = az_analyzer_new_remembering("corpus-config", path);
    g_assert_true(az_analyzer_has_dictionary(second));
    got = answers(second, words);
    g_assert_cmpstr(got, ==, want);
    g_assert_false(az_analyzer_dictionary_loaded(second));
    g_free(got);
    /* A word the memo lacks loads the dictionary then, and is answered as
     * the eager analyzer would. */
    char *stem = az_stem(second, "гэрчүүдийг");
    g_assert_true(az_analyzer_dictionary_loaded(second));
    char *want_stem = az_stem(eager, "гэрчүүдийг");
    g_assert_cmpstr(stem, ==, want_stem);
    g_free(want_stem);
    g_free(stem);
    az_analyzer_free(second);
    az_analyzer_free(eager);
    g_free(want);
    g_free(path);
    g_free(dir);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    tmp = g_dir_make_tmp("zaalt-dictmemo-XXXXXX", NULL);
    g_test_add_func("/dictmemo/put-save-reopen", test_put_save_reopen);
    g_test_add_func("/dictmemo/two-commands-keep-both", test_two_commands_keep_both);
    g_test_add_func("/dictmemo/file-spells-no-word", test_file_spells_no_word);
    g_test_add_func("/dictmemo/other-dictionary-or-damage", test_other_dictionary_or_damage);
    g_test_add_func("/dictmemo/analyzer-answers-alike", test_analyzer_answers_alike);
    int rc = g_test_run();
    remove_tree(tmp);
    g_free(tmp);
    return rc;
}
