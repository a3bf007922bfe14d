/* lawstatus.c — a statute repealed as a whole (lawstatus.h): by its own
 * note in the act's history, or by a row of corpus-config's
 * laws-repealed.tsv, read once per context and immutable after.
 *
 * Not for: a unit's notes (amendments.c).
 */
#include "indexer/lawstatus.h"

#include "legal/amendment.h"
#include "legal/provision.h"

#include "indexer/structure.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A character of a sentence's paragraph: a line break too, where it is a
 * printed line's end (a PDF's text keeps its lines, so "Энэ хуулийг 2014
 * оны 7 дугаар" / "сарын 1-ний өдрөөс …" is one sentence), never a blank
 * line.  The start's readers bound their sentence by these. */
#define PARA_CH     "(?:[^\\n]|\\n(?!\\n))"
#define PARA_CH_NOT(set) "(?:[^\\n" set "]|\\n(?!\\n))"

/* Compiled once, with the extractor, not for every statute: GRegex is
 * immutable once made and safe to match from any thread or forked copy. */
struct ix_law_reader {
    GRegex *header_repeal; /* a statement of repeal above the law's name */
    GRegex *header_day;    /* a day in it, "2017 оны 12 дугаар сарын 14" */
    GRegex *awaits;        /* the law whose taking effect repeals it */
    GRegex *status;        /* "Төлөв: Хүчингүй болсон (…)" */
    GRegex *takes_effect;  /* "Энэ хуулийг <day>-ний өдрөөс эхлэн дагаж мөрдөнө" */
    GRegex *starts_with;   /* "Энэ хуулийг <law> хүчин төгөлдөр болсон өдрөөс …" */
    GRegex *others_start;  /* "Энэ хуулийн <chapter>-ийг <day>-өөс, бусад бүлгийг <day>-өөс …" */
    GRegex *start_undated; /* "Энэ хуулийг … нийтэлснээс хойш арав хоногийн дараа дагаж мөрдөнө" */
    GRegex *part_starts;   /* "Энэ хуулийн 8.1.4 дэх заалтыг <day or law> … өдрөөс эхлэн дагаж мөрдөнө",
                            * "… <day>-ний өдрөөс <day>-ний өдөр хүртэл дагаж мөрдөнө" (6: the last day) */
    GRegex *operative;     /* lawrepeal.c: "хүчингүй болсонд тооцсугай" */
    GRegex *repealed_law;  /* lawrepeal.c: "<day> өдөр баталсан <title> хуулийг" */
};

