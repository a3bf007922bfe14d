/* pdf.c — the PDF handler: a PDF's pages into units, with poppler-glib.
 *
 * Pages keep their 1-based numbers all the way into the units, so a hit can
 * say "page 7".  A statute becomes articles (each on the page where its
 * heading is), a decision one unit with its header read, anything else one
 * unit per page that has text.  Each page's text (its layer, or OCR when
 * the extractor recognises scanned pages) comes from pdfpage.c; OCR
 * confidences travel in doc->ocr.
 *
 * Not for: a page's text (pdfpage.c), or limits on time and memory: a
 * hostile PDF can keep poppler busy for minutes, so the indexer runs this
 * in a worker process with a CPU limit.
 */
#include <poppler.h>
#include <string.h>

#include "indexer/handler.h"
#include "indexer/pdfpage.h"
#include "indexer/structure.h"

/* More pages than any real document here has; a page tree claiming more is
 * lying (one hostile file claims 213 million) and walking it would take
 * hours. */
#define IX_MAX_PDF_PAGES 20000

/* Producers stamp these as the "title" of documents nobody titled. */
static bool
useless_title(const char *title)
{
    static const char *const suffixes[] = {".doc", ".docx", ".pdf", ".rtf", ".odt", ".tmp", NULL};
    static const char *const prefixes[] = {"Microsoft Word - ", "untitled", "Untitled", NULL};
    if (title == NULL)
        return true;
    char *t = g_strstrip(g_strdup(title));
    bool useless = *t == '\0';
    for (int i = 0; !useless && suffixes[i] != NULL; i++)
        useless = g_str_has_suffix(t, suffixes[i]);
    for (int i = 0; !useless && prefixes[i] != NULL; i++)
        useless = g_str_has_prefix(t, prefixes[i]);
    g_free(t);
    return useless;
}

/* Whether `line` (n bytes) is a page's number alone: "3", "— 3 —", "- 12 -". */
static bool
page_number_line(const char *line, size_t n)
{
    size_t i = 0, digits = 0;
    while (i < n) {
        if (g_ascii_isdigit(line[i])) {
            digits++, i++;
        } else if (line[i] == ' ' || line[i] == '\t' || line[i] == '-' || line[i] == '\r') {
            i++;
        } else if (n - i >= 3 && (memcmp(line + i, "\xe2\x80\x94", 3) == 0 || memcmp(line + i, "\xe2\x80\x93", 3) == 0)) {
            i += 3; /* an em or en dash */
        } else {
            return false;
        }
    }
    return digits >= 1 && digits <= 4;
}

/* A page's text without its number when that stands alone on its first or
 * last line (the running footer "— 3 —"): left in, it cut a note or a
 * heading that goes on over the page's end from the rest of it (the real
 * Operational Investigation Law as a PDF lost the repeal of 9.1.7 so).  In
 * place. */
static void
strip_page_number(char *page)
{
    char *end = page + strlen(page);
    while (end > page && (end[-1] == '\n' || end[-1] == ' ' || end[-1] == '\r'))
        end--;
    char *last = end;
    while (last > page && last[-1] != '\n')
        last--;
    if (last < end && page_number_line(last, (size_t)(end - last))) {
        while (last > page && (last[-1] == '\n' || last[-1] == ' ' || last[-1] == '\r'))
            last--;
        *last = '\0';
    }
    char *start = page;
    while (*start == '\n' || *start == ' ' || *start == '\r')
        start++;
    char *eol = strchr(start, '\n');
    size_t n = eol ? (size_t)(eol - start) : strlen(start);
    if (n > 0 && page_number_line(start, n))
        memmove(page, start + n + (eol ? 1 : 0), strlen(start + n + (eol ? 1 : 0)) + 1);
}

/* Whether a page's text ends a sentence (or is empty): else the next page
 * goes on with it, in the same paragraph. */
static bool
ends_paragraph(const char *page)
{
    size_t n = strlen(page);
    while (n > 0 && (page[n - 1] == '\n' || page[n - 1] == ' ' || page[n - 1] == '\r'))
        n--;
    if (n == 0)
        return true;
    const char *last = g_utf8_find_prev_char(page, page + n);
    gunichar c = last != NULL ? g_utf8_get_char_validated(last, (gssize)(page + n - last)) : 0;
    return c == '.' || c == ':' || c == ';' || c == '!' || c == '?' || c == '/' || c == ')' || c == '"' ||
           c == 0x00BB || c == 0x201D;
}

static char *
first_line(const char *text)
{
    char **lines = g_strsplit(text, "\n", 50);
    char *found = NULL;
    for (int i = 0; lines[i] != NULL && found == NULL; i++) {
        char *line = g_strstrip(lines[i]);
        if (*line != '\0')
            found = g_strdup(line);
    }
    g_strfreev(lines);
    return found;
}

