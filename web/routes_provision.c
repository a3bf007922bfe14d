/* routes_provision.c — a provision of the Criminal Code: GET /provision/KEY
 * (HTML) and GET /api/provision/KEY (JSON).  KEY is an article ("13.1") or a
 * part or clause of one ("13.1.2", "13.1.2.1"); the page shows the whole
 * article with that part marked.
 *
 * What it shows: the article's text in every language the library holds
 * (the code units whose provision key is the article: `provision:13.1`,
 * `type:code`), its parts with anchors (#p-mn-2, #p-en-2-1), how to cite it,
 * and the decisions that apply it (`article:KEY` among decisions — the
 * article facet is hierarchical, so article:13.1 also finds decisions that
 * apply 13.1.2.1), newest first, with counts by outcome; then those that
 * apply the 2002 Code's articles it replaced (the concordance), under their
 * own heading, since the case law before 2017 applied those.
 *
 * With ?inforce=DAY it is the law of that day, as a search's inforce:
 * reads it: the texts law that day (the search with inforce:DAY), then the
 * others, each unit read again as of DAY (law.c zw_law_unit_on_day), a text
 * not yet in force then said so, and cited so.
 *
 * Versions of a provision (amendments) are not in the index yet; when unit
 * records carry them, they belong on this page.
 *
 * Not for: documents as a whole (routes_doc.c).
 */
#include <string.h>

#include <json-glib/json-glib.h>

#include "search/citations.h"
#include "search/history.h"
#include "web/cite.h"
#include "web/html.h"
#include "web/law.h"
#include "web/web.h"

/* Code units (one per language and edition) and decisions shown. */
#define ZW_PROVISION_TEXTS     10u
#define ZW_PROVISION_DECISIONS 50u

zs_results *
zw_citing_decisions(zw_request *req, const char *provision, unsigned limit, GError **error)
{
    zs_engine *engine = zw_request_engine(req, error);
    if (engine == NULL)
        return NULL;
    char *filter = g_strdup_printf("article:%s", provision);
    const char *filters[] = {"type:decision", filter, NULL};
    zs_request request = {.query = "",
                          .filters = filters,
                          .limit = limit,
                          .sort = ZS_SORT_DATE_DESC,
                          .no_snippets = true,
                          .access = req->access};
    zs_results *results = zs_search(engine, &request, error);
    g_free(filter);
    return results;
}

void
zw_predecessors_free(GPtrArray *list)
{
    for (guint i = 0; list != NULL && i < list->len; i++) {
        zw_predecessor *p = g_ptr_array_index(list, i);
        g_free(p->article);
        zs_results_free(p->decisions);
        g_free(p);
    }
    if (list != NULL)
        g_ptr_array_unref(list);
}

GPtrArray *
zw_predecessors(zw_request *req, const char *provision, unsigned limit, GError **error)
{
    zs_engine *engine = zw_request_engine(req, error);
    if (engine == NULL)
        return NULL;
    GPtrArray *articles = zs_predecessors(engine, provision);
    GPtrArray *list = g_ptr_array_new();
    for (guint i = 0; i < articles->len; i++) {
        const zs_predecessor *x = g_ptr_array_index(articles, i);
        zw_predecessor *p = g_new0(zw_predecessor, 1);
        p->article = g_strdup(x->key);
        p->uncertain = x->uncertain;
        g_ptr_array_add(list, p);
        p->decisions = zw_citing_decisions(req, p->article, limit, error);
        if (p->decisions == NULL) {
            zw_predecessors_free(list);
            list = NULL;
            break;
        }
    }
    g_ptr_array_unref(articles);
    return list;
}

/* One language's text of the article. */
typedef struct zw_provision_text {
    zs_hit *hit;      /* borrowed from the search results */
    zs_document *doc; /* the code, focused on the article's unit */
} zw_provision_text;

typedef struct zw_provision {
    char *key;         /* as asked: 13.1.2 */
    char *article;     /* 13.1 */
    char *day;         /* ?inforce=DAY: the law of that day is shown, else NULL */
    zs_results *units; /* the code units (in force on `day`, when asked) */
    zs_results *others; /* with `day`: the units not law that day, or NULL */
    GPtrArray *texts;  /* zw_provision_text* */
    zs_results *cited; /* decisions applying KEY, or NULL */
    GPtrArray *before; /* zw_predecessor*: the 2002 articles KEY replaced */
    char *title;       /* the code's title (first text), borrowed from a doc */
} zw_provision;

