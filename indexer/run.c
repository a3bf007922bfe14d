/* run.c — the indexing run.
 *
 * The parent walks the sources and is the only Xapian writer.  Changed
 * files go to a pool of long-lived worker processes (one per job slot) that
 * extract each file under CPU-time and memory limits and a wall-clock
 * timeout, because poppler and libxml2 meet hostile input (one real PDF
 * keeps poppler busy for minutes), and analyse its units into Xapian
 * documents, so analysis runs in parallel; a worker that crashes, hangs or
 * runs out of memory costs one file, reported with its path and reason, and
 * is replaced, never the run.  The parent only writes what the workers send
 * back.  Commits come in batches; the manifest of indexed files (size,
 * mtime and content hash, stored as database metadata) is committed with
 * the documents it describes, so a killed run leaves a consistent index and
 * the next run carries on where the last commit stopped.
 */
#include "indexer/run.h"

#include "indexer/extract.h"
#include "indexer/ocr.h"
#include "core/access.h"
#include "core/analysis.h"
#include "core/context.h"
#include "core/glossary.h"
#include "core/record.h"
#include "core/schema.h"
#include "indexer/spelling.h"
#include "indexer/unitdoc.h"
#include "shim/zx.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

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

/* Units per commit.  Smaller batches cost the writer less CPU, not more:
 * at 10k bench units, 500 -> 14.5 s, 1000 -> 17.3 s, 2000 -> 20 s,
 * 20000 -> 28 s of the writer's CPU (Xapian's buffered postings grow
 * costlier to update than to flush). */
#define COMMIT_EVERY_UNITS     500
#define WORKER_CPU_SECONDS     120
/* OCR costs 2-3 s of CPU a page: files that need it get a longer leash. */
#define WORKER_CPU_SECONDS_OCR 900
#define WORKER_MEMORY_BYTES    (2UL << 30)
#define MAX_DEPTH              32

typedef struct file_job {
    ix_source *src;
    char *relpath;
    char *abspath;
    gint64 size;
    gint64 mtime;
} file_job;

typedef struct run_state {
    const ix_options *opts;
    ix_summary *sum;
    zx_db *dbs[ZS_N_LEVELS]; /* one database per access level */
    az_analyzer *az;
    GHashTable *seen;       /* "source/path" of every file walked */
    unsigned pending_units; /* written since the last commit */
    unsigned total_files;
    unsigned done_files;
    GError *fatal;
} run_state;

static void
job_free(file_job *j)
{
    if (!j)
        return;
    g_free(j->relpath);
    g_free(j->abspath);
    g_free(j);
}

static char *
manifest_key(const char *prefix, const ix_source *src, const char *rel)
{
    return g_strconcat(prefix, src->name, "/", rel, NULL);
}

static void
progress(run_state *st)
{
    if (st->opts->on_progress)
        st->opts->on_progress(st->done_files, st->total_files, st->sum->units, st->opts->user);
}

static bool
commit_level(run_state *st, int level)
{
    char *msg = NULL;
    if (zx_db_commit(st->dbs[level], &msg) != ZX_OK) {
        if (!st->fatal)
            g_set_error(&st->fatal, G_FILE_ERROR, G_FILE_ERROR_IO, "commit of the %s database failed: %s",
                        zs_levels[level], msg);
        g_free(msg);
        return false;
    }
    return true;
}

/* Commits every level; reclassifications were committed as they happened
 * (forget_file). */
static bool
commit(run_state *st)
{
    bool ok = true;
    for (int l = ZS_N_LEVELS - 1; l >= 0; l--)
        ok = commit_level(st, l) && ok;
    st->pending_units = 0;
    return ok;
}

static int
level_of(const char *access)
{
    int l = zs_level_index(access);
    return l < 0 ? 0 : l;
}

/* Removes a file's units and manifest entry from every level but `keep`
 * (-1: all).  Returns the level it was found in, or -1. */
static int
forget_file(run_state *st, const char *manifest_key_str, int keep)
{
    int found = -1;
    for (int l = 0; l < ZS_N_LEVELS; l++) {
        if (l == keep)
            continue;
        char *old = zx_db_get_metadata(st->dbs[l], manifest_key_str);
        if (!old)
            continue;
        found = l;
        char **f = g_strsplit(old, "\t", 4);
        if (f[0] && f[1] && f[2]) {
            char *term = g_strconcat(ZS_P_DOC, f[2], NULL);
            zx_db_delete(st->dbs[l], term, NULL);
            g_free(term);
        }
        g_strfreev(f);
        zx_db_set_metadata(st->dbs[l], manifest_key_str, "", NULL);
        g_free(old);
        /* A document reclassified upwards (public -> restricted) must leave
         * the lower level before anything else happens: commit its removal
         * now (rare).  Moving down, being briefly in both is harmless. */
        if (keep >= 0 && l < keep)
            commit_level(st, l);
    }
    return found;
}

/* SHA-256 of a file's content, hex; NULL if unreadable. */
static char *
file_hash(const char *path)
{
    GMappedFile *m = g_mapped_file_new(path, FALSE, NULL);
    if (!m)
        return NULL;
    char *hex = g_compute_checksum_for_data(G_CHECKSUM_SHA256, (const guchar *)g_mapped_file_get_contents(m),
                                            g_mapped_file_get_length(m));
    g_mapped_file_unref(m);
    return hex;
}

