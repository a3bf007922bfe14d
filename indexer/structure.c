/* structure.c — finding legal structure in normalised plain text: article
 * headings of statutes, the header and operative part of Mongolian court
 * decisions, dates, and the document type these imply.
 *
 * Article headings, parts and the decision fields added with the citation
 * work (judges, prosecutor, case index, sentence, the operative part, court
 * names) are read from corpus-config (structure-patterns.ini,
 * decision-patterns.ini, courts.tsv) once per process: ix_structure_init()
 * loads them in the indexer's parent before workers fork.  The remaining
 * tables near the top of this file (decision types, outcomes, dates) are
 * still compiled in.  All patterns run on az_normalise()d text, so
 * look-alike Latin letters inside Cyrillic words are already repaired.
 *
 * Not for: reading files or XML (the format extractors), citations between
 * documents, or anything that names a person: no pattern here captures a
 * name, and none may.
 */
#include "indexer/structure.h"

#include <stdlib.h>
#include <string.h>

#include "core/context.h"
#include "legal/provision.h"

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

/* Used only when corpus-config/structure-patterns.ini cannot be read. */
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
    {"ШҮҮГЧИЙН ЗАХИРАМЖ", "Шүүгчийн захирамж"},
    {"ТОГТООЛ", "Тогтоол"},
};

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

static const char *const month_names[] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};

/* How much of a decision is its header: the court, type, number and date
 * all come before the facts. */
#define IX_HEADER_BYTES 6000

/* ---- Helpers ----------------------------------------------------------- */

/* Compiles a table pattern.  The tables are constants, so a pattern that
 * fails to compile is a programming error caught by the unit tests. */
static GRegex *
compile(const char *pattern)
{
    GError *err = NULL;
    GRegex *re = g_regex_new(pattern, G_REGEX_MULTILINE | G_REGEX_NEWLINE_LF, 0, &err);
    if (re == NULL) {
        g_critical("structure.c: bad pattern %s: %s", pattern, err->message);
        g_error_free(err);
    }
    return re;
}

static char *
group_or_null(GMatchInfo *mi, int n)
{
    int start = -1, end = -1;
    if (!g_match_info_fetch_pos(mi, n, &start, &end) || start < 0)
        return NULL;
    return g_match_info_fetch(mi, n);
}

/* A copy of at most `max` bytes of `text`, cut on a character boundary. */
static char *
utf8_prefix(const char *text, gssize max)
{
    size_t len = strlen(text);
    if (max < 0 || (size_t)max >= len)
        return g_strdup(text);
    const char *end = g_utf8_find_prev_char(text, text + max + 1);
    if (end == NULL)
        end = text;
    return g_strndup(text, (gsize)(end - text));
}

static int
page_of(const int *page_offsets, int n_pages, int offset)
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

/* ---- Configuration (corpus-config), loaded once per process -------------- */

typedef struct article_style {
    char *lang;
    GRegex *re;
    gboolean words;      /* group 1 is a number in Mongolian words */
    gboolean as_written; /* the label is the heading line as written */
} article_style;

typedef struct structure_config {
    GPtrArray *styles;        /* article_style* */
    GHashTable *number_words; /* lower-case stem -> GINT_TO_POINTER(value) */
    GRegex *part_item;
    /* decisions */
    GRegex *operative, *number, *case_index, *presiding, *panel, *prosecutor, *sentence, *sentence_final;
    char **verdict;
    char **series;            /* the series codes of case numbers: "ШЦТ", ... */
    GHashTable *courts;       /* upper-cased, space-folded name or alias -> canonical */
    GHashTable *court_levels; /* canonical -> level */
    char **capitalise_after;  /* "дүүргийн эрүүгийн", ... */
} structure_config;

static GRegex *
compile_flags(const char *pattern, GRegexCompileFlags extra)
{
    if (pattern == NULL)
        return NULL;
    GError *err = NULL;
    GRegex *re = g_regex_new(pattern, G_REGEX_MULTILINE | G_REGEX_NEWLINE_LF | extra, 0, &err);
    if (re == NULL)
        g_clear_error(&err); /* a bad pattern disables its field; test_structure catches it */
    return re;
}

static void
style_free(gpointer p)
{
    article_style *st = p;
    g_free(st->lang);
    if (st->re != NULL)
        g_regex_unref(st->re);
    g_free(st);
}

