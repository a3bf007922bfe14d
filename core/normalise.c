/* normalise.c — text clean-up before anything is analysed or stored.
 *
 * What reaches the index is what the user should have been given: NFKC
 * (ligatures split, full-width forms folded), no soft hyphens, zero-width
 * spaces or word joiners (nor joiners where no script needs them), words broken
 * across a line end joined, Latin look-alike letters inside Cyrillic words
 * made Cyrillic (the real statutes are full of "БYЛЭГ" with a Latin Y), and
 * the defects of old Mongolian font encodings repaired (ї for ү, є for ө, and
 * whole words of cp1251 read as Latin-1).  A superscript digit after a digit
 * is the one character NFKC is kept from: it numbers an inserted provision
 * (48¹, 6.1.1¹), and "48^1", "48@A1@B" (an export's markup) and "48I дүгээр"
 * (a Roman one typed for it) are made one.
 *
 * Not for: case folding or tokenising (analysis.c).
 */
#include "core/analysis.h"

#include <string.h>

/* Latin letters that old fonts and careless typing put inside Cyrillic
 * words, and the Cyrillic letter each stands for.  Upper-case Y is Ү: the
 * statutes' "БYЛЭГ" is БҮЛЭГ ("chapter"). */
static gunichar
cyrillic_lookalike(gunichar c)
{
    switch (c) {
        case 'A':
            return 0x0410;
        case 'B':
            return 0x0412;
        case 'C':
            return 0x0421;
        case 'E':
            return 0x0415;
        case 'H':
            return 0x041D;
        case 'K':
            return 0x041A;
        case 'M':
            return 0x041C;
        case 'O':
            return 0x041E;
        case 'P':
            return 0x0420;
        case 'T':
            return 0x0422;
        case 'X':
            return 0x0425;
        case 'Y':
            return 0x04AE;
        case 'a':
            return 0x0430;
        case 'c':
            return 0x0441;
        case 'e':
            return 0x0435;
        case 'o':
            return 0x043E;
        case 'p':
            return 0x0440;
        case 'x':
            return 0x0445;
        case 'y':
            return 0x0443;
        /* Italic т is drawn as an m: "дугаарm" in the statutes is дугаарт. */
        case 'm':
            return 0x0442;
        /* Ukrainian letters that cp1251-era Mongolian fonts used for Ө/Ү. */
        case 0x0407:
            return 0x04AE;
        case 0x0457:
            return 0x04AF; /* Ї ї -> Ү ү */
        case 0x0404:
            return 0x04E8;
        case 0x0454:
            return 0x04E9; /* Є є -> Ө ө */
        default:
            return 0;
    }
}

static bool
is_cyrillic(gunichar c)
{
    return (c >= 0x0400 && c <= 0x04FF) || (c >= 0x0500 && c <= 0x052F);
}

/* A run of Latin-1 letters (À..ÿ) is what cp1251 Cyrillic looks like when
 * read as Latin-1; a run of Ð/Ñ/Ò/Ó followed by continuation-range
 * characters is UTF-8 Cyrillic read as Latin-1.  Returns the repaired word
 * or NULL. */
static char *
repair_mojibake(const char *word, gssize len)
{
    glong n = g_utf8_strlen(word, len);
    if (n < 3)
        return NULL;
    bool all_high = true, utf8_pattern = false;
    for (const char *p = word; p < word + len; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (c < 0x80 || c > 0xFF)
            return NULL;
        if (c < 0xC0)
            all_high = false;
        if (c >= 0xD0 && c <= 0xD3)
            utf8_pattern = true;
    }
    gsize out_len = 0;
    char *bytes = g_convert(word, len, "ISO-8859-1", "UTF-8", NULL, &out_len, NULL);
    if (!bytes)
        return NULL;
    char *result = NULL;
    if (utf8_pattern && g_utf8_validate(bytes, out_len, NULL)) {
        result = g_strndup(bytes, out_len);
    } else if (all_high) {
        result = g_convert(bytes, out_len, "UTF-8", "WINDOWS-1251", NULL, NULL, NULL);
    }
    g_free(bytes);
    if (result) {
        /* Accept only if the result is Cyrillic throughout. */
        for (const char *p = result; *p; p = g_utf8_next_char(p))
            if (!is_cyrillic(g_utf8_get_char(p)) && g_unichar_isalpha(g_utf8_get_char(p))) {
                g_free(result);
                return NULL;
            }
    }
    return result;
}

