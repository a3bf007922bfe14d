/* auth.h — who is asking: sign-in with a user name and password
 * (corpus-config/users.ini, core/access.h), sessions, and limits on
 * password guessing.
 *
 * Sign-in is accepted only where a password cannot cross the network in
 * clear: on a TLS listener (serve --tls-cert/--tls-key) or on loopback.
 * Every password check costs the same whether the user exists or not (an
 * unknown user's password is checked against a hash of the same kind), runs
 * on a worker thread of its own, never on the threads that answer searches,
 * and at most a few at a time.  After `max_failures` failed sign-ins for one
 * user name, or from one address, within `window_s` seconds, the next
 * attempts are refused (429) until the oldest failure leaves the window.
 * A session is a random token (256 bits from the kernel) in a cookie,
 * forgotten after `idle_s` seconds without a request.  Basic credentials
 * that passed are remembered for a few minutes under a keyed hash, so that
 * an API client sending them with every request costs one check, not one a
 * request.
 *
 * Not for: the HTTP side (server.c, routes_login.c), the audit log
 * (audit.h), users.ini itself (core/access.c).
 */
#ifndef ZAALT_WEB_AUTH_H
#define ZAALT_WEB_AUTH_H

#include <glib.h>
#include <stdbool.h>

#include "core/access.h"

#define ZW_LOGIN_MAX_FAILURES_DEFAULT 5
#define ZW_LOGIN_WINDOW_DEFAULT_S     900
#define ZW_SESSION_IDLE_DEFAULT_S     1800

typedef struct zw_auth_options {
    unsigned max_failures; /* 0: the default */
    unsigned window_s;     /* 0: the default */
    unsigned idle_s;       /* 0: the default */
} zw_auth_options;

typedef struct zw_auth zw_auth;

/* Takes `users` (NULL: nobody can sign in). */
zw_auth *zw_auth_new(zs_users *users, const zw_auth_options *opts);
/* Waits for the checks under way; NULL is harmless. */
void zw_auth_free(zw_auth *a);
unsigned zw_auth_idle_seconds(const zw_auth *a);

/* Seconds until `user` (may be NULL) and `address` may try again; 0: now. */
unsigned zw_auth_retry_after(zw_auth *a, const char *user, const char *address);

/* The level of `user` if `password` is theirs, else -1; blocking (tens of
 * milliseconds).  Records a failure or clears the user's failures. */
int zw_auth_check(zw_auth *a, const char *user, const char *password, const char *address);
/* The level of basic credentials verified lately, or -1 (not known: check). */
int zw_auth_recent(zw_auth *a, const char *user, const char *password);

/* zw_auth_check on the checking thread; `done` is called there with the
 * level (-1: refused). */
typedef void (*zw_auth_done)(int level, void *data);
void zw_auth_check_async(zw_auth *a, const char *user, const char *password, const char *address,
                         zw_auth_done done, void *data);

/* A new session for `user`: its token (64 hex digits), or NULL when the
 * kernel gave no randomness. */
char *zw_auth_session_new(zw_auth *a, const char *user, int level);
/* The user and level of a live session (its idle clock restarts), or false. */
bool zw_auth_session_get(zw_auth *a, const char *token, char **user, int *level);
void zw_auth_session_end(zw_auth *a, const char *token);

/* The level users.ini gives `user` now, or -1 when there is no such user
 * (a saved search's private feed follows it: web/saved.h). */
int zw_auth_user_level(const zw_auth *a, const char *user);

/* Whether two secrets are equal, in a time that does not depend on where
 * they differ. */
bool zw_secret_equal(const char *a, const char *b);

/* 256 bits from the kernel as 64 hex digits, or NULL when it gave none. */
char *zw_random_token(void);

#endif
