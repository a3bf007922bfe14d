/* worker.h — a worker process of an index run: it takes one file at a
 * time over its socket (protocol.h), extracts it under a CPU-time limit
 * and an address-space limit, analyses its units into index documents
 * with its own warm analyser cache, and sends them back serialised.  A
 * hostile file can crash, hang or exhaust a worker; it costs that file,
 * never the run (pool.h replaces the worker).  The worker tells the parent
 * when the OCR of a page starts and ends (protocol.h), so that parsing and
 * each page are timed apart, and leaves out the pages the job names.
 *
 * Not for: the parent's side (pool.h) or writing (run.c, writer.h).
 */
#ifndef ZAALT_IX_WORKER_H
#define ZAALT_IX_WORKER_H

#include <glib.h>
#include <sys/types.h>

#include "core/analysis.h"
#include "indexer/extractor.h"

/* CPU seconds a file's parsing (everything but OCR: reading, structure,
 * analysis) may take unless the options say: a statute of 900 pages takes
 * a few seconds, so a file past this is hanging. */
#define IX_PARSE_CPU_SECONDS    60
/* CPU seconds one page's OCR (rendering and recognition) may take unless
 * the options say: a page takes 2-3 s; a page past this is left out and the
 * file read again without it (pool.c). */
#define IX_OCR_PAGE_CPU_SECONDS 30
/* CPU seconds of OCR one file may have in all: later pages are not read
 * (a warning says so), so a 300-page scan is read, a file of hanging pages
 * is not read for ever. */
#define IX_OCR_FILE_CPU_SECONDS 1800
/* CPU seconds the rendering of a page for OCR may take, of its page's
 * budget: a page renders in a second or two.  Past this the document is
 * hostile to the renderer (poppler building an exponential tree of form
 * fields for any page of the file), so OCR of the rest of the file is
 * skipped, not tried page after page (pool.c). */
#define IX_OCR_RENDER_CPU_SECONDS 15
static inline unsigned
ix_render_cpu_seconds(unsigned ocr_page_cpu_s)
{
    return ocr_page_cpu_s < IX_OCR_RENDER_CPU_SECONDS ? ocr_page_cpu_s : IX_OCR_RENDER_CPU_SECONDS;
}
/* Why a page's rendering was stopped ("page 3 could not be rendered
 * within the render limit (15 s of CPU)"), g_malloc'd: worded the same
 * whether the CPU limit or the wall-clock limit derived from it (pool.h)
 * ran out first, which only the host's load decides. */
char *ix_render_limit_reason(unsigned page, unsigned ocr_page_cpu_s);
/* In a progress report's page number: the page is being rendered. */
#define IX_PAGE_RENDERING 0x80000000u
/* In a job's pages to skip: OCR stops at this page (its number below the
 * flag) and every later one. */
#define IX_SKIP_FROM      0x80000000u
#define IX_WORKER_MEMORY_BYTES  (2UL << 30)

/* What a worker inherits from the parent that forked it. */
typedef struct ix_worker_setup {
    const GPtrArray *sources; /* ix_source*, as jobs name them by index */
    ix_extractor *ex;         /* this process's copy: freed before it exits */
    az_analyzer *az;
    unsigned parse_cpu_s;    /* per file, OCR not counted */
    unsigned ocr_page_cpu_s; /* per page */
    unsigned ocr_file_cpu_s; /* per file */
    /* The index folder (its real path): the worker closes every descriptor
     * it inherited there, so it never holds the writer's locks. */
    const char *db_dir;
    /* [index] follow-links: a file may lead out of its source. */
    bool follow_links;
} ix_worker_setup;

/* The worker's life, in the forked child of `parent`: dies with it
 * (PR_SET_PDEATHSIG, and a closed socket), ignores the terminal's Ctrl-C
 * and SIGTERM (the parent decides), serves jobs on `fd` until the parent
 * closes it, then exits.  Never returns. */
G_GNUC_NORETURN void ix_worker_main(int fd, pid_t parent, const ix_worker_setup *setup);

#endif
