/* law.c — a statute's history on the pages (law.h).
 *
 * Repealed text is never hidden: a repealed article opens with a banner,
 * a repealed part stays in its place struck through (<del>) with its date,
 * so a reader sees what the law was and that it no longer is.
 */
#include "web/law.h"

#include <string.h>

#include "search/citations.h"
#include "search/history.h"
#include "web/cite.h"
#include "web/web.h"

/* The note that an end was read from "… хүртэл" (until): the day named
 * is read as the first day it no longer holds, which a reader may take
 * for its last; said where such an end is shown. */
static void
until_note(zw_html *html)
{
    zw_html_raw(html, " <small class=\"until-exclusive\">(");
    zw_html_text(html, zw_str(html->ui, ZW_S_UNTIL_EXCLUSIVE));
    zw_html_raw(html, ")</small>");
}

/* A day after `date` that is still to come on `day` (NULL: today), or
 * NULL (new). */
static char *
day_after_if_ahead(const char *date, const char *day)
{
    char *next = date != NULL && *date ? zs_day_after(date) : NULL;
    if (next != NULL && zs_day_passed(next, day))
        g_clear_pointer(&next, g_free);
    return next;
}

/* The repeals of parts dated ahead of `day` (NULL: today) in a unit's
 * history, as "part X: will be repealed on D" notices; `badge` writes
 * them as the results page's badges, else as a viewer's banners. */
static void
parts_repeal_ahead(zw_html *html, const GPtrArray *history, bool badge, const char *day)
{
    for (guint i = 0; history != NULL && i < history->len; i++) {
        const zs_amendment *a = g_ptr_array_index(history, i);
        bool expires = g_strcmp0(a->change, "expired") == 0;
        if (a->part == NULL || (g_strcmp0(a->change, "repealed") != 0 && !expires) || zs_day_passed(a->date, day))
            continue;
        if (badge)
            zw_html_raw(html, " <span class=\"badge repeal-due\">");
        else
            zw_html_raw(html, "<p class=\"notice repeal-due\" role=\"status\">");
        {
            char *shown = zs_part_shown(a->part);
            zw_html_textf(html, zw_str(html->ui, ZW_S_PARTS_REPEALED_FMT), shown);
            g_free(shown);
        }
        zw_html_raw(html, ": ");
        zw_html_timef(html, zw_str(html->ui, expires ? ZW_S_EXPIRE_DUE_BADGE_FMT : ZW_S_REPEAL_DUE_BADGE_FMT), a->date,
                      NULL);
        if (expires)
            until_note(html);
        if (badge)
            zw_html_raw(html, "</span>");
        else
            zw_html_raw(html, "</p>\n");
    }
}

/* What a part that is not plain law in force is: "repealed on D",
 * "expired on D", "not yet in force: from D", "suspended until D"; an
 * end or a suspension until a day says how that day is read: the notes
 * give both only as "… хүртэл" (legal/amendment.c). */
static void
part_state(zw_html *html, const zs_part *p)
{
    bool until = false;
    if (g_strcmp0(p->status, "not_yet_in_force") == 0) {
        zw_html_timef(html, zw_str(html->ui, ZW_S_NOT_YET_BADGE_FMT), p->in_force_from ? p->in_force_from : "?", NULL);
    } else if (g_strcmp0(p->status, "suspended") == 0 && p->suspended_until != NULL) {
        zw_html_timef(html, zw_str(html->ui, ZW_S_SUSPENDED_FMT), p->suspended_until, NULL);
        until = true;
    } else if (g_strcmp0(p->status, "suspended") == 0) {
        zw_html_text(html, zw_str(html->ui, ZW_S_SUSPENDED));
    } else {
        bool expired = g_strcmp0(p->repealed_how, "expired") == 0;
        if (expired)
            zw_html_timef(html, zw_str(html->ui, ZW_S_PART_EXPIRED_FMT), p->repealed_on ? p->repealed_on : "?", NULL);
        else
            zw_law_repealed_on(html, ZW_S_PART_REPEALED_FMT, ZW_S_PART_REPEALED_UNDATED, p->repealed_on);
        /* An expiry is an end of "… хүртэл" by how the notes are read. */
        until = expired;
    }
    if (until)
        until_note(html);
}

