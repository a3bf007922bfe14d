/* charset.h — bytes of unknown encoding into UTF-8, for the text and HTML
 * handlers.
 *
 * Files in this corpus are UTF-8, or Windows-1251 (older Mongolian files),
 * or UTF-8 with a stretch pasted from a Windows-1251 file; Notepad's
 * "Unicode" is UTF-16LE, sometimes without its byte-order mark.
 *
 * Not for: byte-order marks (each handler honours its own) or encodings a
 * file declares (the XML and HTML parsers read those).
 */
#ifndef ZAALT_IX_CHARSET_H
#define ZAALT_IX_CHARSET_H

#include <glib.h>

/* What decoding had to mend, for the handler's warning. */
typedef struct ix_charset_report {
    gsize repaired; /* bytes of a UTF-8 text read as Windows-1251 */
    gsize replaced; /* bytes no encoding tried reads (0x98 in Windows-1251, NUL): U+FFFD */
    gsize kept;     /* bytes of a Windows-1251 text kept as UTF-8: its lines of UTF-8 Cyrillic */
} ix_charset_report;

/* `len` bytes as UTF-8, a new string (its length in *out_len if non-NULL).
 * Valid UTF-8 is copied.  Text that is mostly UTF-8 stays UTF-8, and each
 * run of non-ASCII bytes that is not is read as Windows-1251 (the run whole
 * when it reads as such, else its invalid bytes alone).  Anything else is
 * Windows-1251 a line at a time, a line of UTF-8 Cyrillic kept as it is.
 * Never fails; *report says what was mended. */
char *ix_charset_to_utf8(const char *data, gsize len, gsize *out_len, ix_charset_report *report);

/* The warning for a document whose text needed `report`'s mending (a new
 * string), or NULL when it needed none. */
char *ix_charset_warning(const ix_charset_report *report);

/* ix_charset_to_utf8, its warning (if any) added to `warnings`, after
 * `what` and ": " when `what` is non-NULL (an embedded part's name). */
char *ix_charset_decode(const char *data, gsize len, gsize *out_len, const char *what, GPtrArray *warnings);

/* "UTF-16LE" or "UTF-16BE" when `len` bytes without a byte-order mark
 * read as UTF-16 text (the NULs of ASCII in every other byte, printable
 * characters throughout), else NULL. */
const char *ix_charset_utf16_unmarked(const char *data, gsize len);

#endif
