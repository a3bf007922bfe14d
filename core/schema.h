/* schema.h — the one contract between the index writer and its readers.
 *
 * Every term prefix and value slot Zaalt uses is named here and nowhere else,
 * and the table of fields (zs_fields, schema.c) says which of them users
 * name and how.  Prefixes follow Xapian Omega's conventions (single capitals
 * for what Omega defines, X-prefixed for the project's own).  Changing a
 * prefix, a slot or a metadata key changes the on-disk format: bump
 * ZS_SCHEMA_VERSION, and readers refuse an index written under another
 * version with a clear message.
 *
 * Not for: how the terms are produced (analysis.h), queried (query.h) or
 * how a user's value becomes a term (search/fields.h).
 */
#ifndef ZAALT_SCHEMA_H
#define ZAALT_SCHEMA_H

#define ZS_SCHEMA_VERSION "5"

/* Database metadata keys. */
#define ZS_META_SCHEMA        "zaalt:schema"
#define ZS_META_FILE_PREFIX   "file:"       /* file:<source>/<path> -> manifest record */
/* A manifest record's tab-separated fields, in order (indexer/manifest.h
 * writes them; the server reads them to check an original before sending
 * it).  Older records stop after the hash. */
enum {
    ZS_MANIFEST_SIZE,   /* bytes */
    ZS_MANIFEST_MTIME,  /* seconds */
    ZS_MANIFEST_ID,     /* the document's id */
    ZS_MANIFEST_UNITS,  /* how many */
    ZS_MANIFEST_SHA256, /* of the content */
    ZS_MANIFEST_INODE,
    ZS_MANIFEST_CTIME,  /* nanoseconds (seconds in older records) */
    ZS_MANIFEST_DUE,    /* YYYYMMDD a status change recorded in it comes, or empty */
    ZS_MANIFEST_EXTRACTION, /* the extraction's version that read it (1 when absent) */
    ZS_MANIFEST_FIELDS
};
#define ZS_META_SOURCE_PREFIX "source:"     /* source:<name> -> absolute root */
#define ZS_META_FAIL_PREFIX   "fail:"       /* fail:<source>/<path> -> reason */
#define ZS_META_STATS         "zaalt:stats" /* last index run summary */
/* The access level this database holds: public | restricted | sealed (a
 * remote reader trusts it). */
#define ZS_META_LEVEL         "zaalt:level"
#define ZS_META_SPELLING      "zaalt:spelling" /* "word\tfreq" lines already in the spelling table */
/* "1" while the spelling table lags the documents (a run was interrupted
 * before it rebuilt the table): the next run rebuilds it. */
#define ZS_META_SPELLING_DUE "zaalt:spelling-due"
/* gl_phrases_fingerprint of the glossary every document was indexed with;
 * "stale" once documents of another glossary are mixed in (queries then
 * use positions). */
#define ZS_META_PHRASES       "zaalt:phrases"

/* ---- Free-text prefixes (terms carry wdf; stems carry positions) ---- */
#define ZS_P_STEM   "Z" /* stem of a word: Zхүүхэд, Ztraffick; positional */
#define ZS_P_EXACT  ""  /* the case-folded word itself (no positions) */
#define ZS_P_TITLE  "S" /* stems of title words (S + Z-less stem) */
/* A whole heading as one term, under the title prefix: the stems of a
 * document's title, of an article's heading or of its English heading
 * (headings-en) joined by spaces, stopwords left out (az_heading_term):
 * S^хүн барьцаал, S^hostag take.  A query whose words are a heading as a
 * whole meets it (query.c), so that the article an offence's name names
 * ranks above those that merely use its words.  No stem starts with '^'. */
#define ZS_P_HEADING "S^"
/* Script-folded key of a Cyrillic word the dictionary lacks (a name), so
 * Latin-typed Mongolian (ganbold) meets it; known words are met through Z
 * (query.c); positional. */
#define ZS_P_KEY    "K"
/* A glossary phrase of two words or more, its stems at consecutive
 * positions: XGtraffick in person (glossary.h). */
#define ZS_P_PHRASE "XG"

/* ---- Boolean (filter) prefixes ---- */
#define ZS_P_UNIT      "Q"  /* unique unit id */
#define ZS_P_DOC       "XD" /* parent document id */
#define ZS_P_TYPE      "XT" /* code | decision | research | sop | other */
#define ZS_P_LANG      "XL" /* mn | en */
#define ZS_P_YEAR      "XY" /* four digits */
#define ZS_P_SOURCE    "XS" /* configured source name */
#define ZS_P_COURT     "XC" /* court name as written */
#define ZS_P_ARTICLE   "XA" /* provision key contained or cited: XA13.1 */
#define ZS_P_OUTCOME   "XO" /* conviction | acquittal | ... */
#define ZS_P_ACCESS    "XV" /* public | restricted | sealed */
#define ZS_P_KIND      "XK" /* unit kind: article | page | decision | section | document */
/* The kind of the index document that holds a living article's repealed
 * parts beside it (indexer/unitdoc.c): no unit of its own. */
