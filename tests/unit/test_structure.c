/* test_structure.c — the structure finders on real and on small texts.
 *
 * Proves: the real 2015 Criminal Code splits into exactly its 287 articles
 * (the count the line-start heading pattern gives, with inflected cross
 * references not split on); article 13.1 holds its parts and not the next
 * heading; a Mongolian decision header yields its exact number, date, court
 * level, outcome and applied provisions; a decision's date is its heading's
 * (in the shapes courts print it) or the one it says it was given on, never
 * a date of birth, and none rather than a birthday; the court field is the
 * court's name without a party written after it; the ordinal suffix table;
 * dates in the corpus's spellings; the type heuristics.
 *
 * Not for: files and formats (test_extract.c).
 */
#include <glib.h>
#include <string.h>

#include "tests/unit/test_context.h"
#include "indexer/patterns.h"
#include "indexer/structure.h"
#include "core/analysis.h"
#include "core/record.h"
#include "indexer/document.h"

/* The patterns of corpus-config/, as the extractor loads them. */
static const ix_patterns *
patterns(void)
{
    return ix_patterns_get(test_context());
}

#define CODE_PATH "../shared/corpus/mn/law/eruugiin_khuuli_2015.txt"

static const zr_unit *
unit_with_provision(const zr_doc *doc, const char *provision)
{
    for (guint i = 0; i < doc->units->len; i++) {
        const zr_unit *u = g_ptr_array_index(doc->units, i);
        if (u->provision != NULL && strcmp(u->provision, provision) == 0)
            return u;
    }
    return NULL;
}

/* Article headings counted the way `grep -cE '^[0-9]+(\.[0-9]+)* (дүгээр|дугаар) зүйл'`
 * counts them: an independent check on the segmenter. */
static int
grep_count(const char *text)
{
    GRegex *re = g_regex_new("^[0-9]+(\\.[0-9]+)* (дүгээр|дугаар) зүйл", G_REGEX_MULTILINE, 0, NULL);
    GMatchInfo *mi = NULL;
    int n = 0;
    g_regex_match(re, text, 0, &mi);
    while (g_match_info_matches(mi)) {
        n++;
        g_match_info_next(mi, NULL);
    }
    g_match_info_free(mi);
    g_regex_unref(re);
    return n;
}

static void
test_criminal_code_has_287_articles(void)
{
    char *raw = NULL;
    if (!g_file_get_contents(CODE_PATH, &raw, NULL, NULL)) {
        g_test_skip("reference corpus not found at " CODE_PATH);
        return;
    }
    char *text = az_normalise(raw, -1);
    zr_doc *doc = ix_doc_new();
    int n = ix_segment_articles(patterns(), doc, text, NULL, 0);

    g_assert_cmpint(grep_count(raw), ==, 287);
    g_assert_cmpint(n, ==, 287);
    /* Plus the preamble (law name, date, chapter heading) as one section. */
    g_assert_cmpuint(doc->units->len, ==, 288);
    const zr_unit *pre = g_ptr_array_index(doc->units, 0);
    g_assert_cmpstr(pre->kind, ==, "section");
    g_assert_nonnull(strstr(pre->text, "ЭРҮҮГИЙН ХУУЛЬ"));

    const zr_unit *first = g_ptr_array_index(doc->units, 1);
    g_assert_cmpstr(first->kind, ==, "article");
    g_assert_cmpstr(first->provision, ==, "1.1");
    g_assert_cmpstr(first->label, ==, "1.1 дүгээр зүйл. Хуулийн зорилго");

    const zr_unit *a = unit_with_provision(doc, "13.1");
    g_assert_nonnull(a);
    g_assert_true(g_str_has_prefix(a->label, "13.1 дүгээр зүйл"));
    g_assert_cmpstr(a->label, ==, "13.1 дүгээр зүйл. Хүн худалдаалах");
    g_assert_true(g_str_has_prefix(a->text, "13.1 дүгээр зүйл.Хүн худалдаалах"));
    g_assert_nonnull(strstr(a->text, "2.1.хүүхэд, жирэмсэн эмэгтэйг мэдсээр байж;"));
    g_assert_nonnull(strstr(a->text, "3.2.зохион байгуулалттай гэмт бүлэг"));
    g_assert_null(strstr(a->text, "13.2 дугаар зүйл"));
    g_assert_cmpint(a->page, ==, 0);
    /* Parts 1-3 and clauses 2.1-2.3, 3.1-3.2 of 13.1. */
    g_assert_cmpuint(a->parts->len, ==, 8);
    g_assert_cmpstr(((zr_part *)g_ptr_array_index(a->parts, 4))->key, ==, "13.1.2.3");

    /* 16.6 cites 13.1 inline ("13.1 дүгээр зүйлд заасан"): one unit, no split. */
    const zr_unit *sale = unit_with_provision(doc, "16.6");
    g_assert_nonnull(sale);
    g_assert_cmpstr(sale->label, ==, "16.6 дугаар зүйл. Хүүхэд худалдах");
    g_assert_cmpstr(unit_with_provision(doc, "17.10")->label, ==,
                    "17.10 дугаар зүйл. Нотариатч, улсын бүртгэгч өмчлөгчийн эрхийг зөрчих");

    g_assert_cmpstr(ix_detect_type(patterns(), text, NULL), ==, "code");
    ix_doc_free(doc);
    g_free(text);
    g_free(raw);
}

static void
test_articles_get_the_page_of_their_heading(void)
{
    const char *text = "Preamble line\n\nArticle 1. Scope\nText one.\n"
                       "Article 2. Definitions\nText two.\nArticle 3 of the Code applies.\n"
                       "Article 3 Offences\nText three.\n";
    /* Page 2 starts at "Article 2", page 3 at "Article 3 Offences". */
    int offsets[3] = {0, (int)(strstr(text, "Article 2") - text), (int)(strstr(text, "Article 3 Off") - text)};
    zr_doc *doc = ix_doc_new();
    g_assert_cmpint(ix_segment_articles(patterns(), doc, text, offsets, 3), ==, 3);
    g_assert_cmpuint(doc->units->len, ==, 4);
    const zr_unit *u1 = g_ptr_array_index(doc->units, 1), *u2 = g_ptr_array_index(doc->units, 2),
                  *u3 = g_ptr_array_index(doc->units, 3);
    g_assert_cmpstr(u1->label, ==, "Article 1. Scope");
    g_assert_cmpint(u1->page, ==, 1);
    g_assert_cmpstr(u2->provision, ==, "2");
    g_assert_cmpint(u2->page, ==, 2);
    /* "Article 3 of the Code applies." is a citation, not a heading. */
    g_assert_nonnull(strstr(u2->text, "Article 3 of the Code applies."));
    g_assert_cmpstr(u3->label, ==, "Article 3. Offences");
    g_assert_cmpint(u3->page, ==, 3);
    g_assert_cmpstr(((zr_unit *)g_ptr_array_index(doc->units, 0))->text, ==, "Preamble line");
    ix_doc_free(doc);

    doc = ix_doc_new();
    g_assert_cmpint(ix_segment_articles(patterns(), doc, "no headings here\n", NULL, 0), ==, 0);
    g_assert_cmpuint(doc->units->len, ==, 0);
    ix_doc_free(doc);
}

/* A first-instance decision, fictional; names are initials on purpose. */
/* As rendered from PDF: the court's name wraps, so does the operative
 * sentence, and the procedure law's articles are cited first. */
static const char decision_text[] =
    "МОНГОЛ УЛС\n"
    "СОНГИНОХАЙРХАН ДҮҮРГИЙН ЭРҮҮГИЙН ХЭРГИЙН АНХАН ШАТНЫ\n"
    "ШҮҮХ\n"
    "\n"
    "ШИЙТГЭХ ТОГТООЛ\n"
    "\n"
    "2024 оны 03 дугаар сарын 15 өдөр          Дугаар 2024/ШЦТ/67          Улаанбаатар хот\n"
    "\n"
    "Шүүгдэгч Б-д холбогдох эрүүгийн хэргийг шүүх хуралдаанаар хэлэлцэв.\n"
    "ТОДОРХОЙЛОХ нь:\n"
    "Прокуророос Эрүүгийн хуулийн 16.6 дугаар зүйлд зааснаар яллах дүгнэлт үйлдэж...\n"
    "ТОГТООХ нь:\n"
    "Эрүүгийн хэрэг хянан шийдвэрлэх тухай хуулийн 36.1, 36.8 дугаар\n"
    "зүйлийг удирдлага болгон\n"
    "1. Шүүгдэгч Б-г Эрүүгийн хуулийн 13.1 дүгээр зүйлийн 2 дахь хэсэгт заасан хүн "
    "худалдаалах гэмт хэрэг үйлдсэн гэм\nбуруутайд тооцсугай.\n"
    "2. ЭХ-ийн 12.3.1-д заасныг баримтлан ...\n";

