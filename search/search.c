/* search.c — the engine behind `zaalt search`, `show`, `stats` and the web
 * server: a read-only index, the shared analyzer, queries with filters,
 * facets that count documents, and hits with snippets.
 *
 * Not for: JSON rendering (json.c), HTML (web/).
 */
#include "search/search.h"

#include "core/access.h"
#include "core/context.h"
#include "core/glossary.h"
#include "legal/provision.h"
#include "search/query.h"
#include "core/record.h"
#include "core/schema.h"
#include "search/fields.h"
#include "search/snippet.h"
#include "search/spelling.h"
#include "shim/zx.h"

#include <string.h>

#define SNIPPET_CHARS     240
#define MAX_LIMIT         1000
/* Longer plain queries are not relaxed word by word (relax()). */
#define MAX_RELAXED_WORDS 8

struct zs_engine {
    char *dbpath;
    zx_db *db;                 /* the multi-database of the levels it may read */
    zc_context *ctx;           /* borrowed: configuration and analyzer */
    az_analyzer *az;           /* the context's, borrowed */
    const char *const *access; /* levels it may read; NULL: all (static) */
};

G_DEFINE_QUARK(zaalt - search - error - quark, zs_error)

/* Facets offered with every result list, in display order. */
static const char *const facet_fields[] = {"type", "lang", "year", "court", "level", "article", "outcome", "source"};

zs_engine *
zs_engine_open(zc_context *ctx, const char *dbpath, GError **error)
{
    return zs_engine_open_as(ctx, dbpath, ZS_N_LEVELS - 1, error);
}

zs_engine *
zs_engine_open_as(zc_context *ctx, const char *dbpath, int max_level, GError **error)
{
    const char *dbs[2] = {dbpath, NULL};
    return zs_engine_open_dbs(ctx, dbs, max_level, error);
}

static bool
is_remote(const char *db)
{
    return g_str_has_prefix(db, "tcp://");
}

/* Adds the level databases of index folder `dbpath` a reader of
 * `levels` may see to `paths`; false with `error` when it is no index. */
static bool
add_folder_levels(const char *dbpath, const char *const *levels, GPtrArray *paths, GError **error)
{
    if (!g_file_test(dbpath, G_FILE_TEST_IS_DIR)) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_NO_INDEX, "no index at %s (run: zaalt index --db %s PATH...)", dbpath,
                    dbpath);
        return false;
    }
    char *legacy = g_build_filename(dbpath, "iamglass", NULL);
    bool old_layout = g_file_test(legacy, G_FILE_TEST_EXISTS);
    g_free(legacy);
    if (old_layout) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_DB,
                    "the index at %s has an older layout (one database for all access levels): re-index it", dbpath);
        return false;
    }
    for (int l = 0; levels[l]; l++) {
        char *path = zs_level_path(dbpath, zs_level_index(levels[l]));
        if (!g_file_test(path, G_FILE_TEST_IS_DIR)) {
            g_set_error(error, ZS_ERROR, ZS_ERROR_NO_INDEX, "no index at %s (run: zaalt index --db %s PATH...)", dbpath,
                        dbpath);
            g_free(path);
            return false;
        }
        g_ptr_array_add(paths, path);
    }
    return true;
}

/* The shim asks a remote database what it records and holds when it
 * connects; core/access.c decides.  `user` is the reader's level. */
static zx_admission
admit_remote(const zx_part_facts *facts, void *user, char **why)
{
    bool holds[ZS_N_LEVELS] = {false};
    for (size_t i = 0; i < facts->n_holds && i < ZS_N_LEVELS; i++)
        holds[i] = facts->holds[i];
    GError *err = NULL;
    switch (zs_remote_admit(facts->name, facts->recorded, holds, GPOINTER_TO_INT(user), &err)) {
        case ZS_REMOTE_SEARCH:
            return ZX_ADMIT_SEARCH;
        case ZS_REMOTE_HIDE:
            return ZX_ADMIT_HIDE;
        case ZS_REMOTE_REFUSE:
            break;
    }
    *why = g_strdup(err ? err->message : "refused");
    g_clear_error(&err);
    return ZX_ADMIT_REFUSE;
}

/* Engines of one context share facet tables (a server's pool of engines
 * builds each once). */
static void *
facet_tables_new(zc_context *ctx)
{
    (void)ctx;
    return zx_tables_new();
}

static void
facet_tables_free(void *tables)
{
    zx_tables_free(tables);
}

