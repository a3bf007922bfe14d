/* finish.c — what every extracted document gets whatever its format, after
 * its handler (extract.h): a clean title, a type, a language, the law a
 * statute is and whether it was repealed as a whole, the English headings of a statute headings-en translates,
 * and each unit's citations and parts.
 *
 * Not for: the formats (the handlers), or finding structure in text
 * (structure.h).
 */
#include <string.h>

#include "core/analysis.h"
#include "core/context.h"
#include "indexer/amendments.h"
#include "indexer/extract.h"
#include "indexer/headings.h"
#include "indexer/lawstatus.h"
#include "indexer/structure.h"
#include "legal/provision.h"

/* How much of a document decides its language. */
#define IX_LANG_SAMPLE_BYTES (64 * 1024)

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

/* Language from a sample of the units' text, when the format gave none;
 * Cyrillic too short for its letters to tell (no ө or ү) is Mongolian only
 * when the dictionary knows most of its words, the analyser being asked
 * (and loaded, outside a run's workers) only then. */
static void
detect_language(const ix_extractor *ex, zr_doc *doc)
{
    GString *sample = g_string_new(NULL);
    for (guint i = 0; i < doc->units->len && sample->len < IX_LANG_SAMPLE_BYTES; i++) {
        const zr_unit *u = g_ptr_array_index(doc->units, i);
        g_string_append_len(sample, u->text, MIN((gssize)strlen(u->text), IX_LANG_SAMPLE_BYTES));
        g_string_append_c(sample, '\n');
    }
    const char *lang = az_detect_lang(sample->str, (gssize)sample->len);
    if (g_strcmp0(lang, "mn") == 0 && !az_has_mongolian_letters(sample->str, (gssize)sample->len) &&
        !az_mostly_known(zc_context_analyzer(ix_extractor_context(ex)), sample->str, (gssize)sample->len))
        lang = NULL;
    doc->lang = g_strdup(lang);
    g_string_free(sample, TRUE);
}

char *
ix_law_of_title(const char *title, const char *date)
{
    if (title == NULL)
        return NULL;
    char *lower = g_utf8_strdown(title, -1);
    char *law = NULL;
    bool procedure = strstr(lower, "хэрэг хянан") != NULL || strstr(lower, "procedure") != NULL;
    if (!procedure && (strstr(lower, "эрүүгийн хууль") != NULL || strstr(lower, "criminal code of mongolia") != NULL))
        /* The 2002 Code bore the same name: its title or its date tells. */
        law = g_strdup(strstr(lower, "2002") != NULL || (date != NULL && strcmp(date, ZP_CODE_2015_ADOPTED_ON) < 0)
                           ? "2002"
                           : "ЭХ");
    else
        law = zp_law_acronym(title);
    g_free(lower);
    return law;
}

/* Whether a code's articles are numbered as the 2002 Criminal Code's were,
 * by whole numbers ("113 дугаар зүйл"), where the 2015 Code numbers them
 * within their chapter ("13.1 дүгээр зүйл"). */
static bool
numbered_as_2002_code(const zr_doc *doc)
{
    int whole = 0;
    for (guint i = 0; i < doc->units->len; i++) {
        const zr_unit *u = g_ptr_array_index(doc->units, i);
        if (u->provision == NULL || g_strcmp0(u->kind, "article") != 0)
            continue;
        if (strchr(u->provision, '.') != NULL)
            return false;
        whole++;
    }
    return whole > 0;
}

/* The day a statute was adopted, as its header prints it, is its date:
 * a PDF's creation day or a saved page's first date (a status banner's) is
 * the file's, not the law's. */
static void
date_from_statute_header(zr_doc *doc)
{
    const zr_unit *first = g_ptr_array_index(doc->units, 0);
    char *adopted = ix_statute_date(first->text);
    if (adopted == NULL)
        return;
    g_free(doc->date);
    doc->date = adopted;
}

/* Everything after extraction reads the title and the units as UTF-8, and
 * measures offsets in them (references, masks, snippets).  A handler
 * should give nothing else, but a damaged file can slip a byte past one
 * (a fuzzed XML file once did, read in libxml2's recovery): such a byte
 * is made U+FFFD here, before anything reads the text. */
static void
make_valid(char **s)
{
    if (*s == NULL || g_utf8_validate(*s, -1, NULL))
        return;
    char *valid = g_utf8_make_valid(*s, -1);
    g_free(*s);
    *s = valid;
}

/* Whether a reference is a numbered item's own heading: it opens its line
 * and a full stop follows it at once ("13 дүгээр зүйл. Хүн худалдаалах"),
 * as a guide's Word-numbered items are; a citation in prose is inflected
 * or goes on ("13 дугаар зүйлд заасан"). */
