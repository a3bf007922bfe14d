/* routes_search.c — the start page (GET /), the results page (GET /search)
 * and the HTML error page every route uses.
 *
 * A results page is a function of its URL alone (search_state.c); this
 * file lays it out: the count and sort, the hits, the pages, and what to
 * try when nothing was found.
 *
 * Not for: the state and its links (search_state.c), the facet panel and
 * chips (facets.c), the JSON API (api.c), documents (routes_doc.c).
 */
#include <string.h>

#include "web/cite.h"
#include "web/html.h"
#include "web/law.h"
#include "web/research.h"
#include "web/results.h"
#include "web/web.h"

/* ---- pieces of the results page ---- */

static void
zw_sort_form(zw_html *html, const zw_search_state *st)
{
    static const struct {
        zs_sort sort;
        zw_string label;
    } options[] = {{ZS_SORT_RELEVANCE, ZW_S_SORT_RELEVANCE},
                   {ZS_SORT_DATE_DESC, ZW_S_SORT_NEWEST},
                   {ZS_SORT_DATE_ASC, ZW_S_SORT_OLDEST}};
    zw_ui ui = html->ui;
    zw_html_raw(html, "<form class=\"inline sort\" action=\"/search\" method=\"get\">\n");
    zw_hidden_state(html, st, NULL, false);
    zw_html_raw(html, "<label for=\"sort\">");
    zw_html_text(html, zw_str(ui, ZW_S_SORT_LABEL));
    zw_html_raw(html, "</label> <select id=\"sort\" name=\"sort\" data-autosubmit>\n");
    for (gsize i = 0; i < G_N_ELEMENTS(options); i++) {
        zw_html_raw(html, "<option value=\"");
        zw_html_text(html, zw_sort_name(options[i].sort));
        if (options[i].sort == st->sort)
            zw_html_raw(html, "\" selected>");
        else
            zw_html_raw(html, "\">");
        zw_html_text(html, zw_str(ui, options[i].label));
        zw_html_raw(html, "</option>\n");
    }
    zw_html_raw(html, "</select> <button type=\"submit\" class=\"secondary\">");
    zw_html_text(html, zw_str(ui, ZW_S_APPLY));
    zw_html_raw(html, "</button>\n</form>\n");
}

