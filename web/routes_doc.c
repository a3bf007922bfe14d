/* routes_doc.c — the document viewer (GET /doc/ID) and the original file
 * (GET /file/DOCID).
 *
 * The viewer shows a document's metadata, how to cite it (Mongolian and
 * English), what it cites and which decisions cite it, and the full text of
 * every unit; it marks the unit that was asked for.  With ?q= it lists the
 * parts of the document that match (the search library's snippets,
 * restricted to this document) and marks every match in the text, each
 * <mark id="m-N"> followed by a link to the next, so matches can be walked
 * without script.  PDF pages keep their anchors (#page-N).
 *
 * "Cited by" is, for now, a search: decisions whose articles include the
 * provision (article:13.1), or that cite a decision's case number
 * (cites:2024/ШЦТ/67).  search/citations.h will replace it.  The file route sends only what zs_document_file names: a path
 * is never built from the request; and only while it is the file that was indexed (zs_document_open_file).
 *
 * Not for: result lists (routes_search.c) or JSON (api.c).
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "search/citations.h"
#include "search/history.h"
#include "web/cite.h"
#include "web/similar.h"
#include "web/html.h"
#include "web/law.h"
#include "web/web.h"

/* Matching parts listed at the top of a document opened with ?q=. */
#define ZW_DOC_MATCHES  50u
/* Citing decisions listed on a viewer; the rest are a search away. */
#define ZW_DOC_CITED_BY 20u
/* The units a viewer page shows: [lo, hi) of the document's. */
typedef struct {
    guint lo, hi;
} zw_window;

static gsize
zw_unit_bytes(const zs_document *doc, guint i)
{
    const zs_unit *u = g_ptr_array_index(doc->units, i);
    return (u->text ? strlen(u->text) : 0) + 64;
}

/* The first index of the stretch that ends before `end` and fits the
 * budget (at least one unit). */
static guint
zw_window_back(const zs_document *doc, guint end, gsize budget)
{
    guint lo = end;
    gsize taken = 0;
    while (lo > 0 && (lo == end || taken + zw_unit_bytes(doc, lo - 1) <= budget))
        taken += zw_unit_bytes(doc, --lo);
    return lo;
}

/* All of a document that fits the budget, else the stretch from the unit
 * `from` names (?from=ORDINAL), or around the focused unit (a quarter of
 * the budget before it), or from the start. */
static zw_window
zw_doc_window(const zs_document *doc, const char *from, gsize budget)
{
    guint n = doc->units ? doc->units->len : 0;
    gsize total = 0;
    for (guint i = 0; i < n; i++)
        total += zw_unit_bytes(doc, i);
    if (total <= budget)
        return (zw_window){0, n};
    guint lo = 0;
    gint64 ordinal = -1;
    if (doc->focus >= 0) {
        lo = zw_window_back(doc, (guint)doc->focus + 1, budget / 4);
    } else if (from != NULL && g_ascii_string_to_signed(from, 10, 0, G_MAXINT, &ordinal, NULL)) {
        while (lo + 1 < n && ((const zs_unit *)g_ptr_array_index(doc->units, lo))->ordinal < ordinal)
            lo++;
    }
    guint hi = lo;
    gsize taken = 0;
    while (hi < n && (hi == lo || taken + zw_unit_bytes(doc, hi) <= budget))
        taken += zw_unit_bytes(doc, hi++);
    return (zw_window){lo, hi};
}

/* Where a unit is read: its anchor on this page, or its own page. */
static char *
zw_unit_href(const zs_document *doc, zw_window win, int ordinal)
{
    for (guint i = 0; doc->units && i < doc->units->len; i++) {
        const zs_unit *u = g_ptr_array_index(doc->units, i);
        if (u->ordinal != ordinal)
            continue;
        if (i >= win.lo && i < win.hi)
            break;
        GString *href = g_string_new("/doc/");
        g_string_append_uri_escaped(href, u->id, NULL, FALSE);
        g_string_append_printf(href, "#u-%d", ordinal);
        return g_string_free(href, FALSE);
    }
    return g_strdup_printf("#u-%d", ordinal);
}

/* A long document's note of the parts shown, with links to the stretches
 * before and after them (?q= kept). */
static void
zw_window_nav(zw_html *html, const zs_document *doc, zw_window win, gsize budget, const char *q)
{
    guint n = doc->units->len;
    if (win.lo == 0 && win.hi == n)
        return;
    zw_html_raw(html, "<nav class=\"doc-window\"><p>");
    zw_html_textf(html, zw_str(html->ui, ZW_S_WINDOW_FMT), win.lo + 1, win.hi, n);
    zw_html_raw(html, "</p>\n");
    for (int side = 0; side < 2; side++) {
        guint at = side == 0 ? zw_window_back(doc, win.lo, budget) : win.hi;
        if (side == 0 ? win.lo == 0 : win.hi >= n)
            continue;
        GString *href = g_string_new("/doc/");
        g_string_append_uri_escaped(href, doc->id, NULL, FALSE);
        g_string_append_printf(href, "?from=%d", ((const zs_unit *)g_ptr_array_index(doc->units, at))->ordinal);
        if (q != NULL) {
            g_string_append(href, "&q=");
            g_string_append_uri_escaped(href, q, NULL, FALSE);
        }
        zw_html_link(html, href->str, zw_str(html->ui, side == 0 ? ZW_S_WINDOW_EARLIER : ZW_S_WINDOW_LATER));
        zw_html_raw(html, "\n");
        g_string_free(href, TRUE);
    }
    zw_html_raw(html, "</nav>\n");
}

