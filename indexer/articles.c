/* articles.c — a statute's articles: their headings (by the styles of
 * structure-patterns.ini), the units they make, their parts and clauses,
 * and their labels with the Mongolian ordinal suffix.
 *
 * Not for: reading the patterns (patterns.c), or what an article cites
 * (finish.c).
 */
#include <stdlib.h>
#include <string.h>

#include "indexer/document.h"
#include "indexer/patterns.h"
#include "indexer/structure.h"
#include "legal/provision.h"

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
    /* The last run of digits: "13.1" -> "1", "17.10" -> "10".  An inserted
     * article is read with its superscript ("48¹ дүгээр зүйл", дөчин найм
     * нэг): in the key's form ("48^1") the superscript is that run. */
    char *key = zp_number_key(number, -1);
    const char *end = key + strlen(key);
    while (end > key && !g_ascii_isdigit(end[-1]))
        end--;
    const char *start = end;
    while (start > key && g_ascii_isdigit(start[-1]))
        start--;
    const char *suffix = "дугаар";
    if (start != end) {
        int last = end[-1] - '0';
        if (last != 0)
            suffix = units[last];
        else if (end - start >= 2 && end[-2] != '0')
            suffix = tens[end[-2] - '0'];
    }
    g_free(key);
    return suffix;
}

char *
ix_article_label(const char *number, const char *title, const char *lang)
{
    bool has_title = title != NULL && *title != '\0';
    /* A key's "48^1" shown as the statute sets it: 48¹. */
    char *shown = zp_key_display(number);
    char *label;
    if (lang != NULL && strcmp(lang, "en") == 0)
        label = has_title ? g_strdup_printf("Article %s. %s", shown, title) : g_strdup_printf("Article %s", shown);
    else if (has_title)
        label = g_strdup_printf("%s %s зүйл. %s", shown, ix_mn_ordinal_suffix(number), title);
    else
        label = g_strdup_printf("%s %s зүйл", shown, ix_mn_ordinal_suffix(number));
    g_free(shown);
    return label;
}

/* ---- Headings and units ------------------------------------------------- */

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

/* Each line on its own: one anchored attempt per line is several times
 * faster than letting PCRE try every position of a half-megabyte statute,
 * and needs no JIT. */
void
ix_match_headings(const ix_patterns *pat, const char *text, ix_heading_fn fn, void *user)
{
    const GPtrArray *styles = pat->styles;
    bool more = true;
    for (const char *line = text; more && *line;) {
        const char *eol = strchr(line, '\n');
        size_t n = eol ? (size_t)(eol - line) : strlen(line);
        bool matched = false;
        for (guint p = 0; more && !matched && p < styles->len; p++) {
            const ix_article_style *st = g_ptr_array_index(styles, p);
            GMatchInfo *mi = NULL;
            if (g_regex_match_full(st->re, line, (gssize)n, 0, G_REGEX_MATCH_ANCHORED, &mi, NULL)) {
                more = fn(mi, (int)(line - text), st, user);
                matched = true;
            }
            g_match_info_free(mi);
        }
        line = eol ? eol + 1 : line + n;
    }
}

/* "Арван зургаа" -> 16 by [number-words]; 0 when a word is unknown. */
static int
words_value(const ix_patterns *pat, const char *words)
{
    char *lower = g_utf8_strdown(words, -1);
    char **w = g_strsplit_set(lower, " \t", -1);
    int total = 0;
    bool ok = true;
    for (int i = 0; w[i] != NULL && ok; i++) {
        if (*w[i] == '\0')
            continue;
        gpointer v = NULL;
        ok = g_hash_table_lookup_extended(pat->number_words, w[i], NULL, &v);
        total += GPOINTER_TO_INT(v);
    }
    g_strfreev(w);
    g_free(lower);
    return ok ? total : 0;
}

typedef struct heading_search {
    const ix_patterns *pat;
    const char *text;
    GArray *found; /* heading */
} heading_search;

