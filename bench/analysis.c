/* bench/analysis.c — measures Zaalt's Mongolian analysis (make bench).
 *
 *   stemming   recall: share of the forms in tests/data/mn-forms.tsv whose
 *              stem is their lemma's stem; precision: share of unrelated
 *              pairs (a lemma and a form of another lemma, and known traps)
 *              whose stems differ; for hunspell alone, the suffix rules
 *              alone, both, and both with the lemma and protected lists
 *              (what Zaalt runs);
 *   key        collisions of the script-folded key on the hunspell-mn word
 *              list, beside a fold of ө/ү alone;
 *   latin      tests/data/latin-typing.tsv: share of typed words whose keys
 *              include the intended word's key, and, over an index of the
 *              demo corpus (--db), share whose search has the intended
 *              word's best document in its top 3;
 *   laws       tests/data/law-names.tsv over an index of the statutes
 *              (--laws-db): share of law names (Cyrillic, Latin, English)
 *              whose law is in the top 3;
 *   speed      words analysed per second, with and without hunspell;
 *   mixed      words mixing Cyrillic with Latin (or other) letters in the
 *              real texts (--scan DIR, every *.txt in it), before and after
 *              az_normalise: look-alike letters the normaliser must fold.
 *              With --mixed-only, this alone, and the exit status is 1 when
 *              any mixed word survives normalisation (tests/t60).
 *
 * Not part of `make check`: it prints figures, it does not judge them.
 */
#include "tests/unit/test_context.h"
#include "core/analysis.h"
#include "core/context.h"
#include "search/search.h"
#include "core/translit.h"

#include <stdio.h>
#include <string.h>

typedef struct {
    char *a, *b;
} pair;

static GPtrArray *
read_tsv(const char *path, int min_cols)
{
    GPtrArray *rows = g_ptr_array_new_with_free_func((GDestroyNotify)g_strfreev);
    char *contents = NULL;
    if (!g_file_get_contents(path, &contents, NULL, NULL)) {
        fprintf(stderr, "bench: cannot read %s\n", path);
        return rows;
    }
    char **lines = g_strsplit(contents, "\n", -1);
    for (char **l = lines; *l; l++) {
        if (!**l || **l == '#')
            continue;
        char **cols = g_strsplit(*l, "\t", -1);
        if ((int)g_strv_length(cols) >= min_cols)
            g_ptr_array_add(rows, cols);
        else
            g_strfreev(cols);
    }
    g_strfreev(lines);
    g_free(contents);
    return rows;
}

static char *
stem_mode(az_analyzer *az, const char *word, az_stem_mode mode)
{
    char *f = az_fold(word, -1);
    char *s = az_stem_with(az, f, mode);
    g_free(f);
    return s;
}

/* Pairs that must stay apart whatever the list says: a victim is not
 * every form of "to harm", trade is not a lie, a court is not "filter". */
static const char *const traps_apart[][2] = {
    {"хохирогч", "хохироох"},
    {"хохирогч", "хохироосон"},
    {"худалдаа", "худал"},
    {"худалдаа", "худлаа"},
    {"шүүх", "шүү"},
    {"шүүгдэгч", "шүүгдэх"},
    {"цагдаа", "цагаан"},
    {"хүүхэд", "хүү"},
    {"эрх", "эр"},
    {"хууль", "хуулах"},
    {"гэрч", "гэр"},
    {"хүн", "хүнс"},
};
/* Pairs that must meet: irregular plurals and fleeting vowels. */
static const char *const traps_together[][2] = {
    {"хүн", "хүмүүс"},  {"охин", "охид"},       {"эмэгтэй", "эмэгтэйчүүд"},
    {"хүү", "хөвгүүд"}, {"хүүхэд", "хүүхдүүд"}, {"хэрэг", "хэргийн"},
};

