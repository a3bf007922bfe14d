/* unitdoc.h — a unit as Xapian sees it: the terms, values and data the
 * schema (schema.h) promises, made with the shared analysis (analysis.h).
 * The indexer calls this; nothing else writes index documents.
 * Not for: extraction (indexer/). */
#ifndef ZAALT_UNITDOC_H
#define ZAALT_UNITDOC_H

#include "core/analysis.h"
#include "core/record.h"
#include "indexer/document.h"
#include "shim/zx.h"

/* Builds the Xapian document of `unit`; *unique_term gets its Q term. */
zx_doc *zs_unit_document(az_analyzer *az, const zr_doc *doc, const zr_unit *unit, char **unique_term);
/* For a living article with repealed parts, a second index document that
 * holds only those parts' text (zl_text_repealed): kind "repealed_parts",
 * status repealed since the latest of their repeals, in force until the
 * day before it, with the article's ordinal, label and history.  So their
 * words are found by status:any, status:repealed and in-force days before
 * the repeal, never by today's law, and not as the provision itself (no
 * provision, article or citation terms).  NULL for every other unit, and
 * when the parts kept no words (a point's number alone). */
/* Whether a unique term is a unit's, not that of a unit's repealed parts
 * (whose ends in "r"): what counts as a unit in a run's figures. */
bool zs_unique_is_unit(const char *unique_term);
zx_doc *zs_repealed_parts_document(az_analyzer *az, const zr_doc *doc, const zr_unit *unit, char **unique_term);
/* For a living article with parts added from a day to come
 * (zl_history_pending), a third index document holding only their text:
 * kind "pending_parts", unique term the unit's with "p" after it, in
 * force from the first of those days, with the article's record (its
 * ordinal, label and history) but none of its parts, headings or
 * provision terms.  So their words are found (the article's own document
 * leaves them out), by today's search and status:any said not yet in
 * force (search.c), by an in-force day on or after theirs as law, never
 * by a day before.  NULL for every other unit. */
zx_doc *zs_pending_parts_document(az_analyzer *az, const zr_doc *doc, const zr_unit *unit, char **unique_term);

/* The year of a YYYY-MM-DD date, or NULL. */
char *zs_year_of(const char *date);

#endif
