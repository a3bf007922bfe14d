/* engine.c — opening an index for reading: its level databases (folders
 * or remote ones) as one, the schema check, refreshing to a newer
 * revision, and what the other files of search/ borrow from the engine.
 *
 * Not for: running searches (search.c), fetching documents (document.c).
 */
#include "search/engine.h"

#include "core/access.h"
#include "core/context.h"
#include "core/glossary.h"
#include "core/schema.h"
#include "shim/zx.h"

#include <string.h>

G_DEFINE_QUARK(zaalt - search - error - quark, zs_error)

zs_engine *
zs_engine_open(zc_context *ctx, const char *dbpath, GError **error)
{
    return zs_engine_open_as(ctx, dbpath, ZS_N_LEVELS - 1, error);
}

zs_engine *
zs_engine_open_as(zc_context *ctx, const char *dbpath, int max_level, GError **error)
{
    const char *dbs[2] = {dbpath, NULL};
    return zs_engine_open_dbs(ctx, dbs, max_level, error);
}

static bool
is_remote(const char *db)
{
    return g_str_has_prefix(db, "tcp://");
}

/* Whether a remote name is tcp://HOST:PORT with a port of 1 to 65535: a
 * malformed one is said so before Xapian is asked (probe F3, F9:
 * tcp://::::: was Xapian's internal error). */
static bool
remote_well_formed(const char *db)
{
    const char *rest = db + strlen("tcp://");
    const char *colon = strrchr(rest, ':');
    guint64 port = 0;
    return colon != NULL && colon > rest && strchr(rest, '/') == NULL &&
           g_ascii_string_to_unsigned(colon + 1, 10, 1, 65535, &port, NULL) &&
           (rest[0] == '[' || memchr(rest, ':', (size_t)(colon - rest)) == NULL);
}

/* Adds the level databases of index folder `dbpath` a reader of
 * `levels` may see to `paths`; false with `error` when it is no index. */
static bool
add_folder_levels(const char *dbpath, const char *const *levels, GPtrArray *paths, GError **error)
{
    if (!g_file_test(dbpath, G_FILE_TEST_IS_DIR)) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_NO_INDEX, "no index at %s (run: zaalt index --db %s PATH...)", dbpath,
                    dbpath);
        return false;
    }
    char *legacy = g_build_filename(dbpath, "iamglass", NULL);
    bool old_layout = g_file_test(legacy, G_FILE_TEST_EXISTS);
    g_free(legacy);
    if (old_layout) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_DB,
                    "the index at %s has an older layout (one database for all access levels): re-index it", dbpath);
        return false;
    }
    for (int l = 0; levels[l]; l++) {
        char *path = zs_level_path(dbpath, zs_level_index(levels[l]));
        if (!g_file_test(path, G_FILE_TEST_IS_DIR)) {
            g_set_error(error, ZS_ERROR, ZS_ERROR_NO_INDEX, "no index at %s (run: zaalt index --db %s PATH...)", dbpath,
                        dbpath);
            g_free(path);
            return false;
        }
        g_ptr_array_add(paths, path);
    }
    return true;
}

/* The shim asks a remote database what it records and holds when it
 * connects; core/access.c decides.  `user` is the reader's level. */
static zx_admission
admit_remote(const zx_part_facts *facts, void *user, char **why)
{
    bool holds[ZS_N_LEVELS] = {false};
    for (size_t i = 0; i < facts->n_holds && i < ZS_N_LEVELS; i++)
        holds[i] = facts->holds[i];
    GError *err = NULL;
    switch (zs_remote_admit(facts->name, facts->recorded, holds, GPOINTER_TO_INT(user), &err)) {
        case ZS_REMOTE_SEARCH:
            return ZX_ADMIT_SEARCH;
        case ZS_REMOTE_HIDE:
            return ZX_ADMIT_HIDE;
        case ZS_REMOTE_REFUSE:
            break;
    }
    *why = g_strdup(err ? err->message : "refused");
    g_clear_error(&err);
    return ZX_ADMIT_REFUSE;
}

/* Engines of one context share facet tables (a server's pool of engines
 * builds each once). */
static void *
facet_tables_new(zc_context *ctx)
{
    (void)ctx;
    return zx_tables_new();
}

static void
facet_tables_free(void *tables)
{
    zx_tables_free(tables);
}

