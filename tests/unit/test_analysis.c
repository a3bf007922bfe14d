/* test_analysis.c — normalisation, tokens, language and stems: the
 * analysis path that indexing and querying share. */
#include "tests/unit/test_context.h"
#include "core/analysis.h"
#include "core/context.h"
#include "core/mnstem.h"
#include "core/schema.h"
#include "core/terms.h"

#include <string.h>

static void
check_norm(const char *in, const char *want)
{
    char *got = az_normalise(in, -1);
    g_assert_cmpstr(got, ==, want);
    g_free(got);
}

static void
test_normalise_lookalikes(void)
{
    /* The real statutes: Latin Y inside a Cyrillic word is Ү. */
    check_norm("НЭГДҮГЭЭР БYЛЭГ", "НЭГДҮГЭЭР БҮЛЭГ");
    check_norm("аpхивын", "архивын");
    /* English words keep their Latin letters. */
    check_norm("Article YES", "Article YES");
    /* cp1251-era fonts: ї for ү, є for ө. */
    check_norm("хїїхдийн євєл", "хүүхдийн өвөл");
    /* More from the statutes: italic т drawn as m, a lower-case y for у. */
    check_norm("Энэ заалтын дугаарm", "Энэ заалтын дугаарт");
    check_norm("тyрших", "турших");
    /* Roman numerals typed with a Cyrillic Х become Latin; a Cyrillic word
     * of look-alike letters, and a Latin numeral, stay as they are. */
    check_norm("ХIV, ХVI хороолол", "XIV, XVI хороолол");
    check_norm("ХХ зуун", "ХХ зуун");
    check_norm("XIV", "XIV");
    check_norm("ХИМ", "ХИМ");
    /* A Cyrillic З typed for the digit 3 in a number, as older statutes
     * have it; З as a letter, alone or in a word, stays. */
    check_norm("З4 дүгээр зүйл", "34 дүгээр зүйл");
    check_norm("1З-ны өдөр, 2З.4., 6.1.З./", "13-ны өдөр, 23.4., 6.1.3./");
    check_norm("З. Болд, Засгийн газар, ЗХ", "З. Болд, Засгийн газар, ЗХ");
    /* A Cyrillic (or Latin) О for 0 inside a number, never at its head nor
     * alone, nor in a word of letters (H2O, ОНОО). */
    check_norm("1О дугаар зүйл, 2О.1., 1ОО, 1O", "10 дугаар зүйл, 20.1., 100, 10");
    check_norm("О1 маягт, О, H2O, ОНОО, 2ОН", "О1 маягт, О, H2O, ОНОО, 2ОН");
    /* A Latin word with a Mongolian ending keeps its letters; a word whose
     * only Latin letters have look-alikes is still mended. */
    check_norm("Facebookээр, WhatsAppаар, Hong Kongоос", "Facebookээр, WhatsAppаар, Hong Kongоос");
    check_norm("Xаан, Caяхан", "Хаан, Саяхан");
}

static void
test_normalise_hyphens_and_forms(void)
{
    check_norm("худал\u00ADдаалах", "худалдаалах");
    check_norm("хүн худал-\nдаалах гэмт", "хүн худалдаалах гэмт");
    /* A real hyphen before a capital stays. */
    check_norm("Монгол-\nЯпон", "Монгол-\nЯпон");
    check_norm("\uFB01nal", "final"); /* ligature */
    check_norm("a\r\nb", "a\nb");
    check_norm("x\001y", "x y");
}

/* Invisible characters pasted from web pages inside a word vanish, so the
 * word is one (probe F29, finding 9): zero-width space, soft hyphen, BOM,
 * word joiner, and a joiner or non-joiner between Latin or Cyrillic
 * letters; a joiner stays where a script shapes its letters by it. */
static void
test_normalise_invisible_in_words(void)
{
    check_norm("хүү\u200Bхэд", "хүүхэд");
    check_norm("хүү\u00ADхэд", "хүүхэд");
    check_norm("хүү\uFEFFхэд", "хүүхэд");
    check_norm("хүү\u200Dхэд", "хүүхэд");
    check_norm("хүү\u200Cхэд", "хүүхэд");
    check_norm("хүү\u2060хэд", "хүүхэд");
    check_norm("traf\u200Dfick\u200Cing", "trafficking");
    check_norm("\u200Dхүүхэд\u200C", "хүүхэд");
    check_norm("хүүхэд \u200D 12", "хүүхэд  12");
    /* Persian's non-joiner (می‌خواهم), Devanagari's joiner (क्‍ष), a
     * traditional Mongolian word's: kept. */
    check_norm("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645");
    check_norm("\u0915\u094D\u200D\u0937", "\u0915\u094D\u200D\u0937");
    check_norm("\u182A\u200D\u1820", "\u182A\u200D\u1820");
}

