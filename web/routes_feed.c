/* routes_feed.c — the Atom feed of a search (feed.h). */
#include "web/feed.h"

#include <string.h>

void
zw_xml_escape(GString *out, const char *text)
{
    for (const char *p = text ? text : ""; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char_validated(p, -1);
        if (c == (gunichar)-1 || c == (gunichar)-2)
            break;
        switch (c) {
            case '&':
                g_string_append(out, "&amp;");
                break;
            case '<':
                g_string_append(out, "&lt;");
                break;
            case '>':
                g_string_append(out, "&gt;");
                break;
            case '"':
                g_string_append(out, "&quot;");
                break;
            case '\'':
                g_string_append(out, "&#39;");
                break;
            default:
                if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF)
                    break;
                g_string_append_unichar(out, c);
        }
    }
}

static void
element(GString *out, const char *name, const char *text)
{
    g_string_append_printf(out, "<%s>", name);
    zw_xml_escape(out, text);
    g_string_append_printf(out, "</%s>\n", name);
}

/* The request's search as a query string (q and the filters, in order). */
static char *
search_query_string(const zw_request *req)
{
    GString *s = g_string_new(NULL);
    for (guint i = 0; i < req->params->len; i++) {
        const zw_param *p = req->params->pdata[i];
        if (strcmp(p->key, "ui") == 0)
            continue;
        g_string_append_c(s, s->len ? '&' : '?');
        g_string_append_uri_escaped(s, p->key, NULL, FALSE);
        g_string_append_c(s, '=');
        g_string_append_uri_escaped(s, p->value, NULL, FALSE);
    }
    return g_string_free(s, FALSE);
}

/* An RFC 3339 time for a YYYY-MM-DD date, or now. */
static char *
atom_time(const char *date)
{
    if (date && strlen(date) >= 10 && g_ascii_isdigit(date[0]))
        return g_strdup_printf("%.10sT00:00:00Z", date);
    GDateTime *now = g_date_time_new_now_utc();
    char *s = g_date_time_format(now, "%Y-%m-%dT%H:%M:%SZ");
    g_date_time_unref(now);
    return s;
}

void
zw_route_feed(zw_request *req, zw_reply *reply)
{
    zw_feed_answer(req, reply, NULL);
}

void
zw_feed_answer(zw_request *req, zw_reply *reply, const char *self)
{
    char **filters = zw_request_filters(req);
    GError *error = NULL;
    zs_results *results = NULL;
    zs_engine *engine = zw_request_engine(req, &error);
    const char *q = zw_param_get(req, "q");
    if (engine != NULL) {
        zs_request request = {
            .query = q ? q : "",
            .filters = (const char *const *)filters,
            .limit = ZW_FEED_ENTRIES,
            .sort = ZS_SORT_INDEXED_DESC,
            .access = req->access,
            .no_facets = true,
            .no_relax = true,
        };
        results = zs_search(engine, &request, &error);
    }
    g_strfreev(filters);
    zw_request_shown_hits(req, results);
    if (results == NULL) {
        const char *code;
        unsigned status = zw_status_for_error(error, &code);
        zw_reply_json_error(reply, status, code, error ? error->message : "search failed");
        g_clear_error(&error);
        return;
    }
    char *qs = search_query_string(req);
    /* The feed's id names the search, not the moment: a reader recognises
     * it across fetches. */
    char *digest = g_compute_checksum_for_string(G_CHECKSUM_SHA1, qs, -1);
    GString *out = g_string_new("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                                "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    GString *title = g_string_new("Zaalt: ");
    g_string_append(title, q && *q ? q : "*");
    element(out, "title", title->str);
    g_string_append_printf(out, "<id>urn:zaalt:feed:%s</id>\n", digest);
    char *updated = atom_time(NULL);
    element(out, "updated", updated);
    g_string_append(out, "<author><name>Zaalt</name></author>\n");
    GString *href = g_string_new(self ? self : "/feed");
    if (!self)
        g_string_append(href, qs);
    g_string_append(out, "<link rel=\"self\" type=\"application/atom+xml\" href=\"");
    zw_xml_escape(out, href->str);
    g_string_append(out, "\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"");
    g_string_truncate(href, 0);
    g_string_append_printf(href, "/search%s", qs);
    zw_xml_escape(out, href->str);
    g_string_append(out, "\"/>\n");
    for (guint i = 0; i < results->hits->len; i++) {
        const zs_hit *h = results->hits->pdata[i];
        g_string_append(out, "<entry>\n");
        element(out, "title", h->title && *h->title ? h->title : h->id);
        g_string_append(out, "<id>urn:zaalt:doc:");
        zw_xml_escape(out, h->doc ? h->doc : h->id);
        g_string_append(out, "</id>\n<link href=\"/doc/");
        char *id = g_uri_escape_string(h->id ? h->id : "", NULL, FALSE);
        zw_xml_escape(out, id);
        g_free(id);
        g_string_append(out, "\"/>\n");
        /* Updated: when the entry last changed in the index, the order
         * of the feed (newest first); published: the document's own
         * date, when it has one. */
        char *t = h->indexed ? g_strdup(h->indexed) : atom_time(NULL);
        element(out, "updated", t);
        g_free(t);
        if (h->date && strlen(h->date) >= 10 && g_ascii_isdigit(h->date[0])) {
            t = atom_time(h->date);
            element(out, "published", t);
            g_free(t);
        }
        if (h->type) {
            g_string_append(out, "<category term=\"");
            zw_xml_escape(out, h->type);
            g_string_append(out, "\"/>\n");
        }
        if (h->snippet && *h->snippet) {
            /* The snippet is HTML (escaped text and <mark>): Atom's html
             * summary carries it escaped once more. */
            g_string_append(out, "<summary type=\"html\">");
            zw_xml_escape(out, h->snippet);
            g_string_append(out, "</summary>\n");
        }
        g_string_append(out, "</entry>\n");
    }
    g_string_append(out, "</feed>\n");
    gsize len = out->len;
    zw_reply_bytes(reply, 200, "application/atom+xml; charset=utf-8", g_bytes_new_take(g_string_free(out, FALSE), len));
    g_string_free(href, TRUE);
    g_string_free(title, TRUE);
    g_free(updated);
    g_free(digest);
    g_free(qs);
    zs_results_free(results);
}
