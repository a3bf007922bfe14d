/* amendments.c — a statute's notes attached to its units (amendments.h).
 *
 * A note speaks of the unit above it: "Энэ зүйл" of the article it sits
 * in, "Энэ хэсэг" of the part above it (the part holding the point above
 * it), "Энэ заалт" of the point above it; or of the units it numbers
 * ("Дээрх 4.3 дахь хэсгийг", "282 дугаар зүйлийг"); or of a chapter: the
 * one whose heading it follows, else the one it closes; or of the act.
 * Parts are known by their numbers (ix_find_parts); points numbered or
 * lettered at a line's start ("7/", "в/") are parts under the item above
 * them ("18.1.2.в"), so a point's note after "в/" changes that point, and
 * its repeal leaves the point's words out of the law in force.
 *
 * Not for: reading the notes (legal/amendment.c).
 */
#include "indexer/amendments.h"
#include "indexer/document.h"
#include "indexer/lawstatus.h"
#include "indexer/repeats.h"
#include "indexer/structure.h"

#include <stdlib.h>
#include <string.h>

typedef struct attach {
    zr_doc *doc;
    GRegex *chapter;
    GArray **chapters; /* per unit: int offsets of chapter headings in its text */
    GPtrArray **notes; /* per unit: its notes (zl_note*), in text order */
    int *explanation;  /* per unit: which Тайлбар (from 1) a note spoke of, 0 none */
    ix_note_fn fn;
    void *user;
} attach;

static int
depth_of(const char *key)
{
    if (key == NULL)
        return 0;
    int d = 1;
    for (const char *p = key; *p; p++)
        d += *p == '.';
    return d;
}

/* `key` cut to `depth` numbers: "6.10.2.1" at 3 is "6.10.2". */
static char *
truncate_key(const char *key, int depth)
{
    const char *p = key;
    for (int d = 1; *p; p++)
        if (*p == '.' && ++d > depth)
            break;
    return g_strndup(key, (gsize)(p - key));
}

/* "З" (Cyrillic Ze) typed for the digit 3 in a number ("З./Энэ хэсгийг",
 * "З/ /Энэ заалтыг"): made 3 when what is left is a number. */
static void
three_for_ze(char **number)
{
    if (strstr(*number, "З") == NULL)
        return;
    char **pieces = g_strsplit(*number, "З", -1);
    char *digits = g_strjoinv("3", pieces);
    g_strfreev(pieces);
    bool numeric = *digits != '\0';
    for (const char *p = digits; *p && numeric; p++)
        numeric = g_ascii_isdigit(*p) || *p == '.';
    if (numeric) {
        g_free(*number);
        *number = digits;
    } else {
        g_free(digits);
    }
}

static const zr_part *
part_with_key(const zr_unit *u, const char *key)
{
    for (guint i = 0; u->parts != NULL && i < u->parts->len; i++) {
        const zr_part *p = g_ptr_array_index(u->parts, i);
        if (strcmp(p->key, key) == 0)
            return p;
    }
    return NULL;
}

/* The numbered item whose text holds offset `at` (the last to start at
 * or before it), or NULL. */
static const zr_part *
item_at(const zr_unit *u, int at)
{
    const zr_part *found = NULL;
    for (guint i = 0; u->parts != NULL && i < u->parts->len; i++) {
        const zr_part *p = g_ptr_array_index(u->parts, i);
        if (p->start <= at && (found == NULL || p->start >= found->start))
            found = p;
    }
    return found;
}

/* A change to record, and where. */
typedef struct target {
    zr_unit *unit; /* NULL: the act */
    char *part;    /* NULL: the unit itself */
    bool wider;    /* a smaller unit's note on a larger one: an amendment */
} target;

static void
add_target(GArray *targets, zr_unit *unit, const char *part, bool wider)
{
    target t = {unit, part != NULL ? g_strdup(part) : NULL, wider};
    g_array_append_val(targets, t);
}

static zr_unit *
unit_with_provision(zr_doc *doc, const char *key)
{
    for (guint i = 0; i < doc->units->len; i++) {
        zr_unit *u = g_ptr_array_index(doc->units, i);
        if (u->provision != NULL && strcmp(u->provision, key) == 0)
            return u;
    }
    return NULL;
}

/* A part named by number from unit `u`: as written ("4.3"), under the
 * article ("6.10" + "2"), or under the item the note sits in or one that
 * holds it ("13.1" + "3" for "Энэ хэсгийн 3 дахь заалт" below 13.1.20);
 * in `u` first, then anywhere. */
static bool
find_numbered_part(zr_doc *doc, zr_unit *u, const zr_part *here, const char *ref, zr_unit **out_unit, char **out_key)
{
    GPtrArray *cands = g_ptr_array_new_with_free_func(g_free);
    g_ptr_array_add(cands, g_strdup(ref));
    if (u->provision != NULL)
        g_ptr_array_add(cands, g_strconcat(u->provision, ".", ref, NULL));
    for (int d = here != NULL ? depth_of(here->key) : 0; d > depth_of(u->provision); d--) {
        char *base = truncate_key(here->key, d);
        g_ptr_array_add(cands, g_strconcat(base, ".", ref, NULL));
        g_free(base);
    }
    bool found = false;
    for (int pass = 0; pass < 2 && !found; pass++) {
        for (guint i = 0; i < doc->units->len && !found; i++) {
            zr_unit *v = pass == 0 ? u : g_ptr_array_index(doc->units, i);
            for (guint c = 0; c < cands->len && !found; c++) {
                /* Anywhere else, only the number as written. */
                if ((pass == 0 || c == 0) && part_with_key(v, cands->pdata[c]) != NULL) {
                    *out_unit = v;
                    *out_key = g_strdup(cands->pdata[c]);
                    found = true;
                }
            }
            if (pass == 0)
                break;
        }
    }
    g_ptr_array_unref(cands);
    return found;
}

/* Whether `key` is a lettered point's ("18.1.2.в"). */
static bool
lettered_key(const char *key)
{
    const char *last = strrchr(key, '.');
    last = last != NULL ? last + 1 : key;
    return g_unichar_isalpha(g_utf8_get_char(last)) && strchr(last, ' ') == NULL;
}

/* Whether a line between `from` and `to` opens a lettered point ("а/",
 * "б/"), which has no key: a point's note there is about it, not the part. */
