/* mkspellgate — writes core/spellgate_table.c from a hunspell dictionary.
 *
 *   build/mkspellgate AFF DIC > core/spellgate_table.c    (make spellgate)
 *
 * The table holds every run of three symbols (spellgate.h: the letters, the
 * word's start and end) that a word the dictionary accepts may contain.  It
 * must never miss one, or the gate would drop a real word; so wherever the
 * dictionary's rules are not followed exactly, the tool admits more:
 *   - every stem's runs (folded to lower case: a proper noun is checked
 *     capitalised, and hunspell then tries the lower case too);
 *   - for each suffix rule of each of a stem's flags whose condition holds,
 *     the runs where the suffix meets what is left of the stem after its
 *     strip; then the same for the suffixes the first suffix's continuation
 *     flags allow on the word it made (hunspell strips at most two);
 *   - compounds (COMPOUNDFLAG, and every flag named in a COMPOUNDRULE): the
 *     runs where the last two letters of any form of such a word meet the
 *     first two of another (any three-symbol run after a one-letter part).
 * A dictionary using what this tool does not model (prefixes, flag aliases,
 * input conversion, other compounding options) is refused: no table is
 * better than a wrong one.
 */
#include "core/spellgate.h"

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Suffix strips are at most 6 letters here; conditions a few.  The stem
 * ending carried along is this long, or the whole stem with its start. */
#define CTX        14
#define LEVELS     2
#define MARK_START 0x5E /* '^' in a carried ending: the stem's start */

typedef struct {
    bool neg;
    bool any;
    gunichar *set; /* 0-terminated */
} atom;

typedef struct {
    gunichar *strip, *add; /* 0-terminated */
    glong strip_len, add_len;
    char **cont; /* continuation flags (2 bytes each) */
    atom *cond;
    int ncond;
} rule;

static GHashTable *rules;    /* flag -> GPtrArray of rule* */
static GHashTable *compound; /* flags whose words compound */
static uint64_t table[SG_WORDS];
static GHashTable *ends_seen; /* compound part endings (two symbols) */
static GHashTable *starts_seen;
static GHashTable *done;

static void
die(const char *msg, const char *arg)
{
    fprintf(stderr, "mkspellgate: %s%s%s\n", msg, arg ? ": " : "", arg ? arg : "");
    exit(1);
}

static void
add_run(int a, int b, int c)
{
    if (a < 0 || b < 0 || c < 0)
        return;
    unsigned i = sg_index(a, b, c);
    table[i / 64] |= 1ULL << (i % 64);
}

static int
sym(gunichar c)
{
    if (c == MARK_START)
        return SG_START;
    return sg_symbol(c);
}

/* Every run of s[0..n) followed by the word's end. */
static void
add_runs_end(const gunichar *s, glong n)
{
    for (glong i = 0; i + 2 <= n; i++)
        add_run(sym(s[i]), sym(s[i + 1]), i + 2 < n ? sym(s[i + 2]) : SG_END);
}

static bool
cond_holds(const gunichar *end, glong n, const rule *r)
{
    if (r->ncond > n)
        return end[0] != MARK_START; /* not enough context: assume it holds */
    for (int i = 0; i < r->ncond; i++) {
        gunichar c = end[n - r->ncond + i];
        const atom *a = &r->cond[i];
        if (c == MARK_START)
            return false;
        if (a->any)
            continue;
        bool in = false;
        for (const gunichar *s = a->set; *s; s++)
            in |= *s == c;
        if (in == a->neg)
            return false;
    }
    return true;
}

static void
note_end(const gunichar *w, glong n)
{
    if (n < 2)
        return;
    char key[2] = {(char)sym(w[n - 2]), (char)sym(w[n - 1])};
    if (key[0] < 0 || key[1] < 0)
        return;
    g_hash_table_add(ends_seen, GINT_TO_POINTER(1 + key[0] * SG_N + key[1]));
}

static void affix(const gunichar *end, glong n, const char *flag, int level, bool comp);

