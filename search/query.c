/* query.c — Zaalt's query language, parsed by recursive descent.
 *
 *   query   := or
 *   or      := and ( "OR" and )*
 *   and     := unary ( ["AND"] unary )*        adjacent terms must all match
 *   unary   := ("NOT" | "-") unary | chain | primary
 *   chain   := operand ( CONNECTOR operand )+     NEAR, NEAR/n, /n, /s, /p
 *   operand := WORD | =WORD | WORD* | "PHRASE"
 *   primary := operand | FIELD ":" (WORD | WORD* | "PHRASE") | "(" query ")"
 *
 * A bare word matches its exact form or any form with the same stem
 * (exact forms score higher because they match both terms).  A Latin word
 * also matches, at a lower weight, the Mongolian words it may be typing
 * (huuhed -> хүүхэд, through the key terms), and a word or run of words in
 * the glossary matches its counterparts in the other language at a lower
 * weight still (ZQ_WEIGHT_*).  A phrase matches stems at consecutive
 * positions, so "хүн худалдаалах" also finds "хүн худалдаалсан".
 * Stopwords are dropped from AND lists, never from phrases.  Errors say
 * what is wrong and at which character.  =word is that written form only
 * (the folded exact term); word* the commonest words and stems starting so;
 * a chain asks for its operands' stems within windows of positions
 * (proximity.c), without glossary synonyms.
 */
#include "search/query.h"
#include "search/filter.h"

#include "core/glossary.h"
#include "core/terms.h"
#include "core/schema.h"
#include "legal/provision.h"
#include "search/english.h"
#include "search/fields.h"
#include "search/proximity.h"
#include "search/search.h"
#include "core/translit.h"

#include <string.h>

/* How deep brackets and NOT / '-' may nest: each level is a few frames of
 * the recursive descent, and 50,000 of them overflowed the stack (probe
 * F3).  Far beyond what anyone writes; a query of ZS_MAX_QUERY_CHARS can
 * reach 127 levels, so the bound is the parser's own, on every channel. */
#define ZQ_MAX_DEPTH 32

typedef enum {
    T_WORD,
    T_PHRASE,
    T_AND,
    T_OR,
    T_NOT,
    T_MINUS,
    T_LPAREN,
    T_RPAREN,
    T_FIELD,
    T_END,
    T_NEAR,   /* a proximity connector: conn */
    T_EXACT,  /* =word: text is the word */
    T_PREFIX, /* word*: text is the word without its star */
} tok_kind;

typedef struct {
    tok_kind kind;
    char *text;  /* word, phrase body or field name */
    char *value; /* field value (T_FIELD) */
    bool value_is_phrase;
    glong col; /* 1-based character position for messages */
    zq_connector conn;
} qtok;

typedef struct {
    az_analyzer *az;
    zq_highlight *hl;
    GArray *toks; /* qtok */
    guint i;
    GError **error;
    bool failed;
    bool negated; /* inside NOT: don't collect highlight terms or expand */
    bool no_synonyms;
    bool no_keys;      /* building a glossary alternative: its words are not Latin-typed Mongolian */
    bool phrase_terms; /* zq_options.phrase_terms */
    bool english;      /* the query reads as English (zq_english_question) */
    zx_db *db;         /* may be NULL */
    /* Whole-heading terms (schema.h ZS_P_HEADING) of the query's runs of
     * words and of their glossary alternatives -> how many of the query's
     * words the run covers (GUINT_TO_POINTER), the most seen. */
    GHashTable *headings;
    /* Article numbers typed among other words ("Article 13.1 trafficking
     * child victim"): their stem terms, each to weigh up the unit that is
     * that provision of the Criminal Code (with_heading_boost). */
    GPtrArray *refs;
    GPtrArray *notices; /* zq_options.notices, may be NULL */
    guint depth;        /* brackets and negations open here (ZQ_MAX_DEPTH) */
} parser;

zq_highlight *
zq_highlight_new(void)
{
    zq_highlight *h = g_new0(zq_highlight, 1);
    h->exact = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    h->stems = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    h->keys = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    h->seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    return h;
}

void
zq_highlight_free(zq_highlight *h)
{
    if (!h)
        return;
    g_hash_table_destroy(h->exact);
    g_hash_table_destroy(h->stems);
    g_hash_table_destroy(h->keys);
    g_hash_table_destroy(h->seen);
    g_free(h);
}

static void syntax_error(parser *ps, glong col, const char *fmt, ...) G_GNUC_PRINTF(3, 4);

/* A field's value typed in the query that the same filter would refuse
 * (year:20x4, status:foo, date:2020-02-30): the filter's error and code
 * (ZS_ERROR_FILTER), said where it stands. */
static void
filter_error(parser *ps, glong col, const GError *err)
{
    if (ps->failed)
        return;
    ps->failed = true;
    g_set_error(ps->error, ZS_ERROR, ZS_ERROR_FILTER, "%s (at character %ld)", err->message, col);
}

static void
syntax_error(parser *ps, glong col, const char *fmt, ...)
{
    if (ps->failed)
        return;
    ps->failed = true;
    va_list ap;
    va_start(ap, fmt);
    char *msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    g_set_error(ps->error, ZS_ERROR, ZS_ERROR_SYNTAX, "%s (at character %ld)", msg, col);
    g_free(msg);
}

static bool
is_space(gunichar c)
{
    return g_unichar_isspace(c);
}

static bool
is_delim(gunichar c)
{
    return is_space(c) || c == '(' || c == ')' || c == '"' || c == 0x201C || c == 0x201D || c == 0;
}

static bool
is_quote(gunichar c)
{
    return c == '"' || c == 0x201C || c == 0x201D || c == 0x00AB || c == 0x00BB;
}

/* A bare token that is a connector, =word or word* gets its kind (else
 * T_WORD); false (with the error set) when it is a malformed one. */
static bool
classify_word(parser *ps, qtok *t)
{
    t->kind = T_WORD;
    char *problem = NULL;
    if (zq_connector_read(t->text, &t->conn, &problem)) {
        if (problem) {
            syntax_error(ps, t->col, "%s", problem);
            g_free(problem);
            return false;
        }
        t->kind = T_NEAR;
        return true;
    }
    const char *star = strchr(t->text, '*');
    if (t->text[0] == '=') {
        if (t->text[1] == '\0' || t->text[1] == '=') {
            syntax_error(ps, t->col, "'=' needs a word right after it (=word: this written form only)");
            return false;
        }
        if (star) {
            syntax_error(ps, t->col, "'=' (this form only) and '*' (any ending) do not go together");
            return false;
        }
        memmove(t->text, t->text + 1, strlen(t->text));
        t->kind = T_EXACT;
        return true;
    }
    if (star) {
        if (star[1] != '\0') {
            syntax_error(ps, t->col, "'*' stands only at the end of a word (word*: any ending)");
            return false;
        }
        *(char *)star = '\0';
        if (g_utf8_strlen(t->text, -1) < ZQ_PREFIX_MIN) {
            syntax_error(ps, t->col, "'*' needs at least %d letters before it", ZQ_PREFIX_MIN);
            return false;
        }
        t->kind = T_PREFIX;
    }
    return true;
}

/* Splits the query into tokens; false (with the error set) on an unclosed
 * quote or an empty field value. */
static bool
lex(parser *ps, const char *text)
{
    const char *p = text;
    glong col = 1;
#define ADVANCE() (p = g_utf8_next_char(p), col++)
    while (*p) {
        gunichar c = g_utf8_get_char(p);
        if (is_space(c)) {
            ADVANCE();
            continue;
        }
        qtok t = {.col = col};
        if (c == '(' || c == ')') {
            t.kind = c == '(' ? T_LPAREN : T_RPAREN;
            ADVANCE();
            g_array_append_val(ps->toks, t);
            continue;
        }
        if (is_quote(c)) {
            ADVANCE();
            const char *start = p;
            while (*p && !is_quote(g_utf8_get_char(p)))
                ADVANCE();
            if (!*p) {
                syntax_error(ps, t.col, "the phrase that starts here has no closing quote");
                return false;
            }
            t.kind = T_PHRASE;
            t.text = g_strndup(start, p - start);
            ADVANCE();
            g_array_append_val(ps->toks, t);
            continue;
        }
        /* A '-' that nothing follows but blanks (q=a -) excludes nothing:
         * said, not dropped as the punctuation a dash between words is.  A
         * query of a '-' alone is one with nothing to search for, as t96
         * and the API have it. */
        if (c == '-' && ps->toks->len > 0) {
            const char *after = g_utf8_next_char(p);
            while (*after && is_space(g_utf8_get_char(after)))
                after = g_utf8_next_char(after);
            if (*after == '\0' || *after == ')') {
                syntax_error(ps, t.col, "'-' needs a word right after it (-word: without that word)");
                return false;
            }
        }
        if (c == '-' && !is_delim(g_utf8_get_char(g_utf8_next_char(p)))) {
            t.kind = T_MINUS;
            ADVANCE();
            g_array_append_val(ps->toks, t);
            continue;
        }
        const char *start = p;
        while (*p && !is_delim(g_utf8_get_char(p))) {
            if (*p == ':' && p > start) {
                /* field:value — the name must be letters only. */
                char *name = g_strndup(start, p - start);
                bool alpha = true;
                for (const char *q = name; *q; q++)
                    if (!g_ascii_isalpha(*q))
                        alpha = false;
                if (alpha) {
                    const char *v = p + 1;
                    gunichar vc = g_utf8_get_char(v);
                    glong vcol = col + 1;
                    if (is_quote(vc)) {
                        const char *vs = g_utf8_next_char(v);
                        const char *ve = vs;
                        glong c2 = vcol + 1;
                        while (*ve && !is_quote(g_utf8_get_char(ve))) {
                            ve = g_utf8_next_char(ve);
                            c2++;
                        }
                        if (!*ve) {
                            g_free(name);
                            syntax_error(ps, vcol, "the phrase that starts here has no closing quote");
                            return false;
                        }
                        t.kind = T_FIELD;
                        t.text = g_ascii_strdown(name, -1);
                        t.value = g_strndup(vs, ve - vs);
                        t.value_is_phrase = true;
                        g_free(name);
                        p = g_utf8_next_char(ve);
                        col = c2 + 1;
                        g_array_append_val(ps->toks, t);
                        goto next_token;
                    }
                    if (is_delim(vc)) {
                        g_free(name);
                        syntax_error(ps, t.col, "'%.*s:' has no value after the colon", (int)(p - start), start);
                        return false;
                    }
                    const char *ve = v;
                    glong c2 = vcol;
                    while (*ve && !is_delim(g_utf8_get_char(ve))) {
                        ve = g_utf8_next_char(ve);
                        c2++;
                    }
                    t.kind = T_FIELD;
                    t.text = g_ascii_strdown(name, -1);
                    t.value = g_strndup(v, ve - v);
                    g_free(name);
                    p = ve;
                    col = c2;
                    g_array_append_val(ps->toks, t);
                    goto next_token;
                }
                g_free(name);
            }
            ADVANCE();
        }
        t.text = g_strndup(start, p - start);
        if (!classify_word(ps, &t)) {
            g_free(t.text);
            return false;
        }
        if (t.kind != T_WORD)
            ;
        else if (strcmp(t.text, "AND") == 0 || strcmp(t.text, "&&") == 0)
            t.kind = T_AND;
        else if (strcmp(t.text, "OR") == 0 || strcmp(t.text, "||") == 0)
            t.kind = T_OR;
        else if (strcmp(t.text, "NOT") == 0)
            t.kind = T_NOT;
        else
            t.kind = T_WORD;
        g_array_append_val(ps->toks, t);
    next_token:;
    }
    qtok end = {.kind = T_END, .col = col};
    g_array_append_val(ps->toks, end);
    return true;
#undef ADVANCE
}

