/* zip.c — reading the parts of a zip container from memory, safely
 * (zip.h).
 *
 * libarchive reads the archive through callbacks over the bytes in memory,
 * so that the reader can count how much of the archive each entry's
 * inflating consumes: that count against the bytes it yields is the
 * compression ratio, checked while the entry inflates.  Only the zip
 * format is enabled (its seekable reader, which trusts the central
 * directory as Office applications do), so no other archive or compression
 * format is ever parsed.
 *
 * Not for: the parts' meaning (docx.c, odt.c).
 */
#include "indexer/zip.h"

#include <archive.h>
#include <archive_entry.h>
#include <string.h>

#include "indexer/extract.h"

/* Bytes handed to libarchive per read: the granularity of the ratio's
 * count of consumed input. */
#define ZIP_BLOCK (16 * 1024)

typedef struct zip_source {
    const char *data;
    gint64 len;
    gint64 pos;
    gint64 pulled; /* bytes handed out so far */
} zip_source;

static la_ssize_t
source_read(struct archive *a, void *user, const void **buffer)
{
    zip_source *s = user;
    if (s->pos >= s->len)
        return 0;
    gint64 n = MIN((gint64)ZIP_BLOCK, s->len - s->pos);
    *buffer = s->data + s->pos;
    s->pos += n;
    s->pulled += n;
    return (la_ssize_t)n;
}

static la_int64_t
source_seek(struct archive *a, void *user, la_int64_t offset, int whence)
{
    zip_source *s = user;
    gint64 base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? s->pos : s->len;
    if ((offset < 0 && -offset > base) || (offset > 0 && offset > s->len - base))
        return ARCHIVE_FATAL;
    s->pos = base + offset;
    return s->pos;
}

bool
ix_zip_name_is_unsafe(const char *name)
{
    if (name[0] == '/' || strchr(name, '\\') != NULL)
        return true;
    if (g_ascii_isalpha(name[0]) && name[1] == ':')
        return true;
    for (const char *p = name; *p;) {
        const char *slash = strchr(p, '/');
        size_t n = slash ? (size_t)(slash - p) : strlen(p);
        if (n == 2 && p[0] == '.' && p[1] == '.')
            return true;
        p += n + (slash ? 1 : 0);
    }
    return false;
}

char *
ix_zip_resolve(const char *source, const char *target)
{
    if (target == NULL || *target == '\0')
        return NULL;
    GPtrArray *parts = g_ptr_array_new_with_free_func(g_free);
    if (target[0] != '/' && source != NULL) {
        /* The source part's folder. */
        char **dirs = g_strsplit(source, "/", -1);
        for (int i = 0; dirs[i] != NULL && dirs[i + 1] != NULL; i++)
            if (*dirs[i] != '\0')
                g_ptr_array_add(parts, g_strdup(dirs[i]));
        g_strfreev(dirs);
    }
    char **steps = g_strsplit(target, "/", -1);
    bool escaped = false;
    for (int i = 0; steps[i] != NULL && !escaped; i++) {
        if (*steps[i] == '\0' || strcmp(steps[i], ".") == 0)
            continue;
        if (strcmp(steps[i], "..") == 0) {
            if (parts->len == 0)
                escaped = true;
            else
                g_ptr_array_remove_index(parts, parts->len - 1);
            continue;
        }
        g_ptr_array_add(parts, g_strdup(steps[i]));
    }
    g_strfreev(steps);
    char *path = NULL;
    if (!escaped && parts->len > 0) {
        g_ptr_array_add(parts, NULL);
        path = g_strjoinv("/", (char **)parts->pdata);
    }
    g_ptr_array_free(parts, TRUE);
    return path;
}

/* Reads the current entry's data into memory, within the caps; NULL with
 * `error` set when one is exceeded or the data is damaged. */
