/* glossary.h — the EN <-> MN legal vocabulary (corpus-config/glossary.tsv,
 * glossary-law.tsv) and the everyday Mongolian words for the law's
 * (mn-synonyms.tsv),
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

#include "core/analysis.h"

#include <glib.h>

/* Loads "english<TAB>mongolian" lines ('#' comments; further columns,
 * such as glossary-law.tsv's source, ignored).  NULL when the file is
 * absent or has no entries. */
gl_glossary *gl_load(az_analyzer *az, const char *path);
/* The same from several files of pairs (NULL-terminated; a missing file
 * has no entries), and one-way synonyms from `oneway_files`
 * ("typed<TAB>law<TAB>...", mn-synonyms.tsv): the typed words, in Cyrillic
 * or Latin letters, also search the law's phrase, which never leads back
 * to them.  NULL when there is no entry at all. */
gl_glossary *gl_load_files(az_analyzer *az, const char *const *pair_files, const char *const *oneway_files);
/* The same, kept between commands: from the file in `cache_dir` made for
 * these files' bytes and `analyzer_id` (what else decides the keys: the
 * analyzer's word lists and dictionaries, the program and its libraries;
 * az_analyzer_new_full makes it), else loaded and that file written (0600;
 * the eight newest of the folder kept).  Loading is most of a
 * search command's own work on a small index, and every command but the
 * server loads the same glossary.  *from_cache (may be NULL) says which.
 * NULL `cache_dir` or `analyzer_id`: gl_load_files.  A file that cannot be
 * read or written costs the time, never the glossary. */
gl_glossary *gl_load_files_cached(az_analyzer *az, const char *const *pair_files, const char *const *oneway_files,
                                  const char *cache_dir, const char *analyzer_id, bool *from_cache);
void gl_free(gl_glossary *g);

/* The lookup key of a run of folded words: their stems, stopwords left out,
 * joined by spaces; NULL when only stopwords remain.  A new string. */
char *gl_key(az_analyzer *az, const char *const *folded_words, guint n);

/* The lookup key of a run of folded words as Latin-typed Mongolian: "k:"
 * and the keys (translit.h) of their stems, Mongolian stopwords left out (a
 * Latin word: when it spells one, never for being an English stopword);
 * NULL when a word has no key.  A new string. */
char *gl_latin_key(az_analyzer *az, const char *const *folded_words, guint n);

/* The texts (as written in the glossary) that stand for the same thing as
 * the words with this key, in the other language and in variant spellings;
 * NULL when the glossary has no such entry.  Borrowed. */
const GPtrArray *gl_lookup(const gl_glossary *g, const char *key);

/* The most words (stopwords included) of any entry: how far a query needs
 * to look ahead. */
guint gl_max_words(const gl_glossary *g);

/* Number of entries (pairs) loaded, and of one-way synonyms. */
guint gl_size(const gl_glossary *g);
guint gl_oneway_size(const gl_glossary *g);

/* Phrases.  Every text of the glossary with two words or more is also
 * indexed as one term where its stems stand at consecutive positions
 * (unitdoc.c), so that a query expanding to it reads one posting list
 * instead of the positions of common words.  The term is "XG" and the
 * bare stems joined by spaces.
 *
 * gl_phrase_term: the term of a text of the glossary (as gl_lookup gives
 * it), or NULL for a single word or a phrase too long to be a term.
 * Borrowed. */
const char *gl_phrase_term(const gl_glossary *g, const char *text);
/* Calls fn(term) once for each occurrence of a phrase in a run of stem
 * terms ("Z" + stem) at the given positions (ascending). */
void gl_phrases_each(const gl_glossary *g, const char *const *stems, const unsigned *positions, guint n,
                     void (*fn)(const char *term, void *user), void *user);
/* A digest of every phrase and its term: an index carries it
 * (ZS_META_PHRASES) when all its documents were made with these phrases,
 * and only then do queries use the terms.  "none" without a glossary.
 * Borrowed. */
const char *gl_phrases_fingerprint(const gl_glossary *g);

/* Splits text as the index does and folds each word: a new array of new
 * strings. */
GPtrArray *gl_words(const char *text);

#endif
