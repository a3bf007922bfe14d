/* test_record.c — a zr_doc survives the trip worker -> writer -> index.
 *
 * Proves: the whole-document GVariant round trip keeps every field of a
 * document with three units (NULLs stay NULL); a unit record reads back
 * with the document's and the unit's fields; zr_doc_make_id is stable, 12
 * hex digits and path-sensitive; articles are deduplicated; a record parse
 * rejects garbage bytes and truncated records.
 *
 * Not for: what extractors put in the fields (test_extract.c).
 */
#include <glib.h>
#include <string.h>

#include "core/record.h"

static zr_doc *
sample_doc(void)
{
    zr_doc *doc = zr_doc_new();
    doc->id = zr_doc_make_id("demo", "mn/decisions/2024-ШЦТ-67.xml");
    doc->source = g_strdup("demo");
    doc->path = g_strdup("mn/decisions/2024-ШЦТ-67.xml");
    doc->format = g_strdup("xml");
    doc->title = g_strdup("Шийтгэх тогтоол 2024/ШЦТ/67");
    doc->type = g_strdup("decision");
    doc->lang = g_strdup("mn");
    doc->date = g_strdup("2024-03-15");
    doc->access = g_strdup("restricted");
    doc->court = g_strdup("Сонгинохайрхан дүүргийн Эрүүгийн хэргийн анхан шатны шүүх");
    doc->court_level = g_strdup("first-instance");
    doc->decision_type = g_strdup("Шийтгэх тогтоол");
    doc->case_number = g_strdup("2024/ШЦТ/67");
    doc->outcome = NULL; /* stays NULL through the trip */
    doc->pages = 3;
    zr_doc_add_article(doc, "13.1");
    zr_doc_add_article(doc, "13.1.2");
    zr_doc_add_article(doc, "13.1"); /* duplicate: ignored */
    g_ptr_array_add(doc->warnings, g_strdup("page 2: no text"));

    zr_unit *u = zr_doc_add_unit(doc, "section", g_strdup("Толгой хэсэг"));
    u->page = 1;
    u = zr_doc_add_unit(doc, "article", g_strdup("13.1 дүгээр зүйл.Хүн худалдаалах\n1. ..."));
    u->provision = g_strdup("13.1");
    u->label = g_strdup("13.1 дүгээр зүйл. Хүн худалдаалах");
    u->page = 2;
    zr_strv_add_unique(u->cites, "16.6");
    zr_strv_add_unique(u->cites, "ЭХХШТХ:36.1");
    zr_strv_add_unique(u->cites, "16.6"); /* duplicate: ignored */
    zr_unit_add_part(u, "13.1.1", 34, 39);
    u->valid_from = g_strdup("2017-07-01");
    doc->case_index = g_strdup("2410000123456");
    doc->prosecutor = g_strdup("Г.Энхтуяа");
    doc->sentence = g_strdup("8 жил хорих");
    zr_strv_add_unique(doc->judges, "Д.Оюунчимэг");
    zr_strv_add_unique(doc->judges, "Б.Энхзаяа");
    u = zr_doc_add_unit(doc, "page", g_strdup(""));
    u->page = 3;
    return doc;
}

