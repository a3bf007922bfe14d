/* analysis.c — tokens, case folding, language detection and stemming.
 *
 * The same functions run when a unit is indexed and when a query is parsed,
 * so a word always reaches the same terms on both sides.  The analyzer is
 * shared between threads: hunspell and the stem cache sit behind a mutex.
 *
 * Not for: normalising raw text (normalise.c), the Mongolian suffix rules
 * (mnstem.c), building queries (query.c).
 */
#include "search/analysis.h"
#include "search/mnstem.h"
#include "search/zx.h"

#include <hunspell/hunspell.h>
#include <string.h>

#define HUNSPELL_AFF "/usr/share/hunspell/mn_MN.aff"
#define HUNSPELL_DIC "/usr/share/hunspell/mn_MN.dic"
#define STEM_CACHE_MAX 200000

struct az_analyzer {
    GMutex lock;              /* guards everything below */
    Hunhandle *hunspell;      /* NULL when hunspell-mn is not installed */
    zx_stemmer *english;
    GHashTable *cache;        /* folded word -> stem */
    GHashTable *stopwords;    /* folded word -> itself */
    GHashTable *lemmas;       /* folded form -> lemma: exceptions to both stemmers */
};

char *
az_fold(const char *word, gssize len)
{
    return g_utf8_casefold(word, len);
}

static bool
is_cyrillic(gunichar c)
{
    return c >= 0x0400 && c <= 0x052F;
}

static bool
is_token_char(gunichar c)
{
    return g_unichar_isalnum(c) || g_unichar_ismark(c);
}

void
az_tokenise(const char *text, gssize len, az_token_fn fn, void *user)
{
    if (len < 0)
        len = strlen(text);
    const char *end = text + len;
    const char *p = text;
    unsigned pos = 0;
    while (p < end) {
        gunichar c = g_utf8_get_char(p);
        if (!is_token_char(c)) {
            p = g_utf8_next_char(p);
            continue;
        }
        const char *start = p;
        bool digit_first = g_unichar_isdigit(c);
        bool cyr = false, latin = false;
        while (p < end) {
            gunichar d = g_utf8_get_char(p);
            if (is_token_char(d)) {
                if (is_cyrillic(d))
                    cyr = true;
                else if (g_unichar_isalpha(d))
                    latin = true;
                p = g_utf8_next_char(p);
                continue;
            }
            const char *next = g_utf8_next_char(p);
            if (next >= end)
                break;
            gunichar after = g_utf8_get_char(next);
            /* 13.1.2 stays one token, and so does 2024/ШЦТ/67; but the
             * statutes' "1.Энэ" (no space after the number) splits. */
            if (digit_first && d == '.' && g_unichar_isdigit(after)) {
                p = next;
                continue;
            }
            if (digit_first && d == '/' && is_token_char(after)) {
                p = next;
                continue;
            }
            /* person's, don't: inner apostrophes between letters. */
            if ((d == '\'' || d == 0x2019) && g_unichar_isalpha(after) &&
                g_unichar_isalpha(g_utf8_get_char(g_utf8_prev_char(p)))) {
                p = next;
                continue;
            }
            break;
        }
        az_token tok = {
            .start = start,
            .len = (int)(p - start),
            .script = digit_first ? AZ_SCRIPT_DIGIT
                      : cyr       ? AZ_SCRIPT_CYRILLIC
                      : latin     ? AZ_SCRIPT_LATIN
                                  : AZ_SCRIPT_OTHER,
            .pos = ++pos,
        };
        if (!fn(&tok, user))
            return;
    }
}

const char *
az_detect_lang(const char *text, gssize len)
{
    if (len < 0)
        len = strlen(text);
    /* Count letters by script, and the letters that set Mongolian apart
     * from Russian and Kazakh: ө and ү are Mongolian (and Kazakh); Kazakh
     * has ә ғ қ ң ұ һ і; Russian has neither ө nor ү. */
    unsigned long cyr = 0, latin = 0, mn_letters = 0, kk_letters = 0;
    const char *end = text + len;
    for (const char *p = text; p < end && *p; p = g_utf8_next_char(p)) {
        gunichar c = g_unichar_tolower(g_utf8_get_char(p));
        if (is_cyrillic(c)) {
            cyr++;
            if (c == 0x04E9 || c == 0x04AF)
                mn_letters++;
            else if (c == 0x04D9 || c == 0x0493 || c == 0x049B || c == 0x04A3 || c == 0x04B1 ||
                     c == 0x04BB || c == 0x0456)
                kk_letters++;
        } else if (c < 0x250 && g_unichar_isalpha(c)) {
            latin++;
        }
    }
    if (cyr == 0 && latin == 0)
        return NULL;
    if (cyr >= latin) {
        if (kk_letters * 4 > mn_letters + 1)
            return NULL;
        /* Mongolian prose has ө/ү in roughly one letter in twenty; Russian
         * has none.  A short heading may lack them: accept when in doubt. */
        if (cyr > 200 && mn_letters * 200 < cyr)
            return NULL;
        return "mn";
    }
    return "en";
}

static void
load_word_list(GHashTable *set, const char *path)
{
    char *contents = NULL;
    if (!g_file_get_contents(path, &contents, NULL, NULL))
        return;
    char **lines = g_strsplit(contents, "\n", -1);
    for (char **l = lines; *l; l++) {
        char *line = g_strstrip(*l);
        if (!*line || *line == '#')
            continue;
        char *folded = az_fold(line, -1);
        g_hash_table_replace(set, folded, g_strdup(folded));
    }
    g_strfreev(lines);
    g_free(contents);
}

