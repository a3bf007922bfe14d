/* refscan.h — internal to legal/: the token stream and scan state shared by
 * the files of the reference parser (provision.h's zp_find_refs and
 * zp_parse_query_ref):
 *   provision.c   tokens, the pass over a text, decision numbers, the
 *                 public entry points
 *   lawname.c     which law a reference names (acronyms, qualifiers)
 *   refgrammar.c  the grammar of one reference group and its keys
 *
 * Not for: anything outside legal/ (provision.h is the layer's contract),
 * nor for keys, labels or the concordance, which need no tokens.  The
 * accessors are static inline: the scanner calls them for every token.
 */
#ifndef ZAALT_REFSCAN_H
#define ZAALT_REFSCAN_H

#include <glib.h>

#include <string.h>

#include "legal/provision.h"

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

/* The state of one pass over a text (provision.c's scan_text owns it). */
typedef struct scan {
    const char *text;
    GArray *toks;
    guint n;
    const char *self_law; /* NULL: the Criminal Code */
    gboolean bare;        /* whole-query mode: bare dotted numbers count */
    GPtrArray *refs;      /* of zp_ref*, what the pass found */
    /* The last reference group, for inheritance along a list. */
    int last_end_tok;
    gboolean have_last;
    char *last_law;
    char *last_mark;      /* the name's mark of last_law, or NULL */
    const char *cur_mark; /* the mark of the group being read (zp_ref.mark) */
} scan;

static inline const tok *
T(const scan *s, guint i)
{
    return i < s->n ? &g_array_index(s->toks, tok, i) : NULL;
}

/* The token's text lower-cased into `buf` (words only; "" otherwise). */
static inline const char *
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

static inline gboolean
word_in(const scan *s, guint i, const char *const *list)
{
    char buf[128];
    const char *w = lower(s, i, buf, sizeof buf);
    for (; *w && *list; list++)
        if (strcmp(w, *list) == 0)
            return TRUE;
    return FALSE;
}

static inline gboolean
word_prefix(const scan *s, guint i, const char *prefix)
{
    char buf[128];
    return g_str_has_prefix(lower(s, i, buf, sizeof buf), prefix);
}

static inline gboolean
punct_is(const scan *s, guint i, gunichar c)
{
    const tok *t = T(s, i);
    return t != NULL && t->kind == T_PUNCT && t->punct == c;
}

static inline gboolean
is_num(const scan *s, guint i)
{
    const tok *t = T(s, i);
    return t != NULL && t->kind == T_NUM;
}

/* The number as a key writes it: "48¹" and "48^1" are "48^1" (provision.h). */
static inline char *
num_text(const scan *s, guint i)
{
    const tok *t = T(s, i);
    return zp_number_key(s->text + t->start, t->end - t->start);
}

static inline char *
suffix_text(const scan *s, guint i)
{
    const tok *t = T(s, i);
    if (t->suffix < 0)
        return NULL;
    return g_utf8_strdown(s->text + t->suffix, t->full_end - t->suffix);
}

static inline gboolean
upper_initial(const char *word)
{
    return g_unichar_isupper(g_utf8_get_char(word));
}

/* "article", "art", "articles", "arts" (refgrammar.c). */
extern const char *const zp_english_article_words[];

/* ---- Qualifiers (lawname.c) ---------------------------------------------- */

typedef enum { Q_NONE, Q_CODE, Q_2002, Q_LAW, Q_SELF, Q_SAME, Q_ENGLISH } qual_kind;

typedef struct qualifier {
    qual_kind kind;
    char *law;   /* Q_LAW; the caller frees it */
    char *mark;  /* Q_LAW named in words: zp_law_mark; the caller frees it */
    guint first; /* first token of the qualifier */
} qualifier;

/* The qualifier ending right before token `i`: a law's name in the genitive,
 * "энэ хуулийн", "мөн хуулийн", an acronym ("ЭХ-ийн"), or "Art."/"Article". */
qualifier zp_find_qualifier(const scan *s, guint i);

/* ---- Reference groups (refgrammar.c) ------------------------------------- */

/* Reads one reference group starting at number token `i`, appending its
 * references to s->refs.  Returns tokens consumed (0: not a reference). */
guint zp_group_at(scan *s, guint i);

/* "part 2 of Article 13.1" starting at word token `i`, as zp_group_at. */
guint zp_english_part_first(scan *s, guint i);

#endif