static qtok *
peek(parser *ps)
{
    return &g_array_index(ps->toks, qtok, ps->i);
}

/* The token `ahead` places after the current one (the last is T_END). */
static qtok *
peek_at(parser *ps, guint ahead)
{
    guint i = MIN(ps->i + ahead, ps->toks->len - 1);
    return &g_array_index(ps->toks, qtok, i);
}

static void
note_highlight(parser *ps, const char *exact, const char *stem)
{
    if (!ps->hl || ps->negated)
        return;
    if (exact)
        g_hash_table_add(ps->hl->exact, g_strdup(exact));
    g_hash_table_add(ps->hl->stems, g_strdup(stem + strlen(ZS_P_STEM)));
}

/* A word typed in Latin letters as Mongolian may be (translit.h: ö ü and
 * an inner 8 too). */
static bool
is_latin_word(const char *folded)
{
    return tl_latin_typed(folded);
}

/* Whether a run of folded Latin words may be Mongolian typed in Latin
 * letters: one of its content words is not English (english.h). */
static bool
typed_mongolian(parser *ps, const char *const *folded, guint n)
{
    if (n == 0 || !is_latin_word(folded[0]))
        return false;
    for (guint i = 0; i < n; i++)
        if (!zq_english_word(ps->az, folded[i], ps->english))
            return true;
    return false;
}

/* What a folded Latin word may stand for as Mongolian: the stems ("Z")
 * and exact forms of the dictionary words it can spell, and the keys
 * ("K") of their stems, each kept only if the index holds it. */
typedef struct {
    GPtrArray *stems;    /* "Z" + stem, distinct */
    GArray *stem_freq;   /* unsigned, per stem: units holding it */
    GPtrArray *forms;    /* exact Cyrillic forms, with... */
    GArray *form_stem;   /* guint: ...the index of their stem */
    GPtrArray *keys;     /* "K" + key */
    unsigned key_freq;   /* units holding any key, summed */
    unsigned stem_total; /* units holding any stem, summed */
    double weight;       /* of the whole reading against the word as typed */
} latin_reading;

static void
latin_reading_free(latin_reading *r)
{
    if (!r)
        return;
    g_ptr_array_free(r->stems, TRUE);
    g_array_free(r->stem_freq, TRUE);
    g_ptr_array_free(r->forms, TRUE);
    g_array_free(r->form_stem, TRUE);
    g_ptr_array_free(r->keys, TRUE);
    g_free(r);
}

static latin_reading *
reading_new(void)
{
    latin_reading *r = g_new0(latin_reading, 1);
    r->stems = g_ptr_array_new_with_free_func(g_free);
    r->stem_freq = g_array_new(FALSE, FALSE, sizeof(unsigned));
    r->forms = g_ptr_array_new_with_free_func(g_free);
    r->form_stem = g_array_new(FALSE, FALSE, sizeof(guint));
    r->keys = g_ptr_array_new_with_free_func(g_free);
    return r;
}

/* Adds the dictionary words `words` (folded Cyrillic) to a reading: their
 * stems that the index holds, with their units, and their exact forms. */
static void
reading_add_words(parser *ps, latin_reading *r, const GPtrArray *words)
{
    for (guint i = 0; i < words->len; i++) {
        char *form = NULL, *stem = NULL;
        az_word_terms(ps->az, words->pdata[i], -1, &form, &stem, NULL);
        guint at = 0;
        while (at < r->stems->len && strcmp(r->stems->pdata[at], stem) != 0)
            at++;
        if (at == r->stems->len) {
            unsigned f = ps->db ? zx_db_termfreq(ps->db, stem) : 1;
            if (f == 0) {
                g_free(form);
                g_free(stem);
                continue;
            }
            g_ptr_array_add(r->stems, stem);
            g_array_append_val(r->stem_freq, f);
            r->stem_total += f;
        } else {
            g_free(stem);
        }
        g_ptr_array_add(r->forms, form);
        g_array_append_val(r->form_stem, at);
    }
}

/* Snippets mark the words whose stem's key is a reading's. */
static void
reading_highlight(parser *ps, const latin_reading *r)
{
    if (!ps->hl || ps->negated)
        return;
    for (guint i = 0; i < r->keys->len; i++)
        g_hash_table_add(ps->hl->keys, g_strdup((char *)r->keys->pdata[i] + strlen(ZS_P_KEY)));
    for (guint i = 0; i < r->stems->len; i++)
        g_hash_table_add(ps->hl->keys, tl_key((char *)r->stems->pdata[i] + strlen(ZS_P_STEM)));
}

/* The Mongolian reading of a Latin word, or NULL when it has none worth
 * asking (see zq_options).  Its weight says how likely the reading is: a
 * word the index holds rarely as itself but often as Mongolian (huuhed,
 * dornod) is Mongolian typed in Latin letters and gets its Cyrillic
 * reading in full, as if typed in Cyrillic; a word the index holds mostly
 * as itself (law, court) is English and gets none; between the two the
 * weight falls with the share of the word as typed. */
static latin_reading *
latin_reading_of(parser *ps, const char *exact)
{
    if (ps->no_keys || !is_latin_word(exact) || az_is_stopword(ps->az, exact) ||
        zq_english_word(ps->az, exact, ps->english))
        return NULL;
    latin_reading *r = reading_new();
    GPtrArray *keys = az_latin_keys(ps->az, exact);
    for (guint i = 0; i < keys->len; i++) {
        char *t = g_strconcat(ZS_P_KEY, keys->pdata[i], NULL);
        unsigned f = ps->db ? zx_db_termfreq(ps->db, t) : 1;
        if (f == 0) {
            g_free(t);
            continue;
        }
        r->key_freq += f;
        g_ptr_array_add(r->keys, t);
    }
    g_ptr_array_free(keys, TRUE);
    GPtrArray *words = az_latin_words(ps->az, exact);
    reading_add_words(ps, r, words);
    g_ptr_array_free(words, TRUE);
    unsigned typed = ps->db ? zx_db_termfreq(ps->db, exact) : 0;
    unsigned mongolian = r->key_freq + r->stem_total;
    double share = mongolian ? (double)mongolian / (mongolian + typed) : 0;
    r->weight = MIN(1.0, 2 * share);
    if ((r->keys->len == 0 && r->stems->len == 0) || r->weight < ZQ_WEIGHT_LATIN_MIN) {
        latin_reading_free(r);
        return NULL;
    }
    reading_highlight(ps, r);
    return r;
}

/* Whether `meant` is `typed` with only what a phone's or a Russian
 * keyboard's typist writes for the letters it lacks put back: ү where у was
 * typed, ө for о, э for е, й for и, a ь or ъ left out (хуул: хууль; хун:
 * хүн).  Never the other way: who types ө means ө (өр is not ор). */
static bool
typed_for(const char *typed, const char *meant)
{
    const char *t = typed, *m = meant;
    while (*m) {
        gunichar cm = g_utf8_get_char(m), ct = *t ? g_utf8_get_char(t) : 0;
        gunichar poor = cm == 0x04AF ? 0x0443 : cm == 0x04E9 ? 0x043E : cm == 0x044D ? 0x0435 : cm == 0x0439 ? 0x0438 : cm;
        if (ct == cm || ct == poor) {
            t = g_utf8_next_char(t);
        } else if (cm != 0x044C && cm != 0x044A) {
            return false;
        }
        m = g_utf8_next_char(m);
    }
    return *t == 0;
}

/* The reading of a Cyrillic word typed with the letters a keyboard lacks
 * replaced (az_cyrillic_alternatives), or NULL.  A word the dictionary
 * lacks is read as the words it may stand for, weighted as a Latin word's
 * reading is, by how much more often the index holds them than the word
 * as typed (хуухэд, ходолморлуулэх).  A word the dictionary knows keeps
 * its own meaning first: it gets only the words it is that word with the
 * missing letters put back, and only when the index holds those
 * ZQ_CYRILLIC_FAR times as often as the word itself, at ZQ_WEIGHT_KEY (хуул,
 * a form of хуулах, also as хууль; хун "swan" also as хүн; гэрч never as
 * гэр, whose key differs). */
static latin_reading *
cyrillic_reading_of(parser *ps, const char *exact, const char *stem, bool *unknown)
{
    *unknown = false;
    gunichar c = g_utf8_get_char(exact);
    if (ps->no_keys || c < 0x0400 || c > 0x04FF || az_is_stopword(ps->az, exact) || !ps->db)
        return NULL;
    GPtrArray *words = az_cyrillic_alternatives(ps->az, exact);
    if (words->len == 0) {
        g_ptr_array_free(words, TRUE);
        return NULL;
    }
    *unknown = !az_is_known(ps->az, exact);
    if (!*unknown)
        for (guint i = words->len; i-- > 0;)
            if (!typed_for(exact, words->pdata[i]))
                g_ptr_array_remove_index(words, i);
    latin_reading *r = reading_new();
    reading_add_words(ps, r, words);
    g_ptr_array_free(words, TRUE);
    unsigned typed = zx_db_termfreq(ps->db, stem);
    double share = r->stem_total ? (double)r->stem_total / (r->stem_total + typed) : 0;
    r->weight = *unknown ? MIN(1.0, 2 * share)
                : r->stem_total >= ZQ_CYRILLIC_FAR * (double)MAX(typed, 1) ? ZQ_WEIGHT_KEY : 0;
    if (r->stems->len == 0 || r->weight < ZQ_WEIGHT_LATIN_MIN) {
        latin_reading_free(r);
        return NULL;
    }
    reading_highlight(ps, r);
    return r;
}

