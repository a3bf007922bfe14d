/* doctype.c — what a text is when nobody said: a decision (a decision
 * header with a case number), a code (three or more article headings) or
 * other; and a Mongolian statute's name, which is not its first line.
 *
 * Not for: the type the configuration gives a path (sources.c), or an XML
 * vocabulary's own types (xml_akn.c, xml_generic.c).
 */
#include <string.h>

#include "indexer/patterns.h"
#include "indexer/structure.h"

static bool
is_upper_line(const char *line)
{
    int letters = 0;
    for (const char *c = line; *c; c = g_utf8_next_char(c)) {
        gunichar u = g_utf8_get_char(c);
        if (g_unichar_islower(u))
            return false;
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
        bool dated = date != NULL;
        g_free(date);
        if (dated || g_str_has_suffix(line, " хот") || !is_upper_line(line))
            continue;
        return g_strdup(line);
    }
    return NULL;
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

    /* Three headings make a statute; fewer are more likely quotations. */
    int articles = 0;
    ix_match_headings(pat, text, count_heading, &articles);
    return articles >= 3 ? "code" : "other";
}
