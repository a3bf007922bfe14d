/* manifest.c — the manifest and failure records, and what they decide
 * (manifest.h).
 *
 * Not for: walking (walk.c), or the content fingerprint (fingerprint.c).
 */
#include "indexer/manifest.h"

#include <string.h>

#include "core/record.h"
#include "core/schema.h"
#include "indexer/due.h"
#include "indexer/fingerprint.h"

int
ix_level_of(const char *access)
{
    int l = zs_level_index(access);
    return l < 0 ? 0 : l;
}

char *
ix_manifest_key(const char *prefix, const ix_source *src, const char *rel)
{
    return zr_manifest_key(prefix, src->name, rel);
}

ix_file_stamp
ix_file_stamp_of(const struct stat *sb)
{
    gint64 ctime_ns = (gint64)sb->st_ctim.tv_sec * G_GINT64_CONSTANT(1000000000) + (gint64)sb->st_ctim.tv_nsec;
    return (ix_file_stamp){(gint64)sb->st_size, (gint64)sb->st_mtime, (gint64)sb->st_ino, ctime_ns};
}

/* A recorded ctime against one in nanoseconds: a record in seconds (below
 * 10^11, written before nanoseconds were kept) by the second. */
static bool
same_ctime(const char *field, gint64 ns)
{
    if (field == NULL || *field == '\0')
        return false;
    gint64 v = g_ascii_strtoll(field, NULL, 10);
    return v < G_GINT64_CONSTANT(100000000000) ? v == ns / G_GINT64_CONSTANT(1000000000) : v == ns;
}

static bool
field_is(const char *field, gint64 value)
{
    return field != NULL && *field != '\0' && g_ascii_strtoll(field, NULL, 10) == value;
}

/* A manifest entry's value for `stamp`, with its id, units and hash, its
 * due day when it has one (due.h), and this build's extraction version. */
static char *
entry_value(const ix_file_stamp *stamp, const char *id, const char *units, const char *sha256, const char *due)
{
    return g_strdup_printf("%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%" G_GINT64_FORMAT
                           "\t%" G_GINT64_FORMAT "\t%s\t%s",
                           stamp->size, stamp->mtime, id, units, sha256, stamp->ino, stamp->ctime,
                           due != NULL ? due : "", IX_EXTRACTION_VERSION);
}

/* Whether a record's extraction field (NULL or empty in records written
 * before versions were kept: version 1) is this build's. */
static bool
current_extraction(const char *field)
{
    return strcmp(field != NULL && *field ? field : "1", IX_EXTRACTION_VERSION) == 0;
}

