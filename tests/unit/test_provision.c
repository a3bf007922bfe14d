/* test_provision.c — the reference parser against its reference set.
 *
 * Proves: every row of tests/data/references.tsv (query forms, sentences
 * from decisions and statutes, English and Mongolian, the 2002 Code, other
 * laws, decision numbers, and numbers that are not references) gives exactly
 * its canonical keys; offsets cover the reference; ancestors of a key; law
 * acronyms; the concordance reads the config table; hit labels for parts;
 * over a small index of demo documents, zs_cited_by counts citing
 * documents and zs_cites resolves what a decision cites to the article unit
 * and the decision it names.
 *
 * Not for: the index terms made from references (t70-legal.sh).
 */
#include <glib.h>
#include <string.h>

#include "tests/unit/test_context.h"
#include "indexer/extract.h"
#include "search/citations.h"
#include "legal/citeterms.h"
#include "core/context.h"
#include "legal/provision.h"
#include "core/schema.h"
#include "indexer/unitdoc.h"
#include "shim/zx.h"

#define REFS_PATH "tests/data/references.tsv"

static char *
keys_of(GPtrArray *refs)
{
    if (refs->len == 0)
        return g_strdup("-");
    GString *s = g_string_new(NULL);
    for (guint i = 0; i < refs->len; i++) {
        const zp_ref *r = g_ptr_array_index(refs, i);
        g_string_append_printf(s, "%s%s", i ? " " : "", r->key);
    }
    return g_string_free(s, FALSE);
}

static void
test_reference_set(void)
{
    char *data = NULL;
    g_assert_true(g_file_get_contents(REFS_PATH, &data, NULL, NULL));
    char **lines = g_strsplit(data, "\n", -1);
    int rows = 0, wrong = 0;
    for (int i = 0; lines[i] != NULL; i++) {
        if (lines[i][0] == '#' || lines[i][0] == '\0')
            continue;
        char **f = g_strsplit(lines[i], "\t", 3);
        g_assert_cmpuint(g_strv_length(f), ==, 3);
        GRegex *nl = g_regex_new("\\\\n", 0, 0, NULL);
        char *input = g_regex_replace_literal(nl, f[1], -1, 0, "\n", 0, NULL);
        g_regex_unref(nl);
        char *got;
        if (strcmp(f[0], "query") == 0) {
            got = zp_parse_query_ref(input);
            if (got == NULL)
                got = g_strdup("-");
        } else {
            GPtrArray *refs = zp_find_refs(input);
            got = keys_of(refs);
            g_ptr_array_unref(refs);
        }
        rows++;
        if (strcmp(got, f[2]) != 0) {
            wrong++;
            g_test_message("%s '%s': expected '%s', got '%s'", f[0], f[1], f[2], got);
        }
        g_free(got);
        g_free(input);
        g_strfreev(f);
    }
    g_strfreev(lines);
    g_free(data);
    g_assert_cmpint(rows, >=, 60);
    g_assert_cmpint(wrong, ==, 0);
}

static char *
joined_readings(const char *number)
{
    GPtrArray *r = zp_number_unflattened(number);
    g_ptr_array_add(r, NULL);
    char *s = g_strjoinv(" ", (char **)r->pdata);
    g_ptr_array_unref(r);
    return s;
}

/* An inserted article's number printed flat, read back (zp_number_unflattened):
 * the first or second number's last one or two digits as superscript; none
 * of 0 (a base of 20 is article 20), none for a caret or a law's key. */
static void
test_flat_superscripts(void)
{
    static const char *const cases[][2] = {
        {"161.1", "16^1.1 1^61.1"},
        {"6.181", "6.18^1 6.1^81"},
        {"2611", "261^1 26^11"},
        {"20.1", ""},
        {"26^1.3", ""},
        {"ХТХ:261", ""},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *got = joined_readings(cases[i][0]);
        g_assert_cmpstr(got, ==, cases[i][1]);
        g_free(got);
    }
}

