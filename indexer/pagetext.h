/* pagetext.h — is a PDF page's text layer usable?  The PDF handler asks
 * about each page's (normalised) text layer, and recognises the pages that
 * have none worth indexing (ocr.h).
 *
 * Not for: recognition itself (ocr.h), or text layers that are merely
 * dirty (az_normalise() repairs old font encodings and look-alike letters).
 */
#ifndef ZAALT_IX_PAGETEXT_H
#define ZAALT_IX_PAGETEXT_H

#include <poppler.h>
#include <stdbool.h>

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

/* Judges a page's (normalised) text layer from the text alone: the share
 * of letters and digits among its characters, the share of its words that
 * look like words (one script, a vowel, no capitals inside, no symbols
 * inside) and the share of very common Mongolian and English words.
 * NULL counts as no text. */
ix_page_text ix_judge_page_text(const char *page_text);

/* Glyphs the text layer could not map to characters: a font without a
 * /ToUnicode map whose codes are not Unicode (a CID font with Identity-H
 * encoding, typical of older producers and "print to PDF" drivers) comes out
 * of poppler as its glyph numbers, which for a subset are control codes
 * (\001\002\003 …), elsewhere U+FFFD or private-use codes; normalisation
 * drops them, so the normalised text looks like a short page of punctuation.
 * Returns how many characters of `raw_text` (poppler's text, before
 * normalisation) are such glyphs when they are at least 3 and more than a
 * tenth of its letters and digits, else 0.  Private-use codes U+F000-U+F0FF
 * do not count: symbol fonts (Wingdings bullets, check boxes) map there on
 * purpose.  Ordinary pages cost one pass over their bytes. */
unsigned ix_unmapped_glyphs(const char *raw_text);

/* True when `page` should be recognised rather than read: its text is
 * NONE or GARBAGE, or THIN and the page shows at least one image (a
 * scanned body under a typed header).  `page_text` is what the extractor
 * read from the text layer (normalised), or NULL. */
bool ix_page_needs_ocr(PopplerPage *page, const char *page_text);

/* For a THIN page that was recognised: true when the recognised text
 * should replace the text layer, i.e. it has more words than the layer and
 * a confidence of at least 40 (a photo's "text" is noise). */
bool ix_ocr_is_better(const char *layer_text, const char *ocr_text, int confidence);

#endif
