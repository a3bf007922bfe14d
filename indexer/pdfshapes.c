/* pdfshapes.c — whether anything a PDF draws could hide its text (see
 * pdfshapes.h), from the file's bytes alone: every stream is found, the
 * content streams inflated and their operators read with a small graphics
 * state (colours, line width, the transformation's scale, q/Q).  Rendering
 * a page through poppler costs most of what extracting it does (the
 * interpreter and the fonts, not the pixels: a pre-pass through poppler
 * saves at most a third), while this reads a few kilobytes a page.
 *
 * A character is "covered" for hidden.c when its box renders dark, which
 * takes a dark paint over it: a dark filled shape, a thick dark stroke, an
 * image, a shading or an annotation that draws.  Light fills (panels,
 * backgrounds) and thin dark rules (underlines, table borders drawn as
 * filled rectangles) cannot make a box 80 % dark and are passed over.
 * Here the whole file is read, stream by stream, for one verdict (the
 * fallback); pdfpages.c follows the page tree for a verdict a page, with
 * the content reader below (pdfcontent.h).  Images are never looked
 * into: a page drawing one is rendered.
 *
 * Not for: where the shapes are (no coordinates leave this file), text
 * drawn as glyphs (a row of U+2588 over other text is for the caller),
 * nor validating PDFs. */
#include "indexer/pdfshapes.h"
#include "indexer/pdfcontent.h"

#include <math.h>
#include <string.h>
#include <zlib.h>

/* Largest inflated stream read; a bigger one is "in doubt". */
#define SHAPES_MAX_STREAM (64u << 20)
/* Luminance (0-255) from which a paint is too light to darken a box (the
 * check counts pixels under 60; half-way leaves room for transparency). */
#define SHAPES_LIGHT      128.0
/* A shape or stroke thinner than this many points cannot cover 80 % of a
 * character's inner box (60 % of a glyph 3 points high or more). */
#define SHAPES_THIN       1.5
#define SHAPES_DEPTH      32

typedef struct shape_gs {
    double fill, stroke; /* luminance 0-255; < 0 unknown (counts as dark) */
    double width;        /* line width, user units */
    double scale;        /* largest stretch of the CTM */
} shape_gs;

/* A number operand as written: most numbers of a page are the kerning in
 * its TJ arrays, which no operator here reads, so a number is converted
 * only when an operator reads it (num()). */
typedef struct shape_number {
    const char *p;
    size_t n;
} shape_number;

typedef struct shape_scan {
    shape_gs gs[SHAPES_DEPTH];
    int depth, overflow;
    shape_number num[6];
    int n_num, n_ops; /* numbers (last six kept) and all operands since the last operator */
    bool form;        /* a form XObject: its placement's scale is unknown */
    /* the path being built */
    bool wide;             /* some finished subpath is not thin */
    bool open;             /* a subpath has points */
    double x0, y0, x1, y1; /* its bounding box */
    char name[64];         /* the last name operand (for Do) */
    /* an inline image's dictionary (between BI and ID): its declared
     * size, and whether the last operand was a name (a key) */
    bool in_image, after_name;
    double image_w, image_h;
} shape_scan;

/* The k-th number operand from the end (k = -1 the last, down to -6);
 * the caller has checked that n_num reaches it. */
static double
num(const shape_scan *s, int k)
{
    const shape_number *t = &s->num[(s->n_num > 6 ? 6 : s->n_num) + k];
    char buf[32];
    size_t n = MIN(t->n, sizeof buf - 1);
    memcpy(buf, t->p, n);
    buf[n] = '\0';
    return g_ascii_strtod(buf, NULL);
}

static double
lum(double r, double g, double b)
{
    return (r * 3 + g * 6 + b) / 10 * 255;
}

static bool
dark(double l)
{
    return l < 0 || l < SHAPES_LIGHT;
}

