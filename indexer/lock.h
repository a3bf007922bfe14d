/* lock.h — one index run at a time on an index folder: the run holds an
 * flock on DIR/write.lock, which records who holds it (process id, start
 * time, command), so a second run is refused at once with a message that
 * names the lock and its holder rather than waiting or failing later in
 * Xapian.  The kernel drops an flock when its holder dies, however it
 * dies; the run's workers close their copy of it (worker.c), so a killed
 * run never leaves the index locked.
 *
 * Not for: the databases' own locks (Xapian's, taken by writer.c), or
 * readers, which take no lock.
 */
#ifndef ZAALT_IX_LOCK_H
#define ZAALT_IX_LOCK_H

#include <glib.h>

typedef struct ix_lock ix_lock;

/* The lock file's name inside the index folder. */
#define IX_LOCK_FILE "write.lock"

/* Takes the lock of index folder `dir` (which must exist) without
 * waiting; NULL with IX_WRITE_ERROR_LOCKED (writer.h) when another run
 * holds it, IX_WRITE_ERROR_OPEN when the file cannot be made. */
ix_lock *ix_lock_take(const char *dir, GError **error);
/* Releases it; NULL is harmless. */
void ix_lock_release(ix_lock *lock);

#endif
