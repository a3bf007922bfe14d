/* writer.h — the databases an index run writes: one per access level
 * inside the index folder, opened for writing together, and every write
 * to them, each checked.
 *
 * Every function that writes returns false with `error` (IX_WRITE_ERROR)
 * naming the level and what was being written; the run stops at the first
 * (a database that refuses one write will refuse the next) and leaves the
 * last commit searchable.
 *
 * Not for: what is written when (run.c), the manifest's records
 * (manifest.h), or index documents (unitdoc.h).
 */
#ifndef ZAALT_IX_WRITER_H
#define ZAALT_IX_WRITER_H

#include <glib.h>
#include <stdbool.h>

#include "core/access.h"
#include "shim/zx.h"

#define IX_WRITE_ERROR (ix_write_error_quark())
GQuark ix_write_error_quark(void);

typedef enum {
    IX_WRITE_ERROR_OPEN,  /* a database cannot be opened (locked, damaged, another layout or schema) */
    IX_WRITE_ERROR_WRITE, /* a write or commit failed */
    IX_WRITE_ERROR_LOCKED, /* another run is writing the index (lock.h, or a database's own lock) */
    IX_WRITE_ERROR_SOURCE, /* a source named that the index does not hold (zaalt index --forget) */
} ix_write_error_code;

typedef struct ix_writer ix_writer;

/* Opens (creating) the database of every level inside `dir`, refusing a
 * folder of the old one-database layout and a database of another schema
 * version, and records in each its schema version and level. */
ix_writer *ix_writer_open(const char *dir, GError **error);
/* Closes every database; what was not committed is dropped (the
 * databases are opened batched, zx.h).  NULL is harmless. */
void ix_writer_close(ix_writer *w);

/* The database of `level`, for reading.  Borrowed. */
zx_db *ix_writer_db(ix_writer *w, int level);

/* Metadata `key` of `level` (or of every level) set to `value` ("": removed). */
bool ix_writer_set(ix_writer *w, int level, const char *key, const char *value, GError **error);
bool ix_writer_set_all(ix_writer *w, const char *key, const char *value, GError **error);

/* Deletes every unit of document `id` from `level`; from the public level,
 * also the full copy of a masked document (ZS_MASK_FULL_LEVEL). */
bool ix_writer_delete_document(ix_writer *w, int level, const char *id, GError **error);
/* Adds (replacing by unique term) `n` units to `level`; `bytes` is their
 * serialised size, what the next commit's room is reckoned from. */
bool ix_writer_add_units(ix_writer *w, int level, const char *const *uniques, zx_doc *const *units, gsize n, gsize bytes,
                         GError **error);

/* Says that `level`'s tables were changed through ix_writer_db (a
 * spelling table rebuilt): its next commit is reckoned as one that writes
 * units, not metadata alone. */
void ix_writer_rewrites(ix_writer *w, int level);

/* Bytes free to an unprivileged writer on the file system holding `dir`;
 * false when that cannot be told (the write itself will say). */
bool ix_free_bytes(const char *dir, guint64 *free_bytes);

/* Commits `level`, or every level, highest first (a document moving down
 * is briefly in both, never in neither).  A file system with less room
 * than the commit may write (up to 64 MB when units were written; a few
 * blocks a key when only metadata changed; nothing when nothing did)
 * refuses the commit ("the disk is full") before Xapian tries. */
bool ix_writer_commit_level(ix_writer *w, int level, GError **error);
bool ix_writer_commit(ix_writer *w, GError **error);

#endif
