/* serve_main.c — zaalt-serve: `zaalt serve` alone, linked without what only
 * the indexer needs (poppler, tesseract, leptonica, cairo).  A long-running
 * server would otherwise keep some 9 MB of those libraries' pages resident
 * for nothing.  `zaalt serve` runs it in its place when it sits beside it
 * (cmd_serve.c); it takes the same options.
 *
 * Not for: being run by hand (it works, but `zaalt serve` is the interface).
 */
#include "cli/cli.h"
#include "core/context.h"

#include <locale.h>

int
main(int argc, char **argv)
{
    setlocale(LC_ALL, "");
    argv[0] = "serve";
    zc_context *ctx = cli_context_new();
    if (!ctx)
        return EXIT_USER;
    int status = cli_serve(ctx, argc, argv);
    cli_context_exit(ctx);
    return status;
}
