/* search.c — a search: the user's query (query.c) with the filters
 * (filter.c) and, for a query that is one reference, what it names pinned
 * first; hits with snippets, one per document; facets in the field table's
 * order; "did you mean"; and the words left out of a plain query that
 * finds nothing (relax()).
 *
 * Not for: opening the index (engine.c), documents (document.c), JSON
 * rendering (json.c), HTML (web/).
 */
#include "search/search.h"

#include "core/analysis.h"
#include "core/glossary.h"
#include "core/record.h"
#include "core/terms.h"
#include "core/translit.h"
#include "core/schema.h"
#include "legal/amendment.h"
#include "legal/provision.h"
#include "search/engine.h"
#include "search/english.h"
#include "search/fields.h"
#include "search/filter.h"
#include "search/history.h"
#include "search/query.h"
#include "search/snippet.h"
#include "search/spelling.h"
#include "shim/zx.h"

#include <stdio.h>
#include <string.h>

#define SNIPPET_CHARS     240
#define MAX_LIMIT         1000
/* The page a shorter first page is the head of (zs_search). */
#define FIRST_PAGE 10
#define PASSAGE_CHARS     200
/* Longer plain queries are not relaxed word by word (relax()). */
#define MAX_RELAXED_WORDS 12
/* Words a plain query may have, its stopwords counted (a question in full:
 * "Who becomes the guardian of a child … whose parents cannot be found?"). */
#define MAX_PLAIN_WORDS 24
/* Content words an English question is matched by the most of (search_most). */
#define MAX_PARTIAL_WORDS 8
/* What a statute's opening unit weighs of what it matched (weigh_opening). */
#define OPENING_WEIGHT 0.5
/* A law's further articles shown beside its best (more_articles): those
 * weighing at least this share of the best, at most this many. */
#define MORE_ARTICLE_RATIO 0.8
#define MORE_ARTICLES_MAX  2
/* So few documents holding every word of an English question that the
 * documents holding most of them follow (partial_below). */
#define FEW_FULL_MATCHES 2

/* Adds (part, day) to *list, made when first needed. */
static void
note_part(GPtrArray **list, const char *part, const char *day, const char *change)
{
    if (*list == NULL)
        *list = g_ptr_array_new_with_free_func(zr_amendment_free);
    g_ptr_array_add(*list, zr_amendment_new(day, change, part, NULL));
}

/* Whether `key` is, or lies under, a part already in `gone`. */
static bool
within_gone(const GPtrArray *gone, const char *key)
{
    for (guint i = 0; gone != NULL && i < gone->len; i++) {
        const char *part = ((const zs_amendment *)gone->pdata[i])->part;
        size_t n = strlen(part);
        if (strncmp(key, part, n) == 0 && (key[n] == '\0' || key[n] == '.'))
            return true;
    }
    return false;
}

/* How the parts `keys` ('\n'-separated) ceased to be law: "expired" when
 * the time of every one ran out (no law repealed them: the mining law's
 * 47.3.3, in force until 2019-01-01), else "repealed". */
static const char *
parts_gone_how(const GPtrArray *history, const char *keys, const char *day)
{
    char **each = g_strsplit(keys != NULL ? keys : "", "\n", -1);
    bool expired = each[0] != NULL;
    for (char **k = each; *k != NULL && expired; k++) {
        const char *on = NULL;
        expired = zl_history_repealed(history, *k, &on, day) &&
                  g_strcmp0(zs_history_gone_how(history, on), "expired") == 0;
    }
    g_strfreev(each);
    return expired ? "expired" : "repealed";
}

/* What the hit's status alone does not say: how a repealed unit ceased
 * (an expiry is no repeal by a law), and the parts of a living one that
 * are suspended on `day` (NULL: today) or not law yet, so that no reader
 * takes them for plain law in force. */
static void
law_now(zs_hit *h, const char *lines, const char *part_lines, const char *day)
{
    if (h->status == NULL || lines == NULL || *lines == '\0')
        return;
    GPtrArray *history = zs_history_parse(lines);
    if (strcmp(h->status, "repealed") == 0 && h->repealed_parts == NULL) {
        const zs_amendment *by = zl_deciding_repeal(history, NULL, true, day);
        h->repealed_how = g_strdup(by != NULL && g_strcmp0(by->change, "expired") == 0 ? "expired" : "repealed");
    } else if (strcmp(h->status, "repealed") == 0) {
        h->repealed_how = g_strdup(parts_gone_how(history, h->repealed_parts, day));
    } else {
        const char *until = NULL;
        if (zl_history_suspended(history, NULL, &until, day))
            note_part(&h->suspended, NULL, until, "suspended");
        const GPtrArray *whole = h->suspended;
        GPtrArray *parts = zs_parts_parse(part_lines, history, day);
        for (guint i = 0; i < parts->len; i++) {
            const zs_part *p = parts->pdata[i];
            if (strcmp(p->status, "suspended") == 0 && whole == NULL) /* else said of the unit */
                note_part(&h->suspended, p->key, p->suspended_until, "suspended");
            else if (strcmp(p->status, "not_yet_in_force") == 0)
                note_part(&h->pending, p->key, p->in_force_from, "added");
            /* The law of a day asked for: parts not law on it are said,
             * whatever the words matched (a point under a part said is
             * the part's). */
            else if (day != NULL && strcmp(p->status, "repealed") == 0 && !within_gone(h->parts_gone, p->key))
                note_part(&h->parts_gone, p->key, p->repealed_on,
                          g_strcmp0(p->repealed_how, "expired") == 0 ? "expired" : "repealed");
        }
        g_ptr_array_free(parts, TRUE);
    }
    g_ptr_array_free(history, TRUE);
}

/* A hit of an article's repealed parts (their own index document, which
 * holds no part lines) on a day `day` before their repeal, when some of
 * them were suspended that day (a Constitutional Court's conclusion in
 * force until the law repealed the part): said in `suspended`, as the
 * article's own parts are by law_now. */
static void
parts_suspended_on_day(zs_hit *h, const char *lines, const char *keys, const char *day)
{
    if (g_strcmp0(h->status, "in_force") != 0 || keys == NULL || *keys == '\0' || lines == NULL || *lines == '\0' ||
        h->suspended != NULL)
        return;
    GPtrArray *history = zs_history_parse(lines);
    char **each = g_strsplit(keys, "\n", -1);
    for (char **k = each; *k != NULL; k++) {
        const char *until = NULL;
        if (**k != '\0' && !zl_history_repealed(history, *k, NULL, day) &&
            zl_history_suspended(history, *k, &until, day))
            note_part(&h->suspended, *k, until, "suspended");
    }
    g_strfreev(each);
    g_ptr_array_free(history, TRUE);
}

/* A hit of an article's parts added from a day to come (their own index
 * document, indexer/unitdoc.c): the article is in force, the words
 * matched are not law yet (today, or on the day asked about); said as
 * those parts (`pending`) and match_not_yet_in_force.  Once their day has
 * come, a plain hit of the article. */
static void
pending_match(zs_hit *h, const char *lines, const char *day)
{
    GPtrArray *history = zs_history_parse(lines);
    for (guint i = 0; history != NULL && i < history->len; i++) {
        const zs_amendment *a = history->pdata[i];
        const char *from = NULL;
        bool seen = false;
        for (guint k = 0; h->pending != NULL && k < h->pending->len && !seen; k++)
            seen = g_strcmp0(((const zs_amendment *)h->pending->pdata[k])->part, a->part) == 0;
        if (a->part == NULL || seen || g_strcmp0(a->change, "added") != 0 ||
            !zl_history_pending(history, a->part, &from, day))
            continue;
        note_part(&h->pending, a->part, from, "added");
        h->match_not_yet_in_force = true;
    }
    g_ptr_array_free(history, TRUE);
}

static void
hit_free(zs_hit *h)
{
    if (h == NULL)
        return;
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
    g_free(h->access);
    g_free(h->mask);
    g_free(h->snippet);
    g_free(h->number);
    g_free(h->indexed);
    if (h->passages)
        g_ptr_array_free(h->passages, TRUE);
    g_free(h->status);
    g_free(h->repealed_parts);
    g_free(h->valid_to);
    g_free(h->law);
    if (h->scheduled != NULL)
        g_ptr_array_free(h->scheduled, TRUE);
    if (h->suspended != NULL)
        g_ptr_array_free(h->suspended, TRUE);
    if (h->pending != NULL)
        g_ptr_array_free(h->pending, TRUE);
    if (h->parts_gone != NULL)
        g_ptr_array_free(h->parts_gone, TRUE);
    g_free(h->repealed_how);
    g_free(h->behind_since);
    g_free(h->repealed_on);
    g_free(h->valid_from);
    g_free(h->last_amended);
    g_free(h->title_en);
    g_free(h->label_en);
    g_free(h->chapter_en);
    g_free(h);
}

static void
facet_value_free(zs_facet_value *v)
{
    g_free(v->value);
    g_free(v);
}

void
zs_facet_free(zs_facet *f)
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
    HF_STATUS,
    HF_REPEALED_ON,
    HF_AMENDMENTS,
    HF_ACCESS,
    HF_MASK,
    HF_TITLE_EN,
    HF_LABEL_EN,
    HF_CHAPTER_EN,
    HF_NUMBER,
    HF_PARTS,
    HF_REPEALED_PARTS,
    HF_VALID_FROM,
    HF_VALID_TO,
    HF_LAW,
    HF_KIND,
    HF_HEADING_EN_ALSO,
    HF_N
};
static const char *const hit_fields[HF_N] = {
    "doc_id",          "ordinal",     "path",       "source", "title", "type",          "lang",
    "provision",       "label",       "date",       "court",  "page",  "ocr",           "text",
    "status",          "repealed_on", "amendments", "access", "mask",  ZR_KEY_TITLE_EN, ZR_KEY_LABEL_EN,
    ZR_KEY_CHAPTER_EN, "case_number", ZR_KEY_PARTS,   ZR_KEY_REPEALED_PARTS, ZR_KEY_VALID_FROM,
    ZR_KEY_VALID_TO,   ZR_KEY_LAW,  "kind",        ZR_KEY_HEADING_EN_ALSO,
};

/* A notice when a hit records a change that took effect after the index
 * read it (zs_hit.behind_since): its status is today's, its text and what
 * it matched are the index's until the next run. */
/* The earliest day a change the index recorded ahead has taken effect
 * since (a unit's due day, indexer/due.h, today or before), as
 * YYYY-MM-DD (new), or NULL: an answer of nothing may be nothing only
 * because the index has not read what came into force since. */
static char *
index_behind_since(zs_engine *e)
{
    GDateTime *now = g_date_time_new_now_utc();
    char *today = g_date_time_format(now, "%Y%m%d");
    g_date_time_unref(now);
    zx_query *q = zx_query_value_range(ZS_SLOT_DUE, "00000000", today);
    zx_search_opts opts = {.limit = 1, .collapse_slot = -1, .sort_slot = ZS_SLOT_DUE};
    zx_result *r = NULL;
    char *day = NULL;
    if (zx_search(e->db, q, &opts, &r, NULL) == ZX_OK && zx_result_size(r) > 0) {
        char *due = zx_result_value(r, 0, ZS_SLOT_DUE);
        if (due != NULL && strlen(due) == 8)
            day = g_strdup_printf("%.4s-%.2s-%.2s", due, due + 4, due + 6);
        free(due);
    }
    zx_result_free(r);
    zx_query_free(q);
    g_free(today);
    return day;
}

static void
behind_notice(zs_engine *e, zs_results *res, bool asked)
{
    const char *since = NULL;
    for (guint k = 0; k < res->hits->len; k++) {
        const char *b = ((const zs_hit *)res->hits->pdata[k])->behind_since;
        if (b != NULL && (since == NULL || strcmp(b, since) < 0))
            since = b;
    }
    /* Nothing found (the reader's own query, not a probe of relax()):
     * perhaps only because what came into force since is not read yet. */
    char *earliest = since == NULL && res->total == 0 && asked ? index_behind_since(e) : NULL;
    if (since == NULL && earliest == NULL)
        return;
    if (res->notices == NULL)
        res->notices = g_ptr_array_new_with_free_func(g_free);
    if (earliest != NULL)
        g_ptr_array_add(res->notices,
                        g_strdup_printf("A change dated %s has taken effect since the index was built: what came "
                                        "into force since may be missing from this answer; run zaalt index to bring "
                                        "it up to date.",
                                        earliest));
    else
        g_ptr_array_add(res->notices,
                    g_strdup_printf("A change dated %s has taken effect since the index was built: the status shown "
                                    "is today's, the text the index's (a match only in a part repealed since "
                                    "is shown as one); run zaalt index to bring it up to date.",
                                    since));
    g_free(earliest);
}

/* A living article the index read before a repeal of some of its parts
 * took effect (`since`, its due day): when the query's words are in its
 * text as indexed but not in what is in force today, it matched only
 * through those parts, and the hit says so as the next `zaalt index`
 * would (zs_hit.repealed_parts, the latest repeal's day): not as law in
 * force. */
static void
matched_in_parts_gone(zs_engine *e, const zq_highlight *hl, GVariant *const *f, GPtrArray *changes, const char *since,
                      zs_hit *h)
{
    const char *text = zr_field_str(f, HF_TEXT);
    GPtrArray *parts = zs_parts_parse(zr_field_str(f, HF_PARTS), changes, NULL);
    GString *keys = g_string_new(NULL);
    const char *last = NULL;
    for (guint k = 0; k < parts->len; k++) {
        const zs_part *p = parts->pdata[k];
        const char *on = p->repealed_on;
        if (g_strcmp0(p->status, "repealed") != 0 || on == NULL || strcmp(on, since) < 0)
            continue;
        g_string_append_printf(keys, "%s%s", keys->len ? "\n" : "", p->key);
        if (last == NULL || strcmp(on, last) > 0)
            last = on;
    }
    char *today = keys->len && text != NULL ? zs_text_in_force(text, changes, parts, NULL) : NULL;
    if (today != NULL) {
        az_analyzer *az = zs_engine_analyzer(e);
        char *then = zs_snippet(az, hl, text, SNIPPET_CHARS), *now = zs_snippet(az, hl, today, SNIPPET_CHARS);
        if (strstr(then, "<mark>") != NULL && strstr(now, "<mark>") == NULL) {
            g_free(h->repealed_parts);
            h->repealed_parts = g_strdup(keys->str);
            g_free(h->repealed_on);
            h->repealed_on = zs_dup_nonempty(last);
            g_free(h->status);
            h->status = g_strdup("repealed"); /* as the repealed-parts document's; zs_hit_status says in_force */
        }
        g_free(then);
        g_free(now);
        g_free(today);
    }
    g_string_free(keys, TRUE);
    g_ptr_array_free(parts, TRUE);
}

/* Whether the query's words mark `text` but not `law` (the same text
 * without what was not law): the hit matched only through what was cut. */
static bool
matched_only_in_cut(zs_engine *e, const zq_highlight *hl, const char *text, const char *law)
{
    az_analyzer *az = zs_engine_analyzer(e);
    char *then = zs_snippet(az, hl, text, SNIPPET_CHARS), *now = zs_snippet(az, hl, law, SNIPPET_CHARS);
    bool only = strstr(then, "<mark>") != NULL && strstr(now, "<mark>") == NULL;
    g_free(then);
    g_free(now);
    return only;
}

/* Whether the query's words mark the text of part `p` of `text`. */
static bool
part_matched(zs_engine *e, const zq_highlight *hl, const char *text, const zs_part *p)
{
    size_t n = strlen(text);
    if (p->start < 0 || p->end <= p->start || (size_t)p->end > n)
        return true; /* no range to tell by: said of it */
    char *own = g_strndup(text + p->start, p->end - p->start);
    char *marked = zs_snippet(zs_engine_analyzer(e), hl, own, SNIPPET_CHARS);
    bool yes = strstr(marked, "<mark>") != NULL;
    g_free(marked);
    g_free(own);
    return yes;
}

/* A living article, on the day asked for (`day`): when the query's
 * words are only in parts that were no law that day (repealed then though
 * added again since; or added after it), it is not law of that day: the
 * hit says so as a match in a repealed part does (repealed_parts), or
 * sets match_not_yet_in_force for a part not law yet. */
static void
matched_off_day(zs_engine *e, const zq_highlight *hl, GVariant *const *f, const GPtrArray *history, const char *day,
                zs_hit *h)
{
    const char *text = zr_field_str(f, HF_TEXT);
    GPtrArray *parts = zs_parts_parse(zr_field_str(f, HF_PARTS), history, day);
    char *law = text != NULL ? zs_text_in_force(text, history, parts, day) : NULL;
    if (law != NULL && matched_only_in_cut(e, hl, text, law)) {
        GString *keys = g_string_new(NULL);
        const char *last = NULL;
        for (guint k = 0; k < parts->len; k++) {
            const zs_part *p = parts->pdata[k];
            if (g_strcmp0(p->status, "repealed") != 0 || !part_matched(e, hl, text, p))
                continue;
            g_string_append_printf(keys, "%s%s", keys->len ? "\n" : "", p->key);
            if (p->repealed_on != NULL && (last == NULL || strcmp(p->repealed_on, last) > 0))
                last = p->repealed_on;
        }
        if (keys->len > 0) {
            g_free(h->repealed_parts);
            h->repealed_parts = g_strdup(keys->str);
            g_free(h->repealed_on);
            h->repealed_on = zs_dup_nonempty(last);
            g_free(h->status);
            h->status = g_strdup("repealed"); /* as the repealed-parts document's */
        } else {
            h->match_not_yet_in_force = true;
        }
        g_string_free(keys, TRUE);
    }
    g_free(law);
    g_ptr_array_free(parts, TRUE);
}

