/* bench/structure.c — accuracy of legal-structure extraction.
 *
 * Measures, against the project's own truth files:
 *   - reference normalisation: tests/data/references.tsv (every form must
 *     give exactly its canonical keys), as one exact-match figure;
 *   - decision metadata: tests/data/decisions-expected.tsv, one row per demo
 *     decision (XML and rendered PDF), exact match per field.
 * Prints one line per measure, "field  correct/total  percent", then the
 * mismatches.  Usage (from the repository root, after `make demo`):
 *   build/bench-structure [--dump] [DEMO_DIR]      (DEMO_DIR: build/demo)
 * --dump prints the extracted rows in the truth file's format instead.
 * Not part of `make check`; tests/t70-legal.sh asserts the same targets.
 */
#include <glib.h>
#include <stdio.h>
#include <string.h>

#include "tests/unit/test_context.h"
#include "indexer/extract.h"
#include "legal/provision.h"
#include "core/record.h"

static const char *const fields[] = {"court",  "court_level", "decision_type", "case_number", "case_index", "date",
                                     "judges", "prosecutor",  "articles",      "outcome",     "sentence",   "cites",
                                     NULL};

static char *
join(GPtrArray *a, const char *sep)
{
    if (a == NULL || a->len == 0)
        return g_strdup("-");
    GString *s = g_string_new(NULL);
    for (guint i = 0; i < a->len; i++)
        g_string_append_printf(s, "%s%s", i ? sep : "", (const char *)g_ptr_array_index(a, i));
    return g_string_free(s, FALSE);
}

/* Decision numbers the document cites, over all its units, in order. */
static char *
cited_decisions(const zr_doc *doc)
{
    GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
    for (guint i = 0; i < doc->units->len; i++) {
        const zr_unit *u = g_ptr_array_index(doc->units, i);
        for (guint k = 0; k < u->cites->len; k++) {
            const char *key = g_ptr_array_index(u->cites, k);
            if (strchr(key, '/') != NULL)
                zr_strv_add_unique(out, key);
        }
    }
    char *s = join(out, " ");
    g_ptr_array_unref(out);
    return s;
}

static char *
field_of(const zr_doc *doc, const char *field)
{
    const char *v = NULL;
    if (strcmp(field, "court") == 0)
        v = doc->court;
    else if (strcmp(field, "court_level") == 0)
        v = doc->court_level;
    else if (strcmp(field, "decision_type") == 0)
        v = doc->decision_type;
    else if (strcmp(field, "case_number") == 0)
        v = doc->case_number;
    else if (strcmp(field, "case_index") == 0)
        v = doc->case_index;
    else if (strcmp(field, "date") == 0)
        v = doc->date;
    else if (strcmp(field, "prosecutor") == 0)
        v = doc->prosecutor;
    else if (strcmp(field, "outcome") == 0)
        v = doc->outcome;
    else if (strcmp(field, "sentence") == 0)
        v = doc->sentence;
    else if (strcmp(field, "judges") == 0)
        return join(doc->judges, "; ");
    else if (strcmp(field, "articles") == 0)
        return join(doc->articles, " ");
    else if (strcmp(field, "cites") == 0)
        return cited_decisions(doc);
    return g_strdup(v != NULL && *v ? v : "-");
}

