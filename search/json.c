/* json.c — the JSON contract of `zaalt search --json`, `show --json`,
 * `stats --json` and the HTTP API, one writer for all of them.
 *
 * Field names here are relied on by checks outside the project: add
 * fields, never rename or remove one.  A field that does not apply is null.
 */
#include "search/citations.h"
#include "search/history.h"
#include "search/search.h"

#include <json-glib/json-glib.h>

/* "masked": true when personal data was replaced for this reader, false
 * for the full text of a document public readers see masked; absent for a
 * document that is not masked. */
static void
member_masked(JsonBuilder *b, const char *mask)
{
    if (!mask)
        return;
    json_builder_set_member_name(b, "masked");
    json_builder_add_boolean_value(b, strcmp(mask, "masked") == 0);
}

void
zs_json_str(JsonBuilder *b, const char *name, const char *value)
{
    json_builder_set_member_name(b, name);
    if (value)
        json_builder_add_string_value(b, value);
    else
        json_builder_add_null_value(b);
}

/* An integer that is null below `least` (pages start at 1, OCR
 * confidences at 0). */
static void
member_int_from(JsonBuilder *b, const char *name, gint64 value, gint64 least)
{
    json_builder_set_member_name(b, name);
    if (value >= least)
        json_builder_add_int_value(b, value);
    else
        json_builder_add_null_value(b);
}

static char *
finish(JsonBuilder *b, bool pretty)
{
    JsonGenerator *gen = json_generator_new();
    JsonNode *root = json_builder_get_root(b);
    json_generator_set_root(gen, root);
    json_generator_set_pretty(gen, pretty);
    char *out = json_generator_to_data(gen, NULL);
    json_node_unref(root);
    g_object_unref(gen);
    g_object_unref(b);
    return out;
}

/* "partial": {"matched": M, "of": N} when fewer than all N terms matched
 * (the answer's, or a hit's below the few holding every term), else null. */
static void
add_partial(JsonBuilder *b, unsigned matched, unsigned of)
{
    json_builder_set_member_name(b, "partial");
    if (of == 0) {
        json_builder_add_null_value(b);
        return;
    }
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "matched");
    json_builder_add_int_value(b, matched);
    json_builder_set_member_name(b, "of");
    json_builder_add_int_value(b, of);
    json_builder_end_object(b);
}

static void
add_facets(JsonBuilder *b, GPtrArray *facets)
{
    json_builder_begin_object(b);
    for (guint i = 0; i < facets->len; i++) {
        zs_facet *f = facets->pdata[i];
        json_builder_set_member_name(b, f->name);
        json_builder_begin_array(b);
        for (guint j = 0; j < f->values->len; j++) {
            zs_facet_value *v = f->values->pdata[j];
            json_builder_begin_object(b);
            zs_json_str(b, "value", v->value);
            json_builder_set_member_name(b, "count");
            json_builder_add_int_value(b, v->count);
            json_builder_end_object(b);
        }
        json_builder_end_array(b);
    }
    json_builder_end_object(b);
}

/* The search answer; without hits (and suggestion) it is /api/facets'. */
/* `name`: an array of the strings of `list` (NULL: empty). */
static void
strings(JsonBuilder *b, const char *name, const GPtrArray *list)
{
    json_builder_set_member_name(b, name);
    json_builder_begin_array(b);
    for (guint i = 0; list != NULL && i < list->len; i++)
        json_builder_add_string_value(b, list->pdata[i]);
    json_builder_end_array(b);
}

/* "name": [{"part", day_name}, …] (part null: the unit itself), or null. */
static void
json_part_days(JsonBuilder *b, const char *name, const char *day_name, const GPtrArray *list)
{
    json_builder_set_member_name(b, name);
    if (list == NULL) {
        json_builder_add_null_value(b);
        return;
    }
    json_builder_begin_array(b);
    for (guint k = 0; k < list->len; k++) {
        const zs_amendment *a = list->pdata[k];
        json_builder_begin_object(b);
        zs_json_part(b, "part", a->part);
        zs_json_str(b, day_name, a->date != NULL && *a->date != '\0' ? a->date : NULL); /* none said: null, as API.md has it */
        json_builder_end_object(b);
    }
    json_builder_end_array(b);
}

/* "name": [{"part", "on"}, …]: the entries of `scheduled` that are
 * expiries (`expiries`) or repeals. */
