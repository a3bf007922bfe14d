/* html.c — the page builder (escaping, page frame, URLs) and the table of
 * interface strings in Mongolian and English.
 *
 * Not for: any page's content (routes_*.c).  Keep every string a user reads
 * in the table below so a translator finds them all in one place.
 */
#include "web/html.h"

#include <stdarg.h>
#include <string.h>

/* ---- interface strings ---- */

/* Indexed by zw_string; [0] Mongolian, [1] English.  Formats take the same
 * arguments in the same order in both languages. */
static const char *const zw_strings[ZW_S_COUNT_][2] = {
    [ZW_S_SITE_NAME] = {"Заалт", "Zaalt"},
    [ZW_S_TAGLINE] = {"Хүн худалдаалахтай тэмцэх эрх зүйн болон судалгааны баримтын хайлт",
                      "Search the counter-trafficking legal and research library"},
    [ZW_S_SEARCH_LABEL] = {"Хайх үг", "Search terms"},
    [ZW_S_SEARCH_BUTTON] = {"Хайх", "Search"},
    [ZW_S_SEARCH_HINT] = {"Эрүүгийн хуулийн зүйл заалт, шүүхийн шийдвэр, судалгааны тайлан, "
                          "журмаас монгол эсвэл англиар хайна. Хэллэгийг хашилтад бичнэ: "
                          "\"хүн худалдаалах\". Зүйлийн дугаараар: 13.1.",
                          "Search Criminal Code provisions, court decisions, research reports and "
                          "procedures in Mongolian or English. Put a phrase in quotes: "
                          "\"trafficking in persons\". Search a provision by its number: 13.1."},
    [ZW_S_SWITCH_LANG] = {"English", "Монгол"},
    [ZW_S_RESULTS_TITLE] = {"Хайлтын үр дүн", "Search results"},
    [ZW_S_RESULTS_COUNT_FMT] = {"%u баримт олдлоо (%.0f мс)", "%u documents (%.0f ms)"},
    [ZW_S_RESULTS_COUNT1_FMT] = {"%u баримт олдлоо (%.0f мс)", "%u document (%.0f ms)"},
    [ZW_S_NO_RESULTS] = {"Таны хайлтад тохирох баримт олдсонгүй.",
                         "No documents match your search."},
    [ZW_S_NO_RESULTS_HINT] = {"Өөр үгээр, цөөн үгээр хайж үзнэ үү, эсвэл шүүлтүүрээ хасна уу.",
                              "Try other or fewer words, or remove a filter."},
    [ZW_S_MORE_FMT] = {"Энэ баримтад өөр %u илэрц бий", "%u more matches in this document"},
    [ZW_S_PAGE_FMT] = {"%d-р хуудас", "page %d"},
    [ZW_S_PART_FMT] = {"%d-р хэсэг", "part %d"},
    [ZW_S_PAGES_FMT] = {"%u-р хуудас / нийт %u", "Page %u of %u"},
    [ZW_S_PREV] = {"← Өмнөх", "← Previous"},
    [ZW_S_NEXT] = {"Дараах →", "Next →"},
    [ZW_S_REFINE] = {"Нарийвчлах", "Refine"},
    [ZW_S_ACTIVE_FILTERS] = {"Сонгосон шүүлтүүр", "Active filters"},
    [ZW_S_REMOVE_FILTER] = {"шүүлтүүрийг хасах", "remove filter"},
    [ZW_S_BAD_QUERY] = {"Хайлтын асуулгыг уншиж чадсангүй", "The search could not be read"},
    [ZW_S_NOT_FOUND] = {"Хуудас олдсонгүй", "Page not found"},
    [ZW_S_NOT_FOUND_DOC] = {"Ийм баримт олдсонгүй", "No such document"},
    [ZW_S_BAD_REQUEST] = {"Хүсэлт буруу байна", "Bad request"},
    [ZW_S_TOO_LONG] = {"Хүсэлт хэт урт байна", "The request is too long"},
    [ZW_S_UNAVAILABLE] = {"Хайлтын сан одоогоор ашиглах боломжгүй байна",
                          "The search index is not available right now"},
    [ZW_S_INTERNAL] = {"Дотоод алдаа гарлаа", "Something went wrong on the server"},
    [ZW_S_DOWNLOAD] = {"Эх файлыг татах", "Download original"},
    [ZW_S_MATCHES_HERE] = {"Энэ баримт дахь илэрц", "Matches in this document"},
    [ZW_S_NO_MATCHES_HERE] = {"Энэ баримтад хайсан үг олдсонгүй.",
                              "The search words do not occur in this document."},
    [ZW_S_GO_TO_UNIT] = {"Нээсэн хэсэг рүү очих", "Go to the part you opened"},
    [ZW_S_DETAILS] = {"Баримтын мэдээлэл", "Document details"},
    [ZW_S_RESULTS_NAV] = {"Үр дүнгийн хуудаслалт", "Result pages"},
    [ZW_S_BACK_HOME] = {"Нүүр хуудас руу буцах", "Back to the start page"},
    [ZW_S_FOOTER] = {"Заалт — хүн худалдаалахтай тэмцэх эрх зүйн сангийн хайлт",
                     "Zaalt — counter-trafficking legal library search"},
    [ZW_S_F_TYPE] = {"Төрөл", "Type"},
    [ZW_S_F_LANG] = {"Хэл", "Language"},
    [ZW_S_F_YEAR] = {"Он", "Year"},
    [ZW_S_F_COURT] = {"Шүүх", "Court"},
    [ZW_S_F_ARTICLE] = {"Зүйл заалт", "Articles"},
    [ZW_S_F_OUTCOME] = {"Шийдвэр", "Outcome"},
    [ZW_S_F_SOURCE] = {"Эх сурвалж", "Source"},
    [ZW_S_F_DATE] = {"Огноо", "Date"},
    [ZW_S_F_CASE_NUMBER] = {"Хэргийн дугаар", "Case number"},
    [ZW_S_F_PATH] = {"Файл", "File"},
    [ZW_S_V_CODE] = {"Хууль", "Code"},
    [ZW_S_V_DECISION] = {"Шүүхийн шийдвэр", "Court decision"},
    [ZW_S_V_RESEARCH] = {"Судалгаа", "Research"},
    [ZW_S_V_SOP] = {"Ажиллах журам", "Procedure (SOP)"},
    [ZW_S_V_OTHER] = {"Бусад", "Other"},
    [ZW_S_V_MN] = {"Монгол", "Mongolian"},
    [ZW_S_V_EN] = {"Англи", "English"},
};

