/* test_amendment.c — statutes' notes read and attached, on the corpus's own
 * spellings and on the real 2015 Criminal Code.
 *
 * Proves: every form of note the statutes use reads into its scope,
 * wholeness, numbers and dated changes (typos, missing spaces, chained
 * changes, the Constitutional Court, notes stating no change); article
 * 6.11 of the Criminal Code is repealed on 2017-05-11 (in force to
 * 2017-05-10); article 5.4 stays in force with its dated history and its
 * part 3 repealed; no note is left in any unit's text; a repealed part's
 * words are not among those searched; the history survives the record.
 *
 * Not for: search and pages (t72-amendments.sh, the browser test).
 */
#include <glib.h>
#include <string.h>

#include "tests/unit/test_context.h"
#include "core/analysis.h"
#include "core/record.h"
#include "indexer/amendments.h"
#include "indexer/document.h"
#include "indexer/lawstatus.h"
#include "indexer/structure.h"
#include "indexer/unitdoc.h"
#include "legal/amendment.h"

#define CODE_PATH "../shared/corpus/mn/law/eruugiin_khuuli_2015.txt"

/* The one note of `text`. */
static zl_note *
one_note(const char *text)
{
    zl_reader *r = zl_reader_new();
    GPtrArray *notes = zl_find_notes(r, text);
    if (notes->len != 1)
        g_error("%u notes in: %s", notes->len, text);
    zl_note *n = g_ptr_array_steal_index(notes, 0);
    g_ptr_array_unref(notes);
    zl_reader_free(r);
    return n;
}

/* Checks a note: scope, whole, refs ("" none, else comma-joined) and
 * events ("date change; …" in order). */
static void
check(const char *text, zl_scope scope, bool whole, const char *refs, const char *events)
{
    zl_note *n = one_note(text);
    GString *r = g_string_new(NULL), *e = g_string_new(NULL);
    for (guint i = 0; i < n->refs->len; i++)
        g_string_append_printf(r, "%s%s", i ? "," : "", (char *)g_ptr_array_index(n->refs, i));
    for (guint i = 0; i < n->events->len; i++) {
        const zl_event *ev = &g_array_index(n->events, zl_event, i);
        g_string_append_printf(e, "%s%s %s", i ? "; " : "", ev->date, zl_change_name(ev->change));
    }
    if (n->scope != scope || n->whole != whole || strcmp(r->str, refs) != 0 || strcmp(e->str, events) != 0)
        g_error("%s\n  got %s whole=%d refs=[%s] events=[%s]", text, zl_scope_name(n->scope), n->whole, r->str,
                e->str);
    g_string_free(r, TRUE);
    g_string_free(e, TRUE);
    zl_note_free(n);
}

static void
test_note_forms(void)
{
    check("/Энэ зүйлийг 2017 оны 5 дугаар сарын 11-ний өдрийн хуулиар хүчингүй болсонд тооцсон/",
          ZL_SCOPE_ARTICLE, true, "", "2017-05-11 repealed");
    check("/Энэ хэсэгт 2017 оны 5 дугаар сарын 11-ний өдрийн хуулиар нэмэлт оруулсан/", ZL_SCOPE_PART, true, "",
          "2017-05-11 amended");
    check("/Энэ заалтыг 2012 оны 01 сарын 19 өдрийн хуулиар нэмсэн/", ZL_SCOPE_POINT, true, "", "2012-01-19 added");
    check("/Энэ дэд заалтыг 2016 оны 5 дугаар сарын 5-ны өдрийн хуулиар хүчингүй болсонд тооцсон/",
          ZL_SCOPE_SUBPOINT, true, "", "2016-05-05 repealed");
    check("/Энэ хэсгийг 2003 оны 5 дугаар сарын 15-ны өдрийн хуулиар өөрчлөн найруулсан/", ZL_SCOPE_PART, true, "",
          "2003-05-15 restated");
    /* A unit named by its number in quotes (../shared's Banking Law): that
     * number, not the point the note follows; a quoted number in words
     * changed ("“5” гэснийг") is none. */
    check("/Энэ \"6.2.7\" гэсэн заалтыг 2018 оны 01 дүгээр сарын 18-ны өдрийн хуулиар хассан. /", ZL_SCOPE_POINT,
          true, "6.2.7", "2018-01-18 repealed");
    check("/Энэ “6.2.7” гэсэн заалтыг 2018 оны 01 дүгээр сарын 18-ны өдрийн хуулиар хассан/", ZL_SCOPE_POINT, true,
          "6.2.7", "2018-01-18 repealed");
    check("/Энэ хэсгийн “5” гэснийг 2018 оны 01 дүгээр сарын 18-ны өдрийн хуулиар “10” гэж өөрчилсөн/",
          ZL_SCOPE_PART, false, "", "2018-01-18 amended");
    /* Words, a heading, a number: an amendment whatever the verb. */
    check("/Энэ хэсгийн “шүүх бүрэлдэхүүнд” гэснийг Үндсэн хуулийн цэцийн 2014 оны 01 дүгээр тогтоолоор хүчингүй "
          "болгосон/",
          ZL_SCOPE_PART, false, "", "2014 repealed");
    check("/Энэ зүйлийн гарчигт 2017 оны 5 дугаар сарын 11-ний өдрийн хуулиар өөрчлөлт оруулсан/", ZL_SCOPE_ARTICLE,
          false, "", "2017-05-11 amended");
    check("/Энэ заалтын дугаарт 2015 оны 2 дугаар сарын 18-ны өдрийн хуулиар өөрчлөлт оруулсан/", ZL_SCOPE_POINT,
          false, "", "2015-02-18 amended");
    /* Several dates of one change; a chain of changes. */
    check("/Энэ хэсэгт 2012 оны 5 дугаар сарын 17-ны өдрийн хууль, 2015 оны 1 дүгээр сарын 30-ны өдрийн хуулиар "
          "өөрчлөлт оруулсан/",
          ZL_SCOPE_PART, true, "", "2012-05-17 amended; 2015-01-30 amended");
    check("/Энэ бүлгийг 2002 оны 12 дугаар сарын 12-ны өдрийн хуулиар нэмсэн, 2011 оны 10 дугаар сарын 27-ны "
          "өдрийн хуулиар хүчингүй болсонд тооцсон/",
          ZL_SCOPE_CHAPTER, true, "", "2002-12-12 added; 2011-10-27 repealed");
    /* Numbers named. */
    check("/Дээрх 401дүгээр зүйлийг 2014 оны 05 дугаар сарын 15-ны өдрийн хуулиар нэмсэн/", ZL_SCOPE_ARTICLE, true,
          "401", "2014-05-15 added");
    check("/Дээрх 3.1.12-3.1.14 дахь заалтыг 2007 оны 11 дүгээр сарын 15-ны өдрийн хуулиар нэмсэн/", ZL_SCOPE_POINT,
          true, "3.1.12,3.1.13,3.1.14", "2007-11-15 added");
    check("/Энэ хэсгийн 5.8 дахь заалтад 2010 оны 5 дугаар сарын 20-ны өдрийн хуулиар өөрчлөлт оруулсан/",
          ZL_SCOPE_POINT, true, "5.8", "2010-05-20 amended");
    /* The corpus's slips: no spaces, a misspelt ordinal, a lost opening slash. */
    check("/Энэхэсэгт2002 оны 12 дугаар сарын 06-ны өдрийн хуулиар өөрчлөлт орсон/", ZL_SCOPE_PART, true, "",
          "2002-12-06 amended");
    check("/Энэ хэсэгт 2016 оны 4 дгээр сарын 14-ний өдрийн хууиар өөрчлөлт оруулсан/", ZL_SCOPE_PART, true, "",
          "2016-04-14 amended");
    check("Энэ хэсэгт 2016 оны 7 дугаар сарын 21-ний өдрийн хуулиар өөрчлөлт оруулсан/", ZL_SCOPE_PART, true, "",
          "2016-07-21 amended");
    /* A change from a day is dated by that day, not by the law that made
     * it; a misspelt "сарынн"; a note that ends "хүчингүй". */
    check("/Энэ зүйлийг 2016 оны 6 дугаар сарын 9-ний өдрийн хуулиар 2018 оны 1 дүгээр сарын 1-ний өдрөөс эхлэн "
          "хүчингүй болсонд тооцсон/",
          ZL_SCOPE_ARTICLE, true, "", "2018-01-01 repealed");
    check("/Энэ зүйлийг 2018 оны 1 дүгээр сарын 1-ний өдрөөс эхлэн хүчингүй болсонд тооцсон/", ZL_SCOPE_ARTICLE, true,
          "", "2018-01-01 repealed");
    check("/Энэ заалтыг 2017 оны 5 дугаар сарынн 18-ны өдрийн хуулиар хүчингүй болсонд тооцсон/", ZL_SCOPE_POINT,
          true, "", "2017-05-18 repealed");
    check("/Энэ хэсгийг 2004 оны 5 дугаар сарын 7-ны өдрийн хуулиар хүчингүй/", ZL_SCOPE_PART, true, "",
          "2004-05-07 repealed");
    /* "… бөгөөд үүнийг … өдрөөс эхлэн дагаж мөрдөнө": the change is dated
     * by the day it applies from, for any verb; a day it applies "before"
     * (өмнө) is no such day. */
    check("/Энэ заалтыг 2014 оны 7 дугаар сарын 1-ний өдрийн хуулиар хүчингүй болсонд тооцохоор заасан бөгөөд "
          "үүнийг 2015 оны 1 дүгээр сарын 1-ний өдрөөс эхлэн дагаж мөрдөнө/",
          ZL_SCOPE_POINT, true, "", "2015-01-01 repealed");
    check("/Энэ хэсгийг 2017 оны 5 дугаар сарын 11-ний өдрийн хуулиар хүчингүй болсонд тооцсон бөгөөд 2018 оны 1 "
          "дүгээр сарын 1-ний өдрөөс эхлэн дагаж мөрдөнө/",
          ZL_SCOPE_PART, true, "", "2018-01-01 repealed");
    check("/Энэ хэсгийг 2017 оны 12 дугаар сарын 07-ны өдрийн хуулиар нэмсэн бөгөөд 2019 оны 01 дүгээр сарын 01-ний "
          "өдрөөс эхлэн дагаж мөрдөнө/",
          ZL_SCOPE_PART, true, "", "2019-01-01 added");
    check("/Энэ хэсэгт 2017 оны 01 дүгээр сарын 26-ны өдрийн хуулиар өөрчлөлт орсон Тайлбар: Энэ хэсэгт оруулсан "
          "өөрчлөлт нь 2017 оны 06 дугаар сарын 01-ний өдрөөс өмнө томилогдсон ажилтанд хамаарахгүй/",
          ZL_SCOPE_PART, false, "", "2017-01-26 amended");
    /* An amendment repealed is no repeal of the part: an amendment on the
     * day it was repealed; the date naming the amendment is no change. */
    check("/Энэ хэсэгт 2016 оны 2 дугаар сарын 05-ны өдрийн хуулиар өөрчлөлт оруулсан ба 2016 оны 2 дугаар сарын "
          "5-ны өдрийн хуулиар оруулсан өөрчлөлтийг 2017 оны 4 дүгээр сарын 14-ний өдрийн хуулиар хүчингүй болсонд "
          "тооцсон/",
          ZL_SCOPE_PART, true, "", "2016-02-05 amended; 2017-04-14 amended");
    /* Days written otherwise: with dots or slashes, the month in words,
     * "оны" twice or misspelt; a Latin y for ү (normalised to у). */
    check("/Энэ хэсгийг 2017.05.11-ний өдрийн хуулиар хүчингүй болсонд тооцсон/", ZL_SCOPE_PART, true, "",
          "2017-05-11 repealed");
    check("/Энэ хэсгийг 2017/05/11-ний өдрийн хуулиар хүчингүй болсонд тооцсон/", ZL_SCOPE_PART, true, "",
          "2017-05-11 repealed");
    check("/Энэ хэсгийг 2017 оны тавдугаар сарын 11-ний өдрийн хуулиар хүчингүй болсонд тооцсон/", ZL_SCOPE_PART,
          true, "", "2017-05-11 repealed");
    check("/Энэ заалтыг 2016 оны арван хоёрдугаар сарын 1-ний өдрийн хуулиар нэмсэн/", ZL_SCOPE_POINT, true, "",
          "2016-12-01 added");
    check("/Энэ хэсгийг 2014 оны оны 10 дугаар сарын 31-ний өдрийн хуулиар хүчингүй болсонд тооцсон бөгөөд үүнийг "
          "2015 оны 1 дүгээр сарын 1-ний өдрөөс эхлэн дагаж мөрдөнө/",
          ZL_SCOPE_PART, true, "", "2015-01-01 repealed");
    check("/Энэ заалтыг 2011 оын 05 дугаар сарын 26-ны өдрийн хуулиар өөрчлөн найруулсан/", ZL_SCOPE_POINT, true, "",
          "2011-05-26 restated");
    check("/Энэ хэсгийг 2017 оны 5 дугаар сарын 11-ний өдрийн хуулиар хүчингуй болсонд тооцсон/", ZL_SCOPE_PART,
          true, "", "2017-05-11 repealed");
    /* A change by a law whose day cannot be read is kept, undated. */
    check("/Энэ хэсгийг 2017 оны хуулиар хүчингүй болсонд тооцсон/", ZL_SCOPE_PART, true, "", " repealed");
    /* A suspension, of the part or of words of it, from its first day,
     * and its end: the part applies again on the day named "хүртэл". */
    check("/Энэ хэсгийн үйлчлэлийг 2025 оны 1 дүгээр сарын 1-ний өдрөөс 2027 оны 12 дугаар сарын 31-ний өдөр хүртэл "
          "түдгэлзүүлсэн/",
          ZL_SCOPE_PART, false, "", "2025-01-01 suspended; 2027-12-31 resumed");
    /* "хэсгийн" slipped for "хэсгийг": the genitive names nothing of the
     * part before the date, and the verb repeals a unit: the part is
     * repealed.  Words of it, or its suspension, stay partial. */
    check("/Энэ хэсгийн 2015 оны 11 дүгээр сарын 10-ны өдрийн хуулиар хүчингүй болсонд тооцсон/", ZL_SCOPE_PART,
          true, "", "2015-11-10 repealed");
    check("/Энэ заалтын 2019 оны 3 дугаар сарын 4-ний өдрийн хуулиар хүчингүй болгосон/", ZL_SCOPE_POINT, true, "",
          "2019-03-04 repealed");
    check("/Энэ хэсгийн “нэг” гэснийг 2015 оны 11 дүгээр сарын 10-ны өдрийн хуулиар хүчингүй болсонд тооцсон/",
          ZL_SCOPE_PART, false, "", "2015-11-10 repealed");
    check("/Энэ хэсгийн сүүлийн заалтыг 2015 оны 11 дүгээр сарын 10-ны өдрийн хуулиар хүчингүй болсонд тооцсон/",
          ZL_SCOPE_PART, false, "", "2015-11-10 repealed");
    /* A sentence's number is not a part's. */
    check("/Энэ хэсгийн 2 дахь өгүүлбэрийг 2009 оны 7 дугаар сарын 9-ний өдрийн хуулиар хассан/", ZL_SCOPE_PART, false,
          "", "2009-07-09 repealed");
    /* The act; a unit's own start (not law before it: added on it, where
     * until probe L30 it was no change at all). */
    check("/Шинэчилсэн найруулга/", ZL_SCOPE_ACT, true, "", " restated");
    check("/Энэ хуульд 2017 оны 5 дугаар сарын 11-ний өдрийн хуулиар өөрчлөлт оруулсан/", ZL_SCOPE_ACT, true, "",
          "2017-05-11 amended");
    check("/Энэ заалтыг 2015 оны 1 дүгээр сарын 1-ний өдрөөс эхлэн дагаж мөрдөнө/", ZL_SCOPE_POINT, true, "",
          "2015-01-01 added");
    /* A Court's resolution by its year and number; a restatement it
     * annulled (the part stands in its wording before: an amendment of it,
     * never its repeal) and one made again. */
    check("/Энэ хэсгийг 1999 оны 12 дугаар сарын 24-ний өдөр батлагдсан Монгол Улсын Үндсэн хуульд оруулсан нэмэлт, "
          "өөрчлөлтөөр өөрчлөн найруулсан бөгөөд Үндсэн Хуулийн Цэцийн 2000 оны 04 дугаар тогтоолоор хүчингүй "
          "болсон. Мөн 2000 оны 12 дугаар сарын 07-ний өдөр батлагдсан Монгол Улсын Үндсэн хуульд оруулсан нэмэлт, "
          "өөрчлөлтөөр өөрчлөн найруулсан/",
          ZL_SCOPE_PART, true, "", "1999-12-24 restated; 2000 amended; 2000-12-07 restated");
    /* A Court's resolution making the provision void ("Энэ заалтыг …
     * хүчингүй болгосон", the note's object taken by the transitive verb),
     * a comma after the restatement, is the provision's repeal (probe L4
     * F7: decided by the words, not taken for the "бөгөөд … хүчингүй
     * болсон" above, which annuls the restatement). */
    check("/Энэ заалтыг 2014 оны 11 дүгээр сарын 21-ний өдрийн хуулиар өөрчлөн найруулсан, Үндсэн хуулийн цэцийн "
          "2015 оны 10 дугаар сарын 28-ны өдрийн 06 дугаар тогтоолоор хүчингүй болгосон/",
          ZL_SCOPE_POINT, true, "", "2014-11-21 restated; 2015-10-28 repealed");
    /* A law's repeal after a restatement is the part's. */
    check("/Энэ хэсгийг 2005 оны 1 дүгээр сарын 6-ны өдрийн хуулиар өөрчлөн найруулсан бөгөөд 2010 оны 5 дугаар сарын "
          "13-ны өдрийн хуулиар хүчингүй болсонд тооцсон/",
          ZL_SCOPE_PART, true, "", "2005-01-06 restated; 2010-05-13 repealed");
}

/* What a note's events mean: a suspension stays one; a change of the
 * number is a renumbering, which no repeal is. */
static void
test_effective_changes(void)
{
    zl_note *n = one_note("/Энэ хэсгийн үйлчлэлийг 2025 оны 1 дүгээр сарын 1-ний өдрөөс 2027 оны 12 дугаар сарын "
                          "31-ний өдөр хүртэл түдгэлзүүлсэн/");
    g_assert_cmpint(zl_effective_change(n, &g_array_index(n->events, zl_event, 0)), ==, ZL_CHANGE_SUSPENDED);
    zl_note_free(n);
    n = one_note("/Энэ хэсгийн дугаарыг 2003 оны 5 дугаар сарын 30-ны өдрийн хуулиар өөрчилсөн./");
    g_assert_true(n->number);
    g_assert_cmpint(zl_effective_change(n, &g_array_index(n->events, zl_event, 0)), ==, ZL_CHANGE_RENUMBERED);
    zl_note_free(n);
    n = one_note("/Энэ хэсэгт 2016 оны 2 дугаар сарын 4-ний өдрийн хуулиар “10 дугаар” гэснийг өөрчилсөн/");
    g_assert_false(n->number); /* the quoted words are blanked */
    zl_note_free(n);
    n = one_note("/Энэ хэсгийг 2017 оны хуулиар хүчингүй болсонд тооцсон/");
    g_assert_true(n->undated);
    zl_note_free(n);
}

/* The effective changes of a note, "date change; …". */
static char *
effective(const char *text)
{
    zl_note *n = one_note(text);
    GString *e = g_string_new(NULL);
    for (guint i = 0; i < n->events->len; i++) {
        const zl_event *ev = &g_array_index(n->events, zl_event, i);
        g_string_append_printf(e, "%s%s %s", i ? "; " : "", ev->date, zl_change_name(zl_effective_change(n, ev)));
    }
    zl_note_free(n);
    return g_string_free(e, FALSE);
}

/* A note of several clauses (demonstration notes in the statutes'
 * shapes): each clause's own words decide its change.  A number changed
 * then the part repealed is a repeal; a number changed then the part
 * restated is a restatement; the Court striking some words, then a law
 * repealing the part, a repeal; the part restated, then words of it
 * changed, a restatement and an amendment. */
