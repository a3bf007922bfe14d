/* decision.c — a Mongolian court decision's header and operative part:
 * its type, number, case index, court and level, date, judges and
 * prosecutor, and from the operative part the outcome, the sentence and
 * the Criminal Code provisions applied.
 *
 * The patterns of the fields come from decision-patterns.ini (patterns.c);
 * the decision types and outcomes below are still compiled in.  No pattern
 * here captures the name of a defendant, victim or witness, and none may.
 *
 * Not for: court names and levels (courts.c), or what a decision cites
 * (finish.c).
 */
#include <stdio.h>
#include <string.h>

#include "indexer/document.h"
#include "indexer/patterns.h"
#include "indexer/structure.h"
#include "legal/provision.h"

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

/* Equal to `heading` at `at`, or followed by something that is not a
 * letter ("№ 67"). */
static bool
heading_at(const char *at, const char *heading)
{
    size_t n = strlen(heading);
    return strncmp(at, heading, n) == 0 && (at[n] == '\0' || !g_unichar_isalpha(g_utf8_get_char(at + n)));
}

/* The decision type named by a heading line, or NULL.  `line` is trimmed.
 * The type alone ("ШИЙТГЭХ ТОГТООЛ"), or in capitals after the court that
 * gave it, on one line ("… АНХАН ШАТНЫ ШҮҮХИЙН ШИЙТГЭХ ТОГТООЛ", "… ДАВЖ
 * ЗААЛДАХ ШАТНЫ ШҮҮХИЙН МАГАДЛАЛ"): a sentence that names a court's
 * decision is not in capitals. */
/* Whether what follows a heading on its line is the decision's date or
 * number ("ШИЙТГЭХ ТОГТООЛ  2021 оны 12 сарын 07  №2021/ШЦТ/88", "…, дугаар
 * 2023/ШЦТ/210"), as a clerk types them on the heading's line: not a
 * sentence that begins with the word. */
static bool
date_or_number_after(const char *rest)
{
    while (*rest == ' ' || *rest == '\t' || *rest == ',' || *rest == '.' || *rest == ':' || *rest == '-' ||
           *rest == '/')
        rest++;
    return g_ascii_isdigit(*rest) || g_str_has_prefix(rest, "№") || g_str_has_prefix(rest, "ДУГААР") ||
           g_str_has_prefix(rest, "#");
}

/* In a line of capitals that names a court, the type ends it: "… ШҮҮХ
 * ХУРАЛДААНЫ ТОГТООЛ", "… ТАНХИМЫН ТОГТООЛ". */
static bool
ends_court_line(const char *upper, const char *heading)
{
    size_t n = strlen(upper), h = strlen(heading);
    return strstr(upper, "ШҮҮХ") != NULL && n > h && strcmp(upper + n - h, heading) == 0 && upper[n - h - 1] == ' ';
}

static const char *
decision_type_of_line(const char *line)
{
    size_t len = strlen(line);
    if (*line == '\0' || len > 400)
        return NULL;
    char *upper = g_utf8_strup(line, -1);
    const char *found = NULL;
    for (size_t i = 0; i < G_N_ELEMENTS(decision_types) && found == NULL; i++) {
        const char *heading = decision_types[i].heading;
        if (heading_at(upper, heading) &&
            (len <= 80 || (strncmp(line, heading, strlen(heading)) == 0 &&
                           date_or_number_after(upper + strlen(heading))))) {
            found = decision_types[i].name;
            continue;
        }
        if (!ix_all_capitals(line))
            continue;
        if (ends_court_line(upper, heading)) {
            found = decision_types[i].name;
            continue;
        }
        char *after_court = g_strconcat("ШҮҮХИЙН ", heading, NULL);
        for (const char *p = strstr(upper, after_court); p != NULL && found == NULL; p = strstr(p + 1, after_court))
            if (heading_at(p, after_court))
                found = decision_types[i].name;
        g_free(after_court);
    }
    g_free(upper);
    return found;
}

const char *
ix_decision_type_in(char **lines, int *line_index)
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
 * doc->articles: the 2015 Code's, and the 2002 Code's ("2002:113.2.1")
 * that a decision of its time applies.  Other laws' provisions and
 * decision numbers are not articles applied. */