zs_engine *
zs_engine_open_dbs(zc_context *ctx, const char *const *dbs, int max_level, GError **error)
{
    /* Only the levels the reader may see are opened at all: for a folder,
     * its level subfolders; a remote database says its own level, and one
     * above the reader's is closed again at once (admit_remote). */
    const char *const *levels = zs_levels_upto(max_level);
    GPtrArray *paths = g_ptr_array_new_with_free_func(g_free);
    GString *names = g_string_new(NULL);
    for (const char *const *d = dbs; *d; d++) {
        g_string_append_printf(names, "%s%s", names->len ? ", " : "", *d);
        if (is_remote(*d) && !remote_well_formed(*d)) {
            /* Exit 2, as before it was said: a database's fault in the
             * command-line contract (t66), now in Zaalt's words. */
            g_set_error(error, ZS_ERROR, ZS_ERROR_DB, "'%s' is not of the form tcp://HOST:PORT", *d);
            g_ptr_array_free(paths, TRUE);
            g_string_free(names, TRUE);
            return NULL;
        } else if (is_remote(*d)) {
            g_ptr_array_add(paths, g_strdup(*d));
        } else if (!add_folder_levels(*d, levels, paths, error)) {
            g_ptr_array_free(paths, TRUE);
            g_string_free(names, TRUE);
            return NULL;
        }
    }
    if (paths->len == 0) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_NO_INDEX, "no database given");
        g_ptr_array_free(paths, TRUE);
        g_string_free(names, TRUE);
        return NULL;
    }
    zx_open_opts popts = {
        .schema_key = ZS_META_SCHEMA,
        .schema_value = ZS_SCHEMA_VERSION,
        .fact_key = ZS_META_LEVEL,
        .probe_terms = zs_level_terms(),
        .admit = admit_remote,
        .admit_user = GINT_TO_POINTER(max_level),
        .tables = ctx ? zc_context_table(ctx, "shim.facet_tables", facet_tables_new, facet_tables_free) : NULL,
    };
    char *msg = NULL;
    zx_db *db = NULL;
    zx_status st = zx_db_open_parts((const char *const *)paths->pdata, paths->len, &popts, &db, &msg);
    g_ptr_array_free(paths, TRUE);
    if (st == ZX_NOT_FOUND) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_NO_INDEX, "no index at %s (run: zaalt index --db %s PATH...)", names->str,
                    dbs[0]);
        g_free(msg);
        g_string_free(names, TRUE);
        return NULL;
    }
    if (st == ZX_CORRUPT) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_DB,
                    "cannot open the index at %s: %s; the index is damaged (a disk fault, or one of its files "
                    "changed or cut short): zaalt index --force --db %s with its sources rebuilds it (setting the "
                    "damaged database aside), or remove the folder and index again",
                    names->str, msg, dbs[0]);
        g_free(msg);
        g_string_free(names, TRUE);
        return NULL;
    }
    if (st != ZX_OK) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_DB, "cannot open the index at %s: %s", names->str, msg);
        g_free(msg);
        g_string_free(names, TRUE);
        return NULL;
    }
    zs_engine *e = g_new0(zs_engine, 1);
    e->dbpath = g_string_free(names, FALSE);
    e->db = db;
    e->ctx = ctx;
    /* Its analyzer, one of the context's per-level readers (each with a
     * cache of its own, context.h), is taken on first use. */
    e->max_level = max_level;
    e->access = max_level >= ZS_N_LEVELS - 1 ? NULL : levels;
    e->one_folder = dbs[0] != NULL && dbs[1] == NULL && !is_remote(dbs[0]);
    return e;
}

char **
zs_engine_missing(zs_engine *e)
{
    return zx_db_missing_parts(e->db);
}

void
zs_engine_free(zs_engine *e)
{
    if (!e)
        return;
    zx_db_close(e->db);
    g_free(e->dbpath);
    g_free(e);
}

struct zx_db *
zs_engine_db(zs_engine *e)
{
    return e->db;
}

struct az_analyzer *
zs_engine_analyzer(zs_engine *e)
{
    /* Loaded on first use: a command that only reads stored documents
     * (zaalt show) never pays for the dictionary.  Engines of a server's
     * pool are taken by one thread at a time; the once-guard keeps it
     * right if one is ever shared. */
    if (g_once_init_enter(&e->az)) {
        az_analyzer *az = zc_context_reader_analyzer(e->ctx, e->max_level);
        g_once_init_leave(&e->az, az);
    }
    return e->az;
}

struct zc_context *
zs_engine_context(zs_engine *e)
{
    return e->ctx;
}

bool
zs_engine_refresh(zs_engine *e)
{
    bool changed = false;
    char *msg = NULL;
    if (zx_db_reopen(e->db, &changed, &msg) != ZX_OK) {
        g_free(msg);
        return false;
    }
    return changed;
}

bool
zs_engine_phrase_terms(zs_engine *e)
{
    return zx_db_parts_agree(e->db, ZS_META_PHRASES, gl_phrases_fingerprint(az_glossary(zs_engine_analyzer(e))));
}

char *
zs_dup_nonempty(const char *s)
{
    return s && *s ? g_strdup(s) : NULL;
}
