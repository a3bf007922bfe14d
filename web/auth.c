/* auth.c — sign-in, sessions and limits on password guessing (auth.h).
 *
 * Not for: HTTP (server.c, routes_login.c) or users.ini (core/access.c).
 */
#include "web/auth.h"

#include <errno.h>
#include <string.h>
#include <sys/random.h>

/* Password checks running at once: each is a yescrypt (tens of ms of one
 * core); more at once would take the cores the searches need. */
#define ZW_AUTH_THREADS 1
/* Seconds basic credentials that passed are remembered. */
#define ZW_AUTH_RECENT_S 300
/* A session lives at most this long, however busy. */
#define ZW_SESSION_MAX_S (12 * 3600)
/* Bounds on what the tables hold, so that a flood of names cannot grow
 * them for ever (the stale entries go first). */
#define ZW_AUTH_MAX_ENTRIES 100000

typedef struct session {
    char *user;
    int level;
    gint64 created, seen; /* monotonic µs */
} session;

typedef struct recent {
    int level;
    gint64 until;
} recent;

struct zw_auth {
    zs_users *users;
    unsigned max_failures, window_s, idle_s;
    GMutex lock;             /* guards the tables below */
    GHashTable *failures;    /* "u:NAME" / "a:ADDRESS" -> GArray of gint64 (monotonic µs) */
    GHashTable *sessions;    /* token -> session* */
    GHashTable *recents;     /* keyed hash of user and password -> recent* */
    guint8 key[32];          /* for the recents' keyed hash */
    GThreadPool *checks;     /* check_job* */
};

typedef struct check_job {
    char *user, *password, *address;
    zw_auth_done done;
    void *data;
} check_job;

static void
session_free(session *s)
{
    g_free(s->user);
    g_free(s);
}

static bool
random_bytes(guint8 *buf, gsize n)
{
    gsize got = 0;
    while (got < n) {
        ssize_t r = getrandom(buf + got, n - got, 0);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        got += (gsize)r;
    }
    return true;
}

bool
zw_secret_equal(const char *a, const char *b)
{
    size_t n = strlen(a);
    if (n != strlen(b))
        return false;
    unsigned char diff = 0;
    for (size_t i = 0; i < n; i++)
        diff |= (unsigned char)(a[i] ^ b[i]);
    return diff == 0;
}

char *
zw_random_token(void)
{
    guint8 raw[32];
    if (!random_bytes(raw, sizeof raw))
        return NULL;
    GString *token = g_string_sized_new(64);
    for (gsize i = 0; i < sizeof raw; i++)
        g_string_append_printf(token, "%02x", raw[i]);
    memset(raw, 0, sizeof raw);
    return g_string_free(token, FALSE);
}

int
zw_auth_user_level(const zw_auth *a, const char *user)
{
    return a && a->users && user ? zs_user_level(a->users, user) : -1;
}

static void
run_check(gpointer job_p, gpointer auth_p)
{
    check_job *job = job_p;
    int level = zw_auth_check(auth_p, job->user, job->password, job->address);
    job->done(level, job->data);
    memset(job->password, 0, strlen(job->password));
    g_free(job->user);
    g_free(job->password);
    g_free(job->address);
    g_free(job);
}

zw_auth *
zw_auth_new(zs_users *users, const zw_auth_options *o)
{
    zw_auth *a = g_new0(zw_auth, 1);
    a->users = users;
    a->max_failures = o && o->max_failures ? o->max_failures : ZW_LOGIN_MAX_FAILURES_DEFAULT;
    a->window_s = o && o->window_s ? o->window_s : ZW_LOGIN_WINDOW_DEFAULT_S;
    a->idle_s = o && o->idle_s ? o->idle_s : ZW_SESSION_IDLE_DEFAULT_S;
    g_mutex_init(&a->lock);
    a->failures = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_array_unref);
    a->sessions = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)session_free);
    a->recents = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    if (!random_bytes(a->key, sizeof a->key))
        g_printerr("zaalt: no randomness from the kernel: sign-in is refused\n");
    a->checks = g_thread_pool_new(run_check, a, ZW_AUTH_THREADS, FALSE, NULL);
    return a;
}

