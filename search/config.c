/* config.c — locating corpus-config/ and sharing one analyzer. */
#include "search/config.h"

#include <string.h>
#include <unistd.h>

static char *
find_config_dir(void)
{
    const char *env = g_getenv("ZAALT_CONFIG_DIR");
    if (env && *env)
        return g_strdup(env);
    char *exe = g_file_read_link("/proc/self/exe", NULL);
    if (exe) {
        /* build/zaalt and build/san/zaalt sit one or two levels below. */
        char *dir = g_path_get_dirname(exe);
        for (int up = 0; up < 3; up++) {
            char *candidate = g_build_filename(dir, "corpus-config", NULL);
            if (g_file_test(candidate, G_FILE_TEST_IS_DIR)) {
                g_free(dir);
                g_free(exe);
                return candidate;
            }
            g_free(candidate);
            char *parent = g_path_get_dirname(dir);
            g_free(dir);
            dir = parent;
        }
        g_free(dir);
        g_free(exe);
    }
    if (g_file_test("corpus-config", G_FILE_TEST_IS_DIR))
        return g_canonicalize_filename("corpus-config", NULL);
    return NULL;
}

const char *
zs_config_dir(void)
{
    static gsize once = 0;
    static char *dir = NULL;
    if (g_once_init_enter(&once)) {
        dir = find_config_dir();
        g_once_init_leave(&once, 1);
    }
    return dir;
}

static az_analyzer *shared_az = NULL;

az_analyzer *
zs_shared_analyzer(void)
{
    static gsize once = 0;
    if (g_once_init_enter(&once)) {
        shared_az = az_analyzer_new(zs_config_dir());
        g_once_init_leave(&once, 1);
    }
    return shared_az;
}

void
zs_shared_analyzer_release(void)
{
    az_analyzer_free(shared_az);
    shared_az = NULL;
}

void
zs_config_rows(const char *name, int max_fields, zs_row_fn fn, void *user)
{
    const char *dir = zs_config_dir();
    char *path = dir != NULL ? g_build_filename(dir, name, NULL) : NULL;
    char *data = NULL;
    if (path != NULL && g_file_get_contents(path, &data, NULL, NULL)) {
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