ix_law_reader *
ix_law_reader_new(void)
{
    ix_law_reader *lr = g_new0(ix_law_reader, 1);
    lr->header_repeal = g_regex_new("^[^\\n/]*хүчингүй\\s+болсонд\\s+тооц(?:но|сон|сугай)[^\\n]*$",
                                    G_REGEX_MULTILINE | G_REGEX_CASELESS, 0, NULL);
    lr->header_day =
        g_regex_new("(\\d{4})\\s*оны\\s*(\\d{1,2})\\s*(?:дугаар|дүгээр)?\\s*сарын\\s*(\\d{1,2})", 0, 0, NULL);
    /* The line is one statement, its length bounded: the lazy title is
     * tried from one place only, anchored after "баталсан". */
    lr->awaits = g_regex_new("([0-9]{4}\\s*оны\\s*[0-9]{1,2}\\s*(?:дүгээр|дугаар|-р)?\\s*сарын\\s*[0-9]{1,2}"
                             "|[0-9]{4}([./-])[0-9]{1,2}\\2[0-9]{1,2})[^\\s,]*\\s+өдөр\\s+баталсан\\s+"
                             "(.+?)\\s*хууль(?:\\s*[/(][^/()]*[/)])?\\s+хүчин\\s+төгөлдөр\\s+бол(?:сон|ох)\\s+өдрөөс",
                             G_REGEX_CASELESS, 0, NULL);
    lr->status = g_regex_new("^[ \\t]*(?:төлөв[ \\t]*:[ \\t]*)?хүчингүй[ \\t]+болсон[ \\t]*[.,]?[ \\t]*"
                             "(?:\\(([^)\\n]*)\\)|([^\\n]*\\d[^\\n]*))?[ \\t]*$",
                             G_REGEX_MULTILINE | G_REGEX_CASELESS, 0, NULL);
    /* "… дагаж мөрдөнө", or "… дагаж мөрдөх бөгөөд …" going on to a
     * proviso; the day right before "өдрөөс" keeps it the law's start. */
    /* The Constitution's own: "Монгол Улсын Үндсэн хуулийг 1992 оны
     * хоёрдугаар сарын 12-ны өдрийн 12 цаг буюу … цагаас эхлэн улс даяар
     * дагаж мөрдөнө", from an hour of a day, its month in words. */
    /* Words may stand between "эхлэн" and "дагаж мөрдөнө" ("… өдрөөс
     * эхлэн хүчин төгөлдөр дагаж мөрдөнө"), and the sentence may go on to
     * provisions of a later day after a comma ("Энэ хуулийг 2015 … өдрөөс,
     * энэ хуулийн 8.1 дэх хэсгийг 2016 … өдрөөс эхлэн тус тус дагаж
     * мөрдөнө"): the first day is the law's (part_starts reads the rest). */
    lr->takes_effect =
        g_regex_new("(?:энэ|үндсэн)\\s+хуулийг\\s+([0-9]" PARA_CH "{0,60}?)\\s*(?:өдрөөс|өдрийн\\s+[0-9]{1,2}\\s+цаг"
                    PARA_CH "{0,300}?(?:аас|ээс|оос|өөс))(?:\\s+(?:эхлэн\\s+)?(?:хүчин\\s+төгөлдөр\\s+)?(?:улс\\s+даяар\\s+)?"
                    "дагаж\\s+мөрдө(?:нө|х)|\\s*,\\s*(?:энэ|мөн)\\s+хуулийн\\s" PARA_CH "{0,300}?\\sдагаж\\s+мөрдө(?:нө|х))",
                    G_REGEX_CASELESS, 0, NULL);
    /* A law whose chapters (or articles) apply from different days, the
     * rest from the last: "Энэ хуулийн зургадугаар бүлгийг 1996 оны 6
     * дугаар сарын 15-ны өдрөөс, бусад бүлгийг 8 дугаар сарын 1-ний өдрөөс
     * эхлэн тус тус дагаж мөрдөнө": what is named (1), its day (2), the
     * day of the rest (3; its year may be left to the first's). */
    lr->others_start =
        g_regex_new("энэ\\s+хуулийн\\s+(" PARA_CH_NOT(".;") "{1,200}?)\\s*([0-9]{4}\\s*оны" PARA_CH "{1,40}?)\\s*өдрөөс\\s*,\\s*"
                    "бусад\\s+\\S+\\s+((?:[0-9]{4}\\s*оны\\s*)?[0-9]{1,2}" PARA_CH "{1,40}?)\\s*өдрөөс\\s+(?:эхлэн\\s+)?"
                    "(?:тус\\s+тус\\s+)?дагаж\\s+мөрдө(?:нө|х)",
                    G_REGEX_CASELESS, 0, NULL);
    /* A start the text gives no day of the calendar for ("Энэ хуулийг
     * “Төрийн мэдээлэл” эмхтгэлд албан ёсоор нийтэлснээс хойш арав
     * хоногийн дараа дагаж мөрдөнө"): no year in it, no other law's day
     * and not the day of adoption ("батлагдсан өдрөөс"). */
    lr->start_undated = g_regex_new("энэ\\s+хуулийг\\s+((?:(?!батла|хүчин\\s+төгөлдөр|[0-9]{4})" PARA_CH_NOT(".;") "){1,200}?)"
                                    "\\s*(?:эхлэн\\s+)?дагаж\\s+мөрдөнө",
                                    G_REGEX_CASELESS, 0, NULL);
    /* "энэ хуулийг" first: the bounded lazy title is tried only where it
     * stands, never from every position of a unit. */
    lr->starts_with =
        g_regex_new("энэ\\s+хуулийг\\s+(" PARA_CH_NOT(".;") "{1,200}?)\\s*хууль(?:\\s*[/(][^/()\\n]*[/)])?\\s+хүчин\\s+"
                    "төгөлдөр\\s+бол(?:сон|ох)\\s+өдрөөс\\s+(?:эхлэн\\s+)?дагаж\\s+мөрдө(?:нө|х)",
                    G_REGEX_CASELESS, 0, NULL);
    /* A provision of the law that applies from a later day than the rest
     * ("Энэ хуулийн 25 дугаар зүйлийн 25.1.1 дэх заалтыг 2018 оны 01 дүгээр
     * сарын 01-ний өдрөөс эхлэн дагаж мөрдөнө"), or from another law's
     * ("<Its own title> тухай хуулийн 22 дугаар зүйлийн 22.1 дэх хэсгийн
     * 22.1.7 дахь заалтыг <a law> хууль хүчин төгөлдөр болсон өдрөөс эхлэн
     * дагаж мөрдөнө"): the law named (1: "энэ", "энэхүү", with words of
     * the sentence before it, else 2), the provisions' numbers (3), the day
     * (4) or the other law's title (5), the last day when they apply only
     * until one ("… өдрөөс … өдөр хүртэл дагаж мөрдөнө", 6).  The law may
     * be "мөн хуулийн" (the same law), each number may carry its word ("8.1
     * дэх хэсэг, 8.2.4 дэх заалт, 15.1 дэх хэсгийг"), and the sentence may
     * follow the law's own day ("Энэ хуулийг … өдрөөс, энэ хуулийн … тус
     * тус дагаж мөрдөнө").  A line's
     * start (its number skipped, or an article's heading that is itself the
     * sentence: "47 дугаар зүйл.Энэ хуулийн 25.4 дэх хэсгийг …") anchors the
     * bounded lazy title. */
    lr->part_starts = g_regex_new(
        "^[ \\t]*(?:[0-9]+(?:\\.[0-9]+)*\\.?[ \\t]*|[0-9]+(?:\\^[0-9]+)?\\s*(?:дугаар|дүгээр|-р)\\s+зүйл\\s*\\.?\\s*)?"
        "(?:(?:[^\\n]{0,300}?\\s){0,1}?(энэ(?:хүү)?|мөн)|([^\\n.;]{1,150}?))\\s+хуулийн\\s+"
        "(?:[0-9]+\\s*(?:дугаар|дүгээр|-р)\\s+зүйлийн\\s+)?(?:[0-9.]+\\s*(?:дахь|дэх)\\s+хэсгийн\\s+)?"
        "([0-9]+(?:\\.[0-9]+)*(?:(?:\\s*(?:дахь|дэх)\\s+(?:заалт|хэсэг|зүйл))?\\s*(?:,|ба|болон)\\s*[0-9]+(?:\\.[0-9]+)*)*)"
        "\\s*(?:дахь|дэх|дугаар|дүгээр)?\\s*"
        "(?:заалт(?:ыг|уудыг)|хэсэ?г(?:ийг|үүдийг)|зүйл(?:ийг|үүдийг))\\s+"
        "(?:([0-9]{4}\\s*оны[^\\n]{1,40}?)\\s*өдрөөс|([^\\n.;]{1,200}?)\\s*хууль(?:\\s*[/(][^/()\\n]*[/)])?\\s+хүчин\\s+"
        "төгөлдөр\\s+бол(?:сон|ох)\\s+өдрөөс|(?=[0-9]{4}\\s*оны[^\\n]{1,60}?хүртэл))\\s*"
        "(?:([0-9]{4}\\s*оны[^\\n]{1,40}?)\\s*-?\\s*(?:ний|ны|нд)?\\s*(?:өдөр|өдрийг)\\s+хүртэл(?:\\s+хугацаанд)?\\s+)?"
        "(?:эхлэн\\s+)?(?:тус\\s+тус\\s+)?дагаж\\s+мөрдө(?:нө|х)",
        G_REGEX_CASELESS | G_REGEX_MULTILINE, 0, NULL);
    /* The operative words alone, and the sentence found back from them
     * (lawrepeal.c): "[^.;/]*?" in front of them, as the pattern once read,
     * made PCRE try every position of a unit's text and copy its
     * backtracking frames at each, a third of an index run's CPU on the
     * statutes as PDF. */
    lr->operative = g_regex_new("хүчингүй\\s+болсонд\\s+тооцсугай", G_REGEX_CASELESS, 0, NULL);
    lr->repealed_law =
        g_regex_new("([0-9]{4}\\s*оны\\s*[0-9]{1,2}\\s*(?:дүгээр|дугаар|-р)?\\s*сарын\\s*[0-9]{1,2}"
                    "|[0-9]{4}([./-])[0-9]{1,2}\\2[0-9]{1,2})"
                    "[^\\s,]*\\s+өдөр\\s+баталсан\\s+((?:(?!хуул|баталсан)[^,;])+?)\\s*хуул(?:ийг|ь)(?=[\\s,.;]|$)",
                    G_REGEX_CASELESS, 0, NULL);
    return lr;
}

