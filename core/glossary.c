/* glossary.c — loading the EN <-> MN glossary and looking entries up by the
 * stems of their words.
 *
 * The glossary is read once, when the shared analyzer is made, and is
 * immutable afterwards, so engines on several threads read it without a
 * lock.  Not for: turning alternatives into queries (query.c).
 */
#include "core/glossary.h"
#include "core/cfgfile.h"

#include "core/terms.h"
#include "core/schema.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    GPtrArray *stems; /* "Z" + stem, in order */
    char *term;       /* ZS_P_PHRASE + bare stems */
} gl_phrase;

struct gl_glossary {
    GHashTable *direct; /* key -> GPtrArray of texts (the other side) */
    GHashTable *everyday; /* everyday key -> GPtrArray of the law's texts */
    GHashTable *alts;   /* key -> GPtrArray of texts: direct, then second hop */
    guint max_words;
    guint size;   /* pairs */
    guint oneway; /* one-way synonyms */
    GHashTable *phrases;     /* term -> gl_phrase (owned) */
    GHashTable *text_phrase; /* text as written -> gl_phrase */
    GHashTable *by_first;    /* first stem -> GPtrArray of gl_phrase */
    GHashTable *pinned;      /* stem -> GPtrArray of pinned English words */
    char *fingerprint;
    /* While loading only: text as written -> its gl_text_key, so that a
     * text named by several entries (and again for each alternative) is
     * split, folded and stemmed once.  NULL after gl_load_files. */
    GHashTable *text_keys;
};

typedef struct {
    char *key; /* NULL: stopwords only */
    guint nwords;
} gl_text_key;

static void
text_key_free(gl_text_key *k)
{
    g_free(k->key);
    g_free(k);
}

static bool
collect_word(const az_token *tok, void *user)
{
    g_ptr_array_add(user, az_fold(tok->start, tok->len));
    return true;
}

GPtrArray *
gl_words(const char *text)
{
    GPtrArray *words = g_ptr_array_new_with_free_func(g_free);
    char *norm = az_normalise(text, -1);
    az_tokenise(norm, -1, collect_word, words);
    g_free(norm);
    return words;
}

/* Whether the folded English word `w` is `pin` or an inflection of it:
 * -s, -es, -'s, -s', -d, -ed, -ing, a final e dropped before -ed and -ing
 * (organising, organised of organise), a final consonant doubled before
 * them (barred of bar).  Derivations (customer of custom, organisation of
 * organise) are other words: that is what a pin is for. */
static bool
inflection_of(const char *w, const char *pin)
{
    static const char *const endings[] = {"", "s", "es", "'s", "s'", "d", "ed", "ing"};
    gsize np = strlen(pin);
    if (strncmp(w, pin, np) == 0)
        for (gsize i = 0; i < G_N_ELEMENTS(endings); i++)
            if (strcmp(w + np, endings[i]) == 0)
                return true;
    if (np >= 3 && pin[np - 1] == 'e' && strncmp(w, pin, np - 1) == 0 &&
        (strcmp(w + np - 1, "ed") == 0 || strcmp(w + np - 1, "ing") == 0))
        return true;
    if (np >= 3 && strncmp(w, pin, np) == 0 && w[np] == pin[np - 1] &&
        (strcmp(w + np + 1, "ed") == 0 || strcmp(w + np + 1, "ing") == 0))
        return true;
    return false;
}

/* The key part of one folded word: its stem, or "=" and the pinned word
 * when the glossary pins the word's form (see load_pins). */
static char *
word_key(const gl_glossary *g, az_analyzer *az, const char *w)
{
    char *s = az_stem(az, w);
    const GPtrArray *pins = g && g->pinned && s ? g_hash_table_lookup(g->pinned, s) : NULL;
    if (pins) {
        char *spelt = az_english_spelling(w);
        for (guint i = 0; i < pins->len; i++)
            if (inflection_of(spelt, pins->pdata[i])) {
                g_free(s);
                s = g_strconcat("=", (char *)pins->pdata[i], NULL);
                break;
            }
        g_free(spelt);
    }
    return s;
}

