/* bench/amendments.c — how well the statutes' editorial notes are read
 * and attached (legal/amendment.c, indexer/amendments.c).
 *
 * Reads each statute as the indexer does (normalised, cut into articles
 * when it is a code) and attaches its notes, then prints, in Markdown:
 * notes found; notes stating a change and how many were attached to a
 * unit, a part or the act (target >= 99 %), by how; notes stating no
 * change (effective dates, vetoes); changes by kind; units and parts
 * repealed.  The notes of files not read as codes are counted as not
 * attached.
 *
 *   build/bench/amendments [--sample N] [--list] FILE...
 *
 * --sample N prints N notes spread evenly over all notes, each with its
 * file and line, what it was attached to and the text of that target's
 * first line, as the rows of bench/amendments-sample.tsv (which a person
 * checks against the source lines).  --list prints every note that way,
 * with the changes it states.  --units prints every unit of a code with its
 * status, repealed parts and history, one line each (to diff two builds).
 * Not part of `make check`; tests/t72-amendments.sh asserts the targets.
 */
#include <glib.h>
#include <stdio.h>
#include <string.h>

#include "tests/unit/test_context.h"
#include "core/analysis.h"
#include "indexer/amendments.h"
#include "indexer/document.h"
#include "indexer/structure.h"

typedef struct row {
    char *file;
    int line;
    char *note;
    char *target;
    char *how;
    char *events; /* "2017-05-11 repealed; …" as attached */
    char *above; /* the first line of what it was attached to */
} row;

typedef struct bench {
    const char *file;
    const char *text;   /* the normalised file */
    const char *cursor; /* where the last unit was found in it */
    const char *counted; /* lines are counted up to here */
    int line;            /* the line of `counted` */
    const zr_doc *doc;
    GPtrArray *rows;
    GHashTable *how; /* how -> count */
    int found, changes, attached, none, not_code;
    int events[ZL_CHANGE_LAST + 1];
} bench;

/* Where a unit's text starts in the whole text: units are stripped copies
 * in text order. */
static const char *
unit_in_text(bench *b, const zr_unit *u)
{
    size_t n = MIN(strlen(u->text), 120);
    char *probe = g_strndup(u->text, n);
    const char *at = strstr(b->cursor, probe);
    g_free(probe);
    if (at != NULL)
        at += 0;
    return at;
}

static int
line_of(const char *text, const char *at)
{
    int line = 1;
    for (const char *p = text; p < at; p++)
        line += *p == '\n';
    return line;
}

/* The first line of a part (or the article) a target names. */
static char *
first_line_of(const zr_doc *doc, const char *target)
{
    if (target == NULL)
        return g_strdup("");
    char *first = g_strdup(target);
    char *comma = strchr(first, ',');
    if (comma)
        *comma = '\0';
    const char *key = g_str_has_prefix(first, "article ") ? first + 8 : first;
    char *out = NULL;
    for (guint i = 0; i < doc->units->len && out == NULL; i++) {
        const zr_unit *u = g_ptr_array_index(doc->units, i);
        if (u->provision != NULL && strcmp(u->provision, key) == 0) {
            out = g_strndup(u->text, strcspn(u->text, "\n"));
            break;
        }
        for (guint k = 0; k < u->parts->len && out == NULL; k++) {
            const zr_part *p = g_ptr_array_index(u->parts, k);
            if (strcmp(p->key, key) == 0)
                out = g_strndup(u->text + p->start, strcspn(u->text + p->start, "\n"));
        }
    }
    g_free(first);
    if (out == NULL)
        return g_strdup("");
    if (g_utf8_strlen(out, -1) > 90) {
        char *cut = g_utf8_offset_to_pointer(out, 90);
        *cut = '\0';
    }
    return out;
}

