/* xml.c — the XML handler: XML documents into units, with libxml2,
 * safely.
 *
 * Three vocabularies: the project's own demo schema (xml_demo.c), Akoma
 * Ntoso (xml_akn.c) and any other XML (xml_generic.c).  Which vocabulary a
 * file is, and where each field and unit element is, comes from
 * corpus-config/xml-mappings.ini (mappings.h: XPath per field); the
 * built-in tables of each vocabulary's file are the fallback when that
 * file is missing, and the layouts (how a demo article or an AKN judgment
 * becomes units) stay in code.
 *
 * Safety: documents are parsed from memory without entity substitution,
 * DTD loading, XInclude or network access, and this handler's set-up
 * (run by ix_extractor_new) installs an entity loader that refuses every
 * URL; text is gathered without following entity references, except short
 * literal internal ones within a small budget (xml_text.c).  So neither an
 * entity bomb nor an XXE can grow the text or read a local file.
 *
 * Not for: the vocabularies themselves (xml_*.c), the structure of plain
 * text (structure.h).
 */
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>

#include "indexer/handler.h"
#include "indexer/xml.h"

/* Parser options: NONET and no NOENT / DTDLOAD / DTDATTR / XINCLUDE, so
 * external entities, DTDs and includes are never fetched or expanded;
 * NOERROR / NOWARNING because library code must not print (errors are
 * collected through a structured handler instead). */
#define IX_XML_OPTIONS                                                                                                 \
    (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_COMPACT | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)

/* XML and text are read whole into memory; beyond this the file is not a
 * document a person wrote but an export or a dump. */
#define IX_MAX_XML_BYTES (64 * 1024 * 1024)

/* ---- Set-up and sniffing ------------------------------------------------ */

/* Refuses every external entity, DTD and XInclude target.  The parser
 * options already keep entities unexpanded and DTDs unloaded; this is the
 * second lock, so a future option change cannot reopen the door. */
static xmlParserInputPtr
refuse_external_entity(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
    return NULL;
}

/* libxml2's own process-wide state, set before any document is parsed and
 * before threads start; setting it again is harmless. */
static void
setup_xml(void)
{
    xmlInitParser();
    xmlSetExternalEntityLoader(refuse_external_entity);
}

/* UTF-32 by its byte-order mark: "UTF-32LE" or "UTF-32BE", else NULL.
 * libxml2 2.9 takes FF FE 00 00 for UTF-16's mark and then finds nothing
 * ("Document is empty"), so such a file is decoded here (probe F2, F4). */
static const char *
utf32_bom(const unsigned char *p, size_t n)
{
    if (n >= 4 && p[0] == 0xFF && p[1] == 0xFE && p[2] == 0 && p[3] == 0)
        return "UTF-32LE";
    if (n >= 4 && p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF)
        return "UTF-32BE";
    return NULL;
}

/* An XML declaration, or an element first (after a byte-order mark and
 * white space) unless the name says another format; UTF-16 or UTF-32 only
 * with '<' first. */
static ix_sniff
sniff_xml(const unsigned char *head, size_t n, const ix_handler *named)
{
    const unsigned char *p = head, *end = head + n;
    const char *utf32 = utf32_bom(head, n);
    if (utf32 != NULL) {
        int le = utf32[6] == 'L';
        for (p += 4; p + 3 < end; p += 4) {
            guint32 c = le ? (guint32)p[0] | (guint32)p[1] << 8 | (guint32)p[2] << 16 | (guint32)p[3] << 24
                           : (guint32)p[3] | (guint32)p[2] << 8 | (guint32)p[1] << 16 | (guint32)p[0] << 24;
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
                continue;
            return c == '<' ? IX_SNIFF_YES : IX_SNIFF_NO;
        }
        return IX_SNIFF_NO;
    }
    if (n >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) {
        int lo = p[0] == 0xFF;
        for (p += 2; p + 1 < end; p += 2) {
            unsigned c = lo ? (unsigned)(p[0] | p[1] << 8) : (unsigned)(p[0] << 8 | p[1]);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
                continue;
            return c == '<' ? IX_SNIFF_YES : IX_SNIFF_NO;
        }
        return IX_SNIFF_NO;
    }
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        p += 3;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
        p++;
    if (p + 1 < end && *p == '<') {
        bool declaration = (size_t)(end - p) >= 5 && memcmp(p, "<?xml", 5) == 0;
        bool element = p[1] == '?' || p[1] == '!' || p[1] == '_' || g_ascii_isalpha(p[1]) || p[1] >= 0x80;
        /* A Markdown file may well start with an HTML tag. */
        if (declaration || (element && (named == NULL || named == &ix_xml_handler)))
            return IX_SNIFF_YES;
    }
    return IX_SNIFF_NO;
}

