/* ocr.h — text for PDF pages that have none: rendering a page with
 * poppler at 300 dpi, looking the rendered pixels up in a cache of earlier
 * results, and otherwise recognising them with tesseract in Mongolian and
 * English.
 *
 * The PDF handler asks ix_page_needs_ocr() (pagetext.h) about each page's
 * text layer and, for a page without usable text, calls ix_ocr_page() with
 * the extractor's recogniser.  OCR takes seconds per page, so it belongs
 * in the indexer's worker processes.
 *
 * Not for: judging text layers (pagetext.h), images that are not pages,
 * or deciding whether OCR is switched on (the extractor's options).
 */
#ifndef ZAALT_OCR_H
#define ZAALT_OCR_H

#include <cairo.h>
#include <glib.h>
#include <poppler.h>
#include <stdbool.h>

#include "indexer/pageimages.h"

#define IX_OCR_ERROR (ix_ocr_error_quark())
GQuark ix_ocr_error_quark(void);

typedef enum {
    IX_OCR_ERROR_NO_ENGINE, /* tesseract or its mon/eng data is not installed */
    IX_OCR_ERROR_RENDER,    /* poppler could not render the page */
    IX_OCR_ERROR_TOO_LARGE, /* the page's images are too large to render (pageimages.h) */
    IX_OCR_ERROR_RECOGNISE, /* tesseract failed on the page */
} ix_ocr_error_code;

/* Resolution pages are rendered at: what tesseract's models are trained
 * for.  Large pages get less (IX_OCR_MAX_PIXELS), never more. */
#define IX_OCR_DPI        300
/* At most this many pixels per rendered page (about an A3 page at 300 dpi):
 * a poster-sized page is scaled down rather than given gigabytes. */
#define IX_OCR_MAX_PIXELS (18L * 1000 * 1000)

/* `page` rendered onto white at `scale` pixels a point (less if that would
 * pass IX_OCR_MAX_PIXELS: the scale used goes to *scale_used, which may be
 * NULL), for printing (as OCR wants: no screen-only annotations) or as a
 * screen shows it; RGB24, flushed.  NULL with IX_OCR_ERROR_RENDER when the
 * page cannot be rendered, and with IX_OCR_ERROR_TOO_LARGE, before
 * anything is drawn, when `images` (what the file declares the page draws;
 * NULL: not known) pass IX_RENDER_MAX_IMAGE_PIXELS: the message names the
 * page and the size ("page 1: an image of 200000×200000 pixels, too large
 * to render"). */
cairo_surface_t *ix_render_page(PopplerPage *page, const ix_page_images *images, double scale, bool printing,
                                double *scale_used, GError **error);

/* What the banner on OCR'd text says, in each interface language. */
#define IX_OCR_NOTICE_MN "текстийг автоматаар таньсан; алдаа байж болно"
#define IX_OCR_NOTICE_EN "text recognised automatically; may contain errors"

/* A file has at most this many pages recognised: OCR costs seconds a page. */
#define IX_OCR_MAX_PAGES 300

/* Whether recognition can run: tesseract's data for Mongolian and English
 * is installed ($TESSDATA_PREFIX, or Debian's tesseract-ocr-mon and
 * tesseract-ocr-eng).  On false, `error` (IX_OCR_ERROR_NO_ENGINE) names
 * what is missing.  Cheap: looks for files, loads nothing. */
bool ix_ocr_available(GError **error);

/* A recogniser: the cache folder, and tesseract engines (one per language
 * set, about 50 MB each) made on first use and kept until it is freed.
 * It makes no engine before it is asked to recognise a page, so it may be
 * made before the indexer forks its workers: tesseract's OpenMP thread
 * pool would not survive fork(), and each worker makes its own engine in
 * its own copy.  Calls from several threads run one at a time (its own
 * lock).  `cache_dir`: folder of cached results (created when missing), or
 * NULL for no cache. */
