/* docx_styles.c — Word's paragraph styles and list numbering (docx.h).
 *
 * Numbering follows ECMA-376 17.9 as far as indexing needs it: a w:num
 * points to a w:abstractNum whose nine levels each have a start, a format
 * and a level text ("%1.%2"); w:lvlOverride restarts a level or replaces
 * its definition; counters belong to the abstract definition (lists that
 * share one continue each other, as Word shows them) and a level restarts
 * after any higher level unless w:lvlRestart says otherwise; a definition
 * that only names a list style (w:numStyleLink) is that style's
 * (w:styleLink).
 *
 * Not for: the body (docx.c).
 */
#include "indexer/docx.h"

#include <stdlib.h>
#include <string.h>

#include "indexer/flow.h"
#include "indexer/office.h"

#define DOCX_LEVELS    9
/* basedOn chains longer than this are loops or nonsense. */
#define DOCX_MAX_CHAIN 16

/* The integer in attribute w:val of `node`, or `fallback`. */
static int
int_val(xmlNode *node, int fallback)
{
    char *v = ix_office_attr(node, "val");
    int n = fallback;
    if (v != NULL) {
        char *end = NULL;
        gint64 x = g_ascii_strtoll(v, &end, 10);
        if (end != v && x > -1000000 && x < 1000000)
            n = (int)x;
        g_free(v);
    }
    return n;
}

static xmlNode *
child(xmlNode *node, const char *local)
{
    for (xmlNode *c = node != NULL ? node->children : NULL; c != NULL; c = c->next)
        if (ix_office_is(c, local))
            return c;
    return NULL;
}

/* ---- Styles ------------------------------------------------------------- */

typedef struct docx_style {
    char *based_on;
    int outline;    /* w:outlineLvl + 1; 10 = explicitly body text; 0 = unset */
    int name_level; /* from the built-in name: "heading 2" -> 2, "Title" -> 1 */
    bool toc;
    int num_id; /* -1 unset */
    int ilvl;   /* -1 unset */
    int vanish; /* its run properties hide the text: 1, show it: 0, unset: -1 */
} docx_style;

struct docx_styles {
    GHashTable *by_id;  /* styleId -> docx_style* */
    char *default_id;   /* the default paragraph style */
    GHashTable *hidden; /* styleIds of character styles whose text is hidden (w:vanish) */
    GHashTable *superscript; /* styleIds of character styles set superscript (w:vertAlign) */
};

/* Whether a w:rPr sets its text superscript. */
static bool
superscript_of(xmlNode *rpr)
{
    xmlNode *v = child(rpr, "vertAlign");
    char *val = v != NULL ? ix_office_attr(v, "val") : NULL;
    bool sup = g_strcmp0(val, "superscript") == 0;
    g_free(val);
    return sup;
}

/* What a w:rPr's w:vanish says: 1 hidden (w:val absent, or not 0, false
 * or off), 0 shown, -1 no w:vanish. */
static int
vanish_of(xmlNode *rpr)
{
    xmlNode *v = child(rpr, "vanish");
    if (v == NULL)
        return -1;
    char *val = ix_office_attr(v, "val");
    bool on = val == NULL || !(strcmp(val, "0") == 0 || strcmp(val, "false") == 0 || strcmp(val, "off") == 0);
    g_free(val);
    return on ? 1 : 0;
}

static void
style_free(docx_style *s)
{
    g_free(s->based_on);
    g_free(s);
}

/* Reads w:outlineLvl and w:numPr of a w:pPr into the slots given. */
static void
read_ppr(xmlNode *ppr, int *outline, int *num_id, int *ilvl)
{
    xmlNode *ol = child(ppr, "outlineLvl");
    if (ol != NULL) {
        int v = int_val(ol, 9);
        *outline = v >= 0 && v < 9 ? v + 1 : 10;
    }
    xmlNode *np = child(ppr, "numPr");
    if (np != NULL) {
        xmlNode *id = child(np, "numId");
        xmlNode *lv = child(np, "ilvl");
        if (id != NULL)
            *num_id = int_val(id, 0);
        if (lv != NULL)
            *ilvl = int_val(lv, 0);
    }
}

