/* zx.h — the C API over Xapian (the shim).  The only C++ in Zaalt lives
 * behind this header, in the .cc files of shim/: zx_parts.cc and zx_db.cc
 * (a reader's parts; reading and writing a database), zx_doc.cc,
 * zx_query.cc, zx_stem.cc, zx_facets.cc (facet counting) and zx_search.cc
 * (the search and its counting thread).  What they share is in
 * zx_internal.hh and zx_facets.hh, which only shim/ includes.
 *
 * Conventions: opaque handles; every function that can fail returns a
 * zx_status and, when `errmsg` is not NULL, stores a g_malloc'd message the
 * caller frees; no C++ exception ever crosses into C.  Strings returned are
 * g_malloc'd unless documented as borrowed.  The shim keeps no process
 * state: what handles share (zx_tables) is an object their opener owns.
 *
 * Not for: term generation or query syntax (core/analysis.c, query.c), or
 * deciding who may search what (core/access.c decides; the shim reports a
 * remote part's facts to the opener's zx_part_admit_fn).
 */
#ifndef ZAALT_ZX_H
#define ZAALT_ZX_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    ZX_OK = 0,
    ZX_NOT_FOUND = -1, /* no such term/document/database */
    ZX_LOCKED = -2,    /* another writer holds the database */
    ZX_CORRUPT = -3,   /* database damaged or of an unknown format */
    ZX_MODIFIED = -4,  /* the revision read was overwritten: refresh and retry */
    ZX_ERROR = -5,     /* anything else Xapian reported */
} zx_status;

typedef struct zx_db zx_db;
typedef struct zx_doc zx_doc;
typedef struct zx_query zx_query;
typedef struct zx_result zx_result;
typedef struct zx_stemmer zx_stemmer;

/* ---- databases ---- */

/* Facet tables shared between handles: a search that counts facets over
 * local databases builds, for each of them once per revision and set of
 * facet specs, arrays of every unit's values (zx_facets.cc); handles opened with
 * the same zx_tables use the same arrays.  It also counts the searches
 * counting over its tables now, so that a search takes a second core only
 * while fewer than the cores are.  Safe to share between threads.
 * zx_tables_free drops the caller's hold: the handles opened with it keep
 * it until they close. */
typedef struct zx_tables zx_tables;
zx_tables *zx_tables_new(void);
void zx_tables_free(zx_tables *tables);
/* How many facet tables were built through it so far. */
unsigned zx_tables_built(const zx_tables *tables);

/* What the shim learns of a remote part when it connects, for the opener's
 * zx_part_admit_fn: the value the part records under
 * zx_open_opts.fact_key ("" when none), and per term of
 * zx_open_opts.probe_terms, in order, whether any document carries it. */
typedef struct zx_part_facts {
    const char *name; /* as given to zx_db_open_parts */
    const char *recorded;
    const bool *holds;
    size_t n_holds;
} zx_part_facts;
typedef enum {
    ZX_ADMIT_SEARCH, /* searched with the other parts */
    ZX_ADMIT_HIDE,   /* closed at once, never searched, not reported missing */
    ZX_ADMIT_REFUSE, /* opening fails with ZX_CORRUPT and *why; on a later
                      * reconnection, the part stays missing */
} zx_admission;
/* Decides whether a remote part is searched; on ZX_ADMIT_REFUSE, sets *why
 * to a g_malloc'd reason.  Called whenever a remote part (re)connects, on
 * the thread of the call that reconnects it. */
typedef zx_admission (*zx_part_admit_fn)(const zx_part_facts *facts, void *user, char **why);

