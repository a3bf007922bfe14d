/* unitdoc.c — turns a unit into index terms, values and stored data.
 *
 * Free text: every word gives its folded form (wdf only) and "Z" + its stem
 * at its position, so phrases match across inflection and exact forms still
 * score higher; a Cyrillic word the dictionary lacks (a name, a misspelling)
 * also gives "K" + the script-folded key of its stem at the same position,
 * which Latin-typed queries (ganbold) meet.  A word the dictionary knows
 * needs no key: a Latin-typed query spells it back and asks for its stem
 * (query.c: latin_reading_of).  The document title and the unit's label are indexed before
 * the body, each a part of its own.  Positions leave gaps at the end of
 * every sentence and part (core/boundary.h), so that no phrase spans two
 * and the query language's /s and /p are windows of positions,
 * and title words also go under the S prefix for title: queries.  A
 * glossary phrase found in the stems ("хүн худалдаалах") is also one XG
 * term, which the glossary's expansion of a query asks for (glossary.h).
 * A decision's applied articles' headings (zr_doc applied_headings) are
 * indexed after its text, stems and keys only.
 */
#include "indexer/unitdoc.h"

#include "legal/amendment.h"
#include "legal/citeterms.h"
#include "core/access.h"
#include "core/boundary.h"
#include "core/glossary.h"
#include "core/terms.h"
#include "core/schema.h"

#include <string.h>

/* A whole-heading term's within-document frequency: high enough that its
 * BM25 weight hardly depends on the length of the article's text (a long
 * article named by the query must not lose to a short one that is not). */
#define HEADING_WDF 10

typedef struct {
    az_analyzer *az;
    zx_doc *xd;
    unsigned base;            /* position offset of this part */
    unsigned last;            /* last position used */
    unsigned shift;           /* gaps left so far in this part */
    az_break_scan scan;       /* sentence and part ends in this part */
    const char *title_prefix; /* non-NULL: also add prefixed stems */
    GPtrArray *stems;         /* every position's stem term, for the glossary's phrases */
    GArray *positions;        /* unsigned, beside stems */
    bool stems_only;          /* words not the unit's own: stems and keys, no exact forms */
} index_ctx;

static bool
index_token(const az_token *tok, void *user)
{
    index_ctx *c = user;
    char *exact = NULL, *stem = NULL, *key = NULL;
    az_word_index_terms(c->az, tok->start, tok->len, &exact, &stem, &key);
    az_break b = az_break_before(&c->scan, tok->start, tok->len);
    if (b != AZ_BREAK_NONE && c->base + tok->pos + c->shift < AZ_GAP_LIMIT)
        c->shift += b == AZ_BREAK_PART ? AZ_GAP_PART : AZ_GAP_SENTENCE;
    unsigned pos = c->base + tok->pos + c->shift;
    if (!c->stems_only)
        zx_doc_add_term(c->xd, exact, 1);
    zx_doc_add_posting(c->xd, stem, pos, 1);
    if (key)
        zx_doc_add_posting(c->xd, key, pos, 1);
    if (c->title_prefix) {
        char *t = g_strconcat(c->title_prefix, stem + strlen(ZS_P_STEM), NULL);
        zx_doc_add_term(c->xd, t, 1);
        g_free(t);
    }
    c->last = pos;
    g_free(exact);
    g_ptr_array_add(c->stems, stem);
    g_array_append_val(c->positions, pos);
    g_free(key);
    return true;
}

static void
add_phrase_term(const char *term, void *user)
{
    zx_doc_add_term(user, term, 1);
}

static void
index_part(index_ctx *c, const char *text, const char *title_prefix)
{
    if (!text || !*text)
        return;
    c->title_prefix = title_prefix;
    c->shift = 0;
    c->scan = (az_break_scan){0};
    az_tokenise(text, -1, index_token, c);
    c->base = c->last < AZ_GAP_LIMIT ? c->last + AZ_GAP_PART : c->last + 1;
}

/* Each of the '; '-separated phrases of `list` as its own part. */
static void
index_list(index_ctx *c, const char *list, const char *title_prefix)
{
    if (!list)
        return;
    char **items = g_strsplit(list, ";", -1);
    for (char **i = items; *i; i++)
        index_part(c, g_strstrip(*i), title_prefix);
    g_strfreev(items);
}

/* A title word's S term alone, of weight nothing (wdf 0): for the parts of
 * an article indexed apart (repealed, not yet in force), which must meet a
 * title: filter as their article does, and gain nothing from it. */
