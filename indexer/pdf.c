/* pdf.c — a PDF's text layer into units, page by page, with poppler-glib.
 *
 * Pages keep their 1-based numbers all the way into the units, so a hit can
 * say "page 7".  A statute becomes articles (each on the page where its
 * heading is), a decision one unit with its header read, anything else one
 * unit per page that has text.
 *
 * Scanned pages (no usable text layer) are read by OCR when the indexer
 * turned it on (indexer/ocr.h); their confidences travel in doc->ocr.
 * Not for: scanned pages when OCR is off (no text layer is reported as a failure for the
 * OCR path to pick up), or limits on time and memory: a hostile PDF can keep
 * poppler busy for minutes, so the caller runs this in a worker process
 * with a CPU limit.
 */
#include <poppler.h>
#include <string.h>

#include "indexer/extract.h"
#include "indexer/hidden.h"
#include "indexer/ocr.h"
#include "indexer/structure.h"
#include "core/analysis.h"

/* More pages than any real document here has; a page tree claiming more is
 * lying (one hostile file claims 213 million) and walking it would take
 * hours. */
#define IX_MAX_PDF_PAGES 20000

/* Producers stamp these as the "title" of documents nobody titled. */
static gboolean
useless_title(const char *title)
{
    static const char *const suffixes[] = {".doc", ".docx", ".pdf", ".rtf", ".odt", ".tmp", NULL};
    static const char *const prefixes[] = {"Microsoft Word - ", "untitled", "Untitled", NULL};
    if (title == NULL)
        return TRUE;
    char *t = g_strstrip(g_strdup(title));
    gboolean useless = *t == '\0';
    for (int i = 0; !useless && suffixes[i] != NULL; i++)
        useless = g_str_has_suffix(t, suffixes[i]);
    for (int i = 0; !useless && prefixes[i] != NULL; i++)
        useless = g_str_has_prefix(t, prefixes[i]);
    g_free(t);
    return useless;
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

ix_extract_status
ix_extract_pdf(const char *abspath, const char *type_hint, zr_doc *doc, GError **error)
{
    GError *perr = NULL;
    /* Callers pass absolute paths; a relative one is made absolute rather
     * than refused, since a URI needs one. */
    char *absolute = g_canonicalize_filename(abspath, NULL);
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

    /* The whole text with each page's start offset, and each page alone. */
    GString *all = g_string_new(NULL);
    int *offsets = g_new0(int, n_pages);
    char **pages = g_new0(char *, n_pages + 1);
    gboolean any_text = FALSE;
    gboolean ocr_on = ix_extract_ocr_enabled();
    int ocr_pages = 0;
    for (int i = 0; i < n_pages; i++) {
        offsets[i] = (int)all->len;
        PopplerPage *page = poppler_document_get_page(pd, i);
        char *raw = page != NULL ? poppler_page_get_text(page) : NULL;
        guint n_covered = 0;
        char *uncovered =
            raw != NULL && !ix_extract_keep_covered() ? ix_hide_covered_text(page, raw, &n_covered) : NULL;
        if (uncovered != NULL) {
            g_ptr_array_add(doc->warnings,
                            g_strdup_printf("page %d: %u characters drawn under opaque boxes left out (a redaction "
                                            "that kept its text?)",
                                            i + 1, n_covered));
            g_free(raw);
            raw = uncovered;
        }
        pages[i] = g_strstrip(az_normalise(raw != NULL ? raw : "", -1));
        g_free(raw);
        int conf = -1;
        if (ocr_on && page != NULL && ix_page_needs_ocr(page, pages[i])) {
            if (ocr_pages++ >= IX_OCR_MAX_PAGES) {
                if (ocr_pages == IX_OCR_MAX_PAGES + 1)
                    g_ptr_array_add(doc->warnings, g_strdup_printf("OCR stopped after %d pages", IX_OCR_MAX_PAGES));
            } else {
                GError *oerr = NULL;
                char *ocr = ix_ocr_page(page, ix_extract_ocr_cache(), &conf, &oerr);
                if (ocr != NULL) {
                    char *norm = g_strstrip(az_normalise(ocr, -1));
                    gboolean thin = ix_judge_page_text(pages[i]) == IX_PAGE_TEXT_THIN;
                    if (*norm && (!thin || ix_ocr_is_better(pages[i], norm, conf))) {
                        g_free(pages[i]);
                        pages[i] = norm;
                    } else {
                        g_free(norm);
                        conf = -1;
                    }
                    g_free(ocr);
                } else {
                    conf = -1;
                    g_ptr_array_add(doc->warnings,
                                    g_strdup_printf("page %d: OCR failed: %s", i + 1, oerr ? oerr->message : "?"));
                    if (oerr != NULL && oerr->domain == IX_OCR_ERROR && oerr->code == IX_OCR_ERROR_NO_ENGINE)
                        ocr_on = FALSE;
                }
                g_clear_error(&oerr);
            }
        }
        gint c = conf;
        g_array_append_val(doc->ocr, c);
        if (page != NULL)
            g_object_unref(page);
        if (*pages[i] != '\0')
            any_text = TRUE;
        g_string_append(all, pages[i]);
        g_string_append(all, "\n\n");
    }
    /* Keep the per-page confidences only when some page was recognised. */
    gboolean any_ocr = FALSE;
    for (guint i = 0; i < doc->ocr->len; i++)
        if (g_array_index(doc->ocr, gint, i) >= 0)
            any_ocr = TRUE;
    if (!any_ocr)
        g_array_set_size(doc->ocr, 0);

    ix_extract_status status = IX_EXTRACT_OK;
    if (!any_text) {
        status = fail(error, IX_EXTRACT_ERROR_EMPTY,
                      g_strdup(ix_extract_ocr_enabled() ? "no text layer, and OCR found no text"
                                                        : "no text layer (scanned?; OCR is off)"));
        goto out;
    }

    char *meta_title = poppler_document_get_title(pd);
    if (!useless_title(meta_title))
        doc->title = g_strdup(meta_title);
    g_free(meta_title);
    if (doc->title == NULL) {
        /* A statute's name is not its first line ("МОНГОЛ УЛСЫН ХУУЛЬ"). */
        char **lines = g_strsplit(pages[0], "\n", 40);
        doc->title = ix_statute_title(lines);
        g_strfreev(lines);
    }
    for (int i = 0; doc->title == NULL && i < n_pages && i < 3; i++)
        doc->title = first_line(pages[i]);
    doc->date = creation_date(pd);

    doc->type = g_strdup(type_hint != NULL ? type_hint : ix_detect_type(all->str, doc->title));
    if (strcmp(doc->type, "decision") == 0) {
        zr_unit *u = zr_doc_add_unit(doc, "decision", g_strstrip(g_strdup(all->str)));
        u->page = 1;
        ix_parse_decision_header(doc, all->str);
    } else if (strcmp(doc->type, "code") == 0 && ix_segment_articles(doc, all->str, offsets, n_pages) > 0) {
        /* articles added, each with the page of its heading */
    } else {
        for (int i = 0; i < n_pages; i++) {
            if (*pages[i] == '\0')
                continue;
            zr_unit *u = zr_doc_add_unit(doc, "page", g_strdup(pages[i]));
            u->page = i + 1;
        }
    }

out:
    g_strfreev(pages);
    g_free(offsets);
    g_string_free(all, TRUE);
    g_object_unref(pd);
    return status;
}
