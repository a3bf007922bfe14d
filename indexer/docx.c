/* docx.c — the DOCX handler: Word (Office Open XML) documents into units.
 *
 * A .docx is a zip of XML parts (zip.h reads it, in memory, refusing
 * hostile archives).  The main part is found through the package's
 * relationships, and its own relationships name the styles, numbering,
 * footnotes, endnotes, headers and footers.  The body is read in order:
 * paragraphs with their list numbers rendered (docx.h), headings by style
 * becoming sections, tables row by row, text boxes after the paragraph
 * that anchors them, footnotes and endnotes after the paragraph that
 * refers to them; headers and footers once; an embedded HTML or text chunk
 * (w:altChunk) where it stands, through the HTML reader (html.h).  Tracked deletions
 * (w:del, w:moveFrom), field instructions, comments and their marks are
 * left out, and so are tables of contents (a TOC field's result, a "Table
 * of Contents" content control) and a nested field's result inside its
 * outer field's instruction; a paragraph whose mark is a tracked deletion
 * joins the next and takes no list number.  Hidden text (w:vanish) is
 * left out, with a warning, unless
 * covered-text = keep (as text under a PDF's opaque boxes).  Title, date
 * and language come from docProps/core.xml, then from the text (flow.h).
 *
 * A password-protected Word file is not a zip at all but an OLE compound
 * file holding "EncryptionInfo" and "EncryptedPackage" streams: it is
 * reported as encrypted; an OLE file without one (a Word 97-2003 .doc
 * named .docx) is read by the .doc handler (doc.c).
 *
 * Not for: styles and numbering (docx_styles.c), the container (zip.c),
 * cutting text into units (flow.c).
 */
#include <string.h>

#include "core/analysis.h"
#include "indexer/charset.h"
#include "indexer/docx.h"
#include "indexer/flow.h"
#include "indexer/handler.h"
#include "indexer/html.h"
#include "indexer/office.h"
#include "indexer/zip.h"

#define DOCX_LABEL        "Word document"
/* A Word file with its pictures may be large; its text parts are capped
 * by the zip reader. */
#define IX_MAX_DOCX_BYTES (256u * 1024 * 1024)

static const unsigned char ole_magic[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};

/* ---- Sniffing ----------------------------------------------------------- */

static ix_sniff
sniff_docx(const unsigned char *head, size_t n, const ix_handler *named)
{
    bool named_docx = named == &ix_docx_handler;
    if (n >= 4 && memcmp(head, "PK\x03\x04", 4) == 0) {
        /* Part names are stored uncompressed in the local headers. */
        if (memmem(head, n, "word/", 5) != NULL || named_docx)
            return IX_SNIFF_YES;
        return IX_SNIFF_NO;
    }
    /* An empty archive, or an OLE file (encrypted Word, or an old .doc),
     * named .docx: the extractor says what it is. */
    if (named_docx && ((n >= 4 && memcmp(head, "PK\x05\x06", 4) == 0) || (n >= 8 && memcmp(head, ole_magic, 8) == 0)))
        return IX_SNIFF_YES;
    return IX_SNIFF_NO;
}

/* ---- The reader --------------------------------------------------------- */

typedef struct docx_reader {
    ix_flow *fl;
    docx_styles *st;
    docx_numbering *nb;
    GHashTable *footnotes; /* w:id -> text */
    GHashTable *endnotes;
    int endnote_count;
    bool in_note;        /* reading a note's own text: references inside are not followed */
    bool keep_hidden;    /* covered-text = keep: hidden text is read as any other */
    bool para_hidden;    /* the current paragraph's style hides its runs */
    unsigned hidden;     /* characters of hidden text left out */
    GPtrArray *deferred; /* w:txbxContent met in the current paragraph */
    GArray *fields;      /* docx_field: the complex fields open here, innermost last */
    bool fields_off;     /* the body's fields did not balance: their text is all read */
    GString *carried;    /* the text of paragraphs whose mark was deleted, for the next one */
    GHashTable *parts;   /* the package's parts, for altChunk */
    GHashTable *chunks;  /* the main part's altChunk relationships: id -> part name */
    GPtrArray *warnings; /* the document's */
} docx_reader;

/* A complex field (w:fldChar begin .. separate .. end), which may span
 * paragraphs.  Word shows a field's result, after its separator; between
 * begin and separator is its instruction, and a field nested there (IF
 * {MERGEFIELD}) shows nothing of its own. */
