/* folder.c — folders of an index as wholes: their size, removal and sync
 * (folder.h).
 *
 * Not for: the databases inside them (writer.c, compact.c, merge.c).
 */
#include "indexer/folder.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "indexer/writer.h"

static bool
dot_or_dotdot(const char *name)
{
    return strcmp(name, ".") == 0 || strcmp(name, "..") == 0;
}

/* Bytes allocated to the files under folder `path` (what du counts). */
guint64
ix_folder_bytes(const char *path)
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
            n += ix_folder_bytes(sub);
            g_free(sub);
        } else {
            n += (guint64)st.st_blocks * 512;
        }
    }
    closedir(d);
    return n;
}

/* Removes folder `path` and all it holds (a missing one is no error). */
bool
ix_folder_remove(const char *path, GError **error)
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
            ok = ix_folder_remove(sub, error);
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

void
ix_folder_sync(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    if (fsync(fd) != 0) {
        /* a file system that cannot sync a folder: the rename stands */
    }
    close(fd);
}
