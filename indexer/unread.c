/* unread.c — formats recognised but not read: RTF and MHTML web archives.
 *
 * They are text-like enough that the text handler would otherwise take
 * RTF and MHTML as plain text (control words and quoted-printable bytes
 * searchable, "{\rtf1…" or "MIME-Version: 1.0" as the title); here they
 * are told by their content and skipped with a reason that says what to
 * do instead, as the README promises for anything not read.
 *
 * Not for: reading them (no handler does), files no handler recognises at
 * all (extract.c's own reason), or the binary Office files (doc.c reads
 * Word 97-2003 and skips the others with a reason).
 */
#include <string.h>

#include "indexer/handler.h"

typedef enum {
    UNREAD_NONE,
    UNREAD_RTF,
    UNREAD_MHTML,
} unread_kind;

static bool
starts_ci(const unsigned char *p, const unsigned char *end, const char *word)
{
    size_t n = strlen(word);
    return (size_t)(end - p) >= n && g_ascii_strncasecmp((const char *)p, word, n) == 0;
}

/* MIME headers first ("MIME-Version:", "Content-Type:", "From:" …, as
 * browsers save a page "as a single file") and a multipart/related body. */
static bool
is_mhtml(const unsigned char *head, size_t n)
{
    const unsigned char *p = head, *end = head + n;
    while (p < end && g_ascii_isspace(*p))
        p++;
    /* The first line is a header: a name of letters, digits and dashes,
     * then a colon. */
    const unsigned char *q = p;
    while (q < end && (g_ascii_isalnum(*q) || *q == '-'))
        q++;
    if (q == p || q >= end || *q != ':')
        return false;
    char *text = g_ascii_strdown((const char *)head, (gssize)n);
    bool multipart = strstr(text, "multipart/related") != NULL;
    g_free(text);
    return multipart;
}

static unread_kind
kind_of(const unsigned char *head, size_t n)
{
    const unsigned char *p = head, *end = head + n;
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        p += 3;
    while (p < end && g_ascii_isspace(*p))
        p++;
    if (starts_ci(p, end, "{\\rtf"))
        return UNREAD_RTF;
    if (memchr(head, '\0', n) == NULL && is_mhtml(head, n))
        return UNREAD_MHTML;
    return UNREAD_NONE;
}

static ix_sniff
sniff_unread(const unsigned char *head, size_t n, const ix_handler *named)
{
    (void)named;
    return kind_of(head, n) != UNREAD_NONE ? IX_SNIFF_YES : IX_SNIFF_NO;
}

static ix_extract_status
extract_unread(const ix_extractor *ex, const ix_input *in, const char *type_hint, zr_doc *doc, GError **error)
{
    (void)ex, (void)type_hint, (void)doc;
    unsigned char head[IX_SNIFF_BYTES];
    size_t n = 0;
    FILE *f = fopen(in->path, "rb");
    if (f != NULL) {
        n = fread(head, 1, sizeof head, f);
        fclose(f);
    }
    const char *reason = "a format that is not read";
    switch (kind_of(head, n)) {
    case UNREAD_RTF:
        reason = "RTF is not read: save it as .docx (or .odt)";
        break;
    case UNREAD_MHTML:
        reason = "an MHTML web archive (.mht) is not read: save the page as .html";
        break;
    case UNREAD_NONE:
        break;
    }
    g_set_error_literal(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_UNSUPPORTED, reason);
    return IX_EXTRACT_SKIP;
}

const ix_handler ix_unread_handler = {
    .format = "unread",
    .label = "unread",
    .kind = NULL, /* not in "not a PDF, … file": these are recognised */
    .extensions = NULL, /* by content only: a text file named .doc is still read */
    .name_rule = IX_NAME_HINTS,
    .sniff = sniff_unread,
    .max_bytes = 0, /* nothing is read but the head */
    .extract = extract_unread,
};