/* The words the query marks in `text`, each once (casefolded), all of
 * them (no passage's bound). */
static GHashTable *
marked_words(zs_engine *e, const zq_highlight *hl, const char *text)
{
    GHashTable *words = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    char *marked = zs_snippet(zs_engine_analyzer(e), hl, text, (int)g_utf8_strlen(text, -1) + 1);
    for (const char *p = marked; (p = strstr(p, "<mark>")) != NULL;) {
        p += strlen("<mark>");
        const char *end = strstr(p, "</mark>");
        if (end == NULL)
            break;
        g_hash_table_add(words, g_utf8_casefold(p, end - p));
        p = end;
    }
    g_free(marked);
    return words;
}

/* Whether the words an article's repealed parts matched by are all in
 * those of them still law on `day` (`law`, their text; `gone`, the text
 * of those repealed by then): the match stands without what was no law. */
static bool
match_stands_in(zs_engine *e, const zq_highlight *hl, const char *law, const char *gone)
{
    GHashTable *in_law = marked_words(e, hl, law), *in_gone = marked_words(e, hl, gone);
    bool stands = g_hash_table_size(in_law) > 0;
    GHashTableIter it;
    gpointer word;
    g_hash_table_iter_init(&it, in_gone);
    while (stands && g_hash_table_iter_next(&it, &word, NULL))
        stands = g_hash_table_contains(in_law, word);
    g_hash_table_destroy(in_law);
    g_hash_table_destroy(in_gone);
    return stands;
}

/* A search for the law of a day (inforce:D, `day`): the hit as it
 * stood on D, not as the index read it.  A unit or part repealed (or
 * expired) after D was law on D, its end then one to come (valid_to and
 * `scheduled`, read as of D); one repealed by D was not; and a living
 * article matched only through words that were no law on D says so
 * (matched_off_day).  The index holds each article's text of today: the
 * wording of D is not known, only which parts were law. */
static void
law_on_day(zs_engine *e, const zq_highlight *hl, GVariant *const *f, const char *day, zs_hit *h)
{
    GPtrArray *history = zs_history_parse(zr_field_str(f, HF_AMENDMENTS));
    if (h->repealed_parts != NULL) {
        /* The article's repealed parts: those gone by D stay so, said by
         * the ones the words matched when the record tells where each
         * stands.  When the words all stand in parts still law on D, the
         * hit is the article in force that day (probe L4 F4: it was said
         * matched only in parts repealed before D, which held none of the
         * words). */
        GString *keys = g_string_new(NULL), *matched = g_string_new(NULL);
        GString *law = g_string_new(NULL), *gone = g_string_new(NULL);
        const char *last = NULL, *last_matched = NULL, *text = zr_field_str(f, HF_TEXT);
        GPtrArray *where = zs_parts_parse(zr_field_str(f, HF_PARTS), history, day);
        char **each = g_strsplit(h->repealed_parts, "\n", -1);
        for (char **k = each; *k != NULL; k++) {
            const char *on = NULL;
            const zs_part *at = NULL;
            for (guint i = 0; i < where->len && at == NULL; i++)
                if (strcmp(((const zs_part *)where->pdata[i])->key, *k) == 0)
                    at = where->pdata[i];
            bool ranged = text != NULL && at != NULL && at->start >= 0 && at->end > at->start &&
                          (size_t)at->end <= strlen(text);
            bool in_force = !zl_history_repealed(history, *k, &on, day);
            if (ranged) {
                g_string_append_len(in_force ? law : gone, text + at->start, at->end - at->start);
                g_string_append_c(in_force ? law : gone, '\n');
            }
            if (in_force)
                continue;
            g_string_append_printf(keys, "%s%s", keys->len ? "\n" : "", *k);
            if (on != NULL && (last == NULL || strcmp(on, last) > 0))
                last = on;
            if (hl != NULL && ranged && part_matched(e, hl, text, at)) {
                g_string_append_printf(matched, "%s%s", matched->len ? "\n" : "", *k);
                if (on != NULL && (last_matched == NULL || strcmp(on, last_matched) > 0))
                    last_matched = on;
            }
        }
        g_strfreev(each);
        if (hl != NULL && law->len > 0 && match_stands_in(e, hl, law->str, gone->str)) {
            g_string_truncate(keys, 0);
        } else if (matched->len > 0) {
            g_string_assign(keys, matched->str);
            last = last_matched;
        }
        g_string_free(matched, TRUE);
        g_string_free(law, TRUE);
        g_string_free(gone, TRUE);
        g_free(h->repealed_parts);
        g_free(h->repealed_on);
        g_free(h->status);
        h->repealed_parts = keys->len ? g_strdup(keys->str) : NULL;
        h->repealed_on = keys->len ? zs_dup_nonempty(last) : NULL;
        h->status = g_strdup(keys->len ? "repealed" : "in_force");
        /* Its last day is its parts' (said in `scheduled`), not the
         * article's. */
        if (keys->len == 0)
            g_clear_pointer(&h->valid_to, g_free);
        g_string_free(keys, TRUE);
        g_ptr_array_free(where, TRUE);
    } else if (h->status != NULL) {
        const char *on = NULL;
        bool gone = zl_history_repealed(history, NULL, &on, day);
        bool gone_today = zl_history_repealed(history, NULL, NULL, NULL);
        /* An article no note repeals is repealed by its parts: on D, by
         * those repealed by D (F3 of probe L4: an article whose one part
         * the Court annulled was said repealed before the annulment). */
        if (!gone && !gone_today && zr_field_str(f, HF_PROVISION) != NULL) {
            GPtrArray *parts = zs_parts_parse(zr_field_str(f, HF_PARTS), history, day);
            gone_today = zs_every_part_repealed(zr_field_str(f, HF_PROVISION), history, parts, NULL, NULL);
            gone = zs_every_part_repealed(zr_field_str(f, HF_PROVISION), history, parts, &on, day);
            g_ptr_array_free(parts, TRUE);
        }
        if (strcmp(h->status, "repealed") == 0 && !gone && gone_today) {
            g_free(h->status);
            h->status = g_strdup("in_force");
            g_clear_pointer(&h->repealed_on, g_free);
        } else if (strcmp(h->status, "in_force") == 0 && gone) {
            g_free(h->status);
            h->status = g_strdup("repealed");
            g_free(h->repealed_on);
            h->repealed_on = zs_dup_nonempty(on);
        }
    }
    if (g_strcmp0(h->status, "in_force") == 0 && hl != NULL)
        matched_off_day(e, hl, f, history, day, h);
    g_ptr_array_free(history, TRUE);
}

/* A hit of the result's `i`th match, said as of `day` (the law of a day
 * asked for, YYYY-MM-DD; NULL: today). */
/* Whether a word of the query is in `h`'s English heading, its chapter's,
 * or `also` (the words people type for them, ';'-joined): headings-en's
 * own pointers to the unit, as its text is. */
static bool
heading_en_matches(az_analyzer *az, const zq_highlight *hl, const zs_hit *h, const char *also)
{
    const char *own[] = {h->label_en, h->chapter_en, also};
    for (size_t k = 0; k < G_N_ELEMENTS(own); k++) {
        if (own[k] == NULL || *own[k] == '\0')
            continue;
        char *marked = zs_highlight_all(az, hl, own[k]);
        bool found = strstr(marked, "<mark>") != NULL;
        g_free(marked);
        if (found)
            return true;
    }
    return false;
}

static zs_hit *
make_hit(zs_engine *e, const zx_result *r, size_t i, const zq_highlight *hl, bool snippets, bool indexed_time,
         const char *day)
{
    size_t len = 0;
    const char *data = zx_result_data(r, i, &len);
    GVariant *rec = zr_record_parse(data, len);
    zs_hit *h = g_new0(zs_hit, 1);
    if (rec) {
        GVariant *f[HF_N];
        zr_record_fields(rec, hit_fields, f, HF_N);
        h->doc = zs_dup_nonempty(zr_field_str(f, HF_DOC));
        h->ordinal = zr_field_int(f, HF_ORDINAL, 0);
        h->id = zr_unit_make_id(h->doc ? h->doc : "", h->ordinal);
        h->path = zs_dup_nonempty(zr_field_str(f, HF_PATH));
        h->source = zs_dup_nonempty(zr_field_str(f, HF_SOURCE));
        h->title = zs_dup_nonempty(zr_field_str(f, HF_TITLE));
        h->type = zs_dup_nonempty(zr_field_str(f, HF_TYPE));
        h->lang = zs_dup_nonempty(zr_field_str(f, HF_LANG));
        h->provision = zs_dup_nonempty(zr_field_str(f, HF_PROVISION));
        h->label = zs_dup_nonempty(zr_field_str(f, HF_LABEL));
        h->date = zs_dup_nonempty(zr_field_str(f, HF_DATE));
        h->court = zs_dup_nonempty(zr_field_str(f, HF_COURT));
        h->access = zs_dup_nonempty(zr_field_str(f, HF_ACCESS));
        h->mask = zs_dup_nonempty(zr_field_str(f, HF_MASK));
        h->page = zr_field_int(f, HF_PAGE, 0);
        h->ocr_confidence = zr_field_int(f, HF_OCR, -1);
        h->status = zs_dup_nonempty(zr_field_str(f, HF_STATUS));
        h->repealed_on = zs_dup_nonempty(zr_field_str(f, HF_REPEALED_ON));
        h->valid_from = zs_dup_nonempty(zr_field_str(f, HF_VALID_FROM));
        h->repealed_parts = zs_dup_nonempty(zr_field_str(f, HF_REPEALED_PARTS));
        h->law = zs_dup_nonempty(zr_field_str(f, HF_LAW));
        /* Only an end to come: one past is the status's to say.  The
         * last day in force is still law, its end the next day's: on
         * that last day the repeal is still one to come. */
        const char *to = zr_field_str(f, HF_VALID_TO);
        char *end = to != NULL && *to ? zs_day_after(to) : NULL;
        if (end != NULL && !zl_day_passed(end, day))
            h->valid_to = g_strdup(to);
        g_free(end);
        GPtrArray *history = zs_history_parse(zr_field_str(f, HF_AMENDMENTS));
        GPtrArray *ahead = zs_history_ahead(history, day);
        for (guint k = 0; ahead != NULL && k < ahead->len; k++) {
            const zs_amendment *a = ahead->pdata[k];
            if (a->part == NULL)
                continue;
            if (h->scheduled == NULL)
                h->scheduled = g_ptr_array_new_with_free_func(zr_amendment_free);
            g_ptr_array_add(h->scheduled, zr_amendment_new(a->date, a->change, a->part, a->note));
        }
        if (ahead != NULL)
            g_ptr_array_free(ahead, TRUE);
        g_ptr_array_free(history, TRUE);
        /* Whether the index is behind is today's question (NULL), whatever
         * day the search asks about. */
        char *due = zx_result_value(r, i, ZS_SLOT_DUE);
        if (due != NULL && strlen(due) == 8) {
            char *due_day = g_strdup_printf("%.4s-%.2s-%.2s", due, due + 4, due + 6);
            if (zl_day_passed(due_day, NULL)) {
                h->behind_since = g_steal_pointer(&due_day);
                GPtrArray *changes = zs_history_parse(zr_field_str(f, HF_AMENDMENTS));
                const char *on = NULL;
                char *gone = NULL; /* the day after its last in force, when that has passed */
                if (!zl_history_repealed(changes, NULL, &on, NULL)) {
                    char *to = zx_result_value(r, i, ZS_SLOT_VALID_TO);
                    if (to != NULL && strlen(to) == 8 && strcmp(to, "99999999") != 0) {
                        char *last = g_strdup_printf("%.4s-%.2s-%.2s", to, to + 4, to + 6);
                        gone = zl_day_after(last);
                        g_free(last);
                    }
                    if (gone != NULL && !zl_day_passed(gone, NULL))
                        g_clear_pointer(&gone, g_free);
                    free(to);
                }
                if (g_strcmp0(h->status, "in_force") == 0 && (on != NULL || gone != NULL)) {
                    g_free(h->status);
                    h->status = g_strdup("repealed");
                    g_free(h->repealed_on);
                    h->repealed_on = on != NULL ? g_strdup(on) : g_steal_pointer(&gone);
                } else if (g_strcmp0(h->status, "in_force") == 0 && hl != NULL) {
                    matched_in_parts_gone(e, hl, f, changes, h->behind_since, h);
                }
                g_free(gone);
                g_ptr_array_free(changes, TRUE);
            }
            g_free(due_day);
        }
        free(due);
        if (day != NULL)
            law_on_day(e, hl, f, day, h);
        h->number = zs_dup_nonempty(zr_field_str(f, HF_NUMBER));
        h->last_amended = zs_history_last_date(zr_field_str(f, HF_AMENDMENTS), day);
        law_now(h, zr_field_str(f, HF_AMENDMENTS), zr_field_str(f, HF_PARTS), day);
        if (day != NULL && g_strcmp0(zr_field_str(f, HF_KIND), ZS_KIND_REPEALED_PARTS) == 0)
            parts_suspended_on_day(h, zr_field_str(f, HF_AMENDMENTS), zr_field_str(f, HF_REPEALED_PARTS), day);
        if (g_strcmp0(zr_field_str(f, HF_KIND), ZS_KIND_PENDING_PARTS) == 0)
            pending_match(h, zr_field_str(f, HF_AMENDMENTS), day);
        h->title_en = zs_dup_nonempty(zr_field_str(f, HF_TITLE_EN));
        h->label_en = zs_dup_nonempty(zr_field_str(f, HF_LABEL_EN));
        h->chapter_en = zs_dup_nonempty(zr_field_str(f, HF_CHAPTER_EN));
        if (snippets) {
            az_analyzer *az = zs_engine_analyzer(e);
            /* A living article quotes only its parts in force: a repealed
             * part (which did not make it match) is not shown as law. */
            char *in_force = NULL;
            const char *history = zr_field_str(f, HF_AMENDMENTS);
            if (h->status != NULL && strcmp(h->status, "in_force") == 0 && history != NULL && *history) {
                GPtrArray *changes = zs_history_parse(history);
                GPtrArray *parts = zs_parts_parse(zr_field_str(f, HF_PARTS), changes, day);
                in_force = zs_text_in_force(zr_field_str(f, HF_TEXT), changes, parts, day);
                g_ptr_array_free(parts, TRUE);
                g_ptr_array_free(changes, TRUE);
            }
            const char *text = in_force != NULL ? in_force : zr_field_str(f, HF_TEXT);
            h->snippet = zs_snippet(az, hl, text, SNIPPET_CHARS);
            h->passages = zs_passages(az, hl, text, PASSAGE_CHARS, ZS_MAX_PASSAGES);
            g_free(in_force);
            h->heading_en_matched = heading_en_matches(az, hl, h, zr_field_str(f, HF_HEADING_EN_ALSO));
        }
        zr_fields_clear(f, HF_N);
        g_variant_unref(rec);
    } else {
        h->id = g_strdup("");
    }
    h->score = zx_result_percent(r, i);
    h->weight = zx_result_weight(r, i);
    /* Read only for a search in that order (feeds): the slot holds
     * YYYYMMDDHHMMSS, then the unit's date. */
    char *indexed = indexed_time ? zx_result_value(r, i, ZS_SLOT_INDEXED) : NULL;
    if (indexed && strlen(indexed) >= 14)
        h->indexed = g_strdup_printf("%.4s-%.2s-%.2sT%.2s:%.2s:%.2sZ", indexed, indexed + 4, indexed + 6, indexed + 8,
                                     indexed + 10, indexed + 12);
    free(indexed);
    /* h->more is set by the caller once the hits are built: asking for
     * collapse counts waits for the counting pass (zx_search). */
    if (!h->snippet)
        h->snippet = g_strdup("");
    return h;
}

/* A token of a query that is a filter the relaxation keeps aside:
 * field:value of a known field that is no free text (status:any, year:2017,
 * type:code), which the query and a --filter of it mean alike. */
static bool
filter_token(const char *w)
{
    const char *colon = strchr(w, ':');
    if (colon == NULL || colon == w || colon[1] == '\0' || strpbrk(colon + 1, ":\"") != NULL)
        return false;
    for (const char *p = w; p < colon; p++)
        if (!g_ascii_isalpha(*p))
            return false;
    char *name = g_ascii_strdown(w, colon - w);
    const zs_field *f = zs_field_lookup(name);
    g_free(name);
    return f != NULL && !(f->flags & ZS_FIELD_TEXT);
}

