/* extract.c — which extractor a file goes to, and what every extracted
 * document gets whatever its format.
 *
 * The format is sniffed from the first bytes ("%PDF-" within the first
 * kilobyte; an XML declaration or a leading element; otherwise text that
 * decodes with few control characters).  The extension only breaks ties:
 * a file called .pdf or .xml that is not one is reported as a damaged file of
 * that format rather than silently read as text, and a .md or .txt file
 * that happens to start with '<' stays text.
 *
 * Not for: the formats themselves (pdf.c, xml.c, text.c) or structure
 * (structure.c).
 */
#include "indexer/extract.h"

#include <errno.h>
#include <libxml/parser.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "indexer/mappings.h"
#include "indexer/structure.h"
#include "core/analysis.h"
#include "legal/provision.h"

G_DEFINE_QUARK(ix - extract - error - quark, ix_extract_error)

/* Bytes read to sniff the format; PDF allows junk before "%PDF-" within the
 * first kilobyte. */
#define IX_SNIFF_BYTES       1024
/* XML and text are read whole into memory; beyond this the file is not a
 * document a person wrote but an export or a dump. */
#define IX_MAX_TEXT_BYTES    (64 * 1024 * 1024)
/* How much of a document decides its language. */
#define IX_LANG_SAMPLE_BYTES (64 * 1024)

typedef enum { FMT_UNKNOWN, FMT_PDF, FMT_XML, FMT_TEXT } ix_format;

/* ---- libxml2 set-up ----------------------------------------------------- */

/* Refuses every external entity, DTD and XInclude target.  The parser
 * options already keep entities unexpanded and DTDs unloaded; this is the
 * second lock, so a future option change cannot reopen the door. */
static xmlParserInputPtr
refuse_external_entity(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
    return NULL;
}

/* Set once per worker process before it extracts, read by pdf.c. */
static gboolean ocr_enabled = FALSE;
static char *ocr_cache = NULL;

void
ix_extract_set_ocr(gboolean enabled, const char *cache_dir)
{
    ocr_enabled = enabled;
    g_free(ocr_cache);
    ocr_cache = cache_dir != NULL ? g_strdup(cache_dir) : NULL;
}

gboolean
ix_extract_ocr_enabled(void)
{
    return ocr_enabled;
}

const char *
ix_extract_ocr_cache(void)
{
    return ocr_cache;
}

static gboolean keep_covered = FALSE;

void
ix_extract_set_keep_covered(gboolean keep)
{
    keep_covered = keep;
}

gboolean
ix_extract_keep_covered(void)
{
    return keep_covered;
}

void
ix_extract_init(zc_context *ctx)
{
    xmlInitParser();
    xmlSetExternalEntityLoader(refuse_external_entity);
    /* Patterns and mappings from corpus-config, loaded once here in the
     * parent so that every forked worker inherits them compiled. */
    ix_structure_init(ctx);
    ix_mappings_init(ctx);
}

/* ---- Sniffing ----------------------------------------------------------- */

static gboolean
has_extension(const char *path, const char *const *exts)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    if (dot == NULL)
        return FALSE;
    for (; *exts != NULL; exts++)
        if (g_ascii_strcasecmp(dot + 1, *exts) == 0)
            return TRUE;
    return FALSE;
}

static const char *const pdf_exts[] = {"pdf", NULL};
static const char *const xml_exts[] = {"xml", "akn", "xhtml", NULL};
static const char *const text_exts[] = {"txt", "md", "markdown", "text", NULL};

/* True if `head` looks like text: no NUL and almost no control bytes other
 * than tab, newline, carriage return and form feed.  Binary formats are full
 * of them; text in any 8-bit encoding is not. */
static gboolean
looks_like_text(const unsigned char *head, size_t n)
{
    size_t controls = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = head[i];
        if (c == 0)
            return FALSE;
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f)
            controls++;
    }
    return controls * 100 <= n; /* at most 1% */
}

