/* record.c — the zr_doc in memory, on the wire between worker and writer,
 * and as the stored record of one unit in the index.
 *
 * Two serialised forms, both GVariant a{sv} so that a field added later is
 * simply a new key that old readers ignore:
 *   - the whole document (zr_doc_to_variant): every field of zr_doc, units as
 *     an array of tuples; it lives only for the trip from a worker to the
 *     writer, never on disk;
 *   - one unit's record (zr_unit_record): the document's fields flattened
 *     with the unit's, stored as Xapian document data and read back for hits.
 *     Keys are the zr_doc / zr_unit field names, except "doc_id" and
 *     "unit_id" (both are ids) and "articles", which is stored as one
 *     '\n'-separated string so that zr_record_str can read it.
 * NULL strings are left out rather than stored as "", so a reader can tell
 * "absent" from "empty".
 *
 * Not for: deciding what the fields contain (indexer/), or terms (analysis).
 */
#include "search/record.h"

#include <string.h>

/* Type of the whole-document variant's "units" entry:
 * (ordinal, kind, provision?, label?, page, text). */
#define ZR_UNITS_TYPE "a(ismsmsis)"

zr_doc *zr_doc_new(void)
{
    zr_doc *doc = g_new0(zr_doc, 1);
    doc->articles = g_ptr_array_new_with_free_func(g_free);
    doc->units = g_ptr_array_new();
    doc->warnings = g_ptr_array_new_with_free_func(g_free);
    return doc;
}

static void unit_free(zr_unit *unit)
{
    if (unit == NULL)
        return;
    g_free(unit->kind);
    g_free(unit->provision);
    g_free(unit->label);
    g_free(unit->text);
    g_free(unit);
}

void zr_doc_free(zr_doc *doc)
{
    if (doc == NULL)
        return;
    g_free(doc->id);
    g_free(doc->source);
    g_free(doc->path);
    g_free(doc->format);
    g_free(doc->title);
    g_free(doc->type);
    g_free(doc->lang);
    g_free(doc->date);
    g_free(doc->access);
    g_free(doc->court);
    g_free(doc->court_level);
    g_free(doc->decision_type);
    g_free(doc->case_number);
    g_free(doc->outcome);
    g_ptr_array_unref(doc->articles);
    for (guint i = 0; i < doc->units->len; i++)
        unit_free(g_ptr_array_index(doc->units, i));
    g_ptr_array_unref(doc->units);
    g_ptr_array_unref(doc->warnings);
    g_free(doc);
}

zr_unit *zr_doc_add_unit(zr_doc *doc, const char *kind, char *text)
{
    zr_unit *unit = g_new0(zr_unit, 1);
    unit->ordinal = (int)doc->units->len;
    unit->kind = g_strdup(kind);
    unit->text = text != NULL ? text : g_strdup("");
    g_ptr_array_add(doc->units, unit);
    return unit;
}

void zr_doc_add_article(zr_doc *doc, const char *key)
{
    if (key == NULL || *key == '\0')
        return;
    /* Linear: a decision applies a handful of provisions, not thousands. */
    for (guint i = 0; i < doc->articles->len; i++)
        if (strcmp(g_ptr_array_index(doc->articles, i), key) == 0)
            return;
    g_ptr_array_add(doc->articles, g_strdup(key));
}

char *zr_doc_make_id(const char *source, const char *path)
{
    char *key = g_strconcat(source ? source : "", "/", path ? path : "", NULL);
    char *sum = g_compute_checksum_for_string(G_CHECKSUM_SHA1, key, -1);
    g_free(key);
    sum[12] = '\0';
    return sum;
}

char *zr_unit_make_id(const char *doc_id, int ordinal)
{
    return g_strdup_printf("%s-%d", doc_id, ordinal);
}

/* The document's string fields, by key, in one table so that the whole-doc
 * variant, its reader and the unit record cannot drift apart. */
typedef struct doc_str_field {
    const char *key;
    size_t offset;
} doc_str_field;