static char *
key_with(const gl_glossary *g, az_analyzer *az, const char *const *folded_words, guint n)
{
    GString *key = g_string_new(NULL);
    /* An entry of stopwords only (against their will) keeps them all,
     * rather than no key at all. */
    bool all_stop = true;
    for (guint i = 0; i < n && all_stop; i++)
        all_stop = az_is_stopword(az, folded_words[i]);
    for (guint i = 0; i < n; i++) {
        if (n > 1 && !all_stop && az_is_stopword(az, folded_words[i]))
            continue;
        char *s = word_key(g, az, folded_words[i]);
        if (key->len)
            g_string_append_c(key, ' ');
        g_string_append(key, s);
        g_free(s);
    }
    if (key->len == 0) {
        g_string_free(key, TRUE);
        return NULL;
    }
    return g_string_free(key, FALSE);
}

char *
gl_key(az_analyzer *az, const char *const *folded_words, guint n)
{
    return key_with(az_glossary(az), az, folded_words, n);
}

/* True if the likeliest Cyrillic word a Latin one spells is a stopword. */
static bool
latin_stopword(az_analyzer *az, const char *folded_latin)
{
    GPtrArray *words = az_latin_words(az, folded_latin);
    bool stop = words->len > 0 && az_is_stopword(az, words->pdata[0]);
    g_ptr_array_free(words, TRUE);
    return stop;
}

char *
gl_latin_key(az_analyzer *az, const char *const *folded_words, guint n)
{
    GString *key = g_string_new("k:");
    for (guint i = 0; i < n; i++) {
        char *k = NULL;
        bool cyr = false;
        for (const char *p = folded_words[i]; *p; p = g_utf8_next_char(p))
            if (g_utf8_get_char(p) >= 0x0400 && g_utf8_get_char(p) <= 0x052F)
                cyr = true;
        if (cyr) {
            if (n > 1 && az_is_stopword(az, folded_words[i]))
                continue;
            az_word(az, folded_words[i], NULL, &k);
        } else {
            /* A Latin word is left out when it spells a Mongolian stopword
             * (tuhai), never for being an English one: "hulgain an" is
             * хулгайн ан, not "hulgain" and the article "an". */
            if (n > 1 && latin_stopword(az, folded_words[i]))
                continue;
            GPtrArray *keys = az_latin_keys(az, folded_words[i]);
            if (keys->len)
                k = g_strdup(keys->pdata[0]);
            g_ptr_array_free(keys, TRUE);
        }
        if (!k) {
            g_string_free(key, TRUE);
            return NULL;
        }
        if (key->len > 2)
            g_string_append_c(key, ' ');
        g_string_append(key, k);
        g_free(k);
    }
    if (key->len == 2) {
        g_string_free(key, TRUE);
        return NULL;
    }
    return g_string_free(key, FALSE);
}

/* The key of a text of the glossary, and its number of words (stopwords
 * included); only while loading (g->text_keys).  Borrowed from the memo,
 * or NULL. */
static const char *
text_key(const gl_glossary *g, az_analyzer *az, const char *text, guint *nwords)
{
    gl_text_key *memo = g_hash_table_lookup(g->text_keys, text);
    if (!memo) {
        GPtrArray *w = gl_words(text);
        memo = g_new(gl_text_key, 1);
        memo->nwords = w->len;
        memo->key = key_with(g, az, (const char *const *)w->pdata, w->len);
        g_ptr_array_free(w, TRUE);
        g_hash_table_insert(g->text_keys, g_strdup(text), memo);
    }
    *nwords = memo->nwords;
    return memo->key;
}

static void
add_text(GHashTable *map, const char *key, const char *text)
{
    GPtrArray *list = g_hash_table_lookup(map, key);
    if (!list) {
        list = g_ptr_array_new_with_free_func(g_free);
        g_hash_table_insert(map, g_strdup(key), list);
    }
    for (guint i = 0; i < list->len; i++)
        if (strcmp(list->pdata[i], text) == 0)
            return;
    g_ptr_array_add(list, g_strdup(text));
}

