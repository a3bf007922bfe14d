/* xml.h — what the XML handler's files share (xml.c parses and picks the
 * vocabulary; xml_akn.c, xml_demo.c, xml_generic.c read one vocabulary
 * each; xml_text.c gathers text; xml_fields.c reads fields by built-in
 * rules or mapped XPaths; xml_units.c cuts a document into units by its
 * elements).
 *
 * For those files only.  Every text read from a document goes through the
 * text gatherer (ix_xml_text_*), which follows no entity reference except
 * short literal internal ones within the document's budget: so neither an
 * entity bomb nor an XXE can grow the text.
 *
 * Not for: other formats, or the mappings file itself (mappings.h).
 */
#ifndef ZAALT_IX_XML_H
#define ZAALT_IX_XML_H

#include <glib.h>
#include <libxml/tree.h>
#include <stdbool.h>

#include "indexer/document.h"
#include "indexer/extractor.h"
#include "indexer/mappings.h"

/* ---- Built-in vocabulary tables (used without xml-mappings.ini) -------- */

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

/* The document element's name gives the type. */
typedef struct xml_root_type {
    const char *element;
    const char *type;
} xml_root_type;

/* ---- One document being read ------------------------------------------- */

/* Bytes of internal-entity replacement text a document may add to its text
 * in total: enough for &nbsp;-style entities, far too little for a bomb. */
#define IX_ENTITY_BUDGET (64 * 1024)

typedef struct ix_xml_reader {
    const ix_extractor *ex;
    const ix_vocabulary *voc; /* the mapping that matched, or NULL: built-in tables */
    xmlDoc *xdoc;
    gsize budget; /* entity replacement bytes left for the whole document */
} ix_xml_reader;

/* Each reads a document of its vocabulary into `doc` (type, fields, units). */
void ix_xml_read_demo(ix_xml_reader *rd, zr_doc *doc, xmlNode *root, const char *type_hint);    /* xml_demo.c */
void ix_xml_read_akn(ix_xml_reader *rd, zr_doc *doc, xmlNode *root, const char *type_hint);     /* xml_akn.c */
void ix_xml_read_generic(ix_xml_reader *rd, zr_doc *doc, xmlNode *root, const char *type_hint); /* xml_generic.c */
/* Akoma Ntoso by its namespace or document element (xml_akn.c). */
bool ix_xml_is_akn(const xmlNode *root);

/* ---- Elements (xml_text.c) ---------------------------------------------- */

bool ix_xml_in_list(const char *const *list, const xmlChar *name);
/* An element named `name` (local name). */
bool ix_xml_named(const xmlNode *node, const char *name);
/* The first child element named in `names`, or NULL. */
xmlNode *ix_xml_first_child_in(xmlNode *node, const char *const *names);
/* The type `table` gives the document element, or NULL. */
const char *ix_xml_type_of_root(const xml_root_type *table, const xmlNode *root);
/* "en" / "mn" from a language tag (en-GB, eng, mn, mon), else NULL. */
const char *ix_xml_lang_code(const char *tag);
/* Whether libxml2's error is its depth limit (256 nested elements): by its
 * code and its message's opening, never by words a document can put in a
 * message (a namespace's URI). */
bool ix_xml_depth_error(const xmlError *e);
/* What a page or an office document declares, for the text to confirm
 * (flow.c): "en" / "mn" as ix_xml_lang_code(), else another language's
 * primary subtag ("ru" of "ru-RU"); a new string, or NULL when nothing
 * is declared. */
char *ix_lang_declared(const char *tag);
/* An attribute's value, trimmed, or NULL. */
char *ix_xml_attr(xmlNode *node, const char *name);
/* Whether an element runs inside a line (<i>, <ref>, <date> ...); every
 * other element ends one, so words of adjacent block elements never run
 * together. */
bool ix_xml_is_inline(const xmlChar *name);

/* ---- Text (xml_text.c) -------------------------------------------------- */