/* Whether the line before the one at `offset` of `text` ends with a comma:
 * a list going on over a printed line's end ("… 45-52,53-55," then "57дугаар
 * зүйл" in a PDF), so a bare "57 дугаар зүйл" there cites, heads nothing. */
static bool
after_a_comma(const char *text, int offset)
{
    int i = offset - 1; /* the previous line's '\n' */
    while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '\r'))
        i--;
    return i > 0 && text[i] == '\n' && text[i - 1] == ',';
}

static bool
collect_heading(GMatchInfo *mi, int line_offset, const ix_article_style *style, void *user)
{
    heading_search *hs = user;
    heading h = {0};
    h.start = line_offset;
    char *number = g_match_info_fetch(mi, 1);
    if (style->words) {
        int value = words_value(hs->pat, number);
        g_free(number);
        if (value <= 0)
            return true;
        number = g_strdup_printf("%d", value);
    } else if (strstr(number, "З") != NULL) {
        /* "З дугаар зүйл": a Cyrillic Ze typed for the digit 3. */
        char **pieces = g_strsplit(number, "З", -1);
        g_free(number);
        number = g_strjoinv("3", pieces);
        g_strfreev(pieces);
    }
    /* "48¹ дүгээр зүйл" is article 48^1, never 481 (provision.h). */
    h.number = zp_number_key(number, -1);
    g_free(number);
    h.title = ix_match_group(mi, 2);
    if (h.title != NULL) {
        /* Spaces a typist doubled or spread inside the heading are one. */
        char *folded = ix_fold_space(h.title);
        g_free(h.title);
        h.title = g_strstrip(folded);
    }
    if ((h.title == NULL || *h.title == '\0') && after_a_comma(hs->text, line_offset)) {
        heading_clear(&h);
        return true;
    }
    if (style->as_written) {
        char *line = g_strstrip(g_match_info_fetch(mi, 0));
        size_t n = strlen(line);
        while (n > 0 && line[n - 1] == '.')
            line[--n] = '\0';
        h.written = line;
    }
    h.lang = style->lang != NULL ? style->lang : "mn";
    g_array_append_val(hs->found, h);
    return true;
}

/* All article headings of `text`, in text order. */
static GArray *
find_headings(const ix_patterns *pat, const char *text)
{
    heading_search hs = {pat, text, g_array_new(FALSE, FALSE, sizeof(heading))};
    g_array_set_clear_func(hs.found, heading_clear);
    ix_match_headings(pat, text, collect_heading, &hs);
    g_array_sort(hs.found, heading_cmp);
    return hs.found;
}

static gint
compare_glong(gconstpointer a, gconstpointer b)
{
    glong x = *(const glong *)a, y = *(const glong *)b;
    return (x > y) - (x < y);
}

/* ---- Headings wrapped onto a second line -------------------------------- */

/* A PDF's text keeps its printed lines, so a long heading goes on on the
 * next line ("9 дүгээр зүйл. … Монгол Улсын Их" / "Хурлын бүрэн эрх"), and
 * its label and the English headings matched by it lost the end (the
 * domestic violence law as a PDF: 10 of its 47 headings).  A heading line
 * is taken to be wrapped when it is nearly as long as the document's long
 * lines (the lines a paragraph fills); its ending is one or two more lines
 * that start no item, chapter or note, the last of them short and without
 * a sentence's closing mark.  A text of one line a paragraph (a .txt, a
 * Word file) has long lines far beyond any heading, so nothing there is
 * wrapped. */
#define WRAP_MIN_LINES   20 /* fewer lines tell no line width */
#define WRAP_FULL_SHARE  75 /* % of the width: a line this long may be wrapped */
#define WRAP_MAX_LINES   3  /* lines a heading's ending may take */
#define WRAP_CENTRED_INSET 8 /* columns a centred heading's line sits past its first */

/* The width of the document's full lines in characters: the 90th
 * percentile of its non-blank lines, or 0 when it has too few. */
