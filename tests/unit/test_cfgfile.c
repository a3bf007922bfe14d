/* test_cfgfile.c — how configuration files are read (core/cfgfile.h).
 *
 * Proves: a byte-order mark, CRLF line ends and trailing blanks are read as
 * plain text; a device (/dev/zero), a named pipe, a folder and a file over
 * the size bound are refused at once, naming the file; an unknown key (with
 * the known one it miscases), an unknown section, a key or a section given
 * twice (naming both lines), a key before any section and a line that is
 * none of the three are refused with the file and line; a boolean is true
 * or false only. */
#include "core/cfgfile.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char *tmp;

static char *
write_file(const char *name, const char *text, gssize len)
{
    char *path = g_build_filename(tmp, name, NULL);
    g_assert_true(g_file_set_contents(path, text, len, NULL));
    return path;
}

static const char *const source_keys[] = {"root", "access", "mask", "type.*", NULL};
static const char *const index_keys[] = {"db", NULL};
static const zc_keyspec spec[] = {{"index", index_keys}, {"source ", source_keys}, {NULL, NULL}};

/* The error `text` gives, as "MESSAGE" (NULL when it loads). */
static char *
load_error(const char *text)
{
    char *path = write_file("t.ini", text, -1);
    GError *err = NULL;
    zc_keyfile *f = zc_keyfile_load(path, spec, &err);
    char *msg = f ? NULL : g_strdup(err->message);
    g_clear_error(&err);
    zc_keyfile_free(f);
    g_free(path);
    return msg;
}

static void
expect_error(const char *text, const char *want)
{
    char *msg = load_error(text);
    g_assert_nonnull(msg);
    char *full = g_strdup_printf("%s/t.ini:%s", tmp, want);
    g_assert_cmpstr(msg, ==, full);
    g_free(full);
    g_free(msg);
}

static void
test_bom_crlf_trailing_blanks(void)
{
    char *path = write_file("t.ini", "\xEF\xBB\xBF[source a]\r\nroot = x  \r\naccess = restricted \t\r\n", -1);
    GError *err = NULL;
    zc_keyfile *f = zc_keyfile_load(path, spec, &err);
    g_assert_no_error(err);
    char *v = g_key_file_get_string(zc_keyfile_keys(f), "source a", "access", NULL);
    g_assert_cmpstr(v, ==, "restricted");
    g_free(v);
    g_assert_cmpint(zc_keyfile_line(f, "source a", "access"), ==, 3);
    g_assert_cmpint(zc_keyfile_line(f, "source a", NULL), ==, 1);
    zc_keyfile_free(f);
    g_free(path);
}

static void
test_unknown_and_duplicate(void)
{
    expect_error("[source r]\nroot = x\nAccess = restricted\n",
                 "3: unknown key 'Access' in [source r]; did you mean 'access'?");
    expect_error("[source r]\nroot = x\nnosuchkey = 1\n", "3: unknown key 'nosuchkey' in [source r]");
    expect_error("[source r]\nroot = x\nmsak = true\n", "3: unknown key 'msak' in [source r]; did you mean 'mask'?");
    expect_error("[index]\ndb = x\n[sources r]\n", "3: unknown section [sources r] (known: [index], [source NAME])");
    expect_error("[source r]\nroot = x\naccess = restricted\n\naccess = public\n",
                 "5: 'access' in [source r] again (first at line 3): a key is given once");
    expect_error("[source r]\nroot = x\n[index]\n[source r]\naccess = sealed\n",
                 "4: [source r] again (first at line 1): a section is given once, or its keys would merge silently");
    expect_error("root = x\n", "1: a key before the first [section]");
    expect_error("[source r]\nroot x\n", "2: “root x” is neither a [section], a key = value nor a # comment");
    char *ok = load_error("# comment\n[source r]\n  root = x\ntype.code = a/*\n\n");
    g_assert_null(ok);
}

static void
test_boolean_strict(void)
{
    char *path = write_file("t.ini", "[source r]\nroot = x\nmask = ture\n", -1);
    zc_keyfile *f = zc_keyfile_load(path, spec, NULL);
    g_assert_nonnull(f);
    bool v = true;
    GError *err = NULL;
    g_assert_false(zc_keyfile_boolean(f, "source r", "mask", false, &v, &err));
    char *want = g_strdup_printf("%s:3: [source r] mask must be true or false, not 'ture'", path);
    g_assert_cmpstr(err->message, ==, want);
    g_clear_error(&err);
    g_assert_true(zc_keyfile_boolean(f, "source r", "access", true, &v, &err));
    g_assert_true(v);
    g_free(want);
    zc_keyfile_free(f);
    g_free(path);
}

