/* server.c — the HTTP server core: the libmicrohttpd daemon and its thread
 * pool, the pool of search engines, turning a connection into a zw_request,
 * routing it, turning the zw_reply into a response with the headers every
 * response carries, the access log, and a clean stop on SIGINT/SIGTERM.
 *
 * Not for: what any page or API answer contains (routes_*.c, api.c).
 *
 * Threads: MHD runs THREAD_POOL_SIZE polling threads; each calls the access
 * handler for one request at a time, start to finish (replies are built
 * whole, never suspended).  zs_engine is not thread-safe, so a request borrows
 * an engine from a pool for its duration and gives it back: at most one
 * engine per thread exists, and no engine is ever used by two threads at once
 * (the pool's mutex orders one thread's use before the next).
 */
#include "web/feed.h"
#include "web/saved.h"
#include "web/similar.h"
#include "web/server.h"

#include <arpa/inet.h>
#include <errno.h>
#include <malloc.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <json-glib/json-glib.h>

#include "core/access.h"
#include "core/context.h"
#include "web/cache.h"
#include "web/guard.h"
#include "web/html.h"
#include "web/signin.h"
#include "web/web.h"

/* Longest query string (bytes after '?') and most parameters a request may
 * carry: a real search is far smaller, and a bound keeps a hostile request
 * from costing more than a normal one.  Both are checked on the raw request
 * line, before libmicrohttpd parses the parameters (zw_on_uri). */
#define ZW_MAX_QUERY_BYTES 2048
#define ZW_MAX_PARAMS      64

/* Silence after which a connection is closed; ZW_REQUEST_DEADLINE_S
 * (server.h) bounds a request's headers however they trickle in. */
#define ZW_CONNECTION_TIMEOUT_S 30
#define ZW_CONNECTION_MEMORY    (64 * 1024)
/* Words whose analysis the server remembers (about 140 bytes each). */
#define ZW_ANALYSED_WORDS       16384

G_DEFINE_QUARK(zw - error - quark, zw_error)

/* Scripts only from this server (zaalt.js, never inline); fetch only to it
 * (completion). */
static const char zw_csp[] = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                             "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
/* A PDF the browser shows inline (/file): Chromium's viewer draws it in an
 * <embed> on a page of its own making, styled inline, which object-src and
 * style-src of the policy above would leave blank; still no script of this
 * origin, no frame, no form. */
static const char zw_csp_pdf[] = "default-src 'none'; object-src 'self'; style-src 'unsafe-inline'; img-src 'self'; "
                                 "form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

/* Sign-in (signin.h): a form and a session cookie, or HTTP basic
 * credentials, against corpus-config/users.ini, accepted over TLS or on
 * loopback only.  Anonymous visitors see public documents only. */

/* Bodies smaller than this go out as they are: gzip would save little. */
#define ZW_GZIP_MIN_BYTES 1024

/* ---- engine pool ---- */

/* One pool per access level; an engine opens only the databases of its
 * level and those below, so an anonymous visitor's spelling suggestions,
 * completions and term statistics never come from restricted documents
 * (access.h), and the access filter in every request is the second guard. */
static zs_engine *
zw_engine_open(zc_context *ctx, char **dbs, int level, GError **error)
{
    return zs_engine_open_dbs(ctx, (const char *const *)dbs, level, error);
}

struct zw_engine_pool {
    zc_context *ctx; /* borrowed from zw_serve's caller */
    char **dbs;
    int level;
    GMutex lock;
    GPtrArray *idle; /* zs_engine*, owned */
};

typedef struct zw_server {
    zw_engine_pool pools[ZS_N_LEVELS];
    zw_cache *cache; /* NULL: every answer is computed */
    zw_signin signin; /* users, sessions, the audit log */
    zw_hosts *hosts; /* what the Host header may name */
    zw_guard *guard; /* the request deadline */
    zw_saved *saved; /* readers' saved searches, in the first index folder */
    gsize doc_page_bytes; /* zw_request.doc_page_bytes */
} zw_server;

static zs_engine *
zw_pool_take(zw_engine_pool *pool, GError **error)
{
    zs_engine *engine = NULL;
    g_mutex_lock(&pool->lock);
    if (pool->idle->len > 0)
        engine = g_ptr_array_steal_index(pool->idle, pool->idle->len - 1);
    g_mutex_unlock(&pool->lock);
    if (engine != NULL) {
        /* A re-index may have committed since this engine last answered. */
        zs_engine_refresh(engine);
        return engine;
    }
    return zw_engine_open(pool->ctx, pool->dbs, pool->level, error);
}

static void
zw_pool_give(zw_engine_pool *pool, zs_engine *engine)
{
    if (engine == NULL)
        return;
    g_mutex_lock(&pool->lock);
    g_ptr_array_add(pool->idle, engine);
    g_mutex_unlock(&pool->lock);
}

zs_engine *
zw_request_engine(zw_request *req, GError **error)
{
    if (req->engine == NULL)
        req->engine = zw_pool_take(req->pool, error);
    return req->engine;
}

/* ---- the answer cache ---- */

/* The revision of every database `pool` opens, as the identity of each
 * level's version file (a glass database writes a new one at each commit);
 * NULL when one is remote or unreadable: then nothing is cached. */
static bool
zw_index_stamp(const zw_engine_pool *pool, GString *out)
{
    for (char **db = pool->dbs; *db; db++) {
        if (g_str_has_prefix(*db, "tcp://"))
            return false;
        for (int l = 0; l <= pool->level; l++) {
            char *dir = zs_level_path(*db, l);
            char *version = g_build_filename(dir, "iamglass", NULL);
            struct stat st;
            bool ok = stat(version, &st) == 0;
            g_free(version);
            g_free(dir);
            if (!ok)
                return false;
            g_string_append_printf(out, "%ju.%jd.%ld.%jd;", (uintmax_t)st.st_ino, (intmax_t)st.st_mtim.tv_sec,
                                   st.st_mtim.tv_nsec, (intmax_t)st.st_size);
        }
    }
    return true;
}

/* The key of a cacheable request (zw_cache_key_for): everything its answer
 * depends on.  NULL for what is not cached: anything but search pages and
 * search answers, and anything over a database whose revision cannot be
 * seen from here. */
