/* ocr.h — text for PDF pages that have none: deciding which pages need
 * optical character recognition, and recognising them with tesseract.
 *
 * The PDF extractor asks ix_page_needs_ocr() about each page's text layer;
 * for a page without usable text it calls ix_ocr_page(), which renders the
 * page with poppler at 300 dpi, looks the rendered pixels up in a cache of
 * earlier results, and otherwise recognises them in Mongolian and English.
 * OCR takes seconds per page, so it belongs in the indexer's worker
 * processes (one tesseract engine per process, created on first use and
 * kept until ix_ocr_shutdown()).
 *
 * Not for: text layers that are merely dirty (az_normalise() repairs old
 * font encodings and look-alike letters), images that are not pages, or
 * deciding whether OCR is switched on (the caller's configuration).
 */
#ifndef ZAALT_OCR_H
#define ZAALT_OCR_H

#include <cairo.h>
#include <glib.h>
#include <poppler.h>
#include <stdbool.h>

#define IX_OCR_ERROR (ix_ocr_error_quark())
GQuark ix_ocr_error_quark(void);

typedef enum {
    IX_OCR_ERROR_NO_ENGINE, /* tesseract or its mon/eng data is not installed */
    IX_OCR_ERROR_RENDER,    /* poppler could not render the page */
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
 * page cannot be rendered. */
cairo_surface_t *ix_render_page(PopplerPage *page, double scale, bool printing, double *scale_used, GError **error);

/* What the banner on OCR'd text says, in each interface language. */
#define IX_OCR_NOTICE_MN "текстийг автоматаар таньсан; алдаа байж болно"
#define IX_OCR_NOTICE_EN "text recognised automatically; may contain errors"

/* How usable a page's text layer is. */
typedef enum {
    IX_PAGE_TEXT_OK = 0,  /* words: index the text layer */
    IX_PAGE_TEXT_NONE,    /* no letters or digits at all (a scan, a picture) */
    IX_PAGE_TEXT_GARBAGE, /* characters, but mostly not words: a broken font
                           * encoding ("Cl>opMa no KHA" for "Форма по КНД") */
    IX_PAGE_TEXT_THIN,    /* a handful of words (fewer than
                           * IX_OCR_THIN_WORDS): a stamp or header on what
                           * may be a scanned page */
} ix_page_text;

#define IX_OCR_THIN_WORDS 25

/* A file has at most this many pages recognised: OCR costs seconds a page. */
#define IX_OCR_MAX_PAGES 300

/* Judges a page's (normalised) text layer from the text alone: the share
 * of letters and digits among its characters, the share of its words that
 * look like words (one script, a vowel, no capitals inside, no symbols
 * inside) and the share of very common Mongolian and English words.
 * NULL counts as no text. */
ix_page_text ix_judge_page_text(const char *page_text);

/* True when `page` should be recognised rather than read: its text is
 * NONE or GARBAGE, or THIN and the page shows at least one image (a
 * scanned body under a typed header).  `page_text` is what the extractor
 * read from the text layer (normalised), or NULL. */
bool ix_page_needs_ocr(PopplerPage *page, const char *page_text);

/* For a THIN page that was recognised: true when the recognised text
 * should replace the text layer, i.e. it has more words than the layer and
 * a confidence of at least 40 (a photo's "text" is noise). */
bool ix_ocr_is_better(const char *layer_text, const char *ocr_text, int confidence);

/* Whether recognition can run: tesseract's data for Mongolian and English
 * is installed ($TESSDATA_PREFIX, or Debian's tesseract-ocr-mon and
 * tesseract-ocr-eng).  On false, `error` (IX_OCR_ERROR_NO_ENGINE) names
 * what is missing.  Cheap: looks for files, loads nothing. */
bool ix_ocr_available(GError **error);

typedef struct ix_ocr_options {
    const char *cache_dir; /* folder of cached results (created when
                             * missing), or NULL for no cache */
    const char *languages; /* tesseract languages, "mon", "eng",
                             * "mon+eng"; NULL: "mon+eng" */
    int dpi;               /* 0: IX_OCR_DPI */
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
 * still returned).  Not thread-safe beyond a process-wide lock: calls from
 * several threads run one at a time.  Free with ix_ocr_result_clear(). */
bool ix_ocr_page_full(PopplerPage *page, const ix_ocr_options *opts, ix_ocr_result *out, GError **error);
void ix_ocr_result_clear(ix_ocr_result *result);

/* The common case: ix_ocr_page_full() with "mon+eng" at 300 dpi.  Returns the text (g_free) and sets `*confidence` (0-100; may
 * be NULL), or NULL with `error` set. */
char *ix_ocr_page(PopplerPage *page, const char *cache_dir, int *confidence, GError **error);

/* Frees the process's tesseract engines (about 50 MB), if any were made.
 * Harmless when none was.  After it, the next ix_ocr_page() makes a new
 * one. */
void ix_ocr_shutdown(void);

#endif
