/* writer.c — the level databases of an index run, and every write to them
 * checked (writer.h).
 *
 * Not for: deciding what to write (run.c, manifest.c).
 */
#include "indexer/writer.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>

#include <glib/gstdio.h>

#include "core/schema.h"

G_DEFINE_QUARK(ix - write - error - quark, ix_write_error)

/* A commit is not begun without room for what it may write: Xapian 1.4
 * can abort the whole process (an exception thrown while unwinding) when
 * the disk fills up in the middle of a commit.  A commit writes its batch
 * (a batch of long statutes, tens of megabytes) and copies each block of
 * the database it changes, so it never writes more than the database as
 * it stands, its batch a few times over (blocks half full, postings,
 * termlist and data each), and a little for the tables' roots; and never
 * asked for more than MAX_COMMIT_BYTES, which a large index's commit
 * has been seen well under.  A small index on a small volume is not
 * refused for want of space it cannot use.
 * A commit that changes only metadata (a run with nothing to do records
 * its summary, a failed file's entry) copies no more than each key's path
 * down the B-tree of the table that holds metadata (at most
 * META_KEY_BYTES a key), nor more than that table as it stands, and its
 * values a few times over and the slack; so an
 * index that is up to date is not refused on a nearly full disk, where
 * its nightly run would otherwise fail every night while writing nothing
 * (probe F2, F7).  A level with nothing at all pending needs no room. */
#define MAX_COMMIT_BYTES (64UL << 20)
#define COMMIT_SLACK_BYTES (1UL << 20)
#define BATCH_FACTOR 4
#define META_KEY_BYTES (8UL * 65536) /* a B-tree path: 8 levels of the largest block */
#define META_TABLE "postlist.glass"       /* where glass keeps metadata */

struct ix_writer {
    zx_db *dbs[ZS_N_LEVELS];
    guint64 pending[ZS_N_LEVELS]; /* bytes added since the level's commit */
    bool rewrites[ZS_N_LEVELS];   /* units added or deleted, or a table rebuilt, since then */
    guint meta_keys[ZS_N_LEVELS]; /* metadata keys set since then */
    guint64 meta_bytes[ZS_N_LEVELS];
    char *dir;
};

/* Sets `error` from a failed write and frees the shim's message; a full
 * disk is called by its name. */
static bool
failed(GError **error, int level, const char *what, char *msg)
{
    if (msg != NULL && (strstr(msg, g_strerror(ENOSPC)) != NULL || strstr(msg, g_strerror(EDQUOT)) != NULL))
        g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE,
                    "the disk is full: the %s database: %s (%s); the last commit stays searchable", zs_levels[level],
                    what, msg);
    else if (msg != NULL && strstr(msg, "DatabaseCorruptError") != NULL)
        /* Opened, but damaged inside (a table cut short): a forced run
         * would write into the same damage, so the folder is made anew. */
        g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE,
                    "the %s database: %s: %s; the database is damaged (a disk fault, or one of its files changed or "
                    "cut short): move the index folder aside and index again",
                    zs_levels[level], what, msg);
    else
        g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE, "the %s database: %s: %s", zs_levels[level], what,
                    msg != NULL ? msg : "failed");
    g_free(msg);
    return false;
}

bool
ix_free_bytes(const char *dir, guint64 *free_bytes)
{
    struct statvfs fs;
    if (statvfs(dir, &fs) != 0)
        return false;
    *free_bytes = (guint64)fs.f_bavail * fs.f_frsize;
    return true;
}

/* Bytes the files of one folder take on disk (not below it); the
 * ceiling when it cannot be read. */
static guint64
folder_bytes(const char *path)
{
    GDir *d = g_dir_open(path, 0, NULL);
    if (d == NULL)
        return MAX_COMMIT_BYTES;
    guint64 total = 0;
    const char *name;
    while ((name = g_dir_read_name(d)) != NULL) {
        char *file = g_build_filename(path, name, NULL);
        GStatBuf st;
        if (g_lstat(file, &st) == 0 && S_ISREG(st.st_mode))
            total += (guint64)st.st_blocks * 512;
        g_free(file);
    }
    g_dir_close(d);
    return total;
}

