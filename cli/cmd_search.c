/* cmd_search.c — `zaalt search [--db DIR] [--json] [--limit N] [--offset N]
 * [--filter FIELD:VALUE]... QUERY`.  For people: numbered hits with their
 * label (and its unofficial English heading, where there is one), path,
 * snippet and facet counts.  With --json: the JSON contract
 * (search/json.c), the same as GET /api/search.  With --format csv|ris: the
 * hits (up to 1,000) as a spreadsheet or citation-manager export
 * (web/export.c), the same as GET /api/search?format=csv|ris.  With
 * --queries FILE: each line of FILE a query, asked with the same options of
 * one engine opened once (the dictionary is most of a search's start), with
 * --json one object a line. */
#include "cli/cli.h"
#include "cli/term.h"
#include "legal/amendment.h"
#include "search/history.h"
#include "search/search.h"
#include "web/export.h"
#include "web/web.h"

#include <json-glib/json-glib.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* After an end read from "… хүртэл" (until; every expiry is): the legal
 * layer reads the day named as the first day no longer in force. */
static const char UNTIL_NOTE[] = " (\"хүртэл\" read as exclusive: its last day in force is the day before)";

static void
print_hits(const zs_results *r, unsigned offset, bool tty)
{
    char *query = term_text(r->query);
    printf("%u document%s match \"%s\" (%.1f ms)\n", r->total, r->total == 1 ? "" : "s", query, r->elapsed_ms);
    g_free(query);
    /* The JSON and the web page offer it; a reader of the terminal, told
     * only that a word cannot be translated, needs it most. */
    if (r->searched_as != NULL) {
        char *s = term_text(r->searched_as);
        printf("(showing results for \"%s\"; --as-typed searches the words as typed)\n", s);
        g_free(s);
    } else if (r->suggestion && *r->suggestion && g_strcmp0(r->suggestion, r->query) != 0) {
        char *s = term_text(r->suggestion);
        printf("(did you mean: \"%s\"?)\n", s);
        g_free(s);
    }
    for (guint i = 0; r->dropped && i < r->dropped->len; i++)
        printf(r->total > 0 ? "(no document has \"%s\": searched without it)\n" : "(no document has \"%s\")\n",
               (char *)r->dropped->pdata[i]);
    for (guint i = 0; r->only_repealed && i < r->only_repealed->len; i++)
        printf(r->total > 0 ? "(\"%s\" is only in repealed law: searched without it; add status:any to see it)\n"
                            : "(\"%s\" is only in repealed law: add status:any to see it)\n",
               (char *)r->only_repealed->pdata[i]);
    /* Every word is in repealed law only: said first, since the in-force
     * answers below hold only some of them. */
    if (r->repealed_all > 0)
        printf("(only repealed law holds every word: %u document%s of repealed provisions; add status:any to see "
               "%s)\n",
               r->repealed_all, r->repealed_all == 1 ? "" : "s", r->repealed_all == 1 ? "it" : "them");
    if (r->partial_of > 0)
        printf("(no document has every word: these have %u of the %u)\n", r->partial_matched, r->partial_of);
    /* Few documents hold every word: those holding most follow, marked. */
    for (guint i = 0; r->partial_of == 0 && i < r->hits->len; i++)
        if (((zs_hit *)r->hits->pdata[i])->partial_of > 0) {
            printf("(only %u document%s %s every word; below, marked, those holding the most)\n", r->total,
                   r->total == 1 ? "" : "s", r->total == 1 ? "holds" : "hold");
            break;
        }
    for (guint i = 0; r->notices && i < r->notices->len; i++)
        printf("(%s)\n", (char *)r->notices->pdata[i]);
    if (r->repealed_matching > 0 && r->repealed_all == 0)
        printf("(%u repealed provision%s also match%s: add status:any to see %s)\n", r->repealed_matching,
               r->repealed_matching == 1 ? "" : "s", r->repealed_matching == 1 ? "es" : "",
               r->repealed_matching == 1 ? "it" : "them");
    /* English the law's words do not carry is named as such, whether or
     * not the rest found something. */
    for (guint i = 0; r->untranslated && i < r->untranslated->len; i++)
        printf(r->total > 0 ? "(no document has every word: searched without \"%s\", English that Zaalt cannot "
                              "translate into the law's words)\n"
                            : "(\"%s\" is English that Zaalt cannot translate into the law's words)\n",
               (char *)r->untranslated->pdata[i]);
    /* The hits said as of the day an in-force filter asked about (NULL:
     * today), as the search made them. */
    const char *day = r->in_force_day;
    for (guint i = 0; i < r->hits->len; i++) {
        zs_hit *h = r->hits->pdata[i];
        char *title = term_text(h->title ? h->title : "(untitled)");
        /* A statute's English name beside it, as its article's heading is
         * below: an English reader knows which law answered. */
        char *title_en = h->title_en && *h->title_en ? term_text(h->title_en) : NULL;
        printf("\n%3u. %s%s%s%s\n", offset + i + 1, title, title_en ? " [unofficial English: " : "",
               title_en ? title_en : "", title_en ? "]" : "");
        g_free(title_en);
        g_free(title);
        GString *meta = g_string_new("     ");
        g_string_append(meta, h->type ? h->type : "other");
        if (h->lang)
            g_string_append_printf(meta, ", %s", h->lang);
        if (h->date)
            g_string_append_printf(meta, ", %s", h->date);
        if (h->court)
            g_string_append_printf(meta, ", %s", h->court);
        if (h->label)
            g_string_append_printf(meta, " · %s", h->label);
        /* The team's English heading, which the JSON gives as label_en: a
         * reader who searched in English sees what the article is about. */
        if (h->label_en && *h->label_en)
            g_string_append_printf(meta, " [unofficial English: %s]", h->label_en);
        if (h->page > 0)
            g_string_append_printf(meta, " · page %d", h->page);
        if (h->partial_of > 0)
            g_string_append_printf(meta, " · PARTIAL: %u of the %u terms", h->partial_matched, h->partial_of);
        /* A provision that is no longer law says so on its own line's
         * first glance, not only in a facet. */
        if (h->status && strcmp(h->status, "repealed") == 0 && h->repealed_parts != NULL) {
            /* The hit is the article's repealed parts; the article lives. */
            char *keys = g_strdelimit(zs_part_shown(h->repealed_parts), "\n", ',');
            g_string_append_printf(meta, " · PART %s %s%s%s (the article is in force)%s", keys,
                                   g_strcmp0(h->repealed_how, "expired") == 0 ? "EXPIRED" : "REPEALED",
                                   h->repealed_on ? " on " : "", h->repealed_on ? h->repealed_on : "",
                                   g_strcmp0(h->repealed_how, "expired") == 0 ? UNTIL_NOTE : "");
            g_free(keys);
        } else if (h->status && strcmp(h->status, "repealed") == 0) {
            /* A temporary law or part whose time ran out: no law repealed it. */
            g_string_append_printf(meta, " · %s%s%s%s",
                                   g_strcmp0(h->repealed_how, "expired") == 0 ? "EXPIRED" : "REPEALED",
                                   h->repealed_on ? " on " : "", h->repealed_on ? h->repealed_on : "",
                                   g_strcmp0(h->repealed_how, "expired") == 0 ? UNTIL_NOTE : "");
        } else if (h->valid_from && !zl_day_passed(h->valid_from, day)) {
            /* Adopted, not yet law in force: the day it will be. */
            g_string_append_printf(meta, " · NOT YET IN FORCE: from %s", h->valid_from);
        }
        /* A repeal dated ahead has not happened, but the reader must know. */
        if (h->valid_to != NULL && g_strcmp0(h->status, "repealed") != 0) {
            char *due = zl_day_after(h->valid_to);
            g_string_append_printf(meta, " · WILL BE REPEALED on %s", due ? due : "?");
            g_free(due);
        }
        for (guint k = 0; h->scheduled != NULL && k < h->scheduled->len; k++) {
            const zr_amendment *a = h->scheduled->pdata[k];
            char *part = zs_part_shown(a->part);
            /* A part in force until a day ends as surely, though no law repeals it. */
            g_string_append_printf(meta, " · PART %s %s on %s%s", part,
                                   g_strcmp0(a->change, "expired") == 0 ? "WILL EXPIRE" : "WILL BE REPEALED", a->date,
                                   g_strcmp0(a->change, "expired") == 0 ? UNTIL_NOTE : "");
            g_free(part);
        }
        /* Law, but not applied today; or words in the text not law yet. */
        for (guint k = 0; h->suspended != NULL && k < h->suspended->len; k++) {
            const zr_amendment *a = h->suspended->pdata[k];
            char *part = zs_part_shown(a->part);
            g_string_append_printf(meta, " · %s%s%sSUSPENDED%s%s", part ? "PART " : "", part ? part : "",
                                   part ? " " : "", a->date ? " until " : "", a->date ? a->date : "");
            g_free(part);
        }
        for (guint k = 0; h->pending != NULL && k < h->pending->len; k++) {
            const zr_amendment *a = h->pending->pdata[k];
            char *part = zs_part_shown(a->part);
            g_string_append_printf(meta, " · PART %s NOT YET IN FORCE: from %s", part, a->date ? a->date : "?");
            g_free(part);
        }
        if (h->match_not_yet_in_force)
            g_string_append(meta, " (the words asked for are only in what is not yet in force)");
        /* The law of a day: its parts not law on that day, whatever matched. */
        for (guint k = 0; h->parts_gone != NULL && k < h->parts_gone->len; k++) {
            const zr_amendment *a = h->parts_gone->pdata[k];
            char *part = zs_part_shown(a->part);
            bool expired = g_strcmp0(a->change, "expired") == 0;
            g_string_append_printf(meta, " · PART %s NOT IN FORCE on %s (%s on %s)%s", part, day ? day : "that day",
                                   expired ? "expired" : "repealed", a->date ? a->date : "?", expired ? UNTIL_NOTE : "");
            g_free(part);
        }
        char *safe = term_text(meta->str);
        printf("%s\n", safe);
        g_free(safe);
        g_string_free(meta, TRUE);
        char *where = g_strdup_printf("%s/%s", h->source ? h->source : "", h->path ? h->path : "");
        safe = term_text(where);
        printf("     %s  [%s]\n", safe, h->id);
        g_free(safe);
        g_free(where);
        if (h->snippet && *h->snippet) {
            char *text = term_text(h->snippet); /* before the tty's own bold */
            char *s = term_from_html(text, tty);
            printf("     %s\n", s);
            g_free(s);
            g_free(text);
        }
        if (h->more > 0)
            printf("     +%u more matching part%s in this document\n", h->more, h->more == 1 ? "" : "s");
    }
    for (guint i = 0; i < r->facets->len; i++) {
        zs_facet *f = r->facets->pdata[i];
        if (f->values->len == 0)
            continue;
        if (i == 0)
            printf("\n");
        printf("%s:", f->name);
        for (guint j = 0; j < f->values->len && j < 12; j++) {
            zs_facet_value *v = f->values->pdata[j];
            printf("%s %s (%u)", j ? "," : "", v->value, v->count);
        }
        if (f->values->len > 12)
            printf(", …");
        printf("\n");
    }
}

