/* saved.c — saved searches in the index folder (saved.h).
 *
 * The file: {"version": 1, "searches": [{"id", "user", "name", "search",
 * "token", "created", "last_visit"}, …]}.  A file that cannot be read is
 * never overwritten: what it holds may still be someone's.
 *
 * Not for: HTTP (routes_saved.c).
 */
#include "web/saved.h"

#include <errno.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "web/auth.h"

G_DEFINE_QUARK(zaalt-saved-error-quark, zw_saved_error)

struct zw_saved {
    char *path; /* NULL: nowhere to keep them */
    GMutex lock;
};

void
zw_saved_search_free(zw_saved_search *s)
{
    if (!s)
        return;
    g_free(s->id);
    g_free(s->user);
    g_free(s->name);
    g_free(s->search);
    g_free(s->token);
    g_free(s);
}

static zw_saved_search *
copy_search(const zw_saved_search *s)
{
    zw_saved_search *c = g_new0(zw_saved_search, 1);
    c->id = g_strdup(s->id);
    c->user = g_strdup(s->user);
    c->name = g_strdup(s->name);
    c->search = g_strdup(s->search);
    c->token = g_strdup(s->token);
    c->created = s->created;
    c->last_visit = s->last_visit;
    return c;
}

zw_saved *
zw_saved_new(const char *path)
{
    zw_saved *s = g_new0(zw_saved, 1);
    s->path = g_strdup(path);
    g_mutex_init(&s->lock);
    return s;
}

void
zw_saved_free(zw_saved *s)
{
    if (!s)
        return;
    g_mutex_clear(&s->lock);
    g_free(s->path);
    g_free(s);
}

/* ---- The file ---- */

static const char *
member_string(JsonObject *o, const char *name)
{
    JsonNode *n = json_object_get_member(o, name);
    return n && JSON_NODE_HOLDS_VALUE(n) && json_node_get_value_type(n) == G_TYPE_STRING ? json_node_get_string(n)
                                                                                         : NULL;
}

/* Every entry of the file (zw_saved_search*), or NULL with `error` set.  A
 * file not there yet holds none. */
static GPtrArray *
load(const zw_saved *s, GError **error)
{
    if (!s->path) {
        g_set_error(error, ZW_SAVED_ERROR, ZW_SAVED_ERROR_NONE,
                    "this server keeps no saved searches (no index folder, no --saved-searches)");
        return NULL;
    }
    GPtrArray *all = g_ptr_array_new_with_free_func((GDestroyNotify)zw_saved_search_free);
    char *text = NULL;
    gsize len = 0;
    GError *e = NULL;
    if (!g_file_get_contents(s->path, &text, &len, &e)) {
        if (g_error_matches(e, G_FILE_ERROR, G_FILE_ERROR_NOENT)) {
            g_error_free(e);
            return all;
        }
        g_set_error(error, ZW_SAVED_ERROR, ZW_SAVED_ERROR_STORE, "%s", e->message);
        g_error_free(e);
        g_ptr_array_unref(all);
        return NULL;
    }
    JsonParser *parser = json_parser_new_immutable();
    bool ok = json_parser_load_from_data(parser, text, (gssize)len, &e);
    g_free(text);
    JsonNode *root = ok ? json_parser_get_root(parser) : NULL;
    JsonObject *top = root && JSON_NODE_HOLDS_OBJECT(root) ? json_node_get_object(root) : NULL;
    JsonArray *list = top && json_object_has_member(top, "searches") ? json_object_get_array_member(top, "searches")
                                                                      : NULL;
    if (!list) {
        g_set_error(error, ZW_SAVED_ERROR, ZW_SAVED_ERROR_STORE, "%s: %s", s->path,
                    e ? e->message : "not a file of saved searches");
        g_clear_error(&e);
        g_object_unref(parser);
        g_ptr_array_unref(all);
        return NULL;
    }
    for (guint i = 0; i < json_array_get_length(list); i++) {
        JsonNode *n = json_array_get_element(list, i);
        JsonObject *o = JSON_NODE_HOLDS_OBJECT(n) ? json_node_get_object(n) : NULL;
        const char *id = o ? member_string(o, "id") : NULL, *user = o ? member_string(o, "user") : NULL;
        const char *search = o ? member_string(o, "search") : NULL, *token = o ? member_string(o, "token") : NULL;
        if (!id || !user || !search || !token || strlen(token) != 64)
            continue; /* not one of ours: left out, and said nowhere */
        zw_saved_search *ss = g_new0(zw_saved_search, 1);
        ss->id = g_strdup(id);
        ss->user = g_strdup(user);
        ss->name = g_strdup(member_string(o, "name") ? member_string(o, "name") : search);
        ss->search = g_strdup(search);
        ss->token = g_strdup(token);
        ss->created = json_object_get_int_member_with_default(o, "created", 0);
        ss->last_visit = json_object_get_int_member_with_default(o, "last_visit", ss->created);
        g_ptr_array_add(all, ss);
    }
    g_object_unref(parser);
    return all;
}

