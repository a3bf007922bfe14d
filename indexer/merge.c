/* merge.c — index folders of disjoint files written as one (merge.h).
 *
 * Not for: the compaction itself (Xapian's, through zx_db_merge), the
 * spelling dictionary's rules (spelling.c), or the lock (lock.c).
 */
#include "indexer/merge.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/schema.h"
#include "indexer/folder.h"
#include "indexer/lock.h"
#include "indexer/maskrun.h"
#include "indexer/run.h"
#include "indexer/spelling.h"
#include "indexer/writer.h"
#include "shim/zx.h"

/* Zaalt's own keys (schema.h's ZS_META_*) and the sources' roots: what
 * must be alike in every part. */
#define OWN_PREFIX "zaalt:"

/* Keys each part sets for itself, combined or rewritten by the merge. */
static bool
per_part(const char *key)
{
    return strcmp(key, ZS_META_STATS) == 0 || strcmp(key, ZS_META_SPELLING) == 0 ||
           strcmp(key, ZS_META_SPELLING_DUE) == 0;
}

static void
collect(const char *key, const char *value, void *user)
{
    if (!per_part(key))
        g_hash_table_replace(user, g_strdup(key), g_strdup(value));
}

/* The keys of the level database `path` that every part must share. */
static GHashTable *
shared_keys(const char *path, GError **error)
{
    zx_db *db = NULL;
    char *msg = NULL;
    if (zx_db_open_parts(&path, 1, NULL, &db, &msg) != ZX_OK) {
        g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_OPEN, "cannot open %s: %s", path, msg ? msg : "?");
        g_free(msg);
        return NULL;
    }
    GHashTable *t = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    if (zx_db_metadata_each(db, OWN_PREFIX, collect, t, &msg) != ZX_OK ||
        zx_db_metadata_each(db, ZS_META_SOURCE_PREFIX, collect, t, &msg) != ZX_OK) {
        g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_OPEN, "cannot read %s: %s", path, msg ? msg : "?");
        g_free(msg);
        g_hash_table_destroy(t);
        t = NULL;
    }
    zx_db_close(db);
    return t;
}

/* A value short enough for a message, shown from `from` characters in. */
static char *
brief(const char *v, glong from)
{
    if (v == NULL)
        return g_strdup("none");
    glong len = g_utf8_strlen(v, -1);
    if (len <= 48)
        return g_strdup_printf("'%s'", v);
    from = MIN(from, MAX(0, len - 48));
    char *part = g_utf8_substring(v, from, MIN(len, from + 48));
    char *out = g_strdup_printf("'%s%s%s'", from > 0 ? "…" : "", part, from + 48 < len ? "…" : "");
    g_free(part);
    return out;
}

/* The characters of `a` and `b` before the first in which they differ. */
static glong
common_prefix(const char *a, const char *b)
{
    if (a == NULL || b == NULL)
        return 0;
    const char *p = a, *q = b;
    while (*p && *p == *q)
        p++, q++;
    while (p > a && (*p & 0xC0) == 0x80) /* back to the start of a character */
        p--;
    return g_utf8_strlen(a, p - a);
}

/* False, naming the first key in which `b` differs from `a`, and which of
 * its settings differs, or where its two values do (both long values are
 * shown from a little before their first difference: two values cut to
 * their first 48 characters looked alike). */
static bool
same_keys(GHashTable *a, const char *a_name, GHashTable *b, const char *b_name, const char *level, GError **error)
{
    GHashTable *tables[2] = {a, b};
    for (int side = 0; side < 2; side++) {
        GHashTableIter it;
        gpointer k, v;
        g_hash_table_iter_init(&it, tables[side]);
        while (g_hash_table_iter_next(&it, &k, &v)) {
            const char *va = g_hash_table_lookup(a, k), *vb = g_hash_table_lookup(b, k);
            if (va && vb && strcmp(va, vb) == 0)
                continue;
            glong from = MAX(0, common_prefix(va, vb) - 16);
            char *ba = brief(va, from), *bb = brief(vb, from);
            char *what = ix_mask_record_difference(k, va, vb);
            char *gloss = what ? g_strdup_printf(" (%s)", what) : g_strdup("");
            g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_OPEN,
                        "%s and %s were not made with one configuration: the %s database's %s%s is %s in one and %s "
                        "in the other; merge only parts of one corpus indexed alike (zaalt index --shard K/N)",
                        a_name, b_name, level, (const char *)k, gloss, ba, bb);
            g_free(gloss);
            g_free(what);
            g_free(ba);
            g_free(bb);
            return false;
        }
    }
    return true;
}

