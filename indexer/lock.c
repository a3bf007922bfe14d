/* lock.c — the index folder's writer lock (lock.h).
 *
 * Not for: the databases' own locks (writer.c through the shim).
 */
#include "indexer/lock.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include "indexer/writer.h"

struct ix_lock {
    int fd;
};

/* "process 1234, started 2026-12-02T22:44:16Z: zaalt index --db …", from
 * the lock file, or NULL when it says nothing yet. */
static char *
holder_of(const char *path)
{
    char *text = NULL;
    if (!g_file_get_contents(path, &text, NULL, NULL))
        return NULL;
    g_strstrip(text);
    if (*text == '\0') {
        g_free(text);
        return NULL;
    }
    char *valid = g_utf8_make_valid(text, -1);
    g_free(text);
    return valid;
}

/* What this process writes into the lock it holds. */
static char *
describe_self(void)
{
    GDateTime *now = g_date_time_new_now_utc();
    char *stamp = g_date_time_format(now, "%Y-%m-%dT%H:%M:%SZ");
    g_date_time_unref(now);
    GString *cmd = g_string_new(NULL);
    char *raw = NULL;
    gsize len = 0;
    if (g_file_get_contents("/proc/self/cmdline", &raw, &len, NULL)) {
        for (gsize i = 0; i < len && cmd->len < 300; i++)
            g_string_append_c(cmd, raw[i] ? raw[i] : ' ');
        g_free(raw);
    }
    char *text = g_strdup_printf("process %ld, started %s: %s\n", (long)getpid(), stamp, g_strstrip(cmd->str));
    g_string_free(cmd, TRUE);
    g_free(stamp);
    return text;
}

ix_lock *
ix_lock_take(const char *dir, GError **error)
{
    char *path = g_build_filename(dir, IX_LOCK_FILE, NULL);
    int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_OPEN, "cannot make the lock %s: %s", path, g_strerror(errno));
        g_free(path);
        return NULL;
    }
    int rc;
    while ((rc = flock(fd, LOCK_EX | LOCK_NB)) != 0 && errno == EINTR)
        ;
    if (rc != 0) {
        int e = errno;
        close(fd);
        if (e == EWOULDBLOCK) {
            char *holder = holder_of(path);
            g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_LOCKED,
                        "the index at %s is being written by another zaalt index or compact (%s; lock %s): wait "
                        "for it to finish or stop it",
                        dir, holder ? holder : "it has not said who it is yet", path);
            g_free(holder);
        } else {
            g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_OPEN, "cannot lock %s: %s", path, g_strerror(e));
        }
        g_free(path);
        return NULL;
    }
    g_free(path);
    /* Who holds it, for the message of a run refused; a lock that cannot
     * say so still locks. */
    char *me = describe_self();
    if (ftruncate(fd, 0) == 0 && pwrite(fd, me, strlen(me), 0) < 0) {
        /* nothing to do: the lock holds without its description */
    }
    g_free(me);
    ix_lock *lock = g_new0(ix_lock, 1);
    lock->fd = fd;
    return lock;
}

void
ix_lock_release(ix_lock *lock)
{
    if (lock == NULL)
        return;
    /* Emptied first, so a later refusal never names a holder long gone. */
    if (ftruncate(lock->fd, 0) != 0) {
        /* the lock goes with the descriptor all the same */
    }
    close(lock->fd);
    g_free(lock);
}
