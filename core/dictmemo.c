/* dictmemo.c — the memo file of dictmemo.h: its identity, reading it in
 * place and writing it anew.
 *
 * The file, in the machine's byte order (its identity tells machines apart):
 *   "ZAALTDM1", then DM_IDENTITY int64s (each dictionary file's size, mtime
 *   in nanoseconds, inode and device, and the hunspell library's size and
 *   mtime), then the count N and the length of the values' blob (uint32
 *   each), then N keys of DM_KEY bytes in memcmp order, N uint32 offsets of
 *   their values in the blob, and the blob.
 *   A key is the first DM_KEY bytes of SHA-256 over the question's letter
 *   ('s' for the stems, 'k' for the spelling check), a NUL and the word.
 *   A spelling check's value is one byte, 0 or 1.  A stem list's is its
 *   count, then for each stem the bytes it shares with the word, the length
 *   of the rest and the rest.
 * Every read is checked against the file's size, and a stem that comes out
 * as no UTF-8 is no answer, so a damaged file costs a dictionary load at
 * worst.
 *
 * Not for: when to consult the memo or the dictionary (analysis.c).
 */
#include "core/dictmemo.h"

#include <hunspell/hunspell.h>

#include <dlfcn.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>

#define DM_MAGIC    "ZAALTDM1"
#define DM_KEY      16
#define DM_IDENTITY 10
#define DM_HEADER   (8 + DM_IDENTITY * 8 + 4 + 4)

struct dm_memo {
    char *path;          /* NULL: disabled (no dictionary) */
    int64_t identity[DM_IDENTITY];
    GMappedFile *mapped; /* the file as read, when it is this dictionary's */
    const guchar *keys;  /* into mapped */
    const guchar *offsets;
    const guchar *blob;
    guint32 count, blob_len;
    GHashTable *added;   /* GBytes key -> GBytes value, put since opening */
};

static bool
file_identity(const char *path, int64_t *out)
{
    struct stat st;
    if (path == NULL || stat(path, &st) != 0)
        return false;
    out[0] = (int64_t)st.st_size;
    out[1] = (int64_t)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;
    out[2] = (int64_t)st.st_ino;
    out[3] = (int64_t)st.st_dev;
    return true;
}

/* The dictionary's files and the library that reads them: an answer holds
 * for these alone. */
static bool
identity_of(const char *aff, const char *dic, int64_t *id)
{
    memset(id, 0, DM_IDENTITY * sizeof *id);
    if (!file_identity(aff, id) || !file_identity(dic, id + 4))
        return false;
    Dl_info info;
    int64_t lib[4] = {0};
    if (dladdr((void *)Hunspell_create, &info) != 0 && file_identity(info.dli_fname, lib)) {
        id[8] = lib[0];
        id[9] = lib[1];
    }
    return true;
}

static guint32
read_u32(const guchar *p)
{
    guint32 v;
    memcpy(&v, p, sizeof v);
    return v;
}

/* Takes the file in place when it is whole and this dictionary's. */
static void
map_file(dm_memo *m)
{
    GMappedFile *f = g_mapped_file_new(m->path, FALSE, NULL);
    if (f == NULL)
        return;
    const guchar *d = (const guchar *)g_mapped_file_get_contents(f);
    gsize len = g_mapped_file_get_length(f);
    if (len < DM_HEADER || memcmp(d, DM_MAGIC, 8) != 0 ||
        memcmp(d + 8, m->identity, DM_IDENTITY * 8) != 0) {
        g_mapped_file_unref(f);
        return;
    }
    guint32 count = read_u32(d + 8 + DM_IDENTITY * 8);
    guint32 blob_len = read_u32(d + 8 + DM_IDENTITY * 8 + 4);
    if (count > DM_MAX_ENTRIES || (guint64)DM_HEADER + (guint64)count * (DM_KEY + 4) + blob_len != len) {
        g_mapped_file_unref(f);
        return;
    }
    m->mapped = f;
    m->count = count;
    m->blob_len = blob_len;
    m->keys = d + DM_HEADER;
    m->offsets = m->keys + (gsize)count * DM_KEY;
    m->blob = m->offsets + (gsize)count * 4;
}

static guint
key_hash(gconstpointer k)
{
    guint h;
    memcpy(&h, g_bytes_get_data((GBytes *)k, NULL), sizeof h);
    return h;
}

dm_memo *
dm_open(const char *path, const char *aff, const char *dic)
{
    dm_memo *m = g_new0(dm_memo, 1);
    m->added = g_hash_table_new_full(key_hash, g_bytes_equal, (GDestroyNotify)g_bytes_unref,
                                     (GDestroyNotify)g_bytes_unref);
    if (path == NULL || *path == '\0' || !identity_of(aff, dic, m->identity))
        return m;
    m->path = g_strdup(path);
    map_file(m);
    return m;
}

