/* guard.h — what the server does against clients that mean it harm, before
 * any route runs: deadlines on each request's headers and body and a bound
 * on the body's size (slow clients), the
 * Host check (DNS rebinding), the bounds on what a request may ask for (page
 * numbers, query length) and on the size of a search answer; and, so that an
 * attack costs no more than it must, libmicrohttpd's log with its repeats
 * counted and room for every connection's descriptor.
 *
 * Not for: counting connections (libmicrohttpd does, with the limits in
 * server.h), access levels (server.c, core/access.h).
 */
#ifndef ZAALT_WEB_GUARD_H
#define ZAALT_WEB_GUARD_H

#include <glib.h>
#include <microhttpd.h>
#include <stdarg.h>
#include <stdbool.h>

#include "search/search.h"
#include "web/web.h"

/* ---- the request deadline ---- */

/* Watches every open connection and shuts down the socket of one whose
 * request's headers have not arrived `headers_s` seconds after the
 * connection opened or its previous answer was sent, or whose body has not
 * arrived whole `body_s` seconds after its headers.  libmicrohttpd closes
 * the connection then, as when a client hangs up. */
typedef struct zw_guard zw_guard;

zw_guard *zw_guard_new(unsigned headers_s, unsigned body_s);
/* Stops the watcher.  Call after MHD_stop_daemon: no connection is left. */
void zw_guard_free(zw_guard *guard);
/* MHD_OPTION_NOTIFY_CONNECTION's callback; `cls` is the guard. */
void zw_guard_on_connection(void *cls, struct MHD_Connection *connection, void **socket_context,
                            enum MHD_ConnectionNotificationCode code);
/* The request on `connection` has all its headers and a body may follow:
 * the body's deadline starts. */
void zw_guard_body_begins(struct MHD_Connection *connection);
/* The request on `connection` is whole (or is answered without its body):
 * no deadline while it is answered. */
void zw_guard_request_begins(struct MHD_Connection *connection);
/* Its answer is sent (or abandoned): the next request's deadline starts. */
void zw_guard_request_ends(struct MHD_Connection *connection);
/* Connections cut so far. */
guint64 zw_guard_cut(zw_guard *guard);
/* MHD_OPTION_EXTERNAL_LOGGER's callback (`cls` is the guard): prints
 * "zaalt: http: MESSAGE", and a message that comes again at once as a count
 * ("(391 more times)"), so that an attack does not flood the log. */
void zw_guard_log(void *cls, const char *format, va_list ap);
/* How many of `want` connections the process can hold: each is a file
 * descriptor, and a service manager often starts a process with a soft
 * limit of 1024, so the limit is raised as far as the hard one allows, and
 * what is returned is lowered (and said on stderr) when that is not enough. */
unsigned zw_guard_connection_room(unsigned want);

/* ---- the Host header ---- */

/* The names a Host header may give: the listening address (`bind`, numeric;
 * a wildcard address accepts any numeric address) and "localhost", each
 * with no port or the listening port; and each of `extra` ("name": with any
 * port; "name:port": with that one). */
typedef struct zw_hosts zw_hosts;

zw_hosts *zw_hosts_new(const char *bind, const char *const *extra);
/* The port listened on, once known (--port 0 picks one); safe from any
 * thread. */
void zw_hosts_set_port(zw_hosts *hosts, unsigned port);
void zw_hosts_free(zw_hosts *hosts);
/* True when `host` (a Host header's value) names this server.  NULL or ""
 * (an HTTP/1.0 request) is accepted. */
bool zw_hosts_allow(const zw_hosts *hosts, const char *host);

/* ---- bounds ---- */

/* The biggest request body any route takes.  The only bodies are forms
 * (sign-in, sign-out, saving, deleting and revoking a saved search), a few
 * KB at most (signin.c reads 4 KB of one); a request that declares more is
 * refused before a byte of its body is read, and a chunked body that grows
 * past it has its connection closed. */
#define ZW_MAX_BODY_BYTES       (64 * 1024)
/* The longest search (q=) a request may carry, in characters: the bound of
 * every channel (search/search.h). */
#define ZW_MAX_Q_CHARS          ZS_MAX_QUERY_CHARS
/* The biggest answer a search may give: a results page, and a JSON answer
 * (100 hits with their snippets make about 100 KB over the real corpus). */
#define ZW_MAX_PAGE_BYTES       (128 * 1024)
#define ZW_MAX_API_ANSWER_BYTES (512 * 1024)
#define ZW_MAX_EXPORT_BYTES     (4 * 1024 * 1024)

/* Why a request is refused: its status, the JSON error code, and a message
 * for the reader in the interface's language (owned). */
typedef struct zw_refusal {
    unsigned status;
    const char *code;
    char *message;
} zw_refusal;

/* False with `out` filled when `req` asks for what no answer should cost:
 * a page= that is not a whole number from 1 to ZW_MAX_PAGE on /search, a q=
 * longer than ZW_MAX_Q_CHARS. */
bool zw_guard_check_request(const zw_request *req, zw_refusal *out);
/* False with `out` filled when `reply`, the answer to a search on `path`,
 * is bigger than a search answer may be. */
bool zw_guard_check_answer(const char *path, zw_ui ui, const zw_reply *reply, zw_refusal *out);
/* The refusal of a Host that does not name this server. */
void zw_guard_bad_host(zw_ui ui, zw_refusal *out);
/* True when a request whose Content-Length header is `content_length`
 * (NULL: none, or chunked) may send its body: at most ZW_MAX_BODY_BYTES.
 * libmicrohttpd has refused a malformed value already. */
bool zw_guard_body_fits(const char *content_length);
/* The refusal (413) of a body bigger than ZW_MAX_BODY_BYTES. */
void zw_guard_body_too_large(zw_ui ui, zw_refusal *out);

#endif
