/* provision.h — references to provisions and decisions, found in text and
 * normalised to one canonical key whatever the spelling.
 *
 * Canonical keys:
 *   "13.1", "13.1.2", "13.1.2.1"   the 2015 Criminal Code: article (two
 *                                  numbers), part, clause
 *   "2002:113.2"                   the 2002 Criminal Code (article.part.clause;
 *                                  see zp_concordance_2015 for its successor)
 *   "ЭХХШТХ:36.1"                  another law, qualified by the acronym of
 *                                  its name (Эрүүгийн хэрэг хянан шийдвэрлэх
 *                                  тухай хууль); never taken for the Code
 *   "2024/ШЦТ/67"                  a court decision by its number
 *   "ХХТТХ:48^1", "ХХТТХ:6.1.1^1"  a provision an amendment inserted, whose
 *                                  number the statute sets with a
 *                                  superscript ("48¹ дүгээр зүйл" between 48
 *                                  and 49, "6.1.1¹" between 6.1.1 and
 *                                  6.1.2): the superscript after a caret,
 *                                  so it never reads as 481 or 6.1.11
 * The one spelling rule: Mongolian provision references name the article
 * with an ordinal ("13.1 дүгээр зүйл", suffix by vowel harmony, case endings
 * allowed: "зүйлд", "зүйлийн"), its part with "N дахь/дэх хэсэг" and a
 * clause with "N.M"-numbers ("2.1-д", "4.1 дэх заалт"); a bare dotted
 * number counts only after a law's name ("Эрүүгийн хуулийн 13.1", "ЭХ-ийн
 * 13.1.2", "Art. 13.1") or as a whole query.
 *
 * Not for: indexing (citeterms.h) or resolving keys against an index
 * (citations.h).  Pure functions of their input, safe from any thread.
 *
 * The legal layer's contract for references; its files: provision.c
 * (reading text and queries), refgrammar.c and lawname.c (the grammar and
 * the laws it names, sharing refscan.h, internal), provkey.c (keys and
 * ancestors), provlabel.c (labels), concordance.c (2002 -> 2015).
 */
#ifndef ZAALT_PROVISION_H
#define ZAALT_PROVISION_H

/* The acronym of the 2015 Criminal Code (zr_doc.law), whose provision keys
 * are bare ("13.1"). */
#define ZP_CRIMINAL_CODE "ЭХ"

#include <glib.h>

#include "core/context.h"

typedef enum {
    ZP_REF_PROVISION,
    ZP_REF_DECISION,
} zp_ref_kind;

typedef struct zp_ref {
    int start, end; /* byte offsets of the reference in the text searched */
    zp_ref_kind kind;
    char *key; /* canonical key (see above) */
    char *law; /* NULL: the 2015 Criminal Code; "2002"; an acronym
                         * ("ЭХХШТХ"); "decision" for decision numbers */
    /* Another law's reference whose text named the law in words (or
     * continues a list that did): the name's mark (zp_law_mark), which
     * tells apart laws of one acronym; NULL otherwise. */
    char *mark;
} zp_ref;

/* Every reference in `text`, in text order, as zp_ref* (the array frees
 * them).  Unqualified article references are taken to be to the 2015
 * Criminal Code.  Never NULL. */
GPtrArray *zp_find_refs(const char *text);

/* As zp_find_refs, for the text of a law whose own acronym is `self_law`
 * (NULL: the Criminal Code): there, "энэ хуулийн 5.1 дүгээр зүйл" and an
 * unqualified "5.1 дүгээр зүйл" are that law's own provisions. */
GPtrArray *zp_find_refs_in(const char *text, const char *self_law);

/* The canonical key if the whole of `query` is one provision reference or
 * one decision number ("13.1", "Art. 13.1", "Article 13.1(2)",
 * "13.1 дүгээр зүйлийн 2 дахь хэсэг", "27.10.5.", "2024/ШЦТ/67"); NULL
 * otherwise.  A bare dotted number needs at least two parts ("13.1", not
 * "13"), so a plain number is never taken for an article. */
char *zp_parse_query_ref(const char *query);
/* As zp_parse_query_ref; *mark (may be NULL) gets the mark of the law's
 * name when the query names another law in words ("Барилгын тухай хуулийн
 * 8.1" -> "БТХ:8.1", "бар"), else NULL. */
char *zp_parse_query_ref_marked(const char *query, char **mark);

/* The acronym of the law `query` names and nothing more, as its title does
 * or a citation would ("Гаалийн тухай хууль", "хүүхэд хамгааллын тухай
 * хуулийн", "Монгол Улсын Их Хурлын тухай хууль": "ГТХ", "ХХТХ", "ИХТХ"),
 * with *mark its name's mark (zp_law_mark); NULL (and *mark NULL) for
 * anything else: a number, a word after the law, no "тухай" before it. */
char *zp_parse_query_law(const char *query, char **mark);

/* The acronym that qualifies a law's provisions: the first letter of each
 * word of its name, upper-cased, "хууль" included and case endings ignored
 * ("Эрүүгийн хэрэг хянан шийдвэрлэх тухай хуулийн" -> "ЭХХШТХ").  NULL for
 * the 2015 Criminal Code ("Эрүүгийн хууль", "ЭРҮҮГИЙН ХУУЛЬ", "Criminal
 * Code") and for a name with no letters. */
char *zp_law_acronym(const char *law_name);