static void
parts_ahead(JsonBuilder *b, const char *name, const GPtrArray *scheduled, bool expiries)
{
    json_builder_set_member_name(b, name);
    json_builder_begin_array(b);
    for (guint k = 0; scheduled != NULL && k < scheduled->len; k++) {
        const zs_amendment *a = scheduled->pdata[k];
        if ((g_strcmp0(a->change, "expired") == 0) != expiries)
            continue;
        json_builder_begin_object(b);
        zs_json_part(b, "part", a->part);
        zs_json_str(b, "on", a->date);
        json_builder_end_object(b);
    }
    json_builder_end_array(b);
}

static char *
results_json(const zs_results *r, bool with_hits, bool pretty)
{
    JsonBuilder *b = json_builder_new();
    json_builder_begin_object(b);
    zs_json_str(b, "query", r->query);
    json_builder_set_member_name(b, "total");
    json_builder_add_int_value(b, r->total);
    json_builder_set_member_name(b, "elapsed_ms");
    json_builder_add_double_value(b, r->elapsed_ms);
    /* Databases (shards) that did not answer: the counts leave them out. */
    json_builder_set_member_name(b, "missing_shards");
    json_builder_begin_array(b);
    for (char **m = r->missing_shards; m && *m; m++)
        json_builder_add_string_value(b, *m);
    json_builder_end_array(b);
    if (!with_hits) {
        json_builder_set_member_name(b, "facets");
        add_facets(b, r->facets);
        json_builder_end_object(b);
        return finish(b, pretty);
    }
    zs_json_str(b, "suggestion", r->suggestion);
    zs_json_str(b, "searched_as", r->searched_as);
    add_partial(b, r->partial_matched, r->partial_of);
    strings(b, "untranslated", r->untranslated);
    strings(b, "dropped", r->dropped);
    strings(b, "only_in_repealed", r->only_repealed);
    strings(b, "notices", r->notices);
    /* The day an in-force filter asked about: the hits are said as of it. */
    zs_json_str(b, "in_force_on", r->in_force_day);
    json_builder_set_member_name(b, "hits");
    json_builder_begin_array(b);
    for (guint i = 0; i < r->hits->len; i++) {
        zs_hit *h = r->hits->pdata[i];
        json_builder_begin_object(b);
        zs_json_str(b, "id", h->id);
        zs_json_str(b, "doc", h->doc);
        zs_json_str(b, "path", h->path);
        zs_json_str(b, "source", h->source);
        zs_json_str(b, "title", h->title);
        zs_json_str(b, "type", h->type);
        zs_json_str(b, "lang", h->lang);
        zs_json_str(b, "provision", h->provision);
        zs_json_str(b, "label", h->label);
        /* Unofficial English (headings-en): additions to the contract. */
        zs_json_str(b, "title_en", h->title_en);
        zs_json_str(b, "label_en", h->label_en);
        zs_json_str(b, "chapter_en", h->chapter_en);
        member_int_from(b, "page", h->page, 1);
        json_builder_set_member_name(b, "ordinal");
        json_builder_add_int_value(b, h->ordinal);
        zs_json_str(b, "date", h->date);
        zs_json_str(b, "court", h->court);
        zs_json_str(b, "snippet", h->snippet);
        json_builder_set_member_name(b, "passages");
        json_builder_begin_array(b);
        for (guint k = 0; h->passages && k < h->passages->len; k++)
            json_builder_add_string_value(b, h->passages->pdata[k]);
        json_builder_end_array(b);
        json_builder_set_member_name(b, "score");
        json_builder_add_double_value(b, h->score);
        json_builder_set_member_name(b, "more");
        json_builder_add_int_value(b, h->more);
        /* A hit below the few holding every term (search.c, partial_below). */
        add_partial(b, h->partial_matched, h->partial_of);
        member_int_from(b, "ocr_confidence", h->ocr_confidence, 0);
        /* `status` and `repealed_on` are the unit's the hit opens; a match
         * in a living article's repealed parts says so in its own fields. */
        zs_json_str(b, "status", zs_hit_status(h));
        zs_json_str(b, "repealed_on", zs_hit_repealed_on(h));
        json_builder_set_member_name(b, "match_in_repealed_part");
        json_builder_add_boolean_value(b, h->repealed_parts != NULL);
        zs_json_str(b, "repealed_parts_on", zs_hit_parts_repealed_on(h));
        zs_json_str(b, "valid_from", h->valid_from);
        /* A repeal dated ahead, of the unit (its law's included) or of
         * parts of it: the first day it, or they, are law no more. */
        char *due = h->valid_to != NULL ? zs_day_after(h->valid_to) : NULL;
        zs_json_str(b, "repeal_scheduled_on", due);
        g_free(due);
        /* Repeals of its parts dated ahead, and the ends of parts in force
         * until a day to come (expiries: no law repeals them). */
        parts_ahead(b, "parts_repeal_scheduled", h->scheduled, false);
        parts_ahead(b, "parts_expiry_scheduled", h->scheduled, true);
        zs_json_str(b, "repealed_how", h->repealed_how);
        json_part_days(b, "suspended", "until", h->suspended);
        json_part_days(b, "parts_not_yet_in_force", "from", h->pending);
        /* An addition to the contract: on a search for the law of a day,
         * the hit's parts repealed or expired by then. */
        json_builder_set_member_name(b, "parts_not_in_force_on_day");
        if (h->parts_gone == NULL) {
            json_builder_add_null_value(b);
        } else {
            json_builder_begin_array(b);
            for (guint k = 0; k < h->parts_gone->len; k++) {
                const zs_amendment *a = h->parts_gone->pdata[k];
                json_builder_begin_object(b);
                zs_json_part(b, "part", a->part);
                zs_json_str(b, "on", a->date);
                zs_json_str(b, "how", a->change);
                json_builder_end_object(b);
            }
            json_builder_end_array(b);
        }
        json_builder_set_member_name(b, "match_not_yet_in_force");
        json_builder_add_boolean_value(b, h->match_not_yet_in_force);
        json_builder_set_member_name(b, "repealed_parts");
        if (h->repealed_parts != NULL) {
            json_builder_begin_array(b);
            char **keys = g_strsplit(h->repealed_parts, "\n", -1);
            for (char **k = keys; *k; k++) {
                char *shown = zs_part_shown(*k);
                json_builder_add_string_value(b, shown);
                g_free(shown);
            }
            g_strfreev(keys);
            json_builder_end_array(b);
        } else {
            json_builder_add_null_value(b);
        }
        zs_json_str(b, "last_amended", h->last_amended);
        zs_json_str(b, "access", h->access);
        member_masked(b, h->mask);
        json_builder_end_object(b);
    }
    json_builder_end_array(b);
    json_builder_set_member_name(b, "facets");
    add_facets(b, r->facets);
    json_builder_set_member_name(b, "repealed_matching");
    json_builder_add_int_value(b, r->repealed_matching);
    json_builder_set_member_name(b, "repealed_holding_all");
    json_builder_add_int_value(b, r->repealed_all);
    json_builder_end_object(b);
    return finish(b, pretty);
}

