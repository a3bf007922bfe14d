/* charset.c — bytes of unknown encoding into UTF-8 (charset.h).
 *
 * A text that is mostly UTF-8 is not decoded whole as Windows-1251 for
 * one stray byte or one pasted line: that turned every Cyrillic letter of
 * a statute into two letters of mojibake, indexed without a word said.
 * The decision is by counts: characters that are valid multi-byte UTF-8
 * against bytes that are not (Windows-1251 Cyrillic seldom forms valid
 * UTF-8 by chance: a lowercase letter, 0xE0-0xFF, would need two
 * continuation bytes after it).  GLib converts; nothing here decodes by
 * hand.
 *
 * Not for: declared encodings or byte-order marks (the handlers).
 */
#include <stdbool.h>
#include <string.h>

#include "indexer/charset.h"

#define REPLACEMENT "\xEF\xBF\xBD"

/* Lead bytes of valid multi-byte characters and invalid bytes in `n`
 * bytes. */
static void
survey(const char *data, gsize n, gsize *multibyte, gsize *invalid)
{
    const char *p = data, *end = data + n;
    *multibyte = *invalid = 0;
    while (p < end) {
        const char *stop = end;
        bool ok = g_utf8_validate_len(p, (gsize)(end - p), &stop);
        for (const char *q = p; q < stop; q++)
            *multibyte += ((unsigned char)*q & 0xC0) == 0xC0;
        if (ok)
            break;
        (*invalid)++;
        p = stop + 1;
    }
}

/* Appends `n` bytes read as Windows-1251; a byte that code leaves
 * undefined (0x98), and NUL, become U+FFFD, counted in *undefined. */
static void
append_cp1251(GString *out, const char *p, gsize n, gsize *undefined)
{
    while (n > 0) {
        if (*p == '\0') {
            g_string_append(out, REPLACEMENT);
            (*undefined)++;
            p++, n--;
            continue;
        }
        const char *nul = memchr(p, '\0', n);
        gsize take = nul != NULL ? (gsize)(nul - p) : n;
        gsize read = 0, written = 0;
        GError *err = NULL;
        char *utf8 = g_convert(p, (gssize)take, "UTF-8", "WINDOWS-1251", &read, &written, &err);
        if (utf8 != NULL) {
            g_string_append_len(out, utf8, (gssize)written);
            g_free(utf8);
        } else {
            /* What converted before the undefined byte, then the byte. */
            g_clear_error(&err);
            read = MIN(read, take - 1);
            char *before = read > 0 ? g_convert(p, (gssize)read, "UTF-8", "WINDOWS-1251", NULL, &written, NULL) : NULL;
            if (before != NULL)
                g_string_append_len(out, before, (gssize)written);
            g_free(before);
            g_string_append(out, REPLACEMENT);
            (*undefined)++;
            take = read + 1;
        }
        p += take, n -= take;
    }
}

/* One run of non-ASCII bytes (a word, or words and punctuation without a
 * space) of a mostly UTF-8 text that is not valid UTF-8. */
static void
append_run(GString *out, const char *p, gsize n, ix_charset_report *report)
{
    gsize multibyte, invalid;
    survey(p, n, &multibyte, &invalid);
    if (invalid >= multibyte) {
        /* Pasted from a Windows-1251 file: read whole as such, or its
         * letter pairs that happen to be valid UTF-8 go wrong. */
        report->repaired += n;
        append_cp1251(out, p, n, &report->replaced);
        return;
    }
    /* A UTF-8 word with stray bytes: each run of them alone. */
    const char *end = p + n;
    while (p < end) {
        const char *stop = end;
        bool ok = g_utf8_validate_len(p, (gsize)(end - p), &stop);
        g_string_append_len(out, p, stop - p);
        if (ok)
            break;
        const char *bad = stop;
        while (stop < end && g_utf8_get_char_validated(stop, end - stop) >= (gunichar)-2)
            stop++;
        if (stop == bad)
            stop++;
        report->repaired += (gsize)(stop - bad);
        append_cp1251(out, bad, (gsize)(stop - bad), &report->replaced);
        p = stop;
    }
}

/* A mostly UTF-8 text: its ASCII as it is, each run of other bytes by
 * itself (append_run), so that one pasted word or line costs no other. */
static void
append_mixed(GString *out, const char *data, gsize len, ix_charset_report *report)
{
    const char *p = data, *end = data + len;
    while (p < end) {
        const char *q = p;
        while (q < end && (unsigned char)*q < 0x80 && *q != '\0')
            q++;
        g_string_append_len(out, p, q - p);
        if (q == end)
            break;
        if (*q == '\0') {
            g_string_append(out, REPLACEMENT);
            report->replaced++;
            p = q + 1;
            continue;
        }
        const char *e = q;
        while (e < end && (unsigned char)*e >= 0x80)
            e++;
        append_run(out, q, (gsize)(e - q), report);
        p = e;
    }
}

/* Whether `n` bytes are a line of UTF-8 Cyrillic: valid, with at least
 * two Cyrillic letters and no other multi-byte characters.  Windows-1251
 * Cyrillic cannot pass (a lowercase letter would have to be followed by two
 * bytes of 0x80-0xBF, its rare letters and punctuation, and an uppercase
 * one by one). */
