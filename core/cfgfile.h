/* cfgfile.h — how Zaalt reads its configuration files (zaalt.ini, users.ini,
 * mask.ini and every list of corpus-config): bounded, regular files only, a
 * UTF-8 byte-order mark and CRLF line ends accepted, and key files checked
 * line by line against the groups and keys their reader knows before
 * GKeyFile sees them.  GKeyFile alone takes an unknown key (`Access =`, keys
 * being case-sensitive) as absent, a bad boolean as false when the error is
 * ignored, and a key or a [section] given twice as its last value: each
 * silently changed who may read what (probe F3, F-B and F-C).  Here every one
 * of them is an error that names the file and the line.
 *
 * Not for: what the values mean (each reader checks its own), documents,
 * the index's own files.
 */
#ifndef ZAALT_CFGFILE_H
#define ZAALT_CFGFILE_H

#include <glib.h>
#include <stdbool.h>

/* The largest configuration file read, in bytes.  The largest real one is
 * hunspell-mn's dictionary (17 MB, named by mask.ini); corpus-config's own
 * files are all under 200 KB.  A file over it is refused, not read: a list
 * linked to /dev/zero or a runaway log once ate 13 GB (probe F3, F-E). */
#define ZC_CONFIG_MAX_BYTES (64u * 1024 * 1024)

/* The whole of the configuration file `path`, NUL-terminated, without a
 * leading UTF-8 byte-order mark: true, or false with *error (G_FILE_ERROR,
 * its message naming `path`) when it is missing, not a regular file (a
 * folder, a device such as /dev/zero, a named pipe: opened without waiting
 * for a writer), unreadable or larger than ZC_CONFIG_MAX_BYTES. */
bool zc_config_read(const char *path, char **contents, gsize *length, GError **error);

/* What a key file may hold: groups by name ("index") or, with a trailing
 * space, by prefix ("source " for [source NAME]); for each, its keys, where
 * "type.*" stands for "type." and anything after it, and "rd.*" also for
 * "rd" itself.  An array ending with a NULL group.  A NULL `keys` admits
 * any key of the group. */
typedef struct zc_keyspec {
    const char *group;
    const char *const *keys;
} zc_keyspec;

/* A key file read and checked: the GKeyFile, and where each group and key
 * stood. */
typedef struct zc_keyfile zc_keyfile;

/* Reads `path` (zc_config_read) and checks each line: blank, a '#' comment,
 * a [group] or a `key = value`, with trailing blanks (and a CR) trimmed; a
 * key before any group, a group or a key given twice (naming both lines),
 * and, when `spec` is given, a group or key it does not know (with the known
 * one it may be a misspelling of) are refused.  NULL with *error
 * (G_FILE_ERROR for the file, else G_KEY_FILE_ERROR_PARSE), its message
 * "PATH:LINE: …". */
zc_keyfile *zc_keyfile_load(const char *path, const zc_keyspec *spec, GError **error);
void zc_keyfile_free(zc_keyfile *f);

/* The parsed file; borrowed. */
GKeyFile *zc_keyfile_keys(const zc_keyfile *f);
/* The file's text as read (without a byte-order mark), for a fingerprint;
 * borrowed. */
const char *zc_keyfile_text(const zc_keyfile *f, gsize *length);
/* The path it was read from; borrowed. */
const char *zc_keyfile_path(const zc_keyfile *f);
/* The line of `key` in `group` (key NULL: the group's header line); 0 when
 * absent. */
int zc_keyfile_line(const zc_keyfile *f, const char *group, const char *key);

/* `key` of `group` as a boolean: *value is `fallback` when the key is
 * absent, else true or false only; anything else (`ture`, `yes`) is an
 * error naming the file, line, group and key (G_KEY_FILE_ERROR_INVALID_VALUE). */
bool zc_keyfile_boolean(const zc_keyfile *f, const char *group, const char *key, bool fallback, bool *value,
                        GError **error);

/* Sets *error (G_KEY_FILE_ERROR_INVALID_VALUE) to "PATH:LINE: [GROUP] KEY
 * …" followed by the formatted text, the line being the key's. */
void zc_keyfile_error(const zc_keyfile *f, const char *group, const char *key, GError **error, const char *fmt, ...)
    G_GNUC_PRINTF(5, 6);

#endif