char *
zs_results_to_json(const zs_results *r, bool pretty)
{
    return results_json(r, true, pretty);
}

char *
zs_facets_to_json(const zs_results *r, bool pretty)
{
    return results_json(r, false, pretty);
}

char *
zs_document_to_json(const zs_document *d, bool pretty)
{
    JsonBuilder *b = json_builder_new();
    json_builder_begin_object(b);
    zs_json_str(b, "id", d->id);
    zs_json_str(b, "path", d->path);
    zs_json_str(b, "source", d->source);
    zs_json_str(b, "title", d->title);
    zs_json_str(b, "title_en", d->title_en);
    zs_json_str(b, "type", d->type);
    zs_json_str(b, "lang", d->lang);
    zs_json_str(b, "date", d->date);
    zs_json_str(b, "court", d->court);
    zs_json_str(b, "case_number", d->case_number);
    zs_json_str(b, "outcome", d->outcome);
    zs_json_str(b, "format", d->format);
    member_masked(b, d->mask);
    json_builder_set_member_name(b, "articles");
    json_builder_begin_array(b);
    for (guint i = 0; i < d->articles->len; i++)
        json_builder_add_string_value(b, d->articles->pdata[i]);
    json_builder_end_array(b);
    json_builder_set_member_name(b, "focus");
    if (d->focus >= 0)
        json_builder_add_string_value(b, ((zs_unit *)d->units->pdata[d->focus])->id);
    else
        json_builder_add_null_value(b);
    if (d->cites) {
        json_builder_set_member_name(b, "cites");
        json_builder_begin_array(b);
        for (guint i = 0; i < d->cites->len; i++) {
            const zs_link *l = g_ptr_array_index(d->cites, i);
            json_builder_begin_object(b);
            zs_json_str(b, "key", l->key);
            zs_json_str(b, "target", l->target);
            zs_json_str(b, "target_doc", l->target_doc);
            zs_json_str(b, "label", l->label);
            zs_json_str(b, "via", l->via);
            zs_json_str(b, "status", l->status);
            zs_json_str(b, "repealed_on", l->repealed_on);
            if (l->within) {
                json_builder_set_member_name(b, "within");
                json_builder_add_boolean_value(b, TRUE);
            }
            json_builder_end_object(b);
        }
        json_builder_end_array(b);
    }
    if (d->cited_by) {
        json_builder_set_member_name(b, "cited_by");
        json_builder_begin_array(b);
        for (guint i = 0; i < d->cited_by->len; i++) {
            const zs_citations *c = g_ptr_array_index(d->cited_by, i);
            json_builder_begin_object(b);
            zs_json_str(b, "key", c->key);
            if (c->predecessor_of != NULL) {
                zs_json_str(b, "predecessor_of", c->predecessor_of);
                zs_json_str(b, "correspondence", c->uncertain ? "uncertain" : "checked");
            }
            json_builder_set_member_name(b, "documents");
            json_builder_add_int_value(b, c->documents);
            json_builder_set_member_name(b, "citing");
            json_builder_begin_array(b);
            for (guint k = 0; k < c->citing->len; k++) {
                const zs_citing *x = g_ptr_array_index(c->citing, k);
                json_builder_begin_object(b);
                zs_json_str(b, "doc", x->doc);
                zs_json_str(b, "title", x->title);
                zs_json_str(b, "type", x->type);
                zs_json_str(b, "date", x->date);
                zs_json_str(b, "case_number", x->case_number);
                zs_json_str(b, "court", x->court);
                zs_json_str(b, "path", x->path);
                json_builder_end_object(b);
            }
            json_builder_end_array(b);
            json_builder_end_object(b);
        }
        json_builder_end_array(b);
    }
    /* A statute's currency, and the history of the unit asked for. */
    zs_json_str(b, "amended_to", d->amended_to);
    json_builder_set_member_name(b, "changes");
    json_builder_add_int_value(b, d->changes);
    zs_json_amendments(b, "act_amendments", d->act_amendments);
    const zs_unit *f = d->focus >= 0 ? d->units->pdata[d->focus] : NULL;
    zs_json_str(b, "status", f ? f->status : NULL);
    zs_json_str(b, "repealed_on", f ? f->repealed_on : NULL);
    zs_json_amendments(b, "amendments", f ? f->amendments : NULL);
    json_builder_set_member_name(b, "units");
    json_builder_begin_array(b);
    for (guint i = 0; i < d->units->len; i++) {
        zs_unit *u = d->units->pdata[i];
        json_builder_begin_object(b);
        zs_json_str(b, "id", u->id);
        json_builder_set_member_name(b, "ordinal");
        json_builder_add_int_value(b, u->ordinal);
        zs_json_str(b, "kind", u->kind);
        zs_json_str(b, "provision", u->provision);
        zs_json_str(b, "label", u->label);
        zs_json_str(b, "label_en", u->label_en);
        zs_json_str(b, "chapter_en", u->chapter_en);
        member_int_from(b, "page", u->page, 1);
        member_int_from(b, "ocr_confidence", u->ocr_confidence, 0);
        zs_json_str(b, "valid_from", u->valid_from);
        zs_json_str(b, "valid_to", u->valid_to);
        zs_json_str(b, "text", u->text);
        zs_json_str(b, "status", u->status);
        zs_json_str(b, "repealed_on", u->repealed_on);
        zs_json_amendments(b, "amendments", u->amendments);
        zs_json_parts(b, u->parts);
        json_builder_end_object(b);
    }
    json_builder_end_array(b);
    json_builder_end_object(b);
    return finish(b, pretty);
}

char *
zs_stats_to_json(const zs_stats *s, bool pretty)
{
    JsonBuilder *b = json_builder_new();
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "documents");
    json_builder_add_int_value(b, s->documents);
    json_builder_set_member_name(b, "units");
    json_builder_add_int_value(b, s->units);
    json_builder_set_member_name(b, "facets");
    add_facets(b, s->facets);
    json_builder_set_member_name(b, "failures");
    json_builder_begin_array(b);
    for (guint i = 0; i < s->failures->len; i++) {
        char **kv = g_strsplit(s->failures->pdata[i], "\t", 2);
        json_builder_begin_object(b);
        zs_json_str(b, "path", kv[0]);
        zs_json_str(b, "reason", kv[1]);
        json_builder_end_object(b);
        g_strfreev(kv);
    }
    json_builder_end_array(b);
    zs_json_str(b, "last_run", s->last_run);
    json_builder_set_member_name(b, "phrase_terms");
    json_builder_add_boolean_value(b, s->phrase_terms);
    zs_json_str(b, "config_dir", s->config_dir);
    json_builder_end_object(b);
    return finish(b, pretty);
}
