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

#include "indexer/lock.h"
#include "indexer/writer.h"
#include "shim/zx.h"

/* Where a level's copy is made, and what a killed run may leave. */
#define WORK_PREFIX ".compact-"

static bool
dot_or_dotdot(const char *name)
{
    return strcmp(name, ".") == 0 || strcmp(name, "..") == 0;
}

/* Bytes allocated to the files under folder `path` (what du counts). */
static guint64
folder_bytes(const char *path)
{
    DIR *d = opendir(path);
    if (d == NULL)
        return 0;
    guint64 n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (dot_or_dotdot(e->d_name))
            continue;
        struct stat st;
        if (fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            char *sub = g_build_filename(path, e->d_name, NULL);
            n += folder_bytes(sub);
            g_free(sub);
        } else {
            n += (guint64)st.st_blocks * 512;
        }
    }
    closedir(d);
    return n;
}

/* Removes folder `path` and all it holds (a missing one is no error). */
static bool
remove_folder(const char *path, GError **error)
{
    DIR *d = opendir(path);
    if (d == NULL) {
        if (errno == ENOENT)
            return true;
        g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE, "cannot remove %s: %s", path, g_strerror(errno));
        return false;
    }
    bool ok = true;
    struct dirent *e;
    while (ok && (e = readdir(d)) != NULL) {
        if (dot_or_dotdot(e->d_name))
            continue;
        char *sub = g_build_filename(path, e->d_name, NULL);
        struct stat st;
        if (lstat(sub, &st) == 0 && S_ISDIR(st.st_mode)) {
            ok = remove_folder(sub, error);
        } else if (unlink(sub) != 0 && errno != ENOENT) {
            g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE, "cannot remove %s: %s", sub, g_strerror(errno));
            ok = false;
        }
        g_free(sub);
    }
    closedir(d);
    if (ok && rmdir(path) != 0 && errno != ENOENT) {
        g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE, "cannot remove %s: %s", path, g_strerror(errno));
        ok = false;
    }
    return ok;
}

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
        ok = remove_folder(stale->pdata[i], error);
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

/* The exchange is on disk before the old copy goes. */
static void
sync_folder(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    if (fsync(fd) != 0) {
        /* a file system that cannot sync a folder: the rename stands */
    }
    close(fd);
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
    r->bytes_before = folder_bytes(live);
    if (!room_for(dir, name, r->bytes_before, error))
        goto out;
    char *msg = NULL;
    if (zx_db_compact(live, work, &msg) != ZX_OK) {
        g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE,
                    "the %s database (%s) could not be compacted: %s; it is as it was", name, live,
                    msg != NULL ? msg : "failed");
        g_free(msg);
        remove_folder(work, NULL);
        goto out;
    }
    if (renameat2(AT_FDCWD, work, AT_FDCWD, live, RENAME_EXCHANGE) != 0) {
        int e = errno;
        remove_folder(work, NULL);
        g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE,
                    "cannot put the compacted %s database in place of %s: %s%s; it is as it was", name, live,
                    g_strerror(e), e == EINVAL ? " (this file system cannot exchange two folders in one step)" : "");
        goto out;
    }
    sync_folder(dir);
    r->bytes_after = folder_bytes(live);
    r->seconds = (g_get_monotonic_time() - t0) / 1e6;
    /* `work` now holds the old database. */
    GError *gone = NULL;
    ok = remove_folder(work, &gone);
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
