/* sources.c — corpus configuration (GKeyFile) and command-line sources. */
#include "indexer/sources.h"

#include "core/cfgfile.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static void
type_rule_free(ix_type_rule *r)
{
    g_free(r->type);
    g_pattern_spec_free(r->pattern);
    g_free(r);
}

static ix_source *
source_new(const char *name, const char *root)
{
    ix_source *s = g_new0(ix_source, 1);
    s->name = g_strdup(name);
    s->root = g_canonicalize_filename(root, NULL);
    s->access = g_strdup("public");
    s->types = g_ptr_array_new_with_free_func((GDestroyNotify)type_rule_free);
    s->excludes = g_ptr_array_new_with_free_func((GDestroyNotify)g_pattern_spec_free);
    s->access_rules = g_ptr_array_new_with_free_func((GDestroyNotify)type_rule_free);
    return s;
}

void
ix_source_free(ix_source *s)
{
    if (!s)
        return;
    g_free(s->name);
    g_free(s->root);
    g_free(s->only);
    g_free(s->under);
    g_free(s->access);
    g_ptr_array_unref(s->types);
    g_ptr_array_unref(s->excludes);
    g_ptr_array_unref(s->access_rules);
    if (s->mask_files)
        g_hash_table_destroy(s->mask_files);
    g_free(s);
}

ix_config *
ix_config_new(void)
{
    ix_config *c = g_new0(ix_config, 1);
    c->sources = g_ptr_array_new_with_free_func((GDestroyNotify)ix_source_free);
    return c;
}

void
ix_config_free(ix_config *c)
{
    if (!c)
        return;
    g_free(c->db);
    g_free(c->path);
    g_free(c->dir);
    g_strfreev(c->search);
    g_free(c->shard);
    g_ptr_array_free(c->sources, TRUE);
    g_free(c);
}

static bool
valid_access(const char *a)
{
    return strcmp(a, "public") == 0 || strcmp(a, "restricted") == 0 || strcmp(a, "sealed") == 0;
}

static const char *const known_types[] = {"code", "decision", "research", "sop", "other"};

/* What zaalt.ini may hold: anything else is a mistake to say, not to pass
 * over (an `Access =` taken as absent made a restricted source public). */
static const char *const index_keys[] = {"db", "search", "shard", "writers", "ocr", "covered-text", "follow-links",
                                         NULL};
static const char *const source_keys[] = {"root",         "access",           "optional",       "mask",
                                          "exclude",      "type.code",        "type.decision",  "type.research",
                                          "type.sop",     "type.other",       "access.restricted", "access.sealed",
                                          "access.public", NULL};
static const zc_keyspec config_spec[] = {{"index", index_keys}, {"source ", source_keys}, {NULL, NULL}};

/* A `;`-separated list of globs, each trimmed. */
static void
add_globs(GKeyFile *kf, const char *group, const char *key, const char *type, GPtrArray *rules)
{
    char **globs = g_key_file_get_string_list(kf, group, key, NULL, NULL);
    for (char **gl = globs; gl && *gl; gl++) {
        char *one = g_strstrip(*gl);
        if (!*one)
            continue;
        if (type) {
            ix_type_rule *r = g_new0(ix_type_rule, 1);
            r->type = g_strdup(type);
            r->pattern = g_pattern_spec_new(one);
            g_ptr_array_add(rules, r);
        } else {
            g_ptr_array_add(rules, g_pattern_spec_new(one));
        }
    }
    g_strfreev(globs);
}

static ix_source *
load_source(const zc_keyfile *f, const char *group, const char *base, GError **error)
{
    GKeyFile *kf = zc_keyfile_keys(f);
    const char *name = group + strlen("source ");
    char *root = g_key_file_get_string(kf, group, "root", NULL);
    if (root)
        g_strstrip(root);
    if (!root || !*root) {
        /* An empty root is no folder: taken as the file's own, it made the
         * configuration (users.ini's hashes) searchable. */
        zc_keyfile_error(f, group, root ? "root" : NULL, error,
                         root ? "is empty: name the folder of the source's files"
                              : "needs a root: the folder of the source's files");
        g_free(root);
        return NULL;
    }
    char *abs_root = g_canonicalize_filename(root, base);
    ix_source *s = source_new(name, abs_root);
    g_free(abs_root);
    g_free(root);
    s->root_line = zc_keyfile_line(f, group, "root");
    char *access = g_key_file_get_string(kf, group, "access", NULL);
    if (access) {
        if (!valid_access(access)) {
            zc_keyfile_error(f, group, "access", error, "must be public, restricted or sealed, not '%s'", access);
            g_free(access);
            ix_source_free(s);
            return NULL;
        }
        g_free(s->access);
        s->access = access;
    }
    if (!zc_keyfile_boolean(f, group, "optional", false, &s->optional, error) ||
        !zc_keyfile_boolean(f, group, "mask", false, &s->mask, error)) {
        ix_source_free(s);
        return NULL;
    }
    add_globs(kf, group, "exclude", NULL, s->excludes);
    for (size_t t = 0; t < G_N_ELEMENTS(known_types); t++) {
        char *key = g_strconcat("type.", known_types[t], NULL);
        add_globs(kf, group, key, known_types[t], s->types);
        g_free(key);
    }
    static const char *const levels[] = {"restricted", "sealed", "public"};
    for (size_t l = 0; l < G_N_ELEMENTS(levels); l++) {
        char *key = g_strconcat("access.", levels[l], NULL);
        add_globs(kf, group, key, levels[l], s->access_rules);
        g_free(key);
    }
    return s;
}

