/* translit.c — the script-folded key and Latin -> Cyrillic candidates.
 *
 * The key merges only what Latin typing cannot tell apart, so that it
 * collides little (bench/analysis.c measures it on the hunspell-mn word
 * list): о/ө and у/ү (typed o and u), э/е (typed e), и/ы/й/ь (typed i or
 * y).  Letters Latin typing does tell apart keep their own key letters: х
 * is h, ц is c and ч is q (ts/ch), ш is w (sh), so шүүх and сүүх stay apart.
 *
 * Candidate generation runs the other way, one Latin letter or digraph at
 * a time, with every Cyrillic letter it may stand for; vowel harmony prunes
 * the spellings no Mongolian word has.
 *
 * Not for: deciding which candidate is a word (analysis.c asks hunspell).
 */
#include "search/translit.h"

#include <string.h>

/* Key letters of а..я (U+0430..U+044F), in alphabet order. */
static const char *const cyr_key[32] = {
    "a", "b", "v", "g", "d", "e", "j", "z",  /* а б в г д е ж з */
    "i", "i", "k", "l", "m", "n", "o", "p",  /* и й к л м н о п */
    "r", "s", "t", "u", "f", "h", "c", "q",  /* р с т у ф х ц ч */
    "w", "w", "",  "i", "i", "e", "iu", "ia", /* ш щ ъ ы ь э ю я */
};

char *
tl_key(const char *folded)
{
    GString *k = g_string_sized_new(strlen(folded));
    for (const char *p = folded; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        const char *m = NULL;
        if (c >= 0x0430 && c <= 0x044F)
            m = cyr_key[c - 0x0430];
        else if (c == 0x0451) /* ё */
            m = "io";
        else if (c == 0x04E9) /* ө */
            m = "o";
        else if (c == 0x04AF) /* ү */
            m = "u";
        else if (c == 0x0456) /* і: Kazakh and old fonts */
            m = "i";
        if (m) {
            for (const char *q = m; *q; q++) {
                /* Long и (ий, ии, ый) is typed i, ii or iy alike. */
                if (*q == 'i' && k->len && k->str[k->len - 1] == 'i')
                    continue;
                g_string_append_c(k, *q);
            }
        } else if (c < 0x80) {
            if (c == 'i' && k->len && k->str[k->len - 1] == 'i')
                continue;
            g_string_append_c(k, g_ascii_tolower((char)c));
        } else {
            g_string_append_unichar(k, c);
        }
    }
    return g_string_free(k, FALSE);
}

/* ---- Latin -> Cyrillic ---- */

enum { H_NONE = 0, H_BACK = 1, H_FRONT = 2 };

typedef struct {
    const char *latin;  /* one letter or a digraph */
    const char *cyr;
    int harmony;
} reading;

/* Digraphs first: the longest Latin spelling is tried before its letters,
 * and its letters are tried too (ts may be ц or т+с). */
static const reading readings[] = {
    {"kh", "х", H_NONE},  {"sh", "ш", H_NONE},  {"ch", "ч", H_NONE},  {"ts", "ц", H_NONE},
    {"zh", "ж", H_NONE},  {"ya", "я", H_BACK},  {"yo", "ё", H_BACK},  {"yu", "ю", H_NONE},
    {"ye", "е", H_NONE},  {"ou", "ө", H_FRONT}, {"oe", "ө", H_FRONT}, {"ue", "ү", H_FRONT},
    {"a", "а", H_BACK},   {"b", "б", H_NONE},   {"c", "ц", H_NONE},   {"c", "ч", H_NONE},
    {"d", "д", H_NONE},   {"e", "э", H_FRONT},  {"e", "е", H_NONE},   {"f", "ф", H_NONE},
    {"g", "г", H_NONE},   {"h", "х", H_NONE},   {"i", "и", H_NONE},   {"i", "й", H_NONE},
    {"i", "ы", H_BACK},   {"j", "ж", H_NONE},   {"k", "к", H_NONE},   {"l", "л", H_NONE},
    {"m", "м", H_NONE},   {"n", "н", H_NONE},   {"o", "о", H_BACK},   {"o", "ө", H_FRONT},
    {"p", "п", H_NONE},   {"q", "к", H_NONE},   {"r", "р", H_NONE},   {"s", "с", H_NONE},
    {"t", "т", H_NONE},   {"u", "у", H_BACK},   {"u", "ү", H_FRONT},  {"u", "ө", H_FRONT},
    {"v", "в", H_NONE},
    {"v", "ү", H_FRONT},  {"w", "в", H_NONE},   {"w", "ү", H_FRONT},  {"x", "х", H_NONE},
    {"y", "ы", H_BACK},   {"y", "й", H_NONE},   {"y", "и", H_NONE},   {"y", "ү", H_FRONT},
    {"z", "з", H_NONE},   {"'", "ь", H_NONE},
};

typedef struct {
    const char *word;
    size_t len;
    gboolean harmony;
    guint max, added;
    guint steps;        /* partial spellings tried: bounded, because a long
                         * word of ambiguous letters that fails only at its
                         * end (uuu…ua: ү/ө, then a back vowel) would
                         * otherwise be explored exponentially (a fuzzing find) */
    GPtrArray *out;
    GHashTable *seen;
    GString *buf;
} gen_ctx;

#define TL_MAX_STEPS 20000

static void
generate(gen_ctx *g, size_t at, int cls)
{
    if (g->added >= g->max || ++g->steps > TL_MAX_STEPS)
        return;
    if (at == g->len) {
        if (!g_hash_table_contains(g->seen, g->buf->str)) {
            char *s = g_strdup(g->buf->str);
            g_hash_table_add(g->seen, s);
            g_ptr_array_add(g->out, g_strdup(s));
            g->added++;
        }
        return;
    }
    for (size_t i = 0; i < G_N_ELEMENTS(readings); i++) {
        const reading *r = &readings[i];
        size_t n = strlen(r->latin);
        if (at + n > g->len || memcmp(g->word + at, r->latin, n) != 0)
            continue;
        if (g->harmony && r->harmony && cls && r->harmony != cls)
            continue;
        gsize mark = g->buf->len;
        g_string_append(g->buf, r->cyr);
        generate(g, at + n, r->harmony ? r->harmony : cls);
        g_string_truncate(g->buf, mark);
        if (g->added >= g->max || g->steps > TL_MAX_STEPS)
            return;
    }
}

guint
tl_cyrillic_candidates(const char *folded_latin, gboolean harmony, guint max, GPtrArray *out)
{
    size_t len = strlen(folded_latin);
    if (len == 0 || len > 40)
        return 0;
    for (const char *p = folded_latin; *p; p++)
        if (!(g_ascii_islower(*p) || *p == '\''))
            return 0;
    gen_ctx g = {
        .word = folded_latin,
        .len = len,
        .harmony = harmony,
        .max = max,
        .out = out,
        .seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL),
        .buf = g_string_new(NULL),
    };
    for (guint i = 0; i < out->len; i++)
        g_hash_table_add(g.seen, g_strdup(out->pdata[i]));
    generate(&g, 0, H_NONE);
    g_hash_table_destroy(g.seen);
    g_string_free(g.buf, TRUE);
    return g.added;
}
