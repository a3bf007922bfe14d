/* odt.c — the ODT handler: OpenDocument text (LibreOffice, and Word's
 * "Save as .odt") into units.
 *
 * An .odt is a zip (zip.h) whose content.xml holds the body, styles.xml
 * the list and outline styles and the page headers and footers, meta.xml
 * the properties.  Read in order: text:h headings become sections, with
 * their outline numbers; lists keep the numbers their list styles give
 * (prefix, format, display levels, start values, continued lists); tables
 * row by row; notes (text:note) after the paragraph that holds them; frames
 * and text boxes after the paragraph that anchors them.  Tracked changes'
 * deleted text (text:tracked-changes), annotations (comments), tables of
 * contents and other generated indexes are left out, and so is hidden text
 * (a span, paragraph or section of a style with text:display (or
 * fo:display) "none", set on it or on a style up its parent-style-name
 * chain, in content.xml's or styles.xml's styles; a section of
 * text:display "none" or "condition", its condition not evaluated; a
 * field of text:display "none", as a text:variable-set that sets a value
 * without showing it; text:hidden-text and text:hidden-paragraph fields
 * that hide as saved),
 * with a warning, unless covered-text = keep (as text under a PDF's boxes).
 *
 * An encrypted document (META-INF/manifest.xml with encryption data) is
 * reported as such; an OpenDocument spreadsheet or presentation is not
 * ours and is skipped.
 *
 * Not for: the container (zip.c), cutting text into units (flow.c).
 */
#include <stdlib.h>
#include <string.h>

#include "indexer/flow.h"
#include "indexer/handler.h"
#include "indexer/office.h"
#include "indexer/zip.h"

#define ODT_LABEL        "OpenDocument text"
#define ODT_MIME         "application/vnd.oasis.opendocument.text"
#define IX_MAX_ODT_BYTES (256u * 1024 * 1024)
#define ODT_LEVELS       10

/* ---- Sniffing ----------------------------------------------------------- */

static ix_sniff
sniff_odt(const unsigned char *head, size_t n, const ix_handler *named)
{
    if (n < 4 || memcmp(head, "PK\x03\x04", 4) != 0)
        return IX_SNIFF_NO;
    /* The first entry is "mimetype", stored, so its value is readable. */
    if (memmem(head, n, ODT_MIME, strlen(ODT_MIME)) != NULL || named == &ix_odt_handler)
        return IX_SNIFF_YES; /* named .odt: the extractor says what it is instead */
    return IX_SNIFF_NO;      /* another zip, an OpenDocument spreadsheet */
}

/* ---- List and outline styles -------------------------------------------- */

typedef struct odt_level {
    bool number; /* a numbering level (not bullets, not an image) */
    char *format, *prefix, *suffix;
    int display; /* how many levels the number shows */
    int start;
} odt_level;

typedef struct odt_list_style {
    odt_level lvl[ODT_LEVELS]; /* 1-based; [0] unused */
    int counter[ODT_LEVELS];
    bool started[ODT_LEVELS];
} odt_list_style;

static void
list_style_free(odt_list_style *s)
{
    for (int i = 0; i < ODT_LEVELS; i++) {
        g_free(s->lvl[i].format);
        g_free(s->lvl[i].prefix);
        g_free(s->lvl[i].suffix);
    }
    g_free(s);
}

static int
int_attr(xmlNode *node, const char *local, int fallback)
{
    char *v = ix_office_attr(node, local);
    int n = fallback;
    if (v != NULL) {
        char *end = NULL;
        gint64 x = g_ascii_strtoll(v, &end, 10);
        if (end != v && x > -1000000 && x < 1000000)
            n = (int)x;
        g_free(v);
    }
    return n;
}

