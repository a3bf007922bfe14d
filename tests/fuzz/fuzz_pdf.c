/* fuzz_pdf.c — libFuzzer target: the PDF readers written here rather
 * than in poppler, which take a file's bytes as they come before any page
 * is rendered (pdfshapes.h): the scan of every stream for what may hide
 * text, and the walk of the objects, object streams and page tree for
 * each page's drawing and declared images.  Any input must be answered
 * within bounded time and memory and without reading outside it; poppler
 * itself is Debian's and is not fuzzed here. */
#include "indexer/pdfshapes.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 65536)
        return 0;
    (void)ix_pdf_bytes_may_hide_text((const char *)data, size);
    /* The walk stops at twice the page count poppler gave and more; the
     * count's last bits come from the input, so both a walk cut short and
     * one that finds its count are reached. */
    int n_pages = 1 + (size > 0 ? data[size - 1] % 4 : 0);
    g_free(ix_pdf_bytes_page_shapes((const char *)data, size, n_pages));
    return 0;
}