static bool
lettered_point_between(const char *text, int from, int to)
{
    for (const char *p = text + from; p < text + to; p++) {
        if (p != text && p[-1] != '\n')
            continue;
        const char *q = p;
        while (*q == ' ' || *q == '\t')
            q++;
        gunichar c = g_utf8_get_char(q);
        const char *after = g_utf8_next_char(q);
        while (*after == ' ')
            after++;
        /* A capital З among numbered points is a 3 (three_for_ze). */
        if (g_unichar_isalpha(c) && c != 0x0417 && *after == '/')
            return true;
    }
    return false;
}

/* Whether a numbered item inside `holder` (a key: "10.25.7") opens after
 * offset `at` of `u`, one the text held before: an item added since by
 * its own note ("7.3.… /Энэ заалтыг … нэмсэн/") was not there when a note
 * at `at` closed its holder.  One added on a day before the note's latest
 * change was there then ("43.1.7.а … /Энэ заалтыг 2014 … өдрөөс эхлэн
 * дагаж мөрдөнө/ 43.1.7.б … /Энэ заалтыг 2006 … нэмсэн/": the note is
 * а's, which б followed in 2014).  `notes` are u's, in text order. */
static bool
item_follows_in(const zr_unit *u, const GPtrArray *notes, const char *holder, int at)
{
    const char *since = NULL; /* the latest day of the note at `at` */
    for (guint k = 0; notes != NULL && k < notes->len; k++) {
        const zl_note *m = g_ptr_array_index(notes, k);
        for (guint e = 0; m->start == at && e < m->events->len; e++) {
            const char *d = g_array_index(m->events, zl_event, e).date;
            if (*d != '\0' && (since == NULL || strcmp(d, since) > 0))
                since = d;
        }
    }
    size_t n = strlen(holder);
    for (guint i = 0; i < u->parts->len; i++) {
        const zr_part *p = g_ptr_array_index(u->parts, i);
        if (p->start <= at || strncmp(p->key, holder, n) != 0 || p->key[n] != '.')
            continue;
        int next = (int)strlen(u->text);
        for (guint j = 0; j < u->parts->len; j++) {
            const zr_part *q = g_ptr_array_index(u->parts, j);
            if (q->start > p->start && q->start < next)
                next = q->start;
        }
        bool added = false;
        for (guint k = 0; notes != NULL && k < notes->len && !added; k++) {
            const zl_note *m = g_ptr_array_index(notes, k);
            for (guint e = 0; m->start >= p->start && m->start < next && e < m->events->len; e++) {
                const zl_event *ev = &g_array_index(m->events, zl_event, e);
                added = added || (ev->change == ZL_CHANGE_ADDED && (since == NULL || strcmp(ev->date, since) >= 0));
            }
        }
        if (!added)
            return true;
    }
    return false;
}

/* The unit above the note for a part, point or sub-point note (or an item
 * note: whatever item is above).  A note stands after the whole of what it
 * is about, so a part's note with more points of that part after it
 * ("7.2.… /Энэ хэсгийг … хүчингүй/ 7.3.…") is about the point it follows,
 * the word хэсэг loosely written: the deepest level it names or sits under
 * that nothing of follows.  After the part's last point it is the part's. */
static const char *
item_above(zr_unit *u, const GPtrArray *notes, const zl_note *note, GArray *targets)
{
    const zr_part *k = item_at(u, note->start);
    if (k == NULL) {
        /* No numbered item above: the article's text itself. */
        add_target(targets, u, NULL,
                   note->scope == ZL_SCOPE_POINT || note->scope == ZL_SCOPE_SUBPOINT ||
                       (note->scope == ZL_SCOPE_PART && u->parts->len > 0));
        return note->scope == ZL_SCOPE_PART || note->scope == ZL_SCOPE_ITEM ? "above" : "wider";
    }
    /* A point's (or an item's) note after a lettered point ("в/ …
     * /Энэ заалтыг … хүчингүй болсонд тооцсон/") is about that point: the
     * statutes call lettered points заалт as they do numbered ones. */
    if (lettered_key(k->key) &&
        (note->scope == ZL_SCOPE_POINT || note->scope == ZL_SCOPE_SUBPOINT || note->scope == ZL_SCOPE_ITEM)) {
        /* An item numbered with its point's number ("9.1.1.в.", keyed by
         * its letter while the notes are read): a "заалт" note after the
         * last item of its point is the point's, standing after the whole
         * of it (a "дэд заалт" note, or one with more items of the point
         * after it, is the item's). */
        const char *at = u->text + k->start;
        while (*at == ' ' || *at == '\t')
            at++;
        char *point = truncate_key(k->key, depth_of(k->key) - 1);
        bool numbered = g_ascii_isdigit(*at) && note->scope != ZL_SCOPE_SUBPOINT &&
                        part_with_key(u, point) != NULL && !item_follows_in(u, notes, point, note->start);
        add_target(targets, u, numbered ? point : k->key, false);
        g_free(point);
        return "above";
    }
    int da = depth_of(u->provision);
    int dk = depth_of(k->key);
    int want = note->scope == ZL_SCOPE_PART       ? da + 1
               : note->scope == ZL_SCOPE_POINT    ? da + 2
               : note->scope == ZL_SCOPE_SUBPOINT ? da + 3
                                                  : dk;
    /* A point's note after a lettered item ("в/") under the point is about
     * that item, which has no key: an amendment of the point, as a
     * lettered point's note is of its part (a point "/Энэ заалтыг …
     * хүчингүй/" after its "в/" had repealed the whole of 18.1.2). */
    if (dk == want && (note->scope == ZL_SCOPE_POINT || note->scope == ZL_SCOPE_SUBPOINT) &&
        lettered_point_between(u->text, k->start, note->start)) {
        add_target(targets, u, k->key, true);
        return "wider";
    }
    if (dk >= want) {
        int d = want;
        char *key = truncate_key(k->key, d);
        while (d < dk && part_with_key(u, key) != NULL && item_follows_in(u, notes, key, note->start)) {
            g_free(key);
            key = truncate_key(k->key, ++d);
        }
        add_target(targets, u, part_with_key(u, key) != NULL ? key : k->key, false);
        g_free(key);
        return "above";
    }
    /* A "заалт" note under a part with no points: the law calls its parts
     * so (the corpus does, now and then); the part is what it means. */
    bool has_children = lettered_point_between(u->text, k->start, note->start);
    for (guint i = 0; i < u->parts->len && !has_children; i++) {
        const zr_part *p = g_ptr_array_index(u->parts, i);
        has_children = p != k && p->start > k->start && p->start < k->end;
    }
    add_target(targets, u, k->key, has_children);
    return has_children ? "wider" : "above";
}

