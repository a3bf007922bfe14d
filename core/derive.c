/* derive.c — the stems a Mongolian word's derivation leads back to
 * (analysis.h: az_derived_stems): the doer of an act to the act
 * (хулгайлагч -> хулгайл), the passive and causative to the plain verb
 * (хулгайлагдсан -> хулгайл, хөндүүлсэн -> хөнд), the action noun to its
 * verb (угаалт -> угаа, залилан -> залил), the -ч/-чин doer to its noun
 * (хулгайч -> хулгай).  The agent, passive, causative, action-noun and
 * -ч/-чин rules of corpus-config/mn-derivation.tsv (the periphrasis,
 * converb and noun->verb-of-any-noun rules are left out: too wide), written
 * over stems, so that an inflected word (хөндүүлсэн) derives as its
 * dictionary form would.  Their cost is measured in bench/README.md.
 *
 * They only propose: the query keeps a proposal only when the index holds
 * that stem (query.c), so a rule never invents a word, and they go one way,
 * from the word typed to the law's.  The protected legal terms
 * (legal-terms.txt: хохирогч, мөрдөгч, шүүгч ...) name a person in the
 * proceedings, not an act, and derive to nothing.
 *
 * Not for: inflection (the stemmer), word-for-word synonyms (mn-synonyms.tsv,
 * glossary.c).
 */
#include "core/analysis.h"

#include <string.h>

typedef struct {
    const char *suffix;  /* of the stem */
    int min_rest;        /* letters that must remain */
    bool vowel_variants; /* also the rest with a final vowel added or taken off */
    bool verbal;         /* also the verb of the noun that remains (хулгай ->
                          * хулгайл-ах, дээрэм -> дээрэмд-эх) */
} derive_rule;

static const derive_rule rules[] = {
    /* agent: худалдаалагч, барьцаалагч, залилагч */
    {"агч", 4, false, false},
    {"эгч", 4, false, false},
    {"огч", 4, false, false},
    {"өгч", 4, false, false},
    /* passive: хулгайлагд(сан), хүчиндэгд(сэн) */
    {"агд", 4, false, false},
    {"эгд", 4, false, false},
    {"огд", 4, false, false},
    {"өгд", 4, false, false},
    /* causative: хөндүүл(сэн), ажиллуул(сан) -> хөнд, ажилла */
    {"үүл", 3, true, false},
    {"уул", 3, true, false},
    /* action nouns: угаалт, хөндөлт; хүчирхийлэл; залилан */
    {"лт", 3, true, false},
    {"эл", 5, false, false},
    {"ал", 5, false, false},
    {"ан", 5, false, false},
    /* doers: луйварчин, дээрэмчин; хулгайч, хахуульч */
    {"чин", 3, false, true},
    {"ч", 4, false, true},
};

static bool
is_vowel(gunichar c)
{
    return g_utf8_strchr("аэиоуөүяеёю", -1, c) != NULL;
}

static void
add(GPtrArray *out, const char *stem, const char *own)
{
    if (!*stem || strcmp(stem, own) == 0)
        return;
    for (guint i = 0; i < out->len; i++)
        if (strcmp(out->pdata[i], stem) == 0)
            return;
    g_ptr_array_add(out, g_strdup(stem));
}

GPtrArray *
az_derived_stems(az_analyzer *az, const char *folded_word)
{
    GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
    if (!folded_word || az_is_protected(az, folded_word) || az_is_stopword(az, folded_word))
        return out;
    gunichar first = g_utf8_get_char(folded_word);
    if (first < 0x0400 || first > 0x052F)
        return out;
    char *stem = az_stem(az, folded_word);
    if (az_is_protected(az, stem)) {
        g_free(stem);
        return out;
    }
    glong letters = g_utf8_strlen(stem, -1);
    for (size_t i = 0; i < G_N_ELEMENTS(rules); i++) {
        const derive_rule *r = &rules[i];
        if (!g_str_has_suffix(stem, r->suffix))
            continue;
        glong rest = letters - g_utf8_strlen(r->suffix, -1);
        if (rest < r->min_rest)
            continue;
        char *base = g_strndup(stem, strlen(stem) - strlen(r->suffix));
        add(out, base, stem);
        if (r->vowel_variants) {
            /* ажиллуул -> ажилл -> ажилла; хөндөлт -> хөндө -> хөнд */
            const char *last = g_utf8_prev_char(base + strlen(base));
            if (is_vowel(g_utf8_get_char(last))) {
                char *cut = g_strndup(base, last - base);
                add(out, cut, stem);
                g_free(cut);
            } else {
                static const char *const vowels[] = {"а", "э", "о", "ө"};
                for (size_t v = 0; v < G_N_ELEMENTS(vowels); v++) {
                    char *with = g_strconcat(base, vowels[v], NULL);
                    add(out, with, stem);
                    g_free(with);
                }
            }
        }
        if (r->verbal) {
            char *l = g_strconcat(base, "л", NULL), *d = g_strconcat(base, "д", NULL);
            add(out, l, stem);
            add(out, d, stem);
            g_free(l);
            g_free(d);
        }
        g_free(base);
        break; /* the longest matching ending decides */
    }
    g_free(stem);
    return out;
}
