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
 * Not for: HTTP authentication (web/), what a level's documents are
 * (corpus config sources).
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

typedef struct zs_users zs_users;

/* Loads users.ini from `path`; a missing file is an empty user list. */
zs_users *zs_users_load(const char *path, GError **error);
void zs_users_free(zs_users *users);
/* The level index of a user, or -1 if there is no such user.  "anonymous"
 * is always public. */
int zs_user_level(const zs_users *users, const char *name);
/* Checks a password against the user's stored crypt(3) hash. */
bool zs_user_check_password(const zs_users *users, const char *name, const char *password);

#endif