static void
bench_stemming(az_analyzer *az, const char *data)
{
    char *path = g_build_filename(data, "mn-forms.tsv", NULL);
    GPtrArray *rows = read_tsv(path, 2);
    g_free(path);
    GPtrArray *lemmas = g_ptr_array_new();
    for (guint i = 0; i < rows->len; i++) {
        char **r = rows->pdata[i];
        if (!lemmas->len || strcmp(lemmas->pdata[lemmas->len - 1], r[0]) != 0)
            g_ptr_array_add(lemmas, r[0]);
    }
    static const struct {
        az_stem_mode mode;
        const char *name;
    } modes[] = {
        {AZ_STEM_HUNSPELL, "hunspell alone"},
        {AZ_STEM_RULES, "rules alone"},
        {AZ_STEM_HUNSPELL_RULES, "hunspell + rules"},
        {AZ_STEM_FULL, "hunspell + rules + lists (Zaalt)"},
    };
    printf("## Stemming (%u forms of %u lemmas, tests/data/mn-forms.tsv)\n\n", rows->len, lemmas->len);
    printf("| analysis | recall | precision | traps apart | irregulars together |\n|---|---|---|---|---|\n");
    for (size_t m = 0; m < G_N_ELEMENTS(modes); m++) {
        GHashTable *lemma_stem = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, g_free);
        for (guint i = 0; i < lemmas->len; i++)
            g_hash_table_insert(lemma_stem, lemmas->pdata[i], stem_mode(az, lemmas->pdata[i], modes[m].mode));
        unsigned hit = 0;
        GPtrArray *form_stems = g_ptr_array_new_with_free_func(g_free);
        for (guint i = 0; i < rows->len; i++) {
            char **r = rows->pdata[i];
            char *s = stem_mode(az, r[1], modes[m].mode);
            if (strcmp(s, g_hash_table_lookup(lemma_stem, r[0])) == 0)
                hit++;
            g_ptr_array_add(form_stems, s);
        }
        /* Unrelated pairs: each lemma against every form of every other
         * lemma, and every lemma against every other lemma. */
        unsigned long pairs = 0, apart = 0;
        for (guint i = 0; i < lemmas->len; i++) {
            const char *ls = g_hash_table_lookup(lemma_stem, lemmas->pdata[i]);
            for (guint j = 0; j < rows->len; j++) {
                char **r = rows->pdata[j];
                if (strcmp(r[0], lemmas->pdata[i]) == 0)
                    continue;
                pairs++;
                if (strcmp(ls, form_stems->pdata[j]) != 0)
                    apart++;
            }
            for (guint j = i + 1; j < lemmas->len; j++) {
                pairs++;
                if (strcmp(ls, g_hash_table_lookup(lemma_stem, lemmas->pdata[j])) != 0)
                    apart++;
            }
        }
        unsigned t_apart = 0, t_together = 0;
        for (size_t t = 0; t < G_N_ELEMENTS(traps_apart); t++) {
            char *x = stem_mode(az, traps_apart[t][0], modes[m].mode),
                 *y = stem_mode(az, traps_apart[t][1], modes[m].mode);
            t_apart += strcmp(x, y) != 0;
            g_free(x);
            g_free(y);
        }
        for (size_t t = 0; t < G_N_ELEMENTS(traps_together); t++) {
            char *x = stem_mode(az, traps_together[t][0], modes[m].mode),
                 *y = stem_mode(az, traps_together[t][1], modes[m].mode);
            t_together += strcmp(x, y) == 0;
            g_free(x);
            g_free(y);
        }
        printf("| %s | %.1f %% (%u/%u) | %.2f %% (%lu/%lu) | %u/%zu | %u/%zu |\n", modes[m].name,
               100.0 * hit / MAX(rows->len, 1), hit, rows->len, 100.0 * apart / MAX(pairs, 1), apart, pairs, t_apart,
               G_N_ELEMENTS(traps_apart), t_together, G_N_ELEMENTS(traps_together));
        if (g_getenv("BENCH_VERBOSE") && modes[m].mode == AZ_STEM_FULL)
            for (guint i = 0; i < rows->len; i++) {
                char **r = rows->pdata[i];
                if (strcmp(form_stems->pdata[i], g_hash_table_lookup(lemma_stem, r[0])) != 0)
                    fprintf(stderr, "miss: %s -> %s, %s -> %s\n", r[1], (char *)form_stems->pdata[i], r[0],
                            (char *)g_hash_table_lookup(lemma_stem, r[0]));
            }
        g_ptr_array_free(form_stems, TRUE);
        g_hash_table_destroy(lemma_stem);
    }
    printf("\n");
    g_ptr_array_free(lemmas, TRUE);
    g_ptr_array_free(rows, TRUE);
}