static bool
title_token(const az_token *tok, void *user)
{
    index_ctx *c = user;
    char *exact = NULL, *stem = NULL, *key = NULL;
    az_word_index_terms(c->az, tok->start, tok->len, &exact, &stem, &key);
    char *t = g_strconcat(ZS_P_TITLE, stem + strlen(ZS_P_STEM), NULL);
    zx_doc_add_term(c->xd, t, 0);
    g_free(t);
    g_free(exact);
    g_free(stem);
    g_free(key);
    return true;
}

/* The S terms of `text` (a '; '-separated list when `list`), wdf 0. */
static void
index_title_only(index_ctx *c, const char *text, bool list)
{
    if (!text || !*text)
        return;
    if (!list) {
        az_tokenise(text, -1, title_token, c);
        return;
    }
    char **items = g_strsplit(text, ";", -1);
    for (char **i = items; *i; i++)
        az_tokenise(g_strstrip(*i), -1, title_token, c);
    g_strfreev(items);
}

static void
add_heading_term(az_analyzer *az, zx_doc *xd, const char *heading)
{
    char *t = az_heading_term(az, heading);
    if (t)
        zx_doc_add_term(xd, t, HEADING_WDF);
    g_free(t);
}

/* The whole-heading terms (schema.h ZS_P_HEADING) of the document's title,
 * the article's heading and its English heading, and of each of the words
 * people type for them. */
static void
add_heading_terms(az_analyzer *az, zx_doc *xd, const zr_doc *doc, const zr_unit *unit)
{
    const char *one[] = {doc->title, doc->title_en, zr_unit_heading(unit), unit->label_en};
    for (size_t i = 0; i < G_N_ELEMENTS(one); i++)
        add_heading_term(az, xd, one[i]);
    const char *lists[] = {doc->title_en_also, unit->label_en_also};
    for (size_t i = 0; i < G_N_ELEMENTS(lists); i++) {
        if (!lists[i])
            continue;
        char **items = g_strsplit(lists[i], ";", -1);
        for (char **it = items; *it; it++)
            add_heading_term(az, xd, g_strstrip(*it));
        g_strfreev(items);
    }
}

static void
add_bool(zx_doc *xd, const char *prefix, const char *value)
{
    if (!value || !*value)
        return;
    char *t = g_strconcat(prefix, value, NULL);
    if (strlen(t) < 240)
        zx_doc_add_boolean(xd, t);
    g_free(t);
}

static void
set_value(zx_doc *xd, unsigned slot, const char *value)
{
    if (value && *value)
        zx_doc_set_value(xd, slot, value, strlen(value));
}

char *
zs_year_of(const char *date)
{
    if (!date || strlen(date) < 4)
        return NULL;
    for (int i = 0; i < 4; i++)
        if (!g_ascii_isdigit(date[i]))
            return NULL;
    return g_strndup(date, 4);
}

/* A unit's language: its own text decides when there is enough of it (a
 * Mongolian report may quote an English convention for a page), else the
 * document's. */
static const char *
unit_lang(const zr_doc *doc, const zr_unit *unit)
{
    if (unit->text && strlen(unit->text) >= 400) {
        const char *l = az_detect_lang(unit->text, -1);
        if (l)
            return l;
    }
    return doc->lang;
}