static void
add_code_refs(zr_doc *doc, const char *text)
{
    GPtrArray *refs = zp_find_refs(text);
    for (guint i = 0; i < refs->len; i++) {
        const zp_ref *r = g_ptr_array_index(refs, i);
        if (r->kind == ZP_REF_PROVISION && (r->law == NULL || strcmp(r->law, "2002") == 0))
            ix_doc_add_article(doc, r->key);
    }
    g_ptr_array_unref(refs);
}

/* The articles a decision applies: those cited in the paragraphs of its
 * operative part that decide guilt ("гэм буруутайд тооцсугай") or
 * innocence; without such a paragraph (an appeal, an order returning the
 * case), every Criminal Code provision its operative part cites. */
static void
add_applied_articles(const ix_patterns *pat, zr_doc *doc, const char *operative)
{
    GPtrArray *paras = operative_paragraphs(operative);
    bool any = false;
    for (guint i = 0; i < paras->len; i++) {
        char *folded = ix_fold_space(g_ptr_array_index(paras, i));
        char *lower = g_utf8_strdown(folded, -1);
        bool verdict = false;
        for (char **v = pat->verdict; *v != NULL && !verdict; v++)
            verdict = **v != '\0' && strstr(lower, *v) != NULL;
        if (verdict) {
            add_code_refs(doc, folded);
            any = true;
        }
        g_free(lower);
        g_free(folded);
    }
    g_ptr_array_unref(paras);
    if (!any) {
        char *folded = ix_fold_space(operative);
        add_code_refs(doc, folded);
        g_free(folded);
    }
}

/* Judges: the presiding judge, then the panel's others, each once. */
static void
find_judges(const ix_patterns *c, zr_doc *doc, const char *header)
{
    char *presiding = ix_first_match(c->presiding, header, 1);
    if (presiding != NULL)
        zr_strv_add_unique(doc->judges, presiding);
    g_free(presiding);
    char *panel = ix_first_match(c->panel, header, 1);
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
    char *years = ix_match_group(mi, 1), *months = ix_match_group(mi, 2);
    char *out = months != NULL && *months ? g_strdup_printf("%s жил %s сар хорих", years, months)
                                          : g_strdup_printf("%s жил хорих", years);
    g_free(years), g_free(months);
    return out;
}

/* The sentence as the operative part states it: a sentence fixed by adding
 * up several, else each one in order ("9 жил хорих; 7 жил хорих"). */
