/* filter.c — a request's filters as a Xapian query (filter.h): each
 * "field:value" read by the field table's flags (core/schema.h) into a
 * term, a range over a date slot, or the texts in force on a day; then the
 * access levels and the one document a search may be restricted to.
 *
 * Not for: the words of the query (query.c), or how a typed value becomes
 * a term (fields.c).
 */
#include "search/filter.h"

#include <stdlib.h>
#include <string.h>

#include "core/access.h"
#include "core/schema.h"
#include "search/fields.h"

/* "2021-06-30" -> "20210630" (digits, single dashes allowed between
 * them, so "-0001-01-01" is no year 1); NULL if anything else is in the
 * text.  The caller checks the length. */
static char *
digits_of(const char *text, gssize len)
{
    GString *k = g_string_new(NULL);
    for (const char *p = text; len < 0 ? *p != '\0' : p < text + len; p++) {
        const char *end = len < 0 ? NULL : text + len;
        bool digit_after = (end == NULL || p + 1 < end) && g_ascii_isdigit(p[1]);
        if (g_ascii_isdigit(*p)) {
            g_string_append_c(k, *p);
        } else if (*p != '-' || p == text || !g_ascii_isdigit(p[-1]) || !digit_after) {
            g_string_free(k, TRUE);
            return NULL;
        }
    }
    return g_string_free(k, FALSE);
}

static bool date_end(const char *text, gssize len, bool last, GDate *out);

/* A range filter, `value` with ".." at `dots`: year:2020..2024 or
 * date:2021-01-01..2023-12-31, either end open (2020..), over the field's
 * range slot (YYYYMMDD).  The ends of a ZS_FIELD_YEAR field are years;
 * others take a day or a year.  A field without ZS_FIELD_RANGE has none. */
static zx_query *
range_query(const zs_field *field, const char *value, const char *dots, GError **error)
{
    if (dots == NULL) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_FILTER, "'%s:%s' is not a range like year:2020..2024", field->name,
                    value);
        return NULL;
    }
    bool year = (field->flags & ZS_FIELD_YEAR) != 0;
    bool ok = (field->flags & ZS_FIELD_RANGE) != 0;
    const char *starts[2] = {value, dots + 2};
    gssize lens[2] = {dots - value, -1};
    char *keys[2] = {NULL, NULL};
    for (int i = 0; ok && i < 2; i++) {
        if (lens[i] == 0 || !*starts[i])
            continue;
        keys[i] = digits_of(starts[i], lens[i]);
        size_t n = keys[i] ? strlen(keys[i]) : 0;
        GDate d;
        g_date_clear(&d, 1);
        if (!keys[i] || (year && n != 4) || (!year && n != 8 && n != 4)) {
            ok = false;
        } else if (!date_end(keys[i], -1, false, &d)) { /* 2020-02-30, 9999-99-99 */
            g_set_error(error, ZS_ERROR, ZS_ERROR_FILTER, "'%.*s' is no %s of the calendar (%s:%s)",
                        lens[i] < 0 ? (int)strlen(starts[i]) : (int)lens[i], starts[i], year ? "year" : "day",
                        field->name, value);
            g_free(keys[0]);
            g_free(keys[1]);
            return NULL;
        } else if (n == 4) { /* a year: from its first day, to its last */
            char *whole = g_strconcat(keys[i], i == 0 ? "0101" : "1231", NULL);
            g_free(keys[i]);
            keys[i] = whole;
        }
    }
    zx_query *q = NULL;
    if (ok && keys[0] && keys[1] && strcmp(keys[0], keys[1]) > 0) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_FILTER, "'%s:%s' runs backwards: its first end is after its last",
                    field->name, value);
        g_free(keys[0]);
        g_free(keys[1]);
        return NULL;
    }
    if (!ok || (!keys[0] && !keys[1]))
        g_set_error(error, ZS_ERROR, ZS_ERROR_FILTER,
                    "'%s:%s' is not a range like year:2020..2024 or date:2021-01-01..2023-12-31", field->name, value);
    else
        q = zx_query_value_range((unsigned)field->range_slot, keys[0], keys[1]);
    g_free(keys[0]);
    g_free(keys[1]);
    return q;
}

/* The texts in force on day `value` (inforce:2021-06-30): valid_from <= D
 * <= valid_to, as two ranges added to `ranges`. */