static void
on_note(const zl_note *note, const zr_unit *holder, const char *target, const char *how, void *user)
{
    bench *b = user;
    b->found++;
    if (note->events->len == 0) {
        b->none++;
    } else {
        b->changes++;
        if (target != NULL)
            b->attached++;
        for (guint e = 0; e < note->events->len; e++) {
            const zl_event *ev = &g_array_index(note->events, zl_event, e);
            b->events[zl_effective_change(note, ev)]++;
        }
    }
    g_hash_table_replace(b->how, (gpointer)how, GINT_TO_POINTER(GPOINTER_TO_INT(g_hash_table_lookup(b->how, how)) + 1));
    row r = {0};
    r.file = g_path_get_basename(b->file);
    /* The note itself, from the last one found: notes come in text order. */
    const char *at = strstr(b->cursor, note->text);
    if (at == NULL)
        at = unit_in_text(b, holder);
    if (at != NULL)
        b->cursor = at + 1;
    if (at != NULL && at >= b->counted) {
        b->line += line_of(b->counted, at) - 1;
        b->counted = at;
    } else if (at != NULL) {
        b->line = line_of(b->text, at);
        b->counted = at;
    }
    r.line = at != NULL ? b->line : 0;
    r.note = g_strdup(note->text);
    r.target = g_strdup(target != NULL ? target : "-");
    r.how = g_strdup(how);
    GString *ev = g_string_new(NULL);
    for (guint e = 0; e < note->events->len; e++) {
        const zl_event *x = &g_array_index(note->events, zl_event, e);
        g_string_append_printf(ev, "%s%s %s", e ? "; " : "", *x->date ? x->date : "(undated)",
                               zl_change_name(zl_effective_change(note, x)));
    }
    r.events = g_string_free(ev, FALSE);
    g_ptr_array_add(b->rows, g_memdup2(&r, sizeof r));
}

/* One line of --units: a unit's status, its parts repealed and its history. */
static void
dump_unit(GString *out, const char *file, const zr_unit *u)
{
    char *base = g_path_get_basename(file);
    g_string_append_printf(out, "%s\t%s\t%s\t%s\t%s\t", base, u->provision ? u->provision : u->label ? u->label : "-",
                           u->status ? u->status : "-", u->repealed_on ? u->repealed_on : "-",
                           u->valid_to ? u->valid_to : "-");
    g_free(base);
    bool any = false;
    for (guint k = 0; k < u->parts->len; k++) {
        const zr_part *p = g_ptr_array_index(u->parts, k);
        const char *on = NULL;
        if (zl_part_repealed(u, p->key, &on, NULL)) {
            g_string_append_printf(out, "%s%s@%s", any ? "," : "", p->key, on);
            any = true;
        }
    }
    g_string_append_c(out, '\t');
    for (guint k = 0; k < u->amendments->len; k++) {
        const zr_amendment *a = g_ptr_array_index(u->amendments, k);
        g_string_append_printf(out, "%s%s %s %s", k ? "; " : "", a->date, a->change, a->part ? a->part : "(unit)");
    }
    g_string_append_c(out, '\n');
}

