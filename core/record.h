/* record.h — a unit's stored record: the Xapian document data the indexer
 * writes and the engine reads back for hits and viewers, its keys, and the
 * ids of documents and units.  Keys are defined here once, so the writer
 * (indexer/document.c) and every reader (search/) spell them alike.
 *
 * Also the shape of a document and its units (zr_doc, zr_unit, zr_part):
 * the indexer makes and fills them (indexer/document.h: ix_doc_new …), and
 * legal/citeterms.c reads them to make citation terms, which is why the
 * types live in this layer and not in the indexer's.
 *
 * Not for: making, filling or freeing documents (indexer/document.h), or
 * terms (analysis.h, indexer/unitdoc.h).
 */
#ifndef ZAALT_RECORD_H
#define ZAALT_RECORD_H

#include <glib.h>
#include <stdbool.h>

/* A part or clause of an article unit: its provision key and where its
 * text lies in the unit's text (byte offsets), so a viewer can scroll to
 * "13.1.2" and a hit can name the part. */
typedef struct zr_part {
    char *key;      /* "13.1.2", "13.1.2.1" */
    int start, end; /* byte range in zr_unit.text */
} zr_part;

/* One dated change to a unit or one of its parts, read from a statute's
 * editorial note (legal/amendment.h). */
typedef struct zr_amendment {
    char *date;   /* YYYY-MM-DD; YYYY-MM or YYYY when the note says no more */
    char *change; /* added | amended | restated | repealed */
    char *part;   /* the part's key ("6.10.2"), or NULL: the unit itself */
    char *note;   /* the note as written */
    char *made;   /* the day of the law that made it, when `date` is the
                   * later day it applies from; else NULL */
} zr_amendment;

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
    /* Of those, another law's keys whose law the text named in words, each
     * with the name's mark (legal/provision.h zp_law_mark): "БТХ:8\tбар";
     * tells apart laws of one acronym.  NULL or empty: none. */
    GPtrArray *cite_marks;
    GPtrArray *parts; /* zr_part*: the article's parts and clauses, in order */
    /* Dates between which this text of the provision is (was) in force,
     * YYYY-MM-DD; NULL: since ever / still.  Two versions of one article
     * are two units with the same provision and disjoint ranges. */
    char *valid_from;
    char *valid_to;
    /* A statute's provision: "in_force" or "repealed" (by its notes);
     * NULL for units of other documents. */
    char *status;
    char *repealed_on;     /* YYYY-MM-DD (or YYYY) when repealed, else NULL */
    GPtrArray *amendments; /* zr_amendment*: its and its parts' history, oldest first */
    /* English for a statute whose headings corpus-config/headings-en/
     * translates (indexer/headings.c; an unofficial translation): the
     * article's heading ("Hostage taking") and its chapter's ("Crimes
     * against personal liberty"), NULL when there is none; the
     * '; '-separated words people type for either, indexed, never shown. */
    char *label_en;
    char *chapter_en;
    char *label_en_also;
    char *chapter_en_also;
    /* Set only on the index document that holds a living article's repealed
     * parts (indexer/unitdoc.c, kind "repealed_parts"): their keys,
     * '\n'-separated.  Never on a unit of a document. */
    char *repealed_parts;
    /* A statute's article that frames the law rather than saying anything
     * of its subject (the legislation it belongs to, liability for
     * breaching it, its entry into force: structure-patterns.ini [frame]),
     * though its text names the law: indexer/articles.c ix_mark_frames. */
    bool frame;
} zr_unit;