void
zw_auth_free(zw_auth *a)
{
    if (!a)
        return;
    g_thread_pool_free(a->checks, FALSE, TRUE);
    g_hash_table_destroy(a->failures);
    g_hash_table_destroy(a->sessions);
    g_hash_table_destroy(a->recents);
    g_mutex_clear(&a->lock);
    zs_users_free(a->users);
    memset(a->key, 0, sizeof a->key);
    g_free(a);
}

unsigned
zw_auth_idle_seconds(const zw_auth *a)
{
    return a->idle_s;
}

/* ---- Failures ---- */

/* The failures of `key` still in the window, oldest first; call locked. */
static GArray *
failures_locked(zw_auth *a, const char *key, gint64 now, bool create)
{
    GArray *times = g_hash_table_lookup(a->failures, key);
    if (!times && create) {
        if (g_hash_table_size(a->failures) >= ZW_AUTH_MAX_ENTRIES)
            g_hash_table_remove_all(a->failures);
        times = g_array_new(FALSE, FALSE, sizeof(gint64));
        g_hash_table_insert(a->failures, g_strdup(key), times);
    }
    if (!times)
        return NULL;
    gint64 since = now - (gint64)a->window_s * G_USEC_PER_SEC;
    guint old = 0;
    while (old < times->len && g_array_index(times, gint64, old) <= since)
        old++;
    if (old)
        g_array_remove_range(times, 0, old);
    return times;
}

