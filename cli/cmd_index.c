/* cmd_index.c — `zaalt index [--db DIR] [--config FILE] [PATH...]`:
 * index the sources of a corpus config, or the files and folders named.
 * Progress on a terminal; a summary at the end with every failure and its
 * reason.  Exit 0 when the run completed (even if some files failed: they
 * are listed), 1 for a usage error or an index another run is writing,
 * 2 when the database could not be opened or written (the run stops at
 * the first write that fails), 128 + the signal's number when SIGINT,
 * SIGTERM or SIGHUP stopped it (what was done is committed; a second one
 * ends the process at once).  With --writers N a new index is written as N parts by
 * N processes and merged (run_writers); the status is the worst part's. */
#include "cli/cli.h"
#include "cli/term.h"
#include "core/access.h"
#include "core/context.h"
#include "indexer/folder.h"
#include "indexer/identity.h"
#include "indexer/lock.h"
#include "indexer/mask.h"
#include "indexer/merge.h"
#include "indexer/run.h"
#include "indexer/sources.h"
#include "indexer/writer.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <sys/prctl.h>
#include <unistd.h>

#include "indexer/worker.h"

/* One line of the run's report: what it names came from file names and
 * files, so it is printed as term_text makes it. */
static void
print_line(FILE *f, const char *head, const char *what)
{
    char *safe = term_text(what);
    fprintf(f, "%s%s\n", head, safe);
    g_free(safe);
}

static void
show_progress(unsigned done, unsigned total, unsigned units, void *user)
{
    fprintf(stderr, "\rzaalt index: %u/%u files, %u units", done, total, units);
    fflush(stderr);
}

/* SIGINT, SIGTERM and SIGHUP while a run goes on: blocked and read from a
 * signalfd, so the run notices them between files (ix_options.interrupted)
 * and stops cleanly; the first one read unblocks them again, so a second
 * ends the process at once (the last commit stays searchable).  SIGHUP is
 * how a dropped ssh session or a closed terminal ends a run: it commits as
 * the others do, or the pending batch would be lost with no word said. */
typedef struct stop_signals {
    int fd;    /* -1: not watching */
    int signo; /* the signal that stopped the run, or 0 */
    bool progress;
} stop_signals;

static void
stop_signals_watch(stop_signals *s)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    s->fd = -1;
    s->signo = 0;
    if (sigprocmask(SIG_BLOCK, &set, NULL) == 0)
        s->fd = signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
}

static void
stop_signals_release(stop_signals *s)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    if (s->fd >= 0)
        close(s->fd);
    s->fd = -1;
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}

/* The name the summary gives the signal that stopped a run. */
static const char *
stop_signal_name(int signo)
{
    return signo == SIGTERM ? "SIGTERM" : signo == SIGHUP ? "SIGHUP" : "SIGINT";
}

static bool
stop_requested(void *user)
{
    stop_signals *s = user;
    if (s->signo)
        return true;
    struct signalfd_siginfo si;
    if (s->fd < 0 || read(s->fd, &si, sizeof si) != (ssize_t)sizeof si)
        return false;
    s->signo = (int)si.ssi_signo;
    stop_signals_release(s);
    /* After a hang-up stdout and stderr may be pipes nobody reads any more
     * (ssh without a terminal): a write must fail, not kill the commit. */
    if (s->signo == SIGHUP)
        signal(SIGPIPE, SIG_IGN);
    fprintf(stderr, "%szaalt index: %s: committing what is done and stopping (again to stop at once)\n",
            s->progress ? "\n" : "",
            s->signo == SIGINT   ? "interrupted"
            : s->signo == SIGHUP ? "hung up"
                                 : "terminated");
    return true;
}

