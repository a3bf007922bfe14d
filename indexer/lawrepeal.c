/* lawrepeal.c — one statute repealing another in the same index
 * (lawrepeal.h): the statements read from a statute's text, its entry in
 * the metadata, and which statutes must be extracted again.
 *
 * An entry, "law:<source>/<path>" in the statute's level:
 *   line 1: source TAB path TAB title key TAB adopted TAB repealed by TAB on
 *           (the last two empty when no statute of the index repeals it)
 *           TAB takes effect TAB awaits key TAB awaits adopted TAB why: the
 *           day the law takes effect, and the law whose taking effect a
 *           statement above its name repeals it on (empty when none; an
 *           entry written before these four has six fields) TAB takes
 *           effect with: the title key of the law whose taking effect is
 *           its own ("Энэ хуулийг … хууль хүчин төгөлдөр болсон өдрөөс
 *           эхлэн дагаж мөрдөнө"), empty when none
 *   then one line per law it repeals: title key TAB adopted TAB on TAB why
 * Tabs and newlines inside a field become spaces.
 *
 * Not for: a law's own note, the table or status lines (lawstatus.c).
 */
#include "indexer/lawrepeal.h"

#include <string.h>

#include "core/access.h"
#include "core/schema.h"
#include "indexer/lawstatus.h"
#include "indexer/structure.h"

struct ix_law_repeals {
    GPtrArray *all;  /* ix_law_repeal* */
    GPtrArray *laws; /* ix_law_repeal*: each statute (key, adopted, on: the
                      * day it takes effect, by: itself) */
};

static void
repeal_free(gpointer p)
{
    ix_law_repeal *r = p;
    g_free(r->key);
    g_free(r->adopted);
    g_free(r->on);
    g_free(r->why);
    g_free(r->by);
    g_free(r);
}

ix_law_repeals *
ix_law_repeals_new(void)
{
    ix_law_repeals *r = g_new0(ix_law_repeals, 1);
    r->all = g_ptr_array_new_with_free_func(repeal_free);
    r->laws = g_ptr_array_new_with_free_func(repeal_free);
    return r;
}

void
ix_law_repeals_free(ix_law_repeals *r)
{
    if (r == NULL)
        return;
    g_ptr_array_unref(r->all);
    g_ptr_array_unref(r->laws);
    g_free(r);
}

const ix_law_repeal *
ix_law_repeals_find(const ix_law_repeals *r, const char *key, const char *adopted, const char *self)
{
    const ix_law_repeal *best = NULL;
    for (guint i = 0; r != NULL && key != NULL && adopted != NULL && i < r->all->len; i++) {
        const ix_law_repeal *x = g_ptr_array_index(r->all, i);
        if (strcmp(x->key, key) != 0 || strcmp(x->adopted, adopted) != 0 || g_strcmp0(x->by, self) == 0)
            continue;
        if (best == NULL || strcmp(x->on, best->on) < 0 || (strcmp(x->on, best->on) == 0 && strcmp(x->by, best->by) < 0))
            best = x;
    }
    return best;
}

const char *
ix_law_repeals_start_of(const ix_law_repeals *r, const char *key, const char *before, const char *self)
{
    const ix_law_repeal *best = NULL;
    for (guint i = 0; r != NULL && key != NULL && i < r->laws->len; i++) {
        const ix_law_repeal *x = g_ptr_array_index(r->laws, i);
        if (strcmp(x->key, key) != 0 || g_strcmp0(x->by, self) == 0 || (before != NULL && strcmp(x->adopted, before) > 0))
            continue;
        if (best == NULL || strcmp(x->adopted, best->adopted) > 0)
            best = x;
    }
    return best != NULL ? best->on : NULL;
}

/* ---- Reading a statute's statements ----------------------------------- */

static char *
flat(const char *s)
{
    char *f = g_strdelimit(g_strdup(s != NULL ? s : ""), "\t\n\r", ' ');
    return g_strstrip(f);
}

/* The laws a statute's text repeals as wholes: each "… өдөр баталсан
 * <title> хуулийг" of a sentence ending "хүчингүй болсонд тооцсугай" (the
 * operative form; a note's "тооцсон" is history).  A law's article or part
 * ("… тухай хуулийн 23 дугаар зүйлийг") is an amendment, not a repeal of
 * the law.  Appends title key and adoption day pairs to `out`. */
