/* cmd_show.c — `zaalt show [--db DIR] [--json] ID`: one document (by
 * document id) or one unit (by unit id, shown with its document's metadata)
 * with its full text. */
#include "cli/cli.h"
#include "legal/amendment.h"
#include "search/citations.h"
#include "search/history.h"
#include "search/search.h"

#include <stdio.h>
#include <string.h>

static void
field(const char *name, const char *value)
{
    if (value && *value)
        printf("%-12s %s\n", name, value);
}

static bool
is_repealed(const char *status)
{
    return status && strcmp(status, "repealed") == 0;
}

static gint
by_end(gconstpointer a, gconstpointer b)
{
    const zs_part *x = *(zs_part *const *)a, *y = *(zs_part *const *)b;
    return x->end - y->end;
}

/* A unit as a reader of the law needs it: whether it is in force, its
 * text with each repealed part marked where it ends (the notes that said
 * so are not in the text), and its history, oldest first. */
static void
print_unit(const zs_unit *u)
{
    printf("\n── %s", u->id);
    if (u->label)
        printf(" · %s", u->label);
    if (u->page > 0)
        printf(" · page %d", u->page);
    printf("\n");
    if (is_repealed(u->status) && g_strcmp0(zs_unit_gone_how(u, NULL), "expired") == 0)
        /* Its time ran out: no law repealed it. */
        printf("[EXPIRED%s%s: its time ran out, not law in force]\n", u->repealed_on ? " on " : "",
               u->repealed_on ? u->repealed_on : "");
    else if (is_repealed(u->status))
        printf("[REPEALED%s%s: not law in force]\n", u->repealed_on ? " on " : "",
               u->repealed_on ? u->repealed_on : "");
    else if (u->valid_from != NULL && !zl_day_passed(u->valid_from, NULL))
        printf("[NOT YET IN FORCE: in force from %s]\n", u->valid_from);
    const char *until = NULL;
    if (!is_repealed(u->status) && zl_history_suspended(u->amendments, NULL, &until, NULL))
        printf("[SUSPENDED%s%s: law, not applied%s]\n", until ? " until " : "", until ? until : "",
               until ? " until then" : "");
    /* A repeal dated ahead, of the unit or its law: in force until then. */
    if (!is_repealed(u->status) && u->valid_to != NULL && !zl_day_passed(u->valid_to, NULL)) {
        char *due = zl_day_after(u->valid_to);
        printf("[WILL BE REPEALED on %s: in force until then]\n", due ? due : "?");
        g_free(due);
    }
    GPtrArray *marks = g_ptr_array_new();
    int len = (int)strlen(u->text);
    for (guint i = 0; u->parts && i < u->parts->len; i++) {
        zs_part *p = u->parts->pdata[i];
        if (g_strcmp0(p->status, "in_force") != 0 && p->end > 0 && p->end <= len)
            g_ptr_array_add(marks, p);
    }
    g_ptr_array_sort(marks, by_end);
    int at = 0;
    for (guint i = 0; i < marks->len; i++) {
        const zs_part *p = marks->pdata[i];
        int end = p->end;
        while (end > at && (u->text[end - 1] == '\n' || u->text[end - 1] == ' '))
            end--;
        fwrite(u->text + at, 1, (size_t)(end - at), stdout);
        char *key = zs_part_shown(p->key);
        if (g_strcmp0(p->status, "not_yet_in_force") == 0)
            printf("  [%s NOT YET IN FORCE: from %s]", key, p->in_force_from ? p->in_force_from : "?");
        else if (g_strcmp0(p->status, "suspended") == 0 && p->suspended_until != NULL)
            printf("  [%s SUSPENDED until %s: not applied until then]", key, p->suspended_until);
        else if (g_strcmp0(p->status, "suspended") == 0)
            printf("  [%s SUSPENDED: not applied]", key);
        else
            printf("  [%s %s%s%s]", key, g_strcmp0(p->repealed_how, "expired") == 0 ? "EXPIRED" : "REPEALED",
                   p->repealed_on ? " on " : "", p->repealed_on ? p->repealed_on : "");
        g_free(key);
        at = end;
    }
    printf("%s\n", u->text + at);
    g_ptr_array_free(marks, TRUE);
    for (guint i = 0; u->amendments && i < u->amendments->len; i++) {
        const zs_amendment *a = u->amendments->pdata[i];
        /* A change dated ahead has not happened yet: said so. */
        bool ahead = a->date != NULL && !zl_day_passed(a->date, NULL);
        char *part = zs_part_shown(a->part);
        printf("%-12s %s %s%s %s: %s\n", i ? "" : "history", a->date ? a->date : "?", a->change,
               ahead ? " (not yet in effect)" : "", part ? part : "(the whole unit)", a->note ? a->note : "");
        g_free(part);
    }
}

