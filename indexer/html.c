/* html.c — the HTML handler: saved web pages (legalinfo.mn statutes,
 * shuukh.mn decisions, reports) into units, with libxml2's HTML parser.
 *
 * The page is parsed from memory without network access; HTML's own named
 * entities are decoded by the parser, and nothing else is expanded (the
 * HTML parser loads no DTD, and the refusing entity loader of
 * ix_office_setup stands behind it).  The text read is the page's <main>
 * when it has one, else its <body>, leaving out scripts, styles,
 * templates, forms, navigation (<nav>, role="navigation", the page's own
 * <header> and <footer> outside any article, menus and breadcrumbs by
 * their class or id) and hidden elements (the hidden attribute,
 * aria-hidden, an inline style of display: none or visibility:
 * hidden), and <noscript>'s notices.  An image stands
 * as its alt text between spaces, and "<![CDATA[" is a comment as in a
 * browser.  Headings h1-h6 make sections;
 * ordered lists keep their numbers; tables go row by row; the structure
 * finders then run on the text as on any other (flow.h).  The title is
 * <title>, else the first <h1>; the language <html lang>; the date a
 * date <meta>, else the text's first.
 *
 * The encoding is the byte-order mark's (UTF-8, UTF-16LE or UTF-16BE), as
 * in browsers, or UTF-16 without a mark when every ASCII letter has its
 * NUL beside it, else the page's own declaration (an XML declaration's
 * encoding first, decoded here, then a <meta> charset, libxml2's); without one, UTF-8 when
 * the bytes are UTF-8, else Windows-1251 (older Mongolian pages).  A page
 * of UTF-8 with a line or a byte from Windows-1251, declared UTF-8 or
 * not declared, stays UTF-8 with those read as Windows-1251 and a
 * warning (charset.c).
 *
 * Not for: XHTML read as XML by the XML handler's vocabularies (it is read
 * here when named .html/.htm/.xhtml or declared as HTML), or cutting into
 * units (flow.c).
 */
#include <libxml/HTMLparser.h>
#include <stdlib.h>
#include <string.h>

#include "core/analysis.h"
#include "indexer/charset.h"
#include "indexer/flow.h"
#include "indexer/handler.h"
#include "indexer/html.h"
#include "indexer/office.h"
#include "indexer/structure.h"
#include "indexer/xml.h"

#define IX_MAX_HTML_BYTES (64u * 1024 * 1024)
/* More text than this in one cell (bytes) is not a cell of data. */
#define HTML_CELL_BYTES   1200
#define HTML_OPTIONS      (HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT)

/* ---- Sniffing ----------------------------------------------------------- */

static bool
starts_with_ci(const unsigned char *p, const unsigned char *end, const char *word)
{
    size_t n = strlen(word);
    return (size_t)(end - p) >= n && g_ascii_strncasecmp((const char *)p, word, n) == 0;
}

/* UTF-16 with its byte-order mark, as Windows saves "Unicode" pages:
 * "UTF-16LE" or "UTF-16BE", else NULL. */
static const char *
utf16_bom(const unsigned char *p, size_t n)
{
    if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE)
        return "UTF-16LE";
    if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF)
        return "UTF-16BE";
    return NULL;
}

/* UTF-16 with or without its mark (a page saved by a tool that writes
 * none: its ASCII has a NUL beside every letter, charset.c): the
 * encoding, and in *mark the bytes of the mark to skip; else NULL. */
static const char *
utf16_page(const unsigned char *p, size_t n, size_t *mark)
{
    const char *from = utf16_bom(p, n);
    *mark = from != NULL ? 2 : 0;
    return from != NULL ? from : ix_charset_utf16_unmarked((const char *)p, n);
}

static ix_sniff sniff_html(const unsigned char *head, size_t n, const ix_handler *named);

/* A UTF-16 page is judged by its first characters as UTF-8 (its head may
 * end inside a character: the last odd byte is left). */
static ix_sniff
sniff_utf16_html(const unsigned char *head, size_t n, size_t mark, const char *from, const ix_handler *named)
{
    gsize got = 0;
    char *utf8 =
        g_convert((const char *)head + mark, (gssize)((n - mark) & ~(size_t)1), "UTF-8", from, NULL, &got, NULL);
    if (utf8 == NULL)
        return IX_SNIFF_NO;
    ix_sniff says = got > 0 && utf16_bom((const unsigned char *)utf8, got) == NULL
                        ? sniff_html((const unsigned char *)utf8, got, named)
                        : IX_SNIFF_NO;
    g_free(utf8);
    return says;
}

