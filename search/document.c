/* document.c — a document fetched by its id or one of its units' ids,
 * with every unit in order, under the reader's access levels; and the
 * path of its original file.
 *
 * Not for: the citations shown beside it (citations.c), JSON (json.c).
 */
#include "search/search.h"

#include "core/access.h"
#include "core/record.h"
#include "core/schema.h"
#include "search/engine.h"
#include "search/history.h"
#include "shim/zx.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void
unit_free(zs_unit *u)
{
    g_free(u->id);
    g_free(u->kind);
    g_free(u->provision);
    g_free(u->label);
    g_free(u->valid_from);
    g_free(u->valid_to);
    g_free(u->label_en);
    g_free(u->chapter_en);
    g_free(u->text);
    g_free(u->status);
    g_free(u->repealed_on);
    if (u->amendments)
        g_ptr_array_unref(u->amendments);
    if (u->parts)
        g_ptr_array_unref(u->parts);
    g_free(u);
}

void
zs_document_free(zs_document *d)
{
    if (!d)
        return;
    g_free(d->id);
    g_free(d->path);
    g_free(d->path_bytes);
    g_free(d->source);
    g_free(d->title);
    g_free(d->title_en);
    g_free(d->law);
    g_free(d->type);
    g_free(d->lang);
    g_free(d->date);
    g_free(d->court);
    g_free(d->case_number);
    g_free(d->outcome);
    g_free(d->format);
    g_free(d->access);
    g_free(d->mask);
    g_ptr_array_free(d->articles, TRUE);
    g_ptr_array_free(d->units, TRUE);
    if (d->cites)
        g_ptr_array_unref(d->cites);
    if (d->cited_by)
        g_ptr_array_unref(d->cited_by);
    if (d->act_amendments)
        g_ptr_array_unref(d->act_amendments);
    g_free(d->amended_to);
    g_free(d);
}

/* What collect_unit fills, and the copy of a masked document it skips. */
typedef struct collecting {
    zs_document *d;
    const char *hidden; /* ZR_KEY_MASK value of the copy the reader must not meet */
    bool head;          /* the document's fields and its first unit only (zs_get_document_head_as) */
} collecting;

/* The fields of a unit's record collect_unit reads, in one pass over it
 * (a lookup each was two thirds of opening a 20,000-page document). */
enum {
    UF_MASK, UF_REPEALED_PARTS, UF_KIND, UF_DOC_ID, UF_PATH, UF_PATH_BYTES, UF_SOURCE, UF_TITLE, UF_TITLE_EN,
    UF_LAW, UF_TYPE, UF_LANG, UF_DATE, UF_COURT, UF_CASE_NUMBER, UF_OUTCOME, UF_FORMAT, UF_ACCESS, UF_ARTICLES,
    UF_ORDINAL, UF_PROVISION, UF_LABEL, UF_PAGE, UF_OCR, UF_VALID_FROM, UF_VALID_TO, UF_LABEL_EN, UF_CHAPTER_EN,
    UF_TEXT, UF_STATUS, UF_REPEALED_ON, UF_AMENDMENTS, UF_PARTS, UF_ACT_AMENDMENTS, UF_N
};
static const char *const unit_fields[UF_N] = {
    [UF_MASK] = ZR_KEY_MASK,
    [UF_REPEALED_PARTS] = ZR_KEY_REPEALED_PARTS,
    [UF_KIND] = "kind",
    [UF_DOC_ID] = "doc_id",
    [UF_PATH] = "path",
    [UF_PATH_BYTES] = ZR_KEY_PATH_BYTES,
    [UF_SOURCE] = "source",
    [UF_TITLE] = "title",
    [UF_TITLE_EN] = ZR_KEY_TITLE_EN,
    [UF_LAW] = ZR_KEY_LAW,
    [UF_TYPE] = "type",
    [UF_LANG] = "lang",
    [UF_DATE] = "date",
    [UF_COURT] = "court",
    [UF_CASE_NUMBER] = "case_number",
    [UF_OUTCOME] = "outcome",
    [UF_FORMAT] = "format",
    [UF_ACCESS] = "access",
    [UF_ARTICLES] = "articles",
    [UF_ORDINAL] = "ordinal",
    [UF_PROVISION] = "provision",
    [UF_LABEL] = "label",
    [UF_PAGE] = "page",
    [UF_OCR] = "ocr",
    [UF_VALID_FROM] = "valid_from",
    [UF_VALID_TO] = "valid_to",
    [UF_LABEL_EN] = ZR_KEY_LABEL_EN,
    [UF_CHAPTER_EN] = ZR_KEY_CHAPTER_EN,
    [UF_TEXT] = "text",
    [UF_STATUS] = ZR_KEY_STATUS,
    [UF_REPEALED_ON] = ZR_KEY_REPEALED_ON,
    [UF_AMENDMENTS] = ZR_KEY_AMENDMENTS,
    [UF_PARTS] = ZR_KEY_PARTS,
    [UF_ACT_AMENDMENTS] = ZR_KEY_ACT_AMENDMENTS,
};

