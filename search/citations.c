/* citations.c — cited-by and cites over the index (citations.h). */
#include "search/citations.h"

#include "legal/citeterms.h"
#include "legal/provision.h"
#include "core/analysis.h"
#include "core/record.h"
#include "core/schema.h"
#include "search/filter.h"
#include "search/history.h"
#include "shim/zx.h"

#include <string.h>

#define ZS_CITATIONS_DEFAULT_LIMIT 100
/* Versions of one provision of the laws of one acronym looked through for
 * one whose title gives no mark (first_unit). */
#define ZS_CITATIONS_CANDIDATES 64

static zx_query *
term(const char *prefix, const char *value)
{
    char *t = g_strconcat(prefix, value, NULL);
    zx_query *q = zx_query_term(t, 0, 0);
    g_free(t);
    return q;
}

/* `q` restricted to the access levels given (NULL: unrestricted).  Takes
 * ownership of q. */
static zx_query *
with_access(zx_query *q, const char *const *access)
{
    q = zs_hide_other_copies(q, access);
    if (access == NULL)
        return q;
    guint n = 0;
    while (access[n] != NULL)
        n++;
    zx_query **levels = g_new0(zx_query *, n > 0 ? n : 1);
    for (guint i = 0; i < n; i++)
        levels[i] = term(ZS_P_ACCESS, access[i]);
    zx_query *allowed = n > 0 ? zx_query_combine(ZX_OP_OR, levels, n) : zx_query_none();
    g_free(levels);
    zx_query *both[2] = {q, allowed};
    return zx_query_combine(ZX_OP_FILTER, both, 2);
}

static zx_query *
and2(zx_query *a, zx_query *b)
{
    zx_query *both[2] = {a, b};
    return zx_query_combine(ZX_OP_AND, both, 2);
}

/* The canonical key of what the user typed. */
static char *
canonical_key(const char *key)
{
    if (key == NULL)
        return NULL;
    char *k = zp_parse_query_ref(key);
    if (k != NULL)
        return k;
    char *trimmed = g_strstrip(g_strdup(key));
    /* Already canonical: "2002:113.2", "ЭХХШТХ:36.1". */
    if (strchr(trimmed, ':') != NULL && g_ascii_isdigit(trimmed[strlen(trimmed) - 1]))
        return trimmed;
    g_free(trimmed);
    return NULL;
}

static char *
dup_field(GVariant *rec, const char *key)
{
    return g_strdup(zr_record_str(rec, key));
}

void
zs_citations_free(zs_citations *c)
{
    if (c == NULL)
        return;
    for (guint i = 0; i < c->citing->len; i++) {
        zs_citing *x = g_ptr_array_index(c->citing, i);
        g_free(x->doc), g_free(x->title), g_free(x->type), g_free(x->date);
        g_free(x->case_number), g_free(x->court), g_free(x->path);
        g_free(x);
    }
    g_ptr_array_unref(c->citing);
    g_free(c->key);
    g_free(c->predecessor_of);
    g_free(c);
}

/* What cites `key` (canonical): of another law's key with `mark`, the
 * citations that named that law (XM, schema.h) or named none. */
static zx_query *
citing(const char *key, const char *mark)
{
    if (mark == NULL || !zp_key_of_other_law(key))
        return term(ZS_P_CITES, key);
    char *named = g_strconcat(key, "@", mark, NULL), *unnamed = g_strconcat(key, "@", NULL);
    zx_query *either[2] = {term(ZS_P_CITES_MARK, named), term(ZS_P_CITES_MARK, unnamed)};
    g_free(named);
    g_free(unnamed);
    return zx_query_combine(ZX_OP_OR, either, 2);
}

/* zs_cited_by_law, and with `flat` (may be NULL) the citations of that
 * key too: an inserted article's number as a plain text prints it; of
 * documents of `type` only, when it is not NULL. */