static odt_list_style *
read_list_style(xmlNode *style)
{
    odt_list_style *s = g_new0(odt_list_style, 1);
    for (xmlNode *l = style->children; l != NULL; l = l->next) {
        bool number = ix_office_is(l, "list-level-style-number") || ix_office_is(l, "outline-level-style");
        if (!number && !ix_office_is(l, "list-level-style-bullet") && !ix_office_is(l, "list-level-style-image"))
            continue;
        int level = int_attr(l, "level", 0);
        if (level < 1 || level >= ODT_LEVELS)
            continue;
        odt_level *v = &s->lvl[level];
        g_free(v->format), g_free(v->prefix), g_free(v->suffix);
        v->format = number ? ix_office_attr(l, "num-format") : NULL;
        v->number = number && v->format != NULL && *v->format != '\0';
        v->prefix = ix_office_attr(l, "num-prefix");
        v->suffix = ix_office_attr(l, "num-suffix");
        v->display = CLAMP(int_attr(l, "display-levels", 1), 1, level);
        v->start = int_attr(l, "start-value", 1);
    }
    return s;
}

/* Every text:list-style and the text:outline-style under `node` into
 * `styles` by name; the outline style also as *outline. */
static void
read_list_styles(xmlNode *node, GHashTable *styles, odt_list_style **outline)
{
    for (xmlNode *c = node != NULL ? node->children : NULL; c != NULL; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        bool is_outline = ix_office_is(c, "outline-style");
        if (ix_office_is(c, "list-style") || is_outline) {
            char *name = ix_office_attr(c, "name");
            odt_list_style *s = read_list_style(c);
            if (is_outline && *outline == NULL) {
                *outline = s;
                /* Headings numbered through a list name the outline style. */
                if (name != NULL)
                    g_hash_table_replace(styles, name, read_list_style(c));
                else
                    g_free(name);
            } else if (name != NULL) {
                g_hash_table_replace(styles, name, s);
            } else {
                list_style_free(s);
            }
        } else if (ix_office_is(c, "styles") || ix_office_is(c, "automatic-styles")) {
            read_list_styles(c, styles, outline);
        }
    }
}

/* Counts one more item at `level` of `s` (`start`: an explicit start value,
 * or G_MININT) and returns the number it shows, or NULL. */
static char *
count(odt_list_style *s, int level, int start)
{
    if (s == NULL || level < 1 || level >= ODT_LEVELS)
        return NULL;
    if (start != G_MININT)
        s->counter[level] = start;
    else if (!s->started[level])
        s->counter[level] = s->lvl[level].start;
    else
        s->counter[level]++;
    s->started[level] = true;
    for (int k = level + 1; k < ODT_LEVELS; k++)
        s->started[k] = false;
    const odt_level *v = &s->lvl[level];
    if (!v->number)
        return NULL;
    GString *out = g_string_new(v->prefix);
    for (int k = level - v->display + 1; k <= level; k++) {
        int value = s->started[k] ? s->counter[k] : s->lvl[k].start;
        char *n = ix_flow_format_number(s->lvl[k].number ? s->lvl[k].format : "1", value);
        if (k > level - v->display + 1)
            g_string_append_c(out, '.');
        g_string_append(out, n);
        g_free(n);
    }
    if (v->suffix != NULL)
        g_string_append(out, v->suffix);
    return g_string_free(out, FALSE);
}

/* ---- The reader --------------------------------------------------------- */

typedef struct odt_reader {
    ix_flow *fl;
    GHashTable *list_styles; /* name -> odt_list_style* */
    odt_list_style *outline; /* text:outline-style, or NULL */
    bool in_aside;           /* headers and footers: notes are not followed */
    GPtrArray *deferred;     /* frames met in the current paragraph */
    GHashTable *hidden;      /* names of styles that hide their text (text:display="none", inherited too) */
    bool keep_hidden;        /* covered-text = keep: hidden text is read as any other */
    unsigned hidden_chars;   /* characters of hidden text left out */
} odt_reader;

/* A style as read for its hiding: its parent and what its own text
 * properties say (a display of "none", or "condition" whose condition is
 * not evaluated here, hides; "true" shows; none set inherits). */
typedef struct odt_style {
    char *parent; /* style:parent-style-name, or NULL */
    int display;  /* 1 hides, 0 shows, -1 inherits */
} odt_style;

static void
odt_style_free(odt_style *st)
{
    g_free(st->parent);
    g_free(st);
}

