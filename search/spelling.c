/* spelling.c — the spelling dictionary from the index, and suggestions.
 *
 * The dictionary holds the index's exact word terms (the unprefixed ones:
 * every prefix in schema.h starts with an ASCII capital, and exact terms are
 * case-folded, so the first byte tells them apart).  Words seen in a single
 * unit are left out: they are mostly OCR debris and typing errors, the very
 * things a suggestion must not propose.
 */
#include "search/spelling.h"

#include "search/schema.h"

#include <string.h>

#define MIN_CHARS 3
#define MAX_CHARS 30
#define MIN_UNITS 2

typedef struct {
    zx_db *db;
    GHashTable *before;  /* word -> frequency added by earlier runs */
    GString *record;     /* "word\tfreq\n" lines for the metadata */
    char *error;
    unsigned added;
} build_ctx;

static bool
is_dictionary_word(const char *term)
{
    if (!*term || (*term >= 'A' && *term <= 'Z'))
        return false;
    glong n = 0;
    for (const char *p = term; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (!g_unichar_isalpha(c) && c != '\'')
            return false;
        n++;
    }
    return n >= MIN_CHARS && n <= MAX_CHARS;
}

static void
add_word(const char *term, unsigned freq, void *user)
{
    build_ctx *c = user;
    if (c->error || freq < MIN_UNITS || !is_dictionary_word(term))
        return;
    unsigned before = GPOINTER_TO_UINT(g_hash_table_lookup(c->before, term));
    if (freq > before) {
        if (zx_db_add_spelling(c->db, term, freq - before, &c->error) != ZX_OK)
            return;
        c->added++;
    }
    g_string_append_printf(c->record, "%s\t%u\n", term, MAX(freq, before));
}

int
zs_build_spelling(zx_db *db, char **errmsg)
{
    build_ctx c = {
        .db = db,
        .before = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL),
        .record = g_string_new(NULL),
    };
    char *old = zx_db_get_metadata(db, ZS_META_SPELLING);
    if (old) {
        char **lines = g_strsplit(old, "\n", -1);
        for (char **l = lines; *l; l++) {
            char *tab = strchr(*l, '\t');
            if (tab)
                g_hash_table_insert(c.before, g_strndup(*l, tab - *l),
                                    GUINT_TO_POINTER((unsigned)strtoul(tab + 1, NULL, 10)));
        }
        g_strfreev(lines);
        g_free(old);
    }
    char *msg = NULL;
    zx_status st = zx_db_unprefixed_terms_each(db, add_word, &c, &msg);
    int rc = 0;
    if (st != ZX_OK || c.error) {
        if (errmsg)
            *errmsg = g_strdup_printf("building the spelling dictionary: %s", c.error ? c.error : msg);
        rc = -1;
    } else if (zx_db_set_metadata(db, ZS_META_SPELLING, c.record->str, &msg) != ZX_OK) {
        if (errmsg)
            *errmsg = g_strdup_printf("recording the spelling dictionary: %s", msg);
        rc = -1;
    }
    g_free(msg);
    g_free(c.error);
    g_string_free(c.record, TRUE);
    g_hash_table_destroy(c.before);
    return rc;
}

typedef struct {
    zx_db *db;
    az_analyzer *az;
    const char *query;
    GString *out;
    const char *copied;  /* end of the query copied to out so far */
    bool changed;
} suggest_ctx;

/* True if the Latin word is found as typed Mongolian: through the stem of
 * a dictionary word it spells, or through its keys (a name). */
static bool
found_by_key(suggest_ctx *c, const char *folded)
{
    GPtrArray *words = az_latin_words(c->az, folded);
    bool found = false;
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
    if (n >= MIN_CHARS && zx_db_termfreq(c->db, folded) == 0 &&
        !(tok->script == AZ_SCRIPT_LATIN && found_by_key(c, folded))) {
        char *s = zx_db_spelling_suggestion(c->db, folded, n >= 6 ? 2 : 1);
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