static void
test_clauses_decide_their_own_change(void)
{
    static const struct {
        const char *note, *want;
    } cases[] = {
        {"/Энэ хэсгийн дугаарыг 2001 оны 3 дугаар сарын 5-ны өдрийн хуулиар өөрчилсөн, энэ хэсгийг 2012 оны 4 "
         "дүгээр сарын 9-ний өдрийн хуулиар хүчингүй болсонд тооцсон/",
         "2001-03-05 renumbered; 2012-04-09 repealed"},
        {"/Энэ хэсгийн дугаарыг 2001 оны 3 дугаар сарын 5-ны өдрийн хуулиар өөрчилсөн, энэ хэсгийг 2012 оны 4 "
         "дүгээр сарын 9-ний өдрийн хуулиар өөрчлөн найруулсан/",
         "2001-03-05 renumbered; 2012-04-09 restated"},
        {"/Энэ хэсгийн зарим заалтыг Yндсэн хуулийн Цэцийн 2004 оны 2 дугаар сарын 11-ний өдрийн 03 дугаар "
         "тогтоолоор хүчингүй болгосон, энэ хэсгийг 2009 оны 6 дугаар сарын 18-ны өдрийн хуулиар хүчингүй болсонд "
         "тооцсон/",
         "2004-02-11 amended; 2009-06-18 repealed"},
        {"/Энэ заалтыг 2010 оны 1 дүгээр сарын 7-ны өдрийн хуулиар шинэчлэн найруулсан, энэ заалтын “хорин” "
         "гэснийг 2014 оны 5 дугаар сарын 2-ны өдрийн хуулиар “гучин” гэж өөрчилсөн/",
         "2010-01-07 restated; 2014-05-02 amended"},
        /* One clause: the note's reading, as before. */
        {"/Энэ хэсгийн дугаарыг 2001 оны 3 дугаар сарын 5-ны өдрийн хуулиар өөрчилсөн/", "2001-03-05 renumbered"},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *got = effective(cases[i].note);
        if (strcmp(got, cases[i].want) != 0)
            g_error("%s\n  got [%s], want [%s]", cases[i].note, got, cases[i].want);
        g_free(got);
    }
}

static void
test_not_notes(void)
{
    zl_reader *r = zl_reader_new();
    const char *texts[] = {
        "үйлдэл / эс үйлдэхүй/ хамаарна.",
        "а/ хууль батлах, нэмэлт, өөрчлөлт оруулах;",
        "1/3-аас доошгүй",
        "/ 1942 оны \"Эрүүгийн хууль\" -ийн 55-69, 137 дугаар зүйл;",
    };
    for (size_t i = 0; i < G_N_ELEMENTS(texts); i++) {
        GPtrArray *notes = zl_find_notes(r, texts[i]);
        if (notes->len != 0)
            g_error("a note found in: %s", texts[i]);
        g_ptr_array_unref(notes);
    }
    /* A note an amending law quotes is its words, no note. */
    GPtrArray *quoted = zl_find_notes(r, "1 дүгээр зүйл.Хуулийн 12.1 дэх хэсгийг хүчингүй болсонд тооцсугай.\n\n"
                                         "/Энэ хэсгийг 2017 оны 5 дугаар сарын 11-ний өдрийн хуулиар хүчингүй болсонд "
                                         "тооцсон/ гэсэн тэмдэглэгээг хуулийн эх бичвэрт хийсүгэй.\n");
    g_assert_cmpuint(quoted->len, ==, 0);
    g_ptr_array_unref(quoted);
    /* Brackets open a note only in words, and close on its line. */
    GPtrArray *bracketed = zl_find_notes(r, "Хураамжийг (2015 оны 1 дүгээр сарын 1-ний өдрөөс өмнө нэмсэн) төлнө.\n"
                                            "(Энэ хэсгийг 2017 оны 5 дугаар сарын 11-ний өдрийн хуулиар хүчингүй\n");
    g_assert_cmpuint(bracketed->len, ==, 0);
    g_ptr_array_unref(bracketed);
    /* Two notes back to back, and the slash of a letter item before one. */
    GPtrArray *two = zl_find_notes(r, "З/ /Энэ заалтыг 2003 оны 1 дүгээр сарын 2-ны өдрийн хуулиар хүчингүй "
                                      "болгосон//Энэ хэсэгт 2004 оны 1 дүгээр сарын 2-ны өдрийн хуулиар нэмэлт "
                                      "оруулсан/");
    g_assert_cmpuint(two->len, ==, 2);
    g_assert_cmpint(((zl_note *)g_ptr_array_index(two, 0))->start, ==, (int)strlen("З/ "));
    g_ptr_array_unref(two);
    zl_reader_free(r);
}

static void
test_day_before(void)
{
    char *d = zl_day_before("2017-05-11");
    g_assert_cmpstr(d, ==, "2017-05-10");
    g_free(d);
    d = zl_day_before("2008");
    g_assert_cmpstr(d, ==, "2007-12-31");
    g_free(d);
    d = zl_day_before("2016-03");
    g_assert_cmpstr(d, ==, "2016-02-29");
    g_free(d);
    g_assert_null(zl_day_before("soon"));
}

/* A note in brackets; a note wrapped over lines, as a PDF's narrow
 * column gives it, is one note and its text one line; the words after a
 * wrapped line are no note's. */
static void
test_note_shapes(void)
{
    check("(Энэ хэсгийг 2017 оны 5 дугаар сарын 11-ний өдрийн хуулиар хүчингүй болсонд тооцсон)", ZL_SCOPE_PART, true,
          "", "2017-05-11 repealed");
    check("/Энэ хэсгийг 2017 оны 5 дугаар\nсарын 11-ний өдрийн хуулиар хүчингүй болсонд\nтооцсон/", ZL_SCOPE_PART,
          true, "", "2017-05-11 repealed");
    zl_note *n = one_note("3.1.Шаргалжин бүртгэлийг хөтөлнө.\n/Энэ хэсгийг 2017 оны 5 дугаар сарын 11-ний өдрийн\n"
                          "хуулиар хүчингүй болсонд тооцсон/\n3.2.Бүртгэлийг нээлттэй байлгана.\n");
    g_assert_cmpstr(n->text, ==, "Энэ хэсгийг 2017 оны 5 дугаар сарын 11-ний өдрийн хуулиар хүчингүй болсонд тооцсон");
    g_assert_cmpint(n->end, ==, (int)strlen("3.1.Шаргалжин бүртгэлийг хөтөлнө.\n/Энэ хэсгийг 2017 оны 5 дугаар сарын "
                                            "11-ний өдрийн\nхуулиар хүчингүй болсонд тооцсон/"));
    zl_note_free(n);
    /* A wrapped note closed before a list's comma (the real Public Holidays
     * Law's 5.1.16 as a PDF: its repeal was lost and the point shown in
     * force). */
    check("/Энэ заалтыг 2012 оны 11 дүгээр сарын 08-ны өдрийн хуулиар нэмсэн, 2016 оны 11\nдүгээр сарын 18-ны өдрийн "
          "хуулиар хүчингүй болсонд тооцсон/,",
          ZL_SCOPE_POINT, true, "", "2012-11-08 added; 2016-11-18 repealed");
    /* A wrapped note whose quotation of the words it changes goes on to a
     * line of its own that opens with a number (the real Court Decisions
     * Enforcement Law's 31.4 as a PDF: its suspension was lost). */
    check("/Шүүхийн шийдвэр гүйцэтгэх тухай хуулийн 31 дүгээр зүйлийн 31.4 дэх хэсэгт “... 31.1.2 ...” гэсэн нь Үндсэн "
          "хуулийн цэцийн 2018 оны 06 дугаар сарын 06-ны өдрийн 08 дугаар дүгнэлтээр 2018 оны 06 дугаар сарын 06-ны "
          "өдрөөс эхлэн түдгэлзүүлсэн./",
          ZL_SCOPE_PART, true, "31.4", "2018-06-06 suspended");
    check("/Шүүхийн шийдвэр гүйцэтгэх тухай хуулийн 31 дүгээр зүйлийн 31.4 дэх хэсэгт “...\n31.1.2 ...” гэсэн нь Үндсэн "
          "хуулийн цэцийн 2018 оны 06 дугаар сарын 06-ны өдрийн\n08 дугаар дүгнэлтээр 2018 оны 06 дугаар сарын 06-ны "
          "өдрөөс эхлэн\nтүдгэлзүүлсэн./",
          ZL_SCOPE_PART, true, "31.4", "2018-06-06 suspended");
    /* A note of five printed lines (the Constitution's on its 1999
     * amendment, annulled by the Court in 2000 and adopted again): every
     * event read, not the first line's alone. */
    check("/Энэ хэсгийг 1999 оны 12 дугаар сарын 24-ний өдөр батлагдсан Монгол Улсын\nҮндсэн хуульд оруулсан "
          "нэмэлт, өөрчлөлтөөр нэмсэн бөгөөд Үндсэн Хуулийн\nЦэцийн 2000 оны 02 дугаар тогтоолоор хүчингүй болсон. Мөн "
          "2000 оны 12 дугаар\nсарын 14-ний өдөр батлагдсан Монгол Улсын Үндсэн хуульд оруулсан нэмэлт,\nөөрчлөлтөөр "
          "нэмсэн/",
          ZL_SCOPE_PART, true, "", "1999-12-24 added; 2000 repealed; 2000-12-14 added");
    /* Its opening slash the last mark of a printed line, a space before it
     * (the Parliament procedure law's 32.6 as a PDF). */
    check("Хууль батална. /\nЭнэ заалтыг Үндсэн хуулийн цэцийн 2010 оны 6 дугаар сарын 9-ний өдрийн 02\nдугаар "
          "тогтоолоор хүчингүй болгосон ба 2009 оны 7 дугаар сарын 3-ны өдрийн\nхуулиар нэмэлт оруулсан. /",
          ZL_SCOPE_POINT, true, "", "2010-06-09 repealed; 2009-07-03 amended");
    /* A line of a numbered item, or a blank line, ends an unclosed note. */
    n = one_note("/Энэ хэсэгт 2005 оны 1 дүгээр сарын 27-ны өдрийн хуулиар өөрчлөлт оруулсан\n3.2.Бусад /заалт/.\n");
    g_assert_cmpstr(n->text, ==, "Энэ хэсэгт 2005 оны 1 дүгээр сарын 27-ны өдрийн хуулиар өөрчлөлт оруулсан");
    zl_note_free(n);
}

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

static zr_doc *
criminal_code(void)
{
    char *raw = NULL;
    if (!g_file_get_contents(CODE_PATH, &raw, NULL, NULL))
        return NULL;
    char *text = az_normalise(raw, -1);
    zr_doc *doc = ix_doc_new();
    doc->type = g_strdup("code");
    doc->date = g_strdup("2015-12-03");
    ix_segment_articles(ix_patterns_get(test_context()), doc, text, NULL, 0);
    ix_attach_amendments(ix_patterns_get(test_context()), doc, NULL, NULL);
    g_free(text);
    g_free(raw);
    return doc;
}

static void
test_criminal_code(void)
{
    zr_doc *doc = criminal_code();
    if (doc == NULL) {
        g_test_skip("reference corpus not found at " CODE_PATH);
        return;
    }
    /* 6.11 was repealed on 2017-05-11: in force to the day before. */
    const zr_unit *a = unit_with_provision(doc, "6.11");
    g_assert_cmpstr(a->status, ==, "repealed");
    g_assert_cmpstr(a->repealed_on, ==, "2017-05-11");
    g_assert_cmpstr(a->valid_to, ==, "2017-05-10");
    g_assert_cmpuint(a->amendments->len, ==, 1);
    const zr_amendment *ch = g_ptr_array_index(a->amendments, 0);
    g_assert_cmpstr(ch->change, ==, "repealed");
    g_assert_null(ch->part);
    g_assert_null(strstr(a->text, "хүчингүй болсонд тооцсон"));

    /* 5.4 lives, with its dated history: part 2 restated, part 3 repealed,
     * part 5 amended, all on 2017-05-11. */
    const zr_unit *b = unit_with_provision(doc, "5.4");
    g_assert_cmpstr(b->status, ==, "in_force");
    g_assert_null(b->repealed_on);
    g_assert_null(b->valid_to);
    g_assert_cmpuint(b->amendments->len, ==, 3);
    const char *want[][3] = {{"2017-05-11", "restated", "5.4.2"},
                             {"2017-05-11", "repealed", "5.4.3"},
                             {"2017-05-11", "amended", "5.4.5"}};
    for (guint i = 0; i < 3; i++) {
        const zr_amendment *x = g_ptr_array_index(b->amendments, i);
        g_assert_cmpstr(x->date, ==, want[i][0]);
        g_assert_cmpstr(x->change, ==, want[i][1]);
        g_assert_cmpstr(x->part, ==, want[i][2]);
    }
    const char *on = NULL;
    g_assert_true(zl_part_repealed(b, "5.4.3", &on, NULL));
    g_assert_cmpstr(on, ==, "2017-05-11");
    g_assert_false(zl_part_repealed(b, "5.4.2", NULL, NULL));
    /* The repealed part stays in the text (struck through on the pages)
     * but not in the text searched. */
    const char *gone = "нийт нэг зуун хориос дөрвөн зуун наян цагаар";
    g_assert_nonnull(strstr(b->text, gone));
    char *searched = zl_text_in_force(b, NULL);
    g_assert_nonnull(searched);
    g_assert_null(strstr(searched, gone));
    g_assert_nonnull(strstr(searched, "Нийтэд тустай ажил хийлгэх ял"));
    g_free(searched);
    /* ...and the text left out is the repealed part alone, with its key and
     * date: what the index keeps of it, apart from the article. */
    char *keys = NULL;
    const char *last = NULL;
    char *old = zl_text_repealed(b, &keys, &last, NULL);
    g_assert_nonnull(old);
    g_assert_nonnull(strstr(old, gone));
    g_assert_null(strstr(old, "5.4 дүгээр зүйл"));
    g_assert_cmpstr(keys, ==, "5.4.3");
    g_assert_cmpstr(last, ==, "2017-05-11");
    g_free(old);
    g_free(keys);
    /* A repealed article has no repealed part apart from itself. */
    g_assert_null(zl_text_repealed(a, NULL, NULL, NULL));

    /* 17.3's Тайлбар (returning the property exempted fraud) was repealed
     * on 2017-05-11: a part of its own, left out of the text searched,
     * the article and its part 3 in force. */
    const zr_unit *fraud = unit_with_provision(doc, "17.3");
    g_assert_cmpstr(fraud->status, ==, "in_force");
    g_assert_true(zl_part_repealed(fraud, "17.3 Тайлбар", &on, NULL));
    g_assert_cmpstr(on, ==, "2017-05-11");
    g_assert_false(zl_part_repealed(fraud, "17.3.3", NULL, NULL));
    char *living = zl_text_in_force(fraud, NULL);
    g_assert_nonnull(living);
    g_assert_null(strstr(living, "эргүүлэн өгсөн"));
    g_assert_nonnull(strstr(living, "зохион байгуулалттай гэмт бүлэг үйлдсэн"));
    g_free(living);
    char *struck = zl_text_repealed(fraud, &keys, &last, NULL);
    g_assert_true(g_str_has_prefix(struck, "Тайлбар"));
    g_assert_cmpstr(keys, ==, "17.3 Тайлбар");
    g_free(struck);
    g_free(keys);
    /* An amended Тайлбар stays in force (4.2's). */
    const zr_unit *four_two = unit_with_provision(doc, "4.2");
    g_assert_false(zl_part_repealed(four_two, "4.2 Тайлбар", NULL, NULL));
    g_assert_cmpstr(zl_last_change(four_two->amendments, "4.2 Тайлбар")->change, ==, "amended");

    /* No note is left in any text, and each lives on as history. */
    guint with_history = 0;
    for (guint i = 0; i < doc->units->len; i++) {
        const zr_unit *u = g_ptr_array_index(doc->units, i);
        if (strstr(u->text, "өдрийн хуулиар") != NULL)
            g_error("a note left in %s: %s", u->label, strstr(u->text, "өдрийн хуулиар"));
        with_history += u->amendments->len > 0;
    }
    g_assert_cmpuint(with_history, >, 100);

    /* The history survives the record. */
    GBytes *bytes = ix_unit_record(doc, b);
    gsize len = 0;
    const void *data = g_bytes_get_data(bytes, &len);
    GVariant *rec = zr_record_parse(data, len);
    g_assert_cmpstr(zr_record_str(rec, ZR_KEY_STATUS), ==, "in_force");
    GPtrArray *back = zr_history_parse(zr_record_str(rec, ZR_KEY_AMENDMENTS));
    g_assert_cmpuint(back->len, ==, 3);
    g_assert_cmpstr(((zr_amendment *)g_ptr_array_index(back, 1))->part, ==, "5.4.3");
    g_ptr_array_unref(back);
    g_variant_unref(rec);
    g_bytes_unref(bytes);
    ix_doc_free(doc);
}

/* A chapter's note: the chapter it opens or closes; "7/" points keyed
 * under their part, and lettered ones ("а/") by their letter, so a
 * point's note on a lettered point repeals that point, not its part. */
static void
test_small_statute(void)
{
    const char *text = "ТУРШИЛТЫН ТУХАЙ\n\n"
                       "НЭГДҮГЭЭР БҮЛЭГ\n\n"
                       "1 дүгээр зүйл.Зорилт\n\n"
                       "1.1.Энэ хуулийн зорилт.\n\n"
                       "2 дугаар зүйл.Нэр томьёо\n\n"
                       "2.1.Дараах нэр томьёог ойлгоно:\n\n"
                       "1/\"агаар\" гэж;\n\n"
                       "2/\"ус\" гэж;\n\n"
                       "/Энэ заалтыг 2005 оны 11 дүгээр сарын 18-ны өдрийн хуулиар хүчингүй болсонд тооцсон/\n\n"
                       "2.2.Бусад нэр томьёо:\n\n"
                       "а/\"газар\" гэж;\n\n"
                       "/Энэ заалтыг 2006 оны 1 дүгээр сарын 2-ны өдрийн хуулиар хүчингүй болсонд тооцсон/\n\n"
                       "ХОЁРДУГААР БҮЛЭГ\n\n"
                       "/Энэ бүлгийг 2008 оны 1 дүгээр сарын 31-ний өдрийн хуулиар нэмсэн/\n\n"
                       "3 дугаар зүйл.Эрх\n\n"
                       "3.1.Эрхтэй.\n\n"
                       "4 дүгээр зүйл.Үүрэг\n\n"
                       "4.1.Үүрэгтэй.\n\n"
                       "/Энэ хэсгийг 2010 оны 7 дугаар сарын 8-ны өдрийн хуулиар хүчингүй болсонд тооцсон/\n";
    zr_doc *doc = ix_doc_new();
    doc->type = g_strdup("code");
    ix_segment_articles(ix_patterns_get(test_context()), doc, text, NULL, 0);
    ix_attach_amendments(ix_patterns_get(test_context()), doc, NULL, NULL);
    const zr_unit *two = unit_with_provision(doc, "2");
    g_assert_true(zl_part_repealed(two, "2.1.2", NULL, NULL));
    g_assert_false(zl_part_repealed(two, "2.1", NULL, NULL));
    g_assert_false(zl_part_repealed(two, "2.2", NULL, NULL));
    g_assert_null(zl_last_change(two->amendments, "2.2"));
    const zr_amendment *last = zl_last_change(two->amendments, "2.2.а");
    g_assert_cmpstr(last->change, ==, "repealed");
    g_assert_cmpstr(two->status, ==, "in_force");
    /* The repealed point's words alone, kept apart from the living article. */
    char *keys = NULL;
    const char *on = NULL;
    char *old = zl_text_repealed(two, &keys, &on, NULL);
    g_assert_nonnull(old);
    g_assert_nonnull(strstr(old, "\"ус\" гэж"));
    g_assert_null(strstr(old, "агаар"));
    g_assert_nonnull(strstr(old, "газар"));
    g_assert_cmpstr(keys, ==, "2.1.2\n2.2.а");
    g_assert_cmpstr(on, ==, "2006-01-02");
    g_free(old);
    g_free(keys);
    g_assert_null(zl_text_repealed(unit_with_provision(doc, "1"), NULL, NULL, NULL));
    /* The point has its own index document, the article's unique term
     * and "r"; a part whose number alone is left, its wording taken out
     * with the note (5.2.), has none. */
    char *unique = NULL;
    zx_doc *xd = zs_repealed_parts_document(test_analyzer(), doc, two, &unique);
    g_assert_nonnull(xd);
    g_assert_true(g_str_has_suffix(unique, "r"));
    zx_doc_free(xd);
    g_free(unique);
    zr_doc *bare = ix_doc_new();
    bare->type = g_strdup("code");
    ix_segment_articles(ix_patterns_get(test_context()), bare,
                        "ТУРШИЛТЫН ТУХАЙ\n\n5 дугаар зүйл.Тест\n\n5.1.Хүчинтэй заалт.\n\n"
                        "5.2./Энэ хэсгийг 2010 оны 7 дугаар сарын 8-ны өдрийн хуулиар хүчингүй болсонд тооцсон/\n",
                        NULL, 0);
    ix_attach_amendments(ix_patterns_get(test_context()), bare, NULL, NULL);
    const zr_unit *five = unit_with_provision(bare, "5");
    g_assert_true(zl_part_repealed(five, "5.2", NULL, NULL));
    unique = NULL;
    g_assert_null(zs_repealed_parts_document(test_analyzer(), bare, five, &unique));
    g_assert_null(unique);
    ix_doc_free(bare);
    /* The second chapter was added in 2008: both its articles. */
    for (int k = 3; k <= 4; k++) {
        char key[4];
        g_snprintf(key, sizeof key, "%d", k);
        const zr_unit *u = unit_with_provision(doc, key);
        g_assert_cmpstr(((zr_amendment *)g_ptr_array_index(u->amendments, 0))->change, ==, "added");
        g_assert_cmpstr(u->valid_from, ==, "2008-01-31");
    }
    /* Every part of 4 repealed: the article is. */
    const zr_unit *four = unit_with_provision(doc, "4");
    g_assert_cmpstr(four->status, ==, "repealed");
    g_assert_cmpstr(four->repealed_on, ==, "2010-07-08");
    g_assert_cmpstr(unit_with_provision(doc, "1")->status, ==, "in_force");
    g_assert_null(unit_with_provision(doc, "1")->amendments->len ? "history" : NULL);
    ix_doc_free(doc);
}

