/* translit.h — one skeleton for Mongolian typed in either script.
 *
 * Users often type Mongolian in Latin letters (huuhed, khun khudaldaa,
 * hvvhed, tsagdaa).  The key folds a Cyrillic word to a plain ASCII skeleton
 * that keeps every distinction Latin typing can keep and merges only the
 * ones it cannot (о/ө, у/ү, э/е, и/ы/й/ь); a Latin-typed word is turned back
 * into the Cyrillic spellings it may stand for, so that the dictionary and
 * the stemmer can take over (analysis.c: az_latin_keys).
 *
 * Not for: choosing stems (analysis.c), building queries (query.c).
 */
#ifndef ZAALT_TRANSLIT_H
#define ZAALT_TRANSLIT_H

#include <glib.h>
#include <stdbool.h>

/* The key of a folded (lower-case) word: Cyrillic letters to their ASCII
 * skeleton (х h, ц c, ч q, ш/щ w, ж j, ё io, ю iu, я ia; о/ө o, у/ү u,
 * э/е e, и/ы/й/ь i, ъ dropped, runs of i as one), other characters kept.
 * Returns a new string. */
char *tl_key(const char *folded);

/* Cyrillic spellings a folded Latin-typed word may stand for: kh/h/x -> х,
 * ts/c -> ц, ch/c -> ч, sh -> ш, zh/j -> ж, ya/yo/yu/ye -> я/ё/ю/е,
 * o/ou/oe -> о/ө, u/ue/v/y -> у/ү (u also ө, as in hudulmur), e -> э/е, i/y -> и/ы/й, ' -> ь,
 * ö -> ө, ü -> ү (MNS 5217:2012), q and an inner 8 -> ү/ө (chat typing).  With
 * `harmony`, candidates keep Mongolian vowel harmony (back а о у or front
 * э ө ү within a word; и is neutral), which prunes most of them.  Adds at
 * most `max` new strings to `out` (g_free'd by its owner) in a stable
 * order and returns how many it added; 0 if the word is not plain Latin. */
guint tl_cyrillic_candidates(const char *folded_latin, gboolean harmony, guint max, GPtrArray *out);

/* Whether a folded word is typed as Latin-typed Mongolian may be: lower-case
 * ASCII letters and ', the romanisation's ö and ü, and 8 (ө/ү) only inside a
 * run of letters; at least one letter. */
bool tl_latin_typed(const char *folded);

/* A spelling begun (a Cyrillic prefix): false when no word can start so. */
typedef bool (*tl_prefix_fn)(const char *cyrillic_prefix, void *user);

/* tl_cyrillic_candidates, a spelling dropped as soon as `may_begin` (if not
 * NULL) refuses its beginning, so that `max` counts only spellings that may
 * be words: a long word of many ambiguous letters (huchirhiilliin: 5,832
 * harmonious spellings) is otherwise cut off before its right one. */
guint tl_cyrillic_candidates_where(const char *folded_latin, gboolean harmony, guint max, tl_prefix_fn may_begin,
                                   void *user, GPtrArray *out);

#endif
