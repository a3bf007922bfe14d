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

#include "core/analysis.h"
#include "shim/zx.h"

/* The query with each word the index does not hold replaced by its
 * likeliest spelling (edit distance 1, or 2 for words of six letters or
 * more); field values, operators and numbers are left alone.  NULL when no
 * word needs or has a suggestion.  A new string. */
char *zs_spelling_suggest(zx_db *db, az_analyzer *az, const char *query);

#endif
