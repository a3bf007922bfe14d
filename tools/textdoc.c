/* textdoc.c — parser of the demo corpus's text format (see textdoc.h). */
#include "tools/textdoc.h"

#include <stdio.h>
#include <string.h>

static void
td_block_free(gpointer p)
{
    td_block *b = p;
    g_free(b->text);
    g_free(b);
}

void
td_doc_clear(td_doc *doc)
{
    g_free(doc->title);
    g_free(doc->author);
    g_free(doc->subject);
    g_free(doc->date);
    if (doc->blocks)
        g_ptr_array_unref(doc->blocks);
}

static void
td_add_block(td_doc *doc, td_kind kind, const char *text)
{
    td_block *b = g_new0(td_block, 1);
    b->kind = kind;
    b->text = g_strdup(text);
    g_ptr_array_add(doc->blocks, b);
}

/* Ends the paragraph collected so far, if any. */
static void
td_flush_para(td_doc *doc, GString *para)
{
    if (para->len == 0)
        return;
    td_add_block(doc, TD_PARA, para->str);
    g_string_truncate(para, 0);
}

static gboolean
td_set_header(td_doc *doc, const char *line, GError **error)
{
    static const char *const names[] = {"title", "author", "subject", "date"};
    char **slots[] = {&doc->title, &doc->author, &doc->subject, &doc->date};
    for (size_t i = 0; i < G_N_ELEMENTS(names); i++) {
        size_t n = strlen(names[i]);
        if (strncmp(line + 1, names[i], n) != 0 || line[1 + n] != ' ')
            continue;
        char *value = g_strstrip(g_strdup(line + 2 + n));
        if (i == 3) {
            int y, m, d;
            char tail;
            if (sscanf(value, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || !g_date_valid_dmy(d, m, y)) {
                g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "bad %%date '%s' (want YYYY-MM-DD)", value);
                g_free(value);
                return FALSE;
            }
            char *iso = g_strdup_printf("%04d-%02d-%02dT10:00:00", y, m, d);
            g_free(value);
            value = iso;
        }
        g_free(*slots[i]);
        *slots[i] = value;
        return TRUE;
    }
    g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "unknown header directive '%s'", line);
    return FALSE;
}

gboolean
td_parse(const char *text, td_doc *doc, GError **error)
{
    char **lines = g_strsplit(text, "\n", -1);
    GString *para = g_string_new(NULL);
    gboolean in_header = TRUE, ok = TRUE;
    doc->blocks = g_ptr_array_new_with_free_func(td_block_free);

    for (int i = 0; ok && lines[i]; i++) {
        char *line = lines[i];
        size_t len = strlen(line);
        if (len > 0 && line[len - 1] == '\r')
            line[len - 1] = '\0';
        if (g_str_has_prefix(line, "%%"))
            continue;
        if (strcmp(g_strchomp(line), "%page") == 0) {
            td_flush_para(doc, para);
            td_add_block(doc, TD_PAGE, NULL);
            in_header = FALSE;
        } else if (line[0] == '%') {
            if (in_header) {
                ok = td_set_header(doc, line, error);
            } else {
                g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "line %d: unknown or misplaced directive '%s'",
                            i + 1, line);
                ok = FALSE;
            }
        } else if (g_str_has_prefix(line, "# ") || g_str_has_prefix(line, "## ")) {
            gboolean sub = line[1] == '#';
            td_flush_para(doc, para);
            td_add_block(doc, sub ? TD_HEAD2 : TD_HEAD1, g_strstrip(line + (sub ? 3 : 2)));
            in_header = FALSE;
        } else if (*g_strstrip(line) == '\0') {
            td_flush_para(doc, para);
        } else {
            if (para->len)
                g_string_append_c(para, ' ');
            g_string_append(para, line);
            in_header = FALSE;
        }
    }
    if (ok)
        td_flush_para(doc, para);
    g_string_free(para, TRUE);
    g_strfreev(lines);
    return ok;
}
