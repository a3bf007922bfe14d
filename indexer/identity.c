/* identity.c — source names bound to real folders, and moves (identity.h).
 *
 * Not for: the manifest's records themselves (manifest.c).
 */
#include "indexer/identity.h"

#include <stdlib.h>
#include <string.h>

#include <sys/stat.h>

#include "core/access.h"
#include "core/record.h"
#include "core/schema.h"
#include "indexer/fingerprint.h"
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

/* Whether `name` stands for another folder than `real`, in the index or
 * earlier in this run.  A folder that is gone counts too: this one did
 * not prove to be it moved (find_moved), and it may be a disk not mounted
 * now, whose documents no new folder of the same name may take over. */
static bool
taken(GHashTable *roots, const char *name, const char *real)
{
    const char *root = g_hash_table_lookup(roots, name);
    return root != NULL && !same_folder(root, real);
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

/* ---- Moves: a gone folder's files met again elsewhere --------------------- */

static gint
str_ptr_cmp(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The keys of `table` (borrowed), sorted: the notes come in one order. */
static GPtrArray *
sorted_names(GHashTable *table)
{
    GPtrArray *names = g_ptr_array_new();
    GHashTableIter it;
    gpointer key;
    g_hash_table_iter_init(&it, table);
    while (g_hash_table_iter_next(&it, &key, NULL))
        g_ptr_array_add(names, key);
    g_ptr_array_sort(names, str_ptr_cmp);
    return names;
}

/* Entries of a gone source checked against a folder: a sample spread over
 * the whole source, so a large one costs a few dozen hashes, not a
 * rehash of the corpus. */
#define MOVE_SAMPLE 24

typedef struct entries_of {
    GPtrArray *rels;   /* paths relative to the root */
    GPtrArray *values; /* their manifest values */
    size_t skip;       /* strlen of "file:NAME/" */
} entries_of;

static void
collect_entry(const char *key, const char *value, void *user)
{
    entries_of *e = user;
    /* A long path's key is its head and a hash (core/record.h): no path. */
    if (!*value || strlen(key) - strlen(ZS_META_FILE_PREFIX) >= ZR_MANIFEST_ID_MAX)
        return;
    g_ptr_array_add(e->rels, g_strdup(key + e->skip));
    g_ptr_array_add(e->values, g_strdup(value));
}

/* The manifest entries of source `name` in every level; false with `error`
 * when a database cannot be read.  *total counts them all (long paths
 * too). */
static bool
entries_of_source(ix_writer *w, const char *name, entries_of *e, unsigned *total, GError **error)
{
    char *prefix = g_strconcat(ZS_META_FILE_PREFIX, name, "/", NULL);
    e->rels = g_ptr_array_new_with_free_func(g_free);
    e->values = g_ptr_array_new_with_free_func(g_free);
    e->skip = strlen(prefix);
    bool ok = true;
    *total = 0;
    for (int l = 0; ok && l < ZS_N_LEVELS; l++) {
        keys_of all = {g_ptr_array_new_with_free_func(g_free)};
        char *msg = NULL;
        if (zx_db_metadata_each(ix_writer_db(w, l), prefix, collect_entry, e, &msg) != ZX_OK ||
            zx_db_metadata_each(ix_writer_db(w, l), prefix, collect_key, &all, &msg) != ZX_OK) {
            g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE, "the %s database: cannot read its manifest: %s",
                        zs_levels[l], msg != NULL ? msg : "failed");
            ok = false;
        }
        *total += all.keys->len;
        g_ptr_array_free(all.keys, TRUE);
        g_free(msg);
    }
    g_free(prefix);
    return ok;
}

static void
entries_clear(entries_of *e)
{
    g_ptr_array_free(e->rels, TRUE);
    g_ptr_array_free(e->values, TRUE);
}

/* How many of a sample of the files of source `name` are found in the
 * folder `real` at the same path with the same content (size and
 * SHA-256, manifest.h), of *checked looked for; *docs counts the source's
 * documents. */
static bool
files_found_in(ix_writer *w, const char *name, const char *real, unsigned *same, unsigned *checked, unsigned *docs,
               GError **error)
{
    entries_of e;
    *same = *checked = 0;
    if (!entries_of_source(w, name, &e, docs, error)) {
        entries_clear(&e);
        return false;
    }
    guint n = e.rels->len;
    guint take = MIN(n, MOVE_SAMPLE);
    for (guint k = 0; k < take; k++) {
        guint i = (guint)((guint64)k * n / take);
        char **f = g_strsplit(e.values->pdata[i], "\t", 6);
        (*checked)++;
        char *abs = g_build_filename(real, (char *)e.rels->pdata[i], NULL);
        struct stat sb;
        if (g_strv_length(f) >= 5 && stat(abs, &sb) == 0 && S_ISREG(sb.st_mode) &&
            g_ascii_strtoll(f[0], NULL, 10) == (gint64)sb.st_size) {
            char *hash = ix_file_fingerprint(abs);
            *same += hash != NULL && strcmp(hash, f[4]) == 0;
            g_free(hash);
        }
        g_free(abs);
        g_strfreev(f);
    }
    entries_clear(&e);
    return true;
}

/* Whether `same` files found alike of `checked` make a move: at least
 * half of them, and at least one.  A folder moved and then partly edited
 * is still the folder; an unrelated one shares no file at its path. */
static bool
looks_moved(unsigned same, unsigned checked)
{
    return same > 0 && 2 * same >= checked;
}

/* The source of the index whose folder is gone and whose files the folder
 * `real` holds (looks_moved; the most found alike, then the first name),
 * or NULL; *docs counts its documents.  Not `self`, nor the name of
 * another source of this run: a configured one's, or one bound before
 * `bound` (a source named after its folder has its name only once bound). */
static bool
find_moved(ix_writer *w, GHashTable *roots, GPtrArray *sources, guint bound, const char *self, const char *real,
           char **found, unsigned *docs, unsigned *same_out, unsigned *checked_out, GError **error)
{
    *found = NULL;
    GPtrArray *names = sorted_names(roots);
    bool ok = true;
    unsigned best = 0;
    for (guint i = 0; ok && i < names->len; i++) {
        const char *name = names->pdata[i];
        const char *root = g_hash_table_lookup(roots, name);
        bool named = self != NULL && strcmp(name, self) == 0;
        for (guint s = 0; !named && s < sources->len; s++) {
            const ix_source *other = sources->pdata[s];
            named = s != bound && (!other->by_folder || s < bound) && strcmp(other->name, name) == 0;
        }
        if (named || g_file_test(root, G_FILE_TEST_EXISTS))
            continue;
        unsigned same = 0, checked = 0, n = 0;
        ok = files_found_in(w, name, real, &same, &checked, &n, error);
        if (ok && looks_moved(same, checked) && same > best) {
            best = same;
            g_free(*found);
            *found = g_strdup(name);
            *docs = n;
            *same_out = same;
            *checked_out = checked;
        }
    }
    g_ptr_array_free(names, TRUE);
    return ok;
}

/* The recorded source whose existing folder holds `real` below it (the
 * deepest, should several), or NULL. */
static const char *
enclosing_source(GHashTable *roots, const char *real)
{
    const char *found = NULL;
    size_t found_len = 0;
    GHashTableIter it;
    gpointer name, root;
    g_hash_table_iter_init(&it, roots);
    while (g_hash_table_iter_next(&it, &name, &root)) {
        size_t n = strlen(root);
        if (n > 1 && strncmp(real, root, n) == 0 && real[n] == '/' && n > found_len &&
            g_file_test(root, G_FILE_TEST_IS_DIR)) {
            found = name;
            found_len = n;
        }
    }
    return found;
}

/* A folder (or a file's folder) named on the command line inside a source
 * the index holds is part of that source: the same root and name, so its
 * files keep their ids and manifest entries, the walk limited to it
 * (src->under) or to the one file (src->only). */
static void
rebind_inside(ix_source *src, const char *outer, const char *outer_root, const char *real)
{
    const char *sub = real + strlen(outer_root) + 1;
    if (src->only) {
        char *only = g_strconcat(sub, "/", src->only, NULL);
        g_free(src->only);
        src->only = only;
    } else {
        g_free(src->under);
        src->under = g_strdup(sub);
    }
    g_free(src->root);
    src->root = g_strdup(outer_root);
    g_free(src->name);
    src->name = g_strdup(outer);
}

/* Whether this run names a source `name`: a corpus config may nest one
 * source in another on purpose (another access level, other types), and
 * each run would otherwise take one in and read it again. */
static bool
in_run(GPtrArray *sources, const char *name)
{
    for (guint i = 0; i < sources->len; i++)
        if (strcmp(((ix_source *)sources->pdata[i])->name, name) == 0)
            return true;
    return false;
}

/* A source that is walked whole takes in the sources of the index whose
 * folders lie inside its own: each file must be one document, so theirs
 * are removed (committed) and read again as this source's; their names no
 * longer stand for a folder. */
static bool
absorb_inner(ix_writer *w, GHashTable *roots, GPtrArray *sources, const ix_source *src, const char *real,
             GPtrArray *notes, GError **error)
{
    size_t n = strlen(real);
    GPtrArray *inner = g_ptr_array_new_with_free_func(g_free);
    GHashTableIter it;
    gpointer name, root;
    g_hash_table_iter_init(&it, roots);
    while (g_hash_table_iter_next(&it, &name, &root))
        if (strcmp(name, src->name) != 0 && strncmp(root, real, n) == 0 && ((char *)root)[n] == '/' &&
            !in_run(sources, name))
            g_ptr_array_add(inner, g_strdup(name));
    g_ptr_array_sort(inner, str_ptr_cmp);
    bool ok = true;
    for (guint i = 0; ok && i < inner->len; i++) {
        const char *name = inner->pdata[i];
        unsigned docs = 0;
        char *key = g_strconcat(ZS_META_SOURCE_PREFIX, name, NULL);
        ok = forget_source(w, name, &docs, error) && ix_writer_set_all(w, key, "", error) &&
             ix_writer_commit(w, error);
        g_free(key);
        if (ok)
            g_ptr_array_add(notes, g_strdup_printf("source %s (%s) lies inside source %s (%s): its %u document%s "
                                                   "read again as part of %s",
                                                   name, (char *)g_hash_table_lookup(roots, name), src->name, real,
                                                   docs, docs == 1 ? " is" : "s are", src->name));
        g_hash_table_remove(roots, name);
    }
    g_ptr_array_free(inner, TRUE);
    return ok;
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

/* Sources of the index whose folder is gone and that this run does not
 * move: kept (an unmounted disk looks the same as a deleted folder, and
 * nothing is removed unasked), and said in every run. */
static bool
note_gone(ix_writer *w, GHashTable *roots, GPtrArray *sources, GPtrArray *notes, GError **error)
{
    GPtrArray *names = sorted_names(roots);
    bool ok = true;
    for (guint i = 0; ok && i < names->len; i++) {
        const char *name = names->pdata[i];
        const char *root = g_hash_table_lookup(roots, name);
        if (g_file_test(root, G_FILE_TEST_IS_DIR))
            continue;
        /* A configured source the run names is reported by the run itself. */
        bool reported = false;
        for (guint s = 0; !reported && s < sources->len; s++) {
            const ix_source *src = sources->pdata[s];
            reported = !src->optional && strcmp(src->name, name) == 0;
        }
        entries_of e;
        unsigned docs = 0;
        ok = entries_of_source(w, name, &e, &docs, error);
        entries_clear(&e);
        if (ok && docs > 0 && !reported)
            g_ptr_array_add(notes,
                            g_strdup_printf("source %s: its folder %s is not there (moved, removed, or a disk not "
                                            "mounted?): its %u document%s kept and still found; index the folder "
                                            "where it is now to move %s, or run zaalt index --forget %s to remove "
                                            "%s",
                                            name, root, docs, docs == 1 ? " is" : "s are", docs == 1 ? "it" : "them",
                                            name, docs == 1 ? "it" : "them"));
    }
    g_ptr_array_free(names, TRUE);
    return ok;
}

bool
ix_forget_sources(ix_writer *w, char **names, GPtrArray *notes, GError **error)
{
    GHashTable *roots = recorded_roots(w, error);
    if (roots == NULL)
        return false;
    bool ok = true;
    for (char **n = names; ok && n && *n; n++) {
        const char *root = g_hash_table_lookup(roots, *n);
        if (root == NULL) {
            GPtrArray *known = sorted_names(roots);
            g_ptr_array_add(known, NULL);
            char *list = g_strjoinv(", ", (char **)known->pdata);
            g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_SOURCE, "the index holds no source %s (it holds: %s)",
                        *n, *list ? list : "none");
            g_free(list);
            g_ptr_array_free(known, TRUE);
            ok = false;
            break;
        }
        unsigned docs = 0;
        char *key = g_strconcat(ZS_META_SOURCE_PREFIX, *n, NULL);
        ok = forget_source(w, *n, &docs, error) && ix_writer_set_all(w, key, "", error) && ix_writer_commit(w, error);
        g_free(key);
        if (ok)
            g_ptr_array_add(notes, g_strdup_printf("source %s (%s) forgotten, as asked: its %u document%s removed",
                                                   *n, root, docs, docs == 1 ? " is" : "s are"));
    }
    g_hash_table_destroy(roots);
    return ok;
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
        const char *outer = NULL;
        char *adopted = NULL;
        if (src->by_folder) {
            char *known = name_of_folder(roots, real);
            if (known != NULL) {
                g_free(src->name);
                src->name = known;
            } else if ((outer = enclosing_source(roots, real)) != NULL) {
                char *outer_root = g_strdup(g_hash_table_lookup(roots, outer));
                rebind_inside(src, outer, outer_root, real);
                g_free(real);
                real = outer_root;
            } else {
                unsigned docs = 0, same = 0, checked = 0;
                ok = find_moved(w, roots, sources, i, NULL, real, &adopted, &docs, &same, &checked, error);
                if (adopted != NULL) {
                    /* The gone folder's name, so its documents keep their ids. */
                    g_free(src->name);
                    src->name = g_strdup(adopted);
                } else {
                    name_by_folder(src, roots, real, notes);
                }
            }
        }
        const char *recorded = ok ? g_hash_table_lookup(roots, src->name) : NULL;
        if (recorded != NULL && !same_folder(recorded, real)) {
            /* Its folder gone, and its files here: the same folder, moved.
             * Its documents point here now (document ids and manifest keys
             * go by name and path); the walk then reads what differs and
             * removes what is not here. */
            unsigned same = 0, checked = 0, n = 0;
            bool moved = !g_file_test(recorded, G_FILE_TEST_EXISTS) &&
                         (ok = files_found_in(w, src->name, real, &same, &checked, &n, error)) &&
                         looks_moved(same, checked);
            if (ok && moved) {
                g_ptr_array_add(notes,
                                g_strdup_printf("source %s moved from %s to %s: its %u document%s the new folder "
                                                "(%u of %u files checked there are the same; any other is read "
                                                "again, or removed if not there)",
                                                src->name, recorded, real, n, n == 1 ? " points to" : "s point to",
                                                same, checked));
            } else if (ok) {
                ok = forget_source(w, src->name, &n, error);
                if (ok)
                    g_ptr_array_add(notes, g_strdup_printf("source %s moved from %s to %s: its %u document%s read "
                                                           "again from the new folder",
                                                           src->name, recorded, real, n, n == 1 ? " is" : "s are"));
            }
        } else if (ok && recorded == NULL && !src->by_folder) {
            /* A configured source of a new name holding a gone source's
             * files: the old source's documents go, these are indexed. */
            char *old = NULL;
            unsigned docs = 0, same = 0, checked = 0;
            ok = find_moved(w, roots, sources, i, src->name, real, &old, &docs, &same, &checked, error);
            if (ok && old != NULL) {
                char *old_root = g_strdup(g_hash_table_lookup(roots, old));
                char *key = g_strconcat(ZS_META_SOURCE_PREFIX, old, NULL);
                unsigned n = 0;
                ok = forget_source(w, old, &n, error) && ix_writer_set_all(w, key, "", error) &&
                     ix_writer_commit(w, error);
                if (ok)
                    g_ptr_array_add(notes,
                                    g_strdup_printf("source %s moved from %s to %s, now source %s (%u of %u files "
                                                    "checked there are the same): its %u document%s removed, and "
                                                    "the files read as source %s",
                                                    old, old_root, real, src->name, same, checked, n,
                                                    n == 1 ? " is" : "s are", src->name));
                g_hash_table_remove(roots, old);
                g_free(key);
                g_free(old_root);
                g_free(old);
            }
        }
        g_free(adopted);
        if (ok && outer == NULL && src->only == NULL && src->under == NULL)
            ok = absorb_inner(w, roots, sources, src, real, notes, error);
        char *key = g_strconcat(ZS_META_SOURCE_PREFIX, src->name, NULL);
        ok = ok && ix_writer_set_all(w, key, real, error);
        g_free(key);
        g_hash_table_insert(roots, g_strdup(src->name), real);
    }
    ok = ok && note_gone(w, roots, sources, notes, error);
    g_hash_table_destroy(roots);
    return ok;
}