static void
zw_hit(zw_html *html, const zw_search_state *st, const zs_hit *hit, const char *day)
{
    zw_ui ui = html->ui;
    GString *href = g_string_new("/doc/");
    g_string_append_uri_escaped(href, hit->id ? hit->id : "", NULL, FALSE);
    if (st->q[0] != '\0')
        zw_url_add(href, "q", st->q);
    if (hit->page > 0)
        g_string_append_printf(href, "#page-%d", hit->page);
    else
        g_string_append_printf(href, "#u-%d", hit->ordinal);

    zw_html_raw(html, "<li class=\"hit\">\n<h2>");
    const char *title = hit->title && hit->title[0] ? hit->title : hit->path;
    zw_html_link(html, href->str, title);
    /* A statute's unofficial English name, in the English interface. */
    zw_html_label_en(html, hit->title_en);
    zw_html_raw(html, "</h2>\n<p class=\"meta\">");
    if (hit->type) {
        zw_html_raw(html, "<span class=\"type\">");
        zw_html_text(html, zw_field_value(ui, "type", hit->type));
        zw_html_raw(html, "</span>");
    }
    if (hit->lang) {
        zw_html_raw(html, "<span>");
        zw_html_text(html, zw_field_value(ui, "lang", hit->lang));
        zw_html_raw(html, "</span>");
    }
    if (hit->court) {
        zw_html_raw(html, "<span>");
        zw_html_text(html, hit->court);
        zw_html_raw(html, "</span>");
    }
    zw_html_date(html, hit->date);
    if (hit->label || hit->provision) {
        zw_html_raw(html, "<span class=\"provision\">");
        /* Only the 2015 Criminal Code's articles have provision pages. */
        if (hit->provision != NULL && g_strcmp0(hit->type, "code") == 0 && g_strcmp0(hit->law, "ЭХ") == 0 &&
            zw_provision_is_plausible(hit->provision)) {
            char *phref = g_strdup_printf("/provision/%s", hit->provision);
            zw_html_link(html, phref, hit->label ? hit->label : hit->provision);
            g_free(phref);
        } else {
            zw_html_text(html, hit->label ? hit->label : hit->provision);
        }
        zw_html_label_en(html, hit->label_en);
        zw_html_raw(html, "</span>");
    }
    if (hit->page > 0) {
        zw_html_raw(html, "<span>");
        zw_html_textf(html, zw_str(ui, ZW_S_PAGE_FMT), hit->page);
        zw_html_raw(html, "</span>");
        /* The original PDF at the hit's page, beside the text view: not for
         * a masked document, whose file is its masked text. */
        if (hit->doc != NULL && hit->path != NULL && strlen(hit->path) > 4 &&
            g_ascii_strcasecmp(hit->path + strlen(hit->path) - 4, ".pdf") == 0 &&
            g_strcmp0(hit->mask, "masked") != 0) {
            GString *pdf = g_string_new("/file/");
            g_string_append_uri_escaped(pdf, hit->doc, NULL, FALSE);
            g_string_append_printf(pdf, "#page=%d", hit->page);
            char *text = g_strdup_printf(zw_str(ui, ZW_S_PDF_PAGE_FMT), hit->page);
            zw_html_raw(html, "<span class=\"pdf-page\">");
            zw_html_link(html, pdf->str, text);
            zw_html_raw(html, "</span>");
            g_free(text);
            g_string_free(pdf, TRUE);
        }
    }
    zw_law_hit_status(html, hit, day);
    zw_html_raw(html, "</p>\n");
    if (hit->ocr_confidence >= 0) {
        zw_html_raw(html, "<p class=\"ocr\">");
        zw_html_textf(html, zw_str(ui, ZW_S_OCR_FMT), hit->ocr_confidence);
        zw_html_raw(html, "</p>\n");
    }
    if (hit->snippet && hit->snippet[0]) {
        zw_html_raw(html, "<p class=\"snippet\">");
        zw_html_snippet(html, hit);
        zw_html_raw(html, "</p>\n");
    }
    zw_hit_passages(html, hit);
    if (hit->more > 0) {
        /* Opens the document with the words so the viewer lists every
         * matching part. */
        GString *doc = g_string_new("/doc/");
        g_string_append_uri_escaped(doc, hit->doc ? hit->doc : (hit->id ? hit->id : ""), NULL, FALSE);
        if (st->q[0] != '\0')
            zw_url_add(doc, "q", st->q);
        g_string_append(doc, "#matches");
        char *more = g_strdup_printf(zw_str(ui, ZW_S_MORE_FMT), hit->more);
        zw_html_raw(html, "<p class=\"more\">");
        zw_html_link(html, doc->str, more);
        zw_html_raw(html, "</p>\n");
        g_free(more);
        g_string_free(doc, TRUE);
    }
    zw_html_raw(html, "</li>\n");
    g_string_free(href, TRUE);
}

static void
zw_pagination(zw_html *html, const zw_search_state *st, unsigned total)
{
    unsigned pages = (total + ZW_PAGE_SIZE - 1) / ZW_PAGE_SIZE;
    if (pages > ZW_MAX_PAGE)
        pages = ZW_MAX_PAGE;
    if (pages <= 1 && st->page <= 1)
        return;
    zw_html_raw(html, "<nav class=\"pages\" aria-label=\"");
    zw_html_text(html, zw_str(html->ui, ZW_S_RESULTS_NAV));
    zw_html_raw(html, "\">\n");
    if (st->page > 1) {
        unsigned prev = st->page - 1 < pages ? st->page - 1 : (pages ? pages : 1);
        char *href = zw_search_url(st, NULL, NULL, -1, prev);
        zw_html_raw(html, "<a rel=\"prev\" href=\"");
        zw_html_text(html, href);
        zw_html_raw(html, "\">");
        zw_html_text(html, zw_str(html->ui, ZW_S_PREV));
        zw_html_raw(html, "</a>\n");
        g_free(href);
    }
    zw_html_raw(html, "<span aria-current=\"page\">");
    zw_html_textf(html, zw_str(html->ui, ZW_S_PAGES_FMT), st->page, pages ? pages : 1);
    zw_html_raw(html, "</span>\n");
    if (st->page < pages) {
        char *href = zw_search_url(st, NULL, NULL, -1, st->page + 1);
        zw_html_raw(html, "<a rel=\"next\" href=\"");
        zw_html_text(html, href);
        zw_html_raw(html, "\">");
        zw_html_text(html, zw_str(html->ui, ZW_S_NEXT));
        zw_html_raw(html, "</a>\n");
        g_free(href);
    }
    zw_html_raw(html, "</nav>\n");
}