static bool
in_force_on(const zs_field *field, const char *value, GPtrArray *ranges, GError **error)
{
    char *day = digits_of(value, -1);
    /* A day of the calendar: 2019-13-45 is no day, and an in-force view of
     * it would silently be one of a day around it. */
    GDate d;
    g_date_clear(&d, 1);
    if (!day || strlen(day) != 8) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_FILTER, "in-force filters name a day: %s:2021-06-30", field->name);
        g_free(day);
        return false;
    }
    if (!date_end(day, -1, false, &d)) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_FILTER, "'%s' is no day of the calendar: %s:2021-06-30", value,
                    field->name);
        g_free(day);
        return false;
    }
    g_ptr_array_add(ranges, zx_query_value_range(ZS_SLOT_VALID_FROM, NULL, day));
    g_ptr_array_add(ranges, zx_query_value_range(ZS_SLOT_VALID_TO, day, NULL));
    g_free(day);
    return true;
}

/* A day, month or year as (y, m, d); `last` reads a month or a year as its
 * last day, else its first.  An empty end is open: 1900 or 2100. */
static bool
date_end(const char *text, gssize len, bool last, GDate *out)
{
    char *digits = len == 0 ? g_strdup("") : digits_of(text, len);
    size_t n = digits ? strlen(digits) : 0;
    bool ok = digits != NULL && (n == 0 || n == 4 || n == 6 || n == 8);
    if (ok) {
        char yy[5] = {0}, mm[3] = {0}, dd[3] = {0};
        if (n >= 4)
            memcpy(yy, digits, 4);
        int y = n ? atoi(yy) : (last ? 2100 : 1900);
        if (n >= 6)
            memcpy(mm, digits + 4, 2);
        if (n == 8)
            memcpy(dd, digits + 6, 2);
        int m = n >= 6 ? atoi(mm) : (last ? 12 : 1);
        int d = n == 8 ? atoi(dd) : 1;
        ok = y >= 1 && y <= 9999 && g_date_valid_month((GDateMonth)m);
        if (ok && n < 8 && last)
            d = g_date_get_days_in_month((GDateMonth)m, (GDateYear)y);
        ok = ok && g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y);
        if (ok)
            g_date_set_dmy(out, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
    }
    g_free(digits);
    return ok;
}

zx_query *
zs_date_terms_query(const zs_field *field, const char *value, GError **error)
{
    const char *dots = strstr(value, "..");
    GDate lo, hi;
    g_date_clear(&lo, 1);
    g_date_clear(&hi, 1);
    bool ok = dots ? date_end(value, dots - value, false, &lo) && date_end(dots + 2, -1, true, &hi)
                   : date_end(value, -1, false, &lo) && date_end(value, -1, true, &hi);
    /* A bounded number of terms: whole years from 1900 to 2100 at most. */
    if (ok && (g_date_get_year(&lo) < 1900 || g_date_get_year(&hi) > 2100 || g_date_compare(&lo, &hi) > 0))
        ok = g_date_compare(&lo, &hi) <= 0 && g_date_get_year(&hi) - g_date_get_year(&lo) <= 300;
    if (!ok || (!dots && !*value) || strcmp(value, "..") == 0) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_FILTER,
                    "'%s:%s' is not a day, month, year or range like %s:2017-01-01..2017-12-31", field->name, value,
                    field->name);
        return NULL;
    }
    GPtrArray *terms = g_ptr_array_new();
    GDate cur = lo;
    while (g_date_compare(&cur, &hi) <= 0) {
        int y = g_date_get_year(&cur), m = g_date_get_month(&cur), d = g_date_get_day(&cur);
        GDate end_year, end_month;
        g_date_clear(&end_year, 1);
        g_date_clear(&end_month, 1);
        g_date_set_dmy(&end_year, 31, 12, (GDateYear)y);
        g_date_set_dmy(&end_month, g_date_get_days_in_month((GDateMonth)m, (GDateYear)y), (GDateMonth)m,
                       (GDateYear)y);
        char *t;
        if (m == 1 && d == 1 && g_date_compare(&end_year, &hi) <= 0) {
            t = g_strdup_printf("%s%04d", field->prefix, y);
            cur = end_year;
        } else if (d == 1 && g_date_compare(&end_month, &hi) <= 0) {
            t = g_strdup_printf("%s%04d%02d", field->prefix, y, m);
            cur = end_month;
        } else {
            t = g_strdup_printf("%s%04d%02d%02d", field->prefix, y, m, d);
        }
        g_ptr_array_add(terms, zx_query_term(t, 0, 0));
        g_free(t);
        g_date_add_days(&cur, 1);
    }
    zx_query *q = zx_query_combine(ZX_OP_OR, (zx_query **)terms->pdata, terms->len);
    g_ptr_array_free(terms, TRUE);
    return q;
}