static bool
thin(const shape_scan *s, double w, double h)
{
    return !s->form && fmin(fabs(w), fabs(h)) * s->gs[s->depth].scale < SHAPES_THIN;
}

static void
close_subpath(shape_scan *s)
{
    if (s->open && !thin(s, s->x1 - s->x0, s->y1 - s->y0))
        s->wide = true;
    s->open = false;
}

static void
add_point(shape_scan *s, double x, double y, bool start)
{
    if (start)
        close_subpath(s);
    if (!s->open) {
        s->x0 = s->x1 = x, s->y0 = s->y1 = y;
        s->open = true;
    }
    s->x0 = fmin(s->x0, x), s->x1 = fmax(s->x1, x);
    s->y0 = fmin(s->y0, y), s->y1 = fmax(s->y1, y);
}

/* The luminance of the colour given by the last n_num operands, or -1 when
 * they are not plain grey, RGB or CMYK components. */
static double
colour(const shape_scan *s)
{
    if (s->n_ops != s->n_num)
        return -1;
    switch (s->n_num) {
        case 1:
            return num(s, -1) * 255;
        case 3:
            return lum(num(s, -3), num(s, -2), num(s, -1));
        case 4: {
            double k = 1 - num(s, -1);
            return lum((1 - num(s, -4)) * k, (1 - num(s, -3)) * k, (1 - num(s, -2)) * k);
        }
        default:
            return -1;
    }
}

/* Largest singular value of the 2x2 part of a cm matrix. */
static double
stretch(const double *m)
{
    double a = m[0], b = m[1], c = m[2], d = m[3];
    double sum = a * a + b * b + c * c + d * d, det = a * d - b * c;
    double disc = sum * sum - 4 * det * det;
    return sqrt((sum + sqrt(disc > 0 ? disc : 0)) / 2);
}

/* One operator; true when it paints something that could hide text. */
static bool
operator(shape_scan *s, const char *op, size_t len)
{
    shape_gs *gs = &s->gs[s->depth];
    bool have1 = s->n_num >= 1, have2 = s->n_num >= 2, have4 = s->n_num >= 4, have6 = s->n_num >= 6;
#define IS(lit) (len == sizeof(lit) - 1 && memcmp(op, lit, len) == 0)
    bool fill = IS("f") || IS("F") || IS("f*");
    bool both = IS("B") || IS("B*") || IS("b") || IS("b*");
    bool stroke = IS("S") || IS("s");
    if (fill || both || stroke) {
        close_subpath(s);
        bool hides = ((fill || both) && s->wide && dark(gs->fill)) ||
                     ((stroke || both) && dark(gs->stroke) && gs->width * gs->scale >= SHAPES_THIN);
        s->wide = false;
        return hides;
    }
    if (IS("sh") || IS("BI"))
        return true;
    if (IS("n")) {
        s->open = s->wide = false;
    } else if (IS("m") && have2) {
        add_point(s, num(s, -2), num(s, -1), true);
    } else if (IS("l") && have2) {
        add_point(s, num(s, -2), num(s, -1), false);
    } else if ((IS("v") || IS("y")) && have4) {
        add_point(s, num(s, -4), num(s, -3), false), add_point(s, num(s, -2), num(s, -1), false);
    } else if (IS("c") && have6) {
        add_point(s, num(s, -6), num(s, -5), false), add_point(s, num(s, -4), num(s, -3), false),
            add_point(s, num(s, -2), num(s, -1), false);
    } else if (IS("re") && have4) {
        close_subpath(s);
        if (!thin(s, num(s, -2), num(s, -1)))
            s->wide = true;
    } else if (IS("q")) {
        if (s->depth + 1 < SHAPES_DEPTH) {
            s->gs[s->depth + 1] = *gs;
            s->depth++;
        } else {
            s->overflow++;
        }
    } else if (IS("Q")) {
        if (s->overflow > 0)
            s->overflow--;
        else if (s->depth > 0)
            s->depth--;
    } else if (IS("cm") && have6) {
        double m[4] = {num(s, -6), num(s, -5), num(s, -4), num(s, -3)};
        gs->scale *= stretch(m);
    } else if (IS("w") && have1) {
        gs->width = num(s, -1);
    } else if (IS("gs")) {
        gs->width = INFINITY; /* /LW may be in it; soft masks and blending too */
    } else if (IS("g") || IS("rg") || IS("k") || IS("sc") || IS("scn")) {
        gs->fill = colour(s);
    } else if (IS("G") || IS("RG") || IS("K") || IS("SC") || IS("SCN")) {
        gs->stroke = colour(s);
    } else if (IS("cs")) {
        gs->fill = -1;
    } else if (IS("CS")) {
        gs->stroke = -1;
    }
#undef IS
    return false;
}