typedef struct docx_field {
    bool result; /* past the separator */
    bool toc;    /* a TOC field: its result, the table of contents, is left out */
    GString *instr;
} docx_field;

static void blocks(docx_reader *rd, xmlNode *parent, GString *into);

/* Elements whose content is not the document's text as it reads now. */
static bool
skipped(const xmlNode *c)
{
    static const char *const names[] = {
        "del",        "moveFrom",      "delText", "instrText", "delInstrText",          "pPr",           "rPr",
        "sdtPr",      "tblPr",         "trPr",    "tcPr",      "commentReference",      "annotationRef", "footnoteRef",
        "endnoteRef", "fldData",       "object",  "separator", "continuationSeparator", "rPrChange",     "pPrChange",
        "sectPr",     "bookmarkStart", NULL};
    for (int i = 0; names[i] != NULL; i++)
        if (strcmp((const char *)c->name, names[i]) == 0)
            return true;
    return false;
}

static void inline_text(docx_reader *rd, xmlNode *node, GString *out);

/* Whether text here is shown: outside every open field's instruction and
 * outside a table of contents. */
static bool
shown(const docx_reader *rd)
{
    for (guint i = 0; i < rd->fields->len; i++) {
        const docx_field *f = &g_array_index(rd->fields, docx_field, i);
        if (!f->result || f->toc)
            return false;
    }
    return true;
}

static void
field_char(docx_reader *rd, xmlNode *c)
{
    if (rd->fields_off)
        return;
    char *type = ix_office_attr(c, "fldCharType");
    if (g_strcmp0(type, "begin") == 0) {
        docx_field f = {.instr = g_string_new(NULL)};
        g_array_append_val(rd->fields, f);
    } else if (rd->fields->len > 0) {
        docx_field *f = &g_array_index(rd->fields, docx_field, rd->fields->len - 1);
        if (g_strcmp0(type, "separate") == 0) {
            f->result = true;
            const char *instr = f->instr->str;
            while (*instr == ' ')
                instr++;
            f->toc = g_ascii_strncasecmp(instr, "TOC", 3) == 0 && (instr[3] == ' ' || instr[3] == '\0');
        } else if (g_strcmp0(type, "end") == 0) {
            g_string_free(f->instr, TRUE);
            g_array_set_size(rd->fields, rd->fields->len - 1);
        }
    }
    g_free(type);
}

/* Closes the fields a part left open (a damaged part must not hide the
 * next one's text). */
static void
fields_reset(docx_reader *rd)
{
    for (guint i = 0; i < rd->fields->len; i++)
        g_string_free(g_array_index(rd->fields, docx_field, i).instr, TRUE);
    g_array_set_size(rd->fields, 0);
}

/* A content control holding a table of contents (Word's "Table of
 * Contents" building block), left out as the TOC field's result is. */
static bool
toc_control(xmlNode *sdt)
{
    xmlNode *pr = ix_office_find(sdt, "sdtPr");
    xmlNode *gallery = pr != NULL ? ix_office_find(pr, "docPartGallery") : NULL;
    char *val = gallery != NULL ? ix_office_attr(gallery, "val") : NULL;
    bool toc = val != NULL && g_ascii_strcasecmp(val, "Table of Contents") == 0;
    g_free(val);
    return toc;
}

/* A paragraph whose mark is a tracked deletion: accepted, it joins the
 * next paragraph, and takes no list number of its own. */
static bool
mark_deleted(xmlNode *p)
{
    for (xmlNode *ppr = p->children; ppr != NULL; ppr = ppr->next)
        if (ix_office_is(ppr, "pPr"))
            for (xmlNode *rpr = ppr->children; rpr != NULL; rpr = rpr->next)
                if (ix_office_is(rpr, "rPr"))
                    for (xmlNode *d = rpr->children; d != NULL; d = d->next)
                        if (ix_office_is(d, "del") || ix_office_is(d, "moveFrom"))
                            return true;
    return false;
}

/* mc:AlternateContent: the first choice, or the fallback when the choice
 * gave nothing (a text box is in both: reading both would double it). */
