/* cmd_compact.c — `zaalt compact [--db DIR] [--config FILE]`: rewrite each
 * level's database of an index folder smaller (indexer/compact.h) and say
 * what it took off. */
#include "cli/cli.h"
#include "indexer/compact.h"
#include "indexer/writer.h"

#include <stdio.h>

int
cmd_compact(zc_context *ctx, int argc, char **argv)
{
    (void)ctx;
    char *db = NULL, *config = NULL;
    gboolean quiet = FALSE;
    GOptionEntry entries[] = {
        {"db", 0, 0, G_OPTION_ARG_STRING, &db, "Index folder (default: $ZAALT_DB, the config's, or ./zaalt-db)", "DIR"},
        {"config", 'c', 0, G_OPTION_ARG_STRING, &config, "Corpus config whose [index] db names the folder", "FILE"},
        {"quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Print only errors", NULL},
        {NULL}};
    GOptionContext *octx = g_option_context_new("- compact the index's databases");
    g_option_context_add_main_entries(octx, entries, NULL);
    g_option_context_set_description(
        octx, "Each access level's database is rewritten with its blocks packed and put in place of the old one in\n"
              "a single rename; searches go on meanwhile, and an index run waits for it (it holds the index's\n"
              "lock). It needs as much free space as the largest database. Compact after a large index run;\n"
              "later runs write into the packed blocks and grow the index again a little.");
    int status = 0;
    char **args = cli_parse(octx, argc, argv, &status);
    g_option_context_free(octx);
    if (!args)
        goto out;
    if (args[1]) {
        cli_error("zaalt compact takes no arguments (the index is --db or the config's)");
        status = EXIT_USER;
        goto out;
    }
    GError *err = NULL;
    char *dir = cli_index_dir(db, config, &err);
    if (!dir) {
        cli_error("%s", err->message);
        g_error_free(err);
        status = EXIT_USER;
        goto out;
    }
    ix_compact_level levels[ZS_N_LEVELS];
    bool ok = ix_compact(dir, levels, &err);
    guint64 before = 0, after = 0;
    for (int i = 0; i < ZS_N_LEVELS; i++) {
        if (!levels[i].present || levels[i].bytes_after == 0)
            continue;
        before += levels[i].bytes_before;
        after += levels[i].bytes_after;
        if (!quiet)
            printf("%s: %.1f MB -> %.1f MB in %.1f s\n", zs_levels[i], levels[i].bytes_before / 1048576.0,
                   levels[i].bytes_after / 1048576.0, levels[i].seconds);
    }
    if (!quiet && before > 0)
        printf("Compacted %s: %.1f MB -> %.1f MB (%.0f %% smaller).\n", dir, before / 1048576.0, after / 1048576.0,
               100.0 * (1.0 - (double)after / (double)before));
    if (!ok) {
        cli_error("%s", err->message);
        /* Another run at work is no fault of this one: try later. */
        status = g_error_matches(err, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE) ? EXIT_INTERNAL : EXIT_USER;
        g_error_free(err);
    }
    g_free(dir);
out:
    g_strfreev(args);
    g_free(db);
    g_free(config);
    return status;
}
