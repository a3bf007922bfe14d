/* amendment.c — statutes' editorial notes read into dated changes, and a
 * unit's history, status and index terms (amendment.h).
 *
 * The notes of the Mongolian statutes follow one grammar with many
 * spellings: [Энэ|Дээрх N] UNIT-CASE [words] DATE [, DATE …] хуулиар VERB,
 * where UNIT is зүйл (article), хэсэг (part), заалт (point), дэд заалт
 * (sub-point), бүлэг (chapter) or хууль (the act), in the accusative or
 * dative when the whole unit changed and in the genitive when words, the
 * heading or the number of it did ("Энэ зүйлийн гарчигт").  A note may
 * chain several changes ("… нэмсэн, 2011 … хүчингүй болсонд тооцсон"),
 * name the Constitutional Court's resolution (by its date, or its year
 * and number only), or state no change (an effective date, a veto).
 * Quotations inside a note are the amended words: they are blanked before
 * dates and verbs are read, so they never pass for either.  The statutes'
 * English translations write the same notes in English ("/This paragraph
 * was repealed by the law of 11 May 2017/"), the verb before its dates.
 *
 * Not for: which unit a note is about (indexer/amendments.c).
 */
#include "legal/amendment.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/schema.h"

struct zl_reader {
    GRegex *start;   /* how a note's text begins */
    GRegex *start_words; /* how a note in brackets begins: in words */
    GRegex *quoted_after; /* "гэсэн": what precedes it is quoted */
    GRegex *date;    /* a day (or a month) */
    GRegex *date_digits; /* a day written 2017.05.11 or 2017/05/11 */
    GRegex *date_en;     /* a day in English: "11 May 2017" */
    GRegex *court;   /* a court resolution by year and number */
    GRegex *verb;    /* a change */
    GRegex *unit_repeal; /* "хүчингүй болсонд тооцсон": a repeal of a unit, not of words */
    GRegex *marker;  /* an effective date or a veto: a note without a change */
    GRegex *scope;   /* the unit words */
    GRegex *partial; /* words, a heading, a number: not the whole unit */
    GRegex *restated_act;
    GRegex *number;
    GRegex *by_law;    /* "хуулиар", "тогтоолоор": a change made by an act */
    GRegex *cancelled; /* "оруулсан өөрчлөлтийг": an amendment, repealed */
    GRegex *in_effect; /* "дагаж мөрдөнө": from when a change applies */
    GRegex *until;     /* "… өдөр хүртэл": the day a date ends a change's time */
    GRegex *until_en;  /* "until 1 January 2019": the same, before the date */
    GRegex *editorial; /* "Энэ", "Дээрх", "This": how the notes proper open */
    GRegex *renumber;  /* "дугаарыг", "дугаарт": the unit's number changed */
    GRegex *explanation; /* "Энэ зүйлийн тайлбарыг": the article's Тайлбар */
    GRegex *words;       /* "гэснийг", "өгүүлбэр": words of a unit */
    GRegex *bare;        /* a note with no slashes: line_note */
    GRegex *clause;      /* ", энэ хэсгийг …": a clause of its own in a note */
    GRegex *gone;        /* "/Хүчингүй/", "[Repealed]": a unit kept as a marker (repeal_marker) */
    GRegex *gone_label;  /* what may stand before such a marker on its line */
};

const char *
zl_change_name(zl_change change)
{
    switch (change) {
        case ZL_CHANGE_ADDED:
            return "added";
        case ZL_CHANGE_AMENDED:
            return "amended";
        case ZL_CHANGE_RESTATED:
            return "restated";
        case ZL_CHANGE_REPEALED:
            return "repealed";
        case ZL_CHANGE_SUSPENDED:
            return "suspended";
        case ZL_CHANGE_RENUMBERED:
            return "renumbered";
        case ZL_CHANGE_EXPIRED:
            return "expired";
        case ZL_CHANGE_RESUMED:
            return "resumed";
        default:
            return NULL;
    }
}

zl_change
zl_change_from_name(const char *name)
{
    for (zl_change c = ZL_CHANGE_ADDED; c <= ZL_CHANGE_LAST; c++)
        if (g_strcmp0(name, zl_change_name(c)) == 0)
            return c;
    return ZL_CHANGE_NONE;
}

const char *
zl_scope_name(zl_scope scope)
{
    static const char *const names[] = {"item", "act", "chapter", "article", "part", "point", "subpoint"};
    return scope <= ZL_SCOPE_SUBPOINT ? names[scope] : "item";
}

/* The letters a note's key words may be typed with instead of a Cyrillic
 * one: Latin look-alikes ("хyчингyй", "xэсгийг", "oны"), and what
 * normalising makes of a Latin y or o typed for ү or ө (у, о).  Lower
 * case: the patterns are caseless, so "H" for "Н" and "B" for "В" match
 * too. */
static const char *
lookalikes(gunichar c)
{
    switch (c) {
        case 0x0430: return "a";     /* а */
        case 0x0432: return "b";     /* в (В) */
        case 0x0435: return "e";     /* е */
        case 0x043A: return "k";     /* к */
        case 0x043C: return "m";     /* м (М) */
        case 0x043D: return "h";     /* н (Н) */
        case 0x043E: return "o";     /* о */
        case 0x0440: return "p";     /* р */
        case 0x0441: return "c";     /* с */
        case 0x0442: return "t";     /* т (Т) */
        case 0x0443: return "y";     /* у */
        case 0x0445: return "x";     /* х */
        case 0x04AF: return "yу";    /* ү: y, or у once normalised */
        case 0x04E9: return "oо";    /* ө: o, or о once normalised */
        default: return NULL;
    }
}

/* `pattern` with each Cyrillic letter that has look-alikes made a class
 * of it and them ("хүчин" -> "[хx][үyу]ч[иu]…"), inside a class
 * ("[үу]") the look-alikes added to it; escapes are kept as written. */
static char *
with_lookalikes(const char *pattern)
{
    GString *out = g_string_new(NULL);
    bool in_class = false;
    for (const char *p = pattern; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (c == '\\' && p[1] != '\0') {
            g_string_append_c(out, '\\');
            p++;
            g_string_append_unichar(out, g_utf8_get_char(p));
            continue;
        }
        if (c == '[' && !in_class)
            in_class = true;
        else if (c == ']' && in_class)
            in_class = false;
        const char *alt = lookalikes(g_unichar_tolower(c));
        if (alt == NULL) {
            g_string_append_unichar(out, c);
        } else if (in_class) {
            g_string_append_unichar(out, c);
            g_string_append(out, alt);
        } else {
            g_string_append_c(out, '[');
            g_string_append_unichar(out, c);
            g_string_append(out, alt);
            g_string_append_c(out, ']');
        }
    }
    return g_string_free(out, FALSE);
}

static GRegex *
compile(const char *written)
{
    GError *err = NULL;
    char *pattern = with_lookalikes(written);
    GRegex *re = g_regex_new(pattern, G_REGEX_CASELESS, 0, &err);
    if (re == NULL)
        g_error("amendment.c: pattern %s: %s", pattern, err->message);
    g_free(pattern);
    return re;
}

/* How an English translation's note opens: "/This paragraph was repealed
 * …/", "[Repealed by the Law of 5 January 2018]", "(Repealed on …)". */
#define ENGLISH_START "this\\s|the\\s+words?\\s|repealed|amended|added|inserted|deleted|invalidated|restated|suspended"
#define ENGLISH_MONTHS "january|february|march|april|may|june|july|august|september|october|november|december"

/* The months' ordinals in words, as "тавдугаар сарын" writes them. */
/* A provision's word as the notes spell it, a letter more, less or wrong
 * allowed where the corpus has one: заалт (залт, заалт), хэсэг (хэсг,
 * хсэг, хэсэгийг), зүйл (зуйл, зүл), бүлэг. */
#define UNIT_WORD_SLIPS "з[аa]{1,2}л?т|х[эе]?с[эе]?г|з(?:[үу]й?|й)л|б[үу]л[эе]?г"
#define MONTH_WORDS "(?:арван\\s*)?(?:нэг|хоёр|гурав|дөрөв|тав|зургаа|долоо|найм|ес|арав)"

/* A month written in digits or words ("5", "тав", "арван хоёр"); 0 if
 * neither. */
static int
month_value(const char *s)
{
    static const char *const words[] = {"нэг", "хоёр", "гурав", "дөрөв", "тав", "зургаа", "долоо", "найм", "ес", "арав"};
    if (s == NULL || *s == '\0')
        return 0;
    if (g_ascii_isdigit(*s))
        return atoi(s);
    char *lower = g_utf8_strdown(s, -1);
    const char *w = lower;
    int base = 0;
    if (g_str_has_prefix(w, "арван")) {
        base = 10;
        w += strlen("арван");
        while (*w == ' ' || *w == '\t' || *w == '\n')
            w++;
    }
    int v = 0;
    for (int i = 0; i < (int)G_N_ELEMENTS(words) && v == 0; i++)
        if (strcmp(w, words[i]) == 0)
            v = i + 1;
    g_free(lower);
    return v == 0 || (base && v > 2) ? 0 : base + v;
}

