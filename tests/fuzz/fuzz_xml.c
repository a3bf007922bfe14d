/* fuzz_xml.c — libFuzzer target: the XML handler (demo vocabulary, Akoma
 * Ntoso, generic XML) with network, entities and DTD loading off, and what
 * every document gets after it (citations, parts).  Any input must extract
 * or fail with a reason, within bounded time and memory. */
#include "tests/fuzz/fuzz_extract.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size <= FUZZ_MAX_INPUT)
        fuzz_extract("xml", "fuzz.xml", data, size, NULL);
    return 0;
}
