/* glossary.h — the EN <-> MN legal vocabulary (corpus-config/glossary.tsv),
 * used as query-time synonyms so that an English query also finds Mongolian
 * documents and the reverse.
 *
 * An entry is matched by the stems of its words, stopwords left out
 * ("trafficking in persons", "persons trafficked" and "trafficking of
 * persons" all have the key "traffick person"), so the user's inflection
 * does not matter.  Each entry's alternatives are its counterparts and
 * their counterparts (forced labor -> албадан хөдөлмөр -> forced labour).
 *
 * Not for: building the queries (query.c).
 */
#ifndef ZAALT_GLOSSARY_H
#define ZAALT_GLOSSARY_H

#include "search/analysis.h"

#include <glib.h>

/* Loads "english<TAB>mongolian" lines ('#' comments).  NULL when the file is
 * absent or has no entries. */
gl_glossary *gl_load(az_analyzer *az, const char *path);
void gl_free(gl_glossary *g);

/* The lookup key of a run of folded words: their stems, stopwords left out,
 * joined by spaces; NULL when only stopwords remain.  A new string. */
char *gl_key(az_analyzer *az, const char *const *folded_words, guint n);

/* The lookup key of a run of folded words as Latin-typed Mongolian: "k:"
 * and the keys (translit.h) of their stems, stopwords left out; NULL when a
 * word has no key.  A new string. */
char *gl_latin_key(az_analyzer *az, const char *const *folded_words, guint n);

/* The texts (as written in the glossary) that stand for the same thing as
 * the words with this key, in the other language and in variant spellings;
 * NULL when the glossary has no such entry.  Borrowed. */
const GPtrArray *gl_lookup(const gl_glossary *g, const char *key);

/* The most words (stopwords included) of any entry: how far a query needs
 * to look ahead. */
guint gl_max_words(const gl_glossary *g);

/* Number of entries (pairs) loaded. */
guint gl_size(const gl_glossary *g);

/* Splits text as the index does and folds each word: a new array of new
 * strings. */
GPtrArray *gl_words(const char *text);

#endif
