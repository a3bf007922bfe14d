/* english.h — whether a Latin word of a query is English, or Mongolian
 * typed in Latin letters; and the English correction of an English typing
 * slip.
 *
 * A Latin word is spelt back into the Mongolian words it may stand for
 * (query.c's readings), which serves huuhed (хүүхэд) and ger buliin (гэр
 * бүлийн) but turned the English hours into хөрс ("soil"), days into
 * дайсан ("enemy") and hurt into хүртэх ("to receive") over an index of
 * Mongolian text, where the English word itself is never found to weigh
 * the reading down.  So a word is English, and gets no such reading, when
 * it is an English stopword, when the glossary knows it as English, or when
 * the English dictionary (hunspell-en-us) accepts it in a question whose
 * Latin words are mostly English: hun alone or in "hun alah" stays хүн.
 *
 * Not for: the readings themselves (query.c, core/analysis.c), "did you
 * mean" from the index's own words (spelling.c).
 */
#ifndef ZAALT_SEARCH_ENGLISH_H
#define ZAALT_SEARCH_ENGLISH_H

#include "core/analysis.h"

#include <glib.h>
#include <stdbool.h>

/* Whether the query `text` reads as English: more than half of its Latin
 * content words (not stopwords) are English (the glossary's English or the
 * English dictionary's words), and there are two or more, or one of four
 * letters or more (a lone bus or bar may be Mongolian). */
bool zq_english_question(az_analyzer *az, const char *text);

/* Whether the folded word, of a query that zq_english_question says is
 * English or not (`question`), is an English word: an English stopword
 * or a word the glossary knows as English, whatever the question; a word
 * the English dictionary accepts, in an English question. */
bool zq_english_word(az_analyzer *az, const char *folded, bool question);

/* Whether the folded Latin word is one of everyday English's light verbs
 * (want, get, make, take, keep, leave, give, go, put, need, let, come, and
 * their forms) or "thing(s)": a word that alone never says what a question
 * is about, so an answer it alone carries is no answer (search.c relax). */
bool zq_generic_word(const char *folded);

/* Whether the glossary has an entry for the folded Latin word as English. */
bool zq_glossary_english(az_analyzer *az, const char *folded);

/* The English word a Latin word that the English dictionary rejects was
 * meant to be (harrasment -> harassment, deportaton -> deportation): the
 * dictionary's likeliest correction that is one typing slip away (a letter
 * added, left out or changed, or two swapped), or two when the glossary
 * knows it as English; a word that spells Mongolian words (huuhed) only to
 * a word the glossary knows.  Only a plausible slip (zq_plausible_slip).
 * NULL when there is none.  A new string. */
char *zq_english_correction(az_analyzer *az, const char *folded);

/* Whether the folded Latin word `meant` reads as `typed` mistyped rather
 * than as another word: the first letter kept (sextortion is no slip of
 * extortion) and a letter changed only for one beside it on the keyboard
 * or a vowel for a vowel (hotline is not hotlink). */
bool zq_plausible_slip(const char *typed, const char *meant);

#endif