void
ix_law_reader_free(ix_law_reader *lr)
{
    if (lr == NULL)
        return;
    GRegex *all[] = {lr->header_repeal, lr->header_day,  lr->awaits,    lr->status,
                     lr->takes_effect,  lr->starts_with, lr->operative, lr->repealed_law, lr->part_starts,
                     lr->others_start,  lr->start_undated};
    for (size_t i = 0; i < G_N_ELEMENTS(all); i++)
        g_regex_unref(all[i]);
    g_free(lr);
}

/* Whether `t` begins with the `n` bytes of `b` (no NUL among them): read
 * a byte at a time, so never past the end of `t`. */
static inline bool
starts_with_bytes(const char *t, const char *b, int n)
{
    for (int i = 0; i < n; i++)
        if (t[i] != b[i])
            return false;
    return true;
}

bool
ix_law_text_may_hold(const char *text, const char *word)
{
    /* Where a caseless pattern matches the word, each character of the text
     * is one of the word's in lower or upper case: compared as bytes, a
     * look costs a few instructions a byte, where PCRE without its JIT
     * spends hundreds trying a caseless Cyrillic pattern from every
     * character of a text. */
    enum { MAX_CHARS = 16 };
    struct {
        char lower[6], upper[6];
        int n_lower, n_upper;
    } w[MAX_CHARS];
    int n = 0;
    for (const char *q = word; *q != '\0'; q = g_utf8_next_char(q), n++) {
        if (n == MAX_CHARS)
            return true; /* a word this long is not looked for: try the pattern */
        gunichar c = g_utf8_get_char(q);
        w[n].n_lower = g_unichar_to_utf8(c, w[n].lower);
        w[n].n_upper = g_unichar_to_utf8(g_unichar_toupper(c), w[n].upper);
    }
    if (n == 0)
        return true;
    /* A character's UTF-8 starts with a byte no other character's
     * continues with, so a match can only start where one starts. */
    for (const char *p = text; *p != '\0'; p++) {
        if (*p != w[0].lower[0] && *p != w[0].upper[0])
            continue;
        const char *t = p;
        int k = 0;
        for (; k < n; k++) {
            if (starts_with_bytes(t, w[k].lower, w[k].n_lower))
                t += w[k].n_lower;
            else if (starts_with_bytes(t, w[k].upper, w[k].n_upper))
                t += w[k].n_upper;
            else
                break;
        }
        if (k == n)
            return true;
    }
    return false;
}

const GRegex *
ix_law_reader_operative(const ix_law_reader *lr)
{
    return lr->operative;
}

const GRegex *
ix_law_reader_repealed_law(const ix_law_reader *lr)
{
    return lr->repealed_law;
}

typedef struct repeal_row {
    char *key;     /* ix_law_title_key of the law's title */
    char *adopted; /* YYYY-MM-DD */
    char *on;      /* the day it ceased, YYYY-MM-DD */
    char *why;
    char *until;   /* the day the law that replaced it was adopted, or NULL */
} repeal_row;

static void
row_free(gpointer p)
{
    repeal_row *r = p;
    g_free(r->key);
    g_free(r->adopted);
    g_free(r->on);
    g_free(r->why);
    g_free(r->until);
    g_free(r);
}

static bool
is_day(const char *s)
{
    int y, m, d;
    return s != NULL && strlen(s) == 10 && sscanf(s, "%4d-%2d-%2d", &y, &m, &d) == 3 &&
           g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y);
}

/* "title<TAB>adopted<TAB>ceased<TAB>why[<TAB>replacer adopted]"; a row
 * without two days is left out, as a table that names no day cannot say a
 * law is repealed.  The last day, when given, must be a day after the
 * adoption or the row is left out too: it bounds which dates are the law's. */
static void
add_row(char **f, void *user)
{
    if (g_strv_length(f) < 3)
        return;
    char *adopted = g_strstrip(g_strdup(f[1]));
    char *on = g_strstrip(g_strdup(f[2]));
    char *key = ix_law_title_key(f[0]);
    if (!is_day(adopted) || !is_day(on) || *key == '\0') {
        g_free(adopted);
        g_free(on);
        g_free(key);
        return;
    }
    repeal_row *r = g_new0(repeal_row, 1);
    r->key = key;
    r->adopted = adopted;
    r->on = on;
    r->why = f[3] != NULL && *g_strstrip(f[3]) ? g_strdup(f[3]) : NULL;
    if (f[3] != NULL && f[4] != NULL && *g_strstrip(f[4]) != '\0') {
        if (!is_day(f[4]) || strcmp(f[4], adopted) <= 0) {
            row_free(r);
            return;
        }
        r->until = g_strdup(f[4]);
    }
    g_ptr_array_add(user, r);
}

static void *
load_table(zc_context *ctx)
{
    GPtrArray *rows = g_ptr_array_new_with_free_func(row_free);
    zc_context_rows(ctx, "laws-repealed.tsv", 5, add_row, rows);
    return rows;
}

static GPtrArray *
table(zc_context *ctx)
{
    return zc_context_table(ctx, "indexer.laws-repealed", load_table, (GDestroyNotify)g_ptr_array_unref);
}