/* One run into opts->db and its summary; the command's exit status. */
static int
run_once(ix_options *opts, bool quiet)
{
    int status = 0;
    GError *err = NULL;
    stop_signals stop = {.fd = -1};
    opts->interrupted = stop_requested;
    opts->interrupt_user = &stop;
    stop.progress = opts->on_progress != NULL;
    stop_signals_watch(&stop);
    ix_summary sum;
    bool ran = ix_run(opts, &sum, &err);
    stop_signals_release(&stop);
    if (!ran) {
        if (opts->on_progress)
            fputc('\n', stderr);
        if (g_error_matches(err, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE))
            cli_error("indexing stopped: %s", err->message);
        else
            cli_error("%s", err->message);
        /* Another run at work is no fault of this one: try later. */
        status = g_error_matches(err, IX_WRITE_ERROR, IX_WRITE_ERROR_LOCKED) ||
                         g_error_matches(err, IX_WRITE_ERROR, IX_WRITE_ERROR_SOURCE)
                     ? EXIT_USER
                     : EXIT_INTERNAL;
        g_clear_error(&err);
    } else {
        if (opts->on_progress)
            fputc('\n', stderr);
        /* A folder moved, gone or taken in changes what the index holds
         * beyond this run's files: said on stderr too, even when quiet. */
        for (guint i = 0; i < sum.sources->len; i++)
            print_line(stderr, "zaalt index: ", sum.sources->pdata[i]);
        if (!quiet) {
            printf("Indexed %u file%s (%u units) into %s in %.1f s; %u unchanged, %u not indexable, %u "
                   "removed, %u failed.\n",
                   sum.indexed, sum.indexed == 1 ? "" : "s", sum.units, opts->db, sum.seconds, sum.unchanged,
                   sum.unsupported, sum.removed, sum.failures->len);
            if (sum.outdated)
                printf("  %u file%s read again though unchanged: indexed by an earlier version of Zaalt, "
                       "whose reading of files has changed since.\n",
                       sum.outdated, sum.outdated == 1 ? " was" : "s were");
            if (sum.kept)
                printf("  %u of the failed files %s indexed before: the version indexed then is kept, searchable, "
                       "until the file changes and reads again.\n",
                       sum.kept, sum.kept == 1 ? "was" : "were");
            if (sum.still_failed)
                printf("  %u file%s failed before and did not change (see zaalt stats; --retry-failed tries "
                       "again).\n",
                       sum.still_failed, sum.still_failed == 1 ? "" : "s");
            for (guint i = 0; i < sum.sources->len; i++)
                print_line(stdout, "  note    ", sum.sources->pdata[i]);
            for (guint i = 0; i < sum.skipped->len; i++)
                print_line(stdout, "  skipped ", sum.skipped->pdata[i]);
            for (guint i = 0; i < sum.warnings->len; i++)
                print_line(stdout, "  warning ", sum.warnings->pdata[i]);
        }
        for (guint i = 0; i < sum.failures->len; i++)
            print_line(quiet ? stderr : stdout, "  failed  ", sum.failures->pdata[i]);
        if (sum.interrupted) {
            fprintf(quiet ? stderr : stdout,
                    "Interrupted (%s): what was indexed is committed; the same command goes on from there.\n",
                    stop_signal_name(stop.signo));
            status = 128 + (stop.signo ? stop.signo : SIGINT);
        }
    }
    ix_summary_clear(&sum);
    return status;
}

/* Whether `dir` holds an index already: a level database in it. */
static bool
index_exists(const char *dir)
{
    for (int i = 0; i < ZS_N_LEVELS; i++) {
        char *p = g_build_filename(dir, zs_levels[i], "iamglass", NULL);
        bool there = g_file_test(p, G_FILE_TEST_EXISTS);
        g_free(p);
        if (there)
            return true;
    }
    return false;
}

/* The OCR a part recognised, moved into the index's own cache, so that the
 * next run reads no page again. */
static void
keep_ocr_cache(const char *part, const char *dir)
{
    char *from = g_build_filename(part, "ocr-cache", NULL);
    GDir *d = g_file_test(from, G_FILE_TEST_IS_SYMLINK) ? NULL : g_dir_open(from, 0, NULL);
    if (d != NULL) {
        char *to = g_build_filename(dir, "ocr-cache", NULL);
        if (g_mkdir_with_parents(to, 0755) == 0) {
            const char *name;
            while ((name = g_dir_read_name(d)) != NULL) {
                char *a = g_build_filename(from, name, NULL);
                char *b = g_build_filename(to, name, NULL);
                if (rename(a, b) != 0)
                    fprintf(stderr, "zaalt index: OCR cache %s not kept: %s\n", a, g_strerror(errno));
                g_free(a);
                g_free(b);
            }
        }
        g_free(to);
        g_dir_close(d);
    }
    g_free(from);
}