/* The failure record: "reason<TAB>size<TAB>mtime", so that an unchanged
 * failed file is not retried on every run. */
static void
record_failure(run_state *st, file_job *j, const char *reason)
{
    int level = level_of(ix_source_access_for(j->src, j->relpath));
    char *key = manifest_key(ZS_META_FAIL_PREFIX, j->src, j->relpath);
    char *value = g_strdup_printf("%s\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT, reason, j->size, j->mtime);
    zx_db_set_metadata(st->dbs[level], key, value, NULL);
    g_free(value);
    g_free(key);
    /* A failed file keeps no stale units and no manifest entry, so the next
     * run tries it again. */
    key = manifest_key(ZS_META_FILE_PREFIX, j->src, j->relpath);
    forget_file(st, key, -1);
    g_free(key);
    g_ptr_array_add(st->sum->failures, g_strdup_printf("%s/%s: %s", j->src->name, j->relpath, reason));
}

/* Writes one extracted document from a worker's answer (see
 * extract_one): removes its old units, adds the new ones, and records it in
 * the manifest.  Every unit is decoded before anything is written, so a
 * malformed answer leaves the index as it was. */
static void
write_document(run_state *st, file_job *j, GVariant *answer)
{
    const char *id = NULL, *access = NULL, *hash = NULL;
    GVariant *units = NULL;
    g_variant_get(answer, "(&s&s&s@a(say)@as)", &id, &access, &hash, &units, NULL);
    gsize n = g_variant_n_children(units);
    char *msg = NULL;
    zx_doc **xds = g_new0(zx_doc *, n + 1);
    const char **uniques = g_new0(const char *, n + 1);
    bool ok = n > 0 && *id;
    for (gsize i = 0; ok && i < n; i++) {
        GVariant *blob = NULL;
        g_variant_get_child(units, i, "(&s@ay)", &uniques[i], &blob);
        gsize len = 0;
        const void *bytes = g_variant_get_fixed_array(blob, &len, 1);
        xds[i] = *uniques[i] ? zx_doc_unserialise(bytes, len, NULL) : NULL;
        ok = xds[i] != NULL;
        g_variant_unref(blob);
    }
    if (!ok) {
        record_failure(st, j, n == 0 ? "no text" : "extractor sent a malformed record");
        goto out;
    }
    int level = level_of(access);
    zx_db *db = st->dbs[level];
    char *key = manifest_key(ZS_META_FILE_PREFIX, j->src, j->relpath);
    forget_file(st, key, level);
    char *docterm = g_strconcat(ZS_P_DOC, id, NULL);
    zx_db_delete(db, docterm, NULL);
    g_free(docterm);
    for (gsize i = 0; i < n; i++) {
        if (zx_db_replace(db, uniques[i], xds[i], &msg) != ZX_OK) {
            if (!st->fatal)
                g_set_error(&st->fatal, G_FILE_ERROR, G_FILE_ERROR_IO, "writing %s/%s: %s", j->src->name, j->relpath,
                            msg);
            g_free(msg);
            msg = NULL;
        }
    }
    char *value = g_strdup_printf("%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%s\t%u\t%s", j->size, j->mtime, id,
                                  (unsigned)n, hash);
    zx_db_set_metadata(db, key, value, NULL);
    g_free(value);
    g_free(key);
    key = manifest_key(ZS_META_FAIL_PREFIX, j->src, j->relpath);
    for (int l = 0; l < ZS_N_LEVELS; l++)
        zx_db_set_metadata(st->dbs[l], key, "", NULL);
    g_free(key);
    st->sum->indexed++;
    st->sum->units += n;
    st->pending_units += n;
    if (st->pending_units >= (st->opts->commit_every ? st->opts->commit_every : COMMIT_EVERY_UNITS))
        commit(st);
out:
    for (gsize i = 0; i < n; i++)
        if (xds[i])
            zx_doc_free(xds[i]);
    g_free(xds);
    g_free(uniques);
    g_variant_unref(units);
}

/* ---- the workers ----
 *
 * A pool of long-lived worker processes, one per job slot, forked before
 * the writer has buffered anything, so neither side pays copy-on-write
 * faults for the other's memory.  Each takes files one at a time over a
 * socket, extracts the file, analyses its units into Xapian documents with
 * its own warm analyser cache, and sends them back serialised; the parent
 * only writes.  A worker that crashes, hangs (the parent kills it at the
 * timeout) or hits a limit costs its current file, reported with path and
 * reason, and is replaced.
 *
 * Frames on the socket: a 4-byte length (host order: both ends are this
 * program) and that many bytes.  A job: the source's index (4 bytes), the
 * relative path, NUL, the absolute path, NUL.  An answer: 'O' and a
 * GVariant (sssa(say)as) — document id, access level, SHA-256 of the file,
 * per unit its unique term and serialised document, and the extractor's
 * warnings; or 'F' (failed) or
 * 'S' (skipped) and a UTF-8 reason. */

#define FRAME_MAX (1U << 30)

static bool
write_all(int fd, const void *data, size_t len)
{
    const char *p = data;
    while (len > 0) {
        ssize_t n = send(fd, p, len, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        p += n;
        len -= (size_t)n;
    }
    return true;
}

static bool
read_all(int fd, void *data, size_t len)
{
    char *p = data;
    while (len > 0) {
        ssize_t n = read(fd, p, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        len -= (size_t)n;
    }
    return true;
}

static bool
send_frame(int fd, const void *data, size_t len)
{
    guint32 n = (guint32)len;
    return write_all(fd, &n, sizeof n) && write_all(fd, data, len);
}

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

static void
answer_reason(GByteArray *out, char kind, const char *reason)
{
    g_byte_array_append(out, (const guint8 *)&kind, 1);
    g_byte_array_append(out, (const guint8 *)reason, strlen(reason));
}

/* Extracts and analyses one file; the answer as described above. */
static GByteArray *
extract_one(az_analyzer *az, ix_source *src, const char *rel, const char *abs)
{
    GByteArray *out = g_byte_array_new();
    zr_doc *doc = zr_doc_new();
    doc->source = g_strdup(src->name);
    doc->path = g_strdup(rel);
    doc->id = zr_doc_make_id(doc->source, doc->path);
    doc->access = g_strdup(ix_source_access_for(src, rel));
    const char *hint = ix_source_type_for(src, rel);
    GError *err = NULL;
    ix_extract_status s = ix_extract_file(abs, hint, doc, &err);
    if (s != IX_EXTRACT_OK) {
        answer_reason(out, s == IX_EXTRACT_SKIP ? 'S' : 'F', err ? err->message : "unknown error");
    } else if (doc->units->len == 0) {
        answer_reason(out, 'F', "no text");
    } else {
        if (hint) {
            g_free(doc->type);
            doc->type = g_strdup(hint);
        }
        if (!doc->type)
            doc->type = g_strdup("other");
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
        if (ok) {
            char *hash = file_hash(abs);
            GVariant *v = g_variant_ref_sink(g_variant_new(
                "(sss@a(say)@as)", doc->id, doc->access ? doc->access : "public", hash ? hash : "",
                g_variant_builder_end(&units),
                g_variant_new_strv((const char *const *)doc->warnings->pdata, (gssize)doc->warnings->len)));
            g_free(hash);
            g_byte_array_append(out, (const guint8 *)"O", 1);
            g_byte_array_append(out, g_variant_get_data(v), g_variant_get_size(v));
            g_variant_unref(v);
        } else {
            g_variant_builder_clear(&units);
            answer_reason(out, 'F', "cannot serialise the index document");
        }
    }
    g_clear_error(&err);
    zr_doc_free(doc);
    return out;
}

G_GNUC_NORETURN static void
worker_main(int fd, const ix_options *opts, az_analyzer *az)
{
    rlim_t cpu_s = ix_extract_ocr_enabled() ? WORKER_CPU_SECONDS_OCR : WORKER_CPU_SECONDS;
#if !ZAALT_ASAN
    /* AddressSanitizer reserves terabytes of address space up front, so an
     * address-space limit would fail every worker of a SANITIZE=1 build. */
    struct rlimit mem = {WORKER_MEMORY_BYTES, WORKER_MEMORY_BYTES};
    setrlimit(RLIMIT_AS, &mem);
#endif
    for (;;) {
        guint32 len = 0;
        if (!read_all(fd, &len, sizeof len) || len < 6 || len > (1U << 20))
            break;
        char *msg = g_malloc(len + 1);
        if (!read_all(fd, msg, len)) {
            g_free(msg);
            break;
        }
        msg[len] = '\0';
        guint32 src_index = 0;
        memcpy(&src_index, msg, sizeof src_index);
        const char *rel = msg + sizeof src_index;
        const char *abs = rel + strlen(rel) + 1;
        if (src_index >= opts->sources->len || abs >= msg + len) {
            g_free(msg);
            break;
        }
        limit_cpu_from_now(cpu_s);
        GByteArray *answer = extract_one(az, opts->sources->pdata[src_index], rel, abs);
        bool sent = send_frame(fd, answer->data, answer->len);
        g_byte_array_free(answer, TRUE);
        g_free(msg);
        if (!sent)
            break;
    }
    close(fd);
    ix_ocr_shutdown();
    _exit(0);
}

/* ---- the parent side ---- */

typedef struct worker {
    pid_t pid; /* 0: no worker in this slot */
    int fd;
    file_job *job;   /* the file it is on; NULL when idle */
    GByteArray *buf; /* the answer so far */
    gint64 started;
} worker;

/* Forks the worker of slot `i`.  The child keeps only its own socket. */
static bool
start_worker(run_state *st, worker *ws, unsigned n, unsigned i)
{
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) < 0)
        return false;
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        close(sv[0]);
        close(sv[1]);
        return false;
    }
    if (pid == 0) {
        close(sv[0]);
        for (unsigned k = 0; k < n; k++)
            if (ws[k].pid)
                close(ws[k].fd);
        worker_main(sv[1], st->opts, st->az);
    }
    close(sv[1]);
    ws[i] = (worker){.pid = pid, .fd = sv[0], .buf = g_byte_array_new()};
    return true;
}

