/* sources.c — corpus configuration (GKeyFile) and command-line sources. */
#include "indexer/sources.h"

#include <errno.h>
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

ix_config *
ix_config_load(const char *path, GError **error)
{
    GKeyFile *kf = g_key_file_new();
    if (!g_key_file_load_from_file(kf, path, G_KEY_FILE_NONE, error)) {
        g_key_file_free(kf);
        return NULL;
    }
    char *abs = g_canonicalize_filename(path, NULL);
    char *base = g_path_get_dirname(abs);
    g_free(abs);
    ix_config *cfg = ix_config_new();
    bool ok = true;

    char *db = g_key_file_get_string(kf, "index", "db", NULL);
    if (db) {
        cfg->db = g_canonicalize_filename(db, base);
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
    if (g_key_file_has_key(kf, "index", "writers", NULL)) {
        GError *werr = NULL;
        gint writers = g_key_file_get_integer(kf, "index", "writers", &werr);
        if (werr != NULL || writers < 1 || writers > 64) {
            g_set_error(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                        "%s: [index] writers must be a number from 1 to 64", path);
            g_clear_error(&werr);
            ok = false;
        }
        cfg->writers = ok ? (unsigned)writers : 0;
    }
    GError *ocr_err = NULL;
    gboolean ocr = g_key_file_get_boolean(kf, "index", "ocr", &ocr_err);
    cfg->no_ocr = ocr_err == NULL && !ocr;
    g_clear_error(&ocr_err);
    char *covered = g_key_file_get_string(kf, "index", "covered-text", NULL);
    if (ok && covered && strcmp(covered, "keep") != 0 && strcmp(covered, "drop") != 0) {
        g_set_error(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                    "%s: [index] covered-text must be drop or keep, not '%s'", path, covered);
        ok = false;
    }
    cfg->keep_covered = covered && strcmp(covered, "keep") == 0;
    cfg->follow_links = g_key_file_get_boolean(kf, "index", "follow-links", NULL);
    g_free(covered);
    gsize ngroups = 0;
    char **groups = g_key_file_get_groups(kf, &ngroups);
    for (gsize g = 0; ok && g < ngroups; g++) {
        if (!g_str_has_prefix(groups[g], "source "))
            continue;
        const char *name = groups[g] + strlen("source ");
        char *root = g_key_file_get_string(kf, groups[g], "root", NULL);
        if (!root || !*name) {
            g_set_error(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE, "%s: [%s] needs a name and a root",
                        path, groups[g]);
            g_free(root);
            ok = false;
            break;
        }
        char *abs_root = g_canonicalize_filename(root, base);
        ix_source *s = source_new(name, abs_root);
        g_free(abs_root);
        g_free(root);
        char *access = g_key_file_get_string(kf, groups[g], "access", NULL);
        if (access) {
            if (!valid_access(access)) {
                g_set_error(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                            "%s: [%s] access must be public, restricted or sealed, not '%s'", path, groups[g], access);
                g_free(access);
                ix_source_free(s);
                ok = false;
                break;
            }
            g_free(s->access);
            s->access = access;
        }
        s->optional = g_key_file_get_boolean(kf, groups[g], "optional", NULL);
        s->mask = g_key_file_get_boolean(kf, groups[g], "mask", NULL);
        char **excl = g_key_file_get_string_list(kf, groups[g], "exclude", NULL, NULL);
        for (char **e = excl; e && *e; e++)
            g_ptr_array_add(s->excludes, g_pattern_spec_new(g_strstrip(*e)));
        g_strfreev(excl);
        for (size_t t = 0; t < G_N_ELEMENTS(known_types); t++) {
            char *key = g_strconcat("type.", known_types[t], NULL);
            char **globs = g_key_file_get_string_list(kf, groups[g], key, NULL, NULL);
            for (char **gl = globs; gl && *gl; gl++) {
                ix_type_rule *r = g_new0(ix_type_rule, 1);
                r->type = g_strdup(known_types[t]);
                r->pattern = g_pattern_spec_new(g_strstrip(*gl));
                g_ptr_array_add(s->types, r);
            }
            g_strfreev(globs);
            g_free(key);
        }
        static const char *const levels[] = {"restricted", "sealed", "public"};
        for (size_t l = 0; l < G_N_ELEMENTS(levels); l++) {
            char *key = g_strconcat("access.", levels[l], NULL);
            char **globs = g_key_file_get_string_list(kf, groups[g], key, NULL, NULL);
            for (char **gl = globs; gl && *gl; gl++) {
                ix_type_rule *r = g_new0(ix_type_rule, 1);
                r->type = g_strdup(levels[l]);
                r->pattern = g_pattern_spec_new(g_strstrip(*gl));
                g_ptr_array_add(s->access_rules, r);
            }
            g_strfreev(globs);
            g_free(key);
        }
        g_ptr_array_add(cfg->sources, s);
    }
    g_strfreev(groups);
    g_free(base);
    g_key_file_free(kf);
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
