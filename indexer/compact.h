/* compact.h — `zaalt compact`: each access level's database in an index
 * folder rewritten by Xapian's full compaction (blocks packed, document ids
 * kept) and put in place of the old one in a single rename, so a reader
 * sees the old database or the new one, never a mixture or nothing.
 *
 * An index run writes B-tree blocks with room to spare and leaves them
 * so; at a million units compaction takes about a quarter off the index.
 * It holds the index folder's lock (lock.h) throughout, so no index run
 * writes meanwhile; a server searching the index goes on answering from
 * the database it opened and reads the compacted one when it next reopens.
 *
 * Crash safety: the copy is made in DIR/.compact-LEVEL and exchanged with
 * DIR/LEVEL by renameat2(RENAME_EXCHANGE); whatever a killed run leaves in
 * a .compact- folder (a partial copy, or the old database after the
 * exchange) is removed by the next zaalt compact.
 *
 * Not for: deciding when to compact (the user's, or bench/national/run's),
 * or merging several databases into one.
 */
#ifndef ZAALT_IX_COMPACT_H
#define ZAALT_IX_COMPACT_H

#include <glib.h>
#include <stdbool.h>

#include "core/access.h"

/* What compaction did to one level's database. */
typedef struct {
    bool present;         /* the index has this level */
    guint64 bytes_before; /* on disk (blocks allocated), before and after */
    guint64 bytes_after;
    double seconds;
} ix_compact_level;

/* Compacts every level database inside index folder `dir`, one level at a
 * time, filling `out` (indexed as zs_levels).  False with IX_WRITE_ERROR
 * (writer.h): LOCKED when an index run holds the folder; OPEN when `dir`
 * holds no index or the disk has less room than the level's current size;
 * WRITE when compaction or the exchange fails.  A level compacted before a
 * failure stays compacted; the one that failed stays as it was. */
bool ix_compact(const char *dir, ix_compact_level out[ZS_N_LEVELS], GError **error);

#endif
