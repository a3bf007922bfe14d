/* config.h — where Zaalt finds corpus-config/ (stopwords, lemma
 * exceptions, glossary), and the process's one text analyzer.
 * Not for: the indexer's source configuration (indexer/sources.h). */
#ifndef ZAALT_CONFIG_H
#define ZAALT_CONFIG_H

#include "search/analysis.h"

/* $ZAALT_CONFIG_DIR, else corpus-config/ beside the binary's build folder
 * (build/zaalt -> ./corpus-config), else ./corpus-config, else NULL.
 * The string is owned by the process. */
const char *zs_config_dir(void);

/* The analyzer every engine and the indexer share: loading hunspell-mn
 * takes a third of a second and tens of megabytes, so it is loaded once,
 * on first use, and is safe to use from any thread. */
az_analyzer *zs_shared_analyzer(void);

/* Calls `fn` for each row of the tab-separated file corpus-config/NAME,
 * split into at most `max_fields` fields (NULL-terminated); blank lines and
 * lines starting with '#' are skipped.  A missing file has no rows. */
typedef void (*zs_row_fn)(char **fields, void *user);
void zs_config_rows(const char *name, int max_fields, zs_row_fn fn, void *user);

/* Frees the shared analyzer at the end of main(), for leak checkers.  No
 * zs_ or az_ call may follow. */
void zs_shared_analyzer_release(void);

#endif
