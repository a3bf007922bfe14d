/* test_query.c — the query language: what each construct becomes, and
 * the exact message for each kind of malformed query. */
#include "tests/unit/test_context.h"
#include "core/context.h"
#include "core/glossary.h"
#include "search/query.h"
#include "core/schema.h"
#include "search/search.h"

#include <string.h>

static char *
describe(const char *text)
{
    GError *err = NULL;
    zx_query *q = zq_parse(test_analyzer(), text, NULL, &err);
    if (!q)
        g_error("'%s' did not parse: %s", text, err->message);
    char *d = zx_query_describe(q);
    zx_query_free(q);
    return d;
}

static void
assert_describes(const char *text, const char *needle)
{
    char *d = describe(text);
    if (!strstr(d, needle))
        g_error("'%s' -> %s, which lacks %s", text, d, needle);
    g_free(d);
}

static void
assert_error(const char *text, const char *message)
{
    GError *err = NULL;
    zx_query *q = zq_parse(test_analyzer(), text, NULL, &err);
    g_assert_null(q);
    g_assert_error(err, ZS_ERROR, ZS_ERROR_SYNTAX);
    g_assert_cmpstr(err->message, ==, message);
    g_error_free(err);
}

static void
test_words(void)
{
    /* A word is its exact form OR its stem. */
    assert_describes("хүүхдийн", "(хүүхдийн OR Zхүүхэд)");
    /* Adjacent words must all match. */
    assert_describes("хүүхэд шүүх", "AND");
    /* Stopwords drop out of AND lists. */
    char *d = describe("the trafficking");
    g_assert_null(strstr(d, "the"));
    g_free(d);
    /* ...but a query of stopwords alone still searches. */
    assert_describes("the", "the");
}

static void
test_operators(void)
{
    assert_describes("хүүхэд OR охин", " OR ");
    assert_describes("хүүхэд NOT охин", "AND_NOT");
    assert_describes("хүүхэд -охин", "AND_NOT");
    assert_describes("(хүүхэд OR охин) AND шүүх", "AND");
    assert_describes("\"хүн худалдаалах\"", "PHRASE 2");
    /* A hyphenated chunk stands together as a phrase. */
    assert_describes("хүн-худалдаалах", "PHRASE 2");
    assert_describes("NOT хүүхэд", "<alldocuments> AND_NOT");
}

static void
test_fields(void)
{
    assert_describes("type:decision", "XTdecision");
    assert_describes("type:Decision", "XTdecision");
    assert_describes("article:13.1", "XA13.1");
    assert_describes("article:Art.13.1.", "XA13.1");
    assert_describes("title:хуулийн", "Sхууль");
    /* A colon with a space after it is punctuation, not a field. */
    assert_describes("ТОГТООХ нь: хорих", "(хорих OR Z");
}

static void
test_errors(void)
{
    assert_error("\"хүн худалдаалах", "the phrase that starts here has no closing quote (at character 1)");
    assert_error("(хүүхэд OR охин", "this '(' is never closed (at character 1)");
    assert_error("хүүхэд)", "')' without a matching '(' (at character 7)");
    assert_error("хүүхэд OR", "OR needs a word or phrase after it (at character 8)");
    assert_error("AND хүүхэд", "AND needs a word or phrase before it (at character 1)");
    assert_error("хүүхэд NOT", "NOT has nothing after it to exclude (at character 8)");
    assert_error("()", "empty parentheses (at character 1)");
    /* A dangling '-' excludes nothing (probe F3, F6); a dash between words
     * stays punctuation. */
    assert_error("a -", "'-' needs a word right after it (-word: without that word) (at character 3)");
    assert_error("(хүүхэд -)", "'-' needs a word right after it (-word: without that word) (at character 9)");
    char *dash = describe("хүүхэд - охин");
    g_assert_nonnull(strstr(dash, "охин"));
    g_free(dash);
    assert_error("type:", "'type:' has no value after the colon (at character 1)");
    /* The message lists every field that takes a term, from the schema's
     * own table, in its order: the names users have always been shown
     * first, then any the table gains. */
    GString *names = g_string_new(NULL);
    for (unsigned i = 0; i < zs_n_fields; i++)
        if (zs_fields[i].prefix != NULL)
            g_string_append_printf(names, "%s%s", names->len ? ", " : "", zs_fields[i].name);
    g_assert_true(g_str_has_prefix(names->str, "title, type, lang, year, court, article, outcome, source, doc, id, "
                                               "kind, provision, access, cites, number, law, level"));
    char *want = g_strdup_printf("unknown field 'colour' (fields: %s) (at character 1)", names->str);
    assert_error("colour:red", want);
    g_free(want);
    /* A field of no terms that takes a range (date) is searched by its
     * range, as the range error suggests; one for a day in force is a
     * filter only, unknown to the query language. */
    zx_query *dq = zq_parse(test_analyzer(), "date:2021..2022", NULL, NULL);
    g_assert_nonnull(dq);
    zx_query_free(dq);
    want = g_strdup_printf("unknown field 'inforce' (fields: %s) (at character 1)", names->str);
    assert_error("inforce:2021-01-01", want);
    g_free(want);
    g_string_free(names, TRUE);
}