static ix_sniff
sniff_html(const unsigned char *head, size_t n, const ix_handler *named)
{
    size_t mark = 0;
    const char *utf16 = utf16_page(head, n, &mark);
    if (utf16 != NULL)
        return sniff_utf16_html(head, n, mark, utf16, named);
    const unsigned char *p = head, *end = head + n;
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        p += 3;
    /* White space, comments and an XML declaration may come first. */
    for (;;) {
        while (p < end && g_ascii_isspace(*p))
            p++;
        const unsigned char *close = NULL;
        if (starts_with_ci(p, end, "<!--"))
            close = memmem(p, (size_t)(end - p), "-->", 3);
        else if (starts_with_ci(p, end, "<?xml"))
            close = memmem(p, (size_t)(end - p), "?>", 2);
        else
            break;
        if (close == NULL)
            return IX_SNIFF_NO;
        p = close + (*close == '-' ? 3 : 2);
    }
    static const char *const openers[] = {"<!doctype html", "<html", "<head", "<body", "<meta", "<title", NULL};
    for (int i = 0; openers[i] != NULL; i++)
        if (starts_with_ci(p, end, openers[i]))
            return named == &ix_xml_handler ? IX_SNIFF_MAYBE : IX_SNIFF_YES;
    if (named == &ix_html_handler && p < end && *p == '<')
        return IX_SNIFF_YES;
    return IX_SNIFF_NO;
}

/* ---- The reader --------------------------------------------------------- */

typedef struct html_reader {
    ix_flow *fl;
    GString *para; /* the inline text of the current block */
    GString *cell; /* non-NULL inside a table cell: everything goes there, in line */
    int pre;       /* inside <pre> */
    int content;   /* inside <article>, <main> or <section>: its header and footer are its own */
    char *h1;      /* the first <h1> */
    GString *unshown; /* the text of the elements left out, or NULL (zr_doc's unshown) */
    /* The classes and ids the page's own <style> rules hide (hidden_by_rules),
     * or NULL when none does. */
    GHashTable *hidden_classes, *hidden_ids;
} html_reader;

static void walk(html_reader *rd, xmlNode *node);

static bool
is(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && g_ascii_strcasecmp((const char *)n->name, name) == 0;
}

static bool
in_list(const char *name, const char *const *list)
{
    for (int i = 0; list[i] != NULL; i++)
        if (g_ascii_strcasecmp(name, list[i]) == 0)
            return true;
    return false;
}

/* Whether a class or id token names navigation or page furniture. */
static bool
furniture_token(const char *value)
{
    static const char *const tokens[] = {"nav",        "navbar",      "navigation",  "menu",      "mainmenu",
                                         "breadcrumb", "breadcrumbs", "sidebar",     "skip-link", "cookie",
                                         "cookies",    "site-header", "site-footer", NULL};
    if (value == NULL)
        return false;
    char **words = g_strsplit_set(value, " \t\n", -1);
    bool found = false;
    for (int i = 0; words[i] != NULL && !found; i++)
        found = *words[i] != '\0' && in_list(words[i], tokens);
    g_strfreev(words);
    return found;
}

/* Whether an inline style hides its element (display: none, visibility:
 * hidden): as the hidden attribute, not what the page shows. */
static bool
style_hides(const char *style)
{
    if (style == NULL)
        return false;
    GString *css = g_string_new(NULL);
    for (const char *p = style; *p; p++)
        if (!g_ascii_isspace(*p))
            g_string_append_c(css, g_ascii_tolower(*p));
    bool hides = strstr(css->str, "display:none") != NULL || strstr(css->str, "visibility:hidden") != NULL ||
                 strstr(css->str, "visibility:collapse") != NULL;
    g_string_free(css, TRUE);
    return hides;
}

/* Whether one of the space-separated `tokens` (a class attribute's) is in
 * `set`. */
static bool
token_in(const char *tokens, GHashTable *set)
{
    if (tokens == NULL || set == NULL)
        return false;
    char **words = g_strsplit_set(tokens, " \t\n\r\f", -1);
    bool found = false;
    for (int i = 0; words[i] != NULL && !found; i++)
        found = *words[i] != '\0' && g_hash_table_contains(set, words[i]);
    g_strfreev(words);
    return found;
}

/* The name a simple selector hides by, and which kind: ".name" or
 * "tag.name" a class, "#name" or "tag#name" an id; NULL for any other
 * selector (".a .b", ".a:hover", "[hidden]", "*"): whether such a rule
 * hides an element needs the page's structure or a state, and a wrong
 * reading would leave out what the page shows. */
static char *
simple_selector(const char *sel, bool *is_id)
{
    const char *p = sel;
    while (g_ascii_isalnum(*p))
        p++;
    if (*p != '.' && *p != '#')
        return NULL;
    *is_id = *p == '#';
    const char *name = ++p;
    while (g_ascii_isalnum(*p) || *p == '-' || *p == '_')
        p++;
    return *p == '\0' && p > name ? g_strdup(name) : NULL;
}

/* Whether the selector text read so far opens an at-rule (@media …). */
static bool
at_rule_ahead(const char *sel)
{
    while (g_ascii_isspace(*sel))
        sel++;
    return *sel == '@';
}

