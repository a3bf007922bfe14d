/* test_english.c — which Latin words of a query are English (english.h):
 * the question as a whole, each word in it, and the English word a
 * mistyped one was meant to be.  Needs hunspell-en-us (make deps). */
#include "tests/unit/test_context.h"
#include "search/english.h"

#include <string.h>

static bool
have_english(void)
{
    if (az_is_english_word(test_analyzer(), "hours"))
        return true;
    g_test_skip("hunspell-en-us is not installed");
    return false;
}

static void
test_question(void)
{
    if (!have_english())
        return;
    az_analyzer *az = test_analyzer();
    g_assert_true(zq_english_question(az, "how many hours can the police hold me"));
    g_assert_true(zq_english_question(az, "they sold my daughter"));
    g_assert_true(zq_english_question(az, "hours"));
    /* Mongolian typed in Latin letters, though ger and hun are English. */
    g_assert_false(zq_english_question(az, "ger buliin huchirhiilel"));
    g_assert_false(zq_english_question(az, "hun alah"));
    g_assert_false(zq_english_question(az, "huuhed"));
    /* A lone short word may be either: bus (бус), bar (барих). */
    g_assert_false(zq_english_question(az, "bus"));
    g_assert_false(zq_english_question(az, "хүн худалдаалах"));
    /* A slip that spells no Mongolian is no vote against English. */
    g_assert_true(zq_english_question(az, "sexual explotation"));
    g_assert_false(zq_english_question(az, "sexual huchirhiilel huuhed"));
}

static void
test_word(void)
{
    if (!have_english())
        return;
    az_analyzer *az = test_analyzer();
    g_assert_true(zq_english_word(az, "hours", true));
    g_assert_true(zq_english_word(az, "hurt", true));
    g_assert_false(zq_english_word(az, "hun", false));
    g_assert_false(zq_english_word(az, "huuhed", true));
    /* The glossary's English and the stopwords, whatever the question. */
    g_assert_true(zq_english_word(az, "trafficking", false));
    g_assert_true(zq_english_word(az, "the", false));
    g_assert_false(zq_english_word(az, "хүн", true));
}

/* The field's abbreviations the glossary knows are English words of the
 * law, never slips to correct (probe E30: AML was offered as "am", CSEC as
 * "csc"). */
static void
test_abbreviations(void)
{
    az_analyzer *az = test_analyzer();
    const char *known[] = {"tip", "csec", "aml", "cft", "kyc", "fiu", "dv", "gbv", "ngo", "mdtf", "csam"};
    for (gsize i = 0; i < G_N_ELEMENTS(known); i++) {
        if (!zq_glossary_english(az, known[i]))
            g_error("'%s' is no English word of the glossary", known[i]);
        g_assert_true(zq_english_word(az, known[i], false));
        char *c = zq_english_correction(az, known[i]);
        if (c != NULL)
            g_error("'%s' corrected to '%s'", known[i], c);
    }
}

static void
assert_corrects(const char *typed, const char *meant)
{
    char *got = zq_english_correction(test_analyzer(), typed);
    if (g_strcmp0(got, meant) != 0)
        g_error("'%s' -> '%s', not '%s'", typed, got ? got : "(none)", meant ? meant : "(none)");
    g_free(got);
}

static void
test_correction(void)
{
    if (!have_english())
        return;
    assert_corrects("harrasment", "harassment");
    assert_corrects("assesment", "assessment");
    assert_corrects("deportaton", "deportation");
    assert_corrects("agravating", "aggravating");
    /* Of two slips one letter away, the word the glossary knows, whatever
     * hunspell ranks first (exploration, wines). */
    assert_corrects("explotation", "exploitation");
    assert_corrects("witnes", "witness");
    /* An English word is no slip, nor is Mongolian typed in Latin. */
    assert_corrects("pending", NULL);
    assert_corrects("statue", NULL);
    assert_corrects("boss", NULL);
    assert_corrects("huuhed", NULL);
    /* A word of its own the dictionary lacks is not another word with a
     * letter more or less at its start. */
    assert_corrects("sextortion", NULL);
}

static void
test_plausible_slip(void)
{
    /* A letter left out, added or swapped, past the first. */
    g_assert_true(zq_plausible_slip("labur", "labour"));
    g_assert_true(zq_plausible_slip("pornograhpy", "pornography"));
    /* A key beside it, or a vowel for a vowel. */
    g_assert_true(zq_plausible_slip("trafgicking", "trafficking"));
    g_assert_true(zq_plausible_slip("seperate", "separate"));
    /* Not the first letter, nor a key far from it. */
    g_assert_false(zq_plausible_slip("sextortion", "extortion"));
    g_assert_false(zq_plausible_slip("hotline", "hotlink"));
}

