/* fingerprint.h — what tells an index run that something it wrote before
 * is still what it would write now: a file's content (SHA-256, kept in the
 * manifest) and the glossary phrases the documents of each level were
 * indexed with (gl_phrases_fingerprint, kept as ZS_META_PHRASES).
 *
 * Not for: the manifest's decisions (manifest.h) or the glossary itself
 * (core/glossary.h).
 */
#ifndef ZAALT_IX_FINGERPRINT_H
#define ZAALT_IX_FINGERPRINT_H

#include <glib.h>
#include <stdbool.h>

#include "indexer/writer.h"

/* SHA-256 of a file's content, hex; NULL if unreadable. */
char *ix_file_fingerprint(const char *path);

/* Records which glossary phrases the documents of each level carry as XG
 * terms: an empty database takes `fingerprint`; one whose documents were
 * made with other phrases, or before there were any, is marked "stale",
 * and its queries ask for the phrases by position until a forced run has
 * re-indexed everything (ix_seal_phrases).  *warned is set when a stale
 * level should be reported (not on a forced run). */
bool ix_mark_phrases(ix_writer *w, const char *fingerprint, bool force, bool *warned, GError **error);

/* After a forced run that re-made every document of every source the index
 * holds, without failures: every level carries `fingerprint`. */
bool ix_seal_phrases(ix_writer *w, const char *fingerprint, GError **error);

/* Whether `sources` (ix_source*) are the whole of every source the index
 * holds, each walked entirely (none limited to one file): only then can a
 * forced run seal the phrases. */
bool ix_covers_every_source(ix_writer *w, const GPtrArray *sources, bool *covers, GError **error);

#endif
