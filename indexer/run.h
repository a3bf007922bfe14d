/* run.h — one indexing run: walk the sources (walk.h), extract changed
 * files in worker processes (pool.h, worker.h), write their units
 * (writer.h, manifest.h), remove what disappeared, commit.
 * Not for: extraction itself (extract.h) or term generation (unitdoc.h). */
#ifndef ZAALT_RUN_H
#define ZAALT_RUN_H

#include "indexer/sources.h"

#include <glib.h>

#include "core/context.h"
#include <stdbool.h>

typedef struct ix_options {
    zc_context *ctx; /* configuration and analyzer, borrowed */
    const char *db;
    GPtrArray *sources; /* ix_source*, borrowed */
    unsigned jobs;      /* parallel extractors; 0: number of cores */
    unsigned timeout_s;     /* CPU seconds a file's parsing may take; 0: IX_PARSE_CPU_SECONDS */
    unsigned ocr_timeout_s; /* CPU seconds a page's OCR may take; 0: IX_OCR_PAGE_CPU_SECONDS */
    /* Called as files finish (and once before the first): for a progress line. */
    void (*on_progress)(unsigned done, unsigned total, unsigned units, void *user);
    void *user;
    /* Asked during the walk and between answers (at least every quarter
     * second): true stops the run, which commits what it has, leaves the
     * files being read for the next run and returns with
     * summary.interrupted.  NULL: never. */
    bool (*interrupted)(void *user);
    void *interrupt_user;
    bool force;            /* re-extract unchanged files */
    bool retry_failed;     /* try again files that failed and have not changed */
    bool no_ocr;           /* never recognise scanned pages */
    bool keep_covered;     /* index PDF text drawn under opaque boxes too */
    bool follow_links;     /* follow links to files outside their source too */
    unsigned commit_every; /* units per commit; 0: 500 */
    /* Build shard `shard` (1..shards) of `shards`: only the files
     * ix_shard_of puts there; others already in it are removed.
     * shards 0 or 1: every file. */
    unsigned shard, shards;
    /* Sources whose documents are removed before the walk (zaalt index
     * --forget NAME), NULL-terminated, or NULL. */
    char **forget;
} ix_options;

typedef struct ix_summary {
    unsigned indexed;      /* files (re)indexed */
    unsigned units;        /* units written */
    unsigned unchanged;    /* skipped: same size and mtime as last run */
    unsigned unsupported;  /* skipped: not PDF, XML or text */
    unsigned removed;      /* files gone since the last run */
    unsigned still_failed; /* skipped: failed before and unchanged since */
    unsigned outdated;     /* of those read: recorded under an earlier extraction (manifest.h) */
    unsigned kept;         /* of the failures: files indexed before whose last good version is kept */
    GPtrArray *failures;   /* char* "path: reason" */
    GPtrArray *skipped;    /* char* "path: reason" */
    GPtrArray *warnings;   /* char* "path: warning" of indexed files */
    /* char*: what the run found of the sources (identity.h): a folder
     * moved, gone, taken into another source, forgotten, or told apart by
     * a new name.  The command prints them in its summary and on stderr. */
    GPtrArray *sources;
    double seconds;
    bool interrupted; /* opts.interrupted stopped the run: what is done is committed */
} ix_summary;

/* The shard (1..shards) a file belongs to (walk.c): its document id (the
 * first 12 hex digits of SHA-1 over "SOURCE/PATH", the same on every
 * machine and run) modulo `shards`, so all units of a document stay
 * together. */
unsigned ix_shard_of(const char *source, const char *relpath, unsigned shards);

/* Returns false with `error` only when the run cannot go on at all: the
 * index folder cannot be made (G_FILE_ERROR), or a database cannot be
 * opened or written (IX_WRITE_ERROR, writer.h); the run then stops at
 * once and the last commit stays searchable.  A file that fails is
 * recorded in the summary and the run goes on.  `summary` is filled
 * either way; free it with ix_summary_clear(). */
bool ix_run(const ix_options *opts, ix_summary *summary, GError **error);
void ix_summary_clear(ix_summary *summary);

/* Whether `last_run`, an index level's last-run line (ZS_META_STATS), says
 * its last run finished.  A run sets the line to "STAMP: started, not
 * finished" before it writes, so its first commit carries it, and replaces
 * it with its summary at its end; a run stopped by a signal ends it with
 * ", interrupted".  So a level that a run stopped by a full disk, an error
 * or a kill left, or that a signal stopped, says so (zaalt merge refuses
 * it: its folder lacks files of its part).  False for NULL: no run
 * finished there. */
bool ix_run_finished(const char *last_run);

#endif