bool
zq_untranslated(az_analyzer *az, zx_db *db, const char *chunk, bool english)
{
    /* One word as the tokenizer reads it (a chunk of punctuation is none). */
    GPtrArray *words = az_split_words(chunk);
    if (words->len != 1) {
        g_ptr_array_free(words, TRUE);
        return false;
    }
    char *exact = NULL, *stem = NULL;
    az_word_terms(az, words->pdata[0], -1, &exact, &stem, NULL);
    g_ptr_array_free(words, TRUE);
    bool yes = is_latin_word(exact) && !az_is_stopword(az, exact);
    if (yes) {
        parser ps = {.az = az, .db = db, .english = english};
        latin_reading *r = latin_reading_of(&ps, exact);
        const char *one[1] = {exact};
        const gl_glossary *g = az_glossary(az);
        char *key = g ? gl_key(az, one, 1) : NULL;
        const GPtrArray *alts = key ? gl_lookup(g, key) : NULL;
        g_free(key);
        if ((alts == NULL || alts->len == 0) && g && typed_mongolian(&ps, one, 1)) {
            key = gl_latin_key(az, one, 1);
            alts = key ? gl_lookup(g, key) : NULL;
            g_free(key);
        }
        /* A word of a Mongolian query that no English dictionary knows either
         * is Mongolian typed so that no reading was found (a misspelling):
         * a word no document has, dropped as a Cyrillic one is, not English
         * the law cannot be asked in. */
        bool english_like = english || zq_english_word(az, exact, false) || az_is_english_word(az, exact);
        yes = r == NULL && (alts == NULL || alts->len == 0) && english_like;
        latin_reading_free(r);
    }
    g_free(exact);
    g_free(stem);
    return yes;
}

/* The word in the title of the document (S + stem): optional, it only
 * adds weight, so that a document named by the query's words (a law asked
 * for by its name) ranks above those that merely use them. */
static zx_query *
title_query(const char *bare_stem)
{
    char *t = g_strconcat(ZS_P_TITLE, bare_stem, NULL);
    zx_query *q = zx_query_scale(zx_query_term(t, 1, 0), ZQ_WEIGHT_TITLE);
    g_free(t);
    return q;
}

/* The reading as one query: each dictionary word's exact form OR its stem,
 * as its Cyrillic query would be, the rarer words in the index scaled down
 * by their share (hun: хүн, not хун); OR, lower, the keys, which also
 * reach the names the dictionary lacks. */
static zx_query *
latin_reading_query(const latin_reading *r)
{
    GPtrArray *parts = g_ptr_array_new();
    unsigned top = 0;
    for (guint i = 0; i < r->stem_freq->len; i++)
        top = MAX(top, g_array_index(r->stem_freq, unsigned, i));
    for (guint i = 0; i < r->stems->len; i++) {
        GPtrArray *alts = g_ptr_array_new();
        g_ptr_array_add(alts, zx_query_term(r->stems->pdata[i], 1, 0));
        for (guint j = 0; j < r->forms->len; j++)
            if (g_array_index(r->form_stem, guint, j) == i &&
                strcmp(r->forms->pdata[j], (char *)r->stems->pdata[i] + strlen(ZS_P_STEM)) != 0)
                g_ptr_array_add(alts, zx_query_term(r->forms->pdata[j], 1, 0));
        zx_query *q = alts->len == 1 ? alts->pdata[0] : zx_query_combine(ZX_OP_OR, (zx_query **)alts->pdata, alts->len);
        g_ptr_array_free(alts, TRUE);
        double share = (double)g_array_index(r->stem_freq, unsigned, i) / MAX(top, 1);
        g_ptr_array_add(parts, zx_query_scale(q, r->weight * share));
        g_ptr_array_add(parts,
                        zx_query_scale(title_query((char *)r->stems->pdata[i] + strlen(ZS_P_STEM)), r->weight * share));
    }
    if (r->keys->len) {
        zx_query **ks = g_new0(zx_query *, r->keys->len);
        for (guint i = 0; i < r->keys->len; i++)
            ks[i] = zx_query_term(r->keys->pdata[i], 1, 0);
        zx_query *k = r->keys->len == 1 ? ks[0] : zx_query_combine(ZX_OP_SYNONYM, ks, r->keys->len);
        g_free(ks);
        g_ptr_array_add(parts, zx_query_scale(k, r->weight * ZQ_WEIGHT_KEY));
    }
    zx_query *q = parts->len == 1 ? parts->pdata[0] : zx_query_combine(ZX_OP_OR, (zx_query **)parts->pdata, parts->len);
    g_ptr_array_free(parts, TRUE);
    return q;
}

/* OR of positional terms, one query. */
static zx_query *
terms_query(GPtrArray *terms, unsigned pos, zx_op op)
{
    zx_query **qs = g_new0(zx_query *, terms->len);
    for (guint i = 0; i < terms->len; i++)
        qs[i] = zx_query_term(terms->pdata[i], 1, pos);
    zx_query *q = terms->len == 1 ? qs[0] : zx_query_combine(op, qs, terms->len);
    g_free(qs);
    return q;
}

static zx_query *phrase_query(parser *ps, const char *text, const char *prefix);

/* Notes a whole-heading term that a run of `covered` of the query's words
 * (or an alternative of that run) stands for. */
static void
note_heading(parser *ps, char *term, guint covered)
{
    if (!term)
        return;
    if (!ps->headings || ps->negated || ps->no_keys) {
        g_free(term);
        return;
    }
    guint had = GPOINTER_TO_UINT(g_hash_table_lookup(ps->headings, term));
    g_hash_table_replace(ps->headings, term, GUINT_TO_POINTER(MAX(had, covered)));
}

/* A word's reading: as Latin-typed Mongolian, else as Cyrillic typed
 * without the letters a keyboard lacks; NULL for none. */
static latin_reading *
word_reading(parser *ps, const char *folded)
{
    latin_reading *r = latin_reading_of(ps, folded);
    if (r)
        return r;
    char *own = az_stem(ps->az, folded);
    char *t = g_strconcat(ZS_P_STEM, own, NULL);
    bool unknown;
    r = cyrillic_reading_of(ps, folded, t, &unknown);
    g_free(t);
    g_free(own);
    return r;
}

/* The place in a reading of its stem the index holds most. */
static guint
likeliest_stem(const latin_reading *r)
{
    guint best = 0;
    for (guint j = 1; j < r->stems->len; j++)
        if (g_array_index(r->stem_freq, unsigned, j) > g_array_index(r->stem_freq, unsigned, best))
            best = j;
    return best;
}

/* The whole-heading term of a run of folded words, each Latin-typed
 * Mongolian word read as its likeliest Cyrillic stem (hun barisaalah ->
 * S^хүн барьцаал), and so each Cyrillic word a keyboard's missing letters
 * made another (хун барьцаалах), or NULL when no word of the run has such a reading
 * (the run as typed is noted by az_heading_term_of). */
static char *
latin_heading_term(parser *ps, const char *const *folded, guint n)
{
    GString *key = g_string_new(ZS_P_HEADING);
    bool read = false;
    guint words = 0;
    for (guint i = 0; i < n; i++) {
        if (n > 1 && az_is_stopword(ps->az, folded[i]))
            continue;
        latin_reading *r = word_reading(ps, folded[i]);
        char *stem = NULL;
        if (r && r->stems->len) {
            stem = g_strdup((char *)r->stems->pdata[likeliest_stem(r)] + strlen(ZS_P_STEM));
            read = true;
        } else {
            stem = az_stem(ps->az, folded[i]);
        }
        latin_reading_free(r);
        if (words++)
            g_string_append_c(key, ' ');
        g_string_append(key, stem);
        g_free(stem);
    }
    if (!read || key->len >= 240) {
        g_string_free(key, TRUE);
        return NULL;
    }
    return g_string_free(key, FALSE);
}

/* The Cyrillic word to derive from: the word itself, or for a Latin word
 * the index lacks (huchindegch), the likeliest Mongolian word it spells
 * (хүчиндэгч); NULL for an English word the index holds.  A new string. */
static char *
derivable_word(parser *ps, const char *folded)
{
    if (!is_latin_word(folded))
        return g_strdup(folded);
    if (ps->no_keys || !ps->db || az_is_stopword(ps->az, folded) || zx_db_termfreq(ps->db, folded) > 0 ||
        zq_english_word(ps->az, folded, ps->english))
        return NULL;
    GPtrArray *words = az_latin_words(ps->az, folded);
    char *w = words->len ? g_strdup(words->pdata[0]) : NULL;
    g_ptr_array_free(words, TRUE);
    return w;
}

/* The first stem a word's derivation leads back to that the index holds
 * (derived_query), or NULL. */
static char *
held_derived_stem(parser *ps, const char *folded)
{
    if (ZQ_WEIGHT_DERIVED <= 0 || !ps->db)
        return NULL;
    char *cyr = derivable_word(ps, folded);
    if (!cyr)
        return NULL;
    GPtrArray *stems = az_derived_stems(ps->az, cyr);
    g_free(cyr);
    char *found = NULL;
    for (guint i = 0; i < stems->len && !found; i++) {
        char *t = g_strconcat(ZS_P_STEM, stems->pdata[i], NULL);
        if (zx_db_termfreq(ps->db, t) > 0)
            found = g_strdup(stems->pdata[i]);
        g_free(t);
    }
    g_ptr_array_free(stems, TRUE);
    return found;
}

/* The whole-heading term of a run of several folded words with each word
 * that derives read as the law's form (үр хөндүүлсэн -> S^үр хөнд: the
 * article Үр хөндөх), or NULL when no word derives; a single word's is
 * noted by derived_query. */
static char *
derived_heading_term(parser *ps, const char *const *folded, guint n)
{
    if (n < 2)
        return NULL;
    GString *key = g_string_new(ZS_P_HEADING);
    bool derived = false;
    guint words = 0;
    for (guint i = 0; i < n; i++) {
        if (az_is_stopword(ps->az, folded[i]))
            continue;
        char *stem = held_derived_stem(ps, folded[i]);
        if (stem) {
            derived = true;
        } else {
            char *cyr = derivable_word(ps, folded[i]);
            stem = az_stem(ps->az, cyr ? cyr : folded[i]);
            g_free(cyr);
        }
        if (words++)
            g_string_append_c(key, ' ');
        g_string_append(key, stem);
        g_free(stem);
    }
    if (!derived || key->len >= 240) {
        g_string_free(key, TRUE);
        return NULL;
    }
    return g_string_free(key, FALSE);
}

