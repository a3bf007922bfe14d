/* terms.c — a word's index terms (terms.h). */
#include "core/terms.h"

#include "core/glossary.h"
#include "core/schema.h"

#include <string.h>

/* The folded word, cut to 60 characters: Xapian caps terms at 245 bytes,
 * and no real word is this long. */
static char *
exact_term(const char *word, int len)
{
    char *folded = az_fold(word, len);
    if (g_utf8_strlen(folded, -1) > 60) {
        char *cut = g_utf8_substring(folded, 0, 60);
        g_free(folded);
        folded = cut;
    }
    return folded;
}

void
az_word_index_terms(az_analyzer *az, const char *word, int len, char **exact, char **stem, char **key)
{
    *exact = exact_term(word, len);
    az_word_index(az, *exact, ZS_P_STEM, ZS_P_KEY, stem, key);
}

void
az_word_terms(az_analyzer *az, const char *word, int len, char **exact, char **stem, char **key)
{
    char *folded = exact_term(word, len);
    char *s = NULL, *k = NULL;
    az_word(az, folded, &s, key ? &k : NULL);
    *stem = g_strconcat(ZS_P_STEM, s, NULL);
    g_free(s);
    if (key)
        *key = k ? g_strconcat(ZS_P_KEY, k, NULL) : NULL;
    g_free(k);
    *exact = folded;
}

typedef struct {
    GPtrArray *words; /* char* folded-later raw token text */
} collect_ctx;

static bool
collect_token(const az_token *tok, void *user)
{
    collect_ctx *c = user;
    g_ptr_array_add(c->words, g_strndup(tok->start, tok->len));
    return true;
}

GPtrArray *
az_split_words(const char *text)
{
    char *norm = az_normalise(text, -1);
    collect_ctx c = {g_ptr_array_new_with_free_func(g_free)};
    az_tokenise(norm, -1, collect_token, &c);
    g_free(norm);
    return c.words;
}

GPtrArray *
az_text_stems(az_analyzer *az, const char *text)
{
    GPtrArray *words = az_split_words(text);
    GPtrArray *stems = g_ptr_array_new_with_free_func(g_free);
    for (guint i = 0; i < words->len; i++) {
        char *exact = NULL, *stem = NULL;
        az_word_terms(az, words->pdata[i], -1, &exact, &stem, NULL);
        g_ptr_array_add(stems, stem);
        g_free(exact);
    }
    g_ptr_array_free(words, TRUE);
    return stems;
}

char *
az_heading_term_of(az_analyzer *az, const char *const *folded_words, guint n)
{
    char *key = n ? gl_key(az, folded_words, n) : NULL;
    if (!key)
        return NULL;
    char *term = strlen(key) < 230 ? g_strconcat(ZS_P_HEADING, key, NULL) : NULL;
    g_free(key);
    return term;
}

char *
az_heading_term(az_analyzer *az, const char *text)
{
    if (!text || !*text)
        return NULL;
    GPtrArray *w = gl_words(text);
    char *term = az_heading_term_of(az, (const char *const *)w->pdata, w->len);
    g_ptr_array_free(w, TRUE);
    return term;
}