static void
collect_unit(const char *data, size_t len, void *user)
{
    collecting *c = user;
    zs_document *d = c->d;
    if (c->head && d->units->len > 0)
        return;
    GVariant *rec = zr_record_parse(data, len);
    if (!rec)
        return;
    GVariant *f[UF_N];
    zr_record_fields(rec, unit_fields, f, UF_N);
    /* A public reader never reads the full copy of a masked document, nor
     * anyone else its masked copy (schema.h, ZS_P_MASK). */
    /* Nor is a living article's repealed parts a unit of its own: the
     * article holds them, struck through (indexer/unitdoc.c). */
    if (g_strcmp0(zr_field_str(f, UF_MASK), c->hidden) == 0 || zr_field_str(f, UF_REPEALED_PARTS) != NULL ||
        g_strcmp0(zr_field_str(f, UF_KIND), ZS_KIND_PENDING_PARTS) == 0) {
        zr_fields_clear(f, UF_N);
        g_variant_unref(rec);
        return;
    }
    if (!d->id) {
        d->id = zs_dup_nonempty(zr_field_str(f, UF_DOC_ID));
        d->path = zs_dup_nonempty(zr_field_str(f, UF_PATH));
        d->path_bytes = zs_dup_nonempty(zr_field_bytestring(f, UF_PATH_BYTES));
        d->source = zs_dup_nonempty(zr_field_str(f, UF_SOURCE));
        d->title = zs_dup_nonempty(zr_field_str(f, UF_TITLE));
        d->title_en = zs_dup_nonempty(zr_field_str(f, UF_TITLE_EN));
        d->law = zs_dup_nonempty(zr_field_str(f, UF_LAW));
        d->type = zs_dup_nonempty(zr_field_str(f, UF_TYPE));
        d->lang = zs_dup_nonempty(zr_field_str(f, UF_LANG));
        d->date = zs_dup_nonempty(zr_field_str(f, UF_DATE));
        d->court = zs_dup_nonempty(zr_field_str(f, UF_COURT));
        d->case_number = zs_dup_nonempty(zr_field_str(f, UF_CASE_NUMBER));
        d->outcome = zs_dup_nonempty(zr_field_str(f, UF_OUTCOME));
        d->format = zs_dup_nonempty(zr_field_str(f, UF_FORMAT));
        d->access = zs_dup_nonempty(zr_field_str(f, UF_ACCESS));
        d->mask = zs_dup_nonempty(zr_field_str(f, UF_MASK));
        const char *arts = zr_field_str(f, UF_ARTICLES);
        if (arts && *arts) {
            char **v = g_strsplit(arts, "\n", -1);
            for (char **a = v; *a; a++)
                if (**a)
                    g_ptr_array_add(d->articles, g_strdup(*a));
            g_strfreev(v);
        }
    }
    zs_unit *u = g_new0(zs_unit, 1);
    u->ordinal = zr_field_int(f, UF_ORDINAL, 0);
    u->id = zr_unit_make_id(d->id ? d->id : "", u->ordinal);
    u->kind = zs_dup_nonempty(zr_field_str(f, UF_KIND));
    u->provision = zs_dup_nonempty(zr_field_str(f, UF_PROVISION));
    u->label = zs_dup_nonempty(zr_field_str(f, UF_LABEL));
    u->page = zr_field_int(f, UF_PAGE, 0);
    u->ocr_confidence = zr_field_int(f, UF_OCR, -1);
    u->valid_from = zs_dup_nonempty(zr_field_str(f, UF_VALID_FROM));
    u->valid_to = zs_dup_nonempty(zr_field_str(f, UF_VALID_TO));
    u->label_en = zs_dup_nonempty(zr_field_str(f, UF_LABEL_EN));
    u->chapter_en = zs_dup_nonempty(zr_field_str(f, UF_CHAPTER_EN));
    const char *text = zr_field_str(f, UF_TEXT);
    u->text = g_strdup(text ? text : "");
    u->status = zs_dup_nonempty(zr_field_str(f, UF_STATUS));
    u->repealed_on = zs_dup_nonempty(zr_field_str(f, UF_REPEALED_ON));
    u->amendments = zs_history_parse(zr_field_str(f, UF_AMENDMENTS));
    u->parts = zs_parts_parse(zr_field_str(f, UF_PARTS), u->amendments, NULL);
    const char *act = zr_field_str(f, UF_ACT_AMENDMENTS);
    if (act != NULL && *act != '\0' && d->act_amendments == NULL)
        d->act_amendments = zs_history_parse(act);
    g_ptr_array_add(d->units, u);
    zr_fields_clear(f, UF_N);
    g_variant_unref(rec);
}