/* The classes and ids hidden by the rules of a stylesheet `css` (a page's
 * own <style>): a rule at its top level, not inside @media or another
 * at-rule (print only, or a screen's width), whose declarations say
 * display: none or visibility: hidden or collapse, for each of its simple
 * selectors (simple_selector).  One pass over the text, comments out. */
static void
hidden_by_rules(const char *css, GHashTable *classes, GHashTable *ids)
{
    GString *sel = g_string_new(NULL), *decl = g_string_new(NULL);
    int depth = 0;
    bool at_rule = false;
    for (const char *p = css; *p; p++) {
        if (p[0] == '/' && p[1] == '*') {
            const char *end = strstr(p + 2, "*/");
            if (end == NULL)
                break;
            p = end + 1;
            continue;
        }
        if (*p == '{') {
            if (depth++ == 0)
                at_rule = at_rule_ahead(sel->str);
            continue;
        }
        if (*p == '}') {
            if (depth > 0 && --depth == 0) {
                if (!at_rule && style_hides(decl->str)) {
                    char **list = g_strsplit(sel->str, ",", -1);
                    for (char **one = list; *one != NULL; one++) {
                        bool is_id = false;
                        char *name = simple_selector(g_strstrip(*one), &is_id);
                        if (name != NULL)
                            g_hash_table_add(is_id ? ids : classes, name);
                    }
                    g_strfreev(list);
                }
                g_string_truncate(sel, 0);
                g_string_truncate(decl, 0);
            }
            continue;
        }
        if (depth == 0 && *p == ';' && at_rule_ahead(sel->str)) {
            g_string_truncate(sel, 0); /* @import …; @charset …; */
            continue;
        }
        g_string_append_c(depth == 0 ? sel : decl, *p);
    }
    g_string_free(sel, TRUE);
    g_string_free(decl, TRUE);
}

/* The page's <style> elements, anywhere in it, read by hidden_by_rules. */
static void
read_style_rules(xmlNode *node, GHashTable *classes, GHashTable *ids)
{
    for (xmlNode *c = node != NULL ? node->children : NULL; c != NULL; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (is(c, "style")) {
            char *css = ix_office_text(c);
            hidden_by_rules(css, classes, ids);
            g_free(css);
        } else {
            read_style_rules(c, classes, ids);
        }
    }
}

/* Elements whose content is not the page's text. */
static bool
left_out(const html_reader *rd, xmlNode *n)
{
    /* <noscript> is left out: on the pages users save it holds a
     * site's "enable JavaScript" notices and tracking pixels, not text. */
    static const char *const never[] = {"script", "noscript", "style",  "template", "nav",   "form", "select",
                                        "button", "textarea", "iframe", "object",   "embed", "svg",  "canvas",
                                        "head",   "input",    "dialog", "map",      NULL};
    if (in_list((const char *)n->name, never))
        return true;
    if ((is(n, "header") || is(n, "footer")) && rd->content == 0)
        return true;
    static const char *const roles[] = {"navigation", "banner", "contentinfo", "search", "menu", "menubar", NULL};
    char *role = ix_office_attr(n, "role");
    char *hidden = ix_office_attr(n, "aria-hidden");
    char *cls = ix_office_attr(n, "class");
    char *id = ix_office_attr(n, "id");
    char *style = ix_office_attr(n, "style");
    bool out = (role != NULL && in_list(role, roles)) || (hidden != NULL && g_ascii_strcasecmp(hidden, "true") == 0) ||
               xmlHasProp(n, (const xmlChar *)"hidden") != NULL || furniture_token(cls) || furniture_token(id) ||
               style_hides(style) || token_in(cls, rd->hidden_classes) ||
               (id != NULL && rd->hidden_ids != NULL && g_hash_table_contains(rd->hidden_ids, g_strstrip(id)));
    g_free(style);
    g_free(role);
    g_free(hidden);
    g_free(cls);
    g_free(id);
    return out;
}

/* Ends the current block: its text becomes a paragraph (or, in a cell, a
 * space). */
static void
flush(html_reader *rd)
{
    if (rd->cell != NULL) {
        if (rd->cell->len > 0 && rd->cell->str[rd->cell->len - 1] != ' ')
            g_string_append_c(rd->cell, ' ');
        return;
    }
    if (rd->para->len > 0)
        ix_flow_paragraph(rd->fl, rd->para->str);
    g_string_truncate(rd->para, 0);
}

static GString *
sink(html_reader *rd)
{
    return rd->cell != NULL ? rd->cell : rd->para;
}

static void
text(html_reader *rd, const char *s)
{
    GString *out = sink(rd);
    for (const char *p = s; *p; p++) {
        bool space = *p == ' ' || *p == '\n' || *p == '\r' || *p == '\t' || *p == '\f';
        if (rd->pre > 0 && rd->cell == NULL) {
            /* CRLF and a lone CR (old Macs) are one line end. */
            if (*p == '\r' && p[1] == '\n')
                continue;
            g_string_append_c(out, *p == '\r' ? '\n' : *p);
        } else {
            g_string_append_c(out, space ? ' ' : *p);
        }
    }
}