/* "form<TAB>lemma" lines. */
static void
load_lemmas(GHashTable *map, const char *path)
{
    char *contents = NULL;
    if (!g_file_get_contents(path, &contents, NULL, NULL))
        return;
    char **lines = g_strsplit(contents, "\n", -1);
    for (char **l = lines; *l; l++) {
        if (!**l || **l == '#')
            continue;
        char **cols = g_strsplit(*l, "\t", 3);
        if (cols[0] && cols[1]) {
            g_hash_table_replace(map, az_fold(g_strstrip(cols[0]), -1), az_fold(g_strstrip(cols[1]), -1));
        }
        g_strfreev(cols);
    }
    g_strfreev(lines);
    g_free(contents);
}

az_analyzer *
az_analyzer_new(const char *config_dir)
{
    az_analyzer *az = g_new0(az_analyzer, 1);
    g_mutex_init(&az->lock);
    if (g_file_test(HUNSPELL_AFF, G_FILE_TEST_EXISTS) && g_file_test(HUNSPELL_DIC, G_FILE_TEST_EXISTS))
        az->hunspell = Hunspell_create(HUNSPELL_AFF, HUNSPELL_DIC);
    az->english = zx_stemmer_new("english");
    az->cache = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    az->stopwords = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    az->lemmas = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    if (config_dir) {
        char *p = g_build_filename(config_dir, "stopwords-mn.txt", NULL);
        load_word_list(az->stopwords, p);
        g_free(p);
        p = g_build_filename(config_dir, "stopwords-en.txt", NULL);
        load_word_list(az->stopwords, p);
        g_free(p);
        p = g_build_filename(config_dir, "mn-lemmas.tsv", NULL);
        load_lemmas(az->lemmas, p);
        g_free(p);
    }
    return az;
}

void
az_analyzer_free(az_analyzer *az)
{
    if (!az)
        return;
    if (az->hunspell)
        Hunspell_destroy(az->hunspell);
    zx_stemmer_free(az->english);
    g_hash_table_destroy(az->cache);
    g_hash_table_destroy(az->stopwords);
    g_hash_table_destroy(az->lemmas);
    g_mutex_clear(&az->lock);
    g_free(az);
}

bool
az_analyzer_has_dictionary(const az_analyzer *az)
{
    return az->hunspell != NULL;
}

bool
az_is_stopword(const az_analyzer *az, const char *folded_word)
{
    return g_hash_table_contains(az->stopwords, folded_word);
}

/* Chooses among hunspell's stems.  Several stems for one word are common
 * (шүүхэд -> шүүхэд, шүүх, шүү; худалдаа -> худалдаа, худалдд, худал):
 * the shortest stem of at least four letters keeps related forms together
 * without merging short unrelated roots (шүү, хэр, худал are other words).
 * Agent nouns keep their -гч (хохирогч is "victim", not every form of "to
 * harm"). */
static char *
pick_hunspell_stem(const char *word, char **stems, int n)
{
    const char *best = NULL;
    glong best_len = 0;
    for (int i = 0; i < n; i++) {
        glong l = g_utf8_strlen(stems[i], -1);
        if (l < 4 && n > 1)
            continue;
        if (!best || l < best_len) {
            best = stems[i];
            best_len = l;
        }
    }
    if (!best)
        best = stems[0];
    size_t bl = strlen(best);
    if (g_str_has_prefix(word, best)) {
        static const char *const agent[] = {"агч", "эгч", "огч", "өгч", "гч"};
        for (size_t i = 0; i < G_N_ELEMENTS(agent); i++)
            if (g_str_has_prefix(word + bl, agent[i]))
                return g_strconcat(best, agent[i], NULL);
    }
    return g_strdup(best);
}

static char *
stem_mongolian(az_analyzer *az, const char *word)
{
    const char *lemma = g_hash_table_lookup(az->lemmas, word);
    if (lemma)
        return g_strdup(lemma);
    if (az->hunspell) {
        char **stems = NULL;
        int n = Hunspell_stem(az->hunspell, &stems, word);
        if (n > 0) {
            char *s = pick_hunspell_stem(word, stems, n);
            Hunspell_free_list(az->hunspell, &stems, n);
            lemma = g_hash_table_lookup(az->lemmas, s);
            if (lemma) {
                g_free(s);
                return g_strdup(lemma);
            }
            return s;
        }
        if (stems)
            Hunspell_free_list(az->hunspell, &stems, n);
    }
    return mn_rule_stem(word);
}

char *
az_stem(az_analyzer *az, const char *w)
{
    bool has_cyr = false, has_alpha = false;
    for (const char *p = w; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (is_cyrillic(c))
            has_cyr = true;
        if (g_unichar_isalpha(c))
            has_alpha = true;
    }
    if (!has_alpha || g_unichar_isdigit(g_utf8_get_char(w)))
        return g_strdup(w);

    g_mutex_lock(&az->lock);
    const char *cached = g_hash_table_lookup(az->cache, w);
    char *result;
    if (cached) {
        result = g_strdup(cached);
    } else {
        result = has_cyr ? stem_mongolian(az, w) : zx_stemmer_stem(az->english, w);
        if (g_hash_table_size(az->cache) >= STEM_CACHE_MAX)
            g_hash_table_remove_all(az->cache);
        g_hash_table_insert(az->cache, g_strdup(w), g_strdup(result));
    }
    g_mutex_unlock(&az->lock);
    return result;
}
