/* flow.c — a document's blocks into units, one way for DOCX, ODT and HTML
 * (flow.h).
 *
 * Structure first: a flow whose text is a decision or a statute is cut by
 * the same finders as text and PDF (layout.c), which is why numbered
 * paragraphs arrive here with their numbers rendered.  Anything else is
 * cut at its headings, the way PDF pages and XML sections are units, so a
 * hit lands on its section.
 *
 * Not for: reading formats (docx.c, odt.c, html.c).
 */
#include "indexer/flow.h"

#include <string.h>

#include "core/analysis.h"
#include "indexer/structure.h"

void
ix_flow_init(ix_flow *fl)
{
    memset(fl, 0, sizeof *fl);
    fl->text = g_string_new(NULL);
    fl->marks = g_array_new(FALSE, FALSE, sizeof(ix_flow_mark));
    fl->pending = g_ptr_array_new_with_free_func(g_free);
    fl->asides = g_ptr_array_new_with_free_func(g_free);
}

void
ix_flow_clear(ix_flow *fl)
{
    if (fl->text == NULL)
        return;
    g_string_free(fl->text, TRUE);
    for (guint i = 0; i < fl->marks->len; i++)
        g_free(g_array_index(fl->marks, ix_flow_mark, i).heading);
    g_array_free(fl->marks, TRUE);
    g_ptr_array_free(fl->pending, TRUE);
    g_ptr_array_free(fl->asides, TRUE);
    g_free(fl->first_heading);
    memset(fl, 0, sizeof *fl);
}

/* `text` normalised, with runs of spaces and tabs folded to one space and
 * each line trimmed; NULL when nothing is left. */
static char *
clean(const char *text)
{
    if (text == NULL)
        return NULL;
    char *norm = az_normalise(text, -1);
    GString *out = g_string_sized_new(strlen(norm));
    bool space = false;
    for (const char *p = norm; *p; p++) {
        if (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\f' || *p == '\v') {
            space = true;
            continue;
        }
        if (*p == '\n') {
            /* No blank lines inside a block: they are what separates blocks. */
            if (out->len > 0 && out->str[out->len - 1] != '\n')
                g_string_append_c(out, '\n');
            space = false;
            continue;
        }
        if (space && out->len > 0 && out->str[out->len - 1] != '\n')
            g_string_append_c(out, ' ');
        space = false;
        g_string_append_c(out, *p);
    }
    g_free(norm);
    while (out->len > 0 && out->str[out->len - 1] == '\n')
        g_string_truncate(out, out->len - 1);
    if (out->len == 0) {
        g_string_free(out, TRUE);
        return NULL;
    }
    return g_string_free(out, FALSE);
}

/* Starts a block: a blank line after what came before. */
static void
block_start(ix_flow *fl)
{
    GString *t = fl->text;
    if (t->len == 0)
        return;
    if (t->str[t->len - 1] != '\n')
        g_string_append_c(t, '\n');
    if (t->len < 2 || t->str[t->len - 2] != '\n')
        g_string_append_c(t, '\n');
}

/* The notes referred to in the block just added, each a paragraph. */
static void
flush_notes(ix_flow *fl)
{
    for (guint i = 0; i < fl->pending->len; i++) {
        block_start(fl);
        g_string_append(fl->text, g_ptr_array_index(fl->pending, i));
    }
    g_ptr_array_set_size(fl->pending, 0);
}

/* Whether paragraph `c` ends a statute's note that the last block opened
 * ("/Энэ хэсгийг 2018 оны … өдрийн" then "хуулиар хүчингүй болсонд
 * тооцсон/", an author's Enter where a line break was meant): the block
 * is one line opening with a slash and none after it, the paragraph ends
 * with the only slash it has and opens no numbered item.  Then it goes on
 * the note's next line, as a line break (<w:br/>, <br>) puts it, and the
 * note reader takes the two lines for one note (legal/amendment.c). */
