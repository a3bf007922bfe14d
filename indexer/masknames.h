/* masknames.h — finding the personal names of a text (mask.c's helper):
 * the word lists that say what a name is, what a document has taught about
 * its names, and the search itself.
 *
 * Not for: РД, phone numbers and addresses (patterns, mask.c), replacing
 * what is found (mask.c), or loading the lists (mask.c).
 */
#ifndef ZAALT_IX_MASKNAMES_H
#define ZAALT_IX_MASKNAMES_H

#include <glib.h>
#include <stdbool.h>

#include "core/analysis.h"

/* Word sets, every word lower-cased.  Owned by the masker. */
typedef struct mk_rules {
    GHashTable *roles;        /* words after which a capitalised word is a person (шүүгдэгч, victim) */
    GHashTable *latin_roles;  /* those of them that are Mongolian typed in Latin letters (shuugdegch, eej) */
    GHashTable *research_roles; /* a study's words for the people it heard (respondent, оролцогч): a name after, numbered or not */
    GHashTable *keep_roles;   /* official roles whose holder's name stays (шүүгч, прокурор, judge) */
    GHashTable *rank_words;   /* words that may stand between a kept role and the name (ахлах, senior) */
    GHashTable *clan_words;   /* the word after a clan name (овогт) */
    GHashTable *family_first; /* East Asian family names written before the given name (zhang, kim) */
    GHashTable *titles;       /* titles before a person's name (mr, ms, miss) */
    GHashTable *names;        /* given names, always a name wherever capitalised */
    GHashTable *weak_names;   /* given names that are everyday words too: not at a sentence's start */
    GHashTable *parts;        /* parts of compound names (бат, баяр): two of them make a name */
    GHashTable *places;       /* places and other capitalised words that are never a person */
    GHashTable *not_names;    /* words never a name, not even after an initial (З.Хууль, A. Background) */
    GHashTable *after_words;  /* a capitalised word before one of these is a place or a body */
    GHashTable *name_columns; /* a table's column headings over people's names (нэр, эцэг/эхийн нэр, name) */
    GPtrArray *suffixes;      /* every ending a name takes (cases, reflexive, plural), longest first */
    GPtrArray *case_suffixes; /* the case endings stripped to find a name's stem */
} mk_rules;

/* What one document has taught: the stems of the names masked in it, with
 * the initials their shape gave ("" when none), and the officials kept. */
typedef struct mk_learned {
    GHashTable *masked;     /* stem -> initials (owned strings) */
    GHashTable *kept;       /* "initials.stem" of officials */
    GHashTable *kept_stems; /* stems of officials */
    GHashTable *party;      /* stems of names met in a party's role or with a clan name: never kept */
    GPtrArray *phrases;     /* char**: the folded words of a nickname of several (хар, бат), met again */
    GHashTable *fathers;    /* stems of a party's patronymic (оргилболд), masked where spelt in Latin */
    GHashTable *skeletons;  /* a cache (masknames.c): the skeletons of the stems above, or NULL */
    guint skeletons_of;     /* how many stems it was made of */
} mk_learned;

mk_learned *mk_learned_new(void);
void mk_learned_free(mk_learned *l);
/* Adds the name of an official as a field writes it ("Д.Оюунчимэг",
 * "T. Altantsetseg"). */
void mk_learn_official(const mk_rules *r, mk_learned *l, const char *name);

/* Finds the names in `text` (`az`, may be NULL, tells everyday words from
 * names: хохирогчид Хөдөлмөр, халамжийн … names a body), appending an ix_mask_span* (mask.h) for each
 * one masked to `spans` (NULL: none wanted).  With `learn`, the stems of the
 * names found in their strong shapes are added to `l` (the first pass over
 * a document's texts); without, bare and inflected forms of the names
 * learned are found too (the second pass). */
void mk_find_names(const mk_rules *r, mk_learned *l, az_analyzer *az, const char *text, bool learn, GPtrArray *spans);

/* Whether `tail` (lower-cased) is a chain of at most three name endings,
 * a leading hyphen allowed; "" is. */
bool mk_suffix_chain(const mk_rules *r, const char *tail);

/* A learned name spelt in Latin letters in `text` (a file's name,
 * gankhuyag_b_case.pdf): each word of four letters or more that is a form
 * of one learned from English text, or may stand for a form of one learned
 * in Cyrillic (core/translit.h), becomes a span, its replacement the
 * word's first letter in capitals.  Appended to `spans`. */
void mk_find_latin_names(const mk_rules *r, const mk_learned *l, const char *text, GPtrArray *spans);

/* Whether a word (lower-cased; a hyphenated ending allowed: Хууль-д) is one
 * nobody's name could be read in, with no words around it to tell: a word
 * of the Mongolian or English dictionary (`az`, may be NULL: none is), a
 * place, a body's word, a role, and not a given name or name part of the
 * lists in any spelling (Сарнай and Bold are both).  For a title, which
 * has no context (mask.c). */
bool mk_plain_word(const mk_rules *r, az_analyzer *az, const char *fold);

#endif
