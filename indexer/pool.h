/* pool.h — the parent's side of an index run's workers: a pool of
 * long-lived worker processes (worker.h), one per job slot, forked before
 * the writer has buffered anything, so neither side pays copy-on-write
 * faults for the other's memory.  A worker has its file and, while many
 * more files wait than there are workers, up to three more queued in its
 * socket, so it goes on while the caller writes another answer or commits;
 * each answer is handed to the caller as it arrives.  A worker that
 * crashes, hangs or hits a limit costs its current file, reported with the
 * reason, and is replaced; one that runs out of time on the OCR of a page
 * has its file read again without that page (at most three pages).
 * Parsing and each page's OCR have their own CPU limit in the worker and a
 * wall-clock limit here (wall_factor times the CPU limit), for a worker
 * that hangs without using CPU.
 *
 * Not for: what a worker does (worker.h), or writing answers (run.c).
 */
#ifndef ZAALT_IX_POOL_H
#define ZAALT_IX_POOL_H

#include <glib.h>
#include <stdbool.h>

#include "indexer/walk.h"
#include "indexer/worker.h"

typedef struct ix_pool_callbacks {
    /* A worker's complete answer for `job` (protocol.h). */
    void (*answer)(ix_job *job, const guint8 *data, gsize len, void *user);
    /* `job` ended without an answer: the worker crashed, timed out, hit a
     * limit or could not be started; `reason` says which. */
    void (*failed)(ix_job *job, const char *reason, void *user);
    /* Asked between answers, at least every quarter second: true ends the
     * pool (a write failed, or the run was interrupted); the files still
     * being extracted are dropped unrecorded, for the next run. */
    bool (*stopped)(void *user);
    void *user;
} ix_pool_callbacks;

typedef struct ix_pool_options {
    unsigned workers;     /* at most this many processes (no more than jobs) */
    unsigned wall_factor; /* a phase's wall-clock limit over its CPU limit (setup) */
    const ix_worker_setup *setup;
} ix_pool_options;

/* Runs every job of `jobs` (ix_job*; each is freed once answered or failed,
 * and its slot set to NULL) through the pool, and ends the workers. */
void ix_pool_run(const ix_pool_options *po, GPtrArray *jobs, const ix_pool_callbacks *cb);

#endif
