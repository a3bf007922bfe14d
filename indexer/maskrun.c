/* maskrun.c — masking's part in an index run (maskrun.h).
 *
 * Not for: masking text (mask.c), deciding what is masked (worker.c).
 */
#include "indexer/maskrun.h"

#include <string.h>

#include "core/schema.h"
#include "indexer/sources.h"
#include "indexer/structure.h"

/* Metadata key, in the public database, of a source's masking. */
#define MASK_META_PREFIX  "zaalt:mask:"
/* Metadata key of the files of a source named to zaalt index --mask, one
 * relative path a line. */
#define MASK_FILES_PREFIX "zaalt:maskfiles:"

/* How often `iso` stands as a date in the document's texts. */
static int
date_count(const zr_doc *doc, const char *iso)
{
    int n = 0;
    for (guint i = 0; i < doc->units->len; i++) {
        const zr_unit *u = doc->units->pdata[i];
        GArray *dates = ix_find_dates(u->text, -1);
        for (guint k = 0; k < dates->len; k++)
            n += strcmp(g_array_index(dates, ix_date_match, k).iso, iso) == 0;
        g_array_free(dates, TRUE);
    }
    return n;
}

/* Whether `s` has a word of two letters or more: a heading of more than
 * initials and numbers. */
static bool
has_word(const char *s)
{
    int run = 0;
    for (const char *c = s; c && *c; c = g_utf8_next_char(c)) {
        run = g_unichar_isalpha(g_utf8_get_char(c)) ? run + 1 : 0;
        if (run >= 2)
            return true;
    }
    return false;
}

/* A title for a masked document whose own was names alone (ix_mask_document
 * dropped it): its first heading as the public copy has it (a unit's
 * label, masked with the text), else what it is, by its type in its
 * language, with its number, court and date, each as masked. */
static char *
neutral_title(const zr_doc *doc)
{
    for (guint i = 0; i < doc->units->len; i++) {
        const zr_unit *u = doc->units->pdata[i];
        if (u->label != NULL && has_word(u->label))
            return g_strdup(u->label);
    }
    static const struct {
        const char *type, *mn, *en;
    } names[] = {
        {"decision", "Шүүхийн шийдвэр", "Court decision"},
        {"research", "Судалгаа", "Research"},
        {"sop", "Ажиллах журам", "Procedure"},
    };
    bool en = g_strcmp0(doc->lang, "en") == 0;
    const char *what = en ? "Document" : "Баримт бичиг";
    for (gsize i = 0; i < G_N_ELEMENTS(names); i++)
        if (g_strcmp0(doc->type, names[i].type) == 0)
            what = en ? names[i].en : names[i].mn;
    GString *t = g_string_new(what);
    if (doc->case_number != NULL)
        g_string_append_printf(t, " %s", doc->case_number);
    if (doc->court != NULL)
        g_string_append_printf(t, ", %s", doc->court);
    if (doc->date != NULL)
        g_string_append_printf(t, ", %s", doc->date);
    return g_string_free(t, FALSE);
}

bool
ix_mask_public_copy(const ix_masker *m, az_analyzer *az, zr_doc *doc, GError **error)
{
    /* A date the text never states (a PDF's creation date, an XML
     * element's) is the file's, not the masking's to judge. */
    int stated = doc->date != NULL ? date_count(doc, doc->date) : 0;
    if (!ix_mask_document(m, az, doc, NULL, error))
        return false;
    if (stated > 0 && date_count(doc, doc->date) == 0) {
        /* Every place the text gave it was masked: a person's date. */
        g_clear_pointer(&doc->date, g_free);
        if (g_strcmp0(doc->type, "decision") == 0) {
            GString *all = g_string_new(NULL);
            for (guint i = 0; i < doc->units->len; i++)
                g_string_append_printf(all, "%s\n", ((const zr_unit *)doc->units->pdata[i])->text);
            doc->date = ix_decision_date(all->str);
            g_string_free(all, TRUE);
        }
    }
    /* Made last, so that it has only the date the public copy keeps. */
    if (doc->title == NULL)
        doc->title = neutral_title(doc);
    return true;
}