/* A dash standing alone between words ("violence - forms", an en or em
 * dash too): punctuation, which the parser passes over, not NOT. */
static bool
lone_dash(const char *w)
{
    return strcmp(w, "-") == 0 || strcmp(w, "\u2013") == 0 || strcmp(w, "\u2014") == 0;
}

/* The words of a plain query (words only: no quotes, parentheses,
 * operators or exclusions; its field filters, status:any, go to
 * `*filters` when it is not NULL, else make it no plain query), or NULL. */
static char **
plain_words(const char *query, GPtrArray *filters)
{
    if (query == NULL || strpbrk(query, "\"()*") != NULL)
        return NULL;
    char **words = g_strsplit_set(query, " \t\r\n", -1);
    GPtrArray *kept = g_ptr_array_new();
    bool plain = true;
    for (char **w = words; *w != NULL; w++) {
        if (**w == '\0' || lone_dash(*w))
            continue;
        if (strchr(*w, ':') != NULL) {
            if (filters != NULL && filter_token(*w))
                g_ptr_array_add(filters, g_strdup(*w));
            else
                plain = false;
            continue;
        }
        if (**w == '-' || **w == '+' || **w == '=' || **w == '/' || strcmp(*w, "AND") == 0 || strcmp(*w, "OR") == 0 ||
            strcmp(*w, "NOT") == 0 || g_str_has_prefix(*w, "NEAR"))
            plain = false;
        g_ptr_array_add(kept, g_strdup(*w));
    }
    g_strfreev(words);
    g_ptr_array_add(kept, NULL);
    char **out = (char **)g_ptr_array_free(kept, FALSE);
    if (!plain || g_strv_length(out) < 1 || g_strv_length(out) > MAX_PLAIN_WORDS) {
        g_strfreev(out);
        return NULL;
    }
    return out;
}

/* Whether a chunk of a plain query is one word, and a stopword. */
static bool
stopword(zs_engine *e, const char *chunk)
{
    GPtrArray *words = az_split_words(chunk);
    bool yes = false;
    if (words->len == 1) {
        char *exact = NULL, *stem = NULL;
        az_word_terms(zs_engine_analyzer(e), words->pdata[0], -1, &exact, &stem, NULL);
        yes = az_is_stopword(zs_engine_analyzer(e), exact);
        g_free(exact);
        g_free(stem);
    }
    g_ptr_array_free(words, TRUE);
    return yes;
}

/* A number of years below majority written in digits, or NULL: "15", "16-". */
static bool
under_age(const char *w, const char **rest)
{
    char *end = NULL;
    if (!g_ascii_isdigit(*w))
        return false;
    guint64 n = g_ascii_strtoull(w, &end, 10);
    if (end == w || end - w > 2 || n >= 18)
        return false;
    *rest = end;
    return true;
}

/* An English question's age of a child in digits ("a 15 year old",
 * "16-year-old girl", "aged 12", "under 16") read as "minor": the law
 * never writes ages in digits but as words of majority (арван зургаан
 * насанд хүрээгүй), which the glossary reaches from "minor".  A new
 * vector, or NULL when there is none; `*read` names what was read so. */
static char **
english_ages(char **words, char **read)
{
    GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
    GString *what = g_string_new(NULL);
    guint n = g_strv_length(words);
    for (guint i = 0; i < n; i++) {
        const char *rest = NULL;
        char *lower = g_ascii_strdown(words[i], -1);
        guint used = 0;
        bool before = false;
        if (under_age(lower, &rest)) {
            /* "15-year-old", "15yo"; "15 year(s) old", "15 years" + "old"; "15-years" "old" */
            char *tail = g_strdup(rest[0] == '-' ? rest + 1 : rest);
            g_strdelimit(tail, "?!.,;", '\0');
            if (strcmp(tail, "year-old") == 0 || strcmp(tail, "years-old") == 0 || strcmp(tail, "yo") == 0)
                used = 1;
            else if ((strcmp(tail, "year") == 0 || strcmp(tail, "years") == 0) && i + 1 < n &&
                     g_ascii_strncasecmp(words[i + 1], "old", 3) == 0)
                used = 2;
            else if (*tail == '\0' && i + 2 < n &&
                     (g_ascii_strcasecmp(words[i + 1], "year") == 0 || g_ascii_strcasecmp(words[i + 1], "years") == 0) &&
                     g_ascii_strncasecmp(words[i + 2], "old", 3) == 0)
                used = 3;
            else if (*tail == '\0' && i > 0 && out->len > 0 &&
                     (g_ascii_strcasecmp(words[i - 1], "aged") == 0 || g_ascii_strcasecmp(words[i - 1], "under") == 0))
                used = 1, before = true;
            g_free(tail);
        }
        g_free(lower);
        if (used == 0) {
            g_ptr_array_add(out, g_strdup(words[i]));
            continue;
        }
        if (what->len == 0) {
            for (guint k = before ? 0 : 1; k <= used; k++)
                g_string_append_printf(what, "%s%s", what->len ? " " : "", words[i + k - 1]);
        }
        /* "under 16", "aged 12": the word before goes with the number. */
        if (before)
            g_ptr_array_remove_index(out, out->len - 1);
        g_ptr_array_add(out, g_strdup("minor"));
        i += used - 1;
    }
    if (what->len == 0) {
        g_ptr_array_free(out, TRUE);
        g_string_free(what, TRUE);
        return NULL;
    }
    *read = g_string_free(what, FALSE);
    g_ptr_array_add(out, NULL);
    return (char **)g_ptr_array_free(out, FALSE);
}

/* Whether two ASCII words are one typing slip apart: a letter added, left
 * out, changed, or two neighbours swapped (case ignored). */
static bool
one_slip(const char *a, const char *b)
{
    size_t m = strlen(a), n = strlen(b);
    if (m > n + 1 || n > m + 1 || g_ascii_strcasecmp(a, b) == 0)
        return false;
    size_t i = 0;
    while (i < m && i < n && g_ascii_tolower(a[i]) == g_ascii_tolower(b[i]))
        i++;
    if (m == n) {
        if (g_ascii_strcasecmp(a + i + 1, b + i + 1) == 0)
            return true; /* changed */
        return i + 1 < m && g_ascii_tolower(a[i]) == g_ascii_tolower(b[i + 1]) &&
               g_ascii_tolower(a[i + 1]) == g_ascii_tolower(b[i]) && g_ascii_strcasecmp(a + i + 2, b + i + 2) == 0;
    }
    return m > n ? g_ascii_strcasecmp(a + i + 1, b + i) == 0 : g_ascii_strcasecmp(a + i, b + i + 1) == 0;
}

/* Whether `w` (a word, its marks aside) is English letters joined by
 * hyphens: fixed-term, non-discrimination, follow-up. */
static bool
hyphenated(const char *w)
{
    bool inner = false;
    for (const char *p = w; *p; p++) {
        if (*p == '-') {
            if (p == w || p[1] == '\0' || !g_ascii_isalpha(p[-1]) || !g_ascii_isalpha(p[1]))
                return false;
            inner = true;
        } else if (!g_ascii_isalpha(*p)) {
            return false;
        }
    }
    return inner;
}

static char *bare_word(const char *w);

/* Whether `text` alone finds something, as `probe` (one hit, no facets)
 * searches. */
static bool
finds_alone(zs_engine *e, const zs_request *probe, const char *text)
{
    zs_request one = *probe;
    one.query = text;
    zs_results *r = zs_search(e, &one, NULL);
    bool yes = r != NULL && r->total > 0;
    zs_results_free(r);
    return yes;
}

/* A hyphenated English word is read as the glossary and the index carry
 * it: as typed when that finds something alone (pre-trial, whose parts are
 * a glossary term; an English text's own hyphened word), else as the word
 * joined when the glossary knows it or a document has it (nondiscrimination),
 * else as its parts, each a word of the question, which the glossary may
 * join to the words around them (fixed term ... contract) and the fallback
 * weighs, sets aside or names one by one.  Typed whole, "fixed-term" was one
 * word no document has, dropped with its meaning.  A new vector, or NULL
 * when no word was read otherwise; each reading is said in `notes`. */
static char **
english_hyphens(zs_engine *e, const zs_request *probe, char **words, GPtrArray *notes)
{
    az_analyzer *az = zs_engine_analyzer(e);
    GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
    bool changed = false;
    for (char **w = words; *w != NULL; w++) {
        char *bare = bare_word(*w);
        if (!hyphenated(bare) || finds_alone(e, probe, bare)) {
            g_ptr_array_add(out, g_strdup(*w));
            g_free(bare);
            continue;
        }
        char **parts = g_strsplit(bare, "-", -1);
        char *joined = g_strjoinv("", parts);
        char *folded = az_fold(joined, -1);
        char *read = NULL;
        if (zq_glossary_english(az, folded) || finds_alone(e, probe, joined)) {
            read = g_strdup(joined);
            g_ptr_array_add(out, g_strdup(joined));
        } else {
            read = g_strjoinv(" ", parts);
            for (char **p = parts; *p != NULL; p++)
                g_ptr_array_add(out, g_strdup(*p));
        }
        g_ptr_array_add(notes, g_strdup_printf("“%s” was searched as “%s”", bare, read));
        changed = true;
        g_free(read);
        g_free(folded);
        g_free(joined);
        g_strfreev(parts);
        g_free(bare);
    }
    if (!changed) {
        g_ptr_array_free(out, TRUE);
        return NULL;
    }
    g_ptr_array_add(out, NULL);
    return (char **)g_ptr_array_free(out, FALSE);
}

static bool all_latin(char **words);
static void append_most(zs_engine *e, const zs_request *req, zs_results *res, GPtrArray *content);
static const char **with_filter(const char *const *filters, const char *extra);

/* The correction "did you mean" makes of the query's word at `i`, when it
 * is one typing slip in an English word of five letters or more: a
 * borrowed string of `suggested`, or NULL.  Longer corrections (publish ->
 * public) change the word more than a slip does. */
static const char *
slip_correction(char **words, char **suggested, guint i)
{
    if (suggested == NULL || g_strv_length(words) != g_strv_length(suggested))
        return NULL;
    char *w = g_strdup(words[i]), *c = g_strdup(suggested[i]);
    g_strdelimit(w, "?!.,;", ' ');
    g_strdelimit(c, "?!.,;", ' ');
    g_strstrip(w);
    g_strstrip(c);
    char *one[] = {w, NULL};
    bool ok = strlen(w) >= 5 && all_latin(one) && one_slip(w, c);
    g_free(w);
    g_free(c);
    return ok ? suggested[i] : NULL;
}

/* The words of `words` but the one at `skip` (-1: none), space-joined. */
static char *
join_except(GPtrArray *words, gint skip)
{
    GString *s = g_string_new(NULL);
    for (guint i = 0; i < words->len; i++) {
        if ((gint)i == skip)
            continue;
        if (s->len)
            g_string_append_c(s, ' ');
        g_string_append(s, words->pdata[i]);
    }
    return g_string_free(s, FALSE);
}

/* The query `words` make, searched as `req` asks without relaxing again;
 * NULL when it finds nothing. */
static zs_results *
search_words(zs_engine *e, const zs_request *req, GPtrArray *words)
{
    zs_request again = *req;
    again.no_relax = true;
    char *rest = join_except(words, -1);
    again.query = rest;
    zs_results *found = zs_search(e, &again, NULL);
    g_free(rest);
    if (found != NULL && found->total == 0) {
        zs_results_free(found);
        found = NULL;
    }
    return found;
}

/* Whether every word is Latin letters: an English question (or Mongolian
 * typed in Latin, which the glossary and readings serve the same way). */
static bool
all_latin(char **words)
{
    /* A question's own marks (what?, law, "abroad.") and numbers (48 hours)
     * do not make it less English; it has a letter at least. */
    bool letter = false;
    for (char **w = words; *w != NULL; w++)
        for (const char *p = *w; *p; p++) {
            if (!g_ascii_isalnum(*p) && strchr("'-?!.,;", *p) == NULL)
                return false;
            letter = letter || g_ascii_isalpha(*p);
        }
    return letter;
}

/* The words of `words` that are not stopwords, copied, and in *rarest the
 * place among them of the one the fewest units hold alone (`alone`: word
 * -> units), leaving out those in `skip` (may be NULL) and those no unit
 * holds; -1 when none. */
static GPtrArray *
content_words(zs_engine *e, GPtrArray *words, GHashTable *alone, GPtrArray *skip, gint *rarest)
{
    GPtrArray *content = g_ptr_array_new_with_free_func(g_free);
    guint fewest = G_MAXUINT;
    *rarest = -1;
    for (guint i = 0; i < words->len; i++) {
        const char *w = words->pdata[i];
        if (stopword(e, w))
            continue;
        guint df = GPOINTER_TO_UINT(g_hash_table_lookup(alone, w));
        bool skipped = false;
        for (guint k = 0; skip != NULL && k < skip->len && !skipped; k++)
            skipped = strcmp(skip->pdata[k], w) == 0;
        if (!skipped && df > 0 && df < fewest) {
            fewest = df;
            *rarest = (gint)content->len;
        }
        g_ptr_array_add(content, g_strdup(w));
    }
    return content;
}

/* The documents holding `k` of `words` at least, every k of them ANDed and
 * the sets ORed; only the sets with the word `must` names when it is one
 * of them (>= 0).  NULL when that finds nothing. */
static zs_results *
search_level(zs_engine *e, const zs_request *req, GPtrArray *words, guint k, gint must)
{
    guint n = words->len;
    GString *q = g_string_new(NULL);
    for (guint mask = 0; mask < (1u << n); mask++) {
        if ((guint)__builtin_popcount(mask) != k || (must >= 0 && !(mask & (1u << must))))
            continue;
        g_string_append(q, q->len ? " OR (" : "(");
        for (guint i = 0, first = 1; i < n; i++)
            if (mask & (1u << i)) {
                g_string_append_printf(q, "%s%s", first ? "" : " ", (char *)words->pdata[i]);
                first = 0;
            }
        g_string_append_c(q, ')');
    }
    zs_request again = *req;
    again.no_relax = true;
    again.query = q->str;
    zs_results *found = zs_search(e, &again, NULL);
    g_string_free(q, TRUE);
    if (found != NULL && found->total > 0)
        return found;
    zs_results_free(found);
    return NULL;
}

/* The documents holding the most of `words` (English content words, two
 * to MAX_PARTIAL_WORDS): every k of them ANDed, the sets ORed, from k one
 * short of all down to half of them (of two terms: the one `must` names,
 * the subject, when there is one); NULL when even that finds nothing.
 * *matched gets k. */
static zs_results *
search_most(zs_engine *e, const zs_request *req, GPtrArray *words, gint must, unsigned *matched)
{
    guint n = words->len;
    if (n < 2 || n > MAX_PARTIAL_WORDS)
        return NULL;
    for (guint k = n - 1; k >= 1 && 2 * k >= n; k--) {
        zs_results *found = search_level(e, req, words, k, must);
        if (found != NULL) {
            *matched = k;
            return found;
        }
    }
    return NULL;
}

/* A partial answer that keeps the subject (`must`, the rarest word) may
 * crowd out the article holding as many of the other words together, when
 * the subject's articles are many ("confiscation of traffickers' assets":
 * the Anti-Trafficking Law's articles on traffickers hid the Code's 7.5,
 * the confiscation of assets).  The first document holding `matched` of
 * the other words, two at least, is put second, said so; the subject's
 * first answer stays first. */
static void
others_not_crowded_out(zs_engine *e, const zs_request *req, zs_results *res, GPtrArray *content, gint must,
                       unsigned matched)
{
    if (must < 0 || matched < 2 || content->len - 1 < matched || req->offset != 0 || res->hits->len == 0)
        return;
    GPtrArray *others = g_ptr_array_new();
    for (guint i = 0; i < content->len; i++)
        if ((gint)i != must)
            g_ptr_array_add(others, content->pdata[i]);
    zs_request again = *req;
    again.limit = res->hits->len + 1;
    again.offset = 0;
    again.no_facets = true;
    zs_results *rest = search_level(e, &again, others, matched, -1);
    g_ptr_array_free(others, TRUE);
    for (guint i = 0; rest != NULL && i < rest->hits->len; i++) {
        zs_hit *h = rest->hits->pdata[i];
        guint shown = G_MAXUINT;
        for (guint j = 0; j < res->hits->len && shown == G_MAXUINT; j++)
            if (strcmp(((zs_hit *)res->hits->pdata[j])->id, h->id) == 0)
                shown = j;
        if (shown <= 1)
            continue;
        /* Lower on the page already (a page of ten holds more of those
         * holding fewer words): it comes second all the same, so that the
         * head of the page does not depend on its length. */
        if (shown != G_MAXUINT) {
            zs_hit *moved = g_ptr_array_steal_index(res->hits, shown);
            g_ptr_array_insert(res->hits, 1, moved);
            break;
        }
        rest->hits->pdata[i] = NULL; /* taken: hit_free passes it by */
        h->partial_matched = matched;
        h->partial_of = content->len;
        g_ptr_array_insert(res->hits, 1, h);
        res->total++;
        unsigned limit = req->limit ? MIN(req->limit, MAX_LIMIT) : 10;
        if (res->hits->len > limit)
            g_ptr_array_remove_index(res->hits, res->hits->len - 1);
        break;
    }
    zs_results_free(rest);
}

