/* maskrun.h — masking's part in an index run: the public copy of a
 * masked document made whole (its fields as well as its text), the full
 * copies a worker sends written to the level that holds them, and the masking rules a
 * source was last indexed with, so that a change of rules or of a source's
 * `mask` setting masks its documents again.
 *
 * Not for: masking text (mask.h) or the rest of the run (run.c).
 */
#ifndef ZAALT_IX_MASKRUN_H
#define ZAALT_IX_MASKRUN_H

#include <glib.h>
#include <stdbool.h>

#include "indexer/mask.h"
#include "indexer/writer.h"

/* Makes `doc` the public copy of a document that must be masked:
 * ix_mask_document, then its date: a date the masking hid from the text
 * (a date of birth, any date inside a masked stretch) is not shown as the
 * document's, which becomes the decision's date read again from the masked
 * text, or none; then, when its title was names alone (ix_mask_document
 * dropped it), a neutral one: its first heading as masked, else its type,
 * number, court and date.  False, with `error` set, when the masking could not be
 * done (ix_mask_document): the document must not be written at all. */
bool ix_mask_public_copy(const ix_masker *m, az_analyzer *az, zr_doc *doc, GError **error);

/* Writes the full copy of a masked document of `level` (an a(say) of unique
 * terms and serialised units, empty when it is not masked) to
 * ZS_MASK_FULL_LEVEL; ix_writer_delete_document of the public level has
 * removed its old one. */
bool ix_mask_write_full(ix_writer *w, int level, GVariant *full, GError **error);

/* Sets `remask` on each source walked whole whose masking (the rules'
 * fingerprint and its `mask`) differs from what the index recorded.  A
 * source the index has no record of (new, or a first run) has nothing
 * masked the old way: its masking is recorded at once, to be committed
 * with the first batch, so that a run interrupted before its end is
 * resumed, not redone.  False with `error` set when that write fails. */
bool ix_mask_check_sources(ix_writer *w, const ix_masker *m, const GPtrArray *sources, GError **error);
/* Records the masking of each source walked whole, for the next run. */
bool ix_mask_record_sources(ix_writer *w, const ix_masker *m, const GPtrArray *sources, GError **error);
/* What differs between two values `a` and `b` of the metadata key `key`
 * when it is the masking recorded for a source (the masking of two parts
 * of one index differs: zaalt merge says which setting), g_malloc'd; NULL
 * for any other key. */
char *ix_mask_record_difference(const char *key, const char *a, const char *b);

#endif
