/* test_files.h — files a unit test makes and removes.  Tests only. */
#ifndef ZAALT_TEST_FILES_H
#define ZAALT_TEST_FILES_H

#include <glib.h>
#include <glib/gstdio.h>

/* Removes `path` and, when it is a folder, everything under it. */
static inline void
remove_tree(const char *path)
{
    GDir *d = g_dir_open(path, 0, NULL);
    if (d != NULL) {
        const char *name;
        while ((name = g_dir_read_name(d)) != NULL) {
            char *child = g_build_filename(path, name, NULL);
            remove_tree(child);
            g_free(child);
        }
        g_dir_close(d);
    }
    g_remove(path);
}

#endif
