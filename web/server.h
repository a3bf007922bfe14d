/* server.h — the one entry point the command line uses to run Zaalt's web
 * front end: an HTTP server over a read-only index.
 *
 * Not for: routes, pages or the JSON API themselves (web/web.h and the
 * routes_*.c files); option parsing (cli/cmd_serve.c).
 */
#ifndef ZAALT_WEB_SERVER_H
#define ZAALT_WEB_SERVER_H

#include <glib.h>
#include <stdbool.h>

#include "core/context.h"

#define ZW_ERROR (zw_error_quark())
GQuark zw_error_quark(void);

typedef enum {
    ZW_ERROR_ADDRESS, /* --bind is not a numeric IPv4/IPv6 address */
    ZW_ERROR_LISTEN,  /* the address/port could not be bound */
    ZW_ERROR_SIGNAL,  /* signal setup or wait failed */
} zw_error_code;

/* How to serve.  Zero-initialised fields take their defaults. */
#define ZW_CACHE_DEFAULT_MB        8
/* Connections the server holds at once (fewer when the process may not open
 * that many descriptors), and how many of them one client address may hold:
 * a thirty-second, so that it takes 32 addresses, each holding its slots as
 * slowly as the deadlines below allow, to fill the server (with 1,024 slots,
 * 10 addresses of 120 slow connections did, and nobody else was answered).
 * An idle connection costs a descriptor and a few KB.  Behind a reverse
 * proxy every connection comes from the proxy's address: raise the
 * per-address cap there (`serve --max-per-address`). */
#define ZW_CONNECTION_LIMIT        4096
#define ZW_MAX_PER_ADDRESS_DEFAULT 128
/* Seconds a request may take from the connection's opening (or the end of
 * the previous answer on it) to the end of its headers, however steadily
 * its bytes trickle in; libmicrohttpd's own timeout only measures silence. */
#define ZW_REQUEST_DEADLINE_S      10
/* Seconds more for its body, from the end of its headers: a form of a few
 * KB arrives well within it, even at dial-up speed. */
#define ZW_BODY_DEADLINE_S         10
/* The default of zw_options.doc_page_kb: every real statute (the longest,
 * the Infringements Law, about 720 KB) is shown whole; a 23 MB text or a
 * 20,000-page PDF a stretch at a time, so that no page costs seconds to
 * build and send. */
#define ZW_DOC_PAGE_KB_DEFAULT 2048

typedef struct zw_options {
    const char *bind; /* numeric address; NULL: 127.0.0.1 */
    unsigned port;    /* 0: any free port */
    /* Megabytes of compressed answers kept for repeated searches
     * (web/cache.h); 0 turns the cache off. */
    unsigned cache_mb;
    /* Kilobytes of a document's text one viewer page shows at most (a
     * longer document is shown a stretch at a time); 0: the default. */
    unsigned doc_page_kb;
    /* Connections one client address may hold; 0: the default. */
    unsigned max_per_address;
    /* Names accepted in the Host header besides the listening address and
     * localhost, NULL-terminated: "name" (any port) or "name:port"; may be
     * NULL. */
    const char *const *hosts;
    /* PEM certificate and key: HTTPS (libmicrohttpd's TLS, GnuTLS), and
     * sign-in accepted on any address; NULL: plain HTTP, sign-in on
     * loopback only (web/signin.h). */
    const char *tls_cert;
    const char *tls_key;
    /* The audit log (web/audit.h), or NULL: none. */
    const char *audit_log;
    /* The file of readers' saved searches (web/saved.h), or NULL: none can
     * be saved. */
    const char *saved_searches;
    /* Seconds of silence after which a session ends; 0: the default. */
    unsigned session_idle_s;
    /* Failed sign-ins for one name or from one address within the window
     * after which attempts get 429; 0: the defaults (web/auth.h). */
    unsigned login_max_failures;
    unsigned login_window_s;
} zw_options;

/* Serves the index at `db` on `bind`:`port` (port 0: any free port) until
 * SIGINT or SIGTERM arrives, then stops cleanly.  Opens the index once first
 * so a missing or foreign-schema index is reported before listening (that
 * error is in the ZS_ERROR domain, code ZS_ERROR_DB).  Prints one line saying
 * where it listens and one access-log line per request to stderr.
 *
 * `dbs` is NULL-terminated: index folders and tcp://HOST:PORT databases
 * searched as one (zs_engine_open_dbs), with configuration from `ctx`.
 * A request whose Host header names neither this server's address,
 * localhost, nor one of `opts->hosts` is refused with 400, so that a web page
 * whose name an attacker points at this address (DNS rebinding) cannot read
 * it; a request without Host (HTTP/1.0) is served.
 *
 * Returns 0 after a clean stop, -1 with `error` set otherwise. */
int zw_serve(zc_context *ctx, const char *const *dbs, const zw_options *opts, GError **error);

/* True when `name` can be one of zw_options.hosts: a host name or numeric
 * address (an IPv6 one in brackets), optionally ":PORT". */
bool zw_host_name_is_valid(const char *name);

#endif
