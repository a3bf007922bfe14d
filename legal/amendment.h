/* amendment.h — the editorial notes of Mongolian statutes read as legal
 * facts: "/Энэ хэсгийг 2017 оны 5 дугаар сарын 11-ний өдрийн хуулиар
 * хүчингүй болсонд тооцсон/" is a repeal of the part above it, dated
 * 2017-05-11.  A note names what it is about (the act, a chapter, the
 * article, the part, point or sub-point above it, or ones it numbers), the
 * dated changes made to it (added, amended, restated, repealed, in the
 * order written) and whether the change touched the whole of it or only
 * words, a heading or a number of it (then it is an amendment, whatever
 * the verb).
 *
 * Also the history a unit keeps (zr_amendment, core/record.h): its status
 * and the index terms of its status and amendment dates.
 *
 * Not for: which unit of a document a note is about (indexer/amendments.c
 * knows the document's structure), or searching (search/filter.c).
 */
#ifndef ZAALT_AMENDMENT_H
#define ZAALT_AMENDMENT_H

#include <glib.h>
#include <stdbool.h>

#include "core/record.h"
#include "shim/zx.h"

typedef enum {
    ZL_CHANGE_NONE = 0,
    ZL_CHANGE_ADDED,
    ZL_CHANGE_AMENDED,
    ZL_CHANGE_RESTATED,
    ZL_CHANGE_REPEALED,
    /* Its application suspended for a time ("… үйлчлэлийг … хүртэл
     * түдгэлзүүлсэн"): no repeal, and no change of wording. */
    ZL_CHANGE_SUSPENDED,
    /* The unit's number changed: the number a repealed provision left is
     * another's now (a note on the number, or indexer/amendments.c finding
     * two parts of one number). */
    ZL_CHANGE_RENUMBERED,
    /* Its time ran out: a unit added to apply only until a day ("…
     * нэмсэн бөгөөд 2019 оны 01 дүгээр сарын 01-ний өдөр хүртэл хугацаанд
     * дагаж мөрдөхөөр заасан") is no law in force from that day, as if
     * repealed on it (zl_deciding_repeal), though no law repealed it. */
    ZL_CHANGE_EXPIRED,
    /* A suspension's end: the unit applies again from that day ("… 2030
     * оны 1 дүгээр сарын 1-ний өдөр хүртэл түдгэлзүүлсэн"). */
    ZL_CHANGE_RESUMED,
} zl_change;
#define ZL_CHANGE_LAST ZL_CHANGE_RESUMED

/* "added", "amended", "restated", "repealed", "suspended", "renumbered",
 * "expired", "resumed" (NULL for NONE), and back (ZL_CHANGE_NONE for
 * anything else). */
const char *zl_change_name(zl_change change);
zl_change zl_change_from_name(const char *name);

/* What a note is about, from the largest to the smallest.  ITEM: the
 * numbered item above the note, whatever its depth (a note that names a
 * sentence or a paragraph of it, or nothing at all). */
typedef enum {
    ZL_SCOPE_ITEM = 0,
    ZL_SCOPE_ACT,
    ZL_SCOPE_CHAPTER,
    ZL_SCOPE_ARTICLE,
    ZL_SCOPE_PART,
    ZL_SCOPE_POINT,
    ZL_SCOPE_SUBPOINT,
} zl_scope;

/* "item", "act", "chapter", "article", "part", "point", "subpoint". */
const char *zl_scope_name(zl_scope scope);

/* What the clause a change was read from is about, when a note has
 * several that name their unit each ("Энэ хэсгийн дугаарыг 2002 …
 * өөрчилсөн, энэ хэсгийг 2015 … хүчингүй болсонд тооцсон": the number
 * changed, then the whole part repealed).  ZL_CLAUSE_NOTE: as the note
 * says (zl_note.whole, .number). */
typedef enum {
    ZL_CLAUSE_NOTE = 0,
    ZL_CLAUSE_WHOLE,  /* the unit as a whole */
    ZL_CLAUSE_WORDS,  /* words, a heading or a sentence of it */
    ZL_CLAUSE_NUMBER, /* its number only */
} zl_clause;

typedef struct zl_event {
    char date[11];    /* YYYY-MM-DD; YYYY-MM or YYYY when the note names no more;
                       * "" when it names none ("/Шинэчилсэн найруулга/") */
    zl_change change; /* as the verb says; see zl_note.whole */
    char made[11];    /* the day of the law that made it, when the change
                       * applies from another ("… хуулиар нэмсэн бөгөөд
                       * 2027 … өдрөөс эхлэн дагаж мөрдөнө"); else "" */
    zl_clause clause; /* what its own clause says it changed */
    int at;           /* where in the note (blanked) its verb or date stands */
} zl_event;