static char *
zw_cache_key(const zw_server *server, const zw_request *req)
{
    static const char *const cached[] = {"/search", "/api/search", "/api/facets", "/api/suggest"};
    bool cacheable = false;
    for (size_t i = 0; i < G_N_ELEMENTS(cached); i++)
        cacheable = cacheable || strcmp(req->path, cached[i]) == 0;
    /* A signed-in reader's answers are never cached: each one they are
     * shown is audited with the documents in it, and readers of one level
     * must not learn from a fast answer what another searched. */
    if (server->cache == NULL || !cacheable || req->pool->level > 0)
        return NULL;
    GString *stamp = g_string_new(NULL);
    char *key = NULL;
    if (zw_index_stamp(req->pool, stamp)) {
        /* The day of the law's readings (UTC, as zl_day_passed): an answer
         * is the law of that day, and another day's answer must not be
         * served once the law's day has turned. */
        GDateTime *now = g_date_time_new_now_utc();
        char *day = g_date_time_format(now, "%Y%m%d");
        g_date_time_unref(now);
        key = zw_cache_key_for(req->pool->level, req->ui, day, stamp->str, req->path, req->params);
        g_free(day);
    }
    g_string_free(stamp, TRUE);
    return key;
}

/* ---- request helpers ---- */

const char *
zw_param_get(const zw_request *req, const char *key)
{
    for (guint i = 0; i < req->params->len; i++) {
        const zw_param *p = g_ptr_array_index(req->params, i);
        if (strcmp(p->key, key) == 0)
            return p->value;
    }
    return NULL;
}

void
zw_param_free(gpointer data)
{
    zw_param *p = data;
    g_free(p->key);
    g_free(p->value);
    g_free(p);
}

static char *
zw_valid_utf8(const char *s)
{
    if (s == NULL)
        return g_strdup("");
    return g_utf8_validate(s, -1, NULL) ? g_strdup(s) : g_utf8_make_valid(s, -1);
}

/* Whether `s` (`n` bytes, NULs included) holds a control character other
 * than a tab or a line's end: a NUL (which would cut the C string), the
 * rest of C0, DEL, or C1 in UTF-8. */
static bool
zw_has_control(const char *s, size_t n)
{
    for (size_t i = 0; s != NULL && i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F ||
            (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] <= 0x9F))
            return true;
    }
    return false;
}

static enum MHD_Result
zw_count_host(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
    if (key != NULL && g_ascii_strcasecmp(key, MHD_HTTP_HEADER_HOST) == 0)
        (*(unsigned *)cls)++;
    return MHD_YES;
}

/* Sizes are given so that a %00 inside a name or value is seen, not
 * taken for its end. */
static enum MHD_Result
zw_collect_param(void *cls, enum MHD_ValueKind kind, const char *key, size_t key_size, const char *value,
                 size_t value_size)
{
    GPtrArray *params = cls;
    zw_param *p = g_new0(zw_param, 1);
    p->key = zw_valid_utf8(key);
    p->value = zw_valid_utf8(value);
    p->control = zw_has_control(key, key_size) || zw_has_control(value, value_size);
    g_ptr_array_add(params, p);
    return MHD_YES;
}

char *
zw_param_printable(const char *s)
{
    GString *out = g_string_new(NULL);
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
        if (*p < 0x20 || *p == 0x7F)
            g_string_append_printf(out, "%%%02X", *p);
        else
            g_string_append_c(out, (char)*p);
    }
    return g_string_free(out, FALSE);
}

bool
zw_provision_is_plausible(const char *key)
{
    gsize n = key ? strlen(key) : 0;
    if (n == 0 || n > 32 || !g_ascii_isdigit(key[0]) || !g_ascii_isdigit(key[n - 1]))
        return false;
    for (gsize i = 0; i < n; i++) {
        if (key[i] == '.' && key[i + 1] == '.')
            return false;
        /* "13.1^1": an article an amendment inserted (legal/provision.h). */
        bool caret = key[i] == '^' && i > 0 && g_ascii_isdigit(key[i - 1]) && g_ascii_isdigit(key[i + 1]);
        if (!g_ascii_isdigit(key[i]) && key[i] != '.' && !caret)
            return false;
    }
    return true;
}

bool
zw_id_is_plausible(const char *id)
{
    gsize n = id ? strlen(id) : 0;
    if (n == 0 || n > 128 || strstr(id, "..") != NULL)
        return false;
    for (gsize i = 0; i < n; i++)
        if (!g_ascii_isalnum(id[i]) && id[i] != '-' && id[i] != '_' && id[i] != '.')
            return false;
    return true;
}

/* ---- reply helpers ---- */

void
zw_reply_header(zw_reply *reply, const char *name, const char *value)
{
    g_ptr_array_add(reply->headers, g_strdup(name));
    g_ptr_array_add(reply->headers, g_strdup(value));
}

void
zw_reply_bytes(zw_reply *reply, unsigned status, const char *content_type, GBytes *body)
{
    reply->status = status;
    g_free(reply->content_type);
    reply->content_type = g_strdup(content_type);
    if (reply->body != NULL)
        g_bytes_unref(reply->body);
    reply->body = body;
}

void
zw_reply_json(zw_reply *reply, unsigned status, char *json)
{
    if (json == NULL) {
        zw_reply_json_error(reply, 500, "internal", "the answer could not be written as JSON");
        return;
    }
    gsize n = strlen(json);
    /* A trailing newline makes `curl` output and logs tidy; JSON allows it. */
    char *body = g_realloc(json, n + 2);
    body[n] = '\n';
    body[n + 1] = '\0';
    zw_reply_bytes(reply, status, "application/json; charset=utf-8", g_bytes_new_take(body, n + 1));
}

void
zw_reply_json_builder(zw_reply *reply, unsigned status, JsonBuilder *builder)
{
    JsonNode *root = json_builder_get_root(builder);
    char *json = json_to_string(root, FALSE);
    json_node_unref(root);
    g_object_unref(builder);
    zw_reply_json(reply, status, json);
}

void
zw_reply_json_error(zw_reply *reply, unsigned status, const char *code, const char *message)
{
    JsonBuilder *b = json_builder_new();
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "error");
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "code");
    json_builder_add_string_value(b, code);
    json_builder_set_member_name(b, "message");
    char *valid = zw_valid_utf8(message);
    json_builder_add_string_value(b, valid);
    g_free(valid);
    json_builder_end_object(b);
    json_builder_end_object(b);
    zw_reply_json_builder(reply, status, b);
}