static const char appeal_text[] = "НИЙСЛЭЛИЙН ЭРҮҮГИЙН ХЭРГИЙН ДАВЖ ЗААЛДАХ ШАТНЫ ШҮҮХ\n"
                                  "МАГАДЛАЛ\n"
                                  "2023 оны 11 дүгээр сарын 02 өдөр\n"
                                  "Дугаар 2023/ДШМ/215\n"
                                  "ТОГТООХ нь:\n"
                                  "1. Анхан шатны шүүхийн шийтгэх тогтоолыг хэвээр үлдээж, өмгөөлөгчийн гомдлыг "
                                  "хангахгүй орхисугай. Эрүүгийн хуулийн 13.13 дугаар зүйлийн 1.2-т ...\n";

static void
assert_articles(const zr_doc *doc, const char *const *expected)
{
    guint n = 0;
    while (expected[n] != NULL)
        n++;
    g_assert_cmpuint(doc->articles->len, ==, n);
    for (guint i = 0; i < n; i++)
        g_assert_cmpstr(g_ptr_array_index(doc->articles, i), ==, expected[i]);
}

static void
test_decision_header_fields(void)
{
    zr_doc *doc = ix_doc_new();
    doc->date = g_strdup("2030-01-01"); /* e.g. a PDF creation date: the text wins */
    ix_parse_decision_header(patterns(), doc, decision_text);
    g_assert_cmpstr(doc->decision_type, ==, "Шийтгэх тогтоол");
    g_assert_cmpstr(doc->case_number, ==, "2024/ШЦТ/67");
    g_assert_cmpstr(doc->date, ==, "2024-03-15");
    /* Printed in capitals, shown as courts.tsv writes it. */
    g_assert_cmpstr(doc->court, ==, "Сонгинохайрхан дүүргийн Эрүүгийн хэргийн анхан шатны шүүх");
    g_assert_cmpstr(doc->court_level, ==, "first-instance");
    g_assert_cmpstr(doc->outcome, ==, "conviction");
    /* 16.6 is in the facts, not the operative part; 36.8 belongs to the
     * procedure law; 12.3.1 is cited outside the verdict paragraph: only
     * the provision the defendant is found guilty under is applied. */
    const char *const expected[] = {"13.1.2", NULL};
    assert_articles(doc, expected);
    g_assert_cmpstr(ix_detect_type(patterns(), decision_text, NULL), ==, "decision");
    ix_doc_free(doc);

    doc = ix_doc_new();
    ix_parse_decision_header(patterns(), doc, appeal_text);
    g_assert_cmpstr(doc->decision_type, ==, "Магадлал");
    g_assert_cmpstr(doc->case_number, ==, "2023/ДШМ/215");
    g_assert_cmpstr(doc->date, ==, "2023-11-02");
    g_assert_cmpstr(doc->court_level, ==, "appeal");
    g_assert_cmpstr(doc->outcome, ==, "upheld");
    /* No verdict paragraph in an appeal: every Code provision of the
     * operative part. */
    const char *const expected_appeal[] = {"13.13.1.2", NULL};
    assert_articles(doc, expected_appeal);
    ix_doc_free(doc);
}

/* A decision of the 2002 Code's time (fictional): the article it applies
 * keeps the Code it belongs to, and another law's is not applied. */
static const char decision_2002_text[] =
    "БАЯНГОЛ ДҮҮРГИЙН ЭРҮҮГИЙН ХЭРГИЙН АНХАН ШАТНЫ ШҮҮХ\n"
    "ШИЙТГЭХ ТОГТООЛ\n"
    "2014 оны 06 дугаар сарын 12 өдөр   Дугаар 2014/ШЦТ/321   Улаанбаатар хот\n"
    "ТОГТООХ нь:\n"
    "1. Шүүгдэгч Б-г Эрүүгийн хуулийн 113 дугаар зүйлийн 113.2.1-д заасан гэмт хэрэг үйлдсэн гэм буруутайд "
    "тооцсугай. Эрүүгийн байцаан шийтгэх тухай хуулийн 289 дүгээр зүйлийг баримтлав.\n";

static void
test_decision_of_the_2002_code(void)
{
    zr_doc *doc = ix_doc_new();
    ix_parse_decision_header(patterns(), doc, decision_2002_text);
    g_assert_cmpstr(doc->case_number, ==, "2014/ШЦТ/321");
    const char *const expected[] = {"2002:113.2.1", NULL};
    assert_articles(doc, expected);
    ix_doc_free(doc);
}

/* A panel, a prosecutor, a case index and two sentences, as the demo
 * decisions' PDF text reads; names are invented. */
static const char panel_text[] =
    "МОНГОЛ УЛС\n"
    "ДОРНОГОВЬ АЙМАГ ДАХЬ СУМ ДУНДЫН ЭРҮҮГИЙН ХЭРГИЙН АНХАН ШАТНЫ ШҮҮХ\n"
    "ШИЙТГЭХ ТОГТООЛ\n"
    "2022 оны 08 дугаар сарын 09 өдөр   Дугаар 2022/ШЦТ/176   Сайншанд сум\n"
    "Шүүхийн шүүгч С.Ганчимэг даргалж, шүүгч Б.Энхзаяа, Д.Пүрэвсүрэн нарын бүрэлдэхүүнтэй, улсын яллагч, "
    "аймгийн Прокурорын газрын прокурор Ж.Дашдондог, хохирогч А нарыг оролцуулан 2221000150093 "
    "дугаартай эрүүгийн хэргийг хянан хэлэлцэв.\n"
    "ТОГТООХ нь:\n"
    "1. Шүүгдэгч нарыг Эрүүгийн хуулийн 13.1 дүгээр зүйлийн 2 дахь хэсгийн 2.2, 2.3-т заасан гэмт хэрэг "
    "үйлдсэн гэм буруутайд тооцсугай.\n"
    "2. Эрүүгийн хуулийн 13.1 дүгээр зүйлийн 2 дахь хэсгийн 2.2, 2.3-т зааснаар О.Т-д 9 (есөн) жил хорих ял, "
    "Г.Б-д 7 (долоо) жил хорих ял тус тус оногдуулсугай.\n"
    "3. Эрүүгийн хуулийн 6.10 дугаар зүйлд зааснаар тооцсугай.\n";

/* Case numbers as OCR misreads them: a series one letter from exactly one
 * known series is corrected, with a warning; others stay as read. */
static void
test_case_number_series_snapped(void)
{
    static const struct {
        const char *read, *kept;
        gboolean warned;
    } cases[] = {
        {"2023/ШГЦТ/77", "2023/ШЦТ/77", TRUE},   /* a letter too many */
        {"2023/ШЦГ/77", "2023/ШЦТ/77", TRUE},    /* a letter changed */
        {"2023/ШЦТ/77", "2023/ШЦТ/77", FALSE},   /* known: untouched */
        {"2023/ДШН/77", "2023/ДШН/77", FALSE},   /* ДШМ and ДШТ both one away */
        {"2023/АБВГ/77", "2023/АБВГ/77", FALSE}, /* nothing near */
    };
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        zr_doc *doc = ix_doc_new();
        char *text = g_strdup_printf("ШИЙТГЭХ ТОГТООЛ\n2023 оны 04 дүгээр сарын 19 өдөр Дугаар %s\n", cases[i].read);
        ix_parse_decision_header(patterns(), doc, text);
        g_assert_cmpstr(doc->case_number, ==, cases[i].kept);
        gboolean warned = FALSE;
        for (guint w = 0; w < doc->warnings->len; w++)
            warned |= strstr(g_ptr_array_index(doc->warnings, w), cases[i].read) != NULL;
        g_assert_cmpint(warned, ==, cases[i].warned);
        g_free(text);
        ix_doc_free(doc);
    }
}

static void
test_decision_people_and_sentence(void)
{
    zr_doc *doc = ix_doc_new();
    ix_parse_decision_header(patterns(), doc, panel_text);
    g_assert_cmpstr(doc->court, ==, "Дорноговь аймаг дахь Сум дундын эрүүгийн хэргийн анхан шатны шүүх");
    g_assert_cmpstr(doc->case_number, ==, "2022/ШЦТ/176");
    g_assert_cmpstr(doc->case_index, ==, "2221000150093");
    g_assert_cmpstr(doc->prosecutor, ==, "Ж.Дашдондог");
    g_assert_cmpuint(doc->judges->len, ==, 3);
    g_assert_cmpstr(g_ptr_array_index(doc->judges, 0), ==, "С.Ганчимэг");
    g_assert_cmpstr(g_ptr_array_index(doc->judges, 2), ==, "Д.Пүрэвсүрэн");
    g_assert_cmpstr(doc->sentence, ==, "9 жил хорих; 7 жил хорих");
    const char *const expected[] = {"13.1.2.2", "13.1.2.3", NULL};
    assert_articles(doc, expected);
    ix_doc_free(doc);

    /* A sentence fixed by adding two up replaces them. */
    doc = ix_doc_new();
    ix_parse_decision_header(patterns(), doc,
                             "ШИЙТГЭХ ТОГТООЛ\nТОГТООХ нь:\n1. 3 (гурван) жил хорих ял, 1 (нэг) жил хорих ял "
                             "оногдуулсугай.\n2. эдлэх ялыг 3 (гурван) жил 6 (зургаа) сар хорих ялаар тогтоосугай.\n");
    g_assert_cmpstr(doc->sentence, ==, "3 жил 6 сар хорих");
    ix_doc_free(doc);
}

