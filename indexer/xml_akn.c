/* xml_akn.c — Akoma Ntoso documents (1.0, 2.0, 3.0 and its prefixed
 * variants): acts and bills cut at their articles and sections, a
 * judgment's court, number and sections (xml.h).  Fields come from the
 * "akn" mapping of xml-mappings.ini, else from the built-in rules below.
 *
 * Not for: other vocabularies (xml_demo.c, xml_generic.c).
 */
#include <string.h>

#include "core/analysis.h"
#include "indexer/structure.h"
#include "indexer/xml.h"

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
static const xml_root_type akn_types[] = {
    {"act", "code"},           {"bill", "code"},       {"judgment", "decision"}, {"debate", "other"},
    {"debateReport", "other"}, {"amendment", "other"}, {"doc", "other"},         {NULL, NULL}};

/* Sections of a judgment's body; two or more make one unit each. */
static const char *const akn_judgment_sections[] = {"introduction", "background", "arguments", "remedies",
                                                    "motivation",   "decision",   NULL};

static const xml_vocabulary akn_vocabulary = {
    akn_fields, G_N_ELEMENTS(akn_fields), akn_units, akn_num, akn_heading, akn_bodies, akn_wrappers, akn_skip};

bool
ix_xml_is_akn(const xmlNode *root)
{
    const char *ns = root->ns != NULL ? (const char *)root->ns->href : NULL;
    if (ns != NULL) {
        for (int i = 0; akn_namespaces[i] != NULL; i++)
            if (g_str_has_prefix(ns, akn_namespaces[i]))
                return true;
    }
    return ix_xml_named(root, "akomaNtoso") || ix_xml_named(root, "akomantoso");
}

/* The court of a judgment: the organisation its FRBRauthor points to,
 * else courtType, docProponent or uk:court as written. */
static char *
akn_court(ix_xml_reader *rd, xmlNode *top)
{
    char *ref = rd->voc != NULL
                    ? ix_xml_mapped_value(rd, NULL, "court-ref")
                    : ix_xml_rule_value(rd, top, akn_judgment_fields, G_N_ELEMENTS(akn_judgment_fields), F_COURT_REF);
    char *court = NULL;
    if (ref != NULL && ref[0] == '#') {
        xml_field_rule rule = {F_COURT, "TLCOrganization", NULL, NULL};
        GPtrArray *found = ix_xml_find_elements(top, &rule, true);
        for (guint i = 0; i < found->len && court == NULL; i++) {
            xmlNode *org = g_ptr_array_index(found, i);
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
        g_ptr_array_unref(found);
    }
    g_free(ref);
    if (court == NULL)
        court = rd->voc != NULL
                    ? ix_xml_mapped_value(rd, NULL, "court")
                    : ix_xml_rule_value(rd, top, akn_judgment_fields, G_N_ELEMENTS(akn_judgment_fields), F_COURT);
    return court;
}

static void
akn_judgment(ix_xml_reader *rd, zr_doc *doc, xmlNode *judgment)
{
    gsize *budget = &rd->budget;
    ix_xml_set_if_null(&doc->court, akn_court(rd, judgment));
    if (doc->court_level == NULL)
        doc->court_level = g_strdup(ix_court_level(ix_extractor_patterns(rd->ex), doc->court));
    ix_xml_set_if_null(&doc->case_number, rd->voc != NULL
                                              ? ix_xml_mapped_value(rd, NULL, "number")
                                              : ix_xml_rule_value(rd, judgment, akn_judgment_fields,
                                                                  G_N_ELEMENTS(akn_judgment_fields), F_CASE_NUMBER));

    const char *const body_names[] = {"judgmentBody", NULL};
    xmlNode *body = ix_xml_first_child_in(judgment, body_names);
    int sections = 0;
    for (xmlNode *c = body ? body->children : NULL; c != NULL; c = c->next)
        if (c->type == XML_ELEMENT_NODE && ix_xml_in_list(akn_judgment_sections, c->name))
            sections++;
    if (sections >= 2) {
        /* The header (parties, judges, date) is a unit of its own. */
        const char *const header_names[] = {"header", NULL};
        xmlNode *header = ix_xml_first_child_in(judgment, header_names);
        if (header != NULL)
            ix_xml_add_text_unit(doc, "section", header, budget, akn_skip);
        for (xmlNode *c = body->children; c != NULL; c = c->next) {
            if (c->type != XML_ELEMENT_NODE || !ix_xml_in_list(akn_judgment_sections, c->name))
                continue;
            char *raw = ix_xml_node_text(c, budget, akn_skip);
            zr_unit *u = ix_doc_add_unit(doc, "section", g_strstrip(az_normalise(raw, -1)));
            g_free(raw);
            xmlNode *heading = ix_xml_first_child_in(c, akn_heading);
            char *label =
                heading ? g_strstrip(ix_xml_node_text(heading, budget, NULL)) : g_strdup((const char *)c->name);
            u->label = label;
        }
        return;
    }
    char *raw = ix_xml_node_text(judgment, budget, akn_skip);
    ix_doc_add_unit(doc, "decision", g_strstrip(az_normalise(raw, -1)));
    g_free(raw);
}

/* Whether the work's FRBRcountry names a country other than Mongolia
 * ("GB-UKM", "za"; Mongolia's is "mn").  No country: not known foreign. */
static bool
akn_foreign(xmlNode *node)
{
    for (xmlNode *c = node->children; c != NULL; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (ix_xml_named(c, "FRBRcountry")) {
            xmlChar *v = xmlGetProp(c, (const xmlChar *)"value");
            bool other = v != NULL && *v != '\0' && g_ascii_strncasecmp((const char *)v, "mn", 2) != 0;
            xmlFree(v);
            return other;
        }
        if (!ix_xml_named(c, "body") && !ix_xml_named(c, "mainBody") && !ix_xml_named(c, "judgmentBody") &&
            akn_foreign(c))
            return true;
    }
    return false;
}

void
ix_xml_read_akn(ix_xml_reader *rd, zr_doc *doc, xmlNode *root, const char *type_hint)
{
    /* The document element: <akomaNtoso><act|judgment|…> (the root itself
     * in fragments that omit the wrapper). */
    xmlNode *top = root;
    if (ix_xml_named(root, "akomaNtoso") || ix_xml_named(root, "akomantoso"))
        for (xmlNode *c = root->children; c != NULL; c = c->next)
            if (c->type == XML_ELEMENT_NODE && !ix_xml_named(c, "components")) {
                top = c;
                break;
            }
    if (rd->voc != NULL)
        ix_xml_read_mapped_fields(rd, doc);
    else
        ix_xml_read_fields(rd, doc, top, akn_fields, G_N_ELEMENTS(akn_fields));
    doc->foreign = akn_foreign(top);
    const char *vocab_type = ix_xml_type_of_root(akn_types, top);
    doc->type = g_strdup(type_hint != NULL ? type_hint : vocab_type != NULL ? vocab_type : "other");
    if (ix_xml_named(top, "judgment")) {
        akn_judgment(rd, doc, top);
    } else {
        ix_xml_vocabulary mv;
        ix_xml_vocabulary_init(&mv, rd->voc, &akn_vocabulary);
        ix_xml_add_units_by_element(rd, doc, root, &mv.voc);
        ix_xml_vocabulary_clear(&mv);
    }
}
