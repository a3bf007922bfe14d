/* snippet.c — best passage and highlighting, built from a unit's full
 * stored text with the same tokenizer and stemmer the index used, so that
 * хүүхдийн is marked for the query хүүхэд.
 *
 * Words match by exact form, by stem (glossary synonyms included) or, for a
 * Latin-typed query, by key, so that huuhed marks хүүхдийн.
 *
 * The passage is the window of words with the most distinct query words,
 * then the most matches; it is widened to the size asked for and cut at
 * word boundaries.
 */
#include "search/snippet.h"
#include "search/search.h"

#include "core/terms.h"

#include <string.h>

typedef struct {
    int start, end; /* byte offsets */
    int key;        /* index of the distinct matched term, -1 if no match */
} word_span;

/* At most this many first letters are kept for the pre-filter; a query
 * with more (a long OR of words) analyses every word. */
#define MAX_INITIALS 32

typedef struct {
    az_analyzer *az;
    const zq_highlight *hl;
    bool want_keys;    /* the query has Latin-typed keys */
    GArray *words;     /* word_span */
    GHashTable *keys;  /* matched stem (owned by hl->seen) -> index */
    GString *spelling; /* the token being looked up, reused */
    /* First letters (lower-cased) a match can start with; n_initials < 0:
     * any (Latin-typed keys may match any script, or too many letters). */
    gunichar initials[MAX_INITIALS];
    int n_initials;
    const char *base;
} scan_ctx;

static bool
may_match(const scan_ctx *s, const char *word)
{
    if (s->n_initials < 0)
        return true;
    gunichar c = g_unichar_tolower(g_utf8_get_char(word));
    for (int i = 0; i < s->n_initials; i++)
        if (s->initials[i] == c)
            return true;
    return false;
}

/* The stem a word matches a query word by, analysing it as the indexer
 * would (a new string), or NULL when it matches none. */
static char *
analyse(scan_ctx *s, const char *word, int len)
{
    char *exact = NULL, *stem = NULL, *key = NULL;
    az_word_terms(s->az, word, len, &exact, &stem, s->want_keys ? &key : NULL);
    const char *bare = stem + 1; /* skip the Z prefix */
    bool hit = g_hash_table_contains(s->hl->exact, exact) || g_hash_table_contains(s->hl->stems, bare) ||
               (key && g_hash_table_contains(s->hl->keys, key + 1));
    char *matched = hit ? g_strdup(bare) : NULL;
    g_free(exact);
    g_free(stem);
    g_free(key);
    return matched;
}

static bool
scan_token(const az_token *tok, void *user)
{
    scan_ctx *s = user;
    word_span w = {(int)(tok->start - s->base), (int)(tok->start - s->base) + tok->len, -1};
    /* A word can only match a query word, a stem or a synonym that begins
     * with the same letter (stems only cut endings, and irregular lemmas
     * such as хөвгүүд -> хүү keep their first letter): skip the analysis of
     * every other word.  This test is cheaper than the memo below, so it
     * comes first. */
    if (s->hl && may_match(s, tok->start)) {
        /* Units repeat their words, and the units of one search share
         * many: analyse each spelling once per search (this loop was a
         * third of a search's cost). */
        g_string_truncate(s->spelling, 0);
        g_string_append_len(s->spelling, tok->start, tok->len);
        gpointer stem = NULL;
        if (!g_hash_table_lookup_extended(s->hl->seen, s->spelling->str, NULL, &stem)) {
            stem = analyse(s, tok->start, tok->len);
            g_hash_table_insert(s->hl->seen, g_strndup(tok->start, tok->len), stem);
        }
        if (stem) {
            /* Words with one stem count as one distinct query word. */
            gpointer idx;
            if (!g_hash_table_lookup_extended(s->keys, stem, NULL, &idx)) {
                idx = GINT_TO_POINTER(g_hash_table_size(s->keys));
                g_hash_table_insert(s->keys, stem, idx);
            }
            w.key = GPOINTER_TO_INT(idx);
        }
    }
    g_array_append_val(s->words, w);
    return true;
}