/* ө -> о and ү -> у only: the naive fold, for comparison. */
static char *
naive_fold(const char *w)
{
    GString *s = g_string_new(NULL);
    for (const char *p = w; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        g_string_append_unichar(s, c == 0x04E9 ? 0x043E : c == 0x04AF ? 0x0443 : c);
    }
    return g_string_free(s, FALSE);
}

static double
collision_rate(GPtrArray *words, char *(*keyfn)(const char *), unsigned *colliding)
{
    GHashTable *count = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    GPtrArray *keys = g_ptr_array_new_with_free_func(g_free);
    for (guint i = 0; i < words->len; i++) {
        char *k = keyfn(words->pdata[i]);
        g_hash_table_insert(count, g_strdup(k), GUINT_TO_POINTER(GPOINTER_TO_UINT(g_hash_table_lookup(count, k)) + 1));
        g_ptr_array_add(keys, k);
    }
    unsigned n = 0;
    for (guint i = 0; i < keys->len; i++)
        if (GPOINTER_TO_UINT(g_hash_table_lookup(count, keys->pdata[i])) > 1)
            n++;
    *colliding = n;
    g_ptr_array_free(keys, TRUE);
    g_hash_table_destroy(count);
    return 100.0 * n / MAX(words->len, 1);
}

static void
bench_key(void)
{
    char *contents = NULL;
    if (!g_file_get_contents("/usr/share/hunspell/mn_MN.dic", &contents, NULL, NULL)) {
        printf("## Key collisions\n\nhunspell-mn is not installed.\n\n");
        return;
    }
    GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    GPtrArray *words = g_ptr_array_new();
    char **lines = g_strsplit(contents, "\n", -1);
    for (char **l = lines + 1; *l; l++) {
        char *slash = strchr(*l, '/');
        if (slash)
            *slash = 0;
        char *w = g_strstrip(*l);
        if (!*w || *w == '#' || !g_utf8_validate(w, -1, NULL))
            continue;
        bool cyr = true;
        for (const char *p = w; *p; p = g_utf8_next_char(p)) {
            gunichar c = g_utf8_get_char(p);
            if (!(c >= 0x0400 && c <= 0x04FF))
                cyr = false;
        }
        if (!cyr)
            continue;
        char *f = az_fold(w, -1);
        if (g_hash_table_contains(seen, f)) {
            g_free(f);
            continue;
        }
        g_hash_table_add(seen, f);
        g_ptr_array_add(words, f);
    }
    g_strfreev(lines);
    g_free(contents);
    unsigned c1 = 0, c2 = 0;
    double r1 = collision_rate(words, tl_key, &c1);
    double r2 = collision_rate(words, naive_fold, &c2);
    printf("## Key collisions (hunspell-mn word list, %u distinct folded words)\n\n", words->len);
    printf("| fold | words sharing their key with another word |\n|---|---|\n");
    printf("| ө→о, ү→у only | %.2f %% (%u) |\n", r2, c2);
    printf("| Zaalt key (tl_key) | %.2f %% (%u) |\n\n", r1, c1);
    g_ptr_array_free(words, TRUE);
    g_hash_table_destroy(seen);
}

static bool
keys_include(GPtrArray *keys, const char *key)
{
    for (guint i = 0; i < keys->len; i++)
        if (strcmp(keys->pdata[i], key) == 0)
            return true;
    return false;
}

static zs_results *
run_query(zs_engine *e, const char *q, unsigned limit, bool no_synonyms)
{
    zs_request req = {.query = q, .limit = limit, .no_snippets = true, .no_synonyms = no_synonyms};
    GError *err = NULL;
    zs_results *r = zs_search(e, &req, &err);
    if (!r) {
        fprintf(stderr, "bench: %s: %s\n", q, err->message);
        g_error_free(err);
    }
    return r;
}