/* "Showing results for хүн худалдаалах. Search instead for хүн
 * худалдаалх": the query as searched, and the way back to it as typed. */
static void
zw_searched_as(zw_html *html, const zw_search_state *st, const zs_results *results)
{
    if (results->searched_as == NULL)
        return;
    zw_search_state typed = *st;
    typed.as_typed = true;
    char *href = zw_search_url_q(&typed, st->q, NULL, NULL, -1, 1);
    zw_html_raw(html, "<p class=\"notice searched-as\" role=\"status\">");
    zw_html_text(html, zw_str(html->ui, ZW_S_SEARCHED_AS));
    zw_html_raw(html, " <strong>");
    zw_html_text(html, results->searched_as);
    zw_html_raw(html, "</strong>. ");
    zw_html_text(html, zw_str(html->ui, ZW_S_SEARCH_AS_TYPED));
    zw_html_raw(html, " ");
    zw_html_link(html, href, st->q);
    zw_html_raw(html, "</p>\n");
    g_free(href);
}

/* A query of both alphabets (zs_other_alphabet gives none) with its
 * Latin-typed words spelt in Cyrillic (zs_other_alphabet of each), the
 * others kept: Mongolian typed partly on a Latin keyboard.  NULL when no
 * word changes.  New. */
static char *
zw_query_in_cyrillic(const char *q)
{
    char **words = g_strsplit(q, " ", -1);
    bool changed = false;
    for (char **w = words; *w != NULL; w++) {
        bool latin = **w != '\0';
        for (const char *c = *w; *c && latin; c++)
            latin = (unsigned char)*c < 0x80;
        char *other = latin ? zs_other_alphabet(*w) : NULL;
        if (other != NULL && *other != '\0' && strcmp(other, *w) != 0) {
            g_free(*w);
            *w = other;
            changed = true;
        } else {
            g_free(other);
        }
    }
    char *out = changed ? g_strjoinv(" ", words) : NULL;
    g_strfreev(words);
    return out;
}

static void
zw_no_results(zw_html *html, const zw_search_state *st, const zs_results *results)
{
    zw_ui ui = html->ui;
    zw_html_raw(html, "<div class=\"none\">\n<p><strong>");
    zw_html_text(html, zw_str(ui, ZW_S_NO_RESULTS));
    zw_html_raw(html, "</strong></p>\n<p>");
    zw_html_text(html, zw_str(ui, ZW_S_NO_RESULTS_HINT));
    zw_html_raw(html, "</p>\n");
    if (results->suggestion != NULL && results->suggestion[0] != '\0' && strcmp(results->suggestion, st->q) != 0) {
        char *href = zw_search_url_q(st, results->suggestion, NULL, NULL, -1, 1);
        zw_html_raw(html, "<p class=\"suggest did-you-mean\">");
        zw_html_text(html, zw_str(ui, ZW_S_DID_YOU_MEAN));
        zw_html_raw(html, " ");
        zw_html_link(html, href, results->suggestion);
        zw_html_raw(html, "</p>\n");
        g_free(href);
    }
    if (st->pairs->len > 0) {
        zw_html_raw(html, "<div class=\"suggest without\">");
        zw_html_text(html, zw_str(ui, ZW_S_TRY_WITHOUT));
        zw_html_raw(html, "<ul>\n");
        for (guint i = 0; i + 1 < st->pairs->len; i += 2) {
            const char *field = g_ptr_array_index(st->pairs, i);
            char *href = zw_search_url(st, NULL, NULL, (int)i, 1);
            char *shown = zw_filter_display(ui, field, g_ptr_array_index(st->pairs, i + 1));
            char *text = g_strdup_printf("%s: %s", zw_field_name(ui, field), shown);
            zw_html_raw(html, "<li><del>");
            zw_html_link(html, href, text);
            zw_html_raw(html, "</del></li>\n");
            g_free(text);
            g_free(shown);
            g_free(href);
        }
        zw_html_raw(html, "</ul></div>\n");
    }
    char *other = st->q[0] ? zs_other_alphabet(st->q) : NULL;
    if (other == NULL && st->q[0])
        other = zw_query_in_cyrillic(st->q);
    if (other != NULL && g_utf8_strlen(other, -1) > ZS_MAX_QUERY_CHARS) {
        /* Another alphabet may spell it longer than a search may be: the
         * link is to a search that is answered, cut at a word. */
        char *cut = zw_query_cut(other, ZS_MAX_QUERY_CHARS);
        g_free(other);
        other = cut;
    }
    if (other != NULL && *other != '\0' && strcmp(other, st->q) != 0) {
        char *href = zw_search_url_q(st, other, NULL, NULL, -1, 1);
        zw_html_raw(html, "<p class=\"suggest script\">");
        zw_html_text(html, zw_str(ui, ZW_S_TRY_SCRIPT));
        zw_html_raw(html, " ");
        zw_html_link(html, href, other);
        zw_html_raw(html, "</p>\n");
        g_free(href);
    }
    g_free(other);
    zw_html_raw(html, "</div>\n");
}

