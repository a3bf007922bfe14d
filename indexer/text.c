/* text.c — the text handler: plain-text and Markdown files into units.
 *
 * Decodes UTF-8 (or, failing that, Windows-1251, the encoding older
 * Mongolian files were saved in), makes every line end LF, normalises,
 * and then cuts by what the text
 * is: a statute into articles, a decision into one unit with its header
 * read (layout.c), Markdown into its top-level sections (markdown.c),
 * anything else into chunks of a few thousand characters at paragraph
 * boundaries.  Also finds the title of a Mongolian statute, which is not
 * its first line.
 *
 * Not for: sniffing other formats (their handlers) or the patterns
 * themselves (structure.h).
 */
#include <string.h>

#include "core/analysis.h"
#include "indexer/handler.h"
#include "indexer/structure.h"

/* ---- Sniffing ----------------------------------------------------------- */

/* Text if there is no NUL and almost no control bytes other than tab,
 * newline, carriage return and form feed: binary formats are full of
 * them; text in any 8-bit encoding is not. */
static ix_sniff
sniff_text(const unsigned char *head, size_t n, const ix_handler *named)
{
    /* UTF-16 with its byte-order mark, as Windows Notepad saves "Unicode"
     * text (decode() reads it); an XML or HTML file in it is theirs. */
    if (n >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)))
        return IX_SNIFF_MAYBE;
    size_t controls = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = head[i];
        if (c == 0)
            return IX_SNIFF_NO;
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f)
            controls++;
    }
    return controls * 100 <= n ? IX_SNIFF_MAYBE : IX_SNIFF_NO; /* at most 1% */
}

/* ---- Decoding ----------------------------------------------------------- */

static char *
decode(const char *data, gsize len, GError **error)
{
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        data += 3, len -= 3;
    if (len >= 2 && (memcmp(data, "\xFF\xFE", 2) == 0 || memcmp(data, "\xFE\xFF", 2) == 0)) {
        const char *from = data[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
        GError *err = NULL;
        gsize got = 0;
        char *utf8 = g_convert(data + 2, (gssize)(len - 2), "UTF-8", from, NULL, &got, &err);
        if (utf8 == NULL || memchr(utf8, '\0', got) != NULL) {
            g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED, "not %s text as its byte-order mark says%s%s",
                        from, err != NULL ? ": " : "", err != NULL ? err->message : "");
            g_clear_error(&err);
            g_free(utf8);
            return NULL;
        }
        return utf8;
    }
    if (memchr(data, '\0', len) != NULL) {
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED, "not UTF-8 text (NUL bytes)");
        return NULL;
    }
    if (g_utf8_validate_len(data, len, NULL))
        return g_strndup(data, len);
    char *utf8 = g_convert(data, (gssize)len, "UTF-8", "WINDOWS-1251", NULL, NULL, NULL);
    if (utf8 == NULL)
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED, "not UTF-8 text");
    return utf8;
}

/* CRLF (Windows) and a lone CR (old Macs) become LF, in place: everything
 * after reads lines by LF alone (a word hyphenated at a line end is
 * rejoined only across "-\n"). */
static void
unix_line_ends(char *s)
{
    char *out = s;
    for (const char *p = s; *p; p++) {
        if (*p == '\r') {
            *out++ = '\n';
            if (p[1] == '\n')
                p++;
        } else {
            *out++ = *p;
        }
    }
    *out = '\0';
}

/* ---- Titles ------------------------------------------------------------- */

static char *
first_line_title(char **lines)
{
    for (int i = 0; lines[i] != NULL; i++) {
        char *line = g_strstrip(lines[i]);
        while (*line == '#')
            line++;
        line = g_strstrip(line);
        if (*line != '\0')
            return g_strdup(line);
    }
    return NULL;
}

/* ---- Extraction -------------------------------------------------------- */

static ix_extract_status
extract_text(const ix_extractor *ex, const ix_input *in, const char *type_hint, zr_doc *doc, GError **error)
{
    char *utf8 = decode(in->data, in->len, error);
    if (utf8 == NULL)
        return IX_EXTRACT_FAIL;
    unix_line_ends(utf8);
    char *text = az_normalise(utf8, -1);
    g_free(utf8);

    char *fm_title = NULL, *fm_date = NULL;
    size_t body_at = ix_markdown_front_matter(text, &fm_title, &fm_date);
    const char *body = text + body_at;
    const char *probe = body;
    while (*probe == ' ' || *probe == '\n' || *probe == '\t')
        probe++;
    if (*probe == '\0') {
        g_free(fm_title), g_free(fm_date), g_free(text);
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_EMPTY, "no text");
        return IX_EXTRACT_FAIL;
    }
    static const char *const md_exts[] = {".md", ".markdown", NULL};
    bool markdown = body_at > 0;
    for (int i = 0; md_exts[i] != NULL; i++)
        if (g_str_has_suffix(in->path, md_exts[i]))
            markdown = true;

    /* Titles come from the first few lines only; copy them, since the title
     * finders trim in place. */
    char *head = g_strndup(body, MIN(strlen(body), 4096));
    char **lines = g_strsplit(head, "\n", 40);
    doc->title = fm_title != NULL ? fm_title : ix_statute_title(lines);
    if (doc->title == NULL)
        doc->title = first_line_title(lines);
    g_strfreev(lines);
    g_free(head);

    if (fm_date != NULL) {
        doc->date = ix_find_date(fm_date, -1);
        g_free(fm_date);
    }
    if (doc->date == NULL)
        doc->date = ix_find_date(body, 3000);

    if (ix_add_structured_units(ex, doc, body, NULL, 0, 0, type_hint)) {
        /* a decision, or a code's articles */
    } else if (markdown) {
        ix_add_markdown_units(doc, body);
    } else {
        ix_add_chunk_units(doc, body, 0);
    }
    g_free(text);
    return IX_EXTRACT_OK;
}

/* XML and text are read whole into memory; beyond this the file is not a
 * document a person wrote but an export or a dump. */
#define IX_MAX_TEXT_BYTES (64 * 1024 * 1024)

static const char *const text_extensions[] = {"txt", "md", "markdown", "text", NULL};

const ix_handler ix_text_handler = {
    .format = "text",
    .label = "text",
    .kind = "UTF-8 text",
    .extensions = text_extensions,
    .name_rule = IX_NAME_HINTS,
    .sniff = sniff_text,
    .max_bytes = IX_MAX_TEXT_BYTES,
    .extract = extract_text,
};