static glong
full_line_chars(const char *text)
{
    GArray *lens = g_array_new(FALSE, FALSE, sizeof(glong));
    for (const char *line = text; *line;) {
        const char *eol = strchr(line, '\n');
        size_t n = eol ? (size_t)(eol - line) : strlen(line);
        glong chars = g_utf8_strlen(line, (gssize)n);
        if (chars > 0)
            g_array_append_val(lens, chars);
        line = eol ? eol + 1 : line + n;
    }
    glong full = 0;
    if (lens->len >= WRAP_MIN_LINES) {
        g_array_sort(lens, (GCompareFunc)compare_glong);
        full = g_array_index(lens, glong, lens->len * 9 / 10);
    }
    g_array_unref(lens);
    return full;
}

/* Whether a line may go on a heading: not blank, no item's number, no
 * note, no chapter title in capitals. */
static bool
may_end_heading(const char *line, size_t n)
{
    while (n > 0 && g_ascii_isspace(*line))
        line++, n--;
    if (n == 0 || g_ascii_isdigit(*line) || *line == '/' || *line == '(')
        return false;
    /* A letter in lower case: no chapter's title in capitals, no page's
     * number or rule. */
    bool lower = false;
    for (const char *p = line; p < line + n && !lower; p = g_utf8_next_char(p))
        lower = g_unichar_islower(g_utf8_get_char(p));
    return lower;
}

/* Columns of blank before a line's text. */
static int
indent_of(const char *line, size_t n)
{
    int cols = 0;
    for (size_t i = 0; i < n && (line[i] == ' ' || line[i] == '\t'); i++)
        cols += line[i] == '\t' ? 8 : 1;
    return cols;
}

/* The line after the one ending at `eol`, before `end`: its start, and its
 * length in *n; NULL when there is none. */
static const char *
line_after(const char *text, const char *eol, size_t end, size_t *n)
{
    if (eol == NULL || (size_t)(eol + 1 - text) >= end)
        return NULL;
    const char *line = eol + 1;
    const char *next = strchr(line, '\n');
    *n = next && (size_t)(next - text) < end ? (size_t)(next - line) : end - (size_t)(line - text);
    return line;
}

static bool
is_blank(const char *line, size_t n)
{
    return indent_of(line, n) == (int)n || (n > 0 && indent_of(line, n) == (int)n - 1 && line[n - 1] == '\r');
}

/* The ending of the heading whose line starts at `start` and the next
 * heading at `end`, when the line was wrapped or centred: a new string, or
 * NULL.  Wrapped: the lines right below, the last one short.  Centred (a
 * law typed with its headings in the middle of the page, saved as text):
 * the lines indented well past the heading's, a blank line between them
 * allowed. */
/* Whether the line after the one ending at `eol` (before `end`) opens an
 * item, a note or a sentence (a capital), or there is none: what follows a
 * heading's last line. */
static bool
item_follows(const char *text, const char *eol, size_t end)
{
    size_t n = 0;
    const char *line = line_after(text, eol, end, &n);
    if (line == NULL)
        return true;
    while (n > 0 && (*line == ' ' || *line == '\t'))
        line++, n--;
    return n == 0 || g_ascii_isdigit(*line) || *line == '/' || g_unichar_isupper(g_utf8_get_char(line));
}

