/* dates.c — the dates a text states, written the Mongolian way
 * ("2015 оны 12 дугаар сарын 03-ны өдөр", "1999 оны тавдугаар сарын 14"), as
 * ISO ("2020-03-12"), dotted or slashed with the year first ("1999.05.14",
 * "2024/10/03"), dotted with the day first ("03.10.2024", as a court's
 * letterhead may print it) or the English ways ("12 March 2020", "March 12,
 * 2020"): the first of them that is no date of birth, or all with where
 * they stand.
 *
 * Not for: dates in metadata that are already ISO (the handlers read those
 * directly), or the dates an article is in force (xml_demo.c).
 */
#include <stdlib.h>
#include <string.h>

#include "indexer/patterns.h"
#include "indexer/structure.h"

/* Dates.  Groups: year, month, day for the numeric forms; the English forms
 * name the month. */
static const char mn_date_pattern[] =
    "(?<![0-9])([0-9]{4})[ \\t]+оны?[ \\t]+([0-9]{1,2})[ \\t]*(?:дүгээр|дугаар|дүгаар|-р)?[ \\t]*"
    "сар(?:ын)?[ \\t]+([0-9]{1,2})(?![0-9])";
static const char iso_date_pattern[] = "(?<![0-9])([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9])";
/* "1999.05.14", as forms and tables write it. */
static const char dotted_date_pattern[] = "(?<![0-9.])([0-9]{4})\\.([0-9]{1,2})\\.([0-9]{1,2})(?![0-9]|\\.[0-9])";
/* "2024/10/03": a case number between slashes has letters ("2024/ШЦТ/410"). */
static const char slashed_date_pattern[] = "(?<![0-9/])([0-9]{4})/([0-9]{1,2})/([0-9]{1,2})(?![0-9]|/[0-9])";
/* "03.10.2024", the day first.  Not "03/10/2024": an American text writes
 * the month first that way, and the two cannot be told apart. */
static const char dotted_dmy_pattern[] = "(?<![0-9.])([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]{4})(?![0-9]|\\.[0-9])";
/* The month as an ordinal word: "1999 оны тавдугаар сарын 14". */
static const char mn_word_date_pattern[] =
    "(?<![0-9])([0-9]{4})[ \\t]+оны[ \\t]+(арван[ \\t]+нэг|арван[ \\t]+хоёр|нэг|хоёр|гурав|дөрөв|тав|зургаа|долоо|"
    "найм|ес|арав)[ \\t]*(?:дугаар|дүгээр)[ \\t]+сарын[ \\t]+([0-9]{1,2})(?![0-9])";
static const char en_date_pattern[] =
    "(?<![0-9])([0-9]{1,2})(?:st|nd|rd|th)?[ \\t]+(January|February|March|April|May|June|July|"
    "August|September|October|November|December)[ \\t,]+([0-9]{4})(?![0-9])";
static const char en_date_us_pattern[] =
    "(January|February|March|April|May|June|July|August|September|October|November|December)"
    "[ \\t]+([0-9]{1,2})(?:st|nd|rd|th)?,?[ \\t]+([0-9]{4})(?![0-9])";

static const char *const month_names[] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};

/* Compiles a table pattern.  The tables are constants, so a pattern that
 * fails to compile is a programming error caught by the unit tests. */
static GRegex *
compile(const char *pattern)
{
    GError *err = NULL;
    GRegex *re = g_regex_new(pattern, G_REGEX_MULTILINE | G_REGEX_NEWLINE_LF, 0, &err);
    if (re == NULL) {
        g_critical("dates.c: bad pattern %s: %s", pattern, err->message);
        g_error_free(err);
    }
    return re;
}

static int
month_number(const char *name)
{
    for (int i = 0; i < 12; i++)
        if (strcmp(name, month_names[i]) == 0)
            return i + 1;
    return 0;
}

/* 1-12 for a Mongolian month's ordinal stem ("тав", "арван хоёр"), else 0. */
static int
mn_month_word(const char *word)
{
    static const char *const words[] = {"нэг",   "хоёр", "гурав", "дөрөв", "тав",       "зургаа",
                                        "долоо", "найм", "ес",    "арав",  "арван нэг", "арван хоёр"};
    char *w = g_strdup(word);
    g_strdelimit(w, "\t", ' ');
    /* "арван  нэг": the spaces between as one. */
    char **parts = g_strsplit(w, " ", -1);
    char *joined = NULL;
    GString *j = g_string_new(NULL);
    for (char **p = parts; *p; p++)
        if (**p)
            g_string_append_printf(j, "%s%s", j->len ? " " : "", *p);
    joined = g_string_free(j, FALSE);
    int m = 0;
    for (int i = 0; i < 12 && m == 0; i++)
        if (strcmp(joined, words[i]) == 0)
            m = i + 1;
    g_strfreev(parts);
    g_free(joined);
    g_free(w);
    return m;
}