/* How zx_db_open_parts opens its parts; every field may be zero. */
typedef struct zx_open_opts {
    /* Every part must hold `schema_value` under `schema_key`. */
    const char *schema_key;
    const char *schema_value;
    /* Each remote part is asked `fact_key` and `probe_terms` (NULL-
     * terminated) and searched only when admit(…, admit_user, …) says so;
     * without `admit`, every remote part is searched.  `admit_user` must
     * live as long as the handle. */
    const char *fact_key;
    const char *const *probe_terms;
    zx_part_admit_fn admit;
    void *admit_user;
    /* Facet tables to share with other handles (held until zx_db_close);
     * NULL: the handle's own. */
    zx_tables *tables;
} zx_open_opts;
/* Opens databases read-only, searched as one (Xapian multi-database),
 * each a local path or "tcp://HOST:PORT" (a database served by
 * xapian-tcpsrv); `opts` may be NULL.  A remote part that does not
 * answer is not an error: it is left out, reported by
 * zx_db_missing_parts, and reconnected by later calls at most every few
 * seconds; one that stops answering during a call is dropped and the call
 * runs again over the rest.  ZX_CORRUPT for a part of another schema or a
 * remote part the admission callback refuses; ZX_NOT_FOUND when a path has
 * no database. */
zx_status zx_db_open_parts(const char *const *names, size_t n, const zx_open_opts *opts, zx_db **out, char **errmsg);
/* The facet tables a reader shares (borrowed); NULL for a writer. */
zx_tables *zx_db_tables(zx_db *db);
/* Names of the parts not answering now, NULL-terminated (g_strfreev). */
char **zx_db_missing_parts(zx_db *db);
/* Opens (creating if needed) a database for writing.  ZX_LOCKED when another
 * writer holds it. */
zx_status zx_db_open_write(const char *path, zx_db **out, char **errmsg);
/* The same, but every change waits in a transaction until zx_db_commit, and
 * closing drops what was not committed (a plain writer's close commits it,
 * as Xapian 1.4 does: after a failed write, that commit may be the one
 * that fails worst). */
zx_status zx_db_open_write_batched(const char *path, zx_db **out, char **errmsg);
/* Closes; a writer's pending changes are committed, a batched writer's
 * dropped. */
void zx_db_close(zx_db *db);
/* Writes a compacted copy of the local database at `src` to the new folder
 * `dst` (Xapian's full compaction: blocks packed, document ids kept, user
 * metadata, synonyms and spellings copied), whose revision is one past
 * the source's, so a reader of the source sees the copy as newer when it
 * reopens.  `src` is only read; the caller keeps writers away.
 * ZX_NOT_FOUND when `src` has no database. */
zx_status zx_db_compact(const char *src, const char *dst, char **errmsg);
/* Decides the value of a metadata key that several databases of one
 * zx_db_merge hold (`values`, n of them, in the order of the sources):
 * returns the merged value (g_malloc'd; "" drops the key), or NULL with
 * *why (g_malloc'd) saying why the merge must not go on. */
typedef char *(*zx_merge_meta_fn)(const char *key, size_t n, const char *const *values, char **why, void *user);
/* Writes into the new folder `dst` the `n` local databases `srcs` as one
 * (Xapian's full compaction in 32 KB blocks, as zx_db_compact; each
 * source's documents renumbered after the previous one's, in order;
 * spellings and synonyms added up), with `fn` deciding every metadata key
 * held by more than one source.  The sources are only read; the caller
 * keeps writers away.  ZX_ERROR with fn's reason when it refuses a key;
 * `dst` is then left as Xapian left it, for the caller to remove. */
zx_status zx_db_merge(const char *const *srcs, size_t n, const char *dst, zx_merge_meta_fn fn, void *user,
                      char **errmsg);
/* Re-opens at the latest committed revision; *changed says whether it moved. */
zx_status zx_db_reopen(zx_db *db, bool *changed, char **errmsg);

unsigned zx_db_doccount(zx_db *db);
unsigned zx_db_termfreq(zx_db *db, const char *term);
/* NULL if absent. */
char *zx_db_get_metadata(zx_db *db, const char *key);
zx_status zx_db_set_metadata(zx_db *db, const char *key, const char *value, char **errmsg);
/* Whether every part searched now holds `value` under `key` (a multi-
 * database's zx_db_get_metadata answers from its first part only).  The
 * answer is kept until the parts or their revisions change.  False for a
 * writer or when no part answers. */
