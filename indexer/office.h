/* office.h — what the DOCX and ODT handlers share: the XML parts of a zip
 * container parsed safely, attributes and text read without expanding
 * entities, and the document properties (docProps/core.xml, meta.xml).
 *
 * Safety is xml.c's: parts are parsed from memory without network access,
 * entity substitution, DTD loading or XInclude, behind an entity loader
 * that refuses everything (ix_office_setup); errors are collected, never
 * printed.  Text and attribute values are read from text nodes only, so
 * an entity reference, internal or external, contributes nothing.
 *
 * Not for: the container (zip.h) or the formats' vocabularies (docx.c,
 * odt.c).
 */
#ifndef ZAALT_IX_OFFICE_H
#define ZAALT_IX_OFFICE_H

#include <glib.h>
#include <libxml/tree.h>
#include <stdbool.h>

#include "core/record.h"

/* libxml2's process-wide set-up and the refusing entity loader: a
 * handler's setup (handler.h). */
void ix_office_setup(void);

/* Parses `len` bytes of XML named `name` (for messages); NULL with `error`
 * set (IX_EXTRACT_ERROR_DAMAGED, "damaged LABEL: NAME not well-formed at
 * line N: why") when it is not well-formed. */
xmlDocPtr ix_office_parse(const char *data, gsize len, const char *name, const char *label, GError **error);

/* The part `name` of `parts` (zip.h) parsed; NULL without `error` when the
 * archive has no such part. */
xmlDocPtr ix_office_parse_part(GHashTable *parts, const char *name, const char *label, GError **error);

/* Whether `node` is an element with local name `local` (any namespace). */
bool ix_office_is(const xmlNode *node, const char *local);

/* The value of `node`'s attribute with local name `local` (any namespace)
 * from its text alone, or NULL. */
char *ix_office_attr(const xmlNode *node, const char *local);

/* The text of every text node under `node`, concatenated. */
char *ix_office_text(const xmlNode *node);

/* The first element under (and including) `node` with local name `local`,
 * depth first, or NULL. */
xmlNode *ix_office_find(xmlNode *node, const char *local);

/* Title, date (created, else modified) and language from a properties
 * part (Dublin Core and its OOXML and ODF relatives), each only where
 * `doc` has none yet. */
void ix_office_properties(xmlDocPtr props, zr_doc *doc);

#endif
