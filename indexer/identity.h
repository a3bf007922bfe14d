/* identity.h — which folder a source name stands for in an index.
 *
 * Document ids, manifest keys and the server's file lookups all go by a
 * source's name (core/record.h zr_doc_make_id: SOURCE/PATH), and every
 * level records the folder each name stands for (source:NAME -> root).  A
 * name must therefore stand for one folder, identified by its real path:
 *
 *  - A source named after its folder on the command line keeps the name
 *    the index already knows that folder by; a new folder takes its own
 *    last path part, unless the index knows another folder by it that
 *    still exists; then it takes that part and a short hash of its real
 *    path ("docs-3f2a91c0"), and the run says so.  Two folders named docs
 *    are two sources, never one whose root the last run decides.
 *  - A folder moved or renamed is a deliberate event, reported: a source
 *    whose recorded folder is gone and that is named again at its new place
 *    (the same name in a corpus config with a new root, or the folder's
 *    last part on the command line), or a config source given a new root,
 *    loses every document and manifest entry in every level, committed,
 *    before its new root is recorded; its files are then read again from
 *    the new folder under the same ids.  No moment exists at which a
 *    document of the old folder resolves to a file of the new one.
 *
 * Not for: reading configs or the command line (sources.h), walking
 * (walk.h).
 */
#ifndef ZAALT_IX_IDENTITY_H
#define ZAALT_IX_IDENTITY_H

#include <glib.h>
#include <stdbool.h>

#include "indexer/sources.h"
#include "indexer/writer.h"

/* Names every source of `sources` (ix_source*; a source named after its
 * folder may get another name) and records each existing root in every
 * level, after clearing out moved sources as above.  What a reader should
 * know (a name given, a move) is added to `notes` (char*).  False with
 * `error` when the databases cannot be read or written. */
bool ix_bind_sources(ix_writer *w, GPtrArray *sources, GPtrArray *notes, GError **error);

#endif
