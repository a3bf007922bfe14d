/* walk.c — the files of a run's sources, and which of them to extract
 * (walk.h).
 *
 * Not for: the manifest's records (manifest.c), or extraction.
 */
#include "indexer/walk.h"

#include <stdlib.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "core/record.h"
#include "core/schema.h"
#include "indexer/manifest.h"
#include "indexer/writer.h"

/* Deeper folders than this are not walked: a loop made some other way
 * than by a symbolic link (a bind mount) must still end. */
#define MAX_DEPTH 32

void
ix_job_free(ix_job *j)
{
    if (!j)
        return;
    g_free(j->relpath);
    g_free(j->abspath);
    if (j->skip)
        g_array_free(j->skip, TRUE);
    g_free(j->note);
    g_free(j);
}

unsigned
ix_shard_of(const char *source, const char *relpath, unsigned shards)
{
    if (shards <= 1)
        return 1;
    /* The document id is already a stable hash of source/path (SHA-1). */
    char *id = zr_doc_make_id(source, relpath);
    guint64 h = g_ascii_strtoull(id, NULL, 16);
    g_free(id);
    return (unsigned)(h % shards) + 1;
}

static bool
consider_file(ix_walk *wk, guint source_index, const char *rel, const char *abs, GError **error)
{
    const ix_options *opts = wk->opts;
    ix_source *src = opts->sources->pdata[source_index];
    if (wk->halted || (wk->stopped && (wk->halted = wk->stopped(wk->stop_user))))
        return true;
    if (ix_source_excludes(src, rel))
        return true;
    /* A file of another shard is not seen: if this shard held it before
     * (the shard count changed), the end of the walk removes it. */
    if (opts->shards > 1 && ix_shard_of(src->name, rel, opts->shards) != opts->shard)
        return true;
    struct stat sb;
    if (stat(abs, &sb) != 0) {
        /* A dangling or looping link: the walk named it.  A file the walk
         * may list but not reach (a folder without search permission) is
         * not gone: it is named, and what was indexed from it kept. */
        int e = errno;
        if (e != ENOENT && e != ELOOP && e != ENOTDIR) {
            g_hash_table_add(wk->seen, ix_manifest_key("", src, rel));
            g_ptr_array_add(wk->sum->failures,
                            g_strdup_printf("%s/%s: cannot be reached (%s); what was indexed from it is kept as it was",
                                            src->name, rel, g_strerror(e)));
        }
        return true;
    }
    if (!S_ISREG(sb.st_mode)) {
        const char *what = S_ISFIFO(sb.st_mode)                          ? "a FIFO"
                           : S_ISSOCK(sb.st_mode)                        ? "a socket"
                           : S_ISCHR(sb.st_mode) || S_ISBLK(sb.st_mode) ? "a device"
                                                                          : "no regular file";
        g_ptr_array_add(wk->sum->skipped, g_strdup_printf("%s/%s: %s, not read", src->name, rel, what));
        return true;
    }
    g_hash_table_add(wk->seen, ix_manifest_key("", src, rel));
    ix_file_state state;
    if (!ix_manifest_check(wk->writer, src, rel, abs, &sb, opts->force || src->remask, opts->retry_failed, &state,
                           error))
        return false;
    if (state == IX_FILE_UNCHANGED) {
        wk->sum->unchanged++;
        if (wk->unchanged)
            g_hash_table_add(wk->unchanged, ix_manifest_key("", src, rel));
    } else if (state == IX_FILE_STILL_FAILED) {
        wk->sum->still_failed++;
    } else {
        if (state == IX_FILE_OUTDATED)
            wk->sum->outdated++;
        ix_job *j = g_new0(ix_job, 1);
        j->src = src;
        j->source_index = source_index;
        j->relpath = g_strdup(rel);
        j->abspath = g_strdup(abs);
        j->stamp = ix_file_stamp_of(&sb);
        g_ptr_array_add(wk->jobs, j);
    }
    return true;
}

