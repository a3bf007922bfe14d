/* spelling.c — "did you mean": suggestions from the spelling dictionary
 * the indexer builds (indexer/spelling.c), and for an English typing slip
 * the English word the glossary knows (english.h).  A word that is English
 * as typed gets none: boss is no slip for loss, nor spouse for house. */
#include "search/spelling.h"

#include "core/schema.h"
#include "search/english.h"

#include <string.h>

#define MIN_CHARS 3
/* The spelling table holds words of at most 30 letters (indexer/spelling.c)
 * and a suggestion is at most two edits away, so a longer word has none to
 * find; and asking costs time in the square of the word's length (Xapian's
 * fragments and edit distances: a word of 16,000 letters was most of a
 * search's 60 s in probe F3), as does hunspell-en's correction. */
#define MAX_CHARS (30 + 2)

typedef struct {
    zx_db *db;
    az_analyzer *az;
    const char *query;
    GString *out;
    const char *copied; /* end of the query copied to out so far */
    bool changed;
} suggest_ctx;

/* True if the Latin word is found as typed Mongolian: through the stem of
 * a dictionary word it spells, or through its keys (a name); or as an
 * English word by its stem (prosecuted: prosecut-, which "prosecutor"
 * shares), which no "did you mean" should rewrite into another word. */
static bool
found_by_key(suggest_ctx *c, const char *folded)
{
    char *own = az_stem(c->az, folded);
    char *own_term = g_strconcat(ZS_P_STEM, own, NULL);
    bool found = zx_db_termfreq(c->db, own_term) > 0;
    g_free(own_term);
    g_free(own);
    if (found)
        return true;
    GPtrArray *words = az_latin_words(c->az, folded);
    for (guint i = 0; i < words->len && !found; i++) {
        char *stem = az_stem(c->az, words->pdata[i]);
        char *t = g_strconcat(ZS_P_STEM, stem, NULL);
        found = zx_db_termfreq(c->db, t) > 0;
        g_free(t);
        g_free(stem);
    }
    g_ptr_array_free(words, TRUE);
    GPtrArray *keys = az_latin_keys(c->az, folded);
    for (guint i = 0; i < keys->len && !found; i++) {
        char *t = g_strconcat(ZS_P_KEY, keys->pdata[i], NULL);
        found = zx_db_termfreq(c->db, t) > 0;
        g_free(t);
    }
    g_ptr_array_free(keys, TRUE);
    return found;
}

/* Whether a token stands as a word of its own in the query: white space
 * or the query's ends around it, or a question's marks after it. */
static bool
standalone(const suggest_ctx *c, const az_token *tok)
{
    const char *end = tok->start + tok->len;
    bool before = tok->start == c->query || g_ascii_isspace(tok->start[-1]) || tok->start[-1] == '"' ||
                  tok->start[-1] == '(';
    bool after = *end == '\0' || g_ascii_isspace(*end) || strchr("?!,;\")", *end) != NULL ||
                 (*end == '.' && (end[1] == '\0' || g_ascii_isspace(end[1])));
    return before && after;
}

static bool
suggest_token(const az_token *tok, void *user)
{
    suggest_ctx *c = user;
    if (tok->script != AZ_SCRIPT_CYRILLIC && tok->script != AZ_SCRIPT_LATIN)
        return true;
    const char *end = tok->start + tok->len;
    /* field:value: neither the name nor the value is a word to correct. */
    if (*end == ':' || (tok->start > c->query && tok->start[-1] == ':'))
        return true;
    char *raw = g_strndup(tok->start, tok->len);
    bool op = strcmp(raw, "AND") == 0 || strcmp(raw, "OR") == 0 || strcmp(raw, "NOT") == 0;
    g_free(raw);
    if (op)
        return true;
    char *folded = az_fold(tok->start, tok->len);
    glong n = g_utf8_strlen(folded, -1);
    /* A stopword (what, can, how) is no slip to correct: the search
     * leaves it out. */
    bool latin = tok->script == AZ_SCRIPT_LATIN;
    if (n >= MIN_CHARS && n <= MAX_CHARS && !az_is_stopword(c->az, folded) && zx_db_termfreq(c->db, folded) == 0 &&
        !(latin && (zq_english_word(c->az, folded, true) || found_by_key(c, folded)))) {
        /* The English dictionary corrects words typed as words, not the
         * parts of a name or an address (batzorig_work, yahoo.com). */
        char *s = latin && standalone(c, tok) ? zq_english_correction(c->az, folded) : NULL;
        if (s == NULL) {
            s = zx_db_spelling_suggestion(c->db, folded, n >= 6 ? 2 : 1);
            /* An English word of the index's own headings is offered for a
             * Latin word only as a slip would change it: sextortion is a
             * word of its own, not extortion mistyped. */
            if (s != NULL && latin && g_ascii_isalpha(*s) && !zq_plausible_slip(folded, s))
                g_clear_pointer(&s, g_free);
        }
        if (s && strcmp(s, folded) != 0) {
            g_string_append_len(c->out, c->copied, tok->start - c->copied);
            g_string_append(c->out, s);
            c->copied = end;
            c->changed = true;
        }
        g_free(s);
    }
    g_free(folded);
    return true;
}

char *
zs_spelling_suggest(zx_db *db, az_analyzer *az, const char *query)
{
    if (!query || !*query || !g_utf8_validate(query, -1, NULL))
        return NULL;
    suggest_ctx c = {.db = db, .az = az, .query = query, .out = g_string_new(NULL), .copied = query};
    az_tokenise(query, -1, suggest_token, &c);
    if (!c.changed) {
        g_string_free(c.out, TRUE);
        return NULL;
    }
    g_string_append(c.out, c.copied);
    return g_string_free(c.out, FALSE);
}
