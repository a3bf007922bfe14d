/* worker.c — a worker process of an index run: limits, the job loop, and
 * one file extracted and analysed into its answer (worker.h).
 *
 * Not for: starting, feeding or replacing workers (pool.c).
 */
#include "indexer/worker.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

#include "core/schema.h"
#include "indexer/due.h"
#include "indexer/extract.h"
#include "indexer/extractor.h"
#include "indexer/fingerprint.h"
#include "indexer/lawrepeal.h"
#include "indexer/mask.h"
#include "indexer/maskrun.h"
#include "indexer/protocol.h"
#include "indexer/sources.h"
#include "indexer/unitdoc.h"
#include "shim/zx.h"

#if defined(__SANITIZE_ADDRESS__)
#define ZAALT_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ZAALT_ASAN 1
#else
#define ZAALT_ASAN 0
#endif
#else
#define ZAALT_ASAN 0
#endif

/* CPU seconds this process has used. */
static double
cpu_used(void)
{
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) != 0)
        return 0;
    return (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + (double)ru.ru_stime.tv_sec +
           ru.ru_stime.tv_usec / 1e6;
}

/* SIGXCPU ends the worker once it has used `until` CPU seconds in all
 * (its usage accumulates over its files, so every limit is absolute). */
static void
limit_cpu_at(double until)
{
    struct rlimit cur;
    if (getrlimit(RLIMIT_CPU, &cur) != 0)
        return;
    struct rlimit lim = {(rlim_t)until + 1, cur.rlim_max};
    if (lim.rlim_max != RLIM_INFINITY && lim.rlim_cur > lim.rlim_max)
        lim.rlim_cur = lim.rlim_max;
    setrlimit(RLIMIT_CPU, &lim);
}

/* The clock of the file a worker is on: parsing and OCR are timed apart
 * (worker.h).  The parent learns of each switch (protocol.h), so it can
 * say which one ran out. */
typedef struct file_clock {
    int fd;
    const ix_worker_setup *ws;
    double start;       /* CPU used when the file began */
    double ocr;         /* CPU spent on this file's OCR so far */
    double page;        /* CPU used when the current page's OCR began */
    guint32 number;     /* that page */
    const GArray *skip; /* guint32 pages to leave out */
} file_clock;

/* Tells the parent; a parent that no longer listens has died or given up
 * on this worker, which then has nothing left to do. */
static void
tell_parent(file_clock *c, guint32 page)
{
    GByteArray *m = ix_progress_encode(page);
    bool sent = ix_send_frame(c->fd, m->data, m->len);
    g_byte_array_free(m, TRUE);
    if (!sent)
        _exit(1);
}

char *
ix_render_limit_reason(unsigned page, unsigned ocr_page_cpu_s)
{
    return g_strdup_printf("page %u could not be rendered within the render limit (%u s of CPU)", page,
                           ix_render_cpu_seconds(ocr_page_cpu_s));
}

static ix_ocr_verdict
page_begin(int number, char **why, void *user)
{
    file_clock *c = user;
    for (guint i = 0; i < c->skip->len; i++) {
        guint32 s = g_array_index(c->skip, guint32, i);
        if ((s & IX_SKIP_FROM) && (guint32)number >= (s & ~IX_SKIP_FROM)) {
            char *reason = ix_render_limit_reason(s & ~IX_SKIP_FROM, c->ws->ocr_page_cpu_s);
            *why = g_strdup_printf("OCR stopped at page %d: %s", number, reason);
            g_free(reason);
            return IX_OCR_STOP;
        }
        if (s == (guint32)number) {
            *why = g_strdup_printf("page %d: not recognised: its OCR took more than %u s of CPU", number,
                                   c->ws->ocr_page_cpu_s);
            return IX_OCR_SKIP;
        }
    }
    if (c->ocr >= c->ws->ocr_file_cpu_s) {
        *why = g_strdup_printf("OCR stopped at page %d: the file had its %u s of CPU for OCR", number,
                               c->ws->ocr_file_cpu_s);
        return IX_OCR_STOP;
    }
    tell_parent(c, (guint32)number | IX_PAGE_RENDERING);
    c->number = (guint32)number;
    c->page = cpu_used();
    limit_cpu_at(c->page + ix_render_cpu_seconds(c->ws->ocr_page_cpu_s));
    return IX_OCR_GO;
}

