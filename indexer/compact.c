/* compact.c — each level's database compacted and exchanged for the old
 * one (compact.h).
 *
 * Not for: the compaction itself (Xapian's, through zx_db_compact), or the
 * lock (lock.c).
 */
#include "indexer/compact.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "indexer/folder.h"
#include "indexer/lock.h"
#include "indexer/writer.h"
#include "shim/zx.h"

/* Where a level's copy is made, and what a killed run may leave. */
#define WORK_PREFIX ".compact-"

/* Removes what an earlier, killed zaalt compact left in `dir`: either a
 * partial copy or, after its exchange, the old database.  The levels
 * themselves are whole either way. */
static bool
remove_leftovers(const char *dir, GError **error)
{
    DIR *d = opendir(dir);
    if (d == NULL) {
        g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_OPEN, "cannot read %s: %s", dir, g_strerror(errno));
        return false;
    }
    GPtrArray *stale = g_ptr_array_new_with_free_func(g_free);
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        if (g_str_has_prefix(e->d_name, WORK_PREFIX))
            g_ptr_array_add(stale, g_build_filename(dir, e->d_name, NULL));
    closedir(d);
    bool ok = true;
    for (guint i = 0; ok && i < stale->len; i++)
        ok = ix_folder_remove(stale->pdata[i], error);
    g_ptr_array_free(stale, TRUE);
    return ok;
}

/* The copy needs at most the database's present size beside it. */
static bool
room_for(const char *dir, const char *level, guint64 need, GError **error)
{
    guint64 free_bytes;
    if (!ix_free_bytes(dir, &free_bytes) || free_bytes >= need)
        return true;
    g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_OPEN,
                "not enough room to compact the %s database: it takes %.1f MB and %.1f MB are free in %s; it is as "
                "it was",
                level, need / 1048576.0, free_bytes / 1048576.0, dir);
    return false;
}

static bool
compact_level(const char *dir, int level, ix_compact_level *r, GError **error)
{
    const char *name = zs_levels[level];
    char *live = zs_level_path(dir, level);
    char *work_name = g_strconcat(WORK_PREFIX, name, NULL);
    char *work = g_build_filename(dir, work_name, NULL);
    bool ok = false;
    gint64 t0 = g_get_monotonic_time();
    r->bytes_before = ix_folder_bytes(live);
    if (!room_for(dir, name, r->bytes_before, error))
        goto out;
    char *msg = NULL;
    if (zx_db_compact(live, work, &msg) != ZX_OK) {
        g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE,
                    "the %s database (%s) could not be compacted: %s; it is as it was", name, live,
                    msg != NULL ? msg : "failed");
        g_free(msg);
        ix_folder_remove(work, NULL);
        goto out;
    }
    if (renameat2(AT_FDCWD, work, AT_FDCWD, live, RENAME_EXCHANGE) != 0) {
        int e = errno;
        ix_folder_remove(work, NULL);
        g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE,
                    "cannot put the compacted %s database in place of %s: %s%s; it is as it was", name, live,
                    g_strerror(e), e == EINVAL ? " (this file system cannot exchange two folders in one step)" : "");
        goto out;
    }
    ix_folder_sync(dir); /* the exchange is on disk before the old copy goes */
    r->bytes_after = ix_folder_bytes(live);
    r->seconds = (g_get_monotonic_time() - t0) / 1e6;
    /* `work` now holds the old database. */
    GError *gone = NULL;
    ok = ix_folder_remove(work, &gone);
    if (!ok) {
        g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE,
                    "the %s database is compacted, but its old copy stays in %s (%s): the next zaalt compact removes "
                    "it",
                    name, work, gone->message);
        g_error_free(gone);
    }
out:
    g_free(work);
    g_free(work_name);
    g_free(live);
    return ok;
}

bool
ix_compact(const char *dir, ix_compact_level out[ZS_N_LEVELS], GError **error)
{
    memset(out, 0, sizeof(ix_compact_level) * ZS_N_LEVELS);
    bool any = false;
    for (int i = 0; i < ZS_N_LEVELS; i++) {
        char *path = zs_level_path(dir, i);
        out[i].present = g_file_test(path, G_FILE_TEST_IS_DIR);
        any = any || out[i].present;
        g_free(path);
    }
    if (!any) {
        g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_OPEN,
                    "no index at %s: it has no public, restricted or sealed database", dir);
        return false;
    }
    ix_lock *lock = ix_lock_take(dir, error);
    if (lock == NULL)
        return false;
    bool ok = remove_leftovers(dir, error);
    for (int i = 0; ok && i < ZS_N_LEVELS; i++)
        if (out[i].present)
            ok = compact_level(dir, i, &out[i], error);
    ix_lock_release(lock);
    return ok;
}