static void
zw_provision_free(zw_provision *p)
{
    for (guint i = 0; p->texts && i < p->texts->len; i++) {
        zw_provision_text *t = g_ptr_array_index(p->texts, i);
        zs_document_free(t->doc);
        g_free(t);
    }
    if (p->texts)
        g_ptr_array_unref(p->texts);
    zs_results_free(p->units);
    zs_results_free(p->others);
    zs_results_free(p->cited);
    zw_predecessors_free(p->before);
    g_free(p->key);
    g_free(p->article);
    g_free(p->day);
}

/* Loads the provision; on failure answers the request (404 for an unknown
 * provision, 503/500 for an unreadable index) and returns false. */
static bool
zw_provision_load(zw_request *req, zw_reply *reply, const char *key, bool json, zw_provision *p)
{
    memset(p, 0, sizeof *p);
    GError *error = NULL;
    if (!zw_provision_is_plausible(key) || strchr(key, '.') == NULL) {
        if (json)
            zw_reply_json_error(reply, 404, "not_found", "no such provision");
        else
            zw_route_error_page(req, reply, 404, zw_str(req->ui, ZW_S_PROVISION_NONE));
        return false;
    }
    p->key = g_strdup(key);
    const char *second = strchr(key, '.');
    const char *third = strchr(second + 1, '.');
    p->article = third ? g_strndup(key, third - key) : g_strdup(key);

    const char *day = zw_param_get(req, "inforce");
    p->day = day != NULL && *day != '\0' ? g_strdup(day) : NULL;
    zs_engine *engine = zw_request_engine(req, &error);
    if (engine != NULL) {
        char *filter = g_strdup_printf("provision:%s", p->article);
        /* The law of a day, as a search's inforce: reads it (the engine
         * checks the day, a malformed one is the search's 400): the texts
         * law that day first, then the others, said not law that day. */
        char *on = p->day ? g_strdup_printf("inforce:%s", p->day) : NULL;
        const char *filters[] = {"type:code", filter, on, NULL};
        zs_request request = {
            .query = "", .filters = filters, .limit = ZW_PROVISION_TEXTS, .no_snippets = true, .access = req->access};
        p->units = zs_search(engine, &request, &error);
        g_free(on);
        if (p->units != NULL && p->day != NULL) {
            const char *any[] = {"type:code", filter, "status:any", NULL};
            request.filters = any;
            p->others = zs_search(engine, &request, &error);
            if (p->others == NULL)
                g_clear_pointer(&p->units, zs_results_free);
            for (guint i = 0; p->others != NULL && i < p->others->hits->len;) {
                const zs_hit *o = g_ptr_array_index(p->others->hits, i);
                bool shown = false;
                for (guint k = 0; k < p->units->hits->len && !shown; k++)
                    shown = g_strcmp0(((const zs_hit *)g_ptr_array_index(p->units->hits, k))->doc, o->doc) == 0;
                if (shown)
                    g_ptr_array_remove_index(p->others->hits, i);
                else
                    i++;
            }
        }
        /* A repealed article still opens, with its banner. */
        if (p->units != NULL && p->day == NULL && p->units->hits->len == 0) {
            const char *any[] = {"type:code", filter, "status:any", NULL};
            request.filters = any;
            zs_results_free(p->units);
            p->units = zs_search(engine, &request, &error);
        }
        g_free(filter);
    }
    bool found = p->units != NULL && (p->units->hits->len > 0 || (p->others != NULL && p->others->hits->len > 0));
    if (found) {
        p->cited = zw_citing_decisions(req, p->key, ZW_PROVISION_DECISIONS, &error);
        if (p->cited != NULL)
            p->before = zw_predecessors(req, p->key, ZW_PROVISION_DECISIONS, &error);
    }
    if (p->units == NULL || (found && (p->cited == NULL || p->before == NULL))) {
        const char *code;
        unsigned status = zw_status_for_error(error, &code);
        g_printerr("zaalt: provision: %s\n", error ? error->message : "search failed");
        if (json)
            zw_reply_json_error(reply, status, code, error ? error->message : "search failed");
        else
            zw_route_error_page(req, reply, status, NULL);
        g_clear_error(&error);
        zw_provision_free(p);
        return false;
    }
    if (!found) {
        if (json)
            zw_reply_json_error(reply, 404, "not_found", "no such provision");
        else
            zw_route_error_page(req, reply, 404, zw_str(req->ui, ZW_S_PROVISION_NONE));
        zw_provision_free(p);
        return false;
    }
    /* The interface's language first, then the others in result order. */
    const char *ui_lang = req->ui == ZW_UI_EN ? "en" : "mn";
    p->texts = g_ptr_array_new();
    GPtrArray *hits = g_ptr_array_new();
    for (guint i = 0; i < p->units->hits->len; i++)
        g_ptr_array_add(hits, g_ptr_array_index(p->units->hits, i));
    for (guint i = 0; p->others != NULL && i < p->others->hits->len; i++)
        g_ptr_array_add(hits, g_ptr_array_index(p->others->hits, i));
    for (int pass = 0; pass < 2; pass++) {
        for (guint i = 0; i < hits->len; i++) {
            zs_hit *hit = g_ptr_array_index(hits, i);
            if ((g_strcmp0(hit->lang, ui_lang) == 0) != (pass == 0))
                continue;
            zs_document *doc = zs_get_document_as(engine, hit->id, req->access, NULL);
            if (doc == NULL || doc->focus < 0 || (guint)doc->focus >= doc->units->len) {
                zs_document_free(doc);
                continue;
            }
            /* Its statuses as of the day asked for. */
            zw_law_unit_on_day(g_ptr_array_index(doc->units, doc->focus), p->day);
            zw_provision_text *t = g_new0(zw_provision_text, 1);
            t->hit = hit;
            t->doc = doc;
            g_ptr_array_add(p->texts, t);
        }
    }
    g_ptr_array_unref(hits);
    if (p->texts->len > 0)
        p->title = ((zw_provision_text *)g_ptr_array_index(p->texts, 0))->doc->title;
    return true;
}