static void
test_offsets_cover_the_reference(void)
{
    const char *text = "Шүүх Эрүүгийн хуулийн 13.1 дүгээр зүйлийн 2 дахь хэсэгт заасныг баримтлав.";
    GPtrArray *refs = zp_find_refs(text);
    g_assert_cmpuint(refs->len, ==, 1);
    const zp_ref *r = g_ptr_array_index(refs, 0);
    g_assert_cmpstr(r->key, ==, "13.1.2");
    g_assert_null(r->law);
    g_assert_cmpint(r->kind, ==, ZP_REF_PROVISION);
    char *span = g_strndup(text + r->start, (gsize)(r->end - r->start));
    g_assert_cmpstr(span, ==, "Эрүүгийн хуулийн 13.1 дүгээр зүйлийн 2 дахь хэсэгт");
    g_free(span);
    g_ptr_array_unref(refs);

    refs = zp_find_refs("магадлал 2024/ДШМ/734 болон");
    g_assert_cmpuint(refs->len, ==, 1);
    r = g_ptr_array_index(refs, 0);
    g_assert_cmpint(r->kind, ==, ZP_REF_DECISION);
    g_assert_cmpstr(r->law, ==, "decision");
    g_assert_cmpint(r->start, ==, (int)strlen("магадлал "));
    g_ptr_array_unref(refs);
}

static void
test_self_law(void)
{
    /* In the procedure law's own text, its articles are its own. */
    GPtrArray *refs = zp_find_refs_in("энэ хуулийн 36.1 дүгээр зүйлд, Эрүүгийн хуулийн 13.1 дүгээр зүйлд", "ЭХХШТХ");
    char *keys = keys_of(refs);
    g_assert_cmpstr(keys, ==, "ЭХХШТХ:36.1 13.1");
    g_free(keys);
    g_ptr_array_unref(refs);
}

/* The mark of the name a reference cites another law by, over the refs of
 * `text` read as the law `self_law`'s: "key=mark" joined by spaces. */
static char *
marks_of(const char *text, const char *self_law)
{
    GPtrArray *refs = zp_find_refs_in(text, self_law);
    GString *s = g_string_new(NULL);
    for (guint i = 0; i < refs->len; i++) {
        const zp_ref *r = g_ptr_array_index(refs, i);
        g_string_append_printf(s, "%s%s=%s", i ? " " : "", r->key, r->mark != NULL ? r->mark : "-");
    }
    g_ptr_array_unref(refs);
    return g_string_free(s, FALSE);
}

