/* doctype.c — what a text is when nobody said: a decision (a decision
 * header with a case number), a code (a statute's header and an article
 * heading, or three or more article headings) or other; and a Mongolian
 * statute's name, which is not its first line.
 *
 * Not for: the type the configuration gives a path (sources.c), or an XML
 * vocabulary's own types (xml_akn.c, xml_generic.c).
 */
#include <string.h>

#include "indexer/patterns.h"
#include "indexer/structure.h"

/* Capitals only, a note in brackets or slashes aside ("ХӨДӨЛМӨРИЙН ТУХАЙ
 * ХУУЛЬ (шинэчилсэн найруулга)"). */
static bool
is_upper_line(const char *line)
{
    int letters = 0;
    gunichar closing = 0;
    /* A heading cut from raw text may end inside a character. */
    if (!g_utf8_validate(line, -1, NULL))
        return false;
    for (const char *c = line; *c; c = g_utf8_next_char(c)) {
        gunichar u = g_utf8_get_char(c);
        if (closing != 0) {
            if (u == closing)
                closing = 0;
            continue;
        }
        if (u == '(' || u == '/') {
            closing = u == '(' ? ')' : '/';
            continue;
        }
        if (g_unichar_islower(u))
            return false;
        if (g_unichar_isalpha(u))
            letters++;
    }
    return letters >= 2;
}

/* A law's name as a sentence-cased header writes it ("Хөдөлмөрийн
 * тухай", "Эрүүгийн хууль"): its last word тухай or хууль. */
static bool
names_a_law(const char *line)
{
    char *lower = g_utf8_strdown(line, -1);
    g_strstrip(lower);
    bool yes = g_str_has_suffix(lower, "тухай") || g_str_has_suffix(lower, "хууль");
    g_free(lower);
    return yes;
}

/* A chapter or article heading, which ends the law's name. */
static bool
structure_line(const char *line)
{
    return g_regex_match_simple("(?:^|\\s)(?:бүлэг|анги)(?:\\s|$)|\\d\\s*(?:дүгээр|дугаар)\\s+зүйл", line,
                                G_REGEX_CASELESS, 0);
}

/* A line that is a date and nothing before it: "2014 оны 2 дугаар сарын
 * 6-ны өдөр", "2002.01.03"; NULL otherwise, else "YYYY-MM-DD". */
static char *
date_line(const char *line)
{
    if (!g_ascii_isdigit(*line))
        return NULL;
    return ix_find_date(line, -1);
}

static bool
date_line_p(const char *line)
{
    char *date = date_line(line);
    g_free(date);
    return date != NULL;
}

/* A statute that opens with its own name in capitals, broken over at most
 * four lines ("ХҮН ХУДАЛДААЛАХТАЙ ТЭМЦЭХ ТУХАЙ ХУУЛЬ"), followed within
 * three lines by the day it was adopted or its first chapter or article:
 * that name; else NULL.  (Without the date or the structure below it, a
 * line in capitals ending in ТУХАЙ is as likely a report's heading.) */
static char *
name_first_title(char **lines, int first)
{
    GString *name = g_string_new(NULL);
    int i = first;
    for (; lines[i] != NULL && i < first + 4; i++) {
        char *line = g_strstrip(lines[i]);
        if (*line == '\0')
            continue;
        if (!is_upper_line(line) || structure_line(line) || date_line_p(line))
            break;
        g_string_append_printf(name, "%s%s", name->len > 0 ? " " : "", line);
        if (names_a_law(name->str)) {
            i++;
            break;
        }
    }
    bool named = name->len > 0 && names_a_law(name->str);
    bool below = false;
    for (int seen = 0; named && !below && lines[i] != NULL && seen < 3; i++) {
        char *line = g_strstrip(lines[i]);
        if (*line == '\0')
            continue;
        seen++;
        below = structure_line(line) || date_line_p(line);
    }
    if (!below) {
        g_string_free(name, TRUE);
        return NULL;
    }
    return g_string_free(name, FALSE);
}

/* Whether `line` is "МОНГОЛ УЛСЫН ХУУЛЬ", in any case and however spaced
 * (the Concessions Law's copy spaces it out: "МОНГОЛ  УЛСЫН  ХУУЛЬ", and
 * was titled so). */