/* An inserted provision's superscript number (Demo (fictional) phrasing):
 * kept after a digit, never folded into the number (48¹ is not 481), and
 * typed with a caret it is made one; elsewhere NFKC folds it as before. */
static void
test_normalise_superscript_numbers(void)
{
    check_norm("48¹ дүгээр зүйл", "48¹ дүгээр зүйл");
    check_norm("6.1.1¹-д заасан", "6.1.1¹-д заасан");
    check_norm("48¹.2.Зөвлөл", "48¹.2.Зөвлөл");
    check_norm("4²³ ба ﬁ", "4²³ ба fi"); /* the rest still NFKC */
    check_norm("48^1 дүгээр зүйл, 6.1.1^1-д", "48¹ дүгээр зүйл, 6.1.1¹-д");
    /* Not a number's superscript: a unit's after a letter, a caret with no
     * digit before it or four digits after it. */
    check_norm("100 м² талбай", "100 м2 талбай");
    check_norm("x^2, ^1, 2^1234", "x^2, ^1, 2^1234");
    /* An export's superscript markup: after a digit a superscript, after a
     * letter a digit (as NFKC makes ¹ there); other markup left. */
    check_norm("АРВАН ХОЁРДУГААР БҮЛЭГ@A1@B", "АРВАН ХОЁРДУГААР БҮЛЭГ1");
    check_norm("132@A1@B дугаар зүйл", "132¹ дугаар зүйл");
    check_norm("@Ax@B, @A12345@B", "@Ax@B, @A12345@B");
    /* A Latin I typed for the superscript one after an article's number,
     * before its ordinal word (II for two); not elsewhere ("Зүйл 11I",
     * "5I хэсэг", a word "XI"). */
    check_norm("11I дүгээр зүйл. /Дээрх 11I дүгээр зүйлийг/", "11¹ дүгээр зүйл. /Дээрх 11¹ дүгээр зүйлийг/");
    check_norm("7II дугаар зүйл", "7² дугаар зүйл");
    check_norm("11I.1.3.геологи", "11¹.1.3.геологи");
    check_norm("Зүйл 11I, 5I хэсэг, XI дүгээр, 3I.x", "Зүйл 11I, 5I хэсэг, XI дүгээр, 3I.x");
}

static void
test_normalise_mojibake(void)
{
    /* UTF-8 Cyrillic read as Latin-1. */
    check_norm("Ð¥Ò¯Ð½", "Хүн");
    /* cp1251 bytes read as Latin-1: "Монгол" */
    check_norm("Ìîíãîë", "Монгол");
    /* Invalid UTF-8 never passes through. */
    char *got = az_normalise("ab\xff\xfe", 4);
    g_assert_true(g_utf8_validate(got, -1, NULL));
    g_free(got);
}

/* The fast path's list (az_nfkc_stable_char) against GLib's NFKC: each
 * character it names is left alone on its own and beside every other it
 * names, and text outside the list is still normalised.  A wrong entry
 * (U+2011, U+2026, a combining mark) fails here. */
static void
test_normalise_fast_path(void)
{
    GArray *stable = g_array_new(FALSE, FALSE, sizeof(gunichar));
    for (gunichar c = 1; c < 0x3000; c++)
        if (az_nfkc_stable_char(c))
            g_array_append_val(stable, c);
    g_assert_cmpuint(stable->len, >, 400);
    for (guint i = 0; i < stable->len; i++) {
        for (guint j = 0; j <= stable->len; j++) {
            gunichar pair[2] = {g_array_index(stable, gunichar, i), 0};
            if (j < stable->len)
                pair[1] = g_array_index(stable, gunichar, j);
            char *s = g_ucs4_to_utf8(pair, j < stable->len ? 2 : 1, NULL, NULL, NULL);
            char *n = g_utf8_normalize(s, -1, G_NORMALIZE_NFKC);
            if (strcmp(s, n) != 0)
                g_error("NFKC changes U+%04X U+%04X", pair[0], pair[1]);
            g_free(n);
            g_free(s);
        }
    }
    g_array_free(stable, TRUE);
    g_assert_false(az_nfkc_stable_char(0x2011));
    g_assert_false(az_nfkc_stable_char(0x2026));
    g_assert_false(az_nfkc_stable_char(0x0308));
    g_assert_false(az_nfkc_stable_char(0x00A0));
    /* Beside plain Cyrillic, what the list leaves out is still folded. */
    check_norm("№ 5 ‑ Ё …", "No 5 ‐ Ё ...");
    check_norm("хүн гэмт «хэрэг»",
               "хүн гэмт «хэрэг»");
}

