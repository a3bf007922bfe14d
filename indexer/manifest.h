/* manifest.h — what the index remembers of each file, so a run extracts
 * only what changed: the manifest entry of every indexed file and the
 * failure record of every file that could not be, both metadata of the
 * database of the file's access level, committed with the documents they
 * describe.
 *
 *   file:SOURCE/PATH  ->  size TAB mtime TAB document id TAB units TAB SHA-256
 *                         TAB inode TAB ctime TAB due day (or empty) TAB extraction
 *   fail:SOURCE/PATH  ->  reason TAB size TAB mtime TAB inode TAB ctime TAB extraction
 *
 * A file whose size and mtime agree with its entry is unchanged only if
 * its inode and ctime agree too; otherwise (cp -p, rsync -t, tar, or an
 * entry written before inodes were kept) its SHA-256 decides, and the
 * entry learns the new stamp.  A file whose entry has a due day (due.h)
 * that has come is read again, changed or not, and so is a file recorded
 * under another extraction version than this build's (older records stop
 * before the field, and count as version 1).
 *
 * Not for: walking (walk.c) or the databases themselves (writer.h).
 */
#ifndef ZAALT_IX_MANIFEST_H
#define ZAALT_IX_MANIFEST_H

#include <glib.h>
#include <stdbool.h>
#include <sys/stat.h>

#include "indexer/sources.h"
#include "indexer/writer.h"

/* The version of how files become documents: reading the formats,
 * finding structure, reading the law's notes (masking has its own,
 * IX_MASK_VERSION in mask.c, which masks the masked sources again).  Raise it with any
 * change that would give a file already indexed other documents than the
 * build that indexed it gave: the next run reads every file recorded under
 * another version again, unchanged or not, or failed before (a new reader
 * may read it), so that an upgraded installation needs no `--force` and
 * its index is never part old reading, part new. */
#define IX_EXTRACTION_VERSION "32"

/* What the walk saw of a file: ctime in nanoseconds (a file rewritten in
 * place within the second its stamp was taken, its size and mtime kept as
 * `cp -p` keeps them, differs from the stamp in nothing else); mtime in
 * seconds.  Entries written before ctime had nanoseconds are compared by
 * the second. */
typedef struct ix_file_stamp {
    gint64 size, mtime, ino, ctime;
} ix_file_stamp;

/* The stamp of `sb`. */
ix_file_stamp ix_file_stamp_of(const struct stat *sb);

/* The level (index into zs_levels) of an access name; public for unknown. */
int ix_level_of(const char *access);

/* "PREFIX" "SOURCE/PATH" (prefix ZS_META_FILE_PREFIX, ZS_META_FAIL_PREFIX or
 * ""), long paths hashed as zr_manifest_key (core/record.h) says. */
char *ix_manifest_key(const char *prefix, const ix_source *src, const char *rel);

/* What the manifest says of a file found on disk. */
typedef enum {
    IX_FILE_CHANGED,      /* new, changed, or forced: extract it */
    IX_FILE_UNCHANGED,    /* same size and mtime (or same content) as when indexed */
    IX_FILE_STILL_FAILED, /* failed before and has not changed since */
    IX_FILE_OUTDATED,     /* indexed, or failed, under another IX_EXTRACTION_VERSION: extract it */
} ix_file_state;

/* Decides whether the file `rel` of `src` (at `abs`, as `sb` found it)
 * must be extracted.  A file whose stamp changed but whose SHA-256 did
 * not is unchanged, and its entry learns the new stamp (the one write
 * here); a failed file is tried again when any part of its stamp changed.
 * `force`: every file is CHANGED; `retry_failed`: failed files too. */
bool ix_manifest_check(ix_writer *w, const ix_source *src, const char *rel, const char *abs, const struct stat *sb,
                       bool force, bool retry_failed, ix_file_state *state, GError **error);

/* Records an indexed file in the manifest of `level` and clears its
 * failure records in every level. */
bool ix_manifest_record(ix_writer *w, int level, const ix_source *src, const char *rel, const ix_file_stamp *stamp,
                        const char *id, unsigned units, const char *sha256, const char *due, GError **error);

/* Records a file that failed, in its level's database, with the stamp it
 * failed with, so the next run tries it again once it changes.  A file
 * indexed before keeps its units and manifest entry (the last good version
 * stays searchable): *kept is then a g_malloc'd phrase saying so, added to
 * the recorded reason; NULL when nothing was indexed before. */
bool ix_manifest_record_failure(ix_writer *w, const ix_source *src, const char *rel, const char *reason,
                                const ix_file_stamp *stamp, char **kept, GError **error);

/* Removes the units and manifest entry under `key` (a file: key) from every
 * level but `keep` (-1: all).  Leaving a level below `keep` is committed at
 * once: a document reclassified upwards must never stay readable at the
 * lower level. */
bool ix_manifest_forget(ix_writer *w, const char *key, int keep, GError **error);

/* Files of `src` (below src->under when set) in the manifest but not in
 * `seen` (keys "SOURCE/PATH" of every file the walk found) lose their
 * units and entries; *removed counts them.  Failure records of files not
 * seen are cleared too (they count as nothing removed). */
bool ix_manifest_remove_gone(ix_writer *w, const ix_source *src, GHashTable *seen, unsigned *removed, GError **error);

#endif
