/* citeterms.h — the index terms and values of a unit's legal structure:
 * what it cites, which decision it is, which law and which parts it holds,
 * its court level, and the dates its text is in force.
 *
 * Not for: finding references (provision.h) or querying them
 * (citations.h).  Called once per unit by the writer (unitdoc.c).
 */
#ifndef ZAALT_CITETERMS_H
#define ZAALT_CITETERMS_H

#include "core/record.h"
#include "shim/zx.h"

/* Adds to `xd`, for `unit` of `doc`:
 *   XR<key> for each key the unit cites and each of its ancestors
 *           (13.1.2.1 -> XR13.1.2.1, XR13.1.2, XR13.1), and for the
 *           document's applied articles;
 *   XN<number> the decision's own number (decisions only);
 *   XP<key> for each part and clause of an article unit (XP13.1.2), so
 *           provision:13.1.2 finds the article (XP13.1 is unitdoc's); in
 *           a statute other than the Criminal Code qualified by its law
 *           (XPЭХХШТХ:36.1, XPЭХХШТХ:36.1.2), the article's own key too;
 *   XW<law> the acronym of the statute ("ЭХ" for the Criminal Code);
 *   XJ<level> and slot ZS_SLOT_LEVEL, the court level;
 *   slots ZS_SLOT_VALID_FROM / ZS_SLOT_VALID_TO, YYYYMMDD, on every unit
 *           ("00000000" / "99999999" when open), so "in force on D" is
 *           VALID_FROM <= D <= VALID_TO;
 *   slot ZS_SLOT_ENDS, VALID_TO again, only when it is not open, so
 *           "in force today" is "no ENDS before today". */
void zs_add_citation_terms(zx_doc *xd, const zr_doc *doc, const zr_unit *unit);

/* "2024-03-15" -> "20240315"; NULL or malformed -> `open_value`.  Returns a
 * new string. */
char *zs_compact_date(const char *date, const char *open_value);

#endif