/* ---- Whether a rebuild covers the index ---------------------------------- */

static void
count_into(const char *key, const char *value, void *user)
{
    if (*value)
        (*(unsigned *)user)++;
}

/* The roots every level of the index folder `dir` records, and its level
 * databases opened read-only (to close). */
static bool
read_index_sources(const char *dir, GHashTable *roots, GPtrArray *dbs, GError **error)
{
    bool ok = true;
    for (int l = 0; ok && l < ZS_N_LEVELS; l++) {
        char *path = zs_level_path(dir, l);
        zx_db *db = NULL;
        char *msg = NULL;
        if (g_file_test(path, G_FILE_TEST_IS_DIR)) {
            if (zx_db_open_parts((const char *const *)&path, 1, NULL, &db, &msg) != ZX_OK ||
                zx_db_metadata_each(db, ZS_META_SOURCE_PREFIX, note_root, roots, &msg) != ZX_OK) {
                g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_OPEN, "cannot read the sources of %s: %s", path,
                            msg ? msg : "?");
                ok = false;
            }
            if (db)
                g_ptr_array_add(dbs, db);
        }
        g_free(msg);
        g_free(path);
    }
    return ok;
}

/* How many files of source `name` the databases `dbs` record. */
static bool
files_of(GPtrArray *dbs, const char *name, unsigned *n, GError **error)
{
    char *prefix = g_strconcat(ZS_META_FILE_PREFIX, name, "/", NULL);
    bool ok = true;
    *n = 0;
    for (guint d = 0; ok && d < dbs->len; d++) {
        char *msg = NULL;
        if (zx_db_metadata_each(dbs->pdata[d], prefix, count_into, n, &msg) != ZX_OK) {
            g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_OPEN, "cannot read a manifest: %s", msg ? msg : "?");
            ok = false;
        }
        g_free(msg);
    }
    g_free(prefix);
    return ok;
}

