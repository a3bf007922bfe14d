/* fuzz_html.c — libFuzzer target: the HTML handler (libxml2's HTML parser
 * without network, the page walker, ordered lists, tables, headings into
 * sections) and what every document gets after it.  Any input must
 * extract or fail with a reason, within bounded time and memory. */
#include "tests/fuzz/fuzz_extract.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size <= FUZZ_MAX_INPUT)
        fuzz_extract("html", "fuzz.html", data, size, NULL);
    return 0;
}