static char *
describe_with(const char *text, bool no_synonyms)
{
    zq_options o = {.no_synonyms = no_synonyms};
    zx_query *q = zq_parse_with(test_analyzer(), text, &o, NULL, NULL);
    g_assert_nonnull(q);
    char *d = zx_query_describe(q);
    zx_query_free(q);
    return d;
}

static void
test_latin_typed_mongolian(void)
{
    /* A Latin word also asks for the keys of the Mongolian words it may be
     * typing, at a lower weight; a Cyrillic word asks for no key. */
    assert_describes("huuhed", "Khuuhed");
    assert_describes("khun", "Khun");
    assert_describes("tsagdaa", "Kcagdaa");
    assert_describes("shuukh", "Kwuuh");
    assert_describes("huuhed", "0.5 *");
    char *d = describe("хүүхэд");
    g_assert_null(strstr(d, "Khuuhed"));
    g_free(d);
    /* In a phrase, the key stands at the word's position. */
    assert_describes("\"khun khudaldaa\"", "Khun@1");
}

static void
test_latin_reading(void)
{
    if (!az_analyzer_has_dictionary(test_analyzer())) {
        g_test_skip("hunspell-mn is not installed");
        return;
    }
    /* A Latin word asks for the dictionary words it spells as their
     * Cyrillic query would: the exact form and the stem, and the stem in
     * titles; in a phrase, the stem at the word's position. */
    assert_describes("huuhdiin", "Zхүүхэд");
    assert_describes("huuhdiin", "хүүхдийн");
    assert_describes("huuhdiin", "Sхүүхэд");
    assert_describes("\"khun khudaldaa\"", "Zхүн@1");
    /* Typing habits: the soft sign left out, ы as ii, word-initial э as ye. */
    assert_describes("huuld", "Zхууль");
    assert_describes("ulsiin", "Zулс");
    assert_describes("yeruugiin", "Zэрүү");
}

static void
test_english_not_latin_typed(void)
{
    if (!az_analyzer_has_dictionary(test_analyzer()) || !az_is_english_word(test_analyzer(), "hours")) {
        g_test_skip("hunspell-mn or hunspell-en-us is not installed");
        return;
    }
    /* An English word in an English question is not read as Mongolian
     * typed in Latin letters: hours is not хөрс ("soil"), days not дайсан
     * ("enemy"), hurt not хүртэх ("to receive")... */
    const char *english[][2] = {{"arrested for 48 hours", "хөрс"},
                                {"appeal within 14 days", "дайс"},
                                {"hurt by her husband", "хүрт"}};
    for (guint i = 0; i < G_N_ELEMENTS(english); i++) {
        char *d = describe(english[i][0]);
        if (strstr(d, english[i][1]) != NULL || strstr(d, " K") != NULL)
            g_error("'%s' is read as Mongolian: %s", english[i][0], d);
        g_free(d);
    }
    /* ...while Mongolian typed in Latin keeps its reading, English though
     * some of its words are (hun, ger). */
    assert_describes("hun alah", "Zхүн");
    assert_describes("ger buliin huchirhiilel", "Zгэр");
}

