/* record.c — the stored record's reading, and the ids (record.h).
 *
 * Not for: writing records (indexer/document.c) or filling documents.
 */
#include "core/record.h"

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

char *
zr_unit_make_id(const char *doc_id, int ordinal)
{
    return g_strdup_printf("%s-%d", doc_id, ordinal);
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

int
zr_record_int(GVariant *rec, const char *key)
{
    gint32 n = 0;
    if (rec == NULL || !g_variant_lookup(rec, key, "i", &n))
        return 0;
    return n;
}
