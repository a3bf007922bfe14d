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
#include "core/translit.h"

#include <stdbool.h>
#include <string.h>

/* Key letters of а..я (U+0430..U+044F), in alphabet order. */
static const char *const cyr_key[32] = {
    "a", "b", "v", "g", "d", "e", "j",  "z",  /* а б в г д е ж з */
    "i", "i", "k", "l", "m", "n", "o",  "p",  /* и й к л м н о п */
    "r", "s", "t", "u", "f", "h", "c",  "q",  /* р с т у ф х ц ч */
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

enum { R_START = 1, R_SOFT = 2, R_INNER = 3 };

typedef struct {
    const char *latin; /* one letter or a digraph */
    const char *cyr;
    int harmony;
    int only; /* R_START: at the word's start only; R_SOFT: ь, after a consonant only;
               * R_INNER: between two letters only */
} reading;

/* Digraphs first: the longest Latin spelling is tried before its letters,
 * and its letters are tried too (ts may be ц or т+с). */
static const reading readings[] = {
    {"kh", "х", H_NONE, 0},
    {"sh", "ш", H_NONE, 0},
    {"ch", "ч", H_NONE, 0},
    {"ts", "ц", H_NONE, 0},
    {"zh", "ж", H_NONE, 0},
    {"ya", "я", H_BACK, 0},
    {"yo", "ё", H_BACK, 0},
    {"yu", "ю", H_NONE, 0},
    {"ye", "е", H_NONE, 0},
    {"ye", "э", H_FRONT, R_START},
    {"ou", "ө", H_FRONT, 0},
    {"oe", "ө", H_FRONT, 0},
    {"ue", "ү", H_FRONT, 0},
    {"a", "а", H_BACK, 0},
    {"b", "б", H_NONE, 0},
    {"c", "ц", H_NONE, 0},
    {"c", "ч", H_NONE, 0},
    {"d", "д", H_NONE, 0},
    {"e", "э", H_FRONT, 0},
    {"e", "е", H_NONE, 0},
    {"f", "ф", H_NONE, 0},
    {"g", "г", H_NONE, 0},
    {"h", "х", H_NONE, 0},
    {"i", "и", H_NONE, 0},
    {"i", "й", H_NONE, 0},
    {"i", "ы", H_BACK, 0},
    {"j", "ж", H_NONE, 0},
    {"k", "к", H_NONE, 0},
    {"l", "л", H_NONE, 0},
    {"m", "м", H_NONE, 0},
    {"n", "н", H_NONE, 0},
    {"o", "о", H_BACK, 0},
    {"o", "ө", H_FRONT, 0},
    {"p", "п", H_NONE, 0},
    {"q", "к", H_NONE, 0},
    {"r", "р", H_NONE, 0},
    {"s", "с", H_NONE, 0},
    {"t", "т", H_NONE, 0},
    {"u", "у", H_BACK, 0},
    {"u", "ү", H_FRONT, 0},
    {"u", "ө", H_FRONT, 0},
    {"v", "в", H_NONE, 0},
    {"v", "ү", H_FRONT, 0},
    {"w", "в", H_NONE, 0},
    {"w", "ү", H_FRONT, 0},
    {"x", "х", H_NONE, 0},
    {"y", "ы", H_BACK, 0},
    {"y", "й", H_NONE, 0},
    {"y", "и", H_NONE, 0},
    {"y", "ү", H_FRONT, 0},
    {"z", "з", H_NONE, 0},
    {"'", "ь", H_NONE, 0},
    /* Habits of Latin typing that spell a letter by its sound: ы typed as
     * a long i (улсын as ulsiin, like the front genitive -ийн), ь as the i
     * it sounds like (говь as govi).  (And, above, a word-initial э typed
     * ye, эрүү as yeruu, as the е it is not told apart from.) */
    {"ii", "ы", H_BACK, 0},
    {"i", "ь", H_NONE, R_SOFT},
    /* The official romanisation (MNS 5217:2012) writes ө ö and ү ü; the
     * query's NFKC has composed a combining diaeresis and case folding has
     * lowered Ö Ü.  Chat typing writes ө and ү as an 8 inside a word
     * (h8d8lm8r), which is never a number there, and ү as q (hqqhed), also
     * ө; the q of a Latin loan (aqua) keeps its к. */
    {"\u00f6", "ө", H_FRONT, 0},
    {"\u00fc", "ү", H_FRONT, 0},
    {"8", "ө", H_FRONT, R_INNER},
    {"8", "ү", H_FRONT, R_INNER},
    {"q", "ү", H_FRONT, 0},
    {"q", "ө", H_FRONT, 0},
};

typedef struct {
    const char *word;
    size_t len;
    gboolean harmony;
    guint max, added;
    guint steps; /* partial spellings tried: bounded, because a long
                         * word of ambiguous letters that fails only at its
                         * end (uuu…ua: ү/ө, then a back vowel) would
                         * otherwise be explored exponentially (a fuzzing find) */
    tl_prefix_fn may_begin; /* NULL, or false for a spelling begun that no word starts with */
    void *user;
    GPtrArray *out;
    GHashTable *seen;
    GString *buf;
    bool soft; /* a ь that was not typed has been supplied */
} gen_ctx;

#define TL_MAX_STEPS 20000

/* True if the spelling so far ends in a consonant that takes ь: л р в н м
 * г (хууль, морь, говь, хонь, ямь, зургь…), which hold almost every ь of
 * the hunspell-mn word list. */
static bool
ends_in_consonant(const GString *buf)
{
    if (buf->len == 0)
        return false;
    gunichar c = g_utf8_get_char(g_utf8_prev_char(buf->str + buf->len));
    return g_utf8_strchr("лрвнмг", -1, c) != NULL;
}

/* Whether the 8 at byte `at` of a typed word stands inside it: the run of
 * 8s it belongs to has a letter (ASCII, or a byte of ö ü) on either side. */
static bool
inner_eight(const char *word, size_t at)
{
    size_t i = at, j = at;
    while (i > 0 && word[i - 1] == '8')
        i--;
    while (word[j] == '8')
        j++;
    unsigned char before = i > 0 ? (unsigned char)word[i - 1] : 0, after = (unsigned char)word[j];
    return before && after && (g_ascii_isalpha(before) || before >= 0x80) && (g_ascii_isalpha(after) || after >= 0x80);
}

bool
tl_latin_typed(const char *folded)
{
    bool letter = false;
    for (const char *p = folded; *p;) {
        if (g_ascii_islower(*p) || *p == '\'') {
            letter = letter || *p != '\'';
            p++;
        } else if (g_str_has_prefix(p, "\u00f6") || g_str_has_prefix(p, "\u00fc")) {
            letter = true;
            p += 2;
        } else if (*p == '8' && inner_eight(folded, (size_t)(p - folded))) {
            p++;
        } else {
            return false;
        }
    }
    return letter;
}

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
        if ((r->only == R_START && at != 0) || (r->only == R_SOFT && !ends_in_consonant(g->buf)) ||
            (r->only == R_INNER && !inner_eight(g->word, at)))
            continue;
        gsize mark = g->buf->len;
        g_string_append(g->buf, r->cyr);
        if (!g->may_begin || g->may_begin(g->buf->str, g->user))
            generate(g, at + n, r->harmony ? r->harmony : cls);
        /* The soft sign is mostly left untyped (хууль as huul, хуульд as
         * huuld): after a consonant that ends the word or comes before
         * another consonant, try it once per word. */
        if (!g->soft && ends_in_consonant(g->buf) && strcmp(r->cyr, "ь") != 0 &&
            (at + n == g->len || !strchr("aeiouy'", g->word[at + n]))) {
            g->soft = true;
            g_string_append(g->buf, "ь");
            if (!g->may_begin || g->may_begin(g->buf->str, g->user))
                generate(g, at + n, cls);
            g->soft = false;
        }
        g_string_truncate(g->buf, mark);
        if (g->added >= g->max || g->steps > TL_MAX_STEPS)
            return;
    }
}

guint
tl_cyrillic_candidates(const char *folded_latin, gboolean harmony, guint max, GPtrArray *out)
{
    return tl_cyrillic_candidates_where(folded_latin, harmony, max, NULL, NULL, out);
}

guint
tl_cyrillic_candidates_where(const char *folded_latin, gboolean harmony, guint max, tl_prefix_fn may_begin,
                             void *user, GPtrArray *out)
{
    size_t len = strlen(folded_latin);
    if (len == 0 || len > 40 || !tl_latin_typed(folded_latin))
        return 0;
    gen_ctx g = {
        .may_begin = may_begin,
        .user = user,
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