const char *zw_str(zw_ui ui, zw_string key)
{
    if ((unsigned)key >= ZW_S_COUNT_)
        return "";
    return zw_strings[key][ui == ZW_UI_EN ? 1 : 0];
}

typedef struct zw_name {
    const char *name;
    zw_string label;
} zw_name;

static const zw_name zw_field_names[] = {
    {"type", ZW_S_F_TYPE},       {"lang", ZW_S_F_LANG},       {"year", ZW_S_F_YEAR},
    {"court", ZW_S_F_COURT},     {"article", ZW_S_F_ARTICLE}, {"outcome", ZW_S_F_OUTCOME},
    {"source", ZW_S_F_SOURCE},
};

static const zw_name zw_type_names[] = {
    {"code", ZW_S_V_CODE}, {"decision", ZW_S_V_DECISION}, {"research", ZW_S_V_RESEARCH},
    {"sop", ZW_S_V_SOP},   {"other", ZW_S_V_OTHER},
};

static const zw_name zw_lang_names[] = {{"mn", ZW_S_V_MN}, {"en", ZW_S_V_EN}};

static const char *zw_lookup(zw_ui ui, const zw_name *table, gsize n, const char *name)
{
    for (gsize i = 0; i < n; i++)
        if (g_strcmp0(table[i].name, name) == 0)
            return zw_str(ui, table[i].label);
    return name;
}

const char *zw_field_name(zw_ui ui, const char *field)
{
    return zw_lookup(ui, zw_field_names, G_N_ELEMENTS(zw_field_names), field);
}

const char *zw_field_value(zw_ui ui, const char *field, const char *value)
{
    if (g_strcmp0(field, "type") == 0)
        return zw_lookup(ui, zw_type_names, G_N_ELEMENTS(zw_type_names), value);
    if (g_strcmp0(field, "lang") == 0)
        return zw_lookup(ui, zw_lang_names, G_N_ELEMENTS(zw_lang_names), value);
    return value;
}

/* ---- builder ---- */

zw_html *zw_html_new(zw_ui ui)
{
    zw_html *html = g_new0(zw_html, 1);
    html->out = g_string_sized_new(8192);
    html->ui = ui;
    return html;
}

GBytes *zw_html_finish(zw_html *html)
{
    GBytes *bytes = g_string_free_to_bytes(html->out);
    g_free(html);
    return bytes;
}

void zw_html_text(zw_html *html, const char *text)
{
    if (text == NULL)
        return;
    /* Request data may be any bytes; g_markup_escape_text wants UTF-8, and a
     * page must not carry invalid sequences a browser could reinterpret. */
    char *valid = g_utf8_validate(text, -1, NULL) ? NULL : g_utf8_make_valid(text, -1);
    char *escaped = g_markup_escape_text(valid ? valid : text, -1);
    g_string_append(html->out, escaped);
    g_free(escaped);
    g_free(valid);
}

void zw_html_textf(zw_html *html, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    char *text = g_strdup_vprintf(format, ap);
    va_end(ap);
    zw_html_text(html, text);
    g_free(text);
}

void zw_html_raw_literal_(zw_html *html, const char *literal)
{
    g_string_append(html->out, literal);
}