static bool
utf8_cyrillic_line(const char *p, gsize n)
{
    if (!g_utf8_validate_len(p, n, NULL))
        return false;
    gsize cyrillic = 0;
    for (const char *q = p, *end = p + n; q < end; q = g_utf8_next_char(q)) {
        gunichar c = g_utf8_get_char(q);
        if (c >= 0x80 && !(c >= 0x0400 && c <= 0x04FF) && c != 0x00AB && c != 0x00BB && c != 0x2013 && c != 0x2014 &&
            c != 0x201C && c != 0x201D && c != 0x2116 && c != 0x00A0)
            return false;
        cyrillic += c >= 0x0400 && c <= 0x04FF;
    }
    return cyrillic >= 2;
}

/* A text mostly not UTF-8: Windows-1251 a line at a time, but a line that
 * is UTF-8 Cyrillic (a line typed or pasted into an old file) stays so,
 * counted in report->kept. */
static void
append_legacy(GString *out, const char *data, gsize len, ix_charset_report *report)
{
    const char *p = data, *end = data + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *stop = nl != NULL ? nl + 1 : end;
        if (utf8_cyrillic_line(p, (gsize)(stop - p))) {
            g_string_append_len(out, p, stop - p);
            report->kept += (gsize)(stop - p);
        } else {
            append_cp1251(out, p, (gsize)(stop - p), &report->replaced);
        }
        p = stop;
    }
}

char *
ix_charset_to_utf8(const char *data, gsize len, gsize *out_len, ix_charset_report *report)
{
    *report = (ix_charset_report){0};
    gsize multibyte, invalid;
    survey(data, len, &multibyte, &invalid);
    GString *out = g_string_sized_new(len + len / 2 + 1);
    if (invalid == 0) {
        g_string_append_len(out, data, (gssize)len);
    } else if (multibyte > invalid) {
        append_mixed(out, data, len, report);
    } else {
        append_legacy(out, data, len, report);
    }
    if (out_len != NULL)
        *out_len = out->len;
    return g_string_free(out, FALSE);
}

char *
ix_charset_warning(const ix_charset_report *report)
{
    if (report->repaired == 0 && report->replaced == 0 && report->kept == 0)
        return NULL;
    GString *w = g_string_new(NULL);
    if (report->repaired > 0)
        g_string_append_printf(w, "mixed encoding: %" G_GSIZE_FORMAT " byte%s of this UTF-8 text read as Windows-1251",
                               report->repaired, report->repaired == 1 ? "" : "s");
    if (report->kept > 0)
        g_string_append_printf(w, "mixed encoding: %" G_GSIZE_FORMAT " byte%s of this Windows-1251 text kept as UTF-8",
                               report->kept, report->kept == 1 ? "" : "s");
    if (report->replaced > 0)
        g_string_append_printf(w, "%s%" G_GSIZE_FORMAT " byte%s that no encoding tried reads replaced by U+FFFD",
                               w->len > 0 ? "; " : "", report->replaced, report->replaced == 1 ? "" : "s");
    return g_string_free(w, FALSE);
}

const char *
ix_charset_utf16_unmarked(const char *data, gsize len)
{
    gsize n = MIN(len, 4096) & ~(gsize)1;
    if (n < 8)
        return NULL;
    gsize nul_even = 0, nul_odd = 0;
    for (gsize i = 0; i < n; i++)
        if (data[i] == '\0')
            *(i % 2 == 0 ? &nul_even : &nul_odd) += 1;
    /* Every text has spaces and line ends: ASCII, one NUL byte each. */
    const char *from = NULL;
    if (nul_even == 0 && nul_odd * 10 >= n / 2)
        from = "UTF-16LE";
    else if (nul_odd == 0 && nul_even * 10 >= n / 2)
        from = "UTF-16BE";
    if (from == NULL)
        return NULL;
    gsize written = 0;
    char *utf8 = g_convert(data, (gssize)n, "UTF-8", from, NULL, &written, NULL);
    if (utf8 == NULL) /* the sample may end inside a surrogate pair */
        utf8 = g_convert(data, (gssize)n - 2, "UTF-8", from, NULL, &written, NULL);
    bool text = utf8 != NULL && g_utf8_validate_len(utf8, written, NULL);
    for (const char *p = utf8; text && p < utf8 + written; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        text = g_unichar_isprint(c) || c == '\n' || c == '\r' || c == '\t' || c == '\f';
    }
    g_free(utf8);
    return text ? from : NULL;
}

char *
ix_charset_decode(const char *data, gsize len, gsize *out_len, const char *what, GPtrArray *warnings)
{
    ix_charset_report report;
    char *utf8 = ix_charset_to_utf8(data, len, out_len, &report);
    char *warning = ix_charset_warning(&report);
    if (warning != NULL)
        g_ptr_array_add(warnings, what != NULL ? g_strdup_printf("%s: %s", what, warning) : g_strdup(warning));
    g_free(warning);
    return utf8;
}
