/* research.c — the results page's research tools (research.h). */
#include "web/research.h"

#include <string.h>

void
zw_query_notices(zw_html *html, const zs_results *results)
{
    for (guint i = 0; results->notices && i < results->notices->len; i++) {
        zw_html_raw(html, "<p class=\"notice\" role=\"status\">");
        zw_html_text(html, results->notices->pdata[i]);
        zw_html_raw(html, "</p>\n");
    }
}

void
zw_hit_passages(zw_html *html, const zs_hit *hit)
{
    for (guint i = 1; hit->passages && i < hit->passages->len; i++) {
        zw_html_raw(html, "<p class=\"snippet passage\">");
        zw_html_passage(html, hit, i);
        zw_html_raw(html, "</p>\n");
    }
}

void
zw_export_links(zw_html *html, const zw_search_state *st)
{
    static const struct {
        const char *format;
        zw_string label;
    } links[] = {{"csv", ZW_S_EXPORT_CSV}, {"ris", ZW_S_EXPORT_RIS}};
    zw_html_raw(html, "<p class=\"export\">");
    zw_html_text(html, zw_str(html->ui, ZW_S_EXPORT));
    for (gsize i = 0; i < G_N_ELEMENTS(links); i++) {
        char *url = zw_search_url(st, "format", links[i].format, -1, 1);
        char *api = g_strconcat("/api", url, NULL);
        zw_html_raw(html, " ");
        zw_html_link(html, api, zw_str(html->ui, links[i].label));
        g_free(api);
        g_free(url);
    }
    /* The feed: the same words and filters, newest first, page and sort
     * being the feed's own. */
    zw_search_state feed = *st;
    feed.sort = ZS_SORT_RELEVANCE;
    char *url = zw_search_url(&feed, NULL, NULL, -1, 1);
    char *href = g_strconcat("/feed", url + strlen("/search"), NULL);
    zw_html_raw(html, " · ");
    zw_html_link(html, href, zw_str(html->ui, ZW_S_FEED));
    g_free(href);
    g_free(url);
    zw_html_raw(html, "</p>\n");
}