static unsigned
wait_locked(zw_auth *a, const char *key, gint64 now)
{
    GArray *times = failures_locked(a, key, now, false);
    if (!times || times->len < a->max_failures)
        return 0;
    /* Until enough of them have left the window. */
    gint64 leaves = g_array_index(times, gint64, times->len - a->max_failures) + (gint64)a->window_s * G_USEC_PER_SEC;
    gint64 s = (leaves - now + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC;
    return s > 0 ? (unsigned)s : 1;
}

static char *
user_key(const char *user)
{
    return g_strconcat("u:", user ? user : "", NULL);
}

static char *
address_key(const char *address)
{
    return g_strconcat("a:", address ? address : "", NULL);
}

unsigned
zw_auth_retry_after(zw_auth *a, const char *user, const char *address)
{
    char *uk = user_key(user), *ak = address_key(address);
    gint64 now = g_get_monotonic_time();
    g_mutex_lock(&a->lock);
    unsigned w = MAX(user ? wait_locked(a, uk, now) : 0, wait_locked(a, ak, now));
    g_mutex_unlock(&a->lock);
    g_free(uk);
    g_free(ak);
    return w;
}

static void
record_outcome(zw_auth *a, const char *user, const char *address, bool ok)
{
    char *uk = user_key(user), *ak = address_key(address);
    gint64 now = g_get_monotonic_time();
    g_mutex_lock(&a->lock);
    if (ok) {
        /* The user's own slate is cleaned; the address's is not, or one
         * good account would let its holder guess others' without end. */
        g_hash_table_remove(a->failures, uk);
    } else {
        g_array_append_val(failures_locked(a, uk, now, true), now);
        g_array_append_val(failures_locked(a, ak, now, true), now);
    }
    g_mutex_unlock(&a->lock);
    g_free(uk);
    g_free(ak);
}

/* ---- Checks ---- */

static char *
recent_key(const zw_auth *a, const char *user, const char *password)
{
    GHmac *h = g_hmac_new(G_CHECKSUM_SHA256, a->key, sizeof a->key);
    g_hmac_update(h, (const guchar *)user, (gssize)strlen(user) + 1);
    g_hmac_update(h, (const guchar *)password, -1);
    char *k = g_strdup(g_hmac_get_string(h));
    g_hmac_unref(h);
    return k;
}

int
zw_auth_check(zw_auth *a, const char *user, const char *password, const char *address)
{
    if (!user || !password)
        return -1;
    bool ok = zs_user_check_password(a->users, user, password);
    int level = ok ? zs_user_level(a->users, user) : -1;
    record_outcome(a, user, address, level >= 0);
    if (level >= 0) {
        char *k = recent_key(a, user, password);
        recent *r = g_new0(recent, 1);
        r->level = level;
        r->until = g_get_monotonic_time() + (gint64)ZW_AUTH_RECENT_S * G_USEC_PER_SEC;
        g_mutex_lock(&a->lock);
        if (g_hash_table_size(a->recents) >= ZW_AUTH_MAX_ENTRIES)
            g_hash_table_remove_all(a->recents);
        g_hash_table_replace(a->recents, k, r);
        g_mutex_unlock(&a->lock);
    }
    return level;
}

int
zw_auth_recent(zw_auth *a, const char *user, const char *password)
{
    if (!user || !password)
        return -1;
    char *k = recent_key(a, user, password);
    int level = -1;
    g_mutex_lock(&a->lock);
    recent *r = g_hash_table_lookup(a->recents, k);
    if (r && r->until > g_get_monotonic_time())
        level = r->level;
    else if (r)
        g_hash_table_remove(a->recents, k);
    g_mutex_unlock(&a->lock);
    g_free(k);
    return level;
}

void
zw_auth_check_async(zw_auth *a, const char *user, const char *password, const char *address, zw_auth_done done,
                    void *data)
{
    check_job *job = g_new0(check_job, 1);
    job->user = g_strdup(user ? user : "");
    job->password = g_strdup(password ? password : "");
    job->address = g_strdup(address ? address : "");
    job->done = done;
    job->data = data;
    g_thread_pool_push(a->checks, job, NULL);
}

/* ---- Sessions ---- */

char *
zw_auth_session_new(zw_auth *a, const char *user, int level)
{
    char *token = zw_random_token();
    if (!token)
        return NULL;
    session *s = g_new0(session, 1);
    s->user = g_strdup(user);
    s->level = level;
    s->created = s->seen = g_get_monotonic_time();
    g_mutex_lock(&a->lock);
    if (g_hash_table_size(a->sessions) >= ZW_AUTH_MAX_ENTRIES) {
        /* The idle ones first. */
        GHashTableIter it;
        gpointer value;
        g_hash_table_iter_init(&it, a->sessions);
        while (g_hash_table_iter_next(&it, NULL, &value))
            if (((session *)value)->seen + (gint64)a->idle_s * G_USEC_PER_SEC < s->seen)
                g_hash_table_iter_remove(&it);
    }
    g_hash_table_replace(a->sessions, g_strdup(token), s);
    g_mutex_unlock(&a->lock);
    return token;
}

static bool
is_token(const char *t)
{
    gsize n = 0;
    for (; t[n]; n++)
        if (!g_ascii_isxdigit(t[n]))
            return false;
    return n == 64;
}

bool
zw_auth_session_get(zw_auth *a, const char *token, char **user, int *level)
{
    if (!token || !is_token(token))
        return false;
    gint64 now = g_get_monotonic_time();
    bool ok = false;
    g_mutex_lock(&a->lock);
    session *s = g_hash_table_lookup(a->sessions, token);
    if (s && (s->seen + (gint64)a->idle_s * G_USEC_PER_SEC < now ||
              s->created + (gint64)ZW_SESSION_MAX_S * G_USEC_PER_SEC < now)) {
        g_hash_table_remove(a->sessions, token);
        s = NULL;
    }
    if (s) {
        s->seen = now;
        *user = g_strdup(s->user);
        *level = s->level;
        ok = true;
    }
    g_mutex_unlock(&a->lock);
    return ok;
}

void
zw_auth_session_end(zw_auth *a, const char *token)
{
    if (!token)
        return;
    g_mutex_lock(&a->lock);
    g_hash_table_remove(a->sessions, token);
    g_mutex_unlock(&a->lock);
}
