/* cmd_index.c — `zaalt index [--db DIR] [--config FILE] [PATH...]`:
 * index the sources of a corpus config, or the files and folders named.
 * Progress on a terminal; a summary at the end with every failure and its
 * reason.  Exit 0 when the run completed (even if some files failed: they
 * are listed), 1 for a usage error or an index another run is writing,
 * 2 when the database could not be opened or written (the run stops at
 * the first write that fails), 128 + the signal's number when SIGINT or
 * SIGTERM stopped it (what was done is committed; a second one ends the
 * process at once). */
#include "cli/cli.h"
#include "indexer/run.h"
#include "indexer/sources.h"
#include "indexer/writer.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include "indexer/worker.h"

static void
show_progress(unsigned done, unsigned total, unsigned units, void *user)
{
    fprintf(stderr, "\rzaalt index: %u/%u files, %u units", done, total, units);
    fflush(stderr);
}

/* SIGINT and SIGTERM while a run goes on: blocked and read from a
 * signalfd, so the run notices them between files (ix_options.interrupted)
 * and stops cleanly; the first one read unblocks them again, so a second
 * ends the process at once (the last commit stays searchable). */
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
    if (s->fd >= 0)
        close(s->fd);
    s->fd = -1;
    sigprocmask(SIG_UNBLOCK, &set, NULL);
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
    fprintf(stderr, "%szaalt index: %s: committing what is done and stopping (again to stop at once)\n",
            s->progress ? "\n" : "", s->signo == SIGINT ? "interrupted" : "terminated");
    return true;
}

int
cmd_index(zc_context *ctx, int argc, char **argv)
{
    char *db = NULL, *config = NULL, *access = NULL, *shard = NULL;
    int jobs = 0, timeout = 0, ocr_timeout = 0;
    gboolean force = FALSE, quiet = FALSE, retry = FALSE, no_ocr = FALSE, follow_links = FALSE, mask = FALSE;
    int commit_every = 0;
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
        {"commit-every", 0, 0, G_OPTION_ARG_INT, &commit_every, "Units written between commits (default 500)", "N"},
        {"quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Print only failures", NULL},
        {"shard", 0, 0, G_OPTION_ARG_STRING, &shard,
         "Build shard K of N: only the files a stable hash of their path gives it", "K/N"},
        {NULL}};
    GOptionContext *octx = g_option_context_new("[PATH...] - index files and folders");
    g_option_context_add_main_entries(octx, entries, NULL);
    g_option_context_set_description(
        octx, "PDF, XML and plain-text files are indexed; other files are skipped.\n"
              "Without PATHs, the sources of --config are indexed.\n"
              "Time limits: reading a file (parsing, structure, analysis) may take --timeout seconds of CPU;\n"
              "OCR is timed apart: --ocr-timeout seconds a page, " G_STRINGIFY(
                  IX_OCR_FILE_CPU_SECONDS) " seconds a file (later pages are not read).\n"
                                           "A phase that makes no progress for three times its limit is ended too.\n"
                                           "Ctrl-C or SIGTERM commits what is done and stops; the next run goes on "
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
                    if (!s->only && sub) {
                        /* a folder inside a source: keep it as its own walk */
                        g_free(sub);
                        break;
                    }
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
    if (status == 0 && sources->len == 0) {
        cli_error("nothing to index: name files or folders, or give --config with [source …] sections");
        status = EXIT_USER;
    }
    if (status == 0) {
        stop_signals stop = {.fd = -1};
        ix_options opts = {
            .ctx = ctx,
            .db = db        ? db
                  : cfg->db ? cfg->db
                            : cli_default_db(NULL),
            .sources = sources,
            .jobs = jobs > 0 ? (unsigned)jobs : 0,
            .timeout_s = timeout > 0 ? (unsigned)timeout : 0,
            .ocr_timeout_s = ocr_timeout > 0 ? (unsigned)ocr_timeout : 0,
            .interrupted = stop_requested,
            .interrupt_user = &stop,
            .force = force || (mask && args[1]),
            .retry_failed = retry,
            .no_ocr = no_ocr || cfg->no_ocr,
            .keep_covered = cfg->keep_covered,
            .follow_links = follow_links || cfg->follow_links,
            .commit_every = commit_every > 0 ? (unsigned)commit_every : 0,
            .shard = shard_k,
            .shards = shard_n,
            .on_progress = !quiet && isatty(STDERR_FILENO) ? show_progress : NULL,
        };
        if (db)
            opts.db = cli_default_db(db);
        else if (!cfg->db)
            opts.db = cli_default_db(NULL);
        stop.progress = opts.on_progress != NULL;
        stop_signals_watch(&stop);
        ix_summary sum;
        bool ran = ix_run(&opts, &sum, &err);
        stop_signals_release(&stop);
        if (!ran) {
            if (opts.on_progress)
                fputc('\n', stderr);
            if (g_error_matches(err, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE))
                cli_error("indexing stopped: %s", err->message);
            else
                cli_error("%s", err->message);
            /* Another run at work is no fault of this one: try later. */
            status = g_error_matches(err, IX_WRITE_ERROR, IX_WRITE_ERROR_LOCKED) ? EXIT_USER : EXIT_INTERNAL;
            g_clear_error(&err);
        } else {
            if (opts.on_progress)
                fputc('\n', stderr);
            if (!quiet) {
                printf("Indexed %u file%s (%u units) into %s in %.1f s; %u unchanged, %u not indexable, %u "
                       "removed, %u failed.\n",
                       sum.indexed, sum.indexed == 1 ? "" : "s", sum.units, opts.db, sum.seconds, sum.unchanged,
                       sum.unsupported, sum.removed, sum.failures->len);
                if (sum.still_failed)
                    printf("  %u file%s failed before and did not change (see zaalt stats; --retry-failed tries "
                           "again).\n",
                           sum.still_failed, sum.still_failed == 1 ? "" : "s");
                for (guint i = 0; i < sum.skipped->len; i++)
                    printf("  skipped %s\n", (char *)sum.skipped->pdata[i]);
                for (guint i = 0; i < sum.warnings->len; i++)
                    printf("  warning %s\n", (char *)sum.warnings->pdata[i]);
            }
            for (guint i = 0; i < sum.failures->len; i++)
                fprintf(quiet ? stderr : stdout, "  failed  %s\n", (char *)sum.failures->pdata[i]);
            if (sum.interrupted) {
                fprintf(quiet ? stderr : stdout,
                        "Interrupted (%s): what was indexed is committed; the same command goes on from there.\n",
                        stop.signo == SIGTERM ? "SIGTERM" : "SIGINT");
                status = 128 + (stop.signo ? stop.signo : SIGINT);
            }
        }
        ix_summary_clear(&sum);
    }
    g_ptr_array_free(sources, TRUE);
    g_ptr_array_free(owned, TRUE);
out:
    ix_config_free(cfg);
    g_strfreev(args);
    g_free(db);
    g_free(config);
    g_free(access);
    g_free(shard);
    return status;
}
