/* cache.h — the server's memory of recent answers: search pages and API
 * answers kept compressed, looked up by everything the answer depends on,
 * and dropped least recently used first when the byte budget is spent.
 *
 * Not for: deciding what may be cached or building the key (server.c does:
 * the key must hold the access level, the language, the day, the index
 * revision and the request); static files (static.c has ETags).
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

/* Answers kept, and their bytes, for the log and the tests. */
void zw_cache_usage(zw_cache *cache, guint *entries, gsize *bytes, guint64 *hits, guint64 *misses);

/* Deflate of `body` at level 6: `window_bits` as zlib takes them (15 + 16:
 * a gzip stream; -15: raw), primed with `dict` when not NULL; NULL if zlib
 * fails. */
GBytes *zw_deflate(GBytes *body, int window_bits, GBytes *dict);

#endif
