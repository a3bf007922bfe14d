/* cite.c — reference forms in Mongolian and English (cite.h).
 *
 * Mongolian suffixes follow the number as it is read aloud: the ordinal
 * "дугаар/дүгээр", the locative "дахь/дэх" and the genitive "-ны/-ний" take
 * their front-vowel form after numbers read ending in нэг (1), дөрөв (4),
 * ес (9), дөч (40) or ер (90), and the back-vowel form otherwise.
 *
 * Not for: HTML escaping (zw_cite_panel writes through html.h).
 */
#include "web/cite.h"

#include "search/history.h"

#include "search/citations.h"

#include <stdio.h>
#include <string.h>

void
zw_citation_clear(zw_citation *c)
{
    g_free(c->mn);
    g_free(c->en);
    c->mn = c->en = NULL;
}

/* Whether the number in `digits` is read ending in a front-vowel word. */
static bool
zw_mn_front(const char *digits)
{
    gsize n = strlen(digits);
    while (n > 0 && !g_ascii_isdigit(digits[n - 1]))
        n--;
    if (n == 0)
        return false;
    char units = digits[n - 1];
    if (units != '0')
        return units == '1' || units == '4' || units == '9';
    char tens = n >= 2 ? digits[n - 2] : '0';
    if (tens != '0')
        return tens == '4' || tens == '9';
    return false; /* зуу, мянга */
}

static const char *
zw_mn_ordinal(const char *number)
{
    return zw_mn_front(number) ? "дүгээр" : "дугаар";
}

static const char *
zw_mn_locative(const char *number)
{
    return zw_mn_front(number) ? "дэх" : "дахь";
}

static const char *
zw_mn_genitive(const char *number)
{
    return zw_mn_front(number) ? "ний" : "ны";
}

char *
zw_provision_heading(zw_ui ui, const char *key)
{
    /* The Mongolian format takes the ordinal suffix (with its space) as its
     * second argument; the English one an empty string. */
    char *suffix = ui == ZW_UI_EN ? g_strdup("") : g_strdup_printf(" %s", zw_mn_ordinal(key));
    char *number = zs_provision_display(key);
    char *out = g_strdup_printf(zw_str(ui, ZW_S_PROVISION_FMT), number, suffix);
    g_free(number);
    g_free(suffix);
    return out;
}

char *
zw_predecessor_heading(zw_ui ui, const char *key_2002)
{
    const char *number = g_str_has_prefix(key_2002, "2002:") ? key_2002 + 5 : key_2002;
    char *suffix = ui == ZW_UI_EN ? g_strdup("") : g_strdup_printf(" %s", zw_mn_ordinal(number));
    char *out = g_strdup_printf(zw_str(ui, ZW_S_PREDECESSOR_FMT), number, suffix);
    g_free(suffix);
    return out;
}

static bool
zw_is_criminal_code(const char *title)
{
    if (title == NULL)
        return true;
    char *low = g_utf8_strdown(title, -1);
    bool yes = strstr(low, "эрүүгийн хууль") != NULL || strstr(low, "criminal code") != NULL;
    g_free(low);
    return yes;
}

void
zw_cite_status(zw_citation *c, const char *status, const char *on, const char *how, const char *valid_from,
               const char *day)
{
    char *mn = NULL, *en = NULL;
    if (g_strcmp0(status, "repealed") == 0) {
        bool expired = g_strcmp0(how, "expired") == 0;
        if (on != NULL) {
            mn = g_strdup_printf(expired ? "%s-нд хугацаа нь дууссан" : "%s-нд хүчингүй болсон", on);
            en = g_strdup_printf(expired ? "expired %s" : "repealed %s", on);
        } else {
            mn = g_strdup(expired ? "хугацаа нь дууссан" : "хүчингүй болсон");
            en = g_strdup(expired ? "expired" : "repealed");
        }
    } else if (status != NULL && valid_from != NULL && !zs_day_passed(valid_from, day)) {
        mn = g_strdup_printf("хүчин төгөлдөр болоогүй: %s-ноос", valid_from);
        en = g_strdup_printf("not yet in force: from %s", valid_from);
    }
    if (mn == NULL)
        return;
    char *was = c->mn;
    c->mn = g_strdup_printf("%s (%s)", was != NULL ? was : "", mn);
    g_free(was);
    was = c->en;
    c->en = g_strdup_printf("%s (%s)", was != NULL ? was : "", en);
    g_free(was);
    g_free(mn);
    g_free(en);
}

