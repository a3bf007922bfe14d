/* signin.c — who a request comes from, the sign-in page and form, sign-out
 * and the refusals (signin.h).
 *
 * Not for: password checks, sessions and limits (auth.c), the audit file
 * (audit.c), routes that read documents (routes_*.c).
 */
#include "web/signin.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

#include "web/html.h"

/* A form's body, at most: the sign-in form's, and a saved search's, whose
 * query and name in Cyrillic take six bytes a letter once URL-encoded (a
 * query of 600 letters and a name is about 4.7 KB).  Below the server's
 * bound on any request body (ZW_MAX_BODY_BYTES). */
#define ZW_FORM_MAX (16 * 1024)

typedef enum { ID_START, ID_CHECKING, ID_CHECKED, ID_DONE } id_phase;

struct zw_visitor {
    id_phase phase;
    struct MHD_PostProcessor *pp;
    gsize form_bytes;
    bool form_too_big;
    char *form_user, *form_password;
    char *address;
    /* Outcome */
    int level;          /* 0: anonymous */
    char *user;         /* signed in, or NULL */
    char *claimed;      /* the user name a failed attempt gave */
    bool form;          /* a POST to /login */
    bool basic;         /* HTTP basic credentials came */
    bool checked;       /* a password was checked (not remembered) */
    bool failed;        /* a password did not match */
    bool refused;       /* credentials where sign-in is not accepted */
    unsigned throttled; /* seconds to wait, or 0 */
    char *token;        /* the session cookie that came */
    char *csrf;         /* the form token of a live session, or NULL */
    GHashTable *fields; /* a form's other fields (not user, password) */
    volatile int checked_level;
};

zw_visitor *
zw_visitor_new(void)
{
    zw_visitor *v = g_new0(zw_visitor, 1);
    v->checked_level = -1;
    return v;
}

static void
wipe(char *s)
{
    if (s)
        memset(s, 0, strlen(s));
    g_free(s);
}

void
zw_visitor_free(zw_visitor *v)
{
    if (!v)
        return;
    if (v->pp)
        MHD_destroy_post_processor(v->pp);
    g_free(v->form_user);
    wipe(v->form_password);
    g_free(v->address);
    g_free(v->user);
    g_free(v->claimed);
    g_free(v->token);
    g_free(v->csrf);
    if (v->fields)
        g_hash_table_unref(v->fields);
    g_free(v);
}

static enum MHD_Result
on_field(void *cls, enum MHD_ValueKind kind, const char *key, const char *filename, const char *content_type,
         const char *transfer_encoding, const char *data, uint64_t off, size_t size)
{
    zw_visitor *v = cls;
    char **slot = strcmp(key, "user") == 0 ? &v->form_user : strcmp(key, "password") == 0 ? &v->form_password : NULL;
    if (size == 0)
        return MHD_YES;
    if (!slot) {
        /* Another form's field, its pieces joined (at most ZW_FORM_MAX in
         * all, as the feed counts). */
        if (!v->fields)
            v->fields = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
        const char *had = g_hash_table_lookup(v->fields, key);
        GString *s = g_string_new(had ? had : "");
        g_string_append_len(s, data, (gssize)size);
        g_hash_table_replace(v->fields, g_strdup(key), g_string_free(s, FALSE));
        return MHD_YES;
    }
    GString *s = g_string_new(*slot ? *slot : "");
    g_string_append_len(s, data, (gssize)size);
    wipe(*slot);
    *slot = g_string_free(s, FALSE);
    return MHD_YES;
}

void
zw_visitor_begin_form(zw_visitor *v, struct MHD_Connection *connection)
{
    v->pp = MHD_create_post_processor(connection, 1024, on_field, v);
}

void
zw_visitor_feed(zw_visitor *v, const char *data, size_t size)
{
    v->form_bytes += size;
    if (v->form_bytes > ZW_FORM_MAX)
        v->form_too_big = true;
    if (v->pp && !v->form_too_big)
        MHD_post_process(v->pp, data, size);
}

int
zw_visitor_level(const zw_visitor *v)
{
    return v->level;
}

const char *
zw_visitor_user(const zw_visitor *v)
{
    return v->user;
}