static char *
wrapped_ending(const char *text, int start, size_t end, glong full)
{
    const char *line = text + start;
    const char *eol = strchr(line, '\n');
    if (eol == NULL || (size_t)(eol - text) >= end)
        return NULL;
    int indent = indent_of(line, (size_t)(eol - line));
    bool wide = full > 0 && g_utf8_strlen(line, eol - line) * 100 >= full * WRAP_FULL_SHARE;
    GString *ending = g_string_new(NULL);
    bool centred = false;
    size_t n = 0;
    for (int k = 0; k < WRAP_MAX_LINES; k++) {
        line = line_after(text, eol, end, &n);
        if (line != NULL && is_blank(line, n) && !wide) {
            eol = line + n;
            line = line_after(text, eol, end, &n);
        }
        if (line == NULL || !may_end_heading(line, n)) {
            /* An item, a note or a blank line after full lines: the heading
             * ended with the line before. */
            if (wide && !centred && ending->len > 0)
                return g_string_free(ending, FALSE);
            break;
        }
        eol = line + n;
        bool inset = indent_of(line, n) >= indent + WRAP_CENTRED_INSET;
        if (k == 0)
            centred = inset && !wide;
        if (centred && !inset)
            break;
        char *piece = g_strstrip(g_strndup(line, n));
        size_t plen = strlen(piece);
        bool closed = plen > 0 && strchr(".:;,", piece[plen - 1]) != NULL;
        bool short_line = full <= 0 || g_utf8_strlen(piece, -1) * 100 < full * WRAP_FULL_SHARE;
        if (!closed)
            g_string_append_printf(ending, "%s%s", ending->len ? " " : "", piece);
        g_free(piece);
        /* A heading typed over two lines though its first is short (the
         * statute's text centred it with a blank line or a space or two,
         * "… арга зүйн" / " байгууллага"; a PDF lost the indent: "… Монгол
         * Улсын" / "хуулийн зорилт"): one short line going on in lower case
         * with no closing mark, an item, a note or a sentence's capital
         * right below it. */
        if (k == 0 && !closed && !centred && !wide && short_line &&
            g_unichar_islower(g_utf8_get_char(line + indent_of(line, n))) && item_follows(text, eol, end))
            return g_string_free(ending, FALSE);
        if (closed || (!centred && !wide))
            break;
        if (!centred && short_line)
            return g_string_free(ending, FALSE);
    }
    if (centred && ending->len > 0)
        return g_string_free(ending, FALSE);
    g_string_free(ending, TRUE);
    return NULL;
}

/* The key of an item numbered `number` in the article `provision`: laws
 * numbered "13 дугаар зүйл" number its parts "13.1.", so the part's number
 * may already hold the article's.  "6.1.1¹." is point 6.1.1^1, never 6.1.11
 * (provision.h). */
static char *
item_key(const char *provision, const char *number)
{
    char *num = zp_number_key(number, -1);
    size_t plen = strlen(provision);
    if (strncmp(num, provision, plen) == 0 && num[plen] == '.')
        return num;
    char *key = g_strconcat(provision, ".", num, NULL);
    g_free(num);
    return key;
}

/* The numbers of a key, a superscript's base for it ("6.1.1^1": 6 1 1);
 * how many, at most `max`. */
static int
key_numbers(const char *key, long *n, int max)
{
    int d = 0;
    for (const char *p = key; *p && d < max;) {
        n[d++] = strtol(p, NULL, 10);
        while (*p && *p != '.')
            p++;
        if (*p == '.')
            p++;
    }
    return d;
}

/* Whether the item `key` comes next after the item `prev` (NULL: none
 * yet) of article `provision`: the first point of `prev` (24.6.8.1), the
 * one after it (24.6.9), or the one after an item holding it (24.7, 25 of
 * a law numbered by parts). */
static bool
item_expected(const char *provision, const char *prev, const char *key)
{
    enum { MAX_DEPTH = 16 };
    long k[MAX_DEPTH], q[MAX_DEPTH], a[MAX_DEPTH];
    int base = key_numbers(provision, a, MAX_DEPTH);
    int dk = key_numbers(key, k, MAX_DEPTH);
    if (dk <= base)
        return false;
    if (prev == NULL)
        return dk == base + 1 && k[base] == 1;
    int dq = key_numbers(prev, q, MAX_DEPTH);
    int same = 0;
    while (same < dk && same < dq && k[same] == q[same])
        same++;
    if (dk == dq + 1 && same == dq && k[dq] == 1)
        return true;
    return dk <= dq && dk > base && same == dk - 1 && k[dk - 1] == q[dk - 1] + 1;
}

