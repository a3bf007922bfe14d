/* proximity.c — NEAR, /s, /p as windows of positions, and the expansion of
 * word* (proximity.h).
 *
 * The windows: two words of one sentence stand at most AZ_GAP_SENTENCE
 * positions apart and two of different sentences further, because the
 * indexer leaves that gap after every sentence (core/boundary.h); the same
 * for parts with AZ_GAP_PART.  So "in one sentence" is Xapian's OP_NEAR with
 * that window, exact for sentences of up to 256 words and parts of up to
 * 16,384 positions (longer ones: far-apart words of one sentence or part are
 * not found), with no post-filter and no cost beyond NEAR's reading of
 * positions.
 */
#include "search/proximity.h"

#include "core/boundary.h"

#include <stdlib.h>
#include <string.h>

static bool
read_count(const char *s, unsigned *out)
{
    if (!*s)
        return false;
    unsigned long v = 0;
    for (const char *p = s; *p; p++) {
        if (!g_ascii_isdigit(*p) || v > ZQ_NEAR_MAX)
            return false;
        v = v * 10 + (unsigned)(*p - '0');
    }
    *out = (unsigned)v;
    return true;
}

bool
zq_connector_read(const char *text, zq_connector *out, char **problem)
{
    const char *after = NULL;
    if (strcmp(text, "NEAR") == 0) {
        *out = (zq_connector){ZQ_NEAR, ZQ_NEAR_DEFAULT};
        return true;
    }
    if (g_str_has_prefix(text, "NEAR/"))
        after = text + 5;
    else if (text[0] == '/')
        after = text + 1;
    else
        return false;
    if (after == text + 1 && (g_ascii_strcasecmp(after, "s") == 0 || g_ascii_strcasecmp(after, "p") == 0)) {
        *out = (zq_connector){g_ascii_tolower(*after) == 's' ? ZQ_SENTENCE : ZQ_PART, 0};
        return true;
    }
    unsigned n = 0;
    if (!read_count(after, &n) || n == 0 || n > ZQ_NEAR_MAX) {
        *problem = g_strdup_printf("'%s' is not a connector: use NEAR, NEAR/n or /n (n from 1 to %d), /s (same "
                                   "sentence) or /p (same part)",
                                   text, ZQ_NEAR_MAX);
        return true;
    }
    *out = (zq_connector){ZQ_NEAR, n};
    return true;
}

static zx_query *
leaf(GPtrArray *terms)
{
    zx_query **qs = g_new0(zx_query *, terms->len);
    for (guint i = 0; i < terms->len; i++)
        qs[i] = zx_query_term(terms->pdata[i], 1, 0);
    zx_query *q = terms->len == 1 ? qs[0] : zx_query_combine(ZX_OP_OR, qs, terms->len);
    g_free(qs);
    return q;
}

zx_query *
zq_proximity(GPtrArray *const *operands, const zq_connector *conns, guint n)
{
    GPtrArray *pairs = g_ptr_array_new();
    for (guint i = 0; i + 1 < n; i++) {
        GPtrArray *a = operands[i], *b = operands[i + 1];
        GPtrArray *subs = g_ptr_array_new();
        for (guint k = 0; k < a->len; k++)
            if (((GPtrArray *)a->pdata[k])->len)
                g_ptr_array_add(subs, leaf(a->pdata[k]));
        for (guint k = 0; k < b->len; k++)
            if (((GPtrArray *)b->pdata[k])->len)
                g_ptr_array_add(subs, leaf(b->pdata[k]));
        unsigned window;
        switch (conns[i].kind) {
            case ZQ_SENTENCE:
                window = AZ_GAP_SENTENCE;
                break;
            case ZQ_PART:
                window = AZ_GAP_PART;
                break;
            default:
                /* n words apart: a span of n + 1 positions, widened by the
                 * further words of a phrase on either side. */
                window = conns[i].distance + a->len + b->len - 1;
        }
        if (subs->len < 2) {
            /* An operand without terms (a word* that expands to nothing). */
            for (guint k = 0; k < subs->len; k++)
                zx_query_free(subs->pdata[k]);
            g_ptr_array_add(pairs, zx_query_none());
        } else {
            g_ptr_array_add(pairs, zx_query_near((zx_query **)subs->pdata, subs->len, window));
        }
        g_ptr_array_free(subs, TRUE);
    }
    zx_query *q = zx_query_combine(ZX_OP_AND, (zx_query **)pairs->pdata, pairs->len);
    g_ptr_array_free(pairs, TRUE);
    return q;
}

typedef struct {
    GArray *found; /* prefix_hit */
    unsigned walked;
} prefix_walk;

typedef struct {
    char *term;
    unsigned freq;
} prefix_hit;

#define PREFIX_WALK_MAX 100000

static void
on_term(const char *term, unsigned freq, void *user)
{
    prefix_walk *w = user;
    if (++w->walked > PREFIX_WALK_MAX)
        return;
    prefix_hit h = {g_strdup(term), freq};
    g_array_append_val(w->found, h);
}

static int
by_freq(const void *a, const void *b)
{
    const prefix_hit *x = a, *y = b;
    if (x->freq != y->freq)
        return x->freq > y->freq ? -1 : 1;
    return strcmp(x->term, y->term);
}

GPtrArray *
zq_prefix_terms(zx_db *db, const char *start, unsigned *found)
{
    prefix_walk w = {g_array_new(FALSE, FALSE, sizeof(prefix_hit)), 0};
    char *msg = NULL;
    if (db && zx_db_terms_each(db, start, on_term, &w, &msg) != ZX_OK)
        g_free(msg);
    g_array_sort(w.found, by_freq);
    GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
    for (guint i = 0; i < w.found->len; i++) {
        prefix_hit *h = &g_array_index(w.found, prefix_hit, i);
        if (out->len < ZQ_PREFIX_MAX)
            g_ptr_array_add(out, h->term);
        else
            g_free(h->term);
    }
    *found = w.walked;
    g_array_free(w.found, TRUE);
    return out;
}
