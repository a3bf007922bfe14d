/* saved.h — saved searches: a signed-in reader's searches, kept in the
 * index folder (DIR/saved-searches.json, or serve --saved-searches FILE;
 * readable by the server's user only), each with the moment of the reader's last visit (what is new
 * since) and a private feed token.
 *
 * The token is a secret (256 bits from the kernel) that stands for its
 * user: /feed/saved/TOKEN serves the saved search under the level
 * users.ini gives that user now, so a user removed or lowered loses what
 * the feed showed.  Revoking a token replaces it; the old one finds nothing.
 *
 * Every operation reads the file, changes it and writes it whole (a new
 * file renamed over the old: never half-written), under one lock, so that
 * requests on the server's threads never meet.  The file is small: at most
 * ZW_SAVED_PER_USER searches a user.
 *
 * Not for: the pages and forms (routes_saved.c), who is signed in
 * (signin.h), the feed itself (feed.h).
 */
#ifndef ZAALT_WEB_SAVED_H
#define ZAALT_WEB_SAVED_H

#include <glib.h>
#include <stdbool.h>

#define ZW_SAVED_FILE         "saved-searches.json"
#define ZW_SAVED_PER_USER     100u
#define ZW_SAVED_SEARCH_MAX   2048u /* bytes of a search's query string */
#define ZW_SAVED_NAME_MAX     200u  /* characters of its name */

#define ZW_SAVED_ERROR (zw_saved_error_quark())
GQuark zw_saved_error_quark(void);
typedef enum {
    ZW_SAVED_ERROR_NONE,    /* no index folder to keep them in (remote databases only) */
    ZW_SAVED_ERROR_STORE,   /* the file could not be read or written */
    ZW_SAVED_ERROR_LIMIT,   /* too many, or too long */
    ZW_SAVED_ERROR_UNKNOWN, /* no such saved search of this user */
} zw_saved_error;

typedef struct zw_saved_search {
    char *id;     /* 16 hex digits */
    char *user;
    char *name;   /* as the reader named it, or the query */
    char *search; /* the query string, without '?': q=…&type=… */
    char *token;  /* the private feed's secret */
    gint64 created;    /* Unix seconds */
    gint64 last_visit; /* Unix seconds; the creation until the first visit */
} zw_saved_search;

void zw_saved_search_free(zw_saved_search *s);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(zw_saved_search, zw_saved_search_free)

typedef struct zw_saved zw_saved;

/* The store in `path` (by default DB/ZW_SAVED_FILE: cli/cmd_serve.c);
 * NULL: a store that keeps nothing (every operation fails with
 * ZW_SAVED_ERROR_NONE). */
zw_saved *zw_saved_new(const char *path);
void zw_saved_free(zw_saved *s);

/* `user`'s saved searches (zw_saved_search*, owned), oldest first; NULL
 * with `error` set when the file cannot be read. */
GPtrArray *zw_saved_list(zw_saved *s, const char *user, GError **error);

/* Saves `search` (a query string) for `user` under `name` (NULL or "":
 * the query); the new entry, or NULL with `error` set. */
zw_saved_search *zw_saved_add(zw_saved *s, const char *user, const char *name, const char *search, GError **error);

/* Deletes, or gives a new feed token to, `user`'s search `id`. */
bool zw_saved_delete(zw_saved *s, const char *user, const char *id, GError **error);
bool zw_saved_revoke(zw_saved *s, const char *user, const char *id, GError **error);

/* Records a visit of `user`'s search `id` now; the entry as it was before
 * (its last_visit the previous one), or NULL with `error` set. */
zw_saved_search *zw_saved_visit(zw_saved *s, const char *user, const char *id, GError **error);

/* The entry whose feed token is `token`, or NULL (no such token, or the
 * file cannot be read).  Every token is compared in full, in constant
 * time. */
zw_saved_search *zw_saved_by_token(zw_saved *s, const char *token);

#endif
