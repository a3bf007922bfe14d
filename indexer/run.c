/* run.c — one indexing run, from the options to the last commit (run.h).
 *
 * The parent walks the sources (walk.c) and is the only Xapian writer
 * (writer.c).  Changed files go to a pool of long-lived worker processes
 * (pool.c, worker.c) that extract each file under CPU-time and memory
 * limits and a wall-clock timeout, and analyse its units into Xapian
 * documents, so analysis runs in parallel; the parent only writes what
 * they send back.  Commits come in batches; the manifest of indexed files
 * (manifest.c) is committed with the documents it describes, so a killed
 * run leaves a consistent index and the next run carries on where the
 * last commit stopped.  Any write that fails stops the run with an error.
 *
 * Not for: any of those steps themselves (their files), or extraction.
 */
#include "indexer/run.h"

#include <errno.h>
#include <stdio.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>

#include "core/access.h"
#include "core/analysis.h"
#include "core/glossary.h"
#include "core/schema.h"
#include "indexer/extractor.h"
#include "indexer/fingerprint.h"
#include "indexer/identity.h"
#include "indexer/lawrepeal.h"
#include "indexer/lock.h"
#include "indexer/manifest.h"
#include "indexer/maskrun.h"
#include "indexer/pool.h"
#include "indexer/protocol.h"
#include "indexer/spelling.h"
#include "indexer/unitdoc.h"
#include "indexer/walk.h"
#include "indexer/writer.h"

/* Units per commit.  Smaller batches cost the writer less CPU, not more:
 * at 10k bench units, 500 -> 14.5 s, 1000 -> 17.3 s, 2000 -> 20 s,
 * 20000 -> 28 s of the writer's CPU (Xapian's buffered postings grow
 * costlier to update than to flush). */
#define COMMIT_EVERY_UNITS 500
/* A phase of a file (parsing, a page's OCR) is killed at this many times
 * its CPU limit of wall-clock time: the CPU limit ends busy hangs, this
 * one a worker blocked without using CPU, with room for a loaded machine. */
#define WALL_FACTOR        3
/* The last-run line's marks of a run that did not finish (ix_run_finished). */
#define RUN_UNFINISHED  ": started, not finished"
#define RUN_INTERRUPTED ", interrupted"

typedef struct run_state {
    const ix_options *opts;
    ix_summary *sum;
    ix_writer *writer;
    unsigned pending_units; /* written since the last commit */
    unsigned total_files;
    unsigned done_files;
    GHashTable *written; /* "source/path" -> units, of the files written this run */
    GHashTable *unchanged; /* "source/path" of the files the walk counted unchanged */
    GError *fatal;    /* the first write that failed: the run stops */
    bool interrupted; /* opts->interrupted said so: the run stops */
} run_state;

static void
progress(run_state *st)
{
    if (st->opts->on_progress)
        st->opts->on_progress(st->done_files, st->total_files, st->sum->units, st->opts->user);
}

/* Keeps the first error that stops the run. */
static void
stop(run_state *st, GError *error)
{
    if (st->fatal == NULL)
        st->fatal = error;
    else
        g_error_free(error);
}

/* A file the walk counted unchanged and read all the same counts once,
 * as what its reading gave. */
static void
uncount_unchanged(run_state *st, ix_job *j)
{
    if (j->counted_unchanged && st->sum->unchanged > 0)
        st->sum->unchanged--;
    j->counted_unchanged = false;
}

static void
record_failure(run_state *st, ix_job *j, const char *reason)
{
    uncount_unchanged(st, j);
    GError *err = NULL;
    /* A file read again without a page that hung says so when it fails
     * all the same. */
    char *full = j->note ? g_strdup_printf("%s (%s)", reason, j->note) : g_strdup(reason);
    char *kept = NULL;
    if (!ix_manifest_record_failure(st->writer, j->src, j->relpath, full, &j->stamp, &kept, &err))
        stop(st, err);
    if (kept)
        st->sum->kept++;
    g_ptr_array_add(st->sum->failures, kept ? g_strdup_printf("%s/%s: %s; %s", j->src->name, j->relpath, full, kept)
                                            : g_strdup_printf("%s/%s: %s", j->src->name, j->relpath, full));
    g_free(kept);
    g_free(full);
}

