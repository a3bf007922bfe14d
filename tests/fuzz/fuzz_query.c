/* fuzz_query.c — libFuzzer target: the query language and the analysis
 * path it drives (normalise, tokenise, fold, stem), and the snippet builder
 * over the same bytes as text.  Any input must give a query or a syntax
 * error, never a crash, a hang or a leak. */
#include "tests/unit/test_context.h"
#include "core/context.h"
#include "search/query.h"
#include "search/snippet.h"

#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    char *text = g_strndup((const char *)data, size);
    az_analyzer *az = test_analyzer();
    zq_highlight *hl = zq_highlight_new();
    GError *err = NULL;
    zx_query *q = zq_parse(az, text, hl, &err);
    if (q) {
        char *d = zx_query_describe(q);
        g_free(d);
        zx_query_free(q);
    } else {
        g_clear_error(&err);
    }
    char *norm = az_normalise(text, -1);
    char *snip = zs_snippet(az, hl, norm, 200);
    char *all = zs_highlight_all(az, hl, norm);
    g_free(all);
    g_free(snip);
    g_free(norm);
    zq_highlight_free(hl);
    g_free(text);
    return 0;
}
