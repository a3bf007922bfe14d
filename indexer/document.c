/* document.c — the extractors' document in memory, and one unit's stored
 * record written from it (document.h; the keys are core/record.h's).
 *
 * Not for: reading records (core/record.c) or deciding what the fields
 * contain (the handlers and structure finders).
 */
#include "indexer/document.h"

#include <string.h>

zr_doc *
ix_doc_new(void)
{
    zr_doc *doc = g_new0(zr_doc, 1);
    doc->articles = g_ptr_array_new_with_free_func(g_free);
    doc->judges = g_ptr_array_new_with_free_func(g_free);
    doc->units = g_ptr_array_new();
    doc->warnings = g_ptr_array_new_with_free_func(g_free);
    doc->ocr = g_array_new(FALSE, FALSE, sizeof(gint));
    doc->act_amendments = g_ptr_array_new_with_free_func(zr_amendment_free);
    return doc;
}

void
ix_unit_free(zr_unit *unit)
{
    if (unit == NULL)
        return;
    g_free(unit->kind);
    g_free(unit->provision);
    g_free(unit->label);
    g_free(unit->text);
    g_ptr_array_unref(unit->cites);
    if (unit->cite_marks != NULL)
        g_ptr_array_unref(unit->cite_marks);
    g_ptr_array_unref(unit->parts);
    g_free(unit->valid_from);
    g_free(unit->valid_to);
    g_free(unit->status);
    g_free(unit->repealed_on);
    g_ptr_array_unref(unit->amendments);
    g_free(unit->label_en);
    g_free(unit->chapter_en);
    g_free(unit->label_en_also);
    g_free(unit->chapter_en_also);
    g_free(unit->repealed_parts);
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
ix_doc_free(zr_doc *doc)
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
    g_free(doc->mask);
    g_free(doc->title_en);
    g_free(doc->title_en_also);
    g_free(doc->applied_headings);
    g_ptr_array_unref(doc->judges);
    g_ptr_array_unref(doc->articles);
    for (guint i = 0; i < doc->units->len; i++)
        ix_unit_free(g_ptr_array_index(doc->units, i));
    g_ptr_array_unref(doc->units);
    g_ptr_array_unref(doc->warnings);
    g_free(doc->unshown);
    g_array_unref(doc->ocr);
    g_ptr_array_unref(doc->act_amendments);
    g_free(doc);
}

zr_unit *
ix_doc_add_unit(zr_doc *doc, const char *kind, char *text)
{
    zr_unit *unit = g_new0(zr_unit, 1);
    unit->ordinal = (int)doc->units->len;
    unit->kind = g_strdup(kind);
    unit->text = text != NULL ? text : g_strdup("");
    unit->cites = g_ptr_array_new_with_free_func(g_free);
    unit->parts = g_ptr_array_new_with_free_func(part_free);
    unit->amendments = g_ptr_array_new_with_free_func(zr_amendment_free);
    g_ptr_array_add(doc->units, unit);
    return unit;
}

void
ix_doc_add_article(zr_doc *doc, const char *key)
{
    zr_strv_add_unique(doc->articles, key);
}

void
ix_unit_add_part(zr_unit *unit, const char *key, int start, int end)
{
    zr_part *part = g_new0(zr_part, 1);
    part->key = g_strdup(key);
    part->start = start;
    part->end = end;
    g_ptr_array_add(unit->parts, part);
}

int
ix_unit_ocr_confidence(const zr_doc *doc, const zr_unit *unit)
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

/* ---- The stored record ------------------------------------------------- */

/* The document's string fields by record key, in one table so that the
 * record and the struct cannot drift apart. */
typedef struct doc_str_field {
    const char *key;
    size_t offset;
} doc_str_field;

static const doc_str_field doc_str_fields[] = {
    {ZR_KEY_DOC_ID, G_STRUCT_OFFSET(zr_doc, id)},
    {ZR_KEY_SOURCE, G_STRUCT_OFFSET(zr_doc, source)},
    {ZR_KEY_PATH, G_STRUCT_OFFSET(zr_doc, path)},
    {ZR_KEY_FORMAT, G_STRUCT_OFFSET(zr_doc, format)},
    {ZR_KEY_TITLE, G_STRUCT_OFFSET(zr_doc, title)},
    {ZR_KEY_TYPE, G_STRUCT_OFFSET(zr_doc, type)},
    {ZR_KEY_LANG, G_STRUCT_OFFSET(zr_doc, lang)},
    {ZR_KEY_DATE, G_STRUCT_OFFSET(zr_doc, date)},
    {ZR_KEY_ACCESS, G_STRUCT_OFFSET(zr_doc, access)},
    {ZR_KEY_COURT, G_STRUCT_OFFSET(zr_doc, court)},
    {ZR_KEY_COURT_LEVEL, G_STRUCT_OFFSET(zr_doc, court_level)},
    {ZR_KEY_DECISION_TYPE, G_STRUCT_OFFSET(zr_doc, decision_type)},
    {ZR_KEY_CASE_NUMBER, G_STRUCT_OFFSET(zr_doc, case_number)},
    {ZR_KEY_OUTCOME, G_STRUCT_OFFSET(zr_doc, outcome)},
    {ZR_KEY_CASE_INDEX, G_STRUCT_OFFSET(zr_doc, case_index)},
    {ZR_KEY_PROSECUTOR, G_STRUCT_OFFSET(zr_doc, prosecutor)},
    {ZR_KEY_SENTENCE, G_STRUCT_OFFSET(zr_doc, sentence)},
    {ZR_KEY_LAW, G_STRUCT_OFFSET(zr_doc, law)},
    {ZR_KEY_MASK, G_STRUCT_OFFSET(zr_doc, mask)},
    {ZR_KEY_TITLE_EN, G_STRUCT_OFFSET(zr_doc, title_en)},
};

