/* docx.c — the DOCX handler: Word (Office Open XML) documents into units.
 *
 * A .docx is a zip of XML parts (zip.h reads it, in memory, refusing
 * hostile archives).  The main part is found through the package's
 * relationships, and its own relationships name the styles, numbering,
 * footnotes, endnotes, headers and footers.  The body is read in order:
 * paragraphs with their list numbers rendered (docx.h), headings by style
 * becoming sections, tables row by row, text boxes after the paragraph
 * that anchors them, footnotes and endnotes after the paragraph that
 * refers to them; headers and footers once.  Tracked deletions
 * (w:del, w:moveFrom), field instructions, comments and their marks are
 * left out, and so is hidden text (w:vanish), with a warning, unless
 * covered-text = keep (as text under a PDF's opaque boxes).  Title, date
 * and language come from docProps/core.xml, then from the text (flow.h).
 *
 * A password-protected Word file is not a zip at all but an OLE compound
 * file holding an "EncryptionInfo" stream: it is reported as encrypted; an
 * OLE file without one (a Word 97-2003 .doc named .docx) is skipped.
 *
 * Not for: styles and numbering (docx_styles.c), the container (zip.c),
 * cutting text into units (flow.c).
 */
#include <string.h>

#include "indexer/docx.h"
#include "indexer/flow.h"
#include "indexer/handler.h"
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
} docx_reader;

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

/* The text of runs and what holds them, into `out`. */
static void
inline_text(docx_reader *rd, xmlNode *node, GString *out)
{
    for (xmlNode *c = node != NULL ? node->children : NULL; c != NULL; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || skipped(c))
            continue;
        const char *name = (const char *)c->name;
        if (strcmp(name, "r") == 0 && !rd->keep_hidden && docx_run_hidden(rd->st, c, rd->para_hidden)) {
            /* Hidden text, as text under an opaque box in a PDF: not what
             * the document shows, and a way to hide what was meant to go. */
            char *gone = ix_office_text(c); /* counted, nothing else read: no note it refers to */
            rd->hidden += (unsigned)g_utf8_strlen(gone, -1);
            g_free(gone);
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
    GString *text = g_string_new(NULL);
    if (k.num_id > 0) {
        const char *sep = " ";
        char *number = docx_numbering_next(rd->nb, k.num_id, k.ilvl, &sep);
        if (number != NULL && !(k.hidden && !rd->keep_hidden)) { /* counted, not shown, when hidden */
            g_string_append(text, number);
            g_string_append(text, sep);
        }
        g_free(number);
    }
    GPtrArray *outer = rd->deferred;
    GPtrArray *mine = g_ptr_array_new();
    rd->deferred = mine;
    bool outer_hidden = rd->para_hidden;
    rd->para_hidden = k.hidden;
    inline_text(rd, p, text);
    rd->para_hidden = outer_hidden;
    rd->deferred = outer;
    if (into != NULL)
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
        else if (ix_office_is(c, "sdt") || ix_office_is(c, "sdtContent") || ix_office_is(c, "customXml") ||
                 ix_office_is(c, "ins") || ix_office_is(c, "moveTo") || ix_office_is(c, "txbxContent") ||
                 ix_office_is(c, "tc") || ix_office_is(c, "body"))
            blocks(rd, c, into);
    }
}

/* ---- Parts -------------------------------------------------------------- */

static bool
want_part(const char *name, void *user)
{
    return g_str_has_suffix(name, ".xml") || g_str_has_suffix(name, ".rels");
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

/* The parts `source`'s relationships of a type ending in `/kind` point to,
 * resolved, in order; external targets left out. */
static GPtrArray *
related(GHashTable *parts, const char *source, const char *kind, GError **error)
{
    GPtrArray *found = g_ptr_array_new_with_free_func(g_free);
    /* The package's own relationships, or the part's. */
    char *rels_name = source != NULL ? rels_of(source) : g_strdup("_rels/.rels");
    xmlDocPtr rels = ix_office_parse_part(parts, rels_name, DOCX_LABEL, error);
    g_free(rels_name);
    if (rels == NULL)
        return found;
    char *suffix = g_strconcat("/", kind, NULL);
    for (xmlNode *c = xmlDocGetRootElement(rels)->children; c != NULL; c = c->next) {
        if (!ix_office_is(c, "Relationship"))
            continue;
        char *type = ix_office_attr(c, "Type");
        char *target = ix_office_attr(c, "Target");
        char *mode = ix_office_attr(c, "TargetMode");
        if (type != NULL && g_str_has_suffix(type, suffix) && g_strcmp0(mode, "External") != 0) {
            char *name = ix_zip_resolve(source != NULL ? source : "", target);
            if (name != NULL)
                g_ptr_array_add(found, name);
        }
        g_free(type);
        g_free(target);
        g_free(mode);
    }
    g_free(suffix);
    xmlFreeDoc(rels);
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
            rd->in_note = false;
            ix_flow_aside(rd->fl, text->str);
            g_string_free(text, TRUE);
            xmlFreeDoc(x);
        }
        g_ptr_array_free(names, TRUE);
    }
    return error == NULL || *error == NULL;
}

/* An OLE compound file named .docx: encrypted Word, or an older format. */
static ix_extract_status
ole_file(const ix_input *in, GError **error)
{
    /* Directory entry names are UTF-16LE. */
    static const char encryption_info[] = "E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0";
    if (memmem(in->data, in->len, encryption_info, sizeof encryption_info - 1) != NULL) {
        g_set_error_literal(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_ENCRYPTED, "encrypted (password required)");
        return IX_EXTRACT_FAIL;
    }
    g_set_error_literal(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_UNSUPPORTED,
                        "an OLE file (Word 97-2003 .doc?), not a Word 2007+ document");
    return IX_EXTRACT_SKIP;
}

static ix_extract_status
extract_docx(const ix_extractor *ex, const ix_input *in, const char *type_hint, zr_doc *doc, GError **error)
{
    if (in->len >= 8 && memcmp(in->data, ole_magic, 8) == 0)
        return ole_file(in, error);
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
    }
    ix_flow fl;
    ix_flow_init(&fl);
    docx_reader rd = {.fl = &fl, .keep_hidden = ix_extractor_keep_covered(ex)};
    rd.footnotes = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    rd.endnotes = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
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
        blocks(&rd, ix_office_find(root, "body"), NULL);
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
