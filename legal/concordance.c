/* concordance.c — the 2002 Criminal Code's articles and their 2015
 * successors (zp_concordance_2015, provision.h), from corpus-config's
 * concordance-2002-2015.tsv, read once per context and immutable after.
 *
 * Not for: telling a 2002 reference from a 2015 one in text (refgrammar.c
 * decides that from the article's number and qualifier).
 */
#include "legal/provision.h"

#include "core/context.h"

#include <string.h>

typedef struct concordance_row {
    char *new_key;
    gboolean uncertain;
} concordance_row;

static void
row_free(gpointer p)
{
    concordance_row *r = p;
    g_free(r->new_key);
    g_free(r);
}

static void
add_concordance_row(char **f, void *user)
{
    if (g_strv_length(f) < 3 || !*f[0] || !*f[1])
        return;
    concordance_row *r = g_new0(concordance_row, 1);
    r->new_key = g_strstrip(g_strdup(f[1]));
    r->uncertain = strstr(f[2], "uncertain") != NULL;
    g_hash_table_replace(user, g_strstrip(g_strdup(f[0])), r);
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

char *
zp_concordance_2015(zc_context *ctx, const char *key_2002, gboolean *uncertain)
{
    if (uncertain != NULL)
        *uncertain = FALSE;
    if (key_2002 == NULL)
        return NULL;
    const char *number = g_str_has_prefix(key_2002, "2002:") ? key_2002 + 5 : key_2002;
    char *article = g_strndup(number, strcspn(number, "."));
    GHashTable *table =
        zc_context_table(ctx, "legal.concordance", load_concordance, (GDestroyNotify)g_hash_table_destroy);
    concordance_row *r = g_hash_table_lookup(table, article);
    g_free(article);
    if (r == NULL)
        return NULL;
    if (uncertain != NULL)
        *uncertain = r->uncertain;
    return g_strdup(r->new_key);
}