/* az_nfkc, which normalises a piece at a time, against GLib's NFKC of
 * the whole text: random texts of the characters that compose, decompose
 * or reorder (decomposed Cyrillic, Latin with marks, Hangul jamo, Indic and
 * Tibetan vowel signs, half-width sound marks, ligatures), long enough to
 * be cut in many places.  A cut where normalisation reaches across (before
 * U+0306, U+1161, U+0BBE, U+FF9E ...) makes them differ. */
static void
test_normalise_pieces(void)
{
    static const gunichar alphabet[] = {
        0x0438, 0x0306, 0x0415, 0x0308, 0x0435, 'e',    0x0301, 0x0323, 0x0302, 'a',    ' ',    '\n',
        0x1100, 0x1161, 0x11A8, 0xAC00, 0x3131, 0x314F, 0x0B47, 0x0B3E, 0x0BC6, 0x0BBE, 0x0F71, 0x0F73,
        0x0F72, 0x0F80, 0x30AB, 0xFF76, 0xFF9E, 0x3099, 0xFB01, 0x2116, 0x00A0, 0x1E0B, 0x0307, 0x0041,
    };
    GRand *rand = g_rand_new_with_seed(23);
    for (int round = 0; round < 40; round++) {
        GString *t = g_string_new(NULL);
        guint marks = 0;
        while (t->len < 20000) {
            gunichar c = alphabet[g_rand_int_range(rand, 0, G_N_ELEMENTS(alphabet))];
            marks = g_unichar_combining_class(c) ? marks + 1 : 0;
            if (marks > 20)
                continue;
            g_string_append_unichar(t, c);
        }
        char *want = g_utf8_normalize(t->str, -1, G_NORMALIZE_NFKC);
        char *got = az_nfkc(t->str);
        if (strcmp(want, got) != 0)
            g_error("round %d: az_nfkc differs from NFKC of the whole text", round);
        g_free(want);
        g_free(got);
        g_string_free(t, TRUE);
    }
    g_rand_free(rand);

    /* 2 MB of й written decomposed, a line of 200 at a time: composed
     * throughout (GLib alone takes time in the square of the length). */
    GString *nfd = g_string_new(NULL), *nfc = g_string_new(NULL);
    for (int line = 0; line < 2600; line++) {
        for (int i = 0; i < 200; i++) {
            g_string_append(nfd, "\u0438\u0306");
            g_string_append(nfc, "\u0439");
        }
        g_string_append_c(nfd, '\n');
        g_string_append_c(nfc, '\n');
    }
    char *got = az_normalise(nfd->str, nfd->len);
    g_assert_true(strcmp(got, nfc->str) == 0);
    g_free(got);
    g_string_free(nfd, TRUE);
    g_string_free(nfc, TRUE);

    /* A letter under 100,000 marks keeps 30 of them (q composes with none). */
    GString *zalgo = g_string_new("q");
    for (int i = 0; i < 100000; i++)
        g_string_append_unichar(zalgo, i % 2 ? 0x0316 : 0x0301);
    g_string_append(zalgo, " b");
    got = az_nfkc(zalgo->str);
    g_assert_cmpint(g_utf8_strlen(got, -1), ==, 1 + 30 + 2);
    g_assert_true(g_str_has_suffix(got, " b"));
    g_free(got);
    g_string_free(zalgo, TRUE);
}

typedef struct {
    GPtrArray *words;
} tok_ctx;

static bool
collect(const az_token *t, void *user)
{
    tok_ctx *c = user;
    g_ptr_array_add(c->words, g_strndup(t->start, t->len));
    return true;
}

static char *
tokens(const char *text)
{
    tok_ctx c = {g_ptr_array_new_with_free_func(g_free)};
    az_tokenise(text, -1, collect, &c);
    g_ptr_array_add(c.words, NULL);
    char *joined = g_strjoinv("|", (char **)c.words->pdata);
    g_ptr_array_free(c.words, TRUE);
    return joined;
}