/* The context ix_structure_init() was given: the configuration folder. */
static zc_context *structure_ctx;

static GKeyFile *
load_ini(const char *name)
{
    const char *dir = structure_ctx != NULL ? zc_context_dir(structure_ctx) : NULL;
    if (dir == NULL)
        return NULL;
    char *path = g_build_filename(dir, name, NULL);
    GKeyFile *kf = g_key_file_new();
    if (!g_key_file_load_from_file(kf, path, G_KEY_FILE_NONE, NULL)) {
        g_key_file_free(kf);
        kf = NULL;
    }
    g_free(path);
    return kf;
}

/* Upper case with whitespace runs folded to one space: the court key. */
static char *
court_key(const char *name)
{
    char *up = g_utf8_strup(name, -1);
    GString *out = g_string_new(NULL);
    for (const char *c = up; *c; c++) {
        if (g_ascii_isspace(*c)) {
            if (out->len > 0 && out->str[out->len - 1] != ' ')
                g_string_append_c(out, ' ');
        } else {
            g_string_append_c(out, *c);
        }
    }
    g_free(up);
    return g_strstrip(g_string_free(out, FALSE));
}

/* One row of courts.tsv: canonical name, level, ';'-separated aliases. */
static void
add_court(char **f, void *user)
{
    structure_config *c = user;
    if (f[0] == NULL || *f[0] == '\0')
        return;
    char *canonical = g_strstrip(g_strdup(f[0]));
    g_hash_table_replace(c->courts, court_key(canonical), g_strdup(canonical));
    if (f[1] != NULL && *f[1] != '\0')
        g_hash_table_replace(c->court_levels, g_strdup(canonical), g_strstrip(g_strdup(f[1])));
    char **aliases = f[1] != NULL && f[2] != NULL ? g_strsplit(f[2], ";", -1) : NULL;
    for (int k = 0; aliases != NULL && aliases[k] != NULL; k++)
        if (*g_strstrip(aliases[k]) != '\0')
            g_hash_table_replace(c->courts, court_key(aliases[k]), g_strdup(canonical));
    g_strfreev(aliases);
    g_free(canonical);
}

static void
load_courts(structure_config *c)
{
    c->courts = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    c->court_levels = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    if (structure_ctx != NULL)
        zc_context_rows(structure_ctx, "courts.tsv", 3, add_court, c);
}

/* A decision pattern with @NAME@ expanded. */
static GRegex *
decision_pattern(GKeyFile *kf, const char *key, const char *name)
{
    char *pattern = kf != NULL ? g_key_file_get_value(kf, "decision", key, NULL) : NULL;
    if (pattern == NULL)
        return NULL;
    char **pieces = g_strsplit(pattern, "@NAME@", -1);
    char *expanded = g_strjoinv(name != NULL ? name : "", pieces);
    g_strfreev(pieces);
    GRegex *re = compile_flags(expanded, 0);
    g_free(expanded);
    g_free(pattern);
    return re;
}