void zw_html_snippet(zw_html *html, const zs_hit *hit)
{
    /* The search library's contract (search.h): the snippet is escaped text
     * with <mark> tags.  This is the only place markup from outside this
     * file reaches a page. */
    if (hit->snippet != NULL)
        g_string_append(html->out, hit->snippet);
}

void zw_html_link(zw_html *html, const char *href, const char *text)
{
    zw_html_raw(html, "<a href=\"");
    zw_html_text(html, href);
    zw_html_raw(html, "\">");
    zw_html_text(html, text);
    zw_html_raw(html, "</a>");
}

void zw_html_begin(zw_html *html, const char *title, const char *query,
                   const GPtrArray *hidden_filters, const char *switch_href)
{
    zw_ui ui = html->ui;
    if (ui == ZW_UI_EN)
        zw_html_raw(html, "<!DOCTYPE html>\n<html lang=\"en\">\n");
    else
        zw_html_raw(html, "<!DOCTYPE html>\n<html lang=\"mn\">\n");
    zw_html_raw(html, "<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                      "<meta name=\"referrer\" content=\"no-referrer\">\n<title>");
    if (title != NULL) {
        zw_html_text(html, title);
        zw_html_raw(html, " — ");
    }
    zw_html_text(html, zw_str(ui, ZW_S_SITE_NAME));
    zw_html_raw(html, "</title>\n<link rel=\"stylesheet\" href=\"/static/zaalt.css\">\n</head>\n<body>\n"
                      "<header class=\"top\">\n<a class=\"brand\" href=\"/\">");
    zw_html_text(html, zw_str(ui, ZW_S_SITE_NAME));
    zw_html_raw(html, "</a>\n<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">\n"
                      "<label for=\"q\">");
    zw_html_text(html, zw_str(ui, ZW_S_SEARCH_LABEL));
    zw_html_raw(html, "</label>\n<span class=\"box\"><input id=\"q\" name=\"q\" type=\"search\" "
                      "maxlength=\"500\" autocomplete=\"off\" value=\"");
    zw_html_text(html, query);
    zw_html_raw(html, "\"> <button type=\"submit\">");
    zw_html_text(html, zw_str(ui, ZW_S_SEARCH_BUTTON));
    zw_html_raw(html, "</button></span>\n");
    /* Active filters ride along so that changing the words keeps the
     * refinement; each is a "field\0value" pair flattened as two strings. */
    if (hidden_filters != NULL) {
        for (guint i = 0; i + 1 < hidden_filters->len; i += 2) {
            zw_html_raw(html, "<input type=\"hidden\" name=\"");
            zw_html_text(html, g_ptr_array_index(hidden_filters, i));
            zw_html_raw(html, "\" value=\"");
            zw_html_text(html, g_ptr_array_index(hidden_filters, i + 1));
            zw_html_raw(html, "\">\n");
        }
    }
    zw_html_raw(html, "</form>\n<nav class=\"ui\">");
    zw_html_raw(html, "<a href=\"");
    zw_html_text(html, switch_href);
    if (ui == ZW_UI_EN)
        zw_html_raw(html, "\" lang=\"mn\" hreflang=\"mn\">");
    else
        zw_html_raw(html, "\" lang=\"en\" hreflang=\"en\">");
    zw_html_text(html, zw_str(ui, ZW_S_SWITCH_LANG));
    zw_html_raw(html, "</a></nav>\n</header>\n<main>\n");
}

void zw_html_end(zw_html *html)
{
    zw_html_raw(html, "</main>\n<footer>");
    zw_html_text(html, zw_str(html->ui, ZW_S_FOOTER));
    zw_html_raw(html, "</footer>\n</body>\n</html>\n");
}

/* ---- URLs ---- */

void zw_url_add(GString *url, const char *key, const char *value)
{
    g_string_append_c(url, strchr(url->str, '?') ? '&' : '?');
    g_string_append_uri_escaped(url, key, NULL, FALSE);
    g_string_append_c(url, '=');
    g_string_append_uri_escaped(url, value ? value : "", NULL, FALSE);
}

char *zw_switch_url(const zw_request *req)
{
    GString *url = g_string_new(NULL);
    g_string_append_uri_escaped(url, req->path, "/", FALSE);
    for (guint i = 0; i < req->params->len; i++) {
        const zw_param *p = g_ptr_array_index(req->params, i);
        if (strcmp(p->key, "ui") != 0)
            zw_url_add(url, p->key, p->value);
    }
    zw_url_add(url, "ui", req->ui == ZW_UI_EN ? "mn" : "en");
    return g_string_free(url, FALSE);
}

zw_html *zw_page_begin(const zw_request *req, const char *title, const char *query,
                       const GPtrArray *hidden_filters)
{
    zw_html *html = zw_html_new(req->ui);
    char *switch_href = zw_switch_url(req);
    zw_html_begin(html, title, query, hidden_filters, switch_href);
    g_free(switch_href);
    return html;
}