/* What a display value says: 1 hides, 0 shows, -1 nothing (absent). */
static int
display_hides(const char *v)
{
    if (v == NULL)
        return -1;
    return strcmp(v, "none") == 0 || strcmp(v, "condition") == 0;
}

/* The styles under `node` (office:styles, automatic styles) into
 * `styles`, keyed by family and name ("paragraph\x1fP9"): a name is
 * unique within its family only, and a parent is of its child's family. */
static void
read_styles(xmlNode *node, GHashTable *styles)
{
    for (xmlNode *c = node != NULL ? node->children : NULL; c != NULL; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (ix_office_is(c, "style")) {
            char *name = ix_office_attr(c, "name");
            char *family = ix_office_attr(c, "family");
            if (name == NULL) {
                g_free(family);
                continue;
            }
            odt_style *st = g_new0(odt_style, 1);
            st->parent = ix_office_attr(c, "parent-style-name");
            st->display = -1;
            /* text:display on the text properties; fo:display, which some
             * writers put there or on the paragraph's, alike. */
            for (xmlNode *t = c->children; t != NULL; t = t->next) {
                if (!ix_office_is(t, "text-properties") && !ix_office_is(t, "paragraph-properties"))
                    continue;
                char *display = ix_office_attr(t, "display");
                int d = display_hides(display);
                if (d >= 0 && st->display != 1)
                    st->display = d;
                g_free(display);
            }
            g_hash_table_replace(styles, g_strdup_printf("%s\x1f%s", family ? family : "", name), st);
            g_free(name);
            g_free(family);
        } else if (ix_office_is(c, "styles") || ix_office_is(c, "automatic-styles")) {
            read_styles(c, styles);
        }
    }
}

/* The names of the styles of `styles` that hide their text: their own
 * display, or the nearest one set up their parent-style-name chain (a
 * paragraph style whose common parent in styles.xml is hidden hides).
 * A chain is followed at most 32 styles up: a loop hides nothing more. */
static void
hidden_styles(GHashTable *styles, GHashTable *hidden)
{
    GHashTableIter it;
    gpointer key, value;
    g_hash_table_iter_init(&it, styles);
    while (g_hash_table_iter_next(&it, &key, &value)) {
        const char *sep = strchr(key, '\x1f');
        char *family = g_strndup(key, sep - (const char *)key);
        const odt_style *st = value;
        for (int depth = 0; st != NULL && st->display < 0 && st->parent != NULL && depth < 32; depth++) {
            char *up = g_strdup_printf("%s\x1f%s", family, st->parent);
            st = g_hash_table_lookup(styles, up);
            g_free(up);
        }
        if (st != NULL && st->display == 1)
            g_hash_table_add(hidden, g_strdup(sep + 1));
        g_free(family);
    }
}

/* Whether a text:hidden-text field hides its text as saved
 * (text:is-hidden, true when absent: the condition is not evaluated). */
static bool
field_hides(const xmlNode *c)
{
    char *v = ix_office_attr(c, "is-hidden");
    bool hides = v == NULL || strcmp(v, "false") != 0;
    g_free(v);
    return hides;
}

/* Whether paragraph `p` holds a text:hidden-paragraph field that hides
 * it as saved (text:is-hidden true, or absent). */
static bool
hides_its_paragraph(const xmlNode *p)
{
    for (const xmlNode *c = p->children; c != NULL; c = c->next)
        if (ix_office_is(c, "hidden-paragraph") && field_hides(c))
            return true;
    return false;
}

/* A span, paragraph or section whose style hides it, or an element that
 * hides itself: a section of text:display "none" or "condition" (its
 * condition, a formula of the document's variables, is not evaluated:
 * text a condition may hide is left out, as hidden text is), a field of
 * text:display "none" (a text:variable-set that sets without showing). */
static bool
hidden(const odt_reader *rd, const xmlNode *c)
{
    char *style = ix_office_attr(c, "style-name");
    bool yes = style != NULL && g_hash_table_contains(rd->hidden, style);
    g_free(style);
    if (!yes) {
        char *display = ix_office_attr(c, "display");
        yes = display != NULL && (strcmp(display, "none") == 0 ||
                                  (strcmp(display, "condition") == 0 && ix_office_is(c, "section")));
        g_free(display);
    }
    return yes;
}