static structure_config *
load_config(void)
{
    structure_config *c = g_new0(structure_config, 1);
    c->styles = g_ptr_array_new_with_free_func(style_free);
    c->number_words = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);

    GKeyFile *kf = load_ini("structure-patterns.ini");
    gchar **groups = kf != NULL ? g_key_file_get_groups(kf, NULL) : NULL;
    for (int i = 0; groups != NULL && groups[i] != NULL; i++) {
        if (!g_str_has_prefix(groups[i], "style:"))
            continue;
        char *heading = g_key_file_get_value(kf, groups[i], "heading", NULL);
        article_style *st = g_new0(article_style, 1);
        st->re = compile_flags(heading, 0);
        g_free(heading);
        st->lang = g_key_file_get_value(kf, groups[i], "lang", NULL);
        char *numbers = g_key_file_get_value(kf, groups[i], "numbers", NULL);
        char *label = g_key_file_get_value(kf, groups[i], "label", NULL);
        st->words = g_strcmp0(numbers, "words") == 0;
        st->as_written = g_strcmp0(label, "as-written") == 0;
        g_free(numbers), g_free(label);
        if (st->re != NULL)
            g_ptr_array_add(c->styles, st);
        else
            style_free(st);
    }
    g_strfreev(groups);
    if (c->styles->len == 0) {
        for (size_t p = 0; p < G_N_ELEMENTS(article_patterns); p++) {
            article_style *st = g_new0(article_style, 1);
            st->re = compile_flags(article_patterns[p].pattern, 0);
            st->lang = g_strdup(article_patterns[p].lang);
            g_ptr_array_add(c->styles, st);
        }
    }
    gchar **keys = kf != NULL ? g_key_file_get_keys(kf, "number-words", NULL, NULL) : NULL;
    for (int i = 0; keys != NULL && keys[i] != NULL; i++)
        g_hash_table_replace(c->number_words, g_utf8_strdown(keys[i], -1),
                             GINT_TO_POINTER(g_key_file_get_integer(kf, "number-words", keys[i], NULL)));
    g_strfreev(keys);
    char *item = kf != NULL ? g_key_file_get_value(kf, "parts", "item", NULL) : NULL;
    c->part_item = compile_flags(item != NULL ? item : "^[ \\t]*([0-9]+(?:\\.[0-9]+)*)\\.(?![0-9])", 0);
    g_free(item);
    if (kf != NULL)
        g_key_file_free(kf);

    kf = load_ini("decision-patterns.ini");
    char *name = kf != NULL ? g_key_file_get_value(kf, "decision", "name", NULL) : NULL;
    c->operative = decision_pattern(kf, "operative", name);
    if (c->operative == NULL)
        c->operative = compile_flags("ТОГТООХ[ \\t]+(?:нь|НЬ)", 0);
    c->number = decision_pattern(kf, "number", name);
    if (c->number == NULL)
        c->number = compile_flags("(?<![0-9])[0-9]{4}/[А-ЯӨҮЁ]{2,5}/[0-9]+", 0);
    c->case_index = decision_pattern(kf, "case-index", name);
    c->presiding = decision_pattern(kf, "presiding-judge", name);
    c->panel = decision_pattern(kf, "panel", name);
    c->prosecutor = decision_pattern(kf, "prosecutor", name);
    c->sentence = decision_pattern(kf, "sentence", name);
    c->sentence_final = decision_pattern(kf, "sentence-final", name);
    char *verdict = kf != NULL ? g_key_file_get_value(kf, "decision", "verdict", NULL) : NULL;
    c->verdict = g_strsplit(verdict != NULL ? verdict : "гэм буруутайд тооц", ";", -1);
    g_free(verdict);
    char *series = kf != NULL ? g_key_file_get_value(kf, "decision", "series", NULL) : NULL;
    c->series = g_strsplit(series != NULL ? series : "", ";", -1);
    g_free(series);
    char *cap = kf != NULL ? g_key_file_get_value(kf, "court", "capitalise-after", NULL) : NULL;
    c->capitalise_after = g_strsplit(cap != NULL ? cap : "", ";", -1);
    g_free(cap);
    g_free(name);
    if (kf != NULL)
        g_key_file_free(kf);
    load_courts(c);
    return c;
}

/* The process's configuration: immutable once loaded, so workers forked
 * after ix_structure_init() share it without reparsing. */
static const structure_config *
config(void)
{
    static gsize once = 0;
    static structure_config *loaded = NULL;
    if (g_once_init_enter(&once)) {
        loaded = load_config();
        g_once_init_leave(&once, 1);
    }
    return loaded;
}

void
ix_structure_init(zc_context *ctx)
{
    structure_ctx = ctx;
    (void)config();
}

/* ---- Ordinals and labels ----------------------------------------------- */

const char *
ix_mn_ordinal_suffix(const char *number)
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

char *
ix_article_label(const char *number, const char *title, const char *lang)
{
    gboolean has_title = title != NULL && *title != '\0';
    if (lang != NULL && strcmp(lang, "en") == 0)
        return has_title ? g_strdup_printf("Article %s. %s", number, title) : g_strdup_printf("Article %s", number);
    const char *suffix = ix_mn_ordinal_suffix(number);
    return has_title ? g_strdup_printf("%s %s зүйл. %s", number, suffix, title)
                     : g_strdup_printf("%s %s зүйл", number, suffix);
}

/* ---- Articles ---------------------------------------------------------- */

typedef struct heading {
    int start; /* byte offset of the heading line */
    char *number;
    char *title;
    char *written; /* the heading line, for styles labelled as written */
    const char *lang;
} heading;

static void
heading_clear(gpointer p)
{
    heading *h = p;
    g_free(h->number);
    g_free(h->title);
    g_free(h->written);
}

