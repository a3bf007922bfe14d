/* routes_saved.c — a signed-in reader's saved searches (saved.h): the
 * list at GET /saved with what is new since each was last visited and its
 * private feed, and the same figures as JSON at GET /api/saved; GET /saved/ID visits one (the search it keeps, and the
 * visit remembered); POST /saved saves the search of a results page, POST
 * /saved/ID/delete and /saved/ID/revoke delete one or replace its feed
 * token; the "Save this search" form on the results page.
 *
 * Every form carries the reader's form token (web.h's zw_request.csrf,
 * made from their session): a POST without it, or from a reader without a
 * session (basic credentials), changes nothing.  A reader sees and changes
 * only their own searches; another's id is "no such saved search".
 *
 * Not for: the store (saved.c), the feeds (routes_feed.c; the private feed
 * is resolved in server.c, which knows the users).
 */
#include <string.h>

#include <json-glib/json-glib.h>

#include "search/history.h"
#include "web/auth.h"
#include "web/feed.h"
#include "web/results.h"
#include "web/saved.h"

/* The form token a POST brought matches the reader's. */
static bool
form_token_ok(const zw_request *req)
{
    const char *sent = req->form ? g_hash_table_lookup(req->form, "csrf") : NULL;
    return req->csrf && sent && zw_secret_equal(sent, req->csrf);
}

static void
hidden(zw_html *html, const char *name, const char *value)
{
    zw_html_raw(html, "<input type=\"hidden\" name=\"");
    zw_html_text(html, name);
    zw_html_raw(html, "\" value=\"");
    zw_html_text(html, value);
    zw_html_raw(html, "\">");
}

/* A search's state, read from its query string as the results page reads
 * its URL; `params` holds what the state borrows. */
static void
state_of(const zw_request *req, const char *search, GPtrArray *params, zw_search_state *st)
{
    /* Split by hand, not by g_uri_parse_params, which keeps one value a
     * key: a search's filters may repeat one. */
    char **pairs = g_strsplit(search, "&", -1);
    for (char **p = pairs; *p; p++) {
        if (**p == '\0')
            continue;
        char *eq = strchr(*p, '=');
        char *k = eq ? g_strndup(*p, (gsize)(eq - *p)) : g_strdup(*p);
        char *v = g_strdup(eq ? eq + 1 : "");
        g_strdelimit(k, "+", ' ');
        g_strdelimit(v, "+", ' ');
        zw_param *param = g_new0(zw_param, 1);
        param->key = g_uri_unescape_string(k, NULL);
        param->value = g_uri_unescape_string(v, NULL);
        g_free(k);
        g_free(v);
        if (!param->key || !param->value || !g_utf8_validate(param->key, -1, NULL) ||
            !g_utf8_validate(param->value, -1, NULL)) {
            zw_param_free(param);
            continue;
        }
        g_ptr_array_add(params, param);
    }
    g_strfreev(pairs);
    zw_request view = *req;
    view.params = params;
    zw_state_read(&view, st);
}

/* The canonical query string of `search` (only the words, the filters and
 * the sort the results page knows), or NULL when it asks for nothing. */
static char *
canonical_search(const zw_request *req, const char *search)
{
    GPtrArray *params = g_ptr_array_new_with_free_func(zw_param_free);
    zw_search_state st;
    state_of(req, search, params, &st);
    char *url = zw_search_url(&st, NULL, NULL, -1, 1);
    char *out = url[strlen("/search")] == '?' ? g_strdup(url + strlen("/search?")) : NULL;
    g_free(url);
    zw_state_clear(&st);
    g_ptr_array_unref(params);
    return out;
}

/* Documents the saved search matches for this reader, in all and indexed
 * since its last visit; false when the index cannot answer. */
static bool
count(zw_request *req, const zw_saved_search *ss, unsigned *total, unsigned *fresh)
{
    GError *error = NULL;
    zs_engine *engine = zw_request_engine(req, &error);
    if (!engine) {
        g_clear_error(&error);
        return false;
    }
    GPtrArray *params = g_ptr_array_new_with_free_func(zw_param_free);
    zw_search_state st;
    state_of(req, ss->search, params, &st);
    char **filters = zw_state_filters(&st);
    GDateTime *t = g_date_time_new_from_unix_utc(ss->last_visit);
    char *since = t ? g_date_time_format(t, "%Y%m%d%H%M%S") : NULL;
    if (t)
        g_date_time_unref(t);
    bool ok = true;
    for (int pass = 0; pass < 2 && ok; pass++) {
        zs_request r = {
            .query = st.q,
            .filters = (const char *const *)filters,
            .limit = 1,
            .no_snippets = true,
            .access = req->access,
            .no_relax = true,
            .indexed_since = pass ? since : NULL,
        };
        zs_results *res = zs_search(engine, &r, &error);
        ok = res != NULL;
        if (res)
            *(pass ? fresh : total) = res->total;
        zs_results_free(res);
        g_clear_error(&error);
    }
    g_free(since);
    g_strfreev(filters);
    zw_state_clear(&st);
    g_ptr_array_unref(params);
    return ok;
}