/* A note standing where a provision was, after its number on the same
 * line, is about that number, whatever word it uses: "5.1.2./Энэ хэсгийг"
 * (a point), "5.1.3/Энэ заалтыг" (no dot), "5.2./…" under a part; and
 * "7-9 дүгээр зүйл /…/" names articles gone from the text, not the one
 * above it. */
static void
test_inline_labels(void)
{
    const char *text = "ТУРШИЛТЫН ТУХАЙ\n\n"
                       "5 дугаар зүйл.Шалгалт\n\n"
                       "5.1.Шалгалтад дараах зүйл хамаарна:\n\n"
                       "5.1.1.бичгийн шалгалт;\n\n"
                       "5.1.2./Энэ хэсгийг 2003 оны 5 дугаар сарын 15-ны өдрийн хуулиар хүчингүйд тооцсон/\n\n"
                       "5.1.3/Энэ заалтыг 2006 оны 12 дугаар сарын 8-ны өдрийн хуулиар хүчингүй болсонд тооцсон/\n\n"
                       "5.2.Шалгалтыг жил бүр явуулна.\n\n"
                       "6 дугаар зүйл.Дүгнэлт\n\n"
                       "6.1.Дүгнэлт гаргана.\n\n"
                       "7-9 дүгээр зүйл /2004 оны 5 дугаар сарын 7-ны өдрийн хуулиар хүчингүй болсонд тооцсон/.\n\n"
                       "10 дугаар зүйл.Хүчин төгөлдөр болох\n\n"
                       "10.1.Энэ хуулийг дагаж мөрдөнө.\n";
    zr_doc *doc = ix_doc_new();
    doc->type = g_strdup("code");
    ix_segment_articles(ix_patterns_get(test_context()), doc, text, NULL, 0);
    ix_attach_amendments(ix_patterns_get(test_context()), doc, NULL, NULL);
    const zr_unit *five = unit_with_provision(doc, "5");
    g_assert_true(zl_part_repealed(five, "5.1.2", NULL, NULL));
    g_assert_true(zl_part_repealed(five, "5.1.3", NULL, NULL));
    g_assert_false(zl_part_repealed(five, "5.1", NULL, NULL));
    g_assert_false(zl_part_repealed(five, "5.1.1", NULL, NULL));
    g_assert_cmpstr(five->status, ==, "in_force");
    const zr_unit *six = unit_with_provision(doc, "6");
    g_assert_cmpstr(six->status, ==, "in_force");
    g_assert_null(zl_last_change(six->amendments, NULL));
    /* Each article of the range is repealed, an article of its own (until
     * probe L30, in the act's history under its number); the act itself
     * is not. */
    for (int n = 7; n <= 9; n++) {
        char key[4];
        g_snprintf(key, sizeof key, "%d", n);
        g_assert_null(zl_last_change(doc->act_amendments, key));
        const zr_unit *gone = unit_with_provision(doc, key);
        g_assert_nonnull(gone);
        g_assert_cmpstr(gone->status, ==, "repealed");
        g_assert_cmpstr(gone->repealed_on, ==, "2004-05-07");
    }
    g_assert_null(zl_last_change(doc->act_amendments, "10"));
    g_assert_null(zl_last_change(doc->act_amendments, NULL));
    ix_doc_free(doc);
}

/* Demo (fictional), in the shapes of real consolidated statutes: a point
 * whose words begin with a number ("24.6.9.16 хүртэл …", ../shared's Health
 * Law), a part typed with a Cyrillic З for its 3 ("З.Энэ …"), a part
 * whose number lost its dot ("27.5 Татварын …").  Each is its own item,
 * so the notes after it are its own: the repeal of 24.6.9 never lands on
 * the living 24.6.8, nor 14.3's on 14.2. */
static void
test_notes_of_items_the_sequence_expects(void)
{
    char *text = az_normalise("ТУРШИЛТЫН ТУХАЙ\n\n"
                              "24 дүгээр зүйл.Санхүүжилт\n\n"
                              "24.6.Улсын төсвөөс:\n\n"
                              "24.6.8.хохирогчид үзүүлэх сэргээн засах тусламж.\n\n"
                              "/Энэ заалтыг 2012 оны 1 дүгээр сарын 19-ний өдрийн хуулиар нэмсэн/\n\n"
                              "24.6.9.16 хүртэл насны хүүхдийн эмийн зардал.\n\n"
                              "/Энэ заалтыг 2013 оны 2 дугаар сарын 7-ны өдрийн хуулиар нэмсэн/\n\n"
                              "/Энэ заалтыг 2016 оны 4 дүгээр сарын 22-ны өдрийн хуулиар хүчингүй болсонд тооцсон/\n\n"
                              "24.7.Сан бүрдүүлнэ.\n\n"
                              "14 дүгээр зүйл.Валют\n\n"
                              "1.Валютаар төлнө.\n\n"
                              "2.Банк хянана.\n\n"
                              "З.Энэ хэсэгт заасан журмыг Засгийн газар батална.\n\n"
                              "/Энэ хэсгийг 2015 оны 2 дугаар сарын 18-ны өдрийн хуулиар хүчингүй болсонд тооцсон/\n\n"
                              "27 дугаар зүйл.Татвар\n\n"
                              "27.4.Татвар төлнө.\n\n"
                              "27.5 Татварын алба хянана.\n\n"
                              "/Энэ хэсэгт 2008 оны 12 дугаар сарын 19-ний өдрийн хуулиар өөрчлөлт оруулсан/\n",
                              -1);
    zr_doc *doc = ix_doc_new();
    doc->type = g_strdup("code");
    ix_segment_articles(ix_patterns_get(test_context()), doc, text, NULL, 0);
    ix_attach_amendments(ix_patterns_get(test_context()), doc, NULL, NULL);
    const zr_unit *u24 = unit_with_provision(doc, "24");
    const char *on = NULL;
    g_assert_false(zl_part_repealed(u24, "24.6.8", NULL, NULL));
    g_assert_true(zl_part_repealed(u24, "24.6.9", &on, NULL));
    g_assert_cmpstr(on, ==, "2016-04-22");
    g_assert_cmpstr(zl_last_change(u24->amendments, "24.6.8")->date, ==, "2012-01-19");
    g_assert_cmpstr(u24->status, ==, "in_force");
    const zr_unit *u14 = unit_with_provision(doc, "14");
    g_assert_false(zl_part_repealed(u14, "14.2", NULL, NULL));
    g_assert_true(zl_part_repealed(u14, "14.3", &on, NULL));
    g_assert_cmpstr(on, ==, "2015-02-18");
    const zr_unit *u27 = unit_with_provision(doc, "27");
    g_assert_null(zl_last_change(u27->amendments, "27.4"));
    g_assert_cmpstr(zl_last_change(u27->amendments, "27.5")->change, ==, "amended");
    ix_doc_free(doc);
    g_free(text);
}

/* Demo (fictional), in the shape of ../shared's Election Law: sub-points
 * lettered under their point with dots ("122.1.3.б.") are parts of their
 * own once the notes are read, as "б/" is: the repealed one is repealed
 * (its words out of the law in force), its point and the other sub-point
 * in force, and the point's text holds them both. */
static void
test_dotted_lettered_items_are_parts(void)
{
    const char *text = "ТУРШИЛТЫН ТУХАЙ\n\n"
                       "122 дугаар зүйл.Саналын хуудас\n\n"
                       "122.1.Саналын хуудсанд:\n\n"
                       "122.1.3.нэр дэвшигчийн:\n\n"
                       "122.1.3.а.тойргийн нэр;\n\n"
                       "122.1.3.б.жагсаалтын нэр.\n\n"
                       "/Энэ дэд заалтыг 2016 оны 5 дугаар сарын 5-ны өдрийн хуулиар хүчингүй болсонд тооцсон/\n\n"
                       "122.2.Хуудсыг хэвлэнэ.\n";
    zr_doc *doc = ix_doc_new();
    doc->type = g_strdup("code");
    ix_segment_articles(ix_patterns_get(test_context()), doc, text, NULL, 0);
    ix_attach_amendments(ix_patterns_get(test_context()), doc, NULL, NULL);
    const zr_unit *u = unit_with_provision(doc, "122");
    GString *keys = g_string_new(NULL);
    for (guint i = 0; i < u->parts->len; i++)
        g_string_append_printf(keys, "%s ", ((const zr_part *)g_ptr_array_index(u->parts, i))->key);
    g_assert_cmpstr(keys->str, ==, "122.1 122.1.3 122.1.3.а 122.1.3.б 122.2 ");
    g_string_free(keys, TRUE);
    const char *on = NULL;
    g_assert_true(zl_part_repealed(u, "122.1.3.б", &on, NULL));
    g_assert_cmpstr(on, ==, "2016-05-05");
    g_assert_false(zl_part_repealed(u, "122.1.3", NULL, NULL));
    g_assert_false(zl_part_repealed(u, "122.1.3.а", NULL, NULL));
    g_assert_cmpstr(u->status, ==, "in_force");
    const zr_part *point = g_ptr_array_index(u->parts, 1);
    char *words = g_strndup(u->text + point->start, (gsize)(point->end - point->start));
    g_assert_nonnull(strstr(words, "жагсаалтын нэр"));
    g_free(words);
    ix_doc_free(doc);
}

/* Demo (fictional), in the shape of a real consolidated statute
 * (../shared's НӨХӨРЛӨЛИЙН ТУХАЙ keeps its article 6 as "6 дугаар
 * зүйл./Хүчингүй/"): a unit the text keeps only as a marker of its repeal,
 * with no law or day named, is repealed, undated; after an article's
 * heading, a part's or point's number, or alone on the line under one,
 * and in English.  The marker is its state now, after a dated note that
 * added it.  A word in brackets within a sentence, or after a part's own
 * words, is no repeal. */
static void
test_repeal_markers(void)
{
    const char *text = "ТУРШИЛТЫН ТУХАЙ\n\n"
                       "3 дугаар зүйл.Хэлбэр\n\n"
                       "1.Нөхөрлөл дор дурдсан хэлбэртэй:\n\n"
                       "1/бүрэн хариуцлагатай;\n\n"
                       "2//Хүчингүй/\n\n"
                       "/Энэ заалтыг 2013 оны 7 дугаар сарын 9-ний өдрийн хуулиар нэмсэн/\n\n"
                       "2.Гэрээ (хүчингүй)\n\n"
                       "3.Нөхөрлөлийн гэрээ хүчингүй болсон бол /хүчингүй/ гэж тэмдэглэнэ.\n\n"
                       "4 дүгээр зүйл./Хүчингүй/\n\n"
                       "5 дугаар зүйл.Нэр\n\n"
                       "5.1.Нэрийг бүртгэнэ.\n\n"
                       "5.2.(Хүчингүй болсон)\n\n"
                       "6 дугаар зүйл.Тусгай зөвшөөрөл\n\n"
                       "[Хүчингүй]\n\n"
                       "7 дугаар зүйл.Хүчин төгөлдөр болох\n\n"
                       "7.1.Энэ хуулийг дагаж мөрдөнө.\n";
    zr_doc *doc = ix_doc_new();
    doc->type = g_strdup("code");
    ix_segment_articles(ix_patterns_get(test_context()), doc, text, NULL, 0);
    ix_attach_amendments(ix_patterns_get(test_context()), doc, NULL, NULL);
    const zr_unit *three = unit_with_provision(doc, "3");
    const char *on = NULL;
    g_assert_true(zl_part_repealed(three, "3.1.2", &on, NULL));
    g_assert_cmpstr(on, ==, "");
    g_assert_false(zl_part_repealed(three, "3.1.1", NULL, NULL));
    g_assert_false(zl_part_repealed(three, "3.2", NULL, NULL));
    g_assert_false(zl_part_repealed(three, "3.3", NULL, NULL));
    g_assert_cmpstr(three->status, ==, "in_force");
    g_assert_nonnull(strstr(three->text, "Гэрээ (хүчингүй)"));
    g_assert_nonnull(strstr(three->text, "/хүчингүй/ гэж"));
    const zr_unit *four = unit_with_provision(doc, "4");
    g_assert_cmpstr(four->status, ==, "repealed");
    g_assert_null(four->repealed_on);
    g_assert_null(strstr(four->text, "Хүчингүй"));
    const zr_unit *five = unit_with_provision(doc, "5");
    g_assert_true(zl_part_repealed(five, "5.2", NULL, NULL));
    g_assert_false(zl_part_repealed(five, "5.1", NULL, NULL));
    g_assert_cmpstr(five->status, ==, "in_force");
    g_assert_cmpstr(unit_with_provision(doc, "6")->status, ==, "repealed");
    g_assert_cmpstr(unit_with_provision(doc, "7")->status, ==, "in_force");
    ix_doc_free(doc);

    zl_reader *r = zl_reader_new();
    const char *english[] = {"Article 6. [Repealed]\n", "6.2. (Deleted)\n", "b) /Repealed/\n"};
    for (size_t i = 0; i < G_N_ELEMENTS(english); i++) {
        GPtrArray *notes = zl_find_notes(r, english[i]);
        g_assert_cmpuint(notes->len, ==, 1);
        const zl_note *n = g_ptr_array_index(notes, 0);
        g_assert_true(n->gone);
        g_assert_cmpint(g_array_index(n->events, zl_event, 0).change, ==, ZL_CHANGE_REPEALED);
        g_ptr_array_unref(notes);
    }
    /* A repeal note that names no law nor day: undated, a repeal still. */
    const char *undated[] = {"6 дугаар зүйл./Энэ зүйлийг хүчингүй болсонд тооцсон/\n",
                             "Article 6. [This article was repealed]\n"};
    for (size_t i = 0; i < G_N_ELEMENTS(undated); i++) {
        GPtrArray *notes = zl_find_notes(r, undated[i]);
        g_assert_cmpuint(notes->len, ==, 1);
        const zl_note *n = g_ptr_array_index(notes, 0);
        g_assert_true(n->undated);
        g_assert_false(n->gone);
        g_assert_cmpint(g_array_index(n->events, zl_event, 0).change, ==, ZL_CHANGE_REPEALED);
        g_assert_cmpstr(g_array_index(n->events, zl_event, 0).date, ==, "");
        g_ptr_array_unref(notes);
    }
    const char *not_markers[] = {"The permit was (repealed)\n", "Article 6. The permit [repealed] is void.\n",
                                 "Гэрээ /хүчингүй/\n", "(Хүчингүй)\n"};
    for (size_t i = 0; i < G_N_ELEMENTS(not_markers); i++) {
        GPtrArray *notes = zl_find_notes(r, not_markers[i]);
        if (notes->len != 0)
            g_error("a repeal read in: %s", not_markers[i]);
        g_ptr_array_unref(notes);
    }
    zl_reader_free(r);
}

static bool
has_part(const zr_unit *u, const char *key)
{
    for (guint i = 0; i < u->parts->len; i++)
        if (strcmp(((const zr_part *)g_ptr_array_index(u->parts, i))->key, key) == 0)
            return true;
    return false;
}

/* Demo (fictional), in the shapes of the statutes: a note that stands for
 * its provision after the provision's number, however it is written: glued
 * to it with its opening slash lost ("10.3.2Энэ заалтыг …/"), after a slash
 * and misspelt ("10.3.4/Энэ залтыг"), with no slash at all and in the
 * imperative ("10.4.Энэ хэсгийг … хүчингүй болсонд тооцсугай"), or on a
 * line of its own with no slash ("Энэ хэсгийг …", "Дээрх 10.9 дэх хэсгийг …").  Each number is a part of the article,
 * repealed on the note's day; the notes leave the text, and what a part
 * says of itself ("Энэ хэсэгт заасан … төлнө", "… хуулиар тогтооно") is no
 * note. */
static void
test_notes_without_their_slashes(void)
{
    const char *text = "ТУРШИЛТЫН ТУХАЙ\n\n"
                       "10 дугаар зүйл.Тэмдэгтийн хураамж\n\n"
                       "10.3.Дараах хураамжийг төлнө:\n\n"
                       "10.3.1.гэрчилгээний хураамж;\n\n"
                       "10.3.2Энэ заалтыг 2011 оны 6 дугаар сарын 9-ний өдрийн хуулиар хүчингүй болсонд тооцсон/\n\n"
                       "10.3.3.зөвшөөрлийн хураамж;\n\n"
                       " 10.3.4/Энэ залтыг 2006 оны 12 дугаар сарын 8-ны өдрийн хуулиар хүчингүй болсонд тооцсон/\n\n"
                       "10.4.Энэ хэсгийг 2004 оны 5 дугаар сарын 7-ны өдрийн хуулиар хүчингүй болсонд тооцсугай\n\n"
                       "10.5.Энэ хэсэгт заасан хураамжийг 2010 оны 1 дүгээр сарын 1-ний өдрөөс эхлэн төлнө.\n\n"
                       "10.6.Энэ хэсгийг хэрэгжүүлэх журмыг 2012 оны хуулиар тогтооно.\n\n"
                       "10.7.Хураамжийн хэмжээг Засгийн газар тогтооно.\n\n"
                       "Энэ хэсгийг 2013 оны 2 дугаар сарын 1-ний өдрийн хуулиар хүчингүй болсонд тооцсон\n\n"
                       "10.8.Хураамжийг төсөвт төвлөрүүлнэ.\n\n"
                       "10.9.Хураамжийг буцаан олгоно.\n\n"
                       "Дээрх 10.9 дэх хэсгийг 2014 оны 3 дугаар сарын 5-ны өдрийн хуулиар хүчингүй болсонд тооцсон.\n";
    zr_doc *doc = ix_doc_new();
    doc->type = g_strdup("code");
    ix_segment_articles(ix_patterns_get(test_context()), doc, text, NULL, 0);
    ix_attach_amendments(ix_patterns_get(test_context()), doc, NULL, NULL);
    const zr_unit *ten = unit_with_provision(doc, "10");
    const char *repealed[][2] = {
        {"10.3.2", "2011-06-09"}, {"10.3.4", "2006-12-08"}, {"10.4", "2004-05-07"}, {"10.7", "2013-02-01"},
        {"10.9", "2014-03-05"}};
    for (guint i = 0; i < G_N_ELEMENTS(repealed); i++) {
        const char *on = NULL;
        if (!has_part(ten, repealed[i][0]))
            g_error("no part %s", repealed[i][0]);
        if (!zl_part_repealed(ten, repealed[i][0], &on, NULL))
            g_error("%s not repealed", repealed[i][0]);
        g_assert_cmpstr(on, ==, repealed[i][1]);
    }
    const char *living[] = {"10.3", "10.3.1", "10.3.3", "10.5", "10.6", "10.8"};
    for (guint i = 0; i < G_N_ELEMENTS(living); i++) {
        g_assert_true(has_part(ten, living[i]));
        if (zl_part_repealed(ten, living[i], NULL, NULL))
            g_error("%s repealed", living[i]);
    }
    g_assert_cmpstr(ten->status, ==, "in_force");
    g_assert_null(strstr(ten->text, "тооцсугай"));
    g_assert_null(strstr(ten->text, "залтыг"));
    g_assert_null(strstr(ten->text, "2013 оны"));
    g_assert_nonnull(strstr(ten->text, "10.5.Энэ хэсэгт заасан хураамжийг 2010 оны"));
    g_assert_nonnull(strstr(ten->text, "10.6.Энэ хэсгийг хэрэгжүүлэх журмыг 2012 оны хуулиар тогтооно."));
    ix_doc_free(doc);
}