static void
alternate(docx_reader *rd, xmlNode *ac, GString *out, bool block, GString *into)
{
    xmlNode *choice = NULL, *fallback = NULL;
    for (xmlNode *c = ac->children; c != NULL; c = c->next) {
        if (ix_office_is(c, "Choice") && choice == NULL)
            choice = c;
        else if (ix_office_is(c, "Fallback"))
            fallback = c;
    }
    if (block) {
        blocks(rd, choice != NULL ? choice : fallback, into);
        return;
    }
    gsize before_len = out->len;
    guint before_deferred = rd->deferred != NULL ? rd->deferred->len : 0;
    if (choice != NULL)
        inline_text(rd, choice, out);
    bool gave = out->len > before_len || (rd->deferred != NULL && rd->deferred->len > before_deferred);
    if (!gave && fallback != NULL)
        inline_text(rd, fallback, out);
}

static void
note_reference(docx_reader *rd, xmlNode *ref, bool endnote)
{
    if (rd->in_note)
        return;
    char *id = ix_office_attr(ref, "id");
    const char *text = id != NULL ? g_hash_table_lookup(endnote ? rd->endnotes : rd->footnotes, id) : NULL;
    if (text != NULL) {
        if (endnote) {
            /* Word numbers endnotes i, ii, iii by default. */
            char *mark = ix_flow_format_number("lowerRoman", ++rd->endnote_count);
            ix_flow_note(rd->fl, mark, text);
            g_free(mark);
        } else {
            ix_flow_note(rd->fl, NULL, text);
        }
    }
    g_free(id);
}

/* A superscript run of one to three digits right after a digit ("48",
 * then a run "1" set superscript: article 48¹, as Word sets an inserted
 * provision's number) is appended as superscript digits, which the text's
 * normalisation keeps; read as plain digits it would be article 481.  Any
 * other superscript run (a footnote's mark, "м²") is read as before. */
static void
superscript_run(docx_reader *rd, xmlNode *r, GString *out)
{
    GString *run = g_string_new(NULL);
    inline_text(rd, r, run);
    const char *t = run->str;
    size_t n = run->len;
    bool digits = n >= 1 && n <= 3 && out->len > 0 && g_ascii_isdigit(out->str[out->len - 1]);
    for (size_t i = 0; digits && i < n; i++)
        digits = g_ascii_isdigit(t[i]);
    if (digits)
        for (size_t i = 0; i < n; i++)
            g_string_append_unichar(out, az_superscript_char(t[i] - '0'));
    else
        g_string_append_len(out, t, (gssize)n);
    g_string_free(run, TRUE);
}

/* The text of runs and what holds them, into `out`. */
static void
inline_text(docx_reader *rd, xmlNode *node, GString *out)
{
    for (xmlNode *c = node != NULL ? node->children : NULL; c != NULL; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        const char *name = (const char *)c->name;
        if (strcmp(name, "instrText") == 0 && rd->fields->len > 0) {
            char *t = ix_office_text(c);
            GString *instr = g_array_index(rd->fields, docx_field, rd->fields->len - 1).instr;
            if (instr->len < 256)
                g_string_append(instr, t);
            g_free(t);
            continue;
        }
        if (skipped(c))
            continue;
        if (strcmp(name, "fldChar") == 0) {
            field_char(rd, c);
        } else if (!shown(rd) && strcmp(name, "r") != 0 && strcmp(name, "fldSimple") != 0 &&
                   strcmp(name, "hyperlink") != 0 && strcmp(name, "smartTag") != 0 && strcmp(name, "customXml") != 0 &&
                   strcmp(name, "ins") != 0 && strcmp(name, "moveTo") != 0 && strcmp(name, "sdt") != 0 &&
                   strcmp(name, "sdtContent") != 0) {
            /* Inside a field's instruction or a table of contents: only
             * what may hold the field's own characters is looked into. */
        } else if (strcmp(name, "r") == 0 && !rd->keep_hidden && docx_run_hidden(rd->st, c, rd->para_hidden)) {
            /* Hidden text, as text under an opaque box in a PDF: not what
             * the document shows, and a way to hide what was meant to go. */
            char *gone = ix_office_text(c); /* counted, nothing else read: no note it refers to */
            rd->hidden += (unsigned)g_utf8_strlen(gone, -1);
            g_free(gone);
        } else if (strcmp(name, "r") == 0 && docx_run_superscript(rd->st, c)) {
            superscript_run(rd, c, out);
        } else if (strcmp(name, "t") == 0) {
            char *t = ix_office_text(c);
            g_string_append(out, t);
            g_free(t);
        } else if (strcmp(name, "tab") == 0 || strcmp(name, "ptab") == 0) {
            g_string_append_c(out, ' ');
        } else if (strcmp(name, "br") == 0 || strcmp(name, "cr") == 0) {
            g_string_append_c(out, '\n');
        } else if (strcmp(name, "noBreakHyphen") == 0) {
            g_string_append_c(out, '-');
        } else if (strcmp(name, "sym") == 0) {
            /* A symbol font's character (a bullet, an arrow): no letter,
             * but not nothing between the words either side. */
            g_string_append_c(out, ' ');
        } else if (strcmp(name, "fldSimple") == 0) {
            char *instr = ix_office_attr(c, "instr");
            const char *i = instr != NULL ? instr : "";
            while (*i == ' ')
                i++;
            if (!(g_ascii_strncasecmp(i, "TOC", 3) == 0 && (i[3] == ' ' || i[3] == '\0')))
                inline_text(rd, c, out);
            g_free(instr);
        } else if (strcmp(name, "footnoteReference") == 0 || strcmp(name, "endnoteReference") == 0) {
            note_reference(rd, c, name[0] == 'e');
        } else if (strcmp(name, "txbxContent") == 0) {
            if (rd->deferred != NULL)
                g_ptr_array_add(rd->deferred, c);
        } else if (strcmp(name, "AlternateContent") == 0) {
            alternate(rd, c, out, false, NULL);
        } else {
            inline_text(rd, c, out);
        }
    }
}