/* Rendered: the rest of the page's budget is recognition's. */
static void
page_rendered(void *user)
{
    file_clock *c = user;
    tell_parent(c, c->number);
    limit_cpu_at(c->page + c->ws->ocr_page_cpu_s);
}

static void
page_end(void *user)
{
    file_clock *c = user;
    c->ocr += cpu_used() - c->page;
    tell_parent(c, 0);
    limit_cpu_at(c->start + c->ocr + c->ws->parse_cpu_s);
}

/* The descriptors this process inherited inside the index folder: the
 * writer's lock files above all.  A worker that kept them would keep the
 * index locked after its parent died (Xapian's glass backend locks with an
 * open file description lock, held while any copy of the descriptor is
 * open, and our own lock (lock.c) is an flock, the same). */
static void
close_index_descriptors(const char *db_dir, int keep)
{
    if (db_dir == NULL)
        return;
    size_t n = strlen(db_dir);
    GDir *d = g_dir_open("/proc/self/fd", 0, NULL);
    if (d == NULL)
        return;
    GArray *close_these = g_array_new(FALSE, FALSE, sizeof(int));
    const char *name;
    while ((name = g_dir_read_name(d)) != NULL) {
        int fd = atoi(name);
        if (fd <= 2 || fd == keep)
            continue;
        char *link = g_strconcat("/proc/self/fd/", name, NULL);
        char *target = g_file_read_link(link, NULL);
        if (target != NULL && strncmp(target, db_dir, n) == 0 && (target[n] == '/' || target[n] == '\0'))
            g_array_append_val(close_these, fd);
        g_free(target);
        g_free(link);
    }
    g_dir_close(d);
    for (guint i = 0; i < close_these->len; i++)
        close(g_array_index(close_these, int, i));
    g_array_free(close_these, TRUE);
}

/* Ties the worker's life to its parent's and sets its limits. */
static void
become_worker(int fd, pid_t parent, const ix_worker_setup *ws)
{
    /* Killed when the parent dies, however it dies; if it died before
     * this line, the parent is already someone else. */
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent)
        _exit(1);
    /* Ctrl-C reaches the whole process group and a service manager's
     * SIGTERM every process: the parent stops its workers itself, and a
     * worker killed by either would count as a crash of its file. */
    signal(SIGINT, SIG_IGN);
    signal(SIGTERM, SIG_IGN);
    signal(SIGHUP, SIG_IGN); /* a closed terminal's, to the whole group */
    signal(SIGXCPU, SIG_DFL);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    close_index_descriptors(ws->db_dir, fd);
    /* A hang ended by SIGXCPU would otherwise leave a core file behind. */
    struct rlimit no_core = {0, 0};
    setrlimit(RLIMIT_CORE, &no_core);
#if !ZAALT_ASAN
    /* AddressSanitizer reserves terabytes of address space up front, so an
     * address-space limit would fail every worker of a SANITIZE=1 build. */
    struct rlimit mem = {IX_WORKER_MEMORY_BYTES, IX_WORKER_MEMORY_BYTES};
    setrlimit(RLIMIT_AS, &mem);
#endif
}

/* Adds `xd` (taken) under `unique` (taken); false when it cannot be
 * serialised. */
static bool
add_serialised(GVariantBuilder *units, zx_doc *xd, char *unique)
{
    size_t len = 0;
    char *bytes = zx_doc_serialise(xd, &len);
    if (bytes != NULL)
        g_variant_builder_add(units, "(s@ay)", unique, g_variant_new_fixed_array(G_VARIANT_TYPE_BYTE, bytes, len, 1));
    free(bytes);
    zx_doc_free(xd);
    g_free(unique);
    return bytes != NULL;
}

