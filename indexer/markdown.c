/* markdown.c — Markdown's structure for the text handler (handler.h): YAML
 * front matter (title, date) and one unit per # or ## section (a section
 * over 64 KB in chunks, each with its heading).
 *
 * Not for: Markdown's inline syntax, which stays in the text as written
 * (the analyser sees "**word**" as "word"), or text without headings
 * (layout.c cuts it into chunks).
 */
#include <string.h>

#include "indexer/handler.h"

/* YAML front matter: the offset where the body starts (0 when there is
 * none), with *title / *date from its "title:" and "date:" keys. */
size_t
ix_markdown_front_matter(const char *text, char **title, char **date)
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

/* A section longer than this is cut into chunks as plain text is (layout.c),
 * each labelled with its heading: one unit of a 32 MB file without
 * headings (a million link definitions) took 1.9 GB and 111 s to analyse
 * and failed under a 1 GB limit (probe F2, F5); a section this long is no
 * passage a hit could show anyway. */
#define MD_SECTION_MAX_BYTES (64 * 1024)

/* Adds section `text` (taken) labelled `label` (taken; may be NULL). */
static void
add_section(zr_doc *doc, char *text, char *label)
{
    if (strlen(text) <= MD_SECTION_MAX_BYTES) {
        zr_unit *u = ix_doc_add_unit(doc, "section", text);
        u->label = label;
        return;
    }
    guint first = doc->units->len;
    ix_add_chunk_units(doc, text, 0);
    for (guint i = first; label != NULL && i < doc->units->len; i++)
        ((zr_unit *)g_ptr_array_index(doc->units, i))->label = g_strdup(label);
    g_free(text);
    g_free(label);
}

/* One unit per # or ## section; text before the first heading is a unit of
 * its own.  Headings inside ``` fences are code, not structure. */
void
ix_add_markdown_units(zr_doc *doc, const char *body)
{
    const char *section_start = body;
    char *section_label = NULL;
    bool in_fence = false;
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
            bool heading_only = section_label != NULL && strchr(text, '\n') == NULL && level > 0;
            if (heading_only) {
                g_free(text);
                g_free(section_label);
                section_label = title;
            } else if (*text != '\0') {
                add_section(doc, text, section_label);
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
            add_section(doc, text, section_label);
            section_label = NULL;
        } else {
            g_free(text);
        }
    }
    g_free(section_label);
}