zx_doc *
zs_unit_document(az_analyzer *az, const zr_doc *doc_in, const zr_unit *unit, char **unique_term)
{
    /* The unit's record and terms carry the unit's language. */
    zr_doc with_lang = *doc_in;
    with_lang.lang = (char *)unit_lang(doc_in, unit);
    const zr_doc *doc = &with_lang;
    zx_doc *xd = zx_doc_new();
    index_ctx c = {.az = az,
                   .xd = xd,
                   .stems = g_ptr_array_new_with_free_func(g_free),
                   .positions = g_array_new(FALSE, FALSE, sizeof(unsigned))};
    /* A living article's repealed parts match by their own words alone:
     * the article's headings would make them outrank it. */
    bool pending = g_strcmp0(unit->kind, ZS_KIND_PENDING_PARTS) == 0;
    bool headings = unit->repealed_parts == NULL && !pending;
    if (headings) {
        index_part(&c, doc->title, ZS_P_TITLE);
        /* The unofficial English of a statute headings-en translates
         * (indexer/headings.c): its name and the article's heading are
         * titles, its chapter's heading is text. */
        index_part(&c, doc->title_en, ZS_P_TITLE);
        index_list(&c, doc->title_en_also, ZS_P_TITLE);
        index_part(&c, unit->label, NULL);
        index_part(&c, unit->label_en, ZS_P_TITLE);
        index_list(&c, unit->label_en_also, ZS_P_TITLE);
        index_part(&c, unit->chapter_en, NULL);
        index_list(&c, unit->chapter_en_also, NULL);
    } else {
        /* The same title terms, weightless: title: finds the parts of a
         * law of its name, as doc: does (a search of status:any, or of a
         * day they were law). */
        index_title_only(&c, doc->title, false);
        index_title_only(&c, doc->title_en, false);
        index_title_only(&c, doc->title_en_also, true);
        index_title_only(&c, unit->label_en, false);
        index_title_only(&c, unit->label_en_also, true);
    }
    /* A repealed part of a living article does not make it match. */
    char *in_force = zl_text_in_force(unit, NULL);
    index_part(&c, in_force != NULL ? in_force : unit->text, NULL);
    g_free(in_force);
    /* A decision's applied articles' headings (finish.c), after its text:
     * a part of their own, each heading a phrase, their stems only, so
     * that the decision's own words, whose exact forms count too, weigh
     * more; never stored, so never shown nor in a snippet. */
    if (headings && doc->applied_headings != NULL) {
        c.stems_only = true;
        index_list(&c, doc->applied_headings, NULL);
        c.stems_only = false;
    }
    if (headings)
        add_heading_terms(az, xd, doc, unit);
    gl_phrases_each(az_glossary(az), (const char *const *)c.stems->pdata, (const unsigned *)c.positions->data,
                    c.stems->len, add_phrase_term, xd);
    g_ptr_array_free(c.stems, TRUE);
    g_array_free(c.positions, TRUE);

    char *uid = zr_unit_make_id(doc->id, unit->ordinal);
    /* A unit id ends in digits: "r" keeps a unit's repealed parts apart,
     * "p" its parts not yet in force. */
    *unique_term = g_strconcat(ZS_P_UNIT, uid, unit->repealed_parts != NULL ? "r" : pending ? "p" : "", NULL); /* zs_unique_is_unit */
    zx_doc_add_boolean(xd, *unique_term);
    add_bool(xd, ZS_P_DOC, doc->id);
    add_bool(xd, ZS_P_TYPE, doc->type);
    const char *lang = doc->lang;
    add_bool(xd, ZS_P_LANG, lang);
    char *year = zs_year_of(doc->date);
    add_bool(xd, ZS_P_YEAR, year);
    add_bool(xd, ZS_P_SOURCE, doc->source);
    /* A full copy of a masked document is read at ZS_MASK_FULL_LEVEL's
     * level, whatever its record says the document is (schema.h). */
    bool full_copy = g_strcmp0(doc->mask, ZS_MASK_FULL) == 0;
    add_bool(xd, ZS_P_ACCESS, full_copy ? zs_levels[ZS_MASK_FULL_LEVEL] : doc->access ? doc->access : "public");
    add_bool(xd, ZS_P_MASK, doc->mask);
    add_bool(xd, ZS_P_KIND, unit->kind);
    if (unit->frame && headings)
        add_bool(xd, ZS_P_KIND, ZS_KIND_FRAME);
    /* Bare provision keys are the Criminal Code's; another law's articles
     * are qualified by its acronym (citeterms.c), so provision:36.1 never
     * means article 36.1 of the procedure law. */
    bool criminal_code = doc->law == NULL || strcmp(doc->law, "ЭХ") == 0;
    /* Repealed parts are not the provision: provision:, article: and a
     * reference never open them. */
    bool provision = unit->provision != NULL && unit->repealed_parts == NULL && !pending;
    if (criminal_code && provision)
        add_bool(xd, ZS_P_PROVISION, unit->provision);
    add_bool(xd, ZS_P_COURT, doc->court);
    add_bool(xd, ZS_P_OUTCOME, doc->outcome);

    /* Articles: what a decision applies, or the provision a code unit is.
     * A key may name a part or clause (13.1.2.1); the facet counts the
     * article (13.1), and both are searchable as article:13.1 and
     * article:13.1.2.  The 2002 Code numbered articles alone (113, its
     * parts 113.2): its keys keep their "2002:" and the facet counts
     * 2002:113. */
    GString *articles = g_string_new(NULL);
    GHashTable *facet_keys = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    GPtrArray *keys = g_ptr_array_new_with_free_func(g_free);
    if (doc->articles)
        for (guint i = 0; i < doc->articles->len; i++)
            g_ptr_array_add(keys, g_strdup(doc->articles->pdata[i]));
    if (provision && criminal_code)
        g_ptr_array_add(keys, g_strdup(unit->provision));
    for (guint i = 0; i < keys->len; i++) {
        const char *a = keys->pdata[i];
        char **parts = g_strsplit(a, ".", -1);
        guint n = g_strv_length(parts);
        guint article = g_str_has_prefix(a, "2002:") || n == 1 ? 0 : 1; /* the component that ends the article */
        GString *prefix = g_string_new(NULL);
        for (guint k = 0; k < n; k++) {
            if (k)
                g_string_append_c(prefix, '.');
            g_string_append(prefix, parts[k]);
            if (k >= article)
                add_bool(xd, ZS_P_ARTICLE, prefix->str);
            if (k == article && !g_hash_table_contains(facet_keys, prefix->str)) {
                char *key = g_strdup(prefix->str);
                g_hash_table_add(facet_keys, key);
                if (articles->len)
                    g_string_append_c(articles, '\n');
                g_string_append(articles, key);
            }
        }
        g_string_free(prefix, TRUE);
        g_strfreev(parts);
    }
    g_ptr_array_free(keys, TRUE);

    set_value(xd, ZS_SLOT_DOC, doc->id);
    if (doc->date && strlen(doc->date) >= 10) {
        char compact[9] = {doc->date[0], doc->date[1], doc->date[2],
                           doc->date[3], doc->date[5], doc->date[6],
                           doc->date[8], doc->date[9], 0};
        set_value(xd, ZS_SLOT_DATE, compact);
    }
    set_value(xd, ZS_SLOT_TYPE, doc->type);
    set_value(xd, ZS_SLOT_LANG, lang);
    set_value(xd, ZS_SLOT_YEAR, year);
    char ord[16];
    g_snprintf(ord, sizeof ord, "%08d", unit->ordinal);
    set_value(xd, ZS_SLOT_ORDINAL, ord);
    if (unit->page > 0) {
        char pg[16];
        g_snprintf(pg, sizeof pg, "%d", unit->page);
        set_value(xd, ZS_SLOT_PAGE, pg);
    }
    set_value(xd, ZS_SLOT_COURT, doc->court);
    set_value(xd, ZS_SLOT_ARTICLES, articles->str);
    set_value(xd, ZS_SLOT_OUTCOME, doc->outcome);
    set_value(xd, ZS_SLOT_SOURCE, doc->source);
    /* When it was indexed (to the second, UTC), then its date: what feeds
     * list first, and what a saved search counts as new since a visit. */
    GDateTime *now = g_date_time_new_now_utc();
    char *today = g_date_time_format(now, "%Y%m%d%H%M%S");
    char indexed[32] = {0};
    char day[9] = "00000000";
    if (doc->date && strlen(doc->date) >= 10) {
        memcpy(day, doc->date, 4);
        memcpy(day + 4, doc->date + 5, 2);
        memcpy(day + 6, doc->date + 8, 2);
    }
    g_snprintf(indexed, sizeof indexed, "%s%s", today, day);
    set_value(xd, ZS_SLOT_INDEXED, indexed);
    g_free(today);
    g_date_time_unref(now);

    zs_add_citation_terms(xd, doc, unit);
    zl_add_status_terms(xd, unit);
    /* Last, once every facet slot is set. */
    unsigned facet_slots[32];
    size_t n_facet_slots = 0;
    for (unsigned i = 0; i < zs_n_fields && n_facet_slots < G_N_ELEMENTS(facet_slots); i++)
        if (zs_fields[i].flags & ZS_FIELD_FACET)
            facet_slots[n_facet_slots++] = (unsigned)zs_fields[i].slot;
    zx_doc_pack_values(xd, ZS_SLOT_FACETS, ZS_SLOT_DOC, facet_slots, n_facet_slots);
    GBytes *rec = ix_unit_record(doc, unit);
    gsize len = 0;
    const void *data = g_bytes_get_data(rec, &len);
    zx_doc_set_data(xd, data, len);
    g_bytes_unref(rec);

    g_string_free(articles, TRUE);
    g_hash_table_destroy(facet_keys);
    g_free(year);
    g_free(uid);
    return xd;
}