/* Whether an article's label ("13.1 дүгээр зүйл. Хүн худалдаалах") is, its
 * number aside, one of the glossary's texts `alts` (by stems, in order). */
static bool
heading_is_term(az_analyzer *az, const char *label, const GPtrArray *alts)
{
    if (label == NULL)
        return false;
    GPtrArray *head = az_text_stems(az, label);
    bool same = false;
    for (guint a = 0; a < alts->len && !same; a++) {
        GPtrArray *alt = az_text_stems(az, alts->pdata[a]);
        /* at most the number, дүгээр and зүйл before the heading */
        if (alt->len > 0 && head->len >= alt->len && head->len - alt->len <= 3) {
            same = true;
            for (guint i = 0; i < alt->len && same; i++)
                same = strcmp(head->pdata[head->len - alt->len + i], alt->pdata[i]) == 0;
        }
        g_ptr_array_free(alt, TRUE);
    }
    g_ptr_array_free(head, TRUE);
    return same;
}

static const char **with_filter(const char *const *filters, const char *extra);

/* Whether the unit `id` holds `k` of `words` (search_level's sets). */
static bool
holds_level(zs_engine *e, const zs_request *req, const char *id, GPtrArray *words, guint k)
{
    char *one = g_strdup_printf("id:%s", id);
    const char **filters = with_filter(req->filters, one);
    zs_request again = *req;
    again.filters = filters;
    again.limit = 1;
    again.no_facets = true;
    again.no_snippets = true;
    zs_results *r = search_level(e, &again, words, k, -1);
    bool yes = r != NULL;
    zs_results_free(r);
    g_free(filters);
    g_free(one);
    return yes;
}

/* A partial answer whose subject is another word may leave out the article
 * a term of the question names in its heading ("elements and aggravating
 * circumstances of the offence of trafficking in persons": aggravating
 * circumstances is the subject, and the Code's 13.1, Хүн худалдаалах,
 * holds no хүндрүүлэх): the first article, among the term's own ten
 * first answers, whose heading is the term's Mongolian comes second, when
 * it holds as many of the question's words (`matched`) as the answer's
 * others do. */
static void
term_heading_second(zs_engine *e, const zs_request *req, zs_results *res, GPtrArray *content, unsigned matched)
{
    az_analyzer *az = zs_engine_analyzer(e);
    const gl_glossary *g = az_glossary(az);
    if (g == NULL || req->offset != 0 || res->hits->len == 0)
        return;
    for (guint c = 0; c < content->len; c++) {
        const char *term = content->pdata[c];
        if (strchr(term, ' ') == NULL)
            continue;
        GPtrArray *words = gl_words(term);
        char *key = gl_key(az, (const char *const *)words->pdata, words->len);
        g_ptr_array_free(words, TRUE);
        const GPtrArray *alts = key ? gl_lookup(g, key) : NULL;
        g_free(key);
        if (alts == NULL || alts->len == 0)
            continue;
        zs_request again = *req;
        again.no_relax = true;
        again.no_facets = true;
        again.query = term;
        again.limit = 10;
        zs_results *own = zs_search(e, &again, NULL);
        zs_hit *named = NULL;
        for (guint i = 0; own != NULL && i < own->hits->len && named == NULL; i++)
            if (heading_is_term(az, ((zs_hit *)own->hits->pdata[i])->label, alts) &&
                holds_level(e, req, ((zs_hit *)own->hits->pdata[i])->id, content, matched)) {
                named = own->hits->pdata[i];
                own->hits->pdata[i] = NULL; /* taken: hit_free passes it by */
            }
        zs_results_free(own);
        if (named == NULL)
            continue;
        for (guint j = 0; j < res->hits->len; j++)
            if (strcmp(((zs_hit *)res->hits->pdata[j])->id, named->id) == 0) {
                hit_free(named); /* shown already: second, if it was lower */
                if (j > 1)
                    g_ptr_array_insert(res->hits, 1, g_ptr_array_steal_index(res->hits, j));
                return;
            }
        named->partial_matched = matched;
        named->partial_of = content->len;
        g_ptr_array_insert(res->hits, MIN(1, res->hits->len), named);
        res->total++;
        unsigned limit = req->limit ? MIN(req->limit, MAX_LIMIT) : 10;
        if (res->hits->len > limit)
            g_ptr_array_remove_index(res->hits, res->hits->len - 1);
        return;
    }
}

/* A word as the reader typed it, without the question's marks around it
 * ("case?" -> "case"): a new string. */
static char *
bare_word(const char *w)
{
    char *b = g_strdup(w);
    g_strdelimit(b, "?!.,;\"", ' ');
    return g_strstrip(b);
}

/* Whether one word of a query, its marks aside, is a stopword. */
static bool
stopword_word(az_analyzer *az, const char *w)
{
    char *b = bare_word(w);
    char *folded = az_fold(b, -1);
    bool yes = az_is_stopword(az, folded);
    g_free(folded);
    g_free(b);
    return yes;
}

/* The chunks of a plain query: its words, with each run of Latin words
 * that the glossary holds as one entry (domestic violence, risk
 * assessment, trafficking in persons) kept as one, longest first, so that
 * a fallback never weighs, drops or sets aside half of a term.  A new
 * vector. */
static char **
glossary_chunks(az_analyzer *az, char **words)
{
    const gl_glossary *g = az_glossary(az);
    guint n = g_strv_length(words), max = g ? gl_max_words(g) : 0;
    GPtrArray *out = g_ptr_array_new();
    for (guint i = 0; i < n;) {
        guint take = 1;
        for (guint k = MIN(max, n - i); k >= 2 && take == 1; k--) {
            char *run[k + 1];
            for (guint j = 0; j < k; j++)
                run[j] = words[i + j];
            run[k] = NULL;
            /* A term begins and ends with a word of its own (not "sexual
             * harassment in the"). */
            if (!all_latin(run) || stopword_word(az, words[i]) || stopword_word(az, words[i + k - 1]))
                continue;
            GPtrArray *folded = g_ptr_array_new_with_free_func(g_free);
            for (guint j = 0; j < k; j++) {
                GPtrArray *w = gl_words(words[i + j]);
                for (guint m = 0; m < w->len; m++)
                    g_ptr_array_add(folded, g_steal_pointer(&w->pdata[m]));
                g_ptr_array_free(w, TRUE);
            }
            char *key = folded->len >= 2 ? gl_key(az, (const char *const *)folded->pdata, folded->len) : NULL;
            const GPtrArray *alts = key ? gl_lookup(g, key) : NULL;
            if (alts != NULL && alts->len > 0)
                take = k;
            g_free(key);
            g_ptr_array_free(folded, TRUE);
        }
        char **run = g_new0(char *, take + 1);
        for (guint j = 0; j < take; j++)
            run[j] = words[i + j];
        g_ptr_array_add(out, g_strjoinv(" ", run));
        g_free(run);
        i += take;
    }
    g_ptr_array_add(out, NULL);
    return (char **)g_ptr_array_free(out, FALSE);
}

/* The correction of an English word no document has: the English word it
 * was meant to be (english.h: harrasment -> harassment), else the word
 * "did you mean" offers one typing slip away (slip_correction), but never
 * for a word that is English as typed (pending is not sending, statue not
 * status).  A new string, or NULL. */
static char *
english_slip(az_analyzer *az, char **words, char **suggested, guint i)
{
    char *w = bare_word(words[i]);
    char *folded = az_fold(w, -1);
    char *meant = zq_english_correction(az, folded);
    if (meant == NULL && !az_is_english_word(az, folded)) {
        const char *s = slip_correction(words, suggested, i);
        meant = s ? bare_word(s) : NULL;
    }
    g_free(folded);
    g_free(w);
    return meant;
}

/* The word a Mongolian word of a query (found nowhere) was meant as, when
 * one slip of typing makes it and no other word as likely
 * (zs_spelling_slip): хуухэд is searched as хүүхэд, not left out.  A word
 * with Latin letters is English's (english_slip) or a name's, as is one
 * with a capital.  A new string, or NULL. */
static char *
mongolian_slip(zs_engine *e, const char *word)
{
    char *w = bare_word(word);
    /* A capital is a name's (Саран, not асран): "did you mean" may offer
     * the word, the search does not put it in the name's place. */
    if (g_unichar_isupper(g_utf8_get_char(w))) {
        g_free(w);
        return NULL;
    }
    char *folded = az_fold(w, -1);
    bool confident = false;
    char *meant = zs_spelling_slip(zs_engine_db(e), zs_engine_analyzer(e), folded, &confident);
    if (!confident)
        g_clear_pointer(&meant, g_free);
    g_free(folded);
    g_free(w);
    return meant;
}

/* Whether `meant`, put in place of the word at `i`, makes a term of the
 * glossary with the word before or after it (risk assessment). */
static bool
english_word_in_term(az_analyzer *az, char **words, guint i, const char *meant)
{
    const gl_glossary *g = az_glossary(az);
    guint n = g_strv_length(words);
    bool yes = false;
    for (int side = -1; side <= 1 && !yes && g; side += 2) {
        if ((side < 0 && i == 0) || (side > 0 && i + 1 >= n))
            continue;
        char *other = bare_word(words[i + side]);
        char *folded_other = az_fold(other, -1);
        const char *pair[2] = {side < 0 ? folded_other : meant, side < 0 ? meant : folded_other};
        char *key = gl_key(az, pair, 2);
        const GPtrArray *alts = key ? gl_lookup(g, key) : NULL;
        yes = alts != NULL && alts->len > 0;
        g_free(key);
        g_free(folded_other);
        g_free(other);
    }
    return yes;
}

/* Whether a chunk is more than stopwords. */
static bool
has_content(zs_engine *e, GPtrArray *chunks)
{
    for (guint i = 0; i < chunks->len; i++)
        if (!stopword(e, chunks->pdata[i]))
            return true;
    return false;
}

/* The laws whose repealed provisions hold every one of `terms`, when
 * none in force does and the search left repealed law out by default:
 * "overtime pay" is all said only by the repealed Labour Law of 1999, and
 * the reader shown today's law holding half the words is told so, not
 * shown the repealed law as the answer.  0 when a status was asked. */
static unsigned
repealed_holding_all(zs_engine *e, const zs_request *req, GPtrArray *terms)
{
    if (zs_filters_lift_default(req->filters))
        return 0;
    const char **repealed = with_filter(req->filters, "status:repealed");
    zs_request again = *req;
    again.filters = repealed;
    again.limit = 1;
    again.offset = 0;
    again.no_snippets = true;
    zs_results *all = search_words(e, &again, terms);
    unsigned n = all != NULL ? all->total : 0;
    zs_results_free(all);
    g_free(repealed);
    return n;
}

/* Whether `word` alone, which no law in force holds, is in repealed
 * law: it is then not "in no document" but only in law no longer in
 * force (its words are searched, and said, so).  False when the search
 * asked for a status or a day itself. */
static bool
in_repealed_law(zs_engine *e, const zs_request *req, const char *word)
{
    if (zs_filters_lift_default(req->filters))
        return false;
    GPtrArray *one = g_ptr_array_new();
    g_ptr_array_add(one, (gpointer)word);
    bool yes = repealed_holding_all(e, req, one) > 0;
    g_ptr_array_free(one, TRUE);
    return yes;
}

/* Whether a chunk of a question is one light verb of everyday English
 * (english.h zq_generic_word: want, get, took), its marks aside. */
static bool
generic_chunk(const char *chunk)
{
    char *b = bare_word(chunk);
    char *folded = g_ascii_strdown(b, -1);
    bool yes = zq_generic_word(folded);
    g_free(folded);
    g_free(b);
    return yes;
}

/* A plain query that finds nothing: the words that alone find nothing
 * either (a typing slip, a word no document uses) are left out, and the
 * rest searched, so that "гэр бүлийн хүчирхийлэлтй тэмцэх" still finds the
 * law.  If that finds nothing still, the English words the index can only
 * read as themselves (zq_untranslated: "running", "offers") are left out
 * too, when others remain: they reach the Mongolian law only through the
 * English headings, so with them an English reader's question finds no
 * article.  An English question's words are weighed as the glossary's
 * terms they make (glossary_chunks), and one whose terms never meet gets
 * the documents holding the most of them (search_most), two terms too.
 * The answer names the words left out, untranslated or corrected, also
 * when it is still nothing: an English reader is never told "0 documents"
 * without why.  Each word is counted under the same filters and access
 * levels as the query. */
