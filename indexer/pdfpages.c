/* pdfpages.c — the covered-text fast path page by page (pdfshapes.h:
 * ix_pdf_page_shapes): the file's objects by number (plain objects and
 * object streams), its page tree, and for each page its content streams
 * (the state running on from one to the next, read by pdfcontent.h), the
 * XObjects they draw (an image may hide text; a form is read in turn) and
 * its annotations.  Whatever cannot be followed makes the page, or the
 * file, "in doubt".  On the way, the images each page draws are added up
 * by their declared size (pageimages.h), so that a page no renderer could
 * finish is refused before it is rendered; for that every stream and
 * XObject a page draws is read, not only those up to the first that may
 * hide text.
 *
 * Not for: reading content operators (pdfshapes.c), nor validating PDFs.
 */
#include "indexer/pdfcontent.h"
#include "indexer/pdfshapes.h"

#include <stdlib.h>
#include <string.h>

static bool
is_space(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

static bool
is_delim(char c)
{
    return strchr("()<>[]{}/%", c) != NULL;
}

typedef struct span {
    const char *p;
    size_t n;
} span;

typedef struct pdf_file {
    const char *data;
    size_t len;
    GHashTable *objs;    /* object number -> span* of its body */
    GPtrArray *spans;    /* the bodies in objs */
    GPtrArray *buffers;  /* inflated object streams the bodies point into */
    GHashTable *verdict; /* XObject number -> xobject_fact* */
} pdf_file;

#define SHAPES_MAX_NEST 8

static const char *
skip_ws(const char *p, const char *end)
{
    while (p < end) {
        if (is_space(*p)) {
            p++;
        } else if (*p == '%') {
            while (p < end && *p != '\n' && *p != '\r')
                p++;
        } else {
            break;
        }
    }
    return p;
}

/* One object value at *pp (a dictionary, array, string, name, number, a
 * reference "N G R" or a keyword) into v; false at the end or on nonsense. */
static bool
next_value(const char **pp, const char *end, span *v)
{
    const char *p = skip_ws(*pp, end);
    if (p >= end)
        return false;
    const char *start = p;
    if ((p[0] == '<' && p + 1 < end && p[1] == '<') || *p == '[') {
        int depth = 0;
        while (p < end) {
            if (*p == '(') {
                span str;
                if (!next_value(&p, end, &str))
                    return false;
                continue;
            }
            if (*p == '[' || (*p == '<' && p + 1 < end && p[1] == '<'))
                depth++, p += *p == '[' ? 1 : 2;
            else if (*p == ']' || (*p == '>' && p + 1 < end && p[1] == '>'))
                depth--, p += *p == ']' ? 1 : 2;
            else
                p++;
            if (depth == 0)
                break;
        }
        if (depth != 0)
            return false;
    } else if (*p == '(') {
        int nest = 0;
        for (; p < end; p++) {
            if (*p == '\\' && p + 1 < end) /* an escape; a last backslash ends the file */
                p++;
            else if (*p == '(')
                nest++;
            else if (*p == ')' && --nest == 0) {
                p++;
                break;
            }
        }
    } else if (*p == '<') {
        const char *q = memchr(p, '>', (size_t)(end - p));
        if (q == NULL)
            return false;
        p = q + 1;
    } else if (*p == '/') {
        p++;
        while (p < end && !is_space(*p) && !is_delim(*p))
            p++;
    } else if (is_delim(*p)) {
        return false;
    } else {
        while (p < end && !is_space(*p) && !is_delim(*p))
            p++;
        /* "N G R" is one value */
        if (g_ascii_isdigit(*start)) {
            const char *q = skip_ws(p, end);
            const char *g = q;
            while (q < end && g_ascii_isdigit(*q))
                q++;
            if (q > g) {
                q = skip_ws(q, end);
                if (q < end && *q == 'R' && (q + 1 == end || is_space(q[1]) || is_delim(q[1])))
                    p = q + 1;
            }
        }
    }
    v->p = start;
    v->n = (size_t)(p - start);
    *pp = p;
    return true;
}

/* The value of `key` (with its slash) in the dictionary `dict`; n = 0
 * when it is absent. */
static span
dict_get(span dict, const char *key)
{
    span none = {NULL, 0};
    if (dict.n < 4 || memcmp(dict.p, "<<", 2) != 0)
        return none;
    const char *end = dict.p + dict.n, *p = dict.p;
    p += 2;
    size_t klen = strlen(key);
    for (;;) {
        span k, v;
        p = skip_ws(p, end);
        if (p + 1 >= end || (p[0] == '>' && p[1] == '>'))
            return none;
        if (!next_value(&p, end, &k) || !next_value(&p, end, &v))
            return none;
        if (k.n == klen && memcmp(k.p, key, klen) == 0)
            return v;
    }
}

/* The object number of a reference value, or -1. */
static long
ref_num(span v)
{
    if (v.n < 5 || v.p[v.n - 1] != 'R' || !g_ascii_isdigit(v.p[0]))
        return -1;
    return strtol(v.p, NULL, 10);
}

static span
obj_body(const pdf_file *f, long num)
{
    span *b = g_hash_table_lookup(f->objs, GINT_TO_POINTER((int)num));
    return b != NULL ? *b : (span){NULL, 0};
}

/* v, or what it refers to (a few steps at most); n = 0 when missing. */
static span
resolve(const pdf_file *f, span v)
{
    for (int i = 0; i < 4 && v.n > 0; i++) {
        long num = ref_num(v);
        if (num < 0)
            return v;
        span body = obj_body(f, num);
        const char *p = body.p;
        if (body.n == 0 || !next_value(&p, body.p + body.n, &v))
            return (span){NULL, 0};
    }
    return v;
}

static bool
is_name(span v, const char *name)
{
    return v.n == strlen(name) && memcmp(v.p, name, v.n) == 0;
}

/* Whether a /Filter value is FlateDecode alone (a name or a one-name
 * array). */
static bool
only_flate(span filter)
{
    const char *p = filter.p, *end = filter.p + filter.n;
    if (p < end && *p == '[')
        p++;
    p = skip_ws(p, end);
    if ((size_t)(end - p) < 12 || memcmp(p, "/FlateDecode", 12) != 0)
        return false;
    p = skip_ws(p + 12, end);
    return p == end || (*p == ']' && filter.p[0] == '[');
}

/* The dictionary and the (inflated) data of stream object `num`; false
 * when it is no stream or cannot be read.  *owned holds inflated data. */
static bool
obj_stream(const pdf_file *f, long num, span *dict, span *data, GByteArray **owned)
{
    *owned = NULL;
    span body = obj_body(f, num);
    if (body.n == 0)
        return false;
    const char *p = body.p, *end = body.p + body.n;
    if (!next_value(&p, end, dict))
        return false;
    p = skip_ws(p, end);
    if (end - p < 7 || memcmp(p, "stream", 6) != 0)
        return false;
    p += 6;
    if (p < end && *p == '\r')
        p++;
    if (p < end && *p == '\n')
        p++;
    const char *stop = ix_shapes_find(p, end, "endstream");
    if (stop == NULL)
        return false;
    span len = dict_get(*dict, "/Length");
    long n = len.n > 0 && ref_num(len) < 0 ? strtol(len.p, NULL, 10) : -1;
    if (n < 0 || n > stop - p)
        n = stop - p;
    span filter = dict_get(*dict, "/Filter");
    if (filter.n == 0) {
        *data = (span){p, (size_t)n};
        return true;
    }
    if (!only_flate(filter) || dict_get(*dict, "/DecodeParms").n > 0)
        return false;
    *owned = ix_shapes_inflate(p, (size_t)n);
    if (*owned == NULL)
        return false;
    *data = (span){(const char *)(*owned)->data, (*owned)->len};
    return true;
}

/* Every "N G obj" of the file, and the objects of its object streams. */
static void
index_objects(pdf_file *f)
{
    const char *end = f->data + f->len, *p = f->data;
    while ((p = ix_shapes_find(p, end, "obj")) != NULL) {
        const char *kw = p;
        p += 3;
        if (p < end && !is_space(*p) && !is_delim(*p))
            continue;
        const char *b = kw - 1;
        if (b <= f->data || !is_space(*b))
            continue;
        while (b > f->data && is_space(*b))
            b--;
        const char *g = b;
        while (b > f->data && g_ascii_isdigit(*b))
            b--;
        if (b == g || !is_space(*b))
            continue;
        while (b > f->data && is_space(*b))
            b--;
        const char *n_end = b + 1;
        while (b > f->data && g_ascii_isdigit(b[-1]))
            b--;
        if (!g_ascii_isdigit(*b) || b == n_end)
            continue;
        const char *stop = ix_shapes_find(p, end, "endobj");
        const char *next = stop != NULL ? stop : end;
        span *body = g_new(span, 1);
        body->p = skip_ws(p, next);
        body->n = (size_t)(next - body->p);
        g_ptr_array_add(f->spans, body);
        g_hash_table_insert(f->objs, GINT_TO_POINTER((int)strtol(b, NULL, 10)), body);
        if (stop == NULL)
            break; /* no "endobj" after here: one body to the end, and no search again (linear) */
        p = stop + 6;
    }
    /* Object streams: their objects, where no plain object has the number. */
    GList *nums = g_hash_table_get_keys(f->objs);
    for (GList *l = nums; l != NULL; l = l->next) {
        span dict, data;
        GByteArray *raw = NULL;
        long num = GPOINTER_TO_INT(l->data);
        span body = obj_body(f, num);
        if (body.n < 20 || ix_shapes_find(body.p, body.p + MIN(body.n, 400), "/ObjStm") == NULL)
            continue;
        if (!obj_stream(f, num, &dict, &data, &raw) || !is_name(dict_get(dict, "/Type"), "/ObjStm")) {
            if (raw != NULL)
                g_byte_array_free(raw, TRUE);
            continue;
        }
        span first = dict_get(dict, "/First"), count = dict_get(dict, "/N");
        long off0 = first.n ? strtol(first.p, NULL, 10) : -1, n = count.n ? strtol(count.p, NULL, 10) : 0;
        if (raw != NULL)
            g_ptr_array_add(f->buffers, raw); /* freed with the file */
        if (off0 < 0 || (size_t)off0 > data.n || n <= 0 || n > 1000000)
            continue;
        const char *h = data.p, *hend = data.p + off0;
        long *onum = g_new(long, n), *ooff = g_new(long, n);
        long k = 0;
        for (; k < n; k++) {
            span a, b;
            if (!next_value(&h, hend, &a) || !next_value(&h, hend, &b))
                break;
            onum[k] = strtol(a.p, NULL, 10), ooff[k] = strtol(b.p, NULL, 10);
        }
        /* Offsets are the stream's to state: each is checked against the
         * room after /First before any sum is made (strtol gives up to
         * LONG_MAX). */
        long room = (long)data.n - off0;
        for (long i = 0; i < k; i++) {
            long next = i + 1 < k ? ooff[i + 1] : room;
            if (ooff[i] < 0 || ooff[i] > room || next < ooff[i] || next > room ||
                g_hash_table_contains(f->objs, GINT_TO_POINTER((int)onum[i])))
                continue;
            long s0 = off0 + ooff[i], s1 = off0 + next;
            span *b = g_new(span, 1);
            b->p = data.p + s0, b->n = (size_t)(s1 - s0);
            g_ptr_array_add(f->spans, b);
            g_hash_table_insert(f->objs, GINT_TO_POINTER((int)onum[i]), b);
        }
        g_free(onum);
        g_free(ooff);
    }
    g_list_free(nums);
}

/* What an XObject draws, once worked out (pdf_file.verdict). */
typedef struct xobject_fact {
    bool hides;            /* may hide text */
    ix_page_images images; /* the images it draws, as declared */
} xobject_fact;

static bool xobjects_read(pdf_file *f, span resources, GPtrArray *used, int nest, ix_page_images *images);

/* A non-negative integer value (resolved), or 0. */
static guint64
int_value(const pdf_file *f, span v)
{
    v = resolve(f, v);
    if (v.n == 0 || !g_ascii_isdigit(v.p[0]))
        return 0;
    return g_ascii_strtoull(v.p, NULL, 10);
}

/* The declared size of image `dict` and of its soft mask (decoded with
 * it), into `images`. */
static void
image_size(const pdf_file *f, span dict, ix_page_images *images)
{
    ix_page_images_add(images, int_value(f, dict_get(dict, "/Width")), int_value(f, dict_get(dict, "/Height")), 1);
    long mask_num = ref_num(dict_get(dict, "/SMask"));
    span mask = mask_num >= 0 ? obj_body(f, mask_num) : (span){NULL, 0};
    const char *p = mask.p;
    span mask_dict;
    if (mask.n > 0 && next_value(&p, mask.p + mask.n, &mask_dict))
        ix_page_images_add(images, int_value(f, dict_get(mask_dict, "/Width")),
                           int_value(f, dict_get(mask_dict, "/Height")), 1);
}

/* What XObject `num` (drawn by Do) draws: an image may hide text, and
 * declares its size; a form hides when its content or what it draws
 * does, and draws the images of both.  Each is read once a file. */
static const xobject_fact *
xobject_read(pdf_file *f, long num, span outer_resources, int nest)
{
    const xobject_fact *known = g_hash_table_lookup(f->verdict, GINT_TO_POINTER((int)num));
    if (known != NULL)
        return known;
    xobject_fact *fact = g_new0(xobject_fact, 1);
    fact->hides = true;
    /* In the table while it is read, so that a form drawing itself ends. */
    g_hash_table_insert(f->verdict, GINT_TO_POINTER((int)num), fact);
    span dict, data, body = obj_body(f, num);
    const char *p = body.p;
    GByteArray *raw = NULL;
    if (body.n == 0 || !next_value(&p, body.p + body.n, &dict))
        return fact;
    span subtype = dict_get(dict, "/Subtype");
    if (is_name(subtype, "/Image")) {
        image_size(f, dict, &fact->images);
    } else if (nest < SHAPES_MAX_NEST && is_name(subtype, "/Form") && obj_stream(f, num, &dict, &data, &raw)) {
        /* Only a form is read (an image's data is never inflated). */
        GPtrArray *used = g_ptr_array_new_with_free_func(g_free);
        double scale = 1;
        span res = dict_get(dict, "/Resources");
        ix_page_images images = {0};
        bool content = ix_shapes_scan_content(data.p, data.n, true, &scale, used, &images);
        bool drawn = xobjects_read(f, res.n > 0 ? resolve(f, res) : outer_resources, used, nest + 1, &images);
        fact->hides = content || drawn;
        fact->images = images;
        g_ptr_array_free(used, TRUE);
    }
    if (raw != NULL)
        g_byte_array_free(raw, TRUE);
    return fact;
}

/* Whether any XObject named in `used` (looked up in `resources`) may
 * hide text, a name it cannot find being in doubt; the images each
 * draws are added to `images` once for every time it is drawn. */
static bool
xobjects_read(pdf_file *f, span resources, GPtrArray *used, int nest, ix_page_images *images)
{
    if (used->len == 0)
        return false;
    span xobjects = resolve(f, dict_get(resources, "/XObject"));
    bool hides = false;
    for (guint i = 0; i < used->len; i++) {
        char key[80];
        g_snprintf(key, sizeof key, "/%s", (const char *)used->pdata[i]);
        long num = ref_num(dict_get(xobjects, key));
        if (num < 0) {
            hides = true;
            continue;
        }
        const xobject_fact *fact = xobject_read(f, num, resources, nest);
        hides = hides || fact->hides;
        ix_page_images_merge(images, &fact->images);
    }
    return hides;
}

/* Whether content stream `c` (a reference) may hide text, reading it
 * whole for the images it draws; one it cannot read is in doubt. */
static bool
content_read(pdf_file *f, span c, double *scale, GPtrArray *used, ix_page_images *images)
{
    span dict, data;
    GByteArray *raw = NULL;
    long num = ref_num(c);
    bool hides = num < 0 || !obj_stream(f, num, &dict, &data, &raw) ||
                 ix_shapes_scan_content(data.p, data.n, false, scale, used, images);
    if (raw != NULL)
        g_byte_array_free(raw, TRUE);
    return hides;
}

/* What the page `page` (its dictionary; `resources` inherited when it
 * has none) draws: whether it may hide text, and its images.  Every
 * stream and XObject is read, even after the verdict is known, for the
 * images. */
static ix_pdf_page_shape
page_read(pdf_file *f, span page, span resources)
{
    ix_pdf_page_shape shape = {0};
    span annots = resolve(f, dict_get(page, "/Annots"));
    if (annots.n > 0) {
        const char *p = annots.p + 1, *end = annots.p + annots.n - 1;
        span a;
        if (annots.p[0] != '[')
            shape.may_hide = true;
        while (!shape.may_hide && next_value(&p, end, &a)) {
            span sub = dict_get(resolve(f, a), "/Subtype");
            char name[32];
            g_snprintf(name, sizeof name, "%.*s", (int)(sub.n > 0 ? sub.n - 1 : 0), sub.n > 0 ? sub.p + 1 : "");
            if (sub.n == 0 || ix_shapes_drawing_subtype(name))
                shape.may_hide = true;
        }
    }
    span own = dict_get(page, "/Resources");
    if (own.n > 0)
        resources = resolve(f, own);
    span contents = dict_get(page, "/Contents");
    GPtrArray *used = g_ptr_array_new_with_free_func(g_free);
    double scale = 1;
    span list = contents.n > 0 && contents.p[0] == '[' ? contents : resolve(f, contents);
    if (contents.n > 0 && list.n > 0 && list.p[0] == '[') {
        const char *p = list.p + 1, *end = list.p + list.n - 1;
        span c;
        while (next_value(&p, end, &c))
            if (content_read(f, c, &scale, used, &shape.images))
                shape.may_hide = true;
    } else if (contents.n > 0 && content_read(f, contents, &scale, used, &shape.images)) {
        shape.may_hide = true;
    }
    if (xobjects_read(f, resources, used, 0, &shape.images))
        shape.may_hide = true;
    g_ptr_array_free(used, TRUE);
    return shape;
}

/* Walks the page tree from `node`, appending one verdict a page. */
static bool
walk_pages(pdf_file *f, span node, span resources, int depth, long *budget, GArray *out)
{
    /* A tree that refers to itself ends: a depth bound alone would let two
     * self-references a level make 2^32 visits. */
    if (depth > 32 || node.n < 4 || memcmp(node.p, "<<", 2) != 0 || --*budget < 0)
        return false; /* a node that is no dictionary cannot be followed */
    span own = dict_get(node, "/Resources");
    if (own.n > 0)
        resources = resolve(f, own);
    span kids = resolve(f, dict_get(node, "/Kids"));
    if (!is_name(dict_get(node, "/Type"), "/Pages") || kids.n == 0) {
        ix_pdf_page_shape shape = page_read(f, node, resources);
        g_array_append_val(out, shape);
        return out->len <= 100000;
    }
    if (kids.p[0] != '[')
        return false;
    const char *p = kids.p + 1, *end = kids.p + kids.n - 1;
    span k;
    while (next_value(&p, end, &k))
        if (!walk_pages(f, resolve(f, k), resources, depth + 1, budget, out))
            return false;
    return true;
}

ix_pdf_page_shape *
ix_pdf_bytes_page_shapes(const char *data, gsize len, int n_pages)
{
    pdf_file f = {.data = data, .len = len};
    ix_pdf_page_shape *result = NULL;
    if (f.len < 8 || ix_shapes_find(f.data, f.data + f.len, "/Encrypt") != NULL)
        return NULL;
    f.objs = g_hash_table_new(NULL, NULL);
    f.spans = g_ptr_array_new_with_free_func(g_free);
    f.buffers = g_ptr_array_new_with_free_func((GDestroyNotify)g_byte_array_unref);
    f.verdict = g_hash_table_new_full(NULL, NULL, NULL, g_free);
    index_objects(&f);
    /* The catalog: the last /Root of the file (its last trailer or
     * cross-reference stream). */
    const char *root = NULL;
    for (const char *p = f.data; (p = ix_shapes_find(p, f.data + f.len, "/Root")) != NULL; p += 5)
        root = p;
    if (root != NULL) {
        const char *p = root + 5;
        span ref;
        GArray *pages = g_array_new(FALSE, FALSE, sizeof(ix_pdf_page_shape));
        if (next_value(&p, f.data + f.len, &ref)) {
            span catalog = resolve(&f, ref);
            span top = resolve(&f, dict_get(catalog, "/Pages"));
            long budget = 2L * n_pages + 64;
            if (walk_pages(&f, top, (span){NULL, 0}, 0, &budget, pages) && (int)pages->len == n_pages)
                result = (ix_pdf_page_shape *)g_array_free(g_steal_pointer(&pages), FALSE);
        }
        if (pages != NULL)
            g_array_free(pages, TRUE);
    }
    g_hash_table_destroy(f.verdict);
    g_hash_table_destroy(f.objs);
    g_ptr_array_free(f.spans, TRUE);
    g_ptr_array_free(f.buffers, TRUE);
    return result;
}

ix_pdf_page_shape *
ix_pdf_page_shapes(const char *path, int n_pages)
{
    GMappedFile *map = g_mapped_file_new(path, FALSE, NULL);
    if (map == NULL)
        return NULL;
    ix_pdf_page_shape *result =
        ix_pdf_bytes_page_shapes(g_mapped_file_get_contents(map), g_mapped_file_get_length(map), n_pages);
    g_mapped_file_unref(map);
    return result;
}
