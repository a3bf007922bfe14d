/* provision.c — the reference parser: provisions and decision numbers in
 * Mongolian and English text, normalised to canonical keys (provision.h).
 *
 * Text is first cut into tokens (dotted numbers with any "-д" ending
 * attached, words, single punctuation), then read by a small grammar:
 *
 *   ref     := [qualifier] numbers [ordinal "зүйл…" [parts]]
 *   numbers := NUM ((","|"ба"|"болон"|"and") NUM)*
 *   parts   := numbers ("дахь"|"дэх") "хэс…" [clauses]   part(s)
 *            | numbers [("дахь"|"дэх") "заалт…"]          clauses "2.1"
 *   clauses := numbers [("дахь"|"дэх") "заалт…"]
 *
 * A qualifier is the law's name in the genitive right before the numbers
 * ("Эрүүгийн хуулийн", "…тухай хуулийн", "ЭХ-ийн", "энэ хуулийн") or an
 * English "Art."/"Article".  A reference without one inherits the law of
 * the reference it is listed after ("13.13 дугаар зүйлийн 1 дэх хэсэг,
 * 16.10 дугаар зүйлийн 1 дэх хэсэгт"), else belongs to the text's own law.
 * Tokenising ourselves matters: Xapian's and Zaalt's word tokenizers keep
 * "13.1.2" whole and split "2024/ШЦТ/67", neither of which says what the
 * number refers to.
 *
 * Not for: index terms (citeterms.c) or looking keys up (citations.c).
 */
#include "legal/provision.h"

#include "core/context.h"

#include <stdlib.h>
#include <string.h>

/* The 2015 Code's last chapter; an "article" beyond it under the Code's
 * name is the 2002 Code's numbering (113.2.1 = article 113, part 2). */
#define ZP_LAST_CHAPTER_2015 30
/* Words a law's name may have before "хуулийн" when looking back for it. */
#define ZP_MAX_NAME_WORDS    10

/* ---- Word lists (lower case) --------------------------------------------- */

static const char *const ordinal_words[] = {"дүгээр", "дугаар", "дүгаар", "дугээр", NULL};
static const char *const locative_words[] = {"дахь", "дэх", "дахи", "дэхь", NULL};
static const char *const list_words[] = {"ба", "болон", "and", "мөн", NULL};
static const char *const english_article_words[] = {"article", "art", "articles", "arts", NULL};
static const char *const english_part_words[] = {"part", "paragraph", "para", "clause", NULL};

/* ---- Tokens -------------------------------------------------------------- */

typedef enum { T_NUM, T_WORD, T_PUNCT } tok_kind;

typedef struct tok {
    tok_kind kind;
    int start, end; /* the token proper: digits and dots of a number */
    int full_end;   /* with an attached ending ("2.1-д" ends after "д") */
    int suffix;     /* offset of the ending's first letter, or -1 */
    int ndots;
    gunichar punct;
} tok;

static gboolean
is_letter(gunichar c)
{
    return g_unichar_isalpha(c);
}

static GArray *
tokenise(const char *text)
{
    GArray *toks = g_array_sized_new(FALSE, FALSE, sizeof(tok), 256);
    const char *p = text;
    while (*p) {
        gunichar c = g_utf8_get_char(p);
        if (g_unichar_isspace(c) || c == 0x00A0) {
            p = g_utf8_next_char(p);
            continue;
        }
        tok t = {0};
        t.start = (int)(p - text);
        t.suffix = -1;
        if (c >= '0' && c <= '9') {
            t.kind = T_NUM;
            while (g_ascii_isdigit(*p) || (*p == '.' && g_ascii_isdigit(p[1]))) {
                if (*p == '.')
                    t.ndots++;
                p++;
            }
            t.end = (int)(p - text);
            /* An attached ending: "-д", "–т", "-р", or letters right after. */
            const char *q = p;
            gunichar d = g_utf8_get_char(q);
            if (d == '-' || d == 0x2013) {
                const char *r = g_utf8_next_char(q);
                if (*r && is_letter(g_utf8_get_char(r)))
                    q = r;
            }
            if (q != p || (*q && is_letter(g_utf8_get_char(q)))) {
                if (*q && is_letter(g_utf8_get_char(q))) {
                    t.suffix = (int)(q - text);
                    while (*q && is_letter(g_utf8_get_char(q)))
                        q = g_utf8_next_char(q);
                    p = q;
                }
            }
            t.full_end = (int)(p - text);
        } else if (is_letter(c)) {
            t.kind = T_WORD;
            while (*p) {
                gunichar d = g_utf8_get_char(p);
                if (is_letter(d)) {
                    p = g_utf8_next_char(p);
                } else if (d == '-' && p[1] && is_letter(g_utf8_get_char(p + 1))) {
                    p++;
                } else {
                    break;
                }
            }
            t.end = t.full_end = (int)(p - text);
        } else {
            t.kind = T_PUNCT;
            t.punct = c;
            p = g_utf8_next_char(p);
            t.end = t.full_end = (int)(p - text);
        }
        g_array_append_val(toks, t);
    }
    return toks;
}

