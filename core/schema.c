/* schema.c — the field table declared in schema.h, its lookup, and the
 * facets and the results page's panel in their orders.
 *
 * Not for: reading a user's value into a term (search/fields.c), building
 * queries or filters from rows (search/query.c, search/filter.c), labels
 * (web/html.c).
 */
#include "core/schema.h"

#include "shim/zx.h"

#include <glib.h>
#include <stdbool.h>
#include <string.h>

/* Short names for the flags most rows carry, so that a row fits a line. */
#define FACET   ZS_FIELD_FACET
#define PER_DOC ZS_FIELD_PER_DOCUMENT
#define LOWER   ZS_FIELD_LOWERCASE
#define REF     ZS_FIELD_REFERENCE

/* Rows are listed in the order error messages name them (the fields that
 * take a term first, as users met them).  The facet rows' order here is
 * also the order the indexer packs their values in (zx_doc_pack_values):
 * moving one changes the bytes of new indexes, not their meaning.
 *
 * Why each prefix: Omega's own letters are kept where Zaalt means what
 * Omega means by them (Q the unique id, S the title, Z stems); every
 * boolean field Zaalt adds is X plus the letter that names it, or one that
 * still does when that letter is taken, so no term of ours can be read as
 * one of Omega's. */
const zs_field zs_fields[] = {
    /* S: Omega's title ("subject") prefix.  Its terms are stems, so the
     * words of title:... are analysed like any word (query.c). */
    {"title", ZS_P_TITLE, -1, -1, ZS_FIELD_TEXT | PER_DOC, 0, 0, NULL},
    /* XT: the document's type (Omega's T is a MIME type). */
    {"type", ZS_P_TYPE, ZS_SLOT_TYPE, -1, FACET | PER_DOC | LOWER, 1, 1, "type"},
    /* XL: the language, detected per unit (a bilingual report has both),
     * so not per document. */
    {"lang", ZS_P_LANG, ZS_SLOT_LANG, -1, FACET | LOWER, 2, 2, "lang"},
    /* XY: the document's year.  Ranges (year:2020..2024) compare the full
     * date, from 1 January of the first year to 31 December of the last. */
    {"year", ZS_P_YEAR, ZS_SLOT_YEAR, ZS_SLOT_DATE, FACET | PER_DOC | ZS_FIELD_RANGE | ZS_FIELD_YEAR, 3, 5, "year"},
    /* XC: the court as the decision names it. */
    {"court", ZS_P_COURT, ZS_SLOT_COURT, -1, FACET | PER_DOC, 4, 4, "court"},
    /* XA: provision keys a unit contains or cites, each with its parents
     * (XA13.1 for 13.1.2.1), so article:13.1 finds all of 13.1.  Per unit:
     * an article of the Code holds its own provision. */
    {"article", ZS_P_ARTICLE, ZS_SLOT_ARTICLES, -1, FACET | ZS_FIELD_MULTI | REF | ZS_FIELD_PROVISION, 6, 7, "article"},
    /* XO: a decision's outcome. */
    {"outcome", ZS_P_OUTCOME, ZS_SLOT_OUTCOME, -1, FACET | PER_DOC | LOWER, 7, 8, "outcome"},
    /* XS: the configured source; one source is the common case. */
    {"source", ZS_P_SOURCE, ZS_SLOT_SOURCE, -1, FACET | PER_DOC | ZS_FIELD_HIDE_ONE, 8, 9, "source"},
    /* XD: the parent document id. */
    {"doc", ZS_P_DOC, -1, -1, PER_DOC, 0, 0, NULL},
    /* Q: Omega's unique id, which the writer replaces documents by. */
    {"id", ZS_P_UNIT, -1, -1, 0, 0, 0, NULL},
    /* XK: the unit's kind. */
    {"kind", ZS_P_KIND, -1, -1, LOWER, 0, 0, NULL},
    /* XP: the unit's own provision and each of its parts and clauses. */
    {"provision", ZS_P_PROVISION, -1, -1, REF | ZS_FIELD_PROVISION, 0, 0, NULL},
    /* XV: the access level ("visibility"; A is taken by article). */
    {"access", ZS_P_ACCESS, -1, -1, PER_DOC | LOWER, 0, 0, "access"},
    /* XR: what a unit refers to, provision or decision ("reference"; C is
     * taken by court). */
    {"cites", ZS_P_CITES, -1, -1, REF | ZS_FIELD_PROVISION | ZS_FIELD_DECISION, 0, 0, NULL},
    /* XN: a decision's own number. */
    {"number", ZS_P_NUMBER, -1, -1, PER_DOC | REF | ZS_FIELD_DECISION, 0, 0, NULL},
    /* XW: the law a statute belongs to, by its acronym (L is taken by lang). */
    {"law", ZS_P_LAW, -1, -1, PER_DOC, 0, 0, NULL},
    /* XJ: the court's level ("jurisdiction"; L is taken by lang). */
    {"level", ZS_P_LEVEL, ZS_SLOT_LEVEL, -1, FACET | PER_DOC | LOWER, 5, 3, "court_level"},
    /* No terms: only ranges over the document's date, which users write
     * 2021-01-01..2023-12-31 (either end open, or a whole year). */
    {"date", NULL, -1, ZS_SLOT_DATE, PER_DOC | ZS_FIELD_RANGE, 0, 6, "date"},
    /* No terms: the two validity slots of each unit's text. */
    {"inforce", NULL, -1, -1, ZS_FIELD_IN_FORCE, 0, 0, NULL},
    /* XI: a statute's provision in force or repealed, by its notes
     * (legal/amendment.h); I for "in force", the name of what it tells.
     * status:repealed and status:any lift the default of today's law. */
    {"status", ZS_P_STATUS, ZS_SLOT_STATUS, -1, FACET | LOWER | ZS_FIELD_STATUS, 9, 10, "status"},
    /* XE: the dates of a unit's history ("E" for edition; A is taken by
     * article), as terms: amended:2017, amended:2017-01-01..2017-12-31. */
    {"amended", ZS_P_AMENDED, -1, -1, ZS_FIELD_DATE_TERMS, 0, 0, "amended"},
};
const unsigned zs_n_fields = G_N_ELEMENTS(zs_fields);