#define DOC_STR(doc, f) (*(char *const *)((const char *)(doc) + (f)->offset))

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

/* A history as lines "date\tchange\tpart\tnote" (record.h). */
static void
add_history(GVariantBuilder *b, const char *key, const GPtrArray *history)
{
    if (history == NULL || history->len == 0)
        return;
    char *lines = zr_history_format(history);
    g_variant_builder_add(b, "{sv}", key, safe_string(lines));
    g_free(lines);
}

GBytes *
ix_unit_record(const zr_doc *doc, const zr_unit *unit)
{
    GVariantBuilder b;
    g_variant_builder_init(&b, G_VARIANT_TYPE_VARDICT);
    for (size_t i = 0; i < G_N_ELEMENTS(doc_str_fields); i++) {
        const char *value = DOC_STR(doc, &doc_str_fields[i]);
        if (value != NULL)
            g_variant_builder_add(&b, "{sv}", doc_str_fields[i].key, safe_string(value));
    }
    /* A file name in another encoding than UTF-8 is shown repaired and
     * opened by its own bytes. */
    if (doc->path != NULL && !g_utf8_validate(doc->path, -1, NULL))
        g_variant_builder_add(&b, "{sv}", ZR_KEY_PATH_BYTES, g_variant_new_bytestring(doc->path));
    if (doc->id != NULL) {
        char *uid = zr_unit_make_id(doc->id, unit->ordinal);
        g_variant_builder_add(&b, "{sv}", ZR_KEY_UNIT_ID, safe_string(uid));
        g_free(uid);
    }
    g_variant_builder_add(&b, "{sv}", ZR_KEY_PAGES, g_variant_new_int32(doc->pages));
    add_joined(&b, ZR_KEY_ARTICLES, doc->articles);
    add_joined(&b, ZR_KEY_JUDGES, doc->judges);
    add_joined(&b, ZR_KEY_CITES, unit->cites);
    add_joined(&b, ZR_KEY_CITE_MARKS, unit->cite_marks);
    if (unit->parts->len > 0) {
        GString *parts = g_string_new(NULL);
        for (guint i = 0; i < unit->parts->len; i++) {
            const zr_part *p = g_ptr_array_index(unit->parts, i);
            g_string_append_printf(parts, "%s%s\t%d\t%d", i ? "\n" : "", p->key, p->start, p->end);
        }
        g_variant_builder_add(&b, "{sv}", ZR_KEY_PARTS, safe_string(parts->str));
        g_string_free(parts, TRUE);
    }
    if (unit->valid_from != NULL)
        g_variant_builder_add(&b, "{sv}", ZR_KEY_VALID_FROM, safe_string(unit->valid_from));
    if (unit->valid_to != NULL)
        g_variant_builder_add(&b, "{sv}", ZR_KEY_VALID_TO, safe_string(unit->valid_to));
    g_variant_builder_add(&b, "{sv}", ZR_KEY_ORDINAL, g_variant_new_int32(unit->ordinal));
    g_variant_builder_add(&b, "{sv}", ZR_KEY_KIND, safe_string(unit->kind));
    if (unit->provision != NULL)
        g_variant_builder_add(&b, "{sv}", ZR_KEY_PROVISION, safe_string(unit->provision));
    if (unit->label != NULL)
        g_variant_builder_add(&b, "{sv}", ZR_KEY_LABEL, safe_string(unit->label));
    if (unit->label_en != NULL)
        g_variant_builder_add(&b, "{sv}", ZR_KEY_LABEL_EN, safe_string(unit->label_en));
    if (unit->chapter_en != NULL)
        g_variant_builder_add(&b, "{sv}", ZR_KEY_CHAPTER_EN, safe_string(unit->chapter_en));
    if (unit->label_en_also != NULL || unit->chapter_en_also != NULL) {
        char *also = g_strjoin(";", unit->label_en_also ? unit->label_en_also : "",
                               unit->chapter_en_also ? unit->chapter_en_also : "", NULL);
        g_variant_builder_add(&b, "{sv}", ZR_KEY_HEADING_EN_ALSO, safe_string(also));
        g_free(also);
    }
    g_variant_builder_add(&b, "{sv}", ZR_KEY_PAGE, g_variant_new_int32(unit->page));
    int ocr = ix_unit_ocr_confidence(doc, unit);
    if (ocr >= 0)
        g_variant_builder_add(&b, "{sv}", ZR_KEY_OCR, g_variant_new_int32(ocr));
    g_variant_builder_add(&b, "{sv}", ZR_KEY_TEXT, safe_string(unit->text));
    if (unit->status != NULL)
        g_variant_builder_add(&b, "{sv}", ZR_KEY_STATUS, safe_string(unit->status));
    if (unit->repealed_on != NULL)
        g_variant_builder_add(&b, "{sv}", ZR_KEY_REPEALED_ON, safe_string(unit->repealed_on));
    if (unit->repealed_parts != NULL)
        g_variant_builder_add(&b, "{sv}", ZR_KEY_REPEALED_PARTS, safe_string(unit->repealed_parts));
    add_history(&b, ZR_KEY_AMENDMENTS, unit->amendments);
    if (unit->ordinal == 0)
        add_history(&b, ZR_KEY_ACT_AMENDMENTS, doc->act_amendments);

    GVariant *v = g_variant_ref_sink(g_variant_builder_end(&b));
    GBytes *bytes = g_variant_get_data_as_bytes(v);
    g_variant_unref(v);
    return bytes;
}