static bool marks(const char *text, const char *stem);

static void
test_glossary_synonyms(void)
{
    /* English finds Mongolian and the reverse, weighted below. */
    char *d = describe_with("victim", false);
    g_assert_nonnull(strstr(d, "OR 0.1000000000000000"));
    g_assert_nonnull(strstr(d, "Zхохирогч@1"));
    g_free(d);
    d = describe_with("хохирогчийн", false);
    g_assert_nonnull(strstr(d, "Zvictim"));
    g_free(d);
    /* A multi-word entry is matched as a run of words and its counterpart
     * asked for as a phrase. */
    d = describe_with("trafficking in persons", false);
    g_assert_nonnull(strstr(d, "Zхүн@1 PHRASE 2 Zхудалдаал@2"));
    /* ...and a broader entry (trafficking) does not come back. */
    g_assert_null(strstr(d, "SYNONYM Ztraffick@1"));
    g_free(d);
    d = describe_with("forced labour", false);
    g_assert_nonnull(strstr(d, "Zалбад@1 PHRASE 2 Zхөдөлмөр@2"));
    g_free(d);
    /* A genitive alternative is asked for as written: "sexual" is
     * бэлгийн, whose stem бэлэг is also "gift". */
    d = describe_with("sexual", false);
    g_assert_nonnull(strstr(d, "бэлгийн"));
    g_assert_null(strstr(d, "Zбэлэг"));
    g_free(d);
    g_assert_false(marks("sexual", "бэлэг"));
    /* An article number among words weighs up the Criminal Code's unit
     * that is that provision, by the number its heading holds; a number
     * that is no article's (a year) does not. */
    d = describe_with("Article 13.1 trafficking child victim", false);
    g_assert_nonnull(strstr(d, "AND_MAYBE"));
    g_assert_nonnull(strstr(d, "XP13.1"));
    g_free(d);
    d = describe_with("trafficking 2017", false);
    g_assert_null(strstr(d, "XP2017"));
    g_free(d);
    /* Switched off per query. */
    d = describe_with("victim", true);
    g_assert_null(strstr(d, "хохирогч"));
    g_free(d);
    /* Never inside NOT. */
    d = describe_with("court NOT victim", false);
    g_assert_null(strstr(d, "хохирогч"));
    g_free(d);
}

/* The stems the snippets of `text` will mark. */
static bool
marks(const char *text, const char *stem)
{
    zq_highlight *hl = zq_highlight_new();
    GError *err = NULL;
    zx_query *q = zq_parse(test_analyzer(), text, hl, &err);
    g_assert_nonnull(q);
    zx_query_free(q);
    bool has = g_hash_table_contains(hl->stems, stem);
    zq_highlight_free(hl);
    return has;
}

static void
test_glossary_marks(void)
{
    /* What was typed, and the alternatives standing for it, are marked. */
    g_assert_true(marks("хүн худалдаалах", "худалдаал"));
    g_assert_true(marks("хүн худалдаалах", "traffick"));
    g_assert_true(marks("trafficking", "худалдаал"));
    g_assert_true(marks("forced labour", "хөдөлмөр"));
    /* Not what a longer alternative adds around them ("trafficking in
     * human beings", "...гэмт хэргийн хохирогч"), nor a stopword's stem
     * ("beings" stems to "be"). */
    g_assert_false(marks("хүн худалдаалах", "be"));
    g_assert_false(marks("хүн худалдаалах", "гэмт"));
    g_assert_false(marks("хүн худалдаалах", "хохирогч"));
    g_assert_false(marks("хүн худалдаалах", "labour"));
}

static bool phrase_seen(const char *term, const char *const *stems, const unsigned *pos, guint n);

/* An index whose documents carry the glossary's phrases as terms is asked
 * for the term instead of the positions; the indexer finds a phrase only
 * at consecutive positions, and never across the gap between parts. */