static zs_citations *
cited_by_keys(zs_engine *engine, const char *key, const char *flat, const char *mark, const char *type,
              const char *const *access, unsigned limit, GError **error)
{
    char *k = canonical_key(key);
    if (k == NULL) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_FILTER, "'%s' is not a provision or decision reference",
                    key != NULL ? key : "");
        return NULL;
    }
    zx_query *q = citing(k, mark);
    if (flat != NULL) {
        zx_query *either[2] = {q, citing(flat, mark)};
        q = zx_query_combine(ZX_OP_OR, either, 2);
    }
    if (type != NULL)
        q = and2(q, term(ZS_P_TYPE, type));
    q = with_access(q, access);
    zx_search_opts opts = {0};
    opts.offset = 0;
    opts.limit = limit > 0 ? limit : ZS_CITATIONS_DEFAULT_LIMIT;
    opts.collapse_slot = ZS_SLOT_DOC;
    opts.sort_slot = ZS_SLOT_DATE;
    opts.sort_reverse = true;
    opts.exact_counts = true;
    zx_result *r = NULL;
    char *msg = NULL;
    zx_status st = zx_search(zs_engine_db(engine), q, &opts, &r, &msg);
    zx_query_free(q);
    if (st != ZX_OK) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_DB, "citations of %s: %s", k, msg != NULL ? msg : "search failed");
        g_free(msg);
        g_free(k);
        return NULL;
    }
    zs_citations *c = g_new0(zs_citations, 1);
    c->key = k;
    c->documents = zx_result_total(r);
    c->citing = g_ptr_array_new();
    for (size_t i = 0; i < zx_result_size(r); i++) {
        size_t len = 0;
        const char *data = zx_result_data(r, i, &len);
        GVariant *rec = zr_record_parse(data, len);
        if (rec == NULL)
            continue;
        zs_citing *x = g_new0(zs_citing, 1);
        x->doc = dup_field(rec, "doc_id");
        x->title = dup_field(rec, "title");
        x->type = dup_field(rec, "type");
        x->date = dup_field(rec, "date");
        x->case_number = dup_field(rec, "case_number");
        x->court = dup_field(rec, "court");
        x->path = dup_field(rec, "path");
        x->units = 1 + zx_result_collapse_count(r, i);
        g_ptr_array_add(c->citing, x);
        g_variant_unref(rec);
    }
    zx_result_free(r);
    return c;
}

zs_citations *
zs_cited_by_law(zs_engine *engine, const char *key, const char *mark, const char *const *access, unsigned limit,
                GError **error)
{
    return cited_by_keys(engine, key, NULL, mark, NULL, access, limit, error);
}

zs_citations *
zs_cited_by(zs_engine *engine, const char *key, const char *const *access, unsigned limit, GError **error)
{
    return zs_cited_by_law(engine, key, NULL, access, limit, error);
}

void
zs_link_free(zs_link *link)
{
    if (link == NULL)
        return;
    g_free(link->key), g_free(link->target), g_free(link->target_doc), g_free(link->label), g_free(link->via);
    g_free(link->status), g_free(link->repealed_on);
    g_free(link);
}

/* Whether `key` is the key of a repealed part of the unit `rec` (the
 * part itself, or the part holding a point of it: 5.4.3.1 in 5.4.3), and
 * when. */
static gboolean
part_repealed(GVariant *rec, const char *key, const char **on)
{
    GPtrArray *history = zs_history_parse(zr_record_str(rec, ZR_KEY_AMENDMENTS));
    GPtrArray *parts = zs_parts_parse(zr_record_str(rec, ZR_KEY_PARTS), history, NULL);
    const zs_part *hit = NULL;
    for (guint i = 0; i < parts->len; i++) {
        const zs_part *p = g_ptr_array_index(parts, i);
        size_t n = strlen(p->key);
        if (g_strcmp0(p->status, "repealed") == 0 && strncmp(key, p->key, n) == 0 &&
            (key[n] == '\0' || key[n] == '.'))
            hit = p;
    }
    if (hit != NULL)
        *on = g_intern_string(hit->repealed_on != NULL ? hit->repealed_on : "");
    g_ptr_array_free(parts, TRUE);
    g_ptr_array_free(history, TRUE);
    return hit != NULL;
}

