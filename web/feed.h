/* feed.h — GET /feed?q=…&filters: an Atom 1.0 feed of the newest documents
 * a search matches (by the day they were indexed, then their date), under
 * the reader's access levels, so that a reader's feed reader is told of a
 * new decision.
 *
 * Not for: the search (the engine), saved searches (routes_saved.c; their
 * private feeds are this feed under their owner's access).
 */
#ifndef ZAALT_WEB_FEED_H
#define ZAALT_WEB_FEED_H

#include "web/web.h"

/* Entries a feed holds. */
#define ZW_FEED_ENTRIES 20u

void zw_route_feed(zw_request *req, zw_reply *reply);
/* The feed of the request's q and filters; `self` its own address (NULL:
 * /feed with them). */
void zw_feed_answer(zw_request *req, zw_reply *reply, const char *self);

/* `text` escaped for XML 1.0 character data and attribute values: & < > "
 * ' as entities, and the characters XML 1.0 cannot hold at all (C0
 * controls but tab and line ends, U+FFFE, U+FFFF) left out.  Appended. */
void zw_xml_escape(GString *out, const char *text);

#endif