docx_styles *
docx_styles_read(xmlDocPtr styles)
{
    docx_styles *st = g_new0(docx_styles, 1);
    st->by_id = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)style_free);
    st->hidden = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    st->superscript = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    /* Character styles: styleId -> docx_style* (its vanish and basedOn
     * alone), resolved into st->hidden once all are read. */
    GHashTable *chars = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)style_free);
    xmlNode *root = styles != NULL ? xmlDocGetRootElement(styles) : NULL;
    for (xmlNode *c = root != NULL ? root->children : NULL; c != NULL; c = c->next) {
        if (!ix_office_is(c, "style"))
            continue;
        char *type = ix_office_attr(c, "type");
        char *id = ix_office_attr(c, "styleId");
        if (g_strcmp0(type, "character") == 0 && id != NULL && superscript_of(child(c, "rPr")))
            g_hash_table_add(st->superscript, g_strdup(id));
        if (g_strcmp0(type, "character") == 0 && id != NULL) {
            docx_style *cs = g_new0(docx_style, 1);
            cs->vanish = vanish_of(child(c, "rPr"));
            xmlNode *based = child(c, "basedOn");
            cs->based_on = based != NULL ? ix_office_attr(based, "val") : NULL;
            g_hash_table_replace(chars, id, cs);
            id = NULL;
        }
        if (g_strcmp0(type, "paragraph") != 0 || id == NULL) {
            g_free(type);
            g_free(id);
            continue;
        }
        g_free(type);
        docx_style *s = g_new0(docx_style, 1);
        s->num_id = s->ilvl = -1;
        s->vanish = vanish_of(child(c, "rPr"));
        xmlNode *based = child(c, "basedOn");
        s->based_on = based != NULL ? ix_office_attr(based, "val") : NULL;
        xmlNode *name = child(c, "name");
        char *n = name != NULL ? ix_office_attr(name, "val") : NULL;
        if (n != NULL) {
            char *lower = g_ascii_strdown(n, -1);
            int level = 0;
            if (g_str_has_prefix(lower, "heading ") && sscanf(lower + 8, "%d", &level) == 1 && level >= 1 && level <= 9)
                s->name_level = level;
            else if (strcmp(lower, "title") == 0)
                s->name_level = 1;
            /* "toc 1".."toc 9": entries of a table of contents. */
            s->toc = g_str_has_prefix(lower, "toc ") && g_ascii_isdigit(lower[4]);
            g_free(lower);
            g_free(n);
        }
        read_ppr(child(c, "pPr"), &s->outline, &s->num_id, &s->ilvl);
        char *is_default = ix_office_attr(c, "default");
        if (is_default != NULL && (strcmp(is_default, "1") == 0 || strcmp(is_default, "true") == 0) &&
            st->default_id == NULL)
            st->default_id = g_strdup(id);
        g_free(is_default);
        g_hash_table_replace(st->by_id, id, s);
    }
    /* A character style hides its text when it sets w:vanish, or the
     * nearest style up its basedOn chain that sets it does (a style
     * "HiddenChild" based on a hidden "Secret" hides, as Word shows it). */
    GHashTableIter it;
    gpointer key, value;
    g_hash_table_iter_init(&it, chars);
    while (g_hash_table_iter_next(&it, &key, &value)) {
        const docx_style *cs = value;
        for (int hops = 0; cs != NULL && cs->vanish < 0 && cs->based_on != NULL && hops < DOCX_MAX_CHAIN; hops++)
            cs = g_hash_table_lookup(chars, cs->based_on);
        if (cs != NULL && cs->vanish == 1)
            g_hash_table_add(st->hidden, g_strdup(key));
    }
    g_hash_table_unref(chars);
    return st;
}

void
docx_styles_free(docx_styles *st)
{
    if (st == NULL)
        return;
    g_hash_table_unref(st->by_id);
    g_hash_table_unref(st->hidden);
    g_hash_table_unref(st->superscript);
    g_free(st->default_id);
    g_free(st);
}

