/* similar.h — similar documents over HTTP (routes_similar.c). */
#ifndef ZAALT_WEB_SIMILAR_H
#define ZAALT_WEB_SIMILAR_H

#include "web/html.h"
#include "web/web.h"

/* GET /api/similar/DOCID[?limit=N]: the search JSON of the documents most
 * like it; 404 for a document the reader may not see. */
void zw_route_api_similar(zw_request *req, zw_reply *reply, const char *id);
/* The viewer's "Similar" panel: up to five links; nothing when none. */
void zw_similar_panel(zw_html *html, zw_request *req, const char *doc_id);

#endif