void
dm_free(dm_memo *m)
{
    if (m == NULL)
        return;
    if (m->mapped)
        g_mapped_file_unref(m->mapped);
    g_hash_table_destroy(m->added);
    g_free(m->path);
    g_free(m);
}

static void
make_key(char op, const char *word, guchar out[DM_KEY])
{
    GChecksum *c = g_checksum_new(G_CHECKSUM_SHA256);
    guchar buf[1] = {(guchar)op};
    g_checksum_update(c, buf, 1);
    buf[0] = 0;
    g_checksum_update(c, buf, 1);
    g_checksum_update(c, (const guchar *)word, strlen(word));
    guint8 digest[32];
    gsize n = sizeof digest;
    g_checksum_get_digest(c, digest, &n);
    g_checksum_free(c);
    memcpy(out, digest, DM_KEY);
}

/* The value remembered under a key: from the answers put since opening,
 * then from the file; *len is what the bytes may be read up to. */
static const guchar *
find(const dm_memo *m, const guchar key[DM_KEY], gsize *len)
{
    if (m->path == NULL)
        return NULL;
    GBytes *k = g_bytes_new_static(key, DM_KEY);
    GBytes *v = g_hash_table_lookup(m->added, k);
    g_bytes_unref(k);
    if (v != NULL)
        return g_bytes_get_data(v, len);
    guint32 lo = 0, hi = m->count;
    while (lo < hi) {
        guint32 mid = lo + (hi - lo) / 2;
        int c = memcmp(m->keys + (gsize)mid * DM_KEY, key, DM_KEY);
        if (c == 0) {
            guint32 off = read_u32(m->offsets + (gsize)mid * 4);
            guint32 end = mid + 1 < m->count ? read_u32(m->offsets + (gsize)(mid + 1) * 4) : m->blob_len;
            if (off >= end || end > m->blob_len)
                return NULL;
            *len = end - off;
            return m->blob + off;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

bool
dm_spell(const dm_memo *m, const char *word, bool *accepted)
{
    guchar key[DM_KEY];
    make_key('k', word, key);
    gsize len = 0;
    const guchar *v = find(m, key, &len);
    if (v == NULL || len < 1 || v[0] > 1)
        return false;
    *accepted = v[0] == 1;
    return true;
}

bool
dm_stems(const dm_memo *m, const char *word, char ***stems)
{
    guchar key[DM_KEY];
    make_key('s', word, key);
    gsize len = 0;
    const guchar *v = find(m, key, &len);
    if (v == NULL || len < 1)
        return false;
    size_t wl = strlen(word);
    guint n = v[0];
    GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
    gsize at = 1;
    for (guint i = 0; i < n; i++) {
        if (at + 2 > len || v[at] > wl || at + 2 + v[at + 1] > len)
            break;
        guint shared = v[at], tail = v[at + 1];
        char *s = g_malloc(shared + tail + 1);
        memcpy(s, word, shared);
        memcpy(s + shared, v + at + 2, tail);
        s[shared + tail] = '\0';
        at += 2 + tail;
        if (!g_utf8_validate(s, -1, NULL)) {
            g_free(s);
            break;
        }
        g_ptr_array_add(out, s);
    }
    if (out->len != n) {
        g_ptr_array_free(out, TRUE);
        return false;
    }
    g_ptr_array_add(out, NULL);
    *stems = (char **)g_ptr_array_free(out, FALSE);
    return true;
}

static void
put(dm_memo *m, char op, const char *word, GBytes *value)
{
    guchar *key = g_malloc(DM_KEY);
    make_key(op, word, key);
    g_hash_table_replace(m->added, g_bytes_new_take(key, DM_KEY), value);
}

void
dm_put_spell(dm_memo *m, const char *word, bool accepted)
{
    if (m->path == NULL)
        return;
    guchar b = accepted ? 1 : 0;
    put(m, 'k', word, g_bytes_new(&b, 1));
}

void
dm_put_stems(dm_memo *m, const char *word, char *const *stems, int n)
{
    if (m->path == NULL || n < 0 || n > 255)
        return;
    GByteArray *v = g_byte_array_new();
    guchar count = (guchar)n;
    g_byte_array_append(v, &count, 1);
    size_t wl = strlen(word);
    for (int i = 0; i < n; i++) {
        size_t sl = strlen(stems[i]), shared = 0;
        while (shared < sl && shared < wl && shared < 255 && stems[i][shared] == word[shared])
            shared++;
        if (sl - shared > DM_TAIL_MAX) {
            g_byte_array_free(v, TRUE);
            return;
        }
        guchar head[2] = {(guchar)shared, (guchar)(sl - shared)};
        g_byte_array_append(v, head, 2);
        g_byte_array_append(v, (const guchar *)stems[i] + shared, (guint)(sl - shared));
    }
    put(m, 's', word, g_byte_array_free_to_bytes(v));
}

guint
dm_new_answers(const dm_memo *m)
{
    return g_hash_table_size(m->added);
}

static gint
compare_keys(gconstpointer a, gconstpointer b)
{
    return memcmp(g_bytes_get_data(*(GBytes *const *)a, NULL), g_bytes_get_data(*(GBytes *const *)b, NULL),
                  DM_KEY);
}

/* The value at place i of the file, as bytes: up to the next value's
 * offset in the file's order, which is the keys' order (dm_save writes
 * them so); NULL when the offsets are out of order or bounds. */
static GBytes *
file_value(const dm_memo *m, guint32 i)
{
    guint32 off = read_u32(m->offsets + (gsize)i * 4);
    guint32 end = i + 1 < m->count ? read_u32(m->offsets + (gsize)(i + 1) * 4) : m->blob_len;
    if (off >= end || end > m->blob_len)
        return NULL;
    return g_bytes_new(m->blob + off, end - off);
}

bool
dm_save(dm_memo *m, GError **error)
{
    if (m->path == NULL || g_hash_table_size(m->added) == 0)
        return true;
    /* The file as it is now, which another command may have written since
     * this one read it; then the new answers over it. */
    dm_memo *now = dm_open(NULL, NULL, NULL);
    now->path = g_strdup(m->path);
    memcpy(now->identity, m->identity, sizeof m->identity);
    map_file(now);
    GHashTable *all = g_hash_table_new_full(key_hash, g_bytes_equal, (GDestroyNotify)g_bytes_unref,
                                            (GDestroyNotify)g_bytes_unref);
    guint room = DM_MAX_ENTRIES - MIN(g_hash_table_size(m->added), DM_MAX_ENTRIES);
    for (guint32 i = 0; i < now->count && g_hash_table_size(all) < room; i++) {
        GBytes *v = file_value(now, i);
        if (v != NULL)
            g_hash_table_replace(all, g_bytes_new(now->keys + (gsize)i * DM_KEY, DM_KEY), v);
    }
    dm_free(now);
    GHashTableIter it;
    gpointer k, v;
    g_hash_table_iter_init(&it, m->added);
    while (g_hash_table_iter_next(&it, &k, &v) && g_hash_table_size(all) < DM_MAX_ENTRIES)
        g_hash_table_replace(all, g_bytes_ref(k), g_bytes_ref(v));

    GPtrArray *keys = g_ptr_array_new();
    g_hash_table_iter_init(&it, all);
    while (g_hash_table_iter_next(&it, &k, NULL))
        g_ptr_array_add(keys, k);
    g_ptr_array_sort(keys, compare_keys);
    GByteArray *blob = g_byte_array_new();
    GByteArray *head = g_byte_array_new();
    g_byte_array_append(head, (const guchar *)DM_MAGIC, 8);
    g_byte_array_append(head, (const guchar *)m->identity, sizeof m->identity);
    guint32 count = keys->len;
    g_byte_array_append(head, (const guchar *)&count, 4);
    guint32 placeholder = 0;
    g_byte_array_append(head, (const guchar *)&placeholder, 4);
    GByteArray *offsets = g_byte_array_new();
    for (guint i = 0; i < keys->len; i++) {
        g_byte_array_append(head, g_bytes_get_data(keys->pdata[i], NULL), DM_KEY);
        guint32 off = blob->len;
        g_byte_array_append(offsets, (const guchar *)&off, 4);
        gsize vl = 0;
        const guchar *vd = g_bytes_get_data(g_hash_table_lookup(all, keys->pdata[i]), &vl);
        g_byte_array_append(blob, vd, (guint)vl);
    }
    guint32 blob_len = blob->len;
    memcpy(head->data + 8 + DM_IDENTITY * 8 + 4, &blob_len, 4);
    g_byte_array_append(head, offsets->data, offsets->len);
    g_byte_array_append(head, blob->data, blob->len);
    g_byte_array_free(offsets, TRUE);
    g_byte_array_free(blob, TRUE);
    g_ptr_array_free(keys, TRUE);
    g_hash_table_destroy(all);

    /* Written beside the file and renamed over it (GLib's consistent
     * write), so a reader or another writer never meets half a file; a
     * memo is written only by a command that met new words. */
    char *dir = g_path_get_dirname(m->path);
    bool ok = g_mkdir_with_parents(dir, 0700) == 0;
    if (!ok)
        g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(errno), "%s: %s", dir, g_strerror(errno));
    else
        ok = g_file_set_contents_full(m->path, (const char *)head->data, head->len, G_FILE_SET_CONTENTS_CONSISTENT,
                                      0600, error);
    g_free(dir);
    g_byte_array_free(head, TRUE);
    if (ok)
        g_hash_table_remove_all(m->added);
    return ok;
}