char *
ix_law_title_key(const char *title)
{
    char *valid = g_utf8_make_valid(title != NULL ? title : "", -1);
    GPtrArray *words = zp_law_name_words(valid);
    for (guint i = 0; i < words->len; i++) {
        char *w = g_utf8_strdown(words->pdata[i], -1);
        g_free(words->pdata[i]);
        words->pdata[i] = w;
    }
    g_free(valid);
    guint first = 0, last = words->len;
    if (last >= 2 && strcmp(words->pdata[0], "монгол") == 0 && strcmp(words->pdata[1], "улсын") == 0)
        first = 2;
    if (last - first >= 2 && strcmp(words->pdata[last - 1], "хууль") == 0 &&
        strcmp(words->pdata[last - 2], "тухай") == 0)
        last--;
    GString *key = g_string_new(NULL);
    for (guint i = first; i < last; i++) {
        if (key->len > 0)
            g_string_append_c(key, ' ');
        g_string_append(key, words->pdata[i]);
    }
    g_ptr_array_unref(words);
    return g_string_free(key, FALSE);
}

/* The act's own repeal: its history's last change, when that is a repeal
 * of the whole act (a heading's or a chapter's change is no repeal), or
 * its expiry (a temporary law that applied until a day: no law repealed
 * it, but it is no law in force from that day, legal/amendment.h). */
static const zr_amendment *
own_repeal(const zr_doc *doc)
{
    const zr_amendment *last = zl_last_change(doc->act_amendments, NULL);
    bool gone = last != NULL && (strcmp(last->change, "repealed") == 0 || strcmp(last->change, "expired") == 0);
    return gone && is_day(last->date) ? last : NULL;
}

/* A table row for `doc`: the same title, and a date that is the law's.
 * A document dated the day of adoption is the law; so is one dated after it
 * and before the day the law that replaced it was adopted, when the row
 * gives that day (a copy headed by the day of a later amendment or of its
 * printing: no other law of that name was adopted in between).  A document
 * with no date is the law of the row when its title names the year of
 * adoption ("Эрүүгийн хууль (2002)"), or when its law is that year's
 * (ix_law_of_title and finish.c name a superseded code by the year it was
 * adopted, from its date or its articles' numbering): a title alone does
 * not tell a law from the one that replaced it under the same name. */
static const repeal_row *
table_row(zc_context *ctx, const zr_doc *doc)
{
    GPtrArray *rows = table(ctx);
    if (rows->len == 0 || doc->title == NULL)
        return NULL;
    char *key = ix_law_title_key(doc->title);
    const repeal_row *found = NULL;
    for (guint i = 0; i < rows->len && found == NULL; i++) {
        const repeal_row *r = g_ptr_array_index(rows, i);
        if (strcmp(r->key, key) != 0)
            continue;
        char year[5] = {0};
        memcpy(year, r->adopted, 4);
        bool ours;
        if (doc->date != NULL)
            ours = strcmp(doc->date, r->adopted) == 0 ||
                   (r->until != NULL && strcmp(doc->date, r->adopted) > 0 && strcmp(doc->date, r->until) < 0);
        else
            ours = strstr(doc->title, year) != NULL || g_strcmp0(doc->law, year) == 0;
        if (ours)
            found = r;
    }
    g_free(key);
    return found;
}

/* A statement of the law's repeal written above its name, without the
 * slashes of an editorial note: "2017 оны 12 дугаар сарын 14-ний өдөр
 * баталсан … тухай хууль хүчин төгөлдөр болсон өдрөөс эхлэн хүчингүй
 * болсонд тооцно".  Its day is the latest it names (the repealing law's,
 * when the day that law took effect is not written: the note says so in
 * the history).  A new string and *line, or NULL. */
static char *
header_repeal(const ix_law_reader *lr, const zr_doc *doc, char **line)
{
    *line = NULL;
    if (doc->units == NULL || doc->units->len == 0 || doc->title == NULL)
        return NULL;
    const zr_unit *first = g_ptr_array_index(doc->units, 0);
    const char *title = strstr(first->text, doc->title);
    if (title == NULL)
        return NULL;
    const GRegex *re = lr->header_repeal, *day = lr->header_day;
    GMatchInfo *mi = NULL;
    char *on = NULL;
    g_regex_match_full(re, first->text, title - first->text, 0, 0, &mi, NULL);
    if (g_match_info_matches(mi)) {
        char *text = g_match_info_fetch(mi, 0);
        GMatchInfo *dm = NULL;
        g_regex_match(day, text, 0, &dm);
        while (g_match_info_matches(dm)) {
            char *y = g_match_info_fetch(dm, 1), *m = g_match_info_fetch(dm, 2), *d = g_match_info_fetch(dm, 3);
            char *iso = g_strdup_printf("%04d-%02d-%02d", atoi(y), atoi(m), atoi(d));
            if (is_day(iso) && (on == NULL || strcmp(iso, on) > 0)) {
                g_free(on);
                on = iso;
            } else {
                g_free(iso);
            }
            g_free(y), g_free(m), g_free(d);
            g_match_info_next(dm, NULL);
        }
        g_match_info_free(dm);
        if (on != NULL)
            *line = g_strstrip(text);
        else
            g_free(text);
    }
    g_match_info_free(mi);
    return on;
}

char *
ix_law_awaits(const ix_law_reader *lr, const zr_doc *doc, char **adopted, char **line)
{
    *adopted = NULL;
    *line = NULL;
    if (g_strcmp0(doc->type, "code") != 0)
        return NULL;
    char *said = NULL;
    char *on = header_repeal(lr, doc, &said);
    g_free(on);
    if (said == NULL)
        return NULL;
    GMatchInfo *mi = NULL;
    char *key = NULL;
    if (g_regex_match(lr->awaits, said, 0, &mi)) {
        char *day = g_match_info_fetch(mi, 1), *title = g_match_info_fetch(mi, 3);
        g_strdelimit(day, "/", '.');
        char *name = g_strconcat(title, " хууль", NULL);
        key = ix_law_title_key(name);
        *adopted = ix_find_date(day, -1);
        if (*key == '\0' || *adopted == NULL) {
            g_clear_pointer(&key, g_free);
            g_clear_pointer(adopted, g_free);
        }
        g_free(name), g_free(title), g_free(day);
    }
    g_match_info_free(mi);
    if (key != NULL)
        *line = said;
    else
        g_free(said);
    return key;
}