/* The notes' words for a provision with a letter more, less or wrong. */
static void
test_unit_words_misspelt(void)
{
    check("/Энэ хсэгийг 2010 оны 1 дүгээр сарын 21-ний өдрийн хуулиар хүчингүй болсонд тооцсон/", ZL_SCOPE_PART, true,
          "", "2010-01-21 repealed");
    check("/Энэ заатыг 2010 оны 1 дүгээр сарын 21-ний өдрийн хуулиар хүчингүй болсонд тооцсон/", ZL_SCOPE_POINT, true,
          "", "2010-01-21 repealed");
    check("/Энэ зүлийг 2010 оны 1 дүгээр сарын 21-ний өдрийн хуулиар хүчингүй болсонд тооцсон/", ZL_SCOPE_ARTICLE,
          true, "", "2010-01-21 repealed");
    check("/Энэ хэсэгийг 2010 оны 1 дүгээр сарын 21-ний өдрийн хуулиар нэмсэн/", ZL_SCOPE_PART, true, "",
          "2010-01-21 added");
}

/* A chapter of a two-word ordinal, repealed with no article left, is no
 * repeal of the chapter before it. */
static void
test_two_word_chapter(void)
{
    const char *text = "ТУРШИЛТЫН ТУХАЙ\n\n"
                       "АРАВДУГААР БҮЛЭГ\nХАРИУЦЛАГА\n\n"
                       "56 дугаар зүйл.Хариуцлага\n\n"
                       "56.1.Хариуцлага хүлээлгэнэ.\n\n"
                       "57 дугаар зүйл.Маргаан\n\n"
                       "57.1.Маргааныг шүүх шийдвэрлэнэ.\n\n"
                       "АРВАН ХОЁРДУГААР БҮЛЭГ\nОЛОН УЛСЫН ГЭРЭЭ\n"
                       "/Энэ бүлгийг 1994 оны 12 дугаар сарын 5-ны өдрийн хуулиар хүчингүй болсонд тооцсон/\n";
    zr_doc *doc = ix_doc_new();
    doc->type = g_strdup("code");
    ix_segment_articles(ix_patterns_get(test_context()), doc, text, NULL, 0);
    ix_attach_amendments(ix_patterns_get(test_context()), doc, NULL, NULL);
    g_assert_cmpstr(unit_with_provision(doc, "56")->status, ==, "in_force");
    g_assert_cmpstr(unit_with_provision(doc, "57")->status, ==, "in_force");
    ix_doc_free(doc);
}

/* A point repealed and its part restated since is the part's anew; one
 * repealed after the restatement stays repealed; a repeal to come is none
 * yet. */
static void
test_restated_since(void)
{
    GPtrArray *h = g_ptr_array_new_with_free_func(zr_amendment_free);
    g_ptr_array_add(h, zr_amendment_new("2000-09-01", "repealed", "13.1.3", NULL));
    g_ptr_array_add(h, zr_amendment_new("2012-08-17", "restated", "13.1", NULL));
    g_ptr_array_add(h, zr_amendment_new("2014-12-19", "repealed", "13.1.14", NULL));
    g_ptr_array_add(h, zr_amendment_new("2099-01-01", "repealed", "13.1.15", NULL));
    const char *on = NULL;
    g_assert_false(zl_history_repealed(h, "13.1.3", NULL, NULL));
    g_assert_true(zl_history_repealed(h, "13.1.14", &on, NULL));
    g_assert_cmpstr(on, ==, "2014-12-19");
    g_assert_false(zl_history_repealed(h, "13.1.15", NULL, NULL));
    g_ptr_array_add(h, zr_amendment_new("2016-01-01", "restated", NULL, NULL));
    g_assert_false(zl_history_repealed(h, "13.1.14", NULL, NULL)); /* the article rewritten since */
    g_ptr_array_unref(h);
    /* A restatement of the part holding a repealed point gives it anew,
     * though plain amendments of the part came after. */
    h = g_ptr_array_new_with_free_func(zr_amendment_free);
    g_ptr_array_add(h, zr_amendment_new("2012-01-27", "repealed", "20.5.1", NULL));
    g_ptr_array_add(h, zr_amendment_new("2012-08-17", "restated", "20.5", NULL));
    g_ptr_array_add(h, zr_amendment_new("2017-12-21", "amended", "20.5", NULL));
    g_assert_false(zl_history_repealed(h, "20.5.1", NULL, NULL));
    g_ptr_array_unref(h);
}

/* A plain amendment after a repeal does not bring the part back; a
 * restatement, an addition or another provision taking its number does. */
static void
test_repeal_not_revived(void)
{
    GPtrArray *h = g_ptr_array_new_with_free_func(zr_amendment_free);
    g_ptr_array_add(h, zr_amendment_new("2015-01-20", "repealed", "1.1", NULL));
    g_ptr_array_add(h, zr_amendment_new("2019-06-20", "amended", "1.1", NULL));
    const char *on = NULL;
    g_assert_true(zl_history_repealed(h, "1.1", &on, NULL));
    g_assert_cmpstr(on, ==, "2015-01-20");
    g_assert_nonnull(zl_deciding_repeal(h, "1.1", true, NULL));
    g_ptr_array_add(h, zr_amendment_new("2020-01-01", "restated", "1.1", NULL));
    g_assert_false(zl_history_repealed(h, "1.1", NULL, NULL));
    g_ptr_array_add(h, zr_amendment_new("2021-01-01", "repealed", "1.1", NULL));
    g_ptr_array_add(h, zr_amendment_new("2021-01-01", "renumbered", "1.1", NULL));
    g_assert_false(zl_history_repealed(h, "1.1", NULL, NULL));
    g_ptr_array_unref(h);

    /* By the day each change takes effect: a repeal from 2015-01-01 made by
     * the law of 2014-07-01 comes after an amendment of 2014-10-16, which
     * does not undo it (medeelliin il tod baidal …, 9.2). */
    const char *text = "ТУРШИЛТЫН ТУХАЙ\n\n"
                       "9 дүгээр зүйл.Ил тод байдал\n\n"
                       "9.1.Мэдээллийг ил тод байлгана.\n\n"
                       "9.2.Концессын зүйлийн жагсаалтыг нийтэлнэ.\n\n"
                       "/Энэ хэсэгт 2014 оны 10 дугаар сарын 16-ны өдрийн хуулиар өөрчлөлт оруулсан/\n\n"
                       "/Дээрх 9.2 дахь хэсгийг 2014 оны 7 дугаар сарын 1-ний өдрийн хуулиар хүчингүй болсонд "
                       "тооцохоор заасан бөгөөд үүнийг 2015 оны 1 дүгээр сарын 1-ний өдрөөс эхлэн дагаж мөрдөнө/\n\n"
                       "9.3.Бусад мэдээллийг нийтэлнэ.\n\n"
                       "10 дугаар зүйл.Хяналт\n\n"
                       "10.1.Хяналтыг хэрэгжүүлнэ.\n\n"
                       "/Энэ хэсгийг 2020 оны 1 дүгээр сарын 1-ний өдрийн хуулиар хүчингүй болсонд тооцсон/\n\n"
                       "/Энэ хэсэгт 2021 оны 6 дугаар сарын 20-ны өдрийн хуулиар өөрчлөлт оруулсан/\n";
    zr_doc *doc = ix_doc_new();
    doc->type = g_strdup("code");
    ix_segment_articles(ix_patterns_get(test_context()), doc, text, NULL, 0);
    ix_attach_amendments(ix_patterns_get(test_context()), doc, NULL, NULL);
    const zr_unit *nine = unit_with_provision(doc, "9");
    g_assert_true(zl_part_repealed(nine, "9.2", &on, NULL));
    g_assert_cmpstr(on, ==, "2015-01-01");
    g_assert_false(zl_part_repealed(nine, "9.1", NULL, NULL));
    const zr_unit *ten = unit_with_provision(doc, "10");
    g_assert_true(zl_part_repealed(ten, "10.1", &on, NULL));
    g_assert_cmpstr(ten->status, ==, "repealed");
    ix_doc_free(doc);
}

/* English translations' notes: the verb before its dates; in slashes,
 * square brackets or round ones; a paragraph is a part. */
static void
test_english_notes(void)
{
    check("/This paragraph was repealed by the law of 11 May 2017/", ZL_SCOPE_PART, true, "", "2017-05-11 repealed");
    check("[Repealed by the Law of 5 January 2018]", ZL_SCOPE_ITEM, true, "", "2018-01-05 repealed");
    check("(Repealed on 11 May 2017)", ZL_SCOPE_ITEM, true, "", "2017-05-11 repealed");
    check("/This article was amended by the law of May 11, 2017 and repealed by the law of 9 June 2016 with effect "
          "from 1 January 2018/",
          ZL_SCOPE_ARTICLE, true, "", "2017-05-11 amended; 2018-01-01 repealed");
    check("/The words “fee” in this subparagraph were amended by the law of 2 February 2017/", ZL_SCOPE_POINT, false, "",
          "2017-02-02 amended");
    const char *text = "LAW ON TEST LICENSING\n\n"
                       "Article 2. Quokka fee\n\n"
                       "2.1. Every citizen shall pay the quokka fee annually.\n\n"
                       "/This paragraph was repealed by the law of 11 May 2017/\n\n"
                       "2.2. Every citizen shall pay the wombat fee.\n\n"
                       "Article 3. Numbat permit [Repealed by the Law of 5 January 2018]\n\n"
                       "3.1. The numbat permit shall be issued by the Minister.\n\n"
                       "Article 4. Platypus register\n\n"
                       "4.1. The platypus register shall be kept by each aimag.\n\n"
                       "(Repealed on 11 May 2017)\n\n"
                       "4.2. The register shall be open to the public.\n";
    zr_doc *doc = ix_doc_new();
    doc->type = g_strdup("code");
    ix_segment_articles(ix_patterns_get(test_context()), doc, text, NULL, 0);
    ix_attach_amendments(ix_patterns_get(test_context()), doc, NULL, NULL);
    const zr_unit *two = unit_with_provision(doc, "2");
    g_assert_true(zl_part_repealed(two, "2.1", NULL, NULL));
    g_assert_false(zl_part_repealed(two, "2.2", NULL, NULL));
    const zr_unit *three = unit_with_provision(doc, "3");
    g_assert_cmpstr(three->status, ==, "repealed");
    g_assert_cmpstr(three->repealed_on, ==, "2018-01-05");
    g_assert_null(strstr(three->label, "Repealed"));
    const zr_unit *four = unit_with_provision(doc, "4");
    g_assert_true(zl_part_repealed(four, "4.1", NULL, NULL));
    g_assert_cmpstr(four->status, ==, "in_force");
    ix_doc_free(doc);
}

/* A note that names a part the text no longer holds keeps the change in
 * the article's history under that part's number, never the neighbour's;
 * an article's Тайлбар in the middle of it, with a dash paragraph going on
 * with it, repealed alone. */
static void
test_absent_part_and_explanation(void)
{
    const char *text = "ТУРШИЛТЫН ТУХАЙ\n\n"
                       "14 дүгээр зүйл.Дээрх\n\n"
                       "14.1.Иргэн хэрэмний хураамж төлнө.\n\n"
                       "/Дээрх 14.2 дахь хэсгийг 2017 оны 5 дугаар сарын 11-ний өдрийн хуулиар хүчингүй болсонд "
                       "тооцсон/\n\n"
                       "14.3.Иргэн зурамны хураамж төлнө.\n\n"
                       "7 дугаар зүйл.Тайлбар\n\n"
                       "7.1.Иргэн шилүүсний хураамж төлнө.\n\n"
                       "Тайлбар: Хүүхэд тарвагын хураамжаас чөлөөлөгдөнө.\n\n"
                       "-Өндөр настан мөн чөлөөлөгдөнө.\n\n"
                       "/Энэ зүйлийн тайлбарыг 2017 оны 5 дугаар сарын 11-ний өдрийн хуулиар хүчингүй болсонд "
                       "тооцсон/\n\n"
                       "7.2.Хураамжийг жил бүр төлнө.\n";
    zr_doc *doc = ix_doc_new();
    doc->type = g_strdup("code");
    ix_segment_articles(ix_patterns_get(test_context()), doc, text, NULL, 0);
    ix_attach_amendments(ix_patterns_get(test_context()), doc, NULL, NULL);
    const zr_unit *u14 = unit_with_provision(doc, "14");
    g_assert_false(zl_part_repealed(u14, "14.1", NULL, NULL));
    g_assert_cmpstr(u14->status, ==, "in_force");
    g_assert_cmpstr(zl_last_change(u14->amendments, "14.2")->change, ==, "repealed");
    g_assert_null(zl_last_change(u14->amendments, "14.1"));
    const zr_unit *u7 = unit_with_provision(doc, "7");
    g_assert_cmpstr(u7->status, ==, "in_force");
    g_assert_true(zl_part_repealed(u7, "7 Тайлбар", NULL, NULL));
    g_assert_false(zl_part_repealed(u7, "7.1", NULL, NULL));
    char *living = zl_text_in_force(u7, NULL);
    g_assert_nonnull(living);
    g_assert_null(strstr(living, "тарвагын"));
    g_assert_null(strstr(living, "Өндөр настан"));
    g_assert_nonnull(strstr(living, "шилүүсний"));
    g_assert_nonnull(strstr(living, "жил бүр төлнө"));
    g_free(living);
    ix_doc_free(doc);
}

/* Numbers the corpus reuses or mistypes: a repealed part kept with its
 * number beside a living one of the same number; a point's note after a
 * lettered point under a point (that lettered point's); "З" (Ze) typed
 * for 3.  Demonstration text, not a statute's. */
static void
test_numbers_reused(void)
{
    const char *text = "ТУРШИЛТЫН ТУХАЙ\n\n"
                       "16 дугаар зүйл.Байгууллага\n\n"
                       "16.1.Төв байгуулна.\n\n"
                       "16.2.Төвийн тоог Засгийн газар тогтооно.\n\n"
                       "/Энэ хэсгийг 2016 оны 4 дүгээр сарын 22-ны өдрийн хуулиар хүчингүй болсонд тооцсон/\n\n"
                       "16.2.Төвийн дүрмийг сайд батална.\n\n"
                       "/Энэ хэсэгт 2017 оны 5 дугаар сарын 18-ны өдрийн хуулиар өөрчлөлт оруулсан/\n\n"
                       "18 дугаар зүйл.Хурлын бүрэн эрх\n\n"
                       "18.1.Хурал дараах бүрэн эрхтэй:\n\n"
                       "18.1.1.хөгжлийн талаар:\n\n"
                       " а/бодлогыг батлах;\n\n"
                       " б/хөгжлийн сан байгуулах;\n\n"
                       "/Энэ заалтыг 2015 оны 11 дүгээр сарын 26-ны өдрийн хуулиар хүчингүй болсонд тооцсон/\n\n"
                       " в/төсвийг хэлэлцэх.\n\n"
                       "18.1.2.өмчийн талаар:\n\n"
                       "18.1.2.а.өмчийг эзэмших;\n\n"
                       "18.1.2.б.өмчийг хамгаалах.\n\n"
                       "6 дугаар зүйл.Төв байгууллага\n\n"
                       "6.1.Төв байгууллага дараах бүрэн эрхтэй:\n\n"
                       "6.1.1.бодлого боловсруулах;\n\n"
                       "6.1.З./Энэ заалтыг 2008 оны 12 дугаар сарын 19-ний өдрийн хуулиар хүчингүй болсонд тооцсон/\n\n"
                       "6.1.4.хяналт тавих.\n";
    zr_doc *doc = ix_doc_new();
    doc->type = g_strdup("code");
    ix_segment_articles(ix_patterns_get(test_context()), doc, text, NULL, 0);
    ix_attach_amendments(ix_patterns_get(test_context()), doc, NULL, NULL);
    const zr_unit *u16 = unit_with_provision(doc, "16");
    g_assert_false(zl_part_repealed(u16, "16.2", NULL, NULL));
    g_assert_cmpstr(zl_last_change(u16->amendments, "16.2")->change, ==, "amended");
    const zr_unit *u18 = unit_with_provision(doc, "18");
    /* The note after "б/" is б/'s: a lettered point is a part of its own,
     * repealed, its words no longer the law in force; the point holding
     * it and the letters beside it stay in force. */
    g_assert_false(zl_part_repealed(u18, "18.1.1", NULL, NULL));
    g_assert_false(zl_part_repealed(u18, "18.1.1.а", NULL, NULL));
    g_assert_false(zl_part_repealed(u18, "18.1.1.в", NULL, NULL));
    const char *gone_on = NULL;
    g_assert_true(zl_part_repealed(u18, "18.1.1.б", &gone_on, NULL));
    g_assert_cmpstr(gone_on, ==, "2015-11-26");
    char *living18 = zl_text_in_force(u18, NULL);
    g_assert_null(strstr(living18, "хөгжлийн сан"));
    g_assert_nonnull(strstr(living18, "төсвийг хэлэлцэх"));
    g_free(living18);
    /* "18.1.2.а." is 18.1.2's own text: one part. */
    guint twelve = 0;
    for (guint i = 0; i < u18->parts->len; i++)
        twelve += strcmp(((const zr_part *)g_ptr_array_index(u18->parts, i))->key, "18.1.2") == 0;
    g_assert_cmpuint(twelve, ==, 1);
    const zr_unit *u6 = unit_with_provision(doc, "6");
    g_assert_cmpstr(u6->status, ==, "in_force");
    g_assert_false(zl_part_repealed(u6, "6.1", NULL, NULL));
    g_assert_cmpstr(zl_last_change(u6->amendments, "6.1.3")->change, ==, "repealed");
    ix_doc_free(doc);
}

/* The key of the part numbered `number` whose text starts with `words`. */
static const char *
key_of_words(const zr_unit *u, const char *number, const char *words)
{
    for (guint i = 0; i < u->parts->len; i++) {
        const zr_part *p = g_ptr_array_index(u->parts, i);
        char *shown = zl_part_number(p->key);
        bool same = strcmp(shown, number) == 0 && strncmp(u->text + p->start + strlen(number) + 1, words,
                                                           strlen(words)) == 0;
        g_free(shown);
        if (same)
            return p->key;
    }
    g_error("no part %s starting %s", number, words);
    return NULL;
}