static bool
send_job(run_state *st, worker *w, file_job *j)
{
    guint32 src_index = 0;
    while (src_index < st->opts->sources->len && st->opts->sources->pdata[src_index] != j->src)
        src_index++;
    GByteArray *m = g_byte_array_new();
    g_byte_array_append(m, (const guint8 *)&src_index, sizeof src_index);
    g_byte_array_append(m, (const guint8 *)j->relpath, strlen(j->relpath) + 1);
    g_byte_array_append(m, (const guint8 *)j->abspath, strlen(j->abspath) + 1);
    bool ok = send_frame(w->fd, m->data, m->len);
    g_byte_array_free(m, TRUE);
    w->job = j;
    w->started = g_get_monotonic_time();
    g_byte_array_set_size(w->buf, 0);
    return ok;
}

static char *
describe_exit(int status)
{
    if (WIFSIGNALED(status)) {
        int sig = WTERMSIG(status);
        if (sig == SIGXCPU)
            return g_strdup_printf("extractor exceeded its CPU-time limit (%d s)",
                                   ix_extract_ocr_enabled() ? WORKER_CPU_SECONDS_OCR : WORKER_CPU_SECONDS);
        if (sig == SIGKILL)
            return g_strdup("extractor was killed (memory limit or timeout)");
        return g_strdup_printf("extractor crashed (%s)", g_strsignal(sig));
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) != 0)
        return g_strdup_printf("extractor failed (exit status %d)", WEXITSTATUS(status));
    return NULL;
}

