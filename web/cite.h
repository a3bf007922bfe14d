/* cite.h — how a lawyer writes a reference to what Zaalt shows: a provision
 * of a code pinpointed to its article, part and clause, a court decision by
 * court, date and number, or a page of a report — each in a Mongolian and
 * an English form, and the panel that offers both for copying.
 *
 * Not for: finding what cites what (routes_provision.c, the search library).
 */
#ifndef ZAALT_WEB_CITE_H
#define ZAALT_WEB_CITE_H

#include "search/search.h"
#include "web/html.h"

/* The two forms of one reference. */
typedef struct zw_citation {
    char *mn;
    char *en;
} zw_citation;

void zw_citation_clear(zw_citation *c);

/* The heading of a provision in the interface's language: "Эрүүгийн
 * хуулийн 13.1 дүгээр зүйл" / "Criminal Code, Article 13.1".  New string. */
char *zw_provision_heading(zw_ui ui, const char *key);
/* The heading of the decisions under a 2002 Criminal Code article
 * ("2002:113"): "2002 оны Эрүүгийн хуулийн 113 дугаар зүйлийг хэрэглэсэн
 * шийдвэрүүд" / "Decisions under Article 113 of the 2002 Criminal Code".
 * New string. */
char *zw_predecessor_heading(zw_ui ui, const char *key_2002);

/* A provision key of the Criminal Code ("13.1", "13.1.2", "13.1.2.1":
 * article, part, clause) in a code titled `code_title` (may be NULL: the
 * Criminal Code).  "Эрүүгийн хуулийн 13.1 дүгээр зүйлийн 2 дахь хэсэг" /
 * "Criminal Code of Mongolia, Article 13.1, part 2". */
void zw_cite_provision(zw_citation *c, const char *code_title, const char *key);

/* What a pasted citation must carry of the law's status, appended to
 * both forms in their language: a unit repealed ("(repealed 2017-05-11)",
 * "(2017-05-11-нд хүчингүй болсон)") or expired ("(expired …)", its time
 * ran out: `how` "expired") on `on` (may be NULL), or not yet in force on
 * `day` (NULL: today) when `valid_from` is still to come.  `status` is
 * the unit's (search.h: "in_force" | "repealed" | NULL); a citation of law
 * in force is left exactly as it was. */
void zw_cite_status(zw_citation *c, const char *status, const char *on, const char *how, const char *valid_from,
                    const char *day);

/* A decision by its court, date (YYYY-MM-DD) and case number; a page
 * pinpoint when `page` > 0. */
void zw_cite_decision(zw_citation *c, const zs_document *doc, int page);

/* Any other document, by title and year, pinpointed to a page when > 0. */
void zw_cite_document(zw_citation *c, const zs_document *doc, int page);

/* The "Cite" panel: both forms as selectable text, each with a copy button
 * that the script enables (hidden without it).  `id` keeps element ids
 * unique when a page has several panels. */
void zw_cite_panel(zw_html *html, const zw_citation *c, const char *id);

#endif