/* The Latin-typed spelling of the Mongolian `mn` leads to `other` (in
 * `map`: the pairs' or the one-way synonyms'). */
static void
add_latin(GHashTable *map, az_analyzer *az, const char *mn, const char *other)
{
    GPtrArray *w = gl_words(mn);
    char *kk = gl_latin_key(az, (const char *const *)w->pdata, w->len);
    if (kk)
        add_text(map, kk, other);
    g_free(kk);
    g_ptr_array_free(w, TRUE);
}

static guint
words_in(const char *key)
{
    guint n = 1;
    if (g_str_has_prefix(key, "k:"))
        key += 2;
    for (const char *p = key; *p; p++)
        n += *p == ' ';
    return n;
}

static void
phrase_free(gl_phrase *p)
{
    g_ptr_array_free(p->stems, TRUE);
    g_free(p->term);
    g_free(p);
}

/* Puts a new phrase into the glossary's tables: by term, and in its first
 * stem's list. */
static void
insert_phrase(gl_glossary *g, gl_phrase *p)
{
    g_hash_table_insert(g->phrases, p->term, p);
    GPtrArray *list = g_hash_table_lookup(g->by_first, p->stems->pdata[0]);
    if (!list) {
        list = g_ptr_array_new();
        g_hash_table_insert(g->by_first, p->stems->pdata[0], list);
    }
    g_ptr_array_add(list, p);
}

/* The phrase of a text of the glossary, once per distinct run of stems. */
static void
add_phrase(gl_glossary *g, az_analyzer *az, const char *text)
{
    if (g_hash_table_contains(g->text_phrase, text))
        return;
    GPtrArray *stems = az_text_stems(az, text);
    if (stems->len < 2) {
        g_ptr_array_free(stems, TRUE);
        return;
    }
    GString *term = g_string_new(ZS_P_PHRASE);
    for (guint i = 0; i < stems->len; i++) {
        if (i)
            g_string_append_c(term, ' ');
        g_string_append(term, (char *)stems->pdata[i] + strlen(ZS_P_STEM));
    }
    /* Xapian's limit is 245 bytes; the query falls back to positions. */
    if (term->len >= 240) {
        g_string_free(term, TRUE);
        g_ptr_array_free(stems, TRUE);
        return;
    }
    gl_phrase *p = g_hash_table_lookup(g->phrases, term->str);
    if (p) {
        g_string_free(term, TRUE);
        g_ptr_array_free(stems, TRUE);
    } else {
        p = g_new0(gl_phrase, 1);
        p->stems = stems;
        p->term = g_string_free(term, FALSE);
        insert_phrase(g, p);
    }
    g_hash_table_insert(g->text_phrase, g_strdup(text), p);
}