/* Unit `i` of a worker's answer decoded (its unique term in *unique,
 * borrowed from `units`), or NULL when malformed. */
static zx_doc *
answer_unit(GVariant *units, gsize i, const char **unique, gsize *size)
{
    GVariant *blob = NULL;
    g_variant_get_child(units, i, "(&s@ay)", unique, &blob);
    gsize len = 0;
    const void *bytes = g_variant_get_fixed_array(blob, &len, 1);
    zx_doc *xd = **unique ? zx_doc_unserialise(bytes, len, NULL) : NULL;
    *size = len;
    g_variant_unref(blob);
    return xd;
}

/* Adds the units of a worker's answer, `xds` (n decoded units, kept from
 * the check in write_document) or, for a document of more units than a
 * batch, each decoded as it is written and committed every `commit_every`
 * units: a file of ten thousand units held them all decoded at once and
 * Xapian buffered them all (probe F2, F5: 1.9 GB for a 32 MB Markdown
 * file, over any memory limit).  Before such a document's first commit its
 * manifest entry is written with no stamp and no hash, so that a run
 * killed before its end leaves an entry that never matches the file: the
 * next run reads it again, or, if the file is gone, removes what was
 * written of it.  Any other document is committed whole, as before. */
static bool
add_answer_units(run_state *st, ix_job *j, int level, const char *id, const char *due, GVariant *units,
                 zx_doc **xds, GError **error)
{
    unsigned every = st->opts->commit_every ? st->opts->commit_every : COMMIT_EVERY_UNITS;
    gsize n = g_variant_n_children(units);
    if (xds != NULL) {
        const char **uniques = g_new0(const char *, n + 1);
        for (gsize i = 0; i < n; i++)
            g_variant_get_child(units, i, "(&s@ay)", &uniques[i], NULL);
        bool ok = ix_writer_add_units(st->writer, level, uniques, xds, n, g_variant_get_size(units), error);
        g_free(uniques);
        st->pending_units += n;
        return ok;
    }
    bool marked = false;
    for (gsize i = 0; i < n; i++) {
        const char *unique = NULL;
        gsize size = 0;
        zx_doc *xd = answer_unit(units, i, &unique, &size);
        bool ok = xd != NULL && ix_writer_add_units(st->writer, level, &unique, &xd, 1, size, error);
        if (xd != NULL)
            zx_doc_free(xd);
        if (!ok)
            return false;
        if (++st->pending_units >= every && i + 1 < n) {
            if (!marked) {
                const ix_file_stamp none = {-1, -1, -1, -1};
                if (!ix_manifest_record(st->writer, level, j->src, j->relpath, &none, id, 0, "", due, error))
                    return false;
                marked = true;
            }
            if (!ix_writer_commit(st->writer, error))
                return false;
            st->pending_units = 0;
        }
    }
    return true;
}

/* Writes one extracted document from a worker's answer: removes its old
 * units, adds the new ones, and records it in the manifest.  Every unit is
 * decoded before anything is written (a document of more units than a
 * batch decodes them again as it writes them: add_answer_units), so a
 * malformed answer leaves the index as it was. */