/* The best unit for `q`: for provisions, the version in force today sorts
 * first (latest valid_to), ties by unit order.  The link learns whether
 * what it cites (`key`, NULL for a decision) is repealed: the whole unit,
 * or the part the key names. */
static gboolean
first_unit(zs_engine *engine, zx_query *q, const char *const *access, const char *key, const char *unmarked_of,
           zs_link *link)
{
    q = with_access(q, access);
    zx_search_opts opts = {0};
    opts.limit = unmarked_of != NULL ? ZS_CITATIONS_CANDIDATES : 1;
    opts.collapse_slot = -1;
    opts.sort_slot = ZS_SLOT_VALID_TO;
    opts.sort_reverse = true;
    zx_result *r = NULL;
    gboolean found = FALSE;
    if (zx_search(zs_engine_db(engine), q, &opts, &r, NULL) != ZX_OK)
        zx_result_free(g_steal_pointer(&r));
    for (size_t i = 0; r != NULL && i < zx_result_size(r) && !found; i++) {
        size_t len = 0;
        const char *data = zx_result_data(r, i, &len);
        GVariant *rec = zr_record_parse(data, len);
        if (rec != NULL && unmarked_of != NULL) {
            /* A law the citation's name is not: its title gives another mark. */
            char *mark = zp_law_mark_for(zr_record_str(rec, "title"), unmarked_of);
            if (mark != NULL)
                g_clear_pointer(&rec, g_variant_unref);
            g_free(mark);
        }
        if (rec != NULL) {
            link->target = dup_field(rec, "unit_id");
            link->target_doc = dup_field(rec, "doc_id");
            const char *label = zr_record_str(rec, "label");
            link->label = g_strdup(label != NULL ? label : zr_record_str(rec, "title"));
            const char *status = zr_record_str(rec, ZR_KEY_STATUS), *on = NULL;
            if (g_strcmp0(status, "repealed") == 0) {
                link->status = g_strdup(status);
                const char *day = zr_record_str(rec, ZR_KEY_REPEALED_ON);
                link->repealed_on = day != NULL && *day ? g_strdup(day) : NULL;
            } else if (key != NULL && part_repealed(rec, key, &on)) {
                link->status = g_strdup("repealed");
                link->repealed_on = *on ? g_strdup(on) : NULL;
                link->part = TRUE;
            } else {
                link->status = g_strdup(status);
            }
            found = TRUE;
            g_variant_unref(rec);
        }
    }
    zx_result_free(r);
    zx_query_free(q);
    return found;
}

/* The units of the law `law_term` in `q`: of the law of that acronym whose
 * name's mark is `mark` when the citation named it (XB, schema.h).  Takes
 * ownership of q. */
static zx_query *
of_law(zx_query *q, const char *law_term, const char *mark)
{
    q = and2(q, term(ZS_P_LAW, law_term));
    return mark != NULL ? and2(q, term(ZS_P_LAW_MARK, mark)) : q;
}

/* The unit of the law `law_term` holding `number`, trying its ancestors
 * down to the article ("13.1.2.1", "13.1.2", "13.1"; another law's key
 * down to its first number); as resolve_provision says of the rest.  The
 * link is of a repealed part when the unit's part holding `number` is: a
 * unit's parts are keyed by their numbers, unqualified ("6.1.1", not
 * "ХХТТХ:6.1.1"), and an inserted article's by the number read. */