/* ---- the syntax-error page ---- */

/* The query with the character the parser stopped at marked.  The
 * library's messages end "(at character N)", N counting characters from 1;
 * without one, nothing is shown. */
static void
zw_query_marked(zw_html *html, const char *q, const char *message)
{
    const char *at = message ? strstr(message, "(at character ") : NULL;
    guint64 n = 0;
    if (at == NULL || !g_ascii_isdigit(at[14]))
        return;
    n = g_ascii_strtoull(at + 14, NULL, 10);
    glong len = g_utf8_strlen(q, -1);
    if (n < 1 || n > (guint64)len + 1)
        return;
    const char *pos = g_utf8_offset_to_pointer(q, (glong)n - 1);
    char *before = g_strndup(q, pos - q);
    zw_html_raw(html, "<p class=\"where\">");
    zw_html_text(html, zw_str(html->ui, ZW_S_ERROR_HERE));
    zw_html_raw(html, "</p>\n<pre class=\"query-echo\">");
    zw_html_text(html, before);
    zw_html_raw(html, "<span class=\"at\">");
    if (*pos != '\0') {
        const char *next = g_utf8_next_char(pos);
        char *c = g_strndup(pos, next - pos);
        zw_html_text(html, c);
        zw_html_raw(html, "</span>");
        zw_html_text(html, next);
        g_free(c);
    } else {
        /* The problem is the end of the query: mark the place after it. */
        zw_html_raw(html, "&#160;</span>");
    }
    zw_html_raw(html, "</pre>\n");
    g_free(before);
}

/* A query that is just a provision number gets a link to that provision. */
static void
zw_provision_shortcut(zw_html *html, const zw_search_state *st)
{
    /* Not when the filters leave the Code out: a type filter without
     * code ("3.2" among the procedures is their point 3.2), or a field
     * only decisions carry. */
    bool type_asked = false, code_asked = false, decisions_only = false;
    for (guint i = 0; i + 1 < st->pairs->len; i += 2) {
        const char *field = g_ptr_array_index(st->pairs, i);
        const char *value = g_ptr_array_index(st->pairs, i + 1);
        if (strcmp(field, "type") == 0) {
            type_asked = true;
            code_asked = code_asked || strcmp(value, "code") == 0;
        } else if (strcmp(field, "court") == 0 || strcmp(field, "outcome") == 0 || strcmp(field, "level") == 0) {
            decisions_only = true;
        }
    }
    if ((type_asked && !code_asked) || decisions_only)
        return;
    char *key = g_strstrip(g_strdup(st->q));
    if (zw_provision_is_plausible(key) && strchr(key, '.') != NULL) {
        char *href = g_strdup_printf("/provision/%s", key);
        char *text = zw_provision_heading(html->ui, key);
        zw_html_raw(html, "<p class=\"shortcut\">→ ");
        zw_html_link(html, href, text);
        zw_html_raw(html, "</p>\n");
        g_free(text);
        g_free(href);
    }
    g_free(key);
}

