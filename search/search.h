/* search.h — the search library that `zaalt search`, `zaalt show` and
 * `zaalt serve` share: open an index, run a user query with filters, facets
 * and snippets, fetch a document with its units, and render both as the JSON
 * contract of the command line and the HTTP API.
 *
 * Not for: index writing (indexer/), HTML (web/).  A zs_engine is not
 * thread-safe: the server keeps one per thread.
 */
#ifndef ZAALT_SEARCH_H
#define ZAALT_SEARCH_H

#include <glib.h>
#include <stdbool.h>
#include <sys/stat.h>

#include "core/context.h"
#include "core/record.h"

#define ZS_ERROR (zs_error_quark())
GQuark zs_error_quark(void);

typedef enum {
    ZS_ERROR_SYNTAX,    /* the query is malformed: message says what and where */
    ZS_ERROR_FILTER,    /* unknown filter field or bad value */
    ZS_ERROR_NOT_FOUND, /* no such document or unit */
    ZS_ERROR_DB,        /* the index is unreadable, corrupt, or of another schema */
    ZS_ERROR_NO_INDEX,  /* there is no index at the path given */
    ZS_ERROR_TOO_LONG,  /* the query is longer than ZS_MAX_QUERY_CHARS */
} zs_error_code;

/* The longest query a person may ask, in characters, on every channel: the
 * server's q=, `zaalt search`'s words and each line of --queries.  Within
 * it a query is answered in bounded time and memory (the probe of F3 had
 * one line of 2,000 ORs take 6.5 GB); the parser bounds its nesting as well
 * (query.c, ZQ_MAX_DEPTH). */
#define ZS_MAX_QUERY_CHARS 256

/* Whether `query`, as a person typed it, may be asked: at most
 * ZS_MAX_QUERY_CHARS characters (ZS_ERROR_TOO_LONG) and no control
 * character, a NUL, ESC or DEL (ZS_ERROR_SYNTAX, naming it and where),
 * which no one types and a NUL would silently cut the query at.  A tab or
 * a line's end is a space.  Every channel checks what it is given with it
 * before searching; the engine's own queries (similar documents, the
 * relaxation's probes) are not a person's and are not bounded so. */
bool zs_query_check(const char *query, GError **error);

typedef struct zs_engine zs_engine;

/* Opens the index at `dbpath` read-only, every access level (the operator),
 * reading configuration and analysis from `ctx`, which must outlive it.
 * Returns NULL and sets `error` (ZS_ERROR_NO_INDEX, ZS_ERROR_DB) when it is
 * missing or of another schema version. */
zs_engine *zs_engine_open(zc_context *ctx, const char *dbpath, GError **error);
/* The same for a reader cleared up to level `max_level` (see access.h):
 * the databases of higher levels are never opened. */
zs_engine *zs_engine_open_as(zc_context *ctx, const char *dbpath, int max_level, GError **error);
/* The same over several databases searched as one (NULL-terminated): each
 * an index folder or "tcp://HOST:PORT", one level database of an index
 * served by xapian-tcpsrv.  A remote database is searched only if the
 * level it records is at most `max_level`; one without a level is refused
 * (ZS_ERROR_DB).  A remote database that does not answer is not an error:
 * searches go on without it and name it in zs_results.missing_shards, and
 * it is reconnected every few seconds. */
zs_engine *zs_engine_open_dbs(zc_context *ctx, const char *const *dbs, int max_level, GError **error);
/* Databases of the engine not answering now: NULL-terminated, g_strfreev. */
char **zs_engine_missing(zs_engine *engine);
void zs_engine_free(zs_engine *engine);

/* Picks up a newer revision of the index if one was committed since the
 * engine was opened.  Returns true if it changed. */
bool zs_engine_refresh(zs_engine *engine);

/* For search-side modules built on the engine (suggestions, citations):
 * the open database and the shared analyzer, both borrowed. */
struct zx_db *zs_engine_db(zs_engine *engine);
struct az_analyzer *zs_engine_analyzer(zs_engine *engine);
struct zc_context *zs_engine_context(zs_engine *engine);

/* ZS_SORT_INDEXED_DESC: the newest indexed first, then the newest by date
 * (feeds). */