/* A unit id is the document id, '-', and a decimal ordinal. */
static bool
split_unit_id(const char *id, char **doc_id, int *ordinal)
{
    const char *dash = strrchr(id, '-');
    if (!dash || dash == id || !dash[1])
        return false;
    for (const char *p = dash + 1; *p; p++)
        if (!g_ascii_isdigit(*p))
            return false;
    *doc_id = g_strndup(id, dash - id);
    *ordinal = atoi(dash + 1);
    return true;
}

static bool
valid_id(const char *id)
{
    if (!id || !*id || strlen(id) > 64)
        return false;
    for (const char *p = id; *p; p++)
        if (!g_ascii_isalnum(*p) && *p != '-')
            return false;
    return true;
}

static bool
access_allowed(const char *level, const char *const *access)
{
    if (!access)
        return true;
    for (const char *const *a = access; *a; a++)
        if (strcmp(*a, level ? level : "public") == 0)
            return true;
    return false;
}

zs_document *
zs_get_document(zs_engine *e, const char *id, GError **error)
{
    return zs_get_document_as(e, id, e->access, error);
}

static zs_document *
get_document(zs_engine *e, const char *id, const char *const *access, bool head, GError **error);

zs_document *
zs_get_document_as(zs_engine *e, const char *id, const char *const *access, GError **error)
{
    return get_document(e, id, access, false, error);
}

zs_document *
zs_get_document_head_as(zs_engine *e, const char *id, const char *const *access, GError **error)
{
    return get_document(e, id, access, true, error);
}

static zs_document *
get_document(zs_engine *e, const char *id, const char *const *access, bool head, GError **error)
{
    if (!access)
        access = e->access;
    if (!valid_id(id)) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_NOT_FOUND, "no document or unit with id '%s'", id ? id : "");
        return NULL;
    }
    char *doc_id = NULL;
    int ordinal = -1;
    bool is_unit = split_unit_id(id, &doc_id, &ordinal);
    if (!is_unit)
        doc_id = g_strdup(id);
    zs_document *d = g_new0(zs_document, 1);
    d->articles = g_ptr_array_new_with_free_func(g_free);
    d->units = g_ptr_array_new_with_free_func((GDestroyNotify)unit_free);
    d->focus = -1;
    char *term = g_strconcat(ZS_P_DOC, doc_id, NULL);
    char *msg = NULL;
    collecting c = {.d = d, .hidden = zs_access_hidden_mask(access), .head = head};
    zx_status st = zx_db_data_by_term(e->db, term, ZS_SLOT_ORDINAL, collect_unit, &c, &msg);
    g_free(term);
    /* A document above the reader's level does not exist for them: the same
     * answer as for an unknown id, so that ids cannot be probed. */
    if (st == ZX_OK && d->units->len > 0 && !access_allowed(d->access, access)) {
        g_ptr_array_set_size(d->units, 0);
    }
    if (st != ZX_OK || d->units->len == 0) {
        if (st != ZX_OK)
            g_set_error(error, ZS_ERROR, ZS_ERROR_DB, "reading document %s: %s", doc_id, msg);
        else
            g_set_error(error, ZS_ERROR, ZS_ERROR_NOT_FOUND, "no document or unit with id '%s'", id);
        g_free(msg);
        g_free(doc_id);
        zs_document_free(d);
        return NULL;
    }
    if (is_unit && !head) {
        for (guint i = 0; i < d->units->len; i++)
            if (((zs_unit *)d->units->pdata[i])->ordinal == ordinal)
                d->focus = (int)i;
        if (d->focus < 0) {
            g_set_error(error, ZS_ERROR, ZS_ERROR_NOT_FOUND, "no document or unit with id '%s'", id);
            g_free(doc_id);
            zs_document_free(d);
            return NULL;
        }
    }
    g_free(doc_id);
    zs_document_currency(d, NULL);
    return d;
}

/* Every root recorded for one source name: an engine over several
 * indexes (repeated --db) reads metadata from its first part only through
 * zx_db_get_metadata, so each part's record is collected. */
typedef struct {
    const char *want;
    GPtrArray *roots;
} root_lookup;

static void
root_match(const char *key, const char *value, void *user)
{
    root_lookup *r = user;
    if (strcmp(key, r->want) != 0)
        return;
    for (guint i = 0; i < r->roots->len; i++)
        if (strcmp(g_ptr_array_index(r->roots, i), value) == 0)
            return;
    g_ptr_array_add(r->roots, g_strdup(value));
}

