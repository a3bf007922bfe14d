/* lawname.c — which law a provision reference names: the acronym that
 * qualifies a law's keys (zp_law_acronym, provision.h), and the qualifier
 * written right before a reference's numbers ("Эрүүгийн хуулийн", "…тухай
 * хуулийн", "ЭХ-ийн", "хуучин Эрүүгийн хуулийн", "энэ хуулийн", "Art.").
 *
 * Not for: the numbers that follow (refgrammar.c) or the pass over a text
 * (provision.c).  Reads tokens through refscan.h.
 */
#include "legal/provision.h"
#include "legal/refscan.h"

#include <string.h>

/* Words a law's name may have before "хуулийн" when looking back for it. */
#define ZP_MAX_NAME_WORDS 10

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

/* The name's words as written: runs of letters, outside parenthesised or
 * slash-enclosed notes ("(үзүүлэнгийн эх)", "/Шинэчилсэн найруулга/"). */
GPtrArray *
zp_law_name_words(const char *law_name)
{
    GPtrArray *words = g_ptr_array_new_with_free_func(g_free);
    if (law_name == NULL)
        return words;
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
    return words;
}

/* The first of a name's words that names the law: "Монгол Улсын шүүхийн
 * тухай хууль" is cited as "Шүүхийн тухай хуулийн". */
static guint
first_name_word(const GPtrArray *words)
{
    guint first = 0;
    for (int n = 0; n < 2 && first + 1 < words->len; n++) {
        char *w = g_utf8_strdown(g_ptr_array_index(words, first), -1);
        gboolean state = strcmp(w, "монгол") == 0 || strcmp(w, "улсын") == 0;
        g_free(w);
        if (!state)
            break;
        first++;
    }
    return first;
}

/* Three letters a word: an ending or a vowel dropped before one changes a
 * Mongolian word from its fourth letter on (газар, газрын; хүүхэд,
 * хүүхдийн), so the mark of a name cited in the genitive is its title's. */
#define ZP_MARK_LETTERS 3

/* "хууль" as a name ends with it, in its cases (not "Хуульчийн …"). */
static const char *const law_word_forms[] = {"хууль", "хуулийн", "хуулиар", "хуульд", "хуулин", "хуулиас", "хуулинд", NULL};

/* The mark of a valid name whose acronym names another law (no check). */
static char *
name_mark(const char *valid)
{
    GPtrArray *words = zp_law_name_words(valid);
    GString *mark = g_string_new(NULL);
    for (guint i = first_name_word(words); i < words->len; i++) {
        char *w = g_utf8_strdown(g_ptr_array_index(words, i), -1);
        /* The words every law's name ends with say nothing of which. */
        gboolean common = strcmp(w, "тухай") == 0 || g_strv_contains(law_word_forms, w);
        if (!common) {
            if (mark->len > 0)
                g_string_append_c(mark, '-');
            const char *end = w;
            for (int n = 0; n < ZP_MARK_LETTERS && *end; n++)
                end = g_utf8_next_char(end);
            g_string_append_len(mark, w, end - w);
        }
        g_free(w);
    }
    g_ptr_array_unref(words);
    if (mark->len == 0 || mark->len > ZP_MARK_MAX_BYTES) {
        g_string_free(mark, TRUE);
        return NULL;
    }
    return g_string_free(mark, FALSE);
}

char *
zp_law_mark(const char *law_name)
{
    if (law_name == NULL)
        return NULL;
    char *valid = g_utf8_make_valid(law_name, -1);
    char *acronym = law_acronym(valid);
    char *mark = acronym != NULL ? name_mark(valid) : NULL;
    g_free(acronym);
    g_free(valid);
    return mark;
}

char *
zp_law_mark_for(const char *title, const char *law)
{
    if (title == NULL || law == NULL || strcmp(law, "2002") == 0)
        return NULL;
    char *valid = g_utf8_make_valid(title, -1);
    char *acronym = law_acronym(valid);
    char *mark = acronym != NULL && strcmp(acronym, law) == 0 ? name_mark(valid) : NULL;
    g_free(acronym);
    g_free(valid);
    return mark;
}

