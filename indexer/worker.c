/* worker.c — a worker process of an index run: limits, the job loop, and
 * one file extracted and analysed into its answer (worker.h).
 *
 * Not for: starting, feeding or replacing workers (pool.c).
 */
#include "indexer/worker.h"

#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "core/schema.h"
#include "indexer/extract.h"
#include "indexer/extractor.h"
#include "indexer/fingerprint.h"
#include "indexer/mask.h"
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

/* The CPU-time limit counts from now: a worker's usage accumulates over
 * its files, so each file gets the soft limit moved to usage + allowance
 * (SIGXCPU ends the worker there). */
static void
limit_cpu_from_now(rlim_t allowance)
{
    struct rusage ru;
    struct rlimit cur;
    if (getrusage(RUSAGE_SELF, &ru) != 0 || getrlimit(RLIMIT_CPU, &cur) != 0)
        return;
    rlim_t used = (rlim_t)ru.ru_utime.tv_sec + (rlim_t)ru.ru_stime.tv_sec + 1;
    struct rlimit lim = {used + allowance, cur.rlim_max};
    if (lim.rlim_max != RLIM_INFINITY && lim.rlim_cur > lim.rlim_max)
        lim.rlim_cur = lim.rlim_max;
    setrlimit(RLIMIT_CPU, &lim);
}

/* Each unit of `doc` as its unique term and serialised index document;
 * NULL when one cannot be serialised. */
static GVariant *
analyse_units(az_analyzer *az, const zr_doc *doc)
{
    GVariantBuilder units;
    g_variant_builder_init(&units, G_VARIANT_TYPE("a(say)"));
    bool ok = true;
    for (guint i = 0; ok && i < doc->units->len; i++) {
        char *unique = NULL;
        zx_doc *xd = zs_unit_document(az, doc, doc->units->pdata[i], &unique);
        size_t len = 0;
        char *bytes = zx_doc_serialise(xd, &len);
        ok = bytes != NULL;
        if (ok)
            g_variant_builder_add(&units, "(s@ay)", unique,
                                  g_variant_new_fixed_array(G_VARIANT_TYPE_BYTE, bytes, len, 1));
        free(bytes);
        zx_doc_free(xd);
        g_free(unique);
    }
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
    ix_extract_status s = ix_extract_file(ws->ex, abs, hint, doc, &err);
    if (s != IX_EXTRACT_OK) {
        out = ix_answer_reason(s == IX_EXTRACT_SKIP ? 'S' : 'F', err ? err->message : "unknown error");
    } else if (doc->units->len == 0) {
        out = ix_answer_reason('F', "no text");
    } else {
        if (hint) {
            g_free(doc->type);
            doc->type = g_strdup(hint);
        }
        if (!doc->type)
            doc->type = g_strdup("other");
        /* A public document with personal data: its full copy first, for
         * readers above public, then masked in place for the public. */
        GVariant *full = NULL;
        bool named = src->mask_files && g_hash_table_contains(src->mask_files, rel);
        if (ix_mask_wanted(src->mask || named, doc)) {
            g_free(doc->mask);
            doc->mask = g_strdup(ZS_MASK_FULL);
            full = analyse_units(ws->az, doc);
            ix_mask_document(ix_masker_get(ix_extractor_context(ws->ex)), ws->az, doc);
        } else {
            full = g_variant_new_array(G_VARIANT_TYPE("(say)"), NULL, 0);
        }
        GVariant *units = full ? analyse_units(ws->az, doc) : NULL;
        if (units == NULL && full != NULL)
            g_variant_unref(g_variant_ref_sink(full));
        if (units != NULL) {
            char *hash = ix_file_fingerprint(abs);
            GVariant *v = g_variant_ref_sink(g_variant_new(
                "(sss@a(say)@as@a(say))", doc->id, doc->access ? doc->access : "public", hash ? hash : "", units,
                g_variant_new_strv((const char *const *)doc->warnings->pdata, (gssize)doc->warnings->len), full));
            g_free(hash);
            out = ix_answer_document(v);
            g_variant_unref(v);
        } else {
            out = ix_answer_reason('F', "cannot serialise the index document");
        }
    }
    g_clear_error(&err);
    ix_doc_free(doc);
    return out;
}

void
ix_worker_main(int fd, const ix_worker_setup *ws)
{
#if !ZAALT_ASAN
    /* AddressSanitizer reserves terabytes of address space up front, so an
     * address-space limit would fail every worker of a SANITIZE=1 build. */
    struct rlimit mem = {IX_WORKER_MEMORY_BYTES, IX_WORKER_MEMORY_BYTES};
    setrlimit(RLIMIT_AS, &mem);
#endif
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
        if (!ix_job_decode(msg, len, &source_index, &rel, &abs) || source_index >= ws->sources->len) {
            g_free(msg);
            break;
        }
        limit_cpu_from_now(ws->cpu_seconds);
        GByteArray *answer = extract_one(ws, ws->sources->pdata[source_index], rel, abs);
        bool sent = ix_send_frame(fd, answer->data, answer->len);
        g_byte_array_free(answer, TRUE);
        g_free(msg);
        if (!sent)
            break;
    }
    close(fd);
    /* This process's copy of the extractor: its recogniser's engines
     * (tens of megabytes) go before the exit. */
    ix_extractor_free(ws->ex);
    _exit(0);
}
