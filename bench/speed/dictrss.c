/* dictrss.c — the memory hunspell-mn takes once loaded: what `zaalt serve`
 * cannot do without, measured alone for bench/speed/run's memory line.
 *
 * Usage: dictrss AFF DIC; prints "dict_rss_mb=N base_rss_mb=N".
 * Not for: anything Zaalt runs.
 */
#include <hunspell/hunspell.h>
#include <stdio.h>
#include <string.h>

static double
rss_mb(void)
{
    char line[256];
    double kb = 0;
    FILE *f = fopen("/proc/self/status", "r");
    if (f == NULL)
        return 0;
    while (fgets(line, sizeof line, f))
        if (strncmp(line, "VmRSS:", 6) == 0)
            sscanf(line + 6, "%lf", &kb);
    fclose(f);
    return kb / 1024.0;
}

int
main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: dictrss AFF DIC\n");
        return 1;
    }
    double base = rss_mb();
    Hunhandle *h = Hunspell_create(argv[1], argv[2]);
    if (h == NULL)
        return 1;
    printf("dict_rss_mb=%.1f base_rss_mb=%.1f\n", rss_mb() - base, base);
    Hunspell_destroy(h);
    return 0;
}