#define ZS_KIND_REPEALED_PARTS "repealed_parts"
/* Likewise the parts of a living article added from a day to come: their
 * words are no law yet, so the article's own document leaves them out. */
#define ZS_KIND_PENDING_PARTS "pending_parts"
/* A second kind of a statute's framing article (zr_unit.frame): it stays
 * an article, and weighs half of what it matches (search.c weigh_framing),
 * as a statute's opening does, so that a law found by its name is shown by
 * an article on its subject. */
#define ZS_KIND_FRAME "frame"
/* A reference made by the unit: provision key (XR13.1.2) or decision
 * number (XR2024/ШЦТ/67). */
#define ZS_P_CITES     "XR"
/* Provision key of the unit itself: XP13.1, and of each of its parts and
 * clauses: XP13.1.2, XP13.1.2.1. */
#define ZS_P_PROVISION "XP"
#define ZS_P_NUMBER    "XN" /* a decision's own number: XN2024/ШЦТ/67 */
/* Acronym of the law a statute unit belongs to: XWЭХ (2015 Criminal Code),
 * XWЭХХШТХ, XW2002. */
#define ZS_P_LAW       "XW"
/* Which law of its acronym a statute unit belongs to: its title's mark
 * (legal/provision.h zp_law_mark): XBбар (Barilga, Construction), XBбан
 * (Banking), both XWБТХ; none when the title is not the law's name. */
#define ZS_P_LAW_MARK  "XB"
/* Another law's provision a unit cites, with the mark of the name the text
 * cited the law by, every ancestor too: XMБТХ:8.1@бар, XMБТХ:8@бар; with
 * nothing after '@' when the text gave no name (an acronym, "ЗТХ-ийн 5"),
 * so "cited by" a law of a shared acronym is XM<key>@<its mark> or
 * XM<key>@ (search/citations.c). */
#define ZS_P_CITES_MARK "XM"
#define ZS_P_LEVEL     "XJ" /* court level: first-instance | appeal | supreme */
/* A statute's provision's status by its notes: XIin_force | XIrepealed;
 * XIany on every unit, so status:any is a term like the others. */
#define ZS_P_STATUS    "XI"
/* A date of a unit's history, at three lengths: XE2017, XE201705,
 * XE20170511 (a range of days is a few of them: filter.c). */
#define ZS_P_AMENDED   "XE"
/* Masked personal data (indexer/mask.h): a public document whose names,
 * civil registration numbers, phone numbers and addresses are masked for
 * public readers is written twice under one id.  The masked copy, in the
 * public database, carries XUmasked; the full copy, in the database of
 * ZS_MASK_FULL_LEVEL (which public readers never open), carries XUfull and
 * that level's XV term, while its record keeps the document's own access.
 * A public reader's every query leaves out XUfull, every other reader's
 * XUmasked (core/access.h, zs_access_hidden_copy), so each document counts
 * once. */
#define ZS_P_MASK      "XU"
#define ZS_MASK_MASKED "masked"
#define ZS_MASK_FULL   "full"
#define ZS_MASK_FULL_LEVEL 1 /* restricted */

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
    ZS_SLOT_STATUS = 15,     /* in_force | repealed, for its facet (slots 16, 17 kept for
                              * the history) */
    ZS_SLOT_INDEXED = 19,    /* YYYYMMDDHHMMSS (UTC) the unit was indexed, then its YYYYMMDD
                              * date (or 00000000): the order of feeds, newest first, and
                              * a saved search's new documents (issue 21) */
    ZS_SLOT_DUE = 20,        /* YYYYMMDD the first day after indexing on which the unit's
                              * status or text changes (a repeal dated ahead); unset when
                              * none is (indexer/due.h) */
    ZS_SLOT_ENDS = 21,       /* VALID_TO's day, set only on a unit whose text has a last
                              * day in force: today's law leaves out the few units whose
                              * ENDS has passed, reading this short column instead of
                              * every unit's VALID_TO (schema 5) */
};