static bool
store(const zw_saved *s, const GPtrArray *all, GError **error)
{
    JsonBuilder *b = json_builder_new();
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "version");
    json_builder_add_int_value(b, 1);
    json_builder_set_member_name(b, "searches");
    json_builder_begin_array(b);
    for (guint i = 0; i < all->len; i++) {
        const zw_saved_search *ss = all->pdata[i];
        json_builder_begin_object(b);
        const char *keys[] = {"id", "user", "name", "search", "token"};
        const char *values[] = {ss->id, ss->user, ss->name, ss->search, ss->token};
        for (size_t k = 0; k < G_N_ELEMENTS(keys); k++) {
            json_builder_set_member_name(b, keys[k]);
            json_builder_add_string_value(b, values[k]);
        }
        json_builder_set_member_name(b, "created");
        json_builder_add_int_value(b, ss->created);
        json_builder_set_member_name(b, "last_visit");
        json_builder_add_int_value(b, ss->last_visit);
        json_builder_end_object(b);
    }
    json_builder_end_array(b);
    json_builder_end_object(b);
    JsonNode *root = json_builder_get_root(b);
    char *text = json_to_string(root, TRUE);
    json_node_unref(root);
    g_object_unref(b);
    GError *e = NULL;
    /* The tokens are secrets: the file is the server's user's alone. */
    bool ok = g_file_set_contents_full(s->path, text, -1,
                                       G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE, 0600, &e);
    g_free(text);
    if (!ok) {
        g_set_error(error, ZW_SAVED_ERROR, ZW_SAVED_ERROR_STORE, "%s", e->message);
        g_error_free(e);
    }
    return ok;
}

static zw_saved_search *
find(const GPtrArray *all, const char *user, const char *id)
{
    for (guint i = 0; i < all->len; i++) {
        zw_saved_search *ss = all->pdata[i];
        if (strcmp(ss->user, user) == 0 && strcmp(ss->id, id) == 0)
            return ss;
    }
    return NULL;
}

static void
unknown(GError **error)
{
    g_set_error(error, ZW_SAVED_ERROR, ZW_SAVED_ERROR_UNKNOWN, "no such saved search");
}

/* ---- Operations ---- */

GPtrArray *
zw_saved_list(zw_saved *s, const char *user, GError **error)
{
    g_mutex_lock(&s->lock);
    GPtrArray *all = load(s, error);
    g_mutex_unlock(&s->lock);
    if (!all)
        return NULL;
    GPtrArray *mine = g_ptr_array_new_with_free_func((GDestroyNotify)zw_saved_search_free);
    for (guint i = 0; i < all->len; i++) {
        const zw_saved_search *ss = all->pdata[i];
        if (strcmp(ss->user, user) == 0)
            g_ptr_array_add(mine, copy_search(ss));
    }
    g_ptr_array_unref(all);
    return mine;
}

