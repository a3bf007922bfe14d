/* cfgfile.c — reading configuration files, bounded and checked line by line
 * (see cfgfile.h).  Not for what the values mean: each reader checks its
 * own. */
#include "core/cfgfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static bool
file_error(GError **error, int err, const char *path, const char *what)
{
    g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(err), "%s: %s", path, what);
    return false;
}

bool
zc_config_read(const char *path, char **contents, gsize *length, GError **error)
{
    *contents = NULL;
    if (length)
        *length = 0;
    /* O_NONBLOCK: a named pipe would otherwise wait for a writer before
     * fstat could tell what it is. */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return file_error(error, errno, path, g_strerror(errno));
    struct stat sb;
    if (fstat(fd, &sb) != 0) {
        int e = errno;
        close(fd);
        return file_error(error, e, path, g_strerror(e));
    }
    if (!S_ISREG(sb.st_mode)) {
        close(fd);
        return file_error(error, EINVAL, path,
                          S_ISDIR(sb.st_mode)    ? "a folder, not a file"
                          : S_ISFIFO(sb.st_mode) ? "a named pipe (FIFO), not a file: it is not read"
                          : S_ISCHR(sb.st_mode) || S_ISBLK(sb.st_mode) ? "a device, not a file: it is not read"
                                                                       : "not a regular file: it is not read");
    }
    char *why = NULL;
    if (sb.st_size > (off_t)ZC_CONFIG_MAX_BYTES)
        why = g_strdup_printf("%lld bytes, over the %u MB a configuration file may hold: it is not read",
                              (long long)sb.st_size, ZC_CONFIG_MAX_BYTES >> 20);
    /* Read in place, into room for the size fstat gave and the NUL: a
     * dictionary of 17 MB (mask.c) is read at the start of every index
     * run. */
    gsize room = why ? 0 : (gsize)sb.st_size + 1, len = 0;
    char *text = g_malloc(room + 1);
    while (!why) {
        if (len == room) { /* it grew since fstat */
            room = MIN(room * 2 + 4096, (gsize)ZC_CONFIG_MAX_BYTES + 1);
            text = g_realloc(text, room + 1);
        }
        ssize_t n = read(fd, text + len, room - len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            int e = errno;
            why = g_strdup(g_strerror(e));
            break;
        }
        if (n == 0)
            break;
        len += (gsize)n;
        /* A file that grows while read is bounded too. */
        if (len > ZC_CONFIG_MAX_BYTES)
            why = g_strdup_printf("over the %u MB a configuration file may hold: it is not read",
                                  ZC_CONFIG_MAX_BYTES >> 20);
    }
    close(fd);
    if (why) {
        g_free(text);
        g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s: %s", path, why);
        g_free(why);
        return false;
    }
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
        len -= 3;
        memmove(text, text + 3, len);
    }
    text[len] = '\0';
    *contents = text;
    if (length)
        *length = len;
    return true;
}

struct zc_keyfile {
    char *path;
    GKeyFile *kf;
    char *text; /* as read */
    gsize length;
    GHashTable *lines; /* "GROUP\nKEY" or "GROUP" -> line number */
};

static char *
line_key(const char *group, const char *key)
{
    return key ? g_strconcat(group, "\n", key, NULL) : g_strdup(group);
}

/* Whether `name` is what `pattern` admits: itself, or for "rd.*" rd and
 * rd.ANYTHING. */
static bool
key_matches(const char *pattern, const char *name)
{
    size_t n = strlen(pattern);
    if (n >= 2 && strcmp(pattern + n - 2, ".*") == 0)
        return (strncmp(pattern, name, n - 2) == 0 && (name[n - 2] == '\0' || (name[n - 2] == '.' && name[n - 1])));
    return strcmp(pattern, name) == 0;
}

static const zc_keyspec *
group_spec(const zc_keyspec *spec, const char *group)
{
    for (const zc_keyspec *s = spec; s->group; s++) {
        size_t n = strlen(s->group);
        if (n > 0 && s->group[n - 1] == ' ' ? g_str_has_prefix(group, s->group) && group[n] != '\0'
                                            : strcmp(s->group, group) == 0)
            return s;
    }
    return NULL;
}