static gint
cmp_str(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static char *
phrases_fingerprint(GHashTable *phrases)
{
    guint n = 0;
    gpointer *terms = g_hash_table_get_keys_as_array(phrases, &n);
    qsort(terms, n, sizeof *terms, cmp_str);
    GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
    g_checksum_update(sum, (const guchar *)"zaalt-phrases-1\n", -1);
    for (guint i = 0; i < n; i++) {
        g_checksum_update(sum, terms[i], -1);
        g_checksum_update(sum, (const guchar *)"\n", 1);
    }
    char *fp = g_strdup(g_checksum_get_string(sum));
    g_checksum_free(sum);
    g_free(terms);
    return fp;
}

/* Pins: an English side written "=word" (one Latin word) is keyed by that
 * word and its inflections (inflection_of), not by the stem it shares with
 * other words.  The English stemmer makes customer and customs one stem
 * (custom), organise and organisation one (organis), counsel and
 * counselling one: a question about a bank's customers was asked as one
 * about the customs service.  Pinning "=customer" gives customer,
 * customers and customer's a key of their own ("=customer"), while custom
 * and customs keep the stem's; every key, of the query's words, an
 * entry's or an English heading's, is made so (key_with). */
static void
load_pins(gl_glossary *g, az_analyzer *az, const char *path)
{
    char *contents = NULL;
    if (!path || !zc_config_read(path, &contents, NULL, NULL))
        return;
    char **lines = g_strsplit(contents, "\n", -1);
    for (char **l = lines; *l; l++) {
        if (**l != '=')
            continue;
        char **cols = g_strsplit(*l + 1, "\t", 2);
        GPtrArray *w = gl_words(cols[0]);
        if (w->len == 1) {
            char *spelt = az_english_spelling(w->pdata[0]);
            char *stem = az_stem(az, w->pdata[0]);
            GPtrArray *list = g_hash_table_lookup(g->pinned, stem);
            if (!list) {
                list = g_ptr_array_new_with_free_func(g_free);
                g_hash_table_insert(g->pinned, g_strdup(stem), list);
            }
            bool seen = false;
            for (guint i = 0; i < list->len && !seen; i++)
                seen = strcmp(list->pdata[i], spelt) == 0;
            if (!seen)
                g_ptr_array_add(list, g_strdup(spelt));
            g_free(stem);
            g_free(spelt);
        }
        g_ptr_array_free(w, TRUE);
        g_strfreev(cols);
    }
    g_strfreev(lines);
    g_free(contents);
}

/* "english<TAB>mongolian[<TAB>source]" lines: pairs, both ways. */
static void
load_pairs(gl_glossary *g, az_analyzer *az, const char *path)
{
    char *contents = NULL;
    if (!path || !zc_config_read(path, &contents, NULL, NULL))
        return;
    char **lines = g_strsplit(contents, "\n", -1);
    for (char **l = lines; *l; l++) {
        if (!**l || **l == '#')
            continue;
        char **cols = g_strsplit(*l, "\t", 3);
        if (cols[0] && cols[1]) {
            char *en = g_strstrip(cols[0]), *mn = g_strstrip(cols[1]);
            if (*en == '=') /* a pin (load_pins): the word is its text */
                en = g_strchug(en + 1);
            guint ne = 0, nm = 0;
            const char *ke = text_key(g, az, en, &ne), *km = text_key(g, az, mn, &nm);
            if (ke && km && strcmp(ke, km) != 0) {
                add_text(g->direct, ke, mn);
                add_text(g->direct, km, en);
                add_phrase(g, az, en);
                add_phrase(g, az, mn);
                /* The Mongolian side typed in Latin letters (khun
                 * khudaldaa) reaches the entry through its keys. */
                add_latin(g->direct, az, mn, en);
                g->max_words = MAX(g->max_words, MAX(ne, nm));
                g->size++;
            }
        }
        g_strfreev(cols);
    }
    g_strfreev(lines);
    g_free(contents);
}

/* "everyday<TAB>law<TAB>..." lines (mn-synonyms.tsv): the everyday words,
 * as typed in Cyrillic or Latin letters, lead to the law's phrase; the
 * law's phrase, and its English, never lead back to them (they may mean
 * other things in other statutes). */
static void
load_oneway(gl_glossary *g, az_analyzer *az, const char *path)
{
    char *contents = NULL;
    if (!path || !zc_config_read(path, &contents, NULL, NULL))
        return;
    char **lines = g_strsplit(contents, "\n", -1);
    for (char **l = lines; *l; l++) {
        if (!**l || **l == '#')
            continue;
        char **cols = g_strsplit(*l, "\t", 3);
        if (cols[0] && cols[1]) {
            char *everyday = g_strstrip(cols[0]), *law = g_strstrip(cols[1]);
            guint ne = 0, nl = 0;
            const char *ke = text_key(g, az, everyday, &ne), *kl = text_key(g, az, law, &nl);
            if (ke && kl && strcmp(ke, kl) != 0) {
                add_text(g->everyday, ke, law);
                add_phrase(g, az, law);
                add_latin(g->everyday, az, everyday, law);
                g->max_words = MAX(g->max_words, ne);
                g->oneway++;
            }
        }
        g_strfreev(cols);
    }
    g_strfreev(lines);
    g_free(contents);
}

/* The alternatives of `key`: the texts of `first` and their counterparts
 * in the pairs, never broader than the key. */
static void
add_alternatives(gl_glossary *g, az_analyzer *az, const char *key, const GPtrArray *first)
{
    for (guint i = 0; i < first->len; i++)
        add_text(g->alts, key, first->pdata[i]);
    for (guint i = 0; i < first->len; i++) {
        guint n = 0;
        const char *dk = text_key(g, az, first->pdata[i], &n);
        GPtrArray *back = dk ? g_hash_table_lookup(g->direct, dk) : NULL;
        for (guint j = 0; back && j < back->len; j++) {
            guint m = 0;
            const char *bk = text_key(g, az, back->pdata[j], &m);
            /* A narrower entry may come back (forced labor for forced
             * labour), never a broader one: "trafficking in persons"
             * must not turn into any "trafficking". */
            if (bk && strcmp(bk, key) != 0 && words_in(bk) >= words_in(key))
                add_text(g->alts, key, back->pdata[j]);
        }
    }
}

gl_glossary *
gl_load(az_analyzer *az, const char *path)
{
    const char *paths[] = {path, NULL};
    return gl_load_files(az, paths, NULL);
}

/* An empty glossary: its tables, nothing in them. */
static gl_glossary *
glossary_new(void)
{
    gl_glossary *g = g_new0(gl_glossary, 1);
    g->direct = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_ptr_array_unref);
    g->everyday = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_ptr_array_unref);
    g->alts = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_ptr_array_unref);
    g->phrases = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, (GDestroyNotify)phrase_free);
    g->text_phrase = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    g->by_first = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_ptr_array_unref);
    g->pinned = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_ptr_array_unref);
    return g;
}

