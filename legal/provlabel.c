/* provlabel.c — a hit's label for a provision key within an article unit
 * (zp_provision_label, provision.h): the part and clause that the key names
 * beyond the article, in English ("part 2, clause 2.1") or in Mongolian
 * with the locative ending that vowel harmony gives each number ("2 дахь
 * хэсгийн 2.1 дэх заалт").
 *
 * Not for: the article's own label, which the unit carries, or parsing
 * labels back into keys (provision.c).
 */
#include "legal/provision.h"

#include <string.h>

/* "дэх" or "дахь" after a number, by the vowels of its Mongolian name, as
 * "дүгээр"/"дугаар" go. */
static const char *
locative_suffix(const char *number)
{
    static const char *const units[10] = {NULL, "дэх", "дахь", "дахь", "дэх", "дахь", "дахь", "дахь", "дахь", "дэх"};
    static const char *const tens[10] = {NULL, "дахь", "дахь", "дахь", "дэх", "дахь", "дахь", "дахь", "дахь", "дэх"};
    size_t n = strlen(number);
    if (n == 0 || !g_ascii_isdigit(number[n - 1]))
        return "дахь";
    int last = number[n - 1] - '0';
    if (last != 0)
        return units[last];
    if (n >= 2 && g_ascii_isdigit(number[n - 2]) && number[n - 2] != '0')
        return tens[number[n - 2] - '0'];
    return "дахь";
}

char *
zp_provision_label(const char *law_title, const char *unit_label, const char *key, const char *lang)
{
    gboolean en = lang != NULL && strcmp(lang, "en") == 0;
    GString *out = g_string_new(NULL);
    if (law_title != NULL && *law_title)
        g_string_append(out, law_title);
    if (unit_label != NULL && *unit_label)
        g_string_append_printf(out, "%s%s", out->len ? ", " : "", unit_label);
    if (key != NULL && strchr(key, '/') == NULL) {
        char *law = NULL;
        char *number = zp_split_key(key, &law);
        char **parts = g_strsplit(number, ".", -1);
        int n = (int)g_strv_length(parts);
        int art = law == NULL ? 2 : 1; /* numbers naming the article */
        if (n > art) {
            /* Numbers as the statute sets them ("1¹"); the ending by the
             * key's last digit, the superscript's when it has one, as
             * "48¹ дүгээр зүйл" is read. */
            const char *part = parts[art];
            char *part_shown = zp_key_display(part);
            if (en)
                g_string_append_printf(out, ", part %s", part_shown);
            if (n > art + 1) {
                char *clause = g_strjoinv(".", parts + art);
                char *clause_shown = zp_key_display(clause);
                if (en)
                    g_string_append_printf(out, ", clause %s", clause_shown);
                else
                    g_string_append_printf(out, ", %s %s хэсгийн %s %s заалт", part_shown, locative_suffix(part),
                                           clause_shown, locative_suffix(clause));
                g_free(clause_shown);
                g_free(clause);
            } else if (!en) {
                g_string_append_printf(out, ", %s %s хэсэг", part_shown, locative_suffix(part));
            }
            g_free(part_shown);
        }
        g_strfreev(parts);
        g_free(number);
        g_free(law);
    }
    return g_string_free(out, FALSE);
}
