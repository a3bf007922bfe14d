/* context.h — the configuration every part of Zaalt reads, in one object
 * made in main() and passed down: the corpus-config folder, the text
 * analyzer (hunspell-mn, word lists, glossary) and the tables other layers
 * load from that folder (the 2002/2015 concordance, structure patterns,
 * XML mappings).  Nothing in the library keeps configuration in process
 * state; two contexts in one process (a test comparing two folders) never
 * see each other's tables.
 *
 * A context is safe to share between threads: what it loads on first use
 * is loaded once, under its own lock, and immutable afterwards.
 *
 * Not for: the indexer's sources (indexer/sources.h), users (access.h).
 */
#ifndef ZAALT_CONTEXT_H
#define ZAALT_CONTEXT_H

#include <glib.h>

#include "core/analysis.h"

typedef struct zc_context zc_context;

/* Where corpus-config/ is: $ZAALT_CONFIG_DIR, else corpus-config/ (or
 * share/zaalt/corpus-config) in the binary's folder or up to two above it
 * (build/zaalt -> ./corpus-config, PREFIX/bin/zaalt ->
 * PREFIX/share/zaalt/corpus-config), else ./corpus-config.  A new string;
 * NULL when none exists (no error set), or with `error` set when
 * $ZAALT_CONFIG_DIR names no folder. */
char *zc_find_config_dir(GError **error);

/* A context reading `config_dir` (NULL: no folder; every table is empty and
 * the analyzer has no word lists).  Loads nothing yet. */
zc_context *zc_context_new(const char *config_dir);
/* Frees the context and everything loaded through it.  Nothing borrowed
 * from it may be used afterwards. */
void zc_context_free(zc_context *ctx);

/* The configuration folder, or NULL.  Borrowed. */
const char *zc_context_dir(const zc_context *ctx);
/* The folder's lists and key files (*.tsv, *.txt, *.ini) that are there
 * but cannot be read as configuration (a folder, a device, a named pipe, a
 * file over ZC_CONFIG_MAX_BYTES): each is read as empty, so the command
 * line says them.  A new NULL-terminated array of messages naming the
 * file; empty when there is no folder. */
char **zc_context_unreadable(const zc_context *ctx);
/* A file of the folder: a new string, NULL when there is no folder. */
char *zc_context_path(const zc_context *ctx, const char *name);

/* The analyzer: loading hunspell-mn takes a third of a second and tens of
 * megabytes, so it is loaded on first use and shared by every caller of
 * this context.  Borrowed; safe from any thread. */
az_analyzer *zc_context_analyzer(zc_context *ctx);
/* The analyzer of readers of one kind (an access level: 0 public, 1
 * restricted, 2 sealed): the context's dictionary and lists with caches of
 * its own (az_analyzer_sibling), so that what one level's readers search
 * leaves no trace in another's timing.  Borrowed. */
#define ZC_READER_ANALYZERS 4
az_analyzer *zc_context_reader_analyzer(zc_context *ctx, int reader);
/* Makes the analyzer, when first asked for, a remembering one
 * (az_analyzer_new_remembering) with its memo in the file `memo_path`
 * (NULL: none); no effect once it is made.  For a command that asks about
 * few words. */
void zc_context_remember_words(zc_context *ctx, const char *memo_path);
/* Makes the analyzer, when first asked for, keep its glossary as loaded
 * in the folder `dir` for the next command (az_analyzer_new_full; NULL:
 * not kept); no effect once it is made. */
void zc_context_keep_glossary_in(zc_context *ctx, const char *dir);
/* Writes what the analyzer's dictionary answered into its memo file, if
 * the analyzer was made and remembers; true unless writing failed
 * (*error). */
bool zc_context_save_memo(zc_context *ctx, GError **error);
/* Words whose analysis the analyzer remembers at most (az_limit_cache):
 * a server meets the words of every snippet and keeps fewer. */
void zc_context_limit_cache(zc_context *ctx, guint max_words);

/* Calls `fn` for each row of the tab-separated file NAME of the folder,
 * split into at most `max_fields` fields (NULL-terminated); blank lines and
 * lines starting with '#' are skipped.  A missing file has no rows. */
typedef void (*zc_row_fn)(char **fields, void *user);
void zc_context_rows(const zc_context *ctx, const char *name, int max_fields, zc_row_fn fn, void *user);

/* A table another layer reads from the folder, by a name of its own
 * ("legal.concordance"): made by `load` on the first call, kept with the
 * context and freed by `destroy` when it is freed.  `load` may ask for
 * other tables.  Borrowed. */
typedef void *(*zc_load_fn)(zc_context *ctx);
void *zc_context_table(zc_context *ctx, const char *name, zc_load_fn load, GDestroyNotify destroy);

#endif