static zs_results *
relax(zs_engine *e, const zs_request *asked, zs_results *none)
{
    /* The query's field filters (overtime pay status:any) hold for every
     * search below, as the same --filter would. */
    GPtrArray *fields = g_ptr_array_new_with_free_func(g_free);
    char **words = plain_words(asked->query, fields);
    if (words == NULL) {
        g_ptr_array_free(fields, TRUE);
        return none;
    }
    zs_request filtered = *asked;
    const char **field_filters = NULL;
    for (guint i = 0; i < fields->len; i++) {
        const char **more = with_filter(field_filters ? field_filters : asked->filters, fields->pdata[i]);
        g_free(field_filters);
        field_filters = more;
    }
    if (field_filters != NULL)
        filtered.filters = field_filters;
    const zs_request *req = &filtered;
    bool latin = all_latin(words);
    /* A Mongolian word alone is searched as the word it mistypes (when one
     * is clear), and left alone otherwise: "did you mean" offers one. */
    char *alone_meant = !latin && g_strv_length(words) == 1 && !asked->as_typed ? mongolian_slip(e, words[0]) : NULL;
    bool one_slip_alone = alone_meant != NULL;
    g_free(alone_meant);
    if (!latin && g_strv_length(words) < 2 && !one_slip_alone) {
        g_strfreev(words);
        g_ptr_array_free(fields, TRUE);
        g_free(field_filters);
        return none;
    }
    az_analyzer *az = zs_engine_analyzer(e);
    char *aged_read = NULL;
    char **aged = english_ages(words, &aged_read);
    if (aged != NULL) {
        g_strfreev(words);
        words = aged;
    }
    bool english_question = latin && zq_english_question(az, req->query);
    unsigned partial = 0, partial_of = 0, repealed_all = 0;
    zs_request probe = *req;
    probe.no_relax = true;
    probe.no_snippets = true;
    probe.no_facets = true;
    probe.limit = 1;
    probe.offset = 0;
    GPtrArray *dropped = g_ptr_array_new_with_free_func(g_free);
    GPtrArray *untranslatable = g_ptr_array_new_with_free_func(g_free); /* found nowhere, English */
    GPtrArray *kept = g_ptr_array_new_with_free_func(g_free);
    GPtrArray *repealed_only = g_ptr_array_new_with_free_func(g_free); /* found only in repealed law */
    GPtrArray *corrected = g_ptr_array_new_with_free_func(g_free);
    zs_results *found = NULL;
    /* Only an English question's: a hyphenated name typed in Latin letters
     * (Min-su) is one word, its parts no words of anyone's question. */
    char **unhyphened = english_question ? english_hyphens(e, &probe, words, corrected) : NULL;
    if (unhyphened != NULL) {
        g_strfreev(words);
        words = unhyphened;
    }
    if (aged != NULL || unhyphened != NULL) {
        /* First the question as read, every word of it. */
        GPtrArray *all = g_ptr_array_new();
        for (char **w = words; *w != NULL; w++)
            g_ptr_array_add(all, *w);
        found = search_words(e, req, all);
        g_ptr_array_free(all, TRUE);
    }
    guint probed = 0;
    bool slipped = false; /* a word searched as the word it mistypes */
    char **suggested = aged == NULL && unhyphened == NULL && none->suggestion != NULL
                           ? g_strsplit(none->suggestion, " ", -1)
                           : NULL;
    GHashTable *alone = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL); /* chunk -> units alone */
    /* First the words no document has, mistyped: the word meant is
     * searched (and said), not dropped; before the words are grouped into
     * the glossary's terms, which the word meant may complete (risk
     * assesment -> risk assessment). */
    for (guint i = 0; found == NULL && words[i] != NULL; i++) {
        if (stopword(e, words[i]))
            continue;
        if (++probed > MAX_RELAXED_WORDS)
            break;
        probe.query = words[i];
        zs_results *one = zs_search(e, &probe, NULL);
        if (one != NULL)
            g_hash_table_insert(alone, g_strdup(words[i]), GUINT_TO_POINTER(one->total));
        bool none_alone = one != NULL && one->hits->len == 0;
        zs_results_free(one);
        /* A query of one English word is not searched as another: "did
         * you mean" offers it. */
        char *meant = none_alone && words[1] != NULL && !asked->as_typed ? english_slip(az, words, suggested, i) : NULL;
        if (meant == NULL && none_alone && !asked->as_typed)
            meant = mongolian_slip(e, words[i]);
        if (meant == NULL)
            continue;
        probe.query = meant;
        one = zs_search(e, &probe, NULL);
        if (one != NULL && (one->hits->len > 0 || zq_glossary_english(az, meant) || english_word_in_term(az, words, i, meant))) {
            g_hash_table_insert(alone, g_strdup(meant), GUINT_TO_POINTER(one->total));
            char *typed = bare_word(words[i]);
            g_ptr_array_add(corrected, g_strdup_printf("“%s” was searched as “%s”", typed, meant));
            g_free(typed);
            g_free(words[i]);
            words[i] = g_steal_pointer(&meant);
            slipped = true;
        }
        zs_results_free(one);
        g_free(meant);
    }
    char *searched_as = slipped ? g_strjoinv(" ", words) : NULL;
    char **terms = glossary_chunks(az, words);
    /* A term that finds nothing alone is weighed word by word after all. */
    GPtrArray *units = g_ptr_array_new_with_free_func(g_free);
    for (char **t = terms; found == NULL && *t != NULL; t++) {
        if (strchr(*t, ' ') != NULL) {
            probe.query = *t;
            zs_results *one = zs_search(e, &probe, NULL);
            guint total = one != NULL ? one->total : 0;
            zs_results_free(one);
            if (total > 0) {
                g_hash_table_insert(alone, g_strdup(*t), GUINT_TO_POINTER(total));
                g_ptr_array_add(units, g_strdup(*t));
                continue;
            }
            char **split = g_strsplit(*t, " ", -1);
            for (char **s = split; *s != NULL; s++)
                g_ptr_array_add(units, g_strdup(*s));
            g_strfreev(split);
        } else {
            g_ptr_array_add(units, g_strdup(*t));
        }
    }
    g_strfreev(terms);
    g_ptr_array_add(units, NULL);
    char **chunks = (char **)g_ptr_array_free(units, FALSE);
    probed = 0;
    for (char **w = chunks; found == NULL && *w != NULL; w++) {
        /* A stopword (how, the) is no word to leave out: AND ignores it. */
        if (stopword(e, *w)) {
            g_ptr_array_add(kept, g_strdup(*w));
            continue;
        }
        if (++probed > MAX_RELAXED_WORDS) {
            g_ptr_array_set_size(kept, 0); /* too many words to weigh one by one */
            g_ptr_array_set_size(dropped, 0);
            g_ptr_array_set_size(untranslatable, 0);
            break;
        }
        bool none_alone;
        if (g_hash_table_contains(alone, *w)) {
            none_alone = GPOINTER_TO_UINT(g_hash_table_lookup(alone, *w)) == 0;
        } else {
            probe.query = *w;
            zs_results *one = zs_search(e, &probe, NULL);
            none_alone = one != NULL && one->hits->len == 0;
            if (one != NULL)
                g_hash_table_insert(alone, g_strdup(*w), GUINT_TO_POINTER(one->total));
            zs_results_free(one);
        }
        if (!none_alone)
            g_ptr_array_add(kept, g_strdup(*w));
        else if (latin && zq_untranslated(az, zs_engine_db(e), *w, english_question))
            g_ptr_array_add(untranslatable, bare_word(*w));
        else if (in_repealed_law(e, req, *w))
            g_ptr_array_add(repealed_only, g_strdup(*w));
        else
            g_ptr_array_add(dropped, bare_word(*w));
    }
    g_strfreev(chunks);
    /* A query of one word found nowhere: the answer of nothing says so. */
    if (g_strv_length(words) == 1)
        g_ptr_array_set_size(dropped, 0);
    g_strfreev(words);
    g_strfreev(suggested);
    /* Words each found somewhere but never together answer nothing (a
     * contract of tests/t20), so a query whose words never meet is not
     * silently narrowed; but for English words the law cannot be asked in. */
    /* Words only repealed law holds: the laws holding every word among
     * their repealed provisions are counted (repealed_all), as for an
     * English question's terms. */
    if (repealed_only->len > 0) {
        GPtrArray *all = g_ptr_array_new_with_free_func(g_free);
        for (guint i = 0; i < kept->len; i++)
            g_ptr_array_add(all, g_strdup(kept->pdata[i]));
        for (guint i = 0; i < repealed_only->len; i++)
            g_ptr_array_add(all, g_strdup(repealed_only->pdata[i]));
        repealed_all = repealed_holding_all(e, req, all);
        g_ptr_array_free(all, TRUE);
    }
    if (found == NULL && (dropped->len > 0 || untranslatable->len > 0 || corrected->len > 0 || repealed_only->len > 0) &&
        has_content(e, kept)) {
        found = search_words(e, req, kept);
        /* Few documents hold the words left: those holding most follow
         * (partial_below). */
        if (found != NULL && english_question && found->total <= FEW_FULL_MATCHES && req->offset == 0) {
            GPtrArray *content = g_ptr_array_new_with_free_func(g_free);
            for (guint i = 0; i < kept->len; i++)
                if (!stopword(e, kept->pdata[i]))
                    g_ptr_array_add(content, g_strdup(kept->pdata[i]));
            append_most(e, req, found, content);
            g_ptr_array_free(content, TRUE);
        }
    }
    GPtrArray *english = g_ptr_array_new_with_free_func(g_free);
    if (found == NULL && kept->len > 0) {
        GPtrArray *rest = g_ptr_array_new_with_free_func(g_free);
        for (guint i = 0; i < kept->len; i++) {
            const char *w = kept->pdata[i];
            bool set_aside = zq_untranslated(az, zs_engine_db(e), w, english_question);
            g_ptr_array_add(set_aside ? english : rest, g_strdup(w));
        }
        if (english->len > 0 && has_content(e, rest))
            found = search_words(e, req, rest);
        /* An English question whose words never meet in one article: the
         * articles that hold the most of them, said so.  All its words, the
         * untranslated too, since two may make a glossary phrase together
         * (aggravating circumstances) that neither is alone. */
        if (found == NULL && latin) {
            /* The rarest word the law's words carry is the question's
             * subject (prostitution, not crime or money): every partial
             * answer keeps it, when one does. */
            gint rarest = -1;
            GPtrArray *content = content_words(e, kept, alone, english, &rarest);
            found = rarest >= 0 ? search_most(e, req, content, rarest, &partial) : NULL;
            if (found == NULL) {
                rarest = -1;
                found = search_most(e, req, content, -1, &partial);
                if (found != NULL && english_question && found->total <= FEW_FULL_MATCHES && req->offset == 0)
                    append_most(e, req, found, content);
            } else if (english_question) {
                /* The subject kept may be a word the answer does not use
                 * (aggravating circumstances): those holding most of the
                 * others follow.  When the subject is one word
                 * (traffickers), not a term of the glossary (protection
                 * order, whose articles are the question's own), the first
                 * holding as many of the others comes second. */
                if (found->total <= FEW_FULL_MATCHES && req->offset == 0)
                    append_most(e, req, found, content);
                if (strchr(content->pdata[rarest], ' ') == NULL)
                    others_not_crowded_out(e, req, found, content, rarest, partial);
                term_heading_second(e, req, found, content, partial);
            }
            if (found != NULL) {
                partial_of = content->len;
                repealed_all = repealed_holding_all(e, req, content);
                g_ptr_array_set_size(english, 0); /* none was left out */
            }
            g_ptr_array_free(content, TRUE);
        }
        /* Nothing still, though the words the law can be asked in find
         * something: those words are weighed alone, the untranslated left
         * out and named, as the manual promises ("grounds for applying
         * and cancelling security protection of a witness": grounds and
         * applying, which the glossary does not carry, held every
         * combination of the others down to nothing). */
        if (found == NULL && latin && english->len > 0) {
            gint rarest = -1;
            GPtrArray *content = content_words(e, rest, alone, NULL, &rarest);
            found = rarest >= 0 ? search_most(e, req, content, rarest, &partial) : NULL;
            if (found == NULL)
                found = search_most(e, req, content, -1, &partial);
            if (found != NULL) {
                /* As above: a short page goes on with those holding fewer. */
                if (english_question && found->total <= FEW_FULL_MATCHES && req->offset == 0)
                    append_most(e, req, found, content);
                partial_of = content->len;
                repealed_all = repealed_holding_all(e, req, content);
            }
            g_ptr_array_free(content, TRUE);
        }
        /* An English question whose terms never meet two by two ("an
         * agency deceived girls into prostitution overseas") is answered,
         * said so, by the articles of its rarest term, its subject, then
         * those of the others, rather than by nothing. */
        if (found == NULL && english_question) {
            gint rarest = -1;
            GPtrArray *content = content_words(e, rest, alone, NULL, &rarest);
            if (rarest >= 0 && content->len >= 2 && content->len <= MAX_PARTIAL_WORDS) {
                zs_request one = *req;
                one.no_relax = true;
                one.query = content->pdata[rarest];
                found = zs_search(e, &one, NULL);
                if (found != NULL && found->total == 0) {
                    zs_results_free(found);
                    found = NULL;
                }
                if (found != NULL) {
                    for (guint i = 0; i < found->hits->len; i++) {
                        zs_hit *h = found->hits->pdata[i];
                        h->partial_matched = 1;
                        h->partial_of = content->len;
                    }
                    if (req->offset == 0)
                        append_most(e, req, found, content);
                    partial = 1;
                    partial_of = content->len;
                    repealed_all = repealed_holding_all(e, req, content);
                }
            }
            g_ptr_array_free(content, TRUE);
        }
        g_ptr_array_free(rest, TRUE);
    }
    /* An English question that lost more than half of its content words
     * is answered by what is left, often one generic word (police, money,
     * court): the answer says how little of the question it holds ("these
     * have 1 of the 3"), as a partial answer does, rather than offer its
     * articles as the answer. */
    /* So is one carried by one word of two or more ("I want a divorce"
     * answered from "want": the wanted persons of the Procedure Law), a
     * light verb (zq_generic_word) counting as no word of the subject: it
     * neither carries an answer nor is missed when left out. */
    if (found != NULL && found->total > 0 && partial == 0 && english_question) {
        guint kept_content = 0, subject = 0, left_out = 0;
        GPtrArray *lists[] = {dropped, untranslatable, english};
        for (guint l = 0; l < G_N_ELEMENTS(lists); l++)
            for (guint i = 0; i < lists[l]->len; i++)
                left_out += !generic_chunk(lists[l]->pdata[i]);
        for (guint i = 0; i < kept->len; i++) {
            const char *w = kept->pdata[i];
            bool aside = false;
            for (guint k = 0; k < english->len && !aside; k++)
                aside = strcmp(english->pdata[k], w) == 0;
            if (aside || stopword(e, w))
                continue;
            kept_content++;
            subject += !generic_chunk(w);
        }
        if (left_out > 0 && (left_out > subject || subject <= 1)) {
            partial = kept_content;
            partial_of = kept_content + left_out;
        }
    }
    g_ptr_array_free(kept, TRUE);
    /* Words found nowhere are dropped, as every plain query's are, when the
     * rest finds something; the English among them are named as what they
     * are, found or not: words the law cannot be asked in (untranslated),
     * not words no document has ("divorce" is in the Family Law's every
     * article on it, as гэрлэлт цуцлах). */
    for (guint i = 0; i < english->len; i++)
        g_ptr_array_add(untranslatable, bare_word(english->pdata[i]));
    zs_results *res = found != NULL ? found : none;
    if (found != NULL) {
        /* The answer is to the query asked, with what was left out. */
        g_free(found->query);
        found->query = g_strdup(req->query);
        g_free(found->suggestion);
        found->suggestion = g_strdup(none->suggestion);
        found->partial_matched = partial;
        found->partial_of = partial_of;
        found->repealed_all = repealed_all;
        g_free(found->searched_as);
        found->searched_as = g_steal_pointer(&searched_as);
        zs_results_free(none);
    }
    /* Also an answer of nothing says what was left out, untranslated or
     * corrected. */
    g_ptr_array_free(res->dropped, TRUE);
    res->dropped = g_steal_pointer(&dropped);
    g_ptr_array_free(res->untranslated, TRUE);
    res->untranslated = g_steal_pointer(&untranslatable);
    /* An answer of nothing whose every word meets in repealed law says
     * that once ("1 repealed provision also matches"), not word by word. */
    for (guint i = 0; (found != NULL || res->repealed_matching == 0) && i < repealed_only->len; i++)
        g_ptr_array_add(res->only_repealed, bare_word(repealed_only->pdata[i]));
    g_ptr_array_free(repealed_only, TRUE);
    if (res->notices == NULL)
        res->notices = g_ptr_array_new_with_free_func(g_free);
    for (guint i = 0; i < corrected->len; i++)
        g_ptr_array_add(res->notices, g_strdup(corrected->pdata[i]));
    if (aged_read != NULL) {
        g_ptr_array_add(res->notices, g_strdup_printf("“%s” was searched as “minor” (насанд хүрээгүй): the "
                                                      "law writes no age in digits",
                                                      aged_read));
    }
    g_ptr_array_free(english, TRUE);
    g_free(searched_as);
    g_free(aged_read);
    g_ptr_array_free(corrected, TRUE);
    g_hash_table_destroy(alone);
    g_free(field_filters);
    g_ptr_array_free(fields, TRUE);
    return res;
}

/* Results by how many units matched, fewest first (GCompareFunc on the
 * places of a GPtrArray, for g_ptr_array_sort). */
static gint
fewer_total(gconstpointer a, gconstpointer b)
{
    const zs_results *x = *(zs_results *const *)a, *y = *(zs_results *const *)b;
    return x->total < y->total ? -1 : x->total > y->total;
}

/* What a partial answer's hit stands for on its page (append_most): a
 * law's article itself, any other document as a whole. */
static const char *
shown_as(const zs_hit *h)
{
    return g_strcmp0(h->type, "code") == 0 ? h->id : h->doc;
}

/* Below `res`, a page of few hits, the documents holding the most of the
 * terms `content` (none of them required) while the page has room: those
 * holding all but one first, then fewer, down to those holding one, each
 * level ranked and each hit marked with how many of the terms it holds at
 * least.  Stopping at half the terms (as search_most does for an answer
 * of its own) left a short page short: "my boss took my passport and
 * makes me work for nothing" showed one unit holding two of its three
 * terms, and not the Criminal Code's forced labour, which holds the
 * rarest one, in its heading.  Those holding fewer than `least` terms are
 * not shown (1: down to one; append_most). */
static void
append_most_from(zs_engine *e, const zs_request *req, zs_results *res, GPtrArray *content, guint least)
{
    unsigned limit = req->limit ? MIN(req->limit, MAX_LIMIT) : 10;
    guint n = content->len;
    if (res->hits->len >= limit || n < 2 || n > MAX_PARTIAL_WORDS)
        return;
    zs_request again = *req;
    again.offset = 0;
    again.no_facets = true;
    /* A law's articles are answers each, and a page may list several of
     * one law; any other document once (its best unit), as every search
     * collapses: the levels and the terms one by one meet the same study's
     * pages again. */
    GHashTable *shown = g_hash_table_new(g_str_hash, g_str_equal);
    for (guint i = 0; i < res->hits->len; i++)
        g_hash_table_add(shown, (gpointer)shown_as(res->hits->pdata[i]));
    /* Levels n-1 down to 2: every k of the terms ANDed, ranked together.
     * Then the terms one by one, the rarest first: ranked together, a
     * common term's articles whose headings hold it ("abroad") came before
     * the rare subject's ("prostitution"). */
    GPtrArray *levels = g_ptr_array_new_with_free_func((GDestroyNotify)zs_results_free);
    for (guint k = n - 1; k >= MAX(2u, least); k--) {
        again.limit = limit + res->hits->len;
        g_ptr_array_add(levels, search_level(e, &again, content, k, -1));
    }
    GPtrArray *ones = g_ptr_array_new_with_free_func((GDestroyNotify)zs_results_free);
    for (guint i = 0; i < n && least <= 1; i++) {
        again.limit = limit + res->hits->len;
        again.query = content->pdata[i];
        zs_results *one = zs_search(e, &again, NULL);
        if (one != NULL && one->total == 0) {
            zs_results_free(one);
            one = NULL;
        }
        if (one != NULL)
            g_ptr_array_add(ones, one);
    }
    g_ptr_array_sort(ones, fewer_total);
    for (guint i = 0; i < ones->len; i++)
        g_ptr_array_add(levels, g_steal_pointer(&ones->pdata[i]));
    g_ptr_array_free(ones, TRUE);
    for (guint l = 0; l < levels->len && res->hits->len < limit; l++) {
        zs_results *most = levels->pdata[l];
        unsigned k = l + 2 <= n - 1 ? n - 1 - l : 1;
        for (guint i = 0; most != NULL && i < most->hits->len && res->hits->len < limit; i++) {
            zs_hit *h = most->hits->pdata[i];
            if (g_hash_table_contains(shown, shown_as(h)))
                continue;
            most->hits->pdata[i] = NULL; /* taken: hit_free passes it by */
            h->partial_matched = k;
            h->partial_of = n;
            g_ptr_array_add(res->hits, h);
            g_hash_table_add(shown, (gpointer)shown_as(h));
        }
    }
    g_hash_table_destroy(shown);
    g_ptr_array_free(levels, TRUE);
}

