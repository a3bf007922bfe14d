/* dictmemo.h — hunspell-mn's answers remembered from one command to the next.
 *
 * Loading hunspell-mn (about 70 MB of hash tables parsed from a 17 MB file)
 * is two thirds of a `zaalt search` or `zaalt stats` on a small index, and
 * the words such a command asks about are few and mostly asked before: the
 * glossary's, and the reader's last queries.  So a command that searches
 * reads the answers it needs from a memo file and loads the dictionary only
 * for a word the memo lacks; what the dictionary then answers is added to
 * the file when the command ends.
 *
 * An answer is hunspell's own (the stems it lists for a word, or whether it
 * accepts the word), for the exact dictionary files installed: the file
 * carries their identity and that of the hunspell library, and a memo made
 * with other files is empty.  So the memo never changes what a word means,
 * only how soon its meaning is known.
 *
 * What the file may hold: words are kept as 128 bits of their SHA-256, never
 * as text, and a stem as the length of what it shares with its word plus a
 * tail of at most DM_TAIL_MAX bytes; an answer that would need more is not
 * remembered.  So the file does not spell out the words that were searched
 * (a name typed into a search, for one).  It is the user's own (made 0600
 * in a folder made 0700), and only commands that search write it: an index
 * run never records the words of the documents it reads.
 *
 * A missing, unreadable, foreign or damaged file is an empty memo; a memo
 * that cannot be written is not; neither is an error of the command.
 *
 * Not for: choosing among the stems (analysis.c), the spelling gate
 * (spellgate.h), the English dictionary.
 */
#ifndef ZAALT_DICTMEMO_H
#define ZAALT_DICTMEMO_H

#include <glib.h>
#include <stdbool.h>

/* A stem's tail (the bytes after what it shares with its word) is at most
 * this long for the answer to be remembered: four Cyrillic letters. */
#define DM_TAIL_MAX 8
/* Answers a file holds at most; the newest are kept. */
#define DM_MAX_ENTRIES 100000

typedef struct dm_memo dm_memo;

/* The memo in the file `path` for the dictionary files `aff` and `dic`.
 * Never NULL; empty (and never written) when either dictionary file is
 * missing; empty but written by dm_save when `path` does not yet hold a
 * memo of these files. */
dm_memo *dm_open(const char *path, const char *aff, const char *dic);

/* Frees the memo; anything put and not saved is forgotten. */
void dm_free(dm_memo *m);

/* Hunspell_stem's answer for `word`, if remembered: true, and *stems set to
 * a new NULL-terminated vector of the stems (empty when hunspell had none).
 * False when the memo does not know the word. */
bool dm_stems(const dm_memo *m, const char *word, char ***stems);

/* Hunspell_spell's answer for `word`, if remembered: true, and *accepted
 * set.  False when the memo does not know the word. */
bool dm_spell(const dm_memo *m, const char *word, bool *accepted);

/* Records Hunspell_stem's answer (its `n` stems) for `word`, unless a stem
 * would not be kept (DM_TAIL_MAX) or the memo is disabled. */
void dm_put_stems(dm_memo *m, const char *word, char *const *stems, int n);

/* Records Hunspell_spell's answer for `word`. */
void dm_put_spell(dm_memo *m, const char *word, bool accepted);

/* How many answers were put since the memo was opened. */
guint dm_new_answers(const dm_memo *m);

/* When answers were put: writes the file anew, the answers it held (if
 * still of these dictionary files) and the new ones, at most
 * DM_MAX_ENTRIES, replacing it in one rename.  True when nothing needed
 * writing or the file was written; false with *error set otherwise. */
bool dm_save(dm_memo *m, GError **error);

#endif
