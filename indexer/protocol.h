/* protocol.h — what the index run's parent and its worker processes say to
 * each other over a socket pair.
 *
 * Frames: a 4-byte length (host order: both ends are this program) and
 * that many bytes.  A job: the source's index in ix_options.sources (4
 * bytes), the relative path, NUL, the absolute path, NUL, and the numbers
 * of the pages whose OCR to leave out (4 bytes each).  While on a job, a
 * worker may send progress frames: 'P' and 'o' with a page number (4
 * bytes) when the OCR of that page starts, 'P' and 'p' when it is back to
 * parsing.  An answer: 'O'
 * and a GVariant (IX_ANSWER_TYPE) — document id, access level, SHA-256 of
 * the file, per unit its unique term and serialised index document, the
 * extractor's warnings, the full copy's units and a statute's entry
 * (lawrepeal.h); or 'F' (failed) or 'S' (skipped) and a UTF-8
 * reason.
 *
 * Not for: the processes themselves (pool.c is the parent's side,
 * worker.c the worker's).
 */
#ifndef ZAALT_IX_PROTOCOL_H
#define ZAALT_IX_PROTOCOL_H

#include <glib.h>
#include <stdbool.h>
#include <stddef.h>

/* The longest answer frame a parent accepts, and job frame a worker does. */
#define IX_ANSWER_MAX (1U << 30)
#define IX_JOB_MAX    (1U << 20)
/* The most units one file may make: the writer holds them all until it
 * commits (about 7 KB each); a real statute has a few hundred, a book a
 * unit a page. */
#define IX_MAX_UNITS 20000

/* The GVariant type of an 'O' answer. */
/* id, access, SHA-256, the units (each its unique term and serialised
 * document), warnings, the units of the full copy of a masked document
 * (mask.h; empty when it is not masked), written to ZS_MASK_FULL_LEVEL, and
 * a statute's entry (ix_law_entry; empty for any other document). */
#define IX_ANSWER_TYPE "(sssa(say)asa(say)s)"

/* Writes all of `data` (retrying interrupted writes; never SIGPIPE). */
bool ix_write_all(int fd, const void *data, size_t len);
/* Reads exactly `len` bytes; false at end of file or on error. */
bool ix_read_all(int fd, void *data, size_t len);
/* Sends one frame: its length, then `data`. */
bool ix_send_frame(int fd, const void *data, size_t len);

/* A job's frame body; `skip` (may be NULL) holds guint32 page numbers. */
GByteArray *ix_job_encode(guint32 source_index, const char *relpath, const char *abspath, const GArray *skip);
/* Reads a job's frame body (`msg` NUL-terminated after its `len` bytes);
 * the paths point into `msg`, the pages to leave out are appended to
 * `skip` (guint32).  False when malformed. */
bool ix_job_decode(const char *msg, size_t len, guint32 *source_index, const char **relpath, const char **abspath,
                   GArray *skip);

/* A progress frame's body: the OCR of `page` starts (page > 0), or the
 * worker is back to parsing (page 0). */
GByteArray *ix_progress_encode(guint32 page);
/* Reads a frame body starting with 'P'; false when it is no progress. */
bool ix_progress_decode(const guint8 *body, size_t len, guint32 *page);

/* An answer's frame body: 'O' and `v` (an IX_ANSWER_TYPE), or `kind` ('F',
 * 'S') and `reason`. */
GByteArray *ix_answer_document(GVariant *v);
GByteArray *ix_answer_reason(char kind, const char *reason);

#endif