/* A status printed above the law's name, as a saved legalinfo page or a
 * copied text keeps it: "Төлөв: Хүчингүй болсон (2022 оны 1 дүгээр сарын
 * 1)", or the line "Хүчингүй болсон" alone.  True when there is one; *on is
 * the day it gives (a new string) or NULL, *line the line. */
static bool
status_line(const ix_law_reader *lr, const zr_doc *doc, char **on, char **line)
{
    *on = NULL;
    *line = NULL;
    if (doc->units == NULL || doc->units->len == 0 || doc->title == NULL)
        return false;
    const zr_unit *first = g_ptr_array_index(doc->units, 0);
    const char *title = strstr(first->text, doc->title);
    if (title == NULL)
        return false;
    GMatchInfo *mi = NULL;
    bool found = g_regex_match_full(lr->status, first->text, title - first->text, 0, 0, &mi, NULL);
    if (found) {
        char *day = g_match_info_fetch(mi, 1);
        if (day == NULL || *day == '\0') {
            g_free(day);
            day = g_match_info_fetch(mi, 2);
        }
        *on = day != NULL && *day != '\0' ? ix_find_date(day, -1) : NULL;
        g_free(day);
        *line = g_strstrip(g_match_info_fetch(mi, 0));
    }
    g_match_info_free(mi);
    return found;
}

/* Whether the law ceased, on which day and why; *own when that is its own
 * note, already in the act's history.  The earliest of its own note, a row
 * of the table and a statute of the index that repeals it; else a
 * statement or status line above its name. */
static bool
law_repeal(zc_context *ctx, const ix_law_reader *lr, const ix_law_repeals *known, const zr_doc *doc, char **on,
           char **why, bool *own_note)
{
    *on = NULL;
    *why = NULL;
    *own_note = false;
    /* A statute too short for the type finder (two articles without a
     * statute's header: "other") is still the law a row names by its title
     * and day. */
    bool code = g_strcmp0(doc->type, "code") == 0;
    const zr_amendment *own = code ? own_repeal(doc) : NULL;
    const repeal_row *row = table_row(ctx, doc);
    const ix_law_repeal *by = NULL;
    if (code && known != NULL && doc->title != NULL && doc->date != NULL) {
        char *key = ix_law_title_key(doc->title);
        char *self = g_strconcat(doc->source != NULL ? doc->source : "", "/", doc->path != NULL ? doc->path : "", NULL);
        by = ix_law_repeals_find(known, key, doc->date, self);
        g_free(self);
        g_free(key);
    }
    const char *day = NULL, *reason = NULL;
    if (own != NULL)
        day = own->date, reason = own->note, *own_note = true;
    if (row != NULL && (day == NULL || strcmp(row->on, day) < 0))
        day = row->on, reason = row->why, *own_note = false;
    if (by != NULL && (day == NULL || strcmp(by->on, day) < 0))
        day = by->on, reason = by->why, *own_note = false;
    if (day != NULL) {
        *on = g_strdup(day);
        *why = g_strdup(reason);
        return true;
    }
    if (code && (*on = header_repeal(lr, doc, why)) != NULL)
        return true;
    /* Last, a status line: its day when it gives one, else a law repealed
     * on a day the text does not say. */
    return code && status_line(lr, doc, on, why);
}

/* A sentence of lr->others_start in `text`: the day of the rest of the
 * law (a new string, its year the first day's when it names none), and
 * what is named (*named, its words) with its own day (*named_day); NULL
 * when there is none or a day is no day. */
static char *
others_start(const ix_law_reader *lr, const char *text, char **named, char **named_day)
{
    *named = *named_day = NULL;
    if (!ix_law_text_may_hold(text, "бусад") || !ix_law_text_may_hold(text, "хуулийн"))
        return NULL;
    GMatchInfo *mi = NULL;
    char *rest = NULL;
    if (g_regex_match(lr->others_start, text, 0, &mi)) {
        char *first = g_strdelimit(g_match_info_fetch(mi, 2), "\n", ' ');
        char *last = g_strdelimit(g_match_info_fetch(mi, 3), "\n", ' ');
        char *day = ix_find_date(first, -1);
        if (day != NULL && strlen(day) == 10) {
            char *full = g_ascii_isdigit(last[0]) && g_ascii_isdigit(last[1]) && g_ascii_isdigit(last[2]) &&
                                 g_ascii_isdigit(last[3])
                             ? g_strdup(last)
                             : g_strdup_printf("%.4s оны %s", day, last);
            rest = ix_find_date(full, -1);
            g_free(full);
        }
        if (rest != NULL && strlen(rest) == 10) {
            *named = g_match_info_fetch(mi, 1);
            *named_day = day;
        } else {
            g_clear_pointer(&rest, g_free);
            g_free(day);
        }
        g_free(first), g_free(last);
    }
    g_match_info_free(mi);
    return rest;
}

/* Its last unit first: the law's own closing article says it as a rule. */
char *
ix_law_takes_effect_on(const ix_law_reader *lr, const zr_doc *doc)
{
    const GRegex *re = lr->takes_effect;
    char *on = NULL;
    for (guint i = doc->units->len; on == NULL && i-- > 0;) {
        const zr_unit *u = g_ptr_array_index(doc->units, i);
        if (ix_law_text_may_hold(u->text, "хуулийг")) {
            GMatchInfo *mi = NULL;
            if (g_regex_match(re, u->text, 0, &mi)) {
                char *day = g_strdelimit(g_match_info_fetch(mi, 1), "\n", ' ');
                on = ix_find_date(day, -1);
                g_free(day);
            }
            g_match_info_free(mi);
        }
        if (on == NULL) {
            char *named = NULL, *named_day = NULL;
            on = others_start(lr, u->text, &named, &named_day);
            g_free(named), g_free(named_day);
        }
    }
    return on;
}