typedef struct zl_note {
    int start, end; /* bytes of the note in the text, slashes included */
    zl_scope scope;
    /* The change is to the unit as a whole ("Энэ хэсгийг … хүчингүй …"),
     * not to words, the heading or the number of it ("Энэ хэсгийн “…”
     * гэснийг …", "Энэ зүйлийн гарчигт …"): those are amendments. */
    bool whole;
    GPtrArray *refs; /* char*: numbers the note names ("4", "3.1.12" …
                      * ranges written "3.1.12-3.1.16" expanded), in order;
                      * empty: the unit above the note */
    GArray *events;  /* zl_event, in the order written; empty: a note that
                      * states no change (an effective date, a veto) */
    char *text;      /* the note as written, without its slashes, one line */
    /* It names a change made by a law, but no date the reader can read
     * ("2014 оны оны …" once was one): its events' dates are "". */
    bool undated;
    /* The unit kept only as a marker of its repeal ("6 дугаар
     * зүйл./Хүчингүй/", "[Repealed]"): undated, and what the text is now,
     * so it comes after every dated change of the unit. */
    bool gone;
    /* About the unit's number only ("Энэ хэсгийн дугаарыг … өөрчилсөн"):
     * the number is another provision's now (ZL_CHANGE_RENUMBERED). */
    bool number;
    /* About the Тайлбар (explanatory note) of the article ("Энэ зүйлийн
     * тайлбарыг …"), not the article: scope ZL_SCOPE_ARTICLE, `whole`
     * when the whole Тайлбар changed. */
    bool explanation;
} zl_note;

/* The key an article's Тайлбар is known by among its parts and in its
 * history: "17.3 Тайлбар" (new).  No number is like it, so it is never
 * taken for a part, a point or the article's own. */
char *zl_explanation_key(const char *provision);

/* The key of one occurrence of a number a unit's text gives to more than
 * one part ("16.3 … /Энэ хэсгийг … хүчингүй …/ 16.3 …": the consolidated
 * text keeps a repealed part's number and words, and numbers the part
 * that took its place the same).  Each occurrence has its own history
 * and status, so one of them keeps the number as its key (the one in
 * force: what a reference to 16.3 means) and each other is keyed with
 * its place among them after a '#': "16.3#1" (new), its points under it
 * ("16.3#1.2"), so that a part's repeal takes its own points only.  No
 * number holds a '#'. */
char *zl_occurrence_key(const char *key, int occurrence);
/* The number a key stands for, as the text writes it: "16.3#1.2" ->
 * "16.3.2" (new; a copy of any other key).  What readers show and cite. */
char *zl_part_number(const char *key);

/* The compiled patterns; one per thread (a worker, a bench). */
typedef struct zl_reader zl_reader;
zl_reader *zl_reader_new(void);
void zl_reader_free(zl_reader *reader);

/* Every note in `text`, in text order (zl_note*; free with the array).  A
 * note is text between slashes (or from a slash to the end of its line, or
 * of one of the next six when it is wrapped), or in brackets when it
 * opens in words, that starts as notes do ("Энэ", "Дээрх", a number, the
 * Constitutional Court, "Шинэчилсэн найруулга", "This …", "Repealed …")
 * and names a date and a change, or an effective date or a veto, or a
 * change by a law on a day it cannot read; quotations inside it are not
 * read for dates or verbs, and a note followed by "гэсэн" is quoted by the
 * text, no note. */
GPtrArray *zl_find_notes(zl_reader *reader, const char *text);
void zl_note_free(zl_note *note);

/* The events a note's verbs mean for the unit it is about: the verb's
 * change when `whole`, as the event's own clause says or else the note
 * (a suspension and its end always),
 * ZL_CHANGE_RENUMBERED for its number, else ZL_CHANGE_AMENDED (words that
 * applied until a day are an amendment on that day, no expiry). */
zl_change zl_effective_change(const zl_note *note, const zl_event *event);

/* ---- A unit's history --------------------------------------------------- */

/* Appends a change to a unit's history (`part` NULL: the unit itself). */
void zl_unit_add_amendment(zr_unit *unit, const char *date, zl_change change, const char *part, const char *note);
/* Sorts a history oldest first; changes of one day keep the order written,
 * and a date of a year (or month) only sorts before the days of it. */
void zl_sort_history(GPtrArray *amendments);
/* The last change to `part` (NULL: to the unit itself) in a sorted
 * history, or NULL. */
const zr_amendment *zl_last_change(const GPtrArray *amendments, const char *part);
/* Every reading below that depends on the day takes it as `today`: the
 * day the law is read as of, "YYYY-MM-DD" (a search for the law of a day,
 * inforce:2020-01-01, reads the histories as they stood then, by the same
 * rules as today's), or NULL for the clock's today (UTC), as the indexer
 * reads them.  A change dated after `today` has not taken effect. */