/* ---- Xapian's duplicate keys ------------------------------------------- */

typedef struct {
    bool refused; /* by resolve(), not by Xapian */
} merge_ctx;

static int
by_bytes(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The parts' spelling records added up, word by word: what the merged
 * spelling table holds, since compaction adds up the frequencies. */
static char *
sum_spelling(const char *const *values, size_t n)
{
    GHashTable *sum = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (size_t i = 0; i < n; i++) {
        char **lines = g_strsplit(values[i], "\n", -1);
        for (char **l = lines; *l; l++) {
            char *tab = strchr(*l, '\t');
            if (tab == NULL)
                continue;
            char *word = g_strndup(*l, tab - *l);
            unsigned f = (unsigned)strtoul(tab + 1, NULL, 10);
            g_hash_table_replace(sum, word, GUINT_TO_POINTER(GPOINTER_TO_UINT(g_hash_table_lookup(sum, word)) + f));
        }
        g_strfreev(lines);
    }
    guint len = 0;
    char **words = (char **)g_hash_table_get_keys_as_array(sum, &len);
    qsort(words, len, sizeof *words, by_bytes);
    GString *out = g_string_new(NULL);
    for (guint i = 0; i < len; i++)
        g_string_append_printf(out, "%s\t%u\n", words[i], GPOINTER_TO_UINT(g_hash_table_lookup(sum, words[i])));
    g_free(words);
    g_hash_table_destroy(sum);
    return g_string_free(out, FALSE);
}

static char *
resolve(const char *key, size_t n, const char *const *values, char **why, void *user)
{
    merge_ctx *m = user;
    if (strcmp(key, ZS_META_SPELLING) == 0)
        return sum_spelling(values, n);
    if (g_str_has_prefix(key, ZS_META_FILE_PREFIX) || g_str_has_prefix(key, ZS_META_FAIL_PREFIX)) {
        m->refused = true;
        *why = g_strdup_printf("%zu of the parts hold the file %s: merge parts of disjoint files (zaalt index --shard "
                               "K/N, each part a different K)",
                               n, strchr(key, ':') + 1);
        return NULL;
    }
    /* Alike in every part (checked before), or rewritten after the merge. */
    return g_strdup(values[0]);
}

/* ---- The new folder ------------------------------------------------------ */

/* Empties what a killed merge left in `work` (whose lock we hold). */
static bool
clear_leftovers(const char *work, GError **error)
{
    DIR *d = opendir(work);
    if (d == NULL) {
        g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE, "cannot read %s: %s", work, g_strerror(errno));
        return false;
    }
    GPtrArray *gone = g_ptr_array_new_with_free_func(g_free);
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0 && strcmp(e->d_name, IX_LOCK_FILE) != 0)
            g_ptr_array_add(gone, g_build_filename(work, e->d_name, NULL));
    closedir(d);
    bool ok = true;
    for (guint i = 0; ok && i < gone->len; i++) {
        const char *p = gone->pdata[i];
        if (g_file_test(p, G_FILE_TEST_IS_DIR) && !g_file_test(p, G_FILE_TEST_IS_SYMLINK))
            ok = ix_folder_remove(p, error);
        else if (unlink(p) != 0 && errno != ENOENT) {
            g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE, "cannot remove %s: %s", p, g_strerror(errno));
            ok = false;
        }
    }
    g_ptr_array_free(gone, TRUE);
    return ok;
}

/* True when `dir` does not exist or is an empty folder. */
static bool
vacant(const char *dir, GError **error)
{
    DIR *d = opendir(dir);
    if (d == NULL) {
        if (errno == ENOENT)
            return true;
        g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_OPEN, "%s cannot be the new index: %s", dir,
                    g_strerror(errno));
        return false;
    }
    struct dirent *e;
    bool empty = true;
    while (empty && (e = readdir(d)) != NULL)
        empty = strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0;
    closedir(d);
    if (!empty)
        g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_OPEN,
                    "%s already holds something: zaalt merge writes a new index folder (name one that does not "
                    "exist)",
                    dir);
    return empty;
}

