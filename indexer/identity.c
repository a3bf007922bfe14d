/* identity.c — source names bound to real folders, and moves (identity.h).
 *
 * Not for: the manifest's records themselves (manifest.c).
 */
#include "indexer/identity.h"

#include <stdlib.h>
#include <string.h>

#include "core/schema.h"
#include "indexer/manifest.h"

/* The real path of a folder, or the path as given when it is gone. */
static char *
real_or_same(const char *path)
{
    char *r = realpath(path, NULL);
    char *out = g_strdup(r ? r : path);
    free(r);
    return out;
}

static bool
same_folder(const char *recorded, const char *real)
{
    char *r = real_or_same(recorded);
    bool same = strcmp(r, real) == 0;
    g_free(r);
    return same;
}

static void
note_root(const char *key, const char *value, void *user)
{
    GHashTable *roots = user;
    const char *name = key + strlen(ZS_META_SOURCE_PREFIX);
    if (*value && !g_hash_table_contains(roots, name))
        g_hash_table_insert(roots, g_strdup(name), g_strdup(value));
}

/* name -> root, as the levels record them (the lowest level's first). */
static GHashTable *
recorded_roots(ix_writer *w, GError **error)
{
    GHashTable *roots = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    for (int l = 0; l < ZS_N_LEVELS; l++) {
        char *msg = NULL;
        if (zx_db_metadata_each(ix_writer_db(w, l), ZS_META_SOURCE_PREFIX, note_root, roots, &msg) != ZX_OK) {
            g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE, "the %s database: cannot read its sources: %s",
                        zs_levels[l], msg != NULL ? msg : "failed");
            g_free(msg);
            g_hash_table_destroy(roots);
            return NULL;
        }
    }
    return roots;
}

/* The name the index knows folder `real` by (the first in sorted order,
 * should there be several), or NULL. */
static char *
name_of_folder(GHashTable *roots, const char *real)
{
    char *found = NULL;
    GHashTableIter it;
    gpointer name, root;
    g_hash_table_iter_init(&it, roots);
    while (g_hash_table_iter_next(&it, &name, &root))
        if (same_folder(root, real) && (found == NULL || strcmp(name, found) < 0))
            found = name;
    return g_strdup(found);
}

/* Whether `name` stands for another folder than `real` that still
 * exists, in the index or earlier in this run. */
static bool
taken(GHashTable *roots, const char *name, const char *real)
{
    const char *root = g_hash_table_lookup(roots, name);
    return root != NULL && !same_folder(root, real) && g_file_test(root, G_FILE_TEST_IS_DIR);
}

/* `base` and the first `digits` hex digits of the SHA-256 of `real`. */
static char *
hashed_name(const char *base, const char *real, int digits)
{
    char *hex = g_compute_checksum_for_string(G_CHECKSUM_SHA256, real, -1);
    char *name = g_strdup_printf("%s-%.*s", base, digits, hex);
    g_free(hex);
    return name;
}

typedef struct keys_of {
    GPtrArray *keys;
} keys_of;

static void
collect_key(const char *key, const char *value, void *user)
{
    if (*value)
        g_ptr_array_add(((keys_of *)user)->keys, g_strdup(key));
}

/* Every document, manifest entry and failure record of source `name` gone
 * from every level, committed; *n counts the documents. */
static bool
forget_source(ix_writer *w, const char *name, unsigned *n, GError **error)
{
    bool ok = true;
    for (int l = 0; ok && l < ZS_N_LEVELS; l++) {
        const char *prefixes[] = {ZS_META_FILE_PREFIX, ZS_META_FAIL_PREFIX};
        for (int p = 0; ok && p < 2; p++) {
            char *prefix = g_strconcat(prefixes[p], name, "/", NULL);
            keys_of found = {g_ptr_array_new_with_free_func(g_free)};
            char *msg = NULL;
            if (zx_db_metadata_each(ix_writer_db(w, l), prefix, collect_key, &found, &msg) != ZX_OK) {
                g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE,
                            "the %s database: cannot read its manifest: %s", zs_levels[l], msg ? msg : "failed");
                ok = false;
            }
            g_free(msg);
            for (guint i = 0; ok && i < found.keys->len; i++) {
                const char *key = found.keys->pdata[i];
                if (p == 0) {
                    ok = ix_manifest_forget(w, key, -1, error);
                    (*n)++;
                } else {
                    ok = ix_writer_set(w, l, key, "", error);
                }
            }
            g_ptr_array_free(found.keys, TRUE);
            g_free(prefix);
        }
    }
    return ok && ix_writer_commit(w, error);
}

/* A source named after its folder: the name the index knows the folder
 * by, else its own last part if free, else that and a hash. */
static void
name_by_folder(ix_source *src, GHashTable *roots, const char *real, GPtrArray *notes)
{
    char *known = name_of_folder(roots, real);
    if (known != NULL) {
        g_free(src->name);
        src->name = known;
        return;
    }
    char *name = g_strdup(src->name);
    static const int digits[] = {8, 16, 64};
    for (size_t i = 0; i < G_N_ELEMENTS(digits) && taken(roots, name, real); i++) {
        g_free(name);
        name = hashed_name(src->name, real, digits[i]);
    }
    if (strcmp(name, src->name) != 0)
        g_ptr_array_add(notes,
                        g_strdup_printf("%s: the index knows another folder (%s) as source %s; this one is "
                                        "source %s",
                                        src->root, (char *)g_hash_table_lookup(roots, src->name), src->name, name));
    g_free(src->name);
    src->name = name;
}

bool
ix_bind_sources(ix_writer *w, GPtrArray *sources, GPtrArray *notes, GError **error)
{
    GHashTable *roots = recorded_roots(w, error);
    if (roots == NULL)
        return false;
    bool ok = true;
    for (guint i = 0; ok && i < sources->len; i++) {
        ix_source *src = sources->pdata[i];
        if (!g_file_test(src->root, G_FILE_TEST_IS_DIR))
            continue; /* not walked: run.c reports it */
        char *real = real_or_same(src->root);
        if (src->by_folder)
            name_by_folder(src, roots, real, notes);
        const char *recorded = g_hash_table_lookup(roots, src->name);
        if (recorded != NULL && !same_folder(recorded, real)) {
            unsigned n = 0;
            ok = forget_source(w, src->name, &n, error);
            if (ok)
                g_ptr_array_add(notes, g_strdup_printf("source %s moved from %s to %s: its %u document%s read "
                                                       "again from the new folder",
                                                       src->name, recorded, real, n, n == 1 ? " is" : "s are"));
        }
        char *key = g_strconcat(ZS_META_SOURCE_PREFIX, src->name, NULL);
        ok = ok && ix_writer_set_all(w, key, real, error);
        g_free(key);
        g_hash_table_insert(roots, g_strdup(src->name), real);
    }
    g_hash_table_destroy(roots);
    return ok;
}
