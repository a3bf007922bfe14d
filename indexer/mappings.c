/* mappings.c — corpus-config/xml-mappings.ini, compiled (mappings.h).
 *
 * Each field's XPaths are compiled with xmlXPathCompile once per context;
 * evaluation makes a fresh XPath context per call, with the group's ns.P
 * prefixes registered, so the compiled expressions are shared read-only.
 *
 * Not for: what the XML handler does with the values (xml_*.c).
 */
#include "indexer/mappings.h"

#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <string.h>

#include "core/cfgfile.h"
#include "core/context.h"

typedef struct field_map {
    char *name;
    GPtrArray *exprs; /* xmlXPathCompExprPtr, in order */
} field_map;

struct ix_vocabulary {
    char *name;
    char **match_ns;
    char **match_root;
    GPtrArray *ns;      /* char*: prefix, uri, prefix, uri, ... */
    GHashTable *fields; /* name -> field_map* */
    GHashTable *lists;  /* key -> char** */
};

static void
field_map_free(gpointer p)
{
    field_map *f = p;
    g_free(f->name);
    for (guint i = 0; i < f->exprs->len; i++)
        xmlXPathFreeCompExpr(g_ptr_array_index(f->exprs, i));
    g_ptr_array_unref(f->exprs);
    g_free(f);
}

static char **
split_list(const char *value)
{
    char **items = g_strsplit(value != NULL ? value : "", ";", -1);
    GPtrArray *out = g_ptr_array_new();
    for (int i = 0; items[i] != NULL; i++) {
        char *item = g_strstrip(items[i]);
        if (*item != '\0')
            g_ptr_array_add(out, g_strdup(item));
    }
    g_strfreev(items);
    g_ptr_array_add(out, NULL);
    return (char **)g_ptr_array_free(out, FALSE);
}

static ix_vocabulary *
load_group(GKeyFile *kf, const char *group)
{
    ix_vocabulary *v = g_new0(ix_vocabulary, 1);
    v->name = g_strdup(group + strlen("vocabulary:"));
    char *ns = g_key_file_get_value(kf, group, "match-namespace", NULL);
    char *root = g_key_file_get_value(kf, group, "match-root", NULL);
    v->match_ns = split_list(ns);
    v->match_root = split_list(root);
    g_free(ns), g_free(root);
    v->ns = g_ptr_array_new_with_free_func(g_free);
    v->fields = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, field_map_free);
    v->lists = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_strfreev);
    gchar **keys = g_key_file_get_keys(kf, group, NULL, NULL);
    for (int i = 0; keys != NULL && keys[i] != NULL; i++) {
        char *value = g_key_file_get_value(kf, group, keys[i], NULL);
        if (g_str_has_prefix(keys[i], "ns.")) {
            g_ptr_array_add(v->ns, g_strdup(keys[i] + 3));
            g_ptr_array_add(v->ns, g_strstrip(g_strdup(value)));
        } else if (g_str_has_prefix(keys[i], "field.")) {
            field_map *f = g_new0(field_map, 1);
            f->name = g_strdup(keys[i] + 6);
            f->exprs = g_ptr_array_new();
            char **alts = split_list(value);
            for (int k = 0; alts[k] != NULL; k++) {
                xmlXPathCompExprPtr e = xmlXPathCompile((const xmlChar *)alts[k]);
                if (e != NULL) /* a malformed XPath maps nothing; t70 notices */
                    g_ptr_array_add(f->exprs, e);
            }
            g_strfreev(alts);
            g_hash_table_replace(v->fields, f->name, f);
        } else if (strcmp(keys[i], "match-namespace") != 0 && strcmp(keys[i], "match-root") != 0) {
            g_hash_table_replace(v->lists, g_strdup(keys[i]), split_list(value));
        }
        g_free(value);
    }
    g_strfreev(keys);
    return v;
}

static void
vocabulary_free(gpointer p)
{
    ix_vocabulary *v = p;
    g_free(v->name);
    g_strfreev(v->match_ns);
    g_strfreev(v->match_root);
    g_ptr_array_unref(v->ns);
    g_hash_table_destroy(v->fields);
    g_hash_table_destroy(v->lists);
    g_free(v);
}

