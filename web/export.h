/* export.h — a result list taken away: CSV (a header row, one hit a row) and
 * RIS (what citation managers import), each hit with its citation in
 * Mongolian and English (cite.c) and its link.  Used by GET /api/search's
 * format= (api.c) and `zaalt search --format` (cli/cmd_search.c).
 *
 * Not for: which hits (the search, under the reader's access levels, makes
 * the list: an export shows exactly what that search returned), JSON
 * (search/json.c).
 */
#ifndef ZAALT_WEB_EXPORT_H
#define ZAALT_WEB_EXPORT_H

#include "search/search.h"

#include <stdbool.h>

typedef enum { ZW_EXPORT_JSON, ZW_EXPORT_CSV, ZW_EXPORT_RIS } zw_export_format;

/* At most this many hits an export holds. */
#define ZW_EXPORT_MAX 1000u

/* "json", "csv" or "ris"; false for anything else. */
bool zw_export_format_read(const char *name, zw_export_format *out);
/* The answer's media type: "text/csv; charset=utf-8; header=present",
 * "application/x-research-info-systems; charset=utf-8", or JSON's. */
const char *zw_export_media_type(zw_export_format format);

/* The hits of `r` in `format` (not JSON); links are `base` + "/doc/" + the
 * unit id (`base` "" for a path only).  A new string. */
char *zw_export(const zs_results *r, zw_export_format format, const char *base);

/* One CSV field: quoted, quotes doubled, and a text a spreadsheet would
 * take for a formula (opening with = + - @, a tab or a carriage return)
 * opened with an apostrophe.  Appended to `out`. */
void zw_csv_field(GString *out, const char *value);

#endif