void
zw_law_repealed_on(zw_html *html, zw_string dated, zw_string undated, const char *day)
{
    if (day == NULL || *day == '\0')
        zw_html_text(html, zw_str(html->ui, undated));
    else
        zw_html_timef(html, zw_str(html->ui, dated), day, NULL);
}

void
zw_law_unit_on_day(zs_unit *u, const char *day)
{
    if (u == NULL || day == NULL || u->status == NULL)
        return;
    /* Repealed since: that day it was still law (its end, valid_to, stays
     * to be said as a repeal to come). */
    if (strcmp(u->status, "repealed") == 0 && u->repealed_on != NULL && !zs_day_passed(u->repealed_on, day)) {
        g_free(u->status);
        u->status = g_strdup("in_force");
        g_clear_pointer(&u->repealed_on, g_free);
    }
    /* The parts' statuses read again from the history, by the legal
     * layer's rules, as of that day: the record keeps each part's key
     * and place, which is all zs_parts_parse reads besides the history. */
    if (u->parts == NULL || u->parts->len == 0)
        return;
    GString *lines = g_string_new(NULL);
    for (guint i = 0; i < u->parts->len; i++) {
        const zs_part *p = g_ptr_array_index(u->parts, i);
        g_string_append_printf(lines, "%s%s\t%d\t%d", i ? "\n" : "", p->key, p->start, p->end);
    }
    GPtrArray *parts = zs_parts_parse(lines->str, u->amendments, day);
    g_string_free(lines, TRUE);
    g_ptr_array_unref(u->parts);
    u->parts = parts;
}

void
zw_law_banner(zw_html *html, const zs_unit *u)
{
    zw_law_banner_on(html, u, NULL);
}

void
zw_law_banner_on(zw_html *html, const zs_unit *u, const char *day)
{
    if (u == NULL)
        return;
    /* A day asked for before the text took effect: the one thing to say
     * of it, whatever befell it later (an article of the 2015 Code read
     * for 2016 was no law, even one repealed before the Code began). */
    if (day != NULL && u->valid_from != NULL && !zs_day_passed(u->valid_from, day)) {
        zw_html_raw(html, "<p class=\"notice not-yet-banner\" role=\"alert\">");
        zw_html_timef(html, zw_str(html->ui, ZW_S_NOT_YET_ON_DAY_FMT), day, u->valid_from);
        zw_html_raw(html, "</p>\n");
        return;
    }
    if (g_strcmp0(u->status, "repealed") == 0) {
        bool expired = g_strcmp0(zs_unit_gone_how(u, day), "expired") == 0;
        zw_html_raw(html, "<p class=\"notice repealed-banner\" role=\"alert\">");
        if (expired)
            zw_html_timef(html, zw_str(html->ui, ZW_S_EXPIRED_BANNER_FMT), u->repealed_on ? u->repealed_on : "?", NULL);
        else
            zw_law_repealed_on(html, ZW_S_REPEALED_BANNER_FMT, ZW_S_REPEALED_UNDATED_BANNER, u->repealed_on);
        if (expired)
            until_note(html);
        zw_html_raw(html, "</p>\n");
        return;
    }
    if (u->status == NULL)
        return;
    /* Law adopted but not yet in force, or in force until a day to come:
     * the reader is told before reading it as law today. */
    if (day == NULL && u->valid_from != NULL && !zs_day_passed(u->valid_from, NULL)) {
        zw_html_raw(html, "<p class=\"notice not-yet-banner\" role=\"alert\">");
        zw_html_timef(html, zw_str(html->ui, ZW_S_NOT_YET_BANNER_FMT), u->valid_from, NULL);
        zw_html_raw(html, "</p>\n");
    }
    const char *until = NULL;
    if (zs_history_suspended(u->amendments, NULL, &until, day)) {
        zs_part whole = {.status = "suspended", .suspended_until = (char *)until};
        zw_html_raw(html, "<p class=\"notice suspended-banner\" role=\"alert\">");
        part_state(html, &whole);
        zw_html_raw(html, "</p>\n");
    }
    char *due = day_after_if_ahead(u->valid_to, day);
    if (due != NULL) {
        zw_html_raw(html, "<p class=\"notice repeal-due\" role=\"alert\">");
        zw_html_timef(html, zw_str(html->ui, ZW_S_REPEAL_DUE_BANNER_FMT), due, NULL);
        if (g_strcmp0(zs_unit_ceased_by(u, day) ? zs_unit_ceased_by(u, day)->change : NULL, "expired") == 0)
            until_note(html);
        zw_html_raw(html, "</p>\n");
        g_free(due);
    }
    parts_repeal_ahead(html, u->amendments, false, day);
    /* Parts that are law but not applied today, or not law yet. */
    for (guint i = 0; u->parts != NULL && i < u->parts->len; i++) {
        const zs_part *p = g_ptr_array_index(u->parts, i);
        if (g_strcmp0(p->status, "suspended") != 0 && g_strcmp0(p->status, "not_yet_in_force") != 0)
            continue;
        zw_html_raw(html, "<p class=\"notice part-status\" role=\"status\">");
        {
        char *shown = zs_part_shown(p->key);
        zw_html_textf(html, zw_str(html->ui, ZW_S_PARTS_REPEALED_FMT), shown);
        g_free(shown);
    }
        zw_html_raw(html, ": ");
        part_state(html, p);
        zw_html_raw(html, "</p>\n");
    }
}