bool
zs_unique_is_unit(const char *unique_term)
{
    return !g_str_has_suffix(unique_term, "r") && !g_str_has_suffix(unique_term, "p");
}

zx_doc *
zs_pending_parts_document(az_analyzer *az, const zr_doc *doc, const zr_unit *unit, char **unique_term)
{
    if (g_strcmp0(unit->status, "repealed") == 0 || unit->parts == NULL || unit->amendments == NULL ||
        unit->text == NULL)
        return NULL;
    /* The parts zl_text_in_force leaves out as not law yet, each once (a
     * point inside a pending part goes with it). */
    GString *text = g_string_new(NULL);
    const char *first = NULL;
    size_t len = strlen(unit->text);
    int from = 0;
    for (guint i = 0; i < unit->parts->len; i++) {
        const zr_part *p = g_ptr_array_index(unit->parts, i);
        const char *on = NULL;
        if (p->start < from || p->end <= p->start || (size_t)p->end > len ||
            zl_part_repealed(unit, p->key, NULL, NULL) || !zl_history_pending(unit->amendments, p->key, &on, NULL))
            continue;
        g_string_append_len(text, unit->text + p->start, p->end - p->start);
        g_string_append_c(text, '\n');
        from = p->end;
        if (on != NULL && (first == NULL || strcmp(on, first) < 0))
            first = on;
    }
    if (text->len == 0 || first == NULL) {
        g_string_free(text, TRUE);
        return NULL;
    }
    zr_unit shadow = *unit;
    shadow.kind = ZS_KIND_PENDING_PARTS;
    shadow.text = text->str;
    GPtrArray *none = g_ptr_array_new();
    shadow.parts = none;
    shadow.cites = none;
    zx_doc *xd = zs_unit_document(az, doc, &shadow, unique_term);
    g_ptr_array_unref(none);
    /* Law in force from its day: found by a search of that day or later
     * (and by today's, said not yet in force, as a law not yet in force
     * is), never by a day before it.  The record keeps the article's own
     * valid_from, which its hit shows. */
    if (xd != NULL && (unit->valid_from == NULL || strcmp(first, unit->valid_from) > 0)) {
        char *from = zs_compact_date(first, "00000000");
        zx_doc_set_value(xd, ZS_SLOT_VALID_FROM, from, strlen(from));
        g_free(from);
    }
    g_string_free(text, TRUE);
    return xd;
}