static void
stated_repeals(const ix_law_reader *lr, const zr_doc *doc, GPtrArray *out)
{
    /* The operative words alone, and the sentence found back from them
     * (ix_law_reader_new says why). */
    const GRegex *operative = ix_law_reader_operative(lr), *named = ix_law_reader_repealed_law(lr);
    for (guint i = 0; i < doc->units->len; i++) {
        const zr_unit *u = g_ptr_array_index(doc->units, i);
        if (!ix_law_text_may_hold(u->text, "хүчингүй"))
            continue;
        GMatchInfo *oi = NULL;
        int from = 0; /* where the last sentence ended */
        g_regex_match(operative, u->text, 0, &oi);
        while (g_match_info_matches(oi)) {
            int start = 0, end = 0;
            g_match_info_fetch_pos(oi, 0, &start, &end);
            /* A dot or slash between digits is a day's ("2011.11.11-ний
             * өдөр баталсан"), not a sentence's end. */
            int head = start;
            while (head > from && (strchr(".;/", u->text[head - 1]) == NULL ||
                                   (u->text[head - 1] != ';' && head - 1 > from && head < end &&
                                    g_ascii_isdigit(u->text[head - 2]) && g_ascii_isdigit(u->text[head]))))
                head--;
            char *s = g_strndup(u->text + head, (gsize)(end - head));
            from = end;
            GMatchInfo *ni = NULL;
            g_regex_match(named, s, 0, &ni);
            while (g_match_info_matches(ni)) {
                char *day = g_match_info_fetch(ni, 1), *title = g_match_info_fetch(ni, 3);
                g_strdelimit(day, "/", '.'); /* "2011/11/11" read as "2011.11.11" */
                char *adopted = ix_find_date(day, -1);
                char *name = g_strconcat(title, " хууль", NULL);
                char *key = ix_law_title_key(name);
                if (adopted != NULL && *key != '\0') {
                    g_ptr_array_add(out, key);
                    g_ptr_array_add(out, adopted);
                    key = adopted = NULL;
                }
                g_free(key), g_free(adopted), g_free(name), g_free(day), g_free(title);
                g_match_info_next(ni, NULL);
            }
            g_match_info_free(ni);
            g_free(s);
            g_match_info_next(oi, NULL);
        }
        g_match_info_free(oi);
    }
}

char *
ix_law_entry(const struct ix_law_reader *lr, const ix_law_repeals *known, const zr_doc *doc)
{
    if (g_strcmp0(doc->type, "code") != 0 || doc->title == NULL || doc->source == NULL || doc->path == NULL)
        return NULL;
    char *self = g_strconcat(doc->source, "/", doc->path, NULL);
    char *key = ix_law_title_key(doc->title);
    const ix_law_repeal *by = ix_law_repeals_find(known, key, doc->date, self);
    char *src = flat(doc->source), *path = flat(doc->path);
    /* The day it takes effect, else its own; and the law whose taking
     * effect repeals it, when a statement above its name says so. */
    char *with = NULL;
    char *on = ix_law_start_day(lr, known, doc, &with);
    char *awaited_day = NULL, *line = NULL;
    char *awaited = ix_law_awaits(lr, doc, &awaited_day, &line);
    char *said = flat(line);
    GString *e = g_string_new(NULL);
    /* The law a provision of it waits for, and that law's day as read. */
    char *parts_with = ix_law_parts_await(lr, doc);
    char *self_key = g_strconcat(doc->source, "/", doc->path, NULL);
    const char *parts_on = parts_with != NULL ? ix_law_repeals_start_of(known, parts_with, NULL, self_key) : NULL;
    g_free(self_key);
    g_string_append_printf(e, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s", src, path, key,
                           doc->date != NULL ? doc->date : "", by != NULL ? by->by : "", by != NULL ? by->on : "",
                           on != NULL ? on : "", awaited != NULL ? awaited : "", awaited_day != NULL ? awaited_day : "",
                           said, with != NULL ? with : "", parts_with != NULL ? parts_with : "",
                           parts_on != NULL ? parts_on : "");
    g_free(parts_with);
    g_free(src), g_free(path), g_free(awaited), g_free(awaited_day), g_free(line), g_free(said), g_free(with);
    GPtrArray *stated = g_ptr_array_new_with_free_func(g_free);
    stated_repeals(lr, doc, stated);
    if (stated->len > 0) {
        char *title = flat(doc->title);
        for (guint i = 0; on != NULL && i + 1 < stated->len; i += 2)
            g_string_append_printf(e, "\n%s\t%s\t%s\t%s (%s)", (char *)stated->pdata[i], (char *)stated->pdata[i + 1],
                                   on, title, doc->date != NULL ? doc->date : "");
        g_free(title);
    }
    g_free(on);
    g_ptr_array_unref(stated);
    g_free(key);
    g_free(self);
    return g_string_free(e, FALSE);
}

