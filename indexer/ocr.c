/* ocr.c — scanned PDF pages to text: rendering with poppler, recognition
 * with tesseract's C API, and a cache of results (ocr.h).
 *
 * Tesseract engines are expensive to make (the models are read and
 * unpacked), so a recogniser (ix_ocr) keeps one per language set, made on
 * first use, behind its own lock.  The indexer's parent makes the
 * recogniser and never recognises; each forked worker makes its engine in
 * its own copy, because tesseract's OpenMP thread pool does not survive
 * fork().
 *
 * Not for: the layout of a page (tesseract's own segmentation decides
 * columns and reading order), or text layers that az_normalise() can
 * repair.
 */
#include "indexer/ocr.h"

#include <cairo.h>
#include <dlfcn.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <tesseract/capi.h>

/* Bumped whenever rendering or recognition changes in a way that changes
 * results, so old cache entries stop matching. */
#define OCR_RECIPE    "zaalt-ocr/1"
/* Every page is read with both models: tesseract tries Mongolian first and
 * retries the words it is unsure of with English.  On the benchmark's
 * clean scans (bench/ocr.c) this beat both a single model and choosing the
 * model by the share of Cyrillic after a first pass: English pages 0.2 %
 * word errors with both against 0.7 % with English alone, Mongolian pages
 * 0.3-1.2 % against 1.1-1.8 % with Mongolian alone.  Russian data is never
 * used: it has no ө or ү. */
#define OCR_LANGUAGES "mon+eng"

G_DEFINE_QUARK(ix - ocr - error - quark, ix_ocr_error)

/* ---- the engine -------------------------------------------------------- */

/* Where tesseract's models are: $TESSDATA_PREFIX (with or without the
 * "tessdata" folder), else Debian's folders for tesseract 5 and 4. */
static char *
find_tessdata(const char *const *languages, GError **error)
{
    const char *env = g_getenv("TESSDATA_PREFIX");
    char *env_sub = env != NULL ? g_build_filename(env, "tessdata", NULL) : NULL;
    const char *candidates[] = {env, env_sub, "/usr/share/tesseract-ocr/5/tessdata",
                                "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata"};
    char *found = NULL;
    for (size_t i = 0; i < G_N_ELEMENTS(candidates) && found == NULL; i++) {
        if (candidates[i] == NULL)
            continue;
        bool all = true;
        for (int l = 0; all && languages[l] != NULL; l++) {
            char *name = g_strconcat(languages[l], ".traineddata", NULL);
            char *path = g_build_filename(candidates[i], name, NULL);
            all = g_file_test(path, G_FILE_TEST_IS_REGULAR);
            g_free(path);
            g_free(name);
        }
        if (all)
            found = g_strdup(candidates[i]);
    }
    g_free(env_sub);
    if (found == NULL) {
        char *list = g_strjoinv(", ", (char **)languages);
        g_set_error(error, IX_OCR_ERROR, IX_OCR_ERROR_NO_ENGINE,
                    "OCR is not available: tesseract data for %s not found (install tesseract-ocr-mon and "
                    "tesseract-ocr-eng, or set TESSDATA_PREFIX)",
                    list);
        g_free(list);
    }
    return found;
}

bool
ix_ocr_available(GError **error)
{
    static const char *const both[] = {"mon", "eng", NULL};
    char *dir = find_tessdata(both, error);
    g_free(dir);
    return dir != NULL;
}

/* One engine per language set, made on first use (see the file comment). */
typedef struct engine {
    char *languages;
    TessBaseAPI *api;
} engine;

struct ix_ocr {
    char *cache_dir;
    GMutex lock;        /* held while an engine is made or used */
    GPtrArray *engines; /* engine*, made on first use */
    ix_ocr_pace pace;   /* all NULL: every page is read */
};

static void
engine_free(engine *e)
{
    TessBaseAPIEnd(e->api);
    TessBaseAPIDelete(e->api);
    g_free(e->languages);
    g_free(e);
}

/* Tesseract's LSTM runs parallel loops with OpenMP.  With one worker per
 * core, those threads only fight each other: measured on two cores, a page
 * took 3.7 s of wall time and 3.5 s of CPU with them, 2.0 s and 1.4 s
 * without.  OMP_THREAD_LIMIT=1 would say so, but libgomp reads it once
 * when it is loaded, before main(); allowing no active parallel region
 * (max-active-levels 0) has the same effect and can be set at run time.
 * Looked up rather than linked: a tesseract built without OpenMP has no
 * libgomp, and then there is nothing to do.  Honours OMP_THREAD_LIMIT or
 * OMP_MAX_ACTIVE_LEVELS when the user set them. */