static void
bench_latin(az_analyzer *az, const char *data, const char *db)
{
    char *path = g_build_filename(data, "latin-typing.tsv", NULL);
    GPtrArray *rows = read_tsv(path, 2);
    g_free(path);
    zs_engine *e = NULL;
    if (db) {
        GError *err = NULL;
        e = zs_engine_open(test_context(), db, &err);
        if (!e) {
            fprintf(stderr, "bench: %s\n", err->message);
            g_error_free(err);
        }
    }
    unsigned key_hit = 0, top3 = 0, searched = 0;
    gint64 t0 = g_get_monotonic_time();
    for (guint i = 0; i < rows->len; i++) {
        char **r = rows->pdata[i];
        char *typed = az_fold(r[0], -1), *intended = az_fold(r[1], -1);
        char *key = NULL;
        az_word(az, intended, NULL, &key);
        GPtrArray *keys = az_latin_keys(az, typed);
        bool ok = key && keys_include(keys, key);
        key_hit += ok;
        if (!ok && g_getenv("BENCH_VERBOSE"))
            fprintf(stderr, "latin key miss: %s (%s, key %s)\n", r[0], r[1], key);
        if (e) {
            zs_results *want = run_query(e, r[1], 1, true);
            zs_results *got = run_query(e, r[0], 3, true);
            if (want && got && want->hits->len > 0) {
                searched++;
                const char *doc = ((zs_hit *)want->hits->pdata[0])->doc;
                bool found = false;
                for (guint h = 0; h < got->hits->len; h++)
                    if (strcmp(((zs_hit *)got->hits->pdata[h])->doc, doc) == 0)
                        found = true;
                top3 += found;
                if (!found && g_getenv("BENCH_VERBOSE"))
                    fprintf(stderr, "latin search miss: %s (%s)\n", r[0], r[1]);
            }
            zs_results_free(want);
            zs_results_free(got);
        }
        g_ptr_array_free(keys, TRUE);
        g_free(key);
        g_free(typed);
        g_free(intended);
    }
    double ms = (g_get_monotonic_time() - t0) / 1000.0;
    printf("## Latin-typed Mongolian (%u pairs, tests/data/latin-typing.tsv)\n\n", rows->len);
    printf("| measure | result |\n|---|---|\n");
    printf("| typed word reaches the intended word's key | %.1f %% (%u/%u) |\n", 100.0 * key_hit / MAX(rows->len, 1),
           key_hit, rows->len);
    if (e)
        printf("| intended word's best document in the top 3 (demo corpus) | %.1f %% (%u/%u) |\n",
               100.0 * top3 / MAX(searched, 1), top3, searched);
    else
        printf("| search over the demo corpus | not run (no --db) |\n");
    printf("\n(%.1f ms for the whole set)\n\n", ms);
    zs_engine_free(e);
    g_ptr_array_free(rows, TRUE);
}

static void
bench_laws(const char *data, const char *db)
{
    char *path = g_build_filename(data, "law-names.tsv", NULL);
    GPtrArray *rows = read_tsv(path, 3);
    g_free(path);
    printf("## Law names (%u queries, tests/data/law-names.tsv)\n\n", rows->len);
    GError *err = NULL;
    zs_engine *e = db ? zs_engine_open(test_context(), db, &err) : NULL;
    if (!e) {
        printf("Not run: %s\n\n", err ? err->message : "no --laws-db (../shared/corpus absent?)");
        g_clear_error(&err);
        g_ptr_array_free(rows, TRUE);
        return;
    }
    const char *kinds[] = {"cyrillic", "latin", "english"};
    unsigned n[3] = {0}, ok[3] = {0}, first[3] = {0};
    for (guint i = 0; i < rows->len; i++) {
        char **r = rows->pdata[i];
        int k = strcmp(r[0], "latin") == 0 ? 1 : strcmp(r[0], "english") == 0 ? 2 : 0;
        zs_results *res = run_query(e, r[1], 3, false);
        n[k]++;
        bool found = false;
        for (guint h = 0; res && h < res->hits->len; h++) {
            const char *p = ((zs_hit *)res->hits->pdata[h])->path;
            char *base = p ? g_path_get_basename(p) : g_strdup("");
            if (strcmp(base, r[2]) == 0) {
                found = true;
                first[k] += h == 0;
            }
            g_free(base);
        }
        ok[k] += found;
        if (!found && g_getenv("BENCH_VERBOSE"))
            fprintf(stderr, "law miss: [%s] %s -> %s (got %s)\n", r[0], r[1], r[2],
                    res && res->hits->len ? ((zs_hit *)res->hits->pdata[0])->path : "nothing");
        zs_results_free(res);
    }
    printf("| typed in | in the top 3 | first |\n|---|---|---|\n");
    unsigned tn = 0, tok = 0;
    for (int k = 0; k < 3; k++) {
        printf("| %s | %.1f %% (%u/%u) | %u |\n", kinds[k], 100.0 * ok[k] / MAX(n[k], 1), ok[k], n[k], first[k]);
        tn += n[k];
        tok += ok[k];
    }
    printf("| all | %.1f %% (%u/%u) | |\n\n", 100.0 * tok / MAX(tn, 1), tok, tn);
    zs_engine_free(e);
    g_ptr_array_free(rows, TRUE);
}