/* The text under `n` alone, as one line (headings, cells of a row). */
static char *
inline_of(html_reader *rd, xmlNode *n)
{
    GString *saved = rd->cell;
    GString *buf = g_string_new(NULL);
    rd->cell = buf;
    walk(rd, n);
    rd->cell = saved;
    return g_string_free(buf, FALSE);
}

static void
heading(html_reader *rd, xmlNode *n, int level)
{
    char *t = inline_of(rd, n);
    if (rd->cell != NULL) {
        g_string_append(rd->cell, t);
        g_string_append_c(rd->cell, ' ');
    } else {
        flush(rd);
        char *stripped = g_strstrip(g_strdup(t));
        if (level == 1 && rd->h1 == NULL && *stripped != '\0')
            rd->h1 = g_strdup(stripped);
        g_free(stripped);
        ix_flow_heading(rd->fl, level, t);
    }
    g_free(t);
}

/* <ol>: each item with the number a browser shows. */
static void
ordered_list(html_reader *rd, xmlNode *ol)
{
    char *start_s = ix_office_attr(ol, "start");
    char *type = ix_office_attr(ol, "type");
    int number = start_s != NULL ? atoi(start_s) : 1;
    g_free(start_s);
    flush(rd);
    for (xmlNode *li = ol->children; li != NULL; li = li->next) {
        if (!is(li, "li")) {
            if (li->type == XML_ELEMENT_NODE && !left_out(rd, li))
                walk(rd, li);
            continue;
        }
        char *value = ix_office_attr(li, "value");
        if (value != NULL)
            number = atoi(value);
        g_free(value);
        char *shown = ix_flow_format_number(type != NULL ? type : "1", number);
        GString *out = sink(rd);
        g_string_append(out, shown);
        g_string_append(out, ". ");
        g_free(shown);
        walk(rd, li);
        flush(rd);
        number++;
    }
    g_free(type);
}

static void
collect_rows(xmlNode *parent, GPtrArray *rows)
{
    for (xmlNode *c = parent->children; c != NULL; c = c->next) {
        if (is(c, "tr"))
            g_ptr_array_add(rows, c);
        else if (is(c, "thead") || is(c, "tbody") || is(c, "tfoot"))
            collect_rows(c, rows);
    }
}

/* Whether an element holds a heading or a table, or more text than a
 * cell of data does. */
static bool
holds_page(xmlNode *n, gsize *chars)
{
    for (xmlNode *c = n->children; c != NULL; c = c->next) {
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content != NULL)
            *chars += strlen((const char *)c->content);
        if (c->type != XML_ELEMENT_NODE)
            continue;
        const char *name = (const char *)c->name;
        if (is(c, "table") || (g_ascii_tolower(name[0]) == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == '\0'))
            return true;
        if (holds_page(c, chars) || *chars > HTML_CELL_BYTES)
            return true;
    }
    return *chars > HTML_CELL_BYTES;
}

/* A row of a layout table (old sites set whole pages in tables): one cell
 * alone, or a cell holding headings, tables or pages of text.  Its cells
 * are read as the page, not as one line of data. */
static bool
layout_row(xmlNode *row)
{
    int cells = 0;
    bool page = false;
    for (xmlNode *c = row->children; c != NULL; c = c->next) {
        if (!is(c, "td") && !is(c, "th"))
            continue;
        cells++;
        gsize chars = 0;
        page = page || holds_page(c, &chars);
    }
    return cells == 1 || page;
}

static void
table(html_reader *rd, xmlNode *t)
{
    flush(rd);
    for (xmlNode *c = t->children; c != NULL; c = c->next)
        if (is(c, "caption") && rd->cell == NULL) {
            walk(rd, c);
            flush(rd);
        }
    GPtrArray *rows = g_ptr_array_new();
    collect_rows(t, rows);
    for (guint r = 0; r < rows->len; r++) {
        xmlNode *row = g_ptr_array_index(rows, r);
        if (rd->cell == NULL && layout_row(row)) {
            /* A table that lays the page out: its cells are the page. */
            for (xmlNode *c = row->children; c != NULL; c = c->next)
                if ((is(c, "td") || is(c, "th")) && !left_out(rd, c)) {
                    walk(rd, c);
                    flush(rd);
                }
            continue;
        }
        GPtrArray *cells = g_ptr_array_new_with_free_func(g_free);
        for (xmlNode *c = row->children; c != NULL; c = c->next)
            if ((is(c, "td") || is(c, "th")) && !left_out(rd, c))
                g_ptr_array_add(cells, inline_of(rd, c));
        if (rd->cell != NULL) {
            /* A table inside a cell: its rows in line. */
            for (guint i = 0; i < cells->len; i++) {
                g_string_append(rd->cell, g_ptr_array_index(cells, i));
                g_string_append_c(rd->cell, ' ');
            }
            g_string_append(rd->cell, "; ");
        } else {
            ix_flow_row(rd->fl, cells);
        }
        g_ptr_array_free(cells, TRUE);
    }
    g_ptr_array_free(rows, TRUE);
    if (rd->cell == NULL)
        ix_flow_table_end(rd->fl);
}

