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
#include "core/record.h"

#include <string.h>

/* Type of the whole-document variant's "units" entry:
 * (ordinal, kind, provision?, label?, page, text, cites, parts (key, start,
 * end), valid_from?, valid_to?). */
#define ZR_UNITS_TYPE "a(ismsmsisasa(sii)msms)"

zr_doc *
zr_doc_new(void)
{
    zr_doc *doc = g_new0(zr_doc, 1);
    doc->articles = g_ptr_array_new_with_free_func(g_free);
    doc->judges = g_ptr_array_new_with_free_func(g_free);
    doc->units = g_ptr_array_new();
    doc->warnings = g_ptr_array_new_with_free_func(g_free);
    doc->ocr = g_array_new(FALSE, FALSE, sizeof(gint));
    return doc;
}

void
zr_unit_free(zr_unit *unit)
{
    if (unit == NULL)
        return;
    g_free(unit->kind);
    g_free(unit->provision);
    g_free(unit->label);
    g_free(unit->text);
    g_ptr_array_unref(unit->cites);
    g_ptr_array_unref(unit->parts);
    g_free(unit->valid_from);
    g_free(unit->valid_to);
    g_free(unit);
}

static void
part_free(gpointer p)
{
    zr_part *part = p;
    g_free(part->key);
    g_free(part);
}

void
zr_doc_free(zr_doc *doc)
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
    g_free(doc->case_index);
    g_free(doc->prosecutor);
    g_free(doc->sentence);
    g_free(doc->law);
    g_ptr_array_unref(doc->judges);
    g_ptr_array_unref(doc->articles);
    for (guint i = 0; i < doc->units->len; i++)
        zr_unit_free(g_ptr_array_index(doc->units, i));
    g_ptr_array_unref(doc->units);
    g_ptr_array_unref(doc->warnings);
    g_array_unref(doc->ocr);
    g_free(doc);
}

zr_unit *
zr_doc_add_unit(zr_doc *doc, const char *kind, char *text)
{
    zr_unit *unit = g_new0(zr_unit, 1);
    unit->ordinal = (int)doc->units->len;
    unit->kind = g_strdup(kind);
    unit->text = text != NULL ? text : g_strdup("");
    unit->cites = g_ptr_array_new_with_free_func(g_free);
    unit->parts = g_ptr_array_new_with_free_func(part_free);
    g_ptr_array_add(doc->units, unit);
    return unit;
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

void
zr_doc_add_article(zr_doc *doc, const char *key)
{
    zr_strv_add_unique(doc->articles, key);
}

void
zr_unit_add_part(zr_unit *unit, const char *key, int start, int end)
{
    zr_part *part = g_new0(zr_part, 1);
    part->key = g_strdup(key);
    part->start = start;
    part->end = end;
    g_ptr_array_add(unit->parts, part);
}

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
    {"case_index", G_STRUCT_OFFSET(zr_doc, case_index)},
    {"prosecutor", G_STRUCT_OFFSET(zr_doc, prosecutor)},
    {"sentence", G_STRUCT_OFFSET(zr_doc, sentence)},
    {"law", G_STRUCT_OFFSET(zr_doc, law)},
};

#define DOC_STR(doc, f) (*(char **)((char *)(doc) + (f)->offset))

static void
add_doc_strings(GVariantBuilder *b, const zr_doc *doc)
{
    for (size_t i = 0; i < G_N_ELEMENTS(doc_str_fields); i++) {
        const char *value = DOC_STR(doc, &doc_str_fields[i]);
        if (value != NULL && g_utf8_validate(value, -1, NULL))
            g_variant_builder_add(b, "{sv}", doc_str_fields[i].key, g_variant_new_string(value));
    }
}

static GVariant *
string_array(const GPtrArray *strings)
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
static GVariant *
safe_string(const char *s)
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

