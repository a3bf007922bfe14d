/* extract.h — one file in, one zr_doc with its units out.
 *
 * ix_extract_file() sniffs the format from the content (the extension is
 * only a hint), hands the file to the PDF, XML or text extractor, and fills
 * the common fields every document needs (format, title, type, language).
 * All unit text is az_normalise()d before any structure is looked for.
 *
 * Not for: walking sources, deciding what to re-index, time or memory
 * limits (the indexer driver runs extraction in a worker process with those
 * limits: poppler can spin for minutes on a hostile PDF), or terms.
 */
#ifndef ZAALT_EXTRACT_H
#define ZAALT_EXTRACT_H

#include <glib.h>

#include "core/context.h"
#include "core/record.h"

#define IX_EXTRACT_ERROR (ix_extract_error_quark())
GQuark ix_extract_error_quark(void);

typedef enum {
    IX_EXTRACT_OK = 0,
    IX_EXTRACT_SKIP, /* not a format we index; error says why */
    IX_EXTRACT_FAIL, /* a format we index, but this file cannot be read; error says why */
} ix_extract_status;

/* Error codes in IX_EXTRACT_ERROR; the message is the reason shown to users. */
typedef enum {
    IX_EXTRACT_ERROR_UNSUPPORTED, /* SKIP: not a PDF, XML or text file */
    IX_EXTRACT_ERROR_IO,          /* the file cannot be read */
    IX_EXTRACT_ERROR_EMPTY,       /* empty file, or no text in it */
    IX_EXTRACT_ERROR_ENCRYPTED,   /* needs a password */
    IX_EXTRACT_ERROR_DAMAGED,     /* malformed PDF or XML, or not UTF-8 text */
    IX_EXTRACT_ERROR_LIMIT,       /* too large, implausible page count */
} ix_extract_error_code;

/* Process-wide set-up: installs a libxml2 external-entity loader that
 * refuses every URL and file, so no XML document can make the indexer read
 * /etc/passwd or fetch from the network.  Call once at start, before any
 * extraction and before starting threads; calling it again is harmless. */
void ix_extract_init(zc_context *ctx);

/* OCR of PDF pages without a usable text layer (indexer/ocr.h): off by
 * default; the indexer turns it on in each worker, with the cache folder
 * that keeps recognised pages across runs.  Process-wide. */
void ix_extract_set_ocr(gboolean enabled, const char *cache_dir);
gboolean ix_extract_ocr_enabled(void);
const char *ix_extract_ocr_cache(void);

/* PDF text drawn under opaque boxes (indexer/hidden.h) is left out, with a
 * warning, unless this is turned on.  Process-wide. */
void ix_extract_set_keep_covered(gboolean keep);
gboolean ix_extract_keep_covered(void);

/* Extracts one file into `doc`, which already has id, source and path set;
 * sets format, title, date, lang, pages, units (with their cites and, for
 * articles, parts), law for statutes and, for decisions and XML with
 * metadata, type, court, court_level, decision_type, case_number,
 * case_index, judges, prosecutor, sentence, outcome and articles.
 *
 * `type_hint` is the type the configuration gives this path ("code",
 * "decision", "research", "sop", "other"), or NULL to decide from the XML
 * vocabulary or the text (a Mongolian decision header with a case number ->
 * "decision"; three or more article headings -> "code"; else "other").
 *
 * Returns IX_EXTRACT_OK; IX_EXTRACT_SKIP when the file is not a PDF, XML or
 * UTF-8 (or Windows-1251) text file; IX_EXTRACT_FAIL when it is one of
 * those but cannot be extracted ("encrypted (password required)", "damaged
 * PDF: …", "XML not well-formed at line 12: …", "empty file", "no text").
 * On SKIP and FAIL `error` is set and `doc` may hold partial fields: the
 * caller discards it. */
ix_extract_status ix_extract_file(const char *abspath, const char *type_hint, zr_doc *doc, GError **error);

/* ---- For the format extractors only (pdf.c, xml.c, text.c) ------------ */

/* Each reads one file of its format into `doc` (whose format field is
 * already set) and returns as ix_extract_file does.  `data`/`len` are the
 * file's bytes for XML and text; PDF is read by poppler from `abspath`. */
ix_extract_status ix_extract_pdf(const char *abspath, const char *type_hint, zr_doc *doc, GError **error);
ix_extract_status ix_extract_xml(const char *abspath, const char *data, gsize len, const char *type_hint, zr_doc *doc,
                                 GError **error);
ix_extract_status ix_extract_text(const char *abspath, const char *data, gsize len, const char *type_hint, zr_doc *doc,
                                  GError **error);

/* The acronym of the law a statute titled `title` is, as provision keys
 * qualify it (legal/provision.h): "ЭХ" for the 2015 Criminal Code in
 * Mongolian or English, "2002" for the 2002 Code, else the acronym of the
 * title ("ЭРҮҮГИЙН ХЭРЭГ ХЯНАН ШИЙДВЭРЛЭХ ТУХАЙ" -> "ЭХХШТХ"); NULL for
 * NULL. */
char *ix_law_of_title(const char *title);

/* Fills each unit's cites (every provision and decision its text refers to,
 * canonical keys, without the decision's own number or an article's own
 * heading) and the parts of article units.  Needs doc->law and
 * doc->case_number set; ix_extract_file calls it last. */
void ix_add_unit_citations(zr_doc *doc);

/* A title cut to at most 200 characters on a character boundary, trimmed;
 * NULL for NULL or blank. */
char *ix_clip_title(const char *title);

/* Splits plain text into "section" units of about 2,000-4,000 characters at
 * paragraph (blank line) boundaries, each with `page`.  Returns the number
 * of units added. */
int ix_add_chunk_units(zr_doc *doc, const char *text, int page);

#endif