static void
keep_openmp_serial(void)
{
    if (g_getenv("OMP_THREAD_LIMIT") != NULL || g_getenv("OMP_MAX_ACTIVE_LEVELS") != NULL)
        return;
    void (*set_levels)(int) = (void (*)(int))dlsym(RTLD_DEFAULT, "omp_set_max_active_levels");
    if (set_levels != NULL)
        set_levels(0);
}

/* Called with ocr->lock held. */
static TessBaseAPI *
engine_for(ix_ocr *ocr, const char *languages, GError **error)
{
    for (guint i = 0; i < ocr->engines->len; i++) {
        engine *e = ocr->engines->pdata[i];
        if (strcmp(e->languages, languages) == 0)
            return e->api;
    }
    char **langs = g_strsplit(languages, "+", -1);
    char *datapath = find_tessdata((const char *const *)langs, error);
    g_strfreev(langs);
    if (datapath == NULL)
        return NULL;
    keep_openmp_serial();
    TessBaseAPI *api = TessBaseAPICreate();
    /* Tesseract reports through tprintf to stderr; a library must not print.
     * Setting the debug file before Init keeps the model loader quiet too. */
    TessBaseAPISetVariable(api, "debug_file", "/dev/null");
    int rc = TessBaseAPIInit2(api, datapath, languages, OEM_LSTM_ONLY);
    g_free(datapath);
    if (rc != 0) {
        TessBaseAPIDelete(api);
        g_set_error(error, IX_OCR_ERROR, IX_OCR_ERROR_NO_ENGINE, "OCR is not available: tesseract cannot load %s",
                    languages);
        return NULL;
    }
    TessBaseAPISetVariable(api, "debug_file", "/dev/null");
    TessBaseAPISetPageSegMode(api, PSM_AUTO);
    engine *e = g_new0(engine, 1);
    e->languages = g_strdup(languages);
    e->api = api;
    g_ptr_array_add(ocr->engines, e);
    return api;
}

ix_ocr *
ix_ocr_new(const char *cache_dir)
{
    ix_ocr *ocr = g_new0(ix_ocr, 1);
    ocr->cache_dir = g_strdup(cache_dir);
    g_mutex_init(&ocr->lock);
    ocr->engines = g_ptr_array_new_with_free_func((GDestroyNotify)engine_free);
    return ocr;
}

void
ix_ocr_free(ix_ocr *ocr)
{
    if (ocr == NULL)
        return;
    g_ptr_array_free(ocr->engines, TRUE);
    g_mutex_clear(&ocr->lock);
    g_free(ocr->cache_dir);
    g_free(ocr);
}

const char *
ix_ocr_cache_dir(const ix_ocr *ocr)
{
    return ocr->cache_dir;
}

void
ix_ocr_set_pace(ix_ocr *ocr, const ix_ocr_pace *pace)
{
    ocr->pace = pace ? *pace : (ix_ocr_pace){0};
}

ix_ocr_verdict
ix_ocr_pace_begin(ix_ocr *ocr, int number, char **why)
{
    *why = NULL;
    return ocr->pace.begin ? ocr->pace.begin(number, why, ocr->pace.user) : IX_OCR_GO;
}

void
ix_ocr_pace_end(ix_ocr *ocr)
{
    if (ocr->pace.end)
        ocr->pace.end(ocr->pace.user);
}

/* ---- rendering --------------------------------------------------------- */

typedef struct grey_image {
    guint8 *pixels; /* one byte per pixel, rows without padding */
    int width, height, dpi;
} grey_image;

