/* bench/ocr.c — how well and how fast scanned pages are read.
 *
 * Renders text sources to image-only PDFs with build/mkscan (which also
 * writes the words it drew, page by page), recognises every page with
 * indexer/ocr.c in each language mode, and reports per source and mode the
 * word error rate against the drawn words, tesseract's mean confidence and
 * the seconds per page; first, the time to make a tesseract engine.  No
 * cache is used, so every page is recognised.
 *
 * Usage: build/bench/ocr [--modes auto,mon+eng,mon,eng] [--dpi N] [SOURCE.txt...]
 * Without sources it reads the demo corpus's scanned decision, the
 * Mongolian research brief and the two English reports.  Run from the
 * repository root; MKSCAN names the renderer (default build/mkscan).
 *
 * Word error rate: (substitutions + insertions + deletions) / reference
 * words, over words case-folded with punctuation at their ends removed.
 * Not a test: it prints figures and never fails on them.
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <poppler.h>
#include <stdio.h>
#include <string.h>
#include <tesseract/capi.h>

#include "indexer/ocr.h"

static const char *const default_sources[] = {
    "corpus-config/demo/scan-src/decisions/2023_shtst_077_scan_mn.txt",
    "corpus-config/demo/pdf-src/research/khuuhdiin_hodolmor_sudalgaa_mn.txt",
    "corpus-config/demo/pdf-src/sop/mdtf_sop_en.txt",
    "corpus-config/demo/pdf-src/research/forced_labour_study_en.txt",
    NULL,
};

/* Words for scoring: case-folded, punctuation stripped from both ends. */
static GPtrArray *
words_of(const char *text)
{
    GPtrArray *words = g_ptr_array_new_with_free_func(g_free);
    char **tokens = g_regex_split_simple("\\s+", text, 0, 0);
    for (int i = 0; tokens[i] != NULL; i++) {
        const char *s = tokens[i], *e = s + strlen(s);
        while (s < e && !g_unichar_isalnum(g_utf8_get_char(s)))
            s = g_utf8_next_char(s);
        while (e > s && !g_unichar_isalnum(g_utf8_get_char(g_utf8_prev_char(e))))
            e = g_utf8_prev_char(e);
        if (s < e)
            g_ptr_array_add(words, g_utf8_casefold(s, e - s));
    }
    g_strfreev(tokens);
    return words;
}

/* Word-level edit distance. */
static guint
edit_distance(GPtrArray *ref, GPtrArray *hyp)
{
    guint n = hyp->len;
    guint *prev = g_new(guint, n + 1), *cur = g_new(guint, n + 1);
    for (guint j = 0; j <= n; j++)
        prev[j] = j;
    for (guint i = 1; i <= ref->len; i++) {
        cur[0] = i;
        for (guint j = 1; j <= n; j++) {
            guint sub = prev[j - 1] + (strcmp(ref->pdata[i - 1], hyp->pdata[j - 1]) != 0);
            guint del = prev[j] + 1, ins = cur[j - 1] + 1;
            cur[j] = MIN(sub, MIN(del, ins));
        }
        guint *t = prev;
        prev = cur;
        cur = t;
    }
    guint d = prev[n];
    g_free(prev);
    g_free(cur);
    return d;
}

/* Renders `source` with mkscan into `pdf`, returning the drawn words page
 * by page (NULL-terminated), or NULL. */
static char **
render(const char *mkscan, const char *source, const char *pdf, int dpi)
{
    char *truth_path = g_strconcat(pdf, ".truth", NULL);
    char *dpi_arg = g_strdup_printf("--dpi=%d", dpi);
    const char *argv[] = {mkscan, dpi_arg, "--text-out", truth_path, source, pdf, NULL};
    int status = 0;
    GError *error = NULL;
    char **pages = NULL;
    if (!g_spawn_sync(NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error) ||
        !g_spawn_check_wait_status(status, &error)) {
        fprintf(stderr, "bench/ocr: %s: %s: %s\n", mkscan, source, error->message);
        g_error_free(error);
    } else {
        char *truth = NULL;
        if (g_file_get_contents(truth_path, &truth, NULL, NULL))
            pages = g_strsplit(truth, "\f\n", -1);
        g_free(truth);
    }
    g_unlink(truth_path);
    g_free(truth_path);
    g_free(dpi_arg);
    return pages;
}

static void
time_engine_init(const char *languages)
{
    GError *error = NULL;
    if (!ix_ocr_available(&error)) {
        g_clear_error(&error);
        return;
    }
    const char *dirs[] = {"/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata"};
    const char *dir = g_getenv("TESSDATA_PREFIX");
    for (size_t i = 0; dir == NULL && i < G_N_ELEMENTS(dirs); i++)
        if (g_file_test(dirs[i], G_FILE_TEST_IS_DIR))
            dir = dirs[i];
    gint64 t0 = g_get_monotonic_time();
    TessBaseAPI *api = TessBaseAPICreate();
    TessBaseAPISetVariable(api, "debug_file", "/dev/null");
    int rc = TessBaseAPIInit2(api, dir, languages, OEM_LSTM_ONLY);
    double ms = (g_get_monotonic_time() - t0) / 1000.0;
    TessBaseAPIEnd(api);
    TessBaseAPIDelete(api);
    printf("engine init %-8s %7.1f ms%s\n", languages, ms, rc != 0 ? " (failed)" : "");
}