/* Each occurrence of a number the text gives twice keeps its own note,
 * status and words (repeats.h): a part repealed and the renumbered part
 * after it that took its number ("16.3 … /хүчингүй/ 16.3 … /дугаарт …
 * өөрчлөлт/"), with no space before their words, as in the consolidated
 * texts; a part repealed, its number given again years later to a part
 * added then; and the other way round, a point in force and a later point
 * of its number repealed.  The one in force holds the number (what a
 * reference means), a repealed one is left out of the law in force, its
 * points with it, and neither's note touches the other.  Demonstration
 * text (жишээ), not a statute's. */
static void
test_repeated_numbers_apart(void)
{
    const char *text = "ЖИШЭЭ ТӨВИЙН ТУХАЙ\n\n"
                       "3 дугаар зүйл.Жишээ төв\n\n"
                       "3.1.Жишээ төв байгуулна.\n\n"
                       "3.2.Нэг төвд ногдох жишээ иргэний тоог сайд тогтооно.\n\n"
                       "/Энэ хэсгийг 2016 оны 4 дүгээр сарын 22-ны өдрийн хуулиар хүчингүй болсонд тооцсон/\n\n"
                       "3.2.Жишээ төвийн дүрмийг сайд батална.\n\n"
                       "/Энэ хэсгийн дугаарт 2016 оны 4 дүгээр сарын 22-ны өдрийн хуулиар өөрчлөлт оруулсан/\n\n"
                       "3.3.Жишээ шалгалт хийнэ:\n\n"
                       "3.3.1.эхний шалгалт;\n\n"
                       "3.3.2.хоёр дахь шалгалт.\n\n"
                       "/Энэ хэсгийг 2016 оны 4 дүгээр сарын 22-ны өдрийн хуулиар хүчингүй болсонд тооцсон/\n\n"
                       "3.3.Жишээ тайлан гаргана:\n\n"
                       "3.3.1.сар бүрийн тайлан.\n\n"
                       "4 дүгээр зүйл.Жишээ ажилтан\n\n"
                       "4.1.Жишээ ажилтныг дарга томилно.\n\n"
                       "4.2.Жишээ шалгалтад тэнцсэн иргэнийг томилно.\n\n"
                       "/Энэ хэсгийг 2003 оны 5 дугаар сарын 30-ны өдрийн хуулиар нэмсэн, 2007 оны 8 дугаар сарын "
                       "2-ны өдрийн хуулиар хүчингүй болсонд тооцсон./\n\n"
                       "4.2.Жишээ ажилтныг сонгох журмыг сайд батална.\n\n"
                       "/Энэ заалтыг 2015 оны 7 дугаар сарын 9-ний өдрийн хуулиар нэмсэн./\n\n"
                       "5 дугаар зүйл.Жишээ зөвшөөрөл\n\n"
                       "5.1.Дараах тохиолдолд жишээ зөвшөөрөл авна:\n\n"
                       "5.1.1.жишээ үйл ажиллагаа шинээр эрхлэх;\n\n"
                       "5.1.2.жишээ салбар нээх.\n\n"
                       "5.2.Зөвшөөрлийг сайд олгоно.\n\n"
                       "5.1.1.жишээ өргөдлийг хүлээн авна.\n\n"
                       "/Энэ заалтыг 2016 оны 04 дүгээр сарын 22-ны өдрийн хуулиар хүчингүй болсонд тооцсон/\n\n"
                       "6 дугаар зүйл.Жишээ санхүүжилт\n\n"
                       "6.1.Жишээ төсөв батална.\n\n"
                       " 6.2. /Энэ хэсгийг 2003 оны 1 дүгээр сарын 03-ны өдрийн хуулиар хүчингүй болгосон/\n\n"
                       "6.2.Жишээ зардлыг тогтооно.\n\n"
                       "/Энэ хэсгийг 2006 оны 12 дугаар сарын 8-ны өдрийн хуулиар нэмсэн/\n\n"
                       "6.3.Жишээ газар дараах чиг үүрэгтэй:\n\n"
                       " 6.3.а.жишээ бүртгэх;\n\n"
                       " 6.3.б./Энэ заалтыг 2013 оны 1 дүгээр сарын 17-ны өдрийн хуулиар хүчингүй болсонд тооцсон/\n\n"
                       " 6.3.в.жишээ хянах.\n\n"
                       "6.4.Жишээ мэдээллийг нийтэлнэ:\n\n"
                       "6.4.а.төсвийг 1 дүгээр сард;\n\n"
                       "6.4.б.гүйцэтгэлийг 4 дүгээр сард.\n\n"
                       "/Энэ заалтыг 2014 оны 7 дугаар сарын 1-ний өдрийн хуулиар хүчингүй болсонд тооцсон/\n\n"
                       "6.5.Жишээ нам дараах асуудлыг шийдвэрлэнэ:\n\n"
                       "6.5.а.нэр дэвшигчийн нэр;\n\n"
                       "6.5.б.жишээ жагсаалт.\n\n"
                       "/Энэ дэд заалтыг 2016 оны 5 дугаар сарын 5-ны өдрийн хуулиар хүчингүй болсонд тооцсон/\n";
    zr_doc *doc = ix_doc_new();
    doc->type = g_strdup("code");
    ix_segment_articles(ix_patterns_get(test_context()), doc, text, NULL, 0);
    ix_attach_amendments(ix_patterns_get(test_context()), doc, NULL, NULL);

    /* A note on a number's own line is that occurrence's: the part
     * repealed in 2003 is not the one added in 2006.  A lettered item's
     * note is the item's, never its point's. */
    const zr_unit *u6 = unit_with_provision(doc, "6");
    g_assert_false(zl_part_repealed(u6, "6.2", NULL, NULL));
    g_assert_cmpstr(zl_last_change(u6->amendments, "6.2")->change, ==, "added");
    g_assert_cmpstr(zl_last_change(u6->amendments, "6.2#1")->change, ==, "repealed");
    g_assert_false(zl_part_repealed(u6, "6.3", NULL, NULL));
    g_assert_cmpstr(zl_last_change(u6->amendments, "6.3.б")->change, ==, "repealed");
    /* A point's note after its last lettered item is the point's; a
     * sub-point's ("дэд заалт") the item's. */
    g_assert_true(zl_part_repealed(u6, "6.4", NULL, NULL));
    g_assert_false(zl_part_repealed(u6, "6.5", NULL, NULL));
    g_assert_cmpstr(zl_last_change(u6->amendments, "6.5.б")->change, ==, "repealed");
    char *law6 = zl_text_in_force(u6, NULL);
    g_assert_nonnull(strstr(law6, "жишээ хянах"));
    g_free(law6);

    const zr_unit *u3 = unit_with_provision(doc, "3");
    g_assert_cmpstr(u3->status, ==, "in_force");
    const char *gone = key_of_words(u3, "3.2", "Нэг төвд"), *living = key_of_words(u3, "3.2", "Жишээ төвийн");
    g_assert_cmpstr(living, ==, "3.2");
    g_assert_cmpstr(gone, !=, "3.2");
    const char *on = NULL;
    g_assert_true(zl_part_repealed(u3, gone, &on, NULL));
    g_assert_cmpstr(on, ==, "2016-04-22");
    g_assert_false(zl_part_repealed(u3, living, NULL, NULL));
    /* A part's points go with it; the points of the part now numbered so
     * stay. */
    const char *gone33 = key_of_words(u3, "3.3", "Жишээ шалгалт");
    g_assert_true(zl_part_repealed(u3, gone33, NULL, NULL));
    g_assert_false(zl_part_repealed(u3, key_of_words(u3, "3.3", "Жишээ тайлан"), NULL, NULL));
    g_assert_true(zl_part_repealed(u3, key_of_words(u3, "3.3.1", "эхний"), NULL, NULL));
    g_assert_false(zl_part_repealed(u3, key_of_words(u3, "3.3.1", "сар бүрийн"), NULL, NULL));
    char *law3 = zl_text_in_force(u3, NULL);
    g_assert_null(strstr(law3, "Нэг төвд"));
    g_assert_null(strstr(law3, "эхний шалгалт"));
    g_assert_nonnull(strstr(law3, "Жишээ төвийн дүрмийг"));
    g_assert_nonnull(strstr(law3, "сар бүрийн тайлан"));
    g_free(law3);
    char *keys = NULL;
    char *old3 = zl_text_repealed(u3, &keys, NULL, NULL);
    g_assert_nonnull(strstr(old3, "Нэг төвд"));
    g_assert_null(strstr(old3, "Жишээ төвийн"));
    g_free(old3);
    g_free(keys);

    /* Repealed in 2007; the number given to a part added in 2015, no law
     * before it. */
    const zr_unit *u4 = unit_with_provision(doc, "4");
    const char *old = key_of_words(u4, "4.2", "Жишээ шалгалтад"), *added = key_of_words(u4, "4.2", "Жишээ ажилтныг");
    g_assert_cmpstr(added, ==, "4.2");
    g_assert_true(zl_part_repealed(u4, old, &on, NULL));
    g_assert_cmpstr(on, ==, "2007-08-02");
    g_assert_false(zl_part_repealed(u4, old, NULL, "2006-01-01"));
    g_assert_false(zl_part_repealed(u4, added, NULL, NULL));
    g_assert_true(zl_history_pending(u4->amendments, added, NULL, "2008-01-01"));
    char *law4 = zl_text_in_force(u4, NULL);
    g_assert_null(strstr(law4, "шалгалтад тэнцсэн"));
    g_free(law4);

    /* The point in force keeps its number; the later one of that number is
     * the one repealed. */
    const zr_unit *u5 = unit_with_provision(doc, "5");
    const char *first = key_of_words(u5, "5.1.1", "жишээ үйл"), *second = key_of_words(u5, "5.1.1", "жишээ өргөдлийг");
    g_assert_cmpstr(first, ==, "5.1.1");
    g_assert_false(zl_part_repealed(u5, first, NULL, NULL));
    g_assert_true(zl_part_repealed(u5, second, NULL, NULL));
    char *law5 = zl_text_in_force(u5, NULL);
    g_assert_nonnull(strstr(law5, "шинээр эрхлэх"));
    g_assert_null(strstr(law5, "өргөдлийг хүлээн"));
    g_free(law5);
    /* Shown, and cited, by the number the text gives. */
    char *shown = zl_part_number(second);
    g_assert_cmpstr(shown, ==, "5.1.1");
    g_free(shown);
    ix_doc_free(doc);
}

/* A law's title as laws-repealed.tsv compares it. */
static void
test_law_title_key(void)
{
    static const char *same[] = {"ХӨДӨЛМӨРИЙН ТУХАЙ", "Хөдөлмөрийн тухай хууль", "Монгол Улсын хөдөлмөрийн тухай хууль",
                                 "ХӨДӨЛМӨРИЙН ТУХАЙ /Шинэчилсэн найруулга/", "  хөдөлмөрийн   тухай (1999) "};
    for (guint i = 0; i < G_N_ELEMENTS(same); i++) {
        char *key = ix_law_title_key(same[i]);
        g_assert_cmpstr(key, ==, "хөдөлмөрийн тухай");
        g_free(key);
    }
    char *key = ix_law_title_key("ХӨДӨЛМӨРИЙН АЮУЛГҮЙ БАЙДАЛ, ЭРҮҮЛ АХУЙН ТУХАЙ");
    g_assert_cmpstr(key, ==, "хөдөлмөрийн аюулгүй байдал эрүүл ахуйн тухай");
    g_free(key);
    key = ix_law_title_key("ЭРҮҮГИЙН ХУУЛЬ");
    g_assert_cmpstr(key, ==, "эрүүгийн хууль"); /* "хууль" goes only after "тухай" */
    g_free(key);
    key = ix_law_title_key(NULL);
    g_assert_cmpstr(key, ==, "");
    g_free(key);
}

/* Key words typed with Latin look-alikes (and what normalising makes of
 * them: a Latin y for ү becomes у), a day in ISO digits, "оны" typed
 * "ону": the same changes as the words written right.  Demo (fictional)
 * notes. */
static void
test_lookalikes_and_iso_days(void)
{
    check("/Энэ хэсгийг 2018 оны 3 дугаар сарын 1-ний өдрийн хуулиар хyчингyй болсонд тооцсон/", ZL_SCOPE_PART,
          true, "", "2018-03-01 repealed");
    check("/Энэ хэсгийг 2018 оны 3 дугаар сарын 1-ний өдрийн хуулиар хучингуй болсонд тооцсон/", ZL_SCOPE_PART,
          true, "", "2018-03-01 repealed");
    check("/Энэ xэcгийг 2018 оны 3 дугаар сарын 1-ний өдрийн хуулиар xүчингүй бoлсoнд тooцсoн/", ZL_SCOPE_PART, true,
          "", "2018-03-01 repealed");
    check("/Энэ заалтыг 2019 оны 4 дүгээр сарын 2-ны өдрийн хуулиар нэмcэн/", ZL_SCOPE_POINT, true, "",
          "2019-04-02 added");
    check("/Энэ хэсгийг 2018 ону 3 дугаар сарын 1-ний өдрийн хуулиар хүчингүй болсонд тооцсон/", ZL_SCOPE_PART, true,
          "", "2018-03-01 repealed");
    check("/Энэ хэсгийг 2018-03-01-ний өдрийн хуулиар хүчингүй болсонд тооцсон/", ZL_SCOPE_PART, true, "",
          "2018-03-01 repealed");
    check("/Энэ зүйлийг 2016-7-21-ний өдрийн хуулиар өөрчлөн найруулсан/", ZL_SCOPE_ARTICLE, true, "",
          "2016-07-21 restated");
}

/* A unit added for a time expires on the day named "хүртэл"; words
 * changed for a time are amended back on it; a suspension "until" a day
 * starts with the law (the act's day when the note names none) and ends
 * on it.  Demo (fictional) notes in the corpus's shapes. */
static void
test_until_a_day(void)
{
    check("/Энэ хэсгийг 2016 оны 02 дугаар сарын 05-ны өдрийн хуулиар нэмсэн бөгөөд 2019 оны 01 дүгээр сарын 01-ний "
          "өдөр хүртэл хугацаанд дагаж мөрдөхөөр заасан/",
          ZL_SCOPE_PART, true, "", "2016-02-05 added; 2019-01-01 expired");
    check("/Энэ заалтыг 2014 оны 01 дүгээр сарын 24-ний өдрийн хуулиар нэмсэн бөгөөд энэ заалтыг 2014 оны 03 дугаар "
          "сарын 01-ний өдрөөс эхлэн 2019 оны 01 дүгээр сарын 01-ний өдрийг хүртэл хугацаанд дагаж мөрдөнө/",
          ZL_SCOPE_POINT, true, "", "2014-03-01 added; 2019-01-01 expired");
    check("/Энэ хэсгийн “9” гэснийг “6” гэж 2009 оны 07 дугаар сарын 16-ны өдрийн хуулиар өөрчлөлт оруулсан бөгөөд "
          "2009 оны 8 дугаар сарын 01-ний өдрөөс эхлэн 2011 оны 01 дүгээр сарын 1-ний өдөр хүртэл дагаж мөрдөнө/",
          ZL_SCOPE_PART, false, "", "2009-08-01 amended; 2011-01-01 amended");
    check("/Энэ хэсгийн үйлчлэлийг 2030 оны 1 дүгээр сарын 1-ний өдөр хүртэл түдгэлзүүлсэн/", ZL_SCOPE_PART, false,
          "", " suspended; 2030-01-01 resumed");
    check("/Энэ хэсгийн үйлчлэлийг 2020 оны 1 дүгээр сарын 1-ний өдрөөс 2028 оны 1 дүгээр сарын 1-ний өдөр хүртэл "
          "түдгэлзүүлсүгэй/",
          ZL_SCOPE_PART, false, "", "2020-01-01 suspended; 2028-01-01 resumed");
    check("/Энэ заалтыг 2015 оны 3 дугаар сарын 5-ны өдрийн хуулиар нэмсэн бөгөөд 2020 оны 1 дүгээр сарын 1-нийг "
          "хүртэл дагаж мөрдөнө/",
          ZL_SCOPE_POINT, true, "", "2015-03-05 added; 2020-01-01 expired");
    check("/This paragraph was added by the law of 5 February 2016 and applies until 1 January 2019/", ZL_SCOPE_PART,
          true, "", "2016-02-05 added; 2019-01-01 expired");
    check("/This paragraph was suspended by the law of 3 March 2021 until 1 January 2030/", ZL_SCOPE_PART, true, "",
          "2021-03-03 suspended; 2030-01-01 resumed");
    check("/Энэ хэсгийн хүчинтэй байх хугацаа 2019 оны 01 дүгээр сарын 01-нд дууссан/", ZL_SCOPE_PART, true, "",
          "2019-01-01 expired");
    check("/Энэ заалтын үйлчлэлийг 2022 оны 5 дугаар сарын 6-ны өдрийн хуулиар 2024 оны 1 дүгээр сарын 1-ний өдөр "
          "хүртэл түр зогсоосон/",
          ZL_SCOPE_POINT, false, "", "2022-05-06 suspended; 2024-01-01 resumed");
    /* The Court's note opening with the law and the provision it names. */
    check("/Туршилтын тухай хуулийн 9 дүгээр зүйлийн 9.4 дэх хэсэгт “... 9.1.2 ...” гэсэн нь Үндсэн хуулийн цэцийн "
          "2018 оны 06 дугаар сарын 06-ны өдрийн 08 дугаар дүгнэлтээр 2018 оны 06 дугаар сарын 06-ны өдрөөс эхлэн "
          "түдгэлзүүлсэн./",
          ZL_SCOPE_PART, true, "9.4", "2018-06-06 suspended");
    /* An expiry decides a part's status as a repeal does, from its day. */
    GPtrArray *h = g_ptr_array_new_with_free_func(zr_amendment_free);
    g_ptr_array_add(h, zr_amendment_new("2016-02-05", "added", "19.12", NULL));
    g_ptr_array_add(h, zr_amendment_new("2019-01-01", "expired", "19.12", NULL));
    g_ptr_array_add(h, zr_amendment_new("2017-02-02", "added", "19.14", NULL));
    g_ptr_array_add(h, zr_amendment_new("2099-01-01", "expired", "19.14", NULL));
    zl_sort_history(h);
    const char *on = NULL;
    g_assert_true(zl_history_repealed(h, "19.12", &on, NULL));
    g_assert_cmpstr(on, ==, "2019-01-01");
    g_assert_false(zl_history_repealed(h, "19.14", NULL, NULL)); /* its day still to come */
    g_assert_cmpint(zl_change_from_name("expired"), ==, ZL_CHANGE_EXPIRED);
    g_assert_cmpint(zl_change_from_name("resumed"), ==, ZL_CHANGE_RESUMED);
    g_ptr_array_unref(h);

    /* Suspended today: from a day past until one to come, or with no end
     * said; not when it applies again already, nor a part never suspended.
     * A point of a suspended part is suspended with it. */
    h = g_ptr_array_new_with_free_func(zr_amendment_free);
    g_ptr_array_add(h, zr_amendment_new("2020-01-01", "suspended", "1.1", NULL));
    g_ptr_array_add(h, zr_amendment_new("2098-01-01", "resumed", "1.1", NULL));
    g_ptr_array_add(h, zr_amendment_new("2010-01-01", "suspended", "1.2", NULL));
    g_ptr_array_add(h, zr_amendment_new("2012-01-01", "resumed", "1.2", NULL));
    g_ptr_array_add(h, zr_amendment_new("2018-06-06", "suspended", "1.3", NULL));
    g_ptr_array_add(h, zr_amendment_new("2097-01-01", "suspended", "1.4", NULL));
    g_ptr_array_add(h, zr_amendment_new("2098-01-01", "resumed", "1.4", NULL));
    zl_sort_history(h);
    const char *until = "x";
    g_assert_true(zl_history_suspended(h, "1.1", &until, NULL));
    g_assert_cmpstr(until, ==, "2098-01-01");
    g_assert_true(zl_history_suspended(h, "1.1.2", &until, NULL));
    g_assert_cmpstr(until, ==, "2098-01-01");
    g_assert_true(zl_history_suspended(h, "1.3", &until, NULL));
    g_assert_null(until);
    g_assert_false(zl_history_suspended(h, "1.2", NULL, NULL)); /* applies again since 2012 */
    g_assert_false(zl_history_suspended(h, "1.4", NULL, NULL)); /* its suspension still to come */
    g_assert_false(zl_history_suspended(h, "1.5", NULL, NULL));
    g_assert_false(zl_history_suspended(h, NULL, NULL, NULL));
    g_ptr_array_unref(h);
}