char *
zp_parse_query_law(const char *query, char **mark)
{
    *mark = NULL;
    if (query == NULL)
        return NULL;
    char *valid = g_utf8_make_valid(query, -1);
    /* Letters and spaces only: a number is a reference, a field or an
     * operator is a search of its own. */
    gboolean plain = TRUE;
    for (const char *c = valid; *c && plain; c = g_utf8_next_char(c)) {
        gunichar u = g_utf8_get_char(c);
        plain = g_unichar_isalpha(u) || g_unichar_isspace(u) || u == ',' || u == '-';
    }
    GPtrArray *words = plain ? zp_law_name_words(valid) : g_ptr_array_new_with_free_func(g_free);
    guint n = words->len;
    gboolean named = FALSE;
    if (n >= 3) {
        char *last = g_utf8_strdown(g_ptr_array_index(words, n - 1), -1);
        char *before = g_utf8_strdown(g_ptr_array_index(words, n - 2), -1);
        named = g_strv_contains(law_word_forms, last) && strcmp(before, "тухай") == 0;
        g_free(last);
        g_free(before);
    }
    g_ptr_array_unref(words);
    char *acronym = named ? law_acronym(valid) : NULL;
    if (acronym != NULL)
        *mark = name_mark(valid);
    if (*mark == NULL)
        g_clear_pointer(&acronym, g_free);
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
    GPtrArray *words = zp_law_name_words(law_name);
    guint first = first_name_word(words);
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

/* An acronym in the genitive: "ЭХ-ийн", "ЭХХШТХ-ийн", "ЗТХ-ний". */
static char *
acronym_word(const scan *s, guint i)
{
    const tok *t = T(s, i);
    if (t == NULL || t->kind != T_WORD)
        return NULL;
    const char *w = s->text + t->start;
    const char *dash = memchr(w, '-', (size_t)(t->end - t->start));
    /* A query writes the initials alone ("ЭХ 13.1", "ХХТТХ 7"): a law's,
     * which end in Х (хууль), not any word in capitals. */
    const char *end = dash != NULL ? dash : s->bare ? s->text + t->end : NULL;
    if (end == NULL || end == w)
        return NULL;
    int letters = 0;
    for (const char *c = w; c < end; c = g_utf8_next_char(c)) {
        if (!g_unichar_isupper(g_utf8_get_char(c)))
            return NULL;
        letters++;
    }
    if (letters < 2 || letters > 8)
        return NULL;
    if (dash == NULL && !(end - w >= 2 && strncmp(end - 2, "Х", 2) == 0))
        return NULL;
    return g_strndup(w, (gsize)(end - w));
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
qualifier
zp_find_qualifier(const scan *s, guint i)
{
    qualifier q = {Q_NONE, NULL, NULL, i};
    if (i == 0)
        return q;
    guint j = i - 1;
    /* "Art." / "Article" */
    if (punct_is(s, j, '.') && j > 0 && word_in(s, j - 1, zp_english_article_words)) {
        q.kind = Q_ENGLISH, q.first = j - 1;
        return q;
    }
    if (word_in(s, j, zp_english_article_words)) {
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
    /* A query may name the law as its title does, "… тухай хууль 4 дүгээр
     * зүйл". */
    bool nominative = s->bare && strcmp(w, "хууль") == 0;
    if (strcmp(w, "хуулийн") != 0 && strcmp(w, "хуулиар") != 0 && strcmp(w, "хуульд") != 0 && strcmp(w, "хуулин") != 0 &&
        !nominative)
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
    /* A query typed in lower case names the law by all its words before
     * "тухай хуулийн" ("хүүхэд хамгааллын тухай хуулийн 4"); a text's name
     * starts with a capital. */
    if (!found && !(s->bare && word_in(s, j - 1, (const char *const[]){"тухай", NULL})))
        return q;
    /* A name whose capitalised words run on before it: "Монгол Улсын Их
     * Хурлын тухай хуулийн" is the Parliament's law (ИХТХ, as its title
     * "МОНГОЛ УЛСЫН ИХ ХУРЛЫН ТУХАЙ"), not a law of "Хурлын тухай".  Only
     * these words: a sentence's first word before a name ("Шүүх Арбитрын
     * тухай хуулийн") is none of it. */
    while (k > 0 && T(s, k - 1)->kind == T_WORD && upper_initial(s->text + T(s, k - 1)->start) &&
           word_in(s, k - 1, (const char *const[]){"их", "улсын", "монгол", NULL}))
        k--;
    char *name = g_strndup(s->text + T(s, k)->start, (gsize)(T(s, j)->end - T(s, k)->start));
    char *law = zp_law_acronym(name);
    q.first = k;
    if (law == NULL) {
        q.kind = names_2002(s, k, &q.first) ? Q_2002 : Q_CODE;
    } else {
        q.kind = Q_LAW, q.law = law;
        q.mark = zp_law_mark(name);
    }
    g_free(name);
    return q;
}
