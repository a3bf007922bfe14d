/* cli.h — what the subcommands of `zaalt` share: the entry points, the
 * default database, error reporting in the git style (`zaalt: …` on
 * stderr; exit 1 for the user's errors, 2 for internal ones). */
#ifndef ZAALT_CLI_H
#define ZAALT_CLI_H

#include <glib.h>
#include <stdbool.h>

#include "core/context.h"

enum { EXIT_USER = 1, EXIT_INTERNAL = 2 };

int cmd_index(zc_context *ctx, int argc, char **argv);
int cmd_search(zc_context *ctx, int argc, char **argv);
int cmd_show(zc_context *ctx, int argc, char **argv);
int cmd_serve(zc_context *ctx, int argc, char **argv);
int cmd_stats(zc_context *ctx, int argc, char **argv);
int cmd_compact(zc_context *ctx, int argc, char **argv);
int cmd_merge(zc_context *ctx, int argc, char **argv);
int cmd_passwd(zc_context *ctx, int argc, char **argv);
int cmd_audit(zc_context *ctx, int argc, char **argv);

/* `zaalt serve` in this process; cmd_serve first tries to become
 * zaalt-serve (cli/serve_main.c), the server built without the indexer's
 * libraries, which calls this directly. */
int cli_serve(zc_context *ctx, int argc, char **argv);

/* --db if given, else $ZAALT_DB, else "zaalt-db". */
const char *cli_default_db(const char *given);

/* The index folder a command that writes one works on: --db `db`, else
 * the [index] db of --config `config`, else cli_default_db(NULL).  NULL
 * with the config's error when it cannot be read. */
char *cli_index_dir(const char *db, const char *config, GError **error);

/* Prints "zaalt: MESSAGE" to stderr. */
void cli_error(const char *fmt, ...) G_GNUC_PRINTF(1, 2);

/* The context every command reads its configuration through: corpus-config
 * found as zc_find_config_dir() says (possibly none).  NULL (the error
 * printed) when $ZAALT_CONFIG_DIR names no folder.  main() makes it and
 * frees it. */
zc_context *cli_context_new(void);
/* The file where commands that search keep hunspell-mn's answers
 * (dictmemo.h): ZAALT_CACHE_DIR/mn-dictionary.memo, else the user's cache
 * folder's zaalt/mn-dictionary.memo; NULL when ZAALT_CACHE_DIR is set
 * empty.  A new string. */
char *cli_memo_path(void);
/* The folder of those files, and of the glossary kept between commands
 * (gl_load_files_cached): ZAALT_CACHE_DIR, else the user's cache folder's
 * zaalt/; NULL when ZAALT_CACHE_DIR is set empty.  A new string. */
char *cli_cache_dir(void);

/* What main() does with the context as the program ends: frees it under a
 * leak checker (sanitizer build, valgrind), else leaves it to the exit. */
void cli_context_exit(zc_context *ctx);

/* A warning on stderr when `ctx` has no corpus-config folder: what goes
 * missing without one; and one for each of its lists that is there but
 * cannot be read (zc_context_unreadable).  main() gives it for every command but serve, which
 * gives it in cli_serve (zaalt serve becomes zaalt-serve: one warning). */
void cli_warn_without_config(const zc_context *ctx);

/* Parses options from argv (argv[0] is the command name).  Arguments are
 * taken as UTF-8 whatever the locale (GLib would otherwise convert them
 * from the locale's charset and reject Cyrillic under LANG=C).  Returns the
 * remaining arguments, argv[0] first (free with g_strfreev), or NULL with
 * *status set after an error. */
char **cli_parse(GOptionContext *ctx, int argc, char **argv, int *status);

/* Opens the databases (--db, repeatable; see cli_dbs) as the operator (as == NULL: every level) or as the
 * user named by --as, whose level comes from corpus-config/users.ini
 * ("anonymous": public only).  NULL with `error` set otherwise. */
struct zs_engine *cli_open_engine(zc_context *ctx, char **dbs, const char *config, const char *as, GError **error);

/* The databases to search: the --db values if any, else those a corpus
 * config (--config) lists under [index] search (else its [index] db), else
 * the default database alone.  NULL-terminated, owned by the caller
 * (g_strfreev); NULL with `error` set when the config cannot be read. */
char **cli_dbs(char **given, const char *config, GError **error);

/* Exit status for a search-library error. */
int cli_status_for(const GError *error);

#endif
