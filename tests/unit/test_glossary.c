/* test_glossary.c — the glossary's keys and alternatives (core/glossary.c)
 * as corpus-config/ gives them: a pinned English word keeps its own key
 * where the stemmer would join it with a word of another meaning, a
 * procedural role reaches every stage's word, and a one-way synonym's
 * everyday words are no second hop.  Not for: the queries made of them
 * (test_query.c), their answers on the real statutes (t32). */
#include "tests/unit/test_context.h"
#include "core/glossary.h"

#include <string.h>

/* The alternatives of the words `text` as typed, or NULL. */
static const GPtrArray *
alternatives(const char *text)
{
    az_analyzer *az = test_analyzer();
    GPtrArray *w = gl_words(text);
    char *key = gl_key(az, (const char *const *)w->pdata, w->len);
    const GPtrArray *alts = key ? gl_lookup(az_glossary(az), key) : NULL;
    g_free(key);
    g_ptr_array_free(w, TRUE);
    return alts;
}

static bool
has_alternative(const char *text, const char *alt)
{
    const GPtrArray *alts = alternatives(text);
    for (guint i = 0; alts && i < alts->len; i++)
        if (strcmp(alts->pdata[i], alt) == 0)
            return true;
    return false;
}

static char *
key_of(const char *text)
{
    GPtrArray *w = gl_words(text);
    char *key = gl_key(test_analyzer(), (const char *const *)w->pdata, w->len);
    g_ptr_array_free(w, TRUE);
    return key;
}

static void
assert_same_key(const char *a, const char *b, bool same)
{
    char *ka = key_of(a), *kb = key_of(b);
    if ((g_strcmp0(ka, kb) == 0) != same)
        g_error("'%s' [%s] and '%s' [%s] should %shave one key", a, ka, b, kb, same ? "" : "not ");
    g_free(ka);
    g_free(kb);
}

static void
test_pinned_words(void)
{
    if (az_glossary(test_analyzer()) == NULL) {
        g_test_skip("no glossary in corpus-config");
        return;
    }
    /* customer and customs share the stem "custom": a bank's customer is
     * not the customs service (probe E30: "AML know your customer" found
     * smuggling first). */
    g_assert_true(has_alternative("customer", "харилцагч"));
    g_assert_false(has_alternative("customer", "гааль"));
    g_assert_true(has_alternative("customs", "гааль"));
    g_assert_false(has_alternative("customs", "харилцагч"));
    /* A pinned word's inflections keep its key. */
    assert_same_key("customer", "customers", true);
    assert_same_key("customer", "customer's", true);
    assert_same_key("customer", "customs", false);
    /* organise, organising, organised, organize: the act; organisation the
     * body; organiser the doer. */
    g_assert_true(has_alternative("organising", "зохион байгуулах"));
    g_assert_false(has_alternative("organising", "байгууллага"));
    assert_same_key("organising", "organized", true);
    assert_same_key("organising", "organisation", false);
    g_assert_true(has_alternative("organisation", "байгууллага"));
    g_assert_false(has_alternative("organisation", "зохион байгуулах"));
    g_assert_true(has_alternative("organizer", "зохион байгуулагч"));
    /* proceeds of crime are not proceedings; goods are not good; a counsel
     * is a lawyer, counselling is care. */
    g_assert_true(has_alternative("proceeds", "орлого"));
    g_assert_false(has_alternative("proceedings", "орлого"));
    g_assert_false(has_alternative("good", "бараа"));
    g_assert_true(has_alternative("goods", "бараа"));
    g_assert_true(has_alternative("counsel", "өмгөөлөгч"));
    g_assert_false(has_alternative("counsel", "сэтгэл зүйн"));
    g_assert_false(has_alternative("counselling", "өмгөөлөгч"));
    /* A pinned word inside an entry of several words is keyed alike. */
    g_assert_true(has_alternative("know your customers", "харилцагчийг таньж мэдэх"));
}

static void
test_roles_of_every_stage(void)
{
    if (az_glossary(test_analyzer()) == NULL) {
        g_test_skip("no glossary in corpus-config");
        return;
    }
    /* The Procedure Law names the person by the stage (сэжигтэн, яллагдагч,
     * шүүгдэгч); an English speaker means the person. */
    g_assert_true(has_alternative("suspect", "сэжигтэн"));
    g_assert_true(has_alternative("suspect", "яллагдагч"));
    g_assert_true(has_alternative("defendants", "шүүгдэгч"));
    g_assert_true(has_alternative("defendants", "яллагдагч"));
    g_assert_true(has_alternative("accused", "яллагдагч"));
    g_assert_true(has_alternative("accused", "шүүгдэгч"));
    /* Where the question names the stage, the stage's own entry stays. */
    const GPtrArray *alts = alternatives("rights of the suspect");
    g_assert_nonnull(alts);
    g_assert_cmpstr(alts->pdata[0], ==, "баривчлагдсан сэжигтний эрх");
    g_assert_false(has_alternative("rights of the suspect", "яллагдагч"));
}

static void
test_oneway_synonyms_are_no_second_hop(void)
{
    if (az_glossary(test_analyzer()) == NULL) {
        g_test_skip("no glossary in corpus-config");
        return;
    }
    /* bail is барьцаа авах (the Procedure Law's measure); барьцаанд авах,
     * with the same stems, is everyday Mongolian for hostage-taking
     * (mn-synonyms.tsv), which must not come back to "bail". */
    g_assert_true(has_alternative("bail", "барьцаа авах"));
    g_assert_false(has_alternative("bail", "хүн барьцаалах"));
    g_assert_false(has_alternative("release on bail", "хүн барьцаалах"));
    /* The everyday words themselves still lead to the law's phrase. */
    g_assert_true(has_alternative("барьцаанд авах", "хүн барьцаалах"));
    /* And a hostage is still a hostage. */
    g_assert_true(has_alternative("hostage", "хүн барьцаалах"));
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/glossary/a-pinned-word-is-not-joined-with-another-meaning-of-its-stem", test_pinned_words);
    g_test_add_func("/glossary/a-role-reaches-every-stage-unless-the-question-names-one", test_roles_of_every_stage);
    g_test_add_func("/glossary/a-one-way-synonym-is-no-second-hop", test_oneway_synonyms_are_no_second_hop);
    return g_test_run();
}