/* What a commit of `level` may write (above). */
static guint64
commit_bytes(const ix_writer *w, int level)
{
    char *path = zs_level_path(w->dir, level);
    if (!w->rewrites[level]) {
        guint64 meta = 0;
        if (w->meta_keys[level] > 0) {
            char *table = g_build_filename(path, META_TABLE, NULL);
            GStatBuf st;
            guint64 paths = (guint64)w->meta_keys[level] * META_KEY_BYTES;
            if (g_stat(table, &st) == 0)
                paths = MIN(paths, (guint64)st.st_blocks * 512);
            g_free(table);
            meta = MIN(paths + BATCH_FACTOR * w->meta_bytes[level] + COMMIT_SLACK_BYTES, MAX_COMMIT_BYTES);
        }
        g_free(path);
        return meta;
    }
    guint64 need = folder_bytes(path) + BATCH_FACTOR * w->pending[level] + COMMIT_SLACK_BYTES;
    g_free(path);
    return MIN(need, MAX_COMMIT_BYTES);
}

/* Whether the file system of the index has room for a commit of `level`. */
static bool
room_to_commit(ix_writer *w, int level, GError **error)
{
    guint64 free_bytes;
    guint64 need = commit_bytes(w, level);
    if (need == 0 || !ix_free_bytes(w->dir, &free_bytes))
        return true;
    if (free_bytes >= need)
        return true;
    g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE,
                "the disk is full: %.1f MB free where the index is (%s), and a commit of the %s database may write "
                "%.1f MB; free some space and run again (the last commit stays searchable, and the run goes on from "
                "there)",
                free_bytes / 1048576.0, w->dir, zs_levels[level], need / 1048576.0);
    return false;
}

static void
close_dbs(ix_writer *w)
{
    for (int l = 0; l < ZS_N_LEVELS; l++)
        if (w->dbs[l] != NULL)
            zx_db_close(w->dbs[l]);
}

ix_writer *
ix_writer_open(const char *dir, GError **error)
{
    char *legacy = g_build_filename(dir, "iamglass", NULL);
    bool old_layout = g_file_test(legacy, G_FILE_TEST_EXISTS);
    g_free(legacy);
    if (old_layout) {
        g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_OPEN,
                    "%s holds an index of an older layout (one database for all access levels): remove it and "
                    "index again",
                    dir);
        return NULL;
    }
    ix_writer *w = g_new0(ix_writer, 1);
    w->dir = g_strdup(dir);
    for (int l = 0; l < ZS_N_LEVELS; l++) {
        char *path = zs_level_path(dir, l);
        char *msg = NULL;
        zx_status s = zx_db_open_write_batched(path, &w->dbs[l], &msg);
        if (s == ZX_LOCKED) {
            /* Another program than zaalt index (which takes lock.h's lock
             * first) holds the database's own lock. */
            char *lockfile = g_build_filename(path, "flintlock", NULL);
            g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_LOCKED,
                        "%s is being written by another process (Xapian's lock %s is held)", path, lockfile);
            g_free(lockfile);
        } else if (s == ZX_CORRUPT) {
            g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_OPEN,
                        "cannot open %s for writing: %s; the database is damaged (a disk fault, or one of its files "
                        "changed or cut short): zaalt index --force --db %s with its sources rebuilds it, setting "
                        "the damaged one aside",
                        path, msg, dir);
        } else if (s != ZX_OK) {
            g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_OPEN, "cannot open %s for writing: %s", path, msg);
        }
        if (s != ZX_OK) {
            g_free(msg);
            g_free(path);
            w->dbs[l] = NULL;
            ix_writer_close(w);
            return NULL;
        }
        char *version = zx_db_get_metadata(w->dbs[l], ZS_META_SCHEMA);
        if (version && strcmp(version, ZS_SCHEMA_VERSION) != 0) {
            g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_OPEN,
                        "%s holds an index of schema version %s; this zaalt writes version %s: zaalt index "
                        "--force --db %s with its sources rebuilds it (setting the old one aside), or remove %s and "
                        "index again",
                        path, version, ZS_SCHEMA_VERSION, dir, dir);
            g_free(version);
            g_free(path);
            ix_writer_close(w);
            return NULL;
        }
        g_free(version);
        g_free(path);
        /* A level database served alone (xapian-tcpsrv) still says what
         * it holds: readers open a remote one only up to their level. */
        if (!ix_writer_set(w, l, ZS_META_SCHEMA, ZS_SCHEMA_VERSION, error) ||
            !ix_writer_set(w, l, ZS_META_LEVEL, zs_levels[l], error)) {
            ix_writer_close(w);
            return NULL;
        }
    }
    return w;
}