static void blocks(odt_reader *rd, xmlNode *parent, GString *into);
static void block(odt_reader *rd, xmlNode *c, GString *into);

static bool
skipped(const xmlNode *c)
{
    static const char *const names[] = {"annotation",
                                        "annotation-end",
                                        "tracked-changes",
                                        "table-of-content",
                                        "illustration-index",
                                        "table-index",
                                        "object-index",
                                        "user-index",
                                        "alphabetical-index",
                                        "bibliography",
                                        "sequence-decls",
                                        "variable-decls",
                                        "user-field-decls",
                                        "forms",
                                        "title",
                                        "desc",
                                        "ruby-text",
                                        "change",
                                        "change-start",
                                        "change-end",
                                        "note-citation",
                                        NULL};
    for (int i = 0; names[i] != NULL; i++)
        if (strcmp((const char *)c->name, names[i]) == 0)
            return true;
    return false;
}

/* Appends text-node content with line ends as spaces: in ODF, white space
 * in text is folded; breaks are elements. */
static void
append_text(GString *out, const char *s)
{
    for (const char *p = s; *p; p++)
        g_string_append_c(out, (*p == '\n' || *p == '\r' || *p == '\t') ? ' ' : *p);
}

static void
note(odt_reader *rd, xmlNode *n)
{
    if (rd->in_aside)
        return;
    xmlNode *citation = NULL, *body = NULL;
    for (xmlNode *c = n->children; c != NULL; c = c->next) {
        if (ix_office_is(c, "note-citation"))
            citation = c;
        else if (ix_office_is(c, "note-body"))
            body = c;
    }
    GString *text = g_string_new(NULL);
    bool outer = rd->in_aside;
    rd->in_aside = true; /* a note inside a note is not a note of the body */
    blocks(rd, body, text);
    rd->in_aside = outer;
    char *mark = citation != NULL ? ix_office_text(citation) : NULL;
    ix_flow_note(rd->fl, mark != NULL && *g_strstrip(mark) != '\0' ? mark : NULL, text->str);
    g_free(mark);
    g_string_free(text, TRUE);
}

static void
inline_text(odt_reader *rd, xmlNode *node, GString *out)
{
    for (xmlNode *c = node != NULL ? node->children : NULL; c != NULL; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content != NULL) {
            append_text(out, (const char *)c->content);
            continue;
        }
        if (c->type != XML_ELEMENT_NODE || skipped(c))
            continue;
        const char *name = (const char *)c->name;
        if (strcmp(name, "hidden-text") == 0) {
            /* A field whose text shows or not as saved. */
            char *value = ix_office_attr(c, "string-value");
            if (value != NULL && (rd->keep_hidden || !field_hides(c)))
                append_text(out, value);
            else if (value != NULL)
                rd->hidden_chars += (unsigned)g_utf8_strlen(value, -1);
            g_free(value);
        } else if (!rd->keep_hidden && hidden(rd, c)) {
            /* Hidden text, as text under an opaque box in a PDF. */
            char *gone = ix_office_text(c);
            rd->hidden_chars += (unsigned)g_utf8_strlen(gone, -1);
            g_free(gone);
        } else if (strcmp(name, "s") == 0 || strcmp(name, "tab") == 0)
            g_string_append_c(out, ' ');
        else if (strcmp(name, "line-break") == 0)
            g_string_append_c(out, '\n');
        else if (strcmp(name, "note") == 0)
            note(rd, c);
        else if (strcmp(name, "frame") == 0 || strcmp(name, "custom-shape") == 0 || strcmp(name, "g") == 0 ||
                 strcmp(name, "rect") == 0 || strcmp(name, "text-box") == 0) {
            if (rd->deferred != NULL)
                g_ptr_array_add(rd->deferred, c);
        } else {
            inline_text(rd, c, out);
        }
    }
}