typedef struct zr_doc {
    char *id;     /* stable document id (zr_doc_make_id) */
    char *source; /* source name from config, or the root folder's name */
    char *path;   /* relative to the source root, '/'-separated */
    char *format; /* the handler's format: pdf | docx | odt | html | xml | text */
    char *title;
    char *type;   /* code | decision | research | sop | other */
    char *lang;   /* mn | en | NULL (detected when NULL) */
    /* The document declares a language other than mn and en, and its text
     * does not contradict it: lang stays NULL, not detected (extraction
     * only, never stored). */
    bool lang_other;
    /* The document is another country's law or court's (an Akoma Ntoso
     * FRBRcountry not Mongolia's, a Justice Canada or USLM file): a
     * reference naming no law there ("article 12.1", "articles 279.01 à
     * 279.03") is of its own law, not the Mongolian Criminal Code
     * (extraction only, never stored). */
    bool foreign;
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
    /* Which copy of a masked document this is (ZS_MASK_MASKED: personal
     * data replaced for public readers; ZS_MASK_FULL: the original, for
     * readers above public), or NULL: a document that is not masked. */
    char *mask;
    char *title_en;      /* the statute's English name (headings-en; unofficial), or NULL */
    char *title_en_also; /* words people type for it, '; '-separated: indexed, never shown */
    /* decisions: the headings, Mongolian and English, of the Criminal Code
     * articles applied ("хүн худалдаалах; Trafficking in persons"),
     * '; '-separated: indexed at a low weight, never stored nor shown */
    char *applied_headings;
    /* What the file holds but its format hides, left out of the units (an
     * HTML page's hidden elements, scripts and comments; a Markdown file's
     * comments, link definitions and front matter), or NULL: never indexed,
     * stored or shown, read only by the judgement whether a public document
     * reads as a case file (indexer/mask.c), because /file serves an
     * unmasked document's original, which holds it. */
    char *unshown;
    int pages;           /* PDF page count, 0 otherwise */
    GPtrArray *units;    /* zr_unit* */
    GPtrArray *warnings; /* char*: non-fatal problems met while extracting */
    GArray *ocr;         /* gint per PDF page: OCR mean confidence 0..100, or -1
                         * when the page's own text layer was used; empty if
                         * no page was recognised */
    /* zr_amendment*: changes its notes make to the act as a whole (its
     * name, a chapter's heading, a restatement), not to one unit */
    GPtrArray *act_amendments;
} zr_doc;

/* Stable id of a document: 12 hex digits of SHA-1 over "source/path". */
char *zr_doc_make_id(const char *source, const char *path);
/* A file's manifest key (core/schema.h's prefixes): "PREFIX" "SOURCE/PATH",
 * where a "SOURCE/PATH" longer than ZR_MANIFEST_ID_MAX bytes is its head,
 * "#" and ZR_MANIFEST_ID_HASH hex digits of its SHA-256, so that the key
 * stays within Xapian's 255 bytes; the same part whatever the prefix. */
#define ZR_MANIFEST_ID_MAX  240
#define ZR_MANIFEST_ID_HASH 24
/* Whether `real` (a path the kernel has resolved: realpath, or an open
 * file's /proc/self/fd link) lies below the source root `root`, resolved
 * here: what keeps a link from carrying a file from outside a source into
 * the index (walk, extraction) or out of the server. */
bool zr_real_path_below(const char *real, const char *root);
char *zr_manifest_key(const char *prefix, const char *source, const char *path);
/* Unit id: "<docid>-<ordinal>". */
char *zr_unit_make_id(const char *doc_id, int ordinal);
/* The heading in an article's label, after "13.3 дугаар зүйл." or
 * "Article 5.", or NULL (a pointer into u->label). */
const char *zr_unit_heading(const zr_unit *u);

/* A change, its strings copied ("" for a NULL date or change; NULL part
 * and note stay NULL, as do empty ones), and its free function (for
 * g_ptr_array_new_with_free_func). */
zr_amendment *zr_amendment_new(const char *date, const char *change, const char *part, const char *note);
void zr_amendment_free(gpointer amendment);
/* A history as stored (ZR_KEY_AMENDMENTS: "date\tchange\tpart\tnote"
 * lines, then "\tmade" when the change has that day), and back: a new array of zr_amendment*, empty for NULL or "". */
char *zr_history_format(const GPtrArray *history);
GPtrArray *zr_history_parse(const char *lines);

/* Adds `key` to a string array unless present (cites, judges). */
void zr_strv_add_unique(GPtrArray *array, const char *key);

/* ---- The stored record of one unit -------------------------------------
 *
 * A GVariant a{sv} dictionary: the document's fields flattened with the
 * unit's, so that a field added later is simply a new key old readers
 * ignore.  A NULL field is left out rather than stored as "", so a reader
 * can tell "absent" from "empty".  Strings ("s") unless marked (int32);
 * multi-valued fields are one '\n'-joined string. */

/* The document's (one per zr_doc string field of the same name, except
 * ZR_KEY_DOC_ID, which is zr_doc.id). */
