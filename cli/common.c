/* common.c — what the subcommands of `zaalt` (and zaalt-serve) share:
 * the default database, error messages, option parsing, opening the
 * databases as a user.  Not for: any subcommand's own logic. */
#include "cli/cli.h"
#include "indexer/sources.h"
#include "core/access.h"
#include "core/context.h"
#include "search/search.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
/* RUNNING_ON_VALGRIND (Debian: valgrind, which `make deps` installs). */
#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#define ZAALT_HAVE_VALGRIND_H 1
#endif
#endif
/* AddressSanitizer, as gcc (-fsanitize=address) and clang say it. */
#if defined(__SANITIZE_ADDRESS__)
#define ZAALT_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ZAALT_ASAN 1
#endif
#endif

const char *
cli_default_db(const char *given)
{
    if (given && *given)
        return given;
    const char *env = g_getenv("ZAALT_DB");
    return env && *env ? env : "zaalt-db";
}

void
cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("zaalt: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

char **
cli_parse(GOptionContext *ctx, int argc, char **argv, int *status)
{
    char **args = g_new0(char *, argc + 1);
    for (int i = 0; i < argc; i++)
        args[i] = g_strdup(argv[i]);
    GError *err = NULL;
    if (!g_option_context_parse_strv(ctx, &args, &err)) {
        cli_error("%s (see: zaalt %s --help)", err->message, argv[0]);
        g_error_free(err);
        g_strfreev(args);
        *status = EXIT_USER;
        return NULL;
    }
    return args;
}

char *
cli_index_dir(const char *db, const char *config, GError **error)
{
    if (db)
        return g_strdup(db);
    ix_config *cfg = NULL;
    if (config && !(cfg = ix_config_load(config, error)))
        return NULL;
    char *dir = g_strdup(cfg && cfg->db ? cfg->db : cli_default_db(NULL));
    ix_config_free(cfg);
    return dir;
}

char **
cli_dbs(char **given, const char *config, GError **error)
{
    if (given && given[0])
        return g_strdupv(given);
    char **dbs = NULL;
    if (config) {
        ix_config *cfg = ix_config_load(config, error);
        if (!cfg)
            return NULL;
        if (cfg->search && cfg->search[0]) {
            dbs = g_strdupv(cfg->search);
        } else if (cfg->db) {
            dbs = g_new0(char *, 2);
            dbs[0] = g_strdup(cfg->db);
        }
        ix_config_free(cfg);
    }
    if (!dbs) {
        dbs = g_new0(char *, 2);
        dbs[0] = g_strdup(cli_default_db(NULL));
    }
    return dbs;
}

zc_context *
cli_context_new(void)
{
    GError *err = NULL;
    char *dir = zc_find_config_dir(&err);
    if (err) {
        cli_error("%s", err->message);
        g_error_free(err);
        return NULL;
    }
    zc_context *ctx = zc_context_new(dir);
    g_free(dir);
    return ctx;
}

char *
cli_cache_dir(void)
{
    const char *dir = g_getenv("ZAALT_CACHE_DIR");
    if (dir != NULL)
        return *dir ? g_strdup(dir) : NULL;
    return g_build_filename(g_get_user_cache_dir(), "zaalt", NULL);
}

char *
cli_memo_path(void)
{
    char *dir = cli_cache_dir();
    char *path = dir != NULL ? g_build_filename(dir, "mn-dictionary.memo", NULL) : NULL;
    g_free(dir);
    return path;
}

/* Freeing the context costs a third of a search command's time (the
 * Mongolian dictionary's and the glossary's many small blocks: 0.3 s of a
 * 1.0 s `zaalt search`, 0.5 s at the end of every index run, with nothing
 * running beside it), and at exit the kernel takes it all back at once.
 * So the release build leaves it; a sanitizer build, or a run under
 * valgrind, frees it, so that leak checkers see every block go. */
void
cli_context_exit(zc_context *ctx)
{
#if defined(ZAALT_ASAN)
    zc_context_free(ctx);
#elif defined(ZAALT_HAVE_VALGRIND_H)
    if (RUNNING_ON_VALGRIND)
        zc_context_free(ctx);
#else
    zc_context_free(ctx);
#endif
}

/* Going on without a corpus-config is allowed (a folder of plain text needs
 * little), but never silently: what the config supplies is what makes a
 * statute a code and a decision's article a facet. */
void
cli_warn_without_config(const zc_context *ctx)
{
    if (zc_context_dir(ctx)) {
        /* A list that cannot be read is read as empty (a glossary linked
         * to /dev/zero once ate 13 GB instead): said, not passed over. */
        char **bad = zc_context_unreadable(ctx);
        for (char **b = bad; *b; b++)
            cli_error("warning: %s, read as empty", *b);
        g_strfreev(bad);
        return;
    }
    char *exe = g_file_read_link("/proc/self/exe", NULL);
    cli_error("warning: no corpus-config found (none beside %s, in its share/zaalt, or in the current folder; "
              "set ZAALT_CONFIG_DIR): going on with built-in defaults only, so documents get no types, "
              "articles or courts from the config's patterns, there is no glossary, and masking has only its "
              "built-in rules",
              exe ? exe : "this program");
    g_free(exe);
}

static zs_engine *
open_dbs(zc_context *ctx, char **given, const char *config, int level, GError **error)
{
    char **dbs = cli_dbs(given, config, error);
    if (!dbs)
        return NULL;
    zs_engine *e = zs_engine_open_dbs(ctx, (const char *const *)dbs, level, error);
    g_strfreev(dbs);
    return e;
}

zs_engine *
cli_open_engine(zc_context *ctx, char **db, const char *config, const char *as, GError **error)
{
    if (!as)
        return open_dbs(ctx, db, config, ZS_N_LEVELS - 1, error);
    char *path = zc_context_path(ctx, "users.ini");
    zs_users *users = zs_users_load(path, error);
    g_free(path);
    if (!users)
        return NULL;
    int level = zs_user_level(users, as);
    zs_users_free(users);
    if (level < 0) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_FILTER, "no user '%s' in users.ini (anonymous sees public documents)",
                    as);
        return NULL;
    }
    return open_dbs(ctx, db, config, level, error);
}

int
cli_status_for(const GError *error)
{
    if (error && error->domain == ZS_ERROR && error->code == ZS_ERROR_DB)
        return EXIT_INTERNAL;
    return EXIT_USER;
}