const char *
zw_visitor_address(const zw_visitor *v)
{
    return v->address;
}

const char *
zw_visitor_csrf(const zw_visitor *v)
{
    return v->csrf;
}

GHashTable *
zw_visitor_form(const zw_visitor *v)
{
    /* A form's fields are only whole when it was not cut off. */
    return v->form_too_big ? NULL : v->fields;
}

static char *
client_address(struct MHD_Connection *connection)
{
    const union MHD_ConnectionInfo *ci = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    char buf[INET6_ADDRSTRLEN] = "?";
    if (ci && ci->client_addr) {
        const struct sockaddr *sa = ci->client_addr;
        if (sa->sa_family == AF_INET)
            inet_ntop(AF_INET, &((const struct sockaddr_in *)sa)->sin_addr, buf, sizeof buf);
        else if (sa->sa_family == AF_INET6)
            inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)sa)->sin6_addr, buf, sizeof buf);
    }
    return g_strdup(buf);
}

typedef struct resume {
    zw_visitor *v;
    struct MHD_Connection *connection;
} resume;

static void
checked(int level, void *data)
{
    resume *r = data;
    r->v->checked_level = level;
    r->v->phase = ID_CHECKED;
    MHD_resume_connection(r->connection);
    g_free(r);
}

/* Suspends the connection while the password is checked off this thread. */
static void
check_later(zw_signin *s, zw_visitor *v, struct MHD_Connection *connection, const char *user, const char *password)
{
    v->phase = ID_CHECKING;
    v->checked = true;
    g_free(v->claimed);
    v->claimed = g_strdup(user);
    resume *r = g_new0(resume, 1);
    r->v = v;
    r->connection = connection;
    MHD_suspend_connection(connection);
    zw_auth_check_async(s->auth, user, password, v->address, checked, r);
}

bool
zw_visitor_identify(zw_signin *s, zw_visitor *v, struct MHD_Connection *connection, const char *method,
                    const char *path)
{
    if (v->phase == ID_DONE)
        return true;
    if (v->phase == ID_CHECKING)
        return false;
    if (v->phase == ID_CHECKED) {
        int level = v->checked_level;
        if (level >= 0) {
            v->level = level;
            v->user = g_strdup(v->claimed);
        } else {
            v->failed = true;
        }
        v->phase = ID_DONE;
        return true;
    }
    v->address = client_address(connection);
    v->phase = ID_DONE;
    const char *cookie = MHD_lookup_connection_value(connection, MHD_COOKIE_KIND, ZW_SESSION_COOKIE);
    v->token = cookie && *cookie ? g_strdup(cookie) : NULL;
    char *password = NULL;
    char *user = MHD_basic_auth_get_username_password(connection, &password);
    v->basic = user != NULL;
    v->form = strcmp(method, MHD_HTTP_METHOD_POST) == 0 && strcmp(path, "/login") == 0;
    bool done = true;
    if (!s->allowed) {
        /* A password or a session here would have crossed the network in
         * clear: refused, and nothing asks for one. */
        v->refused = v->basic || v->token || v->form;
    } else if (v->form || v->basic) {
        const char *u = v->form ? v->form_user : user;
        const char *p = v->form ? v->form_password : password;
        int level = v->basic && !v->form ? zw_auth_recent(s->auth, u, p) : -1;
        if (level >= 0) {
            v->level = level;
            v->user = g_strdup(u);
        } else if (!u || !p || v->form_too_big) {
            v->failed = true;
        } else if ((v->throttled = zw_auth_retry_after(s->auth, u, v->address)) == 0) {
            check_later(s, v, connection, u, p);
            done = false;
        } else {
            g_free(v->claimed);
            v->claimed = g_strdup(u);
        }
    } else if (v->token) {
        char *who = NULL;
        int level = 0;
        if (zw_auth_session_get(s->auth, v->token, &who, &level)) {
            v->user = who;
            v->level = level;
            /* Forms that change something carry it: a page of this server
             * showed it to this session's reader, another site cannot. */
            char *seed = g_strconcat("zaalt-form\n", v->token, NULL);
            v->csrf = g_compute_checksum_for_string(G_CHECKSUM_SHA256, seed, -1);
            g_free(seed);
        }
    }
    if (user)
        MHD_free(user);
    if (password) {
        memset(password, 0, strlen(password));
        MHD_free(password);
    }
    return done;
}

