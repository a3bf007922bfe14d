/* english.c — which Latin words of a query are English (english.h).
 *
 * Not for: reading Latin letters as Mongolian (query.c, core/analysis.c),
 * the index's own "did you mean" (spelling.c).
 */
#include "search/english.h"

#include "core/glossary.h"
#include "core/terms.h"

#include <string.h>

/* A corrected word may be this many typing slips from the word typed. */
#define MAX_SLIPS 2

static bool
latin(const char *folded)
{
    for (const char *p = folded; *p; p++)
        if (!g_ascii_islower(*p) && *p != '\'')
            return false;
    return *folded != '\0';
}

bool
zq_glossary_english(az_analyzer *az, const char *folded)
{
    const gl_glossary *g = az_glossary(az);
    if (g == NULL || !latin(folded))
        return false;
    const char *one[1] = {folded};
    char *key = gl_key(az, one, 1);
    const GPtrArray *alts = key ? gl_lookup(g, key) : NULL;
    g_free(key);
    return alts != NULL && alts->len > 0;
}

bool
zq_english_word(az_analyzer *az, const char *folded, bool question)
{
    if (!latin(folded))
        return false;
    if (az_is_stopword(az, folded) || zq_glossary_english(az, folded))
        return true;
    return question && az_is_english_word(az, folded);
}

bool
zq_english_question(az_analyzer *az, const char *text)
{
    if (text == NULL)
        return false;
    GPtrArray *words = az_split_words(text);
    guint content = 0, english = 0;
    gsize longest = 0;
    for (guint i = 0; i < words->len; i++) {
        char *w = az_fold(words->pdata[i], -1);
        if (latin(w) && !az_is_stopword(az, w)) {
            if (zq_glossary_english(az, w) || az_is_english_word(az, w)) {
                content++;
                english++;
                longest = MAX(longest, strlen(w));
            } else {
                /* A word that is neither English nor spells Mongolian (a
                 * slip, explotation; an acronym) is no vote for either: it
                 * made "sexual explotation" half Mongolian, and "sexual"
                 * then had a Mongolian reading. */
                GPtrArray *spelt = az_latin_words(az, w);
                content += spelt->len > 0;
                g_ptr_array_free(spelt, TRUE);
            }
        }
        g_free(w);
    }
    g_ptr_array_free(words, TRUE);
    return 2 * english > content && (english >= 2 || longest >= 4);
}

/* The light verbs of everyday English and their forms: words that carry
 * a question's grammar, not its subject ("I want a divorce", "can I get
 * money", "they took her phone").  The glossary pairs them only inside a
 * phrase (take a bribe, keep passport), so alone they reach the law through
 * an English heading at most (want: the wanted persons of the Procedure
 * Law), never the thing asked about. */
static const char *const generic_words[] = {
    "want",   "wants",  "wanted", "wanting", "get",   "gets",   "got",    "gotten", "getting", "make",
    "makes",  "made",   "making", "take",    "takes", "took",   "taken",  "taking", "keep",    "keeps",
    "kept",   "keeping", "leave", "leaves",  "left",  "leaving", "give",  "gives",  "gave",    "given",
    "giving", "go",     "goes",   "went",    "gone",  "going",  "put",    "puts",   "putting", "need",
    "needs",  "needed", "let",    "lets",    "come",  "comes",  "came",   "coming", "thing",   "things",
};

bool
zq_generic_word(const char *folded)
{
    for (gsize i = 0; i < G_N_ELEMENTS(generic_words); i++)
        if (strcmp(folded, generic_words[i]) == 0)
            return true;
    return false;
}

/* Typing slips between two ASCII words (optimal string alignment: a letter
 * added, left out or changed, or two neighbours swapped), or MAX_SLIPS + 1
 * when there are more. */
