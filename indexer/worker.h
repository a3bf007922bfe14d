/* worker.h — a worker process of an index run: it takes one file at a
 * time over its socket (protocol.h), extracts it under a CPU-time limit
 * and an address-space limit, analyses its units into index documents
 * with its own warm analyser cache, and sends them back serialised.  A
 * hostile file can crash, hang or exhaust a worker; it costs that file,
 * never the run (pool.h replaces the worker).
 *
 * Not for: the parent's side (pool.h) or writing (run.c, writer.h).
 */
#ifndef ZAALT_IX_WORKER_H
#define ZAALT_IX_WORKER_H

#include <glib.h>

#include "core/analysis.h"
#include "indexer/extractor.h"

/* CPU seconds a worker may spend on one file (SIGXCPU ends it there). */
#define IX_WORKER_CPU_SECONDS     120
/* OCR costs 2-3 s of CPU a page: files that need it get a longer leash. */
#define IX_WORKER_CPU_SECONDS_OCR 900
#define IX_WORKER_MEMORY_BYTES    (2UL << 30)

/* What a worker inherits from the parent that forked it. */
typedef struct ix_worker_setup {
    const GPtrArray *sources; /* ix_source*, as jobs name them by index */
    ix_extractor *ex;         /* this process's copy: freed before it exits */
    az_analyzer *az;
    unsigned cpu_seconds; /* per file */
} ix_worker_setup;

/* The worker's life, in the forked child: serves jobs on `fd` until the
 * parent closes it, then exits.  Never returns. */
G_GNUC_NORETURN void ix_worker_main(int fd, const ix_worker_setup *setup);

#endif
