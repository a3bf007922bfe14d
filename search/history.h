/* history.h — a statute's history read back from unit records: changes,
 * parts with their status, an act's currency, and their JSON.
 *
 * Not for: reading notes (legal/amendment.h) or writing records
 * (indexer/document.c).
 */
#ifndef ZAALT_HISTORY_H
#define ZAALT_HISTORY_H

#include <json-glib/json-glib.h>

#include "search/search.h"

/* What depends on the day takes it as `day`: "YYYY-MM-DD", the day the
 * law is read as of (a search for the law of a day, zs_results.in_force_day),
 * or NULL for today (UTC); legal/amendment.h reads it so. */

/* ZR_KEY_AMENDMENTS lines as zs_amendment* (free with the array). */
GPtrArray *zs_history_parse(const char *lines);
/* ZR_KEY_PARTS lines as zs_part*, each part's status from `history` on
 * `day`. */
GPtrArray *zs_parts_parse(const char *lines, const GPtrArray *history, const char *day);
/* Whether every first-level part of article `provision` is repealed on
 * `day` (legal/amendment.h zl_every_part_repealed, by the record's parts
 * and history): an article repealed only so was law on a day before the
 * last of those repeals.  *on (borrowed from `history`) its day. */
bool zs_every_part_repealed(const char *provision, const GPtrArray *history, const GPtrArray *parts,
                            const char **on, const char *day);
/* A living article's `text` without its repealed parts, as the indexer
 * indexed it (legal/amendment.h, zl_text_in_force, called here with the
 * record's `history` and `parts`, from zs_history_parse and
 * zs_parts_parse): what a hit's snippet and passages quote.  NULL when no
 * part is repealed. */
char *zs_text_in_force(const char *text, const GPtrArray *history, const GPtrArray *parts, const char *day);
/* The date of the last line of a stored history whose day has come by
 * `day`, or NULL (a new string). */
char *zs_history_last_date(const char *lines, const char *day);
/* Sets d->amended_to and d->changes from every unit's history and the
 * act's own, the changes whose day has come by `day`. */
void zs_document_currency(zs_document *d, const char *day);

/* Whether a history date (YYYY, YYYY-MM or YYYY-MM-DD) is `day` or
 * before, and the day after one (new, NULL when malformed): the legal
 * layer's own reading (legal/amendment.h), for the web, which may not use
 * that layer. */
bool zs_day_passed(const char *date, const char *day);
char *zs_day_after(const char *date);
/* The repeals and expiries (a part in force until a day) in `history`
 * (zs_amendment*) dated ahead of `day`: a new array of borrowed entries,
 * oldest first, or NULL when there is none. */
GPtrArray *zs_history_ahead(const GPtrArray *history, const char *day);

/* How a part or unit ceased to be law: "expired" when the change that
 * decided it is an expiry (its time ran out, legal/amendment.h), else
 * "repealed".  zs_history_gone_how takes the deciding change's date as
 * zl_history_repealed lent it (NULL: not repealed, NULL back);
 * zs_unit_gone_how a unit (NULL unless its status is repealed), its
 * deciding change as of `day`. */
const char *zs_history_gone_how(const GPtrArray *history, const char *on);
const char *zs_unit_gone_how(const zs_unit *u, const char *day);
/* The change that ends the unit itself as of `day` (NULL: today): the
 * repeal or expiry that decided a repealed unit's status, else its first
 * repeal or expiry dated ahead of `day`; NULL when there is none.  Its
 * note names what repealed it. */
const zs_amendment *zs_unit_ceased_by(const zs_unit *u, const char *day);
/* Whether the end `a` records was read from "… хүртэл" ("until"): an
 * expiry or a suspension whose note says until a day, which the legal
 * layer reads as exclusive (the day named is the first day it no longer
 * holds; legal/amendment.h). */
bool zs_amendment_until_exclusive(const zs_amendment *a);
/* Whether the unit itself (`part` NULL) or `part` is suspended on `day`,
 * and until when (legal/amendment.h zl_history_suspended), for the web. */
bool zs_history_suspended(const GPtrArray *history, const char *part, const char **until, const char *day);

void zs_part_free(gpointer part);

/* A member `name` of the object `b` is building: `value`, or null.  The
 * one helper of the engine's JSON (json.c, history.c) and the web's. */
void zs_json_str(JsonBuilder *b, const char *name, const char *value);
/* A part's key as readers show it: the number the text writes, "16.3"
 * for each of two parts the text numbers 16.3 and the index keys apart
 * ("16.3#1", legal/amendment.h zl_occurrence_key); new.  Statuses are
 * read by the key, never by what is shown. */
char *zs_part_shown(const char *key);
/* zs_json_str of a part's key as shown (zs_part_shown). */
void zs_json_part(JsonBuilder *b, const char *name, const char *key);
/* "name": [{"date","change","part","note"}, …] */
void zs_json_amendments(JsonBuilder *b, const char *name, const GPtrArray *history);
/* "parts": [{"key","status","repealed_on","repealed_how","in_force_from",
 * "suspended_until"}, …] */
void zs_json_parts(JsonBuilder *b, const GPtrArray *parts);

#endif