/* memmem over [p, end): binary streams hold NUL bytes, so the string
 * searches of GLib, which stop at one, will not do. */
const char *
ix_shapes_find(const char *p, const char *end, const char *needle)
{
    return p < end ? memmem(p, (size_t)(end - p), needle, strlen(needle)) : NULL;
}

static bool
is_space(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

/* As strchr("()<>[]{}/%", c) != NULL, NUL included, by a table: the
 * content scan asks it of nearly every byte it reads. */
static bool
is_delim(char c)
{
    static const bool delim[256] = {['\0'] = true, ['('] = true, [')'] = true, ['<'] = true, ['>'] = true, ['['] = true,
                                    [']'] = true,  ['{'] = true, ['}'] = true, ['/'] = true, ['%'] = true};
    return delim[(unsigned char)c];
}

/* A declared side in pixels, positive, as a count: "1e999" is read as
 * infinity, which no integer holds, and any side past 2^32 is past every
 * renderer's limit alike (pageimages.h caps it lower still). */
static guint64
image_side(double v)
{
    return v < (double)G_MAXUINT32 ? (guint64)v : G_MAXUINT32;
}

/* The end of an inline image's data, which starts at `p` (after "ID" and
 * its one white-space byte): just past the "EI" that follows white space
 * and is followed by white space, a delimiter or the end.  Data that holds
 * such bytes by chance ends early; what follows is then read as
 * operators, which can only add doubt. */
static const char *
inline_image_end(const char *p, const char *end)
{
    for (const char *q = p; (q = ix_shapes_find(q, end, "EI")) != NULL; q += 2)
        if (q > p && is_space(q[-1]) && (q + 2 == end || is_space(q[2]) || is_delim(q[2])))
            return q + 2;
    return end;
}

/* Reads one content stream; true when it may hide text.  *scale is the
 * transformation's stretch it starts with, and becomes the one it leaves
 * (at least 1): a page's contents may be several streams, the state
 * running on from one to the next, and they are usually written in order.
 * The names of the XObjects it draws (Do) go to `used` unless NULL; with
 * `images`, its inline images' declared sizes are added to it and it
 * reads on to the end (pdfcontent.h). */
bool
ix_shapes_scan_content(const char *p, size_t len, bool form, double *scale, GPtrArray *used, ix_page_images *images)
{
    shape_scan *s = g_new0(shape_scan, 1);
    s->form = form;
    s->gs[0] = (shape_gs){.fill = 0, .stroke = 0, .width = 1, .scale = *scale};
    const char *end = p + len;
    bool hides = false, first = true;
    while (p < end && (!hides || images != NULL)) {
        char c = *p;
        if (is_space(c)) {
            p++;
        } else if (c == '%') {
            while (p < end && *p != '\n' && *p != '\r')
                p++;
        } else if (c == '(') {
            int nest = 0;
            for (; p < end; p++) {
                if (*p == '\\' && p + 1 < end) { /* an escape; a last backslash ends the stream */
                    p++;
                } else if (*p == '(') {
                    nest++;
                } else if (*p == ')' && --nest == 0) {
                    p++;
                    break;
                }
            }
            s->n_ops++;
        } else if (c == '<' && p + 1 < end && p[1] != '<') {
            const char *q = memchr(p, '>', (size_t)(end - p));
            p = q != NULL ? q + 1 : end;
            s->n_ops++;
        } else if (c == '/' || is_delim(c)) {
            /* names, and the brackets of arrays and dictionaries */
            p++;
            if (c == '/') {
                const char *t = p;
                while (p < end && !is_space(*p) && !is_delim(*p))
                    p++;
                size_t n = MIN((size_t)(p - t), sizeof s->name - 1);
                memcpy(s->name, t, n);
                s->name[n] = '\0';
            } else if ((c == '<' || c == '>') && p < end && *p == c)
                p++;
            s->after_name = c == '/';
            s->n_ops++;
        } else {
            const char *t = p;
            while (p < end && !is_space(*p) && !is_delim(*p))
                p++;
            size_t n = (size_t)(p - t);
            if (g_ascii_isdigit(c) || c == '-' || c == '+' || c == '.') {
                if (s->n_num >= 6)
                    memmove(s->num, s->num + 1, 5 * sizeof s->num[0]);
                s->num[MIN(s->n_num, 5)] = (shape_number){t, n};
                s->n_num++, s->n_ops++;
                if (s->in_image && s->after_name) {
                    if (strcmp(s->name, "W") == 0 || strcmp(s->name, "Width") == 0)
                        s->image_w = num(s, -1);
                    else if (strcmp(s->name, "H") == 0 || strcmp(s->name, "Height") == 0)
                        s->image_h = num(s, -1);
                }
                s->after_name = false;
            } else if (s->in_image && n == 2 && memcmp(t, "ID", 2) == 0) {
                /* The image's data: skipped whole, never read as
                 * operators. */
                if (images != NULL && s->image_w > 0 && s->image_h > 0)
                    ix_page_images_add(images, image_side(s->image_w), image_side(s->image_h), 1);
                s->in_image = s->after_name = false;
                p = inline_image_end(p + (p < end), end);
                s->n_num = s->n_ops = 0;
            } else {
                /* A Type 3 glyph's procedure (d0/d1 first) draws a glyph:
                 * text, not a box over text. */
                if (first && ((n == 2 && (memcmp(t, "d0", 2) == 0 || memcmp(t, "d1", 2) == 0))))
                    break;
                first = false;
                if (used != NULL && n == 2 && memcmp(t, "Do", 2) == 0)
                    g_ptr_array_add(used, g_strdup(s->name));
                if (n == 2 && memcmp(t, "BI", 2) == 0) {
                    s->in_image = true;
                    s->image_w = s->image_h = 0;
                }
                if (operator(s, t, n))
                    hides = true;
                s->n_num = s->n_ops = 0;
                s->after_name = false;
            }
        }
    }
    *scale = fmax(1.0, s->gs[s->depth].scale);
    g_free(s);
    return hides;
}

/* The name after `key` in the dictionary text [d, d+len) (without its
 * slash, into buf), or NULL; an array's first name. */
static const char *
name_after(const char *d, size_t len, const char *key, char *buf, size_t size)
{
    size_t klen = strlen(key);
    const char *end = d + len;
    for (const char *p = d; p != NULL && p + klen < end; p++) {
        p = memchr(p, '/', (size_t)(end - p));
        if (p == NULL || p + klen >= end)
            return NULL;
        if (memcmp(p, key, klen) != 0 || !(is_space(p[klen]) || is_delim(p[klen])))
            continue;
        const char *q = p + klen;
        while (q < end && (is_space(*q) || *q == '['))
            q++;
        if (q >= end || *q != '/')
            return NULL;
        q++;
        size_t n = 0;
        while (q + n < end && !is_space(q[n]) && !is_delim(q[n]))
            n++;
        n = MIN(n, size - 1);
        memcpy(buf, q, n);
        buf[n] = '\0';
        return buf;
    }
    return NULL;
}

static bool
has_key(const char *d, size_t len, const char *key)
{
    size_t klen = strlen(key);
    for (const char *p = d; (p = ix_shapes_find(p, d + len, key)) != NULL; p += klen)
        if (p + klen < d + len && (is_space(p[klen]) || is_delim(p[klen])))
            return true;
    return false;
}

/* Annotation subtypes that draw over the page (a Link, a Highlight in
 * multiply, thin Underline or StrikeOut lines, a closed Popup do not). */
bool
ix_shapes_drawing_subtype(const char *name)
{
    static const char *const drawing[] = {"Square", "Circle",    "Polygon",        "PolyLine", "Line",
                                          "Ink",    "Redact",    "Stamp",          "FreeText", "Widget",
                                          "Caret",  "Watermark", "Screen",         "3D",       "RichMedia",
                                          "Sound",  "Movie",     "FileAttachment", "Text",     "Image"};
    for (size_t i = 0; i < G_N_ELEMENTS(drawing); i++)
        if (strcmp(name, drawing[i]) == 0)
            return true;
    return false;
}

/* Whether any /Subtype in [p, p+len) names an image or an annotation that
 * draws. */
static bool
names_drawing(const char *p, size_t len)
{
    const char *end = p + len;
    char buf[32];
    while ((p = ix_shapes_find(p, end, "/Subtype")) != NULL) {
        if (name_after(p, (size_t)(end - p), "/Subtype", buf, sizeof buf) && ix_shapes_drawing_subtype(buf))
            return true;
        p += 8;
    }
    return false;
}

/* Inflates a FlateDecode stream; NULL when it is not whole or too big. */
GByteArray *
ix_shapes_inflate(const char *data, size_t len)
{
    z_stream z = {0};
    if (inflateInit(&z) != Z_OK)
        return NULL;
    GByteArray *out = g_byte_array_sized_new((guint)MIN(len * 4 + 64, SHAPES_MAX_STREAM));
    z.next_in = (Bytef *)data;
    z.avail_in = (uInt)len;
    unsigned char chunk[65536];
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = chunk;
        z.avail_out = sizeof chunk;
        rc = inflate(&z, Z_NO_FLUSH);
        if (rc == Z_OK || rc == Z_STREAM_END)
            g_byte_array_append(out, chunk, (guint)(sizeof chunk - z.avail_out));
        if (out->len > SHAPES_MAX_STREAM)
            rc = Z_MEM_ERROR;
        if (rc == Z_OK && z.avail_in == 0 && z.avail_out != 0)
            rc = Z_BUF_ERROR; /* ended before the stream's end */
    }
    inflateEnd(&z);
    if (rc != Z_STREAM_END) {
        g_byte_array_free(out, TRUE);
        return NULL;
    }
    return out;
}