static void
test_law_marks(void)
{
    /* A law's title and the name it is cited by give one mark, though the
     * laws of one acronym (БТХ: Banking, Construction, Education; ХХТХ:
     * Child Protection, Waste) give others. */
    static const char *const same[][2] = {
        {"БАРИЛГЫН ТУХАЙ", "Барилгын тухай хуулийн"},
        {"ХҮҮХЭД ХАМГААЛЛЫН ТУХАЙ", "Хүүхэд хамгааллын тухай хуулиар"},
        {"МОНГОЛ УЛСЫН ХИЛИЙН ТУХАЙ", "Монгол Улсын хилийн тухай хуульд"},
        {"Газрын тухай хууль", "ГАЗРЫН ТУХАЙ"},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(same); i++) {
        char *a = zp_law_mark(same[i][0]), *b = zp_law_mark(same[i][1]);
        g_assert_nonnull(a);
        g_assert_cmpstr(a, ==, b);
        g_free(a);
        g_free(b);
    }
    static const char *const apart[][2] = {
        {"БАРИЛГЫН ТУХАЙ", "БАНКНЫ ТУХАЙ"},
        {"БАРИЛГЫН ТУХАЙ", "БОЛОВСРОЛЫН ТУХАЙ"},
        {"ХҮҮХЭД ХАМГААЛЛЫН ТУХАЙ", "ХОГ ХАЯГДЛЫН ТУХАЙ"},
        {"ДААТГАЛЫН ТУХАЙ", "ДАМПУУРЛЫН ТУХАЙ"},
        {"УЛСЫН НӨӨЦИЙН ТУХАЙ", "НӨХӨРЛӨЛИЙН ТУХАЙ"},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(apart); i++) {
        char *a = zp_law_acronym(apart[i][0]), *b = zp_law_acronym(apart[i][1]);
        g_assert_cmpstr(a, ==, b); /* the collision the mark is for */
        g_free(a);
        g_free(b);
        a = zp_law_mark(apart[i][0]), b = zp_law_mark(apart[i][1]);
        g_assert_nonnull(a);
        g_assert_nonnull(b);
        g_assert_cmpstr(a, !=, b);
        g_free(a);
        g_free(b);
    }
    char *m = zp_law_mark("Хүүхэд хамгааллын тухай хууль");
    g_assert_cmpstr(m, ==, "хүү-хам");
    g_free(m);
    /* "Хуульчийн" is a name's word, not the word "law". */
    m = zp_law_mark("ХУУЛЬЧИЙН ЭРХ ЗҮЙН БАЙДЛЫН ТУХАЙ");
    g_assert_cmpstr(m, ==, "хуу-эрх-зүй-бай");
    g_free(m);
    g_assert_null(zp_law_mark("Эрүүгийн хууль"));
    g_assert_null(zp_law_mark(NULL));
    /* A title the law's acronym did not come from says nothing. */
    m = zp_law_mark_for("БАРИЛГЫН ТУХАЙ", "БТХ");
    g_assert_cmpstr(m, ==, "бар");
    g_free(m);
    g_assert_null(zp_law_mark_for("Construction Law (unofficial)", "БТХ"));

    /* In the Insurance Law (ДТХ) the Bankruptcy Law (ДТХ too) is named; its
     * own article is not; a list and "мөн хуулийн" go on with the name; the
     * Criminal Code and an acronym alone have none. */
    char *got = marks_of("Дампуурлын тухай хуулийн 11.2-т, 12.1-д заасан; энэ хуулийн 5.1-д; "
                         "Барилгын тухай хуулийн 8.1, мөн хуулийн 9.2-т; Эрүүгийн хуулийн 13.1; ЗТХ-ийн 5.1",
                         "ДТХ");
    g_assert_cmpstr(got, ==,
                    "ДТХ:11.2=дам ДТХ:12.1=дам ДТХ:5.1=- БТХ:8.1=бар БТХ:9.2=бар 13.1=- ЗТХ:5.1=-");
    g_free(got);
    /* The Parliament's law is named from "Их" on, as its title; a
     * sentence's first word before a name is not the name's. */
    got = marks_of("Монгол Улсын Их Хурлын тухай хуулийн 14.3-т. Улсын Их Хурлын чуулганы хуралдааны дэгийн "
                   "тухай хуулийн 27.1.4; Шүүх Арбитрын тухай хуулийн 12.1-д",
                   NULL);
    g_assert_cmpstr(got, ==, "ИХТХ:14.3=их-хур ИХЧХДТХ:27.1.4=их-хур-чуу-хур-дэг АТХ:12.1=арб");
    g_free(got);
    /* A query names the law as a lawyer types it: its words in lower case
     * before "тухай хуулийн", or in the nominative as its title does; a
     * phrase before "хуулийн" with no "тухай" names no other law (the whole
     * query is then no one reference). */
    static const char *const queries[][3] = {
        {"хүүхэд хамгааллын тухай хуулийн 4 дүгээр зүйл", "ХХТХ:4", "хүү-хам"},
        {"Хүүхэд хамгааллын тухай хууль 4.1", "ХХТХ:4.1", "хүү-хам"},
        {"Барилгын тухай хуулийн 8.1", "БТХ:8.1", "бар"},
        {"Эрүүгийн хуулийн 13.1", "13.1", NULL},
        {"хүн худалдаалах хуулийн 13.1", NULL, NULL},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(queries); i++) {
        char *mark = NULL;
        char *key = zp_parse_query_ref_marked(queries[i][0], &mark);
        g_assert_cmpstr(key, ==, queries[i][1]);
        g_assert_cmpstr(mark, ==, queries[i][2]);
        g_free(key);
        g_free(mark);
    }
    /* Not in a text, where a law's name starts with its capital: a bare
     * number after a name in lower case cites nothing known. */
    got = marks_of("энэ нь хүүхэд хамгааллын тухай хуулийн 4.1-д заасан", NULL);
    g_assert_cmpstr(got, ==, "");
    g_free(got);

    g_assert_true(zp_key_of_other_law("БТХ:8.1"));
    g_assert_false(zp_key_of_other_law("13.1"));
    g_assert_false(zp_key_of_other_law("2002:113"));
    g_assert_false(zp_key_of_other_law("2024/ШЦТ/67"));

    char *acr = zp_law_acronym("МОНГОЛ УЛСЫН ИХ ХУРЛЫН ТУХАЙ");
    g_assert_cmpstr(acr, ==, "ИХТХ");
    g_free(acr);
    /* A query naming a law and nothing more (zp_parse_query_law). */
    char *lm = NULL;
    char *lk = zp_parse_query_law("Гаалийн тухай хууль", &lm);
    g_assert_cmpstr(lk, ==, "ГТХ");
    g_assert_cmpstr(lm, ==, "гаа");
    g_free(lk), g_free(lm);
    lk = zp_parse_query_law("хүүхэд хамгааллын тухай хуулийн", &lm);
    g_assert_cmpstr(lk, ==, "ХХТХ");
    g_assert_cmpstr(lm, ==, "хүү-хам");
    g_free(lk), g_free(lm);
    lk = zp_parse_query_law("Монгол Улсын Их Хурлын тухай хууль", &lm);
    g_assert_cmpstr(lk, ==, "ИХТХ");
    g_free(lk), g_free(lm);
    const char *not_names[] = {"Гаалийн тухай хуулийн 8.1",
                               "гаалийн тухай хууль зөрчсөн",
                               "тухай хууль",
                               "гаалийн хууль",
                               "title:гааль тухай хууль",
                               "Эрүүгийн хууль",
                               NULL};
    for (const char *const *q = not_names; *q; q++) {
        lk = zp_parse_query_law(*q, &lm);
        g_assert_null(lk);
        g_assert_null(lm);
    }
}