/* ---- Parsing ------------------------------------------------------------ */

typedef struct parse_error {
    int line;
    char *message;
    bool too_deep; /* the first error was the depth limit */
} parse_error;

/* The first error that keeps a document from being read.  A namespace's
 * complaint (a URI that is none, a prefix not declared) does not: libxml2
 * reads the document all the same, and its message quotes the document. */
static void
collect_error(void *ctx, xmlErrorPtr e)
{
    parse_error *pe = ctx;
    if (pe->message == NULL && e != NULL && e->level >= XML_ERR_ERROR && e->message != NULL &&
        e->domain != XML_FROM_NAMESPACE) {
        pe->line = e->line;
        pe->message = g_strstrip(g_strdup(e->message));
        pe->too_deep = ix_xml_depth_error(e);
    }
}

/* The document parsed (as `encoding`, NULL: as it says) and read into
 * `doc`. */
static ix_extract_status
read_xml(const ix_extractor *ex, const ix_input *in, const char *encoding, int options, const char *type_hint,
         zr_doc *doc, GError **error)
{
    const char *data = in->data;
    gsize len = in->len;
    if (len > G_MAXINT) {
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_LIMIT, "XML file too large");
        return IX_EXTRACT_FAIL;
    }
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (ctxt == NULL) {
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_LIMIT, "out of memory");
        return IX_EXTRACT_FAIL;
    }
    parse_error pe = {0, NULL, false};
    /* Per parse: the handler is libxml2's per-thread state, and is reset
     * right after so no later libxml2 use reports into this stack frame. */
    xmlSetStructuredErrorFunc(&pe, collect_error);
    xmlDocPtr xdoc = xmlCtxtReadMemory(ctxt, data, (int)len, in->path, encoding, options);
    /* Nested deeper than libxml2's limit (256) and nothing wrong before:
     * read again keeping what was built up to that point, as the HTML
     * reader does, with a warning.  The limit itself stays: lifting it
     * (XML_PARSE_HUGE) would lift the parser's other limits too. */
    bool too_deep = pe.too_deep;
    if (too_deep) {
        if (xdoc != NULL)
            xmlFreeDoc(xdoc);
        g_clear_pointer(&pe.message, g_free);
        pe.too_deep = false;
        xmlFreeParserCtxt(ctxt);
        ctxt = xmlNewParserCtxt();
        xdoc = ctxt != NULL ? xmlCtxtReadMemory(ctxt, data, (int)len, in->path, encoding, options | XML_PARSE_RECOVER)
                            : NULL;
        too_deep = xdoc != NULL && pe.too_deep;
        if (!too_deep && xdoc != NULL) {
            xmlFreeDoc(xdoc);
            xdoc = NULL;
        }
        if (ctxt == NULL) {
            xmlSetStructuredErrorFunc(NULL, NULL);
            g_free(pe.message);
            g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_LIMIT, "out of memory");
            return IX_EXTRACT_FAIL;
        }
    }
    xmlSetStructuredErrorFunc(NULL, NULL);
    if (too_deep && xmlDocGetRootElement(xdoc) != NULL) {
        g_ptr_array_add(doc->warnings, g_strdup_printf("elements nested deeper than the XML parser's limit (256) at "
                                                       "line %d: the text from there on was not read",
                                                       pe.line));
    } else if (xdoc == NULL || !ctxt->wellFormed) {
        if (pe.message == NULL) {
            xmlErrorPtr last = xmlCtxtGetLastError(ctxt);
            if (last != NULL && last->message != NULL) {
                pe.line = last->line;
                pe.message = g_strstrip(g_strdup(last->message));
            }
        }
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED, "XML not well-formed at line %d: %s", pe.line,
                    pe.message != NULL ? pe.message : "unknown error");
        g_free(pe.message);
        if (xdoc != NULL)
            xmlFreeDoc(xdoc);
        xmlFreeParserCtxt(ctxt);
        return IX_EXTRACT_FAIL;
    }
    g_free(pe.message);
    xmlFreeParserCtxt(ctxt);

    xmlNode *root = xmlDocGetRootElement(xdoc);
    if (root == NULL) {
        xmlFreeDoc(xdoc);
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_EMPTY, "no text");
        return IX_EXTRACT_FAIL;
    }
    xmlChar *lang = xmlNodeGetLang(root);
    doc->lang = g_strdup(ix_xml_lang_code((const char *)lang));
    xmlFree(lang);

    ix_xml_reader rd = {.ex = ex, .xdoc = xdoc, .budget = IX_ENTITY_BUDGET};
    /* The vocabulary by xml-mappings.ini; without the file, Akoma Ntoso is
     * still recognised and everything else read generically. */
    const ix_vocabulary *voc = ix_vocabulary_match(ix_extractor_mappings(ex), root);
    const char *name = ix_vocabulary_name(voc);
    if (g_strcmp0(name, "demo") == 0) {
        rd.voc = voc;
        ix_xml_read_demo(&rd, doc, root, type_hint);
    } else if (g_strcmp0(name, "akn") == 0 || (voc == NULL && ix_xml_is_akn(root))) {
        rd.voc = voc;
        ix_xml_read_akn(&rd, doc, root, type_hint);
    } else {
        rd.voc = g_strcmp0(name, "generic") == 0 ? voc : NULL;
        ix_xml_read_generic(&rd, doc, root, type_hint);
    }

    xmlFreeDoc(xdoc);
    /* Drop units that came out blank (an empty <section/>, say). */
    for (guint i = 0; i < doc->units->len;) {
        zr_unit *u = g_ptr_array_index(doc->units, i);
        if (*u->text == '\0') {
            g_ptr_array_remove_index(doc->units, i);
            ix_unit_free(u);
        } else {
            i++;
        }
    }
    for (guint i = 0; i < doc->units->len; i++)
        ((zr_unit *)g_ptr_array_index(doc->units, i))->ordinal = (int)i;
    if (too_deep && doc->units->len == 0) {
        /* Every word lay below the limit: the failure says so, not a bare
         * "no text" (the warning above goes with a file that is kept). */
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_EMPTY,
                    "no text: elements nested deeper than the XML parser's limit (256) at line %d, and the text "
                    "below it was not read",
                    pe.line);
        return IX_EXTRACT_FAIL;
    }
    return IX_EXTRACT_OK;
}

