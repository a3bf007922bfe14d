/* record.h — a document and its units as the extractors produce them and as
 * the index stores them.
 *
 * Extractors (indexer/) fill a zr_doc; the worker serialises it to a GVariant
 * and sends it to the writer; the writer stores each unit's record as the
 * Xapian document data, which search/ reads back for hits and viewers.
 *
 * Not for: terms (analysis.h builds them from these records).
 */
#ifndef ZAALT_RECORD_H
#define ZAALT_RECORD_H

#include <glib.h>

/* A part or clause of an article unit: its provision key and where its
 * text lies in the unit's text (byte offsets), so a viewer can scroll to
 * "13.1.2" and a hit can name the part. */
typedef struct zr_part {
    char *key;      /* "13.1.2", "13.1.2.1" */
    int start, end; /* byte range in zr_unit.text */
} zr_part;

typedef struct zr_unit {
    int ordinal;     /* 0-based position in the document */
    char *kind;      /* article | page | decision | section | document */
    char *provision; /* provision key of an article ("13.1"), or NULL */
    char *label;     /* e.g. "13.1 дүгээр зүйл. Хүн худалдаалах", or NULL */
    int page;        /* 1-based PDF page where the unit starts, 0 if none */
    char *text;      /* full normalised text (owned) */
    /* Canonical keys of what the unit cites (legal/provision.h): "13.1.2",
     * "ЭХХШТХ:36.1", "2002:113", "2024/ШЦТ/67"; deduplicated, text order. */
    GPtrArray *cites;
    GPtrArray *parts; /* zr_part*: the article's parts and clauses, in order */
    /* Dates between which this text of the provision is (was) in force,
     * YYYY-MM-DD; NULL: since ever / still.  Two versions of one article
     * are two units with the same provision and disjoint ranges. */
    char *valid_from;
    char *valid_to;
} zr_unit;

typedef struct zr_doc {
    char *id;     /* stable document id (zr_doc_make_id) */
    char *source; /* source name from config, or the root folder's name */
    char *path;   /* relative to the source root, '/'-separated */
    char *format; /* pdf | xml | text */
    char *title;
    char *type;   /* code | decision | research | sop | other */
    char *lang;   /* mn | en | NULL (detected when NULL) */
    char *date;   /* YYYY-MM-DD or NULL */
    char *access; /* public | restricted | sealed */
    /* decisions */
    char *court;
    char *court_level; /* first-instance | appeal | supreme */
    char *decision_type;
    char *case_number;
    char *outcome;
    GPtrArray *articles; /* char*: provision keys applied/cited, deduplicated */
    /* decisions, further (never a victim's name: only judges and prosecutor) */
    char *case_index; /* the case's file number, "2410000123456" */
    char *prosecutor;
    char *sentence;    /* as stated: "8 жил хорих"; several joined by "; " */
    GPtrArray *judges; /* char*: presiding judge first when known */
    /* codes */
    char *law;           /* acronym of the law a statute is (legal/provision.h:
                         * "ЭХ" the 2015 Criminal Code, "ЭХХШТХ", "2002"), or NULL */
    int pages;           /* PDF page count, 0 otherwise */
    GPtrArray *units;    /* zr_unit* */
    GPtrArray *warnings; /* char*: non-fatal problems met while extracting */
    GArray *ocr;         /* gint per PDF page: OCR mean confidence 0..100, or -1
                         * when the page's own text layer was used; empty if
                         * no page was recognised */
} zr_doc;

zr_doc *zr_doc_new(void);
void zr_doc_free(zr_doc *doc);
/* Adds a unit and returns it; ordinal is set.  Takes ownership of `text`. */
zr_unit *zr_doc_add_unit(zr_doc *doc, const char *kind, char *text);
void zr_doc_add_article(zr_doc *doc, const char *key);

/* The lowest OCR confidence among the pages a unit covers (its own page
 * for a page unit, every recognised page otherwise), or -1 if its text
 * came from text layers only. */
int zr_unit_ocr_confidence(const zr_doc *doc, const zr_unit *unit);
/* Frees a unit taken out of a document's array (a document frees its own). */
void zr_unit_free(zr_unit *unit);
/* Adds `key` to a string array unless present (cites, judges). */
void zr_strv_add_unique(GPtrArray *array, const char *key);
/* Appends a part to an article unit. */
void zr_unit_add_part(zr_unit *unit, const char *key, int start, int end);

/* Stable id of a document: 12 hex digits of SHA-1 over "source/path". */
char *zr_doc_make_id(const char *source, const char *path);
/* Unit id: "<docid>-<ordinal>". */
char *zr_unit_make_id(const char *doc_id, int ordinal);

/* Whole document <-> GVariant (worker to writer). */
GVariant *zr_doc_to_variant(const zr_doc *doc);
zr_doc *zr_doc_from_variant(GVariant *v);

/* One unit's stored record: the document's fields plus the unit's, as an
 * a{sv} dictionary.  zr_record_* read it back without copying the text.
 * Multi-valued fields are '\n'-joined strings: "articles", "judges",
 * "cites"; "parts" is one line "key\tstart\tend" per part. */
GBytes *zr_unit_record(const zr_doc *doc, const zr_unit *unit);
GVariant *zr_record_parse(const void *data, gsize len);    /* NULL if malformed */
const char *zr_record_str(GVariant *rec, const char *key); /* NULL if absent */
int zr_record_int(GVariant *rec, const char *key);         /* 0 if absent */
/* The values of the `n` fields named in `keys`, in one pass over the record
 * (each zr_record_str is a pass of its own): values[i] is a new reference,
 * or NULL when absent.  For readers of many fields, such as a hit. */
void zr_record_fields(GVariant *rec, const char *const *keys, GVariant **values, gsize n);

#endif