static void
test_ancestors_and_acronyms(void)
{
    GPtrArray *a = zp_key_ancestors("13.1.2.1");
    g_ptr_array_add(a, NULL);
    char *keys = g_strjoinv(" ", (char **)a->pdata);
    g_assert_cmpstr(keys, ==, "13.1.2.1 13.1.2 13.1");
    g_free(keys);
    g_ptr_array_unref(a);
    a = zp_key_ancestors("2002:113.2.1");
    g_assert_cmpuint(a->len, ==, 3);
    g_assert_cmpstr(g_ptr_array_index(a, 2), ==, "2002:113");
    g_ptr_array_unref(a);
    a = zp_key_ancestors("2024/ШЦТ/67");
    g_assert_cmpuint(a->len, ==, 1);
    g_ptr_array_unref(a);

    /* An inserted point's ancestors are its part and article, never the
     * point it follows nor a number its digits run into. */
    a = zp_key_ancestors("ХХТТХ:6.1.1^1");
    g_ptr_array_add(a, NULL);
    keys = g_strjoinv(" ", (char **)a->pdata);
    g_assert_cmpstr(keys, ==, "ХХТТХ:6.1.1^1 ХХТТХ:6.1 ХХТТХ:6");
    g_free(keys);
    g_ptr_array_unref(a);
    /* The key's form of a number as written, and back. */
    static const char *const forms[][2] = {
        {"48¹", "48^1"}, {"48^1", "48^1"}, {"6.1.1¹", "6.1.1^1"}, {"48¹.2", "48^1.2"},
        {"4²³", "4^23"}, {"13.1", "13.1"},  {"м²", "м²"},          {"¹", "¹"},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(forms); i++) {
        char *key = zp_number_key(forms[i][0], -1);
        g_assert_cmpstr(key, ==, forms[i][1]);
        g_free(key);
    }
    char *shown = zp_key_display("ХХТТХ:6.1.1^1");
    g_assert_cmpstr(shown, ==, "ХХТТХ:6.1.1¹");
    g_free(shown);
    shown = zp_key_display("4^23.1");
    g_assert_cmpstr(shown, ==, "4²³.1");
    g_free(shown);

    char *acr = zp_law_acronym("Эрүүгийн хэрэг хянан шийдвэрлэх тухай хуулийн");
    g_assert_cmpstr(acr, ==, "ЭХХШТХ");
    g_free(acr);
    g_assert_null(zp_law_acronym("ЭРҮҮГИЙН ХУУЛЬ"));
    g_assert_null(zp_law_acronym("Эрүүгийн хууль"));
}