static void
append_most(zs_engine *e, const zs_request *req, zs_results *res, GPtrArray *content)
{
    append_most_from(e, req, res, content, 1);
}

/* An English question whose every word meets in one or two documents
 * only: those few may be the wrong ones ("parents selling their baby" is
 * all said only by the Anti-Trafficking Law's article on its own bodies;
 * the Criminal Code's 16.6 sells a child without "parents"), so the
 * documents holding the most of its terms follow them on the page
 * (append_most): the full matches keep their places. */
/* The plain words of a query that is an English question (no field filter
 * typed in it), else NULL: what more_articles and partial_below want, read
 * once a search. */
static char **
english_words(zs_engine *e, const zs_request *req)
{
    if (req->query == NULL)
        return NULL;
    GPtrArray *fields = g_ptr_array_new_with_free_func(g_free);
    char **words = plain_words(req->query, fields);
    if (words != NULL &&
        (fields->len > 0 || !all_latin(words) || !zq_english_question(zs_engine_analyzer(e), req->query))) {
        g_strfreev(words);
        words = NULL;
    }
    g_ptr_array_free(fields, TRUE);
    return words;
}

/* The content words of a plain Mongolian query (no Latin letters, no field
 * typed in it) of three such words or more, else NULL. */
static GPtrArray *
mongolian_content(zs_engine *e, const zs_request *req)
{
    if (req->query == NULL)
        return NULL;
    GPtrArray *fields = g_ptr_array_new_with_free_func(g_free);
    char **words = plain_words(req->query, fields);
    GPtrArray *content = NULL;
    bool mongolian = words != NULL && fields->len == 0;
    for (char **w = words; mongolian && *w != NULL; w++)
        for (const char *p = *w; *p && mongolian; p++)
            mongolian = !g_ascii_isalpha(*p);
    if (mongolian) {
        content = g_ptr_array_new_with_free_func(g_free);
        for (char **w = words; *w != NULL; w++)
            if (!stopword(e, *w))
                g_ptr_array_add(content, bare_word(*w));
        if (content->len < 3)
            g_clear_pointer(&content, g_ptr_array_unref);
    }
    g_strfreev(words);
    g_ptr_array_free(fields, TRUE);
    return content;
}

/* A Mongolian query of three words or more whose every word meets in one
 * or two documents only: a natural query with one word the right article
 * lacks (бэлгийн мөлжлөгт өртсөн: 12.3 has no өртөх) lost it.  The
 * documents holding all but one of its words follow, marked partial, as
 * an English question's do; never fewer, which a Mongolian query's
 * inflected words would make a page of chance. */
static void
mongolian_below(zs_engine *e, const zs_request *req, zs_results *res)
{
    if (req->no_relax || req->sort != ZS_SORT_RELEVANCE || req->offset != 0 || res->total == 0 ||
        res->total > FEW_FULL_MATCHES)
        return;
    GPtrArray *content = mongolian_content(e, req);
    if (content == NULL)
        return;
    append_most_from(e, req, res, content, content->len - 1);
    g_ptr_array_unref(content);
}

static void
partial_below(zs_engine *e, const zs_request *req, zs_results *res, char **english)
{
    if (english == NULL) {
        mongolian_below(e, req, res);
        return;
    }
    if (req->no_relax || res->total == 0 || res->total > FEW_FULL_MATCHES)
        return;
    char **terms = glossary_chunks(zs_engine_analyzer(e), english);
    GPtrArray *content = g_ptr_array_new_with_free_func(g_free);
    for (char **t = terms; *t != NULL; t++)
        if (!stopword(e, *t))
            g_ptr_array_add(content, g_strdup(*t));
    append_most(e, req, res, content);
    g_ptr_array_free(content, TRUE);
    g_strfreev(terms);
}

/* Whether a "field:value" filter is of the status field. */
static bool
is_status_filter(const char *filter)
{
    const char *colon = strchr(filter, ':');
    if (colon == NULL)
        return false;
    char *name = g_strndup(filter, colon - filter);
    const zs_field *f = zs_field_lookup(name);
    g_free(name);
    return f != NULL && (f->flags & ZS_FIELD_STATUS) != 0;
}

/* `filters` (may be NULL) with `extra` appended: a new array of borrowed
 * strings, NULL-terminated.  A status `extra` takes the place of the status
 * filters given: two values of one field are ORed, so status:in_force
 * beside status:repealed would count the law in force as repealed. */
static const char **
with_filter(const char *const *filters, const char *extra)
{
    guint n = 0;
    while (filters && filters[n])
        n++;
    const char **out = g_new0(const char *, n + 2);
    bool status = is_status_filter(extra);
    guint k = 0;
    for (guint i = 0; i < n; i++)
        if (!status || !is_status_filter(filters[i]))
            out[k++] = filters[i];
    out[k] = extra;
    return out;
}

/* Whether the query names a status other than in_force ("status:any",
 * "status:repealed"), which widens it beyond today's law. */
static bool
query_lifts_status(const char *query)
{
    for (const char *p = query ? strstr(query, "status:") : NULL; p; p = strstr(p + 1, "status:")) {
        if (p != query && !g_ascii_isspace(p[-1]) && p[-1] != '(' && p[-1] != '-' && p[-1] != '+')
            continue;
        const char *v = p + strlen("status:");
        if (g_ascii_strncasecmp(v, "in_force", 8) != 0 && *v && !g_ascii_isspace(*v))
            return true;
    }
    return false;
}

/* Whether a query says it names a law: a word of it is "law", "code", "act"
 * or "constitution", or a form of "хууль" ("police law"; not "domestic
 * violence", a subject the Domestic Violence Law is also known by).  With
 * `rest`, *rest gets the query without those English words ("domestic
 * violence law": "domestic violence"), NULL when none or nothing else is. */
static bool
says_law(const char *query, char **rest)
{
    static const char *const words[] = {"law", "laws", "code", "act", "constitution", NULL};
    char *valid = g_utf8_make_valid(query, -1);
    char *lower = g_utf8_strdown(valid, -1);
    char **split = g_strsplit_set(lower, " \t,-", -1);
    GString *kept = g_string_new(NULL);
    bool says = false, dropped = false;
    for (char **w = split; *w != NULL; w++) {
        bool english = g_strv_contains(words, *w);
        says = says || english || g_str_has_prefix(*w, "хуул");
        dropped = dropped || english;
        if (**w != '\0' && !english)
            g_string_append_printf(kept, "%s%s", kept->len > 0 ? " " : "", *w);
    }
    if (rest != NULL)
        *rest = dropped && kept->len > 0 ? g_strdup(kept->str) : NULL;
    g_string_free(kept, TRUE);
    g_strfreev(split);
    g_free(lower);
    g_free(valid);
    return says;
}

/* Whether the heading term `heading` of `query` is a name of the statute of
 * the one hit of `pinned`: its title, its English name, or, when the query
 * says it names a law, a name people type for it (headings-en's also-names:
 * "police law"), which, as the statute's own, every article of it carries; a
 * query naming the statute, not one of its articles' headings ("танхайрах"
 * is the Infringement Law's 5.2 and the Code's 20.16, never a law's name). */
static bool
name_is_title(zs_engine *e, const zx_result *pinned, const char *heading, const char *query)
{
    size_t len = 0;
    const char *data = zx_result_data(pinned, 0, &len);
    GVariant *rec = data != NULL ? zr_record_parse(data, len) : NULL;
    bool is = false;
    const char *names[] = {rec != NULL ? zr_record_str(rec, "title") : NULL,
                           rec != NULL ? zr_record_str(rec, ZR_KEY_TITLE_EN) : NULL};
    for (size_t i = 0; i < G_N_ELEMENTS(names) && !is; i++) {
        char *t = names[i] != NULL ? az_heading_term(zs_engine_analyzer(e), names[i]) : NULL;
        is = t != NULL && strcmp(t, heading) == 0;
        g_free(t);
    }
    const char *doc = rec != NULL ? zr_record_str(rec, ZR_KEY_DOC_ID) : NULL;
    if (!is && doc != NULL && says_law(query, NULL)) {
        /* Every article of the statute carries it: its articles with the
         * term as many as its articles. */
        char *units = g_strconcat(ZS_P_DOC, doc, NULL), *article = g_strconcat(ZS_P_KIND, "article", NULL);
        zx_query *of[2] = {zx_query_term(units, 0, 0), zx_query_term(article, 0, 0)};
        zx_query *articles = zx_query_combine(ZX_OP_AND, of, 2);
        zx_query *named[2] = {zx_query_copy(articles), zx_query_term(heading, 0, 0)};
        zx_query *with = zx_query_combine(ZX_OP_AND, named, 2);
        zx_search_opts count = {.limit = 0, .collapse_slot = -1, .sort_slot = -1, .exact_counts = true};
        zx_result *all = NULL, *some = NULL;
        is = zx_search(e->db, articles, &count, &all, NULL) == ZX_OK &&
             zx_search(e->db, with, &count, &some, NULL) == ZX_OK && zx_result_total(all) > 0 &&
             zx_result_total(all) == zx_result_total(some);
        if (all != NULL)
            zx_result_free(all);
        if (some != NULL)
            zx_result_free(some);
        zx_query_free(articles);
        zx_query_free(with);
        g_free(units);
        g_free(article);
    }
    if (rec != NULL)
        g_variant_unref(rec);
    return is;
}

/* The first article of the law of acronym `law` whose name's mark is
 * `mark` (schema.h XW, XB): its article 1, or 1.1 where the law numbers
 * its articles within chapters. */
static zx_query *
law_opening(const char *law, const char *mark)
{
    char *one = g_strconcat(ZS_P_PROVISION, law, ":1", NULL);
    char *one_one = g_strconcat(ZS_P_PROVISION, law, ":1.1", NULL);
    char *law_t = g_strconcat(ZS_P_LAW, law, NULL);
    char *mark_t = g_strconcat(ZS_P_LAW_MARK, mark, NULL);
    zx_query *first[2] = {zx_query_term(one, 0, 0), zx_query_term(one_one, 0, 0)};
    zx_query *whose[2] = {zx_query_term(law_t, 0, 0), zx_query_term(mark_t, 0, 0)};
    zx_query *both[2] = {zx_query_combine(ZX_OP_OR, first, 2), zx_query_combine(ZX_OP_AND, whose, 2)};
    g_free(one);
    g_free(one_one);
    g_free(law_t);
    g_free(mark_t);
    return zx_query_combine(ZX_OP_FILTER, both, 2);
}

/* Readings a word of a Latin-typed law's name is tried as. */
#define LATIN_LAW_READINGS 4
/* Combinations of them tried, likeliest first. */
#define LATIN_LAW_TRIES    32

/* The law a query names when it is Mongolian typed in Latin letters
 * ("bolovsrolyn tuhai huuli", "hun hudaldaalahtai temtseh tuhai huuli", or
 * its title alone, "gaaliin tuhai"),
 * as zp_parse_query_law reads one in Cyrillic: of the words' dictionary
 * readings (az_latin_words, a few a word, each a name's mark apart: "hun"
 * is хун before хүн), the first combination whose law and mark the index
 * holds; NULL (and *mark NULL) when a word is not so typed or none does. */
static char *
latin_query_law(zs_engine *e, const char *query, char **mark)
{
    *mark = NULL;
    char **words = g_strsplit_set(query, " \t", -1);
    GPtrArray *readings = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
    bool typed = true;
    /* From the last word: a name ends "тухай хууль" (in a case), and those
     * two read so or nothing is tried at all. */
    for (int i = (int)g_strv_length(words) - 1; typed && i >= 0; i--) {
        if (*words[i] == '\0')
            continue;
        char *folded = g_ascii_strdown(words[i], -1);
        typed = tl_latin_typed(folded);
        GPtrArray *all = typed ? az_latin_words(zs_engine_analyzer(e), folded) : NULL;
        GPtrArray *kept = g_ptr_array_new_with_free_func(g_free);
        for (guint k = 0; all != NULL && k < all->len && kept->len < LATIN_LAW_READINGS; k++) {
            const char *r = all->pdata[k];
            bool fits = true;
            if (readings->len == 0)
                fits = g_str_has_prefix(r, "хуул");
            else if (readings->len == 1)
                fits = strcmp(r, "тухай") == 0;
            /* A reading whose first three letters another has says nothing
             * new of the mark. */
            for (guint m = 0; fits && m < kept->len; m++)
                fits = strncmp(kept->pdata[m], r, 6) != 0; /* three Cyrillic letters */
            if (fits)
                g_ptr_array_add(kept, g_strdup(r));
        }
        /* A statute's title ends at "тухай" ("gaaliin tuhai"): its name
         * with "хууль" after. */
        for (guint k = 0; readings->len == 0 && kept->len == 0 && all != NULL && k < all->len; k++) {
            if (strcmp(all->pdata[k], "тухай") != 0)
                continue;
            GPtrArray *law_word = g_ptr_array_new_with_free_func(g_free);
            g_ptr_array_add(law_word, g_strdup("хууль"));
            g_ptr_array_add(readings, law_word);
            g_ptr_array_add(kept, g_strdup("тухай"));
        }
        typed = typed && kept->len > 0;
        g_ptr_array_insert(readings, 0, kept);
        if (all != NULL)
            g_ptr_array_free(all, TRUE);
        g_free(folded);
    }
    g_strfreev(words);
    guint n = readings->len;
    char *law = NULL;
    guint *at = g_new0(guint, MAX(n, 1));
    for (int tries = 0; typed && n >= 3 && law == NULL && tries < LATIN_LAW_TRIES; tries++) {
        GString *name = g_string_new(NULL);
        for (guint i = 0; i < n; i++) {
            const GPtrArray *r = g_ptr_array_index(readings, i);
            g_string_append_printf(name, "%s%s", i > 0 ? " " : "", (const char *)r->pdata[at[i]]);
        }
        law = zp_parse_query_law(name->str, mark);
        g_string_free(name, TRUE);
        if (law != NULL) {
            char *law_t = g_strconcat(ZS_P_LAW, law, NULL), *mark_t = g_strconcat(ZS_P_LAW_MARK, *mark, NULL);
            if (zx_db_termfreq(e->db, law_t) == 0 || zx_db_termfreq(e->db, mark_t) == 0) {
                g_clear_pointer(&law, g_free);
                g_clear_pointer(mark, g_free);
            }
            g_free(law_t);
            g_free(mark_t);
        }
        /* The next combination: the first word's next reading, carried. */
        guint i = 0;
        for (; i < n; i++) {
            const GPtrArray *r = g_ptr_array_index(readings, i);
            if (++at[i] < r->len)
                break;
            at[i] = 0;
        }
        if (i == n)
            break;
    }
    g_free(at);
    g_ptr_array_unref(readings);
    return law;
}

/* The provision key of a query that is one field naming a provision
 * ("article:6.11", "provision:6.11"), or NULL. */
static char *
field_reference(const char *query)
{
    const char *colon = strchr(query, ':');
    if (colon == NULL || strpbrk(colon + 1, " \t\"()") != NULL)
        return NULL;
    char *name = g_strstrip(g_strndup(query, colon - query));
    const zs_field *f = zs_field_lookup(name);
    g_free(name);
    /* The fields naming the provision itself (not cites:, what refers to it). */
    if (f == NULL || f->prefix == NULL ||
        (strcmp(f->prefix, ZS_P_ARTICLE) != 0 && strcmp(f->prefix, ZS_P_PROVISION) != 0) || !colon[1])
        return NULL;
    char *key = zs_field_value(f, colon + 1);
    if (*key == '\0' || !g_ascii_isdigit(*key)) {
        g_free(key);
        return NULL;
    }
    return key;
}

/* Words that frame a question about a provision without saying anything
 * of its content: "what does article 6.11 say", "6.11 дүгээр зүйлд юу гэж
 * заасан бэ".  With the stopwords of either language they are taken off a
 * query before asking whether the rest is one reference. */
static const char *const question_frame[] = {
    "say",  "says", "said", "state", "states", "provide", "provides", "mean", "means", "tell",
    "show", "read", "reads", "text",  "юу",     "гэж",      "заасан",   "заадаг", "бэ",    "вэ"};

/* The provision key of a query that is one reference framed as a question
 * (question_frame, stopwords), or NULL: "what does article 6.11 say" asks
 * for 6.11 as "article 6.11" does, repealed or not. */