/* The article units of the chapter a note at `at` in unit `i` is about:
 * the chapter whose heading precedes it in that unit, else the chapter it
 * closes.  Chapter headings lie at the end of the previous article's text. */
static void
chapter_units(attach *a, guint i, int at, guint *from, guint *to)
{
    guint n = a->doc->units->len;
    bool opened = false;
    for (guint k = 0; k < a->chapters[i]->len; k++)
        opened = opened || g_array_index(a->chapters[i], int, k) < at;
    if (opened) {
        /* From the next unit to the one holding the next heading. */
        bool later_here = false;
        for (guint k = 0; k < a->chapters[i]->len; k++) {
            int off = g_array_index(a->chapters[i], int, k);
            later_here = later_here || off > at;
        }
        *from = i + 1;
        *to = later_here ? i : n - 1;
        for (guint j = i + 1; j < n && !later_here; j++) {
            if (a->chapters[j]->len > 0) {
                *to = j;
                break;
            }
        }
        return;
    }
    *to = i;
    *from = 0;
    for (guint j = i; j-- > 0;) {
        if (a->chapters[j]->len > 0) {
            *from = j + 1;
            break;
        }
    }
}

/* The label written before a note on its own line, the note standing in
 * for what was there: "44.1.8/Энэ залтыг …", "27.1.2./Энэ хэсгийг …" (a
 * point, whatever word the note uses), "4./Энэ хэсгийг …" (part 4 of the
 * article), "13-21 дүгээр зүйл /… хүчингүй …/" (articles no longer there).
 * The note is about what the label numbers.  NULL when there is no label;
 * else how it was resolved. */
static const char *
inline_label(attach *a, guint i, const zl_note *note, GArray *targets)
{
    zr_unit *u = g_ptr_array_index(a->doc->units, i);
    int from = note->start;
    while (from > 0 && u->text[from - 1] != '\n')
        from--;
    char *label = g_strstrip(g_strndup(u->text + from, (gsize)(note->start - from)));
    const char *how = NULL;
    GMatchInfo *mi = NULL;
    /* A number alone and no dot is a point numbered "5/" whose slash is
     * the note's own: the point above decides, as for any point. */
    three_for_ze(&label);
    if (g_regex_match_simple("^\\d+(?:\\.\\d+)+\\.?$|^\\d+\\.$", label, 0, 0)) {
        size_t n = strlen(label);
        if (n > 0 && label[n - 1] == '.')
            label[n - 1] = '\0';
        char *key = strchr(label, '.') != NULL || u->provision == NULL ? g_strdup(label)
                                                                       : g_strconcat(u->provision, ".", label, NULL);
        /* The part that number opens on this line, when the text gives the
         * number twice (repeats.h): the note is that occurrence's. */
        for (guint k = 0; u->parts != NULL && k < u->parts->len; k++) {
            const zr_part *p = g_ptr_array_index(u->parts, k);
            char *number = zl_part_number(p->key);
            bool here = p->start >= from && p->start < note->start && strcmp(number, key) == 0;
            g_free(number);
            if (here) {
                g_free(key);
                key = g_strdup(p->key);
                break;
            }
        }
        /* Only a number of this article (or, in a law numbered by parts,
         * any). */
        if (u->provision == NULL || g_str_has_prefix(key, u->provision)) {
            add_target(targets, u, key, false);
            how = "inline";
        }
        g_free(key);
    } else {
        GRegex *arts = g_regex_new("^(\\d+)(?:\\s*-\\s*(\\d+))?\\s*(?:дүгээр|дугаар)\\s+зүйл$", 0, 0, NULL);
        if (g_regex_match(arts, label, 0, &mi)) {
            char *x = g_match_info_fetch(mi, 1), *y = g_match_info_fetch(mi, 2);
            long lo = strtol(x, NULL, 10), hi = y != NULL && *y ? strtol(y, NULL, 10) : lo;
            /* Each article of the range; one gone from the text is the
             * act's change, kept under its number (13 … 21 repealed), never
             * the article above's nor the act's as a whole. */
            bool gone = false;
            for (long n = lo; n <= hi && n - lo < 1000; n++) {
                char *key = g_strdup_printf("%ld", n);
                zr_unit *v = unit_with_provision(a->doc, key);
                add_target(targets, v, v != NULL ? NULL : key, false);
                gone = gone || v == NULL;
                g_free(key);
            }
            how = gone ? "act" : "numbered";
            g_free(x);
            g_free(y);
        }
        g_match_info_free(mi);
        g_regex_unref(arts);
    }
    g_free(label);
    return how;
}

/* Where the Тайлбар (an article's explanatory note) that opens a line of
 * `text` at or after `from` starts, or -1: "Тайлбар:", "Тайлбар -",
 * "ТАЙЛБАР". */
static int
explanation_at(const char *text, int from)
{
    for (const char *p = text + from; *p; p++) {
        if (p != text && p[-1] != '\n')
            continue;
        const char *q = p;
        while (*q == ' ' || *q == '\t')
            q++;
        if (strncmp(q, "Тайлбар", strlen("Тайлбар")) == 0 || strncmp(q, "ТАЙЛБАР", strlen("ТАЙЛБАР")) == 0) {
            const char *after = q + strlen("Тайлбар");
            if (*after == ':' || *after == ' ' || *after == '-' || *after == '.' || *after == '\n' || *after == '\0')
                return (int)(q - text);
        }
    }
    return -1;
}

/* The end of a Тайлбар starting at `start`: its line, and the paragraphs
 * after it that go on with a dash ("-Энэ зүйлийн 12 дахь хэсэгт …"). */
static int
explanation_end(const char *text, int start)
{
    const char *end = strchr(text + start, '\n');
    if (end == NULL)
        return (int)strlen(text);
    for (;;) {
        const char *next = end;
        while (*next == '\n' || *next == ' ' || *next == '\t' || *next == '\r')
            next++;
        if (*next != '-')
            break;
        end = strchr(next, '\n');
        if (end == NULL)
            return (int)strlen(text);
    }
    while (end > text + start && g_ascii_isspace(end[-1]))
        end--;
    return (int)(end - text);
}