/* How many of the folded words count for a heading: those that are not
 * stopwords, or all of them when every one is. */
static guint
content_words(parser *ps, const char *const *folded, guint n)
{
    guint c = 0;
    for (guint i = 0; i < n; i++)
        c += !az_is_stopword(ps->az, folded[i]);
    return c ? c : n;
}

/* Notes the heading terms of a run of the query's folded words: as typed
 * and, for Latin letters, as read. */
static void
note_run_headings(parser *ps, const char *const *folded, guint n)
{
    guint covered = content_words(ps, folded, n);
    if (!ps->headings || ps->negated || ps->no_keys || n == 0 || (n == 1 && az_is_stopword(ps->az, folded[0])))
        return;
    note_heading(ps, az_heading_term_of(ps->az, folded, n), covered);
    note_heading(ps, latin_heading_term(ps, folded, n), covered);
    note_heading(ps, derived_heading_term(ps, folded, n), covered);
}

/* The title terms of an alternative's words (stopwords left out unless
 * alone), all required, weighted as a title; NULL when it has none. */
static zx_query *
alternative_title_query(parser *ps, const char *text)
{
    GPtrArray *w = gl_words(text);
    zx_query **qs = g_new0(zx_query *, w->len + 1);
    guint n = 0;
    for (guint i = 0; i < w->len; i++) {
        if (w->len > 1 && az_is_stopword(ps->az, w->pdata[i]))
            continue;
        char *stem = az_stem(ps->az, w->pdata[i]);
        qs[n++] = title_query(stem);
        g_free(stem);
    }
    zx_query *q = n == 0 ? NULL : n == 1 ? qs[0] : zx_query_combine(ZX_OP_AND, qs, n);
    g_free(qs);
    g_ptr_array_free(w, TRUE);
    return q;
}

/* Units holding a text: its phrase term when the index has them, else its
 * rarest word's stem. */
static unsigned
text_freq(parser *ps, const gl_glossary *g, const char *text)
{
    const char *term = ps->phrase_terms ? gl_phrase_term(g, text) : NULL;
    if (term)
        return zx_db_termfreq(ps->db, term);
    GPtrArray *stems = az_text_stems(ps->az, text);
    unsigned f = 0;
    for (guint i = 0; i < stems->len; i++) {
        unsigned fi = zx_db_termfreq(ps->db, stems->pdata[i]);
        f = i == 0 ? fi : MIN(f, fi);
    }
    g_ptr_array_free(stems, TRUE);
    return f;
}

static char **read_words(parser *ps, const char *const *folded, guint n);

/* The fewest units holding the stem of one of the content words of
 * `words` (its stopwords aside when it has others). */
static unsigned
least_stem_freq(parser *ps, const char *const *words, guint n)
{
    unsigned least = 0;
    bool first = true;
    for (guint i = 0; i < n; i++) {
        if (n > 1 && az_is_stopword(ps->az, words[i]))
            continue;
        char *stem = az_stem(ps->az, words[i]);
        char *t = g_strconcat(ZS_P_STEM, stem, NULL);
        unsigned f = zx_db_termfreq(ps->db, t);
        least = first ? f : MIN(least, f);
        first = false;
        g_free(t);
        g_free(stem);
    }
    return least;
}

/* The weight of the glossary's alternatives for the words `folded`: at
 * least ZQ_WEIGHT_SYNONYM, so that where the index holds both languages
 * the documents in the query's own rank first; up to 1 as the index holds
 * the words as typed more rarely than their alternatives (share s: units
 * holding an alternative over those holding either; 0.1 + 0.9 s^2).  An
 * English query over Mongolian statutes, or an everyday Mongolian word the
 * law never uses, is then searched for what the index does hold. */
static double
synonym_weight(parser *ps, const char *const *folded, guint n, const GPtrArray *alts)
{
    if (!ps->db)
        return ZQ_WEIGHT_SYNONYM;
    const gl_glossary *g = az_glossary(ps->az);
    unsigned other = 0;
    for (guint i = 0; i < alts->len; i++)
        other += text_freq(ps, g, alts->pdata[i]);
    if (other == 0)
        return ZQ_WEIGHT_SYNONYM;
    unsigned typed = least_stem_freq(ps, folded, n);
    /* A word read as another (shuukh as шүүх, хун as хүн) counts as the
     * word read: its alternatives (court) stay below the Mongolian it
     * stands for, as they do below the word typed in Cyrillic.  Read only
     * when the words as typed are the rarer, the one case it can change. */
    if (typed < other && !ps->no_keys) {
        char **read = read_words(ps, folded, n);
        if (read)
            typed = MAX(typed, least_stem_freq(ps, (const char *const *)read, n));
        g_strfreev(read);
    }
    double share = (double)other / ((double)other + typed);
    return ZQ_WEIGHT_SYNONYM + (1 - ZQ_WEIGHT_SYNONYM) * share * share;
}

/* The stems of the content words of `words` (char*), none a stopword or
 * stemming to one ("beings" is "be"); all of them when every one is. */
static GHashTable *
content_stems(parser *ps, const char *const *words, guint n)
{
    GHashTable *set = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (int pass = 0; pass < 2 && g_hash_table_size(set) == 0; pass++)
        for (guint i = 0; i < n; i++) {
            char *stem = az_stem(ps->az, words[i]);
            if (pass == 1 || (!az_is_stopword(ps->az, words[i]) && !az_is_stopword(ps->az, stem)))
                g_hash_table_add(set, stem);
            else
                g_free(stem);
        }
    return set;
}

static bool
strict_subset(GHashTable *a, GHashTable *b)
{
    if (g_hash_table_size(a) >= g_hash_table_size(b))
        return false;
    GHashTableIter it;
    gpointer k;
    g_hash_table_iter_init(&it, a);
    while (g_hash_table_iter_next(&it, &k, NULL))
        if (!g_hash_table_contains(b, k))
            return false;
    return true;
}

/* The folded form of a one-word Mongolian alternative the glossary writes
 * in the genitive, or NULL.  The glossary lists words in their dictionary
 * form, so a genitive alone is there on purpose: it is how Mongolian says
 * an English adjective (бэлгийн "sexual", хуулийн "legal"), and its stem
 * is the noun, which may mean something else (бэлэг is also "gift":
 * searched by its stem, "sexual" found the articles on gifts to
 * officials).  Such an alternative is searched as written.  Other forms
 * (a verb's -х, далимдуулах) are dictionary forms and keep their stem. */
static char *
inflected_alternative(parser *ps, const char *text)
{
    GPtrArray *words = az_split_words(text);
    char *form = NULL;
    if (words->len == 1) {
        char *exact = NULL, *stem = NULL;
        az_word_terms(ps->az, words->pdata[0], -1, &exact, &stem, NULL);
        gunichar c = g_utf8_get_char(exact);
        bool genitive = g_str_has_suffix(exact, "ийн") || g_str_has_suffix(exact, "ын") ||
                        g_str_has_suffix(exact, "ний") || g_str_has_suffix(exact, "ны");
        if (c >= 0x0400 && c <= 0x04FF && genitive && strcmp(exact, stem + strlen(ZS_P_STEM)) != 0 &&
            (!ps->db || zx_db_termfreq(ps->db, exact) > 0))
            form = g_steal_pointer(&exact);
        g_free(exact);
        g_free(stem);
    }
    g_ptr_array_free(words, TRUE);
    return form;
}

/* Marks, for the snippets, the words of the glossary's alternatives that
 * stand for what was typed: by stem, never a stopword, and only from an
 * alternative no shorter one (nor the typed words) is wholly inside.  So
 * for "хүн худалдаалах" the alternatives "trafficking" and "хүн наймаа"
 * are marked, but not the rest of "хүн худалдаалах гэмт хэргийн хохирогч"
 * or "trafficking in human beings": what they add is context, not what
 * the reader asked for. */
static void
mark_alternatives(parser *ps, const char *const *folded, guint n, const GPtrArray *alts)
{
    guint k = alts->len + 1;
    GHashTable **sets = g_new0(GHashTable *, k);
    sets[0] = content_stems(ps, folded, n);
    for (guint i = 0; i < alts->len; i++) {
        GPtrArray *w = gl_words(alts->pdata[i]);
        sets[i + 1] = content_stems(ps, (const char *const *)w->pdata, w->len);
        g_ptr_array_free(w, TRUE);
    }
    for (guint i = 1; i < k; i++) {
        /* A genitive searched as written is marked as written. */
        char *form = inflected_alternative(ps, alts->pdata[i - 1]);
        if (form) {
            g_hash_table_add(ps->hl->exact, form);
            continue;
        }
        bool minimal = true;
        for (guint j = 0; j < k && minimal; j++)
            minimal = j == i || !strict_subset(sets[j], sets[i]);
        GHashTableIter it;
        gpointer stem;
        g_hash_table_iter_init(&it, sets[i]);
        while (minimal && g_hash_table_iter_next(&it, &stem, NULL))
            g_hash_table_add(ps->hl->stems, g_strdup(stem));
    }
    for (guint i = 0; i < k; i++)
        g_hash_table_unref(sets[i]);
    g_free(sets);
}

/* The words of a run as read: each Latin-typed word, and each Cyrillic word
 * a keyboard's missing letters made another, as the likeliest of its
 * readings (the form of the stem the index holds most: hunii -> хүний, хун
 * -> хүн); NULL when no word has a reading.  A new strv. */
static char **
read_words(parser *ps, const char *const *folded, guint n)
{
    char **out = g_new0(char *, n + 1);
    bool read = false;
    for (guint i = 0; i < n; i++) {
        latin_reading *r = az_is_stopword(ps->az, folded[i]) ? NULL : word_reading(ps, folded[i]);
        if (r && r->stems->len && r->forms->len) {
            guint best = likeliest_stem(r);
            for (guint j = 0; j < r->forms->len && !out[i]; j++)
                if (g_array_index(r->form_stem, guint, j) == best)
                    out[i] = g_strdup(r->forms->pdata[j]);
        }
        latin_reading_free(r);
        read = read || out[i];
        if (!out[i])
            out[i] = g_strdup(folded[i]);
    }
    if (!read) {
        g_strfreev(out);
        return NULL;
    }
    return out;
}

/* The glossary's alternatives for a run of folded words: as typed; by the
 * keys of Latin-typed Mongolian; and by the words as read (read_words), so
 * that "hunii naimaa" and "хун наймаа" get the synonyms of "хүний наймаа".
 * NULL when none. */