/* A <sup> of one to three digits right after a digit ("48<sup>1</sup>
 * дүгээр зүйл", "6.1.1<sup>1</sup>", as legalinfo.mn sets an inserted
 * provision's number) is appended as superscript digits, which the text's
 * normalisation keeps: flattened to "481" it would be article 481.  A
 * <sup> anywhere else (a footnote's mark after a word) is read as before.
 * Returns whether it was taken. */
static bool
superscript_number(html_reader *rd, xmlNode *sup)
{
    GString *out = sink(rd);
    if (out->len == 0 || !g_ascii_isdigit(out->str[out->len - 1]))
        return false;
    char *t = ix_office_text(sup);
    g_strstrip(t);
    size_t n = strlen(t);
    bool digits = n >= 1 && n <= 3;
    for (size_t i = 0; digits && i < n; i++)
        digits = g_ascii_isdigit(t[i]);
    if (digits)
        for (size_t i = 0; i < n; i++)
            g_string_append_unichar(out, az_superscript_char(t[i] - '0'));
    g_free(t);
    return digits;
}

static void
walk(html_reader *rd, xmlNode *node)
{
    static const char *const blocks[] = {
        "p",      "div",    "section", "article", "main",       "blockquote", "li",     "dd",   "dt",
        "dl",     "ul",     "address", "figure",  "figcaption", "caption",    "center", "hr",   "body",
        "header", "footer", "aside",   "details", "summary",    "fieldset",   "legend", "html", NULL};
    for (xmlNode *c = node->children; c != NULL; c = c->next) {
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content != NULL) {
            text(rd, (const char *)c->content);
            continue;
        }
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (left_out(rd, c)) {
            if (rd->unshown != NULL) {
                char *t = ix_office_text(c);
                g_string_append(rd->unshown, t);
                g_string_append_c(rd->unshown, '\n');
                g_free(t);
            }
            continue;
        }
        const char *name = (const char *)c->name;
        if (g_ascii_tolower(name[0]) == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == '\0') {
            heading(rd, c, name[1] - '0');
        } else if (is(c, "br")) {
            g_string_append_c(sink(rd), rd->cell != NULL ? ' ' : '\n');
        } else if (is(c, "img")) {
            /* An image parts the words either side; its alt text stands
             * for it (a scanned seal, a signature, a chart's caption). */
            char *alt = ix_office_attr(c, "alt");
            g_string_append_c(sink(rd), ' ');
            if (alt != NULL && *g_strstrip(alt) != '\0') {
                text(rd, alt);
                g_string_append_c(sink(rd), ' ');
            }
            g_free(alt);
        } else if (is(c, "sup") && superscript_number(rd, c)) {
            /* 48<sup>1</sup>: written as 48¹ (superscript_number). */
        } else if (is(c, "table")) {
            table(rd, c);
        } else if (is(c, "ol")) {
            ordered_list(rd, c);
        } else if (is(c, "pre")) {
            flush(rd);
            rd->pre++;
            walk(rd, c);
            rd->pre--;
            flush(rd);
        } else if (in_list(name, blocks)) {
            bool content = is(c, "article") || is(c, "main") || is(c, "section");
            flush(rd);
            rd->content += content;
            walk(rd, c);
            rd->content -= content;
            flush(rd);
        } else {
            walk(rd, c);
        }
    }
}

/* ---- The page's fields -------------------------------------------------- */

/* The first element named `name` under `n`, depth first. */
static xmlNode *
find(xmlNode *n, const char *name)
{
    for (xmlNode *c = n != NULL ? n->children : NULL; c != NULL; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (is(c, name))
            return c;
        xmlNode *f = find(c, name);
        if (f != NULL)
            return f;
    }
    return NULL;
}

/* The element with role="main", if any. */
static xmlNode *
find_role_main(xmlNode *n)
{
    for (xmlNode *c = n != NULL ? n->children : NULL; c != NULL; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        char *role = ix_office_attr(c, "role");
        bool main = g_strcmp0(role, "main") == 0;
        g_free(role);
        if (main)
            return c;
        xmlNode *f = find_role_main(c);
        if (f != NULL)
            return f;
    }
    return NULL;
}

/* A publication date from the <meta> tags that carry one. */
static char *
meta_date(xmlNode *head)
{
    static const char *const names[] = {"date",
                                        "dc.date",
                                        "dcterms.date",
                                        "dcterms.created",
                                        "dc.date.created",
                                        "citation_date",
                                        "citation_publication_date",
                                        "article:published_time",
                                        NULL};
    for (xmlNode *c = head != NULL ? head->children : NULL; c != NULL; c = c->next) {
        if (!is(c, "meta"))
            continue;
        char *name = ix_office_attr(c, "name");
        if (name == NULL)
            name = ix_office_attr(c, "property");
        char *content = name != NULL && in_list(name, names) ? ix_office_attr(c, "content") : NULL;
        char *date = content != NULL ? ix_find_date(content, -1) : NULL;
        g_free(name);
        g_free(content);
        if (date != NULL)
            return date;
    }
    return NULL;
}