static void
file_done(run_state *st, worker *w)
{
    job_free(w->job);
    w->job = NULL;
    st->done_files++;
    progress(st);
}

/* Ends the worker of a slot (killing it first when `forced_reason` is set);
 * the file it was on, if any, fails with the reason.  The slot is then
 * empty and gets a new worker when there is work for it. */
static void
end_worker(run_state *st, worker *w, const char *forced_reason)
{
    int status = 0;
    if (forced_reason)
        kill(w->pid, SIGKILL);
    close(w->fd);
    while (waitpid(w->pid, &status, 0) < 0 && errno == EINTR)
        ;
    if (w->job) {
        char *reason = forced_reason ? g_strdup(forced_reason) : describe_exit(status);
        record_failure(st, w->job, reason ? reason : "extractor ended without an answer");
        g_free(reason);
        file_done(st, w);
    }
    g_byte_array_free(w->buf, TRUE);
    memset(w, 0, sizeof *w);
}

/* A complete answer in w->buf: write it, or record why not. */
static void
take_answer(run_state *st, worker *w, const guint8 *data, gsize len)
{
    file_job *j = w->job;
    char kind = len > 0 ? (char)data[0] : '?';
    const char *body = (const char *)data + 1;
    gsize blen = len > 0 ? len - 1 : 0;
    if (kind == 'O') {
        GBytes *bytes = g_bytes_new(body, blen);
        GVariant *v = g_variant_ref_sink(g_variant_new_from_bytes(G_VARIANT_TYPE("(sssa(say)as)"), bytes, FALSE));
        write_document(st, j, v);
        /* What the extractor noticed about a file it read (covered text, a
         * corrected case number, OCR limits). */
        GVariant *warnings = g_variant_get_child_value(v, 4);
        for (gsize k = 0; k < g_variant_n_children(warnings); k++) {
            const char *w = NULL;
            g_variant_get_child(warnings, k, "&s", &w);
            g_ptr_array_add(st->sum->warnings, g_strdup_printf("%s/%s: %s", j->src->name, j->relpath, w));
        }
        g_variant_unref(warnings);
        g_variant_unref(v);
        g_bytes_unref(bytes);
    } else if (kind == 'S' || kind == 'F') {
        char *msg = g_utf8_make_valid(body, (gssize)blen);
        if (kind == 'S') {
            st->sum->unsupported++;
            g_ptr_array_add(st->sum->skipped, g_strdup_printf("%s/%s: %s", j->src->name, j->relpath, msg));
        } else {
            record_failure(st, j, msg);
        }
        g_free(msg);
    } else {
        record_failure(st, j, "extractor sent a malformed record");
    }
    file_done(st, w);
}

/* Reads what a busy worker has sent; handles a complete answer, or the
 * worker's end. */