static const zs_unit *
zw_text_unit(const zw_provision_text *t)
{
    return g_ptr_array_index(t->doc->units, t->doc->focus);
}

/* The article's other texts over time (units of the same code with the same
 * provision and dates in force), newest first, each linked. */
static void
zw_versions(zw_html *html, zw_ui ui, const zs_document *doc, const zs_unit *shown)
{
    GPtrArray *versions = g_ptr_array_new();
    for (guint i = 0; i < doc->units->len; i++) {
        const zs_unit *u = g_ptr_array_index(doc->units, i);
        if (u->provision && shown->provision && strcmp(u->provision, shown->provision) == 0 &&
            (u->valid_from || u->valid_to))
            g_ptr_array_add(versions, (gpointer)u);
    }
    if (versions->len > 1) {
        zw_html_raw(html, "<h4>");
        zw_html_text(html, zw_str(ui, ZW_S_VERSIONS));
        zw_html_raw(html, "</h4>\n<ul class=\"versions\">\n");
        for (guint i = versions->len; i-- > 0;) {
            const zs_unit *u = g_ptr_array_index(versions, i);
            GString *href = g_string_new("/doc/");
            g_string_append_uri_escaped(href, u->id, NULL, FALSE);
            g_string_append_printf(href, "#u-%d", u->ordinal);
            if (u == shown)
                zw_html_raw(html, "<li class=\"current\">");
            else
                zw_html_raw(html, "<li>");
            zw_html_raw(html, "<a href=\"");
            zw_html_text(html, href->str);
            zw_html_raw(html, "\">");
            zw_html_timef(html, zw_str(ui, u->valid_to ? ZW_S_IN_FORCE_RANGE_FMT : ZW_S_IN_FORCE_FROM_FMT),
                          u->valid_from ? u->valid_from : "…", u->valid_to);
            zw_html_raw(html, "</a></li>\n");
            g_string_free(href, TRUE);
        }
        zw_html_raw(html, "</ul>\n");
    }
    g_ptr_array_free(versions, TRUE);
}

/* The status of provision `key` in `u` (its article's unit): the unit's,
 * or, for a part asked for ("6.10.2", or a point under it) repealed in a
 * living article, that part's; and how it ceased ("expired" or
 * "repealed", NULL for law in force). */
