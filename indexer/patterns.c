/* patterns.c — the structure finders' patterns, read from corpus-config
 * and compiled once per context (patterns.h), and the text helpers the
 * finders share.
 *
 * A pattern that does not compile disables its field rather than the run
 * (test_structure compiles every pattern of the shipped files).
 *
 * Not for: running the patterns (articles.c, decision.c, courts.c).
 */
#include "indexer/patterns.h"

#include "core/cfgfile.h"

#include <string.h>

#include "core/context.h"

/* ---- Built-in article headings ----------------------------------------- */

/* Article headings.  Group 1 is the number, group 2 the title (possibly
 * empty).  The "(?|...)" branch-reset alternatives accept "зүйл.Title",
 * "зүйл Title" (title starting with a capital) and a bare "зүйл" at line end,
 * but not "13.1 дүгээр зүйлд заасан" (an inflected cross reference) nor
 * "Article 6.5.1 of the Code" (a citation that happens to start a line). */
typedef struct builtin_heading {
    const char *lang; /* which label style the unit gets */
    const char *pattern;
} builtin_heading;

/* Used only when corpus-config/structure-patterns.ini cannot be read. */
static const builtin_heading builtin_headings[] = {
    {"mn", "^[ \\t]*([0-9]+(?:\\.[0-9]+)*)[ \\t]*(?:дүгээр|дугаар|дүгаар|ДҮГЭЭР|ДУГААР)[ \\t]*"
           "(?:зүйл|ЗҮЙЛ)(?|[ \\t]*\\.[ \\t]*(.*?)|[ \\t]+(\\p{Lu}.*?)|())[ \\t]*$"},
    {"en", "^[ \\t]*(?:Article|ARTICLE)[ \\t]+([0-9]+(?:\\.[0-9]+)*)"
           "(?|[ \\t]*[.:\\x{2013}\\x{2014}-][ \\t]*(.*?)|[ \\t]+(\\p{Lu}.*?)|())[ \\t]*$"},
};

/* ---- Loading ----------------------------------------------------------- */

static GRegex *
compile_flags(const char *pattern, GRegexCompileFlags extra)
{
    if (pattern == NULL)
        return NULL;
    GError *err = NULL;
    GRegex *re = g_regex_new(pattern, G_REGEX_MULTILINE | G_REGEX_NEWLINE_LF | extra, 0, &err);
    if (re == NULL)
        g_clear_error(&err); /* a bad pattern disables its field; test_structure catches it */
    return re;
}

static void
style_free(gpointer p)
{
    ix_article_style *st = p;
    g_free(st->lang);
    if (st->re != NULL)
        g_regex_unref(st->re);
    g_free(st);
}

static GKeyFile *
load_ini(zc_context *ctx, const char *name)
{
    const char *dir = zc_context_dir(ctx);
    if (dir == NULL)
        return NULL;
    char *path = g_build_filename(dir, name, NULL);
    /* Bounded and regular files only, as every configuration file. */
    GKeyFile *kf = g_key_file_new();
    char *text = NULL;
    gsize len = 0;
    if (!zc_config_read(path, &text, &len, NULL) || !g_key_file_load_from_data(kf, text, len, G_KEY_FILE_NONE, NULL)) {
        g_key_file_free(kf);
        kf = NULL;
    }
    g_free(text);
    g_free(path);
    return kf;
}

char *
ix_court_key(const char *name)
{
    char *up = g_utf8_strup(name, -1);
    GString *out = g_string_new(NULL);
    for (const char *c = up; *c; c++) {
        if (g_ascii_isspace(*c)) {
            if (out->len > 0 && out->str[out->len - 1] != ' ')
                g_string_append_c(out, ' ');
        } else {
            g_string_append_c(out, *c);
        }
    }
    g_free(up);
    return g_strstrip(g_string_free(out, FALSE));
}

/* One row of courts.tsv: canonical name, level, ';'-separated aliases. */
static void
add_court(char **f, void *user)
{
    ix_patterns *c = user;
    if (f[0] == NULL || *f[0] == '\0')
        return;
    char *canonical = g_strstrip(g_strdup(f[0]));
    g_hash_table_replace(c->courts, ix_court_key(canonical), g_strdup(canonical));
    if (f[1] != NULL && *f[1] != '\0')
        g_hash_table_replace(c->court_levels, g_strdup(canonical), g_strstrip(g_strdup(f[1])));
    char **aliases = f[1] != NULL && f[2] != NULL ? g_strsplit(f[2], ";", -1) : NULL;
    for (int k = 0; aliases != NULL && aliases[k] != NULL; k++)
        if (*g_strstrip(aliases[k]) != '\0')
            g_hash_table_replace(c->courts, ix_court_key(aliases[k]), g_strdup(canonical));
    g_strfreev(aliases);
    g_free(canonical);
}

