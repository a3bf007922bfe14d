/* web.h — what the server core (server.c) and the route files share: the
 * request as routes see it, the reply they fill in, and the route functions.
 *
 * A route never touches libmicrohttpd: it reads a zw_request and fills a
 * zw_reply, and server.c turns that into an HTTP response with the security
 * headers and the access-log line.  That keeps every header rule in one place.
 *
 * Not for: HTML building (html.h) or the public entry point (server.h).
 */
#ifndef ZAALT_WEB_H
#define ZAALT_WEB_H

#include <glib.h>
#include <json-glib/json-glib.h>
#include <stdbool.h>
#include <stdint.h>

#include "search/search.h"

/* The language of the interface (not of the documents). */
typedef enum { ZW_UI_MN, ZW_UI_EN } zw_ui;

/* Results per page on /search, and the deepest page it shows (deep pages
 * cost the index more and help nobody; server.c refuses a page= beyond it). */
#define ZW_PAGE_SIZE 10u
#define ZW_MAX_PAGE  1000u

typedef struct zw_param {
    char *key;   /* valid UTF-8 */
    char *value; /* valid UTF-8, "" when the parameter had no '=' */
    /* Its name or value held a control character (%00 … %1F but tab and
     * line ends, %7F, C1): the request is refused (guard.c), as a NUL would
     * silently cut the value where it stands. */
    bool control;
} zw_param;

typedef struct zw_engine_pool zw_engine_pool;

typedef struct zw_request {
    const char *method; /* "GET" or "HEAD"; "POST" only for the forms server.c admits */
    const char *path;   /* decoded path, no query string */
    GPtrArray *params;  /* zw_param*, in request order, repeats kept */
    zw_ui ui;
    const char *if_none_match; /* the If-None-Match header, or NULL */
    /* Access levels this request may see, NULL-terminated (search.h's
     * zs_request.access).  Every search and document lookup a route makes
     * passes it on.  Today every request is anonymous: public only. */
    const char *const *access;
    /* Borrowed lazily by zw_request_engine(); server.c returns it. */
    zw_engine_pool *pool;
    zs_engine *engine;
    const char *user; /* signed in (auth.h), or NULL: anonymous */
    bool signin_here; /* this listener accepts sign-in (TLS or loopback) */
    /* Ids of the documents shown that are above public, or the full text of
     * a masked one (zw_request_shown): the audit log's line (audit.h). */
    GPtrArray *shown;
    /* The form token of a reader signed in with a session (64 hex digits,
     * made from it), which every form that changes something carries; NULL
     * for anyone else. */
    const char *csrf;
    /* The fields of a POSTed form (char* -> char*), or NULL. */
    GHashTable *form;
    /* The index folder's saved searches (saved.h). */
    struct zw_saved *saved;
    /* Bytes of a document's text one viewer page shows at most
     * (server.h: zw_options.doc_page_kb). */
    gsize doc_page_bytes;
} zw_request;

/* Notes what a route showed a signed-in reader, for the audit log: the
 * document `doc` of level `access` and masking `mask` (search.h). */
void zw_request_shown(zw_request *req, const char *doc, const char *access, const char *mask);
void zw_request_shown_hits(zw_request *req, const zs_results *results);

typedef struct zw_reply {
    unsigned status;
    char *content_type; /* owned */
    GBytes *body;       /* the body, or NULL when `fd` is used */
    int fd;             /* a file to send whole (owned), -1 if none */
    uint64_t fd_size;
    char *cache_control; /* owned; NULL: "no-store" (pages carry what was searched) */
    GPtrArray *headers;  /* char*, name and value alternating, owned */
} zw_reply;

/* ---- request helpers (server.c) ---- */

/* The first value of `key`, or NULL. */
const char *zw_param_get(const zw_request *req, const char *key);
/* Frees a zw_param (a GDestroyNotify for params arrays). */
void zw_param_free(gpointer param);
/* A parameter's name as it may be shown: control characters as %XX.  A new
 * string. */
char *zw_param_printable(const char *s);

/* Borrows this request's search engine (opening one on first use in this
 * pool, refreshed to the newest index revision).  NULL with `error` set
 * (ZS_ERROR_DB) when the index cannot be opened. */
zs_engine *zw_request_engine(zw_request *req, GError **error);

/* ---- reply helpers (server.c) ---- */

void zw_reply_header(zw_reply *reply, const char *name, const char *value);
/* Takes `body`. */
void zw_reply_bytes(zw_reply *reply, unsigned status, const char *content_type, GBytes *body);
/* Takes `json` (a g_malloc'd string). */
void zw_reply_json(zw_reply *reply, unsigned status, char *json);
/* Ends with the builder's object as the JSON body; takes the builder. */
void zw_reply_json_builder(zw_reply *reply, unsigned status, JsonBuilder *builder);
/* {"error": {"code": code, "message": message}} */
void zw_reply_json_error(zw_reply *reply, unsigned status, const char *code, const char *message);
/* The status and JSON error code for a search-library error. */
unsigned zw_status_for_error(const GError *error, const char **code);

