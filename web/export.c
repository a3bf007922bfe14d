/* export.c — CSV and RIS exports of a result list (export.h). */
#include "web/export.h"

#include "search/history.h"
#include "web/cite.h"

#include <string.h>

bool
zw_export_format_read(const char *name, zw_export_format *out)
{
    static const struct {
        const char *name;
        zw_export_format format;
    } names[] = {{"json", ZW_EXPORT_JSON}, {"csv", ZW_EXPORT_CSV}, {"ris", ZW_EXPORT_RIS}};
    for (gsize i = 0; name && i < G_N_ELEMENTS(names); i++)
        if (strcmp(name, names[i].name) == 0) {
            *out = names[i].format;
            return true;
        }
    return false;
}

const char *
zw_export_media_type(zw_export_format format)
{
    switch (format) {
        case ZW_EXPORT_CSV:
            return "text/csv; charset=utf-8; header=present";
        case ZW_EXPORT_RIS:
            return "application/x-research-info-systems; charset=utf-8";
        default:
            return "application/json; charset=utf-8";
    }
}

void
zw_csv_field(GString *out, const char *value)
{
    g_string_append_c(out, '"');
    if (value && strchr("=+-@\t\r", value[0]) && value[0])
        g_string_append_c(out, '\'');
    for (const char *p = value ? value : ""; *p; p++) {
        if (*p == '"')
            g_string_append_c(out, '"');
        g_string_append_c(out, *p);
    }
    g_string_append_c(out, '"');
}

/* The citation of a hit in both languages, as the viewer's "Cite" panel
 * gives it: with the status of a provision not law in force on `day` (the
 * day the search asked about; NULL: today), which a pasted citation must
 * not lose. */
static void
cite_hit(zw_citation *c, const zs_hit *h, const char *day)
{
    if (g_strcmp0(h->type, "code") == 0 && h->provision) {
        zw_cite_provision(c, h->title, h->provision);
        zw_cite_status(c, zs_hit_status(h), zs_hit_repealed_on(h), h->repealed_parts ? NULL : h->repealed_how,
                       h->valid_from, day);
        return;
    }
    zs_document d = {.id = h->doc,
                     .path = h->path,
                     .source = h->source,
                     .title = h->title,
                     .type = h->type,
                     .lang = h->lang,
                     .date = h->date,
                     .court = h->court,
                     .case_number = h->number};
    if (g_strcmp0(h->type, "decision") == 0)
        zw_cite_decision(c, &d, h->page);
    else
        zw_cite_document(c, &d, h->page);
}

static char *
link_of(const zs_hit *h, const char *base)
{
    GString *s = g_string_new(base ? base : "");
    while (s->len > 0 && s->str[s->len - 1] == '/')
        g_string_truncate(s, s->len - 1);
    g_string_append(s, "/doc/");
    g_string_append_uri_escaped(s, h->id ? h->id : "", NULL, FALSE);
    return g_string_free(s, FALSE);
}

/* `status` is the unit's the row opens (zs_hit_status): a match in a
 * living article's repealed parts opens the article, in force.  The last
 * two, added after the first eleven (a reader of those keeps working):
 * the day its text came into force, and what `status` alone does not say
 * (law_note). */
static const char *const csv_columns[] = {"title",  "type",        "court",       "number", "date", "provision",
                                          "status", "citation_mn", "citation_en", "link",   "id",   "valid_from",
                                          "law_note"};

/* After an end read from "… хүртэл" (until; every expiry is): the day
 * named is read as the first day no longer in force. */
#define UNTIL_NOTE " (\"хүртэл\" read as exclusive: its last day in force is the day before)"

/* What a row's `status` of in_force does not say, in words, as of `day`,
 * the day the search asked about (zs_results.in_force_day; NULL: today): a
 * law not yet in force, a repeal or an end to come, parts suspended or not
 * law yet, a match only in repealed parts; "; "-separated, "" when
 * nothing. */
static char *
law_note(const zs_hit *h, const char *day)
{
    GString *s = g_string_new(NULL);
#define NOTE(...)                                                                                                     \
    do {                                                                                                              \
        if (s->len)                                                                                                   \
            g_string_append(s, "; ");                                                                                 \
        g_string_append_printf(s, __VA_ARGS__);                                                                       \
    } while (0)
    /* A day the text does not give (a provision kept as "/Хүчингүй/"). */
    const char *on = h->repealed_on != NULL && *h->repealed_on ? h->repealed_on : NULL;
    if (h->repealed_parts != NULL) {
        char *keys = g_strdelimit(zs_part_shown(h->repealed_parts), "\n", ',');
        NOTE("matched only in part %s, %s%s%s", keys,
             g_strcmp0(h->repealed_how, "expired") == 0 ? "expired" : "repealed",
             on ? " on " : " (no date given)", on ? on : "");
        g_free(keys);
    } else if (g_strcmp0(h->status, "repealed") == 0) {
        NOTE("%s%s%s%s", g_strcmp0(h->repealed_how, "expired") == 0 ? "expired" : "repealed",
             on ? " on " : " (no date given)", on ? on : "",
             g_strcmp0(h->repealed_how, "expired") == 0 ? UNTIL_NOTE : "");
    } else if (h->status != NULL && h->valid_from != NULL && !zs_day_passed(h->valid_from, day)) {
        NOTE("not yet in force: from %s", h->valid_from);
    }
    if (h->valid_to != NULL && g_strcmp0(h->status, "repealed") != 0) {
        char *due = zs_day_after(h->valid_to);
        NOTE("will be repealed on %s", due ? due : "?");
        g_free(due);
    }
    for (guint k = 0; h->scheduled != NULL && k < h->scheduled->len; k++) {
        const zs_amendment *a = h->scheduled->pdata[k];
        char *part = zs_part_shown(a->part);
        NOTE("part %s will %s on %s%s", part, g_strcmp0(a->change, "expired") == 0 ? "expire" : "be repealed",
             a->date, g_strcmp0(a->change, "expired") == 0 ? UNTIL_NOTE : "");
        g_free(part);
    }
    for (guint k = 0; h->suspended != NULL && k < h->suspended->len; k++) {
        const zs_amendment *a = h->suspended->pdata[k];
        char *part = zs_part_shown(a->part);
        NOTE("%s%s suspended%s%s", part ? "part " : "in force but", part ? part : "", a->date ? " until " : "",
             a->date ? a->date : "");
        g_free(part);
    }
    for (guint k = 0; h->pending != NULL && k < h->pending->len; k++) {
        const zs_amendment *a = h->pending->pdata[k];
        char *part = zs_part_shown(a->part);
        NOTE("part %s not yet in force: from %s", part, a->date ? a->date : "?");
        g_free(part);
    }
    if (h->match_not_yet_in_force)
        NOTE("matched only in what is not yet in force");
    for (guint k = 0; h->parts_gone != NULL && k < h->parts_gone->len; k++) {
        const zs_amendment *a = h->parts_gone->pdata[k];
        bool expired = g_strcmp0(a->change, "expired") == 0;
        char *part = zs_part_shown(a->part);
        NOTE("part %s not in force on %s: %s on %s%s", part, day ? day : "that day", expired ? "expired" : "repealed",
             a->date ? a->date : "?", expired ? UNTIL_NOTE : "");
        g_free(part);
    }
#undef NOTE
    return g_string_free(s, FALSE);
}