/* The number an unsure item ([parts] unsure) stands for after the item
 * `prev`, or NULL when it is text: the number as written when the
 * sequence expects it ("27.5 Татварын" after 27.4; "З." for 3 after 2),
 * else the longest number it begins with that the sequence expects and
 * the whole does not ("24.6.9.16 хүртэл" after 24.6.8: point 24.6.9 whose
 * words begin "16"). */
static char *
unsure_item(const char *provision, const char *prev, const char *written)
{
    bool ze = g_str_has_prefix(written, "З");
    char *num = ze ? g_strconcat("3", written + strlen("З"), NULL) : g_strdup(written);
    for (;;) {
        char *key = item_key(provision, num);
        bool expected = item_expected(provision, prev, key);
        g_free(key);
        if (expected)
            return num;
        char *dot = strrchr(num, '.');
        if (ze || dot == NULL)
            break;
        *dot = '\0';
    }
    g_free(num);
    return NULL;
}

/* Whether a number has a part made of zeros ("1.00", "15.0"): a table's
 * figure on a line of its own (a PDF's rate table), never an item. */
static bool
zero_component(const char *num)
{
    for (const char *p = num; *p;) {
        size_t n = strcspn(p, ".");
        if (n > 0 && strspn(p, "0") >= n)
            return true;
        p += n;
        if (*p == '.')
            p++;
    }
    return false;
}

void
ix_find_parts(const ix_patterns *pat, zr_unit *unit)
{
    if (unit == NULL || unit->provision == NULL || unit->text == NULL || unit->parts->len > 0)
        return;
    GRegex *re = pat->part_item;
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
        char *number = g_match_info_fetch(mi, 1);
        if (number != NULL && !zero_component(number)) {
            g_array_append_val(starts, start);
            g_ptr_array_add(numbers, number);
        } else {
            g_free(number);
        }
        g_match_info_next(mi, NULL);
    }
    g_match_info_free(mi);
    /* Numbers that are items only where the sequence expects them, each
     * judged by the item before it (the heading's line is never one). */
    if (pat->part_unsure != NULL) {
        GArray *all_starts = g_array_new(FALSE, FALSE, sizeof(int));
        GPtrArray *all = g_ptr_array_new_with_free_func(g_free);
        guint next = 0;
        const char *prev = NULL;
        g_regex_match(pat->part_unsure, unit->text, 0, &mi);
        for (bool more = true; more;) {
            int at = -1;
            char *unsure = NULL;
            while (at < 0 && g_match_info_matches(mi)) {
                int s, e;
                g_match_info_fetch_pos(mi, 0, &s, &e);
                if (s > 0)
                    at = s, unsure = g_match_info_fetch(mi, 1);
                g_match_info_next(mi, NULL);
            }
            /* The sure items before it, in order. */
            while (next < numbers->len && (at < 0 || g_array_index(starts, int, next) <= at)) {
                int s = g_array_index(starts, int, next);
                bool same = s == at;
                g_array_append_val(all_starts, s);
                g_ptr_array_add(all, g_strdup(numbers->pdata[next++]));
                char *key = item_key(unit->provision, all->pdata[all->len - 1]);
                g_free((char *)prev);
                prev = key;
                if (same)
                    g_clear_pointer(&unsure, g_free);
            }
            if (unsure != NULL) {
                char *num = unsure_item(unit->provision, prev, unsure);
                if (num != NULL && zero_component(num))
                    g_clear_pointer(&num, g_free);
                if (num != NULL) {
                    g_array_append_val(all_starts, at);
                    g_ptr_array_add(all, num);
                    g_free((char *)prev);
                    prev = item_key(unit->provision, num);
                }
                g_free(unsure);
            }
            more = at >= 0;
        }
        g_match_info_free(mi);
        g_free((char *)prev);
        g_array_unref(starts);
        g_ptr_array_unref(numbers);
        starts = all_starts;
        numbers = all;
    }
    int len = (int)strlen(unit->text);
    for (guint i = 0; i < numbers->len; i++) {
        char *num = g_ptr_array_index(numbers, i);
        bool part = strchr(num, '.') == NULL;
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
        char *key = item_key(unit->provision, num);
        ix_unit_add_part(unit, key, g_array_index(starts, int, i), end);
        g_free(key);
    }
    g_ptr_array_unref(numbers);
    g_array_unref(starts);
}

