/* research.h — the results page's research tools (issue 21): notices on
 * how the query was read, several passages per hit, export links.
 *
 * Not for: the results page itself (routes_search.c), the export formats
 * (search/export.c), feeds (routes_feed.c).
 */
#ifndef ZAALT_WEB_RESEARCH_H
#define ZAALT_WEB_RESEARCH_H

#include "web/results.h"

/* What the engine says about how the query was read (zs_results.notices),
 * one <p class="notice"> each; nothing when there is none. */
void zw_query_notices(zw_html *html, const zs_results *results);

/* Links to this search's hits as CSV and RIS (GET /api/search with
 * format=), under the same access: a <p class="export">. */
void zw_export_links(zw_html *html, const zw_search_state *st);

/* A hit's further passages (the first is its snippet), each a
 * <p class="snippet passage">; nothing when it has one or none. */
void zw_hit_passages(zw_html *html, const zs_hit *hit);

#endif