/* ---- routes ---- */

void
zw_route_home(zw_request *req, zw_reply *reply)
{
    zw_html *html = zw_page_begin(req, NULL, NULL, NULL);
    zw_ui ui = html->ui;
    zw_html_raw(html, "<h1>");
    zw_html_text(html, zw_str(ui, ZW_S_TAGLINE));
    zw_html_raw(html, "</h1>\n<p class=\"intro\">");
    zw_html_text(html, zw_str(ui, ZW_S_SEARCH_HINT));
    zw_html_raw(html, "</p>\n<ul class=\"chips\">\n");
    static const char *const examples[] = {"хүн худалдаалах", "13.1", "trafficking in persons", "хөдөлмөрийн мөлжлөг"};
    for (gsize i = 0; i < G_N_ELEMENTS(examples); i++) {
        GString *href = g_string_new("/search");
        zw_url_add(href, "q", examples[i]);
        zw_html_raw(html, "<li><a class=\"chip\" href=\"");
        zw_html_text(html, href->str);
        zw_html_raw(html, "\">");
        zw_html_text(html, examples[i]);
        zw_html_raw(html, "</a></li>\n");
        g_string_free(href, TRUE);
    }
    zw_html_raw(html, "</ul>\n");
    zw_html_end(html);
    zw_reply_bytes(reply, 200, "text/html; charset=utf-8", zw_html_finish(html));
}

/* The words of the query left out, and why (`label`): a line above the
 * results, each word struck through; nothing when there are none. */
static void
zw_left_out(zw_html *html, const char *class, const char *label, const GPtrArray *words)
{
    if (words == NULL || words->len == 0)
        return;
    zw_html_raw(html, "<p class=\"");
    zw_html_text(html, class);
    zw_html_raw(html, "\" role=\"status\">");
    zw_html_text(html, label);
    for (guint i = 0; i < words->len; i++) {
        zw_html_raw(html, " <del>");
        zw_html_text(html, words->pdata[i]);
        zw_html_raw(html, "</del>");
    }
    zw_html_raw(html, "</p>\n");
}

