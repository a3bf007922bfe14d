/* guard.c — the server's defences that no route sees (guard.h): the request
 * deadlines' watcher thread, libmicrohttpd's log, the descriptor limit, the
 * Host check, and the bounds on requests and search answers, with their
 * messages in both interface languages (kept here until html.c's table of
 * interface strings takes them).
 *
 * Not for: connection counting (libmicrohttpd's MHD_OPTION_CONNECTION_LIMIT
 * and MHD_OPTION_PER_IP_CONNECTION_LIMIT, set in server.c).
 *
 * Why a watcher thread: libmicrohttpd's connection timeout restarts with
 * every byte, so a client sending one header line every few seconds held a
 * connection for as long as it liked, and 520 of them held all 512 slots.
 * Nothing in libmicrohttpd 0.9.75 bounds the time a request's headers take,
 * so this file notes when each connection starts waiting for a request
 * (MHD_OPTION_NOTIFY_CONNECTION, then the end of each answer) and when the
 * request's headers are in (the access handler's first call), and a thread
 * shuts down the socket of any connection that waited longer than the
 * deadline.  A body is the same attack one step later (a Content-Length of
 * 10^9 and a byte every 4 s held a connection for ever): from the headers'
 * end the body has a deadline of its own, and the request is being
 * answered, free of deadlines, only once it is whole.
 * shutdown(2), not close(2): the descriptor stays libmicrohttpd's,
 * which sees the end of the stream and closes the connection itself.  The
 * lock held around shutdown and around the "closed" notice (which comes
 * before libmicrohttpd closes the descriptor) keeps the watcher from ever
 * touching a descriptor number that has been reused.
 */
#include "web/guard.h"
#include "web/server.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <sys/resource.h>
#include <sys/socket.h>

/* How often the watcher looks: a slow client is cut at most this long after
 * its deadline. */
#define ZW_GUARD_TICK_US (250 * 1000)

/* ---- the request deadline ---- */

typedef struct zw_sock {
    zw_guard *guard;
    int fd;
    gint64 due_us; /* the request must be whole by then (monotonic); 0: it is being answered */
    bool cut;      /* shut down by the watcher */
} zw_sock;

struct zw_guard {
    GMutex lock;
    GCond wake;
    bool stopping;
    GHashTable *socks; /* zw_sock* (owned) */
    gint64 headers_us, body_us; /* the deadlines */
    guint64 cut;
    GThread *thread;
    /* libmicrohttpd's log, its repeats counted (zw_guard_log) */
    GMutex log_lock;
    char *last;     /* the last message printed */
    guint repeats;  /* times it came again since, not printed */
    gint64 last_us; /* when it was printed */
};

static gpointer
zw_guard_watch(gpointer data)
{
    zw_guard *g = data;
    g_mutex_lock(&g->lock);
    while (!g->stopping) {
        gint64 now = g_get_monotonic_time();
        guint cut = 0;
        GHashTableIter it;
        gpointer key;
        g_hash_table_iter_init(&it, g->socks);
        while (g_hash_table_iter_next(&it, &key, NULL)) {
            zw_sock *s = key;
            if (s->due_us == 0 || s->cut || now < s->due_us)
                continue;
            shutdown(s->fd, SHUT_RDWR);
            s->cut = true;
            cut++;
        }
        g->cut += cut;
        if (cut > 0) {
            /* No address: the access log names nobody either. */
            fprintf(stderr,
                    "zaalt: http: closed %u connection%s that sent no whole request in time (headers within %d s, "
                    "a body within %d s more)\n",
                    cut, cut == 1 ? "" : "s", (int)(g->headers_us / G_USEC_PER_SEC),
                    (int)(g->body_us / G_USEC_PER_SEC));
        }
        g_cond_wait_until(&g->wake, &g->lock, now + ZW_GUARD_TICK_US);
    }
    g_mutex_unlock(&g->lock);
    return NULL;
}