/* Appends `text` to a cell's or note's text, a space between pieces. */
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

/* One w:p: to the flow, or appended to `into` (a table cell, a note). */
static void
paragraph(docx_reader *rd, xmlNode *p, GString *into)
{
    docx_para_kind k = docx_paragraph_kind(rd->st, p);
    if (k.skip)
        return;
    bool joins_next = mark_deleted(p);
    GString *text = g_string_new(NULL);
    if (k.num_id > 0 && !joins_next && shown(rd)) {
        const char *sep = " ";
        char *number = docx_numbering_next(rd->nb, k.num_id, k.ilvl, &sep);
        if (number != NULL && !(k.hidden && !rd->keep_hidden)) { /* counted, not shown, when hidden */
            g_string_append(text, number);
            g_string_append(text, sep);
        }
        g_free(number);
    }
    if (rd->carried->len > 0 && !joins_next) {
        g_string_append(text, rd->carried->str);
        g_string_append_c(text, ' ');
        g_string_truncate(rd->carried, 0);
    }
    GPtrArray *outer = rd->deferred;
    GPtrArray *mine = g_ptr_array_new();
    rd->deferred = mine;
    bool outer_hidden = rd->para_hidden;
    rd->para_hidden = k.hidden;
    inline_text(rd, p, text);
    rd->para_hidden = outer_hidden;
    rd->deferred = outer;
    if (joins_next)
        append_piece(rd->carried, text->str); /* what is left of it, often nothing */
    else if (into != NULL)
        append_piece(into, text->str);
    else if (k.level > 0)
        ix_flow_heading(rd->fl, k.level, text->str);
    else
        ix_flow_paragraph(rd->fl, text->str);
    g_string_free(text, TRUE);
    /* Text boxes anchored in the paragraph come after it. */
    for (guint i = 0; i < mine->len; i++)
        blocks(rd, g_ptr_array_index(mine, i), into);
    g_ptr_array_free(mine, TRUE);
}

/* The rows of a w:tbl (inside content controls too). */
static void
collect(xmlNode *parent, const char *local, GPtrArray *found)
{
    for (xmlNode *c = parent->children; c != NULL; c = c->next) {
        if (ix_office_is(c, local))
            g_ptr_array_add(found, c);
        else if (ix_office_is(c, "sdt") || ix_office_is(c, "sdtContent") || ix_office_is(c, "customXml"))
            collect(c, local, found);
    }
}