typedef struct scan {
    const char *text;
    GArray *toks;
    guint n;
    const char *self_law; /* NULL: the Criminal Code */
    gboolean bare;        /* whole-query mode: bare dotted numbers count */
    GPtrArray *refs;
    /* The last reference group, for inheritance along a list. */
    int last_end_tok;
    gboolean have_last;
    char *last_law;
} scan;

static const tok *
T(const scan *s, guint i)
{
    return i < s->n ? &g_array_index(s->toks, tok, i) : NULL;
}

/* The token's text lower-cased into `buf` (words only; "" otherwise). */
static const char *
lower(const scan *s, guint i, char *buf, size_t size)
{
    const tok *t = T(s, i);
    buf[0] = '\0';
    if (t == NULL || t->kind != T_WORD || (size_t)(t->end - t->start) >= size / 2)
        return buf;
    char *l = g_utf8_strdown(s->text + t->start, t->end - t->start);
    g_strlcpy(buf, l, size);
    g_free(l);
    return buf;
}

static gboolean
word_in(const scan *s, guint i, const char *const *list)
{
    char buf[128];
    const char *w = lower(s, i, buf, sizeof buf);
    for (; *w && *list; list++)
        if (strcmp(w, *list) == 0)
            return TRUE;
    return FALSE;
}

static gboolean
word_prefix(const scan *s, guint i, const char *prefix)
{
    char buf[128];
    return g_str_has_prefix(lower(s, i, buf, sizeof buf), prefix);
}

static gboolean
punct_is(const scan *s, guint i, gunichar c)
{
    const tok *t = T(s, i);
    return t != NULL && t->kind == T_PUNCT && t->punct == c;
}

static gboolean
is_num(const scan *s, guint i)
{
    const tok *t = T(s, i);
    return t != NULL && t->kind == T_NUM;
}

static char *
num_text(const scan *s, guint i)
{
    const tok *t = T(s, i);
    return g_strndup(s->text + t->start, (gsize)(t->end - t->start));
}

static char *
suffix_text(const scan *s, guint i)
{
    const tok *t = T(s, i);
    if (t->suffix < 0)
        return NULL;
    return g_utf8_strdown(s->text + t->suffix, t->full_end - t->suffix);
}

/* ---- Laws ---------------------------------------------------------------- */

static gboolean
upper_initial(const char *word)
{
    return g_unichar_isupper(g_utf8_get_char(word));
}

static char *law_acronym(const char *law_name);

/* Every entry point walks UTF-8 by lead bytes, so invalid input (a
 * truncated sequence before the terminator, found by fuzzing) is made valid
 * first or it would be read past its end. */
char *
zp_law_acronym(const char *law_name)
{
    if (law_name == NULL || g_utf8_validate(law_name, -1, NULL))
        return law_acronym(law_name);
    char *valid = g_utf8_make_valid(law_name, -1);
    char *acronym = law_acronym(valid);
    g_free(valid);
    return acronym;
}

static char *
law_acronym(const char *law_name)
{
    if (law_name == NULL)
        return NULL;
    char *trimmed = g_strstrip(g_strdup(law_name));
    gboolean one_word = *trimmed != '\0';
    gboolean all_upper = TRUE;
    for (const char *c = trimmed; *c; c = g_utf8_next_char(c)) {
        gunichar u = g_utf8_get_char(c);
        one_word = one_word && g_unichar_isalpha(u);
        all_upper = all_upper && g_unichar_isupper(u);
    }
    if (one_word && all_upper && g_utf8_strlen(trimmed, -1) >= 2) {
        /* Already an acronym: "ЗТХ", "ECHR". */
        if (strcmp(trimmed, "ЭХ") == 0) {
            g_free(trimmed);
            return NULL;
        }
        return trimmed;
    }
    g_free(trimmed);
    /* The name's words: runs of letters, outside parenthesised or
     * slash-enclosed notes ("(үзүүлэнгийн эх)", "/Шинэчилсэн найруулга/"). */
    GPtrArray *words = g_ptr_array_new_with_free_func(g_free);
    gunichar closing = 0;
    const char *word = NULL;
    for (const char *c = law_name;; c = g_utf8_next_char(c)) {
        gunichar u = g_utf8_get_char(c);
        gboolean letter = *c != '\0' && closing == 0 && g_unichar_isalpha(u);
        if (letter && word == NULL)
            word = c;
        if (!letter && word != NULL) {
            g_ptr_array_add(words, g_strndup(word, (gsize)(c - word)));
            word = NULL;
        }
        if (*c == '\0')
            break;
        if (closing != 0 && u == closing)
            closing = 0;
        else if (closing == 0 && (u == '(' || u == '/'))
            closing = u == '(' ? ')' : '/';
    }
    guint first = 0;
    /* "Монгол Улсын шүүхийн тухай хууль" is cited as "Шүүхийн тухай хуулийн". */
    for (int n = 0; n < 2 && first + 1 < words->len; n++) {
        char *w = g_utf8_strdown(g_ptr_array_index(words, first), -1);
        gboolean state = strcmp(w, "монгол") == 0 || strcmp(w, "улсын") == 0;
        g_free(w);
        if (!state)
            break;
        first++;
    }
    GString *acr = g_string_new(NULL);
    for (guint i = first; i < words->len; i++)
        g_string_append_unichar(acr, g_unichar_toupper(g_utf8_get_char(g_ptr_array_index(words, i))));
    /* A statute's own title stops at "ТУХАЙ"; citations add "хуулийн". */
    if (words->len > first) {
        char *w = g_utf8_strdown(g_ptr_array_index(words, words->len - 1), -1);
        if (strcmp(w, "тухай") == 0)
            g_string_append(acr, "Х");
        g_free(w);
    }
    g_ptr_array_unref(words);
    char *a = g_string_free(acr, FALSE);
    /* The 2015 Criminal Code is the unqualified law. */
    if (*a == '\0' || strcmp(a, "ЭХ") == 0 || strcmp(a, "CC") == 0 || strcmp(a, "TCC") == 0) {
        g_free(a);
        return NULL;
    }
    return a;
}

