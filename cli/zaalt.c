/* zaalt.c — the `zaalt` program: a dispatcher to one file per subcommand,
 * in the manner of git.  Not for: any subcommand's own logic. */
#include "cli/cli.h"
#include "core/context.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

static const struct {
    const char *name;
    int (*run)(zc_context *, int, char **);
    const char *summary;
    /* Asks the dictionary about few words, so reads its answers from the
     * memo (cli_memo_path) rather than loading it, and adds new ones. */
    bool remembers;
} commands[] = {
    {"index", cmd_index, "index files and folders (PDF, Word, OpenDocument, HTML, XML, text) into the database",
     false},
    {"search", cmd_search, "search the database", true},
    {"show", cmd_show, "show one document or unit with its metadata and text", false},
    {"serve", cmd_serve, "serve the web interface and JSON API", false},
    {"stats", cmd_stats, "summarise the database: documents, units, facets, failures", true},
    {"compact", cmd_compact, "rewrite the index's databases smaller (after a large index run)", false},
    {"merge", cmd_merge, "merge index folders of disjoint files (zaalt index --shard) into a new one", false},
    {"passwd", cmd_passwd, "hash a password (read from standard input) for users.ini", false},
    {"audit", cmd_audit, "print the audit log of zaalt serve, filtered by user, document, date", false},
};

static void
usage(FILE *out)
{
    fprintf(out, "usage: zaalt <command> [options]\n\n"
                 "Zaalt searches Mongolia's counter-trafficking legal and research corpus.\n\n"
                 "Commands:\n");
    for (size_t i = 0; i < G_N_ELEMENTS(commands); i++)
        fprintf(out, "  %-8s %s\n", commands[i].name, commands[i].summary);
    fprintf(out, "\nRun 'zaalt <command> --help' for a command's options.\n"
                 "The database defaults to $ZAALT_DB, else ./zaalt-db.\n");
}

int
main(int argc, char **argv)
{
    setlocale(LC_ALL, "");
    if (argc < 2) {
        usage(stderr);
        return EXIT_USER;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "help") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("zaalt 0.1\n");
        return 0;
    }
    for (size_t i = 0; i < G_N_ELEMENTS(commands); i++)
        if (strcmp(argv[1], commands[i].name) == 0) {
            zc_context *ctx = cli_context_new();
            if (!ctx)
                return EXIT_USER;
            if (commands[i].run != cmd_serve)
                cli_warn_without_config(ctx);
            char *memo = commands[i].remembers ? cli_memo_path() : NULL;
            zc_context_remember_words(ctx, memo);
            /* The server loads the glossary once and writes no file to
             * its user's cache; every other command starts from it. */
            char *cache = commands[i].run != cmd_serve ? cli_cache_dir() : NULL;
            zc_context_keep_glossary_in(ctx, cache);
            g_free(cache);
            int status = commands[i].run(ctx, argc - 1, argv + 1);
            /* A memo that cannot be written costs the next command time,
             * not this one its answer. */
            if (memo != NULL)
                zc_context_save_memo(ctx, NULL);
            g_free(memo);
            cli_context_exit(ctx);
            return status;
        }
    cli_error("'%s' is not a zaalt command (see: zaalt --help)", argv[1]);
    return EXIT_USER;
}