/* The encoding to parse with: NULL (the page declares one), else UTF-8
 * or, when the bytes are not UTF-8, Windows-1251.  (A page with a
 * byte-order mark, or in UTF-16 without one, is decoded before:
 * page_utf8().) */
static const char *
encoding_for(const char *data, gsize len)
{
    gsize probe = MIN(len, 4096);
    char *head = g_ascii_strdown(data, (gssize)probe);
    bool declared = strstr(head, "charset") != NULL || strstr(head, "encoding=") != NULL;
    bool valid = g_utf8_validate_len(data, len, NULL);
    /* A page that says it is UTF-16 or UTF-32 but has no BOM and no NUL
     * (which either would have between ASCII letters) is not: read as what
     * its bytes are, or libxml2 reads nothing. */
    if (declared && valid && memchr(data, '\0', len) == NULL &&
        (strstr(head, "utf-16") != NULL || strstr(head, "utf-32") != NULL || strstr(head, "ucs-"))) {
        g_free(head);
        return "UTF-8";
    }
    g_free(head);
    if (declared)
        return NULL;
    return valid ? "UTF-8" : "windows-1251";
}

/* A page with a byte-order mark, or in UTF-16 without one, as UTF-8
 * without the mark (a new string in *utf8, or the page itself after a
 * UTF-8 mark): as in browsers, the mark wins over any charset the page
 * declares, which is often a template's and wrong.  NULL when there is
 * neither; an error when the bytes are not what they say. */
static const char *
page_utf8(const char *data, gsize len, char **utf8, gsize *utf8_len, GError **error)
{
    *utf8 = NULL;
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
        *utf8_len = len - 3;
        return data + 3;
    }
    size_t mark = 0;
    const char *from = utf16_page((const unsigned char *)data, len, &mark);
    if (from == NULL)
        return NULL;
    GError *err = NULL;
    *utf8 = g_convert(data + mark, (gssize)(len - mark), "UTF-8", from, NULL, utf8_len, &err);
    if (*utf8 == NULL || memchr(*utf8, '\0', *utf8_len) != NULL) {
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED, "not %s HTML as its %s%s%s", from,
                    mark > 0 ? "byte-order mark says" : "first bytes say", err != NULL ? ": " : "",
                    err != NULL ? err->message : "");
        g_clear_error(&err);
        g_free(*utf8);
        *utf8 = NULL;
        return data; /* not NULL: the error is set */
    }
    return *utf8;
}

/* The encoding an XML declaration at the page's start names
 * (`<?xml version="1.0" encoding="windows-1251"?>`), or NULL.  libxml2's
 * HTML parser reads only <meta> for it, and guessed an XHTML page whose
 * declaration alone names its charset word by word, Cyrillic as Latin-1
 * (probe F2, F2).  For XHTML the declaration is the page's own charset. */
static char *
xml_declared_encoding(const char *data, gsize len)
{
    const char *p = data, *end = data + MIN(len, 512);
    while (p < end && g_ascii_isspace(*p))
        p++;
    if (end - p < 6 || memcmp(p, "<?xml", 5) != 0 || !g_ascii_isspace(p[5]))
        return NULL;
    const char *close = memmem(p, (size_t)(end - p), "?>", 2);
    const char *e = close != NULL ? memmem(p, (size_t)(close - p), "encoding", 8) : NULL;
    if (e == NULL)
        return NULL;
    for (e += 8; e < close && g_ascii_isspace(*e); e++)
        ;
    if (e >= close || *e++ != '=')
        return NULL;
    while (e < close && g_ascii_isspace(*e))
        e++;
    if (e >= close || (*e != '"' && *e != '\''))
        return NULL;
    const char *stop = memchr(e + 1, *e, (size_t)(close - e - 1));
    if (stop == NULL || stop == e + 1 || stop - e > 40)
        return NULL;
    return g_strndup(e + 1, (gsize)(stop - e - 1));
}

/* A page in the 8-bit charset its XML declaration names, as UTF-8 (a new
 * string), or NULL: no such declaration, one naming UTF-8 or UTF-16/32
 * (read as the other paths say), or bytes that charset does not decode. */