#define ZR_KEY_DOC_ID        "doc_id"
#define ZR_KEY_SOURCE        "source"
#define ZR_KEY_PATH          "path" /* always UTF-8: a byte that is not is shown as U+FFFD */
#define ZR_KEY_FORMAT        "format"
#define ZR_KEY_TITLE         "title"
#define ZR_KEY_TYPE          "type"
#define ZR_KEY_LANG          "lang"
#define ZR_KEY_DATE          "date"
#define ZR_KEY_ACCESS        "access"
#define ZR_KEY_COURT         "court"
#define ZR_KEY_COURT_LEVEL   "court_level"
#define ZR_KEY_DECISION_TYPE "decision_type"
#define ZR_KEY_CASE_NUMBER   "case_number"
#define ZR_KEY_OUTCOME       "outcome"
#define ZR_KEY_CASE_INDEX    "case_index"
#define ZR_KEY_PROSECUTOR    "prosecutor"
#define ZR_KEY_SENTENCE      "sentence"
#define ZR_KEY_LAW           "law"
#define ZR_KEY_MASK          "mask" /* ZS_MASK_MASKED | ZS_MASK_FULL (schema.h); absent: never masked */
#define ZR_KEY_TITLE_EN      "title_en" /* unofficial English name of the statute */
#define ZR_KEY_PAGES         "pages"    /* int32: the document's page count */
#define ZR_KEY_ARTICLES      "articles" /* '\n'-joined */
#define ZR_KEY_JUDGES        "judges"   /* '\n'-joined, presiding judge first */
/* The path as the file system spells it (a bytestring), only where that is
 * not UTF-8 and so differs from ZR_KEY_PATH: what the file is opened by. */
#define ZR_KEY_PATH_BYTES    "path_bytes"
/* The unit's. */
#define ZR_KEY_UNIT_ID       "unit_id" /* zr_unit_make_id */
#define ZR_KEY_ORDINAL       "ordinal" /* int32; every record has it */
#define ZR_KEY_KIND          "kind"    /* every record has it */
#define ZR_KEY_PROVISION     "provision"
#define ZR_KEY_LABEL         "label"
#define ZR_KEY_LABEL_EN      "label_en"   /* unofficial English heading of the article */
#define ZR_KEY_CHAPTER_EN    "chapter_en" /* unofficial English heading of its chapter */
/* The words people type for the article and for its chapter (headings-en's
 * fourth column), ';'-joined: what an English question may have matched
 * the unit by besides its text (search.c, title_only). */
#define ZR_KEY_HEADING_EN_ALSO "heading_en_also"
#define ZR_KEY_PAGE          "page" /* int32 */
#define ZR_KEY_TEXT          "text"
#define ZR_KEY_CITES         "cites" /* '\n'-joined */
#define ZR_KEY_CITE_MARKS    "cite_marks" /* '\n'-joined "key\tmark" (zr_unit.cite_marks) */
#define ZR_KEY_PARTS         "parts" /* one line "key\tstart\tend" per part */
#define ZR_KEY_VALID_FROM    "valid_from"
#define ZR_KEY_VALID_TO      "valid_to"
#define ZR_KEY_OCR           "ocr" /* int32: lowest OCR confidence of its pages; absent when none */
/* A statute's provision (legal/amendment.h): "in_force" | "repealed". */
#define ZR_KEY_STATUS        "status"
#define ZR_KEY_REPEALED_ON   "repealed_on"
#define ZR_KEY_REPEALED_PARTS "repealed_parts" /* zr_unit.repealed_parts */
/* Its history, oldest first: one line "date\tchange\tpart\tnote" per
 * change (part empty: the unit itself). */
#define ZR_KEY_AMENDMENTS    "amendments"
/* The act's own changes, the same way; on the document's first unit only. */
#define ZR_KEY_ACT_AMENDMENTS "act_amendments"

/* Reads a record back without copying the text: a new reference, or NULL
 * when the bytes are not a record (garbage, truncated, no kind/ordinal). */
GVariant *zr_record_parse(const void *data, gsize len);
const char *zr_record_str(GVariant *rec, const char *key); /* NULL if absent */
const char *zr_record_bytestring(GVariant *rec, const char *key); /* NULL if absent */
int zr_record_int(GVariant *rec, const char *key);         /* 0 if absent */
/* The values of the `n` fields named in `keys`, in one pass over the record
 * (each zr_record_str is a pass of its own): values[i] is a new reference,
 * or NULL when absent.  For readers of many fields, such as a hit. */
void zr_record_fields(GVariant *rec, const char *const *keys, GVariant **values, gsize n);
/* values[k] (from zr_record_fields) as a string, a byte string or an int:
 * NULL or `absent` when missing or of another type.  Borrowed from values. */
const char *zr_field_str(GVariant *const *values, int k);
const char *zr_field_bytestring(GVariant *const *values, int k);
gint32 zr_field_int(GVariant *const *values, int k, gint32 absent);
/* Drops the references zr_record_fields gave. */
void zr_fields_clear(GVariant **values, gsize n);

#endif