static void
test_concordance_and_labels(void)
{
    gboolean uncertain = TRUE;
    char *k = zp_concordance_2015(test_context(), "2002:113.2", &uncertain);
    g_assert_cmpstr(k, ==, "13.1");
    g_assert_false(uncertain);
    g_free(k);
    k = zp_concordance_2015(test_context(), "2002:124", &uncertain);
    g_assert_cmpstr(k, ==, "12.3");
    g_free(k);
    g_assert_null(zp_concordance_2015(test_context(), "2002:9999", NULL));

    char *l = zp_provision_label("Criminal Code", "Article 13.1. Trafficking in persons", "13.1.2", "en");
    g_assert_cmpstr(l, ==, "Criminal Code, Article 13.1. Trafficking in persons, part 2");
    g_free(l);
    l = zp_provision_label("Эрүүгийн хууль", "13.1 дүгээр зүйл. Хүн худалдаалах", "13.1.2", "mn");
    g_assert_cmpstr(l, ==, "Эрүүгийн хууль, 13.1 дүгээр зүйл. Хүн худалдаалах, 2 дахь хэсэг");
    g_free(l);
    l = zp_provision_label(NULL, "13.1 дүгээр зүйл. Хүн худалдаалах", "13.1.2.1", "mn");
    g_assert_cmpstr(l, ==, "13.1 дүгээр зүйл. Хүн худалдаалах, 2 дахь хэсгийн 2.1 дэх заалт");
    g_free(l);
    /* An inserted point shown as written, its ending by its superscript. */
    l = zp_provision_label(NULL, "6 дугаар зүйл", "ХХТТХ:6.1.1^1", "mn");
    g_assert_cmpstr(l, ==, "6 дугаар зүйл, 1 дэх хэсгийн 1.1¹ дэх заалт");
    g_free(l);
    l = zp_provision_label(NULL, "Article 48¹", "ХХТТХ:48^1.2", "en");
    g_assert_cmpstr(l, ==, "Article 48¹, part 2");
    g_free(l);
}

/* Indexes a few demo files the way the writer does, citation terms included. */
static char *
demo_index(char **ids)
{
    static const char *const files[] = {
        "code/eruugiin_khuuli_demo_mn.xml", "decisions/2024_shtst_067_sukhbaatar_mn.xml",
        "decisions/2024_dshm_734_niislel_mn.xml", "decisions/2024_dsht_015_deed_shuukh_mn.xml", NULL};
    char *dir = g_dir_make_tmp("zaalt-cite-XXXXXX", NULL);
    char *path = g_build_filename(dir, "db", NULL);
    /* The index folder holds one database per access level; these are public. */
    char *public_db = g_build_filename(path, "public", NULL);
    g_mkdir_with_parents(path, 0755);
    zx_db *db = NULL;
    g_assert_cmpint(zx_db_open_write(public_db, &db, NULL), ==, ZX_OK);
    g_free(public_db);
    zx_db_set_metadata(db, ZS_META_SCHEMA, ZS_SCHEMA_VERSION, NULL);
    ix_extractor *ex = ix_extractor_new(test_context(), NULL);
    for (int i = 0; files[i] != NULL; i++) {
        char *abs = g_build_filename("build/demo", files[i], NULL);
        zr_doc *doc = ix_doc_new();
        doc->id = zr_doc_make_id("demo", files[i]);
        doc->source = g_strdup("demo");
        doc->path = g_strdup(files[i]);
        doc->access = g_strdup("public");
        g_assert_cmpint(ix_extract_file(ex, abs, g_str_has_prefix(files[i], "code/") ? "code" : "decision", doc, NULL),
                        ==, IX_EXTRACT_OK);
        ids[i] = g_strdup(doc->id);
        for (guint u = 0; u < doc->units->len; u++) {
            char *unique = NULL;
            zx_doc *xd = zs_unit_document(test_analyzer(), doc, g_ptr_array_index(doc->units, u), &unique);
            g_assert_cmpint(zx_db_replace(db, unique, xd, NULL), ==, ZX_OK);
            zx_doc_free(xd);
            g_free(unique);
        }
        ix_doc_free(doc);
        g_free(abs);
    }
    ix_extractor_free(ex);
    g_assert_cmpint(zx_db_commit(db, NULL), ==, ZX_OK);
    zx_db_close(db);
    g_free(dir);
    return path;
}