/* Applies every rule of `flag` to a word ending `end` (n symbols). */
static void
affix(const gunichar *end, glong n, const char *flag, int level, bool comp)
{
    GPtrArray *rs = g_hash_table_lookup(rules, flag);
    if (!rs)
        return;
    GString *key = g_string_new(NULL);
    g_string_append_printf(key, "%d%c%s%c", level, comp ? 'c' : '-', flag, 1);
    for (glong i = 0; i < n; i++)
        g_string_append_unichar(key, end[i]);
    if (g_hash_table_contains(done, key->str)) {
        g_string_free(key, TRUE);
        return;
    }
    g_hash_table_add(done, g_string_free(key, FALSE));
    gunichar buf[CTX + 64];
    for (guint k = 0; k < rs->len; k++) {
        const rule *r = rs->pdata[k];
        if (!cond_holds(end, n, r))
            continue;
        glong body = n;
        if (r->strip_len) {
            if (r->strip_len > n || memcmp(end + n - r->strip_len, r->strip, r->strip_len * sizeof(gunichar)) != 0)
                continue;
            body = n - r->strip_len;
        }
        if (body == 0 || r->add_len > 60)
            die("a strip longer than the ending carried", NULL);
        /* The join: the body's last two symbols, the suffix, the end. */
        glong from = body >= 2 ? body - 2 : 0;
        glong m = 0;
        for (glong i = from; i < body; i++)
            buf[m++] = end[i];
        for (glong i = 0; i < r->add_len; i++)
            buf[m++] = r->add[i];
        add_runs_end(buf, m);
        /* The new word's ending, for a second suffix or a compound join. */
        gunichar word[CTX + 64];
        glong wn = 0;
        for (glong i = 0; i < body; i++)
            word[wn++] = end[i];
        for (glong i = 0; i < r->add_len; i++)
            word[wn++] = r->add[i];
        if (comp)
            note_end(word, wn);
        if (level < LEVELS) {
            glong keep = wn > CTX ? CTX : wn;
            for (char **c = r->cont; *c; c++)
                affix(word + wn - keep, keep, *c, level + 1, comp);
        }
    }
}

static gunichar *
ucs4_lower(const char *s, glong *n)
{
    char *low = g_utf8_strdown(s, -1);
    gunichar *u = g_utf8_to_ucs4_fast(low, -1, n);
    g_free(low);
    return u;
}

static atom *
parse_cond(const char *c, int *n)
{
    GArray *a = g_array_new(FALSE, TRUE, sizeof(atom));
    char *low = g_utf8_strdown(c, -1);
    for (const char *p = low; *p;) {
        atom at = {0};
        if (*p == '[') {
            const char *q = strchr(p, ']');
            if (!q)
                die("unclosed condition", c);
            p++;
            if (*p == '^') {
                at.neg = true;
                p++;
            }
            glong len;
            char *inner = g_strndup(p, q - p);
            at.set = g_utf8_to_ucs4_fast(inner, -1, &len);
            g_free(inner);
            p = q + 1;
        } else if (*p == '.') {
            at.any = true;
            p++;
        } else {
            at.set = g_new0(gunichar, 2);
            at.set[0] = g_utf8_get_char(p);
            p = g_utf8_next_char(p);
        }
        g_array_append_val(a, at);
    }
    g_free(low);
    *n = (int)a->len;
    return (atom *)g_array_free(a, FALSE);
}

static char **
split_flags(const char *f)
{
    size_t n = strlen(f);
    if (n % 2)
        die("odd flag string (FLAG long expected)", f);
    char **v = g_new0(char *, n / 2 + 1);
    for (size_t i = 0; i < n / 2; i++)
        v[i] = g_strndup(f + 2 * i, 2);
    return v;
}