static void
try_number(zs_engine *engine, const char *law_term, const char *law, const char *number, const char *mark,
           const char *const *access, const char *within, zs_link *link)
{
    char *as_key = strcmp(law_term, "ЭХ") == 0 ? g_strdup(number) : g_strconcat(law_term, ":", number, NULL);
    GPtrArray *tries = g_ptr_array_new_with_free_func(g_free);
    GPtrArray *ancestors = zp_key_ancestors(as_key);
    for (guint i = 0; i < ancestors->len; i++) {
        char *ignored = NULL;
        g_ptr_array_add(tries, zp_split_key(g_ptr_array_index(ancestors, i), &ignored));
        g_free(ignored);
    }
    g_ptr_array_unref(ancestors);
    g_free(as_key);
    for (guint i = 0; i < tries->len && link->target == NULL; i++) {
        /* Another law's provisions are indexed qualified (citeterms.c). */
        const char *try = g_ptr_array_index(tries, i);
        char *value = strcmp(law_term, "ЭХ") == 0 ? g_strdup(try) : g_strconcat(law_term, ":", try, NULL);
        gboolean named = mark != NULL && law != NULL && strcmp(law_term, law) == 0;
        for (int pass = 0; pass < (named ? 2 : 1) && link->target == NULL; pass++) {
            zx_query *q = of_law(term(ZS_P_PROVISION, value), law_term, named && pass == 0 ? mark : NULL);
            if (within != NULL)
                q = and2(q, term(ZS_P_DOC, within));
            first_unit(engine, q, access, number, named && pass == 1 ? law_term : NULL, link);
        }
        g_free(value);
    }
    g_ptr_array_unref(tries);
}

/* Resolves a provision key: the unit of its law holding the key (a part
 * key is indexed on its article), trying shorter keys if need be; only in
 * the document `within` when it is not NULL.  `mark` (may be NULL): the
 * name the key's law was cited by (zp_law_mark); then only that law of the
 * acronym, or one whose title is not its name (no mark to tell), is it. */
static void
resolve_provision(zs_engine *engine, const char *key, const char *mark, const char *const *access, const char *within,
                  zs_link *link)
{
    char *law = NULL;
    char *number = zp_split_key(key, &law);
    const char *law_term = law != NULL ? law : "ЭХ";
    if (law != NULL && strcmp(law, "2002") == 0) {
        gboolean uncertain = FALSE;
        char *now = zp_concordance_2015(zs_engine_context(engine), key, &uncertain);
        if (now != NULL) {
            link->via = now;
            g_free(number);
            number = g_strdup(now);
            law_term = "ЭХ";
        }
    }
    try_number(engine, law_term, law, number, mark, access, within, link);
    /* Another law's inserted article as a plain text prints it, the
     * superscript flat ("161.1" for 16¹.1): only when the number as
     * written is none of the law's. */
    GPtrArray *readings = link->target == NULL ? zp_number_unflattened(number) : NULL;
    for (guint i = 0; readings != NULL && i < readings->len && link->target == NULL; i++)
        try_number(engine, law_term, law, g_ptr_array_index(readings, i), mark, access, within, link);
    if (readings != NULL)
        g_ptr_array_unref(readings);
    /* The 2002 Code's provision itself is law no more, whatever its
     * successor's status: the link says so, and `via` names the successor. */
    if (law != NULL && strcmp(law, "2002") == 0) {
        g_free(link->status);
        g_free(link->repealed_on);
        link->status = g_strdup("repealed");
        link->repealed_on = g_strdup(ZP_CODE_2002_REPEALED_ON);
    }
    g_free(number);
    g_free(law);
}

typedef struct cite_collect {
    GPtrArray *keys;  /* char*, distinct, in order */
    GPtrArray *marks; /* "key\tmark" (zr_unit.cite_marks), distinct */
    gboolean any;
} cite_collect;

static void
add_lines(GPtrArray *to, const char *joined)
{
    if (joined == NULL)
        return;
    char **lines = g_strsplit(joined, "\n", -1);
    for (int i = 0; lines[i] != NULL; i++)
        zr_strv_add_unique(to, lines[i]);
    g_strfreev(lines);
}