typedef struct ix_xml_text {
    GString *s;
    int pending;          /* separator owed before the next text: 0, 1 ' ', 2 '\n', 3 "\n\n" */
    gsize *entity_budget; /* shared by the whole document */
    const char *const *skip;
} ix_xml_text;

/* Starts gathering text, leaving out the elements named in `skip`. */
void ix_xml_text_init(ix_xml_text *tb, gsize *budget, const char *const *skip);
/* Owes a separator of `level` (1 space, 2 line, 3 blank line) before the next text. */
void ix_xml_text_break(ix_xml_text *tb, int level);
void ix_xml_text_node(ix_xml_text *tb, xmlNode *node);
void ix_xml_text_children(ix_xml_text *tb, xmlNode *node);
/* The text gathered (a new string); `tb` is done. */
char *ix_xml_text_finish(ix_xml_text *tb);
/* The text of one element, whitespace collapsed; never NULL. */
char *ix_xml_node_text(xmlNode *node, gsize *budget, const char *const *skip);
/* Adds the normalised text of `node` to `doc` as a unit of `kind`; NULL
 * (nothing added) when that text is empty. */
zr_unit *ix_xml_add_text_unit(zr_doc *doc, const char *kind, xmlNode *node, gsize *budget,
                              const char *const *skip);

/* ---- Fields (xml_fields.c) ---------------------------------------------- */

/* Elements a rule names under `root` (the first only unless `all`), in
 * document order. */
GPtrArray *ix_xml_find_elements(xmlNode *root, const xml_field_rule *rule, bool all);
/* The first value of `field` by built-in `rules`, normalised (dates as
 * YYYY-MM-DD), or NULL. */
char *ix_xml_rule_value(ix_xml_reader *rd, xmlNode *root, const xml_field_rule *rules, size_t n_rules, xml_field field);
/* Title, date and language by built-in rules, where still NULL. */
void ix_xml_read_fields(ix_xml_reader *rd, zr_doc *doc, xmlNode *root, const xml_field_rule *rules, size_t n);
/* Values of a mapped field under `ctx` (NULL: the document): the first
 * XPath alternative that selects a non-empty value gives them (all of its
 * nodes when `all`, else the first), normalised, dates as YYYY-MM-DD. */
GPtrArray *ix_xml_mapped_values(ix_xml_reader *rd, xmlNode *ctx, const char *field, bool all);
char *ix_xml_mapped_value(ix_xml_reader *rd, xmlNode *ctx, const char *field);
/* The element nodes the first XPath alternative of `field` that selects
 * any selects under `ctx`, in document order; never NULL. */
GPtrArray *ix_xml_mapped_nodes(ix_xml_reader *rd, xmlNode *ctx, const char *field);
/* Title, date, language and access level by the mapping, where still NULL
 * (an access level can only be raised). */
void ix_xml_read_mapped_fields(ix_xml_reader *rd, zr_doc *doc);
/* Stores `value` in *slot when that is NULL, else frees it. */
void ix_xml_set_if_null(char **slot, char *value);

/* ---- Units by element (xml_units.c) ------------------------------------- */

/* A built-in vocabulary with the unit, num and heading lists the mapping
 * gives ("units = article:article;section:section") in place of its own. */
typedef struct ix_xml_vocabulary {
    xml_vocabulary voc;
    xml_unit_rule *units;
    char **unit_strings;
} ix_xml_vocabulary;

void ix_xml_vocabulary_init(ix_xml_vocabulary *mv, const ix_vocabulary *map, const xml_vocabulary *base);
void ix_xml_vocabulary_clear(ix_xml_vocabulary *mv);

/* Units of an act, bill or any XML by its unit elements (with a number or
 * heading child), text between them joining the unit before; one
 * "document" unit with all the text when there are none. */
void ix_xml_add_units_by_element(ix_xml_reader *rd, zr_doc *doc, xmlNode *top, const xml_vocabulary *voc);

#endif