bool zx_db_parts_agree(zx_db *db, const char *key, const char *value);
/* Calls fn(key, value) for every metadata key starting with prefix. */
typedef void (*zx_kv_fn)(const char *key, const char *value, void *user);
zx_status zx_db_metadata_each(zx_db *db, const char *prefix, zx_kv_fn fn, void *user, char **errmsg);
/* Calls fn(term, termfreq) for every term starting with prefix. */
typedef void (*zx_term_fn)(const char *term, unsigned freq, void *user);
zx_status zx_db_terms_each(zx_db *db, const char *prefix, zx_term_fn fn, void *user, char **errmsg);
/* Calls fn(term, termfreq) for every term that does not begin with an ASCII
 * capital, i.e. with no schema prefix (schema.h), jumping over the prefixed
 * ranges instead of visiting them. */
zx_status zx_db_unprefixed_terms_each(zx_db *db, zx_term_fn fn, void *user, char **errmsg);

/* Data of every document indexed by `term` (e.g. all units of a document),
 * ordered by the value in `sort_slot` (-1: docid order).  fn gets the data
 * bytes, valid during the call only. */
typedef void (*zx_data_fn)(const char *data, size_t len, void *user);
zx_status zx_db_data_by_term(zx_db *db, const char *term, int sort_slot, zx_data_fn fn, void *user, char **errmsg);

/* Relevance feedback: the `max` terms starting with `prefix` that best tell
 * the documents indexed by `term` apart from the rest (Xapian's ESet), best
 * first, as fn(term, weight), from the first thousand such documents.
 * Nothing when no document has `term`. */
typedef void (*zx_expand_fn)(const char *term, double weight, void *user);
zx_status zx_db_expand(zx_db *db, const char *term, const char *prefix, unsigned max, zx_expand_fn fn, void *user,
                       char **errmsg);

/* Writers. */
zx_status zx_db_replace(zx_db *db, const char *unique_term, zx_doc *doc, char **errmsg);
zx_status zx_db_delete(zx_db *db, const char *term, char **errmsg);
zx_status zx_db_commit(zx_db *db, char **errmsg);
/* Spelling dictionary and synonyms (writers). */
zx_status zx_db_add_spelling(zx_db *db, const char *word, unsigned freq, char **errmsg);
zx_status zx_db_add_synonym(zx_db *db, const char *term, const char *synonym, char **errmsg);

/* ---- documents under construction ---- */
zx_doc *zx_doc_new(void);
void zx_doc_free(zx_doc *doc);
void zx_doc_add_term(zx_doc *doc, const char *term, unsigned wdf);
void zx_doc_add_posting(zx_doc *doc, const char *term, unsigned pos, unsigned wdf);
void zx_doc_add_boolean(zx_doc *doc, const char *term);
void zx_doc_set_value(zx_doc *doc, unsigned slot, const char *value, size_t len);
/* A value set on a document under construction (or read back by
 * zx_doc_unserialise); NULL when unset.  Free with g_free. */
char *zx_doc_get_value(const zx_doc *doc, unsigned slot);
/* Sets `dest_slot` to the value of `key_slot` followed by the values of
 * `slots` (already set), tagged by slot, in one string: what
 * zx_search_opts.facets_packed counts facets from. */
void zx_doc_pack_values(zx_doc *doc, unsigned dest_slot, unsigned key_slot, const unsigned *slots, size_t n);
void zx_doc_set_data(zx_doc *doc, const void *data, size_t len);
/* The whole document (terms, positions, values, data) as bytes, so that a
 * worker process can build it and the writer add it: malloc'd, *len set;
 * NULL on failure.  zx_doc_unserialise() reads them back; NULL (and
 * *errmsg) for bytes that are not a serialised document. */
char *zx_doc_serialise(const zx_doc *doc, size_t *len);
zx_doc *zx_doc_unserialise(const void *data, size_t len, char **errmsg);

/* ---- queries: immutable trees; constructors take ownership of children ---- */
typedef enum { ZX_OP_AND, ZX_OP_OR, ZX_OP_AND_NOT, ZX_OP_FILTER, ZX_OP_AND_MAYBE, ZX_OP_SYNONYM } zx_op;