zl_reader *
zl_reader_new(void)
{
    zl_reader *r = g_new0(zl_reader, 1);
    /* "Энэхэсэгт2002 …" (no spaces) and "Энэ хэсгийг2002" are in the
     * corpus; so are notes that open with the date or the Court. */
    /* The Constitutional Court's notes may open with the law and the
     * provision they concern ("Шүүхийн шийдвэр гүйцэтгэх тухай хуулийн 31
     * дүгээр зүйлийн 31.4 дэх хэсэгт “…” гэсэн нь Үндсэн хуулийн цэцийн …
     * түдгэлзүүлсэн"): the Court named early in the line. */
    r->start = compile("\\s*(?:энэ|дээрхи?\\s|шинэчилсэн\\s+найруулга|\\d|(?:монгол\\s+улсын\\s+)?[үy]ндсэн\\s+"
                       "хуулийн\\s+цэц|цэцийн\\s|" ENGLISH_START
                       "|[^/\\n]{0,200}?\\sхуулийн\\s[^/\\n]{0,120}?\\sүндсэн\\s+хуулийн\\s+цэцийн\\s)");
    /* In brackets, only in words: a provision's aside may open with a date. */
    r->start_words = compile("\\s*(?:энэ\\s|дээрхи?\\s|(?:монгол\\s+улсын\\s+)?[үy]ндсэн\\s+хуулийн\\s+цэц|" ENGLISH_START ")");
    r->quoted_after = compile("\\s*(?:гэсэн|гэсни|гэж\\s|гэх\\s)");
    /* The ordinal misspelt ("дгээр", "дугарр", "дүгэр"), "оны" typed
     * "ону" (a Latin y for ы), and once
     * "зүйлийн" for "сарын"; "оны" twice ("2014 оны оны 10 дугаар") or
     * misspelt ("2011 оын"); the
     * month in words ("тавдугаар сарын"). */
    r->date = compile("(\\d{4})\\s*(?:о(?:ны|ын|ну)\\s*){1,2}(\\d{1,2}|" MONTH_WORDS ")\\s*(?:-?\\s*(?:д[^\\s\\d]{0,6}р|р)\\s*)?"
                      "(?:(?:с[аыр]{1,4}н{0,2}|зүйлийн)(?:\\s*(\\d{1,2})(?!\\d)(?:\\s*-?\\s*(?:ний|ны|нд|ий|ы|р))?"
                      "(\\s*(?:өдрөөс|-аас|-ээс))?)?|(\\d{1,2})\\s*-\\s*(?:ний|ны)(\\s*өдрөөс)?)");
    /* A day in digits: "2017.05.11", "2017/05/11", "2018-03-01-ний".
     * English translations: "11 May 2017", "May 11, 2017", "with effect
     * from 1 January 2018". */
    r->date_en = compile("(?:(from|as\\s+of)\\s+)?(?:the\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" ENGLISH_MONTHS ")|("
                         ENGLISH_MONTHS ")\\s+(\\d{1,2})(?:st|nd|rd|th)?)\\s*,?\\s*(\\d{4})");
    r->date_digits = compile("(?<!\\d)(\\d{4})([./-])(\\d{1,2})\\2(\\d{1,2})(?![\\d.])(?:\\s*-?\\s*(?:ний|ны|нд|ий|ы|р))?"
                             "(\\s*(?:өдрөөс|-аас|-ээс))?");
    r->court = compile("(\\d{4})\\s*оны\\s*\\d+(?:/\\d+)?\\s*(?:-?р|дугаар|дүгээр|тоот)?\\s*(?:тогтоол|дүгнэлт)");
    /* A suspension ordered ("түдгэлзүүлсүгэй") as well as stated, or a
     * stop for a time ("түр зогсоосон"); a time run out ("хүчинтэй байх
     * хугацаа нь дууссан", "lapsed"): an expiry, no repeal by a law.  A
     * change set for a later day ("… гэж өөрчлөлт оруулахаар заасан бөгөөд
     * … өдрөөс эхлэн дагаж мөрдөнө", "өөрчлөн найруулахаар заасан") is a
     * change, dated by that day (read_note), as "хүчингүй болсонд
     * тооцохоор заасан" always was. */
    r->verb = compile("(хүчинг[үу]й\\s*бол(?:сонд\\s*тооц(?:сон|сугай|но)|госон|сон)|хүчинг[үу]йд\\s*тооц(?:сон|сугай|но)|хассан|хүчинг[үу]й\\s*\\.?\\s*$"
                      "|repealed|invalidated|deleted)"
                      "|((?:өөрчлөн|шинэчлэн)\\s*найруул(?:сан|ахаар\\s+заасан)|шинэчилсэн\\s*найруулга|restated|reworded)"
                      "|((?:нэмэлт\\s*,?\\s*(?:болон\\s*)?)?ө?өрчлө(?:лө)*лт\\s*(?:оруулсан|орсон|оруулахаар\\s+заасан)"
                      "|нэмэлт\\s*,?\\s*(?:оруулсан|орсон|оруулахаар\\s+заасан)|өөрчилсөн|amended|modified)"
                      "|(нэмсэн|нэмэгдсэн|нэмэхээр\\s+заасан|added|inserted)|(түдгэлзүүл(?:сэн|сүгэй)|түр\\s*зогсоосон|suspended)"
                      "|(дуус(?:сан|гавар\\s*болсон)|expired|lapsed)");
    /* The verbs that repeal a unit (not "хассан", which removes words). */
    /* The imperative ("тооцсугай") is a note's too where the note stands
     * for the provision ("114.4.Энэ хэсгийг … хүчингүй болсонд тооцсугай"). */
    r->unit_repeal = compile("хүчинг[үу]й\\s*бол(?:сонд\\s*тооц(?:сон|сугай|но)|госон)|хүчинг[үу]йд\\s*тооц(?:сон|сугай|но)");
    r->marker = compile("дагаж\\s*мөрдөнө|хориг\\s*тавьсан");
    /* Misspellings of the corpus kept: хэсгэгт, хэлсэгт, нэсэгт, залтыг. */
    /* In English: "paragraph" is a part (2.1), "subparagraph" or "clause"
     * a point (2.1.1), as the statutes' translations number them. */
    /* And a letter more, less or wrong at a word's start (UNIT_WORD_SLIPS):
     * заатыг, хсэгийг, зүлийг. */
    r->scope = compile("(дэд\\s*(?:за?алт|(?<!\\pL)з[аa]{1,2}л?т)|sub-?clause|sub-?point)"
                       "|(за?алт|(?<!\\pL)з[аa]{1,2}л?т|sub-?paragraph|clause|point)"
                       "|(хэсэ?г|хэлсэг|нэсэг|(?<!\\pL)х[эе]?с[эе]?г|paragraph|part)"
                       "|(з[үу]йл|(?<!\\pL)з(?:[үу]й?|й)л(?!\\pL)|(?<!\\pL)з(?:[үу]й?|й)л(?=[иы])|article)"
                       "|(б[үу]лэ?г|chapter)"
                       "|(энэ\\s+хуул[ьи]|this\\s+(?:law|act))|(өгүүлбэр|догол\\s*мөр|sentence)|(гарчи?г|тайлбар|title|heading)");
    r->partial = compile("гэсни|гэсэн\\s+(?:үг|хэсг)|зарим|үгийг|дугаар(?:т|ыг|m)|дугаар\\s+болон|нэр[иэ]|гарчи?г"
                         "|тайлбар|өгүүлбэр|догол|the\\s+words?\\s|wording|title|heading|sentence|the\\s+number");
    r->restated_act = compile("^\\s*шинэчилсэн\\s+найруулга\\s*\\.?\\s*$");
    r->number = compile("\\d+(?:\\.\\d+)*");
    r->by_law = compile("хуул[иь]\\s*аар|хуулиар|тогтоолоор|шийдвэрээр|by\\s+(?:the\\s+)?(?:law|resolution|decision)");
    r->explanation = compile("^\\s*(?:энэ|дээрхи?\\s+[\\d.]+\\s*(?:дугаар|дүгээр|дахь|дэх)?)\\s*з[үу]йлийн\\s+"
                             "тайлбар(ыг|т|ын)?");
    r->words = compile("гэсни|гэсэн\\s+(?:үг|хэсг)|үгийг|өгүүлбэр|догол");
    r->renumber = compile("дугаар(?:ыг|т)\\s");
    r->in_effect = compile("дагаж\\s*мөрдө");
    /* After a date: "-ний өдөр хүртэл", "-ний өдрийг хүртэл", "хүртэлх". */
    r->until = compile("\\s*(?:-?\\s*(?:ний|ны|нд)\\s*)?г?\\s*(?:өдөр|өдрийг|өдрийн)?\\s*хүртэл");
    r->until_en = compile("(?:until|till|up\\s+to)\\s+(?:the\\s+)?$");
    r->editorial = compile("^(?:энэ|дээрх|this\\s)");
    r->cancelled = compile("(?:нэмэлт|өөрчлөлт)(?:ийг|үүдийг|ыг)");
    /* "Энэ хэсгийг 2004 оны … хуулиар хүчингүй болсонд тооцсугай" on a line
     * of its own or after its provision's number: "Энэ" (or "Дээрх 158
     * дугаар"), a provision's word
     * (a letter more, less or wrong: "залтыг", "хсэгийг", "зүлийг"), a
     * year, a law's (or resolution's) act, and a change of the provision
     * that ends the line: what the provision says of itself does not end
     * so ("Энэ хэсэгт заасан журмыг хуулиар тогтооно"). */
    r->bare = compile("(?:энэ|дээрхи?\\s+[0-9.,\\s-]*?(?:\\s*(?:дугаар|дүгээр|дахь|дэх))?)\\s*(?:дэд\\s*)?(?:" UNIT_WORD_SLIPS ")\\S*\\s+(?:[^/]*?\\s)?\\d{4}\\s*(?:о|[./-]\\d)[^/]*?"
                      "(?:хуул[иь]\\s*аар|хуулиар|тогтоолоор)\\s[^/]*?"
                      "(?:хүчинг[үу]й(?:\\s+\\S+){0,2}|нэмсэн|найруулсан|оруулсан|өөрчилсөн)\\s*\\.?\\s*$");
    /* A note of several clauses ("Энэ хэсгийн дугаарыг … өөрчилсөн, энэ
     * хэсгийг … хүчингүй болсонд тооцсон"): each after a comma, a
     * semicolon or "бөгөөд" names its unit again. */
    r->clause = compile("(?:[,;]|\\sбөгөөд)\\s*(?=(?:энэ|дээрхи?)\\s)");
    r->gone = compile("\\s*(?:хүчинг[үу]й(?:\\s+бол(?:сон|госон)(?:д\\s+тооц(?:сон|огдсон))?)?|repealed|deleted|invalidated)"
                      "\\s*\\.?\\s*$");
    /* A number alone ("4/", "5.3.", "в)"), or an article's heading
     * ("6 дугаар зүйл.", "6 дугаар зүйл.Нөхөрлөлийн нэр", "Article 6."). */
    r->gone_label = compile("^\\s*(?:\\d+(?:\\.\\d+)*[.)/]?|\\pL[.)/]|\\d+\\s*(?:дүгээр|дугаар)\\s*з[үу]йл(?:[.\\s].*)?|"
                            "article\\s+\\d+(?:[.\\s].*)?)\\s*$");
    return r;
}

void
zl_reader_free(zl_reader *r)
{
    if (r == NULL)
        return;
    GRegex *all[] = {r->start, r->start_words, r->quoted_after, r->date, r->date_digits, r->date_en, r->court, r->verb, r->unit_repeal, r->marker, r->scope, r->partial, r->restated_act, r->number, r->by_law, r->cancelled, r->in_effect, r->until, r->until_en, r->editorial, r->renumber, r->explanation, r->words, r->bare, r->clause, r->gone, r->gone_label};
    for (size_t i = 0; i < G_N_ELEMENTS(all); i++)
        g_regex_unref(all[i]);
    g_free(r);
}

void
zl_note_free(zl_note *note)
{
    if (note == NULL)
        return;
    g_ptr_array_unref(note->refs);
    g_array_unref(note->events);
    g_free(note->text);
    g_free(note);
}

/* ---- Reading one note ------------------------------------------------- */

/* Quotation marks that open and close the amended words. */
static bool
quote_pair(gunichar c, gunichar *close)
{
    switch (c) {
        case 0x201C: /* “ … ” */
            *close = 0x201D;
            return true;
        case 0x00AB: /* « … » */
            *close = 0x00BB;
            return true;
        case '"':
            *close = '"';
            return true;
        default:
            return false;
    }
}

/* Whether the quoted words (n bytes at s) are a chapter's heading, as a
 * note quotes one it changes as a whole ("Дээрх “АРВАН ХОЁРДУГААР
 * БҮЛЭГ¹”-ийг … хүчингүй болсонд тооцсон"): a few words ending "бүлэг",
 * its superscript glued after it or not.  A heading's name quoted after
 * it, or words of a sentence, are not. */