/* Fetches a document, answering the request itself (404/503/500 page or
 * JSON error when `json`) when there is none. */
static zs_document *
zw_fetch(zw_request *req, zw_reply *reply, const char *id, bool json)
{
    if (!zw_id_is_plausible(id)) {
        if (json)
            zw_reply_json_error(reply, 404, "not_found", "no such document");
        else
            zw_route_error_page(req, reply, 404, zw_str(req->ui, ZW_S_NOT_FOUND_DOC));
        return NULL;
    }
    GError *error = NULL;
    zs_document *doc = NULL;
    zs_engine *engine = zw_request_engine(req, &error);
    if (engine != NULL)
        doc = zs_get_document_as(engine, id, req->access, &error);
    if (doc != NULL) {
        zw_request_shown(req, doc->id, doc->access, doc->mask);
        return doc;
    }

    const char *code;
    unsigned status = zw_status_for_error(error, &code);
    if (status != 404 && error != NULL)
        g_printerr("zaalt: document: %s\n", error->message);
    if (json) {
        zw_reply_json_error(reply, status, code, error ? error->message : "no such document");
    } else if (status == 404) {
        zw_route_error_page(req, reply, 404, zw_str(req->ui, ZW_S_NOT_FOUND_DOC));
    } else {
        zw_route_error_page(req, reply, status, NULL);
    }
    g_clear_error(&error);
    return NULL;
}

static void
zw_meta_row(zw_html *html, const char *label, const char *value, const char *display)
{
    if (value == NULL || value[0] == '\0')
        return;
    zw_html_raw(html, "<tr><th scope=\"row\">");
    zw_html_text(html, label);
    zw_html_raw(html, "</th><td>");
    zw_html_text(html, display ? display : value);
    zw_html_raw(html, "</td></tr>\n");
}

/* The same for a date: in the page's language, in a <time>. */
static void
zw_meta_date_row(zw_html *html, const char *label, const char *date)
{
    if (date == NULL || date[0] == '\0')
        return;
    zw_html_raw(html, "<tr><th scope=\"row\">");
    zw_html_text(html, label);
    zw_html_raw(html, "</th><td>");
    zw_html_time(html, date);
    zw_html_raw(html, "</td></tr>\n");
}

/* Provision keys as links to their provision pages. */
static void
zw_provision_links(zw_html *html, zw_request *req, const GPtrArray *keys)
{
    zs_engine *engine = zw_request_engine(req, NULL);
    for (guint i = 0; i < keys->len; i++) {
        const char *key = g_ptr_array_index(keys, i);
        if (i > 0)
            zw_html_raw(html, ", ");
        if (zw_provision_is_plausible(key)) {
            char *href = g_strdup_printf("/provision/%s", key);
            zw_html_link(html, href, key);
            g_free(href);
        } else {
            zw_html_text(html, key);
        }
        /* An article applied that is law no more says so where it is
         * named (the decision applied the law of its day). */
        zs_link *link = engine != NULL ? zs_link_resolve(engine, key, req->access) : NULL;
        if (link != NULL && g_strcmp0(link->status, "repealed") == 0) {
            zw_html_raw(html, " <span class=\"badge repealed\">");
            if (link->part) {
                zw_html_textf(html, zw_str(html->ui, ZW_S_PARTS_REPEALED_FMT), key);
                zw_html_raw(html, " ");
                zw_law_repealed_on(html, ZW_S_PARTS_REPEALED_ON_FMT, ZW_S_PARTS_REPEALED_UNDATED, link->repealed_on);
            } else {
                zw_law_repealed_on(html, ZW_S_REPEALED_BADGE_FMT, ZW_S_REPEALED_UNDATED_BADGE, link->repealed_on);
            }
            zw_html_raw(html, "</span>");
        }
        zs_link_free(link);
    }
}

/* A row of the document's table listing provisions under `label`, when
 * there are any. */
static void
cites_row(zw_html *html, zw_request *req, const char *label, const char *cls, const GPtrArray *keys)
{
    if (keys->len == 0)
        return;
    zw_html_raw(html, "<tr><th scope=\"row\">");
    zw_html_text(html, label);
    zw_html_raw(html, "</th><td class=\"cites ");
    zw_html_text(html, cls);
    zw_html_raw(html, "\">");
    zw_provision_links(html, req, keys);
    zw_html_raw(html, "</td></tr>\n");
}