typedef enum { ZS_SORT_RELEVANCE, ZS_SORT_DATE_DESC, ZS_SORT_DATE_ASC, ZS_SORT_INDEXED_DESC } zs_sort;

typedef struct zs_request {
    const char *query;          /* as the user typed it; "" or NULL: everything */
    const char *const *filters; /* NULL-terminated "field:value" list, or NULL */
    unsigned offset;
    unsigned limit; /* 0 means 10 */
    zs_sort sort;
    const char *within_doc; /* restrict to one document id, or NULL */
    bool no_snippets;
    bool no_synonyms; /* do not expand through the EN<->MN glossary */
    /* Access levels the searcher may see ("public", "restricted", "sealed"),
     * NULL-terminated; NULL: all (the operator on the command line).  The
     * restriction is part of the Xapian query, so totals and facets obey it. */
    const char *const *access;
    /* Do not leave out words found in no document (see zs_results.dropped). */
    bool no_relax;
    /* Search each word as typed: a Mongolian word found nowhere is not
     * searched as the word one slip of typing away, nor an English one as
     * the word it mistypes (zs_results.searched_as); it is left out, as
     * `dropped` says.  The way back from "showing results for". */
    bool as_typed;
    /* No facets, and a total that may be an estimate: "is there anything". */
    bool no_facets;
    /* Only units indexed at or after this second, "YYYYMMDDHHMMSS" in UTC (a
     * saved search's "new since your last visit": a unit of the visit's own
     * second counts as new rather than be missed); NULL: any. */
    const char *indexed_since;
} zs_request;

#define ZS_MAX_PASSAGES 3

typedef struct zs_hit {
    char *id;   /* unit id */
    char *doc;  /* parent document id */
    char *path; /* relative to its source root */
    char *source;
    char *title;
    char *type;         /* code | decision | research | sop | other */
    char *lang;         /* mn | en | NULL */
    char *provision;    /* provision key ("13.1") or NULL */
    char *label;        /* human label of the unit ("Article 13.1 Trafficking in persons") or NULL */
    char *date;         /* YYYY-MM-DD or NULL */
    char *court;        /* or NULL */
    int page;           /* 1-based PDF page, 0 when not a page */
    int ordinal;        /* the unit's position in its document */
    double score;       /* percentage relevance 0..100 */
    unsigned more;      /* further matching units in the same document */
    /* A further article of a law shown above it (search.c, more_articles):
     * it weighs nearly as much as the law's best. */
    bool of_law_shown;
    /* A hit shown below the few that hold every term of an English
     * question (search.c, partial_below): it holds `partial_matched` of
     * the `partial_of`; both 0 for a hit holding all. */
    unsigned partial_matched, partial_of;
    /* Whether a word of the query is in the unit's own English headings
     * or the words people type for them (its article's, its chapter's):
     * it then answers though its text holds none (search.c, title_only). */
    bool heading_en_matched;
    char *snippet;      /* HTML: escaped text, matches in <mark>…</mark> */
    /* Up to ZS_MAX_PASSAGES passages (char*, HTML as snippet), best first,
     * no two overlapping; NULL without snippets. */
    GPtrArray *passages;
    int ocr_confidence; /* 0..100 when the text was recognised by OCR, else -1 */
    /* A statute's provision: "in_force" | "repealed" by its notes, NULL for
     * other units; the day it was repealed; the date of its last change. */
    char *status;
    char *repealed_on;
    char *last_amended;
    /* YYYY-MM-DD the unit's text came into force or comes into force (a
     * statute not yet in force: a day to come), or NULL when not known. */
    char *valid_from;
    /* Set when the hit is a living article's repealed parts, not the article
     * (status "repealed", kind repealed_parts, indexer/unitdoc.c): their
     * keys, '\n'-separated ("5.4.3"); NULL otherwise.  The article itself
     * is in force. */
    char *repealed_parts;
    /* YYYY-MM-DD the unit's last day in force when it has one still to
     * come (a repeal dated ahead, of it or of its law), else NULL. */
    char *valid_to;
    /* zs_amendment* (owned): repeals of its parts dated ahead of today,
     * oldest first ("part 1.1 will be repealed on 2027-01-01"), and their
     * ends (change "expired": a part in force until a day), or NULL.
     * "Today" is the day an in-force filter names, when one is given. */
    GPtrArray *scheduled;
    /* How it ceased (status "repealed"): "repealed", or "expired" when its
     * time ran out (legal/amendment.h ZL_CHANGE_EXPIRED); else NULL. */
    char *repealed_how;
    /* zs_amendment* (owned), or NULL: its parts suspended today (part
     * NULL: the unit itself), date the day it applies again or NULL; and
     * its parts added from a day to come, date that day. */
    GPtrArray *suspended;
    GPtrArray *pending;
    /* A search for the law of a day (inforce:) only: the parts of a living
     * hit repealed or expired by that day (zs_amendment*, owned: part, date
     * the day it ceased, change "repealed" | "expired"), oldest key first,
     * or NULL.  Its text as shown is today's, and a match through its
     * heading or another part says nothing else of them. */
    GPtrArray *parts_gone;
    /* A search for the law of a day (inforce:): the query's words are
     * only in parts of it (`pending`) not yet law on that day. */
    bool match_not_yet_in_force;
    /* The law a statute's unit belongs to (its key: "ЭХ" the 2015
     * Criminal Code, an acronym, "2002"), else NULL. */
    char *law;
    char *access;       /* the document's level: public | restricted | sealed */
    char *mask;         /* as zs_document.mask */
    /* Unofficial English of a statute headings-en translates (indexer/
     * headings.c), or NULL: the law's name, the article's heading, its
     * chapter's heading. */
    char *title_en;
    char *label_en;
    char *chapter_en;
    double weight; /* the engine's relevance weight, comparable within one index */
    char *number; /* a decision's own number ("2024/ШЦТ/67"), else NULL */
    /* When the unit was last indexed, "YYYY-MM-DDTHH:MM:SSZ" (UTC); read for
     * ZS_SORT_INDEXED_DESC searches (feeds) only, else NULL. */
    char *indexed;
    /* The unit records a change dated ahead of the day it was indexed
     * (indexer/due.h) that has taken effect since: its status is read
     * anew from its history, and its text is the index's until the next
     * `zaalt index`.  The day, "YYYY-MM-DD", else NULL. */
    char *behind_since;
} zs_hit;

