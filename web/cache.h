/* cache.h — the server's memory of recent answers: search pages and API
 * answers kept compressed, looked up by everything the answer depends on,
 * and dropped least recently used first when the byte budget is spent.
 *
 * Not for: deciding what may be cached (server.c); static files (static.c
 * has ETags).
 */
#ifndef ZAALT_WEB_CACHE_H
#define ZAALT_WEB_CACHE_H

#include <glib.h>
#include <stdbool.h>

#include "web/web.h"

typedef struct zw_cache zw_cache;

/* A cache holding at most `max_bytes` of compressed answers and keys.
 * NULL (caching off) when `max_bytes` is 0. */
zw_cache *zw_cache_new(gsize max_bytes);
void zw_cache_free(zw_cache *cache);

/* Fills `reply` (status, type, extra headers, body) from the answer stored
 * under `key`; false when there is none.  Safe from any thread. */
bool zw_cache_lookup(zw_cache *cache, const char *key, zw_reply *reply);

/* Stores `reply`, a 200 answer with a body, under `key`, as answers of the
 * same `kind` (say, the path and language) are stored: compressed against
 * the first such answer, whose markup they mostly repeat.  An answer bigger
 * than an eighth of the budget is not kept. */
void zw_cache_store(zw_cache *cache, const char *kind, const char *key, const zw_reply *reply);

/* The key of an answer: the SHA-256 (64 hex digits) of a canonical
 * encoding of everything it depends on: the access level of the engine pool
 * that answers, the interface language, the `day` (today's law is the
 * default), the index `revision`, the `path`, and every parameter, name and
 * value, in order; each field length-prefixed, so two requests that differ
 * in any of them never share a key.  (The "\x1f"-joined key this replaces let
 * q=trafficking%1Ftype%3Dcode pass for q=trafficking&type=code and poison
 * that answer for everyone.)  A level and no user: a page never says who
 * asked, so readers of one level share answers and readers of two levels
 * never do.  `params` holds zw_param*. */
char *zw_cache_key_for(int level, zw_ui ui, const char *day, const char *revision, const char *path,
                       const GPtrArray *params);

/* Answers kept, and their bytes, for the log and the tests. */
void zw_cache_usage(zw_cache *cache, guint *entries, gsize *bytes, guint64 *hits, guint64 *misses);

/* Deflate of `body` at level 6: `window_bits` as zlib takes them (15 + 16:
 * a gzip stream; -15: raw), primed with `dict` when not NULL; NULL if zlib
 * fails. */
GBytes *zw_deflate(GBytes *body, int window_bits, GBytes *dict);

#endif