static void
test_citation_graph(void)
{
    if (!g_file_test("build/demo/decisions", G_FILE_TEST_IS_DIR)) {
        g_test_skip("build/demo missing: run make demo");
        return;
    }
    char *ids[4] = {0};
    char *path = demo_index(ids);
    zs_engine *e = zs_engine_open_as(test_context(), path, 0, NULL);
    g_assert_nonnull(e);

    /* Three decisions cite 13.1 (at any depth); the code cites it too (16.6
     * refers to it).  Counted once each, however often they cite it. */
    zs_citations *c = zs_cited_by(e, "13.1 дүгээр зүйл", NULL, 0, NULL);
    g_assert_nonnull(c);
    g_assert_cmpstr(c->key, ==, "13.1");
    g_assert_cmpuint(c->documents, ==, 4);
    g_assert_cmpuint(c->citing->len, ==, 4);
    zs_citations_free(c);
    c = zs_cited_by(e, "2024/ШЦТ/67", NULL, 0, NULL);
    g_assert_cmpuint(c->documents, ==, 1);
    g_assert_cmpstr(((zs_citing *)g_ptr_array_index(c->citing, 0))->doc, ==, ids[2]);
    g_assert_cmpstr(((zs_citing *)g_ptr_array_index(c->citing, 0))->case_number, ==, "2024/ДШМ/734");
    zs_citations_free(c);
    const char *const sealed[] = {"sealed", NULL};
    c = zs_cited_by(e, "13.1", sealed, 0, NULL);
    g_assert_cmpuint(c->documents, ==, 0);
    zs_citations_free(c);
    GError *err = NULL;
    g_assert_null(zs_cited_by(e, "хүн худалдаалах", NULL, 0, &err));
    g_assert_error(err, ZS_ERROR, ZS_ERROR_FILTER);
    g_clear_error(&err);

    /* The appeal cites the first-instance decision and 13.1.2.1: both
     * resolve to what the index holds. */
    GPtrArray *links = zs_cites(e, ids[2], NULL, NULL);
    g_assert_nonnull(links);
    gboolean decision = FALSE, article = FALSE, procedure = FALSE;
    for (guint i = 0; i < links->len; i++) {
        const zs_link *l = g_ptr_array_index(links, i);
        if (strcmp(l->key, "2024/ШЦТ/67") == 0) {
            decision = TRUE;
            g_assert_cmpstr(l->target_doc, ==, ids[1]);
        } else if (strcmp(l->key, "13.1.2.1") == 0) {
            article = TRUE;
            g_assert_cmpstr(l->target_doc, ==, ids[0]);
            g_assert_cmpstr(l->label, ==, "13.1 дүгээр зүйл. Хүн худалдаалах");
        } else if (g_str_has_prefix(l->key, "ЭХХШТХ:")) {
            procedure = TRUE;
            g_assert_null(l->target); /* the procedure law is not indexed here */
        }
    }
    g_assert_true(decision && article && procedure);
    g_ptr_array_unref(links);
    g_assert_null(zs_cites(e, "000000000000", NULL, &err));
    g_assert_error(err, ZS_ERROR, ZS_ERROR_NOT_FOUND);
    g_clear_error(&err);

    zs_engine_free(e);
    for (int i = 0; i < 4; i++)
        g_free(ids[i]);
    char *rm[] = {"rm", "-rf", NULL, NULL};
    rm[2] = g_path_get_dirname(path);
    g_spawn_sync(NULL, rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
    g_free(rm[2]);
    g_free(path);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/provision/reference-set", test_reference_set);
    g_test_add_func("/provision/flat-superscripts", test_flat_superscripts);
    g_test_add_func("/provision/offsets-cover-the-reference", test_offsets_cover_the_reference);
    g_test_add_func("/provision/self-law", test_self_law);
    g_test_add_func("/provision/ancestors-and-acronyms", test_ancestors_and_acronyms);
    g_test_add_func("/provision/law-marks", test_law_marks);
    g_test_add_func("/provision/concordance-and-labels", test_concordance_and_labels);
    g_test_add_func("/provision/citation-graph", test_citation_graph);
    return g_test_run();
}