/* The repeal that decides the status of `part` (NULL: the unit itself)
 * in a sorted history: its last repeal that no later restatement or
 * addition of it undid, nor another provision taking its number
 * (ZL_CHANGE_RENUMBERED).  An expiry (ZL_CHANGE_EXPIRED) decides as a
 * repeal does.  A plain amendment after a repeal does not bring
 * the part back (words changed in a part that is gone, or a change made
 * before the repeal took effect).  `in_effect`: only changes whose day has
 * passed by `today` count.  NULL when there is none. */
const zr_amendment *zl_deciding_repeal(const GPtrArray *history, const char *part, bool in_effect, const char *today);
/* Whether `part` of `unit` is repealed (zl_deciding_repeal, in effect);
 * sets *on to the repeal's date (borrowed) when it is. */
bool zl_part_repealed(const zr_unit *unit, const char *part, const char **on, const char *today);

/* Whether every part of an article at its first level (13.1, 13.2, not
 * their points) is repealed by `today` (zl_part_repealed): the article is
 * then repealed though no note repeals it, on the latest of those days
 * (*on, borrowed, may be NULL).  False for a unit with no parts.  Read as
 * of the day asked, as every rule here: on a day before the last of those
 * repeals the article was law. */
bool zl_every_part_repealed(const zr_unit *unit, const char **on, const char *today);

/* Whether `part` has a repeal in effect (zl_deciding_repeal), or a part
 * holding it has one ("25.3" repealed takes 25.3.1-25.3.4 with it) since
 * which `part` was not written anew, that no later restatement of a part
 * holding it, or of the unit, undid; *on (may be NULL) gets its day.
 * zl_part_repealed asks it of a unit's history. */
bool zl_history_repealed(const GPtrArray *history, const char *part, const char **on, const char *today);

/* Whether `part` (or a part holding it) is not law yet: a sorted history
 * adds it on a day still to come ("… нэмсэн бөгөөд 2027 оны 7 дугаар
 * сарын 1-ний өдрөөс эхлэн дагаж мөрдөнө", or the law's own sentence
 * applying it from that day after a restatement), with no repeal of it
 * before that addition.
 * *from (may be NULL) gets that day.  Such a part is neither in force nor
 * repealed: zl_text_in_force leaves it out until its day. */
bool zl_history_pending(const GPtrArray *history, const char *part, const char **from, const char *today);

/* Whether `part` (NULL: the unit itself), a part holding it, or the unit
 * is suspended on `today`: a suspension whose day has come and no
 * resumption (ZL_CHANGE_RESUMED) whose day has come after it.  *until (may
 * be NULL) gets the day it applies again when a resumption is dated ahead,
 * else NULL (suspended with no end said).  A suspended part is still law,
 * neither repealed nor in force as plain law: its readers say so. */
bool zl_history_suspended(const GPtrArray *history, const char *part, const char **until, const char *today);

/* Whether `date` (YYYY, YYYY-MM or YYYY-MM-DD) is `today` or before: a
 * repeal dated later leaves its provision in force until then.  A pure
 * comparison of the two (a year or a month by its own length); `today`
 * NULL: the clock's (UTC). */
bool zl_day_passed(const char *date, const char *today);

/* "2017-05-11" -> "2017-05-10": the last day before a date, its month or
 * its year ("2008" -> "2007-12-31"); NULL when the date is malformed. */
char *zl_day_before(const char *date);
/* The day after `date`, and the first day of it (a month's or a year's
 * first; a day itself), as zl_day_before reads and writes them. */
char *zl_day_after(const char *date);
char *zl_day_start(const char *date);

/* The unit's text as searched when it is in force: its repealed parts,
 * and parts added from a day still to come (zl_history_pending), left
 * out, so they do not make living law match (their text stays in the
 * record, shown struck through).  NULL when nothing is left out. */
char *zl_text_in_force(const zr_unit *unit, const char *today);
/* The other side: the text of a living unit's repealed parts, one part a
 * line, what zl_text_in_force leaves out.  *keys (new, may be NULL) the
 * parts' keys '\n'-separated; *last (borrowed, may be NULL) the latest of
 * their repeals' dates.  NULL when no part is repealed, or when the unit
 * itself is. */
char *zl_text_repealed(const zr_unit *unit, char **keys, const char **last, const char *today);

/* Index terms and values of a unit's status and history:
 *   XI<status> (in_force | repealed) and slot ZS_SLOT_STATUS for a
 *           statute's unit, and XIany on every unit (status:any);
 *   XE<YYYY>, XE<YYYYMM>, XE<YYYYMMDD> for each date of its history, so a
 *           range of days is a few terms (filter.c). */
void zl_add_status_terms(zx_doc *xd, const zr_unit *unit);

#endif
