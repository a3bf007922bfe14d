/* test_record.c — a unit's stored record, from the indexer's zr_doc to the
 * engine's reading.
 *
 * Proves: the document builders deduplicate articles and cites and number
 * units; a unit record reads back with the document's and the unit's
 * fields, and holds no key record.h does not define (NULLs are left out);
 * zr_doc_make_id is stable, 12 hex digits and path-sensitive; a record
 * parse rejects garbage bytes and truncated records.
 *
 * Not for: what extractors put in the fields (test_extract.c).
 */
#include <glib.h>
#include <string.h>

#include <stdlib.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include "core/record.h"
#include "indexer/document.h"

static zr_doc *
sample_doc(void)
{
    zr_doc *doc = ix_doc_new();
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
    ix_doc_add_article(doc, "13.1");
    ix_doc_add_article(doc, "13.1.2");
    ix_doc_add_article(doc, "13.1"); /* duplicate: ignored */
    g_ptr_array_add(doc->warnings, g_strdup("page 2: no text"));

    zr_unit *u = ix_doc_add_unit(doc, "section", g_strdup("Толгой хэсэг"));
    u->page = 1;
    u = ix_doc_add_unit(doc, "article", g_strdup("13.1 дүгээр зүйл.Хүн худалдаалах\n1. ..."));
    u->provision = g_strdup("13.1");
    u->label = g_strdup("13.1 дүгээр зүйл. Хүн худалдаалах");
    u->page = 2;
    zr_strv_add_unique(u->cites, "16.6");
    zr_strv_add_unique(u->cites, "ЭХХШТХ:36.1");
    zr_strv_add_unique(u->cites, "16.6"); /* duplicate: ignored */
    ix_unit_add_part(u, "13.1.1", 34, 39);
    u->valid_from = g_strdup("2017-07-01");
    doc->case_index = g_strdup("2410000123456");
    doc->prosecutor = g_strdup("Г.Энхтуяа");
    doc->sentence = g_strdup("8 жил хорих");
    zr_strv_add_unique(doc->judges, "Д.Оюунчимэг");
    zr_strv_add_unique(doc->judges, "Б.Энхзаяа");
    u = ix_doc_add_unit(doc, "page", g_strdup(""));
    u->page = 3;
    return doc;
}

static void
test_document_builders_deduplicate_and_number(void)
{
    zr_doc *doc = sample_doc();
    g_assert_cmpuint(doc->articles->len, ==, 2);
    g_assert_cmpstr(g_ptr_array_index(doc->articles, 1), ==, "13.1.2");
    g_assert_cmpuint(doc->units->len, ==, 3);
    for (guint i = 0; i < doc->units->len; i++)
        g_assert_cmpint(((zr_unit *)g_ptr_array_index(doc->units, i))->ordinal, ==, (int)i);
    const zr_unit *article = g_ptr_array_index(doc->units, 1);
    g_assert_cmpuint(article->cites->len, ==, 2);
    g_assert_cmpuint(article->parts->len, ==, 1);
    g_assert_cmpstr(((zr_part *)g_ptr_array_index(article->parts, 0))->key, ==, "13.1.1");
    g_assert_cmpint(ix_unit_ocr_confidence(doc, article), ==, -1);
    ix_doc_free(doc);
}

/* Every key the writer stores is one record.h defines, so a reader that
 * spells keys through ZR_KEY_* finds them all. */