static int
heading_cmp(gconstpointer a, gconstpointer b)
{
    const heading *x = a, *y = b;
    return (x->start > y->start) - (x->start < y->start);
}

/* Runs the article styles on each line of `text` on its own, calling `fn`
 * with the match and the line's offset until it returns FALSE.  One
 * anchored attempt per line is several times faster than letting PCRE try
 * every position of a half-megabyte statute, and needs no JIT.  The first
 * style that matches a line wins. */
typedef gboolean (*line_match_fn)(GMatchInfo *mi, int line_offset, const article_style *style, void *user);

static void
match_lines(const char *text, line_match_fn fn, void *user)
{
    const GPtrArray *styles = config()->styles;
    gboolean more = TRUE;
    for (const char *line = text; more && *line;) {
        const char *eol = strchr(line, '\n');
        size_t n = eol ? (size_t)(eol - line) : strlen(line);
        gboolean matched = FALSE;
        for (guint p = 0; more && !matched && p < styles->len; p++) {
            const article_style *st = g_ptr_array_index(styles, p);
            GMatchInfo *mi = NULL;
            if (g_regex_match_full(st->re, line, (gssize)n, 0, G_REGEX_MATCH_ANCHORED, &mi, NULL)) {
                more = fn(mi, (int)(line - text), st, user);
                matched = TRUE;
            }
            g_match_info_free(mi);
        }
        line = eol ? eol + 1 : line + n;
    }
}

/* "Арван зургаа" -> 16 by [number-words]; 0 when a word is unknown. */
static int
words_value(const char *words)
{
    char *lower = g_utf8_strdown(words, -1);
    char **w = g_strsplit_set(lower, " \t", -1);
    int total = 0;
    gboolean ok = TRUE;
    for (int i = 0; w[i] != NULL && ok; i++) {
        if (*w[i] == '\0')
            continue;
        gpointer v = NULL;
        ok = g_hash_table_lookup_extended(config()->number_words, w[i], NULL, &v);
        total += GPOINTER_TO_INT(v);
    }
    g_strfreev(w);
    g_free(lower);
    return ok ? total : 0;
}

static gboolean
collect_heading(GMatchInfo *mi, int line_offset, const article_style *style, void *user)
{
    heading h = {0};
    h.start = line_offset;
    char *number = g_match_info_fetch(mi, 1);
    if (style->words) {
        int value = words_value(number);
        g_free(number);
        if (value <= 0)
            return TRUE;
        number = g_strdup_printf("%d", value);
    }
    h.number = number;
    h.title = group_or_null(mi, 2);
    if (h.title != NULL)
        g_strstrip(h.title);
    if (style->as_written) {
        char *line = g_strstrip(g_match_info_fetch(mi, 0));
        size_t n = strlen(line);
        while (n > 0 && line[n - 1] == '.')
            line[--n] = '\0';
        h.written = line;
    }
    h.lang = style->lang != NULL ? style->lang : "mn";
    g_array_append_val((GArray *)user, h);
    return TRUE;
}

/* All article headings of `text`, in text order. */
static GArray *
find_headings(const char *text)
{
    GArray *found = g_array_new(FALSE, FALSE, sizeof(heading));
    g_array_set_clear_func(found, heading_clear);
    match_lines(text, collect_heading, found);
    g_array_sort(found, heading_cmp);
    return found;
}

void
ix_find_parts(zr_unit *unit)
{
    if (unit == NULL || unit->provision == NULL || unit->text == NULL || unit->parts->len > 0)
        return;
    GRegex *re = config()->part_item;
    if (re == NULL)
        return;
    /* Items in order; each part runs to the next part, each clause to the
     * next item of any depth. */
    GArray *starts = g_array_new(FALSE, FALSE, sizeof(int));
    GPtrArray *numbers = g_ptr_array_new_with_free_func(g_free);
    GMatchInfo *mi = NULL;
    g_regex_match(re, unit->text, 0, &mi);
    while (g_match_info_matches(mi)) {
        int start, end;
        g_match_info_fetch_pos(mi, 0, &start, &end);
        g_array_append_val(starts, start);
        g_ptr_array_add(numbers, g_match_info_fetch(mi, 1));
        g_match_info_next(mi, NULL);
    }
    g_match_info_free(mi);
    int len = (int)strlen(unit->text);
    for (guint i = 0; i < numbers->len; i++) {
        const char *num = g_ptr_array_index(numbers, i);
        gboolean part = strchr(num, '.') == NULL;
        int end = len;
        for (guint k = i + 1; k < numbers->len; k++) {
            if (!part || strchr(g_ptr_array_index(numbers, k), '.') == NULL) {
                end = g_array_index(starts, int, k);
                break;
            }
        }
        /* Trailing blank lines belong to no part. */
        while (end > g_array_index(starts, int, i) && g_ascii_isspace(unit->text[end - 1]))
            end--;
        /* Laws numbered "13 дугаар зүйл" number its parts "13.1.": the
         * part's number already holds the article's. */
        size_t plen = strlen(unit->provision);
        char *key = strncmp(num, unit->provision, plen) == 0 && num[plen] == '.'
                        ? g_strdup(num)
                        : g_strconcat(unit->provision, ".", num, NULL);
        zr_unit_add_part(unit, key, g_array_index(starts, int, i), end);
        g_free(key);
    }
    g_ptr_array_unref(numbers);
    g_array_unref(starts);
}

