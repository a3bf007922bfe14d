/* test_glossary.c — the glossary's keys and alternatives (core/glossary.c)
 * as corpus-config/ gives them: a pinned English word keeps its own key
 * where the stemmer would join it with a word of another meaning, a
 * procedural role reaches every stage's word, and a one-way synonym's
 * everyday words are no second hop.  Not for: the queries made of them
 * (test_query.c), their answers on the real statutes (t32). */
#include "tests/unit/test_context.h"
#include "core/glossary.h"

#include <stdlib.h>
#include <string.h>

/* The alternatives of the words `text` as typed, or NULL. */
static const GPtrArray *
alternatives(const char *text)
{
    az_analyzer *az = test_analyzer();
    GPtrArray *w = gl_words(text);
    char *key = gl_key(az, (const char *const *)w->pdata, w->len);
    const GPtrArray *alts = key ? gl_lookup(az_glossary(az), key) : NULL;
    g_free(key);
    g_ptr_array_free(w, TRUE);
    return alts;
}

static bool
has_alternative(const char *text, const char *alt)
{
    const GPtrArray *alts = alternatives(text);
    for (guint i = 0; alts && i < alts->len; i++)
        if (strcmp(alts->pdata[i], alt) == 0)
            return true;
    return false;
}

static char *
key_of(const char *text)
{
    GPtrArray *w = gl_words(text);
    char *key = gl_key(test_analyzer(), (const char *const *)w->pdata, w->len);
    g_ptr_array_free(w, TRUE);
    return key;
}

static void
assert_same_key(const char *a, const char *b, bool same)
{
    char *ka = key_of(a), *kb = key_of(b);
    if ((g_strcmp0(ka, kb) == 0) != same)
        g_error("'%s' [%s] and '%s' [%s] should %shave one key", a, ka, b, kb, same ? "" : "not ");
    g_free(ka);
    g_free(kb);
}

static void
test_pinned_words(void)
{
    if (az_glossary(test_analyzer()) == NULL) {
        g_test_skip("no glossary in corpus-config");
        return;
    }
    /* customer and customs share the stem "custom": a bank's customer is
     * not the customs service (probe E30: "AML know your customer" found
     * smuggling first). */
    g_assert_true(has_alternative("customer", "харилцагч"));
    g_assert_false(has_alternative("customer", "гааль"));
    g_assert_true(has_alternative("customs", "гааль"));
    g_assert_false(has_alternative("customs", "харилцагч"));
    /* A pinned word's inflections keep its key. */
    assert_same_key("customer", "customers", true);
    assert_same_key("customer", "customer's", true);
    assert_same_key("customer", "customs", false);
    /* organise, organising, organised, organize: the act; organisation the
     * body; organiser the doer. */
    g_assert_true(has_alternative("organising", "зохион байгуулах"));
    g_assert_false(has_alternative("organising", "байгууллага"));
    assert_same_key("organising", "organized", true);
    assert_same_key("organising", "organisation", false);
    g_assert_true(has_alternative("organisation", "байгууллага"));
    g_assert_false(has_alternative("organisation", "зохион байгуулах"));
    g_assert_true(has_alternative("organizer", "зохион байгуулагч"));
    /* proceeds of crime are not proceedings; goods are not good; a counsel
     * is a lawyer, counselling is care. */
    g_assert_true(has_alternative("proceeds", "орлого"));
    g_assert_false(has_alternative("proceedings", "орлого"));
    g_assert_false(has_alternative("good", "бараа"));
    g_assert_true(has_alternative("goods", "бараа"));
    g_assert_true(has_alternative("counsel", "өмгөөлөгч"));
    g_assert_false(has_alternative("counsel", "сэтгэл зүйн"));
    g_assert_false(has_alternative("counselling", "өмгөөлөгч"));
    /* A pinned word inside an entry of several words is keyed alike. */
    g_assert_true(has_alternative("know your customers", "харилцагчийг таньж мэдэх"));
}

static void
test_roles_of_every_stage(void)
{
    if (az_glossary(test_analyzer()) == NULL) {
        g_test_skip("no glossary in corpus-config");
        return;
    }
    /* The Procedure Law names the person by the stage (сэжигтэн, яллагдагч,
     * шүүгдэгч); an English speaker means the person. */
    g_assert_true(has_alternative("suspect", "сэжигтэн"));
    g_assert_true(has_alternative("suspect", "яллагдагч"));
    g_assert_true(has_alternative("defendants", "шүүгдэгч"));
    g_assert_true(has_alternative("defendants", "яллагдагч"));
    g_assert_true(has_alternative("accused", "яллагдагч"));
    g_assert_true(has_alternative("accused", "шүүгдэгч"));
    /* Where the question names the stage, the stage's own entry stays. */
    const GPtrArray *alts = alternatives("rights of the suspect");
    g_assert_nonnull(alts);
    g_assert_cmpstr(alts->pdata[0], ==, "баривчлагдсан сэжигтний эрх");
    g_assert_false(has_alternative("rights of the suspect", "яллагдагч"));
}