static void
table(docx_reader *rd, xmlNode *tbl, GString *into)
{
    GPtrArray *rows = g_ptr_array_new();
    collect(tbl, "tr", rows);
    for (guint r = 0; r < rows->len; r++) {
        GPtrArray *tcs = g_ptr_array_new();
        collect(g_ptr_array_index(rows, r), "tc", tcs);
        if (into == NULL && tcs->len == 1) {
            /* A one-cell row is a box around text (a layout), not data:
             * its paragraphs and headings are the document's. */
            blocks(rd, g_ptr_array_index(tcs, 0), NULL);
            g_ptr_array_free(tcs, TRUE);
            continue;
        }
        GPtrArray *cells = g_ptr_array_new_with_free_func(g_free);
        for (guint i = 0; i < tcs->len; i++) {
            GString *cell = g_string_new(NULL);
            blocks(rd, g_ptr_array_index(tcs, i), cell);
            g_ptr_array_add(cells, g_string_free(cell, FALSE));
        }
        if (into != NULL) {
            /* A table inside a cell or a note: its rows in line. */
            for (guint i = 0; i < cells->len; i++)
                append_piece(into, g_ptr_array_index(cells, i));
            append_piece(into, ";");
        } else {
            ix_flow_row(rd->fl, cells);
        }
        g_ptr_array_free(cells, TRUE);
        g_ptr_array_free(tcs, TRUE);
    }
    g_ptr_array_free(rows, TRUE);
    if (into == NULL)
        ix_flow_table_end(rd->fl);
}

/* A w:altChunk: a part of another format that Word shows in place (web
 * systems export .docx as HTML wrapped so).  HTML is read by the HTML
 * handler's reader (html.h: its parser, options and limits) and plain
 * text as text; anything else, or a chunk inside a table cell or note, is
 * said to be left out rather than lost without a word. */
static void
alt_chunk(docx_reader *rd, xmlNode *chunk, GString *into)
{
    char *id = ix_office_attr(chunk, "id");
    const char *name = id != NULL && rd->chunks != NULL ? g_hash_table_lookup(rd->chunks, id) : NULL;
    GBytes *bytes = name != NULL ? g_hash_table_lookup(rd->parts, name) : NULL;
    g_free(id);
    char *lower = g_ascii_strdown(name != NULL ? name : "", -1);
    bool html = g_str_has_suffix(lower, ".html") || g_str_has_suffix(lower, ".htm") || g_str_has_suffix(lower, ".xhtml");
    bool text = g_str_has_suffix(lower, ".txt");
    g_free(lower);
    if (name == NULL || ((html || text) && bytes == NULL)) {
        g_ptr_array_add(rd->warnings, g_strdup("an embedded chunk (w:altChunk) whose part is missing: not read"));
        return;
    }
    if (into != NULL || (!html && !text)) {
        /* MHT, RTF or another Word file: not read here. */
        g_ptr_array_add(rd->warnings, g_strdup_printf("embedded chunk %s (w:altChunk)%s: not read", name,
                                                      into != NULL ? " inside a table cell or note" : ""));
        return;
    }
    gsize len = 0;
    const char *data = g_bytes_get_data(bytes, &len);
    if (html) {
        GError *err = NULL;
        if (!ix_html_into_flow(data != NULL ? data : "", len, rd->fl, rd->warnings, &err)) {
            g_ptr_array_add(rd->warnings, g_strdup_printf("embedded chunk %s: %s", name, err->message));
            g_clear_error(&err);
        }
        return;
    }
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        data += 3, len -= 3;
    char *what = g_strdup_printf("embedded chunk %s", name);
    char *utf8 = ix_charset_decode(data != NULL ? data : "", len, NULL, what, rd->warnings);
    g_free(what);
    char **lines = g_strsplit_set(utf8, "\r\n", -1);
    for (int i = 0; lines[i] != NULL; i++)
        if (*g_strstrip(lines[i]) != '\0')
            ix_flow_paragraph(rd->fl, lines[i]);
    g_strfreev(lines);
    g_free(utf8);
}

/* Block content: paragraphs and tables, through the containers Word wraps
 * them in. */
static void
blocks(docx_reader *rd, xmlNode *parent, GString *into)
{
    for (xmlNode *c = parent != NULL ? parent->children : NULL; c != NULL; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || skipped(c))
            continue;
        if (ix_office_is(c, "p"))
            paragraph(rd, c, into);
        else if (ix_office_is(c, "tbl"))
            table(rd, c, into);
        else if (ix_office_is(c, "AlternateContent"))
            alternate(rd, c, NULL, true, into);
        else if (ix_office_is(c, "sdt") && toc_control(c))
            continue;
        else if (ix_office_is(c, "altChunk"))
            alt_chunk(rd, c, into);
        else if (ix_office_is(c, "sdt") || ix_office_is(c, "sdtContent") || ix_office_is(c, "customXml") ||
                 ix_office_is(c, "ins") || ix_office_is(c, "moveTo") || ix_office_is(c, "txbxContent") ||
                 ix_office_is(c, "tc") || ix_office_is(c, "body"))
            blocks(rd, c, into);
    }
}