/* A note on an article's Тайлбар: the Тайлбар above it in the article
 * holding it (or in the article it numbers) is a part of its own,
 * zl_explanation_key, made after the notes leave the text (add_explanation). */
static const char *
explanation_target(attach *a, guint i, const zl_note *note, GArray *targets)
{
    zr_unit *u = g_ptr_array_index(a->doc->units, i);
    zr_unit *v = note->refs->len > 0 ? unit_with_provision(a->doc, g_ptr_array_index(note->refs, 0)) : u;
    if (v == NULL)
        v = u;
    if (v->provision == NULL) {
        add_target(targets, v, NULL, true);
        return "wider";
    }
    /* Which of the article's Тайлбар paragraphs: the last above the note. */
    int nth = 0, limit = v == u ? note->start : (int)strlen(v->text);
    for (int at = explanation_at(v->text, 0); at >= 0 && at < limit; at = explanation_at(v->text, at + 1))
        nth++;
    guint k = 0;
    for (; k < a->doc->units->len && g_ptr_array_index(a->doc->units, k) != v; k++)
        ;
    if (nth > 0 && k < a->doc->units->len)
        a->explanation[k] = nth;
    char *key = zl_explanation_key(v->provision);
    add_target(targets, v, key, false);
    g_free(key);
    return "explanation";
}

/* The key of a part a note names that the text does not hold (any more),
 * and the unit whose history keeps it (*unit): "14.2" in article 14; "3"
 * of a part's note under article 14 is 14.3, of a point's note is a point
 * of the part holding the note.  NULL when the number names no part of
 * this statute's articles. */
static char *
absent_key(zr_doc *doc, zr_unit *u, const zr_part *here, zl_scope scope, const char *ref, zr_unit **unit)
{
    if (u->provision == NULL)
        return NULL;
    char *key = NULL;
    int da = depth_of(u->provision);
    if (strchr(ref, '.') != NULL) {
        /* As deep as what the note says it names ("16.1.4-16.17 дахь
         * заалтыг", a slip for 16.1.7, names no part 16.17). */
        int depth = depth_of(ref);
        if ((scope == ZL_SCOPE_PART && depth != da + 1) || (scope == ZL_SCOPE_POINT && depth != da + 2) ||
            (scope == ZL_SCOPE_SUBPOINT && depth != da + 3))
            return NULL;
        key = g_strdup(ref);
    } else {
        int want = scope == ZL_SCOPE_POINT ? da + 1 : scope == ZL_SCOPE_SUBPOINT ? da + 2 : da;
        if (want > da && (here == NULL || depth_of(here->key) < want))
            return NULL;
        char *base = want > da ? truncate_key(here->key, want) : g_strdup(u->provision);
        key = g_strconcat(base, ".", ref, NULL);
        g_free(base);
    }
    /* The article it belongs to: this one, or another the number names. */
    *unit = NULL;
    size_t plen = strlen(u->provision);
    if (strncmp(key, u->provision, plen) == 0 && key[plen] == '.')
        *unit = u;
    for (int d = depth_of(key) - 1; *unit == NULL && d >= 1; d--) {
        char *prefix = truncate_key(key, d);
        *unit = unit_with_provision(doc, prefix);
        g_free(prefix);
    }
    if (*unit == NULL) {
        g_free(key);
        return NULL;
    }
    return key;
}

static const char *
resolve(attach *a, guint i, const zl_note *note, GArray *targets)
{
    zr_doc *doc = a->doc;
    zr_unit *u = g_ptr_array_index(doc->units, i);
    if (note->scope != ZL_SCOPE_ACT && note->scope != ZL_SCOPE_CHAPTER) {
        const char *how = inline_label(a, i, note, targets);
        if (how != NULL)
            return how;
    }
    switch (note->scope) {
        case ZL_SCOPE_ACT:
            add_target(targets, NULL, NULL, false);
            return "act";
        case ZL_SCOPE_CHAPTER: {
            guint from = 0, to = 0;
            chapter_units(a, i, note->start, &from, &to);
            if (note->whole) {
                for (guint j = from; j <= to && j < doc->units->len; j++) {
                    zr_unit *v = g_ptr_array_index(doc->units, j);
                    if (v->provision != NULL)
                        add_target(targets, v, NULL, false);
                }
            }
            /* A chapter's heading or number, or a chapter no article is left
             * of: an amendment of the act, never its repeal. */
            if (targets->len == 0) {
                add_target(targets, NULL, NULL, true);
                return "act";
            }
            return "chapter";
        }
        case ZL_SCOPE_ARTICLE:
            if (note->explanation)
                return explanation_target(a, i, note, targets);
            for (guint r = 0; r < note->refs->len; r++) {
                zr_unit *v = unit_with_provision(doc, g_ptr_array_index(note->refs, r));
                if (v != NULL)
                    add_target(targets, v, NULL, false);
            }
            if (targets->len > 0)
                return "numbered";
            add_target(targets, u, NULL, false);
            return note->refs->len > 0 ? "fallback" : "above";
        default:
            break;
    }
    const zr_part *here = item_at(u, note->start);
    guint absent = 0;
    for (guint r = 0; r < note->refs->len; r++) {
        const char *ref = g_ptr_array_index(note->refs, r);
        zr_unit *v = NULL;
        char *key = NULL;
        if (find_numbered_part(doc, u, here, ref, &v, &key)) {
            add_target(targets, v, key, false);
            g_free(key);
        } else if ((v = unit_with_provision(doc, ref)) != NULL) {
            add_target(targets, v, NULL, false); /* "Дээрх 12 дахь хэсэг" of a law numbered by parts */
        } else if ((key = absent_key(doc, u, here, note->scope, ref, &v)) != NULL) {
            /* "Дээрх 14.2 дахь хэсгийг … хүчингүй" when the text has no
             * 14.2 any more: the change is 14.2's, kept in its article's
             * history, never the neighbour's above the note. */
            add_target(targets, v, key, false);
            g_free(key);
            absent++;
        }
    }
    if (targets->len > 0)
        return absent == targets->len ? "absent" : "numbered";
    const char *how = item_above(u, a->notes[i], note, targets);
    return note->refs->len > 0 ? "fallback" : how;
}

