/* test_manifest.c — what the manifest decides of a file on disk.
 *
 * Proves: a file recorded by this build and untouched is unchanged; a
 * record written under an earlier extraction version (or before versions
 * were kept) makes the file OUTDATED, read again though unchanged; a
 * failure recorded under an earlier version is tried again while one of
 * this version is not; the records written carry this build's version and
 * keep a due day in its own field.
 *
 * Not for: the walk and the run's summary (t10-index.sh), or due days
 * themselves (test_amendment.c).
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "core/schema.h"
#include "indexer/manifest.h"
#include "indexer/sources.h"
#include "indexer/writer.h"

typedef struct fixture {
    char *dir;
    char *file;
    ix_source *src;
    ix_writer *w;
    struct stat sb;
} fixture;

static void
setup(fixture *fx, gconstpointer data)
{
    GError *err = NULL;
    fx->dir = g_dir_make_tmp("zaalt-manifest-XXXXXX", &err);
    g_assert_no_error(err);
    char *corpus = g_build_filename(fx->dir, "corpus", NULL);
    g_assert_cmpint(g_mkdir(corpus, 0755), ==, 0);
    fx->file = g_build_filename(corpus, "law.txt", NULL);
    g_assert_true(g_file_set_contents(fx->file, "Demo (fictional). 1 дүгээр зүйл. Туршилт.\n", -1, &err));
    g_assert_no_error(err);
    g_assert_cmpint(g_stat(fx->file, &fx->sb), ==, 0);
    fx->src = ix_source_for_path(corpus, "public", &err);
    g_assert_no_error(err);
    char *db = g_build_filename(fx->dir, "db", NULL);
    g_assert_cmpint(g_mkdir(db, 0755), ==, 0);
    fx->w = ix_writer_open(db, &err);
    g_assert_no_error(err);
    g_free(db);
    g_free(corpus);
}

static void
teardown(fixture *fx, gconstpointer data)
{
    ix_writer_close(fx->w);
    ix_source_free(fx->src);
    char *argv[] = {"rm", "-rf", fx->dir, NULL};
    g_spawn_sync(NULL, argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
    g_free(fx->file);
    g_free(fx->dir);
}

static ix_file_state
check(fixture *fx)
{
    GError *err = NULL;
    ix_file_state state = IX_FILE_CHANGED;
    g_assert_true(ix_manifest_check(fx->w, fx->src, "law.txt", fx->file, &fx->sb, false, false, &state, &err));
    g_assert_no_error(err);
    return state;
}

static char *
record_of(fixture *fx, const char *prefix)
{
    char *key = ix_manifest_key(prefix, fx->src, "law.txt");
    char *value = zx_db_get_metadata(ix_writer_db(fx->w, 0), key);
    g_free(key);
    return value;
}

static void
set_record(fixture *fx, const char *prefix, const char *value)
{
    GError *err = NULL;
    char *key = ix_manifest_key(prefix, fx->src, "law.txt");
    g_assert_true(ix_writer_set(fx->w, 0, key, value, &err));
    g_assert_no_error(err);
    g_free(key);
}

static void
record(fixture *fx, const char *due)
{
    GError *err = NULL;
    ix_file_stamp stamp = ix_file_stamp_of(&fx->sb);
    g_assert_true(ix_manifest_record(fx->w, 0, fx->src, "law.txt", &stamp, "0123456789ab", 1, "00ff", due, &err));
    g_assert_no_error(err);
}

/* A record of this build, untouched file: unchanged; its fields in place. */
static void
test_current(fixture *fx, gconstpointer data)
{
    record(fx, "20990101");
    g_assert_cmpint(check(fx), ==, IX_FILE_UNCHANGED);
    char *value = record_of(fx, ZS_META_FILE_PREFIX);
    char **f = g_strsplit(value, "\t", -1);
    g_assert_cmpuint(g_strv_length(f), ==, ZS_MANIFEST_FIELDS);
    g_assert_cmpstr(f[ZS_MANIFEST_DUE], ==, "20990101");
    g_assert_cmpstr(f[ZS_MANIFEST_EXTRACTION], ==, IX_EXTRACTION_VERSION);
    g_strfreev(f);
    g_free(value);
    /* Without a due day, the field is there and empty. */
    record(fx, NULL);
    value = record_of(fx, ZS_META_FILE_PREFIX);
    f = g_strsplit(value, "\t", -1);
    g_assert_cmpstr(f[ZS_MANIFEST_DUE], ==, "");
    g_assert_cmpstr(f[ZS_MANIFEST_EXTRACTION], ==, IX_EXTRACTION_VERSION);
    g_strfreev(f);
    g_free(value);
    g_assert_cmpint(check(fx), ==, IX_FILE_UNCHANGED);
}

/* The same record with its version field taken away (as written before
 * versions were kept), or naming another version: read again. */
