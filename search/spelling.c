/* spelling.c — "did you mean": suggestions from the spelling dictionary
 * the indexer builds (indexer/spelling.c), and for an English typing slip
 * the English word the glossary knows (english.h).  A word that is English
 * as typed gets none: boss is no slip for loss, nor spouse for house. */
#include "search/spelling.h"

#include "core/schema.h"
#include "search/english.h"

#include <string.h>

#define MIN_CHARS 3
/* The spelling table holds words of at most 30 letters (indexer/spelling.c)
 * and a suggestion is at most two edits away, so a longer word has none to
 * find; and asking costs time in the square of the word's length (Xapian's
 * fragments and edit distances: a word of 16,000 letters was most of a
 * search's 60 s in probe F3), as does hunspell-en's correction. */
#define MAX_CHARS (30 + 2)

typedef struct {
    zx_db *db;
    az_analyzer *az;
    const char *query;
    GString *out;
    const char *copied; /* end of the query copied to out so far */
    bool changed;
} suggest_ctx;

/* True if the Latin word is found as typed Mongolian: through the stem of
 * a dictionary word it spells, or through its keys (a name); or as an
 * English word by its stem (prosecuted: prosecut-, which "prosecutor"
 * shares), which no "did you mean" should rewrite into another word. */
static bool
found_by_key(suggest_ctx *c, const char *folded)
{
    char *own = az_stem(c->az, folded);
    char *own_term = g_strconcat(ZS_P_STEM, own, NULL);
    bool found = zx_db_termfreq(c->db, own_term) > 0;
    g_free(own_term);
    g_free(own);
    if (found)
        return true;
    GPtrArray *words = az_latin_words(c->az, folded);
    for (guint i = 0; i < words->len && !found; i++) {
        char *stem = az_stem(c->az, words->pdata[i]);
        char *t = g_strconcat(ZS_P_STEM, stem, NULL);
        found = zx_db_termfreq(c->db, t) > 0;
        g_free(t);
        g_free(stem);
    }
    g_ptr_array_free(words, TRUE);
    GPtrArray *keys = az_latin_keys(c->az, folded);
    for (guint i = 0; i < keys->len && !found; i++) {
        char *t = g_strconcat(ZS_P_KEY, keys->pdata[i], NULL);
        found = zx_db_termfreq(c->db, t) > 0;
        g_free(t);
    }
    g_ptr_array_free(keys, TRUE);
    return found;
}

/* Whether a token stands as a word of its own in the query: white space
 * or the query's ends around it, or a question's marks after it. */
static bool
standalone(const suggest_ctx *c, const az_token *tok)
{
    const char *end = tok->start + tok->len;
    bool before = tok->start == c->query || g_ascii_isspace(tok->start[-1]) || tok->start[-1] == '"' ||
                  tok->start[-1] == '(';
    bool after = *end == '\0' || g_ascii_isspace(*end) || strchr("?!,;\")", *end) != NULL ||
                 (*end == '.' && (end[1] == '\0' || g_ascii_isspace(end[1])));
    return before && after;
}

/* ---- a Mongolian word's slips, weighed -------------------------------
 * Xapian's edit distance counts every change alike, so хун met хэн (a
 * vowel changed) before хүн, and албдан met албан (a consonant gone) before
 * албадан.  The commonest slips of Mongolian typing are the letters a
 * Russian keyboard lacks or a phone makes alike (ү typed у, ө typed о, э
 * and е, й and и), a letter left out or typed twice, and a neighbouring
 * key: those cost less than an edit, in hundredths of one, and a word the
 * index holds is sought at the least cost, the commoner first at equal
 * cost. */
#define COST_PAIR       20  /* у/ү, о/ө, е/э, и/й */
#define COST_DOUBLE     55  /* a letter typed once for twice, or twice for once */
#define COST_VOWEL_LEFT 70  /* a vowel left out */
#define COST_KEY        85  /* a neighbouring key pressed instead, or as well */
#define COST_LEFT       95  /* a consonant left out */
#define COST_SWAP       95  /* two letters swapped */
#define COST_EXTRA      120 /* a letter typed that is not meant */
/* One slip beside the letter pairs at most: further ones are Xapian's edit
 * distance's to find, as before. */
#define MAX_COST 135
/* Letters of pairs whose variants are tried (2^6 variants at most). */
#define MAX_PAIRS 6
/* As the spelling dictionary (indexer/spelling.c): a word of one unit, all
 * its forms counted, is mostly a typing error itself; but not when the
 * word typed is one or two of the letter pairs from it (гуилга: гуйлга,
 * seen in one unit, not агуулга, two letters more). */
#define MIN_UNITS 2

/* The Mongolian keyboard's letter rows, top to bottom (MNS 5218): a home
 * row key at column c lies under the top row's c and c + 1 and over the
 * bottom row's c - 1 and c. */
static const char *const KEY_ROWS[] = {"фцужэнгшүзкъ", "йыбөахролдп", "ячёсмитьвю"};

static const char MN_LETTERS[] = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяөү";
static const char MN_VOWELS[] = "аеёиоуыэюяөү";