static bool
is_statute_header(const char *line)
{
    char *key = ix_court_key(line);
    bool header = strcmp(g_strstrip(key), "МОНГОЛ УЛСЫН ХУУЛЬ") == 0;
    g_free(key);
    return header;
}

/* Cuts from `line` a note in brackets that ends it and is not in capitals
 * as a name is, or says the text is a revision ("(Шинэчилсэн
 * найруулга)", "(ШИНЭЧИЛСЭН НАЙРУУЛГА)"). */
static void
drop_bracket_note(char *line)
{
    g_strchomp(line);
    gsize len = strlen(line);
    char *open = strrchr(line, '(');
    if (len == 0 || line[len - 1] != ')' || open == NULL || open == line)
        return;
    char *lower = g_utf8_strdown(open, -1);
    bool note = strstr(lower, "найруулга") != NULL;
    for (const char *c = open; !note && *c; c = g_utf8_next_char(c))
        note = g_unichar_islower(g_utf8_get_char(c));
    g_free(lower);
    if (note) {
        *open = '\0';
        g_strchomp(line);
    }
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
    if (lines[first] == NULL)
        return NULL;
    bool statute = is_statute_header(lines[first]);
    bool capitals = statute && is_upper_line(lines[first]);
    if (!statute) {
        /* A copy that lost its "МОНГОЛ УЛСЫН ХУУЛЬ" line may still open
         * with the day and the place it was adopted above the name. */
        int name = first;
        for (int skipped = 0; lines[name] != NULL && skipped < 2; name++) {
            char *line = g_strstrip(lines[name]);
            if (*line == '\0')
                continue;
            if (!(skipped == 0 ? date_line_p(line) : g_str_has_suffix(line, " хот")))
                break;
            skipped++;
        }
        return name_first_title(lines, name > first && lines[name] != NULL ? name : first);
    }
    for (int i = first + 1; lines[i] != NULL && i < first + 10; i++) {
        char *line = g_strstrip(lines[i]);
        if (*line == '\0')
            continue;
        /* The date line; a date inside a note on the name's line ("… ТУХАЙ
         * /Энэ хуулийг 2019 оны … хүчингүй болсонд тооцсон/") is the note's. */
        char *date = date_line(line);
        bool dated = date != NULL;
        g_free(date);
        if (dated || g_str_has_suffix(line, " хот") || line[0] == '/' || structure_line(line) ||
            (capitals ? !is_upper_line(line) : !names_a_law(line)))
            continue;
        /* A dated note in slashes after the name is the editor's record of
         * a change, not the name ("/шинэчилсэн найруулга/" stays). */
        char *slash = strchr(line, '/');
        if (slash != NULL && strpbrk(slash, "0123456789") != NULL) {
            *slash = '\0';
            g_strchomp(line);
        }
        /* So is a note in brackets after it, on its line when a PDF ran
         * the two together ("ДААТГАЛЫН ТУХАЙ (Шинэчилсэн найруулга)"). */
        drop_bracket_note(line);
        /* A name broken over lines ("ХӨДӨЛМӨРИЙН" / "ТУХАЙ"): the next
         * lines in capitals, up to the one that ends it. */
        GString *name = g_string_new(line);
        for (int k = i + 1; capitals && !names_a_law(name->str) && lines[k] != NULL && k < i + 4; k++) {
            char *next = g_strstrip(lines[k]);
            if (*next == '\0' || !is_upper_line(next) || structure_line(next))
                break;
            g_string_append_printf(name, " %s", next);
        }
        char *spaced = g_strstrip(ix_fold_space(name->str));
        g_string_free(name, TRUE);
        return spaced;
    }
    return NULL;
}

/* Lines of a statute's header looked at: a saved page's banner or a
 * letterhead may come before "МОНГОЛ УЛСЫН ХУУЛЬ". */
#define HEADER_LINES 8

char *
ix_statute_name(const char *text)
{
    char *head = ix_utf8_prefix(text, 4096);
    char **lines = g_strsplit(head, "\n", 60);
    g_free(head);
    char **kept = g_new0(char *, g_strv_length(lines) + 1);
    int n = 0;
    for (int i = 0; lines[i] != NULL; i++)
        if (*g_strstrip(lines[i]) != '\0')
            kept[n++] = lines[i];
    char *name = NULL;
    for (int i = 0; name == NULL && i < n && i < HEADER_LINES; i++)
        name = ix_statute_title(kept + i);
    g_free(kept);
    g_strfreev(lines);
    return name;
}