/* One query asked and printed as the options say.  In a batch (--queries)
 * with --json an error is a line of its own, {"query": …, "error": {"code":
 * …, "message": …}}, the API's error object with its code, and the next
 * query is asked. */
static int
search_one(zs_engine *e, const zs_request *tmpl, const char *query, int limit, unsigned offset, bool json,
           bool pretty, bool batch, zw_export_format format, const char *base_url)
{
    bool export = format != ZW_EXPORT_JSON;
    zs_request req = *tmpl;
    req.query = query;
    GError *err = NULL;
    zs_results *r = zs_query_check(query, &err) ? zs_search(e, &req, &err) : NULL;
    if (!r) {
        int status = cli_status_for(err);
        if (batch && json) {
            const char *code = NULL;
            zw_status_for_error(err, &code);
            JsonBuilder *b = json_builder_new();
            json_builder_begin_object(b);
            json_builder_set_member_name(b, "query");
            json_builder_add_string_value(b, query);
            json_builder_set_member_name(b, "error");
            json_builder_begin_object(b);
            json_builder_set_member_name(b, "code");
            json_builder_add_string_value(b, code);
            json_builder_set_member_name(b, "message");
            json_builder_add_string_value(b, err->message);
            json_builder_end_object(b);
            json_builder_end_object(b);
            JsonNode *root = json_builder_get_root(b);
            char *line = json_to_string(root, FALSE);
            printf("%s\n", line);
            g_free(line);
            json_node_unref(root);
            g_object_unref(b);
        } else {
            /* The query as typed may hold ESC and the like: never raw
             * to a terminal. */
            char *shown = batch ? term_text(query) : NULL;
            cli_error("%s%s%s", batch ? shown : "", batch ? ": " : "", err->message);
            g_free(shown);
        }
        g_error_free(err);
        return status;
    }
    if (limit == 0)
        g_ptr_array_set_size(r->hits, 0);
    /* The answer is partial: say so where a person will see it, also
     * with --json (whose missing_shards field says it to programs). */
    for (char **m = r->missing_shards; m && *m; m++)
        cli_error("warning: %s did not answer; these results leave out its documents", *m);
    if (export) {
        char *s = zw_export(r, format, base_url);
        fputs(s, stdout);
        g_free(s);
    } else if (json) {
        char *s = zs_results_to_json(r, pretty && !batch);
        printf("%s\n", s);
        g_free(s);
    } else {
        if (batch) {
            char *shown = term_text(query);
            printf("==> %s\n", shown);
            g_free(shown);
        }
        print_hits(r, offset, isatty(STDOUT_FILENO));
        if (batch)
            printf("\n");
    }
    zs_results_free(r);
    return 0;
}

