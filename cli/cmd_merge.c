/* cmd_merge.c — `zaalt merge [--db DIR] PART...`: index folders of
 * disjoint files, made side by side by `zaalt index --shard K/N`, written
 * as one new index folder (indexer/merge.h), and what it holds said. */
#include "cli/cli.h"
#include "indexer/merge.h"
#include "indexer/writer.h"

#include <stdio.h>

int
cmd_merge(zc_context *ctx, int argc, char **argv)
{
    (void)ctx;
    char *db = NULL, *config = NULL;
    gboolean quiet = FALSE;
    GOptionEntry entries[] = {
        {"db", 0, 0, G_OPTION_ARG_STRING, &db,
         "The new index folder (default: $ZAALT_DB, the config's, or ./zaalt-db); it must not exist or be empty",
         "DIR"},
        {"config", 'c', 0, G_OPTION_ARG_STRING, &config, "Corpus config whose [index] db names the new folder", "FILE"},
        {"quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Print only errors", NULL},
        {NULL}};
    GOptionContext *octx = g_option_context_new("PART... - merge index folders of disjoint files into a new one");
    g_option_context_add_main_entries(octx, entries, NULL);
    g_option_context_set_description(
        octx, "Each PART is an index folder made by `zaalt index --shard K/N` (one K each, the same config), for\n"
              "example two at once on two cores:\n"
              "  zaalt index --config C --db part1 --shard 1/2 & zaalt index --config C --db part2 --shard 2/2\n"
              "  zaalt merge --db index part1 part2\n"
              "Their databases are merged level by level (compacted, as zaalt compact does) into a new folder put\n"
              "in place in one rename; parts made with another configuration, or holding the same file, are\n"
              "refused. `zaalt index --config C --db index` then keeps the whole up to date; the parts can go.\n"
              "It needs room for the new index beside the parts.");
    int status = 0;
    char **args = cli_parse(octx, argc, argv, &status);
    g_option_context_free(octx);
    if (!args)
        goto out;
    if (!args[1]) {
        cli_error("zaalt merge wants the index folders to merge (zaalt merge --db NEW PART...)");
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
    size_t n = g_strv_length(args) - 1;
    ix_merge_result r = {0};
    if (!ix_merge((const char *const *)args + 1, n, dir, &r, &err)) {
        cli_error("%s", err->message);
        status = g_error_matches(err, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE) ? EXIT_INTERNAL : EXIT_USER;
        g_error_free(err);
    } else if (!quiet) {
        guint64 bytes = 0;
        for (int i = 0; i < ZS_N_LEVELS; i++) {
            if (!r.levels[i].present)
                continue;
            bytes += r.levels[i].bytes;
            printf("%s: %u units, %.1f MB\n", zs_levels[i], r.levels[i].units, r.levels[i].bytes / 1048576.0);
        }
        for (char **p = r.left_out; p && *p; p++)
            printf("left out %s: it holds no document (its shard was given no file)\n", *p);
        printf("Merged %zu indexes into %s: %.1f MB in %.1f s.\n", n, dir, bytes / 1048576.0, r.seconds);
    }
    g_strfreev(r.left_out); /* NULL unless merged */
    g_free(dir);
out:
    g_strfreev(args);
    g_free(db);
    g_free(config);
    return status;
}