zx_doc *
zs_repealed_parts_document(az_analyzer *az, const zr_doc *doc, const zr_unit *unit, char **unique_term)
{
    char *keys = NULL;
    const char *last = NULL;
    char *text = zl_text_repealed(unit, &keys, &last, NULL);
    /* A consolidated text often keeps a repealed point's number alone
     * ("6/", its note taken out): no wording to find. */
    bool words = false;
    for (const char *p = text; p != NULL && *p && !words; p = g_utf8_next_char(p))
        words = g_unichar_isalpha(g_utf8_get_char(p));
    if (!words) {
        g_free(text);
        g_free(keys);
        return NULL;
    }
    zr_unit shadow = *unit;
    shadow.kind = ZS_KIND_REPEALED_PARTS;
    shadow.text = text;
    shadow.status = "repealed";
    shadow.repealed_on = (char *)last;
    shadow.valid_to = last != NULL ? zl_day_before(last) : NULL;
    shadow.repealed_parts = keys;
    /* Where each part stands in this text (zl_text_repealed joins them
     * with a line break, in the order of `keys`), for a search of a day
     * before some of their repeals to tell which matched: one still law
     * that day makes the hit law in force (search.c law_on_day).  Not
     * cited: what it cites is the article's. */
    GPtrArray *where = g_ptr_array_new_with_free_func(g_free);
    char **each = g_strsplit(keys, "\n", -1);
    int offset = 0, from = 0;
    for (char **k = each; *k != NULL; k++) {
        for (guint i = 0; i < unit->parts->len; i++) {
            const zr_part *p = g_ptr_array_index(unit->parts, i);
            if (p->start < from || strcmp(p->key, *k) != 0)
                continue;
            zr_part *at = g_new0(zr_part, 1);
            at->key = p->key;
            at->start = offset;
            at->end = offset + (p->end - p->start);
            g_ptr_array_add(where, at);
            offset = at->end + 1;
            from = p->end;
            break;
        }
    }
    g_strfreev(each);
    GPtrArray *none = g_ptr_array_new();
    shadow.parts = where;
    shadow.cites = none;
    zx_doc *xd = zs_unit_document(az, doc, &shadow, unique_term);
    g_ptr_array_unref(none);
    g_ptr_array_unref(where);
    g_free(shadow.valid_to);
    g_free(keys);
    g_free(text);
    return xd;
}
