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

/* The word a Mongolian word the index does not hold (`folded`, case-folded
 * Cyrillic) was likely meant as: the one at the least cost of the letter
 * pairs a keyboard or phone confuses (у/ү, о/ө, е/э, и/й) and at most one
 * slip beside them (a letter left out, doubled or extra, a neighbouring
 * key, two letters swapped), the commoner at equal cost: a word the index
 * holds, its forms together in two units or more (one, when it differs by
 * one or two of the pairs alone).  *confident (when not NULL) says no other word
 * at that cost is nearly as common, and the word is in two units or more.  NULL when none is; a new string. */
char *zs_spelling_slip(zx_db *db, az_analyzer *az, const char *folded, bool *confident);

#endif