bool
docx_run_hidden(const docx_styles *st, xmlNode *r, bool paragraph_hidden)
{
    xmlNode *rpr = child(r, "rPr");
    int direct = vanish_of(rpr);
    if (direct >= 0)
        return direct == 1; /* direct formatting wins over the styles */
    xmlNode *rs = child(rpr, "rStyle");
    char *id = rs != NULL ? ix_office_attr(rs, "val") : NULL;
    bool hidden = id != NULL && g_hash_table_contains(st->hidden, id);
    g_free(id);
    return hidden || paragraph_hidden;
}

bool
docx_run_superscript(const docx_styles *st, xmlNode *r)
{
    xmlNode *rpr = child(r, "rPr");
    if (child(rpr, "vertAlign") != NULL)
        return superscript_of(rpr); /* direct formatting wins over the styles */
    xmlNode *rs = child(rpr, "rStyle");
    char *id = rs != NULL ? ix_office_attr(rs, "val") : NULL;
    bool sup = id != NULL && st != NULL && g_hash_table_contains(st->superscript, id);
    g_free(id);
    return sup;
}

docx_para_kind
docx_paragraph_kind(const docx_styles *st, xmlNode *p)
{
    docx_para_kind k = {0, false, 0, 0, false};
    int outline = 0, num_id = -1, ilvl = -1, vanish = -1;
    xmlNode *ppr = child(p, "pPr");
    read_ppr(ppr, &outline, &num_id, &ilvl);
    xmlNode *ps = child(ppr, "pStyle");
    char *id = ps != NULL ? ix_office_attr(ps, "val") : NULL;
    const char *sid = id != NULL ? id : st->default_id;
    int name_level = 0;
    for (int hops = 0; sid != NULL && hops < DOCX_MAX_CHAIN; hops++) {
        const docx_style *s = g_hash_table_lookup(st->by_id, sid);
        if (s == NULL)
            break;
        if (hops == 0)
            k.skip = s->toc;
        if (outline == 0)
            outline = s->outline;
        if (name_level == 0)
            name_level = s->name_level;
        if (num_id < 0)
            num_id = s->num_id;
        if (ilvl < 0)
            ilvl = s->ilvl;
        if (vanish < 0)
            vanish = s->vanish;
        sid = s->based_on;
    }
    g_free(id);
    k.level = outline > 0 ? (outline <= 9 ? outline : 0) : name_level;
    k.num_id = num_id > 0 ? num_id : 0;
    k.ilvl = CLAMP(ilvl < 0 ? 0 : ilvl, 0, DOCX_LEVELS - 1);
    k.hidden = vanish == 1;
    return k;
}

/* ---- Numbering ---------------------------------------------------------- */

typedef struct docx_level {
    bool set;
    int start;
    char *fmt;   /* w:numFmt, "decimal" when absent */
    char *text;  /* w:lvlText, "%N." when absent */
    char *suff;  /* w:suff: tab | space | nothing */
    bool legal;  /* w:isLgl: every number decimal */
    int restart; /* w:lvlRestart; -1 unset */
} docx_level;

typedef struct docx_abstract {
    docx_level lvl[DOCX_LEVELS];
    int counter[DOCX_LEVELS];
    bool started[DOCX_LEVELS];
    char *style_link;     /* w:styleLink: this definition is the list style's */
    char *num_style_link; /* w:numStyleLink: its levels are the list style's */
} docx_abstract;

typedef struct docx_num {
    int abstract_id;
    int start_override[DOCX_LEVELS]; /* INT_MIN: none */
    bool override_done[DOCX_LEVELS];
    docx_level lvl[DOCX_LEVELS]; /* full level overrides */
} docx_num;

struct docx_numbering {
    GHashTable *abstracts; /* int -> docx_abstract* */
    GHashTable *nums;      /* int -> docx_num* */
};

static void
level_clear(docx_level *l)
{
    g_free(l->fmt);
    g_free(l->text);
    g_free(l->suff);
}