static GVariant *
maybe_string(const char *s)
{
    return g_variant_new_maybe(G_VARIANT_TYPE_STRING, s != NULL ? safe_string(s) : NULL);
}

GVariant *
zr_doc_to_variant(const zr_doc *doc)
{
    GVariantBuilder b;
    g_variant_builder_init(&b, G_VARIANT_TYPE_VARDICT);
    add_doc_strings(&b, doc);
    g_variant_builder_add(&b, "{sv}", "pages", g_variant_new_int32(doc->pages));
    g_variant_builder_add(&b, "{sv}", "articles", string_array(doc->articles));
    g_variant_builder_add(&b, "{sv}", "judges", string_array(doc->judges));
    g_variant_builder_add(&b, "{sv}", "warnings", string_array(doc->warnings));
    if (doc->ocr->len > 0)
        g_variant_builder_add(
            &b, "{sv}", "ocr",
            g_variant_new_fixed_array(G_VARIANT_TYPE_INT32, doc->ocr->data, doc->ocr->len, sizeof(gint32)));

    GVariantBuilder ub;
    g_variant_builder_init(&ub, G_VARIANT_TYPE(ZR_UNITS_TYPE));
    for (guint i = 0; i < doc->units->len; i++) {
        const zr_unit *u = g_ptr_array_index(doc->units, i);
        GVariantBuilder pb;
        g_variant_builder_init(&pb, G_VARIANT_TYPE("a(sii)"));
        for (guint k = 0; k < u->parts->len; k++) {
            const zr_part *p = g_ptr_array_index(u->parts, k);
            g_variant_builder_add_value(&pb, g_variant_new("(@sii)", safe_string(p->key), p->start, p->end));
        }
        g_variant_builder_add_value(&ub, g_variant_new("(i@s@ms@msi@s@as@a(sii)@ms@ms)", u->ordinal,
                                                       safe_string(u->kind), maybe_string(u->provision),
                                                       maybe_string(u->label), u->page, safe_string(u->text),
                                                       string_array(u->cites), g_variant_builder_end(&pb),
                                                       maybe_string(u->valid_from), maybe_string(u->valid_to)));
    }
    g_variant_builder_add(&b, "{sv}", "units", g_variant_builder_end(&ub));
    /* Floating, like every g_variant_new*: the caller sinks it. */
    return g_variant_builder_end(&b);
}

static void
read_string_array(GVariant *dict, const char *key, GPtrArray *into)
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

zr_doc *
zr_doc_from_variant(GVariant *v)
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
    read_string_array(v, "judges", doc->judges);
    read_string_array(v, "warnings", doc->warnings);
    GVariant *ocr = g_variant_lookup_value(v, "ocr", G_VARIANT_TYPE("ai"));
    if (ocr != NULL) {
        gsize n = 0;
        const gint32 *c = g_variant_get_fixed_array(ocr, &n, sizeof(gint32));
        g_array_append_vals(doc->ocr, c, (guint)n);
        g_variant_unref(ocr);
    }

    GVariant *units = g_variant_lookup_value(v, "units", G_VARIANT_TYPE(ZR_UNITS_TYPE));
    if (units != NULL) {
        GVariantIter it;
        gint32 ordinal, page;
        const char *kind, *provision, *label, *text, *from, *to;
        GVariantIter *cites, *parts;
        g_variant_iter_init(&it, units);
        while (g_variant_iter_next(&it, "(i&sm&sm&si&sasa(sii)m&sm&s)", &ordinal, &kind, &provision, &label, &page,
                                   &text, &cites, &parts, &from, &to)) {
            zr_unit *u = zr_doc_add_unit(doc, kind, g_strdup(text));
            /* Ordinals are positions; a sender's value is kept only as a
             * cross-check of order, the array order is what counts. */
            u->ordinal = (int)doc->units->len - 1;
            u->provision = g_strdup(provision);
            u->label = g_strdup(label);
            u->page = page;
            u->valid_from = g_strdup(from);
            u->valid_to = g_strdup(to);
            const char *key;
            while (g_variant_iter_next(cites, "&s", &key))
                g_ptr_array_add(u->cites, g_strdup(key));
            gint32 ps, pe;
            while (g_variant_iter_next(parts, "(&sii)", &key, &ps, &pe))
                zr_unit_add_part(u, key, ps, pe);
            g_variant_iter_free(cites);
            g_variant_iter_free(parts);
        }
        g_variant_unref(units);
    }
    return doc;
}