/* ---- Answers ---- */

static bool
is_api(const zw_request *req)
{
    return g_str_has_prefix(req->path, "/api/");
}

/* The sign-in page: the form, or why there is none here. */
static void
login_page(zw_signin *s, zw_request *req, zw_reply *reply, unsigned status, const char *message)
{
    zw_html *html = zw_page_begin(req, zw_str(req->ui, ZW_S_SIGN_IN), NULL, NULL);
    zw_html_raw(html, "<div class=\"signin\">\n<h1>");
    zw_html_text(html, zw_str(html->ui, ZW_S_SIGN_IN));
    zw_html_raw(html, "</h1>\n");
    if (message) {
        zw_html_raw(html, "<p class=\"error\" role=\"alert\" id=\"signin-error\">");
        zw_html_text(html, message);
        zw_html_raw(html, "</p>\n");
    }
    if (s->allowed) {
        zw_html_raw(html, "<form method=\"post\" action=\"/login\" id=\"signin\">\n<p><label for=\"signin-user\">");
        zw_html_text(html, zw_str(html->ui, ZW_S_USER_NAME));
        zw_html_raw(html, "</label> <input id=\"signin-user\" name=\"user\" autocomplete=\"username\" required></p>\n"
                          "<p><label for=\"signin-password\">");
        zw_html_text(html, zw_str(html->ui, ZW_S_PASSWORD));
        zw_html_raw(html, "</label> <input id=\"signin-password\" name=\"password\" type=\"password\" "
                          "autocomplete=\"current-password\" required></p>\n<p><button type=\"submit\">");
        zw_html_text(html, zw_str(html->ui, ZW_S_SIGN_IN));
        zw_html_raw(html, "</button></p>\n</form>\n");
    }
    zw_html_raw(html, "</div>\n");
    zw_html_end(html);
    zw_reply_bytes(reply, status, "text/html; charset=utf-8", zw_html_finish(html));
}

static void
refuse(zw_request *req, zw_reply *reply, unsigned status, const char *code, const char *message)
{
    if (is_api(req))
        zw_reply_json_error(reply, status, code, message);
    else
        zw_route_error_page(req, reply, status, message);
}

static void
set_cookie(zw_signin *s, zw_reply *reply, const char *token, bool clear)
{
    char *c = g_strdup_printf("%s=%s; Path=/; HttpOnly; SameSite=Strict%s%s", ZW_SESSION_COOKIE, clear ? "" : token,
                              s->tls ? "; Secure" : "", clear ? "; Max-Age=0" : "");
    zw_reply_header(reply, MHD_HTTP_HEADER_SET_COOKIE, c);
    g_free(c);
}

static void
see_other(zw_reply *reply, const char *where)
{
    zw_reply_header(reply, MHD_HTTP_HEADER_LOCATION, where);
    zw_reply_bytes(reply, MHD_HTTP_SEE_OTHER, "text/plain; charset=utf-8", NULL);
}

/* A form posted from another site (its Origin names another host) is
 * refused: the session cookie is SameSite=Strict, and this covers sign-in. */
static bool
foreign_origin(struct MHD_Connection *connection)
{
    const char *origin = MHD_lookup_connection_value(connection, MHD_HEADER_KIND, "Origin");
    const char *host = MHD_lookup_connection_value(connection, MHD_HEADER_KIND, MHD_HTTP_HEADER_HOST);
    if (!origin || strcmp(origin, "null") == 0)
        return origin != NULL;
    const char *sep = strstr(origin, "://");
    return !host || !sep || strcmp(sep + 3, host) != 0;
}

static void
audit(zw_signin *s, zw_visitor *v, const char *action, const char *user, const char *path, unsigned status)
{
    zw_audit_write(s->audit, action, user, v->address, path, NULL, NULL, status);
}

