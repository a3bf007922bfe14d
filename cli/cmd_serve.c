/* cmd_serve.c — `zaalt serve [--db DIR] [--port N] [--bind ADDR] [--cache-mb N]
 * [--max-per-address N] [--host NAME]...`: parse the options and run the web
 * server (web/server.h) until SIGINT or SIGTERM.
 *
 * Not for: anything the server does once started.  Exit status: 0 after a
 * clean stop; 1 for the user's errors (bad option, address, port in use);
 * for the index, whatever cli_status_for says, as for every command.
 */
#include "cli/cli.h"
#include "search/search.h"
#include "web/auth.h"
#include "web/saved.h"
#include "web/server.h"

#include <unistd.h>

/* Becomes zaalt-serve (serve_main.c) when it sits beside this program:
 * the same server, without the indexer's libraries.  Returns only when it
 * cannot, and the server then runs in this process. */
static void
become_lean_server(int argc, char **argv)
{
    char *self = g_file_read_link("/proc/self/exe", NULL);
    if (self == NULL)
        return;
    char *dir = g_path_get_dirname(self);
    char *lean = g_build_filename(dir, "zaalt-serve", NULL);
    if (g_file_test(lean, G_FILE_TEST_IS_EXECUTABLE)) {
        char **args = g_new0(char *, argc + 1);
        args[0] = lean;
        for (int i = 1; i < argc; i++)
            args[i] = argv[i];
        execv(lean, args);
        g_free(args); /* execv failed: serve from here */
    }
    g_free(lean);
    g_free(dir);
    g_free(self);
}

int
cmd_serve(zc_context *ctx, int argc, char **argv)
{
    become_lean_server(argc, argv);
    return cli_serve(ctx, argc, argv);
}