static void
append_piece(GString *into, const char *text)
{
    const char *t = text;
    while (*t == ' ' || *t == '\n')
        t++;
    if (*t == '\0')
        return;
    if (into->len > 0 && into->str[into->len - 1] != ' ')
        g_string_append_c(into, ' ');
    g_string_append(into, t);
}

static bool
has_child(xmlNode *node, const char *local)
{
    for (xmlNode *c = node->children; c != NULL; c = c->next)
        if (ix_office_is(c, local))
            return true;
    return false;
}

/* A text:p or text:h (`level` > 0), with `number` before it (may be NULL). */
static void
paragraph(odt_reader *rd, xmlNode *p, int level, const char *number, GString *into)
{
    GString *text = g_string_new(NULL);
    if (number != NULL && *number != '\0') {
        g_string_append(text, number);
        g_string_append_c(text, ' ');
    }
    GPtrArray *outer = rd->deferred;
    GPtrArray *mine = g_ptr_array_new();
    rd->deferred = mine;
    inline_text(rd, p, text);
    rd->deferred = outer;
    if (into != NULL)
        append_piece(into, text->str);
    else if (level > 0)
        ix_flow_heading(rd->fl, level, text->str);
    else
        ix_flow_paragraph(rd->fl, text->str);
    g_string_free(text, TRUE);
    for (guint i = 0; i < mine->len; i++)
        blocks(rd, g_ptr_array_index(mine, i), into);
    g_ptr_array_free(mine, TRUE);
}

/* A text:h outside a list: numbered by the outline style unless it
 * carries its number (text:number) or says it has none. */
static void
heading(odt_reader *rd, xmlNode *h, GString *into)
{
    int level = CLAMP(int_attr(h, "outline-level", 1), 1, ODT_LEVELS - 1);
    char *header = ix_office_attr(h, "is-list-header");
    char *number = NULL;
    if (g_strcmp0(header, "true") != 0 && !has_child(h, "number"))
        number = count(rd->outline, level, int_attr(h, "start-value", G_MININT));
    g_free(header);
    paragraph(rd, h, level, number, into);
    g_free(number);
}

static void
list(odt_reader *rd, xmlNode *l, int depth, const char *inherited, GString *into)
{
    char *own = ix_office_attr(l, "style-name");
    const char *name = own != NULL ? own : inherited;
    odt_list_style *s = name != NULL ? g_hash_table_lookup(rd->list_styles, name) : NULL;
    char *cont = ix_office_attr(l, "continue-numbering");
    char *cont_list = ix_office_attr(l, "continue-list");
    /* A new list starts its count again, unless it continues another. */
    if (s != NULL && depth == 1 && g_strcmp0(cont, "true") != 0 && cont_list == NULL)
        memset(s->started, 0, sizeof s->started);
    g_free(cont);
    g_free(cont_list);
    for (xmlNode *item = l->children; item != NULL; item = item->next) {
        bool header = ix_office_is(item, "list-header");
        if (!header && !ix_office_is(item, "list-item"))
            continue;
        char *number = NULL;
        xmlNode *given = NULL;
        for (xmlNode *c = item->children; c != NULL && given == NULL; c = c->next)
            if (ix_office_is(c, "number"))
                given = c;
        /* An item holding only a deeper list is not an item of this
         * level: it is neither numbered nor counted. */
        bool own_paragraph = given != NULL;
        for (xmlNode *c = item->children; c != NULL && !own_paragraph; c = c->next)
            own_paragraph = ix_office_is(c, "p") || ix_office_is(c, "h");
        if (!header && own_paragraph) {
            number = count(s, depth, int_attr(item, "start-value", G_MININT));
            if (given != NULL) {
                g_free(number);
                number = ix_office_text(given);
            }
        }
        bool first = true;
        for (xmlNode *c = item->children; c != NULL; c = c->next) {
            if (ix_office_is(c, "p") || ix_office_is(c, "h")) {
                int level = ix_office_is(c, "h") ? CLAMP(int_attr(c, "outline-level", 1), 1, ODT_LEVELS - 1) : 0;
                paragraph(rd, c, level, first ? number : NULL, into);
                first = false;
            } else if (ix_office_is(c, "list")) {
                list(rd, c, depth + 1, name, into);
            } else if (c->type == XML_ELEMENT_NODE && !ix_office_is(c, "number")) {
                block(rd, c, into);
            }
        }
        g_free(number);
    }
    g_free(own);
}

