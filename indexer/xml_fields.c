/* xml_fields.c — a document's fields from XML: by the built-in rules
 * (element, attribute, parent) when there is no mapping, or by the XPaths
 * of corpus-config/xml-mappings.ini (xml.h).  Values are normalised, dates
 * read as YYYY-MM-DD.
 *
 * Not for: compiling the mappings (mappings.c), or which fields a
 * vocabulary reads (xml_akn.c, xml_demo.c, xml_generic.c).
 */
#include <stdlib.h>
#include <string.h>

#include "core/analysis.h"
#include "indexer/structure.h"
#include "indexer/xml.h"

/* ---- Values ------------------------------------------------------------- */

/* A date from an element: ISO or written text, or Justice Canada's
 * <Date><YYYY/><MM/><DD/></Date>. */
static char *
date_value(xmlNode *node, const char *value)
{
    const char *const y[] = {"YYYY", NULL}, *const m[] = {"MM", NULL}, *const d[] = {"DD", NULL};
    xmlNode *yn = ix_xml_first_child_in(node, y), *mn = ix_xml_first_child_in(node, m),
            *dn = ix_xml_first_child_in(node, d);
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
add_value(GPtrArray *values, xmlNode *node, char *value, bool is_date)
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

void
ix_xml_set_if_null(char **slot, char *value)
{
    if (*slot == NULL)
        *slot = value;
    else
        g_free(value);
}

/* ---- Built-in rules ----------------------------------------------------- */

typedef struct field_search {
    const xml_field_rule *rule;
    GPtrArray *found; /* xmlNode* in document order */
    bool all;
} field_search;

static void
find_elements(xmlNode *node, field_search *fs)
{
    for (xmlNode *c = node->children; c != NULL; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (ix_xml_named(c, fs->rule->element) &&
            (fs->rule->parent == NULL || (c->parent != NULL && ix_xml_named(c->parent, fs->rule->parent)))) {
            g_ptr_array_add(fs->found, c);
            if (!fs->all)
                return;
        }
        find_elements(c, fs);
        if (!fs->all && fs->found->len > 0)
            return;
    }
}

GPtrArray *
ix_xml_find_elements(xmlNode *root, const xml_field_rule *rule, bool all)
{
    field_search fs = {rule, g_ptr_array_new(), all};
    find_elements(root, &fs);
    return fs.found;
}

/* Values of one field by the vocabulary's rules: the first rule that gives
 * a non-empty value wins; F_APPLIED collects every value of that rule. */
static GPtrArray *
field_values(ix_xml_reader *rd, xmlNode *root, const xml_field_rule *rules, size_t n_rules, xml_field field)
{
    GPtrArray *values = g_ptr_array_new_with_free_func(g_free);
    for (size_t r = 0; r < n_rules && values->len == 0; r++) {
        if (rules[r].field != field)
            continue;
        GPtrArray *found;
        if (ix_xml_named(root, rules[r].element) && rules[r].parent == NULL) {
            found = g_ptr_array_new();
            g_ptr_array_add(found, root);
        } else {
            found = ix_xml_find_elements(root, &rules[r], field == F_APPLIED);
        }
        for (guint i = 0; i < found->len; i++) {
            xmlNode *node = g_ptr_array_index(found, i);
            char *value;
            if (rules[r].attribute != NULL) {
                xmlChar *a = xmlGetProp(node, (const xmlChar *)rules[r].attribute);
                value = g_strdup(a != NULL ? (const char *)a : "");
                xmlFree(a);
            } else {
                value = ix_xml_node_text(node, &rd->budget, NULL);
            }
            add_value(values, node, value, field == F_DATE);
        }
        g_ptr_array_unref(found);
    }
    return values;
}

char *
ix_xml_rule_value(ix_xml_reader *rd, xmlNode *root, const xml_field_rule *rules, size_t n_rules, xml_field field)
{
    GPtrArray *values = field_values(rd, root, rules, n_rules, field);
    char *value = values->len > 0 ? g_strdup(g_ptr_array_index(values, 0)) : NULL;
    g_ptr_array_unref(values);
    return value;
}

void
ix_xml_read_fields(ix_xml_reader *rd, zr_doc *doc, xmlNode *root, const xml_field_rule *rules, size_t n)
{
    ix_xml_set_if_null(&doc->title, ix_xml_rule_value(rd, root, rules, n, F_TITLE));
    ix_xml_set_if_null(&doc->date, ix_xml_rule_value(rd, root, rules, n, F_DATE));
    if (doc->lang == NULL) {
        char *tag = ix_xml_rule_value(rd, root, rules, n, F_LANG);
        doc->lang = g_strdup(ix_xml_lang_code(tag));
        g_free(tag);
    }
}

/* ---- Mapped fields (xml-mappings.ini) ----------------------------------- */

GPtrArray *
ix_xml_mapped_values(ix_xml_reader *rd, xmlNode *ctx, const char *field, bool all)
{
    GPtrArray *values = g_ptr_array_new_with_free_func(g_free);
    bool is_date = strcmp(field, "date") == 0 || g_str_has_prefix(field, "version-");
    int n = ix_vocabulary_alternatives(rd->voc, field);
    for (int alt = 0; alt < n && values->len == 0; alt++) {
        GPtrArray *nodes = ix_vocabulary_select(rd->voc, rd->xdoc, ctx, field, alt);
        for (guint i = 0; i < nodes->len && (all || values->len == 0); i++) {
            xmlNode *node = g_ptr_array_index(nodes, i);
            char *value;
            if (node->type == XML_ATTRIBUTE_NODE) {
                xmlChar *c = xmlNodeGetContent(node);
                value = g_strdup(c != NULL ? (const char *)c : "");
                xmlFree(c);
            } else {
                value = ix_xml_node_text(node, &rd->budget, NULL);
            }
            add_value(values, node, value, is_date);
        }
        g_ptr_array_unref(nodes);
    }
    return values;
}

char *
ix_xml_mapped_value(ix_xml_reader *rd, xmlNode *ctx, const char *field)
{
    GPtrArray *values = ix_xml_mapped_values(rd, ctx, field, false);
    char *value = values->len > 0 ? g_strdup(g_ptr_array_index(values, 0)) : NULL;
    g_ptr_array_unref(values);
    return value;
}

GPtrArray *
ix_xml_mapped_nodes(ix_xml_reader *rd, xmlNode *ctx, const char *field)
{
    int n = ix_vocabulary_alternatives(rd->voc, field);
    for (int alt = 0; alt < n; alt++) {
        GPtrArray *nodes = ix_vocabulary_select(rd->voc, rd->xdoc, ctx, field, alt);
        if (nodes->len > 0)
            return nodes;
        g_ptr_array_unref(nodes);
    }
    return g_ptr_array_new();
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

void
ix_xml_read_mapped_fields(ix_xml_reader *rd, zr_doc *doc)
{
    ix_xml_set_if_null(&doc->title, ix_xml_mapped_value(rd, NULL, "title"));
    ix_xml_set_if_null(&doc->date, ix_xml_mapped_value(rd, NULL, "date"));
    raise_access(doc, ix_xml_mapped_value(rd, NULL, "access"));
    if (doc->lang == NULL) {
        char *tag = ix_xml_mapped_value(rd, NULL, "lang");
        doc->lang = g_strdup(ix_xml_lang_code(tag));
        g_free(tag);
    }
}