/* The vocabularies in file order; immutable once loaded. */
struct ix_mappings {
    GPtrArray *vocabularies; /* ix_vocabulary* */
};

static void *
load_mappings(zc_context *ctx)
{
    ix_mappings *m = g_new0(ix_mappings, 1);
    m->vocabularies = g_ptr_array_new_with_free_func(vocabulary_free);
    char *path = zc_context_path(ctx, "xml-mappings.ini");
    GKeyFile *kf = g_key_file_new();
    char *text = NULL;
    gsize len = 0;
    if (path != NULL && zc_config_read(path, &text, &len, NULL) &&
        g_key_file_load_from_data(kf, text, len, G_KEY_FILE_NONE, NULL)) {
        gchar **groups = g_key_file_get_groups(kf, NULL);
        for (int i = 0; groups[i] != NULL; i++)
            if (g_str_has_prefix(groups[i], "vocabulary:"))
                g_ptr_array_add(m->vocabularies, load_group(kf, groups[i]));
        g_strfreev(groups);
    }
    g_key_file_free(kf);
    g_free(text);
    g_free(path);
    return m;
}

static void
mappings_free(void *p)
{
    ix_mappings *m = p;
    g_ptr_array_unref(m->vocabularies);
    g_free(m);
}

const ix_mappings *
ix_mappings_get(zc_context *ctx)
{
    return zc_context_table(ctx, "indexer.xml-mappings", load_mappings, mappings_free);
}

const ix_vocabulary *
ix_vocabulary_match(const ix_mappings *mappings, const xmlNode *root)
{
    const GPtrArray *all = mappings->vocabularies;
    const char *ns = root != NULL && root->ns != NULL ? (const char *)root->ns->href : NULL;
    for (guint i = 0; i < all->len; i++) {
        const ix_vocabulary *v = g_ptr_array_index(all, i);
        gboolean has_rules = v->match_ns[0] != NULL || v->match_root[0] != NULL;
        if (!has_rules)
            return v;
        for (char **n = v->match_ns; ns != NULL && *n != NULL; n++)
            if (g_str_has_prefix(ns, *n))
                return v;
        for (char **r = v->match_root; root != NULL && *r != NULL; r++)
            if (strcmp((const char *)root->name, *r) == 0)
                return v;
    }
    return NULL;
}

const char *
ix_vocabulary_name(const ix_vocabulary *voc)
{
    return voc != NULL ? voc->name : NULL;
}

int
ix_vocabulary_alternatives(const ix_vocabulary *voc, const char *field)
{
    const field_map *f = voc != NULL ? g_hash_table_lookup(voc->fields, field) : NULL;
    return f != NULL ? (int)f->exprs->len : 0;
}

GPtrArray *
ix_vocabulary_select(const ix_vocabulary *voc, xmlDoc *doc, xmlNode *context, const char *field, int alt)
{
    GPtrArray *nodes = g_ptr_array_new();
    const field_map *f = voc != NULL ? g_hash_table_lookup(voc->fields, field) : NULL;
    if (f == NULL || alt < 0 || (guint)alt >= f->exprs->len || doc == NULL)
        return nodes;
    xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
    if (ctx == NULL)
        return nodes;
    for (guint i = 0; i + 1 < voc->ns->len; i += 2)
        xmlXPathRegisterNs(ctx, g_ptr_array_index(voc->ns, i), g_ptr_array_index(voc->ns, i + 1));
    ctx->node = context != NULL ? context : xmlDocGetRootElement(doc);
    xmlXPathObjectPtr r = xmlXPathCompiledEval(g_ptr_array_index(f->exprs, alt), ctx);
    if (r != NULL && r->type == XPATH_NODESET && r->nodesetval != NULL)
        for (int i = 0; i < r->nodesetval->nodeNr; i++)
            g_ptr_array_add(nodes, r->nodesetval->nodeTab[i]);
    xmlXPathFreeObject(r);
    xmlXPathFreeContext(ctx);
    return nodes;
}

const char *const *
ix_vocabulary_list(const ix_vocabulary *voc, const char *key)
{
    static const char *const empty[] = {NULL};
    const char *const *list = voc != NULL ? g_hash_table_lookup(voc->lists, key) : NULL;
    return list != NULL ? list : empty;
}
