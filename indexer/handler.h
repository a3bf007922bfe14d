/* handler.h — what a format handler is, and what handlers share.
 *
 * A handler reads one format into a zr_doc with its units: it is told how
 * its files are recognised (sniff, extensions), whether the dispatcher
 * reads the file into memory for it, and its one extract() function.  Each
 * handler is a file of its own (pdf.c, xml.c, text.c) defining one
 * ix_handler; formats.c lists them in the order they are tried.  A new
 * format is a new file and a row there; nothing else changes.
 *
 * A handler sets the fields its format knows (title, date, lang, type,
 * decision metadata) and adds units with normalised text (az_normalise());
 * extract.c then fills what every document gets (finish.c: title from the
 * file name, type, language, the law, citations and parts).
 *
 * Not for: callers of extraction (extract.h), or the extractor's tables and
 * switches (extractor.h).
 */
#ifndef ZAALT_IX_HANDLER_H
#define ZAALT_IX_HANDLER_H

#include <glib.h>
#include <stdbool.h>

#include "indexer/document.h"
#include "indexer/extract.h"
#include "indexer/extractor.h"

/* Bytes of a file's beginning a handler's sniff is shown. */
#define IX_SNIFF_BYTES 1024

/* What a file's first bytes say about a format. */
typedef enum {
    IX_SNIFF_NO = 0, /* not this format */
    IX_SNIFF_MAYBE,  /* could be (any text could be plain text) */
    IX_SNIFF_YES,    /* its signature ("%PDF-", an XML declaration) */
} ix_sniff;

/* What a file's name says.  The content decides first; then a name
 * promising a format whose signature is missing makes the file a damaged
 * one of that format (BINDS: a truncated .pdf is not indexed as text), and
 * a name breaks the tie when the content only MAYBE is something else
 * (HINTS: a .xml file that looks like text is read as XML). */
typedef enum {
    IX_NAME_HINTS,
    IX_NAME_BINDS,
} ix_name_rule;

/* The file a handler reads. */
typedef struct ix_input {
    const char *path; /* absolute */
    const char *data; /* the whole content when the handler reads from memory (max_bytes > 0), else NULL */
    gsize len;
} ix_input;

typedef ix_extract_status (*ix_extract_fn)(const ix_extractor *ex, const ix_input *in, const char *type_hint,
                                           zr_doc *doc, GError **error);

typedef struct ix_handler ix_handler;

struct ix_handler {
    const char *format;            /* doc->format and ix_extract_bytes' name: "pdf" */
    const char *label;             /* the format in messages: "PDF", "XML", "text" */
    const char *kind;              /* in "not a PDF, XML or UTF-8 text file": "UTF-8 text"; NULL: left out */
    const char *const *extensions; /* without the dot, compared case-insensitively; NULL-terminated */
    ix_name_rule name_rule;
    const char *misnamed; /* IX_NAME_BINDS: the reason a file so named without the signature fails */
    /* Judges the first `n` (1..IX_SNIFF_BYTES) bytes of a file; `named` is
     * the handler its name points to, or NULL. */
    ix_sniff (*sniff)(const unsigned char *head, size_t n, const ix_handler *named);
    /* > 0: the dispatcher reads the file into memory, refusing one larger
     * than this; 0: the handler reads the file at in->path itself. */
    gsize max_bytes;
    /* Process-wide set-up done once before any extraction (by
     * ix_extractor_new), or NULL. */
    void (*setup)(void);
    /* State of the format's library that lives only while one of its
     * objects does: made by ix_extractor_new (in the indexer's parent, so
     * the workers inherit it) and given back to release() by
     * ix_extractor_free.  poppler builds its global parameters (encodings,
     * font tables) with the first open document and frees them with the
     * last, which without a document held was once for every PDF.  NULL:
     * the format needs none. */
    void *(*hold)(void);
    void (*release)(void *held);
    ix_extract_fn extract;
};

extern const ix_handler ix_pdf_handler;  /* pdf.c */
extern const ix_handler ix_docx_handler; /* docx.c */
extern const ix_handler ix_odt_handler;  /* odt.c */
extern const ix_handler ix_doc_handler;  /* doc.c */
extern const ix_handler ix_html_handler; /* html.c */
extern const ix_handler ix_xml_handler;  /* xml.c */
extern const ix_handler ix_text_handler; /* text.c */
extern const ix_handler ix_unread_handler; /* unread.c: recognised, skipped with a reason */

/* Every handler, in the order their sniffs are tried and ties broken
 * (formats.c); NULL-terminated. */
extern const ix_handler *const ix_handlers[];

/* ---- Shared by handlers ------------------------------------------------- */

/* Units for a text by its legal structure (layout.c): the type is
 * `type_hint`, or what the text shows (ix_detect_type); a decision becomes
 * one "decision" unit starting on `first_page` with its header read, a
 * code its articles (each on the page `page_offsets` gives its heading;
 * NULL: no pages).  Sets doc->type.  Returns false, adding nothing, when
 * the text is neither, for the handler to cut its own way (pages,
 * sections, ix_add_chunk_units). */
bool ix_add_structured_units(const ix_extractor *ex, zr_doc *doc, const char *text, const int *page_offsets,
                             int n_pages, int first_page, const char *type_hint);

/* Splits plain text into "section" units of about 2,000-4,000 characters at
 * paragraph (blank line) boundaries, each with `page` (layout.c).  Returns
 * the number of units added. */
int ix_add_chunk_units(zr_doc *doc, const char *text, int page);

/* Markdown (markdown.c): YAML (---) or TOML (+++) front matter's end (0
 * when there is none), with its title and date keys in *title / *date (new
 * strings or left NULL); and one "section" unit per # or ## heading of
 * `body`. */
size_t ix_markdown_front_matter(const char *text, char **title, char **date);
void ix_add_markdown_units(zr_doc *doc, const char *body);
/* Markdown `md` without what a renderer shows nowhere: HTML comments
 * (<!-- … -->, over lines too; one never closed at a line's start hides
 * the rest, as CommonMark's HTML block does) and link reference
 * definitions ([label]: address "title", the title on the next line
 * too); fenced code as it is, a footnote's definition kept (newly
 * allocated).  Read before the title, the structure and the units.  What
 * is taken out is appended to `unshown` (may be NULL; zr_doc's unshown). */
char *ix_markdown_shown(const char *md, GString *unshown);
/* Markdown `md` as the text a reader of the rendered page reads: headings
 * on their own lines without their #, emphasis, links' addresses, code's
 * backticks, quotes' > and rules taken out (newly allocated). */
char *ix_markdown_plain(const char *md);

#endif
