/* courts.c — a court's name in its one canonical form (courts.tsv, else
 * the name printed in capitals made readable), its level, and where a
 * decision's header names it.
 *
 * Not for: the rest of a decision's header (decision.c).
 */
#include <string.h>

#include "indexer/patterns.h"
#include "indexer/structure.h"

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

const char *
ix_court_level(const ix_patterns *pat, const char *court)
{
    if (court == NULL)
        return NULL;
    const char *listed = g_hash_table_lookup(pat->court_levels, court);
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

char *
ix_normalise_court(const ix_patterns *c, const char *marked)
{
    if (marked == NULL)
        return NULL;
    /* A Markdown heading's or emphasis's marks around the name (# ОРХОН
     * АЙМГИЙН … ШҮҮХ, **…**) are no part of it. */
    while (*marked == '#' || *marked == '*' || *marked == '>' || *marked == '_' || g_ascii_isspace(*marked))
        marked++;
    char *bare = g_strdup(marked);
    for (gsize n = strlen(bare); n > 0 && strchr("#*_ \t\r\n", bare[n - 1]) != NULL; n--)
        bare[n - 1] = '\0';
    char *key = ix_court_key(bare);
    const char *listed = g_hash_table_lookup(c->courts, key);
    g_free(key);
    if (listed != NULL) {
        g_free(bare);
        return g_strdup(listed);
    }
    char *trimmed = ix_fold_space(bare);
    g_free(bare);
    g_strstrip(trimmed);
    if (!ix_all_capitals(trimmed))
        return trimmed;
    /* Printed in capitals and not listed: lower-case it, capitalise its
     * first letter and the words the configured pairs name. */
    char *lower = g_utf8_strdown(trimmed, -1);
    g_free(trimmed);
    char **words = g_strsplit(lower, " ", -1);
    g_free(lower);
    for (int i = 0; words[i] != NULL; i++) {
        bool cap = i == 0;
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

/* A heading in capitals wraps ("…АНХАН ШАТНЫ" / "ШҮҮХ"): capital lines
 * right above it belong to the name, except the country line "МОНГОЛ УЛС". */
char *
ix_court_named_at(char **lines, int i)
{
    char *line = g_strstrip(g_strdup(lines[i]));
    char *lower = g_utf8_strdown(line, -1);
    bool names_court = strstr(lower, "шүүх") != NULL && g_utf8_strlen(line, -1) <= 200;
    g_free(lower);
    if (!names_court) {
        g_free(line);
        return NULL;
    }
    if (ix_all_capitals(line)) {
        for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
            char *above = g_strstrip(g_strdup(lines[j]));
            bool joins = *above != '\0' && ix_all_capitals(above) && strcmp(above, "МОНГОЛ УЛС") != 0;
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