static void
collect_cites(const char *data, size_t len, void *user)
{
    cite_collect *cc = user;
    GVariant *rec = zr_record_parse(data, len);
    if (rec == NULL)
        return;
    cc->any = TRUE;
    add_lines(cc->keys, zr_record_str(rec, ZR_KEY_CITES));
    add_lines(cc->marks, zr_record_str(rec, ZR_KEY_CITE_MARKS));
    g_variant_unref(rec);
}

zs_link *
zs_link_resolve(zs_engine *engine, const char *key, const char *const *access)
{
    zs_link *link = g_new0(zs_link, 1);
    link->key = g_strdup(key);
    if (strchr(key, '/') != NULL)
        first_unit(engine, term(ZS_P_NUMBER, key), access, NULL, NULL, link);
    else
        resolve_provision(engine, key, NULL, access, NULL, link);
    return link;
}

/* `key` as a provision of the document `doc_id` itself, or NULL.  A law's
 * key is its name's initials, which two laws can share: the Donor Law and
 * the Insurance Law are both ДТХ, so the Donor Law's "энэ хуулийн 13.2"
 * (ДТХ:13.2) went to whichever of them the index held first, another law's
 * article in one run and its own in the next (35 of the 312 real statutes'
 * citation lists differed between two runs). */
static zs_link *
resolve_within(zs_engine *engine, const char *key, const char *mark, const char *const *access, const char *doc_id)
{
    if (strchr(key, '/') != NULL || strchr(key, ':') == NULL)
        return NULL;
    zs_link *link = g_new0(zs_link, 1);
    link->key = g_strdup(key);
    resolve_provision(engine, key, mark, access, doc_id, link);
    if (link->target == NULL) {
        zs_link_free(link);
        return NULL;
    }
    return link;
}

/* The marks `entries` ("key\tmark") give `key`, pointing into them. */
static GPtrArray *
marks_of(const GPtrArray *entries, const char *key)
{
    GPtrArray *marks = g_ptr_array_new();
    size_t n = strlen(key);
    for (guint i = 0; i < entries->len; i++) {
        const char *entry = g_ptr_array_index(entries, i);
        if (strncmp(entry, key, n) == 0 && entry[n] == '\t' && entry[n + 1] != '\0')
            g_ptr_array_add(marks, (gpointer)(entry + n + 1));
    }
    return marks;
}

GPtrArray *
zs_cites(zs_engine *engine, const char *doc_id, const char *const *access, GError **error)
{
    /* The document must exist and be visible. */
    zx_query *probe = with_access(term(ZS_P_DOC, doc_id), access);
    zx_search_opts popts = {0};
    popts.limit = 1;
    popts.collapse_slot = -1;
    popts.sort_slot = -1;
    zx_result *pr = NULL;
    gboolean visible = zx_search(zs_engine_db(engine), probe, &popts, &pr, NULL) == ZX_OK && zx_result_size(pr) > 0;
    zx_result_free(pr);
    zx_query_free(probe);
    if (!visible) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_NOT_FOUND, "no document %s", doc_id);
        return NULL;
    }
    cite_collect cc = {g_ptr_array_new_with_free_func(g_free), g_ptr_array_new_with_free_func(g_free), FALSE};
    char *t = g_strconcat(ZS_P_DOC, doc_id, NULL);
    char *msg = NULL;
    zx_status st = zx_db_data_by_term(zs_engine_db(engine), t, ZS_SLOT_ORDINAL, collect_cites, &cc, &msg);
    g_free(t);
    if (st != ZX_OK) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_DB, "citations of %s: %s", doc_id, msg != NULL ? msg : "failed");
        g_free(msg);
        g_ptr_array_unref(cc.keys);
        g_ptr_array_unref(cc.marks);
        return NULL;
    }
    GPtrArray *links = g_ptr_array_new_with_free_func((GDestroyNotify)zs_link_free);
    for (guint i = 0; i < cc.keys->len; i++) {
        const char *key = g_ptr_array_index(cc.keys, i);
        /* One link for each law of the acronym the document named with it
         * (two laws' article 8 cited alike), or one as the key says. */
        GPtrArray *marks = marks_of(cc.marks, key);
        for (guint m = 0; m < MAX(marks->len, 1u); m++) {
            const char *mark = m < marks->len ? g_ptr_array_index(marks, m) : NULL;
            zs_link *link = resolve_within(engine, key, mark, access, doc_id);
            if (link == NULL && mark == NULL) {
                link = zs_link_resolve(engine, key, access);
            } else if (link == NULL) {
                link = g_new0(zs_link, 1);
                link->key = g_strdup(key);
                resolve_provision(engine, key, mark, access, NULL, link);
            }
            if (link->target_doc != NULL && strcmp(link->target_doc, doc_id) == 0) {
                link->within = TRUE;
                g_clear_pointer(&link->target, g_free);
                g_clear_pointer(&link->target_doc, g_free);
                g_clear_pointer(&link->label, g_free);
            }
            g_ptr_array_add(links, link);
        }
        g_ptr_array_unref(marks);
    }
    g_ptr_array_unref(cc.keys);
    g_ptr_array_unref(cc.marks);
    return links;
}

