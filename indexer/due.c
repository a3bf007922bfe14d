/* due.c — the day a document's indexed status next changes (due.h). */
#include "indexer/due.h"

#include <stdio.h>
#include <string.h>

#include "legal/amendment.h"

/* "YYYYMMDD" of a history date (YYYY-MM-DD, YYYY-MM or YYYY: a month or a
 * year begins on its first day, as zl_day_passed reads them), or NULL. */
static char *
compact_day(const char *date)
{
    int y = 0, m = 1, d = 1;
    size_t n = date != NULL ? strlen(date) : 0;
    bool ok = (n == 10 && sscanf(date, "%4d-%2d-%2d", &y, &m, &d) == 3) ||
              (n == 7 && sscanf(date, "%4d-%2d", &y, &m) == 2) || (n == 4 && sscanf(date, "%4d", &y) == 1);
    if (!ok || !g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y))
        return NULL;
    return g_strdup_printf("%04d%02d%02d", y, m, d);
}

/* Keeps in *due the earlier of it and `date`, when `date` is still ahead. */
static void
consider(char **due, const char *date)
{
    if (date == NULL || zl_day_passed(date))
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
        if (u->valid_to != NULL && !zl_day_passed(u->valid_to)) {
            /* In force through valid_to: due the day after. */
            char *day = compact_day(u->valid_to);
            if (day != NULL) {
                GDate g;
                g_date_clear(&g, 1);
                int y = 0, m = 0, d = 0;
                sscanf(day, "%4d%2d%2d", &y, &m, &d);
                g_date_set_dmy(&g, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
                g_date_add_days(&g, 1);
                char *next = g_strdup_printf("%04d%02d%02d", g_date_get_year(&g), g_date_get_month(&g),
                                             g_date_get_day(&g));
                if (due == NULL || strcmp(next, due) < 0) {
                    g_free(due);
                    due = next;
                } else {
                    g_free(next);
                }
            }
            g_free(day);
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
    return zl_day_passed(day);
}
