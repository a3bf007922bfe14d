/* fields.c — what a user typed after `field:` turned into the term value
 * the index holds (fields.h). */
#include "search/fields.h"

#include <glib.h>
#include <string.h>

#include "legal/provision.h"

char *
zs_field_value(const zs_field *field, const char *value)
{
    char *v = g_strstrip(g_strdup(value));
    const char *name = field->name;
    if (strcmp(name, "type") == 0 || strcmp(name, "lang") == 0 || strcmp(name, "outcome") == 0 ||
        strcmp(name, "kind") == 0 || strcmp(name, "access") == 0 || strcmp(name, "level") == 0) {
        char *low = g_utf8_strdown(v, -1);
        g_free(v);
        return low;
    }
    if (strcmp(name, "article") == 0 || strcmp(name, "provision") == 0 || strcmp(name, "cites") == 0 ||
        strcmp(name, "number") == 0) {
        /* Any spelling of a reference: "Art. 13.1(2)", "13.1 дүгээр зүйлийн 2
         * дахь хэсэг", "2024/ШЦТ/067", "2002:113" (already a key). */
        char *key = zp_parse_query_ref(v);
        if (key != NULL) {
            g_free(v);
            return key;
        }
        if (strchr(v, ':') != NULL || strchr(v, '/') != NULL)
            return v;
    }
    if (strcmp(name, "article") == 0 || strcmp(name, "provision") == 0 ||
        (strcmp(name, "cites") == 0 && g_ascii_isdigit(*v) && !strchr(v, '/'))) {
        /* Keep the leading run of digits and dots: "13.1.", "Art.13.1" -> 13.1 */
        const char *p = v;
        while (*p && !g_ascii_isdigit(*p))
            p++;
        const char *e = p;
        while (*e && (g_ascii_isdigit(*e) || (*e == '.' && g_ascii_isdigit(e[1]))))
            e++;
        char *key = e > p ? g_strndup(p, e - p) : g_strdup(v);
        g_free(v);
        return key;
    }
    return v;
}
