/* access.h — access levels and the users who hold them.
 *
 * Every document has one level: public, restricted or sealed.  Each level
 * is its own Xapian database inside the index folder (DIR/public, …), so
 * that a reader who may not see a level never opens it: its spelling
 * dictionary, term statistics and metadata cannot shape what that reader
 * sees.  A boolean term per unit (XV) is kept as a second guard inside the
 * query.  Levels are ordered: a user cleared for "restricted" sees public
 * and restricted documents.
 *
 * Users are configured in corpus-config/users.ini:
 *   [user NAME]  level = restricted   password = <crypt(3) hash, e.g. $y$…>
 * A remote level database (tcp://HOST:PORT, served by xapian-tcpsrv) says
 * its own level; zs_remote_admit decides whether a reader may search it.
 *
 * Not for: HTTP authentication (web/), what a level's documents are
 * (corpus config sources), connecting to remote databases (shim/).
 */
#ifndef ZAALT_ACCESS_H
#define ZAALT_ACCESS_H

#include <glib.h>
#include <stdbool.h>

#define ZS_N_LEVELS 3
extern const char *const zs_levels[ZS_N_LEVELS]; /* public, restricted, sealed */

/* Index of a level name, or -1. */
int zs_level_index(const char *name);
/* DIR/LEVEL, newly allocated. */
char *zs_level_path(const char *dbdir, int level);
/* The NULL-terminated list of levels up to and including `level` (static). */
const char *const *zs_levels_upto(int level);

/* The terms that mark a unit of each level (ZS_P_ACCESS + its name), in
 * the order of zs_levels, NULL-terminated (static). */
const char *const *zs_level_terms(void);

/* Whether readers of `access` (NULL-terminated level names; NULL: every
 * level, the operator) see public documents only. */
bool zs_access_public_only(const char *const *access);
/* The XU term (schema.h, ZS_P_MASK) of the copies of masked documents that
 * readers of `access` must never meet: the full copies for a public
 * reader, the masked copies for every other reader (who reads the full
 * ones instead).  Static. */
const char *zs_access_hidden_copy(const char *const *access);
/* The same as a record's ZR_KEY_MASK value ("full" or "masked"). */
const char *zs_access_hidden_mask(const char *const *access);

/* Whether a reader may search a remote level database. */
typedef enum {
    ZS_REMOTE_SEARCH, /* its level is one the reader may see */
    ZS_REMOTE_HIDE,   /* above the reader's level: never searched */
    ZS_REMOTE_REFUSE, /* it records no level, or holds another level's documents */
} zs_remote_verdict;

#define ZS_ACCESS_ERROR zs_access_error_quark()
GQuark zs_access_error_quark(void);
typedef enum {
    ZS_ACCESS_ERROR_REMOTE_LEVEL, /* a remote database's level cannot be trusted */
} zs_access_error_code;

/* Decides for the remote database `name`, which records level `recorded`
 * under ZS_META_LEVEL ("" or NULL: none) and holds units of level i when
 * holds[i] (a unit carries zs_level_terms()[i]), whether a reader cleared for
 * `reader_level` (an index of zs_levels) may search it.  A remote database
 * is trusted to say its own level, so one that says none, or holds units of
 * another level (a server given several level databases passes for its
 * first), is refused, with `error` saying how to serve it. */
zs_remote_verdict zs_remote_admit(const char *name, const char *recorded, const bool holds[ZS_N_LEVELS],
                                  int reader_level, GError **error);

typedef struct zs_users zs_users;

/* Loads users.ini from `path`; a missing file is an empty user list. */
zs_users *zs_users_load(const char *path, GError **error);
void zs_users_free(zs_users *users);
/* The level index of a user, or -1 if there is no such user.  "anonymous"
 * is always public. */
int zs_user_level(const zs_users *users, const char *name);
/* Checks a password against the user's stored crypt(3) hash.  An unknown
 * user's password is hashed too, at the same cost, so that the answer takes
 * as long either way. */
bool zs_user_check_password(const zs_users *users, const char *name, const char *password);

#endif