static char *
page_declared_xml(const char *data, gsize len, gsize *utf8_len)
{
    char *name = xml_declared_encoding(data, len);
    if (name == NULL)
        return NULL;
    char *lower = g_ascii_strdown(name, -1);
    char *utf8 = NULL;
    if (!g_str_has_prefix(lower, "utf") && !g_str_has_prefix(lower, "ucs") && !g_str_has_prefix(lower, "iso-10646")) {
        utf8 = g_convert(data, (gssize)len, "UTF-8", name, NULL, utf8_len, NULL);
        if (utf8 != NULL && memchr(utf8, '\0', *utf8_len) != NULL)
            g_clear_pointer(&utf8, g_free);
    }
    g_free(lower);
    g_free(name);
    return utf8;
}

/* A page without a byte-order mark that is not valid UTF-8 but declares
 * no charset, or declares UTF-8: decoded here (charset.c), as UTF-8 with
 * the lines or bytes pasted from Windows-1251 read as such, or as
 * Windows-1251 whole; a page that mends needed says so in `warnings`.  A
 * new string, or NULL for a page libxml2 decodes by its declaration. */
static char *
page_mended(const char *data, gsize len, gsize *utf8_len, GPtrArray *warnings)
{
    if (g_utf8_validate_len(data, len, NULL))
        return NULL;
    char *head = g_ascii_strdown(data, (gssize)MIN(len, 4096));
    bool declared = strstr(head, "charset") != NULL || strstr(head, "encoding=") != NULL;
    bool says_utf8 = strstr(head, "utf-8") != NULL || strstr(head, "utf8") != NULL;
    g_free(head);
    if (declared && !says_utf8)
        return NULL;
    return ix_charset_decode(data, len, utf8_len, NULL, warnings);
}

static void
note_depth_error(void *ctx, xmlErrorPtr e)
{
    /* Every other complaint of the recovering parser is ignored: pages
     * as saved are seldom valid.  Its depth limit is not: the text below
     * it is lost, and the report must say why. */
    if (ix_xml_depth_error(e))
        *(bool *)ctx = true;
}

/* "<![CDATA[" outside foreign content is, to a browser, a bogus comment
 * ending at the next '>'; libxml2's HTML parser reads it as text.  A copy
 * of the page with each such comment blanked, or NULL when it has none. */
static char *
without_cdata(const char *data, gsize len)
{
    static const char open[] = "<![CDATA[";
    if (memmem(data, len, open, sizeof open - 1) == NULL)
        return NULL;
    char *copy = g_memdup2(data, len);
    char *p = copy, *end = copy + len;
    while ((p = memmem(p, (size_t)(end - p), open, sizeof open - 1)) != NULL) {
        char *close = memchr(p, '>', (size_t)(end - p));
        char *stop = close != NULL ? close + 1 : end;
        memset(p, ' ', (size_t)(stop - p));
        p = stop;
    }
    return copy;
}

#define DEPTH_WARNING "elements nested deeper than the HTML parser's limit (256): the text below it was not read"

/* The page parsed, decoded as the file header says (a warning when it
 * needed mending or was nested too deep: *too_deep); NULL with `error` set
 * when it cannot be. */
static htmlDocPtr
parse_page(const char *data, gsize len, GPtrArray *warnings, bool *too_deep, GError **error)
{
    *too_deep = false;
    if (len > G_MAXINT) {
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_LIMIT, "HTML file too large");
        return NULL;
    }
    char *decoded = NULL;
    gsize page_len = 0;
    GError *bom_error = NULL;
    const char *page = page_utf8(data, len, &decoded, &page_len, &bom_error);
    if (bom_error != NULL) {
        g_propagate_error(error, bom_error);
        return NULL;
    }
    if (page == NULL)
        page = decoded = page_declared_xml(data, len, &page_len);
    if (page == NULL)
        page = decoded = page_mended(data, len, &page_len, warnings);
    char *blanked = page != NULL ? without_cdata(page, page_len) : without_cdata(data, len);
    if (blanked != NULL && page != NULL)
        page = blanked;
    else if (blanked != NULL)
        data = blanked;
    if (page_len > G_MAXINT) {
        g_free(decoded);
        g_free(blanked);
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_LIMIT, "HTML file too large");
        return NULL;
    }
    xmlSetStructuredErrorFunc(too_deep, note_depth_error);
    /* After a byte-order mark, or mended, the page is UTF-8 now, whatever
     * its <meta> says: the parser is told to ignore the declaration. */
    htmlDocPtr hdoc = page != NULL ? htmlReadMemory(page, (int)page_len, NULL, "UTF-8", HTML_OPTIONS | HTML_PARSE_IGNORE_ENC)
                                   : htmlReadMemory(data, (int)len, NULL, encoding_for(data, len), HTML_OPTIONS);
    g_free(decoded);
    g_free(blanked);
    xmlSetStructuredErrorFunc(NULL, NULL);
    if (*too_deep)
        g_ptr_array_add(warnings, g_strdup(DEPTH_WARNING));
    return hdoc;
}