void
zw_law_part_banner(zw_html *html, const zs_unit *u, const char *key)
{
    if (u == NULL || key == NULL || g_strcmp0(u->status, "repealed") == 0)
        return; /* a repealed unit's own banner says it all */
    const zs_part *gone = NULL;
    for (guint i = 0; u->parts != NULL && i < u->parts->len; i++) {
        const zs_part *p = g_ptr_array_index(u->parts, i);
        size_t n = strlen(p->key);
        /* The part asked for, or the deepest part holding it. */
        if (strncmp(key, p->key, n) == 0 && (key[n] == '\0' || key[n] == '.') &&
            g_strcmp0(p->status, "repealed") == 0 && (gone == NULL || n > strlen(gone->key)))
            gone = p;
    }
    if (gone == NULL)
        return;
    bool expired = g_strcmp0(gone->repealed_how, "expired") == 0;
    zw_html_raw(html, "<p class=\"notice repealed-banner\" role=\"alert\">");
    {
        char *shown = zs_part_shown(gone->key);
        zw_html_textf(html, zw_str(html->ui, ZW_S_PARTS_REPEALED_FMT), shown);
        g_free(shown);
    }
    zw_html_raw(html, ": ");
    if (expired)
        zw_html_timef(html, zw_str(html->ui, ZW_S_EXPIRED_BANNER_FMT), gone->repealed_on ? gone->repealed_on : "?", NULL);
    else
        zw_law_repealed_on(html, ZW_S_REPEALED_BANNER_FMT, ZW_S_REPEALED_UNDATED_BANNER, gone->repealed_on);
    zw_html_raw(html, "</p>\n");
}

void
zw_law_currency(zw_html *html, const zs_document *doc)
{
    if (doc == NULL || doc->changes == 0 || doc->amended_to == NULL)
        return;
    zw_html_raw(html, "<p class=\"currency\">");
    if (doc->changes == 1) {
        zw_html_timef(html, zw_str(html->ui, ZW_S_CURRENCY1_FMT), doc->amended_to, NULL);
    } else {
        /* The count filled in first; the date's "%s" stays for the <time>. */
        char *format = g_strdup_printf(zw_str(html->ui, ZW_S_CURRENCY_FMT), "%s", doc->changes);
        zw_html_timef(html, format, doc->amended_to, NULL);
        g_free(format);
    }
    zw_html_raw(html, "</p>\n");
}