/* A word and its other spelling have one stem, so each finds what the
 * other's glossary line and index terms do. */
static void
assert_same_stem(const char *a, const char *b)
{
    char *sa = az_stem(test_analyzer(), a), *sb = az_stem(test_analyzer(), b);
    if (strcmp(sa, sb) != 0)
        g_error("'%s' stems to '%s', '%s' to '%s'", a, sa, b, sb);
    g_free(sa);
    g_free(sb);
}

static void
assert_spelt(const char *typed, const char *kept)
{
    char *got = az_english_spelling(typed);
    if (strcmp(got, kept) != 0)
        g_error("'%s' is spelt '%s', not '%s'", typed, got, kept);
    g_free(got);
}

static void
test_spelling_families(void)
{
    /* Each family by its ending, words no list names among them. */
    assert_same_stem("defense", "defence");
    assert_same_stem("offenses", "offences");
    assert_same_stem("licensed", "licenced");
    assert_same_stem("pretense", "pretence");
    assert_same_stem("organized", "organised");
    assert_same_stem("criminalization", "criminalisation");
    assert_same_stem("jeopardize", "jeopardise");
    assert_same_stem("paralyzed", "paralysed");
    assert_same_stem("labor", "labour");
    assert_same_stem("laborers", "labourers");
    assert_same_stem("behavioral", "behavioural");
    assert_same_stem("neighbor", "neighbour");
    assert_same_stem("favorite", "favourite");
    assert_same_stem("center", "centre");
    assert_same_stem("theaters", "theatres");
    assert_same_stem("fiber", "fibre");
    assert_same_stem("judgment", "judgement");
    assert_same_stem("acknowledgments", "acknowledgements");
    assert_same_stem("traveled", "travelled");
    assert_same_stem("counselor", "counsellor");
    assert_same_stem("canceling", "cancelling");
    assert_same_stem("catalog", "catalogue");
    assert_same_stem("pediatric", "paediatric");
    assert_same_stem("anemia", "anaemia");
    assert_same_stem("labor's", "labour's");
    /* Short words the endings would make others stay themselves; and
     * -ized keeps off the body's organ. */
    assert_spelt("four", "four");
    assert_spelt("hours", "hours");
    assert_spelt("sense", "sense");
    assert_spelt("size", "size");
    assert_spelt("seized", "seized");
    assert_spelt("citizen", "citizen");
    assert_spelt("rogue", "rogue");
    assert_spelt("spelled", "spelled");
    assert_spelt("telling", "telling");
    assert_spelt("hatred", "hatred");
    assert_spelt("doctor", "doctor");
    char *organ = az_stem(test_analyzer(), "organ"), *organized = az_stem(test_analyzer(), "organized");
    g_assert_cmpstr(organ, !=, organized);
    g_free(organ);
    g_free(organized);
    /* Not a Latin word: left alone. */
    assert_spelt("хүүхэд", "хүүхэд");
    assert_spelt("13.1", "13.1");
}

/* A light verb and its forms carry a question's grammar, not its subject;
 * the words of a subject, and a light verb's phrase partner, are not. */
static void
test_generic_word(void)
{
    const char *light[] = {"want", "wants", "get", "got", "took", "taken", "keeps", "kept", "leave", "left", "make",
                           "made", "gave", "put", "need", "things"};
    for (gsize i = 0; i < G_N_ELEMENTS(light); i++)
        g_assert_true(zq_generic_word(light[i]));
    const char *subject[] = {"divorce", "passport", "hostage", "bribe", "marry", "work", "wage", ""};
    for (gsize i = 0; i < G_N_ELEMENTS(subject); i++)
        g_assert_false(zq_generic_word(subject[i]));
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/english/a-question-reads-as-english-by-most-of-its-words", test_question);
    g_test_add_func("/english/british-and-american-spellings-stem-alike-by-their-endings", test_spelling_families);
    g_test_add_func("/english/a-word-is-english-by-glossary-stopwords-or-dictionary", test_word);
    g_test_add_func("/english/a-typing-slip-is-corrected-an-english-word-is-not", test_correction);
    g_test_add_func("/english/a-slip-keeps-the-first-letter-and-hits-a-key-nearby", test_plausible_slip);
    g_test_add_func("/english/a-light-verb-is-no-word-of-a-subject", test_generic_word);
    g_test_add_func("/english/the-fields-abbreviations-are-known-never-corrected", test_abbreviations);
    return g_test_run();
}