/* The Latin letter of a Roman numeral that a Cyrillic letter looks like
 * (Х І С М), the Latin numeral letters themselves, else 0. */
static char
roman_letter(gunichar c)
{
    switch (c) {
        case 'I':
        case 'V':
        case 'X':
        case 'L':
        case 'C':
        case 'D':
        case 'M':
            return (char)c;
        case 0x0425:
            return 'X';
        case 0x0406:
            return 'I';
        case 0x0421:
            return 'C';
        case 0x041C:
            return 'M';
        default:
            return 0;
    }
}

/* A Roman numeral typed with a Cyrillic Х among Latin I and V ("ХIV",
 * "ХVI" in the statutes' lists of districts): made Latin throughout.
 * Needs a Latin I or V, which no Cyrillic word has in capitals, so a
 * Cyrillic word of look-alike letters (ХХ) is left alone. */
static bool
append_roman(GString *out, const char *w, gssize len)
{
    bool latin_iv = false;
    for (const char *p = w; p < w + len; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (!roman_letter(c))
            return false;
        if (c == 'I' || c == 'V')
            latin_iv = true;
    }
    if (!latin_iv)
        return false;
    for (const char *p = w; p < w + len; p = g_utf8_next_char(p))
        g_string_append_c(out, roman_letter(g_utf8_get_char(p)));
    return true;
}

/* The digit a capital letter stands for when typed inside a number: a
 * Cyrillic З for 3, a Cyrillic or Latin О for 0; else 0. */
static char
lookalike_digit(gunichar c)
{
    return c == 0x0417 ? '3' : c == 0x041E || c == 'O' ? '0' : 0;
}

/* A number typed with look-alike letters for digits, as older statutes
 * have it: a Cyrillic З for 3 ("З4 дүгээр зүйл", "1З-ны өдөр", "2З.4."), a
 * Cyrillic (or Latin) О for 0 ("1О дугаар зүйл", "2О.1."): a word of digits
 * and such letters only, a digit among them, is the number.  An О must
 * follow a digit (no number starts with 0); a letter alone is a letter. */
static bool
append_ze_number(GString *out, const char *w, gssize len)
{
    bool digit = false;
    for (const char *p = w; p < w + len; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (c >= '0' && c <= '9')
            digit = true;
        else if (lookalike_digit(c) == 0 || (lookalike_digit(c) == '0' && p == w))
            return false;
    }
    if (!digit)
        return false;
    for (const char *p = w; p < w + len; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        g_string_append_c(out, lookalike_digit(c) ? lookalike_digit(c) : (char)c);
    }
    return true;
}

/* A Latin word with a Mongolian case ending typed onto it ("Facebookээр",
 * "WhatsAppаар", "Hong Kongоос"): two letters or more of Latin first, one
 * of them without a Cyrillic look-alike, then Cyrillic only.  Its Latin
 * letters are the word's own, not slips of the keyboard. */
static bool
latin_with_ending(const char *w, gssize len)
{
    const char *p = w;
    int latin = 0;
    bool plain = false;
    for (; p < w + len; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (c >= 0x80 || !g_ascii_isalpha(c))
            break;
        latin++;
        if (!cyrillic_lookalike(c))
            plain = true;
    }
    if (latin < 2 || !plain || p == w + len)
        return false;
    for (; p < w + len; p = g_utf8_next_char(p))
        if (!is_cyrillic(g_utf8_get_char(p)))
            return false;
    return true;
}

/* Appends one word, fixing look-alikes if the word has any Cyrillic letter. */
static void
append_word(GString *out, const char *w, gssize len)
{
    if (append_roman(out, w, len) || append_ze_number(out, w, len))
        return;
    if (latin_with_ending(w, len)) {
        g_string_append_len(out, w, len);
        return;
    }
    bool cyr = false, fixable = false;
    for (const char *p = w; p < w + len; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (is_cyrillic(c) && !cyrillic_lookalike(c))
            cyr = true;
        else if (cyrillic_lookalike(c))
            fixable = true;
    }
    if (!cyr || !fixable) {
        g_string_append_len(out, w, len);
        return;
    }
    for (const char *p = w; p < w + len; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        gunichar r = cyrillic_lookalike(c);
        g_string_append_unichar(out, r ? r : c);
    }
}

/* Repairs every run of U+0080..U+00FF characters that is really Cyrillic
 * (see repair_mojibake).  Runs before NFKC, which would otherwise decompose
 * the Latin-1 symbols (¯, ½) that such runs are made of.  Those characters
 * are the only ones whose UTF-8 starts with byte C2 or C3, so the text
 * between them is copied as it stands, a stretch at a time. */