zs_engine *
zs_engine_open_dbs(zc_context *ctx, const char *const *dbs, int max_level, GError **error)
{
    /* Only the levels the reader may see are opened at all: for a folder,
     * its level subfolders; a remote database says its own level, and one
     * above the reader's is closed again at once (admit_remote). */
    const char *const *levels = zs_levels_upto(max_level);
    GPtrArray *paths = g_ptr_array_new_with_free_func(g_free);
    GString *names = g_string_new(NULL);
    for (const char *const *d = dbs; *d; d++) {
        g_string_append_printf(names, "%s%s", names->len ? ", " : "", *d);
        if (is_remote(*d)) {
            g_ptr_array_add(paths, g_strdup(*d));
        } else if (!add_folder_levels(*d, levels, paths, error)) {
            g_ptr_array_free(paths, TRUE);
            g_string_free(names, TRUE);
            return NULL;
        }
    }
    if (paths->len == 0) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_NO_INDEX, "no database given");
        g_ptr_array_free(paths, TRUE);
        g_string_free(names, TRUE);
        return NULL;
    }
    zx_open_opts popts = {
        .schema_key = ZS_META_SCHEMA,
        .schema_value = ZS_SCHEMA_VERSION,
        .fact_key = ZS_META_LEVEL,
        .probe_terms = zs_level_terms(),
        .admit = admit_remote,
        .admit_user = GINT_TO_POINTER(max_level),
        .tables = ctx ? zc_context_table(ctx, "shim.facet_tables", facet_tables_new, facet_tables_free) : NULL,
    };
    char *msg = NULL;
    zx_db *db = NULL;
    zx_status st = zx_db_open_parts((const char *const *)paths->pdata, paths->len, &popts, &db, &msg);
    g_ptr_array_free(paths, TRUE);
    if (st == ZX_NOT_FOUND) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_NO_INDEX, "no index at %s (run: zaalt index --db %s PATH...)", names->str,
                    dbs[0]);
        g_free(msg);
        g_string_free(names, TRUE);
        return NULL;
    }
    if (st != ZX_OK) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_DB, "cannot open the index at %s: %s", names->str, msg);
        g_free(msg);
        g_string_free(names, TRUE);
        return NULL;
    }
    zs_engine *e = g_new0(zs_engine, 1);
    e->dbpath = g_string_free(names, FALSE);
    e->db = db;
    e->ctx = ctx;
    e->az = zc_context_analyzer(ctx);
    e->access = max_level >= ZS_N_LEVELS - 1 ? NULL : levels;
    return e;
}

char **
zs_engine_missing(zs_engine *e)
{
    return zx_db_missing_parts(e->db);
}

void
zs_engine_free(zs_engine *e)
{
    if (!e)
        return;
    zx_db_close(e->db);
    g_free(e->dbpath);
    g_free(e);
}

struct zx_db *
zs_engine_db(zs_engine *e)
{
    return e->db;
}

struct az_analyzer *
zs_engine_analyzer(zs_engine *e)
{
    return e->az;
}

struct zc_context *
zs_engine_context(zs_engine *e)
{
    return e->ctx;
}

bool
zs_engine_refresh(zs_engine *e)
{
    bool changed = false;
    char *msg = NULL;
    if (zx_db_reopen(e->db, &changed, &msg) != ZX_OK) {
        g_free(msg);
        return false;
    }
    return changed;
}

/* A range filter: year:2020..2024 or date:2021-01-01..2023-12-31, either
 * end open (2020..).  Dates are stored as YYYYMMDD in ZS_SLOT_DATE. */
/* "2021-06-30" -> "20210630" (digits, dashes allowed between them);
 * NULL if anything else is in the text.  The caller checks the length. */
static char *
digits_of(const char *text, gssize len)
{
    GString *k = g_string_new(NULL);
    for (const char *p = text; len < 0 ? *p != '\0' : p < text + len; p++) {
        if (g_ascii_isdigit(*p)) {
            g_string_append_c(k, *p);
        } else if (*p != '-') {
            g_string_free(k, TRUE);
            return NULL;
        }
    }
    return g_string_free(k, FALSE);
}

static zx_query *
range_query(const char *field, const char *value, const char *dots, GError **error)
{
    bool year = strcmp(field, "year") == 0;
    bool ok = year || strcmp(field, "date") == 0;
    const char *starts[2] = {value, dots + 2};
    gssize lens[2] = {dots - value, -1};
    char *keys[2] = {NULL, NULL};
    for (int i = 0; ok && i < 2; i++) {
        if (lens[i] == 0 || !*starts[i])
            continue;
        keys[i] = digits_of(starts[i], lens[i]);
        size_t n = keys[i] ? strlen(keys[i]) : 0;
        if (!keys[i] || (year && n != 4) || (!year && n != 8 && n != 4)) {
            ok = false;
        } else if (n == 4) { /* a year: from its first day, to its last */
            char *whole = g_strconcat(keys[i], i == 0 ? "0101" : "1231", NULL);
            g_free(keys[i]);
            keys[i] = whole;
        }
    }
    zx_query *q = NULL;
    if (!ok || (!keys[0] && !keys[1]))
        g_set_error(error, ZS_ERROR, ZS_ERROR_FILTER,
                    "'%s:%s' is not a range like year:2020..2024 or date:2021-01-01..2023-12-31", field, value);
    else
        q = zx_query_value_range(ZS_SLOT_DATE, keys[0], keys[1]);
    g_free(keys[0]);
    g_free(keys[1]);
    return q;
}

/* Filters: values of one field are alternatives (OR); fields combine with
 * AND.  Returns NULL with the error set on an unknown field. */
