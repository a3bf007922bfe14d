/* schema.h — the one contract between the index writer and its readers.
 *
 * Every term prefix and value slot Zaalt uses is named here and nowhere else.
 * Prefixes follow Xapian Omega's conventions (single capitals for common
 * fields, X-prefixed for the project's own).  Changing anything in this file
 * changes the on-disk format: bump ZS_SCHEMA_VERSION, and readers refuse an
 * index written under another version with a clear message.
 *
 * Not for: how the terms are produced (analysis.h) or queried (query.h).
 */
#ifndef ZAALT_SCHEMA_H
#define ZAALT_SCHEMA_H

#define ZS_SCHEMA_VERSION "3"

/* Database metadata keys. */
#define ZS_META_SCHEMA        "zaalt:schema"
#define ZS_META_FILE_PREFIX   "file:"       /* file:<source>/<path> -> manifest record */
#define ZS_META_SOURCE_PREFIX "source:"     /* source:<name> -> absolute root */
#define ZS_META_FAIL_PREFIX   "fail:"       /* fail:<source>/<path> -> reason */
#define ZS_META_STATS         "zaalt:stats" /* last index run summary */
#define ZS_META_LEVEL                                                                                                  \
    "zaalt:level"                         /* the access level this database holds: public |
                                           * restricted | sealed (a remote reader trusts it) */
#define ZS_META_SPELLING "zaalt:spelling" /* "word\tfreq" lines already in the spelling table */
#define ZS_META_PHRASES                                                                                                \
    "zaalt:phrases" /* gl_phrases_fingerprint of the glossary every document
                                           * was indexed with; "stale" once documents of another
                                           * glossary are mixed in (queries then use positions) */

/* ---- Free-text prefixes (terms carry wdf; stems carry positions) ---- */
#define ZS_P_STEM  "Z" /* stem of a word: Zхүүхэд, Ztraffick; positional */
#define ZS_P_EXACT ""  /* the case-folded word itself (no positions) */
#define ZS_P_TITLE "S" /* stems of title words (S + Z-less stem) */
#define ZS_P_KEY                                                                                                       \
    "K" /* script-folded key of a Cyrillic word the dictionary lacks
                               * (a name), so Latin-typed Mongolian (ganbold) meets it;
                               * known words are met through Z (query.c); positional */
#define ZS_P_PHRASE                                                                                                    \
    "XG" /* a glossary phrase of two words or more, its stems at
                               * consecutive positions: XGtraffick in person (glossary.h) */

/* ---- Boolean (filter) prefixes ---- */
#define ZS_P_UNIT    "Q"  /* unique unit id */
#define ZS_P_DOC     "XD" /* parent document id */
#define ZS_P_TYPE    "XT" /* code | decision | research | sop | other */
#define ZS_P_LANG    "XL" /* mn | en */
#define ZS_P_YEAR    "XY" /* four digits */
#define ZS_P_SOURCE  "XS" /* configured source name */
#define ZS_P_COURT   "XC" /* court name as written */
#define ZS_P_ARTICLE "XA" /* provision key contained or cited: XA13.1 */
#define ZS_P_OUTCOME "XO" /* conviction | acquittal | ... */
#define ZS_P_ACCESS  "XV" /* public | restricted | sealed */
#define ZS_P_KIND    "XK" /* unit kind: article | page | decision | section | document */
#define ZS_P_CITES                                                                                                     \
    "XR" /* reference made by the unit: provision key (XR13.1.2)
                               * or decision number (XR2024/ШЦТ/67) */
#define ZS_P_PROVISION                                                                                                 \
    "XP"                 /* provision key of the unit itself: XP13.1, and of each
                               * of its parts and clauses: XP13.1.2, XP13.1.2.1 */
#define ZS_P_NUMBER "XN" /* a decision's own number: XN2024/ШЦТ/67 */
#define ZS_P_LAW                                                                                                       \
    "XW"                /* acronym of the law a statute unit belongs to:
                               * XWЭХ (2015 Criminal Code), XWЭХХШТХ, XW2002 */
#define ZS_P_LEVEL "XJ" /* court level: first-instance | appeal | supreme */

/* ---- Value slots ---- */
enum zs_slot {
    ZS_SLOT_DOC = 0,  /* parent document id: the collapse key */
    ZS_SLOT_DATE = 1, /* YYYYMMDD, sortable */
    ZS_SLOT_TYPE = 2,
    ZS_SLOT_LANG = 3,
    ZS_SLOT_YEAR = 4,
    ZS_SLOT_ORDINAL = 5, /* unit ordinal within its document, sortable */
    ZS_SLOT_PAGE = 6,
    ZS_SLOT_COURT = 7,
    ZS_SLOT_ARTICLES = 8, /* '\n'-separated provision keys: multi-valued facet */
    ZS_SLOT_OUTCOME = 9,
    ZS_SLOT_SOURCE = 10,
    ZS_SLOT_LEVEL = 11,      /* court level, for its facet */
    ZS_SLOT_VALID_FROM = 12, /* YYYYMMDD the unit's text came into force; "00000000" if unknown */
    ZS_SLOT_VALID_TO = 13,   /* YYYYMMDD its last day in force; "99999999" while in force */
    ZS_SLOT_FACETS = 14,     /* the parent id and every facet slot's value in one string
                              * (zx_doc_pack_values): facets counted over remote shards */
};

/* One row per user-visible field: the name users type in `field:value` and in
 * --filter, the boolean prefix that filters on it, and the value slot its
 * facet counts (-1: no facet).  `multi` marks slots holding several values. */
typedef struct zs_field {
    const char *name;
    const char *prefix;
    int slot;
    int multi;
} zs_field;

extern const zs_field zs_fields[];
extern const unsigned zs_n_fields;

/* Free-text field prefixes usable as `title:word`. */
#define ZS_FIELD_TITLE "title"

const zs_field *zs_field_lookup(const char *name);

#endif