/* Says where parts of a stopped --writers run lie beside `dir`, when a run
 * that does not use them goes ahead: at national scale they hold gigabytes. */
static void
mention_parts(const char *dir)
{
    char *base = g_path_get_basename(dir), *up = g_path_get_dirname(dir);
    char *prefix = g_strdup_printf(".%s.parts-", base);
    GDir *d = g_dir_open(up, 0, NULL);
    const char *name;
    while (d != NULL && (name = g_dir_read_name(d)) != NULL) {
        if (!g_str_has_prefix(name, prefix))
            continue;
        char *path = g_build_filename(up, name, NULL);
        printf("  note    %s holds the parts of a stopped `zaalt index --writers %s` run: the same command (with "
               "--force when it was a rebuild) goes on with them; otherwise they can be removed.\n",
               path, name + strlen(prefix));
        g_free(path);
    }
    if (d != NULL)
        g_dir_close(d);
    g_free(prefix);
    g_free(up);
    g_free(base);
}

/* Waits for the writers, passing SIGINT, SIGTERM and SIGHUP on to them (each is a
 * process group of its own, so a terminal's signal reaches them through
 * here, once); the status of the worst: a signal's 128 + its number before
 * any other. */
static int
wait_writers(GArray *pids, stop_signals *stop)
{
    int worst = 0;
    unsigned left = pids->len;
    while (left > 0) {
        struct pollfd pfd = {.fd = stop->fd, .events = POLLIN};
        if (stop->fd >= 0 && poll(&pfd, 1, 200) > 0) {
            struct signalfd_siginfo si;
            if (read(stop->fd, &si, sizeof si) == (ssize_t)sizeof si) {
                stop->signo = (int)si.ssi_signo;
                for (guint i = 0; i < pids->len; i++)
                    if (g_array_index(pids, pid_t, i) > 0)
                        kill(g_array_index(pids, pid_t, i), stop->signo);
            }
        } else if (stop->fd < 0) {
            g_usleep(200000);
        }
        int st;
        pid_t pid;
        while ((pid = waitpid(-1, &st, WNOHANG)) > 0) {
            for (guint i = 0; i < pids->len; i++) {
                if (g_array_index(pids, pid_t, i) != pid)
                    continue;
                g_array_index(pids, pid_t, i) = -1;
                left--;
                int code = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
                if (code > 128 || (worst <= 128 && code > worst))
                    worst = code;
            }
        }
    }
    return worst;
}

/* run_writers' answer when one writer must do the run instead. */
#define WRITERS_ONE (-1)

/* --writers N for an index not made yet: the files split by the hash that
 * --shard uses, each part indexed by a process of its own (one writer
 * each, the extractor processes shared out) into DIR/../.NAME.parts-N/K,
 * then merged into DIR as `zaalt merge` does and the parts removed.  One
 * writer's cost a unit grows with its index; N smaller ones and a merge
 * cost less past some hundred thousand units (bench/national.md).  A part
 * that stops (a signal, a failed write) leaves every part where it is, and
 * the same command goes on from there, each part from where it stopped. */