typedef enum { Q_NONE, Q_CODE, Q_2002, Q_LAW, Q_SELF, Q_SAME, Q_ENGLISH } qual_kind;

typedef struct qualifier {
    qual_kind kind;
    char *law;   /* Q_LAW */
    guint first; /* first token of the qualifier */
} qualifier;

/* An acronym in the genitive: "ЭХ-ийн", "ЭХХШТХ-ийн", "ЗТХ-ний". */
static char *
acronym_word(const scan *s, guint i)
{
    const tok *t = T(s, i);
    if (t == NULL || t->kind != T_WORD)
        return NULL;
    const char *w = s->text + t->start;
    const char *dash = memchr(w, '-', (size_t)(t->end - t->start));
    if (dash == NULL || dash == w)
        return NULL;
    int letters = 0;
    for (const char *c = w; c < dash; c = g_utf8_next_char(c)) {
        if (!g_unichar_isupper(g_utf8_get_char(c)))
            return NULL;
        letters++;
    }
    if (letters < 2 || letters > 8)
        return NULL;
    return g_strndup(w, (gsize)(dash - w));
}

/* Is there a "2002" or "хуучин" among the few tokens before token `i`?
 * If so, *first (may be NULL) gets its index. */
static gboolean
names_2002(const scan *s, guint i, guint *first)
{
    for (guint k = i, seen = 0; k > 0 && seen < 8; k--, seen++) {
        const tok *t = T(s, k - 1);
        gboolean year = t->kind == T_NUM && t->end - t->start == 4 && strncmp(s->text + t->start, "2002", 4) == 0;
        if (year || word_in(s, k - 1, (const char *const[]){"хуучин", NULL})) {
            if (first != NULL)
                *first = k - 1;
            return TRUE;
        }
        if (t->kind == T_PUNCT && t->punct != ',')
            break;
    }
    return FALSE;
}

/* The qualifier ending right before token `i`. */
static qualifier
find_qualifier(const scan *s, guint i)
{
    qualifier q = {Q_NONE, NULL, i};
    if (i == 0)
        return q;
    guint j = i - 1;
    /* "Art." / "Article" */
    if (punct_is(s, j, '.') && j > 0 && word_in(s, j - 1, english_article_words)) {
        q.kind = Q_ENGLISH, q.first = j - 1;
        return q;
    }
    if (word_in(s, j, english_article_words)) {
        q.kind = Q_ENGLISH, q.first = j;
        return q;
    }
    char *acr = acronym_word(s, j);
    if (acr != NULL) {
        q.first = j;
        if (strcmp(acr, "ЭХ") == 0) {
            q.kind = names_2002(s, j, &q.first) ? Q_2002 : Q_CODE;
            g_free(acr);
        } else {
            q.kind = Q_LAW, q.law = acr;
        }
        return q;
    }
    char buf[128];
    const char *w = lower(s, j, buf, sizeof buf);
    if (strcmp(w, "хуулийн") != 0 && strcmp(w, "хуулиар") != 0 && strcmp(w, "хуульд") != 0 && strcmp(w, "хуулин") != 0)
        return q;
    if (j == 0)
        return q;
    if (word_in(s, j - 1, (const char *const[]){"энэ", NULL})) {
        q.kind = Q_SELF, q.first = j - 1;
        return q;
    }
    if (word_in(s, j - 1, (const char *const[]){"мөн", "уг", "дээрх", NULL})) {
        q.kind = Q_SAME, q.first = j - 1;
        return q;
    }
    /* Back over the name to its first capitalised word. */
    guint k = j;
    gboolean found = FALSE;
    for (int words = 0; k > 0 && words < ZP_MAX_NAME_WORDS; words++) {
        const tok *t = T(s, k - 1);
        if (t->kind != T_WORD)
            break;
        k--;
        if (upper_initial(s->text + t->start)) {
            found = TRUE;
            break;
        }
    }
    if (!found)
        return q;
    char *name = g_strndup(s->text + T(s, k)->start, (gsize)(T(s, j)->end - T(s, k)->start));
    char *law = zp_law_acronym(name);
    g_free(name);
    q.first = k;
    if (law == NULL) {
        q.kind = names_2002(s, k, &q.first) ? Q_2002 : Q_CODE;
    } else {
        q.kind = Q_LAW, q.law = law;
    }
    return q;
}