void
zw_route_search(zw_request *req, zw_reply *reply)
{
    zw_search_state st;
    zw_state_read(req, &st);
    char **filters = zw_state_filters(&st);
    GError *error = NULL;
    zs_results *results = NULL;

    zs_engine *engine = zw_request_engine(req, &error);
    if (engine != NULL) {
        zs_request request = {
            .query = st.q,
            .filters = (const char *const *)filters,
            .offset = (st.page - 1) * ZW_PAGE_SIZE,
            .limit = ZW_PAGE_SIZE,
            .sort = st.sort,
            .access = req->access,
            .as_typed = st.as_typed,
        };
        results = zs_search(engine, &request, &error);
    }
    if (results != NULL)
        zw_request_shown_hits(req, results);
    if (results != NULL && st.page > 1 && (st.page - 1) * ZW_PAGE_SIZE >= results->total) {
        /* A page past the last is refused ("Page 7 of 2"), not shown empty. */
        unsigned pages = MAX(1u, MIN(ZW_MAX_PAGE, (results->total + ZW_PAGE_SIZE - 1) / ZW_PAGE_SIZE));
        char *detail = g_strdup_printf(zw_str(req->ui, ZW_S_PAGES_FMT), st.page, pages);
        zw_route_error_page(req, reply, 400, detail);
        g_free(detail);
        zs_results_free(results);
        g_strfreev(filters);
        g_ptr_array_unref(st.pairs);
        return;
    }

    const char *title = st.q[0] ? st.q : zw_str(req->ui, ZW_S_RESULTS_TITLE);
    zw_html *html = zw_page_begin(req, title, st.q, st.pairs);
    zw_ui ui = html->ui;
    unsigned status = 200;

    if (results == NULL) {
        status = zw_status_for_error(error, NULL);
        bool user_error = status == 400;
        zw_html_raw(html, "<div class=\"error\" role=\"alert\">\n<h1>");
        zw_html_text(html, zw_str(ui, user_error ? ZW_S_BAD_QUERY : status == 503 ? ZW_S_UNAVAILABLE : ZW_S_INTERNAL));
        zw_html_raw(html, "</h1>\n");
        if (user_error && error != NULL) {
            /* The library's message is written for users (search.h). */
            zw_html_raw(html, "<p class=\"detail\">");
            char *message = zw_error_message(ui, error->message);
            zw_html_text(html, message);
            g_free(message);
            zw_html_raw(html, "</p>\n");
            if (g_error_matches(error, ZS_ERROR, ZS_ERROR_SYNTAX))
                zw_query_marked(html, st.q, error->message);
        }
        zw_html_raw(html, "</div>\n");
        zw_chips(html, &st);
        if (!user_error && error != NULL)
            g_printerr("zaalt: search: %s\n", error->message);
    } else {
        zw_html_raw(html, "<h1>");
        zw_html_text(html, zw_str(ui, ZW_S_RESULTS_TITLE));
        zw_html_raw(html, "</h1>\n");
        if (results->missing_shards != NULL && results->missing_shards[0] != NULL) {
            /* Counts and facets below leave these databases out: say so. */
            zw_html_raw(html, "<p class=\"notice missing-shards\" role=\"alert\">");
            zw_html_text(html, zw_str(ui, ZW_S_MISSING_SHARDS));
            for (char **m = results->missing_shards; *m != NULL; m++) {
                if (m != results->missing_shards)
                    zw_html_raw(html, ",");
                zw_html_raw(html, " <code>");
                zw_html_text(html, *m);
                zw_html_raw(html, "</code>");
            }
            zw_html_raw(html, "</p>\n");
        }
        zw_html_raw(html, "<div class=\"toolbar\">\n<p class=\"count\" role=\"status\">");
        if (results->total == 0)
            zw_html_textf(html, zw_str(ui, ZW_S_RESULTS_NONE_COUNT_FMT), results->elapsed_ms);
        else
            zw_html_textf(html, zw_str(ui, results->total == 1 ? ZW_S_RESULTS_COUNT1_FMT : ZW_S_RESULTS_COUNT_FMT),
                          results->total, results->elapsed_ms);
        zw_html_raw(html, "</p>\n");
        if (results->total > 1)
            zw_sort_form(html, &st);
        /* On a phone the facets come after the results: a way down, which
         * zaalt.js turns into a button opening them above the results. */
        zw_html_raw(html, "<a class=\"to-facets\" href=\"#refine\" aria-controls=\"facets-panel\">");
        zw_html_text(html, zw_str(ui, ZW_S_REFINE));
        zw_html_raw(html, " ↓</a>\n");
        zw_html_raw(html, "</div>\n<div class=\"layout\">\n<section class=\"results\" aria-labelledby=\"results-h\">\n"
                          "<h2 id=\"results-h\" class=\"visually-hidden\">");
        zw_html_text(html, zw_str(ui, ZW_S_RESULTS_TITLE));
        zw_html_raw(html, "</h2>\n");
        zw_chips(html, &st);
        /* Left out so that the other words find something; when nothing is
         * found even so, nothing was searched without them either. */
        zw_left_out(html, "dropped", zw_str(ui, results->total == 0 ? ZW_S_DROPPED_NONE : ZW_S_DROPPED),
                    results->dropped);
        zw_left_out(html, "dropped only-repealed", zw_str(ui, ZW_S_ONLY_REPEALED), results->only_repealed);
        if (results->partial_of > 0) {
            zw_html_raw(html, "<p class=\"dropped partial\" role=\"status\">");
            zw_html_textf(html, zw_str(ui, ZW_S_PARTIAL_FMT), results->partial_matched, results->partial_of);
            zw_html_raw(html, "</p>\n");
        }
        zw_left_out(html, "dropped untranslated",
                    zw_str(ui, results->total == 0 ? ZW_S_UNTRANSLATED_NONE : ZW_S_UNTRANSLATED), results->untranslated);
        zw_searched_as(html, &st, results);
        zw_query_notices(html, results);
        zw_provision_shortcut(html, &st);
        zw_law_repealed_notice(html, &st, results);
        if (results->hits == NULL || results->hits->len == 0) {
            zw_no_results(html, &st, results);
        } else {
            zw_html_raw(html, "<ol class=\"hits\">\n");
            for (guint i = 0; i < results->hits->len; i++)
                zw_hit(html, &st, g_ptr_array_index(results->hits, i), results->in_force_day);
            zw_html_raw(html, "</ol>\n");
        }
        zw_pagination(html, &st, results->total);
        if (results->total > 0)
            zw_export_links(html, &st);
        /* A search that finds nothing yet may still be worth being told of. */
        zw_save_form(html, req, &st);
        zw_html_raw(html, "</section>\n");
        zw_facets(html, &st, results);
        zw_html_raw(html, "</div>\n");
    }
    zw_html_end(html);
    zw_reply_bytes(reply, status, "text/html; charset=utf-8", zw_html_finish(html));

    if (results != NULL)
        zs_results_free(results);
    g_clear_error(&error);
    g_strfreev(filters);
    zw_state_clear(&st);
}

