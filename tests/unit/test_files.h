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

/* Writes to `path` a PDF of the NULL-terminated `objects` (object i + 1
 * is objects[i], the first the catalog), with a cross-reference table
 * counted as it is written, so poppler reads it without repairing it.
 * For the hand-made PDFs cairo cannot make (attached files, images that
 * declare any size). */
static inline void
write_pdf(const char *path, const char *const *objects)
{
    GString *pdf = g_string_new("%PDF-1.7\n");
    GArray *offsets = g_array_new(FALSE, FALSE, sizeof(gsize));
    for (int i = 0; objects[i] != NULL; i++) {
        g_array_append_val(offsets, pdf->len);
        g_string_append_printf(pdf, "%d 0 obj\n%s\nendobj\n", i + 1, objects[i]);
    }
    gsize xref = pdf->len;
    g_string_append_printf(pdf, "xref\n0 %u\n0000000000 65535 f \n", offsets->len + 1);
    for (guint i = 0; i < offsets->len; i++)
        g_string_append_printf(pdf, "%010" G_GSIZE_FORMAT " 00000 n \n", g_array_index(offsets, gsize, i));
    g_string_append_printf(pdf, "trailer\n<< /Size %u /Root 1 0 R >>\nstartxref\n%" G_GSIZE_FORMAT "\n%%%%EOF\n",
                           offsets->len + 1, xref);
    g_assert_true(g_file_set_contents(path, pdf->str, (gssize)pdf->len, NULL));
    g_array_free(offsets, TRUE);
    g_string_free(pdf, TRUE);
}

#endif
