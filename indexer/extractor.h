/* extractor.h — everything an extraction reads besides the file itself:
 * the switches of the run (OCR and its cache, covered text) and the tables
 * loaded from corpus-config (structure patterns, decision patterns, courts,
 * XML mappings).  One extractor is made in the indexer's parent before the
 * workers fork, from ix_options and the context, and passed to every
 * handler and structure finder; there is no process-wide extraction state.
 *
 * Immutable once made, except the recogniser it holds (ocr.h), which makes
 * its tesseract engine on first use in each worker's own copy.
 *
 * Not for: which handler reads a file (extract.h, handler.h), or limits on
 * time and memory (the worker process, worker.c).
 */
#ifndef ZAALT_IX_EXTRACTOR_H
#define ZAALT_IX_EXTRACTOR_H

#include <stdbool.h>

#include "core/context.h"
#include "indexer/lawrepeal.h"
#include "indexer/lawstatus.h"
#include "indexer/mappings.h"
#include "indexer/ocr.h"
#include "indexer/structure.h"

typedef struct ix_extractor_options {
    bool ocr;              /* recognise PDF pages without a usable text layer */
    const char *ocr_cache; /* folder of recognised pages (ocr.h), or NULL */
    bool keep_covered;     /* index PDF text drawn under opaque boxes too (hidden.h) */
} ix_extractor_options;

typedef struct ix_extractor ix_extractor;

/* An extractor reading the tables of `ctx` (borrowed: it must outlive the
 * extractor) with `opts` (NULL: OCR off, covered text left out).  Loads
 * the tables now and does every handler's process-wide set-up (the XML
 * handler's refusal of external entities) and holds what a handler's
 * library keeps warm only while it is held (poppler's global parameters),
 * so workers forked afterwards inherit all of it. */
ix_extractor *ix_extractor_new(zc_context *ctx, const ix_extractor_options *opts);
/* Frees the extractor, its recogniser's engines and what it held for the
 * handlers; NULL is harmless. */
void ix_extractor_free(ix_extractor *ex);

/* The context it reads.  Borrowed. */
zc_context *ix_extractor_context(const ix_extractor *ex);
/* Structure and decision patterns and courts (structure.h).  Borrowed. */
const ix_patterns *ix_extractor_patterns(const ix_extractor *ex);
/* XML vocabularies (mappings.h).  Borrowed. */
const ix_mappings *ix_extractor_mappings(const ix_extractor *ex);
/* The recogniser of scanned pages, or NULL when OCR is off.  Borrowed. */
ix_ocr *ix_extractor_ocr(const ix_extractor *ex);
/* Whether PDF text under opaque boxes is kept. */
bool ix_extractor_keep_covered(const ix_extractor *ex);
/* What the index says of which statute repeals which (lawrepeal.h), as the
 * run read it before forking its workers; NULL: nothing.  Borrowed: the
 * run owns it and sets it again before each pass over files. */
const ix_law_repeals *ix_extractor_law_repeals(const ix_extractor *ex);
/* The patterns a statute's start and repeals are read with (lawstatus.h),
 * compiled when the extractor was made.  Borrowed. */
const ix_law_reader *ix_extractor_law_reader(const ix_extractor *ex);
void ix_extractor_set_law_repeals(ix_extractor *ex, const ix_law_repeals *known);

#endif
