/* boundary.c — sentence and part ends between tokens (boundary.h). */
#include "core/boundary.h"

#include <glib.h>

static bool
all_digits(const char *s, int len)
{
    if (len <= 0)
        return false;
    for (int i = 0; i < len; i++)
        if (!g_ascii_isdigit(s[i]))
            return false;
    return true;
}

/* A line opening with a part's number: digits, then '.' or ')', then no
 * digit (2.1. is a clause inside part 2, not a part). */
static bool
opens_part(const char *tok, int len)
{
    if (!all_digits(tok, len) || len > 3)
        return false;
    const char *after = tok + len;
    if (*after != '.' && *after != ')')
        return false;
    return !g_ascii_isdigit(after[1]);
}

az_break
az_break_before(az_break_scan *scan, const char *tok, int len)
{
    az_break b = AZ_BREAK_NONE;
    bool newline = scan->prev_end == NULL;
    if (scan->prev_end) {
        bool seen_newline = false, blank_so_far = false, blank_line = false;
        bool stop = false, space_after_stop = false;
        for (const char *p = scan->prev_end; p < tok; p = g_utf8_next_char(p)) {
            gunichar c = g_utf8_get_char(p);
            if (c == '\n') {
                if (seen_newline && blank_so_far)
                    blank_line = true;
                seen_newline = newline = blank_so_far = true;
            } else if (!g_unichar_isspace(c)) {
                blank_so_far = false;
            }
            if (c == '.' || c == '!' || c == '?' || c == 0x2026)
                stop = true;
            else if (stop && g_unichar_isspace(c))
                space_after_stop = true;
        }
        if (blank_line || (newline && opens_part(tok, len)))
            b = AZ_BREAK_PART;
        else if (space_after_stop) {
            bool initial = g_utf8_strlen(scan->prev_start, scan->prev_len) == 1 &&
                           g_unichar_isalpha(g_utf8_get_char(scan->prev_start));
            bool lower = g_unichar_islower(g_utf8_get_char(tok));
            if (!initial && !scan->prev_label && !lower)
                b = AZ_BREAK_SENTENCE;
        }
    }
    scan->prev_label = newline && opens_part(tok, len);
    scan->prev_start = tok;
    scan->prev_len = len;
    scan->prev_end = tok + len;
    return b;
}