/* ---- Emitting ------------------------------------------------------------ */

static void
ref_free(gpointer p)
{
    zp_ref *r = p;
    g_free(r->key);
    g_free(r->law);
    g_free(r);
}

static int
first_component(const char *number)
{
    return atoi(number);
}

/* The key of `number` (article, with parts appended) under `law`; for the
 * Criminal Code an article that cannot be a 2015 one is the 2002 Code's. */
static void
emit(scan *s, int start, int end, const char *law, const char *number)
{
    if (number == NULL || *number == '\0')
        return;
    const char *eff_law = law;
    if (law == NULL) {
        gboolean single = strchr(number, '.') == NULL;
        if (single || first_component(number) > ZP_LAST_CHAPTER_2015)
            eff_law = "2002";
    }
    zp_ref *r = g_new0(zp_ref, 1);
    r->start = start;
    r->end = end;
    r->kind = ZP_REF_PROVISION;
    r->law = g_strdup(eff_law);
    r->key = eff_law != NULL ? g_strconcat(eff_law, ":", number, NULL) : g_strdup(number);
    g_ptr_array_add(s->refs, r);
}

static char *
law_of(const scan *s, const qualifier *q, gboolean inherit)
{
    switch (q->kind) {
        case Q_CODE:
        case Q_ENGLISH:
            return NULL;
        case Q_2002:
            return g_strdup("2002");
        case Q_LAW:
            return g_strdup(q->law);
        case Q_SAME:
            return g_strdup(s->have_last ? s->last_law : s->self_law);
        case Q_SELF:
            return g_strdup(s->self_law);
        case Q_NONE:
        default:
            return g_strdup(inherit ? s->last_law : s->self_law);
    }
}

/* ---- The grammar --------------------------------------------------------- */

/* A list of numbers starting at token `i`: returns how many tokens it
 * spans and appends the number tokens' indexes to `nums`.  A number with
 * an ending ("2.3-т") closes the list. */
static guint
number_list(const scan *s, guint i, GArray *nums)
{
    guint k = i;
    if (!is_num(s, k))
        return 0;
    g_array_append_val(nums, k);
    while (T(s, k)->suffix < 0) {
        guint next = k + 1;
        if (punct_is(s, next, ',') && word_in(s, next + 1, list_words))
            next += 2;
        else if (punct_is(s, next, ',') || word_in(s, next, list_words))
            next += 1;
        else
            break;
        if (!is_num(s, next))
            break;
        /* "2024/ШЦТ/67" after a comma is a decision, not a number. */
        if (punct_is(s, next + 1, '/'))
            break;
        k = next;
        g_array_append_val(nums, k);
    }
    return k + 1 - i;
}

static gboolean
is_decision_at(const scan *s, guint i)
{
    const tok *a = T(s, i);
    if (a == NULL || a->kind != T_NUM || a->ndots != 0 || a->end - a->start != 4 || a->suffix >= 0)
        return FALSE;
    if (!punct_is(s, i + 1, '/') || !punct_is(s, i + 3, '/') || !is_num(s, i + 4))
        return FALSE;
    const tok *w = T(s, i + 2);
    if (w->kind != T_WORD || T(s, i + 1)->end != w->start || T(s, i + 4)->ndots != 0)
        return FALSE;
    int letters = 0;
    for (const char *c = s->text + w->start; c < s->text + w->end; c = g_utf8_next_char(c)) {
        gunichar u = g_utf8_get_char(c);
        if (!g_unichar_isupper(u))
            return FALSE;
        letters++;
    }
    return letters >= 2 && letters <= 5;
}

static guint
decision_ref(scan *s, guint i)
{
    const tok *y = T(s, i), *w = T(s, i + 2), *n = T(s, i + 4);
    const char *digits = s->text + n->start;
    int len = n->end - n->start;
    while (len > 1 && *digits == '0')
        digits++, len--;
    zp_ref *r = g_new0(zp_ref, 1);
    r->start = y->start;
    r->end = n->end;
    r->kind = ZP_REF_DECISION;
    r->law = g_strdup("decision");
    r->key = g_strdup_printf("%.4s/%.*s/%.*s", s->text + y->start, w->end - w->start, s->text + w->start, len, digits);
    g_ptr_array_add(s->refs, r);
    return 5;
}

