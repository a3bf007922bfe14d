/* history.c — a statute's history read back from its records (history.h).
 *
 * The record holds each unit's changes, its own and its parts', oldest
 * first (core/record.h ZR_KEY_AMENDMENTS); a part is repealed when its
 * last change is a repeal, as the indexer decided the unit's status
 * (legal/amendment.c).
 */
#include "search/history.h"

#include <string.h>

#include "core/record.h"
#include "legal/amendment.h"

void
zs_part_free(gpointer p)
{
    zs_part *part = p;
    if (part == NULL)
        return;
    g_free(part->key);
    g_free(part->status);
    g_free(part->repealed_on);
    g_free(part->repealed_how);
    g_free(part->in_force_from);
    g_free(part->suspended_until);
    g_free(part);
}

GPtrArray *
zs_history_parse(const char *lines)
{
    return zr_history_parse(lines);
}

char *
zs_history_last_date(const char *lines, const char *day)
{
    if (lines == NULL || *lines == '\0')
        return NULL;
    /* The last line whose day has come: a change dated ahead (a repeal,
     * expiry, addition or resumption to come) has not amended the text
     * yet, so it is not the day the provision was last amended. */
    char **rows = g_strsplit(lines, "\n", -1);
    char *out = NULL;
    for (guint i = g_strv_length(rows); out == NULL && i-- > 0;) {
        size_t n = strcspn(rows[i], "\t");
        if (n == 0)
            continue;
        char *date = g_strndup(rows[i], n);
        if (zl_day_passed(date, day))
            out = date;
        else
            g_free(date);
    }
    g_strfreev(rows);
    return out;
}

GPtrArray *
zs_parts_parse(const char *lines, const GPtrArray *history, const char *day)
{
    GPtrArray *out = g_ptr_array_new_with_free_func(zs_part_free);
    if (lines == NULL || *lines == '\0')
        return out;
    char **rows = g_strsplit(lines, "\n", -1);
    for (char **r = rows; *r != NULL; r++) {
        char **f = g_strsplit(*r, "\t", 3);
        if (f[0] != NULL && f[1] != NULL && f[2] != NULL) {
            zs_part *p = g_new0(zs_part, 1);
            p->key = g_strdup(f[0]);
            p->start = atoi(f[1]);
            p->end = atoi(f[2]);
            const char *on = NULL, *from = NULL, *until = NULL;
            if (zl_history_repealed(history, p->key, &on, day)) {
                p->status = g_strdup("repealed");
                /* Undated ("4//Хүчингүй/"): repealed, its day unknown. */
                p->repealed_on = on != NULL && *on != '\0' ? g_strdup(on) : NULL;
                p->repealed_how = g_strdup(zs_history_gone_how(history, on));
            } else if (zl_history_pending(history, p->key, &from, day)) {
                /* Added from a day to come: not law yet, though its words
                 * are in the text (the indexer left them out of the text
                 * in force). */
                p->status = g_strdup("not_yet_in_force");
                p->in_force_from = g_strdup(from);
            } else if (zl_history_suspended(history, p->key, &until, day)) {
                p->status = g_strdup("suspended");
                p->suspended_until = g_strdup(until);
            } else {
                p->status = g_strdup("in_force");
            }
            g_ptr_array_add(out, p);
        }
        g_strfreev(f);
    }
    g_strfreev(rows);
    return out;
}

/* The reading side's parts as the legal layer's (the same key and range),
 * so that it leaves out what the indexer left out, by the same rule: an
 * array of pointers into *view, both the caller's to free. */
static GPtrArray *
record_parts(const GPtrArray *parts, zr_part **view)
{
    *view = g_new(zr_part, parts->len);
    GPtrArray *out = g_ptr_array_sized_new(parts->len);
    for (guint i = 0; i < parts->len; i++) {
        const zs_part *p = g_ptr_array_index(parts, i);
        (*view)[i] = (zr_part){.key = p->key, .start = p->start, .end = p->end};
        g_ptr_array_add(out, &(*view)[i]);
    }
    return out;
}

char *
zs_text_in_force(const char *text, const GPtrArray *history, const GPtrArray *parts, const char *day)
{
    if (text == NULL || parts == NULL || parts->len == 0)
        return NULL;
    zr_part *view = NULL;
    GPtrArray *view_parts = record_parts(parts, &view);
    zr_unit unit = {
        .text = (char *)text, .status = "in_force", .parts = view_parts, .amendments = (GPtrArray *)history};
    char *out = zl_text_in_force(&unit, day);
    g_ptr_array_free(view_parts, TRUE);
    g_free(view);
    return out;
}

bool
zs_every_part_repealed(const char *provision, const GPtrArray *history, const GPtrArray *parts, const char **on,
                       const char *day)
{
    if (on != NULL)
        *on = NULL;
    if (provision == NULL || parts == NULL || parts->len == 0)
        return false;
    zr_part *view = NULL;
    GPtrArray *view_parts = record_parts(parts, &view);
    zr_unit unit = {.provision = (char *)provision, .parts = view_parts, .amendments = (GPtrArray *)history};
    bool all = zl_every_part_repealed(&unit, on, day);
    g_ptr_array_free(view_parts, TRUE);
    g_free(view);
    return all;
}

