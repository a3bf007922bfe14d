/* extractor.c — the extractor object (extractor.h).
 *
 * Not for: extraction itself (extract.c and the handlers).
 */
#include "indexer/extractor.h"
#include "indexer/headings.h"

#include "indexer/handler.h"

struct ix_extractor {
    zc_context *ctx;
    const ix_patterns *patterns; /* borrowed from ctx */
    const ix_mappings *mappings; /* borrowed from ctx */
    ix_ocr *ocr;                 /* NULL: OCR off */
    bool keep_covered;
    const ix_law_repeals *law_repeals; /* borrowed from the run, or NULL */
    ix_law_reader *law_reader;         /* owned */
    GPtrArray *held;                   /* each handler's hold(), by its place in ix_handlers; NULL if none */
};

ix_extractor *
ix_extractor_new(zc_context *ctx, const ix_extractor_options *opts)
{
    ix_extractor_options none = {0};
    if (opts == NULL)
        opts = &none;
    ix_extractor *ex = g_new0(ix_extractor, 1);
    ex->ctx = ctx;
    ex->held = g_ptr_array_new();
    for (int i = 0; ix_handlers[i] != NULL; i++) {
        if (ix_handlers[i]->setup != NULL)
            ix_handlers[i]->setup();
        g_ptr_array_add(ex->held, ix_handlers[i]->hold != NULL ? ix_handlers[i]->hold() : NULL);
    }
    /* Loaded now, in the indexer's parent, so that every forked worker
     * inherits them compiled. */
    ex->patterns = ix_patterns_get(ctx);
    ex->mappings = ix_mappings_get(ctx);
    ex->law_reader = ix_law_reader_new();
    (void)ix_headings_get(ctx);
    ex->ocr = opts->ocr ? ix_ocr_new(opts->ocr_cache) : NULL;
    ex->keep_covered = opts->keep_covered;
    return ex;
}

void
ix_extractor_free(ix_extractor *ex)
{
    if (ex == NULL)
        return;
    ix_ocr_free(ex->ocr);
    ix_law_reader_free(ex->law_reader);
    for (guint i = 0; i < ex->held->len; i++)
        if (ex->held->pdata[i] != NULL && ix_handlers[i]->release != NULL)
            ix_handlers[i]->release(ex->held->pdata[i]);
    g_ptr_array_free(ex->held, TRUE);
    g_free(ex);
}

zc_context *
ix_extractor_context(const ix_extractor *ex)
{
    return ex->ctx;
}

const ix_patterns *
ix_extractor_patterns(const ix_extractor *ex)
{
    return ex->patterns;
}

const ix_mappings *
ix_extractor_mappings(const ix_extractor *ex)
{
    return ex->mappings;
}

ix_ocr *
ix_extractor_ocr(const ix_extractor *ex)
{
    return ex->ocr;
}

bool
ix_extractor_keep_covered(const ix_extractor *ex)
{
    return ex->keep_covered;
}

const ix_law_repeals *
ix_extractor_law_repeals(const ix_extractor *ex)
{
    return ex->law_repeals;
}

const ix_law_reader *
ix_extractor_law_reader(const ix_extractor *ex)
{
    return ex->law_reader;
}

void
ix_extractor_set_law_repeals(ix_extractor *ex, const ix_law_repeals *known)
{
    ex->law_repeals = known;
}
