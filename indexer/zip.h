/* zip.h — the parts of a zip container held in memory (DOCX, ODT), read
 * with libarchive and never written anywhere.
 *
 * Office documents are zip archives of XML parts.  The reader takes the
 * whole file from memory (inside an extractor worker, under its limits),
 * looks at every entry and reads into memory only the ones the caller
 * wants, by name.  A hostile archive fails with a reason instead of being
 * half-read: an entry named with ".." or an absolute path, or named twice;
 * an encrypted entry; more entries than any document has; an entry
 * larger than IX_ZIP_MAX_ENTRY, all read entries together larger than
 * IX_ZIP_MAX_TOTAL, or an entry that expands more than IX_ZIP_MAX_RATIO
 * times (a zip bomb, caught while it inflates, not after); a truncated or
 * corrupt archive (no central directory, bad CRC).  An archive inside the
 * archive is just an entry: it is never opened.
 *
 * Not for: what the parts mean (docx.c, odt.c), or parsing their XML
 * (office.h).
 */
#ifndef ZAALT_IX_ZIP_H
#define ZAALT_IX_ZIP_H

#include <glib.h>
#include <stdbool.h>

/* An XML part of a document is not larger than an XML file the XML handler
 * takes (xml.c). */
#define IX_ZIP_MAX_ENTRY   (64u * 1024 * 1024)
/* Everything read from one archive together. */
#define IX_ZIP_MAX_TOTAL   (128u * 1024 * 1024)
/* Deflate cannot do better than about 1:1032; real XML parts stay under
 * 1:50.  Checked once an entry has grown past IX_ZIP_RATIO_FLOOR. */
#define IX_ZIP_MAX_RATIO   200
#define IX_ZIP_RATIO_FLOOR (1u * 1024 * 1024)
/* A Word file with every image it holds has a few hundred entries. */
#define IX_ZIP_MAX_ENTRIES 10000

/* Whether the caller wants entry `name` read into memory. */
typedef bool (*ix_zip_want_fn)(const char *name, void *user);

/* Reads the `len` bytes at `data` as a zip archive.  Returns a table of
 * entry name (as stored, '/'-separated) -> GBytes* of its content, for each
 * entry `want` accepts (every entry passes the checks above, wanted or
 * not); NULL with `error` set (IX_EXTRACT_ERROR: DAMAGED, ENCRYPTED or
 * LIMIT, the message naming the entry) when the archive is refused.  The
 * message starts with `label` ("Word document"), so that a reader learns
 * what the file was taken for. */
GHashTable *ix_zip_read(const char *data, gsize len, const char *label, ix_zip_want_fn want, void *user,
                        GError **error);

/* True for the stored name of an entry that could escape a folder if it
 * were ever extracted: absolute, with a drive letter, a ".." component or
 * a backslash. */
bool ix_zip_name_is_unsafe(const char *name);

/* The part `target` names relative to the part `source` ("word/document.xml"
 * + "media/x.png" -> "word/media/x.png"; a leading '/' is the package
 * root), with "." and ".." resolved; NULL when it climbs out of the
 * package. */
char *ix_zip_resolve(const char *source, const char *target);

#endif