static void
write_document(run_state *st, ix_job *j, GVariant *answer)
{
    const char *id = NULL, *access = NULL, *hash = NULL, *law = NULL;
    GVariant *units = NULL, *full = NULL;
    g_variant_get(answer, "(&s&s&s@a(say)@as@a(say)&s)", &id, &access, &hash, &units, NULL, &full, &law);
    gsize n = g_variant_n_children(units);
    unsigned every = st->opts->commit_every ? st->opts->commit_every : COMMIT_EVERY_UNITS;
    /* Kept decoded for writing unless the document is larger than a batch. */
    zx_doc **xds = n <= every ? g_new0(zx_doc *, n + 1) : NULL;
    bool ok = n > 0 && *id;
    unsigned real = 0; /* units, not their repealed parts' documents */
    char *due = NULL;  /* every unit carries the document's due day (due.h), or none does */
    for (gsize i = 0; ok && i < n; i++) {
        const char *unique = NULL;
        gsize size = 0;
        zx_doc *xd = answer_unit(units, i, &unique, &size);
        real += zs_unique_is_unit(unique);
        ok = xd != NULL;
        if (ok && i == 0)
            due = zx_doc_get_value(xd, ZS_SLOT_DUE);
        if (xds != NULL)
            xds[i] = xd;
        else if (xd != NULL)
            zx_doc_free(xd);
    }
    if (!ok) {
        record_failure(st, j, n == 0 ? "no text" : "extractor sent a malformed record");
        goto out;
    }
    int level = ix_level_of(access);
    char *key = ix_manifest_key(ZS_META_FILE_PREFIX, j->src, j->relpath);
    GError *err = NULL;
    /* A statute's entry goes with its units, in the same batch ("" clears
     * the entry of a file that is no statute now). */
    char *law_key = ix_manifest_key(IX_META_LAW_PREFIX, j->src, j->relpath);
    ok = ix_manifest_forget(st->writer, key, level, &err) && ix_writer_delete_document(st->writer, level, id, &err) &&
         add_answer_units(st, j, level, id, due, units, xds, &err) &&
         ix_mask_write_full(st->writer, level, full, &err) && ix_writer_set(st->writer, level, law_key, law, &err) &&
         ix_manifest_record(st->writer, level, j->src, j->relpath, &j->stamp, id, real, hash, due, &err);
    g_free(law_key);
    g_free(key);
    if (!ok) {
        stop(st, err);
        goto out;
    }
    /* A statute written again in the run (lawrepeal.h) counts once. */
    char *file = g_strconcat(j->src->name, "/", j->relpath, NULL);
    gpointer before = NULL;
    if (g_hash_table_lookup_extended(st->written, file, NULL, &before))
        st->sum->units -= GPOINTER_TO_UINT(before);
    else
        st->sum->indexed++;
    uncount_unchanged(st, j);
    g_hash_table_insert(st->written, file, GUINT_TO_POINTER(real));
    st->sum->units += real;
    if (st->pending_units >= every) {
        if (!ix_writer_commit(st->writer, &err))
            stop(st, err);
        st->pending_units = 0;
    }
out:
    for (gsize i = 0; xds != NULL && i < n; i++)
        if (xds[i] != NULL)
            zx_doc_free(xds[i]);
    g_free(xds);
    g_free(due);
    g_variant_unref(units);
    g_variant_unref(full);
}

/* ---- What the pool reports ---------------------------------------------- */

