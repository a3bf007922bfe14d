/* results.h — the parts of the results page (GET /search) its files share:
 * the page's state, read from its URL alone, and the links that change one
 * thing in it (search_state.c); the panel of facets and range forms, and
 * the chips of active filters (facets.c).  routes_search.c puts the page
 * together.
 *
 * Not for: the JSON API (api.c), which reads filters through
 * zw_request_filters (web.h).  Internal to web/.
 */
#ifndef ZAALT_WEB_RESULTS_H
#define ZAALT_WEB_RESULTS_H

#include <glib.h>

#include "search/search.h"
#include "web/html.h"
#include "web/web.h"

typedef struct zw_search_state {
    const char *q;    /* "" when absent */
    GPtrArray *pairs; /* char*: field, value, field, value … (owned) */
    unsigned page;    /* 1-based */
    zs_sort sort;
    bool as_typed; /* as_typed=1: every word searched as typed (zs_request.as_typed) */
} zw_search_state;

/* ---- the state (search_state.c) ---- */

/* Reads the words (q), the filters (every parameter naming a facet, range
 * or in-force field of the field table, and the range forms' two boxes as
 * one canonical range), the page, the sort and as_typed.  zw_state_clear frees it. */
void zw_state_read(const zw_request *req, zw_search_state *st);
void zw_state_clear(zw_search_state *st);
/* Whether the request asks for every word as typed (as_typed=1). */
bool zw_param_as_typed(const zw_request *req);
/* "field:value" strings for zs_request.filters, NULL-terminated. */
char **zw_state_filters(const zw_search_state *st);
/* The value of the first filter on `field`, or NULL. */
const char *zw_state_value(const zw_search_state *st, const char *field);
/* The index in pairs of filter field=value, or -1. */
int zw_state_index(const zw_search_state *st, const char *field, const char *value);
const char *zw_sort_name(zs_sort sort);

/* The state's URL with one filter added (add_field != NULL), one removed
 * (drop = its index in pairs, -1: none, -2: all), on page `page`, with
 * the words `q` (zw_search_url: the state's own words). */
char *zw_search_url_q(const zw_search_state *st, const char *q, const char *add_field, const char *add_value, int drop,
                      unsigned page);
char *zw_search_url(const zw_search_state *st, const char *add_field, const char *add_value, int drop, unsigned page);
/* Hidden inputs carrying the words and filters (minus those named in
 * `except`, NULL-terminated) into a form that changes something else. */
void zw_hidden_state(zw_html *html, const zw_search_state *st, const char *const *except, bool with_sort);

/* ---- facets and chips (facets.c) ---- */

/* The display form of an active filter's value: a range reads 2020–2024.
 * A new string. */
char *zw_filter_display(zw_ui ui, const char *field, const char *value);
/* The active filters as chips that remove them, and "clear all". */
void zw_chips(zw_html *html, const zw_search_state *st);
/* The "Refine" panel: the fields of the table's panel in its order, each
 * its facet's values (links that add a filter) and, for a range field, its
 * form. */
void zw_facets(zw_html *html, const zw_search_state *st, const zs_results *results);

/* ---- saving it (routes_saved.c) ---- */

/* The "Save this search" form, for a reader signed in with a session;
 * nothing for anyone else. */
void zw_save_form(zw_html *html, const zw_request *req, const zw_search_state *st);

#endif
