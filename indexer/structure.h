/* structure.h — legal structure found in plain, already normalised text:
 * statute articles and their parts (articles.c), the header and operative
 * part of a Mongolian court decision (decision.c), court names (courts.c),
 * dates written the Mongolian or English way (dates.c), and the document
 * type guessed from all of these and a statute's title (doctype.c).
 *
 * The handlers (pdf.c, text.c, xml_*.c) call these after az_normalise(), so
 * patterns here may assume NFKC text with Cyrillic letters repaired.  The
 * finders that read corpus-config take the loaded patterns (ix_patterns),
 * which the extractor holds (extractor.h).
 *
 * Not for: reading files (extract.c and the handlers), or citations of one
 * document by another (legal/provision.h, finish.c).
 */
#ifndef ZAALT_STRUCTURE_H
#define ZAALT_STRUCTURE_H

#include <glib.h>

#include "core/context.h"
#include "core/record.h"

/* The patterns of corpus-config/structure-patterns.ini, decision-patterns.ini
 * and courts.tsv, compiled (patterns.c).  Without the files, the built-in
 * article headings and decision number, and no courts. */
typedef struct ix_patterns ix_patterns;

/* The context's patterns: loaded on the first call and kept with the
 * context (zc_context_table), immutable afterwards, so the indexer's parent
 * loads them once and forked workers share them.  Borrowed. */
const ix_patterns *ix_patterns_get(zc_context *ctx);

/* Splits `text` into one unit per article heading ("13.1 дүгээр зүйл.Хүн
 * худалдаалах", "Article 5. Title") and adds them to `doc`: kind "article",
 * provision "13.1", label "13.1 дүгээр зүйл. Хүн худалдаалах" (or "Article
 * 5. Title").  Text before the first heading becomes a "section" unit when
 * not blank.  `page_offsets` (may be NULL) holds the byte offset in `text`
 * where each of `n_pages` pages starts, so each unit gets the page of its
 * heading.  Returns the number of article units added; 0 means no headings
 * were found and nothing was added. */
int ix_segment_articles(const ix_patterns *pat, zr_doc *doc, const char *text, const int *page_offsets, int n_pages);

/* Reads a Mongolian court decision's header and operative part and fills
 * doc->decision_type, case_number, case_index, date, court (in its
 * canonical form, ix_normalise_court), court_level, judges, prosecutor,
 * outcome, sentence ("8 жил хорих"; several "; "-joined) and doc->articles
 * (the Criminal Code provisions the verdict paragraphs apply, most specific
 * keys: "13.1.2.1").  Fields already set are left alone (articles and
 * judges: when not empty) except date, which a decision's own date
 * overrides.  Records the names of judges and prosecutor only; never of a
 * defendant, victim or witness. */
void ix_parse_decision_header(const ix_patterns *pat, zr_doc *doc, const char *text);

/* The name of a Mongolian statute from its first lines (`lines`, trimmed
 * in place): after "МОНГОЛ УЛСЫН ХУУЛЬ", a date line and a place line, the
 * law's own name in capitals ("ЭРҮҮГИЙН ХУУЛЬ"), kept as written; or that
 * name on the first lines when the statute opens with it and its date or
 * first chapter or article follows; NULL when the lines do not open a
 * statute. */
char *ix_statute_title(char **lines);

/* The name a statute's text gives itself (ix_statute_title), looked for
 * from each of its first non-blank lines in turn, since a saved page's
 * banner or a letterhead may come before the header; NULL when the text
 * does not open as a statute.  A file's own title names it otherwise as
 * often as not (a web page's "ДААТГАЛЫН ТУХАЙ | <the site's name>", a PDF's
 * or Word file's metadata), while a statute's links, status and English
 * name hang on its name, so where this finds one it is the title. */
char *ix_statute_name(const char *text);

/* The first non-blank line of `text` when it is in capitals and ends in
 * ХУУЛЬ ("МОНГОЛ УЛСЫН ҮНДСЭН ХУУЛЬ", which a preamble, not a date,
 * follows; not a report's heading ending in ТУХАЙ); else NULL.  A title of
 * last resort, for a file that has none. */
char *ix_law_name_line(const char *text);

/* Whether `title` is "МОНГОЛ УЛСЫН ХУУЛЬ", the header every statute opens
 * with, which Word takes for a law's title property and a saved page for
 * its <title>: no title of any one law. */
bool ix_generic_law_title(const char *title);

/* The day a Mongolian statute was adopted, as its header prints it: the
 * first line that is a date under "МОНГОЛ УЛСЫН ХУУЛЬ" (a note in slashes
 * may come between), or under the law's name in capitals when the header
 * is not there ("ЭРҮҮГИЙН ХУУЛЬ" / "2002.01.03").  "YYYY-MM-DD", or NULL
 * when the first lines of `text` print no such header and date. */
char *ix_statute_date(const char *text);