/* ---- The index's entries ---------------------------------------------- */

typedef struct entry {
    int level;
    char *meta_key;
    char **head;  /* source, path, key, adopted, by, on[, takes effect, awaits key, awaits adopted, why,
                   * starts with, a provision's awaited law, its day as read] */
    char **lines; /* the whole entry, line by line */
} entry;

static void
entry_free(gpointer p)
{
    entry *e = p;
    g_free(e->meta_key);
    g_strfreev(e->head);
    g_strfreev(e->lines);
    g_free(e);
}

typedef struct reading {
    int level;
    GPtrArray *entries; /* entry* */
} reading;

static void
read_entry(const char *key, const char *value, void *user)
{
    reading *rd = user;
    if (value == NULL || *value == '\0')
        return;
    entry *e = g_new0(entry, 1);
    e->level = rd->level;
    e->meta_key = g_strdup(key);
    e->lines = g_strsplit(value, "\n", -1);
    e->head = g_strsplit(e->lines[0], "\t", 13);
    g_ptr_array_add(rd->entries, e);
}

/* The statements of entry `e` into `found`. */
static void
add_statements(const entry *e, ix_law_repeals *found)
{
    char *self = g_strconcat(e->head[0], "/", e->head[1], NULL);
    for (int i = 1; e->lines[i] != NULL; i++) {
        char **f = g_strsplit(e->lines[i], "\t", 4);
        if (g_strv_length(f) == 4 && *f[0] && *f[1] && *f[2]) {
            ix_law_repeal *r = g_new0(ix_law_repeal, 1);
            r->key = g_strdup(f[0]);
            r->adopted = g_strdup(f[1]);
            r->on = g_strdup(f[2]);
            r->why = g_strdup(f[3]);
            r->by = g_strdup(self);
            g_ptr_array_add(found->all, r);
        }
        g_strfreev(f);
    }
    g_free(self);
}

/* A law repealed "from the day <a law> takes effect" (ix_law_awaits),
 * when the index holds that law: repealed on the day it takes effect (its
 * entry's, else its adoption), by it.  An entry of an older run, without
 * those fields, awaits nothing and states no day. */
static void
add_awaited(GPtrArray *live, const entry *e, ix_law_repeals *found)
{
    if (g_strv_length(e->head) < 10 || *e->head[7] == '\0' || *e->head[8] == '\0')
        return;
    for (guint i = 0; i < live->len; i++) {
        const entry *f = live->pdata[i];
        if (f == e || g_strv_length(f->head) < 6 || strcmp(f->head[2], e->head[7]) != 0 ||
            strcmp(f->head[3], e->head[8]) != 0)
            continue;
        ix_law_repeal *r = g_new0(ix_law_repeal, 1);
        r->key = g_strdup(e->head[2]);
        r->adopted = g_strdup(e->head[3]);
        r->on = g_strdup(g_strv_length(f->head) >= 7 && *f->head[6] != '\0' ? f->head[6] : f->head[3]);
        r->why = g_strdup(e->head[9]);
        r->by = g_strconcat(f->head[0], "/", f->head[1], NULL);
        g_ptr_array_add(found->all, r);
    }
}