static bool
ends_open_note(const GString *t, const char *c)
{
    const char *last = g_strrstr(t->str, "\n\n");
    last = last != NULL ? last + 2 : t->str;
    if (*last != '/' || strpbrk(last + 1, "/\n") != NULL)
        return false;
    size_t n = strlen(c);
    while (n > 0 && (c[n - 1] == '.' || c[n - 1] == ' '))
        n--;
    return n > 1 && c[n - 1] == '/' && memchr(c, '/', n - 1) == NULL && memchr(c, '\n', n) == NULL &&
           !g_ascii_isdigit(*c);
}

void
ix_flow_paragraph(ix_flow *fl, const char *text)
{
    char *c = clean(text);
    if (c != NULL && ends_open_note(fl->text, c)) {
        g_string_append_c(fl->text, '\n');
        g_string_append(fl->text, c);
        g_free(c);
    } else if (c != NULL) {
        block_start(fl);
        g_string_append(fl->text, c);
        g_free(c);
    }
    flush_notes(fl);
}

void
ix_flow_heading(ix_flow *fl, int level, const char *text)
{
    char *c = clean(text);
    if (c == NULL) {
        flush_notes(fl);
        return;
    }
    /* A heading is one line, whatever breaks its author put in it. */
    for (char *p = c; *p; p++)
        if (*p == '\n')
            *p = ' ';
    block_start(fl);
    ix_flow_mark m = {fl->text->len, CLAMP(level, 1, 9), g_strdup(c)};
    g_array_append_val(fl->marks, m);
    if (fl->first_heading == NULL)
        fl->first_heading = g_strdup(c);
    g_string_append(fl->text, c);
    g_free(c);
    flush_notes(fl);
}

void
ix_flow_row(ix_flow *fl, GPtrArray *cells)
{
    GString *row = g_string_new(NULL);
    bool any = false;
    for (guint i = 0; i < cells->len; i++) {
        char *c = clean(g_ptr_array_index(cells, i));
        if (c != NULL) {
            for (char *p = c; *p; p++)
                if (*p == '\n')
                    *p = ' ';
            any = true;
        }
        if (i > 0)
            g_string_append(row, " | ");
        g_string_append(row, c != NULL ? c : "");
        g_free(c);
    }
    if (any) {
        /* Each row a block of its own, so that a long table is cut into
         * units between rows, never inside one. */
        block_start(fl);
        g_string_append(fl->text, g_strchomp(row->str));
    }
    g_string_free(row, TRUE);
    flush_notes(fl);
}

void
ix_flow_table_end(ix_flow *fl)
{
    block_start(fl);
}

void
ix_flow_note(ix_flow *fl, const char *mark, const char *text)
{
    char *c = clean(text);
    if (c == NULL)
        return;
    char *shown = mark != NULL ? g_strstrip(g_strdup(mark)) : g_strdup_printf("%d", ++fl->notes);
    g_ptr_array_add(fl->pending, g_strdup_printf("[%s] %s", shown, c));
    g_free(shown);
    g_free(c);
}

void
ix_flow_aside(ix_flow *fl, const char *text)
{
    char *c = clean(text);
    if (c == NULL)
        return;
    for (guint i = 0; i < fl->asides->len; i++)
        if (strcmp(g_ptr_array_index(fl->asides, i), c) == 0) {
            g_free(c);
            return;
        }
    g_ptr_array_add(fl->asides, c);
}

/* ---- Units -------------------------------------------------------------- */

/* Adds [start, end) of the text as section units labelled `label`. */
static void
add_section(zr_doc *doc, const char *text, gsize start, gsize end, const char *label)
{
    char *part = g_strndup(text + start, end - start);
    guint before = doc->units->len;
    ix_add_chunk_units(doc, part, 0);
    for (guint i = before; label != NULL && i < doc->units->len; i++) {
        zr_unit *u = g_ptr_array_index(doc->units, i);
        u->label = g_strdup(label);
    }
    g_free(part);
}

/* Whether [start, end) of the text holds nothing but white space. */
static bool
blank(const char *text, gsize start, gsize end)
{
    for (gsize i = start; i < end; i++)
        if (!g_ascii_isspace(text[i]))
            return false;
    return true;
}

