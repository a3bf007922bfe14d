/* signin.h — the HTTP side of signing in (server.c's helper): who a
 * request comes from (a session cookie, HTTP basic credentials, or the
 * sign-in form's POST), the sign-in page, sign-out, the refusals, and the
 * audit lines they make.
 *
 * Sign-in is accepted on a TLS listener or on loopback.  Anywhere else no
 * password is ever asked for (no form, no WWW-Authenticate challenge), and a
 * request that brings one, or a session cookie, is refused (403).  A password
 * check is not done on the request's thread: the connection is suspended
 * (libmicrohttpd's MHD_suspend_connection) while auth.c checks it on its
 * own thread, and resumed with the answer.
 *
 * Not for: users, sessions and guessing limits themselves (auth.h), the
 * audit log file (audit.h), anything else a request asks (server.c).
 */
#ifndef ZAALT_WEB_SIGNIN_H
#define ZAALT_WEB_SIGNIN_H

#include <microhttpd.h>
#include <stdbool.h>

#include "web/audit.h"
#include "web/auth.h"
#include "web/web.h"

#define ZW_SESSION_COOKIE "zaalt_session"

typedef struct zw_signin {
    zw_auth *auth;   /* owned */
    zw_audit *audit; /* owned; NULL: no audit log */
    bool tls;        /* the listener speaks TLS */
    bool allowed;    /* sign-in accepted here: TLS or loopback */
} zw_signin;

/* One request's sign-in state, from its first call to its completion. */
typedef struct zw_visitor zw_visitor;

zw_visitor *zw_visitor_new(void);
void zw_visitor_free(zw_visitor *v);

/* On the request's first call, for a POST (the sign-in form, sign-out,
 * the saved searches' forms): reads its form (at most 4 KB) as it comes. */
void zw_visitor_begin_form(zw_visitor *v, struct MHD_Connection *connection);
/* Feeds the form the request body's next bytes. */
void zw_visitor_feed(zw_visitor *v, const char *data, size_t size);

/* Works out who is asking.  False when a password is being checked: the
 * connection is suspended and the handler is called again once it is
 * resumed; call this again then. */
bool zw_visitor_identify(zw_signin *s, zw_visitor *v, struct MHD_Connection *connection, const char *method,
                         const char *path);

/* The level the request may read (0: anonymous), and the user signed in or
 * NULL. */
int zw_visitor_level(const zw_visitor *v);
const char *zw_visitor_user(const zw_visitor *v);
const char *zw_visitor_address(const zw_visitor *v);
/* The form token of a reader signed in with a session (web.h's
 * zw_request.csrf), or NULL. */
const char *zw_visitor_csrf(const zw_visitor *v);
/* The fields of a POSTed form other than the sign-in's user and password
 * (char* -> char*), or NULL when there were none or it was too big. */
GHashTable *zw_visitor_form(const zw_visitor *v);

/* Answers the request when signing in decides it: a refusal (403, 401,
 * 429), the sign-in page, a POST to /login or /logout.  False when the
 * request goes on to its route. */
bool zw_signin_answer(zw_signin *s, zw_visitor *v, struct MHD_Connection *connection, zw_request *req,
                      zw_reply *reply);

#endif
