/* xml_demo.c — the project's own schema (urn:zaalt:demo:1): a <law> with
 * articles, their parts and clauses and their versions in force, and a
 * <decision> with its metadata and body (xml.h).  Where each field is
 * comes from the "demo" mapping of xml-mappings.ini; how articles and
 * versions become units is here.
 *
 * Not for: other vocabularies (xml_akn.c, xml_generic.c).
 */
#include <string.h>

#include "core/analysis.h"
#include "indexer/structure.h"
#include "indexer/xml.h"

/* A paragraph's own text, without its clauses, which get lines of their own. */
static char *
own_text(ix_xml_reader *rd, xmlNode *node)
{
    static const char *const clause[] = {"clause", NULL};
    ix_xml_text tb;
    ix_xml_text_init(&tb, &rd->budget, clause);
    ix_xml_text_children(&tb, node);
    return g_strstrip(ix_xml_text_finish(&tb));
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
demo_article_unit(ix_xml_reader *rd, zr_doc *doc, xmlNode *body, const char *num, const char *label, const char *from,
                  const char *to)
{
    GString *text = g_string_new(label);
    GPtrArray *parts = ix_xml_mapped_nodes(rd, body, "part");
    /* Part keys with offsets in the raw text; normalising never moves
     * ASCII digits, but offsets are taken after normalising to be exact. */
    for (guint i = 0; i < parts->len; i++) {
        xmlNode *p = g_ptr_array_index(parts, i);
        char *pnum = ix_xml_mapped_value(rd, p, "part-num");
        char *ptext = own_text(rd, p);
        append_numbered(text, pnum, ptext);
        g_free(pnum), g_free(ptext);
        GPtrArray *clauses = ix_xml_mapped_nodes(rd, p, "clause");
        for (guint k = 0; k < clauses->len; k++) {
            xmlNode *c = g_ptr_array_index(clauses, k);
            char *cnum = ix_xml_mapped_value(rd, c, "clause-num");
            char *ctext = g_strstrip(ix_xml_node_text(c, &rd->budget, NULL));
            append_numbered(text, cnum, ctext);
            g_free(cnum), g_free(ctext);
        }
        g_ptr_array_unref(clauses);
    }
    g_ptr_array_unref(parts);
    char *raw = g_string_free(text, FALSE);
    zr_unit *u = ix_doc_add_unit(doc, "article", az_normalise(raw, -1));
    g_free(raw);
    u->provision = num != NULL && *num != '\0' ? g_strdup(num) : NULL;
    u->label = az_normalise(label, -1);
    u->valid_from = g_strdup(from);
    u->valid_to = g_strdup(to);
    /* The text is "N. text" lines, exactly what the part finder reads. */
    ix_find_parts(ix_extractor_patterns(rd->ex), u);
}

/* An article, or one unit per version when it has <version>s. */
static void
demo_article(ix_xml_reader *rd, zr_doc *doc, xmlNode *article)
{
    char *num = ix_xml_mapped_value(rd, article, "article-num");
    char *title = ix_xml_mapped_value(rd, article, "article-heading");
    char *label = ix_article_label(num != NULL ? num : "", title, doc->lang);
    GPtrArray *versions = ix_xml_mapped_nodes(rd, article, "version");
    if (versions->len == 0)
        demo_article_unit(rd, doc, article, num, label, NULL, NULL);
    for (guint i = 0; i < versions->len; i++) {
        xmlNode *v = g_ptr_array_index(versions, i);
        char *from = ix_xml_mapped_value(rd, v, "version-from");
        char *to = ix_xml_mapped_value(rd, v, "version-to");
        demo_article_unit(rd, doc, v, num, label, from, to);
        g_free(from), g_free(to);
    }
    g_ptr_array_unref(versions);
    g_free(label);
    g_free(title);
    g_free(num);
}

static void
demo_articles(ix_xml_reader *rd, zr_doc *doc)
{
    GPtrArray *articles = ix_xml_mapped_nodes(rd, NULL, "article");
    for (guint i = 0; i < articles->len; i++)
        demo_article(rd, doc, g_ptr_array_index(articles, i));
    g_ptr_array_unref(articles);
}

static void
demo_law(ix_xml_reader *rd, zr_doc *doc, xmlNode *root, const char *type_hint)
{
    gsize *budget = &rd->budget;
    char *kind = ix_xml_attr(root, "kind");
    static const char *const types[] = {"code", "decision", "research", "sop", "other", NULL};
    const char *type = type_hint;
    if (type == NULL)
        type = kind != NULL && ix_xml_in_list(types, (const xmlChar *)kind) ? kind : "code";
    doc->type = g_strdup(type);
    g_free(kind);
    if (doc->lang == NULL) {
        /* The label's language must be known before articles are built. */
        char *all = ix_xml_node_text(root, budget, NULL);
        doc->lang = g_strdup(az_detect_lang(all, -1));
        g_free(all);
    }
    static const char *const note[] = {"note", NULL};
    xmlNode *n = ix_xml_first_child_in(root, note);
    if (n != NULL)
        ix_xml_add_text_unit(doc, "section", n, budget, NULL);
    demo_articles(rd, doc);
}

static void
demo_decision(ix_xml_reader *rd, zr_doc *doc, xmlNode *root, const char *type_hint)
{
    gsize *budget = &rd->budget;
    const ix_patterns *pat = ix_extractor_patterns(rd->ex);
    doc->type = g_strdup(type_hint != NULL ? type_hint : "decision");
    char *court = ix_xml_mapped_value(rd, NULL, "court");
    ix_xml_set_if_null(&doc->court, court != NULL ? ix_normalise_court(pat, court) : NULL);
    g_free(court);
    char *level = ix_xml_mapped_value(rd, NULL, "court-level");
    static const char *const levels[] = {"first-instance", "appeal", "supreme", NULL};
    if (level != NULL && ix_xml_in_list(levels, (const xmlChar *)level))
        ix_xml_set_if_null(&doc->court_level, g_strdup(level));
    else if (doc->court_level == NULL)
        doc->court_level = g_strdup(ix_court_level(pat, doc->court));
    g_free(level);
    ix_xml_set_if_null(&doc->decision_type, ix_xml_mapped_value(rd, NULL, "decision-type"));
    ix_xml_set_if_null(&doc->case_number, ix_xml_mapped_value(rd, NULL, "number"));
    ix_xml_set_if_null(&doc->case_index, ix_xml_mapped_value(rd, NULL, "case-index"));
    ix_xml_set_if_null(&doc->prosecutor, ix_xml_mapped_value(rd, NULL, "prosecutor"));
    ix_xml_set_if_null(&doc->outcome, ix_xml_mapped_value(rd, NULL, "outcome"));
    ix_xml_set_if_null(&doc->sentence, ix_xml_mapped_value(rd, NULL, "sentence"));
    GPtrArray *judges = ix_xml_mapped_values(rd, NULL, "judges", true);
    for (guint i = 0; i < judges->len; i++)
        zr_strv_add_unique(doc->judges, g_ptr_array_index(judges, i));
    g_ptr_array_unref(judges);
    GPtrArray *applied = ix_xml_mapped_values(rd, NULL, "articles", true);
    for (guint i = 0; i < applied->len; i++)
        ix_doc_add_article(doc, g_ptr_array_index(applied, i));
    g_ptr_array_unref(applied);
    GPtrArray *cited = ix_xml_mapped_values(rd, NULL, "cites", true);

    /* The text: each body section's heading as a line, paragraphs separated
     * by blank lines.  Judges and prosecutor are metadata nobody stores. */
    GString *text = g_string_new(NULL);
    static const char *const body_names[] = {"body", NULL};
    xmlNode *body = ix_xml_first_child_in(root, body_names);
    for (xmlNode *s = body ? body->children : NULL; s != NULL; s = s->next) {
        if (s->type != XML_ELEMENT_NODE)
            continue;
        char *heading = ix_xml_attr(s, "heading");
        if (heading != NULL && *heading != '\0')
            g_string_append_printf(text, "%s%s", text->len ? "\n\n" : "", heading);
        g_free(heading);
        for (xmlNode *p = s->children; p != NULL; p = p->next) {
            if (p->type != XML_ELEMENT_NODE)
                continue;
            char *ptext = g_strstrip(ix_xml_node_text(p, budget, NULL));
            if (*ptext != '\0')
                g_string_append_printf(text, "%s%s", text->len ? "\n\n" : "", ptext);
            g_free(ptext);
        }
    }
    if (body == NULL) {
        static const char *const not_text[] = {"judges", "prosecutor", NULL};
        char *all = ix_xml_node_text(root, budget, not_text);
        g_string_append(text, all);
        g_free(all);
    }
    char *raw = g_string_free(text, FALSE);
    zr_unit *u = ix_doc_add_unit(doc, "decision", g_strstrip(az_normalise(raw, -1)));
    g_free(raw);
    /* Decisions the metadata says it cites, whether or not the text names
     * them; ix_add_unit_citations adds what the text names. */
    for (guint i = 0; i < cited->len; i++)
        zr_strv_add_unique(u->cites, g_ptr_array_index(cited, i));
    g_ptr_array_unref(cited);
}

void
ix_xml_read_demo(ix_xml_reader *rd, zr_doc *doc, xmlNode *root, const char *type_hint)
{
    ix_xml_read_mapped_fields(rd, doc);
    if (ix_xml_named(root, "decision"))
        demo_decision(rd, doc, root, type_hint);
    else
        demo_law(rd, doc, root, type_hint);
}
