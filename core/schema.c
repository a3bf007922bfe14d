/* schema.c — the field table declared in schema.h, and its lookup. */
#include "core/schema.h"

#include <glib.h>
#include <string.h>

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
