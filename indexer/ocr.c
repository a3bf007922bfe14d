/* ocr.c — scanned PDF pages to text: which pages need it, rendering with
 * poppler, recognition with tesseract's C API, and a cache of results.
 *
 * Tesseract engines are expensive to make (the models are read and
 * unpacked), so each process keeps one per language set, made on first use.
 * The indexer forks one worker per file, so a worker makes at most one or
 * two; they are never made in the parent before forking, because
 * tesseract's OpenMP thread pool does not survive fork().  That is the one
 * piece of process-wide state here, behind a lock.
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
#define OCR_RECIPE         "zaalt-ocr/1"
/* Every page is read with both models: tesseract tries Mongolian first and
 * retries the words it is unsure of with English.  On the benchmark's
 * clean scans (bench/ocr.c) this beat both a single model and choosing the
 * model by the share of Cyrillic after a first pass: English pages 0.2 %
 * word errors with both against 0.7 % with English alone, Mongolian pages
 * 0.3-1.2 % against 1.1-1.8 % with Mongolian alone.  Russian data is never
 * used: it has no ө or ү. */
#define OCR_LANGUAGES      "mon+eng"
/* A THIN page's recognised text is kept only with this mean confidence. */
#define OCR_MIN_CONFIDENCE 40

G_DEFINE_QUARK(ix - ocr - error - quark, ix_ocr_error)

/* ---- judging a text layer ---------------------------------------------- */

/* Words so common that any real page of Mongolian or English prose has
 * some; mojibake has none.  Folded (lower case). */
static const char *const common_words[] = {
    /* English */
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "is",
    "for",
    "that",
    "on",
    "by",
    "with",
    "as",
    "be",
    "or",
    "not",
    "this",
    "are",
    "was",
    "it",
    "an",
    "at",
    "from",
    "which",
    "shall",
    "court",
    "law",
    "article",
    "any",
    "has",
    "have",
    "were",
    "his",
    "her",
    "its",
    "their",
    "who",
    /* Mongolian */
    "нь",
    "ба",
    "болон",
    "юм",
    "бол",
    "энэ",
    "тэр",
    "зүйл",
    "зүйлийн",
    "хууль",
    "хуулийн",
    "хэсэг",
    "хэсэгт",
    "дугаар",
    "дүгээр",
    "оны",
    "сарын",
    "өдөр",
    "байна",
    "гэж",
    "буюу",
    "эсхүл",
    "хүн",
    "байгаа",
    "байсан",
    "бөгөөд",
    "тухай",
    "дахь",
    "дэх",
    "шүүх",
    "шүүхийн",
    "хэрэг",
    "хэргийн",
    "нэг",
    "их",
    "бүх",
    "гэсэн",
    "тул",
    "ч",
    "л",
    "үед",
    "талаар",
    "хүний",
    "улсын",
    NULL,
};

static bool
is_vowel(gunichar c)
{
    c = g_unichar_tolower(c);
    if (c >= 0xC0 && c < 0x250) {
        /* Accented Latin vowels (é, ö, …) count: French or German names. */
        gunichar base[4];
        if (g_unichar_fully_decompose(c, FALSE, base, G_N_ELEMENTS(base)) > 0)
            c = base[0];
    }
    switch (c) {
        case 'a':
        case 'e':
        case 'i':
        case 'o':
        case 'u':
        case 'y':
        case 0x0430:
        case 0x044D:
        case 0x0438:
        case 0x043E:
        case 0x0443:
        case 0x04E9:
        case 0x04AF:
        case 0x044B:
        case 0x0435:
        case 0x0451:
        case 0x044F:
        case 0x044E:
        case 0x0439:
            return true; /* а э и о у ө ү ы е ё я ю й */
        default:
            return false;
    }
}

typedef enum { SCRIPT_NONE, SCRIPT_LATIN, SCRIPT_CYRILLIC, SCRIPT_OTHER } script;

static script
script_of(gunichar c)
{
    if (c < 0x250)
        return SCRIPT_LATIN;
    if (c >= 0x0400 && c <= 0x052F)
        return SCRIPT_CYRILLIC;
    return SCRIPT_OTHER;
}

typedef struct text_stats {
    unsigned long alnum, odd; /* characters: letters and digits; odd ones */
    unsigned words;           /* tokens with letters and no digits */
    unsigned wordlike;        /* of those, plausible words */
    unsigned common;          /* of those, very common words */
} text_stats;

/* Characters no text of ours has, but broken encodings produce: control
 * and private-use codes, U+FFFD, and ASCII symbols that prose and tables
 * rarely use. */
static bool
odd_character(gunichar c)
{
    if (c == 0xFFFD)
        return true;
    switch (g_unichar_type(c)) {
        case G_UNICODE_CONTROL:
        case G_UNICODE_PRIVATE_USE:
        case G_UNICODE_UNASSIGNED:
        case G_UNICODE_SURROGATE:
            return c != 0 && c != '\n' && c != '\t' && c != '\r';
        default:
            return c < 0x80 && strchr("~^|\\{}<>`", (int)c) != NULL;
    }
}