typedef struct zs_facet_value {
    char *value;
    unsigned count; /* documents, not units */
} zs_facet_value;

typedef struct zs_facet {
    char *name;        /* field name: a facet of the field table (core/schema.h) */
    GPtrArray *values; /* zs_facet_value*, by count descending then value */
} zs_facet;

typedef struct zs_results {
    char *query;
    unsigned total;    /* matching documents (after collapse) */
    GPtrArray *hits;   /* zs_hit* */
    GPtrArray *facets; /* zs_facet* */
    double elapsed_ms;
    char *suggestion; /* "did you mean" query, or NULL */
    /* The query as it was searched when words found nowhere were searched
     * as the words they mistype (хүн худалдаалх: хүн худалдаалах), each
     * said in `notices`; NULL otherwise, and for a request `as_typed`. */
    char *searched_as;
    /* Words of a plain query found in no document the searcher may see,
     * left out so that the other words still find something (char*), or
     * named when even without them nothing is found; empty when every word
     * was searched. */
    GPtrArray *dropped;
    /* English words of a plain query that no glossary entry or Mongolian
     * reading carries into the law's words (zq_untranslated), left out
     * because with them nothing was found (char*), also when nothing is
     * found still, and a lone such word; empty otherwise.  Never a word
     * of `dropped`. */
    GPtrArray *untranslated;
    /* Words of a plain query that no law in force holds but repealed law
     * does (char*), left out as `dropped` words are, but said as only in
     * repealed law; empty otherwise.  Never a word of `dropped`. */
    GPtrArray *only_repealed;
    /* An English question none of whose documents holds every word or
     * glossary term (after the above): the documents holding
     * `partial_matched` of its `partial_of` terms, the most any holds (of
     * two terms, one); both 0 otherwise. */
    unsigned partial_matched, partial_of;
    char **missing_shards; /* NULL-terminated: databases that did not answer
                            * (the results come from the others); never NULL */
    /* Repealed provisions (units) that match too but were left out because
     * no status or in-force filter was given ("3 repealed provisions also
     * match — show them": the same search with status:any). */
    unsigned repealed_matching;
    /* An answer holding only some of an English question's terms
     * (partial_matched): the documents (laws) whose repealed provisions
     * hold every one, left out by the default of today's law; else 0. */
    unsigned repealed_all;
    /* What the reader should know about how the query was read (char*),
     * e.g. that a word* stood for more words than were searched; may be
     * NULL (no notices). */
    GPtrArray *notices;
    /* The day an in-force filter asked the law of (YYYY-MM-DD: -f
     * inforce:D, or inforce:D in the query), else NULL: the hits' parts
     * are said as they stood that day, and whatever prints them passes it
     * on as the day to read their dates by (history.h). */
    char *in_force_day;
} zs_results;