/* `number` under `article`: "13.1" + "2.1" -> "13.1.2.1"; a number that
 * repeats its article, as the 2002 Code wrote parts ("113 дугаар зүйлийн
 * 113.2"), is taken whole. */
static char *
join_key(const char *article, const char *number)
{
    size_t n = strlen(article);
    if (strncmp(number, article, n) == 0 && number[n] == '.')
        return g_strdup(number);
    return g_strconcat(article, ".", number, NULL);
}

/* Parts and clauses after "зүйлийн", appended to `article` as keys in
 * `keys`.  Returns tokens consumed. */
static guint
parts_after(const scan *s, guint i, const char *article, GPtrArray *keys)
{
    GArray *nums = g_array_new(FALSE, FALSE, sizeof(guint));
    guint used = number_list(s, i, nums);
    if (used == 0) {
        g_array_unref(nums);
        return 0;
    }
    guint k = i + used;
    guint last = g_array_index(nums, guint, nums->len - 1);
    char *sfx = suffix_text(s, last);
    gboolean ordinal_sfx = sfx != NULL && strcmp(sfx, "р") == 0;
    g_free(sfx);
    gboolean locative = word_in(s, k, locative_words) || (word_in(s, k, ordinal_words)) || ordinal_sfx;
    guint after_loc = k + (word_in(s, k, locative_words) || word_in(s, k, ordinal_words) ? 1 : 0);
    if (locative && word_prefix(s, after_loc, "хэс")) {
        /* Parts: "2 дахь хэсэг", "2, 3 дахь хэсэгт". */
        gboolean genitive = word_prefix(s, after_loc, "хэсгийн");
        k = after_loc + 1;
        GPtrArray *clauses = g_ptr_array_new_with_free_func(g_free);
        if (genitive && nums->len == 1) {
            char *part = num_text(s, last);
            char *prefix = g_strconcat(article, ".", part, NULL);
            guint c = parts_after(s, k, prefix, clauses);
            /* Clauses written "2.1" already include the part. */
            for (guint x = 0; x < clauses->len; x++) {
                char *key = g_ptr_array_index(clauses, x);
                const char *tail = key + strlen(prefix) + 1;
                char *dup_prefix = g_strconcat(part, ".", NULL);
                if (g_str_has_prefix(tail, dup_prefix)) {
                    char *fixed = g_strconcat(article, ".", tail, NULL);
                    g_free(key);
                    clauses->pdata[x] = fixed;
                }
                g_free(dup_prefix);
            }
            k += c;
            g_free(prefix);
            g_free(part);
        }
        if (clauses->len > 0) {
            for (guint x = 0; x < clauses->len; x++)
                g_ptr_array_add(keys, g_strdup(g_ptr_array_index(clauses, x)));
        } else {
            for (guint x = 0; x < nums->len; x++) {
                char *n = num_text(s, g_array_index(nums, guint, x));
                g_ptr_array_add(keys, join_key(article, n));
                g_free(n);
            }
        }
        g_ptr_array_unref(clauses);
        g_array_unref(nums);
        return k - i;
    }
    /* Clauses: "2.1-д", "4.1 дэх заалт", "2.2, 2.3-т", "1 дэх заалт". */
    gboolean clause_word = word_in(s, k, locative_words) && word_prefix(s, k + 1, "заалт");
    gboolean dotted = TRUE;
    for (guint x = 0; x < nums->len; x++)
        dotted = dotted && T(s, g_array_index(nums, guint, x))->ndots > 0;
    if (!clause_word && !dotted) {
        g_array_unref(nums);
        return 0;
    }
    for (guint x = 0; x < nums->len; x++) {
        char *n = num_text(s, g_array_index(nums, guint, x));
        g_ptr_array_add(keys, join_key(article, n));
        g_free(n);
    }
    g_array_unref(nums);
    return (k - i) + (clause_word ? 2 : 0);
}

/* English parts after a number: "(2)", "(2)(1)", ", part 2". */
static guint
english_parts(const scan *s, guint k0, GString *key)
{
    guint k = k0;
    while (punct_is(s, k, '(') && is_num(s, k + 1) && T(s, k + 1)->ndots == 0 && punct_is(s, k + 2, ')')) {
        char *n = num_text(s, k + 1);
        g_string_append_printf(key, ".%s", n);
        g_free(n);
        k += 3;
    }
    guint p = k;
    if (punct_is(s, p, ','))
        p++;
    if (word_in(s, p, english_part_words) && is_num(s, p + 1) && T(s, p + 1)->ndots == 0) {
        char *n = num_text(s, p + 1);
        g_string_append_printf(key, ".%s", n);
        g_free(n);
        k = p + 2;
    }
    return k - k0;
}

