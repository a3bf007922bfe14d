/* querybench.c — query latency of the search library itself: zs_search()
 * with facets and snippets over a query log, in one process, no process
 * start and no HTTP.  Prints the latency percentiles as one line of
 * key=value pairs for bench/speed/run (mean_hits: the mean of the
 * documents each timed search matched, exact unless --no-facets).
 *
 * Not for: correctness (tests/ asserts hits) or HTTP (wrk measures that).
 *
 * Query log format (bench/speed/queries.txt): one query a line, then
 * optional TAB-separated "field:value" filters; '#' starts a comment line.
 *
 * Usage: querybench --db DB [--db DB...] --queries FILE [--queries FILE...]
 *        [--passes N] [--max N] [--warmup N] [--no-synonyms] [--no-snippets] [--no-facets]
 *        [--level public|restricted|sealed] [--slowest N] [--dump FILE]
 * (several --db: index folders or tcp://HOST:PORT searched as one, as by
 * bench/shards; several --queries: each log warmed and timed in turn over
 * one open engine, one line each, as by bench/operators/run).
 */
#include "tests/unit/test_context.h"
#include "core/access.h"
#include "search/search.h"

#include <errno.h>
#include <glib.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct qb_query {
    char *text;
    char **filters; /* NULL-terminated, NULL when none */
} qb_query;

static void
qb_query_free(gpointer p)
{
    qb_query *q = p;
    g_free(q->text);
    g_strfreev(q->filters);
    g_free(q);
}

/* Reads the query log; returns NULL with `error` when it cannot be read. */
static GPtrArray *
qb_load(const char *path, GError **error)
{
    char *contents = NULL;
    if (!g_file_get_contents(path, &contents, NULL, error))
        return NULL;
    GPtrArray *queries = g_ptr_array_new_with_free_func(qb_query_free);
    char **lines = g_strsplit(contents, "\n", -1);
    for (char **l = lines; *l; l++) {
        if (**l == '\0' || **l == '#')
            continue;
        char **fields = g_strsplit(*l, "\t", -1);
        qb_query *q = g_new0(qb_query, 1);
        q->text = g_strdup(fields[0]);
        if (fields[1]) {
            q->filters = g_strdupv(fields + 1);
        }
        g_strfreev(fields);
        g_ptr_array_add(queries, q);
    }
    g_strfreev(lines);
    g_free(contents);
    return queries;
}

static int
qb_cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Nearest-rank percentile of sorted samples. */
static double
qb_percentile(const double *sorted, size_t n, double p)
{
    if (n == 0)
        return 0;
    size_t rank = (size_t)(p / 100.0 * (double)n + 0.999999);
    if (rank < 1)
        rank = 1;
    if (rank > n)
        rank = n;
    return sorted[rank - 1];
}

/* --no-synonyms, --no-snippets, --no-facets: the same searches without
 * the glossary's expansion, the snippets or the facets (and the counting
 * pass), to show what each costs. */
static gboolean qb_no_synonyms = FALSE;
static gboolean qb_no_snippets = FALSE;
static gboolean qb_no_facets = FALSE;
/* --slowest N: the N slowest queries of the last pass, on stderr. */
static int qb_slowest = 0;
/* --dump FILE: what each query of the last pass answered, one line a query
 * (the query, the total, the page's unit ids with their "more" counts, every
 * facet value with its count), so that two layouts of one corpus (one index,
 * shards) can be compared answer by answer (bench/national/shards). */
static FILE *qb_dump = NULL;

/* The query as --slowest and --dump print it: its text, then " | " and its
 * filters, if any. */
static char *
qb_query_label(const qb_query *q)
{
    if (!q->filters)
        return g_strdup(q->text);
    char *filters = g_strjoinv(" ", q->filters);
    char *label = g_strdup_printf("%s | %s", q->text, filters);
    g_free(filters);
    return label;
}

/* One line of --dump for `q`'s results, or for its error when `r` is NULL
 * (so that two dumps of one log stay line for line). */