static guint
edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    guint *row = g_new(guint, lb + 1);
    for (size_t j = 0; j <= lb; j++)
        row[j] = (guint)j;
    for (size_t i = 1; i <= la; i++) {
        guint diag = row[0];
        row[0] = (guint)i;
        for (size_t j = 1; j <= lb; j++) {
            guint up = row[j];
            guint cost = g_ascii_tolower(a[i - 1]) == g_ascii_tolower(b[j - 1]) ? 0 : 1;
            row[j] = MIN(MIN(row[j] + 1, row[j - 1] + 1), diag + cost);
            diag = up;
        }
    }
    guint d = row[lb];
    g_free(row);
    return d;
}

/* The known name `name` may be a misspelling of: the same but for case,
 * else one at most two edits away; "" when none. */
static char *
suggestion(const char *name, const char *const *known, const char *prefix)
{
    const char *best = NULL;
    guint best_d = 3;
    for (const char *const *k = known; k && *k; k++) {
        char *plain = g_str_has_suffix(*k, ".*") ? g_strndup(*k, strlen(*k) - 2) : g_strdup(*k);
        char *whole = g_strconcat(prefix ? prefix : "", plain, NULL);
        guint d = g_ascii_strcasecmp(whole, name) == 0 ? 0 : edit_distance(whole, name);
        if (d < best_d) {
            best_d = d;
            best = *k;
        }
        g_free(whole);
        g_free(plain);
    }
    if (!best)
        return g_strdup("");
    char *plain = g_str_has_suffix(best, ".*") ? g_strndup(best, strlen(best) - 2) : g_strdup(best);
    char *s = g_strdup_printf("; did you mean '%s%s'?", prefix ? prefix : "", plain);
    g_free(plain);
    return s;
}

static char *
known_groups_text(const zc_keyspec *spec)
{
    GString *s = g_string_new(NULL);
    for (const zc_keyspec *g = spec; g->group; g++)
        g_string_append_printf(s, "%s[%s%s]", s->len ? ", " : "", g->group,
                               g->group[strlen(g->group) - 1] == ' ' ? "NAME" : "");
    return g_string_free(s, FALSE);
}

static bool
parse_error(GError **error, const char *path, int line, const char *fmt, ...) G_GNUC_PRINTF(4, 5);

static bool
parse_error(GError **error, const char *path, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    g_set_error(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_PARSE, "%s:%d: %s", path, line, msg);
    g_free(msg);
    return false;
}

/* One line, trimmed: checked, recorded in f->lines and added to `clean`. */
static bool
check_line(zc_keyfile *f, const zc_keyspec *spec, char *raw, int no, char **group, const zc_keyspec **gspec,
           GString *clean, GError **error)
{
    char *line = g_strstrip(raw);
    if (*line == '\0' || *line == '#') {
        g_string_append_printf(clean, "%s\n", line);
        return true;
    }
    if (!g_utf8_validate(line, -1, NULL))
        return parse_error(error, f->path, no, "not UTF-8 text");
    if (*line == '[') {
        size_t n = strlen(line);
        if (line[n - 1] != ']' || n < 3)
            return parse_error(error, f->path, no, "“%s” is neither a [section], a key = value nor a # comment",
                               line);
        g_free(*group);
        *group = g_strndup(line + 1, n - 2);
        gpointer first = g_hash_table_lookup(f->lines, *group);
        if (first)
            return parse_error(error, f->path, no,
                               "[%s] again (first at line %d): a section is given once, or its keys would merge "
                               "silently",
                               *group, GPOINTER_TO_INT(first));
        if (spec) {
            *gspec = group_spec(spec, *group);
            if (!*gspec) {
                char *known = known_groups_text(spec);
                bool r = parse_error(error, f->path, no, "unknown section [%s] (known: %s)", *group, known);
                g_free(known);
                return r;
            }
        }
        g_hash_table_insert(f->lines, g_strdup(*group), GINT_TO_POINTER(no));
        g_string_append_printf(clean, "%s\n", line);
        return true;
    }
    char *eq = strchr(line, '=');
    if (!eq)
        return parse_error(error, f->path, no, "“%s” is neither a [section], a key = value nor a # comment", line);
    if (!*group)
        return parse_error(error, f->path, no, "a key before the first [section]");
    char *key = g_strndup(line, (gsize)(eq - line));
    g_strstrip(key);
    bool ok = true;
    if (!*key)
        ok = parse_error(error, f->path, no, "a value without a key in [%s]", *group);
    if (ok && spec && (*gspec)->keys) {
        bool known = false;
        for (const char *const *k = (*gspec)->keys; !known && *k; k++)
            known = key_matches(*k, key);
        if (!known) {
            char *hint = suggestion(key, (*gspec)->keys, NULL);
            ok = parse_error(error, f->path, no, "unknown key '%s' in [%s]%s", key, *group, hint);
            g_free(hint);
        }
    }
    char *where = ok ? line_key(*group, key) : NULL;
    gpointer first = where ? g_hash_table_lookup(f->lines, where) : NULL;
    if (first)
        ok = parse_error(error, f->path, no, "'%s' in [%s] again (first at line %d): a key is given once", key,
                         *group, GPOINTER_TO_INT(first));
    if (ok) {
        g_hash_table_insert(f->lines, where, GINT_TO_POINTER(no));
        where = NULL;
        g_string_append_printf(clean, "%s\n", line);
    }
    g_free(where);
    g_free(key);
    return ok;
}