static void
abstract_free(docx_abstract *a)
{
    for (int i = 0; i < DOCX_LEVELS; i++)
        level_clear(&a->lvl[i]);
    g_free(a->style_link);
    g_free(a->num_style_link);
    g_free(a);
}

static void
num_free(docx_num *n)
{
    for (int i = 0; i < DOCX_LEVELS; i++)
        level_clear(&n->lvl[i]);
    g_free(n);
}

/* Reads one w:lvl into `levels`. */
static void
read_level(xmlNode *lvl, docx_level *levels)
{
    char *ilvl_s = ix_office_attr(lvl, "ilvl");
    int ilvl = ilvl_s != NULL ? atoi(ilvl_s) : 0;
    g_free(ilvl_s);
    if (ilvl < 0 || ilvl >= DOCX_LEVELS)
        return;
    docx_level *l = &levels[ilvl];
    level_clear(l);
    l->set = true;
    /* ECMA-376 17.9.25: an absent start is zero. */
    l->start = child(lvl, "start") != NULL ? int_val(child(lvl, "start"), 0) : 0;
    xmlNode *f = child(lvl, "numFmt");
    l->fmt = f != NULL ? ix_office_attr(f, "val") : NULL;
    xmlNode *t = child(lvl, "lvlText");
    l->text = t != NULL ? ix_office_attr(t, "val") : NULL;
    xmlNode *s = child(lvl, "suff");
    l->suff = s != NULL ? ix_office_attr(s, "val") : NULL;
    xmlNode *legal = child(lvl, "isLgl");
    if (legal != NULL) {
        char *v = ix_office_attr(legal, "val");
        l->legal = v == NULL || (strcmp(v, "0") != 0 && strcmp(v, "false") != 0);
        g_free(v);
    }
    l->restart = child(lvl, "lvlRestart") != NULL ? int_val(child(lvl, "lvlRestart"), -1) : -1;
}

docx_numbering *
docx_numbering_read(xmlDocPtr numbering)
{
    docx_numbering *nb = g_new0(docx_numbering, 1);
    nb->abstracts = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, (GDestroyNotify)abstract_free);
    nb->nums = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, (GDestroyNotify)num_free);
    xmlNode *root = numbering != NULL ? xmlDocGetRootElement(numbering) : NULL;
    for (xmlNode *c = root != NULL ? root->children : NULL; c != NULL; c = c->next) {
        if (ix_office_is(c, "abstractNum")) {
            char *id = ix_office_attr(c, "abstractNumId");
            if (id == NULL)
                continue;
            docx_abstract *a = g_new0(docx_abstract, 1);
            for (xmlNode *l = c->children; l != NULL; l = l->next)
                if (ix_office_is(l, "lvl"))
                    read_level(l, a->lvl);
            xmlNode *sl = child(c, "styleLink");
            xmlNode *nsl = child(c, "numStyleLink");
            a->style_link = sl != NULL ? ix_office_attr(sl, "val") : NULL;
            a->num_style_link = nsl != NULL ? ix_office_attr(nsl, "val") : NULL;
            g_hash_table_replace(nb->abstracts, GINT_TO_POINTER(atoi(id)), a);
            g_free(id);
        } else if (ix_office_is(c, "num")) {
            char *id = ix_office_attr(c, "numId");
            xmlNode *an = child(c, "abstractNumId");
            if (id == NULL || an == NULL) {
                g_free(id);
                continue;
            }
            docx_num *n = g_new0(docx_num, 1);
            n->abstract_id = int_val(an, -1);
            for (int i = 0; i < DOCX_LEVELS; i++)
                n->start_override[i] = G_MININT;
            for (xmlNode *o = c->children; o != NULL; o = o->next) {
                if (!ix_office_is(o, "lvlOverride"))
                    continue;
                char *ilvl_s = ix_office_attr(o, "ilvl");
                int ilvl = ilvl_s != NULL ? atoi(ilvl_s) : -1;
                g_free(ilvl_s);
                if (ilvl < 0 || ilvl >= DOCX_LEVELS)
                    continue;
                xmlNode *so = child(o, "startOverride");
                if (so != NULL)
                    n->start_override[ilvl] = int_val(so, 0);
                xmlNode *l = child(o, "lvl");
                if (l != NULL)
                    read_level(l, n->lvl);
            }
            g_hash_table_replace(nb->nums, GINT_TO_POINTER(atoi(id)), n);
            g_free(id);
        }
    }
    return nb;
}