zw_guard *
zw_guard_new(unsigned headers_s, unsigned body_s)
{
    zw_guard *g = g_new0(zw_guard, 1);
    g_mutex_init(&g->lock);
    g_cond_init(&g->wake);
    g->socks = g_hash_table_new_full(g_direct_hash, g_direct_equal, g_free, NULL);
    g->headers_us = (gint64)headers_s * G_USEC_PER_SEC;
    g->body_us = (gint64)body_s * G_USEC_PER_SEC;
    g_mutex_init(&g->log_lock);
    g->thread = g_thread_new("zaalt-deadline", zw_guard_watch, g);
    return g;
}

void
zw_guard_free(zw_guard *g)
{
    if (g == NULL)
        return;
    g_mutex_lock(&g->lock);
    g->stopping = true;
    g_cond_signal(&g->wake);
    g_mutex_unlock(&g->lock);
    g_thread_join(g->thread);
    g_hash_table_destroy(g->socks);
    g_cond_clear(&g->wake);
    g_mutex_clear(&g->lock);
    if (g->repeats > 0)
        fprintf(stderr, "zaalt: http: (%u more times)\n", g->repeats);
    g_free(g->last);
    g_mutex_clear(&g->log_lock);
    g_free(g);
}

/* The same message again within this time is counted, not printed: 500
 * refused connections are one line and a count, not 500 lines. */
#define ZW_LOG_QUIET_US (10 * G_USEC_PER_SEC)

void
zw_guard_log(void *cls, const char *format, va_list ap)
{
    zw_guard *g = cls;
    char *msg = g_strdup_vprintf(format, ap);
    g_strchomp(msg);
    gint64 now = g_get_monotonic_time();
    g_mutex_lock(&g->log_lock);
    if (g->last != NULL && strcmp(g->last, msg) == 0 && now - g->last_us < ZW_LOG_QUIET_US) {
        g->repeats++;
        g_free(msg);
    } else {
        if (g->repeats > 0)
            fprintf(stderr, "zaalt: http: (%u more times)\n", g->repeats);
        fprintf(stderr, "zaalt: http: %s\n", msg);
        g_free(g->last);
        g->last = msg;
        g->repeats = 0;
        g->last_us = now;
    }
    g_mutex_unlock(&g->log_lock);
}

/* Descriptors the server needs besides its connections: the engines'
 * database files (about 6 an engine, an engine a thread and level), the
 * listening socket, epoll, the log. */
#define ZW_OTHER_FDS 256

unsigned
zw_guard_connection_room(unsigned want)
{
    struct rlimit rl;
    rlim_t need = (rlim_t)want + ZW_OTHER_FDS;
    if (getrlimit(RLIMIT_NOFILE, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur >= need)
        return want;
    rlim_t old = rl.rlim_cur;
    rl.rlim_cur = rl.rlim_max == RLIM_INFINITY || rl.rlim_max >= need ? need : rl.rlim_max;
    if (setrlimit(RLIMIT_NOFILE, &rl) != 0)
        rl.rlim_cur = old;
    if (rl.rlim_cur >= need)
        return want;
    unsigned room = rl.rlim_cur > 2 * ZW_OTHER_FDS ? (unsigned)(rl.rlim_cur - ZW_OTHER_FDS) : ZW_OTHER_FDS;
    fprintf(stderr, "zaalt: %ju file descriptors allowed: serving at most %u connections at once, not %u\n",
            (uintmax_t)rl.rlim_cur, room, want);
    return room;
}

void
zw_guard_on_connection(void *cls, struct MHD_Connection *connection, void **socket_context,
                       enum MHD_ConnectionNotificationCode code)
{
    zw_guard *g = cls;
    if (code == MHD_CONNECTION_NOTIFY_STARTED) {
        const union MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD);
        if (info == NULL)
            return; /* not watched: the inactivity timeout still holds */
        zw_sock *s = g_new0(zw_sock, 1);
        s->guard = g;
        s->fd = info->connect_fd;
        s->due_us = g_get_monotonic_time() + g->headers_us;
        g_mutex_lock(&g->lock);
        g_hash_table_add(g->socks, s);
        g_mutex_unlock(&g->lock);
        *socket_context = s;
    } else if (*socket_context != NULL) {
        g_mutex_lock(&g->lock);
        g_hash_table_remove(g->socks, *socket_context);
        g_mutex_unlock(&g->lock);
        *socket_context = NULL;
    }
}