static void
load_courts(zc_context *ctx, ix_patterns *c)
{
    c->courts = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    c->court_levels = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    zc_context_rows(ctx, "courts.tsv", 3, add_court, c);
}

/* A decision pattern with @NAME@ expanded. */
static GRegex *
decision_pattern(GKeyFile *kf, const char *key, const char *name)
{
    char *pattern = kf != NULL ? g_key_file_get_value(kf, "decision", key, NULL) : NULL;
    if (pattern == NULL)
        return NULL;
    char **pieces = g_strsplit(pattern, "@NAME@", -1);
    char *expanded = g_strjoinv(name != NULL ? name : "", pieces);
    g_strfreev(pieces);
    GRegex *re = compile_flags(expanded, 0);
    g_free(expanded);
    g_free(pattern);
    return re;
}

static void *
load_patterns(zc_context *ctx)
{
    ix_patterns *c = g_new0(ix_patterns, 1);
    c->styles = g_ptr_array_new_with_free_func(style_free);
    c->number_words = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);

    GKeyFile *kf = load_ini(ctx, "structure-patterns.ini");
    gchar **groups = kf != NULL ? g_key_file_get_groups(kf, NULL) : NULL;
    for (int i = 0; groups != NULL && groups[i] != NULL; i++) {
        if (!g_str_has_prefix(groups[i], "style:"))
            continue;
        char *heading = g_key_file_get_value(kf, groups[i], "heading", NULL);
        ix_article_style *st = g_new0(ix_article_style, 1);
        st->re = compile_flags(heading, 0);
        g_free(heading);
        st->lang = g_key_file_get_value(kf, groups[i], "lang", NULL);
        char *numbers = g_key_file_get_value(kf, groups[i], "numbers", NULL);
        char *label = g_key_file_get_value(kf, groups[i], "label", NULL);
        st->words = g_strcmp0(numbers, "words") == 0;
        st->as_written = g_strcmp0(label, "as-written") == 0;
        g_free(numbers), g_free(label);
        if (st->re != NULL)
            g_ptr_array_add(c->styles, st);
        else
            style_free(st);
    }
    g_strfreev(groups);
    if (c->styles->len == 0) {
        for (size_t p = 0; p < G_N_ELEMENTS(builtin_headings); p++) {
            ix_article_style *st = g_new0(ix_article_style, 1);
            st->re = compile_flags(builtin_headings[p].pattern, 0);
            st->lang = g_strdup(builtin_headings[p].lang);
            g_ptr_array_add(c->styles, st);
        }
    }
    gchar **keys = kf != NULL ? g_key_file_get_keys(kf, "number-words", NULL, NULL) : NULL;
    for (int i = 0; keys != NULL && keys[i] != NULL; i++)
        g_hash_table_replace(c->number_words, g_utf8_strdown(keys[i], -1),
                             GINT_TO_POINTER(g_key_file_get_integer(kf, "number-words", keys[i], NULL)));
    g_strfreev(keys);
    char *item = kf != NULL ? g_key_file_get_value(kf, "parts", "item", NULL) : NULL;
    c->part_item = compile_flags(item != NULL ? item : "^[ \\t]*([0-9]+(?:\\.[0-9]+)*)\\.(?![0-9])", 0);
    g_free(item);
    char *unsure = kf != NULL ? g_key_file_get_value(kf, "parts", "unsure", NULL) : NULL;
    c->part_unsure = unsure != NULL ? compile_flags(unsure, 0) : NULL;
    g_free(unsure);
    char *frame = kf != NULL ? g_key_file_get_value(kf, "frame", "heading", NULL) : NULL;
    c->frame_heading = frame != NULL ? compile_flags(frame, G_REGEX_CASELESS) : NULL;
    g_free(frame);
    if (kf != NULL)
        g_key_file_free(kf);

    kf = load_ini(ctx, "decision-patterns.ini");
    char *name = kf != NULL ? g_key_file_get_value(kf, "decision", "name", NULL) : NULL;
    c->operative = decision_pattern(kf, "operative", name);
    if (c->operative == NULL)
        c->operative = compile_flags("ТОГТООХ[ \\t]+(?:нь|НЬ)", 0);
    c->number = decision_pattern(kf, "number", name);
    if (c->number == NULL)
        c->number = compile_flags("(?<![0-9])[0-9]{4}/[А-ЯӨҮЁ]{2,5}/[0-9]+", 0);
    c->case_index = decision_pattern(kf, "case-index", name);
    c->presiding = decision_pattern(kf, "presiding-judge", name);
    c->panel = decision_pattern(kf, "panel", name);
    c->prosecutor = decision_pattern(kf, "prosecutor", name);
    c->sentence = decision_pattern(kf, "sentence", name);
    c->sentence_final = decision_pattern(kf, "sentence-final", name);
    char *verdict = kf != NULL ? g_key_file_get_value(kf, "decision", "verdict", NULL) : NULL;
    c->verdict = g_strsplit(verdict != NULL ? verdict : "гэм буруутайд тооц", ";", -1);
    g_free(verdict);
    char *series = kf != NULL ? g_key_file_get_value(kf, "decision", "series", NULL) : NULL;
    c->series = g_strsplit(series != NULL ? series : "", ";", -1);
    g_free(series);
    char *cap = kf != NULL ? g_key_file_get_value(kf, "court", "capitalise-after", NULL) : NULL;
    c->capitalise_after = g_strsplit(cap != NULL ? cap : "", ";", -1);
    g_free(cap);
    g_free(name);
    if (kf != NULL)
        g_key_file_free(kf);
    load_courts(ctx, c);
    return c;
}

