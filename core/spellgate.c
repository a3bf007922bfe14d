/* spellgate.c — the three-letter test of spellgate.h and the check that its
 * table belongs to the installed dictionary.
 *
 * Not for: building the table (tools/mkspellgate.c), spelling (analysis.c).
 */
#include "core/spellgate.h"

#include <stdio.h>
#include <string.h>

#define SG_DIC_HEAD (64 * 1024)

uint64_t
sg_hash(const char *data, size_t len)
{
    char *hex = g_compute_checksum_for_data(G_CHECKSUM_SHA256, (const guchar *)data, len);
    hex[16] = '\0';
    uint64_t h = g_ascii_strtoull(hex, NULL, 16);
    g_free(hex);
    return h;
}

bool
sg_fingerprint(const char *aff_path, const char *dic_path, sg_source *out)
{
    char *aff = NULL;
    gsize aff_len = 0;
    if (!g_file_get_contents(aff_path, &aff, &aff_len, NULL))
        return false;
    FILE *f = fopen(dic_path, "rb");
    if (!f) {
        g_free(aff);
        return false;
    }
    char *head = g_malloc(SG_DIC_HEAD);
    size_t n = fread(head, 1, SG_DIC_HEAD, f);
    bool ok = fseek(f, 0, SEEK_END) == 0;
    long size = ok ? ftell(f) : -1;
    fclose(f);
    if (ok && size >= 0) {
        out->aff_size = (int64_t)aff_len;
        out->aff_hash = sg_hash(aff, aff_len);
        out->dic_size = size;
        out->dic_hash = sg_hash(head, n);
    }
    g_free(head);
    g_free(aff);
    return ok && size >= 0;
}

bool
sg_table_matches(const char *aff_path, const char *dic_path)
{
    sg_source s;
    if (!sg_fingerprint(aff_path, dic_path, &s))
        return false;
    const sg_source *t = &sg_table_source;
    return t->aff_size > 0 && s.aff_size == t->aff_size && s.dic_size == t->dic_size && s.aff_hash == t->aff_hash &&
           s.dic_hash == t->dic_hash;
}

static bool
has(int a, int b, int c)
{
    unsigned i = sg_index(a, b, c);
    return (sg_table[i / 64] >> (i % 64)) & 1;
}

/* Walks `folded` through the table: false at the first run of three
 * symbols no dictionary word has; true with the last two symbols in *a and
 * *b (*b -1 for an empty word), or at once for a symbol the table does not
 * know (nothing can be said of it). */
static bool
walk(const char *folded, int *a, int *b)
{
    *a = SG_START;
    *b = -1;
    for (const char *p = folded; *p; p = g_utf8_next_char(p)) {
        int c = sg_symbol(g_utf8_get_char(p));
        if (c < 0) {
            *b = -1;
            return true;
        }
        if (*b >= 0 && !has(*a, *b, c))
            return false;
        if (*b >= 0)
            *a = *b;
        *b = c;
    }
    return true;
}

bool
sg_may_begin(const char *folded_prefix)
{
    int a, b;
    return walk(folded_prefix, &a, &b);
}

bool
sg_may_be_word(const char *folded)
{
    int a, b;
    if (!walk(folded, &a, &b))
        return false;
    return b < 0 || has(a, b, SG_END);
}
