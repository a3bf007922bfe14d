/* pagetext.c — whether a PDF page's text layer can be indexed as it is, or
 * the page must be recognised (pagetext.h): statistics of its characters
 * and words, and the page's images.
 *
 * Not for: recognising pages (ocr.c) or repairing old font encodings
 * (az_normalise() does that before anything here looks at the text).
 */
#include "indexer/pagetext.h"

#include <string.h>

/* A THIN page's recognised text is kept only with this mean confidence. */
#define OCR_MIN_CONFIDENCE 40

/* ---- judging a text layer ---------------------------------------------- */

/* Words so common that any real page of Mongolian or English prose has
 * some; mojibake has none.  Folded (lower case). */
static const char *const common_words[] = {
    /* English */
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "is",
    "for",
    "that",
    "on",
    "by",
    "with",
    "as",
    "be",
    "or",
    "not",
    "this",
    "are",
    "was",
    "it",
    "an",
    "at",
    "from",
    "which",
    "shall",
    "court",
    "law",
    "article",
    "any",
    "has",
    "have",
    "were",
    "his",
    "her",
    "its",
    "their",
    "who",
    /* Mongolian */
    "нь",
    "ба",
    "болон",
    "юм",
    "бол",
    "энэ",
    "тэр",
    "зүйл",
    "зүйлийн",
    "хууль",
    "хуулийн",
    "хэсэг",
    "хэсэгт",
    "дугаар",
    "дүгээр",
    "оны",
    "сарын",
    "өдөр",
    "байна",
    "гэж",
    "буюу",
    "эсхүл",
    "хүн",
    "байгаа",
    "байсан",
    "бөгөөд",
    "тухай",
    "дахь",
    "дэх",
    "шүүх",
    "шүүхийн",
    "хэрэг",
    "хэргийн",
    "нэг",
    "их",
    "бүх",
    "гэсэн",
    "тул",
    "ч",
    "л",
    "үед",
    "талаар",
    "хүний",
    "улсын",
    NULL,
};

static bool
is_vowel(gunichar c)
{
    c = g_unichar_tolower(c);
    if (c >= 0xC0 && c < 0x250) {
        /* Accented Latin vowels (é, ö, …) count: French or German names. */
        gunichar base[4];
        if (g_unichar_fully_decompose(c, FALSE, base, G_N_ELEMENTS(base)) > 0)
            c = base[0];
    }
    switch (c) {
        case 'a':
        case 'e':
        case 'i':
        case 'o':
        case 'u':
        case 'y':
        case 0x0430:
        case 0x044D:
        case 0x0438:
        case 0x043E:
        case 0x0443:
        case 0x04E9:
        case 0x04AF:
        case 0x044B:
        case 0x0435:
        case 0x0451:
        case 0x044F:
        case 0x044E:
        case 0x0439:
            return true; /* а э и о у ө ү ы е ё я ю й */
        default:
            return false;
    }
}

typedef enum { SCRIPT_NONE, SCRIPT_LATIN, SCRIPT_CYRILLIC, SCRIPT_OTHER } script;

static script
script_of(gunichar c)
{
    if (c < 0x250)
        return SCRIPT_LATIN;
    if (c >= 0x0400 && c <= 0x052F)
        return SCRIPT_CYRILLIC;
    return SCRIPT_OTHER;
}

typedef struct text_stats {
    unsigned long alnum, odd; /* characters: letters and digits; odd ones */
    unsigned words;           /* tokens with letters and no digits */
    unsigned wordlike;        /* of those, plausible words */
    unsigned common;          /* of those, very common words */
} text_stats;

/* Characters no text of ours has, but broken encodings produce: control
 * and private-use codes, U+FFFD, and ASCII symbols that prose and tables
 * rarely use. */
static bool
odd_character(gunichar c)
{
    if (c == 0xFFFD)
        return true;
    switch (g_unichar_type(c)) {
        case G_UNICODE_CONTROL:
        case G_UNICODE_PRIVATE_USE:
        case G_UNICODE_UNASSIGNED:
        case G_UNICODE_SURROGATE:
            return c != 0 && c != '\n' && c != '\t' && c != '\r';
        default:
            return c < 0x80 && strchr("~^|\\{}<>`", (int)c) != NULL;
    }
}

/* Where a token ends besides white space: brackets, commas and the like,
 * which tables and run-together cells put between words ("contains(sit",
 * "sentence_months"). */