static const doc_str_field doc_str_fields[] = {
    {"doc_id", G_STRUCT_OFFSET(zr_doc, id)},
    {"source", G_STRUCT_OFFSET(zr_doc, source)},
    {"path", G_STRUCT_OFFSET(zr_doc, path)},
    {"format", G_STRUCT_OFFSET(zr_doc, format)},
    {"title", G_STRUCT_OFFSET(zr_doc, title)},
    {"type", G_STRUCT_OFFSET(zr_doc, type)},
    {"lang", G_STRUCT_OFFSET(zr_doc, lang)},
    {"date", G_STRUCT_OFFSET(zr_doc, date)},
    {"access", G_STRUCT_OFFSET(zr_doc, access)},
    {"court", G_STRUCT_OFFSET(zr_doc, court)},
    {"court_level", G_STRUCT_OFFSET(zr_doc, court_level)},
    {"decision_type", G_STRUCT_OFFSET(zr_doc, decision_type)},
    {"case_number", G_STRUCT_OFFSET(zr_doc, case_number)},
    {"outcome", G_STRUCT_OFFSET(zr_doc, outcome)},
};

#define DOC_STR(doc, f) (*(char **)((char *)(doc) + (f)->offset))

static void add_doc_strings(GVariantBuilder *b, const zr_doc *doc)
{
    for (size_t i = 0; i < G_N_ELEMENTS(doc_str_fields); i++) {
        const char *value = DOC_STR(doc, &doc_str_fields[i]);
        if (value != NULL && g_utf8_validate(value, -1, NULL))
            g_variant_builder_add(b, "{sv}", doc_str_fields[i].key, g_variant_new_string(value));
    }
}

static GVariant *string_array(const GPtrArray *strings)
{
    GVariantBuilder b;
    g_variant_builder_init(&b, G_VARIANT_TYPE("as"));
    for (guint i = 0; strings != NULL && i < strings->len; i++) {
        const char *s = g_ptr_array_index(strings, i);
        if (s != NULL && g_utf8_validate(s, -1, NULL))
            g_variant_builder_add(&b, "s", s);
    }
    return g_variant_builder_end(&b);
}

/* GVariant strings must be valid UTF-8; extractors promise that, but a
 * record must never abort the writer, so anything else is repaired here. */
static GVariant *safe_string(const char *s)
{
    if (s == NULL)
        s = "";
    if (g_utf8_validate(s, -1, NULL))
        return g_variant_new_string(s);
    char *fixed = g_utf8_make_valid(s, -1);
    GVariant *v = g_variant_new_string(fixed);
    g_free(fixed);
    return v;
}

static GVariant *maybe_string(const char *s)
{
    return g_variant_new_maybe(G_VARIANT_TYPE_STRING, s != NULL ? safe_string(s) : NULL);
}

GVariant *zr_doc_to_variant(const zr_doc *doc)
{
    GVariantBuilder b;
    g_variant_builder_init(&b, G_VARIANT_TYPE_VARDICT);
    add_doc_strings(&b, doc);
    g_variant_builder_add(&b, "{sv}", "pages", g_variant_new_int32(doc->pages));
    g_variant_builder_add(&b, "{sv}", "articles", string_array(doc->articles));
    g_variant_builder_add(&b, "{sv}", "warnings", string_array(doc->warnings));

    GVariantBuilder ub;
    g_variant_builder_init(&ub, G_VARIANT_TYPE(ZR_UNITS_TYPE));
    for (guint i = 0; i < doc->units->len; i++) {
        const zr_unit *u = g_ptr_array_index(doc->units, i);
        g_variant_builder_add_value(&ub, g_variant_new("(i@s@ms@msi@s)", u->ordinal,
                                                       safe_string(u->kind),
                                                       maybe_string(u->provision),
                                                       maybe_string(u->label), u->page,
                                                       safe_string(u->text)));
    }
    g_variant_builder_add(&b, "{sv}", "units", g_variant_builder_end(&ub));
    /* Floating, like every g_variant_new*: the caller sinks it. */
    return g_variant_builder_end(&b);
}

static void read_string_array(GVariant *dict, const char *key, GPtrArray *into)
{
    GVariant *arr = g_variant_lookup_value(dict, key, G_VARIANT_TYPE("as"));
    if (arr == NULL)
        return;
    GVariantIter it;
    const char *s;
    g_variant_iter_init(&it, arr);
    while (g_variant_iter_next(&it, "&s", &s))
        g_ptr_array_add(into, g_strdup(s));
    g_variant_unref(arr);
}

