/* office.c — safe XML parts and document properties for the DOCX and ODT
 * handlers (office.h).
 *
 * Not for: the containers (zip.c) or the vocabularies (docx.c, odt.c).
 */
#include "indexer/office.h"

#include <libxml/parser.h>
#include <string.h>

#include "indexer/extract.h"
#include "indexer/xml.h"

/* As xml.c: NONET and no NOENT / DTDLOAD / DTDATTR / XINCLUDE; errors are
 * collected, not printed. */
#define IX_OFFICE_XML_OPTIONS                                                                                          \
    (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_COMPACT | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)

static xmlParserInputPtr
refuse_entity(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
    return NULL;
}

void
ix_office_setup(void)
{
    xmlInitParser();
    xmlSetExternalEntityLoader(refuse_entity);
}

typedef struct part_error {
    int line;
    char *message;
} part_error;

static void
collect_error(void *ctx, xmlErrorPtr e)
{
    part_error *pe = ctx;
    if (pe->message == NULL && e != NULL && e->level >= XML_ERR_ERROR && e->message != NULL) {
        pe->line = e->line;
        pe->message = g_strstrip(g_strdup(e->message));
    }
}

xmlDocPtr
ix_office_parse(const char *data, gsize len, const char *name, const char *label, GError **error)
{
    if (len > G_MAXINT) {
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_LIMIT, "%s refused: %s too large", label, name);
        return NULL;
    }
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (ctxt == NULL) {
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_LIMIT, "out of memory");
        return NULL;
    }
    part_error pe = {0, NULL};
    xmlSetStructuredErrorFunc(&pe, collect_error);
    xmlDocPtr xdoc = xmlCtxtReadMemory(ctxt, data, (int)len, name, NULL, IX_OFFICE_XML_OPTIONS);
    xmlSetStructuredErrorFunc(NULL, NULL);
    bool ok = xdoc != NULL && ctxt->wellFormed && xmlDocGetRootElement(xdoc) != NULL;
    if (!ok) {
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED, "damaged %s: %s not well-formed at line %d: %s",
                    label, name, pe.line, pe.message != NULL ? pe.message : "no root element");
        if (xdoc != NULL)
            xmlFreeDoc(xdoc);
        xdoc = NULL;
    }
    g_free(pe.message);
    xmlFreeParserCtxt(ctxt);
    return xdoc;
}

xmlDocPtr
ix_office_parse_part(GHashTable *parts, const char *name, const char *label, GError **error)
{
    GBytes *bytes = name != NULL ? g_hash_table_lookup(parts, name) : NULL;
    if (bytes == NULL)
        return NULL;
    gsize len = 0;
    const char *data = g_bytes_get_data(bytes, &len);
    return ix_office_parse(data != NULL ? data : "", len, name, label, error);
}

bool
ix_office_is(const xmlNode *node, const char *local)
{
    return node != NULL && node->type == XML_ELEMENT_NODE && strcmp((const char *)node->name, local) == 0;
}

char *
ix_office_attr(const xmlNode *node, const char *local)
{
    if (node == NULL || node->type != XML_ELEMENT_NODE)
        return NULL;
    for (const xmlAttr *a = node->properties; a != NULL; a = a->next) {
        if (strcmp((const char *)a->name, local) != 0)
            continue;
        GString *v = g_string_new(NULL);
        for (const xmlNode *c = a->children; c != NULL; c = c->next)
            if (c->type == XML_TEXT_NODE && c->content != NULL)
                g_string_append(v, (const char *)c->content);
        return g_string_free(v, FALSE);
    }
    return NULL;
}

static void
gather_text(const xmlNode *node, GString *out)
{
    for (const xmlNode *c = node->children; c != NULL; c = c->next) {
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content != NULL)
            g_string_append(out, (const char *)c->content);
        else if (c->type == XML_ELEMENT_NODE)
            gather_text(c, out);
    }
}

char *
ix_office_text(const xmlNode *node)
{
    GString *out = g_string_new(NULL);
    if (node != NULL)
        gather_text(node, out);
    return g_string_free(out, FALSE);
}

xmlNode *
ix_office_find(xmlNode *node, const char *local)
{
    if (node == NULL)
        return NULL;
    if (ix_office_is(node, local))
        return node;
    for (xmlNode *c = node->children; c != NULL; c = c->next) {
        xmlNode *f = c->type == XML_ELEMENT_NODE ? ix_office_find(c, local) : NULL;
        if (f != NULL)
            return f;
    }
    return NULL;
}

/* "2026-08-13T03:00:14Z" -> "2026-08-13"; NULL unless it starts with a
 * real date. */
static char *
iso_date(const char *value)
{
    if (value == NULL)
        return NULL;
    const char *v = value;
    while (g_ascii_isspace(*v))
        v++;
    int y, m, d;
    if (strlen(v) < 10 || sscanf(v, "%4d-%2d-%2d", &y, &m, &d) != 3 || v[4] != '-' || v[7] != '-')
        return NULL;
    if (!g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y) || y < 1900)
        return NULL;
    return g_strdup_printf("%04d-%02d-%02d", y, m, d);
}

void
ix_office_properties(xmlDocPtr props, zr_doc *doc)
{
    xmlNode *root = props != NULL ? xmlDocGetRootElement(props) : NULL;
    if (root == NULL)
        return;
    /* ODF keeps them one level down, in office:meta. */
    xmlNode *meta = ix_office_find(root, "meta");
    xmlNode *top = meta != NULL ? meta : root;
    char *created = NULL, *modified = NULL;
    for (xmlNode *c = top->children; c != NULL; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        char *value = g_strstrip(ix_office_text(c));
        if (*value == '\0') {
            g_free(value);
            continue;
        }
        const char *name = (const char *)c->name;
        if (strcmp(name, "title") == 0 && doc->title == NULL) {
            doc->title = value;
            value = NULL;
        } else if (strcmp(name, "language") == 0 && doc->lang == NULL) {
            doc->lang = ix_lang_declared(value); /* for the text to confirm (flow.c) */
        } else if ((strcmp(name, "created") == 0 || strcmp(name, "creation-date") == 0) && created == NULL) {
            created = iso_date(value);
        } else if ((strcmp(name, "modified") == 0 || strcmp(name, "date") == 0) && modified == NULL) {
            modified = iso_date(value);
        }
        g_free(value);
    }
    if (doc->date == NULL) {
        doc->date = created != NULL ? created : modified;
        if (created != NULL)
            g_free(modified);
    } else {
        g_free(created);
        g_free(modified);
    }
}