bool
ix_manifest_check(ix_writer *w, const ix_source *src, const char *rel, const char *abs, const struct stat *sb,
                  bool force, bool retry_failed, ix_file_state *state, GError **error)
{
    *state = IX_FILE_CHANGED;
    ix_file_stamp now = ix_file_stamp_of(sb);
    /* The manifest entry lives in the database of the file's level; a file
     * whose level changed in the configuration is re-indexed. */
    char *key = ix_manifest_key(ZS_META_FILE_PREFIX, src, rel);
    int level = ix_level_of(ix_source_access_for(src, rel));
    char *old = zx_db_get_metadata(ix_writer_db(w, level), key);
    /* A document may have raised its own level (an XML access field): its
     * manifest is then in a higher level's database. */
    for (int l = level + 1; !old && l < ZS_N_LEVELS; l++) {
        old = zx_db_get_metadata(ix_writer_db(w, l), key);
        if (old)
            level = l;
    }
    bool ok = true;
    if (old && !force) {
        char **f = g_strsplit(old, "\t", ZS_MANIFEST_FIELDS);
        guint n = g_strv_length(f);
        bool same_size = field_is(f[0], now.size);
        bool same_time = same_size && field_is(f[1], now.mtime);
        bool same_inode = same_time && n >= 7 && field_is(f[5], now.ino) && same_ctime(f[6], now.ctime);
        /* Same inode, size and times: the file was not touched.  Anything
         * less (copied with its mtime kept, touched, checked out again, or
         * an entry from before inodes were kept): the content hash decides,
         * and the entry learns the new stamp. */
        /* A file read when a change it records was still ahead is read
         * again once its day has come, changed or not. */
        bool due = n > ZS_MANIFEST_DUE && ix_due_day_come(f[ZS_MANIFEST_DUE]);
        if (!current_extraction(n > ZS_MANIFEST_EXTRACTION ? f[ZS_MANIFEST_EXTRACTION] : NULL)) {
            *state = IX_FILE_OUTDATED;
        } else if (due) {
        } else if (same_inode) {
            *state = IX_FILE_UNCHANGED;
        } else if (same_size && n >= 5) {
            char *hash = ix_file_fingerprint(abs);
            if (hash && strcmp(hash, f[4]) == 0) {
                *state = IX_FILE_UNCHANGED;
                char *value = entry_value(&now, f[2], f[3], f[4], n > ZS_MANIFEST_DUE ? f[ZS_MANIFEST_DUE] : NULL);
                ok = ix_writer_set(w, level, key, value, error);
                g_free(value);
                /* Its indexed content back (a failed copy done again): no
                 * longer a failure. */
                char *fkey = ix_manifest_key(ZS_META_FAIL_PREFIX, src, rel);
                ok = ok && ix_writer_set_all(w, fkey, "", error);
                g_free(fkey);
            }
            g_free(hash);
        }
        g_strfreev(f);
    }
    g_free(old);
    g_free(key);
    /* A file whose entry is outdated or due, or that changed, but failed
     * with this very stamp (its last good version kept) waits for a change. */
    if (*state == IX_FILE_UNCHANGED || force || retry_failed)
        return ok;
    /* A file that failed and has not changed since is not tried again
     * unless asked (--retry-failed): a hostile file costs its timeout once. */
    char *fkey = ix_manifest_key(ZS_META_FAIL_PREFIX, src, rel);
    char *failed = zx_db_get_metadata(ix_writer_db(w, ix_level_of(ix_source_access_for(src, rel))), fkey);
    g_free(fkey);
    if (failed) {
        char **f = g_strsplit(failed, "\t", 7);
        guint n = g_strv_length(f);
        /* A record from before inodes were kept goes by size and mtime; one
         * of an earlier extraction is tried again by this one's readers. */
        if (n >= 3 && field_is(f[1], now.size) && field_is(f[2], now.mtime) &&
            (n < 5 || (field_is(f[3], now.ino) && same_ctime(f[4], now.ctime))))
            *state = current_extraction(n >= 6 ? f[5] : NULL) ? IX_FILE_STILL_FAILED : IX_FILE_OUTDATED;
        g_strfreev(f);
        g_free(failed);
    }
    return ok;
}

bool
ix_manifest_record(ix_writer *w, int level, const ix_source *src, const char *rel, const ix_file_stamp *stamp,
                   const char *id, unsigned units, const char *sha256, const char *due, GError **error)
{
    char *key = ix_manifest_key(ZS_META_FILE_PREFIX, src, rel);
    char *n = g_strdup_printf("%u", units);
    char *value = entry_value(stamp, id, n, sha256, due);
    g_free(n);
    bool ok = ix_writer_set(w, level, key, value, error);
    g_free(value);
    g_free(key);
    key = ix_manifest_key(ZS_META_FAIL_PREFIX, src, rel);
    ok = ok && ix_writer_set_all(w, key, "", error);
    g_free(key);
    return ok;
}

/* The manifest entry of a file in any level (its level, or one its
 * document raised itself to), or NULL. */
static char *
find_entry(ix_writer *w, const char *key)
{
    for (int l = 0; l < ZS_N_LEVELS; l++) {
        char *v = zx_db_get_metadata(ix_writer_db(w, l), key);
        if (v && *v)
            return v;
        g_free(v);
    }
    return NULL;
}

bool
ix_manifest_record_failure(ix_writer *w, const ix_source *src, const char *rel, const char *reason,
                           const ix_file_stamp *stamp, char **kept, GError **error)
{
    *kept = NULL;
    int level = ix_level_of(ix_source_access_for(src, rel));
    char *fkey = ix_manifest_key(ZS_META_FILE_PREFIX, src, rel);
    char *entry = find_entry(w, fkey);
    /* A file indexed before that cannot be read now (a copy or sync half
     * done, a file emptied) keeps its last good version searchable, with
     * its restricted and masked copies, until it changes again: its
     * failure record holds this stamp, so the next run tries it only then.
     * Only a file that is gone loses its units (ix_manifest_remove_gone). */
    if (entry) {
        char **f = g_strsplit(entry, "\t", 3);
        gint64 mtime = f[0] && f[1] ? g_ascii_strtoll(f[1], NULL, 10) : 0;
        GDateTime *t = mtime > 0 ? g_date_time_new_from_unix_local(mtime) : NULL;
        char *when = t ? g_date_time_format(t, "%Y-%m-%d %H:%M") : NULL;
        *kept = when ? g_strdup_printf("the version indexed before (modified %s) is kept", when)
                     : g_strdup("the version indexed before is kept");
        g_free(when);
        if (t)
            g_date_time_unref(t);
        g_strfreev(f);
        g_free(entry);
    }
    char *key = ix_manifest_key(ZS_META_FAIL_PREFIX, src, rel);
    /* The reason is one field: a tab in it would shift the stamp. */
    char *full = *kept ? g_strdup_printf("%s; %s", reason, *kept) : g_strdup(reason);
    char *flat = g_strdelimit(full, "\t\n", ' ');
    char *value =
        g_strdup_printf("%s\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%s",
                        flat, stamp->size, stamp->mtime, stamp->ino, stamp->ctime, IX_EXTRACTION_VERSION);
    g_free(flat);
    bool ok = ix_writer_set(w, level, key, value, error);
    g_free(value);
    g_free(key);
    g_free(fkey);
    return ok;
}