static void
describe(GString *s, const zr_doc *doc, const target *t)
{
    if (s->len > 0)
        g_string_append(s, ", ");
    if (t->unit == NULL && t->part != NULL)
        g_string_append_printf(s, "act: article %s", t->part);
    else if (t->unit == NULL)
        g_string_append(s, "act");
    else if (t->part != NULL)
        g_string_append(s, t->part);
    else if (t->unit->provision != NULL)
        g_string_append_printf(s, "article %s", t->unit->provision);
    else
        g_string_append_printf(s, "unit %d", t->unit->ordinal);
}

static void
record_note(attach *a, guint i, const zl_note *note)
{
    zr_unit *holder = g_ptr_array_index(a->doc->units, i);
    if (note->events->len == 0) {
        if (a->fn != NULL)
            a->fn(note, holder, NULL, "none", a->user);
        return;
    }
    GArray *targets = g_array_new(FALSE, TRUE, sizeof(target));
    const char *how = resolve(a, i, note, targets);
    GString *desc = g_string_new(NULL);
    for (guint t = 0; t < targets->len; t++) {
        target *tg = &g_array_index(targets, target, t);
        if (t < 8)
            describe(desc, a->doc, tg);
        else if (t == 8)
            g_string_append_printf(desc, " … (%u)", targets->len);
        for (guint e = 0; e < note->events->len; e++) {
            const zl_event *ev = &g_array_index(note->events, zl_event, e);
            zl_change change = zl_effective_change(note, ev);
            if (tg->wider)
                change = ZL_CHANGE_AMENDED;
            /* "/Шинэчилсэн найруулга/" has no date: the act's own.  A note
             * whose date could not be read keeps its change undated. */
            const char *date = *ev->date || note->undated ? ev->date : a->doc->date;
            if (date == NULL)
                continue;
            if (tg->unit == NULL)
                g_ptr_array_add(a->doc->act_amendments,
                                zr_amendment_new(date, zl_change_name(change), tg->part, note->text));
            else
                zl_unit_add_amendment(tg->unit, date, change, tg->part, note->text);
            /* The day of the law that made a change applying from a later one. */
            GPtrArray *history = tg->unit == NULL ? a->doc->act_amendments : tg->unit->amendments;
            if (*ev->made != '\0') {
                zr_amendment *added = g_ptr_array_index(history, history->len - 1);
                added->made = g_strdup(ev->made);
            }
        }
        g_free(tg->part);
    }
    if (a->fn != NULL)
        a->fn(note, holder, desc->str, how, a->user);
    g_string_free(desc, TRUE);
    g_array_unref(targets);
}

static int
part_cmp(gconstpointer a, gconstpointer b)
{
    const zr_part *x = *(const zr_part *const *)a, *y = *(const zr_part *const *)b;
    if (x->start != y->start)
        return (x->start > y->start) - (x->start < y->start);
    return (int)strlen(x->key) - (int)strlen(y->key);
}

/* Points numbered "1/", "2/" at line starts (the Constitution's, older
 * laws'), under the numbered item above them: "7/" under part 3.2 is
 * 3.2.7, the key a reference to it is read into.  A lettered point ("в/",
 * "д/") is keyed by its letter under the item above it (18.1.2.в): a part
 * of its own, which its note repeals, restates or amends. */
static void
add_slash_points(zr_unit *u, GRegex *slash)
{
    if (u->provision == NULL || strchr(u->text, '/') == NULL)
        return;
    GMatchInfo *mi = NULL;
    GArray *starts = g_array_new(FALSE, FALSE, sizeof(int));
    GPtrArray *nums = g_ptr_array_new_with_free_func(g_free);
    g_regex_match(slash, u->text, 0, &mi);
    while (g_match_info_matches(mi)) {
        int s, e;
        g_match_info_fetch_pos(mi, 0, &s, &e);
        g_array_append_val(starts, s);
        char *num = g_match_info_fetch(mi, 1);
        three_for_ze(&num);
        g_ptr_array_add(nums, num);
        g_match_info_next(mi, NULL);
    }
    g_match_info_free(mi);
    int len = (int)strlen(u->text);
    GPtrArray *added = g_ptr_array_new();
    for (guint i = 0; i < nums->len; i++) {
        int at = g_array_index(starts, int, i);
        const zr_part *parent = item_at(u, at);
        /* Within the parent's text: to the next point or the parent's end. */
        int end = parent != NULL ? parent->end : len;
        if (i + 1 < nums->len && g_array_index(starts, int, i + 1) < end)
            end = g_array_index(starts, int, i + 1);
        while (end > at && g_ascii_isspace(u->text[end - 1]))
            end--;
        char *key = g_strconcat(parent != NULL ? parent->key : u->provision, ".", (char *)nums->pdata[i], NULL);
        if (part_with_key(u, key) == NULL && end > at) {
            zr_part *p = g_new0(zr_part, 1);
            p->key = key;
            p->start = at;
            p->end = end;
            g_ptr_array_add(added, p);
        } else {
            g_free(key);
        }
    }
    for (guint i = 0; i < added->len; i++)
        g_ptr_array_add(u->parts, added->pdata[i]);
    if (added->len > 0)
        g_ptr_array_sort(u->parts, part_cmp);
    g_ptr_array_unref(added);
    g_ptr_array_unref(nums);
    g_array_unref(starts);
}

/* A heading that holds a note ("61 дүгээр зүйл./Энэ зүйлийг … хүчингүй
 * болгосон/", "Article 3. Numbat permit [Repealed by the Law of …]")
 * keeps its words only. */
static void
clean_label(zl_reader *reader, zr_unit *u)
{
    if (u->label == NULL || strpbrk(u->label, "/([") == NULL)
        return;
    GPtrArray *notes = zl_find_notes(reader, u->label);
    if (notes->len > 0) {
        const zl_note *n = g_ptr_array_index(notes, 0);
        char *kept = g_strndup(u->label, (gsize)n->start);
        g_strchomp(kept);
        size_t k = strlen(kept);
        while (k > 0 && (kept[k - 1] == '.' || kept[k - 1] == ' '))
            kept[--k] = '\0';
        g_free(u->label);
        u->label = kept;
    }
    g_ptr_array_unref(notes);
}

