/* citations.h — the citation graph read back from the index: which
 * documents cite a provision or a decision, and what a document cites,
 * resolved to the indexed units and documents a viewer can link to.
 *
 * Built on the terms citeterms.c writes (XR cites, XN decision numbers, XP
 * provisions and their parts, XW laws), so every answer is a few term
 * lookups.  Counts are of documents, never of references.
 *
 * Not for: finding references in text (provision.h) or ranking (search.h).
 */
#ifndef ZAALT_CITATIONS_H
#define ZAALT_CITATIONS_H

#include <glib.h>

#include "search/search.h"

/* One document citing a key. */
typedef struct zs_citing {
    char *doc; /* document id */
    char *title;
    char *type;        /* decision | code | … */
    char *date;        /* YYYY-MM-DD or NULL */
    char *case_number; /* the citing decision's number, or NULL */
    char *court;
    char *path;
    unsigned units; /* units of this document that cite the key */
} zs_citing;

typedef struct zs_citations {
    char *key;          /* the canonical key looked up */
    char *predecessor_of; /* for a 2002 Code article looked up as the
                           * predecessor of a 2015 one (the concordance):
                           * that 2015 key ("13.1"); else NULL */
    gboolean uncertain;   /* ...and the concordance marks the row uncertain */
    unsigned documents; /* documents citing it, each counted once */
    GPtrArray *citing;  /* zs_citing*, newest first (undated last), at most `limit` */
} zs_citations;

/* Documents whose units cite `key` (any spelling zp_parse_query_ref
 * accepts, or a canonical key: "13.1", "Art. 13.1(2)", "2024/ШЦТ/67",
 * "ЭХХШТХ:36.1").  A key matches references to it and to anything below it:
 * "13.1" finds decisions citing 13.1.2.1.  `access`: levels the caller may
 * see (NULL: all).  `limit` 0 means 100.  Returns NULL with ZS_ERROR_FILTER
 * for a key that is not a reference, ZS_ERROR_DB when the index fails. */
zs_citations *zs_cited_by(zs_engine *engine, const char *key, const char *const *access, unsigned limit,
                          GError **error);
/* As zs_cited_by, for another law's provision (`key` "БТХ:8") of the law
 * whose name's mark is `mark` (zp_law_mark; NULL: of any law of the
 * acronym): the citations that named that law, or named no law but its
 * acronym.  A law's own citations of itself count when they name it ("энэ
 * хуулийн": the indexer gives them its title's mark). */
zs_citations *zs_cited_by_law(zs_engine *engine, const char *key, const char *mark, const char *const *access,
                              unsigned limit, GError **error);
/* Whether `doc` is a statute of another law than the Criminal Codes, whose
 * provisions are cited by its acronym ("БТХ:8"). */
gboolean zs_document_of_other_law(const zs_document *doc);

/* What cites the provision `provision` ("8", as zs_unit.provision) of the
 * statute `doc`: of the Criminal Code, zs_cited_by; of another law, the
 * citations that named that law (zs_cited_by_law with its key and its
 * title's mark), and an inserted article's number printed flat when the
 * law has no article of it.  Only documents of `type` ("decision"), when
 * it is not NULL. */
zs_citations *zs_cited_by_provision(zs_engine *engine, const zs_document *doc, const char *provision, const char *type,
                                    const char *const *access, unsigned limit, GError **error);
void zs_citations_free(zs_citations *c);

/* A 2002 Criminal Code article that a 2015 provision replaced. */
typedef struct zs_predecessor {
    char *key;          /* "2002:113" */
    gboolean uncertain; /* the concordance marks the correspondence unverified */
} zs_predecessor;

/* The 2002 Code's articles that the 2015 Criminal Code provision `key`
 * ("13.1", "13.1.2") replaced, from the concordance; empty for another
 * law's key or a decision number.  Frees its elements. */
GPtrArray *zs_predecessors(zs_engine *engine, const char *key);

/* One thing a document cites, and where it is in the index. */
typedef struct zs_link {
    char *key;        /* canonical key as cited: "13.1.2", "2024/ШЦТ/67", "2002:113" */
    char *target;     /* unit id to link to (the article unit; the decision's first
                          * unit), or NULL when the index does not hold it */
    char *target_doc; /* its document id, or NULL */
    char *label;      /* the target's label ("13.1 дүгээр зүйл. Хүн худалдаалах")
                          * or title, or NULL */
    char *via;        /* for a 2002 Code key resolved through the concordance:
                          * the 2015 key it was taken to ("13.1"); else NULL */
    gboolean within;  /* the key is this document's own (a code's cross-reference
                          * to another of its articles): no target, though indexed */
    char *status;      /* the target's: "in_force" | "repealed" (a statute's), or NULL;
                          * "repealed" too when the key names a repealed part of it */
    char *repealed_on; /* when, or NULL */
    gboolean part;     /* the repeal is of the part the key names, not the unit */
} zs_link;

/* Everything the units of document `doc_id` cite, each key once in text
 * order, with its link target: a provision resolves to the article unit of
 * its law in force (XP<key> of law XW; the 2015 Criminal Code for
 * unqualified keys, the 2002 Code's through the concordance), a decision
 * number to the decision with that number (XN).  A document does not link
 * to itself.  ZS_ERROR_NOT_FOUND when there is no such document (or it is
 * not among `access`). */
GPtrArray *zs_cites(zs_engine *engine, const char *doc_id, const char *const *access, GError **error);
void zs_link_free(zs_link *link);
/* One canonical key (a provision's or a decision's number) resolved as
 * zs_cites resolves each: target, label and status; a link without a
 * target when the index does not hold it.  Never NULL. */
zs_link *zs_link_resolve(zs_engine *engine, const char *key, const char *const *access);

/* The statute of the index a repeal's note names (`note`: "НОГООН
 * БАЙГУУЛАМЖИЙН ТУХАЙ (2023-03-02)", "… Хөдөлмөрийн тухай хууль … хүчингүй
 * болсон"): a code of `access` whose title is written in the note, other
 * than `self` (the repealed document's id), adopted no later than `on`
 * (the repeal's day, may be NULL) and, when it has the repealed law's own
 * title `self_title`, after `self_date` (the law that replaced it, not
 * itself).  The longest title written wins, then one whose adoption day
 * the note gives, then the latest.  One search of the index's statutes
 * (the first 500), asked only when the note may name a law by its title
 * ("… тухай", a genitive before хууль), not of "the law of DAY" alone.
 * A link (target and target_doc its document id, label its title, key its
 * adoption day or NULL), or NULL when the index holds none. */
zs_link *zs_law_named(zs_engine *engine, const char *note, const char *self, const char *self_title,
                      const char *self_date, const char *on, const char *const *access);

/* Fills doc->cites and doc->cited_by for `zaalt show` and /api/doc: what
 * the document cites, and who cites its provisions (the focused unit's, or
 * every article's) or its own decision number; all under `access`.  A 2015
 * Criminal Code article is followed by who cites its 2002 predecessors
 * (zp_concordance_2002), marked `predecessor_of`: the case law of the
 * years before 2017 applied those. */
void zs_document_load_citations(zs_engine *engine, zs_document *doc, const char *const *access);

/* An inserted provision's key as the statute sets it ("13.1^1" is 13.1¹),
 * and the digit a superscript character stands for (-1: none): the legal
 * and core layers' own (zp_key_display, az_superscript_value), for the
 * web, which may not use them. */
char *zs_provision_display(const char *key);
int zs_superscript_digit(gunichar c);

#endif
