/* terms.h — the index terms of a word, made one way for the indexer, the
 * query parser, the glossary and the snippet builder.
 *
 * Not for: how a query combines terms (search/query.h), which terms a unit
 * gets besides its words (indexer/unitdoc.c).
 */
#ifndef ZAALT_TERMS_H
#define ZAALT_TERMS_H

#include <glib.h>

#include "core/analysis.h"

/* Terms of one word, exactly as the indexer makes them: the folded word
 * (exact term), "Z" + its stem and, for a Cyrillic word, "K" + the key of
 * its stem (else NULL; `key` may be NULL if not wanted).  All g_malloc'd. */
void az_word_terms(az_analyzer *az, const char *word, int len, char **exact, char **stem, char **key);
/* The same for the indexer, which gives a word its key only when the
 * dictionary does not know it (az_word_known): `key` is NULL for a known
 * word.  One look at the analyzer's cache a word. */
void az_word_index_terms(az_analyzer *az, const char *word, int len, char **exact, char **stem, char **key);

/* The words of `text` after normalisation, as written (not folded), in
 * order: a new array of new strings. */
GPtrArray *az_split_words(const char *text);

/* The "Z" stem terms of the words of `text`, in order, as a phrase query
 * over it asks for them: a new array of new strings. */
GPtrArray *az_text_stems(az_analyzer *az, const char *text);

/* The whole-heading term of a heading (schema.h ZS_P_HEADING): "S^" and
 * the stems of its words, stopwords left out unless alone, joined by
 * spaces; NULL when it has no word or is too long to be a term.  The same
 * from words already folded: az_heading_term_of. */
char *az_heading_term(az_analyzer *az, const char *text);
char *az_heading_term_of(az_analyzer *az, const char *const *folded_words, guint n);

#endif
