/* flow.h — a document's text as its author laid it out (headings,
 * paragraphs, table rows, notes, headers and footers), gathered block by
 * block by the DOCX, ODT and HTML handlers and then cut into units one
 * way for all three (flow.c).
 *
 * Every piece is az_normalise()d as it is added, so heading offsets stay
 * true in the text the structure finders see.  Paragraphs and table rows
 * are blocks separated by a blank line, a row's cells joined by " | ";
 * a note comes after the paragraph (or row) that refers to it, as "[n]
 * text", so that it is found in that paragraph's section.
 *
 * Not for: reading any format (docx.c, odt.c, html.c), or finding legal
 * structure (structure.h, which ix_flow_add_units calls).
 */
#ifndef ZAALT_IX_FLOW_H
#define ZAALT_IX_FLOW_H

#include <glib.h>
#include <stdbool.h>

#include "indexer/handler.h"

typedef struct ix_flow_mark {
    gsize offset;  /* where the heading starts in text */
    int level;     /* 1..9 */
    char *heading; /* its text, normalised */
} ix_flow_mark;

typedef struct ix_flow {
    GString *text;       /* the body, normalised */
    GArray *marks;       /* ix_flow_mark, in text order */
    GPtrArray *pending;  /* char*: notes waiting for the end of their block */
    GPtrArray *asides;   /* char*: headers and footers, each once */
    char *first_heading; /* normalised, or NULL */
    int notes;           /* notes numbered so far */
} ix_flow;

void ix_flow_init(ix_flow *fl);
void ix_flow_clear(ix_flow *fl);

/* A paragraph (NULL or blank: nothing), then the notes it referred to. */
void ix_flow_paragraph(ix_flow *fl, const char *text);
/* A heading of `level` (1 = the highest); a blank one is nothing. */
void ix_flow_heading(ix_flow *fl, int level, const char *text);
/* One table row: its cells' texts (blank cells kept as empty, so columns
 * line up), then the notes its cells referred to.  A row of blank cells
 * is nothing. */
void ix_flow_row(ix_flow *fl, GPtrArray *cells);
/* The end of a table (a blank line after its rows). */
void ix_flow_table_end(ix_flow *fl);
/* A footnote or endnote referred to in the current block: numbered in the
 * order of reference when `mark` is NULL, else shown with `mark`. */
void ix_flow_note(ix_flow *fl, const char *mark, const char *text);
/* A header or footer: kept apart and added once, however many sections
 * repeat it. */
void ix_flow_aside(ix_flow *fl, const char *text);

/* The flow's units: a decision or a statute by its structure (layout.c,
 * ix_add_structured_units); otherwise one "section" per heading, labelled
 * with it, cut into chunks when long (a heading with nothing under it
 * before the next joins that next section).  Headers and footers open
 * the text, so they are read once, in the first unit.
 * Sets doc->type; when still NULL, doc->title to a statute's name from
 * the first lines, else the first heading, and doc->date to the first date
 * in the first 3,000 bytes; a doc->lang the text contradicts (a default
 * language set by the application) is replaced by the text's.  Returns false
 * (adding nothing) when the flow holds no text. */
bool ix_flow_add_units(const ix_extractor *ex, ix_flow *fl, zr_doc *doc, const char *type_hint);

/* ---- Shared by the handlers that build flows -------------------------- */

/* Numbers as lists and headings show them: "1", "a", "A", "i", "I" (ODF's
 * and HTML's names) or Word's numFmt names ("decimal", "lowerLetter",
 * "upperRoman", "russianLower", ...).  `n` >= 1 for letters and roman
 * numerals; an unknown format is decimal. */
char *ix_flow_format_number(const char *format, int n);

#endif
