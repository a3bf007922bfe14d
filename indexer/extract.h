/* extract.h — one file in, one zr_doc with its units out.
 *
 * ix_extract_file() sniffs the format from the content (the extension only
 * breaks ties), hands the file to that format's handler (handler.h), and
 * fills the common fields every document needs (format, title, type,
 * language, law, citations).  All unit text is az_normalise()d before any
 * structure is looked for.
 *
 * Not for: walking sources, deciding what to re-index, time or memory
 * limits (the indexer runs extraction in a worker process with those
 * limits: poppler can spin for minutes on a hostile PDF), or terms.
 */
#ifndef ZAALT_EXTRACT_H
#define ZAALT_EXTRACT_H

#include <glib.h>

#include "core/record.h"
#include "indexer/document.h"
#include "indexer/extractor.h"

#define IX_EXTRACT_ERROR (ix_extract_error_quark())
GQuark ix_extract_error_quark(void);

typedef enum {
    IX_EXTRACT_OK = 0,
    IX_EXTRACT_SKIP, /* not a format we index; error says why */
    IX_EXTRACT_FAIL, /* a format we index, but this file cannot be read; error says why */
} ix_extract_status;

/* Error codes in IX_EXTRACT_ERROR; the message is the reason shown to users. */
typedef enum {
    IX_EXTRACT_ERROR_UNSUPPORTED, /* SKIP: not a format of any handler */
    IX_EXTRACT_ERROR_IO,          /* the file cannot be read */
    IX_EXTRACT_ERROR_EMPTY,       /* empty file, or no text in it */
    IX_EXTRACT_ERROR_ENCRYPTED,   /* needs a password */
    IX_EXTRACT_ERROR_DAMAGED,     /* malformed PDF, XML or zip (unsafe entry names too), or not UTF-8 text */
    IX_EXTRACT_ERROR_LIMIT,       /* too large, implausible page count, a zip bomb */
} ix_extract_error_code;

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
 * Returns IX_EXTRACT_OK; IX_EXTRACT_SKIP when no handler reads the file
 * (not a PDF, Word, OpenDocument text, HTML, XML or UTF-8 (or
 * Windows-1251) text file); IX_EXTRACT_FAIL
 * when one does but the file cannot be extracted ("encrypted (password
 * required)", "damaged PDF: …", "XML not well-formed at line 12: …",
 * "damaged Word document: unsafe zip entry name …",
 * "empty file", "no text").  On SKIP and FAIL `error` is set and `doc` may
 * hold partial fields: the caller discards it. */
ix_extract_status ix_extract_file(const ix_extractor *ex, const char *abspath, const char *type_hint, zr_doc *doc,
                                  GError **error);
/* The same, for a file found below `root` by the walk: one that no longer
 * lies below it when opened (a link swapped in since) is skipped. */
ix_extract_status ix_extract_file_under(const ix_extractor *ex, const char *abspath, const char *root,
                                        const char *type_hint, zr_doc *doc, GError **error);

/* Extracts `len` bytes in memory as a file of `format` ("docx", "odt",
 * "html", "xml", "text": a handler that reads from memory) named `name`, as ix_extract_file does
 * after sniffing: for tests and fuzzing.  IX_EXTRACT_SKIP with
 * IX_EXTRACT_ERROR_UNSUPPORTED for an unknown format or one that reads
 * files itself. */
ix_extract_status ix_extract_bytes(const ix_extractor *ex, const char *format, const char *name, const char *data,
                                   gsize len, const char *type_hint, zr_doc *doc, GError **error);

/* ---- What every document gets (finish.c) -------------------------------- */

/* After a handler: fails with "no text" when it added no unit; otherwise
 * the title normalised and clipped (or made from the file name at
 * `abspath`), the type (`type_hint`, else "other"), the language when the
 * handler found none, the law of a code (ix_law_of_title), and the
 * citations and parts of every unit (ix_add_unit_citations). */
ix_extract_status ix_finish_document(const ix_extractor *ex, const char *abspath, const char *type_hint, zr_doc *doc,
                                     GError **error);

/* The acronym of the law a statute titled `title` is, as provision keys
 * qualify it (legal/provision.h): "ЭХ" for the 2015 Criminal Code in
 * Mongolian or English, "2002" for the 2002 Code (named so, or dated
 * `date` before the 2015 Code's adoption, 2015-12-03), else the acronym of the
 * title ("ЭРҮҮГИЙН ХЭРЭГ ХЯНАН ШИЙДВЭРЛЭХ ТУХАЙ" -> "ЭХХШТХ"); NULL for
 * NULL. */
char *ix_law_of_title(const char *title, const char *date);

/* Fills each unit's cites (every provision and decision its text refers to,
 * canonical keys, without the decision's own number or an article's own
 * heading) and the parts of article units.  Needs doc->law and
 * doc->case_number set; ix_finish_document calls it last. */
void ix_add_unit_citations(const ix_patterns *pat, zr_doc *doc);

/* A title cut to at most 200 characters on a character boundary, trimmed;
 * NULL for NULL or blank. */
char *ix_clip_title(const char *title);

#endif
