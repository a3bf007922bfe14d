/* context.c — the configuration object (context.h). */
#include "core/context.h"
#include "core/cfgfile.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

struct zc_context {
    char *dir;
    GMutex analyzer_lock;
    az_analyzer *analyzer;
    az_analyzer *readers[ZC_READER_ANALYZERS]; /* siblings of `analyzer`, made on demand */
    guint cache_max;                           /* zc_context_limit_cache's, 0: none */
    char *memo_path;                           /* zc_context_remember_words's, or NULL */
    char *glossary_cache;                      /* zc_context_keep_glossary_in's, or NULL */
    GRecMutex tables_lock; /* recursive: a table's loader may ask for another */
    GHashTable *tables;    /* name -> table */
    GHashTable *destroys;  /* name -> GDestroyNotify */
};

/* corpus-config/ in `dir` itself or as an installed copy under it
 * (share/zaalt/corpus-config, beside bin/): a new string, or NULL. */
static char *
config_in(const char *dir)
{
    static const char *const places[] = {"corpus-config", "share/zaalt/corpus-config"};
    for (size_t i = 0; i < G_N_ELEMENTS(places); i++) {
        char *candidate = g_build_filename(dir, places[i], NULL);
        if (g_file_test(candidate, G_FILE_TEST_IS_DIR))
            return candidate;
        g_free(candidate);
    }
    return NULL;
}

char *
zc_find_config_dir(GError **error)
{
    const char *env = g_getenv("ZAALT_CONFIG_DIR");
    if (env && *env) {
        if (!g_file_test(env, G_FILE_TEST_IS_DIR)) {
            g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR, "ZAALT_CONFIG_DIR=%s is not a folder", env);
            return NULL;
        }
        return g_strdup(env);
    }
    char *found = NULL;
    char *exe = g_file_read_link("/proc/self/exe", NULL);
    if (exe) {
        /* build/zaalt and build/san/zaalt sit one or two levels below the
         * source tree; an installed PREFIX/bin/zaalt one below PREFIX. */
        char *dir = g_path_get_dirname(exe);
        for (int up = 0; up < 3 && !found; up++) {
            found = config_in(dir);
            char *parent = g_path_get_dirname(dir);
            g_free(dir);
            dir = parent;
        }
        g_free(dir);
        g_free(exe);
    }
    if (!found && g_file_test("corpus-config", G_FILE_TEST_IS_DIR))
        found = g_canonicalize_filename("corpus-config", NULL);
    return found;
}

zc_context *
zc_context_new(const char *config_dir)
{
    zc_context *ctx = g_new0(zc_context, 1);
    ctx->dir = g_strdup(config_dir);
    g_mutex_init(&ctx->analyzer_lock);
    g_rec_mutex_init(&ctx->tables_lock);
    ctx->tables = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    ctx->destroys = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    return ctx;
}

void
zc_context_free(zc_context *ctx)
{
    if (ctx == NULL)
        return;
    GHashTableIter it;
    gpointer name, table;
    g_hash_table_iter_init(&it, ctx->tables);
    while (g_hash_table_iter_next(&it, &name, &table)) {
        GDestroyNotify destroy = (GDestroyNotify)g_hash_table_lookup(ctx->destroys, name);
        if (destroy != NULL && table != NULL)
            destroy(table);
    }
    g_hash_table_destroy(ctx->tables);
    g_hash_table_destroy(ctx->destroys);
    for (int i = 0; i < ZC_READER_ANALYZERS; i++)
        az_analyzer_free(ctx->readers[i]);
    az_analyzer_free(ctx->analyzer);
    g_mutex_clear(&ctx->analyzer_lock);
    g_rec_mutex_clear(&ctx->tables_lock);
    g_free(ctx->memo_path);
    g_free(ctx->glossary_cache);
    g_free(ctx->dir);
    g_free(ctx);
}

const char *
zc_context_dir(const zc_context *ctx)
{
    return ctx->dir;
}

char *
zc_context_path(const zc_context *ctx, const char *name)
{
    return ctx->dir != NULL ? g_build_filename(ctx->dir, name, NULL) : NULL;
}

az_analyzer *
zc_context_analyzer(zc_context *ctx)
{
    g_mutex_lock(&ctx->analyzer_lock);
    if (ctx->analyzer == NULL)
        ctx->analyzer = az_analyzer_new_full(ctx->dir, ctx->memo_path, ctx->glossary_cache);
    az_analyzer *az = ctx->analyzer;
    g_mutex_unlock(&ctx->analyzer_lock);
    return az;
}

void
zc_context_remember_words(zc_context *ctx, const char *memo_path)
{
    g_mutex_lock(&ctx->analyzer_lock);
    if (ctx->analyzer == NULL) {
        g_free(ctx->memo_path);
        ctx->memo_path = g_strdup(memo_path);
    }
    g_mutex_unlock(&ctx->analyzer_lock);
}