int
main(int argc, char **argv)
{
    char *modes_arg = NULL;
    int dpi = IX_OCR_DPI;
    GOptionEntry entries[] = {
        {"modes", 0, 0, G_OPTION_ARG_STRING, &modes_arg, "language modes, comma-separated (auto = per page)", "LIST"},
        {"dpi", 0, 0, G_OPTION_ARG_INT, &dpi, "resolution of the scans and of recognition (300)", "N"},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GError *error = NULL;
    GOptionContext *ctx = g_option_context_new("[SOURCE.txt...]");
    g_option_context_add_main_entries(ctx, entries, NULL);
    if (!g_option_context_parse(ctx, &argc, &argv, &error)) {
        fprintf(stderr, "bench/ocr: %s\n", error->message);
        return 1;
    }
    g_option_context_free(ctx);
    if (!ix_ocr_available(&error)) {
        fprintf(stderr, "bench/ocr: %s\n", error->message);
        return 1;
    }
    const char *mkscan = g_getenv("MKSCAN") != NULL ? g_getenv("MKSCAN") : "build/mkscan";
    char **modes = g_strsplit(modes_arg != NULL ? modes_arg : "auto,mon+eng,mon,eng", ",", -1);
    const char *const *sources = argc > 1 ? (const char *const *)argv + 1 : default_sources;
    char *tmpdir = g_dir_make_tmp("zaalt-bench-ocr-XXXXXX", NULL);

    /* No cache: every page is recognised, every time. */
    ix_ocr *ocr = ix_ocr_new(NULL);
    time_engine_init("eng");
    time_engine_init("mon");
    time_engine_init("mon+eng");
    printf("\n%-44s %-8s %5s %7s %6s %5s %8s\n", "source", "mode", "pages", "words", "WER%", "conf", "s/page");

    for (int s = 0; sources[s] != NULL; s++) {
        char *pdf = g_build_filename(tmpdir, "scan.pdf", NULL);
        char **truth = render(mkscan, sources[s], pdf, dpi);
        char *uri = truth != NULL ? g_filename_to_uri(pdf, NULL, NULL) : NULL;
        PopplerDocument *doc = uri != NULL ? poppler_document_new_from_file(uri, NULL, NULL) : NULL;
        for (int m = 0; doc != NULL && modes[m] != NULL; m++) {
            ix_ocr_options opts = {.dpi = dpi, .languages = strcmp(modes[m], "auto") == 0 ? NULL : modes[m]};
            guint ref_words = 0, errors = 0;
            int n_pages = poppler_document_get_n_pages(doc), conf_sum = 0;
            double seconds = 0;
            for (int p = 0; p < n_pages && truth[p] != NULL; p++) {
                PopplerPage *page = poppler_document_get_page(doc, p);
                ix_ocr_result r;
                gint64 t0 = g_get_monotonic_time();
                if (!ix_ocr_page_full(ocr, page, &opts, &r, &error)) {
                    fprintf(stderr, "bench/ocr: %s page %d: %s\n", sources[s], p + 1, error->message);
                    g_clear_error(&error);
                    g_object_unref(page);
                    continue;
                }
                /* The first page of a mode includes making its engine. */
                seconds += (g_get_monotonic_time() - t0) / 1e6;
                GPtrArray *ref = words_of(truth[p]), *hyp = words_of(r.text);
                ref_words += ref->len;
                errors += edit_distance(ref, hyp);
                conf_sum += r.confidence;
                if (g_getenv("BENCH_OCR_SHOW") != NULL)
                    printf("--- %s page %d (%s)\n%s\n", sources[s], p + 1, r.languages, r.text);
                g_ptr_array_unref(ref);
                g_ptr_array_unref(hyp);
                ix_ocr_result_clear(&r);
                g_object_unref(page);
            }
            const char *base = strrchr(sources[s], '/') != NULL ? strrchr(sources[s], '/') + 1 : sources[s];
            printf("%-44s %-8s %5d %7u %6.2f %5d %8.2f\n", base, modes[m], n_pages, ref_words,
                   ref_words ? 100.0 * errors / ref_words : 0.0, n_pages ? conf_sum / n_pages : 0,
                   n_pages ? seconds / n_pages : 0.0);
            fflush(stdout);
        }
        if (doc != NULL)
            g_object_unref(doc);
        g_unlink(pdf);
        g_free(uri);
        g_free(pdf);
        g_strfreev(truth);
    }
    ix_ocr_free(ocr);
    g_rmdir(tmpdir);
    g_free(tmpdir);
    g_strfreev(modes);
    g_free(modes_arg);
    return 0;
}