bool
ix_mask_write_full(ix_writer *w, int level, GVariant *full, GError **error)
{
    gsize n = full ? g_variant_n_children(full) : 0;
    if (n == 0)
        return true;
    if (level != 0) {
        g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE,
                    "a full copy of a masked document of the %s level: only public documents are masked",
                    zs_levels[level]);
        return false;
    }
    zx_doc **xds = g_new0(zx_doc *, n);
    const char **uniques = g_new0(const char *, n);
    bool ok = true;
    for (gsize i = 0; ok && i < n; i++) {
        GVariant *blob = NULL;
        g_variant_get_child(full, i, "(&s@ay)", &uniques[i], &blob);
        gsize len = 0;
        const void *bytes = g_variant_get_fixed_array(blob, &len, 1);
        xds[i] = *uniques[i] ? zx_doc_unserialise(bytes, len, NULL) : NULL;
        ok = xds[i] != NULL;
        g_variant_unref(blob);
    }
    if (!ok)
        g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE, "a masked document's full copy is malformed");
    else
        ok = ix_writer_add_units(w, ZS_MASK_FULL_LEVEL, uniques, xds, n, g_variant_get_size(full), error);
    for (gsize i = 0; i < n; i++)
        if (xds[i])
            zx_doc_free(xds[i]);
    g_free(xds);
    g_free(uniques);
    return ok;
}

static char *
source_masking(const ix_masker *m, const ix_source *src)
{
    return g_strdup_printf("%s:%d", ix_masker_fingerprint(m), src->mask ? 1 : 0);
}

char *
ix_mask_record_difference(const char *key, const char *a, const char *b)
{
    if (!g_str_has_prefix(key, MASK_META_PREFIX))
        return NULL;
    const char *source = key + strlen(MASK_META_PREFIX);
    /* source_masking's "FINGERPRINT:MASK" */
    const char *ca = a ? strrchr(a, ':') : NULL, *cb = b ? strrchr(b, ':') : NULL;
    if (ca == NULL || cb == NULL)
        return g_strdup_printf("the masking of source %s was recorded in one part only", source);
    if (ca - a == cb - b && strncmp(a, b, ca - a) == 0)
        return g_strdup_printf("source %s's mask setting: %s in one part, %s in the other", source,
                               strcmp(ca + 1, "1") == 0 ? "true" : "false", strcmp(cb + 1, "1") == 0 ? "true" : "false");
    return g_strdup_printf("the masking rules source %s was indexed with: mask.ini, its lists or Zaalt's own rules",
                           source);
}

bool
ix_mask_check_sources(ix_writer *w, const ix_masker *m, const GPtrArray *sources, GError **error)
{
    bool ok = true;
    for (guint i = 0; ok && i < sources->len; i++) {
        ix_source *src = sources->pdata[i];
        char *fkey = g_strconcat(MASK_FILES_PREFIX, src->name, NULL);
        char *files = zx_db_get_metadata(ix_writer_db(w, 0), fkey);
        g_free(fkey);
        if (files && *files) {
            if (!src->mask_files)
                src->mask_files = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
            char **v = g_strsplit(files, "\n", -1);
            for (char **f = v; *f; f++)
                if (**f)
                    g_hash_table_add(src->mask_files, g_strdup(*f));
            g_strfreev(v);
        }
        g_free(files);
        if (src->only || src->under)
            continue;
        char *key = g_strconcat(MASK_META_PREFIX, src->name, NULL);
        char *was = zx_db_get_metadata(ix_writer_db(w, 0), key);
        char *now = source_masking(m, src);
        src->remask = was != NULL && strcmp(was, now) != 0;
        if (was == NULL && g_file_test(src->root, G_FILE_TEST_IS_DIR))
            ok = ix_writer_set(w, 0, key, now, error);
        g_free(now);
        g_free(was);
        g_free(key);
    }
    return ok;
}

bool
ix_mask_record_sources(ix_writer *w, const ix_masker *m, const GPtrArray *sources, GError **error)
{
    bool ok = true;
    for (guint i = 0; ok && i < sources->len; i++) {
        ix_source *src = sources->pdata[i];
        if (src->only && src->mask && !(src->mask_files && g_hash_table_contains(src->mask_files, src->only))) {
            /* Named to --mask: remembered, so that no later run unmasks it. */
            if (!src->mask_files)
                src->mask_files = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
            g_hash_table_add(src->mask_files, g_strdup(src->only));
            GString *all = g_string_new(NULL);
            GHashTableIter it;
            gpointer f;
            g_hash_table_iter_init(&it, src->mask_files);
            while (g_hash_table_iter_next(&it, &f, NULL))
                g_string_append_printf(all, "%s\n", (const char *)f);
            char *fkey = g_strconcat(MASK_FILES_PREFIX, src->name, NULL);
            ok = ix_writer_set(w, 0, fkey, all->str, error);
            g_free(fkey);
            g_string_free(all, TRUE);
        }
        if (!ok || src->only || src->under || !g_file_test(src->root, G_FILE_TEST_IS_DIR))
            continue;
        char *key = g_strconcat(MASK_META_PREFIX, src->name, NULL);
        char *now = source_masking(m, src);
        ok = ix_writer_set(w, 0, key, now, error);
        g_free(now);
        g_free(key);
    }
    return ok;
}