static void
read_worker(run_state *st, worker *w, guint8 *chunk, gsize chunk_size)
{
    ssize_t got = read(w->fd, chunk, chunk_size);
    if (got < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (got <= 0) {
        end_worker(st, w, NULL);
        return;
    }
    g_byte_array_append(w->buf, chunk, (guint)got);
    if (w->buf->len < 4)
        return;
    guint32 len = 0;
    memcpy(&len, w->buf->data, sizeof len);
    if (len > FRAME_MAX) {
        end_worker(st, w, "extractor sent a malformed record");
        return;
    }
    if (w->buf->len < 4 + (gsize)len)
        return;
    take_answer(st, w, w->buf->data + 4, len);
    g_byte_array_set_size(w->buf, 0);
}

/* Runs every job through a pool of at most `jobs` workers. */
static void
extract_all(run_state *st, GPtrArray *jobs)
{
    if (jobs->len == 0)
        return;
    unsigned n = st->opts->jobs ? st->opts->jobs : g_get_num_processors();
    if (n < 1)
        n = 1;
    if (n > jobs->len)
        n = jobs->len;
    unsigned timeout_s = st->opts->timeout_s        ? st->opts->timeout_s
                         : ix_extract_ocr_enabled() ? WORKER_CPU_SECONDS_OCR
                                                    : 120;
    /* Workers analyse: the analyser (and its dictionary) is loaded once,
     * here, and shared with them copy-on-write. */
    st->az = zc_context_analyzer(st->opts->ctx);
    worker *ws = g_new0(worker, n);
    struct pollfd *pfds = g_new0(struct pollfd, n);
    gsize chunk_size = 1 << 18;
    guint8 *chunk = g_malloc(chunk_size);
    guint next = 0;
    for (;;) {
        if (st->fatal)
            break;
        unsigned busy = 0;
        for (unsigned i = 0; i < n; i++) {
            if (!ws[i].pid && next < jobs->len && !start_worker(st, ws, n, i)) {
                file_job *j = jobs->pdata[next];
                jobs->pdata[next++] = NULL;
                record_failure(st, j, "cannot start an extractor process");
                job_free(j);
                st->done_files++;
                continue;
            }
            if (ws[i].pid && !ws[i].job && next < jobs->len) {
                file_job *j = jobs->pdata[next];
                jobs->pdata[next++] = NULL;
                /* A send that fails means the worker is gone: the read
                 * below sees its end and reports the file. */
                send_job(st, &ws[i], j);
            }
            if (ws[i].job)
                busy++;
        }
        if (busy == 0 && next >= jobs->len)
            break;
        for (unsigned i = 0; i < n; i++) {
            pfds[i].fd = ws[i].job ? ws[i].fd : -1;
            pfds[i].events = POLLIN;
            pfds[i].revents = 0;
        }
        int r = poll(pfds, n, 250);
        gint64 now = g_get_monotonic_time();
        for (unsigned i = 0; i < n; i++) {
            if (!ws[i].job)
                continue;
            if (r > 0 && (pfds[i].revents & (POLLIN | POLLHUP | POLLERR))) {
                read_worker(st, &ws[i], chunk, chunk_size);
                continue;
            }
            if (now - ws[i].started > (gint64)timeout_s * G_USEC_PER_SEC) {
                char *why = g_strdup_printf("timed out after %u s", timeout_s);
                end_worker(st, &ws[i], why);
                g_free(why);
            }
        }
    }
    /* Idle workers end when their socket closes; only after a fatal error
     * can one still be busy. */
    for (unsigned i = 0; i < n; i++)
        if (ws[i].pid)
            end_worker(st, &ws[i], ws[i].job ? "run stopped" : NULL);
    g_free(chunk);
    g_free(pfds);
    g_free(ws);
}

/* ---- walking ---- */

unsigned
ix_shard_of(const char *source, const char *relpath, unsigned shards)
{
    if (shards <= 1)
        return 1;
    /* The document id is already a stable hash of source/path (SHA-1). */
    char *id = zr_doc_make_id(source, relpath);
    guint64 h = g_ascii_strtoull(id, NULL, 16);
    g_free(id);
    return (unsigned)(h % shards) + 1;
}

static void
consider_file(run_state *st, ix_source *src, const char *rel, const char *abs, GPtrArray *jobs)
{
    if (ix_source_excludes(src, rel))
        return;
    /* A file of another shard is not seen: if this shard held it before
     * (the shard count changed), the end of the walk removes it. */
    if (st->opts->shards > 1 && ix_shard_of(src->name, rel, st->opts->shards) != st->opts->shard)
        return;
    struct stat sb;
    if (stat(abs, &sb) != 0 || !S_ISREG(sb.st_mode))
        return;
    g_hash_table_add(st->seen, manifest_key("", src, rel));
    /* The manifest entry lives in the database of the file's level; a file
     * whose level changed in the configuration is re-indexed. */
    char *key = manifest_key(ZS_META_FILE_PREFIX, src, rel);
    int level = level_of(ix_source_access_for(src, rel));
    char *old = zx_db_get_metadata(st->dbs[level], key);
    /* A document may have raised its own level (an XML access field): its
     * manifest is then in a higher level's database. */
    for (int l = level + 1; !old && l < ZS_N_LEVELS; l++) {
        old = zx_db_get_metadata(st->dbs[l], key);
        if (old)
            level = l;
    }
    g_free(key);
    if (old && !st->opts->force) {
        char **f = g_strsplit(old, "\t", 6);
        bool same_size = f[0] && f[1] && g_ascii_strtoll(f[0], NULL, 10) == (gint64)sb.st_size;
        bool same = same_size && g_ascii_strtoll(f[1], NULL, 10) == (gint64)sb.st_mtime;
        /* Touched but not changed (copied, checked out again): the content
         * hash decides, and the manifest learns the new mtime. */
        if (!same && same_size && f[2] && f[3] && f[4]) {
            char *hash = file_hash(abs);
            if (hash && strcmp(hash, f[4]) == 0) {
                same = true;
                char *value = g_strdup_printf("%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%s\t%s\t%s",
                                              (gint64)sb.st_size, (gint64)sb.st_mtime, f[2], f[3], f[4]);
                char *k = manifest_key(ZS_META_FILE_PREFIX, src, rel);
                zx_db_set_metadata(st->dbs[level], k, value, NULL);
                g_free(k);
                g_free(value);
            }
            g_free(hash);
        }
        g_strfreev(f);
        if (same) {
            g_free(old);
            st->sum->unchanged++;
            return;
        }
    }
    g_free(old);
    /* A file that failed and has not changed since is not tried again
     * unless asked (--retry-failed): a hostile file costs its timeout once. */
    if (!st->opts->force && !st->opts->retry_failed) {
        char *fkey = manifest_key(ZS_META_FAIL_PREFIX, src, rel);
        char *failed = zx_db_get_metadata(st->dbs[level_of(ix_source_access_for(src, rel))], fkey);
        g_free(fkey);
        if (failed) {
            char **f = g_strsplit(failed, "\t", 3);
            bool same = f[0] && f[1] && f[2] && g_ascii_strtoll(f[1], NULL, 10) == (gint64)sb.st_size &&
                        g_ascii_strtoll(f[2], NULL, 10) == (gint64)sb.st_mtime;
            g_strfreev(f);
            g_free(failed);
            if (same) {
                st->sum->still_failed++;
                return;
            }
        }
    }
    file_job *j = g_new0(file_job, 1);
    j->src = src;
    j->relpath = g_strdup(rel);
    j->abspath = g_strdup(abs);
    j->size = sb.st_size;
    j->mtime = sb.st_mtime;
    g_ptr_array_add(jobs, j);
}

static gint
str_cmp(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A symbolic link to a file is followed only when the file it leads to is
 * inside the source's own folder (unless --follow-links): a link to
 * /etc/shadow dropped into a corpus must not make that file searchable.
 * The server applies the same test before sending a file
 * (zs_document_file), whatever the indexer was told. */
static bool
link_stays_inside(const ix_source *src, const char *abs)
{
    char *real_root = realpath(src->root, NULL);
    char *real = realpath(abs, NULL);
    size_t n = real_root ? strlen(real_root) : 0;
    bool inside = real_root && real && strncmp(real, real_root, n) == 0 && real[n] == '/';
    free(real_root);
    free(real);
    return inside;
}

static void
walk(run_state *st, ix_source *src, const char *rel_dir, int depth, GPtrArray *jobs)
{
    if (depth > MAX_DEPTH)
        return;
    char *dir_abs = *rel_dir ? g_build_filename(src->root, rel_dir, NULL) : g_strdup(src->root);
    GDir *d = g_dir_open(dir_abs, 0, NULL);
    if (!d) {
        g_free(dir_abs);
        return;
    }
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    const char *name;
    while ((name = g_dir_read_name(d)))
        if (name[0] != '.')
            g_ptr_array_add(names, g_strdup(name));
    g_dir_close(d);
    g_ptr_array_sort(names, str_cmp);
    for (guint i = 0; i < names->len; i++) {
        const char *nm = names->pdata[i];
        char *rel = *rel_dir ? g_strconcat(rel_dir, "/", nm, NULL) : g_strdup(nm);
        char *abs = g_build_filename(dir_abs, nm, NULL);
        /* Symbolic links to folders are not followed: they could loop or
         * lead out of the corpus. */
        if (g_file_test(abs, G_FILE_TEST_IS_DIR)) {
            if (!g_file_test(abs, G_FILE_TEST_IS_SYMLINK) && !ix_source_excludes(src, rel))
                walk(st, src, rel, depth + 1, jobs);
        } else if (st->opts->follow_links || !g_file_test(abs, G_FILE_TEST_IS_SYMLINK) || link_stays_inside(src, abs)) {
            consider_file(st, src, rel, abs, jobs);
        } else if (!ix_source_excludes(src, rel)) {
            g_ptr_array_add(
                st->sum->skipped,
                g_strdup_printf("%s/%s: a symbolic link leading out of the source, not indexed", src->name, rel));
        }
        g_free(rel);
        g_free(abs);
    }
    g_ptr_array_free(names, TRUE);
    g_free(dir_abs);
}

typedef struct {
    run_state *st;
    const ix_source *src;
    GPtrArray *gone; /* char* metadata keys */
} removal_ctx;

static void
find_gone(const char *key, const char *value, void *user)
{
    removal_ctx *c = user;
    if (!*value)
        return;
    const char *id = key + strlen(ZS_META_FILE_PREFIX);
    if (!g_hash_table_contains(c->st->seen, id))
        g_ptr_array_add(c->gone, g_strdup(key));
}

/* Files listed in the manifest under a fully walked source but no longer
 * on disk lose their units. */
static void
remove_gone(run_state *st, const ix_source *src)
{
    char *prefix = g_strconcat(ZS_META_FILE_PREFIX, src->name, "/", NULL);
    for (int l = 0; l < ZS_N_LEVELS; l++) {
        removal_ctx c = {st, src, g_ptr_array_new_with_free_func(g_free)};
        zx_db_metadata_each(st->dbs[l], prefix, find_gone, &c, NULL);
        for (guint i = 0; i < c.gone->len; i++) {
            forget_file(st, c.gone->pdata[i], -1);
            st->sum->removed++;
        }
        g_ptr_array_free(c.gone, TRUE);
    }
    g_free(prefix);
}

static void
note_source(const char *key, const char *value, void *user)
{
    g_hash_table_add(user, g_strdup(key + strlen(ZS_META_SOURCE_PREFIX)));
}

/* Whether this run walks the whole of every source the index holds: a
 * forced run then re-makes every document. */
static bool
covers_every_source(run_state *st)
{
    GHashTable *held = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (int l = 0; l < ZS_N_LEVELS; l++)
        zx_db_metadata_each(st->dbs[l], ZS_META_SOURCE_PREFIX, note_source, held, NULL);
    for (guint i = 0; i < st->opts->sources->len; i++) {
        const ix_source *src = st->opts->sources->pdata[i];
        if (src->only) {
            g_hash_table_destroy(held);
            return false;
        }
        g_hash_table_remove(held, src->name);
    }
    bool all = g_hash_table_size(held) == 0;
    g_hash_table_destroy(held);
    return all;
}

/* Records which glossary phrases (gl_phrases_fingerprint) the documents of
 * each level carry as XG terms.  An empty database takes this run's; one
 * whose documents were made with other phrases, or before there were any,
 * is marked stale, and its queries ask for the phrases by position until
 * a forced run has re-indexed everything (ix_run). */
static void
mark_phrases(run_state *st, const char *fingerprint)
{
    bool warned = false;
    for (int l = 0; l < ZS_N_LEVELS; l++) {
        char *old = zx_db_get_metadata(st->dbs[l], ZS_META_PHRASES);
        if (!old || strcmp(old, fingerprint) != 0) {
            bool empty = zx_db_doccount(st->dbs[l]) == 0;
            zx_db_set_metadata(st->dbs[l], ZS_META_PHRASES, empty ? fingerprint : "stale", NULL);
            if (!empty && !warned && !st->opts->force) {
                g_ptr_array_add(st->sum->warnings,
                                g_strdup("the glossary's phrases differ from those the index was made with: "
                                         "queries ask for them by position, more slowly, until zaalt index "
                                         "--force"));
                warned = true;
            }
        }
        g_free(old);
    }
}

/* Opens (creating) the database of every level inside `dir`, checking the
 * schema version of each. */
static bool
open_levels(run_state *st, const char *dir, GError **error)
{
    char *legacy = g_build_filename(dir, "iamglass", NULL);
    bool old_layout = g_file_test(legacy, G_FILE_TEST_EXISTS);
    g_free(legacy);
    if (old_layout) {
        g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                    "%s holds an index of an older layout (one database for all access levels): remove it and "
                    "index again",
                    dir);
        return false;
    }
    for (int l = 0; l < ZS_N_LEVELS; l++) {
        char *path = zs_level_path(dir, l);
        char *msg = NULL;
        zx_status s = zx_db_open_write(path, &st->dbs[l], &msg);
        if (s != ZX_OK) {
            g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "cannot open %s for writing: %s", path,
                        s == ZX_LOCKED ? "another zaalt index is writing to it" : msg);
            g_free(msg);
            g_free(path);
            for (int k = 0; k < l; k++)
                zx_db_close(st->dbs[k]);
            return false;
        }
        char *version = zx_db_get_metadata(st->dbs[l], ZS_META_SCHEMA);
        if (version && strcmp(version, ZS_SCHEMA_VERSION) != 0) {
            g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                        "%s holds an index of schema version %s; this zaalt writes version %s: remove %s and "
                        "index again",
                        path, version, ZS_SCHEMA_VERSION, dir);
            g_free(version);
            g_free(path);
            for (int k = 0; k <= l; k++)
                zx_db_close(st->dbs[k]);
            return false;
        }
        g_free(version);
        zx_db_set_metadata(st->dbs[l], ZS_META_SCHEMA, ZS_SCHEMA_VERSION, NULL);
        /* A level database served alone (xapian-tcpsrv) still says what
         * it holds: readers open a remote one only up to their level. */
        zx_db_set_metadata(st->dbs[l], ZS_META_LEVEL, zs_levels[l], NULL);
        g_free(path);
    }
    return true;
}