static void
test_glossary_phrase_terms(void)
{
    const gl_glossary *g = az_glossary(test_analyzer());
    g_assert_nonnull(g);
    const char *term = gl_phrase_term(g, "албадан хөдөлмөр");
    g_assert_cmpstr(term, ==, ZS_P_PHRASE "албад хөдөлмөр");
    g_assert_null(gl_phrase_term(g, "мөлжлөг")); /* one word: a plain term already */
    g_assert_null(gl_phrase_term(g, "no such entry"));
    g_assert_cmpuint(strlen(gl_phrases_fingerprint(g)), ==, 64);

    zq_options o = {.phrase_terms = true};
    zx_query *q = zq_parse_with(test_analyzer(), "forced labour", &o, NULL, NULL);
    char *d = zx_query_describe(q);
    zx_query_free(q);
    g_assert_nonnull(strstr(d, ZS_P_PHRASE "албад хөдөлмөр"));
    g_assert_null(strstr(d, "Zалбад@1 PHRASE"));
    g_free(d);

    const char *stems[] = {"Zхүч", "Zалбад", "Zхөдөлмөр", "Zалбад", "Zхөдөлмөр", "Zалбад", "Zхөдөлмөр"};
    unsigned pos[] = {1, 2, 3, 10, 12, 40, 41};
    /* Twice: at 2-3 and 40-41; not at 10 and 12, which are two apart. */
    g_assert_true(phrase_seen(term, stems, pos, G_N_ELEMENTS(stems)));
    guint n = 0;
    for (guint i = 0; i < G_N_ELEMENTS(stems); i++)
        n += phrase_seen(term, stems + i, pos + i, MIN(2, G_N_ELEMENTS(stems) - i));
    g_assert_cmpuint(n, ==, 2);
    const char *reversed[] = {"Zхөдөлмөр", "Zалбад"};
    unsigned two[] = {1, 2};
    g_assert_false(phrase_seen(term, reversed, two, 2));
    g_assert_false(phrase_seen(term, stems + 1, pos + 1, 1)); /* cut short */
}

typedef struct {
    const char *want;
    bool seen;
} seen_ctx;

static void
note_term(const char *term, void *user)
{
    seen_ctx *c = user;
    c->seen = c->seen || strcmp(term, c->want) == 0;
}

static bool
phrase_seen(const char *term, const char *const *stems, const unsigned *pos, guint n)
{
    seen_ctx c = {term, false};
    gl_phrases_each(az_glossary(test_analyzer()), stems, pos, n, note_term, &c);
    return c.seen;
}

static void
test_empty(void)
{
    assert_describes("", "<alldocuments>");
    assert_describes("   ", "<alldocuments>");
}

/* A field's value typed in the query gets the checks the same filter
 * gets, and its error (ZS_ERROR_FILTER), said where it stands: it had
 * silently found nothing (probe F3, F5). */
static void
assert_filter_error(const char *text, const char *message)
{
    GError *err = NULL;
    zx_query *q = zq_parse(test_analyzer(), text, NULL, &err);
    g_assert_null(q);
    g_assert_error(err, ZS_ERROR, ZS_ERROR_FILTER);
    g_assert_cmpstr(err->message, ==, message);
    g_error_free(err);
}

static void
test_field_values_checked(void)
{
    assert_filter_error("хүүхэд year:20x4", "year must be four digits or a range like 2020..2024, not '20x4' (at character 8)");
    assert_filter_error("year:２０２０", "year must be four digits or a range like 2020..2024, not '２０２０' (at character 1)");
    assert_filter_error("status:foo", "status is in_force, repealed or any, not 'foo' (at character 1)");
    assert_filter_error("court:*", "'court:*': a field's value is whole, '*' (any ending) is for words and title: (at character 1)");
    assert_filter_error("article:1*", "'article:1*': a field's value is whole, '*' (any ending) is for words and title: (at character 1)");
    assert_filter_error("date:2020-02-30", "'2020-02-30' is no day of the calendar (date:2020-02-30..2020-02-30) (at character 1)");
    assert_filter_error("date:0000-00-00..9999-99-99",
                        "'0000-00-00' is no day of the calendar (date:0000-00-00..9999-99-99) (at character 1)");
    assert_filter_error("amended:..", "'amended:..' is not a day, month, year or range like amended:2017-01-01..2017-12-31 (at character 1)");
    assert_filter_error("date:-2020-01-01", "'date:-2020-01-01..-2020-01-01' is not a range like year:2020..2024 or date:2021-01-01..2023-12-31 (at character 1)");
    assert_describes("year:2024", "XY2024");
    assert_describes("status:any", "XIany");
    char *d = describe("date:2020-02-29");
    g_free(d);
}