/* The longest line of a --queries file kept to be asked: a query of
 * ZS_MAX_QUERY_CHARS characters, four bytes each at most, with room for
 * blanks around it.  A longer line is refused by its number and the rest
 * of it read past without being kept, so that a file of one endless line
 * costs no memory. */
#define QUERY_LINE_MAX (4 * ZS_MAX_QUERY_CHARS + 1024)

typedef enum { LINE_QUERY, LINE_TOO_LONG, LINE_NUL, LINE_END } line_kind;

/* The next line of a --queries file (FILE, - for standard input): into
 * `line` (emptied first) as read, up to QUERY_LINE_MAX bytes.  A NUL byte
 * says the file is no text, and stops its reading where it stands
 * (/dev/zero is one endless run of them). */
static line_kind
next_query_line(FILE *in, GString *line)
{
    g_string_truncate(line, 0);
    bool over = false;
    int c;
    while ((c = getc(in)) != EOF && c != '\n') {
        if (c == '\0')
            return LINE_NUL;
        if (line->len < QUERY_LINE_MAX)
            g_string_append_c(line, (char)c);
        else
            over = true;
    }
    if (c == EOF && line->len == 0 && !over)
        return LINE_END;
    return over ? LINE_TOO_LONG : LINE_QUERY;
}