static void
test_tokenise(void)
{
    char *t = tokens("13.1.2 дугаар зүйл, 2024/ШЦТ/67 тоот; 1.Энэ хуулийн (person's) 13.1.");
    g_assert_cmpstr(t, ==, "13.1.2|дугаар|зүйл|2024/ШЦТ/67|тоот|1|Энэ|хуулийн|person's|13.1");
    g_free(t);
    t = tokens("2.1-д заасан");
    g_assert_cmpstr(t, ==, "2.1|д|заасан");
    g_free(t);
    /* A Latin word with a Mongolian ending is the word and its ending, as
     * with a hyphen; one Latin letter, or Cyrillic first, is one word. */
    t = tokens("Facebookээр Facebook-ээр Xаан Мongol COVID19ийн");
    g_assert_cmpstr(t, ==, "Facebook|ээр|Facebook|ээр|Xаан|Мongol|COVID19ийн");
    g_free(t);
}

/* Whether a word is known to the dictionary, as indexing asks it
 * (az_word_known, which takes the answer from stemming when the word as
 * written has a stem), against the spelling check itself (az_is_known),
 * for every distinct Cyrillic word of a text.  Returns how many were
 * known. */
static guint
check_known_text(const char *text, guint *words)
{
    az_analyzer *az = test_analyzer();
    tok_ctx c = {g_ptr_array_new_with_free_func(g_free)};
    az_tokenise(text, -1, collect, &c);
    GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    guint known = 0;
    *words = 0;
    for (guint i = 0; i < c.words->len; i++) {
        char *w = az_fold(c.words->pdata[i], -1);
        gunichar first = g_utf8_get_char(w);
        if (first < 0x0400 || first > 0x04FF || g_hash_table_contains(seen, w)) {
            g_free(w);
            continue;
        }
        bool fast = az_word_known(az, w), slow = az_is_known(az, w);
        if (fast != slow)
            g_error("%s: az_word_known says %d, the spelling check %d", w, fast, slow);
        known += fast;
        (*words)++;
        g_hash_table_add(seen, w);
    }
    g_hash_table_destroy(seen);
    g_ptr_array_free(c.words, TRUE);
    return known;
}

static guint
check_known_words(const char *path, guint *words)
{
    char *text = NULL;
    if (!g_file_get_contents(path, &text, NULL, NULL))
        return 0;
    guint known = check_known_text(text, words);
    g_free(text);
    return known;
}

static void
test_known_from_stemming(void)
{
    guint words = 0;
    /* Abbreviations hunspell-mn holds in capitals only: a stem for the
     * capitalised form, none for the lower case, and no capitalised form
     * accepted.  Known only by asking. */
    check_known_text("НҮБ ҮЦК МПА БНМАУ хүүхэд", &words);
    g_assert_cmpuint(words, ==, 5);
    guint known = check_known_words("corpus-config/demo/code/eruugiin_khuuli_demo_mn.xml", &words);
    g_assert_cmpuint(words, >, 100);
    g_assert_cmpuint(known, >, words / 2);
    g_assert_cmpuint(known, <, words);
    const char *code = "../shared/corpus/mn/law/eruugiin_khuuli_2015.txt";
    if (!g_file_test(code, G_FILE_TEST_EXISTS)) {
        g_test_message("../shared absent: the real Criminal Code's words not checked");
        return;
    }
    known = check_known_words(code, &words);
    g_assert_cmpuint(words, >, 2000);
    g_assert_cmpuint(known, <, words);
}

/* The indexer asks for a word's terms and whether it is known in one look
 * (az_word_index_terms); it must give what az_word_terms and the spelling
 * check give apart: the same exact term, "Z" stem, and "K" key exactly
 * when the word is Cyrillic and not known.  Each word as written (mixed
 * case, long, Latin, digits), on a fresh cache, so that both the answer
 * stemming leaves and the one asked afterwards are met. */