/* Brackets and negations nest at most ZQ_MAX_DEPTH (32) deep: 50,000
 * brackets overflowed the stack of the recursive descent (probe F3, F1). */
static void
test_nesting_bounded(void)
{
    GString *ok = g_string_new(NULL), *deep = g_string_new(NULL);
    for (int i = 0; i < 32; i++)
        g_string_append_c(ok, '(');
    g_string_append(ok, "хүүхэд");
    for (int i = 0; i < 32; i++)
        g_string_append_c(ok, ')');
    char *d = describe(ok->str);
    g_assert_nonnull(strstr(d, "хүүхэд"));
    g_free(d);
    for (int i = 0; i < 50000; i++)
        g_string_append_c(deep, '(');
    g_string_append(deep, "хүүхэд");
    for (int i = 0; i < 50000; i++)
        g_string_append_c(deep, ')');
    assert_error(deep->str, "brackets and NOT or '-' nest deeper than 32 here (at character 33)");
    g_string_truncate(deep, 0);
    for (int i = 0; i < 50000; i++)
        g_string_append(deep, "-");
    g_string_append(deep, "хүүхэд");
    assert_error(deep->str, "brackets and NOT or '-' nest deeper than 32 here (at character 33)");
    g_string_free(ok, TRUE);
    g_string_free(deep, TRUE);
}

/* What every channel checks a person's query by (zs_query_check): at most
 * ZS_MAX_QUERY_CHARS characters, no control character but a blank. */
static void
test_query_check(void)
{
    GError *err = NULL;
    GString *q = g_string_new(NULL);
    for (int i = 0; i < ZS_MAX_QUERY_CHARS; i++)
        g_string_append(q, "х");
    g_assert_true(zs_query_check(q->str, &err));
    g_string_append(q, "х");
    g_assert_false(zs_query_check(q->str, &err));
    g_assert_error(err, ZS_ERROR, ZS_ERROR_TOO_LONG);
    g_assert_cmpstr(err->message, ==, "the query is longer than 256 characters, the most a query may be");
    g_clear_error(&err);
    g_assert_true(zs_query_check("хүүхэд\tOR\nохин", &err));
    g_assert_false(zs_query_check("хүүхэд \x1b[31m", &err));
    g_assert_error(err, ZS_ERROR, ZS_ERROR_SYNTAX);
    g_assert_cmpstr(err->message, ==, "the query holds a control character (U+001B), which no query has (at character 8)");
    g_clear_error(&err);
    g_assert_false(zs_query_check("a\xc2\x9b", &err)); /* C1 CSI */
    g_assert_error(err, ZS_ERROR, ZS_ERROR_SYNTAX);
    g_clear_error(&err);
    g_string_free(q, TRUE);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/query/words", test_words);
    g_test_add_func("/query/operators", test_operators);
    g_test_add_func("/query/fields", test_fields);
    g_test_add_func("/query/errors-say-what-and-where", test_errors);
    g_test_add_func("/query/nesting-is-bounded", test_nesting_bounded);
    g_test_add_func("/query/field-values-checked-as-filters-are", test_field_values_checked);
    g_test_add_func("/query/a-persons-query-is-bounded-and-has-no-control-characters", test_query_check);
    g_test_add_func("/query/empty-matches-all", test_empty);
    g_test_add_func("/query/latin-typed-mongolian-asks-for-keys", test_latin_typed_mongolian);
    g_test_add_func("/query/latin-typed-mongolian-asks-for-its-words", test_latin_reading);
    g_test_add_func("/query/english-words-are-not-latin-typed-mongolian", test_english_not_latin_typed);
    g_test_add_func("/query/glossary-synonyms-both-ways", test_glossary_synonyms);
    g_test_add_func("/query/glossary-marks-what-stands-for-the-words", test_glossary_marks);
    g_test_add_func("/query/glossary-phrases-as-terms", test_glossary_phrase_terms);
    return g_test_run();
}