static void
scan(scan_ctx *s, az_analyzer *az, const zq_highlight *hl, const char *text)
{
    s->az = az;
    s->hl = hl;
    s->want_keys = hl && g_hash_table_size(hl->keys) > 0;
    s->base = text;
    s->words = g_array_new(FALSE, FALSE, sizeof(word_span));
    s->keys = g_hash_table_new(g_str_hash, g_str_equal);
    s->spelling = g_string_new(NULL);
    s->n_initials = s->want_keys ? -1 : 0;
    if (hl && !s->want_keys) {
        GHashTable *sets[] = {hl->exact, hl->stems};
        for (size_t k = 0; k < G_N_ELEMENTS(sets) && s->n_initials >= 0; k++) {
            GHashTableIter it;
            gpointer word;
            g_hash_table_iter_init(&it, sets[k]);
            while (g_hash_table_iter_next(&it, &word, NULL)) {
                if (!*(const char *)word)
                    continue;
                gunichar c = g_unichar_tolower(g_utf8_get_char(word));
                int i = 0;
                while (i < s->n_initials && s->initials[i] != c)
                    i++;
                if (i < s->n_initials)
                    continue;
                if (s->n_initials == MAX_INITIALS) {
                    s->n_initials = -1;
                    break;
                }
                s->initials[s->n_initials++] = c;
            }
        }
    }
    az_tokenise(text, -1, scan_token, s);
}

static void
scan_free(scan_ctx *s)
{
    g_array_free(s->words, TRUE);
    g_hash_table_destroy(s->keys);
    g_string_free(s->spelling, TRUE);
}

static void
append_escaped(GString *out, const char *p, gssize len, bool collapse_space)
{
    const char *end = p + len;
    bool last_space = false;
    while (p < end) {
        char c = *p;
        if (collapse_space && (c == '\n' || c == '\t' || c == '\r' || c == ' ')) {
            if (!last_space)
                g_string_append_c(out, ' ');
            last_space = true;
            p++;
            continue;
        }
        last_space = false;
        switch (c) {
            case '&':
                g_string_append(out, "&amp;");
                break;
            case '<':
                g_string_append(out, "&lt;");
                break;
            case '>':
                g_string_append(out, "&gt;");
                break;
            case '"':
                g_string_append(out, "&quot;");
                break;
            case '\'':
                g_string_append(out, "&#39;");
                break;
            default:
                g_string_append_c(out, c);
        }
        p++;
    }
}

/* Writes text[from, to) with matched words marked. */
static void
render(GString *out, const char *text, GArray *words, guint first, guint last, int from, int to, bool collapse)
{
    int at = from;
    for (guint i = first; i < last && i < words->len; i++) {
        word_span *w = &g_array_index(words, word_span, i);
        if (w->key < 0)
            continue;
        if (w->start < from || w->end > to)
            continue;
        append_escaped(out, text + at, w->start - at, collapse);
        g_string_append(out, "<mark>");
        append_escaped(out, text + w->start, w->end - w->start, collapse);
        g_string_append(out, "</mark>");
        at = w->end;
    }
    append_escaped(out, text + at, to - at, collapse);
}

char *
zs_snippet(az_analyzer *az, const zq_highlight *hl, const char *text, int max_chars)
{
    if (!text)
        return g_strdup("");
    scan_ctx s;
    scan(&s, az, hl, text);
    GArray *words = s.words;
    GString *out = g_string_new(NULL);
    if (words->len == 0) {
        scan_free(&s);
        return g_string_free(out, FALSE);
    }
    /* Window of about max_chars/7 words: slide it, scoring distinct keys
     * (weight 100) plus matches. */
    guint win = MAX(8, (guint)max_chars / 7);
    guint best_start = 0;
    int best_score = -1;
    int nkeys = g_hash_table_size(s.keys);
    if (nkeys > 0) {
        int *seen = g_new0(int, nkeys);
        int distinct = 0, matches = 0;
        for (guint i = 0; i < words->len; i++) {
            word_span *w = &g_array_index(words, word_span, i);
            if (w->key >= 0) {
                if (seen[w->key]++ == 0)
                    distinct++;
                matches++;
            }
            if (i >= win) {
                word_span *old = &g_array_index(words, word_span, i - win);
                if (old->key >= 0) {
                    if (--seen[old->key] == 0)
                        distinct--;
                    matches--;
                }
            }
            int score = distinct * 100 + matches;
            guint start = i >= win ? i - win + 1 : 0;
            if (score > best_score) {
                best_score = score;
                best_start = start;
            }
        }
        g_free(seen);
        /* Start a few words before the first match in the window. */
        guint first_match = best_start;
        while (first_match < words->len && g_array_index(words, word_span, first_match).key < 0)
            first_match++;
        best_start = first_match > 3 ? first_match - 3 : 0;
    }
    /* From the very beginning when the passage starts at the first word, so
     * that nothing before it (a quote, a bracket) is lost. */
    int from = best_start == 0 ? 0 : g_array_index(words, word_span, best_start).start;
    /* Extend to max_chars characters, ending at a word end. */
    int to = from;
    guint last = best_start;
    glong chars = 0;
    while (last < words->len) {
        word_span *w = &g_array_index(words, word_span, last);
        glong add = g_utf8_strlen(text + to, w->end - to);
        if (chars + add > max_chars && last > best_start)
            break;
        chars += add;
        to = w->end;
        last++;
    }
    /* Keep punctuation that closes the last word (a full stop, a bracket). */
    while (text[to] && strchr(".,;:)]»\"", text[to]) && to - from < max_chars * 4)
        to++;
    if (best_start > 0)
        g_string_append(out, "…");
    render(out, text, words, best_start, last, from, to, true);
    if (last < words->len)
        g_string_append(out, "…");
    scan_free(&s);
    return g_string_free(out, FALSE);
}