static bool
collect_word(const az_token *t, void *user)
{
    if (t->script == AZ_SCRIPT_CYRILLIC)
        g_ptr_array_add(user, az_fold(t->start, t->len));
    return true;
}

static void
bench_speed(az_analyzer *az, const char *const *files)
{
    GPtrArray *words = g_ptr_array_new_with_free_func(g_free);
    for (const char *const *f = files; *f; f++) {
        char *contents = NULL;
        gsize len = 0;
        if (!g_file_get_contents(*f, &contents, &len, NULL))
            continue;
        char *norm = az_normalise(contents, len);
        az_tokenise(norm, -1, collect_word, words);
        g_free(norm);
        g_free(contents);
    }
    printf("## Throughput (%u Cyrillic words of running text)\n\n", words->len);
    printf("| analysis | words/s |\n|---|---|\n");
    static const struct {
        az_stem_mode mode;
        const char *name;
    } modes[] = {
        {AZ_STEM_RULES, "rules alone (no hunspell), uncached"},
        {AZ_STEM_FULL, "hunspell + rules + lists, uncached"},
    };
    for (size_t m = 0; m < G_N_ELEMENTS(modes); m++) {
        gint64 t0 = g_get_monotonic_time();
        for (guint i = 0; i < words->len; i++) {
            char *s = az_stem_with(az, words->pdata[i], modes[m].mode);
            char *k = tl_key(s);
            g_free(k);
            g_free(s);
        }
        double sec = (g_get_monotonic_time() - t0) / 1e6;
        printf("| %s | %.0f |\n", modes[m].name, words->len / MAX(sec, 1e-9));
    }
    /* What indexing runs: the cached stem and key. */
    gint64 t0 = g_get_monotonic_time();
    for (guint i = 0; i < words->len; i++) {
        char *s = NULL, *k = NULL;
        az_word(az, words->pdata[i], &s, &k);
        g_free(s);
        g_free(k);
    }
    double sec = (g_get_monotonic_time() - t0) / 1e6;
    printf("| Zaalt's path (az_word: stem + key, cached), first pass | %.0f |\n", words->len / MAX(sec, 1e-9));
    t0 = g_get_monotonic_time();
    for (guint i = 0; i < words->len; i++) {
        char *s = NULL, *k = NULL;
        az_word(az, words->pdata[i], &s, &k);
        g_free(s);
        g_free(k);
    }
    sec = (g_get_monotonic_time() - t0) / 1e6;
    printf("| Zaalt's path, second pass (all cached) | %.0f |\n\n", words->len / MAX(sec, 1e-9));
    g_ptr_array_free(words, TRUE);
}

typedef struct {
    unsigned words, mixed;
    GHashTable *examples; /* mixed word -> count, when collecting */
} mixed_count;

static bool
count_mixed(const az_token *t, void *user)
{
    mixed_count *m = user;
    m->words++;
    bool cyr = false, other = false;
    for (const char *p = t->start; p < t->start + t->len; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (c >= 0x0400 && c <= 0x052F)
            cyr = true;
        else if (g_unichar_isalpha(c))
            other = true;
    }
    if (cyr && other) {
        m->mixed++;
        if (m->examples) {
            char *w = g_strndup(t->start, t->len);
            g_hash_table_insert(m->examples, w,
                                GUINT_TO_POINTER(GPOINTER_TO_UINT(g_hash_table_lookup(m->examples, w)) + 1));
        }
    }
    return true;
}