static void
collect(xmlNode *parent, const char *local, GPtrArray *found)
{
    for (xmlNode *c = parent->children; c != NULL; c = c->next) {
        if (ix_office_is(c, local))
            g_ptr_array_add(found, c);
        else if (ix_office_is(c, "table-header-rows") || ix_office_is(c, "table-rows") ||
                 ix_office_is(c, "table-row-group"))
            collect(c, local, found);
    }
}

static void
table(odt_reader *rd, xmlNode *t, GString *into)
{
    GPtrArray *rows = g_ptr_array_new();
    collect(t, "table-row", rows);
    for (guint r = 0; r < rows->len; r++) {
        xmlNode *row = g_ptr_array_index(rows, r);
        xmlNode *only = NULL;
        int n = 0;
        for (xmlNode *c = row->children; c != NULL; c = c->next)
            if (ix_office_is(c, "table-cell") && n++ == 0)
                only = c;
        if (into == NULL && n == 1) {
            /* A one-cell row is a box around text (a layout), not data. */
            blocks(rd, only, NULL);
            continue;
        }
        GPtrArray *cells = g_ptr_array_new_with_free_func(g_free);
        for (xmlNode *c = row->children; c != NULL; c = c->next) {
            if (!ix_office_is(c, "table-cell"))
                continue;
            GString *cell = g_string_new(NULL);
            blocks(rd, c, cell);
            g_ptr_array_add(cells, g_string_free(cell, FALSE));
        }
        if (into != NULL) {
            for (guint i = 0; i < cells->len; i++)
                append_piece(into, g_ptr_array_index(cells, i));
            append_piece(into, ";");
        } else {
            ix_flow_row(rd->fl, cells);
        }
        g_ptr_array_free(cells, TRUE);
    }
    g_ptr_array_free(rows, TRUE);
    if (into == NULL)
        ix_flow_table_end(rd->fl);
}

/* One block: a paragraph, heading, list or table, or a container of them
 * (sections, frames, cells, headers and footers). */
static void
block(odt_reader *rd, xmlNode *c, GString *into)
{
    if (c->type != XML_ELEMENT_NODE || skipped(c))
        return;
    if ((ix_office_is(c, "p") || ix_office_is(c, "h") || ix_office_is(c, "section")) && !rd->keep_hidden &&
        (hidden(rd, c) || hides_its_paragraph(c))) {
        /* A paragraph or section whose style hides it, or a paragraph
         * with a hidden-paragraph field that hides it as saved. */
        char *gone = ix_office_text(c);
        rd->hidden_chars += (unsigned)g_utf8_strlen(gone, -1);
        g_free(gone);
        return;
    }
    if (ix_office_is(c, "p"))
        paragraph(rd, c, 0, NULL, into);
    else if (ix_office_is(c, "h"))
        heading(rd, c, into);
    else if (ix_office_is(c, "list"))
        list(rd, c, 1, NULL, into);
    else if (ix_office_is(c, "table"))
        table(rd, c, into);
    else if (ix_office_is(c, "section") || ix_office_is(c, "frame") || ix_office_is(c, "text-box") ||
             ix_office_is(c, "custom-shape") || ix_office_is(c, "g") || ix_office_is(c, "rect") ||
             ix_office_is(c, "table-cell") || ix_office_is(c, "text") || ix_office_is(c, "body") ||
             g_str_has_prefix((const char *)c->name, "header") || g_str_has_prefix((const char *)c->name, "footer"))
        blocks(rd, c, into);
}

static void
blocks(odt_reader *rd, xmlNode *parent, GString *into)
{
    for (xmlNode *c = parent != NULL ? parent->children : NULL; c != NULL; c = c->next)
        block(rd, c, into);
}