void
zw_cite_provision(zw_citation *c, const char *code_title, const char *key)
{
    char **parts = g_strsplit(key, ".", 5);
    guint n = g_strv_length(parts);
    char *article = n >= 2 ? g_strdup_printf("%s.%s", parts[0], parts[1]) : g_strdup(key);
    bool criminal = zw_is_criminal_code(code_title);

    GString *mn = g_string_new(NULL);
    GString *en = g_string_new(NULL);
    if (criminal) {
        g_string_append(mn, "Эрүүгийн хуулийн ");
        g_string_append(en, "Criminal Code of Mongolia, ");
    } else {
        g_string_append_printf(mn, "«%s» ", code_title);
        g_string_append_printf(en, "%s, ", code_title);
    }
    char *a = zs_provision_display(article), *p2 = n >= 3 ? zs_provision_display(parts[2]) : NULL,
         *p3 = n >= 4 ? zs_provision_display(parts[3]) : NULL;
    g_string_append_printf(mn, "%s %s зүйл", a, zw_mn_ordinal(article));
    g_string_append_printf(en, "Article %s", a);
    if (n >= 3) {
        g_string_append_printf(mn, "ийн %s %s хэсэг", p2, zw_mn_locative(parts[2]));
        g_string_append_printf(en, ", part %s", p2);
    }
    if (n >= 4) {
        /* "хэсэг" takes the genitive "хэсгийн" before a clause. */
        g_string_truncate(mn, mn->len - strlen("хэсэг"));
        g_string_append_printf(mn, "хэсгийн %s.%s %s заалт", p2, p3, zw_mn_locative(parts[3]));
        g_string_append_printf(en, ", clause %s.%s", p2, p3);
    }
    g_free(a), g_free(p2), g_free(p3);
    c->mn = g_string_free(mn, FALSE);
    c->en = g_string_free(en, FALSE);
    g_free(article);
    g_strfreev(parts);
}

/* "2024 оны 3 дугаар сарын 15-ны өдрийн" and "15 March 2024"; NULL parts
 * when the date is not YYYY-MM-DD.  The Mongolian is a citation's formal
 * wording ("дугаар сарын … өдрийн"), not the pages' plain date. */
static void
zw_dates(const char *date, char **mn, char **en)
{
    *mn = *en = NULL;
    unsigned y, m, d;
    if (date == NULL || strlen(date) != 10 || sscanf(date, "%4u-%2u-%2u", &y, &m, &d) != 3 || m < 1 || m > 12 ||
        d < 1 || d > 31)
        return;
    char ms[4], ds[4];
    g_snprintf(ms, sizeof ms, "%u", m);
    g_snprintf(ds, sizeof ds, "%u", d);
    *mn = g_strdup_printf("%u оны %u %s сарын %u-%s өдрийн", y, m, zw_mn_ordinal(ms), d, zw_mn_genitive(ds));
    *en = zw_date_words(ZW_UI_EN, date); /* the pages' English form */
}

void
zw_cite_decision(zw_citation *c, const zs_document *doc, int page)
{
    char *mn_date, *en_date;
    zw_dates(doc->date, &mn_date, &en_date);
    GString *mn = g_string_new(NULL);
    GString *en = g_string_new(NULL);
    if (doc->court) {
        g_string_append_printf(mn, "%s ", doc->court);
        g_string_append_printf(en, "%s, ", doc->court);
    }
    if (mn_date)
        g_string_append_printf(mn, "%s ", mn_date);
    if (doc->case_number) {
        g_string_append_printf(mn, "%s дугаар шийдвэр", doc->case_number);
        g_string_append_printf(en, "decision No. %s", doc->case_number);
    } else {
        g_string_append_printf(mn, "«%s» шийдвэр", doc->title ? doc->title : doc->id);
        g_string_append_printf(en, "decision \"%s\"", doc->title ? doc->title : doc->id);
    }
    if (en_date)
        g_string_append_printf(en, " of %s", en_date);
    if (page > 0) {
        g_string_append_printf(mn, ", %d-р хуудас", page);
        g_string_append_printf(en, ", p. %d", page);
    }
    c->mn = g_string_free(mn, FALSE);
    c->en = g_string_free(en, FALSE);
    g_free(mn_date);
    g_free(en_date);
}