/* "code", "decision" or "other" from the text's own structure (a decision
 * header with a case number; three or more article headings).  `title` may
 * be NULL.  Returns a static string. */
const char *ix_detect_type(const ix_patterns *pat, const char *text, const char *title);

/* The Mongolian ordinal suffix for a number as written in an article
 * heading: "дүгээр" or "дугаар", chosen by vowel harmony of the name of the
 * number's last part ("13.1" -> нэг -> "дүгээр"; "17.10" -> арав ->
 * "дугаар").  Returns a static string; "дугаар" when `number` has no digit. */
const char *ix_mn_ordinal_suffix(const char *number);

/* The unit label of an article: "13.1 дүгээр зүйл. Title" for lang "mn" (or
 * NULL), "Article 13.1. Title" for "en"; title may be NULL or empty. */
char *ix_article_label(const char *number, const char *title, const char *lang);

/* Articles whose inserted number's superscript a plain-text copy flattened
 * into a last digit ("291 дүгээр зүйл" for 29¹, "1321" for 132¹) keyed as
 * inserted ones ("29^1"), with their parts, history and label, where the
 * statute's order shows it: the number is the article before it with one
 * digit (1-9) more, and out of the count (the next article is lower, or
 * the next of the same run, or there is none).  A run starts at ¹, or at
 * ² when the next is its ³ (27¹ missing: "27, 272, 273"); the same number
 * twice ("131" a repealed marker, then "131" added anew) is one
 * superscript twice.  Run once the notes are
 * attached and the law's own references to its provisions read (they name
 * the numbers as typed). */
void ix_key_flattened_superscripts(zr_doc *doc);

/* Marks a statute's framing articles (zr_unit.frame): those whose heading
 * structure-patterns.ini's [frame] pattern matches, whatever format the
 * statute came in. */
void ix_mark_frames(const ix_patterns *pat, zr_doc *doc);

/* The first date in `text` (at most `max_bytes` of it, -1: all) written as
 * "2015 оны 12 дугаар сарын 03-ны өдөр", "2012 оны 01 сарын 19 өдөр",
 * "2020-03-12", "2024.10.03", "2024/10/03", "03.10.2024" or "12 March
 * 2020", not a date of birth ("born 14 March 2006", "DOB:", "…-нд
 * төрсөн": a person's, never the document's); returns "YYYY-MM-DD" or
 * NULL. */
char *ix_find_date(const char *text, gssize max_bytes);

/* One date of a text: its bytes [start, end) and "YYYY-MM-DD". */
typedef struct ix_date_match {
    int start, end;
    int rank; /* the pattern's place in dates.c's table; internal */
    char iso[11];
} ix_date_match;

/* Whether the date `d` of `text` is a date of birth by the words around
 * it (born, DOB, date of birth, төрсөн, т/о before it; -нд төрсөн after). */
bool ix_date_is_birth(const char *text, const ix_date_match *d);
/* Every date ix_find_date reads in `text` (at most `max_bytes`), in the
 * order they stand, none overlapping another.  Free with g_array_free. */
GArray *ix_find_dates(const char *text, gssize max_bytes);

/* The date a court decision was given: the date of its heading (the
 * clerk's date line, or the date on the type's line), else the date of a
 * sentence that says the decision was given ("Шийтгэх тогтоол 2024 оны 10
 * дугаар сарын 3-ны өдөр гарав"), else the first date of its header that
 * is no one's birth; never a date of birth ("1999.01.17-нд төрсөн",
 * "төрсөн огноо: …", "born on …").  NULL when none is left. */
char *ix_decision_date(const char *text);
/* Whether `iso` stands in `text` only as dates of birth (at least once). */
bool ix_date_only_birth(const char *text, const char *iso);

/* The parts and clauses of an article unit ("1.…", "2.1.…" at line
 * starts), as zr_part keys under its provision ("13.1.2", "13.1.2.1") with
 * their byte ranges in the unit's text.  Does nothing for a unit without a
 * provision or that already has parts. */
void ix_find_parts(const ix_patterns *pat, zr_unit *unit);

/* A court's name in its one canonical form: the row of corpus-config/
 * courts.tsv it matches (case-insensitively, aliases included), else, for
 * a name printed in capitals, lower case with the first letter and the
 * words named by decision-patterns.ini [court] capitalise-after capitalised
 * ("БАЯНГОЛ ДҮҮРГИЙН ЭРҮҮГИЙН ХЭРГИЙН АНХАН ШАТНЫ ШҮҮХ" -> "Баянгол
 * дүүргийн Эрүүгийн хэргийн анхан шатны шүүх"); else the name with its
 * whitespace folded.  NULL for NULL. */
char *ix_normalise_court(const ix_patterns *pat, const char *name);

/* "supreme", "appeal", "first-instance" from a court's name in Mongolian or
 * English (courts.tsv first), or NULL when the name does not say.  Returns
 * a static string. */
const char *ix_court_level(const ix_patterns *pat, const char *court);

#endif
