/* walk.h — finding the files of a run: each source's folder walked in
 * sorted order (excludes, shards, links that stay inside), each file asked
 * of the manifest whether it changed; those that did become jobs.
 *
 * Not for: extracting (pool.h, worker.h) or what the manifest records
 * (manifest.h).
 */
#ifndef ZAALT_IX_WALK_H
#define ZAALT_IX_WALK_H

#include <glib.h>
#include <stdbool.h>

#include "indexer/manifest.h"
#include "indexer/run.h"
#include "indexer/writer.h"

/* One file to extract. */
typedef struct ix_job {
    ix_source *src;       /* borrowed from ix_options.sources */
    guint32 source_index; /* its index there, as the worker protocol names it */
    char *relpath, *abspath;
    ix_file_stamp stamp; /* as the walk found it */
    GArray *skip;       /* guint32 pages whose OCR an earlier attempt hung on, or NULL */
    char *note;         /* what an earlier attempt ran into, or NULL */
    /* The walk counted it unchanged, and the run reads it all the same (a
     * statute whose repeal by another changed, lawrepeal.h): once read, it
     * counts as indexed or failed instead, so the counts add up to the files. */
    bool counted_unchanged;
} ix_job;

void ix_job_free(ix_job *job);

typedef struct ix_walk {
    const ix_options *opts;
    ix_writer *writer;
    ix_summary *sum;  /* unchanged, still_failed and skipped links are counted here */
    GHashTable *seen; /* "SOURCE/PATH" of every file found, for ix_manifest_remove_gone */
    GPtrArray *jobs;  /* ix_job*: the files to extract */
    GHashTable *unchanged; /* "SOURCE/PATH" of the files counted unchanged, or NULL */
    /* Asked before each file: true ends the walk early (halted is set). */
    bool (*stopped)(void *user);
    void *stop_user;
    bool halted;
} ix_walk;

/* Walks source `source_index` of walk->opts (just its `only` file when it
 * has one).  False only when the manifest could not be written. */
bool ix_walk_source(ix_walk *walk, guint source_index, GError **error);

#endif