static void
predecessor_free(gpointer p)
{
    zs_predecessor *x = p;
    g_free(x->key);
    g_free(x);
}

GPtrArray *
zs_predecessors(zs_engine *engine, const char *key)
{
    GPtrArray *out = g_ptr_array_new_with_free_func(predecessor_free);
    zc_context *ctx = zs_engine_context(engine);
    GPtrArray *keys = zp_concordance_2002(ctx, key);
    for (guint i = 0; i < keys->len; i++) {
        zs_predecessor *x = g_new0(zs_predecessor, 1);
        x->key = g_strdup(g_ptr_array_index(keys, i));
        g_free(zp_concordance_2015(ctx, x->key, &x->uncertain));
        g_ptr_array_add(out, x);
    }
    g_ptr_array_unref(keys);
    return out;
}

/* Appends who cites `key` to doc->cited_by, when anyone does;
 * `predecessor_of` marks a 2002 article looked up for a 2015 one. */
static void
add_cited_by(zs_engine *engine, zs_document *doc, const char *key, const char *flat, const char *mark,
             const char *predecessor_of, gboolean uncertain, const char *const *access)
{
    zs_citations *c = cited_by_keys(engine, key, flat, mark, NULL, access, 50, NULL);
    if (c == NULL || c->documents == 0) {
        zs_citations_free(c);
        return;
    }
    c->predecessor_of = g_strdup(predecessor_of);
    c->uncertain = uncertain;
    g_ptr_array_add(doc->cited_by, c);
}

/* An inserted provision's number as a plain text prints it, the
 * superscript flat ("26^1.3" -> "26" "1.3": "261.3"), qualified by `law`
 * (may be NULL), when the document has no provision of that number itself;
 * else NULL. */
static char *
flat_twin(const zs_document *doc, const char *law, const char *provision)
{
    if (provision == NULL || strchr(provision, '^') == NULL)
        return NULL;
    char *flat = g_strdup(provision);
    char *to = flat;
    for (const char *p = provision; *p; p++)
        if (*p != '^')
            *to++ = *p;
    *to = '\0';
    for (guint i = 0; i < doc->units->len; i++) {
        const zs_unit *u = g_ptr_array_index(doc->units, i);
        if (g_strcmp0(u->provision, flat) == 0) {
            g_free(flat);
            return NULL;
        }
    }
    if (law == NULL)
        return flat;
    char *qualified = g_strconcat(law, ":", flat, NULL);
    g_free(flat);
    return qualified;
}

gboolean
zs_document_of_other_law(const zs_document *doc)
{
    return g_strcmp0(doc->type, "code") == 0 && doc->law != NULL && strcmp(doc->law, ZP_CRIMINAL_CODE) != 0 &&
           strcmp(doc->law, "2002") != 0;
}

