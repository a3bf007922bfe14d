/* similar.c — similar documents (similar.h).
 *
 * The words: the stems that best tell the document's units apart from the
 * rest of the index (zx_db_expand, Xapian's ESet), written back as a query
 * of the query language, ORed, with a decision's applied provisions
 * (article:KEY), and the document itself excluded (NOT doc:ID).  Going
 * through zs_search keeps one path for access levels, today's law, collapse
 * and snippets.
 */
#include "search/similar.h"

#include "core/schema.h"
#include "search/engine.h"

#include <string.h>

typedef struct {
    GString *q;
    unsigned n;
} collect;

/* A stem is a word of letters and digits; anything the query language
 * would read otherwise (an operator, a field) is left out. */
static bool
plain_stem(const char *s)
{
    if (!*s || strcmp(s, "or") == 0 || strcmp(s, "and") == 0 || strcmp(s, "not") == 0 || strcmp(s, "near") == 0)
        return false;
    for (const char *p = s; *p; p = g_utf8_next_char(p))
        if (!g_unichar_isalnum(g_utf8_get_char(p)))
            return false;
    return g_utf8_strlen(s, -1) >= 3;
}

static void
on_term(const char *term, double weight, void *user)
{
    collect *c = user;
    const char *stem = term + strlen(ZS_P_STEM);
    if (!plain_stem(stem))
        return;
    g_string_append(c->q, c->n++ ? " OR " : "(");
    g_string_append(c->q, stem);
}

zs_results *
zs_similar(zs_engine *e, const char *id, const char *const *access, unsigned limit, GError **error)
{
    zs_document *doc = zs_get_document_head_as(e, id, access ? access : e->access, error);
    if (!doc)
        return NULL;
    collect c = {g_string_new(NULL), 0};
    char *term = g_strconcat(ZS_P_DOC, doc->id, NULL);
    char *msg = NULL;
    if (zx_db_expand(e->db, term, ZS_P_STEM, ZS_SIMILAR_TERMS, on_term, &c, &msg) != ZX_OK) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_DB, "similar documents: %s", msg ? msg : "failed");
        g_free(msg);
        g_free(term);
        g_string_free(c.q, TRUE);
        zs_document_free(doc);
        return NULL;
    }
    g_free(term);
    if (g_strcmp0(doc->type, "decision") == 0)
        for (guint i = 0; doc->articles && i < doc->articles->len; i++) {
            const char *key = doc->articles->pdata[i];
            if (strpbrk(key, " \"()") != NULL)
                continue;
            g_string_append(c.q, c.n++ ? " OR " : "(");
            g_string_append_printf(c.q, "article:%s", key);
        }
    zs_results *res = NULL;
    if (c.n == 0) {
        /* Nothing distinctive to go by: no document is like it. */
        res = g_new0(zs_results, 1);
        res->query = g_strdup("");
        res->hits = g_ptr_array_new();
        res->facets = g_ptr_array_new();
        res->dropped = g_ptr_array_new();
        res->untranslated = g_ptr_array_new();
        res->missing_shards = g_new0(char *, 1);
    } else {
        g_string_append_printf(c.q, ") NOT doc:%s", doc->id);
        zs_request req = {.query = c.q->str,
                          .limit = limit,
                          .access = access,
                          .no_synonyms = true,
                          .no_relax = true,
                          .no_facets = true};
        res = zs_search(e, &req, error);
    }
    g_string_free(c.q, TRUE);
    zs_document_free(doc);
    return res;
}