static zw_sock *
zw_sock_of(struct MHD_Connection *connection)
{
    const union MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    return info ? info->socket_context : NULL;
}

/* The connection's request is whole and being answered (no deadline), or
 * its body must arrive within the body's deadline from now. */
static void
zw_sock_due(struct MHD_Connection *connection, bool body)
{
    zw_sock *s = zw_sock_of(connection);
    if (s == NULL)
        return;
    zw_guard *g = s->guard;
    g_mutex_lock(&g->lock);
    s->due_us = body ? g_get_monotonic_time() + g->body_us : 0;
    g_mutex_unlock(&g->lock);
}

void
zw_guard_body_begins(struct MHD_Connection *connection)
{
    zw_sock_due(connection, true);
}

void
zw_guard_request_begins(struct MHD_Connection *connection)
{
    zw_sock_due(connection, false);
}

void
zw_guard_request_ends(struct MHD_Connection *connection)
{
    zw_sock *s = zw_sock_of(connection);
    if (s == NULL)
        return;
    g_mutex_lock(&s->guard->lock);
    s->due_us = g_get_monotonic_time() + s->guard->headers_us;
    g_mutex_unlock(&s->guard->lock);
}

guint64
zw_guard_cut(zw_guard *g)
{
    g_mutex_lock(&g->lock);
    guint64 n = g->cut;
    g_mutex_unlock(&g->lock);
    return n;
}

/* ---- the Host header ---- */

/* A name's port: any, or the one listened on. */
#define ZW_PORT_ANY    (-1)
#define ZW_PORT_LISTEN (-2)

typedef struct {
    char *name; /* lower case, no trailing dot; an IPv6 address without brackets */
    int port;   /* a port, ZW_PORT_ANY or ZW_PORT_LISTEN */
} zw_host_name;

struct zw_hosts {
    GArray *names; /* zw_host_name */
    bool any_ip;   /* listening on a wildcard address */
    gint port;     /* the listening port (atomic: known only once listening) */
};

/* Splits a Host value into its name (lower case, brackets and one trailing
 * dot dropped) and port (-1 when absent); false when it is not a host. */
static bool
zw_host_split(const char *value, char **name, int *port)
{
    const char *end;
    const char *colon;
    if (value[0] == '[') {
        end = strchr(value, ']');
        if (end == NULL)
            return false;
        *name = g_ascii_strdown(value + 1, end - value - 1);
        colon = end[1] == ':' ? end + 1 : NULL;
        if (end[1] != '\0' && colon == NULL)
            return false;
    } else {
        colon = strchr(value, ':');
        if (colon != NULL && strchr(colon + 1, ':') != NULL)
            return false; /* an IPv6 address must be in brackets */
        end = colon ? colon : value + strlen(value);
        *name = g_ascii_strdown(value, end - value);
    }
    gsize n = strlen(*name);
    if (n > 0 && (*name)[n - 1] == '.')
        (*name)[--n] = '\0';
    *port = ZW_PORT_ANY;
    guint64 p = 0;
    if (colon != NULL && !g_ascii_string_to_unsigned(colon + 1, 10, 0, 65535, &p, NULL)) {
        g_free(*name);
        *name = NULL;
        return false;
    }
    if (colon != NULL)
        *port = (int)p;
    if (n == 0) {
        g_free(*name);
        *name = NULL;
        return false;
    }
    return true;
}

bool
zw_host_name_is_valid(const char *value)
{
    char *name = NULL;
    int port = 0;
    if (!zw_host_split(value, &name, &port))
        return false;
    bool ok = true;
    for (const char *c = name; *c; c++)
        ok = ok && (g_ascii_isalnum(*c) || *c == '-' || *c == '.' || *c == ':' || *c == '_');
    g_free(name);
    return ok;
}

static bool
zw_is_ip(const char *name)
{
    unsigned char buf[sizeof(struct in6_addr)];
    return inet_pton(AF_INET, name, buf) == 1 || inet_pton(AF_INET6, name, buf) == 1;
}

