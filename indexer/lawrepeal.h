/* lawrepeal.h — one statute repealing another in the same index.
 *
 * A new law's last article ("… 2010 оны 4 дүгээр сарын 1-ний өдөр баталсан
 * Хохирогчийг дэмжих тухай хуулийг хүчингүй болсонд тооцсугай"), or a whole
 * act made for it ("… ТУХАЙ ХУУЛЬ ХҮЧИНГҮЙ БОЛСОНД ТООЦОХ ТУХАЙ"), names
 * the law it repeals by its title and the day it was adopted, as a row of
 * laws-repealed.tsv does.  The law ceases on the day the repealing act
 * takes effect ("Энэ хуулийг … өдрөөс эхлэн дагаж мөрдөнө"), else on the
 * day it was adopted.
 *
 * Each statute's entry in its level's metadata (IX_META_LAW_PREFIX and its
 * manifest id, written in the same batch as its units) records what the
 * law is (its title's key and adoption day), the repeal by another law it
 * was indexed with, and the repeals it states of other laws.  A run reads
 * the entries before extracting, so a law is extracted knowing what the
 * index says of it; after its files, it compares what each statute was
 * indexed with to what the entries now say (a repealing law added, changed
 * or removed in this run or a later one, in any order) and extracts those
 * statutes again (run.c).  An entry whose file has left the manifest is
 * dropped.
 *
 * Not for: a law's own repeal note or the table (lawstatus.c), nor the
 * notes on its articles (amendments.c).
 */
#ifndef ZAALT_INDEXER_LAWREPEAL_H
#define ZAALT_INDEXER_LAWREPEAL_H

#include <glib.h>
#include <stdbool.h>

#include "core/record.h"
#include "indexer/writer.h"

/* law:<source>/<path> -> the statute's entry (lawrepeal.c). */
#define IX_META_LAW_PREFIX "law:"

/* The repeals stated by the statutes of an index. */
typedef struct ix_law_repeals ix_law_repeals;

/* One of them: the law named (its title key, ix_law_title_key, and
 * adoption day), the day it ceases, the sentence that says so and the
 * manifest id ("source/path") of the statute that states it. */
typedef struct ix_law_repeal {
    char *key;
    char *adopted;
    char *on;
    char *why;
    char *by;
} ix_law_repeal;

ix_law_repeals *ix_law_repeals_new(void);
void ix_law_repeals_free(ix_law_repeals *r);

/* Every statute's statements in every level of `w`, after removing the
 * entries whose file has left the manifest; NULL with `error` when the
 * metadata cannot be read or written.  When `due` is not NULL, the statutes
 * whose entry records another repeal of them than the statements now say
 * are appended to it as pairs: the source's name, then the path. */
ix_law_repeals *ix_law_repeals_read(ix_writer *w, GPtrArray *due, GError **error);

/* The repeal of the law `key` adopted on `adopted` by another statute than
 * the one whose manifest id is `self`: the earliest, or NULL.  Borrowed. */
const ix_law_repeal *ix_law_repeals_find(const ix_law_repeals *r, const char *key, const char *adopted,
                                         const char *self);

/* The day the law `key` takes effect, as its statute's entry says: of the
 * laws of that title adopted on or before `before` (any, when NULL), other
 * than the statute `self`, the latest adopted; NULL when there is none.
 * Borrowed. */
const char *ix_law_repeals_start_of(const ix_law_repeals *r, const char *key, const char *before, const char *self);

/* The entry of `doc` (its source and path set) when it is a statute: what
 * it is, the repeal of it in `known` (may be NULL) and the repeals it
 * states, read with `lr` (lawstatus.h); NULL for any other document.  A
 * new string. */
struct ix_law_reader;
char *ix_law_entry(const struct ix_law_reader *lr, const ix_law_repeals *known, const zr_doc *doc);

#endif