static void
check_index_terms(const char *text, guint *words, guint *keys)
{
    az_analyzer *fresh = az_analyzer_sibling(test_analyzer());
    tok_ctx c = {g_ptr_array_new_with_free_func(g_free)};
    az_tokenise(text, -1, collect, &c);
    *words = *keys = 0;
    for (guint i = 0; i < c.words->len; i++) {
        const char *w = c.words->pdata[i];
        char *exact = NULL, *stem = NULL, *key = NULL;
        az_word_index_terms(fresh, w, (int)strlen(w), &exact, &stem, &key);
        char *want_exact = NULL, *want_stem = NULL, *want_key = NULL;
        az_word_terms(test_analyzer(), w, -1, &want_exact, &want_stem, &want_key);
        if (want_key != NULL && az_is_known(test_analyzer(), want_exact))
            g_clear_pointer(&want_key, g_free);
        if (g_strcmp0(exact, want_exact) != 0 || g_strcmp0(stem, want_stem) != 0 || g_strcmp0(key, want_key) != 0)
            g_error("%s: az_word_index_terms gives %s %s %s, apart %s %s %s", w, exact, stem, key, want_exact,
                    want_stem, want_key);
        g_assert_true(g_str_has_prefix(stem, ZS_P_STEM));
        *keys += key != NULL;
        (*words)++;
        g_free(exact), g_free(stem), g_free(key);
        g_free(want_exact), g_free(want_stem), g_free(want_key);
    }
    g_ptr_array_free(c.words, TRUE);
    az_analyzer_free(fresh);
}

static void
test_index_terms_match_terms_and_known(void)
{
    guint words = 0, keys = 0;
    /* Demo (fictional) words: a capitalised unknown name, a known word in
     * capitals, an abbreviation the dictionary holds in capitals only, a
     * Latin word, a number and a word longer than any term may be. */
    check_index_terms("Батсүхээгийн ХҮҮХДИЙН НҮБ хүүхэд Trafficking 13.1.2 "
                      "ааааааааааааааааааааааааааааааааааааааааааааааааааааааааааааааааааааа",
                      &words, &keys);
    g_assert_cmpuint(words, ==, 7);
    g_assert_cmpuint(keys, >=, 2); /* the name and the long word at least */
    char *text = NULL;
    if (g_file_get_contents("corpus-config/demo/code/eruugiin_khuuli_demo_mn.xml", &text, NULL, NULL)) {
        check_index_terms(text, &words, &keys);
        g_assert_cmpuint(words, >, 1000);
        g_assert_cmpuint(keys, >, 0);
        g_assert_cmpuint(keys, <, words / 2);
        g_free(text);
    }
}

typedef struct {
    GString *scripts;
} script_ctx;

static bool
collect_script(const az_token *t, void *user)
{
    script_ctx *c = user;
    static const char names[] = {'o', 'c', 'l', 'd'}; /* az_script order */
    g_string_append_c(c->scripts, names[t->script]);
    return true;
}

/* The tokeniser's shortcuts for ASCII and U+0400..U+0481 end exactly where
 * GLib's tables take over: the Cyrillic thousands sign U+0482 is a symbol
 * and splits, the titlo U+0483 is a mark and joins, Ү (U+04AE) is a letter. */
static void
test_tokenise_boundaries(void)
{
    const char *text = "\u0400\u0481\u0482\u04AF\u04AF x_y1 cafe\u0301, \u0434\u0483 7a";
    char *t = tokens(text);
    g_assert_cmpstr(t, ==, "\u0400\u0481|\u04AF\u04AF|x|y1|cafe\u0301|\u0434\u0483|7a");
    g_free(t);
    script_ctx c = {g_string_new(NULL)};
    az_tokenise(text, -1, collect_script, &c);
    g_assert_cmpstr(c.scripts->str, ==, "cclllcd");
    g_string_free(c.scripts, TRUE);
}

/* az_fold lower-cases ASCII and Cyrillic itself: it must give what full
 * case folding gives, for every such code point and for words that mix
 * them with letters folding to more than one (ß -> ss). */
static void
test_fold_matches_casefold(void)
{
    for (gunichar c = 1; c < 0x0530; c++) {
        char buf[8] = {0};
        g_unichar_to_utf8(c, buf);
        char *want = g_utf8_casefold(buf, -1);
        char *got = az_fold(buf, -1);
        if (strcmp(got, want) != 0)
            g_error("az_fold(U+%04X) = %s, casefold gives %s", c, got, want);
        g_free(want);
        g_free(got);
    }
    char *f = az_fold("ХҮҮХДИЙН Ёс Straße", -1);
    g_assert_cmpstr(f, ==, "хүүхдийн ёс strasse");
    g_free(f);
    f = az_fold("ӨРГӨДӨЛxyz", 6); /* a length in bytes: three letters */
    g_assert_cmpstr(f, ==, "өрг");
    g_free(f);
}

