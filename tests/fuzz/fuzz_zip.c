/* fuzz_zip.c — libFuzzer target: the zip container reader (indexer/zip.c,
 * libarchive from memory with its caps) and the Word and OpenDocument
 * handlers behind it, then what every document gets.  Any input must be
 * read or refused with a reason, within bounded time and memory. */
#include "tests/unit/test_context.h"
#include "indexer/extract.h"
#include "indexer/zip.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool
want_all(const char *name, void *user)
{
    return true;
}

static void
extract_as(ix_extractor *ex, const char *format, const char *name, const uint8_t *data, size_t size)
{
    zr_doc *doc = ix_doc_new();
    doc->id = g_strdup("fuzz");
    doc->source = g_strdup("fuzz");
    doc->path = g_strdup(name);
    GError *err = NULL;
    ix_extract_bytes(ex, format, name, (const char *)data, size, NULL, doc, &err);
    g_clear_error(&err);
    ix_doc_free(doc);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* Made once, as the indexer's parent makes it; reachable until exit. */
    static ix_extractor *ex = NULL;
    if (ex == NULL)
        ex = ix_extractor_new(test_context(), NULL);
    if (size > 65536)
        return 0;
    GError *err = NULL;
    GHashTable *parts = ix_zip_read((const char *)data, size, "fuzz", want_all, NULL, &err);
    if (parts != NULL)
        g_hash_table_unref(parts);
    g_clear_error(&err);
    extract_as(ex, "docx", "fuzz.docx", data, size);
    extract_as(ex, "odt", "fuzz.odt", data, size);
    return 0;
}