char *
zs_highlight_all(az_analyzer *az, const zq_highlight *hl, const char *text)
{
    if (!text)
        return g_strdup("");
    scan_ctx s;
    scan(&s, az, hl, text);
    GString *out = g_string_new(NULL);
    render(out, text, s.words, 0, s.words->len, 0, (int)strlen(text), false);
    scan_free(&s);
    return g_string_free(out, FALSE);
}

struct zs_marker {
    az_analyzer *az;
    zq_highlight *hl;
};

zs_marker *
zs_marker_new(zs_engine *engine, const char *query)
{
    if (engine == NULL || query == NULL || *query == '\0')
        return NULL;
    zs_marker *m = g_new0(zs_marker, 1);
    m->az = zs_engine_analyzer(engine);
    m->hl = zq_highlight_new();
    zx_query *parsed = zq_parse(m->az, query, m->hl, NULL);
    if (parsed == NULL) {
        zs_marker_free(m);
        return NULL;
    }
    zx_query_free(parsed);
    return m;
}

char *
zs_marker_mark(zs_marker *m, const char *text)
{
    return zs_highlight_all(m->az, m->hl, text);
}

void
zs_marker_free(zs_marker *m)
{
    if (m == NULL)
        return;
    zq_highlight_free(m->hl);
    g_free(m);
}

/* Passages: the best window of words as zs_snippet chooses it, then the
 * best among the words left, and so on, never overlapping. */

/* The best window of `win` words none of which is used; its start, or -1
 * when no such window holds a match. */
static int
best_free_window(GArray *words, const bool *used, guint win, int nkeys)
{
    int *seen = g_new0(int, nkeys);
    int distinct = 0, matches = 0, best_score = 0, best = -1;
    guint blocked = 0; /* used words in the window */
    for (guint i = 0; i < words->len; i++) {
        word_span *w = &g_array_index(words, word_span, i);
        if (used[i])
            blocked++;
        else if (w->key >= 0) {
            if (seen[w->key]++ == 0)
                distinct++;
            matches++;
        }
        if (i >= win) {
            guint o = i - win;
            word_span *old = &g_array_index(words, word_span, o);
            if (used[o])
                blocked--;
            else if (old->key >= 0) {
                if (--seen[old->key] == 0)
                    distinct--;
                matches--;
            }
        }
        int score = distinct * 100 + matches;
        if (blocked == 0 && matches > 0 && score > best_score) {
            best_score = score;
            best = i >= win ? (int)(i - win + 1) : 0;
        }
    }
    g_free(seen);
    return best;
}

GPtrArray *
zs_passages(az_analyzer *az, const zq_highlight *hl, const char *text, int max_chars, guint max_n)
{
    GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
    if (!text || !hl)
        return out;
    scan_ctx s;
    scan(&s, az, hl, text);
    GArray *words = s.words;
    int nkeys = g_hash_table_size(s.keys);
    guint win = MAX(8, (guint)max_chars / 7);
    bool *used = g_new0(bool, words->len + 1);
    while (nkeys > 0 && out->len < max_n) {
        int start = best_free_window(words, used, win, nkeys);
        if (start < 0)
            break;
        guint first = (guint)start;
        while (first < words->len && g_array_index(words, word_span, first).key < 0)
            first++;
        /* A few words of context before the first match, not taken. */
        guint begin = first;
        while (begin > 0 && first - begin < 3 && !used[begin - 1])
            begin--;
        int from = begin == 0 ? 0 : g_array_index(words, word_span, begin).start;
        int to = from;
        guint last = begin;
        glong chars = 0;
        while (last < words->len && !used[last]) {
            word_span *w = &g_array_index(words, word_span, last);
            glong add = g_utf8_strlen(text + to, w->end - to);
            if (chars + add > max_chars && last > begin)
                break;
            chars += add;
            to = w->end;
            last++;
        }
        while (text[to] && strchr(".,;:)]»\"", text[to]) && to - from < max_chars * 4)
            to++;
        for (guint i = begin; i < last; i++)
            used[i] = true;
        GString *p = g_string_new(begin > 0 ? "…" : "");
        render(p, text, words, begin, last, from, to, true);
        if (last < words->len)
            g_string_append(p, "…");
        g_ptr_array_add(out, g_string_free(p, FALSE));
    }
    g_free(used);
    scan_free(&s);
    return out;
}