/* ---- Parts -------------------------------------------------------------- */

static bool
want_part(const char *name, void *user)
{
    static const char *const parts[] = {"mimetype", "content.xml",           "styles.xml",
                                        "meta.xml", "META-INF/manifest.xml", NULL};
    for (int i = 0; parts[i] != NULL; i++)
        if (strcmp(name, parts[i]) == 0)
            return true;
    return false;
}

/* Headers and footers of the master pages, each once. */
static void
read_asides(odt_reader *rd, xmlDocPtr styles)
{
    xmlNode *master = ix_office_find(xmlDocGetRootElement(styles), "master-styles");
    for (xmlNode *page = master != NULL ? master->children : NULL; page != NULL; page = page->next) {
        if (!ix_office_is(page, "master-page"))
            continue;
        for (xmlNode *c = page->children; c != NULL; c = c->next) {
            if (c->type != XML_ELEMENT_NODE || !(g_str_has_prefix((const char *)c->name, "header") ||
                                                 g_str_has_prefix((const char *)c->name, "footer")))
                continue;
            GString *text = g_string_new(NULL);
            rd->in_aside = true;
            blocks(rd, c, text);
            rd->in_aside = false;
            ix_flow_aside(rd->fl, text->str);
            g_string_free(text, TRUE);
        }
    }
}

/* The mimetype entry's values of the text family (ODF 1.3, appendix C;
 * "-web" is what LibreOffice's Writer/Web saves), each compared whole:
 * LibreOffice writes the type alone, no newline after it, so anything
 * more is not a producer's but damage (or a file made to pass for one,
 * as a prefix test let 64 KB of NULs and garbage after the type pass). */
static const char *const odt_text_types[] = {
    ODT_MIME, ODT_MIME "-template", ODT_MIME "-master", ODT_MIME "-master-template", ODT_MIME "-web", NULL};

/* The text type [m, m+n) begins with (all of it when `whole`), or NULL. */
static const char *
text_type(const char *m, gsize n, bool whole)
{
    const char *found = NULL;
    for (int i = 0; odt_text_types[i] != NULL; i++) {
        gsize len = strlen(odt_text_types[i]);
        if ((whole ? n == len : n >= len) && memcmp(m, odt_text_types[i], len) == 0 &&
            (found == NULL || len > strlen(found)))
            found = odt_text_types[i];
    }
    return found;
}

/* Whether [m, m+n) reads as a media type: a short run of printable
 * ASCII without spaces. */
static bool
media_type_like(const char *m, gsize n)
{
    if (n == 0 || n > 200)
        return false;
    for (gsize i = 0; i < n; i++)
        if (!g_ascii_isgraph(m[i]))
            return false;
    return true;
}

/* Refuses what is not an unencrypted OpenDocument text; IX_EXTRACT_OK to
 * go on.  Another type (a spreadsheet) is skipped; a mimetype entry that
 * is no media type at all is damage. */
static ix_extract_status
check_package(GHashTable *parts, GError **error)
{
    GBytes *mime = g_hash_table_lookup(parts, "mimetype");
    if (mime != NULL) {
        gsize n = 0;
        const char *m = g_bytes_get_data(mime, &n);
        if (m == NULL) {
            m = "";
            n = 0;
        }
        if (text_type(m, n, true) == NULL) {
            if (media_type_like(m, n)) {
                g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_UNSUPPORTED, "not an OpenDocument text: %.*s",
                            (int)n, m);
                return IX_EXTRACT_SKIP;
            }
            const char *begun = text_type(m, n, false);
            if (begun != NULL)
                g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED,
                            "damaged %s: its mimetype entry is %s followed by %" G_GSIZE_FORMAT " other byte%s",
                            ODT_LABEL, begun, n - strlen(begun), n - strlen(begun) == 1 ? "" : "s");
            else
                g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED,
                            "damaged %s: its mimetype entry (%" G_GSIZE_FORMAT " bytes) is no media type", ODT_LABEL,
                            n);
            return IX_EXTRACT_FAIL;
        }
    }
    GBytes *manifest = g_hash_table_lookup(parts, "META-INF/manifest.xml");
    if (manifest != NULL) {
        gsize n = 0;
        const char *m = g_bytes_get_data(manifest, &n);
        if (m != NULL && memmem(m, n, "encryption-data", 15) != NULL) {
            g_set_error_literal(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_ENCRYPTED, "encrypted (password required)");
            return IX_EXTRACT_FAIL;
        }
    }
    return IX_EXTRACT_OK;
}