static bool
quotes_chapter_heading(const char *s, size_t n)
{
    char *words = g_utf8_strdown(s, (gssize)n);
    char *end = words + strlen(words);
    while (end > words) {
        const char *prev = g_utf8_prev_char(end);
        gunichar c = g_utf8_get_char(prev);
        if (!g_unichar_isspace(c) && !g_unichar_isdigit(c) && c != 0x00B9 && c != 0x00B2 && c != 0x00B3 &&
            !(c >= 0x2070 && c <= 0x2079))
            break;
        end = (char *)prev;
    }
    *end = '\0';
    int spaces = 0;
    for (const char *p = words; *p; p++)
        spaces += *p == ' ';
    bool heading = spaces <= 3 && (g_str_has_suffix(words, "бүлэг") || g_str_has_suffix(words, "булэг") ||
                                   g_str_has_suffix(words, "бyлэг"));
    g_free(words);
    return heading;
}

/* Whether the quoted bytes (n at s) are a provision's number, "6.2.7". */
static bool
quotes_number(const char *s, size_t n)
{
    bool digit = false;
    for (size_t i = 0; i < n; i++) {
        if (!g_ascii_isdigit(s[i]) && s[i] != '.')
            return false;
        digit = digit || g_ascii_isdigit(s[i]);
    }
    return digit && g_ascii_isdigit(s[0]);
}

/* A copy of `s` (n bytes) with the bytes inside quotations made spaces:
 * offsets stay those of `s`.  A quoted chapter heading is the chapter
 * named: its place says "бүлгийг" (its bytes are more than that word's).
 * A quoted number before "гэсэн" ("Энэ “6.2.7” гэсэн заалтыг") is the
 * number of the unit named: it stays, its quotes and "гэсэн" made spaces,
 * as "Энэ 6.2.7 дахь заалтыг" would read. */
static char *
blank_quotes(const char *s, size_t n)
{
    static const char chapter_word[] = "бүлгийг";
    char *out = g_strndup(s, n);
    for (char *p = out; *p;) {
        gunichar close;
        gunichar c = g_utf8_get_char(p);
        char *next = g_utf8_next_char(p);
        if (quote_pair(c, &close)) {
            char *q = next;
            while (*q && g_utf8_get_char(q) != close)
                q = g_utf8_next_char(q);
            if (*q) {
                size_t len = (size_t)(q - next);
                bool chapter = len > sizeof chapter_word && quotes_chapter_heading(next, len);
                char *after = g_utf8_next_char(q);
                char *word = after;
                while (*word == ' ')
                    word++;
                static const char named[] = "гэсэн";
                if (quotes_number(next, len) && strncmp(word, named, sizeof named - 1) == 0 &&
                    !g_unichar_isalpha(g_utf8_get_char(word + sizeof named - 1))) {
                    memset(p, ' ', (size_t)(next - p));
                    memset(q, ' ', (size_t)(word + sizeof named - 1 - q));
                    next = word + sizeof named - 1;
                    p = next;
                    continue;
                }
                memset(next, ' ', len);
                if (chapter)
                    memcpy(next, chapter_word, sizeof chapter_word - 1);
                next = g_utf8_next_char(q);
            }
        }
        p = next;
    }
    return out;
}

typedef struct token {
    int pos;
    int end;
    bool is_date;
    bool from; /* a date the change takes effect from ("…-ний өдрөөс эхлэн") */
    bool until; /* a date its time ends on ("…-ний өдөр хүртэл") */
    char date[11];
    zl_change change; /* for a verb */
} token;

static int
token_cmp(gconstpointer a, gconstpointer b)
{
    const token *x = a, *y = b;
    return (x->pos > y->pos) - (x->pos < y->pos);
}

static int
fetch_int(GMatchInfo *mi, int group)
{
    char *s = g_match_info_fetch(mi, group);
    int v = s != NULL && *s ? atoi(s) : 0;
    g_free(s);
    return v;
}

/* Dates and verbs of a (blanked) note in order.  A date the change takes
 * effect from ("…-ний өдрөөс эхлэн") is marked so: read_note dates the
 * change by it rather than by the law that made it. */
static GArray *
tokens_of(zl_reader *r, const char *s)
{
    GArray *toks = g_array_new(FALSE, TRUE, sizeof(token));
    GMatchInfo *mi = NULL;
    g_regex_match(r->date, s, 0, &mi);
    while (g_match_info_matches(mi)) {
        token t = {.is_date = true};
        g_match_info_fetch_pos(mi, 0, &t.pos, &t.end);
        char *month = g_match_info_fetch(mi, 2);
        int y = fetch_int(mi, 1), m = month_value(month), d = fetch_int(mi, 3);
        g_free(month);
        if (d == 0)
            d = fetch_int(mi, 5); /* "2005 оны 7 дугаар 1-ний" */
        char *effective = g_match_info_fetch(mi, 4);
        char *effective_alt = g_match_info_fetch(mi, 6);
        bool from = (effective != NULL && *effective != '\0') || (effective_alt != NULL && *effective_alt != '\0');
        g_free(effective);
        g_free(effective_alt);
        t.from = from;
        if (y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d <= 31) {
            if (d >= 1)
                g_snprintf(t.date, sizeof t.date, "%04d-%02d-%02d", y, m, d);
            else
                g_snprintf(t.date, sizeof t.date, "%04d-%02d", y, m);
            g_array_append_val(toks, t);
        }
        g_match_info_next(mi, NULL);
    }
    g_match_info_free(mi);
    g_regex_match(r->date_en, s, 0, &mi);
    while (g_match_info_matches(mi)) {
        static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                             "jul", "aug", "sep", "oct", "nov", "dec"};
        token t = {.is_date = true};
        g_match_info_fetch_pos(mi, 0, &t.pos, &t.end);
        char *from = g_match_info_fetch(mi, 1);
        char *month = g_match_info_fetch(mi, 3);
        if (month == NULL || *month == '\0') {
            g_free(month);
            month = g_match_info_fetch(mi, 4);
        }
        int d = fetch_int(mi, 2), y = fetch_int(mi, 6), m = 0;
        if (d == 0)
            d = fetch_int(mi, 5);
        for (int k = 0; k < 12 && m == 0; k++)
            if (g_ascii_strncasecmp(month, months[k], 3) == 0)
                m = k + 1;
        t.from = from != NULL && *from != '\0';
        g_free(from);
        g_free(month);
        if (y >= 1900 && y <= 2100 && m >= 1 && d >= 1 && d <= 31) {
            g_snprintf(t.date, sizeof t.date, "%04d-%02d-%02d", y, m, d);
            g_array_append_val(toks, t);
        }
        g_match_info_next(mi, NULL);
    }
    g_match_info_free(mi);
    g_regex_match(r->date_digits, s, 0, &mi);
    while (g_match_info_matches(mi)) {
        token t = {.is_date = true};
        g_match_info_fetch_pos(mi, 0, &t.pos, &t.end);
        int y = fetch_int(mi, 1), m = fetch_int(mi, 3), d = fetch_int(mi, 4);
        char *effective = g_match_info_fetch(mi, 5);
        t.from = effective != NULL && *effective != '\0';
        g_free(effective);
        if (y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
            g_snprintf(t.date, sizeof t.date, "%04d-%02d-%02d", y, m, d);
            g_array_append_val(toks, t);
        }
        g_match_info_next(mi, NULL);
    }
    g_match_info_free(mi);
    g_regex_match(r->court, s, 0, &mi);
    while (g_match_info_matches(mi)) {
        token t = {.is_date = true};
        g_match_info_fetch_pos(mi, 0, &t.pos, &t.end);
        int y = fetch_int(mi, 1);
        if (y >= 1900 && y <= 2100) {
            g_snprintf(t.date, sizeof t.date, "%04d", y);
            g_array_append_val(toks, t);
        }
        g_match_info_next(mi, NULL);
    }
    g_match_info_free(mi);
    g_regex_match(r->verb, s, 0, &mi);
    while (g_match_info_matches(mi)) {
        token t = {0};
        g_match_info_fetch_pos(mi, 0, &t.pos, &t.end);
        for (int g = 1; g <= 6; g++) {
            int a = -1, b = -1;
            if (g_match_info_fetch_pos(mi, g, &a, &b) && a >= 0) {
                static const zl_change by_group[] = {ZL_CHANGE_NONE,      ZL_CHANGE_REPEALED, ZL_CHANGE_RESTATED,
                                                     ZL_CHANGE_AMENDED,   ZL_CHANGE_ADDED,    ZL_CHANGE_SUSPENDED,
                                                     ZL_CHANGE_EXPIRED};
                t.change = by_group[g];
                break;
            }
        }
        g_array_append_val(toks, t);
        g_match_info_next(mi, NULL);
    }
    g_match_info_free(mi);
    g_array_sort(toks, token_cmp);
    for (guint i = 0; i < toks->len; i++) {
        token *t = &g_array_index(toks, token, i);
        t->until = t->is_date && g_regex_match_full(r->until, s, -1, t->end, G_REGEX_MATCH_ANCHORED, NULL, NULL);
        if (t->is_date && !t->until && t->pos > 0) {
            char *before = g_strndup(s, (gsize)t->pos);
            t->until = g_regex_match(r->until_en, before, 0, NULL);
            g_free(before);
        }
    }
    return toks;
}

/* The numbers written before a unit word, when nothing else is: "Дээрх
 * 3.1.12-3.1.16 дахь", "4.1.7, 4.1.8 дэх", "282 дугаар".  Ranges whose
 * ends differ only in their last number are expanded. */
static void
read_refs(zl_reader *r, const char *gap, GPtrArray *refs)
{
    static const char *const filler[] = {"энэ",   "дээрх", "дээрхи", "дахь", "дэх", "дугаар", "дүгээр",
                                         "болон", "ба",    "-",      "–",    "р",   NULL};
    char *lower = g_utf8_strdown(gap, -1);
    /* Numbers keep their ordinal suffix in the corpus ("401дүгээр",
     * "5-р", "20.5.14-дэх"): split it off before judging the words. */
    GString *spaced = g_string_new(NULL);
    for (const char *p = lower; *p; p++) {
        if (*p == ',' || (*p == '-' && p[1] != '\0' && !g_ascii_isdigit(p[1])))
            g_string_append_c(spaced, ' ');
        else
            g_string_append_c(spaced, *p);
        if (g_ascii_isdigit(*p) && p[1] != '\0' && !g_ascii_isdigit(p[1]) && p[1] != '.' && p[1] != '-' && p[1] != ',')
            g_string_append_c(spaced, ' ');
    }
    char **words = g_strsplit_set(spaced->str, " \t\n", -1);
    bool ok = true, any = false;
    for (char **w = words; *w && ok; w++) {
        if (**w == '\0')
            continue;
        bool fill = false;
        for (const char *const *f = filler; *f && !fill; f++)
            fill = strcmp(*w, *f) == 0;
        if (fill)
            continue;
        bool number = true;
        for (const char *p = *w; *p && number; p++)
            number = g_ascii_isdigit(*p) || *p == '.' || *p == '-';
        number = number && g_ascii_isdigit(**w);
        any = any || number;
        ok = number;
    }
    g_strfreev(words);
    if (ok && any) {
        GMatchInfo *mi = NULL;
        g_regex_match(r->number, spaced->str, 0, &mi);
        char *prev = NULL;
        int prev_end = -1;
        while (g_match_info_matches(mi)) {
            int s, e;
            g_match_info_fetch_pos(mi, 0, &s, &e);
            char *num = g_match_info_fetch(mi, 0);
            /* "a-b": from the previous number to this one. */
            bool range =
                prev != NULL && prev_end >= 0 && s > prev_end && spaced->str[prev_end] == '-' && s == prev_end + 1;
            const char *pd = prev ? strrchr(prev, '.') : NULL;
            const char *nd = strrchr(num, '.');
            size_t plen = pd ? (size_t)(pd - prev) : 0, nlen = nd ? (size_t)(nd - num) : 0;
            if (range && plen == nlen && strncmp(prev, num, plen) == 0) {
                int lo = atoi(pd ? pd + 1 : prev), hi = atoi(nd ? nd + 1 : num);
                for (int k = lo + 1; k < hi && hi - lo <= 200; k++)
                    g_ptr_array_add(refs,
                                    plen ? g_strdup_printf("%.*s.%d", (int)plen, num, k) : g_strdup_printf("%d", k));
            }
            g_ptr_array_add(refs, g_strdup(num));
            g_free(prev);
            prev = num;
            prev_end = e;
            g_match_info_next(mi, NULL);
        }
        g_free(prev);
        g_match_info_free(mi);
    }
    g_string_free(spaced, TRUE);
    g_free(lower);
}