/* ---- routes ---- */

void zw_route_home(zw_request *req, zw_reply *reply);
void zw_route_search(zw_request *req, zw_reply *reply);
void zw_route_doc(zw_request *req, zw_reply *reply, const char *id);
void zw_route_file(zw_request *req, zw_reply *reply, const char *id);
void zw_route_api_search(zw_request *req, zw_reply *reply);
void zw_route_api_doc(zw_request *req, zw_reply *reply, const char *id);
void zw_route_api_facets(zw_request *req, zw_reply *reply);
void zw_route_api_suggest(zw_request *req, zw_reply *reply);
void zw_route_provision(zw_request *req, zw_reply *reply, const char *key);
void zw_route_api_provision(zw_request *req, zw_reply *reply, const char *key);
void zw_route_static(zw_request *req, zw_reply *reply, const char *name);
/* Saved searches (routes_saved.c): GET /saved, GET /saved/ID, and the
 * POSTs to /saved, /saved/ID/delete and /saved/ID/revoke. */
void zw_route_saved(zw_request *req, zw_reply *reply);
void zw_route_saved_open(zw_request *req, zw_reply *reply, const char *id);
void zw_route_saved_post(zw_request *req, zw_reply *reply);
/* GET /api/saved: the signed-in reader's saved searches as JSON (401
 * without a reader). */
void zw_route_api_saved(zw_request *req, zw_reply *reply);
/* The feed of the saved search `search` (its query string), under the
 * request's access, which server.c has made its owner's. */
void zw_route_saved_feed(zw_request *req, zw_reply *reply, const char *search);
/* HTML error page (404, 414, 400 …) with a message in the interface's
 * language; `detail` (may be NULL) is shown escaped below it. */
void zw_route_error_page(zw_request *req, zw_reply *reply, unsigned status, const char *detail);
/* A search refused as too long (400 too_long: more than ZS_MAX_QUERY_CHARS
 * characters; 414: a query string over the server's bound), answered with
 * the results page's layout: the box holding `q` cut to the bound at a word
 * (zw_query_cut), the request's filters kept, and `message` with a word on
 * the cut.  `q` may be NULL (nothing could be read back). */
void zw_route_search_refused(zw_request *req, zw_reply *reply, unsigned status, const char *message, const char *q);
/* `q` cut to at most `max_chars` characters, at the last space within the
 * bound when there is one (else at the bound), trailing spaces dropped:
 * new. */
char *zw_query_cut(const char *q, glong max_chars);

/* True when `id` looks like a document or unit id: short, and only ASCII
 * letters, digits, '-', '_' and '.' (never "..", never '/').  Anything else
 * is answered 404 without asking the index. */
bool zw_id_is_plausible(const char *id);

/* True when `key` looks like a provision key: digits separated by single
 * dots ("13.1", "13.1.2"), at most 32 bytes. */
bool zw_provision_is_plausible(const char *key);

/* ---- shared by the HTML and JSON search routes (search_state.c) ---- */

/* The sort a request asks for: sort=relevance (default), newest, oldest.
 * False for any other value. */
bool zw_parse_sort(const char *value, zs_sort *out);

/* Filter "field:value" strings from the request's parameters (type=, lang=,
 * year=, court=, article=, outcome=, source=, court_level=, date=, each
 * possibly repeated; empty values ignored), NULL-terminated, for
 * zs_request.filters.  g_strfreev it. */
char **zw_request_filters(const zw_request *req);

/* The citations of a document and of the provisions it contains
 * (routes_provision.c): decisions that apply `provision` (NULL-terminated
 * array of hits via zs_search; `total` set), newest first.  NULL with
 * `error` set when the search failed. */
zs_results *zw_citing_decisions(zw_request *req, const char *provision, unsigned limit, GError **error);

/* A 2002 Criminal Code article that a 2015 provision replaced
 * (zp_concordance_2002), with the decisions applying it. */
typedef struct zw_predecessor {
    char *article; /* "2002:113" */
    gboolean uncertain;
    zs_results *decisions; /* newest first, at most `limit` hits; `total` all */
} zw_predecessor;
/* The predecessors of `provision` (empty for another law's key), or NULL
 * with `error` set when a search failed.  zw_predecessors_free it. */
GPtrArray *zw_predecessors(zw_request *req, const char *provision, unsigned limit, GError **error);
void zw_predecessors_free(GPtrArray *list);


#endif
