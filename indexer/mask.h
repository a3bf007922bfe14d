/* mask.h — personal data masked for public readers (issue 19).
 *
 * Court decisions about child trafficking name defendants, child victims,
 * witnesses and their families, with civil registration numbers (РД), phone
 * numbers and home addresses.  Before a public document that must be masked
 * is analysed, the worker writes its full copy for readers above public and
 * then masks it here, in place, for the public database: every personal
 * name becomes its initials (Б.Батбаяр, Батбаярын, Баатарын Батбаяр,
 * Боржигон овогт Баатарын Батбаяр -> Б.Б.), every РД [РД], every phone
 * number [утас], every home address [хаяг], and the other traces a
 * decision leaves of a person: e-mail addresses, bank account, passport
 * and vehicle plate numbers, dates of birth, account names on social
 * networks and a child's school and class (see ix_mask_kind).  What the
 * public database holds is then the masked text only: its terms, spelling
 * dictionary, completions and snippets never had the masked words.
 *
 * What a name is comes from the shapes Mongolian decisions write (an
 * initial and a capitalised name; a patronymic in the genitive and a name;
 * a clan name before овогт; a capitalised word after a role such as
 * шүүгдэгч, хохирогч, гэрч), learned per document so that the bare and
 * inflected forms of a name met once are masked everywhere in it, and from
 * lists of given names and name parts.  Judges and prosecutors named in
 * their role (шүүгч Д.Оюунчимэг, прокурор Г.Энхтуяа, and the document's own
 * judges and prosecutor fields), court and place names and the names in
 * laws stay.  The words, endings, patterns and lists are data in
 * corpus-config/mask.ini and the files it names.
 *
 * Not for: which documents are masked (the worker: decisions, sources with
 * mask = true, zaalt index --mask), writing the two copies (run.c,
 * writer.c), or what readers see (core/access.h, zs_access_hidden_copy).
 */
#ifndef ZAALT_IX_MASK_H
#define ZAALT_IX_MASK_H

#include <glib.h>
#include <stdbool.h>

#include "core/analysis.h"
#include "core/context.h"
#include "core/record.h"

typedef struct ix_masker ix_masker;

/* Whether a document must be masked: a public one that is a decision, or
 * whose source says mask = true (or was named to zaalt index --mask), or
 * that is no code and reads, over its whole text, as a case file about
 * private persons (three named after a party's role, a form's label, a
 * kinship word in a text about a child or a victim, or with an age beside;
 * one after a court's heading; a civil registration number; an intake
 * register's columns and a row). */
bool ix_mask_wanted(bool source_mask, const zr_doc *doc);

/* The cells of a table row as text writes it (line up to end): between
 * "|", the outer bars optional (a Word or HTML table's row reads
 * "А | 2015.05.14 | Б"), each as its trimmed byte range from `line`, two
 * ints; NULL for a line without a bar, which is no row.  A trailing empty
 * cell after the last bar is not one.  For the maskers' table passes. */
GArray *ix_mask_row_cells(const char *line, const char *end);

/* The masker of `ctx`'s corpus-config folder, loaded on first use and kept
 * with the context (immutable afterwards, so a worker forked later shares
 * it).  Never NULL: without mask.ini it still masks РД and phone numbers and
 * names in the initial-and-name shape.  Borrowed. */
const ix_masker *ix_masker_get(zc_context *ctx);
/* False, with `error` set, when `ctx`'s mask.ini is there but does not load
 * (a pattern that does not compile, a file that does not parse): the masker
 * then has the built-in rules only, which know none of its lists, so a run
 * must not write public copies with it.  zaalt index stops before writing. */
bool ix_masker_usable(zc_context *ctx, GError **error);
/* Loads one from `config_dir` (NULL: the built-in rules only); for tests. */
ix_masker *ix_masker_load(const char *config_dir, GError **error);
void ix_masker_free(ix_masker *m);
/* A digest of the rules and lists: a change of it means the documents
 * masked before must be masked again (run.c re-extracts them). */
const char *ix_masker_fingerprint(const ix_masker *m);

typedef enum {
    IX_MASK_NAME,
    IX_MASK_RD,
    IX_MASK_PHONE,
    IX_MASK_ADDRESS,
    IX_MASK_EMAIL,    /* an e-mail address: [и-мэйл] */
    IX_MASK_ACCOUNT,  /* a bank account number: [данс] */
    IX_MASK_PASSPORT, /* a passport's or another identity document's number (ID card, licence, permit, SSN): [паспорт] */
    IX_MASK_BIRTH,    /* a date of birth: [төрсөн огноо] */
    IX_MASK_PLATE,    /* a vehicle's registration plate: [улсын дугаар] */
    IX_MASK_ONLINE,   /* an account name on a social network: [цахим хаяг] */
    IX_MASK_SCHOOL,   /* a school or kindergarten by number or quoted name, with the class: [сургууль] */
    IX_MASK_DEVICE,   /* a phone's IMEI, which traces its owner as a phone number does: [IMEI] */
    IX_MASK_WORKPLACE, /* a child's parent's named workplace or market stall: [ажлын газар] */
} ix_mask_kind;

/* One replaced stretch of a text, in the text's own byte offsets. */
typedef struct ix_mask_span {
    int start, end;
    ix_mask_kind kind;
    char *replacement;
} ix_mask_span;

/* Masks `n` texts as the parts of one document, names learned across all
 * of them (`az`, may be NULL: the dictionary that tells an everyday word
 * from a name); `officials` (NULL-terminated, may be NULL) are the names of the
 * document's judges and prosecutor as its fields write them, which stay.
 * Returns `n` new strings; when `spans` is not NULL, spans[i] is a new array
 * of the ix_mask_span* replaced in texts[i] (free with ix_mask_spans_free).
 * A NULL text stays NULL.  texts[file_name] (-1: none) is a file's name:
 * the names learned are masked there in Latin spellings too. */
char **ix_mask_texts(const ix_masker *m, az_analyzer *az, const char *const *texts, gsize n,
                     const char *const *officials, gssize file_name, GPtrArray **spans);
/* ...failing closed: when a pattern could not be matched (PCRE's
 * backtracking or stack limit on a long text, a pattern of mask.ini that
 * backtracks without end), a pattern has not found nothing, it has not
 * looked; NULL is returned, with `error` set, and no text at all, masked
 * or in part.  ix_mask_texts is this with the error dropped (NULL
 * returned alike). */
char **ix_mask_texts_full(const ix_masker *m, az_analyzer *az, const char *const *texts, gsize n,
                          const char *const *officials, gssize file_name, GPtrArray **spans, GError **error);
void ix_mask_spans_free(GPtrArray *spans);

/* Masks a document in place: its title, court, case number and index, each
 * unit's label and text (the byte ranges of its parts moved with the text)
 * and its path, names learned
 * across all of them, its judges and prosecutor kept.  The title, which may
 * be a file's metadata and has no context, is read again word by word: a
 * word the public copy's text does not hold and that is not plainly no
 * name (a dictionary word, a place, a role) is masked by its initial; a
 * title left with no word but initials is dropped (doc->title NULL: the
 * caller gives a neutral one, ix_mask_public_copy).  Sets doc->mask to
 * ZS_MASK_MASKED and *replaced (may be NULL) to how many stretches were
 * replaced.  False, with `error` set and `doc` as it was, when the masking
 * could not be done (ix_mask_texts_full): the document must then not be
 * written public. */
bool ix_mask_document(const ix_masker *m, az_analyzer *az, zr_doc *doc, unsigned *replaced, GError **error);

#endif
