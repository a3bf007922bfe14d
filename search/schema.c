/* schema.c — the field table declared in schema.h, and its lookup. */
#include "schema.h"

#include <glib.h>
#include <string.h>

#include "search/provision.h"

const zs_field zs_fields[] = {
    {"type", ZS_P_TYPE, ZS_SLOT_TYPE, 0},
    {"lang", ZS_P_LANG, ZS_SLOT_LANG, 0},
    {"year", ZS_P_YEAR, ZS_SLOT_YEAR, 0},
    {"court", ZS_P_COURT, ZS_SLOT_COURT, 0},
    {"article", ZS_P_ARTICLE, ZS_SLOT_ARTICLES, 1},
    {"outcome", ZS_P_OUTCOME, ZS_SLOT_OUTCOME, 0},
    {"source", ZS_P_SOURCE, ZS_SLOT_SOURCE, 0},
    {"doc", ZS_P_DOC, -1, 0},
    {"id", ZS_P_UNIT, -1, 0},
    {"kind", ZS_P_KIND, -1, 0},
    {"provision", ZS_P_PROVISION, -1, 0},
    {"access", ZS_P_ACCESS, -1, 0},
    {"cites", ZS_P_CITES, -1, 0},
    {"number", ZS_P_NUMBER, -1, 0},
    {"law", ZS_P_LAW, -1, 0},
    {"level", ZS_P_LEVEL, ZS_SLOT_LEVEL, 0},
};
const unsigned zs_n_fields = sizeof zs_fields / sizeof zs_fields[0];

const zs_field *
zs_field_lookup(const char *name)
{
    for (unsigned i = 0; i < zs_n_fields; i++)
        if (strcmp(zs_fields[i].name, name) == 0)
            return &zs_fields[i];
    return NULL;
}

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
