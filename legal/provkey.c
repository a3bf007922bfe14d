/* provkey.c — canonical provision keys taken apart (provision.h): the law
 * qualifier split off ("ЭХХШТХ:36.1" -> "36.1", "ЭХХШТХ") and a key's
 * ancestors, most specific first ("13.1.2.1" -> "13.1.2.1", "13.1.2",
 * "13.1"), which is how a citation of a clause also cites its article.
 *
 * Not for: making keys from text (provision.c) or writing them as labels
 * (provlabel.c).  Pure functions of their input.
 */
#include "legal/provision.h"

#include "core/analysis.h"

#include <string.h>

char *
zp_number_key(const char *written, gssize len)
{
    if (written == NULL)
        return NULL;
    const char *end = len < 0 ? written + strlen(written) : written + len;
    GString *out = g_string_sized_new((gsize)(end - written) + 4);
    bool in_sup = false;
    for (const char *p = written; p < end && *p;) {
        gunichar c = g_utf8_get_char(p);
        int v = az_superscript_value(c);
        bool after_digit = out->len > 0 && g_ascii_isdigit(out->str[out->len - 1]);
        if (v >= 0 && (in_sup || after_digit)) {
            if (!in_sup)
                g_string_append_c(out, '^');
            g_string_append_c(out, (char)('0' + v));
            in_sup = true;
        } else {
            /* "48^1" is already a key; a caret starts its superscript. */
            in_sup = c == '^';
            g_string_append_unichar(out, c);
        }
        p = g_utf8_next_char(p);
    }
    return g_string_free(out, FALSE);
}

char *
zp_key_display(const char *key)
{
    if (key == NULL)
        return NULL;
    GString *out = g_string_sized_new(strlen(key) + 8);
    for (const char *p = key; *p; p++) {
        if (*p == '^' && p > key && g_ascii_isdigit(p[-1]) && g_ascii_isdigit(p[1])) {
            for (p++; g_ascii_isdigit(*p); p++)
                g_string_append_unichar(out, az_superscript_char(*p - '0'));
            p--;
            continue;
        }
        g_string_append_c(out, *p);
    }
    return g_string_free(out, FALSE);
}

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

gboolean
zp_key_of_other_law(const char *key)
{
    if (key == NULL || strchr(key, '/') != NULL)
        return FALSE;
    const char *colon = strchr(key, ':');
    return colon != NULL && colon > key && !(colon - key == 4 && strncmp(key, "2002", 4) == 0);
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

/* `number` with component `at` (of `parts`) read as base^superscript of
 * `sup` digits, added to `out` when that leaves a base of one digit or
 * more and a superscript not starting with 0. */
static void
add_reading(GPtrArray *out, char **parts, guint at, size_t sup)
{
    const char *c = parts[at];
    size_t n = strlen(c);
    if (n <= sup || c[n - sup] == '0')
        return;
    GString *r = g_string_new(NULL);
    for (guint i = 0; parts[i] != NULL; i++) {
        if (i > 0)
            g_string_append_c(r, '.');
        if (i == at)
            g_string_append_printf(r, "%.*s^%s", (int)(n - sup), c, c + n - sup);
        else
            g_string_append(r, parts[i]);
    }
    g_ptr_array_add(out, g_string_free(r, FALSE));
}

GPtrArray *
zp_number_unflattened(const char *number)
{
    GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
    if (number == NULL || *number == '\0' || strchr(number, '^') != NULL || strchr(number, ':') != NULL)
        return out;
    for (const char *p = number; *p; p++)
        if (!g_ascii_isdigit(*p) && *p != '.')
            return out;
    char **parts = g_strsplit(number, ".", -1);
    guint n = g_strv_length(parts);
    for (guint at = 0; at < MIN(n, 2u); at++)
        for (size_t sup = 1; sup <= 2; sup++)
            add_reading(out, parts, at, sup);
    g_strfreev(parts);
    return out;
}