unsigned
zw_status_for_error(const GError *error, const char **code)
{
    const char *c = "internal";
    unsigned status = MHD_HTTP_INTERNAL_SERVER_ERROR;
    if (error != NULL && error->domain == ZS_ERROR) {
        switch ((zs_error_code)error->code) {
            case ZS_ERROR_SYNTAX:
                c = "syntax";
                status = MHD_HTTP_BAD_REQUEST;
                break;
            case ZS_ERROR_FILTER:
                c = "filter";
                status = MHD_HTTP_BAD_REQUEST;
                break;
            case ZS_ERROR_TOO_LONG:
                c = "too_long";
                status = MHD_HTTP_BAD_REQUEST;
                break;
            case ZS_ERROR_NOT_FOUND:
                c = "not_found";
                status = MHD_HTTP_NOT_FOUND;
                break;
            /* Missing, locked or being replaced: worth retrying later. */
            case ZS_ERROR_DB:
            case ZS_ERROR_NO_INDEX:
                c = "db";
                status = MHD_HTTP_SERVICE_UNAVAILABLE;
                break;
        }
    }
    if (code != NULL)
        *code = c;
    return status;
}

/* ---- per-request state, from the URI log callback to "completed" ---- */

typedef struct zw_conn {
    gint64 start_us;
    gsize query_bytes;  /* bytes after '?' in the raw request target */
    gsize query_params; /* '&'-separated parts of it, empty ones included */
    bool path_nul;      /* the raw path escapes a NUL byte (%00), which decoding would cut it at */
    char *method;      /* for the access log */
    char *path;        /* decoded, no query string */
    unsigned status;
    const char *cache; /* "hit", "miss", or NULL: not cacheable */
    bool headers_seen; /* the handler's first call has happened */
    bool body_refused; /* it declared a body bigger than ZW_MAX_BODY_BYTES */
    gsize body_bytes;  /* of the body, so far */
    bool answered;     /* a response is queued */
    zw_visitor *visitor; /* who is asking (signin.h) */
    /* A /search whose query string passed ZW_MAX_QUERY_BYTES: its q= and
     * ui= read back from the part of it kept (zw_long_search_param), so
     * that the 414 page gives the words back; else NULL. */
    char *long_q;
    char *long_ui;
} zw_conn;

/* Called with the raw request target before libmicrohttpd parses its
 * query string.  libmicrohttpd 0.9.75 keeps each parameter in the
 * connection's memory pool (ZW_CONNECTION_MEMORY), about 64 bytes apiece:
 * 950 short parameters (6.5 KB) exhaust it, and then libmicrohttpd queues
 * its own 431 but goes on waiting for the request, which the client never
 * gets: an empty reply when the deadline cuts it 10 s later.  So a query
 * string over either bound is cut off here, at its first byte, before the
 * parse (the target is libmicrohttpd's own buffer, which it is about to
 * split in place; the '?' must stay, as it has already been found), and the
 * request is refused with a 414 or 400 that names the bound.  Within the
 * bounds, 64 parameters fit the pool many times over. */
/* Parameter `name` of a raw query string `query` too long to be parsed,
 * decoded from at most its first ZW_LONG_PARAM_BYTES (enough for a search's
 * bound of characters, each escaped), a character cut in two dropped; or
 * NULL. */
#define ZW_LONG_PARAM_BYTES (ZS_MAX_QUERY_CHARS * 12 + 12)
static char *
zw_long_search_param(const char *query, const char *name)
{
    size_t n = strlen(name);
    for (const char *p = query; p != NULL && *p; p = strchr(p, '&'), p = p ? p + 1 : NULL) {
        if (strncmp(p, name, n) != 0 || p[n] != '=')
            continue;
        const char *v = p + n + 1;
        size_t len = strcspn(v, "&");
        if (len > ZW_LONG_PARAM_BYTES)
            len = ZW_LONG_PARAM_BYTES;
        char *raw = g_strndup(v, len);
        /* An escape cut at the end is dropped with it. */
        char *pct = strrchr(raw, '%');
        if (pct != NULL && strlen(pct) < 3)
            *pct = '\0';
        g_strdelimit(raw, "+", ' ');
        char *value = g_uri_unescape_string(raw, NULL);
        g_free(raw);
        if (value == NULL)
            return NULL;
        const char *end = NULL;
        if (!g_utf8_validate(value, -1, &end))
            *(char *)end = '\0';
        return value;
    }
    return NULL;
}

static void *
zw_on_uri(void *cls, const char *uri, struct MHD_Connection *connection)
{
    zw_conn *conn = g_new0(zw_conn, 1);
    conn->start_us = g_get_monotonic_time();
    const char *q = uri ? strchr(uri, '?') : NULL;
    /* "/file/ID%00.pdf" is decoded to "/file/ID": a path is refused when
     * it holds what the decoded string cannot. */
    const char *nul = uri ? strstr(uri, "%00") : NULL;
    conn->path_nul = nul != NULL && (q == NULL || nul < q);
    if (q != NULL) {
        conn->query_bytes = strlen(q + 1);
        conn->query_params = 1;
        for (const char *c = q + 1; *c; c++)
            conn->query_params += *c == '&';
        if (conn->query_bytes > ZW_MAX_QUERY_BYTES && q - uri == 7 && strncmp(uri, "/search", 7) == 0) {
            conn->long_q = zw_long_search_param(q + 1, "q");
            conn->long_ui = zw_long_search_param(q + 1, "ui");
        }
        if (conn->query_bytes > ZW_MAX_QUERY_BYTES || conn->query_params > ZW_MAX_PARAMS)
            ((char *)q)[1] = '\0';
    }
    return conn;
}

/* The path as a log-safe string: control bytes and backslashes as \xHH so a
 * request cannot forge log lines.  UTF-8 passes through readable. */
static char *
zw_log_safe(const char *s)
{
    GString *out = g_string_new(NULL);
    for (const unsigned char *p = (const unsigned char *)(s ? s : "-"); *p; p++) {
        if (*p < 0x20 || *p == 0x7f || *p == '\\' || *p == ' ')
            g_string_append_printf(out, "\\x%02x", *p);
        else
            g_string_append_c(out, (char)*p);
    }
    return g_string_free(out, FALSE);
}

