/* xml.c — XML documents into units, with libxml2, safely.
 *
 * Three vocabularies: the project's own demo schema (urn:zaalt:demo:1: <law>
 * with articles, <decision> with its metadata), Akoma Ntoso (1.0, 2.0, 3.0
 * and its prefixed variants: acts, bills, judgments, debates), and any other
 * XML (Justice Canada, USLM, unknown), read for a title, its sections and
 * its text.  Which vocabulary a file is, and where each field and unit
 * element is, comes from corpus-config/xml-mappings.ini (mappings.h: XPath
 * per field); the static tables below are the fallback when that file is
 * missing, and the layouts (how a demo article or an AKN judgment becomes
 * units) stay in code.
 *
 * Safety: documents are parsed from memory without entity substitution,
 * DTD loading, XInclude or network access, and ix_extract_init() installs
 * an entity loader that refuses every URL; text is gathered without
 * following entity references, except short literal internal ones within a
 * small budget.  So neither an entity bomb nor an XXE can grow the text or
 * read a local file.
 *
 * Not for: sniffing (extract.c), the structure of plain text (structure.c).
 */
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

#include "indexer/extract.h"
#include "indexer/mappings.h"
#include "indexer/structure.h"
#include "core/analysis.h"

/* Parser options: NONET and no NOENT / DTDLOAD / DTDATTR / XINCLUDE, so
 * external entities, DTDs and includes are never fetched or expanded;
 * NOERROR / NOWARNING because library code must not print (errors are
 * collected through a structured handler instead). */
#define IX_XML_OPTIONS                                                                                                 \
    (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_COMPACT | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)

/* Bytes of internal-entity replacement text a document may add to its text
 * in total: enough for &nbsp;-style entities, far too little for a bomb. */
#define IX_ENTITY_BUDGET (64 * 1024)

/* ---- Vocabulary tables -------------------------------------------------- */

typedef enum {
    F_TITLE,
    F_DATE,
    F_LANG,
    F_COURT_REF, /* AKN: FRBRauthor href, resolved through TLCOrganization */
    F_COURT,
    F_COURT_LEVEL,
    F_DECISION_TYPE,
    F_CASE_NUMBER,
    F_OUTCOME,
    F_APPLIED, /* every match, not only the first */
} xml_field;

/* Where a field's value is: the first element named `element` (local name)
 * whose parent is named `parent` (NULL: any), in document order; the value is
 * its attribute `attribute`, or its text when that is NULL.  Rules for one
 * field are tried in table order until one gives a value. */
typedef struct xml_field_rule {
    xml_field field;
    const char *element;
    const char *attribute;
    const char *parent;
} xml_field_rule;

typedef struct xml_unit_rule {
    const char *element;
    const char *kind;
} xml_unit_rule;

typedef struct xml_vocabulary {
    const xml_field_rule *fields;
    size_t n_fields;
    const xml_unit_rule *units;  /* NULL-terminated */
    const char *const *num;      /* children giving a unit's number */
    const char *const *heading;  /* children giving a unit's heading */
    const char *const *bodies;   /* units are looked for inside these (NULL: anywhere) */
    const char *const *wrappers; /* inside a body, containers to look through */
    const char *const *skip;     /* elements that are not document text */
} xml_vocabulary;

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

static const char *const akn_namespaces[] = {
    "http://docs.oasis-open.org/legaldocml/ns/akn/3.0", /* and its /CSD.. drafts, by prefix */
    "http://www.akomantoso.org/2.0", "http://www.akomantoso.org/1.0", NULL};

static const xml_field_rule akn_fields[] = {
    {F_TITLE, "docTitle", NULL, NULL},        {F_TITLE, "FRBRname", "value", "FRBRWork"},
    {F_TITLE, "shortTitle", NULL, NULL},      {F_TITLE, "FRBRalias", "value", "FRBRWork"},
    {F_DATE, "FRBRdate", "date", "FRBRWork"}, {F_DATE, "FRBRdate", "date", "FRBRExpression"},
    {F_DATE, "date", "date", "Work"}, /* AKN 1.0 before FRBR names */
    {F_DATE, "docDate", "date", NULL},        {F_LANG, "FRBRlanguage", "language", "FRBRExpression"},
};

/* Read only from judgments: an act's FRBRauthor is its parliament. */
static const xml_field_rule akn_judgment_fields[] = {
    {F_COURT_REF, "FRBRauthor", "href", "FRBRWork"}, {F_COURT, "courtType", NULL, NULL},
    {F_COURT, "docProponent", NULL, NULL},           {F_COURT, "court", NULL, "proprietary"},      /* uk:court */
    {F_CASE_NUMBER, "neutralCitation", NULL, NULL},  {F_CASE_NUMBER, "cite", NULL, "proprietary"}, /* uk:cite */
    {F_CASE_NUMBER, "docNumber", NULL, NULL},
};

static const xml_unit_rule akn_units[] = {
    {"article", "article"}, {"section", "section"}, {"chapter", "section"}, {NULL, NULL}};
static const char *const akn_num[] = {"num", NULL};
static const char *const akn_heading[] = {"heading", NULL};
static const char *const akn_bodies[] = {"body",           "mainBody",    "debateBody", "amendmentBody",
                                         "collectionBody", "portionBody", NULL};
static const char *const akn_wrappers[] = {"part",    "title",    "division",   "subdivision", "book",
                                           "subpart", "subtitle", "hcontainer", NULL};
static const char *const akn_skip[] = {"meta", "img", NULL};

/* The document element's name gives the type. */
typedef struct root_type {
    const char *element;
    const char *type;
} root_type;

static const root_type akn_types[] = {
    {"act", "code"},           {"bill", "code"},       {"judgment", "decision"}, {"debate", "other"},
    {"debateReport", "other"}, {"amendment", "other"}, {"doc", "other"},         {NULL, NULL}};