static zx_query *
build_filter(const zs_request *req, GError **error)
{
    GHashTable *by_field = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_ptr_array_unref);
    GPtrArray *order = g_ptr_array_new();
    GPtrArray *ranges = g_ptr_array_new(); /* zx_query*: each ANDed */
    bool ok = true;
    bool inforce_given = false;
    for (const char *const *f = req->filters; f && *f; f++) {
        const char *colon = strchr(*f, ':');
        if (colon && strncmp(*f, "inforce:", 8) == 0) {
            /* The text in force on a day: valid_from <= D <= valid_to. */
            char *day = digits_of(colon + 1, -1);
            if (!day || strlen(day) != 8) {
                g_set_error(error, ZS_ERROR, ZS_ERROR_FILTER, "in-force filters name a day: inforce:2021-06-30");
                g_free(day);
                ok = false;
                break;
            }
            g_ptr_array_add(ranges, zx_query_value_range(ZS_SLOT_VALID_FROM, NULL, day));
            g_ptr_array_add(ranges, zx_query_value_range(ZS_SLOT_VALID_TO, day, NULL));
            g_free(day);
            inforce_given = true;
            continue;
        }
        if (colon && strncmp(*f, "date:", 5) == 0) {
            const char *range = strstr(colon + 1, "..");
            zx_query *rq = range ? range_query("date", colon + 1, range, error) : NULL;
            if (!range)
                g_set_error(error, ZS_ERROR, ZS_ERROR_FILTER, "date filters are ranges: date:2021-01-01..2023-12-31");
            if (!rq) {
                ok = false;
                break;
            }
            g_ptr_array_add(ranges, rq);
            continue;
        }
        if (!colon || colon == *f || !colon[1]) {
            g_set_error(error, ZS_ERROR, ZS_ERROR_FILTER, "filter '%s' is not of the form FIELD:VALUE", *f);
            ok = false;
            break;
        }
        char *name = g_strndup(*f, colon - *f);
        const zs_field *field = zs_field_lookup(name);
        g_free(name);
        if (!field) {
            GString *known = g_string_new(NULL);
            for (unsigned i = 0; i < zs_n_fields; i++)
                g_string_append_printf(known, "%s%s", i ? ", " : "", zs_fields[i].name);
            g_set_error(error, ZS_ERROR, ZS_ERROR_FILTER, "unknown filter field in '%s' (fields: %s)", *f, known->str);
            g_string_free(known, TRUE);
            ok = false;
            break;
        }
        /* year:2020..2024 and date:2021-01-01..2023-12-31 are ranges. */
        const char *range = strstr(colon + 1, "..");
        if (strcmp(field->name, "year") == 0 && !range) {
            const char *y = colon + 1;
            if (strlen(y) != 4 || !g_ascii_isdigit(y[0]) || !g_ascii_isdigit(y[1]) || !g_ascii_isdigit(y[2]) ||
                !g_ascii_isdigit(y[3])) {
                g_set_error(error, ZS_ERROR, ZS_ERROR_FILTER,
                            "year must be four digits or a range like 2020..2024, not '%s'", y);
                ok = false;
                break;
            }
        }
        if (range) {
            zx_query *rq = range_query(field->name, colon + 1, range, error);
            if (!rq) {
                ok = false;
                break;
            }
            g_ptr_array_add(ranges, rq);
            continue;
        }
        GPtrArray *terms = g_hash_table_lookup(by_field, field->name);
        if (!terms) {
            terms = g_ptr_array_new_with_free_func(g_free);
            g_hash_table_insert(by_field, (gpointer)field->name, terms);
            g_ptr_array_add(order, (gpointer)field->name);
        }
        char *v = zs_field_value(field, colon + 1);
        g_ptr_array_add(terms, g_strconcat(field->prefix, v, NULL));
        g_free(v);
    }
    zx_query *q = NULL;
    /* By default, the text of an article that is in force today: earlier
     * versions (valid_to in the past) only with an inforce: filter. */
    if (ok && !inforce_given) {
        GDateTime *now = g_date_time_new_now_local();
        char *today = g_date_time_format(now, "%Y%m%d");
        g_date_time_unref(now);
        g_ptr_array_add(ranges, zx_query_value_range(ZS_SLOT_VALID_TO, today, NULL));
        g_free(today);
    }
    if (ok && req->access) {
        GPtrArray *terms = g_ptr_array_new_with_free_func(g_free);
        for (const char *const *a = req->access; *a; a++)
            g_ptr_array_add(terms, g_strconcat(ZS_P_ACCESS, *a, NULL));
        if (terms->len == 0)
            g_ptr_array_add(terms, g_strdup(ZS_P_ACCESS "none"));
        g_hash_table_insert(by_field, "access:levels", terms);
        g_ptr_array_add(order, "access:levels");
    }
    if (ok && req->within_doc) {
        GPtrArray *terms = g_ptr_array_new_with_free_func(g_free);
        g_ptr_array_add(terms, g_strconcat(ZS_P_DOC, req->within_doc, NULL));
        g_hash_table_insert(by_field, "doc:within", terms);
        g_ptr_array_add(order, "doc:within");
    }
    if (ok && (order->len || ranges->len)) {
        guint n = order->len + ranges->len;
        zx_query **ands = g_new0(zx_query *, n);
        for (guint i = 0; i < order->len; i++) {
            GPtrArray *terms = g_hash_table_lookup(by_field, order->pdata[i]);
            zx_query **ors = g_new0(zx_query *, terms->len);
            for (guint j = 0; j < terms->len; j++)
                ors[j] = zx_query_term(terms->pdata[j], 0, 0);
            ands[i] = zx_query_combine(ZX_OP_OR, ors, terms->len);
            g_free(ors);
        }
        for (guint i = 0; i < ranges->len; i++)
            ands[order->len + i] = ranges->pdata[i];
        g_ptr_array_set_size(ranges, 0); /* now owned by ands */
        q = zx_query_combine(ZX_OP_AND, ands, n);
        g_free(ands);
    } else if (ok) {
        q = zx_query_all();
    }
    for (guint i = 0; i < ranges->len; i++)
        zx_query_free(ranges->pdata[i]);
    g_ptr_array_free(ranges, TRUE);
    g_ptr_array_free(order, TRUE);
    g_hash_table_destroy(by_field);
    return q;
}