/* The decisions `cites` names (a decision number: its key holds '/'):
 * the one an appeal or cassation reviews and those it cites, each linked
 * to the decision when the library holds it, else named as not in it. */
static void
zw_decision_links(zw_html *html, const GPtrArray *cites)
{
    bool any = false;
    for (guint i = 0; i < cites->len; i++) {
        const zs_link *l = g_ptr_array_index(cites, i);
        if (strchr(l->key, '/') == NULL || l->within)
            continue;
        if (!any) {
            zw_html_raw(html, "<tr><th scope=\"row\">");
            zw_html_text(html, zw_str(html->ui, ZW_S_CITES_DECISIONS));
            zw_html_raw(html, "</th><td class=\"cites decision-cites\">");
        } else {
            zw_html_raw(html, ", ");
        }
        any = true;
        if (l->target_doc != NULL) {
            GString *href = g_string_new("/doc/");
            g_string_append_uri_escaped(href, l->target_doc, NULL, FALSE);
            zw_html_link(html, href->str, l->key);
            g_string_free(href, TRUE);
        } else {
            zw_html_text(html, l->key);
            zw_html_raw(html, " <span class=\"muted\">");
            zw_html_text(html, zw_str(html->ui, ZW_S_NOT_IN_LIBRARY));
            zw_html_raw(html, "</span>");
        }
    }
    if (any)
        zw_html_raw(html, "</td></tr>\n");
}

static void
zw_meta_table(zw_html *html, zw_request *req, const zs_document *doc)
{
    zw_ui ui = html->ui;
    zw_html_raw(html, "<table class=\"doc-meta\">\n<caption class=\"visually-hidden\">");
    zw_html_text(html, zw_str(ui, ZW_S_DETAILS));
    zw_html_raw(html, "</caption>\n");
    zw_meta_row(html, zw_field_name(ui, "type"), doc->type, zw_field_value(ui, "type", doc->type));
    zw_meta_row(html, zw_field_name(ui, "lang"), doc->lang, zw_field_value(ui, "lang", doc->lang));
    zw_meta_date_row(html, zw_field_name(ui, "date"), doc->date);
    zw_meta_row(html, zw_field_name(ui, "court"), doc->court, NULL);
    zw_meta_row(html, zw_str(ui, ZW_S_F_CASE_NUMBER), doc->case_number, NULL);
    zw_meta_row(html, zw_field_name(ui, "outcome"), doc->outcome, zw_field_value(ui, "outcome", doc->outcome));
    zw_meta_row(html, zw_field_name(ui, "source"), doc->source, NULL);
    zw_meta_row(html, zw_str(ui, ZW_S_F_FORMAT), doc->format, NULL);
    zw_meta_row(html, zw_str(ui, ZW_S_F_PATH), doc->path, NULL);
    /* A code's articles are its contents (listed below); a decision's are
     * what it applies. */
    bool decision = g_strcmp0(doc->type, "decision") == 0;
    if (doc->articles != NULL && doc->articles->len > 0 && g_strcmp0(doc->type, "code") != 0) {
        zw_html_raw(html, "<tr><th scope=\"row\">");
        zw_html_text(html, zw_str(ui, decision ? ZW_S_ARTICLES_APPLIED : ZW_S_CITES));
        zw_html_raw(html, "</th><td class=\"cites\">");
        zw_provision_links(html, req, doc->articles);
        zw_html_raw(html, "</td></tr>\n");
    }
    /* The other provisions its text cites that are law no more (a decision
     * arguing under a repealed article, a law the 2002 Code's): named with
     * their mark, so no reader takes them for law in force. */
    if (g_strcmp0(doc->type, "code") != 0 && doc->cites != NULL) {
        GPtrArray *repealed = g_ptr_array_new();
        for (guint i = 0; i < doc->cites->len; i++) {
            const zs_link *l = g_ptr_array_index(doc->cites, i);
            bool applied = false;
            for (guint k = 0; doc->articles != NULL && k < doc->articles->len && !applied; k++)
                applied = strcmp(g_ptr_array_index(doc->articles, k), l->key) == 0;
            if (!applied && strchr(l->key, '/') == NULL && g_strcmp0(l->status, "repealed") == 0)
                g_ptr_array_add(repealed, l->key);
        }
        /* A decision's articles are those it applied; the others its
         * text cites (the charge, the law argued over) are named apart. */
        GPtrArray *other = g_ptr_array_new();
        for (guint i = 0; decision && i < doc->cites->len; i++) {
            const zs_link *l = g_ptr_array_index(doc->cites, i);
            bool listed = strchr(l->key, '/') != NULL || l->within;
            for (guint k = 0; doc->articles != NULL && k < doc->articles->len && !listed; k++)
                listed = strcmp(g_ptr_array_index(doc->articles, k), l->key) == 0;
            for (guint k = 0; k < repealed->len && !listed; k++)
                listed = strcmp(g_ptr_array_index(repealed, k), l->key) == 0;
            if (!listed)
                g_ptr_array_add(other, l->key);
        }
        cites_row(html, req, zw_str(ui, ZW_S_CITES_OTHER), "other-cites", other);
        g_ptr_array_free(other, TRUE);
        cites_row(html, req, zw_str(ui, ZW_S_CITES_REPEALED), "repealed-cites", repealed);
        g_ptr_array_free(repealed, TRUE);
        zw_decision_links(html, doc->cites);
    }
    zw_html_raw(html, "</table>\n");
}

