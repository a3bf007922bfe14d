/* cmd_stats.c — `zaalt stats [--db DIR] [--json]`: how many documents and
 * units the index holds, by type, language and year, the last run, and
 * every file that failed with its reason. */
#include "cli/cli.h"
#include "cli/term.h"
#include "indexer/identity.h"
#include "search/search.h"

#include <stdio.h>

/* The sources of the local index folders asked about whose folders are
 * gone (identity.h): their documents are still found, and every index
 * run says so; so does stats.  What cannot be read is left to the engine
 * to report. */
static GPtrArray *
sources_gone(char **dbs, const char *config)
{
    GPtrArray *gone = g_ptr_array_new_with_free_func(g_free);
    GPtrArray *dirs = g_ptr_array_new_with_free_func(g_free);
    for (char **d = dbs; d && *d; d++)
        if (!g_str_has_prefix(*d, "tcp://"))
            g_ptr_array_add(dirs, g_strdup(*d));
    if (dbs == NULL) {
        char *dir = cli_index_dir(NULL, config, NULL);
        if (dir)
            g_ptr_array_add(dirs, dir);
    }
    for (guint i = 0; i < dirs->len; i++)
        ix_sources_gone(dirs->pdata[i], gone, NULL);
    g_ptr_array_free(dirs, TRUE);
    return gone;
}

int
cmd_stats(zc_context *ctx, int argc, char **argv)
{
    char *as = NULL;
    char **db = NULL;
    char *config = NULL;
    gboolean json = FALSE, pretty = FALSE;
    GOptionEntry entries[] = {
        {"db", 0, 0, G_OPTION_ARG_STRING_ARRAY, &db,
         "Database: an index folder or tcp://HOST:PORT (xapian-tcpsrv); repeat to search several as one "
         "(default: $ZAALT_DB or ./zaalt-db)",
         "DB"},
        {"config", 'c', 0, G_OPTION_ARG_STRING, &config,
         "Corpus config whose [index] search (or db) names the databases, when no --db is given", "FILE"},
        {"as", 0, 0, G_OPTION_ARG_STRING, &as, "Search as this user would (default: the operator, who sees all)",
         "USER"},
        {"json", 0, 0, G_OPTION_ARG_NONE, &json, "Print JSON", NULL},
        {"pretty", 0, 0, G_OPTION_ARG_NONE, &pretty, "Indent the JSON", NULL},
        {NULL}};
    GOptionContext *octx = g_option_context_new("- summarise the index");
    g_option_context_add_main_entries(octx, entries, NULL);
    int status = 0;
    char **args = cli_parse(octx, argc, argv, &status);
    g_option_context_free(octx);
    if (!args)
        goto out;
    GError *err = NULL;
    zs_engine *e = cli_open_engine(ctx, db, config, as, &err);
    if (!e) {
        cli_error("%s", err->message);
        status = cli_status_for(err);
        g_error_free(err);
        goto out;
    }
    GPtrArray *gone = sources_gone(db, config);
    zs_stats *s = zs_get_stats(e, &err);
    char **missing = zs_engine_missing(e);
    for (char **m = missing; *m; m++)
        cli_error("warning: %s did not answer; these counts leave out its documents", *m);
    g_strfreev(missing);
    if (!s) {
        cli_error("%s", err->message);
        status = cli_status_for(err);
        g_error_free(err);
    } else if (json) {
        char *j = zs_stats_to_json(s, pretty);
        printf("%s\n", j);
        g_free(j);
    } else {
        printf("%u documents, %u units\n", s->documents, s->units);
        if (s->documents == 0 && !s->last_run)
            printf("no index run has committed anything here yet\n");
        for (guint i = 0; i < s->facets->len; i++) {
            zs_facet *f = s->facets->pdata[i];
            if (!f->values->len)
                continue;
            printf("%s:", f->name);
            for (guint j = 0; j < f->values->len && j < 20; j++) {
                zs_facet_value *v = f->values->pdata[j];
                printf("%s %s (%u)", j ? "," : "", v->value, v->count);
            }
            printf("\n");
        }
        if (s->last_run)
            printf("last run: %s\n", s->last_run);
        printf("configuration: %s\n", s->config_dir ? s->config_dir : "none found (built-in defaults)");
        if (!s->phrase_terms && s->documents > 0)
            printf("glossary phrases: searched by position (the index was made with another glossary; zaalt "
                   "index --force makes them terms again)\n");
        for (guint i = 0; i < gone->len; i++) {
            char *line = term_text(gone->pdata[i]);
            printf("%s (zaalt index --forget removes them)\n", line);
            g_free(line);
        }
        if (s->failures->len) {
            printf("%u failed file%s:\n", s->failures->len, s->failures->len == 1 ? "" : "s");
            for (guint i = 0; i < s->failures->len; i++) {
                char **kv = g_strsplit(s->failures->pdata[i], "\t", 2);
                char *name = term_text(kv[0]), *why = term_text(kv[1]);
                printf("  %s: %s\n", name, why);
                g_free(name);
                g_free(why);
                g_strfreev(kv);
            }
        }
    }
    /* Said on stderr too, so that --json's readers learn it. */
    for (guint i = 0; i < gone->len; i++) {
        char *line = term_text(gone->pdata[i]);
        cli_error("warning: %s", line);
        g_free(line);
    }
    g_ptr_array_free(gone, TRUE);
    zs_stats_free(s);
    zs_engine_free(e);
out:
    g_strfreev(args);
    g_strfreev(db);
    g_free(config);
    g_free(as);
    return status;
}