zr_doc *zr_doc_from_variant(GVariant *v)
{
    if (v == NULL || !g_variant_is_of_type(v, G_VARIANT_TYPE_VARDICT))
        return NULL;
    zr_doc *doc = zr_doc_new();
    for (size_t i = 0; i < G_N_ELEMENTS(doc_str_fields); i++) {
        const char *s = NULL;
        if (g_variant_lookup(v, doc_str_fields[i].key, "&s", &s))
            DOC_STR(doc, &doc_str_fields[i]) = g_strdup(s);
    }
    gint32 pages = 0;
    if (g_variant_lookup(v, "pages", "i", &pages))
        doc->pages = pages;
    read_string_array(v, "articles", doc->articles);
    read_string_array(v, "warnings", doc->warnings);

    GVariant *units = g_variant_lookup_value(v, "units", G_VARIANT_TYPE(ZR_UNITS_TYPE));
    if (units != NULL) {
        GVariantIter it;
        gint32 ordinal, page;
        const char *kind, *provision, *label, *text;
        g_variant_iter_init(&it, units);
        while (g_variant_iter_next(&it, "(i&sm&sm&si&s)", &ordinal, &kind, &provision, &label,
                                   &page, &text)) {
            zr_unit *u = zr_doc_add_unit(doc, kind, g_strdup(text));
            /* Ordinals are positions; a sender's value is kept only as a
             * cross-check of order, the array order is what counts. */
            u->ordinal = (int)doc->units->len - 1;
            u->provision = g_strdup(provision);
            u->label = g_strdup(label);
            u->page = page;
        }
        g_variant_unref(units);
    }
    return doc;
}

GBytes *zr_unit_record(const zr_doc *doc, const zr_unit *unit)
{
    GVariantBuilder b;
    g_variant_builder_init(&b, G_VARIANT_TYPE_VARDICT);
    add_doc_strings(&b, doc);
    if (doc->id != NULL) {
        char *uid = zr_unit_make_id(doc->id, unit->ordinal);
        g_variant_builder_add(&b, "{sv}", "unit_id", safe_string(uid));
        g_free(uid);
    }
    g_variant_builder_add(&b, "{sv}", "pages", g_variant_new_int32(doc->pages));
    if (doc->articles->len > 0) {
        GString *joined = g_string_new(NULL);
        for (guint i = 0; i < doc->articles->len; i++) {
            if (i > 0)
                g_string_append_c(joined, '\n');
            g_string_append(joined, g_ptr_array_index(doc->articles, i));
        }
        g_variant_builder_add(&b, "{sv}", "articles", safe_string(joined->str));
        g_string_free(joined, TRUE);
    }
    g_variant_builder_add(&b, "{sv}", "ordinal", g_variant_new_int32(unit->ordinal));
    g_variant_builder_add(&b, "{sv}", "kind", safe_string(unit->kind));
    if (unit->provision != NULL)
        g_variant_builder_add(&b, "{sv}", "provision", safe_string(unit->provision));
    if (unit->label != NULL)
        g_variant_builder_add(&b, "{sv}", "label", safe_string(unit->label));
    g_variant_builder_add(&b, "{sv}", "page", g_variant_new_int32(unit->page));
    g_variant_builder_add(&b, "{sv}", "text", safe_string(unit->text));

    GVariant *v = g_variant_ref_sink(g_variant_builder_end(&b));
    GBytes *bytes = g_variant_get_data_as_bytes(v);
    g_variant_unref(v);
    return bytes;
}

GVariant *zr_record_parse(const void *data, gsize len)
{
    if (data == NULL || len == 0)
        return NULL;
    /* Copied once: Xapian hands us unaligned std::string storage, and GVariant
     * needs aligned data it may keep referring to. */
    GBytes *bytes = g_bytes_new(data, len);
    GVariant *v = g_variant_ref_sink(g_variant_new_from_bytes(G_VARIANT_TYPE_VARDICT, bytes, FALSE));
    g_bytes_unref(bytes);
    /* Untrusted GVariant data never fails to load, it reads as defaults;
     * normal form plus the two keys every record has is what tells a record
     * from garbage. */
    if (!g_variant_is_normal_form(v) || !g_variant_lookup(v, "kind", "&s", NULL) ||
        !g_variant_lookup(v, "ordinal", "i", NULL)) {
        g_variant_unref(v);
        return NULL;
    }
    return v;
}

const char *zr_record_str(GVariant *rec, const char *key)
{
    const char *s = NULL;
    if (rec == NULL || !g_variant_lookup(rec, key, "&s", &s))
        return NULL;
    return s;
}

int zr_record_int(GVariant *rec, const char *key)
{
    gint32 n = 0;
    if (rec == NULL || !g_variant_lookup(rec, key, "i", &n))
        return 0;
    return n;
}