/* The article's Тайлбар a note spoke of (the nth of its text, now without
 * notes) becomes a part of its own, as numbered parts are, so that its
 * repeal leaves it out of the text searched as law in force; the part
 * before it ends where it starts. */
static void
add_explanation(zr_unit *u, int nth)
{
    int start = -1;
    for (int at = explanation_at(u->text, 0), k = 1; at >= 0; at = explanation_at(u->text, at + 1), k++) {
        if (k == nth) {
            start = at;
            break;
        }
    }
    if (start < 0 || u->provision == NULL)
        return;
    int end = explanation_end(u->text, start);
    for (guint i = 0; i < u->parts->len; i++) {
        zr_part *p = g_ptr_array_index(u->parts, i);
        if (p->start < start && p->end > start) {
            int e = start;
            while (e > p->start && g_ascii_isspace(u->text[e - 1]))
                e--;
            p->end = e;
        }
    }
    char *key = zl_explanation_key(u->provision);
    ix_unit_add_part(u, key, start, end);
    g_free(key);
    g_ptr_array_sort(u->parts, part_cmp);
}

/* The letter of an item numbered under the point above it ("9.1.1.а." is
 * found as "9.1.1" again), or NULL (new).  One letter, then no letter:
 * "16.3.Өрхийн …" is a second part numbered 16.3 with no space before
 * its words (repeats.h), no letter of the one above. */
static char *
item_letter(const zr_unit *u, const zr_part *prev, const zr_part *p)
{
    if (prev == NULL)
        return NULL;
    size_t n = strlen(prev->key);
    const char *at = u->text + p->start;
    while (*at == ' ' || *at == '\t')
        at++;
    const char *letter = at + n + 1;
    if (strncmp(p->key, prev->key, n) != 0 || strncmp(at, prev->key, n) != 0 || at[n] != '.' ||
        !g_unichar_isalpha(g_utf8_get_char(letter)) || g_unichar_isalpha(g_utf8_get_char(g_utf8_next_char(letter))))
        return NULL;
    char *out = g_strndup(letter, (gsize)(g_utf8_next_char(letter) - letter));
    /* Found as the point's number again, or keyed by its letter already
     * (key_lettered_items, when no note left the text to find it again). */
    if (p->key[n] != '\0' && !(p->key[n] == '.' && strcmp(p->key + n + 1, out) == 0))
        g_clear_pointer(&out, g_free);
    return out;
}

/* Such an item keyed by its letter under its point ("9.1.1.б"), as a
 * lettered point "б/" is.  While the notes are read (`nest` false): a note
 * after it ("7.1.21.б./Энэ заалтыг … хүчингүй …/") is that item's, never
 * the point's, and it is no second occurrence of the point's number.  Once
 * the notes are out of the text (`nest`): it stays a part of its own under
 * its point ("122.1.3.б"), so its repeal strikes its words and leaves the
 * point in force, and a reference to it finds it; the point runs over its
 * items, its number listed once. */
static void
key_lettered_items(zr_unit *u, bool nest)
{
    zr_part *point = NULL;
    for (guint i = 0; i < u->parts->len; i++) {
        zr_part *p = g_ptr_array_index(u->parts, i);
        char *letter = item_letter(u, point, p);
        if (letter == NULL) {
            point = p;
            continue;
        }
        if (strcmp(p->key, point->key) == 0) {
            char *key = g_strconcat(p->key, ".", letter, NULL);
            g_free(p->key);
            p->key = key;
        }
        if (nest)
            point->end = MAX(point->end, p->end);
        g_free(letter);
    }
}

/* Removes the notes from a unit's text: a note alone on its line with its
 * line, else the note and the blank before it. */
static void
strip_notes(const ix_patterns *pat, GRegex *slash, zr_unit *u, const GPtrArray *notes)
{
    if (notes->len == 0)
        return;
    const char *t = u->text;
    GString *out = g_string_new(NULL);
    int from = 0;
    for (guint k = 0; k < notes->len; k++) {
        const zl_note *n = g_ptr_array_index(notes, k);
        int s = n->start, e = n->end;
        int ls = s, le = e;
        while (ls > from && (t[ls - 1] == ' ' || t[ls - 1] == '\t'))
            ls--;
        while (t[le] == ' ' || t[le] == '\t' || t[le] == '\r')
            le++;
        if ((ls == 0 || t[ls - 1] == '\n') && (t[le] == '\n' || t[le] == '\0')) {
            s = ls;
            e = t[le] == '\n' ? le + 1 : le;
        } else {
            s = ls;
        }
        if (s < from)
            s = from;
        g_string_append_len(out, t + from, s - from);
        from = e;
    }
    g_string_append(out, t + from);
    g_free(u->text);
    char *text = g_string_free(out, FALSE);
    u->text = g_strstrip(text);
    g_ptr_array_set_size(u->parts, 0);
    ix_find_parts(pat, u);
    add_slash_points(u, slash);
}

/* A unit added twice with nothing between that took it away was added
 * once, on the later day: a chapter's note ("/Энэ бүлгийг 2002 … нэмсэн/")
 * speaks of the articles it held then, and an article added to it since
 * has its own note ("/485 дугаар зүйлийг 2011 … нэмсэн/"); the chapter's
 * day is not the article's. */
static void
added_once(zr_unit *u)
{
    for (guint i = 0; i < u->amendments->len; i++) {
        const zr_amendment *a = g_ptr_array_index(u->amendments, i);
        if (a->part != NULL || strcmp(a->change, "added") != 0)
            continue;
        bool again = false;
        for (guint k = i + 1; k < u->amendments->len && !again; k++) {
            const zr_amendment *b = g_ptr_array_index(u->amendments, k);
            if (b->part != NULL)
                continue;
            if (strcmp(b->change, "added") == 0)
                again = true;
            else if (strcmp(b->change, "repealed") == 0 || strcmp(b->change, "expired") == 0)
                break;
        }
        if (again)
            g_ptr_array_remove_index(u->amendments, i--);
    }
}

/* Status from the history: a repeal of the unit that nothing since
 * undid (zl_deciding_repeal), or every one of its parts repealed. */
