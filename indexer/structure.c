/* structure.c — finding legal structure in normalised plain text: article
 * headings of statutes, the header and operative part of Mongolian court
 * decisions, dates, and the document type these imply.
 *
 * Every pattern lives in a table near the top of this file: a later change
 * moves them into corpus-config, so nothing below should spell a pattern
 * inline.  All patterns run on az_normalise()d text, so look-alike Latin
 * letters inside Cyrillic words are already repaired.
 *
 * Not for: reading files or XML (the format extractors), citations between
 * documents, or anything that names a person: no pattern here captures a
 * name, and none may.
 */
#include "indexer/structure.h"

#include <stdlib.h>
#include <string.h>

/* ---- Pattern tables ---------------------------------------------------- */

/* Article headings.  Group 1 is the number, group 2 the title (possibly
 * empty).  The "(?|...)" branch-reset alternatives accept "зүйл.Title",
 * "зүйл Title" (title starting with a capital) and a bare "зүйл" at line end,
 * but not "13.1 дүгээр зүйлд заасан" (an inflected cross reference) nor
 * "Article 6.5.1 of the Code" (a citation that happens to start a line). */
typedef struct article_pattern {
    const char *lang; /* which label style the unit gets */
    const char *pattern;
} article_pattern;

static const article_pattern article_patterns[] = {
    {"mn", "^[ \\t]*([0-9]+(?:\\.[0-9]+)*)[ \\t]*(?:дүгээр|дугаар|дүгаар|ДҮГЭЭР|ДУГААР)[ \\t]+"
           "(?:зүйл|ЗҮЙЛ)(?|[ \\t]*\\.[ \\t]*(.*?)|[ \\t]+(\\p{Lu}.*?)|())[ \\t]*$"},
    {"en", "^[ \\t]*(?:Article|ARTICLE)[ \\t]+([0-9]+(?:\\.[0-9]+)*)"
           "(?|[ \\t]*[.:\\x{2013}\\x{2014}-][ \\t]*(.*?)|[ \\t]+(\\p{Lu}.*?)|())[ \\t]*$"},
};

/* Decision types, most specific first: a heading line equal to `heading`
 * (compared upper-cased) gives `name`. */
typedef struct decision_type {
    const char *heading;
    const char *name;
} decision_type;

static const decision_type decision_types[] = {
    {"ШИЙТГЭХ ТОГТООЛ", "Шийтгэх тогтоол"},
    {"ЦАГААТГАХ ТОГТООЛ", "Цагаатгах тогтоол"},
    {"МАГАДЛАЛ", "Магадлал"},
    {"ТОГТООЛ", "Тогтоол"},
};

/* A Mongolian case number: 2024/ШЦТ/67. */
static const char case_number_pattern[] = "(?<![0-9])[0-9]{4}/[А-ЯӨҮЁ]{2,4}/[0-9]+";

/* Where the operative part of a decision begins. */
static const char operative_pattern[] = "ТОГТООХ[ \\t]+(?:нь|НЬ)";

/* Provisions applied, searched in the operative part.  Group 1 is the
 * article ("13.1"), group 2 (optional) its part ("2" of "2.1-д"). */
static const char *const applied_patterns[] = {
    "(?<![0-9.])([0-9]+\\.[0-9]+)\\s*(?:дүгээр|дугаар|дүгаар)\\s+зүйл"
    "(?:ийн\\s+([0-9]+)(?:\\.[0-9]+)*)?",
    "(?:ЭХ-ийн|ЭХ-ний|Эрүүгийн\\s+хуулийн)\\s+([0-9]+\\.[0-9]+)(?:\\.([0-9]+))?(?![0-9.])",
};

/* A provision cited from another law ("Эрүүгийн хэрэг хянан шийдвэрлэх
 * тухай хуулийн 36.8 дугаар зүйл") is not a Criminal Code article: a law's
 * name ending in "тухай" shortly before the number gives it away. */
static const char other_law_marker[] = "тухай хуулийн";
#define OTHER_LAW_LOOKBACK 120

/* Outcomes, in the order they are tried; `appeal` rows apply only to an
 * appeal or cassation decision, where "хүчингүй болгож" means the lower
 * judgment was quashed (in a first-instance text it is usually a measure of
 * restraint being lifted).  Keywords are lower case. */
typedef struct outcome_rule {
    int appeal;
    const char *keyword;
    const char *outcome;
} outcome_rule;