void
docx_numbering_free(docx_numbering *nb)
{
    if (nb == NULL)
        return;
    g_hash_table_unref(nb->abstracts);
    g_hash_table_unref(nb->nums);
    g_free(nb);
}

/* The definition of level `i` for list `n`: its own override, else the
 * abstract's. */
static const docx_level *
level_of(const docx_num *n, const docx_abstract *a, int i)
{
    return n->lvl[i].set ? &n->lvl[i] : &a->lvl[i];
}

/* The definition a list style names (w:numStyleLink -> w:styleLink), so
 * that lists made from one list style share its levels and counters. */
static docx_abstract *
linked(docx_numbering *nb, const char *style)
{
    GHashTableIter it;
    gpointer key, value;
    g_hash_table_iter_init(&it, nb->abstracts);
    while (g_hash_table_iter_next(&it, &key, &value)) {
        docx_abstract *a = value;
        if (g_strcmp0(a->style_link, style) == 0)
            return a;
    }
    return NULL;
}

char *
docx_numbering_next(docx_numbering *nb, int num_id, int ilvl, const char **sep)
{
    *sep = " ";
    docx_num *n = g_hash_table_lookup(nb->nums, GINT_TO_POINTER(num_id));
    docx_abstract *a = n != NULL ? g_hash_table_lookup(nb->abstracts, GINT_TO_POINTER(n->abstract_id)) : NULL;
    if (a != NULL && a->num_style_link != NULL)
        a = linked(nb, a->num_style_link);
    if (a == NULL || ilvl < 0 || ilvl >= DOCX_LEVELS)
        return NULL;
    const docx_level *l = level_of(n, a, ilvl);
    if (n->start_override[ilvl] != G_MININT && !n->override_done[ilvl]) {
        n->override_done[ilvl] = true;
        a->counter[ilvl] = n->start_override[ilvl];
        a->started[ilvl] = true;
    } else if (!a->started[ilvl]) {
        a->counter[ilvl] = l->start;
        a->started[ilvl] = true;
    } else {
        a->counter[ilvl]++;
    }
    /* Deeper levels start again, unless their w:lvlRestart says they go on
     * (0) or restart only after a level above this one. */
    for (int k = ilvl + 1; k < DOCX_LEVELS; k++) {
        int restart = level_of(n, a, k)->restart;
        if (restart != 0 && (restart < 0 || ilvl < restart))
            a->started[k] = false;
    }
    if (g_strcmp0(l->fmt, "bullet") == 0)
        return NULL;
    if (g_strcmp0(l->suff, "nothing") == 0)
        *sep = "";
    const char *tmpl = l->text;
    char *fallback = NULL;
    if (tmpl == NULL)
        tmpl = fallback = g_strdup_printf("%%%d.", ilvl + 1);
    GString *out = g_string_new(NULL);
    for (const char *p = tmpl; *p; p++) {
        if (*p == '%' && p[1] >= '1' && p[1] <= '9') {
            int k = p[1] - '1';
            const docx_level *lk = level_of(n, a, k);
            int value = a->started[k] ? a->counter[k] : lk->start;
            char *num = ix_flow_format_number(l->legal ? "decimal" : lk->fmt, value);
            g_string_append(out, num);
            g_free(num);
            p++;
        } else {
            g_string_append_c(out, *p);
        }
    }
    g_free(fallback);
    char *s = g_strstrip(g_string_free(out, FALSE));
    if (*s == '\0') {
        g_free(s);
        return NULL;
    }
    return s;
}