static void
provision_status(const zs_unit *u, const char *key, const char **status, const char **repealed_on, const char **how,
                 const char *day)
{
    *status = u ? u->status : NULL;
    *repealed_on = u ? u->repealed_on : NULL;
    *how = u ? zs_unit_gone_how(u, day) : NULL;
    for (guint i = 0; u != NULL && u->parts != NULL && i < u->parts->len; i++) {
        const zs_part *part = g_ptr_array_index(u->parts, i);
        size_t n = strlen(part->key);
        if (strncmp(key, part->key, n) == 0 && (key[n] == '\0' || key[n] == '.') &&
            g_strcmp0(part->status, "repealed") == 0 && g_strcmp0(*status, "repealed") != 0) {
            *status = part->status;
            *repealed_on = part->repealed_on;
            *how = part->repealed_how;
        }
    }
}

/* "The law as it stood on DAY" when a day was asked for, and the field
 * to ask for one (a GET form back to this page), with a way back to
 * today's law. */
static void
zw_law_day_form(zw_html *html, const zw_provision *p)
{
    zw_ui ui = html->ui;
    if (p->day != NULL) {
        zw_html_raw(html, "<p class=\"notice law-on-day\" role=\"status\">");
        zw_html_timef(html, zw_str(ui, ZW_S_LAW_ON_DAY_FMT), p->day, NULL);
        zw_html_raw(html, "</p>\n");
    }
    GString *action = g_string_new("/provision/");
    g_string_append_uri_escaped(action, p->key, ".", FALSE);
    zw_html_raw(html, "<form class=\"law-day\" method=\"get\" action=\"");
    zw_html_text(html, action->str);
    zw_html_raw(html, "\"><label for=\"inforce\">");
    zw_html_text(html, zw_str(ui, ZW_S_LAW_ON_DAY));
    zw_html_raw(html, "</label> <input type=\"date\" id=\"inforce\" name=\"inforce\" value=\"");
    zw_html_text(html, p->day ? p->day : "");
    zw_html_raw(html, "\"> <button type=\"submit\">");
    zw_html_text(html, zw_str(ui, ZW_S_SHOW));
    zw_html_raw(html, "</button>");
    if (p->day != NULL) {
        zw_html_raw(html, " ");
        zw_html_link(html, action->str, zw_str(ui, ZW_S_LAW_TODAY));
    }
    zw_html_raw(html, "</form>\n");
    g_string_free(action, TRUE);
}