zs_citations *
zs_cited_by_provision(zs_engine *engine, const zs_document *doc, const char *provision, const char *type,
                      const char *const *access, unsigned limit, GError **error)
{
    if (!zs_document_of_other_law(doc))
        return cited_by_keys(engine, provision, NULL, NULL, type, access, limit, error);
    char *key = g_strconcat(doc->law, ":", provision, NULL);
    char *flat = flat_twin(doc, doc->law, provision);
    char *mark = zp_law_mark_for(doc->title, doc->law);
    zs_citations *c = cited_by_keys(engine, key, flat, mark, type, access, limit, error);
    g_free(mark);
    g_free(flat);
    g_free(key);
    return c;
}

void
zs_document_load_citations(zs_engine *engine, zs_document *doc, const char *const *access)
{
    doc->cites = zs_cites(engine, doc->id, access, NULL);
    if (doc->cites == NULL)
        doc->cites = g_ptr_array_new_with_free_func((GDestroyNotify)zs_link_free);
    doc->cited_by = g_ptr_array_new_with_free_func((GDestroyNotify)zs_citations_free);
    GPtrArray *keys = g_ptr_array_new_with_free_func(g_free);
    if (doc->case_number != NULL)
        g_ptr_array_add(keys, g_strdup(doc->case_number));
    /* Another law's provisions are cited by its acronym ("БТХ:8"), and by
     * the name's mark only the citations of this law of the acronym. */
    gboolean other_law = zs_document_of_other_law(doc);
    char *mark = other_law ? zp_law_mark_for(doc->title, doc->law) : NULL;
    /* Beside each key, its inserted number printed flat (flat_twin) or NULL. */
    GPtrArray *flats = g_ptr_array_new_with_free_func(g_free);
    if (doc->case_number != NULL)
        g_ptr_array_add(flats, NULL);
    for (guint i = 0; i < doc->units->len; i++) {
        const zs_unit *u = g_ptr_array_index(doc->units, i);
        if (u->provision != NULL && (doc->focus < 0 || (int)i == doc->focus)) {
            g_ptr_array_add(keys, other_law ? g_strconcat(doc->law, ":", u->provision, NULL) : g_strdup(u->provision));
            g_ptr_array_add(flats, flat_twin(doc, other_law ? doc->law : NULL, u->provision));
        }
    }
    for (guint i = 0; i < keys->len; i++) {
        const char *key = g_ptr_array_index(keys, i);
        add_cited_by(engine, doc, key, g_ptr_array_index(flats, i), mark, NULL, FALSE, access);
        GPtrArray *before = zs_predecessors(engine, key);
        for (guint j = 0; j < before->len; j++) {
            const zs_predecessor *x = g_ptr_array_index(before, j);
            add_cited_by(engine, doc, x->key, NULL, NULL, key, x->uncertain, access);
        }
        g_ptr_array_unref(before);
    }
    g_free(mark);
    g_ptr_array_free(flats, TRUE);
    g_ptr_array_free(keys, TRUE);
}

char *
zs_provision_display(const char *key)
{
    return zp_key_display(key);
}

int
zs_superscript_digit(gunichar c)
{
    return az_superscript_value(c);
}

/* A title as a note writes it: case-folded, its spaces single, and a last
 * "хууль" cut to the stem its case forms share (Иргэний хуулийн), so that
 * it is found inside the note's sentence.  NULL for a title of one word,
 * which a sentence holds by chance. */
static char *
title_in_note_form(const char *title)
{
    char *fold = g_utf8_casefold(title, -1);
    char **words = g_strsplit_set(g_strstrip(fold), " \t\n", -1);
    GString *s = g_string_new(NULL);
    guint n = 0;
    for (char **w = words; *w != NULL; w++) {
        if (**w == '\0')
            continue;
        if (n++ > 0)
            g_string_append_c(s, ' ');
        g_string_append(s, *w);
    }
    g_strfreev(words);
    g_free(fold);
    if (n < 2)
        return (g_string_free(s, TRUE), NULL);
    if (g_str_has_suffix(s->str, " хууль"))
        g_string_truncate(s, s->len - strlen("ь"));
    return g_string_free(s, FALSE);
}