static zw_string
change_label(const char *change)
{
    if (g_strcmp0(change, "added") == 0)
        return ZW_S_CHANGE_ADDED;
    if (g_strcmp0(change, "restated") == 0)
        return ZW_S_CHANGE_RESTATED;
    if (g_strcmp0(change, "repealed") == 0)
        return ZW_S_CHANGE_REPEALED;
    if (g_strcmp0(change, "suspended") == 0)
        return ZW_S_CHANGE_SUSPENDED;
    if (g_strcmp0(change, "renumbered") == 0)
        return ZW_S_CHANGE_RENUMBERED;
    if (g_strcmp0(change, "expired") == 0)
        return ZW_S_CHANGE_EXPIRED;
    if (g_strcmp0(change, "resumed") == 0)
        return ZW_S_CHANGE_RESUMED;
    if (g_strcmp0(change, "amended") == 0)
        return ZW_S_CHANGE_AMENDED;
    return ZW_S_COUNT_; /* a kind this page does not know: its name as written */
}

/* A change's label; a kind the reader of notes added after this page was
 * written shows as its own name rather than as an amendment. */
static void
change_text(zw_html *html, const char *change)
{
    zw_string key = change_label(change);
    zw_html_text(html, key == ZW_S_COUNT_ ? (change != NULL ? change : "?") : zw_str(html->ui, key));
}

void
zw_law_history(zw_html *html, const zs_document *doc, const zs_unit *u)
{
    if (u == NULL || u->amendments == NULL || u->amendments->len == 0)
        return;
    zw_ui ui = html->ui;
    zw_html_raw(html, "<section class=\"history\">\n<h4>");
    zw_html_text(html, zw_str(ui, ZW_S_HISTORY));
    zw_html_raw(html, "</h4>\n<ol class=\"history\" reversed>\n");
    for (guint i = u->amendments->len; i-- > 0;) {
        const zs_amendment *a = g_ptr_array_index(u->amendments, i);
        zw_html_raw(html, "<li class=\"change ");
        zw_html_text(html, a->change);
        zw_html_raw(html, "\"");
        if (a->note != NULL) {
            zw_html_raw(html, " title=\"");
            zw_html_text(html, a->note);
            zw_html_raw(html, "\"");
        }
        zw_html_raw(html, ">");
        zw_html_time(html, a->date);
        zw_html_raw(html, " ");
        change_text(html, a->change);
        if (a->part != NULL) {
            zw_html_raw(html, " (");
            {
            char *shown = zs_part_shown(a->part);
            zw_html_textf(html, zw_str(ui, ZW_S_PART_NO_FMT), shown);
            g_free(shown);
        }
            zw_html_raw(html, ")");
        }
        /* A change dated ahead has not happened: not listed as if it had. */
        if (a->date != NULL && !zs_day_passed(a->date, NULL)) {
            zw_html_raw(html, " <em class=\"ahead\">");
            zw_html_text(html, zw_str(ui, ZW_S_CHANGE_AHEAD));
            zw_html_raw(html, "</em>");
        }
        /* The act's other changes of that day: the viewer searching the
         * act for the date, repealed units included. */
        GString *href = g_string_new("/doc/");
        g_string_append_uri_escaped(href, doc->id ? doc->id : "", NULL, FALSE);
        char *q = g_strdup_printf("amended:%s status:any", a->date);
        zw_url_add(href, "q", q);
        zw_html_raw(html, " · ");
        zw_html_link(html, href->str, zw_str(ui, ZW_S_SAME_DAY));
        g_free(q);
        g_string_free(href, TRUE);
        zw_html_raw(html, "</li>\n");
    }
    zw_html_raw(html, "</ol>\n<p class=\"wording\">");
    zw_html_text(html, zw_str(ui, ZW_S_TODAY_WORDING));
    zw_html_raw(html, "</p>\n</section>\n");
}

bool
zw_law_has_repealed_part(const zs_unit *u)
{
    for (guint i = 0; u != NULL && u->parts != NULL && i < u->parts->len; i++)
        if (g_strcmp0(((const zs_part *)g_ptr_array_index(u->parts, i))->status, "repealed") == 0)
            return true;
    return false;
}

/* The part not plain law in force (repealed, expired, suspended, not
 * yet law) whose text holds byte `at` (or a part holding one), or NULL. */