static char *
creation_date(PopplerDocument *pd)
{
    GDateTime *created = poppler_document_get_creation_date_time(pd);
    if (created == NULL)
        return NULL;
    char *date = g_date_time_format(created, "%Y-%m-%d");
    g_date_time_unref(created);
    return date;
}

static ix_extract_status
fail(GError **error, int code, char *message)
{
    g_set_error_literal(error, IX_EXTRACT_ERROR, code, message);
    g_free(message);
    return IX_EXTRACT_FAIL;
}

static ix_sniff
sniff_pdf(const unsigned char *head, size_t n, const ix_handler *named)
{
    /* PDF allows junk before "%PDF-" within the first kilobyte. */
    return n >= 5 && memmem(head, n, "%PDF-", 5) != NULL ? IX_SNIFF_YES : IX_SNIFF_NO;
}

static ix_extract_status
extract_pdf(const ix_extractor *ex, const ix_input *in, const char *type_hint, zr_doc *doc, GError **error)
{
    GError *perr = NULL;
    /* Callers pass absolute paths; a relative one is made absolute rather
     * than refused, since a URI needs one. */
    char *absolute = g_canonicalize_filename(in->path, NULL);
    char *uri = g_filename_to_uri(absolute, NULL, &perr);
    g_free(absolute);
    if (uri == NULL) {
        ix_extract_status s = fail(error, IX_EXTRACT_ERROR_IO, g_strdup(perr->message));
        g_error_free(perr);
        return s;
    }
    PopplerDocument *pd = poppler_document_new_from_file(uri, NULL, &perr);
    g_free(uri);
    if (pd == NULL) {
        ix_extract_status s;
        if (perr != NULL && perr->domain == POPPLER_ERROR && perr->code == POPPLER_ERROR_ENCRYPTED)
            s = fail(error, IX_EXTRACT_ERROR_ENCRYPTED, g_strdup("encrypted (password required)"));
        else
            s = fail(error, IX_EXTRACT_ERROR_DAMAGED,
                     g_strdup_printf("damaged PDF: %s", perr ? perr->message : "cannot open"));
        g_clear_error(&perr);
        return s;
    }

    int n_pages = poppler_document_get_n_pages(pd);
    if (n_pages > IX_MAX_PDF_PAGES) {
        g_object_unref(pd);
        return fail(error, IX_EXTRACT_ERROR_LIMIT, g_strdup_printf("implausible page count %d", n_pages));
    }
    if (n_pages <= 0) {
        g_object_unref(pd);
        return fail(error, IX_EXTRACT_ERROR_DAMAGED, g_strdup("damaged PDF: no pages"));
    }
    doc->pages = n_pages;
    /* Files attached to the PDF (its EmbeddedFiles, a portfolio's
     * documents) are not indexed, since an attachment may be anything:
     * said once for the file, so nobody takes the pages for all of it. */
    if (poppler_document_has_attachments(pd)) {
        guint n = poppler_document_get_n_attachments(pd);
        g_ptr_array_add(doc->warnings, g_strdup_printf("%u attached file%s not read", n, n == 1 ? "" : "s"));
    }

    /* The whole text with each page's start offset, and each page alone. */
    GString *all = g_string_new(NULL);
    int *offsets = g_new0(int, n_pages);
    char **pages = g_new0(char *, n_pages + 1);
    bool any_text = false, any_ocr = false;
    int unreadable = 0; /* pages poppler cannot give (a broken page tree or object) */
    /* What the pages draw is read from the file when a page is first to be
     * rendered (pdfpage.c). */
    ix_pdf_ocr_state ocr = {.path = in->path, .n_pages = n_pages};
    for (int i = 0; i < n_pages; i++) {
        offsets[i] = (int)all->len;
        PopplerPage *page = poppler_document_get_page(pd, i);
        unreadable += page == NULL;
        gint conf = -1;
        pages[i] = ix_pdf_page_text(ex, &ocr, page, i + 1, doc, &conf);
        g_array_append_val(doc->ocr, conf);
        any_ocr = any_ocr || conf >= 0;
        if (page != NULL)
            g_object_unref(page);
        strip_page_number(pages[i]);
        if (*pages[i] != '\0')
            any_text = true;
        g_string_append(all, pages[i]);
        g_string_append(all, ends_paragraph(pages[i]) ? "\n\n" : "\n");
    }
    char *unmapped = ix_pdf_unmapped_warning(ex, &ocr);
    if (unmapped != NULL)
        g_ptr_array_add(doc->warnings, unmapped);
    char *mapped = ix_pdf_mapped_ocr_warning(&ocr);
    if (mapped != NULL)
        g_ptr_array_add(doc->warnings, mapped);
    if (unreadable > 0 && any_text)
        g_ptr_array_add(doc->warnings, g_strdup_printf("%d of %d pages cannot be read (a broken page tree or object)",
                                                       unreadable, n_pages));
    /* Keep the per-page confidences only when some page was recognised. */
    if (!any_ocr)
        g_array_set_size(doc->ocr, 0);

    ix_extract_status status = IX_EXTRACT_OK;
    if (!any_text && unreadable == n_pages) {
        /* Not a scan: no page could be read at all. */
        status = fail(error, IX_EXTRACT_ERROR_DAMAGED,
                      n_pages == 1 ? g_strdup("damaged PDF: its page cannot be read (a broken page tree or object)")
                                   : g_strdup_printf("damaged PDF: none of its %d pages can be read (a broken page "
                                                     "tree or object)",
                                                     n_pages));
        goto out;
    }
    if (!any_text && ocr.too_large != NULL) {
        /* The page refused unrendered is why, not what OCR found. */
        status = fail(error, IX_EXTRACT_ERROR_EMPTY,
                      ocr.n_too_large == 1
                          ? g_strdup_printf("no text layer, and not recognised: %s", ocr.too_large)
                          : g_strdup_printf("no text layer, and not recognised: %s, and %d more pages too large to "
                                            "render",
                                            ocr.too_large, ocr.n_too_large - 1));
        goto out;
    }
    if (!any_text) {
        status = fail(error, IX_EXTRACT_ERROR_EMPTY,
                      g_strdup(ix_extractor_ocr(ex) != NULL ? "no text layer, and OCR found no text"
                                                            : "no text layer (scanned?; OCR is off)"));
        goto out;
    }

    /* A statute's own name outranks the file's metadata (structure.h); it
     * is not its first line ("МОНГОЛ УЛСЫН ХУУЛЬ"). */
    doc->title = ix_statute_name(pages[0]);
    char *meta_title = poppler_document_get_title(pd);
    if (doc->title == NULL && !useless_title(meta_title) && !ix_generic_law_title(meta_title))
        doc->title = g_strdup(meta_title);
    g_free(meta_title);
    for (int i = 0; doc->title == NULL && i < n_pages && i < 3; i++)
        doc->title = first_line(pages[i]);
    doc->date = creation_date(pd);

    if (!ix_add_structured_units(ex, doc, all->str, offsets, n_pages, 1, type_hint)) {
        for (int i = 0; i < n_pages; i++) {
            if (*pages[i] == '\0')
                continue;
            zr_unit *u = ix_doc_add_unit(doc, "page", g_strdup(pages[i]));
            u->page = i + 1;
        }
    }
    /* The day the file was made is no statute's day: a statute as a PDF
     * whose header prints no day of adoption has none (finish.c reads the
     * header's), never the PDF's, which made the Constitution's articles
     * "in force from" the day it was printed. */
    if (doc->type != NULL && strcmp(doc->type, "code") == 0)
        g_clear_pointer(&doc->date, g_free);

out:
    ix_pdf_ocr_state_clear(&ocr);
    g_strfreev(pages);
    g_free(offsets);
    g_string_free(all, TRUE);
    g_object_unref(pd);
    return status;
}

