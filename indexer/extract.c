/* extract.c — which handler a file goes to (extract.h).
 *
 * Every handler's sniff judges the first kilobyte; the strongest answer
 * wins, ties going to the handler listed first (formats.c).  The file's
 * name only breaks ties (handler.h, ix_name_rule): a file called .pdf that
 * is not one is reported as a damaged PDF rather than silently read as
 * text, and a .xml file whose content could be any text is read as XML.
 *
 * Not for: the formats themselves (the handlers), or what every document
 * gets afterwards (finish.c).
 */
#include "indexer/extract.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "indexer/handler.h"

G_DEFINE_QUARK(ix - extract - error - quark, ix_extract_error)

static bool
has_extension(const char *path, const char *const *exts)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    if (dot == NULL)
        return false;
    for (; exts != NULL && *exts != NULL; exts++)
        if (g_ascii_strcasecmp(dot + 1, *exts) == 0)
            return true;
    return false;
}

/* "not a PDF, XML or UTF-8 text file", from the table. */
static char *
unsupported_reason(void)
{
    GString *s = g_string_new("not a ");
    for (int i = 0; ix_handlers[i] != NULL; i++) {
        if (i > 0)
            g_string_append(s, ix_handlers[i + 1] != NULL ? ", " : " or ");
        g_string_append(s, ix_handlers[i]->kind);
    }
    g_string_append(s, " file");
    return g_string_free(s, FALSE);
}

/* The handler for a file, by its first `n` bytes and its name; NULL with
 * `error` set and *status SKIP or FAIL when there is none. */
static const ix_handler *
choose(const char *path, const unsigned char *head, size_t n, ix_extract_status *status, GError **error)
{
    const ix_handler *named = NULL;
    for (int i = 0; named == NULL && ix_handlers[i] != NULL; i++)
        if (has_extension(path, ix_handlers[i]->extensions))
            named = ix_handlers[i];
    const ix_handler *best = NULL;
    ix_sniff best_says = IX_SNIFF_NO, named_says = IX_SNIFF_NO;
    for (int i = 0; ix_handlers[i] != NULL; i++) {
        ix_sniff says = ix_handlers[i]->sniff(head, n, named);
        if (says > best_says) {
            best = ix_handlers[i];
            best_says = says;
        }
        if (ix_handlers[i] == named)
            named_says = says;
    }
    if (named != NULL && named != best) {
        /* A name that promises a format wins over weaker content evidence,
         * so a truncated or corrupt file is reported as such. */
        if (named->name_rule == IX_NAME_BINDS && named_says < IX_SNIFF_YES) {
            *status = IX_EXTRACT_FAIL;
            g_set_error_literal(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED, named->misnamed);
            return NULL;
        }
        if (named->name_rule == IX_NAME_HINTS && best_says == IX_SNIFF_MAYBE)
            best = named;
    }
    if (best == NULL) {
        *status = IX_EXTRACT_SKIP;
        char *reason = unsupported_reason();
        g_set_error_literal(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_UNSUPPORTED, reason);
        g_free(reason);
    }
    return best;
}

ix_extract_status
ix_extract_file(const ix_extractor *ex, const char *abspath, const char *type_hint, zr_doc *doc, GError **error)
{
    FILE *f = fopen(abspath, "rb");
    if (f == NULL) {
        int e = errno;
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_IO, "cannot open: %s", g_strerror(e));
        return IX_EXTRACT_FAIL;
    }
    struct stat st;
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
        fclose(f);
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_UNSUPPORTED, "not a regular file");
        return IX_EXTRACT_SKIP;
    }
    unsigned char head[IX_SNIFF_BYTES];
    size_t n = fread(head, 1, sizeof head, f);
    fclose(f);
    if (n == 0) {
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_EMPTY, "empty file");
        return IX_EXTRACT_FAIL;
    }

    ix_extract_status status = IX_EXTRACT_OK;
    const ix_handler *h = choose(abspath, head, n, &status, error);
    if (h == NULL)
        return status;
    ix_input in = {.path = abspath};
    char *data = NULL;
    if (h->max_bytes > 0) {
        if ((guint64)st.st_size > h->max_bytes) {
            g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_LIMIT, "file too large for %s extraction (%lld MB)",
                        h->label, (long long)(st.st_size >> 20));
            return IX_EXTRACT_FAIL;
        }
        GError *io = NULL;
        if (!g_file_get_contents(abspath, &data, &in.len, &io)) {
            g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_IO, "cannot read: %s", io->message);
            g_error_free(io);
            return IX_EXTRACT_FAIL;
        }
        in.data = data;
    }
    doc->format = g_strdup(h->format);
    status = h->extract(ex, &in, type_hint, doc, error);
    g_free(data);
    if (status != IX_EXTRACT_OK)
        return status;
    return ix_finish_document(ex, abspath, type_hint, doc, error);
}

ix_extract_status
ix_extract_bytes(const ix_extractor *ex, const char *format, const char *name, const char *data, gsize len,
                 const char *type_hint, zr_doc *doc, GError **error)
{
    const ix_handler *h = NULL;
    for (int i = 0; h == NULL && ix_handlers[i] != NULL; i++)
        if (strcmp(ix_handlers[i]->format, format) == 0 && ix_handlers[i]->max_bytes > 0)
            h = ix_handlers[i];
    if (h == NULL) {
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_UNSUPPORTED, "no handler reads %s from memory", format);
        return IX_EXTRACT_SKIP;
    }
    ix_input in = {.path = name, .data = data, .len = len};
    doc->format = g_strdup(h->format);
    ix_extract_status status = h->extract(ex, &in, type_hint, doc, error);
    if (status != IX_EXTRACT_OK)
        return status;
    return ix_finish_document(ex, name, type_hint, doc, error);
}