static void
qb_dump_results(const qb_query *q, const zs_results *r)
{
    char *label = qb_query_label(q);
    if (!r) {
        fprintf(qb_dump, "%s\terror\t\t\n", label);
        g_free(label);
        return;
    }
    fprintf(qb_dump, "%s\t%u\t", label, r->total);
    g_free(label);
    for (guint i = 0; i < r->hits->len; i++) {
        const zs_hit *h = r->hits->pdata[i];
        fprintf(qb_dump, "%s%s+%u", i ? " " : "", h->id, h->more);
    }
    fputc('\t', qb_dump);
    for (guint f = 0; r->facets && f < r->facets->len; f++) {
        const zs_facet *facet = r->facets->pdata[f];
        for (guint v = 0; v < facet->values->len; v++) {
            const zs_facet_value *fv = facet->values->pdata[v];
            fprintf(qb_dump, "%s=%s:%u ", facet->name, fv->value, fv->count);
        }
    }
    fputc('\n', qb_dump);
}

/* One search as the server runs it: first page, facets, snippets.
 * Returns the wall time in ms, or a negative value on a query error. */
static double
qb_run(zs_engine *engine, const qb_query *q, unsigned *hits, double *matched, unsigned *total_out, bool dump)
{
    zs_request req = {
        .query = q->text,
        .filters = (const char *const *)q->filters,
        .limit = 10,
        .no_synonyms = qb_no_synonyms,
        .no_snippets = qb_no_snippets,
        .no_facets = qb_no_facets,
    };
    GError *err = NULL;
    gint64 t0 = g_get_monotonic_time();
    zs_results *r = zs_search(engine, &req, &err);
    gint64 t1 = g_get_monotonic_time();
    if (!r) {
        g_clear_error(&err);
        if (dump && qb_dump)
            qb_dump_results(q, NULL);
        return -1;
    }
    *hits += r->total > 0;
    *matched += r->total;
    if (total_out)
        *total_out = r->total;
    if (dump && qb_dump)
        qb_dump_results(q, r);
    zs_results_free(r);
    return (double)(t1 - t0) / 1000.0;
}

/* Times one query log (already loaded) and prints its line; `label`, when
 * not NULL, opens the line as log=LABEL. */
static void
qb_time_log(zs_engine *engine, GPtrArray *queries, int passes, int warmup, double open_ms, const char *label)
{
    /* Warm the caches (page cache, hunspell's stem cache) the way a server
     * that has been up for a while has them; the timed passes follow. */
    unsigned hits = 0;
    double matched = 0;
    for (int i = 0; i < warmup && queries->len; i++)
        qb_run(engine, queries->pdata[(guint)i % queries->len], &hits, &matched, NULL, false);

    size_t n = (size_t)queries->len * (size_t)(passes > 0 ? passes : 1);
    double *ms = g_new(double, n ? n : 1);
    size_t done = 0;
    unsigned errors = 0;
    hits = 0;
    matched = 0;
    double total = 0;
    /* The last pass's time and total of each query, for --slowest. */
    double *last_ms = g_new0(double, queries->len ? queries->len : 1);
    unsigned *last_total = g_new0(unsigned, queries->len ? queries->len : 1);
    int npasses = passes > 0 ? passes : 1;
    for (int p = 0; p < npasses; p++) {
        for (guint i = 0; i < queries->len; i++) {
            double t = qb_run(engine, queries->pdata[i], &hits, &matched, &last_total[i], p == npasses - 1);
            last_ms[i] = t;
            if (t < 0) {
                errors++;
                continue;
            }
            ms[done++] = t;
            total += t;
        }
    }
    for (int k = 0; k < qb_slowest && k < (int)queries->len; k++) {
        guint worst = 0;
        for (guint i = 1; i < queries->len; i++)
            if (last_ms[i] > last_ms[worst])
                worst = i;
        if (last_ms[worst] < 0)
            break;
        char *label = qb_query_label(queries->pdata[worst]);
        fprintf(stderr, "slowest ms=%.2f total=%u query=%s\n", last_ms[worst], last_total[worst], label);
        g_free(label);
        last_ms[worst] = -1;
    }
    g_free(last_ms);
    g_free(last_total);
    qsort(ms, done, sizeof *ms, qb_cmp_double);
    if (label)
        printf("log=%s ", label);
    printf("queries=%zu errors=%u with_hits=%u open_ms=%.2f mean_ms=%.3f p50_ms=%.3f p95_ms=%.3f "
           "p99_ms=%.3f max_ms=%.3f mean_hits=%.1f\n",
           done, errors, hits, open_ms, done ? total / (double)done : 0.0, qb_percentile(ms, done, 50),
           qb_percentile(ms, done, 95), qb_percentile(ms, done, 99), done ? ms[done - 1] : 0.0,
           done ? matched / (double)done : 0.0);
    fflush(stdout);
    g_free(ms);
}