/* The word a match lies in ends where letters end: its case is its end. */
static bool
genitive_at(const char *s, int end)
{
    const char *p = s + end;
    const char *last = NULL;
    while (*p && g_unichar_isalpha(g_utf8_get_char(p))) {
        last = p;
        p = g_utf8_next_char(p);
    }
    if (last == NULL) /* the word ends with the match: "зүйл", "бүлэг" */
        last = g_utf8_find_prev_char(s, s + end);
    return last != NULL && g_unichar_tolower(g_utf8_get_char(last)) == 0x043D; /* н */
}

static int
word_end(const char *s, int end)
{
    const char *p = s + end;
    while (*p && g_unichar_isalpha(g_utf8_get_char(p)))
        p = g_utf8_next_char(p);
    return (int)(p - s);
}

/* What the note is about, read from its head (the text before its first
 * date; the whole note when the date comes first). */
static void
read_scope(zl_reader *r, const char *s, int head_end, zl_note *note, int *scope_end)
{
    static const zl_scope by_group[] = {ZL_SCOPE_ITEM, ZL_SCOPE_SUBPOINT, ZL_SCOPE_POINT,
                                        ZL_SCOPE_PART, ZL_SCOPE_ARTICLE,  ZL_SCOPE_CHAPTER,
                                        ZL_SCOPE_ACT,  ZL_SCOPE_ITEM,     ZL_SCOPE_ARTICLE};
    int limit = head_end;
    bool found = false;
    for (int pass = 0; pass < 2 && !found; pass++) {
        GMatchInfo *mi = NULL;
        g_regex_match_full(r->scope, s, limit, 0, 0, &mi, NULL);
        int gap_start = 0;
        bool first = true;
        while (g_match_info_matches(mi)) {
            int ms, me, group = 0;
            g_match_info_fetch_pos(mi, 0, &ms, &me);
            for (int g = 1; g < (int)G_N_ELEMENTS(by_group) && group == 0; g++) {
                int a = -1, b = -1;
                if (g_match_info_fetch_pos(mi, g, &a, &b) && a >= 0)
                    group = g;
            }
            char *gap = g_strndup(s + gap_start, (gsize)(ms - gap_start));
            GPtrArray *refs = g_ptr_array_new_with_free_func(g_free);
            read_refs(r, gap, refs);
            g_free(gap);
            /* The first unit word, or a later one with its numbers ("Энэ
             * хэсгийн 5.8 дахь заалтад" is about point 5.8); a sentence's
             * or a paragraph's number is none ("Энэ хэсгийн 2 дахь
             * өгүүлбэрийг" is about the part, not about part 2). */
            if (first || (refs->len > 0 && group != 7)) {
                note->scope = by_group[group];
                note->whole = group != 7 && group != 8 && !genitive_at(s, me);
                *scope_end = word_end(s, me);
                g_ptr_array_set_size(note->refs, 0);
                for (guint i = 0; i < refs->len; i++)
                    g_ptr_array_add(note->refs, g_strdup(g_ptr_array_index(refs, i)));
                found = true;
            }
            g_ptr_array_unref(refs);
            first = false;
            gap_start = word_end(s, me);
            g_match_info_next(mi, NULL);
        }
        g_match_info_free(mi);
        limit = -1; /* a note that opens with its date names its unit after it */
    }
    if (!found) {
        note->scope = ZL_SCOPE_ITEM;
        note->whole = true;
    }
}

/* English puts a verb before its dates ("repealed by the law of 11 May
 * 2017"), Mongolian after them: each verb is moved after the dates that
 * follow it, and the note read as a Mongolian one. */
static void
verbs_after_their_dates(GArray *toks)
{
    GArray *out = g_array_sized_new(FALSE, TRUE, sizeof(token), toks->len);
    token verb;
    bool held = false;
    for (guint i = 0; i < toks->len; i++) {
        const token *t = &g_array_index(toks, token, i);
        if (t->is_date) {
            g_array_append_val(out, *t);
            continue;
        }
        if (held)
            g_array_append_val(out, verb);
        verb = *t;
        held = true;
    }
    if (held)
        g_array_append_val(out, verb);
    if (out->len > 0) /* an empty GArray may hold no buffer: memcpy takes no NULL */
        memcpy(toks->data, out->data, sizeof(token) * out->len);
    g_array_unref(out);
}

/* What the note `s` (or a clause of it) is about and whether as a whole,
 * from its words and its tokens `toks`: note->scope, refs, whole, number
 * and explanation. */
static void
read_wholeness(zl_reader *r, const char *s, const GArray *toks, zl_note *note)
{
    int first_date = -1;
    for (guint i = 0; i < toks->len && first_date < 0; i++)
        if (g_array_index(toks, token, i).is_date)
            first_date = g_array_index(toks, token, i).pos;
    int scope_end = -1;
    read_scope(r, s, first_date > 0 ? first_date : -1, note, &scope_end);
    bool partial = g_regex_match(r->partial, s, 0, NULL);
    if (note->whole && partial)
        note->whole = false;
    /* "Энэ хэсгийн 2015 оны … хуулиар хүчингүй болсонд тооцсон": a slip of
     * one letter for хэсгийг.  The genitive names no words, sentence or
     * item of the part (nothing stands between it and the date), and the
     * verb is the repeal of a unit: the whole part is repealed. */
    if (!note->whole && !partial && scope_end >= 0 && first_date > scope_end && note->scope != ZL_SCOPE_ITEM) {
        bool blank = true;
        for (int k = scope_end; k < first_date && blank; k++)
            blank = g_ascii_isspace(s[k]) || s[k] == ',';
        bool repeal = false;
        for (guint i = 0; i < toks->len && blank; i++) {
            const token *t = &g_array_index(toks, token, i);
            repeal = repeal || (!t->is_date && t->change == ZL_CHANGE_REPEALED &&
                                g_regex_match_full(r->unit_repeal, s, t->end, t->pos, G_REGEX_MATCH_ANCHORED, NULL, NULL));
        }
        note->whole = blank && repeal;
    }
    /* "Энэ хэсгийн хүчинтэй байх хугацаа … дууссан": the genitive is of
     * the part's own time, which ran out: the whole part expired, unless
     * words of it are named. */
    for (guint i = 0; i < toks->len && !note->whole; i++) {
        const token *t = &g_array_index(toks, token, i);
        if (!t->is_date && t->change == ZL_CHANGE_EXPIRED && !g_regex_match(r->words, s, 0, NULL))
            note->whole = true;
    }
    note->number = !note->whole && g_regex_match(r->renumber, s, 0, NULL);
    /* "Энэ зүйлийн тайлбарыг …": the article's Тайлбар, whole unless words
     * of it ("тайлбарын “…” гэснийг"). */
    GMatchInfo *ex = NULL;
    if (g_regex_match(r->explanation, s, 0, &ex)) {
        char *ending = g_match_info_fetch(ex, 1);
        note->explanation = true;
        note->number = false;
        note->scope = ZL_SCOPE_ARTICLE;
        note->whole = g_strcmp0(ending, "ын") != 0 && !g_regex_match(r->words, s, 0, NULL);
        g_free(ending);
    }
    g_match_info_free(ex);
}

/* A note of several clauses, each naming its unit ("Энэ хэсгийн
 * дугаарыг 2002 … өөрчилсөн, энэ хэсгийг 2015 … хүчингүй болсонд
 * тооцсон"; "Энэ хэсгийн зарим заалтыг … Цэцийн … тогтоолоор хүчингүй
 * болгосон, энэ хэсгийг 2007 … хүчингүй болсонд тооцсон"): each clause's
 * own words decide whether its changes are of the whole unit, of words of
 * it or of its number, not the note's words taken together (which made
 * the repeal of the part an amendment, and its restatement a
 * renumbering).  A clause that names other provisions ("Дээрх 5.1 дэх
 * заалтыг …") or no unit at all keeps the note's reading. */
static void
read_clauses(zl_reader *r, const char *s, zl_note *note)
{
    GArray *bounds = g_array_new(FALSE, FALSE, sizeof(int));
    int zero = 0;
    g_array_append_val(bounds, zero);
    GMatchInfo *mi = NULL;
    g_regex_match(r->clause, s, 0, &mi);
    while (g_match_info_matches(mi)) {
        int a, b;
        g_match_info_fetch_pos(mi, 0, &a, &b);
        g_array_append_val(bounds, b);
        g_match_info_next(mi, NULL);
    }
    g_match_info_free(mi);
    int len = (int)strlen(s);
    g_array_append_val(bounds, len);
    for (guint c = 0; bounds->len > 2 && c + 1 < bounds->len; c++) {
        int from = g_array_index(bounds, int, c), to = g_array_index(bounds, int, c + 1);
        char *clause = g_strndup(s + from, (gsize)(to - from));
        GArray *toks = tokens_of(r, clause);
        zl_note own = {.refs = g_ptr_array_new_with_free_func(g_free)};
        read_wholeness(r, clause, toks, &own);
        /* read_scope finds a unit word, or defaults to the item whole. */
        bool named = g_regex_match(r->scope, clause, 0, NULL);
        if (named && own.refs->len == 0 && !own.explanation && !note->explanation) {
            zl_clause reading = own.whole ? ZL_CLAUSE_WHOLE : own.number ? ZL_CLAUSE_NUMBER : ZL_CLAUSE_WORDS;
            for (guint e = 0; e < note->events->len; e++) {
                zl_event *ev = &g_array_index(note->events, zl_event, e);
                if (ev->at >= from && ev->at < to)
                    ev->clause = reading;
            }
        }
        g_ptr_array_unref(own.refs);
        g_array_unref(toks);
        g_free(clause);
    }
    g_array_unref(bounds);
}