static void
assert_docs_equal(const zr_doc *a, const zr_doc *b)
{
    g_assert_cmpstr(a->id, ==, b->id);
    g_assert_cmpstr(a->source, ==, b->source);
    g_assert_cmpstr(a->path, ==, b->path);
    g_assert_cmpstr(a->format, ==, b->format);
    g_assert_cmpstr(a->title, ==, b->title);
    g_assert_cmpstr(a->type, ==, b->type);
    g_assert_cmpstr(a->lang, ==, b->lang);
    g_assert_cmpstr(a->date, ==, b->date);
    g_assert_cmpstr(a->access, ==, b->access);
    g_assert_cmpstr(a->court, ==, b->court);
    g_assert_cmpstr(a->court_level, ==, b->court_level);
    g_assert_cmpstr(a->decision_type, ==, b->decision_type);
    g_assert_cmpstr(a->case_number, ==, b->case_number);
    g_assert_cmpstr(a->outcome, ==, b->outcome);
    g_assert_cmpstr(a->case_index, ==, b->case_index);
    g_assert_cmpstr(a->prosecutor, ==, b->prosecutor);
    g_assert_cmpstr(a->sentence, ==, b->sentence);
    g_assert_cmpstr(a->law, ==, b->law);
    g_assert_cmpuint(a->judges->len, ==, b->judges->len);
    for (guint i = 0; i < a->judges->len; i++)
        g_assert_cmpstr(g_ptr_array_index(a->judges, i), ==, g_ptr_array_index(b->judges, i));
    g_assert_cmpint(a->pages, ==, b->pages);
    g_assert_cmpuint(a->articles->len, ==, b->articles->len);
    for (guint i = 0; i < a->articles->len; i++)
        g_assert_cmpstr(g_ptr_array_index(a->articles, i), ==, g_ptr_array_index(b->articles, i));
    g_assert_cmpuint(a->warnings->len, ==, b->warnings->len);
    for (guint i = 0; i < a->warnings->len; i++)
        g_assert_cmpstr(g_ptr_array_index(a->warnings, i), ==, g_ptr_array_index(b->warnings, i));
    g_assert_cmpuint(a->units->len, ==, b->units->len);
    for (guint i = 0; i < a->units->len; i++) {
        const zr_unit *x = g_ptr_array_index(a->units, i), *y = g_ptr_array_index(b->units, i);
        g_assert_cmpint(x->ordinal, ==, y->ordinal);
        g_assert_cmpstr(x->kind, ==, y->kind);
        g_assert_cmpstr(x->provision, ==, y->provision);
        g_assert_cmpstr(x->label, ==, y->label);
        g_assert_cmpint(x->page, ==, y->page);
        g_assert_cmpstr(x->text, ==, y->text);
        g_assert_cmpstr(x->valid_from, ==, y->valid_from);
        g_assert_cmpstr(x->valid_to, ==, y->valid_to);
        g_assert_cmpuint(x->cites->len, ==, y->cites->len);
        for (guint k = 0; k < x->cites->len; k++)
            g_assert_cmpstr(g_ptr_array_index(x->cites, k), ==, g_ptr_array_index(y->cites, k));
        g_assert_cmpuint(x->parts->len, ==, y->parts->len);
        for (guint k = 0; k < x->parts->len; k++) {
            const zr_part *p = g_ptr_array_index(x->parts, k), *q = g_ptr_array_index(y->parts, k);
            g_assert_cmpstr(p->key, ==, q->key);
            g_assert_cmpint(p->start, ==, q->start);
            g_assert_cmpint(p->end, ==, q->end);
        }
    }
}

static void
test_doc_variant_round_trip_keeps_every_field(void)
{
    zr_doc *doc = sample_doc();
    g_assert_cmpuint(doc->articles->len, ==, 2);
    g_assert_cmpuint(doc->units->len, ==, 3);
    GVariant *v = g_variant_ref_sink(zr_doc_to_variant(doc));
    /* Through bytes, as between processes. */
    GBytes *bytes = g_variant_get_data_as_bytes(v);
    GVariant *back_v = g_variant_ref_sink(g_variant_new_from_bytes(g_variant_get_type(v), bytes, FALSE));
    zr_doc *back = zr_doc_from_variant(back_v);
    g_assert_nonnull(back);
    assert_docs_equal(doc, back);
    g_assert_null(back->outcome);
    g_assert_cmpint(((zr_unit *)g_ptr_array_index(back->units, 2))->ordinal, ==, 2);

    GVariant *not_doc = g_variant_ref_sink(g_variant_new_string("not a doc"));
    g_assert_null(zr_doc_from_variant(not_doc));
    g_variant_unref(not_doc);
    zr_doc_free(back);
    g_variant_unref(back_v);
    g_bytes_unref(bytes);
    g_variant_unref(v);
    zr_doc_free(doc);
}