static const zs_part *
repealed_at(const zs_unit *u, int at)
{
    for (guint i = 0; u->parts != NULL && i < u->parts->len; i++) {
        const zs_part *p = g_ptr_array_index(u->parts, i);
        if (p->start <= at && at < p->end && p->status != NULL && g_strcmp0(p->status, "in_force") != 0)
            return p;
    }
    return NULL;
}

/* Only a part gone is struck through: a suspended part, or one not law
 * yet, is the law's text, marked but not <del>. */
static bool
is_struck(const zs_part *p)
{
    return g_strcmp0(p->status, "repealed") == 0;
}

/* The class of a marked part's <p>: "repealed" keeps the pages' and
 * tests' old name for one gone. */
static const char *
part_class(const zs_part *p)
{
    if (is_struck(p))
        return "repealed";
    return g_strcmp0(p->status, "suspended") == 0 ? "suspended" : "not-yet";
}

static void
open_struck(zw_html *html, const zs_part *p)
{
    zw_html_raw(html, "<p class=\"part ");
    zw_html_text(html, part_class(p));
    zw_html_raw(html, "\" data-part=\"");
    zw_html_text(html, p->key);
    zw_html_raw(html, "\"><span class=\"repealed-tag\">");
    part_state(html, p);
    if (is_struck(p))
        zw_html_raw(html, "</span> <del>");
    else
        zw_html_raw(html, "</span> ");
}

void
zw_law_paragraphs(zw_html *html, const zs_unit *u, zs_marker *hl, unsigned *marks)
{
    const char *text = u->text ? u->text : "";
    GRegex *gap = g_regex_new("\\n[ \\t]*\\n", 0, 0, NULL);
    GMatchInfo *mi = NULL;
    int from = 0;
    bool more = true;
    g_regex_match(gap, text, 0, &mi);
    while (more) {
        int s = (int)strlen(text), e = s;
        if (g_match_info_matches(mi))
            g_match_info_fetch_pos(mi, 0, &s, &e);
        else
            more = false;
        char *para = g_strstrip(g_strndup(text + from, (gsize)(s - from)));
        int at = from;
        while (at < s && g_ascii_isspace(text[at]))
            at++;
        if (*para != '\0') {
            const zs_part *p = repealed_at(u, at);
            if (p != NULL)
                open_struck(html, p);
            else
                zw_html_raw(html, "<p>");
            if (hl != NULL) {
                char *marked = zs_marker_mark(hl, para);
                zw_html_marked(html, marked, marks);
                g_free(marked);
            } else {
                zw_html_text(html, para);
            }
            if (p != NULL && is_struck(p))
                zw_html_raw(html, "</del></p>\n");
            else
                zw_html_raw(html, "</p>\n");
        }
        g_free(para);
        from = e;
        if (more)
            g_match_info_next(mi, NULL);
    }
    g_match_info_free(mi);
    g_regex_unref(gap);
}

/* The number a line of an article starts with ("2." -> "2", "2.1." ->
 * "2.1", "7/" -> "7"), or NULL when it is not a numbered part.  A part an
 * amendment inserted ("1¹.") is numbered as its key writes it: "1^1". */
static char *
part_number(const char *line)
{
    GString *num = g_string_new(NULL);
    const char *p = line;
    for (;;) {
        if (g_ascii_isdigit(*p) || (*p == '.' && g_ascii_isdigit(p[1]))) {
            g_string_append_c(num, *p++);
            continue;
        }
        int d = num->len > 0 && g_ascii_isdigit(num->str[num->len - 1]) ? zs_superscript_digit(g_utf8_get_char(p)) : -1;
        if (d < 0)
            break;
        g_string_append_printf(num, "^%d", d);
        p = g_utf8_next_char(p);
        for (int e; (e = zs_superscript_digit(g_utf8_get_char(p))) >= 0; p = g_utf8_next_char(p))
            g_string_append_printf(num, "%d", e);
    }
    if (num->len == 0 || *p != '.')
        return g_string_free(num, TRUE), NULL;
    return g_string_free(num, FALSE);
}

