/* record.c — the stored record's reading, and the ids (record.h).
 *
 * Not for: writing records (indexer/document.c) or filling documents.
 */
#include "core/record.h"

#include <stdlib.h>
#include <string.h>

char *
zr_doc_make_id(const char *source, const char *path)
{
    char *key = g_strconcat(source ? source : "", "/", path ? path : "", NULL);
    char *sum = g_compute_checksum_for_string(G_CHECKSUM_SHA1, key, -1);
    g_free(key);
    sum[12] = '\0';
    return sum;
}

bool
zr_real_path_below(const char *real, const char *root)
{
    char *real_root = realpath(root, NULL);
    bool below = false;
    if (real != NULL && real_root != NULL) {
        size_t n = strlen(real_root);
        below = strncmp(real, real_root, n) == 0 && (real[n] == '/' || (n == 1 && real[1] != '\0'));
    }
    free(real_root);
    return below;
}

char *
zr_manifest_key(const char *prefix, const char *source, const char *path)
{
    char *id = g_strconcat(source, "/", path, NULL);
    size_t n = strlen(id);
    if (n > ZR_MANIFEST_ID_MAX) {
        /* The path's head, cut on a character, then a hash of the whole. */
        char *sum = g_compute_checksum_for_string(G_CHECKSUM_SHA256, id, (gssize)n);
        const char *end = g_utf8_find_prev_char(id, id + ZR_MANIFEST_ID_MAX - ZR_MANIFEST_ID_HASH);
        char *head = g_strndup(id, (gsize)(end - id));
        g_free(id);
        id = g_strdup_printf("%s#%.*s", head, ZR_MANIFEST_ID_HASH, sum);
        g_free(head);
        g_free(sum);
    }
    char *key = g_strconcat(prefix, id, NULL);
    g_free(id);
    return key;
}

char *
zr_unit_make_id(const char *doc_id, int ordinal)
{
    return g_strdup_printf("%s-%d", doc_id, ordinal);
}

const char *
zr_unit_heading(const zr_unit *u)
{
    if (!u->label || !u->provision)
        return NULL;
    const char *p = strstr(u->label, "зүйл");
    if (p) {
        p += strlen("зүйл");
    } else if (g_str_has_prefix(u->label, "Article ")) {
        p = u->label + strlen("Article ");
        p += strspn(p, "0123456789.");
    } else {
        return NULL;
    }
    while (*p == '.' || *p == ' ')
        p++;
    return *p ? p : NULL;
}

void
zr_strv_add_unique(GPtrArray *array, const char *key)
{
    if (key == NULL || *key == '\0')
        return;
    /* Linear: a unit cites tens of keys, a decision names a few judges. */
    for (guint i = 0; i < array->len; i++)
        if (strcmp(g_ptr_array_index(array, i), key) == 0)
            return;
    g_ptr_array_add(array, g_strdup(key));
}

GVariant *
zr_record_parse(const void *data, gsize len)
{
    if (data == NULL || len == 0)
        return NULL;
    /* Copied once: Xapian hands us unaligned std::string storage, and GVariant
     * needs aligned data it may keep referring to. */
    GBytes *bytes = g_bytes_new(data, len);
    GVariant *v = g_variant_ref_sink(g_variant_new_from_bytes(G_VARIANT_TYPE_VARDICT, bytes, FALSE));
    /* Untrusted GVariant data never fails to load, it reads as defaults;
     * normal form plus the two keys every record has is what tells a record
     * from garbage. */
    if (!g_variant_is_normal_form(v) || !g_variant_lookup(v, ZR_KEY_KIND, "&s", NULL) ||
        !g_variant_lookup(v, ZR_KEY_ORDINAL, "i", NULL)) {
        g_variant_unref(v);
        g_bytes_unref(bytes);
        return NULL;
    }
    /* Checked to be in normal form: from here the same bytes may be read as
     * trusted, which spares GLib's checks of the offsets at every lookup. */
    g_variant_unref(v);
    v = g_variant_ref_sink(g_variant_new_from_bytes(G_VARIANT_TYPE_VARDICT, bytes, TRUE));
    g_bytes_unref(bytes);
    return v;
}

const char *
zr_record_str(GVariant *rec, const char *key)
{
    const char *s = NULL;
    if (rec == NULL || !g_variant_lookup(rec, key, "&s", &s))
        return NULL;
    return s;
}

const char *
zr_record_bytestring(GVariant *rec, const char *key)
{
    const char *s = NULL;
    if (rec == NULL || !g_variant_lookup(rec, key, "^&ay", &s))
        return NULL;
    return s;
}