void
zw_route_provision(zw_request *req, zw_reply *reply, const char *key)
{
    zw_provision p;
    if (!zw_provision_load(req, reply, key, false, &p))
        return;
    const char *want = strlen(p.key) > strlen(p.article) ? p.key + strlen(p.article) + 1 : NULL;
    char *heading = zw_provision_heading(req->ui, p.article);
    zw_html *html = zw_page_begin(req, heading, NULL, NULL);
    zw_ui ui = html->ui;

    zw_html_raw(html, "<article class=\"provision\">\n<h1>");
    zw_html_text(html, heading);
    if (p.texts->len > 0) {
        const zs_unit *u = zw_text_unit(g_ptr_array_index(p.texts, 0));
        if (u->label) {
            zw_html_raw(html, "<br><small>");
            zw_html_text(html, u->label);
            zw_html_raw(html, "</small>");
        }
        if (ui == ZW_UI_EN && u->label_en) {
            zw_html_raw(html, "<br><small>");
            zw_html_label_en(html, u->label_en);
            zw_html_raw(html, "</small>");
        }
    }
    zw_html_raw(html, "</h1>\n");
    zw_law_day_form(html, &p);

    zw_citation cite = {0};
    zw_cite_provision(&cite, p.title, p.key);
    {
        const zs_unit *first = p.texts->len > 0 ? zw_text_unit(g_ptr_array_index(p.texts, 0)) : NULL;
        const char *status = NULL, *repealed_on = NULL, *how = NULL;
        provision_status(first, p.key, &status, &repealed_on, &how, p.day);
        zw_cite_status(&cite, status, repealed_on, how, first ? first->valid_from : NULL, p.day);
    }
    zw_cite_panel(html, &cite, "cite");
    zw_citation_clear(&cite);

    zw_html_raw(html, "<section aria-labelledby=\"texts-h\">\n<h2 id=\"texts-h\">");
    zw_html_text(html, zw_str(ui, ZW_S_PROVISION_TEXTS));
    zw_html_raw(html, "</h2>\n<div class=\"texts");
    if (p.texts->len == 2)
        zw_html_raw(html, " two");
    zw_html_raw(html, "\">\n");
    for (guint i = 0; i < p.texts->len; i++) {
        const zw_provision_text *t = g_ptr_array_index(p.texts, i);
        const zs_unit *u = zw_text_unit(t);
        const char *lang = t->doc->lang ? t->doc->lang : "xx";
        zw_html_raw(html, "<section class=\"panel code-text\" lang=\"");
        zw_html_text(html, lang);
        zw_html_raw(html, "\">\n<h3>");
        zw_html_text(html, u->label ? u->label : p.article);
        zw_html_raw(html, "</h3>\n<p class=\"meta\"><span>");
        zw_html_text(html, t->doc->title);
        zw_html_raw(html, "</span><span>");
        zw_html_text(html, zw_field_value(ui, "lang", t->doc->lang));
        zw_html_raw(html, "</span>");
        zw_html_date(html, t->doc->date);
        zw_html_raw(html, "</p>\n");
        zw_law_banner_on(html, u, p.day);
        zw_law_repealed_by(html, zw_request_engine(req, NULL), req->access, t->doc, zs_unit_ceased_by(u, p.day));
        if (want != NULL)
            zw_law_part_banner(html, u, p.key);
        zw_law_currency(html, t->doc);
        zw_law_parts(html, lang, u, want);
        zw_versions(html, ui, t->doc, u);
        zw_law_history(html, t->doc, u);
        GString *href = g_string_new("/doc/");
        g_string_append_uri_escaped(href, u->id, NULL, FALSE);
        g_string_append_printf(href, "#u-%d", u->ordinal);
        zw_html_raw(html, "<p>");
        zw_html_link(html, href->str, zw_str(ui, ZW_S_OPEN_IN_DOC));
        zw_html_raw(html, "</p>\n</section>\n");
        g_string_free(href, TRUE);
    }
    zw_html_raw(html, "</div>\n</section>\n");

    /* Decisions applying it, with their number and outcomes. */
    zw_html_raw(html, "<section class=\"panel cited-by\" aria-labelledby=\"cited-h\">\n<h2 id=\"cited-h\">");
    zw_html_text(html, zw_str(ui, ZW_S_CITED_BY));
    zw_html_raw(html, "</h2>\n<p class=\"count\" id=\"cited-count\">");
    zw_html_textf(html, zw_str(ui, p.cited->total == 1 ? ZW_S_DECISIONS1_FMT : ZW_S_DECISIONS_FMT), p.cited->total);
    zw_html_raw(html, "</p>\n");
    if (p.cited->total == 0) {
        zw_html_raw(html, "<p>");
        zw_html_text(html, zw_str(ui, ZW_S_CITED_BY_NONE));
        zw_html_raw(html, "</p>\n");
    } else {
        for (guint i = 0; p.cited->facets && i < p.cited->facets->len; i++) {
            const zs_facet *f = g_ptr_array_index(p.cited->facets, i);
            if (strcmp(f->name, "outcome") != 0 || f->values->len == 0)
                continue;
            zw_html_raw(html, "<ul class=\"chips outcomes\" aria-label=\"");
            zw_html_text(html, zw_field_name(ui, "outcome"));
            zw_html_raw(html, "\">\n");
            for (guint j = 0; j < f->values->len; j++) {
                const zs_facet_value *v = g_ptr_array_index(f->values, j);
                GString *href = g_string_new("/search");
                zw_url_add(href, "type", "decision");
                zw_url_add(href, "article", p.key);
                zw_url_add(href, "outcome", v->value);
                char *text = g_strdup_printf("%s (%u)", zw_field_value(ui, "outcome", v->value), v->count);
                zw_html_raw(html, "<li><a class=\"chip\" href=\"");
                zw_html_text(html, href->str);
                zw_html_raw(html, "\">");
                zw_html_text(html, text);
                zw_html_raw(html, "</a></li>\n");
                g_free(text);
                g_string_free(href, TRUE);
            }
            zw_html_raw(html, "</ul>\n");
        }
        zw_html_raw(html, "<ul class=\"links\">\n");
        for (guint i = 0; i < p.cited->hits->len; i++) {
            zw_html_decision_item(html, g_ptr_array_index(p.cited->hits, i));
        }
        zw_html_raw(html, "</ul>\n");
        zw_html_see_all_decisions(html, "article", p.key, p.cited->total);
    }
    zw_html_raw(html, "</section>\n");
    zw_predecessor_panels(html, p.before);
    zw_html_raw(html, "</article>\n");
    zw_html_end(html);
    zw_reply_bytes(reply, 200, "text/html; charset=utf-8", zw_html_finish(html));
    g_free(heading);
    zw_provision_free(&p);
}