/* Each part holds an index, none twice, none the new folder. */
static bool
check_parts(const char *const *parts, size_t n, const char *dir, GError **error)
{
    GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, free, NULL);
    char *dir_real = realpath(dir, NULL);
    bool ok = true;
    for (size_t i = 0; ok && i < n; i++) {
        bool any = false;
        for (int l = 0; l < ZS_N_LEVELS; l++) {
            char *p = zs_level_path(parts[i], l);
            any = any || g_file_test(p, G_FILE_TEST_IS_DIR);
            g_free(p);
        }
        char *real = realpath(parts[i], NULL);
        if (!any || real == NULL) {
            g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_OPEN,
                        "no index at %s: it has no public, restricted or sealed database", parts[i]);
            ok = false;
        } else if (g_hash_table_contains(seen, real) || (dir_real && strcmp(real, dir_real) == 0)) {
            g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_OPEN, "%s is named twice (%s)", parts[i],
                        dir_real && strcmp(real, dir_real) == 0 ? "as a part and as the new index" : "as two parts");
            ok = false;
        }
        if (real)
            g_hash_table_add(seen, real);
    }
    free(dir_real);
    g_hash_table_destroy(seen);
    return ok;
}

/* Every part's databases of each level agree on the shared keys. */
static bool
check_alike(const char *const *parts, size_t n, GError **error)
{
    bool ok = true;
    for (int l = 0; ok && l < ZS_N_LEVELS; l++) {
        GHashTable *first = NULL;
        const char *first_name = NULL;
        for (size_t i = 0; ok && i < n; i++) {
            char *p = zs_level_path(parts[i], l);
            if (g_file_test(p, G_FILE_TEST_IS_DIR)) {
                GHashTable *t = shared_keys(p, error);
                ok = t != NULL;
                if (ok && first == NULL) {
                    first = t;
                    first_name = parts[i];
                    t = NULL;
                } else if (ok) {
                    ok = same_keys(first, first_name, t, parts[i], zs_levels[l], error);
                }
                if (t)
                    g_hash_table_destroy(t);
            }
            g_free(p);
        }
        if (first)
            g_hash_table_destroy(first);
    }
    return ok;
}

/* What a part holds, read before anything is merged. */
typedef struct {
    bool present[ZS_N_LEVELS];  /* the level's folder is there */
    unsigned docs[ZS_N_LEVELS]; /* its documents (a masked unit's two copies both count) */
} part_holds;

static void
unreadable(const char *part, int level, const char *path, const char *msg, GError **error)
{
    g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_OPEN,
                "the part %s cannot be merged: its %s database %s cannot be read (%s); the part is damaged: zaalt "
                "index --force --db %s with its --shard rebuilds it",
                part, zs_levels[level], path, msg ? msg : "?", part);
}

static void
keep_last_run(const char *key, const char *value, void *user)
{
    if (strcmp(key, ZS_META_STATS) == 0) {
        g_free(*(char **)user);
        *(char **)user = g_strdup(value);
    }
}

/* Opens every level of the index folder `part` that is there and reads
 * its documents and last-run line: false, naming the part, the level and
 * why, for a level Xapian cannot open (damaged: a file cut short or
 * overwritten) or one whose last index run did not finish (stopped by a
 * full disk, an error, a signal or a kill: the part lacks files of its
 * share, and a merge would lose them without a word). */
static bool
read_part(const char *part, part_holds *h, GError **error)
{
    memset(h, 0, sizeof *h);
    for (int l = 0; l < ZS_N_LEVELS; l++) {
        char *p = zs_level_path(part, l);
        h->present[l] = g_file_test(p, G_FILE_TEST_IS_DIR);
        zx_db *db = NULL;
        char *msg = NULL;
        bool ok = true;
        if (h->present[l] && zx_db_open_parts((const char *const *)&p, 1, NULL, &db, &msg) != ZX_OK) {
            unreadable(part, l, p, msg, error);
            ok = false;
        } else if (db) {
            h->docs[l] = zx_db_doccount(db);
            /* Every key read, not one looked up: a lookup that fails says
             * "absent". */
            char *last = NULL;
            if (zx_db_metadata_each(db, "", keep_last_run, &last, &msg) != ZX_OK) {
                unreadable(part, l, p, msg, error);
                ok = false;
            } else if (!ix_run_finished(last)) {
                g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_OPEN,
                            "the part %s cannot be merged: its last index run did not finish (its %s database "
                            "says: %s), so it lacks files of its share; run the same zaalt index --shard on it "
                            "again, which goes on from where it stopped",
                            part, zs_levels[l], last && *last ? last : "no run finished");
                ok = false;
            }
            g_free(last);
            zx_db_close(db);
        }
        g_free(msg);
        g_free(p);
        if (!ok)
            return false;
    }
    return true;
}