void
zw_law_parts(zw_html *html, const char *lang, const zs_unit *u, const char *want)
{
    const char *text = u->text ? u->text : "";
    zw_html_raw(html, "<div class=\"text parts\">\n");
    bool first = true;
    for (const char *l = text; *l;) {
        const char *eol = strchr(l, '\n');
        size_t n = eol ? (size_t)(eol - l) : strlen(l);
        char *line = g_strstrip(g_strndup(l, n));
        int at = (int)(l - text);
        while (text[at] == ' ' || text[at] == '\t')
            at++;
        bool heading = first && u->label && *line != '\0';
        if (*line != '\0')
            first = false;
        if (*line != '\0' && !(heading && strcmp(line, u->label) == 0)) {
            char *num = part_number(line);
            const zs_part *struck = repealed_at(u, at);
            zw_html_raw(html, "<p class=\"part");
            if (num != NULL && strchr(num, '.') != NULL)
                zw_html_raw(html, " sub");
            /* The part asked for and its clauses (2, 2.1, 2.2 for "2"). */
            if (num != NULL && want != NULL &&
                (strcmp(num, want) == 0 || (g_str_has_prefix(num, want) && num[strlen(want)] == '.')))
                zw_html_raw(html, " focus");
            if (struck != NULL) {
                zw_html_raw(html, " ");
                zw_html_text(html, part_class(struck));
            }
            zw_html_raw(html, "\"");
            if (num != NULL) {
                char *id = g_strdup_printf("p-%s-%s", lang, num);
                g_strdelimit(id, ".", '-');
                zw_html_raw(html, " id=\"");
                zw_html_text(html, id);
                zw_html_raw(html, "\"");
                g_free(id);
            }
            if (struck != NULL) {
                zw_html_raw(html, " data-part=\"");
                zw_html_text(html, struck->key);
                zw_html_raw(html, "\"");
            }
            zw_html_raw(html, ">");
            if (struck != NULL) {
                zw_html_raw(html, "<span class=\"repealed-tag\">");
                part_state(html, struck);
                if (is_struck(struck))
                    zw_html_raw(html, "</span> <del>");
                else
                    zw_html_raw(html, "</span> ");
                zw_html_text(html, line);
                if (is_struck(struck))
                    zw_html_raw(html, "</del>");
            } else {
                zw_html_text(html, line);
            }
            zw_html_raw(html, "</p>\n");
            g_free(num);
        }
        g_free(line);
        l = eol ? eol + 1 : l + n;
    }
    zw_html_raw(html, "</div>\n");
}

/* A hit's parts (part NULL: the unit) suspended, not law yet, or gone
 * by the day a search asked about (repealed), as the
 * results' badges. */
static void
part_badges(zw_html *html, const GPtrArray *list, const char *status)
{
    for (guint i = 0; list != NULL && i < list->len; i++) {
        const zs_amendment *a = g_ptr_array_index(list, i);
        zs_part p = {.key = a->part, .status = (char *)status};
        if (strcmp(status, "suspended") == 0) {
            p.suspended_until = a->date;
        } else if (strcmp(status, "repealed") == 0) {
            p.repealed_on = a->date;
            p.repealed_how = a->change;
        } else {
            p.in_force_from = a->date;
        }
        zw_html_raw(html, " <span class=\"badge ");
        zw_html_text(html, part_class(&p));
        zw_html_raw(html, "\">");
        if (a->part != NULL) {
            {
            char *shown = zs_part_shown(a->part);
            zw_html_textf(html, zw_str(html->ui, ZW_S_PARTS_REPEALED_FMT), shown);
            g_free(shown);
        }
            zw_html_raw(html, ": ");
        }
        part_state(html, &p);
        zw_html_raw(html, "</span>");
    }
}

/* A hit's status, said as of `day` (YYYY-MM-DD, the day an in-force
 * filter asked about, typed in the query or given as ?inforce=: the
 * results' in_force_day; NULL: today): the hit's fields are that day's, a
 * repeal after it one to come. */
