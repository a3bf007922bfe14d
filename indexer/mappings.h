/* mappings.h — XML vocabularies described by corpus-config/xml-mappings.ini:
 * which documents a vocabulary matches (namespace, document element), and
 * XPaths per field (title, date, court, number, judges, articles, …) and for
 * the elements that make units.
 *
 * The file is read and every XPath compiled once per context (the
 * extractor asks for them in the indexer's parent), so forked workers
 * inherit them.  Without the file no vocabulary matches and the XML
 * handler falls back to its built-in tables.
 *
 * Not for: what the handler does with the values (xml_*.c).
 */
#ifndef ZAALT_MAPPINGS_H
#define ZAALT_MAPPINGS_H

#include <glib.h>

#include "core/context.h"
#include <libxml/tree.h>

typedef struct ix_mappings ix_mappings;
typedef struct ix_vocabulary ix_vocabulary;

/* The context's mappings: loaded on the first call and kept with the
 * context (zc_context_table), immutable afterwards.  Borrowed. */
const ix_mappings *ix_mappings_get(zc_context *ctx);

/* The first vocabulary whose match-namespace / match-root fit `root`, or
 * the first with neither (the catch-all); NULL if none. */
const ix_vocabulary *ix_vocabulary_match(const ix_mappings *mappings, const xmlNode *root);

/* The vocabulary's name: "demo", "akn", "generic". */
const char *ix_vocabulary_name(const ix_vocabulary *voc);

/* How many alternative XPaths field `field` has (0: not mapped). */
int ix_vocabulary_alternatives(const ix_vocabulary *voc, const char *field);

/* Nodes (elements or attributes) selected by alternative `alt` of `field`,
 * evaluated with `context` as the context node; in document order.  Never
 * NULL; empty when the field is not mapped or selects nothing. */
GPtrArray *ix_vocabulary_select(const ix_vocabulary *voc, xmlDoc *doc, xmlNode *context, const char *field, int alt);

/* A ';'-separated list option ("units", "num", "heading"), NULL-terminated
 * and owned by the vocabulary; an empty list when absent. */
const char *const *ix_vocabulary_list(const ix_vocabulary *voc, const char *key);

#endif
