/* folder.h — folders of an index as wholes: what they take on disk,
 * removing one with all it holds, and syncing one's entries.
 *
 * Not for: the databases inside them (writer.h, compact.h, merge.h).
 */
#ifndef ZAALT_IX_FOLDER_H
#define ZAALT_IX_FOLDER_H

#include <glib.h>
#include <stdbool.h>

/* Bytes allocated to the files under `path` (what du counts); 0 for a
 * folder that cannot be read. */
guint64 ix_folder_bytes(const char *path);
/* Removes `path` and all it holds; a missing one is no error.  False with
 * IX_WRITE_ERROR_WRITE (writer.h) naming what could not be removed. */
bool ix_folder_remove(const char *path, GError **error);
/* Puts the entries of folder `dir` (a rename into it) on disk; a file
 * system that cannot sync a folder is left as it is. */
void ix_folder_sync(const char *dir);

#endif