void
zr_record_fields(GVariant *rec, const char *const *keys, GVariant **values, gsize n)
{
    memset(values, 0, n * sizeof *values);
    if (rec == NULL)
        return;
    GVariantIter it;
    const char *key = NULL;
    GVariant *value = NULL;
    g_variant_iter_init(&it, rec);
    while (g_variant_iter_next(&it, "{&sv}", &key, &value)) {
        gsize i = 0;
        while (i < n && (values[i] != NULL || strcmp(keys[i], key) != 0))
            i++;
        if (i < n)
            values[i] = value;
        else
            g_variant_unref(value);
    }
}

const char *
zr_field_str(GVariant *const *values, int k)
{
    GVariant *v = values[k];
    return v != NULL && g_variant_is_of_type(v, G_VARIANT_TYPE_STRING) ? g_variant_get_string(v, NULL) : NULL;
}

const char *
zr_field_bytestring(GVariant *const *values, int k)
{
    GVariant *v = values[k];
    return v != NULL && g_variant_is_of_type(v, G_VARIANT_TYPE_BYTESTRING) ? g_variant_get_bytestring(v) : NULL;
}

gint32
zr_field_int(GVariant *const *values, int k, gint32 absent)
{
    GVariant *v = values[k];
    return v != NULL && g_variant_is_of_type(v, G_VARIANT_TYPE_INT32) ? g_variant_get_int32(v) : absent;
}

void
zr_fields_clear(GVariant **values, gsize n)
{
    for (gsize i = 0; i < n; i++)
        if (values[i] != NULL)
            g_variant_unref(values[i]);
}

int
zr_record_int(GVariant *rec, const char *key)
{
    gint32 n = 0;
    if (rec == NULL || !g_variant_lookup(rec, key, "i", &n))
        return 0;
    return n;
}

/* ---- Histories ----------------------------------------------------------- */

zr_amendment *
zr_amendment_new(const char *date, const char *change, const char *part, const char *note)
{
    zr_amendment *a = g_new0(zr_amendment, 1);
    a->date = g_strdup(date != NULL ? date : "");
    a->change = g_strdup(change != NULL ? change : "");
    a->part = part != NULL && *part != '\0' ? g_strdup(part) : NULL;
    a->note = note != NULL && *note != '\0' ? g_strdup(note) : NULL;
    return a;
}

void
zr_amendment_free(gpointer p)
{
    zr_amendment *a = p;
    if (a == NULL)
        return;
    g_free(a->date);
    g_free(a->change);
    g_free(a->part);
    g_free(a->note);
    g_free(a->made);
    g_free(a);
}

/* A field of a line: tabs and line breaks would split it. */
static void
append_field(GString *s, const char *value)
{
    for (const char *p = value != NULL ? value : ""; *p; p++)
        g_string_append_c(s, *p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p);
}

char *
zr_history_format(const GPtrArray *history)
{
    GString *s = g_string_new(NULL);
    for (guint i = 0; history != NULL && i < history->len; i++) {
        const zr_amendment *a = g_ptr_array_index(history, i);
        if (i > 0)
            g_string_append_c(s, '\n');
        append_field(s, a->date);
        g_string_append_c(s, '\t');
        append_field(s, a->change);
        g_string_append_c(s, '\t');
        append_field(s, a->part);
        g_string_append_c(s, '\t');
        append_field(s, a->note);
        if (a->made != NULL) {
            g_string_append_c(s, '\t');
            append_field(s, a->made);
        }
    }
    return g_string_free(s, FALSE);
}

GPtrArray *
zr_history_parse(const char *lines)
{
    GPtrArray *out = g_ptr_array_new_with_free_func(zr_amendment_free);
    if (lines == NULL || *lines == '\0')
        return out;
    char **rows = g_strsplit(lines, "\n", -1);
    for (char **r = rows; *r != NULL; r++) {
        char **f = g_strsplit(*r, "\t", 5);
        if (f[0] != NULL && f[1] != NULL && *f[1] != '\0') {
            zr_amendment *a = zr_amendment_new(f[0], f[1], f[2], f[2] != NULL ? f[3] : NULL);
            if (f[2] != NULL && f[3] != NULL && f[4] != NULL && *f[4] != '\0')
                a->made = g_strdup(f[4]);
            g_ptr_array_add(out, a);
        }
        g_strfreev(f);
    }
    g_strfreev(rows);
    return out;
}