static void
on_answer(ix_job *j, const guint8 *data, gsize len, void *user)
{
    run_state *st = user;
    char kind = len > 0 ? (char)data[0] : '?';
    const char *body = (const char *)data + 1;
    gsize blen = len > 0 ? len - 1 : 0;
    if (kind == 'O') {
        GBytes *bytes = g_bytes_new(body, blen);
        GVariant *v = g_variant_ref_sink(g_variant_new_from_bytes(G_VARIANT_TYPE(IX_ANSWER_TYPE), bytes, FALSE));
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
    st->done_files++;
    progress(st);
}

static void
on_failed(ix_job *j, const char *reason, void *user)
{
    run_state *st = user;
    record_failure(st, j, reason);
    st->done_files++;
    progress(st);
}

/* Whether the run was asked to stop (asked again each time until it is). */
static bool
interrupted(run_state *st)
{
    if (!st->interrupted && st->opts->interrupted)
        st->interrupted = st->opts->interrupted(st->opts->interrupt_user);
    return st->interrupted;
}

static bool
is_stopped(void *user)
{
    run_state *st = user;
    return st->fatal != NULL || interrupted(st);
}

/* ---- The run ------------------------------------------------------------ */

/* The extractor of this run: OCR when asked for and installed, its cache
 * beside the databases, so no page is read twice.  Tesseract's engines are
 * made lazily in each worker, never in this process: its OpenMP threads
 * would not survive fork(). */
static ix_extractor *
make_extractor(const ix_options *opts, ix_summary *sum)
{
    char *ocr_cache = g_build_filename(opts->db, "ocr-cache", NULL);
    GError *ocr_err = NULL;
    bool ocr = !opts->no_ocr && ix_ocr_available(&ocr_err);
    if (!opts->no_ocr && !ocr)
        g_ptr_array_add(sum->skipped, g_strdup_printf("OCR unavailable, scanned pages not read: %s",
                                                      ocr_err ? ocr_err->message : "?"));
    g_clear_error(&ocr_err);
    if (ocr && g_mkdir_with_parents(ocr_cache, 0755) != 0)
        g_ptr_array_add(sum->warnings, g_strdup_printf("OCR cache folder %s cannot be made (%s): recognised pages "
                                                       "are not kept for the next run",
                                                       ocr_cache, g_strerror(errno)));
    ix_extractor_options xo = {.ocr = ocr, .ocr_cache = ocr_cache, .keep_covered = opts->keep_covered};
    ix_extractor *ex = ix_extractor_new(opts->ctx, &xo);
    g_free(ocr_cache);
    return ex;
}

/* Every level knows every root, so a reader of any set of levels can serve
 * the original files of the documents it may see (identity.c records
 * them); then the walk. */
static bool
walk_sources(run_state *st, GHashTable *seen, GPtrArray *jobs, bool *walked, GError **error)
{
    const ix_options *opts = st->opts;
    ix_walk wk = {.opts = opts,
                  .writer = st->writer,
                  .sum = st->sum,
                  .seen = seen,
                  .jobs = jobs,
                  .unchanged = st->unchanged,
                  .stopped = is_stopped,
                  .stop_user = st};
    /* Each name stands for one folder (identity.h): named, and moved
     * sources cleared out, before anything is walked. */
    if (opts->forget && !ix_forget_sources(st->writer, opts->forget, st->sum->sources, error))
        return false;
    if (!ix_bind_sources(st->writer, opts->sources, st->sum->sources, error))
        return false;
    for (guint i = 0; i < opts->sources->len; i++) {
        ix_source *src = opts->sources->pdata[i];
        if (!g_file_test(src->root, G_FILE_TEST_IS_DIR)) {
            if (!src->optional)
                g_ptr_array_add(st->sum->failures,
                                g_strdup_printf("%s: source folder %s not found", src->name, src->root));
            continue;
        }
        if (!ix_walk_source(&wk, i, error))
            return false;
    }
    *walked = !wk.halted;
    return true;
}

/* Runs the jobs through the workers, who analyse with the context's
 * analyser: loaded here, once, and shared with them copy-on-write.  In the
 * walk's order: a file's size does not tell its cost (a 2.5 KB PDF can
 * take its whole OCR limit), so ordering by size put such files last. */
static void
extract_all(run_state *st, ix_extractor *ex, GPtrArray *jobs)
{
    const ix_options *opts = st->opts;
    char *db_dir = realpath(opts->db, NULL);
    ix_worker_setup setup = {
        .sources = opts->sources,
        .ex = ex,
        .az = jobs->len > 0 ? zc_context_analyzer(opts->ctx) : NULL,
        .parse_cpu_s = opts->timeout_s ? opts->timeout_s : IX_PARSE_CPU_SECONDS,
        .ocr_page_cpu_s = opts->ocr_timeout_s ? opts->ocr_timeout_s : IX_OCR_PAGE_CPU_SECONDS,
        .ocr_file_cpu_s = IX_OCR_FILE_CPU_SECONDS,
        .db_dir = db_dir,
        .follow_links = opts->follow_links,
    };
    ix_pool_options po = {
        .workers = opts->jobs ? opts->jobs : g_get_num_processors(),
        .wall_factor = WALL_FACTOR,
        .setup = &setup,
    };
    ix_pool_callbacks cb = {.answer = on_answer, .failed = on_failed, .stopped = is_stopped, .user = st};
    ix_pool_run(&po, jobs, &cb);
    free(db_dir);
}

/* The statutes whose repeal by another statute of the index changed (one
 * added, changed or removed, in this run or an interrupted one before),
 * extracted again knowing it (lawrepeal.h).  A statute extracted again
 * states what it states before, so a second round finds nothing more; the
 * bound is against a loop the entries could make. */
#define LAW_REPEAL_ROUNDS 3

static bool
apply_law_repeals(run_state *st, ix_extractor *ex, ix_law_repeals **known, GError **error)
{
    const ix_options *opts = st->opts;
    for (int round = 0; round < LAW_REPEAL_ROUNDS && !interrupted(st); round++) {
        GPtrArray *due = g_ptr_array_new_with_free_func(g_free);
        ix_law_repeals *now = ix_law_repeals_read(st->writer, due, error);
        if (now == NULL) {
            g_ptr_array_unref(due);
            return false;
        }
        ix_extractor_set_law_repeals(ex, now);
        ix_law_repeals_free(*known);
        *known = now;
        GPtrArray *jobs = g_ptr_array_new_with_free_func((GDestroyNotify)ix_job_free);
        for (guint i = 0; i + 1 < due->len; i += 2) {
            const char *name = due->pdata[i], *rel = due->pdata[i + 1];
            for (guint s = 0; s < opts->sources->len; s++) {
                ix_source *src = opts->sources->pdata[s];
                if (strcmp(src->name, name) != 0)
                    continue;
                /* A file this run cannot read now waits for the run that can:
                 * its entry still says what it was indexed with. */
                char *abs = g_build_filename(src->root, rel, NULL);
                struct stat sb;
                if (stat(abs, &sb) == 0 && S_ISREG(sb.st_mode)) {
                    ix_job *j = g_new0(ix_job, 1);
                    j->src = src;
                    j->source_index = s;
                    j->relpath = g_strdup(rel);
                    j->abspath = abs;
                    abs = NULL;
                    j->stamp = ix_file_stamp_of(&sb);
                    char *file = ix_manifest_key("", src, rel);
                    j->counted_unchanged = g_hash_table_remove(st->unchanged, file);
                    g_free(file);
                    g_ptr_array_add(jobs, j);
                }
                g_free(abs);
                break;
            }
        }
        g_ptr_array_unref(due);
        bool more = jobs->len > 0;
        if (more) {
            st->total_files += jobs->len;
            extract_all(st, ex, jobs);
        }
        g_ptr_array_free(jobs, TRUE);
        if (st->fatal != NULL) {
            g_propagate_error(error, st->fatal);
            st->fatal = NULL;
            return false;
        }
        if (!more)
            break;
    }
    return true;
}

/* After the files: what is gone (when the walk saw every file), the run's
 * figures, each level's spelling dictionary, the phrases' seal; then the
 * last commit.  An interrupted run leaves the dictionaries and the seal to
 * the next, and says so. */
static bool
finish_run(run_state *st, ix_extractor *ex, ix_law_repeals **known, GHashTable *seen, const char *phrases, bool whole,
           bool walked, gint64 t0, GError **error)
{
    const ix_options *opts = st->opts;
    ix_summary *sum = st->sum;
    for (guint i = 0; walked && i < opts->sources->len; i++) {
        ix_source *src = opts->sources->pdata[i];
        if (!src->only && g_file_test(src->root, G_FILE_TEST_IS_DIR) &&
            !ix_manifest_remove_gone(st->writer, src, seen, &sum->removed, error))
            return false;
    }
    /* Laws repealed by laws: with the files gone already gone. */
    if (!apply_law_repeals(st, ex, known, error))
        return false;
    sum->interrupted = st->interrupted;
    sum->seconds = (g_get_monotonic_time() - t0) / 1e6;
    GDateTime *now = g_date_time_new_now_utc();
    char *stamp = g_date_time_format_iso8601(now);
    g_date_time_unref(now);
    char *last = g_strdup_printf("%s: %u indexed, %u units, %u unchanged, %u not indexable, %u failed, %u removed, "
                                 "%.1f s%s",
                                 stamp, sum->indexed, sum->units, sum->unchanged, sum->unsupported, sum->failures->len,
                                 sum->removed, sum->seconds, st->interrupted ? RUN_INTERRUPTED : "");
    bool ok = ix_writer_set_all(st->writer, ZS_META_STATS, last, error);
    g_free(last);
    g_free(stamp);
    if (!ok)
        return false;
    /* "Did you mean" comes from each level's own words, so a public reader
     * is never offered a word that only a restricted document contains.  A
     * dictionary that cannot be built is reported, not fatal: the
     * documents are written. */
    for (int l = 0; l < ZS_N_LEVELS; l++) {
        zx_db *db = ix_writer_db(st->writer, l);
        char *due = zx_db_get_metadata(db, ZS_META_SPELLING_DUE);
        bool changed = sum->indexed || sum->removed || (due && *due);
        g_free(due);
        if (!changed)
            continue;
        if (st->interrupted) {
            if (!ix_writer_set(st->writer, l, ZS_META_SPELLING_DUE, "1", error))
                return false;
            continue;
        }
        GError *err = NULL;
        ix_writer_rewrites(st->writer, l);
        if (!ix_build_spelling(db, &err)) {
            g_ptr_array_add(sum->failures,
                            g_strdup_printf("spelling dictionary of the %s database: %s", zs_levels[l], err->message));
            g_error_free(err);
        } else if (!ix_writer_set(st->writer, l, ZS_META_SPELLING_DUE, "", error)) {
            return false;
        }
    }
    if (!ix_mask_record_sources(st->writer, ix_masker_get(opts->ctx), opts->sources, error))
        return false;
    /* Every document of a whole forced run was made with this glossary. */
    if (phrases && whole && !st->interrupted && sum->failures->len == 0 && !ix_seal_phrases(st->writer, phrases, error))
        return false;
    return ix_writer_commit(st->writer, error);
}

bool
ix_run_finished(const char *last_run)
{
    return last_run != NULL && *last_run && strstr(last_run, RUN_UNFINISHED) == NULL &&
           !g_str_has_suffix(last_run, RUN_INTERRUPTED);
}

/* Marks every level as written by a run that has not finished: committed
 * with whatever the run commits first, replaced by finish_run's summary. */
static bool
mark_unfinished(ix_writer *w, GError **error)
{
    GDateTime *now = g_date_time_new_now_utc();
    char *stamp = g_date_time_format_iso8601(now);
    g_date_time_unref(now);
    char *line = g_strconcat(stamp, RUN_UNFINISHED, " (stopped before its end: the next run goes on from its last "
                                                    "commit)",
                             NULL);
    bool ok = ix_writer_set_all(w, ZS_META_STATS, line, error);
    g_free(line);
    g_free(stamp);
    return ok;
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
    if (s->sources)
        g_ptr_array_free(s->sources, TRUE);
    memset(s, 0, sizeof *s);
}

/* A forced run over an index with a level Xapian finds damaged (a file of
 * it overwritten or cut short) rebuilds that level: the damaged database is
 * renamed aside, never deleted, and the run says where, so nothing is lost
 * that a person might still want; the run then makes the level anew.  Only
 * a level of this index folder that Xapian itself calls corrupt is moved
 * (a folder it cannot tell for a database is not touched).  A level written
 * under another schema version (an older zaalt's) is whole but unreadable
 * here, and is set aside and made anew the same way. */
static bool
set_aside_unusable(const char *db, ix_summary *sum, GError **error)
{
    for (int l = 0; l < ZS_N_LEVELS; l++) {
        char *path = zs_level_path(db, l);
        char *glass = g_build_filename(path, "iamglass", NULL);
        bool present = g_file_test(glass, G_FILE_TEST_EXISTS);
        g_free(glass);
        zx_db *d = NULL;
        char *msg = NULL;
        zx_status s = present ? zx_db_open_write(path, &d, &msg) : ZX_OK;
        char *version = d != NULL ? zx_db_get_metadata(d, ZS_META_SCHEMA) : NULL;
        zx_db_close(d);
        bool other_schema = version != NULL && *version != '\0' && strcmp(version, ZS_SCHEMA_VERSION) != 0;
        if (s == ZX_CORRUPT || other_schema) {
            GDateTime *now = g_date_time_new_now_utc();
            char *stamp = g_date_time_format(now, "%Y%m%dT%H%M%S");
            g_date_time_unref(now);
            char *aside = other_schema ? g_strdup_printf("%s.schema-%s-%s", path, version, stamp)
                                       : g_strdup_printf("%s.damaged-%s", path, stamp);
            char *why = other_schema ? g_strdup_printf("written under schema version %s, this zaalt writes %s",
                                                       version, ZS_SCHEMA_VERSION)
                                     : g_strdup_printf("damaged (%s)", msg);
            g_free(stamp);
            if (rename(path, aside) != 0) {
                g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_OPEN,
                            "the %s database %s is %s and cannot be set aside for the rebuild: %s", zs_levels[l], path,
                            why, g_strerror(errno));
                g_free(why);
                g_free(aside);
                g_free(version);
                g_free(msg);
                g_free(path);
                return false;
            }
            g_ptr_array_add(sum->sources,
                            g_strdup_printf("the %s database was %s: set aside as %s, and rebuilt from the sources "
                                            "named; remove it once the rebuild is checked",
                                            zs_levels[l], why, aside));
            g_free(why);
            g_free(aside);
        }
        g_free(version);
        g_free(msg);
        g_free(path);
    }
    return true;
}

