/* due.h — the first day after indexing on which what the index holds of a
 * document stops being true.
 *
 * The indexer reads a statute as it stands on the day it runs: a repeal
 * dated ahead leaves the provision in force, its text whole (legal/
 * amendment.h, zl_day_passed).  The day such a change takes effect is the
 * document's due day: each of its index documents carries it
 * (ZS_SLOT_DUE), its manifest entry too, so that the next run reads the
 * file again once the day has come (manifest.h), and a search meanwhile
 * says that the index is behind the calendar (search/search.c).
 *
 * Not for: reading notes or setting statuses (amendments.c, lawstatus.c).
 */
#ifndef ZAALT_IX_DUE_H
#define ZAALT_IX_DUE_H

#include <stdbool.h>

#include "core/record.h"

/* "YYYYMMDD", the earliest day still to come of: a change in the
 * document's or a unit's history, a unit's first day in force, the day
 * after its last.  NULL when none is ahead. */
char *ix_doc_due_day(const zr_doc *doc);

/* Whether a due day "YYYYMMDD" has come (today, UTC, as zl_day_passed). */
bool ix_due_day_come(const char *due);

#endif