static gint
str_cmp(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A symbolic link to a file is followed only when the file it leads to is
 * inside the source's own folder (unless --follow-links): a link to
 * /etc/shadow dropped into a corpus must not make that file searchable.
 * The server applies the same test before sending a file
 * (zs_document_file), whatever the indexer was told. */
static bool
link_stays_inside(const ix_source *src, const char *abs)
{
    char *real = realpath(abs, NULL);
    bool inside = zr_real_path_below(real, src->root);
    free(real);
    return inside;
}

static void
add_seen(const char *key, const char *value, void *user)
{
    g_hash_table_add(user, g_strdup(strchr(key, ':') + 1));
}

/* A folder the walk cannot read is not an empty one: what was indexed from
 * it stays as it was (its manifest entries count as seen, so the end of
 * the run removes none of them), and the run says so among its failures. */
static bool
keep_unread(ix_walk *wk, const ix_source *src, const char *rel_dir, const char *why, GError **error)
{
    bool ok = true;
    /* Its failure records too: a file that failed there is not gone. */
    for (int k = 0; ok && k < 2 * ZS_N_LEVELS; k++) {
        int l = k % ZS_N_LEVELS;
        char *key = ix_manifest_key(k < ZS_N_LEVELS ? ZS_META_FILE_PREFIX : ZS_META_FAIL_PREFIX, src,
                                    *rel_dir ? rel_dir : "");
        char *prefix = *rel_dir ? g_strconcat(key, "/", NULL) : g_strdup(key);
        g_free(key);
        char *msg = NULL;
        if (zx_db_metadata_each(ix_writer_db(wk->writer, l), prefix, add_seen, wk->seen, &msg) != ZX_OK) {
            g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE, "the %s database: cannot read its manifest: %s",
                        zs_levels[l], msg != NULL ? msg : "failed");
            ok = false;
        }
        g_free(msg);
        g_free(prefix);
    }
    g_ptr_array_add(wk->sum->failures, g_strdup_printf("%s/%s: %s; what was indexed from it is kept as it was",
                                                        src->name, *rel_dir ? rel_dir : ".", why));
    /* Recorded as a file's failure is, so that `zaalt stats` lists it
     * after the run; the first run that reads the folder again removes the
     * record as a gone file's (ix_manifest_remove_gone), since then nothing
     * marks it seen. */
    const char *rel = *rel_dir ? rel_dir : ".";
    char *abs = *rel_dir ? g_build_filename(src->root, rel_dir, NULL) : g_strdup(src->root);
    struct stat sb;
    ix_file_stamp stamp = {0};
    if (stat(abs, &sb) == 0)
        stamp = ix_file_stamp_of(&sb);
    g_free(abs);
    char *kept = NULL;
    char *reason = g_strdup_printf("%s; what was indexed from it is kept as it was", why);
    ok = ok && ix_manifest_record_failure(wk->writer, src, rel, reason, &stamp, &kept, error);
    g_free(reason);
    g_free(kept);
    char *key = ix_manifest_key(ZS_META_FAIL_PREFIX, src, rel);
    g_hash_table_add(wk->seen, g_strdup(strchr(key, ':') + 1));
    g_free(key);
    return ok;
}

static void
count_entry(const char *key, const char *value, void *user)
{
    (*(guint *)user)++;
}

/* Whether the manifest holds a file of source `src` below `rel_dir` ("":
 * anywhere). */
static bool
has_entries(ix_walk *wk, const ix_source *src, const char *rel_dir)
{
    char *sub = *rel_dir ? g_strconcat(rel_dir, "/", NULL) : g_strdup("");
    char *key = ix_manifest_key(ZS_META_FILE_PREFIX, src, sub);
    g_free(sub);
    guint n = 0;
    for (int l = 0; n == 0 && l < ZS_N_LEVELS; l++) {
        char *msg = NULL;
        zx_db_metadata_each(ix_writer_db(wk->writer, l), key, count_entry, &n, &msg);
        g_free(msg);
    }
    g_free(key);
    return n > 0;
}

/* A Xapian database, or a Zaalt index holding one per level: its files
 * are no one's documents, and the index being written may be among them
 * (an index kept inside the corpus it indexes). */
static bool
is_index_folder(const char *abs)
{
    static const char *const marks[] = {"iamglass", "iamchert", "iamhoney", "public/iamglass"};
    bool found = false;
    for (gsize i = 0; !found && i < G_N_ELEMENTS(marks); i++) {
        char *p = g_build_filename(abs, marks[i], NULL);
        found = g_file_test(p, G_FILE_TEST_IS_REGULAR);
        g_free(p);
    }
    return found;
}

/* The folder of a page's parts that Word's "Save as web page" writes
 * beside it (NAME_files, or its localised name): its filelist.xml names
 * the page as its MainFile ("../NAME.htm"), and the page is there.  Its
 * images, theme and lists are the page's, read with it; walked, they
 * added a failure ("no text") and a skip to every run (probe F2, F8). */
static bool
is_web_page_parts(const char *abs, const char *parent)
{
    char *list = g_build_filename(abs, "filelist.xml", NULL);
    char *xml = NULL;
    gsize len = 0;
    GStatBuf st;
    bool parts = false;
    if (g_stat(list, &st) == 0 && S_ISREG(st.st_mode) && st.st_size < 65536 &&
        g_file_get_contents(list, &xml, &len, NULL)) {
        const char *main = strstr(xml, "MainFile HRef=\"../");
        const char *name = main != NULL ? main + strlen("MainFile HRef=\"../") : NULL;
        const char *end = name != NULL ? strchr(name, '"') : NULL;
        if (end != NULL && end > name && memchr(name, '/', (size_t)(end - name)) == NULL) {
            char *page_name = g_strndup(name, (gsize)(end - name));
            char *page = g_build_filename(parent, page_name, NULL);
            parts = g_file_test(page, G_FILE_TEST_IS_REGULAR);
            g_free(page);
            g_free(page_name);
        }
        g_free(xml);
    }
    g_free(list);
    return parts;
}

