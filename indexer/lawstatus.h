/* lawstatus.h — a statute repealed as a whole.
 *
 * A law ceases as one: by a note of its own ("/Энэ хуулийг … хүчингүй
 * болсонд тооцсон/", read by amendments.c into the act's history), by a
 * later law the index holds (lawrepeal.h) or by one it may not hold.  For the second, the table
 * corpus-config/laws-repealed.tsv names such laws: its title, the day it
 * was adopted, the day it ceased and what replaced it.  Either way every
 * unit of the law is repealed that day, so that no article of it is ever
 * shown, counted or searched as law in force.
 *
 * Also the day a statute takes effect (or will).
 *
 * Not for: a unit's own notes (amendments.c) or the status terms written
 * from them (legal/amendment.h).
 */
#ifndef ZAALT_INDEXER_LAWSTATUS_H
#define ZAALT_INDEXER_LAWSTATUS_H

#include "core/context.h"
#include "core/record.h"
#include "indexer/lawrepeal.h"

/* The patterns that read a statute's start and its repeals (here and in
 * lawrepeal.c), compiled once: the extractor makes one before its workers
 * fork (extractor.h) and every statute of the run is read with it.
 * Immutable once made, so any thread or process may read with it. */
typedef struct ix_law_reader ix_law_reader;
ix_law_reader *ix_law_reader_new(void);
/* NULL is harmless. */
void ix_law_reader_free(ix_law_reader *lr);
/* Whether `text` may hold `word` (lower case) in any case: false only
 * when a caseless pattern that needs the word cannot match, so that one
 * not worth trying is not tried.  Only for words whose letters' one case
 * partner is their upper case (not о, с, т, в, д, ъ, ѣ: Unicode folds
 * narrow variants into those). */
bool ix_law_text_may_hold(const char *text, const char *word);
/* lawrepeal.c's two: the operative words of a repeal ("хүчингүй болсонд
 * тооцсугай") and a law it names ("<day> өдөр баталсан <title> хуулийг").
 * Borrowed. */
const GRegex *ix_law_reader_operative(const ix_law_reader *lr);
const GRegex *ix_law_reader_repealed_law(const ix_law_reader *lr);

/* Marks every unit of `doc` repealed when the law ceased as a whole: on
 * the earliest of its own note when it is a code (its notes attached), a
 * row of the table whatever its type, and a statute of the index that
 * repeals it (`known`, may be NULL: lawrepeal.h); else, for a code, on the
 * day of a statement of repeal or a status line ("Төлөв: Хүчингүй болсон
 * (…)") above its name.  A unit repealed earlier keeps its day; the repeal
 * goes into the act's history; a status line without a day repeals it
 * with the day unknown and no history entry; a day to come leaves it in
 * force until then (valid_to).  Nothing when the law is in force. */
void ix_apply_law_status(zc_context *ctx, const ix_law_reader *lr, const ix_law_repeals *known, zr_doc *doc);

/* When a statute came or comes into force (ix_law_start_day): the day its
 * text says it takes effect ("Энэ хуулийг 2017 оны 7 дугаар сарын 1-ний
 * өдрөөс эхлэн дагаж мөрдөнө"), past or still to come, or the day of the
 * law of the index it takes effect with, else the day it was adopted (its
 * header's date).  Every unit of it is in force from that day at the
 * earliest (valid_from; a unit added later keeps its later day), so an
 * in-force view of an earlier day leaves the law out.  A day to come keeps
 * its status in_force: a law adopted is law, and the reader is told the day
 * it applies from.  Nothing for a text that is not a statute, or one with
 * neither day. */
void ix_apply_law_start(const ix_law_reader *lr, const ix_law_repeals *known, zr_doc *doc);
/* The title key of the law of the index whose taking effect a provision
 * of `doc` waits for ("… 22.1.7 дахь заалтыг <a law> хууль хүчин төгөлдөр
 * болсон өдрөөс эхлэн дагаж мөрдөнө"; ix_apply_law_start records it from
 * that law's day), or NULL: its `law:` entry names it, so that a run
 * extracts the statute again when that day changes (lawrepeal.c). */
char *ix_law_parts_await(const ix_law_reader *lr, const zr_doc *doc);

/* The law a statute says it takes effect with ("Энэ хуулийг Даатгалын
 * тухай хууль хүчин төгөлдөр болсон өдрөөс эхлэн дагаж мөрдөнө"): its
 * title key (a new string), or NULL. */
char *ix_law_starts_with(const ix_law_reader *lr, const zr_doc *doc);

/* The day `doc` takes effect: the day it states; else, when it takes
 * effect with another law, that law's day as `known` holds it (the law of
 * that title adopted on or before it, the latest such); else the day it
 * was adopted.  A new string, or NULL with none of them.  `with` (may be
 * NULL): the law it takes effect with when it states no day of its own
 * (ix_law_starts_with; a new string or NULL), read on the way. */
char *ix_law_start_day(const ix_law_reader *lr, const ix_law_repeals *known, const zr_doc *doc, char **with);

/* The day a statute says it takes effect ("Энэ хуулийг 2027 оны 7 дугаар
 * сарын 1-ний өдрөөс эхлэн дагаж мөрдөнө"), or NULL; a sentence about one
 * of its articles ("Энэ хуулийн 5 дугаар зүйлийг …") is not the law's.  A
 * new string. */
char *ix_law_takes_effect_on(const ix_law_reader *lr, const zr_doc *doc);

/* The law whose taking effect a statement above a statute's name repeals
 * it on ("2017 оны 12 дугаар сарын 14-ний өдөр баталсан Малын генетик
 * нөөцийн тухай хууль хүчин төгөлдөр болсон өдрөөс эхлэн хүчингүй болсонд
 * тооцно"): its title key, *adopted its day of adoption and *line the
 * statement (new strings), or NULL.  The index knows the day that law
 * takes effect (lawrepeal.c); the statement's own day is its adoption. */
char *ix_law_awaits(const ix_law_reader *lr, const zr_doc *doc, char **adopted, char **line);

/* The comparable form of a law's title: lower case, letters only, one
 * space apart, without "Монгол Улсын", notes in brackets or slashes, and a
 * last "хууль" after "тухай" ("ХӨДӨЛМӨРИЙН ТУХАЙ ХУУЛЬ" and "Хөдөлмөрийн
 * тухай" are one).  A new string. */
char *ix_law_title_key(const char *title);

#endif