static int
references(void)
{
    char *data = NULL;
    if (!g_file_get_contents("tests/data/references.tsv", &data, NULL, NULL)) {
        fprintf(stderr, "bench-structure: tests/data/references.tsv not found (run from the repository root)\n");
        return -1;
    }
    char **lines = g_strsplit(data, "\n", -1);
    int total = 0, correct = 0;
    for (int i = 0; lines[i] != NULL; i++) {
        if (lines[i][0] == '#' || lines[i][0] == '\0')
            continue;
        char **f = g_strsplit(lines[i], "\t", 3);
        if (g_strv_length(f) != 3) {
            g_strfreev(f);
            continue;
        }
        GRegex *nl = g_regex_new("\\\\n", 0, 0, NULL);
        char *input = g_regex_replace_literal(nl, f[1], -1, 0, "\n", 0, NULL);
        g_regex_unref(nl);
        char *got;
        if (strcmp(f[0], "query") == 0) {
            got = zp_parse_query_ref(input);
            if (got == NULL)
                got = g_strdup("-");
        } else {
            GPtrArray *refs = zp_find_refs(input);
            GPtrArray *keys = g_ptr_array_new();
            for (guint k = 0; k < refs->len; k++)
                g_ptr_array_add(keys, ((zp_ref *)g_ptr_array_index(refs, k))->key);
            got = join(keys, " ");
            g_ptr_array_unref(keys);
            g_ptr_array_unref(refs);
        }
        total++;
        if (strcmp(got, f[2]) == 0)
            correct++;
        else
            printf("  reference %s '%s': expected '%s', got '%s'\n", f[0], f[1], f[2], got);
        g_free(got), g_free(input);
        g_strfreev(f);
    }
    g_strfreev(lines);
    g_free(data);
    printf("%-14s %3d/%-3d %6.1f %%\n", "references", correct, total, total ? 100.0 * correct / total : 0.0);
    return correct == total ? 0 : 1;
}

int
main(int argc, char **argv)
{
    gboolean dump = FALSE;
    const char *demo = "build/demo";
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--dump") == 0)
            dump = TRUE;
        else
            demo = argv[i];
    }
    ix_extractor *ex = ix_extractor_new(test_context(), NULL);
    int status = dump ? 0 : references();

    char *data = NULL;
    if (!g_file_get_contents("tests/data/decisions-expected.tsv", &data, NULL, NULL)) {
        fprintf(stderr, "bench-structure: tests/data/decisions-expected.tsv not found\n");
        return 2;
    }
    char **lines = g_strsplit(data, "\n", -1);
    int n_fields = (int)g_strv_length((char **)fields);
    int *correct = g_new0(int, n_fields);
    int rows = 0;
    GString *misses = g_string_new(NULL);
    for (int i = 0; lines[i] != NULL; i++) {
        if (lines[i][0] == '#' || lines[i][0] == '\0')
            continue;
        char **f = g_strsplit(lines[i], "\t", -1);
        if ((int)g_strv_length(f) != n_fields + 1) {
            fprintf(stderr, "bench-structure: line %d has %u columns, wanted %d\n", i + 1, g_strv_length(f),
                    n_fields + 1);
            return 2;
        }
        char *path = g_build_filename(demo, f[0], NULL);
        zr_doc *doc = ix_doc_new();
        doc->id = g_strdup("bench"), doc->source = g_strdup("demo"), doc->path = g_strdup(f[0]);
        GError *err = NULL;
        if (ix_extract_file(ex, path, "decision", doc, &err) != IX_EXTRACT_OK) {
            fprintf(stderr, "bench-structure: %s: %s\n", path, err ? err->message : "failed");
            g_clear_error(&err);
        }
        rows++;
        if (dump)
            printf("%s", f[0]);
        for (int k = 0; k < n_fields; k++) {
            char *got = field_of(doc, fields[k]);
            if (dump)
                printf("\t%s", got);
            else if (strcmp(got, f[k + 1]) == 0)
                correct[k]++;
            else
                g_string_append_printf(misses, "  %s %s: expected '%s', got '%s'\n", f[0], fields[k], f[k + 1], got);
            g_free(got);
        }
        if (dump)
            printf("\n");
        ix_doc_free(doc);
        g_free(path);
        g_strfreev(f);
    }
    if (!dump) {
        for (int k = 0; k < n_fields; k++) {
            printf("%-14s %3d/%-3d %6.1f %%\n", fields[k], correct[k], rows, rows ? 100.0 * correct[k] / rows : 0.0);
            if (correct[k] * 100 < rows * 95)
                status = 1;
        }
        fputs(misses->str, stdout);
    }
    g_string_free(misses, TRUE);
    g_free(correct);
    g_strfreev(lines);
    g_free(data);
    ix_extractor_free(ex);
    return status;
}