static void
set_status(zr_unit *u)
{
    zl_sort_history(u->amendments);
    added_once(u);
    /* The repeal in effect, else one to come. */
    const zr_amendment *repeal = zl_deciding_repeal(u->amendments, NULL, true, NULL);
    if (repeal == NULL)
        repeal = zl_deciding_repeal(u->amendments, NULL, false, NULL);
    const char *on = NULL;
    if (repeal != NULL) {
        on = repeal->date;
    } else if (!zl_every_part_repealed(u, &on, NULL)) {
        on = NULL;
    }
    /* A repeal from a day still to come leaves the unit in force until
     * then: its last day is known, its status is not yet repealed. */
    bool ahead = on != NULL && !zl_day_passed(on, NULL);
    g_free(u->status);
    u->status = g_strdup(on != NULL && !ahead ? "repealed" : "in_force");
    if (on != NULL) {
        if (!ahead && *on != '\0')
            u->repealed_on = g_strdup(on);
        if (u->valid_to == NULL)
            u->valid_to = zl_day_before(on);
    }
    /* In force since it was added, when a note says so to the day. */
    for (guint i = u->amendments->len; u->valid_from == NULL && i-- > 0;) {
        const zr_amendment *a = g_ptr_array_index(u->amendments, i);
        if (a->part == NULL && strcmp(a->change, "added") == 0 && strlen(a->date) == 10 &&
            (on == NULL || strcmp(a->date, on) <= 0))
            u->valid_from = g_strdup(a->date);
    }
}

/* Articles a note names that the text no longer holds ("13-21 дүгээр
 * зүйл /… хүчингүй болсонд тооцсон/": one line for nine articles), whose
 * changes record_note kept in the act's history under their numbers: each
 * becomes an article of its own, its heading its text, repealed with that
 * history, in its place among the articles (after the one it follows in
 * number), so that a reference to it is answered as repealed and the act's
 * own history holds no repeal that reads as the law's.  The range's
 * heading left at the end of the article above it goes with them. */
static void
add_gone_articles(zr_doc *doc)
{
    GPtrArray *act = doc->act_amendments;
    bool added = false;
    for (guint k = 0; k < act->len;) {
        zr_amendment *am = g_ptr_array_index(act, k);
        const char *key = am->part;
        bool article = key != NULL && *key != '\0' && strspn(key, "0123456789") == strlen(key);
        if (!article || unit_with_provision(doc, key) != NULL || g_strcmp0(am->change, "repealed") != 0) {
            k++;
            continue;
        }
        long n = strtol(key, NULL, 10);
        guint at = doc->units->len; /* before the first article numbered above it */
        for (guint i = 0; i < doc->units->len && at == doc->units->len; i++) {
            const zr_unit *u = g_ptr_array_index(doc->units, i);
            if (g_strcmp0(u->kind, "article") == 0 && u->provision != NULL && g_ascii_isdigit(*u->provision) &&
                strtol(u->provision, NULL, 10) > n)
                at = i;
        }
        char *label = ix_article_label(key, NULL, "mn");
        zr_unit *v = ix_doc_add_unit(doc, "article", g_strdup(label));
        g_ptr_array_remove_index(doc->units, doc->units->len - 1);
        g_ptr_array_insert(doc->units, (gint)at, v);
        v->provision = g_strdup(key);
        v->label = label;
        g_ptr_array_add(v->amendments, g_ptr_array_steal_index(act, k));
        am->part = (g_free(am->part), NULL);
        set_status(v);
        added = true;
    }
    if (!added)
        return;
    for (guint i = 0; i < doc->units->len; i++)
        ((zr_unit *)g_ptr_array_index(doc->units, i))->ordinal = (int)i;
    /* "13-21 дүгээр зүйл." closing the article above: the heading of the
     * articles gone, no words of that article. */
    GRegex *range = g_regex_new("\\n[ \\t]*[0-9]+[ \\t]*-[ \\t]*[0-9]+[ \\t]*(?:дүгээр|дугаар)[ \\t]+зүйл[ \\t]*\\.?\\s*$",
                                G_REGEX_CASELESS, 0, NULL);
    for (guint i = 0; i < doc->units->len; i++) {
        zr_unit *u = g_ptr_array_index(doc->units, i);
        GMatchInfo *mi = NULL;
        if (u->text != NULL && ix_law_text_may_hold(u->text, "зүйл") && g_regex_match(range, u->text, 0, &mi)) {
            int s, e;
            g_match_info_fetch_pos(mi, 0, &s, &e);
            u->text[s] = '\0';
            g_strchomp(u->text);
            int len = (int)strlen(u->text);
            for (guint p = 0; p < u->parts->len; p++) {
                zr_part *part = g_ptr_array_index(u->parts, p);
                if (part->end > len)
                    part->end = len;
                if (part->start > len)
                    part->start = len;
            }
        }
        g_match_info_free(mi);
    }
    g_regex_unref(range);
}

/* A chapter's heading (its number, its name, what stays of its notes)
 * lies at the end of the article before it: the article holding it is
 * how a chapter's note finds its articles (chapter_units).  Once the
 * notes are read it goes to the start of the article it opens, so that
 * no article's text, snippet or words end with the next chapter's name.
 * Parts keep their keys; their offsets move with the text. */
static void
move_chapter_headings(zr_doc *doc, GRegex *chapter)
{
    for (guint i = 0; i + 1 < doc->units->len; i++) {
        zr_unit *u = g_ptr_array_index(doc->units, i), *next = g_ptr_array_index(doc->units, i + 1);
        if (u->provision == NULL || next->provision == NULL)
            continue;
        GMatchInfo *mi = NULL;
        int at = -1;
        if (ix_law_text_may_hold(u->text, "лэг")) /* "бүлэг": see ix_attach_amendments */
            g_regex_match(chapter, u->text, 0, &mi);
        while (at < 0 && mi != NULL && g_match_info_matches(mi)) {
            int s, e;
            g_match_info_fetch_pos(mi, 0, &s, &e);
            if (s > 0)
                at = s;
            g_match_info_next(mi, NULL);
        }
        g_match_info_free(mi);
        if (at < 0)
            continue;
        int keep = at;
        while (keep > 0 && g_ascii_isspace(u->text[keep - 1]))
            keep--;
        char *heading = g_strstrip(g_strdup(u->text + at));
        if (keep == 0 || *heading == '\0') {
            g_free(heading);
            continue;
        }
        u->text[keep] = '\0';
        for (guint k = u->parts->len; k-- > 0;) {
            zr_part *p = g_ptr_array_index(u->parts, k);
            if (p->start >= keep)
                g_ptr_array_remove_index(u->parts, k);
            else if (p->end > keep)
                p->end = keep;
        }
        char *joined = g_strconcat(heading, "\n\n", next->text, NULL);
        int shift = (int)(strlen(joined) - strlen(next->text));
        g_free(next->text);
        next->text = joined;
        for (guint k = 0; k < next->parts->len; k++) {
            zr_part *p = g_ptr_array_index(next->parts, k);
            p->start += shift;
            p->end += shift;
        }
        g_free(heading);
    }
}