static gunichar
pair_of(gunichar c)
{
    static const gunichar pairs[][2] = {{0x0443, 0x04AF}, {0x043E, 0x04E9}, {0x0435, 0x044D}, {0x0438, 0x0439}};
    for (guint i = 0; i < G_N_ELEMENTS(pairs); i++) {
        if (pairs[i][0] == c)
            return pairs[i][1];
        if (pairs[i][1] == c)
            return pairs[i][0];
    }
    return 0;
}

static bool
key_at(gunichar c, int *row, int *col)
{
    for (int r = 0; r < (int)G_N_ELEMENTS(KEY_ROWS); r++) {
        int k = 0;
        for (const char *p = KEY_ROWS[r]; *p; p = g_utf8_next_char(p), k++) {
            if (g_utf8_get_char(p) == c) {
                *row = r;
                *col = k;
                return true;
            }
        }
    }
    return false;
}

static bool
neighbouring_keys(gunichar a, gunichar b)
{
    int ra, ca, rb, cb;
    if (a == b || !key_at(a, &ra, &ca) || !key_at(b, &rb, &cb))
        return false;
    if (ra == rb)
        return ca - cb == 1 || cb - ca == 1;
    if (ra > rb) { /* a below b */
        int t = ra;
        ra = rb;
        rb = t;
        t = ca;
        ca = cb;
        cb = t;
    }
    return rb == ra + 1 && (cb == ca || cb == ca - 1);
}

typedef struct {
    zx_db *db;
    az_analyzer *az;
    char *best;
    unsigned cost, freq;
    unsigned rival_freq; /* the commonest other word at the best cost */
} slip_search;

static void
consider(slip_search *s, const gunichar *w, glong n, unsigned cost)
{
    if (cost > MAX_COST || (s->best != NULL && cost > s->cost))
        return;
    char *word = g_ucs4_to_utf8(w, n, NULL, NULL, NULL);
    unsigned freq = word ? zx_db_termfreq(s->db, word) : 0;
    if (freq == 0 || (s->best != NULL && strcmp(word, s->best) == 0)) {
        g_free(word);
        return;
    }
    /* The word's units, all its forms counted (a form of гуйлгах is seen
     * once as гуйлга). */
    char *stem = az_stem(s->az, word);
    char *term = g_strconcat(ZS_P_STEM, stem, NULL);
    freq = MAX(freq, zx_db_termfreq(s->db, term));
    g_free(term);
    g_free(stem);
    if (freq < MIN_UNITS && cost > 2 * COST_PAIR) {
        g_free(word);
        return;
    }
    if (s->best == NULL || cost < s->cost) {
        g_free(s->best);
        s->best = word;
        s->cost = cost;
        s->freq = freq;
        s->rival_freq = 0;
    } else if (freq > s->freq) {
        s->rival_freq = s->freq;
        g_free(s->best);
        s->best = word;
        s->freq = freq;
    } else {
        s->rival_freq = MAX(s->rival_freq, freq);
        g_free(word);
    }
}

/* The words one slip away from `w` (n letters), each at `base` + its cost. */
static void
one_slip(slip_search *s, const gunichar *w, glong n, unsigned base)
{
    gunichar buf[MAX_CHARS + 2];
    for (glong i = 0; i <= n; i++) { /* a letter left out */
        for (const char *p = MN_LETTERS; *p; p = g_utf8_next_char(p)) {
            gunichar c = g_utf8_get_char(p);
            if (i > 0 && w[i - 1] == c)
                continue; /* the same word as put after */
            unsigned cost = i < n && w[i] == c                    ? COST_DOUBLE
                            : g_utf8_strchr(MN_VOWELS, -1, c) != NULL ? COST_VOWEL_LEFT
                                                                      : COST_LEFT;
            memcpy(buf, w, i * sizeof *w);
            buf[i] = c;
            memcpy(buf + i + 1, w + i, (n - i) * sizeof *w);
            consider(s, buf, n + 1, base + cost);
        }
    }
    for (glong i = 0; i < n && n > MIN_CHARS; i++) { /* a letter typed that is not meant */
        if (i > 0 && w[i - 1] == w[i])
            continue;
        bool twice = i + 1 < n && w[i + 1] == w[i];
        bool slipped = (i > 0 && neighbouring_keys(w[i], w[i - 1])) || (i + 1 < n && neighbouring_keys(w[i], w[i + 1]));
        memcpy(buf, w, i * sizeof *w);
        memcpy(buf + i, w + i + 1, (n - i - 1) * sizeof *w);
        consider(s, buf, n - 1, base + (twice ? COST_DOUBLE : slipped ? COST_KEY : COST_EXTRA));
    }
    for (glong i = 0; i < n; i++) { /* a neighbouring key */
        memcpy(buf, w, n * sizeof *w);
        for (const char *p = MN_LETTERS; *p; p = g_utf8_next_char(p)) {
            gunichar c = g_utf8_get_char(p);
            if (!neighbouring_keys(w[i], c))
                continue;
            buf[i] = c;
            consider(s, buf, n, base + COST_KEY);
        }
    }
    for (glong i = 0; i + 1 < n; i++) { /* two letters swapped */
        if (w[i] == w[i + 1])
            continue;
        memcpy(buf, w, n * sizeof *w);
        buf[i] = w[i + 1];
        buf[i + 1] = w[i];
        consider(s, buf, n, base + COST_SWAP);
    }
}