gl_glossary *
gl_load_files(az_analyzer *az, const char *const *pair_files, const char *const *oneway_files)
{
    gl_glossary *g = glossary_new();
    g->text_keys = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)text_key_free);
    for (const char *const *p = pair_files; p && *p; p++)
        load_pins(g, az, *p);
    for (const char *const *p = pair_files; p && *p; p++)
        load_pairs(g, az, *p);
    for (const char *const *p = oneway_files; p && *p; p++)
        load_oneway(g, az, *p);
    if (g->size + g->oneway == 0) {
        gl_free(g);
        return NULL;
    }
    g->fingerprint = phrases_fingerprint(g->phrases);
    /* Alternatives: the counterparts, then the counterparts' counterparts
     * (other spellings and synonyms in the query's own language), a pair's
     * and a one-way synonym's alike; the second hop follows pairs only.  A
     * one-way synonym's everyday words are no counterpart of the law's
     * phrase: through them "bail" (барьцаа авах, the Procedure Law's bail)
     * came back as хүн барьцаалах, hostage-taking, whose everyday words
     * барьцаанд авах share its stems. */
    GHashTable *firsts[] = {g->direct, g->everyday};
    for (gsize f = 0; f < G_N_ELEMENTS(firsts); f++) {
        GHashTableIter it;
        gpointer k, v;
        g_hash_table_iter_init(&it, firsts[f]);
        while (g_hash_table_iter_next(&it, &k, &v))
            add_alternatives(g, az, k, v);
    }
    g_clear_pointer(&g->text_keys, g_hash_table_destroy);
    return g;
}

void
gl_free(gl_glossary *g)
{
    if (!g)
        return;
    g_hash_table_destroy(g->direct);
    g_hash_table_destroy(g->everyday);
    g_hash_table_destroy(g->alts);
    g_hash_table_destroy(g->text_phrase);
    g_hash_table_destroy(g->by_first);
    g_hash_table_destroy(g->phrases);
    g_hash_table_destroy(g->pinned);
    if (g->text_keys)
        g_hash_table_destroy(g->text_keys);
    g_free(g->fingerprint);
    g_free(g);
}

const GPtrArray *
gl_lookup(const gl_glossary *g, const char *key)
{
    return g && key ? g_hash_table_lookup(g->alts, key) : NULL;
}

guint
gl_max_words(const gl_glossary *g)
{
    return g ? g->max_words : 0;
}

guint
gl_size(const gl_glossary *g)
{
    return g ? g->size : 0;
}

