/* filter.h — the filter part of a search: the request's filters
 * ("field:value"), its access levels and the document it is restricted to,
 * as one Xapian query (filter.c).
 *
 * Not for: the words of the query (query.h).  Internal to search/.
 */
#ifndef ZAALT_SEARCH_FILTER_H
#define ZAALT_SEARCH_FILTER_H

#include "search/search.h"
#include "shim/zx.h"

/* Values of one field are alternatives (OR); fields, ranges, access levels
 * and the document combine with AND; without an in-force filter, only the
 * texts in force today.  NULL with ZS_ERROR_FILTER when a filter is
 * malformed or names no field; the message is fit to show to the user. */
zx_query *zs_filter_query(const zs_request *req, GError **error);

/* `q` (owned) without the copies of masked documents readers of `access`
 * (NULL: the operator) must not meet: the full copies for a public reader,
 * the masked ones for everyone else, who reads the full ones (schema.h,
 * ZS_P_MASK), so that each document counts once. */
zx_query *zs_hide_other_copies(zx_query *q, const char *const *access);

#endif