_Static_assert(G_N_ELEMENTS(zs_fields) <= ZS_MAX_FIELDS, "raise ZS_MAX_FIELDS");

const zs_field *
zs_field_lookup(const char *name)
{
    for (unsigned i = 0; i < zs_n_fields; i++)
        if (strcmp(zs_fields[i].name, name) == 0)
            return &zs_fields[i];
    return NULL;
}

/* The rows whose facet (or panel) order is set, in that order: an
 * insertion sort over a table of a few dozen rows, no allocation. */
static unsigned
fields_in_order(bool panel, const zs_field **out)
{
    unsigned n = 0;
    for (unsigned i = 0; i < zs_n_fields; i++) {
        const zs_field *f = &zs_fields[i];
        int order = panel ? f->panel_order : f->facet_order;
        if (order <= 0)
            continue;
        unsigned j = n++;
        for (; j > 0 && (panel ? out[j - 1]->panel_order : out[j - 1]->facet_order) > order; j--)
            out[j] = out[j - 1];
        out[j] = f;
    }
    return n;
}

unsigned
zs_facet_fields(const zs_field **out)
{
    return fields_in_order(false, out);
}

unsigned
zs_panel_fields(const zs_field **out)
{
    return fields_in_order(true, out);
}

unsigned
zs_units_in(struct zx_db *db)
{
    /* A masked unit is written twice (ZS_P_MASK): its full copy is not
     * another unit, and no reader finds both. */
    unsigned all = zx_db_doccount(db), parts = zx_db_termfreq(db, ZS_P_KIND ZS_KIND_REPEALED_PARTS) +
                                               zx_db_termfreq(db, ZS_P_KIND ZS_KIND_PENDING_PARTS),
             copies = zx_db_termfreq(db, ZS_P_MASK ZS_MASK_FULL);
    return all > parts + copies ? all - parts - copies : 0;
}