char *
zw_query_cut(const char *q, glong max_chars)
{
    if (q == NULL)
        return g_strdup("");
    if (g_utf8_strlen(q, -1) <= max_chars)
        return g_strdup(q);
    const char *end = g_utf8_offset_to_pointer(q, max_chars);
    /* A word cut in two would be searched as another word: cut before it,
     * unless the bound holds no space at all. */
    const char *at = end;
    if (*end != ' ') {
        while (at > q && at[-1] != ' ')
            at--;
        if (at == q)
            at = end;
    }
    while (at > q && at[-1] == ' ')
        at--;
    return g_strndup(q, at - q);
}

void
zw_route_search_refused(zw_request *req, zw_reply *reply, unsigned status, const char *message, const char *q)
{
    zw_search_state st;
    zw_state_read(req, &st);
    char *cut = zw_query_cut(q, ZS_MAX_QUERY_CHARS);
    const char *title = zw_str(req->ui, status == 414 ? ZW_S_TOO_LONG : ZW_S_BAD_QUERY);
    zw_html *html = zw_page_begin(req, title, cut, st.pairs);
    zw_ui ui = html->ui;
    zw_html_raw(html, "<div class=\"error\" role=\"alert\">\n<h1>");
    zw_html_text(html, title);
    zw_html_raw(html, "</h1>\n<p class=\"detail\">");
    zw_html_text(html, message);
    zw_html_raw(html, "</p>\n");
    if (*cut != '\0') {
        zw_html_raw(html, "<p class=\"cut\">");
        zw_html_textf(html, zw_str(ui, ZW_S_Q_CUT_FMT), ZS_MAX_QUERY_CHARS);
        zw_html_raw(html, "</p>\n");
    }
    zw_html_raw(html, "</div>\n");
    zw_chips(html, &st);
    zw_html_end(html);
    zw_reply_bytes(reply, status, "text/html; charset=utf-8", zw_html_finish(html));
    g_free(cut);
    zw_state_clear(&st);
}

void
zw_route_error_page(zw_request *req, zw_reply *reply, unsigned status, const char *detail)
{
    zw_string heading;
    switch (status) {
        case 404:
            heading = ZW_S_NOT_FOUND;
            break;
        case 414:
            heading = ZW_S_TOO_LONG;
            break;
        case 503:
            heading = ZW_S_UNAVAILABLE;
            break;
        case 500:
            heading = ZW_S_INTERNAL;
            break;
        default:
            heading = ZW_S_BAD_REQUEST;
            break;
    }
    zw_html *html = zw_page_begin(req, zw_str(req->ui, heading), NULL, NULL);
    zw_html_raw(html, "<div class=\"error\">\n<h1>");
    zw_html_text(html, zw_str(html->ui, heading));
    zw_html_raw(html, "</h1>\n");
    if (detail != NULL) {
        zw_html_raw(html, "<p class=\"detail\">");
        zw_html_text(html, detail);
        zw_html_raw(html, "</p>\n");
    }
    zw_html_raw(html, "<p>");
    zw_html_link(html, "/", zw_str(html->ui, ZW_S_BACK_HOME));
    zw_html_raw(html, "</p>\n</div>\n");
    zw_html_end(html);
    zw_reply_bytes(reply, status, "text/html; charset=utf-8", zw_html_finish(html));
}
