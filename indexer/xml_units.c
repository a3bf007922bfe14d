/* xml_units.c — an XML document cut into units at its unit elements
 * (article, section …, with a number or heading child), and the built-in
 * vocabularies adjusted by a mapping's unit lists (xml.h).
 *
 * Not for: vocabularies whose layout is their own (an AKN judgment's
 * sections, the demo schema's articles and versions).
 */
#include <string.h>

#include "core/analysis.h"
#include "indexer/xml.h"

void
ix_xml_vocabulary_init(ix_xml_vocabulary *mv, const ix_vocabulary *map, const xml_vocabulary *base)
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

void
ix_xml_vocabulary_clear(ix_xml_vocabulary *mv)
{
    g_free(mv->units);
    g_strfreev(mv->unit_strings);
}

/* ---- Units by element -------------------------------------------------- */

/* Walks a document in order, cutting it into units at unit elements; text
 * outside every unit goes to a leading "section" unit when it comes first,
 * else to the end of the unit before it (a chapter heading between two
 * sections stays with the earlier one, as in plain-text statutes). */
typedef struct segmenter {
    zr_doc *doc;
    const xml_vocabulary *voc;
    ix_xml_text outside;
    zr_unit *last;
    int n_units;
    gsize *budget;
} segmenter;

static const char *
unit_kind(const xml_vocabulary *voc, xmlNode *node)
{
    for (const xml_unit_rule *r = voc->units; r->element != NULL; r++)
        if (ix_xml_named(node, r->element))
            return r->kind;
    return NULL;
}

/* "Article 5." -> "5", "SEC. 2." -> "2", "12.3 дугаар зүйл." -> "12.3",
 * "(a)" kept as is. */
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
    /* A number written first is the key; the words after it ("дугаар
     * зүйл", "-р зүйл") are the language's way of saying "article". */
    if (g_ascii_isdigit(*p)) {
        const char *q = p;
        while (g_ascii_isalnum(*q) || ((*q == '.' || *q == '-') && g_ascii_isalnum(q[1])))
            q++;
        if (*q == '-' || *q == ' ' || *q == '.' || *q == '\0')
            return g_strndup(p, q - p);
    }
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
    bool has_alnum = false;
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
    char *text = g_strstrip(ix_xml_text_finish(&sg->outside));
    if (*text != '\0') {
        if (sg->last == NULL) {
            sg->last = ix_doc_add_unit(sg->doc, "section", g_strdup(text));
        } else {
            char *joined = g_strconcat(sg->last->text, "\n", text, NULL);
            g_free(sg->last->text);
            sg->last->text = joined;
        }
    }
    g_free(text);
    ix_xml_text_init(&sg->outside, sg->budget, sg->voc->skip);
}

static void
add_element_unit(segmenter *sg, xmlNode *node, const char *kind)
{
    flush_outside(sg);
    xmlNode *num = ix_xml_first_child_in(node, sg->voc->num);
    xmlNode *heading = ix_xml_first_child_in(node, sg->voc->heading);
    char *num_text = num ? g_strstrip(ix_xml_node_text(num, sg->budget, NULL)) : NULL;
    char *heading_text = heading ? g_strstrip(ix_xml_node_text(heading, sg->budget, NULL)) : NULL;
    char *raw = ix_xml_node_text(node, sg->budget, sg->voc->skip);
    zr_unit *u = ix_doc_add_unit(sg->doc, kind, g_strstrip(az_normalise(raw, -1)));
    g_free(raw);
    /* A chapter's number is not a provision anyone cites. */
    if (num_text != NULL && !ix_xml_named(node, "chapter"))
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

/* Text an amending act quotes: the provisions in it belong to the act it
 * amends, not to the one quoting them (AKN, LIMS, USLM). */
static const char *const quoting[] = {"quotedStructure", "quotedText", "embeddedStructure", "AmendedText",
                                      "quotedContent", "quotedBlock", NULL};

/* True if a unit element with a number or heading lies below `node`,
 * outside quoted text: then `node` (an AKN chapter or part holding
 * articles) is a wrapper, not a unit, and its own number and heading stay
 * outside every unit. */
static bool
holds_units(const xml_vocabulary *voc, xmlNode *node, int depth)
{
    if (depth > 8)
        return false;
    for (xmlNode *c = node->children; c != NULL; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || ix_xml_in_list(voc->skip, c->name) || ix_xml_in_list(quoting, c->name))
            continue;
        if (unit_kind(voc, c) != NULL &&
            (ix_xml_first_child_in(c, voc->num) != NULL || ix_xml_first_child_in(c, voc->heading) != NULL))
            return true;
        if (holds_units(voc, c, depth + 1))
            return true;
    }
    return false;
}

static void
segment(segmenter *sg, xmlNode *node, bool unit_level)
{
    for (xmlNode *c = node->children; c != NULL; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) {
            ix_xml_text_node(&sg->outside, c);
            continue;
        }
        if (ix_xml_in_list(sg->voc->skip, c->name))
            continue;
        const char *kind = unit_level ? unit_kind(sg->voc, c) : NULL;
        xmlNode *has_num = kind ? ix_xml_first_child_in(c, sg->voc->num) : NULL;
        xmlNode *has_heading = kind ? ix_xml_first_child_in(c, sg->voc->heading) : NULL;
        bool wrapper = kind != NULL && holds_units(sg->voc, c, 0);
        if (kind != NULL && !wrapper && (has_num != NULL || has_heading != NULL)) {
            add_element_unit(sg, c, kind);
            continue;
        }
        bool child_level;
        if (sg->voc->bodies == NULL || wrapper)
            child_level = true;
        else if (unit_level)
            child_level = ix_xml_in_list(sg->voc->wrappers, c->name);
        else
            child_level = ix_xml_in_list(sg->voc->bodies, c->name);
        bool block = !ix_xml_is_inline(c->name);
        if (block)
            ix_xml_text_break(&sg->outside, 2);
        segment(sg, c, child_level);
        if (block)
            ix_xml_text_break(&sg->outside, 2);
    }
}

void
ix_xml_add_units_by_element(ix_xml_reader *rd, zr_doc *doc, xmlNode *top, const xml_vocabulary *voc)
{
    gsize *budget = &rd->budget;
    segmenter sg = {doc, voc, {0}, NULL, 0, budget};
    ix_xml_text_init(&sg.outside, budget, voc->skip);
    segment(&sg, top, voc->bodies == NULL);
    if (sg.n_units == 0) {
        /* Without units the outside text is simply the document; it is
         * gathered again below with every element, bodies or not. */
        g_string_free(sg.outside.s, TRUE);
        char *raw = ix_xml_node_text(top, budget, voc->skip);
        char *text = g_strstrip(az_normalise(raw, -1));
        g_free(raw);
        if (*text != '\0')
            ix_doc_add_unit(doc, "document", text);
        else
            g_free(text);
        return;
    }
    flush_outside(&sg);
    g_string_free(sg.outside.s, TRUE);
}
