/* cache.c — recent answers, compressed, least recently used dropped first
 * (cache.h).  One mutex guards the table and the recency list: a lookup
 * costs a hash, a list move and two reference counts under it, and the
 * compression happens outside it.
 */
#include "web/cache.h"

#include <string.h>
#include <zlib.h>

/* What an entry costs besides its key and body: the entry, its list link,
 * the table's slot, the type string and headers. */
#define ZW_CACHE_ENTRY_OVERHEAD 256
/* Deflate's window: a dictionary longer than this is not looked at. */
#define ZW_CACHE_DICT_MAX       32768

typedef struct {
    char *key; /* owned; the table's key too */
    unsigned status;
    char *content_type;
    GPtrArray *headers; /* char*, name and value alternating */
    GBytes *packed;     /* raw deflate of the body primed with `dict` */
    GBytes *dict;       /* shared with the other answers of its kind */
    gsize size;         /* of the body */
    gsize cost;
    GList link; /* in zw_cache.recent; data is the entry */
} zw_entry;

struct zw_cache {
    GMutex lock;
    GHashTable *table; /* key -> zw_entry*, owned */
    GHashTable *dicts; /* kind -> GBytes*: the tail of its first answer */
    GQueue recent;     /* most recent at the head */
    gsize max_bytes, bytes;
    guint64 hits, misses;
};

static void
zw_entry_free(zw_entry *e)
{
    g_free(e->key);
    g_free(e->content_type);
    g_ptr_array_unref(e->headers);
    g_bytes_unref(e->packed);
    g_bytes_unref(e->dict);
    g_free(e);
}

GBytes *
zw_deflate(GBytes *body, int window_bits, GBytes *dict)
{
    gsize size = 0, dsize = 0;
    const guchar *data = g_bytes_get_data(body, &size);
    const guchar *ddata = dict ? g_bytes_get_data(dict, &dsize) : NULL;
    z_stream zs = {0};
    if (deflateInit2(&zs, 6, Z_DEFLATED, window_bits, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return NULL;
    if (dsize > 0 && deflateSetDictionary(&zs, ddata, (uInt)dsize) != Z_OK) {
        deflateEnd(&zs);
        return NULL;
    }
    uLong bound = deflateBound(&zs, (uLong)size);
    guchar *out = g_malloc(bound);
    zs.next_in = (Bytef *)(uintptr_t)data;
    zs.avail_in = (uInt)size;
    zs.next_out = out;
    zs.avail_out = (uInt)bound;
    int rc = deflate(&zs, Z_FINISH);
    gsize n = zs.total_out;
    deflateEnd(&zs);
    if (rc != Z_STREAM_END) {
        g_free(out);
        return NULL;
    }
    return g_bytes_new_take(g_realloc(out, n ? n : 1), n);
}

/* The body zw_deflate packed raw against `dict`, `size` bytes long; NULL if the bytes are not
 * that. */
static GBytes *
zw_unpack(GBytes *packed, GBytes *dict, gsize size)
{
    gsize psize = 0, dsize = 0;
    const guchar *pdata = g_bytes_get_data(packed, &psize);
    const guchar *ddata = g_bytes_get_data(dict, &dsize);
    z_stream zs = {0};
    if (inflateInit2(&zs, -15) != Z_OK)
        return NULL;
    guchar *out = g_malloc(size ? size : 1);
    int rc = dsize > 0 ? inflateSetDictionary(&zs, ddata, (uInt)dsize) : Z_OK;
    if (rc == Z_OK) {
        zs.next_in = (Bytef *)(uintptr_t)pdata;
        zs.avail_in = (uInt)psize;
        zs.next_out = out;
        zs.avail_out = (uInt)size;
        rc = inflate(&zs, Z_FINISH);
    }
    gsize n = zs.total_out;
    inflateEnd(&zs);
    if (rc != Z_STREAM_END || n != size) {
        g_free(out);
        return NULL;
    }
    return g_bytes_new_take(out, size);
}

zw_cache *
zw_cache_new(gsize max_bytes)
{
    if (max_bytes == 0)
        return NULL;
    zw_cache *c = g_new0(zw_cache, 1);
    g_mutex_init(&c->lock);
    c->table = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, (GDestroyNotify)zw_entry_free);
    c->dicts = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_bytes_unref);
    g_queue_init(&c->recent);
    c->max_bytes = max_bytes;
    return c;
}

void
zw_cache_free(zw_cache *c)
{
    if (c == NULL)
        return;
    g_hash_table_destroy(c->table);
    g_hash_table_destroy(c->dicts);
    g_mutex_clear(&c->lock);
    g_free(c);
}