static int
zw_unit_ordinal_of(const zs_document *doc, const char *unit_id)
{
    for (guint i = 0; doc->units && i < doc->units->len; i++) {
        const zs_unit *u = g_ptr_array_index(doc->units, i);
        if (g_strcmp0(u->id, unit_id) == 0)
            return u->ordinal;
    }
    return -1;
}

/* With ?q=: the matching parts of this document, each linking down to its
 * unit.  A malformed query is reported here rather than failing the page:
 * the document itself exists. */
static void
zw_matches(zw_html *html, zw_request *req, const zs_document *doc, zw_window win, const char *q)
{
    GError *error = NULL;
    zs_engine *engine = zw_request_engine(req, &error);
    zs_results *results = NULL;
    if (engine != NULL) {
        zs_request request = {.query = q, .limit = ZW_DOC_MATCHES, .within_doc = doc->id, .access = req->access};
        results = zs_search(engine, &request, &error);
    }
    zw_html_raw(html,
                "<section class=\"matches\" id=\"matches\" aria-labelledby=\"matches-h\">\n<h2 id=\"matches-h\">");
    zw_html_text(html, zw_str(html->ui, ZW_S_MATCHES_HERE));
    zw_html_raw(html, "</h2>\n");
    if (results == NULL) {
        zw_html_raw(html, "<p class=\"error detail\">");
        zw_html_text(html, error ? error->message : "");
        zw_html_raw(html, "</p>\n");
    } else if (results->hits == NULL || results->hits->len == 0) {
        zw_html_raw(html, "<p>");
        zw_html_text(html, zw_str(html->ui, ZW_S_NO_MATCHES_HERE));
        zw_html_raw(html, "</p>\n");
    } else {
        zw_html_raw(html, "<ol>\n");
        for (guint i = 0; i < results->hits->len; i++) {
            const zs_hit *hit = g_ptr_array_index(results->hits, i);
            int ordinal = zw_unit_ordinal_of(doc, hit->id);
            zw_html_raw(html, "<li>");
            if (ordinal >= 0) {
                char *href = zw_unit_href(doc, win, ordinal);
                const char *label = hit->label ? hit->label : hit->provision;
                char *where = hit->page > 0 ? g_strdup_printf(zw_str(html->ui, ZW_S_PAGE_FMT), hit->page)
                                            : g_strdup_printf(zw_str(html->ui, ZW_S_PART_FMT), ordinal + 1);
                zw_html_link(html, href, label ? label : where);
                g_free(where);
                g_free(href);
                zw_html_raw(html, ": ");
            }
            zw_html_snippet(html, hit);
            zw_html_raw(html, "</li>\n");
        }
        zw_html_raw(html, "</ol>\n");
    }
    zw_html_raw(html, "</section>\n");
    if (results != NULL)
        zs_results_free(results);
    g_clear_error(&error);
}

/* A unit's text as paragraphs (blank-line separated); single line breaks are
 * kept by the stylesheet (white-space: pre-line).  With `hl`, the query's
 * words are marked and numbered (zw_html_marked). */
static void
zw_unit_text(zw_html *html, const char *text, zs_marker *hl, unsigned *marks)
{
    if (text == NULL)
        return;
    char **paras = g_regex_split_simple("\\n[ \\t]*\\n", text, 0, 0);
    for (char **p = paras; *p; p++) {
        char *t = g_strstrip(*p);
        if (*t == '\0')
            continue;
        zw_html_raw(html, "<p>");
        if (hl != NULL) {
            char *marked = zs_marker_mark(hl, t);
            zw_html_marked(html, marked, marks);
            g_free(marked);
        } else {
            zw_html_text(html, t);
        }
        zw_html_raw(html, "</p>\n");
    }
    g_strfreev(paras);
}