/* Each unit of `doc` as its unique term and serialised index document,
 * and after a living article with repealed parts, those parts' own
 * (zs_repealed_parts_document); NULL when one cannot be serialised. */
static GVariant *
analyse_units(az_analyzer *az, const zr_doc *doc)
{
    GVariantBuilder units;
    g_variant_builder_init(&units, G_VARIANT_TYPE("a(say)"));
    bool ok = true;
    char *due = ix_doc_due_day(doc);
    for (guint i = 0; ok && i < doc->units->len; i++) {
        char *unique = NULL;
        zx_doc *xd = zs_unit_document(az, doc, doc->units->pdata[i], &unique);
        if (xd != NULL && due != NULL)
            zx_doc_set_value(xd, ZS_SLOT_DUE, due, strlen(due));
        ok = add_serialised(&units, xd, unique);
        xd = ok ? zs_repealed_parts_document(az, doc, doc->units->pdata[i], &unique) : NULL;
        if (xd != NULL && due != NULL)
            zx_doc_set_value(xd, ZS_SLOT_DUE, due, strlen(due));
        if (xd != NULL)
            ok = add_serialised(&units, xd, unique);
        xd = ok ? zs_pending_parts_document(az, doc, doc->units->pdata[i], &unique) : NULL;
        if (xd != NULL && due != NULL)
            zx_doc_set_value(xd, ZS_SLOT_DUE, due, strlen(due));
        if (xd != NULL)
            ok = add_serialised(&units, xd, unique);
    }
    g_free(due);
    if (!ok) {
        g_variant_builder_clear(&units);
        return NULL;
    }
    return g_variant_builder_end(&units);
}

/* Extracts and analyses one file; the answer (protocol.h). */
static GByteArray *
extract_one(const ix_worker_setup *ws, ix_source *src, const char *rel, const char *abs)
{
    GByteArray *out = NULL;
    zr_doc *doc = ix_doc_new();
    doc->source = g_strdup(src->name);
    doc->path = g_strdup(rel);
    doc->id = zr_doc_make_id(doc->source, doc->path);
    doc->access = g_strdup(ix_source_access_for(src, rel));
    const char *hint = ix_source_type_for(src, rel);
    GError *err = NULL;
    ix_extract_status s = ix_extract_file_under(ws->ex, abs, ws->follow_links ? NULL : src->root, hint, doc, &err);
    if (s != IX_EXTRACT_OK) {
        out = ix_answer_reason(s == IX_EXTRACT_SKIP ? 'S' : 'F', err ? err->message : "unknown error");
    } else if (doc->units->len == 0) {
        out = ix_answer_reason('F', "no text");
    } else if (doc->units->len > IX_MAX_UNITS) {
        /* The writer holds a file's units in memory until it commits them,
         * and the workers' memory limit does not bound the writer: 300,000
         * sections of a 16 MB XML file took it to 2 GB. */
        char *why = g_strdup_printf("%u units (sections, articles or pages), more than the %d a file may have",
                                    doc->units->len, IX_MAX_UNITS);
        out = ix_answer_reason('F', why);
        g_free(why);
    } else {
        if (hint) {
            g_free(doc->type);
            doc->type = g_strdup(hint);
        }
        if (!doc->type)
            doc->type = g_strdup("other");
        /* What the statute is and which laws it repeals, for the run's
         * pass over the index (lawrepeal.h): from its text as written,
         * before any masking. */
        char *law = ix_law_entry(ix_extractor_law_reader(ws->ex), ix_extractor_law_repeals(ws->ex), doc);
        /* A public document with personal data: its full copy first, for
         * readers above public, then masked in place for the public. */
        GVariant *full = NULL;
        bool named = src->mask_files && g_hash_table_contains(src->mask_files, rel);
        GError *masking = NULL;
        if (ix_mask_wanted(src->mask || named, doc)) {
            g_free(doc->mask);
            doc->mask = g_strdup(ZS_MASK_FULL);
            full = analyse_units(ws->az, doc);
            /* A document whose masking failed is not written at all, the
             * full copy neither: its public copy would be the text unmasked
             * or masked in part.  The run goes on and reports the file. */
            if (full != NULL &&
                !ix_mask_public_copy(ix_masker_get(ix_extractor_context(ws->ex)), ws->az, doc, &masking)) {
                g_variant_unref(g_variant_ref_sink(full)); /* floating, as the builder made it */
                full = NULL;
            }
        } else {
            full = g_variant_new_array(G_VARIANT_TYPE("(say)"), NULL, 0);
        }
        GVariant *units = full ? analyse_units(ws->az, doc) : NULL;
        if (units == NULL && full != NULL)
            g_variant_unref(g_variant_ref_sink(full));
        if (masking != NULL) {
            out = ix_answer_reason('F', masking->message);
            g_error_free(masking);
        } else if (units != NULL) {
            char *hash = ix_file_fingerprint(abs);
            GVariant *v = g_variant_ref_sink(g_variant_new(
                "(sss@a(say)@as@a(say)s)", doc->id, doc->access ? doc->access : "public", hash ? hash : "", units,
                g_variant_new_strv((const char *const *)doc->warnings->pdata, (gssize)doc->warnings->len), full,
                law != NULL ? law : ""));
            g_free(hash);
            out = ix_answer_document(v);
            g_variant_unref(v);
        } else {
            /* Xapian's serialisation fails for want of memory: said so,
             * with the limit, not as a fault of the index. */
            struct rlimit lim;
            char *why = getrlimit(RLIMIT_AS, &lim) == 0 && lim.rlim_cur != RLIM_INFINITY
                            ? g_strdup_printf("out of memory making its index documents (a worker may use %lu MB)",
                                              (unsigned long)(lim.rlim_cur >> 20))
                            : g_strdup("out of memory making its index documents");
            out = ix_answer_reason('F', why);
            g_free(why);
        }
        g_free(law);
    }
    g_clear_error(&err);
    ix_doc_free(doc);
    return out;
}