static const GPtrArray *
glossary_alternatives(parser *ps, const gl_glossary *g, const char *const *folded, guint n)
{
    char *key = gl_key(ps->az, folded, n);
    const GPtrArray *alts = gl_lookup(g, key);
    g_free(key);
    if (!alts && !ps->no_keys && typed_mongolian(ps, folded, n)) {
        key = gl_latin_key(ps->az, folded, n);
        alts = gl_lookup(g, key);
        g_free(key);
    }
    if (!alts && !ps->no_keys) {
        char **read = read_words(ps, folded, n);
        if (read) {
            key = gl_key(ps->az, (const char *const *)read, n);
            alts = gl_lookup(g, key);
            g_free(key);
            g_strfreev(read);
        }
    }
    return alts && alts->len ? alts : NULL;
}

/* Adds the glossary's alternatives for the words `folded` (their texts as
 * phrases, or words) to `direct`, weighted below it.  Returns `direct`
 * itself when there are none. */
static zx_query *
with_synonyms(parser *ps, zx_query *direct, const char *const *folded, guint n)
{
    if (ps->no_synonyms || ps->negated || !direct)
        return direct;
    const gl_glossary *g = az_glossary(ps->az);
    if (!g)
        return direct;
    const GPtrArray *alts = glossary_alternatives(ps, g, folded, n);
    if (!alts)
        return direct;
    if (ps->hl && !ps->negated)
        mark_alternatives(ps, folded, n, alts);
    zx_query **qs = g_new0(zx_query *, alts->len);
    guint nq = 0;
    for (guint i = 0; i < alts->len; i++) {
        note_heading(ps, az_heading_term(ps->az, alts->pdata[i]), content_words(ps, folded, n));
        /* An alternative of several words is one term where the index
         * made it one (the same documents, without reading positions). */
        const char *term = ps->phrase_terms ? gl_phrase_term(g, alts->pdata[i]) : NULL;
        zx_query *q = NULL;
        char *form = term ? NULL : inflected_alternative(ps, alts->pdata[i]);
        if (term) {
            q = zx_query_term(term, 1, 0);
        } else if (form) {
            q = zx_query_term(form, 1, 0);
            g_free(form);
        } else {
            zq_highlight *saved = ps->hl;
            ps->hl = NULL;
            bool saved_syn = ps->no_synonyms;
            ps->no_synonyms = ps->no_keys = true;
            q = phrase_query(ps, alts->pdata[i], "");
            ps->no_synonyms = saved_syn;
            ps->no_keys = false;
            ps->hl = saved;
        }
        /* As for the words typed, a document titled by the alternative
         * (ХӨДӨЛМӨРИЙН ТУХАЙ for "labour") adds weight. */
        zx_query *title = q ? alternative_title_query(ps, alts->pdata[i]) : NULL;
        if (title) {
            zx_query *both[2] = {q, title};
            q = zx_query_combine(ZX_OP_OR, both, 2);
        }
        if (q)
            qs[nq++] = q;
    }
    if (nq == 0) {
        g_free(qs);
        return direct;
    }
    zx_query *syn = nq == 1 ? qs[0] : zx_query_combine(ZX_OP_SYNONYM, qs, nq);
    g_free(qs);
    zx_query *pair[2] = {direct, zx_query_scale(syn, synonym_weight(ps, folded, n, alts))};
    return zx_query_combine(ZX_OP_OR, pair, 2);
}

/* The stems a Mongolian word's derivation leads back to (az_derived_stems;
 * a Latin-typed word the index lacks: of the word it likeliest spells)
 * that the index holds, weighted ZQ_WEIGHT_DERIVED, each also a heading
 * the word may name (хулгайлагч: the article Хулгайлах); NULL for none. */
static zx_query *
derived_query(parser *ps, const char *exact)
{
    if (ZQ_WEIGHT_DERIVED <= 0 || !ps->db || ps->no_keys || ps->negated)
        return NULL;
    char *cyr = derivable_word(ps, exact);
    if (!cyr)
        return NULL;
    GPtrArray *stems = az_derived_stems(ps->az, cyr);
    g_free(cyr);
    zx_query **qs = g_new0(zx_query *, stems->len + 1);
    guint n = 0;
    for (guint i = 0; i < stems->len; i++) {
        char *t = g_strconcat(ZS_P_STEM, stems->pdata[i], NULL);
        if (zx_db_termfreq(ps->db, t) > 0) {
            qs[n++] = zx_query_term(t, 1, 0);
            if (ps->hl)
                g_hash_table_add(ps->hl->stems, g_strdup(stems->pdata[i]));
            note_heading(ps, g_strconcat(ZS_P_HEADING, (char *)stems->pdata[i], NULL), 1);
        }
        g_free(t);
    }
    zx_query *q = n == 0 ? NULL : n == 1 ? qs[0] : zx_query_combine(ZX_OP_SYNONYM, qs, n);
    g_free(qs);
    g_ptr_array_free(stems, TRUE);
    return q ? zx_query_scale(q, ZQ_WEIGHT_DERIVED) : NULL;
}

/* Whether a word is an article's number with its part ("13.1", "6.11"):
 * digits, a dot, digits, as the Criminal Code numbers its articles. */
static bool
article_number(const char *w)
{
    guint dots = 0;
    bool digit = false;
    for (const char *p = w; *p; p++) {
        if (g_ascii_isdigit(*p)) {
            digit = true;
        } else if (*p == '.' && digit && g_ascii_isdigit(p[1])) {
            dots++;
            digit = false;
        } else {
            return false;
        }
    }
    return dots == 1 && digit;
}

/* One word: its exact form OR its stem (OR, for a Latin word, the keys of
 * the Mongolian words it may be typing).  `prefix` "" for free text. */
static zx_query *
word_query(parser *ps, const char *word, const char *prefix, bool *is_stop)
{
    char *exact = NULL, *stem = NULL;
    az_word_terms(ps->az, word, -1, &exact, &stem, NULL);
    if (is_stop)
        *is_stop = az_is_stopword(ps->az, exact);
    note_highlight(ps, exact, stem);
    zx_query *q;
    if (*prefix) {
        char *t = g_strconcat(prefix, stem + strlen(ZS_P_STEM), NULL);
        q = zx_query_term(t, 1, 0);
        g_free(t);
    } else {
        zx_query *parts[3] = {zx_query_term(exact, 1, 0), zx_query_term(stem, 1, 0), NULL};
        size_t n = 2;
        if (strcmp(exact, stem + 1) == 0) {
            zx_query_free(parts[0]);
            parts[0] = parts[1];
            n = 1;
        }
        latin_reading *r = latin_reading_of(ps, exact);
        bool unknown = false;
        latin_reading *cr = r ? NULL : cyrillic_reading_of(ps, exact, stem, &unknown);
        if (cr && unknown && n == 2 && zx_db_termfreq(ps->db, exact) == 0) {
            /* The suffix rules' stem of a misspelt word, one the index never
             * holds as typed (a name it does), leads elsewhere (шилжуулэх:
             * шилж-, the verb "to move"); its reading stands for it. */
            zx_query_free(parts[1]);
            n = 1;
        }
        if (r) {
            parts[n++] = latin_reading_query(r);
            latin_reading_free(r);
        } else if (cr) {
            parts[n++] = latin_reading_query(cr);
            latin_reading_free(cr);
        } else {
            zx_query *d = derived_query(ps, exact);
            if (d)
                parts[n++] = d;
        }
        q = n == 1 ? parts[0] : zx_query_combine(ZX_OP_OR, parts, n);
        if (ps->refs && !ps->negated && article_number(exact))
            g_ptr_array_add(ps->refs, g_strdup(exact));
        zx_query *titled[2] = {q, title_query(stem + strlen(ZS_P_STEM))};
        q = zx_query_combine(ZX_OP_OR, titled, 2);
        const char *one[1] = {exact};
        note_run_headings(ps, one, 1);
        q = with_synonyms(ps, q, one, 1);
    }
    g_free(exact);
    g_free(stem);
    return q;
}

/* The positional terms that may stand for a word: its stem (a Latin word
 * also its readings' stems or their keys).  A new array of new strings. */
static GPtrArray *
positional_terms(parser *ps, const char *exact, const char *stem)
{
    GPtrArray *terms = g_ptr_array_new_with_free_func(g_free);
    g_ptr_array_add(terms, g_strdup(stem));
    latin_reading *r = latin_reading_of(ps, exact);
    for (guint j = 0; r && j < r->stems->len; j++)
        g_ptr_array_add(terms, g_strdup(r->stems->pdata[j]));
    for (guint j = 0; r && j < r->keys->len; j++)
        g_ptr_array_add(terms, g_strdup(r->keys->pdata[j]));
    latin_reading_free(r);
    return terms;
}

/* Stems at consecutive positions (a Latin word: its stem or its keys).
 * Title phrases use the S prefix, which carries no positions: they become
 * an AND of the words. */
static zx_query *
phrase_query(parser *ps, const char *text, const char *prefix)
{
    GPtrArray *words = az_split_words(text);
    if (words->len == 0) {
        g_ptr_array_free(words, TRUE);
        return NULL;
    }
    zx_query **subs = g_new0(zx_query *, words->len);
    GPtrArray *folded = g_ptr_array_new_with_free_func(g_free);
    for (guint i = 0; i < words->len; i++) {
        char *exact = NULL, *stem = NULL;
        az_word_terms(ps->az, words->pdata[i], -1, &exact, &stem, NULL);
        note_highlight(ps, exact, stem);
        if (*prefix) {
            char *term = g_strconcat(prefix, stem + strlen(ZS_P_STEM), NULL);
            subs[i] = zx_query_term(term, 1, i + 1);
            g_free(term);
        } else {
            GPtrArray *terms = positional_terms(ps, exact, stem);
            subs[i] = terms_query(terms, i + 1, ZX_OP_OR);
            g_ptr_array_free(terms, TRUE);
        }
        g_ptr_array_add(folded, exact);
        g_free(stem);
    }
    zx_query *q = *prefix ? zx_query_combine(ZX_OP_AND, subs, words->len) : zx_query_phrase(subs, words->len, 0);
    if (!*prefix) {
        note_run_headings(ps, (const char *const *)folded->pdata, folded->len);
        q = with_synonyms(ps, q, (const char *const *)folded->pdata, folded->len);
    }
    g_free(subs);
    g_ptr_array_free(folded, TRUE);
    g_ptr_array_free(words, TRUE);
    return q;
}

/* A bare chunk of the query: one word, or several when the tokenizer splits
 * it (хүн-худалдаа, e-mail): those must stand together, as a phrase. */
