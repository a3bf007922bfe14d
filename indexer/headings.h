/* headings.h — the unofficial English headings of the statutes that
 * corpus-config/headings-en/ translates (the 2015 Criminal Code, the 2012
 * Law on Combating Trafficking in Persons, the chapters of the 2017
 * Criminal Procedure Law, and the names of the other core statutes),
 * applied to a statute the indexer recognises as
 * one of them by its title, date and structure, never by its file name.
 *
 * Not for: indexing the English (unitdoc.c), showing it (search/, web/),
 * nor the glossary of query-time synonyms (core/glossary.h).
 */
#ifndef ZAALT_IX_HEADINGS_H
#define ZAALT_IX_HEADINGS_H

#include <stdbool.h>

#include "core/context.h"
#include "core/record.h"

typedef struct ix_headings ix_headings;

/* Every table (.tsv) of the context's headings-en/ folder, loaded on the
 * first call and kept with the context, immutable afterwards.  Borrowed;
 * empty (never NULL) without the folder. */
const ix_headings *ix_headings_get(zc_context *ctx);

/* Number of laws loaded. */
guint ix_headings_laws(const ix_headings *h);

/* When `doc` is a statute of the tables — its title is the law's title
 * line, its date (when both have one) the law's date, and at least four in
 * five of the headings the table lists are found in it as written (the
 * article headings; for a table of chapters only, the chapter titles; a
 * law given only its name, as in statutes.tsv, lists none) —
 * sets doc->title_en and, on every article unit whose Mongolian heading is
 * the table's, label_en (and its chapter's chapter_en) with the words to
 * index beside them, and returns true.  A statute with the title but not
 * the structure gets a warning and nothing else. */
bool ix_apply_headings(const ix_headings *h, zr_doc *doc);

/* The headings, Mongolian (folded) and English, of the 2015 Criminal Code's
 * articles a decision applies (doc->articles: 13.1.2.1 gives 13.1's),
 * '; '-separated, each article once; NULL when the tables hold no Code or
 * none of its articles is applied.  Newly allocated. */
char *ix_applied_headings(const ix_headings *h, const zr_doc *doc);

#endif