bool
ix_manifest_forget(ix_writer *w, const char *key, int keep, GError **error)
{
    for (int l = 0; l < ZS_N_LEVELS; l++) {
        if (l == keep)
            continue;
        char *old = zx_db_get_metadata(ix_writer_db(w, l), key);
        if (!old)
            continue;
        char **f = g_strsplit(old, "\t", 4);
        bool ok = true;
        if (f[0] && f[1] && f[2])
            ok = ix_writer_delete_document(w, l, f[2], error);
        g_strfreev(f);
        g_free(old);
        ok = ok && ix_writer_set(w, l, key, "", error);
        /* Moving down, being briefly in both is harmless; moving up, the
         * removal is committed now (rare). */
        if (ok && keep >= 0 && l < keep)
            ok = ix_writer_commit_level(w, l, error);
        if (!ok)
            return false;
    }
    return true;
}

typedef struct gone_search {
    GHashTable *seen;
    GPtrArray *gone; /* char* metadata keys */
} gone_search;

static void
find_gone(const char *key, const char *value, void *user)
{
    gone_search *gs = user;
    if (!*value)
        return;
    const char *id = strchr(key, ':') + 1;
    if (!g_hash_table_contains(gs->seen, id))
        g_ptr_array_add(gs->gone, g_strdup(key));
}

bool
ix_manifest_remove_gone(ix_writer *w, const ix_source *src, GHashTable *seen, unsigned *removed, GError **error)
{
    /* A run that walked one folder of the source knows nothing of the rest. */
    char *prefix = src->under ? g_strconcat(ZS_META_FILE_PREFIX, src->name, "/", src->under, "/", NULL)
                              : g_strconcat(ZS_META_FILE_PREFIX, src->name, "/", NULL);
    char *fail_prefix = g_strconcat(ZS_META_FAIL_PREFIX, prefix + strlen(ZS_META_FILE_PREFIX), NULL);
    bool ok = true;
    for (int l = 0; ok && l < ZS_N_LEVELS; l++) {
        gone_search gs = {seen, g_ptr_array_new_with_free_func(g_free)};
        char *msg = NULL;
        if (zx_db_metadata_each(ix_writer_db(w, l), prefix, find_gone, &gs, &msg) != ZX_OK) {
            g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE, "the %s database: cannot read its manifest: %s",
                        zs_levels[l], msg != NULL ? msg : "failed");
            ok = false;
        }
        g_free(msg);
        msg = NULL;
        for (guint i = 0; ok && i < gs.gone->len; i++) {
            ok = ix_manifest_forget(w, gs.gone->pdata[i], -1, error);
            if (ok)
                (*removed)++;
        }
        g_ptr_array_free(gs.gone, TRUE);
        /* A file that failed and is gone is no longer a failure to report
         * (zaalt stats lists fail: records). */
        gs.gone = g_ptr_array_new_with_free_func(g_free);
        if (ok && zx_db_metadata_each(ix_writer_db(w, l), fail_prefix, find_gone, &gs, &msg) != ZX_OK) {
            g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE, "the %s database: cannot read its failures: %s",
                        zs_levels[l], msg != NULL ? msg : "failed");
            ok = false;
        }
        g_free(msg);
        for (guint i = 0; ok && i < gs.gone->len; i++)
            ok = ix_writer_set(w, l, gs.gone->pdata[i], "", error);
        g_ptr_array_free(gs.gone, TRUE);
    }
    g_free(prefix);
    g_free(fail_prefix);
    return ok;
}