zc_keyfile *
zc_keyfile_load(const char *path, const zc_keyspec *spec, GError **error)
{
    char *text = NULL;
    gsize len = 0;
    if (!zc_config_read(path, &text, &len, error))
        return NULL;
    zc_keyfile *f = g_new0(zc_keyfile, 1);
    f->path = g_strdup(path);
    f->kf = g_key_file_new();
    f->lines = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    f->text = g_strndup(text, len);
    f->length = len;
    bool ok = true;
    const char *nul = memchr(text, '\0', len);
    if (nul) {
        int at = 1;
        for (const char *c = text; c < nul; c++)
            at += *c == '\n';
        ok = parse_error(error, path, at, "a NUL byte: not a text file");
    }
    GString *clean = g_string_sized_new(len + 1);
    char *group = NULL;
    const zc_keyspec *gspec = NULL;
    int no = 0;
    for (char *line = text; ok && line && *line;) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        ok = check_line(f, spec, line, ++no, &group, &gspec, clean, error);
        line = nl ? nl + 1 : NULL;
    }
    g_free(group);
    GError *kerr = NULL;
    if (ok && !g_key_file_load_from_data(f->kf, clean->str, clean->len, G_KEY_FILE_NONE, &kerr)) {
        g_set_error(error, kerr->domain, kerr->code, "%s: %s", path, kerr->message);
        g_error_free(kerr);
        ok = false;
    }
    g_string_free(clean, TRUE);
    g_free(text);
    if (!ok) {
        zc_keyfile_free(f);
        return NULL;
    }
    return f;
}

void
zc_keyfile_free(zc_keyfile *f)
{
    if (!f)
        return;
    g_free(f->path);
    g_key_file_free(f->kf);
    g_free(f->text);
    g_hash_table_destroy(f->lines);
    g_free(f);
}

GKeyFile *
zc_keyfile_keys(const zc_keyfile *f)
{
    return f->kf;
}

const char *
zc_keyfile_text(const zc_keyfile *f, gsize *length)
{
    if (length)
        *length = f->length;
    return f->text;
}

const char *
zc_keyfile_path(const zc_keyfile *f)
{
    return f->path;
}

int
zc_keyfile_line(const zc_keyfile *f, const char *group, const char *key)
{
    char *where = line_key(group, key);
    int n = GPOINTER_TO_INT(g_hash_table_lookup(f->lines, where));
    g_free(where);
    return n;
}

void
zc_keyfile_error(const zc_keyfile *f, const char *group, const char *key, GError **error, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    int line = zc_keyfile_line(f, group, key);
    if (!line)
        line = zc_keyfile_line(f, group, NULL);
    g_set_error(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE, "%s:%d: [%s] %s%s%s", f->path, line, group,
                key ? key : "", key ? " " : "", msg);
    g_free(msg);
}

bool
zc_keyfile_boolean(const zc_keyfile *f, const char *group, const char *key, bool fallback, bool *value,
                   GError **error)
{
    *value = fallback;
    char *v = g_key_file_get_value(f->kf, group, key, NULL);
    if (!v)
        return true;
    bool ok = true;
    if (strcmp(v, "true") == 0)
        *value = true;
    else if (strcmp(v, "false") == 0)
        *value = false;
    else {
        zc_keyfile_error(f, group, key, error, "must be true or false, not '%s'", v);
        ok = false;
    }
    g_free(v);
    return ok;
}
