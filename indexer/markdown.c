/* markdown.c — Markdown's structure for the text handler (handler.h): YAML
 * or TOML front matter (title, date; never text) and one unit per # or ##
 * section (a section over 64 KB in chunks, each with its heading).  A unit
 * holds the text a reader of the rendered page reads: what a renderer
 * shows nowhere (HTML comments, link reference definitions) is left out
 * before anything reads the text, and the markup (# of a heading, ** and _
 * of emphasis, a link's brackets and address, code's backticks, a quote's
 * >, rules and fences) is taken out, a footnote's definition kept, each
 * heading left on a line of its own, so that snippets and the viewer show
 * words, not syntax.
 *
 * Not for: text without headings as other formats have it (layout.c cuts
 * it into chunks), or a Markdown decision (read as a decision's text).
 */
#include <string.h>

#include "indexer/handler.h"

/* Front matter: YAML's between "---" lines (closed by "---" or "..."),
 * or TOML's between "+++" lines, as Hugo writes it.  Returns the offset
 * where the body starts (0 when there is none), with *title / *date from
 * its title and date keys (YAML's "title:", TOML's "title ="). */
size_t
ix_markdown_front_matter(const char *text, char **title, char **date)
{
    bool toml = strncmp(text, "+++\n", 4) == 0;
    if (!toml && strncmp(text, "---\n", 4) != 0)
        return 0;
    const char *p = text + 4;
    while (*p) {
        const char *eol = strchr(p, '\n');
        size_t n = eol ? (size_t)(eol - p) : strlen(p);
        char *line = g_strndup(p, n);
        g_strchomp(line);
        p = eol ? eol + 1 : p + n;
        if (toml ? strcmp(line, "+++") == 0 : (strcmp(line, "---") == 0 || strcmp(line, "...") == 0)) {
            g_free(line);
            return (size_t)(p - text);
        }
        const char *keys[] = {"title", "date"};
        char **into[] = {title, date};
        for (int k = 0; k < 2; k++) {
            size_t kn = strlen(keys[k]);
            if (strncmp(line, keys[k], kn) != 0 || *into[k] != NULL)
                continue;
            const char *v = line + kn;
            while (toml && *v == ' ')
                v++;
            if (*v != (toml ? '=' : ':'))
                continue;
            char *value = g_strstrip(g_strdup(v + 1));
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

/* Whether line [l, end) is a link reference definition ([label]: address
 * "title"), which a renderer shows nowhere; a footnote's ([^1]: text) is
 * the footnote's text. */
static bool
reference_definition(const char *l, const char *end)
{
    for (int i = 0; i < 3 && l < end && *l == ' '; i++)
        l++;
    if (l >= end || *l != '[' || (l + 1 < end && l[1] == '^'))
        return false;
    const char *close = memchr(l, ']', (size_t)(end - l));
    return close != NULL && close > l + 1 && close + 1 < end && close[1] == ':';
}

/* Whether line [l, end) is only a quoted or bracketed title: a
 * definition's, written on the line after its address. */
static bool
title_line(const char *l, const char *end)
{
    while (l < end && (*l == ' ' || *l == '\t'))
        l++;
    while (end > l && (end[-1] == ' ' || end[-1] == '\t'))
        end--;
    if (end - l < 2)
        return false;
    char open = *l, shut = end[-1];
    return (open == '"' && shut == '"') || (open == '\'' && shut == '\'') || (open == '(' && shut == ')');
}

char *
ix_markdown_shown(const char *md, GString *unshown)
{
    GString *out = g_string_sized_new(strlen(md));
    bool in_fence = false, after_definition = false;
    for (const char *p = md; *p;) {
        const char *eol = strchr(p, '\n');
        const char *end = eol ? eol : p + strlen(p);
        const char *l = p;
        const char *next = eol ? eol + 1 : end;
        if (end - l >= 3 && (strncmp(l, "```", 3) == 0 || strncmp(l, "~~~", 3) == 0))
            in_fence = !in_fence;
        if (in_fence || (end - l >= 3 && (strncmp(l, "```", 3) == 0 || strncmp(l, "~~~", 3) == 0))) {
            g_string_append_len(out, l, next - l);
            p = next;
            after_definition = false;
            continue;
        }
        if (reference_definition(l, end) || (after_definition && title_line(l, end))) {
            after_definition = !after_definition;
            if (unshown != NULL)
                g_string_append_len(unshown, l, next - l);
            p = next;
            continue;
        }
        after_definition = false;
        /* The line, its comments taken out; a comment may run over lines. */
        const char *c = l;
        for (;;) {
            const char *open = g_strstr_len(c, end - c, "<!--");
            if (open == NULL) {
                g_string_append_len(out, c, next - c);
                p = next;
                break;
            }
            g_string_append_len(out, c, open - c);
            const char *shut = strstr(open + 4, "-->");
            if (shut == NULL) {
                /* Never closed: at a line's start an HTML block that runs
                 * to the end, as CommonMark renders it (nothing); inside a
                 * line, the characters themselves. */
                bool block = true;
                for (const char *b = l; b < open; b++)
                    block = block && (*b == ' ' || *b == '\t');
                if (block) {
                    if (unshown != NULL)
                        g_string_append(unshown, open);
                    p = md + strlen(md);
                } else {
                    g_string_append_len(out, open, next - open);
                    p = next;
                }
                break;
            }
            if (unshown != NULL) {
                g_string_append_len(unshown, open + 4, shut - open - 4);
                g_string_append_c(unshown, '\n');
            }
            c = shut + 3;
            if (c > end) {
                /* The comment ran over lines: go on from the line it ends on. */
                end = strchr(c, '\n');
                next = end != NULL ? end + 1 : c + strlen(c);
                if (end == NULL)
                    end = c + strlen(c);
            }
        }
    }
    return g_string_free(out, FALSE);
}

/* ---- Markup out ---- */

static bool
word_char(const char *p, const char *start)
{
    if (p < start || *p == '\0')
        return false;
    gunichar c = g_utf8_get_char_validated(p, -1);
    return c != (gunichar)-1 && c != (gunichar)-2 && g_unichar_isalnum(c);
}

/* Appends the inline text of `line` (n bytes) without its markup: emphasis
 * marks (* and _ runs, not inside a word: snake_case stays), backticks,
 * [text](address) and ![text](address) as their text, [text][ref] as its
 * text, <https://…> as the address, backslash escapes as the character. */
static void
append_inline(GString *out, const char *line, size_t n)
{
    const char *end = line + n;
    for (const char *p = line; p < end;) {
        if (*p == '\\' && p + 1 < end && g_ascii_ispunct(p[1])) {
            g_string_append_c(out, p[1]);
            p += 2;
            continue;
        }
        if (*p == '`') {
            p++;
            continue;
        }
        if (*p == '!' && p + 1 < end && p[1] == '[') {
            p++;
            continue;
        }
        if (*p == '[') {
            const char *close = memchr(p, ']', (size_t)(end - p));
            if (close != NULL && close + 1 < end && (close[1] == '(' || close[1] == '[')) {
                const char *target = memchr(close + 1, close[1] == '(' ? ')' : ']', (size_t)(end - close - 1));
                if (target != NULL) {
                    append_inline(out, p + 1, (size_t)(close - p - 1));
                    p = target + 1;
                    continue;
                }
            }
        }
        if (*p == '<' && p + 1 < end && (g_str_has_prefix(p + 1, "http://") || g_str_has_prefix(p + 1, "https://") ||
                                         g_str_has_prefix(p + 1, "mailto:"))) {
            const char *close = memchr(p, '>', (size_t)(end - p));
            if (close != NULL) {
                g_string_append_len(out, p + 1, close - p - 1);
                p = close + 1;
                continue;
            }
        }
        if (*p == '*' || *p == '_') {
            const char *q = p;
            while (q < end && *q == *p)
                q++;
            const char *before = p > line ? g_utf8_prev_char(p) : NULL;
            bool inner = before != NULL && word_char(before, line) && q < end && word_char(q, line);
            /* A lone * between spaces is a multiplication or a footnote's star, not emphasis. */
            bool spaced = (before == NULL || *before == ' ') && (q >= end || *q == ' ');
            if (!inner && !spaced) {
                p = q;
                continue;
            }
            g_string_append_len(out, p, q - p);
            p = q;
            continue;
        }
        g_string_append_c(out, *p);
        p++;
    }
}

/* Whether a line is only a rule or a heading's underline (---, ***, ___,
 * ===), spaces allowed. */
static bool
rule_line(const char *line, size_t n)
{
    char mark = 0;
    int count = 0;
    for (size_t i = 0; i < n; i++) {
        if (line[i] == ' ' || line[i] == '\t')
            continue;
        if (strchr("-*_=", line[i]) == NULL || (mark && line[i] != mark))
            return false;
        mark = line[i];
        count++;
    }
    return count >= 3;
}

char *
ix_markdown_plain(const char *md)
{
    GString *out = g_string_sized_new(strlen(md));
    bool in_fence = false;
    for (const char *p = md; *p;) {
        const char *eol = strchr(p, '\n');
        size_t n = eol ? (size_t)(eol - p) : strlen(p);
        const char *l = p, *end = p + n;
        p = eol ? eol + 1 : end;
        if (n >= 3 && (strncmp(l, "```", 3) == 0 || strncmp(l, "~~~", 3) == 0)) {
            in_fence = !in_fence;
            continue;
        }
        if (in_fence) {
            g_string_append_len(out, l, (gssize)n);
            g_string_append_c(out, '\n');
            continue;
        }
        if (rule_line(l, n))
            continue;
        while (l < end && (*l == ' ' || *l == '\t'))
            l++;
        /* A footnote's definition ([^1]: …) stays as written (a link's
         * definition is gone already, ix_markdown_shown). */
        if (*l == '[') {
            const char *close = memchr(l, ']', (size_t)(end - l));
            if (close != NULL && close + 1 < end && close[1] == ':') {
                g_string_append_len(out, l, end - l);
                g_string_append_c(out, '\n');
                continue;
            }
        }
        while (l < end && *l == '>') {
            l++;
            while (l < end && *l == ' ')
                l++;
        }
        const char *h = l;
        while (h < end && *h == '#')
            h++;
        if (h > l && h - l <= 6 && (h == end || *h == ' ' || *h == '\t')) {
            l = h;
            while (l < end && (*l == ' ' || *l == '\t'))
                l++;
            while (end > l && (end[-1] == '#' || end[-1] == ' '))
                end--;
        }
        append_inline(out, l, (size_t)(end - l));
        g_string_append_c(out, '\n');
    }
    return g_string_free(out, FALSE);
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
add_section(zr_doc *doc, char *md, char *label)
{
    char *text = g_strstrip(ix_markdown_plain(md));
    g_free(md);
    if (label != NULL) {
        char *plain = g_strstrip(ix_markdown_plain(label));
        g_free(label);
        label = plain;
    }
    if (*text == '\0') {
        g_free(text);
        g_free(label);
        return;
    }
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