static GBytes *
read_entry(struct archive *a, zip_source *src, const char *label, const char *name, gsize *total, GError **error)
{
    GByteArray *out = g_byte_array_new();
    gint64 pulled_at = src->pulled;
    char buf[64 * 1024];
    for (;;) {
        la_ssize_t n = archive_read_data(a, buf, sizeof buf);
        if (n == 0)
            break;
        if (n < 0) {
            const char *why = archive_error_string(a);
            g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED, "damaged %s: zip entry %s: %s", label, name,
                        why != NULL ? why : "unreadable");
            g_byte_array_unref(out);
            return NULL;
        }
        g_byte_array_append(out, (const guint8 *)buf, (guint)n);
        *total += (gsize)n;
        gint64 consumed = src->pulled - pulled_at + ZIP_BLOCK;
        const char *over = NULL;
        if (out->len > IX_ZIP_MAX_ENTRY)
            over = "larger than 64 MB";
        else if (*total > IX_ZIP_MAX_TOTAL)
            over = "takes the parts read past 128 MB";
        else if (out->len > IX_ZIP_RATIO_FLOOR && (gint64)out->len / consumed > IX_ZIP_MAX_RATIO)
            over = "expands more than 200 times (zip bomb?)";
        if (over != NULL) {
            g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_LIMIT, "%s refused: zip entry %s %s", label, name,
                        over);
            g_byte_array_unref(out);
            return NULL;
        }
    }
    return g_byte_array_free_to_bytes(out);
}

GHashTable *
ix_zip_read(const char *data, gsize len, const char *label, ix_zip_want_fn want, void *user, GError **error)
{
    zip_source src = {.data = data, .len = (gint64)len};
    struct archive *a = archive_read_new();
    archive_read_support_format_zip_seekable(a);
    archive_read_set_read_callback(a, source_read);
    archive_read_set_seek_callback(a, source_seek);
    archive_read_set_callback_data(a, &src);
    GHashTable *parts = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_bytes_unref);
    GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    bool ok = true;
    if (archive_read_open1(a) != ARCHIVE_OK) {
        const char *why = archive_error_string(a);
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED, "damaged %s: not a readable zip archive (%s)",
                    label, why != NULL ? why : "unknown error");
        ok = false;
    }
    gsize total = 0;
    for (guint count = 0; ok; count++) {
        struct archive_entry *entry = NULL;
        int r = archive_read_next_header(a, &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN) {
            const char *why = archive_error_string(a);
            g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED, "damaged %s: truncated or corrupt zip (%s)",
                        label, why != NULL ? why : "unknown error");
            ok = false;
            break;
        }
        if (count >= IX_ZIP_MAX_ENTRIES) {
            g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_LIMIT, "%s refused: more than %d zip entries", label,
                        IX_ZIP_MAX_ENTRIES);
            ok = false;
            break;
        }
        const char *name = archive_entry_pathname_utf8(entry);
        if (name == NULL)
            name = archive_entry_pathname(entry);
        if (name == NULL || *name == '\0' || ix_zip_name_is_unsafe(name)) {
            char *shown = name != NULL ? g_strescape(name, NULL) : g_strdup("(unreadable)");
            g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED, "damaged %s: unsafe zip entry name \"%s\"",
                        label, shown);
            g_free(shown);
            ok = false;
            break;
        }
        if (!g_hash_table_add(seen, g_strdup(name))) {
            g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED, "damaged %s: zip entry %s appears twice",
                        label, name);
            ok = false;
            break;
        }
        if (archive_entry_is_encrypted(entry)) {
            g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_ENCRYPTED,
                        "encrypted (password required): zip entry %s", name);
            ok = false;
            break;
        }
        if (archive_entry_filetype(entry) != AE_IFREG || !want(name, user))
            continue;
        char *key = g_strdup(name); /* the entry's name is gone once its data is read */
        GBytes *bytes = read_entry(a, &src, label, key, &total, error);
        if (bytes == NULL) {
            g_free(key);
            ok = false;
            break;
        }
        g_hash_table_insert(parts, key, bytes);
    }
    archive_read_free(a);
    g_hash_table_unref(seen);
    if (!ok) {
        g_hash_table_unref(parts);
        return NULL;
    }
    return parts;
}
