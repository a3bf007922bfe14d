/* analysis.h — text analysis shared by indexing and querying.
 *
 * One path, used identically on both sides: normalise the text, split it into
 * tokens, and turn each word into its terms (exact form, stem).  The
 * Mongolian stemmer is hunspell-mn (cached) with a rule-based suffix stripper
 * for words the dictionary lacks; English words go to Xapian's Snowball
 * English stemmer.  Which stemmer a word gets depends on its script, not on
 * the unit's language, so a mixed-language unit and a query typed without a
 * language both work.
 *
 * Not for: which terms a query combines how (query.h), snippets (snippet.h).
 */
#ifndef ZAALT_ANALYSIS_H
#define ZAALT_ANALYSIS_H

#include <glib.h>
#include <stdbool.h>

/* Text normalisation for storage and analysis: NFKC; Latin look-alike
 * letters inside Cyrillic words folded to Cyrillic (БYЛЭГ -> БҮЛЭГ); old
 * font-encoding defects repaired (ї -> ү, є -> ө in Mongolian text); soft
 * hyphens removed; words hyphenated across a line end joined; ligatures
 * split; control characters other than \n and \t dropped; \r\n -> \n.
 * Case is kept (folding happens per token).  Returns a new string;
 * invalid UTF-8 is replaced by U+FFFD, never passed through. */
char *az_normalise(const char *text, gssize len);
/* A superscript digit right after a digit is kept, not folded by NFKC: it
 * numbers a provision an amendment inserted ("48¹ дүгээр зүйл" between 48
 * and 49, point "6.1.1¹" between 6.1.1 and 6.1.2), which read as "481" or
 * "6.1.11" would be another provision.  "48^1", the way such a number is
 * typed, is written "48¹" (one to three digits after the caret).  The
 * digit a superscript character stands for, or -1; and back. */
int az_superscript_value(gunichar c);
gunichar az_superscript_char(int digit);
/* Whether NFKC leaves `c` alone wherever it stands (normalise.c's fast
 * path; exposed for its test). */
bool az_nfkc_stable_char(gunichar c);
/* NFKC of valid UTF-8 `text` in time linear in its length: GLib's, a piece
 * at a time, with combining marks past 30 in a row dropped.  New string. */
char *az_nfkc(const char *text);

/* Lower-cases a word for indexing (full Unicode case folding, Ө/Ү included). */
char *az_fold(const char *word, gssize len);

/* The spelling a folded Latin word is stemmed by: British and American
 * spellings of one English word made one (organized and organised,
 * labor and labour, defense and defence, license and licence, center and
 * centre, judgment and judgement, traveled and travelled, catalog and
 * catalogue), by the families' endings, never word by word, so that every
 * word of a family meets its other spelling in the index and in the
 * glossary.  Short words the endings would turn into others are left
 * (four, hour, sense, size).  A new string; the word itself when no rule
 * applies. */
char *az_english_spelling(const char *folded_word);

typedef enum { AZ_SCRIPT_OTHER = 0, AZ_SCRIPT_CYRILLIC, AZ_SCRIPT_LATIN, AZ_SCRIPT_DIGIT } az_script;

typedef struct az_token {
    const char *start; /* into the analysed text */
    int len;           /* bytes */
    az_script script;
    unsigned pos; /* word position, 1-based */
} az_token;

/* Splits normalised text into word tokens: runs of letters and digits
 * (with inner apostrophes, and inner '.' / '/' / '-' between digits kept so
 * that 13.1.2 and 2024/ШЦТ/67 stay one token).  Calls `fn` per token; stops
 * early if it returns false. */
typedef bool (*az_token_fn)(const az_token *token, void *user);
void az_tokenise(const char *text, gssize len, az_token_fn fn, void *user);

/* Language of a stretch of text by script and letter statistics:
 * "mn" (Mongolian Cyrillic), "en", or NULL when neither (e.g. Russian). */
const char *az_detect_lang(const char *text, gssize len);

typedef struct az_analyzer az_analyzer;

/* Whether the text has a letter of Mongolian's own, ө or ү (Russian has
 * neither). */