static void
test_court_names_normalised(void)
{
    char *c = ix_normalise_court(patterns(), "БАЯНГОЛ ДҮҮРГИЙН ЭРҮҮГИЙН ХЭРГИЙН АНХАН ШАТНЫ ШҮҮХ");
    g_assert_cmpstr(c, ==, "Баянгол дүүргийн Эрүүгийн хэргийн анхан шатны шүүх");
    g_free(c);
    c = ix_normalise_court(patterns(), "Монгол Улсын Дээд шүүх");
    g_assert_cmpstr(c, ==, "Улсын Дээд шүүх");
    g_free(c);
    /* Not listed: the capitalisation rule. */
    c = ix_normalise_court(patterns(), "ЗУУНМОД ДҮҮРГИЙН ЭРҮҮГИЙН ХЭРГИЙН АНХАН ШАТНЫ ШҮҮХ");
    g_assert_cmpstr(c, ==, "Зуунмод дүүргийн Эрүүгийн хэргийн анхан шатны шүүх");
    g_free(c);
    g_assert_cmpstr(ix_court_level(patterns(), "Нийслэлийн Эрүүгийн хэргийн давж заалдах шатны шүүх"), ==, "appeal");
    /* A Markdown heading's marks are no part of the court's name, found
     * on its own line or before the decision's type. */
    char *md[] = {"# ЗУУНМОД ДҮҮРГИЙН ЭРҮҮГИЙН ХЭРГИЙН АНХАН ШАТНЫ ШҮҮХ **", NULL};
    char *named = ix_court_named_at(md, 0);
    c = ix_normalise_court(patterns(), named);
    g_assert_cmpstr(c, ==, "Зуунмод дүүргийн Эрүүгийн хэргийн анхан шатны шүүх");
    g_free(c);
    g_free(named);
    zr_doc *doc = ix_doc_new();
    ix_parse_decision_header(patterns(), doc,
                             "# ЗУУНМОД ДҮҮРГИЙН ЭРҮҮГИЙН ХЭРГИЙН АНХАН ШАТНЫ ШҮҮХИЙН ШИЙТГЭХ ТОГТООЛ\n\n"
                             "2023 оны 5 дугаар сарын 2. Дугаар 2023/ШЦТ/0519.\n");
    g_assert_cmpstr(doc->court, ==, "Зуунмод дүүргийн Эрүүгийн хэргийн анхан шатны шүүх");
    ix_doc_free(doc);
}

static void
test_parts_and_word_numbered_articles(void)
{
    const char *text = "13.1 дүгээр зүйл.Хүн худалдаалах\n\n1.Хүнийг ...\n\n2.Энэ гэмт хэргийг:\n\n"
                       "2.1.хүүхдийн эсрэг;\n\n2.2.хоёр хүнийг;\n\n3.Бусад.\n";
    zr_doc *doc = ix_doc_new();
    g_assert_cmpint(ix_segment_articles(patterns(), doc, text, NULL, 0), ==, 1);
    const zr_unit *u = g_ptr_array_index(doc->units, 0);
    g_assert_cmpuint(u->parts->len, ==, 5);
    const zr_part *p2 = g_ptr_array_index(u->parts, 1), *c21 = g_ptr_array_index(u->parts, 2);
    g_assert_cmpstr(p2->key, ==, "13.1.2");
    g_assert_cmpstr(c21->key, ==, "13.1.2.1");
    char *part2 = g_strndup(u->text + p2->start, (gsize)(p2->end - p2->start));
    g_assert_true(g_str_has_prefix(part2, "2.Энэ гэмт хэргийг:"));
    g_assert_true(g_str_has_suffix(part2, "2.2.хоёр хүнийг;"));
    g_free(part2);
    ix_doc_free(doc);

    /* The Constitution numbers its articles in words. */
    doc = ix_doc_new();
    g_assert_cmpint(ix_segment_articles(patterns(), doc,
                                        "Нэгдүгээр зүйл.\n1. A\nАрван зургадугаар зүйл.\n1. B\n"
                                        "Далдугаар зүйл.\n1. C\n",
                                        NULL, 0),
                    ==, 3);
    u = g_ptr_array_index(doc->units, 1);
    g_assert_cmpstr(u->provision, ==, "16");
    g_assert_cmpstr(u->label, ==, "Арван зургадугаар зүйл");
    g_assert_cmpstr(((zr_unit *)g_ptr_array_index(doc->units, 2))->provision, ==, "70");
    ix_doc_free(doc);

    /* A PDF's printed line going on with the Constitution's 66th ("…
     * Үндсэн хуулийн Жаран" then "зургадугаар зүйлийн 3 дахь хэсэгт") cites
     * it: no article 6 of its own, nor its notes (the Constitutional Court
     * Law's 8.4 had been read as 6.4 and its repeal with it). */
    doc = ix_doc_new();
    g_assert_cmpint(ix_segment_articles(patterns(), doc,
                                        "8 дугаар зүйл.Хяналт\n2.Цэц дахин хянан үзэж Үндсэн хуулийн Жаран\n"
                                        "зургадугаар зүйлийн З дахь хэсэгт заасныг баримтлан шийдвэр гаргана.\n"
                                        "Зургадугаар зүйл. Цэцийн дарга\n1. Сонгоно.\n",
                                        NULL, 0),
                    ==, 2);
    g_assert_cmpstr(((zr_unit *)g_ptr_array_index(doc->units, 0))->provision, ==, "8");
    g_assert_nonnull(strstr(((zr_unit *)g_ptr_array_index(doc->units, 0))->text, "зургадугаар зүйлийн"));
    g_assert_cmpstr(((zr_unit *)g_ptr_array_index(doc->units, 1))->provision, ==, "6");
    ix_doc_free(doc);

    /* A list of articles going on over a printed line's end ("… 45-52,53-55,"
     * then "57дугаар зүйл") names them, it heads no article 57 (the real
     * Rehabilitation Law as a PDF); the points below stay article 5's. */
    doc = ix_doc_new();
    g_assert_cmpint(ix_segment_articles(patterns(), doc,
                                        "5 дугаар зүйл. Хэлмэгдэгч\n5.1.1. 1961 оны хуулийн 45-52,53-55,\n"
                                        "57дугаар зүйл\n5.1.2. хилсээр холбогдсон;\n6 дугаар зүйл. Олговор\n6.1. Олгоно.\n",
                                        NULL, 0),
                    ==, 2);
    g_assert_cmpstr(((zr_unit *)g_ptr_array_index(doc->units, 0))->provision, ==, "5");
    g_assert_cmpstr(((zr_unit *)g_ptr_array_index(doc->units, 1))->provision, ==, "6");
    ix_doc_free(doc);
    /* A rate table's figures alone on their lines ("1.00", "0. 80") are no
     * points of the article. */
    doc = ix_doc_new();
    ix_segment_articles(patterns(), doc, "47 дугаар зүйл. Нөөц ашигласны төлбөр\n47.1.Төлбөр:\n1.00\n\n15.0\n"
                                         "47.2.Хувь хэмжээ:\n0. 80\n", NULL, 0);
    zr_unit *rates = g_ptr_array_index(doc->units, 0);
    ix_find_parts(patterns(), rates);
    GString *keys = g_string_new(NULL);
    for (guint i = 0; i < rates->parts->len; i++)
        g_string_append_printf(keys, "%s ", ((zr_part *)g_ptr_array_index(rates->parts, i))->key);
    g_assert_cmpstr(keys->str, ==, "47.1 47.2 ");
    g_string_free(keys, TRUE);
    ix_doc_free(doc);

    /* "З дугаар зүйл": a Cyrillic Ze typed for 3 heads article 3, not a
     * line of article 2. */
    doc = ix_doc_new();
    g_assert_cmpint(ix_segment_articles(patterns(), doc,
                                        "2 дугаар зүйл.Гишүүн\n\n2.1.Гишүүн байна.\n\n"
                                        "З дугаар зүйл. Байгуулах журам\n\n3.1.Томилно.\n",
                                        NULL, 0),
                    ==, 2);
    u = g_ptr_array_index(doc->units, 1);
    g_assert_cmpstr(u->provision, ==, "3");
    g_assert_cmpstr(u->label, ==, "3 дугаар зүйл. Байгуулах журам");
    g_assert_null(strstr(((zr_unit *)g_ptr_array_index(doc->units, 0))->text, "журам"));
    ix_doc_free(doc);
}

