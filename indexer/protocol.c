/* protocol.c — frames, jobs and answers between the parent and its
 * workers (protocol.h).
 *
 * Not for: what either side does with them (pool.c, worker.c, run.c).
 */
#include "indexer/protocol.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

bool
ix_write_all(int fd, const void *data, size_t len)
{
    const char *p = data;
    while (len > 0) {
        ssize_t n = send(fd, p, len, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        p += n;
        len -= (size_t)n;
    }
    return true;
}

bool
ix_read_all(int fd, void *data, size_t len)
{
    char *p = data;
    while (len > 0) {
        ssize_t n = read(fd, p, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        len -= (size_t)n;
    }
    return true;
}

bool
ix_send_frame(int fd, const void *data, size_t len)
{
    guint32 n = (guint32)len;
    return ix_write_all(fd, &n, sizeof n) && ix_write_all(fd, data, len);
}

GByteArray *
ix_job_encode(guint32 source_index, const char *relpath, const char *abspath, const GArray *skip)
{
    GByteArray *m = g_byte_array_new();
    g_byte_array_append(m, (const guint8 *)&source_index, sizeof source_index);
    g_byte_array_append(m, (const guint8 *)relpath, strlen(relpath) + 1);
    g_byte_array_append(m, (const guint8 *)abspath, strlen(abspath) + 1);
    if (skip != NULL && skip->len > 0)
        g_byte_array_append(m, (const guint8 *)skip->data, skip->len * (guint)sizeof(guint32));
    return m;
}

bool
ix_job_decode(const char *msg, size_t len, guint32 *source_index, const char **relpath, const char **abspath,
              GArray *skip)
{
    if (len < sizeof *source_index + 2)
        return false;
    memcpy(source_index, msg, sizeof *source_index);
    *relpath = msg + sizeof *source_index;
    *abspath = *relpath + strlen(*relpath) + 1;
    if (*abspath >= msg + len)
        return false;
    const char *rest = *abspath + strlen(*abspath) + 1;
    if (rest > msg + len)
        return false;
    size_t n = (size_t)(msg + len - rest);
    if (n % sizeof(guint32) != 0)
        return false;
    for (size_t i = 0; i < n; i += sizeof(guint32)) {
        guint32 page = 0;
        memcpy(&page, rest + i, sizeof page);
        g_array_append_val(skip, page);
    }
    return true;
}

GByteArray *
ix_progress_encode(guint32 page)
{
    GByteArray *out = g_byte_array_new();
    g_byte_array_append(out, (const guint8 *)(page ? "Po" : "Pp"), 2);
    if (page)
        g_byte_array_append(out, (const guint8 *)&page, sizeof page);
    return out;
}

bool
ix_progress_decode(const guint8 *body, size_t len, guint32 *page)
{
    if (len == 2 && body[0] == 'P' && body[1] == 'p') {
        *page = 0;
        return true;
    }
    if (len == 2 + sizeof *page && body[0] == 'P' && body[1] == 'o') {
        memcpy(page, body + 2, sizeof *page);
        return *page > 0;
    }
    return false;
}

GByteArray *
ix_answer_document(GVariant *v)
{
    GByteArray *out = g_byte_array_new();
    g_byte_array_append(out, (const guint8 *)"O", 1);
    g_byte_array_append(out, g_variant_get_data(v), g_variant_get_size(v));
    return out;
}

GByteArray *
ix_answer_reason(char kind, const char *reason)
{
    GByteArray *out = g_byte_array_new();
    g_byte_array_append(out, (const guint8 *)&kind, 1);
    g_byte_array_append(out, (const guint8 *)reason, strlen(reason));
    return out;
}