int
cli_serve(zc_context *ctx, int argc, char **argv)
{
    /* Here rather than in main(): `zaalt serve` becomes zaalt-serve, and
     * the process that serves says it once. */
    cli_warn_without_config(ctx);
    char **db = NULL;
    char *config = NULL;
    char *bind = NULL;
    int port = 8080;
    int cache_mb = ZW_CACHE_DEFAULT_MB;
    int doc_page_kb = ZW_DOC_PAGE_KB_DEFAULT;
    int per_address = ZW_MAX_PER_ADDRESS_DEFAULT;
    char **hosts = NULL;
    char *tls_cert = NULL, *tls_key = NULL, *audit_log = NULL, *saved_searches = NULL;
    int session_idle = 0, max_failures = 0, window = 0;
    GOptionEntry entries[] = {
        {"db", 0, 0, G_OPTION_ARG_STRING_ARRAY, &db,
         "Database: an index folder or tcp://HOST:PORT (xapian-tcpsrv); repeat to search several as one "
         "(default: $ZAALT_DB or ./zaalt-db)",
         "DB"},
        {"config", 'c', 0, G_OPTION_ARG_STRING, &config,
         "Corpus config whose [index] search (or db) names the databases, when no --db is given", "FILE"},
        {"port", 0, 0, G_OPTION_ARG_INT, &port, "Port to listen on (default 8080; 0: any free port)", "N"},
        {"bind", 0, 0, G_OPTION_ARG_STRING, &bind, "Numeric address to listen on (default 127.0.0.1)", "ADDR"},
        {"cache-mb", 0, 0, G_OPTION_ARG_INT, &cache_mb,
         "Megabytes of compressed search answers kept for repeated searches (default 8; 0: none)", "N"},
        {"doc-page-kb", 0, 0, G_OPTION_ARG_INT, &doc_page_kb,
         "Kilobytes of a document's text one viewer page shows; a longer document is shown a stretch at a time "
         "(default " G_STRINGIFY(ZW_DOC_PAGE_KB_DEFAULT) ")",
         "N"},
        {"max-per-address", 0, 0, G_OPTION_ARG_INT, &per_address,
         "Connections one client address may hold at once, of " G_STRINGIFY(
             ZW_CONNECTION_LIMIT) " (default " G_STRINGIFY(ZW_MAX_PER_ADDRESS_DEFAULT) "; behind a reverse proxy every "
                                                                                       "connection comes from its "
                                                                                       "address)",
         "N"},
        {"host", 0, 0, G_OPTION_ARG_STRING_ARRAY, &hosts,
         "A name this server answers to in the Host header, as NAME (any port) or NAME:PORT, besides its address and "
         "localhost; repeatable (other names get 400: DNS rebinding)",
         "NAME"},
        {"tls-cert", 0, 0, G_OPTION_ARG_FILENAME, &tls_cert,
         "Serve HTTPS with this PEM certificate (chain); sign-in is then accepted on any address", "FILE"},
        {"tls-key", 0, 0, G_OPTION_ARG_FILENAME, &tls_key, "The certificate's PEM private key", "FILE"},
        {"audit-log", 0, 0, G_OPTION_ARG_FILENAME, &audit_log,
         "Append the audit log (sign-ins, and what signed-in readers were shown above public) to FILE (default: "
         "DB/audit.log)",
         "FILE"},
        {"saved-searches", 0, 0, G_OPTION_ARG_FILENAME, &saved_searches,
         "Keep signed-in readers' saved searches in FILE (default: DB/saved-searches.json; the server writes it)",
         "FILE"},
        {"session-idle", 0, 0, G_OPTION_ARG_INT, &session_idle,
         "Seconds without a request after which a session ends (default " G_STRINGIFY(ZW_SESSION_IDLE_DEFAULT_S) ")",
         "S"},
        {"login-max-failures", 0, 0, G_OPTION_ARG_INT, &max_failures,
         "Failed sign-ins for one user name or from one address after which attempts get 429 (default " G_STRINGIFY(
             ZW_LOGIN_MAX_FAILURES_DEFAULT) ")",
         "N"},
        {"login-window", 0, 0, G_OPTION_ARG_INT, &window,
         "Seconds the failed sign-ins are counted over (default " G_STRINGIFY(ZW_LOGIN_WINDOW_DEFAULT_S) ")", "S"},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GOptionContext *octx = g_option_context_new("- serve the search page, document viewer and JSON API");
    g_option_context_set_summary(octx,
                                 "Serves the search page (/, /search), the document viewer (/doc/ID), the\n"
                                 "provision viewer (/provision/13.1), originals (/file/DOCID) and the JSON API\n"
                                 "(/api/search, /api/facets, /api/doc/ID, /api/provision/KEY, /api/suggest;\n"
                                 "see docs/API.md) over a read-only index, to anonymous visitors: public\n"
                                 "documents only.  Picks up re-indexing as it happens.  Stops on SIGINT or SIGTERM.\n"
                                 "\n"
                                 "Against hostile clients: a request whose headers take more than 10 s is cut, one\n"
                                 "address holds at most --max-per-address connections, a Host header that names\n"
                                 "neither this address, localhost nor a --host is refused (400), and so are a\n"
                                 "page= beyond 1000 or the last page, a q= over 256 characters, and a search\n"
                                 "answer over 128 KB (HTML) or 512 KB (JSON).");
    g_option_context_add_main_entries(octx, entries, NULL);
    int status = 0;
    char **args = cli_parse(octx, argc, argv, &status);
    g_option_context_free(octx);
    if (args == NULL)
        goto out;
    if (args[0] != NULL && args[1] != NULL) {
        cli_error("serve: unexpected argument '%s' (see: zaalt serve --help)", args[1]);
        status = EXIT_USER;
        goto out;
    }
    if (port < 0 || port > 65535) {
        cli_error("serve: --port must be from 0 to 65535");
        status = EXIT_USER;
        goto out;
    }

    if (cache_mb < 0 || cache_mb > 4096) {
        cli_error("serve: --cache-mb must be from 0 to 4096");
        status = EXIT_USER;
        goto out;
    }
    if (doc_page_kb < 1 || doc_page_kb > 65536) {
        cli_error("serve: --doc-page-kb must be from 1 to 65536");
        status = EXIT_USER;
        goto out;
    }
    if (per_address < 1 || per_address > ZW_CONNECTION_LIMIT) {
        cli_error("serve: --max-per-address must be from 1 to %d", ZW_CONNECTION_LIMIT);
        status = EXIT_USER;
        goto out;
    }
    for (char **h = hosts; h != NULL && *h != NULL; h++) {
        if (!zw_host_name_is_valid(*h)) {
            cli_error("serve: --host wants NAME or NAME:PORT, not '%s'", *h);
            status = EXIT_USER;
            goto out;
        }
    }

    if (session_idle < 0 || max_failures < 0 || window < 0) {
        cli_error("serve: --session-idle, --login-max-failures and --login-window must be positive");
        status = EXIT_USER;
        goto out;
    }
    if ((tls_cert == NULL) != (tls_key == NULL)) {
        cli_error("serve: --tls-cert and --tls-key go together");
        status = EXIT_USER;
        goto out;
    }
    GError *error = NULL;
    char **dbs = cli_dbs(db, config, &error);
    /* The audit log lives with the index unless told otherwise. */
    char *audit = audit_log ? g_strdup(audit_log)
                  : dbs && dbs[0] && !g_str_has_prefix(dbs[0], "tcp://") ? g_build_filename(dbs[0], "audit.log", NULL)
                                                                          : NULL;
    char *saved = saved_searches ? g_strdup(saved_searches)
                  : dbs && dbs[0] && !g_str_has_prefix(dbs[0], "tcp://")
                      ? g_build_filename(dbs[0], ZW_SAVED_FILE, NULL)
                      : NULL;
    zw_options options = {
        .bind = bind ? bind : "127.0.0.1",
        .port = (unsigned)port,
        .cache_mb = (unsigned)cache_mb,
        .doc_page_kb = (unsigned)doc_page_kb,
        .max_per_address = (unsigned)per_address,
        .hosts = (const char *const *)hosts,
        .tls_cert = tls_cert,
        .tls_key = tls_key,
        .audit_log = audit,
        .saved_searches = saved,
        .session_idle_s = (unsigned)session_idle,
        .login_max_failures = (unsigned)max_failures,
        .login_window_s = (unsigned)window,
    };
    int served = dbs ? zw_serve(ctx, (const char *const *)dbs, &options, &error) : -1;
    g_strfreev(dbs);
    g_free(audit);
    g_free(saved);
    if (served != 0) {
        cli_error("%s", error ? error->message : "serve failed");
        if (error != NULL && error->domain == ZS_ERROR)
            status = cli_status_for(error);
        else if (error != NULL && error->domain == ZW_ERROR &&
                 (error->code == ZW_ERROR_ADDRESS || error->code == ZW_ERROR_LISTEN))
            status = EXIT_USER;
        else if (error != NULL && error->domain != ZW_ERROR)
            status = EXIT_USER; /* the --config file cannot be read */
        else
            status = EXIT_INTERNAL;
        g_clear_error(&error);
    }

out:
    g_strfreev(args);
    g_strfreev(db);
    g_free(config);
    g_free(bind);
    g_strfreev(hosts);
    g_free(tls_cert);
    g_free(tls_key);
    g_free(audit_log);
    g_free(saved_searches);
    return status;
}