static ix_extract_status
extract_xml(const ix_extractor *ex, const ix_input *in, const char *type_hint, zr_doc *doc, GError **error)
{
    const char *utf32 = utf32_bom((const unsigned char *)in->data, in->len);
    if (utf32 == NULL)
        return read_xml(ex, in, NULL, IX_XML_OPTIONS, type_hint, doc, error);
    /* UTF-32 as UTF-8, its declaration's encoding then set aside. */
    GError *err = NULL;
    gsize len = 0;
    char *utf8 = g_convert(in->data + 4, (gssize)(in->len - 4), "UTF-8", utf32, NULL, &len, &err);
    if (utf8 == NULL || memchr(utf8, '\0', len) != NULL) {
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED, "not %s XML as its byte-order mark says%s%s",
                    utf32, err != NULL ? ": " : "", err != NULL ? err->message : "");
        g_clear_error(&err);
        g_free(utf8);
        return IX_EXTRACT_FAIL;
    }
    ix_input decoded = {.path = in->path, .data = utf8, .len = len};
    ix_extract_status status =
        read_xml(ex, &decoded, "UTF-8", IX_XML_OPTIONS | XML_PARSE_IGNORE_ENC, type_hint, doc, error);
    g_free(utf8);
    return status;
}

static const char *const xml_extensions[] = {"xml", "akn", "xhtml", NULL};

const ix_handler ix_xml_handler = {
    .format = "xml",
    .label = "XML",
    .kind = "XML",
    .extensions = xml_extensions,
    .name_rule = IX_NAME_HINTS,
    .sniff = sniff_xml,
    .max_bytes = IX_MAX_XML_BYTES,
    .setup = setup_xml,
    .extract = extract_xml,
};
