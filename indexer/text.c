/* text.c — the text handler: plain-text and Markdown files into units.
 *
 * Decodes UTF-8 (or, failing that, Windows-1251, the encoding older
 * Mongolian files were saved in; a UTF-8 text with a line or a byte from
 * Windows-1251 stays UTF-8, with a warning: charset.c), UTF-16 by its
 * byte-order mark or, without one, by its NUL bytes, makes every line
 * end LF, normalises,
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
#include "indexer/charset.h"
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
    if (memchr(head, '\0', n) != NULL)
        return ix_charset_utf16_unmarked((const char *)head, n) != NULL ? IX_SNIFF_MAYBE : IX_SNIFF_NO;
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
decode(const char *data, gsize len, GPtrArray *warnings, GError **error)
{
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        data += 3, len -= 3;
    const char *from = NULL;
    gsize skip = 0;
    if (len >= 2 && (memcmp(data, "\xFF\xFE", 2) == 0 || memcmp(data, "\xFE\xFF", 2) == 0))
        from = data[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE", skip = 2;
    else if (memchr(data, '\0', len) != NULL)
        from = ix_charset_utf16_unmarked(data, len); /* Notepad's "Unicode" without its mark */
    if (from != NULL) {
        GError *err = NULL;
        gsize got = 0;
        char *utf8 = g_convert(data + skip, (gssize)(len - skip), "UTF-8", from, NULL, &got, &err);
        if (utf8 == NULL || memchr(utf8, '\0', got) != NULL) {
            g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED, "not %s text as its %s says%s%s", from,
                        skip > 0 ? "byte-order mark" : "pattern of NUL bytes", err != NULL ? ": " : "",
                        err != NULL ? err->message : "");
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
    /* UTF-8; Windows-1251 whole; or UTF-8 with lines or bytes from
     * Windows-1251 (charset.c), which the warning counts. */
    return ix_charset_decode(data, len, NULL, NULL, warnings);
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
    char *utf8 = decode(in->data, in->len, doc->warnings, error);
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
    /* What a Markdown page shows nowhere is no part of its text, its title
     * or its structure (nor of the judgement whether it reads as a case). */
    char *shown = NULL;
    if (markdown) {
        /* ... but is the file's, which /file serves whole when it is not
         * masked: read for the judgement whether it is a case file. */
        GString *unshown = g_string_new_len(text, (gssize)body_at);
        shown = ix_markdown_shown(body, unshown);
        body = shown;
        if (unshown->len > 0)
            doc->unshown = g_string_free(unshown, FALSE);
        else
            g_string_free(unshown, TRUE);
    }

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
    g_free(shown);
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