/* A one-page PDF of nothing, held open for the extractor's life (handler.h:
 * hold): poppler makes its global parameters with the first document
 * opened and frees them with the last one closed, and remaking them cost
 * each PDF of a run about as much as a page of text.  Its cross-reference
 * offsets are counted as it is written, so poppler opens it without
 * repairing it (and without a word on stderr). */
static void *
hold_poppler(void)
{
    static const char *const objects[] = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1 1] >>",
    };
    const int n = G_N_ELEMENTS(objects);
    GString *pdf = g_string_new("%PDF-1.4\n");
    gsize offsets[G_N_ELEMENTS(objects)];
    for (int i = 0; i < n; i++) {
        offsets[i] = pdf->len;
        g_string_append_printf(pdf, "%d 0 obj\n%s\nendobj\n", i + 1, objects[i]);
    }
    gsize xref = pdf->len;
    g_string_append_printf(pdf, "xref\n0 %d\n0000000000 65535 f \n", n + 1);
    for (int i = 0; i < n; i++)
        g_string_append_printf(pdf, "%010" G_GSIZE_FORMAT " 00000 n \n", offsets[i]);
    g_string_append_printf(pdf, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%" G_GSIZE_FORMAT "\n%%%%EOF\n",
                           n + 1, xref);
    GBytes *bytes = g_string_free_to_bytes(pdf);
    PopplerDocument *held = poppler_document_new_from_bytes(bytes, NULL, NULL);
    g_bytes_unref(bytes);
    return held;
}

static void
release_poppler(void *held)
{
    g_object_unref(held);
}

static const char *const pdf_extensions[] = {"pdf", NULL};

const ix_handler ix_pdf_handler = {
    .format = "pdf",
    .label = "PDF",
    .kind = "PDF",
    .extensions = pdf_extensions,
    .name_rule = IX_NAME_BINDS,
    .misnamed = "damaged PDF: no %PDF- header in the first 1024 bytes",
    .sniff = sniff_pdf,
    .max_bytes = 0, /* poppler reads the file */
    .hold = hold_poppler,
    .release = release_poppler,
    .extract = extract_pdf,
};