guint
gl_oneway_size(const gl_glossary *g)
{
    return g ? g->oneway : 0;
}

const char *
gl_phrase_term(const gl_glossary *g, const char *text)
{
    const gl_phrase *p = g && text ? g_hash_table_lookup(g->text_phrase, text) : NULL;
    return p ? p->term : NULL;
}

void
gl_phrases_each(const gl_glossary *g, const char *const *stems, const unsigned *positions, guint n,
                void (*fn)(const char *term, void *user), void *user)
{
    if (!g || g_hash_table_size(g->by_first) == 0)
        return;
    for (guint i = 0; i + 1 < n; i++) {
        const GPtrArray *list = g_hash_table_lookup(g->by_first, stems[i]);
        for (guint j = 0; list && j < list->len; j++) {
            const gl_phrase *p = list->pdata[j];
            guint len = p->stems->len;
            if (i + len > n)
                continue;
            guint k = 1;
            while (k < len && positions[i + k] == positions[i] + k && strcmp(stems[i + k], p->stems->pdata[k]) == 0)
                k++;
            if (k == len)
                fn(p->term, user);
        }
    }
}

const char *
gl_phrases_fingerprint(const gl_glossary *g)
{
    return g ? g->fingerprint : "none";
}

/* ---- The glossary kept between commands -------------------------------
 *
 * A file holds one glossary as loaded: GL_CACHE_MAGIC, the key it was made
 * for and a newline, then the tables direct, everyday, alts and pinned
 * (a count of keys; each key, a count of texts and the texts, in order),
 * the phrases (a count; each term, a count of stems and the stems, in the
 * order of their first stem's list), each text's phrase (a count; each
 * text and its term), then max_words, size, oneway and the phrases'
 * fingerprint.  A count is 4 bytes, little-endian; a string ends with a
 * NUL.  A file read otherwise than to its last byte is not taken. */
#define GL_CACHE_MAGIC "zaalt-glossary-cache-1\n"
/* Files of other keys (other configurations, builds) kept besides. */
#define GL_CACHE_KEEP  8

static void
put_u32(GString *out, guint32 v)
{
    guint32 le = GUINT32_TO_LE(v);
    g_string_append_len(out, (const char *)&le, 4);
}

static void
put_str(GString *out, const char *s)
{
    g_string_append_len(out, s, (gssize)strlen(s) + 1);
}

static void
put_texts(GString *out, GHashTable *table)
{
    put_u32(out, g_hash_table_size(table));
    GHashTableIter it;
    gpointer k, v;
    g_hash_table_iter_init(&it, table);
    while (g_hash_table_iter_next(&it, &k, &v)) {
        const GPtrArray *list = v;
        put_str(out, k);
        put_u32(out, list->len);
        for (guint i = 0; i < list->len; i++)
            put_str(out, list->pdata[i]);
    }
}

static GString *
glossary_bytes(const gl_glossary *g, const char *key)
{
    GString *out = g_string_new(GL_CACHE_MAGIC);
    g_string_append(out, key);
    g_string_append_c(out, '\n');
    put_texts(out, g->direct);
    put_texts(out, g->everyday);
    put_texts(out, g->alts);
    put_texts(out, g->pinned);
    put_u32(out, g_hash_table_size(g->phrases));
    GHashTableIter it;
    gpointer k, v;
    g_hash_table_iter_init(&it, g->by_first);
    while (g_hash_table_iter_next(&it, &k, &v)) {
        const GPtrArray *list = v;
        for (guint i = 0; i < list->len; i++) {
            const gl_phrase *p = list->pdata[i];
            put_str(out, p->term);
            put_u32(out, p->stems->len);
            for (guint j = 0; j < p->stems->len; j++)
                put_str(out, p->stems->pdata[j]);
        }
    }
    put_u32(out, g_hash_table_size(g->text_phrase));
    g_hash_table_iter_init(&it, g->text_phrase);
    while (g_hash_table_iter_next(&it, &k, &v)) {
        put_str(out, k);
        put_str(out, ((const gl_phrase *)v)->term);
    }
    put_u32(out, g->max_words);
    put_u32(out, g->size);
    put_u32(out, g->oneway);
    put_str(out, g->fingerprint);
    return out;
}

