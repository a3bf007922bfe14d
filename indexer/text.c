/* text.c — plain-text and Markdown files into units.
 *
 * Decodes UTF-8 (or, failing that, Windows-1251, the encoding older
 * Mongolian files were saved in), normalises, and then cuts by what the text
 * is: a statute into articles, a decision into one unit with its header
 * read, Markdown into its top-level sections, anything else into chunks of a
 * few thousand characters at paragraph boundaries.  Also finds the title of
 * a Mongolian statute, which is not its first line.
 *
 * Not for: sniffing (extract.c) or the patterns themselves (structure.c).
 */
#include <string.h>

#include "indexer/extract.h"
#include "indexer/structure.h"
#include "core/analysis.h"

/* Chunk sizes for text without structure, in characters: big enough to hold
 * a thought, small enough that a hit points somewhere. */
#define CHUNK_MIN   2000
#define CHUNK_MAX   4000
/* A paragraph longer than CHUNK_MAX is cut at spaces into pieces this long. */
#define CHUNK_PIECE 3000

/* ---- Decoding ----------------------------------------------------------- */

static char *
decode(const char *data, gsize len, GError **error)
{
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        data += 3, len -= 3;
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

/* ---- Chunks ------------------------------------------------------------- */

static void
emit(zr_doc *doc, GString *chunk, int page)
{
    char *text = g_strstrip(g_strdup(chunk->str));
    if (*text != '\0') {
        zr_unit *u = zr_doc_add_unit(doc, "section", text);
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

int
ix_add_chunk_units(zr_doc *doc, const char *text, int page)
{
    guint before = doc->units->len;
    GRegex *blank = g_regex_new("\\n[ \\t]*\\n\\s*", 0, 0, NULL);
    char **paras = g_regex_split(blank, text, 0);
    g_regex_unref(blank);

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

/* ---- Markdown ----------------------------------------------------------- */

/* YAML front matter: returns the offset where the body starts (0 when there
 * is none) and sets *title / *date from its "title:" and "date:" keys. */
static size_t
front_matter(const char *text, char **title, char **date)
{
    if (strncmp(text, "---\n", 4) != 0)
        return 0;
    const char *p = text + 4;
    while (*p) {
        const char *eol = strchr(p, '\n');
        size_t n = eol ? (size_t)(eol - p) : strlen(p);
        char *line = g_strndup(p, n);
        g_strchomp(line);
        p = eol ? eol + 1 : p + n;
        if (strcmp(line, "---") == 0 || strcmp(line, "...") == 0) {
            g_free(line);
            return (size_t)(p - text);
        }
        const char *keys[] = {"title:", "date:"};
        char **into[] = {title, date};
        for (int k = 0; k < 2; k++) {
            if (strncmp(line, keys[k], strlen(keys[k])) != 0 || *into[k] != NULL)
                continue;
            char *value = g_strstrip(g_strdup(line + strlen(keys[k])));
            size_t vlen = strlen(value);
            if (vlen >= 2 && (value[0] == '"' || value[0] == '\'') && value[vlen - 1] == value[0]) {
                value[vlen - 1] = '\0';
                memmove(value, value + 1, vlen - 1);
            }
            /* "|" and ">" start a block scalar: not worth a YAML parser. */
            if (*value != '\0' && *value != '|' && *value != '>')
                *into[k] = value;
            else
                g_free(value);
        }
        g_free(line);
    }
    return 0; /* never closed: not front matter after all */
}

/* Level of a Markdown ATX heading line (1 or 2), 0 otherwise; *title gets
 * its text. */
static int
md_heading(const char *line, size_t n, char **title)
{
    size_t level = 0;
    while (level < n && line[level] == '#')
        level++;
    if (level < 1 || level > 2 || level >= n || (line[level] != ' ' && line[level] != '\t'))
        return 0;
    char *t = g_strstrip(g_strndup(line + level, n - level));
    size_t len = strlen(t);
    while (len > 0 && (t[len - 1] == '#' || t[len - 1] == ' '))
        t[--len] = '\0';
    *title = t;
    return (int)level;
}

/* One unit per # or ## section; text before the first heading is a unit of
 * its own.  Headings inside ``` fences are code, not structure. */
static void
add_markdown_units(zr_doc *doc, const char *body)
{
    const char *section_start = body;
    char *section_label = NULL;
    gboolean in_fence = FALSE;
    const char *p = body;
    while (TRUE) {
        const char *eol = strchr(p, '\n');
        size_t n = eol ? (size_t)(eol - p) : strlen(p);
        char *title = NULL;
        int level = 0;
        if (n >= 3 && (strncmp(p, "```", 3) == 0 || strncmp(p, "~~~", 3) == 0))
            in_fence = !in_fence;
        else if (!in_fence)
            level = md_heading(p, n, &title);
        if (level > 0 || *p == '\0') {
            char *text = g_strstrip(g_strndup(section_start, (gsize)(p - section_start)));
            /* A heading with nothing under it before the next heading (the
             * document's "# Title" above "## Abstract") joins the next
             * section instead of becoming a unit of one line. */
            gboolean heading_only = section_label != NULL && strchr(text, '\n') == NULL && level > 0;
            if (heading_only) {
                g_free(text);
                g_free(section_label);
                section_label = title;
            } else if (*text != '\0') {
                zr_unit *u = zr_doc_add_unit(doc, "section", text);
                u->label = section_label;
            } else {
                g_free(text);
                g_free(section_label);
            }
            if (!heading_only) {
                section_label = title;
                section_start = p;
            }
        }
        if (eol == NULL)
            break;
        p = eol + 1;
    }
    /* The loop's last pass (at the end of the text) flushed the last section. */
    if (*p != '\0') {
        char *text = g_strstrip(g_strdup(section_start));
        if (*text != '\0') {
            zr_unit *u = zr_doc_add_unit(doc, "section", text);
            u->label = section_label;
            section_label = NULL;
        } else {
            g_free(text);
        }
    }
    g_free(section_label);
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

/* ---- Entry point -------------------------------------------------------- */

ix_extract_status
ix_extract_text(const char *abspath, const char *data, gsize len, const char *type_hint, zr_doc *doc, GError **error)
{
    char *utf8 = decode(data, len, error);
    if (utf8 == NULL)
        return IX_EXTRACT_FAIL;
    char *text = az_normalise(utf8, -1);
    g_free(utf8);

    char *fm_title = NULL, *fm_date = NULL;
    size_t body_at = front_matter(text, &fm_title, &fm_date);
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
    gboolean markdown = body_at > 0;
    for (int i = 0; md_exts[i] != NULL; i++)
        if (g_str_has_suffix(abspath, md_exts[i]))
            markdown = TRUE;

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

    doc->type = g_strdup(type_hint != NULL ? type_hint : ix_detect_type(body, doc->title));
    if (strcmp(doc->type, "decision") == 0) {
        zr_doc_add_unit(doc, "decision", g_strstrip(g_strdup(body)));
        ix_parse_decision_header(doc, body);
    } else if (strcmp(doc->type, "code") == 0 && ix_segment_articles(doc, body, NULL, 0) > 0) {
        /* articles added */
    } else if (markdown) {
        add_markdown_units(doc, body);
    } else {
        ix_add_chunk_units(doc, body, 0);
    }
    g_free(text);
    return IX_EXTRACT_OK;
}
