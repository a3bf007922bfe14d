/* access.c — levels, which remote databases a reader may search, and
 * users (see access.h). */
#include "core/access.h"

#include "core/cfgfile.h"
#include "core/schema.h"

#include <crypt.h>
#include <string.h>

const char *const zs_levels[ZS_N_LEVELS] = {"public", "restricted", "sealed"};

static const char *const upto[ZS_N_LEVELS][ZS_N_LEVELS + 1] = {
    {"public", NULL, NULL, NULL},
    {"public", "restricted", NULL, NULL},
    {"public", "restricted", "sealed", NULL},
};

int
zs_level_index(const char *name)
{
    for (int i = 0; name && i < ZS_N_LEVELS; i++)
        if (strcmp(name, zs_levels[i]) == 0)
            return i;
    return -1;
}

char *
zs_level_path(const char *dbdir, int level)
{
    return g_build_filename(dbdir, zs_levels[level], NULL);
}

const char *const *
zs_levels_upto(int level)
{
    if (level < 0)
        level = 0;
    if (level >= ZS_N_LEVELS)
        level = ZS_N_LEVELS - 1;
    return upto[level];
}

static const char *const level_terms[ZS_N_LEVELS + 1] = {
    ZS_P_ACCESS "public",
    ZS_P_ACCESS "restricted",
    ZS_P_ACCESS "sealed",
    NULL,
};

const char *const *
zs_level_terms(void)
{
    return level_terms;
}

bool
zs_access_public_only(const char *const *access)
{
    if (access == NULL)
        return false;
    for (const char *const *a = access; *a; a++)
        if (strcmp(*a, zs_levels[0]) != 0)
            return false;
    return true;
}

const char *
zs_access_hidden_copy(const char *const *access)
{
    return zs_access_public_only(access) ? ZS_P_MASK ZS_MASK_FULL : ZS_P_MASK ZS_MASK_MASKED;
}

const char *
zs_access_hidden_mask(const char *const *access)
{
    return zs_access_public_only(access) ? ZS_MASK_FULL : ZS_MASK_MASKED;
}

G_DEFINE_QUARK(zaalt - access - error - quark, zs_access_error)

zs_remote_verdict
zs_remote_admit(const char *name, const char *recorded, const bool holds[ZS_N_LEVELS], int reader_level, GError **error)
{
    if (!recorded || !*recorded) {
        g_set_error(error, ZS_ACCESS_ERROR, ZS_ACCESS_ERROR_REMOTE_LEVEL,
                    "%s records no access level (metadata %s): serve a level database of a zaalt index (DIR/public, "
                    "DIR/restricted, …)",
                    name, ZS_META_LEVEL);
        return ZS_REMOTE_REFUSE;
    }
    for (int l = 0; l < ZS_N_LEVELS; l++) {
        if (holds[l] && strcmp(zs_levels[l], recorded) != 0) {
            g_set_error(error, ZS_ACCESS_ERROR, ZS_ACCESS_ERROR_REMOTE_LEVEL,
                        "%s records level %s but holds %s documents: serve each level database of an index on its "
                        "own port",
                        name, recorded, zs_levels[l]);
            return ZS_REMOTE_REFUSE;
        }
    }
    /* A level this Zaalt does not know is no level the reader may see. */
    int level = zs_level_index(recorded);
    int reader = CLAMP(reader_level, 0, ZS_N_LEVELS - 1);
    return level >= 0 && level <= reader ? ZS_REMOTE_SEARCH : ZS_REMOTE_HIDE;
}

struct zs_users {
    GHashTable *level; /* name -> GINT_TO_POINTER(level + 1) */
    GHashTable *hash;  /* name -> crypt hash */
};

zs_users *
zs_users_load(const char *path, GError **error)
{
    zs_users *u = g_new0(zs_users, 1);
    u->level = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    u->hash = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    if (!path || !g_file_test(path, G_FILE_TEST_EXISTS))
        return u;
    /* Checked line by line: a level or password given twice, or a second
     * [user NAME] section, would otherwise take the last silently and
     * raise a reader's level or replace a password (probe F3, F-C). */
    static const char *const user_keys[] = {"level", "password", NULL};
    static const zc_keyspec spec[] = {{"user ", user_keys}, {NULL, NULL}};
    zc_keyfile *f = zc_keyfile_load(path, spec, error);
    if (!f) {
        zs_users_free(u);
        return NULL;
    }
    GKeyFile *kf = zc_keyfile_keys(f);
    gsize n = 0;
    char **groups = g_key_file_get_groups(kf, &n);
    bool ok = true;
    for (gsize i = 0; ok && i < n; i++) {
        const char *name = groups[i] + 5;
        char *level = g_key_file_get_string(kf, groups[i], "level", NULL);
        int li = zs_level_index(level);
        if (li < 0) {
            zc_keyfile_error(f, groups[i], level ? "level" : NULL, error,
                             "needs level = public, restricted or sealed%s%s%s", level ? ", not '" : "",
                             level ? level : "", level ? "'" : "");
            ok = false;
        } else {
            g_hash_table_replace(u->level, g_strdup(name), GINT_TO_POINTER(li + 1));
            char *pw = g_key_file_get_string(kf, groups[i], "password", NULL);
            if (pw)
                g_hash_table_replace(u->hash, g_strdup(name), pw);
        }
        g_free(level);
    }
    g_strfreev(groups);
    zc_keyfile_free(f);
    if (!ok) {
        zs_users_free(u);
        return NULL;
    }
    return u;
}

void
zs_users_free(zs_users *u)
{
    if (!u)
        return;
    g_hash_table_destroy(u->level);
    g_hash_table_destroy(u->hash);
    g_free(u);
}

int
zs_user_level(const zs_users *u, const char *name)
{
    if (!name || strcmp(name, "anonymous") == 0)
        return 0;
    gpointer v = u ? g_hash_table_lookup(u->level, name) : NULL;
    return v ? GPOINTER_TO_INT(v) - 1 : -1;
}

/* What an unknown user's password is checked against, so that the check
 * costs what a known user's does: another user's hash (the same method and
 * cost, whose result is thrown away), or a yescrypt setting of `zaalt
 * passwd`'s cost when there are no users. */
static const char *
dummy_setting(const zs_users *u)
{
    GHashTableIter it;
    gpointer value = NULL;
    if (u) {
        g_hash_table_iter_init(&it, u->hash);
        while (g_hash_table_iter_next(&it, NULL, &value))
            if (value && ((const char *)value)[0] == '$')
                return value;
    }
    return "$y$j9T$F5Jx5fExrKuPp53xLKQ..1$";
}

bool
zs_user_check_password(const zs_users *u, const char *name, const char *password)
{
    const char *stored = u && name ? g_hash_table_lookup(u->hash, name) : NULL;
    bool known = stored && *stored && password;
    struct crypt_data data;
    memset(&data, 0, sizeof data);
    const char *got = crypt_r(password ? password : "", known ? stored : dummy_setting(u), &data);
    if (!known || !got || got[0] == '*')
        return false;
    /* Compare in constant time: the hashes have equal length when equal. */
    size_t n = strlen(stored);
    if (strlen(got) != n)
        return false;
    unsigned char diff = 0;
    for (size_t i = 0; i < n; i++)
        diff |= (unsigned char)(got[i] ^ stored[i]);
    return diff == 0;
}