/* The same address written two ways ("::1", "0:0::1") is one name. */
static bool
zw_same_ip(const char *a, const char *b)
{
    unsigned char x[sizeof(struct in6_addr)], y[sizeof(struct in6_addr)];
    if (inet_pton(AF_INET, a, x) == 1)
        return inet_pton(AF_INET, b, y) == 1 && memcmp(x, y, 4) == 0;
    if (inet_pton(AF_INET6, a, x) == 1)
        return inet_pton(AF_INET6, b, y) == 1 && memcmp(x, y, 16) == 0;
    return false;
}

static void
zw_hosts_add(zw_hosts *h, char *name, int port)
{
    zw_host_name n = {name, port};
    g_array_append_val(h->names, n);
}

zw_hosts *
zw_hosts_new(const char *bind, const char *const *extra)
{
    zw_hosts *h = g_new0(zw_hosts, 1);
    h->names = g_array_new(FALSE, FALSE, sizeof(zw_host_name));
    h->any_ip = zw_same_ip(bind, "0.0.0.0") || zw_same_ip(bind, "::");
    zw_hosts_add(h, g_ascii_strdown(bind, -1), ZW_PORT_LISTEN);
    zw_hosts_add(h, g_strdup("localhost"), ZW_PORT_LISTEN);
    for (const char *const *e = extra; e != NULL && *e != NULL; e++) {
        char *name = NULL;
        int p = -1;
        if (zw_host_split(*e, &name, &p))
            zw_hosts_add(h, name, p);
    }
    return h;
}

void
zw_hosts_set_port(zw_hosts *h, unsigned port)
{
    g_atomic_int_set(&h->port, (gint)port);
}

void
zw_hosts_free(zw_hosts *h)
{
    if (h == NULL)
        return;
    for (guint i = 0; i < h->names->len; i++)
        g_free(g_array_index(h->names, zw_host_name, i).name);
    g_array_unref(h->names);
    g_free(h);
}

bool
zw_hosts_allow(const zw_hosts *h, const char *host)
{
    if (host == NULL || host[0] == '\0')
        return true;
    char *name = NULL;
    int port = -1;
    if (!zw_host_split(host, &name, &port))
        return false;
    bool ok = false;
    bool ip = zw_is_ip(name);
    int listening = g_atomic_int_get(&h->port);
    /* A numeric address is never a name an attacker's DNS answers for. */
    if (ip && h->any_ip)
        ok = port < 0 || port == listening;
    for (guint i = 0; !ok && i < h->names->len; i++) {
        const zw_host_name *n = &g_array_index(h->names, zw_host_name, i);
        bool same = ip ? zw_same_ip(name, n->name) : strcmp(name, n->name) == 0;
        /* No port in Host is port 80 for a name given with its port; for
         * the listening address and localhost it is let pass. */
        if (n->port == ZW_PORT_LISTEN)
            ok = same && (port < 0 || port == listening);
        else
            ok = same && (n->port == ZW_PORT_ANY || port == n->port || (port < 0 && n->port == 80));
    }
    g_free(name);
    return ok;
}

/* ---- bounds ---- */

/* Messages in Mongolian, then English (zw_ui order). */
static const char *const zw_msg_page[] = {
    "Хуудасны дугаар 1-ээс %u хүртэлх бүхэл тоо байх ёстой.",
    "The page number must be a whole number from 1 to %u.",
};
static const char *const zw_msg_control[] = {
    "Параметр '%s' удирдах тэмдэгт (%%00 гэх мэт) агуулж байна.",
    "The parameter '%s' holds a control character (such as %%00), which no parameter has.",
};
static const char *const zw_msg_q_long[] = {
    "Хайлт хэт урт байна: %d тэмдэгтээс ихгүй байх ёстой.",
    "The search is too long: it may have at most %d characters.",
};
static const char *const zw_msg_too_large[] = {
    "Хариу хэт том болох байна: хайлтаа богиносгох эсвэл шүүлтүүрээ цөөлнө үү.",
    "The answer would be too large: shorten the search or use fewer filters.",
};
static const char *const zw_msg_body[] = {
    "Хүсэлтийн их бие хэт том байна: %u КБ-аас ихгүй байх ёстой.",
    "The request's body is too large: it may have at most %u KB.",
};
static const char *const zw_msg_host[] = {
    "Энэ сервер ийм нэрээр хариу өгдөггүй (Host толгой).",
    "This server does not answer to that name (the Host header).",
};