static char *
repair_runs(const char *text)
{
    GString *out = g_string_sized_new(strlen(text));
    const char *p = text, *plain = text;
    while (*p) {
        if ((unsigned char)*p != 0xC2 && (unsigned char)*p != 0xC3) {
            p++;
            continue;
        }
        g_string_append_len(out, plain, p - plain);
        const char *start = p;
        while (*p && ((unsigned char)*p == 0xC2 || (unsigned char)*p == 0xC3))
            p = g_utf8_next_char(p);
        char *fixed = repair_mojibake(start, p - start);
        if (fixed) {
            g_string_append(out, fixed);
            g_free(fixed);
        } else {
            g_string_append_len(out, start, p - start);
        }
        plain = p;
    }
    g_string_append_len(out, plain, p - plain);
    return g_string_free(out, FALSE);
}

/* A character NFKC leaves alone wherever it stands, and that nothing
 * before it can combine with: no decomposition of either kind, no
 * combining class, no second half of a composition.  Only the characters
 * of ordinary typeset text are listed (ASCII, Cyrillic letters, the quotes,
 * dashes and signs of the statutes); any other sends the text through
 * g_utf8_normalize.  tests/unit/test_analysis.c checks the list against
 * GLib's NFKC, one character and every pair. */
bool
az_nfkc_stable_char(gunichar c)
{
    if (c < 0x80)
        return c >= 0x20 ? c != 0x7F : (c == '\t' || c == '\n' || c == '\r');
    if (c >= 0x0400 && c <= 0x052F)
        return c < 0x0483 || c > 0x0489; /* not the combining titlo and signs */
    switch (c) {
        case 0x00A7: /* § */
        case 0x00AB: /* « */
        case 0x00B0: /* ° */
        case 0x00BB: /* » */
        case 0x2010: /* hyphen (not U+2011, which NFKC makes U+2010) */
        case 0x2012:
        case 0x2013:
        case 0x2014:
        case 0x2015:
        case 0x2018:
        case 0x2019:
        case 0x201C:
        case 0x201D:
        case 0x201E:
        case 0x2022: /* • */
            return true;
        default:
            return false;
    }
}

/* A BMP character of combining class 0 that NFKC may still join to what
 * precedes it: the second half of a canonical composition (vowel signs of
 * Indic scripts, Hangul vowel and final jamo), or one whose decomposition
 * starts with such a character or a combining mark (Tibetan vowels,
 * compatibility jamo, half-width sound marks).  Listed from the Unicode
 * Character Database. */
static bool
joins_backwards(gunichar c)
{
    static const gunichar ranges[][2] = {
        {0x09BE, 0x09BE}, {0x09D7, 0x09D7}, {0x0B3E, 0x0B3E}, {0x0B56, 0x0B57}, {0x0BBE, 0x0BBE},
        {0x0BD7, 0x0BD7}, {0x0CC2, 0x0CC2}, {0x0CD5, 0x0CD6}, {0x0D3E, 0x0D3E}, {0x0D57, 0x0D57},
        {0x0DCF, 0x0DCF}, {0x0DDF, 0x0DDF}, {0x0F73, 0x0F73}, {0x0F75, 0x0F75}, {0x0F81, 0x0F81},
        {0x0FB5, 0x0FB5}, {0x0FB7, 0x0FB7}, {0x102E, 0x102E}, {0x1161, 0x1175}, {0x11A8, 0x11C2},
        {0x1B35, 0x1B35}, {0x3131, 0x318E}, {0xFF9E, 0xFF9F}, {0xFFA0, 0xFFDC},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(ranges); i++)
        if (c >= ranges[i][0] && c <= ranges[i][1])
            return true;
    return false;
}

/* Whether NFKC of the text before `c` is independent of the text from `c`
 * on, so the two can be normalised apart. */
static bool
nfkc_boundary(gunichar c)
{
    if (az_nfkc_stable_char(c))
        return true;
    return c < 0x10000 && g_unichar_combining_class(c) == 0 && !joins_backwards(c);
}

/* Pieces of about this many bytes are normalised one at a time... */
#define NFKC_PIECE 4096
/* ...and no more combining marks than this are kept in a row (Unicode's
 * stream-safe limit; real text never comes near it). */
#define NFKC_MAX_MARKS 30