static void
patterns_free(void *p)
{
    ix_patterns *c = p;
    g_ptr_array_unref(c->styles);
    g_hash_table_destroy(c->number_words);
    GRegex *res[] = {c->part_item, c->part_unsure, c->operative,  c->number,   c->case_index,     c->presiding,
                     c->panel,     c->prosecutor, c->sentence, c->sentence_final, c->frame_heading};
    for (size_t i = 0; i < G_N_ELEMENTS(res); i++)
        if (res[i] != NULL)
            g_regex_unref(res[i]);
    g_strfreev(c->verdict);
    g_strfreev(c->series);
    g_hash_table_destroy(c->courts);
    g_hash_table_destroy(c->court_levels);
    g_strfreev(c->capitalise_after);
    g_free(c);
}

const ix_patterns *
ix_patterns_get(zc_context *ctx)
{
    return zc_context_table(ctx, "indexer.patterns", load_patterns, patterns_free);
}

/* ---- Text helpers ------------------------------------------------------ */

char *
ix_match_group(GMatchInfo *mi, int n)
{
    int start = -1, end = -1;
    if (!g_match_info_fetch_pos(mi, n, &start, &end) || start < 0)
        return NULL;
    return g_match_info_fetch(mi, n);
}

char *
ix_utf8_prefix(const char *text, gssize max)
{
    size_t len = strlen(text);
    if (max < 0 || (size_t)max >= len)
        return g_strdup(text);
    const char *end = g_utf8_find_prev_char(text, text + max + 1);
    if (end == NULL)
        end = text;
    return g_strndup(text, (gsize)(end - text));
}

char *
ix_first_match(const GRegex *re, const char *text, int group)
{
    if (re == NULL)
        return NULL;
    GMatchInfo *mi = NULL;
    char *found = NULL;
    if (g_regex_match(re, text, 0, &mi))
        found = ix_match_group(mi, group);
    g_match_info_free(mi);
    return found;
}

char *
ix_fold_space(const char *text)
{
    GString *out = g_string_sized_new(strlen(text));
    for (const char *r = text; *r; r++) {
        if (*r == ' ' || *r == '\n' || *r == '\t' || *r == '\r') {
            if (out->len > 0 && out->str[out->len - 1] != ' ')
                g_string_append_c(out, ' ');
        } else {
            g_string_append_c(out, *r);
        }
    }
    return g_string_free(out, FALSE);
}

bool
ix_all_capitals(const char *line)
{
    int letters = 0;
    for (const char *c = line; *c; c = g_utf8_next_char(c)) {
        gunichar u = g_utf8_get_char(c);
        if (g_unichar_islower(u))
            return false;
        letters += g_unichar_isalpha(u) != 0;
    }
    return letters > 0;
}