static char *
dup_or_null(const char *s)
{
    return s && *s ? g_strdup(s) : NULL;
}

static void
hit_free(zs_hit *h)
{
    g_free(h->id);
    g_free(h->doc);
    g_free(h->path);
    g_free(h->source);
    g_free(h->title);
    g_free(h->type);
    g_free(h->lang);
    g_free(h->provision);
    g_free(h->label);
    g_free(h->date);
    g_free(h->court);
    g_free(h->snippet);
    g_free(h);
}

static void
facet_value_free(zs_facet_value *v)
{
    g_free(v->value);
    g_free(v);
}

static void
facet_free(zs_facet *f)
{
    g_free(f->name);
    g_ptr_array_free(f->values, TRUE);
    g_free(f);
}

static gint
facet_value_cmp(gconstpointer a, gconstpointer b)
{
    const zs_facet_value *x = *(zs_facet_value *const *)a, *y = *(zs_facet_value *const *)b;
    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    return g_utf8_collate(x->value, y->value);
}

static zs_facet *
collect_facet(const zx_result *r, size_t k, const char *name)
{
    zs_facet *f = g_new0(zs_facet, 1);
    f->name = g_strdup(name);
    f->values = g_ptr_array_new_with_free_func((GDestroyNotify)facet_value_free);
    for (size_t j = 0; j < zx_result_facet_size(r, k); j++) {
        zs_facet_value *v = g_new0(zs_facet_value, 1);
        v->value = g_strdup(zx_result_facet_value(r, k, j, &v->count));
        g_ptr_array_add(f->values, v);
    }
    g_ptr_array_sort(f->values, facet_value_cmp);
    return f;
}

/* The fields a hit shows, read from its record in one pass. */
enum {
    HF_DOC,
    HF_ORDINAL,
    HF_PATH,
    HF_SOURCE,
    HF_TITLE,
    HF_TYPE,
    HF_LANG,
    HF_PROVISION,
    HF_LABEL,
    HF_DATE,
    HF_COURT,
    HF_PAGE,
    HF_OCR,
    HF_TEXT,
    HF_N
};
static const char *const hit_fields[HF_N] = {
    "doc_id",    "ordinal", "path", "source", "title", "type", "lang",
    "provision", "label",   "date", "court",  "page",  "ocr",  "text",
};

static const char *
field_str(GVariant *const *f, int k)
{
    return f[k] && g_variant_is_of_type(f[k], G_VARIANT_TYPE_STRING) ? g_variant_get_string(f[k], NULL) : NULL;
}

static gint32
field_int(GVariant *const *f, int k, gint32 absent)
{
    return f[k] && g_variant_is_of_type(f[k], G_VARIANT_TYPE_INT32) ? g_variant_get_int32(f[k]) : absent;
}

static zs_hit *
make_hit(zs_engine *e, const zx_result *r, size_t i, const zq_highlight *hl, bool snippets)
{
    size_t len = 0;
    const char *data = zx_result_data(r, i, &len);
    GVariant *rec = zr_record_parse(data, len);
    zs_hit *h = g_new0(zs_hit, 1);
    if (rec) {
        GVariant *f[HF_N];
        zr_record_fields(rec, hit_fields, f, HF_N);
        h->doc = dup_or_null(field_str(f, HF_DOC));
        h->ordinal = field_int(f, HF_ORDINAL, 0);
        h->id = zr_unit_make_id(h->doc ? h->doc : "", h->ordinal);
        h->path = dup_or_null(field_str(f, HF_PATH));
        h->source = dup_or_null(field_str(f, HF_SOURCE));
        h->title = dup_or_null(field_str(f, HF_TITLE));
        h->type = dup_or_null(field_str(f, HF_TYPE));
        h->lang = dup_or_null(field_str(f, HF_LANG));
        h->provision = dup_or_null(field_str(f, HF_PROVISION));
        h->label = dup_or_null(field_str(f, HF_LABEL));
        h->date = dup_or_null(field_str(f, HF_DATE));
        h->court = dup_or_null(field_str(f, HF_COURT));
        h->page = field_int(f, HF_PAGE, 0);
        h->ocr_confidence = field_int(f, HF_OCR, -1);
        if (snippets)
            h->snippet = zs_snippet(e->az, hl, field_str(f, HF_TEXT), SNIPPET_CHARS);
        for (int k = 0; k < HF_N; k++)
            if (f[k])
                g_variant_unref(f[k]);
        g_variant_unref(rec);
    } else {
        h->id = g_strdup("");
    }
    h->score = zx_result_percent(r, i);
    /* h->more is set by the caller once the hits are built: asking for
     * collapse counts waits for the counting pass (zx_search). */
    if (!h->snippet)
        h->snippet = g_strdup("");
    return h;
}

