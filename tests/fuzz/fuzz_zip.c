/* fuzz_zip.c — libFuzzer target: the zip container reader (indexer/zip.c,
 * libarchive from memory with its caps) and the Word and OpenDocument
 * handlers behind it, then what every document gets.  Any input must be
 * read or refused with a reason, within bounded time and memory. */
#include "tests/fuzz/fuzz_extract.h"
#include "indexer/zip.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool
want_all(const char *name, void *user)
{
    return true;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > FUZZ_MAX_INPUT)
        return 0;
    GError *err = NULL;
    GHashTable *parts = ix_zip_read((const char *)data, size, "fuzz", want_all, NULL, &err);
    if (parts != NULL)
        g_hash_table_unref(parts);
    g_clear_error(&err);
    fuzz_extract("docx", "fuzz.docx", data, size, NULL);
    fuzz_extract("odt", "fuzz.odt", data, size, NULL);
    return 0;
}
