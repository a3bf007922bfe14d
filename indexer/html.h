/* html.h — HTML read into another document's flow: the HTML handler's
 * reader for HTML a container embeds (a Word file's altChunk).
 *
 * Not for: HTML files (the handler, html.c, through the table).
 */
#ifndef ZAALT_IX_HTML_H
#define ZAALT_IX_HTML_H

#include <glib.h>
#include <stdbool.h>

#include "indexer/flow.h"

/* The text `len` bytes of HTML show (its <main>, else <body>, without
 * scripts, navigation and hidden elements, as for a page), decoded as a
 * page is, into `fl`; what needed mending said in `warnings`.  False with
 * `error` set when it cannot be parsed. */
bool ix_html_into_flow(const char *data, gsize len, ix_flow *fl, GPtrArray *warnings, GError **error);

#endif