bool
zw_cache_lookup(zw_cache *c, const char *key, zw_reply *reply)
{
    if (c == NULL || key == NULL)
        return false;
    g_mutex_lock(&c->lock);
    zw_entry *e = g_hash_table_lookup(c->table, key);
    if (e == NULL) {
        c->misses++;
        g_mutex_unlock(&c->lock);
        return false;
    }
    c->hits++;
    g_queue_unlink(&c->recent, &e->link);
    g_queue_push_head_link(&c->recent, &e->link);
    GBytes *packed = g_bytes_ref(e->packed), *dict = g_bytes_ref(e->dict);
    gsize size = e->size;
    unsigned status = e->status;
    char *type = g_strdup(e->content_type);
    /* The stored headers replace any set so far: they came from the same
     * request (a ?ui= cookie, say). */
    g_ptr_array_set_size(reply->headers, 0);
    for (guint i = 0; i < e->headers->len; i++)
        g_ptr_array_add(reply->headers, g_strdup(g_ptr_array_index(e->headers, i)));
    g_mutex_unlock(&c->lock);

    /* Inflated outside the lock.  Bytes the cache packed always inflate;
     * were they not to, the answer is computed as on a miss. */
    GBytes *body = zw_unpack(packed, dict, size);
    g_bytes_unref(packed);
    g_bytes_unref(dict);
    if (body != NULL)
        zw_reply_bytes(reply, status, type, body);
    g_free(type);
    return body != NULL;
}

void
zw_cache_store(zw_cache *c, const char *kind, const char *key, const zw_reply *reply)
{
    if (c == NULL || key == NULL || reply->status != 200 || reply->body == NULL || reply->fd >= 0)
        return;
    g_mutex_lock(&c->lock);
    GBytes *dict = g_hash_table_lookup(c->dicts, kind);
    if (dict == NULL) {
        /* Deflate remembers the last 32 KB: the tail of the first answer. */
        gsize size = g_bytes_get_size(reply->body);
        gsize from = size > ZW_CACHE_DICT_MAX ? size - ZW_CACHE_DICT_MAX : 0;
        dict = g_bytes_new_from_bytes(reply->body, from, size - from);
        g_hash_table_insert(c->dicts, g_strdup(kind), dict);
    }
    dict = g_bytes_ref(dict);
    g_mutex_unlock(&c->lock);

    GBytes *packed = zw_deflate(reply->body, -15, dict);
    if (packed == NULL) {
        g_bytes_unref(dict);
        return;
    }
    gsize cost = strlen(key) + g_bytes_get_size(packed) + ZW_CACHE_ENTRY_OVERHEAD;
    if (cost > c->max_bytes / 8) {
        g_bytes_unref(packed);
        g_bytes_unref(dict);
        return;
    }
    zw_entry *e = g_new0(zw_entry, 1);
    e->key = g_strdup(key);
    e->status = reply->status;
    e->content_type = g_strdup(reply->content_type);
    e->headers = g_ptr_array_new_with_free_func(g_free);
    for (guint i = 0; i < reply->headers->len; i++)
        g_ptr_array_add(e->headers, g_strdup(g_ptr_array_index(reply->headers, i)));
    e->packed = packed;
    e->dict = dict;
    e->size = g_bytes_get_size(reply->body);
    e->cost = cost;
    e->link.data = e;

    g_mutex_lock(&c->lock);
    zw_entry *old = g_hash_table_lookup(c->table, key);
    if (old != NULL) { /* two threads answered the same request at once */
        g_queue_unlink(&c->recent, &old->link);
        c->bytes -= old->cost;
        g_hash_table_remove(c->table, key);
    }
    while (c->bytes + cost > c->max_bytes && c->recent.tail != NULL) {
        zw_entry *last = c->recent.tail->data;
        g_queue_unlink(&c->recent, &last->link);
        c->bytes -= last->cost;
        g_hash_table_remove(c->table, last->key);
    }
    g_hash_table_insert(c->table, e->key, e);
    g_queue_push_head_link(&c->recent, &e->link);
    c->bytes += cost;
    g_mutex_unlock(&c->lock);
}

/* Appends `field` as its length in bytes, a colon and its bytes: whatever
 * bytes a field holds, it can never be read as the end of one field and the
 * start of the next. */
static void
zw_key_field(GString *enc, const char *field)
{
    g_string_append_printf(enc, "%zu:", strlen(field));
    g_string_append(enc, field);
}

char *
zw_cache_key_for(int level, zw_ui ui, const char *day, const char *revision, const char *path, const GPtrArray *params)
{
    char number[32];
    GString *enc = g_string_new(NULL);
    zw_key_field(enc, "zaalt answer 1"); /* the encoding's version */
    g_snprintf(number, sizeof number, "%d", level);
    zw_key_field(enc, number);
    zw_key_field(enc, ui == ZW_UI_EN ? "en" : "mn");
    zw_key_field(enc, day);
    zw_key_field(enc, revision);
    zw_key_field(enc, path);
    g_snprintf(number, sizeof number, "%u", params->len);
    zw_key_field(enc, number);
    for (guint i = 0; i < params->len; i++) {
        const zw_param *p = g_ptr_array_index(params, i);
        zw_key_field(enc, p->key);
        zw_key_field(enc, p->value);
    }
    char *key = g_compute_checksum_for_data(G_CHECKSUM_SHA256, (const guchar *)enc->str, enc->len);
    g_string_free(enc, TRUE);
    return key;
}

void
zw_cache_usage(zw_cache *c, guint *entries, gsize *bytes, guint64 *hits, guint64 *misses)
{
    *entries = 0;
    *bytes = 0;
    *hits = *misses = 0;
    if (c == NULL)
        return;
    g_mutex_lock(&c->lock);
    *entries = g_hash_table_size(c->table);
    *bytes = c->bytes;
    *hits = c->hits;
    *misses = c->misses;
    g_mutex_unlock(&c->lock);
}