/* "of the 2002 Criminal Code", "of the Criminal Procedure Law": the law an
 * English reference names after itself.  Sets *law (NULL: the Code) and
 * returns tokens consumed (0: nothing there). */
static guint
english_law_after(const scan *s, guint i, char **law)
{
    if (!word_in(s, i, (const char *const[]){"of", NULL}))
        return 0;
    guint k = i + 1;
    if (word_in(s, k, (const char *const[]){"the", NULL}))
        k++;
    gboolean y2002 = FALSE;
    if (is_num(s, k) && T(s, k)->end - T(s, k)->start == 4) {
        y2002 = strncmp(s->text + T(s, k)->start, "2002", 4) == 0;
        k++;
    }
    guint name_start = k;
    while (T(s, k) != NULL && T(s, k)->kind == T_WORD && upper_initial(s->text + T(s, k)->start))
        k++;
    if (k == name_start)
        return 0;
    char *name = g_strndup(s->text + T(s, name_start)->start, (gsize)(T(s, k - 1)->end - T(s, name_start)->start));
    gboolean code = strcmp(name, "Criminal Code") == 0 || strcmp(name, "Code") == 0;
    *law = code ? (y2002 ? g_strdup("2002") : NULL) : zp_law_acronym(name);
    g_free(name);
    return k - i;
}

/* Reads one reference group starting at number token `i`.  Returns tokens
 * consumed (0: not a reference). */
static guint
group_at(scan *s, guint i)
{
    qualifier q = find_qualifier(s, i);
    gboolean inherit = FALSE;
    if (q.kind == Q_NONE && s->have_last) {
        /* Only separators since the last reference: a list continues. */
        gboolean seps = (int)i - s->last_end_tok <= 3;
        for (guint k = (guint)s->last_end_tok; seps && k < i; k++)
            seps = punct_is(s, k, ',') || punct_is(s, k, ';') || word_in(s, k, list_words);
        inherit = seps;
    }
    GArray *nums = g_array_new(FALSE, FALSE, sizeof(guint));
    guint used = number_list(s, i, nums);
    guint k = i + used;
    guint last = g_array_index(nums, guint, nums->len - 1);
    char *sfx = suffix_text(s, last);
    gboolean ord = (sfx != NULL && strcmp(sfx, "р") == 0);
    g_free(sfx);
    /* "13.1 дүгээр зүйл", or the ending written on: "13.1-р зүйл". */
    if (!ord && word_in(s, k, ordinal_words))
        ord = TRUE, k++;
    gboolean zuil = ord && word_prefix(s, k, "зүйл");
    guint consumed = 0;
    char *law = law_of(s, &q, inherit);
    int start = T(s, q.kind != Q_NONE ? q.first : i)->start;
    if (zuil) {
        gboolean genitive = word_prefix(s, k, "зүйлийн");
        k++;
        GPtrArray *keys = g_ptr_array_new_with_free_func(g_free);
        for (guint x = 0; x + 1 < nums->len; x++)
            g_ptr_array_add(keys, num_text(s, g_array_index(nums, guint, x)));
        char *article = num_text(s, last);
        guint p = genitive ? parts_after(s, k, article, keys) : 0;
        if (p == 0)
            g_ptr_array_add(keys, g_strdup(article));
        k += p;
        int end = T(s, k - 1)->full_end;
        for (guint x = 0; x < keys->len; x++)
            emit(s, start, end, law, g_ptr_array_index(keys, x));
        g_free(article);
        g_ptr_array_unref(keys);
        consumed = k - i;
    } else if (q.kind != Q_NONE || inherit || s->bare) {
        /* Bare dotted numbers: "Эрүүгийн хуулийн 13.1", "ЭХ-ийн 13.1.2.2, 13.1.2.3-т",
         * "Article 13.1(2)". */
        GString *key = g_string_new(NULL);
        guint end_tok = i + used;
        gboolean english = q.kind == Q_ENGLISH;
        gboolean law_named = FALSE;
        GPtrArray *keys = g_ptr_array_new_with_free_func(g_free);
        for (guint x = 0; x < nums->len; x++) {
            guint t = g_array_index(nums, guint, x);
            char *n = num_text(s, t);
            g_string_assign(key, n);
            g_free(n);
            if (english && x + 1 == nums->len) {
                end_tok += english_parts(s, t + 1, key);
                char *elaw = NULL;
                guint e = english_law_after(s, end_tok, &elaw);
                if (e > 0) {
                    g_free(law);
                    law = elaw;
                    end_tok += e;
                    law_named = TRUE;
                }
            }
            /* A lone number names no article of the 2015 Code: only an
             * English reference that says whose article it is counts. */
            gboolean junk_law = law != NULL && g_utf8_strlen(law, -1) < 2;
            if (!junk_law && (T(s, t)->ndots > 0 || (english && law_named)))
                g_ptr_array_add(keys, g_strdup(key->str));
        }
        int end = T(s, end_tok - 1)->full_end;
        for (guint x = 0; x < keys->len; x++)
            emit(s, start, end, law, g_ptr_array_index(keys, x));
        if (keys->len == 0)
            end_tok = i;
        g_ptr_array_unref(keys);
        g_string_free(key, TRUE);
        consumed = end_tok - i;
    }
    if (consumed > 0) {
        s->have_last = TRUE;
        s->last_end_tok = (int)(i + consumed);
        g_free(s->last_law);
        s->last_law = g_strdup(law);
    }
    g_free(law);
    g_free(q.law);
    g_array_unref(nums);
    return consumed;
}

