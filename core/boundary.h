/* boundary.h — where sentences and parts (paragraphs, numbered parts of an
 * article) end in a unit's text, so that the indexer can leave position gaps
 * there and the query language can ask for two words in one sentence (/s)
 * or one part (/p) with a window of positions.
 *
 * Not for: which terms a word gives (terms.h), the query operators
 * themselves (search/query.c, search/proximity.c).
 */
#ifndef ZAALT_BOUNDARY_H
#define ZAALT_BOUNDARY_H

#include <stdbool.h>

typedef enum { AZ_BREAK_NONE = 0, AZ_BREAK_SENTENCE = 1, AZ_BREAK_PART = 2 } az_break;

/* Position gaps the indexer leaves (the schema's: they are on disk).  A
 * sentence's next word stands ZS_GAP_SENTENCE positions further than the
 * next word would, a part's ZS_GAP_PART: so two words of one sentence span
 * at most ZS_GAP_SENTENCE positions (unless the sentence is longer than
 * that) and two of different sentences more, and the same for parts. */
#define AZ_GAP_SENTENCE 256u
#define AZ_GAP_PART     16384u
/* Above this position no more gaps are left (a unit of over 130,000
 * parts): positions are 32 bits. */
#define AZ_GAP_LIMIT    0x7fffffffu

/* State of the scan over one text's tokens. */
typedef struct az_break_scan {
    const char *prev_end;   /* end of the previous token, NULL at the start */
    const char *prev_start; /* the previous token */
    int prev_len;
    bool prev_label; /* the previous token is a number that opened a line (a part's "2.") */
} az_break_scan;

/* What stands between the previous token and this one (`tok`, `len` bytes
 * into the same text): nothing, a sentence's end or a part's.  A part ends
 * at a blank line or before a line opening with a part's number ("2." or
 * "2)", not a clause's "2.1."); a sentence at . ! ? … followed by space,
 * unless it follows an initial (Б. Болд) or a part's number, or the next
 * word is lower case.  Advances the scan. */
az_break az_break_before(az_break_scan *scan, const char *tok, int len);

#endif
