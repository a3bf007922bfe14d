/* sources.h — what to index: the sources of a corpus-config file, or the
 * paths named on the command line, each with its root, access level, type
 * rules and exclusions.  Not for: walking or extracting (run.c). */
#ifndef ZAALT_SOURCES_H
#define ZAALT_SOURCES_H

#include <glib.h>
#include <stdbool.h>

typedef struct ix_type_rule {
    char *type;
    GPatternSpec *pattern; /* matched against the path relative to the root */
} ix_type_rule;

typedef struct ix_source {
    char *name;
    char *root;              /* absolute */
    char *only;              /* a single file below root to index, or NULL: all */
    char *under;             /* a folder below root (relative), the only one walked, or
                              * NULL: all.  Set for a folder named inside a source the
                              * index holds (identity.h), so its files keep their ids */
    char *access;            /* public | restricted | sealed */
    bool optional;           /* a missing root is skipped with a note, not an error */
    bool by_folder;          /* named after its folder (the command line): the index
                              * may know the folder by another name (identity.h) */
    /* mask = true (or zaalt index --mask): its public documents are masked
     * for public readers (indexer/mask.h) whatever their type; decisions
     * are masked anyway. */
    bool mask;
    /* Set by the run when the masking rules or `mask` changed since this
     * source was last indexed whole: every file is extracted again. */
    bool remask;
    /* Files below root once named to zaalt index --mask (relative paths,
     * recorded in the index by maskrun.c): masked in every later run too,
     * whatever `mask` says, so that a run without --mask never unmasks
     * them.  NULL when there are none. */
    GHashTable *mask_files;
    GPtrArray *types;        /* ix_type_rule* */
    GPtrArray *excludes;     /* GPatternSpec* */
    GPtrArray *access_rules; /* ix_type_rule* reused: type holds the level */
    int root_line;           /* the line of its root in the corpus config, 0: none */
} ix_source;

typedef struct ix_config {
    char *db;           /* [index] db, resolved against the file's folder, or NULL */
    bool no_ocr;        /* [index] ocr = false */
    bool keep_covered;  /* [index] covered-text = keep */
    bool follow_links;  /* [index] follow-links = true */
    char **search;      /* [index] search = DB;DB…: the databases searched as one
                            * (folders resolved like db, or tcp://HOST:PORT);
                            * NULL-terminated, or NULL when absent */
    char *shard;        /* [index] shard = K/N: the shard this config builds, or NULL */
    unsigned writers;   /* [index] writers = N: a new index written as N parts (0: not set) */
    GPtrArray *sources; /* ix_source* */
    char *path;         /* the file read, as named, or NULL */
    char *dir;          /* its folder, absolute, or NULL */
} ix_config;

/* Reads a corpus config (GKeyFile): [index] db=…; [source NAME] root=…,
 * access=…, optional=true, exclude=glob;glob, type.decision=glob;glob …,
 * access.restricted=glob;glob, access.sealed=glob;glob …
 * Relative paths are relative to the config file's folder. */
ix_config *ix_config_load(const char *path, GError **error);
ix_config *ix_config_new(void);
void ix_config_free(ix_config *cfg);

/* A source for a path named on the command line: a folder becomes a source
 * named after it; a file becomes a one-file source rooted at its folder
 * (by_folder: the run may name either otherwise, identity.h).  A path that
 * is neither (missing, a dangling link, a FIFO, a device) is refused with
 * what it is. */
ix_source *ix_source_for_path(const char *path, const char *access, GError **error);

/* Whether the sources keep out of the configuration and of the index: a
 * source whose root is one of `config_dirs` (NULL-terminated: the corpus
 * config's folder, corpus-config/) or holds one would index users.ini's
 * password hashes and mask.ini's lists of names (probe F3, F-A); one whose
 * root is the index folder `db` or inside it would index the index (an
 * index inside a source is passed over by the walk).  False with *error
 * (G_FILE_ERROR_INVAL) naming the source, and the file and line of its root
 * when it came from `config`. */
bool ix_sources_check_places(GPtrArray *sources, const ix_config *config, const char *const *config_dirs,
                             const char *db, GError **error);
void ix_source_free(ix_source *src);

/* The type the rules give a relative path, or NULL. */
const char *ix_source_type_for(const ix_source *src, const char *relpath);
bool ix_source_excludes(const ix_source *src, const char *relpath);
/* The access level of a relative path: the most restrictive level whose
 * access.LEVEL globs match it, else the source's level. */
const char *ix_source_access_for(const ix_source *src, const char *relpath);

#endif