static bool
heading_shaped(const char *text, const zp_ref *r)
{
    if (r->kind == ZP_REF_DECISION || (r->start > 0 && text[r->start - 1] != '\n'))
        return false;
    return text[r->end] == '.' && (text[r->end + 1] == ' ' || text[r->end + 1] == '\n' || text[r->end + 1] == '\0');
}

/* Notes which law of its acronym another law's reference `r` named
 * (zr_unit.cite_marks): by the name the text gave, or, in the statute
 * `self_law` itself, by its own title's mark. */
static void
add_cite_mark(zr_unit *u, const zp_ref *r, const char *self_law, const char *self_mark)
{
    if (r->kind != ZP_REF_PROVISION || r->law == NULL || strcmp(r->law, "2002") == 0)
        return;
    const char *mark = r->mark;
    if (mark == NULL && self_law != NULL && strcmp(r->law, self_law) == 0)
        mark = self_mark;
    if (mark == NULL)
        return;
    if (u->cite_marks == NULL)
        u->cite_marks = g_ptr_array_new_with_free_func(g_free);
    char *entry = g_strconcat(r->key, "\t", mark, NULL);
    zr_strv_add_unique(u->cite_marks, entry);
    g_free(entry);
}

/* Whether `number` ("26^1.3", "13.1.2") is of one of `articles`: one of
 * its leading numbers is. */
static bool
of_an_article(GHashTable *articles, const char *number)
{
    char *prefix = g_strdup(number);
    bool found = g_hash_table_contains(articles, prefix);
    for (char *dot; !found && (dot = strrchr(prefix, '.')) != NULL;) {
        *dot = '\0';
        found = g_hash_table_contains(articles, prefix);
    }
    g_free(prefix);
    return found;
}

/* A statute's reference to its own inserted article as a plain text prints
 * it, the superscript flat ("энэ хуулийн 161.1-д" for 16¹.1, whose article
 * ix_key_flattened_superscripts keyed 16^1): the key of that article, or
 * NULL when the number is the statute's as written or no reading is.  The
 * number as written wins: a law of 161 articles keeps its 161. */
static char *
own_inserted_key(GHashTable *articles, const zp_ref *r)
{
    char *law = NULL;
    char *number = zp_split_key(r->key, &law);
    char *key = NULL;
    if (!of_an_article(articles, number)) {
        GPtrArray *readings = zp_number_unflattened(number);
        for (guint i = 0; i < readings->len && key == NULL; i++) {
            const char *reading = g_ptr_array_index(readings, i);
            if (of_an_article(articles, reading))
                key = law != NULL ? g_strconcat(law, ":", reading, NULL) : g_strdup(reading);
        }
        g_ptr_array_unref(readings);
    }
    g_free(number);
    g_free(law);
    return key;
}

