/* merge.h — `zaalt merge`: index folders of disjoint files written as one
 * new index folder.
 *
 * One writer's cost a unit grows with the index (at a million units Xapian's
 * writer was 64 % of an index run's CPU, and the run took 3.3 hours on two
 * cores).  Parts of the corpus indexed side by side, each by its own
 * `zaalt index --shard K/N` into its own folder, are put together here:
 * each level's databases merged by Xapian's compaction (documents
 * renumbered part after part, blocks packed as `zaalt compact` packs
 * them), into a new folder that a later `zaalt index` of the whole corpus
 * keeps up to date as if it had written it.
 *
 * The metadata: every part must have been made with one configuration
 * (the same schema, sources and their roots, masking, glossary phrases):
 * a key of the zaalt: and source: kinds that differs, or that one part has
 * and another lacks, refuses the merge and names the key.  A file recorded
 * by two parts refuses it too (the parts would hold its units twice).
 * Every level of every part is opened and read first: a part that cannot
 * be read (damaged) or whose last index run did not finish (run.h,
 * ix_run_finished: stopped by a full disk, an error or a signal) refuses
 * the merge, naming the part, the level and why, as its documents would
 * be lost.  A part that opens, finished its run and holds no document
 * (given no file) is left out, and named (left_out).  Each merged level
 * is then checked to hold the sum of its parts' documents.  The
 * spelling dictionaries are added up and then completed, as an index run's
 * end does, so a word seen once in each of two parts is offered as it
 * would have been by one index of the whole.  The last-run line says the
 * index was merged.
 *
 * Crash safety: the new index is made in DIR/../.NAME.merging (holding its
 * own lock) and renamed to DIR in one step at the end, so DIR never holds
 * half an index; what a killed merge leaves there is removed by the next
 * merge into DIR.  Each part's lock is held throughout, so no index run
 * writes a part meanwhile.
 *
 * Not for: splitting an index (bench/national/split.cc), or OCR caches and
 * audit logs of the parts (left where they are).
 */
#ifndef ZAALT_IX_MERGE_H
#define ZAALT_IX_MERGE_H

#include <glib.h>
#include <stdbool.h>

#include "core/access.h"

/* What one level of the new index holds. */
typedef struct {
    bool present;   /* some part has this level */
    unsigned units; /* documents in the merged database */
    guint64 bytes;  /* on disk */
} ix_merge_level;

typedef struct {
    ix_merge_level levels[ZS_N_LEVELS];
    unsigned words_completed; /* spelling words added after the merge */
    unsigned removed;         /* ix_merge_over: files the index held that the parts do not */
    char **left_out;          /* parts holding no document, left out (NULL-terminated; NULL when none):
                               * free with g_strfreev */
    double seconds;
} ix_merge_result;

/* Writes the `n` index folders `parts` as one new index folder `dir`
 * (which must not exist, or be empty).  False with IX_WRITE_ERROR
 * (writer.h): OPEN for a part that holds no index, one whose databases
 * cannot be read or whose last run did not finish, `dir` already holding
 * something, or parts that disagree (the message names the key); LOCKED
 * when an index run holds a part or another merge is writing `dir`; WRITE
 * when Xapian or the disk fails, or a merged level lacks some of its
 * parts' documents.  On failure `dir` is as it was. */
bool ix_merge(const char *const *parts, size_t n, const char *dir, ix_merge_result *out, GError **error);
/* The parts merged in place of the databases of the index folder `dir`,
 * which exists (a rebuild, `zaalt index --force --writers N`): merged as
 * ix_merge does into DIR/../.NAME.rebuilt, then each level exchanged with
 * DIR's in one rename (renameat2 RENAME_EXCHANGE), a level the parts lack
 * removed, and the old databases removed.  Whatever else DIR holds (its OCR
 * cache, its lock) stays.  The caller holds DIR's lock (lock.h) throughout.
 * A failure before the exchanges leaves DIR as it was; readers go on with
 * the databases they opened and read the new ones when they reopen. */
bool ix_merge_over(const char *const *parts, size_t n, const char *dir, ix_merge_result *out, GError **error);

#endif