static bool
separator(gunichar c)
{
    return c == 0 || g_unichar_isspace(c) || (c < 0x80 && strchr("()[]{}_,;:\"!?", (int)c) != NULL) || c == 0x201C ||
           c == 0x201D || c == 0x00AB || c == 0x00BB || c == 0x2026 || c == 0x2013 || c == 0x2014;
}

/* What may stand inside a word: hyphens, apostrophes, the dots and slashes
 * of numbers and abbreviations, combining accents. */
static bool
inner_punctuation(gunichar c)
{
    return c == '-' || c == '\'' || c == '.' || c == '/' || c == 0x2019 || c == 0x2010 || c == 0x2011 ||
           g_unichar_ismark(c);
}

/* The capitals of a word: "word", "Word", "WORD" and "PDFs" are words, and
 * so are cells run together by the text layer ("HypothesisPredictor"):
 * every capital after a small letter must start a run of at least two
 * small letters.  Latin look-alike mojibake ("npliiMeHeHlileM" for
 * "применением") breaks this at once. */
static bool
plausible_capitals(const char *start, const char *end)
{
    bool seen_lower = false;
    for (const char *p = start; p < end; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (g_unichar_islower(c)) {
            seen_lower = true;
        } else if (g_unichar_isupper(c) && seen_lower) {
            const char *q = g_utf8_next_char(p);
            int small = 0;
            while (q < end && g_unichar_islower(g_utf8_get_char(q)) && small < 2) {
                small++;
                q = g_utf8_next_char(q);
            }
            if (small < 2)
                return false;
        }
    }
    return true;
}

/* One token, punctuation at its ends stripped. */
static void
judge_token(const char *start, const char *end, GHashTable *common, text_stats *st)
{
    while (start < end && !g_unichar_isalnum(g_utf8_get_char(start)))
        start = g_utf8_next_char(start);
    while (end > start) {
        const char *prev = g_utf8_prev_char(end);
        if (g_unichar_isalnum(g_utf8_get_char(prev)))
            break;
        end = prev;
    }
    if (start >= end)
        return;
    unsigned letters = 0, vowels = 0, symbols = 0, digits = 0, latin1_high = 0;
    script first = SCRIPT_NONE;
    bool mixed_script = false;
    for (const char *p = start; p < end; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (g_unichar_isalpha(c)) {
            letters++;
            script s = script_of(c);
            if (first == SCRIPT_NONE)
                first = s;
            else if (s != first)
                mixed_script = true;
            if (is_vowel(c))
                vowels++;
            if (c >= 0xC0 && c <= 0xFF)
                latin1_high++;
        } else if (g_unichar_isdigit(c)) {
            digits++;
        } else if (!inner_punctuation(c)) {
            symbols++;
        }
    }
    /* Numbers ("13.1.2") and numbered words ("2023-ны", "2024/ШЦТ/67") say
     * nothing either way. */
    if (letters == 0 || digits > 0)
        return;
    st->words++;
    bool plausible = !mixed_script && first != SCRIPT_OTHER && symbols == 0 && letters <= 30 &&
                     latin1_high * 2 <= letters && (vowels > 0 || letters <= 3) && plausible_capitals(start, end);
    if (plausible)
        st->wordlike++;
    char *folded = g_utf8_casefold(start, end - start);
    if (g_hash_table_contains(common, folded))
        st->common++;
    g_free(folded);
}

static void
text_statistics(const char *text, text_stats *st)
{
    memset(st, 0, sizeof *st);
    GHashTable *common = g_hash_table_new(g_str_hash, g_str_equal);
    for (int i = 0; common_words[i] != NULL; i++)
        g_hash_table_add(common, (gpointer)common_words[i]);
    const char *token = NULL;
    for (const char *p = text;; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (g_unichar_isalnum(c))
            st->alnum++;
        else if (odd_character(c))
            st->odd++;
        if (!separator(c)) {
            if (token == NULL)
                token = p;
        } else if (token != NULL) {
            judge_token(token, p, common, st);
            token = NULL;
        }
        if (c == 0)
            break;
    }
    g_hash_table_destroy(common);
}

