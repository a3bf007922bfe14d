/* alphabet.c — a query in the other alphabet (zs_other_alphabet, search.h):
 * what a results page with nothing found offers to search instead.
 * Latin-typed Mongolian is spelt back in Cyrillic the way the analyzer
 * reads it (core/translit.h); Cyrillic is romanised as people type it on a
 * Latin keyboard.
 *
 * Not for: searching Latin-typed words, which the analyzer already does
 * for every query (core/analysis.h); this is only a link's text.
 */
#include "search/search.h"

#include <string.h>

#include "core/translit.h"

/* Cyrillic to Latin, as Mongolian is commonly typed (not the official
 * romanisation).  core/translit.h's key folds the other way into a
 * skeleton for matching (ч q, ш w), which is no spelling to offer a
 * reader, so the spelling is here. */
static const struct {
    const char *cyr;
    const char *lat;
} romanised[] = {
    {"а", "a"},  {"б", "b"},  {"в", "v"}, {"г", "g"}, {"д", "d"}, {"е", "ye"}, {"ё", "yo"}, {"ж", "j"},  {"з", "z"},
    {"и", "i"},  {"й", "i"},  {"к", "k"}, {"л", "l"}, {"м", "m"}, {"н", "n"},  {"о", "o"},  {"ө", "u"},  {"п", "p"},
    {"р", "r"},  {"с", "s"},  {"т", "t"}, {"у", "u"}, {"ү", "u"}, {"ф", "f"},  {"х", "kh"}, {"ц", "ts"}, {"ч", "ch"},
    {"ш", "sh"}, {"щ", "sh"}, {"ъ", ""},  {"ы", "y"}, {"ь", "i"}, {"э", "e"},  {"ю", "yu"}, {"я", "ya"},
};

static void
romanise(GString *out, const char *word)
{
    for (const char *p = word; *p;) {
        const char *next = g_utf8_next_char(p);
        const char *lat = NULL;
        for (gsize i = 0; i < G_N_ELEMENTS(romanised) && !lat; i++)
            if (strncmp(p, romanised[i].cyr, next - p) == 0 && romanised[i].cyr[next - p] == '\0')
                lat = romanised[i].lat;
        if (lat)
            g_string_append(out, lat);
        else
            g_string_append_len(out, p, next - p);
        p = next;
    }
}

/* Each run of Latin letters as the first Cyrillic spelling the analyzer
 * reads it as (kh х, ts ц, sh ш, ya я, …), other characters as they are. */
static void
cyrillise(GString *out, const char *word)
{
    GPtrArray *spelling = g_ptr_array_new_with_free_func(g_free);
    for (const char *p = word; *p;) {
        const char *e = p;
        while (*e >= 'a' && *e <= 'z')
            e++;
        if (e == p) {
            const char *next = g_utf8_next_char(p);
            g_string_append_len(out, p, next - p);
            p = next;
            continue;
        }
        char *run = g_strndup(p, e - p);
        g_ptr_array_set_size(spelling, 0);
        if (tl_cyrillic_candidates(run, FALSE, 1, spelling) == 1)
            g_string_append(out, spelling->pdata[0]);
        else
            g_string_append(out, run);
        g_free(run);
        p = e;
    }
    g_ptr_array_free(spelling, TRUE);
}

char *
zs_other_alphabet(const char *query)
{
    bool cyr = false, lat = false;
    for (const char *p = query; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (c >= 0x0400 && c <= 0x04FF)
            cyr = true;
        else if (c < 0x80 && g_ascii_isalpha((char)c))
            lat = true;
    }
    if (cyr == lat)
        return NULL;
    GString *out = g_string_new(NULL);
    char **words = g_strsplit(query, " ", -1);
    for (char **w = words; *w; w++) {
        if (w != words)
            g_string_append_c(out, ' ');
        /* Operators and field:value stay as the query language needs them. */
        if (strcmp(*w, "OR") == 0 || strcmp(*w, "AND") == 0 || strcmp(*w, "NOT") == 0 || strchr(*w, ':') != NULL) {
            g_string_append(out, *w);
            continue;
        }
        char *low = g_utf8_strdown(*w, -1);
        if (cyr)
            romanise(out, low);
        else
            cyrillise(out, low);
        g_free(low);
    }
    g_strfreev(words);
    return g_string_free(out, FALSE);
}