void
ix_attach_amendments(const ix_patterns *pat, zr_doc *doc, ix_note_fn fn, void *user)
{
    guint n = doc->units->len;
    zl_reader *reader = zl_reader_new();
    attach a = {.doc = doc, .fn = fn, .user = user};
    /* A chapter's heading on a line of its own: "ХОРЬДУГААР БҮЛЭГ",
     * "Нэгдүгээр бүлэг", "АРВАН ХОЁРДУГААР БҮЛЭГ" and "ЖАРАН НЭГДҮГЭЭР БҮЛЭГ"
     * (an ordinal of two words, any of the tens), "ХОЁР ДУГААР БҮЛЭГ", "14
     * дүгээр бүлэг".  A chapter an amendment inserted (14¹, between 14 and
     * 15) carries its superscript as the text has it once normalised, a
     * plain digit wherever it is glued: before the suffix ("ЗУРГАА1ДУГААР
     * БYЛЭГ") or after it ("АРВАН ДӨРӨВДҮГЭЭР1 БҮЛЭГ", "…ДҮГЭЭР¹ БҮЛЭГ"), or
     * after the word ("АРВАН ХОЁРДУГААР БҮЛЭГ@A1@B", an export's markup), as an
     * inserted article is read whether typed "160¹" or "1601".  Only the
     * heading's place matters here (chapter_units): a chapter not seen lends
     * its notes to the chapter before it.  Its name may follow on the line,
     * after a dot or in capitals ("НЭГДҮГЭЭР БҮЛЭГ НИЙТЛЭГ ҮНДЭСЛЭЛ"); never
     * a sentence ("Хоёрдугаар бүлэг болон …", "… бүлэгт заасан"). */
    a.chapter = g_regex_new("^[ \\t]*(?:(?:арван|хорин|гучин|дөчин|тавин|жаран|далан|наян|ерэн)[ \\t]+)?\\S*?[ \\t]?"
                            "(?:дугаар|дүгээр|дүгаар)[ \\t]*[0-9\\x{00B9}\\x{00B2}\\x{00B3}\\x{2070}\\x{2074}-\\x{2079}]*"
                            "[ \\t]*б[үy]лэг[0-9\\x{00B9}\\x{00B2}\\x{00B3}\\x{2070}\\x{2074}-\\x{2079}]*(?:[ \\t]*$|[ \\t]*[.:]|[ \\t]+\\p{Lu}{2})",
                            G_REGEX_CASELESS | G_REGEX_MULTILINE | G_REGEX_NEWLINE_LF, 0, NULL);
    a.chapters = g_new0(GArray *, n ? n : 1);
    a.explanation = g_new0(int, n ? n : 1);
    GRegex *slash =
        g_regex_new("^[ \\t]*([0-9]{1,3}|З|[а-яёөү])[ \\t]?/(?![0-9])", G_REGEX_MULTILINE | G_REGEX_NEWLINE_LF, 0, NULL);
    GPtrArray **notes = g_new0(GPtrArray *, n ? n : 1);
    a.notes = notes;
    for (guint i = 0; i < n; i++) {
        zr_unit *u = g_ptr_array_index(doc->units, i);
        if (u->amendments == NULL)
            u->amendments = g_ptr_array_new_with_free_func(zr_amendment_free);
        if (u->provision != NULL && u->parts->len == 0)
            ix_find_parts(pat, u);
        add_slash_points(u, slash);
        key_lettered_items(u, false);
        ix_key_repeated_parts(u, NULL);
        a.chapters[i] = g_array_new(FALSE, FALSE, sizeof(int));
        /* A chapter's heading ends "бүлэг": a unit without "лэг" has none,
         * and PCRE need not try the pattern at each of its lines. */
        GMatchInfo *mi = NULL;
        if (ix_law_text_may_hold(u->text, "лэг"))
            g_regex_match(a.chapter, u->text, 0, &mi);
        while (mi != NULL && g_match_info_matches(mi)) {
            int s, e;
            g_match_info_fetch_pos(mi, 0, &s, &e);
            g_array_append_val(a.chapters[i], s);
            g_match_info_next(mi, NULL);
        }
        g_match_info_free(mi);
        notes[i] = zl_find_notes(reader, u->text);
    }
    /* A unit kept as a marker of its repeal is that now, whatever its
     * dated notes say: its repeal, undated, is recorded after them, and
     * undated changes keep their place in a history (zl_sort_history). */
    for (int gone = 0; gone < 2; gone++)
        for (guint i = 0; i < n; i++)
            for (guint k = 0; k < notes[i]->len; k++)
                if (((const zl_note *)g_ptr_array_index(notes[i], k))->gone == gone)
                    record_note(&a, i, g_ptr_array_index(notes[i], k));
    for (guint i = 0; i < n; i++) {
        zr_unit *u = g_ptr_array_index(doc->units, i);
        /* The parts are found again without the notes: each occurrence of
         * a repeated number gets the key it had when its notes were read. */
        GHashTable *keepers = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
        ix_settle_repeated_parts(u, keepers);
        strip_notes(pat, slash, u, notes[i]);
        key_lettered_items(u, true);
        ix_key_repeated_parts(u, keepers);
        g_hash_table_destroy(keepers);
        if (a.explanation[i] > 0)
            add_explanation(u, a.explanation[i]);
        clean_label(reader, u);
        set_status(u);
        g_ptr_array_unref(notes[i]);
        g_array_unref(a.chapters[i]);
    }
    zl_sort_history(doc->act_amendments);
    add_gone_articles(doc);
    move_chapter_headings(doc, a.chapter);
    g_free(notes);
    g_free(a.chapters);
    g_free(a.explanation);
    g_regex_unref(a.chapter);
    g_regex_unref(slash);
    zl_reader_free(reader);
}
