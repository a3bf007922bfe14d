/* query.h — the query language: words, "phrases", AND / OR / NOT, -word,
 * ( ), field:value and field:"phrase", parsed by Zaalt itself into a Xapian
 * query whose terms come from the very analysis used at index time; also
 * =word (this form only), word* (any ending) and the connectors NEAR,
 * NEAR/n, /n, /s (same sentence) and /p (same part).
 *
 * Why not Xapian's QueryParser: on a syntax error it silently re-parses the
 * query as plain words, and its tokenizer does not know provision numbers or
 * case numbers.  Here a malformed query is an error that says what is wrong
 * and where.
 *
 * Not for: filters from the request's parameters (search.c), snippets.
 */
#ifndef ZAALT_QUERY_H
#define ZAALT_QUERY_H

#include "core/analysis.h"
#include "shim/zx.h"

#include <glib.h>

/* What the snippet highlighter should look for: folded exact words, stems
 * of every positive query word and of its glossary synonyms, and the keys a
 * Latin-typed word may stand for (so huuhed marks хүүхдийн). */
typedef struct zq_highlight {
    GHashTable *exact; /* folded word -> NULL */
    GHashTable *stems; /* stem -> NULL */
    GHashTable *keys;  /* script-folded key (translit.h) -> NULL */
    /* Filled by the snippet builder (snippet.c), not the parser: a word as
     * written in a unit -> the stem it matched by, or NULL for no match,
     * so that the snippets of one search analyse each spelling once.
     * zq_parse empties it, since the words it adds change what matches. */
    GHashTable *seen;
} zq_highlight;

zq_highlight *zq_highlight_new(void);
void zq_highlight_free(zq_highlight *h);

/* Relative weights of the ways a query word matches: its exact form and
 * stem score in full; the key of a Latin-typed word (huuhed meeting
 * хүүхэд) less; glossary synonyms (victim meeting хохирогч) least, so
 * that direct matches rank first. */
#define ZQ_WEIGHT_KEY       0.5
/* A Latin word's Mongolian reading weighs at most 1 and falls with the
 * share of the word as typed in the index (query.c: latin_reading_of);
 * below this weight the word is taken for English alone. */
#define ZQ_WEIGHT_LATIN_MIN 0.2
/* A Cyrillic word the dictionary knows is also read as the word it is with
 * a keyboard's missing letters put back only when the index holds that
 * this many times as often (query.c: cyrillic_reading_of). */
#define ZQ_CYRILLIC_FAR     10
/* A stem the typed word's derivation leads back to (хулгайлагч meeting
 * хулгайлах; core/derive.c). */
#ifndef ZQ_WEIGHT_DERIVED
#define ZQ_WEIGHT_DERIVED   0.5
#endif
#ifndef ZQ_WEIGHT_SYNONYM
#define ZQ_WEIGHT_SYNONYM   0.1
#endif
/* A word found in the document's title adds this much (query.c: title_query). */
#define ZQ_WEIGHT_TITLE     1.0
/* A unit whose heading (an article's, in Mongolian or English, or the
 * document's title) is the query's words as a whole, or a glossary
 * alternative of them, adds this much (query.c: with_heading_boost). */
#ifndef ZQ_WEIGHT_HEADING
#define ZQ_WEIGHT_HEADING   2.0
#endif
/* ...and this share of it again in the Criminal Code, the law whose
 * offences the corpus is about. */
#ifndef ZQ_WEIGHT_HEADING_CODE
#define ZQ_WEIGHT_HEADING_CODE 0.25
#endif

typedef struct zq_options {
    bool no_synonyms; /* do not expand through the EN <-> MN glossary */
    /* The index the query will run on, or NULL.  With it, a Latin word that
     * the index holds more often as itself than as Mongolian (law, court)
     * is not also read as Latin-typed Mongolian, and keys the index lacks
     * are left out. */
    zx_db *db;
    /* Every part of db carries the glossary's phrases as single terms
     * (gl_phrase_term): a glossary alternative of several words is asked
     * for by that term instead of by positions. */
    bool phrase_terms;
    /* Out, may be NULL: what the reader should be told about how the query
     * was read (char*, g_malloc'd), e.g. a word* cut to its commonest words. */
    GPtrArray *notices;
} zq_options;

/* Parses `text`.  Returns the query (match-all for an empty or blank
 * query: browsing), or NULL with ZS_ERROR_SYNTAX set, also for a query
 * that is not blank but has nothing to search for ("!!!", "\"\"",
 * "title:\"\"", a zero-width space): "nothing to search for".  `hl` (may be NULL) collects
 * the highlight terms.  zq_parse is zq_parse_with default options. */
zx_query *zq_parse(az_analyzer *az, const char *text, zq_highlight *hl, GError **error);
zx_query *zq_parse_with(az_analyzer *az, const char *text, const zq_options *opts, zq_highlight *hl, GError **error);

/* Whether `chunk`, one space-separated chunk of a plain query that the
 * tokenizer reads as one word, is English the index can only read
 * as itself: Latin letters, no stopword, no Mongolian reading the index
 * (`db`, may be NULL) holds, no glossary entry of its own; `english`: the
 * question reads as English (english.h), so an English word has no
 * Mongolian reading; in a question that does not, a word English too (an
 * English stopword, the glossary's or the English dictionary's: a
 * Latin-typed word that is neither is Mongolian misspelt, a word no
 * document has).  Such a word
 * reaches the Mongolian law only through the team's English headings. */
bool zq_untranslated(az_analyzer *az, zx_db *db, const char *chunk, bool english);

#endif
