/* fuzz_extract.h — what the extraction fuzz targets share: one extractor,
 * made once as the indexer's parent makes it (reachable until exit), and
 * a document to extract the input into as a named file of one format.
 * Inputs over 64 KB are left out (libFuzzer's -max_len is 4 KB here). */
#ifndef ZAALT_FUZZ_EXTRACT_H
#define ZAALT_FUZZ_EXTRACT_H

#include <stdint.h>

#include "indexer/extract.h"
#include "tests/unit/test_context.h"

#define FUZZ_MAX_INPUT 65536

static inline ix_extractor *
fuzz_extractor(void)
{
    static ix_extractor *ex = NULL;
    if (ex == NULL)
        ex = ix_extractor_new(test_context(), NULL);
    return ex;
}

int LLVMFuzzerInitialize(int *argc, char ***argv);

/* What a run loads once, loaded before the first input so that no input's
 * time limit counts it: the extractor and the analyser, with hunspell-mn's
 * dictionary (some 2-4 s under the sanitizers), which a document asks for
 * to stem or to tell a short Cyrillic text's language. */
int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_extractor();
    zc_context_analyzer(test_context());
    return 0;
}

/* Extracts `data` as the file `name` of `format` (type `hint`, or NULL),
 * whatever comes of it: read, or refused with a reason. */
static inline void
fuzz_extract(const char *format, const char *name, const uint8_t *data, size_t size, const char *hint)
{
    zr_doc *doc = ix_doc_new();
    doc->id = g_strdup("fuzz");
    doc->source = g_strdup("fuzz");
    doc->path = g_strdup(name);
    GError *err = NULL;
    ix_extract_bytes(fuzz_extractor(), format, name, (const char *)data, size, hint, doc, &err);
    g_clear_error(&err);
    ix_doc_free(doc);
}

#endif