bool az_has_mongolian_letters(const char *text, gssize len);

/* Whether hunspell-mn knows more than half of the text's first Cyrillic
 * words of three letters or more: what tells Mongolian where the letters
 * cannot (short Cyrillic without ө or ү: "Шийтгэх тогтоол" is, "Номер
 * полиса", "РЕСПУБЛИКАСЫ" and a Russian drawing's title block are not).
 * True when the dictionary is not installed or there is no such word. */
bool az_mostly_known(az_analyzer *az, const char *text, gssize len);

/* Loads the Mongolian dictionary (hunspell-mn) and the stopword lists.
 * Missing dictionary is not an error: the rule stemmer stands alone, and
 * az_analyzer_has_dictionary() says so. */
az_analyzer *az_analyzer_new(const char *config_dir);
/* The same, for a command that asks about few words (a search): the
 * dictionary's answers are read from the memo file `memo_path`
 * (dictmemo.h) and hunspell-mn is loaded only when a word is not there;
 * az_analyzer_save_memo adds what it then answered.  NULL `memo_path`: as
 * az_analyzer_new.  Not for a server, whose caches are kept a level apart
 * (az_analyzer_sibling), nor for an index run, whose words are the
 * documents'. */
az_analyzer *az_analyzer_new_remembering(const char *config_dir, const char *memo_path);
/* The same, the glossary kept between commands in the folder
 * `glossary_cache` (gl_load_files_cached), for an analyzer that is what
 * this program, its libraries, its dictionaries and config_dir's word
 * lists make it.  NULL `glossary_cache`: az_analyzer_new_remembering. */
az_analyzer *az_analyzer_new_full(const char *config_dir, const char *memo_path, const char *glossary_cache);
/* Writes the answers hunspell-mn gave since the analyzer was made into its
 * memo file (az_analyzer_new_remembering); true when there was none to
 * write or they were written, else false with *error set. */
bool az_analyzer_save_memo(az_analyzer *az, GError **error);
/* Whether hunspell-mn itself was loaded (a remembering analyzer may answer
 * every word without it). */
bool az_analyzer_dictionary_loaded(const az_analyzer *az);
/* An analyzer that shares `az`'s dictionary, lists, glossary and lock but
 * remembers words in caches of its own: a reader of one access level never
 * meets a word another level's readers made fast (web/server.c keeps one a
 * level, so that timing cannot tell an anonymous visitor what an
 * investigator searched).  Free it before `az`. */
az_analyzer *az_analyzer_sibling(az_analyzer *az);
void az_analyzer_free(az_analyzer *az);
/* Words whose analysis is remembered at most (then it starts again empty),
 * and a tenth as many Latin-typed words' readings; 200,000 by default,
 * which suits an indexer.  A server, which meets the
 * words of snippets too, keeps fewer to keep its memory down. */
void az_limit_cache(az_analyzer *az, guint max_words);
bool az_analyzer_has_dictionary(const az_analyzer *az);

/* The stem of a folded word (Cyrillic: Mongolian; Latin: English; digits:
 * itself).  Returns a new string.  Cached. */
char *az_stem(az_analyzer *az, const char *folded_word);

/* The stem and, for a Cyrillic word, the script-folded key of that stem
 * (translit.h; NULL for other words), both new strings; either pointer may
 * be NULL.  Cached: this is what indexing calls once per word. */
void az_word(az_analyzer *az, const char *folded_word, char **stem, char **key);

/* How a Mongolian word is stemmed.  AZ_STEM_FULL is what Zaalt uses: the
 * lemma list (mn-lemmas.tsv), hunspell-mn, the suffix rules for words the
 * dictionary lacks, and the protected legal terms (legal-terms.txt).  The
 * others exist to measure the parts (bench/analysis.c): the dictionary
 * alone (unknown words unchanged), the rules alone, or both without lists. */
typedef enum {
    AZ_STEM_FULL = 0,
    AZ_STEM_HUNSPELL,
    AZ_STEM_RULES,
    AZ_STEM_HUNSPELL_RULES,
} az_stem_mode;