/* The words of a plain query (words only: no quotes, parentheses, fields,
 * operators or exclusions), or NULL. */
static char **
plain_words(const char *query)
{
    if (query == NULL || strpbrk(query, "\"():*") != NULL)
        return NULL;
    char **words = g_strsplit_set(query, " \t\r\n", -1);
    GPtrArray *kept = g_ptr_array_new();
    bool plain = true;
    for (char **w = words; *w != NULL; w++) {
        if (**w == '\0')
            continue;
        if (**w == '-' || **w == '+' || strcmp(*w, "AND") == 0 || strcmp(*w, "OR") == 0 || strcmp(*w, "NOT") == 0)
            plain = false;
        g_ptr_array_add(kept, g_strdup(*w));
    }
    g_strfreev(words);
    g_ptr_array_add(kept, NULL);
    char **out = (char **)g_ptr_array_free(kept, FALSE);
    if (!plain || g_strv_length(out) < 2 || g_strv_length(out) > MAX_RELAXED_WORDS) {
        g_strfreev(out);
        return NULL;
    }
    return out;
}

/* A plain query of several words that finds nothing: the words that alone
 * find nothing either (a typing slip, a word no document uses) are left
 * out, and the rest searched, so that "гэр бүлийн хүчирхийлэлтй тэмцэх" still
 * finds the law; the answer names the words left out.  Each word is
 * counted under the same filters and access levels as the query. */
static zs_results *
relax(zs_engine *e, const zs_request *req, zs_results *none)
{
    char **words = plain_words(req->query);
    if (words == NULL)
        return none;
    zs_request probe = *req;
    probe.no_relax = true;
    probe.no_snippets = true;
    probe.no_facets = true;
    probe.limit = 1;
    probe.offset = 0;
    GPtrArray *dropped = g_ptr_array_new_with_free_func(g_free);
    GString *rest = g_string_new(NULL);
    for (char **w = words; *w != NULL; w++) {
        probe.query = *w;
        zs_results *one = zs_search(e, &probe, NULL);
        if (one != NULL && one->hits->len == 0) {
            g_ptr_array_add(dropped, g_strdup(*w));
        } else {
            if (rest->len)
                g_string_append_c(rest, ' ');
            g_string_append(rest, *w);
        }
        zs_results_free(one);
    }
    g_strfreev(words);
    zs_results *res = none;
    if (dropped->len > 0 && rest->len > 0) {
        zs_request again = *req;
        again.no_relax = true;
        again.query = rest->str;
        zs_results *found = zs_search(e, &again, NULL);
        if (found != NULL && found->total > 0) {
            /* The answer is to the query asked, with what was left out. */
            g_free(found->query);
            found->query = g_strdup(req->query);
            g_free(found->suggestion);
            found->suggestion = g_strdup(none->suggestion);
            g_ptr_array_free(found->dropped, TRUE);
            found->dropped = g_steal_pointer(&dropped);
            zs_results_free(none);
            res = found;
        } else {
            zs_results_free(found);
        }
    }
    if (dropped)
        g_ptr_array_free(dropped, TRUE);
    g_string_free(rest, TRUE);
    return res;
}

/* Whether every database searched holds the glossary's phrases as terms
 * made with this engine's glossary (glossary.h). */
static bool
phrase_terms(zs_engine *e)
{
    return zx_db_parts_agree(e->db, ZS_META_PHRASES, gl_phrases_fingerprint(az_glossary(e->az)));
}

