/* filter.h — the filter part of a search: the request's filters
 * ("field:value"), its access levels and the document it is restricted to,
 * as one Xapian query (filter.c).
 *
 * Not for: the words of the query (query.h).  Internal to search/.
 */
#ifndef ZAALT_SEARCH_FILTER_H
#define ZAALT_SEARCH_FILTER_H

#include "core/schema.h"
#include "search/search.h"
#include "shim/zx.h"

/* Values of one field are alternatives (OR); fields, ranges, access levels
 * and the document combine with AND; without an in-force filter, only the
 * texts in force today.  NULL with ZS_ERROR_FILTER when a filter is
 * malformed or names no field; the message is fit to show to the user. */
zx_query *zs_filter_query(const zs_request *req, GError **error);

/* Whether `filters` (NULL-terminated, may be NULL) lift that default: an
 * in-force day, or a status other than in_force (status:repealed,
 * status:any). */
bool zs_filters_lift_default(const char *const *filters);

/* The terms of a ZS_FIELD_DATE_TERMS field that cover `value`: a day,
 * month or year ("2017-05-11", "2017-05", "2017") or a range of them
 * ("2017-01-01..2017-12-31", either end open): whole years, whole months
 * and days, few of each.  NULL with `error` set when it is malformed. */
zx_query *zs_date_terms_query(const zs_field *field, const char *value, GError **error);
/* A range of a ZS_FIELD_RANGE field written "LOW..HIGH" (year:2020..2024,
 * date:2021-01-01..2023-12-31, an end open), in a filter or in the query's
 * text.  NULL with ZS_ERROR_FILTER when it is malformed, runs backwards or
 * the field takes no range. */
zx_query *zs_field_range_query(const zs_field *field, const char *value, GError **error);
/* Whether `value` is one a term field (`field` has a prefix, no free text)
 * may hold, given as a filter or typed in the query alike: a year four
 * digits (year:20x4), a status in_force, repealed or any (status:foo),
 * and no '*' in a field's value (court:*: word* is for words and title:).
 * False with ZS_ERROR_FILTER and a message fit for the user. */
bool zs_field_value_ok(const zs_field *field, const char *value, GError **error);
/* `q` (owned) without the copies of masked documents readers of `access`
 * (NULL: the operator) must not meet: the full copies for a public reader,
 * the masked ones for everyone else, who reads the full ones (schema.h,
 * ZS_P_MASK), so that each document counts once. */
zx_query *zs_hide_other_copies(zx_query *q, const char *const *access);

#endif
