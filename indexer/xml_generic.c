/* xml_generic.c — any other XML (Justice Canada, USLM, unknown
 * vocabularies): a title, a date, its sections and its text, by the
 * "generic" mapping of xml-mappings.ini or the built-in rules below; the
 * type from a legislative document element, else from the text (xml.h).
 *
 * Not for: Akoma Ntoso (xml_akn.c) or the demo schema (xml_demo.c).
 */
#include <string.h>

#include "indexer/structure.h"
#include "indexer/xml.h"

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
static const xml_root_type generic_types[] = {{"Statute", "code"}, {"Bill", "code"},       {"Regulation", "code"},
                                              {"bill", "code"},    {"resolution", "code"}, {"lawDoc", "code"},
                                              {NULL, NULL}};

static const xml_vocabulary generic_vocabulary = {
    generic_fields, G_N_ELEMENTS(generic_fields), generic_units, generic_num, generic_heading, NULL, NULL,
    generic_skip};

/* Whether the file is another country's legislation by its schema: USLM
 * (the United States Congress's) by its namespace, Justice Canada's by its
 * DOCTYPE or its LIMS namespace. */
static bool
generic_foreign(const xmlDoc *xdoc, xmlNode *root)
{
    if (root->ns != NULL && root->ns->href != NULL && strstr((const char *)root->ns->href, "uslm") != NULL)
        return true;
    for (xmlNs *ns = root->nsDef; ns != NULL; ns = ns->next)
        if (ns->href != NULL && strstr((const char *)ns->href, "justice.gc.ca") != NULL)
            return true;
    const xmlDtd *dtd = xdoc != NULL ? xdoc->intSubset : NULL;
    return dtd != NULL && dtd->ExternalID != NULL && strstr((const char *)dtd->ExternalID, "Justice Canada") != NULL;
}

void
ix_xml_read_generic(ix_xml_reader *rd, zr_doc *doc, xmlNode *root, const char *type_hint)
{
    doc->foreign = generic_foreign(rd->xdoc, root);
    if (rd->voc != NULL)
        ix_xml_read_mapped_fields(rd, doc);
    else
        ix_xml_read_fields(rd, doc, root, generic_fields, G_N_ELEMENTS(generic_fields));
    ix_xml_vocabulary mv;
    ix_xml_vocabulary_init(&mv, rd->voc, &generic_vocabulary);
    ix_xml_add_units_by_element(rd, doc, root, &mv.voc);
    ix_xml_vocabulary_clear(&mv);
    const char *type = type_hint != NULL ? type_hint : ix_xml_type_of_root(generic_types, root);
    if (type == NULL) {
        GString *all = g_string_new(NULL);
        for (guint i = 0; i < doc->units->len; i++) {
            g_string_append(all, ((zr_unit *)g_ptr_array_index(doc->units, i))->text);
            g_string_append_c(all, '\n');
        }
        type = ix_detect_type(ix_extractor_patterns(rd->ex), all->str, doc->title);
        g_string_free(all, TRUE);
    }
    doc->type = g_strdup(type);
}
