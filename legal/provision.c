/* provision.c — reading provision references and decision numbers in text
 * and in queries (zp_find_refs, zp_find_refs_in, zp_parse_query_ref in
 * provision.h): the text is cut into tokens (dotted numbers with any "-д"
 * ending attached, words, single punctuation) and read once from left to
 * right, each number starting a reference group (refgrammar.c) whose law
 * is named before it (lawname.c); "2024/ШЦТ/67" is a decision number.
 * Tokenising ourselves matters: Xapian's and Zaalt's word tokenizers keep
 * "13.1.2" whole and split "2024/ШЦТ/67", neither of which says what the
 * number refers to.
 *
 * The rest of the legal layer's provision.h lives beside it: keys and
 * their ancestors (provkey.c), labels (provlabel.c), the 2002/2015
 * concordance (concordance.c).  Not for: index terms (citeterms.c) or
 * looking keys up (search/citations.c).
 */
#include "legal/provision.h"
#include "legal/refscan.h"

#include "core/analysis.h"

#include <string.h>

/* ---- Tokens -------------------------------------------------------------- */

static gboolean
is_letter(gunichar c)
{
    return g_unichar_isalpha(c);
}

/* Bytes of the superscript at `p` right after a digit: superscript digits
 * ("48¹"), or a caret and digits ("48^1", as a query types it); 0 when
 * none. */
static int
superscript_len(const char *p)
{
    const char *q = p;
    if (*q == '^') {
        q++;
        while (g_ascii_isdigit(*q))
            q++;
        return q - p > 1 ? (int)(q - p) : 0;
    }
    while (*q && az_superscript_value(g_utf8_get_char(q)) >= 0)
        q = g_utf8_next_char(q);
    return (int)(q - p);
}

/* The end of the number starting at digit `p`: digits and inner dots, each
 * numbered piece with its superscript if it has one ("6.1.1¹", "48¹.2");
 * counts the dots into *ndots. */
static const char *
number_end(const char *p, int *ndots)
{
    for (;;) {
        if (g_ascii_isdigit(*p)) {
            p++;
        } else if (*p == '.' && g_ascii_isdigit(p[1])) {
            (*ndots)++;
            p++;
        } else {
            int n = g_ascii_isdigit(p[-1]) ? superscript_len(p) : 0;
            if (n == 0)
                return p;
            p += n;
        }
    }
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
            p = number_end(p, &t.ndots);
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

/* ---- Decision numbers ---------------------------------------------------- */

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

/* ---- The pass over a text ------------------------------------------------ */

static void
ref_free(gpointer p)
{
    zp_ref *r = p;
    g_free(r->key);
    g_free(r->law);
    g_free(r->mark);
    g_free(r);
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
            used = zp_group_at(&s, i);
        else if (T(&s, i)->kind == T_WORD)
            used = zp_english_part_first(&s, i);
        i += used > 0 ? used : 1;
    }
    g_free(s.last_law);
    g_free(s.last_mark);
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

/* "ЗТХ:6.18", "ХХТТХ:48¹", "ХХТТХ:6.1.1^1", "ЭХ:13.1": a key typed as keys
 * are written (as `zaalt show` and the JSON give them), its law's initials
 * in capitals before the colon, in the key's form; the 2015 Code's "ЭХ:" is
 * no part of its keys ("13.1").  NULL otherwise. */
static char *
typed_key(const char *query)
{
    char *q = g_strstrip(g_strdup(query));
    const char *colon = strchr(q, ':');
    char *key = NULL;
    bool initials = colon != NULL && colon > q;
    for (const char *c = q; initials && c < colon; c = g_utf8_next_char(c))
        initials = g_unichar_isupper(g_utf8_get_char(c)) || g_ascii_isdigit(*c);
    if (initials && g_ascii_isdigit(colon[1]) && strpbrk(q, " \t") == NULL) {
        int ndots = 0;
        const char *end = number_end(colon + 1, &ndots);
        if (*end == '\0')
            key = zp_number_key(g_str_has_prefix(q, "ЭХ:") ? colon + 1 : q, -1);
    }
    g_free(q);
    return key;
}

char *
zp_parse_query_ref(const char *query)
{
    return zp_parse_query_ref_marked(query, NULL);
}

char *
zp_parse_query_ref_marked(const char *query, char **mark)
{
    if (mark != NULL)
        *mark = NULL;
    if (query == NULL)
        return NULL;
    char *typed = typed_key(query);
    if (typed != NULL)
        return typed;
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
        if (covered) {
            key = g_strdup(r->key);
            if (mark != NULL)
                *mark = g_strdup(r->mark);
        }
    }
    g_ptr_array_unref(refs);
    g_free(valid);
    return key;
}