static void
test_detect_lang(void)
{
    g_assert_cmpstr(az_detect_lang("Хүүхдийн эрхийг хамгаалах тухай хууль", -1), ==, "mn");
    g_assert_cmpstr(az_detect_lang("Trafficking in persons is a crime.", -1), ==, "en");
    g_assert_null(az_detect_lang("12345 ...", -1));
    /* Short Russian: no ө or ү, and Russian's one-letter words; a
     * Mongolian list's "в)" is no such word. */
    g_assert_null(az_detect_lang("Подп. и дата. Взам. инв. № Номер полиса в силе с 2020 г.", -1));
    g_assert_cmpstr(az_detect_lang("Монгол Улсын хууль тогтоомж: а) иргэн, б) хуулийн этгээд, в) байгууллага", -1), ==, "mn");
    g_assert_cmpstr(az_detect_lang("Монгол Улсын хууль тогтоомж", -1), ==, "mn");
    /* Kazakh letters make it not Mongolian. */
    g_assert_null(az_detect_lang("Қазақстан Республикасының заңы әділет", -1));
}

/* Where the letters cannot tell (no ө or ү, too short for their absence
 * to say), the dictionary does: Russian labels and a Kazakh word in
 * capitals are no Mongolian, a heading of Mongolian words is. */
static void
test_reads_as_mongolian(void)
{
    az_analyzer *az = test_analyzer();
    if (!az_analyzer_has_dictionary(az)) {
        g_test_skip("hunspell-mn is not installed");
        return;
    }
    /* The letters alone took each of these for Mongolian. */
    const char *not_mn[] = {"Номер полиса", "РЕСПУБЛИКАСЫ",
                            "Перв. примен. Инв. № подл. Подп. Справ. № Разраб. Пров. Т.контр. Копировал Формат A4"};
    for (gsize i = 0; i < G_N_ELEMENTS(not_mn); i++) {
        g_assert_cmpstr(az_detect_lang(not_mn[i], -1), ==, "mn");
        g_assert_false(az_has_mongolian_letters(not_mn[i], -1));
        g_assert_false(az_mostly_known(az, not_mn[i], -1));
    }
    const char *mn[] = {"Шийтгэх тогтоол", "Монгол Улсын хууль тогтоомж", "ЗАХИРАМЖ", "Журам батлах тухай",
                        "Хүүхдийн эрхийг хамгаалах тухай хууль"};
    for (gsize i = 0; i < G_N_ELEMENTS(mn); i++)
        g_assert_true(az_mostly_known(az, mn[i], -1));
    g_assert_true(az_has_mongolian_letters("Хүүхдийн эрхийг хамгаалах тухай хууль", -1));
    /* Without the analyser no word is asked, and the letters' answer stands. */
    g_assert_true(az_mostly_known(NULL, "Номер полиса", -1));
}

static char *
stem_of(const char *word)
{
    char *f = az_fold(word, -1);
    char *s = az_stem(test_analyzer(), f);
    g_free(f);
    return s;
}

static void
assert_same_stem(const char *a, const char *b)
{
    char *x = stem_of(a), *y = stem_of(b);
    if (strcmp(x, y) != 0)
        g_error("%s -> %s but %s -> %s", a, x, b, y);
    g_free(x);
    g_free(y);
}

static void
assert_other_stem(const char *a, const char *b)
{
    char *x = stem_of(a), *y = stem_of(b);
    if (strcmp(x, y) == 0)
        g_error("%s and %s should not share the stem %s", a, b, x);
    g_free(x);
    g_free(y);
}

