/* server.h — the one entry point the command line uses to run Zaalt's web
 * front end: an HTTP server over a read-only index.
 *
 * Not for: routes, pages or the JSON API themselves (web/web.h and the
 * routes_*.c files); option parsing (cli/cmd_serve.c).
 */
#ifndef ZAALT_WEB_SERVER_H
#define ZAALT_WEB_SERVER_H

#include <glib.h>

#include "core/context.h"

#define ZW_ERROR (zw_error_quark())
GQuark zw_error_quark(void);

typedef enum {
    ZW_ERROR_ADDRESS, /* --bind is not a numeric IPv4/IPv6 address */
    ZW_ERROR_LISTEN,  /* the address/port could not be bound */
    ZW_ERROR_SIGNAL,  /* signal setup or wait failed */
} zw_error_code;

/* How to serve.  Zero-initialised fields take their defaults. */
#define ZW_CACHE_DEFAULT_MB 8
typedef struct zw_options {
    const char *bind;  /* numeric address; NULL: 127.0.0.1 */
    unsigned port;     /* 0: any free port */
    unsigned cache_mb; /* megabytes of compressed answers kept for repeated
                         * searches (web/cache.h); 0 turns the cache off */
} zw_options;

/* Serves the index at `db` on `bind`:`port` (port 0: any free port) until
 * SIGINT or SIGTERM arrives, then stops cleanly.  Opens the index once first
 * so a missing or foreign-schema index is reported before listening (that
 * error is in the ZS_ERROR domain, code ZS_ERROR_DB).  Prints one line saying
 * where it listens and one access-log line per request to stderr.
 *
 * `dbs` is NULL-terminated: index folders and tcp://HOST:PORT databases
 * searched as one (zs_engine_open_dbs), with configuration from `ctx`.
 * Returns 0 after a clean stop, -1 with `error` set otherwise. */
int zw_serve(zc_context *ctx, const char *const *dbs, const zw_options *opts, GError **error);

#endif