typedef enum { DATE_YMD, DATE_DMY, DATE_DMY_NAME, DATE_NAME_DY, DATE_Y_MNWORD_D } date_order;

typedef struct date_pattern {
    const char *pattern;
    date_order order;
} date_pattern;

static const date_pattern date_patterns[] = {
    {mn_date_pattern, DATE_YMD},
    {iso_date_pattern, DATE_YMD},
    {dotted_date_pattern, DATE_YMD},
    {slashed_date_pattern, DATE_YMD},
    {dotted_dmy_pattern, DATE_DMY},
    {mn_word_date_pattern, DATE_Y_MNWORD_D},
    {en_date_pattern, DATE_DMY_NAME},
    {en_date_us_pattern, DATE_NAME_DY},
};

/* Sorts by where a date starts; at one start the pattern listed first. */
static gint
by_start(gconstpointer a, gconstpointer b)
{
    const ix_date_match *x = a, *y = b;
    return x->start != y->start ? (x->start < y->start ? -1 : 1) : (x->rank < y->rank ? -1 : x->rank > y->rank);
}

GArray *
ix_find_dates(const char *text, gssize max_bytes)
{
    GArray *all = g_array_new(FALSE, TRUE, sizeof(ix_date_match));
    if (text == NULL)
        return all;
    char *scope = ix_utf8_prefix(text, max_bytes);
    for (size_t p = 0; p < G_N_ELEMENTS(date_patterns); p++) {
        GRegex *re = compile(date_patterns[p].pattern);
        if (re == NULL)
            continue;
        GMatchInfo *mi = NULL;
        g_regex_match(re, scope, 0, &mi);
        /* An impossible date ("2015 оны 13 ...") is skipped, not fatal. */
        for (; g_match_info_matches(mi); g_match_info_next(mi, NULL)) {
            ix_date_match d = {.rank = (int)p};
            g_match_info_fetch_pos(mi, 0, &d.start, &d.end);
            char *g1 = g_match_info_fetch(mi, 1), *g2 = g_match_info_fetch(mi, 2), *g3 = g_match_info_fetch(mi, 3);
            int y = 0, m = 0, day = 0;
            switch (date_patterns[p].order) {
                case DATE_YMD:
                    y = atoi(g1), m = atoi(g2), day = atoi(g3);
                    break;
                case DATE_DMY:
                    day = atoi(g1), m = atoi(g2), y = atoi(g3);
                    break;
                case DATE_DMY_NAME:
                    day = atoi(g1), m = month_number(g2), y = atoi(g3);
                    break;
                case DATE_NAME_DY:
                    m = month_number(g1), day = atoi(g2), y = atoi(g3);
                    break;
                case DATE_Y_MNWORD_D:
                    y = atoi(g1), m = mn_month_word(g2), day = atoi(g3);
                    break;
            }
            g_free(g1), g_free(g2), g_free(g3);
            if (y >= 1000 && y <= 2999 && g_date_valid_dmy((GDateDay)day, (GDateMonth)m, (GDateYear)y)) {
                g_snprintf(d.iso, sizeof d.iso, "%04d-%02d-%02d", y, m, day);
                g_array_append_val(all, d);
            }
        }
        g_match_info_free(mi);
        g_regex_unref(re);
    }
    g_free(scope);
    /* One date read two ways (the day-first pattern inside a longer
     * year-first one) is the one that starts first. */
    g_array_sort(all, by_start);
    GArray *kept = g_array_new(FALSE, TRUE, sizeof(ix_date_match));
    int reach = -1;
    for (guint i = 0; i < all->len; i++) {
        const ix_date_match *d = &g_array_index(all, ix_date_match, i);
        if (d->start >= reach) {
            g_array_append_val(kept, *d);
            reach = d->end;
        }
    }
    g_array_free(all, TRUE);
    return kept;
}

char *
ix_find_date(const char *text, gssize max_bytes)
{
    GArray *all = ix_find_dates(text, max_bytes);
    /* A date of birth is a person's: an embassy's note or a form that
     * opens with a victim's "born 14 March 2006" is not of that day. */
    char *first = NULL;
    for (guint i = 0; first == NULL && i < all->len; i++)
        if (!ix_date_is_birth(text, &g_array_index(all, ix_date_match, i)))
            first = g_strdup(g_array_index(all, ix_date_match, i).iso);
    g_array_free(all, TRUE);
    return first;
}
