/* xml_text.c — the text of XML elements, and small element helpers
 * (xml.h).
 *
 * Text is gathered without following entity references, except short
 * literal internal ones within the document's budget: replacement text
 * that holds markup or further references is how entity bombs are built.
 *
 * Not for: which elements make units (xml_units.c) or fields (xml_fields.c).
 */
#include <string.h>

#include "indexer/xml.h"

/* Elements that run inside a line; every other element ends one, so words
 * of adjacent block elements never run together. */
static const char *const inline_elements[] = {"i",
                                              "b",
                                              "u",
                                              "em",
                                              "strong",
                                              "sup",
                                              "sub",
                                              "span",
                                              "a",
                                              "ref",
                                              "mref",
                                              "rref",
                                              "term",
                                              "def",
                                              "inline",
                                              "abbr",
                                              "date",
                                              "docDate",
                                              "docNumber",
                                              "docTitle",
                                              "docType",
                                              "docProponent",
                                              "courtType",
                                              "party",
                                              "judge",
                                              "role",
                                              "person",
                                              "organization",
                                              "location",
                                              "quantity",
                                              "neutralCitation",
                                              "shortTitle",
                                              "Emphasis",
                                              "XRefExternal",
                                              "XRefInternal",
                                              "DefinedTermEn",
                                              "DefinedTermFr",
                                              "Language",
                                              "FootnoteRef",
                                              "Sup",
                                              "Sub",
                                              "clause-ref",
                                              NULL};

/* -- Akoma Ntoso -- */

/* ---- Elements ---------------------------------------------------------- */

bool
ix_xml_in_list(const char *const *list, const xmlChar *name)
{
    for (; list != NULL && *list != NULL; list++)
        if (strcmp(*list, (const char *)name) == 0)
            return true;
    return false;
}

bool
ix_xml_named(const xmlNode *node, const char *name)
{
    return node->type == XML_ELEMENT_NODE && strcmp((const char *)node->name, name) == 0;
}

xmlNode *
ix_xml_first_child_in(xmlNode *node, const char *const *names)
{
    for (xmlNode *c = node->children; c != NULL; c = c->next)
        if (c->type == XML_ELEMENT_NODE && ix_xml_in_list(names, c->name))
            return c;
    return NULL;
}

const char *
ix_xml_type_of_root(const xml_root_type *table, const xmlNode *root)
{
    for (; table->element != NULL; table++)
        if (ix_xml_named(root, table->element))
            return table->type;
    return NULL;
}

bool
ix_xml_depth_error(const xmlError *e)
{
    return e != NULL && e->code == XML_ERR_INTERNAL_ERROR && e->message != NULL &&
           g_str_has_prefix(e->message, "Excessive depth");
}

const char *
ix_xml_lang_code(const char *tag)
{
    if (tag == NULL)
        return NULL;
    if (g_ascii_strncasecmp(tag, "en", 2) == 0)
        return "en";
    if (g_ascii_strncasecmp(tag, "mn", 2) == 0 || g_ascii_strncasecmp(tag, "mon", 3) == 0)
        return "mn";
    return NULL;
}

char *
ix_lang_declared(const char *tag)
{
    const char *code = ix_xml_lang_code(tag);
    if (code != NULL)
        return g_strdup(code);
    if (tag == NULL)
        return NULL;
    /* The primary subtag, lower case: "ru" of "ru-RU", "kk" of "kk_KZ". */
    gsize n = strspn(tag, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    return n >= 2 && n <= 3 ? g_ascii_strdown(tag, (gssize)n) : NULL;
}

char *
ix_xml_attr(xmlNode *node, const char *name)
{
    xmlChar *a = xmlGetProp(node, (const xmlChar *)name);
    char *value = a != NULL ? g_strstrip(g_strdup((const char *)a)) : NULL;
    xmlFree(a);
    return value;
}

bool
ix_xml_is_inline(const xmlChar *name)
{
    return ix_xml_in_list(inline_elements, name);
}

/* ---- Text --------------------------------------------------------------- */

void
ix_xml_text_init(ix_xml_text *tb, gsize *budget, const char *const *skip)
{
    tb->s = g_string_new(NULL);
    tb->pending = 0;
    tb->entity_budget = budget;
    tb->skip = skip;
}

void
ix_xml_text_break(ix_xml_text *tb, int level)
{
    if (level > tb->pending)
        tb->pending = level;
}

/* Appends `text` with runs of whitespace collapsed to one separator. */
static void
tb_text(ix_xml_text *tb, const char *text)
{
    for (const char *p = text; *p; p++) {
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
            ix_xml_text_break(tb, 1);
            continue;
        }
        if (tb->pending > 0 && tb->s->len > 0)
            g_string_append(tb->s, tb->pending == 1 ? " " : tb->pending == 2 ? "\n" : "\n\n");
        tb->pending = 0;
        g_string_append_c(tb->s, *p);
    }
}

static void
tb_entity(ix_xml_text *tb, xmlNode *ref)
{
    xmlEntity *ent = xmlGetDocEntity(ref->doc, ref->name);
    if (ent == NULL || ent->etype != XML_INTERNAL_GENERAL_ENTITY || ent->content == NULL)
        return;
    const char *content = (const char *)ent->content;
    size_t n = strlen(content);
    /* Only literal replacement text: one that holds markup or further
     * references is how entity bombs are built. */
    if (strpbrk(content, "&<%") != NULL || n > *tb->entity_budget)
        return;
    *tb->entity_budget -= n;
    tb_text(tb, content);
}

void
ix_xml_text_children(ix_xml_text *tb, xmlNode *node)
{
    for (xmlNode *c = node->children; c != NULL; c = c->next)
        ix_xml_text_node(tb, c);
}

void
ix_xml_text_node(ix_xml_text *tb, xmlNode *node)
{
    switch (node->type) {
        case XML_ELEMENT_NODE: {
            if (ix_xml_in_list(tb->skip, node->name))
                return;
            bool block = !ix_xml_in_list(inline_elements, node->name);
            if (block)
                ix_xml_text_break(tb, 2);
            ix_xml_text_children(tb, node);
            if (block)
                ix_xml_text_break(tb, 2);
            break;
        }
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
            if (node->content != NULL)
                tb_text(tb, (const char *)node->content);
            break;
        case XML_ENTITY_REF_NODE:
            tb_entity(tb, node);
            break;
        default: /* comments, processing instructions, DTD nodes: not text */
            break;
    }
}

char *
ix_xml_text_finish(ix_xml_text *tb)
{
    return g_string_free(tb->s, FALSE);
}

char *
ix_xml_node_text(xmlNode *node, gsize *budget, const char *const *skip)
{
    ix_xml_text tb;
    ix_xml_text_init(&tb, budget, skip);
    ix_xml_text_children(&tb, node);
    return ix_xml_text_finish(&tb);
}

zr_unit *
ix_xml_add_text_unit(zr_doc *doc, const char *kind, xmlNode *node, gsize *budget, const char *const *skip)
{
    char *raw = ix_xml_node_text(node, budget, skip);
    char *text = g_strstrip(az_normalise(raw, -1));
    g_free(raw);
    if (*text == '\0') {
        g_free(text);
        return NULL;
    }
    return ix_doc_add_unit(doc, kind, text);
}