/* Whether `value` is four ASCII digits. */
static bool
is_year(const char *value)
{
    return strlen(value) == 4 && g_ascii_isdigit(value[0]) && g_ascii_isdigit(value[1]) && g_ascii_isdigit(value[2]) &&
           g_ascii_isdigit(value[3]);
}

bool
zs_field_value_ok(const zs_field *field, const char *value, GError **error)
{
    if (field->flags & ZS_FIELD_STATUS) {
        char *v = zs_field_value(field, value);
        bool known = strcmp(v, "in_force") == 0 || strcmp(v, "repealed") == 0 || strcmp(v, "any") == 0;
        g_free(v);
        if (!known) {
            g_set_error(error, ZS_ERROR, ZS_ERROR_FILTER, "%s is in_force, repealed or any, not '%s'", field->name,
                        value);
            return false;
        }
    }
    if ((field->flags & ZS_FIELD_YEAR) && !is_year(value)) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_FILTER, "%s must be four digits or a range like 2020..2024, not '%s'",
                    field->name, value);
        return false;
    }
    if (strchr(value, '*') != NULL) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_FILTER,
                    "'%s:%s': a field's value is whole, '*' (any ending) is for words and title:", field->name, value);
        return false;
    }
    return true;
}

/* Reads one "field:value" filter into `by_field` (terms, grouped by field
 * in `order`) or `ranges`; sets *in_force_given for a day filter.  False
 * with `error` set when it is malformed. */
static bool
add_filter(const char *filter, GHashTable *by_field, GPtrArray *order, GPtrArray *ranges, bool *in_force_given,
           GError **error)
{
    const char *colon = strchr(filter, ':');
    const zs_field *field = NULL;
    if (colon && colon != filter) {
        char *name = g_strndup(filter, colon - filter);
        field = zs_field_for(ZS_IN_FILTER, name);
        g_free(name);
    }
    const char *value = colon ? colon + 1 : NULL;
    /* A field without terms says what its value must be even when empty. */
    if (field && (field->flags & ZS_FIELD_IN_FORCE)) {
        if (!in_force_on(field, value, ranges, error))
            return false;
        *in_force_given = true;
        return true;
    }
    if (field && (field->flags & ZS_FIELD_DATE_TERMS)) {
        zx_query *dq = zs_date_terms_query(field, value ? value : "", error);
        if (!dq)
            return false;
        g_ptr_array_add(ranges, dq);
        return true;
    }
    if (field && (field->flags & ZS_FIELD_STATUS) && value) {
        if (!zs_field_value_ok(field, value, error))
            return false;
        char *v = zs_field_value(field, value);
        if (strcmp(v, "in_force") != 0)
            *in_force_given = true;
        g_free(v);
    }
    if (field && !field->prefix) {
        const char *dots = strstr(value, "..");
        if (!dots) {
            g_set_error(error, ZS_ERROR, ZS_ERROR_FILTER, "%s filters are ranges: %s:2021-01-01..2023-12-31",
                        field->name, field->name);
            return false;
        }
        zx_query *rq = range_query(field, value, dots, error);
        if (!rq)
            return false;
        g_ptr_array_add(ranges, rq);
        return true;
    }
    if (!colon || colon == filter || !colon[1]) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_FILTER, "filter '%s' is not of the form FIELD:VALUE", filter);
        return false;
    }
    if (!field) {
        char *msg = zs_unknown_field_message(ZS_IN_FILTER, filter);
        g_set_error_literal(error, ZS_ERROR, ZS_ERROR_FILTER, msg);
        g_free(msg);
        return false;
    }
    /* year:2024 is a term; year:2020..2024 (and any value with "..") a range. */
    const char *dots = strstr(value, "..");
    if (!dots && !zs_field_value_ok(field, value, error))
        return false;
    if (dots) {
        zx_query *rq = range_query(field, value, dots, error);
        if (!rq)
            return false;
        g_ptr_array_add(ranges, rq);
        return true;
    }
    GPtrArray *terms = g_hash_table_lookup(by_field, field->name);
    if (!terms) {
        terms = g_ptr_array_new_with_free_func(g_free);
        g_hash_table_insert(by_field, (gpointer)field->name, terms);
        g_ptr_array_add(order, (gpointer)field->name);
    }
    char *v = zs_field_value(field, value);
    g_ptr_array_add(terms, g_strconcat(field->prefix, v, NULL));
    g_free(v);
    return true;
}