int
ix_segment_articles(zr_doc *doc, const char *text, const int *page_offsets, int n_pages)
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
        u->label = h->written != NULL ? g_strdup(h->written) : ix_article_label(h->number, h->title, h->lang);
        u->page = page_of(page_offsets, n_pages, h->start);
        ix_find_parts(u);
    }
    g_array_unref(found);
    return n;
}

/* ---- Decisions --------------------------------------------------------- */

/* The decision type named by a heading line, or NULL.  `line` is trimmed. */
static const char *
decision_type_of_line(const char *line)
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
static const char *
find_decision_type(char **lines, int *line_index)
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

const char *
ix_court_level(const char *court)
{
    if (court == NULL)
        return NULL;
    const char *listed = g_hash_table_lookup(config()->court_levels, court);
    if (listed != NULL) {
        /* One of a fixed set, so a static string can be returned. */
        static const char *const levels[] = {"first-instance", "appeal", "supreme", NULL};
        for (int i = 0; levels[i] != NULL; i++)
            if (strcmp(listed, levels[i]) == 0)
                return levels[i];
    }
    char *lower = g_utf8_strdown(court, -1);
    const char *level = NULL;
    for (size_t i = 0; i < G_N_ELEMENTS(court_level_rules) && level == NULL; i++)
        if (strstr(lower, court_level_rules[i].words) != NULL)
            level = court_level_rules[i].level;
    g_free(lower);
    return level;
}

/* Group `group` of the first match of `re` in `text`, or NULL. */
static char *
first_match(const GRegex *re, const char *text, int group)
{
    if (re == NULL)
        return NULL;
    GMatchInfo *mi = NULL;
    char *found = NULL;
    if (g_regex_match(re, text, 0, &mi))
        found = group_or_null(mi, group);
    g_match_info_free(mi);
    return found;
}

static gboolean all_capitals(const char *line);

/* Text with every whitespace run made one space (lines wrap anywhere in a
 * PDF: "гэм" / "буруутайд тооцсугай"). */
static char *
fold_space(const char *text)
{
    GString *out = g_string_sized_new(strlen(text));
    for (const char *r = text; *r; r++) {
        if (*r == ' ' || *r == '\n' || *r == '\t' || *r == '\r') {
            if (out->len > 0 && out->str[out->len - 1] != ' ')
                g_string_append_c(out, ' ');
        } else {
            g_string_append_c(out, *r);
        }
    }
    return g_string_free(out, FALSE);
}

/* The operative part's numbered paragraphs ("1. …", "2. …"); text before
 * the first number is a paragraph too. */
static GPtrArray *
operative_paragraphs(const char *operative)
{
    GPtrArray *paras = g_ptr_array_new_with_free_func(g_free);
    GRegex *item = g_regex_new("^[ \\t]*[0-9]+\\.[ \\t]", G_REGEX_MULTILINE, 0, NULL);
    GMatchInfo *mi = NULL;
    int from = 0;
    g_regex_match(item, operative, 0, &mi);
    while (g_match_info_matches(mi)) {
        int start, end;
        g_match_info_fetch_pos(mi, 0, &start, &end);
        if (start > from)
            g_ptr_array_add(paras, g_strndup(operative + from, (gsize)(start - from)));
        from = start;
        g_match_info_next(mi, NULL);
    }
    g_match_info_free(mi);
    g_regex_unref(item);
    g_ptr_array_add(paras, g_strdup(operative + from));
    return paras;
}