/* One row, said as of `day` (law_note). */
static void
csv_row(GString *out, const zs_hit *h, const char *base, const char *day)
{
    zw_citation c = {0};
    cite_hit(&c, h, day);
    char *link = link_of(h, base);
    char *note = law_note(h, day);
    const char *cells[] = {h->title, h->type, h->court, h->number,     h->date,       h->provision, zs_hit_status(h),
                           c.mn,     c.en,    link,     h->id,         h->valid_from, note};
    G_STATIC_ASSERT(G_N_ELEMENTS(cells) == G_N_ELEMENTS(csv_columns));
    for (gsize i = 0; i < G_N_ELEMENTS(cells); i++) {
        if (i)
            g_string_append_c(out, ',');
        zw_csv_field(out, cells[i]);
    }
    g_string_append(out, "\r\n");
    g_free(note);
    g_free(link);
    zw_citation_clear(&c);
}

/* One RIS line; the value on one line (RIS has no continuation). */
static void
ris_line(GString *out, const char *tag, const char *value)
{
    if (!value || !*value)
        return;
    g_string_append_printf(out, "%s  - ", tag);
    for (const char *p = value; *p; p++)
        g_string_append_c(out, *p == '\n' || *p == '\r' ? ' ' : *p);
    g_string_append(out, "\r\n");
}

static const char *
ris_type(const char *type)
{
    if (g_strcmp0(type, "decision") == 0)
        return "CASE";
    if (g_strcmp0(type, "code") == 0)
        return "STAT";
    if (g_strcmp0(type, "research") == 0)
        return "RPRT";
    return "GEN";
}

static void
ris_record(GString *out, const zs_hit *h, const char *base, const char *day)
{
    zw_citation c = {0};
    cite_hit(&c, h, day);
    char *link = link_of(h, base);
    ris_line(out, "TY", ris_type(h->type));
    ris_line(out, "TI", h->title);
    ris_line(out, "T2", h->label);
    ris_line(out, "PB", h->court);
    ris_line(out, "M1", h->number);
    ris_line(out, "SE", h->provision);
    if (h->date && strlen(h->date) >= 10) {
        char *da = g_strdup_printf("%.4s/%.2s/%.2s/", h->date, h->date + 5, h->date + 8);
        ris_line(out, "DA", da);
        g_free(da);
        char *py = g_strndup(h->date, 4);
        ris_line(out, "PY", py);
        g_free(py);
    }
    ris_line(out, "LA", h->lang);
    ris_line(out, "N1", c.mn);
    ris_line(out, "N1", c.en);
    if (h->status) {
        char *st = h->repealed_parts != NULL
                       ? g_strdup_printf("status: %s; matched in repealed parts", zs_hit_status(h))
                       : g_strdup_printf("status: %s", h->status);
        ris_line(out, "N1", st);
        g_free(st);
    }
    ris_line(out, "UR", link);
    ris_line(out, "ID", h->id);
    ris_line(out, "DB", "Zaalt");
    g_string_append(out, "ER  - \r\n\r\n");
    g_free(link);
    zw_citation_clear(&c);
}

char *
zw_export(const zs_results *r, zw_export_format format, const char *base)
{
    GString *out = g_string_new(NULL);
    if (format == ZW_EXPORT_CSV) {
        for (gsize i = 0; i < G_N_ELEMENTS(csv_columns); i++)
            g_string_append_printf(out, "%s%s", i ? "," : "", csv_columns[i]);
        g_string_append(out, "\r\n");
    }
    /* The rows said as of the day the search asked about. */
    for (guint i = 0; i < r->hits->len && i < ZW_EXPORT_MAX; i++) {
        const zs_hit *h = r->hits->pdata[i];
        if (format == ZW_EXPORT_CSV)
            csv_row(out, h, base, r->in_force_day);
        else if (format == ZW_EXPORT_RIS)
            ris_record(out, h, base, r->in_force_day);
    }
    return g_string_free(out, FALSE);
}