static unsigned
part_docs(const part_holds *h)
{
    unsigned n = 0;
    for (int l = 0; l < ZS_N_LEVELS; l++)
        n += h->docs[l];
    return n;
}

/* Whether the merged database `dst` holds `want` documents, the sum of
 * its parts': Xapian's compaction is trusted to copy, not to say when a
 * source it read gave less than it holds. */
static bool
holds_all(const char *dst, const char *level, unsigned want, GError **error)
{
    zx_db *db = NULL;
    char *msg = NULL;
    unsigned got = 0;
    bool opened = zx_db_open_parts(&dst, 1, NULL, &db, &msg) == ZX_OK;
    if (opened) {
        got = zx_db_doccount(db);
        zx_db_close(db);
    }
    if (!opened)
        g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE,
                    "the merged %s database cannot be read back (%s): nothing was made", level, msg ? msg : "?");
    else if (got != want)
        g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE,
                    "the merged %s database holds %u documents and its parts %u: nothing was made (a part may "
                    "be damaged: zaalt stats --db PART)",
                    level, got, want);
    g_free(msg);
    return opened && got == want;
}

/* Each level's parts merged into work/LEVEL, each then checked to hold
 * every document of its parts (`holds`, one a part). */
static bool
merge_levels(const char *const *parts, const part_holds *holds, size_t n, const char *work, ix_merge_result *out,
             GError **error)
{
    bool ok = true;
    for (int l = 0; ok && l < ZS_N_LEVELS; l++) {
        GPtrArray *srcs = g_ptr_array_new_with_free_func(g_free);
        unsigned want = 0;
        for (size_t i = 0; i < n; i++)
            if (holds[i].present[l]) {
                g_ptr_array_add(srcs, zs_level_path(parts[i], l));
                want += holds[i].docs[l];
            }
        out->levels[l].present = srcs->len > 0;
        if (srcs->len > 0) {
            char *dst = zs_level_path(work, l);
            merge_ctx m = {0};
            char *msg = NULL;
            if (zx_db_merge((const char *const *)srcs->pdata, srcs->len, dst, resolve, &m, &msg) != ZX_OK) {
                g_set_error(error, IX_WRITE_ERROR, m.refused ? IX_WRITE_ERROR_OPEN : IX_WRITE_ERROR_WRITE,
                            "the %s databases could not be merged: %s", zs_levels[l], msg ? msg : "failed");
                g_free(msg);
                ok = false;
            }
            ok = ok && holds_all(dst, zs_levels[l], want, error);
            g_free(dst);
        }
        g_ptr_array_free(srcs, TRUE);
    }
    return ok;
}

/* The merged levels finished as an index run finishes: each spelling
 * dictionary completed, the last-run line, one commit. */
static bool
finish(const char *work, size_t n, ix_merge_result *out, GError **error)
{
    ix_writer *w = ix_writer_open(work, error);
    if (w == NULL)
        return false;
    unsigned units = 0;
    bool ok = true;
    for (int l = 0; ok && l < ZS_N_LEVELS; l++) {
        zx_db *db = ix_writer_db(w, l);
        out->levels[l].units = zs_units_in(db);
        units += out->levels[l].units;
        ix_writer_rewrites(w, l);
        ok = ix_build_spelling(db, error) && ix_writer_set(w, l, ZS_META_SPELLING_DUE, "", error);
    }
    if (ok) {
        GDateTime *now = g_date_time_new_now_utc();
        char *stamp = g_date_time_format_iso8601(now);
        g_date_time_unref(now);
        char *line = g_strdup_printf("%s: merged from %zu indexes, %u units", stamp, n, units);
        ok = ix_writer_set_all(w, ZS_META_STATS, line, error) && ix_writer_commit(w, error);
        g_free(line);
        g_free(stamp);
    }
    ix_writer_close(w);
    for (int l = 0; ok && l < ZS_N_LEVELS; l++) {
        char *p = zs_level_path(work, l);
        out->levels[l].bytes = ix_folder_bytes(p);
        g_free(p);
    }
    return ok;
}