static const outcome_rule outcome_rules[] = {
    /* Stems, so that "тооцож" and "тооцсугай", "хэвээр үлдээж" and
     * "хэвээр үлдээсүгэй" all count. */
    {1, "хүчингүй болго", "quashed"},
    {1, "өөрчилж", "sentence-changed"},
    {1, "өөрчлөлт оруул", "sentence-changed"},
    {1, "хэвээр үлдээ", "upheld"},
    {0, "гэм буруутайд тооц", "conviction"},
    {0, "ял шийтгэ", "conviction"},
    {0, "цагаатга", "acquittal"},
    {0, "прокурорт буцаа", "returned"},
};

/* Court level by words in the court's name (lower case), first match wins. */
typedef struct court_level_rule {
    const char *words;
    const char *level;
} court_level_rule;

static const court_level_rule court_level_rules[] = {
    {"дээд шүүх", "supreme"},
    {"supreme court", "supreme"},
    {"давж заалдах", "appeal"},
    {"court of appeal", "appeal"},
    {"appellate", "appeal"},
    {"анхан шат", "first-instance"},
    {"district court", "first-instance"},
    {"crown court", "first-instance"},
};

/* Dates.  Groups: year, month, day for the numeric forms; the English forms
 * name the month. */
static const char mn_date_pattern[] =
    "(?<![0-9])([0-9]{4})[ \\t]+оны[ \\t]+([0-9]{1,2})[ \\t]*(?:дүгээр|дугаар|дүгаар|-р)?[ \\t]*"
    "сарын[ \\t]+([0-9]{1,2})(?![0-9])";
static const char iso_date_pattern[] = "(?<![0-9])([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9])";
static const char en_date_pattern[] =
    "(?<![0-9])([0-9]{1,2})(?:st|nd|rd|th)?[ \\t]+(January|February|March|April|May|June|July|"
    "August|September|October|November|December)[ \\t,]+([0-9]{4})(?![0-9])";
static const char en_date_us_pattern[] =
    "(January|February|March|April|May|June|July|August|September|October|November|December)"
    "[ \\t]+([0-9]{1,2})(?:st|nd|rd|th)?,?[ \\t]+([0-9]{4})(?![0-9])";

static const char *const month_names[] = {"January", "February", "March",     "April",
                                          "May",     "June",     "July",      "August",
                                          "September", "October", "November", "December"};

/* How much of a decision is its header: the court, type, number and date
 * all come before the facts. */
#define IX_HEADER_BYTES 6000

/* ---- Helpers ----------------------------------------------------------- */

/* Compiles a table pattern.  The tables are constants, so a pattern that
 * fails to compile is a programming error caught by the unit tests. */
static GRegex *compile(const char *pattern)
{
    GError *err = NULL;
    GRegex *re = g_regex_new(pattern, G_REGEX_MULTILINE | G_REGEX_NEWLINE_LF, 0, &err);
    if (re == NULL) {
        g_critical("structure.c: bad pattern %s: %s", pattern, err->message);
        g_error_free(err);
    }
    return re;
}

static char *group_or_null(GMatchInfo *mi, int n)
{
    int start = -1, end = -1;
    if (!g_match_info_fetch_pos(mi, n, &start, &end) || start < 0)
        return NULL;
    return g_match_info_fetch(mi, n);
}

/* A copy of at most `max` bytes of `text`, cut on a character boundary. */
static char *utf8_prefix(const char *text, gssize max)
{
    size_t len = strlen(text);
    if (max < 0 || (size_t)max >= len)
        return g_strdup(text);
    const char *end = g_utf8_find_prev_char(text, text + max + 1);
    if (end == NULL)
        end = text;
    return g_strndup(text, (gsize)(end - text));
}