static void
test_oneway_synonyms_are_no_second_hop(void)
{
    if (az_glossary(test_analyzer()) == NULL) {
        g_test_skip("no glossary in corpus-config");
        return;
    }
    /* bail is барьцаа авах (the Procedure Law's measure); барьцаанд авах,
     * with the same stems, is everyday Mongolian for hostage-taking
     * (mn-synonyms.tsv), which must not come back to "bail". */
    g_assert_true(has_alternative("bail", "барьцаа авах"));
    g_assert_false(has_alternative("bail", "хүн барьцаалах"));
    g_assert_false(has_alternative("release on bail", "хүн барьцаалах"));
    /* The everyday words themselves still lead to the law's phrase. */
    g_assert_true(has_alternative("барьцаанд авах", "хүн барьцаалах"));
    /* And a hostage is still a hostage. */
    g_assert_true(has_alternative("hostage", "хүн барьцаалах"));
}

/* ---- the glossary kept between commands (gl_load_files_cached) ---- */

static char *
write_in(const char *dir, const char *name, const char *text)
{
    char *path = g_build_filename(dir, name, NULL);
    g_assert_true(g_file_set_contents(path, text, -1, NULL));
    return path;
}

/* The glossary from `pairs` through the cache in `dir` for analyzer `id`;
 * *hit says whether it came from the file.  Checked against the same
 * glossary loaded afresh: the same size, phrases and alternatives. */
static gl_glossary *
cached(const char *pairs, const char *dir, const char *id, bool *hit)
{
    const char *files[] = {pairs, NULL};
    az_analyzer *az = test_analyzer();
    gl_glossary *g = gl_load_files_cached(az, files, NULL, dir, id, hit);
    gl_glossary *fresh = gl_load_files(az, files, NULL);
    g_assert_nonnull(g);
    g_assert_nonnull(fresh);
    g_assert_cmpuint(gl_size(g), ==, gl_size(fresh));
    g_assert_cmpuint(gl_max_words(g), ==, gl_max_words(fresh));
    g_assert_cmpstr(gl_phrases_fingerprint(g), ==, gl_phrases_fingerprint(fresh));
    const char *texts[] = {"forced labour", "trafficking in persons", "албадан хөдөлмөр", "хүн худалдаалах", "begging",
                           "гуйлга"};
    for (gsize i = 0; i < G_N_ELEMENTS(texts); i++) {
        GPtrArray *w = gl_words(texts[i]);
        char *key = gl_key(az, (const char *const *)w->pdata, w->len);
        const GPtrArray *a = gl_lookup(g, key), *b = gl_lookup(fresh, key);
        g_assert_cmpuint(a ? a->len : 0, ==, b ? b->len : 0);
        for (guint j = 0; a && j < a->len; j++)
            g_assert_cmpstr(a->pdata[j], ==, b->pdata[j]);
        g_assert_cmpstr(gl_phrase_term(g, texts[i]), ==, gl_phrase_term(fresh, texts[i]));
        g_free(key);
        g_ptr_array_free(w, TRUE);
    }
    gl_free(fresh);
    return g;
}

/* Removes a test's folder and everything in it. */
static void
remove_all(const char *dir)
{
    char *rm = g_strdup_printf("rm -rf '%s'", dir);
    g_assert_cmpint(system(rm), ==, 0);
    g_free(rm);
}

static guint
cache_files(const char *dir)
{
    guint n = 0;
    GDir *d = g_dir_open(dir, 0, NULL);
    for (const char *name; d && (name = g_dir_read_name(d)) != NULL;)
        n += g_str_has_prefix(name, "glossary-");
    if (d)
        g_dir_close(d);
    return n;
}