int
ix_segment_articles(const ix_patterns *pat, zr_doc *doc, const char *text, const int *page_offsets, int n_pages)
{
    if (text == NULL)
        return 0;
    GArray *found = find_headings(pat, text);
    int n = (int)found->len;
    if (n == 0) {
        g_array_unref(found);
        return 0;
    }

    const heading *first = &g_array_index(found, heading, 0);
    char *preamble = g_strstrip(g_strndup(text, (gsize)first->start));
    if (*preamble != '\0') {
        zr_unit *u = ix_doc_add_unit(doc, "section", preamble);
        u->page = page_of(page_offsets, n_pages, 0);
    } else {
        g_free(preamble);
    }

    size_t text_len = strlen(text);
    glong full = full_line_chars(text);
    for (int i = 0; i < n; i++) {
        heading *h = &g_array_index(found, heading, i);
        size_t end = i + 1 < n ? (size_t)g_array_index(found, heading, i + 1).start : text_len;
        char *ending = h->title != NULL ? wrapped_ending(text, h->start, end, full) : NULL;
        if (ending != NULL) {
            /* One space a gap, as the heading's lines were joined (a typist
             * spaced a centred heading out). */
            char *joined = g_strconcat(h->title, " ", ending, NULL);
            g_free(h->title), h->title = ix_fold_space(joined);
            g_free(joined);
            if (h->written != NULL) {
                joined = g_strconcat(h->written, " ", ending, NULL);
                g_free(h->written), h->written = ix_fold_space(joined);
                g_free(joined);
            }
            g_free(ending);
        }
        char *body = g_strstrip(g_strndup(text + h->start, end - (size_t)h->start));
        zr_unit *u = ix_doc_add_unit(doc, "article", body);
        u->provision = g_strdup(h->number);
        u->label = h->written != NULL ? g_strdup(h->written) : ix_article_label(h->number, h->title, h->lang);
        u->page = page_of(page_offsets, n_pages, h->start);
        ix_find_parts(pat, u);
    }
    g_array_unref(found);
    return n;
}

/* ---- Superscripts flattened into a last digit ---------------------------- */

/* The article number of a key of digits alone ("291"), else -1 (a dotted
 * key, one with its superscript, a lettered one). */
static long
plain_article_number(const char *key)
{
    if (key == NULL || *key == '\0' || strlen(key) > 6)
        return -1;
    for (const char *p = key; *p; p++)
        if (!g_ascii_isdigit(*p))
            return -1;
    return strtol(key, NULL, 10);
}

/* `key` ("291.1.2") with its first `old_len` bytes ("291") made `repl`
 * ("29^1"), when they are the whole key or a dot follows them; else NULL. */
static char *
rekeyed(const char *key, size_t old_len, const char *old, const char *repl)
{
    if (key == NULL || strncmp(key, old, old_len) != 0 || (key[old_len] != '\0' && key[old_len] != '.'))
        return NULL;
    return g_strconcat(repl, key + old_len, NULL);
}

static void
rekey_field(char **field, const char *old, const char *repl)
{
    char *k = rekeyed(*field, strlen(old), old, repl);
    if (k != NULL) {
        g_free(*field);
        *field = k;
    }
}

static void
rekey_history(GPtrArray *history, const char *old, const char *repl)
{
    for (guint i = 0; history != NULL && i < history->len; i++) {
        zr_amendment *a = g_ptr_array_index(history, i);
        rekey_field(&a->part, old, repl);
    }
}

