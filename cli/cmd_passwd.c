/* cmd_passwd.c — `zaalt passwd`: reads a password on standard input and
 * prints its yescrypt hash for corpus-config/users.ini:
 *   [user NAME]
 *   level = restricted
 *   password = $y$…
 * The password never appears on the command line (where ps would show it). */
#include "cli/cli.h"

#include <crypt.h>
#include <stdio.h>
#include <string.h>

int
cmd_passwd(zc_context *ctx, int argc, char **argv)
{
    GOptionContext *octx = g_option_context_new("- hash a password read from standard input for users.ini");
    int status = 0;
    char **args = cli_parse(octx, argc, argv, &status);
    g_option_context_free(octx);
    if (!args)
        return status;
    g_strfreev(args);
    char line[1024];
    if (!fgets(line, sizeof line, stdin)) {
        cli_error("no password on standard input");
        return EXIT_USER;
    }
    line[strcspn(line, "\r\n")] = '\0';
    if (strlen(line) < 8) {
        cli_error("a password needs at least 8 characters");
        return EXIT_USER;
    }
    char *salt = crypt_gensalt_ra("$y$", 0, NULL, 0);
    struct crypt_data data;
    memset(&data, 0, sizeof data);
    const char *hash = salt ? crypt_r(line, salt, &data) : NULL;
    memset(line, 0, sizeof line);
    free(salt);
    if (!hash || hash[0] == '*') {
        cli_error("cannot hash the password (is libxcrypt's yescrypt available?)");
        return EXIT_INTERNAL;
    }
    printf("%s\n", hash);
    return 0;
}