/* The end of a part (the body, a note, a header): a deleted paragraph
 * mark with nothing after it joins nothing, so what is left of its
 * paragraph stands alone; fields left open end. */
static void
part_done(docx_reader *rd, GString *into)
{
    if (rd->carried->len > 0) {
        if (into != NULL)
            append_piece(into, rd->carried->str);
        else
            ix_flow_paragraph(rd->fl, rd->carried->str);
        g_string_truncate(rd->carried, 0);
    }
    fields_reset(rd);
}

/* ---- Parts -------------------------------------------------------------- */

/* XML parts and their relationships, and what an altChunk may be. */
static bool
want_part(const char *name, void *user)
{
    static const char *const kept[] = {".xml", ".rels", ".html", ".htm", ".xhtml", ".txt", NULL};
    char *lower = g_ascii_strdown(name, -1);
    bool want = false;
    for (int i = 0; kept[i] != NULL && !want; i++)
        want = g_str_has_suffix(lower, kept[i]);
    g_free(lower);
    return want;
}

/* The relationships part of `part`: "word/document.xml" ->
 * "word/_rels/document.xml.rels". */
static char *
rels_of(const char *part)
{
    const char *slash = strrchr(part, '/');
    if (slash == NULL)
        return g_strconcat("_rels/", part, ".rels", NULL);
    return g_strdup_printf("%.*s/_rels/%s.rels", (int)(slash - part), part, slash + 1);
}

/* `source`'s relationships (the package's own when NULL) of a type ending
 * in `/kind`, each part named, resolved, into `names` in their order and
 * by relationship id into `by_id` (either may be NULL); external targets
 * left out. */
static void
walk_related(GHashTable *parts, const char *source, const char *kind, GPtrArray *names, GHashTable *by_id,
             GError **error)
{
    char *rels_name = source != NULL ? rels_of(source) : g_strdup("_rels/.rels");
    xmlDocPtr rels = ix_office_parse_part(parts, rels_name, DOCX_LABEL, error);
    g_free(rels_name);
    if (rels == NULL)
        return;
    char *suffix = g_strconcat("/", kind, NULL);
    for (xmlNode *c = xmlDocGetRootElement(rels)->children; c != NULL; c = c->next) {
        if (!ix_office_is(c, "Relationship"))
            continue;
        char *type = ix_office_attr(c, "Type");
        char *target = ix_office_attr(c, "Target");
        char *mode = ix_office_attr(c, "TargetMode");
        char *id = ix_office_attr(c, "Id");
        char *name = type != NULL && g_str_has_suffix(type, suffix) && g_strcmp0(mode, "External") != 0
                         ? ix_zip_resolve(source != NULL ? source : "", target)
                         : NULL;
        if (name != NULL && by_id != NULL && id != NULL)
            g_hash_table_replace(by_id, g_strdup(id), g_strdup(name));
        if (name != NULL && names != NULL)
            g_ptr_array_add(names, g_steal_pointer(&name));
        g_free(name);
        g_free(type);
        g_free(target);
        g_free(mode);
        g_free(id);
    }
    g_free(suffix);
    xmlFreeDoc(rels);
}

/* `source`'s related parts of `kind`, in their order. */
static GPtrArray *
related(GHashTable *parts, const char *source, const char *kind, GError **error)
{
    GPtrArray *found = g_ptr_array_new_with_free_func(g_free);
    walk_related(parts, source, kind, found, NULL, error);
    return found;
}

/* `source`'s relationships of a type ending in `/kind`: id -> the part
 * named, resolved; external targets left out. */
static GHashTable *
related_by_id(GHashTable *parts, const char *source, const char *kind, GError **error)
{
    GHashTable *found = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    walk_related(parts, source, kind, NULL, found, error);
    return found;
}

/* The one part of `kind` related to `source`, else `fallback`. */
static char *
related_one(GHashTable *parts, const char *source, const char *kind, const char *fallback, GError **error)
{
    GPtrArray *found = related(parts, source, kind, error);
    char *name = found->len > 0 ? g_strdup(g_ptr_array_index(found, 0)) : g_strdup(fallback);
    g_ptr_array_free(found, TRUE);
    return name;
}