void
ix_writer_close(ix_writer *w)
{
    if (w == NULL)
        return;
    close_dbs(w);
    g_free(w->dir);
    g_free(w);
}

zx_db *
ix_writer_db(ix_writer *w, int level)
{
    return w->dbs[level];
}

bool
ix_writer_set(ix_writer *w, int level, const char *key, const char *value, GError **error)
{
    char *msg = NULL;
    if (zx_db_set_metadata(w->dbs[level], key, value, &msg) != ZX_OK) {
        char *what = g_strdup_printf("cannot record %s", key);
        failed(error, level, what, msg);
        g_free(what);
        return false;
    }
    w->meta_keys[level]++;
    w->meta_bytes[level] += strlen(key) + strlen(value);
    return true;
}

void
ix_writer_rewrites(ix_writer *w, int level)
{
    w->rewrites[level] = true;
}

bool
ix_writer_set_all(ix_writer *w, const char *key, const char *value, GError **error)
{
    for (int l = 0; l < ZS_N_LEVELS; l++)
        if (!ix_writer_set(w, l, key, value, error))
            return false;
    return true;
}

bool
ix_writer_delete_document(ix_writer *w, int level, const char *id, GError **error)
{
    char *term = g_strconcat(ZS_P_DOC, id, NULL);
    char *msg = NULL;
    w->rewrites[level] = true;
    bool ok = zx_db_delete(w->dbs[level], term, &msg) == ZX_OK;
    g_free(term);
    if (!ok) {
        char *what = g_strdup_printf("cannot delete the units of document %s", id);
        failed(error, level, what, msg);
        g_free(what);
        return false;
    }
    /* A public document's full copy (schema.h, ZS_P_MASK) goes with it. */
    return level != 0 || ix_writer_delete_document(w, ZS_MASK_FULL_LEVEL, id, error);
}

bool
ix_writer_add_units(ix_writer *w, int level, const char *const *uniques, zx_doc *const *units, gsize n, gsize bytes,
                    GError **error)
{
    for (gsize i = 0; i < n; i++) {
        char *msg = NULL;
        if (zx_db_replace(w->dbs[level], uniques[i], units[i], &msg) != ZX_OK) {
            char *what = g_strdup_printf("cannot write unit %s", uniques[i]);
            failed(error, level, what, msg);
            g_free(what);
            return false;
        }
    }
    w->pending[level] += bytes;
    w->rewrites[level] = true;
    return true;
}

bool
ix_writer_commit_level(ix_writer *w, int level, GError **error)
{
    char *msg = NULL;
    if (!room_to_commit(w, level, error))
        return false;
    if (zx_db_commit(w->dbs[level], &msg) != ZX_OK)
        return failed(error, level, "commit failed", msg);
    w->pending[level] = 0;
    w->rewrites[level] = false;
    w->meta_keys[level] = 0;
    w->meta_bytes[level] = 0;
    return true;
}

bool
ix_writer_commit(ix_writer *w, GError **error)
{
    for (int l = ZS_N_LEVELS - 1; l >= 0; l--)
        if (!ix_writer_commit_level(w, l, error))
            return false;
    return true;
}