/* A part repealed takes its points and their sub-points with it, though
 * its note stands after them; a point written anew since is in force; the
 * text searched as law in force leaves them all out.  Demo (fictional). */
static void
test_part_takes_its_points(void)
{
    const char *text = "ТУРШИЛТЫН ТУХАЙ\n\n"
                       "1 дүгээр зүйл.Зорилт\n\n"
                       "1.1.Энэ хуулийн зорилт.\n\n"
                       "2 дугаар зүйл.Мэдээлэл\n\n"
                       "2.1.Байгууллага мэдээлнэ.\n\n"
                       "2.2.Байгууллага дараах мэдээллээр хангана:\n\n"
                       "2.2.1.шилжүүлсэн тухай;\n\n"
                       "2.2.1.1.шилжүүлсэн өдөр;\n\n"
                       "2.2.2.суллагдсан тухай.\n\n"
                       "/Энэ хэсгийг 2016 оны 7 дугаар сарын 21-ний өдрийн хуулиар хүчингүй болсонд тооцсон/\n\n"
                       "2.3.Мэдээллийг нууцална.\n\n"
                       "3 дугаар зүйл.Эрх\n\n"
                       "3.1.Эрхтэй.\n";
    zr_doc *doc = ix_doc_new();
    doc->type = g_strdup("code");
    ix_segment_articles(ix_patterns_get(test_context()), doc, text, NULL, 0);
    ix_attach_amendments(ix_patterns_get(test_context()), doc, NULL, NULL);
    const zr_unit *two = unit_with_provision(doc, "2");
    const char *on = NULL;
    g_assert_true(zl_part_repealed(two, "2.2", NULL, NULL));
    g_assert_true(zl_part_repealed(two, "2.2.1", &on, NULL));
    g_assert_cmpstr(on, ==, "2016-07-21");
    g_assert_true(zl_part_repealed(two, "2.2.1.1", NULL, NULL));
    g_assert_true(zl_part_repealed(two, "2.2.2", NULL, NULL));
    g_assert_false(zl_part_repealed(two, "2.1", NULL, NULL));
    g_assert_false(zl_part_repealed(two, "2.3", NULL, NULL));
    g_assert_cmpstr(two->status, ==, "in_force");
    char *living = zl_text_in_force(two, NULL);
    g_assert_nonnull(strstr(living, "нууцална"));
    g_assert_null(strstr(living, "шилжүүлсэн"));
    g_assert_null(strstr(living, "суллагдсан"));
    g_free(living);
    char *keys = NULL;
    char *gone = zl_text_repealed(two, &keys, NULL, NULL);
    g_assert_cmpstr(keys, ==, "2.2\n2.2.1\n2.2.1.1\n2.2.2");
    g_free(keys);
    g_free(gone);
    ix_doc_free(doc);
    /* A point added to the part after its repeal is the part's anew. */
    GPtrArray *h = g_ptr_array_new_with_free_func(zr_amendment_free);
    g_ptr_array_add(h, zr_amendment_new("2016-07-21", "repealed", "25.3", NULL));
    g_ptr_array_add(h, zr_amendment_new("2018-01-05", "added", "25.3.5", NULL));
    g_assert_true(zl_history_repealed(h, "25.3.1", NULL, NULL));
    g_assert_false(zl_history_repealed(h, "25.3.5", NULL, NULL));
    g_assert_false(zl_history_repealed(h, "25.4.1", NULL, NULL));
    g_ptr_array_unref(h);
}

/* A part added from a day still to come is not law yet: neither in force
 * (left out of the text searched as law in force) nor repealed; its points
 * with it; one added from a day passed is law.  Demo (fictional). */
static void
test_added_from_a_day_to_come(void)
{
    const char *text = "ТУРШИЛТЫН ТУХАЙ\n\n"
                       "1 дүгээр зүйл.Уул\n\n"
                       "1.1.Уулыг хамгаална.\n\n"
                       "1.2.Уулын оройд ирээдүйнтэмдэг тавина:\n\n"
                       "1.2.1.ирээдүйнзаалт;\n\n"
                       "/Энэ хэсгийг 2026 оны 10 дугаар сарын 1-ний өдрийн хуулиар нэмсэн бөгөөд 2099 оны 7 дугаар "
                       "сарын 1-ний өдрөөс эхлэн дагаж мөрдөнө/\n\n"
                       "1.3.Уулын бэлд өнгөрсөнтэмдэг тавина.\n\n"
                       "/Энэ хэсгийг 2016 оны 10 дугаар сарын 1-ний өдрийн хуулиар нэмсэн бөгөөд 2017 оны 7 дугаар "
                       "сарын 1-ний өдрөөс эхлэн дагаж мөрдөнө/\n\n"
                       "2 дугаар зүйл.Ус\n\n"
                       "2.1.Усыг хамгаална.\n\n"
                       "3 дугаар зүйл.Ой\n\n"
                       "3.1.Ойг хамгаална.\n";
    zr_doc *doc = ix_doc_new();
    doc->type = g_strdup("code");
    ix_segment_articles(ix_patterns_get(test_context()), doc, text, NULL, 0);
    ix_attach_amendments(ix_patterns_get(test_context()), doc, NULL, NULL);
    const zr_unit *one = unit_with_provision(doc, "1");
    const char *from = NULL;
    g_assert_true(zl_history_pending(one->amendments, "1.2", &from, NULL));
    g_assert_cmpstr(from, ==, "2099-07-01");
    /* The history keeps the day of the law that added it, and the record
     * stores it. */
    const zr_amendment *added = zl_last_change(one->amendments, "1.2");
    g_assert_cmpstr(added->date, ==, "2099-07-01");
    g_assert_cmpstr(added->made, ==, "2026-10-01");
    char *stored = zr_history_format(one->amendments);
    GPtrArray *back = zr_history_parse(stored);
    g_assert_cmpstr(zl_last_change(back, "1.2")->made, ==, "2026-10-01");
    g_assert_null(zl_last_change(back, "1.1") != NULL ? zl_last_change(back, "1.1")->made : NULL);
    g_ptr_array_unref(back);
    g_free(stored);
    g_assert_true(zl_history_pending(one->amendments, "1.2.1", NULL, NULL));
    g_assert_false(zl_history_pending(one->amendments, "1.3", NULL, NULL));
    g_assert_false(zl_history_pending(one->amendments, "1.1", NULL, NULL));
    g_assert_false(zl_part_repealed(one, "1.2", NULL, NULL));
    g_assert_cmpstr(one->status, ==, "in_force");
    char *living = zl_text_in_force(one, NULL);
    g_assert_nonnull(living);
    g_assert_null(strstr(living, "ирээдүйн"));
    g_assert_nonnull(strstr(living, "өнгөрсөнтэмдэг"));
    g_assert_nonnull(strstr(living, "Уулыг хамгаална"));
    g_free(living);
    ix_doc_free(doc);
}

/* A chapter added on a day holds the articles it held then: an article
 * added to it later, by its own note, was added on its own day only. */
static void
test_article_added_to_an_added_chapter(void)
{
    const char *text = "ТУРШИЛТЫН ТУХАЙ\n\n"
                       "ТАВДУГААР БҮЛЭГ\n"
                       "/Энэ бүлгийг 2002 оны 12 дугаар сарын 12-ны өдрийн хуулиар нэмсэн/\n"
                       "Зээлийн үйл ажиллагаа\n\n"
                       "30 дугаар зүйл.Зээл\n\n"
                       "30.1.Зээл олгоно.\n\n"
                       "31 дүгээр зүйл.Зээлийн мэдээлэл\n\n"
                       "31.1.Мэдээллийг хадгална.\n\n"
                       "/Энэ зүйлийг 2011 оны 10 дугаар сарын 20-ны өдрийн хуулиар нэмсэн/\n\n"
                       "/Энэ бүлгийг 2002 оны 12 дугаар сарын 12-ны өдрийн хуулиар нэмсэн/\n\n"
                       "ЗУРГАДУГААР БҮЛЭГ\n"
                       "32 дугаар зүйл.Хариуцлага\n\n"
                       "32.1.Хариуцлага хүлээлгэнэ.\n";
    zr_doc *doc = ix_doc_new();
    doc->type = g_strdup("code");
    ix_segment_articles(ix_patterns_get(test_context()), doc, text, NULL, 0);
    ix_attach_amendments(ix_patterns_get(test_context()), doc, NULL, NULL);
    const zr_unit *thirty = unit_with_provision(doc, "30"), *later = unit_with_provision(doc, "31");
    g_assert_cmpuint(thirty->amendments->len, ==, 1); /* the chapter's two notes: added once */
    g_assert_cmpstr(zl_last_change(thirty->amendments, NULL)->date, ==, "2002-12-12");
    g_assert_cmpuint(later->amendments->len, ==, 1);
    g_assert_cmpstr(zl_last_change(later->amendments, NULL)->date, ==, "2011-10-20");
    g_assert_cmpstr(zl_last_change(later->amendments, NULL)->change, ==, "added");
    g_assert_cmpstr(later->valid_from, ==, "2011-10-20");
    g_assert_cmpuint(unit_with_provision(doc, "32")->amendments->len, ==, 0);
    ix_doc_free(doc);
}

/* A chapter's heading goes with the article it opens, once its notes
 * are read: no article ends with the next chapter's name; the parts of
 * both keep their keys and their text. */
static void
test_chapter_heading_opens_its_article(void)
{
    const char *text = "ТУРШИЛТЫН ТУХАЙ\n\n"
                       "6 дугаар зүйл.Хамгаалалт\n\n"
                       "6.1.Хамгаалалтыг зохион байгуулна.\n\n"
                       "6.2.Хяналт тавина.\n\n"
                       "ХОЁРДУГААР БҮЛЭГ\nХЯНАЛТЫН БҮЛЭГ\n"
                       "/Энэ бүлгийг 2019 оны 5 дугаар сарын 17-ны өдрийн хуулиар нэмсэн/\n\n"
                       "7 дугаар зүйл.Хяналт\n\n"
                       "7.1.Хяналтыг сум хэрэгжүүлнэ.\n";
    zr_doc *doc = ix_doc_new();
    doc->type = g_strdup("code");
    ix_segment_articles(ix_patterns_get(test_context()), doc, text, NULL, 0);
    ix_attach_amendments(ix_patterns_get(test_context()), doc, NULL, NULL);
    const zr_unit *six = unit_with_provision(doc, "6"), *seven = unit_with_provision(doc, "7");
    g_assert_null(strstr(six->text, "БҮЛЭГ"));
    g_assert_true(g_str_has_suffix(six->text, "6.2.Хяналт тавина."));
    g_assert_true(g_str_has_prefix(seven->text, "ХОЁРДУГААР БҮЛЭГ\nХЯНАЛТЫН БҮЛЭГ"));
    /* The chapter's note, read before the move, is the article's. */
    g_assert_cmpstr(zl_last_change(seven->amendments, NULL)->change, ==, "added");
    g_assert_null(zl_last_change(six->amendments, NULL));
    const zr_unit *units[] = {six, seven};
    const char *keys[] = {"6.2", "7.1"}, *texts[] = {"6.2.Хяналт тавина.", "7.1.Хяналтыг сум хэрэгжүүлнэ."};
    for (int k = 0; k < 2; k++) {
        const zr_part *p = NULL;
        for (guint i = 0; i < units[k]->parts->len; i++)
            if (strcmp(((zr_part *)g_ptr_array_index(units[k]->parts, i))->key, keys[k]) == 0)
                p = g_ptr_array_index(units[k]->parts, i);
        g_assert_nonnull(p);
        char *got = g_strndup(units[k]->text + p->start, (gsize)(p->end - p->start));
        g_assert_cmpstr(g_strstrip(got), ==, texts[k]);
        g_free(got);
    }
    ix_doc_free(doc);
}

/* Demo (fictional), in the shapes of the statutes: a chapter an amendment
 * inserted (14¹) is headed with its superscript glued to the ordinal
 * ("АРВАН ДӨРӨВДҮГЭЭР1 БҮЛЭГ", "ДӨРӨВДҮГЭЭР¹", "ЗУРГАА1ДУГААР"), and a
 * chapter past the fiftieth by two words ("ЖАРАН НЭГДҮГЭЭР БҮЛЭГ"), or
 * its ordinal written apart ("ХОЁР ДУГААР БҮЛЭГ").  Each is a chapter:
 * its note of being added is its own articles', never the chapter's before
 * it, whose article repealed long before stays repealed and whose
 * articles keep the law's day. */
static void
test_inserted_chapter_keeps_its_notes(void)
{
    const char *headings[] = {"АРВАН ДӨРӨВДҮГЭЭР1 БҮЛЭГ", "АРВАН ДӨРӨВДҮГЭЭР\u00B9 БҮЛЭГ",
                              "АРВАН ДӨРӨВДҮГЭЭР 1 БҮЛЭГ", "АРВАН ЗУРГАА1ДУГААР БYЛЭГ",
                              "ЖАРАН НЭГДҮГЭЭР БҮЛЭГ", "ХОЁР ДУГААР БҮЛЭГ", "14 дүгээр бүлэг",
                              "АРВАН ДӨРӨВДҮГЭЭР1 БҮЛЭГ АРБИТР", "АРВАН ДӨРӨВДҮГЭЭР1 БҮЛЭГ: Арбитр"};
    for (guint h = 0; h < G_N_ELEMENTS(headings); h++) {
        char *text = g_strdup_printf("ТУРШИЛТЫН ТУХАЙ\n\n"
                                     "АРВАН ДӨРӨВДҮГЭЭР БҮЛЭГ\nГомдлын ажиллагаа\n"
                                     "156 дугаар зүйл.Гомдол\n\n"
                                     "156.1.Гомдлыг хүлээн авна.\n\n"
                                     "157 дугаар зүйл.Хүсэлт\n\n"
                                     "157.1.Хүсэлт гаргана.\n\n"
                                     "/Дээрх 157 дугаар зүйлийг 2007 оны 8 дугаар сарын 03-ны өдрийн хуулиар "
                                     "хүчингүй болсонд тооцсон/\n\n"
                                     "158 дугаар зүйл.Шийдвэр\n\n"
                                     "158.1.Шийдвэр гаргана:\n"
                                     "Арван тавдугаар бүлэг болон арван зургадугаар бүлэгт заасныг баримтална.\n\n"
                                     "%s\n\nАрбитрын ажиллагаа\n\n"
                                     "1581 дүгээр зүйл.Арбитр\n\n"
                                     "1581.1.Арбитрт хандана.\n\n"
                                     "/Энэ бүлгийг 2017 оны 1 дүгээр сарын 26-ны өдрийн хуулиар нэмсэн/\n\n"
                                     "АРВАН ТАВДУГААР БҮЛЭГ\n"
                                     "159 дүгээр зүйл.Давж заалдах\n\n"
                                     "159.1.Давж заалдана.\n",
                                     headings[h]);
        char *normal = az_normalise(text, -1);
        zr_doc *doc = ix_doc_new();
        doc->type = g_strdup("code");
        doc->date = g_strdup("2002-01-10");
        ix_segment_articles(ix_patterns_get(test_context()), doc, normal, NULL, 0);
        ix_attach_amendments(ix_patterns_get(test_context()), doc, NULL, NULL);
        const zr_unit *repealed = unit_with_provision(doc, "157"), *inserted = unit_with_provision(doc, "1581");
        g_assert_nonnull(inserted);
        g_assert_cmpstr(repealed->status, ==, "repealed");
        g_assert_cmpuint(repealed->amendments->len, ==, 1);
        g_assert_cmpuint(unit_with_provision(doc, "156")->amendments->len, ==, 0);
        g_assert_cmpuint(unit_with_provision(doc, "158")->amendments->len, ==, 0);
        g_assert_null(unit_with_provision(doc, "158")->valid_from);
        g_assert_cmpuint(unit_with_provision(doc, "159")->amendments->len, ==, 0);
        g_assert_cmpstr(zl_last_change(inserted->amendments, NULL)->change, ==, "added");
        g_assert_cmpstr(inserted->valid_from, ==, "2017-01-26");
        /* The heading opens its article and closes none; a sentence that
         * opens with chapters' names is no heading. */
        g_assert_null(strstr(unit_with_provision(doc, "158")->text, "БҮЛЭГ"));
        g_assert_true(g_str_has_suffix(unit_with_provision(doc, "158")->text, "заасныг баримтална."));
        ix_doc_free(doc);
        g_free(normal);
        g_free(text);
    }
}

/* Demo (fictional), in the shapes of the statutes: a note stands after the
 * whole of what it is about.  "Энэ хэсгийг … хүчингүй" after point 7.2
 * with 7.3 and 7.4 after it is 7.2's repeal (part 7, 7.1, 7.3, 7.4 in
 * force); after a part's last point it is the part's (3, with 3.1, 3.2);
 * a point added since by its own note does not make the part's note its
 * point's (5 restated, 5.2 added later). */
static void
test_part_note_is_the_point_it_follows(void)
{
    const char *text = "ТУРШИЛТЫН ТУХАЙ\n\n"
                       "10 дугаар зүйл.Стандарт зөрчих\n\n"
                       "3.Дараах үйлдэлд:\n\n"
                       "3.1.стандартыг хуулбарласан;\n\n"
                       "3.2.стандартыг хэрэглээгүй бол торгоно.\n\n"
                       "/Энэ хэсгийг 2016 оны 7 дугаар сарын 21-ний өдрийн хуулиар хүчингүй болсонд тооцсон/\n\n"
                       "5.Дараах үйлдэлд:\n\n"
                       "5.1.тэмдэг тавьсан бол торгоно.\n\n"
                       "/Энэ хэсгийг 2015 оны 5 дугаар сарын 1-ний өдрийн хуулиар өөрчлөн найруулсан/\n\n"
                       "5.2.ангиллыг өсгөсөн бол торгоно.\n\n"
                       "/Энэ заалтыг 2019 оны 3 дугаар сарын 1-ний өдрийн хуулиар нэмсэн/\n\n"
                       "7.Хуульд заасныг зөрчиж:\n\n"
                       "7.1.стандартыг хувилсан;\n\n"
                       "7.2.өөр стандарт хэрэглэсэн;\n\n"
                       "/Энэ хэсгийг 2017 оны 12 дугаар сарын 21-ний өдрийн хуулиар хүчингүй болсонд тооцсон./\n\n"
                       "7.3.товчилсон тэмдэглэгээ тавьсан;\n\n"
                       "7.4.зэргийг өсгөсөн бол торгоно.\n\n"
                       "11 дүгээр зүйл.Хяналт\n\n"
                       "11.1.Хяналт тавина.\n";
    zr_doc *doc = ix_doc_new();
    doc->type = g_strdup("code");
    ix_segment_articles(ix_patterns_get(test_context()), doc, text, NULL, 0);
    ix_attach_amendments(ix_patterns_get(test_context()), doc, NULL, NULL);
    const zr_unit *ten = unit_with_provision(doc, "10");
    const char *on = NULL;
    g_assert_true(zl_part_repealed(ten, "10.7.2", &on, NULL));
    g_assert_cmpstr(on, ==, "2017-12-21");
    g_assert_false(zl_part_repealed(ten, "10.7", NULL, NULL));
    g_assert_false(zl_part_repealed(ten, "10.7.1", NULL, NULL));
    g_assert_false(zl_part_repealed(ten, "10.7.3", NULL, NULL));
    g_assert_false(zl_part_repealed(ten, "10.7.4", NULL, NULL));
    g_assert_true(zl_part_repealed(ten, "10.3", &on, NULL));
    g_assert_cmpstr(on, ==, "2016-07-21");
    g_assert_true(zl_part_repealed(ten, "10.3.2", NULL, NULL));
    g_assert_cmpstr(zl_last_change(ten->amendments, "10.5")->change, ==, "restated");
    g_assert_cmpstr(zl_last_change(ten->amendments, "10.5.2")->change, ==, "added");
    g_assert_null(zl_last_change(ten->amendments, "10.5.1"));
    g_assert_cmpstr(ten->status, ==, "in_force");
    ix_doc_free(doc);
}