bool
ix_generic_law_title(const char *title)
{
    if (title == NULL)
        return false;
    char *line = g_strdup(title);
    bool generic = is_statute_header(line);
    g_free(line);
    return generic;
}

char *
ix_law_name_line(const char *text)
{
    const char *start = text + strspn(text, " \t\r\n");
    const char *end = strchr(start, '\n');
    char *line = g_strstrip(end != NULL ? g_strndup(start, (gsize)(end - start)) : g_strdup(start));
    if (*line != '\0' && g_utf8_strlen(line, -1) <= 200 && is_upper_line(line) && g_str_has_suffix(line, "ХУУЛЬ"))
        return line;
    g_free(line);
    return NULL;
}

/* Whether the first lines of `text` are a statute's header, and the day it
 * prints (*date, a new string or NULL, when `date` is not NULL):
 * "МОНГОЛ УЛСЫН ХУУЛЬ" among the first lines, and under it the first line
 * that is a date (a note in slashes may come between); or the law's name
 * in capitals ending in ТУХАЙ or ХУУЛЬ with, on one of the next lines, the
 * day it was adopted or its first chapter or article ("ЭРҮҮГИЙН ХУУЛЬ" /
 * "2002.01.03"). */
static bool
read_statute_header(const char *text, char **date)
{
    char *head = ix_utf8_prefix(text, 4096);
    char **lines = g_strsplit(head, "\n", 60);
    g_free(head);
    char *day = NULL;
    bool found = false;
    for (int i = 0, seen = 0; !found && lines[i] != NULL && seen < HEADER_LINES; i++) {
        char *line = g_strstrip(lines[i]);
        if (*line == '\0')
            continue;
        seen++;
        bool header = is_statute_header(line);
        bool name = !header && is_upper_line(line) && names_a_law(line);
        if (!header && !name)
            continue;
        found = header;
        int after = 0;
        for (int k = i + 1; day == NULL && lines[k] != NULL && after < (header ? 6 : 3); k++) {
            char *next = g_strstrip(lines[k]);
            if (*next == '\0')
                continue;
            after++;
            if (structure_line(next)) {
                found = true;
                break;
            }
            day = date_line(next);
        }
        /* Above a name with no "МОНГОЛ УЛСЫН ХУУЛЬ" the day may stand
         * first ("2015 оны 8 дугаар сарын 7-ны өдөр" / "Улаанбаатар хот" /
         * "ЭДИЙН ЗАСГИЙН … ТУХАЙ"); not above that header, where a saved
         * page's banner may be dated. */
        for (int k = i - 1, before = 0; day == NULL && name && k >= 0 && before < 3; k--) {
            if (*lines[k] == '\0')
                continue;
            before++;
            day = date_line(lines[k]);
        }
        found = found || day != NULL;
    }
    g_strfreev(lines);
    if (date != NULL)
        *date = day;
    else
        g_free(day);
    return found;
}

char *
ix_statute_date(const char *text)
{
    char *date = NULL;
    if (text != NULL)
        read_statute_header(text, &date);
    return date;
}

static bool
count_heading(GMatchInfo *mi, int line_offset, const ix_article_style *style, void *user)
{
    int *count = user;
    return ++*count < 3;
}

const char *
ix_detect_type(const ix_patterns *pat, const char *text, const char *title)
{
    if (text == NULL)
        return "other";
    char *header = ix_utf8_prefix(text, IX_HEADER_BYTES);
    char **lines = g_strsplit(header, "\n", -1);
    const char *type = ix_decision_type_in(lines, NULL);
    char *number = type != NULL ? ix_first_match(pat->number, header, 0) : NULL;
    g_strfreev(lines);
    g_free(header);
    if (number != NULL) {
        g_free(number);
        return "decision";
    }

    /* Three headings make a statute; fewer are more likely quotations,
     * unless the text opens as a statute does: a law of one or two
     * articles (a repealing act, a short special law) is no less a law. */
    int articles = 0;
    ix_match_headings(pat, text, count_heading, &articles);
    if (articles >= 3)
        return "code";
    if (articles == 0)
        return "other";
    /* What a statute says of itself does not depend on how many articles
     * it has. */
    return read_statute_header(text, NULL) ? "code" : "other";
}