static void
zw_on_completed(void *cls, struct MHD_Connection *connection, void **con_cls, enum MHD_RequestTerminationCode toe)
{
    /* The connection waits for its next request from now. */
    zw_guard_request_ends(connection);
    zw_conn *conn = *con_cls;
    if (conn == NULL)
        return;
    if (conn->answered) {
        double ms = (double)(g_get_monotonic_time() - conn->start_us) / 1000.0;
        char *method = zw_log_safe(conn->method);
        char *path = zw_log_safe(conn->path);
        /* Never the query string: a search may name a victim.  Whether the
         * answer came from the cache is said here, not to the client. */
        fprintf(stderr, "%s %s %u %.1fms%s%s%s\n", method, path, conn->status, ms, conn->cache ? " cache=" : "",
                conn->cache ? conn->cache : "", toe == MHD_REQUEST_TERMINATED_COMPLETED_OK ? "" : " (aborted)");
        g_free(method);
        g_free(path);
    }
    g_free(conn->method);
    g_free(conn->path);
    g_free(conn->long_q);
    g_free(conn->long_ui);
    zw_visitor_free(conn->visitor);
    g_free(conn);
    *con_cls = NULL;
}

/* ---- sending ---- */

/* Whether an Accept-Encoding header accepts gzip: a "gzip" or "*" coding
 * whose q is not zero. */
static bool
zw_accepts_gzip(const char *header)
{
    if (header == NULL)
        return false;
    bool ok = false;
    char **codings = g_strsplit(header, ",", 32);
    for (char **c = codings; *c; c++) {
        char **parts = g_strsplit(*c, ";", 8);
        char *name = g_strstrip(parts[0]);
        if (g_ascii_strcasecmp(name, "gzip") == 0 || strcmp(name, "*") == 0) {
            ok = true;
            for (char **p = parts + 1; *p; p++) {
                char *param = g_strstrip(*p);
                if (param[0] == 'q' && param[1] == '=' && g_ascii_strtod(param + 2, NULL) <= 0.0)
                    ok = false;
            }
        }
        g_strfreev(parts);
        if (ok)
            break;
    }
    g_strfreev(codings);
    return ok;
}

static bool
zw_compressible(const char *content_type)
{
    return content_type != NULL &&
           (g_str_has_prefix(content_type, "text/") || g_str_has_prefix(content_type, "application/json"));
}

static void
zw_free_bytes(void *cls)
{
    g_bytes_unref(cls);
}