zw_saved_search *
zw_saved_add(zw_saved *s, const char *user, const char *name, const char *search, GError **error)
{
    if (strlen(search) > ZW_SAVED_SEARCH_MAX || (name && g_utf8_strlen(name, -1) > ZW_SAVED_NAME_MAX)) {
        g_set_error(error, ZW_SAVED_ERROR, ZW_SAVED_ERROR_LIMIT, "the search or its name is too long");
        return NULL;
    }
    char *token = zw_random_token(), *id_hex = zw_random_token();
    if (!token || !id_hex) {
        g_free(token);
        g_free(id_hex);
        g_set_error(error, ZW_SAVED_ERROR, ZW_SAVED_ERROR_STORE, "no randomness from the kernel");
        return NULL;
    }
    zw_saved_search *added = NULL;
    g_mutex_lock(&s->lock);
    GPtrArray *all = load(s, error);
    guint mine = 0;
    for (guint i = 0; all && i < all->len; i++)
        mine += strcmp(((zw_saved_search *)all->pdata[i])->user, user) == 0;
    if (all && mine >= ZW_SAVED_PER_USER) {
        g_set_error(error, ZW_SAVED_ERROR, ZW_SAVED_ERROR_LIMIT, "at most %u saved searches a reader",
                    ZW_SAVED_PER_USER);
    } else if (all) {
        zw_saved_search *ss = g_new0(zw_saved_search, 1);
        ss->id = g_strndup(id_hex, 16);
        ss->user = g_strdup(user);
        ss->name = g_strdup(name && *name ? name : search);
        ss->search = g_strdup(search);
        ss->token = g_steal_pointer(&token);
        ss->created = ss->last_visit = g_get_real_time() / G_USEC_PER_SEC;
        g_ptr_array_add(all, ss);
        if (store(s, all, error))
            added = copy_search(ss);
    }
    g_mutex_unlock(&s->lock);
    if (all)
        g_ptr_array_unref(all);
    g_free(token);
    g_free(id_hex);
    return added;
}

typedef enum { CHANGE_DELETE, CHANGE_REVOKE, CHANGE_VISIT } change_kind;

/* Applies one change to `user`'s `id`; the entry before it, or NULL. */
static zw_saved_search *
change(zw_saved *s, const char *user, const char *id, change_kind kind, GError **error)
{
    char *token = kind == CHANGE_REVOKE ? zw_random_token() : NULL;
    if (kind == CHANGE_REVOKE && !token) {
        g_set_error(error, ZW_SAVED_ERROR, ZW_SAVED_ERROR_STORE, "no randomness from the kernel");
        return NULL;
    }
    zw_saved_search *before = NULL;
    g_mutex_lock(&s->lock);
    GPtrArray *all = load(s, error);
    zw_saved_search *ss = all ? find(all, user, id) : NULL;
    if (all && !ss)
        unknown(error);
    if (ss) {
        zw_saved_search *was = copy_search(ss);
        if (kind == CHANGE_DELETE) {
            g_ptr_array_remove(all, ss);
        } else if (kind == CHANGE_REVOKE) {
            g_free(ss->token);
            ss->token = g_steal_pointer(&token);
        } else {
            ss->last_visit = g_get_real_time() / G_USEC_PER_SEC;
        }
        if (store(s, all, error))
            before = was;
        else
            zw_saved_search_free(was);
    }
    g_mutex_unlock(&s->lock);
    if (all)
        g_ptr_array_unref(all);
    g_free(token);
    return before;
}

bool
zw_saved_delete(zw_saved *s, const char *user, const char *id, GError **error)
{
    zw_saved_search *was = change(s, user, id, CHANGE_DELETE, error);
    zw_saved_search_free(was);
    return was != NULL;
}

bool
zw_saved_revoke(zw_saved *s, const char *user, const char *id, GError **error)
{
    zw_saved_search *was = change(s, user, id, CHANGE_REVOKE, error);
    zw_saved_search_free(was);
    return was != NULL;
}

zw_saved_search *
zw_saved_visit(zw_saved *s, const char *user, const char *id, GError **error)
{
    return change(s, user, id, CHANGE_VISIT, error);
}

zw_saved_search *
zw_saved_by_token(zw_saved *s, const char *token)
{
    if (!token || strlen(token) != 64)
        return NULL;
    g_mutex_lock(&s->lock);
    GPtrArray *all = load(s, NULL);
    g_mutex_unlock(&s->lock);
    zw_saved_search *found = NULL;
    for (guint i = 0; all && i < all->len; i++) {
        const zw_saved_search *ss = all->pdata[i];
        if (zw_secret_equal(ss->token, token) && !found)
            found = copy_search(ss);
    }
    if (all)
        g_ptr_array_unref(all);
    return found;
}