static ix_extract_status
extract_odt(const ix_extractor *ex, const ix_input *in, const char *type_hint, zr_doc *doc, GError **error)
{
    GHashTable *parts = ix_zip_read(in->data, in->len, ODT_LABEL, want_part, NULL, error);
    if (parts == NULL)
        return IX_EXTRACT_FAIL;
    ix_extract_status status = check_package(parts, error);
    if (status != IX_EXTRACT_OK) {
        g_hash_table_unref(parts);
        return status;
    }
    status = IX_EXTRACT_FAIL;
    GError *err = NULL;
    xmlDocPtr content = ix_office_parse_part(parts, "content.xml", ODT_LABEL, &err);
    if (content == NULL && err == NULL)
        g_set_error(&err, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED, "damaged %s: no content.xml in the archive",
                    ODT_LABEL);
    xmlDocPtr styles = err == NULL ? ix_office_parse_part(parts, "styles.xml", ODT_LABEL, &err) : NULL;
    xmlDocPtr meta = err == NULL ? ix_office_parse_part(parts, "meta.xml", ODT_LABEL, &err) : NULL;
    ix_flow fl;
    ix_flow_init(&fl);
    odt_reader rd = {.fl = &fl, .keep_hidden = ix_extractor_keep_covered(ex)};
    rd.list_styles = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)list_style_free);
    rd.hidden = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    if (err == NULL) {
        /* styles.xml's common and automatic styles, then content.xml's
         * automatic ones, whose parents may be styles.xml's. */
        GHashTable *all = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)odt_style_free);
        if (styles != NULL) {
            read_list_styles(xmlDocGetRootElement(styles), rd.list_styles, &rd.outline);
            read_styles(xmlDocGetRootElement(styles), all);
        }
        read_list_styles(xmlDocGetRootElement(content), rd.list_styles, &rd.outline);
        read_styles(xmlDocGetRootElement(content), all);
        hidden_styles(all, rd.hidden);
        g_hash_table_unref(all);
        ix_office_properties(meta, doc);
        xmlNode *text = ix_office_find(ix_office_find(xmlDocGetRootElement(content), "body"), "text");
        blocks(&rd, text, NULL);
        if (styles != NULL)
            read_asides(&rd, styles);
        if (rd.hidden_chars > 0)
            g_ptr_array_add(doc->warnings, g_strdup_printf("%u characters of hidden text left out", rd.hidden_chars));
        if (ix_flow_add_units(ex, &fl, doc, type_hint))
            status = IX_EXTRACT_OK;
        else
            g_set_error_literal(&err, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_EMPTY, "no text");
    }
    if (err != NULL)
        g_propagate_error(error, err);
    if (content != NULL)
        xmlFreeDoc(content);
    if (styles != NULL)
        xmlFreeDoc(styles);
    if (meta != NULL)
        xmlFreeDoc(meta);
    if (rd.outline != NULL)
        list_style_free(rd.outline);
    g_hash_table_unref(rd.list_styles);
    g_hash_table_unref(rd.hidden);
    ix_flow_clear(&fl);
    g_hash_table_unref(parts);
    return status;
}

static const char *const odt_extensions[] = {"odt", "ott", NULL};

const ix_handler ix_odt_handler = {
    .format = "odt",
    .label = "OpenDocument",
    .kind = "OpenDocument text",
    .extensions = odt_extensions,
    .name_rule = IX_NAME_BINDS,
    .misnamed = "damaged OpenDocument text: not a zip archive",
    .sniff = sniff_odt,
    .max_bytes = IX_MAX_ODT_BYTES,
    .setup = ix_office_setup,
    .extract = extract_odt,
};