static char *
find_sentence(const ix_patterns *c, const char *operative)
{
    if (c->sentence == NULL)
        return NULL;
    char *folded = ix_fold_space(operative);
    char *final = ix_first_match(c->sentence_final, folded, 1);
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

static const char *
find_outcome(const char *operative, bool is_appeal)
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

/* ---- The decision's own date ------------------------------------------ */

/* What stands right after a date of birth ("1999.01.17-нд төрсөн", "…
 * 17-ны өдөр төрсөн", Latin-typed "-nd tursun", "born"), and what ends
 * the words right before one ("төрсөн огноо:", "т/о", "born on", "DOB"):
 * the words mask.ini's birth rule reads, so that a date the masker hides
 * as a birth is never taken for the decision's. */
static const char birth_after[] =
    "^[-‐–\\s]*(?:[а-яөүa-z]{1,4}\\s*)?(?:өдөр\\s*)?(?:төрс|төрүүлс|tursu|tursö|törs|tөrs|born)";
static const char birth_before[] =
    "(?:төрсөн(?:\\s+(?:огноо|он,?\\s*сар,?\\s*өдөр|өдөр))?|т/о|born(?:\\s+on)?(?:\\s+the)?|\\bb\\.|"
    "date\\s+of\\s+birth|d\\.?o\\.?b\\.?|tursun\\s+ognoo)\\s*[:：\\-–]?\\s*\\(?\\s*$";
/* A heading line's label before its date ("Огноо: 2024 оны …", "Date: 3
 * October 2024"). */
static const char date_label[] =
    "^(?:огноо|он,?\\s*сар,?\\s*өдөр|date(?:\\s+of\\s+(?:judgment|decision|sentence|hearing))?|dated|"
    "judgment\\s+date|decided|delivered|filed)\\s*[:.]?$";
/* What follows a heading's date on its line: nothing, the next field of
 * the letterhead after a gap or a number sign, not a sentence going on
 * ("2023 оны 5 сарын 2-ны өдөр шүүгдэгч …" begins a paragraph). */
static const char heading_rest[] =
    "^(?:[ \t]*[-‐–]?[ \t]*[а-яөү]{0,4}[ \t]*өдөр)?[.,]?(?:[ \t]*$|[ \t]{2,}|\t|[ \t]*(?:№|#|дугаар|number|"
    "no\\.|\\|))";
/* A sentence saying the decision was given on a date names it before the
 * date ("Шийтгэх тогтоол 2024 оны 10 дугаар сарын 3-ны өдөр гарав"); a date
 * in the genitive ("…-ны өдрийн") is another decision's, cited. */
static const char given_word[] = "тогтоол|магадлал|захирамж|judgment|judgement|decision|ruling";
static const char genitive_after[] = "^[-‐–\\s]*(?:[а-яөү]{1,4}\\s*)?өдрийн";

static bool
matches_at(const char *pattern, const char *s)
{
    return g_regex_match_simple(pattern, s, G_REGEX_CASELESS, 0);
}

/* Whether the date `d` of `text` is a date of birth by its words. */
static bool
birth_date_at(const char *text, const ix_date_match *d)
{
    const char *line = text + d->start;
    while (line > text && line[-1] != '\n')
        line--;
    /* The words before it on its line, 80 bytes at most, cut at a
     * character. */
    const char *from = MAX(line, text + d->start - 80);
    while (from < text + d->start && (*from & 0xC0) == 0x80)
        from++;
    char *before = g_strndup(from, (gsize)(text + d->start - from));
    char *after = g_strndup(text + d->end, 40);
    /* 40 bytes may cut a character: the partial one is dropped. */
    const char *bad = NULL;
    if (!g_utf8_validate(after, -1, &bad))
        *(char *)bad = '\0';
    bool birth = matches_at(birth_after, after) || matches_at(birth_before, before);
    g_free(before);
    g_free(after);
    return birth;
}

bool
ix_date_is_birth(const char *text, const ix_date_match *d)
{
    return text != NULL && d != NULL && birth_date_at(text, d);
}

bool
ix_date_only_birth(const char *text, const char *iso)
{
    if (text == NULL || iso == NULL)
        return false;
    GArray *dates = ix_find_dates(text, -1);
    int births = 0, others = 0;
    for (guint i = 0; i < dates->len; i++) {
        const ix_date_match *d = &g_array_index(dates, ix_date_match, i);
        if (strcmp(d->iso, iso) == 0 && birth_date_at(text, d))
            births++;
        else if (strcmp(d->iso, iso) == 0)
            others++;
    }
    g_array_free(dates, TRUE);
    return births > 0 && others == 0;
}

/* The date `d` as its heading line writes it: first on its line, or after
 * a label ("Огноо:") or the decision's type ("ШИЙТГЭХ ТОГТООЛ 2021 оны 12
 * сарын 07"). */
static bool
heading_date_at(const char *text, const ix_date_match *d)
{
    const char *line = text + d->start;
    while (line > text && line[-1] != '\n')
        line--;
    char *before = g_strstrip(g_strndup(line, (gsize)(text + d->start - line)));
    /* Markdown and list marks are no words. */
    char *b = before;
    while (*b == '#' || *b == '*' || *b == '>' || *b == '_' || *b == ' ')
        b++;
    const char *eol = strchr(text + d->end, '\n');
    char *rest = eol ? g_strndup(text + d->end, (gsize)(eol - text - d->end)) : g_strdup(text + d->end);
    bool heading = (*b == '\0' || matches_at(date_label, b) || decision_type_of_line(b) != NULL) &&
                   matches_at(heading_rest, rest);
    g_free(rest);
    g_free(before);
    return heading;
}

static bool
given_date_at(const char *text, const ix_date_match *d)
{
    /* Its sentence: back to the line's start or a full stop before a space
     * (the dots of "2024.10.03" are none). */
    const char *from = text + d->start;
    while (from > text && from[-1] != '\n' && !(from[-1] == ' ' && from - 1 > text && from[-2] == '.'))
        from--;
    char *before = g_strndup(from, (gsize)(text + d->start - from));
    char *after = g_strndup(text + d->end, 40);
    const char *bad = NULL;
    if (!g_utf8_validate(after, -1, &bad))
        *(char *)bad = '\0';
    char *word = g_strconcat("(?:", given_word, ")", NULL);
    bool given = matches_at(word, before) && !matches_at(genitive_after, after);
    g_free(word);
    g_free(before);
    g_free(after);
    return given;
}

/* Lines of a decision's heading where its date stands: its first lines,
 * down to a few below the type's heading. */
#define HEADING_LINES 25

char *
ix_decision_date(const char *text)
{
    if (text == NULL)
        return NULL;
    GArray *dates = ix_find_dates(text, -1);
    /* Byte offset where the heading ends: HEADING_LINES lines in, or
     * IX_HEADER_BYTES. */
    int heading_end = 0, n = 0;
    while (text[heading_end] != '\0' && n < HEADING_LINES && heading_end < IX_HEADER_BYTES)
        if (text[heading_end++] == '\n')
            n++;
    const char *found = NULL;
    for (guint i = 0; found == NULL && i < dates->len; i++) {
        const ix_date_match *d = &g_array_index(dates, ix_date_match, i);
        if (d->start < heading_end && heading_date_at(text, d) && !birth_date_at(text, d))
            found = d->iso;
    }
    for (guint i = 0; found == NULL && i < dates->len; i++) {
        const ix_date_match *d = &g_array_index(dates, ix_date_match, i);
        if (given_date_at(text, d) && !birth_date_at(text, d))
            found = d->iso;
    }
    for (guint i = 0; found == NULL && i < dates->len; i++) {
        const ix_date_match *d = &g_array_index(dates, ix_date_match, i);
        if (d->start < IX_HEADER_BYTES && !birth_date_at(text, d))
            found = d->iso;
    }
    char *date = g_strdup(found);
    g_array_free(dates, TRUE);
    return date;
}

/* ---- A title for a decision that has none of its own ---- */

/* A line folded for comparing: upper case, Markdown's # and * out, spaces
 * run together. */
static char *
folded_line(const char *line)
{
    char *up = g_utf8_strup(line, -1);
    GString *out = g_string_new(NULL);
    bool space = false;
    for (const char *p = up; *p; p++) {
        if (*p == '#' || *p == '*')
            continue;
        if (g_ascii_isspace(*p)) {
            space = out->len > 0;
            continue;
        }
        if (space)
            g_string_append_c(out, ' ');
        space = false;
        g_string_append_c(out, *p);
    }
    g_free(up);
    return g_string_free(out, FALSE);
}

/* Whether `title` is only a line of the decision's heading, up to its type
 * line (the state "МОНГОЛ УЛС", the court's name, "ШИЙТГЭХ ТОГТООЛ"): what
 * a text's first line, or a Word file's title filled from it, gives. */
static bool
heading_line_title(const char *title, char **lines, int type_line)
{
    char *t = folded_line(title);
    bool heading = *t == '\0';
    int last = type_line >= 0 ? type_line : 15;
    for (int i = 0; !heading && lines[i] != NULL && i <= last; i++) {
        char *l = folded_line(lines[i]);
        heading = strcmp(l, t) == 0;
        g_free(l);
    }
    g_free(t);
    return heading;
}

/* Whether a number is read ending in a front-vowel word (нэг, дөрөв, ес,
 * дөч, ер), which takes "дүгээр" and "-ний". */
static bool
read_front(const char *number)
{
    gsize n = strlen(number);
    while (n > 0 && !g_ascii_isdigit(number[n - 1]))
        n--;
    if (n == 0)
        return false;
    char units = number[n - 1], tens = n >= 2 ? number[n - 2] : '0';
    if (units != '0')
        return units == '1' || units == '4' || units == '9';
    return tens == '4' || tens == '9';
}

/* The title a decision's heading gives, in the words a court uses when it
 * cites one: "Хэнтий аймаг дахь … шүүхийн 2025/ШЦТ/301 дүгээр шийтгэх
 * тогтоол"; without a number, its date ("2025 оны 2 дугаар сарын 14-ний
 * өдрийн"); NULL when the heading gave neither court nor number. */
static char *
decision_title(const zr_doc *doc)
{
    if (doc->court == NULL && doc->case_number == NULL)
        return NULL;
    GString *t = g_string_new(NULL);
    if (doc->court != NULL) {
        g_string_append(t, doc->court);
        if (g_str_has_suffix(doc->court, "шүүх"))
            g_string_append(t, "ийн");
    }
    unsigned y, m, d;
    if (doc->case_number != NULL) {
        g_string_append_printf(t, " %s %s", doc->case_number, read_front(doc->case_number) ? "дүгээр" : "дугаар");
    } else if (doc->date != NULL && sscanf(doc->date, "%4u-%2u-%2u", &y, &m, &d) == 3) {
        char ms[4], ds[4];
        g_snprintf(ms, sizeof ms, "%u", m % 100);
        g_snprintf(ds, sizeof ds, "%u", d % 100);
        g_string_append_printf(t, " %u оны %u %s сарын %u-%s өдрийн", y, m % 100, read_front(ms) ? "дүгээр" : "дугаар",
                               d % 100, read_front(ds) ? "ний" : "ны");
    }
    char *type = g_utf8_strdown(doc->decision_type != NULL ? doc->decision_type : "шийдвэр", -1);
    g_string_append_printf(t, " %s", type);
    g_free(type);
    return g_strstrip(g_string_free(t, FALSE));
}

void
ix_parse_decision_header(const ix_patterns *c, zr_doc *doc, const char *text)
{
    if (text == NULL)
        return;
    char *header = ix_utf8_prefix(text, IX_HEADER_BYTES);
    char **lines = g_strsplit(header, "\n", -1);

    int type_line = -1;
    const char *type = ix_decision_type_in(lines, &type_line);
    if (type != NULL && doc->decision_type == NULL)
        doc->decision_type = g_strdup(type);

    /* The court is named above the decision type; without a type heading,
     * look only at the first few lines. */
    int court_limit = type_line >= 0 ? type_line : 15;
    for (int i = 0; doc->court == NULL && lines[i] != NULL && i < court_limit; i++)
        doc->court = ix_court_named_at(lines, i);
    /* A heading that names the court and the type on one line: the court
     * is what comes before its genitive ("… ШАТНЫ ШҮҮХИЙН ШИЙТГЭХ ТОГТООЛ"). */
    if (doc->court == NULL && type_line >= 0) {
        char *upper = g_utf8_strup(lines[type_line], -1);
        char *at = g_strrstr(upper, "ШҮҮХИЙН ");
        if (at != NULL && at > upper) {
            char *before = g_strndup(upper, (gsize)(at - upper));
            doc->court = g_strconcat(g_strstrip(before), " ШҮҮХ", NULL);
            g_free(before);
        }
        g_free(upper);
    }
    if (doc->court != NULL) {
        char *canonical = ix_normalise_court(c, doc->court);
        g_free(doc->court);
        doc->court = canonical;
    }
    if (doc->court_level == NULL) {
        const char *level = ix_court_level(c, doc->court);
        if (level == NULL && type != NULL && strcmp(type, "Магадлал") == 0)
            level = "appeal";
        doc->court_level = g_strdup(level);
    }

    if (doc->case_number == NULL) {
        doc->case_number = ix_first_match(c->number, header, 0);
        snap_series(doc, c->series);
    }
    if (doc->case_index == NULL)
        doc->case_index = ix_first_match(c->case_index, header, 1);
    if (doc->prosecutor == NULL)
        doc->prosecutor = ix_first_match(c->prosecutor, header, 1);
    if (doc->judges->len == 0)
        find_judges(c, doc, header);

    /* The decision's own date; a date set before from the text's first
     * date (text.c, flow.c) or from the file's metadata stays when no date
     * of the text can be trusted, unless it is a date of birth. */
    char *date = ix_decision_date(text);
    if (date != NULL) {
        g_free(doc->date);
        doc->date = date;
    } else if (ix_date_only_birth(header, doc->date)) {
        g_clear_pointer(&doc->date, g_free);
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
        bool is_appeal = (type != NULL && strcmp(type, "Магадлал") == 0) ||
                         (doc->court_level != NULL && strcmp(doc->court_level, "first-instance") != 0);
        doc->outcome = g_strdup(find_outcome(operative, is_appeal));
    }
    if (doc->sentence == NULL)
        doc->sentence = find_sentence(c, operative);
    if (doc->articles->len == 0)
        add_applied_articles(c, doc, operative);

    /* A Mongolian decision kept as plain text or Word has no title of its
     * own: its first line ("МОНГОЛ УЛС", the court) would stand for it and
     * every such decision would read alike in a list.  The title its
     * heading gives replaces that; a real title (a PDF's or a Word file's
     * properties, front matter) stays. */
    if ((doc->title == NULL || heading_line_title(doc->title, lines, type_line)) &&
        (doc->lang == NULL || strcmp(doc->lang, "mn") == 0)) {
        char *title = decision_title(doc);
        if (title != NULL) {
            g_free(doc->title);
            doc->title = title;
        }
    }

    g_strfreev(lines);
    g_free(header);
}