ix_page_text
ix_judge_page_text(const char *page_text)
{
    if (page_text == NULL)
        return IX_PAGE_TEXT_NONE;
    if (!g_utf8_validate(page_text, -1, NULL))
        return IX_PAGE_TEXT_GARBAGE;
    text_stats st;
    text_statistics(page_text, &st);
    if (st.alnum == 0)
        return IX_PAGE_TEXT_NONE;
    /* Glyph codes without a usable font encoding. */
    if (st.odd * 10 > st.alnum)
        return IX_PAGE_TEXT_GARBAGE;
    /* Real prose has common words (English 20-40 % of its words, Mongolian
     * 5-15 %); a table may have none, but its words still look like
     * words.  Under half plausible words is garbage whatever the luck. */
    bool has_common = st.common * 50 >= st.words;             /* ≥ 2 % */
    bool looks_like_words = st.wordlike * 10 >= st.words * 7; /* ≥ 70 % */
    if (st.words >= 8 && !has_common && !looks_like_words)
        return IX_PAGE_TEXT_GARBAGE;
    if (st.words > 0 && st.wordlike * 2 < st.words)
        return IX_PAGE_TEXT_GARBAGE;
    return st.words < IX_OCR_THIN_WORDS ? IX_PAGE_TEXT_THIN : IX_PAGE_TEXT_OK;
}

/* ---- glyphs without a Unicode mapping ---------------------------------- */

/* Of the characters from U+E000 up, those that stand for a glyph poppler
 * could not map: U+FFFD and private-use codes, but those of symbol fonts
 * (U+F000-U+F0FF).  (Controls, a subset's glyph numbers, are found by
 * their bytes below.) */
static bool
unmapped_character(gunichar c)
{
    if (c == 0xFFFD)
        return true;
    if (c >= 0xF000 && c <= 0xF0FF)
        return false;
    return (c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000;
}

unsigned
ix_unmapped_glyphs(const char *raw_text)
{
    if (raw_text == NULL)
        return 0;
    /* Byte by byte: a control is a byte of its own, a C1 control 0xC2
     * then 0x80-0x9F, and only the lead bytes of U+E000-U+FFFF and of the
     * private-use planes need decoding; Cyrillic (0xD0-0xD3) and Latin
     * bytes, and a line's end, cost one comparison or two. */
    unsigned unmapped = 0;
    for (const unsigned char *p = (const unsigned char *)raw_text; *p; p++) {
        unsigned char b = *p;
        if (b >= 0x20 && b < 0x7F)
            continue;
        if (b < 0x20)
            unmapped += b != '\n' && b != '\t' && b != '\r' && b != '\f';
        else if (b == 0x7F)
            unmapped++;
        else if (b == 0xC2)
            unmapped += p[1] >= 0x80 && p[1] <= 0x9F;
        else if (b == 0xEE || b == 0xEF || b == 0xF3 || b == 0xF4) {
            gunichar c = g_utf8_get_char_validated((const char *)p, -1);
            /* Not UTF-8 at all: no character poppler knew either. */
            unmapped += c == (gunichar)-1 || c == (gunichar)-2 || unmapped_character(c);
        }
    }
    if (unmapped < 3)
        return 0;
    /* Only a page with some such glyphs pays for counting its letters. */
    if (!g_utf8_validate(raw_text, -1, NULL))
        return unmapped;
    unsigned long alnum = 0;
    for (const char *p = raw_text; *p; p = g_utf8_next_char(p))
        alnum += g_unichar_isalnum(g_utf8_get_char(p)) != 0;
    return (unsigned long)unmapped * 10 > alnum ? unmapped : 0;
}

static bool
page_has_image(PopplerPage *page)
{
    GList *images = poppler_page_get_image_mapping(page);
    bool any = images != NULL;
    poppler_page_free_image_mapping(images);
    return any;
}

bool
ix_page_needs_ocr(PopplerPage *page, const char *page_text)
{
    switch (ix_judge_page_text(page_text)) {
        case IX_PAGE_TEXT_OK:
            return false;
        case IX_PAGE_TEXT_THIN:
            return page != NULL && page_has_image(page);
        case IX_PAGE_TEXT_NONE:
        case IX_PAGE_TEXT_GARBAGE:
        default:
            return true;
    }
}

bool
ix_ocr_is_better(const char *layer_text, const char *ocr_text, int confidence)
{
    if (ocr_text == NULL || confidence < OCR_MIN_CONFIDENCE)
        return false;
    text_stats layer, ocr;
    text_statistics(layer_text != NULL ? layer_text : "", &layer);
    text_statistics(ocr_text, &ocr);
    return ocr.words > layer.words;
}