static void
test_kept_between_commands(void)
{
    char *dir = g_dir_make_tmp("zaalt-glossary-XXXXXX", NULL);
    char *cache = g_build_filename(dir, "cache", NULL);
    char *pairs = write_in(dir, "g.tsv", "forced labour\tалбадан хөдөлмөр\ntrafficking in persons\tхүн худалдаалах\n");
    bool hit = true;
    gl_free(cached(pairs, cache, "A", &hit));
    g_assert_false(hit);
    g_assert_cmpuint(cache_files(cache), ==, 1);
    gl_glossary *g = cached(pairs, cache, "A", &hit);
    g_assert_true(hit);
    g_assert_nonnull(gl_phrase_term(g, "forced labour"));
    gl_free(g);
    /* Another analyzer, or other bytes in the file: made again. */
    gl_free(cached(pairs, cache, "B", &hit));
    g_assert_false(hit);
    g_free(write_in(dir, "g.tsv",
                    "forced labour\tалбадан хөдөлмөр\ntrafficking in persons\tхүн худалдаалах\nbegging\tгуйлга\n"));
    g = cached(pairs, cache, "A", &hit);
    g_assert_false(hit);
    g_assert_cmpuint(gl_size(g), ==, 3);
    gl_free(g);
    g_assert_cmpuint(cache_files(cache), ==, 3);
    /* A file cut short, or one whose counts run past its end, is not
     * taken, and is written again. */
    GDir *d = g_dir_open(cache, 0, NULL);
    for (const char *name; (name = g_dir_read_name(d)) != NULL;) {
        char *path = g_build_filename(cache, name, NULL), *bytes = NULL;
        gsize len = 0;
        g_assert_true(g_file_get_contents(path, &bytes, &len, NULL));
        if (strstr(name, "glossary-")) {
            char *nl = memchr(bytes, '\n', len);
            nl = memchr(nl + 1, '\n', len - (gsize)(nl + 1 - bytes));
            /* The first table's count of keys: larger than the file. */
            memset(nl + 1, 0x7f, 4);
            g_assert_true(g_file_set_contents(path, bytes, (gssize)len, NULL));
        }
        g_free(bytes);
        g_free(path);
    }
    g_dir_close(d);
    g = cached(pairs, cache, "A", &hit);
    g_assert_false(hit);
    gl_free(g);
    gl_free(cached(pairs, cache, "A", &hit));
    g_assert_true(hit);
    d = g_dir_open(cache, 0, NULL);
    for (const char *name; (name = g_dir_read_name(d)) != NULL;) {
        char *path = g_build_filename(cache, name, NULL), *bytes = NULL;
        gsize len = 0;
        g_assert_true(g_file_get_contents(path, &bytes, &len, NULL));
        g_assert_true(g_file_set_contents(path, bytes, (gssize)len / 2, NULL));
        g_free(bytes);
        g_free(path);
    }
    g_dir_close(d);
    gl_free(cached(pairs, cache, "A", &hit));
    g_assert_false(hit);
    /* Files of other keys: the newest eight kept. */
    for (int i = 0; i < 12; i++) {
        char id[16];
        g_snprintf(id, sizeof id, "id%d", i);
        gl_free(cached(pairs, cache, id, &hit));
        g_assert_false(hit);
    }
    g_assert_cmpuint(cache_files(cache), ==, 8);
    /* No folder: loaded, nothing kept. */
    gl_free(cached(pairs, NULL, "A", &hit));
    g_assert_false(hit);
    remove_all(dir);
    g_free(pairs);
    g_free(cache);
    g_free(dir);
}

/* Through the analyzer: its word lists are part of the key.  A stopword
 * added to stopwords-en.txt changes an entry's key, and the glossary kept
 * for the old lists is not the one taken. */
static void
test_analyzer_keeps_glossary(void)
{
    char *dir = g_dir_make_tmp("zaalt-glossary-XXXXXX", NULL);
    char *cache = g_build_filename(dir, "cache", NULL);
    g_free(write_in(dir, "glossary.tsv", "the vulnerable victim\tэмзэг хохирогч\n"));
    g_free(write_in(dir, "stopwords-en.txt", "the\n"));
    char *keys[2];
    for (int round = 0; round < 3; round++) {
        if (round == 2)
            g_free(write_in(dir, "stopwords-en.txt", "the\nvulnerable\n"));
        az_analyzer *az = az_analyzer_new_full(dir, NULL, cache);
        const char *text[] = {"the", "vulnerable", "victim"};
        GPtrArray *w = g_ptr_array_new();
        for (gsize i = 0; i < G_N_ELEMENTS(text); i++)
            g_ptr_array_add(w, (gpointer)text[i]);
        char *key = gl_key(az, (const char *const *)w->pdata, w->len);
        g_assert_nonnull(gl_lookup(az_glossary(az), key));
        if (round < 2)
            keys[round] = key;
        else {
            g_assert_cmpstr(key, !=, keys[0]);
            g_free(key);
        }
        g_ptr_array_free(w, TRUE);
        az_analyzer_free(az);
    }
    g_assert_cmpstr(keys[0], ==, keys[1]);
    g_assert_cmpuint(cache_files(cache), ==, 2);
    g_free(keys[0]);
    g_free(keys[1]);
    remove_all(dir);
    g_free(cache);
    g_free(dir);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/glossary/a-pinned-word-is-not-joined-with-another-meaning-of-its-stem", test_pinned_words);
    g_test_add_func("/glossary/a-role-reaches-every-stage-unless-the-question-names-one", test_roles_of_every_stage);
    g_test_add_func("/glossary/a-one-way-synonym-is-no-second-hop", test_oneway_synonyms_are_no_second_hop);
    g_test_add_func("/glossary/kept-between-commands", test_kept_between_commands);
    g_test_add_func("/glossary/the-analyzer-keeps-it-for-its-word-lists", test_analyzer_keeps_glossary);
    return g_test_run();
}