/* One stream whose dictionary is [d, d+dlen) and data [s, s+slen); true
 * when it may hide text or cannot be read. */
static bool
scan_stream(const char *d, size_t dlen, const char *s, size_t slen, double *scale)
{
    char type[32] = "", sub[32] = "", filter[32] = "";
    name_after(d, dlen, "/Type", type, sizeof type);
    name_after(d, dlen, "/Subtype", sub, sizeof sub);
    if (strcmp(sub, "Image") == 0)
        return true;
    if (strcmp(type, "XRef") == 0 || strcmp(type, "Metadata") == 0 || strcmp(type, "EmbeddedFile") == 0 ||
        strcmp(type, "CMap") == 0 || strcmp(sub, "Type1C") == 0 || strcmp(sub, "CIDFontType0C") == 0 ||
        strcmp(sub, "OpenType") == 0 || strcmp(sub, "XML") == 0 || has_key(d, dlen, "/Length1") ||
        has_key(d, dlen, "/Length2") || has_key(d, dlen, "/Length3") ||
        (has_key(d, dlen, "/N") && has_key(d, dlen, "/Alternate")))
        return false; /* fonts, ICC profiles, metadata: nothing drawn */
    bool object_stream = strcmp(type, "ObjStm") == 0;
    bool form = strcmp(sub, "Form") == 0;
    if (name_after(d, dlen, "/Filter", filter, sizeof filter) == NULL)
        return object_stream ? names_drawing(s, slen) : ix_shapes_scan_content(s, slen, form, scale, NULL, NULL);
    /* Only FlateDecode alone, without a predictor, is read. */
    const char *dend = d + dlen, *f = ix_shapes_find(d, dend, "/Filter") + 7;
    while (f < dend && is_space(*f))
        f++;
    int n_filters = 1;
    if (f < dend && *f == '[')
        for (n_filters = 0; f < dend && *f != ']'; f++)
            n_filters += *f == '/';
    if (strcmp(filter, "FlateDecode") != 0 || n_filters != 1 || has_key(d, dlen, "/Predictor"))
        return true;
    GByteArray *raw = ix_shapes_inflate(s, slen);
    if (raw == NULL)
        return true;
    bool hides = object_stream ? names_drawing((const char *)raw->data, raw->len)
                               : ix_shapes_scan_content((const char *)raw->data, raw->len, form, scale, NULL, NULL);
    g_byte_array_free(raw, TRUE);
    return hides;
}

