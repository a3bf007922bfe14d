/* fuzz_html.c — libFuzzer target: the HTML handler (libxml2's HTML parser
 * without network, the page walker, ordered lists, tables, headings into
 * sections) and what every document gets after it.  Any input must
 * extract or fail with a reason, within bounded time and memory. */
#include "tests/unit/test_context.h"
#include "indexer/extract.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* Made once, as the indexer's parent makes it; reachable until exit. */
    static ix_extractor *ex = NULL;
    if (ex == NULL)
        ex = ix_extractor_new(test_context(), NULL);
    if (size > 65536)
        return 0;
    zr_doc *doc = ix_doc_new();
    doc->id = g_strdup("fuzz");
    doc->source = g_strdup("fuzz");
    doc->path = g_strdup("fuzz.html");
    GError *err = NULL;
    ix_extract_bytes(ex, "html", "fuzz.html", (const char *)data, size, NULL, doc, &err);
    g_clear_error(&err);
    ix_doc_free(doc);
    return 0;
}