zs_results *
zs_search(zs_engine *e, const zs_request *req, GError **error)
{
    gint64 t0 = g_get_monotonic_time();
    zq_highlight *hl = zq_highlight_new();
    zq_options qopts = {.no_synonyms = req->no_synonyms, .db = e->db, .phrase_terms = phrase_terms(e)};
    zx_query *q = zq_parse_with(e->az, req->query, &qopts, hl, error);
    if (!q) {
        zq_highlight_free(hl);
        return NULL;
    }
    /* A query that is one provision reference or decision number ("13.1",
     * "13.1 дүгээр зүйлийн 2 дахь хэсэг", "2024/ШЦТ/67") also finds what cites
     * it, and opens with the provision or decision itself (pinned below). */
    char *ref = req->query ? zp_parse_query_ref(req->query) : NULL;
    zx_query *pin = NULL;
    if (ref) {
        bool decision = strchr(ref, '/') != NULL;
        char *own = g_strconcat(decision ? ZS_P_NUMBER : ZS_P_PROVISION, ref, NULL);
        char *cited = g_strconcat(ZS_P_CITES, ref, NULL);
        zx_query *alts[3] = {q, zx_query_term(own, 0, 0), zx_query_term(cited, 0, 0)};
        q = zx_query_combine(ZX_OP_OR, alts, 3);
        pin = zx_query_term(own, 0, 0);
        g_free(own);
        g_free(cited);
    }
    /* An engine opened for fewer levels also filters on them inside the
     * query: a second guard besides never opening the other databases. */
    zs_request effective = *req;
    if (!effective.access)
        effective.access = e->access;
    zx_query *filter = build_filter(&effective, error);
    if (!filter) {
        zx_query_free(q);
        zx_query_free(pin);
        g_free(ref);
        zq_highlight_free(hl);
        return NULL;
    }
    if (pin) {
        zx_query *pparts[2] = {pin, zx_query_copy(filter)};
        pin = zx_query_combine(ZX_OP_FILTER, pparts, 2);
    }
    zx_query *parts[2] = {q, filter};
    zx_query *full = zx_query_combine(ZX_OP_FILTER, parts, 2);

    zx_facet_spec specs[G_N_ELEMENTS(facet_fields)];
    for (size_t k = 0; k < G_N_ELEMENTS(facet_fields); k++) {
        const zs_field *f = zs_field_lookup(facet_fields[k]);
        specs[k].slot = f->slot;
        specs[k].multi = f->multi;
        /* Document-level fields; lang is detected per unit and articles
         * include each article unit's own provision. */
        specs[k].same_in_document = strcmp(f->name, "lang") != 0 && strcmp(f->name, "article") != 0;
    }
    unsigned limit = req->limit ? MIN(req->limit, MAX_LIMIT) : 10;
    zx_search_opts opts = {
        .offset = req->offset,
        .limit = limit,
        .collapse_slot = ZS_SLOT_DOC,
        .sort_slot = req->sort == ZS_SORT_RELEVANCE ? -1 : ZS_SLOT_DATE,
        .sort_reverse = req->sort == ZS_SORT_DATE_DESC,
        .facets = req->no_facets ? NULL : specs,
        .n_facets = req->no_facets ? 0 : G_N_ELEMENTS(specs),
        .exact_counts = !req->no_facets,
        .facets_packed = true,
        .facet_pack_slot = ZS_SLOT_FACETS,
        .ties_by_collapse_key = true,
    };
    zx_result *r = NULL;
    char *msg = NULL;
    zx_status st = zx_search(e->db, full, &opts, &r, &msg);
    if (st == ZX_MODIFIED) {
        /* A writer committed twice while we read: take the new revision. */
        g_free(msg);
        msg = NULL;
        zs_engine_refresh(e);
        st = zx_search(e->db, full, &opts, &r, &msg);
    }
    zx_query_free(full);
    zx_result *pinned = NULL;
    if (st == ZX_OK && pin && req->offset == 0 && req->sort == ZS_SORT_RELEVANCE) {
        zx_search_opts popts = {
            .limit = 3, .collapse_slot = ZS_SLOT_DOC, .sort_slot = -1, .ties_by_collapse_key = true};
        if (zx_search(e->db, pin, &popts, &pinned, NULL) != ZX_OK)
            pinned = NULL;
    }
    zx_query_free(pin);
    g_free(ref);
    if (st != ZX_OK) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_DB, "search failed: %s", msg ? msg : "unknown error");
        g_free(msg);
        zx_result_free(r);
        zq_highlight_free(hl);
        return NULL;
    }
    zs_results *res = g_new0(zs_results, 1);
    res->query = g_strdup(req->query ? req->query : "");
    /* The hits first, their snippets included, while the counting pass
     * may still run on another core; then the counts. */
    res->hits = g_ptr_array_new_with_free_func((GDestroyNotify)hit_free);
    GHashTable *shown = g_hash_table_new(g_str_hash, g_str_equal);
    for (size_t i = 0; pinned && i < zx_result_size(pinned) && res->hits->len < limit; i++) {
        zs_hit *h = make_hit(e, pinned, i, hl, !req->no_snippets);
        h->more = zx_result_collapse_count(pinned, i); /* no counts pending: a page-only search */
        g_hash_table_add(shown, h->doc ? h->doc : "");
        g_ptr_array_add(res->hits, h);
    }
    guint first = res->hits->len;
    GArray *at = g_array_new(FALSE, FALSE, sizeof(size_t)); /* each of r's hits: its index in r */
    for (size_t i = 0; i < zx_result_size(r) && res->hits->len < limit; i++) {
        zs_hit *h = make_hit(e, r, i, hl, !req->no_snippets);
        if (h->doc && g_hash_table_contains(shown, h->doc)) {
            hit_free(h);
            continue;
        }
        g_ptr_array_add(res->hits, h);
        g_array_append_val(at, i);
    }
    g_hash_table_destroy(shown);
    res->total = zx_result_total(r);
    for (guint k = 0; k < at->len; k++)
        ((zs_hit *)res->hits->pdata[first + k])->more = zx_result_collapse_count(r, g_array_index(at, size_t, k));
    g_array_free(at, TRUE);
    if (pinned)
        zx_result_free(pinned);
    res->facets = g_ptr_array_new_with_free_func((GDestroyNotify)facet_free);
    for (size_t k = 0; k < G_N_ELEMENTS(facet_fields); k++)
        g_ptr_array_add(res->facets, collect_facet(r, k, facet_fields[k]));
    zx_result_free(r);
    zq_highlight_free(hl);
    /* "Did you mean": when a query finds little, for its unknown words. */
    if (res->total < 3 && req->query && *req->query)
        res->suggestion = zs_spelling_suggest(e->db, e->az, req->query);
    res->missing_shards = zx_db_missing_parts(e->db);
    res->dropped = g_ptr_array_new_with_free_func(g_free);
    if (res->total == 0 && !req->no_relax)
        res = relax(e, req, res);
    res->elapsed_ms = (g_get_monotonic_time() - t0) / 1000.0;
    return res;
}