void
ix_worker_main(int fd, pid_t parent, const ix_worker_setup *ws)
{
    become_worker(fd, parent, ws);
    GArray *skip = g_array_new(FALSE, FALSE, sizeof(guint32));
    file_clock clock = {.fd = fd, .ws = ws, .skip = skip};
    ix_ocr *ocr = ix_extractor_ocr(ws->ex);
    if (ocr != NULL)
        ix_ocr_set_pace(ocr, &(ix_ocr_pace){.begin = page_begin, .rendered = page_rendered, .end = page_end, .user = &clock});
    for (;;) {
        guint32 len = 0;
        if (!ix_read_all(fd, &len, sizeof len) || len > IX_JOB_MAX)
            break;
        char *msg = g_malloc(len + 1);
        if (!ix_read_all(fd, msg, len)) {
            g_free(msg);
            break;
        }
        msg[len] = '\0';
        guint32 source_index = 0;
        const char *rel = NULL, *abs = NULL;
        g_array_set_size(skip, 0);
        if (!ix_job_decode(msg, len, &source_index, &rel, &abs, skip) || source_index >= ws->sources->len) {
            g_free(msg);
            break;
        }
        clock.start = cpu_used();
        clock.ocr = 0;
        limit_cpu_at(clock.start + ws->parse_cpu_s);
        GByteArray *answer = extract_one(ws, ws->sources->pdata[source_index], rel, abs);
        bool sent = ix_send_frame(fd, answer->data, answer->len);
        g_byte_array_free(answer, TRUE);
        g_free(msg);
        if (!sent)
            break;
    }
    close(fd);
    g_array_free(skip, TRUE);
    /* This process's copy of the extractor: its recogniser's engines
     * (tens of megabytes) go before the exit. */
    if (ocr != NULL)
        ix_ocr_set_pace(ocr, NULL);
    ix_extractor_free(ws->ex);
    _exit(0);
}
