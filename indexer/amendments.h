/* amendments.h — a statute's editorial notes attached to the units they
 * speak of, taken out of the text, and each unit's status and history.
 *
 * Not for: reading a note (legal/amendment.h), or the index terms of a
 * status (legal/amendment.h: zl_add_status_terms, called by unitdoc.c).
 */
#ifndef ZAALT_IX_AMENDMENTS_H
#define ZAALT_IX_AMENDMENTS_H

#include "core/record.h"
#include "indexer/structure.h"
#include "legal/amendment.h"

/* What became of one note, for measuring (bench/amendments.c): `holder` is
 * the unit whose text held it; `target` says what it was attached to
 * ("6.10.2", "article 6.11", "act", "chapter 12-15", NULL when the note
 * states no change); `how` how it was found: "above" (the unit above the
 * note), "numbered" (the numbers it names), "absent" (numbers of parts
 * the text no longer holds: kept in their article's history),
 * "explanation" (an article's Тайлбар), "chapter", "act", "fallback"
 * (numbers found nowhere: the unit above), "wider" (a point's note on the
 * part holding it, the points not being numbered: then an amendment),
 * "none" (no change). */
typedef void (*ix_note_fn)(const zl_note *note, const zr_unit *holder, const char *target, const char *how, void *user);

/* For a statute (doc->type "code"): finds the notes of every unit, adds
 * each dated change to the history of the unit or part it is about (or to
 * doc->act_amendments), removes the notes from the units' text (their
 * parts found again), and sets each unit's status ("in_force", or
 * "repealed" with repealed_on and valid_to the day before, when its last
 * change repeals it or every part of it is repealed; an article's Тайлбар
 * a note speaks of becomes a part of its own, zl_explanation_key) and
 * valid_from (the
 * day it was added, when a note says so and none was set).  `fn` (may be
 * NULL) hears of every note. */
void ix_attach_amendments(const ix_patterns *pat, zr_doc *doc, ix_note_fn fn, void *user);

#endif