static void
append_nfkc(GString *out, GString *piece)
{
    char *n = g_utf8_normalize(piece->str, piece->len, G_NORMALIZE_NFKC);
    if (n)
        g_string_append(out, n);
    g_free(n);
    g_string_truncate(piece, 0);
}

/* NFKC in bounded time.  GLib's g_utf8_normalize moves the rest of the
 * text down at every composition and sorts a run of marks by swapping, so
 * a long text of decomposed letters (й as и + U+0306: 1.6 MB took 11 s) or
 * a long run of marks costs time in the square of its length.  The text is
 * cut where normalisation cannot reach across (nfkc_boundary) into pieces
 * of about NFKC_PIECE bytes, and marks past NFKC_MAX_MARKS in a row are
 * dropped. */
char *
az_nfkc(const char *text)
{
    GString *out = g_string_sized_new(strlen(text) + 16);
    GString *piece = g_string_sized_new(NFKC_PIECE + 64);
    guint marks = 0;
    for (const char *p = text; *p;) {
        gunichar c = g_utf8_get_char(p);
        const char *next = g_utf8_next_char(p);
        if (piece->len >= NFKC_PIECE && nfkc_boundary(c))
            append_nfkc(out, piece);
        marks = c >= 0x0300 && g_unichar_combining_class(c) != 0 ? marks + 1 : 0;
        if (marks <= NFKC_MAX_MARKS)
            g_string_append_len(piece, p, next - p);
        p = next;
    }
    append_nfkc(out, piece);
    g_string_free(piece, TRUE);
    return g_string_free(out, FALSE);
}

/* True when NFKC would return `text` unchanged, by az_nfkc_stable_char:
 * the usual page, which then skips g_utf8_normalize's decoding and
 * reordering of every character.  `text` is valid UTF-8. */
static bool
nfkc_stable(const char *text)
{
    for (const unsigned char *p = (const unsigned char *)text; *p;) {
        if (*p < 0x80) {
            if (!az_nfkc_stable_char(*p))
                return false;
            p++;
            continue;
        }
        if (!az_nfkc_stable_char(g_utf8_get_char((const char *)p)))
            return false;
        p = (const unsigned char *)g_utf8_next_char((const char *)p);
    }
    return true;
}

static bool
is_word_char(gunichar c)
{
    if (c < 0x80)
        return g_ascii_isalnum(c);
    if (c >= 0x0410 && c <= 0x044F) /* А..я */
        return true;
    return g_unichar_isalnum(c) || g_unichar_ismark(c);
}

int
az_superscript_value(gunichar c)
{
    switch (c) {
        case 0x2070:
            return 0;
        case 0x00B9:
            return 1;
        case 0x00B2:
            return 2;
        case 0x00B3:
            return 3;
        default:
            return c >= 0x2074 && c <= 0x2079 ? (int)(c - 0x2070) : -1;
    }
}

gunichar
az_superscript_char(int digit)
{
    static const gunichar chars[10] = {0x2070, 0x00B9, 0x00B2, 0x00B3, 0x2074,
                                       0x2075, 0x2076, 0x2077, 0x2078, 0x2079};
    return digit >= 0 && digit <= 9 ? chars[digit] : 0;
}

/* One to three digits marked as a superscript, `open` before them and
 * `close` (or nothing) after, become superscript digits; with
 * `after_digit`, only where a digit stands before the mark.  NULL when the
 * text holds none. */
static char *
marked_superscripts(const char *text, const char *open, const char *close, bool after_digit)
{
    size_t ol = strlen(open), cl = strlen(close);
    GString *out = NULL;
    const char *plain = text;
    for (const char *p = strstr(text, open); p != NULL; p = strstr(p + ol, open)) {
        int n = 0;
        while (n < 4 && g_ascii_isdigit(p[ol + n]))
            n++;
        if (n == 0 || n > 3 || strncmp(p + ol + n, close, cl) != 0 ||
            (after_digit && (p == text || !g_ascii_isdigit(p[-1]))))
            continue;
        if (out == NULL)
            out = g_string_sized_new(strlen(text) + 8);
        g_string_append_len(out, plain, p - plain);
        for (int k = 0; k < n; k++)
            g_string_append_unichar(out, az_superscript_char(p[ol + k] - '0'));
        plain = p + ol + n + cl;
        p = plain - ol;
    }
    if (out == NULL)
        return NULL;
    g_string_append(out, plain);
    return g_string_free(out, FALSE);
}

/* "48^1" -> "48¹": a caret between a digit and one to three digits is how
 * a superscript is typed where it cannot be set (the statutes' "48^1
 * дүгээр зүйл" copied from a plain-text page). */