/* The status of the unit a hit opens, as the JSON and CSV say it: a hit
 * through a living article's repealed parts (zs_hit.repealed_parts) opens
 * the article, which is in force; any other hit's own status.  The day of
 * a repeal, likewise: the unit's (NULL for such a hit), or its repealed
 * parts' latest (NULL for any other hit). */
const char *zs_hit_status(const zs_hit *hit);
const char *zs_hit_repealed_on(const zs_hit *hit);
const char *zs_hit_parts_repealed_on(const zs_hit *hit);

/* Runs a query.  Returns NULL with ZS_ERROR_SYNTAX / ZS_ERROR_FILTER when the
 * request is malformed; the message is fit to show to the user. */
zs_results *zs_search(zs_engine *engine, const zs_request *request, GError **error);
void zs_results_free(zs_results *results);

/* The --json / /api/search form.  Returns a newly allocated UTF-8 string. */
char *zs_results_to_json(const zs_results *results, bool pretty);
/* The same without hits: query, total, elapsed_ms, facets (/api/facets). */
char *zs_facets_to_json(const zs_results *results, bool pretty);

/* One dated change of a statute's unit or part, from its notes: the
 * record's own (core/record.h). */
typedef zr_amendment zs_amendment;

/* A part or point of an article, where its text lies in the unit's. */
typedef struct zs_part {
    char *key;         /* "6.10.2" */
    int start, end;    /* byte range in zs_unit.text */
    char *status;      /* "in_force" | "repealed" | "not_yet_in_force" (added from a
                        * day to come) | "suspended" (its application, today) */
    char *repealed_on; /* or NULL */
    char *repealed_how; /* "repealed" | "expired" (its time ran out), or NULL */
    char *in_force_from;   /* not_yet_in_force: the day it is law from */
    char *suspended_until; /* suspended: the day it applies again, or NULL */
} zs_part;

typedef struct zs_unit {
    char *id;
    int ordinal;
    char *kind; /* article | page | decision | section | document */
    char *provision;
    char *label;
    int page;
    char *text;         /* the full text of the unit */
    int ocr_confidence; /* 0..100 when recognised by OCR, else -1 */
    char *valid_from;   /* YYYY-MM-DD this text came into force, or NULL */
    char *valid_to;     /* YYYY-MM-DD its last day in force, or NULL while in force */
    char *status;           /* "in_force" | "repealed" for a statute's unit, else NULL */
    char *repealed_on;      /* or NULL */
    GPtrArray *amendments;  /* zs_amendment*: its and its parts' history, oldest first */
    GPtrArray *parts;       /* zs_part*: its numbered parts and points, in order */
    char *label_en;     /* unofficial English heading (headings-en), or NULL */
    char *chapter_en;   /* unofficial English heading of its chapter, or NULL */
} zs_unit;

