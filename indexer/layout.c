/* layout.c — plain text into units when its format has no structure of
 * its own to cut by: by its legal structure (a decision, a statute's
 * articles), else into chunks of a few thousand characters at paragraph
 * boundaries (handler.h).
 *
 * Not for: finding the structure (structure.h), or formats that carry
 * their own (XML elements, Markdown headings, PDF pages).
 */
#include <string.h>

#include "indexer/handler.h"
#include "indexer/structure.h"

/* Chunk sizes for text without structure, in characters: big enough to hold
 * a thought, small enough that a hit points somewhere. */
#define CHUNK_MIN   2000
#define CHUNK_MAX   4000
/* A paragraph longer than CHUNK_MAX is cut at spaces into pieces this long. */
#define CHUNK_PIECE 3000

bool
ix_add_structured_units(const ix_extractor *ex, zr_doc *doc, const char *text, const int *page_offsets, int n_pages,
                        int first_page, const char *type_hint)
{
    const ix_patterns *pat = ix_extractor_patterns(ex);
    doc->type = g_strdup(type_hint != NULL ? type_hint : ix_detect_type(pat, text, doc->title));
    if (strcmp(doc->type, "decision") == 0) {
        zr_unit *u = ix_doc_add_unit(doc, "decision", g_strstrip(g_strdup(text)));
        u->page = first_page;
        ix_parse_decision_header(pat, doc, text);
        return true;
    }
    /* A code without article headings is cut the handler's way. */
    return strcmp(doc->type, "code") == 0 && ix_segment_articles(pat, doc, text, page_offsets, n_pages) > 0;
}

/* ---- Chunks ------------------------------------------------------------- */

static void
emit(zr_doc *doc, GString *chunk, int page)
{
    char *text = g_strstrip(g_strdup(chunk->str));
    if (*text != '\0') {
        zr_unit *u = ix_doc_add_unit(doc, "section", text);
        u->page = page;
    } else {
        g_free(text);
    }
    g_string_truncate(chunk, 0);
}

/* Appends a paragraph longer than CHUNK_MAX as pieces cut at whitespace. */
static int
emit_long_paragraph(zr_doc *doc, const char *para, int page)
{
    int added = 0;
    const char *p = para;
    while (*p) {
        const char *limit = p;
        for (int i = 0; i < CHUNK_PIECE && *limit; i++)
            limit = g_utf8_next_char(limit);
        const char *cut = limit;
        if (*limit) {
            const char *space = limit;
            while (space > p && *space != ' ' && *space != '\n')
                space--;
            if (space > p)
                cut = space;
        }
        GString *piece = g_string_new_len(p, cut - p);
        guint before = doc->units->len;
        emit(doc, piece, page);
        added += (int)(doc->units->len - before);
        g_string_free(piece, TRUE);
        p = cut;
        while (*p == ' ' || *p == '\n')
            p++;
    }
    return added;
}

/* The text's paragraphs, what blank lines (a newline, spaces or tabs, a
 * newline) separate, the white space after a blank line left out; a
 * NULL-terminated array.  One pass by hand: splitting with a GRegex took
 * time in the square of the text's length, PCRE checking the whole
 * subject's UTF-8 again at each match (a 3 MB text: 40 s). */
static char **
paragraphs(const char *text)
{
    GPtrArray *out = g_ptr_array_new();
    const char *start = text, *p = text;
    while (*p != '\0') {
        const char *q = p + 1;
        if (*p == '\n') {
            while (*q == ' ' || *q == '\t')
                q++;
        }
        if (*p != '\n' || *q != '\n') {
            p++;
            continue;
        }
        g_ptr_array_add(out, g_strndup(start, (gsize)(p - start)));
        q++;
        while (*q != '\0' && g_unichar_isspace(g_utf8_get_char(q)))
            q = g_utf8_next_char(q);
        start = p = q;
    }
    g_ptr_array_add(out, g_strndup(start, (gsize)(p - start)));
    g_ptr_array_add(out, NULL);
    return (char **)g_ptr_array_free(out, FALSE);
}

int
ix_add_chunk_units(zr_doc *doc, const char *text, int page)
{
    guint before = doc->units->len;
    char **paras = paragraphs(text);

    GString *chunk = g_string_new(NULL);
    glong chunk_chars = 0;
    for (int i = 0; paras[i] != NULL; i++) {
        char *para = g_strstrip(paras[i]);
        if (*para == '\0')
            continue;
        glong n = g_utf8_strlen(para, -1);
        if (chunk_chars > 0 && chunk_chars + n > CHUNK_MAX) {
            emit(doc, chunk, page);
            chunk_chars = 0;
        }
        if (n > CHUNK_MAX) {
            emit_long_paragraph(doc, para, page);
            continue;
        }
        if (chunk->len > 0)
            g_string_append(chunk, "\n\n");
        g_string_append(chunk, para);
        chunk_chars += n;
        if (chunk_chars >= CHUNK_MIN) {
            emit(doc, chunk, page);
            chunk_chars = 0;
        }
    }
    emit(doc, chunk, page);
    g_string_free(chunk, TRUE);
    g_strfreev(paras);
    return (int)(doc->units->len - before);
}
