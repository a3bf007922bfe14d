/* spelling.h — building each level database's spelling dictionary from
 * its own words, so that "did you mean" (search/spelling.h) never proposes
 * a word from a level the reader cannot see.
 *
 * Not for: suggestions (search/spelling.h).
 */
#ifndef ZAALT_IX_SPELLING_H
#define ZAALT_IX_SPELLING_H

#include <glib.h>
#include <stdbool.h>

#include "shim/zx.h"

/* Brings the spelling dictionary of the writable `db` up to date with its
 * exact (unprefixed) word terms: every word of 3 to 30 letters, without
 * digits, found in at least two units, with its unit count as frequency.
 * Call at the end of an index run, before its final commit.  Frequencies
 * added by earlier runs are remembered in the metadata key
 * ZS_META_SPELLING, so a re-run adds only growth.  False with `error`
 * (IX_WRITE_ERROR) when the dictionary cannot be read or written. */
bool ix_build_spelling(zx_db *db, GError **error);

#endif