void
zw_law_hit_status(zw_html *html, const zs_hit *hit, const char *day)
{
    if (g_strcmp0(hit->status, "repealed") == 0 && hit->repealed_parts != NULL) {
        /* The article's repealed parts matched; the article is in force. */
        char *keys = g_strdelimit(zs_part_shown(hit->repealed_parts), "\n", ',');
        zw_html_raw(html, "<span class=\"badge repealed\">");
        zw_html_textf(html, zw_str(html->ui, ZW_S_PARTS_REPEALED_FMT), keys);
        zw_html_raw(html, " ");
        bool expired = g_strcmp0(hit->repealed_how, "expired") == 0;
        if (expired)
            zw_html_timef(html, zw_str(html->ui, ZW_S_PARTS_EXPIRED_ON_FMT), hit->repealed_on ? hit->repealed_on : "?",
                          NULL);
        else
            zw_law_repealed_on(html, ZW_S_PARTS_REPEALED_ON_FMT, ZW_S_PARTS_REPEALED_UNDATED, hit->repealed_on);
        if (expired)
            until_note(html);
        zw_html_raw(html, "</span>");
        g_free(keys);
    } else if (g_strcmp0(hit->status, "repealed") == 0) {
        bool expired = g_strcmp0(hit->repealed_how, "expired") == 0;
        zw_html_raw(html, "<span class=\"badge repealed\">");
        if (expired)
            zw_html_timef(html, zw_str(html->ui, ZW_S_EXPIRED_BADGE_FMT), hit->repealed_on ? hit->repealed_on : "?",
                          NULL);
        else
            zw_law_repealed_on(html, ZW_S_REPEALED_BADGE_FMT, ZW_S_REPEALED_UNDATED_BADGE, hit->repealed_on);
        if (expired)
            until_note(html);
        zw_html_raw(html, "</span>");
    } else if (hit->status != NULL) {
        if (hit->valid_from != NULL && !zs_day_passed(hit->valid_from, day)) {
            zw_html_raw(html, "<span class=\"badge not-yet\">");
            zw_html_timef(html, zw_str(html->ui, ZW_S_NOT_YET_BADGE_FMT), hit->valid_from, NULL);
            zw_html_raw(html, "</span>");
        }
        char *due = day_after_if_ahead(hit->valid_to, day);
        if (due != NULL) {
            zw_html_raw(html, " <span class=\"badge repeal-due\">");
            zw_html_timef(html, zw_str(html->ui, ZW_S_REPEAL_DUE_BADGE_FMT), due, NULL);
            zw_html_raw(html, "</span>");
            g_free(due);
        }
        parts_repeal_ahead(html, hit->scheduled, true, day);
        part_badges(html, hit->suspended, "suspended");
        part_badges(html, hit->pending, "not_yet_in_force");
        part_badges(html, hit->parts_gone, "repealed");
        if (hit->match_not_yet_in_force) {
            zw_html_raw(html, " <span class=\"badge not-yet\">");
            zw_html_text(html, zw_str(html->ui, ZW_S_MATCH_NOT_YET));
            zw_html_raw(html, "</span>");
        }
    }
    /* Asked for the law of a day before its last change: that wording is
     * not in the source, and the page must not pretend it is. */
    const char *asked = day;
    if (asked != NULL && hit->last_amended != NULL && strlen(asked) == 10 && strcmp(asked, hit->last_amended) < 0) {
        zw_html_raw(html, "<span class=\"older-wording\">");
        zw_html_timef(html, zw_str(html->ui, ZW_S_OLDER_WORDING_FMT), asked, hit->last_amended);
        zw_html_raw(html, "</span>");
    }
}

void
zw_law_repealed_notice(zw_html *html, const zw_search_state *st, const zs_results *results)
{
    if (results->repealed_matching == 0)
        return;
    zw_html_raw(html, "<p class=\"notice repealed-matching\" role=\"status\">");
    if (results->repealed_matching == 1)
        zw_html_text(html, zw_str(html->ui, ZW_S_REPEALED_MATCH1));
    else
        zw_html_textf(html, zw_str(html->ui, ZW_S_REPEALED_MATCH_FMT), results->repealed_matching);
    zw_html_raw(html, " — ");
    char *href = zw_search_url(st, "status", "any", -1, 0);
    zw_html_link(html, href, zw_str(html->ui, ZW_S_SHOW_THEM));
    g_free(href);
    zw_html_raw(html, "</p>\n");
}