/* Sections of a judgment's body; two or more make one unit each. */
static const char *const akn_judgment_sections[] = {"introduction", "background", "arguments", "remedies",
                                                    "motivation",   "decision",   NULL};

static const xml_vocabulary akn_vocabulary = {
    akn_fields, G_N_ELEMENTS(akn_fields), akn_units, akn_num, akn_heading, akn_bodies, akn_wrappers, akn_skip};

/* -- any other XML -- */

static const xml_field_rule generic_fields[] = {
    {F_TITLE, "title", NULL, NULL},     {F_TITLE, "ShortTitle", NULL, NULL},
    {F_TITLE, "LongTitle", NULL, NULL}, {F_TITLE, "title", NULL, "meta"}, /* dc:title, found by local name */
    {F_TITLE, "docTitle", NULL, NULL},  {F_DATE, "Date", NULL, "Stages"}, /* Justice Canada: <Date><YYYY><MM><DD> */
    {F_DATE, "date", "date", NULL},                                       /* USLM */
    {F_DATE, "date", NULL, "meta"},                                       /* dc:date */
};

static const xml_unit_rule generic_units[] = {{"article", "article"}, {"Article", "article"}, {"section", "section"},
                                              {"Section", "section"}, {"chapter", "section"}, {NULL, NULL}};
static const char *const generic_num[] = {"num", "Label", NULL};
static const char *const generic_heading[] = {"heading", "MarginalNote", NULL};
static const char *const generic_skip[] = {"meta", NULL};

/* Roots that are legislation, so a statute in XML is typed "code" like one
 * in text. */
static const root_type generic_types[] = {{"Statute", "code"}, {"Bill", "code"},       {"Regulation", "code"},
                                          {"bill", "code"},    {"resolution", "code"}, {"lawDoc", "code"},
                                          {NULL, NULL}};

static const xml_vocabulary generic_vocabulary = {
    generic_fields, G_N_ELEMENTS(generic_fields), generic_units, generic_num, generic_heading, NULL, NULL,
    generic_skip};

/* ---- Small helpers ------------------------------------------------------ */

static gboolean
in_list(const char *const *list, const xmlChar *name)
{
    for (; list != NULL && *list != NULL; list++)
        if (strcmp(*list, (const char *)name) == 0)
            return TRUE;
    return FALSE;
}

static gboolean
named(const xmlNode *node, const char *name)
{
    return node->type == XML_ELEMENT_NODE && strcmp((const char *)node->name, name) == 0;
}

static xmlNode *
first_child_in(xmlNode *node, const char *const *names)
{
    for (xmlNode *c = node->children; c != NULL; c = c->next)
        if (c->type == XML_ELEMENT_NODE && in_list(names, c->name))
            return c;
    return NULL;
}

static const char *
type_of_root(const root_type *table, const xmlNode *root)
{
    for (; table->element != NULL; table++)
        if (named(root, table->element))
            return table->type;
    return NULL;
}

/* "en" / "mn" from a language tag (en-GB, eng, mn, mon), else NULL. */
static const char *
lang_code(const char *tag)
{
    if (tag == NULL)
        return NULL;
    if (g_ascii_strncasecmp(tag, "en", 2) == 0)
        return "en";
    if (g_ascii_strncasecmp(tag, "mn", 2) == 0 || g_ascii_strncasecmp(tag, "mon", 3) == 0)
        return "mn";
    return NULL;
}

/* ---- Text gathering ----------------------------------------------------- */

typedef struct text_builder {
    GString *s;
    int pending;          /* separator owed before the next text: 0, 1 ' ', 2 '\n', 3 "\n\n" */
    gsize *entity_budget; /* shared by the whole document */
    const char *const *skip;
} text_builder;

static void
tb_init(text_builder *tb, gsize *budget, const char *const *skip)
{
    tb->s = g_string_new(NULL);
    tb->pending = 0;
    tb->entity_budget = budget;
    tb->skip = skip;
}

static void
tb_break(text_builder *tb, int level)
{
    if (level > tb->pending)
        tb->pending = level;
}

/* Appends `text` with runs of whitespace collapsed to one separator. */
static void
tb_text(text_builder *tb, const char *text)
{
    for (const char *p = text; *p; p++) {
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
            tb_break(tb, 1);
            continue;
        }
        if (tb->pending > 0 && tb->s->len > 0)
            g_string_append(tb->s, tb->pending == 1 ? " " : tb->pending == 2 ? "\n" : "\n\n");
        tb->pending = 0;
        g_string_append_c(tb->s, *p);
    }
}

static void
tb_entity(text_builder *tb, xmlNode *ref)
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

static void tb_node(text_builder *tb, xmlNode *node);

static void
tb_children(text_builder *tb, xmlNode *node)
{
    for (xmlNode *c = node->children; c != NULL; c = c->next)
        tb_node(tb, c);
}