ix_law_repeals *
ix_law_repeals_read(ix_writer *w, GPtrArray *due, GError **error)
{
    reading rd = {.entries = g_ptr_array_new_with_free_func(entry_free)};
    bool ok = true;
    for (int l = 0; ok && l < ZS_N_LEVELS; l++) {
        char *msg = NULL;
        rd.level = l;
        if (zx_db_metadata_each(ix_writer_db(w, l), IX_META_LAW_PREFIX, read_entry, &rd, &msg) != ZX_OK) {
            g_set_error(error, IX_WRITE_ERROR, IX_WRITE_ERROR_WRITE, "the %s database: cannot read its laws: %s",
                        zs_levels[l], msg != NULL ? msg : "failed");
            ok = false;
        }
        g_free(msg);
    }
    /* An entry whose file left the manifest (removed, failed, or moved to
     * another level) goes, and its statements with it. */
    GPtrArray *live = g_ptr_array_new();
    for (guint i = 0; ok && i < rd.entries->len; i++) {
        entry *e = g_ptr_array_index(rd.entries, i);
        bool indexed = false;
        if (g_strv_length(e->head) >= 6) {
            char *manifest = zr_manifest_key(ZS_META_FILE_PREFIX, e->head[0], e->head[1]);
            char *record = zx_db_get_metadata(ix_writer_db(w, e->level), manifest);
            indexed = record != NULL && *record != '\0';
            g_free(record);
            g_free(manifest);
        }
        if (indexed)
            g_ptr_array_add(live, e);
        else
            ok = ix_writer_set(w, e->level, e->meta_key, "", error);
    }
    ix_law_repeals *found = ok ? ix_law_repeals_new() : NULL;
    for (guint i = 0; ok && i < live->len; i++)
        add_statements(live->pdata[i], found);
    for (guint i = 0; ok && i < live->len; i++) {
        const entry *e = live->pdata[i];
        ix_law_repeal *law = g_new0(ix_law_repeal, 1);
        law->key = g_strdup(e->head[2]);
        law->adopted = g_strdup(e->head[3]);
        law->on = g_strdup(g_strv_length(e->head) >= 7 && *e->head[6] != '\0' ? e->head[6] : e->head[3]);
        law->by = g_strconcat(e->head[0], "/", e->head[1], NULL);
        g_ptr_array_add(found->laws, law);
    }
    for (guint i = 0; ok && i < live->len; i++)
        add_awaited(live, live->pdata[i], found);
    /* A statute indexed with another repeal of it than the index states
     * now is due to be extracted again. */
    for (guint i = 0; ok && due != NULL && i < live->len; i++) {
        const entry *e = live->pdata[i];
        char *self = g_strconcat(e->head[0], "/", e->head[1], NULL);
        const ix_law_repeal *now = ix_law_repeals_find(found, e->head[2], e->head[3], self);
        /* And one taking effect with another law ("Энэ хуулийг … хууль
         * хүчин төгөлдөр болсон өдрөөс эхлэн дагаж мөрдөнө") indexed with
         * another day of it than that law's entry now gives. */
        bool start_moved = false;
        if (g_strv_length(e->head) >= 11 && *e->head[10] != '\0') {
            const char *start = ix_law_repeals_start_of(found, e->head[10], *e->head[3] ? e->head[3] : NULL, self);
            start_moved = g_strcmp0(start != NULL ? start : e->head[3], e->head[6]) != 0;
        }
        /* And one a provision of which takes effect with another law, read
         * with another day of that law (or none) than its entry now gives. */
        if (g_strv_length(e->head) >= 13 && *e->head[11] != '\0') {
            const char *start = ix_law_repeals_start_of(found, e->head[11], NULL, self);
            start_moved = start_moved || g_strcmp0(start != NULL ? start : "", e->head[12]) != 0;
        }
        if (start_moved || g_strcmp0(now != NULL ? now->by : "", e->head[4]) != 0 ||
            g_strcmp0(now != NULL ? now->on : "", e->head[5]) != 0) {
            g_ptr_array_add(due, g_strdup(e->head[0]));
            g_ptr_array_add(due, g_strdup(e->head[1]));
        }
        g_free(self);
    }
    g_ptr_array_free(live, TRUE);
    g_ptr_array_unref(rd.entries);
    return found;
}