/* Whether `doc` says it takes effect on a day the calendar cannot give
 * (lr->start_undated: "… нийтэлснээс хойш арав хоногийн дараа", "…
 * нийтэлсэн өдрөөс"): then its day of adoption is not its start. */
static bool
start_undated(const ix_law_reader *lr, const zr_doc *doc)
{
    bool found = false;
    for (guint i = doc->units->len; !found && i-- > 0;) {
        const zr_unit *u = g_ptr_array_index(doc->units, i);
        if (!ix_law_text_may_hold(u->text, "хуулийг") || !ix_law_text_may_hold(u->text, "мөрдөнө"))
            continue;
        GMatchInfo *mi = NULL;
        g_regex_match(lr->start_undated, u->text, 0, &mi);
        while (!found && g_match_info_matches(mi)) {
            char *words = g_match_info_fetch(mi, 1);
            found = g_regex_match_simple("нийтэл|хэвлэ|хойш|өдрөөс", words, G_REGEX_CASELESS, 0);
            g_free(words);
            g_match_info_next(mi, NULL);
        }
        g_match_info_free(mi);
    }
    return found;
}

char *
ix_law_starts_with(const ix_law_reader *lr, const zr_doc *doc)
{
    const GRegex *re = lr->starts_with;
    char *key = NULL;
    for (guint i = doc->units != NULL ? doc->units->len : 0; key == NULL && i-- > 0;) {
        const zr_unit *u = g_ptr_array_index(doc->units, i);
        if (!ix_law_text_may_hold(u->text, "хуулийг"))
            continue;
        GMatchInfo *mi = NULL;
        if (g_regex_match(re, u->text, 0, &mi)) {
            char *title = g_match_info_fetch(mi, 1);
            char *name = g_strconcat(title, " хууль", NULL);
            key = ix_law_title_key(name);
            if (*key == '\0')
                g_clear_pointer(&key, g_free);
            g_free(name);
            g_free(title);
        }
        g_match_info_free(mi);
    }
    return key;
}

char *
ix_law_start_day(const ix_law_reader *lr, const ix_law_repeals *known, const zr_doc *doc, char **with)
{
    if (with != NULL)
        *with = NULL;
    char *on = ix_law_takes_effect_on(lr, doc);
    if (on == NULL) {
        char *law = ix_law_starts_with(lr, doc);
        if (law != NULL) {
            char *self = g_strconcat(doc->source != NULL ? doc->source : "", "/", doc->path != NULL ? doc->path : "",
                                     NULL);
            on = g_strdup(ix_law_repeals_start_of(known, law, doc->date, self));
            g_free(self);
            /* A law takes effect with another no earlier than its own
             * adoption: a day before it is an older law of that title
             * (the one the new law replaces), not the one it waits for. */
            if (on != NULL && doc->date != NULL && strlen(doc->date) == 10 && strcmp(on, doc->date) < 0)
                g_clear_pointer(&on, g_free);
        }
        if (with != NULL)
            *with = law;
        else
            g_free(law);
    }
    /* Its adoption, unless it says it starts on a day the text does not
     * give: no day is said rather than a wrong one. */
    if (on == NULL && doc->date != NULL && strlen(doc->date) == 10 && !start_undated(lr, doc))
        on = g_strdup(doc->date);
    return on;
}

/* The unit holding provision `key` of `doc` (an article's number, or a
 * part's: its article is the first number), or NULL. */
static zr_unit *
unit_of_provision(zr_doc *doc, const char *key)
{
    char *article = g_strndup(key, strcspn(key, "."));
    zr_unit *found = NULL;
    for (guint i = 0; found == NULL && i < doc->units->len; i++) {
        zr_unit *u = g_ptr_array_index(doc->units, i);
        if (g_strcmp0(u->provision, article) == 0)
            found = u;
    }
    g_free(article);
    return found;
}

/* Whether a match of lr->part_starts speaks of `own` law (its title key:
 * "энэ хуулийн", or the law's own title); *other: the key of the law whose
 * day it waits for, or NULL (g_free). */
static bool
provision_start_of_this(GMatchInfo *mi, const char *own, char **other)
{
    char *here = g_match_info_fetch(mi, 1), *named = g_match_info_fetch(mi, 2), *law = g_match_info_fetch(mi, 5);
    bool of_this = here != NULL && *here != '\0';
    if (!of_this && named != NULL && *named != '\0' && own != NULL) {
        char *name = g_strconcat(named, " хууль", NULL);
        char *key = ix_law_title_key(name);
        of_this = strcmp(key, own) == 0;
        g_free(key);
        g_free(name);
    }
    *other = NULL;
    if (of_this && law != NULL && *law != '\0') {
        char *name = g_strconcat(law, " хууль", NULL);
        *other = ix_law_title_key(name);
        g_free(name);
    }
    g_free(here);
    g_free(named);
    g_free(law);
    return of_this;
}

char *
ix_law_parts_await(const ix_law_reader *lr, const zr_doc *doc)
{
    if (g_strcmp0(doc->type, "code") != 0 || doc->units == NULL)
        return NULL;
    char *own = doc->title != NULL ? ix_law_title_key(doc->title) : NULL;
    char *other = NULL;
    for (guint i = 0; other == NULL && i < doc->units->len; i++) {
        const zr_unit *u = g_ptr_array_index(doc->units, i);
        if (u->text == NULL || !ix_law_text_may_hold(u->text, "мөрдө") || !ix_law_text_may_hold(u->text, "хуулийн"))
            continue;
        GMatchInfo *mi = NULL;
        g_regex_match(lr->part_starts, u->text, 0, &mi);
        while (other == NULL && g_match_info_matches(mi)) {
            provision_start_of_this(mi, own, &other);
            g_match_info_next(mi, NULL);
        }
        g_match_info_free(mi);
    }
    g_free(own);
    return other;
}

/* The numbers of a list part_starts read ("20.3, 20.4 ба 46.6", "8.1 дэх
 * хэсэг, 8.2.4 дэх заалт, 15.1"), each without its word. */