/* Criminal Code provisions cited in `text`, most specific keys, into
 * doc->articles.  Other laws' provisions and decision numbers are not
 * articles applied. */
static void
add_code_refs(zr_doc *doc, const char *text)
{
    GPtrArray *refs = zp_find_refs(text);
    for (guint i = 0; i < refs->len; i++) {
        const zp_ref *r = g_ptr_array_index(refs, i);
        if (r->kind == ZP_REF_PROVISION && r->law == NULL)
            zr_doc_add_article(doc, r->key);
    }
    g_ptr_array_unref(refs);
}

/* The articles a decision applies: those cited in the paragraphs of its
 * operative part that decide guilt ("гэм буруутайд тооцсугай") or
 * innocence; without such a paragraph (an appeal, an order returning the
 * case), every Criminal Code provision its operative part cites. */
static void
add_applied_articles(zr_doc *doc, const char *operative)
{
    GPtrArray *paras = operative_paragraphs(operative);
    gboolean any = FALSE;
    for (guint i = 0; i < paras->len; i++) {
        char *folded = fold_space(g_ptr_array_index(paras, i));
        char *lower = g_utf8_strdown(folded, -1);
        gboolean verdict = FALSE;
        for (char **v = config()->verdict; *v != NULL && !verdict; v++)
            verdict = **v != '\0' && strstr(lower, *v) != NULL;
        if (verdict) {
            add_code_refs(doc, folded);
            any = TRUE;
        }
        g_free(lower);
        g_free(folded);
    }
    g_ptr_array_unref(paras);
    if (!any) {
        char *folded = fold_space(operative);
        add_code_refs(doc, folded);
        g_free(folded);
    }
}

/* Judges: the presiding judge, then the panel's others, each once. */
static void
find_judges(zr_doc *doc, const char *header)
{
    const structure_config *c = config();
    char *presiding = first_match(c->presiding, header, 1);
    if (presiding != NULL)
        zr_strv_add_unique(doc->judges, presiding);
    g_free(presiding);
    char *panel = first_match(c->panel, header, 1);
    if (panel != NULL) {
        char **names = g_strsplit(panel, ",", -1);
        for (int i = 0; names[i] != NULL; i++)
            zr_strv_add_unique(doc->judges, g_strstrip(names[i]));
        g_strfreev(names);
    }
    g_free(panel);
}

/* "3 (гурван) жил 6 (зургаа) сар хорих" -> "3 жил 6 сар хорих". */
static char *
sentence_of(GMatchInfo *mi)
{
    char *years = group_or_null(mi, 1), *months = group_or_null(mi, 2);
    char *out = months != NULL && *months ? g_strdup_printf("%s жил %s сар хорих", years, months)
                                          : g_strdup_printf("%s жил хорих", years);
    g_free(years), g_free(months);
    return out;
}

/* The sentence as the operative part states it: a sentence fixed by adding
 * up several, else each one in order ("9 жил хорих; 7 жил хорих"). */
static char *
find_sentence(const char *operative)
{
    const structure_config *c = config();
    if (c->sentence == NULL)
        return NULL;
    char *folded = fold_space(operative);
    char *final = first_match(c->sentence_final, folded, 1);
    GMatchInfo *mi = NULL;
    char *result = NULL;
    if (final != NULL && g_regex_match(c->sentence, final, 0, &mi))
        result = sentence_of(mi);
    g_match_info_free(mi);
    g_free(final);
    if (result == NULL) {
        GPtrArray *all = g_ptr_array_new_with_free_func(g_free);
        mi = NULL;
        g_regex_match(c->sentence, folded, 0, &mi);
        while (g_match_info_matches(mi)) {
            char *one = sentence_of(mi);
            zr_strv_add_unique(all, one);
            g_free(one);
            g_match_info_next(mi, NULL);
        }
        g_match_info_free(mi);
        if (all->len > 0) {
            g_ptr_array_add(all, NULL);
            result = g_strjoinv("; ", (char **)all->pdata);
        }
        g_ptr_array_unref(all);
    }
    g_free(folded);
    return result;
}