static zx_query *
chunk_query(parser *ps, const char *text, bool *is_stop)
{
    GPtrArray *words = az_split_words(text);
    zx_query *q = NULL;
    if (words->len == 1)
        q = word_query(ps, words->pdata[0], "", is_stop);
    else if (words->len > 1)
        q = phrase_query(ps, text, "");
    g_ptr_array_free(words, TRUE);
    return q;
}

/* A run of bare words that is a glossary entry ("trafficking in persons",
 * "хүн худалдаалах"): the words as typed (ANDed, without their own
 * synonyms) OR the entry's counterparts as phrases.  Returns NULL, having
 * consumed nothing, when no run starting here is an entry. */
static zx_query *
glossary_run(parser *ps)
{
    const gl_glossary *g = az_glossary(ps->az);
    if (!g || ps->no_synonyms || ps->negated)
        return NULL;
    guint max = gl_max_words(g);
    guint avail = 0;
    while (ps->i + avail < ps->toks->len && avail < max && g_array_index(ps->toks, qtok, ps->i + avail).kind == T_WORD &&
           g_array_index(ps->toks, qtok, ps->i + avail + 1).kind != T_NEAR)
        avail++;
    for (guint n = avail; n >= 2; n--) {
        GPtrArray *folded = g_ptr_array_new_with_free_func(g_free);
        for (guint k = 0; k < n; k++) {
            GPtrArray *w = gl_words(g_array_index(ps->toks, qtok, ps->i + k).text);
            for (guint j = 0; j < w->len; j++)
                g_ptr_array_add(folded, g_strdup(w->pdata[j]));
            g_ptr_array_free(w, TRUE);
        }
        bool hit = folded->len >= 2 &&
                   glossary_alternatives(ps, g, (const char *const *)folded->pdata, folded->len) != NULL;
        if (!hit) {
            g_ptr_array_free(folded, TRUE);
            continue;
        }
        /* The direct part: the words ANDed, stopwords dropped unless alone. */
        GPtrArray *pos = g_ptr_array_new(), *stops = g_ptr_array_new();
        ps->no_synonyms = true;
        for (guint k = 0; k < n; k++) {
            bool stop = false;
            zx_query *q = chunk_query(ps, g_array_index(ps->toks, qtok, ps->i + k).text, &stop);
            if (q)
                g_ptr_array_add(stop ? stops : pos, q);
        }
        ps->no_synonyms = false;
        GPtrArray *use = pos->len ? pos : stops;
        GPtrArray *drop = pos->len ? stops : pos;
        for (guint k = 0; k < drop->len; k++)
            zx_query_free(drop->pdata[k]);
        zx_query *direct = use->len ? zx_query_combine(ZX_OP_AND, (zx_query **)use->pdata, use->len) : NULL;
        g_ptr_array_free(pos, TRUE);
        g_ptr_array_free(stops, TRUE);
        note_run_headings(ps, (const char *const *)folded->pdata, folded->len);
        zx_query *q = with_synonyms(ps, direct, (const char *const *)folded->pdata, folded->len);
        g_ptr_array_free(folded, TRUE);
        ps->i += n;
        return q;
    }
    return NULL;
}

/* ---- =word, word* and chains of connectors (proximity.h) ---- */

static bool
is_operand(tok_kind k)
{
    return k == T_WORD || k == T_EXACT || k == T_PREFIX || k == T_PHRASE;
}

/* The one word of an =word or word* token, folded, or NULL (error set). */
static char *
single_word(parser *ps, const qtok *t, const char *what)
{
    GPtrArray *w = az_split_words(t->text);
    char *folded = w->len == 1 ? az_fold(w->pdata[0], -1) : NULL;
    if (!folded)
        syntax_error(ps, t->col, "%s takes one word, and '%s' is %s", what, t->text, w->len ? "several" : "none");
    g_ptr_array_free(w, TRUE);
    return folded;
}

/* =word: its folded exact term only, marked in snippets as written. */
static zx_query *
exact_query(parser *ps, const qtok *t)
{
    char *folded = single_word(ps, t, "'='");
    if (!folded)
        return NULL;
    char *exact = NULL, *stem = NULL;
    az_word_terms(ps->az, folded, -1, &exact, &stem, NULL);
    if (ps->hl && !ps->negated)
        g_hash_table_add(ps->hl->exact, g_strdup(exact));
    zx_query *q = zx_query_term(exact, 1, 0);
    g_free(folded);
    g_free(exact);
    g_free(stem);
    return q;
}

/* word*: the commonest stems starting so (every inflection of them) and
 * the commonest written forms starting so (хүүхд* reaches хүүхдийн); in a
 * chain, positional terms only: those stems and the forms' stems. */
static GPtrArray *
prefix_terms(parser *ps, const qtok *t, const char *prefix, bool positional)
{
    char *folded = single_word(ps, t, "'*'");
    if (!folded)
        return NULL;
    GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
    unsigned n_stems = 0, n_forms = 0;
    char *start = g_strconcat(*prefix ? prefix : ZS_P_STEM, folded, NULL);
    GPtrArray *stems = zq_prefix_terms(ps->db, start, &n_stems);
    GPtrArray *forms = *prefix ? g_ptr_array_new() : zq_prefix_terms(ps->db, folded, &n_forms);
    bool mark = ps->hl && !ps->negated;
    for (guint i = 0; i < stems->len; i++) {
        if (mark)
            g_hash_table_add(ps->hl->stems, g_strdup((char *)stems->pdata[i] + strlen(*prefix ? prefix : ZS_P_STEM)));
        g_ptr_array_add(out, g_strdup(stems->pdata[i]));
    }
    for (guint i = 0; i < forms->len; i++) {
        if (mark)
            g_hash_table_add(ps->hl->exact, g_strdup(forms->pdata[i]));
        if (!positional) {
            g_ptr_array_add(out, g_strdup(forms->pdata[i]));
            continue;
        }
        char *exact = NULL, *stem = NULL;
        az_word_terms(ps->az, forms->pdata[i], -1, &exact, &stem, NULL);
        if (g_ptr_array_find_with_equal_func(out, stem, g_str_equal, NULL))
            g_free(stem);
        else
            g_ptr_array_add(out, stem);
        g_free(exact);
    }
    if (ps->notices && (n_stems > ZQ_PREFIX_MAX || n_forms > ZQ_PREFIX_MAX))
        g_ptr_array_add(ps->notices, g_strdup_printf("%s* stands for more words than are searched (%u forms, %u "
                                                     "stems): the %d commonest of each were searched",
                                                     t->text, n_forms, n_stems, ZQ_PREFIX_MAX));
    g_ptr_array_free(stems, TRUE);
    g_ptr_array_free(forms, TRUE);
    g_free(start);
    g_free(folded);
    return out;
}

/* word* on its own (prefix "" for free text, or a text field's): its
 * terms as one (OP_SYNONYM); nothing when no word starts so. */
static zx_query *
prefix_query(parser *ps, const qtok *t, const char *prefix)
{
    GPtrArray *terms = prefix_terms(ps, t, prefix, false);
    if (!terms)
        return NULL;
    zx_query *q = terms->len ? terms_query(terms, 0, ZX_OP_SYNONYM) : zx_query_none();
    g_ptr_array_free(terms, TRUE);
    return q;
}

/* One operand of a chain: per word, the positional terms that may stand
 * there.  What must hold besides (a phrase's order, an exact form) is
 * added to `also`. */
static GPtrArray *
chain_operand(parser *ps, const qtok *t, GPtrArray *also)
{
    GPtrArray *words = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
    if (t->kind == T_PREFIX) {
        GPtrArray *terms = prefix_terms(ps, t, "", true);
        if (!terms) {
            g_ptr_array_unref(words);
            return NULL;
        }
        g_ptr_array_add(words, terms);
        return words;
    }
    GPtrArray *split = az_split_words(t->text);
    if (split->len == 0 || (t->kind == T_EXACT && split->len != 1)) {
        syntax_error(ps, t->col, "'%s' has %s word to stand near another", t->text, split->len ? "more than one" : "no");
        g_ptr_array_free(split, TRUE);
        g_ptr_array_unref(words);
        return NULL;
    }
    for (guint i = 0; i < split->len; i++) {
        char *exact = NULL, *stem = NULL;
        az_word_terms(ps->az, split->pdata[i], -1, &exact, &stem, NULL);
        if (t->kind == T_EXACT) {
            /* The form's place is its stem's (forms have no positions); the
             * form itself must be in the unit. */
            GPtrArray *one = g_ptr_array_new_with_free_func(g_free);
            g_ptr_array_add(one, g_strdup(stem));
            g_ptr_array_add(words, one);
            g_ptr_array_add(also, zx_query_term(exact, 1, 0));
            if (ps->hl && !ps->negated)
                g_hash_table_add(ps->hl->exact, g_strdup(exact));
        } else {
            note_highlight(ps, exact, stem);
            g_ptr_array_add(words, positional_terms(ps, exact, stem));
        }
        g_free(exact);
        g_free(stem);
    }
    if (split->len > 1) {
        /* The words in their order: the phrase itself. */
        zq_highlight *saved = ps->hl;
        bool saved_syn = ps->no_synonyms;
        ps->hl = NULL;
        ps->no_synonyms = true;
        zx_query *q = phrase_query(ps, t->text, "");
        ps->hl = saved;
        ps->no_synonyms = saved_syn;
        if (q)
            g_ptr_array_add(also, q);
    }
    g_ptr_array_free(split, TRUE);
    return words;
}

/* operand ( CONNECTOR operand )+ */
static zx_query *
chain_query(parser *ps)
{
    GPtrArray *ops = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
    GPtrArray *also = g_ptr_array_new();
    GArray *conns = g_array_new(FALSE, FALSE, sizeof(zq_connector));
    const qtok *conn = NULL;
    for (;;) {
        qtok *t = peek(ps);
        if (!is_operand(t->kind)) {
            syntax_error(ps, conn->col, "'%s' needs a word or phrase after it", conn->text);
            break;
        }
        ps->i++;
        GPtrArray *words = chain_operand(ps, t, also);
        if (!words)
            break;
        g_ptr_array_add(ops, words);
        if (peek(ps)->kind != T_NEAR)
            break;
        conn = peek(ps);
        g_array_append_val(conns, conn->conn);
        ps->i++;
    }
    zx_query *q = NULL;
    if (!ps->failed) {
        g_ptr_array_insert(also, 0, zq_proximity((GPtrArray *const *)ops->pdata, (zq_connector *)conns->data, ops->len));
        q = zx_query_combine(ZX_OP_AND, (zx_query **)also->pdata, also->len);
    } else {
        for (guint i = 0; i < also->len; i++)
            zx_query_free(also->pdata[i]);
    }
    g_ptr_array_free(also, TRUE);
    g_ptr_array_unref(ops);
    g_array_free(conns, TRUE);
    return q;
}