static char **
provision_numbers(const char *list)
{
    char **refs = g_regex_split_simple("\\s*(?:,|ба|болон)\\s*", list, 0, 0);
    for (char **r = refs; *r != NULL; r++)
        (*r)[strspn(*r, "0123456789.")] = '\0';
    return refs;
}

/* Provisions of the law that apply from a later day than the law
 * (lr->part_starts): from a day it gives, or from the day another law of
 * the index takes effect (its `law:` entry's start, as a whole law that
 * waits for another is read).  A part is recorded as added on that day,
 * made by this law (its adoption day), as a note "… нэмсэн бөгөөд …
 * өдрөөс эхлэн дагаж мөрдөнө" is: before that day it is not yet law (on
 * `inforce:` a day before, and today when the day is to come); an article
 * is in force from that day (valid_from).  A day no later than the law's
 * own start changes nothing. */
static void
apply_provision_starts(const ix_law_reader *lr, const ix_law_repeals *known, zr_doc *doc, const char *law_start)
{
    char *own = doc->title != NULL ? ix_law_title_key(doc->title) : NULL;
    char *self = g_strconcat(doc->source != NULL ? doc->source : "", "/", doc->path != NULL ? doc->path : "", NULL);
    for (guint i = 0; i < doc->units->len; i++) {
        zr_unit *u = g_ptr_array_index(doc->units, i);
        if (u->text == NULL || !ix_law_text_may_hold(u->text, "мөрдө") || !ix_law_text_may_hold(u->text, "хуулийн"))
            continue;
        GMatchInfo *mi = NULL;
        g_regex_match(lr->part_starts, u->text, 0, &mi);
        while (g_match_info_matches(mi)) {
            char *numbers = g_match_info_fetch(mi, 3), *day = g_match_info_fetch(mi, 4);
            char *until_words = g_match_info_fetch(mi, 6);
            char *until = until_words != NULL && *until_words != '\0' ? ix_find_date(until_words, -1) : NULL;
            g_free(until_words);
            char *sentence = g_match_info_fetch(mi, 0);
            char *other = NULL;
            bool of_this = provision_start_of_this(mi, own, &other);
            char *from = NULL;
            if (of_this && day != NULL && *day != '\0')
                from = ix_find_date(day, -1);
            else if (of_this && other != NULL)
                from = g_strdup(ix_law_repeals_start_of(known, other, NULL, self));
            /* Only until a day: the provision expires on it (an article's
             * history, a part's), as a note's "… хүртэл хугацаанд дагаж
             * мөрдөхөөр заасан" does; before a day to come it is said as
             * one to come (parts_expiry_scheduled, valid_to). */
            if (of_this && until != NULL && strlen(until) == 10 && (from == NULL || strcmp(until, from) > 0)) {
                char **refs = provision_numbers(numbers);
                for (char **r = refs; *r != NULL; r++) {
                    zr_unit *v = **r != '\0' ? unit_of_provision(doc, *r) : NULL;
                    if (v == NULL)
                        continue;
                    char *note = g_strstrip(g_strdup(sentence));
                    bool whole = strcmp(*r, v->provision) == 0;
                    zl_unit_add_amendment(v, until, ZL_CHANGE_EXPIRED, whole ? NULL : *r, note);
                    g_free(note);
                    zr_amendment *ends = g_ptr_array_index(v->amendments, v->amendments->len - 1);
                    if (doc->date != NULL && strcmp(doc->date, until) != 0)
                        ends->made = g_strdup(doc->date);
                    zl_sort_history(v->amendments);
                }
                g_strfreev(refs);
            }
            g_free(until);
            if (from != NULL && strlen(from) == 10 && (law_start == NULL || strcmp(from, law_start) > 0)) {
                char **refs = provision_numbers(numbers);
                for (char **r = refs; *r != NULL; r++) {
                    zr_unit *v = **r != '\0' ? unit_of_provision(doc, *r) : NULL;
                    if (v == NULL)
                        continue;
                    if (strcmp(*r, v->provision) == 0) {
                        if (v->valid_from == NULL || strcmp(v->valid_from, from) < 0) {
                            g_free(v->valid_from);
                            v->valid_from = g_strdup(from);
                        }
                        continue;
                    }
                    char *note = g_strstrip(g_strdup(sentence));
                    zl_unit_add_amendment(v, from, ZL_CHANGE_ADDED, *r, note);
                    g_free(note);
                    zr_amendment *added = g_ptr_array_index(v->amendments, v->amendments->len - 1);
                    if (doc->date != NULL && strcmp(doc->date, from) != 0)
                        added->made = g_strdup(doc->date);
                    zl_sort_history(v->amendments);
                }
                g_strfreev(refs);
            }
            g_free(from);
            g_free(numbers);
            g_free(day);
            g_free(other);
            g_free(sentence);
            g_match_info_next(mi, NULL);
        }
        g_match_info_free(mi);
    }
    g_free(self);
    g_free(own);
}

/* Whether unit `u`'s text holds a chapter's heading line ("ЗУРГАДУГААР
 * БҮЛЭГ", "АРВАН НЭГДҮГЭЭР БҮЛЭГ Нэр"), of the chapter whose ordinal is
 * `ordinal` (lower case) when it is not NULL. */
static bool
opens_chapter(const zr_unit *u, const char *ordinal)
{
    if (u->text == NULL || !ix_law_text_may_hold(u->text, "бүлэг"))
        return false;
    char *words = ordinal != NULL ? g_regex_escape_string(ordinal, -1) : g_strdup("(?:\\pL+[ \\t]+)?\\pL*[0-9]?");
    char *pattern = g_strdup_printf("^[ \\t]*%s[ \\t]*бүлэг(?:[ \\t]*$|[ \\t]+\\p{Lu}\\p{Lu})", words);
    bool opens = g_regex_match_simple(pattern, u->text, G_REGEX_CASELESS | G_REGEX_MULTILINE, 0);
    g_free(pattern);
    g_free(words);
    return opens;
}