zx_query *zx_query_term(const char *term, unsigned wqf, unsigned pos);
zx_query *zx_query_all(void);
zx_query *zx_query_none(void);
/* Combines `n` subqueries (owned) with `op`; ZX_OP_AND_NOT: first AND NOT rest. */
zx_query *zx_query_combine(zx_op op, zx_query **subs, size_t n);
/* Terms at consecutive positions; window 0 means n. */
zx_query *zx_query_phrase(zx_query **subs, size_t n, unsigned window);
/* Terms in any order within a span of `window` positions (Xapian's
 * OP_NEAR).  Each sub must be a term or an OR of terms (Xapian 1.4 takes
 * no other); anything else gives a query matching nothing. */
zx_query *zx_query_near(zx_query **subs, size_t n, unsigned window);
zx_query *zx_query_scale(zx_query *q, double factor);
/* Documents whose value in slot lies in [lo, hi] (NULL: open end). */
zx_query *zx_query_value_range(unsigned slot, const char *lo, const char *hi);
zx_query *zx_query_copy(const zx_query *q);
void zx_query_free(zx_query *q);
bool zx_query_is_empty(const zx_query *q);
char *zx_query_describe(const zx_query *q);

/* ---- search ---- */
typedef struct zx_facet_spec {
    unsigned slot;
    bool multi;            /* value holds '\n'-separated values */
    bool same_in_document; /* every unit of a document has the same value:
                            * read at its first matching unit only */
} zx_facet_spec;

typedef struct zx_search_opts {
    unsigned offset, limit;
    int collapse_slot; /* -1: none */
    int sort_slot;     /* -1: relevance; else by value, then relevance */
    bool sort_reverse; /* descending value order */
    const zx_facet_spec *facets;
    size_t n_facets;
    bool exact_counts; /* examine every match: exact totals and facets */
    /* Over remote parts, count facets from the slot zx_doc_pack_values
     * filled (keyed by the collapse value); without it, no facets there. */
    bool facets_packed;
    unsigned facet_pack_slot;
    /* Relevance ties go by the collapse value, not by docid: the same
     * order whichever way the documents are split into databases. */
    bool ties_by_collapse_key;
    /* Count on the caller's thread even when a core is free (by default a
     * search over one local part counts its matches on a second thread
     * while it ranks them; tests compare both ways). */
    bool count_on_caller;
    /* Relevance ties read each match's collapse value from the database,
     * not from the facet table (by default a search whose one part has a
     * table takes the values from it; tests compare both ways). */
    bool ties_from_values;
    /* No document has units this query matches in two parts (the levels
     * of one index folder: the indexer keeps a document in one level, and
     * a masked document's two copies are never both matched): the parts
     * may then be counted one by one and the counts summed.  Without it, a
     * reader of several parts with documents reads every unit's values. */
    bool parts_disjoint;
} zx_search_opts;

/* Runs `q`.  With a collapse slot, the total and facets count distinct
 * collapse values (documents), each once. */
zx_status zx_search(zx_db *db, const zx_query *q, const zx_search_opts *opts, zx_result **out, char **errmsg);
void zx_result_free(zx_result *r);
unsigned zx_result_total(const zx_result *r);
size_t zx_result_size(const zx_result *r);
/* Borrowed, valid until zx_result_free. */
const char *zx_result_data(const zx_result *r, size_t i, size_t *len);
int zx_result_percent(const zx_result *r, size_t i);
double zx_result_weight(const zx_result *r, size_t i);
/* Hit i's value in `slot`: malloc'd (free()), NULL when it has none. */
char *zx_result_value(const zx_result *r, size_t i, unsigned slot);
unsigned zx_result_collapse_count(const zx_result *r, size_t i);
/* Facet k's values: count pairs, unsorted. */
size_t zx_result_facet_size(const zx_result *r, size_t k);
const char *zx_result_facet_value(const zx_result *r, size_t k, size_t j, unsigned *count);

/* ---- stemmers ---- */
/* A Snowball stemmer by language name ("english"); NULL if unknown. */
zx_stemmer *zx_stemmer_new(const char *language);
void zx_stemmer_free(zx_stemmer *s);
char *zx_stemmer_stem(zx_stemmer *s, const char *word);

/* Spelling suggestion for one word from the database's spelling table, or NULL. */
char *zx_db_spelling_suggestion(zx_db *db, const char *word, unsigned max_edit);

#ifdef __cplusplus
}
#endif
#endif