/* Reads the note `s` (blanked) into `note`; false when it is no note. */
static bool
read_note(zl_reader *r, const char *s, zl_note *note)
{
    if (g_regex_match(r->restated_act, s, 0, NULL)) {
        note->scope = ZL_SCOPE_ACT;
        note->whole = true;
        zl_event e = {.date = "", .change = ZL_CHANGE_RESTATED};
        g_array_append_val(note->events, e);
        return true;
    }
    GArray *toks = tokens_of(r, s);
    if (g_ascii_isalpha(*s))
        verbs_after_their_dates(toks);
    bool marker = g_regex_match(r->marker, s, 0, NULL);
    int first_date = -1, n_dates = 0, n_verbs = 0;
    for (guint i = 0; i < toks->len; i++) {
        const token *t = &g_array_index(toks, token, i);
        if (t->is_date && first_date < 0)
            first_date = t->pos;
        n_dates += t->is_date;
        n_verbs += !t->is_date;
    }
    /* A note has a date and a change, or is an effective date or a veto.
     * One that opens as notes do and names a change made by a law or a
     * resolution, but no date the reader can read, is a note still: its
     * change is kept undated rather than the note left in the text. */
    bool editorial = g_regex_match(r->editorial, s, 0, NULL);
    /* So is one that repeals, by no law it names ("/Энэ зүйлийг хүчингүй
     * болсонд тооцсон/", "[This article was repealed]"): the provision is
     * gone, its day unknown, and never shown as law in force. */
    bool repeals = false;
    for (guint i = 0; i < toks->len && !repeals; i++) {
        const token *t = &g_array_index(toks, token, i);
        repeals = !t->is_date && t->change == ZL_CHANGE_REPEALED;
    }
    note->undated = n_dates == 0 && n_verbs > 0 && editorial && (repeals || g_regex_match(r->by_law, s, 0, NULL));
    bool is_note = (n_dates > 0 && n_verbs > 0) || marker || (n_dates > 0 && editorial) || note->undated;
    if (!is_note) {
        g_array_unref(toks);
        return false;
    }
    read_wholeness(r, s, toks, note);
    /* Each verb takes the dates written since the previous one (or, with
     * none, the last date); dates left without a verb are amendments ("/Энэ
     * заалтад 2005 … өдрийн хууль," whose verb is on the next note). */
    GArray *pending = g_array_new(FALSE, TRUE, sizeof(token));
    /* Dates a change's time ends on ("… өдөр хүртэл"): no change made on
     * them, but its end (below). */
    GArray *ends = g_array_new(FALSE, TRUE, sizeof(token));
    const char *last_date = NULL;
    int segment = 0;            /* where the text since the previous verb starts */
    guint last_verb_events = 0; /* the events of the last verb start here */
    zl_change last_change = ZL_CHANGE_NONE;
    int last_verb_at = 0;
    for (guint i = 0; i < toks->len; i++) {
        const token *t = &g_array_index(toks, token, i);
        if (t->is_date && t->until) {
            g_array_append_val(ends, *t);
            continue;
        }
        if (t->is_date) {
            g_array_append_val(pending, *t);
            last_date = t->date;
            continue;
        }
        zl_change change = t->change;
        guint events_before = note->events->len;
        last_verb_at = t->pos;
        /* "… хуулиар оруулсан өөрчлөлтийг 2017 … хуулиар хүчингүй болсонд
         * тооцсон" repeals an amendment, not the unit: the unit goes back
         * to its wording before it, an amendment.  The dates before the
         * word name the amendment repealed, and are no change of their own
         * when a later one dates the repeal. */
        int cancelled = -1;
        if (change == ZL_CHANGE_REPEALED) {
            GMatchInfo *mi = NULL;
            if (g_regex_match_full(r->cancelled, s, t->pos, segment, 0, &mi, NULL)) {
                int a, b;
                g_match_info_fetch_pos(mi, 0, &a, &b);
                cancelled = b;
                change = ZL_CHANGE_AMENDED;
            }
            g_match_info_free(mi);
        }
        /* "Энэ хэсгийг 1999 … өөрчлөн найруулсан бөгөөд Үндсэн хуулийн
         * Цэцийн 2000 … тогтоолоор хүчингүй болсон": the Court annulled the
         * restatement (or amendment) just named, not the part, which stands
         * in its wording before it: an amendment of the part, as a repealed
         * amendment is.  A law's repeal after a restatement is the part's. */
        if (change == ZL_CHANGE_REPEALED && cancelled < 0 &&
            (last_change == ZL_CHANGE_RESTATED || last_change == ZL_CHANGE_AMENDED) && t->pos > segment) {
            char *between = g_strndup(s + segment, (gsize)(t->pos - segment));
            if (g_regex_match_simple("^\\s*,?\\s*бөгөөд\\s[^/]*(?:цэц|tsets)[^/]*(?:тогтоол|дүгнэлт|шийдвэр)", between,
                                     G_REGEX_CASELESS, 0))
                change = ZL_CHANGE_AMENDED;
            g_free(between);
        }
        if (cancelled >= 0) {
            bool later = false;
            for (guint k = 0; k < pending->len; k++)
                later = later || g_array_index(pending, token, k).pos >= cancelled;
            for (guint k = pending->len; later && k-- > 0;)
                if (g_array_index(pending, token, k).pos < cancelled)
                    g_array_remove_index(pending, k);
        }
        last_verb_events = note->events->len;
        last_change = change;
        /* "… 2030 оны 1 дүгээр сарын 1-ний өдөр хүртэл түдгэлзүүлсэн": the
         * day named is the suspension's end; it starts with the law that
         * ordered it ("" for the act's own day when the note names none). */
        bool suspension_ends = change == ZL_CHANGE_SUSPENDED && ends->len > 0;
        if (pending->len == 0) {
            zl_event e = {.change = change};
            if (last_date != NULL)
                g_strlcpy(e.date, last_date, sizeof e.date);
            if (last_date != NULL || note->undated || suspension_ends)
                g_array_append_val(note->events, e);
        }
        /* "A хуулиар B өдрөөс эхлэн хүчингүй": the change is B's, the day
         * it took effect; the law of A made it, and is not a change. */
        bool from = false;
        const char *made = NULL; /* the law's day, when the change is from another */
        for (guint k = 0; k < pending->len; k++)
            from = from || g_array_index(pending, token, k).from;
        for (guint k = 0; from && made == NULL && k < pending->len; k++)
            if (!g_array_index(pending, token, k).from)
                made = g_array_index(pending, token, k).date;
        for (guint k = 0; k < pending->len; k++) {
            if (from && !g_array_index(pending, token, k).from)
                continue;
            zl_event e = {.change = change};
            g_strlcpy(e.date, g_array_index(pending, token, k).date, sizeof e.date);
            if (made != NULL && strcmp(made, e.date) != 0)
                g_strlcpy(e.made, made, sizeof e.made);
            g_array_append_val(note->events, e);
        }
        for (guint k = 0; suspension_ends && k < ends->len; k++) {
            zl_event e = {.change = ZL_CHANGE_RESUMED};
            g_strlcpy(e.date, g_array_index(ends, token, k).date, sizeof e.date);
            g_array_append_val(note->events, e);
        }
        if (suspension_ends)
            g_array_set_size(ends, 0);
        g_array_set_size(pending, 0);
        for (guint k = events_before; k < note->events->len; k++)
            g_array_index(note->events, zl_event, k).at = t->pos;
        segment = t->end;
    }
    /* "… хүчингүй болсонд тооцохоор заасан бөгөөд үүнийг 2027 оны 1
     * дүгээр сарын 1-ний өдрөөс эхлэн дагаж мөрдөнө": the last change
     * takes effect on that day, not on the day of the law that made it. */
    const token *effective = NULL;
    bool redated = false;
    for (guint k = 0; k < pending->len && effective == NULL; k++)
        if (g_array_index(pending, token, k).from)
            effective = &g_array_index(pending, token, k);
    if (effective != NULL && last_change != ZL_CHANGE_NONE && note->events->len > last_verb_events &&
        g_regex_match_full(r->in_effect, s, -1, segment, 0, NULL, NULL)) {
        /* The law's day the change had is the day it was made. */
        char made[11] = "";
        g_strlcpy(made, g_array_index(note->events, zl_event, last_verb_events).date, sizeof made);
        g_array_set_size(note->events, last_verb_events);
        zl_event e = {.change = last_change, .at = last_verb_at};
        g_strlcpy(e.date, effective->date, sizeof e.date);
        if (*made != '\0' && strcmp(made, e.date) != 0)
            g_strlcpy(e.made, made, sizeof e.made);
        g_array_append_val(note->events, e);
        redated = true;
    }
    /* "/Энэ заалтыг 2014 оны 1 дүгээр сарын 01-ний өдрөөс эхлэн дагаж
     * мөрдөнө/", "/55.6 дахь хэсгийг … өдрөөс эхлэн дагаж мөрдөнө/": no
     * change, only the day the unit applies from, every date of the note
     * that one.  Before it the unit is not law: recorded as added on that
     * day, as the law's own sentence for a part is (indexer/lawstatus.c);
     * what law made it the note does not say.  Words applying from a day
     * ("… гэснийг … хуулиар … өдрөөс эхлэн дагаж мөрдөхөөр заасан") name
     * the law's day too, and are no start of the unit. */
    bool starts = n_verbs == 0 && pending->len > 0 && ends->len == 0 && note->whole && note->scope != ZL_SCOPE_ACT &&
                  g_regex_match_full(r->in_effect, s, -1, 0, 0, NULL, NULL);
    for (guint k = 0; starts && k < pending->len; k++)
        starts = g_array_index(pending, token, k).from;
    if (starts) {
        zl_event e = {.change = ZL_CHANGE_ADDED, .at = g_array_index(pending, token, 0).pos};
        g_strlcpy(e.date, g_array_index(pending, token, 0).date, sizeof e.date);
        g_array_append_val(note->events, e);
    }
    if (!marker || n_verbs > 0) {
        for (guint k = 0; k < pending->len; k++) {
            /* A date from which something takes effect, with no verb
             * after it, says when, not what: no change of its own. */
            if (g_array_index(pending, token, k).from)
                continue;
            /* Once the last change is dated by the day it applies from,
             * the dates between its verb and that day say how it came to
             * be ("… заасан бөгөөд 2016 … хуульд 2017 … хуулиар өөрчлөлт
             * оруулж, энэ зүйлийг 2024 … өдрөөс …": the amending law was
             * amended), no change of this unit. */
            if (redated)
                continue;
            zl_event e = {.change = ZL_CHANGE_AMENDED, .at = g_array_index(pending, token, k).pos};
            g_strlcpy(e.date, g_array_index(pending, token, k).date, sizeof e.date);
            g_array_append_val(note->events, e);
        }
    }
    /* "… хуулиар нэмсэн бөгөөд 2019 оны 01 дүгээр сарын 01-ний өдөр хүртэл
     * хугацаанд дагаж мөрдөхөөр заасан": a unit added for a time (or one
     * the note only says applies until a day) expires on that day.  Words
     * changed for a time go back on it: an amendment of the unit. */
    for (guint k = 0; k < ends->len; k++) {
        zl_event e = {.change = last_change == ZL_CHANGE_ADDED || n_verbs == 0 ? ZL_CHANGE_EXPIRED
                                                                               : ZL_CHANGE_AMENDED,
                     .at = g_array_index(ends, token, k).pos};
        g_strlcpy(e.date, g_array_index(ends, token, k).date, sizeof e.date);
        g_array_append_val(note->events, e);
    }
    read_clauses(r, s, note);
    g_array_unref(ends);
    g_array_unref(pending);
    g_array_unref(toks);
    return true;
}