static void
read_aff(const char *path)
{
    char *text;
    if (!g_file_get_contents(path, &text, NULL, NULL))
        die("cannot read", path);
    static const char *const refused[] = {"PFX",
                                          "AF",
                                          "AM",
                                          "ICONV",
                                          "OCONV",
                                          "IGNORE",
                                          "CIRCUMFIX",
                                          "COMPOUNDBEGIN",
                                          "COMPOUNDMIDDLE",
                                          "COMPOUNDEND",
                                          "COMPOUNDLAST",
                                          "NEEDAFFIX",
                                          "COMPLEXPREFIXES",
                                          "COMPOUNDPERMITFLAG"};
    bool flag_long = false;
    char **lines = g_strsplit(text, "\n", -1);
    for (char **l = lines; *l; l++) {
        char **f = g_strsplit_set(g_strstrip(*l), " \t", -1);
        int nf = (int)g_strv_length(f);
        for (size_t i = 0; nf > 0 && i < G_N_ELEMENTS(refused); i++)
            if (strcmp(f[0], refused[i]) == 0)
                die("dictionary uses an option this tool does not model", f[0]);
        if (nf >= 2 && strcmp(f[0], "FLAG") == 0)
            flag_long = strcmp(f[1], "long") == 0;
        if (nf >= 2 && strcmp(f[0], "COMPOUNDFLAG") == 0)
            g_hash_table_add(compound, g_strdup(f[1]));
        if (nf >= 2 && strcmp(f[0], "COMPOUNDRULE") == 0) {
            /* Long flags are written in parentheses: (nn)*[a0,a1]. */
            for (const char *p = f[1]; *p; p++)
                if (*p == '(' && p[1] && p[2] && p[3] == ')')
                    g_hash_table_add(compound, g_strndup(p + 1, 2));
                else if (*p == '[' || *p == ',')
                    if (p[1] && p[2] && (p[3] == ',' || p[3] == ']'))
                        g_hash_table_add(compound, g_strndup(p + 1, 2));
        }
        if (nf >= 5 && strcmp(f[0], "SFX") == 0) {
            rule *r = g_new0(rule, 1);
            r->strip = strcmp(f[2], "0") == 0 ? g_new0(gunichar, 1) : ucs4_lower(f[2], &r->strip_len);
            char *slash = strchr(f[3], '/');
            char *add = slash ? g_strndup(f[3], slash - f[3]) : g_strdup(f[3]);
            r->add = strcmp(add, "0") == 0 ? g_new0(gunichar, 1) : ucs4_lower(add, &r->add_len);
            g_free(add);
            r->cont = split_flags(slash ? slash + 1 : "");
            r->cond = parse_cond(f[4], &r->ncond);
            GPtrArray *rs = g_hash_table_lookup(rules, f[1]);
            if (!rs) {
                rs = g_ptr_array_new();
                g_hash_table_insert(rules, g_strdup(f[1]), rs);
            }
            g_ptr_array_add(rs, r);
        }
        g_strfreev(f);
    }
    if (!flag_long)
        die("FLAG long expected", path);
    g_strfreev(lines);
    g_free(text);
}