void
zs_results_free(zs_results *res)
{
    if (!res)
        return;
    g_free(res->query);
    g_free(res->suggestion);
    if (res->dropped)
        g_ptr_array_free(res->dropped, TRUE);
    g_strfreev(res->missing_shards);
    g_ptr_array_free(res->hits, TRUE);
    g_ptr_array_free(res->facets, TRUE);
    g_free(res);
}

/* ---- documents ---- */

static void
unit_free(zs_unit *u)
{
    g_free(u->id);
    g_free(u->kind);
    g_free(u->provision);
    g_free(u->label);
    g_free(u->valid_from);
    g_free(u->valid_to);
    g_free(u->text);
    g_free(u);
}

void
zs_document_free(zs_document *d)
{
    if (!d)
        return;
    g_free(d->id);
    g_free(d->path);
    g_free(d->source);
    g_free(d->title);
    g_free(d->type);
    g_free(d->lang);
    g_free(d->date);
    g_free(d->court);
    g_free(d->case_number);
    g_free(d->outcome);
    g_free(d->format);
    g_free(d->access);
    g_ptr_array_free(d->articles, TRUE);
    g_ptr_array_free(d->units, TRUE);
    if (d->cites)
        g_ptr_array_unref(d->cites);
    if (d->cited_by)
        g_ptr_array_unref(d->cited_by);
    g_free(d);
}

static void
collect_unit(const char *data, size_t len, void *user)
{
    zs_document *d = user;
    GVariant *rec = zr_record_parse(data, len);
    if (!rec)
        return;
    if (!d->id) {
        d->id = dup_or_null(zr_record_str(rec, "doc_id"));
        d->path = dup_or_null(zr_record_str(rec, "path"));
        d->source = dup_or_null(zr_record_str(rec, "source"));
        d->title = dup_or_null(zr_record_str(rec, "title"));
        d->type = dup_or_null(zr_record_str(rec, "type"));
        d->lang = dup_or_null(zr_record_str(rec, "lang"));
        d->date = dup_or_null(zr_record_str(rec, "date"));
        d->court = dup_or_null(zr_record_str(rec, "court"));
        d->case_number = dup_or_null(zr_record_str(rec, "case_number"));
        d->outcome = dup_or_null(zr_record_str(rec, "outcome"));
        d->format = dup_or_null(zr_record_str(rec, "format"));
        d->access = dup_or_null(zr_record_str(rec, "access"));
        const char *arts = zr_record_str(rec, "articles");
        if (arts && *arts) {
            char **v = g_strsplit(arts, "\n", -1);
            for (char **a = v; *a; a++)
                if (**a)
                    g_ptr_array_add(d->articles, g_strdup(*a));
            g_strfreev(v);
        }
    }
    zs_unit *u = g_new0(zs_unit, 1);
    u->ordinal = zr_record_int(rec, "ordinal");
    u->id = zr_unit_make_id(d->id ? d->id : "", u->ordinal);
    u->kind = dup_or_null(zr_record_str(rec, "kind"));
    u->provision = dup_or_null(zr_record_str(rec, "provision"));
    u->label = dup_or_null(zr_record_str(rec, "label"));
    u->page = zr_record_int(rec, "page");
    gint32 ocr = -1;
    u->ocr_confidence = g_variant_lookup(rec, "ocr", "i", &ocr) ? ocr : -1;
    u->valid_from = dup_or_null(zr_record_str(rec, "valid_from"));
    u->valid_to = dup_or_null(zr_record_str(rec, "valid_to"));
    u->text = g_strdup(zr_record_str(rec, "text") ? zr_record_str(rec, "text") : "");
    g_ptr_array_add(d->units, u);
    g_variant_unref(rec);
}

/* A unit id is the document id, '-', and a decimal ordinal. */
static bool
split_unit_id(const char *id, char **doc_id, int *ordinal)
{
    const char *dash = strrchr(id, '-');
    if (!dash || dash == id || !dash[1])
        return false;
    for (const char *p = dash + 1; *p; p++)
        if (!g_ascii_isdigit(*p))
            return false;
    *doc_id = g_strndup(id, dash - id);
    *ordinal = atoi(dash + 1);
    return true;
}

static bool
valid_id(const char *id)
{
    if (!id || !*id || strlen(id) > 64)
        return false;
    for (const char *p = id; *p; p++)
        if (!g_ascii_isalnum(*p) && *p != '-')
            return false;
    return true;
}

