/* fuzz_text.c — libFuzzer target: plain-text extraction and the structure
 * finders behind it (article headings, decision headers, dates), on any
 * bytes, including invalid UTF-8 and Windows-1251. */
#include "indexer/extract.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 65536)
        return 0;
    static const char *const hints[] = {NULL, "code", "decision", "research"};
    zr_doc *doc = zr_doc_new();
    doc->id = g_strdup("fuzz");
    doc->source = g_strdup("fuzz");
    doc->path = g_strdup("fuzz.txt");
    doc->format = g_strdup("text");
    GError *err = NULL;
    ix_extract_text("fuzz.txt", (const char *)data, size, hints[size % 4], doc, &err);
    g_clear_error(&err);
    zr_doc_free(doc);
    return 0;
}