/* "part 2 of Article 13.1": the English order, part first. */
static guint
english_part_first(scan *s, guint i)
{
    if (!word_in(s, i, english_part_words) || !is_num(s, i + 1) ||
        !word_in(s, i + 2, (const char *const[]){"of", NULL}))
        return 0;
    guint a = i + 3;
    if (punct_is(s, a + 1, '.') && word_in(s, a, english_article_words))
        a += 2;
    else if (word_in(s, a, english_article_words))
        a += 1;
    else
        return 0;
    if (!is_num(s, a) || T(s, a)->ndots == 0)
        return 0;
    char *art = num_text(s, a), *part = num_text(s, i + 1);
    char *key = g_strconcat(art, ".", part, NULL);
    char *law = NULL;
    guint e = english_law_after(s, a + 1, &law);
    emit(s, T(s, i)->start, T(s, a + e)->full_end, law, key);
    g_free(law), g_free(key), g_free(art), g_free(part);
    s->have_last = TRUE;
    s->last_end_tok = (int)(a + 1 + e);
    return a + 1 + e - i;
}

static GPtrArray *
scan_text(const char *text, const char *self_law, gboolean bare)
{
    scan s = {0};
    s.text = text != NULL ? text : "";
    s.toks = tokenise(s.text);
    s.n = s.toks->len;
    s.self_law = self_law;
    s.bare = bare;
    s.refs = g_ptr_array_new_with_free_func(ref_free);
    s.last_law = g_strdup(self_law);
    for (guint i = 0; i < s.n;) {
        guint used = 0;
        if (is_decision_at(&s, i))
            used = decision_ref(&s, i);
        else if (is_num(&s, i))
            used = group_at(&s, i);
        else if (T(&s, i)->kind == T_WORD)
            used = english_part_first(&s, i);
        i += used > 0 ? used : 1;
    }
    g_free(s.last_law);
    g_array_unref(s.toks);
    return s.refs;
}

static GPtrArray *
scan_valid(const char *text, const char *self_law, gboolean whole)
{
    if (text == NULL || g_utf8_validate(text, -1, NULL))
        return scan_text(text, self_law, whole);
    char *valid = g_utf8_make_valid(text, -1);
    GPtrArray *refs = scan_text(valid, self_law, whole);
    g_free(valid);
    return refs;
}

GPtrArray *
zp_find_refs_in(const char *text, const char *self_law)
{
    return scan_valid(text, self_law, FALSE);
}

GPtrArray *
zp_find_refs(const char *text)
{
    return scan_valid(text, NULL, FALSE);
}

char *
zp_parse_query_ref(const char *query)
{
    if (query == NULL)
        return NULL;
    /* Offsets below are into the text scanned: scan a valid copy, always. */
    char *valid = g_utf8_make_valid(query, -1);
    query = valid;
    GPtrArray *refs = scan_text(query, NULL, TRUE);
    char *key = NULL;
    if (refs->len == 1) {
        zp_ref *r = g_ptr_array_index(refs, 0);
        gboolean covered = TRUE;
        for (int i = 0; i < r->start && covered; i++)
            covered = g_ascii_isspace(query[i]);
        for (const char *p = query + r->end; *p && covered; p++)
            covered = g_ascii_isspace(*p) || *p == '.' || *p == ';' || *p == ',';
        if (covered)
            key = g_strdup(r->key);
    }
    g_ptr_array_unref(refs);
    g_free(valid);
    return key;
}

/* ---- Keys ---------------------------------------------------------------- */

char *
zp_split_key(const char *key, char **law)
{
    *law = NULL;
    if (key == NULL)
        return NULL;
    const char *colon = strchr(key, ':');
    if (colon == NULL)
        return g_strdup(key);
    *law = g_strndup(key, (gsize)(colon - key));
    return g_strdup(colon + 1);
}