void
zw_cite_document(zw_citation *c, const zs_document *doc, int page)
{
    const char *title = doc->title && doc->title[0] ? doc->title : doc->path;
    char year[5] = "";
    if (doc->date && strlen(doc->date) >= 4 && g_ascii_isdigit(doc->date[0]))
        g_strlcpy(year, doc->date, sizeof year);
    GString *mn = g_string_new(NULL);
    GString *en = g_string_new(NULL);
    g_string_append_printf(mn, "«%s»", title);
    g_string_append(en, title);
    if (year[0]) {
        g_string_append_printf(mn, " (%s)", year);
        g_string_append_printf(en, " (%s)", year);
    }
    if (page > 0) {
        g_string_append_printf(mn, ", %d-р хуудас", page);
        g_string_append_printf(en, ", p. %d", page);
    }
    c->mn = g_string_free(mn, FALSE);
    c->en = g_string_free(en, FALSE);
}

static void
zw_cite_row(zw_html *html, const char *id, const char *which, zw_string label, const char *text, const char *lang)
{
    zw_ui ui = html->ui;
    zw_html_raw(html, "<span class=\"cite-lang\">");
    zw_html_text(html, zw_str(ui, label));
    zw_html_raw(html, "</span>\n<span class=\"cite-text\" id=\"");
    zw_html_textf(html, "%s-%s", id, which);
    zw_html_raw(html, "\" lang=\"");
    zw_html_text(html, lang);
    zw_html_raw(html, "\">");
    zw_html_text(html, text);
    zw_html_raw(html, "</span>\n<button type=\"button\" class=\"secondary\" hidden data-copy=\"");
    zw_html_textf(html, "%s-%s", id, which);
    zw_html_raw(html, "\" data-done=\"");
    zw_html_text(html, zw_str(ui, ZW_S_COPIED));
    zw_html_raw(html, "\">");
    zw_html_text(html, zw_str(ui, ZW_S_COPY));
    zw_html_raw(html, "</button>\n");
}

/* Whether `text` holds a Cyrillic letter: a court's or a report's name
 * the library has only in Mongolian, which the English form keeps. */
static bool
zw_has_cyrillic(const char *text)
{
    for (const char *p = text; p != NULL && *p; p = g_utf8_next_char(p)) {
        gunichar ch = g_utf8_get_char(p);
        if (ch >= 0x0400 && ch <= 0x04FF)
            return true;
    }
    return false;
}

void
zw_cite_panel(zw_html *html, const zw_citation *c, const char *id)
{
    if (c->mn == NULL || c->en == NULL)
        return;
    zw_html_raw(html, "<section class=\"panel cite-panel\" aria-labelledby=\"");
    zw_html_textf(html, "%s-h", id);
    zw_html_raw(html, "\">\n<h2 id=\"");
    zw_html_textf(html, "%s-h", id);
    zw_html_raw(html, "\">");
    zw_html_text(html, zw_str(html->ui, ZW_S_CITE));
    zw_html_raw(html, "</h2>\n<div class=\"cite\">\n");
    zw_cite_row(html, id, "mn", ZW_S_CITE_MN, c->mn, "mn");
    /* No English name is known for a Mongolian court or report: the form
     * says it keeps the Mongolian one, not that it is all English. */
    zw_cite_row(html, id, "en", zw_has_cyrillic(c->en) ? ZW_S_CITE_EN_MN_NAMES : ZW_S_CITE_EN, c->en, "en");
    zw_html_raw(html, "</div>\n</section>\n");
}