static int page_of(const int *page_offsets, int n_pages, int offset)
{
    if (page_offsets == NULL || n_pages <= 0)
        return 0;
    int lo = 0, hi = n_pages - 1;
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (page_offsets[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo + 1;
}

/* ---- Ordinals and labels ----------------------------------------------- */

const char *ix_mn_ordinal_suffix(const char *number)
{
    /* Suffix by the vowels of the Mongolian name of the last digit
     * (нэг, хоёр, гурав, дөрөв, тав, зургаа, долоо, найм, ес) or, for a
     * round number, of its tens (арав, хорь, гуч, дөч, тавь, жар, дал, ная,
     * ер); hundreds and up (зуу, мянга, сая) all take "дугаар". */
    static const char *const units[10] = {NULL,     "дүгээр", "дугаар", "дугаар", "дүгээр",
                                          "дугаар", "дугаар", "дугаар", "дугаар", "дүгээр"};
    static const char *const tens[10] = {NULL,     "дугаар", "дугаар", "дугаар", "дүгээр",
                                         "дугаар", "дугаар", "дугаар", "дугаар", "дүгээр"};
    if (number == NULL)
        return "дугаар";
    /* The last run of digits: "13.1" -> "1", "17.10" -> "10". */
    const char *end = number + strlen(number);
    while (end > number && !g_ascii_isdigit(end[-1]))
        end--;
    const char *start = end;
    while (start > number && g_ascii_isdigit(start[-1]))
        start--;
    if (start == end)
        return "дугаар";
    int last = end[-1] - '0';
    if (last != 0)
        return units[last];
    if (end - start >= 2 && end[-2] != '0')
        return tens[end[-2] - '0'];
    return "дугаар";
}

char *ix_article_label(const char *number, const char *title, const char *lang)
{
    gboolean has_title = title != NULL && *title != '\0';
    if (lang != NULL && strcmp(lang, "en") == 0)
        return has_title ? g_strdup_printf("Article %s. %s", number, title)
                         : g_strdup_printf("Article %s", number);
    const char *suffix = ix_mn_ordinal_suffix(number);
    return has_title ? g_strdup_printf("%s %s зүйл. %s", number, suffix, title)
                     : g_strdup_printf("%s %s зүйл", number, suffix);
}

/* ---- Articles ---------------------------------------------------------- */

typedef struct heading {
    int start;        /* byte offset of the heading line */
    char *number;
    char *title;
    const char *lang;
} heading;

static void heading_clear(gpointer p)
{
    heading *h = p;
    g_free(h->number);
    g_free(h->title);
}

static int heading_cmp(gconstpointer a, gconstpointer b)
{
    const heading *x = a, *y = b;
    return (x->start > y->start) - (x->start < y->start);
}

/* Runs the line patterns on each line of `text` on its own, calling `fn`
 * with the match and the line's offset until it returns FALSE.  One
 * anchored attempt per line is several times faster than letting PCRE try
 * every position of a half-megabyte statute, and needs no JIT. */
typedef gboolean (*line_match_fn)(GMatchInfo *mi, int line_offset, size_t pattern, void *user);

static void match_lines(const char *text, line_match_fn fn, void *user)
{
    GRegex *res[G_N_ELEMENTS(article_patterns)];
    for (size_t p = 0; p < G_N_ELEMENTS(article_patterns); p++)
        res[p] = compile(article_patterns[p].pattern);
    gboolean more = TRUE;
    for (const char *line = text; more && *line;) {
        const char *eol = strchr(line, '\n');
        size_t n = eol ? (size_t)(eol - line) : strlen(line);
        for (size_t p = 0; more && p < G_N_ELEMENTS(article_patterns); p++) {
            GMatchInfo *mi = NULL;
            if (res[p] != NULL && g_regex_match_full(res[p], line, (gssize)n, 0, G_REGEX_MATCH_ANCHORED, &mi, NULL))
                more = fn(mi, (int)(line - text), p, user);
            g_match_info_free(mi);
        }
        line = eol ? eol + 1 : line + n;
    }
    for (size_t p = 0; p < G_N_ELEMENTS(article_patterns); p++)
        if (res[p] != NULL)
            g_regex_unref(res[p]);
}

static gboolean collect_heading(GMatchInfo *mi, int line_offset, size_t pattern, void *user)
{
    heading h = {0};
    h.start = line_offset;
    h.number = g_match_info_fetch(mi, 1);
    h.title = group_or_null(mi, 2);
    if (h.title != NULL)
        g_strstrip(h.title);
    h.lang = article_patterns[pattern].lang;
    g_array_append_val((GArray *)user, h);
    return TRUE;
}

/* All article headings of `text`, in text order. */
static GArray *find_headings(const char *text)
{
    GArray *found = g_array_new(FALSE, FALSE, sizeof(heading));
    g_array_set_clear_func(found, heading_clear);
    match_lines(text, collect_heading, found);
    g_array_sort(found, heading_cmp);
    return found;
}

int ix_segment_articles(zr_doc *doc, const char *text, const int *page_offsets, int n_pages)
{
    if (text == NULL)
        return 0;
    GArray *found = find_headings(text);
    int n = (int)found->len;
    if (n == 0) {
        g_array_unref(found);
        return 0;
    }

    const heading *first = &g_array_index(found, heading, 0);
    char *preamble = g_strstrip(g_strndup(text, (gsize)first->start));
    if (*preamble != '\0') {
        zr_unit *u = zr_doc_add_unit(doc, "section", preamble);
        u->page = page_of(page_offsets, n_pages, 0);
    } else {
        g_free(preamble);
    }

    size_t text_len = strlen(text);
    for (int i = 0; i < n; i++) {
        const heading *h = &g_array_index(found, heading, i);
        size_t end = i + 1 < n ? (size_t)g_array_index(found, heading, i + 1).start : text_len;
        char *body = g_strstrip(g_strndup(text + h->start, end - (size_t)h->start));
        zr_unit *u = zr_doc_add_unit(doc, "article", body);
        u->provision = g_strdup(h->number);
        u->label = ix_article_label(h->number, h->title, h->lang);
        u->page = page_of(page_offsets, n_pages, h->start);
    }
    g_array_unref(found);
    return n;
}

/* ---- Decisions --------------------------------------------------------- */

/* The decision type named by a heading line, or NULL.  `line` is trimmed. */
static const char *decision_type_of_line(const char *line)
{
    if (*line == '\0' || strlen(line) > 80)
        return NULL;
    char *upper = g_utf8_strup(line, -1);
    const char *found = NULL;
    for (size_t i = 0; i < G_N_ELEMENTS(decision_types) && found == NULL; i++) {
        size_t n = strlen(decision_types[i].heading);
        if (strncmp(upper, decision_types[i].heading, n) != 0)
            continue;
        /* Equal, or followed by something that is not a letter ("№ 67"). */
        gunichar next = g_utf8_get_char(upper + n);
        if (upper[n] == '\0' || !g_unichar_isalpha(next))
            found = decision_types[i].name;
    }
    g_free(upper);
    return found;
}

/* Finds the decision-type heading among the first lines of `text`; sets
 * *line_index to its line number when found. */
static const char *find_decision_type(char **lines, int *line_index)
{
    for (int i = 0; lines[i] != NULL && i < 120; i++) {
        char *line = g_strstrip(g_strdup(lines[i]));
        const char *type = decision_type_of_line(line);
        g_free(line);
        if (type != NULL) {
            if (line_index != NULL)
                *line_index = i;
            return type;
        }
    }
    return NULL;
}

const char *ix_court_level(const char *court)
{
    if (court == NULL)
        return NULL;
    char *lower = g_utf8_strdown(court, -1);
    const char *level = NULL;
    for (size_t i = 0; i < G_N_ELEMENTS(court_level_rules) && level == NULL; i++)
        if (strstr(lower, court_level_rules[i].words) != NULL)
            level = court_level_rules[i].level;
    g_free(lower);
    return level;
}

static char *first_match(const char *pattern, const char *text)
{
    GRegex *re = compile(pattern);
    if (re == NULL)
        return NULL;
    GMatchInfo *mi = NULL;
    char *found = NULL;
    if (g_regex_match(re, text, 0, &mi))
        found = g_match_info_fetch(mi, 0);
    g_match_info_free(mi);
    g_regex_unref(re);
    return found;
}

/* True if the provision at `offset` follows another law's name, and no
 * "Эрүүгийн хуулийн" comes between. */
static gboolean cites_other_law(const char *text, int offset)
{
    int from = MAX(0, offset - OTHER_LAW_LOOKBACK);
    char *before = g_strndup(text + from, (gsize)(offset - from));
    const char *other = g_strrstr(before, other_law_marker);
    const char *code = g_strrstr(before, "Эрүүгийн хуулийн");
    gboolean other_law = other != NULL && (code == NULL || code < other);
    g_free(before);
    return other_law;
}

static void add_applied_articles(zr_doc *doc, const char *operative)
{
    for (size_t p = 0; p < G_N_ELEMENTS(applied_patterns); p++) {
        GRegex *re = compile(applied_patterns[p]);
        if (re == NULL)
            continue;
        GMatchInfo *mi = NULL;
        g_regex_match(re, operative, 0, &mi);
        while (g_match_info_matches(mi)) {
            int start, end;
            g_match_info_fetch_pos(mi, 0, &start, &end);
            if (cites_other_law(operative, start)) {
                g_match_info_next(mi, NULL);
                continue;
            }
            char *article = g_match_info_fetch(mi, 1);
            char *part = group_or_null(mi, 2);
            zr_doc_add_article(doc, article);
            if (part != NULL && *part != '\0') {
                char *key = g_strdup_printf("%s.%s", article, part);
                zr_doc_add_article(doc, key);
                g_free(key);
            }
            g_free(article);
            g_free(part);
            g_match_info_next(mi, NULL);
        }
        g_match_info_free(mi);
        g_regex_unref(re);
    }
}

static const char *find_outcome(const char *operative, gboolean is_appeal)
{
    /* Lines wrap anywhere in a PDF ("гэм" / "буруутайд тооцсугай"): the
     * keywords are matched with every whitespace run made one space. */
    char *lower = g_utf8_strdown(operative, -1);
    char *w = lower;
    for (const char *r = lower; *r; r++) {
        if (*r == ' ' || *r == '\n' || *r == '\t' || *r == '\r') {
            if (w == lower || w[-1] != ' ')
                *w++ = ' ';
        } else {
            *w++ = *r;
        }
    }
    *w = '\0';
    const char *outcome = NULL;
    for (size_t i = 0; i < G_N_ELEMENTS(outcome_rules) && outcome == NULL; i++) {
        if (outcome_rules[i].appeal && !is_appeal)
            continue;
        if (strstr(lower, outcome_rules[i].keyword) != NULL)
            outcome = outcome_rules[i].outcome;
    }
    g_free(lower);
    return outcome;
}

static gboolean all_capitals(const char *line)
{
    int letters = 0;
    for (const char *c = line; *c; c = g_utf8_next_char(c)) {
        gunichar u = g_utf8_get_char(c);
        if (g_unichar_islower(u))
            return FALSE;
        letters += g_unichar_isalpha(u) != 0;
    }
    return letters > 0;
}

/* The court named on line `i`, if that line names one.  A heading in
 * capitals wraps ("…АНХАН ШАТНЫ" / "ШҮҮХ"): capital lines right above it
 * belong to the name, except the country line "МОНГОЛ УЛС". */
static char *court_at(char **lines, int i)
{
    char *line = g_strstrip(g_strdup(lines[i]));
    char *lower = g_utf8_strdown(line, -1);
    gboolean names_court = strstr(lower, "шүүх") != NULL && g_utf8_strlen(line, -1) <= 200;
    g_free(lower);
    if (!names_court) {
        g_free(line);
        return NULL;
    }
    if (all_capitals(line)) {
        for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
            char *above = g_strstrip(g_strdup(lines[j]));
            gboolean joins = *above != '\0' && all_capitals(above) && strcmp(above, "МОНГОЛ УЛС") != 0;
            if (joins) {
                char *joined = g_strconcat(above, " ", line, NULL);
                g_free(line);
                line = joined;
            }
            g_free(above);
            if (!joins)
                break;
        }
    }
    return line;
}

void ix_parse_decision_header(zr_doc *doc, const char *text)
{
    if (text == NULL)
        return;
    char *header = utf8_prefix(text, IX_HEADER_BYTES);
    char **lines = g_strsplit(header, "\n", -1);

    int type_line = -1;
    const char *type = find_decision_type(lines, &type_line);
    if (type != NULL && doc->decision_type == NULL)
        doc->decision_type = g_strdup(type);

    /* The court is named above the decision type; without a type heading,
     * look only at the first few lines. */
    int court_limit = type_line >= 0 ? type_line : 15;
    for (int i = 0; doc->court == NULL && lines[i] != NULL && i < court_limit; i++)
        doc->court = court_at(lines, i);
    if (doc->court_level == NULL) {
        const char *level = ix_court_level(doc->court);
        if (level == NULL && type != NULL && strcmp(type, "Магадлал") == 0)
            level = "appeal";
        doc->court_level = g_strdup(level);
    }

    if (doc->case_number == NULL)
        doc->case_number = first_match(case_number_pattern, header);

    char *date = ix_find_date(header, -1);
    if (date != NULL) {
        g_free(doc->date);
        doc->date = date;
    }

    /* The operative part: everything after "ТОГТООХ нь"; without it, the
     * whole text (a short decision may omit the formula). */
    const char *operative = text;
    GRegex *re = compile(operative_pattern);
    GMatchInfo *mi = NULL;
    if (re != NULL && g_regex_match(re, text, 0, &mi)) {
        int start, end;
        g_match_info_fetch_pos(mi, 0, &start, &end);
        operative = text + end;
    }
    g_match_info_free(mi);
    if (re != NULL)
        g_regex_unref(re);

    if (doc->outcome == NULL) {
        gboolean is_appeal = (type != NULL && strcmp(type, "Магадлал") == 0) ||
                             (doc->court_level != NULL && strcmp(doc->court_level, "first-instance") != 0);
        doc->outcome = g_strdup(find_outcome(operative, is_appeal));
    }
    add_applied_articles(doc, operative);

    g_strfreev(lines);
    g_free(header);
}

/* ---- Type -------------------------------------------------------------- */

static gboolean count_heading(GMatchInfo *mi, int line_offset, size_t pattern, void *user)
{
    int *count = user;
    return ++*count < 3;
}

const char *ix_detect_type(const char *text, const char *title)
{
    if (text == NULL)
        return "other";
    char *header = utf8_prefix(text, IX_HEADER_BYTES);
    char **lines = g_strsplit(header, "\n", -1);
    const char *type = find_decision_type(lines, NULL);
    char *number = type != NULL ? first_match(case_number_pattern, header) : NULL;
    g_strfreev(lines);
    g_free(header);
    if (number != NULL) {
        g_free(number);
        return "decision";
    }

    /* Three headings make a statute; fewer are more likely quotations. */
    int articles = 0;
    match_lines(text, count_heading, &articles);
    return articles >= 3 ? "code" : "other";
}

/* ---- Dates ------------------------------------------------------------- */

static int month_number(const char *name)
{
    for (int i = 0; i < 12; i++)
        if (strcmp(name, month_names[i]) == 0)
            return i + 1;
    return 0;
}

typedef enum { DATE_YMD, DATE_DMY_NAME, DATE_NAME_DY } date_order;

typedef struct date_pattern {
    const char *pattern;
    date_order order;
} date_pattern;

static const date_pattern date_patterns[] = {
    {mn_date_pattern, DATE_YMD},
    {iso_date_pattern, DATE_YMD},
    {en_date_pattern, DATE_DMY_NAME},
    {en_date_us_pattern, DATE_NAME_DY},
};

char *ix_find_date(const char *text, gssize max_bytes)
{
    if (text == NULL)
        return NULL;
    char *scope = utf8_prefix(text, max_bytes);
    char *best = NULL;
    int best_start = G_MAXINT;
    for (size_t p = 0; p < G_N_ELEMENTS(date_patterns); p++) {
        GRegex *re = compile(date_patterns[p].pattern);
        if (re == NULL)
            continue;
        GMatchInfo *mi = NULL;
        g_regex_match(re, scope, 0, &mi);
        /* The first valid date of this pattern; an impossible one
         * ("2015 оны 13 ...") is skipped, not fatal. */
        while (g_match_info_matches(mi)) {
            int start, end;
            g_match_info_fetch_pos(mi, 0, &start, &end);
            if (start >= best_start)
                break;
            char *g1 = g_match_info_fetch(mi, 1), *g2 = g_match_info_fetch(mi, 2),
                 *g3 = g_match_info_fetch(mi, 3);
            int y = 0, m = 0, d = 0;
            switch (date_patterns[p].order) {
            case DATE_YMD: y = atoi(g1), m = atoi(g2), d = atoi(g3); break;
            case DATE_DMY_NAME: d = atoi(g1), m = month_number(g2), y = atoi(g3); break;
            case DATE_NAME_DY: m = month_number(g1), d = atoi(g2), y = atoi(g3); break;
            }
            g_free(g1), g_free(g2), g_free(g3);
            if (y >= 1000 && y <= 2999 && g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y)) {
                g_free(best);
                best = g_strdup_printf("%04d-%02d-%02d", y, m, d);
                best_start = start;
                break;
            }
            g_match_info_next(mi, NULL);
        }
        g_match_info_free(mi);
        g_regex_unref(re);
    }
    g_free(scope);
    return best;
}