static void
zw_units(zw_html *html, zw_request *req, const zs_document *doc, zw_window win, zs_marker *hl, unsigned *marks)
{
    const zs_amendment *act = zw_law_act_repeal(doc);
    /* A page number may start several units (articles on one PDF page):
     * only the first carries id="page-N", ids stay unique. */
    GHashTable *pages_seen = g_hash_table_new(g_direct_hash, g_direct_equal);
    for (guint i = win.lo; doc->units && i < win.hi; i++) {
        const zs_unit *u = g_ptr_array_index(doc->units, i);
        bool focus = doc->focus == (int)i;
        zw_html_raw(html, "<section class=\"unit");
        if (focus)
            zw_html_raw(html, " focus");
        zw_html_raw(html, "\" id=\"");
        zw_html_textf(html, "u-%d", u->ordinal);
        zw_html_raw(html, "\">\n");

        bool page_anchor = u->page > 0 && !g_hash_table_contains(pages_seen, GINT_TO_POINTER(u->page));
        if (page_anchor)
            g_hash_table_add(pages_seen, GINT_TO_POINTER(u->page));
        const char *heading = u->label ? u->label : u->provision;
        char *page_label = u->page > 0 ? g_strdup_printf(zw_str(html->ui, ZW_S_PAGE_FMT), u->page) : NULL;
        if (heading == NULL && g_strcmp0(u->kind, "page") == 0)
            heading = page_label;
        if (heading != NULL || page_anchor) {
            zw_html_raw(html, "<h2");
            if (page_anchor) {
                zw_html_raw(html, " id=\"");
                zw_html_textf(html, "page-%d", u->page);
                zw_html_raw(html, "\"");
            }
            zw_html_raw(html, ">");
            zw_html_text(html, heading ? heading : page_label);
            zw_html_raw(html, "</h2>\n");
        }
        /* The provision pages are the 2015 Criminal Code's ("ЭХ"): another
         * law's article 12.4 is not that Code's, and links nowhere else. */
        if (u->provision != NULL && g_strcmp0(doc->type, "code") == 0 && g_strcmp0(doc->law, "ЭХ") == 0 &&
            zw_provision_is_plausible(u->provision)) {
            char *href = g_strdup_printf("/provision/%s", u->provision);
            char *text = zw_provision_heading(html->ui, u->provision);
            zw_html_raw(html, "<p class=\"meta\">→ ");
            zw_html_link(html, href, text);
            zw_html_raw(html, "</p>\n");
            g_free(text);
            g_free(href);
        }
        g_free(page_label);
        if (u->ocr_confidence >= 0) {
            zw_html_raw(html, "<p class=\"ocr\">");
            zw_html_textf(html, zw_str(html->ui, ZW_S_OCR_FMT), u->ocr_confidence);
            zw_html_raw(html, "</p>\n");
        }
        zw_law_banner(html, u);
        /* What repealed it: a law repealed as a whole says so once, above
         * its text; a unit repealed on its own, or the one asked for,
         * under its banner. */
        const zs_amendment *by = zs_unit_ceased_by(u, NULL);
        if (by != NULL && (focus || act == NULL || g_strcmp0(act->note, by->note) != 0))
            zw_law_repealed_by(html, zw_request_engine(req, NULL), req->access, doc, by);
        zw_html_raw(html, "<div class=\"text\">\n");
        if (zw_law_has_repealed_part(u))
            zw_law_paragraphs(html, u, hl, marks);
        else
            zw_unit_text(html, u->text, hl, marks);
        zw_html_raw(html, "</div>\n");
        if (focus)
            zw_law_history(html, doc, u);
        zw_html_raw(html, "</section>\n");
    }
    g_hash_table_unref(pages_seen);
}

/* A code's articles as a table of contents. */
static void
zw_contents(zw_html *html, const zs_document *doc, zw_window win)
{
    if (g_strcmp0(doc->type, "code") != 0 || doc->units == NULL || doc->units->len < 2)
        return;
    zw_html_raw(html, "<details class=\"panel contents\"><summary>");
    zw_html_text(html, zw_str(html->ui, ZW_S_CONTENTS));
    zw_html_raw(html, "</summary>\n<ul class=\"links\">\n");
    for (guint i = 0; i < doc->units->len; i++) {
        const zs_unit *u = g_ptr_array_index(doc->units, i);
        if (u->label == NULL)
            continue;
        char *href = zw_unit_href(doc, win, u->ordinal);
        zw_html_raw(html, "<li>");
        zw_html_link(html, href, u->label);
        zw_html_raw(html, "</li>\n");
        g_free(href);
    }
    zw_html_raw(html, "</ul>\n</details>\n");
}

/* "Decisions citing it": those whose articles include `provision`, or (for
 * a decision) those that cite its case number.  `except` (a document id,
 * may be NULL) is left out: a decision does not cite itself. */
