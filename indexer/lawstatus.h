/* lawstatus.h — a statute repealed as a whole.
 *
 * A law ceases as one: by a note of its own ("/Энэ хуулийг … хүчингүй
 * болсонд тооцсон/", read by amendments.c into the act's history) or by a
 * later law that the corpus may not hold.  For the second, the table
 * corpus-config/laws-repealed.tsv names such laws: its title, the day it
 * was adopted, the day it ceased and what replaced it.  Either way every
 * unit of the law is repealed that day, so that no article of it is ever
 * shown, counted or searched as law in force.
 *
 * Also the day a statute not yet in force takes effect.
 *
 * Not for: a unit's own notes (amendments.c) or the status terms written
 * from them (legal/amendment.h).
 */
#ifndef ZAALT_INDEXER_LAWSTATUS_H
#define ZAALT_INDEXER_LAWSTATUS_H

#include "core/context.h"
#include "core/record.h"

/* Whether the statute `doc` ceased as a whole, and on which day (*on, a
 * new string): by its own note when it is a code (its notes attached), by a
 * row of the table whatever its type, or, for a code, by a statement of
 * repeal or a status line ("Төлөв: Хүчингүй болсон (…)") above its name.
 * *on is NULL when the text says the law was repealed but not when.
 * `*why` (when not NULL) is set to a new sentence for its history. */
bool ix_law_repealed(zc_context *ctx, const zr_doc *doc, char **on, char **why);

/* Marks every unit of `doc` repealed on the day ix_law_repealed gives (a
 * unit repealed earlier keeps its day) and records the repeal in the act's
 * history; repealed without a day or a history entry when the day is not
 * known; nothing when the law is in force. */
void ix_apply_law_status(zc_context *ctx, zr_doc *doc);

/* A statute not yet in force: when its text says it takes effect on a day
 * still to come ("Энэ хуулийг 2027 оны 7 дугаар сарын 1-ний өдрөөс эхлэн
 * дагаж мөрдөнө"), every unit of it is in force from that day (valid_from),
 * which search and show report.  Its status stays in_force: a law adopted
 * is law, and the reader is told the day it applies from. */
void ix_apply_law_start(zr_doc *doc);

/* The comparable form of a law's title: lower case, letters only, one
 * space apart, without "Монгол Улсын", notes in brackets or slashes, and a
 * last "хууль" after "тухай" ("ХӨДӨЛМӨРИЙН ТУХАЙ ХУУЛЬ" and "Хөдөлмөрийн
 * тухай" are one).  A new string. */
char *ix_law_title_key(const char *title);

#endif
