/* fuzz_text.c — libFuzzer target: the text handler and the structure
 * finders behind it (article headings, decision headers, dates), with the
 * patterns of corpus-config/, on any bytes, including invalid UTF-8 and
 * Windows-1251; every other input named .md, so that the Markdown reader
 * (sections, inline marks, comments, link definitions) is reached without
 * front matter. */
#include "tests/fuzz/fuzz_extract.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const hints[] = {NULL, "code", "decision", "research"};
    if (size <= FUZZ_MAX_INPUT)
        fuzz_extract("text", (size / 4) % 2 ? "fuzz.md" : "fuzz.txt", data, size, hints[size % 4]);
    return 0;
}