/* Where a token ends besides white space: brackets, commas and the like,
 * which tables and run-together cells put between words ("contains(sit",
 * "sentence_months"). */
static bool
separator(gunichar c)
{
    return c == 0 || g_unichar_isspace(c) || (c < 0x80 && strchr("()[]{}_,;:\"!?", (int)c) != NULL) || c == 0x201C ||
           c == 0x201D || c == 0x00AB || c == 0x00BB || c == 0x2026 || c == 0x2013 || c == 0x2014;
}

/* What may stand inside a word: hyphens, apostrophes, the dots and slashes
 * of numbers and abbreviations, combining accents. */
static bool
inner_punctuation(gunichar c)
{
    return c == '-' || c == '\'' || c == '.' || c == '/' || c == 0x2019 || c == 0x2010 || c == 0x2011 ||
           g_unichar_ismark(c);
}

/* The capitals of a word: "word", "Word", "WORD" and "PDFs" are words, and
 * so are cells run together by the text layer ("HypothesisPredictor"):
 * every capital after a small letter must start a run of at least two
 * small letters.  Latin look-alike mojibake ("npliiMeHeHlileM" for
 * "применением") breaks this at once. */
static bool
plausible_capitals(const char *start, const char *end)
{
    bool seen_lower = false;
    for (const char *p = start; p < end; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (g_unichar_islower(c)) {
            seen_lower = true;
        } else if (g_unichar_isupper(c) && seen_lower) {
            const char *q = g_utf8_next_char(p);
            int small = 0;
            while (q < end && g_unichar_islower(g_utf8_get_char(q)) && small < 2) {
                small++;
                q = g_utf8_next_char(q);
            }
            if (small < 2)
                return false;
        }
    }
    return true;
}

/* One token, punctuation at its ends stripped. */
static void
judge_token(const char *start, const char *end, GHashTable *common, text_stats *st)
{
    while (start < end && !g_unichar_isalnum(g_utf8_get_char(start)))
        start = g_utf8_next_char(start);
    while (end > start) {
        const char *prev = g_utf8_prev_char(end);
        if (g_unichar_isalnum(g_utf8_get_char(prev)))
            break;
        end = prev;
    }
    if (start >= end)
        return;
    unsigned letters = 0, vowels = 0, symbols = 0, digits = 0, latin1_high = 0;
    script first = SCRIPT_NONE;
    bool mixed_script = false;
    for (const char *p = start; p < end; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (g_unichar_isalpha(c)) {
            letters++;
            script s = script_of(c);
            if (first == SCRIPT_NONE)
                first = s;
            else if (s != first)
                mixed_script = true;
            if (is_vowel(c))
                vowels++;
            if (c >= 0xC0 && c <= 0xFF)
                latin1_high++;
        } else if (g_unichar_isdigit(c)) {
            digits++;
        } else if (!inner_punctuation(c)) {
            symbols++;
        }
    }
    /* Numbers ("13.1.2") and numbered words ("2023-ны", "2024/ШЦТ/67") say
     * nothing either way. */
    if (letters == 0 || digits > 0)
        return;
    st->words++;
    bool plausible = !mixed_script && first != SCRIPT_OTHER && symbols == 0 && letters <= 30 &&
                     latin1_high * 2 <= letters && (vowels > 0 || letters <= 3) && plausible_capitals(start, end);
    if (plausible)
        st->wordlike++;
    char *folded = g_utf8_casefold(start, end - start);
    if (g_hash_table_contains(common, folded))
        st->common++;
    g_free(folded);
}

static void
text_statistics(const char *text, text_stats *st)
{
    memset(st, 0, sizeof *st);
    GHashTable *common = g_hash_table_new(g_str_hash, g_str_equal);
    for (int i = 0; common_words[i] != NULL; i++)
        g_hash_table_add(common, (gpointer)common_words[i]);
    const char *token = NULL;
    for (const char *p = text;; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (g_unichar_isalnum(c))
            st->alnum++;
        else if (odd_character(c))
            st->odd++;
        if (!separator(c)) {
            if (token == NULL)
                token = p;
        } else if (token != NULL) {
            judge_token(token, p, common, st);
            token = NULL;
        }
        if (c == 0)
            break;
    }
    g_hash_table_destroy(common);
}