/* footnotes.xml or endnotes.xml: id -> text, separators left out. */
static bool
read_notes(docx_reader *rd, GHashTable *parts, const char *name, GHashTable *into, GError **error)
{
    xmlDocPtr x = ix_office_parse_part(parts, name, DOCX_LABEL, error);
    if (x == NULL)
        return error == NULL || *error == NULL;
    rd->in_note = true;
    for (xmlNode *c = xmlDocGetRootElement(x)->children; c != NULL; c = c->next) {
        if (!ix_office_is(c, "footnote") && !ix_office_is(c, "endnote"))
            continue;
        char *type = ix_office_attr(c, "type");
        char *id = ix_office_attr(c, "id");
        if (id != NULL && (type == NULL || strcmp(type, "normal") == 0)) {
            GString *text = g_string_new(NULL);
            blocks(rd, c, text);
            part_done(rd, text);
            g_hash_table_replace(into, id, g_string_free(text, FALSE));
            id = NULL;
        }
        g_free(type);
        g_free(id);
    }
    rd->in_note = false;
    xmlFreeDoc(x);
    return true;
}

/* Headers and footers, each part's text once. */
static bool
read_asides(docx_reader *rd, GHashTable *parts, const char *main, GError **error)
{
    const char *kinds[] = {"header", "footer"};
    for (int k = 0; k < 2; k++) {
        GPtrArray *names = related(parts, main, kinds[k], error);
        for (guint i = 0; i < names->len && (error == NULL || *error == NULL); i++) {
            xmlDocPtr x = ix_office_parse_part(parts, g_ptr_array_index(names, i), DOCX_LABEL, error);
            if (x == NULL)
                continue;
            GString *text = g_string_new(NULL);
            rd->in_note = true; /* a note cannot be referred to from a header */
            blocks(rd, xmlDocGetRootElement(x), text);
            part_done(rd, text);
            rd->in_note = false;
            ix_flow_aside(rd->fl, text->str);
            g_string_free(text, TRUE);
            xmlFreeDoc(x);
        }
        g_ptr_array_free(names, TRUE);
    }
    return error == NULL || *error == NULL;
}

/* An OLE compound file named .docx: encrypted Word, or a Word 97-2003
 * file renamed, read as such (doc.c). */
static ix_extract_status
ole_file(const ix_extractor *ex, const ix_input *in, const char *type_hint, zr_doc *doc, GError **error)
{
    /* Directory entry names are UTF-16LE. */
    static const char encryption_info[] = "E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0";
    static const char encrypted_package[] = "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0";
    if (memmem(in->data, in->len, encryption_info, sizeof encryption_info - 1) != NULL ||
        memmem(in->data, in->len, encrypted_package, sizeof encrypted_package - 1) != NULL) {
        g_set_error_literal(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_ENCRYPTED, "encrypted (password required)");
        return IX_EXTRACT_FAIL;
    }
    return ix_doc_handler.extract(ex, in, type_hint, doc, error);
}