static void
read_dic(const char *path)
{
    char *text;
    if (!g_file_get_contents(path, &text, NULL, NULL))
        die("cannot read", path);
    char *save = NULL;
    bool first = true;
    for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        if (first) {
            first = false;
            continue;
        }
        char *sp = strpbrk(line, " \t");
        if (sp)
            *sp = '\0';
        char *slash = strchr(line, '/');
        if (slash)
            *slash = '\0';
        if (!*line || !g_utf8_validate(line, -1, NULL))
            continue;
        glong n;
        gunichar *w = ucs4_lower(line, &n);
        gunichar *s = g_new(gunichar, n + 1);
        s[0] = MARK_START;
        memcpy(s + 1, w, n * sizeof(gunichar));
        add_runs_end(s, n + 1);
        char **flags = split_flags(slash ? slash + 1 : "");
        /* A part is looked up with its case as typed, and the words asked
         * are lower case or capitalised: only a dictionary word in lower
         * case after its first letter can be a part, and only one all in
         * lower case can follow another (CHECKCOMPOUNDCASE forbids a
         * capital at a join anyway). */
        bool rest_lower = true, first_lower = !g_unichar_isupper(g_utf8_get_char(line));
        for (const char *p = g_utf8_next_char(line); *p; p = g_utf8_next_char(p))
            rest_lower &= !g_unichar_isupper(g_utf8_get_char(p));
        bool comp = false;
        for (char **fl = flags; *fl; fl++)
            comp |= g_hash_table_contains(compound, *fl);
        comp &= rest_lower;
        if (comp) {
            note_end(s, n + 1);
            if (n >= 1 && first_lower) {
                int a = sg_symbol(w[0]), b = n >= 2 ? sg_symbol(w[1]) : SG_N;
                if (a >= 0 && b >= 0)
                    g_hash_table_add(starts_seen, GINT_TO_POINTER(1 + a * (SG_N + 1) + b));
            }
        }
        glong keep = n + 1 > CTX ? CTX : n + 1;
        for (char **fl = flags; *fl; fl++)
            affix(s + n + 1 - keep, keep, *fl, 1, comp);
        g_strfreev(flags);
        g_free(s);
        g_free(w);
    }
    g_free(text);
}

/* Compound joins: the end of one part, the start of the next. */
static void
add_compound_joins(void)
{
    GList *ends = g_hash_table_get_keys(ends_seen), *starts = g_hash_table_get_keys(starts_seen);
    for (GList *e = ends; e; e = e->next) {
        int ek = GPOINTER_TO_INT(e->data) - 1, e1 = ek / SG_N, e2 = ek % SG_N;
        for (GList *s = starts; s; s = s->next) {
            int sk = GPOINTER_TO_INT(s->data) - 1, s1 = sk / (SG_N + 1), s2 = sk % (SG_N + 1);
            add_run(e1, e2, s1);
            if (s2 < SG_N) {
                add_run(e2, s1, s2);
            } else {
                /* A one-letter part: anything may follow it. */
                for (int x = 0; x < SG_N; x++)
                    add_run(e2, s1, x);
            }
        }
    }
    g_list_free(ends);
    g_list_free(starts);
}

int
main(int argc, char **argv)
{
    if (argc != 3)
        die("usage: mkspellgate AFF DIC", NULL);
    sg_source src;
    if (!sg_fingerprint(argv[1], argv[2], &src))
        die("cannot read the dictionary", argv[2]);
    rules = g_hash_table_new(g_str_hash, g_str_equal);
    compound = g_hash_table_new(g_str_hash, g_str_equal);
    ends_seen = g_hash_table_new(NULL, NULL);
    starts_seen = g_hash_table_new(NULL, NULL);
    done = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    read_aff(argv[1]);
    read_dic(argv[2]);
    add_compound_joins();
    unsigned runs = 0;
    for (unsigned i = 0; i < SG_WORDS; i++)
        runs += (unsigned)__builtin_popcountll(table[i]);
    printf("/* spellgate_table.c — generated by tools/mkspellgate.c (make spellgate)\n"
           " * from %s and %s: %u runs of three symbols.  Do not edit. */\n"
           "#include \"core/spellgate.h\"\n\n",
           argv[1], argv[2], runs);
    printf("const sg_source sg_table_source = {%lldLL, %lldLL, 0x%016llxULL, 0x%016llxULL};\n\n",
           (long long)src.aff_size, (long long)src.dic_size, (unsigned long long)src.aff_hash,
           (unsigned long long)src.dic_hash);
    printf("const uint64_t sg_table[SG_WORDS] = {\n");
    for (unsigned i = 0; i < SG_WORDS; i++)
        printf("%s0x%016llxULL,%s", i % 4 == 0 ? "    " : " ", (unsigned long long)table[i],
               i % 4 == 3 || i + 1 == SG_WORDS ? "\n" : "");
    printf("};\n");
    fprintf(stderr, "mkspellgate: %u runs, %u suffix contexts\n", runs, g_hash_table_size(done));
    return 0;
}
