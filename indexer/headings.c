/* headings.c — loading corpus-config/headings-en/ (.tsv tables) and applying a
 * law's English headings to the statute that is that law (headings.h).
 *
 * A table's rows (the format is described at the top of each file): "law"
 * (the title line, the English name, words people type for it; each law
 * row starts a law, so a file may hold several), "date"
 * (the adoption date line as written, the same as YYYY-MM-DD), "edition",
 * "articles" and "chapters" (counts), "part:N", "chapter:N" and article
 * rows keyed by their number ("13.1", "5").  An article belongs to the
 * nearest chapter row above it, or, in a law numbered by chapter (13.1 is
 * in chapter 13), to the chapter its number begins with.
 *
 * Headings are compared as words: folded, Latin look-alike letters
 * repaired (az_normalise), punctuation and spacing ignored, so that a
 * heading the source wrote "зүйл. Хүн" or "зүйл.Хүн" is the same.
 *
 * Not for: the terms the English becomes (unitdoc.c).
 */
#include "indexer/headings.h"

#include <string.h>

#include "core/analysis.h"
#include "indexer/extract.h"

/* How much of what a table lists must be found for a statute to be its law. */
#define IX_HEADINGS_MIN_SHARE 0.8

typedef struct {
    char *mn;      /* as compared (heading_words) */
    char *en;      /* as written in the table */
    char *also;    /* '; '-separated, or NULL */
    char *chapter; /* the chapter row above an article ("13"), or NULL */
} hrow;

typedef struct {
    char *file;    /* the table's file name, for messages */
    char *title;   /* heading_words of the title line */
    char *name_en; /* English name */
    char *name_also;
    char *date;           /* YYYY-MM-DD, or NULL */
    char *date_mn;        /* heading_words of the date line, or NULL */
    GHashTable *articles; /* number -> hrow */
    GHashTable *chapters; /* N -> hrow */
} law_table;

struct ix_headings {
    GPtrArray *laws; /* law_table* */
};

static void
hrow_free(gpointer p)
{
    hrow *r = p;
    g_free(r->mn);
    g_free(r->en);
    g_free(r->also);
    g_free(r->chapter);
    g_free(r);
}

static void
law_free(gpointer p)
{
    law_table *t = p;
    g_free(t->file);
    g_free(t->title);
    g_free(t->name_en);
    g_free(t->name_also);
    g_free(t->date);
    g_free(t->date_mn);
    g_hash_table_destroy(t->articles);
    g_hash_table_destroy(t->chapters);
    g_free(t);
}

/* The words of a heading, folded, one space between them: what two
 * spellings of one heading share. */
static char *
heading_words(const char *text)
{
    if (text == NULL)
        return g_strdup("");
    char *norm = az_normalise(text, -1);
    char *folded = az_fold(norm, -1);
    GString *out = g_string_new(NULL);
    bool gap = false;
    for (const char *p = folded; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (g_unichar_isalnum(c)) {
            if (gap && out->len)
                g_string_append_c(out, ' ');
            g_string_append_unichar(out, c);
            gap = false;
        } else {
            gap = true;
        }
    }
    g_free(norm);
    g_free(folded);
    return g_string_free(out, FALSE);
}

static char *
nonempty(const char *s)
{
    if (s == NULL)
        return NULL;
    char *t = g_strstrip(g_strdup(s));
    if (*t == '\0') {
        g_free(t);
        return NULL;
    }
    return t;
}

typedef struct {
    GPtrArray *laws;  /* law_table*, as loaded */
    const char *file; /* the table's file name */
    law_table *t;     /* the law being read, or NULL before its law row */
    char *chapter;    /* its last chapter row */
} load_state;

static law_table *
law_new(const char *file)
{
    law_table *t = g_new0(law_table, 1);
    t->file = g_strdup(file);
    t->articles = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, hrow_free);
    t->chapters = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, hrow_free);
    return t;
}

static void
load_row(char **f, void *user)
{
    load_state *st = user;
    if (f[0] == NULL || f[1] == NULL)
        return;
    const char *key = g_strstrip(f[0]);
    const char *mn = f[1];
    const char *en = f[2];
    const char *also = f[2] ? f[3] : NULL;
    /* A law row starts a law: a file may hold several (statutes.tsv). */
    if (strcmp(key, "law") == 0) {
        st->t = law_new(st->file);
        g_ptr_array_add(st->laws, st->t);
        g_clear_pointer(&st->chapter, g_free);
        st->t->title = heading_words(mn);
        st->t->name_en = nonempty(en);
        st->t->name_also = nonempty(also);
        return;
    }
    law_table *t = st->t;
    if (t == NULL)
        return;
    if (strcmp(key, "date") == 0) {
        g_free(t->date_mn), t->date_mn = heading_words(mn);
        g_free(t->date), t->date = nonempty(en);
    } else if (g_str_has_prefix(key, "chapter:")) {
        hrow *r = g_new0(hrow, 1);
        r->mn = heading_words(mn);
        r->en = nonempty(en);
        r->also = nonempty(also);
        g_free(st->chapter);
        st->chapter = g_strdup(key + strlen("chapter:"));
        g_hash_table_replace(t->chapters, g_strdup(st->chapter), r);
    } else if (g_ascii_isdigit(*key)) {
        hrow *r = g_new0(hrow, 1);
        r->mn = heading_words(mn);
        r->en = nonempty(en);
        r->also = nonempty(also);
        r->chapter = g_strdup(st->chapter);
        g_hash_table_replace(t->articles, g_strdup(key), r);
    }
    /* edition, articles, chapters, part:N: read by people and checks. */
}

