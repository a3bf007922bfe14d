/* fuzz_pdfdoc.c — libFuzzer target: a PDF read whole, as the indexer reads
 * one (OCR off): poppler opens it from a file, and what Zaalt does with
 * what poppler gives (pdf.c, pdfpage.c: page text, the judgement of text
 * layers, the covered-text check with its render, the declared images'
 * budget; then structure and what every document gets).  poppler itself
 * is Debian's: this is about the code around it.  Slower than fuzz_pdf,
 * which fuzzes the byte scanners alone. */
#include "tests/fuzz/fuzz_extract.h"

#include <glib/gstdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
const char *__lsan_default_suppressions(void);

/* As tests/lsan.supp, for the one library cache a page's fonts reach:
 * fontconfig's configuration, made once a process and never freed.  Only
 * a library's cache, never Zaalt's code. */
const char *
__lsan_default_suppressions(void)
{
    return "leak:libfontconfig.so\n";
}

/* One file for the run's inputs, in a folder of its own, both removed when
 * the run exits (not when a fault ends it: the input is then the finding). */
static char *input_dir, *input_file;

static void
remove_input(void)
{
    g_unlink(input_file);
    g_rmdir(input_dir);
}

static const char *
input_path(void)
{
    if (input_file == NULL) {
        input_dir = g_dir_make_tmp("zaalt-fuzz-pdf-XXXXXX", NULL);
        g_assert_nonnull(input_dir);
        input_file = g_build_filename(input_dir, "input.pdf", NULL);
        atexit(remove_input);
    }
    return input_file;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* The file is known by its content: an input that opens otherwise
     * would reach the other formats' handlers, which their own targets
     * fuzz (and a Word file libgsf's leak, which fuzz_doc scopes). */
    if (size > FUZZ_MAX_INPUT || size < 5 || memcmp(data, "%PDF-", 5) != 0)
        return 0;
    const char *path = input_path();
    if (!g_file_set_contents(path, (const char *)data, (gssize)size, NULL))
        return 0;
    zr_doc *doc = ix_doc_new();
    doc->id = g_strdup("fuzz");
    doc->source = g_strdup("fuzz");
    doc->path = g_strdup("fuzz.pdf");
    GError *err = NULL;
    ix_extract_file(fuzz_extractor(), path, size % 2 ? "code" : NULL, doc, &err);
    g_clear_error(&err);
    ix_doc_free(doc);
    return 0;
}
