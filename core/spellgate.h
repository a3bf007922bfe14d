/* spellgate.h — a cheap "cannot be a dictionary word" test before hunspell.
 *
 * A Latin-typed query word is spelt back into up to 800 Cyrillic spellings
 * (translit.h), and each was asked of hunspell-mn: a failing check costs
 * tens of thousands of instructions, and nearly all fail.  The gate holds
 * every run of three letters (the word's start and end count as letters)
 * that any word hunspell-mn can accept may contain: its stems, every suffix
 * joined to every stem ending it may follow (two suffixes deep, as hunspell
 * allows) and the joins of compound parts.  A spelling holding a run outside
 * the table cannot be accepted and is dropped unasked; the table errs only
 * towards letting a spelling through, so the gate never drops a word
 * hunspell would accept.
 *
 * The table (spellgate_table.c) is built from the installed dictionary by
 * tools/mkspellgate.c (`make spellgate`) and carries the size and a hash of
 * the files it was built from; when the installed dictionary differs, the
 * gate stays open and every spelling goes to hunspell as before.
 *
 * Not for: stemming or anything else about the words that pass (analysis.c).
 */
#ifndef ZAALT_SPELLGATE_H
#define ZAALT_SPELLGATE_H

#include <glib.h>
#include <stdbool.h>
#include <stdint.h>

/* Symbols of the table: the word's start and end, then the lower-case
 * Cyrillic letters а-я, ё, ө, ү.  Anything else has no symbol (-1). */
enum { SG_START = 0, SG_END = 1, SG_N = 37 };

static inline int
sg_symbol(gunichar c)
{
    if (c >= 0x0430 && c <= 0x044F)
        return 2 + (int)(c - 0x0430);
    if (c == 0x0451)
        return 34;
    if (c == 0x04E9)
        return 35;
    if (c == 0x04AF)
        return 36;
    return -1;
}

static inline unsigned
sg_index(int a, int b, int c)
{
    return ((unsigned)a * SG_N + (unsigned)b) * SG_N + (unsigned)c;
}

#define SG_WORDS ((SG_N * SG_N * SG_N + 63) / 64)

/* What the table was built from (spellgate_table.c). */
typedef struct {
    int64_t aff_size, dic_size;
    uint64_t aff_hash; /* sg_hash (the first 64 bits of SHA-256) of the whole .aff file */
    uint64_t dic_hash; /* sg_hash of the .dic file's first 64 KiB */
} sg_source;

extern const sg_source sg_table_source;
extern const uint64_t sg_table[SG_WORDS];

/* The first 64 bits of the SHA-256 of `data`. */
uint64_t sg_hash(const char *data, size_t len);

/* The fingerprint of a dictionary's files; false when either is unreadable. */
bool sg_fingerprint(const char *aff_path, const char *dic_path, sg_source *out);

/* True when the table was built from these dictionary files. */
bool sg_table_matches(const char *aff_path, const char *dic_path);

/* False only when the folded word holds a run of three letters that no
 * word of the dictionary holds (see above); true for a word with letters
 * outside the table's, which it cannot judge. */
bool sg_may_be_word(const char *folded);

/* The same for the start of a word still being spelt: false only when the
 * folded prefix already holds such a run (its end not counted), so no word
 * that begins with it can pass.  What prunes a Latin word's spellings while
 * they are made (translit.h: tl_cyrillic_candidates_where). */
bool sg_may_begin(const char *folded_prefix);

#endif