static gint
cmp_name(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void *
load_headings(zc_context *ctx)
{
    ix_headings *h = g_new0(ix_headings, 1);
    h->laws = g_ptr_array_new_with_free_func(law_free);
    char *dir = zc_context_path(ctx, "headings-en");
    GDir *d = dir != NULL ? g_dir_open(dir, 0, NULL) : NULL;
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    for (const char *n; d != NULL && (n = g_dir_read_name(d)) != NULL;)
        if (g_str_has_suffix(n, ".tsv"))
            g_ptr_array_add(names, g_strdup(n));
    if (d != NULL)
        g_dir_close(d);
    /* A stable order, whatever the file system's. */
    g_ptr_array_sort(names, cmp_name);
    GPtrArray *loaded = g_ptr_array_new();
    for (guint i = 0; i < names->len; i++) {
        load_state st = {loaded, names->pdata[i], NULL, NULL};
        char *rel = g_build_filename("headings-en", (char *)names->pdata[i], NULL);
        zc_context_rows(ctx, rel, 4, load_row, &st);
        g_free(rel);
        g_free(st.chapter);
    }
    for (guint i = 0; i < loaded->len; i++) {
        law_table *t = loaded->pdata[i];
        if (t->title != NULL && *t->title && t->name_en != NULL)
            g_ptr_array_add(h->laws, t);
        else
            law_free(t);
    }
    g_ptr_array_unref(loaded);
    g_ptr_array_unref(names);
    g_free(dir);
    return h;
}

static void
headings_free(void *p)
{
    ix_headings *h = p;
    g_ptr_array_unref(h->laws);
    g_free(h);
}

const ix_headings *
ix_headings_get(zc_context *ctx)
{
    return zc_context_table(ctx, "indexer.headings-en", load_headings, headings_free);
}

guint
ix_headings_laws(const ix_headings *h)
{
    return h != NULL ? h->laws->len : 0;
}

/* The table's row for an article unit whose heading is the table's, or NULL. */
static const hrow *
article_row(const law_table *t, const zr_unit *u)
{
    if (u->provision == NULL || u->label == NULL || g_strcmp0(u->kind, "article") != 0)
        return NULL;
    const hrow *r = g_hash_table_lookup(t->articles, u->provision);
    if (r == NULL || *r->mn == '\0')
        return NULL;
    /* The label is "13.3 дугаар зүйл. Хүн барьцаалах": its words end with
     * the heading's. */
    char *words = heading_words(u->label);
    size_t lw = strlen(words), lm = strlen(r->mn);
    bool same = lw >= lm && strcmp(words + lw - lm, r->mn) == 0 && (lw == lm || words[lw - lm - 1] == ' ');
    g_free(words);
    return same ? r : NULL;
}

/* The chapter an article is in: its row's, else the number it begins with
 * (13.1 -> 13) when the law numbers its articles by chapter. */
static const hrow *
chapter_row(const law_table *t, const zr_unit *u, const hrow *article)
{
    if (article != NULL && article->chapter != NULL)
        return g_hash_table_lookup(t->chapters, article->chapter);
    if (u->provision == NULL || strchr(u->provision, '.') == NULL)
        return NULL;
    char *n = g_strndup(u->provision, strcspn(u->provision, "."));
    const hrow *r = g_hash_table_lookup(t->chapters, n);
    g_free(n);
    return r;
}

static bool
date_agrees(const law_table *t, const zr_doc *doc)
{
    if (t->date == NULL)
        return true;
    if (doc->date != NULL)
        return strcmp(doc->date, t->date) == 0;
    /* No date read: the date line as written, near the top. */
    if (doc->units->len == 0 || t->date_mn == NULL)
        return false;
    const zr_unit *first = g_ptr_array_index(doc->units, 0);
    char *head = g_strndup(first->text, 2000);
    char *words = heading_words(head);
    bool found = strstr(words, t->date_mn) != NULL;
    g_free(words);
    g_free(head);
    return found;
}

/* How many of the headings the table lists the statute has, of how many. */
static void
structure_found(const law_table *t, const zr_doc *doc, guint *found, guint *listed)
{
    *found = 0;
    if (g_hash_table_size(t->articles) > 0) {
        *listed = g_hash_table_size(t->articles);
        for (guint i = 0; i < doc->units->len; i++)
            if (article_row(t, g_ptr_array_index(doc->units, i)) != NULL)
                (*found)++;
        return;
    }
    /* Chapters only: their title lines, anywhere in the text. */
    *listed = g_hash_table_size(t->chapters);
    GString *all = g_string_new(" ");
    for (guint i = 0; i < doc->units->len; i++) {
        char *w = heading_words(((const zr_unit *)g_ptr_array_index(doc->units, i))->text);
        g_string_append(all, w);
        g_string_append_c(all, ' ');
        g_free(w);
    }
    GHashTableIter it;
    gpointer v;
    g_hash_table_iter_init(&it, t->chapters);
    while (g_hash_table_iter_next(&it, NULL, &v)) {
        const hrow *r = v;
        char *needle = g_strconcat(" ", r->mn, " ", NULL);
        if (*r->mn && strstr(all->str, needle) != NULL)
            (*found)++;
        g_free(needle);
    }
    g_string_free(all, TRUE);
}

static void
apply_law(const law_table *t, zr_doc *doc)
{
    g_free(doc->title_en), doc->title_en = g_strdup(t->name_en);
    g_free(doc->title_en_also), doc->title_en_also = g_strdup(t->name_also);
    for (guint i = 0; i < doc->units->len; i++) {
        zr_unit *u = g_ptr_array_index(doc->units, i);
        if (g_strcmp0(u->kind, "article") != 0)
            continue;
        const hrow *a = article_row(t, u);
        /* An article whose heading is not the table's (another version of
         * it) gets no English rather than a wrong one. */
        if (a == NULL && g_hash_table_contains(t->articles, u->provision ? u->provision : ""))
            continue;
        const hrow *c = chapter_row(t, u, a);
        if (a != NULL && a->en != NULL) {
            g_free(u->label_en), u->label_en = g_strdup(a->en);
            g_free(u->label_en_also), u->label_en_also = g_strdup(a->also);
        }
        if (c != NULL && c->en != NULL) {
            g_free(u->chapter_en), u->chapter_en = g_strdup(c->en);
            g_free(u->chapter_en_also), u->chapter_en_also = g_strdup(c->also);
        }
    }
}

/* The table of the 2015 Criminal Code, whose bare provision keys a
 * decision's articles are, or NULL. */
static const law_table *
criminal_code(const ix_headings *h)
{
    for (guint i = 0; h != NULL && i < h->laws->len; i++) {
        const law_table *t = h->laws->pdata[i];
        char *law = ix_law_of_title(t->title, t->date);
        bool code = g_strcmp0(law, "ЭХ") == 0 && g_hash_table_size(t->articles) > 0;
        g_free(law);
        if (code)
            return t;
    }
    return NULL;
}

char *
ix_applied_headings(const ix_headings *h, const zr_doc *doc)
{
    const law_table *t = criminal_code(h);
    if (t == NULL || doc->articles == NULL)
        return NULL;
    GString *out = g_string_new(NULL);
    GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (guint i = 0; i < doc->articles->len; i++) {
        const char *key = doc->articles->pdata[i];
        /* Another law's keys carry its name ("2002:113"); a bare key is
         * the Code's, its article the first two numbers. */
        if (strchr(key, ':') != NULL || !g_ascii_isdigit(*key))
            continue;
        char **parts = g_strsplit(key, ".", 3);
        char *article = parts[0] && parts[1] ? g_strconcat(parts[0], ".", parts[1], NULL) : NULL;
        g_strfreev(parts);
        const hrow *r = article ? g_hash_table_lookup(t->articles, article) : NULL;
        if (r != NULL && !g_hash_table_contains(seen, article)) {
            g_hash_table_add(seen, g_strdup(article));
            const char *both[] = {r->mn, r->en};
            for (size_t k = 0; k < G_N_ELEMENTS(both); k++)
                if (both[k] != NULL && *both[k] != '\0')
                    g_string_append_printf(out, "%s%s", out->len ? "; " : "", both[k]);
        }
        g_free(article);
    }
    g_hash_table_unref(seen);
    if (out->len == 0) {
        g_string_free(out, TRUE);
        return NULL;
    }
    return g_string_free(out, FALSE);
}

bool
ix_apply_headings(const ix_headings *h, zr_doc *doc)
{
    if (h == NULL || doc->title == NULL || doc->units->len == 0)
        return false;
    char *title = heading_words(doc->title);
    bool applied = false;
    for (guint i = 0; i < h->laws->len && !applied; i++) {
        const law_table *t = g_ptr_array_index(h->laws, i);
        if (strcmp(title, t->title) != 0 || !date_agrees(t, doc))
            continue;
        guint found = 0, listed = 0;
        structure_found(t, doc, &found, &listed);
        /* A law given only its name (statutes.tsv) is known by its title
         * and date alone. */
        if (found >= IX_HEADINGS_MIN_SHARE * listed) {
            apply_law(t, doc);
            applied = true;
        } else {
            g_ptr_array_add(doc->warnings,
                            g_strdup_printf("English headings of %s not applied: %u of its %u headings found", t->file,
                                            found, listed));
        }
    }
    g_free(title);
    return applied;
}