typedef struct zs_document {
    char *id; /* document id */
    char *path;       /* UTF-8, for showing */
    char *path_bytes; /* the file system's own spelling where it is not UTF-8, else NULL */
    char *source;
    char *title;
    char *title_en; /* unofficial English name of a statute (headings-en), or NULL */
    char *law;      /* the law a statute is (as zs_hit.law), or NULL */
    char *type;
    char *lang;
    char *date;
    char *court;
    char *case_number;
    char *outcome;
    char *format;        /* pdf | xml | text */
    GPtrArray *articles; /* char*: provision keys the document contains or cites */
    GPtrArray *units;    /* zs_unit*, in document order */
    int focus;           /* index into units of the unit asked for, -1 if a document id was asked */
    char *access;        /* public | restricted | sealed */
    /* "masked": names, РД, phone numbers and addresses were replaced for this
     * (public) reader; "full": the full text of a document public readers
     * see masked; NULL: a document that is not masked (schema.h, ZS_P_MASK). */
    char *mask;
    /* Filled only by zs_document_load_citations (citations.h), else NULL. */
    GPtrArray *cites;    /* zs_link*: what the document cites, resolved */
    GPtrArray *cited_by; /* zs_citations*: per provision it holds (or its own
                          * decision number), the documents citing it */
    /* A statute's currency, from its notes: changes to the act as a whole
     * (zs_amendment*), the date of its last change and how many changes
     * its notes record in all (NULL and 0 for other documents). */
    GPtrArray *act_amendments;
    char *amended_to;
    unsigned changes;
} zs_document;

/* Fetches a document by document id or unit id (the unit's document is
 * returned with `focus` set).  ZS_ERROR_NOT_FOUND when there is none, or
 * when its access level is not among `access` (NULL: all levels). */
zs_document *zs_get_document(zs_engine *engine, const char *id, GError **error);
zs_document *zs_get_document_as(zs_engine *engine, const char *id, const char *const *access, GError **error);
/* The same, with the document's own fields and its first unit only (no
 * `focus`): for what needs to know a document, not read it. */
zs_document *zs_get_document_head_as(zs_engine *engine, const char *id, const char *const *access, GError **error);
void zs_document_free(zs_document *doc);
char *zs_document_to_json(const zs_document *doc, bool pretty);

/* Absolute path of a document's original file, or NULL if its source root is
 * unknown or the path would leave it. */
char *zs_document_file(zs_engine *engine, const zs_document *doc);
/* Opens a document's original file (zs_document_file) for reading, and
 * returns the descriptor, its absolute path in `*path` (owned) and its
 * fstat in `*st`, only when it is still the file that was indexed: a
 * regular file whose size and mtime (and inode, when the index recorded
 * one) are those of its manifest record.  Otherwise -1 and
 * ZS_ERROR_NOT_FOUND, with a message for the operator: no such file, or
 * "changed since it was indexed" (a file replaced by a hard link to another
 * one keeps its path and passes every path check). */
int zs_document_open_file(zs_engine *engine, const zs_document *doc, char **path, struct stat *st, GError **error);

/* Marks the words of a query wherever they occur in a text, inflected
 * forms included (the document viewer's "every match marked").  NULL when
 * `query` is empty or malformed (the search reports why).  Borrows the
 * engine's analyzer: free the marker before the engine. */
typedef struct zs_marker zs_marker;
zs_marker *zs_marker_new(zs_engine *engine, const char *query);
/* HTML: the text escaped, each match in <mark>…</mark>.  A new string. */
char *zs_marker_mark(zs_marker *marker, const char *text);
void zs_marker_free(zs_marker *marker);

/* The query in the other alphabet, for a "try the other alphabet" link
 * when it found nothing: Latin-typed Mongolian spelt in Cyrillic as the
 * analyzer reads it ("shuukh" -> "шуух"), or Cyrillic romanised as people
 * type it; AND, OR, NOT and field:value words kept.  NULL when the query
 * has letters of both alphabets or of neither.  A new string. */
char *zs_other_alphabet(const char *query);

typedef struct zs_stats {
    unsigned documents;
    unsigned units;
    GPtrArray *facets;   /* zs_facet*: type, lang, year over all documents */
    GPtrArray *failures; /* char* "path\treason" */
    char *last_run;      /* summary of the last index run, or NULL */
    /* Queries ask for the glossary's phrases as single terms: every part
     * was indexed with the glossary this reader loaded (glossary.h). */
    bool phrase_terms;
    char *config_dir; /* the corpus-config folder this reader loaded, or NULL */
} zs_stats;

zs_stats *zs_get_stats(zs_engine *engine, GError **error);
void zs_stats_free(zs_stats *stats);
char *zs_stats_to_json(const zs_stats *stats, bool pretty);

#endif