/* Demo (fictional): a statute with an article and a point an amendment
 * inserted, their numbers set superscript as the statutes print them (the
 * text as normalised, which keeps a superscript after a digit).  Each is a
 * unit or part of its own, after its base and before the next number, with
 * a key no real number has and its label as written; the real 6.1.11 keeps
 * its own key. */
static void
test_inserted_provisions_are_their_own(void)
{
    char *text = az_normalise("6 дугаар зүйл.Бүрэн эрх\n\n6.1.Засгийн газар:\n\n6.1.1.хөтөлбөр батлах;\n\n"
                              "6.1.1¹.хороо байгуулах;\n\n6.1.2.журам батлах;\n\n6.1.11.бусад.\n\n"
                              "48 дугаар зүйл.Хяналт\n\n1.Хянана.\n\n"
                              "48¹ дүгээр зүйл.Зөвлөл\n\n1.Зөвлөл байна.\n\n48¹.2.Зөвлөл хуралдана.\n\n"
                              "48^2 дугаар зүйл.Тайлан\n\n1.Тайлагнана.\n\n"
                              "49 дүгээр зүйл.Хариуцлага\n\n1.Хүлээлгэнэ.\n",
                              -1);
    zr_doc *doc = ix_doc_new();
    g_assert_cmpint(ix_segment_articles(patterns(), doc, text, NULL, 0), ==, 5);
    static const char *const provisions[] = {"6", "48", "48^1", "48^2", "49"};
    static const char *const labels[] = {"6 дугаар зүйл. Бүрэн эрх", "48 дугаар зүйл. Хяналт",
                                         "48¹ дүгээр зүйл. Зөвлөл", "48² дугаар зүйл. Тайлан",
                                         "49 дүгээр зүйл. Хариуцлага"};
    for (guint i = 0; i < 5; i++) {
        const zr_unit *u = g_ptr_array_index(doc->units, i);
        g_assert_cmpstr(u->provision, ==, provisions[i]);
        g_assert_cmpstr(u->label, ==, labels[i]);
    }
    const zr_unit *art6 = g_ptr_array_index(doc->units, 0);
    GString *keys = g_string_new(NULL);
    for (guint i = 0; i < art6->parts->len; i++)
        g_string_append_printf(keys, "%s ", ((const zr_part *)g_ptr_array_index(art6->parts, i))->key);
    g_assert_cmpstr(keys->str, ==, "6.1 6.1.1 6.1.1^1 6.1.2 6.1.11 ");
    const zr_part *inserted = g_ptr_array_index(art6->parts, 2);
    char *point = g_strndup(art6->text + inserted->start, (gsize)(inserted->end - inserted->start));
    g_assert_cmpstr(point, ==, "6.1.1¹.хороо байгуулах;");
    g_free(point);
    const zr_unit *art48_1 = g_ptr_array_index(doc->units, 2);
    g_string_truncate(keys, 0);
    for (guint i = 0; i < art48_1->parts->len; i++)
        g_string_append_printf(keys, "%s ", ((const zr_part *)g_ptr_array_index(art48_1->parts, i))->key);
    g_assert_cmpstr(keys->str, ==, "48^1.1 48^1.2 ");
    g_string_free(keys, TRUE);
    ix_doc_free(doc);
    g_free(text);
}

/* The keys of a unit's parts, space-separated. */
static char *
part_keys(const zr_unit *u)
{
    GString *keys = g_string_new(NULL);
    for (guint i = 0; i < u->parts->len; i++)
        g_string_append_printf(keys, "%s%s", i ? " " : "", ((const zr_part *)g_ptr_array_index(u->parts, i))->key);
    return g_string_free(keys, FALSE);
}

/* Demo (fictional): numbers at a line's start that are items only where
 * the sequence of items expects them.  A point whose words begin with a
 * number ("24.6.9.16 хүртэл …" after 24.6.8) is 24.6.9, never a point
 * 24.6.9.16 no 24.6.9.1 came before; a number with no dot after it
 * ("27.5 Татварын", "4.1.4 “төлбөр”") is the next item; a Cyrillic З typed
 * for a part's 3 ("З.Энэ") is part 3.  A genuine deep number keeps its
 * number, and a number out of the sequence (a table's "З.Элбэг 5 10", a
 * line "2.5 хувиас" in a part, a heading's number) stays text. */
static void
test_items_the_sequence_expects(void)
{
    char *text = az_normalise("24 дүгээр зүйл.Санхүүжилт\n\n24.6.Улсын төсвөөс:\n\n24.6.8.хохирогчид тусламж;\n\n"
                              "24.6.9.16 хүртэл насны хүүхдийн эм;\n\n24.6.10.бусад.\n\n"
                              "24.7.Сан:\n\n24.7.1.нэг;\n\n24.7.1.1.дэд;\n\n24.7.1.2 Хоёр дэд;\n\n"
                              "24.8.Тооцоо 5 хувь:\n2.5 хувиас ихгүй.\n\n"
                              "27 дугаар зүйл.Татвар\n\n27.4.Татвар төлнө.\n\n27.5 Татварын алба хянана.\n\n"
                              "27.6.Алба:\n\n27.6.7.бүртгэнэ;\n\n27.6.8 татварын мэдээ гаргана.\n\n"
                              "3 дугаар зүйл.Нууц\n\n1.Нууц байна.\n\n2.Хамгаална.\n\nЗ.Энэ хуулийг мөрдөнө.\n\n"
                              "4.Хүснэгт:\nЗ.Элбэг\t5\t10\n"
                              /* A signature's initial on its own line (a PDF): no part 25.3. */
                              "25 дугаар зүйл.Хүчин төгөлдөр болох\n25.1.Мөрдөнө.\n25.2.Мөрдөнө.\n"
                              "МОНГОЛ УЛСЫН ИХ ХУРЛЫН ДАРГА\nЗ.ЭНХБОЛД\n",
                              -1);
    zr_doc *doc = ix_doc_new();
    g_assert_cmpint(ix_segment_articles(patterns(), doc, text, NULL, 0), ==, 4);
    char *keys = part_keys(g_ptr_array_index(doc->units, 0));
    g_assert_cmpstr(keys, ==, "24.6 24.6.8 24.6.9 24.6.10 24.7 24.7.1 24.7.1.1 24.7.1.2 24.8");
    g_free(keys);
    const zr_unit *art24 = g_ptr_array_index(doc->units, 0);
    const zr_part *p9 = g_ptr_array_index(art24->parts, 2);
    char *point = g_strndup(art24->text + p9->start, (gsize)(p9->end - p9->start));
    g_assert_cmpstr(point, ==, "24.6.9.16 хүртэл насны хүүхдийн эм;");
    g_free(point);
    keys = part_keys(g_ptr_array_index(doc->units, 1));
    g_assert_cmpstr(keys, ==, "27.4 27.5 27.6 27.6.7 27.6.8");
    g_free(keys);
    keys = part_keys(g_ptr_array_index(doc->units, 2));
    g_assert_cmpstr(keys, ==, "3.1 3.2 3.3 3.4");
    g_free(keys);
    keys = part_keys(g_ptr_array_index(doc->units, 3));
    g_assert_cmpstr(keys, ==, "25.1 25.2");
    g_free(keys);
    ix_doc_free(doc);
    g_free(text);

    /* A law whose articles are numbered in two parts ("1.1 дүгээр зүйл"):
     * the heading's number is no item of it. */
    doc = ix_doc_new();
    g_assert_cmpint(ix_segment_articles(patterns(), doc, "1.1 дүгээр зүйл.Зорилт\n\n1.Хууль.\n", NULL, 0), ==, 1);
    keys = part_keys(g_ptr_array_index(doc->units, 0));
    g_assert_cmpstr(keys, ==, "1.1.1");
    g_free(keys);
    ix_doc_free(doc);
}

/* Demo (fictional): an article's heading on its chapter title's line
 * ("ХОЁРДУГААР БҮЛЭГ ТӨРИЙН ЗОХИЦУУЛАЛТ 6 дугаар зүйл.…", "Нийтлэг үндэслэл 1
 * дүгээр зүйл. …") or with a stray dot ("2.дүгээр зүйл.") heads its own
 * article; a sentence citing an article ("… хуулийн 4 дүгээр зүйлд
 * заасан") heads none. */