void
ix_summary_clear(ix_summary *s)
{
    if (s->failures)
        g_ptr_array_free(s->failures, TRUE);
    if (s->skipped)
        g_ptr_array_free(s->skipped, TRUE);
    if (s->warnings)
        g_ptr_array_free(s->warnings, TRUE);
    memset(s, 0, sizeof *s);
}

bool
ix_run(const ix_options *opts, ix_summary *sum, GError **error)
{
    memset(sum, 0, sizeof *sum);
    sum->failures = g_ptr_array_new_with_free_func(g_free);
    sum->skipped = g_ptr_array_new_with_free_func(g_free);
    sum->warnings = g_ptr_array_new_with_free_func(g_free);
    gint64 t0 = g_get_monotonic_time();

    if (g_mkdir_with_parents(opts->db, 0755) != 0) {
        g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(errno), "cannot create %s: %s", opts->db,
                    g_strerror(errno));
        return false;
    }
    run_state st = {.opts = opts, .sum = sum};
    if (!open_levels(&st, opts->db, error))
        return false;
    st.seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    ix_extract_init(opts->ctx);
    /* OCR engines are created lazily in each worker, never in this process:
     * tesseract's OpenMP threads would not survive fork().  Recognised
     * pages are cached beside the databases, so no page is read twice. */
    char *ocr_cache = g_build_filename(opts->db, "ocr-cache", NULL);
    GError *ocr_err = NULL;
    bool ocr = !opts->no_ocr && ix_ocr_available(&ocr_err);
    if (!opts->no_ocr && !ocr) {
        g_ptr_array_add(sum->skipped, g_strdup_printf("OCR unavailable, scanned pages not read: %s",
                                                      ocr_err ? ocr_err->message : "?"));
    }
    g_clear_error(&ocr_err);
    if (ocr)
        g_mkdir_with_parents(ocr_cache, 0755);
    ix_extract_set_ocr(ocr, ocr_cache);
    ix_extract_set_keep_covered(opts->keep_covered);
    g_free(ocr_cache);

    GPtrArray *jobs = g_ptr_array_new_with_free_func((GDestroyNotify)job_free);
    for (guint i = 0; i < opts->sources->len; i++) {
        ix_source *src = opts->sources->pdata[i];
        if (!g_file_test(src->root, G_FILE_TEST_IS_DIR)) {
            if (!src->optional)
                g_ptr_array_add(sum->failures, g_strdup_printf("%s: source folder %s not found", src->name, src->root));
            continue;
        }
        /* Every level knows every root, so a reader of any set of levels can
         * serve the original files of the documents it may see. */
        char *key = g_strconcat(ZS_META_SOURCE_PREFIX, src->name, NULL);
        for (int l = 0; l < ZS_N_LEVELS; l++)
            zx_db_set_metadata(st.dbs[l], key, src->root, NULL);
        g_free(key);
        if (src->only) {
            char *abs = g_build_filename(src->root, src->only, NULL);
            consider_file(&st, src, src->only, abs, jobs);
            g_free(abs);
        } else {
            walk(&st, src, "", 0, jobs);
        }
    }
    st.total_files = jobs->len;
    /* Only when documents are written: the glossary's phrases need the
     * analyser, which a run with nothing to do never loads. */
    const char *phrases = jobs->len ? gl_phrases_fingerprint(az_glossary(zc_context_analyzer(opts->ctx))) : NULL;
    bool whole = opts->force && covers_every_source(&st);
    if (phrases)
        mark_phrases(&st, phrases);
    progress(&st);
    extract_all(&st, jobs);
    g_ptr_array_free(jobs, TRUE);

    if (!st.fatal) {
        for (guint i = 0; i < opts->sources->len; i++) {
            ix_source *src = opts->sources->pdata[i];
            if (!src->only && g_file_test(src->root, G_FILE_TEST_IS_DIR))
                remove_gone(&st, src);
        }
    }
    sum->seconds = (g_get_monotonic_time() - t0) / 1e6;
    GDateTime *now = g_date_time_new_now_utc();
    char *stamp = g_date_time_format_iso8601(now);
    g_date_time_unref(now);
    char *last = g_strdup_printf("%s: %u indexed, %u units, %u unchanged, %u not indexable, %u failed, %u removed, "
                                 "%.1f s",
                                 stamp, sum->indexed, sum->units, sum->unchanged, sum->unsupported, sum->failures->len,
                                 sum->removed, sum->seconds);
    for (int l = 0; l < ZS_N_LEVELS; l++)
        zx_db_set_metadata(st.dbs[l], ZS_META_STATS, last, NULL);
    g_free(last);
    g_free(stamp);
    /* "Did you mean" comes from each level's own words, so a public reader
     * is never offered a word that only a restricted document contains. */
    for (int l = 0; !st.fatal && l < ZS_N_LEVELS && (sum->indexed || sum->removed); l++) {
        char *msg = NULL;
        if (ix_build_spelling(st.dbs[l], &msg) != 0) {
            g_ptr_array_add(sum->failures, g_strdup_printf("spelling dictionary of the %s database: %s", zs_levels[l],
                                                           msg ? msg : "failed"));
            g_free(msg);
        }
    }
    /* Every document of a whole forced run was made with this glossary. */
    if (phrases && whole && !st.fatal && sum->failures->len == 0)
        for (int l = 0; l < ZS_N_LEVELS; l++)
            zx_db_set_metadata(st.dbs[l], ZS_META_PHRASES, phrases, NULL);
    if (!st.fatal)
        commit(&st);
    g_hash_table_destroy(st.seen);
    for (int l = 0; l < ZS_N_LEVELS; l++)
        zx_db_close(st.dbs[l]);
    if (st.fatal) {
        g_propagate_error(error, st.fatal);
        return false;
    }
    return true;
}
