/* routes_doc.c — the document viewer (GET /doc/ID) and the original file
 * (GET /file/DOCID).
 *
 * The viewer shows a document's metadata and the full text of every unit,
 * marks the unit that was asked for, and with ?q= lists the parts of the
 * document that match (the search library's snippets, restricted to this
 * document).  The file route sends only what zs_document_file names: a path
 * is never built from the request.
 *
 * Not for: result lists (routes_search.c) or JSON (api.c).
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "web/html.h"
#include "web/web.h"

/* Matching parts listed at the top of a document opened with ?q=. */
#define ZW_DOC_MATCHES 50u

/* Fetches a document, answering the request itself (404/503/500 page or
 * JSON error when `json`) when there is none. */
static zs_document *zw_fetch(zw_request *req, zw_reply *reply, const char *id, bool json)
{
    if (!zw_id_is_plausible(id)) {
        if (json)
            zw_reply_json_error(reply, 404, "not_found", "no such document");
        else
            zw_route_error_page(req, reply, 404, NULL);
        return NULL;
    }
    GError *error = NULL;
    zs_document *doc = NULL;
    zs_engine *engine = zw_request_engine(req, &error);
    if (engine != NULL)
        doc = zs_get_document(engine, id, &error);
    if (doc != NULL)
        return doc;

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

static void zw_meta_row(zw_html *html, zw_string label, const char *value, const char *display)
{
    if (value == NULL || value[0] == '\0')
        return;
    zw_html_raw(html, "<tr><th scope=\"row\">");
    zw_html_text(html, zw_str(html->ui, label));
    zw_html_raw(html, "</th><td>");
    zw_html_text(html, display ? display : value);
    zw_html_raw(html, "</td></tr>\n");
}

static void zw_meta_table(zw_html *html, const zs_document *doc)
{
    zw_ui ui = html->ui;
    zw_html_raw(html, "<table class=\"doc-meta\">\n<caption class=\"visually-hidden\">");
    zw_html_text(html, zw_str(ui, ZW_S_DETAILS));
    zw_html_raw(html, "</caption>\n");
    zw_meta_row(html, ZW_S_F_TYPE, doc->type, zw_field_value(ui, "type", doc->type));
    zw_meta_row(html, ZW_S_F_LANG, doc->lang, zw_field_value(ui, "lang", doc->lang));
    zw_meta_row(html, ZW_S_F_DATE, doc->date, NULL);
    zw_meta_row(html, ZW_S_F_COURT, doc->court, NULL);
    zw_meta_row(html, ZW_S_F_CASE_NUMBER, doc->case_number, NULL);
    zw_meta_row(html, ZW_S_F_OUTCOME, doc->outcome, NULL);
    zw_meta_row(html, ZW_S_F_SOURCE, doc->source, NULL);
    zw_meta_row(html, ZW_S_F_PATH, doc->path, NULL);
    if (doc->articles != NULL && doc->articles->len > 0) {
        zw_html_raw(html, "<tr><th scope=\"row\">");
        zw_html_text(html, zw_str(ui, ZW_S_F_ARTICLE));
        zw_html_raw(html, "</th><td>");
        for (guint i = 0; i < doc->articles->len; i++) {
            const char *key = g_ptr_array_index(doc->articles, i);
            GString *href = g_string_new("/search");
            zw_url_add(href, "article", key);
            if (i > 0)
                zw_html_raw(html, ", ");
            zw_html_link(html, href->str, key);
            g_string_free(href, TRUE);
        }
        zw_html_raw(html, "</td></tr>\n");
    }
    zw_html_raw(html, "</table>\n");
}

static int zw_unit_ordinal_of(const zs_document *doc, const char *unit_id)
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
static void zw_matches(zw_html *html, zw_request *req, const zs_document *doc, const char *q)
{
    GError *error = NULL;
    zs_engine *engine = zw_request_engine(req, &error);
    zs_results *results = NULL;
    if (engine != NULL) {
        zs_request request = {.query = q, .limit = ZW_DOC_MATCHES, .within_doc = doc->id};
        results = zs_search(engine, &request, &error);
    }
    zw_html_raw(html, "<section class=\"matches\">\n<h2>");
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
                char *href = g_strdup_printf("#u-%d", ordinal);
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
 * kept by the stylesheet (white-space: pre-line). */
static void zw_unit_text(zw_html *html, const char *text)
{
    if (text == NULL)
        return;
    char **paras = g_regex_split_simple("\\n[ \\t]*\\n", text, 0, 0);
    for (char **p = paras; *p; p++) {
        char *t = g_strstrip(*p);
        if (*t == '\0')
            continue;
        zw_html_raw(html, "<p>");
        zw_html_text(html, t);
        zw_html_raw(html, "</p>\n");
    }
    g_strfreev(paras);
}

static void zw_units(zw_html *html, const zs_document *doc)
{
    /* A page number may start several units (articles on one PDF page):
     * only the first carries id="page-N", ids stay unique. */
    GHashTable *pages_seen = g_hash_table_new(g_direct_hash, g_direct_equal);
    for (guint i = 0; doc->units && i < doc->units->len; i++) {
        const zs_unit *u = g_ptr_array_index(doc->units, i);
        bool focus = doc->focus == (int)i;
        zw_html_raw(html, "<section class=\"unit");
        if (focus)
            zw_html_raw(html, " focus");
        zw_html_raw(html, "\" id=\"");
        zw_html_textf(html, "u-%d", u->ordinal);
        zw_html_raw(html, "\">\n");

        bool page_anchor = u->page > 0 &&
                           !g_hash_table_contains(pages_seen, GINT_TO_POINTER(u->page));
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
        g_free(page_label);
        zw_html_raw(html, "<div class=\"text\">\n");
        zw_unit_text(html, u->text);
        zw_html_raw(html, "</div>\n</section>\n");
    }
    g_hash_table_unref(pages_seen);
}

void zw_route_doc(zw_request *req, zw_reply *reply, const char *id)
{
    zs_document *doc = zw_fetch(req, reply, id, false);
    if (doc == NULL)
        return;
    const char *q = zw_param_get(req, "q");
    if (q != NULL && q[0] == '\0')
        q = NULL;
    const char *title = doc->title && doc->title[0] ? doc->title : doc->path;

    zw_html *html = zw_page_begin(req, title, q, NULL);
    zw_html_raw(html, "<article class=\"document\">\n<h1>");
    zw_html_text(html, title);
    zw_html_raw(html, "</h1>\n");
    zw_meta_table(html, doc);

    char *file = zs_document_file(req->engine, doc);
    if (file != NULL) {
        GString *href = g_string_new("/file/");
        g_string_append_uri_escaped(href, doc->id, NULL, FALSE);
        zw_html_raw(html, "<p class=\"download\">");
        zw_html_link(html, href->str, zw_str(html->ui, ZW_S_DOWNLOAD));
        zw_html_raw(html, "</p>\n");
        g_string_free(href, TRUE);
        g_free(file);
    }
    if (doc->focus >= 0 && doc->units && (guint)doc->focus < doc->units->len) {
        /* No script may scroll (CSP), so the jump is a link; the unit is
         * also highlighted by its "focus" class. */
        const zs_unit *u = g_ptr_array_index(doc->units, doc->focus);
        char *href = g_strdup_printf("#u-%d", u->ordinal);
        zw_html_raw(html, "<p class=\"jump\">");
        zw_html_link(html, href, zw_str(html->ui, ZW_S_GO_TO_UNIT));
        zw_html_raw(html, "</p>\n");
        g_free(href);
    }
    if (q != NULL)
        zw_matches(html, req, doc, q);
    zw_units(html, doc);
    zw_html_raw(html, "</article>\n");
    zw_html_end(html);
    zw_reply_bytes(reply, 200, "text/html; charset=utf-8", zw_html_finish(html));
    zs_document_free(doc);
}

void zw_route_api_doc(zw_request *req, zw_reply *reply, const char *id)
{
    zs_document *doc = zw_fetch(req, reply, id, true);
    if (doc == NULL)
        return;
    zw_reply_json(reply, 200, zs_document_to_json(doc, false));
    zs_document_free(doc);
}

/* ---- originals ---- */

static const char *zw_content_type_for(const char *path)
{
    const char *dot = strrchr(path, '.');
    if (dot != NULL && strchr(dot, '/') == NULL) {
        if (g_ascii_strcasecmp(dot, ".pdf") == 0)
            return "application/pdf";
        if (g_ascii_strcasecmp(dot, ".xml") == 0)
            return "application/xml";
        if (g_ascii_strcasecmp(dot, ".txt") == 0)
            return "text/plain; charset=utf-8";
    }
    return "application/octet-stream";
}

/* Content-Disposition: an ASCII filename (anything else replaced by '_', so
 * no quote, backslash or control byte reaches the header) plus the real name
 * percent-encoded per RFC 6266 for browsers that read filename*. */
static char *zw_disposition(const char *path)
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
    char *value = g_strdup_printf("attachment; filename=\"%s\"; filename*=UTF-8''%s", ascii->str, encoded);
    g_free(encoded);
    g_free(valid);
    g_string_free(ascii, TRUE);
    g_free(base);
    return value;
}

void zw_route_file(zw_request *req, zw_reply *reply, const char *id)
{
    zs_document *doc = zw_fetch(req, reply, id, false);
    if (doc == NULL)
        return;
    char *path = zs_document_file(req->engine, doc);
    int fd = path ? open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY) : -1;
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        if (path != NULL)
            g_printerr("zaalt: file for %s: %s\n", doc->id, fd < 0 ? g_strerror(errno) : "not a regular file");
        if (fd >= 0)
            close(fd);
        zw_route_error_page(req, reply, 404, zw_str(req->ui, ZW_S_NOT_FOUND_DOC));
        g_free(path);
        zs_document_free(doc);
        return;
    }
    reply->status = 200;
    g_free(reply->content_type);
    reply->content_type = g_strdup(zw_content_type_for(path));
    reply->fd = fd;
    reply->fd_size = (uint64_t)st.st_size;
    char *disposition = zw_disposition(path);
    zw_reply_header(reply, "Content-Disposition", disposition);
    g_free(disposition);
    g_free(path);
    zs_document_free(doc);
}