/* The laws a repealing act names, whatever way it writes their day of
 * adoption: in words, "2011.11.11-ний", "2012/03/04-ний" (the dots and
 * slashes of a day are no sentence's end), in a statute's entry
 * (lawrepeal.c) as title key and day. */
static void
test_stated_repeal_days(void)
{
    const char *text = "ХУУЛЬ ХҮЧИНГҮЙ БОЛСОНД ТООЦОХ ТУХАЙ\n\n"
                       "1 дүгээр зүйл.2011.11.11-ний өдөр баталсан Туршилтын зөвлөгөөний тухай хуулийг хүчингүй "
                       "болсонд тооцсугай.\n\n"
                       "2 дугаар зүйл.2012/03/04-ний өдөр баталсан Жишээ бэлчээрийн тухай хуулийг, 2013 оны 5 "
                       "дугаар сарын 6-ны өдөр баталсан Жишээ усны тухай хуулийг хүчингүй болсонд тооцсугай.\n\n"
                       "3 дугаар зүйл.Энэ хуулийг 2027 оны 01 дүгээр сарын 01-ний өдрөөс эхлэн дагаж мөрдөнө.\n";
    zr_doc *doc = ix_doc_new();
    doc->type = g_strdup("code");
    doc->title = g_strdup("ХУУЛЬ ХҮЧИНГҮЙ БОЛСОНД ТООЦОХ ТУХАЙ");
    doc->date = g_strdup("2026-09-09");
    doc->source = g_strdup("demo");
    doc->path = g_strdup("repealer.txt");
    ix_segment_articles(ix_patterns_get(test_context()), doc, text, NULL, 0);
    ix_law_reader *lr = ix_law_reader_new();
    char *entry = ix_law_entry(lr, NULL, doc);
    ix_law_reader_free(lr);
    g_assert_nonnull(entry);
    g_assert_nonnull(strstr(entry, "\nтуршилтын зөвлөгөөний тухай\t2011-11-11\t2027-01-01\t"));
    g_assert_nonnull(strstr(entry, "\nжишээ бэлчээрийн тухай\t2012-03-04\t2027-01-01\t"));
    g_assert_nonnull(strstr(entry, "\nжишээ усны тухай\t2013-05-06\t2027-01-01\t"));
    g_free(entry);
    ix_doc_free(doc);
}

/* Demo (fictional): a statute of `text`, dated `date`, its articles found. */
static zr_doc *
demo_statute(const char *path, const char *title, const char *date, const char *text)
{
    zr_doc *doc = ix_doc_new();
    doc->type = g_strdup("code");
    doc->title = g_strdup(title);
    doc->date = g_strdup(date);
    doc->source = g_strdup("demo");
    doc->path = g_strdup(path);
    ix_segment_articles(ix_patterns_get(test_context()), doc, text, NULL, 0);
    return doc;
}

/* One reader, its patterns compiled once, reads statute after statute and
 * each gets its own start and repeals, whatever the one before said: a day
 * stated, a law it takes effect with, neither (its date), then the first
 * again; the entry of a repealing act lists the laws it repeals and the
 * next statute's lists none. */
static void
test_law_reader_reused(void)
{
    zr_doc *stated = demo_statute("a.txt", "ЖИШЭЭ ОЙН ТУХАЙ", "2026-03-03",
                                  "ЖИШЭЭ ОЙН ТУХАЙ\n\n1 дүгээр зүйл.Ой хамгаална.\n\n"
                                  "2 дугаар зүйл.Энэ хуулийг 2027 оны 01 дүгээр сарын 01-ний өдрөөс эхлэн дагаж мөрдөнө.\n");
    zr_doc *with = demo_statute("b.txt", "ЖИШЭЭ ГОЛЫН ТУХАЙ", "2026-04-04",
                                "ЖИШЭЭ ГОЛЫН ТУХАЙ\n\n1 дүгээр зүйл.Гол хамгаална.\n\n"
                                "2 дугаар зүйл.Энэ хуулийг Жишээ усны тухай хууль хүчин төгөлдөр болсон өдрөөс эхлэн "
                                "дагаж мөрдөнө.\n");
    zr_doc *plain = demo_statute("c.txt", "ЖИШЭЭ НУУРЫН ТУХАЙ", "2026-05-05",
                                 "ЖИШЭЭ НУУРЫН ТУХАЙ\n\n1 дүгээр зүйл.Нуур хамгаална.\n\n"
                                 "2 дугаар зүйл.Нуурыг цэвэр байлгана.\n");
    zr_doc *repealer = demo_statute("d.txt", "ХУУЛЬ ХҮЧИНГҮЙ БОЛСОНД ТООЦОХ ТУХАЙ", "2026-09-09",
                                    "ХУУЛЬ ХҮЧИНГҮЙ БОЛСОНД ТООЦОХ ТУХАЙ\n\n"
                                    "1 дүгээр зүйл.2011.11.11-ний өдөр баталсан Туршилтын зөвлөгөөний тухай хуулийг "
                                    "хүчингүй болсонд тооцсугай.\n\n"
                                    "2 дугаар зүйл.Энэ хуулийг 2027 оны 02 дугаар сарын 02-ны өдрөөс эхлэн дагаж "
                                    "мөрдөнө.\n");
    ix_law_reader *lr = ix_law_reader_new();
    struct {
        zr_doc *doc;
        const char *on, *with;
    } want[] = {{stated, "2027-01-01", NULL}, {with, "2026-04-04", "жишээ усны тухай"},
                {plain, "2026-05-05", NULL},  {stated, "2027-01-01", NULL},
                {repealer, "2027-02-02", NULL}, {plain, "2026-05-05", NULL}};
    for (size_t i = 0; i < G_N_ELEMENTS(want); i++) {
        char *law = (char *)"unset";
        char *on = ix_law_start_day(lr, NULL, want[i].doc, &law);
        g_assert_cmpstr(on, ==, want[i].on);
        g_assert_cmpstr(law, ==, want[i].with);
        g_free(on);
        g_free(law);
        char *entry = ix_law_entry(lr, NULL, want[i].doc);
        g_assert_nonnull(entry);
        /* Its own start, and for the one that takes effect with another
         * law, that law in its field (the eleventh; a provision's awaited
         * law and its day follow, empty here). */
        char *field = g_strdup_printf("\t%s\t", want[i].on);
        g_assert_nonnull(strstr(entry, field));
        g_free(field);
        char *first = g_strndup(entry, strcspn(entry, "\n"));
        char **head = g_strsplit(first, "\t", -1);
        g_assert_cmpuint(g_strv_length(head), ==, 13);
        g_assert_cmpstr(head[10], ==, want[i].with != NULL ? want[i].with : "");
        g_assert_cmpstr(head[11], ==, "");
        g_strfreev(head);
        g_free(first);
        bool repeals = strstr(entry, "\nтуршилтын зөвлөгөөний тухай\t2011-11-11\t2027-02-02\t") != NULL;
        g_assert_true(repeals == (want[i].doc == repealer));
        g_assert_null(strchr(entry, '\n') != NULL && want[i].doc != repealer ? entry : NULL);
        g_free(entry);
    }
    ix_law_reader_free(lr);
    ix_law_reader_free(NULL);
    ix_doc_free(stated), ix_doc_free(with), ix_doc_free(plain), ix_doc_free(repealer);
}

/* A part that applies from a later day, said in an article whose heading
 * is that sentence, with no part of its own ("3 дугаар зүйл.Энэ хуулийн
 * 2.2 дахь хэсгийг … өдрөөс эхлэн дагаж мөрдөнө"): not law before that
 * day, as when the sentence is a numbered part (5.1), though a note
 * restated the part before (its first change).  Demonstration text. */
static void
test_part_start_in_a_heading(void)
{
    zr_doc *doc = demo_statute("f.txt", "ЖИШЭЭ ЭМНЭЛГИЙН ТУХАЙ", "2016-09-07",
                               "ЖИШЭЭ ЭМНЭЛГИЙН ТУХАЙ\n\n"
                               "2 дугаар зүйл.Жишээ эмч\n\n"
                               "2.1.Жишээ эмч ажиллана.\n\n"
                               "2.2.Жишээ резидент эмч сургалтад хамрагдана.\n\n"
                               "/Энэ хэсгийг 2016 оны 4 дүгээр сарын 22-ны өдрийн хуулиар өөрчлөн найруулсан/\n\n"
                               "3 дугаар зүйл.Энэ хуулийн 2.2 дахь хэсгийг 2021 оны 01 дүгээр сарын 01-ний өдрөөс "
                               "эхлэн дагаж мөрдөнө.\n\n"
                               "4 дүгээр зүйл.Жишээ дүрэм\n\n"
                               "4.1.Жишээ дүрэм батална.\n\n"
                               "5 дугаар зүйл.Хууль дагаж мөрдөх\n\n"
                               "5.1.Энэ хуулийн 4.1 дэх хэсгийг 2022 оны 02 дугаар сарын 02-ны өдрөөс эхлэн дагаж "
                               "мөрдөнө.\n");
    ix_attach_amendments(ix_patterns_get(test_context()), doc, NULL, NULL);
    ix_law_reader *lr = ix_law_reader_new();
    ix_apply_law_start(lr, NULL, doc);
    const zr_unit *u2 = unit_with_provision(doc, "2"), *u4 = unit_with_provision(doc, "4");
    const char *from = NULL;
    g_assert_true(zl_history_pending(u2->amendments, "2.2", &from, "2020-06-01"));
    g_assert_cmpstr(from, ==, "2021-01-01");
    g_assert_false(zl_history_pending(u2->amendments, "2.2", NULL, "2021-06-01"));
    g_assert_false(zl_history_pending(u2->amendments, "2.1", NULL, "2020-06-01"));
    g_assert_true(zl_history_pending(u4->amendments, "4.1", &from, "2021-06-01"));
    g_assert_cmpstr(from, ==, "2022-02-02");
    ix_law_reader_free(lr);
    ix_doc_free(doc);
}

/* A pattern not worth trying is not tried (ix_law_text_may_hold), but a
 * statement in capitals or mixed case is still read: the look for its
 * words is as caseless as the pattern. */
static void
test_law_words_any_case(void)
{
    g_assert_true(ix_law_text_may_hold("Энэ ХУУлийг", "хуулийг"));
    g_assert_true(ix_law_text_may_hold("ххуулийг", "хуулийг"));
    g_assert_true(ix_law_text_may_hold("БҮЛЭГ", "лэг"));
    g_assert_false(ix_law_text_may_hold("энэ хуули", "хуулийг"));
    g_assert_false(ix_law_text_may_hold("", "хуулийг"));
    zr_doc *caps = demo_statute("e.txt", "ЖИШЭЭ ТАЛЫН ТУХАЙ", "2026-06-06",
                                "ЖИШЭЭ ТАЛЫН ТУХАЙ\n\n"
                                "1 дүгээр зүйл.2011.11.11-НИЙ ӨДӨР БАТАЛСАН ТУРШИЛТЫН ЗӨВЛӨГӨӨНИЙ ТУХАЙ ХУУЛИЙГ "
                                "ХҮЧИНГҮЙ БОЛСОНД ТООЦСУГАЙ.\n\n"
                                "2 дугаар зүйл.ЭНЭ ХУУЛИЙГ 2027 оны 03 дугаар сарын 03-ны ӨДРӨӨС ЭХЛЭН ДАГАЖ МӨРДӨНӨ.\n");
    ix_law_reader *lr = ix_law_reader_new();
    char *on = ix_law_takes_effect_on(lr, caps);
    g_assert_cmpstr(on, ==, "2027-03-03");
    g_free(on);
    char *entry = ix_law_entry(lr, NULL, caps);
    g_assert_nonnull(strstr(entry, "\nтуршилтын зөвлөгөөний тухай\t2011-11-11\t2027-03-03\t"));
    g_free(entry);
    ix_law_reader_free(lr);
    ix_doc_free(caps);
}

/* Demo (fictional): one history, read as of several days.  1.1 repealed
 * in 2012 and restated in 2018; 1.2 suspended from 2014 to 2016; 1.3
 * added from 2010; 1.4 repealed from a day far ahead. */
static GPtrArray *
history_of_days(void)
{
    GPtrArray *h = g_ptr_array_new_with_free_func(zr_amendment_free);
    g_ptr_array_add(h, zr_amendment_new("2010-03-01", "added", "1.3", NULL));
    g_ptr_array_add(h, zr_amendment_new("2012-05-01", "repealed", "1.1", NULL));
    g_ptr_array_add(h, zr_amendment_new("2014-01-01", "suspended", "1.2", NULL));
    g_ptr_array_add(h, zr_amendment_new("2016-01-01", "resumed", "1.2", NULL));
    g_ptr_array_add(h, zr_amendment_new("2018-07-01", "restated", "1.1", NULL));
    g_ptr_array_add(h, zr_amendment_new("2999-01-01", "repealed", "1.4", NULL));
    return h;
}

/* The day is the caller's to say, call by call: the same history asked
 * with two days in a row gives each day's answer, nothing set between
 * (no reading "as of" a day left behind by an earlier call), and NULL is
 * the clock's today. */
static void
test_day_is_passed(void)
{
    GPtrArray *h = history_of_days();
    const char *on = NULL, *until = NULL, *from = NULL;
    g_assert_true(zl_history_repealed(h, "1.1", &on, "2013-01-01"));
    g_assert_cmpstr(on, ==, "2012-05-01");
    g_assert_false(zl_history_repealed(h, "1.1", NULL, "2009-01-01"));
    g_assert_true(zl_history_repealed(h, "1.1", NULL, "2013-01-01"));
    g_assert_false(zl_history_repealed(h, "1.1", NULL, "2019-01-01")); /* restated since */
    g_assert_nonnull(zl_deciding_repeal(h, "1.1", true, "2012-05-01"));
    g_assert_null(zl_deciding_repeal(h, "1.1", true, "2012-04-30"));
    g_assert_true(zl_history_suspended(h, "1.2", &until, "2015-01-01"));
    g_assert_cmpstr(until, ==, "2016-01-01");
    g_assert_false(zl_history_suspended(h, "1.2", NULL, "2013-01-01"));
    g_assert_false(zl_history_suspended(h, "1.2", NULL, "2016-01-01"));
    g_assert_true(zl_history_pending(h, "1.3", &from, "2009-01-01"));
    g_assert_cmpstr(from, ==, "2010-03-01");
    g_assert_false(zl_history_pending(h, "1.3", NULL, "2013-01-01"));
    /* NULL: the clock's today, before 2999 and after 2012. */
    g_assert_false(zl_history_repealed(h, "1.4", NULL, NULL));
    g_assert_true(zl_history_repealed(h, "1.4", NULL, "2999-01-01"));
    g_assert_false(zl_history_repealed(h, "1.4", NULL, NULL));
    g_assert_true(zl_day_passed("2012", NULL));
    g_assert_false(zl_day_passed("2999-01-01", NULL));
    /* A year or a month by its own length. */
    g_assert_true(zl_day_passed("2012", "2012-01-01"));
    g_assert_false(zl_day_passed("2012-05", "2012-04-30"));
    g_assert_true(zl_day_passed("2012-05", "2012-05-01"));
    g_assert_false(zl_day_passed(NULL, "2012-05-01"));

    /* The text searched as law: what each day left out. */
    const char *text = "1.1.Нэгдүгээр заалт.\n1.2.Хоёрдугаар заалт.\n1.3.Гуравдугаар заалт.\n";
    const char *keys[] = {"1.1", "1.2", "1.3"};
    zr_part parts[3];
    GPtrArray *list = g_ptr_array_new();
    for (int i = 0; i < 3; i++) {
        const char *at = strstr(text, keys[i]);
        const char *next = strchr(at, '\n') + 1;
        parts[i] = (zr_part){.key = (char *)keys[i], .start = (int)(at - text), .end = (int)(next - text)};
        g_ptr_array_add(list, &parts[i]);
    }
    zr_unit unit = {.text = (char *)text, .status = "in_force", .parts = list, .amendments = h};
    char *in_2013 = zl_text_in_force(&unit, "2013-01-01");
    char *in_2009 = zl_text_in_force(&unit, "2009-01-01");
    g_assert_nonnull(in_2013);
    g_assert_null(strstr(in_2013, "Нэгдүгээр"));
    g_assert_nonnull(strstr(in_2013, "Гуравдугаар"));
    g_assert_nonnull(in_2009);
    g_assert_nonnull(strstr(in_2009, "Нэгдүгээр"));
    g_assert_null(strstr(in_2009, "Гуравдугаар"));
    g_assert_null(zl_text_in_force(&unit, "2019-01-01")); /* nothing left out */
    char *gone = NULL;
    char *old = zl_text_repealed(&unit, &gone, NULL, "2013-01-01");
    g_assert_cmpstr(gone, ==, "1.1");
    g_assert_null(zl_text_repealed(&unit, NULL, NULL, "2009-01-01"));
    g_free(old);
    g_free(gone);
    g_free(in_2013);
    g_free(in_2009);
    g_ptr_array_free(list, TRUE);
    g_ptr_array_unref(h);
}

/* Two threads reading one history as of two days at once (two requests
 * of a server, one for the law of 2009 and one of 2013): each gets its own
 * day's answers every time, whatever the other asks meanwhile. */
typedef struct {
    const GPtrArray *history;
    const char *day;
    bool repealed, pending; /* what `day` must give for 1.1 and 1.3 */
    gint *ready;
    unsigned wrong;
} day_reader;

static gpointer
read_as_of(gpointer data)
{
    day_reader *r = data;
    /* Both threads start together, so their readings overlap. */
    g_atomic_int_inc(r->ready);
    while (g_atomic_int_get(r->ready) < 2)
        g_thread_yield();
    for (int i = 0; i < 20000; i++) {
        if (zl_history_repealed(r->history, "1.1", NULL, r->day) != r->repealed ||
            zl_history_pending(r->history, "1.3", NULL, r->day) != r->pending)
            r->wrong++;
    }
    return NULL;
}

static void
test_days_of_two_threads(void)
{
    GPtrArray *h = history_of_days();
    gint ready = 0;
    day_reader then = {.history = h, .day = "2009-01-01", .repealed = false, .pending = true, .ready = &ready};
    day_reader later = {.history = h, .day = "2013-01-01", .repealed = true, .pending = false, .ready = &ready};
    GThread *a = g_thread_new("law-of-2009", read_as_of, &then);
    GThread *b = g_thread_new("law-of-2013", read_as_of, &later);
    g_thread_join(a);
    g_thread_join(b);
    g_assert_cmpuint(then.wrong, ==, 0);
    g_assert_cmpuint(later.wrong, ==, 0);
    g_ptr_array_unref(h);
}

/* A unit's own start in a note ("/Энэ заалтыг … өдрөөс эхлэн дагаж
 * мөрдөнө/", or its number in the note): not law before that day, so
 * added on it.  Words applying from a day (the law's day named too) are
 * no start.  A change set for a later day ("… гэж өөрчлөлт оруулахаар
 * заасан бөгөөд үүнийг … өдрөөс эхлэн дагаж мөрдөнө", "өөрчлөн
 * найруулахаар заасан …") is that change on that day; the law it went
 * through on the way is no change of the unit.  Demonstration notes. */
