/* patterns.h — the structure finders' patterns as loaded from
 * corpus-config (structure-patterns.ini, decision-patterns.ini, courts.tsv),
 * and the few text helpers the finders share.
 *
 * For the structure finders (articles.c, decision.c, courts.c, doctype.c)
 * only: everything else holds an ix_patterns as an opaque pointer
 * (structure.h) and passes it down.
 *
 * Not for: the finders themselves, or XML mappings (mappings.h).
 */
#ifndef ZAALT_IX_PATTERNS_H
#define ZAALT_IX_PATTERNS_H

#include <glib.h>
#include <stdbool.h>

#include "indexer/structure.h"

/* How much of a decision is its header: the court, type, number and date
 * all come before the facts. */
#define IX_HEADER_BYTES 6000

/* One [style:NAME] of structure-patterns.ini: how an article heading looks. */
typedef struct ix_article_style {
    char *lang;      /* which label style its units get: "mn", "en" */
    GRegex *re;      /* group 1 the number, group 2 the title (may be empty) */
    bool words;      /* group 1 is a number in Mongolian words */
    bool as_written; /* the label is the heading line as written */
} ix_article_style;

/* Immutable once loaded: every forked worker reads the parent's copy. */
struct ix_patterns {
    GPtrArray *styles;        /* ix_article_style*; the compiled-in two without the file */
    GHashTable *number_words; /* lower-case stem -> GINT_TO_POINTER(value) */
    GRegex *part_item;        /* a part or clause at a line start; group 1 its number */
    GRegex *part_unsure;      /* a number at a line start that is an item only where the
                               * sequence of items expects it ([parts] unsure); NULL: none */
    GRegex *frame_heading;    /* a framing article's heading ([frame]); NULL: none is */
    /* decisions (decision-patterns.ini; NULL: that field is not read) */
    GRegex *operative, *number, *case_index, *presiding, *panel, *prosecutor, *sentence, *sentence_final;
    char **verdict;           /* words of a paragraph that decides guilt */
    char **series;            /* the series codes of case numbers: "ШЦТ", ... */
    GHashTable *courts;       /* ix_court_key of a name or alias -> canonical name */
    GHashTable *court_levels; /* canonical -> level */
    char **capitalise_after;  /* "дүүргийн эрүүгийн", ... */
};

/* ---- Shared by the finders ---------------------------------------------- */

/* Group `n` of a match, or NULL when the group did not take part. */
char *ix_match_group(GMatchInfo *mi, int n);
/* Group `group` of the first match of `re` in `text`; NULL without a match
 * or without `re`. */
char *ix_first_match(const GRegex *re, const char *text, int group);
/* A copy of at most `max` bytes of `text` (-1: all), cut on a character
 * boundary. */
char *ix_utf8_prefix(const char *text, gssize max);
/* Text with every whitespace run made one space (lines wrap anywhere in a
 * PDF: "гэм" / "буруутайд тооцсугай"). */
char *ix_fold_space(const char *text);
/* True when `line` has letters and none of them is lower case. */
bool ix_all_capitals(const char *line);
/* Upper case with whitespace runs folded to one space: how courts.tsv's
 * names are looked up. */
char *ix_court_key(const char *name);

/* Calls `fn` for each line of `text` that an article style matches (the
 * first style that matches a line wins), with the match, the line's byte
 * offset and the style, until `fn` returns false (articles.c). */
typedef bool (*ix_heading_fn)(GMatchInfo *mi, int line_offset, const ix_article_style *style, void *user);
void ix_match_headings(const ix_patterns *pat, const char *text, ix_heading_fn fn, void *user);

/* The decision-type heading among the first lines (at most 120) of a
 * decision ("ШИЙТГЭХ ТОГТООЛ" -> "Шийтгэх тогтоол"), or NULL; its line
 * number in *line_index when found (decision.c; `line_index` may be NULL). */
const char *ix_decision_type_in(char **lines, int *line_index);

/* The court named on line `i` of a decision's header, with the capital
 * lines above it that a wrapped heading put there; NULL when the line
 * names no court (courts.c). */
char *ix_court_named_at(char **lines, int i);

#endif