cairo_surface_t *
ix_render_page(PopplerPage *page, const ix_page_images *images, double scale, bool printing, double *scale_used,
               GError **error)
{
    /* Before poppler is asked anything: it would decode every image whole
     * (pageimages.h), and spend the render's limit failing to. */
    char *refused = ix_page_images_refusal(images, poppler_page_get_index(page) + 1);
    if (refused != NULL) {
        g_set_error_literal(error, IX_OCR_ERROR, IX_OCR_ERROR_TOO_LARGE, refused);
        g_free(refused);
        return NULL;
    }
    double w_pt = 0, h_pt = 0;
    poppler_page_get_size(page, &w_pt, &h_pt);
    if (!(w_pt > 0 && h_pt > 0 && w_pt < 1e6 && h_pt < 1e6)) {
        g_set_error(error, IX_OCR_ERROR, IX_OCR_ERROR_RENDER, "cannot render page: size %gx%g", w_pt, h_pt);
        return NULL;
    }
    double pixels = w_pt * scale * h_pt * scale;
    if (pixels > (double)IX_OCR_MAX_PIXELS)
        scale *= sqrt((double)IX_OCR_MAX_PIXELS / pixels);
    int width = (int)ceil(w_pt * scale), height = (int)ceil(h_pt * scale);
    if (width < 1 || height < 1 || width > 32767 || height > 32767) {
        g_set_error(error, IX_OCR_ERROR, IX_OCR_ERROR_RENDER, "cannot render page: %dx%d pixels", width, height);
        return NULL;
    }
    cairo_surface_t *surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height);
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
        g_set_error(error, IX_OCR_ERROR, IX_OCR_ERROR_RENDER, "cannot render page: %s",
                    cairo_status_to_string(cairo_surface_status(surface)));
        cairo_surface_destroy(surface);
        return NULL;
    }
    cairo_t *cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_scale(cr, scale, scale);
    if (printing)
        poppler_page_render_for_printing(page, cr);
    else
        poppler_page_render(page, cr);
    cairo_status_t cs = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_flush(surface);
    if (cs != CAIRO_STATUS_SUCCESS) {
        g_set_error(error, IX_OCR_ERROR, IX_OCR_ERROR_RENDER, "cannot render page: %s", cairo_status_to_string(cs));
        cairo_surface_destroy(surface);
        return NULL;
    }
    if (scale_used != NULL)
        *scale_used = scale;
    return surface;
}

/* Renders `page` onto white at `dpi` (less if the page is huge) and turns
 * it to grey, one byte per pixel: what tesseract binarises anyway, a
 * quarter of the memory, and a byte order nobody can get wrong. */
static bool
render_grey(PopplerPage *page, const ix_page_images *images, int dpi, grey_image *img, GError **error)
{
    double scale = 0;
    cairo_surface_t *surface = ix_render_page(page, images, dpi / 72.0, true, &scale, error);
    if (surface == NULL)
        return false;
    int width = cairo_image_surface_get_width(surface), height = cairo_image_surface_get_height(surface);
    const guint8 *data = cairo_image_surface_get_data(surface);
    int stride = cairo_image_surface_get_stride(surface);
    img->pixels = g_malloc((gsize)width * height);
    for (int y = 0; y < height; y++) {
        const guint32 *row = (const guint32 *)(data + (gsize)y * stride);
        guint8 *out = img->pixels + (gsize)y * width;
        for (int x = 0; x < width; x++) {
            guint32 px = row[x]; /* 0x00RRGGBB in native order */
            guint r = (px >> 16) & 0xFF, g = (px >> 8) & 0xFF, b = px & 0xFF;
            out[x] = (guint8)((r * 299 + g * 587 + b * 114 + 500) / 1000);
        }
    }
    img->width = width;
    img->height = height;
    img->dpi = (int)lround(scale * 72.0);
    cairo_surface_destroy(surface);
    return true;
}

/* ---- the cache --------------------------------------------------------- */

/* The cache key: SHA-256 over the recipe, the language choice, the size
 * and the pixels.  Hashing pixels rather than the PDF's bytes makes one
 * scanned page found in two files, or re-saved by another program, one
 * entry. */
static char *
cache_key(const grey_image *img, const char *languages)
{
    GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
    char *head = g_strdup_printf("%s\n%s\n%dx%d@%d\n", OCR_RECIPE, languages != NULL ? languages : "auto", img->width,
                                 img->height, img->dpi);
    g_checksum_update(sum, (const guchar *)head, -1);
    g_checksum_update(sum, img->pixels, (gssize)img->width * img->height);
    char *hex = g_strdup(g_checksum_get_string(sum));
    g_checksum_free(sum);
    g_free(head);
    return hex;
}

/* A cache entry: "zaalt-ocr 1\nconfidence N\nlanguages L\n\n" then the
 * text.  Anything else is a miss (and is overwritten). */