bool
zs_filters_lift_default(const char *const *filters)
{
    for (const char *const *f = filters; f && *f; f++) {
        const char *colon = strchr(*f, ':');
        if (!colon)
            continue;
        char *name = g_strndup(*f, colon - *f);
        const zs_field *field = zs_field_lookup(name);
        g_free(name);
        if (field && (field->flags & ZS_FIELD_IN_FORCE))
            return true;
        if (field && (field->flags & ZS_FIELD_STATUS)) {
            char *v = zs_field_value(field, colon + 1);
            bool lifts = strcmp(v, "in_force") != 0;
            g_free(v);
            if (lifts)
                return true;
        }
    }
    return false;
}

zx_query *
zs_filter_query(const zs_request *req, GError **error)
{
    GHashTable *by_field = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_ptr_array_unref);
    GPtrArray *order = g_ptr_array_new();
    GPtrArray *ranges = g_ptr_array_new(); /* zx_query*: each ANDed */
    bool ok = true;
    bool in_force_given = false;
    for (const char *const *f = req->filters; ok && f && *f; f++)
        ok = add_filter(*f, by_field, order, ranges, &in_force_given, error);
    zx_query *q = NULL;
    /* By default, the text of an article that is in force today: earlier
     * versions (valid_to in the past) only with an in-force filter.  Today
     * by the one clock every reading of the law's days uses (UTC,
     * zl_day_passed), not the server's local day.  Written as "no last day
     * before today" over the slot only units with a last day carry: "valid
     * to today or later" read every match's VALID_TO, a fifth of what a
     * query read at 100k units. */
    zx_query *ended = NULL;
    if (ok && !in_force_given) {
        GDateTime *now = g_date_time_new_now_utc();
        GDateTime *before = g_date_time_add_days(now, -1);
        char *yesterday = g_date_time_format(before, "%Y%m%d");
        g_date_time_unref(before);
        g_date_time_unref(now);
        ended = zx_query_value_range(ZS_SLOT_ENDS, NULL, yesterday);
        g_free(yesterday);
    }
    if (ok && req->access) {
        GPtrArray *terms = g_ptr_array_new_with_free_func(g_free);
        for (const char *const *a = req->access; *a; a++)
            g_ptr_array_add(terms, g_strconcat(ZS_P_ACCESS, *a, NULL));
        if (terms->len == 0)
            g_ptr_array_add(terms, g_strdup(ZS_P_ACCESS "none"));
        g_hash_table_insert(by_field, "access:levels", terms);
        g_ptr_array_add(order, "access:levels");
    }
    if (ok && req->within_doc) {
        GPtrArray *terms = g_ptr_array_new_with_free_func(g_free);
        g_ptr_array_add(terms, g_strconcat(ZS_P_DOC, req->within_doc, NULL));
        g_hash_table_insert(by_field, "doc:within", terms);
        g_ptr_array_add(order, "doc:within");
    }
    if (ok && (order->len || ranges->len)) {
        guint n = order->len + ranges->len;
        zx_query **ands = g_new0(zx_query *, n);
        for (guint i = 0; i < order->len; i++) {
            GPtrArray *terms = g_hash_table_lookup(by_field, order->pdata[i]);
            zx_query **ors = g_new0(zx_query *, terms->len);
            for (guint j = 0; j < terms->len; j++)
                ors[j] = zs_field_term_query(terms->pdata[j]);
            ands[i] = zx_query_combine(ZX_OP_OR, ors, terms->len);
            g_free(ors);
        }
        for (guint i = 0; i < ranges->len; i++)
            ands[order->len + i] = ranges->pdata[i];
        g_ptr_array_set_size(ranges, 0); /* now owned by ands */
        q = zx_query_combine(ZX_OP_AND, ands, n);
        g_free(ands);
    } else if (ok) {
        q = zx_query_all();
    }
    if (q != NULL && ended != NULL) {
        zx_query *but[2] = {q, g_steal_pointer(&ended)};
        q = zx_query_combine(ZX_OP_AND_NOT, but, 2);
    }
    zx_query_free(ended);
    for (guint i = 0; i < ranges->len; i++)
        zx_query_free(ranges->pdata[i]);
    g_ptr_array_free(ranges, TRUE);
    g_ptr_array_free(order, TRUE);
    g_hash_table_destroy(by_field);
    return q ? zs_hide_other_copies(q, req->access) : NULL;
}

zx_query *
zs_field_range_query(const zs_field *field, const char *value, GError **error)
{
    return range_query(field, value, strstr(value, ".."), error);
}

zx_query *
zs_hide_other_copies(zx_query *q, const char *const *access)
{
    zx_query *parts[2] = {q, zx_query_term(zs_access_hidden_copy(access), 0, 0)};
    return zx_query_combine(ZX_OP_AND_NOT, parts, 2);
}
