/* due.c — the day a document's indexed status next changes (due.h). */
#include "indexer/due.h"

#include <stdio.h>
#include <string.h>

#include "legal/amendment.h"

/* "YYYYMMDD" of a history date (a month or a year from its first day, as
 * zl_day_passed reads them), or NULL. */
static char *
compact_day(const char *date)
{
    char *day = zl_day_start(date);
    if (day != NULL) {
        memmove(day + 4, day + 5, 2);
        memmove(day + 6, day + 8, 3);
    }
    return day;
}

/* Keeps in *due the earlier of it and `date`, when `date` is still ahead. */
static void
consider(char **due, const char *date)
{
    if (date == NULL || zl_day_passed(date, NULL))
        return;
    char *day = compact_day(date);
    if (day != NULL && (*due == NULL || strcmp(day, *due) < 0)) {
        g_free(*due);
        *due = day;
        return;
    }
    g_free(day);
}

static void
consider_history(char **due, const GPtrArray *history)
{
    for (guint i = 0; history != NULL && i < history->len; i++)
        consider(due, ((const zr_amendment *)history->pdata[i])->date);
}

char *
ix_doc_due_day(const zr_doc *doc)
{
    char *due = NULL;
    consider_history(&due, doc->act_amendments);
    for (guint i = 0; doc->units != NULL && i < doc->units->len; i++) {
        const zr_unit *u = doc->units->pdata[i];
        consider_history(&due, u->amendments);
        consider(&due, u->valid_from);
        /* In force through valid_to: due the day after. */
        if (u->valid_to != NULL && !zl_day_passed(u->valid_to, NULL)) {
            char *next = zl_day_after(u->valid_to);
            consider(&due, next);
            g_free(next);
        }
    }
    return due;
}

bool
ix_due_day_come(const char *due)
{
    if (due == NULL || strlen(due) != 8)
        return false;
    char day[11];
    snprintf(day, sizeof day, "%.4s-%.2s-%.2s", due, due + 4, due + 6);
    return zl_day_passed(day, NULL);
}
