/* formats.c — the handlers, in the order their sniffs are tried: the one
 * table a new format joins (handler.h).
 *
 * Order matters only for ties: a signature (IX_SNIFF_YES) beats a maybe,
 * and between equal answers the earlier row wins, so the formats that
 * claim the least (plain text) come last.
 *
 * Not for: how a format is read (its handler's file) or the dispatch
 * (extract.c).
 */
#include "indexer/handler.h"

const ix_handler *const ix_handlers[] = {
    &ix_pdf_handler,  /* pdf.c: "%PDF-" in the first kilobyte; poppler reads the file */
    &ix_docx_handler, /* docx.c: a zip with word/ parts (or named .docx); libarchive, libxml2 */
    &ix_odt_handler,  /* odt.c: a zip whose mimetype is OpenDocument text (or named .odt) */
    /* doc.c: an OLE compound file (Word 97-2003); after DOCX, which takes
     * an OLE file named .docx (encrypted Word) */
    &ix_doc_handler,
    /* html.c: a doctype or <html>; before XML, so that XHTML and pages
     * opening with <!DOCTYPE html> are read as pages, not generic XML */
    &ix_html_handler,
    &ix_xml_handler,  /* xml.c: an XML declaration, or a leading element; libxml2 */
    /* unread.c: RTF and MHTML, skipped with a reason; before text, which
     * would take them for plain text */
    &ix_unread_handler,
    &ix_text_handler, /* text.c: anything that decodes as text; UTF-8 or Windows-1251 */
    NULL,
};