static void
add_sections(ix_flow *fl, zr_doc *doc)
{
    const char *text = fl->text->str;
    gsize len = fl->text->len;
    guint n = fl->marks->len;
    gsize first = n > 0 ? g_array_index(fl->marks, ix_flow_mark, 0).offset : len;
    if (!blank(text, 0, first))
        add_section(doc, text, 0, first, NULL);
    gsize start = first;
    for (guint i = 0; i < n; i++) {
        const ix_flow_mark *m = &g_array_index(fl->marks, ix_flow_mark, i);
        gsize end = i + 1 < n ? g_array_index(fl->marks, ix_flow_mark, i + 1).offset : len;
        /* A heading straight above another ("2. Methods" over "2.1 Data")
         * joins it: the section is the deeper heading's, and holds both. */
        if (i + 1 < n && blank(text, m->offset + strlen(m->heading), end))
            continue;
        add_section(doc, text, start, end, m->heading);
        start = end;
    }
}

/* Whether Cyrillic text has Mongolian's own letters ө and ү in about the
 * share its prose has them (one letter in twenty; here at least one in a
 * hundred): Russian has neither, and az_detect_lang has already told
 * Kazakh, which has them too, by its own letters. */
static bool
plainly_mongolian(const char *text, gsize len)
{
    gsize cyrillic = 0, own = 0;
    const char *end = text + len;
    for (const char *p = text; p < end && *p; p = g_utf8_next_char(p)) {
        gunichar c = g_unichar_tolower(g_utf8_get_char(p));
        if (c >= 0x0400 && c <= 0x04FF && g_unichar_isalpha(c))
            cyrillic++;
        if (c == 0x04E9 || c == 0x04AF)
            own++;
    }
    return cyrillic > 0 && own * 100 >= cyrillic;
}

bool
ix_flow_add_units(const ix_extractor *ex, ix_flow *fl, zr_doc *doc, const char *type_hint)
{
    flush_notes(fl);
    const char *text = fl->text->str;
    if (blank(text, 0, fl->text->len) && fl->asides->len == 0)
        return false;
    /* A statute's own name outranks the page's <title> or the file's
     * metadata (structure.h). */
    char *statute = ix_statute_name(text);
    if (statute != NULL || ix_generic_law_title(doc->title)) {
        g_free(doc->title);
        doc->title = statute;
    }
    if (doc->title == NULL && fl->first_heading != NULL)
        doc->title = g_strdup(fl->first_heading);
    if (doc->title == NULL)
        doc->title = ix_law_name_line(text);
    if (doc->date == NULL)
        doc->date = ix_find_date(text, 3000);
    /* A declared language the text contradicts is the application's
     * default (LibreOffice writes en-US into Mongolian documents, a site's
     * template lang="mn" around an English page), not the document's: the
     * text decides between Mongolian and English.  A page declaring a third
     * language (lang="ru", "kk") is that language, neither mn nor en,
     * unless its text is English or plainly Mongolian: the text guess
     * takes short Russian for Mongolian. */
    if (doc->lang != NULL) {
        gsize sample = MIN(fl->text->len, 64 * 1024);
        const char *seen = az_detect_lang(text, (gssize)sample);
        bool known = strcmp(doc->lang, "mn") == 0 || strcmp(doc->lang, "en") == 0;
        if (!known) {
            g_free(doc->lang);
            doc->lang = g_strcmp0(seen, "en") == 0 || (g_strcmp0(seen, "mn") == 0 && plainly_mongolian(text, sample))
                            ? g_strdup(seen)
                            : NULL;
            doc->lang_other = doc->lang == NULL;
        } else if (seen != NULL && strcmp(seen, doc->lang) != 0) {
            g_free(doc->lang);
            doc->lang = g_strdup(seen);
        }
    }

    /* Headers and footers open the text, as a letterhead does: in the
     * document's first unit, never a unit of their own (a short unit of
     * title words would outrank the sections that hold the matter). */
    if (fl->asides->len > 0) {
        g_ptr_array_add(fl->asides, NULL);
        char *joined = g_strjoinv("\n\n", (char **)fl->asides->pdata);
        g_ptr_array_remove_index(fl->asides, fl->asides->len - 1);
        char *lead = g_strconcat(joined, "\n\n", NULL);
        g_string_prepend(fl->text, lead);
        for (guint i = 0; i < fl->marks->len; i++)
            g_array_index(fl->marks, ix_flow_mark, i).offset += strlen(lead);
        g_free(lead);
        g_free(joined);
        text = fl->text->str;
    }
    if (!ix_add_structured_units(ex, doc, text, NULL, 0, 0, type_hint))
        add_sections(fl, doc);
    for (guint i = 0; i < doc->units->len; i++)
        ((zr_unit *)g_ptr_array_index(doc->units, i))->ordinal = (int)i;
    return doc->units->len > 0;
}

