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

/* Where a party's words on the court's line begin: a heading may go on
 * past the court's name ("… ШҮҮХИЙН ШИЙТГЭХ ТОГТООЛ (шүүгдэгч …, РД …)",
 * "… шүүх, шүүгдэгч …", "… ШҮҮХ — шүүгдэгч …"), and the court field is
 * shown, counted and searched as the court's name alone. */
static const char party_words[] =
    "шүүгдэгч|хохирогч|яллагдагч|гэрч|өмгөөлөгч|defendant|accused|appellant|respondent|claimant|plaintiff|"
    "petitioner|victim";

/* A bracket of lower-case words after a name ("(demo translation)",
 * "(foreign court; demo translation)") annotates it and stays: a party's
 * name or number in brackets has a capital or a digit. */
static bool
annotation_at(const char *s)
{
    if (*s != '(')
        return false;
    const char *close = strchr(s, ')');
    if (close == NULL)
        return false;
    for (const char *p = s + 1; p < close; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (g_unichar_isupper(c) || g_unichar_isdigit(c))
            return false;
    }
    return true;
}

/* The court's name alone out of a line that names it: in Mongolian, up to
 * its word шүүх (a genitive "шүүхийн" that goes on to the decision's type
 * or its judge ends the name as "шүүх"); in another language, up to a
 * bracket (not an annotation), a dash between spaces, a "№" or a comma
 * before a party.  NULL
 * when what is left before it names a person (a role word, an initial:
 * "хохирогч Д.Цэлмэгийг шүүх хуралдаанд …" names no court). */
static char *
court_name_only(const char *line)
{
    char *lower = g_utf8_strdown(line, -1);
    /* Lower-casing Cyrillic keeps each letter's byte length, so offsets in
     * `lower` are offsets in `line`. */
    gsize end = strlen(line);
    bool same_length = strlen(lower) == end;
    const char *at = same_length ? strstr(lower, "шүүх") : NULL;
    if (at != NULL) {
        end = (gsize)(at - lower) + strlen("шүүх");
    } else {
        static const char *const stops[] = {"(", "[", " — ", " – ", " - ", "№", ";", " v. ", " v "};
        for (size_t i = 0; i < G_N_ELEMENTS(stops); i++) {
            const char *s = strstr(line, stops[i]);
            if (s != NULL && (gsize)(s - line) < end && s > line && !annotation_at(s))
                end = (gsize)(s - line);
        }
        char *comma_party = g_strconcat(",\\s*(?:the\\s+)?(?:", party_words, ")", NULL);
        GRegex *re = g_regex_new(comma_party, G_REGEX_CASELESS, 0, NULL);
        GMatchInfo *mi = NULL;
        if (re != NULL && g_regex_match(re, line, 0, &mi)) {
            int s, e;
            g_match_info_fetch_pos(mi, 0, &s, &e);
            if ((gsize)s < end)
                end = (gsize)s;
        }
        g_match_info_free(mi);
        if (re != NULL)
            g_regex_unref(re);
        g_free(comma_party);
    }
    char *name = g_strndup(line, end);
    g_free(lower);
    /* Trailing separators of a cut ("…шүүх," "… Court —"). */
    for (gsize n = strlen(name); n > 0 && strchr(",;:-— \t", name[n - 1]) != NULL; n--)
        name[n - 1] = '\0';
    char *role = g_strconcat("(?:^|[^[:alpha:]])(?:", party_words, ")", NULL);
    bool names_person = g_regex_match_simple(role, name, G_REGEX_CASELESS, 0) ||
                        g_regex_match_simple("(?:^|[^[:alpha:]])[А-ЯӨҮЁ]{1,2}\\.\\s?[А-ЯӨҮЁ][а-яөүё]", name, 0, 0);
    g_free(role);
    if (names_person || *name == '\0') {
        g_free(name);
        return NULL;
    }
    return name;
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
    char *bare = court_name_only(marked);
    if (bare == NULL)
        return NULL;
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