/* A cursor over a file's bytes: each read fails (and every one after it)
 * rather than go past the end. */
typedef struct {
    const char *at, *end;
    bool bad;
} reader;

static guint32
get_u32(reader *r)
{
    guint32 le = 0;
    if (r->bad || r->end - r->at < 4) {
        r->bad = true;
        return 0;
    }
    memcpy(&le, r->at, 4);
    r->at += 4;
    return GUINT32_FROM_LE(le);
}

/* A count of things each at least `least` bytes long: one the rest of the
 * file cannot hold is a damaged file, not an allocation to try. */
static guint32
get_count(reader *r, gsize least)
{
    guint32 n = get_u32(r);
    if (!r->bad && (gsize)n > (gsize)(r->end - r->at) / least)
        r->bad = true;
    return r->bad ? 0 : n;
}

static const char *
get_str(reader *r)
{
    const char *nul = r->bad ? NULL : memchr(r->at, '\0', (size_t)(r->end - r->at));
    if (nul == NULL) {
        r->bad = true;
        return "";
    }
    const char *s = r->at;
    r->at = nul + 1;
    return s;
}

static void
get_texts(reader *r, GHashTable *table)
{
    guint32 n = get_count(r, 5);
    for (guint32 i = 0; i < n && !r->bad; i++) {
        const char *key = get_str(r);
        guint32 m = get_count(r, 1);
        GPtrArray *list = g_ptr_array_new_full(m, g_free);
        for (guint32 j = 0; j < m; j++)
            g_ptr_array_add(list, g_strdup(get_str(r)));
        g_hash_table_replace(table, g_strdup(key), list);
    }
}

/* The glossary the bytes of a file hold, if it was made for `key`; else
 * NULL. */
static gl_glossary *
glossary_of_bytes(const char *data, gsize len, const char *key)
{
    gsize head = strlen(GL_CACHE_MAGIC), klen = strlen(key);
    if (len < head + klen + 1 || memcmp(data, GL_CACHE_MAGIC, head) != 0 || memcmp(data + head, key, klen) != 0 ||
        data[head + klen] != '\n')
        return NULL;
    reader r = {data + head + klen + 1, data + len, false};
    gl_glossary *g = glossary_new();
    get_texts(&r, g->direct);
    get_texts(&r, g->everyday);
    get_texts(&r, g->alts);
    get_texts(&r, g->pinned);
    guint32 n = get_count(&r, 5);
    for (guint32 i = 0; i < n && !r.bad; i++) {
        const char *term = get_str(&r);
        guint32 m = get_count(&r, 1);
        if (m < 2 || g_hash_table_contains(g->phrases, term)) {
            r.bad = true;
            break;
        }
        gl_phrase *p = g_new0(gl_phrase, 1);
        p->term = g_strdup(term);
        p->stems = g_ptr_array_new_full(m, g_free);
        for (guint32 j = 0; j < m; j++)
            g_ptr_array_add(p->stems, g_strdup(get_str(&r)));
        insert_phrase(g, p);
    }
    n = get_count(&r, 2);
    for (guint32 i = 0; i < n && !r.bad; i++) {
        const char *text = get_str(&r);
        gl_phrase *p = g_hash_table_lookup(g->phrases, get_str(&r));
        if (p)
            g_hash_table_replace(g->text_phrase, g_strdup(text), p);
        else
            r.bad = true;
    }
    g->max_words = get_u32(&r);
    g->size = get_u32(&r);
    g->oneway = get_u32(&r);
    g->fingerprint = g_strdup(get_str(&r));
    if (r.bad || r.at != r.end || g->size + g->oneway == 0) {
        gl_free(g);
        return NULL;
    }
    return g;
}

/* The key of the glossary the files would give an analyzer of
 * `analyzer_id`: the files' bytes, in their places.  A new string. */
