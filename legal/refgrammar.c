/* refgrammar.c — the grammar of one provision reference group, from its
 * first number to its last part or clause, and the canonical keys it makes:
 *
 *   ref     := [qualifier] numbers [ordinal "зүйл…" [parts]]
 *   numbers := NUM ((","|"ба"|"болон"|"and") NUM)*
 *   parts   := numbers ("дахь"|"дэх") "хэс…" [clauses]   part(s)
 *            | numbers [("дахь"|"дэх") "заалт…"]          clauses "2.1"
 *   clauses := numbers [("дахь"|"дэх") "заалт…"]
 *
 * and the English forms ("Article 13.1(2)", "Art. 13.1, part 2 of the
 * Criminal Procedure Law", "part 2 of Article 13.1").  A reference without
 * a qualifier inherits the law of the reference it is listed after ("13.13
 * дугаар зүйлийн 1 дэх хэсэг, 16.10 дугаар зүйлийн 1 дэх хэсэгт"), else
 * belongs to the text's own law.
 *
 * Not for: cutting the text into tokens or decision numbers (provision.c),
 * or naming the law (lawname.c).
 */
#include "legal/provision.h"
#include "legal/refscan.h"

#include <stdlib.h>
#include <string.h>

/* The 2015 Code's last chapter; an "article" beyond it under the Code's
 * name is the 2002 Code's numbering (113.2.1 = article 113, part 2). */
#define ZP_LAST_CHAPTER_2015 30

/* ---- Word lists (lower case) --------------------------------------------- */

static const char *const ordinal_words[] = {"дүгээр", "дугаар", "дүгаар", "дугээр", NULL};
static const char *const locative_words[] = {"дахь", "дэх", "дахи", "дэхь", NULL};
static const char *const list_words[] = {"ба", "болон", "and", "мөн", NULL};
const char *const zp_english_article_words[] = {"article", "art", "articles", "arts", NULL};
static const char *const english_part_words[] = {"part", "paragraph", "para", "clause", NULL};

/* ---- Emitting ------------------------------------------------------------ */

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
    if (law != NULL && strcmp(law, "2002") != 0)
        r->mark = g_strdup(s->cur_mark);
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

/* The mark of the name the law was cited by (provision.h zp_ref.mark), as
 * law_of finds the law. */
static char *
mark_of(const scan *s, const qualifier *q, gboolean inherit)
{
    switch (q->kind) {
        case Q_LAW:
            return g_strdup(q->mark);
        case Q_SAME:
            return g_strdup(s->have_last ? s->last_mark : NULL);
        case Q_NONE:
            return g_strdup(inherit ? s->last_mark : NULL);
        default:
            return NULL;
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

static guint parts_after(const scan *s, guint i, const char *article, GPtrArray *keys, gboolean go_on);

/* More of one article's parts or clauses after a comma or "ба": a list
 * that mixes them ("5.11 дүгээр зүйлийн 1.5 дахь заалт, 4, 6 дахь хэсэг",
 * "5.12 дугаар зүйлийн 1 дэх хэсэг, 2.1 дэх заалт, 3 дахь хэсэг") names
 * them all under the article, and the list goes on with its law.  Only
 * numbers that say they are parts or clauses ("дахь хэсэг", "дэх заалт")
 * go on so: "5.16, 5.18 дугаар зүйл" are articles.  Returns tokens
 * consumed. */
static guint
more_parts(const scan *s, guint k, const char *article, GPtrArray *keys)
{
    guint j = k;
    if (punct_is(s, j, ',') && word_in(s, j + 1, list_words))
        j += 2;
    else if (punct_is(s, j, ',') || word_in(s, j, list_words))
        j += 1;
    else
        return 0;
    GArray *nums = g_array_new(FALSE, FALSE, sizeof(guint));
    guint e = j + number_list(s, j, nums);
    g_array_unref(nums);
    if (e == j)
        return 0;
    gboolean part = (word_in(s, e, locative_words) || word_in(s, e, ordinal_words)) && word_prefix(s, e + 1, "хэс");
    gboolean clause = word_in(s, e, locative_words) && word_prefix(s, e + 1, "заалт");
    if (!part && !clause)
        return 0;
    guint used = parts_after(s, j, article, keys, FALSE);
    return used > 0 ? j - k + used : 0;
}

/* Parts and clauses after "зүйлийн", appended to `article` as keys in
 * `keys`, and with `go_on` more of the article's after them (more_parts,
 * one at a time: a list of any length takes no deeper a stack).
 * Returns tokens consumed. */
static guint
parts_after(const scan *s, guint i, const char *article, GPtrArray *keys, gboolean go_on)
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
            guint c = parts_after(s, k, prefix, clauses, FALSE);
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
        for (guint more = 1; go_on && more > 0; k += more)
            more = more_parts(s, k, article, keys);
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
    k += clause_word ? 2 : 0;
    for (guint more = 1; clause_word && go_on && more > 0; k += more)
        more = more_parts(s, k, article, keys);
    return k - i;
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
guint
zp_group_at(scan *s, guint i)
{
    qualifier q = zp_find_qualifier(s, i);
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
    char *mark = mark_of(s, &q, inherit);
    s->cur_mark = mark;
    int start = T(s, q.kind != Q_NONE ? q.first : i)->start;
    if (zuil) {
        gboolean genitive = word_prefix(s, k, "зүйлийн");
        k++;
        GPtrArray *keys = g_ptr_array_new_with_free_func(g_free);
        for (guint x = 0; x + 1 < nums->len; x++)
            g_ptr_array_add(keys, num_text(s, g_array_index(nums, guint, x)));
        char *article = num_text(s, last);
        guint p = genitive ? parts_after(s, k, article, keys, TRUE) : 0;
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
                    g_clear_pointer(&mark, g_free);
                    s->cur_mark = NULL;
                    end_tok += e;
                    law_named = TRUE;
                }
            }
            /* A lone number names no article of the 2015 Code: only an
             * English reference that says whose article it is counts, or a
             * query's number after another law's name or initials
             * ("ХХТТХ 7", "Хүүхэд хамгааллын тухай хуулийн 4"), whose
             * articles are numbered so. */
            gboolean junk_law = law != NULL && g_utf8_strlen(law, -1) < 2;
            gboolean law_article = s->bare && (q.kind == Q_LAW || q.kind == Q_2002) && law != NULL;
            if (!junk_law && (T(s, t)->ndots > 0 || (english && law_named) || law_article))
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
        g_free(s->last_mark);
        s->last_mark = g_strdup(mark);
    }
    s->cur_mark = NULL;
    g_free(mark);
    g_free(law);
    g_free(q.law);
    g_free(q.mark);
    g_array_unref(nums);
    return consumed;
}

/* "part 2 of Article 13.1": the English order, part first. */
guint
zp_english_part_first(scan *s, guint i)
{
    if (!word_in(s, i, english_part_words) || !is_num(s, i + 1) ||
        !word_in(s, i + 2, (const char *const[]){"of", NULL}))
        return 0;
    guint a = i + 3;
    if (punct_is(s, a + 1, '.') && word_in(s, a, zp_english_article_words))
        a += 2;
    else if (word_in(s, a, zp_english_article_words))
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
