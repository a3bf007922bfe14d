/* law.h — what the pages say about a statute's history: a repealed
 * provision's banner, the act's currency, a provision's dated changes
 * (each linked to the act's other changes of that day), its text with
 * repealed parts struck through in place, and on the results page the
 * repealed provisions the default of today's law left out; and the
 * decisions under the 2002 Code's articles a provision replaced.
 *
 * Not for: reading the history (search/history.c) or the pages as a
 * whole (routes_*.c).  Internal to web/.
 */
#ifndef ZAALT_WEB_LAW_H
#define ZAALT_WEB_LAW_H

#include "search/search.h"
#include "web/html.h"
#include "web/results.h"

/* "Repealed on DATE: this is not law in force", when `u` is repealed. */
/* "Repealed on D" by `dated` (a format of one day), or `undated` when the
 * text names no day (a provision kept as "/Хүчингүй/"): never "on ?". */
void zw_law_repealed_on(zw_html *html, zw_string dated, zw_string undated, const char *day);
void zw_law_banner(zw_html *html, const zs_unit *u);
/* The same as of `day` (YYYY-MM-DD, the law of a day asked for; NULL:
 * today) for a unit zw_law_unit_on_day has read as of that day; a day
 * before the text took effect: "Not yet in force on DAY (in force from
 * …)". */
void zw_law_banner_on(zw_html *html, const zs_unit *u, const char *day);
/* Rewrites `u` (a unit of a document read for a page) as it stood on
 * `day` (NULL: nothing to do): in force when its repeal came after that
 * day, and its parts' statuses read from its history as of that day
 * (search/history.h zs_parts_parse). */
void zw_law_unit_on_day(zs_unit *u, const char *day);
/* The same banner for the part or point `key` ("9.2.1.3") asked for by
 * its reference when it, or a part holding it, is repealed or expired:
 * the article lives, the part does not. */
void zw_law_part_banner(zw_html *html, const zs_unit *u, const char *key);
/* The act's own repeal as a whole (its history's last of the act, part
 * NULL), or NULL. */
const zs_amendment *zw_law_act_repeal(const zs_document *doc);
/* "Repealed by: <the note>" (or "To be repealed by:" for a day to come)
 * for the repeal `a` of `doc` or of one of its units (NULL: nothing; an
 * expiry names no law), and the repealing statute linked, with the day
 * it was adopted, when the index holds it under `access`
 * (search/citations.h zs_law_named). */
void zw_law_repealed_by(zw_html *html, zs_engine *engine, const char *const *access, const zs_document *doc,
                        const zs_amendment *a);
/* "as amended up to DATE (N changes)", when the act's notes record any. */
void zw_law_currency(zw_html *html, const zs_document *doc);
/* The unit's changes, newest first, each with its part and a link to the
 * act's other changes of that day; and that the source holds only
 * today's wording. */
void zw_law_history(zw_html *html, const zs_document *doc, const zs_unit *u);
/* Whether `u` has a repealed part (its text is then drawn by part). */
bool zw_law_has_repealed_part(const zs_unit *u);
/* The unit's text as paragraphs (the viewer's), a repealed part's struck
 * through in its place (<del>) with its date; words marked with `hl`. */
void zw_law_paragraphs(zw_html *html, const zs_unit *u, zs_marker *hl, unsigned *marks);
/* The article's text one numbered line per paragraph with anchors
 * (#p-mn-2), the part `want` ("2", "2.1" or NULL) marked as the focus and
 * repealed parts struck through (the provision page's). */
void zw_law_parts(zw_html *html, const char *lang, const zs_unit *u, const char *want);
/* On a hit: "repealed DATE"; with an in-force day before its last change,
 * that the wording of that day is not in the source. */
void zw_law_hit_status(zw_html *html, const zs_hit *hit, const char *day);
/* On a provision of the 2015 Code: a panel per 2002 predecessor (web.h,
 * zw_predecessors) that any decision applies: its heading, count,
 * what it is (and that the correspondence is unverified, when it is), the
 * decisions, and a link to them all in search. */
void zw_predecessor_panels(zw_html *html, const GPtrArray *list);
/* "N repealed provisions also match — show them" (status:any). */
void zw_law_repealed_notice(zw_html *html, const zw_search_state *st, const zs_results *results);

#endif
