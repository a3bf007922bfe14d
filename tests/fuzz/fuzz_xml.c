/* fuzz_xml.c — libFuzzer target: the XML extractor (demo vocabulary, Akoma
 * Ntoso, generic XML) with network, entities and DTD loading off.  Any
 * input must extract or fail with a reason, within bounded time and memory. */
#include "tests/unit/test_context.h"
#include "indexer/extract.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int ready = 0;
    if (!ready) {
        ix_extract_init(test_context());
        ready = 1;
    }
    if (size > 65536)
        return 0;
    zr_doc *doc = zr_doc_new();
    doc->id = g_strdup("fuzz");
    doc->source = g_strdup("fuzz");
    doc->path = g_strdup("fuzz.xml");
    doc->format = g_strdup("xml");
    GError *err = NULL;
    ix_extract_xml("fuzz.xml", (const char *)data, size, NULL, doc, &err);
    g_clear_error(&err);
    zr_doc_free(doc);
    return 0;
}