/* The end of a note's text on its line: its closing mark, a slash (not
 * one inside a quotation, nor one between digits: "05/2016 дугаар
 * тогтоол") or, for a note in brackets, the bracket that closes it; or the
 * line's end.  Brackets inside a bracketed note are skipped in pairs. */
static const char *
closing_mark(const char *from, char mark, const char **eol)
{
    gunichar close = 0;
    bool quoted = false;
    int depth = 0;
    const char *p = from;
    for (; *p && *p != '\n'; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (quoted) {
            if (c == close)
                quoted = false;
            continue;
        }
        if (quote_pair(c, &close)) {
            /* Only a quotation that closes on this line hides slashes. */
            const char *q = g_utf8_next_char(p);
            while (*q && *q != '\n' && g_utf8_get_char(q) != close)
                q = g_utf8_next_char(q);
            quoted = *q != '\0' && *q != '\n';
            continue;
        }
        if (mark != '/' && c == (gunichar)(mark == ')' ? '(' : '['))
            depth++;
        else if (mark != '/' && c == (gunichar)mark && depth-- > 0)
            continue;
        else if (c == (gunichar)mark && (mark != '/' || !(p > from && g_ascii_isdigit(p[-1]) && g_ascii_isdigit(p[1]))))
            break;
    }
    *eol = p;
    while (**eol && **eol != '\n')
        (*eol)++;
    return *p == mark ? p : NULL;
}

/* Lines a wrapped note may go on over after its first: the Constitution's
 * notes on its 1999 and 2000 amendments take five printed lines. */
#define NOTE_WRAP_LINES 6

/* The quotation still open after the text [from, to), given the one open
 * before it (`*closing`: the mark that closes it, 0 for none). */
static void
quote_state(const char *from, const char *to, gunichar *closing)
{
    for (const char *p = from; p < to && *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p), close = 0;
        if (*closing != 0) {
            if (c == *closing)
                *closing = 0;
        } else if (quote_pair(c, &close)) {
            *closing = close;
        }
    }
}

/* A note wrapped over lines (a PDF's narrow column: "/Энэ хэсгийг 2017 оны
 * 5 дугаар сарын 11-ний өдрийн" and "хуулиар хүчингүй болсонд тооцсон/"):
 * its closing mark ends one of the next NOTE_WRAP_LINES lines, none of them
 * empty, opening a numbered item, another note or a line that starts as
 * notes do.  NULL when there is none; else the mark, and *eol its line's
 * end.  `body` is where the note's words start. */
static const char *
wrapped_close(const char *body, const char *eol, char mark, const char **next_eol)
{
    /* A line inside a quotation the note opened (the words it amends, "“...
     * 31.1.2 ...” гэсэн нь") starts no item, whatever its first word. */
    gunichar quoted = 0;
    quote_state(body, eol, &quoted);
    const char *line = eol;
    for (int n = 0; n < NOTE_WRAP_LINES && *line == '\n'; n++) {
        line++;
        const char *p = line;
        while (*p == ' ' || *p == '\t')
            p++;
        int digits = 0;
        while (g_ascii_isdigit(p[digits]))
            digits++;
        if (*p == '\n' || *p == '\r' || *p == '\0' ||
            (quoted == 0 && (*p == '/' || *p == '(' ||
                             (digits >= 1 && digits <= 3 && (p[digits] == '.' || p[digits] == '/' || p[digits] == ')')) ||
                             g_str_has_prefix(p, "Энэ ") || g_str_has_prefix(p, "Дээрх"))))
            return NULL;
        const char *e = NULL;
        const char *c = closing_mark(line, mark, &e);
        if (quoted != 0) {
            /* The quotation closes on this line: the note's slash, if any,
             * comes after it. */
            const char *after = line;
            gunichar still = quoted;
            for (; after < e && still != 0; after = g_utf8_next_char(after))
                if (g_utf8_get_char(after) == still)
                    still = 0;
            quote_state(line, e, &quoted);
            c = still == 0 ? closing_mark(after, mark, &e) : NULL;
        }
        if (c != NULL) {
            /* A list's comma or semicolon may follow it, as the line's
             * last mark ("… хүчингүй болсонд тооцсон/,"). */
            const char *q = c + 1;
            while (*q == ' ' || *q == '\t' || *q == '.' || *q == ',' || *q == ';' || *q == '\r')
                q++;
            if (q != e)
                return NULL; /* text after the mark: no note's end */
            *next_eol = e;
            return c;
        }
        line = e;
    }
    return NULL;
}

/* A note on the line at `p` (its indent skipped) with no opening slash,
 * standing for the provision whose number may come first, glued or not:
 * "Энэ …/" or "Дээрх …/" that lost its opening slash (22 notes of the corpus),
 * "10.3.2Энэ заалтыг …/", or with no slash at all, "114.4.Энэ хэсгийг …
 * хүчингүй болсонд тооцсугай" (it ends after its last verb).  Where the
 * note opens (at "Энэ", the number before it read as its label), or NULL.
 * A line with no slash is a note only when it reads as one to the end:
 * a provision's word after "Энэ", a law's act and a change (r->bare). */
static const char *
line_note(zl_reader *r, const char *p)
{
    const char *q = p;
    while (g_ascii_isdigit(*q) || (*q == '.' && q > p))
        q++;
    while (q > p && (*q == ' ' || *q == '\t'))
        q++;
    bool here = strncmp(q, "Энэ", strlen("Энэ")) == 0 || strncmp(q, "энэ", strlen("энэ")) == 0;
    bool above = strncmp(q, "Дээрх ", strlen("Дээрх ")) == 0 || strncmp(q, "Дээрхи ", strlen("Дээрхи ")) == 0;
    if (!here && !above)
        return NULL;
    const char *eol = strchr(q, '\n');
    size_t n = eol != NULL ? (size_t)(eol - q) : strlen(q);
    while (n > 0 && (q[n - 1] == ' ' || q[n - 1] == '\r' || q[n - 1] == '\t'))
        n--;
    const char *slash = memchr(q, '/', n);
    if (n > 8 && slash == q + n - 1 && (q > p || above || strncmp(q, "Энэ ", strlen("Энэ ")) == 0))
        return q;
    if (slash == NULL && g_regex_match_full(r->bare, q, (gssize)n, 0, G_REGEX_MATCH_ANCHORED, NULL, NULL))
        return q;
    return NULL;
}

/* How much of the line at `body` a note's opening words are looked for
 * in: its line, and no more than NOTE_HEAD_MAX bytes (the opening words of
 * the longest note, a Court's naming its law first, are a few hundred), cut
 * at a character.  PCRE checks the whole of what it is given as UTF-8, so a
 * line of a million slashes would otherwise be read again at each one. */
#define NOTE_HEAD_MAX 2048

static gssize
line_head(const char *body)
{
    size_t n = 0;
    while (n < NOTE_HEAD_MAX && body[n] != '\0' && body[n] != '\n')
        n++;
    if (n == NOTE_HEAD_MAX)
        while (n > 0 && ((unsigned char)body[n] & 0xC0) == 0x80)
            n--;
    return (gssize)n;
}

/* Whether a note that opens with a slash and a law's name starts as the
 * Constitutional Court's do when read with the next two printed lines (a
 * PDF's narrow column puts "Үндсэн хуулийн цэцийн" on its second line):
 * r->start over the three lines joined by spaces, no blank line between.
 * Only for a line naming a law ("хуулийн"), so not at every slash. */
static bool
wrapped_start(const zl_reader *r, const char *body, gssize head)
{
    if (g_strstr_len(body, head, "хуулийн") == NULL || body[head] != '\n')
        return false;
    const char *end = body + head;
    for (int n = 0; n < 2 && *end == '\n' && end[1] != '\n' && end[1] != '\0'; n++) {
        end++;
        end += line_head(end);
    }
    char *joined = g_strndup(body, (gsize)(end - body));
    g_strdelimit(joined, "\n", ' ');
    bool started = g_regex_match(r->start, joined, G_REGEX_MATCH_ANCHORED, NULL);
    g_free(joined);
    return started;
}

/* Where the next `c` is at or after `from`, as *cached remembers it: the
 * search goes on only once `from` has passed the last one found, so that
 * a text of many notes and no bracket is not read to its end for each
 * note.  NULL: there is none. */
static const char *
next_char(const char **cached, const char *from, char c)
{
    if (*cached != NULL && *cached < from)
        *cached = strchr(from, c);
    return *cached;
}

/* Where a note may open next, remembered across calls of one text. */
typedef struct {
    const char *slash, *paren, *bracket;
} openings;

/* The next place a note may open at or after `from`: a slash, a bracket
 * ("(" or "["), or a line holding a note without its opening slash
 * (line_note).  `from` only moves forward from one call to the next. */
static const char *
next_opening(zl_reader *r, const char *text, const char *from, openings *o)
{
    const char *slash = next_char(&o->slash, from, '/');
    const char *brackets[] = {next_char(&o->paren, from, '('), next_char(&o->bracket, from, '[')};
    for (size_t i = 0; i < G_N_ELEMENTS(brackets); i++)
        if (brackets[i] != NULL && (slash == NULL || brackets[i] < slash))
            slash = brackets[i];
    for (const char *line = from; line != NULL && (slash == NULL || line < slash);) {
        bool at_start = line == text || line[-1] == '\n';
        if (at_start) {
            const char *p = line;
            while (*p == ' ' || *p == '\t')
                p++;
            const char *at = line_note(r, p);
            if (at != NULL && (slash == NULL || at < slash))
                return at;
        }
        line = strchr(line, '\n');
        if (line != NULL)
            line++;
    }
    return slash;
}

/* How long a marker's words may be ("Хүчингүй болсонд тооцогдсон"): no
 * closing mark is looked for further.  And how long the heading or number
 * before it: a line longer than that is text, no heading. */
#define GONE_WORDS_MAX 96
#define GONE_LABEL_MAX 400

/* The start of the line `at` stands in, or NULL when that line runs more
 * than GONE_LABEL_MAX bytes before it (text, no heading). */
static const char *
label_line(const char *text, const char *at)
{
    const char *line = at;
    while (line > text && line[-1] != '\n' && at - line <= GONE_LABEL_MAX)
        line--;
    return line > text && line[-1] != '\n' ? NULL : line;
}

/* A unit the consolidated text keeps only as a marker of its repeal, with
 * no law or day named: "6 дугаар зүйл./Хүчингүй/", "4//Хүчингүй/",
 * "5.3.(Хүчингүй болсон)", "Article 6. [Repealed]", or the marker on the
 * line after such a heading or number.  The mark at `p` must close its
 * line, and only a number or an article's heading may stand before it, so
 * that a word in brackets within a sentence is never read as a repeal.
 * Where it closes, or NULL. */