void
ix_add_unit_citations(const ix_patterns *pat, zr_doc *doc)
{
    /* Outside statutes and decisions, an item headed "13 дүгээр зүйл." is
     * the document's own numbering, not a citation of the Code (nor of
     * the repealed 2002 Code, whose articles were numbered so). */
    bool own_numbering = g_strcmp0(doc->type, "code") != 0 && g_strcmp0(doc->type, "decision") != 0;
    /* In a statute other than the Criminal Code, "энэ хуулийн 5.1" and a
     * bare "5.1 дүгээр зүйл" are that statute's own articles. */
    const char *self_law = NULL;
    if (doc->law != NULL && strcmp(doc->law, "ЭХ") != 0)
        self_law = doc->law;
    /* The decision's own number as a citation's key writes it: "2023/ШЦТ/077"
     * is cited as 2023/ШЦТ/77. */
    char *self_number = zp_parse_query_ref(doc->case_number);
    /* Its own articles cited ("энэ хуулийн 5.1") are named by its title. */
    char *self_mark = zp_law_mark_for(doc->title, self_law);
    /* A statute's articles, for its references to its inserted ones. */
    bool statute = g_strcmp0(doc->type, "code") == 0;
    GHashTable *articles = g_hash_table_new(g_str_hash, g_str_equal);
    bool any_inserted = false;
    for (guint i = 0; statute && i < doc->units->len; i++) {
        const zr_unit *u = g_ptr_array_index(doc->units, i);
        if (u->provision != NULL && g_strcmp0(u->kind, "article") == 0) {
            g_hash_table_add(articles, u->provision);
            any_inserted = any_inserted || strchr(u->provision, '^') != NULL;
        }
    }
    for (guint i = 0; i < doc->units->len; i++) {
        zr_unit *u = g_ptr_array_index(doc->units, i);
        if (u->provision != NULL && g_strcmp0(u->kind, "article") == 0)
            ix_find_parts(pat, u);
        GPtrArray *refs = zp_find_refs_in(u->text, self_law);
        char *own = NULL;
        if (u->provision != NULL)
            own = self_law != NULL ? g_strconcat(self_law, ":", u->provision, NULL) : g_strdup(u->provision);
        for (guint k = 0; k < refs->len; k++) {
            const zp_ref *r = g_ptr_array_index(refs, k);
            /* A decision does not cite itself, nor an article its heading. */
            if (r->kind == ZP_REF_DECISION && g_strcmp0(r->key, self_number) == 0)
                continue;
            if (own != NULL && strcmp(r->key, own) == 0)
                continue;
            if (own_numbering && heading_shaped(u->text, r))
                continue;
            /* Another country's text naming no law cites its own. */
            if (doc->foreign && r->kind == ZP_REF_PROVISION && (r->law == NULL || strcmp(r->law, "2002") == 0))
                continue;
            /* Its own: of its law, or the Code's unqualified key in the Code. */
            bool own_law =
                r->kind == ZP_REF_PROVISION && (self_law != NULL ? g_strcmp0(r->law, self_law) == 0 : r->law == NULL);
            char *inserted = any_inserted && own_law ? own_inserted_key(articles, r) : NULL;
            zp_ref cited = *r;
            if (inserted != NULL)
                cited.key = inserted;
            if (inserted == NULL || own == NULL || strcmp(inserted, own) != 0) {
                zr_strv_add_unique(u->cites, cited.key);
                add_cite_mark(u, &cited, self_law, self_mark);
            }
            g_free(inserted);
        }
        g_free(own);
        g_ptr_array_unref(refs);
    }
    g_hash_table_destroy(articles);
    g_free(self_number);
    g_free(self_mark);
}

ix_extract_status
ix_finish_document(const ix_extractor *ex, const char *abspath, const char *type_hint, zr_doc *doc, GError **error)
{
    if (doc->units->len == 0) {
        g_set_error(error, IX_EXTRACT_ERROR, IX_EXTRACT_ERROR_EMPTY, "no text");
        return IX_EXTRACT_FAIL;
    }
    make_valid(&doc->title);
    for (guint i = 0; i < doc->units->len; i++) {
        zr_unit *u = g_ptr_array_index(doc->units, i);
        make_valid(&u->text);
        make_valid(&u->label);
        make_valid(&u->provision);
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
    if (doc->lang == NULL && !doc->lang_other)
        detect_language(ex, doc);
    if (strcmp(doc->type, "code") == 0)
        date_from_statute_header(doc);
    if (doc->law == NULL && strcmp(doc->type, "code") == 0) {
        doc->law = ix_law_of_title(doc->title, doc->date);
        /* An undated Criminal Code is the 2002 Code when its articles are
         * numbered as that Code's were. */
        if (g_strcmp0(doc->law, "ЭХ") == 0 && doc->date == NULL && numbered_as_2002_code(doc)) {
            g_free(doc->law);
            doc->law = g_strdup("2002");
        }
    }
    /* A statute's notes leave its text before its citations are read:
     * "Дээрх 4 дүгээр зүйлийг" is history, not a reference. */
    if (strcmp(doc->type, "code") == 0)
        ix_attach_amendments(ix_extractor_patterns(ex), doc, NULL, NULL);
    ix_apply_law_start(ix_extractor_law_reader(ex), ix_extractor_law_repeals(ex), doc);
    ix_apply_law_status(ix_extractor_context(ex), ix_extractor_law_reader(ex), ix_extractor_law_repeals(ex), doc);
    /* After the notes and the law's own references, which name the
     * numbers as typed ("291 дүгээр зүйлийг"). */
    if (strcmp(doc->type, "code") == 0)
        ix_key_flattened_superscripts(doc);
    if (strcmp(doc->type, "code") == 0) {
        ix_apply_headings(ix_headings_get(ix_extractor_context(ex)), doc);
        ix_mark_frames(ix_extractor_patterns(ex), doc);
    }
    /* A decision is found by the name of the offence it applies, though
     * its text cites only the number (13.1 дүгээр зүйлийн 2 дахь хэсэг). */
    if (strcmp(doc->type, "decision") == 0 && doc->applied_headings == NULL)
        doc->applied_headings = ix_applied_headings(ix_headings_get(ix_extractor_context(ex)), doc);
    ix_add_unit_citations(ix_extractor_patterns(ex), doc);
    return IX_EXTRACT_OK;
}