bool
ix_run(const ix_options *opts, ix_summary *sum, GError **error)
{
    memset(sum, 0, sizeof *sum);
    sum->failures = g_ptr_array_new_with_free_func(g_free);
    sum->skipped = g_ptr_array_new_with_free_func(g_free);
    sum->warnings = g_ptr_array_new_with_free_func(g_free);
    sum->sources = g_ptr_array_new_with_free_func(g_free);
    gint64 t0 = g_get_monotonic_time();

    if (g_mkdir_with_parents(opts->db, 0755) != 0) {
        g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(errno), "cannot create %s: %s", opts->db,
                    g_strerror(errno));
        return false;
    }
    /* One run at a time, refused at once; taken before the databases are
     * opened, so a second run never gets as far as Xapian's locks. */
    ix_lock *lock = ix_lock_take(opts->db, error);
    if (lock == NULL)
        return false;
    if (opts->force && !set_aside_unusable(opts->db, sum, error)) {
        ix_lock_release(lock);
        return false;
    }
    run_state st = {.opts = opts,
                    .sum = sum,
                    .written = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL),
                    .unchanged = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL)};
    st.writer = ix_writer_open(opts->db, error);
    if (st.writer == NULL) {
        g_hash_table_destroy(st.written);
        g_hash_table_destroy(st.unchanged);
        ix_lock_release(lock);
        return false;
    }
    ix_extractor *ex = make_extractor(opts, sum);
    GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    GPtrArray *jobs = g_ptr_array_new_with_free_func((GDestroyNotify)ix_job_free);
    const char *phrases = NULL;
    bool whole = false, warned = false, walked = false;
    GError *err = NULL;
    /* What the index says of laws repealing laws, before any file is
     * extracted: a law is written knowing the law that repeals it. */
    ix_law_repeals *known = ix_law_repeals_read(st.writer, NULL, &err);
    ix_extractor_set_law_repeals(ex, known);
    /* Before the walk: a source whose masking changed is extracted anew. */
    bool ok = known != NULL && mark_unfinished(st.writer, &err) &&
              ix_mask_check_sources(st.writer, ix_masker_get(opts->ctx), opts->sources, &err) &&
              walk_sources(&st, seen, jobs, &walked, &err);
    /* Said, as a moved folder is: a run that reads every decision of a
     * source again, nothing having changed on disk, says why. */
    for (guint i = 0; ok && !opts->force && i < opts->sources->len; i++) {
        const ix_source *src = opts->sources->pdata[i];
        if (src->remask)
            g_ptr_array_add(sum->sources,
                            g_strdup_printf("source %s: its masking of personal data has changed since it was indexed "
                                            "(mask.ini, its lists, or a newer Zaalt): its files are read and masked "
                                            "again",
                                            src->name));
    }
    if (ok) {
        st.total_files = jobs->len;
        /* Only when documents are written: the glossary's phrases need the
         * analyser, which a run with nothing to do never loads. */
        phrases = jobs->len ? gl_phrases_fingerprint(az_glossary(zc_context_analyzer(opts->ctx))) : NULL;
        ok = (!opts->force || ix_covers_every_source(st.writer, opts->sources, &whole, &err)) &&
             (!phrases || ix_mark_phrases(st.writer, phrases, opts->force, &warned, &err));
        whole = whole && opts->force;
        if (warned)
            g_ptr_array_add(sum->warnings, g_strdup("the glossary's phrases differ from those the index was made "
                                                    "with: queries ask for them by position, more slowly, until "
                                                    "zaalt index --force"));
    }
    if (ok) {
        progress(&st);
        extract_all(&st, ex, jobs);
        if (st.fatal != NULL) {
            err = st.fatal;
            st.fatal = NULL;
            ok = false;
        }
    }
    if (ok)
        ok = finish_run(&st, ex, &known, seen, phrases, whole, walked, t0, &err);
    if (!ok)
        sum->seconds = (g_get_monotonic_time() - t0) / 1e6;
    g_ptr_array_free(jobs, TRUE);
    g_hash_table_destroy(seen);
    ix_extractor_free(ex);
    ix_law_repeals_free(known);
    g_hash_table_destroy(st.written);
    g_hash_table_destroy(st.unchanged);
    ix_writer_close(st.writer);
    ix_lock_release(lock);
    if (!ok)
        g_propagate_error(error, err);
    return ok;
}