static bool
walk(ix_walk *wk, guint source_index, const char *rel_dir, int depth, GError **error)
{
    ix_source *src = wk->opts->sources->pdata[source_index];
    if (depth > MAX_DEPTH)
        return keep_unread(wk, src, rel_dir, "a folder deeper than " G_STRINGIFY(MAX_DEPTH) " levels, not walked",
                           error);
    char *dir_abs = *rel_dir ? g_build_filename(src->root, rel_dir, NULL) : g_strdup(src->root);
    GError *open_err = NULL;
    GDir *d = g_dir_open(dir_abs, 0, &open_err);
    if (!d) {
        char *why = g_strdup_printf("cannot read the folder (%s)", open_err->message);
        g_error_free(open_err);
        g_free(dir_abs);
        bool ok = keep_unread(wk, src, rel_dir, why, error);
        g_free(why);
        return ok;
    }
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    const char *name;
    while ((name = g_dir_read_name(d)))
        if (name[0] != '.')
            g_ptr_array_add(names, g_strdup(name));
    g_dir_close(d);
    g_ptr_array_sort(names, str_cmp);
    bool ok = true;
    /* A source whose folder is empty now, with files indexed from it: an
     * unmounted share or a failed copy looks so, and must not empty the
     * index.  --force takes the folder at its word.  The same for the one
     * folder of a source a run walks (src->under). */
    if (strcmp(rel_dir, src->under ? src->under : "") == 0 && names->len == 0 && !wk->opts->force &&
        has_entries(wk, src, rel_dir)) {
        ok = keep_unread(wk, src, rel_dir,
                         "the source folder is empty (a share not mounted, a copy that failed?); run with --force "
                         "to remove what was indexed from it",
                         error);
        g_ptr_array_free(names, TRUE);
        g_free(dir_abs);
        return ok;
    }
    for (guint i = 0; ok && !wk->halted && i < names->len; i++) {
        const char *nm = names->pdata[i];
        char *rel = *rel_dir ? g_strconcat(rel_dir, "/", nm, NULL) : g_strdup(nm);
        char *abs = g_build_filename(dir_abs, nm, NULL);
        /* Symbolic links to folders are not followed: they could loop or
         * lead out of the corpus. */
        if (g_file_test(abs, G_FILE_TEST_IS_DIR)) {
            if (ix_source_excludes(src, rel))
                ;
            else if (is_index_folder(abs))
                g_ptr_array_add(wk->sum->skipped,
                                g_strdup_printf("%s/%s: a search index (this one or another), not read", src->name, rel));
            else if (is_web_page_parts(abs, dir_abs))
                ; /* the parts of the page beside it */
            else if (!g_file_test(abs, G_FILE_TEST_IS_SYMLINK))
                ok = walk(wk, source_index, rel, depth + 1, error);
            else
                g_ptr_array_add(wk->sum->skipped,
                                g_strdup_printf("%s/%s: a symbolic link to a folder, not followed", src->name, rel));
        } else if (wk->opts->follow_links || !g_file_test(abs, G_FILE_TEST_IS_SYMLINK) || link_stays_inside(src, abs)) {
            ok = consider_file(wk, source_index, rel, abs, error);
        } else if (!ix_source_excludes(src, rel)) {
            /* g_file_test follows links: one that leads nowhere is no file. */
            bool dangling = !g_file_test(abs, G_FILE_TEST_EXISTS);
            g_ptr_array_add(wk->sum->skipped,
                            g_strdup_printf("%s/%s: a symbolic link %s, not indexed", src->name, rel,
                                            dangling ? "that leads nowhere (broken, or a loop)"
                                                     : "leading out of the source"));
        }
        g_free(rel);
        g_free(abs);
    }
    g_ptr_array_free(names, TRUE);
    g_free(dir_abs);
    return ok;
}

bool
ix_walk_source(ix_walk *wk, guint source_index, GError **error)
{
    ix_source *src = wk->opts->sources->pdata[source_index];
    if (src->under)
        return walk(wk, source_index, src->under, 0, error);
    if (!src->only)
        return walk(wk, source_index, "", 0, error);
    char *abs = g_build_filename(src->root, src->only, NULL);
    bool ok = consider_file(wk, source_index, src->only, abs, error);
    g_free(abs);
    return ok;
}