static void
test_stem_mongolian(void)
{
    const char *child[] = {"хүүхдийн", "хүүхдүүд", "хүүхдэд", "хүүхдээс", "хүүхдийг", "Хүүхэд"};
    for (size_t i = 0; i < G_N_ELEMENTS(child); i++)
        assert_same_stem("хүүхэд", child[i]);
    assert_same_stem("худалдаалах", "худалдаалсан");
    assert_same_stem("худалдаалах", "худалдаалж");
    assert_same_stem("шүүх", "шүүхийн");
    assert_same_stem("шүүх", "шүүхэд");
    assert_same_stem("хохирогч", "хохирогчийн");
    assert_same_stem("хохирогч", "хохирогчид");
    assert_same_stem("хүн", "хүмүүс");
    /* A victim is not every form of "to harm"; trade is not a lie. */
    assert_other_stem("хохирогч", "хохироох");
    assert_other_stem("худалдаа", "худал");
    /* Several hunspell stems: the inflected form's lemma, else the word. */
    assert_same_stem("шүүхэд", "шүүх");
    assert_other_stem("шүүх", "шүү");
    assert_same_stem("эрхийн", "эрх");
    assert_same_stem("эмэгтэйн", "эмэгтэй");
    assert_other_stem("эмэгтэй", "эмэг");
    assert_same_stem("иргэний", "иргэн");
    assert_same_stem("иргэд", "иргэн");
    assert_same_stem("дүүргийн", "дүүрэг");
    assert_same_stem("шүүгдэгчийн", "шүүгдэгч");
    assert_other_stem("шүүгдэгч", "шүүгдэх");
    /* Words of opposite meaning are not one root (mn-lemmas.tsv): void
     * or repealed is not valid, nor either of them force; not guilty is
     * not guilty; each the same in its case forms. */
    assert_other_stem("хүчингүй", "хүчин");
    assert_other_stem("хүчинтэй", "хүчин");
    assert_other_stem("хүчингүй", "хүчинтэй");
    assert_same_stem("хүчингүй", "хүчингүйд");
    assert_same_stem("хүчинтэй", "хүчинтэйгээр");
    assert_other_stem("буруугүйд", "буруутайд");
    assert_same_stem("буруугүй", "буруугүйгээр");
    assert_same_stem("буруутай", "буруутайд");
    assert_same_stem("хүчин", "хүчинд");
    /* Protected legal terms (legal-terms.txt): цагдаа is not цагд. */
    char *s = stem_of("цагдаагийн");
    g_assert_cmpstr(s, ==, "цагдаа");
    g_free(s);
    s = stem_of("худалдааны");
    g_assert_cmpstr(s, ==, "худалдаа");
    g_free(s);
    /* хоног (a day of 24 hours) is not хоно- (to stay the night): the bare
     * word meets its inflections, so долоо хоног (week) is one phrase. */
    assert_same_stem("хоног", "хоногийн");
    assert_same_stem("хоног", "хоногоос");
}

static void
test_stem_rules(void)
{
    /* Words hunspell-mn lacks meet their inflected forms by rule. */
    char *a = mn_rule_stem("батбаярын");
    char *b = mn_rule_stem("батбаяр");
    g_assert_cmpstr(a, ==, b);
    g_free(a);
    g_free(b);
    a = mn_rule_stem("зөөгчдийн");
    g_assert_cmpuint(g_utf8_strlen(a, -1), >=, 3);
    g_free(a);
    /* Names, places and coinages the dictionary lacks, in the forms the
     * endings give them: a final short vowel gives way to the ending, a
     * bare -н (genitive or hidden н) follows й or a long vowel only, and
     * the г- endings those or н, so a stem's own г stays. */
    static const char *const forms[][2] = {
        {"хонгорзула", "хонгорзулын"},   {"хонгорзула", "хонгорзулыг"},  {"хонгорзула", "хонгорзулуудын"},
        {"хонгорзула", "хонгорзулатай"}, {"хонгорзула", "хонгорзулаас"}, {"гэрэлтэнгэ", "гэрэлтэнгийн"},
        {"хулан", "хулангийн"},          {"хулан", "хуланг"},            {"хулан", "хулангаас"},
        {"номинтолгой", "номинтолгойн"}, {"номинтолгой", "номинтолгойд"}, {"номинтолгой", "номинтолгойг"},
        {"шаргашувуу", "шаргашувуун"},   {"шаргашувуу", "шаргашувууны"},  {"шаргашувуу", "шаргашувууг"},
        {"мөнхбаяр", "мөнхбаярыг"},      {"сарнайцэцэг", "сарнайцэцгийн"},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(forms); i++) {
        a = mn_rule_stem(forms[i][0]);
        b = mn_rule_stem(forms[i][1]);
        if (g_strcmp0(a, b) != 0)
            g_error("%s -> %s but %s -> %s", forms[i][0], a, forms[i][1], b);
        g_free(a);
        g_free(b);
    }
    /* ...and a stem's own -н or -г is not cut. */
    a = mn_rule_stem("батжаргалан");
    g_assert_true(g_str_has_suffix(a, "н"));
    g_free(a);
    a = mn_rule_stem("эмзэгийн");
    g_assert_true(g_str_has_suffix(a, "г"));
    g_free(a);
}