/* ---- The field table ----
 *
 * One row per field users name: in a query (`type:decision`), in a filter
 * (`--filter year:2020..2024`, `?lang=mn`), as a facet, or on the results
 * page.  Every reader of fields (the query parser, the filter builder, the
 * facets, the web) reads this table and nothing else; adding a field or a
 * facet is one row here (and, for the web, one label in web/html.c).
 *
 * Only the prefixes and slots a row names are on disk; the other columns
 * (flags, orders, label) say how the engine and the web use them and may
 * change without a new schema version. */

/* What a field is and how users' values for it are read (zs_field.flags). */
enum zs_field_flag {
    ZS_FIELD_FACET = 1u << 0,        /* counted with every result list, from `slot` */
    ZS_FIELD_MULTI = 1u << 1,        /* `slot` holds several values, '\n'-separated */
    ZS_FIELD_PER_DOCUMENT = 1u << 2, /* every unit of a document has the same value
                                      * (a facet reads it at the first matching unit) */
    ZS_FIELD_RANGE = 1u << 3,        /* filters lo..hi (either end open) compare
                                      * `range_slot`, which holds YYYYMMDD */
    ZS_FIELD_YEAR = 1u << 4,         /* values, and range ends, are four-digit years */
    ZS_FIELD_LOWERCASE = 1u << 5,    /* values are lower-case codes: what users type is folded */
    ZS_FIELD_REFERENCE = 1u << 6,    /* values are references in any spelling ("Art. 13.1(2)",
                                      * "13.1 дүгээр зүйлийн 2 дахь хэсэг", "2024/ШЦТ/067"),
                                      * read into their key (legal/provision.h) */
    ZS_FIELD_PROVISION = 1u << 7,    /* holds provision keys: "Art. 13.1." is 13.1 */
    ZS_FIELD_DECISION = 1u << 8,     /* holds decision numbers: a value that does not start
                                      * with a digit is one, kept as typed */
    ZS_FIELD_IN_FORCE = 1u << 9,     /* a day: the texts in force on it (ZS_SLOT_VALID_FROM
                                      * <= day <= ZS_SLOT_VALID_TO); without such a
                                      * filter, the texts in force today */
    ZS_FIELD_TEXT = 1u << 10,        /* free text: the query's words for it are analysed
                                      * like any word, under `prefix`; not a filter */
    ZS_FIELD_HIDE_ONE = 1u << 11,    /* its facet says nothing with one value and is not
                                      * shown then, unless filtered on */
    ZS_FIELD_STATUS = 1u << 12,      /* a provision's status: a value other than the first
                                      * (in_force) lifts the default of texts in force today */
    ZS_FIELD_DATE_TERMS = 1u << 13,  /* dates held as terms at three lengths (prefix+YYYY,
                                      * +YYYYMM, +YYYYMMDD): a day, a month, a year or a
                                      * range lo..hi of them, read into those terms */
};

typedef struct zs_field {
    const char *name;   /* as users type it: name:value, --filter name:value, ?name=value */
    const char *prefix; /* the boolean (or, with ZS_FIELD_TEXT, free-text) term prefix;
                         * NULL: no terms, only ranges or a day (date, inforce) */
    int slot;           /* value slot its facet counts; -1: none */
    int range_slot;     /* value slot (YYYYMMDD) its lo..hi filters compare; -1: none */
    unsigned flags;     /* zs_field_flag */
    int facet_order;    /* position (1, 2, …) among the facets of every result list and of
                         * the JSON contract; 0: not a facet */
    int panel_order;    /* position (1, 2, …) on the results page's panel (its facet, then
                         * its range form); 0: not on the panel */
    const char *label;  /* label id: the web's field labels (web/html.c) key off it;
                         * NULL: shown by its name */
} zs_field;

/* Rows in the order error messages list them. */
extern const zs_field zs_fields[];
extern const unsigned zs_n_fields;

/* The most rows the table may have (callers size arrays with it). */
#define ZS_MAX_FIELDS 32

/* The row of field `name`, or NULL. */
const zs_field *zs_field_lookup(const char *name);

/* The facet fields in facet_order: fills `out` (room for ZS_MAX_FIELDS)
 * and returns how many. */
unsigned zs_facet_fields(const zs_field **out);
/* The fields of the results page's panel in panel_order, the same way. */
unsigned zs_panel_fields(const zs_field **out);

/* The units of a database: its documents less those of repealed parts
 * and of parts not yet in force (ZS_KIND_REPEALED_PARTS,
 * ZS_KIND_PENDING_PARTS), and the full copies of masked units (ZS_P_MASK:
 * each is counted once, by its masked copy), as an index run counts them. */
struct zx_db;
unsigned zs_units_in(struct zx_db *db);

#endif
