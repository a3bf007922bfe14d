/* concordance.c — the 2002 Criminal Code's articles and their 2015
 * successors (zp_concordance_2015, provision.h) and, the other way, a 2015
 * article's predecessors (zp_concordance_2002), from corpus-config's
 * concordance-2002-2015.tsv, read once per context and immutable after.
 *
 * Not for: telling a 2002 reference from a 2015 one in text (refgrammar.c
 * decides that from the article's number and qualifier).
 */
#include "legal/provision.h"

#include "core/context.h"

#include <stdlib.h>
#include <string.h>

typedef struct concordance_row {
    char *old_key; /* "113" */
    char *new_key;
    gboolean uncertain;
} concordance_row;

static void
row_free(gpointer p)
{
    concordance_row *r = p;
    g_free(r->old_key);
    g_free(r->new_key);
    g_free(r);
}

static void
add_concordance_row(char **f, void *user)
{
    if (g_strv_length(f) < 3 || !*f[0] || !*f[1])
        return;
    concordance_row *r = g_new0(concordance_row, 1);
    r->old_key = g_strstrip(g_strdup(f[0]));
    r->new_key = g_strstrip(g_strdup(f[1]));
    r->uncertain = strstr(f[2], "uncertain") != NULL;
    g_hash_table_replace(user, g_strdup(r->old_key), r);
}

/* Lines "2002-article<TAB>2015-article<TAB>status<TAB>…", '#' comments;
 * loaded once per context and immutable after. */
static void *
load_concordance(zc_context *ctx)
{
    GHashTable *t = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, row_free);
    zc_context_rows(ctx, "concordance-2002-2015.tsv", 4, add_concordance_row, t);
    return t;
}

static GHashTable *
concordance(zc_context *ctx)
{
    return zc_context_table(ctx, "legal.concordance", load_concordance, (GDestroyNotify)g_hash_table_destroy);
}

char *
zp_concordance_2015(zc_context *ctx, const char *key_2002, gboolean *uncertain)
{
    if (uncertain != NULL)
        *uncertain = FALSE;
    if (key_2002 == NULL)
        return NULL;
    const char *number = g_str_has_prefix(key_2002, "2002:") ? key_2002 + 5 : key_2002;
    char *article = g_strndup(number, strcspn(number, "."));
    concordance_row *r = g_hash_table_lookup(concordance(ctx), article);
    g_free(article);
    if (r == NULL)
        return NULL;
    if (uncertain != NULL)
        *uncertain = r->uncertain;
    return g_strdup(r->new_key);
}

static int
by_old_key(gconstpointer a, gconstpointer b)
{
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;
    long nx = strtol(x + 5, NULL, 10), ny = strtol(y + 5, NULL, 10); /* after "2002:" */
    return nx != ny ? (nx < ny ? -1 : 1) : strcmp(x, y);
}

GPtrArray *
zp_concordance_2002(zc_context *ctx, const char *key_2015)
{
    GPtrArray *keys = g_ptr_array_new_with_free_func(g_free);
    /* Only the 2015 Criminal Code's own keys, "13.1" or below. */
    if (key_2015 == NULL || strchr(key_2015, ':') != NULL || strchr(key_2015, '/') != NULL)
        return keys;
    const char *dot = strchr(key_2015, '.');
    if (dot == NULL)
        return keys;
    char *article = g_strndup(key_2015, (gsize)(dot + 1 - key_2015) + strcspn(dot + 1, "."));
    GHashTableIter it;
    gpointer value;
    g_hash_table_iter_init(&it, concordance(ctx));
    while (g_hash_table_iter_next(&it, NULL, &value)) {
        const concordance_row *r = value;
        if (strcmp(r->new_key, article) == 0)
            g_ptr_array_add(keys, g_strconcat("2002:", r->old_key, NULL));
    }
    g_free(article);
    g_ptr_array_sort(keys, by_old_key);
    return keys;
}