/* The document's original below `root`, as a real path, or NULL. */
static char *
file_below(const char *root, const char *path)
{
    char *joined = g_build_filename(root, path, NULL);
    char *real = realpath(joined, NULL);
    char *result = zr_real_path_below(real, root) && g_file_test(real, G_FILE_TEST_IS_REGULAR) ? g_strdup(real) : NULL;
    free(real);
    g_free(joined);
    return result;
}

char *
zs_document_file(zs_engine *e, const zs_document *doc)
{
    if (!doc->source || !doc->path)
        return NULL;
    char *key = g_strconcat(ZS_META_SOURCE_PREFIX, doc->source, NULL);
    root_lookup r = {.want = key, .roots = g_ptr_array_new_with_free_func(g_free)};
    char *msg = NULL;
    if (zx_db_metadata_each(e->db, key, root_match, &r, &msg) != ZX_OK)
        g_free(msg);
    char *result = NULL;
    const char *path = doc->path_bytes != NULL ? doc->path_bytes : doc->path;
    for (guint i = 0; result == NULL && i < r.roots->len; i++)
        result = file_below(g_ptr_array_index(r.roots, i), path);
    g_ptr_array_free(r.roots, TRUE);
    g_free(key);
    return result;
}

/* The manifest record under exactly `want` (metadata_each matches a
 * prefix: "a.txt" would also find "a.txt.bak"). */
typedef struct {
    const char *want;
    char *value;
} manifest_lookup;

static void
manifest_match(const char *key, const char *value, void *user)
{
    manifest_lookup *m = user;
    if (m->value == NULL && strcmp(key, m->want) == 0)
        m->value = g_strdup(value);
}

/* Whether the record's field `i` is present and reads as `v`. */
static bool
manifest_field_is(char **f, guint n, int i, gint64 v)
{
    return (guint)i < n && f[i][0] != '\0' && g_ascii_strtoll(f[i], NULL, 10) == v;
}

int
zs_document_open_file(zs_engine *e, const zs_document *doc, char **path, struct stat *st, GError **error)
{
    *path = zs_document_file(e, doc);
    if (*path == NULL) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_NOT_FOUND, "%s: no original file under its source", doc->id);
        return -1;
    }
    /* The record is read from every level database the engine opens (a
     * multi-database answers metadata from its first part only), and the
     * file is checked through the descriptor it will be sent from, so that
     * nothing can be swapped in between. */
    char *key =
        zr_manifest_key(ZS_META_FILE_PREFIX, doc->source, doc->path_bytes != NULL ? doc->path_bytes : doc->path);
    manifest_lookup m = {.want = key};
    char *msg = NULL;
    zx_status status = zx_db_metadata_each(e->db, key, manifest_match, &m, &msg);
    g_free(key);
    if (status != ZX_OK) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_DB, "%s: reading its manifest record: %s", doc->id, msg);
        g_free(msg);
        g_free(*path);
        *path = NULL;
        return -1;
    }
    int fd = open(*path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    const char *why = NULL;
    if (fd < 0)
        why = g_strerror(errno);
    else if (fstat(fd, st) != 0)
        why = g_strerror(errno);
    else if (!S_ISREG(st->st_mode))
        why = "not a regular file";
    else if (m.value == NULL)
        why = "the index has no record of it, so it cannot be checked";
    if (why == NULL) {
        char **f = g_strsplit(m.value, "\t", ZS_MANIFEST_FIELDS + 1);
        guint n = g_strv_length(f);
        bool same = manifest_field_is(f, n, ZS_MANIFEST_SIZE, (gint64)st->st_size) &&
                    manifest_field_is(f, n, ZS_MANIFEST_MTIME, (gint64)st->st_mtime);
        /* Records from before inodes were kept have none to compare. */
        if (same && (guint)ZS_MANIFEST_INODE < n && f[ZS_MANIFEST_INODE][0] != '\0')
            same = manifest_field_is(f, n, ZS_MANIFEST_INODE, (gint64)st->st_ino);
        g_strfreev(f);
        if (!same)
            why = "changed since it was indexed (size, time or inode differ): re-index to serve it again";
    }
    g_free(m.value);
    if (why != NULL) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_NOT_FOUND, "%s: %s: %s", doc->id, *path, why);
        if (fd >= 0)
            close(fd);
        g_free(*path);
        *path = NULL;
        return -1;
    }
    /* Read as usual from here (O_NONBLOCK was only so that opening a FIFO
     * put in the file's place does not wait for a writer). */
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return fd;
}

/* ---- stats ---- */