static ix_extract_status
extract_docx(const ix_extractor *ex, const ix_input *in, const char *type_hint, zr_doc *doc, GError **error)
{
    if (in->len >= 8 && memcmp(in->data, ole_magic, 8) == 0)
        return ole_file(ex, in, type_hint, doc, error);
    GHashTable *parts = ix_zip_read(in->data, in->len, DOCX_LABEL, want_part, NULL, error);
    if (parts == NULL)
        return IX_EXTRACT_FAIL;

    ix_extract_status status = IX_EXTRACT_FAIL;
    GError *err = NULL;
    char *main = related_one(parts, NULL, "officeDocument", "word/document.xml", &err);
    xmlDocPtr body = err == NULL ? ix_office_parse_part(parts, main, DOCX_LABEL, &err) : NULL;
    if (body == NULL && err == NULL) {
        g_set_error(&err, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED, "damaged %s: no %s in the archive", DOCX_LABEL,
                    main);
    } else if (body != NULL && !ix_office_is(xmlDocGetRootElement(body), "document")) {
        /* The relationship names some other part (the package's own
         * relationships, a style sheet): read as the body it has no
         * paragraphs, and "no text" would hide what is wrong. */
        xmlNode *root = xmlDocGetRootElement(body);
        g_set_error(&err, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED,
                    "damaged %s: no main document part: the package's relationship points to %s, whose root is "
                    "<%s>, not <document>",
                    DOCX_LABEL, main, root != NULL ? (const char *)root->name : "");
    }
    ix_flow fl;
    ix_flow_init(&fl);
    docx_reader rd = {.fl = &fl, .keep_hidden = ix_extractor_keep_covered(ex)};
    rd.footnotes = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    rd.endnotes = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    rd.fields = g_array_new(FALSE, FALSE, sizeof(docx_field));
    rd.parts = parts;
    rd.warnings = doc->warnings;
    rd.carried = g_string_new(NULL);
    xmlDocPtr styles = NULL, numbering = NULL, core = NULL;
    char *names[5] = {NULL};
    if (err == NULL) {
        names[0] = related_one(parts, main, "styles", "word/styles.xml", &err);
        names[1] = related_one(parts, main, "numbering", "word/numbering.xml", &err);
        names[2] = related_one(parts, main, "footnotes", "word/footnotes.xml", &err);
        names[3] = related_one(parts, main, "endnotes", "word/endnotes.xml", &err);
        names[4] = related_one(parts, NULL, "core-properties", "docProps/core.xml", &err);
    }
    if (err == NULL)
        rd.chunks = related_by_id(parts, main, "aFChunk", &err);
    if (err == NULL)
        styles = ix_office_parse_part(parts, names[0], DOCX_LABEL, &err);
    if (err == NULL)
        numbering = ix_office_parse_part(parts, names[1], DOCX_LABEL, &err);
    rd.st = docx_styles_read(styles);
    rd.nb = docx_numbering_read(numbering);
    if (err == NULL && read_notes(&rd, parts, names[2], rd.footnotes, &err) &&
        read_notes(&rd, parts, names[3], rd.endnotes, &err))
        core = ix_office_parse_part(parts, names[4], DOCX_LABEL, &err);
    if (err == NULL) {
        ix_office_properties(core, doc);
        xmlNode *root = xmlDocGetRootElement(body);
        guint warned = doc->warnings->len;
        blocks(&rd, ix_office_find(root, "body"), NULL);
        if (rd.fields->len > 0) {
            /* A field begun and never ended (its end deleted, or the part
             * damaged) would hide everything after it: read the body again
             * with every field's text shown, as before fields were
             * followed. */
            fields_reset(&rd);
            g_string_truncate(rd.carried, 0);
            g_ptr_array_set_size(doc->warnings, warned);
            ix_flow_clear(&fl);
            ix_flow_init(&fl);
            docx_numbering_free(rd.nb);
            rd.nb = docx_numbering_read(numbering);
            rd.endnote_count = 0;
            rd.hidden = 0;
            rd.fields_off = true;
            blocks(&rd, ix_office_find(root, "body"), NULL);
        }
        part_done(&rd, NULL);
        if (read_asides(&rd, parts, main, &err)) {
            if (rd.hidden > 0)
                g_ptr_array_add(
                    doc->warnings,
                    g_strdup_printf("%u characters of hidden text (Word's hidden formatting) left out", rd.hidden));
            if (ix_flow_add_units(ex, &fl, doc, type_hint))
                status = IX_EXTRACT_OK;
            else
                g_set_error_literal(&err, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_EMPTY, "no text");
        }
    }
    if (err != NULL)
        g_propagate_error(error, err);
    for (int i = 0; i < 5; i++)
        g_free(names[i]);
    if (body != NULL)
        xmlFreeDoc(body);
    if (styles != NULL)
        xmlFreeDoc(styles);
    if (numbering != NULL)
        xmlFreeDoc(numbering);
    if (core != NULL)
        xmlFreeDoc(core);
    docx_styles_free(rd.st);
    docx_numbering_free(rd.nb);
    g_hash_table_unref(rd.footnotes);
    g_hash_table_unref(rd.endnotes);
    fields_reset(&rd);
    g_array_free(rd.fields, TRUE);
    if (rd.chunks != NULL)
        g_hash_table_unref(rd.chunks);
    g_string_free(rd.carried, TRUE);
    ix_flow_clear(&fl);
    g_free(main);
    g_hash_table_unref(parts);
    return status;
}

static const char *const docx_extensions[] = {"docx", "docm", "dotx", "dotm", NULL};

const ix_handler ix_docx_handler = {
    .format = "docx",
    .label = "Word",
    .kind = "Word (DOCX)",
    .extensions = docx_extensions,
    .name_rule = IX_NAME_BINDS,
    .misnamed = "damaged Word document: not a zip archive",
    .sniff = sniff_docx,
    .max_bytes = IX_MAX_DOCX_BYTES,
    .setup = ix_office_setup,
    .extract = extract_docx,
};