static void
tb_node(text_builder *tb, xmlNode *node)
{
    switch (node->type) {
        case XML_ELEMENT_NODE: {
            if (in_list(tb->skip, node->name))
                return;
            gboolean block = !in_list(inline_elements, node->name);
            if (block)
                tb_break(tb, 2);
            tb_children(tb, node);
            if (block)
                tb_break(tb, 2);
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

static char *
tb_finish(text_builder *tb)
{
    return g_string_free(tb->s, FALSE);
}

/* The text of one element, whitespace collapsed; never NULL. */
static char *
node_text(xmlNode *node, gsize *budget, const char *const *skip)
{
    text_builder tb;
    tb_init(&tb, budget, skip);
    tb_children(&tb, node);
    return tb_finish(&tb);
}

/* ---- Field rules -------------------------------------------------------- */

typedef struct field_search {
    const xml_field_rule *rule;
    GPtrArray *found; /* xmlNode* in document order */
    gboolean all;
} field_search;

static void
find_elements(xmlNode *node, field_search *fs)
{
    for (xmlNode *c = node->children; c != NULL; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (named(c, fs->rule->element) &&
            (fs->rule->parent == NULL || (c->parent != NULL && named(c->parent, fs->rule->parent)))) {
            g_ptr_array_add(fs->found, c);
            if (!fs->all)
                return;
        }
        find_elements(c, fs);
        if (!fs->all && fs->found->len > 0)
            return;
    }
}

/* A date from an element: ISO or written text, or Justice Canada's
 * <Date><YYYY/><MM/><DD/></Date>. */
static char *
date_value(xmlNode *node, const char *value)
{
    const char *const y[] = {"YYYY", NULL}, *const m[] = {"MM", NULL}, *const d[] = {"DD", NULL};
    xmlNode *yn = first_child_in(node, y), *mn = first_child_in(node, m), *dn = first_child_in(node, d);
    if (yn && mn && dn) {
        xmlChar *ys = xmlNodeGetContent(yn), *ms = xmlNodeGetContent(mn), *ds = xmlNodeGetContent(dn);
        char *iso = g_strdup_printf("%s-%02d-%02d", (const char *)ys, atoi((const char *)ms), atoi((const char *)ds));
        xmlFree(ys), xmlFree(ms), xmlFree(ds);
        char *date = ix_find_date(iso, -1);
        g_free(iso);
        return date;
    }
    return ix_find_date(value, 200);
}

/* Adds a field's raw text, normalised (and read as a date for date
 * fields), to `values` when anything is left of it; takes `value`. */
static void
add_value(GPtrArray *values, xmlNode *node, char *value, gboolean is_date)
{
    char *norm = g_strstrip(az_normalise(value, -1));
    g_free(value);
    if (is_date) {
        char *date = date_value(node, norm);
        g_free(norm);
        norm = date;
    }
    if (norm != NULL && *norm != '\0')
        g_ptr_array_add(values, norm);
    else
        g_free(norm);
}

/* Values of one field by the vocabulary's rules: the first rule that gives
 * a non-empty value wins; F_APPLIED collects every value of that rule. */
static GPtrArray *
field_values(xmlNode *root, const xml_field_rule *rules, size_t n_rules, xml_field field, gsize *budget)
{
    GPtrArray *values = g_ptr_array_new_with_free_func(g_free);
    for (size_t r = 0; r < n_rules && values->len == 0; r++) {
        if (rules[r].field != field)
            continue;
        field_search fs = {&rules[r], g_ptr_array_new(), field == F_APPLIED};
        if (named(root, rules[r].element) && rules[r].parent == NULL)
            g_ptr_array_add(fs.found, root);
        else
            find_elements(root, &fs);
        for (guint i = 0; i < fs.found->len; i++) {
            xmlNode *node = g_ptr_array_index(fs.found, i);
            char *value;
            if (rules[r].attribute != NULL) {
                xmlChar *a = xmlGetProp(node, (const xmlChar *)rules[r].attribute);
                value = g_strdup(a != NULL ? (const char *)a : "");
                xmlFree(a);
            } else {
                value = node_text(node, budget, NULL);
            }
            add_value(values, node, value, field == F_DATE);
        }
        g_ptr_array_unref(fs.found);
    }
    return values;
}

static char *
field_value(xmlNode *root, const xml_field_rule *rules, size_t n_rules, xml_field field, gsize *budget)
{
    GPtrArray *values = field_values(root, rules, n_rules, field, budget);
    char *value = values->len > 0 ? g_strdup(g_ptr_array_index(values, 0)) : NULL;
    g_ptr_array_unref(values);
    return value;
}

static void
set_if_null(char **slot, char *value)
{
    if (*slot == NULL)
        *slot = value;
    else
        g_free(value);
}

/* Document-level fields every vocabulary has. */
static void
read_common_fields(zr_doc *doc, xmlNode *root, const xml_field_rule *rules, size_t n, gsize *budget)
{
    set_if_null(&doc->title, field_value(root, rules, n, F_TITLE, budget));
    set_if_null(&doc->date, field_value(root, rules, n, F_DATE, budget));
    if (doc->lang == NULL) {
        char *tag = field_value(root, rules, n, F_LANG, budget);
        doc->lang = g_strdup(lang_code(tag));
        g_free(tag);
    }
}

/* ---- Mapped fields (xml-mappings.ini) ------------------------------------ */

/* Values of a mapped field: the first XPath alternative that selects a
 * non-empty value gives them (all of its nodes when `all`, else the first).
 * Elements give their text, attributes their value; dates become ISO. */
static GPtrArray *
mapped_values(const ix_vocabulary *voc, xmlDoc *xdoc, xmlNode *ctx, const char *field, gboolean all, gsize *budget)
{
    GPtrArray *values = g_ptr_array_new_with_free_func(g_free);
    gboolean is_date = strcmp(field, "date") == 0 || g_str_has_prefix(field, "version-");
    int n = ix_vocabulary_alternatives(voc, field);
    for (int alt = 0; alt < n && values->len == 0; alt++) {
        GPtrArray *nodes = ix_vocabulary_select(voc, xdoc, ctx, field, alt);
        for (guint i = 0; i < nodes->len && (all || values->len == 0); i++) {
            xmlNode *node = g_ptr_array_index(nodes, i);
            char *value;
            if (node->type == XML_ATTRIBUTE_NODE) {
                xmlChar *c = xmlNodeGetContent(node);
                value = g_strdup(c != NULL ? (const char *)c : "");
                xmlFree(c);
            } else {
                value = node_text(node, budget, NULL);
            }
            add_value(values, node, value, is_date);
        }
        g_ptr_array_unref(nodes);
    }
    return values;
}

/* An access level named in the document (field "access") can only raise
 * the level its source gives it: a file never declares itself public.
 * Takes ownership of `level`. */
static void
raise_access(zr_doc *doc, char *level)
{
    static const char *const order[] = {"public", "restricted", "sealed"};
    int have = 0, want = -1;
    for (int i = 0; i < 3; i++) {
        if (doc->access != NULL && strcmp(doc->access, order[i]) == 0)
            have = i;
        if (level != NULL && g_ascii_strcasecmp(g_strstrip(level), order[i]) == 0)
            want = i;
    }
    if (want > have) {
        g_free(doc->access);
        doc->access = g_strdup(order[want]);
    }
    g_free(level);
}

static char *
mapped_value(const ix_vocabulary *voc, xmlDoc *xdoc, xmlNode *ctx, const char *field, gsize *budget)
{
    GPtrArray *values = mapped_values(voc, xdoc, ctx, field, FALSE, budget);
    char *value = values->len > 0 ? g_strdup(g_ptr_array_index(values, 0)) : NULL;
    g_ptr_array_unref(values);
    return value;
}

/* The first element node a mapped field selects under `ctx`, in order. */
static GPtrArray *
mapped_nodes(const ix_vocabulary *voc, xmlDoc *xdoc, xmlNode *ctx, const char *field)
{
    int n = ix_vocabulary_alternatives(voc, field);
    for (int alt = 0; alt < n; alt++) {
        GPtrArray *nodes = ix_vocabulary_select(voc, xdoc, ctx, field, alt);
        if (nodes->len > 0)
            return nodes;
        g_ptr_array_unref(nodes);
    }
    return g_ptr_array_new();
}

static void
read_mapped_common_fields(zr_doc *doc, const ix_vocabulary *voc, xmlDoc *xdoc, gsize *budget)
{
    set_if_null(&doc->title, mapped_value(voc, xdoc, NULL, "title", budget));
    set_if_null(&doc->date, mapped_value(voc, xdoc, NULL, "date", budget));
    raise_access(doc, mapped_value(voc, xdoc, NULL, "access", budget));
    if (doc->lang == NULL) {
        char *tag = mapped_value(voc, xdoc, NULL, "lang", budget);
        doc->lang = g_strdup(lang_code(tag));
        g_free(tag);
    }
}

/* An xml_vocabulary whose unit, num and heading lists come from the
 * mapping ("units = article:article;section:section"), the rest from
 * `base`.  Freed with mapped_vocabulary_free. */
typedef struct mapped_vocabulary {
    xml_vocabulary voc;
    xml_unit_rule *units;
    char **unit_strings;
} mapped_vocabulary;

static void
mapped_vocabulary_init(mapped_vocabulary *mv, const ix_vocabulary *map, const xml_vocabulary *base)
{
    mv->voc = *base;
    mv->units = NULL;
    mv->unit_strings = NULL;
    if (map == NULL)
        return;
    const char *const *units = ix_vocabulary_list(map, "units");
    guint n = 0;
    while (units[n] != NULL)
        n++;
    if (n > 0) {
        mv->units = g_new0(xml_unit_rule, n + 1);
        mv->unit_strings = g_new0(char *, 2 * n + 1);
        for (guint i = 0; i < n; i++) {
            char **pair = g_strsplit(units[i], ":", 2);
            mv->unit_strings[2 * i] = g_strdup(pair[0]);
            mv->unit_strings[2 * i + 1] = g_strdup(pair[1] != NULL ? pair[1] : "section");
            g_strfreev(pair);
            mv->units[i].element = mv->unit_strings[2 * i];
            mv->units[i].kind = mv->unit_strings[2 * i + 1];
        }
        mv->voc.units = mv->units;
    }
    if (ix_vocabulary_list(map, "num")[0] != NULL)
        mv->voc.num = ix_vocabulary_list(map, "num");
    if (ix_vocabulary_list(map, "heading")[0] != NULL)
        mv->voc.heading = ix_vocabulary_list(map, "heading");
}

static void
mapped_vocabulary_free(mapped_vocabulary *mv)
{
    g_free(mv->units);
    g_strfreev(mv->unit_strings);
}

/* ---- Units by element --------------------------------------------------- */

/* Walks a document in order, cutting it into units at unit elements; text
 * outside every unit goes to a leading "section" unit when it comes first,
 * else to the end of the unit before it (a chapter heading between two
 * sections stays with the earlier one, as in plain-text statutes). */
typedef struct segmenter {
    zr_doc *doc;
    const xml_vocabulary *voc;
    text_builder outside;
    zr_unit *last;
    int n_units;
    gsize *budget;
} segmenter;

static const char *
unit_kind(const xml_vocabulary *voc, xmlNode *node)
{
    for (const xml_unit_rule *r = voc->units; r->element != NULL; r++)
        if (named(node, r->element))
            return r->kind;
    return NULL;
}

/* "Article 5." -> "5", "SEC. 2." -> "2", "(a)" kept as is. */
static char *
provision_of(const char *num)
{
    static const char *const words[] = {"Article", "ARTICLE", "Art.", "Section", "SECTION", "SEC.", "Sec.", "§", NULL};
    /* Quotation marks and dashes around a number in quoted (amending) text
     * are not part of it. */
    const char *p = num;
    while (*p && !g_unichar_isalnum(g_utf8_get_char(p)))
        p = g_utf8_next_char(p);
    for (int i = 0; words[i] != NULL; i++)
        if (g_str_has_prefix(p, words[i])) {
            p += strlen(words[i]);
            break;
        }
    while (*p == ' ' || *p == '\t')
        p++;
    char *key = g_strdup(p);
    /* Trailing '.', spaces, dashes and quotes go; a closing ')' stays. */
    char *end = key + strlen(key);
    while (end > key) {
        char *prev = g_utf8_find_prev_char(key, end);
        gunichar c = g_utf8_get_char(prev);
        if (g_unichar_isalnum(c) || c == ')')
            break;
        end = prev;
    }
    *end = '\0';
    gboolean has_alnum = FALSE;
    for (const char *c = key; *c && !has_alnum; c = g_utf8_next_char(c))
        has_alnum = g_unichar_isalnum(g_utf8_get_char(c));
    if (!has_alnum) {
        g_free(key);
        return NULL;
    }
    return key;
}

static void
flush_outside(segmenter *sg)
{
    char *text = g_strstrip(tb_finish(&sg->outside));
    if (*text != '\0') {
        if (sg->last == NULL) {
            sg->last = zr_doc_add_unit(sg->doc, "section", g_strdup(text));
        } else {
            char *joined = g_strconcat(sg->last->text, "\n", text, NULL);
            g_free(sg->last->text);
            sg->last->text = joined;
        }
    }
    g_free(text);
    tb_init(&sg->outside, sg->budget, sg->voc->skip);
}

static void
add_element_unit(segmenter *sg, xmlNode *node, const char *kind)
{
    flush_outside(sg);
    xmlNode *num = first_child_in(node, sg->voc->num);
    xmlNode *heading = first_child_in(node, sg->voc->heading);
    char *num_text = num ? g_strstrip(node_text(num, sg->budget, NULL)) : NULL;
    char *heading_text = heading ? g_strstrip(node_text(heading, sg->budget, NULL)) : NULL;
    char *raw = node_text(node, sg->budget, sg->voc->skip);
    zr_unit *u = zr_doc_add_unit(sg->doc, kind, g_strstrip(az_normalise(raw, -1)));
    g_free(raw);
    /* A chapter's number is not a provision anyone cites. */
    if (num_text != NULL && !named(node, "chapter"))
        u->provision = provision_of(num_text);
    GString *label = g_string_new(num_text);
    if (heading_text != NULL && *heading_text != '\0') {
        if (label->len > 0)
            g_string_append_c(label, ' ');
        g_string_append(label, heading_text);
    }
    char *norm = az_normalise(label->str, -1);
    g_string_free(label, TRUE);
    u->label = *norm != '\0' ? norm : (g_free(norm), NULL);
    g_free(num_text);
    g_free(heading_text);
    sg->last = u;
    sg->n_units++;
}

static void
segment(segmenter *sg, xmlNode *node, gboolean unit_level)
{
    for (xmlNode *c = node->children; c != NULL; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) {
            tb_node(&sg->outside, c);
            continue;
        }
        if (in_list(sg->voc->skip, c->name))
            continue;
        const char *kind = unit_level ? unit_kind(sg->voc, c) : NULL;
        xmlNode *has_num = kind ? first_child_in(c, sg->voc->num) : NULL;
        xmlNode *has_heading = kind ? first_child_in(c, sg->voc->heading) : NULL;
        if (kind != NULL && (has_num != NULL || has_heading != NULL)) {
            add_element_unit(sg, c, kind);
            continue;
        }
        gboolean child_level;
        if (sg->voc->bodies == NULL)
            child_level = TRUE;
        else if (unit_level)
            child_level = in_list(sg->voc->wrappers, c->name);
        else
            child_level = in_list(sg->voc->bodies, c->name);
        gboolean block = !in_list(inline_elements, c->name);
        if (block)
            tb_break(&sg->outside, 2);
        segment(sg, c, child_level);
        if (block)
            tb_break(&sg->outside, 2);
    }
}

/* Units of an act, bill or any XML by its unit elements; one "document"
 * unit with all the text when there are none. */
static void
add_units_by_element(zr_doc *doc, xmlNode *top, const xml_vocabulary *voc, gsize *budget)
{
    segmenter sg = {doc, voc, {0}, NULL, 0, budget};
    tb_init(&sg.outside, budget, voc->skip);
    segment(&sg, top, voc->bodies == NULL);
    if (sg.n_units == 0) {
        /* Without units the outside text is simply the document; it is
         * gathered again below with every element, bodies or not. */
        g_string_free(sg.outside.s, TRUE);
        char *raw = node_text(top, budget, voc->skip);
        char *text = g_strstrip(az_normalise(raw, -1));
        g_free(raw);
        if (*text != '\0')
            zr_doc_add_unit(doc, "document", text);
        else
            g_free(text);
        return;
    }
    flush_outside(&sg);
    g_string_free(sg.outside.s, TRUE);
}

/* ---- Akoma Ntoso -------------------------------------------------------- */

static gboolean
is_akn(xmlNode *root)
{
    const char *ns = root->ns != NULL ? (const char *)root->ns->href : NULL;
    if (ns != NULL) {
        for (int i = 0; akn_namespaces[i] != NULL; i++)
            if (g_str_has_prefix(ns, akn_namespaces[i]))
                return TRUE;
    }
    return named(root, "akomaNtoso") || named(root, "akomantoso");
}

/* The court of a judgment: the organisation its FRBRauthor points to,
 * else courtType, docProponent or uk:court as written. */
static char *
akn_court(const ix_vocabulary *voc, xmlDoc *xdoc, xmlNode *top, gsize *budget)
{
    char *ref = voc != NULL
                    ? mapped_value(voc, xdoc, NULL, "court-ref", budget)
                    : field_value(top, akn_judgment_fields, G_N_ELEMENTS(akn_judgment_fields), F_COURT_REF, budget);
    char *court = NULL;
    if (ref != NULL && ref[0] == '#') {
        xml_field_rule rule = {F_COURT, "TLCOrganization", NULL, NULL};
        field_search fs = {&rule, g_ptr_array_new(), TRUE};
        find_elements(top, &fs);
        for (guint i = 0; i < fs.found->len && court == NULL; i++) {
            xmlNode *org = g_ptr_array_index(fs.found, i);
            xmlChar *eid = xmlGetProp(org, (const xmlChar *)"eId");
            if (eid == NULL)
                eid = xmlGetProp(org, (const xmlChar *)"id");
            if (eid != NULL && strcmp((const char *)eid, ref + 1) == 0) {
                xmlChar *show = xmlGetProp(org, (const xmlChar *)"showAs");
                if (show != NULL && *show)
                    court = g_strstrip(az_normalise((const char *)show, -1));
                xmlFree(show);
            }
            xmlFree(eid);
        }
        g_ptr_array_unref(fs.found);
    }
    g_free(ref);
    if (court == NULL)
        court = voc != NULL ? mapped_value(voc, xdoc, NULL, "court", budget)
                            : field_value(top, akn_judgment_fields, G_N_ELEMENTS(akn_judgment_fields), F_COURT, budget);
    return court;
}

static void
akn_judgment(zr_doc *doc, const ix_vocabulary *voc, xmlDoc *xdoc, xmlNode *judgment, gsize *budget)
{
    set_if_null(&doc->court, akn_court(voc, xdoc, judgment, budget));
    if (doc->court_level == NULL)
        doc->court_level = g_strdup(ix_court_level(doc->court));
    set_if_null(&doc->case_number, voc != NULL ? mapped_value(voc, xdoc, NULL, "number", budget)
                                               : field_value(judgment, akn_judgment_fields,
                                                             G_N_ELEMENTS(akn_judgment_fields), F_CASE_NUMBER, budget));

    const char *const body_names[] = {"judgmentBody", NULL};
    xmlNode *body = first_child_in(judgment, body_names);
    int sections = 0;
    for (xmlNode *c = body ? body->children : NULL; c != NULL; c = c->next)
        if (c->type == XML_ELEMENT_NODE && in_list(akn_judgment_sections, c->name))
            sections++;
    if (sections >= 2) {
        /* The header (parties, judges, date) is a unit of its own. */
        const char *const header_names[] = {"header", NULL};
        xmlNode *header = first_child_in(judgment, header_names);
        if (header != NULL) {
            char *raw = node_text(header, budget, akn_skip);
            char *text = g_strstrip(az_normalise(raw, -1));
            g_free(raw);
            if (*text != '\0')
                zr_doc_add_unit(doc, "section", text);
            else
                g_free(text);
        }
        for (xmlNode *c = body->children; c != NULL; c = c->next) {
            if (c->type != XML_ELEMENT_NODE || !in_list(akn_judgment_sections, c->name))
                continue;
            char *raw = node_text(c, budget, akn_skip);
            zr_unit *u = zr_doc_add_unit(doc, "section", g_strstrip(az_normalise(raw, -1)));
            g_free(raw);
            xmlNode *heading = first_child_in(c, akn_heading);
            char *label = heading ? g_strstrip(node_text(heading, budget, NULL)) : g_strdup((const char *)c->name);
            u->label = label;
        }
        return;
    }
    char *raw = node_text(judgment, budget, akn_skip);
    zr_doc_add_unit(doc, "decision", g_strstrip(az_normalise(raw, -1)));
    g_free(raw);
}

static void
extract_akn(zr_doc *doc, const ix_vocabulary *voc, xmlDoc *xdoc, xmlNode *root, const char *type_hint, gsize *budget)
{
    /* The document element: <akomaNtoso><act|judgment|…> (the root itself
     * in fragments that omit the wrapper). */
    xmlNode *top = root;
    if (named(root, "akomaNtoso") || named(root, "akomantoso"))
        for (xmlNode *c = root->children; c != NULL; c = c->next)
            if (c->type == XML_ELEMENT_NODE && !named(c, "components")) {
                top = c;
                break;
            }
    if (voc != NULL)
        read_mapped_common_fields(doc, voc, xdoc, budget);
    else
        read_common_fields(doc, top, akn_fields, G_N_ELEMENTS(akn_fields), budget);
    const char *vocab_type = type_of_root(akn_types, top);
    doc->type = g_strdup(type_hint != NULL ? type_hint : vocab_type != NULL ? vocab_type : "other");
    if (named(top, "judgment")) {
        akn_judgment(doc, voc, xdoc, top, budget);
    } else {
        mapped_vocabulary mv;
        mapped_vocabulary_init(&mv, voc, &akn_vocabulary);
        add_units_by_element(doc, root, &mv.voc, budget);
        mapped_vocabulary_free(&mv);
    }
}

/* ---- The demo vocabulary ------------------------------------------------ */

static char *
attr(xmlNode *node, const char *name)
{
    xmlChar *a = xmlGetProp(node, (const xmlChar *)name);
    char *value = a != NULL ? g_strstrip(g_strdup((const char *)a)) : NULL;
    xmlFree(a);
    return value;
}

/* A paragraph's own text, without its clauses, which get lines of their own. */
static char *
own_text(xmlNode *node, gsize *budget)
{
    static const char *const clause[] = {"clause", NULL};
    text_builder tb;
    tb_init(&tb, budget, clause);
    tb_children(&tb, node);
    return g_strstrip(tb_finish(&tb));
}

static void
append_numbered(GString *out, const char *num, const char *text)
{
    if (*text == '\0')
        return;
    if (out->len > 0)
        g_string_append_c(out, '\n');
    if (num != NULL && *num != '\0')
        g_string_append_printf(out, "%s. ", num);
    g_string_append(out, text);
}

/* One article's text: "13.1 дүгээр зүйл. Heading", then "1. text",
 * "2.1. text", from the parts and clauses under `body` (the article, or
 * one of its versions).  Parts and clauses are recorded with their ranges. */
static void
demo_article_unit(zr_doc *doc, const ix_vocabulary *voc, xmlDoc *xdoc, xmlNode *body, const char *num,
                  const char *label, gsize *budget, const char *from, const char *to)
{
    GString *text = g_string_new(label);
    GPtrArray *parts = mapped_nodes(voc, xdoc, body, "part");
    /* Part keys with offsets in the raw text; normalising never moves
     * ASCII digits, but offsets are taken after normalising to be exact. */
    for (guint i = 0; i < parts->len; i++) {
        xmlNode *p = g_ptr_array_index(parts, i);
        char *pnum = mapped_value(voc, xdoc, p, "part-num", budget);
        char *ptext = own_text(p, budget);
        append_numbered(text, pnum, ptext);
        g_free(pnum), g_free(ptext);
        GPtrArray *clauses = mapped_nodes(voc, xdoc, p, "clause");
        for (guint k = 0; k < clauses->len; k++) {
            xmlNode *c = g_ptr_array_index(clauses, k);
            char *cnum = mapped_value(voc, xdoc, c, "clause-num", budget);
            char *ctext = g_strstrip(node_text(c, budget, NULL));
            append_numbered(text, cnum, ctext);
            g_free(cnum), g_free(ctext);
        }
        g_ptr_array_unref(clauses);
    }
    g_ptr_array_unref(parts);
    char *raw = g_string_free(text, FALSE);
    zr_unit *u = zr_doc_add_unit(doc, "article", az_normalise(raw, -1));
    g_free(raw);
    u->provision = num != NULL && *num != '\0' ? g_strdup(num) : NULL;
    u->label = az_normalise(label, -1);
    u->valid_from = g_strdup(from);
    u->valid_to = g_strdup(to);
    /* The text is "N. text" lines, exactly what the part finder reads. */
    ix_find_parts(u);
}

/* An article, or one unit per version when it has <version>s. */
static void
demo_article(zr_doc *doc, const ix_vocabulary *voc, xmlDoc *xdoc, xmlNode *article, gsize *budget)
{
    char *num = mapped_value(voc, xdoc, article, "article-num", budget);
    char *title = mapped_value(voc, xdoc, article, "article-heading", budget);
    char *label = ix_article_label(num != NULL ? num : "", title, doc->lang);
    GPtrArray *versions = mapped_nodes(voc, xdoc, article, "version");
    if (versions->len == 0)
        demo_article_unit(doc, voc, xdoc, article, num, label, budget, NULL, NULL);
    for (guint i = 0; i < versions->len; i++) {
        xmlNode *v = g_ptr_array_index(versions, i);
        char *from = mapped_value(voc, xdoc, v, "version-from", budget);
        char *to = mapped_value(voc, xdoc, v, "version-to", budget);
        demo_article_unit(doc, voc, xdoc, v, num, label, budget, from, to);
        g_free(from), g_free(to);
    }
    g_ptr_array_unref(versions);
    g_free(label);
    g_free(title);
    g_free(num);
}

static void
demo_articles(zr_doc *doc, const ix_vocabulary *voc, xmlDoc *xdoc, gsize *budget)
{
    GPtrArray *articles = mapped_nodes(voc, xdoc, NULL, "article");
    for (guint i = 0; i < articles->len; i++)
        demo_article(doc, voc, xdoc, g_ptr_array_index(articles, i), budget);
    g_ptr_array_unref(articles);
}

static void
demo_law(zr_doc *doc, const ix_vocabulary *voc, xmlDoc *xdoc, xmlNode *root, const char *type_hint, gsize *budget)
{
    char *kind = attr(root, "kind");
    static const char *const types[] = {"code", "decision", "research", "sop", "other", NULL};
    const char *type = type_hint;
    if (type == NULL)
        type = kind != NULL && in_list(types, (const xmlChar *)kind) ? kind : "code";
    doc->type = g_strdup(type);
    g_free(kind);
    if (doc->lang == NULL) {
        /* The label's language must be known before articles are built. */
        char *all = node_text(root, budget, NULL);
        doc->lang = g_strdup(az_detect_lang(all, -1));
        g_free(all);
    }
    static const char *const note[] = {"note", NULL};
    xmlNode *n = first_child_in(root, note);
    if (n != NULL) {
        char *raw = node_text(n, budget, NULL);
        char *text = g_strstrip(az_normalise(raw, -1));
        g_free(raw);
        if (*text != '\0')
            zr_doc_add_unit(doc, "section", text);
        else
            g_free(text);
    }
    demo_articles(doc, voc, xdoc, budget);
}

static void
demo_decision(zr_doc *doc, const ix_vocabulary *voc, xmlDoc *xdoc, xmlNode *root, const char *type_hint, gsize *budget)
{
    doc->type = g_strdup(type_hint != NULL ? type_hint : "decision");
    char *court = mapped_value(voc, xdoc, NULL, "court", budget);
    set_if_null(&doc->court, court != NULL ? ix_normalise_court(court) : NULL);
    g_free(court);
    char *level = mapped_value(voc, xdoc, NULL, "court-level", budget);
    static const char *const levels[] = {"first-instance", "appeal", "supreme", NULL};
    if (level != NULL && in_list(levels, (const xmlChar *)level))
        set_if_null(&doc->court_level, g_strdup(level));
    else if (doc->court_level == NULL)
        doc->court_level = g_strdup(ix_court_level(doc->court));
    g_free(level);
    set_if_null(&doc->decision_type, mapped_value(voc, xdoc, NULL, "decision-type", budget));
    set_if_null(&doc->case_number, mapped_value(voc, xdoc, NULL, "number", budget));
    set_if_null(&doc->case_index, mapped_value(voc, xdoc, NULL, "case-index", budget));
    set_if_null(&doc->prosecutor, mapped_value(voc, xdoc, NULL, "prosecutor", budget));
    set_if_null(&doc->outcome, mapped_value(voc, xdoc, NULL, "outcome", budget));
    set_if_null(&doc->sentence, mapped_value(voc, xdoc, NULL, "sentence", budget));
    GPtrArray *judges = mapped_values(voc, xdoc, NULL, "judges", TRUE, budget);
    for (guint i = 0; i < judges->len; i++)
        zr_strv_add_unique(doc->judges, g_ptr_array_index(judges, i));
    g_ptr_array_unref(judges);
    GPtrArray *applied = mapped_values(voc, xdoc, NULL, "articles", TRUE, budget);
    for (guint i = 0; i < applied->len; i++)
        zr_doc_add_article(doc, g_ptr_array_index(applied, i));
    g_ptr_array_unref(applied);
    GPtrArray *cited = mapped_values(voc, xdoc, NULL, "cites", TRUE, budget);

    /* The text: each body section's heading as a line, paragraphs separated
     * by blank lines.  Judges and prosecutor are metadata nobody stores. */
    GString *text = g_string_new(NULL);
    static const char *const body_names[] = {"body", NULL};
    xmlNode *body = first_child_in(root, body_names);
    for (xmlNode *s = body ? body->children : NULL; s != NULL; s = s->next) {
        if (s->type != XML_ELEMENT_NODE)
            continue;
        char *heading = attr(s, "heading");
        if (heading != NULL && *heading != '\0')
            g_string_append_printf(text, "%s%s", text->len ? "\n\n" : "", heading);
        g_free(heading);
        for (xmlNode *p = s->children; p != NULL; p = p->next) {
            if (p->type != XML_ELEMENT_NODE)
                continue;
            char *ptext = g_strstrip(node_text(p, budget, NULL));
            if (*ptext != '\0')
                g_string_append_printf(text, "%s%s", text->len ? "\n\n" : "", ptext);
            g_free(ptext);
        }
    }
    if (body == NULL) {
        static const char *const not_text[] = {"judges", "prosecutor", NULL};
        char *all = node_text(root, budget, not_text);
        g_string_append(text, all);
        g_free(all);
    }
    char *raw = g_string_free(text, FALSE);
    zr_unit *u = zr_doc_add_unit(doc, "decision", g_strstrip(az_normalise(raw, -1)));
    g_free(raw);
    /* Decisions the metadata says it cites, whether or not the text names
     * them; ix_add_unit_citations adds what the text names. */
    for (guint i = 0; i < cited->len; i++)
        zr_strv_add_unique(u->cites, g_ptr_array_index(cited, i));
    g_ptr_array_unref(cited);
}

static void
extract_demo(zr_doc *doc, const ix_vocabulary *voc, xmlDoc *xdoc, xmlNode *root, const char *type_hint, gsize *budget)
{
    read_mapped_common_fields(doc, voc, xdoc, budget);
    if (named(root, "decision"))
        demo_decision(doc, voc, xdoc, root, type_hint, budget);
    else
        demo_law(doc, voc, xdoc, root, type_hint, budget);
}

/* ---- Any other XML ------------------------------------------------------ */

static void
extract_generic(zr_doc *doc, const ix_vocabulary *voc, xmlDoc *xdoc, xmlNode *root, const char *type_hint,
                gsize *budget)
{
    if (voc != NULL)
        read_mapped_common_fields(doc, voc, xdoc, budget);
    else
        read_common_fields(doc, root, generic_fields, G_N_ELEMENTS(generic_fields), budget);
    mapped_vocabulary mv;
    mapped_vocabulary_init(&mv, voc, &generic_vocabulary);
    add_units_by_element(doc, root, &mv.voc, budget);
    mapped_vocabulary_free(&mv);
    const char *type = type_hint != NULL ? type_hint : type_of_root(generic_types, root);
    if (type == NULL) {
        GString *all = g_string_new(NULL);
        for (guint i = 0; i < doc->units->len; i++) {
            g_string_append(all, ((zr_unit *)g_ptr_array_index(doc->units, i))->text);
            g_string_append_c(all, '\n');
        }
        type = ix_detect_type(all->str, doc->title);
        g_string_free(all, TRUE);
    }
    doc->type = g_strdup(type);
}

/* ---- Parsing ------------------------------------------------------------ */

typedef struct parse_error {
    int line;
    char *message;
} parse_error;

static void
collect_error(void *ctx, xmlErrorPtr e)
{
    parse_error *pe = ctx;
    if (pe->message == NULL && e != NULL && e->level >= XML_ERR_ERROR && e->message != NULL) {
        pe->line = e->line;
        pe->message = g_strstrip(g_strdup(e->message));
    }
}

ix_extract_status
ix_extract_xml(const char *abspath, const char *data, gsize len, const char *type_hint, zr_doc *doc, GError **error)
{
    if (len > G_MAXINT) {
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_LIMIT, "XML file too large");
        return IX_EXTRACT_FAIL;
    }
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (ctxt == NULL) {
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_LIMIT, "out of memory");
        return IX_EXTRACT_FAIL;
    }
    parse_error pe = {0, NULL};
    /* Per parse: the handler is libxml2's per-thread state, and is reset
     * right after so no later libxml2 use reports into this stack frame. */
    xmlSetStructuredErrorFunc(&pe, collect_error);
    xmlDocPtr xdoc = xmlCtxtReadMemory(ctxt, data, (int)len, abspath, NULL, IX_XML_OPTIONS);
    xmlSetStructuredErrorFunc(NULL, NULL);
    if (xdoc == NULL || !ctxt->wellFormed) {
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
    doc->lang = g_strdup(lang_code((const char *)lang));
    xmlFree(lang);

    gsize budget = IX_ENTITY_BUDGET;
    /* The vocabulary by xml-mappings.ini; without the file, Akoma Ntoso is
     * still recognised and everything else read generically. */
    const ix_vocabulary *voc = ix_vocabulary_match(root);
    const char *name = ix_vocabulary_name(voc);
    if (g_strcmp0(name, "demo") == 0)
        extract_demo(doc, voc, xdoc, root, type_hint, &budget);
    else if (g_strcmp0(name, "akn") == 0 || (voc == NULL && is_akn(root)))
        extract_akn(doc, voc, xdoc, root, type_hint, &budget);
    else
        extract_generic(doc, g_strcmp0(name, "generic") == 0 ? voc : NULL, xdoc, root, type_hint, &budget);

    xmlFreeDoc(xdoc);
    /* Drop units that came out blank (an empty <section/>, say). */
    for (guint i = 0; i < doc->units->len;) {
        zr_unit *u = g_ptr_array_index(doc->units, i);
        if (*u->text == '\0') {
            g_ptr_array_remove_index(doc->units, i);
            zr_unit_free(u);
        } else {
            i++;
        }
    }
    for (guint i = 0; i < doc->units->len; i++)
        ((zr_unit *)g_ptr_array_index(doc->units, i))->ordinal = (int)i;
    return IX_EXTRACT_OK;
}