static void
post_button(zw_html *html, const zw_request *req, const char *action, const char *label, const char *cls)
{
    zw_html_raw(html, "<form method=\"post\" class=\"inline\" action=\"");
    zw_html_text(html, action);
    zw_html_raw(html, "\">");
    hidden(html, "csrf", req->csrf);
    zw_html_raw(html, "<button type=\"submit\" class=\"");
    zw_html_text(html, cls);
    zw_html_raw(html, "\">");
    zw_html_text(html, label);
    zw_html_raw(html, "</button></form>");
}

/* What a saved search asks, as a reader reads it: its words as typed and
 * each filter as the results page's chips name it ("Type: Court
 * decision"), not its percent-encoded query string. */
static void
saved_what(zw_html *html, const zw_request *req, const char *search)
{
    GPtrArray *params = g_ptr_array_new_with_free_func(zw_param_free);
    zw_search_state st;
    state_of(req, search, params, &st);
    zw_html_raw(html, "<p class=\"search\">");
    if (st.q[0] != '\0') {
        zw_html_raw(html, "<q class=\"words\">");
        zw_html_text(html, st.q);
        zw_html_raw(html, "</q>");
    }
    for (guint i = 0; i + 1 < st.pairs->len; i += 2) {
        const char *field = g_ptr_array_index(st.pairs, i);
        char *shown = zw_filter_display(html->ui, field, g_ptr_array_index(st.pairs, i + 1));
        zw_html_raw(html, " <span class=\"chip\">");
        zw_html_textf(html, "%s: %s", zw_field_name(html->ui, field), shown);
        zw_html_raw(html, "</span>");
        g_free(shown);
    }
    zw_html_raw(html, "</p>\n");
    zw_state_clear(&st);
    g_ptr_array_unref(params);
}

static void
saved_item(zw_html *html, zw_request *req, const zw_saved_search *ss)
{
    char *open = g_strconcat("/saved/", ss->id, NULL);
    zw_html_raw(html, "<li class=\"saved\" data-saved=\"");
    zw_html_text(html, ss->id);
    zw_html_raw(html, "\">\n<h2>");
    zw_html_link(html, open, ss->name);
    zw_html_raw(html, "</h2>\n<p class=\"meta\">");
    unsigned total = 0, fresh = 0;
    if (count(req, ss, &total, &fresh)) {
        zw_html_raw(html, "<strong class=\"new\">");
        zw_html_textf(html, zw_str(html->ui, ZW_S_SAVED_NEW_FMT), fresh);
        zw_html_raw(html, "</strong> · <span class=\"total\">");
        zw_html_textf(html, zw_str(html->ui, ZW_S_SAVED_TOTAL_FMT), total);
        zw_html_raw(html, "</span> · ");
    }
    zw_html_text(html, zw_str(html->ui, ZW_S_SAVED_LAST_VISIT));
    zw_html_raw(html, " ");
    GDateTime *t = g_date_time_new_from_unix_utc(ss->last_visit);
    char *day = t ? g_date_time_format(t, "%Y-%m-%d") : NULL;
    zw_html_date(html, day);
    g_free(day);
    if (t)
        g_date_time_unref(t);
    zw_html_raw(html, "</p>\n");
    saved_what(html, req, ss->search);
    zw_html_raw(html, "<p class=\"feed\">");
    char *feed = g_strconcat("/feed/saved/", ss->token, NULL);
    zw_html_link(html, feed, zw_str(html->ui, ZW_S_SAVED_FEED));
    g_free(feed);
    zw_html_raw(html, " <span class=\"note\">");
    zw_html_text(html, zw_str(html->ui, ZW_S_SAVED_FEED_NOTE));
    zw_html_raw(html, "</span></p>\n");
    if (req->csrf) {
        zw_html_raw(html, "<p class=\"actions\">");
        char *revoke = g_strconcat(open, "/revoke", NULL), *del = g_strconcat(open, "/delete", NULL);
        post_button(html, req, revoke, zw_str(html->ui, ZW_S_SAVED_REVOKE), "secondary revoke");
        zw_html_raw(html, " ");
        post_button(html, req, del, zw_str(html->ui, ZW_S_SAVED_DELETE), "secondary delete");
        g_free(revoke);
        g_free(del);
        zw_html_raw(html, "</p>\n");
    }
    zw_html_raw(html, "</li>\n");
    g_free(open);
}

/* Who may use saved searches: a signed-in reader.  Otherwise answers (to
 * the sign-in page where one is possible) and returns false. */
