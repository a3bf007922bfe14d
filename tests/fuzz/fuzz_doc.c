/* fuzz_doc.c — libFuzzer target: the Word 97-2003 handler (indexer/doc.c:
 * libgsf's OLE reader from memory, then the FIB, piece table, formatted
 * disk pages, style sheet and notes the bytes claim), then what every
 * document gets.  Any input must be read or refused with a reason, within
 * bounded time and memory. */
#include "tests/fuzz/fuzz_extract.h"

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
    if (size <= FUZZ_MAX_INPUT)
        fuzz_extract("doc", "fuzz.doc", data, size, NULL);
    return 0;
}