typedef struct ix_ocr ix_ocr;
ix_ocr *ix_ocr_new(const char *cache_dir);
/* Frees the engines and the recogniser; NULL is harmless. */
void ix_ocr_free(ix_ocr *ocr);
/* The cache folder, or NULL.  Borrowed. */
const char *ix_ocr_cache_dir(const ix_ocr *ocr);

/* What the process running the recogniser says about each page before it
 * is read: the indexer's worker (worker.c) times every page apart from the
 * parsing around it, and stops a file's OCR when it has had its share. */
typedef enum {
    IX_OCR_GO,   /* read the page */
    IX_OCR_SKIP, /* leave this page out (an earlier attempt hung on it) */
    IX_OCR_STOP, /* read no more pages of this file */
} ix_ocr_verdict;

typedef struct ix_ocr_pace {
    /* Before page `number` (1-based) is rendered and recognised; on SKIP or
     * STOP, *why (g_malloc'd) says why, for the file's warnings. */
    ix_ocr_verdict (*begin)(int number, char **why, void *user);
    /* Once the page is rendered, before it is recognised (NULL: not
     * told): rendering has a budget of its own (worker.h). */
    void (*rendered)(void *user);
    /* After it, whatever came of it. */
    void (*end)(void *user);
    void *user;
} ix_ocr_pace;

/* Sets (NULL: removes) the pace of this copy of the recogniser: a worker
 * sets its own after fork.  Without one, every page is read. */
void ix_ocr_set_pace(ix_ocr *ocr, const ix_ocr_pace *pace);
/* What the pace says of page `number` (IX_OCR_GO without one); after GO
 * the caller calls ix_ocr_pace_end once the page is read. */
ix_ocr_verdict ix_ocr_pace_begin(ix_ocr *ocr, int number, char **why);
void ix_ocr_pace_end(ix_ocr *ocr);

typedef struct ix_ocr_options {
    const char *languages; /* tesseract languages, "mon", "eng",
                             * "mon+eng"; NULL: "mon+eng" */
    int dpi;               /* 0: IX_OCR_DPI */
    /* The images the page draws, as its file declares them (pdfshapes.h);
     * NULL: not known.  Too large, and the page is refused unrendered. */
    const ix_page_images *images;
} ix_ocr_options;

typedef struct ix_ocr_result {
    char *text;         /* UTF-8, lines as tesseract found them; "" for a
                          * blank page; not yet az_normalise()d.  Owned. */
    int confidence;     /* tesseract's mean word confidence, 0-100 */
    char languages[16]; /* what recognised it: "mon+eng" */
    bool from_cache;    /* read from the cache, not recognised now */
    int width, height;  /* the rendered image, pixels */
} ix_ocr_result;

/* Recognises one page.  The page is rendered to grey at `opts->dpi` (fewer
 * dots per inch when it would exceed IX_OCR_MAX_PIXELS); the SHA-256 of the
 * rendered pixels, with the languages and resolution, names the cache
 * entry, so an unchanged page is never recognised twice, whichever file or
 * run it comes from.  With languages NULL every page is read with
 * "mon+eng": tesseract tries Mongolian and retries unsure words in
 * English, which measured better on English pages than English alone and
 * on Mongolian pages than Mongolian alone (bench/ocr.c).  Russian data is
 * never used: it has no ө or ү.
 *
 * Fills `out` and returns true; on false sets `error` and leaves `out`
 * empty.  A cache that cannot be written is not an error (the text is
 * still returned).  `opts` may be NULL.  Free with ix_ocr_result_clear(). */
bool ix_ocr_page_full(ix_ocr *ocr, PopplerPage *page, const ix_ocr_options *opts, ix_ocr_result *out, GError **error);
void ix_ocr_result_clear(ix_ocr_result *result);

/* The common case: ix_ocr_page_full() with "mon+eng" at 300 dpi, the
 * page drawing `images` (NULL: not known).  Returns the text (g_free) and
 * sets `*confidence` (0-100; may be NULL), or NULL with `error` set. */
char *ix_ocr_page(ix_ocr *ocr, PopplerPage *page, const ix_page_images *images, int *confidence, GError **error);

#endif