/* ---- Numbers ------------------------------------------------------------ */

static void
append_roman(GString *s, int n, bool upper)
{
    static const int values[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    static const char *const lower[] = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
    static const char *const upper_[] = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    if (n <= 0 || n >= 4000) {
        g_string_append_printf(s, "%d", n);
        return;
    }
    for (int i = 0; i < 13; i++)
        while (n >= values[i]) {
            g_string_append(s, upper ? upper_[i] : lower[i]);
            n -= values[i];
        }
}

/* a..z, then aa..zz: the letter repeated, as Word and LibreOffice count. */
static void
append_letters(GString *s, int n, const char *const *alphabet, int size)
{
    if (n <= 0 || n > size * 50) {
        g_string_append_printf(s, "%d", n);
        return;
    }
    int times = (n - 1) / size + 1;
    for (int i = 0; i < times; i++)
        g_string_append(s, alphabet[(n - 1) % size]);
}

char *
ix_flow_format_number(const char *format, int n)
{
    static const char *const latin_lower[] = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m",
                                              "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z"};
    static const char *const latin_upper[] = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M",
                                              "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z"};
    /* Word's russianLower: the alphabet without ё, й, ъ, ы, ь. */
    static const char *const cyr_lower[] = {"а", "б", "в", "г", "д", "е", "ж", "з", "и", "к", "л", "м", "н", "о",
                                            "п", "р", "с", "т", "у", "ф", "х", "ц", "ч", "ш", "щ", "э", "ю", "я"};
    static const char *const cyr_upper[] = {"А", "Б", "В", "Г", "Д", "Е", "Ж", "З", "И", "К", "Л", "М", "Н", "О",
                                            "П", "Р", "С", "Т", "У", "Ф", "Х", "Ц", "Ч", "Ш", "Щ", "Э", "Ю", "Я"};
    GString *s = g_string_new(NULL);
    const char *f = format != NULL ? format : "decimal";
    if (strcmp(f, "none") == 0 || strcmp(f, "bullet") == 0 || *f == '\0')
        ; /* no number shown */
    else if (strcmp(f, "a") == 0 || strcmp(f, "lowerLetter") == 0)
        append_letters(s, n, latin_lower, 26);
    else if (strcmp(f, "A") == 0 || strcmp(f, "upperLetter") == 0)
        append_letters(s, n, latin_upper, 26);
    else if (strcmp(f, "i") == 0 || strcmp(f, "lowerRoman") == 0)
        append_roman(s, n, false);
    else if (strcmp(f, "I") == 0 || strcmp(f, "upperRoman") == 0)
        append_roman(s, n, true);
    else if (strcmp(f, "russianLower") == 0 || g_str_has_prefix(f, "а"))
        append_letters(s, n, cyr_lower, 28);
    else if (strcmp(f, "russianUpper") == 0 || g_str_has_prefix(f, "А"))
        append_letters(s, n, cyr_upper, 28);
    else if (strcmp(f, "decimalZero") == 0)
        g_string_append_printf(s, "%02d", n);
    else
        g_string_append_printf(s, "%d", n);
    return g_string_free(s, FALSE);
}
