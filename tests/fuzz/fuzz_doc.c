/* fuzz_doc.c — libFuzzer target: the Word 97-2003 handler (indexer/doc.c:
 * libgsf's OLE reader from memory, then the FIB, piece table, formatted
 * disk pages, style sheet and notes the bytes claim), then what every
 * document gets.  Any input must be read or refused with a reason, within
 * bounded time and memory. */
#include "tests/unit/test_context.h"
#include "indexer/extract.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
const char *__asan_default_options(void);
const char *__lsan_default_suppressions(void);

/* libgsf 1.14.50 loses a directory entry (with its name) when
 * gsf_infile_msole_new gives up on some damaged compound files: a
 * hundred-odd bytes a file, inside the library.  Suppressed by that
 * function's name, which LeakSanitizer sees only when it unwinds without
 * frame pointers (libgsf is built without them); every other leak is
 * still reported. */
const char *
__asan_default_options(void)
{
    return "fast_unwind_on_malloc=0";
}

const char *
__lsan_default_suppressions(void)
{
    return "leak:gsf_infile_msole_new\n";
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
    zr_doc *doc = ix_doc_new();
    doc->id = g_strdup("fuzz");
    doc->source = g_strdup("fuzz");
    doc->path = g_strdup("fuzz.doc");
    GError *err = NULL;
    ix_extract_bytes(ex, "doc", "fuzz.doc", (const char *)data, size, NULL, doc, &err);
    g_clear_error(&err);
    ix_doc_free(doc);
    return 0;
}