static char *
carets_to_superscripts(const char *text)
{
    return marked_superscripts(text, "^", "", true);
}

/* "БҮЛЭГ@A1@B" -> "БҮЛЭГ¹": legalinfo's plain-text export marks a
 * superscript "@A…@B"; its digits are a superscript (kept after a digit,
 * a plain digit after a letter once NFKC has run, as a chapter's "БҮЛЭГ1"
 * is read).  Markup around anything but one to three digits is left. */
static char *
markup_to_superscripts(const char *text)
{
    return marked_superscripts(text, "@A", "@B", false);
}

/* "11I дүгээр зүйл" -> "11¹ дүгээр зүйл": a Latin capital I (II, III)
 * typed after an article's number for its superscript, as a Roman
 * numeral, where the number is followed by its ordinal word (дугаар,
 * дүгээр) or by a part's number ("11I.1.3."): the heading, its parts and
 * a note naming it ("Дээрх 11I дүгээр зүйлийг").
 * NULL when the text holds none. */
static char *
roman_superscripts(const char *text)
{
    static const char *const ordinals[] = {"дугаар", "дүгээр"};
    GString *out = NULL;
    const char *plain = text;
    for (const char *p = strchr(text, 'I'); p != NULL; p = strchr(p + 1, 'I')) {
        if (p == text || !g_ascii_isdigit(p[-1]) || p < plain)
            continue;
        int n = 0;
        while (n < 4 && p[n] == 'I')
            n++;
        const char *q = p + n;
        /* Its parts: "11I.1.3." */
        bool part = n <= 3 && q[0] == '.' && g_ascii_isdigit(q[1]);
        if (n > 3 || (*q != ' ' && *q != '\t' && !part))
            continue;
        while (*q == ' ' || *q == '\t')
            q++;
        bool ordinal = part;
        for (size_t k = 0; k < G_N_ELEMENTS(ordinals) && !ordinal; k++)
            ordinal = strncmp(q, ordinals[k], strlen(ordinals[k])) == 0;
        if (!ordinal)
            continue;
        if (out == NULL)
            out = g_string_sized_new(strlen(text) + 8);
        g_string_append_len(out, plain, p - plain);
        g_string_append_unichar(out, az_superscript_char(n));
        plain = p + n;
    }
    if (out == NULL)
        return NULL;
    g_string_append(out, plain);
    return g_string_free(out, FALSE);
}

/* NFKC, but a superscript digit after a digit (or after such a
 * superscript) stays as it is: NFKC would make 48¹ the number 481.  NFKC
 * cannot reach across such a character (combining class 0, nothing
 * composes with it), so the text either side is normalised apart. */
static char *
nfkc_keeping_superscripts(const char *text)
{
    GString *out = g_string_sized_new(strlen(text) + 16);
    const char *seg = text;
    gunichar prev = 0;
    bool prev_kept = false;
    for (const char *p = text; *p;) {
        gunichar c = g_utf8_get_char(p);
        const char *next = g_utf8_next_char(p);
        bool keep = az_superscript_value(c) >= 0 && (prev_kept || (prev < 0x80 && g_ascii_isdigit(prev)));
        if (keep) {
            char *before = g_strndup(seg, p - seg);
            char *n = az_nfkc(before);
            g_string_append(out, n);
            g_string_append_len(out, p, next - p);
            g_free(n);
            g_free(before);
            seg = next;
        }
        prev_kept = keep;
        prev = c;
        p = next;
    }
    char *n = az_nfkc(seg);
    g_string_append(out, n);
    g_free(n);
    return g_string_free(out, FALSE);
}

/* Whether a character's script never joins its letters (Latin, Cyrillic,
 * Greek), or it has none of its own (digits, punctuation, marks). */
static bool
joins_nothing(gunichar c)
{
    switch (g_unichar_get_script(c)) {
        case G_UNICODE_SCRIPT_LATIN:
        case G_UNICODE_SCRIPT_CYRILLIC:
        case G_UNICODE_SCRIPT_GREEK:
        case G_UNICODE_SCRIPT_COMMON:
        case G_UNICODE_SCRIPT_INHERITED:
            return true;
        default:
            return false;
    }
}

/* Whether a zero-width joiner or non-joiner between the text written so
 * far (`out`) and `next` is noise: pasted from a web page into a Latin or
 * Cyrillic word (хүү<ZWJ>хэд), where it changes nothing on screen and
 * would cut the word in two.  Beside a letter of a script that shapes its
 * letters by it (Arabic, Indic, traditional Mongolian) it is kept. */
