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
    g_free(part);
}

GPtrArray *
zs_history_parse(const char *lines)
{
    return zr_history_parse(lines);
}

char *
zs_history_last_date(const char *lines)
{
    if (lines == NULL || *lines == '\0')
        return NULL;
    const char *last = strrchr(lines, '\n');
    last = last != NULL ? last + 1 : lines;
    size_t n = strcspn(last, "\t");
    return n > 0 ? g_strndup(last, n) : NULL;
}

GPtrArray *
zs_parts_parse(const char *lines, const GPtrArray *history)
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
            const char *on = NULL;
            bool repealed = zl_history_repealed(history, p->key, &on);
            p->status = g_strdup(repealed ? "repealed" : "in_force");
            p->repealed_on = repealed ? g_strdup(on) : NULL;
            g_ptr_array_add(out, p);
        }
        g_strfreev(f);
    }
    g_strfreev(rows);
    return out;
}

char *
zs_text_in_force(const char *text, const GPtrArray *history, const GPtrArray *parts)
{
    if (text == NULL || parts == NULL || parts->len == 0)
        return NULL;
    /* The record's parts as the legal layer's (the same key and range),
     * so that the reading side leaves out what the indexer left out, by
     * the same rule. */
    zr_part *view = g_new(zr_part, parts->len);
    GPtrArray *view_parts = g_ptr_array_sized_new(parts->len);
    for (guint i = 0; i < parts->len; i++) {
        const zs_part *p = g_ptr_array_index(parts, i);
        view[i] = (zr_part){.key = p->key, .start = p->start, .end = p->end};
        g_ptr_array_add(view_parts, &view[i]);
    }
    zr_unit unit = {
        .text = (char *)text, .status = "in_force", .parts = view_parts, .amendments = (GPtrArray *)history};
    char *out = zl_text_in_force(&unit);
    g_ptr_array_free(view_parts, TRUE);
    g_free(view);
    return out;
}

static void
count(const GPtrArray *history, zs_document *d)
{
    for (guint i = 0; history != NULL && i < history->len; i++) {
        const zs_amendment *a = g_ptr_array_index(history, i);
        d->changes++;
        if (d->amended_to == NULL || strcmp(a->date, d->amended_to) > 0) {
            g_free(d->amended_to);
            d->amended_to = g_strdup(a->date);
        }
    }
}

void
zs_document_currency(zs_document *d)
{
    d->changes = 0;
    g_clear_pointer(&d->amended_to, g_free);
    count(d->act_amendments, d);
    for (guint i = 0; i < d->units->len; i++)
        count(((const zs_unit *)g_ptr_array_index(d->units, i))->amendments, d);
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
        zs_json_str(b, "part", a->part);
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
        zs_json_str(b, "key", p->key);
        zs_json_str(b, "status", p->status);
        zs_json_str(b, "repealed_on", p->repealed_on);
        json_builder_end_object(b);
    }
    json_builder_end_array(b);
}

bool
zs_day_passed(const char *date)
{
    return zl_day_passed(date);
}

char *
zs_day_after(const char *date)
{
    return zl_day_after(date);
}

GPtrArray *
zs_history_ahead(const GPtrArray *history)
{
    GPtrArray *out = NULL;
    for (guint i = 0; history != NULL && i < history->len; i++) {
        const zs_amendment *a = g_ptr_array_index(history, i);
        if (g_strcmp0(a->change, "repealed") != 0 || a->date == NULL || zl_day_passed(a->date))
            continue;
        if (out == NULL)
            out = g_ptr_array_new();
        g_ptr_array_add(out, (gpointer)a);
    }
    return out;
}