static void
zw_cited_by(zw_html *html, zw_request *req, const char *filter_field, const char *value, const char *except)
{
    GError *error = NULL;
    zs_engine *engine = zw_request_engine(req, &error);
    zs_results *results = NULL;
    char *filter = g_strdup_printf("%s:%s", filter_field, value);
    const char *filters[] = {"type:decision", filter, NULL};
    if (engine != NULL) {
        zs_request request = {.query = "",
                              .filters = filters,
                              .limit = ZW_DOC_CITED_BY + 1,
                              .sort = ZS_SORT_DATE_DESC,
                              .no_snippets = true,
                              .access = req->access};
        results = zs_search(engine, &request, &error);
    }
    zw_html_raw(html, "<section class=\"panel cited-by\" aria-labelledby=\"cited-h\">\n<h2 id=\"cited-h\">");
    zw_html_text(html, zw_str(html->ui, ZW_S_CITED_BY));
    zw_html_raw(html, "</h2>\n");
    guint shown = 0;
    if (results != NULL) {
        zw_html_raw(html, "<ul class=\"links\">\n");
        for (guint i = 0; i < results->hits->len && shown < ZW_DOC_CITED_BY; i++) {
            const zs_hit *hit = g_ptr_array_index(results->hits, i);
            if (except != NULL && g_strcmp0(hit->doc, except) == 0)
                continue;
            zw_html_decision_item(html, hit);
            shown++;
        }
        zw_html_raw(html, "</ul>\n");
    }
    if (shown == 0) {
        zw_html_raw(html, "<p>");
        zw_html_text(html, zw_str(html->ui, ZW_S_CITED_BY_NONE));
        zw_html_raw(html, "</p>\n");
    } else if (results->total > shown + (except != NULL ? 1u : 0u)) {
        zw_html_see_all_decisions(html, filter_field, value, results->total);
    }
    zw_html_raw(html, "</section>\n");
    if (results != NULL)
        zs_results_free(results);
    g_clear_error(&error);
    g_free(filter);
}

/* "Decisions citing it" for an article of another law than the Criminal
 * Code: its provisions are cited by the law's initials, which other laws
 * share, so the decisions listed are those whose citation named this law
 * (or only its initials), not a search of the key; the decisions alone are
 * asked for, so that none is left behind the statutes citing it. */
static void
zw_cited_by_other_law(zw_html *html, zw_request *req, const zs_document *doc, const char *provision)
{
    zs_engine *engine = zw_request_engine(req, NULL);
    zs_citations *c =
        engine != NULL ? zs_cited_by_provision(engine, doc, provision, "decision", req->access, ZW_DOC_CITED_BY, NULL)
                       : NULL;
    zw_html_raw(html, "<section class=\"panel cited-by\" aria-labelledby=\"cited-h\">\n<h2 id=\"cited-h\">");
    zw_html_text(html, zw_str(html->ui, ZW_S_CITED_BY));
    zw_html_raw(html, "</h2>\n");
    guint shown = 0;
    for (guint i = 0; c != NULL && i < c->citing->len && shown < ZW_DOC_CITED_BY; i++) {
        const zs_citing *x = g_ptr_array_index(c->citing, i);
        if (shown++ == 0)
            zw_html_raw(html, "<ul class=\"links\">\n");
        zs_hit hit = {.doc = x->doc, .title = x->title, .path = x->path, .court = x->court, .date = x->date};
        zw_html_decision_item(html, &hit);
    }
    if (shown > 0) {
        zw_html_raw(html, "</ul>\n");
    } else {
        zw_html_raw(html, "<p>");
        zw_html_text(html, zw_str(html->ui, ZW_S_CITED_BY_NONE));
        zw_html_raw(html, "</p>\n");
    }
    zw_html_raw(html, "</section>\n");
    zs_citations_free(c);
}

/* The search-within-this-document form. */
static void
zw_within_form(zw_html *html, const zs_document *doc, const char *q)
{
    zw_ui ui = html->ui;
    GString *action = g_string_new("/doc/");
    g_string_append_uri_escaped(action, doc->id, NULL, FALSE);
    zw_html_raw(html, "<form class=\"inline within\" action=\"");
    zw_html_text(html, action->str);
    zw_html_raw(html, "\" method=\"get\" role=\"search\">\n<label for=\"wq\">");
    zw_html_text(html, zw_str(ui, ZW_S_SEARCH_IN_DOC));
    zw_html_raw(html, "</label> <input id=\"wq\" name=\"q\" type=\"search\" maxlength=\"" G_STRINGIFY(ZS_MAX_QUERY_CHARS) "\" value=\"");
    zw_html_text(html, q);
    zw_html_raw(html, "\"> <button type=\"submit\" class=\"secondary\">");
    zw_html_text(html, zw_str(ui, ZW_S_SEARCH_BUTTON));
    zw_html_raw(html, "</button>\n</form>\n");
    g_string_free(action, TRUE);
}