static void
zw_refuse(zw_refusal *out, unsigned status, const char *code, char *message)
{
    out->status = status;
    out->code = code;
    out->message = message;
}

bool
zw_guard_check_request(const zw_request *req, zw_refusal *out)
{
    /* The API speaks English in every error, as its other messages do. */
    int ui = req->ui == ZW_UI_EN || g_str_has_prefix(req->path, "/api/") ? 1 : 0;
    for (guint i = 0; i < req->params->len; i++) {
        const zw_param *p = g_ptr_array_index(req->params, i);
        if (p->control) {
            char *name = zw_param_printable(p->key);
            zw_refuse(out, 400, "bad_request", g_strdup_printf(zw_msg_control[ui], name));
            g_free(name);
            return false;
        }
        if (strcmp(p->key, "q") == 0 && g_utf8_strlen(p->value, -1) > ZW_MAX_Q_CHARS) {
            zw_refuse(out, 400, "too_long", g_strdup_printf(zw_msg_q_long[ui], ZW_MAX_Q_CHARS));
            return false;
        }
        /* Only /search pages by number (the API takes offset=, which api.c
         * bounds); an empty page= is the first, as a form may send it. */
        if (strcmp(p->key, "page") == 0 && strcmp(req->path, "/search") == 0 && p->value[0] != '\0') {
            guint64 n = 0;
            if (!g_ascii_string_to_unsigned(p->value, 10, 1, ZW_MAX_PAGE, &n, NULL)) {
                zw_refuse(out, 400, "bad_request", g_strdup_printf(zw_msg_page[ui], ZW_MAX_PAGE));
                return false;
            }
        }
    }
    return true;
}

bool
zw_guard_check_answer(const char *path, zw_ui ui, const zw_reply *reply, zw_refusal *out)
{
    static const char *const searches[] = {"/search", "/api/search", "/api/facets", "/api/suggest"};
    bool search = false;
    for (gsize i = 0; i < G_N_ELEMENTS(searches); i++)
        search = search || strcmp(path, searches[i]) == 0;
    if (!search || reply->body == NULL)
        return true;
    gsize bound = g_str_has_prefix(path, "/api/") ? ZW_MAX_API_ANSWER_BYTES : ZW_MAX_PAGE_BYTES;
    /* An export (format=csv|ris) holds up to 1,000 hits by design. */
    if (reply->content_type && !g_str_has_prefix(reply->content_type, "application/json") &&
        !g_str_has_prefix(reply->content_type, "text/html"))
        bound = ZW_MAX_EXPORT_BYTES;
    if (g_bytes_get_size(reply->body) <= bound)
        return true;
    zw_refuse(out, 400, "too_large", g_strdup(zw_msg_too_large[ui == ZW_UI_EN ? 1 : 0]));
    return false;
}

void
zw_guard_bad_host(zw_ui ui, zw_refusal *out)
{
    zw_refuse(out, 400, "bad_host", g_strdup(zw_msg_host[ui == ZW_UI_EN ? 1 : 0]));
}

bool
zw_guard_body_fits(const char *content_length)
{
    if (content_length == NULL)
        return true;
    /* libmicrohttpd has refused a value that is not digits; one past
     * 2^64 - 1 reads as that. */
    while (*content_length == ' ' || *content_length == '\t')
        content_length++;
    return g_ascii_strtoull(content_length, NULL, 10) <= ZW_MAX_BODY_BYTES;
}

void
zw_guard_body_too_large(zw_ui ui, zw_refusal *out)
{
    zw_refuse(out, 413, "too_large", g_strdup_printf(zw_msg_body[ui == ZW_UI_EN ? 1 : 0], ZW_MAX_BODY_BYTES / 1024));
}
