/* audit.h — the audit log: one JSON line per search, document view and
 * download by a signed-in reader that shows a restricted or sealed document
 * (or the full text of a document the public sees masked), and per sign-in,
 * failed sign-in, refused attempt and sign-out.  Lines are appended with one
 * write(2) each (never rewritten, never buffered in the process) to a file
 * only its owner may read (0600).  `zaalt audit` reads it.
 *
 * A line: {"time": "2025-03-01T09:12:44Z", "user": "investigator",
 * "address": "10.0.0.7", "action": "search" | "view" | "download" |
 * "sign-in" | "sign-in-failed" | "sign-in-refused" | "sign-out",
 * "path": "/api/search", "query": "…", "ids": ["a1b2c3d4e5f6", …],
 * "status": 200}; "query" and "ids" only where there are some.
 *
 * Not for: the access log (stderr, server.c), which never holds a query.
 */
#ifndef ZAALT_WEB_AUDIT_H
#define ZAALT_WEB_AUDIT_H

#include <glib.h>
#include <stdbool.h>

typedef struct zw_audit zw_audit;

/* Opens (creating, mode 0600) `path` for appending. */
zw_audit *zw_audit_open(const char *path, GError **error);
void zw_audit_close(zw_audit *a);

/* Appends one line; `user`, `query` and `ids` may be NULL.  False (and a
 * message on stderr) when the write failed. */
bool zw_audit_write(zw_audit *a, const char *action, const char *user, const char *address, const char *path,
                    const char *query, const GPtrArray *ids, unsigned status);

#endif