static char *
question_reference(az_analyzer *az, const char *query)
{
    char **words = g_strsplit_set(query, " \t\r\n", -1);
    GString *rest = g_string_new(NULL);
    bool framed = false;
    for (char **w = words; *w != NULL; w++) {
        if (**w == '\0')
            continue;
        char *bare = g_strdup(*w);
        g_strstrip(g_strdelimit(bare, "?!,;\"", ' '));
        char *folded = az_fold(bare, -1);
        bool frame = *folded == '\0' || az_is_stopword(az, folded);
        for (size_t i = 0; !frame && i < G_N_ELEMENTS(question_frame); i++)
            frame = strcmp(folded, question_frame[i]) == 0;
        /* A number is never framing, whatever a stopword list holds. */
        frame = frame && !g_ascii_isdigit(*bare);
        if (frame)
            framed = true;
        else
            g_string_append_printf(rest, "%s%s", rest->len ? " " : "", bare);
        g_free(folded);
        g_free(bare);
    }
    g_strfreev(words);
    char *key = framed && rest->len ? zp_parse_query_ref(rest->str) : NULL;
    g_string_free(rest, TRUE);
    return key;
}

/* One hit a law hid its answer behind: "deportation of a foreigner" found
 * the Foreign Citizens Law by article 38 (expulsion's procedure) and hid
 * article 37 (the expulsion itself) among its "more"; the Criminal Code's
 * one place went to 13.1, not to 1.10 on limitations.  So a statute's
 * articles that weigh nearly as much as its best (MORE_ARTICLE_RATIO) are
 * shown after the laws' best, while the page has room: only when every matching law
 * is shown already, so that no law is pushed off the page (the offset
 * counts laws) and a page never holds more than `limit` hits.  `full` is
 * the query searched, its filter included; `from` the first hit of it
 * (the pinned come before). */
static void
more_articles(zs_engine *e, const zx_query *full, zs_results *res, guint from, unsigned limit,
              const zq_highlight *hl, bool snippets, const char *day)
{
    if (res->hits->len >= limit || res->total > res->hits->len)
        return;
    guint n = res->hits->len;
    GPtrArray *extra = g_ptr_array_new();
    for (guint i = from; i < n; i++) {
        zs_hit *h = res->hits->pdata[i];
        if (h->law == NULL || h->provision == NULL || h->doc == NULL || h->more == 0 || h->weight <= 0 ||
            n + extra->len >= limit)
            continue;
        char *term = g_strconcat(ZS_P_DOC, h->doc, NULL);
        zx_query *parts[2] = {zx_query_copy(full), zx_query_term(term, 0, 0)};
        g_free(term);
        zx_query *within = zx_query_combine(ZX_OP_FILTER, parts, 2);
        zx_search_opts opts = {.limit = MORE_ARTICLES_MAX + 1, .collapse_slot = -1, .sort_slot = -1};
        zx_result *r = NULL;
        if (zx_search(e->db, within, &opts, &r, NULL) == ZX_OK) {
            for (size_t k = 0; k < zx_result_size(r) && n + extra->len < limit; k++) {
                if (zx_result_weight(r, k) < MORE_ARTICLE_RATIO * h->weight)
                    break;
                zs_hit *m = make_hit(e, r, k, hl, snippets, false, day);
                if (g_strcmp0(m->id, h->id) == 0 || m->provision == NULL) {
                    hit_free(m);
                    continue;
                }
                m->more = 0;
                m->of_law_shown = true;
                if (h->more > 0)
                    h->more--;
                g_ptr_array_add(extra, m);
            }
        }
        zx_result_free(r);
        zx_query_free(within);
    }
    /* The further articles after every law's best, in their laws' order:
     * put among the laws by weight, they pushed another law off the head
     * of the page (the Criminal Code's limitation periods fell from third
     * to fourth under two more of the Procedure Law's articles), and the
     * head of a page of 10 was no longer that of a page of 3. */
    for (guint k = 0; k < extra->len; k++)
        g_ptr_array_add(res->hits, extra->pdata[k]);
    g_ptr_array_free(extra, TRUE);
}

/* Whether a hit's text holds none of the query's words, nor its own
 * English headings (heading_en_matched: "plea agreement" is what people
 * type for the Procedure Law's chapter 17, whose articles never say it):
 * its law matched by its name alone (the words people type for a law,
 * migrant workers for the Labour-Abroad Law, are title terms of every one
 * of its units), so the unit shown is whichever is shortest, an
 * entry-into-force article. */
static bool
title_only(const zs_hit *h)
{
    return h->provision != NULL && (h->passages == NULL || h->passages->len == 0) &&
           (h->snippet == NULL || strstr(h->snippet, "<mark>") == NULL) && !h->heading_en_matched;
}

/* An English question's hits whose text answers come before those of a
 * law that matched by its name alone ("exploitation of migrant workers"
 * opened with the Labour-Abroad Law's entry into force, no word of the
 * question in it); their order is kept otherwise.  `from`: the first hit
 * searched (the pinned stay first). */
static void
title_only_last(zs_results *res, guint from)
{
    GPtrArray *later = g_ptr_array_new();
    guint w = from;
    for (guint i = from; i < res->hits->len; i++) {
        zs_hit *h = res->hits->pdata[i];
        if (title_only(h))
            g_ptr_array_add(later, h);
        else
            res->hits->pdata[w++] = h;
    }
    if (w == from) { /* every hit by its title: nothing to move before */
        for (guint i = 0; i < later->len; i++)
            res->hits->pdata[from + i] = later->pdata[i];
    } else {
        for (guint i = 0; i < later->len; i++)
            res->hits->pdata[w + i] = later->pdata[i];
    }
    g_ptr_array_free(later, TRUE);
}

/* A statute's opening unit (its name, date and place before the first
 * article: a section of a code) holds no law, yet it matched a question in
 * the law's own name in a few lines, which BM25 weighs above an article of
 * hundreds of words: "domestic violence risk" showed the Domestic Violence
 * Law by its title, not by article 31, and the Law on Travel Abroad's title
 * outranked the article that answered.  It is weighed at OPENING_WEIGHT of
 * what it matched: its document still comes first when the question names
 * only the law, through its articles, which carry the same title terms.
 * So are its framing articles (ZS_KIND_FRAME: the legislation it belongs
 * to, liability for breaching it, its entry into force), which name the
 * law in a line: "minimum wage" showed the Minimum Wage Law by its
 * "legislation" article, the witness protection law by its liability
 * clause. */
static zx_query *
weigh_opening(zx_query *q)
{
    if (q == NULL || zx_query_is_empty(q))
        return q;
    zx_query *opening_parts[2] = {zx_query_term(ZS_P_TYPE "code", 0, 0), zx_query_term(ZS_P_KIND "section", 0, 0)};
    zx_query *framing[2] = {zx_query_combine(ZX_OP_AND, opening_parts, 2), zx_query_term(ZS_P_KIND ZS_KIND_FRAME, 0, 0)};
    zx_query *opening = zx_query_combine(ZX_OP_OR, framing, 2);
    zx_query *rest[2] = {zx_query_copy(q), zx_query_copy(opening)};
    zx_query *in_opening[2] = {q, opening};
    zx_query *either[2] = {zx_query_combine(ZX_OP_AND_NOT, rest, 2),
                           zx_query_scale(zx_query_combine(ZX_OP_FILTER, in_opening, 2), OPENING_WEIGHT)};
    return zx_query_combine(ZX_OP_OR, either, 2);
}

/* A hit opened by the reference of one of its parts or points ("ЭХ-ийн
 * 9.2.1.3" opens article 9.2): when that part is no law (repealed, its
 * time run out, or a part holding it so), the hit says so as a hit
 * through the article's repealed parts does (zs_hit.repealed_parts: the
 * article lives, the part asked for does not), so that no reader takes
 * the part for law in force.  `ref` a reference's key, its law's acronym
 * before a colon ("ЭХ:9.2.1.3") or not. */
static void
asked_part_gone(const zx_result *r, size_t i, const char *ref, const char *day, zs_hit *h)
{
    const char *colon = strrchr(ref, ':');
    const char *key = colon != NULL ? colon + 1 : ref;
    size_t n = h->provision != NULL ? strlen(h->provision) : 0;
    if (n == 0 || g_strcmp0(h->status, "in_force") != 0 || h->repealed_parts != NULL ||
        strncmp(key, h->provision, n) != 0 || key[n] != '.')
        return;
    size_t len = 0;
    const char *data = zx_result_data(r, i, &len);
    GVariant *rec = data != NULL ? zr_record_parse(data, len) : NULL;
    if (rec == NULL)
        return;
    GPtrArray *history = zs_history_parse(zr_record_str(rec, "amendments"));
    const char *on = NULL;
    if (zl_history_repealed(history, key, &on, day)) {
        h->repealed_parts = g_strdup(key);
        g_free(h->repealed_on);
        h->repealed_on = zs_dup_nonempty(on);
        g_free(h->status);
        h->status = g_strdup("repealed"); /* zs_hit_status says in_force: the article's */
        g_free(h->repealed_how);
        h->repealed_how = g_strdup(zs_history_gone_how(history, on));
    }
    g_ptr_array_free(history, TRUE);
    g_variant_unref(rec);
}

static zs_results *search_on(zs_engine *e, const zs_request *req, const char *day, GError **error);

/* A provision opened past the search's filter (a repealed one asked for
 * by its reference, article:12.4) counts in `total`: its status counts in
 * the status facet too, which the search's own matches left without it.
 * The first `pinned` hits are those. */
static void
status_of_pinned(zs_facet *facet, const zs_results *res, guint pinned)
{
    for (guint i = 0; i < pinned && i < res->hits->len; i++) {
        const char *status = zs_hit_status(res->hits->pdata[i]);
        if (status == NULL)
            continue;
        zs_facet_value *v = NULL;
        for (guint k = 0; k < facet->values->len && v == NULL; k++)
            if (strcmp(((zs_facet_value *)facet->values->pdata[k])->value, status) == 0)
                v = facet->values->pdata[k];
        if (v == NULL) {
            v = g_new0(zs_facet_value, 1);
            v->value = g_strdup(status);
            g_ptr_array_add(facet->values, v);
        }
        v->count++;
    }
    g_ptr_array_sort(facet->values, facet_value_cmp);
}

/* The status facet of a search for the law of a day: the index's values
 * are today's, but every document an in-force filter lets through was law
 * in force on that day (valid_from <= D <= valid_to), a repealed part's
 * text too, unless a hit of the page matched only through what was no law
 * then (law_on_day): those are counted as they are shown. */
static void
status_on_day(zs_facet *facet, const zs_results *res)
{
    unsigned gone = 0, pending = 0;
    for (guint i = 0; i < res->hits->len; i++) {
        const zs_hit *h = res->hits->pdata[i];
        if (g_strcmp0(h->status, "repealed") == 0)
            gone++;
        else if (h->match_not_yet_in_force)
            pending++;
    }
    unsigned all = res->total, law = all > gone + pending ? all - gone - pending : 0;
    g_ptr_array_set_size(facet->values, 0);
    const char *names[3] = {"in_force", "repealed", "not_yet_in_force"};
    unsigned counts[3] = {law, gone, pending};
    for (int k = 0; k < 3; k++) {
        if (counts[k] == 0)
            continue;
        zs_facet_value *v = g_new0(zs_facet_value, 1);
        v->value = g_strdup(names[k]);
        v->count = counts[k];
        g_ptr_array_add(facet->values, v);
    }
    g_ptr_array_sort(facet->values, facet_value_cmp);
}

/* The in-force day among `filters` ("inforce:2020-01-01", a day of any
 * spelling filter.c takes), as YYYY-MM-DD (new), or NULL. */
static char *
in_force_day(const char *const *filters)
{
    for (const char *const *f = filters; f != NULL && *f != NULL; f++) {
        const char *colon = strchr(*f, ':');
        if (colon == NULL)
            continue;
        char *name = g_ascii_strdown(*f, colon - *f);
        const zs_field *field = zs_field_lookup(g_strstrip(name));
        g_free(name);
        if (field == NULL || !(field->flags & ZS_FIELD_IN_FORCE))
            continue;
        GString *digits = g_string_new(NULL);
        for (const char *p = colon + 1; *p; p++)
            if (g_ascii_isdigit(*p))
                g_string_append_c(digits, *p);
        char *day = digits->len == 8 ? g_strdup_printf("%.4s-%.2s-%.2s", digits->str, digits->str + 4,
                                                       digits->str + 6)
                                     : NULL;
        g_string_free(digits, TRUE);
        return day;
    }
    return NULL;
}

/* `query` without its in-force filter typed in it ("Жирафхөлөг
 * inforce:2018-05-01"), which *taken gets ("inforce:2018-05-01", new):
 * a filter as -f gives it, as status: and amended: are in the query.
 * NULL when the query has none. */
static char *
take_in_force(const char *query, char **taken)
{
    *taken = NULL;
    if (query == NULL || strstr(query, ":") == NULL)
        return NULL;
    char **words = g_strsplit_set(query, " \t\r\n", -1);
    GString *rest = g_string_new(NULL);
    for (char **w = words; *w != NULL; w++) {
        const char *colon = strchr(*w, ':');
        bool day = false;
        if (*taken == NULL && colon != NULL && colon > *w && colon[1] != '\0') {
            char *name = g_ascii_strdown(*w, colon - *w);
            const zs_field *field = zs_field_lookup(name);
            day = field != NULL && (field->flags & ZS_FIELD_IN_FORCE);
            g_free(name);
        }
        if (day)
            *taken = g_strdup(*w);
        else if (**w)
            g_string_append_printf(rest, "%s%s", rest->len ? " " : "", *w);
    }
    g_strfreev(words);
    if (*taken == NULL) {
        g_string_free(rest, TRUE);
        return NULL;
    }
    return g_string_free(rest, FALSE);
}

/* A search, for the law of today or of the day an in-force filter names:
 * its hits are made with the histories read as of that day (search_on's
 * `day`), so a hit's parts are said as they stood then; the day stays in
 * the results (in_force_day) for whatever prints them. */
zs_results *
zs_search(zs_engine *e, const zs_request *req, GError **error)
{
    zs_request asked = *req;
    char *taken = NULL, *rest = take_in_force(req->query, &taken);
    const char **filters = NULL;
    if (taken != NULL) {
        filters = with_filter(req->filters, taken);
        asked.filters = filters;
        asked.query = rest;
    }
    /* A short first page is the head of the page of FIRST_PAGE: what is
     * put beside and below the best hits of a page (a law's further
     * articles, the answers holding fewer words, the title-only moved
     * last) depends on what the page holds, so "plea agreement" asked
     * for 3 and for 5 hits began with different laws. */
    if (asked.offset == 0 && asked.sort == ZS_SORT_RELEVANCE && asked.limit > 0 && asked.limit < FIRST_PAGE)
        asked.limit = FIRST_PAGE;
    char *day = in_force_day(asked.filters);
    zs_results *res = search_on(e, &asked, day, error);
    if (res != NULL && req->limit > 0 && res->hits->len > req->limit)
        g_ptr_array_set_size(res->hits, req->limit);
    if (res != NULL && taken != NULL) {
        g_free(res->query);
        res->query = g_strdup(req->query);
    }
    if (res != NULL && res->in_force_day == NULL)
        res->in_force_day = g_steal_pointer(&day);
    g_free(day);
    g_free(filters);
    g_free(taken);
    g_free(rest);
    return res;
}