char *
zs_spelling_slip(zx_db *db, az_analyzer *az, const char *folded, bool *confident)
{
    if (confident)
        *confident = false;
    glong n = 0;
    gunichar *w = g_utf8_to_ucs4(folded, -1, NULL, &n, NULL);
    bool cyrillic = w != NULL && n >= MIN_CHARS && n <= MAX_CHARS - 2;
    for (glong i = 0; cyrillic && i < n; i++)
        cyrillic = g_utf8_strchr(MN_LETTERS, -1, w[i]) != NULL;
    if (!cyrillic) {
        g_free(w);
        return NULL;
    }
    slip_search s = {.db = db, .az = az};
    glong at[MAX_PAIRS];
    guint pairs = 0;
    for (glong i = 0; i < n && pairs < MAX_PAIRS; i++)
        if (pair_of(w[i]))
            at[pairs++] = i;
    gunichar variant[MAX_CHARS + 2];
    /* The pairs alone first, then one slip beside none or one of them:
     * the cheaper found first spare the dearer their look-ups, and a word
     * that is none costs some 3,000 (a slip beside two pairs, rarely met,
     * cost three times as many). */
    for (int round = 0; round < 2; round++) {
        for (guint mask = 0; mask < (1u << pairs); mask++) {
            guint swaps = (guint)__builtin_popcount(mask);
            if (round == 1 && swaps > 1)
                continue;
            memcpy(variant, w, n * sizeof *w);
            for (guint k = 0; k < pairs; k++)
                if (mask & (1u << k))
                    variant[at[k]] = pair_of(w[at[k]]);
            if (round == 0 && mask != 0)
                consider(&s, variant, n, swaps * COST_PAIR);
            else if (round == 1)
                one_slip(&s, variant, n, swaps * COST_PAIR);
        }
    }
    g_free(w);
    /* One word clearly likelier than any other at its cost. */
    if (confident && s.best != NULL)
        *confident = s.rival_freq * 3 <= s.freq && s.freq >= MIN_UNITS;
    return s.best;
}

static bool
suggest_token(const az_token *tok, void *user)
{
    suggest_ctx *c = user;
    if (tok->script != AZ_SCRIPT_CYRILLIC && tok->script != AZ_SCRIPT_LATIN)
        return true;
    const char *end = tok->start + tok->len;
    /* field:value: neither the name nor the value is a word to correct. */
    if (*end == ':' || (tok->start > c->query && tok->start[-1] == ':'))
        return true;
    char *raw = g_strndup(tok->start, tok->len);
    bool op = strcmp(raw, "AND") == 0 || strcmp(raw, "OR") == 0 || strcmp(raw, "NOT") == 0;
    g_free(raw);
    if (op)
        return true;
    char *folded = az_fold(tok->start, tok->len);
    glong n = g_utf8_strlen(folded, -1);
    /* A stopword (what, can, how) is no slip to correct: the search
     * leaves it out. */
    bool latin = tok->script == AZ_SCRIPT_LATIN;
    if (n >= MIN_CHARS && n <= MAX_CHARS && !az_is_stopword(c->az, folded) && zx_db_termfreq(c->db, folded) == 0 &&
        !(latin && (zq_english_word(c->az, folded, true) || found_by_key(c, folded)))) {
        /* The English dictionary corrects words typed as words, not the
         * parts of a name or an address (batzorig_work, yahoo.com). */
        char *s = latin && standalone(c, tok) ? zq_english_correction(c->az, folded) : NULL;
        if (s == NULL && !latin)
            s = zs_spelling_slip(c->db, c->az, folded, NULL);
        if (s == NULL) {
            s = zx_db_spelling_suggestion(c->db, folded, n >= 6 ? 2 : 1);
            /* An English word of the index's own headings is offered for a
             * Latin word only as a slip would change it: sextortion is a
             * word of its own, not extortion mistyped. */
            if (s != NULL && latin && g_ascii_isalpha(*s) && !zq_plausible_slip(folded, s))
                g_clear_pointer(&s, g_free);
        }
        if (s && strcmp(s, folded) != 0) {
            g_string_append_len(c->out, c->copied, tok->start - c->copied);
            g_string_append(c->out, s);
            c->copied = end;
            c->changed = true;
        }
        g_free(s);
    }
    g_free(folded);
    return true;
}

char *
zs_spelling_suggest(zx_db *db, az_analyzer *az, const char *query)
{
    if (!query || !*query || !g_utf8_validate(query, -1, NULL))
        return NULL;
    suggest_ctx c = {.db = db, .az = az, .query = query, .out = g_string_new(NULL), .copied = query};
    az_tokenise(query, -1, suggest_token, &c);
    if (!c.changed) {
        g_string_free(c.out, TRUE);
        return NULL;
    }
    g_string_append(c.out, c.copied);
    return g_string_free(c.out, FALSE);
}
