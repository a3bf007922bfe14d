/* formats.c — `make bench`'s extraction speed by format: each file given
 * is extracted (ix_extract_file, as a worker does it, OCR off) again and
 * again for about half a second, and the time per extraction is reported
 * per format, per page-equivalent of 3,000 characters of extracted text,
 * so that PDF, Word, OpenDocument and HTML compare on one scale.
 *
 * Usage: formats FILE...   (prints Markdown)
 *
 * Not for: the index run's speed (bench/speed), or OCR (bench/ocr.c).
 */
#include <glib.h>
#include <stdio.h>
#include <string.h>

#include "tests/unit/test_context.h"
#include "core/record.h"
#include "indexer/extract.h"

#define PAGE_CHARS  3000
#define MIN_SECONDS 0.5
#define MAX_REPEATS 200

typedef struct format_sum {
    int files;
    double seconds; /* per extraction of each file, summed */
    glong chars;
} format_sum;

/* Extracts `path` once; its characters, or -1 when it fails. */
static glong
extract_once(ix_extractor *ex, const char *path, char **format)
{
    zr_doc *doc = ix_doc_new();
    doc->id = g_strdup("000000000000");
    doc->source = g_strdup("bench");
    doc->path = g_path_get_basename(path);
    GError *error = NULL;
    glong chars = -1;
    if (ix_extract_file(ex, path, NULL, doc, &error) == IX_EXTRACT_OK) {
        chars = 0;
        for (guint i = 0; i < doc->units->len; i++)
            chars += g_utf8_strlen(((zr_unit *)g_ptr_array_index(doc->units, i))->text, -1);
        if (format != NULL)
            *format = g_strdup(doc->format);
    } else {
        fprintf(stderr, "formats: %s: %s\n", path, error != NULL ? error->message : "failed");
    }
    g_clear_error(&error);
    ix_doc_free(doc);
    return chars;
}

int
main(int argc, char **argv)
{
    ix_extractor *ex = ix_extractor_new(test_context(), NULL);
    GHashTable *sums = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    GPtrArray *order = g_ptr_array_new();
    for (int i = 1; i < argc; i++) {
        char *format = NULL;
        glong chars = extract_once(ex, argv[i], &format);
        if (chars <= 0) {
            g_free(format);
            continue;
        }
        GTimer *timer = g_timer_new();
        int n = 0;
        while (n < MAX_REPEATS && (n == 0 || g_timer_elapsed(timer, NULL) < MIN_SECONDS)) {
            extract_once(ex, argv[i], NULL);
            n++;
        }
        double each = g_timer_elapsed(timer, NULL) / n;
        g_timer_destroy(timer);
        format_sum *s = g_hash_table_lookup(sums, format);
        if (s == NULL) {
            s = g_new0(format_sum, 1);
            g_hash_table_insert(sums, format, s); /* the table owns the name */
            g_ptr_array_add(order, format);
        } else {
            g_free(format);
        }
        s->files++;
        s->seconds += each;
        s->chars += chars;
    }
    printf("## Extraction speed by format\n\n");
    printf("Extraction alone (one process, OCR off), per page-equivalent of %d characters of extracted text:\n\n",
           PAGE_CHARS);
    printf("| format | files | characters | page-equivalents | ms per page-equivalent |\n|---|---|---|---|---|\n");
    for (guint i = 0; i < order->len; i++) {
        const char *format = g_ptr_array_index(order, i);
        const format_sum *s = g_hash_table_lookup(sums, format);
        double pages = (double)s->chars / PAGE_CHARS;
        printf("| %s | %d | %ld | %.0f | %.2f |\n", format, s->files, s->chars, pages, 1000 * s->seconds / pages);
    }
    printf("\n");
    g_ptr_array_free(order, TRUE);
    g_hash_table_unref(sums);
    ix_extractor_free(ex);
    return 0;
}