bool
ix_sources_gone(const char *dir, GPtrArray *gone, GError **error)
{
    GHashTable *roots = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    GPtrArray *dbs = g_ptr_array_new_with_free_func((GDestroyNotify)zx_db_close);
    bool ok = read_index_sources(dir, roots, dbs, error);
    GPtrArray *names = sorted_names(roots);
    for (guint i = 0; ok && i < names->len; i++) {
        const char *name = names->pdata[i];
        const char *root = g_hash_table_lookup(roots, name);
        unsigned n = 0;
        if (!g_file_test(root, G_FILE_TEST_IS_DIR) && (ok = files_of(dbs, name, &n, error)) && n > 0)
            g_ptr_array_add(gone, g_strdup_printf("source %s: its folder %s is not there (moved, removed, or a disk "
                                                  "not mounted?): its %u file%s kept and still found",
                                                  name, root, n, n == 1 ? " is" : "s are"));
    }
    g_ptr_array_free(names, TRUE);
    g_ptr_array_free(dbs, TRUE);
    g_hash_table_destroy(roots);
    return ok;
}

bool
ix_sources_left_out(const char *dir, const GPtrArray *sources, GPtrArray *left, GError **error)
{
    GHashTable *roots = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    GPtrArray *dbs = g_ptr_array_new_with_free_func((GDestroyNotify)zx_db_close);
    bool ok = read_index_sources(dir, roots, dbs, error);
    GPtrArray *names = sorted_names(roots);
    for (guint i = 0; ok && i < names->len; i++) {
        const char *name = names->pdata[i];
        const char *root = g_hash_table_lookup(roots, name);
        bool covered = false;
        for (guint k = 0; !covered && k < sources->len; k++) {
            const ix_source *src = sources->pdata[k];
            if (src->only || src->under)
                continue;
            char *real = real_or_same(src->root);
            covered = (!src->by_folder && strcmp(src->name, name) == 0) ||
                      (g_file_test(src->root, G_FILE_TEST_IS_DIR) && same_folder(root, real));
            g_free(real);
        }
        /* A name whose documents all went holds nothing to lose. */
        unsigned n = 0;
        if (!covered && (ok = files_of(dbs, name, &n, error)) && n > 0)
            g_ptr_array_add(left, g_strdup_printf("%s (%s, %u file%s)", name, root, n, n == 1 ? "" : "s"));
    }
    g_ptr_array_free(names, TRUE);
    g_ptr_array_free(dbs, TRUE);
    g_hash_table_destroy(roots);
    return ok;
}