/* What is read is the file's bytes, its byte order mark left out, with a
 * NUL after them: an empty file, a short one, and one of several reads
 * whose last byte is the last of the room fstat gave. */
static void
test_read_bytes(void)
{
    char *path = g_build_filename(tmp, "r.tsv", NULL);
    char *text = NULL;
    gsize len = 99;
    g_assert_true(g_file_set_contents(path, "", 0, NULL));
    g_assert_true(zc_config_read(path, &text, &len, NULL));
    g_assert_cmpstr(text, ==, "");
    g_assert_cmpuint(len, ==, 0);
    g_free(text);
    g_assert_true(g_file_set_contents(path, "\xEF\xBB\xBF\xD0\xB0\tb\n", -1, NULL));
    g_assert_true(zc_config_read(path, &text, &len, NULL));
    g_assert_cmpstr(text, ==, "\xD0\xB0\tb\n");
    g_assert_cmpuint(len, ==, 5);
    g_free(text);
    gsize n = 3 * 65536 + 17;
    char *big = g_malloc(n);
    for (gsize i = 0; i < n; i++)
        big[i] = (char)('a' + i % 26);
    g_assert_true(g_file_set_contents(path, big, (gssize)n, NULL));
    g_assert_true(zc_config_read(path, &text, &len, NULL));
    g_assert_cmpuint(len, ==, n);
    g_assert_true(memcmp(text, big, n) == 0);
    g_assert_cmpint(text[n], ==, '\0');
    g_free(text);
    g_free(big);
    g_unlink(path);
    g_free(path);
}

static void
test_refused_files(void)
{
    char *text = NULL;
    GError *err = NULL;
    g_assert_false(zc_config_read("/dev/zero", &text, NULL, &err));
    g_assert_cmpstr(err->message, ==, "/dev/zero: a device, not a file: it is not read");
    g_clear_error(&err);
    g_assert_false(zc_config_read(tmp, &text, NULL, &err));
    g_assert_true(g_str_has_suffix(err->message, ": a folder, not a file"));
    g_clear_error(&err);
    /* A named pipe nobody writes: refused at once, not waited on. */
    char *fifo = g_build_filename(tmp, "fifo", NULL);
    g_assert_cmpint(mkfifo(fifo, 0600), ==, 0);
    g_assert_false(zc_config_read(fifo, &text, NULL, &err));
    g_assert_true(g_str_has_suffix(err->message, ": a named pipe (FIFO), not a file: it is not read"));
    g_clear_error(&err);
    /* Over the bound (sparse: no disk is used). */
    char *big = g_build_filename(tmp, "big.tsv", NULL);
    g_assert_true(g_file_set_contents(big, "", 0, NULL));
    g_assert_cmpint(truncate(big, (off_t)ZC_CONFIG_MAX_BYTES + 1), ==, 0);
    g_assert_false(zc_config_read(big, &text, NULL, &err));
    g_assert_nonnull(strstr(err->message, "over the 64 MB a configuration file may hold"));
    g_clear_error(&err);
    g_assert_false(zc_config_read("/nonexistent/x.ini", &text, NULL, &err));
    g_assert_cmpstr(err->message, ==, "/nonexistent/x.ini: No such file or directory");
    g_clear_error(&err);
    g_assert_null(text);
    g_unlink(big);
    g_unlink(fifo);
    g_free(big);
    g_free(fifo);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    tmp = g_dir_make_tmp("zaalt-cfgfile-XXXXXX", NULL);
    g_test_add_func("/cfgfile/bom-crlf-trailing-blanks-read-as-plain", test_bom_crlf_trailing_blanks);
    g_test_add_func("/cfgfile/unknown-and-duplicate-keys-name-file-and-line", test_unknown_and_duplicate);
    g_test_add_func("/cfgfile/boolean-is-true-or-false-only", test_boolean_strict);
    g_test_add_func("/cfgfile/device-pipe-folder-huge-refused-at-once", test_refused_files);
    g_test_add_func("/cfgfile/read-bytes-bom-and-size", test_read_bytes);
    int status = g_test_run();
    char *t = g_build_filename(tmp, "t.ini", NULL);
    g_unlink(t);
    g_free(t);
    g_rmdir(tmp);
    g_free(tmp);
    return status;
}