int
cmd_show(zc_context *ctx, int argc, char **argv)
{
    char *as = NULL;
    char **db = NULL;
    char *config = NULL;
    gboolean json = FALSE, pretty = FALSE;
    GOptionEntry entries[] = {
        {"db", 0, 0, G_OPTION_ARG_STRING_ARRAY, &db,
         "Database: an index folder or tcp://HOST:PORT (xapian-tcpsrv); repeat to search several as one "
         "(default: $ZAALT_DB or ./zaalt-db)",
         "DB"},
        {"config", 'c', 0, G_OPTION_ARG_STRING, &config,
         "Corpus config whose [index] search (or db) names the databases, when no --db is given", "FILE"},
        {"as", 0, 0, G_OPTION_ARG_STRING, &as, "Search as this user would (default: the operator, who sees all)",
         "USER"},
        {"json", 0, 0, G_OPTION_ARG_NONE, &json, "Print JSON", NULL},
        {"pretty", 0, 0, G_OPTION_ARG_NONE, &pretty, "Indent the JSON", NULL},
        {NULL}};
    GOptionContext *octx = g_option_context_new("ID - show a document or unit");
    g_option_context_add_main_entries(octx, entries, NULL);
    int status = 0;
    char **args = cli_parse(octx, argc, argv, &status);
    g_option_context_free(octx);
    if (!args)
        goto out;
    if (!args[1] || args[2]) {
        cli_error("show needs exactly one document or unit id (see: zaalt show --help)");
        status = EXIT_USER;
        goto out;
    }
    GError *err = NULL;
    zs_engine *e = cli_open_engine(ctx, db, config, as, &err);
    if (!e) {
        cli_error("%s", err->message);
        status = cli_status_for(err);
        g_error_free(err);
        goto out;
    }
    zs_document *d = zs_get_document(e, args[1], &err);
    char **missing = zs_engine_missing(e);
    for (char **m = missing; *m; m++)
        cli_error("warning: %s did not answer; a document there cannot be shown", *m);
    g_strfreev(missing);
    if (!d) {
        cli_error("%s", err->message);
        status = cli_status_for(err);
        g_error_free(err);
    } else if (json) {
        zs_document_load_citations(e, d, NULL);
        char *s = zs_document_to_json(d, pretty);
        printf("%s\n", s);
        g_free(s);
    } else {
        printf("%s\n\n", d->title ? d->title : "(untitled)");
        field("id", d->id);
        field("type", d->type);
        field("language", d->lang);
        field("date", d->date);
        field("court", d->court);
        field("case", d->case_number);
        field("outcome", d->outcome);
        field("format", d->format);
        char *where = g_strdup_printf("%s/%s", d->source ? d->source : "", d->path ? d->path : "");
        field("path", where);
        g_free(where);
        if (d->articles->len) {
            g_ptr_array_add(d->articles, NULL);
            char *a = g_strjoinv(", ", (char **)d->articles->pdata);
            g_ptr_array_remove_index(d->articles, d->articles->len - 1);
            field("articles", a);
            g_free(a);
        }
        field("amended to", d->amended_to);
        for (guint i = 0; d->act_amendments && i < d->act_amendments->len; i++) {
            const zs_amendment *a = d->act_amendments->pdata[i];
            /* An article the text no longer holds ("13-21 дүгээр зүйл /…
             * хүчингүй…/") is recorded on the act under its number: the
             * act lives on. */
            if (a->part != NULL && is_repealed(a->change))
                printf("%-12s article %s REPEALED on %s (no longer in the text)\n", "history", a->part,
                       a->date ? a->date : "?");
            else if (a->part != NULL)
                continue;
            else if (is_repealed(a->change) && a->date != NULL && !zl_day_passed(a->date, NULL))
                printf("%-12s WILL BE REPEALED on %s, the act as a whole: in force until then\n", "status", a->date);
            else if (is_repealed(a->change))
                printf("%-12s REPEALED on %s, the act as a whole: not law in force\n", "status",
                       a->date ? a->date : "?");
        }
        char units[32];
        g_snprintf(units, sizeof units, "%u", d->units->len);
        field("units", units);
        zs_document_load_citations(e, d, NULL);
        for (guint i = 0; i < d->cites->len; i++) {
            const zs_link *l = d->cites->pdata[i];
            char *repealed = g_strcmp0(l->status, "repealed") != 0 ? g_strdup("")
                             : g_strdup_printf("  [%s%s%sREPEALED%s%s]", l->part ? "part " : "", l->part ? l->key : "",
                                               l->part ? " " : "", l->repealed_on ? " on " : "",
                                               l->repealed_on ? l->repealed_on : "");
            if (l->via != NULL && repealed[0] != '\0')
                /* A 2002 Code provision: repealed itself; its successor
                 * named after, so that the mark is not read as the
                 * successor's. */
                printf("%-12s %s%s, now %s%s%s\n", i ? "" : "cites", l->key, repealed, l->via, l->label ? " — " : "",
                       l->label ? l->label : "");
            else
                printf("%-12s %s%s%s%s%s\n", i ? "" : "cites", l->key, l->label ? " — " : "", l->label ? l->label : "",
                       l->within ? " (in this document)" : l->target ? "" : " (not in the index)", repealed);
            g_free(repealed);
        }
        for (guint i = 0; i < d->cited_by->len; i++) {
            const zs_citations *c = d->cited_by->pdata[i];
            if (c->predecessor_of != NULL)
                printf("%-12s %s, the 2002 Code's article before %s%s: %u document%s\n", "cited by", c->key,
                       c->predecessor_of, c->uncertain ? " (correspondence not verified)" : "", c->documents,
                       c->documents == 1 ? "" : "s");
            else
                printf("%-12s %s: %u document%s\n", "cited by", c->key, c->documents, c->documents == 1 ? "" : "s");
            for (guint k = 0; k < c->citing->len; k++) {
                const zs_citing *x = c->citing->pdata[k];
                printf("%-12s   %s  %s%s%s  [%s]\n", "", x->date ? x->date : "          ",
                       x->case_number ? x->case_number : "", x->case_number ? " " : "", x->title ? x->title : "",
                       x->doc);
            }
        }
        if (d->focus >= 0) {
            print_unit(d->units->pdata[d->focus]);
        } else {
            for (guint i = 0; i < d->units->len; i++)
                print_unit(d->units->pdata[i]);
        }
    }
    zs_document_free(d);
    zs_engine_free(e);
out:
    g_strfreev(args);
    g_strfreev(db);
    g_free(config);
    g_free(as);
    return status;
}
