/* spelling.h — "did you mean": a spelling dictionary built from the index's
 * own words (both scripts), and suggestions for query words the index does
 * not hold.
 *
 * Xapian keeps one spelling table per database; access levels are separate
 * databases, so a suggestion never names a word from a level the searcher
 * cannot see as long as each level's dictionary is built from that level.
 *
 * Not for: matching words (query.c); a Latin-typed Mongolian word (huuhed)
 * is found through its key and needs no suggestion.
 */
#ifndef ZAALT_SPELLING_H
#define ZAALT_SPELLING_H

#include "search/analysis.h"
#include "search/zx.h"

/* Brings the spelling dictionary of the writable `db` up to date with its
 * exact (unprefixed) word terms: every word of 3 to 30 letters, without
 * digits, found in at least two units, with its unit count as frequency.
 * Call at the end of an index run, before its final commit.  Frequencies
 * added by earlier runs are remembered in the metadata key
 * ZS_META_SPELLING, so a re-run adds only growth.  Returns 0, or -1 with
 * `*errmsg` (g_malloc'd, if errmsg is not NULL). */
int zs_build_spelling(zx_db *db, char **errmsg);

/* The query with each word the index does not hold replaced by its
 * likeliest spelling (edit distance 1, or 2 for words of six letters or
 * more); field values, operators and numbers are left alone.  NULL when no
 * word needs or has a suggestion.  A new string. */
char *zs_spelling_suggest(zx_db *db, az_analyzer *az, const char *query);

#endif