char *
ix_normalise_court(const char *name)
{
    if (name == NULL)
        return NULL;
    const structure_config *c = config();
    char *key = court_key(name);
    const char *listed = g_hash_table_lookup(c->courts, key);
    g_free(key);
    if (listed != NULL)
        return g_strdup(listed);
    char *trimmed = fold_space(name);
    g_strstrip(trimmed);
    if (!all_capitals(trimmed))
        return trimmed;
    /* Printed in capitals and not listed: lower-case it, capitalise its
     * first letter and the words the configured pairs name. */
    char *lower = g_utf8_strdown(trimmed, -1);
    g_free(trimmed);
    char **words = g_strsplit(lower, " ", -1);
    g_free(lower);
    for (int i = 0; words[i] != NULL; i++) {
        gboolean cap = i == 0;
        for (char **pair = c->capitalise_after; !cap && i > 0 && *pair != NULL; pair++) {
            char **two = g_strsplit(g_strstrip(*pair), " ", 2);
            cap =
                two[0] != NULL && two[1] != NULL && strcmp(words[i - 1], two[0]) == 0 && strcmp(words[i], two[1]) == 0;
            g_strfreev(two);
        }
        if (cap) {
            gunichar first = g_unichar_toupper(g_utf8_get_char(words[i]));
            char buf[8];
            int n = g_unichar_to_utf8(first, buf);
            char *rest = g_utf8_next_char(words[i]);
            char *capped = g_strdup_printf("%.*s%s", n, buf, rest);
            g_free(words[i]);
            words[i] = capped;
        }
    }
    char *out = g_strjoinv(" ", words);
    g_strfreev(words);
    return out;
}

static const char *
find_outcome(const char *operative, gboolean is_appeal)
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

static gboolean
all_capitals(const char *line)
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
static char *
court_at(char **lines, int i)
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

/* Edit distance between two short words, counted in characters; 99 when
 * either is longer than a series code could be. */
static int
short_distance(const char *a, const char *b)
{
    enum { MAX = 12 };
    gunichar ua[MAX], ub[MAX];
    int na = 0, nb = 0;
    for (const char *p = a; *p != '\0'; p = g_utf8_next_char(p))
        if (na == MAX || (ua[na++] = g_utf8_get_char(p)) == 0)
            return 99;
    for (const char *p = b; *p != '\0'; p = g_utf8_next_char(p))
        if (nb == MAX || (ub[nb++] = g_utf8_get_char(p)) == 0)
            return 99;
    int row[MAX + 1];
    for (int j = 0; j <= nb; j++)
        row[j] = j;
    for (int i = 1; i <= na; i++) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= nb; j++) {
            int above = row[j];
            int best = diagonal + (ua[i - 1] != ub[j - 1]);
            best = MIN(best, above + 1);
            best = MIN(best, row[j - 1] + 1);
            row[j] = best;
            diagonal = above;
        }
    }
    return row[nb];
}

/* A case number whose series is none that courts use ("2023/ШГЦТ/77", as
 * OCR reads 2023/ШЦТ/77) takes the one known series a character away, and
 * says so in a warning; with no such series, or several, it stays as read. */
static void
snap_series(zr_doc *doc, char *const *series)
{
    if (doc->case_number == NULL || series == NULL || series[0] == NULL || series[0][0] == '\0')
        return;
    char **parts = g_strsplit(doc->case_number, "/", 3);
    if (g_strv_length(parts) == 3 && !g_strv_contains((const char *const *)series, parts[1])) {
        const char *near = NULL;
        int n_near = 0;
        for (char *const *s = series; *s != NULL; s++)
            if (**s != '\0' && short_distance(parts[1], *s) == 1) {
                near = *s;
                n_near++;
            }
        if (n_near == 1) {
            char *snapped = g_strdup_printf("%s/%s/%s", parts[0], near, parts[2]);
            g_ptr_array_add(doc->warnings, g_strdup_printf("case number %s read as %s (unknown series %s)",
                                                           doc->case_number, snapped, parts[1]));
            g_free(doc->case_number);
            doc->case_number = snapped;
        }
    }
    g_strfreev(parts);
}

