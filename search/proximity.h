/* proximity.h — the query language's proximity connectors (NEAR, NEAR/n,
 * /n, /s, /p) and prefix words (word*), for query.c.
 *
 * Not for: parsing (query.c), which terms a word gives (core/terms.h), where
 * sentences and parts end (core/boundary.h: the windows below rest on the
 * position gaps it defines).
 */
#ifndef ZAALT_PROXIMITY_H
#define ZAALT_PROXIMITY_H

#include "shim/zx.h"

#include <glib.h>
#include <stdbool.h>

typedef enum { ZQ_NEAR, ZQ_SENTENCE, ZQ_PART } zq_near_kind;

typedef struct zq_connector {
    zq_near_kind kind;
    unsigned distance; /* ZQ_NEAR: words apart at most */
} zq_connector;

/* NEAR alone: within this many words. */
#define ZQ_NEAR_DEFAULT 10
#define ZQ_NEAR_MAX     1000
/* word*: at most this many words searched, the commonest first. */
#define ZQ_PREFIX_MAX   64
/* word*: at least this many letters before the star. */
#define ZQ_PREFIX_MIN   3

/* Whether `text` (one token) is a connector: "NEAR", "NEAR/n", "/n", "/s",
 * "/p" (either case after the slash).  True with *out filled, or true with
 * *problem set (g_malloc'd) for a malformed one ("NEAR/", "/x", "NEAR/0");
 * false for anything else. */
bool zq_connector_read(const char *text, zq_connector *out, char **problem);

/* A chain of `n` operands joined by n - 1 connectors.  Each operand is a
 * GPtrArray of its words, each word a GPtrArray of the positional terms
 * that may stand at its place (alternatives).  Each connector asks that the
 * words of the operands on either side stand within its window: n words
 * apart (NEAR/n; an operand of several words widens the window by its
 * length), in one sentence (/s) or in one part (/p).  The query is the AND
 * of those pairs. */
zx_query *zq_proximity(GPtrArray *const *operands, const zq_connector *conns, guint n);

/* Terms of `db` starting with `start` (a schema prefix and the folded
 * beginning of a word), the commonest ZQ_PREFIX_MAX, a new array of new
 * strings; *found: how many there are (a lower bound when the walk was cut
 * at 100,000). */
GPtrArray *zq_prefix_terms(zx_db *db, const char *start, unsigned *found);

#endif