static guint
slips(const char *a, const char *b)
{
    gsize m = strlen(a), n = strlen(b);
    if (m > n + MAX_SLIPS || n > m + MAX_SLIPS || m > 64 || n > 64)
        return MAX_SLIPS + 1;
    guint d[65][65];
    for (gsize i = 0; i <= m; i++)
        d[i][0] = (guint)i;
    for (gsize j = 0; j <= n; j++)
        d[0][j] = (guint)j;
    for (gsize i = 1; i <= m; i++)
        for (gsize j = 1; j <= n; j++) {
            guint cost = a[i - 1] != b[j - 1];
            guint best = MIN(MIN(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                best = MIN(best, d[i - 2][j - 2] + 1);
            d[i][j] = best;
        }
    return MIN(d[m][n], MAX_SLIPS + 1);
}

/* Whether one letter typed for another is a slip a typist makes: a key
 * beside it on a QWERTY keyboard, or a vowel for a vowel (seperate). */
static bool
near_letter(char a, char b)
{
    static const char *const rows[] = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    if (strchr("aeiouy", a) != NULL && strchr("aeiouy", b) != NULL)
        return true;
    for (int r = 0; r < 3; r++) {
        const char *pa = strchr(rows[r], a);
        if (pa == NULL)
            continue;
        /* the same row, next to it */
        if ((pa > rows[r] && pa[-1] == b) || (pa[1] != '\0' && pa[1] == b))
            return true;
        /* the rows above and below, at the same place or one to the right
         * (the keys are staggered) */
        glong at = pa - rows[r];
        for (int o = r - 1; o <= r + 1; o += 2) {
            if (o < 0 || o > 2)
                continue;
            glong len = (glong)strlen(rows[o]);
            for (glong k = at - 1; k <= at + 1; k++)
                if (k >= 0 && k < len && rows[o][k] == b)
                    return true;
        }
    }
    return false;
}

/* A slip leaves the first letter alone (sextortion is a word of its own,
 * not extortion mistyped) and, one letter changed, changes it to one a
 * finger could hit instead.  Two slips are judged by the first letter
 * only. */
bool
zq_plausible_slip(const char *typed, const char *meant)
{
    if (typed[0] != meant[0])
        return false;
    gsize m = strlen(typed), n = strlen(meant);
    if (m != n)
        return true;
    gsize i = 0;
    while (i < m && typed[i] == meant[i])
        i++;
    if (i == m || strcmp(typed + i + 1, meant + i + 1) != 0)
        return true; /* not one letter changed: a swap, or two slips */
    return near_letter(typed[i], meant[i]);
}

char *
zq_english_correction(az_analyzer *az, const char *folded)
{
    if (!latin(folded) || az_is_stopword(az, folded) || az_is_english_word(az, folded) ||
        zq_glossary_english(az, folded))
        return NULL;
    /* A word that spells Mongolian (huuhed: хүүхэд) is corrected only to
     * a word of the glossary (never huuhed -> hushed). */
    GPtrArray *spelt = az_latin_words(az, folded);
    bool mongolian = spelt->len > 0;
    g_ptr_array_free(spelt, TRUE);
    GPtrArray *cands = az_english_suggestions(az, folded);
    char *meant = NULL;
    /* Of the slips one letter away, the word the glossary knows first:
     * hunspell ranks by letters, not by what a legal question means
     * (explotation is exploitation before exploration, witnes witness
     * before wines). */
    for (guint i = 0; i < cands->len && meant == NULL; i++) {
        const char *c = cands->pdata[i];
        if (slips(folded, c) == 1 && zq_plausible_slip(folded, c) && zq_glossary_english(az, c))
            meant = g_strdup(c);
    }
    for (guint i = 0; i < cands->len && meant == NULL; i++) {
        const char *c = cands->pdata[i];
        guint d = slips(folded, c);
        if (!zq_plausible_slip(folded, c))
            continue;
        if ((d == 1 && !mongolian) || (d <= MAX_SLIPS && zq_glossary_english(az, c)))
            meant = g_strdup(c);
    }
    g_ptr_array_free(cands, TRUE);
    return meant;
}
