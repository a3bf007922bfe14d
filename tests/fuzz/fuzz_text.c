/* fuzz_text.c — libFuzzer target: the text handler and the structure
 * finders behind it (article headings, decision headers, dates), with the
 * patterns of corpus-config/, on any bytes, including invalid UTF-8 and
 * Windows-1251. */
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
    static const char *const hints[] = {NULL, "code", "decision", "research"};
    zr_doc *doc = ix_doc_new();
    doc->id = g_strdup("fuzz");
    doc->source = g_strdup("fuzz");
    doc->path = g_strdup("fuzz.txt");
    GError *err = NULL;
    ix_extract_bytes(ex, "text", "fuzz.txt", (const char *)data, size, hints[size % 4], doc, &err);
    g_clear_error(&err);
    ix_doc_free(doc);
    return 0;
}