void
ix_parse_decision_header(zr_doc *doc, const char *text)
{
    if (text == NULL)
        return;
    const structure_config *c = config();
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
    if (doc->court != NULL) {
        char *canonical = ix_normalise_court(doc->court);
        g_free(doc->court);
        doc->court = canonical;
    }
    if (doc->court_level == NULL) {
        const char *level = ix_court_level(doc->court);
        if (level == NULL && type != NULL && strcmp(type, "Магадлал") == 0)
            level = "appeal";
        doc->court_level = g_strdup(level);
    }

    if (doc->case_number == NULL) {
        doc->case_number = first_match(c->number, header, 0);
        snap_series(doc, c->series);
    }
    if (doc->case_index == NULL)
        doc->case_index = first_match(c->case_index, header, 1);
    if (doc->prosecutor == NULL)
        doc->prosecutor = first_match(c->prosecutor, header, 1);
    if (doc->judges->len == 0)
        find_judges(doc, header);

    char *date = ix_find_date(header, -1);
    if (date != NULL) {
        g_free(doc->date);
        doc->date = date;
    }

    /* The operative part: everything after "ТОГТООХ нь" (or "ЗАХИРАМЖЛАХ
     * нь"); without it, the whole text (a short decision may omit the
     * formula). */
    const char *operative = text;
    GMatchInfo *mi = NULL;
    if (c->operative != NULL && g_regex_match(c->operative, text, 0, &mi)) {
        int start, end;
        g_match_info_fetch_pos(mi, 0, &start, &end);
        operative = text + end;
    }
    g_match_info_free(mi);

    if (doc->outcome == NULL) {
        gboolean is_appeal = (type != NULL && strcmp(type, "Магадлал") == 0) ||
                             (doc->court_level != NULL && strcmp(doc->court_level, "first-instance") != 0);
        doc->outcome = g_strdup(find_outcome(operative, is_appeal));
    }
    if (doc->sentence == NULL)
        doc->sentence = find_sentence(operative);
    if (doc->articles->len == 0)
        add_applied_articles(doc, operative);

    g_strfreev(lines);
    g_free(header);
}

/* ---- Statute titles ----------------------------------------------------- */

static gboolean
is_upper_line(const char *line)
{
    int letters = 0;
    for (const char *c = line; *c; c = g_utf8_next_char(c)) {
        gunichar u = g_utf8_get_char(c);
        if (g_unichar_islower(u))
            return FALSE;
        if (g_unichar_isalpha(u))
            letters++;
    }
    return letters >= 2;
}

/* A Mongolian statute opens with "МОНГОЛ УЛСЫН ХУУЛЬ", a date line and a
 * place line before the law's own name in capitals.  The name is kept as
 * written: sentence-casing it would wrongly lower-case "Монгол Улс". */
char *
ix_statute_title(char **lines)
{
    int first = 0;
    while (lines[first] != NULL && *g_strstrip(lines[first]) == '\0')
        first++;
    if (lines[first] == NULL || strcmp(lines[first], "МОНГОЛ УЛСЫН ХУУЛЬ") != 0)
        return NULL;
    for (int i = first + 1; lines[i] != NULL && i < first + 10; i++) {
        char *line = g_strstrip(lines[i]);
        if (*line == '\0')
            continue;
        char *date = ix_find_date(line, -1);
        gboolean dated = date != NULL;
        g_free(date);
        if (dated || g_str_has_suffix(line, " хот") || !is_upper_line(line))
            continue;
        return g_strdup(line);
    }
    return NULL;
}

/* ---- Type -------------------------------------------------------------- */

static gboolean
count_heading(GMatchInfo *mi, int line_offset, const article_style *style, void *user)
{
    int *count = user;
    return ++*count < 3;
}

const char *
ix_detect_type(const char *text, const char *title)
{
    if (text == NULL)
        return "other";
    char *header = utf8_prefix(text, IX_HEADER_BYTES);
    char **lines = g_strsplit(header, "\n", -1);
    const char *type = find_decision_type(lines, NULL);
    char *number = type != NULL ? first_match(config()->number, header, 0) : NULL;
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

static int
month_number(const char *name)
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

char *
ix_find_date(const char *text, gssize max_bytes)
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
            char *g1 = g_match_info_fetch(mi, 1), *g2 = g_match_info_fetch(mi, 2), *g3 = g_match_info_fetch(mi, 3);
            int y = 0, m = 0, d = 0;
            switch (date_patterns[p].order) {
                case DATE_YMD:
                    y = atoi(g1), m = atoi(g2), d = atoi(g3);
                    break;
                case DATE_DMY_NAME:
                    d = atoi(g1), m = month_number(g2), y = atoi(g3);
                    break;
                case DATE_NAME_DY:
                    m = month_number(g1), d = atoi(g2), y = atoi(g3);
                    break;
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
