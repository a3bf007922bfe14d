/* audit.c — the audit log (audit.h).
 *
 * Not for: reading it (cli/cmd_audit.c).
 */
#include "web/audit.h"

#include <errno.h>
#include <fcntl.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <unistd.h>

struct zw_audit {
    int fd;
    char *path;
    GMutex lock; /* one line at a time, whole */
};

zw_audit *
zw_audit_open(const char *path, GError **error)
{
    int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        int e = errno;
        g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(e), "cannot open the audit log %s: %s", path,
                    g_strerror(e));
        return NULL;
    }
    zw_audit *a = g_new0(zw_audit, 1);
    a->fd = fd;
    a->path = g_strdup(path);
    g_mutex_init(&a->lock);
    return a;
}

void
zw_audit_close(zw_audit *a)
{
    if (!a)
        return;
    close(a->fd);
    g_mutex_clear(&a->lock);
    g_free(a->path);
    g_free(a);
}

static void
member(JsonBuilder *b, const char *name, const char *value)
{
    if (!value)
        return;
    json_builder_set_member_name(b, name);
    if (g_utf8_validate(value, -1, NULL)) {
        json_builder_add_string_value(b, value);
    } else {
        char *valid = g_utf8_make_valid(value, -1);
        json_builder_add_string_value(b, valid);
        g_free(valid);
    }
}

bool
zw_audit_write(zw_audit *a, const char *action, const char *user, const char *address, const char *path,
               const char *query, const GPtrArray *ids, unsigned status)
{
    if (!a)
        return true;
    GDateTime *now = g_date_time_new_now_utc();
    char *stamp = g_date_time_format(now, "%Y-%m-%dT%H:%M:%SZ");
    g_date_time_unref(now);
    JsonBuilder *b = json_builder_new();
    json_builder_begin_object(b);
    member(b, "time", stamp);
    member(b, "user", user);
    member(b, "address", address);
    member(b, "action", action);
    member(b, "path", path);
    member(b, "query", query);
    if (ids && ids->len) {
        json_builder_set_member_name(b, "ids");
        json_builder_begin_array(b);
        for (guint i = 0; i < ids->len; i++)
            json_builder_add_string_value(b, ids->pdata[i]);
        json_builder_end_array(b);
    }
    json_builder_set_member_name(b, "status");
    json_builder_add_int_value(b, status);
    json_builder_end_object(b);
    JsonNode *root = json_builder_get_root(b);
    char *json = json_to_string(root, FALSE);
    json_node_unref(root);
    g_object_unref(b);
    g_free(stamp);
    /* JSON strings escape line breaks: the line is one line. */
    char *line = g_strconcat(json, "\n", NULL);
    g_free(json);
    gsize n = strlen(line), done = 0;
    bool ok = true;
    g_mutex_lock(&a->lock);
    while (done < n) {
        ssize_t w = write(a->fd, line + done, n - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            ok = false;
            break;
        }
        done += (gsize)w;
    }
    g_mutex_unlock(&a->lock);
    if (!ok)
        g_printerr("zaalt: cannot write to the audit log %s: %s\n", a->path, g_strerror(errno));
    g_free(line);
    return ok;
}