/* What a sentence of lr->others_start names with its own day: a chapter
 * by its ordinal ("зургадугаар бүлгийг") or articles by their numbers
 * ("5, 6 дугаар зүйлийг").  Its articles are in force from that day, the
 * law's others from the law's (`law_start`); an article added later keeps
 * its own day. */
static void
apply_others_start(const ix_law_reader *lr, zr_doc *doc, const char *law_start)
{
    if (law_start == NULL)
        return;
    char *named = NULL, *day = NULL, *rest = NULL;
    for (guint i = doc->units->len; rest == NULL && i-- > 0;)
        rest = others_start(lr, ((const zr_unit *)g_ptr_array_index(doc->units, i))->text, &named, &day);
    if (rest == NULL || strcmp(rest, law_start) != 0) {
        g_free(rest), g_free(named), g_free(day);
        return;
    }
    char *lower = g_utf8_strdown(named, -1);
    const char *chapter = strstr(lower, "бүлг");
    bool inside = false;
    char **numbers = NULL;
    if (chapter == NULL && strstr(lower, "зүйл") != NULL)
        numbers = provision_numbers(lower);
    char *ordinal = chapter != NULL ? g_strstrip(g_strndup(lower, (gsize)(chapter - lower))) : NULL;
    for (guint i = 0; i < doc->units->len; i++) {
        zr_unit *u = g_ptr_array_index(doc->units, i);
        bool mine = false;
        if (ordinal != NULL && *ordinal != '\0') {
            if (opens_chapter(u, ordinal))
                inside = true;
            else if (inside && opens_chapter(u, NULL))
                inside = false;
            mine = inside;
        }
        for (char **n = numbers; n != NULL && *n != NULL && !mine; n++)
            mine = **n != '\0' && g_strcmp0(u->provision, *n) == 0;
        if (mine && g_strcmp0(u->valid_from, law_start) == 0) {
            g_free(u->valid_from);
            u->valid_from = g_strdup(day);
        }
    }
    g_strfreev(numbers);
    g_free(ordinal);
    g_free(lower);
    g_free(rest), g_free(named), g_free(day);
}

void
ix_apply_law_start(const ix_law_reader *lr, const ix_law_repeals *known, zr_doc *doc)
{
    if (g_strcmp0(doc->type, "code") != 0)
        return;
    /* The day it states, past or to come; else the day it was adopted (a
     * law binds from its adoption unless it says otherwise).  Before that
     * day no article of it was law, so an in-force view of an earlier day
     * leaves it out.  An article added later keeps its own later day
     * (amendments.c). */
    char *on = ix_law_start_day(lr, known, doc, NULL);
    for (guint i = 0; on != NULL && i < doc->units->len; i++) {
        zr_unit *u = g_ptr_array_index(doc->units, i);
        if (u->valid_from == NULL || strcmp(u->valid_from, on) < 0) {
            g_free(u->valid_from);
            u->valid_from = g_strdup(on);
        }
    }
    apply_provision_starts(lr, known, doc, on);
    apply_others_start(lr, doc, on);
    g_free(on);
}

void
ix_apply_law_status(zc_context *ctx, const ix_law_reader *lr, const ix_law_repeals *known, zr_doc *doc)
{
    char *why = NULL, *on = NULL;
    bool own = false;
    if (!law_repeal(ctx, lr, known, doc, &on, &why, &own))
        return;
    if (on == NULL) {
        /* Repealed, the day unknown: every unit is, without a dated change
         * in its history.  Its last day in force is at the latest the day
         * before it is indexed (the text said then that it was repealed),
         * so that no default search shows it as law in force today; an
         * in-force filter for an earlier day still finds it, as nothing
         * says when it ceased. */
        GDateTime *now = g_date_time_new_now_utc();
        char *today = g_date_time_format(now, "%Y-%m-%d");
        g_date_time_unref(now);
        char *before = zl_day_before(today);
        for (guint i = 0; i < doc->units->len; i++) {
            zr_unit *u = g_ptr_array_index(doc->units, i);
            if (g_strcmp0(u->status, "repealed") == 0)
                continue;
            g_free(u->status);
            u->status = g_strdup("repealed");
            if (before != NULL && (u->valid_to == NULL || strcmp(before, u->valid_to) < 0)) {
                g_free(u->valid_to);
                u->valid_to = g_strdup(before);
            }
        }
        g_free(before);
        g_free(today);
        g_free(why);
        return;
    }
    if (!zl_day_passed(on, NULL)) {
        /* Repealed from a day to come: in force until then. */
        char *before = zl_day_before(on);
        for (guint i = 0; before != NULL && i < doc->units->len; i++) {
            zr_unit *u = g_ptr_array_index(doc->units, i);
            if (u->valid_to == NULL)
                u->valid_to = g_strdup(before);
        }
        g_free(before);
        g_free(why);
        g_free(on);
        return;
    }
    if (!own)
        g_ptr_array_add(doc->act_amendments, zr_amendment_new(on, "repealed", NULL, why));
    /* A temporary law whose time ran out: its units say they expired, as
     * its own note does, not that a law repealed them. */
    const zr_amendment *mine = own ? own_repeal(doc) : NULL;
    zl_change how = mine != NULL && strcmp(mine->change, "expired") == 0 ? ZL_CHANGE_EXPIRED : ZL_CHANGE_REPEALED;
    for (guint i = 0; i < doc->units->len; i++) {
        zr_unit *u = g_ptr_array_index(doc->units, i);
        if (g_strcmp0(u->status, "repealed") == 0 && u->repealed_on != NULL && strcmp(u->repealed_on, on) <= 0)
            continue;
        zl_unit_add_amendment(u, on, how, NULL, why);
        zl_sort_history(u->amendments);
        g_free(u->status);
        u->status = g_strdup("repealed");
        g_free(u->repealed_on);
        u->repealed_on = g_strdup(on);
        char *before = zl_day_before(on);
        if (u->valid_to == NULL || (before != NULL && strcmp(before, u->valid_to) < 0)) {
            g_free(u->valid_to);
            u->valid_to = before;
        } else {
            g_free(before);
        }
    }
    g_free(why);
    g_free(on);
}