/* A decision applying the provision, as /api/provision lists it. */
static void
decision_json(JsonBuilder *b, const zs_hit *hit)
{
    json_builder_begin_object(b);
    zs_json_str(b, "doc", hit->doc);
    zs_json_str(b, "title", hit->title);
    zs_json_str(b, "court", hit->court);
    zs_json_str(b, "date", hit->date);
    zs_json_str(b, "lang", hit->lang);
    zs_json_str(b, "path", hit->path);
    json_builder_end_object(b);
}

void
zw_route_api_provision(zw_request *req, zw_reply *reply, const char *key)
{
    zw_provision p;
    if (!zw_provision_load(req, reply, key, true, &p))
        return;
    JsonBuilder *b = json_builder_new();
    json_builder_begin_object(b);
    zs_json_str(b, "provision", p.key);
    zs_json_str(b, "article", p.article);
    /* The status and history of the provision asked for, in the first
     * text (the interface's language first). */
    const zs_unit *first = p.texts->len > 0 ? zw_text_unit(g_ptr_array_index(p.texts, 0)) : NULL;
    const char *status = NULL, *repealed_on = NULL, *how = NULL;
    provision_status(first, p.key, &status, &repealed_on, &how, p.day);
    zs_json_str(b, "in_force_on", p.day);
    zs_json_str(b, "status", status);
    zs_json_str(b, "repealed_on", repealed_on);
    zs_json_amendments(b, "amendments", first ? first->amendments : NULL);
    zw_citation cite = {0};
    zw_cite_provision(&cite, p.title, p.key);
    zw_cite_status(&cite, status, repealed_on, how, first ? first->valid_from : NULL, p.day);
    json_builder_set_member_name(b, "citation");
    json_builder_begin_object(b);
    zs_json_str(b, "mn", cite.mn);
    zs_json_str(b, "en", cite.en);
    json_builder_end_object(b);
    zw_citation_clear(&cite);
    json_builder_set_member_name(b, "texts");
    json_builder_begin_array(b);
    for (guint i = 0; i < p.texts->len; i++) {
        const zw_provision_text *t = g_ptr_array_index(p.texts, i);
        const zs_unit *u = zw_text_unit(t);
        json_builder_begin_object(b);
        zs_json_str(b, "id", u->id);
        zs_json_str(b, "doc", t->doc->id);
        zs_json_str(b, "lang", t->doc->lang);
        zs_json_str(b, "title", t->doc->title);
        zs_json_str(b, "path", t->doc->path);
        zs_json_str(b, "label", u->label);
        zs_json_str(b, "label_en", u->label_en);
        zs_json_str(b, "text", u->text);
        zs_json_str(b, "status", u->status);
        zs_json_str(b, "repealed_on", u->repealed_on);
        zs_json_str(b, "valid_from", u->valid_from);
        zs_json_str(b, "amended_to", t->doc->amended_to);
        zs_json_amendments(b, "amendments", u->amendments);
        zs_json_parts(b, u->parts);
        json_builder_end_object(b);
    }
    json_builder_end_array(b);
    json_builder_set_member_name(b, "cited_by");
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "total");
    json_builder_add_int_value(b, p.cited->total);
    json_builder_set_member_name(b, "decisions");
    json_builder_begin_array(b);
    for (guint i = 0; i < p.cited->hits->len; i++)
        decision_json(b, g_ptr_array_index(p.cited->hits, i));
    json_builder_end_array(b);
    json_builder_end_object(b);
    json_builder_set_member_name(b, "predecessors");
    json_builder_begin_array(b);
    for (guint i = 0; i < p.before->len; i++) {
        const zw_predecessor *w = g_ptr_array_index(p.before, i);
        json_builder_begin_object(b);
        zs_json_str(b, "article", w->article);
        zs_json_str(b, "correspondence", w->uncertain ? "uncertain" : "checked");
        json_builder_set_member_name(b, "total");
        json_builder_add_int_value(b, w->decisions->total);
        json_builder_set_member_name(b, "decisions");
        json_builder_begin_array(b);
        for (guint k = 0; k < w->decisions->hits->len; k++)
            decision_json(b, g_ptr_array_index(w->decisions->hits, k));
        json_builder_end_array(b);
        json_builder_end_object(b);
    }
    json_builder_end_array(b);
    json_builder_end_object(b);
    zw_reply_json_builder(reply, 200, b);
    zw_provision_free(&p);
}