static bool
joiner_is_noise(const GString *out, const char *next)
{
    gunichar before = out->len ? g_utf8_get_char(g_utf8_find_prev_char(out->str, out->str + out->len)) : ' ';
    gunichar after = *next ? g_utf8_get_char(next) : ' ';
    return joins_nothing(before) && joins_nothing(after);
}

char *
az_normalise(const char *text, gssize len)
{
    if (len < 0)
        len = strlen(text);
    char *valid = g_utf8_make_valid(text, len);
    char *carets = carets_to_superscripts(valid);
    if (carets != NULL) {
        g_free(valid);
        valid = carets;
    }
    char *roman = roman_superscripts(valid);
    if (roman != NULL) {
        g_free(valid);
        valid = roman;
    }
    char *marked = markup_to_superscripts(valid);
    if (marked != NULL) {
        g_free(valid);
        valid = marked;
    }
    char *repaired = repair_runs(valid);
    g_free(valid);
    char *nfkc = repaired;
    if (!nfkc_stable(repaired)) {
        nfkc = nfkc_keeping_superscripts(repaired);
        g_free(repaired);
    }

    GString *out = g_string_sized_new(strlen(nfkc) + 16);
    const char *p = nfkc;
    while (*p) {
        gunichar c = g_utf8_get_char(p);
        if (is_word_char(c)) {
            const char *start = p;
            while (*p && is_word_char(g_utf8_get_char(p)))
                p = g_utf8_next_char(p);
            /* Soft hyphens inside a word vanish. */
            while (g_utf8_get_char(p) == 0x00AD) {
                append_word(out, start, p - start);
                p = g_utf8_next_char(p);
                start = p;
                while (*p && is_word_char(g_utf8_get_char(p)))
                    p = g_utf8_next_char(p);
            }
            /* "худал-\nдаалах": a hyphen at a line end between letters, with a
             * lower-case letter continuing, is a break, not a hyphen. */
            if ((*p == '-' || g_utf8_get_char(p) == 0x2010) &&
                g_unichar_isalpha(g_utf8_get_char(g_utf8_prev_char(p)))) {
                const char *q = g_utf8_next_char(p);
                while (*q == ' ' || *q == '\t')
                    q++;
                if (*q == '\n') {
                    const char *r = q + 1;
                    while (*r == ' ' || *r == '\t')
                        r++;
                    gunichar next = g_utf8_get_char(r);
                    if (g_unichar_islower(next)) {
                        GString *joined = g_string_new_len(start, p - start);
                        const char *s = r;
                        while (*s && is_word_char(g_utf8_get_char(s)))
                            s = g_utf8_next_char(s);
                        g_string_append_len(joined, r, s - r);
                        append_word(out, joined->str, joined->len);
                        g_string_free(joined, TRUE);
                        p = s;
                        continue;
                    }
                }
            }
            /* A point numbered З among digits ("6.1.З./", "6.1.З."). */
            if (p - start == 2 && g_utf8_get_char(start) == 0x0417 && start - nfkc >= 2 && start[-1] == '.' &&
                g_ascii_isdigit(start[-2]) && (*p == '.' || *p == '/' || *p == ')'))
                g_string_append_c(out, '3');
            else
                append_word(out, start, p - start);
            continue;
        }
        p = g_utf8_next_char(p);
        if (c == '\r') {
            if (*p != '\n')
                g_string_append_c(out, '\n');
        } else if (c == '\f' || c == 0x2028 || c == 0x2029) {
            g_string_append_c(out, '\n');
        } else if (c == 0x00AD || c == 0x200B || c == 0xFEFF || c == 0x2060) {
            /* soft hyphen, zero-width space, BOM, word joiner: drop */
        } else if ((c == 0x200C || c == 0x200D) && joiner_is_noise(out, p)) {
            /* (non-)joiner inside a Latin or Cyrillic word: drop */
        } else if (c == 0x00A0) {
            g_string_append_c(out, ' ');
        } else if (c < 0x20 && c != '\n' && c != '\t') {
            g_string_append_c(out, ' ');
        } else if (g_unichar_type(c) == G_UNICODE_CONTROL && c != '\n' && c != '\t') {
            /* C1 controls: drop */
        } else {
            g_string_append_unichar(out, c);
        }
    }
    g_free(nfkc);
    return g_string_free(out, FALSE);
}