/* The start of the dictionary that ends at `close` (the last '>' of its
 * ">>"), or NULL. */
static const char *
dict_start(const char *data, const char *close)
{
    int depth = 0;
    for (const char *p = close; p > data; p--) {
        if (p[0] == '>' && p[-1] == '>') {
            depth++;
            p--;
        } else if (p[0] == '<' && p[-1] == '<') {
            if (--depth == 0)
                return p - 1;
            p--;
        }
    }
    return NULL;
}

bool
ix_pdf_bytes_may_hide_text(const char *data, gsize len)
{
    if (len < 8 || ix_shapes_find(data, data + len, "/Encrypt") != NULL)
        return true;
    const char *end = data + len, *p = data;
    bool any_stream = false;
    double scale = 1;
    while ((p = ix_shapes_find(p, end, "stream")) != NULL) {
        const char *kw = p;
        p += 6;
        /* "stream" after a dictionary's ">>", then an end of line. */
        const char *b = kw - 1;
        while (b > data && is_space(*b))
            b--;
        if (b <= data || *b != '>' || b[-1] != '>')
            continue;
        if (p < end && *p == '\r')
            p++;
        if (p < end && *p == '\n')
            p++;
        else if (p[-1] != '\r')
            continue;
        const char *d = dict_start(data, b);
        const char *stop = ix_shapes_find(p, end, "endstream");
        if (d == NULL || stop == NULL)
            return true;
        const char *s_end = stop;
        if (s_end > p && s_end[-1] == '\n')
            s_end--;
        if (s_end > p && s_end[-1] == '\r')
            s_end--;
        any_stream = true;
        if (scan_stream(d, (size_t)(b + 1 - d), p, (size_t)(s_end - p), &scale))
            return true;
        p = stop + 9;
    }
    /* Annotations in plain (not compressed) objects; a PDF without a
     * single stream draws nothing we could read, so it is "in doubt". */
    return !any_stream || names_drawing(data, len);
}

bool
ix_pdf_may_hide_text(const char *path)
{
    GMappedFile *map = g_mapped_file_new(path, FALSE, NULL);
    if (map == NULL)
        return true;
    bool hides = ix_pdf_bytes_may_hide_text(g_mapped_file_get_contents(map), g_mapped_file_get_length(map));
    g_mapped_file_unref(map);
    return hides;
}