static void
test_earlier(fixture *fx, gconstpointer data)
{
    record(fx, NULL);
    char *value = record_of(fx, ZS_META_FILE_PREFIX);
    char **f = g_strsplit(value, "\t", -1);
    char *before = g_strjoinv("\t", (char *[]){f[0], f[1], f[2], f[3], f[4], f[5], f[6], NULL});
    set_record(fx, ZS_META_FILE_PREFIX, before);
    g_assert_cmpint(check(fx), ==, IX_FILE_OUTDATED);
    g_free(f[ZS_MANIFEST_EXTRACTION]);
    f[ZS_MANIFEST_EXTRACTION] = g_strdup("1");
    char *other = g_strjoinv("\t", f);
    set_record(fx, ZS_META_FILE_PREFIX, other);
    g_assert_cmpint(check(fx), ==, IX_FILE_OUTDATED);
    /* Forced, it is just changed. */
    GError *err = NULL;
    ix_file_state state;
    g_assert_true(ix_manifest_check(fx->w, fx->src, "law.txt", fx->file, &fx->sb, true, false, &state, &err));
    g_assert_cmpint(state, ==, IX_FILE_CHANGED);
    g_free(other);
    g_free(before);
    g_strfreev(f);
    g_free(value);
}

/* A failure of this version is not tried again; one recorded before
 * versions were kept is. */
static void
test_failed(fixture *fx, gconstpointer data)
{
    GError *err = NULL;
    ix_file_stamp stamp = ix_file_stamp_of(&fx->sb);
    char *kept = NULL;
    g_assert_true(ix_manifest_record_failure(fx->w, fx->src, "law.txt", "damaged\tfile", &stamp, &kept, &err));
    g_assert_no_error(err);
    g_assert_null(kept); /* nothing indexed before */
    g_assert_cmpint(check(fx), ==, IX_FILE_STILL_FAILED);
    char *value = record_of(fx, ZS_META_FAIL_PREFIX);
    char **f = g_strsplit(value, "\t", -1);
    g_assert_cmpuint(g_strv_length(f), ==, 6);
    g_assert_cmpstr(f[0], ==, "damaged file");
    g_assert_cmpstr(f[5], ==, IX_EXTRACTION_VERSION);
    f[5][0] = '\0';
    char *before = g_strjoinv("\t", f);
    before[strlen(before) - 1] = '\0'; /* the tab before the empty field */
    set_record(fx, ZS_META_FAIL_PREFIX, before);
    g_assert_cmpint(check(fx), ==, IX_FILE_OUTDATED);
    g_free(before);
    g_strfreev(f);
    g_free(value);
}

/* A file indexed before that fails now (emptied, a copy half done) keeps
 * its entry, so its units stay; it waits, still failed, until it changes,
 * even when its entry is of an earlier extraction. */
static void
test_failed_kept(fixture *fx, gconstpointer data)
{
    GError *err = NULL;
    record(fx, NULL);
    char *entry = record_of(fx, ZS_META_FILE_PREFIX);
    g_assert_true(g_file_set_contents(fx->file, "", 0, &err));
    g_assert_no_error(err);
    g_assert_cmpint(g_stat(fx->file, &fx->sb), ==, 0);
    g_assert_cmpint(check(fx), ==, IX_FILE_CHANGED);
    ix_file_stamp stamp = ix_file_stamp_of(&fx->sb);
    char *kept = NULL;
    g_assert_true(ix_manifest_record_failure(fx->w, fx->src, "law.txt", "empty file", &stamp, &kept, &err));
    g_assert_no_error(err);
    g_assert_nonnull(kept);
    g_assert_nonnull(strstr(kept, "is kept"));
    char *still = record_of(fx, ZS_META_FILE_PREFIX);
    g_assert_cmpstr(still, ==, entry);
    char *fail = record_of(fx, ZS_META_FAIL_PREFIX);
    g_assert_true(g_str_has_prefix(fail, "empty file; the version indexed before"));
    g_assert_cmpint(check(fx), ==, IX_FILE_STILL_FAILED);
    /* An entry of an earlier extraction is not read again either. */
    char **f = g_strsplit(entry, "\t", -1);
    g_free(f[ZS_MANIFEST_EXTRACTION]);
    f[ZS_MANIFEST_EXTRACTION] = g_strdup("0");
    char *other = g_strjoinv("\t", f);
    set_record(fx, ZS_META_FILE_PREFIX, other);
    g_assert_cmpint(check(fx), ==, IX_FILE_STILL_FAILED);
    g_free(other);
    g_strfreev(f);
    g_free(fail);
    g_free(still);
    g_free(kept);
    g_free(entry);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add("/manifest/current-is-unchanged", fixture, NULL, setup, test_current, teardown);
    g_test_add("/manifest/earlier-extraction-read-again", fixture, NULL, setup, test_earlier, teardown);
    g_test_add("/manifest/earlier-failure-tried-again", fixture, NULL, setup, test_failed, teardown);
    g_test_add("/manifest/failure-keeps-what-was-indexed", fixture, NULL, setup, test_failed_kept, teardown);
    return g_test_run();
}