static ix_format
sniff(const char *path, const unsigned char *head, size_t n)
{
    if (n >= 5 && memmem(head, n, "%PDF-", 5) != NULL)
        return FMT_PDF;

    const unsigned char *p = head, *end = head + n;
    if (n >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) {
        /* UTF-16: only XML declares itself in it; libxml2 decodes it. */
        int lo = p[0] == 0xFF;
        for (p += 2; p + 1 < end; p += 2) {
            unsigned c = lo ? (unsigned)(p[0] | p[1] << 8) : (unsigned)(p[0] << 8 | p[1]);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
                continue;
            return c == '<' ? FMT_XML : FMT_UNKNOWN;
        }
        return FMT_UNKNOWN;
    }
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        p += 3;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
        p++;
    if (p + 1 < end && *p == '<') {
        gboolean declaration = (size_t)(end - p) >= 5 && memcmp(p, "<?xml", 5) == 0;
        gboolean element = p[1] == '?' || p[1] == '!' || p[1] == '_' || g_ascii_isalpha(p[1]) || p[1] >= 0x80;
        if (declaration || (element && !has_extension(path, text_exts)))
            return FMT_XML;
    }
    if (looks_like_text(head, n))
        return FMT_TEXT;
    return FMT_UNKNOWN;
}

/* ---- Common fields ------------------------------------------------------ */

char *
ix_clip_title(const char *title)
{
    if (title == NULL)
        return NULL;
    char *t = g_strstrip(g_strdup(title));
    /* Titles are one line: newlines inside metadata titles become spaces. */
    for (char *c = t; *c; c++)
        if (*c == '\n' || *c == '\r' || *c == '\t')
            *c = ' ';
    if (*t == '\0') {
        g_free(t);
        return NULL;
    }
    if (g_utf8_strlen(t, -1) > 200) {
        char *cut = g_utf8_offset_to_pointer(t, 200);
        *cut = '\0';
        g_strstrip(t);
    }
    return t;
}

static char *
title_from_file_name(const char *path)
{
    char *base = g_path_get_basename(path);
    char *dot = strrchr(base, '.');
    if (dot != NULL && dot != base)
        *dot = '\0';
    char *title = g_filename_display_name(base);
    g_free(base);
    return title;
}

/* Language from a sample of the units' text, when the format gave none. */
static void
detect_language(zr_doc *doc)
{
    GString *sample = g_string_new(NULL);
    for (guint i = 0; i < doc->units->len && sample->len < IX_LANG_SAMPLE_BYTES; i++) {
        const zr_unit *u = g_ptr_array_index(doc->units, i);
        g_string_append_len(sample, u->text, MIN((gssize)strlen(u->text), IX_LANG_SAMPLE_BYTES));
        g_string_append_c(sample, '\n');
    }
    const char *lang = az_detect_lang(sample->str, (gssize)sample->len);
    doc->lang = g_strdup(lang);
    g_string_free(sample, TRUE);
}

char *
ix_law_of_title(const char *title)
{
    if (title == NULL)
        return NULL;
    char *lower = g_utf8_strdown(title, -1);
    char *law = NULL;
    gboolean procedure = strstr(lower, "хэрэг хянан") != NULL || strstr(lower, "procedure") != NULL;
    if (!procedure && (strstr(lower, "эрүүгийн хууль") != NULL || strstr(lower, "criminal code of mongolia") != NULL))
        law = g_strdup(strstr(lower, "2002") != NULL ? "2002" : "ЭХ");
    else
        law = zp_law_acronym(title);
    g_free(lower);
    return law;
}

void
ix_add_unit_citations(zr_doc *doc)
{
    /* In a statute other than the Criminal Code, "энэ хуулийн 5.1" and a
     * bare "5.1 дүгээр зүйл" are that statute's own articles. */
    const char *self_law = NULL;
    if (doc->law != NULL && strcmp(doc->law, "ЭХ") != 0)
        self_law = doc->law;
    for (guint i = 0; i < doc->units->len; i++) {
        zr_unit *u = g_ptr_array_index(doc->units, i);
        if (u->provision != NULL && g_strcmp0(u->kind, "article") == 0)
            ix_find_parts(u);
        GPtrArray *refs = zp_find_refs_in(u->text, self_law);
        char *own = NULL;
        if (u->provision != NULL)
            own = self_law != NULL ? g_strconcat(self_law, ":", u->provision, NULL) : g_strdup(u->provision);
        for (guint k = 0; k < refs->len; k++) {
            const zp_ref *r = g_ptr_array_index(refs, k);
            /* A decision does not cite itself, nor an article its heading. */
            if (r->kind == ZP_REF_DECISION && g_strcmp0(r->key, doc->case_number) == 0)
                continue;
            if (own != NULL && strcmp(r->key, own) == 0)
                continue;
            zr_strv_add_unique(u->cites, r->key);
        }
        g_free(own);
        g_ptr_array_unref(refs);
    }
}