void
zc_context_keep_glossary_in(zc_context *ctx, const char *dir)
{
    g_mutex_lock(&ctx->analyzer_lock);
    if (ctx->analyzer == NULL) {
        g_free(ctx->glossary_cache);
        ctx->glossary_cache = g_strdup(dir);
    }
    g_mutex_unlock(&ctx->analyzer_lock);
}

bool
zc_context_save_memo(zc_context *ctx, GError **error)
{
    g_mutex_lock(&ctx->analyzer_lock);
    az_analyzer *az = ctx->analyzer;
    g_mutex_unlock(&ctx->analyzer_lock);
    return az == NULL || az_analyzer_save_memo(az, error);
}

az_analyzer *
zc_context_reader_analyzer(zc_context *ctx, int reader)
{
    az_analyzer *main = zc_context_analyzer(ctx);
    reader = CLAMP(reader, 0, ZC_READER_ANALYZERS - 1);
    g_mutex_lock(&ctx->analyzer_lock);
    if (ctx->readers[reader] == NULL) {
        ctx->readers[reader] = az_analyzer_sibling(main);
        if (ctx->cache_max)
            az_limit_cache(ctx->readers[reader], ctx->cache_max);
    }
    az_analyzer *az = ctx->readers[reader];
    g_mutex_unlock(&ctx->analyzer_lock);
    return az;
}

void
zc_context_limit_cache(zc_context *ctx, guint max_words)
{
    az_limit_cache(zc_context_analyzer(ctx), max_words);
    g_mutex_lock(&ctx->analyzer_lock);
    ctx->cache_max = max_words;
    for (int i = 0; i < ZC_READER_ANALYZERS; i++)
        if (ctx->readers[i])
            az_limit_cache(ctx->readers[i], max_words);
    g_mutex_unlock(&ctx->analyzer_lock);
}

static gint
compare_strings(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

char **
zc_context_unreadable(const zc_context *ctx)
{
    GPtrArray *out = g_ptr_array_new();
    const char *dir = zc_context_dir(ctx);
    GDir *d = dir ? g_dir_open(dir, 0, NULL) : NULL;
    const char *name;
    while (d && (name = g_dir_read_name(d)) != NULL) {
        if (!g_str_has_suffix(name, ".tsv") && !g_str_has_suffix(name, ".txt") && !g_str_has_suffix(name, ".ini"))
            continue;
        char *path = g_build_filename(dir, name, NULL);
        GStatBuf sb;
        const char *why = NULL;
        if (g_stat(path, &sb) != 0)
            why = g_file_test(path, G_FILE_TEST_IS_SYMLINK) ? "a symbolic link to nothing" : NULL;
        else if (S_ISDIR(sb.st_mode))
            why = "a folder, not a file";
        else if (!S_ISREG(sb.st_mode))
            why = "not a regular file (a device or a named pipe)";
        else if (sb.st_size > (off_t)ZC_CONFIG_MAX_BYTES)
            why = "larger than a configuration file may be";
        if (why)
            g_ptr_array_add(out, g_strdup_printf("%s: %s", path, why));
        g_free(path);
    }
    if (d)
        g_dir_close(d);
    g_ptr_array_sort(out, compare_strings);
    g_ptr_array_add(out, NULL);
    return (char **)g_ptr_array_free(out, FALSE);
}

void
zc_context_rows(const zc_context *ctx, const char *name, int max_fields, zc_row_fn fn, void *user)
{
    char *path = zc_context_path(ctx, name);
    char *data = NULL;
    if (path != NULL && zc_config_read(path, &data, NULL, NULL)) {
        char **lines = g_strsplit(data, "\n", -1);
        for (int i = 0; lines[i] != NULL; i++) {
            if (lines[i][0] == '#' || lines[i][0] == '\0')
                continue;
            char **fields = g_strsplit(lines[i], "\t", max_fields);
            fn(fields, user);
            g_strfreev(fields);
        }
        g_strfreev(lines);
    }
    g_free(data);
    g_free(path);
}

void *
zc_context_table(zc_context *ctx, const char *name, zc_load_fn load, GDestroyNotify destroy)
{
    g_rec_mutex_lock(&ctx->tables_lock);
    gpointer table = NULL;
    if (!g_hash_table_lookup_extended(ctx->tables, name, NULL, &table)) {
        table = load(ctx);
        g_hash_table_insert(ctx->tables, g_strdup(name), table);
        g_hash_table_insert(ctx->destroys, g_strdup(name), (gpointer)destroy);
    }
    g_rec_mutex_unlock(&ctx->tables_lock);
    return table;
}
