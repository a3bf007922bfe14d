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
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/record.h"
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
    int n = 0;
    for (int i = 0; ix_handlers[i] != NULL; i++)
        n += ix_handlers[i]->kind != NULL;
    for (int i = 0, k = 0; ix_handlers[i] != NULL; i++) {
        if (ix_handlers[i]->kind == NULL)
            continue;
        if (k > 0)
            g_string_append(s, k + 1 < n ? ", " : " or ");
        g_string_append(s, ix_handlers[i]->kind);
        k++;
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

/* Whether the file open on `fd` lies below `root` (both as the kernel
 * resolves them now): the walk judged the path, and a link or a folder
 * put in its place since must not carry a file from elsewhere in. */
static bool
fd_within(int fd, const char *root)
{
    char link[64], real[PATH_MAX];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, real, sizeof real - 1);
    if (n <= 0)
        return false;
    real[n] = '\0';
    return zr_real_path_below(real, root);
}

/* Reads the whole of `fd` (from its start, at most `limit` bytes and one
 * more, to tell a file that grew past it): NULL with errno on failure. */
static char *
read_all(int fd, gsize limit, gsize *len)
{
    GByteArray *b = g_byte_array_new();
    guint8 chunk[65536];
    off_t at = 0;
    for (;;) {
        ssize_t n = pread(fd, chunk, sizeof chunk, at);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            int e = errno;
            g_byte_array_free(b, TRUE);
            errno = e;
            return NULL;
        }
        if (n == 0 || b->len > limit)
            break;
        g_byte_array_append(b, chunk, (guint)n);
        at += n;
    }
    *len = b->len;
    g_byte_array_append(b, (const guint8 *)"", 1); /* a NUL after, as g_file_get_contents gives */
    return (char *)g_byte_array_free(b, FALSE);
}

ix_extract_status
ix_extract_file_under(const ix_extractor *ex, const char *abspath, const char *root, const char *type_hint,
                      zr_doc *doc, GError **error)
{
    /* Opened once, and everything read through this descriptor: not
     * waiting on a FIFO put in the file's place (O_NONBLOCK until it is
     * known to be a regular file), and not reading another file than the
     * one checked. */
    int fd = open(abspath, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        int e = errno;
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_IO, "cannot open: %s", g_strerror(e));
        return IX_EXTRACT_FAIL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_UNSUPPORTED,
                    "not a regular file (a device, pipe or folder in the file's place)");
        return IX_EXTRACT_SKIP;
    }
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (root != NULL && !fd_within(fd, root)) {
        close(fd);
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_UNSUPPORTED,
                    "leads out of the source (a link put in the file's place since the folder was read)");
        return IX_EXTRACT_SKIP;
    }
    unsigned char head[IX_SNIFF_BYTES];
    ssize_t got = pread(fd, head, sizeof head, 0);
    size_t n = got > 0 ? (size_t)got : 0;
    if (n == 0) {
        close(fd);
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_EMPTY, "empty file");
        return IX_EXTRACT_FAIL;
    }

    ix_extract_status status = IX_EXTRACT_OK;
    const ix_handler *h = choose(abspath, head, n, &status, error);
    if (h == NULL) {
        close(fd);
        return status;
    }
    /* A handler that opens the file itself opens this descriptor's. */
    char fd_path[64];
    snprintf(fd_path, sizeof fd_path, "/proc/self/fd/%d", fd);
    ix_input in = {.path = abspath};
    char *data = NULL;
    if (h->max_bytes > 0) {
        if ((guint64)st.st_size > h->max_bytes) {
            close(fd);
            g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_LIMIT, "file too large for %s extraction (%lld MB)",
                        h->label, (long long)(st.st_size >> 20));
            return IX_EXTRACT_FAIL;
        }
        data = read_all(fd, h->max_bytes, &in.len);
        if (data == NULL) {
            int e = errno;
            close(fd);
            g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_IO, "cannot read: %s", g_strerror(e));
            return IX_EXTRACT_FAIL;
        }
        if (in.len > h->max_bytes) {
            close(fd);
            g_free(data);
            g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_LIMIT,
                        "file too large for %s extraction (it grew while being read)", h->label);
            return IX_EXTRACT_FAIL;
        }
        in.data = data;
    } else {
        in.path = fd_path;
    }
    doc->format = g_strdup(h->format);
    status = h->extract(ex, &in, type_hint, doc, error);
    g_free(data);
    close(fd);
    if (status != IX_EXTRACT_OK)
        return status;
    return ix_finish_document(ex, abspath, type_hint, doc, error);
}

ix_extract_status
ix_extract_file(const ix_extractor *ex, const char *abspath, const char *type_hint, zr_doc *doc, GError **error)
{
    return ix_extract_file_under(ex, abspath, NULL, type_hint, doc, error);
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