static bool
access_allowed(const char *level, const char *const *access)
{
    if (!access)
        return true;
    for (const char *const *a = access; *a; a++)
        if (strcmp(*a, level ? level : "public") == 0)
            return true;
    return false;
}

zs_document *
zs_get_document(zs_engine *e, const char *id, GError **error)
{
    return zs_get_document_as(e, id, e->access, error);
}

zs_document *
zs_get_document_as(zs_engine *e, const char *id, const char *const *access, GError **error)
{
    if (!access)
        access = e->access;
    if (!valid_id(id)) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_NOT_FOUND, "no document or unit with id '%s'", id ? id : "");
        return NULL;
    }
    char *doc_id = NULL;
    int ordinal = -1;
    bool is_unit = split_unit_id(id, &doc_id, &ordinal);
    if (!is_unit)
        doc_id = g_strdup(id);
    zs_document *d = g_new0(zs_document, 1);
    d->articles = g_ptr_array_new_with_free_func(g_free);
    d->units = g_ptr_array_new_with_free_func((GDestroyNotify)unit_free);
    d->focus = -1;
    char *term = g_strconcat(ZS_P_DOC, doc_id, NULL);
    char *msg = NULL;
    zx_status st = zx_db_data_by_term(e->db, term, ZS_SLOT_ORDINAL, collect_unit, d, &msg);
    g_free(term);
    /* A document above the reader's level does not exist for them: the same
     * answer as for an unknown id, so that ids cannot be probed. */
    if (st == ZX_OK && d->units->len > 0 && !access_allowed(d->access, access)) {
        g_ptr_array_set_size(d->units, 0);
    }
    if (st != ZX_OK || d->units->len == 0) {
        if (st != ZX_OK)
            g_set_error(error, ZS_ERROR, ZS_ERROR_DB, "reading document %s: %s", doc_id, msg);
        else
            g_set_error(error, ZS_ERROR, ZS_ERROR_NOT_FOUND, "no document or unit with id '%s'", id);
        g_free(msg);
        g_free(doc_id);
        zs_document_free(d);
        return NULL;
    }
    if (is_unit) {
        for (guint i = 0; i < d->units->len; i++)
            if (((zs_unit *)d->units->pdata[i])->ordinal == ordinal)
                d->focus = (int)i;
        if (d->focus < 0) {
            g_set_error(error, ZS_ERROR, ZS_ERROR_NOT_FOUND, "no document or unit with id '%s'", id);
            g_free(doc_id);
            zs_document_free(d);
            return NULL;
        }
    }
    g_free(doc_id);
    return d;
}

char *
zs_document_file(zs_engine *e, const zs_document *doc)
{
    if (!doc->source || !doc->path)
        return NULL;
    char *key = g_strconcat(ZS_META_SOURCE_PREFIX, doc->source, NULL);
    char *root = zx_db_get_metadata(e->db, key);
    g_free(key);
    if (!root)
        return NULL;
    char *joined = g_build_filename(root, doc->path, NULL);
    char *real_root = realpath(root, NULL);
    char *real = realpath(joined, NULL);
    char *result = NULL;
    if (real_root && real) {
        size_t n = strlen(real_root);
        if (strncmp(real, real_root, n) == 0 && real[n] == '/' && g_file_test(real, G_FILE_TEST_IS_REGULAR))
            result = g_strdup(real);
    }
    free(real_root);
    free(real);
    g_free(joined);
    g_free(root);
    return result;
}

/* ---- stats ---- */

/* Failure records are "reason<TAB>size<TAB>mtime". */
static void
collect_failure(const char *key, const char *value, void *user)
{
    const char *tab = strchr(value, '\t');
    int n = tab ? (int)(tab - value) : (int)strlen(value);
    g_ptr_array_add(user, g_strdup_printf("%s\t%.*s", key + strlen(ZS_META_FAIL_PREFIX), n, value));
}

zs_stats *
zs_get_stats(zs_engine *e, GError **error)
{
    zs_request req = {.query = "", .limit = 1, .no_snippets = true};
    zs_results *all = zs_search(e, &req, error);
    if (!all)
        return NULL;
    zs_stats *s = g_new0(zs_stats, 1);
    s->documents = all->total;
    s->units = zx_db_doccount(e->db);
    s->facets = g_ptr_array_new_with_free_func((GDestroyNotify)facet_free);
    for (guint i = 0; i < all->facets->len; i++) {
        zs_facet *f = all->facets->pdata[i];
        all->facets->pdata[i] = NULL;
        g_ptr_array_add(s->facets, f);
    }
    g_ptr_array_set_free_func(all->facets, NULL);
    zs_results_free(all);
    s->failures = g_ptr_array_new_with_free_func(g_free);
    zx_db_metadata_each(e->db, ZS_META_FAIL_PREFIX, collect_failure, s->failures, NULL);
    s->last_run = zx_db_get_metadata(e->db, ZS_META_STATS);
    s->phrase_terms = phrase_terms(e);
    return s;
}

void
zs_stats_free(zs_stats *s)
{
    if (!s)
        return;
    g_ptr_array_free(s->facets, TRUE);
    g_ptr_array_free(s->failures, TRUE);
    g_free(s->last_run);
    g_free(s);
}