static bool
signed_in(zw_request *req, zw_reply *reply)
{
    if (req->user)
        return true;
    if (req->signin_here) {
        zw_reply_header(reply, "Location", "/login");
        zw_reply_bytes(reply, 303, "text/plain; charset=utf-8", NULL);
    } else {
        zw_route_error_page(req, reply, 404, NULL);
    }
    return false;
}

static void
store_error(zw_request *req, zw_reply *reply, GError *error)
{
    unsigned status = error->code == ZW_SAVED_ERROR_UNKNOWN  ? 404
                      : error->code == ZW_SAVED_ERROR_LIMIT ? 400
                      : error->code == ZW_SAVED_ERROR_NONE  ? 404
                                                            : 500;
    if (status == 500)
        g_printerr("zaalt serve: saved searches: %s\n", error->message);
    zw_route_error_page(req, reply, status, status == 500 ? NULL : error->message);
}

void
zw_route_saved(zw_request *req, zw_reply *reply)
{
    if (!signed_in(req, reply))
        return;
    GError *error = NULL;
    GPtrArray *mine = zw_saved_list(req->saved, req->user, &error);
    if (!mine) {
        store_error(req, reply, error);
        g_error_free(error);
        return;
    }
    zw_html *html = zw_page_begin(req, zw_str(req->ui, ZW_S_SAVED), NULL, NULL);
    zw_html_raw(html, "<div class=\"saved-searches\">\n<h1>");
    zw_html_text(html, zw_str(html->ui, ZW_S_SAVED));
    zw_html_raw(html, "</h1>\n");
    if (!req->csrf) {
        zw_html_raw(html, "<p class=\"notice\">");
        zw_html_text(html, zw_str(html->ui, ZW_S_SAVED_NEEDS_SESSION));
        zw_html_raw(html, "</p>\n");
    }
    if (mine->len == 0) {
        zw_html_raw(html, "<p class=\"empty\">");
        zw_html_text(html, zw_str(html->ui, ZW_S_SAVED_NONE));
        zw_html_raw(html, "</p>\n");
    } else {
        zw_html_raw(html, "<ol class=\"saved-list\">\n");
        for (guint i = 0; i < mine->len; i++)
            saved_item(html, req, mine->pdata[i]);
        zw_html_raw(html, "</ol>\n");
    }
    zw_html_raw(html, "</div>\n");
    zw_html_end(html);
    zw_reply_bytes(reply, 200, "text/html; charset=utf-8", zw_html_finish(html));
    g_ptr_array_unref(mine);
}

/* A time of the store as ISO 8601 in UTC, or null. */
static void
add_time(JsonBuilder *b, const char *name, gint64 unix_s)
{
    GDateTime *t = g_date_time_new_from_unix_utc(unix_s);
    char *iso = t ? g_date_time_format(t, "%Y-%m-%dT%H:%M:%SZ") : NULL;
    zs_json_str(b, name, iso);
    g_free(iso);
    if (t)
        g_date_time_unref(t);
}

/* A count, or null when the index could not answer. */
static void
add_count(JsonBuilder *b, const char *name, bool counted, unsigned n)
{
    json_builder_set_member_name(b, name);
    if (counted)
        json_builder_add_int_value(b, n);
    else
        json_builder_add_null_value(b);
}

/* GET /api/saved: the list page's figures for a program.  The private
 * feeds' tokens stay on the page: a program that has the reader's
 * credentials can read it there, and a secret left out of an answer
 * cannot leak through one. */
void
zw_route_api_saved(zw_request *req, zw_reply *reply)
{
    if (!req->user) {
        zw_reply_json_error(reply, 401, "unauthorized", "saved searches are a signed-in reader's");
        return;
    }
    GError *error = NULL;
    GPtrArray *mine = zw_saved_list(req->saved, req->user, &error);
    if (!mine) {
        bool none = error->code == ZW_SAVED_ERROR_NONE;
        if (!none)
            g_printerr("zaalt serve: saved searches: %s\n", error->message);
        zw_reply_json_error(reply, none ? 404 : 500, none ? "not_found" : "internal",
                            none ? error->message : "saved searches cannot be read");
        g_error_free(error);
        return;
    }
    JsonBuilder *b = json_builder_new();
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "saved");
    json_builder_begin_array(b);
    for (guint i = 0; i < mine->len; i++) {
        const zw_saved_search *ss = mine->pdata[i];
        unsigned total = 0, fresh = 0;
        bool counted = count(req, ss, &total, &fresh);
        char *url = g_strconcat("/saved/", ss->id, NULL);
        json_builder_begin_object(b);
        zs_json_str(b, "id", ss->id);
        zs_json_str(b, "name", ss->name);
        zs_json_str(b, "search", ss->search);
        zs_json_str(b, "url", url);
        add_time(b, "created", ss->created);
        add_time(b, "last_visit", ss->last_visit);
        add_count(b, "total", counted, total);
        add_count(b, "new", counted, fresh);
        json_builder_end_object(b);
        g_free(url);
    }
    json_builder_end_array(b);
    json_builder_end_object(b);
    zw_reply_json_builder(reply, 200, b);
    g_ptr_array_unref(mine);
}