bool
zw_signin_answer(zw_signin *s, zw_visitor *v, struct MHD_Connection *connection, zw_request *req, zw_reply *reply)
{
    bool post = strcmp(req->method, MHD_HTTP_METHOD_POST) == 0;
    bool login = strcmp(req->path, "/login") == 0, logout = strcmp(req->path, "/logout") == 0;
    if (v->refused) {
        req->user = NULL;
        refuse(req, reply, MHD_HTTP_FORBIDDEN, "forbidden",
               zw_str(req->ui, ZW_S_SIGN_IN_NEEDS_TLS));
        return true;
    }
    if (post && foreign_origin(connection)) {
        req->user = NULL; /* refused: the page does not say who signed in */
        refuse(req, reply, MHD_HTTP_FORBIDDEN, "forbidden", "a form from another site");
        return true;
    }
    if (v->throttled) {
        audit(s, v, "sign-in-refused", v->claimed, req->path, 429);
        char *after = g_strdup_printf("%u", v->throttled);
        zw_reply_header(reply, MHD_HTTP_HEADER_RETRY_AFTER, after);
        g_free(after);
        if (v->form)
            login_page(s, req, reply, MHD_HTTP_TOO_MANY_REQUESTS, zw_str(req->ui, ZW_S_SIGN_IN_THROTTLED));
        else
            refuse(req, reply, MHD_HTTP_TOO_MANY_REQUESTS, "too_many", zw_str(req->ui, ZW_S_SIGN_IN_THROTTLED));
        return true;
    }
    if (v->checked)
        audit(s, v, v->failed ? "sign-in-failed" : "sign-in", v->user ? v->user : v->claimed, req->path,
              v->failed ? 401 : 200);
    if (v->failed) {
        /* The same words whether the user exists or not. */
        if (v->form) {
            login_page(s, req, reply, MHD_HTTP_UNAUTHORIZED, zw_str(req->ui, ZW_S_SIGN_IN_FAILED));
        } else {
            zw_reply_header(reply, MHD_HTTP_HEADER_WWW_AUTHENTICATE, "Basic realm=\"Zaalt\", charset=\"UTF-8\"");
            refuse(req, reply, MHD_HTTP_UNAUTHORIZED, "unauthorized", zw_str(req->ui, ZW_S_SIGN_IN_FAILED));
        }
        return true;
    }
    if (login && post) {
        char *token = zw_auth_session_new(s->auth, v->user, v->level);
        if (!token) {
            refuse(req, reply, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal", "no session could be made");
            return true;
        }
        set_cookie(s, reply, token, false);
        g_free(token);
        see_other(reply, "/");
        return true;
    }
    if (logout) {
        if (!post) {
            zw_reply_header(reply, MHD_HTTP_HEADER_ALLOW, "POST");
            refuse(req, reply, MHD_HTTP_METHOD_NOT_ALLOWED, "method", "sign out with POST");
            return true;
        }
        if (v->token)
            zw_auth_session_end(s->auth, v->token);
        if (v->user)
            audit(s, v, "sign-out", v->user, req->path, 303);
        set_cookie(s, reply, NULL, true);
        see_other(reply, "/");
        return true;
    }
    if (login) {
        if (v->level > 0 || v->user)
            see_other(reply, "/");
        else
            login_page(s, req, reply, s->allowed ? 200 : MHD_HTTP_FORBIDDEN,
                       s->allowed ? NULL : zw_str(req->ui, ZW_S_SIGN_IN_NEEDS_TLS));
        return true;
    }
    if (v->token && !v->user && s->allowed) {
        /* A session that has ended: forget its cookie, read as anonymous. */
        set_cookie(s, reply, NULL, true);
    }
    return false;
}

/* ---- What a signed-in reader was shown ---- */

void
zw_request_shown(zw_request *req, const char *doc, const char *access, const char *mask)
{
    if (!req->shown || !doc)
        return;
    bool sensitive = (access && strcmp(access, "public") != 0) || g_strcmp0(mask, "full") == 0;
    if (!sensitive)
        return;
    for (guint i = 0; i < req->shown->len; i++)
        if (strcmp(req->shown->pdata[i], doc) == 0)
            return;
    g_ptr_array_add(req->shown, g_strdup(doc));
}

void
zw_request_shown_hits(zw_request *req, const zs_results *results)
{
    for (guint i = 0; req->shown && results && i < results->hits->len; i++) {
        const zs_hit *h = results->hits->pdata[i];
        zw_request_shown(req, h->doc, h->access, h->mask);
    }
}
