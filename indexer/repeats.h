/* repeats.h — parts of one unit that its text numbers alike, each keyed
 * apart so that each keeps its own history, status and text.
 *
 * A consolidated statute keeps a repealed part's number and words under
 * its note and numbers the part that took its place the same ("16.3 …
 * /Энэ хэсгийг … хүчингүй болсонд тооцсон/ 16.3 …"), and a point is
 * sometimes numbered again by mistake further down ("19.5.1 … 19.5.1 …
 * /Энэ заалтыг … хүчингүй/").  A note speaks of the occurrence it follows,
 * never of the number: keyed by number alone, one repeal struck both, or
 * a later part's note put the repealed one back in force.
 *
 * Not for: reading or attaching notes (amendments.c, legal/amendment.h:
 * zl_occurrence_key, zl_part_number).
 */
#ifndef ZAALT_IX_REPEATS_H
#define ZAALT_IX_REPEATS_H

#include <glib.h>

#include "core/record.h"

/* Keys every occurrence of a number the unit's parts repeat but one
 * (zl_occurrence_key, by its place among them from 1) with its points,
 * shallowest number first; the one left the number is the occurrence
 * `keepers` names for it (number -> GINT_TO_POINTER(place), may be NULL),
 * else the last.  Run on the parts as found, and again on the parts found
 * once the notes left the text: the places are the same. */
void ix_key_repeated_parts(zr_unit *unit, GHashTable *keepers);

/* Once the notes are attached: when the occurrence holding the number is
 * repealed today and another is not, the number goes to the last one in
 * force (a reference to 16.3 means the part in force), keys of parts and
 * history exchanged, and `keepers` records its place for the parts found
 * again (ix_key_repeated_parts). */
void ix_settle_repeated_parts(zr_unit *unit, GHashTable *keepers);

#endif
