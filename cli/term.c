/* term.c — HTML snippet to terminal text. */
#include "cli/term.h"

#include <glib.h>
#include <string.h>

char *
term_from_html(const char *html, bool tty)
{
    GString *out = g_string_new(NULL);
    for (const char *p = html; *p;) {
        if (g_str_has_prefix(p, "<mark>")) {
            g_string_append(out, tty ? "\033[1m" : "[");
            p += 6;
        } else if (g_str_has_prefix(p, "</mark>")) {
            g_string_append(out, tty ? "\033[0m" : "]");
            p += 7;
        } else if (*p == '&') {
            static const struct {
                const char *ent;
                char c;
            } ents[] = {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
            bool done = false;
            for (size_t i = 0; i < G_N_ELEMENTS(ents); i++)
                if (g_str_has_prefix(p, ents[i].ent)) {
                    g_string_append_c(out, ents[i].c);
                    p += strlen(ents[i].ent);
                    done = true;
                    break;
                }
            if (!done)
                g_string_append_c(out, *p++);
        } else {
            g_string_append_c(out, *p++);
        }
    }
    return g_string_free(out, FALSE);
}

char *
term_text(const char *text)
{
    char *valid = g_utf8_make_valid(text != NULL ? text : "", -1);
    GString *out = g_string_sized_new(strlen(valid));
    for (const char *p = valid; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0))
            g_string_append_printf(out, c < 0x100 ? "\\x%02X" : "\\u%04X", c);
        else
            g_string_append_len(out, p, g_utf8_next_char(p) - p);
    }
    g_free(valid);
    return g_string_free(out, FALSE);
}