static void
test_unit_record_reads_back(void)
{
    zr_doc *doc = sample_doc();
    const zr_unit *article = g_ptr_array_index(doc->units, 1);
    GBytes *rec_bytes = zr_unit_record(doc, article);
    gsize len = 0;
    const void *data = g_bytes_get_data(rec_bytes, &len);
    /* Unaligned copy, as Xapian hands it back. */
    char *odd = g_malloc(len + 1);
    memcpy(odd + 1, data, len);
    GVariant *rec = zr_record_parse(odd + 1, len);
    g_assert_nonnull(rec);
    g_assert_cmpstr(zr_record_str(rec, "doc_id"), ==, doc->id);
    char *uid = zr_unit_make_id(doc->id, 1);
    g_assert_cmpstr(zr_record_str(rec, "unit_id"), ==, uid);
    g_free(uid);
    g_assert_cmpstr(zr_record_str(rec, "kind"), ==, "article");
    g_assert_cmpstr(zr_record_str(rec, "provision"), ==, "13.1");
    g_assert_cmpstr(zr_record_str(rec, "label"), ==, "13.1 дүгээр зүйл. Хүн худалдаалах");
    g_assert_cmpstr(zr_record_str(rec, "text"), ==, article->text);
    g_assert_cmpstr(zr_record_str(rec, "court_level"), ==, "first-instance");
    g_assert_cmpstr(zr_record_str(rec, "articles"), ==, "13.1\n13.1.2");
    g_assert_cmpstr(zr_record_str(rec, "judges"), ==, "Д.Оюунчимэг\nБ.Энхзаяа");
    g_assert_cmpstr(zr_record_str(rec, "prosecutor"), ==, "Г.Энхтуяа");
    g_assert_cmpstr(zr_record_str(rec, "cites"), ==, "16.6\nЭХХШТХ:36.1");
    g_assert_cmpstr(zr_record_str(rec, "parts"), ==, "13.1.1\t34\t39");
    g_assert_cmpstr(zr_record_str(rec, "valid_from"), ==, "2017-07-01");
    g_assert_null(zr_record_str(rec, "valid_to"));
    g_assert_null(zr_record_str(rec, "outcome"));
    g_assert_cmpint(zr_record_int(rec, "page"), ==, 2);
    g_assert_cmpint(zr_record_int(rec, "ordinal"), ==, 1);
    g_assert_cmpint(zr_record_int(rec, "pages"), ==, 3);
    g_assert_cmpint(zr_record_int(rec, "no-such-key"), ==, 0);
    g_variant_unref(rec);

    /* Garbage and truncation are refused, not read as defaults. */
    g_assert_null(zr_record_parse("\x01\x02garbage\xff\xfe", 11));
    g_assert_null(zr_record_parse("", 0));
    g_assert_null(zr_record_parse(NULL, 0));
    g_assert_null(zr_record_parse(odd + 1, len / 2));
    GVariant *other = g_variant_ref_sink(g_variant_new_parsed("{'x': <1>}"));
    g_assert_null(zr_record_parse(g_variant_get_data(other), g_variant_get_size(other)));
    g_variant_unref(other);

    g_free(odd);
    g_bytes_unref(rec_bytes);
    zr_doc_free(doc);
}

static void
test_doc_id_is_stable_12_hex(void)
{
    char *a = zr_doc_make_id("demo", "mn/law/eruugiin_khuuli_2015.txt");
    char *b = zr_doc_make_id("demo", "mn/law/eruugiin_khuuli_2015.txt");
    char *c = zr_doc_make_id("demo", "mn/law/eruugiin_khuuli_2015.txt ");
    g_assert_cmpstr(a, ==, b);
    g_assert_cmpstr(a, !=, c);
    g_assert_cmpuint(strlen(a), ==, 12);
    for (const char *p = a; *p; p++)
        g_assert_true(g_ascii_isxdigit(*p) && !g_ascii_isupper(*p));
    /* SHA-1("demo/x") begins with these 12 digits: the id is pinned. */
    char *pinned = zr_doc_make_id("demo", "x");
    char *sha = g_compute_checksum_for_string(G_CHECKSUM_SHA1, "demo/x", -1);
    g_assert_cmpint(strncmp(pinned, sha, 12), ==, 0);
    char *uid = zr_unit_make_id(a, 7);
    char *want = g_strdup_printf("%s-7", a);
    g_assert_cmpstr(uid, ==, want);
    g_free(a), g_free(b), g_free(c), g_free(pinned), g_free(sha), g_free(uid), g_free(want);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/record/doc-variant-round-trip-keeps-every-field", test_doc_variant_round_trip_keeps_every_field);
    g_test_add_func("/record/unit-record-reads-back", test_unit_record_reads_back);
    g_test_add_func("/record/doc-id-is-stable-12-hex", test_doc_id_is_stable_12_hex);
    return g_test_run();
}