/* The note folded as titles are (title_in_note_form), whole. */
static char *
note_folded(const char *note)
{
    char *fold = g_utf8_casefold(note, -1);
    GString *s = g_string_new(NULL);
    bool space = false;
    for (const char *p = fold; *p; p++) {
        bool ws = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r';
        if (ws && !space && s->len > 0)
            g_string_append_c(s, ' ');
        else if (!ws)
            g_string_append_c(s, *p);
        space = ws;
    }
    g_free(fold);
    return g_string_free(s, FALSE);
}

/* Whether a folded note may name a law by its title at all: "… тухай", or
 * a code's name ("Иргэний хуулийн", a genitive before хууль), not only
 * "the law of <day>" (өдрийн хуулиар), which every unit's note says and
 * which is not worth a search of the index. */
static bool
may_name_law(const char *text)
{
    if (strstr(text, "тухай") != NULL)
        return true;
    for (const char *p = strstr(text, " хуул"); p != NULL; p = strstr(p + 1, " хуул")) {
        const char *w = p;
        while (w > text && w[-1] != ' ')
            w--;
        size_t n = (size_t)(p - w);
        bool genitive = (n > strlen("ийн") && strncmp(p - strlen("ийн"), "ийн", strlen("ийн")) == 0) ||
                        (n > strlen("ын") && strncmp(p - strlen("ын"), "ын", strlen("ын")) == 0);
        if (genitive && strncmp(w, "өдрийн", strlen("өдрийн")) != 0)
            return true;
    }
    return false;
}

zs_link *
zs_law_named(zs_engine *engine, const char *note, const char *self, const char *self_title, const char *self_date,
             const char *on, const char *const *access)
{
    if (engine == NULL || note == NULL || *note == '\0')
        return NULL;
    char *text = note_folded(note);
    if (!may_name_law(text))
        return (g_free(text), NULL);
    const char *filters[] = {"type:code", NULL};
    zs_request rq = {.query = "status:any", .filters = filters, .limit = 500, .no_snippets = true,
                     .no_synonyms = true, .no_facets = true, .access = access, .no_relax = true};
    zs_results *res = zs_search(engine, &rq, NULL);
    if (res == NULL)
        return (g_free(text), NULL);
    char *own = self_title != NULL ? title_in_note_form(self_title) : NULL;
    const zs_hit *best = NULL;
    size_t best_len = 0;
    bool best_dated = false;
    for (guint i = 0; i < res->hits->len; i++) {
        const zs_hit *h = res->hits->pdata[i];
        if (h->title == NULL || g_strcmp0(h->doc, self) == 0)
            continue;
        char *title = title_in_note_form(h->title);
        bool named = title != NULL && strstr(text, title) != NULL;
        /* A law is repealed by one adopted by then, and a law of its own
         * title that replaced it is a later one. */
        bool dated_ok = h->date == NULL || on == NULL || strcmp(h->date, on) <= 0;
        if (named && own != NULL && strcmp(own, title) == 0)
            dated_ok = dated_ok && h->date != NULL && self_date != NULL && strcmp(h->date, self_date) > 0;
        size_t len = title != NULL ? strlen(title) : 0;
        g_free(title);
        if (!named || !dated_ok)
            continue;
        bool dated = h->date != NULL && strstr(note, h->date) != NULL;
        if (best == NULL || len > best_len || (len == best_len && dated && !best_dated) ||
            (len == best_len && dated == best_dated && g_strcmp0(h->date, best->date) > 0)) {
            best = h;
            best_len = len;
            best_dated = dated;
        }
    }
    zs_link *link = NULL;
    if (best != NULL) {
        link = g_new0(zs_link, 1);
        link->key = g_strdup(best->date);
        link->target = g_strdup(best->doc);
        link->target_doc = g_strdup(best->doc);
        link->label = g_strdup(best->title);
    }
    g_free(own);
    g_free(text);
    zs_results_free(res);
    return link;
}