/* The text a page shows: its <main>, else its <body>. */
static void
read_body(html_reader *rd, xmlNode *root)
{
    xmlNode *body = find(root, "main");
    if (body == NULL)
        body = find_role_main(root);
    if (body != NULL)
        rd->content = 1;
    else
        body = find(root, "body");
    GHashTable *classes = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    GHashTable *ids = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    read_style_rules(root, classes, ids);
    rd->hidden_classes = g_hash_table_size(classes) > 0 ? classes : NULL;
    rd->hidden_ids = g_hash_table_size(ids) > 0 ? ids : NULL;
    walk(rd, body != NULL ? body : root);
    flush(rd);
    rd->hidden_classes = rd->hidden_ids = NULL;
    g_hash_table_destroy(classes);
    g_hash_table_destroy(ids);
}

bool
ix_html_into_flow(const char *data, gsize len, ix_flow *fl, GPtrArray *warnings, GError **error)
{
    bool too_deep = false;
    htmlDocPtr hdoc = parse_page(data, len, warnings, &too_deep, error);
    if (hdoc == NULL)
        return false;
    xmlNode *root = xmlDocGetRootElement(hdoc);
    if (root != NULL) {
        html_reader rd = {.fl = fl, .para = g_string_new(NULL)};
        read_body(&rd, root);
        g_free(rd.h1);
        g_string_free(rd.para, TRUE);
    }
    xmlFreeDoc(hdoc);
    return true;
}

/* The page's comments, anywhere in it, a line each into `out`. */
static void
comments(xmlNode *node, GString *out)
{
    for (xmlNode *c = node != NULL ? node->children : NULL; c != NULL; c = c->next) {
        if (c->type == XML_COMMENT_NODE && c->content != NULL) {
            g_string_append(out, (const char *)c->content);
            g_string_append_c(out, '\n');
        } else if (c->type == XML_ELEMENT_NODE) {
            comments(c, out);
        }
    }
}

static ix_extract_status
extract_html(const ix_extractor *ex, const ix_input *in, const char *type_hint, zr_doc *doc, GError **error)
{
    bool too_deep = false;
    htmlDocPtr hdoc = parse_page(in->data, in->len, doc->warnings, &too_deep, error);
    if (hdoc == NULL && error != NULL && *error != NULL)
        return IX_EXTRACT_FAIL;
    const char *deep = DEPTH_WARNING;
    xmlNode *root = hdoc != NULL ? xmlDocGetRootElement(hdoc) : NULL;
    if (root == NULL) {
        if (hdoc != NULL)
            xmlFreeDoc(hdoc);
        g_set_error_literal(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_EMPTY, "no text");
        return IX_EXTRACT_FAIL;
    }
    char *lang = ix_office_attr(root, "lang");
    if (lang == NULL)
        lang = ix_office_attr(root, "xml:lang");
    doc->lang = ix_lang_declared(lang); /* for the text to confirm (flow.c) */
    g_free(lang);
    xmlNode *head = find(root, "head");
    xmlNode *title = find(head, "title");
    if (title != NULL) {
        char *t = ix_office_text(title);
        if (*g_strstrip(t) != '\0')
            doc->title = t;
        else
            g_free(t);
    }
    doc->date = meta_date(head);

    ix_flow fl;
    ix_flow_init(&fl);
    /* What the page hides is read for the judgement whether it is a case
     * file (zr_doc's unshown): its original, served whole when it is not
     * masked, holds it.  The head's scripts (JSON-LD) and the comments too. */
    html_reader rd = {.fl = &fl, .para = g_string_new(NULL), .unshown = g_string_new(NULL)};
    read_body(&rd, root);
    for (xmlNode *c = head != NULL ? head->children : NULL; c != NULL; c = c->next)
        if (is(c, "script") || is(c, "noscript") || is(c, "template")) {
            char *t = ix_office_text(c);
            g_string_append_printf(rd.unshown, "%s\n", t);
            g_free(t);
        }
    comments(root, rd.unshown);
    if (rd.unshown->len > 0)
        doc->unshown = g_string_free(rd.unshown, FALSE);
    else
        g_string_free(rd.unshown, TRUE);
    if (doc->title == NULL && rd.h1 != NULL)
        doc->title = g_strdup(rd.h1);
    ix_extract_status status = IX_EXTRACT_OK;
    if (!ix_flow_add_units(ex, &fl, doc, type_hint)) {
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_EMPTY, "no text%s%s", too_deep ? ": " : "",
                    too_deep ? deep : "");
        status = IX_EXTRACT_FAIL;
    }
    g_free(rd.h1);
    g_string_free(rd.para, TRUE);
    ix_flow_clear(&fl);
    xmlFreeDoc(hdoc);
    return status;
}

static const char *const html_extensions[] = {"html", "htm", "xhtml", "shtml", NULL};

const ix_handler ix_html_handler = {
    .format = "html",
    .label = "HTML",
    .kind = "HTML",
    .extensions = html_extensions,
    .name_rule = IX_NAME_HINTS,
    .sniff = sniff_html,
    .max_bytes = IX_MAX_HTML_BYTES,
    .setup = ix_office_setup,
    .extract = extract_html,
};