static zx_query *field_query(parser *ps, qtok *t);
static zx_query *parse_or(parser *ps);

/* Enters one more level of brackets or negation at `t`; false (error set)
 * past ZQ_MAX_DEPTH. */
static bool
deeper(parser *ps, const qtok *t)
{
    if (ps->depth >= ZQ_MAX_DEPTH) {
        syntax_error(ps, t->col, "brackets and NOT or '-' nest deeper than %d here", ZQ_MAX_DEPTH);
        return false;
    }
    ps->depth++;
    return true;
}

static zx_query *
parse_primary(parser *ps, bool *is_stop)
{
    qtok *t = peek(ps);
    *is_stop = false;
    switch (t->kind) {
        case T_WORD:
            ps->i++;
            return chunk_query(ps, t->text, is_stop);
        case T_PHRASE:
            ps->i++;
            return phrase_query(ps, t->text, "");
        case T_EXACT:
            ps->i++;
            return exact_query(ps, t);
        case T_PREFIX:
            ps->i++;
            return prefix_query(ps, t, "");
        case T_NEAR:
            syntax_error(ps, t->col, "'%s' joins two words or phrases, and there is none just before it", t->text);
            return NULL;
        case T_FIELD:
            ps->i++;
            return field_query(ps, t);
        case T_LPAREN: {
            ps->i++;
            if (peek(ps)->kind == T_RPAREN) {
                syntax_error(ps, t->col, "empty parentheses");
                return NULL;
            }
            if (!deeper(ps, t))
                return NULL;
            zx_query *q = parse_or(ps);
            ps->depth--;
            if (ps->failed) {
                zx_query_free(q);
                return NULL;
            }
            if (peek(ps)->kind != T_RPAREN) {
                syntax_error(ps, t->col, "this '(' is never closed");
                zx_query_free(q);
                return NULL;
            }
            ps->i++;
            return q ? q : zx_query_all();
        }
        case T_RPAREN:
            syntax_error(ps, t->col, "')' without a matching '('");
            return NULL;
        case T_AND:
        case T_OR:
            syntax_error(ps, t->col, "%s needs a word or phrase before it", t->kind == T_AND ? "AND" : "OR");
            return NULL;
        case T_END:
            syntax_error(ps, t->col, "the query ends where a word or phrase was expected");
            return NULL;
        default:
            syntax_error(ps, t->col, "unexpected operator");
            return NULL;
    }
}

typedef struct {
    zx_query *q;
    bool negative;
    bool stop;
} clause;

static bool
parse_unary(parser *ps, clause *out)
{
    qtok *t = peek(ps);
    if (t->kind == T_NOT || t->kind == T_MINUS) {
        ps->i++;
        tok_kind next = peek(ps)->kind;
        if (next == T_END || next == T_RPAREN || next == T_AND || next == T_OR) {
            syntax_error(ps, t->col, "%s has nothing after it to exclude", t->kind == T_NOT ? "NOT" : "'-'");
            return false;
        }
        if (!deeper(ps, t))
            return false;
        bool was = ps->negated;
        ps->negated = true;
        clause inner = {0};
        bool ok = parse_unary(ps, &inner);
        ps->negated = was;
        ps->depth--;
        if (!ok)
            return false;
        out->q = inner.q;
        out->negative = !inner.negative;
        out->stop = false;
        return true;
    }
    out->negative = false;
    out->stop = false;
    if (is_operand(t->kind) && peek_at(ps, 1)->kind == T_NEAR) {
        out->q = chain_query(ps);
        return !ps->failed;
    }
    if (t->kind == T_WORD && (out->q = glossary_run(ps)) != NULL)
        return true;
    out->q = parse_primary(ps, &out->stop);
    return !ps->failed;
}

/* Combines clauses: positives ANDed, negatives subtracted.  A query of
 * negatives only excludes from everything. */
static zx_query *
combine_and(GArray *clauses)
{
    GPtrArray *pos = g_ptr_array_new(), *neg = g_ptr_array_new(), *stops = g_ptr_array_new();
    for (guint i = 0; i < clauses->len; i++) {
        clause *c = &g_array_index(clauses, clause, i);
        if (!c->q)
            continue;
        if (c->negative)
            g_ptr_array_add(neg, c->q);
        else if (c->stop)
            g_ptr_array_add(stops, c->q);
        else
            g_ptr_array_add(pos, c->q);
    }
    /* Stopwords count only when nothing else is asked for. */
    if (pos->len == 0) {
        for (guint i = 0; i < stops->len; i++)
            g_ptr_array_add(pos, stops->pdata[i]);
    } else {
        for (guint i = 0; i < stops->len; i++)
            zx_query_free(stops->pdata[i]);
    }
    zx_query *q = pos->len ? zx_query_combine(ZX_OP_AND, (zx_query **)pos->pdata, pos->len) : NULL;
    if (neg->len) {
        zx_query **parts = g_new(zx_query *, neg->len + 1);
        parts[0] = q ? q : zx_query_all();
        for (guint i = 0; i < neg->len; i++)
            parts[i + 1] = neg->pdata[i];
        q = zx_query_combine(ZX_OP_AND_NOT, parts, neg->len + 1);
        g_free(parts);
    }
    g_ptr_array_free(pos, TRUE);
    g_ptr_array_free(neg, TRUE);
    g_ptr_array_free(stops, TRUE);
    return q;
}

static zx_query *
parse_and(parser *ps)
{
    GArray *clauses = g_array_new(FALSE, TRUE, sizeof(clause));
    for (;;) {
        clause c = {0};
        if (!parse_unary(ps, &c))
            break;
        g_array_append_val(clauses, c);
        tok_kind k = peek(ps)->kind;
        if (k == T_AND) {
            qtok *t = peek(ps);
            ps->i++;
            tok_kind n = peek(ps)->kind;
            if (n == T_END || n == T_RPAREN || n == T_OR || n == T_AND) {
                syntax_error(ps, t->col, "AND needs a word or phrase after it");
                break;
            }
            continue;
        }
        if (k == T_END || k == T_OR || k == T_RPAREN)
            break;
    }
    if (ps->failed) {
        for (guint i = 0; i < clauses->len; i++)
            zx_query_free(g_array_index(clauses, clause, i).q);
        g_array_free(clauses, TRUE);
        return NULL;
    }
    zx_query *q = combine_and(clauses);
    g_array_free(clauses, TRUE);
    return q;
}

static zx_query *
parse_or(parser *ps)
{
    GPtrArray *alts = g_ptr_array_new();
    for (;;) {
        zx_query *q = parse_and(ps);
        if (ps->failed) {
            zx_query_free(q);
            break;
        }
        if (q)
            g_ptr_array_add(alts, q);
        if (peek(ps)->kind != T_OR)
            break;
        qtok *t = peek(ps);
        ps->i++;
        tok_kind n = peek(ps)->kind;
        if (n == T_END || n == T_RPAREN || n == T_OR || n == T_AND) {
            syntax_error(ps, t->col, "OR needs a word or phrase after it");
            break;
        }
    }
    if (ps->failed) {
        for (guint i = 0; i < alts->len; i++)
            zx_query_free(alts->pdata[i]);
        g_ptr_array_free(alts, TRUE);
        return NULL;
    }
    zx_query *q = alts->len ? zx_query_combine(ZX_OP_OR, (zx_query **)alts->pdata, alts->len) : NULL;
    g_ptr_array_free(alts, TRUE);
    return q;
}

/* A text field's value may be word* (then t becomes a T_PREFIX token over
 * it), not =word: titles are indexed by stems alone. */
static bool
field_value_plain(parser *ps, qtok *t)
{
    size_t n = strlen(t->value);
    if (t->value[0] == '=') {
        syntax_error(ps, t->col, "'%s:' takes no =word: it is indexed by stems, not written forms", t->text);
        return false;
    }
    const char *star = strchr(t->value, '*');
    if (!star)
        return true;
    if (star != t->value + n - 1) {
        syntax_error(ps, t->col, "'*' stands only at the end of a word (word*: any ending)");
        return false;
    }
    if (g_utf8_strlen(t->value, -1) - 1 < ZQ_PREFIX_MIN) {
        syntax_error(ps, t->col, "'*' needs at least %d letters before it", ZQ_PREFIX_MIN);
        return false;
    }
    t->value[n - 1] = '\0';
    g_free(t->text);
    t->text = g_strdup(t->value);
    t->kind = T_PREFIX;
    return true;
}

static zx_query *
field_query(parser *ps, qtok *t)
{
    const zs_field *f = zs_field_for(ZS_IN_QUERY, t->text);
    if (!f) {
        char *msg = zs_unknown_field_message(ZS_IN_QUERY, t->text);
        syntax_error(ps, t->col, "%s", msg);
        g_free(msg);
        return NULL;
    }
    if (f->flags & ZS_FIELD_TEXT) {
        if (t->value_is_phrase)
            return phrase_query(ps, t->value, f->prefix);
        if (!field_value_plain(ps, t))
            return NULL;
        if (t->kind == T_PREFIX)
            return prefix_query(ps, t, f->prefix);
        GPtrArray *words = az_split_words(t->value);
        zx_query **subs = g_new0(zx_query *, words->len + 1);
        for (guint i = 0; i < words->len; i++)
            subs[i] = word_query(ps, words->pdata[i], f->prefix, NULL);
        zx_query *q = zx_query_combine(ZX_OP_AND, subs, words->len);
        g_free(subs);
        g_ptr_array_free(words, TRUE);
        return q;
    }
    /* year:2020..2024 in the text, as in a filter; a field searched by its
     * range alone (date:) takes one day as the range of that day. */
    if ((f->flags & ZS_FIELD_RANGE) && (strstr(t->value, "..") != NULL || f->prefix == NULL)) {
        GError *err = NULL;
        char *range = strstr(t->value, "..") != NULL ? g_strdup(t->value)
                                                      : g_strconcat(t->value, "..", t->value, NULL);
        zx_query *rq = zs_field_range_query(f, range, &err);
        g_free(range);
        if (rq == NULL) {
            filter_error(ps, t->col, err);
            g_error_free(err);
        }
        return rq;
    }
    /* amended:2017-01-01..2017-12-31 in the text, as in a filter: a
     * range of days is the years, months and days it covers, and a value
     * that is no day, month, year or range is said, not looked up. */
    if (f->flags & ZS_FIELD_DATE_TERMS) {
        GError *err = NULL;
        zx_query *dq = zs_date_terms_query(f, t->value, &err);
        if (dq == NULL) {
            filter_error(ps, t->col, err);
            g_error_free(err);
        }
        return dq;
    }
    GError *err = NULL;
    if (!zs_field_value_ok(f, t->value, &err)) {
        filter_error(ps, t->col, err);
        g_error_free(err);
        return NULL;
    }
    char *v = zs_field_value(f, t->value);
    char *term = g_strconcat(f->prefix, v, NULL);
    zx_query *q = zs_field_term_query(term);
    g_free(v);
    g_free(term);
    return q;
}