void
zw_route_saved_open(zw_request *req, zw_reply *reply, const char *id)
{
    if (!signed_in(req, reply))
        return;
    GError *error = NULL;
    zw_saved_search *was = zw_saved_visit(req->saved, req->user, id, &error);
    if (!was) {
        store_error(req, reply, error);
        g_error_free(error);
        return;
    }
    char *where = g_strconcat("/search?", was->search, NULL);
    zw_reply_header(reply, "Location", where);
    zw_reply_bytes(reply, 303, "text/plain; charset=utf-8", NULL);
    g_free(where);
    zw_saved_search_free(was);
}

void
zw_route_saved_post(zw_request *req, zw_reply *reply)
{
    if (!signed_in(req, reply))
        return;
    if (!req->csrf) {
        zw_route_error_page(req, reply, 403, zw_str(req->ui, ZW_S_SAVED_NEEDS_SESSION));
        return;
    }
    if (!form_token_ok(req)) {
        zw_route_error_page(req, reply, 403, "the form has expired: open the page again");
        return;
    }
    GError *error = NULL;
    bool ok = false;
    const char *rest = req->path + strlen("/saved");
    if (*rest == '\0') {
        const char *search = g_hash_table_lookup(req->form, "search");
        char *canon = search ? canonical_search(req, search) : NULL;
        if (!canon) {
            zw_route_error_page(req, reply, 400, "there is no search to save");
            return;
        }
        zw_saved_search *added = zw_saved_add(req->saved, req->user, g_hash_table_lookup(req->form, "name"), canon,
                                              &error);
        ok = added != NULL;
        zw_saved_search_free(added);
        g_free(canon);
    } else {
        /* /ID/delete or /ID/revoke */
        char **parts = g_strsplit(rest + 1, "/", 3);
        bool shape = g_strv_length(parts) == 2 && zw_id_is_plausible(parts[0]);
        if (shape && strcmp(parts[1], "delete") == 0)
            ok = zw_saved_delete(req->saved, req->user, parts[0], &error);
        else if (shape && strcmp(parts[1], "revoke") == 0)
            ok = zw_saved_revoke(req->saved, req->user, parts[0], &error);
        else
            g_set_error(&error, ZW_SAVED_ERROR, ZW_SAVED_ERROR_UNKNOWN, "no such saved search");
        g_strfreev(parts);
    }
    if (!ok) {
        store_error(req, reply, error);
        g_error_free(error);
        return;
    }
    zw_reply_header(reply, "Location", "/saved");
    zw_reply_bytes(reply, 303, "text/plain; charset=utf-8", NULL);
}

void
zw_save_form(zw_html *html, const zw_request *req, const zw_search_state *st)
{
    if (!req->user || !req->csrf || !req->saved)
        return;
    char *url = zw_search_url(st, NULL, NULL, -1, 1);
    const char *search = url[strlen("/search")] == '?' ? url + strlen("/search?") : NULL;
    if (search) {
        zw_html_raw(html, "<form method=\"post\" action=\"/saved\" class=\"save-search\" id=\"save-search\">");
        hidden(html, "csrf", req->csrf);
        hidden(html, "search", search);
        zw_html_raw(html, "<label for=\"save-name\">");
        zw_html_text(html, zw_str(html->ui, ZW_S_SAVED_NAME));
        zw_html_raw(html, "</label> <input id=\"save-name\" name=\"name\" maxlength=\"200\" value=\"");
        zw_html_text(html, st->q);
        zw_html_raw(html, "\"> <button type=\"submit\" class=\"secondary\">");
        zw_html_text(html, zw_str(html->ui, ZW_S_SAVE_SEARCH));
        zw_html_raw(html, "</button> ");
        zw_html_link(html, "/saved", zw_str(html->ui, ZW_S_SAVED));
        zw_html_raw(html, "</form>\n");
    }
    g_free(url);
}

void
zw_route_saved_feed(zw_request *req, zw_reply *reply, const char *search)
{
    /* The feed reads its search from the request's parameters: give it
     * the saved one's, canonical, in place of the URL's. */
    GPtrArray *params = g_ptr_array_new_with_free_func(zw_param_free);
    zw_search_state st;
    state_of(req, search, params, &st);
    zw_state_clear(&st);
    GPtrArray *asked = req->params;
    req->params = params;
    zw_feed_answer(req, reply, req->path);
    req->params = asked;
    g_ptr_array_unref(params);
}
