/* fingerprint.c — file content and glossary-phrase fingerprints
 * (fingerprint.h).
 *
 * Not for: deciding what to re-extract (manifest.c).
 */
#include "indexer/fingerprint.h"

#include <string.h>

#include "core/schema.h"
#include "indexer/sources.h"

char *
ix_file_fingerprint(const char *path)
{
    GMappedFile *m = g_mapped_file_new(path, FALSE, NULL);
    if (!m)
        return NULL;
    char *hex = g_compute_checksum_for_data(G_CHECKSUM_SHA256, (const guchar *)g_mapped_file_get_contents(m),
                                            g_mapped_file_get_length(m));
    g_mapped_file_unref(m);
    return hex;
}

bool
ix_mark_phrases(ix_writer *w, const char *fingerprint, bool force, bool *warned, GError **error)
{
    *warned = false;
    for (int l = 0; l < ZS_N_LEVELS; l++) {
        zx_db *db = ix_writer_db(w, l);
        char *old = zx_db_get_metadata(db, ZS_META_PHRASES);
        bool same = old && strcmp(old, fingerprint) == 0;
        g_free(old);
        if (same)
            continue;
        bool empty = zx_db_doccount(db) == 0;
        if (!ix_writer_set(w, l, ZS_META_PHRASES, empty ? fingerprint : "stale", error))
            return false;
        if (!empty && !force)
            *warned = true;
    }
    return true;
}

bool
ix_seal_phrases(ix_writer *w, const char *fingerprint, GError **error)
{
    return ix_writer_set_all(w, ZS_META_PHRASES, fingerprint, error);
}

static void
note_source(const char *key, const char *value, void *user)
{
    g_hash_table_add(user, g_strdup(key + strlen(ZS_META_SOURCE_PREFIX)));
}

bool
ix_covers_every_source(ix_writer *w, const GPtrArray *sources, bool *covers, GError **error)
{
    *covers = false;
    GHashTable *held = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (int l = 0; l < ZS_N_LEVELS; l++) {
        char *msg = NULL;
        if (zx_db_metadata_each(ix_writer_db(w, l), ZS_META_SOURCE_PREFIX, note_source, held, &msg) != ZX_OK) {
            g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE, "the %s database: cannot read its sources: %s",
                        zs_levels[l], msg != NULL ? msg : "failed");
            g_free(msg);
            g_hash_table_destroy(held);
            return false;
        }
    }
    bool all = true;
    for (guint i = 0; all && i < sources->len; i++) {
        const ix_source *src = sources->pdata[i];
        if (src->only || src->under)
            all = false;
        g_hash_table_remove(held, src->name);
    }
    *covers = all && g_hash_table_size(held) == 0;
    g_hash_table_destroy(held);
    return true;
}