static void
count(const GPtrArray *history, zs_document *d, const char *day)
{
    for (guint i = 0; history != NULL && i < history->len; i++) {
        const zs_amendment *a = g_ptr_array_index(history, i);
        /* A change whose day has not come is not yet part of the text. */
        if (a->date == NULL || !zl_day_passed(a->date, day))
            continue;
        d->changes++;
        if (d->amended_to == NULL || strcmp(a->date, d->amended_to) > 0) {
            g_free(d->amended_to);
            d->amended_to = g_strdup(a->date);
        }
    }
}

const char *
zs_history_gone_how(const GPtrArray *history, const char *on)
{
    /* `on` is the deciding change's own date (zl_history_repealed,
     * zl_deciding_repeal lend it): the change is the one holding it. */
    for (guint i = 0; on != NULL && history != NULL && i < history->len; i++) {
        const zs_amendment *a = g_ptr_array_index(history, i);
        if (a->date == on)
            return g_strcmp0(a->change, "expired") == 0 ? "expired" : "repealed";
    }
    return on != NULL ? "repealed" : NULL;
}

const char *
zs_unit_gone_how(const zs_unit *u, const char *day)
{
    if (u == NULL || g_strcmp0(u->status, "repealed") != 0)
        return NULL;
    const zr_amendment *by = zl_deciding_repeal(u->amendments, NULL, true, day);
    return by != NULL && g_strcmp0(by->change, "expired") == 0 ? "expired" : "repealed";
}

const zs_amendment *
zs_unit_ceased_by(const zs_unit *u, const char *day)
{
    if (u == NULL || u->amendments == NULL)
        return NULL;
    if (g_strcmp0(u->status, "repealed") == 0) {
        const zr_amendment *by = zl_deciding_repeal(u->amendments, NULL, true, day);
        if (by != NULL)
            return by;
    }
    for (guint i = 0; i < u->amendments->len; i++) {
        const zs_amendment *a = u->amendments->pdata[i];
        if (a->part == NULL && (g_strcmp0(a->change, "repealed") == 0 || g_strcmp0(a->change, "expired") == 0) &&
            a->date != NULL && !zl_day_passed(a->date, day))
            return a;
    }
    return NULL;
}

bool
zs_amendment_until_exclusive(const zs_amendment *a)
{
    return a != NULL && a->note != NULL &&
           (g_strcmp0(a->change, "expired") == 0 || g_strcmp0(a->change, "suspended") == 0) &&
           strstr(a->note, "хүртэл") != NULL;
}

bool
zs_history_suspended(const GPtrArray *history, const char *part, const char **until, const char *day)
{
    return zl_history_suspended(history, part, until, day);
}

void
zs_document_currency(zs_document *d, const char *day)
{
    d->changes = 0;
    g_clear_pointer(&d->amended_to, g_free);
    count(d->act_amendments, d, day);
    for (guint i = 0; i < d->units->len; i++)
        count(((const zs_unit *)g_ptr_array_index(d->units, i))->amendments, d, day);
}

char *
zs_part_shown(const char *key)
{
    return zl_part_number(key);
}

void
zs_json_part(JsonBuilder *b, const char *name, const char *key)
{
    char *shown = zl_part_number(key);
    zs_json_str(b, name, shown);
    g_free(shown);
}

void
zs_json_amendments(JsonBuilder *b, const char *name, const GPtrArray *history)
{
    json_builder_set_member_name(b, name);
    json_builder_begin_array(b);
    for (guint i = 0; history != NULL && i < history->len; i++) {
        const zs_amendment *a = g_ptr_array_index(history, i);
        json_builder_begin_object(b);
        zs_json_str(b, "date", a->date);
        zs_json_str(b, "change", a->change);
        zs_json_part(b, "part", a->part);
        zs_json_str(b, "note", a->note);
        json_builder_end_object(b);
    }
    json_builder_end_array(b);
}

void
zs_json_parts(JsonBuilder *b, const GPtrArray *parts)
{
    json_builder_set_member_name(b, "parts");
    json_builder_begin_array(b);
    for (guint i = 0; parts != NULL && i < parts->len; i++) {
        const zs_part *p = g_ptr_array_index(parts, i);
        json_builder_begin_object(b);
        zs_json_part(b, "key", p->key);
        zs_json_str(b, "status", p->status);
        zs_json_str(b, "repealed_on", p->repealed_on);
        zs_json_str(b, "repealed_how", p->repealed_how);
        zs_json_str(b, "in_force_from", p->in_force_from);
        zs_json_str(b, "suspended_until", p->suspended_until);
        json_builder_end_object(b);
    }
    json_builder_end_array(b);
}

bool
zs_day_passed(const char *date, const char *day)
{
    return zl_day_passed(date, day);
}

char *
zs_day_after(const char *date)
{
    return zl_day_after(date);
}

GPtrArray *
zs_history_ahead(const GPtrArray *history, const char *day)
{
    GPtrArray *out = NULL;
    for (guint i = 0; history != NULL && i < history->len; i++) {
        const zs_amendment *a = g_ptr_array_index(history, i);
        if ((g_strcmp0(a->change, "repealed") != 0 && g_strcmp0(a->change, "expired") != 0) || a->date == NULL ||
            zl_day_passed(a->date, day))
            continue;
        if (out == NULL)
            out = g_ptr_array_new();
        g_ptr_array_add(out, (gpointer)a);
    }
    return out;
}