static const char *
repeal_marker(zl_reader *r, const char *text, const char *p)
{
    char mark = *p == '(' ? ')' : *p == '[' ? ']' : *p == '/' ? '/' : 0;
    if (mark == 0)
        return NULL;
    /* The words first, within a few bytes: most slashes and brackets open
     * something else, and owe no reading of their line. */
    const char *body = p + 1;
    size_t n = 0;
    while (n < GONE_WORDS_MAX && body[n] != '\0' && body[n] != '\n' && body[n] != mark)
        n++;
    if (body[n] != mark || !g_regex_match_full(r->gone, body, (gssize)n, 0, G_REGEX_MATCH_ANCHORED, NULL, NULL))
        return NULL;
    const char *close = body + n;
    const char *q = close + 1;
    while (*q == ' ' || *q == '\t' || *q == '.' || *q == '\r')
        q++;
    if (*q != '\n' && *q != '\0')
        return NULL;
    const char *line = label_line(text, p);
    if (line == NULL)
        return NULL;
    const char *from = line;
    while (from < p && (*from == ' ' || *from == '\t'))
        from++;
    if (from == p) {
        /* Alone on its line: the line above (blank lines skipped) is the
         * number or heading it stands for. */
        p = line;
        while (p > text && g_ascii_isspace(p[-1]))
            p--;
        if (p == text || (from = label_line(text, p)) == NULL)
            return NULL;
    }
    return g_regex_match_full(r->gone_label, from, p - from, 0, 0, NULL, NULL) ? close : NULL;
}

GPtrArray *
zl_find_notes(zl_reader *r, const char *text)
{
    GPtrArray *notes = g_ptr_array_new_with_free_func((GDestroyNotify)zl_note_free);
    if (text == NULL)
        return notes;
    openings o = {strchr(text, '/'), strchr(text, '('), strchr(text, '[')};
    for (const char *p = next_opening(r, text, text, &o); p != NULL; p = *p ? next_opening(r, text, p, &o) : NULL) {
        const char *gone = repeal_marker(r, text, p);
        if (gone != NULL) {
            zl_note *note = g_new0(zl_note, 1);
            note->refs = g_ptr_array_new_with_free_func(g_free);
            note->events = g_array_new(FALSE, TRUE, sizeof(zl_event));
            note->whole = true;
            note->undated = true;
            note->gone = true;
            zl_event e = {.change = ZL_CHANGE_REPEALED};
            g_array_append_val(note->events, e);
            note->start = (int)(p - text);
            note->end = (int)(gone - text) + 1;
            note->text = g_strstrip(g_strndup(p + 1, (gsize)(gone - p - 1)));
            g_ptr_array_add(notes, note);
            p = gone + 1;
            continue;
        }
        /* A note whose opening slash was lost starts at its line; one in
         * brackets ("(Энэ хэсгийг … тооцсон)") opens as notes do in words. */
        char mark = *p == '(' ? ')' : *p == '[' ? ']' : '/';
        const char *body = *p == '/' || *p == '(' || *p == '[' ? p + 1 : p;
        /* An opening slash a printed line's last mark, a space before it
         * ("… хууль батална. /" then "Энэ заалтыг … оруулсан. /"): the note's
         * words start on the next line.  (A closing slash is glued to its
         * last word.) */
        if (*p == '/' && p > text && p[-1] == ' ') {
            const char *q = body;
            while (*q == ' ' || *q == '\t' || *q == '\r')
                q++;
            if (*q == '\n' && q[1] != '\n' && q[1] != '\0')
                body = q + 1;
        }
        /* Its line only, by length: the subject is not measured to the
         * end of the text at every slash. */
        gssize head = line_head(body);
        if (!g_regex_match_full(mark != '/' ? r->start_words : r->start, body, head, 0, G_REGEX_MATCH_ANCHORED, NULL,
                                NULL) &&
            !(mark == '/' && body != p && wrapped_start(r, body, head))) {
            p++;
            continue;
        }
        const char *eol = NULL;
        const char *close = closing_mark(body, mark, &eol);
        if (close == NULL && body != p)
            close = wrapped_close(body, eol, mark, &eol);
        if (close == NULL && mark != '/') {
            p++;
            continue;
        }
        /* A note quoted by an amending law ("/Энэ хэсгийг … тооцсон/ гэсэн
         * тэмдэглэгээг хийсүгэй") is that law's words, no note of its own. */
        /* Within its line: the rest of a long text is not measured at
         * every note. */
        if (close != NULL && g_regex_match_full(r->quoted_after, close + 1, (gssize)strcspn(close + 1, "\n"), 0,
                                                G_REGEX_MATCH_ANCHORED, NULL, NULL)) {
            p = close + 1;
            continue;
        }
        const char *end = close != NULL ? close : eol;
        char *blank = blank_quotes(body, (size_t)(end - body));
        zl_note *note = g_new0(zl_note, 1);
        note->refs = g_ptr_array_new_with_free_func(g_free);
        note->events = g_array_new(FALSE, TRUE, sizeof(zl_event));
        if (!read_note(r, g_strstrip(blank), note)) {
            zl_note_free(note);
            g_free(blank);
            p++;
            continue;
        }
        g_free(blank);
        /* An unclosed note ends after its last verb, when more text
         * follows it on the line ("… өөрчлөлт оруулсан 3.1.1.байгалийн"). */
        if (close == NULL) {
            char *raw = blank_quotes(body, (size_t)(eol - body));
            int last = -1;
            GMatchInfo *mi = NULL;
            g_regex_match(r->verb, raw, 0, &mi);
            while (g_match_info_matches(mi)) {
                int s, e;
                g_match_info_fetch_pos(mi, 0, &s, &e);
                last = e;
                g_match_info_next(mi, NULL);
            }
            g_match_info_free(mi);
            g_free(raw);
            if (last > 0) {
                end = body + last;
                while (*end == '.' || *end == ' ' || *end == '\t')
                    end++;
            }
        }
        note->start = (int)(p - text);
        note->end = (int)(end - text) + (close != NULL ? 1 : 0);
        char *written = g_strndup(body, (size_t)(end - body));
        for (char *c = written; *c; c++)
            if (*c == '\t' || *c == '\r' || *c == '\n')
                *c = ' ';
        note->text = g_strstrip(written);
        g_ptr_array_add(notes, note);
        p = text + note->end;
    }
    return notes;
}

zl_change
zl_effective_change(const zl_note *note, const zl_event *event)
{
    /* A suspension is one whether of the unit or of words of it. */
    bool whole = event->clause == ZL_CLAUSE_NOTE ? note->whole : event->clause == ZL_CLAUSE_WHOLE;
    bool number = event->clause == ZL_CLAUSE_NOTE ? note->number : event->clause == ZL_CLAUSE_NUMBER;
    if (whole || event->change == ZL_CHANGE_SUSPENDED || event->change == ZL_CHANGE_RESUMED)
        return event->change;
    return number && event->change != ZL_CHANGE_REPEALED ? ZL_CHANGE_RENUMBERED : ZL_CHANGE_AMENDED;
}

char *
zl_explanation_key(const char *provision)
{
    return g_strconcat(provision, " Тайлбар", NULL);
}

char *
zl_occurrence_key(const char *key, int occurrence)
{
    return g_strdup_printf("%s#%d", key, occurrence);
}

char *
zl_part_number(const char *key)
{
    if (key == NULL)
        return NULL;
    GString *out = g_string_sized_new(strlen(key));
    for (const char *p = key; *p; p++) {
        if (*p == '#' && g_ascii_isdigit(p[1])) {
            while (g_ascii_isdigit(p[1]))
                p++;
            continue;
        }
        g_string_append_c(out, *p);
    }
    return g_string_free(out, FALSE);
}

/* ---- A unit's history ---------------------------------------------------- */

void
zl_unit_add_amendment(zr_unit *unit, const char *date, zl_change change, const char *part, const char *note)
{
    if (unit->amendments == NULL)
        unit->amendments = g_ptr_array_new_with_free_func(zr_amendment_free);
    g_ptr_array_add(unit->amendments, zr_amendment_new(date, zl_change_name(change), part, note));
}

/* Oldest first; a date that is a prefix of another (a year, a month)
 * counts as equal to it, so the order written decides. */
static int
history_cmp(const zr_amendment *x, const zr_amendment *y)
{
    size_t n = MIN(strlen(x->date), strlen(y->date));
    return strncmp(x->date, y->date, n);
}

static int
history_ptr_cmp(gconstpointer a, gconstpointer b)
{
    return history_cmp(*(const zr_amendment *const *)a, *(const zr_amendment *const *)b);
}

void
zl_sort_history(GPtrArray *amendments)
{
    /* A unit has a few changes: insertion sort, stable.  A text of
     * thousands of notes on one unit (no statute has one; a hostile file
     * may) is sorted by GLib's merge sort, stable too, in n log n. */
    if (amendments != NULL && amendments->len > 64) {
        g_ptr_array_sort(amendments, history_ptr_cmp);
        return;
    }
    for (guint i = 1; amendments != NULL && i < amendments->len; i++) {
        gpointer a = amendments->pdata[i];
        guint j = i;
        for (; j > 0 && history_cmp(amendments->pdata[j - 1], a) > 0; j--)
            amendments->pdata[j] = amendments->pdata[j - 1];
        amendments->pdata[j] = a;
    }
}

const zr_amendment *
zl_last_change(const GPtrArray *amendments, const char *part)
{
    for (guint i = amendments != NULL ? amendments->len : 0; i-- > 0;) {
        const zr_amendment *a = g_ptr_array_index(amendments, i);
        if (g_strcmp0(a->part, part) == 0)
            return a;
    }
    return NULL;
}

const zr_amendment *
zl_deciding_repeal(const GPtrArray *history, const char *part, bool in_effect, const char *today)
{
    const zr_amendment *repeal = NULL;
    for (guint i = 0; history != NULL && i < history->len; i++) {
        const zr_amendment *a = g_ptr_array_index(history, i);
        if (g_strcmp0(a->part, part) != 0 || (in_effect && !zl_day_passed(a->date, today)))
            continue;
        if (strcmp(a->change, "repealed") == 0 || strcmp(a->change, "expired") == 0)
            repeal = a;
        else if (strcmp(a->change, "restated") == 0 || strcmp(a->change, "added") == 0 ||
                 strcmp(a->change, "renumbered") == 0)
            repeal = NULL;
    }
    return repeal;
}

/* Whether `part` (NULL: the unit) was restated after `date`, and the
 * restatement is in effect by `today`. */
static bool
restated_since(const GPtrArray *history, const char *part, const char *date, const char *today)
{
    for (guint i = 0; history != NULL && i < history->len; i++) {
        const zr_amendment *a = g_ptr_array_index(history, i);
        if (g_strcmp0(a->part, part) == 0 && strcmp(a->change, "restated") == 0 && strcmp(a->date, date) > 0 &&
            zl_day_passed(a->date, today))
            return true;
    }
    return false;
}

/* The repeal of a part holding `part` ("25.3" for point "25.3.2"), in
 * effect, when `part` was not written anew (added, restated, renumbered)
 * after it: a part repealed takes its points and their sub-points with it,
 * though the note stands after them and names the part only.  The latest
 * such repeal, or NULL. */
