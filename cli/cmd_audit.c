/* cmd_audit.c — `zaalt audit`: prints the audit log that `zaalt serve`
 * appends (web/audit.h: one JSON line per sign-in, failure and sign-out,
 * and per search, view or download that showed a signed-in reader what the
 * public does not see), filtered by user, document, action and date.
 *
 * Not for: writing the log (web/audit.c); the log is never rewritten, so
 * this only reads it.
 */
#include "cli/cli.h"

#include <errno.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

typedef struct filters {
    const char *user, *doc, *action, *since, *until;
} filters;

static const char *
member(JsonObject *o, const char *name)
{
    JsonNode *n = json_object_get_member(o, name);
    return n && JSON_NODE_HOLDS_VALUE(n) && json_node_get_value_type(n) == G_TYPE_STRING ? json_node_get_string(n) : "";
}

/* Whether one line passes the filters.  A document matches by its id or
 * any unit of it (ID-N), in the ids shown or the path. */
static bool
wanted(JsonObject *o, const filters *f)
{
    if (f->user && strcmp(member(o, "user"), f->user) != 0)
        return false;
    if (f->action && strcmp(member(o, "action"), f->action) != 0)
        return false;
    /* Times are ISO 8601 in UTC: a date compares as a prefix. */
    const char *t = member(o, "time");
    if (f->since && strncmp(t, f->since, strlen(f->since)) < 0)
        return false;
    if (f->until && strncmp(t, f->until, strlen(f->until)) > 0)
        return false;
    if (f->doc) {
        size_t n = strlen(f->doc);
        bool hit = strstr(member(o, "path"), f->doc) != NULL;
        JsonArray *ids = json_object_has_member(o, "ids") ? json_object_get_array_member(o, "ids") : NULL;
        for (guint i = 0; !hit && ids && i < json_array_get_length(ids); i++) {
            const char *id = json_array_get_string_element(ids, i);
            hit = id && strncmp(id, f->doc, n) == 0 && (id[n] == 0 || id[n] == '-');
        }
        if (!hit)
            return false;
    }
    return true;
}

static void
print_line(JsonObject *o)
{
    printf("%s  %-12s %-16s %-15s %s", member(o, "time"), *member(o, "user") ? member(o, "user") : "-",
           member(o, "action"), member(o, "address"), member(o, "path"));
    if (*member(o, "query"))
        printf("  q=%s", member(o, "query"));
    JsonArray *ids = json_object_has_member(o, "ids") ? json_object_get_array_member(o, "ids") : NULL;
    for (guint i = 0; ids && i < json_array_get_length(ids); i++)
        printf("%s%s", i ? "," : "  ids=", json_array_get_string_element(ids, i));
    if (json_object_has_member(o, "status"))
        printf("  %" G_GINT64_FORMAT, json_object_get_int_member(o, "status"));
    putchar('\n');
}

int
cmd_audit(zc_context *ctx, int argc, char **argv)
{
    char *db = NULL, *file = NULL;
    filters f = {0};
    char *user = NULL, *doc = NULL, *action = NULL, *since = NULL, *until = NULL;
    gboolean as_json = FALSE;
    GOptionEntry entries[] = {
        {"db", 0, 0, G_OPTION_ARG_STRING, &db,
         "Database folder whose audit.log to read (default: $ZAALT_DB or ./zaalt-db)", "DIR"},
        {"file", 'f', 0, G_OPTION_ARG_FILENAME, &file, "The audit log to read (as serve --audit-log)", "FILE"},
        {"user", 'u', 0, G_OPTION_ARG_STRING, &user, "Only this user's lines", "NAME"},
        {"doc", 'd', 0, G_OPTION_ARG_STRING, &doc, "Only lines that showed this document (or a unit of it)", "ID"},
        {"action", 'a', 0, G_OPTION_ARG_STRING, &action,
         "Only this action: search, view, download, sign-in, sign-in-failed, sign-in-refused, sign-out", "ACTION"},
        {"since", 0, 0, G_OPTION_ARG_STRING, &since, "Only lines from this UTC date or time on (2025-03-01)", "DATE"},
        {"until", 0, 0, G_OPTION_ARG_STRING, &until, "Only lines up to this UTC date or time (inclusive)", "DATE"},
        {"json", 0, 0, G_OPTION_ARG_NONE, &as_json, "Print the matching lines as they are (JSON, one a line)", NULL},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GOptionContext *octx = g_option_context_new("- print the audit log of zaalt serve, filtered");
    g_option_context_add_main_entries(octx, entries, NULL);
    int status = 0;
    char **args = cli_parse(octx, argc, argv, &status);
    g_option_context_free(octx);
    if (!args)
        goto out;
    char *path = file ? g_strdup(file) : g_build_filename(cli_default_db(db), "audit.log", NULL);
    FILE *in = fopen(path, "r");
    if (!in) {
        cli_error("cannot read the audit log %s: %s", path, g_strerror(errno));
        status = EXIT_USER;
    } else {
        f = (filters){user, doc, action, since, until};
        JsonParser *p = json_parser_new();
        char *line = NULL;
        size_t cap = 0;
        ssize_t len;
        unsigned lineno = 0;
        while ((len = getline(&line, &cap, in)) > 0) {
            lineno++;
            if (!json_parser_load_from_data(p, line, len, NULL) || !JSON_NODE_HOLDS_OBJECT(json_parser_get_root(p))) {
                cli_error("%s:%u: not a line of the audit log", path, lineno);
                status = EXIT_USER;
                continue;
            }
            JsonObject *o = json_node_get_object(json_parser_get_root(p));
            if (!wanted(o, &f))
                continue;
            if (as_json)
                fputs(line, stdout);
            else
                print_line(o);
        }
        free(line);
        g_object_unref(p);
        fclose(in);
    }
    g_free(path);
    g_strfreev(args);
out:
    g_free(db);
    g_free(file);
    g_free(user);
    g_free(doc);
    g_free(action);
    g_free(since);
    g_free(until);
    (void)ctx;
    return status;
}