/* The search itself, its hits said as of `day` (YYYY-MM-DD; NULL: today). */
static zs_results *
search_on(zs_engine *e, const zs_request *req, const char *day, GError **error)
{
    gint64 t0 = g_get_monotonic_time();
    zq_highlight *hl = zq_highlight_new();
    g_autoptr(GPtrArray) notices = g_ptr_array_new_with_free_func(g_free);
    zq_options qopts = {
        .no_synonyms = req->no_synonyms, .db = e->db, .phrase_terms = zs_engine_phrase_terms(e), .notices = notices};
    zx_query *q = zq_parse_with(zs_engine_analyzer(e), req->query, &qopts, hl, error);
    if (!q) {
        zq_highlight_free(hl);
        return NULL;
    }
    if (req->query && *req->query)
        q = weigh_opening(q);
    /* A query that is one provision reference or decision number ("13.1",
     * "13.1 дүгээр зүйлийн 2 дахь хэсэг", "2024/ШЦТ/67") also finds what cites
     * it, and opens with the provision or decision itself (pinned below). */
    char *ref_mark = NULL;
    char *ref = req->query ? zp_parse_query_ref_marked(req->query, &ref_mark) : NULL;
    if (ref == NULL && req->query != NULL)
        ref = question_reference(zs_engine_analyzer(e), req->query);
    char *asked_ref = ref != NULL && strchr(ref, '/') == NULL ? g_strdup(ref) : NULL;
    zx_query *pin = NULL;
    if (ref) {
        bool decision = strchr(ref, '/') != NULL;
        char *own = g_strconcat(decision ? ZS_P_NUMBER : ZS_P_PROVISION, ref, NULL);
        char *cited = g_strconcat(ZS_P_CITES, ref, NULL);
        zx_query *own_q = zx_query_term(own, 0, 0), *cited_q = zx_query_term(cited, 0, 0);
        if (!decision && ref_mark != NULL) {
            /* Another law named in words ("Барилгын тухай хуулийн 8.1"):
             * that law's article and what cites it by that name, not those
             * of the other laws of its initials (schema.h XB, XM). */
            char *law = g_strconcat(ZS_P_LAW_MARK, ref_mark, NULL);
            char *named = g_strconcat(ZS_P_CITES_MARK, ref, "@", ref_mark, NULL);
            char *unnamed = g_strconcat(ZS_P_CITES_MARK, ref, "@", NULL);
            zx_query *mine[2] = {own_q, zx_query_term(law, 0, 0)};
            own_q = zx_query_combine(ZX_OP_FILTER, mine, 2);
            zx_query *citing[2] = {zx_query_term(named, 0, 0), zx_query_term(unnamed, 0, 0)};
            zx_query_free(cited_q);
            cited_q = zx_query_combine(ZX_OP_OR, citing, 2);
            g_free(law);
            g_free(named);
            g_free(unnamed);
        }
        pin = zx_query_copy(own_q);
        zx_query *alts[3] = {q, own_q, cited_q};
        q = zx_query_combine(ZX_OP_OR, alts, 3);
        g_free(own);
        g_free(cited);
    }
    g_free(ref_mark);
    /* "article:6.11" alone opens the provision as "6.11" does. */
    bool field_pin = false;
    if (!ref && req->query && (ref = field_reference(req->query)) != NULL) {
        field_pin = true;
        char *own = g_strconcat(ZS_P_PROVISION, ref, NULL);
        pin = zx_query_term(own, 0, 0);
        g_free(own);
    }
    /* A query naming a law and nothing more ("Гаалийн тухай хууль") opens
     * with that law's first article, of the law its name's mark tells among
     * those of its initials, when the search's filter (today's law by
     * default) holds it; the words are searched as ever after it. */
    bool law_pin = false; /* pins a law's opening: never a repealed one */
    if (!pin && req->query != NULL) {
        char *law_mark = NULL;
        char *law = zp_parse_query_law(req->query, &law_mark);
        if (law == NULL)
            law = latin_query_law(e, req->query, &law_mark);
        if (law != NULL) {
            law_pin = true;
            pin = law_opening(law, law_mark);
            zx_query *alts[2] = {q, zx_query_copy(pin)};
            q = zx_query_combine(ZX_OP_OR, alts, 2);
        }
        g_free(law);
        g_free(law_mark);
    }
    /* A query that is a statute's title or English name as its heading
     * terms hold it ("law on customs", "banking law": headings-en) opens
     * with that statute's first article: of one statute only, and only when
     * it is the statute's name, not an article's heading (name_is_title). */
    char *heading = NULL;
    if (!pin && req->query != NULL) {
        /* Only a heading the index holds: most queries are none, and cost
         * one term lookup rather than a second search. */
        heading = az_heading_term(zs_engine_analyzer(e), req->query);
        if (heading != NULL && zx_db_termfreq(e->db, heading) == 0)
            g_clear_pointer(&heading, g_free);
        /* "domestic violence law": the subject a law is known by, said to
         * be a law (name_is_title holds it to one statute's every article). */
        char *subject = NULL;
        if (heading == NULL && says_law(req->query, &subject) && subject != NULL) {
            heading = az_heading_term(zs_engine_analyzer(e), subject);
            if (heading != NULL && zx_db_termfreq(e->db, heading) == 0)
                g_clear_pointer(&heading, g_free);
            g_free(subject);
        }
        const char *h = heading;
        if (h != NULL) {
            char *code = g_strconcat(ZS_P_TYPE, "code", NULL), *article = g_strconcat(ZS_P_KIND, "article", NULL);
            zx_query *of[2] = {zx_query_term(code, 0, 0), zx_query_term(article, 0, 0)};
            zx_query *named[2] = {zx_query_term(h, 0, 0), zx_query_combine(ZX_OP_AND, of, 2)};
            pin = zx_query_combine(ZX_OP_FILTER, named, 2);
            law_pin = true;
            g_free(code);
            g_free(article);
        }
    }
    const bool heading_pin = heading != NULL;
    /* An engine opened for fewer levels also filters on them inside the
     * query: a second guard besides never opening the other databases. */
    zs_request effective = *req;
    if (!effective.access)
        effective.access = e->access;
    /* status:repealed or status:any typed in the query asks for more than
     * today's law, as the same filter would. */
    const char **lifted = NULL;
    if (query_lifts_status(req->query)) {
        lifted = with_filter(req->filters, "status:any");
        effective.filters = lifted;
    }
    bool by_default = !lifted && !zs_filters_lift_default(effective.filters);
    zx_query *filter = zs_filter_query(&effective, error);
    if (filter && req->indexed_since) {
        /* Slot values are the 14-digit moment, then the unit's date: those
         * at or above the moment's 14 digits are of that second or later. */
        zx_query *fparts[2] = {filter, zx_query_value_range(ZS_SLOT_INDEXED, req->indexed_since, NULL)};
        filter = zx_query_combine(ZX_OP_AND, fparts, 2);
    }
    if (!filter) {
        zx_query_free(q);
        zx_query_free(pin);
        g_free(heading);
        g_free(ref);
        g_free(asked_ref);
        g_free(lifted);
        zq_highlight_free(hl);
        return NULL;
    }
    /* A provision asked for by its reference opens even when it is
     * repealed (the page says so); and what the default of today's law
     * left out is counted, to be offered. */
    zx_query *pin_wider = NULL, *repealed_filter = NULL;
    if (pin || by_default) {
        const char **any = with_filter(effective.filters, "status:any");
        const char **repealed = with_filter(effective.filters, "status:repealed");
        zs_request wider = effective;
        /* A reference pins what today's law holds, else what any version
         * held; "article:6.11" alone pins only a repealed provision (the
         * search itself finds a living one). */
        wider.filters = field_pin ? repealed : any;
        zx_query *pf = pin && by_default && !law_pin ? zs_filter_query(&wider, NULL) : NULL;
        if (pf != NULL) {
            zx_query *wparts[2] = {zx_query_copy(pin), pf};
            pin_wider = zx_query_combine(ZX_OP_FILTER, wparts, 2);
        }
        wider.filters = repealed;
        if (by_default && !req->no_facets && req->query && *req->query)
            repealed_filter = zs_filter_query(&wider, NULL);
        g_free(any);
        g_free(repealed);
    }
    zx_query *repealed_q = repealed_filter ? zx_query_copy(q) : NULL;
    bool pin_is_wider = false; /* pins only what the search's filter leaves out */
    if (pin && field_pin && pin_wider) {
        zx_query_free(pin);
        pin = g_steal_pointer(&pin_wider);
        pin_is_wider = true;
    } else if (pin) {
        zx_query *pparts[2] = {pin, zx_query_copy(filter)};
        pin = zx_query_combine(ZX_OP_FILTER, pparts, 2);
    } else if (field_pin) {
        zx_query_free(pin_wider);
        pin_wider = NULL;
    }
    zx_query *parts[2] = {q, filter};
    zx_query *full = zx_query_combine(ZX_OP_FILTER, parts, 2);
    zx_query *searched = zx_query_copy(full); /* for more_articles */

    const zs_field *facets[ZS_MAX_FIELDS];
    unsigned n_facets = zs_facet_fields(facets);
    zx_facet_spec specs[ZS_MAX_FIELDS];
    for (unsigned k = 0; k < n_facets; k++) {
        specs[k].slot = (unsigned)facets[k]->slot;
        specs[k].multi = (facets[k]->flags & ZS_FIELD_MULTI) != 0;
        /* Read at a document's first matching unit only: reading values
         * was most of the counting's cost. */
        specs[k].same_in_document = (facets[k]->flags & ZS_FIELD_PER_DOCUMENT) != 0;
    }
    unsigned limit = req->limit ? MIN(req->limit, MAX_LIMIT) : 10;
    zx_search_opts opts = {
        .offset = req->offset,
        .limit = limit,
        .collapse_slot = ZS_SLOT_DOC,
        .sort_slot = req->sort == ZS_SORT_RELEVANCE      ? -1
                     : req->sort == ZS_SORT_INDEXED_DESC ? ZS_SLOT_INDEXED
                                                         : ZS_SLOT_DATE,
        .sort_reverse = req->sort == ZS_SORT_DATE_DESC || req->sort == ZS_SORT_INDEXED_DESC,
        .facets = req->no_facets ? NULL : specs,
        .n_facets = req->no_facets ? 0 : n_facets,
        .exact_counts = !req->no_facets,
        .facets_packed = true,
        .facet_pack_slot = ZS_SLOT_FACETS,
        .ties_by_collapse_key = true,
        /* Every query hides one copy of a masked document (filter.c). */
        .parts_disjoint = e->one_folder,
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
    bool pinned_wider = pin_is_wider; /* found only past the search's filter */
    if (st == ZX_OK && pin && req->offset == 0 && req->sort == ZS_SORT_RELEVANCE) {
        zx_search_opts popts = {
            .limit = 3, .collapse_slot = ZS_SLOT_DOC, .sort_slot = -1, .ties_by_collapse_key = true};
        if (heading_pin) {
            /* Each statute's first article; pinned only if one statute. */
            popts.limit = 2;
            popts.sort_slot = ZS_SLOT_ORDINAL;
        }
        if (zx_search(e->db, pin, &popts, &pinned, NULL) != ZX_OK)
            pinned = NULL;
        if (pinned != NULL && heading_pin &&
            (zx_result_size(pinned) != 1 || !name_is_title(e, pinned, heading, req->query)))
            g_clear_pointer(&pinned, zx_result_free);
        if (pinned != NULL && zx_result_size(pinned) == 0 && pin_wider != NULL) {
            zx_result_free(pinned);
            if (zx_search(e->db, pin_wider, &popts, &pinned, NULL) != ZX_OK)
                pinned = NULL;
            pinned_wider = pinned != NULL;
        }
    }
    zx_query_free(pin);
    zx_query_free(pin_wider);
    g_free(heading);
    g_free(ref);
    g_free(lifted);
    unsigned repealed_matching = 0;
    if (st == ZX_OK && repealed_q) {
        zx_query *rparts[2] = {repealed_q, repealed_filter};
        zx_query *rq = zx_query_combine(ZX_OP_FILTER, rparts, 2);
        zx_search_opts ropts = {.limit = 0, .collapse_slot = -1, .sort_slot = -1, .exact_counts = true};
        zx_result *rr = NULL;
        if (zx_search(e->db, rq, &ropts, &rr, NULL) == ZX_OK)
            repealed_matching = zx_result_total(rr);
        zx_result_free(rr);
        zx_query_free(rq);
    } else {
        zx_query_free(repealed_q);
        zx_query_free(repealed_filter);
    }
    char **missing = st != ZX_OK ? zx_db_missing_parts(e->db) : NULL;
    if (st != ZX_OK && missing != NULL && missing[0] != NULL) {
        /* Every database is remote and none answered: Xapian then has no
         * database to search, and said so in its own words (probe F3, F9). */
        char *names = g_strjoinv(", ", missing);
        g_set_error(error, ZS_ERROR, ZS_ERROR_DB, "no database answered: %s (tried again every few seconds)", names);
        g_free(names);
    } else if (st != ZX_OK) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_DB, "search failed: %s", msg ? msg : "unknown error");
    }
    g_strfreev(missing);
    if (st != ZX_OK) {
        zx_query_free(searched);
        g_free(asked_ref);
        g_free(msg);
        zx_result_free(r);
        zq_highlight_free(hl);
        return NULL;
    }
    zs_results *res = g_new0(zs_results, 1);
    res->query = g_strdup(req->query ? req->query : "");
    res->notices = g_steal_pointer(&notices);
    /* The hits first, their snippets included, while the counting pass
     * may still run on another core; then the counts. */
    res->hits = g_ptr_array_new_with_free_func((GDestroyNotify)hit_free);
    GHashTable *shown = g_hash_table_new(g_str_hash, g_str_equal);
    res->repealed_matching = repealed_matching;
    /* A provision opened though the search's filter leaves it out (a
     * repealed one, pinned_wider) is one document more than it counted,
     * unless another of its units is among them (seen below). */
    unsigned pinned_outside = 0;
    for (size_t i = 0; pinned && i < zx_result_size(pinned) && res->hits->len < limit; i++) {
        zs_hit *h = make_hit(e, pinned, i, hl, !req->no_snippets, req->sort == ZS_SORT_INDEXED_DESC, day);
        if (asked_ref != NULL)
            asked_part_gone(pinned, i, asked_ref, day, h);
        if (pinned_wider)
            pinned_outside++;
        /* Shown already: not among those "also" matching. */
        if (g_strcmp0(h->status, "repealed") == 0 && res->repealed_matching > 0)
            res->repealed_matching--;
        h->more = zx_result_collapse_count(pinned, i); /* no counts pending: a page-only search */
        g_hash_table_add(shown, h->doc ? h->doc : "");
        g_ptr_array_add(res->hits, h);
    }
    g_free(asked_ref);
    guint first = res->hits->len;
    GArray *at = g_array_new(FALSE, FALSE, sizeof(size_t)); /* each of r's hits: its index in r */
    for (size_t i = 0; i < zx_result_size(r) && res->hits->len < limit; i++) {
        zs_hit *h = make_hit(e, r, i, hl, !req->no_snippets, req->sort == ZS_SORT_INDEXED_DESC, day);
        if (h->doc && g_hash_table_contains(shown, h->doc)) {
            if (pinned_outside > 0)
                pinned_outside--;
            hit_free(h);
            continue;
        }
        g_ptr_array_add(res->hits, h);
        g_array_append_val(at, i);
    }
    g_hash_table_destroy(shown);
    res->total = zx_result_total(r) + pinned_outside;
    behind_notice(e, res, !req->no_relax);
    for (guint k = 0; k < at->len; k++)
        ((zs_hit *)res->hits->pdata[first + k])->more = zx_result_collapse_count(r, g_array_index(at, size_t, k));
    g_array_free(at, TRUE);
    /* For a reader's page of an English question only: a Mongolian query,
     * an export (a thousand rows, one a document) or a feed keeps one hit
     * a law, as before. */
    char **english = req->sort == ZS_SORT_RELEVANCE && req->offset == 0 ? english_words(e, req) : NULL;
    if (english != NULL && req->limit <= 100)
        more_articles(e, searched, res, first, limit, hl, !req->no_snippets, day);
    zx_query_free(searched);
    if (pinned)
        zx_result_free(pinned);
    res->facets = g_ptr_array_new_with_free_func((GDestroyNotify)zs_facet_free);
    for (unsigned k = 0; k < n_facets; k++) {
        zs_facet *facet = collect_facet(r, k, facets[k]->name);
        if ((facets[k]->flags & ZS_FIELD_STATUS) && day != NULL)
            status_on_day(facet, res);
        else if ((facets[k]->flags & ZS_FIELD_STATUS) && pinned_wider)
            status_of_pinned(facet, res, first);
        g_ptr_array_add(res->facets, facet);
    }
    zx_result_free(r);
    zq_highlight_free(hl);
    /* "Did you mean": when a query finds little, for its unknown words. */
    if (res->total < 3 && req->query && *req->query)
        res->suggestion = zs_spelling_suggest(e->db, zs_engine_analyzer(e), req->query);
    res->missing_shards = zx_db_missing_parts(e->db);
    res->dropped = g_ptr_array_new_with_free_func(g_free);
    res->untranslated = g_ptr_array_new_with_free_func(g_free);
    zs_results *asked = res;
    res->only_repealed = g_ptr_array_new_with_free_func(g_free);
    if (res->total == 0 && !req->no_relax)
        res = relax(e, req, res);
    else
        partial_below(e, req, res, english);
    if (english != NULL && !req->no_snippets)
        title_only_last(res, res == asked ? first : 0);
    g_strfreev(english);
    res->elapsed_ms = (g_get_monotonic_time() - t0) / 1000.0;
    return res;
}

void
zs_results_free(zs_results *res)
{
    if (!res)
        return;
    g_free(res->query);
    g_free(res->in_force_day);
    g_free(res->suggestion);
    g_free(res->searched_as);
    if (res->dropped)
        g_ptr_array_free(res->dropped, TRUE);
    if (res->untranslated)
        g_ptr_array_free(res->untranslated, TRUE);
    if (res->only_repealed)
        g_ptr_array_free(res->only_repealed, TRUE);
    if (res->notices)
        g_ptr_array_free(res->notices, TRUE);
    g_strfreev(res->missing_shards);
    g_ptr_array_free(res->hits, TRUE);
    g_ptr_array_free(res->facets, TRUE);
    g_free(res);
}

const char *
zs_hit_status(const zs_hit *hit)
{
    /* The repealed-parts document is written only beside a living article
     * (zl_text_repealed), so the article it opens is in force. */
    return hit->repealed_parts != NULL ? "in_force" : hit->status;
}

const char *
zs_hit_repealed_on(const zs_hit *hit)
{
    return hit->repealed_parts != NULL ? NULL : hit->repealed_on;
}

const char *
zs_hit_parts_repealed_on(const zs_hit *hit)
{
    return hit->repealed_parts != NULL ? hit->repealed_on : NULL;
}