/* The words of the query's free text (T_WORD and T_PHRASE tokens, folded)
 * when that is all the query is, else NULL; *total counts the content
 * words of the free text (content_words) either way. */
static GPtrArray *
free_text_words(parser *ps, guint *total)
{
    GPtrArray *all = g_ptr_array_new_with_free_func(g_free);
    bool plain = true;
    *total = 0;
    for (guint i = 0; i < ps->toks->len; i++) {
        const qtok *t = &g_array_index(ps->toks, qtok, i);
        if (t->kind == T_WORD || t->kind == T_PHRASE) {
            GPtrArray *w = gl_words(t->text);
            for (guint j = 0; j < w->len; j++)
                g_ptr_array_add(all, g_steal_pointer(&w->pdata[j]));
            g_ptr_array_free(w, TRUE);
        } else if (t->kind != T_END && t->kind != T_AND) {
            plain = false;
        }
    }
    if (all->len)
        *total = content_words(ps, (const char *const *)all->pdata, all->len);
    if (!plain || all->len == 0) {
        g_ptr_array_free(all, TRUE);
        return NULL;
    }
    return all;
}

/* Counts the query's free-text words and, when the query is only words,
 * notes the heading term of all of them. */
static guint
query_words(parser *ps)
{
    guint total = 0;
    GPtrArray *all = free_text_words(ps, &total);
    if (all) {
        note_run_headings(ps, (const char *const *)all->pdata, all->len);
        g_ptr_array_free(all, TRUE);
    }
    return total;
}

/* The query, with the Criminal Code's article an article number among
 * the words names weighted up: the number as the unit's own heading holds
 * it, only where the unit is that provision.  A bare "13.1" beside
 * "trafficking" is the Code's Trafficking in persons, which the Code's
 * reference pages also take it for, not clause 13.1 of another law that
 * happens to hold the other words.  Adds weight, never matches. */
static zx_query *
with_article_boost(parser *ps, zx_query *q)
{
    if (!ps->refs || ps->refs->len == 0)
        return q;
    zx_query **qs = g_new0(zx_query *, ps->refs->len + 1);
    qs[0] = q;
    for (guint i = 0; i < ps->refs->len; i++) {
        const char *ref = ps->refs->pdata[i];
        char *stem = g_strconcat(ZS_P_STEM, ref, NULL);
        char *own = g_strconcat(ZS_P_PROVISION, ref, NULL);
        zx_query *pair[2] = {zx_query_term(stem, 1, 0), zx_query_term(own, 0, 0)};
        qs[i + 1] = zx_query_scale(zx_query_combine(ZX_OP_FILTER, pair, 2), ZQ_WEIGHT_HEADING);
        g_free(stem);
        g_free(own);
    }
    zx_query *boosted = zx_query_combine(ZX_OP_AND_MAYBE, qs, ps->refs->len + 1);
    g_free(qs);
    return boosted;
}

/* The query, with the unit whose heading the query's words (or their
 * glossary alternatives) are as a whole weighted up: a run of k of the
 * query's n words by k/n of ZQ_WEIGHT_HEADING.  Adds weight, never
 * matches. */
static zx_query *
with_heading_boost(parser *ps, zx_query *q, guint total)
{
    q = with_article_boost(ps, q);
    guint n = g_hash_table_size(ps->headings);
    if (n == 0 || total == 0)
        return q;
    zx_query **qs = g_new0(zx_query *, n);
    GHashTableIter it;
    gpointer k, v;
    guint i = 0;
    g_hash_table_iter_init(&it, ps->headings);
    while (g_hash_table_iter_next(&it, &k, &v)) {
        double share = (double)MIN(GPOINTER_TO_UINT(v), total) / total;
        qs[i++] = zx_query_scale(zx_query_term(k, 1, 0), ZQ_WEIGHT_HEADING * share);
    }
    zx_query *boost = n == 1 ? qs[0] : zx_query_combine(ZX_OP_OR, qs, n);
    g_free(qs);
    /* The Criminal Code's own offence, over another law's heading of the
     * same words (the Law on Infringements has its "Хулгайлах" too). */
    if (ZQ_WEIGHT_HEADING_CODE <= 0) {
        zx_query *pair[2] = {q, boost};
        return zx_query_combine(ZX_OP_AND_MAYBE, pair, 2);
    }
    zx_query *code[2] = {zx_query_copy(boost), zx_query_term(ZS_P_LAW ZP_CRIMINAL_CODE, 0, 0)};
    zx_query *in_code = zx_query_scale(zx_query_combine(ZX_OP_FILTER, code, 2), ZQ_WEIGHT_HEADING_CODE);
    zx_query *pair[3] = {q, boost, in_code};
    return zx_query_combine(ZX_OP_AND_MAYBE, pair, 3);
}

bool
zs_query_check(const char *query, GError **error)
{
    if (query == NULL)
        return true;
    /* By bytes, so that a query of megabytes is refused without walking
     * it, and invalid UTF-8 (the caller's to mend) is never read past its
     * end: a character is a byte that does not continue one. */
    size_t bytes = strnlen(query, 4 * ZS_MAX_QUERY_CHARS + 1);
    glong chars = 0;
    for (size_t i = 0; i < bytes; i++)
        chars += ((unsigned char)query[i] & 0xC0) != 0x80;
    if (bytes > 4 * ZS_MAX_QUERY_CHARS || chars > ZS_MAX_QUERY_CHARS) {
        g_set_error(error, ZS_ERROR, ZS_ERROR_TOO_LONG, "the query is longer than %d characters, the most a query may be",
                    ZS_MAX_QUERY_CHARS);
        return false;
    }
    glong col = 0;
    for (const unsigned char *p = (const unsigned char *)query; *p; p++) {
        col += (*p & 0xC0) != 0x80;
        unsigned c = *p;
        if (c == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F) /* C1: U+0080..U+009F */
            c = p[1];
        else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0x7F))
            continue;
        g_set_error(error, ZS_ERROR, ZS_ERROR_SYNTAX,
                    "the query holds a control character (U+%04X), which no query has (at character %ld)", c, col);
        return false;
    }
    return true;
}

/* A query with words of substance marks only those: its stopwords (a,
 * the, is, at; the Mongolian ones) are left out of its search, and marked
 * they filled the snippets with every "a" and "the" of the passage, a
 * phrase's too outside the phrase.  A query of stopwords alone keeps its
 * marks. */
static void
unmark_stopwords(az_analyzer *az, zq_highlight *hl)
{
    bool content = false;
    GHashTable *sets[] = {hl->exact, hl->stems};
    for (size_t k = 0; k < G_N_ELEMENTS(sets) && !content; k++) {
        GHashTableIter it;
        gpointer word;
        g_hash_table_iter_init(&it, sets[k]);
        while (!content && g_hash_table_iter_next(&it, &word, NULL))
            content = !az_is_stopword(az, word);
    }
    content = content || g_hash_table_size(hl->keys) > 0;
    for (size_t k = 0; k < G_N_ELEMENTS(sets) && content; k++) {
        GHashTableIter it;
        gpointer word;
        g_hash_table_iter_init(&it, sets[k]);
        while (g_hash_table_iter_next(&it, &word, NULL))
            if (az_is_stopword(az, word))
                g_hash_table_iter_remove(&it);
    }
}

zx_query *
zq_parse(az_analyzer *az, const char *text, zq_highlight *hl, GError **error)
{
    return zq_parse_with(az, text, NULL, hl, error);
}

/* Whether `text` is nothing but white space. */
static bool
is_blank(const char *text)
{
    for (const char *p = text; *p; p = g_utf8_next_char(p))
        if (!g_unichar_isspace(g_utf8_get_char(p)))
            return false;
    return true;
}

zx_query *
zq_parse_with(az_analyzer *az, const char *text, const zq_options *opts, zq_highlight *hl, GError **error)
{
    parser ps = {.headings = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL),
                 .refs = g_ptr_array_new_with_free_func(g_free),
                 .az = az,
                 .hl = hl,
                 .toks = g_array_new(FALSE, TRUE, sizeof(qtok)),
                 .error = error,
                 .no_synonyms = opts && opts->no_synonyms,
                 .phrase_terms = opts && opts->phrase_terms,
                 .db = opts ? opts->db : NULL,
                 .notices = opts ? opts->notices : NULL};
    if (hl)
        g_hash_table_remove_all(hl->seen);
    zx_query *q = NULL;
    /* The lexer walks UTF-8 by lead bytes: invalid input (a truncated
     * sequence before the terminator, found by fuzzing) must be made valid
     * first or it reads past the end. */
    char *valid = text ? g_utf8_make_valid(text, -1) : NULL;
    ps.english = zq_english_question(az, valid);
    if (valid && lex(&ps, valid)) {
        if (peek(&ps)->kind != T_END) {
            guint words = query_words(&ps);
            q = parse_or(&ps);
            if (!ps.failed && q && peek(&ps)->kind == T_END)
                q = with_heading_boost(&ps, q, words);
            if (!ps.failed && peek(&ps)->kind != T_END) {
                qtok *t = peek(&ps);
                if (t->kind == T_RPAREN)
                    syntax_error(&ps, t->col, "')' without a matching '('");
                else
                    syntax_error(&ps, t->col, "unexpected text");
            }
        }
    }
    /* An empty query lists everything (browsing by facets); one that has
     * something in it but nothing to search for (punctuation, an empty
     * phrase or field, a zero-width space) must not be taken for it. */
    if (valid && q == NULL && !ps.failed && !is_blank(valid))
        syntax_error(&ps, 1,
                     "nothing to search for: the query has no word, number or field value (leave it empty to "
                     "list every document)");
    if (hl && !ps.failed)
        unmark_stopwords(az, hl);
    for (guint i = 0; i < ps.toks->len; i++) {
        qtok *t = &g_array_index(ps.toks, qtok, i);
        g_free(t->text);
        g_free(t->value);
    }
    g_array_free(ps.toks, TRUE);
    g_hash_table_destroy(ps.headings);
    g_ptr_array_free(ps.refs, TRUE);
    g_free(valid);
    if (ps.failed) {
        zx_query_free(q);
        return NULL;
    }
    return q ? q : zx_query_all();
}