static const zr_amendment *
holder_repeal(const GPtrArray *history, const char *part, const char *today)
{
    if (part == NULL || strchr(part, '.') == NULL)
        return NULL;
    const zr_amendment *found = NULL;
    char *up = g_strdup(part);
    for (char *dot; (dot = strrchr(up, '.')) != NULL;) {
        *dot = '\0';
        const zr_amendment *a = zl_deciding_repeal(history, up, true, today);
        if (a != NULL && (found == NULL || strcmp(a->date, found->date) > 0))
            found = a;
    }
    g_free(up);
    for (guint i = 0; found != NULL && history != NULL && i < history->len; i++) {
        const zr_amendment *a = g_ptr_array_index(history, i);
        if (g_strcmp0(a->part, part) == 0 && strcmp(a->date, found->date) > 0 && zl_day_passed(a->date, today) &&
            (strcmp(a->change, "added") == 0 || strcmp(a->change, "restated") == 0 ||
             strcmp(a->change, "renumbered") == 0))
            found = NULL;
    }
    return found;
}

bool
zl_history_repealed(const GPtrArray *history, const char *part, const char **on, const char *today)
{
    const zr_amendment *a = zl_deciding_repeal(history, part, true, today);
    if (a == NULL)
        a = holder_repeal(history, part, today);
    if (a == NULL)
        return false;
    /* A part restated after its point was repealed holds that point anew
     * ("13.1" rewritten in 2012 after "13.1.3" went in 2000), whatever
     * plain amendments of the part came after; so does the article
     * rewritten since. */
    char *up = g_strdup(part);
    for (char *dot; up != NULL && (dot = strrchr(up, '.')) != NULL;) {
        *dot = '\0';
        if (restated_since(history, up, a->date, today)) {
            g_free(up);
            return false;
        }
    }
    g_free(up);
    if (part != NULL && restated_since(history, NULL, a->date, today))
        return false;
    if (on != NULL)
        *on = a->date;
    return true;
}

bool
zl_history_pending(const GPtrArray *history, const char *part, const char **from, const char *today)
{
    if (part == NULL)
        return false;
    char *key = g_strdup(part);
    bool pending = false;
    for (;;) {
        /* An addition of this key on a day still to come (the history is
         * sorted) with no repeal of it before: not law yet.  Its first
         * change, or a later one: a part restated in 2016 that the law's
         * final article applies from 2021 ("47 дугаар зүйл.Энэ хуулийн
         * 25.4 дэх хэсгийг 2021 … өдрөөс эхлэн дагаж мөрдөнө") is not law
         * in its wording before 2021.  One repealed and added again is
         * the repeal's to say (zl_history_repealed). */
        for (guint i = 0; history != NULL && i < history->len; i++) {
            const zr_amendment *a = g_ptr_array_index(history, i);
            if (g_strcmp0(a->part, key) != 0)
                continue;
            if (strcmp(a->change, "repealed") == 0 || strcmp(a->change, "expired") == 0)
                break;
            if (strcmp(a->change, "added") == 0 && !zl_day_passed(a->date, today)) {
                pending = true;
                if (from != NULL)
                    *from = a->date;
                break;
            }
        }
        char *dot = strrchr(key, '.');
        if (pending || dot == NULL)
            break;
        *dot = '\0';
    }
    g_free(key);
    return pending;
}

bool
zl_history_suspended(const GPtrArray *history, const char *part, const char **until, const char *today)
{
    if (until != NULL)
        *until = NULL;
    char *key = g_strdup(part != NULL ? part : "");
    bool suspended = false;
    for (;;) {
        /* This key's suspensions and resumptions whose day has come, in
         * order: the last decides; a resumption still to come is the day
         * it applies again. */
        const char *end = NULL;
        bool now = false;
        for (guint i = 0; history != NULL && i < history->len; i++) {
            const zr_amendment *a = g_ptr_array_index(history, i);
            if (g_strcmp0(a->part != NULL ? a->part : "", key) != 0)
                continue;
            bool come = zl_day_passed(a->date, today);
            if (strcmp(a->change, "suspended") == 0 && come) {
                now = true;
                end = NULL;
            } else if (strcmp(a->change, "resumed") == 0) {
                if (come)
                    now = false;
                else if (now && end == NULL)
                    end = a->date;
            } else if (come && (strcmp(a->change, "restated") == 0 || strcmp(a->change, "added") == 0)) {
                now = false; /* written anew: the suspension was of the old text */
            }
        }
        if (now) {
            suspended = true;
            if (until != NULL)
                *until = end;
        }
        char *dot = strrchr(key, '.');
        if (suspended || *key == '\0')
            break;
        if (dot != NULL)
            *dot = '\0';
        else
            *key = '\0'; /* last, the unit itself */
    }
    g_free(key);
    return suspended;
}

bool
zl_part_repealed(const zr_unit *unit, const char *part, const char **on, const char *today)
{
    return zl_history_repealed(unit->amendments, part, on, today);
}

bool
zl_every_part_repealed(const zr_unit *unit, const char **on, const char *today)
{
    if (on != NULL)
        *on = NULL;
    if (unit->provision == NULL || unit->parts == NULL || unit->parts->len == 0)
        return false;
    int top = 2;
    for (const char *p = unit->provision; *p; p++)
        top += *p == '.';
    const char *latest = NULL;
    bool all = false;
    for (guint i = 0; i < unit->parts->len; i++) {
        const zr_part *p = g_ptr_array_index(unit->parts, i);
        int depth = 1;
        for (const char *c = p->key; *c; c++)
            depth += *c == '.';
        if (depth != top)
            continue;
        const char *when = NULL;
        if (!zl_part_repealed(unit, p->key, &when, today))
            return false;
        all = true;
        if (latest == NULL || strcmp(when, latest) > 0)
            latest = when;
    }
    if (all && on != NULL)
        *on = latest;
    return all;
}

bool
zl_day_passed(const char *date, const char *today)
{
    char *now = NULL;
    if (today == NULL) {
        GDateTime *clock = g_date_time_new_now_utc();
        today = now = g_date_time_format(clock, "%Y-%m-%d");
        g_date_time_unref(clock);
    }
    /* A year or a month compares by its own length. */
    bool passed = date != NULL && strncmp(date, today, strlen(date)) <= 0;
    g_free(now);
    return passed;
}

/* `date` (YYYY-MM-DD; a month or a year from its first day) moved by
 * `days`, as YYYY-MM-DD, or NULL. */
static char *
shift_day(const char *date, int days)
{
    int y = 0, m = 1, d = 1;
    size_t n = date != NULL ? strlen(date) : 0;
    if (n == 10 && sscanf(date, "%4d-%2d-%2d", &y, &m, &d) == 3) {
    } else if (n == 7 && sscanf(date, "%4d-%2d", &y, &m) == 2) {
    } else if (n == 4 && sscanf(date, "%4d", &y) == 1) {
    } else {
        return NULL;
    }
    if (!g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y))
        return NULL;
    GDate *g = g_date_new_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y);
    if (days < 0)
        g_date_subtract_days(g, (guint)-days);
    else
        g_date_add_days(g, (guint)days);
    char *out = g_strdup_printf("%04d-%02d-%02d", g_date_get_year(g), g_date_get_month(g), g_date_get_day(g));
    g_date_free(g);
    return out;
}

char *
zl_day_before(const char *date)
{
    return shift_day(date, -1);
}

char *
zl_day_after(const char *date)
{
    return shift_day(date, 1);
}

char *
zl_day_start(const char *date)
{
    return shift_day(date, 0);
}

char *
zl_text_in_force(const zr_unit *unit, const char *today)
{
    if (g_strcmp0(unit->status, "repealed") == 0 || unit->parts == NULL || unit->amendments == NULL ||
        unit->amendments->len == 0)
        return NULL;
    GString *out = NULL;
    int from = 0;
    size_t len = strlen(unit->text);
    for (guint i = 0; i < unit->parts->len; i++) {
        const zr_part *p = g_ptr_array_index(unit->parts, i);
        if (p->start < from || p->end <= p->start || (size_t)p->end > len ||
            !(zl_part_repealed(unit, p->key, NULL, today) || zl_history_pending(unit->amendments, p->key, NULL, today)))
            continue;
        if (out == NULL)
            out = g_string_new(NULL);
        g_string_append_len(out, unit->text + from, p->start - from);
        g_string_append_c(out, '\n');
        from = p->end;
    }
    if (out == NULL)
        return NULL;
    g_string_append(out, unit->text + from);
    return g_string_free(out, FALSE);
}

char *
zl_text_repealed(const zr_unit *unit, char **keys, const char **last, const char *today)
{
    if (keys != NULL)
        *keys = NULL;
    if (last != NULL)
        *last = NULL;
    if (g_strcmp0(unit->status, "repealed") == 0 || unit->parts == NULL || unit->amendments == NULL ||
        unit->amendments->len == 0)
        return NULL;
    GString *out = NULL, *which = NULL;
    const char *latest = NULL;
    int from = 0;
    size_t len = strlen(unit->text);
    /* The same parts zl_text_in_force leaves out: a point inside a repealed
     * part is in it already. */
    for (guint i = 0; i < unit->parts->len; i++) {
        const zr_part *p = g_ptr_array_index(unit->parts, i);
        const char *on = NULL;
        if (p->start < from || p->end <= p->start || (size_t)p->end > len ||
            !zl_part_repealed(unit, p->key, &on, today))
            continue;
        if (out == NULL) {
            out = g_string_new(NULL);
            which = g_string_new(NULL);
        } else {
            g_string_append_c(out, '\n');
            g_string_append_c(which, '\n');
        }
        g_string_append_len(out, unit->text + p->start, p->end - p->start);
        g_string_append(which, p->key);
        if (on != NULL && (latest == NULL || strcmp(on, latest) > 0))
            latest = on;
        from = p->end;
    }
    if (out == NULL)
        return NULL;
    if (keys != NULL)
        *keys = g_string_free(which, FALSE);
    else
        g_string_free(which, TRUE);
    if (last != NULL)
        *last = latest;
    return g_string_free(out, FALSE);
}

/* ---- Index terms ---------------------------------------------------------- */

static void
add_date_terms(zx_doc *xd, GHashTable *seen, const char *date)
{
    char digits[9] = {0};
    int n = 0;
    for (const char *p = date; *p && n < 8; p++)
        if (g_ascii_isdigit(*p))
            digits[n++] = *p;
    for (int len = 4; len <= n; len += 2) {
        char *t = g_strdup_printf("%s%.*s", ZS_P_AMENDED, len, digits);
        if (g_hash_table_add(seen, t))
            zx_doc_add_boolean(xd, t);
    }
}

void
zl_add_status_terms(zx_doc *xd, const zr_unit *unit)
{
    zx_doc_add_boolean(xd, ZS_P_STATUS "any");
    if (unit->status != NULL) {
        char *t = g_strconcat(ZS_P_STATUS, unit->status, NULL);
        zx_doc_add_boolean(xd, t);
        g_free(t);
        zx_doc_set_value(xd, ZS_SLOT_STATUS, unit->status, strlen(unit->status));
    }
    GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (guint i = 0; unit->amendments != NULL && i < unit->amendments->len; i++) {
        const zr_amendment *a = g_ptr_array_index(unit->amendments, i);
        add_date_terms(xd, seen, a->date);
    }
    g_hash_table_destroy(seen);
}