static bool
cache_read(const char *path, ix_ocr_result *out)
{
    char *data = NULL;
    gsize len = 0;
    if (!g_file_get_contents(path, &data, &len, NULL))
        return false;
    bool ok = false;
    int confidence = -1;
    char languages[16] = "";
    char *body = strstr(data, "\n\n");
    if (g_str_has_prefix(data, "zaalt-ocr 1\n") && body != NULL &&
        sscanf(data, "zaalt-ocr 1\nconfidence %d\nlanguages %15[a-z+]\n", &confidence, languages) == 2 &&
        confidence >= 0 && confidence <= 100 && g_utf8_validate(body + 2, (gssize)(len - (body + 2 - data)), NULL)) {
        out->text = g_strndup(body + 2, len - (body + 2 - data));
        out->confidence = confidence;
        g_strlcpy(out->languages, languages, sizeof out->languages);
        out->from_cache = true;
        ok = true;
    }
    g_free(data);
    return ok;
}

/* Written to a temporary file and renamed into place (g_file_set_contents),
 * so parallel workers and a killed run never leave half an entry. */
static void
cache_write(const char *dir, const char *path, const ix_ocr_result *r)
{
    if (g_mkdir_with_parents(dir, 0755) != 0)
        return;
    char *data =
        g_strdup_printf("zaalt-ocr 1\nconfidence %d\nlanguages %s\n\n%s", r->confidence, r->languages, r->text);
    g_file_set_contents_full(path, data, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, NULL);
    g_free(data);
}

/* ---- recognition ------------------------------------------------------- */

/* Called with ocr->lock held. */
static bool
recognise(ix_ocr *ocr, const grey_image *img, const char *languages, ix_ocr_result *out, GError **error)
{
    TessBaseAPI *api = engine_for(ocr, languages, error);
    if (api == NULL)
        return false;
    TessBaseAPISetImage(api, img->pixels, img->width, img->height, 1, img->width);
    TessBaseAPISetSourceResolution(api, img->dpi);
    if (TessBaseAPIRecognize(api, NULL) != 0) {
        TessBaseAPIClear(api);
        g_set_error(error, IX_OCR_ERROR, IX_OCR_ERROR_RECOGNISE, "OCR failed on the page (%dx%d pixels)", img->width,
                    img->height);
        return false;
    }
    char *text = TessBaseAPIGetUTF8Text(api);
    int confidence = TessBaseAPIMeanTextConf(api);
    TessBaseAPIClear(api);
    out->text = g_strdup(text != NULL && g_utf8_validate(text, -1, NULL) ? text : "");
    TessDeleteText(text);
    out->confidence = CLAMP(confidence, 0, 100);
    g_strlcpy(out->languages, languages, sizeof out->languages);
    out->from_cache = false;
    return true;
}

bool
ix_ocr_page_full(ix_ocr *ocr, PopplerPage *page, const ix_ocr_options *opts, ix_ocr_result *out, GError **error)
{
    memset(out, 0, sizeof *out);
    ix_ocr_options defaults = {0};
    if (opts == NULL)
        opts = &defaults;
    grey_image img = {0};
    bool rendered = render_grey(page, opts->images, opts->dpi > 0 ? opts->dpi : IX_OCR_DPI, &img, error);
    if (ocr->pace.rendered)
        ocr->pace.rendered(ocr->pace.user);
    if (!rendered)
        return false;

    char *key = NULL, *path = NULL;
    bool ok = true;
    if (ocr->cache_dir != NULL) {
        key = cache_key(&img, opts->languages);
        char *name = g_strconcat(key, ".txt", NULL);
        path = g_build_filename(ocr->cache_dir, name, NULL);
        g_free(name);
        if (cache_read(path, out))
            goto done;
    }

    g_mutex_lock(&ocr->lock);
    ok = recognise(ocr, &img, opts->languages != NULL ? opts->languages : OCR_LANGUAGES, out, error);
    g_mutex_unlock(&ocr->lock);
    if (ok && path != NULL)
        cache_write(ocr->cache_dir, path, out);

done:
    if (ok) {
        out->width = img.width;
        out->height = img.height;
    }
    g_free(path);
    g_free(key);
    g_free(img.pixels);
    return ok;
}

void
ix_ocr_result_clear(ix_ocr_result *result)
{
    g_free(result->text);
    memset(result, 0, sizeof *result);
}

char *
ix_ocr_page(ix_ocr *ocr, PopplerPage *page, const ix_page_images *images, int *confidence, GError **error)
{
    ix_ocr_result r;
    if (!ix_ocr_page_full(ocr, page, &(ix_ocr_options){.images = images}, &r, error))
        return NULL;
    if (confidence != NULL)
        *confidence = r.confidence;
    return r.text;
}