static void
test_stem_english(void)
{
    assert_same_stem("trafficking", "trafficked");
    assert_same_stem("victims", "victim");
    char *s = stem_of("2024");
    g_assert_cmpstr(s, ==, "2024");
    g_free(s);
}

static void
test_stopwords(void)
{
    az_analyzer *az = test_analyzer();
    g_assert_true(az_is_stopword(az, "the"));
    g_assert_true(az_is_stopword(az, "болон"));
    g_assert_false(az_is_stopword(az, "хүүхэд"));
}

/* True if the derivation of `word` proposes `stem`. */
static bool
derives_to(const char *word, const char *stem)
{
    GPtrArray *d = az_derived_stems(test_analyzer(), word);
    bool found = false;
    for (guint i = 0; i < d->len; i++)
        found = found || strcmp(d->pdata[i], stem) == 0;
    g_ptr_array_free(d, TRUE);
    return found;
}

static guint
derivations(const char *word)
{
    GPtrArray *d = az_derived_stems(test_analyzer(), word);
    guint n = d->len;
    g_ptr_array_free(d, TRUE);
    return n;
}

static void
test_derived_stems(void)
{
    /* The doer, the passive and the causative lead back to the law's verb,
     * as its stem (хулгайлах -> хулгайл), inflected or not. */
    char *theft = stem_of("хулгайлах");
    g_assert_true(derives_to("хулгайлагч", theft));
    g_assert_true(derives_to("хулгайлагдсан", theft));
    g_free(theft);
    g_assert_true(derives_to("хүчиндэгдсэн", "хүчинд"));
    g_assert_true(derives_to("барьцаалагч", "барьцаал"));
    char *abort = stem_of("хөндөх");
    g_assert_true(derives_to("хөндүүлсэн", abort));
    g_free(abort);
    /* A -ч/-чин doer to its noun and that noun's verb. */
    g_assert_true(derives_to("хулгайч", "хулгай"));
    g_assert_true(derives_to("дээрэмчин", "дээрэмд"));
    /* The law's own forms derive to nothing new. */
    g_assert_cmpuint(derivations("хулгайлах"), ==, 0);
    /* Persons in the proceedings are protected terms, not acts; short
     * stems are left alone (гэрч, a witness, is no гэр, a home). */
    g_assert_cmpuint(derivations("хохирогч"), ==, 0);
    g_assert_cmpuint(derivations("гэрч"), ==, 0);
    /* Only Mongolian words derive; stopwords do not. */
    g_assert_cmpuint(derivations("traffickers"), ==, 0);
    g_assert_cmpuint(derivations("болон"), ==, 0);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/analysis/normalise/lookalikes", test_normalise_lookalikes);
    g_test_add_func("/analysis/normalise/hyphens-and-forms", test_normalise_hyphens_and_forms);
    g_test_add_func("/analysis/normalise/mojibake", test_normalise_mojibake);
    g_test_add_func("/analysis/normalise/invisible-in-words", test_normalise_invisible_in_words);
    g_test_add_func("/analysis/normalise/superscript-numbers", test_normalise_superscript_numbers);
    g_test_add_func("/analysis/normalise/fast-path", test_normalise_fast_path);
    g_test_add_func("/analysis/normalise/pieces", test_normalise_pieces);
    g_test_add_func("/analysis/known/from-stemming", test_known_from_stemming);
    g_test_add_func("/analysis/index-terms/match-terms-and-known", test_index_terms_match_terms_and_known);
    g_test_add_func("/analysis/tokenise", test_tokenise);
    g_test_add_func("/analysis/tokenise/fast-path-boundaries", test_tokenise_boundaries);
    g_test_add_func("/analysis/fold/matches-casefold", test_fold_matches_casefold);
    g_test_add_func("/analysis/detect-lang", test_detect_lang);
    g_test_add_func("/analysis/reads-as-mongolian", test_reads_as_mongolian);
    g_test_add_func("/analysis/stem/mongolian-inflection", test_stem_mongolian);
    g_test_add_func("/analysis/stem/rules-fallback", test_stem_rules);
    g_test_add_func("/analysis/stem/english", test_stem_english);
    g_test_add_func("/analysis/stopwords", test_stopwords);
    g_test_add_func("/analysis/derived-stems", test_derived_stems);
    return g_test_run();
}