/* The stem under `mode`, uncached.  Returns a new string. */
char *az_stem_with(az_analyzer *az, const char *folded_word, az_stem_mode mode);

/* True if the dictionary (or the lemma or protected list) knows the folded
 * Cyrillic word, capitalised or not. */
bool az_is_known(az_analyzer *az, const char *folded_word);

/* The same, cached with the word's stem and key (az_word): what the
 * indexer asks of every word. */
bool az_word_known(az_analyzer *az, const char *folded_word);

/* az_word and az_word_known in one look at the cache, for the indexer:
 * the stem with `stem_prefix` before it, and the key with `key_prefix`
 * before it only for a Cyrillic word that is not known (NULL for every
 * other word: a known word needs no key, indexer/unitdoc.c).  New
 * strings. */
void az_word_index(az_analyzer *az, const char *folded_word, const char *stem_prefix, const char *key_prefix,
                   char **stem, char **unknown_key);

/* True if the dictionary knows the folded word in lower case: an everyday
 * word (хөдөлмөр, сарнай), not only a proper noun (Батбаяр).  What the
 * masker (indexer/mask.h) asks of a capitalised word after a role. */
bool az_is_everyday_word(az_analyzer *az, const char *folded_word);

/* True if the English dictionary (hunspell-en-us) accepts the folded
 * Latin word (hours, took, spouse): an English word, whatever Mongolian its
 * letters could also spell.  False when the dictionary is not installed. */
bool az_is_english_word(az_analyzer *az, const char *folded_word);

/* The English dictionary's corrections of a folded Latin word it does not
 * accept (harrasment -> harassment), likeliest first, folded, single words
 * only; empty for a word it accepts or without the dictionary.  A new
 * array of new strings. */
GPtrArray *az_english_suggestions(az_analyzer *az, const char *folded_word);

/* The keys a folded Latin-typed word may stand for as Mongolian: the keys
 * of the stems of the Cyrillic words it can spell (at most six, likeliest
 * first; empty when the word is not plain Latin).  Cached.  A new array of
 * new strings. */
GPtrArray *az_latin_keys(az_analyzer *az, const char *folded_latin);

/* The dictionary words behind those keys: the folded Cyrillic words the
 * Latin spelling can stand for (huuhdiin -> хүүхдийн), likeliest first;
 * empty for a name the dictionary lacks.  Cached with the keys.  A new
 * array of new strings. */
GPtrArray *az_latin_words(az_analyzer *az, const char *folded_latin);

/* The dictionary's words a folded Cyrillic word may have been meant as when
 * typed with the letters a phone or a Russian keyboard confuses: у for ү, о
 * for ө, е for э, и for й, ы for ий and back, ь or ъ left out (хун ->
 * хүн, хуухэд -> хүүхэд, хуул -> хууль): every known word that tl_key folds
 * alike once ь and ъ are left out, the word itself not among them.  Empty
 * when there is none or no dictionary.  Cached.  A new array of new
 * strings; which of them a query searches is the caller's (query.c). */
GPtrArray *az_cyrillic_alternatives(az_analyzer *az, const char *folded_word);

/* The EN <-> MN glossary loaded from corpus-config/glossary.tsv and
 * glossary-law.tsv, with the one-way synonyms of mn-synonyms.tsv, or NULL. */
typedef struct gl_glossary gl_glossary;
const gl_glossary *az_glossary(const az_analyzer *az);

/* True if the folded word is a stopword of its script's language. */
bool az_is_stopword(const az_analyzer *az, const char *folded_word);

/* True if the folded word is a protected legal term (legal-terms.txt). */
bool az_is_protected(const az_analyzer *az, const char *folded_word);

/* The stems a Mongolian word's derivation may lead back to (derive.c):
 * хулгайлагч -> хулгайл, хөндүүлсэн -> хөнд, хулгайч -> хулгай; proposals
 * a caller keeps only where the index holds them.  Empty for a protected
 * term, a stopword or a word in another script.  A new array of new
 * strings. */
GPtrArray *az_derived_stems(az_analyzer *az, const char *folded_word);

#endif