/* What tells apart laws whose acronym is one (the Banking, Construction and
 * Education laws are all БТХ; the Child Protection and Waste laws ХХТХ):
 * the first three letters of each word of the name, lower-cased, joined by
 * '-', the state's words before it, "тухай" and "хууль" in its cases left
 * out: "Барилгын тухай хуулийн" and "БАРИЛГЫН ТУХАЙ" -> "бар", "Хүүхэд
 * хамгааллын тухай хууль" -> "хүү-хам".  A name is cited in the genitive
 * as its title writes it, and its words' endings start later.  NULL for
 * the Criminal Codes and a name with no such word. */
char *zp_law_mark(const char *law_name);
#define ZP_MARK_MAX_BYTES 120

/* The mark of the statute titled `title` whose acronym is `law`
 * (zr_doc.law); NULL when its title is not that law's name (a title the
 * acronym did not come from says nothing of the name). */
char *zp_law_mark_for(const char *title, const char *law);

/* A law's name as its words, as written (valid UTF-8), leaving out what is in
 * brackets or slashes; a new array of strings. */
GPtrArray *zp_law_name_words(const char *law_name);

/* Key with its law qualifier removed and the law returned separately:
 * "ЭХХШТХ:36.1" -> "36.1" and *law "ЭХХШТХ"; "13.1.2" -> "13.1.2", *law
 * NULL.  Returns a new string; *law is newly allocated or NULL. */
char *zp_split_key(const char *key, char **law);

/* Whether `key` is a provision of another law than the Criminal Codes, its
 * law's acronym before the colon ("БТХ:8"; not "13.1", "2002:113" nor a
 * decision's number). */
gboolean zp_key_of_other_law(const char *key);

/* A provision number as written ("48¹", "6.1.1¹", "48^1", "13.1") in a
 * key's form ("48^1", "6.1.1^1", "13.1"): each run of superscript digits
 * after a digit becomes a caret and the digits.  `len` -1: up to the NUL.
 * New string. */
char *zp_number_key(const char *written, gssize len);

/* A key or number as a lawyer reads it: "48^1" -> "48¹", "ХХТТХ:6.1.1^1"
 * -> "ХХТТХ:6.1.1¹"; anything without a caret unchanged.  New string. */
char *zp_key_display(const char *key);

/* The readings of a provision number whose inserted article's superscript
 * a plain text printed flat ("Их Хурлын … дэгийн тухай хуулийн 161.1" for
 * article 16¹'s part 1): its first number, or its second, with the last
 * digit as superscript ("261.3" -> "26^1.3"; "6.181" ->
 * "6.18^1") and, from three digits, the last two ("2611" -> "26^11").
 * Only for a number the law has not: the caller tries the number as
 * written first.  A number with a caret has no other reading.  New array
 * of new strings, maybe empty. */
GPtrArray *zp_number_unflattened(const char *number);

/* The key and every ancestor, most specific first: "13.1.2.1" ->
 * {"13.1.2.1", "13.1.2", "13.1"}; "2002:113.2.1" -> {"2002:113.2.1",
 * "2002:113.2", "2002:113"}; a decision number -> itself.  An article of
 * the 2015 Code is never cut below its two numbers.  An inserted point's
 * ancestors are its article's and part's, not the point it follows:
 * "6.1.1^1" -> {"6.1.1^1", "6.1", "6"} under another law. */
GPtrArray *zp_key_ancestors(const char *key);

/* The 2015 Criminal Code article that succeeded a 2002 one, from
 * corpus-config/concordance-2002-2015.tsv: "2002:113.2" -> "13.1"; NULL
 * when the table has no row for it.  *uncertain (may be NULL) is set when
 * the table marks the row uncertain.  The table is read once per context. */
char *zp_concordance_2015(zc_context *ctx, const char *key_2002, gboolean *uncertain);
/* The day the 2002 Criminal Code ceased, the 2015 Code in force from it (the
 * same day corpus-config/laws-repealed.tsv gives the 2002 Code's text). */
#define ZP_CODE_2002_REPEALED_ON "2017-07-01"
/* The day the 2015 Criminal Code was adopted: a Criminal Code dated before
 * it is the 2002 Code. */
#define ZP_CODE_2015_ADOPTED_ON "2015-12-03"

/* The other way: the 2002 Code's articles whose successor is the 2015
 * Criminal Code article holding `key_2015` ("13.1.2" -> {"2002:113"}), in
 * their order; empty for another law's key, a decision number, or an
 * article the table does not name.  Whether each row is certain is
 * zp_concordance_2015's answer for it. */
GPtrArray *zp_concordance_2002(zc_context *ctx, const char *key_2015);

/* A hit's label for a provision key within an article unit:
 * ("Criminal Code", "Article 13.1. Trafficking in persons", "13.1.2", "en")
 * -> "Criminal Code, Article 13.1. Trafficking in persons, part 2";
 * ("Эрүүгийн хууль", "13.1 дүгээр зүйл. Хүн худалдаалах", "13.1.2.1", "mn")
 * -> "Эрүүгийн хууль, 13.1 дүгээр зүйл. Хүн худалдаалах, 2 дахь хэсгийн 2.1
 * дэх заалт".  `law_title` and `key` may be NULL. */
char *zp_provision_label(const char *law_title, const char *unit_label, const char *key, const char *lang);

#endif