void
zw_predecessor_panels(zw_html *html, const GPtrArray *list)
{
    for (guint i = 0; list != NULL && i < list->len; i++) {
        const zw_predecessor *p = g_ptr_array_index(list, i);
        if (p->decisions->total == 0)
            continue;
        char *heading = zw_predecessor_heading(html->ui, p->article);
        char *id = g_strdup_printf("before-%u", i);
        zw_html_raw(html, "<section class=\"panel cited-by predecessor\" aria-labelledby=\"");
        zw_html_text(html, id);
        zw_html_raw(html, "\">\n<h2 id=\"");
        zw_html_text(html, id);
        zw_html_raw(html, "\">");
        zw_html_text(html, heading);
        zw_html_raw(html, "</h2>\n<p class=\"count\">");
        zw_html_textf(html, zw_str(html->ui, p->decisions->total == 1 ? ZW_S_DECISIONS1_FMT : ZW_S_DECISIONS_FMT),
                      p->decisions->total);
        zw_html_raw(html, "</p>\n<p>");
        zw_html_text(html, zw_str(html->ui, ZW_S_PREDECESSOR_NOTE));
        zw_html_raw(html, "</p>\n");
        if (p->uncertain) {
            zw_html_raw(html, "<p class=\"notice\">");
            zw_html_text(html, zw_str(html->ui, ZW_S_PREDECESSOR_UNCERTAIN));
            zw_html_raw(html, "</p>\n");
        }
        zw_html_raw(html, "<ul class=\"links\">\n");
        for (guint k = 0; k < p->decisions->hits->len; k++)
            zw_html_decision_item(html, g_ptr_array_index(p->decisions->hits, k));
        zw_html_raw(html, "</ul>\n");
        if (p->decisions->total > p->decisions->hits->len)
            zw_html_see_all_decisions(html, "article", p->article, p->decisions->total);
        zw_html_raw(html, "</section>\n");
        g_free(id);
        g_free(heading);
    }
}

const zs_amendment *
zw_law_act_repeal(const zs_document *doc)
{
    const zs_amendment *found = NULL;
    for (guint i = 0; doc != NULL && doc->act_amendments != NULL && i < doc->act_amendments->len; i++) {
        const zs_amendment *a = g_ptr_array_index(doc->act_amendments, i);
        if (a->part == NULL && g_strcmp0(a->change, "repealed") == 0)
            found = a;
    }
    return found;
}

void
zw_law_repealed_by(zw_html *html, zs_engine *engine, const char *const *access, const zs_document *doc,
                   const zs_amendment *a)
{
    /* An expiry is no law's act: its time ran out (its banner says so). */
    if (a == NULL || a->note == NULL || *a->note == '\0' || g_strcmp0(a->change, "repealed") != 0)
        return;
    bool ahead = a->date != NULL && !zs_day_passed(a->date, NULL);
    zw_html_raw(html, "<p class=\"notice repealed-by\" role=\"status\"><span class=\"label\">");
    zw_html_text(html, zw_str(html->ui, ahead ? ZW_S_REPEAL_DUE_BY : ZW_S_REPEALED_BY));
    zw_html_raw(html, "</span> <q lang=\"mn\">");
    zw_html_text(html, a->note);
    zw_html_raw(html, "</q>");
    /* The repealing law itself, when the index holds it. */
    zs_link *by = zs_law_named(engine, a->note, doc != NULL ? doc->id : NULL, doc != NULL ? doc->title : NULL,
                               doc != NULL ? doc->date : NULL, a->made != NULL ? a->made : a->date, access);
    if (by != NULL) {
        GString *href = g_string_new("/doc/");
        g_string_append_uri_escaped(href, by->target_doc, NULL, FALSE);
        zw_html_raw(html, " → ");
        zw_html_link(html, href->str, by->label);
        if (by->key != NULL) {
            zw_html_raw(html, " (");
            zw_html_timef(html, zw_str(html->ui, ZW_S_REPEALER_FMT), by->key, NULL);
            zw_html_raw(html, ")");
        }
        g_string_free(href, TRUE);
        zs_link_free(by);
    }
    zw_html_raw(html, "</p>\n");
}