bool
ix_merge(const char *const *parts, size_t n, const char *dir, ix_merge_result *out, GError **error)
{
    memset(out, 0, sizeof *out);
    gint64 t0 = g_get_monotonic_time();
    if (n == 0) {
        g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_OPEN, "nothing to merge: name the parts' index folders");
        return false;
    }
    if (!vacant(dir, error) || !check_parts(parts, n, dir, error))
        return false;
    char *parent = g_path_get_dirname(dir), *base = g_path_get_basename(dir);
    char *work_name = g_strdup_printf(".%s.merging", base);
    char *work = g_build_filename(parent, work_name, NULL);
    ix_lock **locks = g_new0(ix_lock *, n);
    ix_lock *work_lock = NULL;
    bool ok = true;
    for (size_t i = 0; ok && i < n; i++)
        ok = (locks[i] = ix_lock_take(parts[i], error)) != NULL;
    /* Every level of every part read whole before anything is made: one
     * that cannot be read, or that a run left unfinished, refuses the
     * merge. */
    part_holds *holds = g_new0(part_holds, n);
    for (size_t i = 0; ok && i < n; i++)
        ok = read_part(parts[i], &holds[i], error);
    if (ok && g_mkdir_with_parents(work, 0755) != 0) {
        g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE, "cannot make %s: %s", work, g_strerror(errno));
        ok = false;
    }
    if (ok && (work_lock = ix_lock_take(work, error)) == NULL) {
        ok = false;
        if (g_error_matches(*error, IX_WRITE_ERROR, IX_WRITE_ERROR_LOCKED)) {
            g_clear_error(error);
            g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_LOCKED, "another zaalt merge is writing %s (in %s)", dir,
                        work);
        }
    }
    /* A part given no file (a small corpus in many parts), whose databases
     * open and whose run finished, adds nothing, and lacks what only a run
     * that writes records (the glossary's phrases): it is left out, and
     * named, unless every part is empty. */
    GPtrArray *full = g_ptr_array_new(), *empty = g_ptr_array_new_with_free_func(g_free);
    part_holds *full_holds = g_new0(part_holds, n);
    for (size_t i = 0; ok && i < n; i++) {
        if (part_docs(&holds[i]) > 0) {
            full_holds[full->len] = holds[i];
            g_ptr_array_add(full, (gpointer)parts[i]);
        } else {
            g_ptr_array_add(empty, g_strdup(parts[i]));
        }
    }
    bool all_empty = full->len == 0;
    const char *const *some = all_empty ? parts : (const char *const *)full->pdata;
    size_t n_some = all_empty ? n : full->len;
    ok = ok && clear_leftovers(work, error) && check_alike(some, n_some, error) &&
         merge_levels(some, all_empty ? holds : full_holds, n_some, work, out, error) && finish(work, n, out, error);
    g_ptr_array_free(full, TRUE);
    g_free(full_holds);
    g_free(holds);
    if (ok && rename(work, dir) != 0) {
        g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE, "cannot put the merged index %s in place as %s: %s",
                    work, dir, g_strerror(errno));
        ok = false;
    }
    if (ok && !all_empty && empty->len > 0) {
        g_ptr_array_add(empty, NULL);
        out->left_out = (char **)g_ptr_array_free(empty, FALSE);
    } else {
        g_ptr_array_free(empty, TRUE);
    }
    if (ok)
        ix_folder_sync(parent);
    ix_lock_release(work_lock);
    /* A failed merge leaves nothing; one killed here is cleared by the next. */
    if (!ok && work_lock)
        ix_folder_remove(work, NULL);
    for (size_t i = 0; i < n; i++)
        ix_lock_release(locks[i]);
    g_free(locks);
    g_free(work);
    g_free(work_name);
    g_free(base);
    g_free(parent);
    out->seconds = (g_get_monotonic_time() - t0) / 1e6;
    return ok;
}