static char *
cache_key(const char *analyzer_id, const char *const *pair_files, const char *const *oneway_files)
{
    GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
    g_checksum_update(sum, (const guchar *)"zaalt-glossary-1\n", -1);
    g_checksum_update(sum, (const guchar *)analyzer_id, -1);
    const char *const *lists[] = {pair_files, oneway_files};
    for (gsize l = 0; l < G_N_ELEMENTS(lists); l++) {
        g_checksum_update(sum, (const guchar *)(l == 0 ? "\npairs" : "\noneway"), -1);
        for (const char *const *p = lists[l]; p && *p; p++) {
            char *contents = NULL;
            gsize len = 0;
            char head[64];
            if (zc_config_read(*p, &contents, &len, NULL)) {
                g_snprintf(head, sizeof head, "\nfile %" G_GSIZE_FORMAT "\n", len);
                g_checksum_update(sum, (const guchar *)head, -1);
                g_checksum_update(sum, (const guchar *)contents, (gssize)len);
            } else {
                g_checksum_update(sum, (const guchar *)"\nnone\n", -1);
            }
            g_free(contents);
        }
    }
    char *key = g_strdup(g_checksum_get_string(sum));
    g_checksum_free(sum);
    return key;
}

typedef struct {
    char *path;
    gint64 mtime;
} cache_file;

static gint
newest_first(gconstpointer a, gconstpointer b)
{
    gint64 x = ((const cache_file *)a)->mtime, y = ((const cache_file *)b)->mtime;
    return x < y ? 1 : x > y ? -1 : 0;
}

/* Leaves the GL_CACHE_KEEP newest glossary files of `dir`. */
static void
prune_cache(const char *dir)
{
    GDir *d = g_dir_open(dir, 0, NULL);
    if (!d)
        return;
    GArray *files = g_array_new(FALSE, FALSE, sizeof(cache_file));
    const char *name;
    while ((name = g_dir_read_name(d)) != NULL) {
        GStatBuf st;
        cache_file f = {g_build_filename(dir, name, NULL), 0};
        if (g_str_has_prefix(name, "glossary-") && g_str_has_suffix(name, ".cache") && g_stat(f.path, &st) == 0) {
            f.mtime = (gint64)st.st_mtime;
            g_array_append_val(files, f);
        } else {
            g_free(f.path);
        }
    }
    g_dir_close(d);
    g_array_sort(files, newest_first);
    for (guint i = 0; i < files->len; i++) {
        cache_file *f = &g_array_index(files, cache_file, i);
        if (i >= GL_CACHE_KEEP)
            g_unlink(f->path);
        g_free(f->path);
    }
    g_array_free(files, TRUE);
}

gl_glossary *
gl_load_files_cached(az_analyzer *az, const char *const *pair_files, const char *const *oneway_files,
                     const char *cache_dir, const char *analyzer_id, bool *from_cache)
{
    if (from_cache)
        *from_cache = false;
    if (cache_dir == NULL || *cache_dir == '\0' || analyzer_id == NULL)
        return gl_load_files(az, pair_files, oneway_files);
    char *key = cache_key(analyzer_id, pair_files, oneway_files);
    char *name = g_strdup_printf("glossary-%.32s.cache", key);
    char *path = g_build_filename(cache_dir, name, NULL);
    g_free(name);
    gl_glossary *g = NULL;
    GMappedFile *f = g_mapped_file_new(path, FALSE, NULL);
    if (f != NULL) {
        g = glossary_of_bytes(g_mapped_file_get_contents(f), g_mapped_file_get_length(f), key);
        g_mapped_file_unref(f);
    }
    if (g != NULL) {
        if (from_cache)
            *from_cache = true;
    } else if ((g = gl_load_files(az, pair_files, oneway_files)) != NULL &&
               g_mkdir_with_parents(cache_dir, 0700) == 0) {
        GString *bytes = glossary_bytes(g, key);
        /* Written whole under another name, then renamed over. */
        if (g_file_set_contents_full(path, bytes->str, (gssize)bytes->len, G_FILE_SET_CONTENTS_CONSISTENT, 0600, NULL))
            prune_cache(cache_dir);
        g_string_free(bytes, TRUE);
    }
    g_free(path);
    g_free(key);
    return g;
}
