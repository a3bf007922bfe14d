/* fields.c — which fields queries and filters accept, the message for an
 * unknown one, and what a user typed after `field:` turned into the term
 * value the index holds (fields.h).  Every rule here reads the flags of
 * the field table (core/schema.h), never a field's name.
 */
#include "search/fields.h"

#include <glib.h>
#include <stdbool.h>
#include <string.h>

#include "legal/provision.h"

/* Whether `f` takes `name:value` as a term: what the error message lists. */
static bool
takes_terms(zs_field_use use, const zs_field *f)
{
    return f->prefix != NULL && (use == ZS_IN_QUERY || !(f->flags & ZS_FIELD_TEXT));
}

const zs_field *
zs_field_for(zs_field_use use, const char *name)
{
    const zs_field *f = zs_field_lookup(name);
    if (f == NULL || takes_terms(use, f))
        return f;
    if (use == ZS_IN_FILTER && (f->flags & (ZS_FIELD_RANGE | ZS_FIELD_IN_FORCE)))
        return f;
    /* date:2021-01-01..2023-12-31 in the text, as the range error and the
     * help suggest: a range field of no terms is searched by its range. */
    if (use == ZS_IN_QUERY && (f->flags & ZS_FIELD_RANGE))
        return f;
    return NULL;
}

char *
zs_unknown_field_message(zs_field_use use, const char *what)
{
    GString *m = g_string_new(NULL);
    if (use == ZS_IN_QUERY)
        g_string_append_printf(m, "unknown field '%s' (fields: ", what);
    else
        g_string_append_printf(m, "unknown filter field in '%s' (fields: ", what);
    bool first = true;
    for (unsigned i = 0; i < zs_n_fields; i++) {
        if (!takes_terms(use, &zs_fields[i]))
            continue;
        g_string_append_printf(m, "%s%s", first ? "" : ", ", zs_fields[i].name);
        first = false;
    }
    g_string_append_c(m, ')');
    return g_string_free(m, FALSE);
}

char *
zs_field_value(const zs_field *field, const char *value)
{
    char *v = g_strstrip(g_strdup(value));
    unsigned flags = field->flags;
    if (flags & ZS_FIELD_LOWERCASE) {
        char *low = g_utf8_strdown(v, -1);
        g_free(v);
        return low;
    }
    if (flags & ZS_FIELD_DATE_TERMS) { /* "2017-05-11" is XE20170511 */
        GString *d = g_string_new(NULL);
        for (const char *p = v; *p; p++)
            if (*p != '-')
                g_string_append_c(d, *p);
        g_free(v);
        return g_string_free(d, FALSE);
    }
    if (flags & ZS_FIELD_REFERENCE) {
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
    /* A field of provisions and decisions alike (cites) reads a value as a
     * provision only when it starts with a digit. */
    if ((flags & ZS_FIELD_PROVISION) && (!(flags & ZS_FIELD_DECISION) || (g_ascii_isdigit(*v) && !strchr(v, '/')))) {
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

/* Repealed also: a unit the index read as in force because its repeal
 * was dated ahead (its due day, indexer/due.h), whose last day in force
 * has passed since; the next `zaalt index` writes it repealed. */
static zx_query *
repealed_since_indexed(zx_query *t)
{
    GDateTime *now = g_date_time_new_now_utc();
    GDateTime *yesterday_dt = g_date_time_add_days(now, -1);
    char *today = g_date_time_format(now, "%Y%m%d"), *yesterday = g_date_time_format(yesterday_dt, "%Y%m%d");
    g_date_time_unref(yesterday_dt);
    g_date_time_unref(now);
    zx_query *since[2] = {zx_query_value_range(ZS_SLOT_DUE, NULL, today),
                          zx_query_value_range(ZS_SLOT_VALID_TO, NULL, yesterday)};
    zx_query *either[2] = {t, zx_query_combine(ZX_OP_AND, since, 2)};
    g_free(today);
    g_free(yesterday);
    return zx_query_combine(ZX_OP_OR, either, 2);
}

zx_query *
zs_field_term_query(const char *term)
{
    zx_query *t = zx_query_term(term, 0, 0);
    if (strcmp(term, ZS_P_STATUS "repealed") == 0)
        return repealed_since_indexed(t);
    bool is_public = strcmp(term, ZS_P_ACCESS "public") == 0;
    if (!is_public && strcmp(term, ZS_P_ACCESS "restricted") != 0)
        return t;
    zx_query *both[2] = {t, zx_query_term(ZS_P_MASK ZS_MASK_FULL, 0, 0)};
    return zx_query_combine(is_public ? ZX_OP_OR : ZX_OP_AND_NOT, both, 2);
}