/* A string array as one '\n'-joined record entry; nothing when empty. */
static void
add_joined(GVariantBuilder *b, const char *key, const GPtrArray *strings)
{
    if (strings == NULL || strings->len == 0)
        return;
    GString *joined = g_string_new(NULL);
    for (guint i = 0; i < strings->len; i++) {
        if (i > 0)
            g_string_append_c(joined, '\n');
        g_string_append(joined, g_ptr_array_index(strings, i));
    }
    g_variant_builder_add(b, "{sv}", key, safe_string(joined->str));
    g_string_free(joined, TRUE);
}

GBytes *
zr_unit_record(const zr_doc *doc, const zr_unit *unit)
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
    add_joined(&b, "articles", doc->articles);
    add_joined(&b, "judges", doc->judges);
    add_joined(&b, "cites", unit->cites);
    if (unit->parts->len > 0) {
        GString *parts = g_string_new(NULL);
        for (guint i = 0; i < unit->parts->len; i++) {
            const zr_part *p = g_ptr_array_index(unit->parts, i);
            g_string_append_printf(parts, "%s%s\t%d\t%d", i ? "\n" : "", p->key, p->start, p->end);
        }
        g_variant_builder_add(&b, "{sv}", "parts", safe_string(parts->str));
        g_string_free(parts, TRUE);
    }
    if (unit->valid_from != NULL)
        g_variant_builder_add(&b, "{sv}", "valid_from", safe_string(unit->valid_from));
    if (unit->valid_to != NULL)
        g_variant_builder_add(&b, "{sv}", "valid_to", safe_string(unit->valid_to));
    g_variant_builder_add(&b, "{sv}", "ordinal", g_variant_new_int32(unit->ordinal));
    g_variant_builder_add(&b, "{sv}", "kind", safe_string(unit->kind));
    if (unit->provision != NULL)
        g_variant_builder_add(&b, "{sv}", "provision", safe_string(unit->provision));
    if (unit->label != NULL)
        g_variant_builder_add(&b, "{sv}", "label", safe_string(unit->label));
    g_variant_builder_add(&b, "{sv}", "page", g_variant_new_int32(unit->page));
    int ocr = zr_unit_ocr_confidence(doc, unit);
    if (ocr >= 0)
        g_variant_builder_add(&b, "{sv}", "ocr", g_variant_new_int32(ocr));
    g_variant_builder_add(&b, "{sv}", "text", safe_string(unit->text));

    GVariant *v = g_variant_ref_sink(g_variant_builder_end(&b));
    GBytes *bytes = g_variant_get_data_as_bytes(v);
    g_variant_unref(v);
    return bytes;
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
    if (!g_variant_is_normal_form(v) || !g_variant_lookup(v, "kind", "&s", NULL) ||
        !g_variant_lookup(v, "ordinal", "i", NULL)) {
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

int
zr_unit_ocr_confidence(const zr_doc *doc, const zr_unit *unit)
{
    int lowest = -1;
    for (guint i = 0; i < doc->ocr->len; i++) {
        int c = g_array_index(doc->ocr, gint, i);
        if (c < 0)
            continue;
        if (unit->page > 0 && strcmp(unit->kind, "page") == 0 && (int)i != unit->page - 1)
            continue;
        if (lowest < 0 || c < lowest)
            lowest = c;
    }
    return lowest;
}