static void
test_headings_on_a_chapter_line(void)
{
    const char *text = "Нийтлэг үндэслэл 1 дүгээр зүйл. Хуулийн зорилт\n\n1.Зорилт нь.\n\n"
                       "2.дүгээр зүйл.Хууль тогтоомж\n\n1.Хууль.\n\n"
                       "ХОЁРДУГААР БҮЛЭГ ТӨРИЙН ЗОХИЦУУЛАЛТ 6 дугаар зүйл.Засгийн газрын бүрэн эрх\n\n"
                       "6.1.Засгийн газар:\n\n6.1.2.дүрэм батлах;\n\n"
                       "Албан татварыг энэ хуулийн 4 дүгээр зүйлд заасан хэмжээгээр ногдуулна.\n\n"
                       "Хуулийн 45-52, 57дугаар зүйл\n";
    zr_doc *doc = ix_doc_new();
    g_assert_cmpint(ix_segment_articles(patterns(), doc, text, NULL, 0), ==, 3);
    static const char *const labels[] = {"1 дүгээр зүйл. Хуулийн зорилт", "2 дугаар зүйл. Хууль тогтоомж",
                                         "6 дугаар зүйл. Засгийн газрын бүрэн эрх"};
    for (guint i = 0; i < 3; i++)
        g_assert_cmpstr(((const zr_unit *)g_ptr_array_index(doc->units, i))->label, ==, labels[i]);
    char *keys = part_keys(g_ptr_array_index(doc->units, 2));
    g_assert_cmpstr(keys, ==, "6.1 6.1.2");
    g_free(keys);
    ix_doc_free(doc);
}

/* Demo (fictional wording, the layout of a statute printed to PDF and of an
 * old one typed with centred headings): a heading's end on the next line
 * is the heading's, whether the line was full and wrapped or the heading
 * was centred with a blank line between; a short heading, or a full one
 * with a sentence below it, keeps its line alone. */
static void
test_wrapped_and_centred_headings(void)
{
    GString *t = g_string_new(NULL);
    g_string_append(t, "9 дүгээр зүйл. Гэр бүлийн хүчирхийлэлтэй тэмцэх талаархи Монгол Улсын Их\n"
                       "Хурлын бүрэн эрх\n");
    /* Full printed lines, enough to tell the width of a line. */
    for (int i = 1; i <= 24; i++)
        g_string_append_printf(t, "9.%d.Улсын Их Хурал энэ хуулийн хэрэгжилтэд хяналт тавих ажлыг зохион\n"
                                  "байгуулж, жил бүр дүнг хэлэлцэнэ;\n", i);
    g_string_append(t, "10 дугаар зүйл. Хуулийн үйлчлэх хүрээ\n"
                       "Энэ хууль Монгол Улсын нутаг дэвсгэрт үйлчилнэ\n"
                       "11 дүгээр зүйл. Хүчирхийлэлтэй тэмцэх ажлыг зохицуулах зөвлөлийн үйл\n"
                       "Зөвлөл нь хүчирхийлэлтэй тэмцэх ажлыг улсын хэмжээнд зохион байгуулж\n"
                       "ажиллана.\n");
    zr_doc *doc = ix_doc_new();
    g_assert_cmpint(ix_segment_articles(patterns(), doc, t->str, NULL, 0), ==, 3);
    g_assert_cmpstr(((const zr_unit *)g_ptr_array_index(doc->units, 0))->label, ==,
                    "9 дүгээр зүйл. Гэр бүлийн хүчирхийлэлтэй тэмцэх талаархи Монгол Улсын Их Хурлын бүрэн эрх");
    g_assert_cmpstr(((const zr_unit *)g_ptr_array_index(doc->units, 1))->label, ==,
                    "10 дугаар зүйл. Хуулийн үйлчлэх хүрээ");
    g_assert_cmpstr(((const zr_unit *)g_ptr_array_index(doc->units, 2))->label, ==,
                    "11 дүгээр зүйл. Хүчирхийлэлтэй тэмцэх ажлыг зохицуулах зөвлөлийн үйл");
    ix_doc_free(doc);
    g_string_free(t, TRUE);

    const char *centred = "            15 дугаар зүйл. Ашигт малтмал олборлохоос өөр зориулалтаар\n\n"
                          "                                      ашиглуулахаар   газрын хэвлийг олгох\n"
                          "            1. Ашигт малтмал олборлохоос өөр зориулалтаар газрын хэвлийг олгоно.\n\n"
                          "            16 дугаар зүйл. Түгээмэл тархацтай ашигт малтмал\n\n"
                          "            1. Жагсаалтыг Засгийн газар батална.\n";
    doc = ix_doc_new();
    g_assert_cmpint(ix_segment_articles(patterns(), doc, centred, NULL, 0), ==, 2);
    g_assert_cmpstr(((const zr_unit *)g_ptr_array_index(doc->units, 0))->label, ==,
                    "15 дугаар зүйл. Ашигт малтмал олборлохоос өөр зориулалтаар ашиглуулахаар газрын хэвлийг олгох");
    g_assert_cmpstr(((const zr_unit *)g_ptr_array_index(doc->units, 1))->label, ==,
                    "16 дугаар зүйл. Түгээмэл тархацтай ашигт малтмал");
    ix_doc_free(doc);

    /* A short heading going on below, its indent a space or lost (the real
     * Education Law's "… арга зүйн" / " байгууллага"; as a PDF, the Subsoil
     * Law's "… Монгол Улсын" / "хуулийн зорилт"): one short line in lower
     * case, then an item or a sentence.  A body sentence in lower case that
     * closes, or a line in capitals, is none of it. */
    doc = ix_doc_new();
    g_assert_cmpint(ix_segment_articles(patterns(), doc,
                                        "16 дугаар зүйл. Боловсролын эрдэм шинжилгээ, арга зүйн\n\n байгууллага\n"
                                        "16.1.Байгууллага судалгаа хийнэ.\n"
                                        "17 дугаар зүйл. Газрын хэвлийн тухай Монгол Улсын\nхуулийн зорилт\n"
                                        "Хуулийн зорилт нь харилцааг зохицуулахад оршино.\n"
                                        "18 дугаар зүйл. Хяналт  тавих\nхяналтыг Засгийн газар тавина.\n18.1.Хянана.\n"
                                        "19 дүгээр зүйл. Санхүүжилт\nТУСГАЙ АНГИ\n19.1.Санхүүжүүлнэ.\n",
                                        NULL, 0),
                    ==, 4);
    static const char *const labels[] = {
        "16 дугаар зүйл. Боловсролын эрдэм шинжилгээ, арга зүйн байгууллага",
        "17 дугаар зүйл. Газрын хэвлийн тухай Монгол Улсын хуулийн зорилт",
        "18 дугаар зүйл. Хяналт тавих", /* a doubled space one */
        "19 дүгээр зүйл. Санхүүжилт",
    };
    for (guint i = 0; i < G_N_ELEMENTS(labels); i++)
        g_assert_cmpstr(((const zr_unit *)g_ptr_array_index(doc->units, i))->label, ==, labels[i]);
    ix_doc_free(doc);
}

/* Demo (fictional): an article or part numbered with a look-alike letter
 * for a digit, a Cyrillic О for 0 ("1О дугаар зүйл", "1О.2."), as З for 3,
 * is its own article with its own parts, never the text of the one before. */
static void
test_lookalike_digits_number_articles(void)
{
    char *text = az_normalise("9 дүгээр зүйл.Хяналт\n\n9.1.Хянана.\n\n9.З.Тайлагнана.\n\n"
                              " 1О дугаар зүйл. Тоглолт\n\n1О.1.Шөнийн клубт явуулна.\n\n1О.2.Хориглоно.\n\n"
                              "11 дүгээр зүйл.Хариуцлага\n\n11.1.Хүлээлгэнэ.\n",
                              -1);
    zr_doc *doc = ix_doc_new();
    g_assert_cmpint(ix_segment_articles(patterns(), doc, text, NULL, 0), ==, 3);
    static const char *const provisions[] = {"9", "10", "11"};
    for (guint i = 0; i < 3; i++)
        g_assert_cmpstr(((const zr_unit *)g_ptr_array_index(doc->units, i))->provision, ==, provisions[i]);
    const zr_unit *ten = g_ptr_array_index(doc->units, 1);
    g_assert_cmpstr(ten->label, ==, "10 дугаар зүйл. Тоглолт");
    GString *keys = g_string_new(NULL);
    for (guint i = 0; i < ten->parts->len; i++)
        g_string_append_printf(keys, "%s ", ((const zr_part *)g_ptr_array_index(ten->parts, i))->key);
    g_assert_cmpstr(keys->str, ==, "10.1 10.2 ");
    g_assert_null(strstr(((const zr_unit *)g_ptr_array_index(doc->units, 0))->text, "Тоглолт"));
    g_string_free(keys, TRUE);
    ix_doc_free(doc);
    g_free(text);
}

/* Demo (fictional): a decision's heading date in the shapes courts print
 * it, a date of birth in its first paragraph. */