static enum MHD_Result
zw_send(struct MHD_Connection *connection, zw_reply *reply, bool gzip_ok)
{
    struct MHD_Response *response;
    bool gzipped = false;
    bool varies = false;
    if (reply->fd >= 0) {
        /* MHD owns (and closes) the descriptor from here on. */
        response = MHD_create_response_from_fd64(reply->fd_size, reply->fd);
        if (response == NULL)
            close(reply->fd);
        reply->fd = -1;
    } else {
        GBytes *body = reply->body ? g_bytes_ref(reply->body) : g_bytes_new_static("", 0);
        varies = zw_compressible(reply->content_type);
        if (gzip_ok && varies && g_bytes_get_size(body) >= ZW_GZIP_MIN_BYTES) {
            GBytes *packed = zw_deflate(body, 15 + 16, NULL);
            if (packed != NULL) {
                g_bytes_unref(body);
                body = packed;
                gzipped = true;
            }
        }
        gsize size = 0;
        const void *data = g_bytes_get_data(body, &size);
        /* MHD's prototype wants void* but only reads the buffer; it calls
         * zw_free_bytes when the response is done with it. */
        response = MHD_create_response_from_buffer_with_free_callback_cls(size, (void *)(uintptr_t)(data ? data : ""),
                                                                          zw_free_bytes, body);
        if (response == NULL)
            g_bytes_unref(body);
    }
    if (response == NULL)
        return MHD_NO;

    MHD_add_response_header(response, MHD_HTTP_HEADER_CONTENT_TYPE,
                            reply->content_type ? reply->content_type : "text/plain; charset=utf-8");
    MHD_add_response_header(response, "Content-Security-Policy",
                            g_strcmp0(reply->content_type, "application/pdf") == 0 ? zw_csp_pdf : zw_csp);
    MHD_add_response_header(response, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(response, "Referrer-Policy", "same-origin");
    MHD_add_response_header(response, "X-Frame-Options", "DENY");
    /* Pages and answers carry what someone searched for: keep them out of
     * shared and browser caches.  Only static assets say otherwise. */
    MHD_add_response_header(response, MHD_HTTP_HEADER_CACHE_CONTROL,
                            reply->cache_control ? reply->cache_control : "no-store");
    if (gzipped)
        MHD_add_response_header(response, MHD_HTTP_HEADER_CONTENT_ENCODING, "gzip");
    if (varies)
        MHD_add_response_header(response, MHD_HTTP_HEADER_VARY, "Accept-Encoding");
    for (guint i = 0; i + 1 < reply->headers->len; i += 2)
        MHD_add_response_header(response, g_ptr_array_index(reply->headers, i),
                                g_ptr_array_index(reply->headers, i + 1));

    enum MHD_Result ret = MHD_queue_response(connection, reply->status, response);
    MHD_destroy_response(response);
    return ret;
}

/* ---- routing ---- */

static bool
zw_is_api(const char *path)
{
    return g_str_has_prefix(path, "/api/");
}

static void
zw_reject(zw_request *req, zw_reply *reply, unsigned status, const char *code, const char *message)
{
    if (zw_is_api(req->path))
        zw_reply_json_error(reply, status, code, message);
    else
        zw_route_error_page(req, reply, status, NULL);
}

/* The same with the refusal's message on the HTML page too; frees it. */
static void
zw_refuse(zw_request *req, zw_reply *reply, zw_refusal *refusal)
{
    if (zw_is_api(req->path))
        zw_reply_json_error(reply, refusal->status, refusal->code, refusal->message);
    else if (strcmp(req->path, "/search") == 0 && g_strcmp0(refusal->code, "too_long") == 0)
        zw_route_search_refused(req, reply, refusal->status, refusal->message, zw_param_get(req, "q"));
    else
        zw_route_error_page(req, reply, refusal->status, refusal->message);
    g_free(refusal->message);
    refusal->message = NULL;
}

static bool
zw_is_loopback(const char *bind)
{
    return g_str_has_prefix(bind, "127.") || strcmp(bind, "::1") == 0 || strcmp(bind, "localhost") == 0;
}

static void
zw_dispatch(zw_request *req, zw_reply *reply)
{
    const char *path = req->path;
    const char *rest;
    if (strcmp(path, "/") == 0)
        zw_route_home(req, reply);
    else if (strcmp(path, "/search") == 0)
        zw_route_search(req, reply);
    else if (strcmp(path, "/api/search") == 0)
        zw_route_api_search(req, reply);
    else if (strcmp(path, "/api/facets") == 0)
        zw_route_api_facets(req, reply);
    else if (strcmp(path, "/api/suggest") == 0)
        zw_route_api_suggest(req, reply);
    else if (strcmp(path, "/feed") == 0)
        zw_route_feed(req, reply);
    else if (strcmp(path, "/saved") == 0)
        zw_route_saved(req, reply);
    else if (strcmp(path, "/api/saved") == 0)
        zw_route_api_saved(req, reply);
    else if ((rest = g_str_has_prefix(path, "/saved/") ? path + 7 : NULL) != NULL)
        zw_route_saved_open(req, reply, rest);
    else if ((rest = g_str_has_prefix(path, "/api/similar/") ? path + 13 : NULL) != NULL)
        zw_route_api_similar(req, reply, rest);
    else if ((rest = g_str_has_prefix(path, "/api/provision/") ? path + 15 : NULL) != NULL)
        zw_route_api_provision(req, reply, rest);
    else if ((rest = g_str_has_prefix(path, "/provision/") ? path + 11 : NULL) != NULL)
        zw_route_provision(req, reply, rest);
    else if ((rest = g_str_has_prefix(path, "/api/doc/") ? path + 9 : NULL) != NULL)
        zw_route_api_doc(req, reply, rest);
    else if ((rest = g_str_has_prefix(path, "/doc/") ? path + 5 : NULL) != NULL)
        zw_route_doc(req, reply, rest);
    else if ((rest = g_str_has_prefix(path, "/file/") ? path + 6 : NULL) != NULL)
        zw_route_file(req, reply, rest);
    else if ((rest = g_str_has_prefix(path, "/static/") ? path + 8 : NULL) != NULL)
        zw_route_static(req, reply, rest);
    else if (strcmp(path, "/favicon.ico") == 0)
        zw_reply_bytes(reply, MHD_HTTP_NO_CONTENT, "image/x-icon", NULL); /* none: no 404 noise */
    else
        zw_reject(req, reply, MHD_HTTP_NOT_FOUND, "not_found", "no such path");
}

/* The interface language: ?ui= (remembered in a cookie), else the cookie,
 * else Mongolian. */
static zw_ui
zw_choose_ui(struct MHD_Connection *connection, zw_request *req, zw_reply *reply)
{
    const char *asked = zw_param_get(req, "ui");
    if (g_strcmp0(asked, "en") == 0 || g_strcmp0(asked, "mn") == 0) {
        char *cookie = g_strdup_printf("ui=%s; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly", asked);
        zw_reply_header(reply, MHD_HTTP_HEADER_SET_COOKIE, cookie);
        g_free(cookie);
        return asked[0] == 'e' ? ZW_UI_EN : ZW_UI_MN;
    }
    const char *cookie = MHD_lookup_connection_value(connection, MHD_COOKIE_KIND, "ui");
    return g_strcmp0(cookie, "en") == 0 ? ZW_UI_EN : ZW_UI_MN;
}

/* GET /feed/saved/TOKEN: the saved search whose feed token this is, read
 * as its owner now may (users.ini), whoever asks: a feed reader cannot
 * sign in.  The token is a password of sorts: served only where sign-in
 * is (TLS or loopback), and an unknown one is a plain 404.  Returns the
 * owner's name, which req->user borrows until the request ends (the audit
 * line names them), or NULL. */
static char *
zw_private_feed(zw_server *server, zw_request *req, zw_reply *reply, const char *token)
{
    if (!server->signin.allowed) {
        zw_route_error_page(req, reply, MHD_HTTP_FORBIDDEN, zw_str(req->ui, ZW_S_SIGN_IN_NEEDS_TLS));
        return NULL;
    }
    zw_saved_search *ss = zw_saved_by_token(server->saved, token);
    int level = ss ? zw_auth_user_level(server->signin.auth, ss->user) : -1;
    if (level < 0) {
        zw_route_error_page(req, reply, MHD_HTTP_NOT_FOUND, NULL);
        zw_saved_search_free(ss);
        return NULL;
    }
    /* No engine is borrowed yet: the request moves to the owner's pool. */
    req->pool = &server->pools[level];
    req->access = zs_levels_upto(level);
    char *owner = g_strdup(ss->user);
    req->user = owner;
    zw_route_saved_feed(req, reply, ss->search);
    zw_saved_search_free(ss);
    return owner;
}

static enum MHD_Result
zw_on_request(void *cls, struct MHD_Connection *connection, const char *url, const char *method, const char *version,
              const char *upload_data, size_t *upload_data_size, void **con_cls)
{
    zw_server *server = cls;
    zw_conn *conn = *con_cls;
    if (conn == NULL) {
        /* Not expected (the URI callback always runs), but keep going. */
        conn = g_new0(zw_conn, 1);
        conn->start_us = g_get_monotonic_time();
        *con_cls = conn;
    }
    if (conn->answered) {
        /* A request body after the answer was queued: drop it. */
        *upload_data_size = 0;
        return MHD_YES;
    }
    bool get = strcmp(method, MHD_HTTP_METHOD_GET) == 0;
    bool head = strcmp(method, MHD_HTTP_METHOD_HEAD) == 0;
    /* The sign-in form, sign-out and the saved searches' forms are the
     * only POSTs. */
    bool form = strcmp(method, MHD_HTTP_METHOD_POST) == 0 && url &&
                (strcmp(url, "/login") == 0 || strcmp(url, "/logout") == 0 || strcmp(url, "/saved") == 0 ||
                 g_str_has_prefix(url, "/saved/"));
    /* MHD calls once when the headers are in and again when the (empty)
     * body is; answering a GET on the first call would make MHD close the
     * connection instead of keeping it alive.  Other methods get their 405
     * at once, whatever body they were going to send, and so does a body
     * bigger than any route takes (413): its bytes are never read, and MHD
     * closes the connection after the answer. */
    if ((get || head || form) && !conn->headers_seen) {
        conn->headers_seen = true;
        conn->visitor = zw_visitor_new();
        const char *length = MHD_lookup_connection_value(connection, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
        if (zw_guard_body_fits(length)) {
            zw_guard_body_begins(connection); /* its headers are in: the body's deadline runs */
            if (form)
                zw_visitor_begin_form(conn->visitor, connection);
            return MHD_YES;
        }
        conn->body_refused = true;
    }
    if (*upload_data_size != 0) {
        /* Only a chunked body can grow past what it declared. */
        conn->body_bytes += *upload_data_size;
        if (conn->body_bytes > ZW_MAX_BODY_BYTES)
            return MHD_NO; /* MHD closes the connection: no answer can be queued mid-body */
        if (form && conn->visitor)
            zw_visitor_feed(conn->visitor, upload_data, *upload_data_size);
        *upload_data_size = 0;
        return MHD_YES;
    }
    zw_guard_request_begins(connection); /* whole (or refused): no deadline while it is answered */
    if (conn->visitor == NULL)
        conn->visitor = zw_visitor_new();
    /* Who is asking decides which databases the request may open; a
     * password is checked off this thread, the connection suspended. */
    if ((get || head || form) && !conn->body_refused &&
        !zw_visitor_identify(&server->signin, conn->visitor, connection, method, url))
        return MHD_YES;
    conn->answered = true;
    conn->method = g_strdup(method);
    conn->path = g_strdup(url);

    int level = zw_visitor_level(conn->visitor);
    zw_request req = {
        .method = method,
        .path = url ? url : "/",
        .params = g_ptr_array_new_with_free_func(zw_param_free),
        .ui = ZW_UI_MN,
        .if_none_match = MHD_lookup_connection_value(connection, MHD_HEADER_KIND, MHD_HTTP_HEADER_IF_NONE_MATCH),
        .access = zs_levels_upto(level),
        .pool = &server->pools[level],
        .user = zw_visitor_user(conn->visitor),
        .signin_here = server->signin.allowed,
        .shown = g_ptr_array_new_with_free_func(g_free),
        .csrf = zw_visitor_csrf(conn->visitor),
        .doc_page_bytes = server->doc_page_bytes,
        .form = zw_visitor_form(conn->visitor),
        .saved = server->saved,
    };
    zw_reply reply = {
        .status = MHD_HTTP_INTERNAL_SERVER_ERROR,
        .fd = -1,
        .headers = g_ptr_array_new_with_free_func(g_free),
    };

    zw_refusal refusal = {0};
    char *feed_owner = NULL; /* what req.user borrows on a private feed */
    const char *host = MHD_lookup_connection_value(connection, MHD_HEADER_KIND, MHD_HTTP_HEADER_HOST);

    /* HTTP/1.1 requires a Host header (RFC 9112, 3.2): without one, 400;
     * and one only, not empty (RFC 9112 also makes those a 400): a second
     * Host was let through when the first named this server, an empty one
     * always (probe F3, F8). */
    bool host_missing = host == NULL && version != NULL && strcmp(version, MHD_HTTP_VERSION_1_1) == 0;
    unsigned hosts = 0;
    MHD_get_connection_values(connection, MHD_HEADER_KIND, zw_count_host, &hosts);
    bool host_bad = hosts > 1 || (host != NULL && *host == '\0');
    if (host_missing || host_bad || !zw_hosts_allow(server->hosts, host)) {
        /* Before anything else: a page whose name was pointed at this
         * address must learn nothing, not even that sign-in exists. */
        zw_guard_bad_host(req.ui, &refusal);
        zw_refuse(&req, &reply, &refusal);
    } else if (!get && !head && !form) {
        zw_reply_header(&reply, MHD_HTTP_HEADER_ALLOW, "GET, HEAD");
        zw_reject(&req, &reply, MHD_HTTP_METHOD_NOT_ALLOWED, "method", "only GET and HEAD are allowed");
    } else if (conn->path_nul) {
        zw_reject(&req, &reply, MHD_HTTP_BAD_REQUEST, "bad_request", "the path holds a NUL byte (%00)");
    } else if (conn->query_bytes > ZW_MAX_QUERY_BYTES && conn->long_q != NULL) {
        /* The results page's layout, the words given back cut to fit. */
        if (g_strcmp0(conn->long_ui, "en") == 0 || g_strcmp0(conn->long_ui, "mn") == 0)
            req.ui = conn->long_ui[0] == 'e' ? ZW_UI_EN : ZW_UI_MN;
        else
            req.ui = zw_choose_ui(connection, &req, &reply);
        zw_route_search_refused(&req, &reply, MHD_HTTP_URI_TOO_LONG,
                                zw_str(req.ui, ZW_S_URL_TOO_LONG), conn->long_q);
    } else if (conn->query_bytes > ZW_MAX_QUERY_BYTES) {
        zw_reject(&req, &reply, MHD_HTTP_URI_TOO_LONG, "too_long",
                  "the query string is too long: at most " G_STRINGIFY(ZW_MAX_QUERY_BYTES) " bytes");
    } else {
        int n = MHD_get_connection_values_n(connection, MHD_GET_ARGUMENT_KIND, zw_collect_param, req.params);
        if (n > ZW_MAX_PARAMS || conn->query_params > ZW_MAX_PARAMS) {
            zw_reject(&req, &reply, MHD_HTTP_BAD_REQUEST, "bad_request",
                      "too many parameters: at most " G_STRINGIFY(ZW_MAX_PARAMS));
        } else {
            req.ui = zw_choose_ui(connection, &req, &reply);
            char *key = NULL;
            if (conn->body_refused) {
                zw_guard_body_too_large(req.ui, &refusal);
                zw_refuse(&req, &reply, &refusal);
            } else if (zw_signin_answer(&server->signin, conn->visitor, connection, &req, &reply)) {
                /* sign-in, sign-out, or a refusal */
            } else if (form && g_str_has_prefix(req.path, "/saved")) {
                zw_route_saved_post(&req, &reply);
            } else if (form) {
                zw_reject(&req, &reply, MHD_HTTP_METHOD_NOT_ALLOWED, "method", "only GET and HEAD are allowed");
            } else if (g_str_has_prefix(req.path, "/feed/saved/")) {
                feed_owner = zw_private_feed(server, &req, &reply, req.path + strlen("/feed/saved/"));
            } else if (!zw_guard_check_request(&req, &refusal)) {
                zw_refuse(&req, &reply, &refusal);
            } else if ((key = zw_cache_key(server, &req)) != NULL && zw_cache_lookup(server->cache, key, &reply)) {
                /* Said in the access log only (cache=hit), never to the
                 * client: a fast answer must not tell a visitor what was
                 * searched before. */
                conn->cache = "hit";
            } else {
                zw_dispatch(&req, &reply);
                if (!zw_guard_check_answer(req.path, req.ui, &reply, &refusal))
                    zw_refuse(&req, &reply, &refusal);
                if (key != NULL) {
                    conn->cache = "miss";
                    char *kind = g_strdup_printf("%d %d %s", req.pool->level, (int)req.ui, req.path);
                    zw_cache_store(server->cache, kind, key, &reply);
                    g_free(kind);
                }
            }
            g_free(key);
        }
    }
    if (req.user && req.shown->len > 0) {
        const char *action = g_str_has_prefix(req.path, "/file/")                                  ? "download"
                             : g_str_has_prefix(req.path, "/doc/") || g_str_has_prefix(req.path, "/api/doc/") ? "view"
                             : g_str_has_prefix(req.path, "/feed")                                             ? "feed"
                                                                                                      : "search";
        zw_audit_write(server->signin.audit, action, req.user, zw_visitor_address(conn->visitor), req.path,
                       zw_param_get(&req, "q"), req.shown, reply.status);
    }
    g_ptr_array_unref(req.shown);
    g_free(feed_owner);

    zw_pool_give(req.pool, req.engine);
    if (server->signin.tls)
        zw_reply_header(&reply, "Strict-Transport-Security", "max-age=31536000");
    conn->status = reply.status;
    bool gzip_ok =
        zw_accepts_gzip(MHD_lookup_connection_value(connection, MHD_HEADER_KIND, MHD_HTTP_HEADER_ACCEPT_ENCODING));
    enum MHD_Result ret = zw_send(connection, &reply, gzip_ok);

    g_ptr_array_unref(req.params);
    g_ptr_array_unref(reply.headers);
    g_free(reply.content_type);
    g_free(reply.cache_control);
    if (reply.body != NULL)
        g_bytes_unref(reply.body);
    if (reply.fd >= 0)
        close(reply.fd);
    return ret;
}

/* ---- daemon ---- */

/* The certificate and key (PEM) for MHD_USE_TLS, read before listening so
 * that a wrong path is said at once; libmicrohttpd must have been built
 * with GnuTLS (Debian's is). */
static bool
zw_tls_load(const zw_options *opts, char **cert, char **key, GError **error)
{
    if (MHD_is_feature_supported(MHD_FEATURE_TLS) != MHD_YES) {
        g_set_error(error, ZW_ERROR, ZW_ERROR_LISTEN, "this libmicrohttpd was built without TLS");
        return false;
    }
    if (!opts->tls_key) {
        g_set_error(error, ZW_ERROR, ZW_ERROR_ADDRESS, "--tls-cert needs --tls-key");
        return false;
    }
    GError *e = NULL;
    if (!g_file_get_contents(opts->tls_cert, cert, NULL, &e) || !g_file_get_contents(opts->tls_key, key, NULL, &e)) {
        g_set_error(error, ZW_ERROR, ZW_ERROR_ADDRESS, "TLS: %s", e->message);
        g_error_free(e);
        return false;
    }
    return true;
}

/* SIGINT/SIGTERM are blocked and taken by sigwait; the handler exists only so
 * that neither is ignored (a shell starts background jobs with SIGINT
 * ignored, and an ignored signal is discarded rather than left pending). */
static void
zw_on_signal(int sig)
{
    (void)sig;
}

int
zw_serve(zc_context *ctx, const char *const *dbs, const zw_options *opts, GError **error)
{
    const char *bind = opts->bind;
    unsigned port = opts->port;
    if (port > 65535) {
        g_set_error(error, ZW_ERROR, ZW_ERROR_ADDRESS, "port %u is out of range", port);
        return -1;
    }
    if (bind == NULL || strcmp(bind, "localhost") == 0)
        bind = "127.0.0.1";

    struct sockaddr_in sin4 = {0};
    struct sockaddr_in6 sin6 = {0};
    const struct sockaddr *addr;
    /* Suspended while a password is checked on auth.c's thread. */
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO | MHD_USE_ERROR_LOG | MHD_ALLOW_SUSPEND_RESUME;
    if (opts->tls_cert != NULL)
        flags |= MHD_USE_TLS;
    if (inet_pton(AF_INET, bind, &sin4.sin_addr) == 1) {
        sin4.sin_family = AF_INET;
        sin4.sin_port = htons((uint16_t)port);
        addr = (const struct sockaddr *)&sin4;
    } else if (inet_pton(AF_INET6, bind, &sin6.sin6_addr) == 1) {
        sin6.sin6_family = AF_INET6;
        sin6.sin6_port = htons((uint16_t)port);
        addr = (const struct sockaddr *)&sin6;
        flags |= MHD_USE_IPv6;
    } else {
        g_set_error(error, ZW_ERROR, ZW_ERROR_ADDRESS, "--bind wants a numeric IPv4 or IPv6 address, not '%s'", bind);
        return -1;
    }

    /* Open the index once before listening: a wrong --db is reported now,
     * not as a 503 on the first request.  The engine joins the pool. */
    zs_engine *first = zw_engine_open(ctx, (char **)dbs, 0, error);
    if (first == NULL)
        return -1;
    /* Snippets meet every word of the units shown: remembering all of them
     * would grow the server by tens of megabytes. */
    zc_context_limit_cache(ctx, ZW_ANALYSED_WORDS);
    bool tls = opts->tls_cert != NULL;
    zw_server server = {
        .signin = {.tls = tls, .allowed = tls || zw_is_loopback(bind)},
        .cache = zw_cache_new((gsize)opts->cache_mb * 1024 * 1024),
        .hosts = zw_hosts_new(bind, opts->hosts),
        .guard = zw_guard_new(ZW_REQUEST_DEADLINE_S, ZW_BODY_DEADLINE_S),
        .doc_page_bytes = (gsize)(opts->doc_page_kb ? opts->doc_page_kb : ZW_DOC_PAGE_KB_DEFAULT) * 1024,
    };
    unsigned per_address = opts->max_per_address ? opts->max_per_address : ZW_MAX_PER_ADDRESS_DEFAULT;
    unsigned connections = zw_guard_connection_room(ZW_CONNECTION_LIMIT);
    for (int l = 0; l < ZS_N_LEVELS; l++) {
        server.pools[l].ctx = ctx;
        server.pools[l].dbs = g_strdupv((char **)dbs);
        server.pools[l].level = l;
        server.pools[l].idle = g_ptr_array_new();
        g_mutex_init(&server.pools[l].lock);
    }
    g_ptr_array_add(server.pools[0].idle, first);
    char *users_path = zc_context_path(ctx, "users.ini");
    GError *users_error = NULL;
    zs_users *users = zs_users_load(users_path, &users_error);
    if (users == NULL) {
        fprintf(stderr, "zaalt: %s: nobody can sign in\n", users_error->message);
        g_error_free(users_error);
    }
    g_free(users_path);
    zw_auth_options ao = {.max_failures = opts->login_max_failures,
                          .window_s = opts->login_window_s,
                          .idle_s = opts->session_idle_s};
    server.signin.auth = zw_auth_new(users, &ao);
    server.saved = zw_saved_new(opts->saved_searches);

    int rc = -1;
    char *cert = NULL, *key = NULL;
    if (opts->audit_log && (server.signin.audit = zw_audit_open(opts->audit_log, error)) == NULL)
        goto out_pool;
    if (tls && !zw_tls_load(opts, &cert, &key, error))
        goto out_pool;
    struct MHD_Daemon *daemon = NULL;
    struct sigaction sa = {0};
    sa.sa_handler = zw_on_signal;
    sigemptyset(&sa.sa_mask);
    sigset_t stop_signals, old_mask;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    /* Block before MHD starts its threads so they inherit the mask and the
     * signals come only to sigwait below. */
    if (sigaction(SIGINT, &sa, NULL) != 0 || sigaction(SIGTERM, &sa, NULL) != 0 ||
        pthread_sigmask(SIG_BLOCK, &stop_signals, &old_mask) != 0) {
        g_set_error(error, ZW_ERROR, ZW_ERROR_SIGNAL, "cannot set up signals: %s", g_strerror(errno));
        goto out_pool;
    }
    /* A client hanging up mid-file must not kill the server. */
    signal(SIGPIPE, SIG_IGN);

    /* A thread answers its connections one request at a time, and a
     * client's connections stay with the thread that accepted them: with
     * one thread per core, a few busy connections that happened to land on
     * one thread left the other core idle (at 100k units, 8 connections ran
     * at half the throughput in one run out of two).  Four threads a core
     * keep every core fed; engines are opened only as requests overlap. */
    unsigned threads = 4 * g_get_num_processors();
    if (threads < 8)
        threads = 8;
    /* Each thread would get its own malloc arena: two are enough for a
     * server whose threads spend their time in the search library. */
    mallopt(M_ARENA_MAX, 2);
    daemon = MHD_start_daemon(
        flags, (uint16_t)port, NULL, NULL, zw_on_request, &server, MHD_OPTION_EXTERNAL_LOGGER, zw_guard_log,
        server.guard, /* first, or MHD complains */
        MHD_OPTION_SOCK_ADDR, addr, MHD_OPTION_THREAD_POOL_SIZE, (unsigned int)threads, MHD_OPTION_CONNECTION_LIMIT,
        (unsigned int)connections, MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned int)per_address,
        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned int)ZW_CONNECTION_TIMEOUT_S, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
        (size_t)ZW_CONNECTION_MEMORY, MHD_OPTION_URI_LOG_CALLBACK, zw_on_uri, NULL, MHD_OPTION_NOTIFY_COMPLETED,
        zw_on_completed, NULL, MHD_OPTION_NOTIFY_CONNECTION, zw_guard_on_connection, server.guard,
        tls ? MHD_OPTION_HTTPS_MEM_CERT : MHD_OPTION_END, cert, MHD_OPTION_HTTPS_MEM_KEY, key,
        MHD_OPTION_HTTPS_PRIORITIES, "NORMAL:-VERS-TLS1.0:-VERS-TLS1.1:-VERS-SSL3.0", MHD_OPTION_END);
    if (daemon == NULL) {
        g_set_error(error, ZW_ERROR, ZW_ERROR_LISTEN, "cannot listen on %s port %u%s%s", bind, port, errno ? ": " : "",
                    errno ? g_strerror(errno) : "");
        goto out_mask;
    }

    const union MHD_DaemonInfo *info = MHD_get_daemon_info(daemon, MHD_DAEMON_INFO_BIND_PORT);
    unsigned actual = info ? info->port : port;
    zw_hosts_set_port(server.hosts, actual);
    char *served = g_strjoinv(" + ", (char **)dbs);
    const char *scheme = tls ? "https" : "http";
    if (strchr(bind, ':'))
        fprintf(stderr, "zaalt: serving %s at %s://[%s]:%u/ (%u threads)\n", served, scheme, bind, actual, threads);
    else
        fprintf(stderr, "zaalt: serving %s at %s://%s:%u/ (%u threads)\n", served, scheme, bind, actual, threads);
    fprintf(stderr, "zaalt: sign-in %s%s%s\n",
            server.signin.allowed ? "accepted" : "refused (no TLS, not loopback: no password is asked for)",
            opts->audit_log ? "; audit log " : "", opts->audit_log ? opts->audit_log : "");
    g_free(served);

    int sig = 0;
    if (sigwait(&stop_signals, &sig) != 0) {
        g_set_error(error, ZW_ERROR, ZW_ERROR_SIGNAL, "sigwait failed");
    } else {
        fprintf(stderr, "zaalt: %s received, stopping\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
        rc = 0;
    }
    /* Waits for the pool threads: every borrowed engine is back after this.
     * The checks under way resume their connections first. */
    zw_auth_free(server.signin.auth);
    server.signin.auth = NULL;
    MHD_stop_daemon(daemon);
    if (server.cache != NULL) {
        guint entries = 0;
        gsize bytes = 0;
        guint64 hits = 0, misses = 0;
        zw_cache_usage(server.cache, &entries, &bytes, &hits, &misses);
        fprintf(stderr,
                "zaalt: answer cache: %u answers in %zu KB; %" G_GUINT64_FORMAT " hits, %" G_GUINT64_FORMAT " misses\n",
                entries, bytes / 1024, hits, misses);
    }

out_mask:
    pthread_sigmask(SIG_SETMASK, &old_mask, NULL);
out_pool:
    for (int l = 0; l < ZS_N_LEVELS; l++) {
        zw_engine_pool *pool = &server.pools[l];
        for (guint i = 0; i < pool->idle->len; i++)
            zs_engine_free(g_ptr_array_index(pool->idle, i));
        g_ptr_array_unref(pool->idle);
        g_mutex_clear(&pool->lock);
        g_strfreev(pool->dbs);
    }
    zw_auth_free(server.signin.auth);
    zw_audit_close(server.signin.audit);
    zw_saved_free(server.saved);
    if (key)
        memset(key, 0, strlen(key));
    g_free(key);
    g_free(cert);
    zw_cache_free(server.cache);
    zw_guard_free(server.guard);
    zw_hosts_free(server.hosts);
    return rc;
}