static ix_extract_status
finish(const char *abspath, const char *type_hint, zr_doc *doc, GError **error)
{
    if (doc->units->len == 0) {
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_EMPTY, "no text");
        return IX_EXTRACT_FAIL;
    }
    char *title = NULL;
    if (doc->title != NULL) {
        char *normal = az_normalise(doc->title, -1);
        title = ix_clip_title(normal);
        g_free(normal);
    }
    g_free(doc->title);
    doc->title = title != NULL ? title : title_from_file_name(abspath);
    if (doc->type == NULL)
        doc->type = g_strdup(type_hint != NULL ? type_hint : "other");
    if (doc->lang == NULL)
        detect_language(doc);
    if (doc->law == NULL && strcmp(doc->type, "code") == 0)
        doc->law = ix_law_of_title(doc->title);
    ix_add_unit_citations(doc);
    return IX_EXTRACT_OK;
}

/* ---- Entry point -------------------------------------------------------- */

ix_extract_status
ix_extract_file(const char *abspath, const char *type_hint, zr_doc *doc, GError **error)
{
    FILE *f = fopen(abspath, "rb");
    if (f == NULL) {
        int e = errno;
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_IO, "cannot open: %s", g_strerror(e));
        return IX_EXTRACT_FAIL;
    }
    struct stat st;
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
        fclose(f);
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_UNSUPPORTED, "not a regular file");
        return IX_EXTRACT_SKIP;
    }
    unsigned char head[IX_SNIFF_BYTES];
    size_t n = fread(head, 1, sizeof head, f);
    fclose(f);
    if (n == 0) {
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_EMPTY, "empty file");
        return IX_EXTRACT_FAIL;
    }

    ix_format format = sniff(abspath, head, n);
    /* A name that promises PDF or XML wins over weaker content evidence, so
     * a truncated or corrupt file is reported as such, not indexed as text. */
    if (format != FMT_PDF && has_extension(abspath, pdf_exts)) {
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_DAMAGED,
                    "damaged PDF: no %%PDF- header in the first %d bytes", IX_SNIFF_BYTES);
        return IX_EXTRACT_FAIL;
    }
    if (format == FMT_TEXT && has_extension(abspath, xml_exts))
        format = FMT_XML;
    if (format == FMT_UNKNOWN) {
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_UNSUPPORTED, "not a PDF, XML or UTF-8 text file");
        return IX_EXTRACT_SKIP;
    }

    ix_extract_status status;
    if (format == FMT_PDF) {
        doc->format = g_strdup("pdf");
        status = ix_extract_pdf(abspath, type_hint, doc, error);
    } else {
        if (st.st_size > IX_MAX_TEXT_BYTES) {
            g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_LIMIT, "file too large for %s extraction (%lld MB)",
                        format == FMT_XML ? "XML" : "text", (long long)(st.st_size >> 20));
            return IX_EXTRACT_FAIL;
        }
        char *data = NULL;
        gsize len = 0;
        GError *io = NULL;
        if (!g_file_get_contents(abspath, &data, &len, &io)) {
            g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_IO, "cannot read: %s", io->message);
            g_error_free(io);
            return IX_EXTRACT_FAIL;
        }
        if (format == FMT_XML) {
            doc->format = g_strdup("xml");
            status = ix_extract_xml(abspath, data, len, type_hint, doc, error);
        } else {
            doc->format = g_strdup("text");
            status = ix_extract_text(abspath, data, len, type_hint, doc, error);
        }
        g_free(data);
    }
    if (status != IX_EXTRACT_OK)
        return status;
    return finish(abspath, type_hint, doc, error);
}