static char *
dated_decision(const char *heading_date, const char *birth)
{
    return g_strdup_printf("ХАН-УУЛ ДҮҮРГИЙН ЭРҮҮГИЙН ХЭРГИЙН АНХАН ШАТНЫ ШҮҮХИЙН ШИЙТГЭХ ТОГТООЛ\n\n"
                           "%s                Дугаар 2024/ШЦТ/500                Улаанбаатар хот\n\n"
                           "Шүүгдэгч Б.Тулга (%s, эрэгтэй) нь хохирогчийг мөлжсөн.\n"
                           "ТОГТООХ нь: 1. Б.Тулгыг гэм буруутайд тооцсугай.\n",
                           heading_date, birth);
}

static void
test_decision_date_is_never_a_birth(void)
{
    static const char *const headings[] = {
        "2024 оны 10 дугаар сарын 03-ны өдөр", "2024.10.03", "2024/10/03", "03.10.2024", "2024-10-03",
        "2024 оны 10 сарын 3 өдөр", "Огноо: 2024 оны 10-р сарын 3", "3 October 2024",
    };
    static const char *const births[] = {"1999.01.17-нд төрсөн", "төрсөн огноо: 1999.01.17", "1999/01/17-нд төрсөн",
                                         "т/о 1999 оны 1 дүгээр сарын 17"};
    for (size_t i = 0; i < G_N_ELEMENTS(headings); i++)
        for (size_t k = 0; k < G_N_ELEMENTS(births); k++) {
            char *text = dated_decision(headings[i], births[k]);
            zr_doc *doc = ix_doc_new();
            doc->date = g_strdup("1999-01-17"); /* as text.c's first date would have it */
            ix_parse_decision_header(patterns(), doc, text);
            if (g_strcmp0(doc->date, "2024-10-03") != 0)
                g_error("heading %s, birth %s: date %s", headings[i], births[k], doc->date);
            ix_doc_free(doc);
            g_free(text);
        }
    /* The date given at the end, a birthday before it; another decision's
     * date cited in the genitive is not this one's. */
    const char *late = "ХАН-УУЛ ДҮҮРГИЙН ЭРҮҮГИЙН ХЭРГИЙН АНХАН ШАТНЫ ШҮҮХИЙН ШИЙТГЭХ ТОГТООЛ № 2024/ШЦТ/410\n\n"
                       "Шүүгдэгч Б.Тулга (1999.01.17-нд төрсөн, эрэгтэй), хохирогч Д.Ц. (2009.06.02-нд төрсөн).\n"
                       "Шүүхийн 2023 оны 5 дугаар сарын 2-ны өдрийн тогтоолоор хэргийг буцаасан.\n"
                       "ТОГТООХ нь: 1. Б.Тулгыг гэм буруутайд тооцсугай.\n\n"
                       "Шийтгэх тогтоол 2024 оны 10 дугаар сарын 3-ны өдөр гарав.\n";
    zr_doc *doc = ix_doc_new();
    ix_parse_decision_header(patterns(), doc, late);
    g_assert_cmpstr(doc->date, ==, "2024-10-03");
    ix_doc_free(doc);
    /* Only births: no date rather than a person's. */
    const char *births_only = "ШИЙТГЭХ ТОГТООЛ\n\nШүүгдэгч Б.Тулга (1999.01.17-нд төрсөн) нь гэмт хэрэг үйлдсэн.\n"
                              "The victim, born on 2 June 2009, gave evidence.\n";
    doc = ix_doc_new();
    doc->date = g_strdup("1999-01-17");
    ix_parse_decision_header(patterns(), doc, births_only);
    g_assert_null(doc->date);
    ix_doc_free(doc);
    /* A paragraph that opens with an event's date is no heading. */
    char *event = dated_decision("2023 оны 5 дугаар сарын 2-ны өдөр шүүгдэгч Б.Тулга хохирогчтой уулзсан.\n"
                                 "Шийтгэх тогтоол 2024 оны 10 дугаар сарын 3-ны өдөр гарав.",
                                 "1999.01.17-нд төрсөн");
    char *date = ix_decision_date(event);
    g_assert_cmpstr(date, ==, "2024-10-03");
    g_free(date);
    g_free(event);
}

/* Demo (fictional): a heading that names a party after the court; the
 * court field is the court's name alone. */
static void
test_court_is_the_name_alone(void)
{
    static const struct {
        const char *heading, *court;
    } table[] = {
        {"ХАН-УУЛ ДҮҮРГИЙН ЭРҮҮГИЙН ХЭРГИЙН АНХАН ШАТНЫ ШҮҮХИЙН ШИЙТГЭХ ТОГТООЛ (шүүгдэгч Баатарын Хонгорзул, "
         "РД УБ91-051234)",
         "Хан-Уул дүүргийн Эрүүгийн хэргийн анхан шатны шүүх"},
        {"ХАН-УУЛ ДҮҮРГИЙН ЭРҮҮГИЙН ХЭРГИЙН АНХАН ШАТНЫ ШҮҮХИЙН ШИЙТГЭХ ТОГТООЛ № 2024/ШЦТ/611 БААТАРЫН ХОНГОРЗУЛД "
         "ХОЛБОГДОХ",
         "Хан-Уул дүүргийн Эрүүгийн хэргийн анхан шатны шүүх"},
        {"Хан-Уул дүүргийн Эрүүгийн хэргийн анхан шатны шүүх, шүүгдэгч Баатарын Хонгорзул",
         "Хан-Уул дүүргийн Эрүүгийн хэргийн анхан шатны шүүх"},
        {"БАЯНЗҮРХ ДҮҮРГИЙН ЭРҮҮГИЙН ХЭРГИЙН АНХАН ШАТНЫ ШҮҮХ — шүүгдэгч Галсангийн Должинсүрэн",
         "Баянзүрх дүүргийн Эрүүгийн хэргийн анхан шатны шүүх"},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(table); i++) {
        char *text = g_strdup_printf("%s\n\n2024 оны 10 дугаар сарын 3-ны өдөр      Дугаар 2024/ШЦТ/612\n\n"
                                     "ТОГТООХ нь: 1. Б.Х-г гэм буруутайд тооцсугай.\n",
                                     table[i].heading);
        zr_doc *doc = ix_doc_new();
        ix_parse_decision_header(patterns(), doc, text);
        g_assert_cmpstr(doc->court, ==, table[i].court);
        ix_doc_free(doc);
        g_free(text);
    }
    /* An element that holds the court and a party, as a demo-schema
     * <court> may; a line that names a person and a hearing is no court. */
    char *court =
        ix_normalise_court(patterns(), "Баянзүрх дүүргийн Эрүүгийн хэргийн анхан шатны шүүх (шүүгдэгч Галсангийн "
                                       "Должинсүрэн, РД УБ85012345)");
    g_assert_cmpstr(court, ==, "Баянзүрх дүүргийн Эрүүгийн хэргийн анхан шатны шүүх");
    g_free(court);
    g_assert_null(ix_normalise_court(patterns(), "Хохирогч Д.Цэлмэгийг шүүх хуралдаанд оролцуулсан"));
    court = ix_normalise_court(patterns(), "In the Crown Court at Snaresbrook (R v Smith)");
    g_assert_cmpstr(court, ==, "In the Crown Court at Snaresbrook");
    g_free(court);
}

static void
test_mn_ordinal_suffix_table(void)
{
    static const struct {
        const char *number, *suffix;
    } table[] = {
        {"1", "дүгээр"},     {"2", "дугаар"},  {"3", "дугаар"},    {"4", "дүгээр"},   {"5", "дугаар"},
        {"6", "дугаар"},     {"7", "дугаар"},  {"8", "дугаар"},    {"9", "дүгээр"},   {"10", "дугаар"},
        {"13", "дугаар"},    {"20", "дугаар"}, {"40", "дүгээр"},   {"100", "дугаар"}, {"13.1", "дүгээр"},
        {"17.10", "дугаар"}, {"90", "дүгээр"}, {"12.4", "дүгээр"},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(table); i++) {
        g_assert_cmpstr(ix_mn_ordinal_suffix(table[i].number), ==, table[i].suffix);
    }
    /* An inserted article is read with its superscript: 48¹ is "дөчин найм
     * нэг", дүгээр; 4² is "дөрөв хоёр", дугаар. */
    g_assert_cmpstr(ix_mn_ordinal_suffix("48^1"), ==, "дүгээр");
    g_assert_cmpstr(ix_mn_ordinal_suffix("48¹"), ==, "дүгээр");
    g_assert_cmpstr(ix_mn_ordinal_suffix("4^2"), ==, "дугаар");
    char *label = ix_article_label("48^1", NULL, "en");
    g_assert_cmpstr(label, ==, "Article 48¹");
    g_free(label);
    label = ix_article_label("13.1", "Хүн худалдаалах", "mn");
    g_assert_cmpstr(label, ==, "13.1 дүгээр зүйл. Хүн худалдаалах");
    g_free(label);
    label = ix_article_label("13.1", "Trafficking in persons", "en");
    g_assert_cmpstr(label, ==, "Article 13.1. Trafficking in persons");
    g_free(label);
}