static int
run_writers(ix_options *opts, unsigned writers, bool over, bool quiet)
{
    char *dir = g_strdup(opts->db);
    char *base = g_path_get_basename(dir);
    char *up = g_path_get_dirname(dir);
    char *name = g_strdup_printf(".%s.parts-%u", base, writers);
    char *parts = g_build_filename(up, name, NULL);
    g_free(name);
    g_free(up);
    g_free(base);
    unsigned cores = opts->jobs ? opts->jobs : g_get_num_processors();
    unsigned each = MAX(1, (cores + writers - 1) / writers);
    /* Loaded once here, shared with the writers copy-on-write. */
    zc_context_analyzer(opts->ctx);
    ix_masker_get(opts->ctx);

    /* A rebuild holds the index's lock from here to the exchange: no run
     * writes into what the parts will replace. */
    GError *err = NULL;
    ix_lock *lock = NULL;
    if (over && (lock = ix_lock_take(dir, &err)) == NULL) {
        cli_error("%s", err->message);
        g_error_free(err);
        g_free(parts);
        g_free(dir);
        return EXIT_USER;
    }
    /* The parts hold only the sources named: the index's others would be
     * lost in the exchange.  One writer, as a run without --writers,
     * rebuilds the named ones and keeps the rest (checked under the lock,
     * so no run adds a source meanwhile). */
    if (over) {
        GPtrArray *left = g_ptr_array_new_with_free_func(g_free);
        bool read = ix_sources_left_out(dir, opts->sources, left, &err);
        if (!read || left->len > 0) {
            int code = WRITERS_ONE;
            if (!read) {
                cli_error("%s", err->message);
                g_clear_error(&err);
                code = EXIT_INTERNAL;
            } else if (!quiet) {
                g_ptr_array_add(left, NULL);
                char *list = g_strjoinv("; ", (char **)left->pdata);
                char *line = g_strdup_printf("The index %s holds sources this run does not name (%s): a rebuild by "
                                             "--writers would drop them, so one writer rebuilds what is named and "
                                             "keeps them.",
                                             dir, list);
                print_line(stdout, "", line);
                g_free(line);
                g_free(list);
            }
            g_ptr_array_free(left, TRUE);
            ix_lock_release(lock);
            g_free(parts);
            g_free(dir);
            return code;
        }
        g_ptr_array_free(left, TRUE);
    }
    char *cache = over && !opts->no_ocr ? g_build_filename(dir, "ocr-cache", NULL) : NULL;
    char *cache_real = cache && g_mkdir_with_parents(cache, 0755) == 0 ? realpath(cache, NULL) : NULL;

    stop_signals stop = {.fd = -1};
    stop_signals_watch(&stop);
    GArray *pids = g_array_new(FALSE, FALSE, sizeof(pid_t));
    GPtrArray *paths = g_ptr_array_new_with_free_func(g_free);
    int status = 0;
    fflush(NULL);
    for (unsigned k = 1; k <= writers; k++) {
        char *part = g_strdup_printf("%s/%u", parts, k);
        g_ptr_array_add(paths, part);
        if (cache_real) {
            /* A rebuild's parts read and fill the index's own OCR cache. */
            char *link = g_build_filename(part, "ocr-cache", NULL);
            if (g_mkdir_with_parents(part, 0755) == 0 && !g_file_test(link, G_FILE_TEST_EXISTS) &&
                symlink(cache_real, link) != 0)
                fprintf(stderr, "zaalt index: %s: the index's OCR cache is not shared: %s\n", link, g_strerror(errno));
            g_free(link);
        }
        pid_t parent = getpid();
        pid_t pid = fork();
        if (pid == 0) {
            setpgid(0, 0);
            /* A writer stops, as on Ctrl-C, when the run that started it is
             * killed: a part left writing alone would hold its lock. */
            prctl(PR_SET_PDEATHSIG, SIGTERM);
            if (getppid() != parent)
                _exit(EXIT_INTERNAL);
            if (stop.fd >= 0)
                close(stop.fd);
            g_array_free(pids, TRUE); /* the parent's: a writer waits for none */
            ix_options o = *opts;
            o.db = part;
            o.shard = k;
            o.shards = writers;
            o.jobs = each;
            o.on_progress = NULL;
            o.force = false; /* a part is new, or goes on from where it stopped */
            int code = run_once(&o, quiet);
            fflush(NULL);
            _exit(code);
        }
        if (pid < 0) {
            cli_error("cannot start writer %u of %u: %s", k, writers, g_strerror(errno));
            status = EXIT_INTERNAL;
            break;
        }
        g_array_append_val(pids, pid);
    }
    int worst = wait_writers(pids, &stop);
    stop_signals_release(&stop);
    if (status == 0)
        status = worst;
    if (status != 0) {
        fprintf(stderr,
                "zaalt index: a writer stopped (status %d); the parts stay in %s, and the same command goes "
                "on from there.\n",
                status, parts);
    } else {
        ix_merge_result r = {0};
        bool merged = over ? ix_merge_over((const char *const *)paths->pdata, paths->len, dir, &r, &err)
                           : ix_merge((const char *const *)paths->pdata, paths->len, dir, &r, &err);
        /* A writer given no file is left out of the merge: nothing lost. */
        g_strfreev(r.left_out);
        if (!merged) {
            cli_error("merging the parts in %s into %s: %s", parts, dir, err->message);
            status = g_error_matches(err, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE) ? EXIT_INTERNAL : EXIT_USER;
            g_error_free(err);
        } else {
            for (guint i = 0; i < paths->len; i++)
                keep_ocr_cache(paths->pdata[i], dir);
            if (!ix_folder_remove(parts, &err)) {
                fprintf(stderr, "zaalt index: the parts were merged but not removed: %s\n", err->message);
                g_clear_error(&err);
            }
            if (!quiet) {
                guint64 bytes = 0, units = 0;
                for (int i = 0; i < ZS_N_LEVELS; i++) {
                    bytes += r.levels[i].present ? r.levels[i].bytes : 0;
                    units += r.levels[i].present ? r.levels[i].units : 0;
                }
                printf("Merged %u parts into %s: %" G_GUINT64_FORMAT " units in all levels, %.1f MB, in %.1f s",
                       writers, dir, units, bytes / 1048576.0, r.seconds);
                /* A rebuild drops the files gone since: said as a run says it. */
                if (over)
                    printf("; %u removed", r.removed);
                printf(".\n");
            }
        }
    }
    ix_lock_release(lock);
    free(cache_real);
    g_free(cache);
    g_array_free(pids, TRUE);
    g_ptr_array_free(paths, TRUE);
    g_free(parts);
    g_free(dir);
    return status;
}
int
cmd_index(zc_context *ctx, int argc, char **argv)
{
    char *db = NULL, *config = NULL, *access = NULL, *shard = NULL;
    int jobs = 0, timeout = 0, ocr_timeout = 0, writers = 0;
    gboolean force = FALSE, quiet = FALSE, retry = FALSE, no_ocr = FALSE, follow_links = FALSE, mask = FALSE;
    int commit_every = 0;
    char **forget = NULL;
    GOptionEntry entries[] = {
        {"db", 0, 0, G_OPTION_ARG_STRING, &db, "Database folder (default: $ZAALT_DB, the config's, or ./zaalt-db)",
         "DIR"},
        {"config", 'c', 0, G_OPTION_ARG_STRING, &config, "Corpus config file (sources, types, access)", "FILE"},
        {"access", 0, 0, G_OPTION_ARG_STRING, &access, "Access level of the PATHs named: public, restricted, sealed",
         "LEVEL"},
        {"mask", 0, 0, G_OPTION_ARG_NONE, &mask,
         "Mask personal data in the PATHs named for public readers (re-extracts them; decisions always are)", NULL},
        {"jobs", 'j', 0, G_OPTION_ARG_INT, &jobs, "Parallel extractor processes (default: cores)", "N"},
        {"timeout", 0, 0, G_OPTION_ARG_INT, &timeout,
         "CPU seconds reading one file may take, OCR apart (default: " G_STRINGIFY(IX_PARSE_CPU_SECONDS) ")", "S"},
        {"ocr-timeout", 0, 0, G_OPTION_ARG_INT, &ocr_timeout,
         "CPU seconds the OCR of one page may take; a page past it is left out (default: " G_STRINGIFY(
             IX_OCR_PAGE_CPU_SECONDS) ")",
         "S"},
        {"force", 0, 0, G_OPTION_ARG_NONE, &force, "Re-extract files even if unchanged", NULL},
        {"no-ocr", 0, 0, G_OPTION_ARG_NONE, &no_ocr, "Never recognise scanned pages (OCR)", NULL},
        {"follow-links", 0, 0, G_OPTION_ARG_NONE, &follow_links,
         "Index files that symbolic links lead to outside their source folder", NULL},
        {"retry-failed", 0, 0, G_OPTION_ARG_NONE, &retry, "Try again files that failed before, even if unchanged",
         NULL},
        {"forget", 0, 0, G_OPTION_ARG_STRING_ARRAY, &forget,
         "Remove every document of source NAME from the index (one whose folder is gone: each run names them); "
         "may be repeated",
         "NAME"},
        {"commit-every", 0, 0, G_OPTION_ARG_INT, &commit_every, "Units written between commits (default 500)", "N"},
        {"quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Print only failures", NULL},
        {"shard", 0, 0, G_OPTION_ARG_STRING, &shard,
         "Build shard K of N: only the files a stable hash of their path gives it", "K/N"},
        {"writers", 0, 0, G_OPTION_ARG_INT, &writers,
         "Build a new index as N parts side by side, one writer each, merged at the end (default 1)", "N"},
        {NULL}};
    GOptionContext *octx = g_option_context_new("[PATH...] - index files and folders");
    g_option_context_add_main_entries(octx, entries, NULL);
    g_option_context_set_description(
        octx, "Read: PDF, Word (.docx and Word 97-2003 .doc), OpenDocument text (.odt), HTML, XML and plain\n"
              "text or Markdown (UTF-8, UTF-16 or Windows-1251), each known by its content; other files\n"
              "(RTF, web archives .mht, Excel, PowerPoint …) are skipped with the reason.\n"
              "Without PATHs, the sources of --config are indexed.\n"
              "Time limits: reading a file (parsing, structure, analysis) may take --timeout seconds of CPU;\n"
              "OCR is timed apart: --ocr-timeout seconds a page, " G_STRINGIFY(
                  IX_OCR_FILE_CPU_SECONDS) " seconds a file (later pages are not read).\n"
                                           "A phase that makes no progress for three times its limit is ended too.\n"
                                           "Ctrl-C, SIGTERM or SIGHUP commits what is done and stops; the next run goes on "
                                           "from there.");
    int status = 0;
    char **args = cli_parse(octx, argc, argv, &status);
    g_option_context_free(octx);
    if (!args)
        return status;

    ix_config *cfg = NULL;
    GError *err = NULL;
    if (config) {
        cfg = ix_config_load(config, &err);
        if (!cfg) {
            cli_error("%s", err->message);
            g_error_free(err);
            status = EXIT_USER;
            goto out;
        }
    } else {
        cfg = ix_config_new();
    }
    unsigned shard_k = 0, shard_n = 0;
    if (!shard && cfg->shard)
        shard = g_strdup(cfg->shard); /* [index] shard = K/N */
    if (shard) {
        char *end = NULL;
        guint64 k = g_ascii_strtoull(shard, &end, 10);
        guint64 n = end && *end == '/' && g_ascii_isdigit(end[1]) ? g_ascii_strtoull(end + 1, &end, 10) : 0;
        if (!end || *end || n < 1 || n > 1024 || k < 1 || k > n) {
            cli_error("--shard wants K/N with 1 <= K <= N <= 1024 (shard K of N), not '%s'", shard);
            status = EXIT_USER;
            goto out;
        }
        shard_k = (unsigned)k;
        shard_n = (unsigned)n;
    }
    if (writers == 0 && cfg->writers)
        writers = (int)cfg->writers; /* [index] writers = N */
    if (writers < 0 || writers > 64 || (writers > 1 && shard)) {
        cli_error(writers > 1 && shard ? "--writers builds the whole index: it does not go with --shard"
                                       : "--writers wants a number of writers from 1 to 64");
        status = EXIT_USER;
        goto out;
    }
    if (access && strcmp(access, "public") != 0 && strcmp(access, "restricted") != 0 && strcmp(access, "sealed") != 0) {
        cli_error("--access must be public, restricted or sealed, not '%s'", access);
        status = EXIT_USER;
        goto out;
    }
    GPtrArray *sources = g_ptr_array_new();
    GPtrArray *owned = g_ptr_array_new_with_free_func((GDestroyNotify)ix_source_free);
    if (args[1]) {
        for (char **p = args + 1; *p; p++) {
            ix_source *s = ix_source_for_path(*p, access, &err);
            if (!s) {
                cli_error("%s", err->message);
                g_clear_error(&err);
                status = EXIT_USER;
                break;
            }
            /* A path inside a configured source keeps that source's name,
             * types and access, so ids match a full run's. */
            for (guint i = 0; i < cfg->sources->len; i++) {
                ix_source *c = cfg->sources->pdata[i];
                size_t n = strlen(c->root);
                if (strncmp(s->root, c->root, n) == 0 && (s->root[n] == '/' || s->root[n] == 0)) {
                    char *sub = s->root[n] ? g_strdup(s->root + n + 1) : NULL;
                    char *only = s->only ? (sub ? g_strconcat(sub, "/", s->only, NULL) : g_strdup(s->only)) : NULL;
                    /* A folder inside it: that source, walked there only
                     * (never a second source holding its files again). */
                    g_free(s->under);
                    s->under = !s->only && sub ? g_strdup(sub) : NULL;
                    g_free(s->root);
                    s->root = g_strdup(c->root);
                    g_free(s->name);
                    s->name = g_strdup(c->name);
                    s->by_folder = false;
                    g_free(s->only);
                    s->only = only;
                    if (!access) {
                        g_free(s->access);
                        s->access = g_strdup(c->access);
                    }
                    g_ptr_array_unref(s->types);
                    s->types = g_ptr_array_ref(c->types);
                    g_ptr_array_unref(s->excludes);
                    s->excludes = g_ptr_array_ref(c->excludes);
                    g_ptr_array_unref(s->access_rules);
                    s->access_rules = g_ptr_array_ref(c->access_rules);
                    s->mask = c->mask;
                    g_free(sub);
                    break;
                }
            }
            s->mask = s->mask || mask;
            g_ptr_array_add(owned, s);
            g_ptr_array_add(sources, s);
        }
    } else {
        for (guint i = 0; i < cfg->sources->len; i++)
            g_ptr_array_add(sources, cfg->sources->pdata[i]);
    }
    if (status == 0 && sources->len == 0 && !forget) {
        cli_error("nothing to index: name files or folders, or give --config with [source …] sections");
        status = EXIT_USER;
    }
    /* Masking rules that do not load stop the run before it writes (fail
     * closed): the built-in rules alone would publish names. */
    if (status == 0 && !forget && !ix_masker_usable(ctx, &err)) {
        cli_error("%s", err->message);
        g_clear_error(&err);
        status = EXIT_USER;
    }
    if (status == 0) {
        ix_options opts = {
            .ctx = ctx,
            .db = db        ? db
                  : cfg->db ? cfg->db
                            : cli_default_db(NULL),
            .sources = sources,
            .jobs = jobs > 0 ? (unsigned)jobs : 0,
            .timeout_s = timeout > 0 ? (unsigned)timeout : 0,
            .ocr_timeout_s = ocr_timeout > 0 ? (unsigned)ocr_timeout : 0,
            .force = force || (mask && args[1]),
            .retry_failed = retry,
            .no_ocr = no_ocr || cfg->no_ocr,
            .keep_covered = cfg->keep_covered,
            .follow_links = follow_links || cfg->follow_links,
            .commit_every = commit_every > 0 ? (unsigned)commit_every : 0,
            .shard = shard_k,
            .shards = shard_n,
            .forget = forget,
            .on_progress = !quiet && isatty(STDERR_FILENO) ? show_progress : NULL,
        };
        if (db)
            opts.db = cli_default_db(db);
        else if (!cfg->db)
            opts.db = cli_default_db(NULL);
        /* No source takes in the configuration or the index: refused
         * before anything is written. */
        const char *config_dirs[] = {cfg->dir, zc_context_dir(ctx), NULL};
        if (!cfg->dir) {
            config_dirs[0] = config_dirs[1];
            config_dirs[1] = NULL;
        }
        if (!ix_sources_check_places(sources, cfg, config_dirs, opts.db, &err)) {
            cli_error("%s", err->message);
            g_clear_error(&err);
            status = EXIT_USER;
            goto done;
        }
        bool exists = index_exists(opts.db);
        status = WRITERS_ONE;
        if (writers > 1 && (!exists || opts.force) && !forget)
            status = run_writers(&opts, writers, exists, quiet);
        else if (writers > 1 && !quiet && (!exists || opts.force))
            printf("--forget changes the index: one writer does this run.\n");
        else if (writers > 1 && !quiet)
            printf("The index %s exists: --writers builds a new one (or rebuilds it with --force), so this run "
                   "updates it with one writer.\n",
                   opts.db);
        if (status == WRITERS_ONE) {
            status = run_once(&opts, quiet);
            if (!quiet)
                mention_parts(opts.db);
        }
    }
done:
    g_ptr_array_free(sources, TRUE);
    g_ptr_array_free(owned, TRUE);
out:
    ix_config_free(cfg);
    g_strfreev(args);
    g_free(db);
    g_free(config);
    g_free(access);
    g_free(shard);
    g_strfreev(forget);
    return status;
}