static void
test_unit_record_uses_only_defined_keys(void)
{
    static const char *const defined[] = {ZR_KEY_DOC_ID,      ZR_KEY_SOURCE,
                                          ZR_KEY_PATH,        ZR_KEY_FORMAT,
                                          ZR_KEY_TITLE,       ZR_KEY_TYPE,
                                          ZR_KEY_LANG,        ZR_KEY_DATE,
                                          ZR_KEY_ACCESS,      ZR_KEY_COURT,
                                          ZR_KEY_COURT_LEVEL, ZR_KEY_DECISION_TYPE,
                                          ZR_KEY_CASE_NUMBER, ZR_KEY_OUTCOME,
                                          ZR_KEY_CASE_INDEX,  ZR_KEY_PROSECUTOR,
                                          ZR_KEY_SENTENCE,    ZR_KEY_LAW,
                                          ZR_KEY_PAGES,       ZR_KEY_ARTICLES,
                                          ZR_KEY_JUDGES,      ZR_KEY_UNIT_ID,
                                          ZR_KEY_ORDINAL,     ZR_KEY_KIND,
                                          ZR_KEY_PROVISION,   ZR_KEY_LABEL,
                                          ZR_KEY_PAGE,        ZR_KEY_TEXT,
                                          ZR_KEY_CITES,       ZR_KEY_PARTS,
                                          ZR_KEY_VALID_FROM,  ZR_KEY_VALID_TO,
                                          ZR_KEY_OCR,         NULL};
    zr_doc *doc = sample_doc();
    doc->law = g_strdup("ЭХ");
    /* One recognised page, so the OCR key is written too. */
    gint conf[] = {-1, 71, -1};
    g_array_append_vals(doc->ocr, conf, 3);
    GBytes *bytes = ix_unit_record(doc, g_ptr_array_index(doc->units, 1));
    GVariant *rec = zr_record_parse(g_bytes_get_data(bytes, NULL), g_bytes_get_size(bytes));
    g_assert_nonnull(rec);
    g_assert_cmpint(zr_record_int(rec, ZR_KEY_OCR), ==, 71);
    GVariantIter it;
    const char *key = NULL;
    GVariant *value = NULL;
    guint n = 0;
    g_variant_iter_init(&it, rec);
    while (g_variant_iter_next(&it, "{&sv}", &key, &value)) {
        g_assert_true(g_strv_contains(defined, key));
        g_variant_unref(value);
        n++;
    }
    /* Every field of the sample but outcome (NULL) and valid_to (NULL). */
    g_assert_cmpuint(n, ==, g_strv_length((char **)defined) - 2);
    g_variant_unref(rec);
    g_bytes_unref(bytes);
    ix_doc_free(doc);
}

static void
test_unit_record_reads_back(void)
{
    zr_doc *doc = sample_doc();
    const zr_unit *article = g_ptr_array_index(doc->units, 1);
    GBytes *rec_bytes = ix_unit_record(doc, article);
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
    ix_doc_free(doc);
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

/* A resolved path is below a root only past a '/' of its own: /x/ab is
 * not below /x/a; a root given through a link is resolved. */
static void
test_real_path_below(void)
{
    char *dir = g_dir_make_tmp("zaalt-below-XXXXXX", NULL);
    char *a = g_build_filename(dir, "a", NULL), *ab = g_build_filename(dir, "ab", NULL);
    char *link = g_build_filename(dir, "to-a", NULL);
    g_assert_cmpint(g_mkdir(a, 0755), ==, 0);
    g_assert_cmpint(g_mkdir(ab, 0755), ==, 0);
    g_assert_cmpint(symlink(a, link), ==, 0);
    char *real_a = realpath(a, NULL);
    char *in_a = g_build_filename(real_a, "f.txt", NULL), *in_ab = g_strconcat(real_a, "b/f.txt", NULL);
    g_assert_true(zr_real_path_below(in_a, a));
    g_assert_true(zr_real_path_below(in_a, link));
    g_assert_false(zr_real_path_below(in_ab, a));
    g_assert_false(zr_real_path_below(real_a, a));
    g_assert_false(zr_real_path_below(NULL, a));
    g_assert_true(zr_real_path_below(in_a, "/"));
    unlink(link), rmdir(a), rmdir(ab), rmdir(dir);
    free(real_a);
    g_free(in_a), g_free(in_ab), g_free(a), g_free(ab), g_free(link), g_free(dir);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/record/document-builders-deduplicate-and-number", test_document_builders_deduplicate_and_number);
    g_test_add_func("/record/unit-record-reads-back", test_unit_record_reads_back);
    g_test_add_func("/record/real-path-below", test_real_path_below);
    g_test_add_func("/record/unit-record-uses-only-defined-keys", test_unit_record_uses_only_defined_keys);
    g_test_add_func("/record/doc-id-is-stable-12-hex", test_doc_id_is_stable_12_hex);
    return g_test_run();
}