GPtrArray *
zp_key_ancestors(const char *key)
{
    GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
    if (key == NULL || *key == '\0')
        return out;
    g_ptr_array_add(out, g_strdup(key));
    if (strchr(key, '/') != NULL)
        return out; /* a decision number */
    char *law = NULL;
    char *number = zp_split_key(key, &law);
    int min_parts = law == NULL ? 2 : 1;
    char **parts = g_strsplit(number, ".", -1);
    int n = (int)g_strv_length(parts);
    for (int k = n - 1; k >= min_parts; k--) {
        char *saved = parts[k];
        parts[k] = NULL;
        char *prefix = g_strjoinv(".", parts);
        parts[k] = saved;
        g_ptr_array_add(out, law != NULL ? g_strconcat(law, ":", prefix, NULL) : g_strdup(prefix));
        g_free(prefix);
    }
    g_strfreev(parts);
    g_free(number);
    g_free(law);
    return out;
}

/* ---- Concordance --------------------------------------------------------- */

typedef struct concordance_row {
    char *new_key;
    gboolean uncertain;
} concordance_row;

static void
row_free(gpointer p)
{
    concordance_row *r = p;
    g_free(r->new_key);
    g_free(r);
}

static void
add_concordance_row(char **f, void *user)
{
    if (g_strv_length(f) < 3 || !*f[0] || !*f[1])
        return;
    concordance_row *r = g_new0(concordance_row, 1);
    r->new_key = g_strstrip(g_strdup(f[1]));
    r->uncertain = strstr(f[2], "uncertain") != NULL;
    g_hash_table_replace(user, g_strstrip(g_strdup(f[0])), r);
}

/* Lines "2002-article<TAB>2015-article<TAB>status<TAB>…", '#' comments;
 * loaded once per context and immutable after. */
static void *
load_concordance(zc_context *ctx)
{
    GHashTable *t = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, row_free);
    zc_context_rows(ctx, "concordance-2002-2015.tsv", 4, add_concordance_row, t);
    return t;
}

char *
zp_concordance_2015(zc_context *ctx, const char *key_2002, gboolean *uncertain)
{
    if (uncertain != NULL)
        *uncertain = FALSE;
    if (key_2002 == NULL)
        return NULL;
    const char *number = g_str_has_prefix(key_2002, "2002:") ? key_2002 + 5 : key_2002;
    char *article = g_strndup(number, strcspn(number, "."));
    GHashTable *table =
        zc_context_table(ctx, "legal.concordance", load_concordance, (GDestroyNotify)g_hash_table_destroy);
    concordance_row *r = g_hash_table_lookup(table, article);
    g_free(article);
    if (r == NULL)
        return NULL;
    if (uncertain != NULL)
        *uncertain = r->uncertain;
    return g_strdup(r->new_key);
}

/* ---- Labels -------------------------------------------------------------- */

/* "дэх" or "дахь" after a number, by the vowels of its Mongolian name, as
 * "дүгээр"/"дугаар" go. */
static const char *
locative_suffix(const char *number)
{
    static const char *const units[10] = {NULL, "дэх", "дахь", "дахь", "дэх", "дахь", "дахь", "дахь", "дахь", "дэх"};
    static const char *const tens[10] = {NULL, "дахь", "дахь", "дахь", "дэх", "дахь", "дахь", "дахь", "дахь", "дэх"};
    size_t n = strlen(number);
    if (n == 0 || !g_ascii_isdigit(number[n - 1]))
        return "дахь";
    int last = number[n - 1] - '0';
    if (last != 0)
        return units[last];
    if (n >= 2 && g_ascii_isdigit(number[n - 2]) && number[n - 2] != '0')
        return tens[number[n - 2] - '0'];
    return "дахь";
}

char *
zp_provision_label(const char *law_title, const char *unit_label, const char *key, const char *lang)
{
    gboolean en = lang != NULL && strcmp(lang, "en") == 0;
    GString *out = g_string_new(NULL);
    if (law_title != NULL && *law_title)
        g_string_append(out, law_title);
    if (unit_label != NULL && *unit_label)
        g_string_append_printf(out, "%s%s", out->len ? ", " : "", unit_label);
    if (key != NULL && strchr(key, '/') == NULL) {
        char *law = NULL;
        char *number = zp_split_key(key, &law);
        char **parts = g_strsplit(number, ".", -1);
        int n = (int)g_strv_length(parts);
        int art = law == NULL ? 2 : 1; /* numbers naming the article */
        if (n > art) {
            const char *part = parts[art];
            if (en)
                g_string_append_printf(out, ", part %s", part);
            if (n > art + 1) {
                char *clause = g_strjoinv(".", parts + art);
                if (en)
                    g_string_append_printf(out, ", clause %s", clause);
                else
                    g_string_append_printf(out, ", %s %s хэсгийн %s %s заалт", part, locative_suffix(part), clause,
                                           locative_suffix(clause));
                g_free(clause);
            } else if (!en) {
                g_string_append_printf(out, ", %s %s хэсэг", part, locative_suffix(part));
            }
        }
        g_strfreev(parts);
        g_free(number);
        g_free(law);
    }
    return g_string_free(out, FALSE);
}