static void
test_dates_in_corpus_spellings(void)
{
    static const struct {
        const char *text, *date;
    } table[] = {
        {"2015 оны 12 дугаар сарын 03-ны өдөр", "2015-12-03"},
        {"2012 оны 01 сарын 19 өдөр", "2012-01-19"},
        {"1993 оны 12 дугаар сарын 24-ний өдөр", "1993-12-24"},
        {"Filed 12 March 2020 in London", "2020-03-12"},
        {"date: July 3, 2016", "2016-07-03"},
        {"released 2022-05-25.", "2022-05-25"},
        {"1999.05.14", "1999-05-14"},
        {"1999 оны тавдугаар сарын 14-ний өдөр", "1999-05-14"},
        {"2021 оны арван хоёрдугаар сарын 3-ны өдөр", "2021-12-03"},
        {"13.1.2.1 дэх заалт", NULL},
        {"2015 оны 13 дугаар сарын 40 өдөр", NULL},
        {"nothing dated", NULL},
        /* Fictional: a date of birth is a person's, never the document's;
         * the date after it is (probe 19: an embassy's note). */
        {"Ms Anu (born 2 May 2007) travelled on 9 June 2025.", "2025-06-09"},
        {"Nationality: Mongolian; DOB: 11.02.2008\nReceived 2025-03-04", "2025-03-04"},
        {"Хохирогч 2009 оны 4 дүгээр сарын 5-нд төрсөн, 2024 оны 8 сарын 1-нд ирсэн", "2024-08-01"},
        {"date of birth 2008-10-10 only", NULL},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(table); i++) {
        char *date = ix_find_date(table[i].text, -1);
        g_assert_cmpstr(date, ==, table[i].date);
        g_free(date);
    }
}

/* A statute's name under its header: in capitals with a note in brackets,
 * over two lines, or sentence-cased under a sentence-cased header. */
static void
test_statute_titles(void)
{
    static const struct {
        const char *text, *title;
    } table[] = {
        {"МОНГОЛ УЛСЫН ХУУЛЬ\n1999 оны 5 дугаар сарын 14-ний өдөр\nУлаанбаатар хот\nХӨДӨЛМӨРИЙН ТУХАЙ\n",
         "ХӨДӨЛМӨРИЙН ТУХАЙ"},
        /* A dated note on the name's line is not the name, nor its date
         * the date line's. */
        {"МОНГОЛ УЛСЫН ХУУЛЬ\n2004 оны 6 дугаар сарын 2-ны өдөр\nУлаанбаатар хот\n"
         "ХОНЬ ТООЛОХ ТУХАЙ /Энэ хуулийг 2019 оны 5 дугаар сарын 2-ны өдрийн хуулиар хүчингүй болсонд тооцсон/\n",
         "ХОНЬ ТООЛОХ ТУХАЙ"},
        /* A note in brackets after the name is the editor's, not the
         * name: the law's English name and links go by the name. */
        {"МОНГОЛ УЛСЫН ХУУЛЬ\n1999 оны 5 дугаар сарын 14\nУлаанбаатар хот\nХӨДӨЛМӨРИЙН ТУХАЙ ХУУЛЬ (шинэчилсэн "
         "найруулга)\nНЭГДҮГЭЭР БҮЛЭГ\n",
         "ХӨДӨЛМӨРИЙН ТУХАЙ ХУУЛЬ"},
        {"МОНГОЛ УЛСЫН ХУУЛЬ\n2004 оны 4 дүгээр сарын 30-ны өдөр\nУлаанбаатар хот\nДААТГАЛЫН ТУХАЙ (ШИНЭЧИЛСЭН "
         "НАЙРУУЛГА)\nНЭГДҮГЭЭР БҮЛЭГ\n",
         "ДААТГАЛЫН ТУХАЙ"},
        {"МОНГОЛ УЛСЫН ХУУЛЬ\n1999 оны 5 дугаар сарын 14\nУлаанбаатар хот\nХӨДӨЛМӨРИЙН\nТУХАЙ\nНЭГДҮГЭЭР БҮЛЭГ\n",
         "ХӨДӨЛМӨРИЙН ТУХАЙ"},
        {"Монгол Улсын хууль\n1999 оны 5 дугаар сарын 14\nУлаанбаатар хот\nХөдөлмөрийн тухай\nНэгдүгээр бүлэг\n",
         "Хөдөлмөрийн тухай"},
        {"МОНГОЛ УЛСЫН ХУУЛЬ\n2001 оны 1 сарын 2\nУлаанбаатар хот\nНЭГДҮГЭЭР БҮЛЭГ\n", NULL},
        /* A copy without its header line: the day and the place above the
         * name are not the name (the day was the title). */
        {"\n2015 оны 8 дугаар сарын 7-ны өдөр\nУлаанбаатар хот\n\nЗАГАС АГНАХ ТУХАЙ\n1 дүгээр зүйл. Хуулийн зорилт\n",
         "ЗАГАС АГНАХ ТУХАЙ"},
        {"2015 оны 8 дугаар сарын 7-ны өдөр\nЗАГАС АГНАХ ТУХАЙ\n1 дүгээр зүйл. Хуулийн зорилт\n", "ЗАГАС АГНАХ ТУХАЙ"},
        /* The header spaced out, and the name too (the real Concessions
         * and Water laws' copies): titled by the name, one space a gap. */
        {"МОНГОЛ  УЛСЫН  ХУУЛЬ\n2010 оны 1 дүгээр сарын 28-ны өдөр\nУлаанбаатар хот\n\nУСНЫ  ТУХАЙ\n", "УСНЫ ТУХАЙ"},
        /* A report dated above a heading in capitals is no statute. */
        {"2015 оны 8 дугаар сарын 7-ны өдөр\nУлаанбаатар хот\nТАЙЛАН\nЭнэ тайланд ...\n", NULL},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(table); i++) {
        char **lines = g_strsplit(table[i].text, "\n", -1);
        char *t = ix_statute_title(lines);
        g_assert_cmpstr(t, ==, table[i].title);
        g_free(t);
        g_strfreev(lines);
    }
}

static void
test_type_heuristics(void)
{
    g_assert_cmpstr(ix_detect_type(patterns(), "Just a news story about labour migration.\n", NULL), ==, "other");
    g_assert_cmpstr(ix_detect_type(patterns(), "Article 1. A\nArticle 2. B\nArticle 3. C\n", NULL), ==, "code");
    g_assert_cmpstr(ix_detect_type(patterns(), "Article 1. A\nArticle 2. B\n", NULL), ==, "other");
    /* A statute of one or two articles is a statute: its header says so
     * ("МОНГОЛ УЛСЫН ХУУЛЬ" over its name, or its name over the day it was
     * adopted), whatever its length. */
    g_assert_cmpstr(ix_detect_type(patterns(),
                                   "МОНГОЛ УЛСЫН ХУУЛЬ\n\n2011 оны 3 дугаар сарын 4-ний өдөр\nУлаанбаатар хот\n\n"
                                   "ЗАГАСНЫ НӨӨЦИЙН ТУХАЙ\n\n1 дүгээр зүйл.Загасны нөөц\n\n1.1.Нөөцийг хамгаална.\n",
                                   NULL),
                    ==, "code");
    g_assert_cmpstr(ix_detect_type(patterns(),
                                   "ТЭМЭЭНИЙ ТУХАЙ ХУУЛЬ\n2009.11.20\n\n1 дүгээр зүйл.Зорилго\n1.1.Тэмээ.\n"
                                   "2 дугаар зүйл.Хүчин төгөлдөр болох\n2.1.Энэ хуулийг баталсан өдрөөс дагаж мөрдөнө.\n",
                                   NULL),
                    ==, "code");
    /* A letter quoting one article, with no statute's header, is not. */
    g_assert_cmpstr(ix_detect_type(patterns(),
                                   "Тайлбар бичиг\n\nДараах заалтыг анхаарна уу:\n1 дүгээр зүйл.Зорилго\n1.1.Тэмээ.\n",
                                   NULL),
                    ==, "other");
    /* The header without any article is a statute's cover, not one. */
    g_assert_cmpstr(ix_detect_type(patterns(), "МОНГОЛ УЛСЫН ХУУЛЬ\n\n2011 оны 3 дугаар сарын 4-ний өдөр\n\n"
                                               "ЗАГАСНЫ НӨӨЦИЙН ТУХАЙ\n\nУдиртгал.\n", NULL),
                    ==, "other");
    /* A decision-type heading without a case number is not enough. */
    g_assert_cmpstr(ix_detect_type(patterns(), "ТОГТООЛ\nбусад зүйл\n", NULL), ==, "other");
    /* The court and the type on one line, in capitals, is a decision's
     * heading; a sentence naming a court's decision is not. */
    g_assert_cmpstr(ix_detect_type(patterns(),
                                   "ЧИНГЭЛТЭЙ ДҮҮРГИЙН ЭРҮҮГИЙН ХЭРГИЙН АНХАН ШАТНЫ ШҮҮХИЙН ШИЙТГЭХ ТОГТООЛ\n"
                                   "2025 оны 7 дугаар сарын 8-ны өдөр Дугаар 2025/ШЦТ/390 Улаанбаатар хот\n",
                                   NULL),
                    ==, "decision");
    g_assert_cmpstr(ix_detect_type(patterns(),
                                   "НИЙСЛЭЛИЙН ЭРҮҮГИЙН ХЭРГИЙН ДАВЖ ЗААЛДАХ ШАТНЫ ШҮҮХИЙН МАГАДЛАЛ\n"
                                   "2025 оны 6 дугаар сарын 24-ний өдөр, Дугаар 2025/ДШМ/412\n",
                                   NULL),
                    ==, "decision");
    g_assert_cmpstr(ix_detect_type(patterns(),
                                   "Анхан шатны шүүхийн шийтгэх тогтоол 2025/ШЦТ/390-ийг судлав.\nбусад зүйл\n", NULL),
                    ==, "other");
    g_assert_cmpstr(ix_court_level(patterns(), "Монгол Улсын Дээд шүүх"), ==, "supreme");
    g_assert_cmpstr(ix_court_level(patterns(), "The Court of Appeal of England and Wales (Civil Division)"), ==,
                    "appeal");
    g_assert_null(ix_court_level(patterns(), "Parliament"));
}

