/* identity.h — which folder a source name stands for in an index.
 *
 * Document ids, manifest keys and the server's file lookups all go by a
 * source's name (core/record.h zr_doc_make_id: SOURCE/PATH), and every
 * level records the folder each name stands for (source:NAME -> root).  A
 * name must therefore stand for one folder, identified by its real path:
 *
 *  - A source named after its folder on the command line keeps the name
 *    the index already knows that folder by; a new folder takes its own
 *    last path part, unless the index knows another folder by it (one
 *    that exists, or one gone that this folder did not prove to be); then it takes that part and a short hash of its real
 *    path ("docs-3f2a91c0"), and the run says so.  Two folders named docs
 *    are two sources, never one whose root the last run decides.
 *  - A folder moved or renamed is reported in the run's notes.  It is
 *    known as moved when its recorded folder is gone and the new folder
 *    holds its files: of a sample of its manifest entries (up to 24, spread
 *    over the source), half or more, and at least one, are found at the same path
 *    with the same size and SHA-256.  A folder named on the command line
 *    that proves so takes the gone source's name, whatever its own, and
 *    the source's root is re-pointed: its documents keep their ids, the
 *    walk reads again only what differs and removes what is not there.  A
 *    configured source of another name that proves so makes the gone
 *    source's documents go (committed) before its own are read.  A
 *    configured source given a new root whose files are not the old ones
 *    loses every document in every level, committed, before its new root
 *    is recorded; they are read again from the new folder.
 *  - A folder that is gone and was not met again is kept, documents and
 *    all: a disk not mounted looks the same as a folder deleted, and
 *    nothing is removed unasked.  Every run says so, with the way to remove
 *    them (zaalt index --forget NAME, ix_forget_sources); a new folder of
 *    its last part's name is another source ("laws-3f2a91c0").
 *  - A folder or file named inside a source the index holds is part of it
 *    (src->under, src->only): the same name and ids, never a second copy.
 *    A source walked whole takes in the sources whose folders lie inside
 *    its own: their documents go (committed) and are read again as its.
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

/* Removes every document, manifest entry and failure record of the
 * sources `names` (NULL-terminated) from every level, and their roots,
 * committed; a note for each in `notes`.  IX_WRITE_ERROR_SOURCE for a name
 * the index does not hold (the message lists those it does). */
bool ix_forget_sources(ix_writer *w, char **names, GPtrArray *notes, GError **error);

/* The sources of the index folder `dir` that holds documents and that
 * `sources` do not walk whole (neither the same folder, nor a configured
 * source of the same name): "NAME (ROOT, N files)" added to `left`.  A
 * rebuild from `sources` alone would drop them (zaalt index --force
 * --writers N).  Reads the databases only; IX_WRITE_ERROR_OPEN when one
 * cannot be read. */
bool ix_sources_left_out(const char *dir, const GPtrArray *sources, GPtrArray *left, GError **error);

/* A line for each source of the index folder `dir` whose folder is gone
 * and that still holds files, added to `gone` (zaalt stats).  Reads the
 * databases only. */
bool ix_sources_gone(const char *dir, GPtrArray *gone, GError **error);

#endif