void
zw_route_doc(zw_request *req, zw_reply *reply, const char *id)
{
    zs_document *doc = zw_fetch(req, reply, id, false);
    if (doc == NULL)
        return;
    const char *q = zw_param_get(req, "q");
    if (q != NULL && q[0] == '\0')
        q = NULL;
    const char *title = doc->title && doc->title[0] ? doc->title : doc->path;
    const zs_unit *focus = doc->focus >= 0 && doc->units && (guint)doc->focus < doc->units->len
                               ? g_ptr_array_index(doc->units, doc->focus)
                               : NULL;

    /* The text first, into its own builder, so the count of marks is known
     * for the summary above it. */
    /* The words of ?q= to mark, or NULL when there are none (or the query
     * does not parse: zw_matches reports that). */
    zs_marker *hl = zs_marker_new(req->engine, q);
    unsigned marks = 0;
    zw_window win = zw_doc_window(doc, zw_param_get(req, "from"), req->doc_page_bytes);
    zw_html *text = zw_html_new(req->ui);
    zw_units(text, req, doc, win, hl, &marks);

    zw_html *html = zw_page_begin(req, title, q, NULL);
    zw_ui ui = html->ui;
    zw_html_raw(html, "<article class=\"document\">\n<h1>");
    zw_html_text(html, title);
    zw_html_raw(html, "</h1>\n");
    zw_law_currency(html, doc);
    if (focus == NULL)
        zw_law_repealed_by(html, zw_request_engine(req, NULL), req->access, doc, zw_law_act_repeal(doc));
    zw_html_raw(html, "<div class=\"doc-nav\">\n");
    zw_within_form(html, doc, q);
    char *file = zs_document_file(req->engine, doc);
    if (file != NULL) {
        GString *href = g_string_new("/file/");
        g_string_append_uri_escaped(href, doc->id, NULL, FALSE);
        zw_html_raw(html, "<a class=\"download\" href=\"");
        zw_html_text(html, href->str);
        zw_html_raw(html, "\" download>");
        /* A masked document's download is its masked text (zw_route_file),
         * not the original: the link says so. */
        zw_html_text(html, zw_str(ui, g_strcmp0(doc->mask, "masked") == 0 ? ZW_S_DOWNLOAD_MASKED : ZW_S_DOWNLOAD));
        zw_html_raw(html, "</a>\n");
        g_string_free(href, TRUE);
        g_free(file);
    }
    if (focus != NULL) {
        /* The jump is a link (no script needed); the unit is also
         * highlighted by its "focus" class. */
        char *href = g_strdup_printf("#u-%d", focus->ordinal);
        zw_html_link(html, href, zw_str(ui, ZW_S_GO_TO_UNIT));
        zw_html_raw(html, "\n");
        g_free(href);
    }
    if (marks > 0) {
        char *count = g_strdup_printf(zw_str(ui, ZW_S_MATCH_COUNT_FMT), marks);
        zw_html_raw(html, "<span class=\"match-count\">");
        zw_html_text(html, count);
        zw_html_raw(html, " <span id=\"match-pos\" aria-live=\"polite\"></span></span> ");
        zw_html_link(html, "#m-1", zw_str(ui, ZW_S_FIRST_MATCH));
        zw_html_raw(html, "\n");
        g_free(count);
    }
    zw_html_raw(html, "</div>\n");
    if (g_strcmp0(doc->type, "code") != 0)
        zs_document_load_citations(zw_request_engine(req, NULL), doc, req->access);
    zw_meta_table(html, req, doc);

    zw_citation cite = {0};
    int page = focus != NULL ? focus->page : 0;
    /* A statute's unit carries its status (a law repealed as a whole:
     * every unit, its heading's first among them). */
    const zs_unit *cited = focus != NULL ? focus : doc->units != NULL && doc->units->len > 0 ? doc->units->pdata[0] : NULL;
    if (focus != NULL && focus->provision != NULL && g_strcmp0(doc->type, "code") == 0)
        zw_cite_provision(&cite, doc->title, focus->provision);
    else if (g_strcmp0(doc->type, "decision") == 0)
        zw_cite_decision(&cite, doc, page);
    else
        zw_cite_document(&cite, doc, page);
    if (cited != NULL)
        zw_cite_status(&cite, cited->status, cited->repealed_on, zs_unit_gone_how(cited, NULL), cited->valid_from, NULL);
    zw_cite_panel(html, &cite, "cite");
    zw_citation_clear(&cite);

    if (focus != NULL && focus->provision != NULL && zs_document_of_other_law(doc)) {
        zw_cited_by_other_law(html, req, doc, focus->provision);
    } else if (focus != NULL && focus->provision != NULL && g_strcmp0(doc->type, "code") == 0) {
        zw_cited_by(html, req, "article", focus->provision, NULL);
        GPtrArray *before = zw_predecessors(req, focus->provision, ZW_DOC_CITED_BY, NULL);
        zw_predecessor_panels(html, before);
        zw_predecessors_free(before);
    } else if (g_strcmp0(doc->type, "decision") == 0 && doc->case_number != NULL)
        zw_cited_by(html, req, "cites", doc->case_number, doc->id);
    zw_similar_panel(html, req, doc->id);

    zw_contents(html, doc, win);
    if (q != NULL)
        zw_matches(html, req, doc, win, q);
    zw_window_nav(html, doc, win, req->doc_page_bytes, q);
    zw_html_append(html, text, marks);
    zw_window_nav(html, doc, win, req->doc_page_bytes, q);
    zw_html_raw(html, "</article>\n");
    zw_html_end(html);
    zw_reply_bytes(reply, 200, "text/html; charset=utf-8", zw_html_finish(html));
    zs_marker_free(hl);
    zs_document_free(doc);
}

void
zw_route_api_doc(zw_request *req, zw_reply *reply, const char *id)
{
    zs_document *doc = zw_fetch(req, reply, id, true);
    if (doc == NULL)
        return;
    zs_document_load_citations(zw_request_engine(req, NULL), doc, req->access);
    zw_reply_json(reply, 200, zs_document_to_json(doc, false));
    zs_document_free(doc);
}