int
main(int argc, char **argv)
{
    int sample = 0;
    gboolean list = FALSE, dump_units = FALSE;
    GOptionEntry entries[] = {{"sample", 0, 0, G_OPTION_ARG_INT, &sample, "Print N notes spread over all", "N"},
                              {"list", 0, 0, G_OPTION_ARG_NONE, &list, "Print every note", NULL},
                              {"units", 0, 0, G_OPTION_ARG_NONE, &dump_units, "Print every unit's status", NULL},
                              {NULL}};
    GOptionContext *oc = g_option_context_new("FILE... - notes of statutes");
    g_option_context_add_main_entries(oc, entries, NULL);
    if (!g_option_context_parse(oc, &argc, &argv, NULL) || argc < 2) {
        fprintf(stderr, "usage: amendments [--sample N] [--list] [--units] FILE...\n");
        return 2;
    }
    g_option_context_free(oc);
    const ix_patterns *pat = ix_patterns_get(test_context());
    bench b = {.rows = g_ptr_array_new(), .how = g_hash_table_new(g_str_hash, g_str_equal)};
    GString *unit_lines = g_string_new(NULL);
    int files = 0, codes = 0, units = 0, repealed = 0, parts_repealed = 0, amended_units = 0, act_changes = 0;
    zl_reader *reader = zl_reader_new();
    gint64 attach_us = 0, bytes = 0;
    for (int i = 1; i < argc; i++) {
        char *raw = NULL;
        gsize len = 0;
        if (!g_file_get_contents(argv[i], &raw, &len, NULL))
            continue;
        files++;
        bytes += (gint64)len;
        char *text = az_normalise(raw, -1);
        g_free(raw);
        zr_doc *doc = ix_doc_new();
        doc->type = g_strdup(ix_detect_type(pat, text, NULL));
        doc->date = ix_find_date(text, 3000);
        b.file = argv[i];
        b.text = text;
        b.cursor = text;
        b.counted = text;
        b.line = 1;
        b.doc = doc;
        if (strcmp(doc->type, "code") == 0 && ix_segment_articles(pat, doc, text, NULL, 0) > 0) {
            codes++;
            gint64 t0 = g_get_monotonic_time();
            ix_attach_amendments(pat, doc, on_note, &b);
            attach_us += g_get_monotonic_time() - t0;
            guint first = b.rows->len;
            (void)first;
            for (guint u = 0; u < doc->units->len; u++) {
                const zr_unit *un = g_ptr_array_index(doc->units, u);
                units++;
                repealed += g_strcmp0(un->status, "repealed") == 0;
                amended_units += un->amendments->len > 0;
                for (guint k = 0; k < un->parts->len; k++)
                    parts_repealed +=
                        zl_part_repealed(un, ((const zr_part *)g_ptr_array_index(un->parts, k))->key, NULL, NULL);
                if (dump_units)
                    dump_unit(unit_lines, argv[i], un);
            }
            act_changes += (int)doc->act_amendments->len;
        } else {
            /* Not read as a code: its notes stay unattached. */
            GPtrArray *notes = zl_find_notes(reader, text);
            for (guint k = 0; k < notes->len; k++) {
                const zl_note *n = g_ptr_array_index(notes, k);
                b.found++;
                b.not_code++;
                if (n->events->len > 0)
                    b.changes++;
                else
                    b.none++;
            }
            g_ptr_array_unref(notes);
        }
        /* Targets' first lines, while the document is alive. */
        for (guint r = 0; r < b.rows->len; r++) {
            row *rw = g_ptr_array_index(b.rows, r);
            if (rw->above == NULL)
                rw->above = rw->how && strcmp(rw->how, "none") != 0 ? first_line_of(doc, rw->target) : g_strdup("");
        }
        ix_doc_free(doc);
        g_free(text);
    }
    zl_reader_free(reader);
    printf("| measure | value |\n|---|---|\n");
    printf("| files | %d (%d read as codes) |\n", files, codes);
    printf("| notes found | %d |\n", b.found);
    printf("| notes stating no change (effective dates, vetoes) | %d |\n", b.none);
    printf("| notes stating a change | %d |\n", b.changes);
    printf("| attached to a unit, a part or the act | %d (%.2f %%) |\n", b.attached,
           b.changes ? 100.0 * b.attached / b.changes : 0.0);
    printf("| in files not read as codes | %d |\n", b.not_code);
    const char *hows[] = {"above", "inline", "numbered", "absent", "explanation", "chapter", "act", "fallback", "wider", NULL};
    for (int h = 0; hows[h]; h++)
        printf("| attached: %s | %d |\n", hows[h], GPOINTER_TO_INT(g_hash_table_lookup(b.how, hows[h])));
    for (zl_change c = ZL_CHANGE_ADDED; c <= ZL_CHANGE_LAST; c++)
        printf("| changes %s | %d |\n", zl_change_name(c), b.events[c]);
    printf("| units (articles and sections) | %d |\n", units);
    printf("| units with a history | %d |\n", amended_units);
    printf("| units repealed | %d |\n", repealed);
    printf("| parts and points repealed | %d |\n", parts_repealed);
    printf("| changes to acts as a whole | %d |\n", act_changes);
    printf("| time to attach (one core) | %.0f ms for %.1f MB |\n", attach_us / 1000.0, bytes / 1e6);
    if (dump_units)
        printf("\nfile\tunit\tstatus\trepealed on\tvalid to\tparts repealed\thistory\n%s", unit_lines->str);
    g_string_free(unit_lines, TRUE);
    if (sample > 0 || list) {
        printf("\nfile\tline\tnote\tattached to\thow\tchanges\tits first line\n");
        guint n = b.rows->len;
        guint want = list ? n : MIN((guint)sample, n);
        for (guint k = 0; k < want; k++) {
            guint idx = list ? k : (guint)((guint64)k * n / want + n / (2 * want));
            const row *r = g_ptr_array_index(b.rows, idx);
            printf("%s\t%d\t%s\t%s\t%s\t%s\t%s\n", r->file, r->line, r->note, r->target, r->how, r->events,
                   r->above);
        }
    }
    for (guint r = 0; r < b.rows->len; r++) {
        row *rw = g_ptr_array_index(b.rows, r);
        g_free(rw->file), g_free(rw->note), g_free(rw->target), g_free(rw->how), g_free(rw->events), g_free(rw->above);
        g_free(rw);
    }
    g_ptr_array_unref(b.rows);
    g_hash_table_destroy(b.how);
    return 0;
}
