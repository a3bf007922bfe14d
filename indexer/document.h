/* document.h — making and filling the document an extractor returns
 * (zr_doc, core/record.h), and writing one unit's stored record from it.
 *
 * Every handler and structure finder adds units and fields through these;
 * the worker turns each unit into an index document (unitdoc.h), whose
 * data is ix_unit_record().
 *
 * Not for: reading records back (core/record.h: zr_record_*, shared with
 * the engine) or ids (zr_doc_make_id, zr_unit_make_id).
 */
#ifndef ZAALT_IX_DOCUMENT_H
#define ZAALT_IX_DOCUMENT_H

#include <glib.h>

#include "core/record.h"

/* An empty document: every array made, every string NULL. */
zr_doc *ix_doc_new(void);
void ix_doc_free(zr_doc *doc);
/* Adds a unit and returns it; ordinal is set.  Takes ownership of `text`
 * (NULL: ""). */
zr_unit *ix_doc_add_unit(zr_doc *doc, const char *kind, char *text);
/* Adds an applied or cited provision key to doc->articles, once. */
void ix_doc_add_article(zr_doc *doc, const char *key);

/* Frees a unit taken out of a document's array (a document frees its own). */
void ix_unit_free(zr_unit *unit);
/* Appends a part to an article unit. */
void ix_unit_add_part(zr_unit *unit, const char *key, int start, int end);
/* The lowest OCR confidence among the pages a unit covers (its own page
 * for a page unit, every recognised page otherwise), or -1 if its text
 * came from text layers only. */
int ix_unit_ocr_confidence(const zr_doc *doc, const zr_unit *unit);

/* One unit's stored record (core/record.h, ZR_KEY_*): the document's
 * fields and the unit's.  Strings that are not UTF-8 are repaired, never
 * refused: a record must not stop the writer. */
GBytes *ix_unit_record(const zr_doc *doc, const zr_unit *unit);

#endif