ix_config *
ix_config_load(const char *path, GError **error)
{
    zc_keyfile *f = zc_keyfile_load(path, config_spec, error);
    if (!f)
        return NULL;
    GKeyFile *kf = zc_keyfile_keys(f);
    char *abs = g_canonicalize_filename(path, NULL);
    char *base = g_path_get_dirname(abs);
    g_free(abs);
    ix_config *cfg = ix_config_new();
    cfg->path = g_strdup(path);
    cfg->dir = g_strdup(base);
    bool ok = true;

    char *db = g_key_file_get_string(kf, "index", "db", NULL);
    if (db) {
        g_strstrip(db);
        if (!*db) {
            zc_keyfile_error(f, "index", "db", error, "is empty: name the index's folder, or leave the key out");
            ok = false;
        } else {
            cfg->db = g_canonicalize_filename(db, base);
        }
        g_free(db);
    }
    char **search = g_key_file_get_string_list(kf, "index", "search", NULL, NULL);
    if (search) {
        GPtrArray *dbs = g_ptr_array_new();
        for (char **d = search; *d; d++) {
            char *one = g_strstrip(*d);
            if (*one)
                g_ptr_array_add(dbs,
                                g_str_has_prefix(one, "tcp://") ? g_strdup(one) : g_canonicalize_filename(one, base));
        }
        g_ptr_array_add(dbs, NULL);
        cfg->search = (char **)g_ptr_array_free(dbs, FALSE);
        g_strfreev(search);
    }
    cfg->shard = g_key_file_get_string(kf, "index", "shard", NULL);
    if (ok && g_key_file_has_key(kf, "index", "writers", NULL)) {
        GError *werr = NULL;
        gint writers = g_key_file_get_integer(kf, "index", "writers", &werr);
        if (werr != NULL || writers < 1 || writers > 64) {
            zc_keyfile_error(f, "index", "writers", error, "must be a number from 1 to 64");
            g_clear_error(&werr);
            ok = false;
        }
        cfg->writers = ok ? (unsigned)writers : 0;
    }
    bool ocr = true;
    ok = ok && zc_keyfile_boolean(f, "index", "ocr", true, &ocr, error);
    cfg->no_ocr = !ocr;
    char *covered = g_key_file_get_string(kf, "index", "covered-text", NULL);
    if (ok && covered && strcmp(covered, "keep") != 0 && strcmp(covered, "drop") != 0) {
        zc_keyfile_error(f, "index", "covered-text", error, "must be drop or keep, not '%s'", covered);
        ok = false;
    }
    cfg->keep_covered = covered && strcmp(covered, "keep") == 0;
    g_free(covered);
    ok = ok && zc_keyfile_boolean(f, "index", "follow-links", false, &cfg->follow_links, error);
    gsize ngroups = 0;
    char **groups = g_key_file_get_groups(kf, &ngroups);
    for (gsize g = 0; ok && g < ngroups; g++) {
        if (!g_str_has_prefix(groups[g], "source "))
            continue;
        ix_source *s = load_source(f, groups[g], base, error);
        if (!s)
            ok = false;
        else
            g_ptr_array_add(cfg->sources, s);
    }
    g_strfreev(groups);
    g_free(base);
    zc_keyfile_free(f);
    if (!ok) {
        ix_config_free(cfg);
        return NULL;
    }
    return cfg;
}

/* Why `path` (neither a folder nor a regular file, or missing) cannot be
 * indexed. */
static void
refuse_path(const char *path, const char *abs, GError **error)
{
    struct stat lsb, sb;
    int code = G_FILE_ERROR_NOENT;
    const char *what = "no such file or folder";
    char *target = NULL;
    if (lstat(abs, &lsb) == 0) {
        code = G_FILE_ERROR_INVAL;
        if (S_ISLNK(lsb.st_mode) && stat(abs, &sb) != 0) {
            target = g_file_read_link(abs, NULL);
            what = "a symbolic link to nothing";
        } else {
            mode_t m = S_ISLNK(lsb.st_mode) ? sb.st_mode : lsb.st_mode;
            what = S_ISFIFO(m)   ? "a named pipe (FIFO), not a file: it is not read"
                   : S_ISSOCK(m) ? "a socket, not a file: it is not read"
                   : S_ISCHR(m) || S_ISBLK(m) ? "a device, not a file: it is not read"
                                              : "neither a file nor a folder";
        }
    } else if (errno == EACCES) {
        code = G_FILE_ERROR_ACCES;
        what = "permission denied";
    }
    if (target)
        g_set_error(error, G_FILE_ERROR, code, "%s: %s (it leads to %s, which does not exist)", path, what, target);
    else
        g_set_error(error, G_FILE_ERROR, code, "%s: %s", path, what);
    g_free(target);
}

