/* spelling.c — the spelling dictionary of a level database, built from its
 * own words at the end of an index run (spelling.h).
 *
 * The dictionary holds the index's exact word terms (the unprefixed ones:
 * every prefix in schema.h starts with an ASCII capital, and exact terms are
 * case-folded, so the first byte tells them apart).  Words seen in a single
 * unit are left out: they are mostly OCR debris and typing errors, the very
 * things a suggestion must not propose.
 */
#include "indexer/spelling.h"

#include <glib.h>
#include <string.h>

#include "core/schema.h"
#include "indexer/writer.h"

#define MIN_CHARS 3
#define MAX_CHARS 30
#define MIN_UNITS 2

typedef struct {
    zx_db *db;
    GHashTable *before; /* word -> frequency added by earlier runs */
    GString *record;    /* "word\tfreq\n" lines for the metadata */
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

bool
ix_build_spelling(zx_db *db, GError **error)
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
    bool ok = true;
    if (st != ZX_OK || c.error) {
        g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE, "building the spelling dictionary: %s",
                    c.error ? c.error : msg);
        ok = false;
    } else if (zx_db_set_metadata(db, ZS_META_SPELLING, c.record->str, &msg) != ZX_OK) {
        g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE, "recording the spelling dictionary: %s", msg);
        ok = false;
    }
    g_free(msg);
    g_free(c.error);
    g_string_free(c.record, TRUE);
    g_hash_table_destroy(c.before);
    return ok;
}