static void
test_starts_and_changes_set_ahead(void)
{
    check("/Энэ заалтыг 2031 оны 1 дүгээр сарын 01-ний өдрөөс эхлэн дагаж мөрдөнө/", ZL_SCOPE_POINT, true, "",
          "2031-01-01 added");
    check("/12.4 дэх хэсгийг 2032 оны 3 дугаар сарын 1-ний өдрөөс эхлэн дагаж мөрдөнө/", ZL_SCOPE_PART, true, "12.4",
          "2032-03-01 added");
    check("/Энэ хэсгийн “жишээ сангийн” гэснийг 2030 оны 11 дүгээр сарын 10-ны өдрийн хуулиар 2031 оны 07 дугаар "
          "сарын 01-ний өдрөөс эхлэн дагаж мөрдөхөөр заасан/",
          ZL_SCOPE_PART, false, "", "2030-11-10 amended");
    check("/Энэ хэсэгт 2030 оны 02 дугаар сарын 05-ны өдрийн хуулиар “жишээ” гэснийг “загвар” гэж өөрчлөлт "
          "оруулахаар заасан бөгөөд үүнийг 2031 оны 01 дүгээр сарын 01-ний өдрөөс эхлэн дагаж мөрдөнө/",
          ZL_SCOPE_PART, false, "", "2031-01-01 amended");
    check("/Энэ зүйлийг 2030 оны 2 дугаар сарын 05-ны өдрийн хуулиар өөрчлөн найруулахаар заасан бөгөөд 2030 оны 2 "
          "дугаар сарын 05-ны өдрийн хуульд 2031 оны 4 дүгээр сарын 14-ний өдрийн хуулиар өөрчлөлт оруулж, энэ "
          "зүйлийг 2034 оны 1 дүгээр сарын 01-ний өдрөөс эхлэн дагаж мөрдөнө/",
          ZL_SCOPE_ARTICLE, true, "", "2034-01-01 restated");
    zl_note *n = one_note("/Энэ хэсэгт 2030 оны 02 дугаар сарын 05-ны өдрийн хуулиар “а” гэснийг “б” гэж өөрчлөлт "
                          "оруулахаар заасан бөгөөд үүнийг 2031 оны 01 дүгээр сарын 01-ний өдрөөс эхлэн дагаж мөрдөнө/");
    g_assert_cmpstr(g_array_index(n->events, zl_event, 0).made, ==, "2030-02-05");
    zl_note_free(n);
}

/* The law's start when its sentence is not the plain one (demonstration
 * statutes in the shapes of the corpus's): words between "эхлэн" and
 * "дагаж мөрдөнө"; the law's day then provisions' later day in one
 * sentence, "мөн хуулийн" or each number with its word; chapters named
 * with their day and "бусад бүлгийг" with the rest's, its year the
 * first's; a start the text gives no calendar day for, where the day of
 * adoption is no start and none is said. */
static void
test_law_start_shapes(void)
{
    ix_law_reader *lr = ix_law_reader_new();
    zr_doc *words = demo_statute("g.txt", "ЖИШЭЭ БАРЬЦААНЫ ТУХАЙ", "2025-07-02",
                                 "ЖИШЭЭ БАРЬЦААНЫ ТУХАЙ\n\n1 дүгээр зүйл.Барьцаа бүртгэнэ.\n\n"
                                 "2 дугаар зүйл.Хууль хүчин төгөлдөр болох\n\n2.1.Энэ хуулийг 2027 оны 03 дугаар сарын "
                                 "01-ний өдрөөс эхлэн хүчин төгөлдөр дагаж мөрдөнө.\n");
    char *on = ix_law_start_day(lr, NULL, words, NULL);
    g_assert_cmpstr(on, ==, "2027-03-01");
    g_free(on);

    zr_doc *split = demo_statute("h.txt", "ЖИШЭЭ ДААТГАЛЫН ТУХАЙ", "2025-01-29",
                                 "ЖИШЭЭ ДААТГАЛЫН ТУХАЙ\n\n1 дүгээр зүйл.Даатгал\n\n1.1.Даатгал байна.\n\n"
                                 "1.2.Шимтгэл төлнө.\n\n1.2.1.сар бүр;\n\n1.2.2.жил бүр.\n\n"
                                 "2 дугаар зүйл.Сан\n\n2.1.Сан байна.\n\n"
                                 "3 дугаар зүйл.Хууль хүчин төгөлдөр болох\n\n3.1.Энэ хуулийг 2025 оны 07 дугаар сарын "
                                 "01-ний өдрөөс, энэ хуулийн 1.1 дэх хэсэг, 1.2.2 дахь заалт, 2 дугаар зүйлийг 2026 оны "
                                 "01 дүгээр сарын 01-ний өдрөөс эхлэн тус тус дагаж мөрдөнө.\n");
    ix_attach_amendments(ix_patterns_get(test_context()), split, NULL, NULL);
    ix_apply_law_start(lr, NULL, split);
    const zr_unit *s1 = unit_with_provision(split, "1"), *s2 = unit_with_provision(split, "2");
    g_assert_cmpstr(s1->valid_from, ==, "2025-07-01");
    g_assert_cmpstr(s2->valid_from, ==, "2026-01-01");
    const char *from = NULL;
    g_assert_true(zl_history_pending(s1->amendments, "1.1", &from, "2025-10-01"));
    g_assert_cmpstr(from, ==, "2026-01-01");
    g_assert_true(zl_history_pending(s1->amendments, "1.2.2", NULL, "2025-10-01"));
    g_assert_false(zl_history_pending(s1->amendments, "1.2.1", NULL, "2025-10-01"));
    g_assert_false(zl_history_pending(s1->amendments, "1.1", NULL, "2026-01-01"));

    zr_doc *same = demo_statute("i.txt", "ЖИШЭЭ ӨВИЙН ТУХАЙ", "2024-05-15",
                                "ЖИШЭЭ ӨВИЙН ТУХАЙ\n\n1 дүгээр зүйл.Өв\n\n1.1.Өв хамгаална.\n\n1.2.Өв бүртгэнэ.\n\n"
                                "2 дугаар зүйл.Хууль хүчин төгөлдөр болох\n\n2.1.Энэ хуулийг 2024 оны 7 дугаар сарын "
                                "1-ний өдрөөс, мөн хуулийн 1.2 дэх хэсгийг 2025 оны 1 дүгээр сарын 1-ний өдрөөс эхлэн "
                                "дагаж мөрдөнө.\n");
    ix_attach_amendments(ix_patterns_get(test_context()), same, NULL, NULL);
    ix_apply_law_start(lr, NULL, same);
    const zr_unit *m1 = unit_with_provision(same, "1");
    g_assert_cmpstr(m1->valid_from, ==, "2024-07-01");
    g_assert_true(zl_history_pending(m1->amendments, "1.2", NULL, "2024-10-01"));
    g_assert_false(zl_history_pending(m1->amendments, "1.1", NULL, "2024-10-01"));

    zr_doc *chapters = demo_statute("j.txt", "ЖИШЭЭ ӨМЧИЙН ТУХАЙ", "2020-05-27",
                                    "ЖИШЭЭ ӨМЧИЙН ТУХАЙ\n\nНЭГДҮГЭЭР БҮЛЭГ\nНийтлэг\n\n1 дүгээр зүйл.Өмч\n\n"
                                    "1.1.Өмч байна.\n\nХОЁРДУГААР БҮЛЭГ\nХувьчлал\n\n2 дугаар зүйл.Хувьчлал\n\n"
                                    "2.1.Хувьчилна.\n\n3 дугаар зүйл.Дуудлага\n\n3.1.Дуудлага хийнэ.\n\n"
                                    "ГУРАВДУГААР БҮЛЭГ\nБусад\n\n4 дүгээр зүйл.Хууль хүчин төгөлдөр болох\n\n"
                                    "Энэ хуулийн хоёрдугаар бүлгийг 2020 оны 6 дугаар сарын 15-ны өдрөөс, бусад "
                                    "бүлгийг 8 дугаар сарын 1-ний өдрөөс эхлэн тус тус дагаж мөрдөнө.\n");
    ix_attach_amendments(ix_patterns_get(test_context()), chapters, NULL, NULL);
    on = ix_law_start_day(lr, NULL, chapters, NULL);
    g_assert_cmpstr(on, ==, "2020-08-01");
    g_free(on);
    ix_apply_law_start(lr, NULL, chapters);
    g_assert_cmpstr(unit_with_provision(chapters, "1")->valid_from, ==, "2020-08-01");
    g_assert_cmpstr(unit_with_provision(chapters, "2")->valid_from, ==, "2020-06-15");
    g_assert_cmpstr(unit_with_provision(chapters, "3")->valid_from, ==, "2020-06-15");
    g_assert_cmpstr(unit_with_provision(chapters, "4")->valid_from, ==, "2020-08-01");

    zr_doc *published = demo_statute("k.txt", "ЖИШЭЭ НЭГЖИЙН ТУХАЙ", "2026-12-15",
                                     "ЖИШЭЭ НЭГЖИЙН ТУХАЙ\n\n1 дүгээр зүйл.Нэгж байна.\n\n"
                                     "2 дугаар зүйл.Хууль хүчин төгөлдөр болох\n\n2.1.Энэ хуулийг “Төрийн мэдээлэл” "
                                     "эмхтгэлд албан ёсоор нийтэлснээс хойш арав хоногийн дараа дагаж мөрдөнө.\n");
    on = ix_law_start_day(lr, NULL, published, NULL);
    g_assert_null(on);
    ix_apply_law_start(lr, NULL, published);
    g_assert_null(unit_with_provision(published, "1")->valid_from);
    /* The day of adoption stays the start of a law adopted to take effect
     * on it. */
    zr_doc *adopted = demo_statute("l.txt", "ЖИШЭЭ ХАДГАЛАМЖИЙН ТУХАЙ", "2026-11-25",
                                   "ЖИШЭЭ ХАДГАЛАМЖИЙН ТУХАЙ\n\n1 дүгээр зүйл.Хадгаламж байна.\n\n"
                                   "2 дугаар зүйл.Энэ хуулийг батлагдсан өдрөөс эхлэн дагаж мөрдөнө.\n");
    on = ix_law_start_day(lr, NULL, adopted, NULL);
    g_assert_cmpstr(on, ==, "2026-11-25");
    g_free(on);
    /* The same sentences on a PDF's printed lines, each broken where its
     * line ended (the real Cultural Heritage Law as a PDF started on its
     * day of adoption, 2014-05-15, not 2014-07-01). */
    zr_doc *printed = demo_statute("m.txt", "ЖИШЭЭ ӨВИЙН ТУХАЙ", "2024-05-15",
                                   "ЖИШЭЭ ӨВИЙН ТУХАЙ\n\n1 дүгээр зүйл.Өв\n1.1.Өв хамгаална.\n1.2.Өв бүртгэнэ.\n"
                                   "2 дугаар зүйл.Хууль хүчин төгөлдөр болох\n2.1.Энэ хуулийг 2024 оны 7 дугаар\nсарын "
                                   "1-ний өдрөөс, мөн хуулийн 1.2 дэх хэсгийг 2025 оны 1 дүгээр сарын\n1-ний өдрөөс эхлэн "
                                   "дагаж\nмөрдөнө.\n");
    ix_attach_amendments(ix_patterns_get(test_context()), printed, NULL, NULL);
    ix_apply_law_start(lr, NULL, printed);
    g_assert_cmpstr(unit_with_provision(printed, "1")->valid_from, ==, "2024-07-01");
    zr_doc *printed_undated = demo_statute("n.txt", "ЖИШЭЭ НЭГЖИЙН ТУХАЙ", "2026-12-15",
                                           "ЖИШЭЭ НЭГЖИЙН ТУХАЙ\n\n1 дүгээр зүйл.Нэгж байна.\n"
                                           "2 дугаар зүйл.Хууль хүчин төгөлдөр болох\n2.1.Энэ хуулийг “Төрийн "
                                           "мэдээлэл”\nэмхтгэлд албан ёсоор нийтэлснээс хойш арав хоногийн\nдараа дагаж "
                                           "мөрдөнө.\n");
    on = ix_law_start_day(lr, NULL, printed_undated, NULL);
    g_assert_null(on);
    /* A blank line ends the sentence's paragraph: no day read across it. */
    zr_doc *apart = demo_statute("o.txt", "ЖИШЭЭ ӨВИЙН ТУХАЙ", "2024-05-15",
                                 "ЖИШЭЭ ӨВИЙН ТУХАЙ\n\n1 дүгээр зүйл.Өв\n\n2.1.Энэ хуулийг 2024 оны 7 дугаар\n\nсарын "
                                 "1-ний өдрөөс эхлэн дагаж мөрдөнө.\n");
    on = ix_law_takes_effect_on(lr, apart);
    g_assert_null(on);
    ix_law_reader_free(lr);
    ix_doc_free(words), ix_doc_free(split), ix_doc_free(same), ix_doc_free(chapters), ix_doc_free(published);
    ix_doc_free(adopted), ix_doc_free(printed), ix_doc_free(printed_undated), ix_doc_free(apart);
}

/* A note between two lettered items of a point is the first item's when
 * the second was there on the note's day, though a note after the second
 * says it was added (earlier): that note is the point's, after the whole
 * of it.  Demonstration text. */
static void
test_note_between_items_added_before(void)
{
    zr_doc *doc = demo_statute("m.txt", "ЖИШЭЭ БОЛОВСРОЛЫН ТУХАЙ", "2002-05-03",
                               "ЖИШЭЭ БОЛОВСРОЛЫН ТУХАЙ\n\n5 дугаар зүйл.Багш\n\n5.1.Багшид:\n\n"
                               "5.1.1.цалин олгоно;\n\n5.1.2.Дараах этгээдэд тэтгэмж олгоно:\n\n"
                               "5.1.2.а.сумын сургуулийн захирал;\n\n"
                               "/Энэ заалтыг 2014 оны 1 дүгээр сарын 01-ний өдрөөс эхлэн дагаж мөрдөнө/\n\n"
                               "5.1.2.б.сумын сургуулийн багш.\n\n"
                               "/Энэ заалтыг 2006 оны 12 дугаар сарын 8-ны өдрийн хуулиар нэмсэн/\n");
    ix_attach_amendments(ix_patterns_get(test_context()), doc, NULL, NULL);
    const zr_unit *u = unit_with_provision(doc, "5");
    const char *from = NULL;
    g_assert_true(zl_history_pending(u->amendments, "5.1.2.а", &from, "2013-06-01"));
    g_assert_cmpstr(from, ==, "2014-01-01");
    g_assert_false(zl_history_pending(u->amendments, "5.1.2", NULL, "2013-06-01"));
    g_assert_false(zl_history_pending(u->amendments, "5.1.2.б", NULL, "2013-06-01"));
    ix_doc_free(doc);
}

/* One note for a range of articles gone from the text ("3-5 дүгээр зүйл
 * /… хүчингүй болсонд тооцсон/."): three articles repealed, each a unit
 * of its own in its place answering its number, and no repeal in the
 * act's history, where it read as the law's.  Demonstration text. */
static void
test_range_of_articles_gone(void)
{
    zr_doc *doc = demo_statute("n.txt", "ЖИШЭЭ ЦЭЦИЙН ТУХАЙ", "1992-11-16",
                               "ЖИШЭЭ ЦЭЦИЙН ТУХАЙ\n\n1 дүгээр зүйл.Зорилт\n\n1.1.Цэц хянана.\n\n"
                               "2 дугаар зүйл.Зарчим\n\n2.1.Цэц нээлттэй ажиллана.\n\n\n"
                               "3-5 дүгээр зүйл /1997 оны 5 дугаар сарын 01-ний өдрийн хуулиар хүчингүй болсонд "
                               "тооцсон/.\n\n6 дугаар зүйл.Гишүүн\n\n6.1.Гишүүн томилно.\n");
    ix_attach_amendments(ix_patterns_get(test_context()), doc, NULL, NULL);
    GString *order = g_string_new(NULL);
    for (guint i = 0; i < doc->units->len; i++) {
        const zr_unit *u = g_ptr_array_index(doc->units, i);
        g_assert_cmpint(u->ordinal, ==, (int)i);
        if (u->provision != NULL)
            g_string_append_printf(order, "%s%s:%s", order->len ? " " : "", u->provision, u->status);
    }
    g_assert_cmpstr(order->str, ==, "1:in_force 2:in_force 3:repealed 4:repealed 5:repealed 6:in_force");
    g_string_free(order, TRUE);
    const zr_unit *u4 = unit_with_provision(doc, "4");
    g_assert_cmpstr(u4->repealed_on, ==, "1997-05-01");
    g_assert_cmpuint(u4->amendments->len, ==, 1);
    g_assert_null(((const zr_amendment *)g_ptr_array_index(u4->amendments, 0))->part);
    for (guint i = 0; i < doc->act_amendments->len; i++)
        g_assert_cmpstr(((const zr_amendment *)g_ptr_array_index(doc->act_amendments, i))->change, !=, "repealed");
    g_assert_null(strstr(unit_with_provision(doc, "2")->text, "3-5"));
    ix_doc_free(doc);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/amendment/note-forms", test_note_forms);
    g_test_add_func("/amendment/not-notes", test_not_notes);
    g_test_add_func("/amendment/note-shapes", test_note_shapes);
    g_test_add_func("/amendment/english-notes", test_english_notes);
    g_test_add_func("/amendment/day-before", test_day_before);
    g_test_add_func("/amendment/criminal-code", test_criminal_code);
    g_test_add_func("/amendment/small-statute", test_small_statute);
    g_test_add_func("/amendment/law-title-key", test_law_title_key);
    g_test_add_func("/amendment/inline-labels", test_inline_labels);
    g_test_add_func("/amendment/repeal-markers", test_repeal_markers);
    g_test_add_func("/amendment/restated-since", test_restated_since);
    g_test_add_func("/amendment/two-word-chapter", test_two_word_chapter);
    g_test_add_func("/amendment/effective-changes", test_effective_changes);
    g_test_add_func("/amendment/clauses-decide-their-own-change", test_clauses_decide_their_own_change);
    g_test_add_func("/amendment/repeal-not-revived", test_repeal_not_revived);
    g_test_add_func("/amendment/numbers-reused", test_numbers_reused);
    g_test_add_func("/amendment/repeated-numbers-apart", test_repeated_numbers_apart);
    g_test_add_func("/amendment/absent-part-and-explanation", test_absent_part_and_explanation);
    g_test_add_func("/amendment/lookalikes-and-iso-days", test_lookalikes_and_iso_days);
    g_test_add_func("/amendment/until-a-day", test_until_a_day);
    g_test_add_func("/amendment/part-takes-its-points", test_part_takes_its_points);
    g_test_add_func("/amendment/added-from-a-day-to-come", test_added_from_a_day_to_come);
    g_test_add_func("/amendment/stated-repeal-days", test_stated_repeal_days);
    g_test_add_func("/amendment/law-reader-reused", test_law_reader_reused);
    g_test_add_func("/amendment/part-start-in-a-heading", test_part_start_in_a_heading);
    g_test_add_func("/amendment/law-words-any-case", test_law_words_any_case);
    g_test_add_func("/amendment/chapter-heading-opens-its-article", test_chapter_heading_opens_its_article);
    g_test_add_func("/amendment/inserted-chapter-keeps-its-notes", test_inserted_chapter_keeps_its_notes);
    g_test_add_func("/amendment/part-note-is-the-point-it-follows", test_part_note_is_the_point_it_follows);
    g_test_add_func("/amendment/notes-without-their-slashes", test_notes_without_their_slashes);
    g_test_add_func("/amendment/unit-words-misspelt", test_unit_words_misspelt);
    g_test_add_func("/amendment/article-added-to-an-added-chapter", test_article_added_to_an_added_chapter);
    g_test_add_func("/amendment/day-is-passed", test_day_is_passed);
    g_test_add_func("/amendment/days-of-two-threads", test_days_of_two_threads);
    g_test_add_func("/amendment/notes-of-items-the-sequence-expects", test_notes_of_items_the_sequence_expects);
    g_test_add_func("/amendment/dotted-lettered-items-are-parts", test_dotted_lettered_items_are_parts);
    g_test_add_func("/amendment/starts-and-changes-set-ahead", test_starts_and_changes_set_ahead);
    g_test_add_func("/amendment/law-start-shapes", test_law_start_shapes);
    g_test_add_func("/amendment/range-of-articles-gone", test_range_of_articles_gone);
    g_test_add_func("/amendment/note-between-items-added-before", test_note_between_items_added_before);
    return g_test_run();
}