static void
add_file_key(const char *key, const char *value, void *user)
{
    if (*value)
        g_hash_table_add(user, g_strdup(strchr(key, ':') + 1));
}

/* "SOURCE/PATH" of every file the index folder `dir` holds or failed on,
 * or NULL when a level cannot be read. */
static GHashTable *
files_of_index(const char *dir, GError **error)
{
    GHashTable *files = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (int l = 0; files && l < ZS_N_LEVELS; l++) {
        char *path = zs_level_path(dir, l);
        zx_db *db = NULL;
        char *msg = NULL;
        if (g_file_test(path, G_FILE_TEST_IS_DIR) &&
            (zx_db_open_parts((const char *const *)&path, 1, NULL, &db, &msg) != ZX_OK ||
             zx_db_metadata_each(db, ZS_META_FILE_PREFIX, add_file_key, files, &msg) != ZX_OK ||
             zx_db_metadata_each(db, ZS_META_FAIL_PREFIX, add_file_key, files, &msg) != ZX_OK)) {
            g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_OPEN, "cannot read the manifest of %s: %s", path,
                        msg ? msg : "?");
            g_hash_table_destroy(files);
            files = NULL;
        }
        if (db)
            zx_db_close(db);
        g_free(msg);
        g_free(path);
    }
    return files;
}

/* How many files the old index `dir` held that the rebuilt `next` does
 * not: a rebuild removes files gone since, and says how many, as a run
 * does. */
static bool
count_removed(const char *dir, const char *next, unsigned *removed, GError **error)
{
    *removed = 0;
    GHashTable *old = files_of_index(dir, error);
    GHashTable *now = old ? files_of_index(next, error) : NULL;
    if (now) {
        GHashTableIter it;
        gpointer key;
        g_hash_table_iter_init(&it, old);
        while (g_hash_table_iter_next(&it, &key, NULL))
            *removed += !g_hash_table_contains(now, key);
    }
    bool ok = now != NULL;
    if (old)
        g_hash_table_destroy(old);
    if (now)
        g_hash_table_destroy(now);
    return ok;
}

bool
ix_merge_over(const char *const *parts, size_t n, const char *dir, ix_merge_result *out, GError **error)
{
    memset(out, 0, sizeof *out);
    char *parent = g_path_get_dirname(dir), *base = g_path_get_basename(dir);
    char *next_name = g_strdup_printf(".%s.rebuilt", base);
    char *next = g_build_filename(parent, next_name, NULL);
    bool ok = ix_folder_remove(next, error) && ix_merge(parts, n, next, out, error) &&
              count_removed(dir, next, &out->removed, error);
    for (int l = 0; ok && l < ZS_N_LEVELS; l++) {
        char *fresh = zs_level_path(next, l), *live = zs_level_path(dir, l);
        bool have_fresh = g_file_test(fresh, G_FILE_TEST_IS_DIR), have_live = g_file_test(live, G_FILE_TEST_IS_DIR);
        int rc = 0;
        if (have_fresh && have_live)
            rc = renameat2(AT_FDCWD, fresh, AT_FDCWD, live, RENAME_EXCHANGE);
        else if (have_fresh)
            rc = rename(fresh, live);
        else if (have_live)
            rc = rename(live, fresh); /* no part has it: it goes with the old ones */
        if (rc != 0) {
            int e = errno;
            g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE,
                        "cannot put the rebuilt %s database %s in place of %s: %s%s", zs_levels[l], fresh, live,
                        g_strerror(e),
                        e == EINVAL ? " (this file system cannot exchange two folders in one step)" : "");
            ok = false;
        }
        g_free(fresh);
        g_free(live);
    }
    if (ok) {
        ix_folder_sync(dir); /* the exchanges are on disk before the old copies go */
        for (int l = 0; l < ZS_N_LEVELS; l++) {
            char *p = zs_level_path(dir, l);
            out->levels[l].present = g_file_test(p, G_FILE_TEST_IS_DIR);
            out->levels[l].bytes = ix_folder_bytes(p);
            g_free(p);
        }
    }
    /* `next` holds the old databases now, or what a failed merge left; the
     * next rebuild clears what cannot be removed here. */
    ix_folder_remove(next, NULL);
    g_free(next);
    g_free(next_name);
    g_free(base);
    g_free(parent);
    return ok;
}
