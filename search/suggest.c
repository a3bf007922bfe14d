/* suggest.c — completion of provision keys and titles (suggest.h).
 *
 * Provision keys come from the index's term list (the XP prefix), each
 * confirmed by a search restricted to the caller's access levels before it
 * is offered.  Titles come from one match-all search over the same levels,
 * a document at a time (the search collapses units to documents), so a
 * title is only ever seen through the access filter.  That search reads
 * every visible document's record, which is cheap for a library of
 * thousands of documents; a per-revision cache would be the next step for
 * a much larger one.
 *
 * Not for: spelling correction, HTML or JSON (web/api.c).
 */
#include "search/suggest.h"

#include <string.h>

#include "core/schema.h"
#include "shim/zx.h"

/* Documents read for title completion, at most. */
#define SUGGEST_SCAN_DOCS        5000u
/* Provision keys confirmed per call, at most (each costs a search). */
#define SUGGEST_PROVISION_PROBES 40u

void
zs_suggestion_free(zs_suggestion *s)
{
    if (!s)
        return;
    g_free(s->value);
    g_free(s->kind);
    g_free(s->label);
    g_free(s->doc);
    g_free(s);
}

static char *
fold(const char *s)
{
    char *norm = g_utf8_normalize(s, -1, G_NORMALIZE_NFKC);
    char *folded = g_utf8_casefold(norm ? norm : "", -1);
    g_free(norm);
    return folded;
}

/* Numeric order of provision keys: 13.2 before 13.10. */
static int
provision_cmp(gconstpointer a, gconstpointer b)
{
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;
    for (;;) {
        char *ex, *ey;
        guint64 nx = g_ascii_strtoull(x, &ex, 10), ny = g_ascii_strtoull(y, &ey, 10);
        if (ex == x || ey == y)
            return strcmp(x, y); /* not a number: byte order */
        if (nx != ny)
            return nx < ny ? -1 : 1;
        bool more_x = *ex == '.', more_y = *ey == '.';
        if (!more_x || !more_y)
            return more_x != more_y ? (more_x ? 1 : -1) : strcmp(ex, ey);
        x = ex + 1;
        y = ey + 1;
    }
}

static void
collect_term(const char *term, unsigned freq, void *user)
{
    (void)freq;
    g_ptr_array_add(user, g_strdup(term + strlen(ZS_P_PROVISION)));
}

static void
suggest_provisions(zs_engine *e, const char *prefix, const char *const *access, unsigned limit, GPtrArray *out)
{
    GPtrArray *keys = g_ptr_array_new_with_free_func(g_free);
    char *start = g_strconcat(ZS_P_PROVISION, prefix, NULL);
    char *msg = NULL;
    if (zx_db_terms_each(zs_engine_db(e), start, collect_term, keys, &msg) != ZX_OK)
        g_free(msg);
    g_free(start);
    g_ptr_array_sort(keys, provision_cmp);
    for (guint i = 0; i < keys->len && i < SUGGEST_PROVISION_PROBES && out->len < limit; i++) {
        const char *key = keys->pdata[i];
        char *filter = g_strconcat("provision:", key, NULL);
        const char *filters[] = {filter, NULL};
        zs_request req = {.query = "", .filters = filters, .limit = 1, .no_snippets = true, .access = access};
        zs_results *r = zs_search(e, &req, NULL);
        if (r && r->total > 0 && r->hits->len > 0) {
            const zs_hit *h = r->hits->pdata[0];
            zs_suggestion *s = g_new0(zs_suggestion, 1);
            s->value = g_strdup(key);
            s->kind = g_strdup("provision");
            s->label = g_strdup(h->label);
            s->doc = g_strdup(h->doc);
            g_ptr_array_add(out, s);
        }
        zs_results_free(r);
        g_free(filter);
    }
    g_ptr_array_unref(keys);
}

/* Where `needle` (folded) starts a word of `folded`: 0 at the very start,
 * 1 at a later word, -1 nowhere. */
static int
word_prefix_at(const char *folded, const char *needle)
{
    gsize n = strlen(needle);
    for (const char *p = folded; *p; p = g_utf8_next_char(p)) {
        if (p == folded || !g_unichar_isalnum(g_utf8_get_char(g_utf8_prev_char(p)))) {
            if (strncmp(p, needle, n) == 0)
                return p == folded ? 0 : 1;
        }
    }
    return -1;
}

typedef struct title_match {
    int rank; /* 0: the title starts with the prefix; 1: a later word does */
    char *folded;
    zs_suggestion *s;
} title_match;

static int
title_match_cmp(gconstpointer a, gconstpointer b)
{
    const title_match *x = *(title_match *const *)a, *y = *(title_match *const *)b;
    if (x->rank != y->rank)
        return x->rank - y->rank;
    return g_utf8_collate(x->folded, y->folded);
}

static void
title_match_free(title_match *m)
{
    g_free(m->folded);
    zs_suggestion_free(m->s);
    g_free(m);
}

static void
suggest_titles(zs_engine *e, const char *prefix, const char *const *access, unsigned limit, GPtrArray *out)
{
    char *needle = fold(prefix);
    GPtrArray *matches = g_ptr_array_new_with_free_func((GDestroyNotify)title_match_free);
    GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (unsigned offset = 0; offset < SUGGEST_SCAN_DOCS; offset += 1000) {
        zs_request req = {.query = "", .offset = offset, .limit = 1000, .no_snippets = true, .access = access};
        zs_results *r = zs_search(e, &req, NULL);
        if (!r)
            break;
        for (guint i = 0; i < r->hits->len; i++) {
            const zs_hit *h = r->hits->pdata[i];
            if (!h->title || !*h->title)
                continue;
            char *folded = fold(h->title);
            int rank = word_prefix_at(folded, needle);
            if (rank < 0 || g_hash_table_contains(seen, folded)) {
                g_free(folded);
                continue;
            }
            g_hash_table_add(seen, g_strdup(folded));
            title_match *m = g_new0(title_match, 1);
            m->rank = rank;
            m->folded = folded;
            m->s = g_new0(zs_suggestion, 1);
            m->s->value = g_strdup(h->title);
            m->s->kind = g_strdup("title");
            m->s->doc = g_strdup(h->doc);
            g_ptr_array_add(matches, m);
        }
        bool last = r->hits->len < 1000;
        zs_results_free(r);
        if (last)
            break;
    }
    g_ptr_array_sort(matches, title_match_cmp);
    for (guint i = 0; i < matches->len && out->len < limit; i++) {
        title_match *m = matches->pdata[i];
        g_ptr_array_add(out, m->s);
        m->s = NULL;
    }
    g_ptr_array_unref(matches);
    g_hash_table_unref(seen);
    g_free(needle);
}

GPtrArray *
zs_suggest(zs_engine *e, const char *prefix, const char *const *access, unsigned limit)
{
    GPtrArray *out = g_ptr_array_new_with_free_func((GDestroyNotify)zs_suggestion_free);
    char *p = g_strstrip(g_strdup(prefix ? prefix : ""));
    if (*p && limit > 0 && g_utf8_validate(p, -1, NULL)) {
        if (g_ascii_isdigit(*p))
            suggest_provisions(e, p, access, limit, out);
        if (out->len < limit)
            suggest_titles(e, p, access, limit, out);
    }
    g_free(p);
    return out;
}