int
main(int argc, char **argv)
{
    char **db = NULL;
    char **queries_paths = NULL;
    int passes = 1, max = 0, warmup = 200;
    char *level = NULL;
    char *dump = NULL;
    GOptionEntry entries[] = {
        {"db", 0, 0, G_OPTION_ARG_STRING_ARRAY, &db, "Zaalt database (repeatable)", "DB"},
        {"queries", 0, 0, G_OPTION_ARG_STRING_ARRAY, &queries_paths,
         "Query log (repeatable: each timed in turn, one line each, opening with log=FILE)", "FILE"},
        {"passes", 0, 0, G_OPTION_ARG_INT, &passes, "Timed passes over the log (default 1)", "N"},
        {"max", 0, 0, G_OPTION_ARG_INT, &max, "Only the first N queries (default: all)", "N"},
        {"warmup", 0, 0, G_OPTION_ARG_INT, &warmup, "Untimed queries first (default 200)", "N"},
        {"no-synonyms", 0, 0, G_OPTION_ARG_NONE, &qb_no_synonyms,
         "Leave out the glossary's alternatives in the other language (what they cost)", NULL},
        {"no-snippets", 0, 0, G_OPTION_ARG_NONE, &qb_no_snippets, "No snippets (what they cost)", NULL},
        {"no-facets", 0, 0, G_OPTION_ARG_NONE, &qb_no_facets, "No facets, an estimated total (what they cost)", NULL},
        {"slowest", 0, 0, G_OPTION_ARG_INT, &qb_slowest, "Print the N slowest queries of the last pass on stderr",
         "N"},
        {"level", 0, 0, G_OPTION_ARG_STRING, &level,
         "Search as a reader of this access level: public, restricted or sealed (default: sealed, every level)",
         "LEVEL"},
        {"dump", 0, 0, G_OPTION_ARG_FILENAME, &dump,
         "Write what each query of the last pass answered (total, page, facets) to FILE, one line a query", "FILE"},
        {NULL}};
    GOptionContext *ctx = g_option_context_new("- time zs_search over a query log");
    g_option_context_add_main_entries(ctx, entries, NULL);
    GError *err = NULL;
    if (!g_option_context_parse(ctx, &argc, &argv, &err) || !db || !queries_paths) {
        fprintf(stderr, "querybench: %s\n", err ? err->message : "--db and --queries are required");
        g_option_context_free(ctx);
        return 1;
    }
    g_option_context_free(ctx);
    if (dump && !(qb_dump = fopen(dump, "w"))) {
        fprintf(stderr, "querybench: %s: %s\n", dump, g_strerror(errno));
        return 1;
    }
    g_free(dump);

    /* Every log is read before the engine opens: a bad path fails at once. */
    GPtrArray *logs = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
    for (char **path = queries_paths; *path; path++) {
        GPtrArray *queries = qb_load(*path, &err);
        if (!queries) {
            fprintf(stderr, "querybench: %s\n", err->message);
            return 1;
        }
        if (max > 0 && (guint)max < queries->len)
            g_ptr_array_set_size(queries, (guint)max);
        g_ptr_array_add(logs, queries);
    }

    int max_level = level ? zs_level_index(level) : ZS_N_LEVELS - 1;
    if (max_level < 0) {
        fprintf(stderr, "querybench: --level must be public, restricted or sealed, not '%s'\n", level);
        return 1;
    }
    g_free(level);
    gint64 open0 = g_get_monotonic_time();
    zs_engine *engine = zs_engine_open_dbs(test_context(), (const char *const *)db, max_level, &err);
    double open_ms = (double)(g_get_monotonic_time() - open0) / 1000.0;
    if (!engine) {
        fprintf(stderr, "querybench: %s\n", err->message);
        return 1;
    }
    for (guint i = 0; i < logs->len; i++)
        qb_time_log(engine, logs->pdata[i], passes, warmup, open_ms, logs->len > 1 ? queries_paths[i] : NULL);
    zs_engine_free(engine);
    if (qb_dump && fclose(qb_dump) != 0) {
        fprintf(stderr, "querybench: cannot write the dump: %s\n", g_strerror(errno));
        return 1;
    }
    g_ptr_array_unref(logs);
    g_strfreev(db);
    g_strfreev(queries_paths);
    return 0;
}