static void
test_statute_adoption_day(void)
{
    /* The header's date line, a note between it and the header aside. */
    char *d = ix_statute_date("Төлөв: Хүчингүй болсон (2022 оны 1 дүгээр сарын 1)\n\nМОНГОЛ УЛСЫН ХУУЛЬ\n\n"
                              "/Энэ хуулийг 2016 оны 2 дугаар сарын 4-ний өдрийн хуулиар хүчингүй болсонд тооцсон/\n\n"
                              "1998 оны 5 дугаар сарын 7-ны өдөр\nУлаанбаатар хот\n\nАРИУН ЦЭВРИЙН ТУХАЙ\n");
    g_assert_cmpstr(d, ==, "1998-05-07");
    g_free(d);
    /* The name in capitals over a dotted date, with no header. */
    d = ix_statute_date("ЭРҮҮГИЙН ХУУЛЬ\n2002.01.03\n\n113 дугаар зүйл.Хүн худалдаалах\n");
    g_assert_cmpstr(d, ==, "2002-01-03");
    g_free(d);
    /* No header: no adoption day, whatever dates the text holds. */
    g_assert_null(ix_statute_date("Тайлан\n2019 оны 3 дугаар сарын 1-ний өдөр\n"));
    /* The header over its name, undated: none. */
    g_assert_null(ix_statute_date("МОНГОЛ УЛСЫН ХУУЛЬ\n\nЗАГАСНЫ ТУХАЙ\n\n1 дүгээр зүйл.Зорилт\n"));
    /* No "МОНГОЛ УЛСЫН ХУУЛЬ", the day and the city above the name (the
     * real Economic Transparency Law: as a PDF, with no other date read
     * for a statute, it had none). */
    d = ix_statute_date("2015 оны 8 дугаар сарын 7-ны өдөр\nУлаанбаатар хот\nЭДИЙН ЗАСГИЙН ИЛ ТОД БАЙДЛЫГ ДЭМЖИХ "
                        "ТУХАЙ\n1 дүгээр зүйл. Хуулийн зорилт\n");
    g_assert_cmpstr(d, ==, "2015-08-07");
    g_free(d);
    /* A saved page's dated banner above the header is not the law's day. */
    g_assert_null(ix_statute_date("2023 оны 5 дугаар сарын 1-ний өдөр\nМОНГОЛ УЛСЫН ХУУЛЬ\n\nЗАГАСНЫ ТУХАЙ\n\n"
                                  "1 дүгээр зүйл.Зорилт\n"));
}

/* Articles numbered with a flattened superscript (demonstration
 * statutes): a run the text starts at ² because its ¹ is lost ("27, 272,
 * 273, 274, 28": 27², 27³, 27⁴), and one number given twice, a repealed
 * marker then the article added anew ("13, 131, 131, 14": 13¹ both); "11"
 * between 10 and 12, and "22" after 2 with 24 next, stay as they are. */
static void
test_flattened_superscripts_runs(void)
{
    static const struct {
        const char *text, *want;
    } cases[] = {
        {"27 дугаар зүйл.Хороо\n\n27.1.Хороо байна.\n\n272 дугаар зүйл.Зөвлөл\n\n272.1.Зөвлөл байна.\n\n"
         "273 дугаар зүйл.Бодлогын хороо\n\n273.1.Хороо байна.\n\n274 дүгээр зүйл.Хяналт\n\n274.1.Хянана.\n\n"
         "28 дугаар зүйл.Ерөнхийлөгч\n\n28.1.Ерөнхийлөгч байна.\n",
         "27 27^2 27^3 27^4 28"},
        {"13 дугаар зүйл.Бүрэн эрх\n\n13.1.Эрхтэй.\n\n131 дүгээр зүйл.Хүчингүй\n\n131 дүгээр зүйл.Байгууллага\n\n"
         "131.1.Байгууллага байна.\n\n14 дүгээр зүйл.Хурал\n\n14.1.Хурал байна.\n",
         "13 13^1 13^1 14"},
        {"10 дугаар зүйл.Арав\n\n10.1.Арав.\n\n11 дүгээр зүйл.Арван нэг\n\n11.1.Арван нэг.\n\n"
         "12 дугаар зүйл.Арван хоёр\n\n12.1.Арван хоёр.\n",
         "10 11 12"},
        {"2 дугаар зүйл.Хоёр\n\n2.1.Хоёр.\n\n22 дугаар зүйл.Хорин хоёр\n\n22.1.Хорин хоёр.\n\n"
         "24 дүгээр зүйл.Хорин дөрөв\n\n24.1.Хорин дөрөв.\n",
         "2 22 24"},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        zr_doc *doc = ix_doc_new();
        doc->type = g_strdup("code");
        ix_segment_articles(patterns(), doc, cases[i].text, NULL, 0);
        ix_key_flattened_superscripts(doc);
        GString *got = g_string_new(NULL);
        for (guint k = 0; k < doc->units->len; k++) {
            const zr_unit *u = g_ptr_array_index(doc->units, k);
            if (u->provision != NULL && g_strcmp0(u->kind, "article") == 0)
                g_string_append_printf(got, "%s%s", got->len ? " " : "", u->provision);
        }
        g_assert_cmpstr(got->str, ==, cases[i].want);
        g_string_free(got, TRUE);
        ix_doc_free(doc);
    }
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/structure/criminal-code-has-287-articles", test_criminal_code_has_287_articles);
    g_test_add_func("/structure/articles-get-the-page-of-their-heading", test_articles_get_the_page_of_their_heading);
    g_test_add_func("/structure/decision-header-fields", test_decision_header_fields);
    g_test_add_func("/structure/decision-of-the-2002-code", test_decision_of_the_2002_code);
    g_test_add_func("/structure/case-number-series-snapped", test_case_number_series_snapped);
    g_test_add_func("/structure/decision-people-and-sentence", test_decision_people_and_sentence);
    g_test_add_func("/structure/court-names-normalised", test_court_names_normalised);
    g_test_add_func("/structure/decision-date-is-never-a-birth", test_decision_date_is_never_a_birth);
    g_test_add_func("/structure/court-is-the-name-alone", test_court_is_the_name_alone);
    g_test_add_func("/structure/parts-and-word-numbered-articles", test_parts_and_word_numbered_articles);
    g_test_add_func("/structure/wrapped-and-centred-headings", test_wrapped_and_centred_headings);
    g_test_add_func("/structure/mn-ordinal-suffix-table", test_mn_ordinal_suffix_table);
    g_test_add_func("/structure/inserted-provisions-are-their-own", test_inserted_provisions_are_their_own);
    g_test_add_func("/structure/lookalike-digits-number-articles", test_lookalike_digits_number_articles);
    g_test_add_func("/structure/items-the-sequence-expects", test_items_the_sequence_expects);
    g_test_add_func("/structure/headings-on-a-chapter-line", test_headings_on_a_chapter_line);
    g_test_add_func("/structure/dates-in-corpus-spellings", test_dates_in_corpus_spellings);
    g_test_add_func("/structure/type-heuristics", test_type_heuristics);
    g_test_add_func("/structure/statute-titles", test_statute_titles);
    g_test_add_func("/structure/statute-adoption-day", test_statute_adoption_day);
    g_test_add_func("/structure/flattened-superscripts-runs", test_flattened_superscripts_runs);
    return g_test_run();
}
