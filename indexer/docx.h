/* docx.h — inside the DOCX handler: paragraph styles and list numbering
 * (docx_styles.c), read by docx.c.
 *
 * Word keeps what a paragraph is in its style (styles.xml: a heading by
 * its outline level or its built-in name "heading N", which stays English
 * in every localised Word), and its number in numbering.xml: a list
 * definition per level (start, format, text such as "%1.%2."), counted as
 * the paragraphs come.  Rendering the numbers puts "13.1 дүгээр зүйл"
 * typed as a numbered paragraph into the text as the reader sees it.
 *
 * Not for: the body, notes or parts (docx.c).
 */
#ifndef ZAALT_IX_DOCX_H
#define ZAALT_IX_DOCX_H

#include <glib.h>
#include <libxml/tree.h>
#include <stdbool.h>

typedef struct docx_styles docx_styles;
typedef struct docx_numbering docx_numbering;

/* What a paragraph is, from its own properties and its style. */
typedef struct docx_para_kind {
    int level;   /* heading level 1..9, 0 for body text */
    bool skip;   /* a table-of-contents entry: its text is the headings' again */
    int num_id;  /* list numbering, 0 for none */
    int ilvl;    /* list level 0..8 */
    bool hidden; /* its style's run properties hide its text (w:vanish) */
} docx_para_kind;

/* styles.xml (NULL: no styles) read; never NULL. */
docx_styles *docx_styles_read(xmlDocPtr styles);
void docx_styles_free(docx_styles *st);
/* Classifies paragraph `p` (w:p) by its w:pPr and style. */
docx_para_kind docx_paragraph_kind(const docx_styles *st, xmlNode *p);

/* Whether run `r` (w:r) is hidden text (w:vanish, directly, by its
 * character style or one its basedOn chain reaches, or by its
 * paragraph's style when `paragraph_hidden`):
 * Word shows and prints none of it. */
bool docx_run_hidden(const docx_styles *st, xmlNode *r, bool paragraph_hidden);
/* Whether run `r` is set superscript (w:vertAlign w:val="superscript"),
 * by its own properties or its character style's. */
bool docx_run_superscript(const docx_styles *st, xmlNode *r);

/* numbering.xml (NULL: no lists) read; never NULL. */
docx_numbering *docx_numbering_read(xmlDocPtr numbering);
void docx_numbering_free(docx_numbering *nb);
/* The number the next paragraph of list `num_id` at level `ilvl` shows
 * ("13.1", "а)", "IV."), counting it; NULL for a bullet or no list.  *sep
 * is what follows the number: " ", or "" when the list says nothing. */
char *docx_numbering_next(docx_numbering *nb, int num_id, int ilvl, const char **sep);

#endif