int
cmd_search(zc_context *ctx, int argc, char **argv)
{
    char *as = NULL;
    char **db = NULL;
    char *config = NULL;
    char *sort = NULL;
    char *format_name = NULL, *base_url = NULL;
    char **filters = NULL;
    char *queries_file = NULL;
    gboolean json = FALSE, pretty = FALSE, as_typed = FALSE;
    /* G_MININT: not given (-1 is a value, and refused). */
    int limit = G_MININT, offset = 0;
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
        {"limit", 'n', 0, G_OPTION_ARG_INT, &limit, "Hits to show (default 10)", "N"},
        {"offset", 0, 0, G_OPTION_ARG_INT, &offset, "Hits to skip", "N"},
        {"filter", 'f', 0, G_OPTION_ARG_STRING_ARRAY, &filters,
         "Only documents with FIELD:VALUE (type, lang, year, court, article, outcome, source); repeatable",
         "FIELD:VALUE"},
        {"sort", 0, 0, G_OPTION_ARG_STRING, &sort, "relevance (default), newest or oldest", "ORDER"},
        {"as-typed", 0, 0, G_OPTION_ARG_NONE, &as_typed,
         "Search every word as typed: a word found nowhere is left out, not searched as the word it mistypes", NULL},
        {"format", 0, 0, G_OPTION_ARG_STRING, &format_name,
         "json (as --json), csv or ris: the hits to take away, up to 1,000 (the default --limit then)", "FORMAT"},
        {"base-url", 0, 0, G_OPTION_ARG_STRING, &base_url,
         "Links in an export start with this (the server's address), else they are paths (/doc/ID)", "URL"},
        {"queries", 0, 0, G_OPTION_ARG_FILENAME, &queries_file,
         "Ask each line of FILE (- for standard input) as a query, with these options; with --json one JSON "
         "object a line",
         "FILE"},
        {NULL}};
    GOptionContext *octx = g_option_context_new("QUERY - search the index");
    g_option_context_add_main_entries(octx, entries, NULL);
    g_option_context_set_description(octx, "Query syntax: words (all must match, any inflected form), \"a phrase\",\n"
                                           "AND, OR, NOT, -word, (grouping), field:value (type:decision, lang:mn,\n"
                                           "year:2024, article:13.1, title:word).");
    int status = 0;
    char **args = cli_parse(octx, argc, argv, &status);
    g_option_context_free(octx);
    if (!args)
        goto out;
    zw_export_format format = ZW_EXPORT_JSON;
    if (format_name && !zw_export_format_read(format_name, &format)) {
        cli_error("--format must be json, csv or ris");
        status = EXIT_USER;
        goto out;
    }
    bool export = format_name && format != ZW_EXPORT_JSON;
    if (format_name && format == ZW_EXPORT_JSON)
        json = TRUE;
    if (limit == G_MININT)
        limit = export ? (int)ZW_EXPORT_MAX : 10;
    if (export && limit > (int)ZW_EXPORT_MAX) {
        cli_error("an export holds at most %u hits (--limit)", ZW_EXPORT_MAX);
        status = EXIT_USER;
        goto out;
    }
    if (limit < 0 || offset < 0) {
        cli_error("%s cannot be negative", limit < 0 ? "--limit" : "--offset");
        status = EXIT_USER;
        goto out;
    }
    zs_sort order = ZS_SORT_RELEVANCE;
    if (sort && strcmp(sort, "newest") == 0)
        order = ZS_SORT_DATE_DESC;
    else if (sort && strcmp(sort, "oldest") == 0)
        order = ZS_SORT_DATE_ASC;
    else if (sort && strcmp(sort, "relevance") != 0) {
        cli_error("--sort must be relevance, newest or oldest");
        status = EXIT_USER;
        goto out;
    }
    if (queries_file && args[1]) {
        cli_error("give the queries either in --queries or as arguments, not both");
        status = EXIT_USER;
        goto out;
    }
    if (queries_file && export) {
        cli_error("--queries does not go with --format csv or ris: one export is one search");
        status = EXIT_USER;
        goto out;
    }
    GError *err = NULL;
    FILE *in = NULL;
    if (queries_file) {
        struct stat st;
        in = strcmp(queries_file, "-") == 0 ? stdin : fopen(queries_file, "r");
        if (in == NULL || fstat(fileno(in), &st) != 0 || S_ISDIR(st.st_mode)) {
            cli_error("--queries %s: %s", queries_file, in == NULL ? g_strerror(errno) : "is a folder");
            if (in != NULL && in != stdin)
                fclose(in);
            status = EXIT_USER;
            goto out;
        }
    }
    zs_engine *e = cli_open_engine(ctx, db, config, as, &err);
    if (!e) {
        cli_error("%s", err->message);
        status = cli_status_for(err);
        g_error_free(err);
        if (in != NULL && in != stdin)
            fclose(in);
        goto out;
    }
    zs_request tmpl = {
        .filters = (const char *const *)filters,
        .offset = (unsigned)offset,
        .limit = limit == 0 ? 1 : (unsigned)limit,
        .sort = order,
        .no_snippets = export,
        .no_facets = export,
        .as_typed = as_typed,
    };
    if (in == NULL) {
        char *query = args[1] ? g_strjoinv(" ", args + 1) : g_strdup("");
        status = search_one(e, &tmpl, query, limit, (unsigned)offset, json, pretty, false,
                            export ? format : ZW_EXPORT_JSON, base_url);
        g_free(query);
    }
    /* Each line of --queries is asked as it is read, blank lines left
     * out, each made valid UTF-8 (a file's bytes are not the shell's). */
    GString *line = g_string_new(NULL);
    for (unsigned n = 1; in != NULL; n++) {
        line_kind kind = next_query_line(in, line);
        if (kind == LINE_END)
            break;
        if (kind == LINE_NUL) {
            fflush(stdout);
            cli_error("--queries %s: line %u holds a NUL byte: this is no text file of queries", queries_file, n);
            status = EXIT_USER;
            break;
        }
        if (kind == LINE_TOO_LONG) {
            char *msg = g_strdup_printf("line %u is longer than %d bytes; a query is at most %d characters", n,
                                        QUERY_LINE_MAX, ZS_MAX_QUERY_CHARS);
            if (json) {
                /* One line an asked line, as for any query that cannot be
                 * asked; the query itself is not echoed back. */
                printf("{\"query\":null,\"error\":{\"code\":\"too_long\",\"message\":\"%s\"}}\n", msg);
            } else {
                fflush(stdout);
                cli_error("--queries %s: %s", queries_file, msg);
            }
            g_free(msg);
            status = EXIT_USER;
            continue;
        }
        char *query = g_utf8_make_valid(line->str, (gssize)line->len);
        if (*g_strstrip(query)) {
            int one = search_one(e, &tmpl, query, limit, (unsigned)offset, json, pretty, true,
                                 export ? format : ZW_EXPORT_JSON, base_url);
            if (one != 0)
                status = one;
        }
        g_free(query);
    }
    g_string_free(line, TRUE);
    if (in != NULL && in != stdin)
        fclose(in);
    fflush(stdout);
    zs_engine_free(e);
out:
    g_strfreev(args);
    g_strfreev(filters);
    g_strfreev(db);
    g_free(config);
    g_free(as);
    g_free(sort);
    g_free(format_name);
    g_free(base_url);
    g_free(queries_file);
    return status;
}