/* ---- originals ---- */

static const char *
zw_content_type_for(const char *path)
{
    const char *dot = strrchr(path, '.');
    if (dot != NULL && strchr(dot, '/') == NULL) {
        if (g_ascii_strcasecmp(dot, ".pdf") == 0)
            return "application/pdf";
        if (g_ascii_strcasecmp(dot, ".xml") == 0)
            return "application/xml";
        if (g_ascii_strcasecmp(dot, ".txt") == 0)
            return "text/plain; charset=utf-8";
        if (g_ascii_strcasecmp(dot, ".docx") == 0)
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        if (g_ascii_strcasecmp(dot, ".odt") == 0)
            return "application/vnd.oasis.opendocument.text";
        /* A saved page, sent as an attachment (never shown from this
         * origin, where its scripts would run): its own charset inside. */
        if (g_ascii_strcasecmp(dot, ".html") == 0 || g_ascii_strcasecmp(dot, ".htm") == 0)
            return "text/html";
    }
    return "application/octet-stream";
}

/* Content-Disposition: an ASCII filename (anything else replaced by '_', so
 * no quote, backslash or control byte reaches the header) plus the real name
 * percent-encoded per RFC 6266 for browsers that read filename*.  `inline`
 * (a PDF: the browser's viewer opens it, at #page=N) or an attachment (every
 * other type: an HTML or SVG page shown from this origin would run its
 * scripts here, and an unknown type is not to be guessed at). */
static char *
zw_disposition(const char *path, bool inline_ok)
{
    char *base = g_path_get_basename(path);
    GString *ascii = g_string_new(NULL);
    gsize letters = 0;
    for (const char *p = base; *p; p++) {
        bool ok = g_ascii_isalnum(*p) || *p == '.' || *p == '-' || *p == '_';
        g_string_append_c(ascii, ok ? *p : '_');
        letters += g_ascii_isalnum(*p) ? 1 : 0;
    }
    if (letters == 0 || ascii->str[0] == '.') {
        const char *dot = strrchr(base, '.');
        g_string_assign(ascii, "document");
        if (dot != NULL && strlen(dot) <= 6) {
            for (const char *p = dot; *p; p++)
                g_string_append_c(ascii, g_ascii_isalnum(*p) || *p == '.' ? *p : '_');
        }
    }
    char *valid = g_utf8_make_valid(base, -1);
    char *encoded = g_uri_escape_string(valid, NULL, FALSE);
    char *value = g_strdup_printf("%s; filename=\"%s\"; filename*=UTF-8''%s", inline_ok ? "inline" : "attachment",
                                  ascii->str, encoded);
    g_free(encoded);
    g_free(valid);
    g_string_free(ascii, TRUE);
    g_free(base);
    return value;
}

void
zw_route_file(zw_request *req, zw_reply *reply, const char *id)
{
    zs_document *doc = zw_fetch(req, reply, id, false);
    if (doc == NULL)
        return;
    if (g_strcmp0(doc->mask, "masked") == 0) {
        /* The original holds what the public must not read: its masked
         * text instead, as the index has it. */
        GString *text = g_string_new(NULL);
        if (doc->title)
            g_string_append_printf(text, "%s\n\n", doc->title);
        for (guint i = 0; i < doc->units->len; i++) {
            const zs_unit *u = doc->units->pdata[i];
            if (u->label)
                g_string_append_printf(text, "%s\n\n", u->label);
            g_string_append_printf(text, "%s\n\n", u->text ? u->text : "");
        }
        zw_reply_bytes(reply, 200, "text/plain; charset=utf-8", g_string_free_to_bytes(text));
        char *disposition = g_strdup_printf("inline; filename=\"%s.txt\"", doc->id);
        zw_reply_header(reply, "Content-Disposition", disposition);
        g_free(disposition);
        zs_document_free(doc);
        return;
    }
    char *path = NULL;
    struct stat st;
    GError *error = NULL;
    int fd = zs_document_open_file(req->engine, doc, &path, &st, &error);
    if (fd < 0) {
        /* The operator learns why (a file changed since it was indexed may
         * have been swapped for another); the reader sees what a missing
         * file shows, so nothing about the file leaks. */
        g_printerr("zaalt: file for %s\n", error->message);
        g_error_free(error);
        zw_route_error_page(req, reply, 404, zw_str(req->ui, ZW_S_NOT_FOUND_DOC));
        zs_document_free(doc);
        return;
    }
    reply->status = 200;
    g_free(reply->content_type);
    reply->content_type = g_strdup(zw_content_type_for(path));
    reply->fd = fd;
    reply->fd_size = (uint64_t)st.st_size;
    char *disposition = zw_disposition(path, strcmp(reply->content_type, "application/pdf") == 0);
    zw_reply_header(reply, "Content-Disposition", disposition);
    g_free(disposition);
    g_free(path);
    zs_document_free(doc);
}