ix_page_text
ix_judge_page_text(const char *page_text)
{
    if (page_text == NULL)
        return IX_PAGE_TEXT_NONE;
    if (!g_utf8_validate(page_text, -1, NULL))
        return IX_PAGE_TEXT_GARBAGE;
    text_stats st;
    text_statistics(page_text, &st);
    if (st.alnum == 0)
        return IX_PAGE_TEXT_NONE;
    /* Glyph codes without a usable font encoding. */
    if (st.odd * 10 > st.alnum)
        return IX_PAGE_TEXT_GARBAGE;
    /* Real prose has common words (English 20-40 % of its words, Mongolian
     * 5-15 %); a table may have none, but its words still look like
     * words.  Under half plausible words is garbage whatever the luck. */
    bool has_common = st.common * 50 >= st.words;             /* ≥ 2 % */
    bool looks_like_words = st.wordlike * 10 >= st.words * 7; /* ≥ 70 % */
    if (st.words >= 8 && !has_common && !looks_like_words)
        return IX_PAGE_TEXT_GARBAGE;
    if (st.words > 0 && st.wordlike * 2 < st.words)
        return IX_PAGE_TEXT_GARBAGE;
    return st.words < IX_OCR_THIN_WORDS ? IX_PAGE_TEXT_THIN : IX_PAGE_TEXT_OK;
}

static bool
page_has_image(PopplerPage *page)
{
    GList *images = poppler_page_get_image_mapping(page);
    bool any = images != NULL;
    poppler_page_free_image_mapping(images);
    return any;
}

bool
ix_page_needs_ocr(PopplerPage *page, const char *page_text)
{
    switch (ix_judge_page_text(page_text)) {
        case IX_PAGE_TEXT_OK:
            return false;
        case IX_PAGE_TEXT_THIN:
            return page != NULL && page_has_image(page);
        case IX_PAGE_TEXT_NONE:
        case IX_PAGE_TEXT_GARBAGE:
        default:
            return true;
    }
}

bool
ix_ocr_is_better(const char *layer_text, const char *ocr_text, int confidence)
{
    if (ocr_text == NULL || confidence < OCR_MIN_CONFIDENCE)
        return false;
    text_stats layer, ocr;
    text_statistics(layer_text != NULL ? layer_text : "", &layer);
    text_statistics(ocr_text, &ocr);
    return ocr.words > layer.words;
}

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

static GMutex engines_lock;
static GPtrArray *engines; /* engine* */

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

/* Called with engines_lock held. */
static TessBaseAPI *
engine_for(const char *languages, GError **error)
{
    for (guint i = 0; engines != NULL && i < engines->len; i++) {
        engine *e = engines->pdata[i];
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
    if (engines == NULL)
        engines = g_ptr_array_new_with_free_func((GDestroyNotify)engine_free);
    engine *e = g_new0(engine, 1);
    e->languages = g_strdup(languages);
    e->api = api;
    g_ptr_array_add(engines, e);
    return api;
}

void
ix_ocr_shutdown(void)
{
    g_mutex_lock(&engines_lock);
    if (engines != NULL)
        g_ptr_array_free(engines, TRUE);
    engines = NULL;
    g_mutex_unlock(&engines_lock);
}

/* ---- rendering --------------------------------------------------------- */

typedef struct grey_image {
    guint8 *pixels; /* one byte per pixel, rows without padding */
    int width, height, dpi;
} grey_image;

cairo_surface_t *
ix_render_page(PopplerPage *page, double scale, bool printing, double *scale_used, GError **error)
{
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
render_grey(PopplerPage *page, int dpi, grey_image *img, GError **error)
{
    double scale = 0;
    cairo_surface_t *surface = ix_render_page(page, dpi / 72.0, true, &scale, error);
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

/* Called with engines_lock held. */
static bool
recognise(const grey_image *img, const char *languages, ix_ocr_result *out, GError **error)
{
    TessBaseAPI *api = engine_for(languages, error);
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
ix_ocr_page_full(PopplerPage *page, const ix_ocr_options *opts, ix_ocr_result *out, GError **error)
{
    memset(out, 0, sizeof *out);
    ix_ocr_options defaults = {0};
    if (opts == NULL)
        opts = &defaults;
    grey_image img = {0};
    if (!render_grey(page, opts->dpi > 0 ? opts->dpi : IX_OCR_DPI, &img, error))
        return false;

    char *key = NULL, *path = NULL;
    bool ok = true;
    if (opts->cache_dir != NULL) {
        key = cache_key(&img, opts->languages);
        char *name = g_strconcat(key, ".txt", NULL);
        path = g_build_filename(opts->cache_dir, name, NULL);
        g_free(name);
        if (cache_read(path, out))
            goto done;
    }

    g_mutex_lock(&engines_lock);
    ok = recognise(&img, opts->languages != NULL ? opts->languages : OCR_LANGUAGES, out, error);
    g_mutex_unlock(&engines_lock);
    if (ok && path != NULL)
        cache_write(opts->cache_dir, path, out);

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
ix_ocr_page(PopplerPage *page, const char *cache_dir, int *confidence, GError **error)
{
    ix_ocr_options opts = {.cache_dir = cache_dir};
    ix_ocr_result r;
    if (!ix_ocr_page_full(page, &opts, &r, error))
        return NULL;
    if (confidence != NULL)
        *confidence = r.confidence;
    return r.text;
}