/* Mixed-script words in every *.txt of the folders, before and after
 * normalisation.  Returns how many survive it. */
static unsigned
bench_mixed(const char *const *dirs)
{
    mixed_count before = {0}, after = {.examples = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL)};
    unsigned files = 0;
    for (const char *const *d = dirs; *d; d++) {
        GDir *dir = g_dir_open(*d, 0, NULL);
        if (!dir) {
            fprintf(stderr, "bench: cannot open %s\n", *d);
            continue;
        }
        const char *name;
        while ((name = g_dir_read_name(dir))) {
            if (!g_str_has_suffix(name, ".txt"))
                continue;
            char *path = g_build_filename(*d, name, NULL);
            char *contents = NULL;
            gsize len = 0;
            if (g_file_get_contents(path, &contents, &len, NULL)) {
                files++;
                char *valid = g_utf8_make_valid(contents, len);
                az_tokenise(valid, -1, count_mixed, &before);
                char *norm = az_normalise(valid, -1);
                az_tokenise(norm, -1, count_mixed, &after);
                g_free(norm);
                g_free(valid);
                g_free(contents);
            }
            g_free(path);
        }
        g_dir_close(dir);
    }
    printf("## Mixed-script words in the real texts (%u files, %u words)\n\n", files, before.words);
    printf("| text | words mixing Cyrillic with Latin letters |\n|---|---|\n");
    printf("| as written | %u |\n| after az_normalise | %u |\n\n", before.mixed, after.mixed);
    if (after.mixed) {
        GHashTableIter it;
        gpointer k, v;
        g_hash_table_iter_init(&it, after.examples);
        printf("Left mixed:");
        while (g_hash_table_iter_next(&it, &k, &v))
            printf(" %s (%u)", (char *)k, GPOINTER_TO_UINT(v));
        printf("\n\n");
    }
    g_hash_table_destroy(after.examples);
    return after.mixed;
}

int
main(int argc, char **argv)
{
    char *db = NULL, *laws_db = NULL, *data = NULL;
    char **texts = NULL, **scan = NULL;
    gboolean mixed_only = FALSE;
    GOptionEntry entries[] = {
        {"scan", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &scan,
         "folder of real texts to scan for mixed-script words (repeatable)", "DIR"},
        {"mixed-only", 0, 0, G_OPTION_ARG_NONE, &mixed_only,
         "only the mixed-script scan; exit 1 if any word stays mixed", NULL},
        {"db", 0, 0, G_OPTION_ARG_FILENAME, &db, "index of the demo corpus", "DIR"},
        {"laws-db", 0, 0, G_OPTION_ARG_FILENAME, &laws_db, "index of the statutes", "DIR"},
        {"data", 0, 0, G_OPTION_ARG_FILENAME, &data, "test data folder (tests/data)", "DIR"},
        {G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &texts, "text files for the throughput test", "FILE"},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GOptionContext *ctx = g_option_context_new("[TEXT...] — measure the Mongolian analysis");
    g_option_context_add_main_entries(ctx, entries, NULL);
    GError *err = NULL;
    if (!g_option_context_parse(ctx, &argc, &argv, &err)) {
        fprintf(stderr, "bench: %s\n", err->message);
        return 1;
    }
    g_option_context_free(ctx);
    if (mixed_only) {
        unsigned left = scan ? bench_mixed((const char *const *)scan) : 0;
        g_strfreev(scan);
        g_strfreev(texts);
        g_free(db);
        g_free(laws_db);
        g_free(data);
        return left ? 1 : 0;
    }
    az_analyzer *az = test_analyzer();
    const char *dir = data ? data : "tests/data";
    printf("# Zaalt: Mongolian analysis benchmark\n\nhunspell-mn: %s\n\n",
           az_analyzer_has_dictionary(az) ? "loaded" : "absent");
    bench_stemming(az, dir);
    bench_key();
    bench_latin(az, dir, db);
    bench_laws(dir, laws_db);
    if (texts)
        bench_speed(az, (const char *const *)texts);
    if (scan)
        bench_mixed((const char *const *)scan);
    g_strfreev(scan);
    g_strfreev(texts);
    g_free(db);
    g_free(laws_db);
    g_free(data);

    return 0;
}