ix_source *
ix_source_for_path(const char *path, const char *access, GError **error)
{
    char *abs = g_canonicalize_filename(path, NULL);
    ix_source *s = NULL;
    if (g_file_test(abs, G_FILE_TEST_IS_DIR)) {
        char *name = g_path_get_basename(abs);
        s = source_new(name, abs);
        g_free(name);
    } else if (g_file_test(abs, G_FILE_TEST_IS_REGULAR)) {
        char *dir = g_path_get_dirname(abs);
        char *name = g_path_get_basename(dir);
        s = source_new(name, dir);
        s->only = g_path_get_basename(abs);
        g_free(name);
        g_free(dir);
    } else {
        refuse_path(path, abs, error);
    }
    if (s)
        s->by_folder = true;
    if (s && access) {
        g_free(s->access);
        s->access = g_strdup(access);
    }
    g_free(abs);
    return s;
}

/* `path` with its links resolved, as far as it exists: the folders named
 * compare as the files they lead to. */
static char *
real_place(const char *path)
{
    char *real = realpath(path, NULL);
    if (real) {
        char *r = g_strdup(real);
        free(real);
        return r;
    }
    char *parent = g_path_get_dirname(path);
    char *name = g_path_get_basename(path);
    char *r = NULL;
    if (strcmp(parent, path) == 0) {
        r = g_strdup(path);
    } else {
        char *up = real_place(parent);
        r = g_build_filename(up, name, NULL);
        g_free(up);
    }
    g_free(parent);
    g_free(name);
    return r;
}

/* Whether `inner` is `outer` or lies below it. */
static bool
within(const char *inner, const char *outer)
{
    size_t n = strlen(outer);
    if (n > 0 && outer[n - 1] == '/')
        n--;
    return strncmp(inner, outer, n) == 0 && (inner[n] == '\0' || inner[n] == '/');
}

bool
ix_sources_check_places(GPtrArray *sources, const ix_config *config, const char *const *config_dirs,
                        const char *db, GError **error)
{
    char *real_db = db ? real_place(db) : NULL;
    bool ok = true;
    for (guint i = 0; ok && i < sources->len; i++) {
        const ix_source *s = sources->pdata[i];
        char *root = real_place(s->root);
        const char *clash = NULL;
        const char *why = NULL;
        for (const char *const *d = config_dirs; !clash && d && *d; d++) {
            char *dir = real_place(*d);
            if (within(dir, root)) {
                clash = *d;
                why = strcmp(dir, root) == 0 ? "is the configuration folder" : "holds the configuration folder";
            }
            g_free(dir);
        }
        if (!clash && real_db && within(root, real_db)) {
            clash = db;
            why = strcmp(root, real_db) == 0 ? "is the index folder" : "lies inside the index folder";
        }
        if (clash) {
            char *where = config && config->path && s->root_line
                              ? g_strdup_printf("%s:%d: [source %s] root ", config->path, s->root_line, s->name)
                              : g_strdup_printf("source %s: ", s->name);
            g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                        "%s%s %s %s: a source never takes in the configuration (users.ini's password hashes, "
                        "mask.ini's names) or the index; name the folder of the documents",
                        where, s->root, why, clash);
            g_free(where);
            ok = false;
        }
        g_free(root);
    }
    g_free(real_db);
    return ok;
}

const char *
ix_source_type_for(const ix_source *src, const char *relpath)
{
    for (guint i = 0; i < src->types->len; i++) {
        ix_type_rule *r = src->types->pdata[i];
        if (g_pattern_spec_match_string(r->pattern, relpath))
            return r->type;
    }
    return NULL;
}

bool
ix_source_excludes(const ix_source *src, const char *relpath)
{
    for (guint i = 0; i < src->excludes->len; i++)
        if (g_pattern_spec_match_string(src->excludes->pdata[i], relpath))
            return true;
    return false;
}

static int
level_rank(const char *level)
{
    if (strcmp(level, "sealed") == 0)
        return 2;
    if (strcmp(level, "restricted") == 0)
        return 1;
    return 0;
}

const char *
ix_source_access_for(const ix_source *src, const char *relpath)
{
    /* A rule can only raise a file above its source's level: a config
     * mistake then errs on the side of secrecy. */
    const char *best = src->access;
    for (guint i = 0; i < src->access_rules->len; i++) {
        ix_type_rule *r = src->access_rules->pdata[i];
        if (g_pattern_spec_match_string(r->pattern, relpath) && level_rank(r->type) > level_rank(best))
            best = r->type;
    }
    return best;
}