void
ix_key_flattened_superscripts(zr_doc *doc)
{
    GPtrArray *articles = g_ptr_array_new();
    for (guint i = 0; i < doc->units->len; i++) {
        zr_unit *u = g_ptr_array_index(doc->units, i);
        if (u->provision != NULL && g_strcmp0(u->kind, "article") == 0)
            g_ptr_array_add(articles, u);
    }
    /* The whole number of the article before (its base when it was
     * inserted itself: 29 for 29^1) and the superscript it had. */
    long prev_base = -1;
    int prev_sup = 0;
    long prev_n = -1; /* the article before as numbered in the text */
    for (guint i = 0; i < articles->len; i++) {
        zr_unit *u = g_ptr_array_index(articles, i);
        long n = plain_article_number(u->provision);
        long was = prev_n;
        prev_n = n;
        if (n < 0) {
            prev_base = -1;
            prev_sup = 0;
            char *caret = strchr(u->provision, '^');
            if (caret != NULL && strchr(u->provision, '.') == NULL) {
                prev_base = strtol(u->provision, NULL, 10);
                prev_sup = atoi(caret + 1);
            }
            continue;
        }
        int digit = (int)(n % 10);
        long m = -1; /* the next article's number as the text gives it */
        if (i + 1 < articles->len)
            m = plain_article_number(((const zr_unit *)g_ptr_array_index(articles, i + 1))->provision);
        bool next_of_run = m == n + 1 && m / 10 == prev_base && m % 10 != 0;
        /* The next superscript of the run; the same number again (a
         * repealed 13¹ kept as a marker, then 13¹ added anew: "131", "131");
         * or a run the text starts at ² (27¹ lost: "27, 272, 273, 274"),
         * when the next is its ³. */
        bool in_run = digit == prev_sup + 1 || (digit == prev_sup && n == was) ||
                      (digit == 2 && prev_sup == 0 && next_of_run);
        bool inserted = prev_base > 0 && n >= 10 && digit != 0 && n / 10 == prev_base && n != prev_base + 1 && in_run;
        if (inserted && i + 1 < articles->len) {
            /* Out of the count: the next is lower (29¹ before 30), the
             * next of this run (132¹ before 132²) or this number again.
             * A next above it (11 before 12) leaves it a number of its
             * own. */
            inserted = m < 0 || m <= n || next_of_run;
        }
        if (!inserted) {
            prev_base = n;
            prev_sup = 0;
            continue;
        }
        char *old = g_strdup(u->provision);
        char *repl = g_strdup_printf("%ld^%d", prev_base, digit);
        for (guint k = 0; k < u->parts->len; k++) {
            zr_part *p = g_ptr_array_index(u->parts, k);
            rekey_field(&p->key, old, repl);
        }
        rekey_history(u->amendments, old, repl);
        rekey_history(doc->act_amendments, old, repl);
        /* The label as the statute sets the number: "29¹ дүгээр зүйл. …". */
        if (u->label != NULL && g_str_has_prefix(u->label, old) && !g_ascii_isdigit(u->label[strlen(old)]) &&
            u->label[strlen(old)] != '.') {
            char *shown = zp_key_display(repl);
            char *label = g_strconcat(shown, u->label + strlen(old), NULL);
            g_free(shown);
            g_free(u->label);
            u->label = label;
        }
        g_free(u->provision);
        u->provision = repl;
        g_free(old);
        prev_sup = digit;
    }
    g_ptr_array_unref(articles);
}

void
ix_mark_frames(const ix_patterns *pat, zr_doc *doc)
{
    if (pat == NULL || pat->frame_heading == NULL)
        return;
    for (guint i = 0; i < doc->units->len; i++) {
        zr_unit *u = doc->units->pdata[i];
        const char *heading = g_strcmp0(u->kind, "article") == 0 ? zr_unit_heading(u) : NULL;
        u->frame = heading != NULL && g_regex_match(pat->frame_heading, heading, 0, NULL);
    }
}
